"""Render Django form fields with GOV.UK Frontend markup.

Markup follows the Design System's own examples in govuk-frontend 6 (its
components' fixtures): the first radio or checkbox carries the field's id so the
error summary can link to it, hints and errors are wired with aria-describedby,
and the question can be the page's h1 (label or legend as heading).

A form tells how to present a field in ``form.govuk``:
``{"story": {"heading": True, "size": "l", "max_characters": 5000}}``; choices can
carry hints in ``{"hints": {value: text}}``; ``"width"`` sets an input width class.
"""

from __future__ import annotations

from django import forms, template
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext

register = template.Library()


def _kind(field: forms.BoundField) -> str:
    widget = field.field.widget
    # CheckboxSelectMultiple subclasses RadioSelect: test it first.
    if isinstance(widget, forms.CheckboxSelectMultiple):
        return "checkboxes"
    if isinstance(widget, forms.RadioSelect):
        return "radios"
    if isinstance(widget, forms.CheckboxInput):
        return "checkbox"
    if isinstance(widget, forms.Textarea):
        return "textarea"
    if isinstance(widget, forms.FileInput):
        return "file"
    if isinstance(widget, forms.Select):
        return "select"
    return "input"


def _selected(field: forms.BoundField) -> set[str]:
    value = field.value()
    if value is None:
        return set()
    if isinstance(value, (list, tuple)):
        return {str(v) for v in value}
    return {str(value)}


@register.inclusion_tag("govuk/field.html")
def govuk_field(field: forms.BoundField) -> dict:
    options = getattr(field.form, "govuk", {}).get(field.name, {})
    kind = _kind(field)
    field_id = field.auto_id
    hint_id = f"{field_id}-hint" if field.help_text else ""
    error_id = f"{field_id}-error" if field.errors else ""
    described_by = " ".join(x for x in (hint_id, error_id) if x)
    choices = []
    if kind in ("radios", "checkboxes", "select"):
        selected = _selected(field)
        hints = options.get("hints", {})
        position = 0
        for value, label in field.field.choices:
            if kind != "select" and value in ("", None):
                continue
            position += 1
            choice_id = field_id if position == 1 else f"{field_id}-{position}"
            choices.append(
                {
                    "id": choice_id,
                    "value": value,
                    "label": label,
                    "checked": str(value) in selected,
                    "hint": hints.get(value, ""),
                    "divider_before": value in options.get("divider_before", ()),
                }
            )
    widget_attrs = {
        k: v
        for k, v in field.field.widget.attrs.items()
        # No maxlength: browsers cut what is typed or pasted to it without a word. The
        # server checks lengths and says so, keeping what was sent.
        if k not in ("class", "id", "multiple", "rows", "cols", "maxlength")
    }
    input_type = getattr(field.field.widget, "input_type", "text")
    value = field.value()
    if kind in ("input", "textarea"):
        value = "" if value is None else field.field.widget.format_value(value) or ""
    return {
        "field": field,
        "kind": kind,
        "id": field_id,
        "name": field.html_name,
        "label": field.label,
        "hint": field.help_text,
        "hint_id": hint_id,
        "errors": field.errors,
        "error_id": error_id,
        "described_by": described_by,
        "heading": options.get("heading", False),
        "size": options.get("size", "l" if options.get("heading") else ""),
        "width": options.get("width", ""),
        "rows": options.get("rows", 8),
        "max_characters": options.get("max_characters"),
        "choices": choices,
        "value": value,
        "input_type": input_type,
        "attrs": widget_attrs,
        "multiple": field.field.widget.attrs.get("multiple", False),
        "accept": options.get("accept", ""),
        "checked": bool(field.value()) if kind == "checkbox" else False,
        "inline": options.get("inline", False),
        "small": options.get("small", False),
    }


@register.simple_tag
def govuk_error_href(form: forms.BaseForm, name: str) -> str:
    """The anchor an error summary entry links to: the field's first input."""
    if name == "__all__":
        first = next(iter(form.visible_fields()), None)
        return f"#{first.auto_id}" if first else "#main-content"
    return f"#{form[name].auto_id}"


@register.simple_tag
def govuk_error_prefix() -> str:
    return _("Error:")


@register.filter
def attrs_html(attrs: dict) -> str:
    from django.forms.utils import flatatt

    return flatatt(attrs)


# GOV.UK Frontend's JavaScript writes some messages itself (the character count's
# "You have 20 characters remaining", the file upload's "Choose file"); they are passed
# in the page's language as data-i18n attributes. Plural messages need one attribute per
# plural category the browser's Intl.PluralRules picks: a number that falls in each
# category chooses gettext's matching form.
PLURAL_SAMPLES = {
    "ar": {"zero": 0, "one": 1, "two": 2, "few": 3, "many": 11, "other": 100},
    "pl": {"one": 1, "few": 2, "many": 5, "other": 5},
    "ro": {"one": 1, "few": 2, "other": 20},
}
DEFAULT_PLURAL_SAMPLES = {"one": 1, "other": 2}


def _plural_attributes(name: str, message) -> dict[str, str]:
    """``message(n)`` is an ngettext call with literal strings (so makemessages finds them)."""
    from django.utils.translation import get_language

    samples = PLURAL_SAMPLES.get((get_language() or "en").split("-")[0], DEFAULT_PLURAL_SAMPLES)
    return {
        f"data-i18n.{name}.{category}": message(number) % {"count": "%{count}"}
        for category, number in samples.items()
    }


def _attributes_html(attributes: dict[str, str]) -> str:
    from django.utils.html import format_html_join

    return format_html_join(" ", '{}="{}"', attributes.items())


@register.simple_tag
def govuk_character_count_i18n() -> str:
    attributes = {
        **_plural_attributes(
            "characters-under-limit",
            lambda n: ngettext(
                "You have %(count)s character remaining", "You have %(count)s characters remaining", n
            ),
        ),
        "data-i18n.characters-at-limit": _("You have 0 characters remaining"),
        **_plural_attributes(
            "characters-over-limit",
            lambda n: ngettext(
                "You have %(count)s character too many", "You have %(count)s characters too many", n
            ),
        ),
    }
    return _attributes_html(attributes)


@register.simple_tag
def govuk_file_upload_i18n() -> str:
    attributes = {
        "data-i18n.choose-files-button": _("Choose file"),
        "data-i18n.no-file-chosen": _("No file chosen"),
        "data-i18n.drop-instruction": _("or drop file"),
        **_plural_attributes(
            "multiple-files-chosen", lambda n: ngettext("%(count)s file chosen", "%(count)s files chosen", n)
        ),
        "data-i18n.entered-drop-zone": _("Entered drop zone"),
        "data-i18n.left-drop-zone": _("Left drop zone"),
    }
    return _attributes_html(attributes)


@register.simple_tag
def govuk_accordion_i18n() -> str:
    """The accordion's buttons ("Show all sections", "Show", "Hide") in the page's language."""
    attributes = {
        "data-i18n.show-all-sections": _("Show all sections"),
        "data-i18n.hide-all-sections": _("Hide all sections"),
        "data-i18n.show-section": pgettext("accordion section button", "Show"),
        "data-i18n.hide-section": pgettext("accordion section button", "Hide"),
        "data-i18n.show-section-aria-label": _("Show this section"),
        "data-i18n.hide-section-aria-label": _("Hide this section"),
    }
    return _attributes_html(attributes)
