"""What depends on who sent a submission: a resident telling their story, or a landlord
sharing its organisation's case study.

A landlord's submission is the organisation's case study, not a person's story: the pages
and emails it meets say so, say what the published case study shows about the
organisation (how the current consent lets us describe it), show what was agreed in the
words of the landlord's own consent form, and link to the landlord's own pages under
``/your-case-study/``. Residents keep ``/your-story/``. Both addresses open the same views,
which word themselves by the submission, so an older link keeps working.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _

from .choices import ORGANISATION_DESCRIPTIONS, ConsentScope, SubmissionKind
from .forms import LandlordConsentForm
from .models import ConsentRecord, Submission


@dataclass(frozen=True)
class Routes:
    """URL names of the pages someone opens from our emails, by who they are."""

    start: str  # the form
    manage: str  # their own page: what is published, what they agreed to, withdrawal
    link_request: str  # a new link to that page, with the reference and address
    check: str  # the version we would publish, to approve or ask changes to


RESIDENT_ROUTES = Routes(
    start="casestudies:resident_start",
    manage="privacy:story_page",
    link_request="privacy:story_link_request",
    check="moderation:storyteller_check",
)
LANDLORD_ROUTES = Routes(
    start="casestudies:landlord_start",
    manage="privacy:case_study_page",
    link_request="privacy:case_study_link_request",
    check="moderation:case_study_check",
)


def routes_for(kind: str) -> Routes:
    return LANDLORD_ROUTES if kind == SubmissionKind.LANDLORD else RESIDENT_ROUTES


def organisation_named(submission: Submission) -> bool:
    """Whether the current consent lets the case study name the organisation."""
    consent = submission.consent
    return bool(consent and consent.publish_organisation_name and not consent.withdrawn_at)


def organisation_shown(*, submission: Submission) -> str:
    """One sentence to the landlord: what the published case study shows about the
    organisation, as the current consent allows ("" for a resident's story)."""
    if not submission.is_landlord:
        return ""
    if organisation_named(submission) and submission.organisation_name:
        return _("The case study names your organisation: %(name)s.") % {"name": submission.organisation_name}
    description = ORGANISATION_DESCRIPTIONS.get(submission.organisation_type)
    if description:
        return _("The case study does not name your organisation. It describes it as ‘%(description)s’.") % {
            "description": description
        }
    return _(
        "The case study does not name your organisation. It describes it by the type of organisation you gave us."
    )


# The landlord's consent, in the words of the form it was given with.
_LANDLORD_CONSENT_FIELDS = (
    "publish_anonymised",
    "publish_organisation_name",
    "use_in_advertising",
    "publish_without_reply",
)


def consent_shown(*, submission: Submission, consent: ConsentRecord | None = None) -> list[tuple[str, bool]]:
    """Each part of the consent with whether it was given, as the submitter reads it: a
    landlord sees its own form's questions ("Publish this case study"), never a resident's."""
    consent = consent if consent is not None else submission.consent
    if consent is None:
        return []
    if not submission.is_landlord:
        return consent.scopes()
    fields = LandlordConsentForm.base_fields
    return [(str(fields[name].label), bool(getattr(consent, name))) for name in _LANDLORD_CONSENT_FIELDS]


def scope_labels(*, submission: Submission) -> dict[str, str]:
    """The names of the uses someone can stop on their own page (and in the email saying
    that we did), in their words."""
    labels = {scope.value: str(scope.label) for scope in ConsentScope}
    if submission.is_landlord:
        labels[ConsentScope.ADVERTISING] = _("Using the case study in advertising and on social media")
    return labels
