"""Whole-page caching of published pages for anonymous visitors, purged on every change.

A Wagtail page served to a visitor without a session (no draft, not logged in) is
kept in the cache under a *generation* number. Publishing, unpublishing, moving or
deleting any page, and withdrawing a story, bumps the generation: listings, the home
page's featured stories and toolkit blocks all depend on what is published, so the
whole page cache is dropped at once rather than guessing which pages show a story.
The cache is Redis in production (shared by every app server) and local memory by
default (one process). Wagtail's front-end cache app purges a CDN the same way when
``WAGTAILFRONTENDCACHE`` is configured (production settings).

The cache is never needed to serve a page. A cache error (Redis down or slow) is a
miss on read and a skipped store on write, logged as a warning at most once a minute
per process (``cms_site.cache``, which also carries django-redis's ignored errors from
the ``default`` alias: rate limits failing open). A purge that could not reach the
cache, or any cache error seen here, leaves a purge pending: the first lookup that
reaches the cache again moves to a new generation, so nothing published, unpublished
or withdrawn during the outage is undone by pages kept from before it.

A request that ``SecurityMiddleware`` would redirect to HTTPS (``SECURE_SSL_REDIRECT``,
``SECURE_PROXY_SSL_HEADER``, ``SECURE_REDIRECT_EXEMPT``) is never answered from the
cache, and static files, media and the health checks never cost a cache round trip.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import re
import secrets
import time
from collections.abc import Callable, Mapping
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import InvalidCacheBackendError, caches
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control

from . import security_headers

GENERATION_KEY = "mtr:page-cache:generation"
HEALTH_PROBE_KEY = "mtr:health:probe"
REQUEST_FLAG = "_mtr_page_cacheable"
# Longer query strings (no real filter combination is this long) are served uncached,
# so nobody can fill the cache with made-up addresses.
MAX_QUERY_STRING = 600
# Never looked up: the health checks say what is true now, not what was stored.
UNCACHED_PREFIXES = ("/health/", "/healthz/")


@functools.cache
def cache_errors() -> tuple[type[BaseException], ...]:
    """What a cache that is down or misconfigured raises: redis-py's errors (connection,
    timeout, a full or read-only server), socket errors, and Django's own.

    Built when an error first reaches an ``except`` (the clause is evaluated only then), so
    a process that never meets one, such as ``detect_pii``, does not import redis (0.05 s)."""
    from redis.exceptions import RedisError

    errors: tuple[type[BaseException], ...] = (RedisError, OSError, InvalidCacheBackendError)
    try:  # django-redis raises this when it is told to ignore nothing
        from django_redis.exceptions import ConnectionInterrupted

        errors += (ConnectionInterrupted,)
    except ImportError:  # pragma: no cover - django-redis is a dependency
        pass
    return errors


logger = logging.getLogger("cms_site.cache")
LOG_INTERVAL_SECONDS = 60


class OncePerInterval(logging.Filter):
    """Let one cache warning through per interval per process; count the rest.

    Also turns django-redis's "Exception ignored" (an error with a traceback, once per
    call) into a one-line warning: an outage is one event, not one per request.
    """

    def __init__(self, interval: float = LOG_INTERVAL_SECONDS):
        super().__init__()
        self.interval = interval
        self.last: float | None = None
        self.suppressed = 0

    def filter(self, record: logging.LogRecord) -> bool:
        now = time.monotonic()
        if self.last is not None and now - self.last < self.interval:
            self.suppressed += 1
            return False
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]
            cause = error.__cause__ or error
            record.msg = (
                "Cache unavailable (%s: %s): remembered values are recomputed and rate limits "
                "are not enforced until it answers"
            )
            record.args = (type(cause).__name__, cause)
            record.exc_info = record.exc_text = None
            record.levelno, record.levelname = logging.WARNING, "WARNING"
        if self.suppressed:
            record.msg = f"{record.msg} (%d more cache errors since the last warning)"
            record.args = (*(record.args or ()), self.suppressed)
        self.last, self.suppressed = now, 0
        return True


if not any(isinstance(f, OncePerInterval) for f in logger.filters):
    logger.addFilter(OncePerInterval())

_purge_pending = False


def _cache_failed(action: str, error: BaseException) -> None:
    global _purge_pending
    _purge_pending = True
    logger.warning("Page cache unavailable (%s: %s): %s", type(error).__name__, error, action)


def _cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def cache_check() -> str | None:
    """None when the page cache's store keeps what is written; else the error's class name.

    A write and a read back (the ``default`` alias hides its errors, so only a round trip
    tells), for /health/.
    """
    token = secrets.token_hex(8)
    try:
        cache = _cache()
        cache.set(HEALTH_PROBE_KEY, token, timeout=30)
        kept = cache.get(HEALTH_PROBE_KEY) == token
    except cache_errors() as error:
        return type(error).__name__
    return None if kept else "NotStored"


def _fresh_generation() -> int:
    # Random, not 1: after the cache is flushed, nothing remembered under an old
    # generation (here or in cms_site/routing.py) can match the new one by chance.
    return secrets.randbits(48)


def cache_generation() -> int:
    """The current generation; 0 when the cache keeps nothing (a dummy cache, or down)."""
    try:
        cache = _cache()
        generation = cache.get(GENERATION_KEY)
        if generation is None:
            cache.add(GENERATION_KEY, _fresh_generation(), timeout=None)
            generation = cache.get(GENERATION_KEY)
    except cache_errors() as error:
        _cache_failed("nothing is remembered", error)
        return 0
    return generation or 0


def page_cache_purge() -> None:
    """Drop every cached page (by moving to a new generation) and purge the CDN.

    Never raises: with the cache down the purge is left pending (see the module's notes),
    and a publish or withdrawal goes ahead.
    """
    global _purge_pending
    try:
        cache = _cache()
        try:
            cache.incr(GENERATION_KEY)
        except ValueError:
            cache.set(GENERATION_KEY, _fresh_generation(), timeout=None)
    except cache_errors() as error:
        _cache_failed("purge left pending until it answers", error)
        return
    _purge_pending = False


def remembered(name: str, compute: Callable[[], object], timeout: int = 3600):
    """A value that depends only on what is published, kept until the next change.

    Stored under the current generation, so a publish, unpublish, move or delete makes
    it be computed afresh (e.g. the number of stories a filtered listing has).
    """
    generation = cache_generation()
    if not generation:  # nothing could tell us when to forget it
        return compute()
    key = f"mtr:remembered:{generation}:{hashlib.sha256(name.encode()).hexdigest()[:40]}"
    try:
        value = _cache().get(key)
    except cache_errors() as error:
        _cache_failed("computed afresh", error)
        return compute()
    if value is None:
        value = compute()
        try:
            _cache().set(key, value, timeout=timeout)
        except cache_errors() as error:
            _cache_failed("not remembered", error)
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


def _cached_page(request) -> tuple | None:
    """The stored page, or None: a miss, or the cache is down (logged)."""
    try:
        return _lookup(request)
    except cache_errors() as error:
        _cache_failed("served uncached", error)
        return None


def _lookup(request) -> tuple | None:
    """One cache round trip: the generation and the page stored under the last one seen."""
    global _last_generation
    if _purge_pending:  # back after an outage: nothing stored before it may be served
        page_cache_purge()
        if _purge_pending:
            return None
        _last_generation = None
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


def _may_use_cache(method: str, query_string: str, cookies: dict, path: str = "/") -> bool:
    return (
        bool(settings.PAGE_CACHE_SECONDS)
        and method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in cookies
        and len(query_string) <= MAX_QUERY_STRING
        and not path.startswith(_uncached_prefixes())
    )


def _uncached_prefixes() -> tuple[str, ...]:
    # Static files and media are whitenoise's or the web server's, never a page: no round trip.
    # With a CDN in STATIC_URL (https://cdn.example/static/) the CDN fetches the files from
    # here at the same path (whitenoise serves STATIC_URL's path), so the path is what counts.
    paths = (urlsplit(url).path for url in (settings.STATIC_URL, settings.MEDIA_URL) if url)
    return UNCACHED_PREFIXES + tuple(path for path in paths if path.startswith("/") and path != "/")


def redirects_to_https(meta: Mapping, path: str) -> bool:
    """Whether Django's SecurityMiddleware would send this request to HTTPS.

    The same rules (``SECURE_SSL_REDIRECT``, ``SECURE_REDIRECT_EXEMPT``, and
    ``SECURE_PROXY_SSL_HEADER`` as ``HttpRequest.is_secure`` reads it), on a WSGI
    environ or a request's META, so that no cached page is sent over plain HTTP.
    """
    if not settings.SECURE_SSL_REDIRECT:
        return False
    if _is_secure(meta):
        return False
    exempt = [re.compile(pattern) for pattern in settings.SECURE_REDIRECT_EXEMPT]
    return not any(pattern.search(path.lstrip("/")) for pattern in exempt)


def _is_secure(meta: Mapping) -> bool:
    if settings.SECURE_PROXY_SSL_HEADER:
        header, secure_value = settings.SECURE_PROXY_SSL_HEADER
        value = meta.get(header)
        if value is not None:
            return value.split(",", 1)[0].strip() == secure_value
    return meta.get("wsgi.url_scheme") == "https"


class PageCacheMiddleware:
    """Serve and store whole pages for anonymous GET requests.

    The outermost middleware, so that what it stores is the response exactly as sent
    (security headers included): the WSGI wrapper below replays it as is. Public pages
    need no CSP nonce, so their stored Content-Security-Policy is right for everyone; a
    response whose policy carries a nonce is not stored (cms_site/security_headers.py).
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not _may_use_cache(
            request.method, request.META.get("QUERY_STRING", ""), request.COOKIES, request.path_info
        ) or redirects_to_https(request.META, request.path):
            # SecurityMiddleware, next in line, redirects what must go to HTTPS.
            return self.get_response(request)
        cached = _cached_page(request)
        if cached is not None:
            status, headers, content = cached
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
            response["X-Page-Cache"] = "hit"
            return response
        generation = cache_generation()
        response = self.get_response(request)
        if not generation:  # the cache is down, or keeps nothing: serve it uncached
            return response
        key = _key(request, generation)
        if (
            getattr(request, REQUEST_FLAG, False)
            and response.status_code == 200
            and not response.cookies
            and not response.has_header("Set-Cookie")
            and "private" not in response.get("Cache-Control", "")
            and not getattr(response, "streaming", False)
            and security_headers.shareable(response)
        ):
            if hasattr(response, "render") and callable(response.render):
                response = response.render()
            # Browsers revalidate (a withdrawn story must go at once); a CDN may keep it for
            # s-maxage, and Wagtail's front-end cache app purges it on publish and unpublish.
            patch_cache_control(response, public=True, max_age=0, s_maxage=settings.PAGE_CACHE_CDN_SECONDS)
            headers = [(name, value) for name, value in response.items() if name.lower() != "x-page-cache"]
            try:
                _cache().set(
                    key,
                    (response.status_code, headers, response.content),
                    timeout=settings.PAGE_CACHE_SECONDS,
                )
            except cache_errors() as error:
                _cache_failed("not stored", error)
                return response
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
        path = environ.get("PATH_INFO", "/")
        if _may_use_cache(method, query_string, cookies, path) and not redirects_to_https(environ, path):
            request = _EnvironRequest(environ)
            try:
                cached = _cached_page(request)
            except Exception:  # anything else going wrong here is Django's to answer
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
