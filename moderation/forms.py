"""Forms of the moderation admin views. Services do the work; forms only check input."""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from casestudies.pages import QUOTE_MAX_LENGTH, SUMMARY_MAX_LENGTH

from .choices import IntendedUse, PhotoMode
from .models import ENGLISH_FIELDS, RejectionReason, Review
from .pii.generalise import PLACEHOLDERS, house_style_names
from .scanning import Finding

TEXT_LIMITS = {
    "title": 120,
    "summary": SUMMARY_MAX_LENGTH,
    "pull_quote": QUOTE_MAX_LENGTH,
    "story": 10000,
    "what_changed": 5000,
    "lessons": 5000,
    "attribution": 200,
}


def replacement_choices() -> list[str]:
    return [*PLACEHOLDERS, *house_style_names(4)]


class ConsentCheckForm(forms.Form):
    uses = forms.MultipleChoiceField(
        label=_("What will the campaign do with this story?"),
        help_text=_("Tick each intended use. Each one must be covered by the consent shown."),
        choices=IntendedUse.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Select at least publishing the anonymised story")},
    )


class DeclineForm(forms.Form):
    reason = forms.ModelChoiceField(
        label=_("Why is the story not being used?"),
        help_text=_("The submitter is sent this reason's message, in their language where translated."),
        queryset=RejectionReason.objects.filter(active=True),
        widget=forms.RadioSelect,
        empty_label=None,
        error_messages={"required": _("Choose a reason")},
    )


class AssignForm(forms.Form):
    assignee = forms.ModelChoiceField(
        label=_("Assigned to"),
        queryset=get_user_model().objects.none(),
        required=False,
        empty_label=_("Nobody"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = (
            get_user_model()
            .objects.filter(is_active=True, groups__name__in=["Comms editors", "Sign-off editors"])
            .distinct()
            .order_by("username")
        )


class TextsForm(forms.Form):
    """The editor's own writing: title, summary, quote, and edits to the story."""

    def __init__(self, *args, review: Review, **kwargs):
        super().__init__(*args, **kwargs)
        for name in review.text_fields():
            base = ENGLISH_FIELDS.get(name, name)
            if base == "lessons" and not review.lessons and not review.submission.is_landlord:
                continue
            field = Review._meta.get_field(name)
            multiline = base in ("summary", "pull_quote", "story", "what_changed", "lessons")
            self.fields[name] = forms.CharField(
                label=str(field.verbose_name).capitalize(),
                max_length=TEXT_LIMITS[base],
                required=base in ("title", "summary", "story") and name not in ENGLISH_FIELDS,
                initial=getattr(review, name),
                strip=True,
                widget=forms.Textarea(attrs={"rows": 12 if base == "story" else 3}) if multiline else None,
                error_messages={
                    "max_length": _("%(field)s must be %(limit)s characters or fewer")
                    % {"field": str(field.verbose_name).capitalize(), "limit": TEXT_LIMITS[base]},
                    "required": _("Enter the %(field)s") % {"field": field.verbose_name},
                },
            )


class DecisionsForm(forms.Form):
    """One accept/reject choice and replacement per finding, keyed so it can be checked again."""

    def __init__(self, *args, findings: list[Finding], **kwargs):
        super().__init__(*args, **kwargs)
        self.findings = findings
        for number, finding in enumerate(findings):
            self.fields[f"f{number}-decision"] = forms.ChoiceField(
                label=_("Finding %(n)s") % {"n": number + 1},
                choices=[
                    ("accept", _("Redact")),
                    ("reject", _("Keep: not personal data")),
                    ("", _("Decide later")),
                ],
                required=False,
                widget=forms.RadioSelect,
                initial="",
            )
            self.fields[f"f{number}-replacement"] = forms.CharField(
                label=_("Replace with"), max_length=80, required=False, initial=finding.replacement
            )
            self.fields[f"f{number}-key"] = forms.CharField(widget=forms.HiddenInput, initial=finding.key)
            self.fields[f"f{number}-text"] = forms.CharField(
                widget=forms.HiddenInput, initial=finding.text, strip=False
            )

    def rows(self):
        for number, finding in enumerate(self.findings):
            yield {
                "finding": finding,
                "number": number + 1,
                "decision": self[f"f{number}-decision"],
                "replacement": self[f"f{number}-replacement"],
                "key": self[f"f{number}-key"],
                "text": self[f"f{number}-text"],
            }

    def decisions(self):
        from .anonymisation import Decision

        result = []
        for number in range(len(self.findings)):
            choice = self.cleaned_data.get(f"f{number}-decision")
            if not choice:
                continue
            result.append(
                Decision(
                    key=self.cleaned_data[f"f{number}-key"],
                    text=self.cleaned_data[f"f{number}-text"],
                    accept=choice == "accept",
                    replacement=self.cleaned_data.get(f"f{number}-replacement", ""),
                )
            )
        return result


class ManualRedactionForm(forms.Form):
    text = forms.CharField(
        label=_("Text to redact"),
        help_text=_("Select text in the story above to fill this in, or type it exactly as it appears."),
        max_length=500,
        strip=False,
        error_messages={"required": _("Enter or select the text to redact")},
    )
    field = forms.ChoiceField(label=_("Where"), choices=[("*", _("Everywhere it appears"))])
    replacement = forms.CharField(
        label=_("Replace with"),
        help_text=_("A role placeholder like “[my neighbour]”, or the Ombudsman's style “Resident A”."),
        max_length=80,
        required=False,
        initial="[removed]",
    )

    def __init__(self, *args, fields: dict[str, str], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["field"].choices = [("*", _("Everywhere it appears")), *fields.items()]


class PhotoForm(forms.Form):
    use = forms.TypedChoiceField(
        label=_("Use this photo?"),
        choices=[
            ("yes", _("Yes, with the areas below blurred or blacked out")),
            ("no", _("No, leave it out")),
        ],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose whether to use this photo")},
    )
    mode = forms.ChoiceField(
        label=_("How to hide new areas"),
        help_text=_("Each area can then be blurred or blacked out on its own."),
        choices=PhotoMode.choices,
        widget=forms.RadioSelect,
        initial=PhotoMode.BLUR,
        error_messages={
            "required": _("Choose how to hide new areas"),
            "invalid_choice": _("Choose blur or black out"),
        },
    )
    regions = forms.CharField(
        label=_("Areas to hide"),
        help_text=_(
            "Draw on the photo. Without JavaScript, type a list of areas as fractions of the width and height, "
            'each with "blur" or "black", for example '
            '[{"x": 0.1, "y": 0.2, "w": 0.3, "h": 0.25, "mode": "black"}]. '
            "An area without a mode is hidden the way chosen above."
        ),
        required=False,
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 2, "data-photo-redact-input": ""}),
    )
    caption = forms.CharField(label=_("Caption"), max_length=250, required=False)
    alt_text = forms.CharField(
        label=_("Alternative text"),
        help_text=_(
            "Describe what the photo shows for people who cannot see it, without identifying anyone."
        ),
        max_length=250,
        required=False,
    )
