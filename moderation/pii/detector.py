"""Run every recogniser over a text and merge what they find.

Each recogniser module has ``find(text, language) -> Iterable[Span]`` and knows one
family of findings. ``detect`` trims whitespace and punctuation from span edges,
merges overlapping or touching findings of compatible kinds, and returns spans
sorted and non-overlapping. Missing something is far worse than flagging too
much, so merging always keeps the union.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from . import addresses, ages, contact, names, organisations, references, scripts, special
from .spans import PRIORITY, Span

Recogniser = Callable[[str, str], Iterable[Span]]

RECOGNISERS: tuple[Recogniser, ...] = (
    contact.find,
    references.find,
    addresses.find,
    ages.find,
    names.find,
    scripts.find,
    organisations.find,
    special.find,
)

_EDGE = " \t\r\n.,;:!?\"'()[]{}«»“”‘’„،؛۔।"


def _language(language: str | None) -> str:
    return (language or "en").strip().lower().split("-")[0].split("_")[0] or "en"


def _trim(text: str, span: Span) -> Span | None:
    start, end = max(0, span.start), min(len(text), span.end)
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    if start >= end:
        return None
    if (start, end) == (span.start, span.end):
        return span
    return Span(start, end, span.kind, span.confidence, span.reason)


def _merge(spans: list[Span]) -> list[Span]:
    """Union overlapping spans; the merged span keeps the highest-priority kind."""
    spans.sort(key=lambda s: (s.start, -s.end))
    merged: list[Span] = []
    for span in spans:
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            best = min((last, span), key=lambda s: (PRIORITY.get(s.kind, 99), -s.confidence))
            merged[-1] = Span(
                last.start,
                max(last.end, span.end),
                best.kind,
                max(last.confidence, span.confidence),
                best.reason,
            )
        else:
            merged.append(span)
    return merged


def detect(text: str, language: str = "en") -> list[Span]:
    """Find personal data in ``text`` (any script); spans are sorted and do not overlap."""
    if not text:
        return []
    lang = _language(language)
    found: list[Span] = []
    for recogniser in RECOGNISERS:
        for span in recogniser(text, lang):
            trimmed = _trim(text, span)
            if trimmed is not None:
                found.append(trimmed)
    return _merge(found)
