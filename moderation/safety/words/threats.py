"""Threats, harassment, violence and intimidation. A landlord's threat of eviction or court is not one."""

_NOT_LEGAL_EN = (
    r"(?!\W+(?:with |of |to )?(?:evict\w*|eviction|court|legal|sue|take (?:me|us|them) to court|"
    r"end (?:my|our|the) tenancy|section|bailiffs?|increase|raise|charge|report (?:me|us)|stop|cut))"
)

PATTERNS = {
    "threats": {
        "en": (
            rf"threat(?:s|en\w*)?{_NOT_LEGAL_EN}",
            r"thr?e?a?tn\w*",  # "thretned", "threatnd"
            r"har+as+\w*|haras\w*|harr?is+\w*",
            r"intimidat\w*",
            r"bull(?:y|ied|ying|ies)",
            r"stalk(?:ed|ing|er|s)?",
            r"assault\w*",
            r"(?<!heart )(?<!panic )(?<!asthma )attack(?:ed|ing|s)?(?! the problem)",
            r"beat(?:en)? (?:me|us|him|her|them|up)",
            r"punch\w*",
            r"(?:verbal|racial|racist|homophobic|physical|sexual|domestic|constant) (?:abuse|violence|attacks?)\w*",
            r"abus(?:e|ed|ive|ing)(?! of)",
            r"violen\w*",
            r"knife|knives|weapons?|machete|gun",
            r"stab\w*",
            r"(?:going to|gonna|will|would|'ll|wanna|want to|threatened to|said he'?d|said she'?d|said they'?d) "
            r"(?:kill|hurt|stab|burn|beat|smash|get|batter|do) (?:me|us|my|our|you|him|her)",
            r"(?:scared|afraid|frightened|terrified|fear\w*) for (?:my|our|his|her|their) (?:life|lives|safety)",
            r"(?:afraid|scared|frightened|terrified) (?:to|of) (?:leave|leaving|go out|going out|walk|walking|"
            r"open the door|answer the door|come home|coming home|go home|go outside|be in|let (?:my|the) kids)",
            r"(?:don'?t|didn'?t|do not|did not|never) feel safe|(?:feel|felt|feeling) (?:unsafe|not safe)",
            r"hate crime\w*",
            r"aggressi\w*",
            r"knows? where (?:i|we|my \w+|you) (?:live|lives|are)",
            r"follow(?:s|ed|ing)? (?:me|us|my (?:kids|children|son|daughter|wife|partner))",
            r"wait\w* (?:for me )?outside (?:my|our|the) (?:door|flat|house|block|school|work)",
            r"next time (?:it'?ll|it will|it would|it'?d|you'?ll|you will|i'?ll|he'?ll|she'?ll|they'?ll) (?:be|get|burn|regret)",
            r"(?:do|did|doing) (?:me|us|you|him|her) in\b",
            r"(?:you'?ll|you will|i'?d|i would|we'?d|we would|i'?ll|we'?ll) (?:\w+ )?regret (?:it|this)",
            r"(?:smash|kick|kicked|kicking|bang\w*) (?:\w+ ){0,2}(?:my|our|the) door (?:in|down)",
            r"(?:spat|spit|spitting) (?:at|on) (?:me|us|my)",
            r"(?:shout|scream|yell|swear)\w* (?:\w+ ){0,3}(?:in my face|at my (?:kids|children))",
        ),
        "pl": (
            r"(?:groźb\w*|groził\w*)(?!\s+(?:\w+\s+)?(?:sąd\w*|eksmisj\w*|komornik\w*|wypowiedzeni\w*|podwyżk\w*))|grozi(?:ł|li|ła)?\s+(?:mi|nam|mnie|nas|że)|zastrasz\w*|nęka\w*|prześladow\w*|"
            r"pobi\w*|napa(?:d|dł|dła|dli|dnięt)\w*|napaść\w*|przemoc\w*|nóż|noż\w*|"
            r"(?:zabi|skrzywdzi|podpal|pobi)\w* (?:mnie|nas|mi|moj\w*)|"
            r"boję się o (?:swoje |moje |nasze )?(?:życie|bezpieczeństwo)|boimy się wychodzić|wyzywa\w*|"
            r"obelg\w*|molest\w*|szarpa\w*",
        ),
        "ro": (
            r"amenin\w*(?!\W+(?:cu )?(?:evacuar|evacua|instanț|instant|judec|dat afar))|hărțui\w*|intimid\w*|agres\w*|"
            r"bătut\w*|bătaie|violen\w*|cuțit\w*|(?:omoar|ucide|rănește|bate)\w* (?:pe mine|pe noi)|"
            r"mi-e frică pentru viața|mă tem pentru (?:viața|siguranța)\w*|mi-e frică să ies|înjur\w*|jignir\w*|"
            r"atac\w*|terori\w*",
        ),
        "ar": (
            r"تهديد\S*+(?!\s+(?:\S+\s+)?(?:ب)?(?:الطرد|الإخلاء|المحكمة|الشرطة))|هدد\S*+(?!\s+(?:\S+\s+)?(?:ب)?(?:الطرد|الإخلاء|المحكمة|الشرطة))|"
            r"يهدد\S*+(?!\s+(?:\S+\s+)?(?:ب)?(?:الطرد|الإخلاء|المحكمة|الشرطة))|تحرش\S*|مضايق\S*|يضايق\S*|ترهيب|تخويف|اعتدى\S*|اعتداء|"
            r"ضربني|ضربنا|ضربه|ضربوا|عنف|سكين|أخاف على حياتي|خائف على حياتي|خائفة على حياتي|نخاف على حياتنا|"
            r"سيقتلني|سيقتلنا|يقتلني|إساءة|شتائم|يشتم\S*|يلاحق\S*|هاجم\S*|مطارد\S*",
        ),
        "ur": (
            r"دھمک\S*|ہراس\S*|تنگ کر\S*|ڈرا دھمکا\S*|مار پیٹ|حملہ|حملے|تشدد|چاقو|چھری|جان کا خطرہ|جان سے مار\S*|"
            r"گالی\S*|گالیاں|بدسلوکی|پیچھا کر\S*",
        ),
        "bn": (
            r"হুমকি\S*|হয়রানি\S*|উত্যক্ত\S*|ভয় দেখা\S*|মারধর\S*|আক্রমণ\S*|হামলা\S*|সহিংস\S*|ছুরি\S*|প্রাণনাশ\S*|"
            r"(?<!নিজেকে )মেরে ফেল\S*|গালিগালাজ\S*|নির্যাতন\S*|পিছু নি\S*",
        ),
        "pa": (
            r"ਧਮਕੀ\S*|ਧਮਕਾ\S*|ਤੰਗ ਪਰੇਸ਼ਾਨ|ਪਰੇਸ਼ਾਨ ਕਰ\S*|ਹਮਲਾ|ਹਮਲੇ|ਕੁੱਟਮਾਰ|ਕੁੱਟਿਆ|ਹਿੰਸਾ|ਚਾਕੂ|ਜਾਨ ਤੋਂ ਮਾਰ\S*|"
            r"ਜਾਨ ਨੂੰ ਖਤਰਾ|ਜਾਨ ਨੂੰ ਖ਼ਤਰਾ|ਗਾਲ੍ਹਾਂ|ਗਾਲਾਂ|ਪਿੱਛਾ ਕਰ\S*",
        ),
    }
}
