"""PERSON names in Latin script (English, Polish, Romanian, Welsh, and Latin-script
names inside stories in other scripts).

How a word becomes a name, strongest evidence first:

1. Cue words before it: a title (Mr, Mrs, Cllr, pani, domnul...), an introduction
   ("my name is", "I'm", "called", "Nazywam się", "Numele meu este", "Fy enw i
   yw"...), a relation or role ("my son", "my neighbour", "the officer,",
   "mąż", "fiul meu", "fy merch,"...).  After these even lower-case names and
   names that are also common words ("sunny", "Will") are taken.
2. Cue words after it: "X said", "X from repairs", "X, my little boy", "X is my
   name", "X ydw i".
3. Lists: a capitalised word that is a known given name and not an ordinary word
   ("Nkechi", "Trevor"); mid-sentence also names that are ordinary words
   ("Grace", "Robin", "Bill"), but not months, places, nationalities...
4. Shape: a capitalised word mid-sentence that is neither an ordinary word nor a
   known place ("Lindqvist", "Oduya"); in English also at a sentence start.
5. Spread: a name found once is marked wherever the same word appears
   (capitalised, or in any case in an all-lower-case story); following surnames
   and particles are joined ("Nkechi Obi", "Dafydd ap Gwilym").

Titles and a possessive 's stay outside the span.  Word lists live in
data/names/ (see build.py there); they are loaded once, lazily.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from .spans import PERSON, Span

DATA = Path(__file__).resolve().parent / "data" / "names"

_L = "A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ\u0300-\u036f"
_TOKEN = re.compile(rf"[{_L}]+(?:['’\-][{_L}]+)*")
_POSSESSIVE = re.compile(r"['’]s$")
_SENT_END = set('.!?:;\n•*"“”«»()[]')  # punctuation that starts a new unit of text


def _load(name: str) -> frozenset[str]:
    """One entry a line, stripped; blank lines and lines starting with '#' left out."""
    try:
        with open(DATA / name, encoding="utf-8") as fh:
            text = fh.read()
    except OSError:
        return frozenset()
    if text.startswith("#") or "\n#" in text:  # hand lists with comments: line by line
        return frozenset(
            line.strip() for line in text.split("\n") if line.strip() and not line.startswith("#")
        )
    # the generated lists (a quarter of a million lines): split and strip in C
    entries = set(map(str.strip, text.split("\n")))
    entries.discard("")
    return frozenset(entries)


def _load_words(name: str) -> frozenset[str]:
    """A hand list with several words a line ('#' lines are comments)."""
    return frozenset(w for line in _load(name) for w in line.split())


class _Lists(Mapping[str, frozenset[str]]):
    """The word lists, each read from disk the first time it is asked for (an English
    story never needs the Polish and Romanian lists), then kept for the process."""

    _SOURCES: dict[str, Callable[[], frozenset[str]]] = {
        "first": lambda: _load("first_names.txt") | _load_words("pet_names.txt"),
        "pets": lambda: _load_words("pet_names.txt"),
        "sur": lambda: _load("surnames.txt") | _load_words("hand_surnames_pl_ro.txt"),
        "en": lambda: _load("common_en.txt") | _FUNCTION_EN,
        "pl": lambda: _load("common_pl.txt"),
        "ro": lambda: _load("common_ro.txt"),
        "cy": lambda: _COMMON_CY,
        # everyday words of Urdu, Punjabi, Bengali and Arabic typed in Latin letters ("mera", "amar", "3ando")
        "ur": lambda: _load("hand_common_ur_latin.txt"),
        "pa": lambda: _load("hand_common_pa_latin.txt"),
        "bn": lambda: _load("hand_common_bn_latin.txt"),
        "ar": lambda: _load("hand_common_ar_latin.txt"),
        "proper": lambda: _load("proper_nonperson.txt") | _STOP,
        "places": lambda: _load("hand_places.txt") | _STOP,
    }

    def __init__(self) -> None:
        self._loaded: dict[str, frozenset[str]] = {}
        self._lock = threading.Lock()

    def __getitem__(self, key: str) -> frozenset[str]:
        try:
            return self._loaded[key]
        except KeyError:
            pass
        source = self._SOURCES[key]  # KeyError for an unknown list, as a dict would
        with self._lock:
            if key not in self._loaded:
                self._loaded[key] = source()
        return self._loaded[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._SOURCES)

    def __len__(self) -> int:
        return len(self._SOURCES)


_LISTS = _Lists()


def _lists() -> Mapping[str, frozenset[str]]:
    return _LISTS


def _fold(word: str) -> str:
    return "".join(
        c
        for c in unicodedata.normalize("NFD", word.replace("ł", "l").replace("Ł", "L"))
        if not unicodedata.combining(c)
    )


_PLAIN_LETTERS = str.maketrans("ąćęłńóśźżăâîșşțţ", "acelnoszzaaissst")
_DIACRITICS = frozenset("ąćęłńóśźżăâîșşțţĄĆĘŁŃÓŚŹŻĂÂÎȘŞȚŢ")


@functools.lru_cache(maxsize=2)
def _plain_common(lang: str) -> frozenset[str]:
    """The Polish or Romanian frequency list as typed without diacritics ("przyniosl", "sotia"):
    loaded only for a story typed that way."""
    return frozenset(w.translate(_PLAIN_LETTERS) for w in _lists()[lang] if not w.isascii())


@functools.lru_cache(maxsize=1)
def _folded_first() -> frozenset[str]:
    """Given names as they are typed without diacritics ("speranta", "malgosia")."""
    return frozenset(_fold(w) for w in _lists()["first"] if not w.isascii())


def function_word(word: str) -> bool:
    low = word.lower()
    return low in _STOP or low in _FUNCTION_EN


def known_first_name(word: str) -> bool:
    """The word (any case) is in the given-name or pet-name lists."""
    L = _lists()
    return word.lower() in L["first"] or word.lower() in L["pets"]


def known_place(word: str) -> bool:
    """The word (any case) is a town, country or other proper name that is not a person's."""
    return word.lower() in _lists()["proper"]


def known_surname(word: str) -> bool:
    """The word (any case) is in the surname list."""
    return word.lower() in _lists()["sur"]


def everyday_latin_word(word: str) -> bool:
    """A word of the English, Polish or Romanian frequency lists, or a function word."""
    low = word.lower()
    L = _lists()
    return low in _STOP or low in _FUNCTION_EN or low in L["en"] or low in L["pl"] or low in L["ro"]


def common_english() -> frozenset[str]:
    """Ordinary English words (lower case); shared with organisations.py."""
    return _lists()["en"]


# ---------------------------------------------------------------- vocabularies

_FUNCTION_EN = frozenset(
    """
    i me my mine we us our you your he him his she her they them their it its a an the and or but
    wor oor wid wi ye yer yous youse ah ahm fae frae dem di mi nae
    so if then than that this these those there here what which who whom whose when where why how
    is am are was were be been being do does did have has had will would shall should can could
    may might must not no yes all any some every each both either neither few many much more most
    other another such own same too very just only also even still yet again ever never always
    often sometimes of to in on at by for with from into onto over under about after before
    since until while because though although as like up down out off away back round through
    hi hello dear thanks cheers ok
    """.split()
)

_MONTHS_DAYS = frozenset(
    """
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    styczeń stycznia luty lutego marzec marca kwiecień kwietnia maj maja czerwiec czerwca lipiec
    lipca sierpień sierpnia wrzesień września październik października listopad listopada grudzień
    grudnia poniedziałek wtorek środa czwartek piątek sobota niedziela
    ianuarie februarie martie aprilie mai iunie iulie septembrie octombrie noiembrie decembrie
    luni marți miercuri joi vineri sâmbătă duminică
    ionawr chwefror mawrth ebrill mai mehefin gorffennaf awst medi hydref tachwedd rhagfyr
    mon tue tues wed thu thur thurs fri sat sun feb mar apr jul aug sep sept oct nov dec
    """.split()
)
# Name-or-word ambiguity that is a month: only strong cues make these names.
_MONTH_NAMES = frozenset({"may", "june", "april", "august", "mai"})

_TITLES = frozenset(
    """
    mr mrs ms miss mx dr cllr councillor sir dame prof professor rev reverend lord lady
    auntie aunty uncle nanna nana grandma grandad grandpa granny
    pan pani pana panu panem panią panie
    domn doamna doamnă domnul dna dl doamnei domnului d-na d-l dnei dlui domnule doamno domnişoara domnișoara
    nea nenea tanti tanti
    ksiądz księdza księdzem ksiadz ksiedza ksiedzem ks pastor pastorul imam părintele parintele
    pc pcso sgt
    """.split()
)
# Titles that are ordinary words too: only before a capitalised word.
_WEAK_TITLES = frozenset(
    {
        "miss",
        "lord",
        "lady",
        "uncle",
        "pan",
        "pani",
        "panie",
        "nana",
        "dame",
        "sir",
        "nea",
        "tanti",
        "pc",
        "pcso",
        "sgt",
    }
)

_STOP = (
    frozenset(
        """
    i dad mum mam mom mummy daddy nan gran granny grandad grandma mother father son daughter
    god jesus christ allah lord
    christmas easter ramadan eid diwali hanukkah vaisakhi
    council housing homes home association trust ltd limited group stage ombudsman landlord tenant
    officer manager team repairs repair department office street road avenue lane close crescent
    nhs gp ae asb uk gb eu covid ok tv pm am bbc itv wifi
    whatsapp facebook google zoom teams microsoft youtube instagram twitter tiktok amazon
    english welsh scottish irish british polish romanian urdu bengali punjabi arabic hindi
    gujarati somali sylheti tigrinya amharic pashto dari farsi kurdish swahili yoruba igbo twi
    tagalog mirpuri pahari tamil malayalam telugu marathi cantonese mandarin lingala hausa shona
    portuguese spanish french lithuanian latvian russian ukrainian turkish albanian bsl makaton
    braille
    cymraeg gymraeg saesneg cyngor gyngor nghyngor chyngor cartrefi gartrefi nghartrefi chartrefi
    angielski angielsku polski polsku rumuński engleză engleza română româna
    """.split()
    )
    | _MONTHS_DAYS
    | _TITLES
)

# Kinship words of the languages spoken at home: what the family calls someone, not a name.
_STOP |= frozenset(
    """nani nanu nanna dadi dadu ammi ammu abbu abba abbo baji bhaiya bhaiyya didi dida mamu mamoo chacha chachi
    khala khalu phuphi phupho mausi masi bua taya tayi bebe biji beeji bapu bauji papa mama babcia dziadek
    dziadzio ciocia wujek bunica bunicul bunico mamaie tataie nain taid mamgu tadcu""".split()
)

# Nationalities / religions / languages: never a person name (special.py reports them).
_STOP |= frozenset(
    """
    afghan afghans albanian algerian american bangladeshi black brazilian bulgarian chinese
    congolese czech eritrean ethiopian european filipino french german ghanaian greek hungarian
    indian iranian iraqi italian jamaican kenyan kurdish latvian lithuanian moroccan nepali
    nigerian pakistani portuguese roma romani russian slovak spanish sri sudanese syrian tamil
    turkish ugandan ukrainian vietnamese yemeni zimbabwean asian african caribbean arab
    muslim muslims hindu hindus sikh sikhs christian christians jewish jew catholic protestant
    buddhist
    """.split()
)

_COMMON_CY = frozenset(
    """
    a ac ag ai am an ar at y yr 'r i o yn ym yng mae maen roedd roeddwn oedd bod fod wedi
    gan gyda heb hefyd hyn hynny hon hwn hwnnw honno nhw ni chi fi ti fe fo hi ef ei eu ein
    eich fy dy fy'n dw dwi rwy rwyf rydw rydyn ydw ydy ydyn yw oes nad nid na ddim dim does
    ond neu os pan achos oherwydd felly wedyn yna yno yma fel mwy mor iawn byth erioed bob
    pob pawb rhywun rhywbeth dim un dau dwy tri tair pedwar pedair pump chwech saith wyth naw deg
    cant mil blwyddyn blynedd flynedd flwyddyn mis wythnos diwrnod dydd nos bore prynhawn heddiw
    ddoe yfory nawr rŵan gwaith cartref tŷ ty fflat landlord cyngor cymdeithas tai cwyn gŵyn
    ffurfiol cam cyntaf ail trydydd ateb llythyr ffôn ffoniais cefais daeth dywedodd dywedon
    gofynnais gofynnodd ysgrifennodd ysgrifennais cytunodd torrodd newid trwsio drwsio gosod
    peidiwch aros diwedd dechrau y llynedd eleni mewn ar ben hun bach mawr hen newydd da drwg
    ymddiheurodd ymddiheuro talu iawndal oedi plymwr plymwr cawod bibell llawr gegin cegin
    ystafell ymolchi wely gwely drws ffenest ffenestr to wal waliau lleithder llwydni dŵr dwr
    mab merch gŵr gwraig teulu plant plentyn babi tad mam brawd chwaer cymydog cymdoges ffrind
    swyddog rheolwr gweithiwr contractwr oed oedran mlwydd mlynedd
    diolch helo annwyl
    rhaid angen eisiau moyn gallu gallwn gallai dylai byddai bydd fydd fyddai buodd bu bues
    """.split()
)

# Words before a name that introduce the writer or someone else.
_INTRO = (
    ("my", "name", "is"),
    ("my", "name's"),
    ("my", "names"),
    ("my", "name", "’s"),
    ("name", "is"),
    ("name", "was"),
    ("her", "name", "is"),
    ("his", "name", "is"),
    ("her", "name", "was"),
    ("his", "name", "was"),
    ("thx",),
    ("thanx",),
    ("thnx",),
    ("call", "me"),
    ("i'm",),
    ("i’m",),
    ("it's",),
    ("it’s",),
    ("its",),
    ("i", "am"),
    ("im",),
    ("this", "is"),
    ("called",),
    ("named",),
    ("name",),
    ("known", "as"),
    ("dear",),
    ("hi",),
    ("hello",),
    ("thanks",),
    ("thank", "you"),
    ("cheers",),
    ("nazywam", "się"),
    ("mam", "na", "imię"),
    ("jestem",),
    ("nazywa", "się"),
    ("imieniem",),
    ("numele", "meu", "este"),
    ("numele", "meu", "e"),
    ("mă", "numesc"),
    ("ma", "numesc"),
    ("se", "numeste"),
    ("nazywam", "sie"),
    ("mam", "na", "imie"),
    ("moje", "dane"),
    ("datele", "mele"),
    ("sunt",),
    ("se", "numește"),
    ("pe", "nume"),
    ("numită",),
    ("numit",),
    ("lui",),
    # typed in Latin letters: Roman Urdu and Punjabi "main X hoon", "mera naam X", Banglish "ami X",
    # "amar naam X", Arabizi "ana X", "esmi X"
    ("main",),
    ("mera", "naam"),
    ("mera", "nam"),
    ("meri", "naam"),
    ("amar", "naam"),
    ("amar", "nam"),
    ("ami",),
    ("ana",),
    ("ismi",),
    ("esmi",),
    ("fy", "enw", "i", "yw"),
    ("fy", "enw", "yw"),
    (
        "fy",
        "enw",
    ),
    ("enw", "fi", "yw"),
    ("o'r", "enw"),
    # form labels ("Imię i nazwisko: X", "Nume: X") and family names ("familia Bălan", "rodzina Nowaków")
    ("nazwisko",),
    ("imię",),
    ("imie",),
    ("nume",),
    ("prenume",),
    ("familia",),
    ("familiei",),
    ("rodzina",),
    ("rodziny",),
)
_FAMILY_INTROS = frozenset({("familia",), ("familiei",), ("rodzina",), ("rodziny",)})
# Introductions that can only be followed by a name ("my name is", "nazywam się", "mă numesc"):
# the word after them is the name in any case, even a word the frequency lists hold ("florin").
_NAMING_INTROS = frozenset(
    {
        ("my", "name", "is"),
        ("her", "name", "is"),
        ("his", "name", "is"),
        ("her", "name", "was"),
        ("his", "name", "was"),
        ("my", "name's"),
        ("my", "name", "’s"),
        ("nazywam", "się"),
        ("nazywam", "sie"),
        ("mam", "na", "imię"),
        ("mam", "na", "imie"),
        ("nazywa", "się"),
        ("numele", "meu", "este"),
        ("numele", "meu", "e"),
        ("mă", "numesc"),
        ("ma", "numesc"),
        ("se", "numește"),
        ("se", "numeste"),
        ("moje", "dane"),
        ("datele", "mele"),
    }
)
# Label words that introduce a name only with a colon after them ("Name: X").
_COLON_INTROS = frozenset({("name",), ("nazwisko",), ("imię",), ("imie",), ("nume",), ("prenume",)})
# Intros whose following word must be capitalised (they are also ordinary phrases).
_CAP_ONLY_INTRO = frozenset(
    {
        ("i", "am"),
        ("this", "is"),
        ("jestem",),
        ("sunt",),
        ("lui",),
        ("dear",),
        ("hi",),
        ("hello",),
        ("thanks",),
        ("thank", "you"),
        ("cheers",),
        ("thx",),
        ("thanx",),
        ("thnx",),
        ("name",),
        ("nazwisko",),
        ("imię",),
        ("imie",),
        ("nume",),
        ("prenume",),
        ("familia",),
        ("familiei",),
        ("rodzina",),
        ("rodziny",),
        ("im",),
        ("it's",),
        ("it’s",),
        ("its",),
        (
            "fy",
            "enw",
        ),
    }
)
# Introductions typed in Latin letters, and the languages they introduce a name in.
_ROMANISED_INTROS = {
    ("main",): ("ur", "pa"),
    ("mera", "naam"): ("ur", "pa"),
    ("mera", "nam"): ("ur", "pa"),
    ("meri", "naam"): ("ur", "pa"),
    ("amar", "naam"): ("bn",),
    ("amar", "nam"): ("bn",),
    ("ami",): ("bn",),
    ("ana",): ("ar",),
    ("ismi",): ("ar",),
    ("esmi",): ("ar",),
}
# Thanks, or "call me", before a listed given name that closes the phrase ("thx summer and ...",
# "just call me will and ..."): in a lower-case story, the name though it is a word too.
_THANKS_INTROS = frozenset(
    {("thanks",), ("thank", "you"), ("cheers",), ("thx",), ("thanx",), ("thnx",), ("call", "me")}
)
_INTRO_BY_LAST: dict[str, list[tuple[str, ...]]] = {}
for _p in _INTRO:
    _INTRO_BY_LAST.setdefault(_p[-1], []).append(_p)

# kinship, not roles: after these a listed name in lower case is the person's
_KIN = frozenset(
    """mąż męża mężem mężowi żona żony żoną syn syna synem synowi córka córki córką córce brat brata
    bratem siostra siostry siostrą wnuk wnuczka wnuczką wnukiem mezem meza zona zoną zony coreczka corka corki
    corką córeczka córeczką synek synkiem soțul sotul soția sotia fiul fiica băiatul baiatul fata fetița fetita
    fratele sora nepotul nepoata soțului sotului soției sotiei fetiței fetitei băiețelul baietelul
    băiețelului baietelului""".split()
)
_RELATION = frozenset(
    """
    son sons daughter daughters husband wife partner boyfriend girlfriend fiance fiancé fiancee
    fiancée brother sister stepson stepdaughter grandson granddaughter nephew niece cousin
    uncle aunt auntie aunty mum mother dad father stepdad stepmum nan gran grandad grandma
    baby boy girl kid kids child neighbour neighbours neighbor friend mate carer caseworker
    worker officer manager surveyor plumber engineer contractor operative electrician technician
    inspector advisor adviser councillor mp agent receptionist handler colleague boss supervisor
    lodger flatmate housemate tenant landlady landlord warden director chair chief
    mąż męża mężem mężowi żona żony żoną syn syna synem synowi córka córki córką córce brat
    brata siostra siostry sąsiad sąsiada sąsiadem sąsiadka sąsiadki sąsiadką kolega koleżanka
    pracownik pracownika pracowniczka urzędnik urzędniczka kierownik kierowniczka hydraulik
    doradca doradczyni opiekun opiekunka wnuk wnuczka
    terapeutka terapeuta terapeutki terapeuty pielęgniarka pielęgniarki lekarka lekarz lekarza radny
    radnego radną radna radnej pracownica pracownicy elektryk elektryka inspektor inspektora inspektorka
    administrator administratora administratorka asystentka asystent technik technika majster majstra
    terapeutul terapeuta asistenta asistentul consilierul consiliera consilierului instalatorul
    electricianul doctorița doctorita doctorul medicul administratorul administratora inspectorul
    inspectoarea muncitorul omul
    teść teścia teściem teściowa teściowej teściową szwagier szwagra szwagierka zięć zięcia synowa
    synowej wnuczek wnuczka wnuczki wnuczkę bratowa socrul socru soacra soacră cumnatul cumnata
    cumnată ginerele nora nurorii girls boys lads
    soțul sotul soția sotia fiul fiica băiatul baiatul fata fratele sora vecinul vecina
    ofițerul ofiterul managerul colegul colega nepotul nepoata mama tata bunica bunicul
    mab merch gŵr gwr gwraig partner cymydog cymdoges ffrind brawd chwaer tad mam ŵyr wyres
    swyddog rheolwr gweithiwr
    beti beta bete bhai bhaiya behen bahen ammi abbu amma abba shohar biwi khala chacha mamu phuppo
    munda munde kudi kuri puttar dhee nanaan nanad bhabi bhabhi bhaabi saas sasur
    chele chhele meye boudi didi dadi nani chachi khalu phupho phuppi
    bhaijaan baji bhatija bhatiji bhanja bhanji jamai damaad bachcha
    gharwala gharwali ibni binti bnti ukhti okhti akhoya akhouya zawgi
    zawgti zoji mrati jozi 3ami 3amti 5ali 5alti
    twins twin bliźniaczki bliźniaki bliźnięta bliźniak bliźniaczka gemenii gemenele geamănul geamăna
    """.split()
)
# and as they are typed on a phone without diacritics ("z mezem", "cu sotul"); every kinship
# word of _KIN ("fetița", "córeczka") is one too
_RELATION = _RELATION | _KIN | frozenset(_fold(w) for w in _RELATION)
RELATION_WORDS = _RELATION  # for the detector's cross-recogniser rules
# Possessives between a relation noun and a name ("vecina noastră Speranța", "sąsiadka moja Ewa").
_POSSESSIVES = frozenset(
    """meu mea mei mele nostru noastră noastra noastre lor mój moj moja moją moja mojego mojej nasz nasza naszą
    naszego naszej""".split()
)
# Words that join two names after one relation noun ("my sons Adam and Ola").
_AND = frozenset({"and", "&", "i", "oraz", "și", "si", "a", "ac"})
# Words allowed between a relation noun and the name ("my little boy, Chidi").
_FILLER = frozenset(
    """
    my our his her their your little eldest oldest youngest older younger elder big baby new
    own late dear lovely
    meu mea mei mele nostru noastră noastra nostri noastre cel cea mare mic mică mai lor său sau sa săi sale
    mój moja mojego mojej mojemu moją moim nasz nasza naszego naszej naszemu naszą naszym
    twój twoja twojego twojej jego jej ich najstarszy najstarsza najmłodszy najmłodsza starszy starsza młodszy
    młodsza
    fy ein ei hynaf ieuengaf
    """.split()
)
_SPEECH = frozenset(
    """
    said says told tells asked rang rings phoned called emailed texted wrote came comes
    promised explained replied answered agreed visited arrived turned refused laughed shouted
    kept was is has had will would from who
    powiedział powiedziała mówi mówił mówiła przyszedł przyszła zadzwonił zadzwoniła
    spune zice
    meddai dywedodd
    """.split()
)
# Verbs of speech or action that follow a person ("Rose Kettering took photos").
_ACTION = _SPEECH | frozenset(
    """
    took saw brought found helped noticed fixed left went knocked sent gave looked walked
    photographed filmed reported checked signed heard messaged confirmed stayed moved lives lived
    """.split()
)
_STREET = frozenset(
    """
    road street avenue lane close crescent way walk drive court house heights estate place
    gardens grove terrace square hill park row mews tower towers point view rise green parade
    building buildings block flats lodge hall centre center
    heol stryd ffordd lôn ulica ul strada
    """.split()
)
# Family-name endings: Polish (-ski, -cka, -wicz, -czyk...), Romanian (-escu, -eanu...),
# Slavic, Irish/Scottish (Mc-, Mac-, O'...).
_SURNAME_SHAPE = re.compile(
    r"(?:sk(?:i|a|iego|iej|im|ą)|ck(?:i|a|iego|iej|im|ą)|dzk(?:i|a|iego|iej|ą)|wicz(?:a|em|owi|owa)?|czyk(?:a|iem|owi)?"
    r"|czak(?:a|iem|owi)?|[iw]ak(?:a|iem|owi|owie|ów)?|escu|eanu|anu|aru|ache|ovici|evici|oiu|ovic|ović|enko|chuk|czuk)$|^(?:mc|mac|o')\w{3,}"
)
_MOVE_VERBS = frozenset(
    """
    moved move moving went go going gone travel travelled traveled came come back relocated relocate
    transferred rehoused drove drive driving commute commuting trip journey way road
    """.split()
)
# Ordinary words that are also given names but, after "my son", "my neighbour"..., are
# far more often the next word of the sentence.
_NOT_AFTER_RELATION = frozenset(
    """
    will may can bill mark rose said told came went got gets getting go going gone asked rang
    zajęciowa zajęciowy zajęciowej zajęciową środowiskowa środowiskowy społeczna społeczny rodzinna
    rodzinny domowa domowy medyczna medyczny ocupațional ocupationala ocupațională socială sociala
    called lives lived living works worked working moved started stays stayed sleeps slept
    upstairs downstairs next opposite across below above too also again still just only even
    now then here there home round back down up over off out away always never often who which
    that what when where while because and but or so if as like
    """.split()
)
_DETERMINERS = frozenset(
    """
    a an the this that these those some any every each no another such what which
    my our your his her their its
    """.split()
)
_PARTICLES = frozenset(
    {
        "de",
        "da",
        "van",
        "von",
        "der",
        "den",
        "al",
        "el",
        "bin",
        "ibn",
        "bint",
        "ap",
        "ab",
        "la",
        "le",
        "du",
        "di",
        "dos",
        "das",
        "mac",
        "o'",
    }
)
# Nickname cues ending in the word before the name: "calls him", "known (to all) as", "nicknamed".
_NICK_CUE_LAST = frozenset(
    "calls call called calling him her me them us as nicknamed aka a.k.a dubbed christened by to".split()
)
_NICK_ADJ_LOWER = frozenset("little big baby wee lil young old mały mała micul mica".split())
_NICK_PRONOUNS = frozenset("him her me them us".split())
_NICK_VERBS = frozenset("call calls called calling".split())


def _nickname_cue(toks: list, i: int) -> bool:
    """toks[i] ends a nickname cue: "(everyone) calls (him)", "known (to all) as", "nicknamed", "goes by"."""
    low = toks[i].low
    if low in ("nicknamed", "aka", "a.k.a", "dubbed", "christened"):
        return True
    if low in _NICK_VERBS:
        # "everyone calls Lanky Pete", "who they call Gaz"; not "he called Monday"
        return i > 0 and toks[i - 1].low in (
            "everyone",
            "everybody",
            "all",
            "they",
            "we",
            "people",
            "kids",
            "lads",
            "who",
            "whom",
            "folk",
            "locals",
            "neighbours",
            "tenants",
            "residents",
        )
    if low in _NICK_PRONOUNS:
        return i > 0 and toks[i - 1].low in _NICK_VERBS
    if low == "by":
        return i > 0 and toks[i - 1].low in ("goes", "go", "went", "going")
    if low == "to":
        # "who answers only to Ci", "answers to Bobby"
        window = [t.low for t in toks[max(0, i - 3) : i]]
        return "answers" in window or "answer" in window or "answered" in window
    if low == "as":
        window = [t.low for t in toks[max(0, i - 6) : i]]
        return "known" in window or "referred" in window or "knows" in window or "know" in window
    return False


_GREETINGS = frozenset("hi hiya hey hello heya hullo morning evening afternoon yo".split())
# General nickname adjectives (also at a sentence start): "Little Jim", "Big Sue", "Mały Jaś".
_NICK_ADJ = frozenset(
    """little big young old wee lil tiny tall long short fat skinny ginger mad crazy baby
    mały mała duży duża stary stara młody młoda micul mica marele bătrânul""".split()
)
_KINSHIP = frozenset(
    """mum mam mom mummy dad daddy nan nana nanna gran granny grandad grandma grandpa nani nana dadi dada
    abu ammi abba ama baba bibi bhai baji apa aunty auntie uncle cousin sister brother father mother saint st
    pastor imam father reverend rev sheikh brother sister nurse doctor officer sergeant sgt pc constable coach
    captain chief""".split()
)
# Capitalised words seen before names that are not part of them.
_NOT_NICKNAME = frozenset(
    """dear hi hello hiya hey thanks thank cheers love regards sincerely yours best kind warm
    and or but then when so because after before while if yes no ok okay please sorry
    english welsh polish romanian british irish scottish council housing homes
    said told asked rang emailed called""".split()
)
_PLACE_PREP = frozenset(
    {"in", "at", "near", "w", "we", "în", "din", "yn", "ym", "yng", "nghanol", "outside", "to"}
)


# ---------------------------------------------------------------- helpers


# After a sentence-opening word that is both a found name and an ordinary word, these
# show the ordinary word ("Mark my words", "Hope you are well", "Will it rain").
_NOT_NAME_AFTER_OPENER = frozenset(
    """you your yours my me we us our it its that this the a an all everyone everybody so to
    for and of in on at be have not there here""".split()
)


_ARTICLES = frozenset("the a an this that each every any no".split())


def _stems_of(words: set[str], lang: str) -> set[str]:
    """Words with their nominative guesses, to match inflected mentions of one name."""
    out = set(words)
    for w in words:
        if lang == "pl":
            out.update(_pl_stems(w))
        elif lang == "ro":
            out.update(_ro_stems(w))
        elif lang == "cy":
            out.update(_cy_stems(w))
    return {x for x in out if len(x) >= 3}


@functools.lru_cache(maxsize=50_000)
def _pl_stems(w: str) -> tuple[str, ...]:
    """Nominative guesses for an inflected Polish first name (lower case); cached, as the
    same words come back story after story."""
    return tuple(_pl_stems_uncached(w))


def _pl_stems_uncached(w: str) -> list[str]:
    out = []
    for end, rep in (
        ("ai", "aja"),  # "Mai": of Maja
        ("gi", "ga"),  # "Igi", "Olgi": of Iga, Olga
        ("ki", "ka"),  # "Majki": of Majka
        ("oi", "oja"),
        ("ei", "eja"),
        ("ą", "a"),
        ("ę", "a"),
        ("y", "a"),
        ("i", "ia"),
        ("ji", "ja"),  # "Patrycji", "Natalii": of Patrycja, Natalia
        ("ii", "ia"),
        ("ie", "a"),
        ("cie", "ta"),
        ("dzie", "da"),
        ("rze", "ra"),
        ("ce", "ka"),
        ("dze", "ga"),
        ("le", "la"),
        ("a", ""),
        ("u", ""),
        ("owi", ""),
        ("em", ""),
        ("ie", ""),
        ("rze", "r"),
        ("le", "ł"),
        ("ka", "ek"),
        ("ku", "ek"),
        ("kiem", "ek"),
        ("kowi", "ek"),
        ("ła", "eł"),
        ("łem", "eł"),
        ("łowi", "eł"),
        ("ła", "ł"),
        ("ego", "y"),
        ("ego", "i"),
        ("ej", "a"),
        ("emu", "y"),
    ):
        if w.endswith(end) and len(w) - len(end) >= 2:
            out.append(w[: len(w) - len(end)] + rep)
    return out


@functools.lru_cache(maxsize=50_000)
def _ro_stems(w: str) -> tuple[str, ...]:
    return tuple(_ro_stems_uncached(w))


def _ro_stems_uncached(w: str) -> list[str]:
    out = []
    for end, rep in (("ei", "a"), ("ei", "e"), ("ului", ""), ("ule", ""), ("o", "a")):
        if w.endswith(end) and len(w) - len(end) >= 2:
            out.append(w[: len(w) - len(end)] + rep)
    return out


def _cy_stems(w: str) -> list[str]:
    """Undo Welsh initial mutations (soft, nasal, aspirate)."""
    out = []
    for mut, rad in (
        ("ngh", "c"),
        ("mh", "p"),
        ("nh", "t"),
        ("ng", "g"),
        ("dd", "d"),
        ("ch", "c"),
        ("ph", "p"),
        ("th", "t"),
        ("f", "b"),
        ("f", "m"),
        ("b", "p"),
        ("d", "t"),
        ("g", "c"),
        ("l", "ll"),
        ("r", "rh"),
        ("m", "b"),
        ("n", "d"),
    ):
        if w.startswith(mut):
            out.append(rad + w[len(mut) :])
    out.append("g" + w)
    return out


class _Tok:
    __slots__ = ("s", "e", "text", "low", "cap", "upper", "lower", "start", "poss", "gap_before")

    def __init__(self, s: int, e: int, text: str, start: bool, gap_before: str):
        self.s, self.e, self.text = s, e, text
        self.poss = False
        if len(text) > 3 and text.endswith(("'s", "’s")):  # _POSSESSIVE, without a regex per word
            self.poss = True
            self.e = e - 2
            text = self.text = text[:-2]
        self.low = text.lower() if text.isascii() else unicodedata.normalize("NFC", text).lower()
        self.upper = len(text) >= 2 and text.isupper()
        self.cap = text[:1].isupper() and not self.upper
        self.lower = text[:1].islower()
        self.start = start
        self.gap_before = gap_before


def _is_initial(prev: _Tok, tok: _Tok) -> bool:
    """``prev`` is an initial standing before ``tok`` ("J. Barker", "K Singh")."""
    gap = tok.gap_before
    if len(prev.text) != 1 or not prev.text.isupper():
        return False
    if prev.text in "IA" and (
        "." not in gap
        or function_word(tok.low)
        or (everyday_latin_word(tok.low) and not known_surname(tok.low))
    ):
        return (
            False  # "A Smith" may be an article and "Band A. An" ends a sentence; "A. Rahman" is an initial
        )
    return gap in (" ", ". ", ".") or (gap.strip(" ") == "." and len(gap) <= 3)


def find(text: str, language: str) -> Iterator[Span]:
    lang = (language or "en").lower()[:2]
    spans = _find(text, lang)
    if text:
        seen = {(s.start, s.end) for s in spans}
        spans = spans + [s for s in _labels_and_signoffs(text, lang) if (s.start, s.end) not in seen]
    return iter(spans)


_SCRIPT_LANGUAGES = frozenset({"ur", "pa", "bn", "ar"})


def _romanised(text: str) -> bool:
    """Urdu, Punjabi, Bengali or Arabic typed in Latin letters: more Latin letters than the script's.
    Only then are the Latin words checked against the language's romanised word list; the English
    words inside a story in the script ("Jo (youth worker)") are not that language's."""
    script = sum(1 for c in text if "\u0600" <= c <= "\u0a7f")
    return script * 2 < sum(1 for c in text if c.isascii() and c.isalpha())


def _find(text: str, lang: str) -> list[Span]:
    if not text:
        return []
    L = _lists()
    first, sur, proper, places = L["first"], L["sur"], L["proper"], L["places"]
    common_lang = (
        L.get(lang, frozenset()) if lang not in _SCRIPT_LANGUAGES or _romanised(text) else frozenset()
    )
    common_en = L["en"]

    # -- tokens
    toks: list[_Tok] = []
    prev_end = 0
    for m in _TOKEN.finditer(text):
        s = m.start()
        gap = text[prev_end:s]
        start = not toks or (gap != " " and any(c in _SENT_END for c in gap))
        toks.append(_Tok(s, m.end(), m.group(), start, gap))
        prev_end = m.end()
    n = len(toks)
    if not n:
        return []
    starts = [t for t in toks if t.start and len(t.text) > 1]
    lower_starts = sum(1 for t in starts if t.lower)
    caps = sum(1 for t in toks if t.cap)
    lower_mode = (starts and lower_starts >= 0.5 * len(starts)) or caps < 0.02 * n

    pets = L["pets"]
    # a Polish or Romanian story typed without a single diacritic: its words are checked folded too
    plain = (
        _plain_common(lang)
        if lang in ("pl", "ro") and n >= 20 and not any(c in _DIACRITICS for c in text)
        else frozenset()
    )

    def is_common(w: str) -> bool:
        # a diminutive ("Staś", "Costi") is a name though frequency lists hold it as a word
        return (
            w in common_en
            or (w in common_lang and w not in pets)
            or (len(w) >= 5 and w.endswith("in") and w + "g" in common_en)  # "sayin", "housin"
            or (w in plain and w not in pets and not in_first(w))
        )

    def in_first(w: str) -> bool:
        if w in first:
            return True
        if lang == "pl":
            return (
                any(x in first for x in _pl_stems(w))
                or (len(w) >= 3 and w.endswith("o") and w[:-1] + "a" in first)  # vocative: "Pani Ewo"
                or (w.isascii() and w in _folded_first())
                # "Mirosław", "Mirosławem": the list may hold only the form typed without "ł"
                # (not "żona", "mąż": other letters fold onto names too often)
                or (
                    "ł" in w
                    and any(_fold(x) in first and _fold(x) not in common_lang for x in (w, *_pl_stems(w)))
                )
            )
        if lang == "ro":
            return any(x in first for x in _ro_stems(w)) or (w.isascii() and w in _folded_first())
        if lang == "cy" and len(w) > 2:
            return any(x in first for x in _cy_stems(w))
        return False

    def uncased(t: _Tok) -> bool:
        return t.upper or (t.lower and lower_mode)

    def blocked(t: _Tok) -> bool:
        return t.low in proper or len(t.low) < 2

    def sur_like(w: str) -> bool:
        return w in sur or (lang in ("pl", "ro") and _SURNAME_SHAPE.search(w) is not None and w not in proper)

    def rare(t: _Tok) -> bool:
        w = t.low
        if w in proper:
            return False
        if lang == "cy" and any(x in proper for x in _cy_stems(w)):
            return False  # mutated place names: "i Gaerdydd", "o Fangor"
        if is_common(w):
            return t.cap and sur_like(w) and w not in common_en
        if "-" in w and all(is_common(p) or not p for p in w.split("-")):
            # "Nowicka-Byrne": a double-barrelled surname, though each half is also a word
            if not (t.cap and any(p and (sur_like(p) or p in first) for p in w.split("-"))):
                return False
        if lang == "pl" and any(x in common_lang for x in _pl_stems(w)) and not in_first(w):
            return False
        return len(w) >= 2

    def adjacent(i: int) -> bool:
        """token i follows token i-1 with only spaces (a name continues)."""
        g = toks[i].gap_before
        return 0 < len(g) <= 2 and g.strip(" ") == ""

    def street_after(i: int) -> bool:
        j = i + 1
        while j < n and toks[j].cap and adjacent(j) and j - i <= 2:
            if toks[j].low in _STREET:
                return True
            j += 1
        return False

    name_at = [0.0] * n  # confidence that token i is (part of) a name
    place_at: set[int] = set()  # unknown words taken for places ("in Hebburn", "moved to Bootle")

    def placeish(i: int) -> bool:
        """An unknown capitalised word that reads as a place, a storm or a saint, not a person."""
        if i == 0:
            return False
        p = toks[i - 1].low
        if p in _PLACE_PREP and p != "to":
            return True
        if p == "to" and i >= 2 and toks[i - 2].low in _MOVE_VERBS:
            return True
        if p in ("storm", "hurricane", "st", "saint") and toks[i - 1].cap:
            return True
        if p in ("and", "or") and i >= 2 and (i - 2 in place_at or toks[i - 2].low in places):
            return True
        return False

    def accept_strong(i: int, cap_only: bool = False) -> bool:
        """After a title or an introduction."""
        if i >= n:
            return False
        t = toks[i]
        if len(t.text) == 1 and t.text.isupper() and i and toks[i - 1].low.rstrip(".") in _TITLES:
            return True  # "Mrs K on the 11th floor"
        if blocked(t) and not (t.low in first and t.low not in _MONTHS_DAYS and t.low not in _STOP):
            return False
        if t.cap or (t.upper and len(t.low) > 1):
            # "MY NAME IS BILL HAWORTH": shouting counts as capitals here
            return in_first(t.low) or not is_common(t.low) or t.low in sur
        if cap_only and not lower_mode:
            return False  # in an all lower-case story "im dawn" is still an introduction
        if uncased(t) or t.lower:
            if in_first(t.low) and not is_common(t.low):
                return True
            if (
                i
                and toks[i - 1].low.rstrip(".") in _TITLES
                and toks[i - 1].low.rstrip(".") not in _WEAK_TITLES
                and in_first(t.low)
                and t.low not in _STOP
                and t.low not in _FUNCTION_EN
                and t.low not in _MONTHS_DAYS
            ):
                return True  # "ksiadz tom", "dr will": a listed given name after a title
            if lang != "en" and in_first(t.low) and t.low not in common_en and t.low not in _STOP:
                return True  # "un domn steve": an English name is a name in a Romanian story
            if (
                lower_mode
                and (lang == "en" or (i and toks[i - 1].low.rstrip(".") in _TITLES))
                and len(t.low) >= 3
                and t.low.isalpha()
                and not is_common(t.low)
            ):
                return True  # "hiya its shaz from 7c": an unknown word after an introduction
            if (
                in_first(t.low)
                and i + 1 < n
                and adjacent(i + 1)
                and (toks[i + 1].low in sur or rare(toks[i + 1]))
                and not is_common(toks[i + 1].low)
            ):
                return True
            if (
                in_first(t.low)
                and i + 1 < n
                and toks[i + 1].low in _SPEECH
                and toks[i + 1].low not in ("is", "was", "has", "had", "will", "would")
            ):
                return True
        return False

    def _kin_before(i: int) -> bool:
        """A kinship word just before, past "my", "our", "little" ("fetita mea speranta")."""
        j = i - 1
        while j >= 0 and toks[j].low in _FILLER and i - j <= 3:
            j -= 1
        return j >= 0 and toks[j].low in _KIN

    def accept_relation(i: int) -> bool:
        """After a relation/role noun ("my son", "the officer,")."""
        if i >= n:
            return False
        t = toks[i]
        if blocked(t) and not (t.low in first and t.low not in _STOP) and not (t.cap and len(t.low) >= 2):
            return False  # a capitalised word right after "my son" is a name even if a place is called that
        if t.cap:
            if t.low in _MONTH_NAMES and toks[i - 1].low in (
                "in",
                "on",
                "last",
                "next",
                "since",
                "until",
                "by",
            ):
                return False
            # A capitalised word straight after "my son", "córka", "the officer" is a
            # name unless it is a function word: word lists drawn from real text
            # contain many names ("zuzia"), so commonness alone must not veto it;
            # nor a month's name that is a given name ("bliźniaczki Maja", "my daughter April").
            return (
                t.low not in _STOP or (t.low in _MONTHS_DAYS and t.low in first and t.low not in _TITLES)
            ) and t.low not in _FUNCTION_EN
        if (
            lang in ("en", "ur", "bn", "pa", "ar")  # Roman Urdu, Banglish: "meri beti khushi"
            and t.lower
            and len(t.low) >= 3
            and t.low.isalpha()
            and not is_common(t.low)
            and t.low not in _FUNCTION_EN
        ):
            return True  # "my mate shaz": an unknown word after a relation noun
        if (
            t.lower
            and "-" in t.low
            and t.low.replace("-", "").isalpha()
            and (in_first(t.low.split("-")[0]) or (lang == "en" and not is_common(t.low.split("-")[0])))
        ):
            return True  # "our baby alfie-ray"
        if in_first(t.low):
            if not is_common(t.low):
                return True
            if (
                lang in ("pl", "ro")
                and t.lower
                and t.low not in _STOP
                and t.low not in _FUNCTION_EN
                and t.low not in _NOT_AFTER_RELATION
                and t.low not in _PARTICLES
                and "," not in t.gap_before
                and (
                    _kin_before(i)
                    or (i >= 2 and toks[i - 1].low in _POSSESSIVES and toks[i - 2].low in _RELATION)
                )
            ):
                # "z mężem markiem": a listed name (inflected) after a kinship word; "vecina noastra
                # speranta": after a relation and "our", a listed name though it is a word too
                return True
            if (
                t.lower
                and "," not in t.gap_before
                and t.low not in _FUNCTION_EN
                and t.low not in _NOT_AFTER_RELATION
                and t.low not in _PARTICLES
                and (lang in ("en", "cy") or t.low not in common_lang)
            ):
                return True  # "my nan pat", "my daughter grace"; not "vecina de la"
            nxt = toks[i + 1] if i + 1 < n else None
            if nxt is not None and (
                nxt.low in _SPEECH and nxt.low not in ("is", "was", "has", "had", "will", "would", "from")
            ):
                return True
            if nxt is not None and "," in nxt.gap_before and "," in t.gap_before:
                return True
        return False

    def mark(i: int, conf: float) -> None:
        if 0 <= i < n and conf > name_at[i]:
            name_at[i] = conf

    # pseudonyms the writer gives ("a tenant we will call Mr B") are not names
    pseudonyms = {
        toks[i + 2].text
        for i in range(n - 2)
        if toks[i].low in ("call", "calling", "as", "called")
        and toks[i + 1].low in _TITLES
        and len(toks[i + 2].text) == 1
        and toks[i + 2].text.isupper()
    }

    # -- pass 1: cues before
    for i, t in enumerate(toks):
        low = t.low
        nxt = i + 1
        # titles
        if low in _TITLES and nxt < n:
            gap = toks[nxt].gap_before
            # a full stop after a whole word ends its sentence: "go to a councillor. Later..."
            if gap.strip(" .") == "" and len(gap) <= 3 and not ("." in gap and len(low) > 5):
                weak = low in _WEAK_TITLES or (t.lower and low in ("miss", "dr"))
                nt = toks[nxt]
                if (
                    nt.low in _PARTICLES
                    and nt.lower
                    and nxt + 1 < n
                    and toks[nxt + 1].cap
                    and adjacent(nxt + 1)
                ):
                    mark(nxt, 0.85)  # "Mrs de Souza", "Mr van der Merwe"
                    mark(nxt + 1, 0.85)
                elif nt.cap and len(nt.text) == 1 and nt.text in pseudonyms:
                    pass
                elif nt.cap and len(nt.text) == 1:
                    after = toks[nxt + 1] if nxt + 1 < n else None
                    if (
                        after is not None
                        and "." in after.gap_before
                        and after.cap
                        and (sur_like(after.low) or not is_common(after.low))
                    ):
                        mark(nxt, 0.85)  # "Mr A. Smith"
                        mark(nxt + 1, 0.85)
                    else:
                        mark(nxt, 0.8)  # "Mrs K on the 11th floor", "Mrs K. rang"
                elif nt.cap or nt.upper:
                    if (nt.low not in places or (sur_like(nt.low) and nt.low not in _STOP)) and not (
                        is_common(nt.low) and not in_first(nt.low) and not sur_like(nt.low)
                    ):
                        mark(nxt, 0.9)  # "PANI RÓŻY": an inflected given name after a title
                    elif (
                        (not weak or (t.lower and not nt.start))  # "pani Jadzia spod 7B"
                        and nt.cap
                        and nt.low not in places
                        and nt.low not in _STOP
                        and nt.low not in _FUNCTION_EN
                        and nt.low not in _STREET
                    ):
                        # "Stimate domnule Bălan", "Mrs Baker": a capitalised word after a
                        # strong title is a surname even when it is also an ordinary word
                        mark(nxt, 0.8)
                elif not weak and (
                    accept_strong(nxt)
                    or (sur_like(nt.low) and nt.low not in _FUNCTION_EN and nt.low not in _SPEECH)
                ):
                    mark(nxt, 0.85)  # "mrs jones", "mr smith"
        # introductions
        for phrase in _INTRO_BY_LAST.get(low.replace("’", "'"), ()):
            k = len(phrase)
            if i - k + 1 < 0:
                continue
            if all(toks[i - k + 1 + x].low.replace("’", "'") == phrase[x] for x in range(k)):
                # "name" alone only as a label ("Name: X")
                if phrase in _COLON_INTROS and ":" not in (toks[nxt].gap_before if nxt < n else ""):
                    continue
                if phrase == ("lui",) and lang != "ro":
                    continue
                if phrase in _ROMANISED_INTROS:
                    if lang in _ROMANISED_INTROS[phrase] and nxt < n and "\n" not in toks[nxt].gap_before:
                        k = nxt
                        # the name and the surname after it, while no word of the language's list
                        while (
                            k < n
                            and k - nxt < 2
                            and (k == nxt or adjacent(k))
                            and len(toks[k].low) >= 3
                            and toks[k].low.isalpha()
                            and not is_common(toks[k].low)
                            and toks[k].low not in _STOP
                            and toks[k].low not in _FUNCTION_EN
                            and toks[k].low not in _RELATION
                        ):
                            mark(k, 0.75)
                            k += 1
                    continue
                if phrase in (("fy", "enw"),) and nxt < n and toks[nxt].low == "i":
                    continue
                if (
                    nxt < n
                    and "\n" not in toks[nxt].gap_before
                    and accept_strong(nxt, cap_only=phrase in _CAP_ONLY_INTRO)
                ):
                    mark(nxt, 0.9)
                elif (
                    phrase in _NAMING_INTROS
                    and nxt < n
                    and "\n" not in toks[nxt].gap_before
                    and toks[nxt].gap_before.strip(" :") == ""
                    and len(toks[nxt].low) >= 2
                    and toks[nxt].low not in _STOP
                    and toks[nxt].low not in _FUNCTION_EN
                    and toks[nxt].low not in _RELATION
                    and toks[nxt].low not in _TITLES
                ):
                    mark(nxt, 0.85)  # "ma numesc florin tudose", "NAZYWAM SIĘ WIESŁAW KOWALCZYK"
                if (
                    phrase in _THANKS_INTROS
                    and lower_mode
                    and nxt < n
                    and not name_at[nxt]
                    and toks[nxt].lower
                    and in_first(toks[nxt].low)
                    # after "call me" a listed name though it is a modal too ("just call me will and")
                    and (phrase == ("call", "me") or toks[nxt].low not in _STOP | _FUNCTION_EN)
                    and toks[nxt].low not in _RELATION
                    and (
                        nxt + 1 >= n
                        or toks[nxt + 1].low in _AND | {"x", "xx", "xxx"}
                        or any(c in ",.!\n" for c in toks[nxt + 1].gap_before)
                    )
                ):
                    mark(nxt, 0.7)  # "thx summer and thx ciaran x": thanks to a listed name, closing
                if phrase in _NAMING_INTROS and name_at[nxt] and nxt + 1 < n and adjacent(nxt + 1):
                    n2 = toks[nxt + 1]
                    if (
                        len(n2.low) >= 3
                        and (
                            n2.low in sur
                            or not is_common(n2.low)
                            or nxt + 2 >= n
                            or toks[nxt + 2].low in _AND
                            or any(c in ",.;:(\n" for c in toks[nxt + 2].gap_before)
                        )
                        and n2.low not in _STOP
                        and n2.low not in _FUNCTION_EN
                        and n2.low not in _SPEECH
                        and n2.low not in _AND
                        and n2.low not in places
                        and n2.upper == toks[nxt].upper
                    ):
                        mark(nxt + 1, 0.8)  # the surname after it: "florin tudose", "jerzy baran"
                elif (
                    (phrase in _COLON_INTROS or phrase in _FAMILY_INTROS)
                    and nxt < n
                    and "\n" not in toks[nxt].gap_before
                    and toks[nxt].cap
                    and toks[nxt].low not in _STOP
                    and toks[nxt].low not in _FUNCTION_EN
                    and toks[nxt].low not in _RELATION
                    and toks[nxt].low not in places
                ):
                    # a form's name field or "familia Bălan": the capitalised word is the name,
                    # even when it is also an everyday word of the language lists
                    mark(nxt, 0.85)
                    if phrase in _COLON_INTROS and nxt + 1 < n and adjacent(nxt + 1) and toks[nxt + 1].cap:
                        mark(nxt + 1, 0.85)
        # nicknames: "everyone calls him Sully", "known to all as Big Sue", "nicknamed Gaz"
        if low in _NICK_CUE_LAST and nxt < n and "\n" not in toks[nxt].gap_before:
            if _nickname_cue(toks, i):
                nt = toks[nxt]
                if (
                    (nt.cap or nt.upper)
                    and nt.low not in _STOP
                    and nt.low not in _FUNCTION_EN
                    and nt.low not in _RELATION
                ):
                    mark(nxt, 0.85)
                    if (
                        nxt + 1 < n
                        and adjacent(nxt + 1)
                        and toks[nxt + 1].cap
                        and toks[nxt + 1].low not in _STOP
                    ):
                        mark(nxt + 1, 0.8)  # "Lanky Pete", "Big Sue"
                elif (
                    lower_mode
                    and nt.lower
                    and nt.low not in _FUNCTION_EN
                    and nt.low not in _STOP
                    and len(nt.low) > 1
                ):
                    if nt.low not in _NOT_AFTER_RELATION and nt.low not in _RELATION:
                        mark(nxt, 0.7)
        # "me and pat have lived here": the one the writer pairs with themself, in a lower-case story
        if (
            low == "me"
            and lower_mode
            and nxt + 1 < n
            and toks[nxt].low in ("and", "an", "n", "&")
            and toks[nxt + 1].lower
            and "\n" not in toks[nxt + 1].gap_before
            and toks[nxt + 1].low not in _RELATION
            and toks[nxt + 1].low not in _FILLER
            and accept_relation(nxt + 1)
        ):
            mark(nxt + 1, 0.7)
        # relations and roles ("my son X"; not "the contractor's van")
        if low in _RELATION and nxt < n and not t.poss:
            j = nxt
            while j < n and toks[j].low in _FILLER and j - nxt < 3 and "\n" not in toks[j].gap_before:
                j += 1
            if (
                j < n
                and "\n" not in toks[j].gap_before
                and "." not in toks[j].gap_before
                and accept_relation(j)
            ):
                mark(j, 0.8)
                # "my kids tyler and mason", "syn Adam i Ola": names joined to it
                while (
                    j + 2 < n
                    and toks[j + 1].low in _AND
                    and "." not in toks[j + 1].gap_before
                    and "\n" not in toks[j + 2].gap_before
                ):
                    k = j + 3 if toks[j + 2].low in ("lil", "little", "big", "wee") and j + 3 < n else j + 2
                    if not accept_relation(k):  # "tyrone and lil dee": past a nickname's adjective
                        break
                    j = k
                    mark(j, 0.75)

    # -- pass 2: cues after, lists and shape
    for i, t in enumerate(toks):
        if name_at[i] or len(t.low) < 2:
            continue
        low = t.low
        nxt = toks[i + 1] if i + 1 < n else None
        nxt2 = toks[i + 2] if i + 2 < n else None
        if low in _STOP or low in _MONTHS_DAYS and low not in _MONTH_NAMES:
            continue
        if street_after(i):
            continue
        if i and toks[i - 1].low in ("storm", "hurricane") and toks[i - 1].cap:
            continue  # "Storm Eunice"
        if low in ("storm", "hurricane") and nxt is not None and nxt.cap and adjacent(i + 1):
            continue
        isfirst = in_first(low)
        common = is_common(low)
        if (
            t.cap
            and "-" in low
            and all(len(p) >= 3 and p in first and p not in places for p in low.split("-"))
        ):
            mark(i, 0.7)  # "Ana-Maria învață": two given names joined are a name, even opening a sentence
            continue
        if (
            t.cap
            and i
            and _is_initial(toks[i - 1], t)
            and (
                sur_like(low)
                or isfirst
                or rare(t)
                or (not toks[i - 1].start and low not in common_en)
                or (i >= 2 and toks[i - 2].low in _RELATION)  # "officer T. Banjo came out"
            )
        ):
            mark(i, 0.7)  # "J. Barker", "K Singh", "R. Tănase" (also a Romanian word)
            continue
        if (
            common
            and i
            and toks[i - 1].low in _DETERMINERS
            and not toks[i - 1].start
            and not (
                lang in ("pl", "ro") and toks[i - 1].low == "a"
            )  # Polish "a" is "and", Romanian "a" "of"
        ):
            continue  # "a guy from", "the Grace period": an ordinary word here
        # "X said", "X from repairs", "X, my little boy", "X is my name", "X ydw i"
        after_cue = False
        if nxt is not None:
            nl = nxt.low
            if (
                nl in _SPEECH
                and nl not in ("is", "was", "has", "had", "will", "would", "who", "kept")
                and "," not in nxt.gap_before
                and "." not in nxt.gap_before
            ):
                # "a man called ...", "a guy named ...": the word before is not the name
                after_cue = nl not in ("called", "named") or not is_common(low)
            if (
                nl in ("is", "'s")
                and nxt2 is not None
                and nxt2.low == "my"
                and i + 3 < n
                and toks[i + 3].low in ("name", "names")
            ):
                after_cue = True
            if nl in ("ydw", "dw", "ydy") and nxt2 is not None and nxt2.low == "i":
                after_cue = True
            if nl in ("ne", "nay") and lang not in ("en", "cy", "pl", "ro") and "," not in nxt.gap_before:
                after_cue = True  # romanised Urdu/Punjabi "Pinky ne kaha": the agent marker
            if nxt.cap and adjacent(i + 1) and i + 3 < n:
                # two-word names: "Iolo Prydderch ydw i", "Shauna McCreadie is my name"
                w2, w3 = toks[i + 2].low, toks[i + 3].low
                if (w2 in ("ydw", "dw") and w3 == "i") or (
                    w2 == "is" and w3 == "my" and i + 4 < n and toks[i + 4].low in ("name", "names")
                ):
                    after_cue = True
            if "," in nxt.gap_before and nl in (
                "my",
                "our",
                "his",
                "her",
                "their",
                "mój",
                "moja",
                "fy",
                "ein",
            ):
                j = i + 2
                while j < n and toks[j].low in _FILLER and j - i < 5:
                    j += 1
                if j < n and toks[j].low in _RELATION:
                    after_cue = True
        if (
            nxt is not None
            and nxt.low == "here"
            and (i == 0 or (toks[i - 1].low in _GREETINGS and toks[i - 1].start))
            and low not in _FUNCTION_EN
            and low not in _RELATION
            and (
                nxt2 is None
                or any(c in ",.(!-–:;" for c in nxt2.gap_before)
                or nxt2.low in ("from", "and", "again")
            )
        ):
            mark(i, 0.7)  # "hiya, jazz here", "Gaz here, from number 9"
            continue
        if t.cap:
            if low in _MONTH_NAMES:
                # a month unless a clear cue says otherwise
                if after_cue and nxt is not None and nxt.low not in ("from",) and not t.start:
                    mark(i, 0.6)
                continue
            if blocked(t):
                continue
            if isfirst and not common:
                mark(i, 0.8 if not t.start else 0.7)
            elif isfirst and common:
                if not t.start:
                    # mid-sentence capitalised given name ("Grace", "Robin"), unless a Title Case phrase
                    if not (
                        nxt is not None
                        and adjacent(i + 1)
                        and nxt.cap
                        and is_common(nxt.low)
                        and not in_first(nxt.low)
                        and nxt.low not in sur
                    ):
                        mark(i, 0.6)
                elif after_cue:
                    mark(i, 0.6)
            elif rare(t):
                if placeish(i):
                    place_at.add(i)
                elif t.start:
                    if after_cue or (lang == "en" and not t.upper):
                        mark(i, 0.5)
                else:
                    mark(i, 0.55)
            elif after_cue and not common:
                mark(i, 0.5)
        elif uncased(t):
            if isfirst and not common and not blocked(t):
                mark(i, 0.6)
            elif isfirst and after_cue and not blocked(t) and low not in _FUNCTION_EN:
                mark(i, 0.5)

    # -- lists of people: "Tom, Harriet and Zainab", "Sarah and James"
    for i in range(n - 2, -1, -1):
        t = toks[i]
        if (
            name_at[i]
            or not (t.cap or t.upper)
            or not in_first(t.low)
            or t.low in _STOP
            or t.low in _MONTH_NAMES
        ):
            continue
        j = i + 1
        if toks[j].low in ("and", "&", "or") and j + 1 < n:
            j += 1
        elif "," not in toks[j].gap_before:
            continue
        if name_at[j] and (toks[j].cap or toks[j].upper) and t.cap == toks[j].cap:
            mark(i, 0.5)

    # a given name before a found surname is part of the name, and then spreads too
    # ("Carol Ainsworth ... what Carol said")
    for i in range(1, n):
        prev = toks[i - 1]
        if (
            name_at[i]
            and not name_at[i - 1]
            and toks[i].cap
            and prev.cap
            and adjacent(i)
            and not prev.poss
            and in_first(prev.low)
            and prev.low not in _STOP
            # "Mirosław Dudziak": a surname of the language's shape, though also a word there
            and (not is_common(toks[i].low) or (sur_like(toks[i].low) and toks[i].low not in common_en))
        ):
            mark(i - 1, 0.6)

    # -- pass 3: spread a found name to its other occurrences
    found = {toks[i].low for i in range(n) if name_at[i] and len(toks[i].low) >= 2}
    stems = _stems_of(found, lang)
    if found:
        for i, t in enumerate(toks):
            if name_at[i] or t.low in _STOP:
                continue
            if t.low not in found:
                # inflected forms of a found name: "Kubą" ... "Kubie"
                if not (t.cap and stems and len(t.low) >= 3 and stems & _stems_of({t.low}, lang)):
                    continue
            if t.low in proper and placeish(i):
                continue  # "she lives in Chelsea"
            if not (t.cap or t.upper or lower_mode or not is_common(t.low)):
                continue
            if t.start and is_common(t.low) and not t.poss:
                # "Mark my words", "Hope you are well": a sentence opener needs a cue ("Joy was kind")
                nt = toks[i + 1] if i + 1 < n else None
                if nt is not None and nt.low in _NOT_NAME_AFTER_OPENER and "," not in nt.gap_before:
                    continue  # a name alone at the end is a sign-off: "Thanks,\nBILL"
            if lang == "en" and i and toks[i - 1].low in _ARTICLES and is_common(t.low):
                continue  # "the BILL for the board": the word, not the man
            mark(i, 0.5)

    # a diminutive of a found given name later in the text ("Róża" ... "Różyczka", "Wiesław" ... "Wiesiek")
    if found and lang in ("pl", "ro", "cy"):
        heads = {w[: 4 if len(w) > 4 else 3] for w in found if len(w) >= 4 and in_first(w)}
        for i, t in enumerate(toks):
            if (
                name_at[i]
                or not t.cap
                or t.start
                or len(t.low) < 5
                or t.low[:3] not in heads
                and t.low[:4] not in heads
                or t.low in _STOP
                or t.low in proper
                or t.low in places
                or street_after(i)
                or t.low in _FUNCTION_EN
            ):
                continue
            mark(i, 0.5)  # capitalised mid-sentence, even when also a word ("różyczka", a little rose)

    # -- pass 4: join surnames and particles, build spans
    spans: list[Span] = []
    i = 0
    while i < n:
        if not name_at[i]:
            i += 1
            continue
        j = i
        # extend left over a capitalised given name ("Grace Oduya")
        while (
            j - 1 >= 0
            and adjacent(j)
            and not toks[j - 1].poss
            and toks[j - 1].cap
            and in_first(toks[j - 1].low)
            and (not is_common(toks[j - 1].low) or (toks[j].cap and not is_common(toks[j].low)))
            and toks[j - 1].low not in _STOP
            and not blocked(toks[j - 1])
            and not name_at[j - 1]
        ):
            j -= 1
        while j - 1 >= 0 and _is_initial(toks[j - 1], toks[j]):
            j -= 1  # initials: "J. R. Hartley"
        # a nickname's adjective: "Little Jim", "Big Sue", "old Tom" after "called"
        if j - 1 >= 0 and adjacent(j) and toks[j].cap and not name_at[j - 1]:
            pj = toks[j - 1]
            if (
                pj.cap
                and not pj.poss
                and pj.low not in _STOP
                and pj.low not in _FUNCTION_EN
                and pj.low not in _RELATION
                and pj.low not in _TITLES
                and pj.low not in _KINSHIP
                and pj.low not in _NOT_NICKNAME
                and pj.low not in places
                and (pj.low in _NICK_ADJ or (not pj.start and is_common(pj.low)))
            ):
                j -= 1
            elif pj.lower and pj.low in _NICK_ADJ_LOWER:
                j -= 1  # "little Kayden was asleep": the nickname's adjective, lower case
        k = i
        while k + 1 < n and not toks[k].poss:
            nt = toks[k + 1]
            if not adjacent(k + 1):
                break
            if name_at[k + 1]:
                k += 1
                continue
            if (
                nt.low in _PARTICLES
                and k + 2 < n
                and adjacent(k + 2)
                and (toks[k + 2].cap or toks[k + 2].upper)
            ):
                k += 2
                name_at[k] = max(name_at[k], 0.5)
                continue
            if (
                len(nt.text) == 1
                and nt.text.isupper()
                and nt.text not in "IA"
                and toks[k].cap
                and text[nt.e : nt.e + 1] == "."
            ):
                k += 1  # "Marta B.", "Tom K.": a surname's initial
                break
            if (nt.low in places and not sur_like(nt.low)) or nt.low in _STREET or nt.low in _STOP:
                after = toks[k + 2] if k + 2 < n else None
                if (
                    k == i
                    and nt.cap
                    and toks[k].cap
                    and in_first(toks[k].low)
                    and nt.low in places
                    and nt.low not in _STREET
                    and nt.low not in _STOP
                    and text[nt.e : nt.e + 1] in (".", ",", ";", "!")
                    and _INTRO_BEFORE_RE.search(text, max(0, toks[k].s - 14), toks[k].s)
                ):
                    k += 1  # "I'm Dawn Kettering.": after an introduction, a surname that is also a town
                    break
                if not (
                    nt.cap
                    and toks[k].cap
                    and nt.low in places
                    and nt.low not in _STREET
                    and nt.low not in _STOP
                    and after is not None
                    and adjacent(k + 2)
                    and after.low in _ACTION
                ):
                    break
                k += 1  # "Rose Kettering took photos": a surname that is also a town, then a verb
                continue
            if nt.cap and toks[k].cap:
                if sur_like(nt.low) or in_first(nt.low) or rare(nt) or nt.low in proper:
                    k += 1
                    continue
                if (
                    k == i
                    and in_first(toks[k].low)
                    and not nt.start
                    and nt.low not in _FUNCTION_EN
                    and nt.low not in _TITLES
                    and nt.low not in _RELATION
                    and text[nt.e : nt.e + 1] in (",", ";", ")")
                    and text[toks[k].e : nt.s] == " "
                ):
                    k += 1  # "pan Zbigniew Malec, potwierdził": a surname that is also a word, closing the name
                    break
            elif uncased(nt) and uncased(toks[k]) and nt.upper == toks[k].upper:
                if (
                    ((nt.low in sur or in_first(nt.low) or rare(nt)) and not is_common(nt.low))
                    or (nt.upper and nt.low in sur and nt.low not in _FUNCTION_EN and nt.low not in _SPEECH)
                    or (nt.upper and len(nt.low) > 2 and not is_common(nt.low) and nt.low not in _FUNCTION_EN)
                ):
                    k += 1
                    continue
            break
        conf = max(name_at[i : k + 1])
        spans.append(Span(toks[j].s, toks[k].e, PERSON, min(0.95, conf), "name"))
        i = k + 1
    return _drop_organisations(text, lang, spans)


def _drop_organisations(text: str, lang: str, spans: list[Span]) -> list[Span]:
    """Leave organisation names to organisations.py (their words are not persons)."""
    if not spans:
        return spans
    from . import organisations

    orgs = sorted((o.start, o.end) for o in organisations.find(text, lang))
    if not orgs:
        return spans
    starts = [a for a, _ in orgs]
    kept = []
    for s in spans:
        k = bisect_right(starts, s.start) - 1  # the last organisation starting at or before the span
        if k >= 0 and s.end <= orgs[k][1]:
            continue
        kept.append(s)
    return kept


# ---------------------------------------------------------------- chat speakers and sign-offs
# Layout, in any script: a chat or transcript line opens with its speaker ("Ania: ...",
# "[09:12] Tavi: ...", "মুন্নি: ..."), and a letter closes with the writer's name, on the
# last line ("...\nDean") or on the line after a closing formula ("বিনীত,\nনাসিমা চৌধুরী").

_WCH = "\\w\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\u0980-\u09ff\u0a00-\u0a7f\u200c\u200d"
_LABEL_LINE_RE = re.compile(
    r"^[ \t\u200e\u200f]*(?:\[[^\]\n]{1,24}\][ \t]*|\(?\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?\)?[ \t]*[-–]?[ \t]*)?"
    r"([^\W\d_][^\n:：]{0,40}?)[ \t]*[:：][ \t]+(?=\S)",
    re.M,
)
_LABEL_WORD_RE = re.compile(rf"[{_WCH}]+(?:['’\-][{_WCH}]+)*\.?")
_NATIVE_RE = re.compile("[\u0600-\u06ff\u0980-\u09ff\u0a00-\u0a7f]")
# Field labels, closings and roles that open a line with a colon but are no speaker.
_LABEL_STOP = frozenset(
    """to from subject re fw fwd date time tel telephone phone mobile email e-mail address ref reference
    name note notes ps pps update sent cc bcc attendees present apologies action actions item agenda minutes
    q a answer question me you admin moderator system edit edited summary outcome issue issues problem
    request response reply tenant landlord officer caseworker resident residents complainant customer
    caller agent staff advisor adviser manager chair secretary treasurer everyone all group council
    housing repairs status priority category location postcode flat unit block estate description details
    contact age dob nhs ni ward tip warning important urgent p.s n.b nb
    temat od do data tel adres uwaga dotyczy subiect către catre de la data adresa telefon nota
    """.split()
)
_CLOSINGS_RE = re.compile(
    r"(?im)^[ \t]*(?:(?:kind|best|warm|warmest|many|with)[ \t]+)?(?:regards|wishes|thanks|thank[ \t]+you|cheers"
    r"|sincerely|yours(?:[ \t]+(?:sincerely|faithfully|truly))?|love|respectfully|z[ \t]+poważaniem"
    r"|z[ \t]+wyrazami[ \t]+szacunku|pozdrawiam(?:[ \t]+serdecznie)?|serdecznie[ \t]+pozdrawiam|dziękuję"
    r"|cu[ \t]+(?:stimă|stima|respect|drag|considerație|consideratie)|mulțumesc|multumesc|toate[ \t]+cele[ \t]+bune"
    r"|مع[ \t]+(?:خالص[ \t]+)?(?:التحية|التحيات|الشكر|التقدير|الاحترام)|شكرا|شكراً|والسلام|وشكرا|وشكراً"
    r"|شکریہ|خیر[ \t]+اندیش|آپ[ \t]+کا[ \t]+مخلص|آپ[ \t]+کی[ \t]+مخلص|مخلص|مخلصہ|نیک[ \t]+تمنائیں|احترام[ \t]+کے[ \t]+ساتھ"
    r"|বিনীত|বিনীতা|ধন্যবাদান্তে|ধন্যবাদ|শুভেচ্ছান্তে|শুভেচ্ছাসহ|ইতি|ਸਤਿਕਾਰ[ \t]+ਸਹਿਤ|ਧੰਨਵਾਦ[ \t]+ਸਹਿਤ|ਧੰਨਵਾਦ"
    r"|ਸ਼ੁਭਚਿੰਤਕ|ਆਪ[ \t]+ਜੀ[ \t]+ਦਾ|ਆਪ[ \t]+ਜੀ[ \t]+ਦੀ|ਤੁਹਾਡਾ|ਤੁਹਾਡੀ)[ \t]*[,.!،]*[ \t]*(?:\n[ \t]*)+"
)
# The same closings run into the text (a letter pasted as one paragraph): only the phrases that
# cannot be anything else, then a capitalised name ("... Z wyrazami szacunku Zdzisław Kmiecik, ...").
_INLINE_CLOSING_RE = re.compile(
    r"(?<![\w])(?:yours[ \u00a0]+(?:sincerely|faithfully|truly)|(?:kind|best|warm|warmest)[ \u00a0]+regards"
    r"|z[ \u00a0]+wyrazami[ \u00a0]+szacunku|z[ \u00a0]+poważaniem|z[ \u00a0]+powazaniem|serdecznie[ \u00a0]+pozdrawiam"
    r"|cu[ \u00a0]+(?:stimă|stima|respect|considerație|consideratie)|toate[ \u00a0]+cele[ \u00a0]+bune)"
    r"[ \u00a0]*[,.!]?[ \u00a0]+(?=[A-ZĄĆĘŁŃÓŚŹŻĂÂÎȘȚŞŢ])",
    re.IGNORECASE,
)
_CLOSING_WORDS = frozenset(
    """regards wishes thanks thank cheers sincerely yours love respectfully best kind warm many please help
    urgent thx ta xx x bye goodbye god bless soon asap pozdrawiam dziękuję dzięki mulțumesc multumesc
    salut pa ps""".split()
)


def _native_word_ok(word: str, lang: str, loose: bool) -> bool:
    """A native-script word that can be (part of) a name: a listed name or a word no list knows."""
    from . import scripts

    script = (
        "arab" if "\u0600" <= word[0] <= "\u08ff" else "beng" if "\u0980" <= word[0] <= "\u09ff" else "guru"
    )
    lex = scripts._lexicon(script)
    for other in ("arab", "beng", "guru"):
        scripts._lexicon(other)
    norm = scripts.normalise(word, script)
    if norm in lex.stop or norm in lex.relations or norm in lex.titles or norm in lex.after_titles:
        return False
    lang_ar = "ar" if lang == "ar" else "ur"
    _, forms, _, rank, rare, _, name = scripts._word_facts(word, script, lang_ar)
    if any(f in lex.stop or f in lex.relations for f in forms):
        return False
    return bool(name or rare or (loose and rank > 3000))


def _native_plain(word: str) -> bool:
    """Not a function, kinship, title or organisation word of its script."""
    from . import scripts

    script = scripts.script_of(word)
    return script is not None and not scripts.ordinary_word(word, script)


def _known_name(word: str) -> bool:
    """A given name any list knows (Latin or native script)."""
    if _NATIVE_RE.match(word):
        from . import scripts

        script = "arab" if word[0] <= "\u08ff" else "beng" if word[0] <= "\u09ff" else "guru"
        scripts._lexicon(script)
        return bool(scripts._word_facts(word, script, "ur")[6])
    return word.lower().rstrip(".") in _lists()["first"]


def _everyday_word(word: str, lang: str) -> bool:
    """A word of the language's frequency lists (native: one the lists know), not a name."""
    if _NATIVE_RE.match(word):
        from . import scripts

        script = "arab" if word[0] <= "\u08ff" else "beng" if word[0] <= "\u09ff" else "guru"
        scripts._lexicon(script)
        return not scripts._word_facts(word, script, "ar" if lang == "ar" else "ur")[4]
    low = word.lower().rstrip(".")
    L = _lists()
    return low in L["en"] or low in L.get(lang, frozenset()) or low in L["pl"] or low in L["ro"]


def _latin_word_ok(word: str, lang: str, first_word: bool, label: bool = False) -> bool:
    L = _lists()
    low = word.lower().rstrip(".")
    if len(low) < 2 and not (word.endswith(".") or len(word) == 1) or low in _STOP or low in _FUNCTION_EN:
        return False
    if low in _LABEL_STOP or low in _CLOSING_WORDS or low in _RELATION or low in L["places"]:
        return False
    if len(low) == 1:
        return not first_word and word[:1].isupper()  # "Marta B."
    if low in L["first"] or low in L["sur"] or label:
        return True  # a speaker named on two lines or more, whatever else the word means
    return low not in L["en"] and (lang not in ("pl", "ro") or word[:1].isupper())


def _name_words(
    text: str, start: int, end: int, lang: str, loose: bool, most: int, label: bool = False
) -> list[tuple[int, int]]:
    """Leading name-like words of text[start:end] (at most ``most``)."""
    out: list[tuple[int, int]] = []
    for m in _LABEL_WORD_RE.finditer(text, start, end):
        if len(out) >= most:
            break
        if out and text[out[-1][1] : m.start()].strip(" \t"):
            break  # punctuation between words
        w = m.group()
        if w[:1].isdigit() or "_" in w:
            ok = False  # any script's digits ("੧੮.੦੨"): a date, not a name
        elif _NATIVE_RE.match(w):
            ok = _native_word_ok(w, lang, loose and not out)
        else:
            ok = _latin_word_ok(w, lang, not out, label)
        if not ok:
            break
        out.append((m.start(), m.end()))
    return out


_INTRO_BEFORE_RE = re.compile(
    r"(?i)(?:i'?m|i am|name is|name's|this is|it's|sunt|eu sunt|mă numesc|ma numesc|nazywam się|jestem|tu)\s+$"
)
_CONTACT_LABEL_RE = re.compile(
    r"(?i)(?<![\w])(?:contact|kontakt|contactați|contactati|persoană de contact|persoana de contact|osoba kontaktowa"
    r"|written by|prepared by|autor|autorka|sporządziła|sporządził|întocmit de|intocmit de"
    # a form's person fields: "Tenant: ...", "Chiriaș: ...", "Najemca: ...", "Applicant name: ..."
    r"|tenant|tenants|resident|applicant|complainant|client|customer|caller|next of kin|carer"
    r"|tenant name|resident name|applicant name|customer name|imię i nazwisko|imie i nazwisko|najemca|lokator"
    r"|lokatorka|wnioskodawca|wnioskodawczyni|nume|numele|nume și prenume|nume si prenume|chiriaș|chiriaş"
    r"|chirias|chiriașă|chiriaşă|reclamant|reclamantă|solicitant|solicitantă"
    # names and signatures on a form: "Name: ...", "Signature: ...", "Podpis: ...", "Semnătura: ..."
    r"|name|full name|your name|signature|signed|podpis|semnătura|semnatura|semnătură|semnat"
    # a call's notes: "Agent: Wanda", "OOH operator: ..."
    r"|agent|operator|ooh operator|call handler|handler)[ \t]*:[ \t]*"
)
# Of those labels, the ones after which even a lower-case word is the name ("name: kayleigh-ann brogan").
_NAME_LABEL_RE = re.compile(r"(?i)(?:name|signature|signed|podpis|semn\w*)[ \t]*:[ \t]*$")
_ARTICLE_BEFORE_RE = re.compile(r"(?i)(?<![\w])(?:the|a|an|this|that|my|your|our)\s+$")


_SENTENCE_END_RE = re.compile(r"[.!?؟۔।](?=[ \t\u00a0]+\S)")


def _labels_and_signoffs(text: str, lang: str) -> list[Span]:
    found: list[tuple[int, int, str]] = []
    labels = list(_LABEL_LINE_RE.finditer(text)) if ":" in text or "：" in text else []
    if len(labels) >= 2:
        counts: dict[str, int] = {}
        for m in labels:
            key = " ".join(m.group(1).split())
            counts[key] = counts.get(key, 0) + 1
        for m in labels:
            words = _LABEL_WORD_RE.findall(m.group(1))
            if not words or len(words) > 3 or "".join(words) != "".join(m.group(1).split()):
                continue  # only words in a speaker's label
            low0 = words[0].lower().rstrip(".")
            if low0 in _TITLES:
                continue  # "Mrs Patel:": names.py takes it from the title
            repeated = counts[" ".join(m.group(1).split())] >= 2
            got = _name_words(text, m.start(1), m.end(1), lang, True, 3, label=repeated)
            if got and not repeated and not _known_name(words[0]) and _everyday_word(words[0], lang):
                continue  # one line with a label ("Uwagi:", "Consilier:"): a form's field
            if got and got[-1][1] >= m.start(1) + len(m.group(1).rstrip()) - 1:
                found.append((got[0][0], got[-1][1], "chat speaker"))
    if ":" in text:
        for m in _CONTACT_LABEL_RE.finditer(text):
            got = _name_words(text, m.end(), min(len(text), m.end() + 60), lang, False, 3)
            if got and (text[got[0][0]].isupper() or _NAME_LABEL_RE.search(m.group())):
                end = got[-1][1]
                if text[end - 1] == "." and end - got[-1][0] > 2:
                    end -= 1  # "Name: Lucinda Ferrante.": the sentence's full stop, not an initial's
                found.append((got[0][0], end, "name after a contact label"))
    for m in _CLOSINGS_RE.finditer(text):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end == -1 else line_end
        got = _name_words(text, m.end(), line_end, lang, True, 3)
        if got:
            found.append((got[0][0], got[-1][1], "name after a closing"))
    for m in _INLINE_CLOSING_RE.finditer(text):
        got = _name_words(text, m.end(), min(len(text), m.end() + 60), lang, True, 3)
        if got and got[0][0] == m.end():
            found.append((got[0][0], got[-1][1], "name after a closing"))
    # the last line, or in text run together the words after the last sentence, up to a
    # comma ("... 0161 496 0732. Dean", "... 11:00. Teresa Lis, zespół Caritas")
    tail = text.rstrip()
    last = max(
        [tail.rfind("\n")]
        + [
            m.end() - 1
            for m in _SENTENCE_END_RE.finditer(tail, max(0, len(tail) - 120))
            # not the dot of an initial ("signed J. R. Hartley")
            if not (
                tail[m.start() - 1 : m.start()].isupper()
                and not tail[m.start() - 2 : m.start() - 1].isalpha()
            )
        ]
    )
    if last != -1:
        segment = tail[last + 1 :]
        cut = min((i for i in (segment.find(","), segment.find("،")) if i != -1), default=len(segment))
        line = segment[:cut].strip().rstrip(".,")
        if line and len(line.split()) <= 3 and not any(c.isdigit() or c in "@:/" for c in line):
            start = last + 1 + (len(segment) - len(segment.lstrip()))
            got = _name_words(text, start, start + len(line), lang, False, 3)
            if got and got[-1][1] >= start + len(line) - 1:
                found.append((got[0][0], got[-1][1], "name signing off"))
            elif _NATIVE_RE.match(line) and "\n" in tail[last : last + 1]:
                # a letter's last line in Arabic, Bengali or Gurmukhi script: the writer's name when
                # one word is a name and none is a function word ("وداد الشامي": affection + a nisba)
                words = list(_LABEL_WORD_RE.finditer(text, start, start + len(line)))
                if (
                    words
                    and all(_NATIVE_RE.match(w.group()) and _native_plain(w.group()) for w in words)
                    and any(_native_word_ok(w.group(), lang, False) for w in words)
                ):
                    found.append((words[0].start(), words[-1].end(), "name signing off"))
    if not found:
        return []
    spans = [Span(a, b, PERSON, 0.6, why) for a, b, why in found]
    # the same words elsewhere in the text ("Tavi: ..." and "... cu Tavi")
    seen = set()
    for a, b, _ in found:
        for wm in _LABEL_WORD_RE.finditer(text, a, b):
            w = wm.group().rstrip(".")
            if len(w) < 3 or w in seen:
                continue
            seen.add(w)
            common = w.lower() in _lists()["en"]
            for om in re.finditer(rf"(?<![{_WCH}]){re.escape(w)}(?![{_WCH}])", text):
                if any(x <= om.start() and om.end() <= y for x, y, _ in found):
                    continue  # the finding itself
                if common and _ARTICLE_BEFORE_RE.search(text, max(0, om.start() - 6), om.start()):
                    continue  # "the BILL for the board": the word, not the man
                spans.append(Span(om.start(), om.end(), PERSON, 0.5, "speaker or signatory named again"))
    return spans
