"""The fixed answers the forms offer, shared by models, forms, admin and emails."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SubmissionKind(models.TextChoices):
    RESIDENT = "resident", _("Resident story")
    LANDLORD = "landlord", _("Landlord lesson")


class SubmissionStatus(models.TextChoices):
    DRAFT = "draft", _("Draft (not sent)")
    AWAITING_VERIFICATION = "awaiting_verification", _("Awaiting verification")
    NEW = "new", _("New")
    IN_MODERATION = "in_moderation", _("In moderation")
    ANONYMISED = "anonymised", _("Anonymised")
    WITH_STORYTELLER = "with_storyteller", _("With the storyteller to check")
    CHANGES_REQUESTED = "changes_requested", _("Changes asked for")
    AWAITING_SIGN_OFF = "awaiting_sign_off", _("Awaiting sign-off")
    PUBLISHED = "published", _("Published")
    REJECTED = "rejected", _("Rejected")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    EXPIRED = "expired", _("Expired (never verified)")


class Theme(models.TextChoices):
    DAMP_MOULD = "damp_mould", _("Damp and mould")
    LEAKS_REPAIRS = "leaks_repairs", _("Leaks and repairs")
    HEATING_HOT_WATER = "heating_hot_water", _("Heating and hot water")
    ANTISOCIAL_BEHAVIOUR = "antisocial_behaviour", _("Antisocial behaviour")
    SAFETY = "safety", _("Safety")
    COMMUNICATION = "communication", _("Communication")
    OTHER = "other", _("Something else")


class LandlordType(models.TextChoices):
    HOUSING_ASSOCIATION = "housing_association", _("Housing association")
    COUNCIL = "council", _("Council")
    OTHER = "other", _("Another type of landlord, or not sure")


class OrganisationType(models.TextChoices):
    """What kind of social landlord sent a case study: how it is described when not named."""

    HOUSING_ASSOCIATION = "housing_association", _("Housing association")
    LOCAL_AUTHORITY = "local_authority", _("Local authority or council")
    ALMO = "almo", _("Arm's length management organisation (ALMO)")
    CO_OPERATIVE = "co_operative", _("Housing co-operative")
    OTHER = "other", _("Another kind of social landlord")


# How a case study describes an organisation that chose not to be named.
ORGANISATION_DESCRIPTIONS = {
    OrganisationType.HOUSING_ASSOCIATION: _("a housing association"),
    OrganisationType.LOCAL_AUTHORITY: _("a council"),
    OrganisationType.ALMO: _("an arm's length management organisation"),
    OrganisationType.CO_OPERATIVE: _("a housing co-operative"),
    OrganisationType.OTHER: _("a social landlord"),
}


class ComplaintStage(models.TextChoices):
    STAGE_1 = "stage_1", _("Stage 1: I complained to my landlord")
    STAGE_2 = "stage_2", _("Stage 2: I asked my landlord to look at it again")
    OMBUDSMAN = "ombudsman", _("I took it to the Housing Ombudsman")


class ComplaintWhen(models.TextChoices):
    LAST_6_MONTHS = "last_6_months", _("In the last 6 months")
    LAST_YEAR = "6_to_12_months", _("6 to 12 months ago")
    ONE_TO_TWO_YEARS = "1_to_2_years", _("1 to 2 years ago")
    OVER_TWO_YEARS = "over_2_years", _("More than 2 years ago")


class OnTime(models.TextChoices):
    # Stored values stay as they were: "some" is a mix of on-time and late replies,
    # "no" is every reply late.
    YES = "yes", _("Yes, every reply came on time")
    SOME = "some", _("Some replies came on time and some were late")
    NO = "no", _("No, every reply was late")
    NOT_SURE = "not_sure", _("I'm not sure")


# What a published story's timeline says for each answer: the option's own words without
# its "Yes" or "No", one plain phrase each (nothing for "I'm not sure").
ON_TIME_SUMMARIES = {
    OnTime.YES: _("Every reply came on time"),
    OnTime.SOME: _("Some replies came on time and some were late"),
    OnTime.NO: _("Every reply was late"),
}
# The GOV.UK tag colour of each: on time, partly late, all late.
ON_TIME_COLOURS = {OnTime.YES: "green", OnTime.SOME: "yellow", OnTime.NO: "red"}


class Outcome(models.TextChoices):
    APOLOGY = "apology", _("An apology")
    REPAIR = "repair", _("A repair or the problem fixed")
    COMPENSATION = "compensation", _("Compensation")
    POLICY_CHANGE = "policy_change", _("A change in how the landlord does things")
    NOT_RESOLVED = "not_resolved", _("It has not been put right yet")


class OmbudsmanFinding(models.TextChoices):
    SEVERE_MALADMINISTRATION = "severe_maladministration", _("Severe maladministration")
    MALADMINISTRATION = "maladministration", _("Maladministration")
    SERVICE_FAILURE = "service_failure", _("Service failure")
    NO_MALADMINISTRATION = "no_maladministration", _("No maladministration")
    REASONABLE_REDRESS = "reasonable_redress", _("Reasonable redress")
    RESOLVED = "resolved", _("Resolved by the landlord before a finding")
    WAITING = "waiting", _("Still waiting for a decision")
    NOT_SURE = "not_sure", _("I'm not sure")


class Region(models.TextChoices):
    NORTH_EAST = "north_east", _("North East")
    NORTH_WEST = "north_west", _("North West")
    YORKSHIRE = "yorkshire_humber", _("Yorkshire and the Humber")
    EAST_MIDLANDS = "east_midlands", _("East Midlands")
    WEST_MIDLANDS = "west_midlands", _("West Midlands")
    EAST = "east_of_england", _("East of England")
    LONDON = "london", _("London")
    SOUTH_EAST = "south_east", _("South East")
    SOUTH_WEST = "south_west", _("South West")


class EmailKind(models.TextChoices):
    VERIFY = "verify", _("Confirm your email address")
    ACKNOWLEDGE = "acknowledge", _("Acknowledgement")
    RESUME = "resume", _("Resume link")
    EDITOR_NOTIFICATION = "editor_notification", _("New submission for editors")
    STORYTELLER_PREVIEW = "storyteller_preview", _("Anonymised version for the storyteller to check")
    STORY_REJECTED = "story_rejected", _("Story not used")
    STORY_PUBLISHED = "story_published", _("Story published")
    STORY_LINK = "story_link", _("Link to the storyteller's own page")
    WITHDRAWAL_CONFIRMED = "withdrawal_confirmed", _("Withdrawal confirmed")
    CONSENT_CHANGED = "consent_changed", _("Consent changed")
    CONSENT_RENEWAL = "consent_renewal", _("Consent renewal")
    EDITOR_STORY_CHANGE = "editor_story_change", _("A storyteller changed their consent or asked for changes")


class ConsentScope(models.TextChoices):
    """The parts of a consent a storyteller can take back on their own, one at a time."""

    FIRST_NAME = "use_first_name", _("Using my first name")
    PHOTOS = "use_photos", _("Using my photos")
    ADVERTISING = "use_in_advertising", _("Using my story in advertising and on social media")
    MEDIA_CONTACT = "media_contact", _("Contacting me about media interviews")


class EmailStatus(models.TextChoices):
    PENDING = "pending", _("Waiting to send")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed, will retry")
    GAVE_UP = "gave_up", _("Failed, gave up")
