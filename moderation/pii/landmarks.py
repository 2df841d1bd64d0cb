"""Partial addresses and named places that say where someone lives or goes.

Version 2 of the marking counts as ADDRESS:

* a partial address that points at a home: "number 31", "no. 4", "flat 9c",
  "the basement flat at 40", "pitch 11", "nr 12", "mieszkanie 5", "spod
  siódemki", "apartamentul 7", "blocul C", "شقة ٤", "مکان نمبر ۱۲", "১২
  নম্বর বাড়ি", "ਮਕਾਨ ਨੰਬਰ 12". The word for flat or number is inside the span,
  "the", "my", "at" outside;
* a named place the family uses or lives by: a school or nursery, a GP
  surgery or health centre, a place of worship, a pub, shop or community
  centre ("Moorbank Primary", "St Aidan's", "Masjid an-Nur", "near the Plough
  and Harrow", "ਗੁਰਦੁਆਰਾ ਸਿੰਘ ਸਭਾ", "szkoła podstawowa nr 3").

Grammar, not gazetteers: a place noun with the capitalised (or, for lower-case
writers, unusual) words that name it; a locating preposition ("opposite",
"above", "next to") before a capitalised name; a flat or number word before a
number. Towns and hospitals are not wanted: precision suffers a little where a
rule fires on one, recall never does.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from .spans import ADDRESS, LazyPattern, Span


def _rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compiled on first use: most stories never reach most of these patterns (start-up time)."""
    return LazyPattern(unicodedata.normalize("NFC", pattern), flags)  # type: ignore[return-value]


def _alt(words: str) -> str:
    items = {unicodedata.normalize("NFC", w.replace("_", " ")) for w in words.split()}
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(items, key=len, reverse=True))


_WORDS_RE = re.compile(r"[^\W\d_]+")


def _first_words(words: str) -> frozenset[str]:
    """The first word (as the word scan sees it) of each phrase of a word list."""
    out = set()
    for w in words.split():
        m = _WORDS_RE.match(unicodedata.normalize("NFC", w.replace("_", " ")).lower())
        if m:
            out.add(m.group())
    return frozenset(out)


@lru_cache(maxsize=1024)
def _word_re(word: str) -> re.Pattern[str]:
    """One lower-case word; the literal comes first so the scan is fast."""
    return re.compile(re.escape(word) + r"(?![^\W\d_])")


def _starts(low: str, present: set[str], triggers: frozenset[str]) -> list[int]:
    """Where the trigger words present in the text begin (word starts only)."""
    out = set()
    for w in present & triggers:
        for m in _word_re(w).finditer(low):
            s = m.start()
            if s and low[s - 1].isalpha():
                continue
            out.add(s)
    return sorted(out)


_B = r"(?<![\w'’-])"
_E = r"(?![\w'’])"

# ---------------------------------------------------------------- named places, noun after the name
# Place nouns that follow their name ("Moorbank Primary", "Al-Noor mosque", "Red Lion Inn").
_PLACE_AFTER_WORDS = """primary primary_school junior_school junior_schools juniors junior infant_school infants_school infants
    infant nursery nursery_school pre-school preschool playgroup kindergarten academy college high_school
    high grammar grammar_school school schools sixth_form free_school
    surgery surgeries medical_centre medical_center medical_practice health_centre health_center
    family_practice group_practice practice clinic health_clinic pharmacy chemist chemists dental_practice
    church parish_church chapel cathedral mosque masjid jamia_masjid gurdwara gurudwara temple mandir
    synagogue shul kingdom_hall tabernacle mission meeting_house
    arms inn tavern hotel pub social_club working_men's_club
    community_centre community_center community_hall village_hall church_hall parish_hall youth_club
    community_hub family_hub family_centre children's_centre children’s_centre childrens_centre
    children's_center day_centre gospel_hall mission_hall food_bank foodbank boxing_club football_club club
    leisure_centre library sports_centre
    stores store supermarket newsagent newsagents newsagent's food_&_wine food_and_wine off_licence
    off-licence takeaway chippy café cafe bakery barbers barber's launderette laundrette mini_market
    minimarket superstore post_office secondary secondary_school shop corner_shop sweets sweet_centre sweet_shop cash_and_carry
    cash_&_carry halal_meat butchers butcher's grocers grocery mill traveller_site travellers_site
    traveller_park caravan_site caravan_park mobile_home_park residential_park marina university uni
    students'_union student_village halls_of_residence hall_of_residence
    fellowship madrasa madrassa madrasah
    depot bus_depot bus_garage market indoor_market trade_centre trading_estate industrial_estate business_park
    retail_park distribution_park distribution_centre warehouse care_home nursing_home"""
_PLACE_AFTER = _alt(_PLACE_AFTER_WORDS)
_PLACE_AFTER_TRIGGERS = _first_words(_PLACE_AFTER_WORDS)
# Nouns that name a place only with a clear name before them (ordinary in "the school run").
_WEAK_PLACE = frozenset(
    "school schools high practice hotel pub store stores mission cafe café library college temple club shop"
    " sweets mill university uni market depot warehouse".split()
)
_PLACE_AFTER_RE = _rx(rf"{_B}(?:{_PLACE_AFTER}){_E}", re.IGNORECASE)

# Words that may stand inside a place name, lower-case ("Church of the Holy Family").
_INNER = frozenset("of the and & de la al el y upon on in".split())
# Capitalised words that are not part of a place name.
_STOP = frozenset(
    """i a an the my our your his her their its this that these those at in on to from near by for with and or
    but so if when while after before opposite behind beside next above below outside inside round past
    towards toward into onto over under off via every each some any no not all we they he she it you
    me us them there here then now also just only dear hi hello yes one local nearby new old same other
    another whose which what who where local's monday tuesday wednesday thursday friday saturday sunday
    january february march april june july august september october november december christmas
    went go goes going gone attend attends attended walk walks walked take takes took drop drops dropped
    is are was were be been has have had do does did says said told asked
    mr mrs ms miss dr""".split()
)
# Verbs that end a place name in lower case ("walk to the primary") but may be part of
# one capitalised ("Ocean Walk Primary").
_STOP_VERBS = frozenset("walk walks take drop go".split())
# Words that describe a kind of place and do not name one ("the Catholic primary").
_GENERIC = frozenset(
    """catholic rc ce c e cofe church england primary junior juniors infant infants high secondary grammar
    community comprehensive special faith state private independent council village town city
    county borough district local medical health family gp doctor doctor's doctors doctors' dentist dental
    nhs main big little new old kids' kids children's boys' girls' girls boys
    parish methodist baptist anglican pentecostal evangelical orthodox sunni shia sikh hindu jewish
    central north south east west upper lower great st saint sixth form free nursery pre
    """.split()
)
_WORD_RE = _rx(r"[^\W\d_][\w'’]*(?:[-.][^\W\d_][\w'’]*)*\.?|&|\d+[A-Za-z]?")
_LATIN_LETTER_RE = _rx(r"[A-Za-zÀ-ÖØ-öø-ɏ]")


@lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    from . import names

    return names.common_english()


def _is_cap(w: str) -> bool:
    return w[:1].isupper() or (len(w) > 1 and w[:2] in ("d'", "l'")) or w[:3].lower() in ("al-", "an-", "el-")


def _bare(w: str) -> str:
    w = w.lower().rstrip(".")
    for end in ("'s", "’s", "'", "’"):
        if w.endswith(end):
            return w[: -len(end)]
    return w


# Everyday adjectives that a lower-case writer puts before a place noun without naming it.
_LOWER_ADJ = frozenset(
    """nearest closest usual regular normal same other old new nice good bad great lovely best worst big small
    little tiny huge busy quiet walk-in day baby sexual mental dental eye kids' kid's children's son's
    daughter's mum's dad's wife's husband's nan's gran's own""".split()
)


def _lower_writer(text: str) -> bool:
    """The writer does not capitalise sentence starts: lower-case names are to be expected."""
    starts = _SENT_START_RE.findall(text)
    return bool(starts) and sum(1 for c in starts if c.islower()) * 2 >= len(starts)


_SENT_START_RE = _rx(r"(?:^|[.!?]\s+|\n)([^\W\d_])")


_GLUED_LATIN_RE = _rx(r"[A-Z][\w'’]*")


def _latin_part(text: str, token: re.Match[str]) -> re.Match[str]:
    """The Latin name inside a token that an Arabic-script clitic is glued to ("بـLarchwood")."""
    if "\u0600" <= token.group()[0] <= "\u06ff":
        latin = _GLUED_LATIN_RE.search(text, token.start(), token.end())
        if latin is not None:
            return latin
    return token


def _name_before(text: str, pos: int, noun_cap: bool, lower: bool = False) -> int | None:
    """Start of the name words before ``pos`` ("St Hedwig's Catholic"), or None."""
    lo = max(0, pos - 80)
    nl = text.rfind("\n", lo, pos)
    if nl != -1:
        lo = nl + 1
    toks = [_latin_part(text, t) for t in _WORD_RE.finditer(text, lo, pos)]
    if not toks or text[toks[-1].end() : pos].strip(" \u00a0-"):
        return None
    words: list[re.Match[str]] = []
    k = len(toks) - 1
    while k >= 0 and len(words) < 5:
        t = toks[k]
        w = t.group()
        if words and text[t.end() : words[-1].start()].strip(" \u00a0"):
            break  # punctuation between words
        low = w.lower()
        if (
            low in _STOP
            and not (low == "the" and words and k and toks[k - 1].group().lower() == "of")
            and not (low in _STOP_VERBS and w[:1].isupper())
        ):
            break
        if w[0].isdigit():
            break
        if _is_cap(w):
            words.append(t)
        elif low in _INNER and words and k > 0 and _is_cap(toks[k - 1].group()):
            words.append(t)
        elif not _LATIN_LETTER_RE.match(w):
            break
        elif not noun_cap and not any(_is_cap(x.group()) for x in words):
            b = _bare(w)
            if (
                b in _common()
                and b not in ("st", "saint")
                and (not lower or b in _GENERIC or b in _LOWER_ADJ or len(words) >= 2)
            ):
                break
            words.append(t)  # lower-case writer: "wheatcroft primary"
        else:
            break
        k -= 1
    while words and words[-1].group().lower() in _INNER:
        words.pop()
    if not words:
        return None
    if all(_bare(w.group()) in _GENERIC or len(_bare(w.group())) < 2 for w in words):
        return None  # "the Catholic primary", "our GP surgery"
    return words[-1].start()


def _places_after(text: str, low: str, present: set[str]) -> Iterator[Span]:
    lower = None
    for pos in _starts(low, present, _PLACE_AFTER_TRIGGERS):
        m = _PLACE_AFTER_RE.match(text, pos)
        if not m:
            continue
        noun = m.group()
        noun_cap = noun[:1].isupper()
        if lower is None and not noun_cap:
            lower = _lower_writer(text)
        start = _name_before(text, m.start(), noun_cap, bool(lower))
        if start is None:
            continue
        if noun.lower() in _WEAK_PLACE and not noun_cap and not text[start : 1 + start].isupper():
            continue
        end = m.end()
        yield Span(start, end, ADDRESS, 0.6, "named place (school, surgery, worship, pub, shop)")


# "St Cuthbert's", "St. Mary's", "Our Lady's": a saint's church or school, noun left out.
_SAINT_RE = _rx(
    r"(?<![\w'’-])(?:(?:St|Saint|Sts|Ss)\.?[ \u00a0]+[A-Z][\w-]+(?:[ \u00a0]+(?:and|&)[ \u00a0]+(?:St\.?[ \u00a0]+)?"
    r"[A-Z][\w-]+)?(?:['’]s|s['’])|Our[ \u00a0]+Lady(?:['’]s|[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][\w-]+"
    r"(?:[ \u00a0]+[A-Z][\w-]+)?))(?![\w])"
)
# The noun first: "Masjid Al-Furqan", "Gurdwara Singh Sabha", "Church of the Ascension".
_NOUN_FIRST_RE = _rx(
    r"(?<![\w'’-])(?:Masjid|Masjed|Jamia|Jame|Jami|Gurdwara|Gurudwara|Mandir|Madrasa|Madrassa|Madrasah|Darul"
    r"|Dar|Markaz|Shri|Sri|Church[ \u00a0]+of(?:[ \u00a0]+the)?|Chapel[ \u00a0]+of(?:[ \u00a0]+the)?"
    r"|Temple[ \u00a0]+of(?:[ \u00a0]+the)?|Parish[ \u00a0]+of|Hotel"
    # Welsh puts the noun first, mutated or not: "Ysgol Glan Ceubal", "Capel Bethel", "Meddygfa Taf"
    r"|Ysgol|Meithrinfa|Feithrinfa|Capel|Gapel|Nghapel|Eglwys|Canolfan|Ganolfan|Meddygfa|Feddygfa|Tafarn|Dafarn)"
    r"((?:[ \u00a0]+(?:[A-Z][\w'’-]*|(?:al|an|ar|as|ad|at|ul|e|un|el)-[A-Za-z][\w'’-]*|St\.?)){1,3})",
    re.IGNORECASE,
)
_NOUN_FIRST_OK = frozenset("masjid masjed gurdwara gurudwara mandir madrasa madrassa madrasah".split())


_NOUN_FIRST_TRIGGERS = frozenset(
    "masjid masjed jamia jame jami gurdwara gurudwara mandir madrasa madrassa madrasah darul dar markaz shri sri"
    " church chapel temple parish ysgol meithrinfa feithrinfa capel gapel nghapel eglwys canolfan ganolfan"
    " meddygfa feddygfa tafarn dafarn hotel".split()
)


def _noun_first(text: str, low: str, present: set[str]) -> Iterator[Span]:
    for pos in _starts(low, present, _NOUN_FIRST_TRIGGERS):
        m = _NOUN_FIRST_RE.match(text, pos)
        if not m:
            continue
        head = m.group().split()[0]
        if not head[:1].isupper() and head.lower() not in _NOUN_FIRST_OK:
            continue
        words = m.group(1).split()
        # lower-case writers: "gurdwara singh sabha"; but "masjid near us" is not a name
        good = [w for w in words if _is_cap(w) or _bare(w) not in _common()]
        if not good:
            continue
        end = m.start(1)
        for w_m in re.finditer(r"\S+", m.group(1)):
            w = w_m.group()
            if _bare(w) in _STOP or (not _is_cap(w) and _bare(w) in _common()):
                break
            end = m.start(1) + w_m.end()
        if end > m.start(1):
            yield Span(m.start(), end, ADDRESS, 0.6, "place of worship or school, noun first")


# "opposite the Crown and Anchor", "above Wellesley Food & Wine", "behind Patel's":
# a capitalised name after a locating preposition.
_LOCATING = (
    r"opposite|above|below|beneath|underneath|behind|beside|facing|next[ \u00a0]+door[ \u00a0]+to|next[ \u00a0]+to"
    r"|across[ \u00a0]+from|across[ \u00a0]+the[ \u00a0]+road[ \u00a0]+from|round[ \u00a0]+the[ \u00a0]+corner[ \u00a0]+from"
    r"|around[ \u00a0]+the[ \u00a0]+corner[ \u00a0]+from|over[ \u00a0]+the[ \u00a0]+road[ \u00a0]+from|near|nearby"
    r"|close[ \u00a0]+to|just[ \u00a0]+by|up[ \u00a0]+from|down[ \u00a0]+from|by"
    r"|(?:just[ \u00a0]+)?past|(?:up|down)[ \u00a0]+the[ \u00a0]+road[ \u00a0]+from|outside|in[ \u00a0]+front[ \u00a0]+of"
    r"|(?:round|at)[ \u00a0]+the[ \u00a0]+back[ \u00a0]+of"
    # Polish and Romanian: "naprzeciwko Britwell Corner Shop", "lângă Lidl"
    r"|naprzeciwko|naprzeciw|obok|przy|koło|kolo|nad|za|lângă|langa|lîngă|deasupra|vizavi|vis-a-vis|vis-à-vis"
    # a named block: "w bloku Cedar Point", "în blocul Marlowe"
    r"|w[ \u00a0]+bloku|w[ \u00a0]+budynku|w[ \u00a0]+kamienicy|(?:în|in|din)[ \u00a0]+blocul"
    r"|(?:în|in)[ \u00a0]+(?:spatele|fața|fata)|peste[ \u00a0]+drum[ \u00a0]+de"
)
_CAPW = r"(?:(?-i:[A-Z])[\w'’-]*|&)"
# the kind of place between the locating word and its name: "nad pubem The Grey Mare",
# "lângă magazinul Carpați", "next to the chippy, Golden Fry"
_PLACE_KIND = (
    r"pub|pubem|pubie|pubu|sklepem|sklepie|sklepu|barem|barze|hotelem|hotelu|kawiarnią|kawiarni|restauracją"
    r"|restauracji|magazinul|magazinului|pubul|pubului|barul|barului|hotelul|hotelului|restaurantul|cafeneaua"
    r"|the[ \u00a0]+(?:pub|shop|chippy|cafe|café|takeaway|corner[ \u00a0]+shop|off[ \u00a0]+licence)"
)
_LOCATED_RE = _rx(
    rf"(?<![\w'’-])(?:{_LOCATING})[ \u00a0]+(?:(?:{_PLACE_KIND})(?:[ \u00a0]+(?-i:[a-zăâîșțşţąćęłńóśźż]{{3,}}))?"
    rf"[ \u00a0]*,?[ \u00a0]+)?(?:(?-i:lui|la)[ \u00a0]+)?"
    # "behind the big Lidl", "opposite the old Co-op"
    rf"(?:(?-i:the)[ \u00a0]+(?:(?-i:big|old|new|little|small|large|main|local|24-hour)[ \u00a0]+)?)?"
    # a capitalised "The" after the locating word is part of the name ("w bloku The Timber Yard")
    rf"((?:(?-i:The)[ \u00a0]+)?{_CAPW}(?:[ \u00a0]+(?:{_CAPW}|(?:and|of|on|the|in)(?=[ \u00a0]+(?-i:[A-Z])))){{0,4}})",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _towns() -> frozenset[str]:
    from . import names

    lists = names._lists()
    return lists["places"] | lists["first"] | lists["sur"]


# Chain shops and cafés: one word that is a landmark after a locating word ("behind the big Lidl",
# "Morrisons کے پیچھے"), though the word lists hold them as places and brands.
_CHAINS = frozenset(
    """tesco sainsbury's sainsburys asda morrisons lidl aldi co-op coop iceland londis costcutter spar nisa
    budgens premier greggs boots wetherspoons wetherspoon's mcdonald's mcdonalds kfc subway costa starbucks
    argos poundland wilko primark superdrug halfords currys wickes screwfix dunelm matalan farmfoods
    poundstretcher""".split()
)
_NOT_LANDMARK = frozenset(
    """council housing homes association trust ltd group the a an my our his her their me us him them it you
    i we they christmas easter monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december email phone post letter hand law nhs gp
    mr mrs ms miss dr cllr""".split()
)


_LOCATED_TRIGGERS = frozenset(
    "opposite above below beneath underneath behind beside facing next across round around over near nearby"
    " close just up down by past outside in at naprzeciwko naprzeciw obok przy koło kolo nad za lângă langa"
    " lîngă deasupra vizavi vis-a-vis vis-à-vis în peste w din".split()
)


# A passive verb before "by": what follows is who did it ("signed by", "written by").
_AGENT_BY_RE = _rx(
    r"(?<![\w'’-])(?:[a-z]+ed|written|taken|done|seen|sent|run|led|made|given|chosen|known|held|brought|caught)"
    r"[ \u00a0]+$",
    re.IGNORECASE,
)


def _located(text: str, low: str, present: set[str]) -> Iterator[Span]:
    for pos in _starts(low, present, _LOCATED_TRIGGERS):
        m = _LOCATED_RE.match(text, pos)
        if not m:
            continue
        if not text[m.start(1)].isupper():
            continue
        words = m.group(1).split()
        while words and words[-1].lower() in ("and", "of", "on", "the", "in", "&"):
            words.pop()
        if not words:
            continue
        low = [_bare(w) for w in words]
        the_before = re.search(r"(?i)\bthe[ \u00a0]+$", text[m.start() : m.start(1)]) is not None
        if low[0] == "the" and len(low) > 1:
            low, the_before = low[1:], True  # "w bloku The Timber Yard": the name's own article
        if low[0] in _NOT_LANDMARK:
            continue
        if (
            len(low) == 1
            and low[0] not in _CHAINS
            and (low[0] in _towns() or (low[0] in _common() and not the_before))
        ):
            continue  # "near Leeds", "by Gary", "near Christmas"; but "up from the Dolphin" is a pub
        if len(words) == 1 and m.group().lower().startswith("by"):
            continue
        if m.group()[:3].lower() in ("by ", "by\u00a0") and _AGENT_BY_RE.search(text, max(0, pos - 30), pos):
            continue  # "reviewed by Complaints Lead Asha Thornbury": who did it, not where
        end = m.start(1) + len(" ".join(m.group(1).split()[: len(words)]))
        # recompute the end on the original spacing
        end = m.start(1)
        count = 0
        for w_m in re.finditer(r"\S+", m.group(1)):
            if count == len(words):
                break
            end = m.start(1) + w_m.end()
            count += 1
        yield Span(m.start(1), end, ADDRESS, 0.5, "named place used to locate a home")


# ---------------------------------------------------------------- partial addresses
_NUM = r"(?:\d{1,4}(?-i:[A-Za-z])?|(?-i:(?!I(?!\w))[A-Z])\d{0,3})(?:[-/]\d{1,3}(?-i:[A-Za-z])?)?"
_NUM_STRICT = r"[1-9]\d{0,3}[A-Za-z]?(?:[-/]\d{1,3}[A-Za-z]?)?"
# no digit straight after ("flat 4 5"), but a list's next number may follow: "Flat 88 3. K.T., Flat 97"
_NUM_END = r"(?![\w])(?![ \u00a0.,-]?\d(?!\d?\.[ \u00a0]+[^\W\d_]))"
_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    "|seventeen|eighteen|nineteen|twenty(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|thirty"
    "|forty|fifty"
)
# Romanian and Polish partial addresses: "de la 10c", "subsolul numărului 40", "spod 7B".
_RO_FLAT_RE = _rx(
    r"(?<![\w])((?:numărul(?:ui)?|numarul(?:ui)?|nr\.?)[ \u00a0]*\d{1,4}[a-zA-Z]?(?![\w])"
    r"|(?<=de la )\d{1,3}[a-hA-H](?![\w]))"
)
# A block of flats by its letter or number where someone lives: "Block C, flat 22", "lives in
# Block 4", "Block 3-এর ground floor-এ" (not "Block 4, Level 3" of an industrial estate).
_BLOCK_RE = _rx(r"(?<![\w'’-])[Bb]lock[ \u00a0]+(?:[A-Z]|\d{1,3})(?![\w])")
_BLOCK_HOME_AFTER_RE = _rx(
    r"[ \u00a0]*(?:,|-এর|-এ|کے|ਦੇ)?[ \u00a0]*(?:(?:the|a|our|my)[ \u00a0]+)?(?:ground[ \u00a0]+floor|top[ \u00a0]+floor"
    r"|first[ \u00a0]+floor|flat|apartment|room|floor|ফ্ল্যাট|فلیٹ|ਫਲੈਟ)",
    re.IGNORECASE,
)
_BLOCK_HOME_BEFORE_RE = _rx(
    r"(?:live|lives|living|lived|home|moved)[ \u00a0]+(?:in|at|to)[ \u00a0]+$", re.IGNORECASE
)


def _blocks(text: str) -> Iterator[Span]:
    for m in _BLOCK_RE.finditer(text):
        if _BLOCK_HOME_AFTER_RE.match(text, m.end()) or _BLOCK_HOME_BEFORE_RE.search(
            text, max(0, m.start() - 20), m.start()
        ):
            yield Span(m.start(), m.end(), ADDRESS, 0.55, "a block of flats where someone lives")


# "forty two Saltash Road", "twenty-one Mill Lane": a house number said in words before a street.
_WORDED_HOUSE_RE = _rx(
    r"(?<![\w'’-])((?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five"
    r"|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|a[ \u00a0]hundred(?:[ \u00a0]and[ \u00a0]\w+)?)"
    r"[ \u00a0]+(?:[A-Z][\w'’-]+[ \u00a0]+){1,3}(?:Road|Street|Lane|Avenue|Close|Crescent|Drive|Way|Court|Terrace"
    r"|Grove|Place|Gardens|Walk|Row|Hill|Square|Mews|Rise|Parade|View|Green|Park))(?![\w'’-])"
)
# Pubs named the way British pubs are, without the word "pub": "the Red Lion", "the King's
# Head", "the Royal Oak"; and shops named "Evans the Chemist".
_PUB_RE = _rx(
    r"(?<![\w'’-])(?:the|The)[ \u00a0]+((?:Red|White|Black|Golden|Green|Blue|Royal|Old|New|Little|Grey|Brown|King's"
    r"|Kings|Queen's|Queens|Duke's|Fox[ \u00a0]and|Rose[ \u00a0]and|Crown[ \u00a0]and|Bull[ \u00a0]and)[ \u00a0]+"
    r"(?:Lion|Hart|Horse|Bull|Swan|Crown|Oak|Bell|Anchor|Plough|Star|Arms|Head|Fox|Hound|Hounds|Stag|Cock|Eagle"
    r"|Feathers|George|Ship|Rose|Wheatsheaf|Dragon|Boar|Bear|Lamb|Heart|Hind|Cross|Cow|Dog|Greyhound|Mitre|Grapes"
    r"|Tavern|Inn|Shovel|Sceptre)|(?:Crown|Plough|Wheatsheaf|Feathers|Greyhound|Mitre|Grapes|Ship|Anchor)(?=[ \u00a0]"
    r"+(?:pub|at|on|in|car[ \u00a0]+park|opposite|where|near)\b))(?![\w'’-])"
)
# "the Weavers Rest", "the Thistle Vaults": a pub named by a word and what kind it is.
_PUB_KIND_RE = _rx(
    r"(?<![\w'’-])((?:the|The)[ \u00a0]+[A-Z][\w'’]+(?:[ \u00a0]+[A-Z][\w'’]+)?[ \u00a0]+"
    r"(?:Vaults|Rest|Tap|Taphouse|Alehouse|Ale[ \u00a0]+House|Free[ \u00a0]+House|Bar|Inn|Tavern|Arms|Social[ \u00a0]+Club))(?![\w'’-])"
)
# Words one of which each of the three patterns above needs (a cheap test before the pattern).
_WORDED_HOUSE_STREETS = frozenset(
    "road street lane avenue close crescent drive way court terrace grove place gardens walk row hill square "
    "mews rise parade view green park".split()
)
_PUB_WORDS = frozenset(
    "lion hart horse bull swan crown oak bell anchor plough star arms head fox hound hounds stag cock eagle "
    "feathers george ship rose wheatsheaf dragon boar bear lamb heart hind cross cow dog greyhound mitre grapes "
    "tavern inn shovel sceptre".split()
)
_PUB_KINDS = frozenset("vaults rest tap taphouse alehouse house bar inn tavern arms club".split())
# "his Friday pint at the Fleece", "drank in the Swan": a pub by its name alone, after a drink.
_DRINK_WORDS = frozenset("pint pints drink drinks drank drinking quiz darts lager bitter".split())
_DRINK_PUB_RE = _rx(
    r"(?<![\w])(?:pint|pints|drink|drinks|drank|drinking|quiz|darts|lager|bitter)(?![\w])[^.!?\n]{0,24}?"
    r"(?<![\w])(?:at|in|down|from)[ \u00a0]+the[ \u00a0]+((?-i:[A-Z])[a-z]+(?:[ \u00a0](?-i:[A-Z])[a-z]+)?)(?![\w'’-])",
    re.IGNORECASE,
)
_TRADES = frozenset("chemist butcher baker bakers post milk shop grocer paper coal".split())
# Polish and Romanian put the number after the street: "Lincoln Road 212", "ul. Polna 7".
_NUMBER_AFTER_STREET_RE = _rx(
    r"(?<![\w])(?:Road|Street|Lane|Avenue|Close|Crescent|Drive|Court|Terrace|Grove|Place|Gardens|Walk|Row"
    r"|Hill|Square|Mews|Rise|Parade|View|Green|Park)[ \u00a0](\d{1,4}[a-zA-Z]?)(?![\w])"
)
_TRADE_NAME_RE = _rx(
    r"(?<![\w'’-])([A-Z][a-z]{2,}[ \u00a0]+the[ \u00a0]+(?:Chemist|Butcher|Baker|Bakers|Post|Milk|Shop|Grocer|Paper|Coal))"
    r"(?![\w'’-])"
)


# "the flat above the chippy at 40", "the room over the bookies": a home placed by the
# shop below it (and its number when given).
_ABOVE_SHOP_RE = _rx(
    r"(?<![\w'’-])((?:flat|maisonette|bedsit|room|rooms|apartment|studio)[ \u00a0]+(?:above|over|below|under|behind"
    r"|next[ \u00a0]+to|beside)[ \u00a0]+(?:the[ \u00a0]+|a[ \u00a0]+|our[ \u00a0]+)?(?:old[ \u00a0]+|little[ \u00a0]+)?"
    r"(?:chippy|chip[ \u00a0]+shop|shop|shops|pub|takeaway|bakery|launderette|laundrette|café|cafe|newsagents?|newsagent's"
    r"|bookies|bookmakers|barbers?|barber's|butchers?|butcher's|offy|off[- ]licence|corner[ \u00a0]+shop|kebab[ \u00a0]+shop"
    r"|garage|post[ \u00a0]+office|pharmacy|chemists?|chemist's)"
    r"(?:[ \u00a0]+(?:at|on)[ \u00a0]+(?:number[ \u00a0]+)?\d{1,4}[a-zA-Z]?(?![\w]))?)",
    re.IGNORECASE,
)
_ADJ = (
    r"(?:(?:basement|ground[- ]floor|first[- ]floor|second[- ]floor|top[- ]floor|top|upstairs|downstairs|attic"
    r"|garden|end|corner|middle|back|front|loft|upper|lower|bottom|little|end[- ]terrace)[ \u00a0]+)?"
)
_EN_PARTIAL_RE = _rx(
    rf"(?<![\w'’-])(?:"
    rf"(?:{_ADJ}(?:flat|maisonette|bedsit|apartment)|{_ADJ.replace(')?', ')')}(?:house|bungalow|cottage|unit|room|terrace))"
    rf"[ \u00a0]+(?:at|in)[ \u00a0]+{_NUM_STRICT}"
    # "flat 3.07", "studio 4.10": floor and door, as student blocks number them
    rf"|(?:flat|apartment|apt\.?|studio|room|camera|pokój|pokoj|استوديو|ستوديو)[ \u00a0]*\d{{1,2}}\.\d{{2}}(?![\d])"
    rf"|(?:flat|apartment|apt\.?|maisonette|pitch|plot|berth|mooring|caravan|bedsit|bungalow|studio"
    rf"|cottage|chalet|room|fflat|rhif|cabin|static"
    # where someone trades or parks, numbered like a home: "stall 12", "bay 14" ("Unit 14" only
    # with its estate's name after it: _units_before_streets)
    rf"|stall|bay)[ \u00a0]*(?:no\.?|number|nr\.?|#)?[ \u00a0]*{_NUM}"
    rf"|(?:pitches|plots|berths|moorings|flats|houses)[ \u00a0]+\d{{1,4}}[ \u00a0]*(?:to|-|–|and|&)[ \u00a0]*\d{{1,4}}"
    rf"|(?:number|no\.|nr\.?|num\.?|#)[ \u00a0]*{_NUM_STRICT}"
    rf"|(?:(?<=at )|(?<=to )|(?<=from )|(?<=in )|(?<=by ))number[ \u00a0]+(?:{_NUMBER_WORDS})"
    rf"){_NUM_END}",
    re.IGNORECASE,
)
# Labels that make "number 4521" something else than a house.
_NOT_HOUSE_BEFORE_RE = _rx(
    r"(?:reference|ref|case|complaint|job|account|tenancy|phone|telephone|mobile|contact|order|ticket|claim"
    r"|policy|invoice|customer|membership|booking|report|incident|crime|bus|route|platform|gate|page|item|"
    r"stage|step|point|question|section|paragraph|clause|level|size|option|extension|ext|serial|model|batch|"
    r"register|registration|payroll|staff|badge|employee|id|ni|nhs|national insurance|passport|licence|"
    r"vehicle|plate|pin|code|sort code|floor|bed|ward|bay|dial|press|call|line|version|year|class|grade|"
    r"room number|ticket number)[ \u00a0:]*(?:number|no\.?|nr\.?|#)?[ \u00a0:]*$",
    re.IGNORECASE,
)
_PLRO_PARTIAL_RE = _rx(
    rf"(?<![\w'’-])(?:"
    rf"(?:mieszkani(?:e|a|u|em)|lokal(?:u|em)?|blok(?:u|iem)?|klatk(?:a|i|ę|ą)|dom(?:u|em)?[ \u00a0]+(?:nr|numer)"
    rf"|numer(?:ze|u|em)?|nr\.?|pod[ \u00a0]+numerem|(?-i:m)\.(?=[ \u00a0]*\d)"  # "m. 12": mieszkanie
    rf"|apartament(?:ul|ului)?|ap\.|ap(?=[ \u00a0]+\d)|apt\.?|bloc(?:ul|ului)?|bl\.|scara|sc\.|num[aă]r(?:ul|ului)?|casa[ \u00a0]+nr\.?"
    rf"|camera|camerei|pok[oó]j(?:u|em)?|parcel[aăe]|parcela|parcelei|rulot[aăe]|rulotei|miejsc(?:e|a|u)[ \u00a0]+cumowania"
    # pitches, plots, berths and moorings: "działce nr 8", "stanowisku 19", "miejsce 4", "dana 11",
    # "cabana 14", "pitch-ul 12", "apartamentu 4"
    rf"|działk(?:a|i|ę|ą)|działce|stanowisk(?:o|u|iem|a)|miejsc(?:e|a|u)|przyczep(?:a|y|ie|ą)|barka|barce"
    rf"|dan[aăe]|danei|caban[aăe]|cabanei|pitch(?:-ul|-ului|ul|ului)?|plot(?:-ul|ul)?|locul|locului|apartamentu"
    rf"|etaj(?:ul|ului)?|piętr(?:o|ze|a)|stoisk(?:o|u|a|iem)|tarab(?:a|ei|ă))[ \u00a0]*(?:nr\.?|numer|numărul|numarul)?[ \u00a0]*{_NUM}"
    rf"){_NUM_END}",
    re.IGNORECASE,
)
# Polish number nouns for a house: "spod siódemki", "pod piątką", "z dwunastki".
_PL_NUMBER_NOUN_RE = _rx(
    r"(?<![\w])(?:spod|pod|z|ze|do|od|na|przy|obok)[ \u00a0]+("
    r"(?:jedynk|dwójk|trójk|czwórk|piątk|szóstk|siódemk|ósemk|dziewiątk|dziesiątk|jedenastk|dwunastk"
    r"|trzynastk|czternastk|piętnastk|szesnastk|siedemnastk|osiemnastk|dziewiętnastk|dwudziestk|trzydziestk"
    r"|czterdziestk|pięćdziesiątk|sześćdziesiątk|siedemdziesiątk|osiemdziesiątk|dziewięćdziesiątk)"
    r"(?:a|i|ę|ą|ach|om|ami|ce)"
    # "z trzydziestki trójki", "spod czterdziestki dziewiątki": tens and units, both as nouns
    r"(?:[ \u00a0]+(?:jedynk|dwójk|trójk|czwórk|piątk|szóstk|siódemk|ósemk|dziewiątk)(?:a|i|ę|ą|ce))?)(?![\w])",
    re.IGNORECASE,
)
# Polish "mieszkam pod 41b", "sąsiad spod 12": the number of a house or flat.
_PL_POD_RE = _rx(
    r"(?<![\w])(?:spod|pod)[ \u00a0]+(\d{1,4}[a-zA-Z]?(?:/\d{1,3}[a-zA-Z]?)?)(?![\w/])"
    r"(?![ \u00a0]*(?:%|°|st\.|stopni|zł|złotych|kg|km|m\b|lat|latami|osób|numer))"
    r"((?=[ \u00a0]*(?:[,.;:!?)]|$|na[ \u00a0]|w[ \u00a0]|przy[ \u00a0]|ma[ \u00a0]|mieszka)))?",
    re.IGNORECASE,
)
_PL_LIVE_BEFORE_RE = _rx(r"(?:mieszk\w*|sąsiad\w*|sasiad\w*|lokator\w*|z|ze)[ \u00a0]+$", re.IGNORECASE)
_D = r"[0-9\u0660-\u0669\u06f0-\u06f9\u09e6-\u09ef\u0a66-\u0a6f]"
_NATIVE_NUM = (
    rf"{_D}{{1,4}}(?:[-/]{_D}{{1,3}})?"
    # a flat letter glued on, in Latin or spelt out: "9C", "9ਸੀ", "9سی", "১২বি"
    r"(?:[A-Za-z](?![A-Za-z])|(?:ਏ|ਬੀ|ਸੀ|ਡੀ|اے|بی|سی|ڈی|এ|বি|সি|ডি)(?![\u0620-\u065f\u066e-\u06d3\u0980-\u09ff\u0a00-\u0a7f]))?"
)
_NATIVE_NUM_END = rf"(?!{_D})(?![ \u00a0.,-]?{_D})"
_NATIVE_PARTIAL_RE = _rx(
    r"(?:(?:شقة|الشقة|شقتي|شقه|المنزل|منزل|بيت|البيت|البناية|بناية|عمارة|العمارة|مبنى|المبنى|بلوك|رقم|الرقم"
    r"|غرفة|الغرفة|غرفتي|شقتنا"
    r"|فلیٹ|فلیٹ|مکان|گھر|بلاک|نمبر|اپارٹمنٹ|کمرہ|کمرا|روم"
    r"|ফ্ল্যাট|ফ্ল্যাটে|বাড়ি|বাসা|ব্লক|নং|নম্বর|বাড়ি নং|রুম|কক্ষ|অ্যাপার্টমেন্ট"
    r"|ਫਲੈਟ|ਫ਼ਲੈਟ|ਮਕਾਨ|ਘਰ|ਬਲਾਕ|ਨੰਬਰ|ਕਮਰਾ|ਕਮਰੇ|ਰੂਮ|ਅਪਾਰਟਮੈਂਟ"
    r"|اسٹال|سٹال|স্টল|ਸਟਾਲ|[Ss]tall|[Bb]ay)[ \u00a0]*(?:رقم|نمبر|নং|নম্বর|ਨੰਬਰ|ਨੰ\.|نمبر\.|নং\.)?[ \u00a0]*"
    rf"(?:{_NATIVE_NUM}|[A-Z](?![A-Za-z])){_NATIVE_NUM_END}"
    rf"|{_NATIVE_NUM}[ \u00a0]*(?:নম্বর|নং|نمبر|ਨੰਬਰ)(?:[ \u00a0]+(?:বাড়ি[\u0980-\u09ff]*|বাসা[\u0980-\u09ff]*|ফ্ল্যাট[\u0980-\u09ff]*|مکان|گھر|فلیٹ"
    r"|ਮਕਾਨ|ਘਰ|ਫਲੈਟ|bay|stall)|(?=[ \u00a0]+(?:এ|তে|میں|ਵਿੱਚ|ਵਿਚ))"
    # a Bengali case ending, hyphenated or glued: "২২ নম্বর-এর", "১৪ নম্বরের"
    r"|(?=-?(?:এর|এও|এ|ের|েরও|ে|র|তে|য়)(?![\u0980-\u09ff])))"
    r")"
)
_NATIVE_NOT_BEFORE_RE = _rx(
    r"(?:فون|هاتف|الهاتف|موبائل|جوال|ফোন|মোবাইল|ਫ਼ੋਨ|ਫੋਨ|ਮੋਬਾਈਲ|حوالہ|ریفرنس|مرجع|রেফারেন্স|ਹਵਾਲਾ|NHS|الـNHS)[ \u00a0]*$"
)


_EN_PARTIAL_TRIGGERS = frozenset(
    """basement ground first second top upstairs downstairs attic garden end corner middle back front loft upper
    lower bottom little flat maisonette bedsit apartment house bungalow cottage unit room apt pitch plot berth
    mooring caravan chalet fflat rhif number no nr num terrace pitches plots berths moorings flats houses cabin
    static studio camera pokój pokoj استوديو ستوديو stall bay""".split()
)
_PLRO_PARTIAL_TRIGGERS = frozenset(
    """mieszkanie mieszkania mieszkaniu mieszkaniem lokal lokalu lokalem blok bloku blokiem klatka klatki klatkę
    klatką dom domu domem numer numerze numeru numerem nr pod apartament apartamentul apartamentului ap apt bloc
    blocul blocului bl scara sc numar numarul numarului număr numărul numărului casa camera pokoj pokój pokoju m
    pokojem parcela parcelă parcele parcelei rulota rulotă rulotei miejsce miejsca miejscu etajul etaj etajului
    piętro piętrze piętra camerei działka działki działkę działką działce stanowisko stanowisku stanowiskiem
    stanowiska przyczepa przyczepy przyczepie przyczepą barka barce dana dană dane danei cabana cabană cabane
    cabanei pitch plot plotul locul locului apartamentu stoisko stoisku stoiska stoiskiem taraba tarabei tarabă""".split()
)


def _partial(text: str, low: str, present: set[str], lang: str) -> Iterator[Span]:
    starts = _starts(low, present, _EN_PARTIAL_TRIGGERS)
    if "#" in text:
        starts = sorted(set(starts) | {k for k, c in enumerate(text) if c == "#"})
    last_end = -1
    for pos in starts:
        if pos < last_end:
            continue
        m = _EN_PARTIAL_RE.match(text, pos)
        if not m:
            continue
        last_end = m.end()
        if _NOT_HOUSE_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()):
            continue
        yield Span(m.start(), m.end(), ADDRESS, 0.6, "partial address (flat or house number)")
    for pos in _starts(low, present, _PLRO_PARTIAL_TRIGGERS):
        m = _PLRO_PARTIAL_RE.match(text, pos)
        if not m:
            continue
        if _NOT_HOUSE_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()):
            continue
        yield Span(m.start(), m.end(), ADDRESS, 0.55, "partial address (Polish/Romanian)")
    if lang != "pl" and not _PLRO_HINT_RE.search(text):
        return
    if "pod" in present or "spod" in present:
        for m in _PL_POD_RE.finditer(text):
            num = m.group(1)
            if m.group().lower().startswith("pod") and not (
                num[-1:].isalpha()
                or m.group(2)
                or _PL_LIVE_BEFORE_RE.search(text, max(0, m.start() - 25), m.start())
            ):
                continue  # "pod 2 kocami": under two blankets
            yield Span(m.start(1), m.end(1), ADDRESS, 0.5, "house by its number (Polish 'pod 41b')")
    for m in _PL_NUMBER_NOUN_RE.finditer(text):
        yield Span(m.start(1), m.end(1), ADDRESS, 0.5, "house by its number (Polish number noun)")


_NONLATIN_RE = _rx(r"[\u0600-\u06ff\u0980-\u09ff\u0a00-\u0a7f]")


# "ਨੰਬਰ 40 ਦੇ ਬੇਸਮੈਂਟ ਫਲੈਟ", "نمبر 7 کا اوپر والا فلیٹ": the flat of that number is one span.
_NATIVE_FLAT_OF_RE = _rx(
    r"[ \u00a0]+(?:ਦੇ|ਦਾ|ਦੀ|ਵਾਲੇ|ਵਾਲਾ|ਵਾਲੀ|کے|کا|کی|والے|والا|والی|এর|-এর)"
    r"(?:[ \u00a0]+[^\s\d.,،۔।!?؟:;()]+){0,2}?[ \u00a0]+"
    r"(?:ਫਲੈਟ|ਫ਼ਲੈਟ|ਮਕਾਨ|ਘਰ|ਕਮਰੇ|ਕਮਰਾ|فلیٹ|مکان|گھر|کمرے|ফ্ল্যাট|বাড়ি|বাসা|ঘর)(?![\u0600-\u06ff\u0980-\u09ff\u0a00-\u0a7f])"
)


def _native_partial(text: str) -> Iterator[Span]:
    for m in _NATIVE_PARTIAL_RE.finditer(text):
        if _NATIVE_NOT_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
            continue
        ext = _NATIVE_FLAT_OF_RE.match(text, m.end())
        if ext:
            yield Span(m.start(), ext.end(), ADDRESS, 0.55, "flat of a numbered house in native script")
            continue
        s = m.start()
        if s and text[s - 1].isalnum() and not text[s - 1].isdigit():
            # a clitic before the flat word is fine in Arabic ("بالشقة"); a longer word is not
            pass
        yield Span(m.start(), m.end(), ADDRESS, 0.55, "partial address in native script")


# ---------------------------------------------------------------- named places in other languages
# Polish and Romanian nouns before the name: "szkoła podstawowa nr 5", "kościół św. Anny",
# "przychodnia Zdrowie", "școala Gimnazială nr. 3", "biserica Sfântul Nicolae".
_PLRO_PLACE_RE = _rx(
    r"(?<![\w])("
    r"szkoł[aęyąo]|szkole|szkół|przedszkol(?:e|a|u|em)|żłob(?:ek|ka|ku|kiem)|przychodni[aęą]?|ośrod(?:ek|ka|ku)"
    r"[ \u00a0]+zdrowia|kości(?:ół|oła|ele|ołem)|parafi[aięą]|meczet(?:u|cie|em)?|cerkw(?:i|ią)|cerkiew"
    r"|synagog[aięą]|świątyni[aą]?|gurdwar[aezęy]|klinik[aięą]|apte(?:ka|ki|ce|kę)|sklep(?:u|ie|em)?|pub(?:u|ie)?"
    r"|școal[aă]|şcoal[aă]|scoal[aă]|școlii|şcolii|scolii|grădiniț[aăe]i?|grădiniţ[aăe]i?|gradinit[aăe]i?"
    r"|cabinetul(?:ui)?|dispensarul(?:ui)?|policlinic[aăi]|biseric[aăi]i?|moscheea|moscheii|liceul(?:ui)?"
    r"|parohi[aei]|parohiei|mănăstir\w*|manastir\w*|catedral[aăe]\w*|capel[aăe]\w*"
    r"|colegiul(?:ui)?|centrul(?:ui)?[ \u00a0]+medical|magazinul(?:ui)?|farmacia|farmaciei|barul(?:ui)?|pubul(?:ui)?"
    r"|mini[ \u00a0-]?market(?:ul(?:ui)?)?|minimarket(?:ul(?:ui)?)?|supermarket(?:ul(?:ui)?)?"
    # named only when written with a capital ("Polskie Centrum Kultury", "Asociația Românilor")
    r"|centrum|centrul(?:ui)?|stowarzyszeni\w*|fundacj\w*|klub(?:u|ie|em)?|asociați\w*|asociaţi\w*|asociati\w*"
    r"|misj[aię]|misiun\w*"
    r")(?![^\W\d_])"
    r"((?:[ \u00a0]+(?:podstawow\w*|katolick\w*|specjaln\w*|publiczn\w*|integracyjn\w*|nr\.?|numer|im\.|imienia"
    r"|pw\.|pod[ \u00a0]+wezwaniem|św\.|świętego|świętej|świętych|najświętszej|matki|bożej|gimnazial\w*"
    r"|primar\w*|medical|de[ \u00a0]+familie|dr\.?|doctor\w*|sf\.?|sfânt\w*|sfânta|sfinții|sfintii|sfant\w*|parohia"
    r"|ortodox\w*|catolic\w*|penticostal\w*|teoretic\w*|tehnologic\w*|național\w*|national\w*|\d{1,3}"
    r")(?![^\W\d_]))*)"  # whole words: not "Sf" of "Sfânta"
    r"((?:[ \u00a0]+(?:[A-ZĄĆĘŁŃÓŚŹŻĂÂÎȘȚŞŢ][\w'’.-]*|\d{1,3}|&|and|of|nr\.?|im\.|imienia|pw\.|din|și|şi)){0,7})"
    # a name in quotes: "Centrum Kultury „Orzeł”", "Parohia Ortodoxă Română „Sfânta Parascheva”"
    r"((?:[ \u00a0]+[„“\"«][^„“”\"«»\n]{1,40}[”\"»])?)",
    re.IGNORECASE,
)
_PLRO_CAPITAL_ONLY = re.compile(r"(?i)centr|stowarzysz|fundacj|klub|asocia|misj|misiun")
# capitalised adjectives before the kind: "w Polskiej Szkole Sobotniej", "Polskim Centrum"
_PLRO_ADJ_BEFORE_RE = _rx(
    r"(?:[A-ZĄĆĘŁŃÓŚŹŻĂÂÎȘȚŞŢ][a-ząćęłńóśźżăâîșțşţ]+(?:ej|im|iego|ie|a|ă|e|i)[ \u00a0]+){1,2}$"
)
_PLRO_TRAILING = frozenset("im. imienia pw. din și şi & and of nr nr.".split())


_PLRO_ABBREV = frozenset("nr. św. im. pw. sf. dr. str. ul. al. os.".split())


def _plro_places(text: str) -> Iterator[Span]:
    for m in _PLRO_PLACE_RE.finditer(text):
        if _PLRO_CAPITAL_ONLY.match(m.group(1)) and not m.group(1)[:1].isupper():
            continue  # "w centrum miasta", "centrul orașului": not a named place
        name = m.group(3)
        if name and not name.strip()[:1].isupper() and not name.strip()[:1].isdigit():
            name = ""
        # only capitalised name words count (re.IGNORECASE let lower case through)
        end = m.end(2)
        for w in re.finditer(r"\S+", name):
            word = w.group()
            if not (
                word[:1].isupper()
                or word[:1].isdigit()
                or word in ("&", "and", "of")
                or word.lower() in _PLRO_TRAILING
            ):
                break
            if word.endswith(".") and word.lower() not in _PLRO_ABBREV:
                end = m.start(3) + w.end() - 1  # "... św. Jadwigi. Przychodnia": the sentence ends
                break
            end = m.start(3) + w.end()
        # not ending on a joining word: "... Sobotniej im." alone, "din" with no town
        words = text[m.end(2) : end].split()
        while words and words[-1].lower() in _PLRO_TRAILING:
            end = m.end(2) + text[m.end(2) : end].rstrip().rfind(words.pop())
            end = m.end(2) + len(text[m.end(2) : end].rstrip())
        if m.group(4) and end == m.end(3):
            end = m.end(4)
        if (
            end == m.end(2)
            and not re.search(r"\d", m.group(2))
            and not re.search(r"(?i)św|sf|im\.|imienia|wezwaniem", m.group(2))
        ):
            continue
        # the noun with the name, as writers mark it ("parafii Chrystusa Króla", "Szkoła Podstawowa")
        start = m.start()
        if end <= start:
            continue
        if start == m.start():
            adj = _PLRO_ADJ_BEFORE_RE.search(text, max(0, start - 40), start)
            if adj and not (adj.start() == 0 or text[adj.start() - 1 : adj.start()] in ".!?\n"):
                start = adj.start()
        yield Span(start, end, ADDRESS, 0.55, "named school, surgery or place of worship (Polish/Romanian)")
    for m in _RO_SAINT_AT_RE.finditer(text):
        yield Span(m.start(1), m.end(1), ADDRESS, 0.55, "a church named by its saint (Romanian)")


# "la slujbă la Sfânta Parascheva": a church by its saint's name alone, after "at" ("de Sfântul
# Andrei" is the saint's day, not a place).
_RO_SAINT_AT_RE = _rx(
    r"(?<![\w])(?:la|lângă|langa|spre)[ \u00a0]+((?-i:Sfânta|Sfântul|Sfinții|Sfinţii|Sfintii|Sfanta|Sfantul|Sf\.)"
    r"[ \u00a0]+(?-i:[A-ZĂÂÎȘȚŞŢ])[\w-]+(?:[ \u00a0]+(?:și|şi|si)[ \u00a0]+(?-i:[A-ZĂÂÎȘȚŞŢ])[\w-]+)?)",
    re.IGNORECASE,
)


# Arabic, Urdu, Bengali and Gurmukhi place nouns: the name may stand before (Urdu, Bengali,
# Punjabi "X ਸਕੂਲ") or after (Arabic "مسجد X", Punjabi "ਗੁਰਦੁਆਰਾ X").
_NATIVE_PLACES = {
    "arab": """مدرسة المدرسة مدرسه مدرستي روضة الروضة حضانة الحضانة مسجد المسجد جامع الجامع عيادة العيادة
        مستوصف المستوصف كنيسة الكنيسة معبد المعبد حسينية الحسينية دارالعلوم مطعم حانة بقالة صيدلية الصيدلية اسکول سکول اسكول مدرسہ
        مسجد کلینک سرجری گوردوارہ گردوارہ گوردوارا مندر چرچ امام_بارگاہ پرائمری نرسری دکان سویٹس سوئٹس اکیڈمی اکیڈیمی
        فرن مخبز محل دكان مقهى سوبرماركت بقالة پب ہوٹل سویٹ_سینٹر سٹور اسٹور سپر_اسٹور کیش_اینڈ_کیری
        أكاديمية الأكاديمية اكاديمية الاكاديمية ثانوية الثانوية المركز_الصحي مركز_صحي
        میڈیکل_سینٹر میڈیکل_سنٹر ہیلتھ_سینٹر ہیلتھ_سنٹر میڈیکل_پریکٹس ہیلتھ_کلینک پریکٹس مارکیٹ
        گروپ_پریکٹس فیملی_پریکٹس اسلامک_سینٹر اسلامک_سنٹر
        پرائمری_سکول پرائمری_اسکول ہائی_سکول ہائی_اسکول کالج حلال_گوشت پوائنٹ ڈے_سینٹر ڈے_سنٹر
        مخبزة مخبز_ال کمیونٹی_سینٹر کمیونٹی_سنٹر ویمنز_سینٹر ویمن_سینٹر یوتھ_سینٹر
        چلڈرنز_سینٹر چلڈرنز_سنٹر چلڈرن_سینٹر چلڈرن_سنٹر فیملی_سینٹر یونیورسٹی جامعة الجامعة""",
    "beng": """স্কুল স্কুলে স্কুলের প্রাইমারি নার্সারি মসজিদ মসজিদে মসজিদের মন্দির মন্দিরে ক্লিনিক ক্লিনিকে
        সার্জারি সার্জারিতে গির্জা চার্চ গুরুদুয়ারা দোকান দোকানে মাদ্রাসা মাদ্রাসায় পাব রেস্টুরেন্ট স্টোর গ্রোসারি একাডেমি
        মেডিক্যাল_সেন্টার মেডিকেল_সেন্টার হেলথ_সেন্টার মেডিক্যাল_প্র্যাকটিস মেডিকেল_প্র্যাকটিস প্র্যাকটিস
        গ্রুপ_প্র্যাকটিস ফ্যামিলি_প্র্যাকটিস ইসলামিক_সেন্টার ইসলামিক_সেন্টারে ইসলামিক_সেন্টারের
        মহিলা_কেন্দ্র মহিলা_কেন্দ্রে মহিলা_কেন্দ্রের মহিলা_সমিতি কমিউনিটি_কেন্দ্র
        মার্কেট কলেজ প্রাইমারি_স্কুল পয়েন্ট সুইট_সেন্টার সুইটস হাই_স্কুল একাডেমিতে একাডেমির কলেজে কলেজের
        সেন্টারে সেন্টারের স্কুলেই প্র্যাকটিসে প্র্যাকটিসের ডে_সেন্টার ডে_সেন্টারে সার্জারির ক্যাশ_অ্যান্ড_ক্যারি
        ক্যাশ_অ্যান্ড_ক্যারির কমিউনিটি_সেন্টার কমিউনিটি_সেন্টারে কমিউনিটি_সেন্টারের উইমেন্স_সেন্টার
        উইমেন্স_সেন্টারে উইমেন্স_সেন্টারের চিলড্রেনস_সেন্টার চিলড্রেন্স_সেন্টার চিলড্রেন_সেন্টার
        চিলড্রেনস_সেন্টারে চিলড্রেনস_সেন্টারের ফ্যামিলি_সেন্টার ইউনিভার্সিটি ইউনিভার্সিটিতে ইউনিভার্সিটির""",
    "guru": """ਸਕੂਲ ਸਕੂਲੇ ਪ੍ਰਾਇਮਰੀ ਨਰਸਰੀ ਗੁਰਦੁਆਰਾ ਗੁਰਦੁਆਰੇ ਗੁਰੂਦੁਆਰਾ ਗੁਰੂਦੁਆਰੇ ਮੰਦਰ ਮੰਦਿਰ ਮਸਜਿਦ ਕਲੀਨਿਕ ਸਰਜਰੀ
        ਚਰਚ ਦੁਕਾਨ ਪੱਬ ਹੋਟਲ ਸਟੋਰ ਅਕੈਡਮੀ ਮੈਡੀਕਲ_ਸੈਂਟਰ ਹੈਲਥ_ਸੈਂਟਰ ਮੈਡੀਕਲ_ਪ੍ਰੈਕਟਿਸ ਪ੍ਰੈਕਟਿਸ ਮਾਰਕੀਟ ਮਿੱਲ
        ਕਾਲਜ ਪ੍ਰਾਇਮਰੀ_ਸਕੂਲ ਪੁਆਇੰਟ ਸਵੀਟ_ਸੈਂਟਰ ਸਵੀਟਸ ਸਵੀਟ_ਸ਼ਾਪ ਹਾਈ_ਸਕੂਲ ਡੇ_ਸੈਂਟਰ ਭਵਨ ਕਮਿਊਨਿਟੀ_ਸੈਂਟਰ
        ਵਿਮੈਨਜ਼_ਸੈਂਟਰ ਚਿਲਡਰਨਜ਼_ਸੈਂਟਰ ਚਿਲਡਰਨਸ_ਸੈਂਟਰ ਚਿਲਡਰਨ_ਸੈਂਟਰ ਫੈਮਿਲੀ_ਸੈਂਟਰ ਯੂਨੀਵਰਸਿਟੀ ਗਰੁੱਪ_ਪ੍ਰੈਕਟਿਸ ਫੈਮਿਲੀ_ਪ੍ਰੈਕਟਿਸ ਇਸਲਾਮਿਕ_ਸੈਂਟਰ""",
}
_NATIVE_PLACE_RE = _rx(
    r"(?<![\w\u064b-\u065f\u0670\u0980-\u09ff\u0a00-\u0a7f])[وبفل]?\u0640?("
    + "|".join(_alt(v) for v in _NATIVE_PLACES.values())
    + r")(?![\w\u064b-\u065f\u0670\u0980-\u09ff\u0a00-\u0a7f])"
)
_NATIVE_WORD_RE = _rx(r"[\w\u064b-\u065f\u0670\u0980-\u09ff\u0a00-\u0a7f\u200c\u200d]+")
_SCRIPT_OF = (
    ("\u0600", "\u06ff", "arab"),
    ("\u0980", "\u09ff", "beng"),
    ("\u0a00", "\u0a7f", "guru"),
)


def _script(word: str) -> str | None:
    c = word[:1]
    for lo, hi, name in _SCRIPT_OF:
        if lo <= c <= hi:
            return name
    return None


def _native_name_word(word: str, lang: str, loose: int) -> bool:
    """A native word that may be (part of) a place's name: unusual, not a function word.

    ``loose`` (a frequency rank: the first word after an Arabic-order noun, "مدرسة النور")
    lets a less everyday word through too, as long as it is not a function word or an
    inflected verb; 0 takes only unknown words and names.
    """
    from . import scripts

    script = _script(word)
    if script is None:
        return word[:1].isupper() and len(word) > 1
    lex = scripts._lexicon(script)
    norm = scripts.normalise(word, script)
    if norm in lex.stop or norm in lex.relations or norm in lex.titles or norm in lex.flat_words:
        return False
    lang_ar = "ur" if lang == "ur" else "ar"
    _, forms, _, rank, rare, _, name = scripts._word_facts(word, script, lang_ar)
    if any(f in lex.stop for f in forms):
        return False
    if name or rare:
        return True
    if script == "guru" and norm.endswith(scripts._GURU_INFLECTED):
        return False
    return bool(loose) and rank > loose


def _native_street_word(word: str) -> bool:
    """ "روڈ", "রোড", "ਰੋਡ": a school or shop named after its street takes the street in."""
    from . import scripts

    script = _script(word)
    return script is not None and scripts.normalise(word, script) in scripts._lexicon(script).street_words


def _native_title(word: str) -> bool:
    from . import scripts

    script = _script(word)
    return script is not None and scripts.normalise(word, script) in scripts._lexicon(script).titles


# Places of worship are named with everyday words ("مرکزی جامع مسجد بلال", "ਗੁਰਦੁਆਰਾ ਗੁਰੂ ਨਾਨਕ
# ਸਤਿਸੰਗ ਸਭਾ", "মদিনা মসজিদ"): every word up to a function word belongs to the name.
_WORSHIP = frozenset(
    """مسجد المسجد جامع الجامع جامعہ كنيسة الكنيسة معبد المعبد گوردوارہ گردوارہ گوردوارا مندر حسينية الحسينية
    دارالعلوم امام_بارگاہ
    মসজিদ মসজিদে মসজিদের মন্দির মন্দিরে গির্জা গুরুদুয়ারা ਗੁਰਦੁਆਰਾ ਗੁਰਦੁਆਰੇ ਗੁਰੂਦੁਆਰਾ ਗੁਰੂਦੁਆਰੇ ਮੰਦਰ ਮੰਦਿਰ
    ਮਸਜਿਦ ਭਵਨ چرچ চার্চ ਚਰਚ""".split()
)
# Not part of the name: days ("every Friday"), going and coming, and where ("beside").
_NOT_IN_WORSHIP_NAME = re.compile(
    r"^(?:جات|جان|جائ|جاؤ|گئ|گیا|آت|آئ|ذهب|نذهب|أذهب|اذهب|يذهب|نصلي|أصلي|یا|یہ|پر"
    r"|যা|যে|গি|গে|আস|পাশ|সামন|কাছ|পিছ|পেছ|উল্টো|ਜਾ|ਗਏ|ਗਈ|ਗਿਆ|ਆਉ|ਆਏ|ਕੋਲ|ਨੇੜੇ|ਸਾਹਮਣੇ|ਪਿੱਛੇ)"
    r"|(?:بار|বার|ਵਾਰ)$|^(?:جمعہ|جمعة|الجمعة|اتوار|پیر|منگل|بدھ|جمعرات|ہفتہ|ہفتے)$"
    r"|^(?:ਹਫ਼ਤੇ|ਹਫਤੇ|ਐਤਵਾਰ|ਐਤਵਾਰੀਂ|ਰੋਜ਼|ਰੋਜ|ਸਵੇਰੇ|ਸ਼ਾਮੀਂ|ਹਰ|সপ্তাহে|রবিবার|রোজ|প্রতি|روز|ہر)$"
    r"|^(?:خلف|قرب|جنب|بجانب|مقابل|أمام|امام|وراء|عند|بجوار|جوار|يوم|كل|مع|كتب|قال|قالت|مباشرة|تماما|تماماً)$"
)
# A shop, a surgery or a school is named by the words before it, everyday ones too ("مدینہ حلال
# سٹور", "ਪੈਨ ਰੋਡ ਸਰਜਰੀ", "شاہجلال গ্রোসারি").
_SHOPS = frozenset(
    """سٹور اسٹور دکان دكان سویٹس سوئٹس اکیڈمی اکیڈیمی سرجری ਸਟੋਰ ਦੁਕਾਨ ਸਰਜਰੀ ਅਕੈਡਮੀ স্টোর দোকান
    গ্রোসারি সার্জারি একাডেমি مارکیٹ মার্কেট ਮਾਰਕੀਟ ਮਿੱਲ ਸਵੀਟਸ সুইটস ਪੱਬ پب পাব""".split()
) | frozenset(
    # the kind in two words: a surgery ("گرین لین میڈیکل پریکٹس"), a halal butcher's
    w.replace("_", " ")
    for w in """میڈیکل_سینٹر میڈیکل_سنٹر ہیلتھ_سینٹر ہیلتھ_سنٹر میڈیکل_پریکٹس حلال_گوشت سویٹ_سینٹر ਸਵੀਟ_ਸੈਂਟਰ
    گروپ_پریکٹس فیملی_پریکٹس গ্রুপ_প্র্যাকটিস ফ্যামিলি_প্র্যাকটিস ਗਰੁੱਪ_ਪ੍ਰੈਕਟਿਸ ਫੈਮਿਲੀ_ਪ੍ਰੈਕਟਿਸ
    اسلامک_سینٹر اسلامک_سنٹر ইসলামিক_সেন্টার ইসলামিক_সেন্টারে ইসলামিক_সেন্টারের ਇਸਲਾਮਿਕ_ਸੈਂਟਰ
    মহিলা_কেন্দ্র মহিলা_কেন্দ্রে মহিলা_কেন্দ্রের কমিউনিটি_কেন্দ্র
    ਸਵੀਟ_ਸ਼ਾਪ সুইট_সেন্টার کیش_اینڈ_کیری ڈے_سینٹر ڈے_سنٹر ডে_সেন্টার ਡੇ_ਸੈਂਟਰ ক্যাশ_অ্যান্ড_ক্যারি
    ক্যাশ_অ্যান্ড_ক্যারির
    মেডিক্যাল_সেন্টার মেডিকেল_সেন্টার হেলথ_সেন্টার মেডিক্যাল_প্র্যাকটিস মেডিকেল_প্র্যাকটিস
    ਮੈਡੀਕਲ_ਸੈਂਟਰ ਹੈਲਥ_ਸੈਂਟਰ ਮੈਡੀਕਲ_ਪ੍ਰੈਕਟਿਸ
    کمیونٹی_سینٹر کمیونٹی_سنٹر ویمنز_سینٹر ویمن_سینٹر یوتھ_سینٹر কমিউনিটি_সেন্টার কমিউনিটি_সেন্টারে
    কমিউনিটি_সেন্টারের উইমেন্স_সেন্টার উইমেন্স_সেন্টারে উইমেন্স_সেন্টারের ਕਮਿਊਨਿਟੀ_ਸੈਂਟਰ ਵਿਮੈਨਜ਼_ਸੈਂਟਰ
    چلڈرنز_سینٹر چلڈرنز_سنٹر چلڈرن_سینٹر چلڈرن_سنٹر চিলড্রেনস_সেন্টার চিলড্রেন্স_সেন্টার চিলড্রেন_সেন্টার
    চিলড্রেনস_সেন্টারে চিলড্রেনস_সেন্টারের ਚਿਲਡਰਨਜ਼_ਸੈਂਟਰ ਚਿਲਡਰਨਸ_ਸੈਂਟਰ ਚਿਲਡਰਨ_ਸੈਂਟਰ""".split()
)
_AR_KIND_AFTER = frozenset(
    "الابتدائية الإبتدائية الثانوية الإعدادية الاعدادية الصحي الطبي الإسلامي الاسلامي الإسلامية الاسلامية".split()
)
_AR_KIND_TAIL_RE = _rx(
    r"(?:[ \u00a0]+[^\s\d.,،:;؛()]+){1,3}?[ \u00a0]+(?:"
    + "|".join(sorted(_AR_KIND_AFTER, key=len, reverse=True))
    + r")(?![\w\u064b-\u065f])"
)
_ANY_WORD = 1  # a rank: any word but the very commonest (function words are refused anyway)


# Inside the name of a mosque or church these are part of it, not a title or kinship word:
# "مسجد أبو بكر الصديق", "كنيسة السيدة العذراء", "مسجد الإمام علي", "كنيسة مار جرجس".
_WORSHIP_NAME_PARTS = frozenset(
    "أبو ابو أبي ابي بن ابن بنت عبد السيدة السيده الإمام الامام الشيخ السيد القديس القديسة القديسه مار سيدة سيده".split()
)
# Titles inside a place of worship's name, which alone do not make one ("ਗੁਰਦੁਆਰਾ ਸਾਹਿਬ" is any
# gurdwara): "ਗੁਰਦੁਆਰਾ ਸ੍ਰੀ ਗੁਰੂ ਰਵਿਦਾਸ ਸਭਾ", "سینٹ اینڈریوز چرچ", "শ্রী শ্রী রাধাকৃষ্ণ মন্দির".
_WORSHIP_TITLES = frozenset("ਸ੍ਰੀ ਸ਼੍ਰੀ ਸ੍ਰੀਮਾਨ ਗੁਰੂ ਬਾਬਾ ਭਾਈ ਸੰਤ ਸਾਹਿਬ سری شری سینٹ سنت حضرت শ্রী সেন্ট".split())
# Two-word kinds that say a school: any word before them is the school's name ("ਵਿਲੋ ਬੈਂਕ
# ਪ੍ਰਾਇਮਰੀ ਸਕੂਲ", "گرین لین پرائمری سکول").
_SCHOOL_KINDS = frozenset(
    w.replace("_", " ")
    for w in "پرائمری_سکول پرائمری_اسکول ہائی_سکول ہائی_اسکول প্রাইমারি_স্কুল হাই_স্কুল ਪ੍ਰਾਇਮਰੀ_ਸਕੂਲ ਹਾਈ_ਸਕੂਲ".split()
)


def _native_places(text: str, lang: str) -> Iterator[Span]:
    for m in _NATIVE_PLACE_RE.finditer(text):
        start, end = m.start(1), m.end(1)
        worship = m.group(1) in _WORSHIP
        shop = m.group(1) in _SHOPS
        # words after (Arabic order, and "ਗੁਰਦੁਆਰਾ ਸਿੰਘ ਸਭਾ")
        after = []
        pos = m.end()
        for w in _NATIVE_WORD_RE.finditer(text, pos, min(len(text), pos + 60)):
            if text[pos : w.start()].strip(" \u00a0") or len(after) == (4 if worship else 2):
                break
            loose = _ANY_WORD if worship else (500 if after else 250)
            part = worship and (
                w.group() in _WORSHIP_NAME_PARTS
                or w.group() in _WORSHIP_TITLES
                or bool(after)
                and after[-1].group() in _WORSHIP_NAME_PARTS
            )  # "أبو بكر": the word after a kunya is the name
            if not (part or _native_name_word(w.group(), lang, loose=loose)) or (
                worship and _NOT_IN_WORSHIP_NAME.search(w.group())
            ):
                break
            after.append(w)
            pos = w.end()
        tail = _AR_KIND_TAIL_RE.match(text, m.end(1)) if not worship else None
        if tail and (not after or tail.end() > after[-1].end()):
            # a school named in any words up to its kind: "مدرسة ويلو بانك الابتدائية"
            after = [tail]
            pos = tail.end()
        elif after and not worship:
            # and the kind it ends with: "مدرسة هولين بارك الابتدائية"
            w = _NATIVE_WORD_RE.match(text, pos + 1) if text[pos : pos + 1] == " " else None
            if w is not None and w.group() in _AR_KIND_AFTER:
                after.append(w)
        before = []
        pos = m.start()
        lo = max(0, pos - 60)
        prev = list(_NATIVE_WORD_RE.finditer(text, lo, pos))
        for w in reversed(prev if m.start(1) == m.start() else []):  # "ومسجد": "and" opens it
            if text[w.end() : pos].strip(" \u00a0") or len(before) == 4:
                break
            if before and _native_title(w.group()):
                before.append(w)  # "শ্রী শ্রী রাধাকৃষ্ণ মন্দির", "ਸ੍ਰੀ ਗੁਰੂ ... ਗੁਰਦੁਆਰਾ"
                pos = w.start()
                continue
            if before and w.group() in _WORSHIP_TITLES and worship:
                before.append(w)  # "سینٹ اینڈریوز چرچ": the saint's title opens the name
                pos = w.start()
                continue
            if (
                len(before) >= (3 if before and _native_street_word(before[0].group()) else 2)
                or not (
                    _native_name_word(
                        w.group(),
                        lang,
                        loose=_ANY_WORD if worship or shop or m.group(1) in _SCHOOL_KINDS else 2000,
                    )
                    or (not before and _native_street_word(w.group()))  # "ہولی روڈ پرائمری"
                )
                or (worship and _NOT_IN_WORSHIP_NAME.search(w.group()))
            ):
                break
            before.append(w)
            pos = w.start()
        while after and after[-1].group() in _WORSHIP_TITLES and after[-1].group() != "ਸਾਹਿਬ":
            after.pop()
        if after and not before and all(w.group() in _WORSHIP_TITLES for w in after):
            after = []  # "ਗੁਰਦੁਆਰਾ ਸਾਹਿਬ": any gurdwara, no name
        if not after and not before:
            continue
        if after:
            end = after[-1].end()
        if before:
            start = before[-1].start()
        yield Span(start, end, ADDRESS, 0.5, "named place in native script")


# A place named in Latin letters inside Urdu, Bengali, Punjabi or Arabic, located by a
# spatial word: "Lahore Sweet Centre کے اوپر", "Sylhet Cash & Carry-র ঠিক উপরে",
# "Red Lion ਦੇ ਸਾਹਮਣੇ", "فوق Costa Coffee". Words that also mean "with / to a person"
# (کے پاس, কাছে, ਕੋਲ) are left out.
_LATIN_RUN = r"((?:[A-Z][\w'’.-]*|&)(?:[ \u00a0]+(?:[A-Z][\w'’.-]*|&|and|of|the)){0,4})"
_NATIVE_LOCATED_AFTER_RE = _rx(
    _LATIN_RUN
    + r"(?:-?(?:এর|র|ের)|[ \u00a0]+(?:کے|کی|ਦੇ|ਦੀ|এর))?[ \u00a0]+(?:ঠিক[ \u00a0]+|بالکل[ \u00a0]+|ਬਿਲਕੁਲ[ \u00a0]+)?"
    r"(?:اوپر|سامنے|نیچے|پیچھے|برابر|عین[ \u00a0]+سامنے|উপরে|ওপরে|সামনে|পাশে|পিছনে|পেছনে|নিচে|বিপরীতে|উল্টোদিকে"
    r"|উপরের|ওপরের|সামনের|পাশের|পিছনের|পেছনের|নিচের|উল্টোদিকের"
    r"|ਸਾਹਮਣੇ|ਉੱਤੇ|ਉੱਪਰ|ਉਪਰ|ਨੇੜੇ|ਪਿੱਛੇ|ਹੇਠਾਂ|ਬਰਾਬਰ)(?![\u0620-\u065f\u066e-\u06d3\u0980-\u09ff\u0a00-\u0a7f])"
)
_NATIVE_LOCATED_BEFORE_RE = _rx(
    r"(?<![\u0620-\u065f\u066e-\u06d3])(?:فوق|تحت|جنب|بجانب|مقابل|قدام|ورا|خلف|قرب|بجنب|جمب)[ \u00a0]+(?:ال)?"
    + _LATIN_RUN
)
# "مركز الإمام علي الإسلامي": a centre or society named, ending in what kind it is.
_AR_CENTRE_RE = _rx(
    r"(?<![\u0620-\u065f\u066e-\u06d3])(?:مركز|المركز|جمعية|الجمعية|مسجد|جامع|نادي)[ \u00a0]+(?:[^\s\d.,،:;()]+[ \u00a0]+){1,3}?"
    r"(?:الإسلامي|الاسلامي|الإسلامية|الثقافي|المجتمعي|الاجتماعي|الصحي|الطبي|العربي|الخيري|الخيرية"
    r"|للأطفال|للاطفال|للطفولة|للعائلة|للعائلات|للأسرة)"
    r"(?![\u0620-\u065f\u066e-\u06d3])"
)


def _native_located(text: str) -> Iterator[Span]:
    for rx in (_NATIVE_LOCATED_AFTER_RE, _NATIVE_LOCATED_BEFORE_RE):
        for m in rx.finditer(text):
            words = m.group(1).split()
            while words and words[-1].lower() in ("&", "and", "of", "the"):
                words.pop()
            if not words:
                continue
            low = [_bare(w) for w in words]
            if low[0] in _NOT_LANDMARK or (len(words) == 1 and low[0] in _towns() and low[0] not in _CHAINS):
                continue  # "Bradford کے پاس", "Karen ਦੇ ਸਾਹਮਣੇ"
            end = m.start(1) + len(m.group(1).rstrip())
            cut = m.group(1)
            for _ in range(len(cut.split()) - len(words)):
                end = m.start(1) + cut[: end - m.start(1)].rstrip().rfind(" ")
            yield Span(m.start(1), end, ADDRESS, 0.5, "named place located by a spatial word")
    for m in _AR_CENTRE_RE.finditer(text):
        yield Span(m.start(), m.end(), ADDRESS, 0.5, "named centre (Arabic)")


# A form's address line: "Address: 6 Canalside Lofts, Nottingham", "پتہ: اپارٹمنٹ 6، ...",
# "Adres: ul. ...", "ঠিকানা: ...". The value runs to the end of the line, the next label
# ("Phone:") or a postcode (its own finding).
_ADDRESS_LABEL_RE = _rx(
    r"(?:^|(?<=[\n.;!?(\s]))[ \u00a0]*(?:home[ \u00a0]+|current[ \u00a0]+|postal[ \u00a0]+)?"
    r"(?:address|adres(?:[ \u00a0]+zamieszkania)?|adresa|adresă|domiciliu(?:l)?|cyfeiriad|العنوان|عنواني|عنوان"
    r"|پتہ|پتا|ঠিকানা|ਪਤਾ)[ \u00a0]*:[ \u00a0]*",
    re.IGNORECASE | re.MULTILINE,
)
_VALUE_END_RE = _rx(
    r"\n|[ \u00a0][^\s:]{2,20}[ \u00a0]*:(?!\d)|(?<![\w])[A-Za-z]{1,2}\d[A-Za-z\d]?[ \u00a0]*\d[A-Za-z]{2}(?![\w])"
    r"|\.(?:[ \u00a0]|$)"
)


def _labelled(text: str) -> Iterator[Span]:
    for m in _ADDRESS_LABEL_RE.finditer(text):
        end_m = _VALUE_END_RE.search(text, m.end(), m.end() + 160)
        end = end_m.start() if end_m else min(len(text), m.end() + 160)
        value = text[m.end() : end].rstrip(" \u00a0,،")
        # a digit, a capital or another script: "14 Rowan Close", "Canalside Lofts", "اپارٹمنٹ 6"
        if len(value) >= 4 and any(ch.isdigit() or ch.isupper() or ord(ch) > 0x5FF for ch in value):
            yield Span(m.end(), m.end() + len(value), ADDRESS, 0.7, "address after an address label")


# A block, hotel, shop or school of the script's words, then its Latin name: "في مبنى The Granary",
# "ورا البار اللي اسمه Fox and Anchor", "فوق محل الحلويات Sweet Cedar", "ਹੋਟਲ Regent Lodge".
_SCRIPT_PLACE_NOUNS = (
    "مبنى المبنى بناية البناية عمارة العمارة برج البرج فندق الفندق نزل محل المحل متجر المتجر مطعم المطعم مقهى"
    " المقهى البار بار حانة الحانة مدرسة المدرسة روضة الروضة حضانة الحضانة عيادة العيادة مركز المركز نادي النادي"
    " مجمع مجمّع المجمع كنيسة الكنيسة مسجد المسجد جامع الجامع جامعة الجامعة"
    " بلڈنگ عمارت ہوٹل دکان دوکان سٹور اسٹور پب سکول اسکول کلینک سنٹر سینٹر کلب چرچ گوردوارہ مندر"
    " বিল্ডিং ভবন হোটেল দোকান স্টোর পাব স্কুল ক্লিনিক সেন্টার ক্লাব চার্চ মসজিদ গুরুদুয়ারা মন্দির"
    " ਬਿਲਡਿੰਗ ਇਮਾਰਤ ਹੋਟਲ ਦੁਕਾਨ ਸਟੋਰ ਪੱਬ ਸਕੂਲ ਕਲੀਨਿਕ ਸੈਂਟਰ ਕਲੱਬ ਚਰਚ ਮਸਜਿਦ ਗੁਰਦੁਆਰਾ ਮੰਦਰ"
)
_SCRIPT_PLACE_LATIN_RE = _rx(
    rf"(?<![\w\u064b-\u065f])(?:{_alt(_SCRIPT_PLACE_NOUNS)})(?:[ \u00a0]+ال[\u0621-\u064a\u064b-\u065f]+)?"
    r"(?:[ \u00a0]+(?:اللي|الذي|التي|اللى|يلي)[ \u00a0]+(?:اسمه|اسمها|اسمو|يسمى|تسمى|اسمها))?[ \u00a0]*[:،,]?[ \u00a0]*"
    r"((?:The[ \u00a0]+)?[A-Z][\w'’&-]*(?:[ \u00a0]+(?:[A-Z][\w'’&-]*|and|&|of)){0,3})"
)
_ORGANISATION_END = frozenset(
    "homes housing council ltd limited association trust group services management properties lettings partnership".split()
)
# A Polish or Romanian place noun, then its English name: "la centrul comunitar Radford Unity Centre",
# "w przychodni Hillside Surgery", "la școala St Mary's".
_PLRO_NOUN_LATIN_RE = _rx(
    r"(?<![\w])(?:centrul[ \u00a0]+comunitar|centrul|clubul|biserica|moscheea|școala|scoala|grădinița|gradinita"
    r"|cabinetul|clinica|creșa|cresa|liceul|centrum|centrum[ \u00a0]+społecznym|klubie|klub|kościele|kościół|kosciol"
    r"|meczecie|meczet|szkole|szkoła|szkoły|przedszkolu|przedszkole|przychodni|przychodnia|świetlicy|swietlicy)"
    r"[ \u00a0]+((?:St\.?[ \u00a0]+)?(?-i:[A-Z])[\w'’&-]*(?:[ \u00a0]+(?:(?-i:[A-Z])[\w'’&-]*|of|and|&)){0,4})",
    re.IGNORECASE,
)
# Converted buildings named by what they were: "apt 12, The Maltings", "The Old Bakery".
_CONVERSION_RE = _rx(
    r"(?<![\w'’-])(The[ \u00a0]+(?:Maltings|Granary|Brewery|Foundry|Tannery|Sidings|Lofts|Studios|Exchange|Courtyard"
    r"|Cloisters|Ropewalk|Ropery|Forge|Smithy|Stables|Coach[ \u00a0]+House|Old[ \u00a0]+(?:School|Bakery|Dairy|Chapel"
    r"|Vicarage|Rectory|Mill|Brewery|Library|Fire[ \u00a0]+Station|Police[ \u00a0]+Station|Post[ \u00a0]+Office)))(?![\w'’-])"
)


# A boat someone lives on is their home: "aboard Kittiwake", "our narrowboat, Morning Star",
# "na widebeamie Jaskółka", "barca noastră, Dor", "নৌকার নাম Shapla".
_BOAT_RE = _rx(
    r"(?<![\w'’-])(?:aboard|(?:narrow[ \u00a0]?boat|wide[ \u00a0]?beam|houseboat|barge|cruiser|boat|narrowboacie"
    r"|narrowboat(?:cie|a|em)?|widebeam(?:ie|a|em)?|barce|barka|barką|łodzi|łódź|łódce|łódka|barca|barcă|bărcii|barcii"
    r"|vaporaș(?:ul)?|nौका|নৌকা|নৌকার|নৌকায়|ਕਿਸ਼ਤੀ|کشتی|قارب|القارب|بوٹ|ਬੋਟ|বোট|বোটের|مركب|المركب|مرکب)"
    r"(?:[ \u00a0]+(?:noastră|noastra|nasza|naszej|called|named|is[ \u00a0]+called|o[ \u00a0]+nazwie|numită|numita"
    r"|er[ \u00a0]+নাম|ਦਾ[ \u00a0]+ਨਾਮ|کا[ \u00a0]+نام|اسمه))?)[ \u00a0]*[,:]?[ \u00a0]*[\"“'‘]?"
    r"((?:The[ \u00a0]+)?(?-i:[A-ZĄĆĘŁŃÓŚŹŻĂÂÎȘȚ])[\w'’-]+(?:[ \u00a0]+(?-i:[A-Z])[\w'’-]+){0,2})",
    re.IGNORECASE,
)
_NOT_BOATS = frozenset("the a i we my our it he she they on in at".split())
_BOAT_TRIGGERS = frozenset(
    """aboard narrowboat narrow boat widebeam wide beam houseboat barge cruiser narrowboacie narrowboata
    narrowboatem widebeamie widebeama widebeamem barce barka barką łodzi łódź łódce łódka barca barcă bărcii barcii
    vaporaș vaporașul""".split()
)


def _boats(text: str) -> Iterator[Span]:
    for m in _BOAT_RE.finditer(text):
        if m.group(1).lower() in _NOT_BOATS:
            continue
        yield Span(m.start(1), m.end(1), ADDRESS, 0.5, "the boat someone lives on")


def _latin_places(text: str, lang: str) -> Iterator[Span]:
    """English names of places after a noun of another language: the script's ("في مبنى The
    Granary") or Polish and Romanian ("la centrul comunitar Radford Unity Centre")."""
    nouns = (
        (_SCRIPT_PLACE_LATIN_RE,)
        if lang in ("ar", "ur", "bn", "pa")
        else (_PLRO_NOUN_LATIN_RE,)
        if lang in ("pl", "ro")
        else ()
    )
    for rx in nouns:
        for m in rx.finditer(text):
            words = m.group(1).split()
            while words and words[-1] in ("and", "&", "of"):
                words.pop()
            if words and words[-1].lower() not in _ORGANISATION_END:
                end = m.start(1) + len(" ".join(words))
                # "مجمّع Brookvale": a one-word name says its kind only by the noun before it
                start = m.start() if len(words) == 1 and rx is _SCRIPT_PLACE_LATIN_RE else m.start(1)
                yield Span(start, end, ADDRESS, 0.5, "a named place in Latin letters")
    if "The " not in text:
        return
    for m in _CONVERSION_RE.finditer(text):
        yield Span(m.start(1), m.end(1), ADDRESS, 0.5, "a converted building by its name")


def find(text: str, language: str) -> Iterator[Span]:
    """Partial addresses and named places (any language)."""
    if not text:
        return
    lang = (language or "en").lower()[:2]
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    present = set(_WORDS_RE.findall(low))
    found = list(_places_after(text, low, present))
    if present & _SAINT_TRIGGERS:
        found.extend(_saints(text))
    found.extend(_noun_first(text, low, present))
    found.extend(_located(text, low, present))
    found.extend(_partial(text, low, present, lang))
    if ":" in text:
        found.extend(_labelled(text))
    if "The " in text or (lang in ("ar", "ur", "bn", "pa", "pl", "ro") and _LATIN_LETTER_RE.search(text)):
        found.extend(_latin_places(text, lang))
    if present & _BOAT_TRIGGERS or any(
        w in text for w in ("নৌকা", "ਕਿਸ਼ਤੀ", "کشتی", "قارب", "بوٹ", "ਬੋਟ", "বোট", "مركب", "مرکب")
    ):
        found.extend(_boats(text))
    if "lock " in text:
        found.extend(_blocks(text))
    if lang in ("pl", "ro"):
        found.extend(
            Span(m.start(1), m.end(1), ADDRESS, 0.55, "house number after the street")
            for m in _NUMBER_AFTER_STREET_RE.finditer(text)
        )
    if lang == "ro":
        found.extend(
            Span(m.start(1), m.end(1), ADDRESS, 0.55, "house or flat number (Romanian)")
            for m in _RO_FLAT_RE.finditer(text)
        )
    if lang in ("en", "cy"):
        if present & _WORDED_HOUSE_STREETS:
            found.extend(
                Span(m.start(1), m.end(1), ADDRESS, 0.6, "house number in words")
                for m in _WORDED_HOUSE_RE.finditer(text)
            )
        if "the " in text or "The " in text:
            if present & _PUB_WORDS:
                found.extend(
                    Span(m.start(1), m.end(1), ADDRESS, 0.5, "a pub's name") for m in _PUB_RE.finditer(text)
                )
            if present & _DRINK_WORDS:
                found.extend(
                    Span(m.start(1), m.end(1), ADDRESS, 0.5, "a pub's name after a drink")
                    for m in _DRINK_PUB_RE.finditer(text)
                )
            if present & _PUB_KINDS:
                found.extend(
                    Span(m.start(1), m.end(1), ADDRESS, 0.5, "a pub's name")
                    for m in _PUB_KIND_RE.finditer(text)
                )
            if present & _TRADES:
                found.extend(
                    Span(m.start(1), m.end(1), ADDRESS, 0.5, "a shop's name")
                    for m in _TRADE_NAME_RE.finditer(text)
                )
        if present & {"above", "over", "below", "under", "behind", "next", "beside"}:
            found.extend(
                Span(m.start(1), m.end(1), ADDRESS, 0.55, "home placed by the shop below it")
                for m in _ABOVE_SHOP_RE.finditer(text)
            )
    if lang in ("pl", "ro") or _PLRO_HINT_RE.search(text):
        found.extend(_plro_places(text))
    if present & _ON_STREET_TRIGGERS:
        found.extend(_on_street(text))
    if _NONLATIN_RE.search(text):
        found.extend(_native_partial(text))
        found.extend(_native_worded(text))
        found.extend(_native_places(text, lang))
        found.extend(_native_located(text))
    found.sort(key=lambda sp: (sp.start, -sp.end))
    yield from found


_SAINT_TRIGGERS = frozenset("st saint sts ss our".split())
_PLRO_HINT_RE = _rx(r"[ąćęłńśźżăâîșțşţ]", re.IGNORECASE)


def _saints(text: str) -> Iterator[Span]:
    for m in _SAINT_RE.finditer(text):
        yield Span(m.start(), m.end(), ADDRESS, 0.55, "saint's church or school")


# ---------------------------------------------------- landmarks on a street
# "the shop on Mill Lane", "above the old Swan on Quay Street", "block B of the Elm estate",
# "za biedronką na park road": a place named by the street it stands on, after a locating
# word, is one span with its street; a block of a named estate is one span with the estate.
_STREET_WORDS = (
    r"road|rd|street|st|lane|ln|avenue|ave|drive|dr|close|way|crescent|grove|place|terrace|gardens|court|hill"
    r"|parade|row|walk|square|park|green|rise|mews|vale|view|ulica|ulicy|ulicę|strada|stradă|strada"
)
_STREET_WORD_RE = _rx(rf"(?<![\w])(?:{_STREET_WORDS})(?![\w])", re.IGNORECASE)
_ON_STREET_TRIGGERS = frozenset(
    "on na pe block blok blocul bloc numărul numarul numer numerze numerem nr".split()
)
_ON_STREET_RE = _rx(
    r"(?:behind|above|over|near|opposite|beside|by|next[ \u00a0]+to|past|from|at|round|outside|across[ \u00a0]+from"
    r"|za|koło|kolo|obok|przy|naprzeciwko|nad|lângă|langa|lîngă|deasupra|după|dupa|vizavi[ \u00a0]+de|în[ \u00a0]+spatele)"
    r"[ \u00a0]+(?:the[ \u00a0]+)?(?:(?:old|new|big|little|local|corner)[ \u00a0]+)?"
    r"((?:[^\W\d_][\w'’&-]*[ \u00a0]+){1,3}?(?:on|na|pe|de[ \u00a0]+pe)[ \u00a0]+(?:the[ \u00a0]+)?"
    rf"(?:[^\W\d_][\w'’-]*[ \u00a0]+){{1,3}}?(?:{_STREET_WORDS}))(?![\w])",
    re.IGNORECASE,
)
_BLOCK_OF_RE = _rx(
    r"(?<![\w])((?:block|tower|wing|building|blok|blocul|bloc|scara)[ \u00a0]+(?:[A-Z]|\d{1,3}[A-Za-z]?)"
    r"[ \u00a0]+(?:of|on|in|na|w|de[ \u00a0]+pe|de[ \u00a0]+la|din)[ \u00a0]+(?:the[ \u00a0]+)?"
    r"(?:[^\W\d_][\w'’-]*[ \u00a0]+){1,3}?(?:estate|osiedle|osiedlu|osiedla|cartier|cartierul|ansamblul|estate-ul))(?![\w])",
    re.IGNORECASE,
)


# "numărul treizeci și unu", "pod numerem czterdzieści", "Harcourt Street czterdzieści dwa": a house number in words.
@lru_cache(maxsize=1)
def _plro_worded_re() -> re.Pattern[str]:
    from .ages import _PL_WORD, _RO_WORD

    words = rf"(?:{_PL_WORD}|{_RO_WORD})"
    num = rf"{words}(?:[ \u00a0]+(?:(?:și|şi|si)[ \u00a0]+)?{words})?"
    return _rx(
        rf"(?<![\w])(?:(?:num[aă]r(?:ul|ului)|numerze|numerem|numer|nr\.?)[ \u00a0]+({num})"
        rf"|(?:{_STREET_WORDS})[ \u00a0]+({num}))(?![\w])",
        re.IGNORECASE,
    )


def _on_street(text: str) -> Iterator[Span]:
    if _PLRO_HINT_RE.search(text) or "numar" in text.lower():
        for m in _plro_worded_re().finditer(text):
            g = 1 if m.group(1) else 2
            s = m.start() if g == 1 else m.start(2)
            yield Span(s, m.end(g), ADDRESS, 0.5, "house number in words")
    for st in _STREET_WORD_RE.finditer(text):
        # only the stretch before each street word: the pattern is never run over the whole text,
        # and only where "on", "na" or "pe" stands in it (a cheap test first)
        lo = max(0, st.start() - 90)
        before = text[lo : st.start()].lower().replace("\u00a0", " ")
        if " on " not in before and " na " not in before and " pe " not in before:
            continue
        for m in _ON_STREET_RE.finditer(text, lo, st.end()):
            if m.end(1) == st.end():
                yield Span(m.start(1), m.end(1), ADDRESS, 0.5, "place named by its street")
                break
    low = text.lower()
    if not any(w in low for w in ("estate", "osiedl", "cartier", "ansamblul")):
        return
    for m in _BLOCK_OF_RE.finditer(text):
        yield Span(m.start(1), m.end(1), ADDRESS, 0.55, "block of a named estate")


# "شقة تسعة", "فلیٹ نمبر گیارہ", "বারো নম্বর", "ਇੱਕੀ ਨੰਬਰ", "ব্লক এফ": a flat, house or block
# by a number in words or a letter said aloud.
@lru_cache(maxsize=1)
def _native_worded_re() -> re.Pattern[str]:
    from .ages import _AR_WORD, _BN_WORD, _PA_WORD, _UR_WORD

    words = rf"(?:{_AR_WORD}|{_UR_WORD}|{_BN_WORD}|{_PA_WORD})"
    letters = r"(?:ایف|اے|بی|سی|ڈی|ای|ایچ|جے|کے|ایل|ایم|این|پی|آر|ایس|ٹی|এ|বি|সি|ডি|ই|এফ|জি|এইচ|জে|কে|এল|এম|এন|পি|আর|এস|টি|ਏ|ਬੀ|ਸੀ|ਡੀ|ਈ|ਐਫ|ਜੀ|ਐਚ|ਕੇ|ਐਲ|ਐਮ|ਐਨ|ਪੀ|ਆਰ|ਐਸ|ਟੀ)"
    end = r"(?![\u0620-\u065f\u066e-\u06d3\u0980-\u09ff\u0a00-\u0a7f])"
    return _rx(
        r"(?<![\u0620-\u065f\u066e-\u06d3\u0980-\u09ff\u0a00-\u0a7f])(?:"
        r"(?:شقة|الشقة|شقتي|شقه|فلیٹ|مکان|ফ্ল্যাট|ਫਲੈਟ|ਫ਼ਲੈਟ|ਮਕਾਨ)[ \u00a0]*(?:رقم|نمبر|নং|নম্বর|ਨੰਬਰ)?[ \u00a0]*"
        rf"{words}(?:[ \u00a0]+و[ \u00a0]?{words})?{end}"
        rf"|(?:بلوك|بلاک|ব্লক|ਬਲਾਕ)[ \u00a0]+{letters}{end}"
        rf"|(?:{words}|{_D}{{1,4}})[ \u00a0]*(?:নম্বর|নং|نمبر|ਨੰਬਰ)(?=[ \u00a0]+[A-Z])"
        r")"
    )


def _native_worded(text: str) -> Iterator[Span]:
    for m in _native_worded_re().finditer(text):
        if _NATIVE_NOT_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
            continue
        yield Span(m.start(), m.end(), ADDRESS, 0.5, "flat, house or block by a number in words")
