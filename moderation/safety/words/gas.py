"""Gas smells and leaks, carbon monoxide. A gas bill or a gas engineer's visit is not a concern."""

from ..folding import ar, bn, either, near, pa, ur

_EN_GAS = r"gas+|gaz"
_EN_SIGN = r"leak\w*|leek\w*|smell\w*|smel|smelt|stink\w*|stank|stunk|stench|whiff|reek\w*|pong\w*|niff\w*|escap\w*|fumes?|hiss\w*|poison\w*"
_PL_GAS = r"gaz(?:u|em|ie|y|ow\w*)?"
_RO_GAS = r"gaz(?:ul|ului|e|ele|elor)?"
_AR_GAS = ar("غاز")
_UR_GAS = ur("گیس", "گیس")
_BN_GAS = bn("গ্যাস(?!্)") + r"\S*"  # not গ্যাস্ট্রিক "gastric"
_PA_GAS = pa("ਗੈਸ", "ਗੈਸਾਂ")

# Carbon monoxide described rather than named: the symptoms (headaches, dizziness, drowsiness,
# sickness) tied to a gas appliance being on; a flame burning orange or yellow instead of blue;
# soot round a boiler or gas fire; an alarm by the boiler chirping or beeping.
_EN_APPLIANCE = r"boiler|gas fire|fire|cooker|hob|oven|heater|flue|water heater|geyser|pilot light"
_EN_SYMPTOM = (
    r"headaches?|head(?:'s| is| was)? (?:\w+ ){0,2}(?:pounding|banging|splitting|thumping)|dizz\w*|drows\w*|"
    r"nause\w*|light[- ]headed|nodding off|sleepy|woozy|faint\w*|passing out|passed out|collaps\w*|confused"
)
_EN_FLAME = (
    r"flames? (?:[\w']+ ){0,6}(?:orange|yellow|yellowy|floppy|lazy|sooty|flickering)(?! (?:and|&) blue)|"
    r"(?:orange|yellow|yellowy|lazy|floppy) flames? (?:[\w']+ ){0,3}(?:boiler|hob|cooker|gas fire|pilot)|"
    r"flames? (?:[\w']+ ){0,4}(?:instead of|not|no longer|isn'?t|wasn'?t) blue"
)
_EN_CO = (
    _EN_FLAME,
    rf"(?:{_EN_SYMPTOM}) (?:\w+ ){{0,5}}(?:when|whenever|every time|each time|after|since|once) (?:\w+ ){{0,4}}(?:{_EN_APPLIANCE})",
    rf"(?:when|whenever|every time|each time|once) (?:\w+ ){{0,3}}(?:{_EN_APPLIANCE})(?:'s| is| goes| comes| has been)? "
    rf"(?:\w+ ){{0,5}}(?:{_EN_SYMPTOM})",
    r"(?:soot|sooty|black marks?|black stains?|scorch\w*|brown stains?) (?:\w+ ){0,4}(?:boiler|gas fire|fire|flue|cooker)|"
    r"(?:boiler|gas fire|flue)(?: \w+){0,3} (?:covered in|is|gone|has gone|with) (?:\w+ )?(?:soot|sooty|black)",
    r"(?:box|alarm|detector|thing|gadget) (?:above|by|near|next to|over|beside|on the wall by|under) (?:the |my |our )?"
    r"(?:boiler|cooker|gas fire|fire|water heater)(?: \w+){0,3} (?:chirp\w*|beep\w*|bleep\w*|screech\w*|sound\w*|go(?:es|ing)? off|went off)",
    # hissing from a gas pipe, meter or hob
    r"(?:pipe|pipes|meter|hob|cooker|valve|tap)s?(?:\W+\w+){0,3}\W+hiss\w*|hiss\w*(?:\W+\w+){0,4}\W+(?:pipe|pipes|meter|hob|cooker|valve)s?",
)
# Rotten eggs: how mains gas smells, in every language.
_ROTTEN_EGGS = {
    "pl": r"(?:zgnił|zepsut|śmierdząc)\w* jaj\w*|jaj\w* (?:zgnił|zepsut)\w*|siarkowodor\w*",
    "ro": r"ou(?:ă|a|ale)? (?:stricat|clocit)\w*|ouă\w* (?:stricat|clocit)\w*",
    "ar": r"(?:ال)?بيض (?:ال)?(?:فاسد|خربان|معفن|عفن|مخمج)\S*",
    "ur": r"(?:گندے|سڑے|خراب) (?:انڈ\S*)",
    "bn": r"পচা ডিম\S*",
    "pa": r"(?:ਗੰਦੇ|ਸੜੇ|ਖਰਾਬ|ਖ਼ਰਾਬ) ਆਂਡ\S*|(?:ਗੰਦੇ|ਸੜੇ) ਅੰਡ\S*",
}
# Symptoms of carbon monoxide with a gas appliance, and a flame gone the wrong colour.
_CO_DESCRIBED = {
    "pl": (
        r"(?:płomie\w*|ogie\w*) (?:\w+ ){0,4}(?:pomarańcz|żółt)\w*(?! i niebiesk)",
        r"(?:piec\w*|kuchenk\w*|junkers\w*|term\w*|kocioł|kotł\w*) (?:\w+ ){0,3}(?:syczy|syczał\w*|syk\w*)|sycz\w* (?:\w+ ){0,3}(?:rur\w*|licznik\w*|kuchenk\w*)",
        r"(?:czujnik|alarm)\w* (?:czadu|co|tlenku)\w* (?:\w+ ){0,3}(?:piszcz|pika|piszczy|wyje|włącz|zadziała)\w*",
    ),
    "ro": (
        r"flac[ăa]r\w* (?:\w+ ){0,4}(?:portocali|galben)\w*",
        r"(?:țeav|teav|conduct|aragaz|central|contor)\w* (?:\w+ ){0,3}(?:șuier|suier|sâsâ|sasa)\w*",
    ),
    "ar": (
        r"(?:اللهب|لهب|الشعلة|شعلة|النار) (?:\S+ ){0,3}(?:برتقالي|برتقالية|أصفر|صفراء|اصفر|صفرا)",
        r"(?:الأنبوب|الانبوب|البوري|الماسورة|العداد|الغاز|البوتجاز)\S* (?:\S+ ){0,3}(?:يصفر|تصفر|صفير|فحيح|يفح|تفح)\S*",
    ),
    "ur": (
        r"(?:شعلہ|شعلے|آگ) (?:\S+ ){0,3}(?:پیلا|پیلی|پیلے|نارنجی|اورنج)",
        r"(?:پائپ|چولہ\S*|میٹر|والو) (?:\S+ ){0,5}(?:سی سی|سیں سیں|شوں شوں|سیٹی|شش)",
    ),
    "bn": (
        r"(?:শিখা|আগুন)\S* (?:\S+ ){0,3}(?:হলুদ|কমলা)\S*",
        r"(?:পাইপ|চুলা|চুলো|মিটার)\S* (?:\S+ ){0,4}(?:হিসহিস|শোঁ শোঁ|সোঁ সোঁ|ফসফস)\S*",
    ),
    "pa": (
        r"(?:ਲਾਟ|ਅੱਗ)\S* (?:\S+ ){0,3}(?:ਪੀਲੀ|ਪੀਲਾ|ਸੰਤਰੀ)",
        r"(?:ਪਾਈਪ|ਚੁੱਲ੍ਹ\S*|ਮੀਟਰ) (?:\S+ ){0,4}(?:ਸ਼ੂੰ|ਸੀਂ ਸੀਂ|ਸ਼ੀਂ)\S*",
    ),
}

PATTERNS = {
    "gas": {
        "en": (
            near(_EN_GAS, _EN_SIGN, gap=2),
            near(
                r"leak\w*|leek\w*|smell\w*|smel|smelt|stink\w*|stank|stunk|stench|whiff|reek\w*|pong\w*|niff\w*|fumes?",
                _EN_GAS,
                gap=3,
            ),
            r"rotten eggs?|sulph\w* smell|smell\w* (?:\w+ ){0,2}sulph\w*",  # how gas smells, "gas" unsaid
            r"carbon mon\w*",
            r"monoxide",
            r"co2? (?:alarm|detector|poisoning|leak)s?",
            *_EN_CO,
            r"gas (?:alarm|detector)s? (?:\w+ ){0,2}(?:went|going|goes|beep\w*|sound\w*)",
            r"fumes? (?:\w+ ){0,5}(?:boiler|flue|cooker|fire)|(?:boiler|flue) (?:\w+ ){0,3}fumes?",
        ),
        "pl": (
            near(
                r"zapach\w*|czu\w*|śmierd\w*|smród|smrod\w*|wyciek\w*|ulatni\w*|nieszczel\w*|wydziela\w*|ulot\w*",
                _PL_GAS,
                gap=2,
            ),
            near(_PL_GAS, r"ulatni\w*|wycieka\w*|śmierd\w*|czuć|ucieka\w*|wyciek\w*|wydobywa\w*", gap=2),
            r"czad\w*",
            r"tlen\w* węgla",
        ),
        "ro": (
            near(
                r"miros\w*|mirose\w*|miroa\w*|scurger\w*|scurge|pierder\w*|scăp\w*|emanați\w*|intoxica\w*",
                _RO_GAS,
                gap=2,
            ),
            near(_RO_GAS, r"scap\w*|scăp\w*|scurge\w*|miroase|mirosea|ies\w*|se simte|se simțea", gap=2),
            r"monoxid\w*",
        ),
        "ar": (
            near(
                r"رائحة|ريحة|رايحة|تسرب|تسريب|يتسرب|تتسرب|شممنا|نشم|أشم|اشم|شم|تسمم|اختناق",
                _AR_GAS,
                gap=1,
                latin=False,
            ),
            near(_AR_GAS, r"يتسرب|تتسرب|متسرب|يخرج|يتسرّب|يسرب", gap=1, latin=False),
            "أكسيد الكربون",
            "اكسيد الكربون",
        ),
        "ur": (
            near(
                _UR_GAS,
                ur("بو", "بدبو", "لیک", "لیکیج", "لیکج", "اخراج", "رساؤ", "نکل", "نکلنے", "خارج"),
                latin=False,
            ),
            near(ur("بو", "بدبو", "لیک"), _UR_GAS, gap=1, latin=False),
            "مونو آکسائیڈ",
            "مونوآکسائیڈ",
            "کاربن مونو",
        ),
        "bn": (
            near(_BN_GAS, bn("গন্ধ", "লিক", "লীক", "বের", "ছড়িয়ে", "ছড়াচ্ছ", "বেরোচ্ছ"), latin=False),
            near(bn("গন্ধ"), _BN_GAS, gap=1, latin=False),
            "মনোক্সাইড",
            "কার্বন মনো",
        ),
        "pa": (
            near(_PA_GAS, pa("ਬਦਬੂ", "ਬੋ", "ਲੀਕ", "ਮੁਸ਼ਕ", "ਗੰਧ") + "|ਨਿਕਲ\\S*|ਰਿਸ\\S*", latin=False),
            "ਮੋਨੋਆਕਸਾਈਡ",
            "ਮੋਨੋਕਸਾਈਡ",
            "ਕਾਰਬਨ ਮੋਨੋ",
        ),
    }
}
for _language, _fragment in _ROTTEN_EGGS.items():
    PATTERNS["gas"][_language] += (_fragment, *_CO_DESCRIBED[_language])

# Symptoms with a gas appliance in the same breath, a CO alarm by another name, hissing.
_MORE = {
    "en": (
        r"co (?:alarm|detector|thing|box|monitor|tester|sensor)s?(?: \w+){0,4} (?:flash\w*|beep\w*|chirp\w*|going off|went off|red)",
        r"(?:throwing up|vomit\w*|being sick) (?:\w+ ){0,5}(?:when|whenever|every time|since|after) (?:\w+ ){0,4}(?:boiler|gas fire|cooker|heater|flue)",
    ),
    "pl": (
        r"płomy\w* (?:\w+ ){0,4}(?:pomarańcz|żółt)\w*",
        either(
            r"piec\w*|piecyk\w*|kuchenk\w*|junkers\w*|termy|gaz\w*",
            r"zawrot\w* głowy|ból\w* głowy|mdłości|wymiot\w*|senn\w*|omdl\w*",
            gap=8,
        ),
    ),
    "ro": (r"(?:aragaz|central|butelie|contor|țeav)\w* (?:\w+ ){0,4}(?:fâsâ|fasa|fâs|sâsâ|suier|șuier)\w*",),
    "ar": (
        either(
            r"السخان|سخان|الدفاية|دفاية|الصوبة|صوبة|البوتجاز|الغاز|غاز|الفرن",
            r"دوخة|دايخ\S*|صداع|وجع راس|وجع رأس|أغمى|اغمى|غثيان|استفراغ|نعاس",
            gap=5,
            latin=False,
        ),
    ),
    "bn": (
        either(
            r"চুলা\S*|চুলো\S*|গ্যাস\S*|হিটার\S*|গিজার\S*",
            r"ঝাঁঝালো|গন্ধ\S*|মাথা ঘোর\S*|মাথা ভার|মাথাব্যথা\S*|বমি\S*",
            gap=4,
            latin=False,
        ),
    ),
    "pa": (near(_PA_GAS, r"ਹਵਾੜ\S*|ਮੁਸ਼ਕ\S*|ਬੂ", gap=2, latin=False),),
}
for _language, _fragments in _MORE.items():
    PATTERNS["gas"][_language] += _fragments

# The smell named by what it is like without "rotten" ("a whiff of eggs in the boiler
# cupboard", "eggy smell"), and code-mixed ("gas কী গন্ধ", "gas ਦੀ ਬੋ", "gas کی بو").
_LIKENED = {
    "en": (
        r"(?:smell|whiff|stink|pong|reek|niff)\w*(?: \w+){0,2} (?:of |like )?(?:rotten |bad |off )?eggs?\b"
        r"(?! (?:cooking|frying|boiling|on toast|and bacon|for breakfast))",
        r"eggy (?:smell|whiff|pong|stink|niff)",
    ),
    "mixed": (
        r"gas\s(?:\S+\s){0,2}(?:গন্ধ|ਬੋ|ਬਦਬੂ|ਮੁਸ਼ਕ|بو|بدبو|ريحة|رائحة|লিক|ਲੀਕ|لیک)",
        r"(?:গন্ধ|ਬੋ|ਬਦਬੂ|بو|بدبو|ريحة|رائحة)\s(?:\S+\s){0,2}gas\b",
    ),
}
for _language, _fragments in _LIKENED.items():
    PATTERNS["gas"][_language] = PATTERNS["gas"].get(_language, ()) + _fragments
