"""Fire, smoke, missing smoke alarms and blocked fire doors."""

from ..folding import ar, pa, ur

PATTERNS = {
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
            r"(?:set|setting|sets|catch\w*|caught) (?:\w+ ){0,4}alight|alight",
            r"(?:fill\w*|full) (?:up )?(?:with|of) smoke|smoke[- ]?filled",
            r"(?:fan|socket|plug|switch|light|cooker|oven|hob|heater|boiler|fridge|freezer|dryer|microwave|"
            r"kettle|toaster|charger|meter|wires?|cables?)s? (?:\w+ ){0,3}(?:started |was |is |were |are |began )?smok(?:ing|ed|es)",
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
        "ar": ("حريق", "حرائق", "شتعل", "اشتعال", "دخان", "حترق", "رجال الإطفاء", ar("نار", "لهب")),
        "ur": (ur("آگ"), "دھواں", "دھوئیں", "آتش", "شعلے", ur("فائر"), "جلنے کی بو", "سموک"),
        "bn": ("আগুন", "অগ্নি", "ধোঁয়া", "ফায়ার", "পুড়ে", "পুড়ছে", "দমকল", "স্মোক"),
        "pa": (pa("ਅੱਗ"), "ਧੂੰਆਂ", "ਧੂੰਏਂ", "ਫਾਇਰ", "ਸੜ ਰਿਹਾ", "ਸੜ ਰਹੀ", "ਲਾਟਾਂ", "ਸਮੋਕ"),
    },
}
