"""Translated toolkits choose their own language's documents (PDFs, text files) and
pictures (the poster).

A document chooser's value is an overridable segment in wagtail-localize: the override
(what an editor would choose in the translation editor) is recorded for each locale and
the translation saved and published. Overrides already there are left as editors left them.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from django.conf import settings
from django.db import transaction
from django.db.models import Model

from wagtail.models import Locale, Page

ObjectsIn = Callable[[str], dict[str, Model]]  # language -> key -> document or image


@transaction.atomic
def chooser_overrides_translate(
    pages: list[Page], objects_in: ObjectsIn, *, chooser: str = "document"
) -> int:
    """Point each translation of these English pages' ``chooser`` blocks ("document",
    "image") at ``objects_in(its language)``, matched by key to the English object chosen.
    Returns how many translations changed."""
    from wagtail_localize.models import OverridableSegment, SegmentOverride, Translation, TranslationSource

    default = Locale.get_default()
    english = {chosen.pk: key for key, chosen in objects_in(default.language_code).items()}
    languages = dict(settings.LANGUAGES)
    changed = 0
    for page in pages:
        source, _created = TranslationSource.get_or_create_from_instance(page)
        segments = [
            segment
            for segment in OverridableSegment.objects.filter(source=source).select_related("context")
            # That kind of chooser only: an image chooser's id can equal a document's.
            if segment.context.path.rsplit(".", 1)[-1] == chooser
            and isinstance(segment.data, int)
            and segment.data in english
        ]
        for locale in Locale.objects.exclude(pk=default.pk) if segments else []:
            translation = Translation.objects.filter(source=source, target_locale=locale).first()
            if translation is None or locale.language_code not in languages:
                continue
            chosen = objects_in(locale.language_code)
            made = 0
            for segment in segments:
                _override, created = SegmentOverride.objects.get_or_create(
                    locale=locale,
                    context=segment.context,
                    defaults={"data_json": json.dumps(chosen[english[segment.data]].pk)},
                )
                made += created
            if made:
                translation.save_target(publish=False)
                page.get_translation(locale).get_latest_revision().publish()
                changed += 1
    return changed
