"""Emails to submitters and editors: queued, rendered at send time, retried on failure.

Every message is an anymail ``AnymailMessage`` with a plain-text and an HTML part,
so any ESP configured through django-anymail sends it. The queue row keeps only the
kind and the submission: the text is rendered when sent, in the submitter's
language, so no copy of personal data waits in the queue. Emails to editors carry
no personal data at all: the reference, the type, the themes and a link.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from anymail.message import AnymailMessage
from django_tasks import default_task_backend

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from cms_site.public_urls import admin_url, public_url

from .audience import organisation_shown, routes_for, scope_labels
from .choices import EmailKind, EmailStatus
from .models import OutboundEmail, Submission
from .tokens import LinkPurpose, token_make

logger = logging.getLogger(__name__)

EDITORS_GROUP = "Comms editors"


# Other apps add kinds of email to submitters: kind -> function(submission, context) -> subject.
# The function fills the template context (in the submitter's language) and returns the subject.
EMAIL_BUILDERS: dict[str, Callable[[Submission, dict], str]] = {}


def register_email_kind(kind: str, build: Callable[[Submission, dict], str]) -> None:
    EMAIL_BUILDERS[kind] = build


@dataclass(frozen=True)
class RenderedEmail:
    to: list[str]
    subject: str
    text: str
    html: str


def email_queue(*, submission: Submission, kind: EmailKind) -> OutboundEmail:
    """Record an email to send and start sending it once the transaction commits."""
    outbound = OutboundEmail.objects.create(submission=submission, kind=kind)
    transaction.on_commit(lambda: _enqueue(outbound.pk))
    return outbound


def _enqueue(outbound_id: int, run_after=None) -> None:
    from .tasks import send_email_task

    task = send_email_task
    if run_after is not None:
        task = task.using(run_after=run_after)
    try:
        task.enqueue(outbound_id)
    except Exception:  # the queue itself failing must not lose the submission
        logger.exception("Could not enqueue email %s; send_pending_emails will pick it up", outbound_id)


def link_for(submission: Submission, purpose: LinkPurpose, url_name: str) -> str:
    token = token_make(purpose=purpose, submission_id=submission.pk, reference=submission.reference)
    return public_url(reverse(url_name, kwargs={"token": token}))


def submitter_language(submission: Submission) -> str:
    return submission.preferred_language or submission.language or settings.LANGUAGE_CODE


def editor_recipients() -> list[str]:
    users = get_user_model().objects.filter(groups__name=EDITORS_GROUP, is_active=True).exclude(email="")
    return sorted({u.email for u in users})


def email_render(outbound: OutboundEmail) -> RenderedEmail:
    """Render one queued email in the language its reader needs."""
    submission = outbound.submission
    kind = outbound.kind
    if kind in (EmailKind.EDITOR_NOTIFICATION, EmailKind.EDITOR_STORY_CHANGE):
        language, to = settings.LANGUAGE_CODE, editor_recipients()
    else:
        language, to = submitter_language(submission), [submission.email]
    with translation.override(language):
        context = {
            "submission": submission,
            "reference": submission.reference,
            "signpost_url": settings.CAMPAIGN["SIGNPOST_URL"],
            "signpost_text": settings.CAMPAIGN["SIGNPOST_TEXT"],
            "language_dir": "rtl" if translation.get_language_bidi() else "ltr",
            "language": language,
        }
        landlord = submission.is_landlord
        if kind != EmailKind.EDITOR_NOTIFICATION and kind != EmailKind.EDITOR_STORY_CHANGE:
            # Every email to the storyteller opens their own page: a resident's story's, or
            # a landlord's case study's (casestudies.audience).
            routes = routes_for(submission.kind)
            context["story_page_link"] = link_for(submission, LinkPurpose.STORY, routes.manage)
            context["organisation_shown"] = organisation_shown(submission=submission)
            # The campaign's signpost, to a landlord: for its residents.
            context["to_landlord"] = landlord
        if kind == EmailKind.VERIFY:
            subject = (
                _("Confirm your email address to send your case study")
                if submission.is_landlord
                else _("Confirm your email address to send your story")
            )
            context["link"] = link_for(submission, LinkPurpose.VERIFY, "casestudies:verify")
            context["days"] = settings.VERIFICATION_LINK_MAX_AGE_DAYS
        elif kind == EmailKind.ACKNOWLEDGE:
            subject = (
                _("We have your case study: reference %(reference)s")
                if submission.is_landlord
                else _("We have your story: reference %(reference)s")
            ) % context
            context["withdraw_link"] = link_for(submission, LinkPurpose.WITHDRAW, "privacy:withdraw")
        elif kind == EmailKind.RESUME:
            subject = (
                _("Your link to carry on with your case study")
                if landlord
                else _("Your link to carry on with your story")
            )
            context["link"] = link_for(submission, LinkPurpose.RESUME, "casestudies:resume")
            context["days"] = settings.RESUME_LINK_MAX_AGE_DAYS
        elif kind == EmailKind.EDITOR_NOTIFICATION:
            subject = _("New %(kind)s to review: %(reference)s") % {
                "kind": submission.get_kind_display().lower(),
                "reference": submission.reference,
            }
            context["admin_link"] = admin_url(
                reverse("wagtailsnippets_casestudies_submission:inspect", args=[submission.pk])
            )
        elif kind == EmailKind.STORY_PUBLISHED:
            from .selectors import published_versions

            subject = (
                _("Your case study is published: %(reference)s")
                if landlord
                else _("Your story is published: %(reference)s")
            ) % context
            context["versions"] = published_versions(submission)
        elif kind == EmailKind.STORY_LINK:
            subject = (
                _("Your link to your case study: %(reference)s")
                if landlord
                else _("Your link to your story: %(reference)s")
            ) % context
            context["days"] = settings.STORY_PAGE_LINK_MAX_AGE_DAYS
        elif kind == EmailKind.WITHDRAWAL_CONFIRMED:
            subject = (
                _("Your case study has been withdrawn: %(reference)s")
                if landlord
                else _("Your story has been withdrawn: %(reference)s")
            ) % context
            context.pop("story_page_link", None)
        elif kind == EmailKind.CONSENT_CHANGED:
            subject = (
                _("We have changed how we use your case study: %(reference)s")
                if landlord
                else _("We have changed how we use your story: %(reference)s")
            ) % context
            consent = submission.consent
            withdrawn = list((consent.withdrawn_scopes if consent else {}).keys())
            labels = scope_labels(submission=submission)
            context["scopes"] = ", ".join(str(labels[s]).lower() for s in withdrawn if s in labels)
        elif kind == EmailKind.CONSENT_RENEWAL:
            subject = (
                _("Can we keep publishing your case study? %(reference)s")
                if landlord
                else _("Can we keep publishing your story? %(reference)s")
            ) % context
            context["days"] = settings.CONSENT_RENEWAL_DEADLINE_DAYS
        elif kind == EmailKind.EDITOR_STORY_CHANGE:
            subject = _("A storyteller changed their story: %(reference)s") % context
            context["admin_link"] = admin_url(
                reverse("wagtailsnippets_casestudies_submission:inspect", args=[submission.pk])
            )
        elif kind in EMAIL_BUILDERS:
            subject = EMAIL_BUILDERS[kind](submission, context)
        else:  # pragma: no cover - every kind is handled above
            raise ValueError(kind)
        context["subject"] = subject
        text = render_to_string(f"casestudies/emails/{kind}.txt", context)
        html = render_to_string(f"casestudies/emails/{kind}.html", context)
    return RenderedEmail(to=to, subject=str(subject), text=text, html=html)


def email_send(*, outbound_id: int) -> str:
    """Send one queued email now. Failures are recorded and retried with back-off."""
    try:
        outbound = OutboundEmail.objects.select_related("submission").get(pk=outbound_id)
    except OutboundEmail.DoesNotExist:
        return "missing"
    if outbound.status in (EmailStatus.SENT, EmailStatus.GAVE_UP):
        return outbound.status
    outbound.attempts += 1
    try:
        rendered = email_render(outbound)
        if not rendered.to:
            outbound.status, outbound.last_error = EmailStatus.GAVE_UP, "no recipients"
            outbound.save(update_fields=["status", "last_error", "attempts"])
            return outbound.status
        message = AnymailMessage(
            subject=rendered.subject,
            body=rendered.text,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=rendered.to,
            tags=[f"mtr-{outbound.kind}"],
            metadata={"outbound_id": str(outbound.pk)},
        )
        message.attach_alternative(rendered.html, "text/html")
        message.send()
    except Exception as exc:  # any ESP or network failure: record it, keep the submission
        # Only the exception's type and status are kept: ESP messages can echo addresses.
        status = getattr(exc, "status_code", None)
        outbound.last_error = f"{type(exc).__name__}{f' (HTTP {status})' if status else ''}"[:255]
        if outbound.attempts >= settings.EMAIL_MAX_ATTEMPTS:
            outbound.status = EmailStatus.GAVE_UP
            outbound.next_attempt_at = None
        else:
            outbound.status = EmailStatus.FAILED
            outbound.next_attempt_at = timezone.now() + retry_delay(outbound.attempts)
        outbound.save(update_fields=["status", "attempts", "last_error", "next_attempt_at"])
        logger.warning("Email %s (%s) failed: %s", outbound.pk, outbound.kind, outbound.last_error)
        if outbound.status == EmailStatus.FAILED and default_task_backend.supports_defer:
            _enqueue(outbound.pk, run_after=outbound.next_attempt_at)
        return outbound.status
    outbound.status = EmailStatus.SENT
    outbound.sent_at = timezone.now()
    outbound.last_error = ""
    outbound.next_attempt_at = None
    outbound.save(update_fields=["status", "attempts", "sent_at", "last_error", "next_attempt_at"])
    return outbound.status


def retry_delay(attempts: int) -> timedelta:
    """How long to wait after failed attempt number ``attempts``: 1, 2, 4, 8... minutes,
    at most ``EMAIL_RETRY_MAX_DELAY_MINUTES`` (an hour). With ``EMAIL_MAX_ATTEMPTS`` (30)
    an email is tried for just over 24 hours before it is given up."""
    return timedelta(minutes=min(2 ** min(attempts - 1, 30), settings.EMAIL_RETRY_MAX_DELAY_MINUTES))


def email_send_due(*, now=None) -> int:
    """Send every email whose first try or retry is due (for workers without deferral)."""
    now = now or timezone.now()
    due = OutboundEmail.objects.filter(status__in=[EmailStatus.PENDING, EmailStatus.FAILED]).filter(
        next_attempt_at__isnull=True
    ) | OutboundEmail.objects.filter(status=EmailStatus.FAILED, next_attempt_at__lte=now)
    sent = 0
    for outbound_id in due.values_list("pk", flat=True):
        if email_send(outbound_id=outbound_id) == EmailStatus.SENT:
            sent += 1
    return sent
