"""Contact details: e-mail addresses, phone numbers, UK postcodes, NI numbers.

Rules are shape-based and deliberately lenient: the stories use Ofcom drama
ranges and invented values, so nothing here checks that a number is allocated.
Digits may be any Unicode decimal digit (Arabic-Indic, Bengali, Gurmukhi...),
because writers in those scripts sometimes type numbers natively.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from .spans import EMAIL, NI_NUMBER, PHONE, POSTCODE, Span

# --- e-mail ---------------------------------------------------------------
# Local part and domain labels may hold any letter (internationalised mail);
# the domain needs at least one dot and a 2+ letter top-level label.

# --- phone ----------------------------------------------------------------
# A chain of digit groups joined by single separators (space, dash, dot,
# optional spaces round a dash), starting with +, 00 or a 0-led group, with an
# optional "(0)". Requiring a separator between groups keeps the regex linear.
_ZERO = "0\u0660\u06f0\u09e6\u0a66\u0966"
_SEP = r"(?:[ \u00a0\u2009\u202f]?[-\u2010\u2011\u2012\u2013.][ \u00a0\u2009\u202f]?|[ \u00a0\u2009\u202f])"
_GROUP = r"(?:\(\d{1,5}\)|\d{1,11})"
# (What may come before a number is checked in code: a leading look-behind would
# stop the regex engine from skipping quickly to the next "+", "(" or "0".)
_PHONE_TAIL = rf"(?:{_SEP}{_GROUP}){{0,6}}(?![A-Za-z0-9_/])"
# Every alternative starts with a literal character, so the regex engine can
# skip straight to the next "+", "(" or "0"; native-script zeros get their own
# pattern, run only when such a zero occurs.
_PHONE_RE = re.compile(
    rf"(?:\+[ \u00a0]?\d{{1,15}}(?:{_SEP}?\(0\){_SEP}?\d{{1,11}})?"
    rf"|00[ \u00a0]?\d{{1,15}}(?:{_SEP}?\(0\){_SEP}?\d{{1,11}})?"
    rf"|\(0\d{{1,5}}\)|0\d{{0,11}})" + _PHONE_TAIL
)
_NATIVE_ZEROS = _ZERO[1:]
_PHONE_NATIVE_RE = re.compile(
    rf"(?:[{_NATIVE_ZEROS}]{{2}}[ \u00a0]?\d{{1,15}}|\([{_NATIVE_ZEROS}]\d{{1,5}}\)|[{_NATIVE_ZEROS}]\d{{0,11}})"
    + _PHONE_TAIL
)


def _digits(s: str) -> str:
    """ASCII digits of ``s`` whatever script they were written in."""
    out = []
    for ch in s:
        if ch.isdecimal():
            try:
                out.append(str(unicodedata.decimal(ch)))
            except (TypeError, ValueError):
                continue
    return "".join(out)


def _phone_ok(candidate: str) -> bool:
    d = _digits(candidate)
    if candidate[0] == "+" or d.startswith("00"):
        intl = d[2:] if not candidate.startswith("+") else d
        if intl.startswith("44"):
            rest = intl[2:]
            if rest.startswith("0"):
                rest = rest[1:]
            return 9 <= len(rest) <= 10
        return 7 <= len(intl) <= 15
    # UK national format: 0 then 9 or 10 more digits.
    return d.startswith("0") and not d.startswith("00") and 10 <= len(d) <= 11


_PHONE_BAD_BEFORE = set("_+/.,£$€-")


def _phone_matches(text: str) -> Iterator[re.Match[str]]:
    yield from _PHONE_RE.finditer(text)
    if not text.isascii() and any(z in text for z in _NATIVE_ZEROS):
        yield from _PHONE_NATIVE_RE.finditer(text)


def _phones(text: str) -> Iterator[Span]:
    for m in _phone_matches(text):
        s, e = m.start(), m.end()
        if s > 0:
            b = text[s - 1]
            if b in _PHONE_BAD_BEFORE or b.isdigit() or (b.isascii() and b.isalpha()):
                continue
        cand = text[s:e]
        # Drop trailing groups while the chain is too long (a number followed
        # by another figure, "07700 900123 2 times").
        while cand and not _phone_ok(cand):
            cut = max(cand.rfind(" "), cand.rfind("-"), cand.rfind("."), cand.rfind("\u00a0"))
            if cut <= 0:
                cand = ""
                break
            cand = cand[:cut].rstrip(" -.\u00a0")
        if cand:
            yield Span(s, s + len(cand), PHONE, 0.9, "phone number shape")


# --- postcode -------------------------------------------------------------
# Known UK postcode areas keep lower-case or space-less matches from firing on
# ordinary words ("ab12cd" is fine, "to13ab" is not).
_AREAS = frozenset(
    """AB AL B BA BB BD BF BH BL BN BR BS BT BX CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY
    E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS
    LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS
    ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE""".split()
)
# Found from the inward part ("5LS"), which starts with a digit and so scans
# fast, then the outward part is checked just before it.
_INWARD_RE = re.compile(r"[0-9][A-Za-z]{2}(?![A-Za-z0-9])")
_OUTWARD_BEFORE_RE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{1,2})([0-9][A-Za-z0-9]?)[ \u00a0]{0,2}$")
_GIR_RE = re.compile(r"(?<![A-Za-z0-9])GIR[ \u00a0]?$", re.IGNORECASE)
_INWARD_BAD = set("CIKMOV")


_OUTWARD_AFTER_LABEL_RE = re.compile(
    unicodedata.normalize(
        "NFC",
        r"(?:post\s?code|postal\s+code|cod\s+post|kod\s+pocztowy|cod\s+po[șş]tal|cod\s+postal|الرمز\s+البريدي|"
        r"پوسٹ\s?کوڈ|পোস্ট\s?কোড|ਪੋਸਟ\s?ਕੋਡ)[\s:,-]{0,3}(?:is\s+|yw\s+|to\s+|este\s+)?"
        r"([A-Za-z]{1,2}[0-9][A-Za-z0-9]?)(?![A-Za-z0-9])",
    ),
    re.IGNORECASE,
)


def _postcodes(text: str) -> Iterator[Span]:
    low = text.lower()
    if (
        "post" in low
        or "cod" in low
        or "پوسٹ" in text
        or "পোস্ট" in text
        or "ਪੋਸਟ" in text
        or "البريدي" in text
    ):
        for m in _OUTWARD_AFTER_LABEL_RE.finditer(text):
            if m.group(1)[:2].upper().rstrip("0123456789") in _AREAS:
                # the full-postcode rule below covers the inward part when present
                yield Span(m.start(1), m.end(1), POSTCODE, 0.6, "outward code after a postcode label")
    for m in _INWARD_RE.finditer(text):
        inward = m.group().upper()
        if inward[1] in _INWARD_BAD or inward[2] in _INWARD_BAD:
            continue
        out = _OUTWARD_BEFORE_RE.search(text, max(0, m.start() - 6), m.start())
        if out is None:
            if inward == "0AA" and _GIR_RE.search(text, max(0, m.start() - 5), m.start()):
                yield Span(
                    m.start() - (4 if text[m.start() - 1] in " \u00a0" else 3),
                    m.end(),
                    POSTCODE,
                    0.9,
                    "postcode",
                )
            continue
        if out.group(1).upper() not in _AREAS:
            continue
        exact = text[out.start() : m.end()]
        conf = 0.95 if exact.isupper() and " " in exact else 0.8
        yield Span(out.start(), m.end(), POSTCODE, conf, "postcode")


# --- national insurance number -------------------------------------------
# Two letters, six digits (optionally paired with spaces or dashes) and a
# suffix A-D. Without the suffix the shape is too ambiguous unless labelled.
# Anchored on the digits (a fast scan); the two-letter prefix is checked just before them.
_NI_RE = re.compile(
    r"([0-9]{2})[ \u00a0-]?([0-9]{2})[ \u00a0-]?([0-9]{2})(?:[ \u00a0-]?([A-Da-d]))?(?![A-Za-z0-9])"
)
_NI_PREFIX_RE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{2})[ \u00a0-]?$")
_NI_LABEL_RE = re.compile(
    unicodedata.normalize(
        "NFC",
        r"(?:\bN\.?I\.?N?O?\b|national\s+insurance|insurance\s+number|ubezpieczeni|asigur|تأمين|انشورنس|ইন্স্যুরেন্স|ইনস্যুরেন্স|ਇੰਸ਼ੋਰੈਂਸ|ਬੀਮਾ|yswiriant)",
    ),
    re.IGNORECASE,
)
_NI_BAD_FIRST = set("DFIQUV")
_NI_BAD_SECOND = set("DFIOQUV")


def _ni_numbers(text: str) -> Iterator[Span]:
    for m in _NI_RE.finditer(text):
        if m.start() > 0 and text[m.start() - 1].isdigit():
            continue
        p = _NI_PREFIX_RE.search(text, max(0, m.start() - 3), m.start())
        if p is None:
            continue
        prefix = p.group(1).upper()
        labelled = bool(_NI_LABEL_RE.search(text, max(0, p.start() - 60), p.start()))
        if m.group(4) is None and not labelled:
            continue
        # Invalid prefixes (QQ, the official example) still get through: stories use them.
        shape_ok = prefix[0] not in _NI_BAD_FIRST and prefix[1] not in _NI_BAD_SECOND
        yield Span(p.start(), m.end(), NI_NUMBER, 0.9 if shape_ok else 0.6, "NI number shape")


_EMAIL_LOCAL_CHARS = frozenset(".%+'-_")
_EMAIL_DOMAIN_RE = re.compile(r"[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}\.[^\W\d_]{2,24}(?![\w-])")


def _emails(text: str) -> Iterator[Span]:
    """Found from each "@": the local part is walked back, the domain matched forwards."""
    at = text.find("@")
    while at != -1:
        s = at
        while s > 0 and at - s < 64 and (text[s - 1].isalnum() or text[s - 1] in _EMAIL_LOCAL_CHARS):
            s -= 1
        while s < at and text[s] in ".-'":
            s += 1
        d = _EMAIL_DOMAIN_RE.match(text, at + 1)
        if s < at and d:
            yield Span(s, d.end(), EMAIL, 0.95, "e-mail address")
        at = text.find("@", at + 1)


def find(text: str, language: str) -> Iterator[Span]:
    """E-mails, phones, postcodes and NI numbers in ``text`` (any language)."""
    if not text:
        return
    yield from _emails(text)
    yield from _phones(text)
    yield from _postcodes(text)
    yield from _ni_numbers(text)
