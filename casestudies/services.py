"""Writes for the intake: start a draft, save answers, add photos, submit.

State changes go through casestudies.lifecycle, the one owner of a story's state.

Views and forms stay thin and call these. Each write is atomic; emails are queued
with ``transaction.on_commit`` so that a submission is always saved before any
email about it is attempted.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from cms_site.notices import privacy_notice_version_current

from . import emails, lifecycle, personal_details, photo_processing
from .choices import EmailKind, SubmissionKind, SubmissionStatus
from .models import MAX_PHOTOS, ConsentRecord, OutboundEmail, Photo, Submission
from .photos import PhotoError, inspect_photo
from .references import reference_generate

logger = logging.getLogger(__name__)

CONSENT_FIELDS = (
    "publish_anonymised",
    "use_first_name",
    "use_photos",
    "use_in_advertising",
    "media_contact",
    "publish_organisation_name",
    "publish_without_reply",
)


class SubmissionClosed(Exception):
    """The submission is no longer a draft, so its answers cannot change."""


def submission_start(*, kind: SubmissionKind, language: str) -> Submission:
    """Create a draft with a unique reference (retrying on the rare collision)."""
    for _attempt in range(5):
        try:
            with transaction.atomic():
                return Submission.objects.create(kind=kind, language=language, reference=reference_generate())
        except IntegrityError:
            continue
    raise RuntimeError("Could not allocate a unique reference")


@transaction.atomic
def submission_update(
    *, submission: Submission, step: str, data: dict[str, Any], complete: bool = True
) -> Submission:
    """Save one step's answers to a draft. ``complete`` marks the step answered."""
    locked = Submission.objects.select_for_update().get(pk=submission.pk)
    if locked.status != SubmissionStatus.DRAFT:
        raise SubmissionClosed(locked.reference)
    editable = {f.name for f in Submission._meta.concrete_fields if f.editable}
    before = {name: getattr(locked, name) for name in data if name in editable}
    for name, value in data.items():
        if name in editable:
            setattr(locked, name, value)
    personal_details.kept_forget_changed(submission=locked, before=before)
    if complete and step not in locked.answered_steps:
        locked.answered_steps = [*locked.answered_steps, step]
    locked.save()
    return locked


@transaction.atomic
def consent_record(*, submission: Submission, scopes: dict[str, bool], language: str) -> ConsentRecord:
    """Record the consent as given now; answering the page again replaces the draft's record."""
    locked = Submission.objects.select_for_update().get(pk=submission.pk)
    if locked.status != SubmissionStatus.DRAFT:
        raise SubmissionClosed(locked.reference)
    values = {name: bool(scopes.get(name, False)) for name in CONSENT_FIELDS}
    locked.consents.all().delete()
    record = ConsentRecord.objects.create(
        submission=locked,
        text_version=settings.CONSENT_TEXT_VERSION,
        privacy_notice_version=privacy_notice_version_current(),
        language=language,
        given_at=timezone.now(),
        **values,
    )
    if "consent" not in locked.answered_steps:
        locked.answered_steps = [*locked.answered_steps, "consent"]
        locked.save(update_fields=["answered_steps", "updated_at"])
    return record


def photo_add(*, submission: Submission, upload) -> Photo:
    """Check one upload cheaply and store it to be processed by the worker
    (casestudies.photo_processing). Raises PhotoError with a message."""
    if submission.status != SubmissionStatus.DRAFT:
        raise SubmissionClosed(submission.reference)
    if submission.photos.count() >= MAX_PHOTOS:
        raise PhotoError(_too_many_photos_message(), "too_many")
    inspect_photo(upload, size=getattr(upload, "size", None))
    with transaction.atomic():
        # Count again under the lock: two uploads racing must not make six photos.
        Submission.objects.select_for_update().get(pk=submission.pk)
        if submission.photos.count() >= MAX_PHOTOS:
            raise PhotoError(_too_many_photos_message(), "too_many")
        return photo_processing.photo_store(submission=submission, upload=upload)


def _too_many_photos_message() -> str:
    from django.utils.translation import gettext

    return gettext("You can add up to %(count)s photos") % {"count": MAX_PHOTOS}


@transaction.atomic
def photo_remove(*, submission: Submission, photo_id: int) -> None:
    if submission.status != SubmissionStatus.DRAFT:
        raise SubmissionClosed(submission.reference)
    for photo in submission.photos.filter(pk=photo_id):
        names, storage = photo_processing.photo_files(photo), photo.image.storage
        photo.delete()
        for name in names:
            transaction.on_commit(lambda name=name, storage=storage: storage.delete(name))


def submission_submit(*, submission: Submission) -> tuple[Submission, bool]:
    """Send a complete draft for verification; idempotent (casestudies.lifecycle)."""
    return lifecycle.story_submitted(submission=submission)


def submission_expire_unverified(*, now=None) -> int:
    """Expire submissions never verified within the lifetime of their latest link (a link
    asked for again gives more time: casestudies.verification). Returns how many."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.VERIFICATION_LINK_MAX_AGE_DAYS)
    due = Submission.objects.filter(
        status=SubmissionStatus.AWAITING_VERIFICATION, submitted_at__lt=cutoff
    ).exclude(  # one subquery: both conditions on the same email
        pk__in=OutboundEmail.objects.filter(kind=EmailKind.VERIFY, created_at__gte=cutoff).values(
            "submission_id"
        )
    )
    count = 0
    for submission in due.only("pk"):
        try:
            lifecycle.story_expired(submission=submission)
        except lifecycle.TransitionNotAllowed:
            continue  # verified or withdrawn meanwhile
        count += 1
    return count


@transaction.atomic
def resume_link_send(*, submission: Submission, email: str) -> None:
    """Email a signed link back to this draft; the address is kept as the contact address."""
    submission_update(submission=submission, step="save", data={"email": email}, complete=False)
    emails.email_queue(submission=submission, kind=EmailKind.RESUME)
