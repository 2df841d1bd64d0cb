"""Dates with the year said in words: "twelfth of August nineteen sixty-eight", "বারো আগস্ট
উনিশশো আটষট্টি", "بارہ اگست انیس سو اڑسٹھ", "ਬਾਰਾਂ ਅਗਸਤ ਉੱਨੀ ਸੌ ਅਠਾਹਠ".

Nobody writes the year of a repair or a letter in words; a year in words, with its month,
is a date of birth (or one close enough to find the person by), so it is flagged as one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import ages
from .spans import DATE_OF_BIRTH, Span
from .worded_homes import WORD_CHARS as _W
from .worded_homes import alternation as _alt
from .worded_homes import nfc_compile as _nfc_compile

_MONTHS = _alt(
    """january february march april may june july august september october november december
    জানুয়ারি জানুয়ারী ফেব্রুয়ারি ফেব্রুয়ারী মার্চ এপ্রিল মে জুন জুলাই আগস্ট আগষ্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর
    جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر
    ਜਨਵਰੀ ਫ਼ਰਵਰੀ ਫਰਵਰੀ ਮਾਰਚ ਅਪ੍ਰੈਲ ਅਪਰੈਲ ਮਈ ਜੂਨ ਜੁਲਾਈ ਅਗਸਤ ਸਤੰਬਰ ਅਕਤੂਬਰ ਨਵੰਬਰ ਦਸੰਬਰ
    يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر
    كانون_الثاني شباط آذار اذار نيسان أيار ايار حزيران تموز آب اب أيلول ايلول تشرين_الأول تشرين_الاول
    تشرين_الثاني كانون_الأول كانون_الاول"""
)
# how a year in words begins: nineteen hundred, two thousand
_YEAR_START = _alt(
    """nineteen two_thousand উনিশশো উনিশ_শো উনিশশ দুই_হাজার দু_হাজার انیس_سو دو_ہزار ਉੱਨੀ_ਸੌ ਉਨੀ_ਸੌ ਦੋ_ਹਜ਼ਾਰ ਦੋ_ਹਜਾਰ
    ألف_وتسعمائة ألف_وتسعمية الف_وتسعمائة الف_وتسعمية ألف_وتسعمئة الف_وتسعمئة ألفين الفين ألفان"""
)
_NUMBER_WORD = rf"(?:{ages._EN_WORD}|{_alt(' '.join((ages._AR_WORD_LIST, ages._UR_WORD_LIST, ages._BN_WORD_LIST, ages._PA_WORD_LIST)))})"
_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|"
    r"fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ](?:first|second|third|fourth|fifth|"
    r"sixth|seventh|eighth|ninth)|thirtieth|thirty[- ]first|\d{1,2}(?:st|nd|rd|th)?|[০-৯]{1,2}|[٠-٩]{1,2}|[۰-۹]{1,2}"
    r"|[੦-੯]{1,2})"
)
_DATE_RE = _nfc_compile(
    rf"(?<![{_W}])(?:(?:the[ \u00a0]+)?(?:{_ORDINAL}|{ages._DAY_WORDS}|{_NUMBER_WORD})(?:[ \u00a0]+(?:of|من))?[ \u00a0]+)?"
    rf"(?:{_MONTHS})(?:[ \u00a0]+the[ \u00a0]+{_ORDINAL})?,?[ \u00a0]+(?:سنة[ \u00a0]+|সালের[ \u00a0]+)?"
    rf"(?:{_YEAR_START})(?:[ \u00a0-]+(?:and[ \u00a0]+|و)?(?:{_NUMBER_WORD}|hundred|oh)){{0,3}}(?![{_W}])",
    re.IGNORECASE,
)


# a year in words starts with one of these: most texts have none, and the scan is skipped
_YEAR_KEYS = ("ineteen", "housand", "উনিশ", "হাজার", "انیس", "ہزار", "ਉੱਨੀ", "ਉਨੀ", "ਹਜ਼ਾਰ", "ਹਜਾਰ", "ألف", "الف")


def find(text: str, language: str) -> Iterator[Span]:
    if not text or not any(k in text for k in _YEAR_KEYS):
        return
    for m in _DATE_RE.finditer(text):
        if m.group().lower().endswith("nineteen"):
            continue  # "in May nineteen times": no year without its last part
        yield Span(m.start(), m.end(), DATE_OF_BIRTH, 0.6, "a date with its year in words")
