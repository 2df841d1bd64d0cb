"""Dangerous electrics: sparking, shocks, exposed wires, and water getting into lights, sockets or the fuse box."""

from ..folding import either, near

PATTERNS = {
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
            r"(?:am |a |au |ai |am mai )?lua\w* (?:\w+ )?curent",  # "am luat curent": got a shock
            r"m-a (?:curentat|electrocutat|scuturat curentul)|m-a (?:prins|lovit) curentul",
            r"fire\w* (?:\w+ ){0,2}(?:descoperit|dezgolit|neizolat|expus|atârn)\w*",
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
            "كهربني",
            "كهربتني",
            "كهربنا",
            "كهربه",
            "كهربها",
            "ضربتني الكهربا",
            "ضربني الكهربا",
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
            "تاریں جل",
            "تار جل",
            "ساکٹ جل",
            "میٹر سے دھواں",
            "میٹر کے پاس سے دھواں",
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
}

# Water on electrics: a wet word and an electrical one close together, in either order.
_WATER = {
    "en": either(
        r"water|leak\w*|leek\w*|drip\w*|flood\w*|wet|pour\w*|rain\w*|soak\w*|pissing|coming through",
        r"electric\w*|light ?fittings?|ceiling lights?|lights?|light ?bulbs?|bulbs?|sockets?|plugs?|switch\w*|"
        r"fuse ?box\w*|consumer units?|wir(?:es|ing)|cables?|spot ?lights?|down ?lights?|meter|ceiling roses?",
        gap=4,
    ),
    "pl": either(
        r"wod\w*|zalew\w*|zalan\w*|zalał\w*|przeciek\w*|ciek\w*|kap\w*|mokr\w*|przemok\w*",
        r"gniazd\w*|kontakt\w*|lamp\w*|oświetleni\w*|elektry\w*|przewod\w*|kabl\w*|bezpiecznik\w*|"
        r"włącznik\w*|żyrandol\w*|żarów\w*|licznik\w*",
        gap=3,
    ),
    "ro": either(
        r"apa|apă|apei|infiltra\w*|scurge\w*|picur\w*|ud\w*|inunda\w*|curge",
        r"priz\w*|bec\w*|lustr\w*|lamp\w*|tablou\w*|instalați\w*|fire electrice|întrerupător\w*|electric\w*|curent\w*",
        gap=3,
    ),
    "ar": either(
        r"ماء|مياه|الماء|المياه|المي|مي|المية|مية|الميه|تسرب\S*|يتسرب|تتسرب|مبلل\S*|تقطر|يقطر|ينزل|تنزل",
        r"الكهرباء|كهرباء|الكهربائية|المقبس|مقبس|الأفياش|الفيش|مفتاح|الإضاءة|الأضواء|لمبة|اللمبة|الأسلاك|أسلاك|"
        r"مصباح|المصباح|النور|الفيوز|الضو|ضو|الضوء|الفيشة|فيشة|الفيشات",
        gap=3,
        latin=False,
    ),
    "ur": either(
        r"پانی|لیک|ٹپک\S*|رس رہا|رس رہی|گیلا|گیلی|گیلے",
        r"بجلی|ساکٹ|سوئچ|لائٹ\S*|تار\S*|بورڈ|پلگ|بلب|فیوز",
        gap=3,
        latin=False,
    ),
    "bn": either(
        r"পানি\S*|জল\S*|লিক\S*|চুইয়ে|ভিজে\S*|ভেজা|চুঁইয়ে",
        r"বিদ্যুৎ\S*|বিদ্যুতের|সকেট\S*|সুইচ\S*|লাইট\S*|বাতি\S*|তার\S*|প্লাগ\S*|বৈদ্যুতিক|ফিউজ\S*|মিটার\S*",
        gap=3,
        latin=False,
    ),
    "pa": either(
        r"ਪਾਣੀ|ਲੀਕ|ਟਪਕ\S*|ਗਿੱਲ\S*|ਚੋ ਰਿਹਾ|ਚੋ ਰਹੀ",
        r"ਬਿਜਲੀ|ਸਾਕਟ|ਸਵਿੱਚ|ਲਾਈਟ\S*|ਬੱਤੀ|ਤਾਰ\S*|ਪਲੱਗ|ਬਲਬ|ਫਿਊਜ਼",
        gap=3,
        latin=False,
    ),
}
_MORE = {
    # Residents' spellings and smells of burning from the electrics.
    "en": (
        r"sparkin'?",
        r"sparky (?:socket|plug|switch)s?",
        r"electr\w*cut\w*",
        r"(?:burn\w*|melt\w*|smok\w*|scorch\w*) (?:\w+ ){0,3}(?:sockets?|plugs?|fuse ?box|switch\w*|wir\w*)",
        r"(?:sockets?|plugs?|fuse ?box|switch\w*|wir\w*) (?:\w+ ){0,3}(?:burn\w*|melt\w*|smok\w*|scorch\w*)",
        r"shocked by",
        r"zap+(?:ed|ing|s)?\b",
        r"(?:sockets?|plugs?|switch\w*|fuse ?box|wir\w*|cables?)(?:'s| is| was| has| have| are| were| had)?"
        r"(?: gone| going| turned| all| got| been| totally| completely| really){0,3} "
        r"(?:black(?:ened)?|charred|scorched|burnt|burned|melted|red hot|boiling hot|too hot to touch)",
        r"(?:red|boiling) hot (?:sockets?|plugs?|switch\w*)",
        r"(?:extractor |bathroom |ceiling )?fan (?:\w+ ){0,5}(?:smok\w+|melt\w*|spark\w*)",
        r"tingl\w* (?:\w+ ){0,4}(?:switch\w*|sockets?|plugs?|taps?|light)|(?:switch\w*|sockets?|plugs?) (?:\w+ ){0,4}tingl\w*",
    ),
}
_MORE["en"] += (
    # "water ran down the wall and into the sockets": the preposition carries it further.
    near(
        r"water|leak\w*|drip\w*|flood\w*|rain\w*",
        r"(?:into|in|through|onto|out of|behind|round|around) (?:the |our |my |all the )?"
        r"(?:electric\w*|light ?fittings?|lights?|sockets?|plug ?sockets?|fuse ?box\w*|consumer units?|wiring|switch\w*)",
        gap=7,
    ),
    r"wir(?:es|ing)(?: is| are| was| were| just| all| still){0,2} (?:hanging|exposed|sticking|dangling|out of|loose)",
)
for _language, _fragment in _WATER.items():
    PATTERNS["electrics"][_language] += (_fragment, *_MORE.get(_language, ()))
