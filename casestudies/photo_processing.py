"""Photos off the request: the step stores the upload, the worker re-encodes it.

The photo step makes only the cheap checks (``photos.inspect_photo``: size, empty,
type from the first bytes, the header's pixel count), stores the upload as sent in
private storage and answers at once. ``photo_process`` (run by
``tasks.photo_process_task`` on the worker; at once under the immediate backend of
development and tests) re-encodes it (``photos.process_photo``: no metadata, the
long edge at most 2560, HEIC to JPEG), marks the photo READY or FAILED with the
reason, and deletes the upload either way.

A photo that no worker took within ``STALE_AFTER`` is marked FAILED and its upload
deleted by ``photos_fail_stale`` (on each view of the resident's photos, and by the
daily ``expire_unverified``), so a stopped worker leaves a clear state and no upload.

Only READY photos reach editors: ``photo_processed`` is sent when one becomes ready, so
moderation (which this app must not know) can add it to a review already open.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.core.files.base import ContentFile
from django.db import transaction
from django.dispatch import Signal
from django.utils import timezone
from django.utils.translation import gettext, ngettext

from .models import Photo, PhotoStatus, Submission
from .photos import PhotoError, message_for, process_photo

logger = logging.getLogger(__name__)

STALE_AFTER = timedelta(hours=1)

# Sent after commit with ``photo`` when a photo became READY.
photo_processed = Signal()


def photo_store(*, submission: Submission, upload) -> Photo:
    """Store one upload as PROCESSING and queue its task. The caller has made the cheap
    checks (``photos.inspect_photo``), holds the draft's lock and has counted. The task
    is queued with the row, so the database backend commits both or neither."""
    upload.seek(0)
    photo = Photo(submission=submission, status=PhotoStatus.PROCESSING)
    photo.original.save(f"{submission.reference}.upload", upload, save=False)
    try:
        photo.save()
    except Exception:
        _delete_file(photo.original.name)
        raise
    _enqueue(photo)
    return photo


def _enqueue(photo: Photo) -> None:
    from .tasks import photo_process_task

    try:
        photo_process_task.enqueue(photo.pk)
    except Exception as error:  # the queue failing leaves it PROCESSING, then stale
        logger.error("Photo %s not queued (%s)", photo.pk, type(error).__name__)


def photo_process(photo_id: int) -> str:
    """The task's body: re-encode a PROCESSING photo. Returns its state (or "gone")."""
    photo = Photo.objects.select_related("submission").filter(pk=photo_id).first()
    if photo is None:
        return "gone"
    if photo.status != PhotoStatus.PROCESSING:
        return photo.status
    original = photo.original.name
    try:
        with photo.original.open("rb") as handle:
            processed = process_photo(handle)
    except PhotoError as error:
        return _finish_failed(photo, error.code, original)
    except Exception as error:  # the upload missing, the storage failing: still a clear state
        logger.error("Photo %s not processed (%s)", photo.pk, type(error).__name__)
        return _finish_failed(photo, "corrupt", original)
    image = ""
    try:
        with transaction.atomic():
            locked = Photo.objects.select_for_update().filter(pk=photo.pk).first()
            if locked is None or locked.status != PhotoStatus.PROCESSING:
                return locked.status if locked else "gone"  # removed or timed out meanwhile
            locked.image.save(
                f"{photo.submission.reference}.{processed.extension}",
                ContentFile(processed.content),
                save=False,
            )
            image = locked.image.name
            locked.content_type = processed.content_type
            locked.width, locked.height = processed.width, processed.height
            locked.size = len(processed.content)
            locked.status = PhotoStatus.READY
            locked.original = ""
            locked.processed_at = timezone.now()
            locked.save()
            transaction.on_commit(lambda: photo_processed.send(sender=Photo, photo=locked))
    except Exception:
        if image:
            _delete_file(image)
        raise
    finally:
        if _not_referenced(original):
            _delete_file(original)
    return PhotoStatus.READY


def _finish_failed(photo: Photo, code: str, original: str) -> str:
    updated = Photo.objects.filter(pk=photo.pk, status=PhotoStatus.PROCESSING).update(
        status=PhotoStatus.FAILED, failure=code, original="", processed_at=timezone.now()
    )
    _delete_file(original)
    return PhotoStatus.FAILED if updated else "gone"


def photos_fail_stale(*, submission: Submission | None = None, now=None) -> int:
    """Mark photos no worker processed within STALE_AFTER as FAILED and delete their
    uploads. Returns how many."""
    cutoff = (now or timezone.now()) - STALE_AFTER
    stale = Photo.objects.filter(status=PhotoStatus.PROCESSING, uploaded_at__lt=cutoff)
    if submission is not None:
        stale = stale.filter(submission=submission)
    count = 0
    for photo in stale.only("pk", "original"):
        count += _finish_failed(photo, "not_processed", photo.original.name) == PhotoStatus.FAILED
    return count


def photo_files(photo: Photo) -> list[str]:
    """The private files a photo row holds (its image, and its upload if not processed)."""
    return [name for name in (photo.image.name, photo.original.name) if name]


def _not_referenced(name: str) -> bool:
    return bool(name) and not Photo.objects.filter(original=name).exists()


def _delete_file(name: str) -> None:
    if not name:
        return
    storage = Photo._meta.get_field("original").storage
    try:
        storage.delete(name)
    except Exception as error:  # erasure's sweep of the reference's files finds it later
        logger.error("Photo upload not deleted (%s)", type(error).__name__)


def photos_summary(photos: list[Photo]) -> str:
    """One sentence on the photos' states, for the resident's status region."""
    processing = sum(1 for p in photos if p.status == PhotoStatus.PROCESSING)
    failed = sum(1 for p in photos if p.status == PhotoStatus.FAILED)
    if processing:
        return ngettext(
            "%(count)s photo is being processed. This usually takes a few seconds.",
            "%(count)s photos are being processed. This usually takes a few seconds.",
            processing,
        ) % {"count": processing}
    if failed:
        return ngettext(
            "%(count)s photo could not be processed. Remove it and try another photo.",
            "%(count)s photos could not be processed. Remove them and try other photos.",
            failed,
        ) % {"count": failed}
    if photos:
        return gettext("Your photos are ready.")
    return ""


def photo_states(photos: list[Photo]) -> dict:
    """What the photo status endpoint answers: each photo's state and the summary."""
    return {
        "processing": any(p.status == PhotoStatus.PROCESSING for p in photos),
        "summary": photos_summary(photos),
        "photos": [
            {
                "id": p.pk,
                "status": p.status,
                "label": str(PhotoStatus(p.status).label),
                "message": failure_message(p) if p.status == PhotoStatus.FAILED else "",
                "width": p.width,
                "height": p.height,
            }
            for p in photos
        ],
    }


def failure_message(photo: Photo) -> str:
    return gettext("Could not be processed – please try another photo. %(reason)s.") % {
        "reason": message_for(photo.failure)
    }
