"""Values every public template needs: the signpost and the campaign's languages."""

from django.conf import settings
from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language, get_language_bidi


def _stories_url() -> str:
    """The header's link to the stories, cached until anything is next published."""
    from django.core.cache import cache

    from .caching import cache_generation

    key = f"mtr:nav:{cache_generation()}:{get_language()}"
    links = cache.get(key)
    if links is None:
        from casestudies.selectors import case_study_index_for_language

        index = case_study_index_for_language()
        links = {"stories_url": index.get_url() if index else ""}
        cache.set(key, links, timeout=3600)
    return links["stories_url"]


def campaign(request: HttpRequest) -> dict:
    return {
        # Lazy: only public pages' header reads it, never the admin.
        "stories_url": SimpleLazyObject(_stories_url),
        "SIGNPOST_URL": settings.CAMPAIGN["SIGNPOST_URL"],
        "SIGNPOST_TEXT": settings.CAMPAIGN["SIGNPOST_TEXT"],
        "LANGUAGE_DIR": "rtl" if get_language_bidi() else "ltr",
        "CURRENT_LANGUAGE": get_language(),
    }
