"""Ages and dates of birth.

AGE marks the number with its unit ("7", "18 months", "11-year-old",
"7 lat", "11 ani", "سنتان", "77 oed"). A bare number is only an age when it
follows a person and "is/was/who's" ("my son, who's 14"), or "aged"; durations
("5 months", "od 2 lat", "منذ 7 سنوات"), counts and money are left alone, and
so are ranges ("over 75").

DATE_OF_BIRTH marks the date only, after (or in Urdu/Bengali before) a
birth label: "date of birth", "DOB", "born on", "data urodzenia", "data
nașterii", "تاريخ الميلاد", "تاریخ پیدائش", "জন্ম তারিখ", "ਜਨਮ ਮਿਤੀ",
"dyddiad geni". Dates may use any digits and month names in the site's
languages.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator

from .spans import AGE, DATE_OF_BIRTH, LazyPattern, Span


def _rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` in NFC, the form the texts arrive in (Bengali য়, Gurmukhi ਫ਼...), compiled on first use."""
    return LazyPattern(unicodedata.normalize("NFC", pattern), flags)  # type: ignore[return-value]


def _lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """``_rx`` compiled on first use: the language and birth-date patterns most stories never need."""
    return LazyPattern(unicodedata.normalize("NFC", pattern), flags)


def _alt(words: str) -> str:
    """Regex alternation of whitespace-separated words (``_`` = a space), NFC, longest first."""
    items = {unicodedata.normalize("NFC", w.replace("_", " ")) for w in words.split()}
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(items, key=len, reverse=True))


_N = r"\d{1,3}"  # any script's digits

# ---------------------------------------------------------------- English
_EN_UNITS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_EN_WORD = (
    rf"(?:{_EN_UNITS}(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\s+hundred|hundred)"
)
_EN_NUM = rf"(?:{_N}|{_EN_WORD})"
# "N years old" and friends: found from their last word, then checked backwards.
_OLD_ANCHOR_RE = _rx(r"old(?![\w])")
_YO_ANCHOR_RE = _rx(r"y/?o(?![\w/])|y\.o\.")
_OFAGE_ANCHOR_RE = _rx(r"of[ \u00a0]+age(?![\w])")
_OLD_BACK_RE = _rx(
    rf"(?<![\w£$€.,])({_EN_NUM})[ \u00a0-]?(?:years?|yrs?|months?|mths?|weeks?|wks?|days?)[ \u00a0-]?$"
)
_YO_BACK_RE = _rx(rf"(?<![\w£$€.,])({_N})[ \u00a0]?$")
_OFAGE_BACK_RE = _rx(rf"(?<![\w£$€.,])({_EN_NUM})[ \u00a0]+(?:years?|months?)[ \u00a0]+$")
_EN_AGED_RE = _rx(
    # "aged 7", "ages 3 and 5", "age of 43", "her age is 43", "her age as 43", "age: 43"
    rf"age(?:d|s)?(?:[ \u00a0]*[:=]|[ \u00a0]+(?:of|is|was|as|now|given[ \u00a0]+as|recorded[ \u00a0]+as))?[ \u00a0]+({_EN_NUM}(?:[ \u00a0]+(?:and|&)[ \u00a0]+{_EN_NUM})?)"
    rf"(?:[ \u00a0]+(?:years?|months?|weeks?))?(?![\w%+]|[.,]\d)"
)
_EN_PAREN_RE = _rx(rf"\(({_N})\)")
_WORD_BEFORE_RE = _rx(r"[A-Za-z]+$")
_DIGITS_RE = _rx(r"\d+")
_NOT_ENGLISH = frozenset("pl ro ar ur bn pa cy".split())
_OF_AGE_RE = _rx(r"of[ \u00a0]+(\d{1,3})(?![\w%£$€]|[.,:/]\d)(?:[ \u00a0]+(?:years?|months?)(?![\w]))?")
_OF_AGE_BACK_RE = _rx(
    r"(?<![\w])(?:boy|girl|son|daughter|child|baby|man|woman|lady|gentleman|widow|widower|pensioner|mother|father|mum|"
    r"dad|tenant|resident)[ \u00a0]+$"
)
_OBJECTS = frozenset(
    """pipe boiler building block house flat home kitchen bathroom window roof system lift carpet fridge cooker oven
    radiator door fence tree mattress sofa furniture appliance property estate wiring heating tank tile floor ceiling
    wall survey report letter complaint policy stock car van shower toilet bath sink unit frame lino extension
    stair staircase stairs boilers windows doors""".split()
)
_OBJECT_SUBJECT_RE = _rx(
    r"(?:the|our|my|this|that|its|their|his|her|a)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?:"
    + "|".join(sorted(_OBJECTS, key=len, reverse=True))
    + r")s?[ \u00a0]+(?:is|was|were|are|'s)[ \u00a0]+(?:about[ \u00a0]+|nearly[ \u00a0]+|over[ \u00a0]+|almost[ \u00a0]+)?$"
)
_AND_MORE_RE = _rx(r"(?:,[ \u00a0]*\d{1,2})*,?[ \u00a0]+(?:and|&)[ \u00a0]+\d{1,2}(?![\w%£$€]|[.,:/-]\d)")
_APPOSITION_RE = _rx(r",[ \u00a0]?(\d{1,3}),(?=[ \u00a0]*[a-z])")
_APPOSITION_WORD_RE = _rx(r"(?<![\w'’])[A-Za-z][a-z'’]+$")
_INTRO_RE = _rx(r"(?:i'?m|i am|name'?s|name is|called|named)[ \u00a0]+$", re.IGNORECASE)
_NOT_APPOSITION = frozenset(
    """flat flats number no stage stages page pages room rooms floor floors step item items section sections
    article year years day days week weeks month months times house houses block blocks band bands row
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec
    road street lane avenue close court way walk drive""".split()
)
_EN_PERSON_RE = _rx(
    r"(?<![\w])(?:son|sons|daughter|daughters|boy|girl|baby|child|kid|toddler|teenager|teen|mum|mom|mother|mam|dad|father|"
    r"husband|wife|partner|brother|sister|grandson|granddaughter|grandchild|nan|nana|nanna|gran|granny|grandma|"
    r"grandmother|grandad|granddad|grandpa|grandfather|neighbour|neighbor|tenant|resident|man|woman|lady|gentleman|"
    r"aunt|auntie|uncle|niece|nephew|friend|stepson|stepdaughter|twins?|eldest|youngest|oldest|little one|"
    r"who|he|she|i|i'm|mr|mrs|ms|miss|myself)(?![\w])",
    re.IGNORECASE,
)
_CHILD_RE = _rx(
    r"(?<![\w])(?:son|daughter|boy|girl|baby|babies|child|kid|toddler|grandson|granddaughter|grandchild|twins?|"
    r"little one|youngest|newborn|infant)(?![\w])",
    re.IGNORECASE,
)
_SELF_PERSON = _rx(r"^(?!is$)(?:who|he|she|i|they|you)(?:['’ ]|m$|s$|re$)", re.IGNORECASE)
_EN_NOT_AGE_AFTER = _rx(
    r"[ \u00a0]*(?:%|percent|per|pounds?|quid|pence|p\b|minutes?|mins?|hours?|hrs?|o'?clock|am\b|pm\b|a\.m|p\.m|"
    r"degrees?|miles?|metres?|meters?|feet|foot|ft|inches|in\b|cm|mm|m\b|km|kg|stone|st\b|times|x\b|of\b|out\b|or\b|"
    r"and over|plus|more|less|people|others|children|kids|calls|complaints|letters|emails|visits|floors?|steps?|"
    r"flats?|homes?|houses?|rooms?|bedrooms?|doors?|storeys?|weeks? (?:late|ago|later|before|after)|"
    r"days? (?:late|ago|later|before|after)|months? (?:late|ago|later|before|after)|years? (?:ago|later|before|after)|"
    r"th\b|st\b|nd\b|rd\b|a (?:week|month|year|day)\b|pw\b|pcm\b|[£$€:])",
    re.IGNORECASE,
)
_UNIT_AFTER = _rx(r"[ \u00a0]+(?:years?|months?|weeks?|days?)(?:[ \u00a0]+old)?(?![\w])", re.IGNORECASE)
_SENT_END = _rx(r"[.!?\n;]")
_NEXT_WORD_RE = _rx(r"[ \u00a0]+([A-Za-z][a-z'’]*)")
_AGE_UNITS = frozenset("years year months month weeks week days day yrs".split())
_AGE_FOLLOW_OK = frozenset("and but now this next last when in at on so too".split())
_NAME_BEFORE_RE = _rx(r"([A-Z][a-z]+),?[ \u00a0]*$")
_NOT_NAMES = frozenset(
    "mine it this that there what which the they we you ours yours his hers theirs its one each all".split()
)


def _int(s: str) -> int | None:
    try:
        return int("".join(str(unicodedata.decimal(c)) for c in s)) if s and s.isdecimal() else None
    except (TypeError, ValueError):
        return None


_ADVERBS = frozenset("only just nearly almost now".split())
_VERB_LAST = frozenset(
    "who's he's she's i'm im they're you're youre is was are were turned turns now am be hes shes whos theyre then".split()
)
# In a story in another language, English passages (a pasted letter, a quoted e-mail) still
# say "she is 67": these verbs are no Polish, Romanian or script-language word. Not "are"
# (Romanian "has") nor Welsh, where "is" means "lower".
_ENGLISH_ONLY_VERBS = frozenset("who's he's she's i'm im is was turned turns hes shes whos then".split())
# "Tanvir is 14, Sumaiya 11 and Ayaan 6": the list goes on after the first age
_LIST_MORE_RE = _rx(
    r"[ \u00a0]*(?:,[ \u00a0]*(?:and[ \u00a0]+)?|[ \u00a0]+(?:and|&)[ \u00a0]+)([A-Z][\w'’-]+)(?:[ \u00a0]+(?:is|was))?"
    r"[ \u00a0]+(\d{1,3})(?![\w%£$€]|[.,:/]\d)"
)
_VERB_FIRST = frozenset("who he she i you will who'll wholl just".split())
_NUM_WORDS_SET = frozenset(
    """two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
    eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety""".split()
)
_BARE_DIGITS_RE = _rx(r"\d\d?\d?")


@functools.lru_cache(maxsize=64)
def _literal_re(word: str) -> re.Pattern[str]:
    return re.compile(re.escape(word) + r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?(?![a-z])")


def _bare_matches(low: str) -> Iterator[tuple[int, int, int, str, str]]:
    """(verb start, number start, number end, verb, number) for "is 7", "who's fourteen"...

    Anchored on the number (a fast scan) and checked against the words before it,
    so ordinary text costs almost nothing.
    """
    n = len(low)
    cands = [(m.start(), m.end()) for m in _BARE_DIGITS_RE.finditer(low)]
    for w in _NUM_WORDS_SET:
        if w not in low:  # a C-level substring test, far cheaper than tokenising
            continue
        cands.extend((m.start(), m.end()) for m in _literal_re(w).finditer(low))
    for ns, ne in sorted(cands):
        if ns < 2 or low[ns - 1] not in " \u00a0" or (low[ns - 2].isdigit()):
            continue
        if ne < n and (low[ne].isalnum() or low[ne] in "%+£$€'’\"″′"):
            continue
        if ne + 1 < n and low[ne] in ".,:/" and low[ne + 1].isdigit():
            continue
        rest = low[ne : ne + 4].lstrip(" \u00a0")
        if rest[:1] in ("-", "–") and rest[1:2].strip(" \u00a0")[:1].isdigit():
            continue
        # the words before the number, right to left
        end = ns - 1
        start = low.rfind(" ", 0, end) + 1
        word = low[start:end]
        if word in _ADVERBS:
            end = start - 1
            start = low.rfind(" ", 0, end) + 1
            word = low[start:end]
        if word not in _VERB_LAST or (start > 0 and (low[start - 1].isalnum() or low[start - 1] in "'’")):
            continue
        verb, vs = word, start
        if word in {"is", "was", "am", "are", "be", "turned", "turns"} and start >= 2:
            p_end = start - 1
            p_start = low.rfind(" ", 0, p_end) + 1
            prev = low[p_start:p_end]
            if prev in _VERB_FIRST:
                verb, vs = prev + " " + word, p_start
        if verb in {"be", "am"}:
            continue  # "will be 7" / "i am 7" need their subject
        yield vs, ns, ne, verb, low[ns:ne]


_COMMON_NOUNS = frozenset(
    """rent priority target score rating level band stage number total cost price bill charge temperature average
    figure count response wait time option appendix section item point page step phase floor block room unit
    flat house property repair repairs complaint complaints payment compensation offer award budget limit
    question answer result grade size height length width""".split()
)


def _could_be_name(word: str, text: str) -> bool:
    """A capitalised word that may be a person's name: not a function word, not a
    common noun, and never written in lower case elsewhere in the story."""
    lw = word.lower()
    if not word[:1].isupper() or lw in _NOT_NAMES or lw in _COMMON_NOUNS:
        return False
    return re.search(r"(?<![A-Za-z])" + re.escape(lw) + r"(?![A-Za-z])", text) is None


def _years_old(low: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, number) of "7 years old", "7-year-old", "7yo", "7 years of age"."""
    for anchor, back in (
        (_OLD_ANCHOR_RE, _OLD_BACK_RE),
        (_YO_ANCHOR_RE, _YO_BACK_RE),
        (_OFAGE_ANCHOR_RE, _OFAGE_BACK_RE),
    ):
        for a in anchor.finditer(low):
            b = back.search(low, max(0, a.start() - 40), a.start())
            if b:
                if anchor is _YO_ANCHOR_RE and a.start() > 0 and low[a.start() - 1].isalpha():
                    continue
                yield b.start(), a.end(), b.group(1)


def _english(text: str, low: str, language: str) -> Iterator[Span]:
    for start, end, num in _years_old(low):
        v = _int(num)
        if v is not None and v > 120:
            continue
        nxt = _NEXT_WORD_RE.match(low, end)
        if nxt and nxt.group(1) in _OBJECTS or nxt and nxt.group(1)[:-1] in _OBJECTS:
            continue  # "a 15-year-old boiler"
        if _OBJECT_SUBJECT_RE.search(low, max(0, start - 40), start):
            continue  # "the pipe was 20 years old"
        yield Span(start, end, AGE, 0.9, "N years old")
    for m in _EN_AGED_RE.finditer(low):
        if m.start() > 0 and (low[m.start() - 1].isalnum() or low[m.start() - 1] == "_"):
            continue  # "message 2", "manage 3"
        v = _int(m.group(1))
        if v is not None and v > 120:
            continue
        yield Span(m.start(1), m.end(), AGE, 0.85, "aged N")
        more = _AND_MORE_RE.match(text, m.end())  # "aged 2, 4 and 7"
        if more and "," in text[m.end() : more.end()]:
            for d in _DIGITS_RE.finditer(text, more.start(), more.end()):
                yield Span(d.start(), d.end(), AGE, 0.8, "aged N, M and K")
    for m in _EN_PAREN_RE.finditer(text):
        v = _int(m.group(1))
        if v is None or v > 110 or v == 0:
            continue
        stop = m.start() - 1 if text[m.start() - 1 : m.start()] in (" ", "\u00a0") else m.start()
        word = _WORD_BEFORE_RE.search(text, max(0, stop - 30), stop)
        if not word:
            continue
        if not (_EN_PERSON_RE.fullmatch(word.group()) or _could_be_name(word.group(), text)):
            continue
        yield Span(m.start(1), m.end(1), AGE, 0.6, "Name (N)")
    if language == "cy":
        return  # Welsh "is" is "lower"
    foreign = language in _NOT_ENGLISH
    for vs, ns, ne, verb, num in _bare_matches(low):
        if foreign and verb.split()[-1] not in _ENGLISH_ONLY_VERBS:
            continue
        if verb == "then" and not text[:vs].rstrip(" \u00a0").endswith(","):
            continue  # "his daughter Hodan, then 16,": an age in apposition, after a comma
        v = _int(num)
        if v is not None and (v > 120 or v == 0):
            continue
        if v is None and num.lower() in {"one", "a hundred", "hundred"}:
            continue
        after = _EN_NOT_AGE_AFTER.match(text, ne)
        if after:
            continue
        nxt = _NEXT_WORD_RE.match(text, ne)
        if (
            nxt
            and nxt.group(1).lower() not in _AGE_UNITS
            and (nxt.group(1).endswith("s") or v is None and nxt.group(1) not in _AGE_FOLLOW_OK)
        ):
            continue  # "was two pages long", "is 3 flats down"
        if not _SELF_PERSON.match(verb) and verb not in {"turned", "turns", "just turned"}:
            # "is/was/now 86": needs a person earlier in the same sentence
            lo = max(0, vs - 60)
            cut = None
            for s in _SENT_END.finditer(text, lo, vs):
                cut = s.end()
            ctx = text[cut if cut is not None else lo : vs]
            named = _NAME_BEFORE_RE.search(ctx)
            if named and not _could_be_name(named.group(1), text):
                named = None
            if not _EN_PERSON_RE.search(ctx) and not named:
                continue
            if re.search(r"(?<![\w])(?:it|this|that|there|which|what)[ \u00a0]*$", ctx, re.IGNORECASE):
                continue
        end = ne
        more = _AND_MORE_RE.match(text, end)  # "who are 6 and 9": one span per age
        if more:
            for d in _DIGITS_RE.finditer(text, more.start(), more.end()):
                yield Span(d.start(), d.end(), AGE, 0.55, "person is N and M")
        u = _UNIT_AFTER.match(text, more.end() if more else end)
        if u and not more:
            if not u.group().lower().strip().startswith("year") and "old" not in u.group().lower():
                # "18 months" is a baby's age; "I'm 3 weeks behind" is not
                lo = max(0, vs - 60)
                if not _CHILD_RE.search(text, lo, vs):
                    continue
            end = u.end()
        yield Span(ns, end, AGE, 0.6 if v is not None else 0.55, "person is N")
        while (nxt_age := _LIST_MORE_RE.match(text, end)) and _could_be_name(nxt_age.group(1), text):
            v2 = _int(nxt_age.group(2))
            if v2 is None or not 0 < v2 <= 110 or _EN_NOT_AGE_AFTER.match(text, nxt_age.end()):
                break
            yield Span(nxt_age.start(2), nxt_age.end(2), AGE, 0.55, "person is N, Name M")
            end = nxt_age.end()
    for m in _OF_AGE_RE.finditer(low):
        if not _OF_AGE_BACK_RE.search(low, max(0, m.start() - 20), m.start()):
            continue
        v = _int(m.group(1))
        if v is None or not 0 < v <= 110:
            continue
        if _EN_NOT_AGE_AFTER.match(low, m.end()):
            continue
        yield Span(m.start(1), m.end(), AGE, 0.6, "a boy of N")
    if foreign:
        return  # "Name, N," is an English shape; other languages list numbers that way too
    for m in _APPOSITION_RE.finditer(text):
        # "Mrs Doreen Platt, 91, lives...", "my son, 7, and", "I'm jade, 23, single mum"
        v = _int(m.group(1))
        if v is None or not 0 < v <= 110:
            continue
        wm = _APPOSITION_WORD_RE.search(text, max(0, m.start() - 30), m.start())
        if not wm:
            continue
        word = wm.group()
        if word[0].isupper() and not _could_be_name(word, text) or word.lower() in _NOT_APPOSITION:
            continue
        if not (
            word[0].isupper()
            or _EN_PERSON_RE.fullmatch(word)
            or _INTRO_RE.search(text, max(0, wm.start() - 25), wm.start())
        ):
            continue
        yield Span(m.start(1), m.end(1), AGE, 0.55, "Name, N,")


# ---------------------------------------------------------------- Polish
_PL_WORD = _alt(
    """jeden jedna dwa dwie dwóch trzy trzech cztery czterech pięć pięciu sześć sześciu siedem siedmiu osiem ośmiu
    dziewięć dziewięciu dziesięć dziesięciu jedenaście dwanaście trzynaście czternaście piętnaście szesnaście
    siedemnaście osiemnaście dziewiętnaście dwadzieścia trzydzieści czterdzieści pięćdziesiąt sześćdziesiąt
    siedemdziesiąt osiemdziesiąt dziewięćdziesiąt półtora"""
)
_PL_NUM = rf"(?:{_N}|(?:{_PL_WORD})(?:[ \u00a0]+(?:{_PL_WORD}))?)"
_PL_RE = _lazy(
    rf"(?<![\w])(?:ma|mo|mom|mam|masz|mamy|macie|miał|miała|miałam|miałem|miałaś|mialam|mialem|mając|majac|skończyłam|skończyłem|miało|mają|mieli|miały|mial|miala|mialo|maja|mialy|mający|mająca|skończył|skończyła|skończy|skończyło|"
    rf"ukończył|ukończyła|wieku|wiek|lat:?)[ \u00a0]+(?:wtedy[ \u00a0]+|teraz[ \u00a0]+|jeszcze[ \u00a0]+|więc[ \u00a0]+|wiec[ \u00a0]+|zatem[ \u00a0]+|właśnie[ \u00a0]+|wlasnie[ \u00a0]+|dziś[ \u00a0]+|dzisiaj[ \u00a0]+|obecnie[ \u00a0]+)?(?:już[ \u00a0]+|dopiero[ \u00a0]+|prawie[ \u00a0]+|tylko[ \u00a0]+|"
    rf"niecałe[ \u00a0]+|ponad[ \u00a0]+)?(({_PL_NUM})[ \u00a0]+(?:lat|lata|latek|latka|latko|roków|roczków|lot|rok|roku|miesięcy|miesiące|miesiąc|miesiecy|miesiace|miesiac|tygodni|tygodnie)"
    # "skończyła właśnie roczek": her first birthday, the age without a number
    rf"|(?<=ńczył[ \u00a0])roczek|(?<=ńczyła[ \u00a0])roczek|(?<=właśnie[ \u00a0])roczek|(?<=wlasnie[ \u00a0])roczek)(?![\w])"
    rf"|(?<=\()((?:{_PL_NUM})[ \u00a0]+(?:lat|lata|latek|rok|roku|miesięcy|miesiące|miesiąc|tygodni|tygodnie))(?=\))"
    rf"|(?<![\w])((?:{_N})[ \u00a0]?-?[ \u00a0]?(?:letni|letnia|letnie|letniego|letniej|letnim|letnią|letnich|latek|latka|latkiem|latki|"
    rf"miesięczny|miesięczna|miesięczne|miesięcznego|miesięcznej|miesięcznym|miesięczną|"
    rf"tygodniowy|tygodniowa|tygodniowe|tygodniowego|tygodniowej|tygodniowym|tygodniową|"
    rf"dniowy|dniowa|dniowe|dniowego|dniowej|dniowym|dniową))(?![\w])"
    rf"|(?<![\w])((?:jedno|dwu|trzy|cztero|pięcio|sześcio|siedmio|ośmio|dziewięcio|dziesięcio|jedenasto|dwunasto|"
    rf"trzynasto|czternasto|piętnasto|szesnasto|siedemnasto|osiemnasto|dziewiętnasto)(?:letni\w*|latk\w*|latek|miesięczn\w*))(?![\w])",
    re.IGNORECASE,
)

# -------------------------------------------------------------- Romanian
_RO_WORD = _alt(
    """un unu o doi două doua trei patru cinci șase şase sase șapte şapte sapte opt nouă noua zece unsprezece
    doisprezece douăsprezece treisprezece paisprezece cincisprezece șaisprezece şaisprezece șaptesprezece
    şaptesprezece optsprezece nouăsprezece douăzeci douazeci treizeci patruzeci cincizeci șaizeci şaizeci
    șaptezeci şaptezeci optzeci nouăzeci"""
)
_RO_NUM = rf"(?:{_N}|(?:{_RO_WORD})(?:[ \u00a0]+(?:și|şi|si)[ \u00a0]+(?:{_RO_WORD}))?)"
_RO_UNIT = r"(?:ani|an|anișori|luni|lună|luna|săptămâni|saptamani)"
_RO_HALF = r"(?:[ \u00a0]+(?:și|şi|si)[ \u00a0]+(?:jumătate|jumatate|jumătate))?"
_RO_RE = _lazy(
    rf"(?<![\w])(?:are|am|ai|e|este|era|avem|aveți|aveţi|avea|aveam|aveau|avem|au|împlinit|implinit|împlinește|împlineşte|vârsta[ \u00a0]+de|varsta[ \u00a0]+de|"
    rf"vârstă[ \u00a0]+de|varsta|vârsta|copil|copilul|băiat|băiatul|baiat|băiețel|băieţel|fată|fata|fetiță|fetiţă|fetița|"
    rf"fiu|fiul|fiică|fiica|bebeluș|bebeluş|bebelușul|tată|tatăl|mamă|mama|bunic|bunicul|bunică|bunica|soț|soţ|soția|soţia|"
    rf"vecin|vecina|vecinul|fiul[ \u00a0]+meu|fiica[ \u00a0]+mea|copil[ \u00a0]+de|băiat[ \u00a0]+de|fată[ \u00a0]+de)"
    rf"(?:[ \u00a0]+(?:meu|mea|mei|nostru|noastră|noastra|lor|lui|ei|tău|tau|ta|cel[ \u00a0]+mic|cea[ \u00a0]+mică|cel[ \u00a0]+mare|cea[ \u00a0]+mare))?"
    rf"[ \u00a0]+(?:acum[ \u00a0]+|abia[ \u00a0]+|atunci[ \u00a0]+|pe[ \u00a0]+atunci[ \u00a0]+|încă[ \u00a0]+)?"
    rf"(?:doar[ \u00a0]+|deja[ \u00a0]+|aproape[ \u00a0]+|numai[ \u00a0]+|de[ \u00a0]+|peste[ \u00a0]+)?"
    rf"(({_RO_NUM})[ \u00a0]+(?:de[ \u00a0]+)?{_RO_UNIT}{_RO_HALF})(?![\w])"
    # "Nicolae, ... de un an și opt luni", "Maria, de 7 ani": an age in apposition, after a comma
    rf"|(?<=,)[ \u00a0]*de[ \u00a0]+(({_RO_NUM})[ \u00a0]+{_RO_UNIT}(?:[ \u00a0]+(?:și|şi|si)[ \u00a0]+{_RO_NUM}[ \u00a0]+{_RO_UNIT})?)(?![\w])"
    # "doamna Agnes Mwangi, apartamentul 51, 73 de ani, cu găleți": between commas, a person's age
    rf"|(?<=,)[ \u00a0]*(({_N})[ \u00a0]+de[ \u00a0]+ani)(?=[ \u00a0]*,)",
    re.IGNORECASE,
)

# ----------------------------------------------------------------- Arabic
_AR_WORD_LIST = """ستّ ستّة ثمانٍ واحد واحدة اثنان اثنين اثنتان اثنتين ثلاث ثلاثة أربع أربعة اربع اربعة خمس خمسة ست ستة سبع سبعة ثمان ثماني
    ثمانية تسع تسعة عشر عشرة عشرون عشرين ثلاثون ثلاثين أربعون أربعين اربعين خمسون خمسين ستون ستين سبعون سبعين
    ثمانون ثمانين تسعون تسعين
    أحد_عشر احد_عشر إحدى_عشرة احدى_عشرة اثنا_عشر اثني_عشر اثنتا_عشرة اثنتي_عشرة ثلاثة_عشر ثلاث_عشرة
    أربعة_عشر اربعة_عشر أربع_عشرة خمسة_عشر خمس_عشرة ستة_عشر ست_عشرة سبعة_عشر سبع_عشرة ثمانية_عشر
    ثماني_عشرة تسعة_عشر تسع_عشرة
    اتنين تنين تلات تلاتة تلاته تمن تمان تمانية تمانيه تلاتين تمانين
    إحدعش احدعش حداشر احداشر حدعش اثنعش اتنعش اطناشر اتناشر تنعش تلتاشر تلطاش تلتعش ثلطعش
    أربعتاشر اربعتاشر أربعطعش اربعطعش اربعتعش خمستاشر خمسطاشر خمسطعش خمستعش ستاشر سطاشر سطعش ستعش
    سبعتاشر سبعطاشر سبعطعش سبعتعش تمنتاشر تمنطاشر تمنطعش تمنتعش تسعتاشر تسعطاشر تسعطعش تسعتعش"""
_AR_WORD = _alt(_AR_WORD_LIST)
_AR_UNIT = _alt(
    "سنة سنه سنوات سنين سنين عام عامًا عاما عاماً أعوام اعوام شهر شهرا شهراً شهرًا أشهر اشهر شهور أسبوع أسبوعًا أسبوعاً"
    " أسابيع يومًا يوماً"
)
_AR_DUAL = _alt("سنتان سنتين عامان عامين شهران شهرين أسبوعان أسبوعين")
# "بنتي نور عندها ست سنين" (spoken: she has six years): "has" with a number and a unit
_AR_HAS_RE = _lazy(
    rf"(?<![\w])(?:عنده|عندها|عندو|عندي|عندك|عندهم|عندوا)[ \u00a0]+(?:الآن[ \u00a0]+|دلوقتي[ \u00a0]+|هلق[ \u00a0]+)?"
    rf"((?:{_AR_DUAL})(?:[ \u00a0]+ونص(?:ف)?)?|(?:{_N}|(?:{_AR_WORD})(?:[ \u00a0]+و[ \u00a0]?(?:{_AR_WORD}))?)[ \u00a0]+(?:{_AR_UNIT}))(?![\w])"
)
_AR_RE = _lazy(
    rf"(?:عمرهما|عمرهن|عمره|عمرها|عمري|عمرهم|عمرك|عمره\u064f?|العمر|بعمر|عمر|البالغ|البالغة|يبلغ|تبلغ|أبلغ|سنه|بسن|سن)"
    rf"(?:[ \u00a0]*:)?"
    # "عمر ابنها 12 عامًا": the age of her son
    r"(?:[ \u00a0]+(?:ابن|ابنة|ابنت|بنت|ولد|طفل|طفلة|طفلت|أخ|أخت|اخت|زوج|زوجة|زوجت|أم|ام|أب|اب|والد|والدة|والدت"
    r"|جد|جدة|جدت)[\u0621-\u064a]{0,3})?"
    rf"[ \u00a0]+(?:من[ \u00a0]+العمر[ \u00a0]+)?(?:الآن[ \u00a0]+|اليوم[ \u00a0]+|حاليا[ \u00a0]+|حالياً[ \u00a0]+|حوالي[ \u00a0]+|فقط[ \u00a0]+)?"
    rf"((?:{_AR_DUAL})(?:[ \u00a0]+ونص(?:ف)?)?|(?:سنة|عام|شهر)[ \u00a0]+ونص(?:ف)?|(?:{_N}|(?:{_AR_WORD})(?:[ \u00a0]+و[ \u00a0]?(?:{_AR_WORD}))?)(?:[ \u00a0]+(?:{_AR_UNIT}))?)"
    rf"(?![\w])"
    # "ويوسف في الخامسة من عمره": an ordinal, "in his fifth (year)"
    rf"|(?<![\w])(?:في|فى)[ \u00a0]+(ال[^\s\d]{{3,12}})(?=[ \u00a0]+من[ \u00a0]+(?:عمره|عمرها|العمر|عمري)(?![\w]))"
    # "ابنتي إيناس ذات الأحد عشر عامًا": "of eleven years"
    rf"|(?<![\w])(?:ذات|ذو|ذي)[ \u00a0]+((?:ال)?(?:{_N}|{_AR_WORD})(?:[ \u00a0]+و[ \u00a0]?(?:ال)?(?:{_AR_WORD}))?"
    rf"[ \u00a0]+(?:{_AR_UNIT}))(?![\w])"
    # "توفيت في شيفيلد في آب الماضي عن ٧٢ عامًا": died ... "at" N years, the age at death
    r"|(?:توفي|توفيت|تُوفي|تُوفيت|توفّي|توفّيت|رحل|رحلت|مات|ماتت|فارق|فارقت|انتقل|انتقلت|وفاته|وفاتها|رحيله|رحيلها)"
    rf"[^.؟!\n]{{0,80}}?(?<![\w])عن[ \u00a0]+((?:{_N}|(?:{_AR_WORD})(?:[ \u00a0]+و[ \u00a0]?(?:{_AR_WORD}))?)"
    rf"[ \u00a0]+(?:عامًا|عاماً|عاما|عام|سنة|سنه|سنوات))(?![\w])"
)

# "مصطفى تلتاشر سنة، وريان": a number of years right after a name is that person's age (not
# "... سنتين قبل": years ago). Matched at the end of a name found elsewhere.
AR_AGE_AFTER_NAME = _lazy(
    rf"[ \u00a0]*[،,]?[ \u00a0]*((?:{_AR_DUAL})(?:[ \u00a0]+ونص(?:ف)?)?"
    rf"|(?:{_N}|(?:{_AR_WORD})(?:[ \u00a0]+و[ \u00a0]?(?:{_AR_WORD}))?)[ \u00a0]+(?:{_AR_UNIT})(?:[ \u00a0]+ونص(?:ف)?)?)"
    r"(?![\w])(?![ \u00a0]+(?:قبل|مضت|مضى|فاتت|بعد|من[ \u00a0]+(?:الانتظار|العمل|السكن)))"
)

# ------------------------------------------------------------------- Urdu
_UR_WORD_LIST = """ایک دو تین چار پانچ چھ چھے سات آٹھ نو دس گیارہ بارہ تیرہ چودہ پندرہ سولہ سترہ اٹھارہ انیس بیس اکیس بائیس
    تئیس چوبیس پچیس چھبیس ستائیس اٹھائیس انتیس تیس اکتیس بتیس تینتیس چونتیس پینتیس چھتیس سینتیس اڑتیس انتالیس
    چالیس اکتالیس بیالیس تینتالیس چوالیس پینتالیس چھیالیس سینتالیس اڑتالیس انچاس پچاس اکیاون باون ترپن چون
    پچپن چھپن ستاون اٹھاون انسٹھ ساٹھ اکسٹھ باسٹھ تریسٹھ چونسٹھ پینسٹھ چھیاسٹھ سڑسٹھ اڑسٹھ انہتر ستر اکہتر بہتر
    تہتر چوہتر پچہتر چھہتر ستتر اٹھہتر اناسی اسی اکیاسی بیاسی تراسی چوراسی پچاسی چھیاسی ستاسی اٹھاسی نواسی نوے
    اکانوے بانوے ترانوے چورانوے پچانوے چھیانوے ستانوے اٹھانوے ننانوے ڈیڑھ ڈھائی"""
_UR_WORD = _alt(_UR_WORD_LIST)
_UR_NUM = rf"(?:(?:سوا|ساڑھے|پونے)[ \u00a0]+)?(?:{_N}|{_UR_WORD})"
_UR_RE = _lazy(
    rf"(?<![\w])(({_UR_NUM})[ \u00a0]+(?:سال|برس|ماہ|مہینے|مہینوں|ہفتے|ورھے|ورہے)(?=[ \u00a0]+(?:کا|کی|کے|نا|نی|نے|دا|دی|دے)(?![\w])))"
    rf"|(?<![\w])(({_UR_NUM})[ \u00a0-]?(?:سالہ|ماہہ))(?![\w])"
    rf"|(?:عمر|عُمر)[ \u00a0]+(?:[^\s\d]+[ \u00a0]+){{0,2}}?(({_UR_NUM})(?:[ \u00a0]+(?:سال|برس|ماہ|مہینے))?)(?![\w])"
    # "میرا پوترا زین، نو سال نا اے" (Pothwari), "علی، سترہ سال دا": after a name and a comma
    rf"|(?<=[،,])[ \u00a0]*(({_UR_NUM})[ \u00a0]+(?:سال|برس|ماہ|مہینے))(?![\w])"
    rf"|(?<![\w])(({_UR_NUM})[ \u00a0]+(?:سال|برس))(?=[ \u00a0]+پورے)"
    # "بیٹے حمزہ کی ۶ سال اور زینب کی ۱۱ ماہ": "X's N years", the word for age said once
    rf"|(?<=کی|کا|کے)[ \u00a0]+(({_UR_NUM})[ \u00a0]+(?:سال|برس|ماہ|مہینے))(?=[ \u00a0]*(?:اور|،|,|ہے|ہیں|تھی|تھا|تھے|۔)(?![\w]))"
)

# ---------------------------------------------------------------- Bengali
_BN_WORD_LIST = """এক দুই দু তিন চার পাঁচ ছয় ছয় সাত আট নয় নয় দশ এগারো বারো তেরো চোদ্দ চৌদ্দ পনেরো ষোলো সতেরো আঠারো
    উনিশ বিশ কুড়ি একুশ বাইশ তেইশ চব্বিশ পঁচিশ ছাব্বিশ সাতাশ আঠাশ উনত্রিশ ত্রিশ একত্রিশ বত্রিশ তেত্রিশ চৌত্রিশ
    পঁয়ত্রিশ ছত্রিশ সাঁইত্রিশ আটত্রিশ উনচল্লিশ চল্লিশ একচল্লিশ বিয়াল্লিশ তেতাল্লিশ চুয়াল্লিশ পঁয়তাল্লিশ ছেচল্লিশ
    সাতচল্লিশ আটচল্লিশ উনপঞ্চাশ পঞ্চাশ একান্ন বাহান্ন তিপ্পান্ন চুয়ান্ন পঞ্চান্ন ছাপ্পান্ন সাতান্ন আটান্ন উনষাট ষাট
    একষট্টি বাষট্টি তেষট্টি চৌষট্টি পঁয়ষট্টি ছেষট্টি সাতষট্টি আটষট্টি উনসত্তর সত্তর একাত্তর বাহাত্তর তিয়াত্তর
    চুয়াত্তর পঁচাত্তর ছিয়াত্তর সাতাত্তর আটাত্তর উনআশি আশি একাশি বিরাশি তিরাশি চুরাশি পঁচাশি ছিয়াশি সাতাশি
    অষ্টআশি আটাশি উননব্বই নব্বই একানব্বই বিরানব্বই তিরানব্বই চুরানব্বই পঁচানব্বই ছিয়ানব্বই সাতানব্বই আটানব্বই
    নিরানব্বই দেড় আড়াই এগার বার তের চৌদ্দ পনের ষোল সতের আঠার"""
_BN_WORD = _alt(_BN_WORD_LIST)
_BN_NUM = rf"(?:(?:সাড়ে|সোয়া|পৌনে)[ \u00a0]+)?(?:{_N}|{_BN_WORD})"
_BN_RE = _lazy(
    rf"(?:বয়স|বয়স|বয়েস)[ \u00a0]*(?:মাত্র[ \u00a0]+|এখন[ \u00a0]+|প্রায়[ \u00a0]+|প্রায়[ \u00a0]+)?"
    rf"(?:[^\s\d।,.!?]+[ \u00a0]+){{0,2}}?"  # "বয়স তখন তিন বছর" (then), "বয়স হয়েছিল ..."
    rf"(({_BN_NUM})(?:[ \u00a0]*(?:বছর|মাস|সপ্তাহ)(?:ের)?)?)(?![\w])"
    rf"|(?<![\w])(({_BN_NUM})[ \u00a0]*(?:বছর|মাস|সপ্তাহ)(?:ের)?)(?=[ \u00a0]*(?:বয়সী|বয়সী|বয়সের|বয়সের|বয়স্ক|বয়স্ক|বয়স|বয়স))"
    rf"|(?<![\w])(({_BN_NUM})[ \u00a0]*(?:বছরের|মাসের|সপ্তাহের|দিনের))(?=[ \u00a0]+(?:ছেলে|মেয়ে|মেয়ে|শিশু|বাচ্চা|সন্তান|বাবা|মা|নাতি|নাতনি|ভাই|বোন))"
    # "আমার মেয়ে তিন বছরের।": "N years' (old)" closing the sentence, said of a person
    rf"|(?<![\w])(({_BN_NUM})[ \u00a0]*(?:বছরের|মাসের|সপ্তাহের|দিনের))(?=[ \u00a0]*(?:[।,!?]|$))"
    # "খুশির আট বছর পূর্ণ হলো" (Khushi turned eight), "নয় বছরে পা দিল"
    rf"|(?<![\w])(({_BN_NUM})[ \u00a0]*(?:বছর|মাস)(?:ে)?)(?=[ \u00a0]+(?:পূর্ণ|পুরো|পা[ \u00a0]+দি))"
    # "মেয়ে নাফিসা তখন মাত্র ৮ মাস।": "then (only) N months", closing the clause
    rf"|(?<![\w])তখন[ \u00a0]+(?:মাত্র[ \u00a0]+|সবে[ \u00a0]+)?(({_BN_NUM})[ \u00a0]*(?:বছর|মাস)(?:ের)?)(?=[ \u00a0]*[।,!?])"
)

# ---------------------------------------------------------------- Punjabi
_PA_WORD_LIST = """ਇੱਕ ਇਕ ਦੋ ਤਿੰਨ ਚਾਰ ਪੰਜ ਛੇ ਸੱਤ ਅੱਠ ਨੌਂ ਨੌ ਦਸ ਗਿਆਰਾਂ ਗਿਆਰ੍ਹਾਂ ਬਾਰਾਂ ਬਾਰ੍ਹਾਂ ਤੇਰਾਂ ਤੇਰ੍ਹਾਂ ਚੌਦਾਂ ਚੌਦ੍ਹਾਂ ਪੰਦਰਾਂ
    ਪੰਦ੍ਹਰਾਂ ਸੋਲਾਂ ਸੋਲ੍ਹਾਂ ਸਤਾਰਾਂ ਸਤਾਰ੍ਹਾਂ ਅਠਾਰਾਂ ਅਠਾਰ੍ਹਾਂ ਉੱਨੀ ਵੀਹ ਇੱਕੀ ਬਾਈ ਤੇਈ ਚੌਵੀ ਪੱਚੀ ਛੱਬੀ ਸਤਾਈ ਅਠਾਈ
    ਉਨੱਤੀ ਤੀਹ ਇਕੱਤੀ ਬੱਤੀ ਤੇਤੀ ਚੌਂਤੀ ਪੈਂਤੀ ਛੱਤੀ ਸੈਂਤੀ ਅਠੱਤੀ ਉਨਤਾਲੀ ਚਾਲੀ ਇਕਤਾਲੀ ਬਿਆਲੀ ਤਰਤਾਲੀ ਚੁਤਾਲੀ ਪੰਜਤਾਲੀ
    ਛਿਆਲੀ ਸੰਤਾਲੀ ਅਠਤਾਲੀ ਉਨੰਜਾ ਪੰਜਾਹ ਇਕਵੰਜਾ ਬਵੰਜਾ ਤਰਵੰਜਾ ਚਰਵੰਜਾ ਪਚਵੰਜਾ ਛਪੰਜਾ ਸਤਵੰਜਾ ਅਠਵੰਜਾ ਉਨਾਹਠ ਸੱਠ
    ਇਕਾਹਠ ਬਾਹਠ ਤਰੇਠ ਚੌਂਠ ਪੈਂਠ ਛਿਆਹਠ ਸਤਾਹਠ ਅਠਾਹਠ ਉਨੱਤਰ ਸੱਤਰ ਇਕਹੱਤਰ ਬਹੱਤਰ ਤਿਹੱਤਰ ਚੌਹੱਤਰ ਪਚੱਤਰ ਛਿਹੱਤਰ
    ਸਤੱਤਰ ਅਠੱਤਰ ਉਨਾਸੀ ਅੱਸੀ ਇਕਾਸੀ ਬਿਆਸੀ ਤਰਾਸੀ ਚੁਰਾਸੀ ਪਚਾਸੀ ਛਿਆਸੀ ਸਤਾਸੀ ਅਠਾਸੀ ਉਨਾਨਵੇਂ ਨੱਬੇ ਇਕਾਨਵੇਂ
    ਬਾਨਵੇਂ ਤਰਾਨਵੇਂ ਚੁਰਾਨਵੇਂ ਪਚਾਨਵੇਂ ਛਿਆਨਵੇਂ ਸਤਾਨਵੇਂ ਅਠਾਨਵੇਂ ਡੇਢ ਢਾਈ
    ਉਨੀ ਪਚੀ ਛਬੀ ਉਨਤੀ ਇਕਤੀ ਬਤੀ ਛਤੀ ਅਠਤੀ ਸਠ ਸਤਰ ਅਸੀ ਨਬੇ
    ਦੋਹਾਂ ਤਿੰਨਾਂ ਚਾਰਾਂ ਪੰਜਾਂ ਛੇਆਂ ਸੱਤਾਂ ਅੱਠਾਂ ਨੌਆਂ ਦਸਾਂ"""
_PA_WORD = _alt(_PA_WORD_LIST)
_PA_NUM = rf"(?:(?:ਸਾਢੇ|ਸਵਾ|ਪੌਣੇ)[ \u00a0]+)?(?:{_N}|{_PA_WORD})"
_PA_UNIT = r"(?:ਸਾਲ|ਸਾਲਾਂ|ਵਰ੍ਹੇ|ਵਰ੍ਹਿਆਂ|ਵਰਿਆਂ|ਵਰ੍ਹਿਆ|ਮਹੀਨੇ|ਮਹੀਨਿਆਂ|ਹਫ਼ਤੇ|ਹਫਤੇ|ਹਫ਼ਤਿਆਂ|ਹਫਤਿਆਂ|ਦਿਨਾਂ)"
_PA_RE = _lazy(
    rf"(?<![\w])(({_PA_NUM})[ \u00a0]+{_PA_UNIT})(?=[ \u00a0]+(?:ਦਾ|ਦੀ|ਦੇ|ਦੀਆਂ)(?![\w]))"
    # "ਮੁੰਡਾ ਫ਼ਤਿਹ, ਪੰਜ ਦਾ,", "ਹੁਣ ਉਨਾਸੀ ਦੇ ਆ": a number "of" (years) after a comma or "now"
    rf"|(?:(?<=,[ \u00a0])|(?<=ਹੁਣ[ \u00a0])|(?<=ਮੈਂ[ \u00a0])|(?<=ਉਹ[ \u00a0]))({_PA_NUM})"
    r"(?=[ \u00a0]+(?:ਦਾ|ਦੀ|ਦੇ)(?:[ \u00a0]*[,।.]|[ \u00a0]+(?:ਆ|ਏ|ਹੈ|ਹਨ|ਹਾਂ|ਸੀ|ਸਨ|ਸਾਂ|ਹੋ)(?![\w])))"
    rf"|(?:ਉਮਰ)[ \u00a0]+(?:[^\s\d]+[ \u00a0]+){{0,2}}?(({_PA_NUM})(?:[ \u00a0]+{_PA_UNIT})?)(?![\w])"
    rf"|(?<![\w])(({_PA_NUM})[ \u00a0]+{_PA_UNIT})(?=[ \u00a0]+(?:ਪੂਰੇ|ਦਾ[ \u00a0]+ਹੋ|ਦੀ[ \u00a0]+ਹੋ))"
)

# ------------------------------------------------------------------ Welsh
_CY_WORD = _alt(
    """un dau dwy tri tair pedwar pedair pump pum chwech chwe saith wyth naw deg deuddeg pymtheg deunaw ugain
    hugain cant trigain ddau ddwy dri dair bedwar bedair bump bum ddeg ddeuddeg bymtheg ddeunaw hanner_cant
    ar a"""
)
_CY_RE = _lazy(
    rf"(?<![\w'’])((?:{_N}|(?:{_CY_WORD})(?:[ \u00a0]+(?:{_CY_WORD})){{0,4}})[ \u00a0]+"
    rf"(?:(?:mlwydd|blwydd|mlynedd|mis|wythnos|diwrnod)[ \u00a0]+)?oed)(?![\w])",
    re.IGNORECASE,
)


# script: "مغربية، ٣٤ سنة", "عنده ١٣ سنة،", "(١٢ عامًا)", "আমি নাফিসা, এখন ১৬ বছর,": an age
# described, not a duration (which goes on to a verb or follows "since", "for", "ago").
_CLAUSE_AGE_RE = _lazy(
    rf"(?<![\w])((?:{_N}|{_AR_WORD}|{_UR_WORD}|{_BN_WORD}|{_PA_WORD})[ \u00a0]*"
    rf"(?:{_AR_UNIT}|{_AR_DUAL}|سال|برس|ماہ|বছর|মাস|ਸਾਲ|ਮਹੀਨੇ)(?:ের)?)(?=[ \u00a0]*(?:[,،)\n]|[।۔.](?:\s|$)|$))"
)
# what comes before such an age: a comma or bracket after a name or description, or "has", "now"
_AGE_LEAD_RE = _lazy(
    r"(?:[,،(]|^|\n|(?<![\w])(?:عنده|عندها|عندي|عندو|عندك|عمره|عمرها|عمري|عمرو|হবে|এখন|এখনো|হয়েছে|ہو|ਹੁਣ))[ \u00a0]*$"
)
_DURATION_BEFORE_RE = _lazy(
    r"(?:منذ|لمدة|مدة|طوال|خلال|بعد|قبل|حوالي|من|آخر|کئی|پچھلے|گزشتہ|تقریباً|تقریبا|سے|গত|প্রায়|প্রায়|ধরে|ਪਿਛਲੇ|ਤੋਂ|ਲਗਭਗ)"
    r"[ \u00a0]*$"
)


_PL_CHARS = frozenset("ąęłńśźżĄĘŁŃŚŹŻ")
_SPECIAL_CHAR_RE = _rx("[ąęłńśźżĄĘŁŃŚŹŻăâîșşțţĂÂÎȘŞȚŢ\u0600-\u06ff\u0980-\u09ff\u0a00-\u0a7f]")
_RO_CHARS = frozenset("ăâîșşțţĂÂÎȘŞȚŢ")


def _latin_other(text: str, language: str, chars: frozenset[str]) -> Iterator[Span]:
    """Polish, Romanian and Welsh ages; each runs only when the text could be in that language."""
    rules = []
    if language == "pl" or not chars.isdisjoint(_PL_CHARS):
        rules.append((_PL_RE, "Polish age"))
        rules.append((_PL_ONE_YEAR_RE, "Polish age"))
    if language == "ro" or not chars.isdisjoint(_RO_CHARS):
        rules.append((_RO_RE, "Romanian age"))
    if "oed" in text or "OED" in text or "Oed" in text:  # Welsh "oed" (age)
        rules.append((_CY_RE, "Welsh age"))
    for rx, why in rules:
        for m in rx.finditer(text):
            g = next((i for i in range(1, (m.lastindex or 0) + 1) if m.group(i) and i in _OUTER[rx]), None)
            s, e = (m.start(g), m.end(g)) if g else (m.start(), m.end())
            if text[s:e].lower() in {"a oed", "ar oed"}:
                continue
            yield Span(s, e, AGE, 0.8, why)


def _native(text: str, chars: frozenset[str]) -> Iterator[Span]:
    """Arabic, Urdu, Bengali and Punjabi ages, run only when that script is present."""
    rules = []
    if any("\u0600" <= c <= "\u06ff" for c in chars):
        rules += [(_AR_RE, "Arabic age"), (_UR_RE, "Urdu age"), (_AR_HAS_RE, "Arabic age")]
    if any("\u0980" <= c <= "\u09ff" for c in chars):
        rules.append((_BN_RE, "Bengali age"))
    if any("\u0a00" <= c <= "\u0a7f" for c in chars):
        rules.append((_PA_RE, "Punjabi age"))
    if rules:
        for m in _CLAUSE_AGE_RE.finditer(text):
            num = _int(re.match(r"\d*", m.group(1)).group())
            if num is not None and num > 120:
                continue
            if _DURATION_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
                continue
            if not _AGE_LEAD_RE.search(text, max(0, m.start() - 14), m.start()):
                continue  # "انتظرنا ثلاثة أشهر.": a duration after a verb
            yield Span(m.start(1), m.end(1), AGE, 0.6, "age closing a clause")
    for rx, why in rules:
        for m in rx.finditer(text):
            g = next((i for i in range(1, (m.lastindex or 0) + 1) if m.group(i) and i in _OUTER[rx]), None)
            if g is None:
                continue
            num = m.group(g + 1) if g + 1 <= (m.lastindex or 0) else None
            v = _int((num or "").strip())
            if v is not None and v > 120:
                continue
            yield Span(m.start(g), m.end(g), AGE, 0.75, why)


# "Lenka, która ma roczek": one year old, in its diminutive (no number to find)
_PL_ONE_YEAR_RE = _lazy(
    r"(?<![\w])(?:ma|miał|miała|miało|mial|miala|skończył|skończyła|skończyło|skończy|ukończył|ukończyła)[ \u00a0]+"
    r"(?:dopiero[ \u00a0]+|już[ \u00a0]+|juz[ \u00a0]+|prawie[ \u00a0]+|niecały[ \u00a0]+|niecaly[ \u00a0]+|wtedy[ \u00a0]+)?"
    r"(roczek|roczku|półtora[ \u00a0]+roczku|półtora[ \u00a0]+roku|poltora[ \u00a0]+roku)(?![\w])",
    re.IGNORECASE,
)


# the capturing groups that hold the whole age in each pattern
_OUTER: dict[re.Pattern[str], set[int]] = {
    _PL_ONE_YEAR_RE: {1},
    _PL_RE: {1, 3, 4, 5},
    _RO_RE: {1, 3, 5},
    _CY_RE: {1},
    _AR_RE: {1, 2, 3, 4},
    _AR_HAS_RE: {1},
    _UR_RE: {1, 3, 5, 7, 9, 11},
    _BN_RE: {1, 3, 5, 7, 9, 11},
    _PA_RE: {1, 3, 4, 6},
}


# ---------------------------------------------------------- date of birth
_PLAIN = str.maketrans("ąćęłńóśźżăâîșşțţ", "acelnoszzaaissst")


def _and_plain(words: str) -> str:
    """The words, and the Polish and Romanian ones as typed without marks ("piatego", "pazdziernika")."""
    return words + " " + " ".join(w.translate(_PLAIN) for w in words.split() if w.translate(_PLAIN) != w)


_MONTHS = _alt(
    _and_plain(
        """january february march april may june july august september october november december jan feb mar apr jun
    jul aug sep sept oct nov dec jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.
    styczeń stycznia luty lutego marzec marca kwiecień kwietnia maj maja czerwiec czerwca lipiec lipca sierpień
    sierpnia wrzesień września październik października listopad listopada grudzień grudnia
    ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie
    ionawr chwefror mawrth fawrth ebrill mai fai mehefin fehefin gorffennaf orffennaf awst medi fedi hydref
    tachwedd dachwedd rhagfyr ragfyr
    يناير فبراير مارس أبريل ابريل إبريل مايو يونيو يوليو أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر
    كانون_الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين_الأول تشرين_الثاني كانون_الأول
    جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر
    জানুয়ারি জানুয়ারী ফেব্রুয়ারি ফেব্রুয়ারী মার্চ এপ্রিল মে জুন জুলাই আগস্ট অগাস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর
    ਜਨਵਰੀ ਫ਼ਰਵਰੀ ਫਰਵਰੀ ਮਾਰਚ ਅਪ੍ਰੈਲ ਅਪਰੈਲ ਮਈ ਜੂਨ ਜੁਲਾਈ ਅਗਸਤ ਸਤੰਬਰ ਅਕਤੂਬਰ ਨਵੰਬਰ ਦਸੰਬਰ
    বৈশাখ জ্যৈষ্ঠ জৈষ্ঠ আষাঢ় শ্রাবণ ভাদ্র আশ্বিন কার্তিক অগ্রহায়ণ পৌষ মাঘ ফাল্গুন চৈত্র
    ਚੇਤ ਵਿਸਾਖ ਜੇਠ ਹਾੜ ਸਾਵਣ ਭਾਦੋਂ ਅੱਸੂ ਕੱਤਕ ਮੱਘਰ ਪੋਹ ਮਾਘ ਫੱਗਣ"""
    )
)
_DAY_WORDS = _alt(
    _and_plain(
        """first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth
    fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first twenty-second twenty-third
    twenty-fourth twenty-fifth twenty-sixth twenty-seventh twenty-eighth twenty-ninth twenty_first twenty_second
    twenty_third twenty_fourth twenty_fifth twenty_sixth twenty_seventh twenty_eighth twenty_ninth thirtieth
    thirty-first thirty_first
    pierwszego drugiego trzeciego czwartego piątego szóstego siódmego ósmego dziewiątego dziesiątego
    jedenastego dwunastego trzynastego czternastego piętnastego szesnastego siedemnastego osiemnastego
    dziewiętnastego dwudziestego dwudziestego_pierwszego dwudziestego_drugiego dwudziestego_trzeciego
    dwudziestego_czwartego dwudziestego_piątego dwudziestego_szóstego dwudziestego_siódmego dwudziestego_ósmego
    dwudziestego_dziewiątego trzydziestego trzydziestego_pierwszego
    pierwszy drugi trzeci czwarty piąty szósty siódmy ósmy dziewiąty dziesiąty jedenasty dwunasty trzynasty
    czternasty piętnasty szesnasty siedemnasty osiemnasty dziewiętnasty dwudziesty dwudziesty_pierwszy
    dwudziesty_drugi dwudziesty_trzeci dwudziesty_czwarty dwudziesty_piąty dwudziesty_szósty dwudziesty_siódmy
    dwudziesty_ósmy dwudziesty_dziewiąty trzydziesty trzydziesty_pierwszy
    întâi intai unu doi două trei patru cinci șase şase șapte şapte opt nouă zece unsprezece doisprezece
    treisprezece paisprezece cincisprezece șaisprezece şaisprezece șaptesprezece optsprezece nouăsprezece
    douăzeci douăzeci_și_unu douăzeci_și_doi douăzeci_și_trei douăzeci_și_patru douăzeci_și_cinci
    douăzeci_și_șase douăzeci_și_șapte douăzeci_și_opt douăzeci_și_nouă treizeci treizeci_și_unu
    أول اول الأول الاول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر الحادي_عشر الثاني_عشر
    یکم پہلی الثالث_عشر الرابع_عشر الخامس_عشر السادس_عشر السابع_عشر الثامن_عشر التاسع_عشر العشرين
    الحادي_والعشرين الثاني_والعشرين الثالث_والعشرين الرابع_والعشرين الخامس_والعشرين السادس_والعشرين
    السابع_والعشرين الثامن_والعشرين التاسع_والعشرين الثلاثين الحادي_والثلاثين
    دوسری تیسری چوتھی پانچویں چھٹی ساتویں آٹھویں نویں دسویں
    ਪਹਿਲੀ ਦੂਜੀ ਤੀਜੀ ਚੌਥੀ ਪੰਜਵੀਂ ਛੇਵੀਂ ਸੱਤਵੀਂ ਅੱਠਵੀਂ ਨੌਵੀਂ ਦਸਵੀਂ ਗਿਆਰਵੀਂ ਬਾਰ੍ਹਵੀਂ ਤੇਰ੍ਹਵੀਂ ਚੌਧਵੀਂ ਪੰਦਰਵੀਂ ਵੀਹਵੀਂ
    পয়লা দোসরা তেসরা চৌঠা"""
    )
)
_DAY = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th|af|il|ydd|ed|fed|eg|ain|ain|ই|শে|লা|রা|তম|-?го)?\.?|(?:{_DAY_WORDS})(?![\w])"
    rf"|(?:{_PA_WORD}|{_UR_WORD}|{_BN_WORD})(?=[ \u00a0]))"  # "ਪੰਜ ਮਾਰਚ", "پانچ مارچ"
)
# "1987", and years said in words: "nineteen eighty-seven", "two thousand and five", "twenty twenty-one"
_YEAR_TENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ \u00a0-](?:one|two|three|four|five|six|seven|eight|nine))?|o[ \u00a0-](?:one|two|three|four|five|six|seven|eight|nine)|oh[ \u00a0-](?:one|two|three|four|five|six|seven|eight|nine))"
# Polish years as ordinals: "(tysiąc dziewięćset) czterdziestego dziewiątego (roku)"; Romanian
# "(o mie) nouă sute patruzeci și nouă".
_PL_YEAR = (
    r"(?:(?:tysiąc[ \u00a0]+)?dziewięćset[ \u00a0]+|dwutysięcznego|dwa[ \u00a0]+tysiące[ \u00a0]+)?"
    r"(?:(?:dwudziest|trzydziest|czterdziest|pięćdziesiąt|sześćdziesiąt|siedemdziesiąt|osiemdziesiąt|"
    r"dziewięćdziesiąt)ego(?:[ \u00a0]+(?:pierwsz|drugi|trzeci|czwart|piąt|szóst|siódm|ósm|dziewiąt)ego)?"
    r"|(?:dziesiąt|jedenast|dwunast|trzynast|czternast|piętnast|szesnast|siedemnast|osiemnast|dziewiętnast)ego)"
)
_RO_YEAR = (
    r"(?:o[ \u00a0]+mie[ \u00a0]+)?nouă[ \u00a0]+sute[ \u00a0]+(?:(?:două|trei|patru|cinci|șai|şai|șapte|şapte|opt|nouă)zeci"
    r"(?:[ \u00a0]+și[ \u00a0]+(?:unu|doi|trei|patru|cinci|șase|şase|șapte|şapte|opt|nouă))?)"
)
_YEAR = (
    rf"(?:\d{{4}}|{_PL_YEAR}|{_RO_YEAR}|(?:nineteen|twenty)[ \u00a0-]{_YEAR_TENS}"
    r"|two[ \u00a0]+thousand(?:[ \u00a0]+and)?(?:[ \u00a0]+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[ \u00a0-](?:one|two|three|four|five))?))?)"
)
_DATE = (
    rf"(?:\d{{1,2}}[ \u00a0]?[./-][ \u00a0]?\d{{1,2}}[ \u00a0]?[./-][ \u00a0]?(?:\d{{4}}|\d{{2}})(?![\w])"
    rf"|\d{{4}}[./-]\d{{1,2}}[./-]\d{{1,2}}(?![\w])"
    # the month in Roman numerals, as Polish and Romanian forms write it: "7.XI.1979", "9 IV 1950"
    rf"|\d{{1,2}}[./ \u00a0-](?-i:XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)[./ \u00a0-](?:\d{{4}}|\d{{2}})(?![\w])"
    rf"|{_YEAR}[ \u00a0]*(?:সালের|সালে|ਸਾਲ|سال)?[ \u00a0]+{_DAY}[ \u00a0]+(?:{_MONTHS})(?![\w])"
    rf"|{_DAY}[ \u00a0]+(?:of[ \u00a0]+|o[ \u00a0]+|de[ \u00a0]+|من[ \u00a0]+)?(?:{_MONTHS})"
    # the year said as its last two digits in words: "ਪੰਜ ਮਾਰਚ ਸੱਠ" (5 March '60)
    rf"(?:,?[ \u00a0]+(?:of[ \u00a0]+|عام[ \u00a0]+|سنة[ \u00a0]+)?{_YEAR}|[ \u00a0]+['’]\d{{2}}(?!\d)|[ \u00a0]+(?:{_PA_WORD}|{_UR_WORD}|{_BN_WORD})(?=[ \u00a0]+(?:ਦਾ|ਦੀ|ਦੇ|کا|کی|کے|সালে|সালের|সাল)))?(?![\w])"
    rf"|(?:{_MONTHS})[ \u00a0]+{_DAY}(?:,?[ \u00a0]+{_YEAR})?(?![\w])"
    rf"|(?:{_MONTHS}),?[ \u00a0]+{_YEAR}(?![\w])"
    rf"|{_YEAR}(?![\w]))"
)
_DATE_RE = _lazy(_DATE, re.IGNORECASE)
_DOB_LABEL_RE = _lazy(
    _alt(
        """date_of_birth dates_of_birth birth_date birthdate d.o.b. d.o.b dob born born_on born_in birthday b.
        data_urodzenia urodzony urodzona urodziłem_się urodziłam_się urodził_się urodziła_się ur.
        urodzilem_sie urodzilam_sie urodzil_sie urodzila_sie urodzila_się urodzil_się
        data_nașterii data_naşterii data_nasterii data_de_naștere data_de_naştere data_de_nastere născut născută
        nascut nascuta născută_pe născut_pe n._la născuți născuţi născute nascuti nascute născuții
        urodzeni urodzone urodzonej urodzonego urodzonemu urodziny urodzinki moje_urodziny
        ziua_mea zi_de_naștere ziua_de_naștere ziua_de_naştere ziua_de_nastere zi_de_nastere
        عيد_ميلادي عيد_ميلاده عيد_ميلادها عيد_الميلاد سالگرہ سالگره میری_سالگرہ
        تاريخ_الازدياد تاريخ_الولادة تاريخ_ميلاد تاريخ_الميلاد تاريخ_ميلادي تاريخ_ميلاده تاريخ_ميلادها تاريخ_ولادتي مواليد مواليدي مواليده مواليدها وُلدت ولدت وُلد ولد المولود مولود مولودة مولوده
        وتاريخ_الميلاد وتاريخ_ميلادي وتاريخ_ميلاده وتاريخ_ميلادها وتاريخ_ولادتي
        تاریخ_پیدائش تاریخِ_پیدائش پیدائش_کی_تاریخ پیدائش ڈیٹ_آف_برتھ
        জন্ম_তারিখ জন্মতারিখ জন্মের_তারিখ জন্মদিন জন্ম ডেট_অফ_বার্থ
        ਜਨਮ_ਤਾਰੀਖ ਜਨਮ_ਤਾਰੀਖ਼ ਜਨਮ_ਮਿਤੀ ਜਨਮ_ਦੀ_ਤਾਰੀਖ ਜਨਮ_ਦੀ_ਤਾਰੀਖ਼ ਜਨਮ ਜਨਮਦਿਨ
        dyddiad_geni dyddiad_fy_ngeni ganwyd ngeni geni"""
    )
)
_SENT_STOP_RE = _rx(r"[.!?।۔](?:\s|$)|\n")
_DOB_BEFORE_RE = _lazy(r"پیدا|জন্মগ্রহণ|জন্মেছি|ਪੈਦਾ|ਜਨਮ[ \u00a0]+ਹੋਇਆ|ولدت|born")
_DOB_FILLER_RE = _lazy(
    r"(?:[\s:,=\-–—(]|(?:is|was|on|of|the|in|my|mine|jest|to|dnia|dn\.|w|są|sa|mam|mamy|wypadają|este|e|era|pe|la|în|din|هو|هي|في|بتاريخ|ہے|تھی|تھا|"
    r"أمي|أبي|ابني|بنتي|زوجي|زوجتي|والدتي|والدي|امي|ابوي|ماما|بابا|ابو|امی|والد|والدہ|ਤਾਂ|ਪੁੱਤ|"
    r"کو|ہوں|হল|ছিল|আমার|ਹੈ|ਸੀ|ਨੂੰ|ਮੇਰੀ|yw|oedd|ar|y|fy|ydy|ydi)(?![\w]))*",
    re.IGNORECASE,
)


_DOB_KEYS = tuple(
    unicodedata.normalize("NFC", k)
    for k in """birth dob d.o.b born urodz naște naşte naste născ nasc ziua ميلاد مواليد ولد وُلد مولود الازدياد الولادة پیدا سالگر জন্ম ਜਨਮ ਪੈਦਾ
    geni ganwyd""".split()
) + (" ur.", " b. ")
_LOWER_TABLE = {
    c: chr(c).lower() for c in range(0x250) if len(chr(c).lower()) == 1 and chr(c).lower() != chr(c)
}


def _label_matches(low: str) -> Iterator[re.Match[str]]:
    """Birth labels, searched only around the cheap key words that every label contains."""
    n = len(low)
    seen: set[int] = set()
    for key in _DOB_KEYS:
        pos = low.find(key)
        while pos != -1:
            for m in _DOB_LABEL_RE.finditer(low, max(0, pos - 16), min(n, pos + len(key) + 24)):
                if m.start() not in seen:
                    seen.add(m.start())
                    yield m
            pos = low.find(key, pos + 1)


# Dates of birth said in words: "ਤਿੰਨ ਮਾਰਚ ਉੱਨੀ ਸੌ ਪੰਜਾਹ", "یکم جنوری انیس سو چوالیس",
# "douăzeci și trei aprilie o mie nouă sute șaizeci și doi", "الأول من تموز سنة ألف وتسعمائة
# وخمسين", "পাঁচই আগস্ট, উনিশশো আটচল্লিশ": from the first word after the label through the
# month, and on through a year said with its word for hundred or thousand and the words after it.
_MONTH_RE = _lazy(rf"(?<![\w])(?:{_MONTHS})(?![\w])", re.IGNORECASE)
_WORD_TOKEN_RE = _rx(r"[^\s,،;:.!?।۔()\[\]\"“”]+")
_HUNDRED_MARKS = tuple(
    unicodedata.normalize("NFC", w)
    for w in """hundred thousand sute sută suta mie mii tysiąc tysiąca tysięcy set sto ألف الف مائة مئة مية ميه سو ہزار
    ਸੌ ਹਜ਼ਾਰ শো শত হাজার""".split()
)
_YEAR_JOINERS = frozenset(unicodedata.normalize("NFC", w) for w in "and și şi si i o".split())
_CLAUSE_STOP_RE = _rx(r"[.!?।۔;\n]")


_UNIT_WORDS = frozenset("one two three four five six seven eight nine".split())
_TENS_WORDS = frozenset("twenty thirty forty fifty sixty seventy eighty ninety".split())
_PAIR_WORDS = (
    _UNIT_WORDS
    | _TENS_WORDS
    | frozenset(
        "oh o ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen hundred".split()
    )
)
_CENTURY_WORDS = frozenset("nineteen eighteen twenty".split())
_DAY_TOKEN_RE = _rx(rf"\d{{1,2}}(?:st|nd|rd|th|-?ego|-?lea|-?a)?|{_DAY_WORDS}", re.IGNORECASE)


def _hundred_word(tok: str) -> bool:
    t = tok.lower()
    for mark in _HUNDRED_MARKS:
        if (
            t == mark
            or t.endswith(mark)
            and len(mark) >= 2
            and (len(t) - len(mark) >= 2 or mark in ("শো", "ਸੌ"))
        ):
            return True
        if t.startswith(("و", "ب")) and t[1:] == mark:
            return True
    return False


_NUMERIC_DATE_RE = _rx(r"\d{1,4}\s*[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*\d{1,4})?")


def _worded_date(text: str, pos: int) -> tuple[int, int] | None:
    stop = _CLAUSE_STOP_RE.search(text, pos, min(len(text), pos + 120))
    hi = stop.start() if stop else min(len(text), pos + 120)
    month = _MONTH_RE.search(text, pos, min(hi, pos + 45))
    if month is None:
        return None
    before = text[pos : month.start()]
    if _NUMERIC_DATE_RE.search(before):
        return None  # the month belongs to another date ("14/03/1980 and I moved in on 2 June 2019")
    words = list(_WORD_TOKEN_RE.finditer(text, pos, month.start()))
    if len(words) > 4:
        # "date of birth, so I'll say it, it's the second of February": the day just before the month
        day = next((w for w in reversed(words[-3:]) if _DAY_TOKEN_RE.fullmatch(w.group())), None)
        if day is None:
            return None
        pos = day.start()
    end = month.end()
    toks = list(_WORD_TOKEN_RE.finditer(text, month.end(), hi))[:9]
    for k, tok in enumerate(toks[:6]):
        if tok.group().isdecimal() and len(tok.group()) == 4 and k == 0:
            return pos, tok.end()
        if k == 0 and tok.group().lower() in _CENTURY_WORDS and len(toks) > 1:
            # "nineteen fifty-two", "nineteen oh five": a year said as two pairs
            nxt = toks[1].group().lower()
            if nxt.split("-")[0] in _PAIR_WORDS and not text[tok.end() : toks[1].start()].strip():
                end = toks[1].end()
                if (
                    len(toks) > 2
                    and nxt in _TENS_WORDS | {"oh", "o"}
                    and toks[2].group().lower() in _UNIT_WORDS
                ):
                    end = toks[2].end()
                return pos, end
        if _hundred_word(tok.group()):
            end = tok.end()
            since = 0  # words since the last hundred or thousand
            joined = False
            for nxt in toks[k + 1 :]:
                if text[end : nxt.start()].strip() and not joined:
                    break  # a comma between: the year is over
                word = nxt.group().lower()
                if _hundred_word(word):
                    end, since, joined = nxt.end(), 0, False
                elif word in _YEAR_JOINERS and since <= 1:
                    joined = True
                    since += 1
                elif (
                    since == 0
                    or joined
                    and since <= 2
                    or since == 1
                    and word.endswith("ego")
                    or since == 1
                    and word[:1] == "و"
                    and len(word) > 3  # "واحد واربعين": "and" glued on
                ):
                    end, joined = nxt.end(), False
                    since += 1
                else:
                    break
            break
    return pos, end


_OLD_YEAR_RE = _rx(r"(?<!\d)(?:19[0-9][0-9]|200[0-9])(?!\d)")
_ASCII_DIGITS = {
    base + i: str(i) for base in (0x0660, 0x06F0, 0x09E6, 0x0A66) for i in range(10)
}  # Arabic-Indic, Eastern Arabic-Indic, Bengali and Gurmukhi digits


def _old_full_dates(text: str) -> Iterator[Span]:
    """A full date in a year before 2010 ("9 iunie 1956", "3/4/1961") is a date of birth."""
    for y in _OLD_YEAR_RE.finditer(text):
        for d in _DATE_RE.finditer(text, max(0, y.start() - 40), y.end()):
            if d.end() == y.end() and d.start() < y.start() and not d.group().isdecimal():
                if _MONTH_RE.search(d.group()) or re.search(r"\d[./-]\d", d.group()):
                    yield Span(d.start(), d.end(), DATE_OF_BIRTH, 0.55, "full date long ago")
                break


def _dobs(text: str, low: str) -> Iterator[Span]:
    for m in _label_matches(low):
        # the label must be a whole word (Latin) or at least start one
        if m.start() > 0 and (text[m.start() - 1].isalnum()):
            continue
        f = _DOB_FILLER_RE.match(text, m.end(), min(len(text), m.end() + 40))
        pos = f.end() if f else m.end()
        d = _DATE_RE.match(text, pos)
        if d is None or d.group().isdecimal():
            # "date of birth on my papers is 1 Jan 1988": a full date a few words on
            # (or further on in the same sentence: "asked for mum's date of birth to prove I
            # was allowed to talk for her, so I said 3/4/81")
            stop = _SENT_STOP_RE.search(text, m.end(), min(len(text), m.end() + 110))
            hi = stop.start() if stop else min(len(text), m.end() + 110)
            for cand in _DATE_RE.finditer(text, m.end(), hi):
                if not cand.group().isdecimal():
                    d = cand
                    break
        if d:
            year_only = d.group().isdecimal()
            if year_only and not (
                text[m.start() : m.end()].lower().startswith("born") or "ur" in m.group().lower()
            ):
                continue
            if year_only:
                v = _int(d.group())
                if v is None or not 1900 <= v <= 2099:
                    continue
            yield Span(d.start(), d.end(), DATE_OF_BIRTH, 0.9, "date after a birth label")
        worded = _worded_date(text, pos)
        if worded and (d is None or worded[1] > d.end()):
            yield Span(worded[0], worded[1], DATE_OF_BIRTH, 0.7, "date in words after a birth label")
    for m in _DOB_BEFORE_RE.finditer(text):
        lo = max(0, m.start() - 45)
        best = None
        for d in _DATE_RE.finditer(text, lo, m.start()):
            if d.group().isdecimal():
                continue
            best = d
        if best is not None and m.start() - best.end() <= 12:
            yield Span(best.start(), best.end(), DATE_OF_BIRTH, 0.75, "date before a birth verb")


# Urdu, Punjabi and Bengali written in Latin letters: "beti 5 saal ki hai", "meye 7 bochor", "umar 9 saal".
_ROMAN_KEYS = (
    "saal",
    "sal ",
    "bochor",
    "bochhor",
    "bosor",
    "baras",
    "boyosh",
    "umar",
    "umr",
    "omr",
    "mro",
    "umer",
    "boyos",
)
_ROMAN_AGE_RE = _lazy(
    r"(?<![\w£$€.,])(\d{1,3}[ \u00a0]?(?:saal|sal|bochor|bochhor|bosor|baras|varhe|mahine|mahiney|mash|maas))(?![\w])"
    r"(?=[ \u00a0]+(?:ki|ka|ke|ker|er|hai|he|hoy|hoyeche|hoise|hoyse|boyosh|boyos|di|da|de)(?![\w])|[ \u00a0]*(?:[,.)!?;]|$))"
)
_ROMAN_DURATION_RE = _lazy(
    r"(?:pichle|pichhle|last|for|gato|gotho|lagbhag|taqreeban|prai|since|ago)[ \u00a0]*$"
)


# After an "age" word in Arabizi or Banglish, any number with a unit of any script: "3omro 8 snin",
# "3umrah 10 سنين", "boyosh ৭ বছর", "umar 9 saal".
_ROMAN_AFTER_AGE_WORD_RE = _lazy(
    r"(?<![\w])(?:3omro|3omra|3omrha|3umro|3umra|3umrah|3omrah|omro|omra|umro|umra|umru|umrah|3mro|boyosh|boyos"
    r"|boyesh|umar|umr|umer)[ \u00a0]+((?:[\d\u0660-\u0669\u06f0-\u06f9\u09e6-\u09ef\u0a66-\u0a6f]{1,3})"
    r"(?:[ \u00a0]*(?:snin|sneen|sanawat|sana|sene|sine|3am|shhur|shuhur|ashhur|shahr|years?|yrs?|months?|saal|sal"
    r"|bochor|bochhor|bosor|baras|mash|maas|mahine|سنين|سنة|سنوات|شهور|أشهر|اشهر|سال|ماہ|বছর|মাস|ਸਾਲ|ਮਹੀਨੇ))?)"
    r"(?![\w])"
)


def _romanised(text: str, low: str) -> Iterator[Span]:
    for m in _ROMAN_AFTER_AGE_WORD_RE.finditer(low):
        yield Span(m.start(1), m.end(1), AGE, 0.6, "age after a romanised word for age")
    for m in _ROMAN_AGE_RE.finditer(low):
        if _ROMAN_DURATION_RE.search(low, max(0, m.start() - 12), m.start()):
            continue
        yield Span(m.start(1), m.end(1), AGE, 0.6, "age in romanised Urdu, Punjabi or Bengali")


# "Darius (opt ani)", "Zosia (cztery latka)", "Ben (eight)"; "Daria, de doi ani": an age in
# words in brackets, or after a name and a comma in Romanian ("of two years").
_WORDED_BRACKET_RE = _lazy(
    rf"\([ \u00a0]*((?:\d{{1,2}},5|{_EN_NUM}|{_PL_NUM}|{_RO_NUM})(?:[ \u00a0]+(?:{_RO_UNIT}|lat|lata|latka|latek|rok|roku"
    rf"|roczek|miesięcy|miesiące|miesiecy|years?|yrs?|months?)(?:[ \u00a0]+old)?"
    r"(?:[ \u00a0]+(?:și|si|i|and)[ \u00a0]+(?:jumătate|jumatate|pół|pol|a[ \u00a0]+half))?"
    # "(1 an si 2 luni)", "(2 lata i 3 miesiące)", "(1 year and 4 months)"
    rf"(?:[ \u00a0]+(?:și|si|i|and)[ \u00a0]+(?:{_EN_NUM}|{_PL_NUM}|{_RO_NUM})[ \u00a0]+(?:{_RO_UNIT}|miesięcy|miesiące"
    r"|miesiecy|months?|weeks?|tygodni|săptămâni|saptamani))?)?)"
    # "(un an și jumătate pe atunci)", "(6 tyg. w chwili zgłoszenia)": a word on when may follow
    r"(?:[ \u00a0]+(?:pe[ \u00a0]+atunci|atunci|acum|then|now|at[ \u00a0]+the[ \u00a0]+time|wtedy|teraz"
    r"|w[ \u00a0]+chwili[^()]{0,40}|în[ \u00a0]+momentul[^()]{0,40}))?[ \u00a0]*\)",
    re.IGNORECASE,
)
# "Zuzia ma 3 latka a Antoś półtora roku": an age straight after a name, its verb left out.
_PL_NAME_AGE_RE = _lazy(
    r"(?<![\w])(?!(?:Przez|Od|Po|Za|Na|Do|Przed|Co|Już|Około|Prawie|Ponad|Ok|Jeszcze|Tylko|Minęło|Minęły)[ \u00a0])"
    r"(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[a-ząćęłńóśźż]{1,15}[ \u00a0]+"
    rf"((?:{_PL_NUM})[ \u00a0]+(?:lat|lata|latka|latek|roku|rok|roczek|miesięcy|miesiące|tygodni|tygodnie))"
    r"(?=[ \u00a0]*(?:[,.;)]|i[ \u00a0]|a[ \u00a0]|$))"
)
# Bengali "আমার ২৫ বছর।" (I am 25): years said as one's own
_BN_MY_YEARS_RE = _lazy(
    rf"(?<![\w])(?:আমার|ওর|তার|ওনার|তাঁর|উনার)[ \u00a0]+(({_BN_NUM})[ \u00a0]*(?:বছর|মাস))(?=[ \u00a0]*(?:[।,!]|$|হলো|হল|হয়েছে))"
)
# Polish notes: "Zuzia (lat 4)", "Kubuś, lat 5,", "Ola (18 mies.)", "pan Kowalczyk, 67 l.,",
# "Staś (6 tyg. w chwili zgłoszenia)": the age with an abbreviated unit, or "lat" before it.
_PL_NOTE_AGE_RE = _lazy(
    r"(?:\(|(?<=[^\d\W]|\)),)[ \u00a0]*((?:lat|wiek)[ \u00a0]+\d{1,3}|\d{1,3}[ \u00a0]*(?:l|mies|mc|tyg|r\.[ \u00a0]?ż)\.)"
    r"(?=[ \u00a0]*(?:[),;]|w[ \u00a0]+chwili|wtedy|teraz|$))"
)
_RO_NAME_AGE_RE = _lazy(
    rf"(?:(?<![\w])[\wăâîșşțţ-]+,[ \u00a0]+de|\),)[ \u00a0]+(({_RO_NUM})[ \u00a0]+(?:de[ \u00a0]+)?{_RO_UNIT})(?=[ \u00a0]*[,.;)])"
    # "Ionuț de 9 ani și Bianca de 14 ani": a capitalised name, "de" and the age
    rf"|(?<=[\w,][ \u00a0])(?-i:[A-ZĂÂÎȘŞȚŢ])[\wăâîșşțţ-]+[ \u00a0]+de[ \u00a0]+(({_RO_NUM})[ \u00a0]+(?:de[ \u00a0]+)?{_RO_UNIT})"
    r"(?=[ \u00a0]*(?:[,.;)]|și|si|iar|are|a|e|era)(?![\w]))"
)  # "Daria, de doi ani,"; "Doreen Platt (apartamentul 19), 86 de ani,"
# Set off by commas after a name or a kinship word: "Ștefania Stoica, unsprezece ani, ...",
# "fiul meu, opt ani,", "Ola, jedenaście lat,".
_APPOSITION_AGE_RE = _lazy(
    rf"(?<=[^\d\W]),[ \u00a0]+((?:{_RO_NUM})[ \u00a0]+(?:de[ \u00a0]+)?{_RO_UNIT}|(?:{_PL_NUM})[ \u00a0]+"
    r"(?:lat|lata|latka|latek|rok|roczek|miesięcy|miesiące))(?=[ \u00a0]*[,.;)])"
)


# Number words of the four scripts, one by one: never a name ("আটাত্তর বছর" is 78 years).
SCRIPT_NUMBER_WORDS = frozenset(
    unicodedata.normalize("NFC", w)
    for block in (_AR_WORD_LIST, _UR_WORD_LIST, _BN_WORD_LIST, _PA_WORD_LIST)
    for w in block.split()
    if "_" not in w
)


def _worded_ages(text: str, language: str) -> Iterator[Span]:
    if "(" in text:
        for m in _WORDED_BRACKET_RE.finditer(text):
            if m.group(1)[:1].isdigit() and not m.group(1)[-1:].isalpha():
                continue  # "(7)": the bracketed-number rule decides by what comes before
            yield Span(m.start(1), m.end(1), AGE, 0.6, "an age in brackets")
    if language == "ro":
        for m in _RO_NAME_AGE_RE.finditer(text):
            g = 1 if m.group(1) else 3
            yield Span(m.start(g), m.end(g), AGE, 0.6, "an age after a name")
    if language == "pl" and ("lat " in text or "." in text):
        for m in _PL_NOTE_AGE_RE.finditer(text):
            yield Span(m.start(1), m.end(1), AGE, 0.6, "an age in a note (Polish)")
    if language == "pl":
        for m in _PL_NAME_AGE_RE.finditer(text):
            yield Span(m.start(1), m.end(1), AGE, 0.55, "an age after a name (Polish)")
    if language == "bn":
        for m in _BN_MY_YEARS_RE.finditer(text):
            yield Span(m.start(1), m.end(1), AGE, 0.6, "years said as one's own (Bengali)")
    if language in ("ro", "pl") and "," in text:
        for m in _APPOSITION_AGE_RE.finditer(text):
            yield Span(m.start(1), m.end(1), AGE, 0.55, "an age set off by commas")


def find(text: str, language: str) -> Iterator[Span]:
    """Ages and dates of birth in ``text``; every language is tried, the text decides."""
    if not text:
        return
    yield from _worded_ages(text, language)
    # same-length lower-case copy: case-sensitive regexes are several times faster
    low = text.lower()
    if len(low) != len(text):  # "İ" lower-cases to two characters: keep offsets aligned
        low = text.translate(_LOWER_TABLE)
    yield from _english(text, low, language)
    # which scripts and diacritics occur: one fast scan, a character set only when needed
    chars = frozenset(text) if _SPECIAL_CHAR_RE.search(text) else frozenset()
    if chars or language in ("pl", "ro") or "oed" in low:
        yield from _latin_other(text, language, chars)
    if chars:
        yield from _native(text, chars)
    if any(k in low for k in _ROMAN_KEYS):
        yield from _romanised(text, low)
    dobs = list(_dobs(text, low)) if any(k in low for k in _DOB_KEYS) else []
    yield from dobs
    # the scripts' digits read as ASCII ones (one character each, so the offsets hold): "੧੯ ਫ਼ਰਵਰੀ ੧੯੩੬"
    plain = text.translate(_ASCII_DIGITS) if chars else text
    if "19" in plain or "200" in plain:
        for span in _old_full_dates(plain):
            if not any(d.start <= span.start and span.end <= d.end for d in dobs):
                yield span
