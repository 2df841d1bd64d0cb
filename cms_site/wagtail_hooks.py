from wagtail import hooks

from .caching import mark_cacheable


@hooks.register("before_serve_page")
def page_cache_mark(page, request, serve_args, serve_kwargs):
    """Live pages served to anonymous visitors may be kept by the page cache."""
    mark_cacheable(request, page)
