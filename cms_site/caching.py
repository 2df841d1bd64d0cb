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
import secrets
from collections.abc import Callable

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control

GENERATION_KEY = "mtr:page-cache:generation"
REQUEST_FLAG = "_mtr_page_cacheable"
# Longer query strings (no real filter combination is this long) are served uncached,
# so nobody can fill the cache with made-up addresses.
MAX_QUERY_STRING = 600


def _cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def _fresh_generation() -> int:
    # Random, not 1: after the cache is flushed, nothing remembered under an old
    # generation (here or in cms_site/routing.py) can match the new one by chance.
    return secrets.randbits(48)


def cache_generation() -> int:
    cache = _cache()
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, _fresh_generation(), timeout=None)
        generation = cache.get(GENERATION_KEY)
    return generation or 0  # 0: the cache keeps nothing (a dummy cache)


def page_cache_purge() -> None:
    """Drop every cached page (by moving to a new generation) and purge the CDN."""
    cache = _cache()
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, _fresh_generation(), timeout=None)


def remembered(name: str, compute: Callable[[], object], timeout: int = 3600):
    """A value that depends only on what is published, kept until the next change.

    Stored under the current generation, so a publish, unpublish, move or delete makes
    it be computed afresh (e.g. the number of stories a filtered listing has).
    """
    cache = _cache()
    key = f"mtr:remembered:{cache_generation()}:{hashlib.sha256(name.encode()).hexdigest()[:40]}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout=timeout)
    return value


def purge_on_change(sender=None, **kwargs) -> None:
    """Signal receiver: any page published, unpublished, moved or deleted.

    At once, and again when the change commits: a visitor served between the two (a slow
    publish, a withdrawal) would otherwise leave the old page, or a listing without the new
    story, cached under the new generation. The CDN purge is Wagtail's front-end cache app,
    which in Wagtail 8 is a background task (``purge_urls_from_cache_task``; with the
    database queue it runs once the change has committed).
    """
    page_cache_purge()
    transaction.on_commit(page_cache_purge, robust=True)


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


def _may_use_cache(method: str, query_string: str, cookies: dict) -> bool:
    return (
        bool(settings.PAGE_CACHE_SECONDS)
        and method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in cookies
        and len(query_string) <= MAX_QUERY_STRING
    )


class PageCacheMiddleware:
    """Serve and store whole pages for anonymous GET requests.

    The outermost middleware, so that what it stores is the response exactly as sent
    (security headers included): the WSGI wrapper below replays it as is.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not _may_use_cache(request.method, request.META.get("QUERY_STRING", ""), request.COOKIES):
            return self.get_response(request)
        cached = _cached_page(request)
        if cached is not None:
            status, headers, content = cached
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
            response["X-Page-Cache"] = "hit"
            return response
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
            # Browsers revalidate (a withdrawn story must go at once); a CDN may keep it for
            # s-maxage, and Wagtail's front-end cache app purges it on publish and unpublish.
            patch_cache_control(response, public=True, max_age=0, s_maxage=settings.PAGE_CACHE_CDN_SECONDS)
            headers = [(name, value) for name, value in response.items() if name.lower() != "x-page-cache"]
            _cache().set(
                key, (response.status_code, headers, response.content), timeout=settings.PAGE_CACHE_SECONDS
            )
            response["X-Page-Cache"] = "miss"
        return response


class PageCacheApplication:
    """WSGI wrapper: a cached page is sent before Django builds a request at all.

    The same lookup as the middleware (which stores the pages), done on the raw
    environ, so a hit costs a cookie check, one cache read and a write to the socket.
    """

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        from http.cookies import SimpleCookie

        method = environ.get("REQUEST_METHOD", "GET")
        query_string = environ.get("QUERY_STRING", "")
        try:
            cookies = {
                name: morsel.value for name, morsel in SimpleCookie(environ.get("HTTP_COOKIE", "")).items()
            }
        except Exception:  # a malformed cookie header: let Django deal with it
            return self.application(environ, start_response)
        if _may_use_cache(method, query_string, cookies):
            request = _EnvironRequest(environ)
            try:
                cached = _cached_page(request)
            except Exception:  # the cache being down must never take the site down
                cached = None
            if cached is not None:
                status, headers, content = cached
                start_response(f"{status} {_reason(status)}", [*headers, ("X-Page-Cache", "hit")])
                return [b"" if method == "HEAD" else content]
        return self.application(environ, start_response)


class _EnvironRequest:
    """Just enough of a request for the cache key (host and full path) from a WSGI environ."""

    def __init__(self, environ):
        self.environ = environ

    def get_host(self) -> str:
        host = self.environ.get("HTTP_X_FORWARDED_HOST") if settings.USE_X_FORWARDED_HOST else None
        host = host or self.environ.get("HTTP_HOST") or self.environ.get("SERVER_NAME", "")
        return host

    def get_full_path(self) -> str:
        from django.utils.encoding import escape_uri_path, iri_to_uri

        path = escape_uri_path(self._path_info())
        query = self.environ.get("QUERY_STRING", "")
        return f"{path}{('?' + iri_to_uri(query)) if query else ''}"

    def _path_info(self) -> str:
        from django.core.handlers.wsgi import get_path_info, get_script_name

        return get_script_name(self.environ).rstrip("/") + get_path_info(self.environ)


def _reason(status: int) -> str:
    from http import HTTPStatus

    return HTTPStatus(status).phrase
