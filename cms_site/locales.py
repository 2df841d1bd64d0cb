"""The campaign's seven locales, each synchronised from English by wagtail-localize.

Every language in ``settings.LANGUAGES`` gets a Wagtail ``Locale``; each one other than
English syncs from English (wagtail-localize's ``LocaleSynchronization``): pages made in
English appear in that locale's tree as aliases until an editor translates them in the
admin (Translate, then Publish). Case studies are the exception: they are published by
moderation in the language they were told in and in English (casestudies.pages).
"""

from __future__ import annotations

from django.conf import settings

from wagtail.models import Locale

_codes: dict[int, str] = {}


def locales_ensure() -> int:
    """Create any missing locale and its synchronisation from English; return how many were made."""
    from wagtail_localize.models import LocaleSynchronization

    default, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    made = 0
    for code, _name in settings.LANGUAGES:
        if code == default.language_code:
            continue
        locale, created = Locale.objects.get_or_create(language_code=code)
        made += created
        if not LocaleSynchronization.objects.filter(locale=locale).exists():
            LocaleSynchronization.objects.create(locale=locale, sync_from=default)  # syncs the tree now
    return made


def post_migrate_locales(sender, **kwargs) -> None:
    """post_migrate receiver (cms_site.apps): the locales exist on every database."""
    locales_ensure()


def language_code_for(locale_id: int | None) -> str:
    """A locale's language code without a query per page (locales almost never change)."""
    if locale_id is None:
        return settings.LANGUAGE_CODE
    if locale_id not in _codes:
        _codes.update(Locale.objects.values_list("id", "language_code"))
    return _codes.get(locale_id, settings.LANGUAGE_CODE)


def locale_codes_forget(sender=None, **kwargs) -> None:
    """Locale saved or deleted (signal receiver in cms_site.apps)."""
    _codes.clear()
