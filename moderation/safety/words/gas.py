"""Gas smells and leaks, carbon monoxide. A gas bill or a gas engineer's visit is not a concern."""

from ..folding import ar, bn, near, pa, ur

_EN_GAS = r"gas+|gaz"
_EN_SIGN = r"leak\w*|leek\w*|smell\w*|smel|smelt|stink\w*|stank|stunk|stench|whiff|reek\w*|pong\w*|niff\w*|escap\w*|fumes?|hiss\w*|poison\w*"
_PL_GAS = r"gaz(?:u|em|ie|y|ow\w*)?"
_RO_GAS = r"gaz(?:ul|ului|e|ele|elor)?"
_AR_GAS = ar("غاز")
_UR_GAS = ur("گیس", "گیس")
_BN_GAS = bn("গ্যাস(?!্)") + r"\S*"  # not গ্যাস্ট্রিক "gastric"
_PA_GAS = pa("ਗੈਸ", "ਗੈਸਾਂ")

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
