"""Word-level changes between the story as sent and as it will be published.

Shown to the storyteller (through their signed link), so they can see exactly what
was removed or replaced before they approve, and to the sign-off editor, who sees the
very same marks beside the original (``story_changes`` serves both).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

# The sections of a case study the storyteller checks, in the order they see them.
SECTIONS = [
    ("title", gettext_lazy("Title")),
    ("summary", gettext_lazy("Summary")),
    ("pull_quote", gettext_lazy("Quote")),
    ("story", gettext_lazy("Your story")),
    ("what_changed", gettext_lazy("What changed")),
    ("lessons", gettext_lazy("What the organisation learned")),
    ("attribution", gettext_lazy("How we describe you")),
]


@dataclass(frozen=True)
class SectionChange:
    name: str
    label: str
    original: str  # as the storyteller sent it ("" for text the editors wrote)
    marked: SafeString  # the version to publish, changes marked


def original_texts(submission) -> dict[str, str]:
    """The storyteller's own words, by the page field they became."""
    if submission.is_landlord:
        return {
            "story": submission.complaint_summary,
            "what_changed": submission.changes_made,
            "lessons": submission.lessons_learned,
        }
    return {"story": submission.story, "what_changed": submission.what_changed}


def story_changes(submission, page) -> list[SectionChange]:
    """Each non-empty section of ``page`` (a page or a revision's object) marked against the original."""
    original = original_texts(submission)
    changes = []
    for name, label in SECTIONS:
        published = getattr(page, name, "") or ""
        if not published:
            continue
        before = original.get(name, "") or ""
        changes.append(SectionChange(name, str(label), before, marked_changes(before, published)))
    return changes


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
