"""Flag stories that mention danger, so editors deal with them first and pass on where to get help.

A missed gas leak or suicide risk costs far more than an editor glancing at a story that
only mentions one, so the patterns lean towards flagging; but a gas bill, a gas engineer's
visit, "no danger" or "the engineer checked and all was fine" are not concerns. The patterns
cover the campaign languages (English, Arabic, Bengali, Polish, Punjabi in Gurmukhi,
Romanian, Urdu) without needing to know a story's language: every list runs over every text;
a "mixed" list catches English words or figures written beside another script ("heating নেই").

- ``words/``: one module per concern, ``{group: {language: (regex, ...)}}`` in natural
  spelling; ``folding`` folds them and the text alike.
- ``RULES``: a concern is flagged when all its groups match within one text (damp *and* a
  health word; no heating *and* a vulnerable person).
- ``words/negation``: a match denied just before or after it, or in a clause that says all
  was fine, does not count (for the groups in ``NEGATABLE``).
- ``safety_concerns(*texts)`` gives the codes; ``safety_reasons`` the label, advice and the
  words that triggered each, quoted from the story, for the editor.

Recall and precision on a labelled set of sentences: ``bench/safety.py``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

from django.utils.functional import Promise

from . import folding
from .signposts import SIGNPOSTS
from .words import damp_health, electrics, fire, gas, heating, negation, self_harm, structural, threats

PATTERNS: dict[str, dict[str, tuple[str, ...]]] = {}
for _module in (gas, fire, electrics, self_harm, damp_health, heating, structural, threats):
    PATTERNS.update(_module.PATTERNS)

# Concern code -> pattern groups that must all match within one text.
RULES: dict[str, tuple[str, ...]] = {
    "damp_health": ("damp", "health"),
    "electrics": ("electrics",),
    "fire": ("fire",),
    "gas": ("gas",),
    "heating_vulnerable": ("no_heat", "vulnerable"),
    "self_harm": ("self_harm",),
    "structural": ("structural",),
    "threats": ("threats",),
}
CODES: tuple[str, ...] = tuple(sorted(RULES))
NEGATABLE = frozenset({"gas", "fire", "electrics", "structural", "threats", "vulnerable", "damp", "health"})


def _compile(by_language: dict[str, tuple[str, ...]]) -> re.Pattern[str]:
    parts = []
    for language, fragments in by_language.items():
        joined = "|".join(folding.strip(fragment) for fragment in fragments)
        end = r"\b" if folding.ANCHORS[language] == r"\b" else ""
        parts.append(f"{folding.ANCHORS[language]}(?:{joined}){end}")
    return re.compile("|".join(parts))


def _either(by_language: dict[str, str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{folding.strip(regex)})" for regex in by_language.values()))


class _Compiled:
    """The patterns, compiled on first use: a process that never triages (a management
    command, a worker doing other jobs) does not pay for them at start-up."""

    def __init__(self) -> None:
        self.matchers: dict[str, re.Pattern[str]] = {
            group: _compile(langs) for group, langs in PATTERNS.items()
        }
        self.negated_before = _either(negation.BEFORE)
        self.negated_after = _either(negation.AFTER)
        self.reassured = _either(negation.REASSURED)
        self.clause_break = re.compile(folding.strip(negation.CLAUSE_BREAK))
        self.sentence_break = re.compile(folding.strip(negation.SENTENCE_BREAK))
        self.excused = {
            group: (re.compile(folding.strip(weak)), re.compile(folding.strip(context)))
            for group, (weak, context) in negation.EXCUSED.items()
        }


@functools.cache
def _c() -> _Compiled:
    return _Compiled()


def _clause(folded: str, start: int, end: int) -> tuple[int, int]:
    """From the last clause break before the match to the end of its sentence."""
    clause_start = 0
    for found in _c().clause_break.finditer(folded, max(0, start - 300), start):
        clause_start = found.end()
    following = _c().sentence_break.search(folded, end)
    return clause_start, following.start() if following else len(folded)


def _denied(folded: str, start: int, end: int) -> bool:
    compiled = _c()
    if compiled.negated_before.search(folded, max(0, start - 80), start):
        return True
    if compiled.negated_after.match(folded[end : end + 60]):
        return True
    return bool(compiled.reassured.search(folded, *_clause(folded, start, end)))


def _excused(folded: str, group: str, match: re.Match[str]) -> bool:
    """A weak word explained by its clause: smoke from a neighbour's cigarette is not a fire."""
    weak, context = _c().excused[group]
    return bool(weak.fullmatch(match.group()) and context.search(folded, *_clause(folded, *match.span())))


def _matches(folded: str, group: str) -> Iterator[re.Match[str]]:
    """The group's matches in the folded text, less the denied and excused ones."""
    compiled = _c()
    for match in compiled.matchers[group].finditer(folded):
        if group in NEGATABLE and _denied(folded, match.start(), match.end()):
            continue
        if group in compiled.excused and _excused(folded, group, match):
            continue
        yield match


def _first(folded: str, group: str) -> re.Match[str] | None:
    return next(_matches(folded, group), None)


def safety_concerns(*texts: str | None) -> list[str]:
    """Sorted, unique concern codes found in any of the texts (empty ones are skipped)."""
    found: set[str] = set()
    for text in texts:
        if not text:
            continue
        folded = folding.fold(text)
        hits = {group for group in PATTERNS if _first(folded, group) is not None}
        found.update(code for code, groups in RULES.items() if hits.issuperset(groups))
    return sorted(found)


def _excerpt(text: str, offsets: list[int], spans: list[tuple[int, int]], limit: int = 120) -> str:
    """The original words behind the folded spans, joined with an ellipsis when far apart."""
    pieces = []
    for start, end in sorted(spans):
        first, last = offsets[start], offsets[end - 1] + 1
        if pieces and first - pieces[-1][1] <= 40:
            pieces[-1] = (pieces[-1][0], max(last, pieces[-1][1]))
        else:
            pieces.append((first, last))
    quoted = " … ".join(" ".join(text[first:last].split()) for first, last in pieces)
    return quoted if len(quoted) <= limit else quoted[: limit - 1].rstrip() + "…"


def safety_reasons(codes: Iterable[str], *texts: str | None) -> list[dict[str, str | Promise]]:
    """For each code (in code order): its label, advice, and the words that set it off.

    The excerpt quotes the first text where the concern is still found, as written; it is
    empty when the text no longer says it (an editor may have rewritten it).
    """
    reasons = signposts_for(codes)
    folded_texts = [(text, *folding.fold_with_offsets(text)) for text in texts if text]
    for reason in reasons:
        reason["excerpt"] = ""
        for text, folded, offsets in folded_texts:
            matches = [_first(folded, group) for group in RULES[reason["code"]]]
            if all(matches):
                reason["excerpt"] = _excerpt(text, offsets, [m.span() for m in matches])
                break
    return reasons


def signposts_for(codes: Iterable[str]) -> list[dict[str, str | Promise]]:
    """Label and advice for each code, in code order; unknown codes (e.g. retired ones) are skipped."""
    wanted = set(codes)
    return [
        {"code": code, "label": SIGNPOSTS[code][0], "advice": SIGNPOSTS[code][1]}
        for code in CODES
        if code in wanted
    ]


__all__ = ["CODES", "PATTERNS", "RULES", "SIGNPOSTS", "safety_concerns", "safety_reasons", "signposts_for"]
