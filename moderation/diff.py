"""Word-level changes between the story as sent and as it will be published.

Shown to the storyteller (through their signed link), so they can see exactly what
was removed or replaced before they approve, and to the sign-off editor, who sees the
very same marks beside the original (``story_changes`` serves both).
"""

from __future__ import annotations

import difflib
import html
import re
import unicodedata
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
# A landlord's case study: its "story" is what happened, and it describes the organisation.
LANDLORD_LABELS = {
    "story": gettext_lazy("What happened"),
    "attribution": gettext_lazy("How we describe your organisation"),
}


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
    labels = LANDLORD_LABELS if submission.is_landlord else {}
    changes = []
    for name, default in SECTIONS:
        label = labels.get(name, default)
        published = getattr(page, name, "") or ""
        if not published:
            continue
        before = original.get(name, "") or ""
        changes.append(SectionChange(name, str(label), before, marked_changes(before, published)))
    return changes


# Words and runs of punctuation, compared apart: "wall," against "wall." changes only the comma.
_PUNCT = r".,;:!?\"“”‘()\[\]«»،؛۔।…"
_TOKENS = re.compile(rf"[^\s{_PUNCT}]+|[{_PUNCT}]+")
_TAG = re.compile(r"<[^<>]{0,200}>")


def _key(token: str) -> str:
    """A word as a reader sees it: markup and entities taken out, one apostrophe, NFC."""
    token = html.unescape(_TAG.sub("", token)).replace("\u200b", "").replace("’", "'")
    return unicodedata.normalize("NFC", token.replace("\u00a0", " ").strip())


def _tokens(text: str) -> list[tuple[str, str]]:
    """(token as written, the space after it: "", " " or a line break) of ``text``."""
    text = (text or "").replace("\u00a0", " ").replace("&nbsp;", " ")
    matches = list(_TOKENS.finditer(text))
    out = []
    for m, following in zip(matches, [*matches[1:], None], strict=False):
        gap = text[m.end() : following.start() if following else len(text)]
        out.append((m.group(), "\n" if "\n" in gap else " " if gap else ""))
    return out


def _join(tokens: list[tuple[str, str]]) -> str:
    return "".join(token + space for token, space in tokens)


def marked_changes(original: str, published: str) -> SafeString:
    """The published text, as written, with removed words struck through and new words marked.

    Compared word by word after normalising whitespace, line endings, entities and markup, so
    a word that did not change never shows as removed and added again.
    """
    before = [t for t in _tokens(original) if _key(t[0])]  # markup alone is no word a reader lost
    after = _tokens(published)
    parts: list[str] = []
    keys_before = [_key(t) for t, _ in before]
    keys_after = [_key(t) for t, _ in after]
    matcher = difflib.SequenceMatcher(a=keys_before, b=keys_after, autojunk=False)
    for operation, a1, a2, b1, b2 in matcher.get_opcodes():
        if operation == "equal":
            parts.append(escape(_join(after[b1:b2])))
            continue
        removed = _join(before[a1:a2]).strip()
        added = _join(after[b1:b2])
        trailing = added[len(added.rstrip()) :]
        added = added.rstrip()
        if removed:
            parts.append(
                format_html(
                    '<del class="mtr-change mtr-change--removed"><span class="govuk-visually-hidden">{} </span>{}</del>',
                    _("removed:"),
                    removed,
                )
            )
        if added:
            if removed and (removed[-1:].isalnum() or added[:1].isalnum()):
                parts.append(" ")
            parts.append(
                format_html(
                    '<ins class="mtr-change mtr-change--added"><span class="govuk-visually-hidden">{} </span>{}</ins>',
                    _("added:"),
                    added,
                )
            )
            parts.append(escape(trailing))
        elif before[a2 - 1][1] and b2 < len(after):
            parts.append(" ")  # a word taken out between two that stay: keep them apart
    return format_html_join("", "{}", ((part,) for part in parts))
