"""Word-level changes between the story as sent and as it will be published.

Shown to the storyteller only (through their signed link), so they can see exactly
what was removed or replaced before they approve.
"""

from __future__ import annotations

import difflib
import re

from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

# Words with their following space: a replaced phrase becomes one change, not word soup.
_TOKENS = re.compile(r"\S+\s*|\s+")


def marked_changes(original: str, published: str) -> SafeString:
    """The published text with removed words struck through and new words marked."""
    before, after = _TOKENS.findall(original or ""), _TOKENS.findall(published or "")
    parts = []
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    for operation, a1, a2, b1, b2 in matcher.get_opcodes():
        if operation == "equal":
            parts.append(escape("".join(after[b1:b2])))
            continue
        removed, added = "".join(before[a1:a2]).rstrip(), "".join(after[b1:b2])
        trailing = added[len(added.rstrip()) :]
        added = added.rstrip()
        if removed.strip():
            parts.append(
                format_html(
                    '<del class="mtr-change mtr-change--removed"><span class="govuk-visually-hidden">{} </span>{}</del>',
                    _("removed:"),
                    removed,
                )
            )
        if added.strip():
            if removed.strip():
                parts.append(" ")
            parts.append(
                format_html(
                    '<ins class="mtr-change mtr-change--added"><span class="govuk-visually-hidden">{} </span>{}</ins>',
                    _("added:"),
                    added,
                )
            )
        parts.append(escape(trailing or (" " if removed and not added else "")))
    return format_html_join("", "{}", ((part,) for part in parts))
