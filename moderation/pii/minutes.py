"""People written as initials in minutes and case notes.

Meeting minutes list who came ("Present: Cllr D. Mbeki (chair), RS (Housing Options), TM
(minutes)") and give actions to initials ("ACTION: JP to call the resident", "DK – odwiedzi",
"RS said"). Initials are found in two places only, so that acronyms elsewhere stay alone:

- in a roster, after a label such as "Present:", "Apologies:", "Obecni:", "Prezenți:",
  "الحاضرون:" and up to the end of its sentence, outside brackets (where roles stand: "(OT)");
- at the start of a sentence or action, before "to", a dash, or a verb of reporting.

The detector spreads each one found to the rest of the story.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import names
from .spans import PERSON, LazyPattern, Span
from .speakers import ROSTER_WORDS

# Set with the detector's own reason, so that initials found here spread like the others.
INITIALS_REASON = "initials standing for a person"

_CAPS = "A-ZĄĆĘŁŃÓŚŹŻĂÂÎȘȚŞŢ"
# "RS", "YAC", "T.M.", "J.-P."; Arabic-script or Bengali/Gurmukhi letters with dots: "ل.م."
SCRIPT_LETTER = (
    "(?:[\u0621-\u064a\u0671-\u06d3]|[\u0985-\u09b9\u09dc-\u09df][\u09be-\u09cc\u09d7]?"
    "|[\u0a05-\u0a39\u0a59-\u0a5e][\u0a3e-\u0a4c]?)"
)
_INITIALS = (
    rf"(?:[{_CAPS}][{_CAPS}]{{1,2}}(?![\w.])|[{_CAPS}](?:\.-?[{_CAPS}]){{1,3}}\.?(?![\w])"
    rf"|{SCRIPT_LETTER}\.(?:{SCRIPT_LETTER}\.?){{1,2}}(?![\w]))"
)
# Who came, as the speakers' module reads it, and the minutes' other labels for people: guests,
# officers, who took the minutes or chaired, "Protokołowała:", "Absent motivat:", "المحضر:".
_ROSTER_LABEL = LazyPattern(
    rf"(?<![\w])(?:{ROSTER_WORDS}|guests|officers|minutes|minute[ \u00a0]+taker|notes|chair|chaired[ \u00a0]+by"
    r"|minuted[ \u00a0]+by|absent|nieobecna|nieobecny|usprawiedliwieni|goście|protokół|protokołował|protokołowała"
    r"|protokolowal|protokolowala|prowadzący|prowadząca|absent[ \u00a0]+motivat|absenți|absenţi|absenti|invitați"
    r"|invitaţi|invitati|a[ \u00a0]+consemnat|المعتذرون|اعتذر|المحضر|كاتب[ \u00a0]+المحضر|شرکاء|معذرت|نوٹس"
    r"|সভাপতি|নোট|ਗੈਰਹਾਜ਼ਰ|ਨੋਟਸ)[ \u00a0]*(?:\([^()\n]{0,30}\)[ \u00a0]*)?[:：]",
    re.IGNORECASE,
)
_COLON = LazyPattern("[:：]")
_ROSTER_END = LazyPattern(r"\n|[.!?۔।](?=[ \u00a0]|$)")
# A full stop after an initial or a title is not the end of the roster: "Cllr D. Mbeki", "Revd. Ann".
_NOT_END_BEFORE = LazyPattern(
    r"(?:^|[ \u00a0(.])(?:[A-Z\u0621-\u064a]|cllr|revd|rev|dr|mr|mrs|ms|st|ks|dr|pan|pani|dna|dl)$",
    re.IGNORECASE,
)
_INITIALS_IN_ROSTER = LazyPattern(
    rf"(?<![\w.&/@-])({_INITIALS})(?=[ \u00a0]*(?:[,;(–—-]|and|i|și|si|و|$|\.))"
)
# A capitalised given name opening an item of a roster: "Absent motivat: Florin (tură de noapte)".
_LISTED_GIVEN_NAME = LazyPattern(
    rf"(?:(?<=[:,;])|(?<=[:,;][ \u00a0])|(?<=[:,;][ \u00a0]{{2}}))([{_CAPS}][a-zà-žăâîșşțţ]+(?:-[{_CAPS}][a-zà-žăâîșşțţ]+)?)"
    r"(?=[ \u00a0]*(?:[,;(]|$))"
)
# "Protokołowała: A. Nowicka": one initial before a family name ("A" is no article here).
_INITIAL_IN_ROSTER = LazyPattern(rf"(?<![\w.])([{_CAPS}]\.)[ \u00a0]?(?=[{_CAPS}][a-zà-žăâîșşțţ]{{2,}})")
# "Irenka – zapytać", "Piotrek: sprawdzić": a given name opening an action, before a dash.
_NAME_ACTING = LazyPattern(
    rf"(?:^|(?<=[.:;!?\n])[ \u00a0]*)([{_CAPS}][a-zà-žăâîșşțţ]+)(?=[ \u00a0]+[–—][ \u00a0]|[ \u00a0]+-[ \u00a0])",
    re.MULTILINE,
)
# An action or a report: "JP to visit", "ACTION: TA to report", "DK – odwiedzi", "RS said", "YAC and MK to".
# Initials are looked for first (cheap), then what stands before and after them.
_CANDIDATE = LazyPattern(rf"(?<![\w.&/@-])({_INITIALS})")
_OPENING_BEFORE = LazyPattern(
    r"(?:^|[.:;!?\n۔।])[ \u00a0]*(?:(?:action|actions|akcja|działania|dzialania|acțiuni|actiuni|acțiune"
    r"|الإجراءات|الإجراء|اقدامات|কাজ|ਕਾਰਵਾਈ)[ \u00a0]*[:：]?[ \u00a0]*)?$",
    re.IGNORECASE,
)
_ACTING_AFTER = LazyPattern(
    r"[ \u00a0]+(?:to|will|said|says|confirmed|agreed|reported|explained|asked|noted|raised|stated|proposed|updated"
    r"|has|had|is|was|thanked|visited|called|rang|chaired)(?![\w])|[ \u00a0]*[–—][ \u00a0]|[ \u00a0]+-[ \u00a0]",
    re.IGNORECASE,
)
_JOINED = LazyPattern(rf"[ \u00a0]+(?:and|&|i|și|si|و)[ \u00a0]+(?-i:({_INITIALS}))", re.IGNORECASE)
# Abbreviations of housing, health, council and meeting work that are nobody's initials.
NOT_INITIALS = frozenset(
    """AM PM BST GMT UTC CET PT HQ US AD BC NHS GP ASB OT UK EU NB PS DR MR MRS MS CLLR PC PCSO DC DS DI MP MEP
    AOB AGM EGM TRA TARA RA RP HA LA CEO COO CFO CIC CIO LTD PLC UC ESA JSA PIP DLA DWP HMRC HO BRP ID IT ICT HR
    CCTV HMO EHCP SEN SENCO SENDCO IDVA ISVA MARAC MAPPA CAB CPN CMHT SW DOB NI TBC TBA ETA DIY MOT VAT
    OK TV BBC ITV ASAP FYI RE CC BCC QC KC CPS SLA KPI TSM HSE HHSRS EPC FRA EWS LED PVC UPVC DFG RSL
    ROI CIH HOS RSH NHF LGSCO PHSO TPAS""".split()
)
# With their dots ("a.m.", "P.S.", "D.O.B."): the few abbreviations written so that are nobody's initials.
NOT_DOTTED_INITIALS = frozenset("AM PM UK US EU NB PS AD BC DOB ID NI RSVP".split())
_WORD_CAPITALS = frozenset(
    """IN ON TO OF AT IS IT BE NO GO SO UP WE AN OR MY ME HE US AS BY DO IF AM OH OK HI ALL AND THE FOR NOT BUT YES
    ANY WHO NEW OLD ONE TWO TEN SIX OUT OFF ITS HIS HER OUR SHE HIM NOW TOO WAS ARE HAS HAD CAN MAY
    DOUBLE""".split()
)


def _initials_ok(token: str) -> bool:
    letters = token.replace(".", "").replace("-", "")
    if "." not in token and (letters in NOT_INITIALS or letters in _WORD_CAPITALS):
        return False  # "M.S." and "D.C." with their dots are someone's initials, "MS" and "DC" titles
    return 2 <= len(letters) <= 4


def _outside_brackets(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The parts of text[lo:hi] not inside round brackets."""
    parts, depth, start = [], 0, lo
    for i in range(lo, hi):
        c = text[i]
        if c == "(":
            if depth == 0 and i > start:
                parts.append((start, i))
            depth += 1
        elif c == ")" and depth:
            depth -= 1
            if depth == 0:
                start = i + 1
    if depth == 0 and start < hi:
        parts.append((start, hi))
    return parts


def _labels(text: str) -> Iterator[re.Match[str]]:
    """Roster labels, looked for only just before each colon."""
    for colon in _COLON.finditer(text):
        for label in _ROSTER_LABEL.finditer(text, max(0, colon.start() - 60), colon.end()):
            if label.end() == colon.end():
                yield label


def _rosters(text: str) -> Iterator[Span]:
    for label in _labels(text):
        hi = min(len(text), label.end() + 400)
        for end in _ROSTER_END.finditer(text, label.end(), hi):
            if end.group() == "." and _NOT_END_BEFORE.search(text, max(0, end.start() - 6), end.start()):
                continue
            hi = end.start()
            break
        for lo, part_hi in _outside_brackets(text, label.end(), hi):
            for m in _INITIALS_IN_ROSTER.finditer(text, lo, part_hi):
                if _initials_ok(m.group(1)):
                    yield Span(m.start(1), m.end(1), PERSON, 0.6, INITIALS_REASON)
            for m in _INITIAL_IN_ROSTER.finditer(text, lo, part_hi):
                yield Span(m.start(1), m.end(1), PERSON, 0.6, INITIALS_REASON)
            for m in _LISTED_GIVEN_NAME.finditer(text, lo, part_hi):
                if names.known_first_name(m.group(1)) and not names.function_word(m.group(1)):
                    yield Span(m.start(1), m.end(1), PERSON, 0.6, "a given name in a list of who came")


def _acting(text: str) -> Iterator[Span]:
    for m in _CANDIDATE.finditer(text):
        if not _initials_ok(m.group(1)) or not _OPENING_BEFORE.search(
            text, max(0, m.start() - 30), m.start()
        ):
            continue
        joined = _JOINED.match(text, m.end())
        if _ACTING_AFTER.match(text, m.end()):
            yield Span(m.start(1), m.end(1), PERSON, 0.6, INITIALS_REASON)
        elif joined and _initials_ok(joined.group(1)) and _ACTING_AFTER.match(text, joined.end()):
            yield Span(m.start(1), m.end(1), PERSON, 0.6, INITIALS_REASON)
            yield Span(joined.start(1), joined.end(1), PERSON, 0.6, INITIALS_REASON)


def find(text: str, language: str) -> Iterator[Span]:
    """Initials of people in rosters and actions (any language)."""
    if not text:
        return
    if ":" in text or "：" in text:
        yield from _rosters(text)
    yield from _acting(text)
    if "–" in text or "—" in text or " - " in text:
        for m in _NAME_ACTING.finditer(text):
            word = m.group(1)
            if not names.everyday_latin_word(word) and not names.known_place(word):
                yield Span(m.start(1), m.end(1), PERSON, 0.6, "a given name opening an action")
