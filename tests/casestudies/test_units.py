"""References, signed links, text cleaning and email rendering."""

import re
from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from django.utils import timezone

from casestudies.choices import EmailKind
from casestudies.emails import email_render, retry_delay
from casestudies.forms import clean_text
from casestudies.models import OutboundEmail
from casestudies.references import ALPHABET, reference_generate, reference_is_valid, reference_normalise
from casestudies.tokens import LinkError, LinkPurpose, token_make, token_read
from tests.factories.casestudies import LandlordSubmissionFactory, SubmissionFactory
from tests.factories.users import UserFactory


def test_references_are_short_and_unambiguous():
    refs = {reference_generate() for _ in range(2000)}
    assert len(refs) == 2000
    for ref in refs:
        assert re.fullmatch(r"MTR-[A-Z0-9]{4}-[A-Z0-9]{4}", ref) and reference_is_valid(ref)
    assert not set("01OILUV") & set(ALPHABET)


def test_reference_normalise_accepts_what_people_type():
    assert reference_normalise(" mtr 7k3q 9f2d ") == "MTR-7K3Q-9F2D"
    assert reference_normalise("7K3Q9F2D") == "MTR-7K3Q-9F2D"


def test_tokens_round_trip_and_are_bound_to_purpose():
    token = token_make(purpose=LinkPurpose.VERIFY, submission_id=7, reference="MTR-2222-3333")
    assert token_read(purpose=LinkPurpose.VERIFY, token=token) == (7, "MTR-2222-3333")
    with pytest.raises(LinkError):
        token_read(purpose=LinkPurpose.WITHDRAW, token=token)
    with pytest.raises(LinkError):
        token_read(purpose=LinkPurpose.VERIFY, token=token + "x")


@given(st.text())
def test_token_read_never_crashes(garbage):
    with pytest.raises(LinkError):
        token_read(purpose=LinkPurpose.RESUME, token=garbage)


@given(st.text())
def test_clean_text_never_leaves_hidden_characters(text):
    cleaned = clean_text(text)
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\u202a-\u202e\u2066-\u2069]", cleaned)
    assert cleaned == cleaned.strip()


def test_retry_delay_backs_off_and_caps():
    assert [retry_delay(n).total_seconds() for n in (1, 2, 3)] == [60, 120, 240]
    assert retry_delay(7).total_seconds() == 60 * 60
    assert retry_delay(30).total_seconds() == 60 * 60
    assert retry_delay(10_000).total_seconds() == 60 * 60


def test_retry_schedule_spans_a_day_of_provider_outage(settings):
    """Computed, not timed: the waits between the first and the last attempt add up to 24 h or more."""
    waits = [retry_delay(n) for n in range(1, settings.EMAIL_MAX_ATTEMPTS)]
    assert sum(waits, timedelta()) >= timedelta(hours=24)
    # ...and not much more: one wait fewer would fall short.
    assert sum(waits[:-1], timedelta()) < timedelta(hours=24)


@pytest.mark.django_db
def test_email_is_retried_through_a_day_of_outage_then_given_up(settings, monkeypatch):
    """The clock is moved to each retry (nothing waits): tries go on past 24 h, the last one gives up."""
    from casestudies.choices import EmailStatus
    from casestudies.emails import email_send

    settings.EMAIL_BACKEND = "tests.casestudies.failing_backend.FailingBackend"
    start = timezone.now()
    clock = [start]
    monkeypatch.setattr(timezone, "now", lambda: clock[0])
    outbound = OutboundEmail.objects.create(submission=SubmissionFactory(), kind=EmailKind.VERIFY)
    for attempt in range(1, settings.EMAIL_MAX_ATTEMPTS):
        assert email_send(outbound_id=outbound.pk) == EmailStatus.FAILED
        outbound.refresh_from_db()
        assert outbound.attempts == attempt and outbound.next_attempt_at > clock[0]
        clock[0] = outbound.next_attempt_at
    assert clock[0] - start >= timedelta(hours=24)
    assert email_send(outbound_id=outbound.pk) == EmailStatus.GAVE_UP
    outbound.refresh_from_db()
    assert outbound.attempts == settings.EMAIL_MAX_ATTEMPTS and outbound.next_attempt_at is None


@pytest.mark.django_db
@pytest.mark.parametrize(
    "kind", [EmailKind.VERIFY, EmailKind.ACKNOWLEDGE, EmailKind.RESUME, EmailKind.EDITOR_NOTIFICATION]
)
@pytest.mark.parametrize("factory", [SubmissionFactory, LandlordSubmissionFactory])
def test_every_email_has_text_and_html_and_editor_mail_has_no_personal_data(kind, factory):
    UserFactory(groups=["Comms editors"], email="ed@example.com")
    submission = factory(full_name="Pat Private", email="pat@example.com", story="Secret story words")
    rendered = email_render(OutboundEmail.objects.create(submission=submission, kind=kind))
    assert rendered.subject and rendered.text.strip() and "<html" in rendered.html
    if kind == EmailKind.EDITOR_NOTIFICATION:
        assert rendered.to == ["ed@example.com"]
        for secret in ("Pat Private", "pat@example.com", "Secret story"):
            assert secret not in rendered.text + rendered.html + rendered.subject
        assert submission.reference in rendered.text
    else:
        assert rendered.to == ["pat@example.com"]
        assert "http://testserver/" in rendered.text
        assert "gov.uk/social-housing-complaints" in rendered.text


@pytest.mark.django_db
def test_emails_follow_the_preferred_language_direction():
    submission = SubmissionFactory(preferred_language="ur")
    rendered = email_render(OutboundEmail.objects.create(submission=submission, kind=EmailKind.ACKNOWLEDGE))
    assert 'lang="ur" dir="rtl"' in rendered.html
    assert "/ur/share-your-story/withdraw/" in rendered.text
