"""Moderation records: one Review per verified submission, its photos, and the workflow tasks.

A Review holds the *working copy* of the public text while it is anonymised. It is a
Wagtail workflow object (``WorkflowMixin`` with draft state, revisions and locking) so
consent check and anonymisation run as Wagtail workflow tasks with Wagtail's history,
locks and log entries. Its revisions hold only the working text fields, never the
submitter's contact details, which stay on the Submission. When anonymisation is
approved, a ``CaseStudyPage`` draft is made from the Review's text and the page runs
the second workflow: the storyteller's approval, then sign-off. See docs/moderation.md.
"""

from __future__ import annotations

from django.conf import settings
from django.core.files.storage import storages
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import (
    AbstractGroupApprovalTask,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    Task,
    TaskState,
    WorkflowMixin,
)

from .choices import PhotoMode, StorytellerAnswer


def _private_storage():
    return storages["private"]


# The Review's public text fields, in the order the review shows them.
ORIGINAL_FIELDS = ("title", "summary", "pull_quote", "story", "what_changed", "lessons", "attribution")
# The English translation editors record of a story told in another language: anonymised
# like the original (the detector runs on both) and published as the story's English page.
ENGLISH_FIELDS = {f"english_{name}": name for name in ORIGINAL_FIELDS}
TEXT_FIELDS = (*ORIGINAL_FIELDS, *ENGLISH_FIELDS)


class Review(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, models.Model):
    """The moderation of one submission: consent check and anonymisation."""

    submission = models.OneToOneField(
        "casestudies.Submission", on_delete=models.CASCADE, related_name="review", editable=False
    )
    # The working copy of the public text (starts as the original, ends anonymised).
    title = models.CharField(_("title"), max_length=255, blank=True)
    summary = models.TextField(_("summary"), blank=True)
    pull_quote = models.TextField(_("pull quote"), blank=True)
    story = models.TextField(_("story"), blank=True)
    what_changed = models.TextField(_("what changed"), blank=True)
    lessons = models.TextField(_("what the landlord learned"), blank=True)
    attribution = models.CharField(_("attribution"), max_length=200, blank=True)
    english_title = models.CharField(_("title in English"), max_length=255, blank=True)
    english_summary = models.TextField(_("summary in English"), blank=True)
    english_pull_quote = models.TextField(_("pull quote in English"), blank=True)
    english_story = models.TextField(_("story in English"), blank=True)
    english_what_changed = models.TextField(_("what changed, in English"), blank=True)
    english_lessons = models.TextField(_("what the landlord learned, in English"), blank=True)
    english_attribution = models.CharField(_("attribution in English"), max_length=200, blank=True)

    # Consent check
    intended_uses = models.JSONField(_("intended uses"), default=list, blank=True)
    consent_checked_at = models.DateTimeField(null=True, blank=True)

    # Findings an editor decided are not personal data, as keyed digests (never the text).
    dismissed = models.JSONField(default=list, blank=True, editable=False)

    # The queue
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_reviews",
    )
    safety_concerns = models.JSONField(_("safety concerns"), default=list, blank=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now)

    # The storyteller's check of the anonymised version
    storyteller_answer = models.CharField(
        max_length=32, choices=StorytellerAnswer.choices, blank=True, default=""
    )
    storyteller_answered_at = models.DateTimeField(null=True, blank=True)
    # The page revision the storyteller approved: sign-off must publish exactly this one.
    storyteller_revision_id = models.PositiveIntegerField(null=True, blank=True)
    # What the storyteller asked us to remove: private, like the story itself.
    storyteller_feedback = models.TextField(blank=True)

    # Why the story was not used
    rejection_reason = models.ForeignKey(
        "moderation.RejectionReason", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("story review")
        verbose_name_plural = _("story reviews")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        # Log entries and revisions store this label: the reference only, never text.
        return self.submission.reference

    @property
    def priority(self) -> bool:
        return bool(self.safety_concerns)

    @property
    def needs_english(self) -> bool:
        """Told in another language: editors record (and anonymise) an English translation."""
        return self.submission.language != "en"

    def text_fields(self) -> tuple[str, ...]:
        return TEXT_FIELDS if self.needs_english else ORIGINAL_FIELDS

    def texts(self) -> dict[str, str]:
        return {name: getattr(self, name) or "" for name in self.text_fields()}

    def text_languages(self) -> dict[str, str]:
        """The language of each text, for the detector: the original's, or English."""
        return {
            name: "en" if name in ENGLISH_FIELDS else self.submission.language for name in self.text_fields()
        }

    # Revisions hold the working text only; everything else stays on the live row.
    def serializable_data(self) -> dict:
        data = {name: getattr(self, name) for name in TEXT_FIELDS}
        data.update(pk=self.pk, intended_uses=list(self.intended_uses), dismissed=list(self.dismissed))
        return data

    def with_content_json(self, content: dict) -> Review:
        obj = Review.objects.get(pk=self.pk)
        for name in (*TEXT_FIELDS, "intended_uses", "dismissed"):
            if name in content:
                setattr(obj, name, content[name])
        return obj


class ReviewPhoto(models.Model):
    """An editor's decision about one of the submission's photos, and its blurred copy."""

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="photos")
    photo = models.OneToOneField("casestudies.Photo", on_delete=models.CASCADE, related_name="review")
    use = models.BooleanField(_("use this photo"), default=False)
    # The areas to hide, each with its own mode: [{"x", "y", "w", "h", "mode": "blur"|"black"}]
    # as fractions of the photo (moderation.photo_redaction.Region.as_json).
    regions = models.JSONField(default=list, blank=True)
    # An editor decided about this photo (used it, redacted, or left it out on purpose):
    # a photo the consent covers cannot pass anonymisation until this is set.
    reviewed_at = models.DateTimeField(null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The redacted copy: private until a page is made, and only this copy is ever published.
    redacted = models.FileField(upload_to="redacted/%Y/%m/", storage=_private_storage, blank=True)
    redacted_at = models.DateTimeField(null=True, blank=True)
    caption = models.CharField(_("caption"), max_length=250, blank=True)
    alt_text = models.CharField(_("alternative text"), max_length=250, blank=True)
    # The Wagtail image made from the redacted copy: the only image a case study may show.
    published_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["photo__uploaded_at", "pk"]

    def __str__(self) -> str:
        return f"{self.review} photo {self.photo_id}"

    @property
    def ready(self) -> bool:
        """Either not used, or redacted (even with no areas) with alt text."""
        return not self.use or bool(self.redacted and self.alt_text)

    def area_counts(self) -> dict[str, int]:
        """How many areas are blurred and how many blacked out."""
        counts = {mode: 0 for mode in PhotoMode.values}
        for region in self.regions or ():
            mode = region.get("mode") if isinstance(region, dict) else None
            counts[mode if mode in counts else PhotoMode.BLUR] += 1
        return counts


class RejectionReason(models.Model):
    """Editable wording for telling a submitter, kindly, why their story won't be used.

    One message per campaign language, so each submitter reads it in their own; an
    empty translation falls back to the English.
    """

    name = models.CharField(_("name"), max_length=100, unique=True)
    message = models.TextField(_("message (English)"))
    message_ar = models.TextField(_("message (Arabic)"), blank=True)
    message_bn = models.TextField(_("message (Bengali)"), blank=True)
    message_pl = models.TextField(_("message (Polish)"), blank=True)
    message_pa = models.TextField(_("message (Punjabi)"), blank=True)
    message_ro = models.TextField(_("message (Romanian)"), blank=True)
    message_ur = models.TextField(_("message (Urdu)"), blank=True)
    active = models.BooleanField(_("offered to editors"), default=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("rejection reason")

    def __str__(self) -> str:
        return self.name

    def message_in(self, language: str) -> str:
        return getattr(self, f"message_{language}", "") or self.message


# Workflow tasks ------------------------------------------------------------------


class _GroupTask(AbstractGroupApprovalTask):
    """A task for the members of its groups; actions are driven from the review views."""

    stage = ""

    class Meta:
        abstract = True

    def user_in_groups(self, user) -> bool:
        return user.is_active and (user.is_superuser or self._user_in_groups(user))

    def get_actions(self, obj, user):
        if not self.user_in_groups(user):
            return []
        return [("approve", _("Approve"), True), ("reject", _("Request changes"), True)]

    def get_task_states_user_can_moderate(self, user, **kwargs):
        # Reviews are moderated in the moderation queue, not from the dashboard panel,
        # which only knows pages and registered snippets.
        return TaskState.objects.none()

    @classmethod
    def get_description(cls):
        return cls.description


class ConsentCheckTask(_GroupTask):
    """Comms editors confirm the consent covers each intended use, or decline the story."""

    stage = "consent_check"
    description = _("An editor confirms the consent covers each intended use, or declines the story")

    class Meta:
        verbose_name = _("consent check task")


class AnonymisationTask(_GroupTask):
    """Comms editors redact the story; approving makes the case study page draft."""

    stage = "anonymisation"
    description = _("An editor resolves every PII finding and blurs photos; approval makes the page draft")

    class Meta:
        verbose_name = _("anonymisation review task")


class StorytellerApprovalTask(Task):
    """The storyteller approves the anonymised version through a signed link.

    No admin user can act on it (its actions come from the storyteller's link); the
    page is locked while it waits, so they approve exactly what they saw.
    """

    stage = "storyteller_approval"

    class Meta:
        verbose_name = _("storyteller approval task")

    def start(self, workflow_state, user=None) -> TaskState:
        task_state = super().start(workflow_state, user=user)
        from .publication import storyteller_check_start

        storyteller_check_start(page=workflow_state.content_object, task_state=task_state)
        return task_state

    def locked_for_user(self, obj, user):
        return not user.is_superuser

    def get_actions(self, obj, user):
        return []

    @classmethod
    def get_description(cls):
        return _("The storyteller sees the anonymised version and approves it or asks for more to be removed")


class SignOffTask(_GroupTask):
    """A second person signs off; whoever anonymised the story cannot."""

    stage = "sign_off"
    description = _("A second person, not the one who anonymised it, signs off the case study")

    class Meta:
        verbose_name = _("sign-off task")

    def get_actions(self, obj, user):
        from .selectors import anonymiser_ids

        if not self.user_in_groups(user) or user.pk in anonymiser_ids(obj):
            return []
        return [
            ("reject", _("Request changes"), True),
            # Wagtail adds "and Publish" to the last task's approve label.
            ("approve", _("Sign off"), False),
            ("approve", _("Sign off with comment"), True),
        ]

    def locked_for_user(self, obj, user):
        # Sign-off editors open the editor to act, but may not change the text: the form
        # refuses edits at this step (moderation.scanning) and sign_off_check refuses any
        # revision other than the one the storyteller approved.
        return not self.user_in_groups(user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        if self.user_in_groups(user):
            return self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        return TaskState.objects.none()

    def on_action(self, task_state, user, action_name, **kwargs):
        """One action per task state, whichever door it comes through and however many
        requests carry it (autosave, a double click, a retry): under the page's lock, a task
        state already acted on is left alone. The approval and the publish it triggers
        commit together, so a failed publish leaves the task waiting (moderation.concurrency)."""
        from .concurrency import task_state_claim

        with transaction.atomic():
            claimed = task_state_claim(task_state)
            if claimed is None:
                return None
            return self._act(claimed, user, action_name, **kwargs)

    def _act(self, task_state, user, action_name, **kwargs):
        if action_name == "approve":
            from .publication import sign_off_check

            sign_off_check(page=task_state.workflow_state.content_object.specific, user=user)
        result = super().on_action(task_state, user, action_name, **kwargs)
        if action_name == "reject":
            # Changes after sign-off go back through the storyteller: the workflow is
            # cancelled, and resubmitting the edited draft starts it from their check.
            task_state.workflow_state.refresh_from_db()
            task_state.workflow_state.cancel(user=user)
            from .publication import sign_off_changes_asked

            sign_off_changes_asked(page=task_state.workflow_state.content_object, user=user)
        return result
