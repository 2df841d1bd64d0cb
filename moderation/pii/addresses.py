"""Street addresses and named buildings, blocks and estates.

Marked: a house or flat number with its street as one span ("Flat 9, 61 Mill
Road"), a street or named block/estate that locates the writer ("Kestrel
Way", "Cobalt House", "the Brunswick estate"), Welsh street and building
words before their name, also mutated ("Heol y Brenin", "Nhŷ Gwyn"), and the
same in Arabic, Urdu, Bengali and Punjabi text, where the flat word, digits
or street word may be native ("شقة ٤", "ফ্ল্যাট ৪", "ਫਲੈਟ", "روڈ", "রোড").
Towns, cities and boroughs are not marked.

The English rule anchors on a street-type word and walks back over the
capitalised name words and an optional house number, so it is linear and
does not need a gazetteer.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator

from . import landmarks
from .spans import ADDRESS, Span


def _rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile ``pattern`` in NFC, the form the texts arrive in (Bengali য়, Gurmukhi ਫ਼...)."""
    return re.compile(unicodedata.normalize("NFC", pattern), flags)


def _nfc_set(words: str) -> frozenset[str]:
    return frozenset(unicodedata.normalize("NFC", w.replace("_", " ")) for w in words.split())


def _alt(words: str | frozenset[str]) -> str:
    """Regex alternation, NFC, longest first, spaces matching any whitespace."""
    items = _nfc_set(words) if isinstance(words, str) else words
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(items, key=len, reverse=True))


# Street-type words that locate someone even without a house number.
_STRONG = _nfc_set(
    """road street avenue lane drive crescent close court place square terrace gardens grove way walk row mews
    heights house tower towers estate mansions buildings lodge parade rise wharf quay boulevard cottages villas
    croft chase circus block flats court foyer hostel lanes cottage farm farmhouse grange point moorings"""
)
# Street-type words that are also ordinary words or name parts: these need a
# house number, or a locating preposition ("on Ash Green").
_WEAK = _nfc_set(
    """hill park green view gate end side bank yard fields field vale dale mount path top brow fold garth lea
    meadow meadows orchard passage ridge mead reach wynd approach common hollow nook oval pastures precinct
    steps
    promenade strand village site quarter lofts works basin marina hall halls"""
)
# Abbreviations: only after a house number ("12 Mill Rd", not "St Anne", "Dr Khan").
_ABBREV = _nfc_set("rd st ave av ln dr cres ct pl sq tce terr gdns gr blvd pde cl wy")
_EN_TYPES = _STRONG | _WEAK | _ABBREV
_LATIN_WORD_RE = _rx(r"[A-Za-zÀ-ÖØ-öø-ɏ]+")
_SUFFIX_RE = _rx(r"[ \u00a0]+(?:North|South|East|West|Upper|Lower|Central|Road|Street|Lane)(?![\w'’-])")

# Capitalised words that cannot be part of a street name.
_NAME_STOP = _nfc_set(
    """i the a an my our your his her their its this that these those in on at of to from by for with and or but so
    if when while after before every each some any no not all we they he she it you me us them there here then now
    also just only dear hi hello yes one two three four five six seven eight nine ten mr mrs ms miss dr cllr sir
    madam ground first second third fourth fifth top same whole next last other another
    council housing city borough district association trust homes group ombudsman nhs
    right wrong best better worst easy hard proper fair good bad great little big long short fast slow true
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december christmas easter stage"""
)
# Name words that make "X Court/House/Tower..." an institution, not a home, when there is no number.
_INSTITUTION = _nfc_set(
    """high county crown supreme magistrates magistrates’ magistrates' family small claims royal appeal appeals
    coroner's coroners youth civil employment companies open public opera care full custom
    safe social community medical health sheltered supported private residential retirement temporary emergency
    town village whitehall downing local bank white"""
)
# Lower-case words after a number that make "N word way/walk/hill" a measure, not an address.
_LOWER_STOP = _nfc_set(
    """minute minutes min mins mile miles hour hours day days week weeks month months year years second seconds
    metre metres meter meters foot feet yard yards bed beds bedroom bedrooms bedded storey storeys story stories
    floor floors step steps times time people person of to and or in on at for with from by the a an
    my our this that was is are were be been it we they i you he she very more most less other new old big
    small long short steep uphill downhill whole entire separate different same full half quarter per
    council housing private social main busy quiet next back front nice lovely rough dodgy dark narrow wide
    little tiny huge nearby local whole same other another every each one two three our your their his her its
    new old this that these those some any no which what where car bus cycle ring slip side dead private
    industrial trading business retail country real housing council estate"""
)
# Words before a weak-type name that show it is a place someone is.
_LOCATIVE = _nfc_set(
    """on at in off near from of opposite behind along by to into onto around past przy na w we z ze koło obok pod
    pe la în din lângă de spre yn ar o i ger ym yng the y yr في من على قرب عند میں پر کے ਵਿੱਚ ਤੇ
    بلاک بلاك بلوک بلوك عمارة مبنى بناية بلڈنگ ব্লক বিল্ডিং ਬਲਾਕ ਬਿਲਡਿੰਗ مجمع مجمّع المجمع فندق ہوٹل হোটেল ਹੋਟਲ"""
)

_FLAT_WORDS = _alt(
    """flat apartment apt apt. unit room maisonette fflat fflatiau mieszkanie mieszkania mieszkaniu lokal lokalu
    apartament apartamentul apartamentului ap. شقة الشقة شقتي شقه فلیٹ فلیٹ_نمبر اپارٹمنٹ ফ্ল্যাট ফ্ল্যাটে
    ফ্ল্যাট_নং ফ্ল্যাট_নম্বর অ্যাপার্টমেন্ট ਫਲੈਟ ਫ਼ਲੈਟ ਅਪਾਰਟਮੈਂਟ"""
)
_NUMBER = r"\d{1,4}[A-Za-z]?(?:[-–/]\d{1,4}[A-Za-z]?)?"
_FLAT_BEFORE_RE = _rx(
    rf"(?:(?<![\w])(?:{_FLAT_WORDS})[ \u00a0]*(?:no\.?|nr\.?|number|رقم|نمبر|নং|নম্বর|ਨੰਬਰ)?[ \u00a0]*(?:{_NUMBER}[ \u00a0]*[,،]?[ \u00a0]*)?)$",
    re.IGNORECASE,
)
# A hyphen joins Latin words ("Smith-Jones") but not a Bengali case ending ("Tower-এর").
_TOKEN_RE = _rx(
    r"(?:St|Mt)\.|[^\W\d_][\w'’\u064b-\u065f\u0670]*(?:-(?=[A-Za-zÀ-ÖØ-öø-ɏ])[\w'’]*)*|\d+[A-Za-z]?(?:[-–/]\d+[A-Za-z]?)?|\S"
)
_NUMBER_TOKEN_RE = _rx(rf"{_NUMBER}$")
_ARABIC_MARKS = _rx("[\u064b-\u065f\u0670]")  # "مجمّع" is "مجمع" with a shadda
# A script's word for "in / at / on" right after a Latin place name.
_SCRIPT_LOCATIVE_AFTER_RE = _rx(
    r"(?:-?(?:এ|তে|য়|এর)|[ \u00a0]+(?:ਵਿੱਚ|ਵਿਚ|ਤੇ|'ਤੇ|ਦੀ|ਦੇ|ਸਾਈਟ|میں|پر|کی|کے|সাইটে|সাইটের|এ|তে|في|فى))"
    r"(?![\w\u0980-\u09ff\u0a00-\u0a7f\u0600-\u06ff])"
)


_CONNECTORS = frozenset("y yr upon on de la le".split())


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _flat_start(text: str, pos: int) -> int:
    """Start of a "Flat 9, " prefix ending at ``pos``, or ``pos``."""
    m = _FLAT_BEFORE_RE.search(text, max(0, pos - 40), pos)
    return m.start() if m else pos


def _tokens_before(text: str, pos: int) -> list[re.Match[str]]:
    """Tokens of the stretch before ``pos`` back to the line/paragraph start."""
    lo = max(0, pos - 90)
    nl = text.rfind("\n", lo, pos)
    if nl != -1:
        lo = nl + 1
    return list(_TOKEN_RE.finditer(text, lo, pos))


def _english(text: str, ts: int, te: int, type_word: str, low: str) -> Iterator[Span]:
    """Walk back from a street-type word over its name words and house number."""
    kind = "abbrev" if low in _ABBREV else "weak" if low in _WEAK else "strong"
    if kind == "abbrev" and not _is_cap(type_word):
        return
    toks = _tokens_before(text, ts)
    names: list[re.Match[str]] = []
    i = len(toks) - 1
    while i >= 0 and len(names) < 3:
        w = toks[i].group()
        wl = w.lower()
        if not w[0].isalpha() or wl in _NAME_STOP:
            break
        if _is_cap(w):
            names.append(toks[i])
        elif wl in _CONNECTORS and names:
            names.append(toks[i])
        elif not _is_cap(type_word) and wl not in _LOWER_STOP:
            names.append(toks[i])
        else:
            break
        i -= 1
    while names and not _is_cap(names[-1].group()) and names[-1].group().lower() in _CONNECTORS:
        names.pop()
        i += 1
    # house number (optionally after a comma), or "12 The Crescent"
    j = i
    if (
        j >= 0
        and toks[j].group() in {"The", "the"}
        and j - 1 >= 0
        and _NUMBER_TOKEN_RE.match(toks[j - 1].group())
    ):
        names.append(toks[j])
        j -= 1
    if (
        j >= 0
        and toks[j].group() in {",", "،"}
        and j - 1 >= 0
        and _NUMBER_TOKEN_RE.match(toks[j - 1].group())
    ):
        j -= 1
    number = toks[j] if j >= 0 and _NUMBER_TOKEN_RE.match(toks[j].group()) else None
    if number is not None:
        before = text[max(0, number.start() - 1) : number.start()]
        if before in "£$€#" and before:
            number = None
    if not names:
        return
    all_lower = not any(_is_cap(n.group()) for n in names)
    if number is None:
        if kind == "abbrev":
            return
        prev = toks[j].group().lower() if j >= 0 else ""
        if prev in {"the", "y", "yr"} and j - 1 >= 0:
            prev = toks[j - 1].group().lower()
        located = _ARABIC_MARKS.sub("", unicodedata.normalize("NFC", prev)) in _LOCATIVE or bool(
            _SCRIPT_LOCATIVE_AFTER_RE.match(text, te)
        )  # "Cherry Tree Park-এ", "Seaview Holiday Park ਵਿੱਚ", "Larchwood Park میں"
        if not located and kind == "weak" and j >= 1:
            before = toks[j - 1].group().lower()
            # "Flat 3, Wren Court, Limefield Green": the next part of an address after a street word
            located = prev in {",", "،"} and (before in _STRONG or before in _WEAK)
            if not located and prev.isalpha() and prev.islower() and len(prev) >= 2:
                from . import names as name_lists

                # "do nowego Greenmoor Park", "lângă noul Ardwick Vale": an English place name
                # after a word of another language
                located = prev not in name_lists.common_english() and not name_lists.function_word(prev)
        if all_lower:
            # lower-case writing: "i live on the marsh lane estate" (a place, not "a busy road")
            if not located or kind != "strong" or len(names) > 2 or prev in {"of", "to", "from", "by", "the"}:
                return
        elif kind == "weak" and not located:
            return
    if number is None and any(
        n.group().lower() in _INSTITUTION
        # "Gorsey Bank Court": a street-type word inside a longer name is still a name
        and not (len(names) > 1 and n.group().lower() in _WEAK)
        for n in names
    ):
        return
    start = number.start() if number is not None else names[-1].start()
    start = _flat_start(text, start)
    sm = _SUFFIX_RE.match(text, te)
    end = sm.end() if sm and _is_cap(type_word) else te
    if text[end - 1 : end] == ".":
        end -= 1
    conf = 0.9 if number is not None else 0.7 if kind == "strong" else 0.55
    yield Span(start, end, ADDRESS, conf, "street or building name")


# --- Welsh: the type word comes first, and mutates after prepositions ------
_CY_STRONG = _nfc_set(
    """Heol Hewl Stryd Ffordd Lôn Rhodfa Teras Deras Nheras Cilgant Gilgant Nghilgant Clos Glos Nghlos Plas Blas
    Mhlas Llys Lys Ystad Tŷ Dŷ Nhŷ Thŷ Cwrt Gwrt Nghwrt Fflatiau Tŵr Dŵr Nhŵr Rhes"""
)
_CY_WEAK = _nfc_set(
    "Maes Faes Bryn Fryn Parc Barc Mharc Cae Gae Nghae Lon Ty Bloc Floc Res Pant Bant Allt Gallt Nant"
)
_CAP = r"[A-ZÀ-ÖØ-ÞŴŶ][\w'’-]*"
_CY_NAME_RE = _rx(
    rf"[ \u00a0]+(?:(?:y|yr|'r|ap|ar)[ \u00a0]+)?{_CAP}(?:[ \u00a0]+(?:(?:y|yr|'r|ap|ar|ac|a)[ \u00a0]+)?{_CAP}){{0,2}}"
)
_CY_LOCATIVE_RE = _rx(r"(?<![\w'’])(?:yn|ym|yng|ar|o|i|ger)[ \u00a0]+$", re.IGNORECASE)
_NUM_BEFORE_RE = _rx(rf"(?<![\w£$€#.,/-])({_NUMBER})[ \u00a0]*[,،]?[ \u00a0]+$")


def _welsh(text: str, ts: int, te: int, word: str) -> Iterator[Span]:
    """Welsh order: street word, then its name ("14 Heol y Brenin", "yn Nhŷ Gwyn")."""
    name = _CY_NAME_RE.match(text, te)
    if not name:
        return
    num = _NUM_BEFORE_RE.search(text, max(0, ts - 14), ts)
    if word in _CY_WEAK and not num and not _CY_LOCATIVE_RE.search(text, max(0, ts - 6), ts):
        return
    start = _flat_start(text, num.start()) if num else ts
    yield Span(start, name.end(), ADDRESS, 0.8, "Welsh street or building")


# --- Polish / Romanian street words before the name -----------------------
_PLRO_WORDS = _nfc_set(
    "ul ulica ulicy ulicę ulicą osiedle osiedlu os str strada străzii strazii bulevardul blocul aleea calea"
)
_PLRO_AFTER_RE = _rx(
    rf"\.?[ \u00a0]+{_CAP}(?:[ \u00a0]+{_CAP}){{0,2}}(?:[ \u00a0]+(?:nr\.?[ \u00a0]*)?{_NUMBER}(?![\w]))?"
)


def _plro(text: str, ts: int, te: int, word: str) -> Iterator[Span]:
    """Polish/Romanian order: "ul. Długa 5", "strada Mihai Eminescu nr. 3"."""
    if word.lower() in {"ul", "os", "str"} and text[te : te + 1] != ".":
        return
    m = _PLRO_AFTER_RE.match(text, te)
    if m:
        yield Span(ts, m.end(), ADDRESS, 0.7, "Polish/Romanian street word")


@functools.lru_cache(maxsize=512)
def _word_re(word: str) -> re.Pattern[str]:
    """Occurrences of one lower-case street word; the literal comes first so the scan is fast."""
    return re.compile(re.escape(word) + r"(?![A-Za-zÀ-ÖØ-öø-ɏ])")


_CY_LOWER = frozenset(w.lower() for w in _CY_STRONG | _CY_WEAK)
_ALL_LOWER = _EN_TYPES | _CY_LOWER | _PLRO_WORDS
# Length-preserving lower-casing (str.lower turns "İ" into two characters).
_LOWER_TABLE = {
    c: chr(c).lower() for c in range(0x250) if len(chr(c).lower()) == 1 and chr(c).lower() != chr(c)
}


def _lower(text: str) -> str:
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_LOWER_TABLE)


def _latin(text: str) -> Iterator[Span]:
    """Street-type words in Latin script, each dispatched to its language's rule.

    The distinct words are collected first (one C-level pass), so only the few
    street words present are located and examined.
    """
    n = len(text)
    low = _lower(text)
    present = set(_LATIN_WORD_RE.findall(low)) & _ALL_LOWER
    if not present:
        return
    hits = sorted((m.start(), m.end()) for w in present for m in _word_re(w).finditer(low))
    for ts, te in hits:
        if ts > 0 and (low[ts - 1].isalpha() or low[ts - 1].isdigit() or low[ts - 1] in "'’-_"):
            continue
        if te < n and (low[te] in "'’-_" and te + 1 < n and _LATIN_WORD_RE.match(low, te + 1)):
            continue  # "Tower-block" is another word, "Tower-এর" is Tower with a case ending
        w = text[ts:te]
        lw = low[ts:te]
        if lw in _EN_TYPES:
            yield from _english(text, ts, te, w, lw)
        if w in _CY_STRONG or w in _CY_WEAK:
            yield from _welsh(text, ts, te, w)
        if lw in _PLRO_WORDS:
            yield from _plro(text, ts, te, w)


# --- scripts other than Latin ----------------------------------------------
_NONLATIN_RE = _rx(r"[\u0600-\u06ff\u0980-\u09ff\u0a00-\u0a7f]")
_AR_STOP = _nfc_set("في من إلى الى على عن مع و ثم حيث التي الذي منذ كان كانت وفي")
_AR_TYPE_RE = _rx(r"(?<![\w\u064b-\u065f])(?:شارع|طريق|ممر|جادة)(?=[ \u00a0])")
_NAME_TOKEN_RE = _rx(r"[^\s،,.؛:!?()۔।]+")
# Street and building words written natively, after the name.
_NATIVE_TYPE_RE = _rx(
    "(?:"
    + _alt(
        """روڈ رود اسٹریٹ سٹریٹ ستريت سٹريٹ ہاؤس هاوس ہاوس ٹاور تاور کورٹ كورت اسٹیٹ ایونیو کریسنٹ ٹیرس گارڈنز واک
        রোড স্ট্রিট স্ট্রীট হাউস টাওয়ার কোর্ট এস্টেট এভিনিউ ক্রিসেন্ট টেরেস গার্ডেনস ওয়াক ক্লোজ লেন
        ਰੋਡ ਸਟ੍ਰੀਟ ਸਟਰੀਟ ਹਾਊਸ ਹਾਉਸ ਟਾਵਰ ਕੋਰਟ ਐਸਟੇਟ ਅਸਟੇਟ ਐਵੇਨਿਊ ਕ੍ਰੇਸੈਂਟ ਟੈਰੇਸ ਗਾਰਡਨਜ਼ ਵਾਕ ਲੇਨ"""
    )
    + ")(?:ে|এ|ের|টি)?(?![\\w\u0900-\u0aff\u064b-\u065f\u0670])"
)
_NATIVE_STOP = _nfc_set(
    """میں کے کی کا اور سے پر نے کو ہے ہوں في من على و আমি আমার এবং থেকে একটি আর থাকি ਮੈਂ ਮੇਰਾ ਅਤੇ ਦੇ ਦੀ ਦਾ ਵਿੱਚ ਨੂੰ ਤੋਂ"""
)
_FLAT_NATIVE_RE = _rx(
    rf"(?:شقة|الشقة|شقه|فلیٹ|ফ্ল্যাট|ਫਲੈਟ|ਫ਼ਲੈਟ)[ \u00a0]*(?:رقم|نمبر|নং|নম্বর|ਨੰਬਰ)?[ \u00a0]*{_NUMBER}(?![\w])"
)
_DIGIT_TOKEN_RE = _rx(rf"{_NUMBER}[,،]?$")


def _native(text: str) -> Iterator[Span]:
    """Native-script street words: walk back over up to three name words and a number."""
    for m in _NATIVE_TYPE_RE.finditer(text):
        ts = m.start()
        if ts > 0 and not text[ts - 1].isspace():
            continue
        toks = list(_NAME_TOKEN_RE.finditer(text, max(0, ts - 70), ts))
        names: list[re.Match[str]] = []
        i = len(toks) - 1
        while i >= 0 and len(names) < 3:
            w = toks[i].group()
            if w in _NATIVE_STOP or any(ch.isdigit() for ch in w):
                break
            if names and text[toks[i].end() : names[-1].start()].strip():
                break  # punctuation between words
            names.append(toks[i])
            i -= 1
        if not names:
            continue
        start = names[-1].start()
        if (
            i >= 0
            and _DIGIT_TOKEN_RE.match(toks[i].group())
            and not text[toks[i].end() : start].strip(" \u00a0,،")
        ):
            start = _flat_start(text, toks[i].start())
        elif len(names) > 2:
            start = names[1].start()
        yield Span(start, m.end(), ADDRESS, 0.7, "street or building word in native script")
    for m in _AR_TYPE_RE.finditer(text):
        toks = list(_NAME_TOKEN_RE.finditer(text, m.end(), min(len(text), m.end() + 50)))
        end = None
        for k, t in enumerate(toks[:2]):
            if t.group() in _AR_STOP or (k and text[toks[k - 1].end() : t.start()].strip()):
                break
            end = t.end()
        if end is None:
            continue
        num = _NUM_BEFORE_RE.search(text, max(0, m.start() - 14), m.start())
        start = _flat_start(text, num.start()) if num else m.start()
        yield Span(start, end, ADDRESS, 0.7, "Arabic street word")
    for m in _FLAT_NATIVE_RE.finditer(text):
        yield Span(m.start(), m.end(), ADDRESS, 0.5, "flat number")


# One-word street names with the type inside the word ("12 Kingsway", "4 Eastgate").
_COMPOUND_RE = _rx(
    r"\d\d?\d?\d?[A-Za-z]?,?[ \u00a0]+[A-Z][a-z]+(?:way|gate|side|field|fields|wood|croft|mead)(?![\w'’-])"
)


def _compound(text: str) -> Iterator[Span]:
    for m in _COMPOUND_RE.finditer(text):
        s = m.start()
        if s > 0 and (text[s - 1].isalnum() or text[s - 1] in "£$€#.,/-"):
            continue
        yield Span(_flat_start(text, s), m.end(), ADDRESS, 0.6, "number and one-word street")


def find(text: str, language: str) -> Iterator[Span]:
    """Addresses, streets and named buildings in ``text`` (any language)."""
    if not text:
        return
    found = list(_latin(text))
    found.extend(_compound(text))
    if _NONLATIN_RE.search(text):
        found.extend(_native(text))
    # version 2 of the marking: partial addresses and named places (schools, surgeries...);
    # one that overlaps a street address widens it ("the basement flat at 19 Alma Terrace")
    for extra in landmarks.find(text, language):
        for k, span in enumerate(found):
            if extra.start < span.end and span.start < extra.end:
                if extra.start < span.start or extra.end > span.end:
                    found[k] = Span(
                        min(span.start, extra.start),
                        max(span.end, extra.end),
                        ADDRESS,
                        span.confidence,
                        span.reason,
                    )
                break
        else:
            found.append(extra)
    yield from found
