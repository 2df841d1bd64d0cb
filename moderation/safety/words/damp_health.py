"""Damp or mould together with a health word in the same text."""

from ..folding import ar, either, pa, ur

PATTERNS = {
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
        "ur": (ur("سیلن", "نمی"), "پھپھوند", "پھپوند", "ڈیمپ", "مولڈ"),  # not سیلنڈر "cylinder"
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
            pa("ਸਿੱਲ", "ਸਿੱਲੀ", "ਸਿੱਲੇ", "ਸੇਮ", "ਉੱਲੀ", "ਨਮੀ"),
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
            ar("ربو"),  # not عربون "deposit"
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
            ur("دمہ", "دمے"),  # not صدمہ "shock" or آدمی "man"
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
            pa("ਦਮਾ", "ਦਮੇ", "ਸਾਹ"),  # not ਕਦਮ "step" or ਸਾਹਮਣੇ "in front"
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

# Damp and mould described rather than named ("black bloom", "walls are furry", "wet to the
# touch", "green in the corners", "smells musty"), and the medicines that show a chest is
# suffering (inhalers, antibiotics, steroids, nebulisers) in every language.
_DAMP_DESCRIBED = {
    "en": (
        r"black (?:bloom|spots?|patch\w*|stuff|fuzz|fur|muck|growth|dots?|speckl\w*)",
        r"(?:walls?|ceilings?|corners?|windows?|carpets?|clothes)(?: \w+){0,3} (?:are |is |gone |going |all )?"
        r"(?:furry|fuzzy|green|running wet|wet to (?:the )?touch|soaking|sodden|dripping|sweating|weeping)",
        r"wet to (?:the )?touch|(?:green|black) (?:in|on|round|around|up|along) (?:the )?(?:corners?|walls?|ceilings?|window\w*)",
        r"musty|fusty",
        r"water (?:\w+ ){0,3}(?:running|streaming|pouring) down (?:the )?(?:inside of the )?(?:walls?|windows?)",
    ),
    "pl": (
        r"czarn\w* (?:plam|nalot)\w*|nalot\w*|(?:ścian|sufit)\w* (?:\w+ ){0,2}(?:mokr|zielon|czarn|spoc)\w*|stęchli\w*|stęchł\w*",
    ),
    "ro": (
        r"pat\w* negr\w*|(?:pere|tavan)\w* (?:\w+ ){0,2}(?:ud|verz|negr|transpir)\w*|miros de închis|miros de statut",
    ),
    "ar": (
        r"بقع سوداء|بقع سودا|(?:الجدران|الحيطان|الحيط|الجدار)\S* (?:\S+ ){0,2}(?:مبلول\S*|مبللة|سوداء|سودا|خضراء)|ريحة عفن|رائحة عفونة",
    ),
    "ur": (r"کالے دھبے|کالے نشان|دیواریں گیلی|دیوار گیلی|گیلی دیوار\S*|بدبودار نمی",),
    "bn": (r"কালো দাগ|দেয়াল\S* ভেজা|দেওয়াল\S* ভেজা|সোঁদা গন্ধ|ভ্যাপসা গন্ধ",),
    "pa": (r"ਕਾਲੇ ਧੱਬੇ|ਕਾਲੇ ਦਾਗ|ਕੰਧਾਂ ਗਿੱਲੀਆਂ|ਕੰਧ ਗਿੱਲੀ",),
}
_HEALTH_DESCRIBED = {
    "en": (
        r"antibiotics?|steroids?|nebuli[sz]ers?|puffers?|pumps? (?:\w+ ){0,2}(?:times|a day|a night)",
        r"(?:his|her|my|their|our|the baby'?s|the kids'?|me) chests?",
        r"rash\w*|sore throats?|runny nose|blocked nose|nose ?bleeds?|headaches|tight chest",
    ),
    "pl": (r"inhalator\w*|antybiotyk\w*|sterydy|nebuliza\w*|wysypk\w*",),
    "ro": (r"inhalator\w*|pompiț\w*|antibiotic\w*|nebuliz\w*|erupți\w*",),
    "ar": (
        "بخاخ",
        "البخاخ",
        "مضاد حيوي",
        "مضادات حيوية",
        "المضادات الحيوية",
        "صدره",
        "صدرها",
        "صدري",
        "حساسية",
    ),
    "ur": ("انہیلر", "ان ہیلر", "اینٹی بائیوٹک", "اینٹی بایوٹک", "سینے", "نیبولائزر"),
    "bn": ("ইনহেলার", "অ্যান্টিবায়োটিক", "এন্টিবায়োটিক", "বুকে", "নেবুলাইজার"),
    "pa": ("ਇਨਹੇਲਰ", "ਐਂਟੀਬਾਇਓਟਿਕ", "ਐਂਟੀਬਾਇਟਿਕ", "ਛਾਤੀ", "ਪੰਪ"),
}
for _language, _fragments in _DAMP_DESCRIBED.items():
    PATTERNS["damp"][_language] += _fragments
for _language, _fragments in _HEALTH_DESCRIBED.items():
    PATTERNS["health"][_language] += _fragments

# Walls gone black or green, in every script; more symptoms of a damp home.
PATTERNS["health"]["en"] += (
    r"sneez\w*|throats?|(?:eyes?|nose) (?:\w+ )?(?:stream|water|run|itch)\w*|streaming eyes|itch\w*",
)
_WALLS_BLACK = {
    "ar": either(
        r"الجدران|الحيطان|الحيط|الجدار|جدران|حيطان", r"سود\S*|أسود|اسود|خضر\S*|بقع\S*", gap=3, latin=False
    ),
    "ur": either(r"دیوار\S*", r"کالا|کالی|کالے|سیاہ|ہرے|ہری|دھبے", gap=3, latin=False),
    "bn": either(r"দেয়াল\S*|দেওয়াল\S*", r"কালো|সবুজ|দাগ\S*|ছোপ\S*", gap=3, latin=False),
    "pa": either(r"ਕੰਧ\S*", r"ਕਾਲ\S*|ਹਰੇ|ਹਰੀ|ਚਟਾਕ|ਧੱਬੇ|ਦਾਗ", gap=3, latin=False),
}
for _language, _fragment in _WALLS_BLACK.items():
    PATTERNS["damp"][_language] += (_fragment,)
