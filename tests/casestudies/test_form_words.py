"""Issue 15, parts 5 to 7: nothing typed is lost, words a resident understands, and a
landlord journey in a landlord's words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from django.conf import settings
from django.test import Client
from django.utils.html import escape

from casestudies import forms as f
from casestudies.choices import OmbudsmanFinding, OnTime, OrganisationType
from casestudies.flows import LANDLORD, RESIDENT
from casestudies.models import ConsentRecord, Submission
from casestudies.promises import publication_promise
from casestudies.selectors import submission_answers
from cms_site import notices

from .helpers import LANDLORD_ANSWERS, RESIDENT_ANSWERS, answer_all, begin, send, step_url

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
# The attribute browsers enforce by cutting text (GOV.UK's data-maxlength only counts).
MAXLENGTH = re.compile(r"\smaxlength=")


def _draft() -> Submission:
    return Submission.objects.order_by("-pk").first()


def _main(html: str) -> str:
    """The page's own content, without the site's header and footer."""
    return html[html.index("<main") : html.index("</main>")]


# Part 5: every length-limited field refuses too much and keeps all of it ----------------

# (flow, step, field, limit, the message, other answers the page needs)
LENGTH_LIMITED = [
    ("resident", "your-landlord", "landlord_name", 200, "Your landlord's name must be 200 characters or fewer", {"landlord_type": "council"}),
    ("resident", "your-story", "story", 5000, "Your story must be 5,000 characters or fewer", {}),
    ("resident", "what-changed", "what_changed", 2000, "What has changed must be 2,000 characters or fewer", {}),
    ("resident", "contact-details", "full_name", 200, "Full name must be 200 characters or fewer", {"email": "a@example.com"}),
    ("resident", "contact-details", "phone", 32, "Enter a telephone number", {"full_name": "A", "email": "a@example.com"}),
    ("resident", "contact-details", "email", 254, "Email address must be 254 characters or fewer", {"full_name": "A"}),
    ("landlord", "organisation", "organisation_name", 200, "Organisation name must be 200 characters or fewer", {}),
    ("landlord", "contact-details", "full_name", 200, "Your full name must be 200 characters or fewer", {"sender_role": "R", "email": "a@council.example"}),
    ("landlord", "contact-details", "sender_role", 200, "Your job title must be 200 characters or fewer", {"full_name": "A", "email": "a@council.example"}),
    ("landlord", "complaint", "complaint_summary", 2000, "What happened must be 2,000 characters or fewer", {}),
    ("landlord", "lessons", "lessons_learned", 3000, "What your organisation learned must be 3,000 characters or fewer", {}),
    ("landlord", "changes", "changes_made", 3000, "What your organisation changed must be 3,000 characters or fewer", {}),
    ("landlord", "figures", "figures", 1000, "Figures must be 1,000 characters or fewer", {}),
]  # fmt: skip


def _too_long(field: str, limit: int) -> str:
    if field == "email":
        return "a" * 64 + "@" + ".".join(["b" * 60] * 4) + ".example"
    if field == "phone":
        return "0161 496 0000 " * 4
    # Several scripts, newlines and a word at the very end that a browser's maxlength
    # would have cut off.
    unit = "Damp came back.\nالرطوبة عادت. ছাদ ফুটো। "
    text = (unit * (limit // len(unit) + 2))[: limit + 30]
    return text + " THE-LAST-WORDS"


@pytest.mark.parametrize(("flow", "step", "field", "limit", "message", "others"), LENGTH_LIMITED)
def test_too_long_is_refused_with_the_whole_text_kept(
    client, home_page, flow, step, field, limit, message, others
):
    begin(client, flow)
    text = _too_long(field, limit)
    assert len(text) > limit
    response = client.post(step_url(flow, step), {**others, field: text})
    html = response.content.decode()
    assert response.status_code == 400, html[:2000]
    start = html.index('class="govuk-error-summary"')
    summary = html[start : html.index("</ul>", start)]
    assert escape(message) in summary
    field_id = f"id_{field}"
    assert f'href="#{field_id}"' in summary
    # Once at the field, too.
    assert html.count(f'id="{field_id}-error"') == 1
    # The field holds every character sent, escaped, and no maxlength cuts it.
    assert escape(text.replace("\r\n", "\n")) in html
    assert not MAXLENGTH.search(html)
    # Nothing was saved from the refused answer.
    assert getattr(_draft(), field) in ("", None)


@pytest.mark.parametrize("flow", ["resident", "landlord"])
def test_no_question_page_has_a_maxlength(client, home_page, flow):
    """Browsers enforce maxlength by cutting text silently (most of all with JavaScript off)."""
    answer_all(client, flow)
    for step in (RESIDENT if flow == "resident" else LANDLORD).steps:
        html = client.get(step_url(flow, step.slug)).content.decode()
        assert not MAXLENGTH.search(html), step.slug


def test_exactly_at_the_limit_is_accepted_and_newlines_count_once(client, home_page):
    begin(client)
    # A browser sends each newline as CRLF; the character count counts it as one.
    story = ("x" * 99 + "\r\n") * 50
    assert len(story.replace("\r\n", "\n")) == 5000
    response = client.post(step_url("resident", "your-story"), {"story": story})
    assert response.status_code == 302
    assert len(_draft().story) == 4999  # the last newline is trimmed, nothing else


def test_save_and_come_back_does_not_drop_a_story_that_is_too_long(client, home_page):
    begin(client)
    client.post(step_url("resident", "your-story"), {"story": "My first version."})
    text = _too_long("story", 5000)
    response = client.post(step_url("resident", "your-story"), {"story": text, "save_and_return": "1"})
    html = response.content.decode()
    assert response.status_code == 400
    assert "Your story must be 5,000 characters or fewer" in html
    assert "THE-LAST-WORDS" in html
    assert _draft().story == "My first version."


def test_save_and_come_back_still_skips_an_empty_answer(client, home_page):
    begin(client)
    response = client.post(step_url("resident", "your-story"), {"story": "", "save_and_return": "1"})
    assert response.status_code == 302 and response["Location"].endswith("/save/")


@pytest.mark.parametrize(
    "story",
    [
        "\u202e" * 6000,  # only hidden characters: nothing left, so "Enter your story"
        "<script>alert(1)</script>" * 300,
        "x" * 1_000_000,  # a megabyte pasted
    ],
)
def test_hostile_long_input_is_answered_with_an_error_not_a_crash(client, home_page, story):
    begin(client)
    response = client.post(step_url("resident", "your-story"), {"story": story})
    html = response.content.decode()
    assert response.status_code == 400
    assert "<script>alert" not in html
    assert ("Enter your story" in html) or ("Your story must be 5,000 characters or fewer" in html)


# Part 6a: one message per field --------------------------------------------------------


@pytest.mark.parametrize(
    ("flow", "data"),
    [
        ("resident", {"full_name": "Sam", "email": "not-an-email"}),
        ("resident", {"full_name": "Sam", "email": "sam@"}),
        ("landlord", {"full_name": "Sam", "sender_role": "Officer", "email": "@council"}),
    ],
)
def test_an_invalid_email_is_reported_once(client, home_page, flow, data):
    begin(client, flow)
    html = client.post(step_url(flow, "contact-details"), data).content.decode()
    message = "Enter an email address in the correct format, like name@example.com"
    assert html.count(message) == 2  # once in the summary, once at the field
    field_error = re.search(r'<p id="id_email-error" class="govuk-error-message">(.*?)</p>', html, re.S)
    assert field_error and field_error.group(1).count(message) == 1
    assert '<a href="#id_email">' in html


def test_every_field_of_every_form_gives_at_most_one_message():
    hostile = {
        "email": "not an email",
        "phone": "x" * 40,
        "story": "y" * 6000,
        "full_name": "z" * 300,
        "organisation_type": "a castle",
        "ombudsman_finding": "guilty",
        "responses_on_time": "sometimes",
    }
    for flow in (RESIDENT, LANDLORD):
        for step in flow.steps:
            if step.form_class is f.PhotosForm:
                continue
            form = step.form_class(data=hostile, **step.form_class.form_kwargs(Submission()))
            form.is_valid()
            for name, errors in form.errors.items():
                assert len(errors) == 1, (step.slug, name, errors)


# Part 6b: the story before what has changed ---------------------------------------------


def test_the_story_is_asked_before_what_has_changed():
    slugs = [step.slug for step in RESIDENT.steps]
    assert slugs.index("your-story") == slugs.index("what-changed") - 1


def test_a_draft_saved_in_the_old_order_carries_on_without_losing_anything(client, home_page):
    """Drafts keep answers by field and steps by slug, so the new order needs no migration."""
    begin(client)
    draft = _draft()
    old_order = ["problem", "your-landlord", "complaint-stage", "when", "on-time", "outcome", "ombudsman"]
    Submission.objects.filter(pk=draft.pk).update(
        answered_steps=[*old_order, "what-changed"],
        what_changed="The fan was replaced.",
        **{k: v for step in old_order if step != "ombudsman" for k, v in RESIDENT_ANSWERS[step].items()},
    )
    response = client.post("/share-your-story/begin/")
    assert response["Location"].endswith("/your-story/")
    response = client.post(step_url("resident", "your-story"), {"story": "Mould came back every winter."})
    # Next comes what has changed, already answered and shown again to check.
    assert response["Location"].endswith("/what-changed/")
    html = client.get(response["Location"]).content.decode()
    assert "The fan was replaced." in html


# Part 6c and 6d: plain explanations, answers that cannot be confused -----------------------


def test_every_ombudsman_finding_has_a_plain_explanation(client, home_page):
    hints = f.OmbudsmanForm.govuk["ombudsman_finding"]["hints"]
    for value, _label in OmbudsmanFinding.choices:
        if value != OmbudsmanFinding.NOT_SURE:
            assert hints.get(value), value
    answer_all(client, "resident")
    html = client.get(step_url("resident", "ombudsman")).content.decode()
    for value in hints:
        assert f'id="{_radio_id(value)}-item-hint"' in html, value
    assert "Reasonable redress" in html
    assert "The most serious finding" in html
    assert html.count("govuk-radios__hint") == len(hints)


def _radio_id(value: str) -> str:
    position = [v for v, _ in OmbudsmanFinding.choices].index(value) + 1
    return "id_ombudsman_finding" if position == 1 else f"id_ombudsman_finding-{position}"


def test_each_stage_of_the_complaints_process_is_explained(client, home_page):
    begin(client)
    html = client.get(step_url("resident", "complaint-stage")).content.decode()
    assert html.count("govuk-radios__hint") == 3
    assert "within 10 working days" in html and "within 20 working days" in html
    assert "free and independent" in html


def test_on_time_answers_read_distinctly():
    labels = [str(label) for _value, label in OnTime.choices]
    first_words = [label.split(",")[0].split()[0] for label in labels]
    assert len(set(first_words)) == len(first_words), labels
    assert dict(OnTime.choices)["some"] == "Some replies came on time and some were late"
    assert dict(OnTime.choices)["no"] == "No, every reply was late"
    # The stored values did not change.
    assert OnTime.values == ["yes", "some", "no", "not_sure"]


# Part 6e: one promise about publication ----------------------------------------------------

OLD_PROMISES = (
    "nothing is published until you are happy",
    "Nothing is published until you are happy",
    "You will see the final version before it is published",
    "You will see the anonymised story before it is published",
)


def test_no_template_makes_the_old_unconditional_promise():
    for app in ("casestudies", "moderation", "privacy", "cms_site"):
        for path in (ROOT / app / "templates").rglob("*"):
            if path.is_file():
                text = path.read_text(encoding="utf-8")
                for promise in OLD_PROMISES:
                    assert promise not in text, (path, promise)
    source = (ROOT / "casestudies" / "forms.py").read_text(encoding="utf-8")
    for promise in OLD_PROMISES:
        assert promise not in source


def test_the_promise_follows_the_consent_given(client, home_page, outbox):
    days = settings.STORYTELLER_APPROVAL_DAYS
    before = publication_promise()
    assert f"within {days} days" in before and "you choose this" in before
    assert before in client.get("/share-your-story/").content.decode()

    answer_all(client, "resident")  # consent without "publish if I do not reply"
    send(client)
    submission = _draft()
    only = publication_promise(submission=submission)
    assert only == (
        "We email you the anonymised version to check. We only publish it once you tell us you are happy with it."
    )
    assert only in client.get("/share-your-story/confirmation/").content.decode()

    ConsentRecord.objects.filter(submission=submission).update(publish_without_reply=True)
    submission = Submission.objects.get(pk=submission.pk)
    agreed = publication_promise(submission=submission)
    assert f"as you agreed, if you have not replied within {days} days" in agreed
    assert agreed in client.get("/share-your-story/confirmation/").content.decode()


def test_the_consent_option_says_what_happens_either_way(client, home_page):
    answer_all(client, "resident")
    html = client.get(step_url("resident", "consent")).content.decode()
    days = settings.STORYTELLER_APPROVAL_DAYS
    assert f"Publish my story if I do not reply within {days} days" in html
    assert "Leave this unticked and we only publish your story once you tell us you are happy" in html


# Part 7: the landlord journey ---------------------------------------------------------------


def test_the_landlord_is_asked_the_organisations_type_after_its_name():
    slugs = [step.slug for step in LANDLORD.steps]
    assert slugs[:3] == ["organisation", "organisation-type", "contact-details"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "Select what type of organisation it is"),
        ({"organisation_type": "castle"}, "Select what type of organisation it is"),
        ({"organisation_type": "<script>"}, "Select what type of organisation it is"),
        ({"organisation_type": "x" * 10_000}, "Select what type of organisation it is"),
    ],
)
def test_the_organisation_type_is_required_and_checked(client, home_page, data, message):
    begin(client, "landlord")
    response = client.post(step_url("landlord", "organisation-type"), data)
    html = response.content.decode()
    assert response.status_code == 400
    assert html.count(message) == 2
    assert '<a href="#id_organisation_type">' in html


@pytest.mark.parametrize(
    ("organisation_type", "described"),
    [
        ("housing_association", "a housing association"),
        ("local_authority", "a council"),
        ("almo", "an arm's length management organisation"),
        ("co_operative", "a housing co-operative"),
        ("other", "a social landlord"),
    ],
)
def test_the_landlord_consent_says_how_the_organisation_is_described(
    client, home_page, organisation_type, described
):
    answer_all(client, "landlord", {"organisation-type": {"organisation_type": organisation_type}})
    draft = _draft()
    assert draft.organisation_type == organisation_type
    assert draft.organisation_description == described
    html = client.get(step_url("landlord", "consent")).content.decode()
    assert escape(f"Leave this unticked and we will describe your organisation as ‘{described}’.") in html
    assert "a housing association’ or ‘a council" not in html
    rows = {row.step: row.values for row in submission_answers(submission=draft, flow=LANDLORD)}
    assert rows["organisation-type"] == [str(dict(OrganisationType.choices)[organisation_type])]


def test_the_consent_wording_is_kept_for_each_type_of_organisation():
    wording = notices.consent_wording("en")
    assert set(wording) == {"resident", "landlord", *(f"landlord:{code}" for code in OrganisationType.values)}
    assert any("as ‘a council’" in line for line in wording["landlord:local_authority"])
    assert not any("as ‘" in line for line in wording["landlord"])
    landlord = Submission(kind="landlord", organisation_type="almo")
    assert f.LandlordConsentForm.wording_variant(landlord) == "almo"
    assert f.LandlordConsentForm.wording_variant(Submission(kind="landlord")) == ""
    assert f.ConsentForm.wording_variant(Submission(kind="resident")) == ""


def test_a_landlord_draft_begun_before_the_type_was_asked_comes_back_to_it(client, home_page):
    answer_all(client, "landlord")
    draft = _draft()
    Submission.objects.filter(pk=draft.pk).update(
        organisation_type="", answered_steps=[s for s in draft.answered_steps if s != "organisation-type"]
    )
    response = client.get("/share-your-story/landlord/check-your-answers/")
    assert response["Location"].endswith("/organisation-type/")


RESIDENT_WORDS = re.compile(
    r"your story|identify you\b|send your story|your landlord|you complained|anonymised story", re.I
)


def test_the_landlord_journey_speaks_to_landlord_staff(
    client, home_page, outbox, django_capture_on_commit_callbacks
):
    pages = ["/share-your-story/landlord/"]
    begin(client, "landlord")
    for step in LANDLORD.steps:
        url = step_url("landlord", step.slug)
        pages.append(url)
        client.post(url, LANDLORD_ANSWERS[step.slug])
    pages.append("/share-your-story/landlord/check-your-answers/")
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, (url, response.get("Location"))
        html = _main(response.content.decode())
        found = RESIDENT_WORDS.search(html)
        assert not found, (url, found and html[max(0, found.start() - 200) : found.end() + 100])
    with django_capture_on_commit_callbacks(execute=True):
        send(client, "landlord")
    confirmation = _main(client.get("/share-your-story/landlord/confirmation/").content.decode())
    assert "Check your email to send your case study" in confirmation
    assert not RESIDENT_WORDS.search(confirmation), RESIDENT_WORDS.search(confirmation).group(0)
    verify = outbox[-1]
    assert verify.subject == "Confirm your email address to send your case study"
    assert "confirm your work email address" in verify.body
    words = re.sub(r"https?://\S+", "", verify.body)
    assert not RESIDENT_WORDS.search(words), RESIDENT_WORDS.search(words)
    assert not RESIDENT_WORDS.search(re.sub(r'href="[^"]*"', "", verify.alternatives[0][0]))


def test_a_landlord_sends_a_case_study_with_its_type(client, home_page, outbox):
    answer_all(client, "landlord", {"organisation-type": {"organisation_type": "co_operative"}})
    send(client, "landlord")
    submission = _draft()
    assert submission.status == "awaiting_verification"
    assert submission.organisation_type == "co_operative"
    # A new client (a new person) cannot reach the draft or change the type.
    other = Client()
    assert (
        other.post(step_url("landlord", "organisation-type"), {"organisation_type": "almo"}).status_code
        == 302
    )
    submission.refresh_from_db()
    assert submission.organisation_type == "co_operative"
