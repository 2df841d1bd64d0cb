"""The demo site in all seven languages.

- The English tree is synchronised into each campaign locale (wagtail-localize), then
  the home page, the stories listing and the toolkits are translated as an editor would
  in wagtail-localize's editor: a translation per locale, its strings from
  ``translations/<code>.json`` (English text -> translation, drafts for professional
  review), published. Editors can open and change them in the admin.
- Stories told in another language are published in their language's listing, and in
  English in the English listing from ``translations/stories_en.json``, sharing one
  translation key: what moderation does with the English translation editors record.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from django.conf import settings
from django.db import transaction

from wagtail.models import Locale, Page

TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"
NUMBER = re.compile(r"\d+")


@cache
def page_strings(language: str) -> dict[str, str]:
    path = TRANSLATIONS_DIR / f"{language}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


@cache
def _strings_by_shape(language: str) -> dict[str, tuple[str, str]]:
    """The language's strings keyed by their English with every number replaced by '#'."""
    return {NUMBER.sub("#", english): (english, text) for english, text in page_strings(language).items()}


def string_translate(language: str, english: str) -> str | None:
    """The translation of ``english`` from ``translations/<language>.json``, or None.

    A string that differs from a known one only in its numbers (a retention period read
    from the settings, say) takes that translation with the new numbers put in.
    """
    strings = page_strings(language)
    if english in strings:
        return strings[english]
    known = _strings_by_shape(language).get(NUMBER.sub("#", english))
    if known is None:
        return None
    source, text = known
    numbers = dict(zip(NUMBER.findall(source), NUMBER.findall(english), strict=True))
    return NUMBER.sub(lambda match: numbers.get(match.group(), match.group()), text)


@cache
def english_stories() -> dict[str, dict[str, str]]:
    return json.loads((TRANSLATIONS_DIR / "stories_en.json").read_text(encoding="utf-8"))


def locale_trees_sync() -> None:
    """Mirror the English tree (home, listing, toolkits) into every locale as aliases."""
    from wagtail_localize.synctree import synchronize_tree

    default = Locale.get_default()
    for locale in Locale.objects.exclude(pk=default.pk):
        synchronize_tree(default, locale)


@transaction.atomic
def pages_translate(pages: list[Page]) -> int:
    """Translate these English pages into every other locale and publish them; return how
    many translations were made (pages already translated are left as editors left them)."""
    from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

    made = 0
    default = Locale.get_default()
    for page in sorted(pages, key=lambda page: page.depth):  # parents first
        source, _created = TranslationSource.update_or_create_from_instance(page)
        segments = list(StringSegment.objects.filter(source=source).select_related("string", "context"))
        for locale in Locale.objects.exclude(pk=default.pk):
            if not page_strings(locale.language_code):
                continue
            existing = page.get_translations().filter(locale=locale, alias_of__isnull=True).exists()
            if existing:
                continue
            translation, _created = Translation.objects.get_or_create(
                source=source, target_locale=locale, defaults={"enabled": True}
            )
            for segment in segments:
                text = string_translate(locale.language_code, segment.string.data)
                if text and segment.context.path != "slug":  # addresses stay as in English
                    StringTranslation.objects.update_or_create(
                        translation_of=segment.string,
                        locale=locale,
                        context=segment.context,
                        defaults={
                            "data": text,
                            "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                        },
                    )
            # A draft, published here and now: wagtail-localize publishes on commit, and a
            # revision published after more pages were added would restore a stale tree.
            translation.save_target(publish=False)
            page.get_translation(locale).get_latest_revision().publish()
            made += 1
    return made


def demo_language(story) -> str:
    return story.language if story.language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
