"""No heating or no hot water, with a vulnerable person (a baby or child, elderly, disabled, pregnant or ill).

Either alone is common in complaints and not an emergency; together, in one text, they are.
"""

from ..folding import ar, bn, either, pa, ur

PATTERNS = {
    "no_heat": {
        "en": (
            r"(?:no|without|zero|lost (?:the |our |all )?|nae) (?:\w+ ){0,1}"
            r"(?:heat\w*|hot water|hotwater|boiler|warm water|radiators?|rads)",
            r"no gas(?! (?:leak|smell|escape))",
            r"(?:heat\w*|hot water|hotwater|boiler|radiators?|rads)(?: \w+){0,3} "
            r"(?:broken|broke|brok|not working|wasn'?t working|isn'?t working|weren'?t working|aren'?t working|"
            r"doesn'?t work|didn'?t work|dont work|don'?t work|never worked|stopped|not been working|hasn'?t been working|"
            r"has not worked|hasn'?t worked|not been on|stopped working|been off|not come on|won'?t come on|packed up|died|failed|kaput|"
            r"broken down|broke down|went off|cut off|condemned|was off|were off|is off|are off|stone cold|cold|"
            r"not on|gone)",
            r"(?:broken|broke|faulty|dead|condemned|failed|no working) (?:down )?(?:boiler|heating|heater)s?",
            r"freezing|froze|frozen|so cold|bitter(?:ly)? cold|ice cold|icy cold|perishing|cold showers?|cold baths?|"
            r"boil\w* (?:the )?kettles?|(?:wear|wore|wearing) (?:our |my )?coats? (?:indoors|inside|in bed|in the house)",
            r"(?:can'?t|cannot|couldn'?t|could not|unable to) (?:\w+ ){0,2}(?:warm|heat (?:the|our|my)|have (?:a )?(?:hot|warm))",
        ),
        "pl": (
            r"(?:brak|bez|nie ma|nie było|nie mamy|nie mieliśmy|nie mieliśmy) (?:\w+ ){0,1}"
            r"(?:ogrzewani\w*|ciepł\w* wod\w*|gorąc\w* wod\w*|ciepł\w*|c\.?o\.?)",
            r"(?:ogrzewani\w*|piec\w*|kocioł|kotł\w*|grzejnik\w*|kaloryfer\w*|bojler\w*|junkers\w*)(?: \w+){0,2} "
            r"(?:nie działa\w*|zepsu\w*|popsu\w*|zimn\w*|wyłączon\w*|nie grza\w*|nie grzeje)",
            r"(?:zepsut|popsut)\w* (?:piec|kocioł|ogrzewanie|bojler)\w*",
            r"zamarza\w*|marzn\w*|marzl\w*|lodowat\w*|przeraźliwie zimno|bardzo zimno|strasznie zimno|zimn\w* wod\w*",
        ),
        "ro": (
            r"(?:fără|fara|nu (?:aveam|avem|am avut|era|este|exista|există)|lipsa|lipsă) (?:\w+ ){0,1}"
            r"(?:căldur\w*|caldur\w*|încălzir\w*|incalzir\w*|apă caldă|apa calda|apă fierbinte|apa fierbinte)",
            r"(?:central\w*|calorifer\w*|boiler\w*|încălzir\w*|incalzir\w*)(?: \w+){0,2} "
            r"(?:nu (?:mai )?(?:funcționa|functiona|merge|mergea|încălzea|incalzea|porne)\w*|stricat\w*|defect\w*|"
            r"rec\w*|opri\w*)",
            r"înghețam|inghetam|înghețat\w*|inghetat\w*|frig (?:mare|cumplit|groaznic)|era frig|e frig|foarte frig|"
            r"apă rece|apa rece|tremuram",
        ),
        "ar": (
            either(
                r"تدفئة|التدفئة|ماء ساخن|الماء الساخن|المياه الساخنة|مياه ساخنة|مي سخنة|المي السخنة|مية سخنة|"
                r"المرجل|الغلاية|السخان|المدفأة|الدفاية|الحرارة",
                r"لا|لم|ليس|ما|مافي|مفيش|بدون|بلا|انقطاع|انقطعت|انقطع|مقطوع\S*|معطل\S*|تعطل\S*|عطل|توقف\S*|خربان\S*|خربت",
                gap=2,
                latin=False,
            ),
            r"برد شديد|البرد القارس|برد قارس|نتجمد|نتجمّد|متجمد\S*|نرتجف|بارد جدا|ماء بارد|الماء البارد",
        ),
        "ur": (
            either(
                r"ہیٹنگ|حرارت|گرم پانی|بوائلر|ہیٹر|ریڈی ایٹر",
                r"نہیں|بند|خراب|ٹوٹ\S*|بغیر",
                gap=3,
                latin=False,
            ),
            r"سخت سردی|شدید سردی|ٹھنڈے پانی|ٹھنڈا پانی|جم ر\S*|ٹھٹھر\S*|سردی میں کانپ",
        ),
        "bn": (
            either(
                r"হিটিং\S*|গরম পানি\S*|গরম জল\S*|হিটার\S*|বয়লার\S*|বয়লার\S*|তাপ\S*",
                r"নেই|ছিল না|নষ্ট\S*|বন্ধ\S*|কাজ করে না|কাজ করছে না|কাজ করছিল না|খারাপ\S*|ভাঙা|ছাড়া",
                gap=3,
                latin=False,
            ),
            bn("প্রচণ্ড ঠান্ডা", "প্রচণ্ড ঠাণ্ডা", "ঠান্ডায়", "ঠাণ্ডায়", "ঠান্ডা পানি", "ঠাণ্ডা পানি", "জমে যা"),
        ),
        "pa": (
            either(
                r"ਹੀਟਿੰਗ|ਗਰਮ ਪਾਣੀ|ਬਾਇਲਰ|ਬੋਇਲਰ|ਹੀਟਰ",
                r"ਨਹੀਂ|ਬੰਦ|ਖਰਾਬ|ਖ਼ਰਾਬ|ਟੁੱਟ\S*|ਬਿਨਾਂ",
                gap=3,
                latin=False,
            ),
            r"ਬਹੁਤ ਠੰਡ|ਬਹੁਤ ਠੰਢ|ਠੰਢ ਵਿੱਚ|ਠੰਡ ਵਿੱਚ|ਠੰਡੇ ਪਾਣੀ|ਠੰਢੇ ਪਾਣੀ|ਠਰ ਰਹੇ|ਠਰ ਗਏ|ਕੰਬ ਰਹੇ",
        ),
    },
    "vulnerable": {
        "en": (
            r"bab(?:y|ies|ys)",
            r"new ?born\w*",
            r"infants?",
            r"toddlers?",
            r"child(?:ren)?",
            r"kids?",
            r"little ones?",
            r"(?:my|our|her|his|their) (?:son|daughter|boy|girl|grandchild\w*|grandson|granddaughter|nan|nana|gran|"
            r"granny|grandma|grandmother|grandad|grandfather|grandparents?)s?",
            r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ]?(?:months?|weeks?|days?)[- ]old",
            r"(?:[1-9]|1[0-7]|[6-9]\d|1\d\d|one|two|three|four|five|six|seven|eight|nine|ten)[- ]?(?:years?|yrs?)[- ]old",
            r"pregnan\w*",
            r"expecting",
            r"elderly",
            r"pensioners?",
            r"oaps?",
            r"old (?:age|lady|man|people|person)",
            r"in (?:his|her|my|their) (?:70|80|90|seventie|eightie|ninetie)s",
            r"aged? (?:[6-9]\d|1\d\d)",
            r"(?:is|are|was|'s|turned|nearly|almost|over) (?:now )?(?:[7-9]\d|1[01]\d)(?! ?(?:%|pounds|quid|days|weeks|times))",
            r"disab\w*",
            r"wheel ?chair\w*",
            r"mobility",
            r"carers?",
            r"ill(?:ness)?",
            r"sick(?!\s+(?:of|and tired))",
            r"unwell",
            r"poorly",
            r"cancer",
            r"chemo\w*",
            r"dementia",
            r"copd",
            r"asthma\w*",
            r"heart (?:condition|problems?|disease|failure)",
            r"sickle cell",
            r"arthritis",
            r"blind",
            r"vulnerable",
            r"medical condition\w*",
        ),
        "pl": (
            r"dzieck\w*|dzieci\w*|niemowl\w*|noworod\w*|maluch\w*|maleńst\w*|synek|synka|syn|syna|synem|córk\w*|"
            r"w ciąży|ciężarn\w*|starsz\w*|emeryt\w*|babci\w*|babcia|dziadk\w*|niepełnospraw\w*|wózk\w* inwalidzk\w*|"
            r"chor(?:y|a|e|zy|ob\w*|uj\w*)|rak\w*|nowotw\w*|astm\w*|\d+[- ]?(?:letni\w*|miesięczn\w*)",
        ),
        "ro": (
            r"cop(?:il|ii|ilul|iii|ilului|iilor|ilași|ilasi)|bebe\w*|bebeluș\w*|nou-născut\w*|nou născut\w*|sugar\w*|"
            r"fiul\w*|fiica|fiicei|fetița|băiețel\w*|însărcinat\w*|gravid\w*|bătrân\w*|în vârstă|pensionar\w*|"
            r"bunic\w*|dizabilit\w*|handicap\w*|scaun cu rotile|bolnav\w*|cancer\w*|astm\w*|vulnerabil\w*",
        ),
        "ar": (
            ar(
                "طفل",
                "أطفال",
                "اطفال",
                "طفلي",
                "طفلتي",
                "أطفالي",
                "اطفالي",
                "رضيع",
                "رضيعة",
                "مولود",
                "ابني",
                "ابنتي",
                "بنتي",
                "حامل",
                "مسن",
                "مسنة",
                "كبار السن",
                "كبير في السن",
                "كبيرة في السن",
                "جدتي",
                "معاق",
                "إعاقة",
                "اعاقة",
                "كرسي متحرك",
                "مريض",
                "مريضة",
                "سرطان",
                "ربو",
            ),
        ),
        "ur": (
            ur(
                "بچہ",
                "بچے",
                "بچوں",
                "بچی",
                "بچیاں",
                "بیٹا",
                "بیٹی",
                "بیٹے",
                "نومولود",
                "شیرخوار",
                "حاملہ",
                "بزرگ",
                "بوڑھ\\S*",
                "معذور\\S*",
                "وہیل چیئر",
                "بیمار\\S*",
                "کینسر",
                "دمہ",
                "دمے",
                "ماں جی",
            ),
        ),
        "bn": (
            bn(
                "শিশু",
                "বাচ্চা",
                "সন্তান",
                "ছেলে",
                "মেয়ে",
                "মেয়ে",
                "নবজাতক",
                "গর্ভবতী",
                "অন্তঃসত্ত্বা",
                "বয়স্ক",
                "বয়স্ক",
                "বৃদ্ধ",
                "প্রতিবন্ধী",
                "হুইলচেয়ার",
                "অসুস্থ",
                "ক্যান্সার",
                "হাঁপানি",
                "দাদি",
                "নানি",
                "দাদু",
            ),
        ),
        "pa": (
            pa(
                "ਬੱਚਾ",
                "ਬੱਚੇ",
                "ਬੱਚੀ",
                "ਬੱਚਿਆਂ",
                "ਨਿਆਣ\\S*",
                "ਪੁੱਤ\\S*",
                "ਧੀ",
                "ਗਰਭਵਤੀ",
                "ਬਜ਼ੁਰਗ",
                "ਬੁੱਢ\\S*",
                "ਅਪਾਹਜ",
                "ਵ੍ਹੀਲਚੇਅਰ",
                "ਬਿਮਾਰ\\S*",
                "ਬੀਮਾਰ\\S*",
                "ਕੈਂਸਰ",
                "ਦਮਾ",
                "ਦਮੇ",
            ),
        ),
    },
}

# Who is vulnerable, described rather than named: an age given in figures or words ("I am 81",
# "seventy-five", "only 3 month"), a condition (Parkinson's, a heart patient, can't walk), and
# dialect words for small children; the cold in dialect ("pure baltic").
_EN_OLD_WORDS = r"(?:sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
_VULNERABLE_DESCRIBED = {
    "en": (
        rf"(?:i am|i'm|im|he is|he's|she is|she's|they are|they're|mum is|dad is|mum's|dad's|aged?|turned|turning|nearly|almost|over) "
        rf"(?:now )?(?:{_EN_OLD_WORDS}|[7-9]\d|1[01]\d)\b(?! ?(?:%|pounds|quid|days|weeks|times|minutes|hours|calls|emails|p\b))",
        r"(?:only|just|barely|not even) (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) "
        r"(?:months?|weeks?|days?)\b",
        r"wee (?:yin|one|wan|bairn|babby|man|lassie|fella)s?|bairns?|weans?|babb(?:y|ies)|little 'uns?|lil ones?",
        r"parkinson\w*|alzheimer\w*|stroke|diabet\w*|heart (?:patient|attack|op\w*|surgery)|bad heart|angina|"
        r"epilep\w*|multiple sclerosis|motor neurone|kidney (?:disease|failure)|dialysis|on oxygen|"
        r"bed ?bound|bedridden|housebound|frail|(?:can'?t|cannot|can not|unable to) (?:walk|get up|get out of bed|move)|"
        r"learning disabilit\w*|autis\w*|special needs|registered (?:blind|disabled)|immun\w*|transplant|palliative|"
        r"terminal\w*|new ?mum|just had (?:a|the|our) baby|premature|prem baby|sick(?:ly)? child",
    ),
    "pl": (
        r"(?:ma|mam|mama ma|tata ma|skończył\w*) (?:już )?(?:[6-9]\d|1[01]\d) (?:lat|lata)|(?:[6-9]\d|1[01]\d)[- ]?latk\w*|"
        r"(?:siedemdziesi|osiemdziesi|dziewięćdziesi)\w*|(?:ma|ma dopiero|ma tylko) (?:\d{1,2}|dwa|trzy|cztery|pięć|sześć) "
        r"(?:miesi\w*|tygodni\w*)|parkinson\w*|alzheimer\w*|udar\w*|cukrzyc\w*|chor\w* (?:na )?serc\w*|serc\w* chor\w*|rozrusznik\w*|"
        r"nie (?:może|moze) chodzić|leżąc\w*|obłożnie",
    ),
    "ro": (
        r"(?:are|avea|împlinit|implinit) (?:\w+ )?(?:[6-9]\d|1[01]\d) (?:de )?ani|(?:șaptezeci|saptezeci|optzeci|nouăzeci|nouazeci)\w* "
        r"(?:\w+ )?(?:de )?ani|are (?:doar )?(?:\d{1,2}|o|două|doua|trei|patru|cinci|șase) (?:luni|săptămâni|saptamani)|"
        r"parkinson\w*|alzheimer\w*|accident vascular|avc|diabet\w*|bolnav\w* de inim\w*|probleme (?:cu|de) inim\w*|stimulator|"
        r"nu (?:mai )?poate (?:să )?(?:meargă|umble|se miște)|țintuit\w* la pat|imobilizat\w*",
    ),
    "ar": (
        r"(?:عمر\S*|عمري|عمره|عمرها) (?:\S+ )?(?:[6-9]\d|[٦-٩][٠-٩]|سبعين|ثمانين|تسعين|خمسة وسبعين|خمس وسبعين)|"
        r"(?:[6-9]\d|[٦-٩][٠-٩]|سبعين|ثمانين|تسعين) (?:سنة|عام|عاما)|كبير\S* (?:بالعمر|بالسن)|"
        r"عمر\S* (?:\d{1,2}|[٠-٩]{1,2}|ثلاث|أربع|خمس) (?:شهور|أشهر|اشهر|أسابيع|اسابيع)|عمر\S* (?:شهر|شهرين|أسبوع|اسبوع|أسبوعين)|"
        r"باركنسون|الزهايمر|سكري|السكري|مريض قلب|مريضة قلب|مريض بالقلب|مريضة بالقلب|جلطة|غسيل كلى|لا يقدر يمشي|ما بيقدر يمشي|ما بتقدر تمشي|"
        r"لا يستطيع المشي|لا تستطيع المشي|مقعد|مقعدة|طريح الفراش",
    ),
    "ur": (
        r"(?:[6-9]\d|[۶-۹][۰-۹]|ستر|ستّر|پچھتر|اسی|اسّی|نوے|پچاسی) (?:سال|برس)|"
        r"(?:\d{1,2}|[۰-۹]{1,2}|ایک|دو|تین|چار) (?:مہینے|ماہ|ہفتے) (?:کا|کی|کے)|"
        r"مریض|دل کی بیماری|شوگر|ذیابیطس|فالج|پارکنسن|الزائمر|چل نہیں سکت\S*|چل پھر نہیں|بستر پر",
    ),
    "bn": (
        r"বয়স (?:\S+ )?(?:[৬-৯][০-৯]|[6-9]\d|ষাট|সত্তর|পঁচাত্তর|আশি|নব্বই|পঁচাশি)|"
        r"(?:[৬-৯][০-৯]|[6-9]\d|সত্তর|পঁচাত্তর|আশি|নব্বই|পঁচাশি) বছর|"
        r"(?:\d{1,2}|[০-৯]{1,2}|এক|দুই|তিন|চার) (?:মাসের|সপ্তাহের)|"
        r"হাঁটতে পার\S* না|চলাফেরা করতে পার\S* না|হার্টের রোগী|হৃদরোগ|ডায়াবেটিস|পারকিনসন|স্ট্রোক|শয্যাশায়ী|রোগী",
    ),
    "pa": (
        r"(?:[6-9]\d|ਸੱਠ|ਸੱਤਰ|ਪਚੱਤਰ|ਪੰਝੱਤਰ|ਅੱਸੀ|ਨੱਬੇ|ਪਚਾਸੀ) (?:ਸਾਲ|ਵਰ੍ਹੇ|ਵਰ੍ਹਿਆਂ)|"
        r"(?:\d{1,2}|ਇੱਕ|ਦੋ|ਤਿੰਨ|ਚਾਰ) (?:ਮਹੀਨੇ|ਮਹੀਨਿਆਂ|ਹਫ਼ਤੇ|ਹਫਤੇ) (?:ਦਾ|ਦੀ|ਦੇ)|"
        r"ਮਰੀਜ਼|ਮਰੀਜ|ਦਿਲ ਦੀ ਬਿਮਾਰੀ|ਸ਼ੂਗਰ|ਡਾਇਬਟੀਜ਼|ਅਧਰੰਗ|ਤੁਰ ਨਹੀਂ ਸਕਦ\S*|ਮੰਜੇ ਤੇ|ਮੰਜੇ ਉੱਤੇ",
    ),
}
_NO_HEAT_DESCRIBED = {
    "en": (
        r"baltic|brass monkeys|freezin\w*|arctic|like an? (?:ice ?box|fridge|freezer)|see (?:my|our) breath",
    ),
    "ur": (r"(?<!\S)نہ (?:\S+ )?(?:ہیٹنگ|گرم پانی|حرارت|ہیٹر)",),
}
for _language, _fragments in _VULNERABLE_DESCRIBED.items():
    PATTERNS["vulnerable"][_language] += _fragments
for _language, _fragments in _NO_HEAT_DESCRIBED.items():
    PATTERNS["no_heat"][_language] += _fragments

# Grandparents named without "my", ages in brackets, pregnancy by the month; heaters "not running".
_MORE_VULNERABLE = {
    "en": (
        r"(?:gran|granny|nan|nana|nanna|grandma|grandad|grandpa|great[- ]grand\w*)\b|\((?:[6-9]\d|1[01]\d)\)",
        r"(?:\d|five|six|seven|eight|nine) months? (?:gone|along|pregnant)",
    ),
    "pl": (r"w (?:\w+ )?miesiącu ciąży|(?:\w+) miesiąc ciąży",),
    "ro": (r"în luna a \w+ de sarcină|luna a \w+ de sarcina",),
    "ar": (r"(?:بالشهر|في الشهر) (?:ال)?\S+ (?:من الحمل|حامل)|حامل ب\S+",),
    "ur": (r"\S+واں مہینہ|امید سے|مہینہ چل رہا",),
    "bn": (r"\S+ মাস চলছে|মাসের গর্ভবতী|মাসের অন্তঃসত্ত্বা",),
    "pa": (r"\S+ਵਾਂ ਮਹੀਨਾ|ਪੈਰ ਭਾਰੀ",),
}
_MORE_NO_HEAT = {
    "en": (
        r"(?:heaters?|heating|boiler)(?: \w+){0,2} (?:packed in|gave up|conked out|on the blink|given up)",
    ),
    "ur": (either(r"ہیٹنگ|ہیٹر|بوائلر|گیزر", r"چل نہیں ر\S*|نہیں چل\S*", gap=2, latin=False),),
    "bn": (either(r"হিটিং\S*|হিটার\S*|বয়লার\S*|গিজার\S*", r"চলছে না|চলে না|চলছিল না|জ্বলছে না", gap=2, latin=False),),
    "pa": (either(r"ਹੀਟਿੰਗ|ਹੀਟਰ|ਬਾਇਲਰ|ਗੀਜ਼ਰ", r"ਚੱਲ ਨਹੀਂ ਰ\S*|ਨਹੀਂ ਚੱਲ\S*", gap=2, latin=False),),
}
for _language, _fragments in _MORE_VULNERABLE.items():
    PATTERNS["vulnerable"][_language] += _fragments
for _language, _fragments in _MORE_NO_HEAT.items():
    PATTERNS["no_heat"][_language] += _fragments

# Said in a form's fields ("Heating: none. Hot water: none"), with a possessive before the verb
# ("heating's been off", "the boiler's dead"), in romanised Urdu or Punjabi ("boiler band hai",
# "na heating na garam pani") or code-mixed ("heating নেই", "heating ਬੰਦ ਏ"). Who is vulnerable:
# an age in any script's figures or in brackets ("85 ਸਾਲ", "মা (৭৫)", "80 saal"), a baby's age
# abbreviated ("5 wks old"), a chest or breathing condition, just home from hospital.
_FIELD = r"\s*[:=\-–]+\s*"
_FORM_NO_HEAT = {
    "en": (
        rf"(?:heat\w*|hot water|hotwater|warm water|boiler|radiators?|rads){_FIELD}"
        r"(?:none|no|nil|nothing|off|n/?a|not working|broken|zero|dead|kaput|x)\b",
        r"(?:heat\w*|hot water|boiler|radiators?|rads|heaters?)'s (?:\w+ ){0,2}"
        r"(?:been off|been dead|been broken|been down|off|aff|dead|broken|not working|packed (?:in|up)|given up|kaput|died|conked out)\b",
        r"(?:boiler|heating|heater|garam pa+ni|geyser|gee?zer)(?: \w+){0,2} (?:band|kharab|kharaab|khraab|nahi\w*|nai|toot\w*|tut\w*)\b",
        r"(?:na|nahi\w*|bina|baghair|nae) (?:koi )?(?:heating|heatin|heater|garam pa+ni|boiler|hot water)\b",
    ),
    "pl": (
        rf"(?:ogrzewani\w*|ciepł\w* wod\w*|c\.?w\.?u\.?|c\.?o\.?){_FIELD}(?:brak|nie|nie działa|zepsut\w*|0|zero)\b",
    ),
    "ro": (
        rf"(?:încălzir\w*|incalzir\w*|căldur\w*|caldur\w*|apă caldă|apa calda|central\w*){_FIELD}"
        r"(?:nu|lipsă|lipsa|deloc|nimic|zero|defect\w*|stricat\w*)\b",
    ),
    "ar": (
        rf"(?:التدفئة|تدفئة|الماء الساخن|المي السخنة|مي سخنة|السخان|الحرارة){_FIELD}(?:لا|ما في|مافي|مقطوع\S*|معطل\S*|ولا شي|لا يوجد)",
    ),
    "ur": (rf"(?:ہیٹنگ|گرم پانی|بوائلر|ہیٹر){_FIELD}(?:نہیں|کوئی نہیں|بند|خراب)",),
    "bn": (rf"(?:হিটিং|গরম পানি|গরম জল|বয়লার){_FIELD}(?:নেই|না|বন্ধ|নষ্ট)",),
    "pa": (rf"(?:ਹੀਟਿੰਗ|ਗਰਮ ਪਾਣੀ|ਬਾਇਲਰ){_FIELD}(?:ਨਹੀਂ|ਬੰਦ|ਖਰਾਬ|ਖ਼ਰਾਬ)",),
    "mixed": (
        r"(?:heating|heater|boiler|hot water|radiators?|geyser)(?:-?\S+)?\s(?:\S+\s){0,2}"
        r"(?:নেই|বন্ধ|নষ্ট|খারাপ|কাজ করে না|চলে না|ছাড়া|ਬਿਨਾਂ|ਬੰਦ|ਨਹੀਂ|ਖਰਾਬ|ਖ਼ਰਾਬ|ਨਹੀ|بند|نہیں|خراب|معطل|مقطوع|ما في|مافي)",
        r"(?:ਨਹੀਂ|نہیں|بدون|بغیر|بلا)\s(?:\S+\s)?(?:heating|heater|boiler|hot water)\b",
    ),
}
_AGE_FIGURES = r"(?:[6-9]\d|1[01]\d|[৬-৯][০-৯]|[٦-٩][٠-٩]|[۶-۹][۰-۹]|[੬-੯][੦-੯])"
_FORM_VULNERABLE = {
    "en": (
        r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) ?(?:wks?|mths?|mnths?|mos?)\.? old|"
        r"\d{1,2} ?(?:m/o|w/o)\b",
        r"copd|emphysema|bronchi\w*|lung (?:disease|condition|problems?)|breathing (?:problems?|difficult\w*|condition)|"
        r"short of breath|breathless\w*|inhalers?|nebuli[sz]ers?|oxygen|hip (?:op|operation|replacement)|"
        r"(?:just |only just )?(?:home|out) (?:from|of) hospital|discharged from hospital|"
        r"(?:buzurg|bazurg|bimaa?r|beemaa?r|mareez|mariz)\b",
    ),
    "ar": (r"ضيق (?:في )?(?:ال)?تنفس|صعوبة (?:في )?(?:ال)?تنفس|مريض\S* (?:بال)?(?:سكري|قلب|ضغط|صدر)",),
    "ur": (r"سانس (?:کی|کا) (?:تکلیف|مسئلہ|بیماری)|دمہ|آکسیجن",),
    "bn": ("শ্বাসকষ্ট", "শ্বাসের (?:কষ্ট|সমস্যা)", "অক্সিজেন", "ইনহেলার"),
    "pa": (r"ਸਾਹ (?:ਦੀ|ਦਾ) (?:ਤਕਲੀਫ|ਬਿਮਾਰੀ|ਬੀਮਾਰੀ|ਰੋਗ)|ਆਕਸੀਜਨ",),
    "mixed": (
        rf"{_AGE_FIGURES}\s?(?:ਸਾਲ|ਵਰ੍ਹੇ|ਵਰਿਆਂ|বছর|سال|برس|سنة|سنه|عام|saal|sal|baras|varhe)(?!\w)",
        rf"\({_AGE_FIGURES}\)",
        r"(?:\d{1,2}|[০-৯]{1,2}|[੦-੯]{1,2}|[۰-۹]{1,2}|[٠-٩]{1,2})\s?(?:মাসের|সপ্তাহের|ਮਹੀਨੇ ਦ|ਹਫ਼ਤੇ ਦ|ਹਫਤੇ ਦ|مہینے کا|مہینے کی|ماہ کا|ماہ کی|شهور|أشهر|اشهر|mahine ka|mahine ki|mahine da|mahine di)",
    ),
}
for _language, _fragments in _FORM_NO_HEAT.items():
    PATTERNS["no_heat"][_language] = PATTERNS["no_heat"].get(_language, ()) + _fragments
for _language, _fragments in _FORM_VULNERABLE.items():
    PATTERNS["vulnerable"][_language] = PATTERNS["vulnerable"].get(_language, ()) + _fragments
