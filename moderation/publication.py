"""From an anonymised review to a published case study page.

The page is made from the Review's anonymised text and the redacted photo copies
only. It then runs the "Case study sign-off" page workflow: the storyteller's
approval through a signed link, then sign-off by a second person, then publication.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from django.utils.crypto import get_random_string
from django.utils.text import slugify
from django.utils.translation import gettext as _

from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import Locale, TaskState, Workflow

from casestudies import lifecycle
from casestudies.models import CaseStudyIndexPage, CaseStudyPage, CaseStudyPagePhoto, Submission

from .choices import IntendedUse, StorytellerAnswer
from .models import ENGLISH_FIELDS, ORIGINAL_FIELDS, Review, StorytellerApprovalTask
from .reidentification import sign_off_risk_problem
from .reviews import images_delete
from .scanning import page_findings
from .selectors import anonymiser_ids

logger = logging.getLogger(__name__)

SIGN_OFF_WORKFLOW = "Case study sign-off"


def case_study_index(language: str | None = None) -> CaseStudyIndexPage:
    """The listing a story in this language is published under: the English one, or the
    listing of the story's own language (made as an alias of the English one if missing)."""
    english = CaseStudyIndexPage.objects.filter(locale=Locale.get_default()).first()
    if english is None:
        english = CaseStudyIndexPage.objects.first()
    if english is None:
        raise PermissionDenied(
            _("Create the case studies index page first: new case studies are made under it.")
        )
    if not language or language == Locale.get_default().language_code:
        return english
    locale, _created = Locale.objects.get_or_create(language_code=language)
    index = CaseStudyIndexPage.objects.filter(locale=locale).first()
    if index is None:
        index = english.copy_for_translation(locale, copy_parents=True, alias=True)
    return index


def case_study_create(*, review: Review, user) -> CaseStudyPage:
    """Make the case study draft from the anonymised text only, and start its sign-off.

    A story told in another language gets two pages sharing one translation key: the
    original under its language's listing (the one the workflow runs on) and the
    English translation under the English listing, published with it.
    """
    submission = review.submission
    page = _page_from(review, {name: getattr(review, name) for name in ORIGINAL_FIELDS})
    images = _published_images(review)
    for image, photo in images:
        page.photos.add(CaseStudyPagePhoto(image=image, caption=photo.caption, alt_text=photo.alt_text))
    case_study_index(submission.language).add_child(instance=page)
    revision = page.save_revision(user=user, clean=False, log_action=True)
    if review.needs_english:
        english = _page_from(review, {name: getattr(review, field) for field, name in ENGLISH_FIELDS.items()})
        english.translation_key = page.translation_key
        for image, photo in images:
            english.photos.add(
                CaseStudyPagePhoto(image=image, caption=photo.caption, alt_text=photo.alt_text)
            )
        case_study_index().add_child(instance=english)
        english.save_revision(user=user, clean=False, log_action=True)
    log(instance=review, action="moderation.case_study_created", user=user, data={"page_id": page.pk})
    lifecycle.story_anonymised(submission=submission, user=user, page_id=page.pk)
    workflow = page.get_workflow() or Workflow.objects.get(name=SIGN_OFF_WORKFLOW)
    workflow.start(page, user)
    logger.info("Case study page %s made from review %s (revision %s)", page.pk, review.pk, revision.pk)
    return page


def _page_from(review: Review, texts: dict[str, str]) -> CaseStudyPage:
    submission = review.submission
    return CaseStudyPage(
        title=texts["title"],
        slug=_unique_slug(texts["title"]),
        live=False,
        kind=submission.kind,
        summary=texts["summary"],
        pull_quote=texts["pull_quote"],
        story=texts["story"],
        what_changed=texts["what_changed"],
        lessons=texts["lessons"],
        attribution=texts["attribution"],
        themes=list(submission.themes),
        complaint_stage=submission.complaint_stage,
        complaint_when=submission.complaint_when,
        responses_on_time=submission.responses_on_time,
        outcomes=list(submission.outcomes),
        ombudsman_finding=submission.ombudsman_finding,
        region=submission.region,
        story_language=submission.language,
        share_on_social=IntendedUse.SOCIAL in review.intended_uses,
        submission=submission,
    )


def _published_images(review: Review) -> list:
    """Wagtail images made from the redacted photo copies, if consent covers photos."""
    if IntendedUse.PHOTOS not in review.intended_uses:
        return []
    image_model = get_image_model()
    made = []
    for photo in review.photos.filter(use=True).exclude(redacted=""):
        with photo.redacted.open("rb") as handle:
            image = image_model(title=f"Case study photo {photo.pk}")
            image.file = ImageFile(handle, name=photo.redacted.name.rsplit("/", 1)[-1])
            image.save()
        photo.published_image = image
        photo.save(update_fields=["published_image"])
        made.append((image, photo))
    return made


def translations_of(page: CaseStudyPage) -> list[CaseStudyPage]:
    """The other pages made from the same story (its English translation, or its original)."""
    if not page.submission_id:
        return []
    return list(CaseStudyPage.objects.filter(submission_id=page.submission_id).exclude(pk=page.pk))


def _unique_slug(title: str) -> str:
    """The title and a random suffix: never the reference, which the storyteller's emails carry."""
    base = slugify(title)[:60].strip("-") or "case-study"
    while True:
        slug = f"{base}-{get_random_string(6, '0123456789')}"
        if not CaseStudyPage.objects.filter(slug=slug).exists():
            return slug


# The storyteller's check ---------------------------------------------------------


def storyteller_check_start(*, page: CaseStudyPage, task_state: TaskState) -> None:
    """Email the storyteller the anonymised version (called when the task starts)."""
    page = page.specific
    if not isinstance(page, CaseStudyPage) or page.submission_id is None:
        return  # nothing to ask: case studies only come from submissions
    submission = Submission.objects.get(pk=page.submission_id)
    # Their earlier requests stay on the review (sign-off shows them); only the answer resets.
    Review.objects.filter(submission=submission).update(storyteller_answer="", storyteller_answered_at=None)
    lifecycle.story_sent_to_storyteller(submission=submission, user=task_state.workflow_state.requested_by)


def storyteller_task_state(page: CaseStudyPage) -> TaskState | None:
    state = page.current_workflow_state
    if state is None or state.current_task_state is None:
        return None
    task_state = state.current_task_state
    if not isinstance(task_state.task.specific, StorytellerApprovalTask):
        return None
    if task_state.status != TaskState.STATUS_IN_PROGRESS:
        return None
    return task_state


@transaction.atomic
def storyteller_respond(*, page: CaseStudyPage, approve: bool, feedback: str = "") -> bool:
    """The storyteller approves, or asks for more to be removed. Returns False if not waiting."""
    review = (
        Review.objects.select_for_update().select_related("submission").get(submission_id=page.submission_id)
    )
    task_state = storyteller_task_state(page)
    if task_state is None or not still_wanted(review.submission):
        return False
    # Two answers at once: only the first counts.
    task_state = TaskState.objects.select_for_update().get(pk=task_state.pk)
    if task_state.status != TaskState.STATUS_IN_PROGRESS:
        return False
    review.storyteller_answered_at = timezone.now()
    if approve:
        review.storyteller_answer = StorytellerAnswer.APPROVED
        review.storyteller_revision_id = page.get_latest_revision().pk
        review.save(
            update_fields=["storyteller_answer", "storyteller_answered_at", "storyteller_revision_id"]
        )
        log(instance=review, action="moderation.storyteller_approved", user=None)
        lifecycle.story_storyteller_approved(
            submission=review.submission, revision_id=review.storyteller_revision_id
        )
        task_state.approve(user=None)
    else:
        review.storyteller_answer = StorytellerAnswer.CHANGES
        if review.storyteller_feedback:  # a later round: the earlier requests stay, dated
            stamp = timezone.now().strftime("%Y-%m-%d %H:%M")
            feedback = f"{review.storyteller_feedback}\n\n[{stamp}] {feedback}"
        review.storyteller_feedback = feedback
        review.save(update_fields=["storyteller_answer", "storyteller_answered_at", "storyteller_feedback"])
        log(instance=review, action="moderation.storyteller_changes", user=None)
        lifecycle.story_changes_asked(submission=review.submission, by="storyteller")
        # The comment is shown to editors on the page; the storyteller's words stay on the review.
        task_state.reject(
            user=None, comment=_("The storyteller asked for more to be removed. See the review.")
        )
    return True


def storyteller_no_reply_due(*, now=None) -> int:
    """Approve checks nobody answered in time, where the consent allowed publishing then."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.STORYTELLER_APPROVAL_DAYS)
    due = TaskState.objects.filter(
        status=TaskState.STATUS_IN_PROGRESS,
        task__in=StorytellerApprovalTask.objects.all(),
        started_at__lt=cutoff,
    ).select_related("workflow_state")
    count = 0
    for task_state in due:
        page = task_state.workflow_state.content_object.specific
        consent = page.submission.consent if page.submission_id else None
        if consent is None or not consent.publish_without_reply or not still_wanted(page.submission):
            continue
        with transaction.atomic():
            review = Review.objects.select_for_update().get(submission_id=page.submission_id)
            review.storyteller_answer = StorytellerAnswer.NO_REPLY
            review.storyteller_answered_at = now
            review.storyteller_revision_id = page.get_latest_revision().pk
            review.save(
                update_fields=["storyteller_answer", "storyteller_answered_at", "storyteller_revision_id"]
            )
            log(instance=review, action="moderation.storyteller_no_reply", user=None)
            lifecycle.story_storyteller_no_reply(
                submission=page.submission, revision_id=review.storyteller_revision_id
            )
            task_state.approve(user=None)
        count += 1
    return count


# Sign-off ------------------------------------------------------------------------


def still_wanted(submission: Submission) -> bool:
    """Still in moderation (not withdrawn, declined or published already) and consent stands."""
    consent = submission.consent
    return submission.status in lifecycle.IN_PROGRESS and consent is not None and not consent.withdrawn_at


def sign_off_check(*, page: CaseStudyPage, user) -> None:
    """Refuse sign-off by an anonymiser, without the storyteller's approval of this very
    version, with findings left, with photos not blurred in review, or once withdrawn."""
    if user is not None and user.pk in anonymiser_ids(page):
        raise PermissionDenied(_("You anonymised this story, so a second person must sign it off."))
    review = Review.objects.select_related("submission").filter(submission_id=page.submission_id).first()
    if review is None or not still_wanted(review.submission):
        raise PermissionDenied(_("This story has been withdrawn or declined: it cannot be published."))
    if review.storyteller_answer not in (StorytellerAnswer.APPROVED, StorytellerAnswer.NO_REPLY):
        raise PermissionDenied(_("The storyteller has not approved the anonymised version."))
    latest_revision = page.get_latest_revision()
    if latest_revision is None or latest_revision.pk != review.storyteller_revision_id:
        raise PermissionDenied(
            _("The page changed after the storyteller approved it. Resubmit it so they can check it again.")
        )
    latest = latest_revision.as_object()
    findings = page_findings(latest)
    for translation in translations_of(page):  # the English translation is published with it
        revision = translation.get_latest_revision()
        findings += page_findings(revision.as_object() if revision else translation)
    if findings:
        raise PermissionDenied(
            _("The detector still finds %(count)s unresolved finding(s) on this page.")
            % {"count": len(findings)}
        )
    allowed = allowed_image_ids(page)
    if any(photo.image_id not in allowed for photo in latest.photos.all()):
        raise PermissionDenied(_("Only photos blurred in the anonymisation review can be published."))
    risk_problem = sign_off_risk_problem(page)
    if risk_problem:
        raise PermissionDenied(risk_problem)


def allowed_image_ids(page: CaseStudyPage) -> set[int]:
    """The images a case study may show: those made from its redacted photo copies."""
    review = Review.objects.filter(submission_id=page.submission_id).first()
    if review is None or IntendedUse.PHOTOS not in review.intended_uses:
        return set()
    photos = review.photos.filter(use=True).exclude(published_image=None)
    return set(photos.values_list("published_image_id", flat=True))


def story_sign_off(*, page: CaseStudyPage, user) -> None:
    """The sign-off workflow finished: publish through the story's lifecycle, which moves
    the state only once the page is live."""
    page = page.specific
    if not page.submission_id:  # a case study made by hand: nothing to follow
        page.get_latest_revision().publish(user=user, skip_permission_checks=True)
        return
    lifecycle.story_signed_off(submission=page.submission, page=page, user=user)


@transaction.atomic
def moderation_stop(*, submission: Submission, user=None) -> None:
    """The story stopped (withdrawn or lapsed): its review's workflow cancelled, the images
    made from its photos deleted, the review unlocked. Its pages were taken down by
    casestudies.lifecycle before this is called."""
    review = Review.objects.filter(submission=submission).first()
    if review is None:
        return
    state = review.current_workflow_state
    if state is not None:
        state.cancel(user=user)
    images_delete(review)
    if review.locked:
        Review.objects.filter(pk=review.pk).update(locked=False, locked_by=None, locked_at=None)


# The storyteller takes part of their consent back (casestudies/story_page.py) ---------

# Consent scope -> the intended use it allowed.
USE_FOR_SCOPE = {
    "use_first_name": IntendedUse.FIRST_NAME,
    "use_photos": IntendedUse.PHOTOS,
    "use_in_advertising": IntendedUse.SOCIAL,
}


def scope_remove(*, submission: Submission, scope: str) -> None:
    """A use taken back: the review no longer intends it, and taken-back photos' images go
    (the pages no longer show them: casestudies.publishing did that first)."""
    use = USE_FOR_SCOPE.get(scope)
    if use is None:
        return  # e.g. media contact: nothing in the review
    review = Review.objects.filter(submission=submission).first()
    if review is None:
        return
    if use in review.intended_uses:
        review.intended_uses = [u for u in review.intended_uses if u != use]
        review.save(update_fields=["intended_uses"])
    if use == IntendedUse.PHOTOS:
        images_delete(review)


def removal_request_keep(*, submission: Submission, text: str) -> None:
    """Keep the storyteller's request privately on the review, for editors to act on."""
    review = Review.objects.filter(submission=submission).first()
    if review is None:
        return
    stamp = timezone.now().strftime("%Y-%m-%d %H:%M")
    review.storyteller_feedback = f"{review.storyteller_feedback}\n\n[{stamp}] {text}".strip()
    review.save(update_fields=["storyteller_feedback"])


def sign_off_changes_asked(*, page: CaseStudyPage, user) -> None:
    """The sign-off editor asked for changes: the story goes back to the editors (and, once
    edited and resubmitted, to the storyteller again)."""
    page = page.specific
    if page.submission_id:
        lifecycle.story_changes_asked(submission=page.submission, user=user, by="sign_off")
