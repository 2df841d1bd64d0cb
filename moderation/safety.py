"""Flag stories that mention danger, so editors deal with them first and pass on where to get help.

A missed gas leak or suicide risk costs far more than an editor glancing at a story that
only mentions a gas bill, so the word lists lean towards flagging. They cover the campaign
languages (English, Arabic, Bengali, Polish, Punjabi in Gurmukhi, Romanian, Urdu) without
needing to know which language a story is in: every list runs over every text.

Text and patterns are folded the same way first (case, Latin accents, Arabic-script letter
variants and diacritics, Gurmukhi nukta/addak/virama), so "pożar" matches "pozar", Romanian
works with or without diacritics, and Urdu typed with Arabic letters still matches.
Latin-script patterns are whole words (stems with ``\\w*`` for inflections); other scripts
match substrings, except short words that are part of longer common ones, which get
script-aware boundaries (Urdu آگ "fire" inside آگے "ahead").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

# ------------------------------------------------------------------------------------ folding
_MARKS = re.compile(
    "[\u0300-\u036f"  # Latin combining accents (after NFKD)
    "\u064b-\u065f\u0670\u06d6-\u06ed\u0640"  # Arabic harakat, hamza marks, tatweel
    "\u0a3c\u0a71\u0a4d"  # Gurmukhi nukta, addak, virama
    "\u200c\u200d\u00ad]"  # joiners, soft hyphen
)
_LETTERS = str.maketrans(
    {
        "ł": "l",
        "ٱ": "ا",
        "ى": "ی",
        "ي": "ی",
        "ے": "ی",
        "ك": "ک",
        "ة": "ہ",
        "ۃ": "ہ",
        "ه": "ہ",
        "ە": "ہ",
        "\u0a02": "\u0a70",  # Gurmukhi bindi and tippi are written interchangeably
        "\u2019": "'",
        "\u2018": "'",
    }
)


def _strip(text: str) -> str:
    """Fold spelling variants; used on patterns too, so it must leave regex syntax alone."""
    return _MARKS.sub("", unicodedata.normalize("NFKD", text)).translate(_LETTERS)


def _fold(text: str) -> str:
    return _strip(text.casefold())


# ----------------------------------------------------------------------------- pattern helpers
# Letters only: Arabic-script and Gurmukhi punctuation and digits count as boundaries.
_ARABIC_LETTER = r"[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff]"
_GURMUKHI_LETTER = r"[\u0a01-\u0a65\u0a70-\u0a75]"


def _bounded(letter: str, words: Iterable[str], prefix: str = "") -> str:
    return f"(?<!{letter}){prefix}(?:{'|'.join(words)})(?!{letter})"


def _ar(*words: str) -> str:
    """Whole Arabic word, allowing the clitics written joined to it (و ف ب ل ال بال لل)."""
    return _bounded(_ARABIC_LETTER, words, "[وف]?(?:ال|بال|لل|كال|[بل])?")


def _ur(*words: str) -> str:
    """Whole Urdu word (Urdu postpositions are written apart)."""
    return _bounded(_ARABIC_LETTER, words)


def _pa(*words: str) -> str:
    """Whole Gurmukhi word, so that ਅੱਗ "fire" does not match ਅੱਗੇ "ahead"."""
    return _bounded(_GURMUKHI_LETTER, words)


# How each language's alternatives are anchored. Latin: whole words. Others: a lookahead for the
# script, so the regex engine skips the long alternation at every position in another script.
_ANCHORS = {
    "en": r"\b",
    "pl": r"\b",
    "ro": r"\b",
    "ar": r"(?=[\u0600-\u06ff])",
    "ur": r"(?=[\u0600-\u06ff])",
    "bn": r"(?=[\u0980-\u09ff])",
    "pa": r"(?=[\u0a00-\u0a7f])",
}

# Concern group -> language -> regex fragments, written in natural spelling (folded on load).
# Latin-script fragments are matched as whole words (\b...\b); the rest are used as they stand.
PATTERNS: dict[str, dict[str, tuple[str, ...]]] = {
    "gas": {
        "en": (r"gas(?:es)?", r"carbon monoxide", r"monoxide", r"co (?:alarm|detector|poisoning)s?"),
        "pl": (r"gaz(?:u|em|ie|y|ami|ach|ow\w*)?", r"czad\w*", r"tlen\w* węgla"),
        "ro": (r"gaz(?:ul|ului|e|ele|elor)?", r"monoxid\w*"),
        "ar": (_ar("غاز", "غازات"), "أكسيد الكربون"),
        "ur": (_ur("گیس"), "مونو آکسائیڈ", "کاربن مونو"),
        "bn": ("গ্যাস(?!্)", "মনোক্সাইড"),  # not গ্যাস্ট্রিক "gastric"
        "pa": (_pa("ਗੈਸ", "ਗੈਸਾਂ"), "ਮੋਨੋਆਕਸਾਈਡ", "ਮੋਨੋਕਸਾਈਡ"),
    },
    "fire": {
        "en": (
            r"(?<!din )fires?",  # not "fired" (lost a job), "firefly" or Romanian "din fire" (by nature)
            r"on fire",
            r"fire ?(?:fighters?|brigade|engines?|men|man)",
            r"blaze",
            r"flames?",
            r"burning",
            r"arson\w*",
            r"smoke (?:alarms?|detectors?)",
            r"(?:smell of|full of|thick|black) smoke",
            r"smoke (?:was |is )?(?:coming|pouring|billowing|everywhere)",
        ),
        "pl": (
            r"(?:przeciw)?pożar\w*",
            r"ogień",
            r"ogni(?:a|em|u|ow\w*)",
            r"dym(?:u|em|ie|y)?",
            r"płon\w*",
            r"strażak\w*",
        ),
        "ro": (
            r"incendi\w*",
            r"foc(?:ul|ului|uri)?",
            r"flăcăr\w*",
            r"fum(?:ul|ului)?",
            r"pompier\w*",
            r"ard(?:e|ea|eau)",
            r"a ars",
        ),
        "ar": ("حريق", "حرائق", "شتعل", "اشتعال", "دخان", "حترق", "رجال الإطفاء", _ar("نار", "لهب")),
        "ur": (_ur("آگ"), "دھواں", "دھوئیں", "آتش", "شعلے", _ur("فائر"), "جلنے کی بو", "سموک"),
        "bn": ("আগুন", "অগ্নি", "ধোঁয়া", "ফায়ার", "পুড়ে", "পুড়ছে", "দমকল", "স্মোক"),
        "pa": (_pa("ਅੱਗ"), "ਧੂੰਆਂ", "ਧੂੰਏਂ", "ਫਾਇਰ", "ਸੜ ਰਿਹਾ", "ਸੜ ਰਹੀ", "ਲਾਟਾਂ", "ਸਮੋਕ"),
    },
    "electrics": {
        "en": (
            r"exposed (?:wir\w+|cables?|electrics)",
            r"(?:bare|loose|live|frayed|hanging|dangling) (?:wir(?:es|ing)|cables?)",
            r"wir(?:es|ing) (?:hanging|exposed|sticking|dangling|out of)",
            r"spark(?:s|ing)",  # not "sparked outrage"
            r"(?:sockets?|plugs?|switch\w*|wires?|cables?|lights?|fuse ?box|cooker|oven|shower) (?:\w+ ){0,2}sparked",
            r"electric(?:al)? shocks?",
            r"electrocut\w*",
            r"(?:got|get|getting|gave me|giving me) (?:an? )?shocks? (?:from|off|when)",
            r"shocks? (?:from|off) (?:the )?(?:socket|plug|switch|light|cooker|oven|shower|wall)s?",
            r"fuse ?box\w*",
            r"fuses? (?:blow\w*|keeps?|went|trip\w*)",
            r"consumer units?",
            r"(?:electrical|wiring) (?:faults?|problems?|issues?|hazards?)",
            r"(?:faulty|dangerous|unsafe) (?:wiring|electrics|electricity|sockets?|plugs?|switch\w*)",
            r"(?:sockets?|plugs?|switch\w*) (?:is |are |was |were |keeps? )?"
            r"(?:sparking|smoking|melting|melted|scorched|burning|buzzing|crackling|hot)",
            r"(?:electrics|power|trip switch\w*|breakers?) (?:keeps? )?trip\w*",
            r"short[- ]?circuit\w*",
            r"water (?:\w+ ){0,3}(?:into|in|through|onto) (?:the )?"
            r"(?:light fittings?|lights?|sockets?|fuse ?box|electrics|consumer unit)",
        ),
        "pl": (
            r"porażeni\w*",
            r"poraż(?:ony|ona|ył\w*)",
            r"(?:kopnął|kopnęł\w*|kopie) (?:mnie |go |ją )?prąd",
            r"iskr\w*",
            r"(?:odsłonięt|goł|wystając|zwisając|luźn)\w* (?:przew\w*|kabl\w*)",
            r"(?:przew\w*|kabl\w*) (?:wystaj|zwisaj|odsłon|iskrz)\w*",
            r"bezpiecznik\w*",
            r"zwarci\w*",
            r"(?:usterk|awari|wad)\w* (?:instalacji )?elektryczn\w*",
            r"instalacj\w* elektryczn\w*",
        ),
        "ro": (
            r"curentat\w*",
            r"șoc\w* electric\w*",
            r"scânte\w*",
            r"fire (?:expuse|dezgolite|neizolate|atârnând)",
            r"cabl\w* (?:expus|dezgolit|neizolat)\w*",
            r"tablou\w* electric\w*",
            r"scurt[- ]?circuit\w*",
            r"(?:defect|problem)\w* electric\w*",
            r"instalați\w* electric\w*",
            r"priz\w* (?:scânte|ars|arde|topit|fumeg)\w*",
        ),
        "ar": (
            "صعق",
            "ماس كهربائ",
            "أسلاك مكشوف",
            "الأسلاك المكشوف",
            "أسلاك عاري",
            "الأسلاك العاري",
            "شرارة",
            "شرر",
            "لوحة الكهرباء",
            "قاطع الكهرباء",
            "فيوز",
            "عطل كهربائ",
            "عطل في الكهرباء",
            "خلل كهربائ",
        ),
        "ur": (
            "کرنٹ",
            "بجلی کا جھٹکا",
            "ننگی تار",
            "کھلی تار",
            "تاریں لٹک",
            "تاریں باہر",
            "شارٹ سرکٹ",
            "چنگار",
            "فیوز",
            "وائرنگ",
        ),
        "bn": (
            "বিদ্যুৎস্পৃষ্ট",
            "ইলেকট্রিক শক",
            "বৈদ্যুতিক শক",
            "শক খে",
            "শক লেগ",
            "কারেন্ট লেগ",
            "খোলা তার",
            "তার বেরিয়ে",
            "ঝুলন্ত তার",
            "স্পার্ক",
            "স্ফুলিঙ্গ",
            "শর্ট সার্কিট",
            "ফিউজ",
            "বৈদ্যুতিক ত্রুটি",
            "ওয়্যারিং",
        ),
        "pa": (
            "ਕਰੰਟ",
            "ਬਿਜਲੀ ਦਾ ਝਟਕਾ",
            "ਨੰਗੀ ਤਾਰ",
            "ਨੰਗੀਆਂ ਤਾਰਾਂ",
            "ਖੁੱਲ੍ਹੀਆਂ ਤਾਰਾਂ",
            "ਲਟਕਦੀਆਂ ਤਾਰਾਂ",
            "ਚੰਗਿਆੜ",
            "ਸ਼ਾਰਟ ਸਰਕਟ",
            "ਸ਼ਾਰਟ ਸਰਕਿਟ",
            "ਫਿਊਜ਼",
            "ਵਾਇਰਿੰਗ",
            "ਸਪਾਰਕ",
        ),
    },
    "self_harm": {
        "en": (
            r"self[- ]?harm\w*",
            r"self[- ]?injur\w*",
            r"suicid\w*",
            r"kill(?:ing|ed|s)? (?:my|him|her|them|your)sel(?:f|ves)",
            r"(?:end|ending|take|taking) (?:my|his|her|their) (?:own )?li(?:fe|ves)",
            r"end(?:ing)? it all",
            r"(?:hurt(?:ing|s)?|harm(?:ing|s|ed)?|cut(?:ting|s)?) (?:my|him|her|them)sel(?:f|ves)",
            r"(?:don't|dont|do not|didn't|no longer) want to (?:live|be alive|be here|wake up)",
            r"(?:want|wanted|wanting) to die",
            r"better off dead",
            r"no reason to live",
            r"overdos\w*",
        ),
        "pl": (
            r"samobój\w*",
            r"samookalecz\w*",
            r"okalecz\w*",
            r"zabi\w* się",
            r"odebr\w* sobie życi\w*",
            r"skończ\w* (?:ze sobą|z życiem)",
            r"nie chc\w* (?:już )?żyć",
            r"(?:zrob|robi)\w* sobie krzywd\w*",
        ),
        "ro": (
            r"sinucid\w*",
            r"sinucig\w*",
            r"auto-?vătăm\w*",
            r"mă omor",
            r"(?:iau|lua|luat) viața",
            r"capăt (?:vieții|zilelor)",
            r"nu (?:mai )?vreau să (?:mai )?trăiesc",
            r"vreau să mor",
            r"mă rănesc",
            r"(?:să-mi|îmi|mi|mi-am) (?:fac\w*|făcut) rău",
        ),
        "ar": (
            "انتحار",
            "نتحر",
            "إيذاء النفس",
            "إيذاء نفس",
            "أؤذي نفس",
            "قتل نفس",
            "إنهاء حياتي",
            "أنهي حياتي",
            "لا أريد أن أعيش",
            "لا أريد العيش",
            "أتمنى الموت",
        ),
        "ur": (
            "خودکشی",
            "خود کشی",
            "خود کو نقصان",
            "خود کو مار",
            "اپنی جان لے",
            "اپنی جان دے",
            "جینا نہیں چاہت",
            "زندگی ختم کر",
            "مر جانا چاہت",
        ),
        "bn": (
            "আত্মহত্যা",
            "আত্মঘাতী",
            "নিজের ক্ষতি",
            "নিজেকে আঘাত",
            "নিজেকে মেরে ফেল",
            "নিজেকে শেষ করে",
            "জীবন শেষ করে",
            "বাঁচতে চাই না",
            "মরে যেতে চাই",
        ),
        "pa": (
            "ਖੁਦਕੁਸ਼ੀ",
            "ਆਤਮਹੱਤਿਆ",
            "ਆਤਮ ਹੱਤਿਆ",
            "ਆਪਣੇ ਆਪ ਨੂੰ ਨੁਕਸਾਨ",
            "ਆਪਣੇ ਆਪ ਨੂੰ ਮਾਰ",
            "ਆਪਣੀ ਜਾਨ ਲੈ",
            "ਜਾਨ ਦੇ ਦੇ",
            "ਜੀਣਾ ਨਹੀਂ ਚਾਹੁੰਦ",
            "ਜਿਉਣਾ ਨਹੀਂ ਚਾਹੁੰਦ",
            "ਮਰਨਾ ਚਾਹੁੰਦ",
        ),
    },
    # Damp and mould words: a concern only together with a health word (see RULES).
    "damp": {
        "en": (
            r"damp(?:ness)?",
            r"mou?ld(?:y|s)?",  # not "moulding" (the trim)
            r"mildew\w*",
            r"condensation",
            r"fung(?:us|al|i)",
            r"spores?",
            r"wet walls?",
        ),
        "pl": (
            r"wilgo\w*",
            r"zawilg\w*",
            r"pleśń",
            r"pleśni\w*",
            r"grzyb\w*",
            r"zagrzybi\w*",
            r"kondensac\w*",
        ),
        "ro": (
            r"umezeal\w*",
            r"umed\w*",
            r"umidit\w*",
            r"igrasi\w*",
            r"mucega\w*",
            r"condens\w*",
            r"ciuperc\w*",
        ),
        "ar": ("رطوبة", "عفن", "فطريات", "تكاثف", "تكثف"),
        "ur": (_ur("سیلن", "نمی"), "پھپھوند", "پھپوند", "ڈیمپ", "مولڈ"),  # not سیلنڈر "cylinder"
        "bn": (
            "স্যাঁতসেঁতে",
            "স্যাঁতস্যাঁতে",
            "ছত্রাক",
            "ছাতা পড়",
            "আর্দ্রতা",
            "ভেজা দেয়াল",
            "ভেজা দেওয়াল",
            "ড্যাম্প",
            "মোল্ড",
            "শ্যাওলা",
            "কনডেনসেশন",
        ),
        "pa": (
            "ਸਿੱਲ੍ਹ",
            "ਸਲ੍ਹਾਬ",
            _pa("ਸਿੱਲ", "ਸਿੱਲੀ", "ਸਿੱਲੇ", "ਸੇਮ", "ਉੱਲੀ", "ਨਮੀ"),
            "ਗਿੱਲੀ ਕੰਧ",
            "ਗਿੱਲੀਆਂ ਕੰਧ",
            "ਫੰਗਸ",
            "ਡੈਂਪ",
            "ਮੋਲਡ",
        ),
    },
    "health": {
        "en": (
            r"asthma\w*",
            r"breath\w*",
            r"chest infections?",
            r"respiratory",
            r"hospital\w*",
            r"gps?",
            r"doctors?",
            r"ill(?:ness|nesses)?",
            r"sick(?:ness|ly)?(?! of| and tired)",  # "sick of the landlord" is not a symptom
            r"unwell",
            r"poorly",
            r"cough\w*",
            r"lungs?",
            r"wheez\w*",
            r"bronch\w*",
            r"pneumonia",
            r"allerg\w*",
            r"eczema",
            r"infections?",
            r"inhalers?",
            r"a&e",
            r"health(?! and safety)",
        ),
        "pl": (
            r"astm\w*",
            r"oddych\w*",
            r"oddech\w*",
            r"duszno\w*",
            r"kaszel",
            r"kaszl\w*",
            r"płuc\w*",
            r"szpital\w*",
            r"lekarz\w*",
            r"chor(?:y|a|e|zy|ob\w*|uj\w*|ow\w*)",
            r"infekcj\w*",
            r"oskrzel\w*",
            r"alergi\w*",
            r"świszcz\w*",
            r"przychodni\w*",
            r"zdrowi\w*",
        ),
        "ro": (
            r"astm\w*",
            r"respir\w*",
            r"tus(?:e|ea|esc|ește|it|ind)",
            r"plămân\w*",  # not Polish "plamy" (stains)
            r"spital\w*",
            r"medic\w*",
            r"bolnav\w*",
            r"boal[ăa]",
            r"boli\w*",
            r"infecți\w*",
            r"bronși\w*",
            r"alergi\w*",
            r"sufoc\w*",
            r"sănăt\w*",
        ),
        "ar": (
            _ar("ربو"),  # not عربون "deposit"
            "تنفس",
            "سعال",
            "كحة",
            "الرئة",
            "رئتي",
            "رئتين",
            "مستشف",
            "طبيب",
            "دكتور",
            "مرض",
            "مريض",
            "التهاب",
            "عدوى",
            "صفير",
            "حساسية",
            "صحة",
        ),
        "ur": (
            _ur("دمہ", "دمے"),  # not صدمہ "shock" or آدمی "man"
            "سانس",
            "کھانسی",
            "پھیپھڑ",
            "سپتال",
            "ڈاکٹر",
            "بیمار",
            "جی پی",
            "انفیکشن",
            "الرجی",
            "صحت",
        ),
        "bn": (
            "হাঁপানি",
            "অ্যাজমা",
            "শ্বাস",
            "কাশি",
            "কাশছ",
            "ফুসফুস",
            "হাসপাতাল",
            "ডাক্তার",
            "অসুস্থ",
            "অসুখ",
            "জিপি",
            "সংক্রমণ",
            "ইনফেকশন",
            "অ্যালার্জি",
            "স্বাস্থ্য",
        ),
        "pa": (
            _pa("ਦਮਾ", "ਦਮੇ", "ਸਾਹ"),  # not ਕਦਮ "step" or ਸਾਹਮਣੇ "in front"
            "ਖੰਘ",
            "ਫੇਫੜ",
            "ਹਸਪਤਾਲ",
            "ਡਾਕਟਰ",
            "ਬਿਮਾਰ",
            "ਬੀਮਾਰ",
            "ਜੀਪੀ",
            "ਜੀ ਪੀ",
            "ਇਨਫੈਕਸ਼ਨ",
            "ਐਲਰਜੀ",
            "ਸਿਹਤ",
        ),
    },
}

# Concern code -> pattern groups that must all match within one text.
RULES: dict[str, tuple[str, ...]] = {
    "damp_health": ("damp", "health"),
    "electrics": ("electrics",),
    "fire": ("fire",),
    "gas": ("gas",),
    "self_harm": ("self_harm",),
}
CODES: tuple[str, ...] = tuple(sorted(RULES))


def _compile(by_language: dict[str, tuple[str, ...]]) -> re.Pattern[str]:
    parts = []
    for language, fragments in by_language.items():
        joined = "|".join(_strip(fragment) for fragment in fragments)
        end = r"\b" if _ANCHORS[language] == r"\b" else ""
        parts.append(f"{_ANCHORS[language]}(?:{joined}){end}")
    return re.compile("|".join(parts))


_MATCHERS: dict[str, re.Pattern[str]] = {group: _compile(langs) for group, langs in PATTERNS.items()}


def safety_concerns(*texts: str | None) -> list[str]:
    """Sorted, unique concern codes found in any of the texts (empty ones are skipped)."""
    found: set[str] = set()
    for text in texts:
        if not text:
            continue
        folded = _fold(text)
        hits = {group for group, matcher in _MATCHERS.items() if matcher.search(folded)}
        found.update(code for code, groups in RULES.items() if hits.issuperset(groups))
    return sorted(found)


# ---------------------------------------------------------------------------------- signposts
SIGNPOSTS: dict[str, tuple[Promise, Promise]] = {
    "damp_health": (
        _("Damp or mould affecting health"),
        _(
            "Damp and mould that harm health are a hazard the landlord must deal with: report it in "
            "writing and keep a copy. In England, social landlords must investigate and fix hazardous "
            "damp and mould within set deadlines (Awaab's Law); private renters can ask the council's "
            "environmental health team to inspect. For health worries, contact a GP or call NHS 111."
        ),
    ),
    "electrics": (
        _("Dangerous electrics"),
        _(
            "Stop using the socket, switch or appliance and keep everyone away from exposed wires. "
            "Report it on the landlord's emergency repairs line straight away: dangerous electrics are "
            "an emergency repair. If there is sparking, burning or smoke, or someone has had a shock, "
            "call 999."
        ),
    ),
    "fire": (
        _("Fire risk"),
        _(
            "If there is a fire or smoke now, get everyone out and call 999. Landlords must provide "
            "working smoke alarms and, in blocks, keep fire doors and escape routes safe; fire safety "
            "concerns should be reported to the landlord in writing, and the local fire and rescue "
            "service can give advice."
        ),
    ),
    "gas": (
        _("Gas or carbon monoxide"),
        _(
            "If anyone smells gas or suspects carbon monoxide, call the National Gas Emergency Service "
            "free on 0800 111 999, 24 hours a day. Leave the property, open doors and windows, do not "
            "use light or electrical switches or naked flames, and turn the gas off at the meter if "
            "it is safe to. Anyone feeling unwell should get medical help (999 in an emergency)."
        ),
    ),
    "self_harm": (
        _("Self-harm or suicide risk"),
        _(
            "Someone may be at risk. If a life is in immediate danger, call 999. Samaritans can be "
            "called free on 116 123, 24 hours a day, and Shout offers free 24-hour text support: text "
            "SHOUT to 85258. Follow the safeguarding procedure."
        ),
    ),
}


def signposts_for(codes: Iterable[str]) -> list[dict[str, str | Promise]]:
    """Label and advice for each code, in code order; unknown codes (e.g. retired ones) are skipped."""
    wanted = set(codes)
    return [
        {"code": code, "label": SIGNPOSTS[code][0], "advice": SIGNPOSTS[code][1]}
        for code in CODES
        if code in wanted
    ]
