"""A third batch of labelled sentences for safety triage, written to check generalisation.

Written after the rules were widened for ``safety_fresh2.py``, in styles that batches 1 and 2
do not use (questions to the repairs team, numbered lists, a solicitor's or councillor's
letter, capitals, code-mixed English, third parties reporting), and measured once before
any rule was changed for it; the first-sight figure is recorded in the commit that adds it.
If a sentence is mislabelled, fix its label, never bend the sentence towards the rules.

Each entry is ``(language, expected codes, text)``; an empty set means the sentence must
not be flagged. Labelling follows ``safety_fresh2.py``: figures of speech are not
``self_harm`` or ``threats``; lawful threats are not ``threats``; cigarette or chimney smoke,
fire drills and alarms that work are not ``fire``; mould or cold with nobody vulnerable or
unwell carries no code.
"""

from __future__ import annotations

GAS = "gas"
FIRE = "fire"
ELECTRICS = "electrics"
DAMP_HEALTH = "damp_health"
HEATING_VULNERABLE = "heating_vulnerable"
STRUCTURAL = "structural"
THREATS = "threats"
SELF_HARM = "self_harm"

NONE: set[str] = set()

FRESH3: list[tuple[str, set[str], str]] = [
    # ------------------------------------------------------------------ English (14 + 6)
    (
        "en",
        {GAS},
        "Question for the repairs team: is it normal for the CO thing on the wall to flash red? "
        "My partner has been throwing up since the weekend.",
    ),
    (
        "en",
        {GAS},
        "ALL OF US HAVE HAD BLINDING HEADACHES SINCE THE NEW GAS FIRE WENT IN AND THE CAT IS ACTING DRUNK",
    ),
    (
        "en",
        {FIRE},
        "1) bin chute door doesn't close 2) someone keeps torching the bins in the chute room 3) lift broken",
    ),
    (
        "en",
        {ELECTRICS},
        "each time i plug in the hoover the lights flicker and theres a smell like a hot hairdryer from the socket",
    ),
    (
        "en",
        {ELECTRICS},
        "Pls help, my son touched the metal light switch and it bit him, he cried for ages, his finger went numb",
    ),
    (
        "en",
        {DAMP_HEALTH},
        "Kindly note that my client's infant has been admitted twice with bronchiolitis; the property has "
        "extensive black mould in the bedroom.",
    ),
    (
        "en",
        {DAMP_HEALTH},
        "the smell of the mildew gets in my throat and I can't stop sneezing and my eyes stream every morning",
    ),
    (
        "en",
        {HEATING_VULNERABLE},
        "Gran (92) has been sleeping in her dressing gown in front of the oven door for warmth since the "
        "storage heaters packed in.",
    ),
    (
        "en",
        {HEATING_VULNERABLE},
        "no hot water for 11 days. I'm recovering from chemo and can't be washing in cold water",
    ),
    (
        "en",
        {STRUCTURAL},
        "Is it normal that the bathroom floor bounces when you walk on it? you can see the joists through a "
        "hole by the toilet",
    ),
    (
        "en",
        {THREATS},
        "the guy upstairs slid a photo of my car under my door with my reg circled. after i complained about the noise.",
    ),
    (
        "en",
        {THREATS},
        "My neighbour's son keeps filming me through the window and posting it online with nasty comments about my kids",
    ),
    (
        "en",
        {SELF_HARM},
        "honestly if the baby wasn't here i'd have swallowed everything in the medicine cabinet by now",
    ),
    ("en", {SELF_HARM}, "I've written letters to my kids just in case, I don't see a way forward"),
    (
        "en",
        NONE,
        "Could someone please come and look at the gas meter, the reading seems too high on my bill?",
    ),
    (
        "en",
        NONE,
        "We tested the smoke alarms ourselves on Sunday, all beeping loud and clear, just need the fire door sign replaced",
    ),
    (
        "en",
        NONE,
        "My daughter has a cold and the flat is lovely and warm, just writing to say thanks for fixing the boiler so quickly.",
    ),
    (
        "en",
        NONE,
        "The heating went off for an hour this morning while they flushed the system, all back on now.",
    ),
    ("en", NONE, "My husband says the council's response times will be the death of him, haha."),
    (
        "en",
        NONE,
        "The kids burnt the toast and set the smoke alarm off, no harm done, but can it be made less sensitive?",
    ),
    # ------------------------------------------------------------------ Polish (5 + 4)
    (
        "pl",
        {GAS},
        "Czy to normalne, że płomyk w piecyku gazowym jest żółty i skacze? Od tygodnia mam zawroty głowy.",
    ),
    ("pl", {ELECTRICS}, "Przy każdym deszczu z lampy na korytarzu leje się woda, a licznik trzeszczy."),
    (
        "pl",
        {STRUCTURAL},
        "Balkon nad nami odkleja się od budynku, widać szczelinę na dwa palce i kawałki betonu lecą na chodnik.",
    ),
    (
        "pl",
        {THREATS},
        "Pan z trzeciego piętra zostawił mi na wycieraczce kartkę: 'wiem gdzie chodzi twój syn do szkoły'.",
    ),
    ("pl", {SELF_HARM}, "Napisałam już list pożegnalny do dzieci, nie daję rady."),
    ("pl", NONE, "Dym z komina sąsiada czuć tylko zimą, to normalne, nie mam pretensji."),
    ("pl", NONE, "Zimno w mieszkaniu, ale ja i mąż jesteśmy zdrowi, tylko prosimy o uszczelnienie okien."),
    ("pl", NONE, "Elektryk wymienił gniazdka i wszystko działa bez zarzutu."),
    ("pl", NONE, "Czekam pół roku na naprawę, ta sprawa mnie zabije."),
    # ------------------------------------------------------------------ Romanian (5 + 4)
    ("ro", {GAS}, "Din aragaz se aude un fâsâit chiar când e oprit și ne ia cu amețeală pe toți."),
    ("ro", {FIRE}, "Vecinul de la 2 a dat foc la gunoi pe casa scării și s-a înnegrit tot holul."),
    ("ro", {HEATING_VULNERABLE}, "Mama are 83 de ani și e la pat, iar caloriferele sunt reci de zece zile."),
    (
        "ro",
        {DAMP_HEALTH},
        "Pe pereții camerei copilului a apărut o pată verde-neagră, iar micuțul tușește noaptea și doctorul "
        "zice că e de la umezeală.",
    ),
    ("ro", {THREATS}, "Cineva mi-a zgâriat ușa cu un cuțit și a scris 'pleacă de aici' pe perete."),
    ("ro", NONE, "Am primit aviz că se oprește apa caldă două ore marți pentru lucrări, e în regulă."),
    ("ro", NONE, "Lumina din hol pâlpâie puțin, dar electricianul a zis că e doar becul."),
    ("ro", NONE, "Copiii au făcut un proiect despre pompieri la școală și ar vrea să viziteze blocul."),
    ("ro", NONE, "Mă omoară zgomotul de la lift, dar în rest totul e bine."),
    # ------------------------------------------------------------------ Arabic (5 + 3)
    ("ar", {GAS}, "كل ما نشغل السخان بيصير عندنا دوخة ووجع راس وأمي أغمى عليها مرة"),
    ("ar", {ELECTRICS}, "الفيشة اللي بالمطبخ سخنة نار وبتطلع ريحة بلاستيك محروق"),
    ("ar", {STRUCTURAL}, "السقف في الحمام صار فيه بطن ونازل لتحت وبتنقط منه مي"),
    ("ar", {THREATS}, "واحد من الجيران قاللي إذا بلغت عنه مرة ثانية رح يحرق سيارتي"),
    ("ar", {SELF_HARM}, "تعبت من كل شي وما عاد بدي أكمل، صرت أفكر إنه الكل بيرتاح إذا رحت"),
    ("ar", NONE, "الغسالة بتعمل صوت عالي بس الكهربائي قال ما في أي خطر"),
    ("ar", NONE, "في شوية رطوبة بالمطبخ بس كلنا بخير والحمد لله"),
    ("ar", NONE, "الانتظار على الهاتف رح يجنني، ساعتين وما حدا رد"),
    # ------------------------------------------------------------------ Urdu (5 + 3)
    ("ur", {FIRE}, "نیچے والی دکان سے رات کو شعلے اٹھتے دیکھے، سیڑھیوں میں کالا دھواں بھر گیا"),
    ("ur", {ELECTRICS}, "بارش کے بعد سے سوئچ بورڈ کو ہاتھ لگاؤ تو جھنجھناہٹ ہوتی ہے"),
    (
        "ur",
        {HEATING_VULNERABLE},
        "میری بیوی کا آٹھواں مہینہ چل رہا ہے اور دو ہفتے سے گھر میں گرم پانی نہیں ہے",
    ),
    ("ur", {DAMP_HEALTH}, "کمرے کی دیواروں پر کالا پن پھیل گیا ہے اور میرے بیٹے کو رات بھر کھانسی رہتی ہے"),
    ("ur", {SELF_HARM}, "اب مجھ سے یہ سب برداشت نہیں ہوتا، سوچتا ہوں کہ چھت سے کود جاؤں"),
    ("ur", NONE, "گیس کا بل بہت زیادہ آیا ہے، براہ کرم چیک کریں"),
    ("ur", NONE, "چھت کی مرمت ہو گئی ہے، اب کوئی مسئلہ نہیں"),
    ("ur", NONE, "بچوں نے اسکول میں آگ سے بچاؤ کی مشق کی، بہت اچھا لگا"),
    # ------------------------------------------------------------------ Bengali (5 + 3)
    ("bn", {GAS}, "চুলা বন্ধ থাকলেও রান্নাঘরে একটা ঝাঁঝালো গন্ধ, মাথা ভার হয়ে থাকে সারাদিন"),
    ("bn", {FIRE}, "পাশের বাসার ছেলেরা সিঁড়িতে পটকা ফাটায়, গতকাল পাপোশে আগুন ধরে গিয়েছিল"),
    ("bn", {STRUCTURAL}, "বারান্দার ছাদ থেকে বড় বড় চাঙড় খসে পড়ছে, নিচে বাচ্চারা খেলে"),
    ("bn", {THREATS}, "উপরের তলার লোকটা রোজ রাতে আমার দরজায় লাথি মারে আর গালাগালি করে"),
    ("bn", {HEATING_VULNERABLE}, "আমার আব্বা স্ট্রোকের পর বিছানায়, দশ দিন ধরে হিটার চলছে না"),
    ("bn", NONE, "গ্যাস মিস্ত্রি এসে চুলা সার্ভিস করে গেছে, ধন্যবাদ"),
    ("bn", NONE, "ঘরে একটু স্যাঁতসেঁতে ভাব, তবে আমরা সবাই ভালো আছি"),
    ("bn", NONE, "এই লাইনে অপেক্ষা করতে করতে আমি মরেই যাব"),
    # ------------------------------------------------------------------ Punjabi (5 + 3)
    ("pa", {GAS}, "ਰਸੋਈ ਵਿੱਚ ਗੈਸ ਦੀ ਹਵਾੜ ਆਉਂਦੀ ਰਹਿੰਦੀ ਹੈ ਤੇ ਬੱਚਿਆਂ ਨੂੰ ਉਲਟੀਆਂ ਲੱਗੀਆਂ ਹੋਈਆਂ ਨੇ"),
    ("pa", {ELECTRICS}, "ਮੀਂਹ ਪੈਣ ਤੇ ਬੱਤੀ ਵਾਲੇ ਸਵਿੱਚ ਵਿੱਚੋਂ ਪਾਣੀ ਟਪਕਦਾ ਹੈ ਤੇ ਕਰੰਟ ਮਾਰਦਾ ਹੈ"),
    ("pa", {DAMP_HEALTH}, "ਕਮਰੇ ਦੀਆਂ ਕੰਧਾਂ ਉੱਤੇ ਹਰੇ ਕਾਲੇ ਚਟਾਕ ਫੈਲ ਗਏ ਨੇ, ਮਾਤਾ ਜੀ ਦੀ ਸਾਹ ਦੀ ਬਿਮਾਰੀ ਵੱਧ ਗਈ ਹੈ"),
    ("pa", {THREATS}, "ਉਸ ਨੇ ਮੇਰੀ ਕਾਰ ਦੇ ਟਾਇਰ ਪਾੜ ਦਿੱਤੇ ਤੇ ਕਿਹਾ ਅਗਲੀ ਵਾਰ ਤੇਰੀ ਵਾਰੀ"),
    ("pa", {SELF_HARM}, "ਕਈ ਵਾਰ ਸੋਚਦੀ ਹਾਂ ਕਿ ਨਹਿਰ ਵਿੱਚ ਛਾਲ ਮਾਰ ਦਿਆਂ, ਕਿਸੇ ਨੂੰ ਫ਼ਰਕ ਨਹੀਂ ਪੈਣਾ"),
    ("pa", NONE, "ਬਿਜਲੀ ਵਾਲੇ ਨੇ ਨਵਾਂ ਮੀਟਰ ਲਾਇਆ, ਹੁਣ ਸਭ ਠੀਕ ਹੈ"),
    ("pa", NONE, "ਮਕਾਨ ਮਾਲਕ ਨੇ ਕਿਹਾ ਕਿ ਕਿਰਾਇਆ ਨਾ ਦਿੱਤਾ ਤਾਂ ਕੋਰਟ ਜਾਵਾਂਗਾ"),
    ("pa", NONE, "ਮਾਤਾ ਜੀ ਦੀ ਸਿਹਤ ਠੀਕ ਹੈ, ਬੱਸ ਰਸੋਈ ਦੀ ਖਿੜਕੀ ਬਦਲਣੀ ਹੈ"),
]
