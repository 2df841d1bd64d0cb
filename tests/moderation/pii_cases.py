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


def score(stories: list[dict]) -> dict:
    """The shared scorer's three figures over ``{"id", "language", "text", "gold"}`` stories:
    leak-free share of the stories with identifying data, recall, character precision;
    and the misses as (id, kind, text)."""
    from moderation.pii import IDENTIFYING

    misses, total, leaky, with_pii = [], 0, set(), 0
    predicted_chars = inside_chars = 0
    for story in stories:
        text = story["text"]
        spans = detect(text, story["language"])
        gold_chars = {i for g in story["gold"] for i in range(g["start"], g["end"])}
        got = {i for span in spans for i in range(span.start, span.end)}
        predicted_chars += sum(1 for i in got if not text[i].isspace())
        inside_chars += sum(1 for i in got if not text[i].isspace() and i in gold_chars)
        identifying = [g for g in story["gold"] if g["kind"] in IDENTIFYING]
        with_pii += bool(identifying)
        for gold in identifying:
            total += 1
            wanted = {i for i in range(gold["start"], gold["end"]) if not text[i].isspace()}
            if len(wanted & got) < 0.8 * len(wanted):
                misses.append((story["id"], gold["kind"], text[gold["start"] : gold["end"]]))
                leaky.add(story["id"])
    return {
        "leak_free": 1 - len(leaky) / with_pii if with_pii else 1.0,
        "recall": 1 - len(misses) / total if total else 1.0,
        "precision": inside_chars / predicted_chars if predicted_chars else 1.0,
        "misses": misses,
    }
