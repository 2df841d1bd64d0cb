"""Homes numbered in words: "flat forty-two", "mieszkanie czternaście", "apartamentul cincizeci
și doi", "ফ্ল্যাট একশো চল্লিশ", "নয় নম্বর", "اکتیس نمبر", "ਬਾਈ ਨੰਬਰ", "البيت رقم ثلاثة وعشرين".

People who tell their story aloud, or write as they speak, say the number of their flat or
house in words; it points at a home as surely as the digits do. The number words are the
ones ages.py reads ages with.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from . import ages
from .spans import ADDRESS, LazyPattern, Span


def nfc_compile(pattern: str, flags: int = 0) -> LazyPattern:
    """Texts are NFC (Gurmukhi "ਫ਼" decomposes), so the patterns must be too. Shared with
    worded_dates.py. Compiled on first use: most stories never reach the script patterns,
    and start-up need not pay for them."""
    return LazyPattern(unicodedata.normalize("NFC", pattern), flags)


def alternation(words: str) -> str:
    """Regex alternation of whitespace-separated words (``_`` = a space), NFC, longest first."""
    items = {unicodedata.normalize("NFC", w.replace("_", " ")) for w in words.split()}
    return "|".join(re.escape(w).replace(r"\ ", r"[ \u00a0]+") for w in sorted(items, key=len, reverse=True))


# a word character of any script, with the Arabic, Bengali and Gurmukhi marks
WORD_CHARS = r"\w\u064b-\u065f\u0670\u0980-\u09ff\u0a00-\u0a7f"
_B = rf"(?<![{WORD_CHARS}])"
_E = rf"(?![{WORD_CHARS}])"


_SCRIPT_WORD = alternation(
    " ".join((ages._AR_WORD_LIST, ages._UR_WORD_LIST, ages._BN_WORD_LIST, ages._PA_WORD_LIST))
    + " একশো একশ দুশো তিনশো মিয়া مئة مائة مية سو ایک_سو ਸੌ ਇੱਕ_ਸੌ"
)
# one to three number words, Arabic ones joined by "و" ("ثلاثة وعشرين")
_SCRIPT_NUMBER = rf"(?:{_SCRIPT_WORD})(?:[ \u00a0]+و?(?:{_SCRIPT_WORD})){{0,2}}"

# the home's noun, then the number in words: found from the noun, the number matched after it
# matched on the lower-cased text (case-insensitive scanning is several times slower)
_LATIN_NOUN_RE = nfc_compile(
    r"\b(flat|apartment|apt\.?|maisonette|bungalow|unit|plot|pitch|mooring|berth|caravan|"
    r"mieszkanie|mieszkania|mieszkaniu|lokal|lokalu|apartamentul|apartament|ap\.|garsoniera)"
    r"[ \u00a0]+(?:(?:nr\.?|no\.?|number|numer|numărul|numarul)[ \u00a0]+)?"
)
_LATIN_WORD = rf"(?:{ages._EN_WORD}|{ages._PL_WORD}|{ages._RO_WORD})"
_LATIN_NUMBER_RE = nfc_compile(
    rf"({_LATIN_WORD}(?:[ \u00a0-]+(?:și[ \u00a0]+|şi[ \u00a0]+|si[ \u00a0]+)?{_LATIN_WORD}){{0,2}})(?![\w])",
    re.IGNORECASE,
)
_SCRIPT_BEFORE_RE = nfc_compile(
    rf"(?:{_B}|(?<=[وبلف]ـ)|(?<=[وبلف]))(ফ্ল্যাট|ফ্ল্যাটের|বাড়ি|ਫਲੈਟ|ਫ਼ਲੈਟ|ਮਕਾਨ|فلیٹ|مکان|شقة|الشقة|شقتنا|شقتي|رقم"
    r"|الرقم|بيت[ \u00a0]+رقم|البيت[ \u00a0]+رقم)"
    rf"[ \u00a0]+(?:(?:নম্বর|নং|ਨੰਬਰ|نمبر)[ \u00a0]+)?({_SCRIPT_NUMBER}){_E}"
)
_SCRIPT_AFTER_RE = nfc_compile(
    rf"{_B}({_SCRIPT_NUMBER}|[0-9০-৯੦-੯۰-۹٠-٩]{{1,4}}[a-zA-Z]?)[ \u00a0]+(?:নম্বর|নাম্বার|নং|ਨੰਬਰ|نمبر|نمبرز)"
    r"(?:ের|এর|ে|-এ|-এর|-ের)?"
    # "22 نمبر کا اوپر والا فلیٹ", "৮ নম্বরের উপরের ফ্ল্যাট": the flat of that house
    r"(?:[ \u00a0]+(?:کا|کی|کے|ਦਾ|ਦੀ|ਦੇ)?(?:[ \u00a0]*(?:اوپر|نیچے|اوپر والا|نیچے والا|اوپر والے|نیچے والے|ਉੱਪਰ|ਉੱਪਰਲਾ"
    r"|ਉਪਰਲਾ|ਹੇਠਲਾ|ਉੱਪਰ ਵਾਲਾ|উপরের|ওপরের|নিচের|ওপরতলার|উপরতলার|নিচতলার))?"
    r"[ \u00a0]*(?:ফ্ল্যাট|বাড়ি|বাসা|ਫਲੈਟ|ਫ਼ਲੈਟ|ਘਰ|ਮਕਾਨ|فلیٹ|گھر|مکان))?"
    rf"{_E}"
)
# a flat called by its letter, said in the script: "فلیٹ اے", "ফ্ল্যাট বি", "ਫਲੈਟ ਸੀ", "الشقة ب"
_LETTER_FLAT_RE = nfc_compile(
    rf"{_B}(?:فلیٹ|ফ্ল্যাট|ਫਲੈਟ|ਫ਼ਲੈਟ|شقة|الشقة)[ \u00a0]+(?:اے|بی|سی|ڈی|ای|এ|বি|সি|ডি|ই|ਏ|ਬੀ|ਸੀ|ਡੀ|ਈ|أ|ب|ج|د){_E}"
)
_NOT_A_HOUSE_BEFORE = nfc_compile(r"(?:ফোন|কেস|রেফারেন্স|فون|کیس|حوالہ|ریفرنس|ਫ਼ੋਨ|ਫੋਨ|ਕੇਸ|ਹਵਾਲਾ)[ \u00a0:]*$")
_NOT_A_HOME_AFTER = nfc_compile(r"[ \u00a0]*(?:پر|ਤੇ|ਉੱਤੇ|এ[ \u00a0]+আছে|হয়ে)")  # "پہلے نمبر پر": first place


# a house or flat number in the script's digits with its letter: "১৪৮এ", "১৪৮বি-তে", "۱۲بی"
_SCRIPT_DIGITS_LETTER_RE = nfc_compile(
    rf"(?<![{WORD_CHARS}0-9০-৯੦-੯۰-۹٠-٩])[0-9০-৯੦-੯۰-۹٠-٩]{{1,4}}(?:এ|বি|সি|ডি|ਏ|ਬੀ|ਸੀ|ਡੀ|اے|بی|سی|ڈی)(?![{WORD_CHARS}])"
    # written apart, then a comma or "in": "۳ اے، ہولی روڈ", "وہ ۳ بی میں رہتی ہیں"
    rf"|(?<![{WORD_CHARS}0-9০-৯੦-੯۰-۹٠-٩])[0-9০-৯੦-੯۰-۹٠-٩]{{1,4}}[ \u00a0](?:এ|বি|সি|ডি|ਏ|ਬੀ|ਸੀ|ਡੀ|اے|بی|سی|ڈی)"
    r"(?=[ \u00a0]*(?:[،,]|میں|ਵਿੱਚ|ਚ|তে|এ[ \u00a0]))"
)


def find(text: str, language: str) -> Iterator[Span]:
    if not text:
        return
    if language in ("en", "pl", "ro", "cy") or text.isascii():
        low = text.lower()
        for noun in _LATIN_NOUN_RE.finditer(low if len(low) == len(text) else text):
            m = _LATIN_NUMBER_RE.match(text, noun.end())
            if m is None or m.group(1).lower() in ("one", "a hundred", "hundred", "o", "un"):
                continue  # "flat one" is a home, but "unit one" of a course is not; too weak alone
            yield Span(noun.start(1), m.end(1), ADDRESS, 0.5, "a home numbered in words")
        return
    for m in _SCRIPT_DIGITS_LETTER_RE.finditer(text):
        yield Span(m.start(), m.end(), ADDRESS, 0.5, "a house or flat number with its letter")
    if any(k in text for k in _BEFORE_KEYS):
        for m in _SCRIPT_BEFORE_RE.finditer(text):
            yield Span(m.start(1), m.end(2), ADDRESS, 0.5, "a home numbered in words")
        for m in _LETTER_FLAT_RE.finditer(text):
            yield Span(m.start(), m.end(), ADDRESS, 0.5, "a flat called by its letter")
    if not any(k in text for k in _NUMBER_KEYS):
        return
    for m in _SCRIPT_AFTER_RE.finditer(text):
        if _NOT_A_HOME_AFTER.match(text, m.end()):
            continue
        if m.group(1)[:1].isdigit() and _NOT_A_HOUSE_BEFORE.search(text, max(0, m.start() - 14), m.start()):
            continue  # "ফোন নম্বর", "کیس نمبر": the number of something else
        yield Span(m.start(1), m.end(), ADDRESS, 0.5, "a home numbered in words")


# the words one of the patterns needs: most texts have none, and the scan is skipped
_BEFORE_KEYS = tuple(
    unicodedata.normalize("NFC", k)
    for k in ("ফ্ল্যাট", "বাড়ি", "ਫਲੈਟ", "ਫ਼ਲੈਟ", "ਮਕਾਨ", "فلیٹ", "مکان", "شق", "رقم")
)
_NUMBER_KEYS = tuple(unicodedata.normalize("NFC", k) for k in ("নম্বর", "নাম্বার", "নং", "ਨੰਬਰ", "نمبر"))
