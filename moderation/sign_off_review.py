"""What the second pair of eyes sees before signing a case study off (read only).

``sign_off_review`` gathers, for one story:

- the original beside the version to publish, with the changes marked exactly as
  the storyteller saw them on their check page (``moderation.diff.story_changes``,
  applied to the page revision they approved);
- every detector finding with its decision, who made it and when: the decisions
  are audit log entries carrying codes and a keyed digest (``finding_decisions``),
  so the finding's words are found again by running the detector over the text the
  decision was made on; findings in the original that nobody decided one by one
  (an editor rewrote the sentence) are listed too;
- what the storyteller said, and when;
- each photo before and after redaction, with who reviewed it.

Originals of photos are shown only to users ``original_photo_allowed`` lets see
them, and every view of one is logged (``photo_original_viewed``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.utils.translation import gettext as _

from wagtail.log_actions import log
from wagtail.models import ModelLogEntry, Revision

from casestudies.choices import SubmissionStatus
from casestudies.models import CaseStudyPage

from .choices import PhotoMode, StorytellerAnswer
from .diff import SECTIONS, SectionChange, story_changes
from .finding_decisions import ACCEPTED_ACTION, DECISION_ACTIONS, KEPT, OUTCOME_LABELS
from .models import ENGLISH_FIELDS, ORIGINAL_FIELDS, Review, ReviewPhoto, SignOffTask
from .scanning import KIND_LABELS, digest, findings_for, page_text_language

ORIGINAL_PHOTO_VIEWED = "moderation.photo_original_viewed"
EDIT_ACTIONS = ("moderation.manual_redaction", "moderation.text_edited")
STORYTELLER_ACTIONS = (
    "moderation.storyteller_approved",
    "moderation.storyteller_changes",
    "moderation.storyteller_no_reply",
)
# While a story is being moderated its original photos may be shown; never once it is
# finished (whatever the steps in between are called).
FINISHED_STATUSES = frozenset(
    {SubmissionStatus.PUBLISHED, SubmissionStatus.REJECTED, SubmissionStatus.WITHDRAWN, "expired", "erased"}
)

# Finding rows that need the sign-off editor's attention.
STILL_THERE = "still_there"
EDITED = "edited"
NO_RECORD = "no_record"


@dataclass
class FindingRow:
    field: str
    field_label: str
    kind_label: str
    text: str | None  # None when the words cannot be found again
    outcome: str
    outcome_label: str
    who: str
    when: datetime | None
    on_page: bool = False  # decided in the page editor rather than the anonymisation review

    @property
    def needs_attention(self) -> bool:
        return self.outcome == STILL_THERE


@dataclass
class EditRow:
    label: str
    fields: str
    count: int | None
    who: str
    when: datetime


@dataclass
class PhotoRow:
    number: int
    photo: ReviewPhoto
    decision: str
    reviewed_by: str
    reviewed_at: datetime | None
    blurred: int
    blacked_out: int
    show_original: bool


@dataclass
class StorytellerSaid:
    answer: str
    answer_label: str
    answered_at: datetime | None
    feedback: str
    history: list[tuple[datetime, str]]


@dataclass
class SignOffReview:
    review: Review
    page: CaseStudyPage | None
    revision: Revision | None  # the revision shown: the one the storyteller approved, else the latest
    approved_revision_shown: bool
    changed_since_approval: bool
    changes: list[SectionChange]
    english: list[tuple[str, str]]
    findings: list[FindingRow]
    edits: list[EditRow]
    storyteller: StorytellerSaid
    photos: list[PhotoRow] = field(default_factory=list)

    @property
    def attention(self) -> list[FindingRow]:
        return [row for row in self.findings if row.needs_attention]


def case_study_page_for(review: Review) -> CaseStudyPage | None:
    """The page the storyteller checked: the one in the story's own language."""
    pages = list(CaseStudyPage.objects.filter(submission_id=review.submission_id).select_related("locale"))
    for page in pages:
        if page.locale.language_code == review.submission.language:
            return page
    return pages[0] if pages else None


def original_photo_allowed(user, photo: ReviewPhoto) -> bool:
    """Comms editors (who anonymise) may see an original photo while its story is being
    moderated; sign-off editors (who check the redaction) while it waits for sign-off."""
    submission = photo.review.submission
    if not user.is_active or submission.status in FINISHED_STATUSES or getattr(submission, "erased_at", None):
        return False
    if user.is_superuser or user.has_perm("moderation.change_review"):
        return True
    # Sign-off editors, for the purpose of signing off: only while the story waits for it.
    if not any(task.user_in_groups(user) for task in SignOffTask.objects.filter(active=True)):
        return False
    page = case_study_page_for(photo.review)
    task = page.current_workflow_task if page is not None else None
    return task is not None and getattr(task.specific, "stage", "") == SignOffTask.stage


def original_photo_viewed(*, user, photo: ReviewPhoto) -> None:
    """Each view of an original photo is in the audit log (the photo's id, never its content)."""
    log(
        instance=photo.review,
        action=ORIGINAL_PHOTO_VIEWED,
        user=user,
        data={"photo_id": photo.photo_id, "review_photo_id": photo.pk},
    )


def sign_off_review(*, review: Review, user) -> SignOffReview:
    page = case_study_page_for(review)
    revision = None
    approved = False
    changed = False
    shown = None
    if page is not None:
        latest = page.get_latest_revision()
        if review.storyteller_revision_id:
            revision = Revision.objects.filter(pk=review.storyteller_revision_id).first()
            approved = revision is not None
        revision = revision or latest
        changed = approved and latest is not None and latest.pk != revision.pk
        shown = revision.as_object() if revision is not None else page
    entries = list(
        ModelLogEntry.objects.for_instance(review).select_related("user").order_by("timestamp", "pk")
    )
    return SignOffReview(
        review=review,
        page=page,
        revision=revision,
        approved_revision_shown=approved,
        changed_since_approval=changed,
        changes=story_changes(review.submission, shown) if shown is not None else [],
        english=_english(review, page),
        findings=_findings(review, entries, shown),
        edits=_edits(entries),
        storyteller=_storyteller(review, entries),
        photos=_photos(review, user),
    )


# The parts ----------------------------------------------------------------------------


def _who(user) -> str:
    return user.get_username() if user is not None else _("The system")


def _field_label(name: str) -> str:
    if name.startswith("photo "):
        return name.capitalize()
    try:
        return str(Review._meta.get_field(name).verbose_name).capitalize()
    except Exception:  # a page-only field (seo_title, slug...)
        return name.replace("_", " ").capitalize()


def _english(review: Review, page: CaseStudyPage | None) -> list[tuple[str, str]]:
    """The English translation's text: the storyteller did not check it, so it is shown plainly."""
    if page is None or not review.needs_english:
        return []
    english = CaseStudyPage.objects.filter(submission_id=review.submission_id).exclude(pk=page.pk).first()
    if english is None:
        return []
    shown = english.get_latest_revision_as_object()
    return [(str(label), getattr(shown, name)) for name, label in SECTIONS if getattr(shown, name, "")]


class _TextFinder:
    """Finds a decided finding's words again from its digest (never stored)."""

    def __init__(self, review: Review, page) -> None:
        self.review = review
        self.page = page
        self.languages = {
            name: "en" if name in ENGLISH_FIELDS else review.submission.language
            for name in (*ORIGINAL_FIELDS, *ENGLISH_FIELDS)
        }
        self.revisions = list(
            Revision.objects.for_instance(review)
            .order_by("created_at", "pk")
            .values_list("created_at", "content")
        )
        self.photo_texts = self._photo_texts()
        self.cache: dict[tuple, dict[str, str]] = {}

    def _photo_texts(self) -> dict[str, str]:
        texts = {}
        for number, photo in enumerate(self.review.photos.all(), start=1):
            texts[f"photo {number} caption"] = photo.caption
            texts[f"photo {number} alt text"] = photo.alt_text
        return texts

    def _scan(self, key: tuple, name: str, text: str, language: str) -> dict[str, str]:
        if key not in self.cache:
            found = findings_for({name: text}, language=language) if text else []
            self.cache[key] = {digest(f.kind, f.text): f.text for f in found}
        return self.cache[key]

    def text_for(self, *, name: str, value: str, when: datetime, on_page: bool) -> str | None:
        if on_page:
            texts = self.page.public_texts() if self.page is not None else {}
            language = page_text_language(self.page, self.page.story_language) if self.page else "en"
            return self._scan(("page", name), name, texts.get(name, ""), language).get(value)
        if name in self.photo_texts:
            language = self.review.submission.language
            return self._scan(("photo", name), name, self.photo_texts[name], language).get(value)
        # The decision was logged before the edit it made was saved: the text it was made on
        # is the latest revision at that moment.
        index = None
        for position, (created_at, _content) in enumerate(self.revisions):
            if created_at <= when:
                index = position
        if index is None:
            return None
        text = (self.revisions[index][1] or {}).get(name) or ""
        language = self.languages.get(name, self.review.submission.language)
        return self._scan(("revision", index, name), name, text, language).get(value)

    def original_findings(self):
        """Findings in the text as sent (the review's first revision), dismissals ignored."""
        if not self.revisions:
            return []
        content = self.revisions[0][1] or {}
        texts = {name: content.get(name) or "" for name in ORIGINAL_FIELDS}
        return findings_for(texts, language=self.review.submission.language)


def _findings(review: Review, entries: list[ModelLogEntry], shown) -> list[FindingRow]:
    finder = _TextFinder(review, shown)
    rows = []
    decided: set[tuple[str, str]] = set()
    for entry in entries:
        if entry.action not in DECISION_ACTIONS:
            continue
        data = entry.data or {}
        name, kind, value = str(data.get("field", "")), str(data.get("kind", "")), data.get("digest")
        on_page = data.get("where") == "page"
        outcome = data.get("outcome") or (KEPT if entry.action != ACCEPTED_ACTION else "")
        if outcome in OUTCOME_LABELS:
            label = str(OUTCOME_LABELS[outcome])
        else:  # recorded before outcomes were
            label = _("Redacted")
        text = None
        if value:
            decided.add((name, value))
            text = finder.text_for(name=name, value=value, when=entry.timestamp, on_page=on_page)
        rows.append(
            FindingRow(
                field=name,
                field_label=_field_label(name),
                kind_label=str(KIND_LABELS.get(kind, kind.lower())),
                text=text,
                outcome=outcome or "removed",
                outcome_label=label,
                who=_who(entry.user),
                when=entry.timestamp,
                on_page=on_page,
            )
        )
    # Findings in the original that nobody decided one by one.
    published = shown.public_texts() if shown is not None else {}
    legacy = any(
        not (entry.data or {}).get("digest") for entry in entries if entry.action in DECISION_ACTIONS
    )
    for finding in finder.original_findings():
        if (finding.field, digest(finding.kind, finding.text)) in decided:
            continue
        if finding.text in (published.get(finding.field) or ""):
            outcome, label = STILL_THERE, _("Still in the text to publish: no decision recorded")
        elif legacy:
            outcome, label = (
                NO_RECORD,
                _("Not in the text to publish (decided before decisions were itemised)"),
            )
        else:
            outcome, label = EDITED, _("Not in the text to publish: removed by an editor's own edit")
        rows.append(
            FindingRow(
                field=finding.field,
                field_label=_field_label(finding.field),
                kind_label=finding.kind_label,
                text=finding.text,
                outcome=outcome,
                outcome_label=label,
                who="",
                when=None,
            )
        )
    return rows


def _edits(entries: list[ModelLogEntry]) -> list[EditRow]:
    rows = []
    for entry in entries:
        if entry.action not in EDIT_ACTIONS:
            continue
        data = entry.data or {}
        if entry.action == "moderation.manual_redaction":
            name = str(data.get("field", ""))
            fields = _("Everywhere") if name == "*" else _field_label(name)
            label, count = _("Text redacted by hand"), data.get("count")
        else:
            fields = ", ".join(_field_label(str(name)) for name in data.get("fields", []))
            label, count = _("Public text edited"), None
        rows.append(EditRow(label, fields, count, _who(entry.user), entry.timestamp))
    return rows


def _storyteller(review: Review, entries: list[ModelLogEntry]) -> StorytellerSaid:
    labels = {
        "moderation.storyteller_approved": _("Approved the anonymised version"),
        "moderation.storyteller_changes": _("Asked for more to be removed or changed"),
        "moderation.storyteller_no_reply": _("Did not reply in time; their consent allowed publishing"),
    }
    history = [(entry.timestamp, labels[entry.action]) for entry in entries if entry.action in labels]
    answers = dict(StorytellerAnswer.choices)
    return StorytellerSaid(
        answer=review.storyteller_answer,
        answer_label=str(answers.get(review.storyteller_answer, _("No answer yet"))),
        answered_at=review.storyteller_answered_at,
        feedback=review.storyteller_feedback,
        history=history,
    )


def _photos(review: Review, user) -> list[PhotoRow]:
    rows = []
    photos = review.photos.select_related("photo", "reviewed_by", "review__submission")
    for number, photo in enumerate(photos, start=1):
        counts = photo.area_counts()
        if photo.reviewed_at is None and not photo.use:
            decision = _("Not reviewed: left out")
        elif photo.use:
            decision = _("Used, with the areas hidden")
        else:
            decision = _("Left out by an editor")
        rows.append(
            PhotoRow(
                number=number,
                photo=photo,
                decision=decision,
                reviewed_by=photo.reviewed_by.get_username() if photo.reviewed_by else "",
                reviewed_at=photo.reviewed_at,
                blurred=counts[PhotoMode.BLUR],
                blacked_out=counts[PhotoMode.BLACK],
                show_original=original_photo_allowed(user, photo),
            )
        )
    return rows


def sign_off_review_url(obj) -> str | None:
    """The sign-off review of a review or of a case study page made from one (for links)."""
    from django.urls import reverse

    review = obj if isinstance(obj, Review) else None
    if review is None:
        submission_id = getattr(getattr(obj, "specific", obj), "submission_id", None)
        review = Review.objects.filter(submission_id=submission_id).first() if submission_id else None
    return reverse("moderation_admin:sign_off_review", args=[review.pk]) if review is not None else None
