"""Recall first: findings with no cue around them, made where a missed detail would cost
more than a false one (an editor rejects a false finding in one click).

These run after every recogniser, on the spans found so far, so they only add what nothing
else covers: an English word that no word list knows (a name typed in lower case, "tosin"),
a bare flat number with its letter ("in 3a"), and the name of a boat someone lives on.
"""

from __future__ import annotations

import functools
import re

from . import ages, names, scripts
from .spans import ADDRESS, AGE, DOUBT_CONFIDENCE, PERSON, Span

# A lower-case word of three letters or more, not part of a handle, e-mail or hyphenated word.
_LOWER_WORD = re.compile(r"(?<![\w@.'’-])[a-z]{3,}(?![\w@'’-])")
# "3a", "12B": a flat or house with its letter. Not "4G", "B12" or "Form 3a".
_FLAT_NUMBER = re.compile(r"(?<![\w/.,:-])\d{1,4}[a-fA-F](?![\w/-])")
_NOT_A_HOME = re.compile(
    r"(?:section|schedule|form|part|paragraph|para|clause|article|question|category|band|grade|level|class|"
    r"year|stage|size|type|rule|appendix|annex|item|page|step|point|option|box|table|figure|art|pkt|punkt|"
    r"alin|alineat|sekcja|formularz|etap)\.?\s*$",
    re.IGNORECASE,
)
# A boat lived on, and the name it carries: "the narrowboat Kestrel Moon", "a boat called Sally".
_BOAT = re.compile(
    r"(?i:\b(?:narrow\s?boat|houseboat|widebeam|wide\s?beam|barge|boat|cruiser|łódź|łodzi|łodzią|barka|barce|"
    r"barkę|ambarcațiunea|ambarcațiune|barja|vasul)\b)"
    r"(?:,?\s+(?i:called|named|nazywa\s+się|o\s+nazwie|numită|numit|pe\s+nume))?,?\s+[\"“‘']?"
    r"((?:[A-ZŁŚŻŹĆŃÓĘĄȘȚĂÂÎ][\w'’-]+)(?:\s+(?:[A-ZŁŚŻŹĆŃÓĘĄȘȚĂÂÎ][\w'’-]+|of|the|[IVX]+|\d{1,3})){0,3})"
)


def find_after(text: str, found: list[Span], language: str) -> list[Span]:
    """What to add to ``found`` (the recognisers' merged spans) when in doubt."""
    covered = bytearray(len(text) + 1)
    for span in found:
        covered[span.start : span.end] = b"\x01" * (span.end - span.start)
    out: list[Span] = []
    if language == "en":
        out += _unknown_lowercase_words(text, covered)
    if _FLAT_NUMBER.search(text):
        out += _flat_numbers(text, covered)
    typed = _typed_in_lower_case(text)
    if typed:
        present = set(_LOWER_WORDS.findall(text))
        if present & _TYPED_KEYS:
            out += _typed_addresses(text, covered, language)
        if present & _PLACE_KEYS:
            out += _lower_places(text, covered, language)
    out += _words_after_names(text, found, language)
    out += _names_in_lists(text, found)
    out += _signed_name(text, covered, language)
    low = text.lower()
    if any(k in low for k in _AKA_KEYS) and _AKA_WORDS.search(text):
        out += _also_known_as(text, covered)
    if language in ("pl", "ro"):
        out += _names_after_relations(text, covered, language)
    if typed and language in ("en", "pl", "ro"):
        out += _lowercase_names_after_cues(text, covered, language)
    if language in ("en", "pl", "ro") and any(k in low for k in _STATED_KEYS) and _STATED_AGE.search(text):
        for m in _STATED_AGE.finditer(text):
            g = next(i for i in (1, 2, 3) if m.group(i))
            out.append(Span(m.start(g), m.end(g), AGE, 0.5, "an age stated"))
    if language == "en" and ("my " in text or "our " in text or "My " in text):
        out += _my_capitalised(text, covered)
    if "oat" in text or "arge" in text or "łod" in text or "łódź" in text or "barc" in text or "vas" in text:
        out += _boats(text, covered)
    return out


_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+)([^\W\d_])")
_LATIN_LOWER_RUN = re.compile(r"(?<![A-Za-z])[a-z]{2,}[ \u00a0]+[a-z]{2,}(?![A-Za-z])")


def _typed_in_lower_case(text: str) -> bool:
    """Text typed on a phone without capitals (most sentences start in lower case, or "i"
    stands alone), or Latin words in lower case inside a script ("fi flat 2 no 58 albert rd"):
    only there do the lower-case rules look, as elsewhere names and streets carry capitals."""
    if " i " in text:
        return True
    starts = _SENTENCE_START.findall(text)
    if starts and sum(1 for c in starts if c.islower()) * 2 >= len(starts):
        return True
    return not text.isascii() and _LATIN_LOWER_RUN.search(text) is not None


def _unknown_lowercase_words(text: str, covered: bytearray) -> list[Span]:
    lists = names._lists()
    proper, places, common = lists["proper"], lists["places"], lists["en"]
    out = []
    for m in _LOWER_WORD.finditer(text):
        word = m.group()
        if word in common or covered[m.start()] or word in proper or word in places or _english_word(word):
            continue
        out.append(
            Span(m.start(), m.end(), PERSON, DOUBT_CONFIDENCE, "a word no word list knows: perhaps a name")
        )
    return out


_SUFFIXES = ("ments", "ment", "ness", "ings", "ing", "ers", "er", "ed", "es", "s", "ly", "d", "r")
_PREFIXES = ("under", "over", "mal", "non", "pre", "re", "un", "de")


@functools.lru_cache(maxsize=1)
def _typed_without_diacritics() -> frozenset[str]:
    """Polish and Romanian words as they are typed without their marks ("plesn" for "pleśń"):
    a translated page keeps its Polish slug. Built only when an unknown word is met."""
    lists = names._lists()
    return frozenset(w.translate(ages._PLAIN) for key in ("pl", "ro") for w in lists[key] if not w.isascii())


# Everyday words of Scots, Geordie, Scouse, Yorkshire, Black Country and Caribbean English.
_DIALECT_WORDS = frozenset(
    """hoose hooses oot aboot fae frae cannae wouldnae couldnae didnae dinnae disnae isnae wasnae willnae
    telt nowt owt summat reet ower bairn bairns wor hersel himsel masel mysel yersel naebody nae gaun gan gans
    gannin feart oan aff oor roon gied divvent dinnet ahm ah'm aye nay wee ken kent yous youse innit wagwan
    yuh dem di mi gwaan pickney pickney's nuh likkle bredda sistren bwoy gyal fi seh seh wah nuffin nuttin
    sumfink summink nuffink anyfink ain't aint gonna wanna gotta lemme gimme kinda sorta dunno y'know
    ta tara ta-ra mam mum's nan nana grandad our'kid ourkid la lad lads lass lasses scran scally sound boss
    bevvy our yer ye youse yiz yez hinny pet canny clarty hacky hoy bonny bonnie greetin greeting messages
    messages' stair stairheid close closemouth weans wean ben dreich glaikit bampot numpty eejit
    babby bab ar ar' owd yow yo' yam ow'd wench ma'am 'em o' wi' t' th' 'bout 'cause cos coz""".split()
)


def _english_word(word: str) -> bool:
    """A word of the lists, or one made of them: an ending or a prefix on a listed word
    ("replastered", "sustainment"), or two listed words of three letters or more ("worktop")."""
    if names.everyday_latin_word(word):
        return True
    if word in _DIALECT_WORDS:
        return True
    common = names.common_english()
    if word.endswith("in") and len(word) >= 5 and (word + "g") in common:
        return True  # "sayin", "housin": the g dropped
    stems = [word[: -len(x)] for x in _SUFFIXES if word.endswith(x)]
    stems += [word[len(x) :] for x in _PREFIXES if word.startswith(x)]
    stems += [s[len(x) :] for s in list(stems) for x in _PREFIXES if s.startswith(x)]
    if any(len(s) >= 4 and (s in common or s + "e" in common) for s in stems):
        return True
    if len(word) >= 7 and any(word[:k] in common and word[k:] in common for k in range(3, len(word) - 2)):
        return True
    return word in _typed_without_diacritics()


_NEXT_WORD = re.compile(r"[ \u00a0]([^\W\d_][^\W\d_'’-]*(?:-[^\W\d_]+)?)(?![\w'’])")


@functools.lru_cache(maxsize=1)
def _surnames_typed_plain() -> frozenset[str]:
    """Surnames as typed without their marks ("wozniak" for "Woźniak")."""
    return frozenset(w.translate(ages._PLAIN) for w in names._lists()["sur"] if not w.isascii())


_TITLE_BEFORE = re.compile(
    r"(?<![\w])(?:mr|mrs|ms|miss|mx|dr|cllr|pan|pani|panią|pana|domnul|doamna|dl|dna|d-na)\.?[ \u00a0]+$",
    re.IGNORECASE,
)
_NOT_SURNAME = frozenset(
    """homes housing council group trust association services service ltd limited church school primary academy
    college surgery hospital road street lane court house tower""".split()
)


def _words_after_names(text: str, found: list[Span], language: str) -> list[Span]:
    """The family name after a found given name: "marek wozniak" typed in lower case (a listed
    surname), "Mei Ling Ng" (a short capitalised word no list knows)."""
    if language not in ("en", "cy", "pl", "ro"):
        return []
    lists = names._lists()
    out = []
    for span in found:
        if span.kind != PERSON or span.confidence <= DOUBT_CONFIDENCE:
            continue
        m = _NEXT_WORD.match(text, span.end)
        if not m:
            continue
        word = m.group(1)
        low = word.lower()
        if (
            names.function_word(low)
            or low in names._TITLES
            or low in names._RELATION
            or low in names._MONTHS_DAYS
            # "andrei de 3 ani": a short word of the story's language, not the surname "De"
            or (word.islower() and len(low) <= 3 and (low in lists.get(language, ()) or low in lists["en"]))
        ):
            continue
        listed = low in lists["sur"] or low in _surnames_typed_plain()
        if (
            not listed
            and word[:1].isupper()
            and _TITLE_BEFORE.search(text, max(0, span.start - 12), span.start)
        ):
            # "Mr Deklan Fury": after a title and a given name, the capitalised word is the surname
            listed = low not in _NOT_SURNAME and low not in lists["places"]
        unknown = (
            word[:1].isupper()
            and low not in lists["places"]
            and (
                not names.everyday_latin_word(low) or (len(word) == 2 and word[1:].islower())  # "Ng", "Wu"
            )
        )
        if listed and (word[:1].isupper() or text[span.start : span.start + 1].islower()) or unknown:
            out.append(
                Span(span.start, m.end(1), PERSON, span.confidence, "a family name after a found name")
            )
    return out


_CAPITALISED = re.compile(r"(?<![\w'’.-])([A-ZĄĆĘŁŃÓŚŹŻĂÂÎȘŞȚŢ][^\W\d_]+)(?![\w'’-])")
_WORDS_BEFORE = re.compile(r"([^\W\d_]+)[ \u00a0,]*$")


@functools.lru_cache(maxsize=1)
def _relation_prefixes() -> frozenset[str]:
    """The first three letters of every kinship and role word: a cheap first test."""
    return frozenset(w[:3] for w in names.RELATION_WORDS)


@functools.lru_cache(maxsize=20_000)
def _relation(word: str, language: str) -> bool:
    low = word.lower()
    if low in names.RELATION_WORDS:
        return True
    stems = set(names._pl_stems(low) if language == "pl" else names._ro_stems(low))
    # a noun's other cases: "wnuczki" (wnuczka), "sąsiadem" (sąsiad), "vecinei" (vecina)
    stems |= {
        low[: -len(e)] + r for e in ("i", "y", "ą", "ę", "e", "ei") for r in ("a", "") if low.endswith(e)
    }
    stems |= {low[: -len(e)] for e in ("em", "owi", "u", "a", "ului", "ul") if low.endswith(e)}
    return any(s in names.RELATION_WORDS for s in stems)


def _names_after_relations(text: str, covered: bytearray, language: str) -> list[Span]:
    """Polish and Romanian: the name after a kinship or role word in any case ("wnuczki
    Oliwki", "sąsiadka z naprzeciwka, Jolka", "vecina de la etajul doi, Geta")."""
    out = []
    for m in _CAPITALISED.finditer(text):
        start, end = m.span(1)
        if covered[start]:
            continue
        before = text[max(0, start - 60) : start]
        # up to four words back, within the sentence: a relation, then only lower-case words
        words = re.split(r"[ \u00a0,]+", re.split(r"[.!?;:\n]", before)[-1].strip(" \u00a0,"))
        words = [w for w in words if w][-4:]
        hit = False
        for k in range(len(words) - 1, -1, -1):
            if _relation(words[k], language):
                hit = True
                break
            if not words[k].islower():
                break
        low = m.group(1).lower()
        if (
            not hit
            or names.function_word(low)
            or low in names._MONTHS_DAYS
            or low in names._lists()["places"]
        ):
            continue
        out.append(Span(start, end, PERSON, 0.5, "a name after a kinship or role word"))
    return out


_SEP = r"[ \u00a0]*[,،][ \u00a0]*"
_ITEM = re.compile(rf"\)?{_SEP}([^\W\d_][^\s,،;؛.:()\d]*(?:[ \u00a0]+[^\W\d_][^\s,،;؛.:()\d]*){{0,2}}){_SEP}")


def _names_in_lists(text: str, found: list[Span]) -> list[Span]:
    """An item of a list of names is a name: "هيوا كريم، لي وي، جانيت بيل", "Ghiță), Mei Ling
    Zhou, Delroy Baptiste": one to three words between two names found, set off by commas."""
    people = [s for s in found if s.kind == PERSON and s.confidence > DOUBT_CONFIDENCE]
    out = []
    for a, b in zip(people, people[1:], strict=False):
        m = _ITEM.fullmatch(text, a.end, b.start)
        if m and not names.function_word(m.group(1).split()[0]):
            out.append(Span(m.start(1), m.end(1), PERSON, 0.5, "an item in a list of names"))
    return out


_AKA_WORDS = re.compile(
    r"(?<![\w])(?:aka|a\.k\.a\.?|alias|urf|ਉਰਫ਼|ਉਰਫ|عرف|عرفی|উরফে|zwany|zwana|zwaną|zis|zisă|zisa)(?![\w])",
    re.IGNORECASE,
)
_AKA_KEYS = ("aka", "a.k.a", "alias", "urf", "ਉਰਫ", "عرف", "উরফে", "zwan", "zis")
_STATED_KEYS = ("makes ", "making ", "lat ", "deci ", "adic")
_WORD_BEFORE = re.compile(r"([^\W\d_][^\s,،;؛.:()]*)[ \u00a0]+$")
_WORD_AFTER = re.compile(r"[ \u00a0]+[\"“'‘]?([^\W\d_][^\s,،;؛.:()\"”'’]*)")


def _also_known_as(text: str, covered: bytearray) -> list[Span]:
    """Both sides of "aka": "Wiktoria aka Wiki", "ਸਿਮਰਨਜੀਤ ਉਰਫ਼ ਸਿੰਮੀ"."""
    out = []
    for m in _AKA_WORDS.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        after = _WORD_AFTER.match(text, m.end())
        if m.group().lower().startswith("zis") and not (after and after.group(1)[:1].isupper()):
            continue  # Romanian "o zis cî" (she said that), not "Vasile zis Gică"
        for side in (before, after):
            if side and not covered[side.start(1)] and not names.function_word(side.group(1)):
                out.append(Span(side.start(1), side.end(1), PERSON, 0.5, "a name and the name it goes by"))
    return out


_LAST_LINE = re.compile(r"[.!?۔।؟\n]([^.!?۔।؟\n]{1,40})$")
_SIGN_WORD = re.compile(
    r"[^\W\d_][\w\u064b-\u065f\u0670\u0981-\u0983\u09bc-\u09d7\u0a01-\u0a03\u0a3c-\u0a51'’-]*"
)


def _signed_name(text: str, covered: bytearray, language: str) -> list[Span]:
    """A message signed with a name and an emoji after its last sentence: "... نور ✌️"."""
    m = _LAST_LINE.search(text.rstrip())
    if not m:
        return []
    words = list(_SIGN_WORD.finditer(text, m.start(1), m.end(1)))
    if not 1 <= len(words) <= 2 or any(covered[w.start()] for w in words):
        return []
    for w in words:
        word = w.group()
        script = scripts.script_of(word)
        if script is not None:
            if not (scripts.known_name(word, script) or scripts.could_be_name(word, language)):
                return []
        elif not word[:1].isupper() or (
            names.everyday_latin_word(word) and word.lower() not in names._lists()["first"]
        ):
            return []
    return [Span(words[0].start(), words[-1].end(), PERSON, 0.5, "a name signing off a message")]


_STREET_TYPES = (
    r"rd|road|st|street|ave|av|avenue|ln|lane|sq|square|cl|close|cres|crescent|ct|court|dr|drive|gdns|gardens|gr"
    r"|grove|tce|terrace|pl|place|way|walk|row|hill|park|view|rise|mews|green|vale|quay|quays|wharf|yard|fold|croft"
    r"|meadows|chase"
)
# "42 dunstall rd", "no 9 cannon st", "flt 4b 27 marlow rd": a house number, one to three words
# of any case, a street type (typed in lower case on a phone)
_LATIN_STREET = re.compile(
    rf"(?i:(?<![\w/.,:-])(?:(?:(?:ground|first|second|third|top|basement|upstairs|downstairs|bottom)[ \u00a0]+"
    rf"(?:floor[ \u00a0]+)?(?:flat|flt)[ \u00a0]*(?:at)?,?[ \u00a0]+)|(?:flt|flat|apt|mieszk)\.?[ \u00a0]*\d{{1,4}}[a-z]?[ \u00a0,]+)?"
    rf"(?:no\.?|nr\.?|number)?[ \u00a0]*"
    rf"(?:\d{{1,4}}[a-z]?|(?<=at )(?:{ages._EN_WORD})),?[ \u00a0]+((?:[a-zà-ÿ'’-]+[ \u00a0]+){{1,3}}?(?:{_STREET_TYPES})\.?)(?![\w]))"
)  # "i live at forty three cranmer road": a house number said
# "kestrel hse", "tolworth twrs", "parkview est": a named block or estate, typed short
_LATIN_BLOCK = re.compile(
    r"(?i:(?<![\w])(?:of|at|in|on|from|w|we|na|la|z|ze|fi|din|în|(?:flat|flt|apt)\.?[ \u00a0]*\d{1,4}[a-z]?,?)"
    r"[ \u00a0]+(?:the[ \u00a0]+)?"
    r"((?:[a-zà-ÿ'’-]+[ \u00a0]+){1,2}(?:hse|house|twrs|tower|towers|est|estate|ct|court|lodge|point|heights|mansions)"
    r"\.?)(?![\w]))"
)


_BLOCK_SHORT = frozenset({"hse", "twrs", "est", "ct"})


def _lists_of(language: str) -> frozenset[str]:
    """The story's own language's everyday words (English has none apart here)."""
    return names._lists().get(language, frozenset()) if language not in ("en", "cy") else frozenset()


# where a street type or a block's kind stands: the address patterns are tried just before it
_KIND_WORD = re.compile(
    rf"(?i:(?<![\w])(?:{_STREET_TYPES}|hse|house|twrs|tower|towers|est|estate|lodge|point|heights|mansions)\.?(?![\w]))"
)
_LOWER_WORDS = re.compile(r"[a-z]+")
# a street type, a block's kind or a short flat word must be there for _typed_addresses to look
_TYPED_KEYS = frozenset(
    _STREET_TYPES.replace('r"', "").replace('"', "").replace("|", " ").split()
    + "hse house twrs tower towers est estate ct court lodge point heights mansions flt mieszk".split()
)
_PLACE_KEYS = frozenset(
    "academy primary school surgery practice centre masjid mosque church gurdwara mandir temple nursery".split()
)


# "princess road medical practice", "st aidan's rc primary", "bow jame masjid": a school,
# surgery or place of worship named in lower case, one to four words before its kind
_LOWER_PLACE = re.compile(
    r"(?<![\w'’-])((?:[a-z][a-z'’.-]*[ \u00a0]+){1,4}?)(academy|primary|primary school|junior school|high school|"
    r"surgery|medical practice|medical centre|health centre|practice|school|masjid|mosque|church|gurdwara|mandir|temple|nursery"
    r"|day centre|community centre)(?![\w])"
)
_PLACE_WORDS = frozenset("road street lane park green view hill vale avenue st rc ce church".split())


def _lower_places(text: str, covered: bytearray, language: str) -> list[Span]:
    out = []
    own = _lists_of(language)
    for m in _LOWER_PLACE.finditer(text):
        words = m.group(1).split()
        # the name is the words next to its kind, back to a function word or a word of the story's
        # own language: "at our local surgery" has none, "ke gp kingfisher road practice" two
        keep = len(words)
        while keep and not (
            (names.function_word(words[keep - 1]) and words[keep - 1] not in _PLACE_WORDS)
            or words[keep - 1] in ("my", "our", "the", "local")
            or words[keep - 1] in own
        ):
            keep -= 1
        words = words[keep:]
        if not words:
            continue
        words = [
            w for w in words if re.sub(r"['’]s?$", "", w) not in names.RELATION_WORDS
        ]  # "daughter's school"
        if not words or all(
            names.everyday_latin_word(re.sub(r"['’]s?$", "", w).strip("'’.")) and w not in _PLACE_WORDS
            for w in words
        ):
            continue  # "the big church": everyday words are no name
        start = m.start(1) + m.group(1).rindex(words[0] + " ", 0, len(m.group(1)) - len(" ".join(words[1:])))
        out.append(
            Span(start, m.end(2), ADDRESS, 0.5, "a school, surgery or place of worship named in lower case")
        )
    return out


_SHORT_FLAT = re.compile(r"(?i:(?<![\w])(?:flt|mieszk)\.?[ \u00a0]*\d{1,4}[a-z]?(?![\w]))")


def _typed_addresses(text: str, covered: bytearray, language: str) -> list[Span]:
    out = [
        Span(m.start(), m.end(), ADDRESS, 0.5, "a flat number, written short")
        for m in _SHORT_FLAT.finditer(text)
    ]
    seen: set[tuple[int, int]] = set()
    for kind_word in _KIND_WORD.finditer(text):
        lo, hi = max(0, kind_word.start() - 90), kind_word.end() + 1
        for rx in (_LATIN_STREET, _LATIN_BLOCK):
            for m in rx.finditer(text, lo, min(hi, len(text))):
                if m.end(1) > kind_word.end() + 1 or (m.start(), m.end(1)) in seen:
                    continue
                seen.add((m.start(), m.end(1)))
                out.extend(_typed_address(text, m, rx, language))
    return out


def _typed_address(text: str, m: re.Match[str], rx: re.Pattern[str], language: str) -> list[Span]:
    words = m.group(1).split()
    kind, words = words[-1].lower().rstrip("."), words[:-1]
    if any(names.function_word(w) or w.isdigit() for w in words):
        return []  # "5 miles down the road"
    if (
        rx is _LATIN_BLOCK
        and kind not in _BLOCK_SHORT
        and all(names.everyday_latin_word(w) for w in words)
        # "mieszkam w kestrel house": English words inside another language are the block's name
        and (language == "en" or any(w.lower() in _lists_of(language) for w in words))
    ):
        return []  # "in the whole house": a named block is written short, or named by a rarer word
    start = m.start() if rx is _LATIN_STREET else m.start(1)
    while start < m.end() and not text[start].isalnum():
        start += 1
    return [Span(start, m.end(1), ADDRESS, 0.5, "an address typed without capitals")]


_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_TWO_WORD_CUES = frozenset(
    {"nazywam się", "nazywam sie", "my name", "name is", "i am", "mă numesc", "ma numesc"}
)
_TITLES = frozenset(
    "pan pani pana panią panem panu domnul doamna domnului doamnei dl dna mr mrs ms miss".split()
)
_INTROS = frozenset("jestem eu ja i'm im".split())


def _listed_given_name(word: str, language: str) -> bool:
    lists = names._lists()
    first = lists["first"]
    if word in first or word.translate(ages._PLAIN) in names._folded_first():
        return True
    stems = names._pl_stems(word) if language == "pl" else names._ro_stems(word) if language == "ro" else ()
    return any(s in first for s in stems)


def _lowercase_names_after_cues(text: str, covered: bytearray, language: str) -> list[Span]:
    """A name typed in lower case after a title, an introduction or a kinship or job word:
    "pan lee", "domnul whitfield", "jestem kaśka", "eu florin", "terapeutka ruth", "mąż piotrek"."""
    lists = names._lists()
    words = list(_WORD.finditer(text))
    out = []
    prefixes = _relation_prefixes()
    for i in range(len(words) - 1):
        cue = words[i]
        low = cue.group().lower()
        if (
            low[:3] not in prefixes
            and low not in _INTROS
            and low not in _TITLES
            and low not in ("is", "am", "numesc", "się", "sie")
        ):
            continue  # no cue word here: most words stop at this set lookup
        nxt = words[i + 1]
        if text[cue.end() : nxt.start()].strip(" \u00a0,") or covered[nxt.start()]:
            continue
        word = nxt.group()
        if not word.islower() or len(word) < 2 or names.function_word(word):
            continue
        pair = f"{words[i - 1].group().lower()} {low}" if i else ""
        titled = low in _TITLES
        intro = low in _INTROS or pair in _TWO_WORD_CUES
        if not (titled or intro):
            # a kinship or job word: the cheap refusals first, then the word itself
            if len(word) < 4 and names.everyday_latin_word(word):
                continue
            if not _relation(low, language if language in ("pl", "ro") else "pl"):
                continue
        given = _listed_given_name(word, language)
        if (
            names.function_word(word)
            or word in names._MONTHS_DAYS
            # "terapeutka zajęciowa": the job's adjective (not "my nan rose": a given name stays)
            or (word in names._NOT_AFTER_RELATION and not names.known_first_name(word))
            or re.match(r"[^\W\d_]{1,2}-", word)
        ):
            continue  # nor a Romanian clitic ("m-a", "mi-a")
        everyday = names.everyday_latin_word(word)
        if intro and not given:
            continue  # after "I'm", "eu", "jestem": only a listed given name ("jestem zmęczona")
        if (
            not titled
            and not intro
            and everyday
            and not (given and language in ("pl", "ro") and len(word) >= 4)
        ):
            continue  # "vecina mea", "the officer said": an everyday word after a kin word
        if (
            titled
            and everyday
            and not given
            and word not in lists["sur"]
            and not names._SURNAME_SHAPE.search(word)
        ):
            continue  # "pan jest": after a title, any word but an everyday one that is no name
        end = nxt.end()
        if i + 2 < len(words):
            second = words[i + 2]
            if (
                not text[nxt.end() : second.start()].strip(" \u00a0")
                and (second.group() in lists["sur"] or _surname_typed(second.group()))
                and not names.function_word(second.group())
            ):
                end = second.end()  # "radnego tomasza wilka", "bozena lis"
        out.append(Span(nxt.start(), end, PERSON, 0.5, "a name in lower case after a title or kinship word"))
    return out


def _surname_typed(word: str) -> bool:
    return word in _surnames_typed_plain() or word.translate(ages._PLAIN) in _surnames_typed_plain()


# "which makes me 81", "lat 77" (Polish: aged 77), "deci 81 de ani" (so 81 years old)
_STATED_AGE = re.compile(
    r"(?i:(?<![\w])(?:makes[ \u00a0]+(?:me|him|her|them)|making[ \u00a0]+(?:me|him|her))[ \u00a0]+(\d{1,3})(?![\w%£$]|[.,]\d)"
    r"(?![ \u00a0]*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|times?|pounds?|quid|miles?))"
    r"|(?<![\w]),?[ \u00a0]*lat[ \u00a0]+(\d{1,3})(?![\w%£$]|[.,]\d)(?![ \u00a0]*(?:temu|później|pozniej))"
    r"|(?<![\w])(?:deci|adică|adica)[ \u00a0]+(\d{1,3}[ \u00a0]+(?:de[ \u00a0]+)?ani)(?![\w]))"
)
# "since my Frank died": "my" or "our" and a capitalised word mid-sentence is someone close
_MY_CAPITALISED = re.compile(r"(?<=[a-z,;] )(?:my|our)[ \u00a0]+([A-Z][a-z'’-]{2,})(?![\w'’-])")


def _my_capitalised(text: str, covered: bytearray) -> list[Span]:
    lists = names._lists()
    out = []
    for m in _MY_CAPITALISED.finditer(text):
        word = m.group(1)
        low = word.lower()
        if (
            covered[m.start(1)]
            or low in names._MONTHS_DAYS
            or low in lists["places"]
            or low in names._RELATION
        ):
            continue
        if low in lists["first"] or not names.everyday_latin_word(low) or low in names.common_english():
            out.append(Span(m.start(1), m.end(1), PERSON, 0.5, "a capitalised word after my or our"))
    return out


def _flat_numbers(text: str, covered: bytearray) -> list[Span]:
    out = []
    for m in _FLAT_NUMBER.finditer(text):
        if covered[m.start()] or _NOT_A_HOME.search(text, max(0, m.start() - 20), m.start()):
            continue
        out.append(Span(m.start(), m.end(), ADDRESS, 0.5, "a flat or house number with its letter"))
    return out


def _boats(text: str, covered: bytearray) -> list[Span]:
    out = []
    for m in _BOAT.finditer(text):
        start, end = m.span(1)
        if not covered[start]:
            out.append(Span(start, end, ADDRESS, 0.5, "the name of a boat lived on"))
    return out
