"""ORGANISATION: named landlords, councils, housing associations and contractors.

A name is one to four capitalised words ending in a word that marks an
organisation ("Harbourline Homes", "Northfield Borough Council", "Brightway
Housing Association", "Apex Repairs Ltd"), or a Welsh name opening with such a
word ("Cartrefi Bae Tawe", "Tai Calon").  Generic phrases ("the council", "the
Housing Ombudsman", "Housing Association" alone, the NHS) are not names: at least
one word before the ending must be a distinctive one.  Once a name is found, its
distinctive head word is also marked where it is used alone later ("Harbourline
said ...").  In all-lower-case stories the same shapes are accepted when the
head word is not an ordinary word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .spans import ORGANISATION, Span

_L = "A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ\u0300-\u036f"
_WORD = re.compile(rf"[{_L}0-9]+(?:['’&\-][{_L}0-9]+)*|&")

# Words that end an organisation's name (lower case).  Multi-word endings are
# handled because every word of them is in this set or in _GENERIC.
_SUFFIX = frozenset(
    """
    homes housing council councils association trust dwellings living group partnership
    ltd limited plc llp cic co-op co-operative cooperative society foundation
    plumbing roofing repairs electrical electrics services maintenance construction builders
    building heating gas property properties estates lettings developments contractors
    contracting facilities solutions scaffolding glazing windows lifts cleaning drainage
    surveyors management residential communities lettings plumbers roofers electricians sons
    """.split()
)
# "Decent Homes Standard", "Homes England", "Housing Act": not an organisation's name.
_NOT_AFTER = frozenset(
    """
    standard standards programme program scheme england act fund funding regulations regulation
    ombudsman code charter week day
    """.split()
)
# Generic words that may stand inside a name but cannot make it distinctive alone.
_GENERIC = frozenset(
    """
    the a an of and & for in on at to our your their my his her its this that
    city borough district county metropolitan council housing homes home association
    trust group local community communities social public national regional united new
    royal north south east west northern southern eastern western central greater
    services service repairs repair maintenance property properties estates estate
    partnership living dwellings limited ltd plc co company gas heating building
    tenants tenant residents resident landlord landlords private registered
    department team office offices board ombudsman nhs government
    pest control damp mould emergency customer customers contact complaints complaint tenancy income
    neighbourhood neighborhood asset assets antisocial anti-social behaviour behavior safety
    decent affordable supported sheltered temporary children children's childrens adult adults
    care health social older people family families legal advice
    """.split()
)
# Welsh names put the marking word first: "Cartrefi Bae Tawe", "Tai Calon", "Cyngor Sir Ddinbych".
_WELSH_HEAD = frozenset(
    {
        "cartrefi",
        "gartrefi",
        "nghartrefi",
        "chartrefi",
        "tai",
        "cyngor",
        "gyngor",
        "nghyngor",
        "chyngor",
        "cymdeithas",
        "gymdeithas",
        "nghymdeithas",
    }
)
# Never part of a name even when capitalised (sentence openers and the like).
_BREAK = frozenset(
    """
    i we you they he she it my our your their his her its when after before at from with
    by to in on of for and or but so then because if while as since until that this these
    those there here what which who the a an every each some all any no not also just only
    ombudsman
    """.split()
) - {"the", "of", "and", "&"}
_EXCLUDE_HEADS = frozenset({"housing", "nhs", "citizens", "environmental", "universal"})

_CONNECT = frozenset({"of", "and", "&", "the"})


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper() or tok[:1].isdigit()


# The detector asks twice for one text (as a recogniser, and names.py to leave organisations
# alone): the last answer is kept.
_LAST: list[tuple[str, str, list[Span]]] = []


def find(text: str, language: str) -> Iterator[Span]:
    if _LAST and _LAST[0][0] is text and _LAST[0][1] == language:
        return iter(_LAST[0][2])
    found = _find(text, language)
    _LAST[:] = [(text, language, found)]
    return iter(found)


def _find(text: str, language: str) -> list[Span]:
    if not text:
        return []
    toks = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    n = len(toks)
    if not n:
        return []
    letters = [t for _, _, t in toks if t[:1].isalpha()]
    lower_mode = bool(letters) and sum(1 for t in letters if t[:1].isupper()) < 0.03 * len(letters)
    out: list[Span] = []
    heads: set[str] = set()

    def gap_ok(i: int) -> bool:
        """Tokens i-1 and i are joined by spaces only (no punctuation, no line break)."""
        between = text[toks[i - 1][1] : toks[i][0]]
        return len(between) <= 2 and between.strip(" ") == ""

    def capish(i: int) -> bool:
        t = toks[i][2]
        return _is_cap(t) or (lower_mode and t[:1].isalpha()) or t == "&"

    i = 0
    while i < n:
        s, e, t = toks[i]
        low = t.lower()
        # Welsh head-first names
        if low in _WELSH_HEAD and _is_cap(t) and i + 1 < n and gap_ok(i + 1) and _is_cap(toks[i + 1][2]):
            j = i + 1
            while (
                j + 1 < n
                and gap_ok(j + 1)
                and (_is_cap(toks[j + 1][2]) or toks[j + 1][2] in ("y", "yr"))
                and j - i < 4
            ):
                j += 1
            while toks[j][2] in ("y", "yr"):
                j -= 1
            if j > i:
                out.append(Span(s, toks[j][1], ORGANISATION, 0.8, "welsh organisation name"))
                i = j + 1
                continue
        if low in _SUFFIX and capish(i):
            # walk left over capitalised words
            j = i
            while j - 1 >= 0 and gap_ok(j) and capish(j - 1) and i - (j - 1) <= 5:
                prev = toks[j - 1][2].lower()
                if prev in _BREAK:
                    break
                ptok = toks[j - 1][2]
                titled = ptok[:1].isupper() and not (len(ptok) > 1 and ptok.isupper())
                if not titled and prev not in _GENERIC and _common_lower(prev):
                    break  # lower-case or shouting: only unusual words can name an organisation
                j -= 1
            # drop leading generic words that are not written as part of a name
            while j < i and not toks[j][2][:1].isupper() and toks[j][2].lower() in _GENERIC:
                j += 1
            # drop leading connectors and "The"
            while j < i and toks[j][2].lower() in _CONNECT:
                j += 1
            # extend right over further suffix words ("Housing Association", "Repairs Ltd")
            k = i
            while (
                k + 1 < n
                and gap_ok(k + 1)
                and capish(k + 1)
                and toks[k + 1][2].lower() in (_SUFFIX | {"association", "trust", "ltd", "limited"})
            ):
                k += 1
            if k + 1 < n and gap_ok(k + 1) and toks[k + 1][2].lower() in _NOT_AFTER:
                i = k + 1
                continue
            words = [toks[x][2].lower() for x in range(j, k + 1)]
            distinctive = [w for w in words[: i - j] if w not in _GENERIC and w not in _SUFFIX]
            if j < i and distinctive and words[0] not in _EXCLUDE_HEADS:
                if lower_mode and all(_common_lower(w) for w in distinctive):
                    i = k + 1
                    continue
                out.append(Span(toks[j][0], toks[k][1], ORGANISATION, 0.85, "organisation name"))
                for w in distinctive:
                    if len(w) >= 4 and not _common_lower(w):
                        heads.add(w)
                i = k + 1
                continue
        i += 1
    if heads:
        covered = set()
        for sp in out:
            covered.add(sp.start)
        for s, e, t in toks:
            if t.lower() in heads and _is_cap(t) and s not in covered and not _inside(out, s):
                out.append(Span(s, e, ORGANISATION, 0.6, "organisation name used alone"))
    return out


def _inside(spans: list[Span], pos: int) -> bool:
    """Is ``pos`` inside one of ``spans`` (sorted by start, not overlapping)?"""
    lo, hi = 0, len(spans)
    while lo < hi:
        mid = (lo + hi) // 2
        if spans[mid].start <= pos:
            lo = mid + 1
        else:
            hi = mid
    return lo > 0 and pos < spans[lo - 1].end


_COMMON_CACHE: frozenset[str] | None = None


def _common_lower(word: str) -> bool:
    """Is ``word`` an ordinary English word (so not a distinctive organisation head)?"""
    global _COMMON_CACHE
    if _COMMON_CACHE is None:
        try:
            from .names import common_english

            _COMMON_CACHE = common_english()
        except Exception:
            _COMMON_CACHE = frozenset()
    return word in _COMMON_CACHE
