"""One form per question page (GOV.UK "one thing per page").

Forms only validate and clean; saving is done by ``services``. Every message is in
gettext and follows the Design System's error message patterns. ``govuk`` says how
each field is shown (see ``cms_site/templatetags/govuk.py``).
"""

from __future__ import annotations

import re
import unicodedata

from django import forms
from django.conf import settings
from django.utils.functional import Promise, cached_property, lazy
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from .choices import (
    ORGANISATION_DESCRIPTIONS,
    ComplaintStage,
    ComplaintWhen,
    LandlordType,
    OmbudsmanFinding,
    OnTime,
    OrganisationType,
    Outcome,
    Region,
    Theme,
)
from .models import LONG_ANSWER_MAX_LENGTH, MAX_PHOTOS, STORY_MAX_LENGTH

# C0/C1 control characters other than tab and newlines, and the bidirectional
# embedding, override and isolate characters that can disguise text (Trojan Source).
# Plain direction marks (LRM, RLM, ALM) are kept: Arabic and Urdu writers use them.
_HIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff]")

FREE_EMAIL_DOMAINS = frozenset(
    """gmail.com googlemail.com hotmail.com hotmail.co.uk outlook.com live.com live.co.uk
    msn.com yahoo.com yahoo.co.uk ymail.com icloud.com me.com mac.com aol.com
    btinternet.com sky.com talktalk.net virginmedia.com protonmail.com proton.me
    gmx.com gmx.co.uk mail.com zoho.com""".split()
)


def clean_text(value: str) -> str:
    """Normalise to NFC, drop hidden control and bidi-override characters, trim."""
    value = unicodedata.normalize("NFC", value or "")
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return _HIDDEN.sub("", value).strip()


class NoMaxlengthMixin:
    """Leave ``maxlength`` off the widget: browsers enforce it by silently cutting what is
    typed or pasted, most of all with JavaScript off. The server checks the length and
    answers with the error, keeping every character that was sent (GOV.UK's character
    count removes the attribute for the same reason)."""

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        attrs.pop("maxlength", None)
        return attrs


class CleanCharField(NoMaxlengthMixin, forms.CharField):
    """A CharField that cleans hidden characters before checking length and emptiness."""

    def to_python(self, value):
        return clean_text(super().to_python(value))


class PlainCharField(NoMaxlengthMixin, forms.CharField):
    """A CharField without ``maxlength`` on its input."""


class PlainEmailField(NoMaxlengthMixin, forms.EmailField):
    """An EmailField without ``maxlength`` on its input."""


def long_text(
    label,
    *,
    max_length: int,
    max_length_message=None,
    required_message=None,
    required: bool = True,
    hint="",
):
    """A textarea whose length the server checks (shown with GOV.UK's character count)."""
    messages = {
        "max_length": max_length_message
        # Formatted when shown, in the reader's language.
        or format_lazy(_("Your answer must be {limit} characters or fewer"), limit=f"{max_length:,}")
    }
    if required_message:
        messages["required"] = required_message
    return CleanCharField(
        label=label,
        help_text=hint,
        required=required,
        max_length=max_length,
        widget=forms.Textarea,
        error_messages=messages,
    )


def _radios(choices, label, required_message, hint=""):
    return forms.ChoiceField(
        label=label,
        help_text=hint,
        choices=choices,
        widget=forms.RadioSelect,
        error_messages={"required": required_message, "invalid_choice": required_message},
    )


def _checkboxes(choices, label, required_message, hint="", required=True):
    return forms.MultipleChoiceField(
        label=label,
        help_text=hint,
        choices=choices,
        required=required,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": required_message, "invalid_choice": required_message},
    )


class OneErrorPerField:
    """GOV.UK shows one message per field: the first problem found (a field both too long
    and malformed says it is too long)."""

    def full_clean(self):
        super().full_clean()
        for errors in (self._errors or {}).values():
            del errors.data[1:]


class StepForm(OneErrorPerField, forms.Form):
    """A question page. ``initial_from`` and ``to_data`` map to Submission fields."""

    govuk: dict = {}
    template_name = "casestudies/includes/step_fields.html"

    @classmethod
    def initial_from(cls, submission) -> dict:
        return {name: getattr(submission, name) for name in cls.base_fields if hasattr(submission, name)}

    @classmethod
    def form_kwargs(cls, submission) -> dict:
        """What the form needs from the draft's earlier answers to word itself."""
        return {}

    def to_data(self) -> dict:
        return dict(self.cleaned_data)


# The resident's questions ---------------------------------------------------------


class ThemesForm(StepForm):
    themes = _checkboxes(
        Theme.choices,
        _("What was the problem about?"),
        _("Select what the problem was about"),
        hint=_("Select all that apply."),
    )
    govuk = {"themes": {"heading": True}}


class LandlordForm(StepForm):
    landlord_type = _radios(
        LandlordType.choices,
        _("What type of landlord do you have?"),
        _("Select what type of landlord you have"),
    )
    landlord_name = CleanCharField(
        label=_("Your landlord's name (optional)"),
        help_text=_(
            "We use this to understand your story. We will not publish it without checking with you."
        ),
        required=False,
        max_length=200,
        error_messages={"max_length": _("Your landlord's name must be 200 characters or fewer")},
    )
    govuk = {
        "landlord_type": {"size": "m"},
        "landlord_name": {"size": "m", "width": "govuk-!-width-two-thirds"},
    }


class StageForm(StepForm):
    complaint_stage = _radios(
        ComplaintStage.choices,
        _("How far did your complaint go?"),
        _("Select how far your complaint went"),
        hint=_(
            "Every social landlord's complaints process has 2 stages. If it does not put things right, you can go to the Housing Ombudsman. Choose the furthest your complaint went."
        ),
    )
    govuk = {
        "complaint_stage": {
            "heading": True,
            "hints": {
                ComplaintStage.STAGE_1: _(
                    "You told your landlord what was wrong and it looked into it. It should reply within 10 working days."
                ),
                ComplaintStage.STAGE_2: _(
                    "You were not happy with the stage 1 reply and asked for another look, by someone new at your landlord. It should reply within 20 working days."
                ),
                ComplaintStage.OMBUDSMAN: _(
                    "The Housing Ombudsman is free and independent, and can make your landlord put things right. You can go to it yourself: you no longer need an MP, councillor or tenant panel to refer you."
                ),
            },
        }
    }


class WhenForm(StepForm):
    complaint_when = _radios(
        ComplaintWhen.choices,
        _("Roughly when did you first complain?"),
        _("Select roughly when you first complained"),
    )
    govuk = {"complaint_when": {"heading": True}}


class OnTimeForm(StepForm):
    responses_on_time = _radios(
        OnTime.choices,
        _("Did your landlord reply to your complaint on time?"),
        _("Select whether your landlord replied on time"),
        hint=_(
            "Landlords should reply to a stage 1 complaint within 10 working days and to a stage 2 complaint within 20 working days."
        ),
    )
    govuk = {
        "responses_on_time": {
            "heading": True,
            "hints": {
                OnTime.SOME: _("For example, the stage 1 reply was on time but the stage 2 reply was late."),
            },
        }
    }


class OutcomeForm(StepForm):
    outcomes = _checkboxes(
        Outcome.choices,
        _("What did you get in the end?"),
        _("Select what you got in the end, or that it has not been put right yet"),
        hint=_("Select all that apply."),
    )
    govuk = {"outcomes": {"heading": True}}

    def clean_outcomes(self):
        outcomes = self.cleaned_data["outcomes"]
        if Outcome.NOT_RESOLVED in outcomes and len(outcomes) > 1:
            raise forms.ValidationError(
                _("Select what you got, or select that it has not been put right yet, not both")
            )
        return outcomes


class OmbudsmanForm(StepForm):
    ombudsman_finding = _radios(
        OmbudsmanFinding.choices,
        _("What did the Housing Ombudsman decide?"),
        _("Select what the Housing Ombudsman decided, or that you are not sure"),
        hint=_(
            "The Ombudsman's decision letter uses one of these words for what it found. If it found more than one thing, choose the most serious."
        ),
    )
    govuk = {
        "ombudsman_finding": {
            "heading": True,
            # Plain words for each finding, most serious first.
            "hints": {
                OmbudsmanFinding.SEVERE_MALADMINISTRATION: _(
                    "The most serious finding. Your landlord failed badly, and it had a serious effect on you. The Ombudsman orders it to put things right, and often to pay you compensation."
                ),
                OmbudsmanFinding.MALADMINISTRATION: _(
                    "Your landlord did something wrong, or did not do what it should have, and this affected you. The Ombudsman orders it to put things right."
                ),
                OmbudsmanFinding.SERVICE_FAILURE: _(
                    "A less serious finding. Your landlord's service fell short, for example it was slow or did not keep you updated, but this had a smaller effect on you."
                ),
                OmbudsmanFinding.NO_MALADMINISTRATION: _(
                    "The Ombudsman found that your landlord dealt with your complaint fairly and did what it should have."
                ),
                OmbudsmanFinding.REASONABLE_REDRESS: _(
                    "Your landlord got something wrong, but it had already put it right fairly, for example with an apology, a repair or compensation, so the Ombudsman did not ask it to do more."
                ),
                OmbudsmanFinding.RESOLVED: _(
                    "Your landlord sorted things out with you before the Ombudsman made a decision."
                ),
                OmbudsmanFinding.WAITING: _("The Ombudsman is still looking at your complaint."),
            },
            "divider_before": (OmbudsmanFinding.NOT_SURE,),
        }
    }


class WhatChangedForm(StepForm):
    what_changed = long_text(
        _("What has changed for you since you complained?"),
        max_length=LONG_ANSWER_MAX_LENGTH,
        hint=_("For example, the repair was done, or your landlord now keeps you updated."),
        required_message=_("Enter what has changed for you"),
        max_length_message=_("What has changed must be 2,000 characters or fewer"),
    )
    govuk = {"what_changed": {"heading": True, "max_characters": LONG_ANSWER_MAX_LENGTH, "rows": 6}}


class StoryForm(StepForm):
    story = long_text(
        _("Tell us your story in your own words"),
        max_length=STORY_MAX_LENGTH,
        hint=_(
            "What happened, how your complaint went and what it meant for you. We remove names, addresses and anything else that could identify you before anything is published."
        ),
        required_message=_("Enter your story"),
        max_length_message=_("Your story must be 5,000 characters or fewer"),
    )
    govuk = {"story": {"heading": True, "max_characters": STORY_MAX_LENGTH, "rows": 12}}


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one input. Each is checked by ``services.photo_add``."""

    def clean(self, data, initial=None):
        if not data:
            return []
        return list(data) if isinstance(data, (list, tuple)) else [data]


def _photos_hint() -> str:
    # Formatted when shown, in the reader's language (a lazy string formatted at import
    # would be fixed in English).
    from django.utils.translation import gettext

    return gettext("JPG, PNG, WebP or HEIC, up to 10MB each. You can add up to %(count)s.") % {
        "count": MAX_PHOTOS
    }


class PhotosForm(forms.Form):
    """Files are checked and re-encoded by ``services.photo_add``, one by one."""

    photos = MultipleFileField(
        label=_("Upload photos"),
        help_text=lazy(_photos_hint, str)(),
        required=False,
        widget=MultipleFileInput(attrs={"multiple": True}),
    )
    govuk = {"photos": {"size": "m", "accept": "image/jpeg,image/png,image/webp,image/heic,image/heif"}}
    template_name = "casestudies/includes/step_fields.html"


def _email_field(label, hint="", required_message=None):
    # EmailField already runs Django's email validator; its "invalid" message is replaced
    # here. (A second EmailValidator showed the same error twice.)
    return PlainEmailField(
        label=label,
        help_text=hint,
        max_length=254,
        error_messages={
            "required": required_message or _("Enter your email address"),
            "invalid": _("Enter an email address in the correct format, like name@example.com"),
            "max_length": _("Email address must be 254 characters or fewer"),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )


_PHONE = re.compile(r"^\+?[\d\s()\-]{10,20}$")


def _clean_phone(value: str) -> str:
    value = clean_text(value)
    if not value:
        return ""
    digits = re.sub(r"\D", "", value)
    if not _PHONE.match(value) or not 10 <= len(digits) <= 15:
        raise forms.ValidationError(
            _("Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192")
        )
    return value


class ContactForm(StepForm):
    full_name = CleanCharField(
        label=_("Full name"),
        max_length=200,
        error_messages={
            "required": _("Enter your full name"),
            "max_length": _("Full name must be 200 characters or fewer"),
        },
        widget=forms.TextInput(attrs={"autocomplete": "name", "spellcheck": "false"}),
    )
    email = _email_field(
        _("Email address"),
        hint=_("We will send you a link to confirm it. We only use it to contact you about your story."),
    )
    phone = PlainCharField(
        label=_("Phone number (optional)"),
        required=False,
        max_length=32,
        error_messages={
            "max_length": _("Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192")
        },
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    govuk = {
        "full_name": {"size": "m", "width": "govuk-!-width-two-thirds"},
        "email": {"size": "m", "width": "govuk-!-width-two-thirds"},
        "phone": {"size": "m", "width": "govuk-input--width-20"},
    }

    def clean_phone(self):
        return _clean_phone(self.cleaned_data.get("phone", ""))


class RegionForm(StepForm):
    region = _radios(
        Region.choices,
        _("Where in England do you live?"),
        _("Select the part of England where you live"),
        hint=_("We only publish the region, never your town or street."),
    )
    govuk = {"region": {"heading": True}}


def _language_choices():
    native = settings.LANGUAGE_NATIVE_NAMES
    return [(code, native.get(code, str(name))) for code, name in settings.LANGUAGES]


class LanguageForm(StepForm):
    preferred_language = forms.ChoiceField(
        label=_("Which language should we use when we contact you?"),
        choices=_language_choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Select the language we should use when we contact you"),
            "invalid_choice": _("Select the language we should use when we contact you"),
        },
    )
    govuk = {"preferred_language": {"heading": True}}


class ConsentStepForm(OneErrorPerField, forms.Form):
    """Consent pages: answers live on the ConsentRecord, not on the Submission.

    The template shows the whole consent wording (intro, link to the privacy notice,
    each option): cms_site.notices records it per CONSENT_TEXT_VERSION, once for each
    of ``wording_variants`` where the wording depends on an earlier answer.
    """

    govuk: dict = {}
    template_name = "casestudies/includes/consent_fields.html"

    @cached_property
    def privacy_notice_url(self) -> str:
        from cms_site.notices import privacy_notice_url

        return privacy_notice_url()

    @classmethod
    def initial_from(cls, submission) -> dict:
        consent = submission.consent
        if consent is None:
            return {}
        return {name: getattr(consent, name) for name in cls.base_fields}

    @classmethod
    def form_kwargs(cls, submission) -> dict:
        """What the form needs from the draft's earlier answers to word itself."""
        return {}

    @classmethod
    def wording_variants(cls) -> dict[str, dict]:
        """Each wording the form can show, by a key ("" for the only or the generic one)."""
        return {"": {}}

    @classmethod
    def wording_variant(cls, submission) -> str:
        """The key of the wording ``submission``'s storyteller was shown."""
        return ""

    def to_data(self) -> dict:
        return dict(self.cleaned_data)


def _without_reply_hint(whose: Promise) -> Promise:
    return format_lazy(whose, days=settings.STORYTELLER_APPROVAL_DAYS)


class ConsentForm(ConsentStepForm):
    """Granular consent; only publishing the anonymised story is needed to go on."""

    publish_anonymised = forms.BooleanField(
        label=_("Publish my story with my name and details removed"),
        help_text=_(
            "We change or remove anything that could identify you, like names, addresses and dates. We email you the anonymised story to check before it is published."
        ),
        error_messages={
            "required": _("Select that we can publish your story anonymised, or you cannot send it")
        },
    )
    use_first_name = forms.BooleanField(
        label=_("Use my first name"),
        help_text=_("Your first name appears with your story. Leave this unticked to stay anonymous."),
        required=False,
    )
    use_photos = forms.BooleanField(
        label=_("Use my photos"),
        help_text=_("We check your photos and blur anything that could identify you first."),
        required=False,
    )
    use_in_advertising = forms.BooleanField(
        label=_("Use my story in advertising"),
        help_text=_("For example, read out on the radio or shared on social media."),
        required=False,
    )
    media_contact = forms.BooleanField(
        label=_("Contact me about media interviews"),
        help_text=_("Journalists sometimes ask to speak to people. We will always ask you first."),
        required=False,
    )
    publish_without_reply = forms.BooleanField(
        label=format_lazy(
            _("Publish my story if I do not reply within {days} days"),
            days=settings.STORYTELLER_APPROVAL_DAYS,
        ),
        help_text=_without_reply_hint(
            _(
                "Leave this unticked and we only publish your story once you tell us you are happy with the anonymised version. Tick it and, if you have not replied within {days} days of our email, we may publish that version."
            )
        ),
        required=False,
    )


# The landlord's questions ---------------------------------------------------------


class OrganisationForm(StepForm):
    organisation_name = CleanCharField(
        label=_("What is your organisation called?"),
        help_text=_("We only publish your organisation's name if you agree to it at the end."),
        max_length=200,
        error_messages={
            "required": _("Enter the name of your organisation"),
            "max_length": _("Organisation name must be 200 characters or fewer"),
        },
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    govuk = {"organisation_name": {"heading": True, "width": "govuk-!-width-two-thirds"}}


class OrganisationTypeForm(StepForm):
    organisation_type = _radios(
        OrganisationType.choices,
        _("What type of organisation is it?"),
        _("Select what type of organisation it is"),
        hint=_("If you choose not to name your organisation, this is how we describe it."),
    )
    govuk = {
        "organisation_type": {
            "heading": True,
            "hints": {
                OrganisationType.LOCAL_AUTHORITY: _("A council that owns and manages its own homes."),
                OrganisationType.ALMO: _("A company set up by a council to manage its homes."),
            },
            "divider_before": (OrganisationType.OTHER,),
        }
    }


class LandlordContactForm(StepForm):
    full_name = CleanCharField(
        label=_("Your full name"),
        max_length=200,
        error_messages={
            "required": _("Enter your full name"),
            "max_length": _("Your full name must be 200 characters or fewer"),
        },
        widget=forms.TextInput(attrs={"autocomplete": "name", "spellcheck": "false"}),
    )
    sender_role = CleanCharField(
        label=_("Your job title"),
        help_text=_("For example, complaints manager or head of housing services."),
        max_length=200,
        error_messages={
            "required": _("Enter your job title"),
            "max_length": _("Your job title must be 200 characters or fewer"),
        },
        widget=forms.TextInput(attrs={"autocomplete": "organization-title"}),
    )
    email = _email_field(
        _("Work email address"),
        hint=_(
            "Use your organisation's email address. We send a link to it to check the case study comes from your organisation."
        ),
        required_message=_("Enter your work email address"),
    )
    phone = ContactForm.base_fields["phone"]
    govuk = {
        "full_name": {"size": "m", "width": "govuk-!-width-two-thirds"},
        "sender_role": {"size": "m", "width": "govuk-!-width-two-thirds"},
        "email": {"size": "m", "width": "govuk-!-width-two-thirds"},
        "phone": {"size": "m", "width": "govuk-input--width-20"},
    }

    def clean_email(self):
        email = self.cleaned_data["email"]
        if email.rsplit("@", 1)[-1].lower() in FREE_EMAIL_DOMAINS:
            raise forms.ValidationError(
                _("Enter your work email address, not a personal one like Gmail or Hotmail")
            )
        return email

    def clean_phone(self):
        return _clean_phone(self.cleaned_data.get("phone", ""))


class LandlordThemesForm(StepForm):
    themes = _checkboxes(
        Theme.choices,
        _("What was the resident's complaint about?"),
        _("Select what the complaint was about"),
        hint=_("Select all that apply."),
    )
    govuk = {"themes": {"heading": True}}


class ComplaintSummaryForm(StepForm):
    complaint_summary = long_text(
        _("What happened?"),
        max_length=LONG_ANSWER_MAX_LENGTH,
        hint=_(
            "In brief: what the resident complained about and how your organisation first handled it. Leave out residents' and staff's names, addresses and anything else that could identify them."
        ),
        required_message=_("Enter what happened"),
        max_length_message=_("What happened must be 2,000 characters or fewer"),
    )
    govuk = {"complaint_summary": {"heading": True, "max_characters": LONG_ANSWER_MAX_LENGTH, "rows": 6}}


class LessonsForm(StepForm):
    lessons_learned = long_text(
        _("What did your organisation learn from the complaint?"),
        max_length=3000,
        hint=_("For example, what went wrong, why, and what residents told you."),
        required_message=_("Enter what your organisation learned"),
        max_length_message=_("What your organisation learned must be 3,000 characters or fewer"),
    )
    govuk = {"lessons_learned": {"heading": True, "max_characters": 3000, "rows": 8}}


class ChangesForm(StepForm):
    changes_made = long_text(
        _("What did your organisation change as a result?"),
        max_length=3000,
        hint=_("For example, a new repairs process, training for staff, or a change of policy."),
        required_message=_("Enter what your organisation changed"),
        max_length_message=_("What your organisation changed must be 3,000 characters or fewer"),
    )
    govuk = {"changes_made": {"heading": True, "max_characters": 3000, "rows": 8}}


class FiguresForm(StepForm):
    figures = long_text(
        _("Do you have figures that show the difference? (optional)"),
        max_length=1000,
        required=False,
        hint=_("For example, fewer complaints escalated to stage 2, or repairs done faster."),
        max_length_message=_("Figures must be 1,000 characters or fewer"),
    )
    govuk = {"figures": {"heading": True, "max_characters": 1000, "rows": 5}}


class LandlordConsentForm(ConsentStepForm):
    """The organisation's consent; unnamed, it is described by the type it gave."""

    publish_anonymised = forms.BooleanField(
        label=_("Publish this case study"),
        help_text=_(
            "We remove anything that could identify residents or staff. We email you the version we would publish to check first."
        ),
        error_messages={"required": _("Select that we can publish this case study, or you cannot send it")},
    )
    publish_organisation_name = forms.BooleanField(
        label=_("Name our organisation"),
        required=False,
    )
    use_in_advertising = forms.BooleanField(
        label=_("Use this case study in advertising"),
        help_text=_("For example, read out on the radio or shared on social media."),
        required=False,
    )
    publish_without_reply = forms.BooleanField(
        label=format_lazy(
            _("Publish the case study if we do not hear from you within {days} days"),
            days=settings.STORYTELLER_APPROVAL_DAYS,
        ),
        help_text=_without_reply_hint(
            _(
                "Leave this unticked and we only publish the case study once you tell us you are happy with the version we send you. Tick it and, if you have not replied within {days} days of our email, we may publish that version."
            )
        ),
        required=False,
    )

    def __init__(self, *args, organisation_type: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        description = ORGANISATION_DESCRIPTIONS.get(organisation_type)
        if description:
            hint = _("Leave this unticked and we will describe your organisation as ‘%(description)s’.") % {
                "description": description
            }
        else:
            hint = _("Leave this unticked and we will describe your organisation by the type you gave us.")
        self.fields["publish_organisation_name"].help_text = hint

    @classmethod
    def form_kwargs(cls, submission) -> dict:
        return {"organisation_type": submission.organisation_type}

    @classmethod
    def wording_variants(cls) -> dict[str, dict]:
        return {"": {}, **{code: {"organisation_type": code} for code in OrganisationType.values}}

    @classmethod
    def wording_variant(cls, submission) -> str:
        return submission.organisation_type if submission.organisation_type in OrganisationType.values else ""


class SaveForm(OneErrorPerField, forms.Form):
    email = _email_field(
        _("Email address"),
        hint=_("We will send you a link to come back to your answers. It works for 14 days."),
    )
    govuk = {"email": {"size": "m", "width": "govuk-!-width-two-thirds"}}
    template_name = "casestudies/includes/step_fields.html"


# The storyteller's own check for personal details ----------------------------------


class PersonalDetailsForm(forms.Form):
    """One choice per finding: remove it, replace it with the storyteller's words, or keep it.

    Built from ``casestudies.personal_details.findings_for``; the replacement input is
    always in the page (GOV.UK's conditional reveal only hides it when JavaScript runs)
    and is read only when "Replace it with" is chosen.
    """

    def __init__(self, *args, findings, submission, flow, **kwargs):
        super().__init__(*args, **kwargs)
        from .personal_details import KEEP, REMOVE, REPLACE

        self.findings = list(findings)
        self.submission = submission
        self.flow = flow
        for number, finding in enumerate(self.findings, start=1):
            self.fields[f"finding_{number}"] = forms.ChoiceField(
                choices=[
                    (REMOVE, _("Remove it")),
                    (REPLACE, _("Replace it with:")),
                    (KEEP, _("Keep it: it is not personal or I want editors to decide")),
                ],
                widget=forms.RadioSelect,
                initial=KEEP if finding.kept else None,
                error_messages={
                    "required": _("Select whether to remove, replace or keep “%(words)s”")
                    % {"words": finding.words},
                    "invalid_choice": _("Select whether to remove, replace or keep “%(words)s”")
                    % {"words": finding.words},
                },
            )
            self.fields[f"finding_{number}_replacement"] = forms.CharField(required=False, strip=False)

    def rows(self) -> list[dict]:
        """What the template needs for each finding: the finding and its two bound fields."""
        return [
            {
                "number": number,
                "finding": finding,
                "choice": self[f"finding_{number}"],
                "replacement": self[f"finding_{number}_replacement"],
            }
            for number, finding in enumerate(self.findings, start=1)
        ]

    def clean(self):
        from .personal_details import MAX_REPLACEMENT_LENGTH, REPLACE, too_long

        cleaned = super().clean()
        for number, finding in enumerate(self.findings, start=1):
            if cleaned.get(f"finding_{number}") != REPLACE:
                cleaned[f"finding_{number}_replacement"] = ""
                continue
            name = f"finding_{number}_replacement"
            raw = self.data.get(self.add_prefix(name), "") or ""
            if _HIDDEN.search(raw):
                self.add_error(
                    name, _("The words to use instead must not include hidden or control characters")
                )
                continue
            if "<" in raw or ">" in raw:
                self.add_error(name, _("The words to use instead must not include < or >"))
                continue
            value = " ".join(unicodedata.normalize("NFC", raw).split())
            if not value:
                self.add_error(
                    name, _("Enter the words to use instead of “%(words)s”") % {"words": finding.words}
                )
            elif len(value) > MAX_REPLACEMENT_LENGTH:
                self.add_error(
                    name,
                    _("The words to use instead must be %(limit)s characters or fewer")
                    % {"limit": MAX_REPLACEMENT_LENGTH},
                )
            else:
                cleaned[name] = value
        if not self.errors:
            for problem in too_long(
                submission=self.submission,
                flow=self.flow,
                findings=self.findings,
                choices=self._choices(cleaned),
            ):
                label = next(
                    (str(f.field_label) for f in self.findings if f.field == problem.field), problem.field
                )
                message = _(
                    "“%(answer)s” would be more than %(limit)s characters with the words you chose. Use fewer words."
                ) % {"answer": label, "limit": f"{problem.limit:,}"}
                target = next(
                    (
                        f"finding_{n}_replacement"
                        for n, f in enumerate(self.findings, start=1)
                        if f.field == problem.field and cleaned.get(f"finding_{n}") == REPLACE
                    ),
                    None,
                )
                self.add_error(target, message)
        return cleaned

    def full_clean(self):
        super().full_clean()
        if self._errors:
            # The error summary lists errors in the order of the page.
            order = {name: position for position, name in enumerate(self.fields)}
            ordered = sorted(self._errors.items(), key=lambda item: order.get(item[0], -1))
            self._errors.clear()
            self._errors.update(ordered)

    def _choices(self, cleaned) -> dict:
        from .personal_details import Choice

        choices = {}
        for number, finding in enumerate(self.findings, start=1):
            action = cleaned.get(f"finding_{number}")
            if action:
                choices[finding.key] = Choice(
                    key=finding.key,
                    action=action,
                    replacement=cleaned.get(f"finding_{number}_replacement", ""),
                )
        return choices

    def choices(self) -> list:
        return list(self._choices(self.cleaned_data).values())
