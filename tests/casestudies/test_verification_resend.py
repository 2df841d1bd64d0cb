"""A new link to confirm the address: from the check-your-email page, or with the
reference and address; each one gives the story more time, up to a limit."""

from datetime import timedelta

import pytest

from django.utils import timezone

from casestudies.choices import EmailKind, SubmissionStatus
from casestudies.models import OutboundEmail, Submission
from casestudies.services import submission_expire_unverified
from casestudies.verification import verification_link_resend
from tests.factories.casestudies import SubmissionFactory

pytestmark = pytest.mark.django_db

CONFIRMATION = "/share-your-story/confirmation/"
SEND_AGAIN = "/share-your-story/confirmation/send-again/"


def _waiting(**fields) -> Submission:
    submission = SubmissionFactory(status=SubmissionStatus.AWAITING_VERIFICATION, verified_at=None, **fields)
    OutboundEmail.objects.create(submission=submission, kind=EmailKind.VERIFY)  # the first email
    return submission


def _verify_emails(submission: Submission) -> int:
    return OutboundEmail.objects.filter(submission=submission, kind=EmailKind.VERIFY).count()


def _sent_in_this_session(client, submission: Submission, flow: str = "resident") -> None:
    session = client.session
    session[f"mtr:{flow}:done"] = submission.pk
    session.save()


def test_the_check_your_email_page_offers_to_send_it_again(client, home_page):
    submission = _waiting()
    _sent_in_this_session(client, submission)

    html = client.get(CONFIRMATION).content.decode()
    assert "Send the email again" in html and f'action="{SEND_AGAIN}"' in html

    response = client.post(SEND_AGAIN)
    assert response.status_code == 302 and response["Location"] == CONFIRMATION + "?sent=1"
    assert _verify_emails(submission) == 2
    page = client.get(response["Location"]).content.decode()
    assert f"We have sent a new email to {submission.email}" in page
    assert 'role="alert"' in page


def test_sending_again_stops_at_the_limit_and_says_so(client, home_page, settings):
    settings.VERIFICATION_EMAILS_MAX = 3
    submission = _waiting()
    _sent_in_this_session(client, submission)
    locations = [client.post(SEND_AGAIN)["Location"] for _ in range(4)]
    assert locations == [CONFIRMATION + "?sent=1"] * 2 + [CONFIRMATION + "?sent=0"] * 2
    assert _verify_emails(submission) == 3
    page = client.get(CONFIRMATION + "?sent=0").content.decode()
    assert "We cannot send another email for this story" in page
    assert "We have sent a new email" not in page


def test_only_the_story_sent_in_this_session_and_only_while_it_waits(client, home_page):
    submission = _waiting()
    # Another browser: no story in its session; nothing sent, back to the start.
    response = client.post(SEND_AGAIN)
    assert response.status_code == 302 and response["Location"] == "/share-your-story/"
    assert _verify_emails(submission) == 1
    # Confirmed already: nothing to send, and no button.
    Submission.objects.filter(pk=submission.pk).update(status=SubmissionStatus.NEW)
    _sent_in_this_session(client, submission)
    assert client.post(SEND_AGAIN)["Location"] == CONFIRMATION
    assert _verify_emails(submission) == 1
    assert "Send the email again" not in client.get(CONFIRMATION).content.decode()


def test_the_button_is_a_post_with_a_csrf_check(client, home_page):
    submission = _waiting()
    _sent_in_this_session(client, submission)
    assert client.get(SEND_AGAIN).status_code == 405
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.cookies = client.cookies
    assert strict.post(SEND_AGAIN).status_code == 403
    assert _verify_emails(submission) == 1


def test_the_landlord_journey_has_its_own_button(client, home_page):
    submission = _waiting(kind="landlord")
    _sent_in_this_session(client, submission, flow="landlord")
    url = "/share-your-story/landlord/confirmation/send-again/"
    assert url in client.get("/share-your-story/landlord/confirmation/").content.decode()
    assert client.post(url)["Location"] == "/share-your-story/landlord/confirmation/?sent=1"
    assert client.post("/share-your-story/nobody/confirmation/send-again/").status_code == 404


@pytest.mark.parametrize("email", ["", "   ", "x" * 300, "<script>alert(1)</script>", "a@b"])
def test_the_reference_and_address_form_sends_a_confirmation_link_when_not_confirmed(
    client, home_page, email
):
    submission = _waiting()
    answer = client.post(
        "/your-story/", {"reference": submission.reference, "email": submission.email.upper()}
    )
    assert answer.status_code == 200
    assert _verify_emails(submission) == 2
    assert not OutboundEmail.objects.filter(submission=submission, kind=EmailKind.STORY_LINK).exists()
    # Wrong, empty, huge and hostile addresses send nothing, and the page does not tell.
    client.post("/your-story/", {"reference": submission.reference, "email": email})
    assert _verify_emails(submission) == 2


def test_a_new_link_gives_the_story_more_time_before_it_expires(settings):
    now = timezone.now()
    days = settings.VERIFICATION_LINK_MAX_AGE_DAYS
    old = _waiting(submitted_at=now - timedelta(days=days + 1))
    OutboundEmail.objects.filter(submission=old).update(created_at=now - timedelta(days=days + 1))
    asked_again = _waiting(submitted_at=now - timedelta(days=days + 1))
    OutboundEmail.objects.filter(submission=asked_again).update(created_at=now - timedelta(days=days + 1))
    OutboundEmail.objects.create(
        submission=asked_again, kind=EmailKind.VERIFY, created_at=now - timedelta(days=1)
    )
    # Other emails (a resume link, say) do not count.
    OutboundEmail.objects.create(submission=old, kind=EmailKind.RESUME, created_at=now)

    assert submission_expire_unverified(now=now) == 1
    old.refresh_from_db(), asked_again.refresh_from_db()
    assert old.status == SubmissionStatus.EXPIRED
    assert asked_again.status == SubmissionStatus.AWAITING_VERIFICATION
    later = now + timedelta(days=days)
    assert submission_expire_unverified(now=later) == 1


def test_resend_is_logged_and_refused_for_other_states():
    from wagtail.models import ModelLogEntry

    waiting = _waiting()
    assert verification_link_resend(submission=waiting)
    assert ModelLogEntry.objects.filter(action="casestudies.verification_resent").count() == 1
    for status in (
        SubmissionStatus.DRAFT,
        SubmissionStatus.NEW,
        SubmissionStatus.EXPIRED,
        SubmissionStatus.WITHDRAWN,
    ):
        other = _waiting()
        Submission.objects.filter(pk=other.pk).update(status=status)
        assert not verification_link_resend(submission=other)
    no_address = _waiting(email="")
    assert not verification_link_resend(submission=no_address)


def test_an_expired_confirmation_link_points_to_a_new_one(client, home_page):
    html = client.get("/share-your-story/verify/not-a-real-token/").content.decode()
    assert "Get a new link to confirm your email address" in html and 'href="/your-story/"' in html
