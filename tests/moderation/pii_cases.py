"""Shared check for the detector's round tests: is a part of a sentence flagged?"""

from __future__ import annotations

from moderation.pii import detect


def covered(text: str, language: str, part: str, share: float = 0.8) -> bool:
    """True when the detector's spans cover ``share`` of ``part``'s non-space characters
    (the scorer's rule for a caught span)."""
    start = text.index(part)
    spans = detect(text, language)
    chars = [i for i in range(start, start + len(part)) if not text[i].isspace()]
    hit = sum(1 for i in chars if any(s.start <= i < s.end for s in spans))
    return hit >= share * len(chars)


def flagged(text: str, language: str, word: str, kind: str | None = None) -> bool:
    """True when any character of ``word`` (its first occurrence) lies in a span (of ``kind``)."""
    start = text.index(word)
    return any(
        s.start < start + len(word) and start < s.end and (kind is None or s.kind == kind)
        for s in detect(text, language)
    )
