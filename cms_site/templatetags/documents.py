"""Download links with their format, size and language: ``{% document_link document languages %}``.

``{% document_languages value.resources as languages %}`` looks up the languages of a
resources block's documents in one query first.
"""

from __future__ import annotations

from django import template
from django.utils.safestring import SafeString

from cms_site import documents

register = template.Library()


@register.simple_tag
def document_languages(resources) -> dict[int, str]:
    return documents.document_languages(resource.get("document") for resource in resources or [])


@register.simple_tag
def document_link(document, languages: dict[int, str] | None = None) -> SafeString:
    return documents.document_link(document, (languages or {}).get(document.pk, ""))
