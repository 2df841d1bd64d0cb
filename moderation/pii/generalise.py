"""Replacements an editor can accept for each finding, and dates worth generalising.

The detector says *what* is personal; this module proposes *what to write instead*, so that
an anonymised story still reads naturally, in its own language:

- people: a name after the role the sentence gives is dropped ("my son Tom" -> "my son"),
  a role in apposition takes the name's place ("Bob, the caretaker," -> "the caretaker"),
  and every other mention gets its person's label (moderation.pii.pseudonyms): their role,
  or the Ombudsman's house-style letter ("Resident B", "Mrs B"), one per person across all
  of a story's texts when given :func:`people_in`;
- places: the parts of an address and its postcode become one phrase ("at 12 Acacia Road,
  London E8 1AB" -> "on a street in London"), in the story's language;
- a name found inside a handle, email or web address takes the whole token;
- the same bracketed placeholder side by side ("phone or email") becomes one;
- dates become coarser ("14 March 2023" -> "early 2023", "on 14 March" -> "in spring"): an
  exact date can identify a resident when combined with a landlord's records.

Other kinds keep their bracketed English placeholders (the admin is English). Plain Python:
no Django imports.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from dataclasses import replace as dataclass_replace
from functools import lru_cache
from itertools import pairwise

from .detector import detect
from .pseudonyms import Mention, Person, assign, letter_label, taken_letters
from .spans import (
    ADDRESS,
    AGE,
    DATE_OF_BIRTH,
    DOUBT_CONFIDENCE,
    EMAIL,
    HEALTH,
    NI_NUMBER,
    ORGANISATION,
    OTHER_ID,
    OTHER_SPECIAL,
    PERSON,
    PHONE,
    POSTCODE,
    PRIORITY,
    REFERENCE,
    LazyPattern,
    Span,
)

__all__ = [
    "DATE",
    "PLACEHOLDERS",
    "DateSuggestion",
    "People",
    "Suggestion",
    "apply_replacements",
    "find_dates",
    "house_style_names",
    "people_in",
    "suggest_replacement",
    "suggestions",
    "token_span",
]

DATE = "DATE"  # the kind of a generalisable date in ``suggestions``; not a detector kind

PLACEHOLDERS: list[str] = [
    "[my neighbour]",
    "[my partner]",
    "[my son]",
    "[my daughter]",
    "[my child]",
    "[a family member]",
    "[a friend]",
    "[a housing officer]",
    "[a repairs operative]",
    "[a surveyor]",
    "[a contractor]",
    "[a complaints officer]",
    "[a councillor]",
    "[my MP]",
    "[a doctor]",
    "[a housing association]",
    "[the council]",
    "[my landlord]",
    "[a street in the area]",
    "[my home]",
    "[a town]",
    "[a date]",
    "[an age]",
    "[contact details removed]",
    "[postcode removed]",
    "[reference removed]",
    "[a health condition]",
    "[details removed]",
    "[removed]",
    "Resident A",
    "Resident B",
    "Mr A",
    "Ms B",
]


def _letters(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: enough letters for any number of people."""
    out = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        out = chr(ord("A") + rem) + out
    return out


def house_style_names(n: int) -> list[str]:
    """ "Resident A", "Resident B", ... ("Resident AA" after Z): the Ombudsman's style."""
    if n < 0:
        raise ValueError("n must not be negative")
    return [f"Resident {_letters(i)}" for i in range(n)]


# ------------------------------------------------------------------ people and roles

# Arabic-script letters that vary between writers, folded one-for-one (so offsets hold).
_FOLD = str.maketrans("يىكهأإٱ", "یییکہاا")


def _fold(text: str) -> str:
    return text.translate(_FOLD)


_EDGE_CHARS = "\"'“”‘’()[]«».,;:!?-–—،؛"


def _token(word: str) -> str:
    """A word as looked up in the tables: casefolded, NFC, Arabic letters folded, no "'s"."""
    word = word.strip(_EDGE_CHARS).casefold()
    for suffix in ("'s", "’s"):
        if word.endswith(suffix):
            word = word[: -len(suffix)]
    return unicodedata.normalize("NFC", _fold(word))


def _words(text: str) -> frozenset[str]:
    return frozenset(_token(w) for w in text.split())


# Words before a name that name the person's role. Any campaign language: stories mix them.
_ROLE_WORDS: dict[str, str] = {
    _token(word): placeholder
    for placeholder, group in {
        "[my neighbour]": "neighbour neighbours neighbor neighbors sąsiad sąsiada sąsiadem sąsiadka sąsiadki "
        "sąsiadką vecinul vecina vecin جار جاري جارتي جارة پڑوسی ہمسایہ ہمسائے প্রতিবেশী ਗੁਆਂਢੀ",
        "[my partner]": "partner husband wife boyfriend girlfriend fiance fiancé fiancee fiancée mąż męża mężem "
        "żona żony żoną partnerka soțul sotul soția sotia زوج زوجي زوجة زوجتي شوہر بیوی স্বামী স্ত্রী ਪਤੀ ਪਤਨੀ",
        "[my son]": "son sons stepson boy syn syna synem synowi fiul băiatul baiatul ابن ابني بیٹا بیٹے ছেলে ਪੁੱਤਰ ਪੁੱਤ",
        "[my daughter]": "daughter daughters stepdaughter girl córka córki córką córce fiica fata ابنة ابنتي بنتي "
        "بیٹی মেয়ে ਧੀ",
        "[my child]": "child children kid kids baby toddler dziecko copilul طفلي بچہ বাচ্চা ਬੱਚਾ",
        "[a family member]": "brother sister mum mother dad father stepdad stepmum nan gran grandad grandma "
        "grandson granddaughter nephew niece cousin uncle aunt auntie aunty brat brata siostra siostry wnuk "
        "wnuczka fratele sora mama tata bunica bunicul nepotul nepoata أخي أختي أمي أبي بھائی بہن امی "
        "ভাই বোন মা বাবা ਭਰਾ ਭੈਣ ਮਾਂ ਪਿਤਾ",
        "[a friend]": "friend friends mate kolega koleżanka przyjaciel przyjaciółka prietenul prietena صديقي "
        "صديقتي دوست বন্ধু ਦੋਸਤ",
        "[a housing officer]": "officer caseworker manager advisor adviser warden urzędnik urzędniczka pracownik "
        "pracownika kierownik ofițerul ofiterul managerul",
        "[a complaints officer]": "handler",
        "[a repairs operative]": "operative plumber electrician engineer technician workman repairman hydraulik",
        "[a surveyor]": "surveyor inspector",
        "[a contractor]": "contractor contractors builder builders",
        "[a councillor]": "councillor cllr radny radna consilierul",
        "[my MP]": "mp",
        "[a doctor]": "doctor gp lekarz lekarka doctorul medicul طبيب ڈاکٹر ডাক্তার ਡਾਕਟਰ",
        "[my landlord]": "landlord landlady właściciel właścicielka proprietarul",
    }.items()
    for word in group.split()
}
_ROLE_PAIRS: dict[str, str] = {
    "housing officer": "[a housing officer]",
    "housing manager": "[a housing officer]",
    "estate manager": "[a housing officer]",
    "neighbourhood officer": "[a housing officer]",
    "tenancy officer": "[a housing officer]",
    "case worker": "[a housing officer]",
    "support worker": "[a housing officer]",
    "complaints officer": "[a complaints officer]",
    "complaints handler": "[a complaints officer]",
    "complaints manager": "[a complaints officer]",
    "repairs operative": "[a repairs operative]",
    "letting agent": "[my landlord]",
}
# Titles stay in the text, so the name after one becomes a letter: "Mrs Patel" -> "Mrs A".
_TITLES = _words(
    """
    mr mrs ms miss mx dr sir dame lady lord prof professor rev cllr councillor
    pan pani domnul doamna dl dna السيد السيدة جناب مسٹر مسز জনাব শ্রী শ্রীমতী মিস্টার মিসেস
    ਸ੍ਰੀ ਸ੍ਰੀਮਤੀ ਸ਼੍ਰੀਮਤੀ ਮਿਸਟਰ ਮਿਸਿਜ਼
    """
)
_POSSESSIVE_AFTER = _words("meu mea mei mele nostru noastră noastra nostri noștri noastre")
_PUNCT_BEFORE = re.compile(r"[\s,:;(\-–—،]+$")


def _title_in(text: str) -> str | None:
    """The title a PERSON finding starts with, as written ("Mrs" in "Mrs Patel"), if any."""
    first, _, rest = text.partition(" ")
    return first if rest.strip() and _token(first) in _TITLES else None


def _person_context(context_before: str) -> str | None:
    """A role placeholder, "TITLE" for a title just before the name, or None."""
    tail = context_before.rstrip()
    if not tail:
        return None
    core = _PUNCT_BEFORE.sub("", tail)
    words = [w for w in (_token(t) for t in core.split()) if w]
    if not words:
        return None
    if core == tail and words[-1] in _TITLES:
        return "TITLE"
    while len(words) > 1 and words[-1] in _POSSESSIVE_AFTER:  # Romanian "soțul meu, Ion"
        words.pop()
    if len(words) >= 2 and f"{words[-2]} {words[-1]}" in _ROLE_PAIRS:
        return _ROLE_PAIRS[f"{words[-2]} {words[-1]}"]
    return _ROLE_WORDS.get(words[-1])


_COUNCIL = _words(
    "council borough district county corporation consiliul consiliu primăria primaria primărie urząd urzad "
    "rada gmina مجلس بلدية البلدية کونسل কাউন্সিল ਕੌਂਸਲ"
)
_TRADES = _words(
    "plumbing plumbers electrical electricians builders construction contractors contracting roofing "
    "scaffolding maintenance repairs heating glazing joinery decorators damp"
)
_HOUSING = _words(
    "housing homes home living trust association mieszkaniowa spółdzielnia spoldzielnia tbs locuințe locuinte "
    "ہاؤسنگ হাউজিং হোমস ਹਾਊਸਿੰਗ"
)
_COMPANY = _words("ltd limited services plc llp srl sp")


def _organisation(text: str) -> str:
    words = {_token(w) for w in re.split(r"[\s.,;:()&/\-]+", text)}
    if words & _COUNCIL:
        return "[the council]"
    if words & _TRADES:
        return "[a contractor]"
    if "city" in words:  # "City of Westminster"; after trades so "City Plumbing" stays a firm
        return "[the council]"
    if words & _HOUSING:
        return "[a housing association]"
    if words & _COMPANY:
        return "[a contractor]"
    return "[a housing association]"


_BY_KIND = {
    ADDRESS: "[a street in the area]",
    POSTCODE: "[postcode removed]",
    PHONE: "[contact details removed]",
    EMAIL: "[contact details removed]",
    NI_NUMBER: "[reference removed]",
    OTHER_ID: "[details removed]",
    REFERENCE: "[reference removed]",
    DATE_OF_BIRTH: "[a date]",
    AGE: "[an age]",
    HEALTH: "[a health condition]",
    OTHER_SPECIAL: "[details removed]",
}


def _person(text: str, context_before: str, letter: str = "A") -> str:
    title = _title_in(text)
    if title:
        return f"{title} {letter}"
    role = _person_context(context_before)
    if role == "TITLE":
        return letter
    return role or f"Resident {letter}"


def suggest_replacement(kind: str, text: str, *, context_before: str = "", language: str = "en") -> str:
    """A sensible default replacement for one finding; the editor may pick another.

    PERSON: the role named just before the name ("my son Tom" -> "[my son]"), else the
    house style: a bare letter after a title that stays in the text ("Mrs Patel" -> "Mrs A"),
    otherwise "Resident A". Role and title words of every campaign language are recognised,
    as stories mix languages, so ``language`` does not narrow them.
    """
    if kind == PERSON:
        return _person(text, context_before)
    if kind == ORGANISATION:
        return _organisation(text)
    return _BY_KIND.get(kind, "[removed]")


# ------------------------------------------------------------------ dates

# Nukta letters typed precomposed or decomposed (NFC keeps these decomposed).
_PRECOMPOSED = {
    "\u09af\u09bc": "\u09df",
    "\u09a1\u09bc": "\u09dc",
    "\u09a2\u09bc": "\u09dd",
    "\u0a38\u0a3c": "\u0a36",
    "\u0a2b\u0a3c": "\u0a5e",
    "\u0a16\u0a3c": "\u0a59",
    "\u0a17\u0a3c": "\u0a5a",
    "\u0a1c\u0a3c": "\u0a5b",
    "\u0a32\u0a3c": "\u0a33",
}


def _variants(word: str) -> set[str]:
    nfc = unicodedata.normalize("NFC", _fold(word.replace("_", " ")).lower())
    composed = nfc
    for pair, single in _PRECOMPOSED.items():
        composed = composed.replace(pair, single)
    return {nfc, composed}


# Month names in the campaign languages: English, Polish (nominative, genitive, locative,
# with and without diacritics), Romanian, Arabic (Egyptian, Maghrebi, Levantine), Urdu,
# Bengali, Punjabi. "_" joins two-word names.
_MONTH_WORDS = (
    "january jan styczeń styczen stycznia styczniu ianuarie يناير جانفي كانون_الثاني جنوری জানুয়ারি জানুয়ারী ਜਨਵਰੀ",
    "february feb luty lutego lutym februarie فبراير فيفري شباط فروری ফেব্রুয়ারি ফেব্রুয়ারী ਫ਼ਰਵਰੀ ਫਰਵਰੀ",
    "march mar marzec marca marcu martie مارس آذار مارچ মার্চ ਮਾਰਚ",
    "april apr kwiecień kwiecien kwietnia kwietniu aprilie أبريل إبريل أفريل نيسان اپریل এপ্রিল ਅਪ੍ਰੈਲ ਅਪਰੈਲ",
    "may maj maja maju mai مايو ماي أيار مئی মে ਮਈ",
    "june jun czerwiec czerwca czerwcu iunie يونيو يونيه جوان حزيران جون জুন ਜੂਨ",
    "july jul lipiec lipca lipcu iulie يوليو يوليه جويلية تموز جولائی জুলাই ਜੁਲਾਈ",
    "august aug sierpień sierpien sierpnia sierpniu أغسطس أوت آب اگست আগস্ট অগাস্ট আগষ্ট ਅਗਸਤ",
    "september sep sept wrzesień wrzesien września wrzesnia wrześniu wrzesniu septembrie سبتمبر أيلول ستمبر "
    "সেপ্টেম্বর ਸਤੰਬਰ",
    "october oct październik pazdziernik października pazdziernika październiku pazdzierniku octombrie "
    "أكتوبر تشرين_الأول اکتوبر অক্টোবর ਅਕਤੂਬਰ",
    "november nov listopad listopada listopadzie noiembrie نوفمبر تشرين_الثاني نومبر নভেম্বর ਨਵੰਬਰ",
    "december dec grudzień grudzien grudnia grudniu decembrie ديسمبر كانون_الأول دسمبر ডিসেম্বর ਦਸੰਬਰ",
)
_MONTHS: dict[str, int] = {
    v: n for n, words in enumerate(_MONTH_WORDS, 1) for w in words.split() for v in _variants(w)
}
_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_ENGLISH = frozenset(_MONTH_WORDS[i].split()[0] for i in range(12)) | _ABBREVIATIONS
_ROMAN = {r: n for n, r in enumerate("I II III IV V VI VII VIII IX X XI XII".split(), 1)}
_WEEKDAYS = (
    "monday tuesday wednesday thursday friday saturday sunday "
    "poniedziałek poniedzialek wtorek środa środę sroda srode czwartek piątek piatek sobota sobotę sobote "
    "niedziela niedzielę niedziele luni marți marţi marti miercuri joi vineri sâmbătă sâmbăta sambata "
    "duminică duminica الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد پیر منگل بدھ جمعرات "
    "جمعہ ہفتہ اتوار সোমবার মঙ্গলবার বুধবার বৃহস্পতিবার শুক্রবার শনিবার রবিবার ਸੋਮਵਾਰ ਮੰਗਲਵਾਰ ਬੁੱਧਵਾਰ "
    "ਵੀਰਵਾਰ ਸ਼ੁੱਕਰਵਾਰ ਸ਼ਨੀਵਾਰ ਐਤਵਾਰ"
)


def _alternation(words: set[str], abbreviations: frozenset[str] = frozenset()) -> str:
    parts = []
    for word in sorted(words, key=len, reverse=True):
        part = r"\s+".join(re.escape(w) for w in word.split())
        parts.append(part + r"\.?" if word in abbreviations else part)
    return "|".join(parts)


# "Word" characters, including the vowel signs of Arabic, Bengali and Gurmukhi script.
_W = r"\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0980-\u09ff\u0a00-\u0a7f\u200c\u200d"
_B = rf"(?<![{_W}£$€.,:/])"
_E = rf"(?![{_W}])"
_MONTH = _alternation(set(_MONTHS), _ABBREVIATIONS)
_EN_MONTH = _alternation({v for v in _MONTHS if v in _ENGLISH}, _ABBREVIATIONS)
_WEEKDAY = (
    rf"(?:(?P<wd>{_alternation({v for w in _WEEKDAYS.split() for v in _variants(w)})})[,،]?\s+(?:the\s+)?)?"
)
_DAY = r"(?P<d>\d{1,2})(?P<ord>st|nd|rd|th|ই|লা|রা|ঠা|শে)?"
_YEAR = r"(?P<y>\d{4})(?:\s?[مء]|r\.?)?"  # 2023م (Arabic), 2023ء (Urdu), 2023r. (Polish)
_NUM_B = rf"(?<![{_W}.,:/£$€+\-])"
_NUM_E = rf"(?![{_W}])(?![./\-:]\d)"
_BN_YEAR_WORD = r"(?:সালের|সালে|ਸਾਲ|سال)"

_PATTERNS: tuple[LazyPattern, ...] = tuple(
    LazyPattern(p, re.IGNORECASE)
    for p in (
        # Monday 14 March 2023 / 14th of March, 2023 / 1-14 March / 14 marca / ১৪ই মার্চ ২০২৩
        rf"{_B}{_WEEKDAY}(?:\d{{1,2}}(?:st|nd|rd|th)?\s*[-–]\s*)?{_DAY}\.?\s+(?:of\s+)?(?P<m>{_MONTH})"
        rf"(?:[,،]?\s+{_YEAR})?{_E}",
        # March 14, 2023 / Monday, March 14th (English order only)
        rf"{_B}{_WEEKDAY}(?P<m>{_EN_MONTH})\s+(?:the\s+)?{_DAY}(?:,?\s+{_YEAR})?{_E}",
        # March 2023 / marca 2023 / মার্চ ২০২৩
        rf"{_B}(?P<m>{_MONTH})[,،]?\s+{_YEAR}{_E}",
        # ২০২৩ সালের ১৪ মার্চ (Bengali, year first) / ২০২৩ সালের মার্চ
        rf"{_B}(?P<y>\d{{4}})(?:\s*{_BN_YEAR_WORD})?\s+{_DAY}\s+(?P<m>{_MONTH}){_E}",
        rf"{_B}(?P<y>\d{{4}})\s*{_BN_YEAR_WORD}\s+(?P<m>{_MONTH}){_E}",
        # 14/03/2023, 14.03.2023, 14-03-2023, 14/03/23
        rf"{_NUM_B}(?P<d>\d{{1,2}})(?P<sep>[./\-])(?P<m>\d{{1,2}})(?P=sep)(?P<y>\d{{4}}|\d{{2}})(?:r\.?|[مء])?{_NUM_E}",
        # 2023-03-14, 2023/03/14 (and 2023-03-14T10:00)
        rf"{_NUM_B}(?P<y>\d{{4}})(?P<sep>[./\-])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})(?:(?=T\d)|{_NUM_E})",
    )
) + (
    # 14 III 2023, 14.III.2023 (Polish Roman-numeral months); case-sensitive
    LazyPattern(
        rf"{_NUM_B}(?P<d>\d{{1,2}})(?:\.\s*|\s+)(?P<m>XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?:\.\s*|\s+){_YEAR}{_E}"
    ),
)
_VERSION_BEFORE = re.compile(
    r"(?:\bversion|\bver\.?|\bv|\brelease|\bbuild|\bwersja|\bversiunea)\s*$", re.IGNORECASE
)
_STREET_AFTER = re.compile(
    r"\s+(?:road|rd|street|st|avenue|ave|lane|close|court|crescent|drive|gardens|grove|house|place|square|"
    r"terrace|way|walk|estate|tower|building|ulica|strada)\b",
    re.IGNORECASE,
)
_ON_BEFORE = re.compile(r"(?<![\w])(?:on|by|until|till|since|from|before|after)\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class _Style:
    """How one language says "early/mid/late {y}" and the seasons, and which words go with them.

    ``adverbial`` replaces a swallowed preposition ("on 14 March" -> "in spring"); ``bare``
    follows a preposition that stays ("since 14 March" -> "since spring"); ``default`` is
    for a date with neither (adverbial unless given). Each holds early, mid, late, winter,
    spring, summer, autumn.
    """

    adverbial: tuple[str, ...]
    bare: tuple[str, ...]
    swallow_before: tuple[str, ...] = ()
    keep_before: tuple[str, ...] = ()
    swallow_after: tuple[str, ...] = ()  # postpositions; "-X" is glued to the date
    keep_after: tuple[str, ...] = ()
    default: tuple[str, ...] = ()


_STYLES: dict[str, _Style] = {
    "en": _Style(
        ("in early {y}", "in mid-{y}", "in late {y}", "in winter", "in spring", "in summer", "in autumn"),
        ("early {y}", "mid-{y}", "late {y}", "winter", "spring", "summer", "autumn"),
        swallow_before=("on", "in"),
        keep_before=(
            "since",
            "by",
            "until",
            "till",
            "from",
            "before",
            "after",
            "around",
            "to",
            "between",
            "and",
            "during",
            "through",
            "throughout",
        ),
        # "14 March 2023 was awful" -> "Early 2023 was awful"; "On Tuesday, March 14th we met" -> "In spring"
        default=("early {y}", "mid-{y}", "late {y}", "in winter", "in spring", "in summer", "in autumn"),
    ),
    "pl": _Style(
        ("na początku {y}", "w połowie {y}", "pod koniec {y}", "zimą", "wiosną", "latem", "jesienią"),
        ("początku {y}", "połowy {y}", "końca {y}", "zimy", "wiosny", "lata", "jesieni"),  # genitive
        swallow_before=("w dniu", "dnia", "w", "we"),
        keep_before=("od", "do", "z", "ze", "około", "okolo", "koło", "kolo", "sprzed"),
    ),
    "ro": _Style(
        (
            "la începutul lui {y}",
            "la mijlocul lui {y}",
            "la sfârșitul lui {y}",
            "iarna",
            "primăvara",
            "vara",
            "toamna",
        ),
        (
            "începutul lui {y}",
            "mijlocul lui {y}",
            "sfârșitul lui {y}",
            "iarnă",
            "primăvară",
            "vară",
            "toamnă",
        ),
        swallow_before=("în data de", "in data de", "la data de", "pe data de", "data de", "pe", "în", "in"),
        keep_before=("din", "de la", "până la", "pana la", "înainte de", "inainte de", "după", "dupa"),
    ),
    "ar": _Style(
        ("في أوائل {y}", "في منتصف {y}", "في أواخر {y}", "في الشتاء", "في الربيع", "في الصيف", "في الخريف"),
        ("أوائل {y}", "منتصف {y}", "أواخر {y}", "الشتاء", "الربيع", "الصيف", "الخريف"),
        swallow_before=("في يوم", "في تاريخ", "بتاريخ", "يوم", "في شهر", "شهر", "في"),
        keep_before=("منذ", "حتى", "قبل", "بعد", "من", "إلى", "لغاية", "حوالي"),
    ),
    "ur": _Style(
        (
            "{y} کے شروع میں",
            "{y} کے وسط میں",
            "{y} کے آخر میں",
            "سردیوں میں",
            "بہار میں",
            "گرمیوں میں",
            "خزاں میں",
        ),
        ("{y} کے شروع", "{y} کے وسط", "{y} کے آخر", "سردیوں", "بہار", "گرمیوں", "خزاں"),
        swallow_after=("کو", "میں"),
        keep_after=("سے", "تک"),
    ),
    "bn": _Style(
        ("{y}-এর শুরুতে", "{y}-এর মাঝামাঝি", "{y}-এর শেষের দিকে", "শীতকালে", "বসন্তকালে", "গ্রীষ্মকালে", "শরৎকালে"),
        ("{y}-এর শুরু", "{y}-এর মাঝামাঝি", "{y}-এর শেষ", "শীতকাল", "বসন্তকাল", "গ্রীষ্মকাল", "শরৎকাল"),
        swallow_after=("তারিখে", "তারিখ", "সালে", "মাসে", "-এ"),
        keep_after=("থেকে", "পর্যন্ত", "অবধি"),
    ),
    "pa": _Style(
        (
            "{y} ਦੇ ਸ਼ੁਰੂ ਵਿੱਚ",
            "{y} ਦੇ ਅੱਧ ਵਿੱਚ",
            "{y} ਦੇ ਅੰਤ ਵਿੱਚ",
            "ਸਰਦੀਆਂ ਵਿੱਚ",
            "ਬਸੰਤ ਵਿੱਚ",
            "ਗਰਮੀਆਂ ਵਿੱਚ",
            "ਪਤਝੜ ਵਿੱਚ",
        ),
        ("{y} ਦੇ ਸ਼ੁਰੂ", "{y} ਦੇ ਅੱਧ", "{y} ਦੇ ਅੰਤ", "ਸਰਦੀਆਂ", "ਬਸੰਤ", "ਗਰਮੀਆਂ", "ਪਤਝੜ"),
        swallow_after=("ਨੂੰ", "ਵਿੱਚ", "ਵਿਚ"),
        keep_after=("ਤੋਂ", "ਤੱਕ", "ਤਕ"),
    ),
}


def _before(words: tuple[str, ...]) -> LazyPattern | None:
    if not words:
        return None
    return LazyPattern(rf"(?<![{_W}])(?:{_alternation({_fold(w) for w in words})})\s+$", re.IGNORECASE)


def _after(words: tuple[str, ...]) -> LazyPattern | None:
    if not words:
        return None
    glued = _alternation({w[1:] for w in words if w.startswith("-")})
    spaced = _alternation({_fold(w) for w in words if not w.startswith("-")})
    parts = [f"\\s+(?:{spaced})"] + ([f"-?(?:{glued})"] if glued else [])
    return LazyPattern(rf"(?:{'|'.join(parts)})(?![{_W}])", re.IGNORECASE)


_ABSORB = {"en": _before(("the",))}  # "the 14th of March": part of the date, no change of form
_RULES = {
    lang: (_before(s.swallow_before), _before(s.keep_before), _after(s.swallow_after), _after(s.keep_after))
    for lang, s in _STYLES.items()
}


@dataclass(frozen=True)
class DateSuggestion:
    """A specific date at [start, end) and the coarser phrase proposed in its place.

    The span may include a preposition the phrase replaces ("on 14 March" -> "in spring")
    or a postposition (Urdu "14 مارچ کو"), so the sentence stays grammatical.
    """

    start: int
    end: int
    text: str
    suggestion: str


def _language(language: str | None) -> str:
    return (language or "en").strip().lower().split("-")[0].split("_")[0] or "en"


def _valid(day: int | None, month: int, year: int | None) -> bool:
    if not 1 <= month <= 12 or (year is not None and not 1900 <= year <= 2100):
        return False
    return day is None or 1 <= day <= calendar.monthrange(year or 2000, month)[1]


def _digits_like(number: int, sample: str) -> str:
    """``number`` written in the digits of ``sample`` (Bengali, Arabic-Indic, ...)."""
    zero = ord(sample) - unicodedata.digit(sample)
    return "".join(chr(zero + int(c)) for c in str(number))


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    day: int | None
    month: int
    year: int | None
    year_text: str


def _candidates(folded: str) -> list[_Found]:
    found = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(folded):
            groups = m.groupdict()
            raw_month = groups["m"]
            month = int(raw_month) if raw_month.isdigit() else None
            if month is None:
                key = unicodedata.normalize("NFC", re.sub(r"\s+", " ", raw_month.rstrip(".")).lower())
                month = _ROMAN.get(raw_month) or _MONTHS.get(key, 0)
            day = int(groups["d"]) if groups.get("d") else None
            year_text = groups.get("y") or ""
            year = int(year_text) if year_text else None
            if groups.get("sep"):  # numeric dates
                if _VERSION_BEFORE.search(folded, max(0, m.start() - 12), m.start()):
                    continue
                if len(year_text) == 2:
                    if groups["sep"] != "/":
                        continue
                    year = 2000 + year if year <= 50 else 1900 + year
            elif year is None and (
                _STREET_AFTER.match(folded, m.end())  # "14 May Road"
                or (
                    raw_month.rstrip(".").lower() in _ENGLISH
                    and m.group(0).lower().startswith(raw_month.lower())
                    and not (
                        groups.get("ord")
                        or groups.get("wd")
                        or _ON_BEFORE.search(folded, max(0, m.start() - 12), m.start())
                    )
                )  # "in May 14 people came"
            ):
                continue
            found.append(_Found(m.start(), m.end(), day, month or 0, year, year_text))
    return found


def _phrase(forms: tuple[str, ...], found: _Found) -> str:
    if found.year is None:
        return forms[3 + (found.month % 12) // 3]  # Dec-Feb winter, Mar-May spring, ...
    year = found.year_text if len(found.year_text) == 4 else _digits_like(found.year, found.year_text[0])
    return forms[(found.month - 1) // 4].format(y=year)  # Jan-Apr early, May-Aug mid, Sep-Dec late


def _at_sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\u00a0\"'“‘(")
    return not before or before[-1] in ".!?\n"


def find_dates(text: str, language: str = "en") -> list[DateSuggestion]:
    """Specific dates in ``text`` with a coarser phrase in the story's language.

    With a year: early (Jan-Apr), mid (May-Aug) or late (Sep-Dec) that year; a day and
    month without a year: the season. A bare year is left alone, and so are impossible
    dates (31/02), years outside 1900-2100, times, money and version numbers. Numeric dates
    are read day first, as written in the UK.
    """
    lang = _language(language)
    style = _STYLES.get(lang, _STYLES["en"])
    swallow_b, keep_b, swallow_a, keep_a = _RULES.get(lang, _RULES["en"])
    absorb = _ABSORB.get(lang)
    folded = _fold(text)

    chosen: list[_Found] = []
    for found in sorted(_candidates(folded), key=lambda f: (f.start, -f.end)):
        if not chosen or found.start >= chosen[-1].end:
            chosen.append(found)

    out = []
    for found in chosen:
        if not _valid(found.day, found.month, found.year):
            continue
        start, end, forms = found.start, found.end, style.default or style.adverbial
        window = max(0, start - 40)
        if absorb and (m := absorb.search(folded, window, start)):
            start = m.start()
        if swallow_b and not (keep_b and keep_b.search(folded, window, start)):
            if m := swallow_b.search(folded, window, start):
                start, forms = m.start(), style.adverbial
        if swallow_a and not (keep_a and keep_a.match(folded, end)):
            if m := swallow_a.match(folded, end):
                end, forms = m.end(), style.adverbial
        # a preposition that stays, before or after ("since", "od dnia", "سے"), takes the bare form
        if (keep_b and keep_b.search(folded, window, start)) or (keep_a and keep_a.match(folded, end)):
            forms = style.bare
        phrase = _phrase(forms, found)
        if _at_sentence_start(text, start):
            phrase = phrase[:1].upper() + phrase[1:]
        out.append(DateSuggestion(start, end, text[start:end], phrase))
    return out


# ------------------------------------------------------------------ everything together


@dataclass(frozen=True)
class Suggestion:
    """One finding (a detector span, or kind DATE) with its proposed replacement.

    [start, end) may be wider than the detector's span: it takes in the title before a name,
    the whole handle or email a name was found in, the role in apposition ("Bob, the
    caretaker,"), or the neighbouring findings of one address, so that the replacement
    reads as part of the sentence.
    """

    start: int
    end: int
    kind: str
    text: str
    replacement: str
    # found only because no word list knows the word: an editor looks before redacting it
    doubtful: bool = False


@lru_cache(maxsize=128)
def _detect(text: str, language: str) -> tuple[Span, ...]:
    return tuple(detect(text, language))


# -- whole tokens: a name inside a handle, email or web address takes the whole token

_LEAD = "\"'“‘«(["
_TRAIL = ".,;:!?\"'”’»)]"


def _token_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    s, e = start, end
    while s > 0 and not text[s - 1].isspace():
        s -= 1
    while e < len(text) and not text[e].isspace():
        e += 1
    while s < start and text[s] in _LEAD:
        s += 1
    while e > end and text[e - 1] in _TRAIL:
        e -= 1
    return s, e


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_" or unicodedata.category(char).startswith("M")


def _special(token: str) -> bool:
    return "@" in token or "_" in token or "://" in token or token.lower().startswith("www.")


def token_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where a replacement of ``text[start:end]`` must go so that it never cuts a token.

    The same span where it starts and ends at word edges ("Ellis's" takes "Ellis"); the
    whole token inside a handle, email or web address ("@maggie_ellis_e9"); None inside an
    ordinary word ("Ann" in "Annual"). Text in other scripts may carry a case ending glued
    to the name (Bengali "রহিমের"), so there the span stands as it is.
    """
    s, e = _token_bounds(text, start, end)
    if (s, e) == (start, end):
        return start, end
    if _special(text[s:e]):
        return s, e
    before_ok = start == 0 or not _is_word(text[start - 1]) or not _is_word(text[start])
    after_ok = end == len(text) or not _is_word(text[end]) or not _is_word(text[end - 1])
    if before_ok and after_ok or not text[start:end].isascii():
        return start, end
    return None


def _whole_token(text: str, span: Span) -> Span:
    """The span widened to its whole token when it sits inside a handle, email, web address
    or a longer Latin word ("@maggie_e9" is replaced whole, never "@Resident A_e9")."""
    s, e = _token_bounds(text, span.start, span.end)
    if (s, e) == (span.start, span.end):
        return span
    token = text[s:e]
    glued = any(
        0 <= i < len(text) and text[i].isascii() and (text[i].isalnum() or text[i] in "_@")
        for i in (span.start - 1, span.end)
        if s <= i < e
    )
    if not (glued or _special(token)):
        return span
    kind = span.kind
    if token.startswith("@") or "://" in token or token.lower().startswith("www."):
        kind = OTHER_ID
    elif "@" in token:
        kind = EMAIL
    return Span(s, e, kind, span.confidence, span.reason)


def _merge_overlaps(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for span in sorted(spans, key=lambda x: (x.start, -x.end)):
        if out and span.start < out[-1].end:
            last = out[-1]
            kind = min((last.kind, span.kind), key=lambda k: PRIORITY.get(k, 99))
            out[-1] = Span(last.start, max(last.end, span.end), kind, last.confidence, last.reason)
        else:
            out.append(span)
    return out


# -- people: roles from the sentence, titles, one label per person

_DETERMINERS = _words(
    """
    the a an my our his her their your its this that
    mój moja moje mojego mojej moim mojemu moją moi moich nasz nasza nasze naszego naszej naszym
    naszemu naszą nasi naszych twój twoja jego jej ich
    میرا میری میرے ہمارا ہماری ہمارے আমার আমাদের ওর তার ਮੇਰਾ ਮੇਰੀ ਮੇਰੇ ਸਾਡਾ ਸਾਡੀ ਸਾਡੇ
    """
)
_MODIFIERS = _words(
    """
    housing repairs repair complaints estate support case tenancy neighbourhood letting social
    eldest youngest oldest little older younger elder new local next-door downstairs upstairs own
    """
)
_EXTRA_ROLES = _words(
    """
    caretaker caretakers concierge receptionist cleaner director ceo executive solicitor lawyer
    nurse agent worker officer operative plumber roofer decorator carpenter joiner gasman
    sister-in-law brother-in-law mother-in-law father-in-law son-in-law daughter-in-law
    stepson stepdaughter grandson granddaughter flatmate lodger carer
    """
)
_ROLES = frozenset(_ROLE_WORDS) | _EXTRA_ROLES
_HEADS_OF = _words("head director manager chief lead")
_SENTENCE_END = tuple(".!?;۔।")
_CONJUNCTIONS = _words("and or i lub albo oraz și si sau و أو یا اور ও বা ਅਤੇ ਜਾਂ")
_GAP_BEFORE = re.compile(
    r"(?:[\s,:(–—-]*\s(?:called|named|known\s+as|o\s+imieniu|pe\s+nume|numit|numită)\s*|[\s,:(–—-]+)$",
    re.IGNORECASE,
)


def _role_core_end(tokens: list[tuple[int, int, str]]) -> int | None:
    """The index where the role at the end of ``tokens`` starts ("head of housing", "soțul meu")."""
    words = [_token(t[2]) for t in tokens]
    n = len(words)
    if n >= 3 and words[-2] == "of" and words[-3] in _HEADS_OF:
        return n - 3
    if n >= 2 and words[-1] in _POSSESSIVE_AFTER and words[-2] in _ROLES:
        return n - 2
    if n >= 1 and words[-1] in _ROLES:
        return n - 1
    return None


def _role_phrase(tokens: list[tuple[int, int, str]], core: int) -> int:
    """The index the role's phrase starts at: its modifiers and determiner ("the housing
    officer", "the landlord's head of housing", "moja córka")."""
    i = core
    for _ in range(4):
        if i == 0:
            break
        raw = tokens[i - 1][2]
        word = _token(raw)
        if raw.endswith(_SENTENCE_END) or raw.endswith((",", ":")):
            break
        if word in _DETERMINERS:
            return i - 1
        if raw.endswith(("'s", "’s")) or word in _MODIFIERS:
            i -= 1
            continue
        break
    return i


def _lower_determiner(phrase: str) -> str:
    first, _, rest = phrase.partition(" ")
    if rest and _token(first) in _DETERMINERS and first[:1].isupper():
        return first[:1].lower() + first[1:] + " " + rest
    return phrase


def _role_before(text: str, start: int) -> tuple[int, str] | None:
    """(where the role ends, the role phrase) when a role is written just before a name."""
    offset = max(0, start - 120)
    head = text[offset:start]
    gap = _GAP_BEFORE.search(head)
    if gap is None or gap.start() == 0:
        return None
    tokens = [
        (m.start() + offset, m.end() + offset, m.group()) for m in re.finditer(r"\S+", head[: gap.start()])
    ]
    if not tokens or tokens[-1][2].endswith(_SENTENCE_END):
        return None
    core = _role_core_end(tokens)
    if core is None:
        return None
    first = _role_phrase(tokens, core)
    role_end = tokens[-1][1]
    return role_end, _lower_determiner(text[tokens[first][0] : role_end].rstrip(",:"))


_APPOSITIVE = re.compile(r"\s*([,(])\s*([^,()\n.;!?]{1,60}?)\s*(?:([,)])|(?=[.;!?\n]|$))")


def _role_after(text: str, end: int) -> tuple[int, str] | None:
    """(where the apposition ends, the role phrase) for "Bob, the caretaker," or "Tom (my son)"."""
    m = _APPOSITIVE.match(text, end)
    if m is None:
        return None
    opener, phrase, closer = m.group(1), m.group(2), m.group(3)
    if opener == "(" and closer != ")" or opener == "," and closer == ")":
        return None
    tokens = [(0, 0, w) for w in phrase.split()]
    words = [_token(t[2]) for t in tokens]
    if not 1 <= len(words) <= 6 or set(words) & _CONJUNCTIONS:
        return None
    if words[0] not in _DETERMINERS and words[0] not in _ROLES:
        return None
    has_role = any(w in _ROLES for w in words) or any(
        words[i] in _HEADS_OF and words[i + 1] == "of" for i in range(len(words) - 1)
    )
    if not has_role:
        return None
    return m.end(), _lower_determiner(phrase.strip())


@dataclass(frozen=True)
class _Named:
    """A PERSON finding read in its sentence: the span to replace and how."""

    start: int
    end: int
    name: str
    title: str  # as written, or ""
    role: str  # the role the sentence gives, or ""
    mode: str  # "drop" (a role is written before it), "apposition" or "label"


def _read_person(text: str, span: Span) -> _Named:
    start, end = span.start, span.end
    name = text[start:end]
    title = _title_in(name) or ""
    if title:
        name = name[len(title) :].strip()
    else:
        before = re.search(r"(\S+)(\s+)$", text[max(0, start - 30) : start])
        if before and _token(before.group(1)) in _TITLES and not before.group(1).endswith(_SENTENCE_END[1:]):
            title = before.group(1)
            start -= len(before.group(0))
    if found := _role_before(text, start):
        role_end, role = found
        end_ = end
        gap = text[role_end:start]
        if ("," in gap or "(" in gap) and text[end : end + 1] in ",)":
            end_ += 1
        return _Named(role_end, end_, name, title, role, "drop")
    if found := _role_after(text, end):
        after_end, role = found
        return _Named(start, after_end, name, title, role, "apposition")
    return _Named(start, end, name, title, "", "label")


def _at_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\u00a0\"'“‘(")
    return not before or before[-1] in ".!?\n۔।"


def _capitalise(text: str, start: int, replacement: str) -> str:
    if replacement[:1].islower() and _at_start(text, start):
        return replacement[:1].upper() + replacement[1:]
    return replacement


class People:
    """Who is who across a story's texts: one :class:`pseudonyms.Person` per person.

    Build it with :func:`people_in` over every text of a story (title, summary, quote, story,
    translation) and pass it to :func:`suggestions` for each, so that a person keeps one
    label everywhere and the storyteller keeps their own.
    """

    def __init__(self, found: dict[tuple[str, int, int], Person]) -> None:
        self.found = found

    def person(self, field: str, named: _Named) -> Person | None:
        return self.found.get((field, named.start, named.end))


def _person_spans(text: str, spans: list[Span]) -> dict[Span, _Named]:
    """Each PERSON span read in its sentence; a widened span that would take in another
    finding ("Bob, the caretaker of Acacia Court,") keeps to the name."""
    out = {}
    for span in spans:
        if span.kind != PERSON:
            continue
        named = _read_person(text, span)
        if any(o is not span and o.start < named.end and named.start < o.end for o in spans):
            named = _Named(span.start, span.end, text[span.start : span.end], "", "", "label")
        out[span] = named
    return out


def people_in(
    texts: dict[str, str], languages: dict[str, str] | str = "en", *, storyteller: str = ""
) -> People:
    """Group the people named in all of ``texts`` (field -> text, in reading order).

    ``languages`` is one language for all, or one per field; ``storyteller`` is the name on
    the submission, whose mentions get letter A and no one else's. Letters already written
    in the texts (findings accepted earlier) are not given to anyone new.
    """
    mentions = []
    for field, text in texts.items():
        language = languages if isinstance(languages, str) else languages.get(field, "en")
        text = text or ""
        for named in _person_spans(text, _spans(text, language)).values():
            key = (field, named.start, named.end)
            mentions.append(Mention(key, named.name, named.title, named.role, _language(language)))
    return People(assign(mentions, storyteller=storyteller, taken=taken_letters(list(texts.values()))))


def _person_replacement(text: str, named: _Named, person: Person | None, language: str) -> str:
    if named.mode == "drop":
        return ""
    if named.mode == "apposition":
        return _capitalise(text, named.start, named.role)
    if person is None:
        return letter_label("A", language)
    if person.role and not person.storyteller:
        lang = _language(language)
        if lang not in person.role_in and person.role_language != lang:
            # A role from the original in its translation: the English placeholder's words.
            head = _token(person.role.split()[-1]) if person.role.split() else ""
            placeholder = _ROLE_WORDS.get(head) or _ROLE_WORDS.get(_token(person.role.split()[0]), "")
            if lang == "en" and placeholder:
                return _capitalise(text, named.start, placeholder.strip("[]"))
            return _letter_or_title(text, named, person, language)
        return _capitalise(text, named.start, person.label(language))
    return _letter_or_title(text, named, person, language)


def _letter_or_title(text: str, named: _Named, person: Person, language: str) -> str:
    if named.title and _language(language) == "en":
        label = f"{named.title} {person.letter or 'A'}"  # "Mrs A", the Ombudsman's style
    else:
        # Elsewhere a title with a letter ("pani A", "السيدة أ") reads as a name again to the
        # detector, so the title goes with the name (it is in the span) and the letter stays.
        label = letter_label(person.letter or "A", language)
    if label.endswith(".") and text[named.end : named.end + 1] == ".":
        label = label[:-1]  # "B." at the end of a sentence
    return label


# -- places: the findings of one address become one phrase

_LOCATION = frozenset({ADDRESS, POSTCODE})
_STREETISH = re.compile(
    r"\d|\b(?:road|rd|street|st|avenue|ave|lane|close|court|crescent|drive|gardens|grove|house|place|"
    r"square|terrace|way|walk|estate|tower|flats?|building|ul|ulica|ulicy|ulicą|aleja|al|os|osiedle|"
    r"strada|str|bulevardul|bd|calea|aleea|شارع|روڈ|سٹریٹ|গলি|রোড|স্ট্রিট|ਰੋਡ|ਗਲੀ|ਸਟ੍ਰੀਟ)\b",
    re.IGNORECASE,
)
# "12 Acacia Road, Hackney, London E8 1AB": the last place named before the postcode is the town.
_TOWN_GAP = re.compile(
    r"^(?:[\s,]*[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?){0,2}?[\s,]*(?P<town>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)[\s,]*$"
)
_PLAIN_GAP = re.compile(r"^[\s,]*$")
# After a preposition, bare; and the area rather than a street. English swaps its preposition.
_PLACES: dict[str, tuple[str, str, str, str, str]] = {
    # (after a preposition, bare, area after a preposition, area bare, prepositions)
    "pl": (
        "naszej ulicy",
        "nasza ulica",
        "naszej okolicy",
        "nasza okolica",
        "w we na przy z ze od do koło obok",
    ),
    "ro": ("strada noastră", "strada noastră", "zona noastră", "zona noastră", "pe în in la din"),
    "ar": ("شارعنا", "شارعنا", "منطقتنا", "منطقتنا", "في"),
    "ur": ("ہماری گلی", "ہماری گلی", "ہمارا علاقہ", "ہمارا علاقہ", ""),
    "bn": ("আমাদের রাস্তা", "আমাদের রাস্তা", "আমাদের এলাকা", "আমাদের এলাকা", ""),
    "pa": ("ਸਾਡੀ ਗਲੀ", "ਸਾਡੀ ਗਲੀ", "ਸਾਡਾ ਇਲਾਕਾ", "ਸਾਡਾ ਇਲਾਕਾ", ""),
}
_EN_PREPOSITION = re.compile(r"(?<!\S)(?:at|on|in)\s+$", re.IGNORECASE)


def _place(text: str, start: int, end: int, language: str, town: str) -> tuple[int, str]:
    """(new start, phrase) for an address: "at 12 Acacia Road, London E8 1AB" becomes
    "on a street in London"; "in Hackney" becomes "in the area"; Polish "przy ul. Długiej 5"
    becomes "przy naszej ulicy"."""
    street = bool(_STREETISH.search(text[start:end]))
    lang = _language(language)
    if lang in _PLACES:
        after_prep, bare, area_prep, area_bare, preps = _PLACES[lang]
        before = re.search(r"(\S+)\s+$", text[max(0, start - 20) : start])
        prep = bool(before and preps and _token(before.group(1)) in _words(preps))
        phrase = (after_prep if prep else bare) if street else (area_prep if prep else area_bare)
        return start, _capitalise(text, start, phrase)
    area = town or "the area"
    if not street:
        return start, _capitalise(text, start, area if town else "the area")
    # "flat at 3 Rye Court" (the detector took the home in) or a merged span that took "at" in
    if m := re.match(
        r"((?:flat|house|home|maisonette|bungalow|room)\s+)?(?:at|on|in)\s", text[start:end], re.I
    ):
        start += len(m.group(1) or "")
        return start, _capitalise(text, start, f"on a street in {area}")
    if m := _EN_PREPOSITION.search(text, max(0, start - 6), start):
        return m.start(), _capitalise(text, m.start(), f"on a street in {area}")
    return start, _capitalise(text, start, f"a street in {area}")


def _drop_postcode(text: str, start: int) -> int | None:
    """Where a postcode written after its town starts being dropped ("London E8 1AB" -> "London")."""
    m = re.search(r"[^\W\d_][\w.'’-]*(,?\s+)$", text[max(0, start - 40) : start])
    if m and m.group(0)[:1].isupper():
        return start - len(m.group(1))
    return None


_SAME_GAP = re.compile(
    r"^[\s,/&]*(?:(?:and|or|i|lub|albo|oraz|și|si|sau|و|أو|یا|اور|ও|বা|ਅਤੇ|ਜਾਂ)[\s,]*)?$", re.IGNORECASE
)


def _merge_neighbours(text: str, found: list[Suggestion], language: str) -> list[Suggestion]:
    """Adjacent findings become one: an address's parts and its postcode one place phrase, and
    findings with the same bracketed placeholder ("phone or email") one placeholder."""
    out: list[Suggestion] = []
    for s in found:
        if out:
            last = out[-1]
            gap = text[last.end : s.start]
            if last.kind in _LOCATION and s.kind in _LOCATION and last.end <= s.start:
                town = _TOWN_GAP.match(gap) if _language(language) == "en" else None
                if _PLAIN_GAP.match(gap) or town:
                    town_name = town.group("town") if town else ""
                    merged = _located(text, last.start, s.end, language, town_name, ADDRESS)
                    out[-1] = merged
                    continue
            if (
                s.kind != DATE
                and last.kind != DATE
                and s.replacement == last.replacement
                and s.replacement.startswith("[")
                and _SAME_GAP.match(gap)
            ):
                out[-1] = Suggestion(last.start, s.end, last.kind, text[last.start : s.end], last.replacement)
                continue
        out.append(s)
    return out


def _located(text: str, start: int, end: int, language: str, town: str, kind: str) -> Suggestion:
    if kind == POSTCODE:
        drop = _drop_postcode(text, start)
        if drop is not None:
            return Suggestion(drop, end, POSTCODE, text[drop:end], "")
        return Suggestion(start, end, POSTCODE, text[start:end], _BY_KIND[POSTCODE])
    new_start, phrase = _place(text, start, end, language, town)
    return Suggestion(new_start, end, ADDRESS, text[new_start:end], phrase)


_AGE_APPOSITION = re.compile(r",\s?(\d{1,3}|[\u0660-\u0669\u06f0-\u06f9\u09e6-\u09ef\u0a66-\u0a6f]{1,3}),")


def _spans(text: str, language: str) -> list[Span]:
    return _merge_overlaps([_whole_token(text, s) for s in _detect(text, language)])


def suggestions(
    text: str, language: str = "en", *, people: People | None = None, field: str = ""
) -> list[Suggestion]:
    """Every finding in ``text`` with a default replacement, sorted by start.

    A name after its role is dropped ("my son Tom" -> "my son"), a name with a role in
    apposition becomes the role ("Bob, the caretaker," -> "the caretaker"); other names get
    their person's label: their role from elsewhere, or the house-style letter, the same
    throughout (and across texts, given ``people`` from :func:`people_in` and this text's
    ``field``). The parts of an address merge into one phrase; dates get their
    generalisation (kind DATE) unless they overlap a detector finding, which wins.
    """
    language = language or "en"
    spans = _spans(text, language)
    if people is None:
        field = ""
        people = people_in({field: text}, language)
    named_spans = _person_spans(text, spans)
    out = []
    for span in spans:
        found = text[span.start : span.end]
        if span.kind == PERSON:
            named = named_spans[span]
            replacement = _person_replacement(text, named, people.person(field, named), language)
            out.append(Suggestion(named.start, named.end, PERSON, text[named.start : named.end], replacement))
        elif span.kind in _LOCATION:
            out.append(_located(text, span.start, span.end, language, "", span.kind))
        elif (
            span.kind == AGE
            and (m := _AGE_APPOSITION.match(text, max(0, span.start - 2)))
            and m.start(1) == span.start
            and m.end(1) == span.end
        ):
            out.append(
                Suggestion(m.start(), m.end(), AGE, m.group(0), "")
            )  # "my son, 7, has" -> "my son has"
        else:
            context = text[max(0, span.start - 40) : span.start]
            replacement = suggest_replacement(span.kind, found, context_before=context, language=language)
            out.append(Suggestion(span.start, span.end, span.kind, found, replacement))
    out = _without_overlaps(sorted(out, key=lambda s: (s.start, s.end)), text)
    for date in find_dates(text, language):
        if not any(s.start < date.end and date.start < s.end for s in out):
            out.append(Suggestion(date.start, date.end, DATE, date.text, date.suggestion))
    out.sort(key=lambda s: (s.start, s.end))
    merged = _merge_neighbours(text, out, language)
    sure = [(s.start, s.end) for s in _detect(text, language) if s.confidence > DOUBT_CONFIDENCE]
    return [
        s
        if s.kind == DATE or any(a < s.end and s.start < b for a, b in sure)
        else dataclass_replace(s, doubtful=True)
        for s in merged
    ]


def _without_overlaps(found: list[Suggestion], text: str) -> list[Suggestion]:
    """Widened spans that still overlap become one, so nothing is left half replaced."""
    out: list[Suggestion] = []
    for s in found:
        if out and s.start < out[-1].end:
            last = out[-1]
            end = max(last.end, s.end)
            out[-1] = Suggestion(last.start, end, last.kind, text[last.start : end], last.replacement)
            continue
        out.append(s)
    return out


def apply_replacements(text: str, replacements: list[tuple[int, int, str]]) -> str:
    """``text`` with each (start, end, replacement) applied; offsets refer to the original.

    Edits are applied right to left so earlier offsets stay valid. Overlapping edits (or two
    at the same start, whose order would be ambiguous) and out-of-range offsets raise
    ValueError rather than producing a half-anonymised story.
    """
    edits = sorted(replacements, key=lambda r: (r[0], r[1]))
    for start, end, _ in edits:
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"replacement ({start}, {end}) is outside the text (length {len(text)})")
    for (start_a, end_a, _), (start_b, end_b, _) in pairwise(edits):
        if start_b < end_a or start_b == start_a:
            raise ValueError(f"replacements ({start_a}, {end_a}) and ({start_b}, {end_b}) overlap")
    for start, end, replacement in reversed(edits):
        text = text[:start] + replacement + text[end:]
    return text
