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
        r"(?:don'?t|dont|do not|didn'?t|did not|no longer|never) (?:even |really |actually |just )?(?:want|wanna|wanted) to "
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
    "pl": (
        r"targn\w* się na (?:swoje )?życie",
        r"myśli samobójcze",
        r"nie widzę sensu (?:życia|żyć)",
        r"skończ\w* (?:\w+ ){0,3}raz na zawsze|skończ\w* (?:z )?tym wszystkim|skończ\w* to wszystko",
        r"nie chc\w* (?:się )?(?:już )?(?:budzić|obudzić)",
        r"(?:lepiej|wolał\w*) (?:by mnie nie było|żeby mnie nie było|umrzeć)",
    ),
    "ro": (
        r"nu (?:mai )?(?:vreau|voiam|vroiam|voia|vrea|am vrut|am mai vrut) să (?:mai )?trăi\w*",
        r"să mă omor",
        r"să-mi iau viața",
        r"nu mai are rost să trăiesc",
        r"gânduri (?:de )?sinucigaș\w*",
    ),
    "ar": (
        "ما بدي عيش",
        "ما بدي أعيش",
        "بدي موت",
        "بدي اموت",
        "أقتل نفسي",
        "اقتل نفسي",
        "أموت",
        "فكرت في الموت",
        "لا أريد الحياة",
    ),
    "ur": ("اپنی جان دے دوں", "جان دینے کا", "مرنا چاہت", "جینے کی خواہش نہیں", "اپنی زندگی ختم"),
    "bn": ("মরে যেতে ইচ্ছে", "বাঁচার ইচ্ছে নেই", "নিজেকে শেষ"),
    "pa": (
        "ਜਾਨ ਦੇ ਦਿਆਂ",
        "ਜਾਨ ਦੇ ਦੇਵਾਂ",
        "ਜਾਨ ਦੇਣ ਬਾਰੇ",
        "ਆਪਣੀ ਜਾਨ ਦੇ",
        "ਮਰਨ ਨੂੰ ਜੀ",
        "ਜੀਣ ਦੀ ਇੱਛਾ ਨਹੀਂ",
        "ਆਪਣੀ ਜ਼ਿੰਦਗੀ ਖਤਮ",
        "ਆਪਣੀ ਜ਼ਿੰਦਗੀ ਖ਼ਤਮ",
    ),
}
for _language, _fragments in _MORE.items():
    PATTERNS["self_harm"][_language] += _fragments

# Said without the words: stockpiling tablets, "letting go", "finish it myself", "better if I
# didn't wake up", "can't face another winter", wishing oneself gone, in every language.
_UNSAID = {
    "en": (
        r"(?:sav|stockpil|hoard|stash|squirrel|hid)\w* (?:up |away )?(?:all )?(?:my |me |her |his |the |their )?(?:\w+ )?"
        r"(?:tablets|pills|meds|medication|painkillers|paracetamol)",
        r"(?:putting|put|keeping|kept|hiding|collecting) (?:all )?(?:my |me |her |his )?(?:\w+ )?(?:tablets|pills|meds|medication|painkillers)"
        r" (?:by|aside|away|up)\b",
        r"(?:think\w*|thought|dream\w*) (?:about|of) (?:just )?(?:letting go|jumping(?! ship| the queue| in)|ending things|not being here|not waking up|"
        r"stepping off|walking into the sea|going to sleep forever)\b(?! of)",
        r"(?:i'?d rather|i would rather|i (?:just )?want to|i'?m (?:going to|gonna)|i might|i could) (?:just )?(?:finish|end) it"
        r"(?: all)?\b(?! (?:with|by|off|for them|up))",
        r"wish(?:es|ed|ing)? (?:i|she|he|they|we) (?:was|were|wasn'?t|weren'?t|was not|were not) (?:dead|here|around|alive|gone)",
        r"better (?:off )?if (?:i|she|he) (?:didn'?t|did not|never|don'?t|wouldn'?t) wake up|"
        r"(?:hope|hoping|wish\w*|pray\w*) (?:i|she|he) (?:don'?t|doesn'?t|won'?t|didn'?t|never|wouldn'?t) wake up|"
        r"go to sleep and (?:not|never) wake up",
        r"(?:can'?t|cannot|couldn'?t|won'?t) face (?:another|one more) (?:winter|year|christmas)(?! of)",
        r"(?:everyone|everybody|they|the kids|my family) (?:would be|'d be) better off without me",
        r"(?:no|not any) (?:point|reason) (?:in )?(?:living|going on|being here|carrying on)",
    ),
    "pl": (
        r"(?:najlepiej|lepiej|obym|chciał\w*|wolał\w*)(?: \w+){0,4} (?:się )?nie obudzi\w*",
        r"(?:zbieram|odkładam|chomikuj\w*|gromadz\w*|uzbierał\w*|chowam) (?:\w+ )?(?:tabletk\w*|leki|leków|pigułk\w*|proszk\w*)",
        r"nie (?:przetrwam|przeżyję|zniosę|wytrzymam) (?:\w+ )?(?:kolejnej|następnej|jeszcze jednej) zimy",
        r"(?:wszystkim|rodzinie|dzieciom) (?:byłoby|będzie) lepiej beze mnie|nie mam (?:już )?(?:siły|po co) żyć",
    ),
    "ro": (
        r"(?:niciun|nici un|nu (?:mai )?(?:are|văd|vad|are niciun|văd niciun|vad niciun)) rost (?:să|sa) (?:mai )?trăi\w*",
        r"(?:niciun|nici un) rost (?:să|sa) (?:mai )?trăi\w*",
        r"(?:să|sa) (?:termin|închei|inchei|sfârșesc|sfarsesc) cu (?:totul|tot|viața|viata)|(?:să|sa) pun capăt (?:vieții|zilelor|la tot)",
        r"(?:strâng|strang|adun|păstrez|pastrez|ascund) (?:\w+ )?(?:pastil\w*|tablet\w*|medicament\w*|somnifer\w*)",
        r"mai bine (?:nu m-aș|nu m-as|n-aș|n-as) mai trezi|să nu mă mai trezesc|sa nu ma mai trezesc",
        r"nu (?:mai )?(?:suport|rezist|pot) (?:încă o|inca o|înca o) iarn\w*",
    ),
    "ar": (
        r"(?:أجمع|اجمع|جمعت|بجمع|أخبي|اخبي|خبيت|أخزن|اخزن|أحوش) (?:\S+ )?(?:الحبوب|حبوب|الأدوية|أدوية|ادوية|الدوا|حبات)",
        r"(?:أتمنى|اتمنى|يا ريت|ياريت|ليتني|أحسن|احسن|أفضل) (?:\S+ ){0,2}(?:ما|لا|لن) (?:أصحى|اصحى|أستيقظ|استيقظ|أفيق|افيق)",
        r"(?:ما|لا) (?:بقدر|أقدر|اقدر|أستطيع|استطيع) (?:\S+ ){0,2}(?:شتوية|شتاء|شتا) (?:ثانية|تانية|آخر|اخر|كمان)",
        r"أخلّص على حالي|أخلص على حالي|اخلص على حالي|(?:أخلص|اخلص) من حالي",
    ),
    "ur": (
        r"(?:گولیاں|دوائیاں|دوائی|ٹیبلٹس|گولی) (?:\S+ ){0,2}(?:جمع|اکٹھی|اکٹھا|چھپا)",
        r"سب (?:کچھ )?ختم کر (?:دوں|دیتا|دیتی|ڈالوں)|خود کو ختم",
        r"(?:کاش|بہتر ہے|اچھا ہو) (?:\S+ ){0,3}(?:نہ اٹھوں|نہ جاگوں|صبح نہ ہو)",
        r"ایک اور (?:سردی|سردیاں|سال) (?:\S+ )?برداشت نہیں",
    ),
    "bn": (
        r"বাঁচতে ইচ্ছে (?:করে|হয়) না|বাঁচার ইচ্ছা নেই|সব শেষ করে দি\S*|নিজেকে শেষ",
        r"(?:ঘুমের )?(?:ওষুধ|বড়ি|ট্যাবলেট)\S* (?:\S+ ){0,2}(?:জমা|জমিয়ে|লুকিয়ে)",
        r"(?:আর )?(?:যেন )?ঘুম (?:থেকে )?(?:আর )?না (?:ভাঙে|উঠি)|আর না উঠি",
        r"আরেকটা শীত (?:\S+ )?সহ্য",
    ),
    "pa": (
        r"ਮਰ ਜਾਣ ਨੂੰ ਜੀ|ਮਰ ਜਾਵਾਂ|ਮੁੱਕ ਜਾਵਾਂ|ਸਭ ਖਤਮ ਕਰ ਦਿਆਂ|ਸਭ ਖ਼ਤਮ ਕਰ ਦਿਆਂ",
        r"(?:ਗੋਲੀਆਂ|ਦਵਾਈਆਂ|ਦਵਾਈ)\S* (?:\S+ ){0,2}(?:ਇਕੱਠੀਆਂ|ਇਕੱਠੀ|ਜਮ੍ਹਾਂ|ਜਮਾਂ|ਲੁਕਾ)",
        r"(?:ਸਵੇਰੇ|ਕਦੇ) ਨਾ ਉੱਠਾਂ|ਇੱਕ ਹੋਰ ਸਰਦੀ (?:\S+ )?(?:ਨਹੀਂ|ਸਹਿ)",
    ),
}
for _language, _fragments in _UNSAID.items():
    PATTERNS["self_harm"][_language] += _fragments

# Goodbye letters, taking everything in the cabinet, jumping from a height, "everyone would be
# better off", "I don't want to go on", in every language.
_MORE_UNSAID = {
    "en": (
        r"swallow\w* (?:everything|all (?:my|the|of)|the lot|a whole|the whole|every)(?! (?:my )?pride)",
        r"(?:goodbye|farewell|suicide) (?:letters?|notes?)|letters? to (?:my|the) (?:kids|children|family) just in case",
        r"(?:can'?t|don'?t|do not|cannot) see (?:a|any) (?:way (?:forward|out)|future|point)",
        r"throw(?:ing)? myself (?:off|under|in front)|jump(?:ing)? (?:off|from) (?:the )?(?:roof|balcony|bridge|window|car park)",
    ),
    "pl": (
        r"list\w* pożegnaln\w*|pożegnaln\w* list\w*|(?:skoczyć|skoczę|rzucić się|rzucę się) (?:z|pod) (?:dachu|balkonu|mostu|okna|pociąg\w*)",
    ),
    "ro": (
        r"scrisoare de adio|(?:să sar|sa sar|să mă arunc|sa ma arunc) (?:de pe|de la|în fața|in fata|sub)",
    ),
    "ar": (
        r"رسالة وداع|(?:ما عاد|ما عدت|مش) (?:بدي|عايز|أريد|اريد) (?:أكمل|اكمل|كمل|أعيش|اعيش)|لا أريد أن أكمل",
        r"(?:الكل|الجميع|ولادي|أولادي|أهلي) (?:\S+ )?(?:بيرتاح|يرتاح|بيرتاحوا|أحسن|أفضل|احسن) (?:\S+ )?(?:إذا|لو|بدوني|من دوني|بلاي)",
        r"(?:أرمي|ارمي|أرمى) (?:حالي|نفسي)|أنط من|انط من",
    ),
    "ur": (r"الوداعی خط|(?:چھت|بالکونی|پل|کھڑکی) سے کود\S*|کود جاؤں",),
    "bn": (r"বিদায়ী চিঠি|(?:ছাদ|বারান্দা|ব্রিজ|জানালা) থেকে লাফ\S*|লাফ দি\S*",),
    "pa": (r"ਅਲਵਿਦਾ ਚਿੱਠੀ|ਛਾਲ ਮਾਰ (?:ਦਿਆਂ|ਦੇਵਾਂ|ਦਵਾਂ)",),
}
for _language, _fragments in _MORE_UNSAID.items():
    PATTERNS["self_harm"][_language] += _fragments

# Euphemism: no point in waking up, cutting again, "better off not here", death as a rest,
# wanting no more of life ("jeene ka dil nahi karta", "ਜੀਣ ਨੂੰ ਦਿਲ ਨਹੀਂ ਕਰਦਾ", "বেঁচে থেকে লাভ কী"),
# in Scots too ("dinnae want tae wake up"), in every language.
_EUPHEMISM = {
    "en": (
        r"(?:don'?t|dont|do not|can'?t|cannot|cannae|canny|dinnae|no longer) see (?:the|any|a|much) point (?:of|in|to) "
        r"(?:\w+ )?(?:waking up|wakin'? up|getting up|living|life|going on|carrying on|being alive|being here|existing|it all|any of it)",
        r"(?:what'?s|what is|whits) the point (?:of|in) (?:waking up|getting up|being here|being alive|life|it all)\b",
        r"(?:been|started|back to|keeps?|kept|is|was|she'?s|he'?s|i'?m|i am) cutting (?:again|herself|himself|myself|themselves)\b|"
        r"cutting again\b|self[- ]?cutting|cuts? (?:on|to|up) (?:her|his|my|their) (?:arms?|wrists?|legs?|thighs?)",
        r"better off (?:not here|not around|not being here|not alive|dead|in the ground|without me|six feet under)|"
        r"(?:i'?d|i would|she'?d|she would|he'?d|he would) be better off gone",
        r"(?:i'?m|i am) (?:so )?done with (?:life|living|it all|this life)",
        r"(?:dinnae|didnae|dinny|don'?t|do not) (?:want|wanna) (?:tae|to) (?:live|be here|wake up|go on)",
        r"jee?ne (?:ka|ko|di|da|ki) (?:dil|mann?|jee|ji|irada|khwahish) (?:nahi\w*|nai|na)\b|(?:jeena|jina) (?:nahi\w*|nai) chaht\w*|"
        r"mar(?:na)? (?:jana )?chaht\w*|khud ?kushi|aatma ?hatya|apni jaan (?:le|de|lena|dena|lelu|delu)\b|zindagi (?:khatam|khtm) kar",
    ),
    "pl": (
        r"nie widz\w* sensu,? (?:w |żeby |by |aby )?(?:\w+ )?(?:się )?(?:budzi\w*|wstawa\w*|żyć|życia|dalej)",
        r"(?:znowu|znów|zaczęł\w*|zaczął|zaczęła) (?:się )?(?:ciąć|tnie|tnę|cięła|ciął)|(?:tnie|tnę|cięła|ciął|ciąć) się\b",
        r"lepiej,? (?:by było |byłoby |żeby )?(?:gdyby |żeby )?mnie nie było|(?:wszystkim|im|rodzinie) (?:byłoby|będzie|by było) lepiej beze mnie",
    ),
    "ro": (
        r"nu (?:mai )?(?:văd|vad) (?:niciun |nici un )?rost (?:să|sa|în|in)",
        r"(?:mă|ma|se) (?:taie|tai|tăia|taia) (?:iar|din nou|pe mâini|pe maini|pe brațe|pe brate)",
        r"mai bine (?:n-aș|n-as|nu aș|nu as) mai fi|(?:toți|toti|toată lumea|toata lumea) (?:ar fi|ar sta) mai bine fără mine",
    ),
    "ar": (
        r"(?:الموت|موتي|الموتة) (?:\S+ )?(?:أريح|اريح|أرحم|ارحم|أحسن|احسن|أفضل|افضل|راحة)",
        r"(?:أفكر|افكر|بفكر|فكرت|عم فكر) (?:\S+ ){0,2}(?:بالموت|في الموت|أموت|اموت|أنتحر|انتحر|أنهي)",
        r"(?:ما في|مافي|ما فيه|لا) (?:\S+ )?(?:فايدة|فائدة|معنى|داعي) (?:\S+ )?(?:من |ل)?(?:الحياة|العيشة|العيش|عيشتي|حياتي|أعيش|اعيش)",
        r"(?:بجرح|أجرح|اجرح|جرحت|بقطع|أقطع|اقطع)\S* (?:حالي|نفسي|إيدي|ايدي|يدي|معصمي)",
        r"(?:الكل|الجميع|أهلي|ولادي) (?:\S+ )?(?:أحسن|أفضل|احسن|ارتاح|يرتاح) (?:بدوني|من دوني|بلاي|بغيابي)",
    ),
    "ur": (
        r"جینے (?:کا|کو) (?:دل|من|جی) نہیں|زندہ رہنے (?:کا|کی) (?:کوئی )?(?:فائدہ|وجہ|مطلب)|جینے کا کیا فائدہ",
        r"(?:سب|گھر والے) (?:میرے بغیر|میرے بنا) (?:بہتر|خوش)|(?:خود|اپنے آپ) کو کاٹ\S*",
    ),
    "bn": (
        r"বেঁচে (?:থেকে|থাকার) (?:\S+ ){0,2}(?:লাভ|কী হবে|কি হবে|মানে|অর্থ)|বাঁচার (?:কোনো )?(?:মানে|অর্থ|কারণ) (?:নেই|দেখি না|খুঁজে পাই না)",
        r"মরে (?:গেলেই|যাওয়াই) ভালো|আমি না থাকলে (?:\S+ )?ভালো|নিজেকে কাট\S*|নিজের হাত কাট\S*",
    ),
    "pa": (
        r"(?:ਜੀਣ|ਜਿਉਣ|ਜੀਉਣ) (?:ਨੂੰ|ਦਾ|ਦੀ) (?:ਦਿਲ|ਜੀ|ਮਨ|ਇੱਛਾ) ਨਹੀਂ|(?:ਜੀਣ|ਜਿਉਣ) ਦਾ ਕੀ ਫ਼ਾਇਦਾ|ਮਰ ਜਾਣਾ ਹੀ ਚੰਗਾ|ਆਪਣੇ ਆਪ ਨੂੰ ਕੱਟ\S*",
    ),
}
for _language, _fragments in _EUPHEMISM.items():
    PATTERNS["self_harm"][_language] += _fragments
