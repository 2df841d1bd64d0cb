"""Self-harm and suicidal thoughts. Never negated: "I never thought of suicide" is still worth a look."""

PATTERNS = {
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
}

_MORE = {
    # Residents' spellings and the roundabout ways people say it.
    "en": (
        r"su?e?i?c?[iy]?[sc]i?d\w*",  # suicide, sucide, suiside, suicidal, suicidle
        r"(?:want\w*|thought about|thinking (?:of|about)|going to|felt like|close to) (?:to )?end(?:ing)? it\b",
        r"(?:don'?t|dont|do not|didn'?t|did not|no longer|never) (?:want|wanna|wanted) to "
        r"(?:live|be alive|be here|wake up|go on|carry on|exist)",
        r"(?:not|didn'?t) want(?:ing)? to (?:be here|wake up|live|go on)",
        r"wish(?:ed)? (?:i|we) (?:was|were) dead|wish(?:ed)? (?:i|we) (?:wasn'?t|was not|weren'?t) here|"
        r"wish(?:ed)? (?:i|we) (?:could )?(?:die|disappear)",
        r"cut(?:ting)? (?:my|her|his) (?:arms?|wrists?|legs?)",
        r"(?:took|take|taken|swallowed) (?:an? )?(?:overdose|load of (?:tablets|pills))",
        r"tried to (?:kill|hang|end|hurt)",
        r"hang(?:ing)? (?:my|him|her)sel(?:f|ves)",
        r"jump(?:ing)? (?:off|in front of)",
        r"(?:what'?s|what is) the point (?:of|in) (?:living|going on|carrying on)",
        r"(?:can'?t|cannot|couldn'?t|could not) (?:go on|carry on)(?: like this)?(?: any ?more)?",
    ),
    "pl": (r"targn\w* się na (?:swoje )?życie", r"myśli samobójcze", r"nie widzę sensu życia"),
    "ro": (
        r"nu (?:mai )?(?:vreau|voiam|vroiam|voia|vrea|am vrut|am mai vrut) să (?:mai )?trăi\w*",
        r"să mă omor",
        r"să-mi iau viața",
        r"nu mai are rost să trăiesc",
        r"gânduri (?:de )?sinucigaș\w*",
    ),
    "ar": ("أقتل نفسي", "اقتل نفسي", "أموت", "فكرت في الموت", "لا أريد الحياة"),
    "ur": ("مرنا چاہت", "جینے کی خواہش نہیں", "اپنی زندگی ختم"),
    "bn": ("মরে যেতে ইচ্ছে", "বাঁচার ইচ্ছে নেই", "নিজেকে শেষ"),
    "pa": ("ਮਰਨ ਨੂੰ ਜੀ", "ਜੀਣ ਦੀ ਇੱਛਾ ਨਹੀਂ", "ਆਪਣੀ ਜ਼ਿੰਦਗੀ ਖਤਮ", "ਆਪਣੀ ਜ਼ਿੰਦਗੀ ਖ਼ਤਮ"),
}
for _language, _fragments in _MORE.items():
    PATTERNS["self_harm"][_language] += _fragments
