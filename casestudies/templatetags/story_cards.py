"""Story cards for listings, built in Python: an included template per card was the
largest single cost of rendering a listing page."""

from __future__ import annotations

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

register = template.Library()


@register.simple_tag(takes_context=True)
def story_card(context, story, heading_level: int = 3) -> SafeString:
    request = context.get("request")
    current = context.get("CURRENT_LANGUAGE") or "en"
    language = (
        format_html(' lang="{}" dir="auto"', story.text_language) if story.text_language != current else ""
    )
    caption = story.get_kind_display()
    if story.region:
        caption = f"{caption} · {story.get_region_display()}"
    tags = ""
    if story.themes:
        tags = format_html(
            '<p class="govuk-body-s mtr-tags">{}</p>',
            format_html_join(
                " ",
                '<strong class="govuk-tag govuk-tag--grey">{}</strong>',
                ((t,) for t in story.get_themes_display()),
            ),
        )
    heading_class = "govuk-heading-s" if heading_level == 3 else "govuk-heading-m"
    return format_html(
        '<li class="mtr-story-card govuk-!-margin-bottom-6">'
        '<p class="govuk-caption-s govuk-!-margin-bottom-1">{caption}</p>'
        '<h{level} class="{heading_class} govuk-!-margin-bottom-1"><a class="govuk-link" href="{url}"{language}>{title}</a></h{level}>'
        '<p class="govuk-body govuk-!-margin-bottom-1"{language}>{summary}</p>{tags}</li>',
        caption=caption,
        level=heading_level,
        heading_class=heading_class,
        url=story.get_url(request=request) or "",
        language=language,
        title=story.title,
        summary=story.summary,
        tags=tags,
    )
