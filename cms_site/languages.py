"""Where each campaign language's version of the current page is: the language switcher."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info

from .caching import remembered


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str  # as the language names itself
    url: str
    current: bool
    direction: str


def _page_urls(page) -> dict[str, str]:
    """Each language's live version of a Wagtail page: its translation, else that
    language's home page (remembered until anything is next published)."""

    def compute() -> dict[str, str]:
        from wagtail.models import Page

        from .locales import language_code_for

        urls = {}
        for translation in page.get_translations(inclusive=True).live().only("id", "url_path", "locale_id"):
            urls[language_code_for(translation.locale_id)] = translation.get_url(None)
        root = Page.objects.filter(depth=2, live=True).only("id", "url_path", "locale_id")
        for home in root:
            urls.setdefault(language_code_for(home.locale_id), home.get_url(None))
        return urls

    return remembered(f"language-urls:{page.translation_key}", compute)


def language_links(request: HttpRequest, page=None) -> list[LanguageLink]:
    current = get_language()
    urls = _page_urls(page) if page is not None and getattr(page, "pk", None) else {}
    links = []
    for code, _name in settings.LANGUAGES:
        url = urls.get(code) or translate_url(request.get_full_path(), code)
        info = get_language_info(code)
        links.append(
            LanguageLink(
                code=code,
                name=settings.LANGUAGE_NATIVE_NAMES.get(code, info["name_local"]),
                url=url,
                current=code == current,
                direction="rtl" if info["bidi"] else "ltr",
            )
        )
    return links
