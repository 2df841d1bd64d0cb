from django import template

from ..languages import language_links

register = template.Library()


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """The campaign's languages, each linking to this page in that language."""
    request = context.get("request")
    page = (
        context.get("page")
        if getattr(request, "resolver_match", None) and (request.resolver_match.url_name == "wagtail_serve")
        else None
    )
    return {"languages": language_links(request, page) if request is not None else []}
