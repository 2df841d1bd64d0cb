"""Re-identification risk: what is left after redaction that, together, could single someone out.

Names, addresses and numbers go in anonymisation. What stays is context, harmless alone
and telling together: a town, the landlord, a child's age, a condition, a background or
faith, a job, exact dates, small-area details ("the only family on the 14th floor"). A
neighbour who knows three of them may know who wrote the story.

``assess(texts, language)`` lists those details in every text (title, summary, quote,
story...), each with its category and, where one exists, a coarser form for one-click
generalisation (a date to a season or year, an age to a band, a town to its region; a
condition to "a health condition" is offered by the caller in the text's language, as it
is a phrase, not a transformation). The level comes from how many distinct categories
remain, weighted by how much each narrows the field; the reasons are category codes the
admin turns into words. Pure Python, like the rest of ``moderation.pii``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

from .detector import detect
from .generalise import find_dates
from .places import NEEDS_PREPOSITION, PLACES
from .spans import AGE, HEALTH, ORGANISATION, OTHER_SPECIAL

PLACE = "place"
LANDLORD = "landlord"
CHILD_AGE = "child_age"
ADULT_AGE = "age"
CONDITION = "condition"
BACKGROUND = "background"
JOB = "job"
DATE = "date"
SMALL_AREA = "small_area"

CATEGORIES = (PLACE, LANDLORD, CHILD_AGE, ADULT_AGE, CONDITION, BACKGROUND, JOB, DATE, SMALL_AREA)

# How much each narrows the field. A town or a landlord alone covers thousands of homes;
# a child's age, a condition, a faith or a job in the same story cut that to a few.
WEIGHTS = {
    PLACE: 1,
    LANDLORD: 1,
    DATE: 1,
    ADULT_AGE: 1,
    CHILD_AGE: 2,
    CONDITION: 2,
    BACKGROUND: 2,
    JOB: 2,
    SMALL_AREA: 2,
}
LOW, MEDIUM, HIGH = "low", "medium", "high"
MEDIUM_FROM, HIGH_FROM = 3, 5


@dataclass(frozen=True)
class Detail:
    """One detail that remains: ``text`` at [start, end) of ``field``; ``coarser`` is the
    generalised form offered in one click ("" when the caller supplies the phrase)."""

    field: str
    start: int
    end: int
    category: str
    text: str
    coarser: str = ""
    region: str = ""  # for a place: the region code its coarser form names


@dataclass
class Risk:
    details: list[Detail] = field(default_factory=list)

    @property
    def categories(self) -> list[str]:
        present = {d.category for d in self.details}
        return [c for c in CATEGORIES if c in present]

    @property
    def score(self) -> int:
        return sum(WEIGHTS[c] for c in self.categories)

    @property
    def level(self) -> str:
        if self.score >= HIGH_FROM:
            return HIGH
        if self.score >= MEDIUM_FROM:
            return MEDIUM
        return LOW


# ------------------------------------------------------------------ places

_LETTER = r"[^\W\d_]"
_PREPOSITION = re.compile(
    r"(?:\b(?:in|from|near|to|at|of|outside|around|w|we|z|ze|do|pod|koło|niedaleko|din|în|lângă|la|spre)|"
    r"(?<!\S)(?:في|من|قرب|إلى|الى|بـ|میں|سے|کے قریب|মধ্যে|থেকে|ਵਿੱਚ|ਤੋਂ))\s+$",
    re.IGNORECASE,
)


@functools.cache
def _place_pattern() -> re.Pattern[str]:
    """Built on first use: its 1,000-odd names take 0.09 CPU s to compile, which every
    process would otherwise pay at start-up (``detect_pii`` never assesses risk)."""
    names = sorted(PLACES, key=len, reverse=True)
    alternation = "|".join(re.escape(n).replace(r"\ ", r"[\s\u00a0]+") for n in names)
    return re.compile(rf"(?<!{_LETTER})(?:{alternation})(?!{_LETTER})")


def _places(text: str) -> list[tuple[int, int, str]]:
    found = []
    for match in _place_pattern().finditer(text):
        name = " ".join(match.group().split())
        if name in NEEDS_PREPOSITION and not _PREPOSITION.search(
            text, max(0, match.start() - 20), match.start()
        ):
            continue
        found.append((match.start(), match.end(), PLACES[name]))
    return found


# ------------------------------------------------------------------ ages

_CHILD_WORDS = re.compile(
    r"\b(?:son|daughter|child|children|kids?|baby|babies|boy|girl|lad|toddler|grandson|granddaughter|"
    r"little one|syn\w*|córk\w*|dzieck\w*|dzieci\w*|fiul\w*|fiica|fiicei|copil\w*|bebe\w*)\b|"
    r"ابن|ابنت|طفل|أطفال|بیٹ|بچ|ছেলে|মেয়ে|শিশু|বাচ্চা|ਪੁੱਤ|ਧੀ|ਬੱਚ",
    re.IGNORECASE,
)
_MONTHS_UNIT = re.compile(r"month|miesi|lun|شهر|أشهر|مہین|ماہ|মাস|ਮਹੀਨ", re.IGNORECASE)


def _number(text: str) -> tuple[int, int, int] | None:
    """The first number in ``text``, in any script's digits: (value, start, end)."""
    start = None
    digits = []
    for index, char in enumerate(text):
        if char.isdigit():
            if start is None:
                start = index
            digits.append(str(unicodedata.digit(char)))
        elif start is not None:
            return int("".join(digits)), start, index
    return (int("".join(digits)), start, len(text)) if start is not None else None


def _written_like(number: int, sample_digit: str) -> str:
    zero = ord(sample_digit) - unicodedata.digit(sample_digit)
    return "".join(chr(zero + int(c)) for c in str(number))


def age_band(text: str) -> str:
    """The age in ``text`` as a band, in the same digits and words ("7" -> "5-9",
    "11-year-old" -> "10-14-year-old", "47" -> "40-49", "18 months" -> "1-2 years" style
    stays in months: "12-23 months"). Unchanged when there is no number."""
    found = _number(text)
    if found is None:
        return text
    value, start, end = found
    if _MONTHS_UNIT.search(text):
        low, high = (0, 11) if value < 12 else (12, 23) if value < 24 else (24, 35)
    elif value < 5:
        low, high = 0, 4
    elif value < 18:
        low = value // 5 * 5
        low, high = (15, 17) if low >= 15 else (low, low + 4)
    else:
        low, high = value // 10 * 10, value // 10 * 10 + 9
    sample = text[start]
    band = f"{_written_like(low, sample)}–{_written_like(high, sample)}"
    return text[:start] + band + text[end:]


def _is_child_age(text: str, start: int, end: int) -> bool:
    found = _number(text[start:end])
    if found is None:
        return False
    if found[0] < 18 and _CHILD_WORDS.search(text, max(0, start - 40), min(len(text), end + 40)):
        return True
    return found[0] < 13 or bool(_MONTHS_UNIT.search(text[start:end]))


# ------------------------------------------------------------------ jobs and small areas

_JOBS_EN = (
    r"nurse|midwife|teacher|teaching assistant|lecturer|doctor|gp|surgeon|dentist|pharmacist|paramedic|"
    r"police officer|policeman|policewoman|pcso|firefighter|fireman|soldier|bus driver|taxi driver|cab driver|"
    r"uber driver|delivery driver|lorry driver|hgv driver|van driver|carer|care worker|support worker|"
    r"social worker|cleaner|security guard|chef|cook|kitchen porter|shop assistant|cashier|shopkeeper|"
    r"shop owner|barber|hairdresser|postman|postwoman|postie|lollipop lady|dinner lady|caretaker|"
    r"councillor|imam|vicar|priest|pastor|rabbi|solicitor|lawyer|accountant|engineer|electrician|plumber|"
    r"builder|mechanic|warehouse worker|factory worker|machinist|tailor|seamstress|butcher|baker|"
    r"footballer|journalist|youth worker|porter|receptionist|civil servant|mp|magistrate"
)
_JOB = re.compile(
    rf"\b(?:i'?m|i am|i was|i work(?:ed|s)? as|work(?:s|ed|ing)? as|(?:he|she|they)(?:'s| is| was| are)|"
    rf"my (?:husband|wife|partner|son|daughter|mum|mom|dad|father|mother|brother|sister) (?:is|was)|"
    rf"as|retired|trained|qualified) (?:a |an |the )?(?:\w+ )?(?:{_JOBS_EN})s?\b|"
    r"\b(?:jestem|pracuję jako|pracuje jako|pracował\w* jako|był\w* )(?:\w+ )?"
    r"(?:pielęgniark\w*|nauczyciel\w*|lekarz\w*|kierowc\w*|sprzątacz\w*|opiekun\w*|kucharz\w*|policjant\w*|"
    r"strażak\w*|elektryk\w*|hydraulik\w*|budowlaniec\w*|księd\w*)\b|"
    r"\b(?:sunt|lucrez ca|lucra ca|a lucrat ca|este|era)\s+(?:asistent\w*|profesor\w*|învățăto\w*|medic\w*|șofer\w*|"
    r"sofer\w*|îngrijito\w*|ingrijito\w*|bucătar\w*|polițist\w*|electrician\w*|instalator\w*|preot\w*)\b|"
    r"ممرض\w*|معلم\w*|طبيب\w*|سائق\w*|نرس|استاد|ڈاکٹر|ڈرائیور|ٹیکسی|نرس|নার্স|শিক্ষক|ডাক্তার|ড্রাইভার|"
    r"ট্যাক্সি|ਨਰਸ|ਅਧਿਆਪਕ|ਡਾਕਟਰ|ਡਰਾਈਵਰ|ਟੈਕਸੀ",
    re.IGNORECASE,
)
_SMALL_AREA = re.compile(
    r"\b(?:on|the|our|my|from) (?:the )?(?:\d{1,2}(?:st|nd|rd|th)|top|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"eleventh|twelfth|thirteenth|fourteenth|fifteenth|twentieth) floor\b|"
    r"\bthe only (?:\w+ ){0,3}(?:family|families|household|house|home|flat|person|people|woman|man|one|ones|"
    r"tenant|tenants|child|kid|wheelchair user)s? (?:\w+ ){0,2}(?:in|on|at|of) (?:the |our |this |my )?"
    r"(?:street|road|block|estate|building|close|floor|landing|tower|cul-de-sac|terrace|avenue|lane|court|area)\b|"
    r"\b(?:corner|end[- ]of[- ]terrace) (?:house|flat|shop)\b|"
    r"\b(?:only|just) (?:\d|two|three|four|five|six) (?:flats|houses|homes|families) (?:in|on) (?:the|our)\b|"
    r"\b(?:piętro|piętrze|etaj\w*) (?:nr )?\d{1,2}\b|\b\d{1,2}\.? ?(?:piętro|piętrze|etaj)\b|"
    r"jedyn\w* (?:\w+ )?rodzin\w*|singur\w* familie|"
    r"الطابق \S+|العائلة الوحيدة|ویں منزل|واحد خاندان|\S+তলায়|একমাত্র পরিবার|ਮੰਜ਼ਿਲ|ਇੱਕੋ ਇੱਕ ਪਰਿਵਾਰ",
    re.IGNORECASE,
)


# ------------------------------------------------------------------ together


def _details_in(field_name: str, text: str, language: str) -> list[Detail]:
    details: list[Detail] = []
    for span in detect(text, language):
        words = text[span.start : span.end]
        if span.kind == ORGANISATION:
            details.append(Detail(field_name, span.start, span.end, LANDLORD, words))
        elif span.kind == HEALTH:
            details.append(Detail(field_name, span.start, span.end, CONDITION, words))
        elif span.kind == OTHER_SPECIAL:
            details.append(Detail(field_name, span.start, span.end, BACKGROUND, words))
        elif span.kind == AGE:
            category = CHILD_AGE if _is_child_age(text, span.start, span.end) else ADULT_AGE
            banded = age_band(words)
            details.append(
                Detail(field_name, span.start, span.end, category, words, banded if banded != words else "")
            )
    for start, end, region in _places(text):
        details.append(Detail(field_name, start, end, PLACE, text[start:end], region=region))
    for date in find_dates(text, language):
        details.append(Detail(field_name, date.start, date.end, DATE, date.text, date.suggestion))
    for pattern, category in ((_JOB, JOB), (_SMALL_AREA, SMALL_AREA)):
        for match in pattern.finditer(text):
            details.append(Detail(field_name, match.start(), match.end(), category, match.group()))
    return _without_overlaps(details)


def _without_overlaps(details: list[Detail]) -> list[Detail]:
    """One detail per stretch of text: the first found wins (detector kinds, then places...)."""
    kept: list[Detail] = []
    for detail in details:
        if any(detail.start < k.end and k.start < detail.end for k in kept):
            continue
        kept.append(detail)
    return sorted(kept, key=lambda d: d.start)


def assess(texts: dict[str, str], language: str = "en") -> Risk:
    """The details that remain in ``texts`` (field name -> text) and the risk they make together."""
    risk = Risk()
    for field_name, text in texts.items():
        if text:
            risk.details.extend(_details_in(field_name, text, language))
    return risk


__all__ = ["CATEGORIES", "HIGH", "LOW", "MEDIUM", "Detail", "Risk", "age_band", "assess"]
