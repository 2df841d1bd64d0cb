"""Structural danger: ceilings and walls coming down, big cracks, things falling from the building."""

from ..folding import either, near

_EN_PART = (
    r"ceilings?|roofs?|walls?|floors?|floorboards?|stairs|staircase|steps|balcon(?:y|ies)|plaster\w*|bricks?|"
    r"brickwork|chimney\w*|window ?frames?|windows?|beams?|joists?|lintels?|foundations?|porch|gutters?|slates?|"
    r"roof tiles|tiles|railings?|banisters?|handrails?|cladding|masonry|glass|panes?"
)
_EN_FALL = (
    r"collaps\w*|colaps\w*|caved? in|caving in|"
    r"(?:fell|falling|falls?|dropp\w*|crash\w*) (?:in|down|off|out|through|on|onto|from|away)|"
    r"came (?:down|away|off|crashing|loose)|coming (?:down|away|off|loose)|gave way|giving way|give way|"
    r"bowing|bulging|sagging|crumbl\w*|rott\w* through|rotten|wobbl\w*|unstable|unsafe|dangerous|loose"
)
_PL_PART = r"sufit\w*|dach\w*|ścian\w*|podłog\w*|schod\w*|balkon\w*|tynk\w*|cegł\w*|komin\w*|okn\w*|strop\w*|belk\w*|budyn\w*|balustrad\w*|szyb\w*"
_PL_FALL = (
    r"zawal\w*|zawalił\w*|runął|runęł\w*|runie|spadł\w*|spada\w*|spadnie|odpad\w*|zapad\w*|wal\w* się|sypie się|"
    r"pęk\w*|pęknięt\w*|niebezpieczn\w*|ugina\w*|kruszy\w*|oberwał\w*|odpadł\w*"
)
_RO_PART = (
    r"tavan\w*|acoperiș\w*|pere(?:te|ți|tii|tele|tele|telui)|podea\w*|pardoseal\w*|scăr\w*|scara|balcon\w*|"
    r"tencuial\w*|cărămiz\w*|coș\w*|fereastr\w*|geam\w*|grind\w*|bloc\w*|clădir\w*|zid\w*"
)
_RO_FALL = (
    r"prăbuș\w*|surp\w*|căzut\w*|cade|cădea|picat\w*|pică|desprin\w*|crăpat\w*|fisur\w*|crăpătur\w*|"
    r"periculos\w*|pericol\w*|instabil\w*|se dărâm\w*|dărâm\w*"
)

PATTERNS = {
    "structural": {
        "en": (
            near(_EN_PART, _EN_FALL, gap=4),
            near(
                r"collaps\w*|colaps\w*|caved? in|fallen|falling|loose|unsafe|dangerous|rotten",
                _EN_PART,
                gap=1,
            ),
            near(
                r"building|block|house|flat|home|structure",
                r"collaps\w*|unsafe|dangerous|unstable|falling down",
                gap=3,
            ),
            r"(?:big|huge|large|massive|deep|wide|long|growing|major|serious|structural|bad) cracks?",
            r"cracks? (?:\w+ ){0,4}(?:getting|growing|spreading|widening|bigger|wider)",
            near(
                r"crack\w*",
                r"walls?|ceilings?|foundations?|brickwork|bricks|structure|chimney|lintels?|balcon\w*",
                gap=3,
            ),
            r"subsiden\w*",
            r"structural(?:ly)? (?:damage|problems?|issues?|engineers?|defects?|danger|unsafe|unsound|fault)s?",
            r"risk of (?:collapse|falling)",
        ),
        "pl": (
            either(_PL_PART, _PL_FALL, gap=4),
            r"pęknięci\w*|rys\w* na ścian\w*|duż\w* rys\w*|katastrof\w* budowlan\w*",
        ),
        "ro": (
            either(_RO_PART, _RO_FALL, gap=4),
            r"fisuri|crăpături|crapaturi",
        ),
        "ar": (
            either(
                r"السقف|سقف|الجدار|جدار|الحائط|حائط|الجدران|جدران|الأرضية|أرضية|الدرج|السلم|الشرفة|البلكونة|الجص|"
                r"الطوب|المبنى|مبنى|البناء|النافذة|الشباك|الشرفه",
                r"انهار\S*|انهيار|ينهار|تنهار|وقع|وقعت|طاح|طاحت|سقط\S*|يسقط|تسقط|شقوق|تشقق\S*|متصدع\S*|تصدع\S*|صدع|خطر\S*|آيل|يتساقط|تتساقط|متساقط\S*",
                gap=3,
                latin=False,
            ),
            r"شقوق كبيرة|شقوق في|تشققات",
        ),
        "ur": (
            either(
                r"چھت|دیوار\S*|فرش|سیڑھی\S*|سیڑھیاں|بالکونی|پلستر|اینٹ\S*|عمارت|کھڑکی",
                r"گر گئ\S*|گر گیا|گرنے|گرتی|گرتا|گر رہ\S*|گری|منہدم|ٹوٹ\S*|دراڑ\S*|شگاف|خطرناک|بیٹھ گئ\S*",
                gap=3,
                latin=False,
            ),
            r"دراڑیں|بڑی دراڑ",
        ),
        "bn": (
            either(
                r"ছাদ\S*|সিলিং\S*|দেয়াল\S*|দেওয়াল\S*|মেঝে\S*|সিঁড়ি\S*|বারান্দা\S*|প্লাস্টার\S*|ইট\S*|ভবন\S*|বিল্ডিং\S*|"
                r"জানালা\S*|পলেস্তারা\S*",
                r"ধসে\S*|ধস\S*|ভেঙে\S*|ভেঙ্গে\S*|খসে\S*|ফাটল\S*|চিড়\S*|বিপজ্জনক|ঝুঁকিপূর্ণ|খসে পড়\S*|ভেঙে পড়\S*",
                gap=3,
                latin=False,
            ),
            r"বড় ফাটল|বড় ফাটল|ফাটল ধরেছে",
        ),
        "pa": (
            either(
                r"ਛੱਤ\S*|ਕੰਧ\S*|ਫਰਸ਼|ਫ਼ਰਸ਼|ਪੌੜੀ\S*|ਬਾਲਕੋਨੀ|ਪਲਸਤਰ|ਇੱਟ\S*|ਇਮਾਰਤ|ਬਿਲਡਿੰਗ|ਖਿੜਕੀ",
                r"ਡਿੱਗ\S*|ਢਹਿ\S*|ਢਹਿਣ\S*|ਟੁੱਟ\S*|ਤਰੇੜ\S*|ਦਰਾਰ\S*|ਖਤਰਨਾਕ|ਖ਼ਤਰਨਾਕ",
                gap=3,
                latin=False,
            ),
            r"ਵੱਡੀਆਂ ਤਰੇੜਾਂ|ਵੱਡੀ ਤਰੇੜ",
        ),
    }
}

# A ceiling or wall described as bulging rather than named as failing ("water coming down from
# the ceiling", نازلة من السقف, is not the ceiling coming down): "a big belly in the
# plaster", "drooping", "sagging", "bowed"; a railing that moves; pieces coming off.
_DESCRIBED = {
    "en": (
        near(
            _EN_PART,
            r"(?:big |huge |massive )?bell(?:y|ies|ied|ying)|droop\w*|sag(?:s|ged|ging|gy)?|bulg\w*|bow(?:ed|ing)|dipp\w* down|"
            r"hanging down|swell\w* (?:out|down)|moves? when|come away from",
            gap=7,
        ),
    ),
    "pl": (
        either(
            _PL_PART,
            r"wybrzusz\w*|brzuch\w*|obwis\w*|zwisa\w*|chwiej\w*|rusza się|ruszają się|wygina\w*",
            gap=4,
        ),
    ),
    "ro": (
        either(
            _RO_PART + r"|balustrad\w*",
            r"umflat\w*|se umfl\w*|burt\w*|se lasă|s-a lăsat|lăsat\w*|se mișcă|se misca|se clatin\w*|atârn\w*",
            gap=4,
        ),
    ),
    "ar": (
        either(
            r"السقف|سقف|الجدار|جدار|الحائط|حائط|الحيط|الدرابزين|درابزين|الشرفة|البلكونة|الجص|اللياسة|القصارة|المحارة",
            r"منتفخ\S*|انتفخ\S*|انتفاخ|متدلي\S*|يتدلى|مترهل\S*|هابط\S*(?! من)|نازل\S*(?! من)|يهتز|تهتز|يتحرك|تتحرك|مايل\S*|مائل\S*|يتفتت|تتفتت",
            gap=3,
            latin=False,
        ),
    ),
    "ur": (
        either(
            r"چھت|دیوار\S*|پلستر|ریلنگ|جنگل\S*|بالکونی|سیمنٹ|ٹکڑے|ٹکڑا",
            r"پھول گئ\S*|لٹک ر\S*|جھک گئ\S*|ہل رہ\S*|ہلتی|ہلتا|گر رہ\S*|گر رہے",
            gap=3,
            latin=False,
        ),
    ),
    "bn": (
        either(
            r"ছাদ\S*|সিলিং\S*|দেয়াল\S*|দেওয়াল\S*|প্লাস্টার\S*|রেলিং\S*|বারান্দা\S*|সিমেন্ট\S*",
            r"ফুলে\S*|ঝুলে\S*|ঝুলছে|নড়বড়ে|নড়ছে|নড়ে|বেঁকে\S*",
            gap=3,
            latin=False,
        ),
    ),
    "pa": (
        either(
            r"ਛੱਤ\S*|ਕੰਧ\S*|ਪਲਸਤਰ|ਜੰਗਲ\S*|ਰੇਲਿੰਗ|ਬਾਲਕੋਨੀ|ਸੀਮਿੰਟ",
            r"ਫੁੱਲ ਗ\S*|ਲਟਕ\S*|ਝੁਕ\S*|ਹਿੱਲ\S*|ਢਿੱਲ\S*|ਬੈਠ ਗ\S*",
            gap=3,
            latin=False,
        ),
    ),
}
for _language, _fragments in _DESCRIBED.items():
    PATTERNS["structural"][_language] += _fragments

# Floors that bounce, daylight through the roof, chunks coming away, in every language.
_MORE = {
    "en": (
        near(
            r"floors?|floorboards?|ceilings?|stairs|steps|balcon(?:y|ies)",
            r"bounc\w*|spongy|springy|gives? under",
            gap=5,
        ),
        r"(?:see|seen|seeing) (?:the )?(?:joists|beams|rafters|sky|daylight|outside|the flat below|downstairs) through",
    ),
    "pl": (
        either(_PL_PART, r"odkleja\w*|odrywa\w*|odstaj\w*|szczelin\w*|ugina\w*|sprężyn\w*", gap=4),
        either(r"beton\w*|kawał\w*|tynk\w*|cegł\w*|gruz\w*", r"lecą|leci|spada\w*|odpada\w*", gap=3),
    ),
    "ar": (
        either(
            r"السقف|سقف|الجدار|الحائط|الحيط|الأرضية|البلكونة|الشرفة",
            r"و?بطن|و?نازل\S*(?! من)|و?منتفخ\S*|و?هابط\S*(?! من)|و?يتدلى|و?يهتز|و?تهتز",
            gap=5,
            latin=False,
        ),
    ),
    "bn": (
        either(r"চাঙড়\S*|চাঙর\S*|টুকরো\S*|পলেস্তারা\S*|ছাদ\S*", r"খসে\S*|ভেঙে পড়\S*|ধসে\S*", gap=4, latin=False),
    ),
}
for _language, _fragments in _MORE.items():
    PATTERNS["structural"][_language] += _fragments

# Described by size or movement: a crack that has grown or that fingers fit into, a wall
# leaning or pulling away, a railing hanging off by one bolt or a loose screw, stones dropping
# from above the door; Scots "comin doon"; in every language.
_MOVEMENT = {
    "en": (
        near(
            _EN_PART + r"|building|house|gable|stairwell|chimney stack|fence posts?|ceilin'?|hoose|stair",
            r"lean(?:s|ed|ing)?(?: (?:out|in|over|away|outwards?|inwards?|forwards?))?|on the tilt|tilt(?:ing|ed|s)|"
            r"pull(?:s|ed|ing)? away|com(?:e|es|ing) away|hanging (?:off|loose|by)|hangin'? (?:aff|off)|"
            r"held (?:on )?by (?:one|a single|just one|the last) (?:bolt|screw|nail|bracket)|"
            r"(?:comin'?|coming|came|fell|fa'?in'?|fallin'?|falling) doon",
            gap=4,
        ),
        r"(?:hanging|held|holding) (?:on )?by (?:one|a single|just one|the last|one last) (?:bolt|screw|nail|bracket|rivet)",
        r"cracks? (?:\w+ ){0,5}(?:grown|grew|opened up|opening up|doubled|wider|longer)",
        near(
            r"cracks?|gaps?|holes?|splits?",
            r"(?:fit|get|put|stick|poke|slide)\w* (?:\w+ ){0,2}(?:fingers?|hand|fist|arm|coin|pen|pencil|thumb)",
            gap=8,
        ),
        near(
            r"cracks?",
            r"\d+ ?(?:mm|cm|inch\w*)\b|an? (?:inch|finger|thumb)(?:'s)?[- ](?:wide|width)|wide enough|(?:finger|thumb|hand)[- ]?(?:wide|width)",
            gap=6,
        ),
    ),
    "pl": (
        r"(?:ścian|komin|balkon|budyn|blok|klatk|balustrad)\w* (?:\w+ ){0,2}(?:się )?(?:przechyl|odchyl|pochyl|odsuwa|odchodzi|odstaje)\w*",
        r"(?:wisi|trzyma się) na (?:jednej|jednym|ostatniej|ostatnim) (?:śrub\w*|gwoździ\w*|kołk\w*|nitc\w*)",
        r"(?:szczelin|pęknięci|rys)\w* (?:\w+ ){0,4}(?:palec|palce|palca|rękę|dłoń|cm|centymetr\w*|mm)",
        r"(?:pęknięci|rys|szczelin)\w* (?:\w+ ){0,3}(?:powiększa|rośnie|rozszerza|coraz większ)\w*",
    ),
    "ro": (
        r"(?:perete|peretele|zid|balcon|bloc|coș|cos|balustrad)\w* (?:\w+ ){0,2}(?:se înclină|s-a înclinat|înclinat\w*|se apleacă|s-a aplecat|se desprinde|s-a desprins)",
        r"(?:atârnă|atarna|stă|sta|ține|tine) (?:\w+ )?(?:într-un|intr-un|de un|de o|doar de un) (?:șurub|surub|cui|bolț|bolt)",
        r"(?:crăpătur|fisur|crapatur)\w* (?:\w+ ){0,4}(?:degetul|degetele|mâna|mana|cm|centimetri|mm)",
        r"(?:crăpătur|fisur|crapatur)\w* (?:\w+ ){0,3}(?:se mărește|se mareste|crește|creste|se lărgește|se largeste|tot mai mare)",
    ),
    "ar": (
        r"(?<!\S)(?:ال)?(?:شق|شرخ|تشقق|شقوق)\S* (?:كبير|واسع|عميق|طويل)\S*",
        r"(?<!\S)(?:ال)?(?:شق|شرخ|شقوق|تشققات)\S* (?:\S+ ){0,4}(?:يكبر|بيكبر|عم يكبر|تكبر|بتكبر|يتسع|يوسع|توسع|زاد|يزيد|بيزيد)",
        r"(?:حجار\S*|حجر|الحجر|طوب|الطوب|بلوك|البلوك|شقف|اللياسة|لياسة|القصارة|الإسمنت|الاسمنت|باطون)\S* (?:\S+ ){0,2}"
        r"(?:تطيح|يطيح|طاح\S*|تسقط|يسقط|تتساقط|يتساقط|بتوقع|بيوقع|وقع\S*|تنزل|ينزل|نازل\S*|عم توقع|عم تطيح)",
        r"(?:ال|بال|و)?(?:حيط|حيطة|حيطان)\S* (?:\S+ ){0,2}(?:مايل\S*|مائل\S*|يميل|تميل|مشقوق\S*|مفصول\S*|انفصل\S*|طالع\S*)",
        r"(?:يدخل|تدخل|بيدخل|بتدخل|بتفوت|يفوت|تفوت|بتساع|يساع) (?:فيه|فيها|فيو|بيه) (?:إصبع|اصبع|أصابع|اصابع|إيد|ايد|يد|كف)",
        r"(?:الدرابزين|درابزين)\S* (?:\S+ ){0,3}(?:مفكوك\S*|مخلوع\S*|طايح\S*|مرخي\S*|فلتان\S*)",
    ),
    "ur": (
        r"(?:دراڑ|شگاف)\S* (?:\S+ ){0,3}(?:بڑھ|بڑی ہو|پھیل|چوڑی)\S*",
        r"(?:دیوار|بالکونی|عمارت)\S* (?:\S+ ){0,2}(?:جھک|ٹیڑھی|ٹیڑھا|ایک طرف)\S*",
        r"(?:ریلنگ|جنگلہ|جنگلا)\S* (?:\S+ ){0,3}(?:ہل|ڈھیل|نکل|لٹک|اکھڑ)\S*|(?:پیچ|بولٹ|کیل)\S* (?:\S+ ){0,2}(?:نکل|ڈھیل|گر)\S*",
        r"انگلی (?:\S+ ){0,2}(?:جا|گھس|آ) (?:جاتی|سکتی)",
    ),
    "bn": (
        r"(?:স্ক্রু|বোল্ট|নাট|পেরেক)\S* (?:\S+ ){0,2}(?:খুলে|পড়ে|ঢিলে|নেই)",
        r"ফাটল\S* (?:\S+ ){0,3}(?:বাড়ছে|বড় হচ্ছে|বড় হয়ে|চওড়া)",
        r"(?:দেয়াল|দেওয়াল|ভবন|বিল্ডিং|বারান্দা|রেলিং)\S* (?:\S+ ){0,2}(?:হেলে|কাত হয়ে|নড়বড়\S*|নড়ছে|দুলছে|ঢিলে)",
        r"আঙুল (?:\S+ ){0,2}ঢুকে",
    ),
    "pa": (
        r"(?:ਤਰੇੜ|ਦਰਾਰ)\S* (?:\S+ ){0,3}(?:ਵਧ|ਵੱਡੀ ਹੋ|ਚੌੜੀ)\S*",
        r"(?:ਕੰਧ|ਬਾਲਕੋਨੀ|ਇਮਾਰਤ)\S* (?:\S+ ){0,2}(?:ਟੇਢੀ|ਟੇਢਾ|ਇੱਕ ਪਾਸੇ)\S*",
        r"(?:ਪੇਚ|ਬੋਲਟ|ਕਿੱਲ)\S* (?:\S+ ){0,2}(?:ਨਿਕਲ|ਢਿੱਲ|ਡਿੱਗ)\S*|ਉਂਗਲ\S* (?:\S+ ){0,2}(?:ਵੜ|ਜਾਂਦੀ)",
    ),
}
for _language, _fragments in _MOVEMENT.items():
    PATTERNS["structural"][_language] += _fragments
