"""The storyteller's rights, in one place: their own page, stopping one use, asking for
more to be removed, withdrawing the story, renewing consent, and a new link to the page.

Opened from a signed link in every email they get (``LinkPurpose.STORY``); a new link
can be asked for with the reference and email address, and the answer never says
whether they matched. Every change of state goes through casestudies.lifecycle, the same
service every other door calls, so a withdrawal here has exactly the effects of one
through the email link, a lapsed renewal or an erasure.
"""

from __future__ import annotations

import hmac
import logging
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from wagtail.log_actions import log

from casestudies import emails, lifecycle
from casestudies.choices import ConsentScope, EmailKind, SubmissionStatus
from casestudies.models import ConsentRecord, Submission
from casestudies.verification import verification_link_resend
from moderation.publication import removal_request_keep

logger = logging.getLogger(__name__)

MAX_REQUEST_LENGTH = 2000


def withdrawable_scopes(consent: ConsentRecord | None) -> list[ConsentScope]:
    """Scopes given and not yet taken back (media contact only for residents' stories)."""
    if consent is None or consent.withdrawn_at:
        return []
    return [scope for scope in ConsentScope if getattr(consent, scope.value, False)]


def can_change(submission: Submission) -> bool:
    """Still something to take back: verified, and neither withdrawn nor erased."""
    return lifecycle.allowed(submission, "use_withdrawn") and not submission.erased_at


@transaction.atomic
def consent_scope_withdraw(*, submission: Submission, scope: str) -> bool:
    """Take back one part of the consent. Returns False if there was nothing to take back."""
    submission = Submission.objects.select_for_update().get(pk=submission.pk)
    if scope not in [s.value for s in withdrawable_scopes(submission.consent)] or not can_change(submission):
        return False
    lifecycle.story_use_withdrawn(submission=submission, scope=scope)
    return True


def story_withdraw(*, submission: Submission) -> bool:
    """Withdraw the whole story from the storyteller's page (lifecycle.story_withdrawn)."""
    _submission, changed = lifecycle.story_withdrawn(submission=submission, door="story_page")
    return changed


@transaction.atomic
def removal_request(*, submission: Submission, text: str) -> bool:
    """The storyteller asks for more to be removed: kept privately for the editors."""
    text = " ".join((text or "").split())[:MAX_REQUEST_LENGTH]
    if not text or not can_change(submission):
        return False
    removal_request_keep(submission=submission, text=text)
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
                lifecycle.story_renewal_lapsed(submission=submission)
                lapsed += 1
        elif consent.renewal_requested_at is None:
            if consent_renewal_due(consent, now):
                consent.renewal_requested_at = now
                consent.save(update_fields=["renewal_requested_at"])
                emails.email_queue(submission=submission, kind=EmailKind.CONSENT_RENEWAL)
                log(instance=submission, action="casestudies.renewal_requested", data={})
                asked += 1
        elif consent.renewal_requested_at <= now - timedelta(days=settings.CONSENT_RENEWAL_DEADLINE_DAYS):
            lifecycle.story_renewal_lapsed(submission=submission)
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
    if matches and submission.status == SubmissionStatus.AWAITING_VERIFICATION:
        # Not confirmed yet: what they need is the link to confirm, not the story's page.
        verification_link_resend(submission=submission)
    elif matches and submission.status not in (SubmissionStatus.DRAFT, SubmissionStatus.EXPIRED):
        emails.email_queue(submission=submission, kind=EmailKind.STORY_LINK)
        log(instance=submission, action="casestudies.story_link_requested", data={})
