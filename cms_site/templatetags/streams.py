"""``{% remembered_stream page "body" %}``: a published page's StreamField, rendered once.

A toolkit's blocks (FAQ accordions, downloads, images, stories) were most of its
rendering time. Their HTML depends only on the page's published revision, the language,
and what else is published (stories, page URLs), documents and images: every change to
those moves the page cache to a new generation (``cms_site/caching.py``,
``cms_site/apps.py``), so the HTML is remembered per generation like a listing's counts.
Previews and drafts are always rendered afresh.
"""

from __future__ import annotations

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from cms_site.caching import remembered

register = template.Library()


def _render(context, stream) -> str:
    # What {% for block in stream %}{% include_block block with block_id=block.id %} does.
    flat = context.flatten()
    return "".join(
        str(conditional_escape(block.render_as_block(context={**flat, "block_id": block.id})))
        for block in stream
    )


@register.simple_tag(takes_context=True)
def remembered_stream(context, page, field: str = "body") -> SafeString:
    """The page's StreamField ``field`` rendered as ``include_block`` would, remembered while
    nothing is published (a live page served as published; previews rendered afresh)."""
    stream = getattr(page, field)
    request = context.get("request")
    if getattr(request, "is_preview", False) or not (page.pk and page.live and page.live_revision_id):
        return mark_safe(_render(context, stream))  # noqa: S308 - block templates escape their values
    name = f"stream:{page.pk}:{page.live_revision_id}:{field}:{get_language()}"
    return mark_safe(remembered(name, lambda: _render(context, stream)))  # noqa: S308 - as above
