"""Does an anonymised text still read well? A pure check, run before anonymisation completes.

It flags what replacing findings one by one tends to leave behind: broken or empty
brackets, placeholders stacked side by side ("[a street in the area], [a street in the
area]") or after the role they repeat ("my wife [my partner]"), doubled words ("the the")
and placeholders cut into a token ("@maggie_Resident A_e9"). Each problem has its position
and a reason code; the admin words the message. Plain Python: no Django imports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["BRACKET", "CUT", "DOUBLED", "STACKED", "Problem", "readability_problems"]

BRACKET = "bracket"  # an unbalanced, empty or nested square bracket
STACKED = "stacked"  # two placeholders, or a role and a placeholder, side by side
DOUBLED = "doubled"  # the same word twice in a row
CUT = "cut"  # a placeholder glued into a word, handle or address


@dataclass(frozen=True)
class Problem:
    """A readability problem at [start, end) of the text: ``reason`` is one of the codes above."""

    start: int
    end: int
    reason: str
    excerpt: str


# A placeholder: "[my neighbour]", "Resident A", "Mrs A" (a title and one or two capitals).
_PLACEHOLDER = re.compile(
    r"\[[^\[\]\n]{1,80}\]"
    r"|(?<![A-Za-z])Resident\s+[A-Z]{1,2}(?![A-Za-z])"
    r"|(?<![A-Za-z])(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z]{1,2}(?![A-Za-z])"
)
_JOIN = r"(?:[\s,;/&]|\b(?:and|or|i|lub|oraz|și|sau)\b|[و،]|\bیا\b|\bاور\b|\bও\b|\bবা\b|\bਅਤੇ\b|\bਜਾਂ\b)*"
_JOINED = re.compile(rf"^{_JOIN}$")
# A role or kinship word just before a placeholder that names a person ("my wife [my partner]").
_ROLE_BEFORE = re.compile(
    r"\b(?:my|our|his|her|their|the|a|an)\s+"
    r"(?:wife|husband|partner|son|daughter|child|mum|mother|dad|father|brother|sister|neighbour|friend|"
    r"landlord|officer|operative|caretaker|contractor|surveyor|councillor|doctor|plumber)\s*,?\s*"
    r"(?:\[[^\[\]\n]{1,80}\]|Resident\s+[A-Z]{1,2}(?![A-Za-z]))",
    re.IGNORECASE,
)
# Reduplication is grammatical in Urdu, Bengali, Punjabi and Arabic ("آہستہ آہستہ", "ধীরে ধীরে").
_REDUPLICATING = frozenset({"ur", "bn", "pa", "ar", "hi"})
_DOUBLE_OK = frozenset({"had", "that", "very", "bye", "no", "so", "far", "really", "ha", "knock", "bardzo"})
_WORD = re.compile(r"[^\s\"'“”‘’()\[\].,;:!?«»،؛۔।\-–—]+")
_GLUE = re.compile(r"[\w@_/]", re.UNICODE)


def _excerpt(text: str, start: int, end: int, margin: int = 25) -> str:
    a, b = max(0, start - margin), min(len(text), end + margin)
    return ("…" if a else "") + " ".join(text[a:b].split()) + ("…" if b < len(text) else "")


def _brackets(text: str) -> list[tuple[int, int]]:
    found, opened = [], None
    for i, char in enumerate(text):
        if char == "[":
            if opened is not None:
                found.append((opened, i + 1))  # nested, or the first was never closed
            opened = i
        elif char == "]":
            if opened is None:
                found.append((i, i + 1))
            elif not text[opened + 1 : i].strip():
                found.append((opened, i + 1))
            opened = None
        elif char == "\n" and opened is not None:
            found.append((opened, i))
            opened = None
    if opened is not None:
        found.append((opened, len(text)))
    return found


def _stacked(text: str) -> list[tuple[int, int]]:
    """Placeholders side by side: with nothing but punctuation between them, or the same one
    twice ("[contact details removed] or [contact details removed]"). Two people joined by
    "and" ("Resident A and Resident B") are fine."""
    found = []
    marks = list(_PLACEHOLDER.finditer(text))
    for a, b in zip(marks, marks[1:], strict=False):
        gap = text[a.end() : b.start()]
        if _JOINED.match(gap) and (a.group() == b.group() or not any(c.isalpha() for c in gap)):
            found.append((a.start(), b.end()))
    return found


# "Resident Aon": a letter label run into the rest of a word it was put inside.
_RUN_ON = re.compile(r"(?<![A-Za-z])Resident\s+[A-Z]{1,2}[a-z0-9]")


def _cut(text: str) -> list[tuple[int, int]]:
    found = []
    for m in _RUN_ON.finditer(text):
        e = m.end()
        while e < len(text) and not text[e].isspace():
            e += 1
        found.append((m.start(), e))
    for m in _PLACEHOLDER.finditer(text):
        before = text[m.start() - 1] if m.start() else ""
        after = text[m.end() : m.end() + 2]
        glued_before = bool(before) and bool(_GLUE.match(before))
        # "Resident A's" and Romanian/Bengali endings after a hyphen are grammar, not a cut.
        glued_after = bool(after) and (
            bool(_GLUE.match(after[0])) or (after[0] in "@." and bool(_GLUE.match(after[1:2] or " ")))
        )
        if glued_before or glued_after:
            s, e = m.start(), m.end()
            while s > 0 and not text[s - 1].isspace():
                s -= 1
            while e < len(text) and not text[e].isspace():
                e += 1
            found.append((s, e))
    return found


def _doubled(text: str, language: str) -> list[tuple[int, int]]:
    found = []
    words = list(_WORD.finditer(text))
    for a, b in zip(words, words[1:], strict=False):
        first, second = a.group().casefold(), b.group().casefold()
        if first != second or first.isdigit() or first in _DOUBLE_OK:
            continue
        between = text[a.end() : b.start()]
        if between.strip():  # "wall. Wall" or "yes, yes" is punctuated on purpose
            continue
        if language in _REDUPLICATING and not first.isascii():
            continue
        found.append((a.start(), b.end()))
    return found


def readability_problems(text: str, language: str = "en") -> list[Problem]:
    """Everything in ``text`` that would not read well once published, in order of position."""
    language = (language or "en").lower().split("-")[0].split("_")[0]
    spans: list[tuple[int, int, str]] = []
    spans += [(s, e, BRACKET) for s, e in _brackets(text)]
    spans += [(s, e, STACKED) for s, e in _stacked(text)]
    spans += [(m.start(), m.end(), STACKED) for m in _ROLE_BEFORE.finditer(text)]
    spans += [(s, e, DOUBLED) for s, e in _doubled(text, language)]
    spans += [(s, e, CUT) for s, e in _cut(text)]
    out: list[Problem] = []
    for start, end, reason in sorted(spans):
        if any(p.start <= start and end <= p.end for p in out):
            continue  # one problem per stretch of text
        out.append(Problem(start, end, reason, _excerpt(text, start, end)))
    return out
