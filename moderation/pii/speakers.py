"""People named by the layout of a text rather than its sentences.

* chat and call logs: the speaker after a timestamp ("[18:03] Hope (flat 5): yep",
  "[7:21] ਅਮਨ: ਮੈਂ ...", "14:02 - Dănuț: ...");
* minutes: the people listed after "Present:", "Apologies:" and their equivalents
  ("Present: Rose Kettering (chair, flat 2), Bill Harker (flat 14)");
* dialogues without times: the speakers' labels that come back turn after turn
  ("ماما: ... كريم: ... ماما: ... كريم: ...");
* signatories: the names that open the numbered items of a list ("3. Mercy Lee, pitch 5",
  "1۔ امید علی، فلیٹ 2").

A speaker's label or a listed attendee is a person unless it is a kinship word, a
pronoun or an ordinary word of the text's language ("[7:20] Mum:", "Repairs team:").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from .spans import PERSON, LazyPattern, Span

# A word, with the combining marks of Arabic, Bengali and Gurmukhi ("ਪ੍ਰੀਤ" is one word).
_WORD = (
    r"[^\W\d_][\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0980-\u09ff\u0a00-\u0a7f\u200c\u200d'’.-]*"
)
# "[18:03] Hope (flat 5):", "[12/03, 09:14] Big Mo:", "18:03 - Sunny:"
_SPEAKER_RE = LazyPattern(
    rf"(?:\[[^\]\n]{{0,20}}\d{{1,2}}[:.]\d{{2}}[^\]\n]{{0,12}}\]|(?<![\w:])\d{{1,2}}:\d{{2}}[ \u00a0]*[-–])"
    rf"[ \u00a0]*({_WORD}(?:[ \u00a0]{_WORD})??)(?:[ \u00a0]+((?i:(?:top|basement|ground|first|upstairs|downstairs)[ \u00a0]+)?"
    r"(?i:flat|fl|no|nr|house)\.?(?:[ \u00a0]+\w{1,4})?))?[ \u00a0]*(?:[^\w\s:]{1,3}[ \u00a0]*)?(?:\([^)\n]{0,40}\))?[ \u00a0]*:(?!\d)"
)  # "18:03 - Siobhan Top Flat:", "[12:10] ਜੋਤ Flat 5:", "21:12 - Piotrek:", "Ania ❤️:" (the flat: landmarks.py)
# The label of a roster of who came: "Present:", "Apologies:", "Obecni:", "الحاضرون:".
ROSTER_WORDS = (
    r"present|attendees|attending|in attendance|apologies(?: from)?|also present|obecni|obecne"
    r"|nieobecni|prezenți|prezenti|prezenţi|participanți|participanti|الحضور|الحاضرون|حاضرین|غیر حاضر"
    r"|উপস্থিত|অনুপস্থিত|ਹਾਜ਼ਰ|ਹਾਜ਼ਰੀ|ਗ਼ੈਰਹਾਜ਼ਰ"
)
_ROSTER_RE = LazyPattern(rf"(?<![\w])(?:{ROSTER_WORDS})[ \u00a0]*:", re.IGNORECASE)
_ITEM_SPLIT = re.compile(r"\s*(?:[,;،]|\band\b|\bi\b|\bși\b|\bsi\b|\bو\b|\bاور\b|\bও\b|\bਅਤੇ\b)\s*")
_PARENS = re.compile(r"\([^)]*\)")
_NOT_PEOPLE_LATIN = frozenset(
    """me i you we us mum mam mom dad mummy daddy nan nana gran grandma grandad admin everyone all team
    council landlord office repairs housing agent caller customer resident residents tenant operator
    advisor adviser officer manager chair secretary treasurer staff""".split()
)


def _not_a_name(word: str, language: str) -> bool:
    from . import names, scripts

    script = scripts.script_of(word)
    if script is None:  # Latin letters
        low = word.lower().strip(".")
        lists = names._lists()
        if low in _NOT_PEOPLE_LATIN or low in names._RELATION or len(low) < 2:
            return True
        if low in lists["first"]:
            return False
        common = lists["en"] | lists.get(language[:2], frozenset())
        return not word[:1].isupper() or low in common or low in lists["places"]
    return scripts.ordinary_word(word, script)


def _kin(item: str) -> bool:
    """The item opens with a kinship word or pronoun ("Mum", "my son", "ہم")."""
    from . import names, scripts

    first = item.split()[0].strip(".'’")
    script = scripts.script_of(first)
    if script is None:
        return first.lower() in _NOT_PEOPLE_LATIN or first.lower() in names._RELATION
    return scripts.relation_word(first, script)


def _surname_ok(word: str, language: str) -> bool:
    """A word after a speaker's or attendee's first name that continues the name."""
    from . import names, scripts

    script = scripts.script_of(word)
    if script is None:
        low = word.lower()
        return word[:1].isupper() and low not in _NOT_PEOPLE_LATIN and low not in names._RELATION
    return not scripts.ordinary_word(word, script) or scripts.known_name(word, script)


def _people(text: str, start: int, end: int, language: str, words: int, chat: bool = False) -> Iterator[Span]:
    """The first ``words`` name words of text[start:end], if they read as a person. A chat's
    sender after a timestamp is a person though the name is a word of the language ("Piotrek")."""
    found = list(re.finditer(_WORD, text[start:end]))[:words]
    first = found[0].group().strip(".'’") if found else ""
    # a chat's sender written like a name ("Piotrek") is one; a role in capitals ("BADACZKA") is not
    if not found or _not_a_name(first, "en" if chat and not first.isupper() else language):
        return
    last = found[0]
    for m in found[1:]:
        if not _surname_ok(m.group().strip(".'’"), language):
            break
        last = m
    yield Span(start + found[0].start(), start + last.end(), PERSON, 0.7, "speaker or attendee")


# "كريم: ...", "ਪ੍ਰੀਤ: ...": a one-word label and a colon, not a time or a web address.
_TURN_RE = LazyPattern(rf"(?:^|(?<=[\s.!?؟۔।»”\"]))({_WORD})[ \u00a0]*:(?![\d/])")
# "3. Mercy Lee, pitch 5", "৩. তারা মিয়া, ফ্ল্যাট ২১", "5۔ صبا اور عمران قریشی، فلیٹ 8": a
# numbered item opening with a name, or two joined by "and".
_ITEM_RE = LazyPattern(
    r"(?:^|(?<=\s))[\d\u0660-\u0669\u06f0-\u06f9\u09e6-\u09ef\u0a66-\u0a6f]{1,2}[.)۔।][ \u00a0]+"
    rf"({_WORD}(?:[ \u00a0]+{_WORD}){{0,5}})[ \u00a0]*[,،]"
)
_AND_SPLIT = re.compile(r"[ \u00a0]+(?:and|i|și|si|و|اور|ও|এবং|ਅਤੇ|ਤੇ)[ \u00a0]+")


def _turns(text: str, language: str) -> Iterator[Span]:
    turns = list(_TURN_RE.finditer(text))
    if len(turns) < 4:
        return
    counts: dict[str, int] = {}
    for m in turns:
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    speakers = {word for word, count in counts.items() if count >= 2}
    if len(speakers) < 2:
        return  # a dialogue has two voices at least
    for m in turns:
        if m.group(1) in speakers and not _not_a_name(m.group(1), language):
            yield Span(m.start(1), m.end(1), PERSON, 0.65, "a speaker's turns in a dialogue")


def _signatories(text: str, language: str) -> Iterator[Span]:
    """The names opening the items of a numbered list. Where most items open with a name,
    the others do too, even when their first word is also an ordinary one ("তারা" is
    "they" and a name)."""
    items = list(_ITEM_RE.finditer(text))
    if len(items) < 2:
        return
    heads: list[tuple[int, int]] = []
    for m in items:
        pos = m.start(1)
        for part in _AND_SPLIT.split(m.group(1)):
            at = text.find(part, pos, m.end(1))
            if len(part.split()) <= 3:
                heads.append((at, at + len(part)))
            pos = at + len(part)
    found = [list(_people(text, a, b, language, 3)) for a, b in heads]
    named = sum(1 for spans in found if spans)
    for (a, b), spans in zip(heads, found, strict=True):
        if spans:
            yield from spans
        elif named >= 2 and named * 2 >= len(heads) and not _kin(text[a:b]):
            yield Span(a, b, PERSON, 0.6, "opens a numbered list of people")


def find(text: str, language: str) -> Iterator[Span]:
    if not text:
        return
    if "," in text or "،" in text:
        text_nfc = unicodedata.normalize("NFC", text) if not text.isascii() else text
        yield from _signatories(text_nfc, language)
    if ":" not in text:
        return
    text = unicodedata.normalize("NFC", text) if not text.isascii() else text
    for m in _SPEAKER_RE.finditer(text):
        yield from _people(text, m.start(1), m.end(1), language, 2, chat=True)
    yield from _turns(text, language)
    for m in _ROSTER_RE.finditer(text):
        stop = re.search(r"\.(?:\s|$)|\n", text[m.end() :])
        end = m.end() + (stop.start() if stop else min(len(text) - m.end(), 400))
        segment = _PARENS.sub(lambda p: " " * len(p.group()), text[m.end() : end])
        pos = 0
        for part in _ITEM_SPLIT.split(segment):
            part = part.rstrip()
            at = segment.find(part, pos) if part else -1
            if at < 0:
                continue
            pos = at + len(part)
            yield from _people(text, m.end() + at, m.end() + at + len(part), language, 3)
