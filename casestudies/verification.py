"""A new link to confirm the address, for a story still waiting for it.

The first email can be lost (a spam filter, a mistyped provider, an outage longer than
our retries). The storyteller can ask again from the "check your email" page (their own
session) or with their reference and address (privacy.rights.story_link_request). Each
new link gives the story another ``VERIFICATION_LINK_MAX_AGE_DAYS`` before it expires
(casestudies.services.submission_expire_unverified counts from the latest link), up to
``VERIFICATION_EMAILS_MAX`` emails in all, so an address cannot be sent links for ever.
"""

from __future__ import annotations

from django.conf import settings
from django.db import transaction

from wagtail.log_actions import log

from . import emails
from .choices import EmailKind, SubmissionStatus
from .models import Submission


@transaction.atomic
def verification_link_resend(*, submission: Submission) -> bool:
    """Queue a new confirmation email if the story still waits for one. Returns whether one
    was queued; the caller's page says the same thing either way."""
    current = Submission.objects.select_for_update().filter(pk=submission.pk).first()
    if current is None or current.status != SubmissionStatus.AWAITING_VERIFICATION or not current.email:
        return False
    if current.emails.filter(kind=EmailKind.VERIFY).count() >= settings.VERIFICATION_EMAILS_MAX:
        return False
    emails.email_queue(submission=current, kind=EmailKind.VERIFY)
    log(instance=current, action="casestudies.verification_resent", data={})
    return True
