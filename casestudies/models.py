"""Intake records: the private Submission, its consent record, photos and emails.

Personal data lives in typed columns here (queryable and erasable), never in a JSON
blob and never in a page. Lists of fixed codes (themes, outcomes) are JSON lists of
choice values: they carry no personal data.
"""

from __future__ import annotations

from django.conf import settings
from django.core.files.storage import storages
from django.db import models
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from .choices import (
    ORGANISATION_DESCRIPTIONS,
    ComplaintStage,
    ComplaintWhen,
    EmailKind,
    EmailStatus,
    LandlordType,
    OmbudsmanFinding,
    OnTime,
    OrganisationType,
    Outcome,
    Region,
    SubmissionKind,
    SubmissionStatus,
    Theme,
)

STORY_MAX_LENGTH = 5000
LONG_ANSWER_MAX_LENGTH = 2000
MAX_PHOTOS = 5


def _private_storage():
    return storages["private"]


class SubmissionQuerySet(models.QuerySet):
    def for_editors(self) -> SubmissionQuerySet:
        """Submissions editors may see: verified ones only (drafts and unverified never)."""
        return self.exclude(
            status__in=[
                SubmissionStatus.DRAFT,
                SubmissionStatus.AWAITING_VERIFICATION,
                SubmissionStatus.EXPIRED,
            ]
        )


class Submission(models.Model):
    """A story as sent in. Private: only the admin shows it, contact details only to privacy officers."""

    reference = models.CharField(_("reference"), max_length=16, unique=True)
    kind = models.CharField(_("type"), max_length=16, choices=SubmissionKind.choices)
    status = models.CharField(
        _("state"),
        max_length=32,
        choices=SubmissionStatus.choices,
        default=SubmissionStatus.DRAFT,
        db_index=True,
    )
    language = models.CharField(
        _("language of the form"), max_length=8, choices=settings.LANGUAGES, default="en"
    )

    # The resident's answers
    themes = models.JSONField(_("themes"), default=list, blank=True)
    landlord_type = models.CharField(
        _("landlord type"), max_length=32, choices=LandlordType.choices, blank=True
    )
    landlord_name = models.CharField(_("landlord's name"), max_length=200, blank=True)
    complaint_stage = models.CharField(
        _("stage reached"), max_length=16, choices=ComplaintStage.choices, blank=True
    )
    complaint_when = models.CharField(
        _("when they complained"), max_length=16, choices=ComplaintWhen.choices, blank=True
    )
    responses_on_time = models.CharField(
        _("responses on time"), max_length=16, choices=OnTime.choices, blank=True
    )
    outcomes = models.JSONField(_("outcome"), default=list, blank=True)
    ombudsman_finding = models.CharField(
        _("Ombudsman's finding"), max_length=32, choices=OmbudsmanFinding.choices, blank=True
    )
    what_changed = models.TextField(_("what changed"), blank=True)
    story = models.TextField(_("story"), blank=True)

    # The landlord's answers
    organisation_name = models.CharField(_("organisation"), max_length=200, blank=True)
    organisation_type = models.CharField(
        _("type of organisation"), max_length=32, choices=OrganisationType.choices, blank=True
    )
    sender_role = models.CharField(_("sender's role"), max_length=200, blank=True)
    complaint_summary = models.TextField(_("the complaint in brief"), blank=True)
    lessons_learned = models.TextField(_("what the organisation learned"), blank=True)
    changes_made = models.TextField(_("what the organisation changed"), blank=True)
    figures = models.TextField(_("figures"), blank=True)

    # Contact details: personal data, masked for editors.
    full_name = models.CharField(_("full name"), max_length=200, blank=True)
    email = models.EmailField(_("email address"), max_length=254, blank=True)
    phone = models.CharField(_("phone number"), max_length=32, blank=True)
    region = models.CharField(_("region"), max_length=32, choices=Region.choices, blank=True)
    preferred_language = models.CharField(
        _("preferred language"), max_length=8, choices=settings.LANGUAGES, blank=True
    )

    # Progress through the form and the pipeline
    created_at = models.DateTimeField(_("started"), default=timezone.now)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)
    submitted_at = models.DateTimeField(_("sent"), null=True, blank=True)
    verified_at = models.DateTimeField(_("email verified"), null=True, blank=True)
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)
    # Erasure leaves this row as the minimal record: reference, kind, status, dates.
    erased_at = models.DateTimeField(_("personal data erased"), null=True, blank=True)
    erasure_reason = models.CharField(_("why it was erased"), max_length=32, blank=True)
    answered_steps = models.JSONField(default=list, blank=True, editable=False)
    # What the storyteller's own check found and they chose to keep
    # (casestudies.personal_details): [{"field": "story", "kind": "PERSON", "start": 10,
    # "end": 19}], offsets into that field's stored text. Codes and numbers only: the
    # words stay in the answer itself, so erasing the answer erases them.
    resident_kept = models.JSONField(
        _("details the storyteller kept"), default=list, blank=True, editable=False
    )

    objects = SubmissionQuerySet.as_manager()

    class Meta:
        verbose_name = _("submission")
        verbose_name_plural = _("submissions")
        ordering = ["-submitted_at", "-created_at"]
        permissions = [("view_contact_details", _("Can see submitters' contact details"))]
        indexes = [models.Index(fields=["status", "-verified_at"])]

    def __str__(self) -> str:
        return self.reference

    @property
    def is_landlord(self) -> bool:
        return self.kind == SubmissionKind.LANDLORD

    @property
    def received_at(self):
        """When editors received it: verification, not the first click."""
        return self.verified_at

    @property
    def organisation_description(self) -> str:
        """How a case study describes the organisation when it is not named ("a council")."""
        return str(ORGANISATION_DESCRIPTIONS.get(self.organisation_type, ""))

    def get_themes_display(self) -> list[str]:
        labels = dict(Theme.choices)
        return [str(labels.get(code, code)) for code in self.themes]

    def get_outcomes_display(self) -> list[str]:
        labels = dict(Outcome.choices)
        return [str(labels.get(code, code)) for code in self.outcomes]

    @property
    def consent(self) -> ConsentRecord | None:
        return self.consents.order_by("-given_at").first()


class ConsentRecord(models.Model):
    """What the submitter agreed to, in which wording and language, and when."""

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="consents")
    publish_anonymised = models.BooleanField(_("publish my story, anonymised"))
    use_first_name = models.BooleanField(_("use my first name"), default=False)
    use_photos = models.BooleanField(_("use my photos"), default=False)
    use_in_advertising = models.BooleanField(_("use in advertising"), default=False)
    media_contact = models.BooleanField(_("contact me about media interviews"), default=False)
    publish_organisation_name = models.BooleanField(_("publish the organisation's name"), default=False)
    publish_without_reply = models.BooleanField(_("publish if I do not reply to the check"), default=False)
    text_version = models.CharField(_("consent text version"), max_length=32)
    # The privacy notice in force when consent was given (cms_site's versioned notice).
    privacy_notice_version = models.CharField(_("privacy notice version"), max_length=32, blank=True)
    language = models.CharField(_("language shown"), max_length=8, choices=settings.LANGUAGES)
    given_at = models.DateTimeField(_("given"), default=timezone.now)
    verified_at = models.DateTimeField(_("verified"), null=True, blank=True)
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)
    # Scopes taken back one at a time ({"use_photos": "2026-11-23T10:00:00+00:00"}); the
    # scope's own field is then False.
    withdrawn_scopes = models.JSONField(_("scopes withdrawn"), default=dict, blank=True)
    # Consent renewal: asked after CONSENT_RENEWAL_MONTHS, renewed (or not) by the deadline.
    renewal_requested_at = models.DateTimeField(_("renewal asked for"), null=True, blank=True)
    renewed_at = models.DateTimeField(_("renewed"), null=True, blank=True)

    class Meta:
        verbose_name = _("consent record")
        ordering = ["-given_at"]

    def __str__(self) -> str:
        return f"{self.submission.reference} consent {self.text_version}"

    def scopes(self) -> list[tuple[str, bool]]:
        """Each scope with its plain-English label, in the order the form shows them."""
        names = ["publish_anonymised", "use_first_name", "use_photos", "use_in_advertising"]
        names += (
            ["publish_organisation_name"]
            if self.submission.kind == SubmissionKind.LANDLORD
            else ["media_contact"]
        )
        names += ["publish_without_reply"]
        return [(capfirst(self._meta.get_field(n).verbose_name), getattr(self, n)) for n in names]


class PhotoStatus(models.TextChoices):
    """Where an upload is: stored as sent and waiting for the worker, re-encoded, or refused."""

    PROCESSING = "processing", _("Processing")
    READY = "ready", _("Ready")
    FAILED = "failed", _("Could not be processed")


class Photo(models.Model):
    """A resident's photo. The upload is kept (privately, in ``original``) only until the
    worker has re-encoded it into ``image`` (no metadata survives); then, or on failure,
    the upload is deleted. Only a READY photo has an image, and only it reaches editors."""

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="photos")
    image = models.FileField(upload_to="submissions/%Y/%m/", storage=_private_storage, blank=True)
    content_type = models.CharField(max_length=32, blank=True)
    width = models.PositiveIntegerField(default=0)
    height = models.PositiveIntegerField(default=0)
    size = models.PositiveIntegerField(default=0)
    uploaded_at = models.DateTimeField(default=timezone.now)
    status = models.CharField(
        max_length=16, choices=PhotoStatus.choices, default=PhotoStatus.READY, db_index=True
    )
    # The bytes as sent, named after the submission's reference like the image; deleted
    # once processed or failed (casestudies.photo_processing).
    original = models.FileField(upload_to="submissions/%Y/%m/", storage=_private_storage, blank=True)
    # Why processing failed: a casestudies.photos.PhotoError code ("corrupt", ...).
    failure = models.CharField(max_length=32, blank=True)
    processed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["uploaded_at", "pk"]
        verbose_name = _("photo")

    def __str__(self) -> str:
        return f"{self.submission.reference} photo {self.pk}"

    @property
    def is_ready(self) -> bool:
        return self.status == PhotoStatus.READY

    @property
    def is_processing(self) -> bool:
        return self.status == PhotoStatus.PROCESSING

    @property
    def is_failed(self) -> bool:
        return self.status == PhotoStatus.FAILED


class OutboundEmail(models.Model):
    """One email to send, and what became of it.

    Only the kind and the submission are stored: the message is rendered from the
    submission when sent, so no copy of personal data waits in a queue.
    """

    submission = models.ForeignKey(
        Submission, on_delete=models.CASCADE, related_name="emails", null=True, blank=True
    )
    kind = models.CharField(max_length=32, choices=EmailKind.choices)
    status = models.CharField(
        max_length=16, choices=EmailStatus.choices, default=EmailStatus.PENDING, db_index=True
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=255, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("email")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.get_status_display()})"


# The public page types live in their own module; importing them here registers them.
from .pages import CaseStudyIndexPage, CaseStudyPage, CaseStudyPagePhoto, ShareImage  # noqa: E402, F401
