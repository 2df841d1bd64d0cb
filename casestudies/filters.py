"""The case study listing's filters: a GET form, so they work without JavaScript."""

from __future__ import annotations

from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .choices import ComplaintStage, Outcome, Region, SubmissionKind, Theme


class CaseStudyFilterForm(forms.Form):
    theme = forms.MultipleChoiceField(
        label=_("Theme"), choices=Theme.choices, required=False, widget=forms.CheckboxSelectMultiple
    )
    stage = forms.MultipleChoiceField(
        label=_("Furthest stage reached"),
        choices=ComplaintStage.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    outcome = forms.MultipleChoiceField(
        label=_("Outcome"), choices=Outcome.choices, required=False, widget=forms.CheckboxSelectMultiple
    )
    kind = forms.MultipleChoiceField(
        label=_("Story from"),
        choices=[(SubmissionKind.RESIDENT, _("Residents")), (SubmissionKind.LANDLORD, _("Landlords"))],
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    language = forms.MultipleChoiceField(
        label=_("Language"),
        choices=[(code, settings.LANGUAGE_NATIVE_NAMES.get(code, name)) for code, name in settings.LANGUAGES],
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    region = forms.MultipleChoiceField(
        label=_("Region"), choices=Region.choices, required=False, widget=forms.CheckboxSelectMultiple
    )
    govuk = {name: {"small": True} for name in ("theme", "stage", "outcome", "kind", "language", "region")}
    template_name = "casestudies/includes/step_fields.html"

    def query_string(self) -> str:
        """The chosen filters as a query string, for pagination links (no page number)."""
        if not self.is_bound or not self.is_valid():
            return ""
        pairs = [(name, value) for name, values in self.cleaned_data.items() for value in values]
        return urlencode(pairs)
