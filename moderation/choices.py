"""Fixed codes of the moderation pipeline."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class IntendedUse(models.TextChoices):
    """What the campaign means to do with a story; each needs a consent scope."""

    WEBSITE = "website", _("Publish the anonymised story in the toolkit")
    FIRST_NAME = "first_name", _("Show the storyteller's first name")
    PHOTOS = "photos", _("Use their photos (blurred where needed)")
    SOCIAL = "social", _("Share images and quotes on social media and in advertising")
    ORGANISATION = "organisation", _("Name the landlord organisation")


# The consent scope (ConsentRecord field) each intended use needs.
CONSENT_FOR_USE = {
    IntendedUse.WEBSITE: "publish_anonymised",
    IntendedUse.FIRST_NAME: "use_first_name",
    IntendedUse.PHOTOS: "use_photos",
    IntendedUse.SOCIAL: "use_in_advertising",
    IntendedUse.ORGANISATION: "publish_organisation_name",
}


class PhotoMode(models.TextChoices):
    BLUR = "blur", _("Blur")
    BLACK = "black", _("Black out")


class StorytellerAnswer(models.TextChoices):
    APPROVED = "approved", _("Approved")
    CHANGES = "changes", _("Asked for more to be removed")
    NO_REPLY = "no_reply", _("No reply; published as their consent allowed")


class Stage(models.TextChoices):
    """Where a story is in the pipeline, as the queue shows it."""

    CONSENT_CHECK = "consent_check", _("Consent check")
    ANONYMISATION = "anonymisation", _("Anonymisation review")
    STORYTELLER_APPROVAL = "storyteller_approval", _("Storyteller approval")
    SIGN_OFF = "sign_off", _("Sign-off")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")
    RESUBMIT = "resubmit", _("Draft to resubmit for sign-off")
    PUBLISHED = "published", _("Published")
    DECLINED = "declined", _("Not used")
    WITHDRAWN = "withdrawn", _("Withdrawn")
