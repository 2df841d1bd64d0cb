"""Opening a review, the consent check, assignment and declining a story.

Every decision is a Wagtail log entry naming who and when; the entries carry codes
and counts, never text from the story or the submitter's details.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import TaskState, Workflow, WorkflowState

from casestudies import lifecycle
from casestudies.choices import SubmissionKind
from casestudies.models import Photo, PhotoStatus, Submission

from . import safety
from .choices import CONSENT_FOR_USE, IntendedUse
from .models import ConsentCheckTask, RejectionReason, Review, ReviewPhoto

REVIEW_WORKFLOW = "Story moderation"


def submission_texts(submission: Submission) -> dict[str, str]:
    """The storyteller's own words, by the review field each one starts."""
    if submission.kind == SubmissionKind.LANDLORD:
        return {
            "story": submission.complaint_summary,
            "what_changed": submission.changes_made,
            "lessons": submission.lessons_learned,
        }
    return {"story": submission.story, "what_changed": submission.what_changed}


def safety_rescan() -> tuple[int, int]:
    """Triage again every story still being worked on, on the storyteller's own words, after
    the safety rules changed: (stories checked, stories whose concerns changed). A concern
    found now is added; one no longer found is dropped."""
    checked = changed = 0
    reviews = Review.objects.select_related("submission").filter(submission__status__in=lifecycle.IN_PROGRESS)
    for review in reviews.iterator():
        checked += 1
        concerns = safety.safety_concerns(*submission_texts(review.submission).values())
        if sorted(concerns) != sorted(review.safety_concerns or []):
            Review.objects.filter(pk=review.pk).update(safety_concerns=concerns)
            changed += 1
    return checked, changed


@transaction.atomic
def review_open(*, submission: Submission) -> Review:
    """Start moderating a verified submission: the working copy and the workflow. Idempotent."""
    existing = Review.objects.filter(submission=submission).first()
    if existing is not None:
        return existing
    texts = submission_texts(submission)
    review = Review.objects.create(
        submission=submission,
        live=False,
        safety_concerns=safety.safety_concerns(*texts.values()),
        **texts,
    )
    # Only processed photos: one still processing joins when ready (review_photo_add).
    for photo in submission.photos.filter(status=PhotoStatus.READY):
        ReviewPhoto.objects.create(review=review, photo=photo)
    review.save_revision(clean=False)
    workflow = review.get_workflow() or Workflow.objects.get(name=REVIEW_WORKFLOW)
    workflow.start(review, user=None)
    lifecycle.story_review_opened(submission=submission)
    return review


def review_photo_add(*, photo: Photo) -> ReviewPhoto | None:
    """A photo processed after its story's review opened joins it, undecided: before the
    anonymisation is done an editor must decide about it like any other; after, it is
    listed at sign-off as not reviewed and left out (publication skips it)."""
    if photo.status != PhotoStatus.READY:
        return None
    review = Review.objects.filter(submission_id=photo.submission_id).first()
    if review is None:
        return None
    copy, _created = ReviewPhoto.objects.get_or_create(photo=photo, defaults={"review": review})
    return copy


def photos_pending(submission: Submission) -> int:
    """How many of the story's photos are still being processed (not yet shown to editors)."""
    return submission.photos.filter(status=PhotoStatus.PROCESSING).count()


def current_task_state(obj) -> TaskState | None:
    state = obj.current_workflow_state
    if state is None or state.status != WorkflowState.STATUS_IN_PROGRESS:
        return None
    return state.current_task_state


def task_act(*, obj, user, stage: str, action: str, comment: str = "") -> None:
    """Take a workflow action as the task itself allows it, or refuse."""
    task_state = current_task_state(obj)
    if task_state is None:
        raise PermissionDenied(_("This story is not waiting for that step."))
    task = task_state.task.specific
    if getattr(task, "stage", "") != stage:
        raise PermissionDenied(_("This story is not waiting for that step."))
    if action not in {name for name, _label, _form in task.get_actions(obj, user)}:
        raise PermissionDenied(_("You cannot take this step."))
    task.on_action(task_state, user, action, comment=comment)


def consent_missing(*, review: Review, uses: list[str]) -> list[str]:
    """The intended uses the consent does not cover, as labels."""
    consent = review.submission.consent
    labels = dict(IntendedUse.choices)
    return [
        str(labels[use])
        for use in uses
        if consent is None or consent.withdrawn_at or not getattr(consent, CONSENT_FOR_USE[use], False)
    ]


@transaction.atomic
def consent_check_approve(*, review: Review, user, uses: list[str]) -> Review:
    """The editor confirms the consent covers each use they intend; the story moves on."""
    review = Review.objects.select_for_update().get(pk=review.pk)
    if IntendedUse.WEBSITE not in uses:
        raise ValidationError(_("Select publishing the anonymised story: every case study needs it"))
    missing = consent_missing(review=review, uses=uses)
    if missing:
        raise ValidationError(
            _("The consent does not cover: %(uses)s. Untick it, or decline the story.")
            % {"uses": "; ".join(missing)}
        )
    review.intended_uses = [use for use in IntendedUse.values if use in uses]
    review.consent_checked_at = timezone.now()
    review.save(update_fields=["intended_uses", "consent_checked_at"])
    review.save_revision(user=user, clean=False)
    task_act(obj=review, user=user, stage=ConsentCheckTask.stage, action="approve")
    lifecycle.story_consent_checked(submission=review.submission, user=user, uses=review.intended_uses)
    log(instance=review, action="moderation.consent_checked", user=user, data={"uses": review.intended_uses})
    return review


def review_assign(*, review: Review, user, assignee) -> None:
    review.assignee = assignee
    review.save(update_fields=["assignee"])
    log(
        instance=review,
        action="moderation.assigned",
        user=user,
        data={"assignee_id": assignee.pk if assignee else None},
    )


@transaction.atomic
def story_decline(*, review: Review, user, reason: RejectionReason) -> None:
    """Decline the story: the review's workflow cancelled and its images deleted here; the
    state, the page drafts and the kind email to the storyteller in lifecycle.story_declined."""
    review = Review.objects.select_for_update().get(pk=review.pk)
    submission = review.submission
    if not lifecycle.allowed(submission, "declined"):
        raise PermissionDenied(_("This story can no longer be declined here."))
    state = review.current_workflow_state
    if state is not None:
        state.cancel(user=user)
    lifecycle.story_declined(submission=submission, user=user, reason_id=reason.pk)
    images_delete(review)
    review.rejection_reason = reason
    review.locked, review.locked_by, review.locked_at = False, None, None
    review.save(update_fields=["rejection_reason", "locked", "locked_by", "locked_at"])
    log(instance=review, action="moderation.declined", user=user, data={"reason_id": reason.pk})


def images_delete(review: Review | None) -> None:
    """Delete the Wagtail images (and their renditions) made from a story's photos."""
    if review is None:
        return
    image_model = get_image_model()
    ids = list(review.photos.exclude(published_image=None).values_list("published_image_id", flat=True))
    for image in image_model.objects.filter(pk__in=ids):
        image.delete()
