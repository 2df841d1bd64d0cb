"""The storyteller's own page, without an account: what happened to their story, what
they agreed to, and taking any of it back.

Opened from a signed link in every email they get (``LinkPurpose.STORY``); a new link
can be asked for with the reference and email address, and the answer never says
whether they matched. Withdrawing one consent scope or the whole story takes effect at
once: moderation listens to the signals below and republishes or unpublishes every
page made from the story, in every language (moderation.publication).
"""

from __future__ import annotations

import hmac
import logging
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from wagtail.log_actions import log

from . import emails, signals
from .choices import ConsentScope, EmailKind, SubmissionStatus
from .models import ConsentRecord, Submission

logger = logging.getLogger(__name__)

MAX_REQUEST_LENGTH = 2000


@dataclass(frozen=True)
class PublishedVersion:
    language: str
    title: str
    summary: str
    url: str


def published_versions(submission: Submission) -> list[PublishedVersion]:
    """The live pages made from the story, original language first."""
    from cms_site.locales import language_code_for

    from .pages import CaseStudyPage

    pages = CaseStudyPage.objects.live().filter(submission=submission)
    versions = [
        PublishedVersion(
            language_code_for(page.locale_id), page.title, page.summary, page.full_url or page.url
        )
        for page in pages
    ]
    return sorted(versions, key=lambda version: version.language != submission.language)


def withdrawable_scopes(consent: ConsentRecord | None) -> list[ConsentScope]:
    """Scopes given and not yet taken back (media contact only for residents' stories)."""
    if consent is None or consent.withdrawn_at:
        return []
    return [scope for scope in ConsentScope if getattr(consent, scope.value, False)]


def can_change(submission: Submission) -> bool:
    return submission.status not in (
        SubmissionStatus.WITHDRAWN,
        SubmissionStatus.EXPIRED,
        SubmissionStatus.DRAFT,
    )


@transaction.atomic
def consent_scope_withdraw(*, submission: Submission, scope: str) -> bool:
    """Take back one part of the consent. Returns False if there was nothing to take back."""
    submission = Submission.objects.select_for_update().get(pk=submission.pk)
    consent = submission.consent
    if scope not in ConsentScope.values or scope not in [s.value for s in withdrawable_scopes(consent)]:
        return False
    if not can_change(submission):
        return False
    now = timezone.now()
    setattr(consent, scope, False)
    consent.withdrawn_scopes = {**consent.withdrawn_scopes, scope: now.isoformat()}
    consent.save(update_fields=[scope, "withdrawn_scopes"])
    log(instance=submission, action="casestudies.scope_withdrawn", data={"scope": scope})
    signals.consent_scope_withdrawn.send(sender=Submission, submission=submission, scope=scope)
    emails.email_queue(submission=submission, kind=EmailKind.CONSENT_CHANGED)
    emails.email_queue(submission=submission, kind=EmailKind.EDITOR_STORY_CHANGE)
    return True


@transaction.atomic
def story_withdraw(*, submission: Submission) -> bool:
    """Withdraw the whole story: unpublished everywhere at once, editors told, confirmed."""
    from . import services

    submission, changed = services.submission_withdraw(submission=submission)
    if changed:
        log(instance=submission, action="casestudies.withdrawn", data={})
        emails.email_queue(submission=submission, kind=EmailKind.WITHDRAWAL_CONFIRMED)
        emails.email_queue(submission=submission, kind=EmailKind.EDITOR_STORY_CHANGE)
    return changed


@transaction.atomic
def removal_request(*, submission: Submission, text: str) -> bool:
    """The storyteller asks for more to be removed: kept privately for the editors."""
    text = " ".join((text or "").split())[:MAX_REQUEST_LENGTH]
    if not text or not can_change(submission):
        return False
    signals.removal_requested.send(sender=Submission, submission=submission, text=text)
    log(instance=submission, action="casestudies.removal_requested", data={"length": len(text)})
    emails.email_queue(submission=submission, kind=EmailKind.EDITOR_STORY_CHANGE)
    return True


@transaction.atomic
def consent_renew(*, submission: Submission) -> bool:
    """The storyteller keeps their story published after the renewal email."""
    consent = submission.consent
    if consent is None or consent.withdrawn_at or submission.status != SubmissionStatus.PUBLISHED:
        return False
    consent.renewed_at = timezone.now()
    consent.renewal_requested_at = None
    consent.save(update_fields=["renewed_at", "renewal_requested_at"])
    log(instance=submission, action="casestudies.consent_renewed", data={})
    return True


def consent_renewal_due(consent: ConsentRecord, now=None) -> bool:
    now = now or timezone.now()
    since = consent.renewed_at or consent.verified_at or consent.given_at
    return since <= now - timedelta(days=round(settings.CONSENT_RENEWAL_MONTHS * 365.25 / 12))


def consent_renewals(*, now=None) -> tuple[int, int]:
    """Ask for renewal of old consents on published stories; unpublish those not renewed
    by the deadline. Returns (asked, lapsed). Run daily (manage.py consent_renewals)."""
    now = now or timezone.now()
    asked = lapsed = 0
    published = Submission.objects.filter(status=SubmissionStatus.PUBLISHED)
    for submission in published.prefetch_related("consents"):
        consent = submission.consent
        if consent is None or consent.withdrawn_at:
            continue
        if consent.renewal_requested_at is None and not submission.email:
            if consent_renewal_due(consent, now):  # no address left to ask: the consent lapses
                with transaction.atomic():
                    from . import services

                    services.submission_withdraw(submission=submission)
                    log(instance=submission, action="casestudies.consent_lapsed", data={})
                lapsed += 1
        elif consent.renewal_requested_at is None:
            if consent_renewal_due(consent, now):
                consent.renewal_requested_at = now
                consent.save(update_fields=["renewal_requested_at"])
                emails.email_queue(submission=submission, kind=EmailKind.CONSENT_RENEWAL)
                log(instance=submission, action="casestudies.renewal_requested", data={})
                asked += 1
        elif consent.renewal_requested_at <= now - timedelta(days=settings.CONSENT_RENEWAL_DEADLINE_DAYS):
            with transaction.atomic():
                from . import services

                services.submission_withdraw(submission=submission)
                log(instance=submission, action="casestudies.consent_lapsed", data={})
            lapsed += 1
    return asked, lapsed


def story_link_request(*, reference: str, email: str) -> None:
    """Email a new link to the storyteller's page if the reference and address match.

    Says nothing either way to the caller: the page shown is the same, and the time
    taken does not depend on the match (the address is compared in constant time).
    """
    reference = (reference or "").strip().upper()[:32]
    email = (email or "").strip().lower()[:254]
    submission = Submission.objects.filter(reference=reference).exclude(erased_at__isnull=False).first()
    matches = submission is not None and hmac.compare_digest(
        (submission.email or "").strip().lower().encode(), email.encode()
    )
    if matches and submission.status not in (SubmissionStatus.DRAFT, SubmissionStatus.EXPIRED):
        emails.email_queue(submission=submission, kind=EmailKind.STORY_LINK)
        log(instance=submission, action="casestudies.story_link_requested", data={})
