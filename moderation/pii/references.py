"""Case and account references: tenancy, complaint, repair job, ASB case,
housing register, Housing Ombudsman and similar numbers.

Two rules, both marking the value only (never its label):

* labelled: a label word in any of the site's languages ("tenancy number",
  "numer sprawy", "numărul de caz", "رقم", "حوالہ نمبر", "নম্বর", "ਨੰਬਰ",
  "cyfeirnod"), a few filler words ("which is", ":"), then a token with digits;
* bare: tokens shaped like a reference on their own ("HOS-2023-00417",
  "CMP/55812", "ASB 2291-K", "REF40021"), which people paste without a label.

Years, dates, amounts of money and small counts are never values.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from .spans import REFERENCE, Span


def _rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile ``pattern`` in NFC, the form the texts arrive in (Bengali য়, Gurmukhi ਫ਼...)."""
    return re.compile(unicodedata.normalize("NFC", pattern), flags)


def _alt(words: str) -> str:
    """Regex alternation of whitespace-separated words, NFC, longest first."""
    items = {unicodedata.normalize("NFC", w.replace("_", " ")) for w in words.split()}
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(items, key=len, reverse=True))


# Label words: enough that a digit-bearing token right after them is a reference.
_LABELS_LATIN_WORDS = """
    ref refs reference references referral case complaint complaints tenancy account application claim ticket
    job jobs order incident crime log booking customer member membership register registration policy
    property payment ombudsman asb id no no. nos number numbers num nr nr. # case-number uprn crn wo hb nhs
    bidding applicant agreement reg badge licence license payroll staff employee driver
    numer numeru numerem numery numerów sygnatura sygnaturą sygnatury referencyjny referencyjnym sprawy spraw zgłoszenia zgłoszeń skargi skarg
    umowy identyfikator najmu lokatora klienta konta zgłoszenie naprawy reklamacji wniosku wniosek
    număr numărul numărului numar numarul referință referința referinţă referinta dosar dosarul dosarului
    caz cazul cazului cod codul înregistrare inregistrare contract contractul contractului reclamație reclamația
    reclamației reclamatie reclamatia reclamatiei plângere plângerii plangere plangerii cerere cererii cererea
    cyfeirnod rhif achos tenantiaeth
    """
_LABELS_OTHER_WORDS = """
    البادج بادج الشارة الموظف رقم الرقم برقم ورقم رقمها رقمه رقمي مرجع المرجع المرجعي مرجعي القضية الملف الشكوى الحالة الإيجار الايجار العقد الحساب الطلب
    نمبر حوالہ حوالے ریفرنس کیس بیج
    নম্বর নম্বরটি নং রেফারেন্স কেস ব্যাজ
    ਨੰਬਰ ਹਵਾਲਾ ਰੈਫਰੈਂਸ ਰੈਫ਼ਰੈਂਸ ਕੇਸ ਬੈਜ
    """
_LABELS = frozenset(
    unicodedata.normalize("NFC", w) for w in (_LABELS_LATIN_WORDS + " " + _LABELS_OTHER_WORDS).split()
)

# Labels that name only "a number", so the word saying which may follow them.
_GENERIC_LABELS = frozenset(
    unicodedata.normalize("NFC", w)
    for w in """number numer nr nr. numeru număr numărul numar numarul rhif cyfeirnod reference ref no no.
    رقم الرقم رقمي رقمه رقمها نمبر নম্বর ਨੰਬਰ""".split()
)
_NOT_BETWEEN = frozenset("about of for over under than and or but with from to in on at by".split())

# Words that may sit between a label and its value.
_FILLERS = frozenset(
    unicodedata.normalize("NFC", w)
    for w in """
    is was were are which that it it's its of number no nos num ref reference id code given quoted as under my
    the a our your his her their new called with me us
    to jest był była było nr numer mój moja mojej mojego ma
    este era a fost nr numărul numarul de meu mea pe
    في هو هي كان كانت هى رقم الخاص الخاصة بي لي هي العمل الشغل المهمة الإصلاح الاصلاح التصليح الطلب البلاغ
    ہے تھا تھی کا کی کے نمبر ہیں
    হল হলো ছিল নম্বর আমার
    ਹੈ ਸੀ ਦਾ ਦੀ ਨੰਬਰ ਮੇਰਾ
    yw oedd ydy ydi oes fy rhif
    """.split()
)
_EDGE_PUNCT = ":#=-–—,(\"'“‘«„[]).”’;"
_STOP_PUNCT = set("£$€%")
_DATE_RE = _rx(r"(?:\d{1,2}[-/.]\d{1,2}[-/.](?:\d{2}|\d{4})|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})$")
_SPACED_GROUPS_RE = _rx(r"(?:[ \u00a0]\d{2,6}){0,3}(?:[ \u00a0]\d(?!\d|[.,]\d))?(?![\w/-])")
_MORE_DIGITS_RE = _rx(r"(?:[ \u00a0]\d{3,})+(?![\w/-])")
_ORDINAL_RE = _rx(r"\d+(?:st|nd|rd|th|am|pm|s|k|m|kg|km|ml|mm|cm|p|ft|x)", re.IGNORECASE)
_DIGITS_RE = _rx(r"\d\d*")  # not "\d+": a leading repeat stops the fast scan
_SPACE_RE = _rx(r"\S+")
_MAX_TOKENS = 6


def _is_year(s: str) -> bool:
    if len(s) != 4 or not s.isdecimal():
        return False
    try:
        y = int("".join(str(unicodedata.decimal(c)) for c in s))
    except (TypeError, ValueError):
        return False
    return 1900 <= y <= 2099


def _value_ok(tok: str) -> bool:
    """A plausible labelled value: has digits, is not a year, date, time, ordinal or small count."""
    n_dig = sum(1 for ch in tok if ch.isdecimal())
    if n_dig == 0:
        return False
    core = tok.replace(" ", "").replace("\u00a0", "")
    if core.isdecimal():
        return len(core) >= 4 and not _is_year(core)
    if _DATE_RE.match(core) or _ORDINAL_RE.fullmatch(core):
        return False
    if n_dig >= 3:
        return True
    return n_dig >= 2 and len(core) >= 5


def _label_before(text: str, pos: int) -> bool:
    """True when a reference label sits a few filler words before ``pos``.

    One unknown word may stand between a generic "number" word and the value
    ("numer najmu to 7730021", "rhif tenantiaeth yw 6601928").
    """
    words = _SPACE_RE.findall(text, max(0, pos - 80), pos)
    unknown = 0
    specific = False  # a specific label behind an unknown word: a generic "number" before it decides
    for n, raw in enumerate(reversed(words)):
        if n >= _MAX_TOKENS + 1 + specific:
            return False
        if raw == "#":
            return True
        if any(ch in _STOP_PUNCT for ch in raw):
            return False
        if raw[-1:] in ".;!?" and n > 0 and raw.lower() not in _LABELS:
            return False  # a sentence ended between label and value
        w = raw.strip(_EDGE_PUNCT).lower()
        if not w:
            continue
        if w in _LABELS:
            if not unknown or w in _GENERIC_LABELS:
                return True
            if specific:
                return False
            specific = True  # "numer zgłoszenia naprawy 558812": look one word further back
            continue
        if w in _FILLERS:
            continue
        if unknown or any(ch.isdigit() for ch in w) or w in _NOT_BETWEEN:
            return False
        unknown += 1
    return False


# Bare shapes: letter prefix and separated parts; letters glued to digits;
# a known prefix, a space and digits.
_KNOWN_PREFIX = _alt(
    "REF ASB CMP COMP HOS HOM HRN HR TEN TNC CASE JOB WO RJ REP CRN CAD HO HSG RENT ACC CUS CUST APP CLM INC"
)
_BARE_RE = _rx(
    # HOS-2023-00417, CMP/55812, HH-CMP-88214, SHR-٦٦٠٢١٩ (any script's digits)
    r"[A-Za-z]{1,6}\d*(?:[-/][A-Za-z\d]{1,12}){1,5}"
    r"|[A-Z]\d{1,3}[A-Z]{1,4}\d{2,6}[A-Z\d]{0,3}"  # a county court claim number: K4LU1120, K00CL417
    r"|[A-Z]{2,6}[ \u00a0]\d{2,}(?:[-/][A-Za-z\d]{1,12}){1,4}"  # ASB 2291-K
    rf"|(?:{_KNOWN_PREFIX})[ \u00a0:]?\d{{4,12}}[A-Z]?"  # REF 40021, CMP55812
    r"|[A-Z]{2,6}\d{4,12}[A-Z]?"  # ABC123456
    r"|[A-Za-z]{2,6}\d{5,12}[A-Za-z]?"  # "avh448120": typed in lower case, five digits or more
    r"|[A-Z]\d{6,12}"  # M1180457: a Home Office file number
)
_PREFIX_BEFORE_RE = _rx(
    r"(?<![\w/-])(?:[A-Z]{2,6}|[A-Z]{1,4}-[A-Z]{1,4})[ \u00a0:]$"
)  # "OMBC 3318", "SH-PH 2291"
# A lower-case writer's letter prefix ("numer hmo 2024 0193"): only after a label.
_LOWER_PREFIX_BEFORE_RE = _rx(r"(?<![\w/-])([a-z]{2,5})[ \u00a0]$")
_COMMON_PREFIX = frozenset("pre post mid late early covid year years ex non anti self over under up".split())
_TOKEN_CHARS = set("/-_\\")


def _bare_ok(tok: str) -> bool:
    if not _BARE_RE.fullmatch(tok):
        return False
    n_dig = sum(1 for ch in tok if ch.isdigit())
    parts = re.split(r"[-/ \u00a0:]", tok)
    if (
        2 <= n_dig < 4
        and len(parts) >= 3
        and len(tok) >= 8
        and all(p.isupper() or p.isdigit() for p in parts)
    ):
        return sum(ch.isupper() for ch in tok) >= 3  # "AS-CY-014", "CGPM-SH-03A", "AE/OH/06A"
    if n_dig < 4 or _DATE_RE.match(tok):
        return False  # "XR-200", "M1-M62": model numbers and roads, not references
    head = parts[0]
    if not head.isupper() and not head.isdigit():
        # lower-case prefixes are mostly words ("pre-2019", "mid-2020s")
        if head.lower() in _COMMON_PREFIX or (n_dig < 5 and len(parts) < 3):
            return False
    return True


def _token_around(text: str, s: int, e: int) -> tuple[int, int]:
    """Widen a digit run to the whole token (letters, digits, / - _ and inner dots)."""
    n = len(text)
    while s > 0 and (
        text[s - 1].isalnum()
        or text[s - 1] in _TOKEN_CHARS
        or (text[s - 1] == "." and s > 1 and text[s - 2].isalnum() and text[s].isalnum())
    ):
        s -= 1
    while e < n and (
        text[e].isalnum()
        or text[e] in _TOKEN_CHARS
        or (text[e] == "." and e + 1 < n and text[e + 1].isalnum() and text[e - 1].isalnum())
    ):
        e += 1
    while e > s and text[e - 1] in "-/_.\\":
        e -= 1
    while s < e and text[s] in "-/_.\\":
        s += 1
    return s, e


# Between two values of one label: "refs 5571 and 5580", "٥٥٧١٢٠ و٥٥٨٠٤٣", "1234, 5678".
_LISTED_BETWEEN = _rx(
    r"\s*(?:,|&|/|and|or|then|i|lub|oraz|albo|și|si|sau|apoi|a|و|او|أو|ثم|اور|یا|پھر|ও|আর|এবং|বা|ਅਤੇ|ਤੇ|ਜਾਂ|ਤੇ ਫਿਰ)?\s*",
    re.IGNORECASE,
)
# An Arabic-script clitic glued to a value ("و٥٥٨٠٤٣": and 558043; "ب٥٥٨": with 558): not part of it.
_CLITIC_BEFORE_DIGITS = _rx(r"[وبلف](?=[0-9\u0660-\u0669\u06f0-\u06f9A-Za-z])")  # "وRH-335102" too


def _listed_after(text: str, last_end: int, s: int) -> bool:
    """The value follows a labelled value, with only a comma or a word for "and" between."""
    return (
        0 <= last_end <= s and s - last_end <= 12 and _LISTED_BETWEEN.fullmatch(text, last_end, s) is not None
    )


_LETTER_TAIL_RE = _rx(r"[ \u00a0]([A-Z]{1,4})(?:[ \u00a0]\d{1,3})?(?![\w/-])")
_NOT_TAIL = frozenset(
    "a i to in on of or and at by is it as be we he if so no do my up am an the for".split()
)
_SLASHED_NUMBER_RE = _rx(r"\d{1,8}[A-Z]{0,3}(?:/\d{1,8}[A-Z]{0,3}){1,3}")  # "01/224785/24", "20BW/118822/23"


def _scan(text: str) -> Iterator[Span]:
    covered = -1
    last_value_end = -1  # where the last labelled value ended, for "X and Y"
    for d in _DIGITS_RE.finditer(text):
        if d.start() < covered:
            continue
        s, e = _token_around(text, d.start(), d.end())
        covered = e
        if _CLITIC_BEFORE_DIGITS.match(text, s):
            s += 1
        if s >= e or (s > 0 and text[s - 1] in "£$€") or text[e : e + 1] == "%":
            continue
        tok = text[s:e]
        p = _PREFIX_BEFORE_RE.search(text, max(0, s - 8), s)
        if p and _bare_ok(text[p.start() : e]):
            if tok.isdecimal() and (more := _MORE_DIGITS_RE.match(text, e)):
                e = covered = more.end()  # "REP 7734 120": the value goes on in a group of digits
            yield Span(p.start(), e, REFERENCE, 0.8, "reference-shaped token")
            continue
        if _bare_ok(tok):
            yield Span(s, e, REFERENCE, 0.75, "reference-shaped token")
        elif (
            "/" in tok
            and _SLASHED_NUMBER_RE.fullmatch(tok)
            and max(sum(ch.isdigit() for ch in part) for part in tok.split("/")) >= 5
        ):
            # "01/224785/24": a police or court number (a date has no group of five digits)
            yield Span(s, e, REFERENCE, 0.7, "numbers joined by slashes")
        elif p and tok.isdecimal() and len(tok) >= 5 and not _is_year(tok) and text[e : e + 1] not in "%£$€":
            # "CV 30418", "HMO 20441": capital letters and a number of five digits or more
            yield Span(p.start(), e, REFERENCE, 0.7, "letters and a long number")
        elif (
            p
            and tok.isdecimal()
            and (more := _SPACED_GROUPS_RE.match(text, e)) is not None
            and more.end() > e
            and (sum(ch.isdecimal() for ch in text[s : more.end()]) >= 5)
        ):
            # "PVH 204 771", "ECH 7720 41": capital letters and digit groups read as one value
            covered = more.end()
            yield Span(p.start(), more.end(), REFERENCE, 0.7, "letters and digit groups")
        else:
            if tok.isdecimal():
                more = _MORE_DIGITS_RE.match(text, e)  # "943 476 5919"
                if more:
                    e = covered = more.end()
                    tok = text[s:e]
            low_prefix = None if p else _LOWER_PREFIX_BEFORE_RE.search(text, max(0, s - 7), s)
            if low_prefix and low_prefix.group(1) in _LABELS | _FILLERS | _NOT_BETWEEN:
                low_prefix = None
            tail = _LETTER_TAIL_RE.match(text, e) if p else None
            if tail and tail.group(1).lower() in _NOT_TAIL:
                tail = None
            # "CVX 240 ELD 01": letters, a short number and letters again make one value
            if (_value_ok(tok) or (tail and tok.isdecimal() and len(tok) >= 2)) and (
                _label_before(text, (p or low_prefix).start() if (p or low_prefix) else s)
                or _listed_after(text, last_value_end, s)
            ):
                # keep a letter prefix that belongs to the value ("TN 44812", "hmo 2024 0193")
                if tail:
                    e = covered = tail.end()  # and a letter group after it: "PXH 0027 FH"
                last_value_end = e
                begin = p.start() if p else (low_prefix.start() if low_prefix else s)
                yield Span(begin, e, REFERENCE, 0.85, "value after a reference label")
            elif (
                tok.isdecimal()
                and len(tok) >= 7
                and not tok.startswith(("0", "\u0660", "\u06f0", "\u09e6", "\u0a66"))
            ):
                # a long bare number in a story is an account or case number, not a count
                yield Span(s, e, REFERENCE, 0.5, "long bare number")


def find(text: str, language: str) -> Iterator[Span]:
    """Reference values, labelled or reference-shaped, in any language."""
    if not text:
        return
    yield from _scan(text)
