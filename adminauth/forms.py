"""The one field people type here: a code. Anything else is refused with the same message."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from .services import MAX_CODE_LENGTH, normalise_code

ENTER_CODE = _("Enter a code")
CODE_FORMAT = _("Enter the 6-digit code from your authenticator app, or a recovery code")
TOTP_FORMAT = _("Enter the 6-digit code from your authenticator app")


class CodeForm(forms.Form):
    """A code from an authenticator app (6 digits) or a recovery code (8 letters and digits)."""

    format_message = CODE_FORMAT
    accepts_recovery_code = True

    code = forms.CharField(
        label=_("Code"),
        max_length=MAX_CODE_LENGTH,
        error_messages={"required": ENTER_CODE, "max_length": CODE_FORMAT},
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "spellcheck": "false", "autocapitalize": "none"}
        ),
    )

    def clean_code(self) -> str:
        code = normalise_code(self.cleaned_data["code"])
        if not code or (not self.accepts_recovery_code and not code.isdigit()):
            raise forms.ValidationError(self.format_message, code="format")
        return code


class SetupCodeForm(CodeForm):
    """The first code from a new authenticator app."""

    format_message = TOTP_FORMAT
    accepts_recovery_code = False

    code = forms.CharField(
        label=_("Code from the app"),
        max_length=MAX_CODE_LENGTH,
        error_messages={"required": ENTER_CODE, "max_length": TOTP_FORMAT},
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "spellcheck": "false"}
        ),
    )
