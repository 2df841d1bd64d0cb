"""The storyteller's own check before sending (casestudies.personal_details).

Most tests use a fixed finder (``fixed_finder``) so that they test this feature and not
the detector, which changes often; a few use the finder moderation registers, on
details any version of the detector finds (a phone number, an email address).
"""

from __future__ import annotations

import re

import pytest

from django.test import Client

from casestudies import personal_details, services
from casestudies.flows import RESIDENT
from casestudies.models import Submission
from casestudies.personal_details import KEEP, REMOVE, REPLACE, Choice, Found
from tests.factories.casestudies import SubmissionFactory

from .helpers import ANSWERS, FLOWS, answer_all, send

pytestmark = pytest.mark.django_db

URL = "/share-your-story/check-for-personal-details/"
CHECK = "/share-your-story/check-your-answers/"
STORY = "I told Sam Patel about the mould. Call me on 07700 900123 if you like."
WHAT_CHANGED = "Sam Patel now phones back within a day."

# What the fixed finder finds, and how it labels it.
FIXED = {"Sam Patel": ("PERSON", "a name"), "07700 900123": ("PHONE", "a phone number")}


def _fixed(text: str, language: str) -> list[Found]:
    found = []
    for words, (kind, label) in FIXED.items():
        for match in re.finditer(re.escape(words), text):
            found.append(Found(match.start(), match.end(), kind, label))
    return found


@pytest.fixture
def fixed_finder(monkeypatch):
    monkeypatch.setattr(personal_details, "FINDERS", [_fixed])


@pytest.fixture
def no_finder(monkeypatch):
    monkeypatch.setattr(personal_details, "FINDERS", [])


def _draft(**fields) -> Submission:
    defaults = {"story": STORY, "what_changed": WHAT_CHANGED, "language": "en"}
    return SubmissionFactory(draft=True, **{**defaults, **fields})


def _answered_client(client: Client, story: str = STORY, what_changed: str = WHAT_CHANGED) -> Submission:
    answer_all(
        client,
        overrides={"your-story": {"story": story}, "what-changed": {"what_changed": what_changed}},
    )
    return Submission.objects.get()


def _version(client: Client) -> str:
    response = client.get(URL)
    assert response.status_code == 200, response.content.decode()[:2000]
    return re.search(r'name="version" value="([0-9a-f]+)"', response.content.decode()).group(1)


# The service --------------------------------------------------------------------------


def test_findings_come_with_their_answer_and_a_few_words_either_side(fixed_finder):
    story = (
        "One two three four five six seven eight Sam Patel nine ten eleven twelve thirteen fourteen fifteen."
    )
    findings = personal_details.findings_for(submission=_draft(story=story), flow=RESIDENT)
    # In the order the form asks: the story, then what has changed.
    changed = findings[1]
    assert (changed.field, changed.words, changed.kind, changed.label) == (
        "what_changed",
        "Sam Patel",
        "PERSON",
        "a name",
    )
    assert changed.field_label == "What has changed for you"
    story_finding = findings[0]
    assert story_finding.field == "story"
    assert story_finding.before == "three four five six seven eight "
    assert story_finding.after == " nine ten eleven twelve thirteen fourteen"
    assert story_finding.clipped_before and story_finding.clipped_after
    assert not story_finding.kept


def test_no_finder_registered_means_no_check(no_finder):
    draft = _draft()
    assert personal_details.findings_for(submission=draft, flow=RESIDENT) == []
    assert not personal_details.check_needed(submission=draft, flow=RESIDENT)


def test_a_failing_finder_never_stops_a_story(monkeypatch, caplog):
    def broken(text, language):
        raise RuntimeError(text)

    monkeypatch.setattr(personal_details, "FINDERS", [broken, _fixed])
    findings = personal_details.findings_for(submission=_draft(), flow=RESIDENT)
    assert [f.words for f in findings] == ["Sam Patel", "07700 900123", "Sam Patel"]
    assert "broken failed (RuntimeError)" in caplog.text
    assert "Sam Patel" not in caplog.text  # the text is never logged


def test_overlapping_findings_are_shown_once(monkeypatch):
    def two(text, language):
        return [Found(7, 16, "PERSON", "a name"), Found(7, 10, "PERSON", "a name"), Found(0, 0, "AGE", "x")]

    monkeypatch.setattr(personal_details, "FINDERS", [two])
    findings = personal_details.findings_for(submission=_draft(what_changed=""), flow=RESIDENT)
    assert [(f.start, f.end) for f in findings] == [(7, 16)]


@pytest.mark.parametrize(
    ("text", "action", "replacement", "expected"),
    [
        ("I told Sam Patel about it.", REMOVE, "", "I told about it."),
        ("Sam Patel came round.", REMOVE, "", "came round."),
        ("I told Sam Patel.", REMOVE, "", "I told."),
        ("I told Sam Patel about it.", REPLACE, "my neighbour", "I told my neighbour about it."),
        ("I told Sam Patel about it.", KEEP, "", "I told Sam Patel about it."),
    ],
)
def test_apply_choices(fixed_finder, text, action, replacement, expected):
    draft = _draft(story=text, what_changed="")
    findings = personal_details.findings_for(submission=draft, flow=RESIDENT)
    choice = Choice(findings[0].key, action, replacement)
    new, kept = personal_details.apply_choices(text, findings, {choice.key: choice})
    assert new == expected
    assert [new[s:e] for s, e, _k in kept] == (["Sam Patel"] if action == KEEP else [])


def test_applying_stores_the_new_text_and_kept_offsets_into_it(fixed_finder):
    draft = _draft()
    findings = personal_details.findings_for(submission=draft, flow=RESIDENT)
    by_words = {(f.field, f.words): f for f in findings}
    version = personal_details.version_of(submission=draft, findings=findings)
    choices = [
        Choice(by_words[("story", "Sam Patel")].key, REPLACE, "my housing officer"),
        Choice(by_words[("story", "07700 900123")].key, KEEP),
        Choice(by_words[("what_changed", "Sam Patel")].key, REMOVE),
    ]
    saved, counts = personal_details.personal_details_apply(
        submission=draft, flow=RESIDENT, version=version, choices=choices
    )
    saved.refresh_from_db()
    assert saved.story == "I told my housing officer about the mould. Call me on 07700 900123 if you like."
    assert saved.what_changed == "now phones back within a day."
    assert counts == {REMOVE: 1, REPLACE: 1, KEEP: 1}
    [kept] = saved.resident_kept
    assert set(kept) == {"field", "kind", "start", "end"}  # offsets and a code, never the words
    assert (kept["field"], kept["kind"]) == ("story", "PHONE")
    assert saved.story[kept["start"] : kept["end"]] == "07700 900123"
    # What was kept counts as decided: nothing more to check.
    assert not personal_details.check_needed(submission=saved, flow=RESIDENT)


def test_keeping_everything_changes_no_words(fixed_finder):
    draft = _draft()
    findings = personal_details.findings_for(submission=draft, flow=RESIDENT)
    version = personal_details.version_of(submission=draft, findings=findings)
    saved = personal_details.personal_details_keep_all(submission=draft, flow=RESIDENT, version=version)
    saved.refresh_from_db()
    assert (saved.story, saved.what_changed) == (STORY, WHAT_CHANGED)
    assert len(saved.resident_kept) == 3
    assert all(getattr(saved, k["field"])[k["start"] : k["end"]] in FIXED for k in saved.resident_kept)
    assert all(f.kept for f in personal_details.findings_for(submission=saved, flow=RESIDENT))


def test_a_stale_page_changes_nothing(fixed_finder):
    draft = _draft()
    findings = personal_details.findings_for(submission=draft, flow=RESIDENT)
    version = personal_details.version_of(submission=draft, findings=findings)
    services.submission_update(submission=draft, step="your-story", data={"story": "Sam Patel again."})
    with pytest.raises(personal_details.FindingsChanged):
        personal_details.personal_details_apply(
            submission=draft, flow=RESIDENT, version=version, choices=[Choice(findings[0].key, REMOVE)]
        )
    draft.refresh_from_db()
    assert draft.story == "Sam Patel again."


def test_a_replacement_may_not_take_an_answer_past_its_limit(fixed_finder):
    story = "Sam Patel " + "x" * 4985  # 4,995 characters
    draft = _draft(story=story, what_changed="")
    findings = personal_details.findings_for(submission=draft, flow=RESIDENT)
    version = personal_details.version_of(submission=draft, findings=findings)
    with pytest.raises(personal_details.TooLong):
        personal_details.personal_details_apply(
            submission=draft,
            flow=RESIDENT,
            version=version,
            choices=[Choice(findings[0].key, REPLACE, "y" * 20)],
        )
    draft.refresh_from_db()
    assert draft.story == story


def test_a_sent_story_cannot_change(fixed_finder):
    draft = _draft()
    findings = personal_details.findings_for(submission=draft, flow=RESIDENT)
    version = personal_details.version_of(submission=draft, findings=findings)
    Submission.objects.filter(pk=draft.pk).update(status="awaiting_verification")
    with pytest.raises(services.SubmissionClosed):
        personal_details.personal_details_keep_all(submission=draft, flow=RESIDENT, version=version)


def test_editing_an_answer_forgets_what_was_kept_in_it_only(fixed_finder):
    draft = _draft()
    findings = personal_details.findings_for(submission=draft, flow=RESIDENT)
    version = personal_details.version_of(submission=draft, findings=findings)
    draft = personal_details.personal_details_keep_all(submission=draft, flow=RESIDENT, version=version)
    services.submission_update(submission=draft, step="your-story", data={"story": "Sam Patel said no."})
    draft.refresh_from_db()
    assert {k["field"] for k in draft.resident_kept} == {"what_changed"}
    assert personal_details.check_needed(submission=draft, flow=RESIDENT)
    # Saving the same words again is no edit.
    services.submission_update(submission=draft, step="what-changed", data={"what_changed": WHAT_CHANGED})
    draft.refresh_from_db()
    assert {k["field"] for k in draft.resident_kept} == {"what_changed"}


def test_the_landlord_form_checks_its_own_free_text_answers():
    from casestudies.flows import LANDLORD

    names = [name for name, _title, _limit in personal_details.text_fields(LANDLORD)]
    assert names == ["complaint_summary", "lessons_learned", "changes_made", "figures"]
    assert [n for n, _t, _l in personal_details.text_fields(RESIDENT)] == ["story", "what_changed"]


# The pages ------------------------------------------------------------------------


def test_check_answers_sends_the_storyteller_to_the_check_first(client, home_page, fixed_finder):
    _answered_client(client)
    response = client.get(CHECK)
    assert response.status_code == 302 and response["Location"] == URL
    # Sending is refused the same way: nothing leaves before they have seen it.
    response = send(client)
    assert response.status_code == 302 and response["Location"] == URL
    assert Submission.objects.get().status == "draft"


def test_the_check_page_shows_each_finding_in_context(client, home_page, fixed_finder):
    _answered_client(client)
    response = client.get(URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store, private"
    assert "<title>Check for personal details – Share your story – Make Things Right</title>" in html
    assert html.count('<mark class="mtr-found">') == 3
    assert '<span class="govuk-visually-hidden">Found, a name: </span><bdi>Sam Patel</bdi></mark>' in html
    assert "1 of 3: a name" in html and "2 of 3: a phone number" in html and "3 of 3: a name" in html
    assert "In “Your story”:" in html and "In “What has changed for you”:" in html
    # Conditional reveal: the input is in the page, hidden only when JavaScript runs.
    assert html.count('data-mtr-reveals="conditional-finding-') == 3
    assert html.count("govuk-radios__conditional govuk-radios__conditional--hidden") == 3
    assert html.count('name="finding_1_replacement"') == 1
    assert "Continue without changes" in html and "Save and continue" in html
    assert 'href="/share-your-story/consent/"' in html  # back to the last question


def test_nothing_found_goes_straight_to_check_answers(client, home_page, fixed_finder):
    _answered_client(client, story="The mould came back every winter.", what_changed="They fixed it.")
    assert client.get(CHECK).status_code == 200
    response = client.get(URL)
    assert response.status_code == 302 and response["Location"] == CHECK


def test_without_a_finder_the_check_is_skipped(client, home_page, no_finder):
    _answered_client(client)
    assert client.get(CHECK).status_code == 200
    assert client.get(URL)["Location"] == CHECK


def test_the_check_needs_a_draft_with_every_question_answered(client, home_page, fixed_finder):
    response = client.get(URL)
    assert response.status_code == 302 and response["Location"] == "/share-your-story/"
    client.post("/share-your-story/begin/")
    assert client.get(URL)["Location"] == "/share-your-story/problem/"


def test_choosing_nothing_shows_an_error_for_each_finding(client, home_page, fixed_finder):
    _answered_client(client)
    response = client.post(URL, {"version": _version(client)})
    html = response.content.decode()
    assert response.status_code == 400
    assert "<title>Error: Check for personal details" in html
    assert 'class="govuk-error-summary"' in html
    assert (
        html.count("Select whether to remove, replace or keep “Sam Patel”") == 4
    )  # summary and field, twice
    assert '<a href="#id_finding_1">' in html and 'id="id_finding_1"' in html
    assert 'aria-describedby="finding-1-context id_finding_1-error"' in html


@pytest.mark.parametrize(
    ("replacement", "message"),
    [
        ("", "Enter the words to use instead of “Sam Patel”"),
        ("   \t ", "Enter the words to use instead of “Sam Patel”"),
        ("n" * 101, "The words to use instead must be 100 characters or fewer"),
        ("n" * 100_000, "The words to use instead must be 100 characters or fewer"),
        ("<script>alert(1)</script>", "The words to use instead must not include &lt; or &gt;"),
        ("my <b>neighbour</b>", "The words to use instead must not include &lt; or &gt;"),
        ("my\x00neighbour", "The words to use instead must not include hidden or control characters"),
        ("my\x1bneighbour", "The words to use instead must not include hidden or control characters"),
        ("my \u202eruobhgien", "The words to use instead must not include hidden or control characters"),
    ],
)
def test_a_bad_replacement_is_refused_with_a_message(client, home_page, fixed_finder, replacement, message):
    _answered_client(client)
    data = {
        "version": _version(client),
        "finding_1": REPLACE,
        "finding_1_replacement": replacement,
        "finding_2": KEEP,
        "finding_3": KEEP,
    }
    response = client.post(URL, data)
    html = response.content.decode()
    assert response.status_code == 400
    assert html.count(message) == 2  # in the error summary and by the field
    assert '<a href="#id_finding_1_replacement">' in html
    assert "govuk-input govuk-!-width-full govuk-input--error" in html
    assert "<script>alert" not in html and "<b>neighbour" not in html
    # The replace radio stays chosen, its input shown, and nothing was changed.
    assert "govuk-radios__conditional govuk-radios__conditional--hidden" in html
    assert html.count("govuk-radios__conditional--hidden") == 2
    assert Submission.objects.get().what_changed == WHAT_CHANGED


def test_a_malformed_choice_is_refused(client, home_page, fixed_finder):
    _answered_client(client)
    data = {
        "version": _version(client),
        "finding_1": "delete-everything",
        "finding_2": KEEP,
        "finding_3": KEEP,
    }
    response = client.post(URL, data)
    assert response.status_code == 400
    assert "Select whether to remove, replace or keep “Sam Patel”" in response.content.decode()


def test_a_replacement_that_makes_the_story_too_long_is_refused(client, home_page, fixed_finder):
    story = "Sam Patel " + "x" * 4985
    _answered_client(client, story=story, what_changed="Nothing much.")
    data = {"version": _version(client), "finding_1": REPLACE, "finding_1_replacement": "y" * 60}
    response = client.post(URL, data)
    html = response.content.decode()
    assert response.status_code == 400
    assert (
        "“Your story” would be more than 5,000 characters with the words you chose. Use fewer words." in html
    )
    assert Submission.objects.get().story == story


def test_choices_are_applied_and_kept_ones_reach_the_editors_flagged(client, home_page, fixed_finder, outbox):
    _answered_client(client)
    data = {
        "version": _version(client),
        "finding_1": REPLACE,  # story: Sam Patel
        "finding_1_replacement": "  my   housing officer ",
        "finding_2": KEEP,  # story: the phone number
        "finding_3": REMOVE,  # what changed: Sam Patel
        "finding_3_replacement": "ignored, not chosen <b>",
    }
    response = client.post(URL, data)
    assert response.status_code == 302 and response["Location"] == CHECK
    submission = Submission.objects.get()
    assert (
        submission.story == "I told my housing officer about the mould. Call me on 07700 900123 if you like."
    )
    assert submission.what_changed == "now phones back within a day."
    [kept] = submission.resident_kept
    assert submission.story[kept["start"] : kept["end"]] == "07700 900123"

    response = client.get(CHECK)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Your answers have been updated." in html
    assert "I told my housing officer about the mould." in html
    assert "You chose to keep 1 detail. Our editors will check it before anything is published." in html
    assert f'href="{URL}?return=check"' in html

    # Coming back from "Check your answers", the kept one is chosen already.
    html = client.get(f"{URL}?return=check").content.decode()
    assert html.count("<mark") == 1
    assert 'value="keep" checked' in html
    assert f'href="{CHECK}"' in html

    assert send(client).status_code == 302
    submission.refresh_from_db()
    assert submission.status == "awaiting_verification"
    assert submission.resident_kept == [kept]


def test_continue_without_changes_keeps_everything_flagged(client, home_page, fixed_finder):
    _answered_client(client)
    response = client.post(URL, {"version": _version(client), "keep_all": "1", "finding_1": "junk"})
    assert response.status_code == 302 and response["Location"] == CHECK
    submission = Submission.objects.get()
    assert (submission.story, submission.what_changed) == (STORY, WHAT_CHANGED)
    assert len(submission.resident_kept) == 3
    html = client.get(CHECK).content.decode()
    assert "You chose to keep 3 details." in html
    assert send(client).status_code == 302
    assert Submission.objects.get().status == "awaiting_verification"


def test_a_replacement_with_something_identifying_is_asked_about_again(client, home_page, fixed_finder):
    _answered_client(client, what_changed="They fixed it.")
    data = {
        "version": _version(client),
        "finding_1": REPLACE,
        "finding_1_replacement": "my neighbour on 07700 900123",
        "finding_2": REMOVE,
    }
    response = client.post(URL, data)
    assert response.status_code == 302 and response["Location"] == URL
    html = client.get(URL).content.decode()
    assert "We found something that could identify someone in the words you used." in html
    assert html.count("<mark") == 1


def test_a_stale_form_is_shown_again(client, home_page, fixed_finder):
    _answered_client(client)
    data = {"version": "0" * 32, "finding_1": REMOVE, "finding_2": REMOVE, "finding_3": REMOVE}
    response = client.post(URL, data)
    assert response.status_code == 302 and response["Location"] == URL
    assert Submission.objects.get().story == STORY
    assert "Your answers changed since this page was shown." in client.get(URL).content.decode()


def test_changing_the_story_afterwards_asks_again(client, home_page, fixed_finder):
    _answered_client(client)
    client.post(URL, {"version": _version(client), "keep_all": "1"})
    client.post("/share-your-story/your-story/?return=check", {"story": "Now Sam Patel is gone."})
    response = client.get(CHECK)
    assert response["Location"] == URL
    html = client.get(URL).content.decode()
    # The what-changed finding stays kept; the story's new one is asked about.
    assert html.count('value="keep" checked') == 1 and html.count("<mark") == 2


def test_the_check_after_sending_is_gone(client, home_page, fixed_finder):
    _answered_client(client)
    client.post(URL, {"version": _version(client), "keep_all": "1"})
    send(client)
    response = client.get(URL)
    assert response.status_code == 302 and response["Location"] == "/share-your-story/confirmation/"


# In Arabic -----------------------------------------------------------------------

AR_PREFIX = "/ar/share-your-story/"
AR_STORY = "أخبرت Sam Patel عن العفن. اتصل بي على 07700 900123 من فضلك."


def _answer_all_in_arabic(client: Client) -> None:
    client.post(f"{AR_PREFIX}begin/")
    answers = {
        **ANSWERS["resident"],
        "your-story": {"story": AR_STORY},
        "what-changed": {"what_changed": "تم إصلاح التهوية."},
    }
    for step in FLOWS["resident"].steps:
        url = f"{AR_PREFIX}{step.slug}/"
        if client.get(url).status_code == 302:
            continue
        response = client.post(url, answers[step.slug])
        assert response.status_code == 302, (step.slug, response.content.decode()[:2000])


def test_the_check_in_arabic(client, home_page, fixed_finder):
    _answer_all_in_arabic(client)
    assert Submission.objects.get().language == "ar"
    response = client.get(f"{AR_PREFIX}check-your-answers/")
    assert response["Location"] == f"{AR_PREFIX}check-for-personal-details/"
    response = client.get(response["Location"])
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="ar" dir="rtl"' in html
    assert html.count('<mark class="mtr-found">') == 2
    assert 'dir="auto"' in html
    version = re.search(r'name="version" value="([0-9a-f]+)"', html).group(1)

    response = client.post(f"{AR_PREFIX}check-for-personal-details/", {"version": version})
    assert response.status_code == 400
    assert 'class="govuk-error-summary"' in response.content.decode()

    data = {"version": version, "finding_1": REPLACE, "finding_1_replacement": "جاري", "finding_2": KEEP}
    response = client.post(f"{AR_PREFIX}check-for-personal-details/", data)
    assert response["Location"] == f"{AR_PREFIX}check-your-answers/"
    submission = Submission.objects.get()
    assert submission.story == "أخبرت جاري عن العفن. اتصل بي على 07700 900123 من فضلك."
    [kept] = submission.resident_kept
    assert submission.story[kept["start"] : kept["end"]] == "07700 900123"
    html = client.get(f"{AR_PREFIX}check-your-answers/").content.decode()
    assert '<html lang="ar" dir="rtl"' in html and "جاري" in html


# With the detector moderation registers ------------------------------------------


def test_moderation_registers_the_detector(client, home_page):
    assert personal_details.enabled()
    draft = _draft(
        story="Ring me on 07700 900123 or write to someone@example.com, thanks.",
        what_changed="",
        language="en",
    )
    found = {f.words: f.kind for f in personal_details.findings_for(submission=draft, flow=RESIDENT)}
    assert found.get("07700 900123") == "PHONE"
    assert found.get("someone@example.com") == "EMAIL"


def test_the_real_detector_in_arabic(client, home_page):
    draft = _draft(
        story="اتصل بي على 07700 900123 أو someone@example.com من فضلك.", what_changed="", language="ar"
    )
    findings = personal_details.findings_for(submission=draft, flow=RESIDENT)
    assert {"PHONE", "EMAIL"} <= {f.kind for f in findings}
