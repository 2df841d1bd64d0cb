"""Serve Wagtail pages with fewer queries: routes and sites remembered per cache generation.

Wagtail's ``serve`` view finds the site for the host (one query), its root page in the
active language and that page's specific object, then walks down one level per path
segment (two queries each: the child, then its specific object), then reads the page's
view restrictions (two more). That was a third of the CPU of an uncached page.

Everything it works out depends only on the host, the language and the path, and on
what is published, and every change to what is published, to sites, locales or view
restrictions moves the page cache to a new *generation* (``cms_site/caching.py``). So,
per generation, this process remembers the site for each host and the page id for each
(site, language, path) that Wagtail's own routing found, and whether any view
restriction exists at all. A remembered route costs one query: the live page itself,
fetched fresh as its specific type. Anything not remembered, and anything a page's own
``route()`` decides beyond the page itself (routable pages' sub-routes, such as a toolkit's
ZIP pack), goes through Wagtail's routing unchanged; a routable page's own address (its
index route, which the toolkit pages are) is remembered like any other page. Page ``route()`` methods must not depend on the request
beyond its host, language and path (none of ours do).
"""

from __future__ import annotations

import threading

from django.contrib.contenttypes.models import ContentType
from django.http import HttpRequest, HttpResponse
from django.http.request import split_domain_port
from django.utils import translation

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.url_routing import RouteResult

from .caching import cache_generation

MAX_REMEMBERED = 10_000


class _Memo:
    def __init__(self, generation: int | None) -> None:
        self.generation = generation
        self.sites: dict[tuple[str, str], Site | None] = {}
        # (site, language, path) -> (page id, content type id, whether it is a routable
        # page's index route, replayed through its own route()).
        self.routes: dict[tuple[int, str, str], tuple[int, int, bool]] = {}
        self.any_restrictions: bool | None = None


_memo = _Memo(None)
_request_state = threading.local()


def _generation() -> int:
    generation = getattr(_request_state, "generation", None)
    return generation if generation is not None else cache_generation()


def _memo_for(generation: int) -> _Memo:
    global _memo
    memo = _memo
    if memo.generation != generation:
        memo = _memo = _Memo(generation)
    return memo


def any_view_restrictions() -> bool:
    """Whether any page has a view restriction (privacy setting); remembered per generation."""
    generation = _generation()
    if not generation:
        return PageViewRestriction.objects.exists()
    memo = _memo_for(generation)
    if memo.any_restrictions is None:
        memo.any_restrictions = PageViewRestriction.objects.exists()
    return memo.any_restrictions


def public(queryset):
    """``queryset.public()``, skipping its restrictions query when there are none."""
    return queryset.public() if any_view_restrictions() else queryset


class ViewRestrictionsMixin:
    """Page mixin: no view restriction queries while no page has any restriction."""

    def get_view_restrictions(self):
        if not any_view_restrictions():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


def _site(request: HttpRequest, memo: _Memo) -> Site | None:
    # The same host and port Wagtail's Site.find_for_request matches on.
    key = (split_domain_port(request._get_raw_host())[0], request.get_port())
    if key in memo.sites:
        request._wagtail_site = memo.sites[key]
    elif len(memo.sites) < MAX_REMEMBERED:
        memo.sites[key] = Site.find_for_request(request)
    return Site.find_for_request(request)


def _route_key(site: Site, path: str) -> tuple[int, str, str]:
    return (site.pk, translation.get_language() or "", path)


def _remembered_route(request: HttpRequest, path: str, memo: _Memo) -> RouteResult | None:
    site = _site(request, memo)
    if site is None:
        return None
    found = memo.routes.get(_route_key(site, path))
    if found is None:
        return None
    page_id, content_type_id, routable = found
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    page = model.objects.filter(pk=page_id, live=True).first() if model else None
    if page is None:
        return None
    # A routable page resolves its index route in memory (and notes it on the request).
    return page.route(request, []) if routable else RouteResult(page)


def _remember(request: HttpRequest, path: str, memo: _Memo, result: RouteResult | None) -> None:
    site = Site.find_for_request(request)
    if result is None or site is None or len(memo.routes) >= MAX_REMEMBERED:
        return
    page, args, kwargs = result
    routable = isinstance(page, RoutablePageMixin) and not kwargs and _is_index_route(page, args)
    # Plain pages, and routable pages at their index route: other sub-routes are resolved
    # by the page's route() each time.
    if not routable and (args or kwargs or type(page).route is not Page.route):
        return
    memo.routes[_route_key(site, path)] = (page.pk, page.content_type_id, routable)


def _is_index_route(page: RoutablePageMixin, args: tuple) -> bool:
    """Whether a routable page's route result is its own index view, with no arguments."""
    if len(args) != 3:  # RouteResult(page, args=(view, args, kwargs))
        return False
    view, view_args, view_kwargs = args
    index = page.resolve_subpage("/")
    return (
        not view_args
        and not view_kwargs
        and not index.args
        and not index.kwargs
        and getattr(view, "__func__", view) is getattr(index.func, "__func__", index.func)
    )


def serve(request: HttpRequest, path: str) -> HttpResponse:
    """Wagtail's ``serve`` view, routed through the remembered routes where it can."""
    from wagtail import views as wagtail_views  # not at import time: models import this module

    generation = cache_generation()
    if not generation:  # a cache that keeps nothing cannot tell us when routes change
        from wagtail import views as wagtail_views

        return wagtail_views.serve(request, path)
    _request_state.generation = generation
    try:
        memo = _memo_for(generation)
        if not hasattr(request, "_wagtail_route_for_request"):
            result = _remembered_route(request, path, memo)
            if result is not None:
                request._wagtail_route_for_request = result
            else:
                _remember(request, path, memo, Page.route_for_request(request, path))
        return wagtail_views.serve(request, path)
    finally:
        _request_state.generation = None
