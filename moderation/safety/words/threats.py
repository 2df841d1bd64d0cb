"""Threats, harassment, violence and intimidation. A landlord's threat of eviction or court is not one."""

_NOT_LEGAL_EN = (
    r"(?!\W+(?:with |of |to )?(?:rain|snow|storms?|thunder|showers?|sleet|hail|drizzle|to rain|to snow|"
    r"evict\w*|eviction|court|legal|sue|take (?:me|us|them) to court|"
    r"end (?:my|our|the) tenancy|section|bailiffs?|increase|raise|charge|report (?:me|us)|stop|cut))"
)

# Not "this wait will kill me", "the stress will finish me": a figure of speech.
_IDIOM = (
    r"(?<!wait )(?<!waiting )(?<!process )(?<!delay )(?<!stress )(?<!queue )(?<!worry )(?<!cold )(?<!damp )"
    r"(?<!noise )(?<!paperwork )(?<!this )(?<!that )(?<!it )(?<!suspense )(?<!boredom )(?<!job )(?<!place )"
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
            _IDIOM
            + r"(?:going to|gonna|will|would|'ll|wanna|want to|threatened to|said he'?d|said she'?d|said they'?d) "
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
            r"amenin\w*(?!\W+(?:\w+\W+){0,4}(?:evacuar|evacua|instanț|instant|judec|dat afar|tribunal|proces))|hărțui\w*|intimid\w*|agres\w*|"
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
            r"(?<!নিজেকে )(?<!অপেক্ষা আমাকে )(?<!অপেক্ষা )(?<!টেনশন আমাকে )(?<!চিন্তা আমাকে )মেরে ফেল\S*|গালিগালাজ\S*|নির্যাতন\S*|পিছু নি\S*",
        ),
        "pa": (
            r"ਧਮਕੀ\S*|ਧਮਕਾ\S*|ਤੰਗ ਪਰੇਸ਼ਾਨ|ਪਰੇਸ਼ਾਨ ਕਰ\S*|ਹਮਲਾ|ਹਮਲੇ|ਕੁੱਟਮਾਰ|ਕੁੱਟਿਆ|ਹਿੰਸਾ|ਚਾਕੂ|ਜਾਨ ਤੋਂ ਮਾਰ\S*|"
            r"ਜਾਨ ਨੂੰ ਖਤਰਾ|ਜਾਨ ਨੂੰ ਖ਼ਤਰਾ|ਗਾਲ੍ਹਾਂ|ਗਾਲਾਂ|ਪਿੱਛਾ ਕਰ\S*",
        ),
    }
}

# Menace without the word "threat": conditional threats ("if you complain again you'll see /
# regret it"), watching a family's routine ("knows what time my daughter gets home"), waiting
# or parking outside night after night, things pushed through the letterbox, and dialect.
_EN_FAMILY = r"(?:i|me|we|us|my \w+|our \w+|the kids|the children|she|he|her|his \w+)"
_MENACE = {
    "en": (
        r"(?:'d|'ll|would|will|gonna|going to|make (?:you|me|us|her|him)) (?:\w+ )?regret (?:it|this|that|\w+ing|the day)",
        r"(?:if (?:you|u|she|he|they)|or else|or) (?:\w+ ){0,5}(?:again|complain\w*|report\w*|grass\w*|(?:call|ring|phone)\w* (?:the )?"
        r"(?:police|council|cops|housing))(?: \w+){0,4} (?:you'?ll|you will|you'?d|she'?ll|he'?ll|they'?ll|then) "
        r"(?:see|find out|be sorry|pay|regret|know about it|get it)\b",
        rf"knows? (?:exactly )?(?:what time|when|where|which (?:school|bus|route|way)|the times?)(?: \w+){{0,2}} {_EN_FAMILY}\b",
        r"(?:parks?|parked|parking|sits?|sat|sitting|waits?|waited|waiting|stands?|stood|standing|hangs? (?:about|around)|lurk\w*|loiter\w*)"
        r"(?: \w+){0,3} outside (?:my|our|her|his|the) (?:flat|house|door|window|home|block|school)(?: \w+){0,2} "
        r"(?:every|most|all|each|at) (?:night|nights|day|evening|morning|hours)",
        r"(?:flash\w*|shin\w*|point\w*) (?:his |her |their |a |the )?(?:head ?lights|lights|torch\w*|laser\w*) "
        r"(?:at|into|through|up at) (?:my|our|her|his|the) (?:window|flat|house|door|bedroom)",
        r"watch\w* (?:my|our|her) (?:flat|house|window|door|every move|kids|children|daughter|son)|photograph\w* (?:me|us|my|our)",
        r"(?:dead (?:rat|bird|animal|mouse|pigeon|cat|fish)|dog (?:mess|poo|muck|dirt)|faeces|excrement|poo|shit|"
        r"fireworks?|lit (?:paper|rag|\w+)|petrol|lighter fluid|(?:threatening |nasty |a )?notes?)"
        r"(?:\W+\w+){0,4}\W+(?:through|in|into) (?:my|our|her|his|the|their) (?:letter ?box|door)",
        r"next time (?:it'?s|it is|it will be|it'?ll be) (?:you|me|your|her|him)|you'?re next|you(?:'re| are) dead",
        r"mash (?:mi|me|you|u|him|her|us|dem|them) up|(?:a go|gonna|going to|will|'ll) (?:mash|lick|buss|juk|chop|box|shank|merk) "
        r"(?:mi|me|you|u|him|her|us)|bang\w* (?:on|pon|at) (?:mi|my|me|our|her) (?:front )?door "
        r"(?:every night|all night|at night|in the middle of the night|most nights|at \d)",
        _IDIOM
        + r"(?:'ll|will|gonna|going to|would|'d) (?:finish|bury|murder|waste|shank) (?:me|you|us|him|her)\b(?! off)",
    ),
    "pl": (
        r"pożału(?:jesz|je|jecie|ję|ją)|popamiętasz|popamiętacie|jeszcze (?:mnie )?popamiętasz|jeszcze zobaczysz",
        r"czeka\w* na (?:mnie|nas|moj\w*|córk\w*|syn\w*)(?: \w+){0,2} (?:pod|przed|przy)",
        r"(?:stoi|stał|wystaje|wystawał|sterczy|parkuje)\w* (?:\w+ ){0,3}(?:pod|przed) (?:moim|naszym|moją|naszą|klatką|blokiem|domem|oknem|drzwiami)(?: \w+){0,2} (?:co|każd|cał)\w*",
        r"wie (?:o której|kiedy|gdzie|którędy)(?: \w+){0,3} (?:wracam|wraca|chodzi|wychodz\w*|mieszk\w*|szkoł\w*|córk\w*|syn\w*|dzieci\w*)",
    ),
    "ro": (
        r"(?:o să|vei|ai să|veți) (?:regreți|regreta|vezi tu|vedea tu)|te vei căi|o să vezi tu|ai să vezi tu|o să-ți pară rău",
        r"(?:știe|stie|află|afla) (?:la ce oră|la ce ora|când|cand|unde|pe unde|pe ce drum)(?: \w+){0,3} "
        r"(?:vin|plec|lucrez|stau|locuiesc|ajung|merg|copii\w*|fiica|fiul|fetița|școal\w*|scoal\w*|serviciu|acasă|acasa)",
        r"(?:stă|sta|stătea|statea|așteaptă|asteapta|pândește|pandeste|parchează|parcheaza)\w* (?:\w+ ){0,3}(?:în|in) fața "
        r"(?:blocului|casei|ușii|usii|scării|scarii|școlii|scolii)",
    ),
    "ar": (
        r"(?:رح|راح|ح|سوف|س)\s?(?:تندم|تندمي)|ستندم\S*|بتندم\S*|(?:رح|راح) (?:تشوف|تشوفي) (?:شو|ايش|إيش) (?:رح|راح|ح|بيصير|بصير)",
        r"(?:يعرف|بيعرف|يعرفوا|عارف) (?:متى|امتى|إمتى|ايمتى|أيمتى|وين|فين|أين|الساعة|ساعة|موعد) (?:\S+ ){0,2}"
        r"(?:\S*رجع\S*|\S*طلع\S*|بنتي|ابني|أولادي|ولادي|أطفالي|اطفالي|بيتي|ساكن\S*|أسكن|اسكن|المدرسة|مدرسة)",
        r"(?:يوقف|واقف|يقف|يستناني|ينتظرني|ينتظر|يراقب\S*|بيراقب\S*) (?:\S+ ){0,2}(?:قدام|أمام|امام|عند|تحت) (?:بابي|البيت|بيتي|الباب|العمارة|شباكي)",
    ),
    "ur": (
        r"دیکھ (?:لینا|لوں گا|لوں گی|لیں گے|لیں گی|لو گے)|پچھتاؤ\S*|پچھتاو\S*|انجام (?:اچھا نہیں|برا)",
        r"(?:جانتا|جانتی|جانتے) (?:ہے|ہیں) (?:کہ )?(?:\S+ ){0,3}(?:کب|کہاں|کس وقت)",
        r"(?:کھڑا|کھڑی|انتظار کر|نظر رکھ)\S* (?:\S+ ){0,3}(?:دروازے|گھر|کھڑکی)",
    ),
    "bn": (
        r"দেখে নেব\S*|দেখিয়ে দেব\S*|দেখে নিব\S*|পস্তাবে|পস্তাতে হবে|টের পাবে|মজা বুঝবে",
        r"জানে(?! না) (?:\S+ ){0,3}(?:কখন|কোথায়|কটায়)",
    ),
    "pa": (
        r"ਛੱਡੇਗਾ ਨਹੀਂ|ਛੱਡੂੰਗਾ ਨਹੀਂ|ਛੱਡਾਂਗਾ ਨਹੀਂ|ਛੱਡਣਗੇ ਨਹੀਂ|ਦੇਖ (?:ਲਵਾਂਗਾ|ਲਊਂ|ਲੈਣਾ|ਲਵਾਂਗੇ)|ਪਛਤਾ\S*|ਪਛਤਾਏਂਗਾ",
        r"(?:ਪਤਾ ਹੈ|ਜਾਣਦਾ ਹੈ) (?:ਕਿ )?(?:\S+ ){0,3}(?:ਕਦੋਂ|ਕਿੱਥੇ|ਕਿਹੜੇ ਵੇਲੇ)",
    ),
}
for _language, _fragments in _MENACE.items():
    PATTERNS["threats"][_language] += _fragments

# Things left under the door, filming and photographing, property damaged, "next time it's
# your turn", threats of burning or breaking in the future tense, kicking the door.
_MORE = {
    "en": (
        r"(?:photos?|pictures?|bullets?|knife|knives|notes?|letters?) (?:\w+ ){0,5}under (?:my|our|her|his|the) (?:front )?door",
        r"(?:film|record|video|photograph)\w* (?:me|us|my \w+|our \w+|her|him)(?: \w+){0,3} (?:through|from|over|at|outside|on)",
        r"(?:slash\w*|keyed|scratch\w*|smash\w*|kicked in) (?:my|our|her|his) (?:tyres|tires|car|windows?|windscreen|door)",
        r"(?:i|we) know where (?:you|your \w+|u)\b",
    ),
    "pl": (
        r"(?:wiem|wiemy|wie) (?:gdzie|kiedy|o której)(?: \w+){0,3} (?:chodzi|wraca|mieszka|pracuje|twój|twoja|twoje|syn\w*|córk\w*|dzieci\w*)",
        r"następnym razem (?:\w+ )?(?:ty|ciebie|tobie|twoj\w*)",
    ),
    "ro": (r"data viitoare (?:\w+ )?(?:tu|pe tine|e rândul tău|e randul tau)",),
    "ar": (
        r"(?:رح|راح|سوف|ح|س)\s?(?:يحرق|يكسر|يقتل|يضرب|يذبح|يخرب|أحرق|اكسر|أكسر|نحرق)\S*",
        r"(?:المرة الجاية|المرة القادمة|المرة الجاي) (?:\S+ )?(?:إنت|انت|أنت|دورك)",
    ),
    "ur": (r"اگلی بار (?:\S+ )?(?:تم|تمہاری|تمہارا|تیری|تیرا|تمہیں)",),
    "bn": (r"লাথি\S*|গালাগালি\S*|গালি দে\S*|পরের বার (?:\S+ )?(?:তুই|তুমি|তোর|তোমার|তোকে|তোমাকে)",),
    "pa": (r"ਅਗਲੀ ਵਾਰ (?:\S+ ){0,2}(?:ਤੇਰੀ|ਤੁਹਾਡੀ|ਤੈਨੂੰ|ਤੁਹਾਨੂੰ|ਤੇਰਾ)",),
}
for _language, _fragments in _MORE.items():
    PATTERNS["threats"][_language] += _fragments

# Pursuit ("found out where I live", "he'll find me", "make me pay", "we know which door's
# yours"), silencing ("keep your mouth shut"), arson threatened through the letterbox or door,
# harm promised in the future tense ("mu połamie nogi", "îmi taie gâtul", "পুড়িয়ে দেবে"), lying in
# wait, and Scots ("gonnae batter ye"), in every language.
_EN_WHO = r"(?:he|she|they|i|we|you|u|ye)"
_PURSUIT = {
    "en": (
        r"(?:found|finds|find|worked|figured|sussed) out (?:where|which (?:flat|house|door|street|block)) "
        r"(?:i|we|my \w+|she|he|they|you|her|our \w+) (?:now )?(?:live|lives|living|am|are|stay\w*|moved)",
        r"(?:track\w*|hunt\w*) (?:me|us|her|him|them|my \w+) down",
        rf"{_EN_WHO}(?:'ll|'d| will| would| is gonna| are gonna|'s gonna| gonna| is going to|'s going to| are going to|'re going to) "
        r"(?:\w+ )?(?:find|come for|come after|hunt|track) (?:me|us|her|him|my \w+|the kids|you)\b"
        r"(?! (?:a|an|another|some|somewhere|the|new|alternative|accommodation|temporary|something)\b)",
        r"make (?:me|you|u|us|her|him|them) pay\b(?! (?:for|the|rent|more|extra|a|an|back|up|it|that|twice|again)\b)",
        r"(?:we|they|he|she|i) knows? (?:which|what) (?:door|flat|house|number|car|window|room)(?:'s| is| are)? "
        r"(?:yours|hers|his|theirs|ours|mine|your|you live|she lives|he lives|they live)",
        r"keep (?:your|her|his|their|ur|yer|ya|yir) (?:mouth|trap|gob|beak) shut",
        rf"{_EN_WHO}(?:'ll|'d| will| would| gonna| is going to| are going to|'s going to| threatened to| said (?:he|she|they)'?d?) "
        r"(?:\w+ ){0,2}(?:put|shove|stick|push|post|pour|throw|chuck|drop)\w* (?:\w+ ){0,4}through (?:\w+ ){0,2}(?:letter ?box|door|window)",
        rf"{_EN_WHO}(?:'ll|'d| will| would| gonna| is going to| are going to|'s going to| threatened to) (?:\w+ )?"
        r"(?:burn|torch|petrol bomb|firebomb|fire ?bomb)\w* (?:you|u|us|her|him|me|them|the (?:house|flat|place|door|car)|"
        r"your (?:house|flat|car|door|place)|(?:her|his|my|our) (?:house|flat|car|door|place))\b",
        r"burn (?:you|u|yous|us|her|him|them|me) out\b",
        r"(?:gonnae|gonny|gunnae|gunna|gonnie) (?:\w+ )?(?:kill|hurt|stab|burn|batter|do|get|leather|panel|chib|malky|kick|smash|sort)\w* "
        r"(?:me|us|you|ye|him|her|ma|my|oor|our)\b",
        r"(?:jaan se )?maa?r (?:doon|dunga|dunga|denge|daalunga|dalunga|dega)\b|aag laga (?:dunga|doonga|denge|dega)\b|"
        r"dekh (?:lena|lunga|loonga|lenge)\b",
    ),
    "pl": (
        r"(?:mu|ci|jej|wam|im|mi|nam|tobie|ciebie) (?:(?!się )\w+ )?(?:połam|złam|rozwal|rozbij|urw|wybij|obij|skręc|poderżn|podpal)"
        r"(?:ie|ię|i|ę|ą|e|iemy|imy|isz)\b",
        r"(?:połam|złam|rozwal|rozbij|urw|wybij|obij|skręc|poderżn)(?:ie|ię|ą|iemy|isz|e|ę) (?:\w+ )?(?:ci|mu|jej|wam|im|mi|nam|tobie)\b",
        r"(?:podpal(?:ę|i|imy|ą|isz)|spalę|spalimy) (?:\w+ )?(?:ci|wam|mu|jej|im|tw\w*|dom\w*|mieszkani\w*|drzwi|samoch\w*|auto)\b",
        r"(?:znajdzie|znajdą|dopadnie|dopadną|wytropi\w*|dorwie|dorwą) (?:mnie|nas|cię|ciebie|ją|go)\b",
        r"dowiedział\w* się,? gdzie (?:teraz )?(?:mieszkam|mieszkamy|mieszka|mieszkają)",
        r"(?:wrzuc|wrzuci|wleje|wlej)\w* (?:\w+ ){0,3}(?:przez|do) (?:\w+ )?(?:skrzynk\w*|szpar\w*|otw\w* na list\w*)",
        r"(?:trzymaj|trzymać|zamknij) (?:gębę|mordę|buzię|język za zębami)|czai się|czyha\w*",
    ),
    "ro": (
        r"(?:îmi|imi|îți|iti|îi|ii|ne|vă|va|le|i-|mi-|ți-|ti-) ?(?:taie|tai|tăia|taia|rupe|rup|sparge|sparg|scoate|scot) "
        r"(?:\w+ )?(?:gât|gat|capul|picioar|mâin|main|oasele|fața|fata|ochii|dinții|dintii|gura)\w*",
        r"(?:te|vă|va|o|îl|il) (?:omor|omoară|omoara|tai|înjunghii|injunghii|bat măr|bat mar)\b",
        r"(?:îți|iti|vă|va|le|îi|ii) (?:\w+ )?dau foc|dau foc (?:la )?(?:casei|casa|ușii|usii|mașinii|masinii|apartamentului)",
        r"la pând\w*|pândeș\w*|pandes\w*|(?:mă|ne) urmăr\w*|(?:mă|ne) (?:găsește|gaseste|găsească|gaseasca)\b|"
        r"a aflat unde (?:stau|locuiesc|stăm|locuim|stă|locuiește)",
        r"(?:să|sa) (?:taci|tacă|taca|îți ții gura|iti tii gura)(?: \w+){0,2} (?:că|ca|altfel)",
    ),
    "ar": (
        r"(?:عرف|عرفوا|لقى|لقوا|اكتشف)\S* (?:\S+ )?(?:وين|فين|مكان|عنوان)\S* (?:\S+ )?(?:ساكن\S*|بسكن|أسكن|اسكن|ساكنين|سكني|بيتي|بيتنا)|"
        r"(?:عرف|عرفوا|اكتشف)\S* عنوان(?:ي|نا)",
        r"(?:رح|راح|ح|سوف|س|ب)\s?(?:يلاقيني|يلقاني|يوصلي|يوصلني|يجدني|يلحقني|يلاقينا|يوصلنا)",
        r"(?:بسكت|سكت|سكّت|اسكت)\S* (?:\S+ )?(?:وإلا|والا|ولا)|(?:يخلي|تخلي|خلي)\S* (?:\S+ )?(?:تسكت|يسكت|تسكتي)",
        r"(?:بنزين|نار|مولوتوف)\S* (?:\S+ ){0,3}(?:من تحت الباب|بالباب|على الباب|من فتحة|من الشباك)",
    ),
    "ur": (
        r"(?:آگ لگا|جلا) (?:دوں|دیں|دے|دیں گے|دوں گا|دے گا|دینگے)",
        r"(?:ڈھونڈ|تلاش) (?:لے|نکالے|کر لے) (?:گا|گی|گے)|(?:میرا|ہمارا) (?:گھر|پتہ|پتا) (?:معلوم|ڈھونڈ) (?:کر لیا|ہو گیا|لیا)",
        r"(?:ٹانگیں|ہاتھ|ہڈیاں|سر) توڑ (?:دوں|دیں|دے) (?:گا|گی|گے)|منہ بند رکھ\S*",
    ),
    "bn": (
        r"পুড়িয়ে দে(?:ব|বে|বো|বেন)|আগুন (?:লাগিয়ে|ধরিয়ে) দে(?:ব|বে|বো)|মেরে দে(?:ব|বে|বো)",
        r"(?:হাত|পা|মাথা|ঠ্যাং)\S* (?:\S+ )?ভেঙে দে(?:ব|বে|বো)|খুঁজে বের কর(?:বে|ব|বো)|ঠিকানা (?:জেনে|পেয়ে) গেছে|মুখ বন্ধ রাখ\S*",
    ),
    "pa": (
        r"(?:ਸਾੜ|ਅੱਗ ਲਾ|ਮਾਰ) (?:ਦਿਆਂਗਾ|ਦੇਵਾਂਗਾ|ਦੇਊਂ|ਦਊਂ|ਦੇਣਗੇ|ਦਏਗਾ|ਦੇਵੇਗਾ)",
        r"ਲੱਭ (?:ਲਵੇਗਾ|ਲਊ|ਲੈਣਗੇ|ਲਵਾਂਗਾ)|(?:ਲੱਤਾਂ|ਬਾਹਾਂ|ਸਿਰ) (?:ਤੋੜ|ਭੰਨ) (?:ਦਿਆਂਗਾ|ਦਊਂ|ਦੇਊਂ|ਦਏਗਾ)|ਮੂੰਹ ਬੰਦ ਰੱਖ\S*",
    ),
}
for _language, _fragments in _PURSUIT.items():
    PATTERNS["threats"][_language] += _fragments
