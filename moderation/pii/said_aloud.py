"""Details as people say them aloud, in interviews and calls typed up word for word.

- A name spelt out letter by letter or syllable by syllable: "that's K-O-W-A-L", "Ka-cz-mar-czyk",
  "se scrie V-A-S-I-L-E-S-C-U".
- An age given in answer to "how old are you?", in any of the seven languages, even in words:
  "P: A ile pan ma lat? O: Osiemdziesiąt jeden."
- An age corrected as it is said: "I'm seventy-eight, no, seventy-nine", "ma pięć lat... nie, już
  sześć", "عندي اتنين وستين سنة... لا، تلاتة وستين": the second number is an age too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import ages
from .spans import AGE, ANY_DIGIT, PERSON, LazyPattern, Span

# Single letters (or syllables of up to four letters) joined by hyphens, at least four parts and six
# letters: a name spelt out. Not "x-ray", "e-mail", "T-shirt", "co-op", nor a reference ("AB-12-CD").
_SPELT = LazyPattern(r"(?<![\w-])([^\W\d_]{1,4}(?:-[^\W\d_]{1,4}){3,})(?![\w-])")

# Any number word of the seven languages, or digits; two or three joined ("seventy-nine",
# "osiemdziesiąt dwa", "șaizeci și doi", "تلاتة وستين").
_WORD = rf"(?:{ages._EN_WORD}|{ages._PL_WORD}|{ages._RO_WORD}|{ages._AR_WORD}|{ages._UR_WORD}|{ages._BN_WORD}|{ages._PA_WORD})"
_NUMBER = (
    rf"(?:{ANY_DIGIT}{{1,3}}"
    rf"|{_WORD}(?:(?:[ \u00a0-]+(?:și|şi|si|i|and)?[ \u00a0]*|[ \u00a0]+و?){_WORD}){{0,2}})"
)
_UNIT = r"(?:[ \u00a0]+(?:years?(?:[ \u00a0]+old)?|lat|lata|ani|سنة|سنين|سنوات|عام|سال|বছর|ਸਾਲ))?"
_CORRECTION = LazyPattern(
    r"[ \u00a0]*[,،.…!?]*[ \u00a0]*(?:\.\.\.)?[ \u00a0]*"
    r"(?:no|nope|sorry|nie|przepraszam|nu|pardon|لا|لأ|না|ਨਹੀਂ|نہیں|نہ)[ \u00a0]*[,،.…!]*[ \u00a0]*"
    r"(?:(?:what\s+am\s+i\s+saying|i\s+mean|actually|już|juz|właściwie|adică|adica|de\s+fapt|acum|يعني|خلاص|মানে|ਮਤਲਬ|مطلب)"
    r"[ \u00a0]*[,.…]*[ \u00a0]*)?"
    rf"({_NUMBER}{_UNIT})(?![\w])",
    re.IGNORECASE,
)
# "how old are you?" and an answer within a few words, past a speaker's label ("R:", "O:", "نادية:").
_AGE_QUESTION = LazyPattern(
    r"(?:how\s+old\s+(?:are|is|were|was)\s+\w+|what(?:'s|\s+is)\s+(?:your|his|her)\s+age|your\s+age"
    r"|ile\s+(?:pan|pani|ty|państwo)?\s*(?:ma|masz|mają)\s+lat|w\s+jakim\s+wieku"
    r"|c[âa]ți\s+ani\s+(?:aveți|aveti|ai|are|aveți\s+acum)|ce\s+v[âa]rst[ăa]\s+ave[țt]i"
    r"|كم\s+عمرك|عمرك\s+(?:كام|قديش|كم)|قديش\s+عمرك|شو\s+عمرك"
    r"|آپ\s+کی\s+عمر\s+کیا|عمر\s+کیا\s+ہے|کتنے\s+سال\s+کے|کتنی\s+عمر"
    r"|বয়স\s+কত|কত\s+বয়স|ਉਮਰ\s+ਕਿੰਨੀ|ਕਿੰਨੇ\s+ਸਾਲ(?:ਾਂ)?\s+ਦੇ|ਕਿੰਨੀ\s+ਉਮਰ)"
    r"[^?؟\n]{0,25}[?؟]"
    r"[ \u00a0]*(?:\[[^\]\n]{0,20}\][ \u00a0]*)?(?:[^\s:]{1,20}(?:[ \u00a0][^\s:]{1,15})?[ \u00a0]*:[ \u00a0]*)?"
    r"(?:(?:i'?m|i\s+am|mam|am|عندي|عمري|میری\s+عمر|আমার\s+বয়স|ਮੇਰੀ\s+ਉਮਰ)[ \u00a0]+)?"
    rf"({_NUMBER}{_UNIT})(?![\w])",
    re.IGNORECASE,
)


def find(text: str, language: str) -> Iterator[Span]:
    """Spelt-out names and answered ages (any language)."""
    if not text:
        return
    if "-" in text:
        for m in _SPELT.finditer(text):
            parts = m.group(1).split("-")
            letters = sum(len(p) for p in parts)
            if letters >= 6 and (sum(len(p) == 1 for p in parts) >= 3 or m.group(1)[:1].isupper()):
                yield Span(m.start(1), m.end(1), PERSON, 0.6, "a name spelt out")
    if "?" in text or "؟" in text:
        for m in _AGE_QUESTION.finditer(text):
            if _plausible(m.group(1)):
                yield Span(m.start(1), m.end(1), AGE, 0.6, "an answer to how old")


def corrected_ages(text: str, spans: list[Span]) -> list[Span]:
    """An age said again, corrected, right after a found one."""
    found = []
    for span in spans:
        if span.kind != AGE:
            continue
        m = _CORRECTION.match(text, span.end)
        if m and _plausible(m.group(1)):
            found.append(Span(m.start(1), m.end(1), AGE, 0.6, "an age corrected as it is said"))
    return found


def _plausible(value: str) -> bool:
    digits = re.match(r"\d+", value)
    return digits is None or int(digits.group()) <= 120
