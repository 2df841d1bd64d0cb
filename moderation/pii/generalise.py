"""Replacements an editor can accept for each finding, and dates worth generalising.

The detector says *what* is personal; this module proposes *what to write instead*, so that
an anonymised story still reads naturally: role placeholders ("[my neighbour]"), the Housing
Ombudsman's house style ("Resident A", "Mrs A") and coarser dates ("14 March 2023" becomes
"early 2023", "on 14 March" becomes "in spring"). An exact date can identify a resident when
combined with a landlord's records; the season or third of the year rarely can.

Placeholders are English (the admin is English); generalised dates are written in the
story's language, keeping the digits the story used. Plain Python: no Django imports.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from itertools import pairwise

from .detector import detect
from .spans import (
    ADDRESS,
    AGE,
    DATE_OF_BIRTH,
    EMAIL,
    HEALTH,
    NI_NUMBER,
    ORGANISATION,
    OTHER_ID,
    OTHER_SPECIAL,
    PERSON,
    PHONE,
    POSTCODE,
    REFERENCE,
)

__all__ = [
    "DATE",
    "PLACEHOLDERS",
    "DateSuggestion",
    "Suggestion",
    "apply_replacements",
    "find_dates",
    "house_style_names",
    "suggest_replacement",
    "suggestions",
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

_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
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
    re.compile(
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


def _before(words: tuple[str, ...]) -> re.Pattern[str] | None:
    if not words:
        return None
    return re.compile(rf"(?<![{_W}])(?:{_alternation({_fold(w) for w in words})})\s+$", re.IGNORECASE)


def _after(words: tuple[str, ...]) -> re.Pattern[str] | None:
    if not words:
        return None
    glued = _alternation({w[1:] for w in words if w.startswith("-")})
    spaced = _alternation({_fold(w) for w in words if not w.startswith("-")})
    parts = [f"\\s+(?:{spaced})"] + ([f"-?(?:{glued})"] if glued else [])
    return re.compile(rf"(?:{'|'.join(parts)})(?![{_W}])", re.IGNORECASE)


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
    """One finding (a detector span, or kind DATE) with its proposed replacement."""

    start: int
    end: int
    kind: str
    text: str
    replacement: str


def _name_key(name: str) -> frozenset[str]:
    words = [_token(w) for w in name.split()]
    return frozenset(w for w in words if w and w not in _TITLES)


class _People:
    """Gives each person one replacement throughout a story: the role they were first
    introduced with ("my neighbour Dave" ... "Dave said" -> "[my neighbour]" both times), or
    the next house-style letter, so two residents never share "Resident A"."""

    def __init__(self) -> None:
        self.known: list[tuple[frozenset[str], dict[str, str]]] = []

    def _entry(self, key: frozenset[str]) -> dict[str, str]:
        for known, entry in self.known:
            if key and (key <= known or known <= key):
                return entry
        entry: dict[str, str] = {}
        self.known.append((key, entry))
        return entry

    def _letter(self, entry: dict[str, str]) -> str:
        if "letter" not in entry:
            entry["letter"] = _letters(sum("letter" in e for _, e in self.known))
        return entry["letter"]

    def replace(self, name: str, context_before: str) -> str:
        entry = self._entry(_name_key(name))
        role = _person_context(context_before)
        if _title_in(name) or role == "TITLE":
            return _person(name, context_before, self._letter(entry))
        if role:
            entry.setdefault("role", role)
            return role
        return entry.get("role") or f"Resident {self._letter(entry)}"


def suggestions(text: str, language: str = "en") -> list[Suggestion]:
    """Every finding in ``text`` with a default replacement, sorted by start.

    Detector findings get ``suggest_replacement`` (with the same person given the same
    placeholder or letter throughout); dates get their generalisation (kind DATE) unless
    they overlap a detector finding, which wins.
    """
    spans = detect(text, language)
    people = _People()
    out = []
    for span in spans:
        found = text[span.start : span.end]
        context = text[max(0, span.start - 40) : span.start]
        if span.kind == PERSON:
            replacement = people.replace(found, context)
        else:
            replacement = suggest_replacement(span.kind, found, context_before=context, language=language)
        out.append(Suggestion(span.start, span.end, span.kind, found, replacement))
    for date in find_dates(text, language):
        if not any(s.start < date.end and date.start < s.end for s in spans):
            out.append(Suggestion(date.start, date.end, DATE, date.text, date.suggestion))
    return sorted(out, key=lambda s: (s.start, s.end))


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
