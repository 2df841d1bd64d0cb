"""``govuk_richtext`` and ``govuk_paragraphs``: rich and plain text fields in GOV.UK type."""

from __future__ import annotations

from django import template
from django.utils.safestring import SafeString

from wagtail.templatetags.wagtailcore_tags import richtext

from cms_site import typography

register = template.Library()


@register.filter(is_safe=True)
def govuk_richtext(value) -> SafeString:
    """Wagtail's ``richtext`` (links and embeds expanded), then GOV.UK's classes."""
    return typography.govuk_html(richtext(value))


@register.filter(is_safe=True)
def govuk_paragraphs(value) -> SafeString:
    """Plain text as escaped ``<p class="govuk-body">`` paragraphs (``linebreaks``, in GOV.UK type)."""
    return typography.govuk_paragraphs(value or "")
