"""Read-only questions about moderation: the queue, where a story is, who anonymised it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, OuterRef
from django.db.models.functions import Cast
from django.utils import timezone

from wagtail.models import ModelLogEntry, Page, Revision, Task, TaskState, WorkflowState

from casestudies.choices import SubmissionStatus
from casestudies.models import CaseStudyPage

from .choices import Stage
from .models import AnonymisationTask, ConsentCheckTask, Review, SignOffTask
from .workflow import PRIVACY
from .working_days import RAG_LABELS, rag_status, working_days_between

# The log actions that make a user one of a story's anonymisers.
ANONYMISATION_ACTIONS = (
    "moderation.finding_accepted",
    "moderation.finding_rejected",
    "moderation.manual_redaction",
    "moderation.text_edited",
    "moderation.photo_redacted",
    "moderation.photo_not_used",
)


def review_for(obj) -> Review | None:
    if isinstance(obj, Review):
        return obj
    specific = getattr(obj, "specific", obj)
    submission_id = getattr(specific, "submission_id", None)
    if submission_id is None:
        return None
    return Review.objects.filter(submission_id=submission_id).first()


def anonymiser_ids(obj) -> set[int]:
    """Everyone who redacted this story or approved its anonymisation: none may sign it off."""
    review = review_for(obj)
    if review is None:
        return set()
    ids = set(
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(Review),
            object_id=str(review.pk),
            action__in=ANONYMISATION_ACTIONS,
        )
        .exclude(user_id=None)
        .values_list("user_id", flat=True)
    )
    ids |= set(
        TaskState.objects.filter(
            workflow_state__base_content_type=ContentType.objects.get_for_model(Review),
            workflow_state__object_id=str(review.pk),
            task__in=AnonymisationTask.objects.all(),
            status=TaskState.STATUS_APPROVED,
        )
        .exclude(finished_by=None)
        .values_list("finished_by_id", flat=True)
    )
    # Whoever edited the case study draft anonymised it too.
    pages = CaseStudyPage.objects.filter(submission_id=review.submission_id).values_list("pk", flat=True)
    ids |= set(
        Revision.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page), object_id__in=[str(pk) for pk in pages]
        )
        .exclude(user_id=None)
        .values_list("user_id", flat=True)
    )
    return ids


@dataclass
class QueueItem:
    review: Review
    stage: str
    stage_label: str
    page: CaseStudyPage | None
    waiting_since: datetime | None
    working_days: int | None
    target: int | None
    rag: str
    rag_label: str

    @property
    def urgency(self) -> tuple:
        order = {"red": 0, "amber": 1, "green": 2, "": 3}
        return (not self.review.priority, order[self.rag], -(self.working_days or 0), self.review.pk)


def _stage(
    review: Review, review_state, page: CaseStudyPage | None, page_state, tasks: dict
) -> tuple[str, datetime | None]:
    status = review.submission.status
    if status == SubmissionStatus.WITHDRAWN:
        return Stage.WITHDRAWN, None
    if status == SubmissionStatus.REJECTED:
        return Stage.DECLINED, None
    if status == SubmissionStatus.PUBLISHED or (page is not None and page.live):
        return Stage.PUBLISHED, None
    for state in (page_state, review_state):
        if state is None:
            continue
        if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            return Stage.CHANGES_REQUESTED, state.current_task_state.finished_at
        if state.status == WorkflowState.STATUS_IN_PROGRESS and state.current_task_state:
            task = tasks.get(state.current_task_state.task_id)
            return getattr(task, "stage", ""), state.current_task_state.started_at
    if page is not None and page_state is None:
        # Sign-off asked for changes (which cancels the workflow) or a workflow was
        # cancelled: the draft waits for an editor to resubmit it.
        return Stage.RESUBMIT, page.latest_revision_created_at
    return "", None


FINISHED = (SubmissionStatus.PUBLISHED, SubmissionStatus.REJECTED, SubmissionStatus.WITHDRAWN)


def queue_items(*, include_finished: bool = False, reviews=None, now=None) -> list[QueueItem]:
    """Every story in moderation with its stage and working-day timer, most urgent first.

    A fixed number of queries whatever the queue's length; the timers are computed here
    because working days (bank holidays) cannot be expressed in SQL portably.
    """
    now = now or timezone.now()
    if reviews is None:
        reviews = Review.objects.all()
        if not include_finished:
            reviews = reviews.exclude(submission__status__in=FINISHED)
    reviews = list(reviews.select_related("submission", "assignee", "locked_by").order_by("created_at"))
    review_ct = ContentType.objects.get_for_model(Review)
    states = {
        state.object_id: state
        for state in WorkflowState.objects.active()
        .filter(base_content_type=review_ct, object_id__in=[str(r.pk) for r in reviews])
        .select_related("current_task_state")
    }
    submission_ids = [r.submission_id for r in reviews]
    pages = {p.submission_id: p for p in CaseStudyPage.objects.filter(submission_id__in=submission_ids)}
    page_ct = ContentType.objects.get_for_model(Page)  # page workflow states use the base type
    page_states = {
        int(state.object_id): state
        for state in WorkflowState.objects.active()
        .filter(base_content_type=page_ct, object_id__in=[str(p.pk) for p in pages.values()])
        .select_related("current_task_state")
    }
    tasks = {task.pk: task for task in Task.objects.specific()}  # a handful: one query per type
    labels = dict(Stage.choices)
    items = []
    for review in reviews:
        page = pages.get(review.submission_id)
        page_state = page_states.get(page.pk) if page else None
        stage, since = _stage(review, states.get(str(review.pk)), page, page_state, tasks)
        if not include_finished and stage in ("", Stage.PUBLISHED, Stage.DECLINED, Stage.WITHDRAWN):
            continue
        target = settings.MODERATION_TARGET_WORKING_DAYS.get(stage)
        days = working_days_between(since, now) if since else None
        rag = rag_status(days, target) if days is not None and target else ""
        items.append(
            QueueItem(
                review=review,
                stage=stage,
                stage_label=str(labels.get(stage, "")),
                page=page,
                waiting_since=since,
                working_days=days,
                target=target,
                rag=rag,
                rag_label=str(RAG_LABELS.get(rag, "")),
            )
        )
    items.sort(key=lambda item: item.urgency)
    return items


def queue_item(review: Review, *, now=None) -> QueueItem:
    return queue_items(include_finished=True, reviews=Review.objects.filter(pk=review.pk), now=now)[0]


# ------------------------------------------------------------------------- waiting for you
# The stages a comms editor acts on besides their two tasks: drafts sent back for changes.
EDITOR_STAGES = (Stage.CONSENT_CHECK, Stage.ANONYMISATION, Stage.CHANGES_REQUESTED, Stage.RESUBMIT)
_RAG_ORDER = {"red": 0, "amber": 1, "green": 2, "": 3}


def stages_for_user(user) -> set[str]:
    """The queue stages this user can act on, read from the groups of the workflow tasks.

    Comms editors (the consent check and anonymisation groups) also pick up drafts sent back
    for changes; sign-off editors get sign-off. Superusers can act on every step.
    """
    if not user.is_active:
        return set()
    if user.is_superuser:
        return {*EDITOR_STAGES, Stage.SIGN_OFF}
    group_ids = list(user.groups.values_list("pk", flat=True))
    if not group_ids:
        return set()
    stages = {
        model.stage
        for model in (ConsentCheckTask, AnonymisationTask, SignOffTask)
        if model.objects.filter(active=True, groups__in=group_ids).exists()
    }
    if Stage.ANONYMISATION in stages:
        stages |= {Stage.CHANGES_REQUESTED, Stage.RESUBMIT}
    return stages


def submissions_anonymised_by(*, user, submission_ids: Iterable[int] | None = None) -> set[int]:
    """The submissions whose story this user anonymised: ``anonymiser_ids`` for many stories at once.

    Two queries whatever the number of stories, so a dashboard can leave out every story a
    user may not sign off without asking story by story.
    """
    review_ct = ContentType.objects.get_for_model(Review)
    page_ct = ContentType.objects.get_for_model(Page)
    reviews = Review.objects.all()
    pages = CaseStudyPage.objects.all()
    if submission_ids is not None:
        submission_ids = list(submission_ids)
        if not submission_ids:
            return set()
        reviews = reviews.filter(submission_id__in=submission_ids)
        pages = pages.filter(submission_id__in=submission_ids)
    outer_pk = Cast(OuterRef("pk"), output_field=CharField())
    redacted = ModelLogEntry.objects.filter(
        content_type=review_ct, object_id=outer_pk, action__in=ANONYMISATION_ACTIONS, user=user
    )
    approved = TaskState.objects.filter(
        workflow_state__base_content_type=review_ct,
        workflow_state__object_id=outer_pk,
        task__in=AnonymisationTask.objects.all(),
        status=TaskState.STATUS_APPROVED,
        finished_by=user,
    )
    edited = Revision.objects.filter(base_content_type=page_ct, object_id=outer_pk, user=user)
    found = set(reviews.filter(Exists(redacted) | Exists(approved)).values_list("submission_id", flat=True))
    found |= set(pages.filter(Exists(edited)).values_list("submission_id", flat=True))
    return found


@dataclass
class WaitingItem:
    """A story on someone's "Waiting for you" list."""

    item: QueueItem
    assigned_to_me: bool
    received_days: int

    @property
    def review(self) -> Review:
        return self.item.review

    @property
    def priority(self) -> bool:
        return self.item.review.priority

    @property
    def days_left(self) -> int | None:
        """Working days until the step's target: 0 is due today, negative is overdue."""
        if self.item.target is None or self.item.working_days is None:
            return None
        return self.item.target - self.item.working_days

    @property
    def days_overdue(self) -> int:
        return -(self.days_left or 0)

    @property
    def sort_key(self) -> tuple:
        return (
            not self.priority,
            not self.assigned_to_me,
            _RAG_ORDER[self.item.rag],
            -(self.item.working_days or 0),
            self.review.pk,
        )


def waiting_for(*, user, now=None) -> list[WaitingItem]:
    """The stories waiting for this user's action: priority first, then theirs, then the most overdue.

    A sign-off editor never gets a story they anonymised (they may not sign it off). A fixed
    number of queries whatever the number of stories.
    """
    stages = stages_for_user(user)
    if not stages:
        return []
    now = now or timezone.now()
    items = [item for item in queue_items(now=now) if item.stage in stages]
    if Stage.SIGN_OFF in stages:
        at_sign_off = [item.review.submission_id for item in items if item.stage == Stage.SIGN_OFF]
        theirs = submissions_anonymised_by(user=user, submission_ids=at_sign_off)
        items = [
            item
            for item in items
            if not (item.stage == Stage.SIGN_OFF and item.review.submission_id in theirs)
        ]
    waiting = [
        WaitingItem(
            item=item,
            assigned_to_me=item.review.assignee_id == user.pk,
            received_days=working_days_between(item.review.created_at, now),
        )
        for item in items
    ]
    waiting.sort(key=lambda entry: entry.sort_key)
    return waiting


# ------------------------------------------------------------------------ privacy officers
@dataclass(frozen=True)
class PrivacyContact:
    name: str
    email: str


@dataclass(frozen=True)
class PrivacyOfficers:
    """How an editor reaches the privacy officer, who alone may contact the storyteller."""

    text: str
    people: tuple[PrivacyContact, ...]

    def __bool__(self) -> bool:
        return bool(self.text or self.people)


def privacy_officer_contacts() -> PrivacyOfficers:
    """``PRIVACY_OFFICER_CONTACT`` if set, otherwise the active members of the privacy officers group."""
    text = (getattr(settings, "PRIVACY_OFFICER_CONTACT", "") or "").strip()
    if text:
        return PrivacyOfficers(text=text, people=())
    User = get_user_model()
    members = (
        User.objects.filter(is_active=True, groups__name=PRIVACY)
        .distinct()
        .order_by("last_name", "first_name", "pk")
    )
    people = tuple(
        PrivacyContact(name=user.get_full_name() or user.get_username(), email=user.email) for user in members
    )
    return PrivacyOfficers(text="", people=people)
