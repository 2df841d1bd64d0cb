"""Whole-page caching of published pages for anonymous visitors, purged on every change.

A Wagtail page served to a visitor without a session (no draft, not logged in) is
kept in the cache under a *generation* number. Publishing, unpublishing, moving or
deleting any page, and withdrawing a story, bumps the generation: listings, the home
page's featured stories and toolkit blocks all depend on what is published, so the
whole page cache is dropped at once rather than guessing which pages show a story.
The cache is Redis in production (shared by every app server) and local memory by
default (one process). Wagtail's front-end cache app purges a CDN the same way when
``WAGTAILFRONTENDCACHE`` is configured (production settings).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from django.conf import settings
from django.core.cache import caches
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control

GENERATION_KEY = "mtr:page-cache:generation"
REQUEST_FLAG = "_mtr_page_cacheable"
# Longer query strings (no real filter combination is this long) are served uncached,
# so nobody can fill the cache with made-up addresses.
MAX_QUERY_STRING = 600


def _cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def cache_generation() -> int:
    cache = _cache()
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, 1, timeout=None)
        generation = cache.get(GENERATION_KEY) or 1
    return generation


def page_cache_purge() -> None:
    """Drop every cached page (by moving to a new generation) and purge the CDN."""
    cache = _cache()
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, timeout=None)


def purge_on_change(sender=None, **kwargs) -> None:
    """Signal receiver: any page published, unpublished, moved or deleted."""
    page_cache_purge()


def _key(request: HttpRequest, generation: int) -> str:
    address = f"{request.get_host()}{request.get_full_path()}".encode()
    return f"mtr:page:{generation}:{hashlib.sha256(address).hexdigest()[:40]}"


_last_generation: int | None = None


def _cached_page(request: HttpRequest) -> HttpResponse | None:
    """One cache round trip: the generation and the page stored under the last one seen."""
    global _last_generation
    cache = _cache()
    if _last_generation is None:
        _last_generation = cache_generation()
    key = _key(request, _last_generation)
    found = cache.get_many([GENERATION_KEY, key])
    generation = found.get(GENERATION_KEY)
    if generation is None:
        _last_generation = cache_generation()
        return None
    if generation != _last_generation:  # something was published: look again under the new one
        _last_generation = generation
        return cache.get(_key(request, generation))
    return found.get(key)


def _anonymous(request: HttpRequest) -> bool:
    # Decided from the cookies alone, before sessions or users are loaded: any session
    # (a logged-in editor, a resident with a draft) is served fresh.
    return settings.SESSION_COOKIE_NAME not in request.COOKIES


def mark_cacheable(request: HttpRequest, page) -> None:
    """Called when Wagtail serves a live page (before_serve_page hook)."""
    if getattr(request, "is_preview", False):
        return
    setattr(request, REQUEST_FLAG, True)


class PageCacheMiddleware:
    """Serve and store whole pages for anonymous GET requests."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if (
            not settings.PAGE_CACHE_SECONDS
            or request.method not in ("GET", "HEAD")
            or not _anonymous(request)
        ):
            return self.get_response(request)
        cached = _cached_page(request)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached
        key = _key(request, cache_generation())
        response = self.get_response(request)
        if (
            getattr(request, REQUEST_FLAG, False)
            and response.status_code == 200
            and not response.cookies
            and not response.has_header("Set-Cookie")
            and "private" not in response.get("Cache-Control", "")
            and not getattr(response, "streaming", False)
        ):
            if hasattr(response, "render") and callable(response.render):
                response = response.render()
            response["X-Page-Cache"] = "miss"
            # Browsers revalidate (a withdrawn story must go at once); a CDN may keep it for
            # s-maxage, and Wagtail's front-end cache app purges it on publish and unpublish.
            patch_cache_control(response, public=True, max_age=0, s_maxage=settings.PAGE_CACHE_CDN_SECONDS)
            _cache().set(key, response, timeout=settings.PAGE_CACHE_SECONDS)
        return response
