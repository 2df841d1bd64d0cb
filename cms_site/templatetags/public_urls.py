"""Absolute links in templates, on PUBLIC_BASE_URL (cms_site/public_urls.py).

{% load public_urls %}
{{ rendition.url|public_url }}
{% hreflang_alternates page as alternates %}
"""

from __future__ import annotations

from dataclasses import dataclass

from django import template
from django.conf import settings

from cms_site import public_urls
from cms_site.caching import remembered

register = template.Library()


@register.filter
def public_url(path: str) -> str:
    """A site path made absolute; an absolute URL (object storage) stays as it is."""
    return public_urls.public_url(str(path)) if path else ""


@dataclass(frozen=True)
class Alternate:
    code: str  # a language code, or "x-default"
    url: str


def _translation_paths(page) -> dict[str, str]:
    """Language code -> path of each live translation of the page (not aliases, which
    show another language's text)."""

    def compute() -> dict[str, str]:
        from cms_site.locales import language_code_for

        translations = (
            page.get_translations(inclusive=True)
            .live()
            .public()
            .filter(alias_of__isnull=True)
            .only("id", "url_path", "locale_id")
        )
        paths = {}
        for translation in translations:
            path = translation.get_url(None)
            if path:
                paths[language_code_for(translation.locale_id)] = path
        return paths

    # Paths only: the base URL is added on the way out, so a settings change is seen at once.
    return remembered(f"hreflang-paths:{page.translation_key}", compute)


@register.simple_tag
def hreflang_alternates(page) -> list[Alternate]:
    """The page's versions in other languages for <link rel="alternate" hreflang>, with
    the default language (English) as x-default; nothing when the page is in one language only."""
    paths = _translation_paths(page)
    if len(paths) < 2:
        return []
    alternates = [Alternate(code, public_urls.public_url(path)) for code, path in sorted(paths.items())]
    if settings.LANGUAGE_CODE in paths:
        alternates.append(Alternate("x-default", public_urls.public_url(paths[settings.LANGUAGE_CODE])))
    return alternates
