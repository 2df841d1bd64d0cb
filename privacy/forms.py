"""The privacy officer's forms: an email address, and the confirmation to erase."""

from __future__ import annotations

import re

from django import forms
from django.utils.translation import gettext_lazy as _

REFERENCE = re.compile(r"^[A-Z0-9-]{4,16}$")
MAX_REFERENCES = 200


class EmailForm(forms.Form):
    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        help_text=_("The address the person sent their story from."),
        error_messages={
            "required": _("Enter the person's email address"),
            "invalid": _("Enter an email address in the correct format, like name@example.com"),
            "max_length": _("An email address cannot be longer than 254 characters"),
        },
    )

    def clean_email(self) -> str:
        return self.cleaned_data["email"].strip().lower()


class ErasureForm(EmailForm):
    references = forms.CharField(widget=forms.HiddenInput, max_length=MAX_REFERENCES * 17)
    confirm = forms.BooleanField(
        label=_("I understand that this erases everything held about this person and cannot be undone"),
        error_messages={"required": _("Tick the box to confirm the erasure")},
    )

    def clean_references(self) -> list[str]:
        references = self.cleaned_data["references"].split()
        if (
            not references
            or len(references) > MAX_REFERENCES
            or not all(REFERENCE.match(r) for r in references)
        ):
            raise forms.ValidationError(_("The list of stories to erase was not recognised: start again"))
        return references
