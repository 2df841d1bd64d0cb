"""GOV.UK type for HTML the site did not write itself: Wagtail rich text and plain text.

Wagtail's rich text (and Django's ``linebreaks`` on a plain text field) gives bare
``<p>``, ``<h2>``, ``<ul>``, ``<a>``: GOV.UK Frontend styles only elements that carry its
classes, so these would be in the browser's default serif. The classes are added to the
opening tags here, the way GOV.UK's own publishing tools do, so the text gets exactly the
GOV.UK component styles (sizes, spacing, link focus states, print styles, and this site's
right-to-left and per-script rules, which key on the same classes).
"""

from __future__ import annotations

import re

from django.utils.html import conditional_escape, linebreaks
from django.utils.safestring import SafeString, mark_safe

# Tag -> the GOV.UK classes it takes (the GOV.UK Design System's typography guidance).
CLASSES: dict[str, str] = {
    "p": "govuk-body",
    "h2": "govuk-heading-m",
    "h3": "govuk-heading-s",
    "h4": "govuk-heading-s",
    "h5": "govuk-heading-s",
    "h6": "govuk-heading-s",
    "ul": "govuk-list govuk-list--bullet",
    "ol": "govuk-list govuk-list--number",
    "a": "govuk-link",
    "blockquote": "govuk-inset-text",
    "hr": "govuk-section-break govuk-section-break--m govuk-section-break--visible",
}

# An opening tag of one of those elements. The HTML is Wagtail's or Django's own output,
# where ">" inside an attribute value is always escaped, so a tag ends at the first ">".
_OPENING_TAG = re.compile(r"<(" + "|".join(CLASSES) + r")(?=[\s/>])([^>]*)>", re.IGNORECASE)
_CLASS_ATTRIBUTE = re.compile(r"""(\sclass\s*=\s*)(["'])(.*?)\2""", re.IGNORECASE | re.DOTALL)


def _with_classes(match: re.Match) -> str:
    tag, attributes = match.group(1), match.group(2)
    classes = CLASSES[tag.lower()]
    existing = _CLASS_ATTRIBUTE.search(attributes)
    if existing:
        merged = f"{existing.group(3)} {classes}".strip()
        attributes = (
            attributes[: existing.start()]
            + f"{existing.group(1)}{existing.group(2)}{merged}{existing.group(2)}"
            + attributes[existing.end() :]
        )
        return f"<{tag}{attributes}>"
    return f'<{tag} class="{classes}"{attributes}>'


def govuk_html(html: str) -> SafeString:
    """HTML with GOV.UK's typography classes on its paragraphs, headings, lists and links.

    Text that is not already marked safe is escaped first, so this never lets markup in.
    """
    # Only class attributes are added to tags of already-escaped or safe HTML.
    return mark_safe(_OPENING_TAG.sub(_with_classes, str(conditional_escape(html))))  # noqa: S308


def govuk_paragraphs(text: str) -> SafeString:
    """Plain text (a story as it was told) as GOV.UK body paragraphs, escaped."""
    # linebreaks escapes the text (autoescape=True) before adding its <p> and <br>.
    return govuk_html(mark_safe(linebreaks(str(text), autoescape=True)))  # noqa: S308
