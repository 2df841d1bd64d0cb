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

from .spans import EMAIL, NI_NUMBER, PHONE, POSTCODE, LazyPattern, Span

# --- e-mail ---------------------------------------------------------------
# Local part and domain labels may hold any letter (internationalised mail);
# the domain needs at least one dot and a 2+ letter top-level label.

# --- phone ----------------------------------------------------------------
# A chain of digit groups joined by single separators (space, dash, dot,
# optional spaces round a dash), starting with +, 00 or a 0-led group, with an
# optional "(0)". Requiring a separator between groups keeps the regex linear.
_ZERO = "0\u0660\u06f0\u09e6\u0a66\u0966"
# a dot with a space after it ends a sentence ("ref LHT-0588. 0161 496 0122"), it joins no groups
_SEP = (
    r"(?:[ \u00a0\u2009\u202f]?[-\u2010\u2011\u2012\u2013][ \u00a0\u2009\u202f]?"
    r"|[ \u00a0\u2009\u202f]?\.(?![ \u00a0\u2009\u202f])|[ \u00a0\u2009\u202f])"
)
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
_INWARD_RE = re.compile(r"[0-9][ \u00a0]?[A-Za-z]{2}(?![A-Za-z0-9])")  # "5LS", typed "5 ls" too
_OUTWARD_BEFORE_RE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{1,2})([0-9][A-Za-z0-9]?)[ \u00a0]{0,2}$")
_GIR_RE = re.compile(r"(?<![A-Za-z0-9])GIR[ \u00a0]?$", re.IGNORECASE)
_INWARD_BAD = set("CIKMOV")


# A postcode's label in any of the languages, and the words that may stand before the value.
_POSTCODE_LABEL = unicodedata.normalize(
    "NFC",
    r"(?:post\s?code|postal\s+code|cod\s+post|kod\s+pocztowy|cod\s+po[șş]tal|cod\s+postal|الرمز\s+البريدي|"
    r"پوسٹ\s?کوڈ|পোস্ট\s?কোড|ਪੋਸਟ\s?ਕੋਡ)[\s:,-]{0,3}(?:is\s+|yw\s+|to\s+|este\s+)?",
)
_POSTCODE_LABEL_BEFORE_RE = re.compile(_POSTCODE_LABEL + "$", re.IGNORECASE)
_OUTWARD_AFTER_LABEL_RE = re.compile(
    _POSTCODE_LABEL + r"([A-Za-z]{1,2}[0-9][A-Za-z0-9]?)(?![A-Za-z0-9])", re.IGNORECASE
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
        inward = m.group().replace(" ", "").replace("\u00a0", "").upper()
        out = _OUTWARD_BEFORE_RE.search(text, max(0, m.start() - 6), m.start())
        if inward[1] in _INWARD_BAD or inward[2] in _INWARD_BAD:
            # letters no real inward code uses: only right after a postcode label ("postcode bd8 9lk")
            if (
                out is not None
                and out.group(1).upper() in _AREAS
                and _POSTCODE_LABEL_BEFORE_RE.search(text, max(0, out.start() - 24), out.start())
            ):
                yield Span(out.start(), m.end(), POSTCODE, 0.6, "postcode after its label")
            continue
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
_NI_LABEL_RE = LazyPattern(
    unicodedata.normalize(
        "NFC",
        r"(?:\bN\.?I\.?N?O?\b|national\s+insurance|insurance\s+number|ubezpieczeni|asigur|تأمين|انشورنس|ইন্স্যুরেন্স|ইনস্যুরেন্স|ਇੰਸ਼ੋਰੈਂਸ|ਬੀਮਾ|yswiriant)",
    ),
    re.IGNORECASE,
)
_NI_BAD_FIRST = set("DFIQUV")
_NI_BAD_SECOND = set("DFIOQUV")


# An NI number whose letters are written in another script ("ਪੀਐੱਚ 52 18 77 ਸੀ", "پی ایچ 52 18
# 77 سی"): the letters' words around three pairs of digits, after an NI label.
_NI_SCRIPT_RE = LazyPattern(
    r"((?:[\u0600-\u06ff\u0980-\u09ff\u0a00-\u0a7f]{1,6}[ \u00a0]?){1,2})[ \u00a0]+"
    r"\d{2}[ \u00a0]?\d{2}[ \u00a0]?\d{2}[ \u00a0]+[\u0600-\u06ff\u0980-\u09ff\u0a00-\u0a7f]{1,4}(?![\w\u0980-\u09ff\u0a00-\u0a7f])"
)


def _ni_numbers(text: str) -> Iterator[Span]:
    if not text.isascii() and _NI_LABEL_RE.search(text):
        for m in _NI_SCRIPT_RE.finditer(text):
            if _NI_LABEL_RE.search(text, max(0, m.start() - 80), m.start()):
                first = m.group(1).split()
                start = (
                    m.start(1) + m.group(1).rfind(first[-1])
                    if len(first) > 1 and len(first[0]) > 4
                    else m.start(1)
                )
                yield Span(start, m.end(), NI_NUMBER, 0.6, "NI number with its letters in another script")
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
# the top-level domain ends the address, also before a hyphenated case ending ("...example.com-এ")
_EMAIL_DOMAIN_RE = re.compile(r"[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}\.[A-Za-z]{2,24}(?![\w])(?!-[A-Za-z0-9])")


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
        if s == at and at >= 2 and text[at - 1] == " " and (text[at - 2].isalnum() or text[at - 2] in "_"):
            # "kaska.nowak89 @example.com", "ioana.pop @ example.net": typed with spaces
            s = at - 1
            while s > 0 and at - s < 64 and (text[s - 1].isalnum() or text[s - 1] in _EMAIL_LOCAL_CHARS):
                s -= 1
            while s < at and text[s] in ".-'":
                s += 1
            if text[s:at].strip() == "":
                s = at
        if d is None and text[at + 1 : at + 2] == " ":
            d = _EMAIL_DOMAIN_RE.match(text, at + 2)
        if s < at and d:
            yield Span(s, d.end(), EMAIL, 0.95, "e-mail address")
        at = text.find("@", at + 1)


# --- e-mail written out ----------------------------------------------------
# "j dot smith at example dot org", "jsmith [at] example [dot] com", "anna kropka nowak
# małpa example kropka pl", "ion punct pop arond example punct ro". Found from each
# spelled-out "at" (a fast substring scan), then the domain is matched forwards (it must
# end in "dot <top-level domain>") and the local part walked back.
_AT_WORDS = (
    "at la małpa malpa małpka malpka arond arobase aron ايت آت على ایٹ অ্যাট এট ਐਟ"  # على: Maghrebi "at"
)
_DOT_WORDS = "dot kropka kropeczka punct punkt period point نقطة دوت ڈاٹ ডট ਡੌਟ ਡਾਟ"
_AT_ALT = "|".join(re.escape(unicodedata.normalize("NFC", w)) for w in _AT_WORDS.split())
_DOT_ALT = "|".join(re.escape(unicodedata.normalize("NFC", w)) for w in _DOT_WORDS.split())
_OPEN, _CLOSE = r"[\[\(\{<]", r"[\]\)\}>]"
_SPELT_AT_RE = LazyPattern(
    rf"[ \u00a0]*{_OPEN}[ \u00a0]*(?:{_AT_ALT}|@)[ \u00a0]*{_CLOSE}[ \u00a0]*|[ \u00a0]+(?:{_AT_ALT})[ \u00a0]+|[ \u00a0]*@[ \u00a0]*",
    re.IGNORECASE,
)
_DOT = rf"(?:[ \u00a0]*{_OPEN}[ \u00a0]*(?:{_DOT_ALT}|\.)[ \u00a0]*{_CLOSE}[ \u00a0]*|[ \u00a0]+(?:{_DOT_ALT})[ \u00a0]+|\.)"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9_-]{0,62}[A-Za-z0-9])?"
_TLDS = (
    "com|org|net|info|biz|co|uk|ac|gov|nhs|edu|me|io|eu|pl|ro|de|fr|ie|es|it|nl|pk|bd|in|ae|sa|eg|us|ca|au|wales"
    "|cymru|scot|london|email|online|site|app|dev|xyz|live|mail"
)
_SPELT_DOMAIN_RE = LazyPattern(rf"{_LABEL}(?:{_DOT}{_LABEL}){{0,4}}{_DOT}(?:{_TLDS})(?![\w])", re.IGNORECASE)
_SEP_WORDS = r"underscore|dash|hyphen|podkreślnik|podkreslnik|myślnik|minus|liniuță|cratima"
_SPELT_LOCAL_RE = LazyPattern(
    rf"(?<![\w.@])[A-Za-z0-9](?:[A-Za-z0-9._%+'-]{{0,62}}[A-Za-z0-9])?"
    rf"(?:(?:{_DOT}|[ \u00a0]+(?:{_SEP_WORDS})[ \u00a0]+|[_-]){{1}}[A-Za-z0-9](?:[A-Za-z0-9._%+'-]{{0,62}}[A-Za-z0-9])?){{0,4}}$",
    re.IGNORECASE,
)
# Every written-out address has one of these: a spelt "dot", a bracketed "at", or a non-English "at" word.
_SPELT_CUES = tuple(
    unicodedata.normalize("NFC", w.replace("_", " "))
    for w in """_dot_ (dot) [dot] {dot} <dot> _kropka_ _kropeczka_ _punct_ _punkt_ _period_ _point_ نقطة دوت ڈاٹ ডট ਡੌਟ ਡਾਟ
    (at) [at] {at} <at> (@) [@] małp malp arond arobase ايت آت ایٹ অ্যাট ਐਟ""".split()
)
_MAIL_CUE_RE = LazyPattern(
    r"e-?mail|mail|address|adres|poczt|adresa|البريد|إيميل|ايميل|ای[ \u00a0]?میل|ইমেইল|ই-মেইল|ਈਮੇਲ|ਈ-ਮੇਲ|contact|write|wrote|reach"
    r"|scrie|pisz|napisz",
    re.IGNORECASE,
)
_MAIL_HOSTS = frozenset(
    "gmail googlemail hotmail yahoo outlook live icloud btinternet aol proton protonmail example wp onet o2 interia "
    "sky virginmedia talktalk ymail msn me mac gmx yandex".split()
)


def _spelt_emails(text: str) -> Iterator[Span]:
    low = text.lower()
    if not any(k in low for k in _SPELT_CUES):
        return  # no spelt-out "dot", no bracketed "at", no "małpa": nothing to do
    for at in _SPELT_AT_RE.finditer(text):
        word = at.group().strip(" \u00a0[](){}<>").lower()
        bracketed = at.group().strip(" \u00a0")[:1] in "[({<"
        d = _SPELT_DOMAIN_RE.match(text, at.end())
        if not d:
            continue
        local = _SPELT_LOCAL_RE.search(text, max(0, at.start() - 90), at.start())
        if not local:
            continue
        domain = d.group()
        spelt_dot = bool(
            re.search(rf"[ \u00a0\[\(\{{<](?:{_DOT_ALT})[ \u00a0\]\)\}}>]", domain, re.IGNORECASE)
        )
        if word == "@":
            if not (spelt_dot or bracketed):
                continue  # a plain address: the ordinary e-mail rule has it
        elif not bracketed and word in ("at", "la"):
            # bare English "at" (and Romanian "la") is everywhere: need a spelt "dot" and a mail
            # cue or mail host ("scrieți-mi la alina punct pop la example punct com")
            host = re.split(rf"{_DOT}", domain, maxsplit=1, flags=re.IGNORECASE)[0].lower()
            cue = _MAIL_CUE_RE.search(text, max(0, local.start() - 80), local.start())
            if not spelt_dot or not (cue or host in _MAIL_HOSTS):
                continue
        yield Span(local.start(), d.end(), EMAIL, 0.8, "e-mail address written out")


# --- phone numbers in words ------------------------------------------------
# "oh seven seven double oh nine hundred one two three", "zero seven seven zero zero,
# nine double oh...": digit words (and digit groups) in a run, read out as people say
# them; a run that spells 10 or 11 digits starting with 0 (or 44...) is a phone number.
_DIGIT_WORDS = {
    "zero": "0",
    "oh": "0",
    "o": "0",
    "nought": "0",
    "nil": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    # Polish, Romanian
    "jeden": "1",
    "dwa": "2",
    "trzy": "3",
    "cztery": "4",
    "pięć": "5",
    "sześć": "6",
    "siedem": "7",
    "osiem": "8",
    "dziewięć": "9",
    "unu": "1",
    "doi": "2",
    "trei": "3",
    "patru": "4",
    "cinci": "5",
    "șase": "6",
    "şase": "6",
    "sase": "6",
    "șapte": "7",
    "şapte": "7",
    "sapte": "7",
    "opt": "8",
    "nouă": "9",
    "noua": "9",
    # Arabic, Urdu, Bengali, Punjabi
    "صفر": "0",
    "واحد": "1",
    "اثنان": "2",
    "اثنين": "2",
    "ثلاثة": "3",
    "أربعة": "4",
    "خمسة": "5",
    "ستة": "6",
    "سبعة": "7",
    "ثمانية": "8",
    "تسعة": "9",
    "ایک": "1",
    "دو": "2",
    "تین": "3",
    "چار": "4",
    "پانچ": "5",
    "چھ": "6",
    "سات": "7",
    "آٹھ": "8",
    "نو": "9",
    "শূন্য": "0",
    "এক": "1",
    "দুই": "2",
    "তিন": "3",
    "চার": "4",
    "পাঁচ": "5",
    "ছয়": "6",
    "সাত": "7",
    "আট": "8",
    "নয়": "9",
    "ਸਿਫ਼ਰ": "0",
    "ਸਿਫਰ": "0",
    "ਜ਼ੀਰੋ": "0",
    "ਇੱਕ": "1",
    "ਦੋ": "2",
    "ਤਿੰਨ": "3",
    "ਚਾਰ": "4",
    "ਪੰਜ": "5",
    "ਛੇ": "6",
    "ਸੱਤ": "7",
    "ਅੱਠ": "8",
    "ਨੌਂ": "9",
    "ਨੌ": "9",
    # spoken Arabic (Egyptian, Levantine, Gulf) and spelling variants
    "اتنين": "2",
    "إثنين": "2",
    "تنين": "2",
    "ثلاث": "3",
    "تلاتة": "3",
    "تلاته": "3",
    "ثلاثه": "3",
    "اربعة": "4",
    "أربعه": "4",
    "اربعه": "4",
    "خمسه": "5",
    "سته": "6",
    "ستّة": "6",
    "سبعه": "7",
    "تمانية": "8",
    "تمنية": "8",
    "ثمانيه": "8",
    "تمانيه": "8",
    "تسعه": "9",
    # English digits as they are written in Urdu, Bengali and Gurmukhi script
    "زیرو": "0",
    "زيرو": "0",
    "ون": "1",
    "وَن": "1",
    "ٹو": "2",
    "تھری": "3",
    "تهری": "3",
    "فور": "4",
    "فائیو": "5",
    "فائو": "5",
    "فایو": "5",
    "فائیوو": "5",
    "سکس": "6",
    "سیون": "7",
    "سیوَن": "7",
    "ایٹ": "8",
    "ایٹھ": "8",
    "نائن": "9",
    "ناین": "9",
    # and in Arabic spelling ("إس ناين ثري إف تي"), with the Iraqi "ثمن" (eight)
    "ناين": "9",
    "ٹین": "10",
    "টেন": "10",
    "ਟੈਨ": "10",
    "ਟੈੱਨ": "10",
    "ثري": "3",
    "فايف": "5",
    "سفن": "7",
    "سيفن": "7",
    "ايت": "8",
    "إيت": "8",
    "ثمن": "8",
    "জিরো": "0",
    "ওয়ান": "1",
    "টু": "2",
    "থ্রি": "3",
    "ফোর": "4",
    "ফাইভ": "5",
    "সিক্স": "6",
    "সেভেন": "7",
    "এইট": "8",
    "নাইন": "9",
    "ਵਨ": "1",
    "ਟੂ": "2",
    "ਥ੍ਰੀ": "3",
    "ਫੋਰ": "4",
    "ਫਾਈਵ": "5",
    "ਸਿਕਸ": "6",
    "ਸੈਵਨ": "7",
    "ਏਟ": "8",
    "ਨਾਈਨ": "9",
    "ਸੌਂ": "9",
    # with the nukta and other spellings ("ਫ਼ੋਰ", "ਫ਼ਾਈਵ")
    "ਫ਼ੋਰ": "4",
    "ਫ਼ਾਈਵ": "5",
    "ਫ਼ਾਇਵ": "5",
    "ਫਾਇਵ": "5",
    "ਥਰੀ": "3",
    "ਸੇਵਨ": "7",
    "ਸਿੱਕਸ": "6",
    "ਨਾਇਨ": "9",
    # Urdu / Hindi / Punjabi digits written in Latin letters
    "sifar": "0",
    "ek": "1",
    "teen": "3",
    "char": "4",
    "chaar": "4",
    "paanch": "5",
    "panch": "5",
    "chhe": "6",
    "chhay": "6",
    "chay": "6",
    "saat": "7",
    "aath": "8",
    "nau": "9",
    # further spellings of the Latin-script languages
    "pięc": "5",
    "piec": "5",
    "szesc": "6",
    "dziewiec": "9",
    "dziewięc": "9",
}
_DIGIT_WORDS = {unicodedata.normalize("NFC", k): v for k, v in _DIGIT_WORDS.items()}
# Numbers above nine said as one word ("nine hundred", "dziewięćset", "paanch sau tees",
# "five hundred and twelve"): composed into their digits.
_VALUE_WORDS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "dziesięć": 10,
    "jedenaście": 11,
    "dwanaście": 12,
    "trzynaście": 13,
    "czternaście": 14,
    "piętnaście": 15,
    "szesnaście": 16,
    "siedemnaście": 17,
    "osiemnaście": 18,
    "dziewiętnaście": 19,
    "dwadzieścia": 20,
    "trzydzieści": 30,
    "czterdzieści": 40,
    "pięćdziesiąt": 50,
    "sześćdziesiąt": 60,
    "siedemdziesiąt": 70,
    "osiemdziesiąt": 80,
    "dziewięćdziesiąt": 90,
    "sto": 100,
    "dwieście": 200,
    "trzysta": 300,
    "czterysta": 400,
    "pięćset": 500,
    "sześćset": 600,
    "siedemset": 700,
    "osiemset": 800,
    "dziewięćset": 900,
    "zece": 10,
    "unsprezece": 11,
    "doisprezece": 12,
    "douăsprezece": 12,
    "douăzeci": 20,
    "douazeci": 20,
    "treizeci": 30,
    "patruzeci": 40,
    "cincizeci": 50,
    "șaizeci": 60,
    "saizeci": 60,
    "șaptezeci": 70,
    "saptezeci": 70,
    "optzeci": 80,
    "nouăzeci": 90,
    "nouazeci": 90,
    "das": 10,
    "bees": 20,
    "tees": 30,
    "chalees": 40,
    "pachaas": 50,
    "pachas": 50,
    "saath": 60,
    "sattar": 70,
    "assi": 80,
    "nabbe": 90,
    "دس": 10,
    "بیس": 20,
    "تیس": 30,
    "چالیس": 40,
    "پچاس": 50,
    "ساٹھ": 60,
    "ستر": 70,
    "اسی": 80,
    "نوے": 90,
    "عشرة": 10,
    "عشرين": 20,
    "ثلاثين": 30,
    "تلاتين": 30,
    "أربعين": 40,
    "اربعين": 40,
    "خمسين": 50,
    "ستين": 60,
    "سبعين": 70,
    "ثمانين": 80,
    "تمانين": 80,
    "تسعين": 90,
    "مية": 100,
    "مئة": 100,
    # spoken and written hundreds in one word ("تسعمية", "ثلاثمائة")
    "ميتين": 200,
    "مئتين": 200,
    "مئتان": 200,
    "تلتمية": 300,
    "ثلاثمية": 300,
    "ثلاثمائة": 300,
    "ثلاثمئة": 300,
    "اربعمية": 400,
    "أربعمية": 400,
    "أربعمائة": 400,
    "أربعمئة": 400,
    "خمسمية": 500,
    "خمسمائة": 500,
    "خمسمئة": 500,
    "ستمية": 600,
    "ستمائة": 600,
    "ستمئة": 600,
    "سبعمية": 700,
    "سبعمائة": 700,
    "سبعمئة": 700,
    "تمنمية": 800,
    "ثمانمية": 800,
    "ثمانمائة": 800,
    "ثمانمئة": 800,
    "تسعمية": 900,
    "تسعمائة": 900,
    "تسعمئة": 900,
    "مائة": 100,
    "ਦਸ": 10,
    "ਵੀਹ": 20,
    "ਤੀਹ": 30,
    "ਚਾਲੀ": 40,
    "ਪੰਜਾਹ": 50,
    "ਸੱਠ": 60,
    "ਸੱਤਰ": 70,
    "ਅੱਸੀ": 80,
    "ਨੱਬੇ": 90,
    "দশ": 10,
    "বিশ": 20,
    "ত্রিশ": 30,
    "চল্লিশ": 40,
    "পঞ্চাশ": 50,
    "ষাট": 60,
    "সত্তর": 70,
    "আশি": 80,
    "নব্বই": 90,
}
_VALUE_WORDS = {unicodedata.normalize("NFC", k): v for k, v in _VALUE_WORDS.items()}
_REPEATS = {
    unicodedata.normalize("NFC", k): v
    for k, v in {
        "double": 2,
        "triple": 3,
        "podwójne": 2,
        "podwójna": 2,
        "dublu": 2,
        "triplu": 3,
        "ڈبل": 2,
        "ٹرپل": 3,
        "ডাবল": 2,
        "ট্রিপল": 3,
        "ਡਬਲ": 2,
        "ਟ੍ਰਿਪਲ": 3,
        "ਟਰਿਪਲ": 3,
        "دبل": 2,
    }.items()
}
_HUNDREDS = {
    unicodedata.normalize("NFC", k): v
    for k, v in {
        "hundred": 100,
        "thousand": 1000,
        "sute": 100,
        "sută": 100,
        "suta": 100,
        "sau": 100,
        "hazaar": 1000,
        "hazar": 1000,
        "سو": 100,
        "ہزار": 1000,
        "ਸੌ": 100,
        "ਹਜ਼ਾਰ": 1000,
        "শো": 100,
        "শত": 100,
        "হাজার": 1000,
        "tysiąc": 1000,
        # "hundred" in English said in Urdu, Bengali and Gurmukhi script ("نائن ہنڈرڈ")
        "ہنڈرڈ": 100,
        "ہنڈریڈ": 100,
        "হান্ড্রেড": 100,
        "হানড্রেড": 100,
        "ਹੰਡਰਡ": 100,
        "ਹੰਡਰੇਡ": 100,
    }.items()
}
_SPOKEN_TOKEN = "|".join(
    re.escape(w)
    for w in sorted(
        list(_DIGIT_WORDS) + list(_REPEATS) + list(_HUNDREDS) + list(_VALUE_WORDS), key=len, reverse=True
    )
)
_RUN_SEP = (
    r"(?:[ \u00a0]*[,،\-–.][ \u00a0]*|[ \u00a0]+(?:(?:and|și|şi|si|i)[ \u00a0]+)?|[ \u00a0]*\([ \u00a0]*"
    r"|[ \u00a0]*\)[ \u00a0]*)"
)
# A word followed by a combining mark or a letter of its own script is a longer word.
_TOKEN_END = r"(?![\w\u0900-\u0aff\u064b-\u065f])"  # noqa: S105 (a pattern, not a password)
_SPOKEN_RUN = (
    rf"(?:(?:{_SPOKEN_TOKEN}){_TOKEN_END}|\+?\d+)(?:{_RUN_SEP}(?:(?:{_SPOKEN_TOKEN}){_TOKEN_END}|\d+)){{2,}}"
)
_SPOKEN_RUN_RE = LazyPattern(_SPOKEN_RUN)  # used with .match on the lower-cased text
_SPOKEN_RUN_ANY_CASE_RE = LazyPattern(_SPOKEN_RUN, re.IGNORECASE)
_TOKEN_SPLIT_RE = LazyPattern(rf"(?:{_SPOKEN_TOKEN}){_TOKEN_END}|\+?\d+", re.IGNORECASE)
# A number read out starts with a zero ("oh", "zero", "nought", "0"...): the run is matched
# from each of those, so ordinary text costs a few substring searches. "double", "triple"
# and "hundred" may come after a leading digit group ("07700 nine double oh..."), so the
# run is looked for a little before them.
_ZERO_KEYS = tuple(
    unicodedata.normalize("NFC", w)
    for w in "oh zero nought nil sifar صفر زیرو زيرو শূন্য জিরো ਸਿਫ਼ਰ ਸਿਫਰ ਜ਼ੀਰੋ".split()
)
_LATER_KEYS = ("double", "triple", "hundred", "dublu", "podwójn")
_SPACED_DIGITS_RE = re.compile(r"\d[ \u00a0]\d[ \u00a0]\d[ \u00a0]\d[ \u00a0]\d")


def _spoken_digits(run: str) -> tuple[str, int]:
    """The digits a spoken run stands for, and how many of its tokens were words."""
    out: list[str] = []
    repeat = 1
    words = 0
    value: int | None = None  # a number said as words above nine, being composed

    def flush() -> None:
        nonlocal value
        if value is not None:
            out.append(str(value))
            value = None

    for tok in _TOKEN_SPLIT_RE.findall(run):
        low = tok.lower()
        if low in _REPEATS:
            repeat = _REPEATS[low]
            words += 1
            continue
        words += 1
        if low in _HUNDREDS:
            mult = _HUNDREDS[low]
            if value is not None and value < mult:
                value *= mult
            elif value is None and out and len(out[-1]) == 1:
                value = int(out.pop()) * mult
            else:
                flush()
                value = mult
        elif low in _VALUE_WORDS:
            v = _VALUE_WORDS[low]
            if value is not None and value % 100 == 0 and v < 100 and value >= 100:
                value += v
            elif value is not None and value % 1000 == 0 and v < 1000 and value >= 1000:
                value += v
            else:
                flush()
                value = v
        elif low in _DIGIT_WORDS:
            d = _DIGIT_WORDS[low]
            if value is not None and value % 10 == 0 and value % 100 >= 20 and repeat == 1 and d != "0":
                value += int(d)
                flush()
            else:
                flush()
                out.append(d * repeat)
        else:
            words -= 1
            flush()
            d = _digits(tok)
            out.append(d[0] * repeat + d[1:] if d else "")
            if tok.startswith("+"):
                out.insert(len(out) - 1, "+")
        repeat = 1
    flush()
    return "".join(out), words


def _spoken_starts(text: str, low: str, language: str) -> Iterator[int]:
    """Where a number read out may start."""
    n = len(low)
    if language in ("en", "cy"):
        i = low.find(" o ")  # "o seven seven...": the letter o said for zero
        while i != -1:
            yield i + 1
            i = low.find(" o ", i + 1)
    for key in _ZERO_KEYS:
        i = low.find(key)
        while i != -1:
            if (i == 0 or not low[i - 1].isalnum()) and (
                i + len(key) >= n or not low[i + len(key)].isalnum()
            ):
                yield i
            i = low.find(key, i + 1)
    for key in _LATER_KEYS:
        i = low.find(key)
        while i != -1:
            j = low.rfind(" 0", max(0, i - 30), i)  # "07700 nine double oh"
            if j != -1:
                yield j + 1
            i = low.find(key, i + 1)
    for m in _SPACED_DIGITS_RE.finditer(text):
        yield m.start()


_OR_SAU_RE = re.compile(r",[ \u00a0]*sau[ \u00a0,]*$")


def _spoken_phones(text: str, language: str) -> Iterator[Span]:
    low = text.lower()
    rx = _SPOKEN_RUN_RE
    if len(low) != len(text):
        low, rx = text, _SPOKEN_RUN_ANY_CASE_RE  # offsets must match the text's
    covered = -1
    for start in sorted(set(_spoken_starts(text, low, language))):
        if start < covered:
            continue
        m = rx.match(low, start)
        if not m:
            continue
        run, run_end = m.group(), m.end()
        tail = _OR_SAU_RE.search(run)
        if tail:  # "..., trei unu cinci, sau pe mail": Romanian "or", not Urdu "hundred"
            run, run_end = run[: tail.start()], m.start() + tail.start()
        digits, words = _spoken_digits(run)
        if words < 2 and not (len(digits) >= 10 and len(_TOKEN_SPLIT_RE.findall(m.group())) >= 8):
            continue  # digit groups alone are the ordinary phone rule's; single digits spaced out are not
        d = digits.lstrip("+")
        ok = (d.startswith("0") and not d.startswith("00") and 10 <= len(d) <= 11) or (
            d.startswith(("44", "0044")) and 11 <= len(d) <= 14
        )
        if not ok and d.startswith("0") and 9 <= len(d) <= 12 and words >= 4:
            ok = True  # a digit misheard or dropped: still a number being read out
        if ok:
            s, e = m.start(), run_end
            while e > s and text[e - 1] in " ,.-–(":
                e -= 1
            covered = e
            yield Span(s, e, PHONE, 0.75, "phone number in words")


def find(text: str, language: str) -> Iterator[Span]:
    """E-mails, phones, postcodes and NI numbers in ``text`` (any language)."""
    if not text:
        return
    yield from _emails(text)
    yield from _spelt_emails(text)
    yield from _spoken_phones(text, language)
    yield from _phones(text)
    yield from _postcodes(text)
    yield from _ni_numbers(text)
