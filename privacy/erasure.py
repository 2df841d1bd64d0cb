"""Erasing a person's data: everything about one submission, or only its contact details.

``submission_erase`` leaves the Submission row as the minimal record (reference, kind,
state, language, region, dates, when and why it was erased) and the consent records
(scopes, wording version, dates: no personal data). Everything else made from the
story goes, wherever Wagtail or the project put it: the review's text and revisions,
pages in every language with their revisions, share images, photos and Wagtail images
(files and renditions too), emails and task results, search entries, redirects; log
entries stay but lose page titles and comments. tests/privacy/test_erasure.py proves it
by scanning every text column of every table and every stored file afterwards.

Fields are blanked by rule, not by list: every Submission field not in ``SUBMISSION_KEPT``
and every text or JSON field of the Review not in ``REVIEW_KEPT``, so a personal field
added later is erased without anyone remembering to add it here.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.files.storage import Storage, default_storage, storages
from django.db import connection, models, transaction
from django.db.models import Q
from django.utils import timezone

from wagtail.images import get_image_model
from wagtail.log_actions import LogContext, log
from wagtail.models import (
    ModelLogEntry,
    Page,
    PageLogEntry,
    ReferenceIndex,
    Revision,
    TaskState,
    WorkflowState,
)

from casestudies import lifecycle
from casestudies.choices import EmailKind, EmailStatus
from casestudies.models import CaseStudyPage, OutboundEmail, Photo, ShareImage, Submission

logger = logging.getLogger(__name__)

ERASED_ACTION = "privacy.erased"
CONTACT_ERASED_ACTION = "privacy.contact_details_erased"

# What the minimal record keeps. Region (one of nine) and the form's language are not
# identifying at that level (docs/data-protection.md); everything else is blanked.
SUBMISSION_KEPT = frozenset(
    {
        "id",
        "reference",
        "kind",
        "status",
        "language",
        "region",
        "created_at",
        "updated_at",
        "submitted_at",
        "verified_at",
        "withdrawn_at",
        "erased_at",
        "erasure_reason",
    }
)
# The contact-details step of both forms.
CONTACT_FIELDS = ("full_name", "email", "phone", "sender_role")
# The Review's codes (what the story was to be used for, the storyteller's answer) stay
# for the moderation history; every other text or JSON field is blanked.
REVIEW_KEPT = frozenset({"storyteller_answer", "intended_uses"})
TEXT_FIELD_TYPES = (models.CharField, models.TextField, models.JSONField)
EDITOR_KINDS = (EmailKind.EDITOR_STORY_CHANGE, EmailKind.EDITOR_NOTIFICATION)
SEND_EMAIL_TASK = "casestudies.tasks.send_email_task"


@dataclass
class ErasureResult:
    """What one erasure removed, as counts (never the data)."""

    reference: str
    reason: str
    pages: int = 0
    revisions: int = 0
    photos: int = 0
    images: int = 0
    emails: int = 0
    task_results: int = 0
    log_entries_scrubbed: int = 0
    search_entries: int = 0
    files: int = 0
    seconds: float = 0.0
    file_names: list[tuple[str, str]] = field(default_factory=list, repr=False)

    def counts(self) -> dict[str, int]:
        return {
            "pages": self.pages,
            "revisions": self.revisions,
            "photos": self.photos,
            "images": self.images,
            "emails": self.emails,
            "task_results": self.task_results,
            "log_entries_scrubbed": self.log_entries_scrubbed,
            "search_entries": self.search_entries,
            "files": self.files,
        }


def submission_erase(*, submission: Submission, reason: str, user=None) -> ErasureResult:
    """Remove one submission's personal data everywhere; keep the minimal record.

    Atomic: either everything goes or nothing does. Files are deleted once the
    transaction commits, so a rollback never leaves rows pointing at missing files.
    """
    started = time.perf_counter()
    # The erasure acts as the system (a privacy officer may not unpublish or delete pages
    # themselves), but every log entry it causes names the officer and shares one uuid.
    with LogContext(user=user), transaction.atomic():
        submission = Submission.objects.select_for_update().get(pk=submission.pk)
        result = ErasureResult(reference=submission.reference, reason=reason)
        review = _review_of(submission)
        pages = _pages_of(submission)
        page_ids = [page.pk for page in pages]
        page_texts = _page_texts(pages)
        slugs = _page_slugs(pages)
        image_ids = _image_ids(review, pages)
        result.images = get_image_model().objects.filter(pk__in=image_ids).count()
        result.file_names += _image_files(image_ids)
        result.revisions = Revision.objects.filter(
            base_content_type=_page_type(), object_id__in=[str(pk) for pk in page_ids]
        ).count()

        # The story's lifecycle stops it the way every withdrawal does (workflows cancelled,
        # live pages unpublished in every language, drafts deleted, editors told) and
        # records the erasure; then everything left is deleted here.
        started_emails = set(OutboundEmail.objects.filter(submission=submission).values_list("pk", flat=True))
        submission = lifecycle.story_erased(submission=submission, reason=reason, user=user)
        result.pages = _pages_delete(page_ids, slugs)
        _page_leftovers_delete(page_ids)
        result.search_entries = _search_entries_delete(page_ids)
        _images_delete(image_ids)  # those moderation_stop and page deletion left
        if review is not None:
            result.revisions += _review_erase(review)
        result.photos, photo_files = _photos_delete(submission)
        result.file_names += photo_files
        result.emails, outbound_ids = _emails_delete(
            submission, statuses=None, keep_new_to_editors=started_emails
        )
        result.task_results = _task_results_delete(
            needles=_needles(submission, with_reference=True), outbound_ids=outbound_ids
        )
        result.log_entries_scrubbed = _log_entries_scrub(
            submission=submission, review=review, page_ids=page_ids, texts=page_texts
        )
        _submission_blank(submission, reason=reason)
        result.files = len(result.file_names)
        result.seconds = round(time.perf_counter() - started, 3)
        log(
            instance=submission,
            action=ERASED_ACTION,
            user=user,
            data={"reason": reason, "counts": result.counts()},
        )
        names = list(result.file_names)
        transaction.on_commit(lambda: _files_delete(names))
        transaction.on_commit(_search_index_compact)
        transaction.on_commit(storage_scrub_enqueue)
    logger.info("Erased %s (%s) in %.2fs", result.reference, reason, result.seconds)
    return result


@transaction.atomic
def contact_details_erase(submission: Submission, *, reason: str = "retention", user=None) -> int:
    """Erase the name, email, phone and role only: the story and its pages stay.

    Emails not yet sent are dropped (they could no longer reach anyone). Returns how
    many fields held something.
    """
    submission = Submission.objects.select_for_update().get(pk=submission.pk)
    needles = _needles(submission, with_reference=False)
    held = [name for name in CONTACT_FIELDS if getattr(submission, name)]
    for name in CONTACT_FIELDS:
        setattr(submission, name, "")
    submission.save(update_fields=[*CONTACT_FIELDS, "updated_at"])
    emails, outbound_ids = _emails_delete(submission, statuses=[EmailStatus.PENDING, EmailStatus.FAILED])
    task_results = _task_results_delete(needles=needles, outbound_ids=outbound_ids)
    log(
        instance=submission,
        action=CONTACT_ERASED_ACTION,
        user=user,
        data={
            "reason": reason,
            "counts": {"fields": len(held), "emails": emails, "task_results": task_results},
        },
    )
    transaction.on_commit(storage_scrub_enqueue)
    return len(held)


def storage_scrub_enqueue() -> None:
    """Once committed, the old versions of the rows are pushed out of the database's
    files on the worker (privacy.scrub)."""
    from .tasks import storage_scrub_enqueue as enqueue  # tasks imports retention, which imports us

    enqueue()


def erasure_preview(submission: Submission) -> dict[str, int]:
    """What ``submission_erase`` would remove, as counts (for dry runs and the confirmation page)."""
    review = _review_of(submission)
    pages = _pages_of(submission)
    revisions = Revision.objects.filter(
        base_content_type=_page_type(), object_id__in=[str(page.pk) for page in pages]
    ).count()
    if review is not None:
        revisions += Revision.objects.for_instance(review).count()
    return {
        "contact details": sum(1 for name in CONTACT_FIELDS if getattr(submission, name)),
        "photos": submission.photos.count(),
        "pages": len(pages),
        "revisions": revisions,
        "emails": submission.emails.count(),
    }


# Finding what belongs to the submission -------------------------------------------------


def _review_of(submission: Submission):
    from moderation.models import Review

    return Review.objects.filter(submission=submission).first()


def _pages_of(submission: Submission) -> list[CaseStudyPage]:
    """Its pages in every language: linked to it, or translations of those (same translation key)."""
    pages = CaseStudyPage.objects.filter(submission=submission)
    keys = list(pages.values_list("translation_key", flat=True))
    return list(CaseStudyPage.objects.filter(Q(submission=submission) | Q(translation_key__in=keys)))


def _page_type() -> ContentType:
    return ContentType.objects.get_for_model(Page)


def _page_texts(pages: list[CaseStudyPage]) -> set[str]:
    """Titles, slugs and paths the pages ever had (their revisions too): log entries quote them."""
    texts: set[str] = set()
    revisions = Revision.objects.filter(
        base_content_type=_page_type(), object_id__in=[str(page.pk) for page in pages]
    )
    for page in pages:
        texts |= {page.title, page.draft_title, page.seo_title, page.slug, page.url_path}
    for object_str, content in revisions.values_list("object_str", "content"):
        texts.add(object_str)
        for name in ("title", "draft_title", "seo_title", "slug", "url_path"):
            value = (content or {}).get(name)
            if isinstance(value, str):
                texts.add(value)
    # A slug or path shorter than this could match unrelated words in other entries.
    return {text for text in texts if text and len(text) >= 6}


def _page_slugs(pages: list[CaseStudyPage]) -> set[str]:
    """Every slug the pages had: redirects from an old address end with one."""
    slugs = {page.slug for page in pages}
    revisions = Revision.objects.filter(
        base_content_type=_page_type(), object_id__in=[str(page.pk) for page in pages]
    )
    for content in revisions.values_list("content", flat=True):
        if isinstance((content or {}).get("slug"), str):
            slugs.add(content["slug"])
    return {slug for slug in slugs if slug}


def _image_ids(review, pages: list[CaseStudyPage]) -> set[int]:
    """Wagtail images made from the photos and for the pages: current, share cards, and in revisions."""
    ids: set[int] = set()
    if review is not None:
        ids |= set(review.photos.exclude(published_image=None).values_list("published_image_id", flat=True))
    page_ids = [page.pk for page in pages]
    from casestudies.models import CaseStudyPagePhoto

    ids |= set(CaseStudyPagePhoto.objects.filter(page_id__in=page_ids).values_list("image_id", flat=True))
    ids |= set(ShareImage.objects.filter(page_id__in=page_ids).values_list("image_id", flat=True))
    revisions = Revision.objects.filter(
        base_content_type=_page_type(), object_id__in=[str(pk) for pk in page_ids]
    )
    for content in revisions.values_list("content", flat=True):
        for photo in (content or {}).get("photos") or []:
            if isinstance(photo, dict) and isinstance(photo.get("image"), int):
                ids.add(photo["image"])
    return ids


def _image_files(image_ids: set[int]) -> list[tuple[str, str]]:
    """(storage alias, name) of each image's original and renditions."""
    names = []
    for image in get_image_model().objects.filter(pk__in=image_ids).prefetch_related("renditions"):
        names.append(("default", image.file.name))
        names += [("default", rendition.file.name) for rendition in image.renditions.all()]
    return names


def _needles(submission: Submission, *, with_reference: bool) -> list[str]:
    """Strings that identify the submission in free text (task arguments, tracebacks)."""
    values = [submission.email, submission.phone]
    if len(submission.full_name.strip()) >= 5:  # a short name would match unrelated text
        values.append(submission.full_name)
    if with_reference:
        values.append(submission.reference)
    return [value.strip() for value in values if value and len(value.strip()) >= 5]


# Removing ----------------------------------------------------------------------------------


def _pages_delete(page_ids: list[int], slugs: set[str]) -> int:
    """Delete the pages (revisions, workflow states, comments, share images and index entries go too)."""
    from wagtail.contrib.redirects.models import Redirect

    # Redirects to the pages cascade; redirects from their old addresses would keep the slug.
    for slug in slugs:
        Redirect.objects.filter(old_path__iendswith=f"/{slug}").delete()
    count = 0
    for page in CaseStudyPage.objects.filter(pk__in=page_ids):
        page.delete()
        count += 1
    return count


def _page_leftovers_delete(page_ids: list[int]) -> None:
    """Rows that point at pages by object id, which page deletion may leave behind."""
    from wagtail.admin.models import EditingSession

    object_ids = [str(pk) for pk in page_ids]
    page_types = [_page_type(), ContentType.objects.get_for_model(CaseStudyPage)]
    Revision.objects.filter(base_content_type=_page_type(), object_id__in=object_ids).delete()
    ReferenceIndex.objects.filter(base_content_type=_page_type(), object_id__in=object_ids).delete()
    EditingSession.objects.filter(content_type__in=page_types, object_id__in=object_ids).delete()


def _search_entries_delete(page_ids: list[int]) -> int:
    """Index entries of the deleted pages, should a signal have missed one."""
    from wagtail.search.models import IndexEntry

    content_types = ContentType.objects.filter(
        Q(app_label="wagtailcore", model="page") | Q(app_label="casestudies", model="casestudypage")
    )
    entries = IndexEntry.objects.filter(
        content_type__in=content_types, object_id__in=[str(pk) for pk in page_ids]
    )
    count = entries.count()
    entries.delete()
    return count


def _images_delete(image_ids: set[int]) -> None:
    """Delete the images (renditions go with them); files are deleted after commit."""
    for image in get_image_model().objects.filter(pk__in=image_ids):
        image.delete()


def _review_erase(review) -> int:
    """Blank the working copy and delete every revision (they hold the original text)."""
    from wagtail.admin.models import EditingSession

    from moderation.models import Review

    blanks = {
        item.name: _blank(item)
        for item in Review._meta.concrete_fields
        if isinstance(item, TEXT_FIELD_TYPES) and item.name not in REVIEW_KEPT
    }
    Review.objects.filter(pk=review.pk).update(
        **blanks, latest_revision=None, live_revision=None, locked=False, locked_by=None, locked_at=None
    )
    revisions = Revision.objects.for_instance(review)
    count = revisions.count()
    # Task states point at revisions (and would cascade); the review's workflow history
    # stays in its log entries, so its emptied workflow states go too.
    review_type = ContentType.objects.get_for_model(Review)
    states = WorkflowState.objects.filter(base_content_type=review_type, object_id=str(review.pk))
    TaskState.objects.filter(workflow_state__in=states).delete()
    states.delete()
    revisions.delete()
    EditingSession.objects.filter(content_type=review_type, object_id=str(review.pk)).delete()
    return count


def _photos_delete(submission: Submission) -> tuple[int, list[tuple[str, str]]]:
    """Delete the photos and their review copies; return their files (and any stray ones)."""
    from moderation.models import ReviewPhoto

    names = []
    photos = list(Photo.objects.filter(submission=submission))
    for photo in photos:
        names += [("private", name) for name in (photo.image.name, photo.original.name) if name]
    for copy in ReviewPhoto.objects.filter(photo__submission=submission).exclude(redacted=""):
        names.append(("private", copy.redacted.name))
    names += _stray_photo_files(submission)
    Photo.objects.filter(submission=submission).delete()  # review copies cascade
    return len(photos), sorted(set(names))


def _stray_photo_files(submission: Submission) -> list[tuple[str, str]]:
    """Photo files named after the reference with no row left (an upload removed from a draft
    whose file deletion failed): intake names them ``<reference>.<ext>`` by upload month."""
    storage = storages["private"]
    names = []
    month = submission.created_at.replace(day=1)
    now = timezone.now()
    while month <= now:
        folder = f"submissions/{month:%Y}/{month:%m}"
        try:
            _dirs, files = storage.listdir(folder)
        except (FileNotFoundError, NotImplementedError, OSError):
            files = []
        names += [("private", f"{folder}/{name}") for name in files if name.startswith(submission.reference)]
        month = (month.replace(day=28) + timedelta(days=4)).replace(day=1)
    return names


def _emails_delete(
    submission: Submission, *, statuses: list[str] | None, keep_new_to_editors: set[int] | None = None
) -> tuple[int, list[int]]:
    """Delete the submission's email rows. ``keep_new_to_editors``: the ids that existed
    before the erasure began; the note to editors that it queued (no personal data: the
    reference and a link) is kept so that they are told."""
    emails = OutboundEmail.objects.filter(submission=submission)
    if statuses is not None:
        emails = emails.filter(status__in=statuses)
    if keep_new_to_editors is not None:
        emails = emails.exclude(
            Q(kind__in=EDITOR_KINDS) & ~Q(pk__in=keep_new_to_editors) & Q(status=EmailStatus.PENDING)
        )
    ids = list(emails.values_list("pk", flat=True))
    OutboundEmail.objects.filter(pk__in=ids).delete()
    return len(ids), ids


def _task_results_delete(*, needles: list[str], outbound_ids: list[int]) -> int:
    """django-tasks-db rows about the submission: its emails' send tasks, and any row whose
    arguments, return value or traceback quote its reference or contact details.

    Rows being run now are left alone: the worker writes its result into the row when done.
    """
    if not apps.is_installed("django_tasks_db"):
        return 0
    from django_tasks_db.models import DBTaskResult

    query = Q()
    if outbound_ids:
        query |= Q(task_path=SEND_EMAIL_TASK, args_kwargs__args__0__in=outbound_ids)
        query |= Q(task_path=SEND_EMAIL_TASK, args_kwargs__kwargs__outbound_id__in=outbound_ids)
    for needle in needles:
        # JSON may be stored with non-ASCII letters escaped (SQLite): look for both forms.
        for form in {needle, _json_escaped(needle)}:
            query |= (
                Q(args_kwargs__icontains=form)
                | Q(return_value__icontains=form)
                | Q(traceback__icontains=form)
            )
    if not query:
        return 0
    rows = DBTaskResult.objects.filter(query).exclude(status="RUNNING")
    count = rows.count()
    rows.delete()
    return count


def _json_escaped(text: str) -> str:
    return json.dumps(text)[1:-1]


def _log_entries_scrub(*, submission: Submission, review, page_ids: list[int], texts: set[str]) -> int:
    """Log entries stay (who did what, when) but lose page titles and free-text comments.

    Page entries are labelled with the page title at the time: they are relabelled with
    the reference. Workflow entries carry the editor's comment, which can quote the story.
    """
    count = 0
    label = f"Erased case study {submission.reference}"
    for entry in PageLogEntry.objects.filter(page_id__in=page_ids):
        data = _scrub(entry.data, texts)
        if entry.label != label or data != entry.data:
            PageLogEntry.objects.filter(pk=entry.pk).update(label=label, data=data)
            count += 1
    targets = [(ContentType.objects.get_for_model(Submission), submission.pk)]
    if review is not None:
        targets.append((ContentType.objects.get_for_model(type(review)), review.pk))
    for content_type, object_id in targets:
        for entry in ModelLogEntry.objects.filter(content_type=content_type, object_id=str(object_id)):
            data = _scrub(entry.data, texts)
            if data != entry.data:
                ModelLogEntry.objects.filter(pk=entry.pk).update(data=data)
                count += 1
    return count


def _scrub(value: Any, texts: Iterable[str]) -> Any:
    """Blank comments and any string quoting one of ``texts``; keep ids, codes and dates."""
    if isinstance(value, dict):
        return {
            key: "" if key == "comment" and isinstance(item, str) else _scrub(item, texts)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_scrub(item, texts) for item in value]
    if isinstance(value, str) and any(text.lower() in value.lower() for text in texts):
        return ""
    return value


def _submission_blank(submission: Submission, *, reason: str) -> None:
    names = []
    for item in Submission._meta.concrete_fields:
        if item.name in SUBMISSION_KEPT or item.primary_key:
            continue
        setattr(submission, item.attname, _blank(item))
        names.append(item.name)
    # The state, erased_at and the reason were written by lifecycle.story_erased.
    submission.save(update_fields=[*names, "updated_at"])


def _blank(item: models.Field) -> Any:
    if item.has_default():
        return item.get_default()
    if item.null:
        return None
    return ""


# After commit ---------------------------------------------------------------------------


def _files_delete(names: list[tuple[str, str]]) -> None:
    for alias, name in names:
        if not name:
            continue
        storage: Storage = default_storage if alias == "default" else storages[alias]
        try:
            storage.delete(name)
        except Exception as error:  # a file we cannot delete must not undo the erasure
            logger.error("Erasure could not delete a file (%s)", type(error).__name__)


def _search_index_compact() -> None:
    """SQLite's full-text index keeps deleted words in its segments until they are merged."""
    if connection.vendor != "sqlite":
        return
    from wagtail.search.models import IndexEntry

    table = f"{IndexEntry._meta.db_table}_fts"
    with connection.cursor() as cursor:
        if table not in connection.introspection.table_names(cursor):
            return
        quoted = connection.ops.quote_name(table)
        cursor.execute(f"INSERT INTO {quoted}({quoted}) VALUES ('optimize')")  # noqa: S608 - our own table name
