"""The question pages of each form, in order, and when each one applies."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from . import forms as f
from .choices import ComplaintStage, SubmissionKind
from .models import Submission

PHOTOS_STEP = "photos"
CONSENT_STEP = "consent"


@dataclass(frozen=True)
class Step:
    slug: str
    form_class: type
    title: Promise  # the page's title and the "Check your answers" heading
    condition: Callable[[Submission], bool] | None = None

    def applies(self, submission: Submission) -> bool:
        return self.condition is None or self.condition(submission)


@dataclass(frozen=True)
class Flow:
    kind: SubmissionKind
    name: str  # URL namespace part: "resident" or "landlord"
    title: Promise
    steps: list[Step] = field(default_factory=list)

    def applicable(self, submission: Submission) -> list[Step]:
        return [s for s in self.steps if s.applies(submission)]

    def get(self, slug: str) -> Step | None:
        return next((s for s in self.steps if s.slug == slug), None)

    def next_after(self, submission: Submission, slug: str) -> Step | None:
        steps = self.applicable(submission)
        slugs = [s.slug for s in steps]
        if slug not in slugs:
            return steps[0] if steps else None
        index = slugs.index(slug)
        return steps[index + 1] if index + 1 < len(steps) else None

    def previous_before(self, submission: Submission, slug: str) -> Step | None:
        steps = self.applicable(submission)
        slugs = [s.slug for s in steps]
        if slug not in slugs or slugs.index(slug) == 0:
            return None
        return steps[slugs.index(slug) - 1]

    def first_unanswered(self, submission: Submission) -> Step | None:
        return next(
            (s for s in self.applicable(submission) if s.slug not in submission.answered_steps),
            None,
        )


def _reached_ombudsman(submission: Submission) -> bool:
    return submission.complaint_stage == ComplaintStage.OMBUDSMAN


RESIDENT = Flow(
    kind=SubmissionKind.RESIDENT,
    name="resident",
    title=_("Share your story"),
    steps=[
        Step("problem", f.ThemesForm, _("What the problem was about")),
        Step("your-landlord", f.LandlordForm, _("Your landlord")),
        Step("complaint-stage", f.StageForm, _("How far your complaint went")),
        Step("when", f.WhenForm, _("When you first complained")),
        Step("on-time", f.OnTimeForm, _("Whether your landlord replied on time")),
        Step("outcome", f.OutcomeForm, _("What you got in the end")),
        Step("ombudsman", f.OmbudsmanForm, _("What the Housing Ombudsman decided"), _reached_ombudsman),
        # The story first, then what has changed since: the order people tell it in.
        # Drafts keep working: answers are stored by field, and answered_steps by slug.
        Step("your-story", f.StoryForm, _("Your story")),
        Step("what-changed", f.WhatChangedForm, _("What has changed for you")),
        Step(PHOTOS_STEP, f.PhotosForm, _("Photos")),
        Step("contact-details", f.ContactForm, _("Your contact details")),
        Step("region", f.RegionForm, _("Where you live")),
        Step("language", f.LanguageForm, _("The language we use to contact you")),
        Step(CONSENT_STEP, f.ConsentForm, _("How we can use your story")),
    ],
)

LANDLORD = Flow(
    kind=SubmissionKind.LANDLORD,
    name="landlord",
    title=_("Share what your organisation learned"),
    steps=[
        Step("organisation", f.OrganisationForm, _("Your organisation")),
        # A step of its own, so that drafts begun before it was asked come back to it.
        Step("organisation-type", f.OrganisationTypeForm, _("Type of organisation")),
        Step("contact-details", f.LandlordContactForm, _("Your contact details")),
        Step("problem", f.LandlordThemesForm, _("What the complaint was about")),
        Step("complaint", f.ComplaintSummaryForm, _("What happened")),
        Step("lessons", f.LessonsForm, _("What your organisation learned")),
        Step("changes", f.ChangesForm, _("What your organisation changed")),
        Step("figures", f.FiguresForm, _("Figures")),
        Step(CONSENT_STEP, f.LandlordConsentForm, _("How we can use your case study")),
    ],
)

FLOWS = {flow.name: flow for flow in (RESIDENT, LANDLORD)}
FLOW_BY_KIND = {flow.kind: flow for flow in (RESIDENT, LANDLORD)}
