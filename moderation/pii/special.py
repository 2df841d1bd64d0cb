"""HEALTH and OTHER_SPECIAL in Latin-script languages (English, Polish, Romanian, Welsh).

HEALTH: named conditions and disabilities ("asthma", "vascular dementia", "COPD",
"wheelchair user", "POChP", "epilepsie", "awtistiaeth").  OTHER_SPECIAL: ethnicity
or national origin, religion, immigration status ("I am Afghan", "a Hindu family",
"asylum seeker", "uchodźca", "refugiat").  Lexicons are matched on word
boundaries, case-insensitively (a few acronyms only in capitals); inflected forms
are covered by stems.  A nationality used for a language ("only in English",
"po polsku") is not reported.  Lexicons for every language are tried on every
story: a Polish story may mention "asthma" in English.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Iterator

from .spans import HEALTH, OTHER_SPECIAL, LazyPattern, Span

_B = r"(?<![\w])"  # start of word
_E = r"(?![\w])"  # end of word
_W = r"\w*"  # inflection

# --- HEALTH ------------------------------------------------------------------
_HEALTH_EN = r"""
(?:asthma(?:tic)?|eczema|emphysema|copd|bronchitis|bronchiectasis|pneumonia|tuberculosis
|cystic\ fibrosis|lung\ disease|chest\ condition|breathing\ (?:condition|problems)
|vascular\ dementia|frontotemporal\ dementia|early[-\ ]onset\ dementia|dementia|alzheimer'?s(?:\ disease)?|severe\ asthma|brittle\ asthma|chronic\ asthma|parkinson'?s(?:\ disease)?
|multiple\ sclerosis|motor\ neurone\ disease|cerebral\ palsy|muscular\ dystrophy|spina\ bifida
|epilepsy|epileptic|seizures|migraines?|stroke\ survivor|brain\ injury|head\ injury
|autism|autistic|asperger'?s|adhd|add|dyslexia|dyspraxia|learning\ disabilit(?:y|ies)|learning\ difficult(?:y|ies)
|down'?s\ syndrome|global\ developmental\ delay|developmental\ delay|sensory\ processing\ disorder
|post[-\ ]?natal\ depression|clinical\ depression|severe\ depression|depression|depressed|anxiety(?:\ disorder)?|panic\ attacks
|ptsd|post[-\ ]traumatic\ stress(?:\ disorder)?|ocd|obsessive[-\ ]compulsive\ disorder|bipolar(?:\ disorder)?
|schizophreni[ac]|psychosis|personality\ disorder|eating\ disorder|anorexia|bulimia|self[-\ ]harm
|mental\ health\ (?:condition|problems?|issues?|difficulties)|mental\ illness
|type\ [12]\ diabet(?:es|ic)|diabet(?:es|ic)|kidney\ (?:disease|failure)|renal\ failure|on\ dialysis|dialysis
|heart\ (?:condition|disease|failure|problems?)|angina|high\ blood\ pressure|hypertension
|cancer|leukaemia|leukemia|lymphoma|tumou?r|chemotherapy|chemo
|arthritis|rheumatoid\ arthritis|osteoporosis|fibromyalgia|chronic\ fatigue(?:\ syndrome)?|lupus|crohn'?s(?:\ disease)?
|colitis|ibs|sickle[-\ ]cell(?:\ disease|\ anaemia)?|thalassaemia|haemophilia|hiv|aids
|long\ covid|allerg(?:y|ies)|disabled|disability|disabilities|registered\ blind|partially\ sighted|visually\ impaired
|blind|deaf|hard\ of\ hearing|hearing\ impair(?:ed|ment)|mobility\ (?:problems|issues|impairment)
|wheelchair[-\ ]user|wheelchair[-\ ]bound|uses\ a\ wheelchair|in\ a\ wheelchair|wheelchair
|amputee|paralysed|paraplegic|quadriplegic|tetraplegic|incontinen(?:t|ce)|terminally\ ill|terminal\ illness
|pregnan(?:t|cy)|miscarriage
)"""
_HEALTH_PL = r"""
(?:astm\w*|egzem\w*|atopow\w*\ zapaleni\w*\ skóry|pochp|przewlekł\w*\ obturacyjn\w*\ chorob\w*\ płuc
|rozedm\w*|zapaleni\w*\ oskrzeli|gruźlic\w*|demencj\w*|otępieni\w*|alzheimer\w*|parkinson\w*
|stwardnieni\w*\ rozsian\w*|mózgow\w*\ poraż\w*|porażeni\w*\ mózgow\w*|padaczk\w*|epilepsj\w*
|autyzm\w*|autystyczn\w*|adhd|zespoł\w*\ (?:downa|aspergera)|zespół\ (?:downa|aspergera)|depresj\w*|nerwic\w*
|stan\w*\ lękow\w*|zaburzeni\w*\ lękow\w*|schizofreni\w*|choroba\ dwubiegunowa|chorob\w*\ dwubiegunow\w*
|cukrzyc\w*|niewydolnoś\w*\ nerek|chorob\w*\ nerek|dializ\w*|chorob\w*\ serca|nowotw\w*|rak\w*\ (?:płuc|piersi)
|białaczk\w*|chemioterapi\w*|reumatoidaln\w*|artretyzm\w*|niepełnospraw\w*|na\ wózku(?:\ inwalidzkim)?
|wózk\w*\ inwalidzk\w*|niewidom\w*|niedowidz\w*|niesłysząc\w*|głuch\w*|w\ ciąży|ciąż\w*
)"""
_HEALTH_RO = r"""
(?:astm\w*|eczem\w*|bpoc|bronhopneumopatie\ obstructivă\ cronică|emfizem\w*|bronșit\w*|tuberculoz\w*
|demenț\w*|dementa|alzheimer|parkinson|scleroz\w*\ multipl\w*|paralizie\ cerebrală|epilepsi\w*|epileptic\w*
|autism\w*|autist\w*|adhd|sindrom\w*\ down|depresi\w*|anxietat\w*|schizofreni\w*|tulburare\ bipolară
|diabet\w*|insuficienț\w*\ renal\w*|boal\w*\ de\ rinichi|dializ\w*|boal\w*\ de\ inimă|cancer\w*|leucemi\w*
|chimioterapi\w*|artrit\w*|dizabilit\w*|handicap\w*|în\ scaun\ cu\ rotile|scaun\w*\ cu\ rotile|nevăzăt\w*
|surd\w*|însărcinată|sarcin\w*
)"""
_HEALTH_CY = r"""
(?:asthma|ecsema|clefyd\ y\ siwgr|diabetes|dementia|clefyd\ alzheimer|epilepsi|awtistiaeth|awtistig
|iselder(?:\ ysbryd)?|gorbryder|sglerosis\ ymledol|parlys\ yr\ ymennydd|canser|anabledd\w*|anabl
|cadair\ olwyn|byddar|dall|clefyd\ yr\ arennau|clefyd\ y\ galon|beichiog
)"""

# Words that are conditions only in some uses: kept out of the case-insensitive
# lexicon above; matched in capitals only.
_HEALTH_ACRONYMS = LazyPattern(r"(?<![\w])(?:MS|ME|MND|TB|ADD)(?![\w])")
_MS_NOT = LazyPattern(r"\s+[A-Z][a-z]")  # "MS Smith" is a title in shouting

# --- OTHER_SPECIAL -------------------------------------------------------------
_NATION = r"""
(?:afghan|albanian|algerian|angolan|bangladeshi|bengali|bosnian|brazilian|bulgarian|burmese|cameroonian
|chinese|colombian|congolese|croatian|czech|egyptian|eritrean|ethiopian|filipin[oa]|gambian|ghanaian
|gujarati|indian|iranian|iraqi|jamaican|kenyan|kosovan|kurdish|kurd|latvian|lebanese|liberian|libyan
|lithuanian|malawian|moroccan|nepalese|nepali|nigerian|pakistani|palestinian|persian|polish|portuguese
|punjabi|romanian|russian|rwandan|senegalese|sierra\ leonean|slovak|somali|south\ african|sri\ lankan
|sudanese|syrian|tamil|turkish|ugandan|ukrainian|vietnamese|yemeni|zambian|zimbabwean|hungarian
|irish\ traveller|traveller|gypsy|roma|romany|romani|black\ british|black\ african|black\ caribbean
|black|asian|british\ asian|mixed[-\ ]race|mixed[-\ ]heritage|white\ british|white\ irish|arab|caribbean|african
|west\ indian|windrush|english|welsh|scottish|irish|british)
"""
_RELIGION = r"""
(?:muslims?|islam|islamic|hindus?|hinduism|sikhs?|sikhism|christians?|christianity|jews?|jewish|judaism
|catholics?|roman\ catholic|protestant|buddhists?|buddhism|orthodox|jehovah'?s\ witness(?:es)?|rastafarian
|pentecostal|evangelical|atheist|mosque|synagogue|gurdwara|mandir|temple|church(?:goer)?|hijab|niqab|turban|kosher|halal
|prayer\ mat|ramadan|eid|diwali|vaisakhi|shabbat|sabbath)
"""
_IMMIGRATION = r"""
(?:asylum[-\ ]seekers?|seeking\ asylum|claimed\ asylum|asylum|refugees?|refugee\ status|indefinite\ leave\ to\ remain
|leave\ to\ remain|ilr|no\ recourse\ to\ public\ funds|nrpf|pre[-\ ]settled\ status|settled\ status
|eu\ settlement\ scheme|undocumented|overstayer|visa\ status|immigration\ status|spousal\ visa|work\ visa
|student\ visa|stateless|home\ office\ (?:decision|interview)|deportation|detention\ centre)
"""
_SPECIAL_PL = r"""
(?:muzułman\w*|islam\w*|katoli\w*|prawosławn\w*|żyd\w*|żydowsk\w*|hindus\w*|sikh\w*|buddyj\w*|meczet\w*
|synagog\w*|polk[aąię]|polak\w*|rumun\w*|romsk\w*|cygan\w*|czarnoskór\w*|uchodźc\w*|uchodźczy\w*
|azyl\w*|status\w*\ osoby\ osiedlonej|status\w*\ osiedleńcz\w*|wiz\w*\ pobytow\w*|afgańsk\w*|afgańczyk\w*
|pakistańsk\w*|hindusk\w*|nigeryjsk\w*|somalijsk\w*|syryjsk\w*|ukraiń\w*)
"""
_SPECIAL_RO = r"""
(?:musulman\w*|islam\w*|ortodox\w*|catolic\w*|evreu|evreică|evrei|hindus\w*|sikh\w*|budist\w*|moschee
|sinagog\w*|biseric\w*|român(?:că|ca)?|romi|romă|rromi|rromă|țigan\w*|refugiat\w*|azil\w*|solicitant\w*\ de\ azil
|statut\w*\ de\ rezident|drept\w*\ de\ ședere|afgan\w*|pakistanez\w*|nigerian\w*|somalez\w*|sirian\w*|ucrainean\w*)
"""
_SPECIAL_CY = r"""
(?:mwslim\w*|islam|hindŵ|hindw|sich|cristion\w*|iddew\w*|catholig|bwdhydd|mosg|synagog|capel|eglwys
|ffoadur\w*|ceisiwr\ lloches|ceiswyr\ lloches|lloches|statws\ mewnfudo|sipsi\w*|teithiwr|teithwyr)
"""

_FLAGS = re.IGNORECASE | re.VERBOSE
_META = set("[(?*+.|{^$")


def _alternatives(group: str) -> list[str]:
    """Split ``(?:a|b|c)`` (verbose) into its top-level alternatives."""
    body = re.sub(r"(?<!\\)\s+", "", group)  # verbose: unescaped white space means nothing
    assert body.startswith("(?:") and body.endswith(")"), body[:20]
    body = body[3:-1]
    out, depth, cur, i = [], 0, [], 0
    while i < len(body):
        c = body[i]
        if c == "\\":
            cur.append(body[i : i + 2])
            i += 2
            continue
        if c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        if c == "|" and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(c)
        i += 1
    out.append("".join(cur))
    return [a for a in out if a]


def _prefix(alt: str) -> str:
    lit = []
    i = 0
    while i < len(alt) and len(lit) < 3:
        c = alt[i]
        if c == "\\" and i + 1 < len(alt) and not alt[i + 1].isalnum():
            lit.append(alt[i + 1])
            i += 2
            continue
        if c in _META or c == "\\":
            break
        if i + 1 < len(alt) and alt[i + 1] in "?*{":
            break  # optional character
        lit.append(c)
        i += 1
    return "".join(lit).lower()


class _Lexicon:
    """Alternatives indexed by their first letters, tried only where a word starts with them."""

    def __init__(self, *groups: str):
        self.index: dict[str, list[re.Pattern]] = {}
        for group in groups:
            for alt in _alternatives(group):
                key = _prefix(alt)
                if len(key) < 2:
                    raise ValueError(f"lexicon entry needs a literal start: {alt!r}")
                pat = re.compile("(?:" + alt + r")(?![\w])", re.IGNORECASE)
                self.index.setdefault(key[:3] if len(key) >= 3 else key, []).append(pat)
        # one lookup a word: a three-letter key's patterns with those of its two-letter start
        self.lookup: dict[str, list[re.Pattern]] = {
            key: pats + self.index.get(key[:2], []) for key, pats in self.index.items() if len(key) == 3
        }

    def finditer(self, text: str, words: list[tuple[int, str]]) -> list[tuple[int, int, str]]:
        out = []
        index, lookup = self.index, self.lookup
        last_end = -1
        for pos, low in words:
            if pos < last_end:
                continue  # inside the previous finding ("vascular dementia")
            pats = lookup.get(low[:3])
            if pats is None:
                pats = index.get(low[:2], ()) if len(low) >= 2 else ()
            best = None
            for pat in pats:
                m = pat.match(text, pos)
                if m and (best is None or m.end() > best.end()):
                    best = m
            if best is not None:
                out.append((best.start(), best.end(), best.group()))
                last_end = best.end()
        return out


_HEALTH_LEX = _Lexicon(_HEALTH_EN, _HEALTH_PL, _HEALTH_RO, _HEALTH_CY)
_NATION_LEX = _Lexicon(_NATION)
_SPECIAL_LEX = _Lexicon(_RELIGION, _IMMIGRATION, _SPECIAL_PL, _SPECIAL_RO, _SPECIAL_CY)
# The first three letters (or two) any lexicon entry starts with: a word that starts otherwise
# can match none of them, so the three walks skip it (one test a word instead of three lookups).
_STARTS3 = frozenset().union(*(lex.lookup for lex in (_HEALTH_LEX, _NATION_LEX, _SPECIAL_LEX)))
_STARTS2 = frozenset(k for lex in (_HEALTH_LEX, _NATION_LEX, _SPECIAL_LEX) for k in lex.index if len(k) == 2)
_WORDS = LazyPattern(r"(?<![\w])\w")
_start = operator.methodcaller("start")

# A nationality word used for a language or food, or in a generic phrase: not personal.
_LANG_BEFORE = LazyPattern(
    r"(?:\b(?:in|into|speak|speaks|spoke|speaking|spoken|read|reads|write|writes|translate[ds]?|translated\ into|"
    r"interpreter|translator|language|po|în|limba|yn)\s+(?:an?\s+)?)$",
    re.IGNORECASE,
)
_LANG_AFTER = LazyPattern(
    r"^\s+(?:language|speaker|speakers|interpreter|translator|translation|version|food|restaurant|shop|takeaway|"
    r"cooking|letter|leaflet|menu|mould|and\s+mould)\b",
    re.IGNORECASE,
)
# Words too ambiguous to report without a personal cue before them.
_AMBIGUOUS = frozenset(
    {
        "black",
        "asian",
        "african",
        "caribbean",
        "traveller",
        "roma",
        "arab",
        "temple",
        "church",
        "orthodox",
        "turban",
        "blind",
        "wheelchair",
        "add",
        "disabled",
        "disability",
        "asylum",
        "stroke",
        "sarcina",
        "sarcină",
        "sarcinii",
        "dall",
        "capel",
        "eglwys",
        "biserică",
        "biserica",
        "teithiwr",
        "teithwyr",
        "lloches",
        "pregnancy",
    }
)
_PERSONAL_CUE = LazyPattern(
    r"(?:\b(?:i'?m|i\s+am|we\s+are|we'?re|he\s+is|she\s+is|he'?s|she'?s|they\s+are|is|are|was|were|as\s+an?|an?|"
    r"our|my|his|her|their|a\s+fellow|being|am|uses|use|using|in\s+a|with|has|have|had|as)\s+(?:\w+\s+)?)$",
    re.IGNORECASE,
)
_HAS_CUE = LazyPattern(
    r"\b(?:has|have|had|with|got|diagnosed\s+with|suffers\s+from|suffering\s+from)\s+$", re.IGNORECASE
)
# Colour and region words are origins only about people.
_ORIGIN_AMBIGUOUS = frozenset(
    {
        "english",
        "welsh",
        "scottish",
        "irish",
        "british",
        "black",
        "asian",
        "african",
        "caribbean",
        "arab",
        "traveller",
        "roma",
        "white british",
        "white irish",
        "windrush",
    }
)
_ORIGIN_I_AM = LazyPattern(
    r"\b(?:i'?m|i\s+am|we\s+are|we'?re|he\s+is|she\s+is|he'?s|she'?s|they\s+are|they'?re|as\s+an?|being)\s+(?:an?\s+)?$",
    re.IGNORECASE,
)
_ORIGIN_NOUN = LazyPattern(
    r"\s+(?:british\s+|african\s+|caribbean\s+|muslim\s+)?(?:family|families|woman|women|man|men|person|people|tenant|tenants|resident|residents|"
    r"household|neighbour|neighbours|lady|girl|boy|lad|community|heritage|background|origin|descent|mother|father|"
    r"mum|dad|son|daughter|husband|wife|child|children|kids|staff|officer|worker|couple)\b",
    re.IGNORECASE,
)


_COUNTRIES = (
    "afghanistan|albania|algeria|angola|bangladesh|bosnia|brazil|bulgaria|burma|myanmar|cameroon|china|"
    "colombia|congo|the\\ congo|drc|croatia|czech\\ republic|egypt|eritrea|ethiopia|gambia|ghana|guinea|"
    "hong\\ kong|india|iran|iraq|ivory\\ coast|jamaica|kenya|kosovo|kurdistan|latvia|lebanon|liberia|libya|"
    "lithuania|malawi|morocco|nepal|nigeria|pakistan|palestine|gaza|the\\ philippines|philippines|poland|"
    "portugal|romania|russia|rwanda|senegal|sierra\\ leone|slovakia|somalia|somaliland|south\\ sudan|"
    "sri\\ lanka|sudan|syria|turkey|uganda|ukraine|vietnam|yemen|zambia|zimbabwe|hungary|"
    "polski|polsce|rumunii|ukrainy|afganistanu|syrii|românia|moldova|republica\\ moldova|siria|"
    "afganistan|ucraina|nigeria"
)
# "I came from Syria", "originally from Ghana", "born in Pakistan", "pochodzę z Polski", "sunt din România"
_ORIGIN_RE = LazyPattern(
    r"\b(?:originally\s+from|i'?m\s+from|i\s+am\s+from|we\s+are\s+from|we'?re\s+from|came\s+(?:here\s+)?from|"
    r"come\s+from|comes\s+from|refugees?\s+from|asylum[-\s]seekers?\s+from|fled(?:\s+from)?|escaped(?:\s+from)?|born\s+in|family\s+is\s+from|"
    r"pochodz\w*\s+z|uciek\w*\s+z|urodzi\w*\s+w|sunt\s+din|suntem\s+din|vin\s+din|am\s+fugit\s+din|"
    r"născut\w*\s+în|dw\s+i'n\s+dod\s+o|o)\s+(?P<c>" + _COUNTRIES + r")\b",
    re.IGNORECASE,
)


# The first word of every country above, for the cheap test before _ORIGIN_RE.
_COUNTRY_FIRST = frozenset(c.replace("\\ ", " ").split()[0] for c in _COUNTRIES.split("|")) - {"the"}
_LETTERS = LazyPattern(r"[^\W\d_]+")


def find(text: str, language: str) -> Iterator[Span]:
    return iter(_find(text))


def _find(text: str) -> list[Span]:
    if not text:
        return []
    out: list[Span] = []
    low = text.lower()
    # one lower-casing for the text, not one a word (where a letter lowers to two, as "İ", a word's own)
    same = len(low) == len(text)
    words = [
        (s, k)
        for s in map(_start, _WORDS.finditer(text))
        if (k := low[s : s + 3] if same else text[s : s + 3].lower()) in _STARTS3 or k[:2] in _STARTS2
    ]

    class _M:
        __slots__ = ("s", "e", "g")

        def __init__(self, t):
            self.s, self.e, self.g = t

        def start(self):
            return self.s

        def end(self):
            return self.e

        def group(self):
            return self.g

    for m in map(_M, _HEALTH_LEX.finditer(text, words)):
        word = m.group().lower()
        if word in _AMBIGUOUS and not _PERSONAL_CUE.search(text[max(0, m.start() - 40) : m.start()]):
            continue
        if word in ("add", "aids", "me", "tb") and not m.group().isupper():
            continue
        if word in ("blind",) and re.match(r"\s*(?:s|spot|eye|drunk)\b", text[m.end() : m.end() + 6], re.I):
            continue
        if word in (
            "migraine",
            "migraines",
            "seizures",
            "allergy",
            "allergies",
            "tumour",
            "tumor",
            "chemo",
            "pregnant",
            "pregnancy",
            "depressed",
        ) and not _PERSONAL_CUE.search(text[max(0, m.start() - 40) : m.start()]):
            continue
        out.append(Span(m.start(), m.end(), HEALTH, 0.75, "health lexicon"))
    for m in _HEALTH_ACRONYMS.finditer(text):
        if m.group() == "MS" and _MS_NOT.match(text, m.end()):
            continue
        if m.group() in ("ME", "MS", "ADD") and not _HAS_CUE.search(text[max(0, m.start() - 30) : m.start()]):
            continue
        out.append(Span(m.start(), m.end(), HEALTH, 0.7, "health acronym"))
    for m in map(_M, _NATION_LEX.finditer(text, words)):
        before = text[max(0, m.start() - 40) : m.start()]
        if _LANG_BEFORE.search(before) or _LANG_AFTER.match(text, m.end()):
            continue
        word = m.group().lower()
        if word in _ORIGIN_AMBIGUOUS and not (
            _ORIGIN_I_AM.search(before) or _ORIGIN_NOUN.match(text, m.end())
        ):
            continue
        if not m.group()[:1].isupper() and word not in ("mixed race", "mixed-race"):
            # nationalities are written with a capital; lower case only in all-lower-case stories
            if sum(1 for c in text[:2000] if c.isupper()) > 0.01 * min(len(text), 2000):
                continue
        out.append(Span(m.start(), m.end(), OTHER_SPECIAL, 0.7, "national or ethnic origin"))
    for m in map(_M, _SPECIAL_LEX.finditer(text, words)):
        word = m.group().lower()
        before = text[max(0, m.start() - 40) : m.start()]
        if word in _AMBIGUOUS and not _PERSONAL_CUE.search(before):
            continue
        if _LANG_BEFORE.search(before) and word.startswith(("român", "rumun", "polk", "polak")):
            continue
        out.append(Span(m.start(), m.end(), OTHER_SPECIAL, 0.7, "religion or immigration status"))
    if not _COUNTRY_FIRST.intersection(_LETTERS.findall(low)):
        return out  # no country named: the origin pattern cannot match (a cheap test first)
    for m in _ORIGIN_RE.finditer(text):
        if m.group(0).lower().startswith("o ") and language_is_not_welsh(text):
            continue
        out.append(Span(m.start("c"), m.end("c"), OTHER_SPECIAL, 0.6, "country of origin"))
    return out


def language_is_not_welsh(text: str) -> bool:
    """ "o" (Welsh "from") is only a cue in Welsh text."""
    return not re.search(r"\b(?:mae|yn|ac|rwy'n|dw i)\b", text[:500], re.IGNORECASE)
