"""Subject access and erasure on request: find what is held about an email address, export it
as a ZIP, or erase it. Used by the "Personal data" admin page (privacy/admin_views.py).

Audit: every request is a log entry on the privacy officer's user record (the step, how
many submissions, and a keyed hash of the address, never the address), and each
submission exported or erased gets an entry of its own.
"""

from __future__ import annotations

import json
import tempfile
import zipfile
from pathlib import PurePosixPath
from typing import IO, Any

from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Q
from django.utils.crypto import salted_hmac
from django.utils.functional import LazyObject, empty

from wagtail.log_actions import log, registry
from wagtail.models import ModelLogEntry, PageLogEntry, Revision

from casestudies.models import CaseStudyPage, Submission

from .erasure import ErasureResult, submission_erase

REQUEST_ACTION = "privacy.request"
EXPORTED_ACTION = "privacy.exported"
README = """Everything Make Things Right stories holds about the stories sent in from this email address.

One JSON file per story (named by its reference) holds:
- submission: every answer and contact detail as stored, and its dates;
- consent_records: what was agreed, the wording and privacy notice versions, the language
  shown, when it was given, verified and withdrawn, and any scopes taken back;
- review: the editors' working copy of the public text, and its earlier versions;
- history: each moderation step (what was done, and when);
- emails: each email sent or queued (what kind, and when);
- published_pages: the addresses of the story's published pages;
- photos: the photos as received (re-encoded without metadata) and any blurred copies,
  in the folder named after the reference.
"""


def email_normalise(raw: str) -> str:
    return raw.strip().lower()


def request_digest(email: str) -> str:
    """A keyed hash of the address for the audit log: says whether two requests were about the
    same address without storing it (and cannot be reversed without SECRET_KEY)."""
    return salted_hmac("privacy.request", email_normalise(email), algorithm="sha256").hexdigest()[:32]


def submissions_for(email: str) -> list[Submission]:
    """Submissions sent from this address (case-insensitive) whose data is still held."""
    email = email_normalise(email)
    if not email:
        return []
    return list(Submission.objects.filter(email__iexact=email, erased_at__isnull=True).order_by("created_at"))


def _unwrapped(user):
    """The user model instance behind ``request.user``, however many lazy wrappers deep.

    django_otp's OTPMiddleware wraps AuthenticationMiddleware's lazy ``request.user`` in a
    second SimpleLazyObject. Wagtail's log registry unwraps one level only, so it would look
    for a log model for SimpleLazyObject, find none and silently log nothing.
    """
    while isinstance(user, LazyObject):
        if user._wrapped is empty:
            user._setup()
        user = user._wrapped
    return user


def request_log(*, user, step: str, email: str, submissions: list[Submission]) -> None:
    """One entry per request, on the officer's own record: who, when, which step, how many."""
    user = _unwrapped(user)
    entry = log(
        instance=user,
        action=REQUEST_ACTION,
        user=user,
        data={"step": step, "submissions": len(submissions), "request": request_digest(email)},
    )
    if entry is None:
        # Wagtail's log() skips models it has no log model for without a word: a request must
        # never go unaudited, so refuse it rather than carry on.
        raise RuntimeError(f"Privacy request not audited: no log model for {type(user).__name__}")


# The export ------------------------------------------------------------------------------


def _fields(instance, *, exclude: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        item.name: getattr(instance, item.attname)
        for item in instance._meta.concrete_fields
        if item.name not in exclude
    }


def submission_record(submission: Submission) -> dict[str, Any]:
    """Everything held about one submission, as plain data (photos are listed by file name)."""
    from moderation.models import TEXT_FIELDS, Review

    review = Review.objects.filter(submission=submission).select_related("rejection_reason").first()
    pages = list(CaseStudyPage.objects.filter(submission=submission).order_by("pk"))
    return {
        "reference": submission.reference,
        "submission": {
            **_fields(submission, exclude=("id",)),
            "kind_label": str(submission.get_kind_display()),
            "status_label": str(submission.get_status_display()),
        },
        "consent_records": [
            _fields(consent, exclude=("id", "submission"))
            for consent in submission.consents.order_by("given_at")
        ],
        "review": _review_record(review, TEXT_FIELDS) if review is not None else None,
        "history": _history(submission, review, pages),
        "emails": [
            {
                "kind": email.kind,
                "description": str(email.get_kind_display()),
                "status": email.status,
                "created_at": email.created_at,
                "sent_at": email.sent_at,
            }
            for email in submission.emails.order_by("created_at")
        ],
        "published_pages": [
            {
                "language": page.locale.language_code,
                "title": page.title,
                "live": page.live,
                "url": page.full_url if page.live else None,
                "first_published_at": page.first_published_at,
            }
            for page in pages
        ],
        "photos": [entry for entry, _files in _photo_files(submission)],
    }


def _review_record(review, text_fields: tuple[str, ...]) -> dict[str, Any]:
    versions = []
    for created_at, content in (
        Revision.objects.for_instance(review).order_by("created_at").values_list("created_at", "content")
    ):
        texts = {name: (content or {}).get(name) for name in text_fields if (content or {}).get(name)}
        versions.append({"created_at": created_at, "texts": texts})
    return {
        "texts": {name: getattr(review, name) for name in text_fields if getattr(review, name)},
        "storyteller_feedback": review.storyteller_feedback,
        "storyteller_answer": review.storyteller_answer,
        "storyteller_answered_at": review.storyteller_answered_at,
        "intended_uses": review.intended_uses,
        "consent_checked_at": review.consent_checked_at,
        "opened_at": review.created_at,
        "declined_because": review.rejection_reason.message if review.rejection_reason else None,
        "earlier_versions": versions,
    }


def _history(submission: Submission, review, pages: list[CaseStudyPage]) -> list[dict[str, Any]]:
    """What was done and when: the actions of its log entries (not who: staff are not the subject)."""
    query = Q(content_type=ContentType.objects.get_for_model(Submission), object_id=str(submission.pk))
    if review is not None:
        query |= Q(content_type=ContentType.objects.get_for_model(type(review)), object_id=str(review.pk))
    entries = [
        *ModelLogEntry.objects.filter(query),
        *PageLogEntry.objects.filter(page_id__in=[p.pk for p in pages]),
    ]
    return [
        {"date": entry.timestamp, "action": entry.action, "description": _action_label(entry.action)}
        for entry in sorted(entries, key=lambda entry: (entry.timestamp, entry.pk))
    ]


def _action_label(action: str) -> str:
    return str(registry.get_action_label(action)) if registry.action_exists(action) else action


def _photo_files(submission: Submission) -> list[tuple[dict[str, Any], list[tuple[str, Any]]]]:
    """Each photo's entry for the JSON and its (path in the ZIP, stored file) pairs."""
    from moderation.models import ReviewPhoto

    made = []
    copies = {copy.photo_id: copy for copy in ReviewPhoto.objects.filter(photo__submission=submission)}
    # A photo still being processed (or that failed) has no copy to give yet.
    for number, photo in enumerate(submission.photos.exclude(image=""), start=1):
        folder = PurePosixPath(submission.reference)
        original = str(folder / f"photo-{number}-as-received{PurePosixPath(photo.image.name).suffix}")
        entry = {"as_received": original, "uploaded_at": photo.uploaded_at}
        files = [(original, photo.image)]
        copy = copies.get(photo.pk)
        if copy is not None:
            entry.update(used=copy.use, caption=copy.caption, alt_text=copy.alt_text)
            if copy.redacted:
                blurred = str(folder / f"photo-{number}-blurred{PurePosixPath(copy.redacted.name).suffix}")
                entry["blurred"] = blurred
                files.append((blurred, copy.redacted))
        made.append((entry, files))
    return made


def subject_access_zip(submissions: list[Submission]) -> IO[bytes]:
    """The ZIP: a README, one JSON file per submission and its photos. Spooled to disk when large."""
    spool = tempfile.SpooledTemporaryFile(max_size=16 * 1024 * 1024)  # noqa: SIM115 - returned open
    with zipfile.ZipFile(spool, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("README.txt", README)
        for submission in submissions:
            record = submission_record(submission)
            archive.writestr(
                f"{submission.reference}.json",
                json.dumps(record, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
            )
            for _entry, files in _photo_files(submission):
                for name, stored in files:
                    try:
                        with stored.open("rb") as source, archive.open(name, "w") as target:
                            for chunk in iter(lambda source=source: source.read(1024 * 1024), b""):
                                target.write(chunk)
                    except FileNotFoundError:
                        archive.writestr(f"{name}.missing.txt", "This file could not be found in storage.")
    spool.seek(0)
    return spool


def subject_access_export(*, email: str, user) -> tuple[IO[bytes] | None, int]:
    """Find, export and log. Returns (the ZIP, or None when nothing is held; how many submissions)."""
    submissions = submissions_for(email)
    request_log(user=user, step="export", email=email, submissions=submissions)
    if not submissions:
        return None, 0
    archive = subject_access_zip(submissions)
    for submission in submissions:
        log(instance=submission, action=EXPORTED_ACTION, user=user, data={"submissions": len(submissions)})
    return archive, len(submissions)


def person_erase(*, email: str, references: list[str], user) -> list[ErasureResult]:
    """Erase the submissions the officer confirmed, if they still belong to this address."""
    submissions = [s for s in submissions_for(email) if s.reference in set(references)]
    request_log(user=user, step="erase", email=email, submissions=submissions)
    return [submission_erase(submission=s, reason="request", user=user) for s in submissions]
