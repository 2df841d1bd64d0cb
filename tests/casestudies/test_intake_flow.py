"""The resident's and the landlord's forms from start to the editors' inbox."""

import re

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile

from casestudies.choices import EmailKind, EmailStatus, SubmissionStatus
from casestudies.models import ConsentRecord, OutboundEmail, Submission
from tests.factories.users import UserFactory

from .helpers import PREFIX, answer_all, begin, jpeg_bytes, link_path, send, step_url

# Real commits: emails are queued with transaction.on_commit, as in production.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_start_page_explains_what_happens_and_how_to_withdraw(client, home_page):
    response = client.get("/share-your-story/")
    html = response.content.decode()
    assert response.status_code == 200
    for text in ("What happens to your story", "Who sees your details", "withdraw your story", "Start now"):
        assert text in html
    assert "gov.uk/social-housing-complaints" in html
    assert '<html lang="en" dir="ltr"' in html


def test_pages_are_served_in_each_campaign_language_with_direction(client, home_page):
    for code, direction in [
        ("ar", "rtl"),
        ("ur", "rtl"),
        ("bn", "ltr"),
        ("pl", "ltr"),
        ("pa", "ltr"),
        ("ro", "ltr"),
    ]:
        html = client.get(f"/{code}/share-your-story/").content.decode()
        assert f'<html lang="{code}" dir="{direction}"' in html


def test_resident_completes_the_form_and_verifies(client, home_page, outbox):
    UserFactory(groups=["Comms editors"], email="editor@example.com")
    answer_all(client)

    check = client.get("/share-your-story/check-your-answers/")
    html = check.content.decode()
    assert check.status_code == 200
    assert "Check your answers before sending" in html
    assert "What the Housing Ombudsman decided" in html  # the conditional page applies
    assert html.count("?return=check") == 14
    assert "Testy McTestface" in html

    response = send(client)
    assert response.status_code == 302
    submission = Submission.objects.get()
    assert submission.status == SubmissionStatus.AWAITING_VERIFICATION
    assert re.fullmatch(r"MTR-[2-9B-DF-HJ-NP-TW-Z]{4}-[2-9B-DF-HJ-NP-TW-Z]{4}", submission.reference)
    assert submission.themes == ["damp_mould", "communication"]
    assert submission.ombudsman_finding == "maladministration"

    confirmation = client.get(response["Location"]).content.decode()
    assert submission.reference in confirmation
    assert "testy@example.com" in confirmation

    consent = ConsentRecord.objects.get(submission=submission)
    assert consent.publish_anonymised and consent.use_photos and not consent.use_first_name
    assert consent.text_version and consent.language == "en" and consent.given_at
    assert consent.verified_at is None

    # Only the verification email so far, with text and HTML parts.
    assert len(outbox) == 1
    verify_email = outbox[0]
    assert verify_email.to == ["testy@example.com"]
    assert verify_email.alternatives[0][1] == "text/html"
    path = link_path(verify_email.body, "verify")
    assert path in verify_email.alternatives[0][0]

    # Not in the editors' inbox until verified.
    assert not Submission.objects.for_editors().exists()

    page = client.get(path)
    assert "Confirm your email address" in page.content.decode()
    done = client.post(path)
    assert "Your story has been sent" in done.content.decode()
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.NEW and submission.verified_at
    assert submission.consent.verified_at is not None
    assert Submission.objects.for_editors().get() == submission

    kinds = {m.subject: m for m in outbox}
    ack = next(m for m in outbox if submission.reference in m.subject)
    assert "/withdraw/" in ack.body and ack.alternatives
    editor_mail = next(m for m in outbox if m.to == ["editor@example.com"])
    # Editors' notification carries no personal data.
    for secret in ("Testy", "testy@example.com", "Mould grew"):
        assert secret not in editor_mail.body and secret not in editor_mail.alternatives[0][0]
    assert len(kinds) == 3

    # Verifying again changes nothing and sends nothing more.
    client.post(path)
    assert len(outbox) == 3


def test_landlord_completes_the_form(client, home_page, outbox):
    answer_all(client, "landlord")
    html = client.get("/share-your-story/landlord/check-your-answers/").content.decode()
    assert "Example Homes" in html and "Named contacts" in html
    send(client, "landlord")
    submission = Submission.objects.get()
    assert submission.kind == "landlord"
    assert submission.consent.publish_organisation_name is True
    assert outbox[0].to == ["alex@example-homes.example"]
    client.post(link_path(outbox[0].body, "verify"))
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.NEW


def test_landlord_must_use_a_work_email(client, home_page):
    begin(client, "landlord")
    response = client.post(
        step_url("landlord", "contact-details"),
        {"full_name": "A", "sender_role": "B", "email": "someone@gmail.com"},
    )
    assert response.status_code == 400
    assert "not a personal one" in response.content.decode()


def test_double_submit_makes_one_submission_and_one_email(client, home_page, outbox):
    answer_all(client)
    first = send(client)
    second = send(client)
    assert Submission.objects.count() == 1
    assert first.status_code == second.status_code == 302
    assert second["Location"].endswith("/confirmation/")
    assert OutboundEmail.objects.filter(kind=EmailKind.VERIFY).count() == 1
    assert len(outbox) == 1


def test_check_answers_sends_people_to_unanswered_questions(client, home_page):
    begin(client)
    client.post(step_url("resident", "problem"), {"themes": ["safety"]})
    response = client.get("/share-your-story/check-your-answers/")
    assert response.status_code == 302
    assert response["Location"].endswith("/your-landlord/")


def test_change_link_returns_to_check_answers(client, home_page):
    answer_all(client)
    response = client.post(step_url("resident", "region") + "?return=check", {"region": "london"})
    assert response["Location"].endswith("/check-your-answers/")
    assert Submission.objects.get().region == "london"


def test_changing_stage_to_ombudsman_asks_the_new_question(client, home_page):
    answer_all(client, overrides={"complaint-stage": {"complaint_stage": "stage_1"}})
    assert "ombudsman" not in Submission.objects.get().answered_steps
    client.post(step_url("resident", "complaint-stage") + "?return=check", {"complaint_stage": "ombudsman"})
    response = client.get("/share-your-story/check-your-answers/")
    assert response["Location"].endswith("/ombudsman/")


def test_back_link_goes_to_the_previous_question(client, home_page):
    begin(client)
    html = client.get(step_url("resident", "your-landlord")).content.decode()
    assert 'class="govuk-back-link"' in html and 'href="/share-your-story/problem/"' in html


def test_steps_without_a_draft_go_to_the_start(client, home_page):
    response = client.get(step_url("resident", "your-story"))
    assert response.status_code == 302 and response["Location"] == "/share-your-story/"


def test_unknown_step_is_404(client, home_page):
    begin(client)
    assert client.get(step_url("resident", "nonsense")).status_code == 404


def test_someone_elses_draft_is_not_reachable(client, home_page):
    other = type(client)()
    answer_all(other)
    response = client.get("/share-your-story/check-your-answers/")
    assert response.status_code == 302 and response["Location"] == "/share-your-story/"


def test_photos_step_adds_and_removes_photos(client, home_page):
    begin(client)
    url = step_url("resident", "photos")
    upload = SimpleUploadedFile("wall.jpg", jpeg_bytes(gps=True), content_type="image/jpeg")
    response = client.post(url, {"photos": [upload], "action": "upload"})
    assert response.status_code == 302
    submission = Submission.objects.get()
    photo = submission.photos.get()
    # The person can see their own photo; nobody else can.
    assert client.get(f"/share-your-story/photo/{photo.pk}/").status_code == 200
    assert type(client)().get(f"/share-your-story/photo/{photo.pk}/").status_code == 404
    page = client.get(url).content.decode()
    assert "You have added 1 photo" in page
    client.post(url, {"remove": str(photo.pk)})
    assert not submission.photos.exists()


def test_rate_limit_gives_a_friendly_429(client, home_page, settings):
    settings.SUBMISSION_RATE_LIMIT = "2/h"
    for _ in range(2):
        client.post("/share-your-story/check-your-answers/")
    response = client.post("/share-your-story/check-your-answers/")
    assert response.status_code == 429
    assert "too many attempts" in response.content.decode()


def test_honeypot_blocks_automated_sending_without_losing_answers(client, home_page, outbox):
    answer_all(client)
    response = client.post("/share-your-story/check-your-answers/", {"website": "http://spam.example"})
    assert response.status_code == 400
    assert "filled in automatically" in response.content.decode()
    submission = Submission.objects.get()
    assert submission.status == SubmissionStatus.DRAFT and submission.story
    assert outbox == []


def test_csrf_is_enforced(home_page):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    assert strict.post("/share-your-story/begin/").status_code == 403


def test_email_failure_keeps_the_submission_and_retries(client, home_page, settings, outbox):
    settings.EMAIL_BACKEND = "tests.casestudies.failing_backend.FailingBackend"
    answer_all(client)
    send(client)
    submission = Submission.objects.get()
    assert submission.status == SubmissionStatus.AWAITING_VERIFICATION
    outbound = OutboundEmail.objects.get(kind=EmailKind.VERIFY)
    assert outbound.status == EmailStatus.FAILED and outbound.attempts == 1
    assert outbound.last_error == "AnymailAPIError (HTTP 503)"
    assert "testy" not in outbound.last_error
    assert outbound.next_attempt_at is not None

    # The provider is back: the retry sends it.
    settings.EMAIL_BACKEND = "anymail.backends.test.EmailBackend"
    from django.core.management import call_command
    from django.utils import timezone

    OutboundEmail.objects.update(next_attempt_at=timezone.now())
    call_command("send_pending_emails")
    outbound.refresh_from_db()
    assert outbound.status == EmailStatus.SENT and outbound.attempts == 2
    assert len(outbox) == 1


def test_failed_email_is_retried_by_the_background_worker(client, home_page, settings):
    """With a backend that can defer (the database worker), a retry is enqueued for later."""
    from django_tasks_db.models import DBTaskResult

    settings.EMAIL_BACKEND = "tests.casestudies.failing_backend.FailingBackend"
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    answer_all(client)
    send(client)
    queued = DBTaskResult.objects.filter(task_path="casestudies.tasks.send_email_task")
    assert queued.count() == 1
    from django.core.management import call_command

    call_command("db_worker", batch=True, verbosity=0)
    outbound = OutboundEmail.objects.get(kind=EmailKind.VERIFY)
    assert outbound.status == EmailStatus.FAILED and outbound.attempts == 1
    deferred = queued.exclude(status="SUCCESSFUL")
    assert deferred.count() == 1 and deferred.get().run_after is not None


def test_unverified_submissions_expire(client, home_page, outbox):
    from datetime import timedelta

    from django.core.management import call_command
    from django.utils import timezone

    answer_all(client)
    send(client)
    path = link_path(outbox[0].body, "verify")
    Submission.objects.update(submitted_at=timezone.now() - timedelta(days=30))
    OutboundEmail.objects.update(created_at=timezone.now() - timedelta(days=30))  # the link's age counts
    call_command("expire_unverified")
    assert Submission.objects.get().status == SubmissionStatus.EXPIRED
    response = client.post(path)
    assert response.status_code == 410
    assert Submission.objects.get().status == SubmissionStatus.EXPIRED


def test_tampered_and_wrong_purpose_links_are_refused(client, home_page, outbox):
    answer_all(client)
    send(client)
    path = link_path(outbox[0].body, "verify")
    token = path.rstrip("/").rsplit("/", 1)[1]
    assert client.get(path[:-3] + "xx/").status_code == 404
    assert client.get(f"/share-your-story/withdraw/{token}/").status_code == 404
    assert client.get(f"/share-your-story/resume/{token}/").status_code == 404


def test_withdrawal_link_withdraws(client, home_page, outbox):
    answer_all(client)
    send(client)
    client.post(link_path(outbox[0].body, "verify"))
    ack = next(m for m in outbox if "/withdraw/" in m.body)
    path = link_path(ack.body, "withdraw")
    assert "Withdraw your story" in client.get(path).content.decode()
    response = client.post(path)
    assert "Your story has been withdrawn" in response.content.decode()
    submission = Submission.objects.get()
    assert submission.status == SubmissionStatus.WITHDRAWN and submission.withdrawn_at
    assert submission.consent.withdrawn_at is not None


def test_emails_are_sent_in_the_submitters_language(client, home_page, outbox):
    answer_all(client, overrides={"language": {"preferred_language": "ar"}})
    send(client)
    path = link_path(outbox[0].body, "verify")
    assert path.startswith("/ar/share-your-story/verify/")
    assert 'dir="rtl"' in outbox[0].alternatives[0][0]


@pytest.mark.parametrize("flow", ["resident", "landlord"])
def test_every_step_renders_with_one_h1_and_a_title(client, home_page, flow):
    from casestudies.flows import FLOWS

    begin(client, flow)
    for step in FLOWS[flow].steps:
        response = client.get(step_url(flow, step.slug))
        if response.status_code == 302:
            continue
        html = response.content.decode()
        assert html.count("<h1") == 1, step.slug
        assert "<title>" in html and "Make Things Right</title>" in html
        assert 'name="csrfmiddlewaretoken"' in html
    assert PREFIX[flow]
