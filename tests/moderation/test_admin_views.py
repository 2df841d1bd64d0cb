"""The moderation admin views: permissions per role, each form, hostile input, the queue."""

import json

import pytest

from django.test import Client
from django.urls import reverse

from wagtail.models import ModelLogEntry

from casestudies.choices import SubmissionStatus
from casestudies.models import CaseStudyPage
from moderation import anonymisation
from moderation.choices import IntendedUse, Stage
from moderation.models import RejectionReason, Review, ReviewPhoto
from moderation.selectors import queue_item, queue_items
from tests.factories.users import UserFactory

from .helpers import PII_STRINGS, consent_checked, redact_everything, verified_review

pytestmark = pytest.mark.django_db


def _client(*groups, superuser=False) -> tuple[Client, object]:
    user = UserFactory(groups=list(groups), is_superuser=superuser)
    client = Client()
    client.force_login(user)
    return client, user


def _urls(review: Review) -> dict[str, str]:
    photo = review.photos.first()
    urls = {
        "queue": reverse("moderation_admin:queue"),
        "review": reverse("moderation_admin:review", args=[review.pk]),
        "consent": reverse("moderation_admin:consent_check", args=[review.pk]),
        "decline": reverse("moderation_admin:decline", args=[review.pk]),
        "anonymise": reverse("moderation_admin:anonymise", args=[review.pk]),
    }
    if photo:
        urls["photo"] = reverse("moderation_admin:photo", args=[review.pk, photo.pk])
        urls["photo_original"] = reverse("moderation_admin:photo_file", args=[photo.pk, "original"])
    return urls


def test_a_logged_out_visitor_is_sent_to_log_in():
    review = verified_review(photo=True)
    for url in _urls(review).values():
        response = Client().get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"], url


def _refused(response) -> bool:
    """Wagtail turns PermissionDenied in the admin into a redirect to the dashboard."""
    return response.status_code == 403 or (response.status_code == 302 and response["Location"] == "/admin/")


@pytest.mark.parametrize("group", ["Privacy officers", "Editors"])
def test_admin_users_of_other_groups_are_refused_everywhere(group):
    review = verified_review(photo=True)
    client, _user = _client(group)
    for name, url in _urls(review).items():
        assert _refused(client.get(url)), name
        assert _refused(client.post(url, {"uses": ["website"]})), name
    assert Review.objects.get(pk=review.pk).intended_uses == []


def test_sign_off_editors_can_read_but_not_change():
    review = verified_review(photo=True)
    client, _user = _client("Sign-off editors")
    urls = _urls(review)
    assert client.get(urls["queue"]).status_code == 200
    assert client.get(urls["review"]).status_code == 200
    assert _refused(client.post(urls["consent"], {"uses": ["website"]}))
    assert _refused(client.post(urls["decline"], {"reason": RejectionReason.objects.first().pk}))
    assert _refused(client.get(urls["photo_original"]))
    assert Review.objects.get(pk=review.pk).submission.status == SubmissionStatus.NEW


def test_consent_check_through_the_form():
    review = verified_review(consent={"use_photos": False})
    client, editor = _client("Comms editors")
    url = _urls(review)["consent"]
    page = client.get(url)
    assert page.status_code == 200 and "What the storyteller agreed to" in page.content.decode()
    response = client.post(url, {"uses": ["website", "photos"]})
    assert response.status_code == 200 and "does not cover" in response.content.decode()
    for hostile in ({}, {"uses": ["nonsense"]}, {"uses": ["<script>"]}):
        assert client.post(url, hostile).status_code == 200
    assert queue_item(review).stage == Stage.CONSENT_CHECK
    response = client.post(url, {"uses": ["website"]})
    assert response.status_code == 302
    assert queue_item(review).stage == Stage.ANONYMISATION


def test_decline_through_the_form():
    review = verified_review()
    client, _editor = _client("Comms editors")
    url = _urls(review)["decline"]
    assert client.post(url, {"reason": "999999"}).status_code == 200  # not a reason: asked again
    response = client.post(url, {"reason": RejectionReason.objects.first().pk})
    assert response.status_code == 302
    assert Review.objects.get(pk=review.pk).submission.status == SubmissionStatus.REJECTED


def test_the_anonymisation_page_highlights_findings_and_locks(index):
    client, editor = _client("Comms editors")
    review = consent_checked(verified_review(), editor)
    url = _urls(review)["anonymise"]
    html = client.get(url).content.decode()
    assert 'class="mtr-pii mtr-pii--person"' in html
    assert "Dave Pritchard" in html  # the editor sees what they are redacting
    assert Review.objects.get(pk=review.pk).locked_by == editor
    other, _other_user = _client("Comms editors")
    html = other.get(url).content.decode()
    assert "is anonymising this story" in html
    response = other.post(url, {"action": "texts", "title": "Hijack", "summary": "x", "story": "x"})
    assert "Your changes were not saved" in response.content.decode()
    assert Review.objects.get(pk=review.pk).title == ""


def test_decisions_redactions_and_edits_through_the_form(index):
    client, editor = _client("Comms editors")
    review = consent_checked(verified_review(), editor)
    url = _urls(review)["anonymise"]
    client.get(url)
    findings = anonymisation.review_findings(review)
    data = {"action": "decide"}
    for number, finding in enumerate(findings):
        data[f"f{number}-decision"] = "accept"
        data[f"f{number}-replacement"] = finding.replacement
        data[f"f{number}-key"] = finding.key
        data[f"f{number}-text"] = finding.text
    assert client.post(url, data).status_code == 302
    review.refresh_from_db()
    for secret in PII_STRINGS:
        assert secret not in review.story
    # Manual redaction, then hostile and huge input.
    assert (
        client.post(
            url, {"action": "redact", "text": "the fan", "field": "story", "replacement": "the extractor"}
        ).status_code
        == 302
    )
    assert "the extractor" in Review.objects.get(pk=review.pk).story
    response = client.post(url, {"action": "redact", "text": "", "field": "story", "replacement": "x"})
    assert "Enter or select the text to redact" in response.content.decode()
    response = client.post(url, {"action": "redact", "text": "not in the story", "field": "story"})
    assert "not in the story any more" in response.content.decode()
    response = client.post(url, {"action": "redact", "text": "fan", "field": "contact_email"})
    assert response.status_code == 200
    response = client.post(url, {"action": "texts", "title": "x" * 5000, "summary": "", "story": ""})
    body = response.content.decode()
    assert "120 characters or fewer" in body and "Enter the summary" in body
    response = client.post(
        url,
        {
            "action": "texts",
            "title": "<script>alert(1)</script>",
            "summary": "A fixed fan.",
            "story": review.story + " \u202e",
        },
    )
    assert response.status_code == 302
    html = client.get(url).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


def test_completing_through_the_form_makes_the_page(index):
    client, editor = _client("Comms editors")
    review = consent_checked(verified_review(), editor)
    url = _urls(review)["anonymise"]
    client.get(url)
    response = client.post(url, {"action": "complete"})
    assert CaseStudyPage.objects.count() == 0 and response.status_code == 200  # findings left
    redact_everything(review, editor)
    response = client.post(url, {"action": "complete"})
    assert response.status_code == 302
    assert CaseStudyPage.objects.get().submission_id == review.submission_id
    assert not Review.objects.get(pk=review.pk).locked


def test_photo_blurring_through_the_form(index):
    client, editor = _client("Comms editors")
    review = consent_checked(
        verified_review(photo=True, consent={"use_photos": True}),
        editor,
        [IntendedUse.WEBSITE, IntendedUse.PHOTOS],
    )
    photo = review.photos.get()
    urls = _urls(review)
    assert client.get(urls["photo"]).status_code == 200
    assert client.get(urls["photo_original"]).status_code == 200
    response = client.post(
        urls["photo"], {"use": "yes", "mode": "blur", "regions": "{not json", "alt_text": "A kitchen wall"}
    )
    assert response.status_code == 200 and "could not be read" in response.content.decode()
    response = client.post(urls["photo"], {"use": "yes", "mode": "black", "regions": "[]", "alt_text": ""})
    assert "alternative text" in response.content.decode()
    regions = json.dumps([{"x": 0.1, "y": 0.1, "w": 0.5, "h": 0.5}])
    response = client.post(
        urls["photo"], {"use": "yes", "mode": "black", "regions": regions, "alt_text": "A kitchen wall"}
    )
    assert response.status_code == 302
    photo = ReviewPhoto.objects.get(pk=photo.pk)
    assert photo.ready and photo.redacted
    assert photo.redacted.read() != photo.photo.image.read()
    redacted = client.get(reverse("moderation_admin:photo_file", args=[photo.pk, "redacted"]))
    assert redacted.status_code == 200 and redacted["Cache-Control"].startswith("no-store, private")
    # The page gets the blurred copy only.
    redact_everything(review, editor)
    anonymisation.anonymisation_approve(review=review, user=editor)
    page = CaseStudyPage.objects.get()
    image = page.photos.get().image
    photo.redacted.seek(0)
    with image.file.open("rb") as handle:
        assert handle.read() == ReviewPhoto.objects.get(pk=photo.pk).redacted.open("rb").read()
    entry = ModelLogEntry.objects.for_instance(review).get(action="moderation.photo_redacted")
    assert entry.data["areas"] == 1


def test_photos_are_refused_when_consent_check_did_not_allow_them(index):
    client, editor = _client("Comms editors")
    review = consent_checked(verified_review(photo=True), editor)
    response = client.post(
        _urls(review)["photo"], {"use": "yes", "mode": "blur", "regions": "[]", "alt_text": "A wall"}
    )
    assert "did not allow photos" in response.content.decode()
    assert not ReviewPhoto.objects.get(review=review).use


def test_queue_puts_priority_and_overdue_first(index):
    from django.utils import timezone

    editor = UserFactory(groups=["Comms editors"])
    calm = verified_review(story="The repair took a while but they fixed it.")
    danger = verified_review(story="Exposed wires were sparking in the hallway.")
    older = verified_review(story="A leak in the roof was fixed after my complaint.")
    older.current_workflow_state.current_task_state.__class__.objects.filter(
        pk=older.current_workflow_state.current_task_state.pk
    ).update(started_at=timezone.now() - timezone.timedelta(days=30))
    items = queue_items()
    assert [item.review.pk for item in items] == [danger.pk, older.pk, calm.pk]
    assert items[1].rag == "red"
    client = Client()
    client.force_login(editor)
    html = client.get(reverse("moderation_admin:queue")).content.decode()
    assert "Overdue" in html and "Priority" in html


def test_queue_queries_do_not_grow_with_the_queue(index, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(3):
        verified_review()
    with CaptureQueriesContext(connection) as small:
        queue_items()
    for _ in range(10):
        verified_review()
    with CaptureQueriesContext(connection) as large:
        assert len(queue_items()) == 13
    assert len(large.captured_queries) == len(small.captured_queries)


def test_moderation_pages_never_show_contact_details(index):
    client, editor = _client("Comms editors")
    review = consent_checked(verified_review(phone="07700 900555"), editor)
    urls = _urls(review)
    for name in ("queue", "review", "consent", "decline", "anonymise"):
        html = client.get(urls[name]).content.decode()
        for secret in ("Amina Farouk", "amina.farouk@example.com", "07700 900555"):
            assert secret not in html, (name, secret)


def test_storyteller_no_reply_command(index, capsys):
    from django.core.management import call_command

    call_command("storyteller_no_reply")
    assert "Moved 0 unanswered check(s)" in capsys.readouterr().out


@pytest.mark.parametrize("who", ["Comms editors", "Sign-off editors", "superuser"])
def test_wagtail_admin_pages_work_with_stories_in_moderation(index, who):
    """The dashboard, workflow reports and settings list stories in both workflows."""
    from moderation import publication

    editor = UserFactory(groups=["Comms editors"])
    consent_checked(verified_review(), editor)  # a review at anonymisation
    verified_review()  # a review at the consent check
    review = consent_checked(verified_review(), editor)
    from .helpers import anonymised

    page = anonymised(review, editor)
    publication.storyteller_respond(page=page, approve=True)  # a page at sign-off
    client, _user = _client(*([] if who == "superuser" else [who]), superuser=who == "superuser")
    assert client.get("/admin/").status_code == 200
    if who == "superuser":
        for url in ("/admin/reports/workflow/", "/admin/reports/workflow_tasks/", "/admin/workflows/list/"):
            assert client.get(url).status_code == 200, url
    if who == "Sign-off editors":
        html = client.get("/admin/").content.decode()
        assert page.title in html  # awaiting their review on the dashboard
        assert client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code == 200


def test_the_inbox_links_to_the_review():
    review = verified_review()
    client, _editor = _client("Comms editors")
    html = client.get(
        reverse("wagtailsnippets_casestudies_submission:inspect", args=[review.submission_id])
    ).content.decode()
    assert reverse("moderation_admin:review", args=[review.pk]) in html
    privacy, _user = _client("Privacy officers")
    html = privacy.get(
        reverse("wagtailsnippets_casestudies_submission:inspect", args=[review.submission_id])
    ).content.decode()
    assert reverse("moderation_admin:review", args=[review.pk]) not in html
