"""Moderation's emails to submitters, rendered by casestudies' queue in their language."""

from __future__ import annotations

from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from casestudies.audience import routes_for
from casestudies.choices import EmailKind
from casestudies.emails import link_for, register_email_kind
from casestudies.models import Submission
from casestudies.tokens import LinkPurpose


def _storyteller_preview(submission: Submission, context: dict) -> str:
    context["link"] = link_for(submission, LinkPurpose.CHECK, routes_for(submission.kind).check)
    context["days"] = settings.STORYTELLER_APPROVAL_DAYS
    consent = submission.consent
    context["publish_without_reply"] = bool(consent and consent.publish_without_reply)
    subject = (
        _("Check your case study before we publish it: %(reference)s")
        if submission.is_landlord
        else _("Check your anonymised story before we publish it: %(reference)s")
    )
    return subject % {"reference": submission.reference}


def _story_rejected(submission: Submission, context: dict) -> str:
    review = getattr(submission, "review", None)
    reason = review.rejection_reason if review else None
    context["reason_message"] = reason.message_in(get_language()) if reason else ""
    subject = (
        _("About your case study: %(reference)s")
        if submission.is_landlord
        else _("About your story: %(reference)s")
    )
    return subject % {"reference": submission.reference}


def register() -> None:
    register_email_kind(EmailKind.STORYTELLER_PREVIEW, _storyteller_preview)
    register_email_kind(EmailKind.STORY_REJECTED, _story_rejected)
