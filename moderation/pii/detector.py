"""Run every recogniser over a text and merge what they find.

Each recogniser module has ``find(text, language) -> Iterable[Span]`` and knows one
family of findings. ``detect`` trims whitespace and punctuation from span edges,
merges overlapping or touching findings of compatible kinds, and returns spans
sorted and non-overlapping. Missing something is far worse than flagging too
much, so merging always keeps the union.
"""

from __future__ import annotations

import functools
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator

from . import (
    addresses,
    ages,
    contact,
    doubt,
    identifiers,
    minutes,
    names,
    organisations,
    references,
    said_aloud,
    scripts,
    speakers,
    special,
    spoken,
    tables,
    worded_dates,
    worded_homes,
)
from .spans import (
    ADDRESS,
    AGE,
    ANY_DIGIT,
    DATE_OF_BIRTH,
    DOUBT_CONFIDENCE,
    EMAIL,
    NI_NUMBER,
    OTHER_ID,
    PERSON,
    PHONE,
    POSTCODE,
    PRIORITY,
    REFERENCE,
    LazyPattern,
    Span,
)

logger = logging.getLogger(__name__)

Recogniser = Callable[[str, str], Iterable[Span]]

RECOGNISERS: tuple[Recogniser, ...] = (
    contact.find,
    spoken.find,
    identifiers.find,
    references.find,
    addresses.find,
    ages.find,
    names.find,
    scripts.find,
    organisations.find,
    special.find,
    speakers.find,
    worded_homes.find,
    worded_dates.find,
    minutes.find,
    said_aloud.find,
    tables.find,
)

# Text read by OCR from a scanned letter: O for 0 and l or I for 1 inside numbers ("07700 9OO 384",
# "SEl5 4QH", "QQ 4O 27 61 B"). The structured recognisers look again at a copy with those letters
# read as digits wherever they touch a digit; one letter for one digit keeps every offset.
# (the cheap tests: a digit beside O, o, l or I; capitals with l, I or O where a postcode's digits go)
_OCR_CONFUSABLE = LazyPattern(r"[0-9][OolI]|[OolI][0-9]")
_OCR_IN_WORD = LazyPattern(r"[A-Za-z][01][A-Za-z]| 0[A-Za-z]")
_OCR_TOKEN = LazyPattern(r"[A-Za-z0-9]*[0-9][A-Za-z0-9]*")
_OCR_DIGIT = {"O": "0", "o": "0", "l": "1", "I": "1"}
_OCR_RECOGNISERS = (contact.find, identifiers.find, references.find, addresses.find, ages.find)


# A postcode's digits read as letters with no digit beside them: "BSll 0RT", "PEl 3QS", "LU1 lHE".
_OCR_POSTCODE = LazyPattern(
    r"(?<![\w])[A-Z]{1,2}([0-9lIO]{1,2})[A-Z]?[ \u00a0]?([0-9lIO])[ABD-HJLNP-UW-Z]{2}(?![\w])"
)
# Letters read as digits inside a name: "K. Fenw1ck", "Sarah Th0mpson", "M. 0sei".
_OCR_NAME_TOKEN = LazyPattern(r"(?<![\w])[A-Za-z]*[01][A-Za-z]+(?![\w])|(?<![\w])[A-Za-z]+[01](?![\w])")
_OCR_LETTER = {"0": "o", "1": "l"}


def _ocr_letters(text: str) -> str:
    """A copy with a 0 or 1 inside a word of letters read as the letter (o, l; O, I in capitals)."""
    out = list(text)
    for m in _OCR_NAME_TOKEN.finditer(text):
        word = m.group()
        if sum(c.isdigit() for c in word) != 1 or len(word) < 4:
            continue
        for i in range(m.start(), m.end()):
            if out[i] in _OCR_LETTER:
                upper = word.isupper() or (i == m.start() and i + 1 < m.end() and text[i + 1].islower())
                out[i] = {"0": "O", "1": "I"}[out[i]] if upper and word.isupper() else _OCR_LETTER[out[i]]
                if i == m.start() and not word.isupper():
                    out[i] = out[i].upper()  # "0sei": Osei
    return "".join(out)


def _ocr_digits(text: str) -> str:
    out = list(text)
    for m in _OCR_POSTCODE.finditer(text):
        if re.fullmatch(r"[A-Z]{2}\d{2}[ \u00a0]?[A-Z]{3}", m.group()):
            continue  # "WN17 ODX": a number plate already, not a postcode misread
        for g in (1, 2):
            for i in range(m.start(g), m.end(g)):
                out[i] = _OCR_DIGIT.get(out[i], out[i])
    for m in _OCR_TOKEN.finditer(text):
        if m.end() - m.start() > 14:
            continue
        for _ in range(2):  # "9OO": the second O touches the first once it is a digit
            for i in range(m.start(), m.end()):
                if out[i] in _OCR_DIGIT and (
                    (i > m.start() and out[i - 1].isdigit()) or (i + 1 < m.end() and out[i + 1].isdigit())
                ):
                    out[i] = _OCR_DIGIT[out[i]]
    return "".join(out)


_EDGE = " \t\r\n.,;:!?\"'()[]{}«»“”‘’„،؛۔।"
_ANY_DIGIT = ANY_DIGIT
# a word character of any of the scripts, with their combining marks
_W = r"\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0980-\u09ff\u0a00-\u0a7f\u200c\u200d"


# "tyler is 9", "Mark, 45,", "Sam's 7": a bare number right after a name found by
# any recogniser is that person's age. Lower-case stories need the name first, so
# this runs on the names the recognisers found. Durations, times and money are not.
_AGE_AFTER_NAME = LazyPattern(
    r"(?:'s|’s|'re|’re|\s+is|\s+are|\s+was|\s+were|\s+who\s+is|\s+who's|\s+turned|,)\s+"
    r"(?:now\s+|only\s+|just\s+|nearly\s+|almost\s+|both\s+)?"
    r"(\d{1,3}(?:\s*(?:years?|yrs?|months?)(?:\s+old)?)?)"
    r"(?![\d:.,/%£$]\d|[\d%]|[^\W\d_]|\s*(?:hours?|hrs?|minutes?|mins?|days?|weeks?|times?|am\b|pm\b|a\.m|p\.m|percent|per\b"
    r"|miles?|metres?|meters?|feet|foot|ft\b|floors?|storeys?|o'clock|quid|pounds?|grand|k\b|st\b|nd\b|rd\b|th\b))",
    re.IGNORECASE,
)


# In any language: "Bianca, de 11 ani,", "Denis (7 ani)", "Ola (6 lat)", "Sam (7)".
_AGE_BESIDE_NAME = LazyPattern(
    r"\s*(?:\)\s*)?(?:[,،]\s*(?:de\s+|aged\s+|lat\s+)?|\(\s*)"
    r"(\d{1,3}(?:\s*(?:de\s+)?(?:ani|an|anișori|lat|lata|latka|rok|roku|years?|yrs?|y/o|months?|luni|miesięcy|miesiące|mis|oed)"
    r"(?:\s+(?:și|şi|si)\s+(?:jumătate|jumatate))?)?)"
    r"\s*(?=[,);،؛۔।]|\.(?:\s|$))",
    re.IGNORECASE,
)


# "he's 67, not dead", "she is 9", "they are 6" (twins): a bare number after he, she or they
# is their age (English).
_AGE_AFTER_PRONOUN = LazyPattern(r"(?<![\w-])(?:he|she|they)" + _AGE_AFTER_NAME.pattern, re.IGNORECASE)
# A sign-off by one letter: "Thanks G – any worries", "... He is. – K)".
_SIGNOFF_LETTER = LazyPattern(
    r"(?:(?<![\w])(?:thanks|thank you|cheers|love|regards|best|ta|x+),?[ \u00a0]+([A-Z])(?=[ \u00a0]*(?:[–—-]|[.,!)]|$))"
    r"|[–—][ \u00a0]*([A-Z])\)?[ \u00a0]*$)",
    re.IGNORECASE,
)


# Polish diminutives no list holds ("Wojtuś", "Marysia", "Staś"): a capitalised word with a
# hypocoristic ending that is not an everyday Polish word or a place.
_PL_DIMINUTIVE = LazyPattern(
    r"(?<![\w'’-])([A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]{1,10}(?:uś|usia|usi|usię|usią|usiem|usiowi|unia|uni|unię|unią"
    r"|unio|ulek|ulka|ulki|eńka|eńki|ysia|ysi|yś|sia|siu|sią|zia|ziu|zią|cia|ciu|cią|ś|siek|śka|śkiem|siu))(?![\w])"
)


# "Bartek Lis", "pani Wiesławy Kot": Polish surnames are often everyday words (fox, cat,
# wolf); a capitalised word right after a found first name is the surname.
_CAPITAL_AFTER = LazyPattern(r"[ \u00a0]([A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]{1,20})(?![\w'’-])")


def _polish_surnames(text: str, spans: list[Span]) -> list[Span]:
    lists = names._lists()
    found = []
    for span in spans:
        if span.kind != PERSON or " " in text[span.start : span.end]:
            continue
        m = _CAPITAL_AFTER.match(text, span.end)
        if m and m.group(1).lower() not in lists["places"] and m.group(1).lower() not in _PL_NOT_SURNAMES:
            found.append(Span(m.start(1), m.end(1), PERSON, 0.5, "a surname after a first name"))
    return found


# Capitalised words that follow a name without being its surname.
_PL_NOT_SURNAMES = frozenset(
    """i a w z na do od że ale bo oraz też jest był była mówi powiedział powiedziała napisał napisała
    pisze dziękuję dzięki proszę""".split()
)


def _polish_diminutives(text: str, spans: list[Span]) -> list[Span]:
    lists = names._lists()
    taken = [(s.start, s.end) for s in spans]
    found = []
    for m in _PL_DIMINUTIVE.finditer(text):
        low = m.group(1).lower()
        # endings that everyday words share too ("Coś", "Dziś", "Ulica"): those words only
        # when no word list knows them; the others ("Wojtuś", "Grzesiek") are names anyway
        shared = low.endswith(("ś", "sia", "cia", "zia", "siu", "ciu", "ziu")) and not low.endswith(
            ("uś", "yś")
        )
        common = low in lists.get("pl", frozenset()) and low not in lists["pets"]
        if low in lists["places"] or (shared and common):
            continue
        if not any(a < m.end(1) and m.start(1) < b for a, b in taken):
            found.append(Span(m.start(1), m.end(1), PERSON, 0.5, "a Polish diminutive"))
    return found


_LATIN_WORD = LazyPattern(r"(?<![\w'’-])[^\W\d_]{3,}(?![\w'’-])")


# A word's start inside a sentence: a letter, a comma or a dash before it and a space.
_INSIDE_SENTENCE = LazyPattern(r"[^\W\d_,;–-][ \u00a0]$|[,;–-][ \u00a0]$")


def _inflected_names_again(text: str, spans: list[Span]) -> list[Span]:
    """Polish and Romanian names change their endings: a found "kuba" is "kube" and "Kubą" later,
    "grzesiek" is "grzeska", "Gemma" "Gemmy", "Ionuț" "Ionuțului". A word that shares all but the
    last letters of a found name (and no word list knows) is that name again."""
    stems: dict[str, int] = {}
    for span in spans:
        if span.kind != PERSON or span.confidence <= DOUBT_CONFIDENCE:
            continue
        for m in _LATIN_WORD.finditer(text, span.start, span.end):
            low = m.group().lower()
            if len(low) >= 4:
                keep = max(3, len(low) - 3)
                stems[low[:keep]] = max(stems.get(low[:keep], 0), len(low))
    if not stems:
        return []
    taken = [(s.start, s.end) for s in spans]
    # right after a found name the family name again though it is a word too ("BOGDANA LISA" after
    # "Bogdan Lis": "lisa", a fox's)
    name_ends = {s.end for s in spans if s.kind == PERSON and s.confidence > DOUBT_CONFIDENCE}
    found = []
    for m in _LATIN_WORD.finditer(text):
        low = m.group().lower()
        if len(low) < 4 or names.known_place(low):
            continue
        if names.everyday_latin_word(low) and not (
            m.group()[:1].isupper()
            and (
                (m.start() - 1 in name_ends and text[m.start() - 1] == " ")
                or (m.group().isupper() and _INSIDE_SENTENCE.search(text, max(0, m.start() - 3), m.start()))
            )
        ):
            continue
        for keep in range(3, len(low)):
            longest = stems.get(low[:keep])
            if longest and abs(longest - len(low)) <= 3 and len(low) - keep <= 4:
                if not any(a < m.end() and m.start() < b for a, b in taken):
                    found.append(Span(m.start(), m.end(), PERSON, 0.55, "a found name with another ending"))
                    name_ends.add(m.end())  # "ZENONA KRUKA": the given name found so, then the family name
                break
    return found


# A diary's entry: a date, a colon or dash, and who came or rang ("11 oct. – Lee de la SecureFix",
# "۸ جنوری: رکی آیا", "Thu 13 Mar – officer T. Banjo came out"); the first word of an entry is
# capitalised in any case, so a listed given name there is a person only after such a date.
_ENTRY_DATE = LazyPattern(
    r"(?:^|(?<=[\n.;!?۔।]))[ \u00a0]*(?:[^\W\d_]{2,9}\.?,?[ \u00a0]+)?"
    rf"(?:{_ANY_DIGIT}{{1,2}}[./]{_ANY_DIGIT}{{1,2}}(?:[./]{_ANY_DIGIT}{{2,4}})?"
    rf"|{_ANY_DIGIT}{{1,2}}(?:st|nd|rd|th)?[ \u00a0]+(?:{ages._MONTHS})|(?:{ages._MONTHS})[ \u00a0]+{_ANY_DIGIT}{{1,2}})"
    r"[ \u00a0]*(?:[:–—-]|,)[ \u00a0]*([^\W\d_][\w\u0610-\u061a\u064b-\u065f\u0670\u0980-\u09ff\u0a00-\u0a7f]*)",
    re.IGNORECASE | re.MULTILINE,
)


# A statement or letter signed at its very end with an initial and a family name, the sentence
# before closed: "... po polsku. A. Wrona." (a family name that is also a word, "crow").
_CLOSING_INITIAL_NAME = LazyPattern(
    r"(?:^|(?<=[.!?…)]))[ \u00a0\n]+((?-i:[A-ZĄĆĘŁŃÓŚŹŻĂÂÎȘȚ])\.[ \u00a0]?"
    r"(?-i:[A-ZĄĆĘŁŃÓŚŹŻĂÂÎȘȚ])[a-ząćęłńóśźżăâîșțäöüéè'’-]+)\.?[ \u00a0\n]*$"
)


# "وله ثلاثة أبناء: رشيد وسعيد وزهرة", "بچے: علی، زینب اور حسن": names listed after kin in the
# plural and a colon, whatever else the words mean ("زهرة", a flower).
_KIN_LIST = LazyPattern(
    r"(?<![\w\u064b-\u065f\u0670\u0980-\u09ff\u0a00-\u0a7f])(?:أبناء|ابناء|أولاد|اولاد|بنات|أحفاد|احفاد|أطفال|اطفال"
    r"|أشقاء|إخوة|اخوة|إخوان|اخوان|بچے|بچوں|بیٹے|بیٹیاں|پوتے|پوتیاں|نواسے|نواسیاں|ছেলেমেয়ে|সন্তান|সন্তানেরা"
    r"|নাতি-নাতনি|নাতিনাতনি|ছেলেরা|মেয়েরা|ভাইবোন|ਬੱਚੇ|ਧੀਆਂ|ਪੋਤੇ|ਪੋਤੀਆਂ|ਦੋਹਤੇ|ਭੈਣ-ਭਰਾ)"
    r"[\u0621-\u064a]{0,3}[ \u00a0]*[:：][ \u00a0]*([^.؟!۔।\n:;()]{1,160})"
)
_LIST_AND = frozenset("و اور ও আর এবং ਅਤੇ ਤੇ".split())


def _kin_lists(text: str) -> list[Span]:
    found = []
    for m in _KIN_LIST.finditer(text):
        items: list[list[tuple[int, int]]] = [[]]
        for w in re.finditer(r"[^\s,،]+|[,،]", m.group(1)):
            a, b = m.start(1) + w.start(), m.start(1) + w.end()
            word = w.group()
            if word in ",،" or word in _LIST_AND:
                items.append([])
                continue
            if word.startswith("و") and len(word) > 2 and items[-1]:
                items.append([])  # "وسعيد": the Arabic "and" glued on
            if word.startswith("و") and len(word) > 2 and (items[-1] or len(items) > 1):
                a += 1
            items[-1].append((a, b))
        for item in items:
            if not item:
                continue
            if len(item) > 2:
                break  # the sentence goes on: no longer a list of names
            found.append(Span(item[0][0], item[-1][1], PERSON, 0.6, "a name listed after kin"))
    return found


# "spoke to K. in the contact centre", "talked with R, who": one letter for the person spoken to.
_SPOKE_TO_LETTER = LazyPattern(
    r"(?<![\w])(?:spoke|speaking|spoken|talked|talking|chatted)[ \u00a0]+(?:to|with)[ \u00a0]+([B-HJ-Z])(?=\.?(?:[ \u00a0,;)]|$))"
)


# Urdu and Punjabi "I am X": "میں بلال شیخ ہوں", "ਮੈਂ ਗੁਰਪ੍ਰੀਤ ਹਾਂ" (one or two words between).
_COPULA_INTRO = LazyPattern(
    r"(?:^|(?<=[\s۔،.!?]))(?:میں|ਮੈਂ)[ \u00a0]+([^\s۔،.!?]+(?:[ \u00a0]+[^\s۔،.!?]+)?)[ \u00a0]+(?:ہوں|ہُوں|ਹਾਂ)(?=[\s۔،.!?]|$)"
)


def _copula_intros(text: str, lang: str) -> list[Span]:
    found = []
    for m in _COPULA_INTRO.finditer(text):
        words = m.group(1).split()
        # the family name may be a title too ("شیخ", "ਸਿੰਘ" is a name word anyway)
        if scripts.could_be_name(words[0], lang) and all(
            scripts.could_be_name(w, lang) or scripts.title_word(w) for w in words[1:]
        ):
            found.append(Span(m.start(1), m.end(1), PERSON, 0.6, "I am, and a name"))
    return found


# Ages as a translation leaves them: "she has 4 years" (Polish "ma 4 lata"), Romanian "la 68 de ani"
# (at 68). Not "has 2 years left", "had 3 years of arrears".
_TRANSLATED_AGE = LazyPattern(
    r"(?<![\w])(?:(?:he|she|they|who|it|(?-i:[A-Z][a-z]+))[ \u00a0]+(?:has|have|had|having)[ \u00a0]+"
    r"(\d{1,3}[ \u00a0]+(?:years?|months?))(?![\w]|[ \u00a0]+(?:left|to|of|on|since|ago|in|at|more|now|before|after|until))"
    r"|(?<![\w])(?<!până[ \u00a0])(?<!pana[ \u00a0])la[ \u00a0]+(\d{1,3}[ \u00a0]+de[ \u00a0]+ani|\d{1,2}[ \u00a0]+(?:luni|ani))"
    # "bronșiolită la 8 luni" (at 8 months old); not "la 3 ani de la mutare", "până la 8 luni"
    r"(?![\w]|[ \u00a0]+(?:după|dupa|de[ \u00a0]+la|distanță|distanta|mai|în[ \u00a0]+urmă|in[ \u00a0]+urma|interval)))",
    re.IGNORECASE,
)
_NUMERIC_DATE = LazyPattern(
    rf"(?<![\w/.-])({_ANY_DIGIT}{{1,2}})[./-]({_ANY_DIGIT}{{1,2}})[./-]({_ANY_DIGIT}{{4}}|{_ANY_DIGIT}{{2}})(?![\w/.-])"
)


def _digits(value: str) -> int:
    return int("".join(str(unicodedata.digit(c)) for c in value))


def _dates_of_birth_again(text: str, spans: list[Span]) -> list[Span]:
    """A date of birth written again with day and month the other way round or in another script's
    digits ("born on 3.02.2023 (the paper writes 02/03/2023)", "੦੯.੧੧.੨੦੧੮" and "11/09/2018")."""
    dates = [
        (m, (_digits(m.group(1)), _digits(m.group(2)), _digits(m.group(3)) % 100))
        for m in _NUMERIC_DATE.finditer(text)
    ]
    births = set()
    for m, (a, b, y) in dates:
        if any(s.kind == DATE_OF_BIRTH and s.start <= m.start() and m.end() <= s.end for s in spans):
            births.add((frozenset((a, b)), y))
    return [
        Span(m.start(), m.end(), DATE_OF_BIRTH, 0.6, "a date of birth written again")
        for m, (a, b, y) in dates
        if (frozenset((a, b)), y) in births
    ]


def _names_opening_entries(text: str) -> list[Span]:
    found = []
    for m in _ENTRY_DATE.finditer(text):
        word = m.group(1)
        script = scripts.script_of(word)
        if script is None:
            ok = word[:1].isupper() and names.known_first_name(word) and not names.function_word(word)
            ok = ok and not names.known_place(word) and word.lower() not in names._MONTHS_DAYS
        else:
            ok = scripts.known_name(word, script) and not scripts.relation_word(word, script)
        if ok:
            found.append(Span(m.start(1), m.end(1), PERSON, 0.55, "a name opening a diary's entry"))
    if "spok" in text or "talk" in text or "chatted" in text:
        found += [
            Span(m.start(1), m.end(1), PERSON, 0.55, "one letter for the person spoken to")
            for m in _SPOKE_TO_LETTER.finditer(text)
        ]
    return found


# A form's age field: "Age: 61", "Vârsta: 58 de ani", "ਉਮਰ: 61", "العمر: ٧٠", "বয়স: ৭০".
_AGE_LABEL = LazyPattern(
    r"(?<![\w])(?:age|aged|wiek|vârsta|varsta|vîrsta|العمر|عمر|عمرہ|বয়স|ਉਮਰ|oed)[ \u00a0]*:[ \u00a0]*"
    r"(\d{1,3}(?:[ \u00a0]*(?:years?|yrs?|lat|lata|de[ \u00a0]+ani|ani|سنة|سنوات|عامًا|عاما|سال|বছর|ਸਾਲ|mlwydd))?)"
    r"(?!\d|[.,/:]\d)",  # "Wiek: 41." ends a sentence; "Age: 41.5" is no age
    re.IGNORECASE,
)


def _labelled_ages(text: str) -> list[Span]:
    return [
        Span(m.start(1), m.end(1), AGE, 0.7, "an age after an age label") for m in _AGE_LABEL.finditer(text)
    ]


# "she was four then", "he's seven now": an age in words after he or she, then a word that
# closes the age (not "four hours late").
# "she's eleven now", "our Jayden's eleven and ...", "Tom's 9 and", "mi a seventy-eight,": found from
# the number (rarer than the capitalised words before it), then the subject looked for behind it.
_WORDED_AGE_NUMBER = LazyPattern(
    r"(?<![\w-])((?:\d{1,2}(?![\d.,:/])|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)(?:\s+years?\s+old)?)"
    r"(?=\s*(?:then|now|at\s+the\s+time|when|and|but|born|hes|shes|,|\.|;|!|\)|$))",
    re.IGNORECASE,
)
_WORDED_AGE_SUBJECT = LazyPattern(
    r"(?<![\w-])(?:(?i:turned[ \u00a0]+out[ \u00a0]+to[ \u00a0]+be|turns[ \u00a0]+out[ \u00a0]+to[ \u00a0]+be)|(?:(?i:he|she)|(?!(?:It|That|This|There|What|Where|Here|Which|Who|Today|Tonight|Now|Time|Rent|"
    r"Flat|House|Room|Block|Floor|Number|Bus|Page|Step)\b)[A-Z][a-z]{1,20})(?:'s|’s|\s+is|\s+was|\s+turned|\s+turns)"
    r"|(?i:mi|me)\s+a|(?i:hes|shes))\s+(?:(?i:only|just|nearly|almost|now)\s+)?$"
)  # "hes eighty four": "he's" typed without its apostrophe


def _worded_ages_after_subjects(text: str) -> Iterator[re.Match[str]]:
    for m in _WORDED_AGE_NUMBER.finditer(text):
        if _WORDED_AGE_SUBJECT.search(text, max(0, m.start() - 40), m.start()):
            yield m


# "who lives above him at 14b": a house number with its letter after "at".
_AT_HOUSE_LETTER = LazyPattern(
    r"(?<![\w])(?:at|(?i:flat|maisonette|bedsit|room),)\s+(\d{1,4}[a-hA-H])(?![\w])"
)  # "at 14b", "the upstairs flat, 3a,"


# "Johnny 'Spider' Ward": a nickname in quotes between a first name and a surname.
_QUOTED_NICKNAME = LazyPattern(
    r"(?<![\w'’-])([A-Z][a-z]+[ \u00a0]+['‘\"“][A-Z][\w-]+['’\"”][ \u00a0]+[A-Z][a-z'’-]+)(?![\w])"
)


def _pronoun_ages_and_letter_signoffs(text: str) -> list[Span]:
    found = [
        Span(m.start(1), m.end(1), AGE, 0.5, "an age in words after he or she")
        for m in _worded_ages_after_subjects(text)
    ]
    found += [
        Span(m.start(1), m.end(1), ADDRESS, 0.5, "a house number with its letter")
        for m in _AT_HOUSE_LETTER.finditer(text)
    ]
    found += [
        Span(m.start(1), m.end(1), PERSON, 0.6, "a nickname in quotes inside a name")
        for m in _QUOTED_NICKNAME.finditer(text)
    ]
    found += [
        Span(m.start(1), m.end(1), AGE, 0.55, "number right after he or she")
        for m in _AGE_AFTER_PRONOUN.finditer(text)
        if int(re.match(r"\d+", m.group(1)).group()) <= 110
    ]
    for m in _SIGNOFF_LETTER.finditer(text.rstrip()):
        group = 1 if m.group(1) else 2
        if m.group(group).isupper():
            found.append(Span(m.start(group), m.end(group), PERSON, 0.5, "a sign-off by one letter"))
    return found


# "Nafisa, eight, wrote it": an age in English words set off by commas after a name.
# "রাফি, দুই।", "ਮਨੀ, ਛੇ,": the same with the number words of the scripts.
_WORDED_AGE_BESIDE_NAME = LazyPattern(
    rf"[,،][ \u00a0]+(?:aged[ \u00a0]+)?({ages._EN_WORD}(?:[ \u00a0]+years?(?:[ \u00a0]+old)?)?"
    rf"|(?:{ages._AR_WORD}|{ages._UR_WORD}|{ages._BN_WORD}|{ages._PA_WORD})(?:[ \u00a0]+(?:سنة|سنين|سال|বছর|ਸਾਲ))?)"
    r"(?=[ \u00a0]*[,;)،؛۔।]|\.(?:\s|$))",
    re.IGNORECASE,
)


# A household list in any language: "Abdirahman ("Abdi"), 15, DOB ...", "رؤى، 5 سنوات؛",
# "রায়হান, ৩ বছর;", "Oliwia (Oliwka), 13 lat,": a name, perhaps its nickname in brackets, a
# comma, and a number with or without its unit, then the list goes on.
_LISTED_AGE = LazyPattern(
    r"(?:[ \u00a0]*\([^()\n]{1,30}\))?(?:[ \u00a0]*[,،][ \u00a0]*|[ \u00a0]+(?=[0-9০-৯੦-੯۰-۹٠-٩]{1,3}[ \u00a0]*[^\W\d_]))"
    r"(?:(?:aged|age|عمر|عمره|عمرها|العمر|বয়স|ਉਮਰ|vârsta|wiek)[ \u00a0:]+)?"
    # the number with its unit, or a bare number the list goes on after
    r"([0-9০-৯੦-੯۰-۹٠-٩]{1,3}[ \u00a0]*(?:years?|yrs?|months?|lat|lata|latka|miesięcy|miesiące|ani|an|luni"
    r"|سنوات|سنة|سنين|عام|أعوام|شهر|شهرا|شهراً|أشهر|سال|ماہ|مہینے|বছর|মাস|ਸਾਲ|ਮਹੀਨੇ)"
    r"(?![\w\u064b-\u065f\u0670\u0981-\u0983\u09bc-\u09d7\u0a01-\u0a03\u0a3c-\u0a51])"
    r"|[0-9০-৯੦-੯۰-۹٠-٩]{1,3}(?=[ \u00a0]*(?:[,،;؛.)\n]|$)))"
)


# "Oliwia (Oliwka)", "Abdirahman (Abdi)": the name someone goes by, in brackets after their name
_NICKNAME_IN_BRACKETS = LazyPattern(
    rf"[ \u00a0]*\([\"“'‘]?([^\W\d_][{_W}'’-]{{1,20}}(?:[ \u00a0][^\W\d_][{_W}'’-]{{1,20}})?)[\"”'’]?\)"
)


# 'Mr Patrick Moran ("Paddy" to everyone on the block)': a quoted nickname opening the brackets
_QUOTED_NICKNAME_IN_BRACKETS = LazyPattern(
    rf"[ \u00a0]*\([\"“‘'„«]([^\W\d_][{_W}'’-]{{1,20}}(?:[ \u00a0][^\W\d_][{_W}'’-]{{1,20}})?)[\"”’'»][^()\n]{{0,60}}\)"
)
# "From: مينا جرجس <mina.girgis@example.com>", "Ewa Nowak <ewa@example.org>": the name an e-mail is
# sent under, in a pasted header or signature, back to a colon, a comma or the line's start.
_DISPLAY_NAME_BEFORE_RE = LazyPattern(
    rf"(?:^|[:,;>\n])[ \u00a0]*([^\W\d_][{_W}'’.-]*(?:[ \u00a0]+[^\W\d_][{_W}'’.-]*){{0,3}})[ \u00a0]*<$"
)


def _display_names_of_emails(text: str, spans: list[Span]) -> list[Span]:
    found = []
    for span in spans:
        if span.kind != EMAIL or span.start < 3 or text[span.start - 1] != "<":
            continue
        m = _DISPLAY_NAME_BEFORE_RE.search(text, max(0, span.start - 60), span.start)
        words = m.group(1).split() if m else []
        if (
            words
            and not names.function_word(words[0])
            and all(
                w[0].isupper() or not w[0].isascii()
                for w in words  # "write to me <...>" is no name
            )
        ):
            found.append(Span(m.start(1), m.end(1), PERSON, 0.55, "the name an e-mail is sent under"))
    return found


def _ages_in_lists(text: str, spans: list[Span]) -> list[Span]:
    found = []
    for span in spans:
        if span.kind != PERSON:
            continue
        nick = _NICKNAME_IN_BRACKETS.match(text, span.end) or _QUOTED_NICKNAME_IN_BRACKETS.match(
            text, span.end
        )
        if (
            nick
            and span.confidence > DOUBT_CONFIDENCE
            and not names.function_word(nick.group(1))
            and nick.group(1) not in _NOT_INITIALS  # "Lorna Hebb (OT)": her role
            # "Andreea Ionescu, avocată (solicitor)": a lower-case word of the language, not a nickname
            and not (nick.group(1).islower() and names.everyday_latin_word(nick.group(1)))
        ):
            found.append(
                Span(nick.start(1), nick.end(1), PERSON, 0.55, "a nickname in brackets after a name")
            )
        m = _LISTED_AGE.match(text, span.end)
        if not m or (span.confidence <= DOUBT_CONFIDENCE and m.group(1).isdigit()):
            continue  # a bare number after a word flagged only in doubt: too little to go on
        value = int("".join(str(unicodedata.digit(c)) for c in m.group(1) if c.isdigit()))
        if value <= 120:
            found.append(Span(m.start(1), m.end(1), AGE, 0.55, "an age beside a name in a list"))
    return found


# "Mahinder Kaur (1942-01-30)", "نسرین اختر (۰۲/۰۲/۱۹۵۱)", "Yusuf (12.03.2016)": a date in
# brackets right after a person is their date of birth (\d takes every script's digits).
_BRACKETED_DATE = LazyPattern(
    r"[ \u00a0]*\([ \u00a0]*(\d{1,2}[ \u00a0]?[./-][ \u00a0]?\d{1,2}[ \u00a0]?[./-][ \u00a0]?(?:\d{4}|\d{2})"
    r"|\d{4}[./-]\d{1,2}[./-]\d{1,2})[ \u00a0]*\)"
)


def _bracketed_dates_after_names(text: str, spans: list[Span]) -> list[Span]:
    return [
        Span(m.start(1), m.end(1), DATE_OF_BIRTH, 0.6, "a date in brackets after a name")
        for span in spans
        if span.kind == PERSON and (m := _BRACKETED_DATE.match(text, span.end))
    ]


# A family by its surname: "the Wards", "the Lees next door", Polish "Smithowie", "Kowalscy".
_FAMILY_BY_NAME = LazyPattern(
    r"(?<![\w'’-])(?:(?:the|The)[ \u00a0]+([A-Z][a-z]{2,}s)|([A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]{2,}owie))(?![\w'’-])"
)


# Surnames whose plural is an everyday plural too ("the Woods", "the Banks").
_PLURAL_NOUNS = frozenset(
    """hills woods fields banks mills rivers waters bells stones lanes parks gardens greens kings lords houses
    churches halls walls gates homes brooks moors marshes ponds rows streets meadows cross crosses days weeks
    years nights mornings pages friends parents gardeners bakers cooks masons""".split()
)


def _families_by_name(text: str) -> list[Span]:
    found = []
    for m in _FAMILY_BY_NAME.finditer(text):
        word = m.group(1) or m.group(2)
        stem = word[:-1] if m.group(1) else word[:-4]
        if names.known_surname(stem) and word.lower() not in _PLURAL_NOUNS:
            g = 1 if m.group(1) else 2
            found.append(Span(m.start(g), m.end(g), PERSON, 0.55, "a family by its surname"))
    return found


# A police officer's collar number: "PC Tom Whitcombe (2290)", "PCSO Ben Oduya (collar 7310)",
# "collar number 08821", "ਕਾਲਰ 4117", "کالر 7732NE".
_COLLAR_LABEL = LazyPattern(
    r"(?<![\w])(?:collar|shoulder|warrant|badge|কলার|ਕਾਲਰ|کالر|numer[ \u00a0]+służbowy|număr(?:ul)?[ \u00a0]+de[ \u00a0]+insignă)"
    r"(?:[ \u00a0]+(?:number|no\.?|nr\.?|নম্বর|ਨੰਬਰ|نمبر))?[ \u00a0]*[:#]?[ \u00a0]*"
    rf"({_ANY_DIGIT}{{3,6}}[A-Z]{{0,2}})(?![\w])",
    re.IGNORECASE,
)
_POLICE_RANK_BEFORE = LazyPattern(
    r"(?<![\w])(?:PC|PCSO|DC|DS|DI|PS|Sgt|Sergeant|Constable|Inspector|Detective|পিসিএসও|পিসি|ডিসি|ਪੀਸੀ|ਪੀਸੀਐਸਓ"
    r"|پی[ \u00a0]?سی|پی[ \u00a0]?سی[ \u00a0]?ایس[ \u00a0]?او)[ \u00a0]*$"
)
_NUMBER_IN_BRACKETS = LazyPattern(
    rf"[ \u00a0]*\([ \u00a0]*(?:collar[ \u00a0]+)?({_ANY_DIGIT}{{3,6}}[A-Z]{{0,2}})[ \u00a0]*\)"
)


def _collar_numbers(text: str, spans: list[Span]) -> list[Span]:
    found = [
        Span(m.start(1), m.end(1), OTHER_ID, 0.6, "a police collar number")
        for m in _COLLAR_LABEL.finditer(text)
    ]
    for span in spans:
        if span.kind != PERSON:
            continue
        m = _NUMBER_IN_BRACKETS.match(text, span.end)
        if m and _POLICE_RANK_BEFORE.search(text, max(0, span.start - 16), span.start):
            found.append(Span(m.start(1), m.end(1), OTHER_ID, 0.6, "a police collar number"))
    return found


def _arabic_ages_after_names(text: str, spans: list[Span]) -> list[Span]:
    return [
        Span(m.start(1), m.end(1), AGE, 0.55, "years right after a name")
        for span in spans
        if span.kind == PERSON and (m := ages.AR_AGE_AFTER_NAME.match(text, span.end))
    ]


# Romanian "andrei de 3 ani pe ...", "Maria de doi ani": "de" and years right after a found name.
_RO_DE_AGE_AFTER_NAME = LazyPattern(
    rf"[ \u00a0]+de[ \u00a0]+(({ages._RO_NUM})[ \u00a0]+(?:de[ \u00a0]+)?{ages._RO_UNIT})(?![\w])",
    re.IGNORECASE,
)


# In the scripts: "নাফিসা ১১ বছরের", "ਨਵੀ ੧੬ ਸਾਲਾਂ ਦੀ", "علی ۸ سال کا": years right after a name.
_SCRIPT_YEARS_AFTER_NAME = LazyPattern(
    rf"[ \u00a0]*[,،]?[ \u00a0]*(?:(?:মাত্র|সবে|এখন|صرف|ابھی|ਸਿਰਫ਼|ਸਿਰਫ|ਹੁਣ)[ \u00a0]+)?"  # "মুনা মাত্র ১৮ মাস": only
    rf"({_ANY_DIGIT}{{1,3}}[ \u00a0]*(?:বছরের|বছর|মাসের|মাস|سالہ|سال|ماہ|مہینے|ਸਾਲਾਂ|ਸਾਲ|ਮਹੀਨੇ|ਮਹੀਨਿਆਂ))"
    r"(?![\w\u0980-\u09ff\u0a00-\u0a7f])"
)


def _ages_after_names(text: str, spans: list[Span]) -> list[Span]:
    found = []
    for span in spans:
        if span.kind != PERSON:
            continue
        if (script_age := _SCRIPT_YEARS_AFTER_NAME.match(text, span.end)) is not None:
            found.append(Span(script_age.start(1), script_age.end(1), AGE, 0.6, "years right after a name"))
            continue
        if (romanian := _RO_DE_AGE_AFTER_NAME.match(text, span.end)) is not None:
            found.append(Span(romanian.start(1), romanian.end(1), AGE, 0.6, "de and years after a name"))
            continue
        worded = _WORDED_AGE_BESIDE_NAME.match(text, span.end)
        if worded:
            found.append(Span(worded.start(1), worded.end(1), AGE, 0.55, "age in words beside a name"))
            continue
        beside = _AGE_BESIDE_NAME.match(text, span.end)
        if beside and int(re.match(r"\d+", beside.group(1)).group()) <= 120:
            found.append(Span(beside.start(1), beside.end(1), AGE, 0.6, "age beside a name"))
            continue
        match = _AGE_AFTER_NAME.match(text, span.end)
        if match is None and (aside := _ASIDE_AFTER_NAME.match(text, span.end)):
            match = _AGE_AFTER_NAME.match(text, aside.end())  # "Kayleigh Robson (Kay to everyone) is 23"
        if match and int(re.match(r"\d+", match.group(1)).group()) <= 120:
            found.append(Span(match.start(1), match.end(1), AGE, 0.6, "number right after a name"))
    return found


# A form's household list: "Kezia 11, Tamsin 8", "wife Halyna 55, her mother Nadiia Bondarchuk 81",
# "ابني مهيب ١٣، وبنتنا هبة ٩", "ਪਤੀ ਜਸਵੰਤ ੫੯, ਨੂੰਹ ਪਰਮਿੰਦਰ ੩੧", "syn Kuba – 15 lat": a bare number (or
# one with its unit) right after a name, and then the list goes on or the field ends.
_LISTED_BARE_AGE = LazyPattern(
    r"[ \u00a0]*(?:[–—-][ \u00a0]*)?"
    r"([0-9০-৯੦-੯۰-۹٠-٩]{1,3}(?:[ \u00a0]*(?:years?|yrs?|months?|lat|lata|ani|luni|سنة|سنوات|سال|ماہ|বছর|মাস|ਸਾਲ|ਮਹੀਨੇ))?)"
    r"(?![/.:,-][0-9০-৯੦-੯۰-۹٠-٩])"  # "Farhana 14/03:": a date
    r"(?=[ \u00a0]*(?:[,;،؛|/(]|\.(?:\s|$)|$|[–—-][ \u00a0])"
    r"|[ \u00a0]+(?:and|&|or|i|și|si|و|ও|আর|এবং|ਤੇ|ਅਤੇ|اور)[ \u00a0]"
    # the form's next label: "Your landlord:", "Właściciel / landlord:"
    r"|[ \u00a0]+(?-i:[A-ZÀ-ÞĄĆĘŁŃÓŚŹŻȘȚ])[^\W\d_]+(?:[ \u00a0]+[^\W\d_]+)?[ \u00a0]*[:/]"
    r"|[ \u00a0]+[^\s\d]+[ \u00a0]*:)"  # "المالك:", "ਮਕਾਨ-ਮਾਲਕ:"
)


def _capital_family_name(word: str) -> bool:
    """A word in capitals that can be a family name: a listed one, or no everyday word, and no
    acronym (it has a vowel)."""
    bare = word.strip("'’-")
    if names.everyday_latin_word(bare) and not names.known_surname(bare):
        return False
    return any(c in "AEIOUY" for c in bare)


# "Latifa BENJELLOUN (as in the passport)": a family name in capitals after a given name.
_CAPITAL_SURNAME_AFTER = LazyPattern(
    r"[ \u00a0]+((?-i:[A-ZĄĆĘŁŃÓŚŹŻĂÂÎȘȚ])(?-i:[A-ZĄĆĘŁŃÓŚŹŻĂÂÎȘȚ'’-]){2,})(?![\w])"
)


def _capital_surnames_after_names(text: str, spans: list[Span]) -> list[Span]:
    found = []
    for span in spans:
        if (
            span.kind != PERSON
            or not text[span.end - 1 : span.end].isalpha()
            or not text[span.end - 1].isascii()
        ):
            continue
        m = _CAPITAL_SURNAME_AFTER.match(text, span.end)
        if not m or text[span.start : span.end].isupper():
            continue  # in capitals already ("JOHN SMITH SAID"): the names rules decide
        if not _capital_family_name(m.group(1)):
            continue  # "Latifa SAID", "Omar NHS"
        found.append(Span(span.start, m.end(1), PERSON, span.confidence, "a family name in capitals"))
    return found


# A form's "for office use" box: the officer's initials come first ("Office: ChO / IEH-CMP-2024-3318",
# "For office use: PK / ...", "DO UŻYTKU BIUROWEGO: M.Y. / ...", "ਦਫ਼ਤਰੀ ਵਰਤੋਂ: LG / ...").
_OFFICE_INITIALS = LazyPattern(
    r"(?:for[ \u00a0]+office[ \u00a0]+use(?:[ \u00a0]+only)?|office[ \u00a0]+use|office|officer(?:'s)?[ \u00a0]+initials"
    r"|initials|checked[ \u00a0]+by|logged[ \u00a0]+by|do[ \u00a0]+użytku[ \u00a0]+biurowego|do[ \u00a0]+uzytku[ \u00a0]+biurowego"
    r"|uz[ \u00a0]+intern|pentru[ \u00a0]+uz[ \u00a0]+intern|rezervat[ \u00a0]+biroului|للاستخدام[ \u00a0]+الرسمي"
    r"|للاستعمال[ \u00a0]+الرسمي|للاستعمال[ \u00a0]+الإداري|دفتری[ \u00a0]+استعمال|دفتری[ \u00a0]+استعمال[ \u00a0]+کے[ \u00a0]+لیے"
    r"|অফিসের[ \u00a0]+ব্যবহারের[ \u00a0]+জন্য|অফিসের[ \u00a0]+ব্যবহার|দাপ্তরিক[ \u00a0]+ব্যবহার|ਦਫ਼ਤਰੀ[ \u00a0]+ਵਰਤੋਂ|ਦਫਤਰੀ[ \u00a0]+ਵਰਤੋਂ)"
    r"[ \u00a0]*[:：][ \u00a0]*"
    r"((?-i:[A-ZÀ-ÞŁŚŻ])(?-i:[a-zà-þ])?\.?(?:[ \u00a0]?(?-i:[A-ZÀ-ÞŁŚŻ])(?-i:[a-zà-þ])?\.?){0,2})"
    r"(?=[ \u00a0]*(?:[/|,;–-]|$))",
    re.IGNORECASE,
)


def _office_initials(text: str) -> list[Span]:
    found = []
    for m in _OFFICE_INITIALS.finditer(text):
        letters = m.group(1).replace(".", "").replace(" ", "").replace("\u00a0", "")
        if sum(c.isupper() for c in letters) >= 2 and len(letters) <= 4:
            found.append(
                Span(m.start(1), m.end(1), PERSON, 0.55, "an officer's initials in a form's office box")
            )
    return found


_NUMBERED_THINGS = frozenset(
    "ward room bay bed stage step question item page block level floor gate platform unit section part line"
    " route bus phase box pitch plot berth mooring court".split()
)


def _listed_bare_ages(text: str, spans: list[Span]) -> list[Span]:
    taken = [(s.start, s.end) for s in spans if s.kind != PERSON]
    found = []
    for span in spans:
        if span.kind != PERSON:
            continue
        m = _LISTED_BARE_AGE.match(text, span.end)
        if not m or m.start(1) == span.end:
            continue  # "Anna12": no space, no age
        word = text[span.start : span.end]
        if word.lower() in _NUMBERED_THINGS or (
            word.isalpha() and names.everyday_latin_word(word) and not names.known_first_name(word)
        ):
            continue  # "Ward 27", "Întrebarea 3": a numbered thing taken for a surname
        value = int("".join(str(unicodedata.decimal(c)) for c in m.group(1) if c.isdecimal()))
        if value > 110 or any(a < m.end(1) and m.start(1) < b for a, b in taken):
            continue
        found.append(Span(m.start(1), m.end(1), AGE, 0.55, "an age after a name in a list"))
    return found


_ASIDE_AFTER_NAME = LazyPattern(r"[ \u00a0]*\([^()]{1,60}\)")
# A nickname in brackets after a name: "Jonasa (Jonaszek, 4 lata)", "Yusuf (Joe)".
_BRACKETED_NICKNAME = LazyPattern(
    r"[ \u00a0]*\([ \u00a0]*[\"“„'‘]?([A-ZĄĆĘŁŃÓŚŹŻĂÂÎȘȚ][a-ząćęłńóśźżăâîșşțţ'’-]{1,15})[\"”'’]?[ \u00a0]*[,;)]"
)
_CYRILLIC_LETTER = LazyPattern("[\u0400-\u04ff]")
# Names written in Cyrillic inside a story in another script: "Оксана Мельник", "Соля".
_CYRILLIC_NAME = LazyPattern(
    r"(?<![\w'’ʼ-])[А-ЯЁЄІЇҐ][а-яёєіїґ'’ʼ-]{1,20}(?:[ \u00a0]+[А-ЯЁЄІЇҐ][а-яёєіїґ'’ʼ-]{1,20}){0,2}(?![\w'’ʼ-])"
)


def _nicknames_and_cyrillic(text: str, spans: list[Span]) -> list[Span]:
    found = []
    for span in spans:
        if (
            span.kind == PERSON
            and span.reason != INITIALS_REASON
            and (m := _BRACKETED_NICKNAME.match(text, span.end))
            and m.group(1) not in _NOT_INITIALS  # "Lorna Hebb (OT)": her role
        ):
            if not names.everyday_latin_word(m.group(1)) or names.known_first_name(m.group(1)):
                found.append(Span(m.start(1), m.end(1), PERSON, 0.55, "a nickname in brackets after a name"))
    if _CYRILLIC_LETTER.search(text):
        found += [
            Span(m.start(), m.end(), PERSON, 0.55, "a name in Cyrillic")
            for m in _CYRILLIC_NAME.finditer(text)
        ]
    return found


# The name people call someone, in quotes beside a verb of calling: "'ਗੱਗੀ' ਕਹਿੰਦੀ ਹੈ", "تناديها «حوّاء»",
# "ان کے گھر والے انہیں "عاشق" لکھتے ہیں", "বাসায় ডাকে 'আনু'", "they all call him 'Smudge'".
_QUOTED = LazyPattern(r"['‘\"“«„]([^'’\"”»\n\d]{1,25}?)['’\"”»]")
_CALLING_AFTER = LazyPattern(
    r"[ \u00a0]*(?:ਕਹਿੰਦੇ|ਕਹਿੰਦੀ|ਕਹਿੰਦਾ|ਆਖਦੇ|ਆਖਦੀ|ਬੁਲਾਉਂਦੇ|ਬੁਲਾਉਂਦੀ|ਹਾਂ"
    r"|কহে|ডাকে|ডাকেন|ডাকত|বলে|বলেন|লেখে|লেখেন"
    r"|کہتے|کہتی|کہتا|بلاتے|بلاتی|پکارتے|پکارتی|لکھتے|لکھتی|ہوں"
    r"|يسمونه|يسمّونه|يسمونها|ينادونه|ينادونها)(?![\w])"
)
_CALLING_BEFORE = LazyPattern(
    r"(?:call|calls|called|calling|known[ \u00a0]+as|nicknamed|nazywają|nazywa|wołają|mówią[ \u00a0]+na[ \u00a0]+\w+"
    r"|spun|zic|strigă|تناديها|تناديه|ينادونه|ينادونها|يسمونه|يسمونها|يسمّونه|نناديه|نناديها|مرة|ومرة"
    r"|ডাকে|ডাকেন|ਕਹਿੰਦੇ|ਕਹਿੰਦੀ|کہتے|کہتی|میں|ਵਿੱਚ|বাসায়|বাড়িতে|স্কুলে)[ \u00a0]*(?:(?:him|her|me|them|us)[ \u00a0]+)?$",
    re.IGNORECASE,
)


# The English name a child goes by at school, or a man at work, in a story in a script:
# "اسکول میں Izzy ہے", "ਸਕੂਲ ਵਿੱਚ Jack ਹੈ", "وہاں Danny۔".
_NAME_THERE = LazyPattern(
    r"(?:اسکول|سکول|اسکولوں|ਸਕੂਲ|স্কুলে|স্কুলেও|المدرسة|گھر|ਘਰ|বাসায়|বাড়িতে|دفتر|ਦਫ਼ਤਰ|ਦਫਤਰ|ਕੰਮ|কাজে|কাম"
    r"|وہاں|ਉੱਥੇ|ਓਥੇ|সেখানে|هناك|فيها)(?:[ \u00a0]+(?:میں|ਵਿੱਚ|ਤੇ|'ਤੇ|পর|ওপর))?[ \u00a0]+"
    r"([A-Z][a-z]{1,15})(?=[ \u00a0]*(?:ہے|ہیں|ہوں|تھا|تھی|ਹੈ|ਹਨ|ਹਾਂ|ਸੀ|[۔।،,.;]|$))"
)


def _names_there(text: str) -> list[Span]:
    return [
        Span(m.start(1), m.end(1), PERSON, 0.55, "the English name someone goes by there")
        for m in _NAME_THERE.finditer(text)
        # English words only: the story is not Polish, so a Polish word list does not veto ("Izzy")
        if names.known_first_name(m.group(1)) or m.group(1).lower() not in names.common_english()
    ]


_NAME_LIKE_QUOTE = LazyPattern(rf"[^\W\d_][{_W}'’ \u00a0-]*")


def _quoted_call_names(text: str, spans: list[Span]) -> list[Span]:
    taken = [(s.start, s.end) for s in spans]
    found = []
    for m in _QUOTED.finditer(text):
        inner = m.group(1).strip()
        if not _NAME_LIKE_QUOTE.fullmatch(inner):
            continue  # "'Hi, I ...'", "'I see.'": speech, not a name
        words = inner.split()
        if not words or len(words) > 3 or any(a < m.end(1) and m.start(1) < b for a, b in taken):
            continue
        latin = all(w[:1].isascii() for w in words)
        if latin and not words[0][:1].isupper():
            continue  # "'monitoring'": a word the writer quotes
        if not latin and any(
            names.function_word(w) or not names._native_plain(w) for w in words if not w.isascii()
        ):
            continue
        called = _CALLING_AFTER.match(text, m.end()) or _CALLING_BEFORE.search(
            text, max(0, m.start() - 40), m.start()
        )
        if (
            latin
            and not (called and len(words) == 1)
            and all(names.everyday_latin_word(w) and not names.known_first_name(w) for w in words)
        ):
            continue  # "'the part is ordered'"; but "at school \"Rash\"" is what they call him
        # a capitalised Latin name quoted inside a script story is a name by itself ("ਮੈਂ 'Bill' ਹਾਂ")
        script_story = latin and any(
            "\u0600" <= c <= "\u0a7f" for c in text[max(0, m.start() - 30) : m.start()]
        )
        if called or script_story:
            start = m.start(1) + m.group(1).index(inner)
            found.append(
                Span(start, start + len(inner), PERSON, 0.55, "the name someone is called, in quotes")
            )
    return found


# "Mark, 45, said": a capitalised word before a bare ", NN," age is the person.
_NAME_BEFORE_AGE = LazyPattern(r"(?<![\w'’-])([A-Z][a-zà-ÿ'’-]{1,30})\s*,\s*$")


def _names_before_ages(text: str, spans: list[Span]) -> list[Span]:
    found = []
    for span in spans:
        if span.kind != AGE or not text[span.start : span.end].isdigit():
            continue
        if not text[span.end : span.end + 1] == ",":
            continue
        match = _NAME_BEFORE_AGE.search(text, max(0, span.start - 40), span.start)
        if match:
            found.append(Span(match.start(1), match.end(1), PERSON, 0.6, "name before an age"))
    return found


# Initials that stand for a person: "JP (Jean-Pierre, who runs the club)", "J.B. (Jordan Birch)"
# before a bracketed name; "Mr Eustace Pelling (EP)", "শ্যামল কুমার দাস (S.K.D.)" after one; and in
# a log, the initials of whoever wrote the entry after its time ("07:45, DM.", "08:30 – LS.").
_INITIALS = r"[A-Z](?:\.?[A-Z]){1,3}\.?|[A-Z]{1,2}'[A-Z]"
_INITIALS_BEFORE = LazyPattern(rf"(?<![\w'’.-])({_INITIALS})\s*\(\s*$")
_INITIALS_AFTER = LazyPattern(rf"(\s+[A-Z][\w'’-]+)?\s*\(\s*({_INITIALS})\s*\)")
# Abbreviations that follow a time without being anyone's initials.
_NOT_INITIALS = minutes.NOT_INITIALS
_INITIALS_AFTER_TIME = LazyPattern(
    rf"(?<![\d:])\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?\s*[,–—-]\s*({_INITIALS})(?=\s*[.:;,)]|\s*$)"
)
INITIALS_REASON = minutes.INITIALS_REASON
# The same in the scripts, dotted: "رنا الحلبي (ر.ح)", "রুবিনা ইয়াসমিন (রু.ই.)", "ਮਨਪ੍ਰੀਤ ਕੌਰ ਢਿੱਲੋਂ (ਮ.ਕ.ਢ.)".
_SCRIPT_LETTER = minutes.SCRIPT_LETTER
_SCRIPT_INITIALS_AFTER = LazyPattern(rf"\s*\(\s*((?:{_SCRIPT_LETTER}\.){{1,3}}{_SCRIPT_LETTER}?\.?)\s*\)")


def _initials_of_people(text: str, spans: list[Span]) -> list[Span]:
    found = []
    for span in spans:
        if span.kind != PERSON:
            continue
        before = _INITIALS_BEFORE.search(text, max(0, span.start - 10), span.start)
        if before:
            found.append(Span(before.start(1), before.end(1), PERSON, 0.6, INITIALS_REASON))
        dotted = _SCRIPT_INITIALS_AFTER.match(text, span.end)
        if dotted and sum(c.isalpha() for c in dotted.group(1)) >= 2:
            firsts = {w[:1] for w in text[span.start : span.end].split()}
            if dotted.group(1)[:1] in firsts:
                found.append(Span(dotted.start(1), dotted.end(1), PERSON, 0.6, INITIALS_REASON))
        after = _INITIALS_AFTER.match(text, span.end)
        if after:
            letters = after.group(2).replace(".", "").replace("'", "")
            words = (text[span.start : span.end] + (after.group(1) or "")).split()
            if letters in _NOT_INITIALS or letters[:1] not in {w[:1] for w in words}:
                continue  # "Lorna Hebb (OT)": her role, not her initials
            if after.group(1) and [w[0] for w in words][-len(letters) :] != list(letters):
                continue  # "Aurelia Vasiliu (AV)": a surname between name and initials only if they match
            if after.group(1):
                lead = len(after.group(1)) - len(after.group(1).lstrip())
                found.append(
                    Span(after.start(1) + lead, after.end(1), PERSON, 0.6, "surname before initials")
                )
            found.append(Span(after.start(2), after.end(2), PERSON, 0.6, INITIALS_REASON))
    if ":" in text or "." in text:
        logged = [
            m for m in _INITIALS_AFTER_TIME.finditer(text) if m.group(1).rstrip(".") not in _NOT_INITIALS
        ]
        if len(logged) >= 2:  # a log: several entries signed with initials
            found += [Span(m.start(1), m.end(1), PERSON, 0.55, INITIALS_REASON) for m in logged]
    return found


# Initials standing alone for someone named in full elsewhere in the text: case notes write
# "Asha Thornbury" once and "AT visits" after. Capitals only, two or three letters.
_CAPITAL_INITIALS = LazyPattern(
    r"(?<![\w.&/-])([A-ZĄĆĘŁŃÓŚŹŻĂÂÎȘȚ](?:\.?[A-ZĄĆĘŁŃÓŚŹŻĂÂÎȘȚ]){1,2})\.?(?![\w&/-])"
)
_NAME_CAPITALS = LazyPattern(r"(?<![\w'’-])[A-ZĄĆĘŁŃÓŚŹŻĂÂÎȘȚ][\w'’]+")
# Abbreviations of housing and health work that are nobody's initials, whoever is named.
_WORK_ABBREVIATIONS = _NOT_INITIALS - {"AM", "PM", "DR", "MR"} | frozenset(
    "HO OT DHP ASB GP CEO HR IT TV ID OK PC PCSO SW HB UC DWP ESA PIP LA HA RSL TA DV CCTV ICU ENT MP".split()
)


def _initials_of_named(text: str, spans: list[Span]) -> list[Span]:
    wanted: set[str] = set()
    for span in spans:
        if span.kind != PERSON:
            continue
        words = [m.group() for m in _NAME_CAPITALS.finditer(text, span.start, span.end)]
        if 2 <= len(words) <= 3:
            wanted.add("".join(w[0] for w in words))
            wanted.add(words[0][0] + words[-1][0])
    if not wanted:
        return []
    found = []
    for m in _CAPITAL_INITIALS.finditer(text):
        letters = m.group(1).replace(".", "")
        if letters not in wanted or letters in _WORK_ABBREVIATIONS:
            continue
        if letters in ("AM", "PM") and text[max(0, m.start() - 3) : m.start()].strip()[-1:].isdigit():
            continue  # "at 3 PM"
        found.append(Span(m.start(1), m.end(1), PERSON, 0.55, "initials of a person named in the text"))
    return found


# Latin initials for a name written in a script: case notes in Urdu or Bengali name the officer
# "فرحانہ اسلام" once and write "FI" after. The Latin letters each script letter may stand for.
_LATIN_FOR = {
    letter: latin
    for letters, latin in (
        ("اأإآع", "AIEOU"),
        ("ب", "B"),
        ("پ", "P"),
        ("تطٹ", "T"),
        ("ث", "TS"),
        ("ج", "JG"),
        ("چ", "C"),
        ("حهہھ", "H"),
        ("خ", "K"),
        ("دڈ", "D"),
        ("ذزظضژ", "ZD"),
        ("رڑ", "R"),
        ("سصش", "S"),
        ("غگ", "G"),
        ("ف", "FP"),
        ("ق", "QK"),
        ("كک", "KC"),
        ("ل", "L"),
        ("م", "M"),
        ("ن", "N"),
        ("و", "WVOU"),
        ("يیى", "YIE"),
        ("অআ", "AO"),
        ("ইঈ", "IE"),
        ("উঊ", "U"),
        ("এ", "EA"),
        ("ও", "O"),
        ("কখ", "KCQ"),
        ("গঘ", "G"),
        ("চছ", "C"),
        ("জঝয", "JZY"),
        ("টঠতথ", "T"),
        ("ডঢদধ", "D"),
        ("নণ", "N"),
        ("প", "P"),
        ("ফ", "FP"),
        ("বভ", "BV"),
        ("ম", "M"),
        ("রড়", "R"),
        ("ল", "L"),
        ("শষস", "S"),
        ("হ", "H"),
        ("ਅਆ", "A"),
        ("ਇਈ", "IE"),
        ("ਉਊ", "U"),
        ("ਏਐ", "EA"),
        ("ਓਔ", "O"),
        ("ਕਖ", "KC"),
        ("ਗਘ", "G"),
        ("ਚਛ", "C"),
        ("ਜਝ", "JZ"),
        ("ਟਠਤਥ", "T"),
        ("ਡਢਦਧ", "D"),
        ("ਨਣ", "N"),
        ("ਪ", "P"),
        ("ਫ", "FP"),
        ("ਬਭ", "B"),
        ("ਮ", "M"),
        ("ਯ", "Y"),
        ("ਰੜ", "R"),
        ("ਲ", "L"),
        ("ਵ", "VW"),
        ("ਸ", "S"),
        ("ਹ", "H"),
    )
    for letter in letters
}
_BRACKETED_CAPS = LazyPattern(
    r"(?:[ \u00a0]+[^\s(),.،]+){0,2}?[ \u00a0]*\([ \u00a0]*([A-Z](?:\.?[A-Z]){1,2})\.?[ \u00a0]*\)"
)
_LATIN_CAPS = LazyPattern(r"(?<![\w.&/-])([A-Z](?:\.?[A-Z]){1,2})\.?(?![\w&/-])")


def _latin_initials_of_script_names(text: str, spans: list[Span]) -> list[Span]:
    """Latin capitals standing for a person named in the script ("فرحانہ اسلام" ... "FI")."""
    heads: list[list[str]] = []
    bracketed: set[str] = set()
    for span in spans:
        if span.kind != PERSON:
            continue
        # "অফিসার ফারহানা ইসলাম (FI)": capitals in brackets a word or two after the name's start
        after = _BRACKETED_CAPS.match(text, span.end)
        if after and _LATIN_FOR.get(text[span.start : span.start + 1], "").find(after.group(1)[0]) != -1:
            bracketed.add(after.group(1).replace(".", ""))
        letters = []
        for word in text[span.start : span.end].split():
            word = word[2:] if word.startswith("ال") and len(word) > 3 else word
            options = _LATIN_FOR.get(word[:1])
            if options:
                letters.append(options)
        for size in (2, 3):
            heads.extend(letters[k : k + size] for k in range(len(letters) - size + 1))
    if not heads and not bracketed:
        return []
    found = []
    for m in _LATIN_CAPS.finditer(text):
        caps = m.group(1).replace(".", "")
        if caps in _WORK_ABBREVIATIONS or caps in _NOT_INITIALS:
            continue
        if caps in bracketed or any(
            len(h) == len(caps) and all(c in o for c, o in zip(caps, h, strict=True)) for h in heads
        ):
            found.append(Span(m.start(1), m.end(1), PERSON, 0.5, "initials of a person named in the text"))
    return found


# In any language and script: "Zeynab (۱۲ سال)", "ريم (٩ سنوات)", "তাসনিম (৭ বছর)",
# "Arjan (੬ ਸਾਲ)": a bracketed age after a word is that person's age, and the word
# before it (a clitic such as Arabic و may ride along) is the person.
_AGE_UNITS = (
    r"years?|yrs?|months?|ani|an|luni|lat|lata|rok|miesięcy|miesiące|oed|mis"
    r"|سنوات|سنة|سنين|عاماً|عاما|عام|أشهر|شهراً|شهرا|شهور|شهر|سال|ماہ|مہینے|বছর|মাস|ਸਾਲ|ਮਹੀਨੇ"
)
# Found from each "(" (a fast substring search), the age matched after it and the word before.
_BRACKET_AGE_INNER = LazyPattern(rf"\(\s*(\d{{1,3}}\s*(?:{_AGE_UNITS})(?:\s+old)?)\s*\)")
_WORD_BEFORE_BRACKET = LazyPattern(r"([^\W\d_][^\s(),.،]*)\s*$")
# "Zuzia ma 4 lata", "Ilinca are 9 ani", "Tom is 6": the capitalised word before "has/is N".
_NAME_BEFORE_HAS = LazyPattern(
    r"(?<![\w'’-])([A-ZÀ-ÖØ-ÞĄĆĘŁŃÓŚŹŻĂÂÎȘȚ][\w'’-]{1,30})\s+(?:ma|miał|miała|are|avea|is|was)\s+$"
)


_NOT_NAMES = frozenset(
    "it this that he she they there here which who what everything nothing one mine ours each".split()
)


# "তানিয়া (১৫)", "Tom (7)", "ريم (٩)": a bare number in brackets right after a found name.
_BRACKET_BARE = LazyPattern(r"\(\s*(\d{1,3})\s*\)")
_SPACE_BEFORE = LazyPattern(r"\s*$")


def _bracketed_ages(text: str, spans: list[Span]) -> list[Span]:
    taken = [(s.start, s.end) for s in spans]
    person_ends = {s.end for s in spans if s.kind == PERSON}
    found = []
    p = text.find("(")
    while p != -1:
        match = _BRACKET_AGE_INNER.match(text, p)
        if match is None and person_ends:
            bare = _BRACKET_BARE.match(text, p)
            if bare and 0 < int(bare.group(1)) <= 120:
                gap = _SPACE_BEFORE.search(text, max(0, p - 3), p)
                if gap and gap.start() in person_ends:
                    found.append(
                        Span(bare.start(1), bare.end(1), AGE, 0.6, "bare number in brackets after a name")
                    )
        before = _WORD_BEFORE_BRACKET.search(text, max(0, p - 40), p) if match else None
        p = text.find("(", p + 1)
        if before is None:
            continue  # no word right before the bracket
        found.append(Span(match.start(1), match.end(1), AGE, 0.7, "age in brackets"))
        word_start, word_end = before.span(1)
        word = before.group(1).lower()
        if word in names.RELATION_WORDS:
            continue  # "my son (7)": the relation, not a name
        if not any(a < word_end and word_start < b for a, b in taken):
            found.append(Span(word_start, word_end, PERSON, 0.5, "word before a bracketed age"))
    return found


def _names_before_has_age(text: str, spans: list[Span]) -> list[Span]:
    found = []
    for span in spans:
        if span.kind == AGE:
            match = _NAME_BEFORE_HAS.search(text, max(0, span.start - 45), span.start)
            if match and match.group(1).lower() not in _NOT_NAMES:
                found.append(Span(match.start(1), match.end(1), PERSON, 0.6, "name before an age"))
    return found


# "Basement flat, 40 Greville Terrace", "Pitch 11, Holly Bank Caravan Site", "pokój 3, 14 Grange
# Street", "الطابق الأرضي، 9 Kingsley Road", "রুম ৪, 112 Selborne Road": a short unit part (a word
# for flat, room, floor, pitch... with or without its number) joined by a comma to a street found
# by any recogniser is part of that address.
_UNIT_WORDS = tuple(
    unicodedata.normalize("NFC", w)
    for w in """flat apartment apt room rm basement ground floor pitch plot unit studio maisonette bedsit annexe annex
    berth mooring caravan chalet suite block house bungalow cottage no. nr. number top first second third
    mieszkanie mieszkaniu mieszkania mieszkaniem mieszk cumowania rulot pokój pokoj lokal piętro pietro parter suterena apartament camer etaj demisol subsol bloc
    scara garsonier fflat ystafell llawr
    شقة الشقة شقه غرفة الغرفة الطابق طابق الدور الأرضي الارضي السفلي البدروم القبو رقم فلیٹ فلیٹ کمرہ کمرا منزل
    بیسمنٹ تہہ مکان گھر ফ্ল্যাট ফ্লাট রুম কক্ষ ঘর বেসমেন্ট তলা ফ্লোর নিচতলা বাড়ি ਫਲੈਟ ਫ਼ਲੈਟ ਕਮਰਾ ਕਮਰੇ ਬੇਸਮੈਂਟ
    ਮੰਜ਼ਿਲ ਰੂਮ ਮਕਾਨ ਘਰ""".split()
)
_UNIT_BEFORE_RE = LazyPattern(
    r"(?:^|(?<=[\n:;(!?])|(?<=[.]\s)|(?<=\s))((?:[^\s,،:;.!?()]+[ \u00a0]+){0,2}[^\s,،:;.!?()]+)[ \u00a0]*[,،][ \u00a0]*$"
)


# the last words before an address, with nothing but spaces between them
_PLAIN_WORD_RE = LazyPattern(rf"[{_W}.]+")


def _unit_at(text: str, start: int) -> int | None:
    """Where the unit words before the street at ``start`` begin, if there are any: "the
    basement flat at 19 Alma Terrace", "الشقة الأرضية في 9 Chatham Hill Road", "garsoniera de la
    subsolul numărului 40", "pokoj nr 4 w domu na 88 station road"."""
    lo = max(0, start - 60)
    before = text[lo:start]
    if not before.endswith((" ", "\u00a0")):
        return None
    # the last six words, with nothing but spaces between them (no punctuation)
    words = list(_PLAIN_WORD_RE.finditer(before))[-6:]
    first = None
    end = len(before.rstrip())
    for w in reversed(words):
        if before[w.end() : end].strip(" \u00a0"):
            break
        end = w.start()
        if _is_unit_word(w.group().lower()):
            first = lo + w.start()
    return first


_UNIT_SET = frozenset(_UNIT_WORDS)
# noun endings a unit word takes ("garsoniera", "subsolul", "pokoju", "الشقة" is listed whole);
# not verbs that begin the same way ("mieszkamy", "blocat")
_UNIT_ENDINGS = (
    "",
    "s",
    "es",
    "a",
    "e",
    "ei",
    "u",
    "ul",
    "ului",
    "ui",
    "ie",
    "iu",
    "em",
    "ą",
    "ę",
    "ach",
    "ami",
)


@functools.lru_cache(maxsize=20_000)
def _is_unit_word(word: str) -> bool:
    word = word.rstrip(".,")
    return any(
        word.endswith(e) and word[: len(word) - len(e)] in _UNIT_SET
        for e in _UNIT_ENDINGS
        if len(word) > len(e)
    )


# A house number said in words before a street, as speech-to-text writes it: "pod dwadzieścia dwa
# Gladstone Street", "la cincizeci și doi Carlton Street", "at forty one a Portswood Road".
_NUMBER_WORDS_BEFORE = LazyPattern(
    rf"(?<![\w])((?:{ages._EN_WORD}|{ages._PL_WORD}|{ages._RO_WORD})"
    rf"(?:[ \u00a0]+(?:(?:și|şi|si)[ \u00a0]+)?(?:{ages._EN_WORD}|{ages._PL_WORD}|{ages._RO_WORD}))?"
    r"(?:[ \u00a0]+[a-hA-H])?)[ \u00a0]+$",
    re.IGNORECASE,
)


def _number_words_before_streets(text: str, spans: list[Span]) -> list[Span]:
    found = []
    for span in spans:
        if span.kind != ADDRESS or not text[span.start : span.start + 1].isupper():
            continue
        m = _NUMBER_WORDS_BEFORE.search(text, max(0, span.start - 48), span.start)
        if m:
            found.append(
                Span(m.start(1), span.end, ADDRESS, span.confidence, "a house number said before a street")
            )
    return found


def _units_before_streets(text: str, spans: list[Span]) -> list[Span]:
    found = []
    for span in spans:
        if span.kind != ADDRESS:
            continue
        if not text[span.start : span.start + 1].isdecimal():
            # "numărului 40, Lister Road": a numbered address; not "the top floor of Cobalt House"
            at = _unit_at(text, span.start)
            if (
                at is not None
                and not any(c.isdigit() for c in text[at : span.end])
                and "number" not in span.reason
                and not text[span.start : span.start + 6].lower().startswith(("number", "numer", "no. "))
            ):
                at = None  # "etajul 11 din Marlowe Tower" yes; not "the top floor of Cobalt House"
            if at is None and (m := _UNIT_BEFORE_RE.search(text, max(0, span.start - 40), span.start)):
                unit = m.group(1).lower().split()[-2:]
                if len(unit) == 2 and unit[0].startswith(_UNIT_WORDS) and unit[1][:1].isdecimal():
                    # "Unit 14, Colindale Trade Centre": a numbered unit of a named place
                    at = m.start(1) + re.search(r"\S+\s+\S+$", m.group(1)).start()
            if at is not None:
                found.append(Span(at, span.end, ADDRESS, span.confidence, "unit part before a street"))
            continue
        m = _UNIT_BEFORE_RE.search(text, max(0, span.start - 40), span.start)
        if not m:
            at = _unit_at(text, span.start)
            if at is not None:
                found.append(Span(at, span.end, ADDRESS, span.confidence, "unit part before a street"))
            continue
        part = m.group(1).lower()
        words = part.split()
        if (
            any(w.startswith(_UNIT_WORDS) for w in words)
            or any(ch.isdecimal() for ch in part)
            and len(words) <= 2
        ):
            found.append(Span(m.start(1), span.end, ADDRESS, span.confidence, "unit part before a street"))
    return found


# "18 ਨੰਬਰ ਵਾਲੇ ਘਰ", "18 نمبر والے گھر", "২৭ নম্বর-এ থাকেন", "پینتیس نمبر والی", "(4 নম্বর)": a house
# number with the word for number after it, in digits or words; found from the word for number.
_NUMBER_NOUN_RE = LazyPattern(r"(?:নম্বর|নাম্বার|নং|ਨੰਬਰ|ਨੰ\.|نمبر)(?:ে|ের|-এ|-এর|-ে)?")
_NUMBER_BEFORE_RE = LazyPattern(rf"(?<![{_W}])(\d{{1,4}}|[{_W}]+)[ \u00a0]*$")
_HOUSE_AFTER_RE = LazyPattern(
    r"[ \u00a0]*(?:\)|বাড়ি|বাসা|ফ্ল্যাট|ঘর|থাক|ਵਾਲ|ਘਰ|ਮਕਾਨ|ਫ਼ਲੈਟ|ਫਲੈਟ|ਵਿੱਚ|ਵਿਚ|ਰਹਿ|والے|والی|والا|گھر|مکان|فلیٹ"
    r"|میں[ \u00a0]+رہ|[\"”»])"
)


def _house_numbers_before_number_words(text: str) -> list[Span]:
    found = []
    for m in _NUMBER_NOUN_RE.finditer(text):
        before = _NUMBER_BEFORE_RE.search(text, max(0, m.start() - 16), m.start())
        if not before or not (before.group(1).isdecimal() or before.group(1) in ages.SCRIPT_NUMBER_WORDS):
            continue
        if _HOUSE_AFTER_RE.match(text, m.end()):
            found.append(Span(before.start(1), m.end(), ADDRESS, 0.6, "number word after a house number"))
    return found


# A name one recogniser found is a name wherever else it is written: the same word,
# capitalised the same way ("Present: Rose Kettering" ... "Rose thanked everyone"; "[7:21] ਅਮਨ:"
# ... "ਅਮਨ ਦੀਆਂ ਫ਼ੋਟੋਆਂ").
# Word characters with the combining marks of Arabic, Bengali and Gurmukhi ("করিম" is one word).
_NAME_WORD = LazyPattern(rf"[^\W\d_][{_W}'’-]*")
_DETERMINER_BEFORE = LazyPattern(r"(?:the|a|an)\s+$", re.IGNORECASE)
_NOT_SPREAD = frozenset(
    """the and for with from this that they them their there then when what who mrs miss mum dad
    our your his her its she him you not but all any housing homes council ombudsman team office date
    الله اللہ""".split()
)


_SHORT_FORM_RE = LazyPattern(r"(?<![\w'’-])[^\W\d_]{4,8}(?![\w'’-])")


def _names_elsewhere(text: str, spans: list[Span]) -> list[Span]:
    words: set[str] = set()
    initials: set[str] = set()
    sure: set[str] = set()  # words of findings made with a cue, not only in doubt
    for span in spans:
        if span.kind == PERSON and span.confidence > DOUBT_CONFIDENCE:
            sure.update(m.group().rstrip("'’-") for m in _NAME_WORD.finditer(text, span.start, span.end))
        if span.kind != PERSON:
            continue
        if span.reason == INITIALS_REASON:
            initials.add(text[span.start : span.end].rstrip("."))  # "EP", "J.B", "S.K.D"
            continue
        for m in _NAME_WORD.finditer(text, span.start, span.end):
            word = m.group().rstrip("'’-")
            if word.endswith(("'s", "’s")):
                word = word[:-2]
            latin = word.isascii() or word[:1].isupper()
            if len(word) < (3 if latin else 2) or word.lower() in _NOT_SPREAD:
                continue
            if latin and word.islower():
                # a lower-case name ("alfie-ray", "jord") again, and each half of a double name,
                # unless the word is also an everyday one
                for part in {word, *word.split("-")}:
                    if len(part) < 3 or part.lower() in _NOT_SPREAD:
                        continue
                    if (part != word and not names.function_word(part)) or not names.everyday_latin_word(
                        part
                    ):
                        words.add(part)
                continue
            if latin and (not word[:1].isupper() or word.isupper() or word.lower() in names.RELATION_WORDS):
                continue  # not "BILL" (shouting: "the BILL for the board") nor "Mum"
            if not latin and scripts.script_of(word) and scripts.ordinary_word(word, scripts.script_of(word)):
                continue
            words.add(word)
            if (
                latin
                and word.isalpha()
                and span.confidence > DOUBT_CONFIDENCE
                and word.lower() not in names.common_english()
            ):
                words.add(word.upper())  # the name again in a heading's capitals: "ALFIE'S ROOM"
    if not words and not initials:
        return []
    # short forms of a long Latin name written alone: "mada" for "madalina", "Alex" for "Alexandra"
    prefixes = {
        w.lower()[:k]
        for w in words
        if len(w) >= 6 and (w.isascii() or w[:1].isupper())
        for k in range(4, len(w) - 1)
    }
    if prefixes:
        for m in _SHORT_FORM_RE.finditer(text):
            token = m.group()
            low = token.lower()
            if low in prefixes and not names.everyday_latin_word(low):
                words.add(token)
    taken = [(s.start, s.end) for s in spans]
    groups = []
    if initials:  # "J.B.'s", "S.K.D.-এর": the dot belongs to the initials
        groups.append(
            "(?:"
            + "|".join(re.escape(w) + r"\.?" for w in sorted(initials, key=len, reverse=True))
            + rf")(?![{_W}])"
        )
    if words:
        groups.append(
            "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + rf")(?![{_W}-])"
        )
    # an Arabic clitic may be written onto initials too: "ور.ح تزورهم"
    pattern = re.compile(rf"(?:(?<![{_W}'’.-])|(?<=[وفبل])(?<![{_W}][وفبل]))(?:" + "|".join(groups) + ")")
    found = []
    for m in pattern.finditer(text):
        if m.group()[:1].isascii() and _DETERMINER_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "the Rose garden": not the person
        if not any(a <= m.start() and m.end() <= b for a, b in taken):
            confidence = 0.55 if m.group() in sure or m.group().rstrip(".") in initials else DOUBT_CONFIDENCE
            found.append(Span(m.start(), m.end(), PERSON, confidence, "a name found elsewhere in the text"))
    return found


# "41 Mutley Plain, PL4 6LB", "Calder Point, hx1 5tn": what is written just before a postcode
# is the home's street or building, whatever its last word.
_BEFORE_POSTCODE = LazyPattern(
    r"(?<![\w'’-])((?:\d{1,4}[a-zA-Z]?,?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s*,?\s*$"
)


def _streets_before_postcodes(text: str, spans: list[Span]) -> list[Span]:
    found = []
    people = [(s.start, s.end) for s in spans if s.kind == PERSON]
    for span in spans:
        if span.kind != POSTCODE:
            continue
        m = _BEFORE_POSTCODE.search(text, max(0, span.start - 60), span.start)
        if m and not m.group(1)[:1].isdigit() and any(a <= m.start(1) and m.end(1) <= b for a, b in people):
            continue  # a signature before the postcode ("Ama Owusu-Banks, LS6 2QT")
        if m and (m.group(1)[:1].isdigit() or " " in m.group(1)):
            found.append(Span(m.start(1), m.end(1), ADDRESS, 0.5, "written just before a postcode"))
    return found


# "ਹ. ਕ. ਸੰਧੂ", "এ. কে. আজাদ", "م. ع. خان": one letter (with its vowel sign) and a dot.
_SCRIPT_INITIALS_BEFORE = LazyPattern(
    r"(?<![\w\u0980-\u09ff\u0a00-\u0a7f\u0600-\u06ff])"
    r"((?:[\u0980-\u09b9\u0a05-\u0a39\u0621-\u064a\u067e-\u06d2][\u0981-\u0983\u09bc-\u09d7"
    r"\u0a01-\u0a03\u0a3c-\u0a51\u064b-\u065f]*[.۔][ \u00a0]*){1,3})$"
)


def _initials_before_script_names(text: str, spans: list[Span]) -> list[Span]:
    found = []
    for span in spans:
        if span.kind != PERSON or span.start < 2 or text[span.start].isascii():
            continue
        m = _SCRIPT_INITIALS_BEFORE.search(text, max(0, span.start - 16), span.start)
        if m:
            found.append(Span(m.start(1), span.end, PERSON, span.confidence, "initials before a name"))
    return found


# "Andrew Pickles", "Teresa Lis", "Martin Hale" inside Arabic: a given name the lists know,
# then a capitalised word, is a person with their family name, whatever else the second word
# means ("pickles", "lis" is a fox).
_FIRST_AND_NEXT = LazyPattern(
    # overlapping: "Sunt Cristina Bălan" is tried as "Sunt Cristina" and as "Cristina Bălan"
    r"(?<![\w'’.-])([A-Z][a-zà-ÿąćęłńóśźżăâîșşțţ'’-]{1,20})(?=[ \u00a0]+([A-Z][a-zà-ÿąćęłńóśźżăâîșşțţ'’-]{1,25})(?![\w'’-]))"
)
# besides names._STREET: organisation and place-kind words, and regions
_NOT_SURNAME = frozenset(
    """homes housing council group trust association services service ltd limited plc church school
    primary academy college surgery hospital mosque chapel north south east west northern southern
    eastern western central midlands""".split()
)


_CAPITAL_BEFORE = LazyPattern(r"(?<![\w'’.-])([A-Z][a-zà-ÿąćęłńóśźżăâîșşțţ-]{1,20})[ \u00a0]$")


def _given_names_before_surnames(text: str, spans: list[Span]) -> list[Span]:
    """ "Shona Fairweather" where only the surname was found: a capitalised word no word
    list knows, just before a found name, is its given name."""
    lists = names._lists()
    found = []
    for span in spans:
        if span.kind != PERSON or not text[span.start : span.start + 1].isupper():
            continue
        m = _CAPITAL_BEFORE.search(text, max(0, span.start - 22), span.start)
        if not m:
            continue
        low = m.group(1).lower()
        if (
            (names.everyday_latin_word(low) and low not in lists["first"])
            or low in names._TITLES
            or low in names._RELATION
            or low in names._MONTHS_DAYS
            or (low in lists["places"] and low not in lists["first"])
        ):
            continue
        found.append(Span(m.start(1), span.end, PERSON, span.confidence, "a given name before a found name"))
    return found


_LOWER_WORD_AFTER = LazyPattern(r" ([a-ząćęłńóśźżăâîșşțţ][a-ząćęłńóśźżăâîșşțţ'’-]{2,})(?![\w])")


_NICK_ADJECTIVE_BEFORE = LazyPattern(r"(?<![\w])(?:lil|lil'|big|wee|little)[ \u00a0]+$", re.IGNORECASE)


def _nickname_adjectives(text: str, spans: list[Span]) -> list[Span]:
    """ "lil dee", "big stevo": a nickname keeps its adjective (the marking's "Little Jim")."""
    return [
        Span(m.start(), span.end, PERSON, span.confidence, "a nickname with its adjective")
        for span in spans
        if span.kind == PERSON
        and (m := _NICK_ADJECTIVE_BEFORE.search(text, max(0, span.start - 8), span.start))
        and (
            m.group().split()[0].lower() in ("lil", "lil'", "wee")
            or text[m.start()].isupper() == text[span.start].isupper()
        )
    ]


# "Jadwiga Baran (nr 11, 77 lat)", "Aurelia Munteanu, ap. 9, 78 de ani;", "Wilk, mieszkanie 9, 84 i 80
# lat", "رقم 22، ٧٠ عاماً": an age set off by a comma or bracket right after a name or a home.
_AGE_UNIT = (
    r"(?:lat|lata|de[ \u00a0]+ani|ani|years[ \u00a0]+old|years|yrs|months|miesięcy|miesiące|luni|سنة|سنوات|عاماً|عامًا|عاما"
    r"|شهراً|شهرًا|سال|ماہ|বছর|মাস|ਸਾਲ|ਮਹੀਨੇ)"
)
_AGE_SET_OFF = LazyPattern(
    rf"[ \u00a0]*[,،(][ \u00a0]*({_ANY_DIGIT}{{1,3}}(?:[ \u00a0]*{_AGE_UNIT})?)"
    rf"(?:[ \u00a0]+(?:i|și|şi|si|and|و|اور|ও|ਅਤੇ)[ \u00a0]*({_ANY_DIGIT}{{1,3}}[ \u00a0]*{_AGE_UNIT})"
    rf"|[ \u00a0]*{_AGE_UNIT})?(?![\w\u0600-\u06ff\u0980-\u09ff\u0a00-\u0a7f])"
    # not a time: "Flat 4, 3 years ago", "ap. 2, 5 ani în urmă", "رقم 4، ٣ سنوات قبل"
    r"(?![ \u00a0]*(?:ago|later|after|before|since|earlier|temu|później|wcześniej|în[ \u00a0]+urmă|in[ \u00a0]+urma"
    r"|mai[ \u00a0]+târziu|după|dupa|قبل|بعد|مضت|من[ \u00a0]+الانتظار|پہلے|آগে|আগে|পরে|ਪਹਿਲਾਂ|ਬਾਅਦ)(?![\w]))"
)


def _ages_set_off(text: str, spans: list[Span]) -> list[Span]:
    found = []
    for span in spans:
        if span.kind not in (PERSON, ADDRESS):
            continue
        m = _AGE_SET_OFF.match(text, span.end)
        if not m or not re.search(_AGE_UNIT, m.group(0)):
            continue  # "Flat 4, 12,": a unit is wanted
        if int(re.match(r"\d+", unicodedata.normalize("NFKC", m.group(1))).group() or 0) > 110:
            continue
        found.append(Span(m.start(1), m.end(1), AGE, 0.55, "an age set off after a name or home"))
        if m.group(2):
            found.append(Span(m.start(2), m.end(2), AGE, 0.55, "an age set off after a name or home"))
    return found


# Several homes in one phrase: "mieszkania 3, 16 i 22", "apartamentele 4 și 12", "فلیٹ ۴، ۷ اور ۱۲",
# "flats 3, 6 and 9": the word for the homes, the numbers and the word for "and".
_HOME_NUMBER = rf"{_ANY_DIGIT}{{1,4}}[A-Za-z]?"
_HOMES_LISTED = LazyPattern(
    r"(?<![\w])((?:flats?|nos?\.|numbers|houses|mieszkania|mieszkań|mieszkanie|lokale|apartamentele|apartamente"
    r"|apartamentul|ap\.|شقق|الشقق|شقة|فلیٹ|فلیٹس|مکان|ফ্ল্যাট|বাড়ি|ਫਲੈਟ|ਫ਼ਲੈਟ|ਘਰ)[ \u00a0]*"
    + _HOME_NUMBER
    + rf"(?:[ \u00a0]*[,،][ \u00a0]*{_HOME_NUMBER})*[ \u00a0]*,?[ \u00a0]*"
    r"(?:and|&|i|oraz|și|şi|si|و|اور|ও|এবং|ਅਤੇ|ਤੇ)[ \u00a0]*" + _HOME_NUMBER + r")(?![\w])",
    re.IGNORECASE,
)


# Initials in the scripts, each letter with its dot: "ج.م.", "ع۔ر۔" (the Urdu full stop), "ম.হ.", "ਰ.ਸ."
_SCRIPT_DOTTED_INITIALS = LazyPattern(
    rf"(?<![\w\u064b-\u065f\u0670\u0980-\u09ff\u0a00-\u0a7f])((?:{minutes.SCRIPT_LETTER}[.۔][ \u00a0]?){{2,3}})"
    r"(?![\w\u064b-\u065f\u0670\u0980-\u09ff\u0a00-\u0a7f])"
)


# "Will, who held the ladder, ...": a listed given name opening a sentence before ", who" is the
# person (a word that is also a name is one when a relative clause about a person follows).
_NAME_WHO = LazyPattern(
    r"(?:^|(?<=[.!?;:]))[ \u00a0\n]+((?-i:[A-Z])[a-z]+),[ \u00a0]+who[ \u00a0]+(?!is[ \u00a0]+it|are|cares)"
)
# Romanian "(acum de 3 ani și sănătoasă!)", "(de 7 ani)": an age in brackets after a name.
_RO_BRACKET_AGE = LazyPattern(
    rf"\([ \u00a0]*(?:acum[ \u00a0]+|azi[ \u00a0]+|deja[ \u00a0]+)?de[ \u00a0]+(({ages._RO_NUM})[ \u00a0]+(?:de[ \u00a0]+)?{ages._RO_UNIT})(?![\w])",
    re.IGNORECASE,
)


# A report's household: "Occupants: 2 adults (71, 68), 1 child (4 yrs, asthma)", "mother (74, COPD)",
# "newborn (6 weeks)": each number opening an item in the brackets after a household word is an age.
_HOUSEHOLD_WORD_BEFORE = LazyPattern(
    r"(?<![\w])(?:child|children|kids?|adults?|sons?|daughters?|mother|father|mum|dad|baby|babies|newborn|infant"
    r"|toddler|grandson|granddaughter|grandchild|grandchildren|nan|gran|grandmother|grandfather|husband|wife|partner"
    r"|twins|teenager|teen|boy|girl|occupant|occupier|tenant|\+[ \u00a0]?\d)[ \u00a0]*$",
    re.IGNORECASE,
)
_BRACKETED = LazyPattern(r"\(([^()\n]{1,80})\)")
_ITEM_AGE = LazyPattern(
    r"[ \u00a0]*(\d{1,3}(?:[ \u00a0]*(?:yrs?|years?(?:[ \u00a0]+old)?|y/?o|months?|mths?|weeks?|wks?|days?))?)"
    r"(?=[ \u00a0]*(?:[,;)]|$|and[ \u00a0]))",
    re.IGNORECASE,
)


def _household_ages(text: str) -> list[Span]:
    found = []
    for m in _BRACKETED.finditer(text):
        if not _HOUSEHOLD_WORD_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            continue
        at = m.start(1)
        for item in re.finditer(r"[^,;]+", m.group(1)):
            a = _ITEM_AGE.match(text, at + item.start(), m.end(1))
            if a and int(re.match(r"\d+", a.group(1)).group()) <= 110:
                found.append(Span(a.start(1), a.end(1), AGE, 0.6, "an age in a household's brackets"))
    return found


# "وعمر عمره ٦ سنوات": Omar, whose name is the word for age, before "his age".
_OMAR_AGE = LazyPattern(r"(?<![\w\u064b-\u065f])و?(عمر)[ \u00a0]+(?:عمره|عمرو)(?![\w])")


# A caller or writer saying who they are: "it's Hyacinth from Tanner House", "this is Precious here".
_ITS_NAME = LazyPattern(
    r"(?<![\w])(?:it'?s|it’s|it[ \u00a0]+is|this[ \u00a0]+is)[ \u00a0]+((?-i:[A-Z])[a-z]+)"
    r"(?:(?=[ \u00a0]+(?:from|here)(?![\w]))|(?=[ \u00a0]*[,.!]))",
    re.IGNORECASE,
)
# A voicemail read out by a phone, in lower case: "this is craig from volt safe", "calling for
# miriam hassan about", "a message for mister shah john mia", "hi kristof it's dan from".
_VOICEMAIL_NAME = LazyPattern(
    r"(?<![\w])(?:this[ \u00a0]+is|it'?s|it’s|calling[ \u00a0]+for|message(?:[ \u00a0]+is)?[ \u00a0]+for|(?:hi|hello|hiya)(?=[ \u00a0]+[a-z]+[ \u00a0]+it'?s))"
    r"[ \u00a0]+(?:(?:mister|mr|mrs|miss|ms)[ \u00a0]+)?([a-z][a-z'’-]{1,20}(?:[ \u00a0]+[a-z][a-z'’-]{1,20}){0,2}?)"
    r"(?=[ \u00a0]+(?:from|about|at|regarding|re|it'?s|it’s|calling|this|your|we|i|on)(?![\w])|[ \u00a0]*[,.!?\"]|$)"
)
# A given name and the initial of the family name: "Your operative will be Lee T. from ...".
_NAME_AND_INITIAL = LazyPattern(
    r"(?<![\w.])((?-i:[A-Z])[a-z]{1,15}) (?-i:[A-Z])\.(?=[ \u00a0]+[a-z]|[ \u00a0]*[,;:)!?\"”]|[ \u00a0]*$)"
)


# Arabic "تفضلي يا أمل" (go ahead, Amal), "موقّعة باسم رحاب" (signed in the name of Rehab): the
# vocative particle and "in the name of" before a name, whatever the word means otherwise.
_AR_VOCATIVE = LazyPattern(
    r"(?<![\w\u064b-\u065f])(?:يا|باسم)[ \u00a0]+[«\"“]?((?:(?:أم|ام|أبو|ابو)[ \u00a0]+)?[\u0621-\u064a\u064b-\u065f\u0670]{2,})(?![\w])"
)
_NOT_AFTER_VOCATIVE = frozenset(
    """رب الله جماعة شباب أخي اخي أختي اختي حبيبي حبيبتي ست سيدي سيدتي بنت ولد ناس عمي خالتي ماما بابا أمي امي
    ابني بنتي أستاذ استاذ أستاذة دكتور دكتورة حاج حاجة أخت أخ صديقي صديقتي جماعه ريت ليت عيني قلبي روحي حلوة
    حلو بنات أولاد اولاد شيخ أبي ابي جدتي جدي خالي عمتي عزيزي عزيزتي سلام ويلي""".split()
)


# A reader's pen-name in an advice column, greeted back: "Dear Worried of Walthamstow,", "Droga Mamo
# trójki z Ealingu,", "Dragă Mămică din Harrow,". The pen-name is found again where it signs the letter.
_PEN_NAME = LazyPattern(
    r"(?<![\w])(?:Dear|Droga|Drogi|Dragă|Draga|Drag)[ \u00a0]+((?-i:[A-ZĄĆĘŁŃÓŚŹŻĂÂÎȘȚ])[\w'’-]+(?:[ \u00a0][\w'’-]+){0,3}?"
    r"[ \u00a0]+(?:of|from|in|z|ze|spod|din|de[ \u00a0]+la)[ \u00a0]+(?-i:[A-ZĄĆĘŁŃÓŚŹŻĂÂÎȘȚ])[\w'’-]+"
    r"(?:[ \u00a0](?-i:[A-ZĄĆĘŁŃÓŚŹŻĂÂÎȘȚ])[\w'’-]+){0,2})[ \u00a0]*[,!:]"
)


def _pen_names(text: str) -> list[Span]:
    found = []
    for m in _PEN_NAME.finditer(text):
        found.append(Span(m.start(1), m.end(1), PERSON, 0.55, "a reader's pen-name"))
        tail = m.group(1).split(None, 1)[1] if " " in m.group(1) else ""
        if len(tail) < 6:
            continue
        for again in re.finditer(r"[\w'’-]+[ \u00a0]+" + re.escape(tail) + r"(?![\w])", text):
            if again.start() != m.start(1):
                found.append(Span(again.start(), again.end(), PERSON, 0.55, "a reader's pen-name"))
    return found


# A signatory with their home in brackets: "Rose (no. 15)", "Magdalena i Krystian Nowak (nr 8)",
# "صفاء (رقم ١٩)", "ناہید (فلیٹ 5)": the words before are a name.
_HOME_IN_BRACKETS = LazyPattern(
    r"[ \u00a0]*\([ \u00a0]*(?:no\.?|nr\.?|number|flat|ap\.?|apt\.?|m\.|mieszkanie|apartament(?:ul)?|house"
    r"|رقم|شقة|الشقة|فلیٹ|مکان|نمبر|ফ্ল্যাট|নং|বাড়ি|ਫਲੈਟ|ਨੰਬਰ|ਮਕਾਨ)[ \u00a0]*" + _ANY_DIGIT,
    re.IGNORECASE,
)
_WORDS_BEFORE_BRACKET = LazyPattern(
    r"(?:^|(?<=[\s,،;:.\-–]))((?:[^\W\d_][\w'’\u064b-\u065f\u0670\u0980-\u09ff\u0a00-\u0a7f-]*[ \u00a0]?){1,3})$"
)
_AND_BEFORE = LazyPattern(
    r"(?:^|(?<=[\s,،;:.\-–]))([^\W\d_][\w'’-]*)[ \u00a0]+(?:i|și|şi|si|and|&)[ \u00a0]+$|(?<=[\s،,])([^\W\d_]+)[ \u00a0]+(?=و)"
)


def _names_before_homes(text: str, spans: list[Span]) -> list[Span]:
    found = []
    for m in _HOME_IN_BRACKETS.finditer(text):
        if text[m.start() : m.start() + 1] not in " (\u00a0":
            continue
        before = _WORDS_BEFORE_BRACKET.search(text, max(0, m.start() - 40), m.start())
        if not before:
            continue
        words = before.group(1).split()
        keep: list[str] = []
        for w in reversed(words):  # from the bracket back, while the words can be a name
            script = scripts.script_of(w)
            if script:
                bare = w[1:] if w.startswith("و") and len(w) > 3 else w
                if scripts.ordinary_word(bare, script) or scripts.ordinary_word(w, script):
                    break
            elif not w[:1].isupper() or w.lower() in names.RELATION_WORDS or names.function_word(w.lower()):
                break
            keep.append(w)
        if not keep or (
            len(keep) == 1 and scripts.script_of(keep[0]) and keep[0].lstrip("و").startswith("ال")
        ):
            continue  # "والمصعد (رقم 3)": "the lift", a noun with the article
        start = text.rfind(keep[-1], max(0, m.start() - 60), m.start())
        if start < 0:
            continue
        before_word = text[max(0, start - 3) : start].rstrip()
        if keep[-1].startswith("و") and len(keep[-1]) > 3 and before_word[-1:].isalpha():
            start += 1  # "فاطمة ومحمد": "and" glued on after another name; not "الموقعون: وداد"
        end = len(text[: m.start()].rstrip())
        found.append(Span(start, end, PERSON, 0.6, "a name with its home in brackets"))
        pair = _AND_BEFORE.search(text, max(0, start - 30), start)
        if pair and pair.group(1) and pair.group(1)[:1].isupper():
            found.append(Span(pair.start(1), pair.end(1), PERSON, 0.6, "a name with its home in brackets"))
    return found


def _inflected_surname(word: str) -> bool:
    """A listed family name, or one with a Polish case ending: "kwiatkowskiego", "kubiakiem", "wilka"."""
    if names.known_surname(word):
        return True
    if word.endswith("ą") and names.known_surname(word[:-1] + "a"):
        return True  # "kwiatkowską"
    return any(names.known_surname(word[:-k]) for k in (1, 2, 3) if len(word) - k >= 3) or (
        word.endswith(("ej", "im")) and names.known_surname(word[:-2] + "i")
    )


def _lower_surnames_after_names(text: str, spans: list[Span]) -> list[Span]:
    """ "mój tata zdzisław kubiak", "radnego tomasza wilka": in a story typed in lower case, the
    family name after a found given name, when it is a listed family name or no word a list knows
    (an inflected family name is the found name's too: "wilka" for "wilk")."""
    found = []
    for span in spans:
        if (
            span.kind != PERSON
            or span.confidence <= DOUBT_CONFIDENCE  # not a word the doubt layer only suspects
            or not text[span.start : span.end].isalpha()
            or not text[span.start].islower()
        ):
            continue
        m = _LOWER_WORD_AFTER.match(text, span.end)
        if not m or not m.group(1).isalpha():  # not "kristof it's"
            continue
        word = m.group(1)
        if word in names._RELATION or word in names._TITLES or names.known_place(word):
            continue
        if not names.everyday_latin_word(word) or (
            _inflected_surname(word) and word not in names.common_english()
        ):
            found.append(
                Span(span.start, m.end(1), PERSON, span.confidence, "a family name after a given name")
            )
    return found


_INTRO_OR_TITLE_BEFORE = LazyPattern(
    r"(?<![\w])(?:mr|mrs|ms|miss|dr|cllr|pan|pani|pana|panią|panem|domnul|doamna|domnului|doamnei|dl\.?|dna\.?"
    r"|sunt|numesc|jestem|nazywam[ \u00a0]+się|i'm|i[ \u00a0]+am|name[ \u00a0]+is)[ \u00a0]+$",
    re.IGNORECASE,
)


def _first_names_and_surnames(text: str, spans: list[Span], lang: str) -> list[Span]:
    lists = names._lists()
    first = lists["first"]
    found = []
    for m in _FIRST_AND_NEXT.finditer(text):
        one, two = m.group(1).lower(), m.group(2).lower().removesuffix("'s").removesuffix("’s")
        listed = one in first or (lang == "pl" and any(x in first for x in names._pl_stems(one)))
        if not listed or one in names._STOP or one in names._TITLES or one in names._MONTHS_DAYS:
            continue  # "Danuty Lis": an inflected given name counts too
        if one in _NOT_SURNAME or one in names._STREET:
            continue  # "South East", "North West": a region
        # after a title or "I am", a capitalised word after the given name is the family name
        # ("pan Tadeusz Maj", "Sunt Cristina Bălan"): Polish and Romanian write months in lower case
        titled = _INTRO_OR_TITLE_BEFORE.search(text, max(0, m.start() - 25), m.start()) is not None
        month_ok = titled and lang in ("pl", "ro") and two in names._MONTHS_DAYS
        if two in _NOT_SURNAME or two in names._STREET or two in names._FUNCTION_EN:
            continue
        if two in names._STOP and not month_ok:
            continue
        if two in names._RELATION:
            continue
        if (two in names._MONTHS_DAYS and not month_ok) or (two in lists["places"] and not titled):
            continue
        m_end = m.end(2)
        end = m_end - 2 if m.group(2).endswith(("'s", "’s")) else m_end  # "Nora Quill's": not the 's
        found.append(Span(m.start(), end, PERSON, 0.55, "a given name and a family name"))
    return found


_WORD_BEFORE = LazyPattern(rf"([{_W}]+)[ \u00a0]*,?[ \u00a0]*$")


# "age" itself before an age ("عمر 8 سال", "ਉਮਰ 80 ਸਾਲ"), not a name
_AGE_NOUNS = frozenset(
    "عمر عمرہ عمري عمره عمرها العمر سن سنه سِن ਉਮਰ ਉਮਰ: বয়স বয়েস বয়স"
    # "has" (spoken Arabic: "آدم، عندو عامين"): the name is before it
    " عنده عندها عندو عندي عندك عندهم عندوا عمرهما عمرهن".split()
)


def _script_names_before_ages(text: str, spans: list[Span], lang: str) -> list[Span]:
    """ "ਜੱਸ 5 ਸਾਲ ਦਾ", "তানিয়া, ৯ বছর": the name said just before an age."""
    taken = {(s.start, s.end) for s in spans}
    ends = {s.end for s in spans if s.kind == PERSON}
    found = []
    for span in spans:
        if span.kind != AGE:
            continue
        m = _WORD_BEFORE.search(text, max(0, span.start - 30), span.start)
        if m and m.group(1) in _AGE_NOUNS:
            # "علی، عمر 12 سال": the name before the word for age
            m = _WORD_BEFORE.search(text, max(0, m.start(1) - 30), m.start(1))
        if not m or m.end(1) in ends or (m.start(1), m.end(1)) in taken:
            continue
        if m.group(1) not in _AGE_NOUNS and scripts.could_be_name(m.group(1), lang):
            found.append(Span(m.start(1), m.end(1), PERSON, 0.5, "a name said before an age"))
    return found


# "جو (Jo)", "মুজিবুর রহমান (Mujibur Rahman)", "Jo (جو)": a name and its transliteration.
_NATIVE = "\u0600-\u06ff\u0980-\u09ff\u0a00-\u0a7f"
_LATIN_IN_BRACKETS = LazyPattern(r"\([ \u00a0]*([A-Z][\w'’-]+(?:[ \u00a0][A-Z][\w'’-]+){0,2})[ \u00a0]*\)")
_NATIVE_IN_BRACKETS = LazyPattern(rf"\([ \u00a0]*([{_NATIVE}][{_W} \u00a0]{{0,40}}?)[ \u00a0]*\)")
_NATIVE_WORDS_BEFORE = LazyPattern(rf"((?:[{_NATIVE}][{_W}]*[ \u00a0]?){{1,3}})[ \u00a0]*$")
_LATIN_WORDS_BEFORE = LazyPattern(r"([A-Z][\w'’-]+(?:[ \u00a0][A-Z][\w'’-]+){0,2})[ \u00a0]*$")


def _transliterations(text: str, spans: list[Span]) -> list[Span]:
    people = [(s.start, s.end) for s in spans if s.kind == PERSON]

    def person(a: int, b: int) -> bool:
        return any(x <= a and b <= y for x, y in people)

    found = []
    for m in _LATIN_IN_BRACKETS.finditer(text):  # native words, then the Latin name in brackets
        before = _NATIVE_WORDS_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if not before:
            continue
        words = before.group(1).split()[-len(m.group(1).split()) :]
        start = before.start(1) + before.group(1).rfind(words[0])
        end = before.start(1) + len(before.group(1).rstrip())
        if person(m.start(1), m.end(1)) or person(start, end):
            found.append(Span(start, end, PERSON, 0.6, "a name and its transliteration"))
            found.append(Span(m.start(1), m.end(1), PERSON, 0.6, "a name and its transliteration"))
    for m in _NATIVE_IN_BRACKETS.finditer(text):  # a Latin name, then the native words in brackets
        before = _LATIN_WORDS_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if not all(names._native_plain(w) for w in m.group(1).split()):
            continue  # "Latifa BENJELLOUN (كما في الجواز)": "as in the passport", no name
        if before and (person(before.start(1), before.end(1)) or person(m.start(1), m.end(1))):
            found.append(Span(m.start(1), m.end(1), PERSON, 0.6, "a name and its transliteration"))
            found.append(Span(before.start(1), before.end(1), PERSON, 0.6, "a name and its transliteration"))
    return found


_FLAT_LETTER_END = LazyPattern(r"(?<![\w])\d{1,4}[a-hA-H]$")


# How a bank statement or payment file prints a payee: "J M COOKSON", "GASIOROWSKI R".
_CAPITAL_PAYEE = LazyPattern(
    r"(?<![\w.'’])(?:(?P<initials>[A-Z](?:\.?[ \u00a0][A-Z])?)\.?[ \u00a0](?P<surname>[A-Z][A-Z'’-]{3,})"
    r"|(?P<surname2>[A-Z][A-Z'’-]{3,})[ \u00a0](?P<initial2>[A-Z])\.?)(?![\w])"
)


def _capital_payees(text: str) -> list[Span]:
    """Initials with a family name in capitals: a listed family name, or no everyday word."""
    found = []
    for m in _CAPITAL_PAYEE.finditer(text):
        initials = (m.group("initials") or m.group("initial2")).replace(".", "").split()
        surname = m.group("surname") or m.group("surname2")
        if any(i in ("I", "A") for i in initials) or not _capital_family_name(surname):
            continue  # "I AM", "PLAN B WAS", "B NHS"
        found.append(Span(m.start(), m.end(), PERSON, 0.6, "initials and a family name in capitals"))
    return found


# "J.S.", "R.T." alone in any language: initials with their dots stand for a person.
_DOTTED_INITIALS = LazyPattern(r"(?<![\w.])([A-Z]\.[ \u00a0]?[A-Z]\.(?:[ \u00a0]?[A-Z]\.)?)(?![\w])")
# "Tobias van der Merwe", "Abdulrahman bin Saeed Bawazir": particles join the names around them.
_PARTICLE_AFTER = LazyPattern(
    r"[ \u00a0]+((?:van[ \u00a0]+der|van[ \u00a0]+den|van|von|de[ \u00a0]+la|de|del|della|di|da|du|bin|ibn|bint|al|el|abu|ur|ud)"
    r"[ \u00a0]+[A-Z][\w'’-]+(?:[ \u00a0]+[A-Z][\w'’-]+)?)"
)


def _initials_and_particles(text: str, spans: list[Span]) -> list[Span]:
    found = []
    if "." in text:
        for m in _DOTTED_INITIALS.finditer(text):
            if m.group(1).replace(".", "").replace(" ", "") not in minutes.NOT_DOTTED_INITIALS:
                found.append(Span(m.start(1), m.end(1), PERSON, 0.55, "initials"))
    for span in spans:
        if span.kind != PERSON or not text[span.end - 1 : span.end].isalpha():
            continue
        m = _PARTICLE_AFTER.match(text, span.end)
        if m:
            found.append(
                Span(span.start, m.end(1), PERSON, span.confidence, "a name's particle and the rest")
            )
    return found


# Between two parts of one address: a comma, or a floor ("flat 3, second floor, Linacre House",
# "ਬੰਗਲਾ ਨੰਬਰ 7, Ashdown Close").
_ADDRESS_GAP = LazyPattern(
    r"[ \u00a0]*[,،]?[ \u00a0]*(?:(?:(?:ground|first|second|third|fourth|fifth|sixth|top|basement|\d{1,2}(?:st|nd|rd|th))"
    r"[ \u00a0]+floor"
    # the same in the scripts: "ਪਹਿਲੀ ਮੰਜ਼ਿਲ", "دوسری منزل", "৩য় তলা", "الطابق الثاني"
    r"|(?:ਪਹਿਲੀ|ਦੂਜੀ|ਤੀਜੀ|ਚੌਥੀ|ਪੰਜਵੀਂ|ਛੇਵੀਂ|ਉੱਪਰਲੀ|ਹੇਠਲੀ|ਗਰਾਊਂਡ)[ \u00a0]+(?:ਮੰਜ਼ਿਲ|ਮੰਜਿਲ|ਫ਼ਲੋਰ|ਫਲੋਰ)"
    r"|(?:پہلی|دوسری|تیسری|چوتھی|پانچویں|چھٹی|اوپر\S*|نچلی|گراؤنڈ)[ \u00a0]+(?:منزل|فلور)"
    r"|(?:[০-৯\d]{1,2}(?:ম|য়|য়|র্থ|ষ্ঠ)|প্রথম|দ্বিতীয়|তৃতীয়|চতুর্থ|পঞ্চম|নিচ|উপর)[ \u00a0]*(?:তলা|তলায়|তলায়|ফ্লোর)"
    r"|(?:الطابق|طابق)[ \u00a0]+\S+)"
    r"[ \u00a0]*[,،]?[ \u00a0]*)?",
    re.IGNORECASE,
)


# "۶۰ Midland Road نا پچھلا فلیٹ", "৪০ Mafeking Road-এর বেসমেন্ট ফ্ল্যাটে": the flat of a house,
# written after the house.
_FLAT_OF_AFTER = LazyPattern(
    r"(?:-?(?:এর|র|ের)|[ \u00a0]+(?:کا|کی|کے|نا|نی|نے|دا|دی|دے|ਦਾ|ਦੀ|ਦੇ))[ \u00a0]+"
    r"(?:[^\s,،.।۔]+[ \u00a0]+){0,2}?"
    r"(?:ফ্ল্যাট|ফ্লাট|ফ্ল্যাটে|ফ্ল্যাটটা|فلیٹ|فلیٹ|کمرہ|کمرے|ਫਲੈਟ|ਫ਼ਲੈਟ|ਕਮਰਾ|ਕਮਰੇ)(?:ে|ে|টা|টি)?"
)


# "Flat 3, Block B": the block after a flat
_BLOCK_AFTER = LazyPattern(
    r"[ \u00a0]*,[ \u00a0]*(?:Block|Blok|Bloc|blok|bloc)[ \u00a0]+[A-Z0-9]{1,3}(?![\w])"
)


def _joined_addresses(text: str, spans: list[Span]) -> list[Span]:
    found = []
    for span in spans:
        if span.kind == ADDRESS:
            m = _FLAT_OF_AFTER.match(text, span.end) or _BLOCK_AFTER.match(text, span.end)
            if m:
                found.append(Span(span.start, m.end(), ADDRESS, span.confidence, "the flat of a house"))
    addresses = [s for s in spans if s.kind == ADDRESS]
    for a, b in zip(addresses, addresses[1:], strict=False):
        if 0 < b.start - a.end <= 28 and _ADDRESS_GAP.fullmatch(text, a.end, b.start):
            found.append(
                Span(a.start, b.end, ADDRESS, max(a.confidence, b.confidence), "parts of one address")
            )
    return found


# Polish and Romanian nicknames: "căruia îi spunem Nuțu", "i se zice Gică", "mówimy na niego Bolek",
# "godajōm na mie Ruda", "zwany Rudy", "poreclit Zmeul".
_PLRO_NICKNAME = LazyPattern(
    r"(?:(?:îi|ii|i|le|ne|mi)[ \u00a0]+(?:se[ \u00a0]+)?(?:spunem|zicem|spun|zic|spune|zice|strigăm|strigam)"
    r"|(?:mówią|mówimy|mówi|wołają|wołamy|woła|godajōm|godają|godomy|godo)[ \u00a0]+na[ \u00a0]+"
    r"(?:mnie|niego|nią|nia|mie|niygo|nich|nas)"
    r"|zwany|zwana|zwanego|zwaną|poreclit|poreclită|porecla|ksywa|ksywka|ksywką|alias)"
    r"[ \u00a0]+[\"„“']?([A-ZĄĆĘŁŃÓŚŹŻĂÂÎȘŞȚŢa-ząćęłńóśźżăâîșşțţ][\wąćęłńóśźżăâîșşțţ'-]+)"
)
# "Florin Dumitrescu, Flo pentru prieteni,", "Gary (Gaz to his mates)": the name friends use
_NICKNAME_FOR_FRIENDS = LazyPattern(
    r"(?<=[,(])[ \u00a0]*[\"„“']?([A-ZĄĆĘŁŃÓŚŹŻĂÂÎȘŞȚŢ][\wąćęłńóśźżăâîșşțţ'’-]{1,15})[\"”']?[ \u00a0]+"
    r"(?:pentru[ \u00a0]+(?:prieteni|toți|toti|toată[ \u00a0]+lumea|toata[ \u00a0]+lumea|cei[ \u00a0]+apropiați)"
    r"|dla[ \u00a0]+(?:przyjaciół|przyjaciol|znajomych|wszystkich|rodziny|bliskich)"
    r"|to[ \u00a0]+(?:his|her|their|my|our)[ \u00a0]+(?:friends|mates|family)|to[ \u00a0]+(?:friends|everyone|everybody|family|the[ \u00a0]+family|all))"
    r"(?![\w])"
)

# ..., dla wszystkich Mirek", "Florin, pentru prieteni Flo": the same, the name last
# "he was PJ to the whole of Ashbourne Court", "she was Queenie to everyone": the name a place used.
_WAS_NAME_TO_ALL = LazyPattern(
    r"(?<![\w])(?:he|she)[ \u00a0]+was[ \u00a0]+(?:just[ \u00a0]+|always[ \u00a0]+|simply[ \u00a0]+)?[\"“']?"
    r"((?-i:[A-Z])[\w'’-]{1,15}(?:[ \u00a0](?-i:[A-Z])[a-z'’-]{1,15})?)[\"”']?[ \u00a0]+to[ \u00a0]+"
    r"(?:everyone|everybody|all[ \u00a0]+of[ \u00a0]+us|us[ \u00a0]+all|the[ \u00a0]+whole|the[ \u00a0]+street|the[ \u00a0]+estate"
    r"|the[ \u00a0]+block|the[ \u00a0]+kids|the[ \u00a0]+neighbours|half[ \u00a0]+the)(?![\w])",
    re.IGNORECASE,
)
_FRIENDS_CALL_NICKNAME = LazyPattern(
    r"(?<=[,(])[ \u00a0]*"
    r"(?:pentru[ \u00a0]+(?:prieteni|toți|toti|toată[ \u00a0]+lumea|toata[ \u00a0]+lumea|cei[ \u00a0]+apropiați)"
    r"|dla[ \u00a0]+(?:przyjaciół|przyjaciol|znajomych|wszystkich|rodziny|bliskich)"
    r"|to[ \u00a0]+(?:his|her|their|my|our)[ \u00a0]+(?:friends|mates|family)|to[ \u00a0]+(?:friends|everyone|everybody))"
    r"[ \u00a0,]+[\"„“']?([A-ZĄĆĘŁŃÓŚŹŻĂÂÎȘŞȚŢ][\wąćęłńóśźżăâîșşțţ'’-]{1,15})(?![\w])"
)


def _found_again(
    text: str,
    spans: list[Span],
    values: dict[str, str],
    reason: str,
    before: str = rf"(?<![{_W}'’.-])",
    after: str = rf"(?![{_W}])",
) -> list[Span]:
    """Each value (text -> kind) wherever else it is written, whole, outside the findings."""
    if not values:
        return []
    pattern = re.compile(
        before + "(?:" + "|".join(re.escape(v) for v in sorted(values, key=len, reverse=True)) + ")" + after
    )
    taken = [(s.start, s.end) for s in spans]
    return [
        Span(m.start(), m.end(), values[m.group()], 0.55, reason)
        for m in pattern.finditer(text)
        if not any(a < m.end() and m.start() < b for a, b in taken)
    ]


def _addresses_elsewhere(text: str, spans: list[Span]) -> list[Span]:
    """A named place found once is found wherever it is written again ("the Calder Point
    panel" before "the stairwell at Calder Point, hx1 5tn")."""
    places = {
        text[s.start : s.end]
        for s in spans
        if s.kind == ADDRESS and s.end - s.start >= 6 and (" " in text[s.start : s.end])
    }
    # and a flat's number with its letter written alone ("flat 3c" ... "asleep in 3c")
    places |= {
        m.group()
        for s in spans
        if s.kind == ADDRESS
        for m in [_FLAT_LETTER_END.search(text, s.start, s.end)]
        if m
    }
    return _found_again(text, spans, dict.fromkeys(places, ADDRESS), "a place found elsewhere in the text")


_DATE_SHAPE = LazyPattern(r"\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?")
_NUMBERED_TOKEN = LazyPattern(r"[^\W_](?:[\w/-]*[^\W_])?")


def _identifiers_elsewhere(text: str, spans: list[Span]) -> list[Span]:
    """A number found once as an identifier is one wherever it is written again ("account
    ending 4471 ... it turned out 4471 was someone else's")."""
    values: dict[str, str] = {}
    for s in spans:
        if s.kind not in (OTHER_ID, REFERENCE, NI_NUMBER):
            continue
        for m in _NUMBERED_TOKEN.finditer(text, s.start, s.end):
            token = m.group()
            digits = sum(c.isdecimal() for c in token)
            if (
                digits >= 4
                and not (len(token) == 4 and token.isdecimal() and 1900 <= int(token) <= 2099)
                and not _DATE_SHAPE.fullmatch(token)  # "15/01": a date a wrong finding took
            ):
                values.setdefault(token, s.kind)
    return _found_again(
        text,
        spans,
        values,
        "an identifier found elsewhere in the text",
        before=r"(?<![^\W_])(?<![/-])",  # not inside a longer token
        after=r"(?![^\W_]|[/-][^\W_])",
    )


def _language(language: str | None) -> str:
    return (language or "en").strip().lower().split("-")[0].split("_")[0] or "en"


_UNIT_ABBREVIATION = LazyPattern(r"\d[ \u00a0]*(?:l|mies|mc|tyg|r\.[ \u00a0]?ż|yrs|mths|mos|wks)$")


# An extension after a phone number belongs to it: "0161 496 0938 x4471", "ext. 2207",
# "interior 5", "wew. 31", "تحويلة 318".
_EXTENSION_AFTER = LazyPattern(
    r"(?:[ \u00a0]*,)?[ \u00a0]*(?:x|ext|extn|extension|wew|wewn|interior|int|tel\.[ \u00a0]?int|تحويلة|تحويله|داخلي"
    r"|ایکسٹینشن|এক্সটেনশন|ਐਕਸਟੈਂਸ਼ਨ)\.?[ \u00a0:]*"
    rf"({_ANY_DIGIT}{{1,5}})(?![\w])",
    re.IGNORECASE,
)


def _phone_extensions(text: str, spans: list[Span]) -> list[Span]:
    found = []
    for span in spans:
        if span.kind == PHONE and (m := _EXTENSION_AFTER.match(text, span.end)):
            found.append(Span(span.start, m.end(), PHONE, span.confidence, span.reason))
    return found


def _trim(text: str, span: Span) -> Span | None:
    start, end = max(0, span.start), min(len(text), span.end)
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    if (
        end < span.end
        and text[end] == "."
        and span.kind == AGE
        and _UNIT_ABBREVIATION.search(text, start, end)
    ):
        end += 1  # "67 l.", "18 mies.": the dot is the abbreviation's
    if start >= end:
        return None
    if (start, end) == (span.start, span.end):
        return span
    return Span(start, end, span.kind, span.confidence, span.reason)


def _merge(spans: list[Span]) -> list[Span]:
    """Union overlapping spans; the merged span keeps the highest-priority kind."""
    spans.sort(key=lambda s: (s.start, -s.end))
    merged: list[Span] = []
    for span in spans:
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            best = min((last, span), key=lambda s: (PRIORITY.get(s.kind, 99), -s.confidence))
            merged[-1] = Span(
                last.start,
                max(last.end, span.end),
                best.kind,
                max(last.confidence, span.confidence),
                best.reason,
            )
        else:
            merged.append(span)
    return merged


def detect(text: str, language: str = "en") -> list[Span]:
    """Find personal data in ``text`` (any script); spans are sorted and do not overlap."""
    if not text:
        return []
    lang = _language(language)
    found: list[Span] = []
    for recogniser in RECOGNISERS:
        try:
            spans = list(recogniser(text, lang))
        except Exception as exc:  # one failing recogniser must not stop the others; say so
            # The exception's type only: its message could quote the story.
            logger.error(
                "PII recogniser %s failed (%s) on a %d-character text",
                recogniser.__module__,
                type(exc).__name__,
                len(text),
            )
            continue
        for span in spans:
            trimmed = _trim(text, span)
            if trimmed is not None:
                found.append(trimmed)
    if (_OCR_CONFUSABLE.search(text) or _OCR_POSTCODE.search(text)) and (shadow := _ocr_digits(text)) != text:
        for recogniser in _OCR_RECOGNISERS:
            try:
                spans = list(recogniser(shadow, lang))
            except Exception as exc:  # as above: say which, never the text
                logger.error(
                    "PII recogniser %s failed (%s) on an OCR copy", recogniser.__module__, type(exc).__name__
                )
                continue
            found.extend(t for span in spans if (t := _trim(text, span)) is not None)
    if lang != "cy" and _OCR_IN_WORD.search(text) and (letters := _ocr_letters(text)) != text:
        found.extend(
            t
            for span in names.find(letters, lang)
            if span.kind == PERSON
            and (t := _trim(text, span)) is not None
            and any(c in "01" for c in text[span.start : span.end])
        )
    merged = _merge(found)
    initials = _initials_of_people(text, merged) + _initials_of_named(text, merged)
    if lang in ("ar", "ur", "bn", "pa"):
        initials += _latin_initials_of_script_names(text, merged)
    if initials:
        merged = _merge(merged + initials)
    extra = _ages_after_names(text, merged)
    extra += _ages_in_lists(text, merged)
    extra += _listed_bare_ages(text, merged)
    extra += said_aloud.corrected_ages(text, merged)
    extra += _capital_surnames_after_names(text, merged)
    if ":" in text:
        extra += _office_initials(text)
    if lang == "ar":
        extra += _arabic_ages_after_names(text, merged)
    if lang in ("en", "pl", "cy"):
        extra += _families_by_name(text)
    extra += _nicknames_and_cyrillic(text, merged)
    if any(q in text for q in "'‘\"“«„"):
        extra += _quoted_call_names(text, merged)
    if lang in ("ar", "ur", "bn", "pa"):
        extra += _names_there(text)
    if "(" in text or "ollar" in text or "ਕਾਲਰ" in text or "کالر" in text or "কলার" in text:
        extra += _collar_numbers(text, merged)
    if lang in ("en", "cy"):
        extra += _names_before_ages(text, merged)
        extra += _pronoun_ages_and_letter_signoffs(text)
    extra += _bracketed_ages(text, merged)
    if "(" in text:
        extra += _bracketed_dates_after_names(text, merged)
    if ":" in text:
        extra += _labelled_ages(text)
    extra += _units_before_streets(text, merged)
    extra += _ages_set_off(text, merged)
    if "(" in text:
        extra += _names_before_homes(text, merged)
        if lang == "ro":
            extra += [
                Span(m.start(1), m.end(1), AGE, 0.6, "an age in brackets")
                for m in _RO_BRACKET_AGE.finditer(text)
            ]
    if "(" in text:
        extra += _household_ages(text)
    if lang == "ar" and "عمر" in text:
        extra += [
            Span(m.start(1), m.end(1), PERSON, 0.6, "Omar before his age") for m in _OMAR_AGE.finditer(text)
        ]
    low = text.lower()
    if lang == "en" and ("it's " in low or "it’s " in low or "it is " in low or "this is " in low):
        extra += [
            Span(m.start(1), m.end(1), PERSON, 0.6, "a caller saying who they are")
            for m in _ITS_NAME.finditer(text)
            if not names.function_word(m.group(1).lower())
            and m.group(1).lower() not in names.RELATION_WORDS
            and not names.known_place(m.group(1))
            and m.group(1).lower() not in names._MONTHS_DAYS
            and (
                text[m.end(1) : m.end(1) + 6].lstrip().lower().startswith(("from", "here"))
                or names.known_first_name(m.group(1))
                or not names.everyday_latin_word(m.group(1))
            )
        ]
    if lang == "ar" and ("يا" in text or "باسم" in text):
        extra += [
            Span(m.start(1), m.end(1), PERSON, 0.6, "a name after the vocative or 'in the name of'")
            for m in _AR_VOCATIVE.finditer(text)
            if m.group(1) not in _NOT_AFTER_VOCATIVE and not scripts.ordinary_word(m.group(1), "arab")
        ]
    if any(cue in low for cue in ("this is ", "it's ", "calling for ", "message for ", "it’s ")):
        for m in _VOICEMAIL_NAME.finditer(text):
            words = m.group(1).split()
            if all(
                w not in names._FUNCTION_EN
                and w not in names.RELATION_WORDS
                and (names.known_first_name(w) or names.known_surname(w) or not names.everyday_latin_word(w))
                for w in words
            ):
                extra.append(Span(m.start(1), m.end(1), PERSON, 0.55, "a name in a voicemail read out"))
    if lang != "cy":  # English messages are pasted into stories in every language
        extra += [
            Span(m.start(), m.end(), PERSON, 0.6, "a given name and an initial")
            for m in _NAME_AND_INITIAL.finditer(text)
            if names.known_first_name(m.group(1)) and m.group(1).lower() not in names._MONTHS_DAYS
        ]
    if lang in ("en", "pl", "ro") and ("Dear" in text or "Drag" in text or "Drog" in text):
        extra += _pen_names(text)
    if lang == "en" and ", who" in text:
        extra += [
            Span(m.start(1), m.end(1), PERSON, 0.6, "a name before 'who'")
            for m in _NAME_WHO.finditer(text)
            if names.known_first_name(m.group(1)) and m.group(1).lower() not in names.RELATION_WORDS
        ]
    extra += [
        Span(m.start(1), m.end(1), ADDRESS, 0.6, "homes listed together")
        for m in _HOMES_LISTED.finditer(text)
    ]
    if lang in ("ar", "ur", "bn", "pa"):
        extra += [
            Span(m.start(1), m.end(1) - (m.group(1)[-1] == " "), PERSON, 0.6, "initials in the script")
            for m in _SCRIPT_DOTTED_INITIALS.finditer(text)
        ]
    if lang in ("en", "pl", "ro"):
        extra += _number_words_before_streets(text, merged)
    extra += _first_names_and_surnames(text, merged, lang) + _given_names_before_surnames(text, merged)
    extra += _initials_and_particles(text, merged)
    if _CAPITAL_PAYEE.search(text):
        extra += _capital_payees(text)
    extra += _streets_before_postcodes(text, merged)
    extra += _phone_extensions(text, merged)
    if "@" in text and "<" in text:
        extra += _display_names_of_emails(text, merged)
    if lang in ("bn", "pa", "ur") or "নম" in text or "নং" in text:
        extra += _house_numbers_before_number_words(text)
    if lang in ("en", "cy", "pl", "ro"):
        extra += _names_before_has_age(text, merged)
    if lang in ("pl", "ro"):
        extra += [
            Span(m.start(1), m.end(1), PERSON, 0.6, "a nickname")
            for m in _PLRO_NICKNAME.finditer(text)
            # in lower case ("ii zicem lăcri") only a word no list knows: not "îi zic că"
            if m.group(1)[:1].isupper() or not names.everyday_latin_word(m.group(1))
        ]
    if lang == "en" and " to " in text and ("he was " in low or "she was " in low):
        extra += [
            Span(m.start(1), m.end(1), PERSON, 0.6, "the name everyone used")
            for m in _WAS_NAME_TO_ALL.finditer(text)
            if m.group(1).split()[0].lower() not in names.RELATION_WORDS
        ]
    if lang in ("en", "pl", "ro"):
        ends = {s.end for s in merged if s.kind == PERSON}
        extra += [
            Span(m.start(1), m.end(1), PERSON, 0.6, "the name friends use")
            for pattern in (_NICKNAME_FOR_FRIENDS, _FRIENDS_CALL_NICKNAME)
            for m in pattern.finditer(text)
            if m.start() - 1 in ends or m.start() - 2 in ends  # right after the full name
        ]
    if lang in ("pl", "ro"):
        extra += _inflected_names_again(text, merged)
    extra += _names_opening_entries(text)
    if lang in ("en", "pl", "ro", "cy") and (m := _CLOSING_INITIAL_NAME.search(text, max(0, len(text) - 60))):
        extra.append(Span(m.start(1), m.end(1), PERSON, 0.6, "an initial and a family name signing off"))
    if lang in ("en", "ro"):
        extra += [
            Span(m.start(g), m.end(g), AGE, 0.55, "an age as a translation says it")
            for m in _TRANSLATED_AGE.finditer(text)
            for g in (1, 2)
            if m.group(g)
        ]
    if lang in ("ur", "pa"):
        extra += _copula_intros(text, lang)
    if lang in ("ar", "ur", "bn", "pa"):
        extra += _kin_lists(text)
    if lang == "pl":
        extra += _polish_diminutives(text, merged)
        extra += _polish_surnames(text, merged)
    if extra:
        merged = _merge(merged + extra)
    spread = (
        _dates_of_birth_again(text, merged)
        + _names_elsewhere(text, merged)
        + _addresses_elsewhere(text, merged)
        + _identifiers_elsewhere(text, merged)
    )
    if spread:
        merged = _merge(merged + spread)
    joined = _joined_addresses(text, merged)
    if joined:
        merged = _merge(merged + joined)
    doubtful = doubt.find_after(text, merged, lang)
    if doubtful:
        merged = _merge(merged + doubtful)
    if lang in ("en", "pl", "ro") and (later := _lower_surnames_after_names(text, merged)):
        merged = _merge(merged + later)
    if later := _nickname_adjectives(text, merged):
        merged = _merge(merged + later)
    if lang in ("ar", "ur", "bn", "pa"):
        initials = _initials_before_script_names(text, merged) + _script_names_before_ages(text, merged, lang)
        if "(" in text:
            initials += _transliterations(text, merged)
        if initials:
            merged = _merge(merged + initials)
    return merged
