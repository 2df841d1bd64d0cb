from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from ..caching import remembered
from ..languages import language_links

register = template.Library()


@register.simple_tag(takes_context=True)
def language_switcher(context) -> str:
    """The campaign's languages, each linking to this page in that language.

    On a Wagtail page the links depend only on the page and what is published, so the
    HTML is remembered until the next publish (it is on every page).
    """
    request = context.get("request")
    if request is None:
        return ""
    match = getattr(request, "resolver_match", None)
    page = context.get("page") if match is not None and match.url_name == "wagtail_serve" else None

    def render() -> str:
        return render_to_string(
            "includes/language_switcher.html", {"languages": language_links(request, page)}
        )

    if page is not None and getattr(page, "translation_key", None):
        key = f"language-switcher:{page.translation_key}:{page.pk}:{get_language()}"
        return mark_safe(remembered(key, render))  # noqa: S308 - our own template, escaped values
    return mark_safe(render())  # noqa: S308 - our own template, escaped values
