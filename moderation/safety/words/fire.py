"""Fire, smoke, missing smoke alarms and blocked fire doors."""

from ..folding import ar, pa, ur

PATTERNS = {
    "fire": {
        "en": (
            r"(?<!din )(?<!gas )(?<!electric )fires?",  # not "fired" (lost a job), "firefly" or Romanian "din fire" (by nature)
            r"on fire",
            r"fire ?(?:fighters?|brigade|engines?|men|man)",
            r"blaze",
            # not the colour of a boiler's or hob's flame (a gas concern)
            r"(?<!pilot )(?<!blue )flames?(?! (?:[\w']+ ){0,6}(?:orange|yellow|yellowy|blue|lazy|floppy)\b)"
            r"(?! (?:[\w']+ ){0,3}(?:in|on|of) (?:the |my |our )?(?:boiler|hob|cooker|gas fire|pilot))",
            r"arson\w*",
            r"smoke (?:alarms?|detectors?)",
            r"(?:smell of|full of|thick|black) smoke",
            r"smoke (?:was |is |been |being )?"
            r"(?:seen|coming|pouring|billowing|everywhere|rising|from (?:the |a )?(?:window|door|flat|roof|vent))",
            # things catching: "caught the tea towel", "went up with a whoosh"
            r"(?:caught|catch\w*|lit|set) (?:the |a |my |our |her |his )?(?:\w+ )?"
            r"(?:tea ?towels?|curtains?|blinds?|bedding|duvet|sofa|cushions?|clothes|paper|bins?|rubbish|pan|chip pan)",
            r"torch(?:ed|ing|es)\b|set (?:\w+ )?(?:fire|light) to|bonfires?|"
            r"whoosh\w*|(?:went|go|goes|going) up in flames|"
            r"(?:that lot|the lot|it all|the whole (?:place|block|building)) (?:goes|went|going|would go|will go) up",
            # fire hazards on escape routes: fuel stored, e-bikes charging, no way out
            r"petrol (?:cans?|tins?|containers?|bottles?|stored)|jerry ?cans?|(?:cans?|bottles?) of petrol|"
            r"gas (?:bottles|cylinders) (?:stored|kept)",
            r"(?:scooters?|e-?bikes?|bikes?|batter(?:y|ies))(?: \w+){0,3} (?:on charge|charging)(?: \w+){0,4} "
            r"(?:stairs|stairwell|landing|hallway|corridor|escape|exit)",
            r"(?:escape (?:stairs|route)|fire exits?|fire escape)(?: \w+){0,3} "
            r"(?:blocked|locked|chained|obstructed|padlocked)",
            # not "burning the midnight oil", "burning the candle at both ends", "burning question"
            r"burning(?! (?:the )?(?:midnight oil|candle|question|issue|desire|ambition|bridges|a hole|money))",
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
        "ar": (
            "حريق",
            "حرائق",
            "شتعل",
            "اشتعال",
            "دخان",
            "حترق",
            "رجال الإطفاء",
            "(?<!سخنة )(?<!سخن )(?<!حامية )" + ar("نار", "لهب"),
        ),
        "ur": (ur("آگ"), "دھواں", "دھوئیں", "آتش", "شعلے", ur("فائر"), "جلنے کی بو", "سموک"),
        # "পুড়ে কালো" is a socket scorched black (electrics), not a fire
        "bn": ("আগুন", "অগ্নি", "ধোঁয়া", "ফায়ার", "পুড়ে(?! কালো)", "পুড়ছে", "দমকল", "স্মোক"),
        "pa": (pa("ਅੱਗ"), "ਧੂੰਆਂ", "ਧੂੰਏਂ", "ਫਾਇਰ", "ਸੜ ਰਿਹਾ", "ਸੜ ਰਹੀ", "ਲਾਟਾਂ", "ਸਮੋਕ"),
    },
}
