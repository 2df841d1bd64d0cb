"""A second first-sight batch of labelled sentences for safety triage.

Written by someone who never saw the triage rules in ``moderation.safety`` nor the
sentences of ``tests/moderation/safety_sentences.py`` or ``tests/moderation/safety_fresh.py``
(beyond the shape of their entries and the list of concern codes). Like the first fresh
batch, it measures how the rules do on text they were not tuned on: if a sentence is
mislabelled, fix its label, never bend the sentence towards the rules.

Each entry is ``(language, expected codes, text)``; an empty set means the sentence must
not be flagged. The codes are "gas", "fire", "electrics", "damp_health",
"heating_vulnerable", "structural", "threats" and "self_harm". Every sentence is invented;
typos, slang, missing diacritics, dialect and mixed registers are deliberate.

Labelling conventions, applied the same way in every language:

* Figures of speech of exasperation ("this process is killing me slowly", "I could kill
  for a cuppa", "this wait will be the death of me", "dead tired") are not ``self_harm``
  nor ``threats``; ``self_harm`` needs a wish to die, a plan, self-injury or hopelessness
  about living.
* Threats of lawful action (court, the ombudsman, a complaint, eviction proceedings) and
  plain rudeness are not ``threats``; intimidation, stalking, menace or violence are.
* A boiler flame burning the wrong colour with headaches or drowsiness, a CO alarm going
  off, or a hissing/rotten-egg smell is ``gas`` (not ``fire``); cigarette smoke and
  idioms ("burning the midnight oil") are not ``fire``.
* Sparks, flames or a burning smell coming from a socket that actually catches fire is
  ``electrics`` and ``fire``; sparking or a shock without flames is ``electrics`` only.
* Water coming through a collapsing or bulging ceiling onto a light is ``structural`` and
  ``electrics``.
* Mould with nobody's health affected, and cold with only healthy adults at home, carry
  no code.
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

CONCERNS = frozenset({GAS, FIRE, ELECTRICS, DAMP_HEALTH, HEATING_VULNERABLE, STRUCTURAL, THREATS, SELF_HARM})
LANGUAGES = ("en", "pl", "ro", "ar", "ur", "bn", "pa")

NONE: set[str] = set()

FRESH2: list[tuple[str, set[str], str]] = [
    # ------------------------------------------------------------------ English
    # gas
    (
        "en",
        {GAS},
        "kitchen pongs of rotten eggs round the back of the cooker and my head's been pounding every "
        "morning since november, is that normal??",
    ),
    (
        "en",
        {GAS},
        "Visit note 14/02: tenant says the little yellow box above the boiler keeps chirping at night so "
        "she has taken the batteries out to get some sleep. Advised her not to; engineer requested.",
    ),
    (
        "en",
        {GAS},
        "me nan keeps nodding off in her chair and getting headaches, and the flame in the boiler's gone "
        "orange instead of blue, the girl in the chemist said we should ring someone",
    ),
    (
        "en",
        {GAS},
        "mi cyaan tek it, every time mi turn on di cooker mi smell it strong strong an di pipe a hiss "
        "behind di wall, three call mi mek an nobody come",
    ),
    (
        "en",
        {GAS, FIRE},
        "Log 22:40: smoke seen from the window of flat 12. Resident said she'd noticed the gas smell all "
        "afternoon and the hob lit with a whoosh that caught the tea towel.",
    ),
    # fire
    (
        "en",
        {FIRE},
        "The fire doors on the third floor have been wedged open for months, the self-closer was ripped "
        "off and the glass panel is cracked, if anything happens up here we're trapped.",
    ),
    (
        "en",
        {FIRE},
        "someone on 5 keeps a load of petrol cans and a scooter on charge on the escape stairs, "
        "there's literally no way out for us if that lot goes up",
    ),
    (
        "en",
        {ELECTRICS, FIRE},
        "the double socket in the kids room went BANG and there were actual flames coming out the front "
        "of it, we put it out with a wet towel and now the wall above is black",
    ),
    # electrics
    (
        "en",
        {ELECTRICS},
        "every time the kettle goes on the lights dim and the socket behind it smells a bit like fish, "
        "the plastic round it has gone a browny colour",
    ),
    (
        "en",
        {ELECTRICS},
        "Water is coming through the bathroom ceiling straight into the light fitting, the glass shade "
        "is filling up like a goldfish bowl and we still switch it on because there's no other light.",
    ),
    (
        "en",
        {ELECTRICS},
        "howay man, the lecky box under the stairs is crackling like a bag of crisps and it's gone all "
        "black round the edge of the switch",
    ),
    (
        "en",
        {ELECTRICS},
        "I have been ringing and ringing since the start of the year about the leak from upstairs which "
        "comes through the kitchen ceiling and runs down the wall behind the fridge freezer and the "
        "plugs there are wet and the fridge keeps tripping the electric and last week there was a pop "
        "and a blue flash and now my husband won't let the kids in the kitchen and we are living on "
        "takeaways which we cannot afford and still nobody has come",
    ),
    (
        "en",
        {STRUCTURAL, ELECTRICS},
        "the kitchen ceiling came down in one big lump after upstairs flooded and water is still running "
        "down the flex of the light",
    ),
    # damp_health
    (
        "en",
        {DAMP_HEALTH},
        "since the black bloom spread across the wall behind his bed my lad's been on his blue inhaler "
        "four or five times a night",
    ),
    (
        "en",
        {DAMP_HEALTH},
        "The GP has written a letter saying the mould in our flat is making my daughter's chest worse. "
        "She was in A&E twice in January.",
    ),
    (
        "en",
        {DAMP_HEALTH},
        "I am 81 and I have had a cough since Christmas that will not shift. The walls in the back "
        "bedroom are wet to the touch and green in the corners, and that is where I sleep.",
    ),
    (
        "en",
        {DAMP_HEALTH},
        "bruv the whole room smells musty, walls are furry, and i keep waking up wheezing like an old man",
    ),
    (
        "en",
        {DAMP_HEALTH, HEATING_VULNERABLE},
        "no heating since october, mould all up the nursery wall, and the baby's been on antibiotics for "
        "her chest three times already",
    ),
    # heating_vulnerable
    (
        "en",
        {HEATING_VULNERABLE},
        "boilers been dead nine days, im 34 weeks pregnant and boiling kettles to have a wash",
    ),
    (
        "en",
        {HEATING_VULNERABLE},
        "Writing on behalf of my dad, who has Parkinson's: he has had no heat or hot water since the 3rd "
        "and sits in his coat and hat all day.",
    ),
    (
        "en",
        {HEATING_VULNERABLE},
        "Respected sir, my mother-in-law is 78 years and heart patient, hot water is not coming since "
        "5 days and radiators also not working, kindly do the needful at the earliest.",
    ),
    (
        "en",
        {HEATING_VULNERABLE},
        "the hoose is pure baltic and ma wee yin's only 3 month, nae heatin since Tuesday, we're aw "
        "sleepin in the wan bed tae keep her warm",
    ),
    # structural
    (
        "en",
        {STRUCTURAL},
        "the plaster above the bath has a big belly in it and it's drooping a bit more every day, my "
        "kids have their bath right under it",
    ),
    (
        "en",
        {STRUCTURAL},
        "There is a crack in the side wall of the house that I can put my fingers in, and the back door "
        "won't shut any more because the whole frame has dropped.",
    ),
    (
        "en",
        {STRUCTURAL},
        "the balcony rail wobbles when you lean on it and a chunk of concrete fell off the underneath "
        "onto a car last week",
    ),
    (
        "en",
        {STRUCTURAL},
        "Good day sir, since three weeks the ceiling of my parlour is sagging down and water is dropping "
        "from it, my children are sleeping under it, please kindly come and see before it falls.",
    ),
    (
        "en",
        {STRUCTURAL},
        "omg the bit of ceiling over my bed has a massive crack n its sagging, mum says its fine but "
        "lumps keep dropping on my pillow at night 😭",
    ),
    # threats
    (
        "en",
        {THREATS},
        "the man from number 4 told me I'd regret complaining and that he knows what time my daughter "
        "gets home from school",
    ),
    (
        "en",
        {THREATS},
        "the same car parks outside my flat most nights and he flashes his headlights at my window when "
        "I turn the light off, it's been since I reported his dog",
    ),
    (
        "en",
        {THREATS},
        "Staff note: resident reports a dead rat pushed through her letterbox with a note saying "
        "'next time it's you'. She has not left the flat since.",
    ),
    (
        "en",
        {THREATS},
        "dem bwoy downstairs bang pon mi door every night an seh dem a go mash mi up if mi call police again",
    ),
    (
        "en",
        {THREATS, SELF_HARM},
        "my ex keeps turning up at the door screaming that he'll finish me, and some nights I think I'd "
        "rather just finish it myself",
    ),
    # self_harm
    (
        "en",
        {SELF_HARM},
        "I've been putting my sleeping tablets by in a jar, I don't think I can face another winter in "
        "this place",
    ),
    (
        "en",
        {SELF_HARM},
        "Mum told the support worker that she sometimes stands on the balcony at night and thinks about "
        "just letting go. I'm her carer and I'm frightened.",
    ),
    (
        "en",
        {SELF_HARM},
        "i cut myself again last night cos i cant cope with the shouting through the wall and the "
        "bailiff letters",
    ),
    (
        "en",
        {SELF_HARM},
        "my mum wont tell u this herself but shes stopped eating and keeps saying she wishes she wasnt "
        "here anymore, pls can someone actually help her",
    ),
    # negatives: the same objects and words, no danger
    (
        "en",
        NONE,
        "British Gas came out for the annual gas safety check, certificate done, all fine, I just want "
        "the meter cupboard door fixed.",
    ),
    ("en", NONE, "Smoke alarm fitted in the hallway yesterday, the lad who did it was dead polite."),
    (
        "en",
        NONE,
        "There's a bit of mould on the bathroom window seal, nobody's poorly, I'd just like it treated "
        "before my mum comes to stay.",
    ),
    (
        "en",
        NONE,
        "flat's a bit nippy but it's just me n me partner, both fit as fiddles, we've got the oil rad "
        "on, would be nice if someone bled the radiators tho",
    ),
    (
        "en",
        NONE,
        "the electrician came back and said it's all safe now, new consumer unit in and certified, thank you",
    ),
    ("en", NONE, "I could murder a brew after being on hold for two hours to the repairs line"),
    ("en", NONE, "this complaints process is killing me slowly lol, five emails and still no reply"),
    (
        "en",
        NONE,
        "The sky was threatening rain all week so the roofers never turned up, can we have a new date?",
    ),
    (
        "en",
        NONE,
        "The woman on the phone was very rude to me and put the phone down, I would like an apology.",
    ),
    (
        "en",
        NONE,
        "We had a fire drill at the sheltered scheme today and everyone was out in four minutes, well "
        "done to the warden.",
    ),
    (
        "en",
        NONE,
        "The crack in the bathroom tile is only cosmetic, the surveyor had a look, I'd just like it "
        "replaced.",
    ),
    (
        "en",
        NONE,
        "They put new balcony railings on last spring and had them inspected, I'm really happy with it.",
    ),
    (
        "en",
        NONE,
        "My son's asthma is well controlled and the flat is dry, I'm only writing about the intercom.",
    ),
    (
        "en",
        NONE,
        "Staff note: tenant says she will take us to the ombudsman if the window is not fixed by Friday.",
    ),
    ("en", NONE, "I nearly died laughing when the repairs man turned up with the wrong size door"),
    (
        "en",
        NONE,
        "bare walls in the living room since they stripped the wallpaper in march, still waiting for "
        "the plasterer",
    ),
    (
        "en",
        NONE,
        "the kids were burning the midnight oil revising for their GCSEs so next door's music till 2am "
        "was a real problem",
    ),
    (
        "en",
        NONE,
        "We had carbon monoxide alarms fitted in every room last year and they test fine, I'm only "
        "asking about the bin store.",
    ),
    (
        "en",
        NONE,
        "the boiler packed in for a day but it's back on now and there's only me here, I'm 40 and healthy",
    ),
    (
        "en",
        NONE,
        "I'm pregnant with our second and the heating's been brilliant since the new boiler went in, "
        "just want to say thanks to the fitter",
    ),
    # ------------------------------------------------------------------ Polish
    ("pl", {GAS}, "Od rana w kuchni czuć coś jak zgniłe jajka, a dzieci skarżą się na ból głowy i mdłości."),
    (
        "pl",
        {FIRE},
        "Ktoś podpalił wózek na klatce, dym doszedł aż na trzecie piętro, a drzwi przeciwpożarowe są "
        "zastawione rowerami.",
    ),
    ("pl", {ELECTRICS}, "woda kapie prosto z lampy w lazience a gniazdko obok iskrzy jak sie wlaczy pralke"),
    (
        "pl",
        {DAMP_HEALTH},
        "Grzyb w pokoju małej rozrósł się od jesieni, ona ciągle kaszle i lekarz mówi, że to od wilgoci.",
    ),
    (
        "pl",
        {HEATING_VULNERABLE, DAMP_HEALTH},
        "Mama ma 84 lata, od tygodnia nie ma ogrzewania, ściany czarne od pleśni, a jej astma jest "
        "coraz gorsza.",
    ),
    (
        "pl",
        {STRUCTURAL},
        "Sufit w przedpokoju wybrzuszył się i pękł, wczoraj odpadł z niego kawał tynku wielkości talerza.",
    ),
    (
        "pl",
        {THREATS},
        "Sąsiad spod piątki powiedział, że jak jeszcze raz zadzwonię do administracji, to pożałuję, i "
        "codziennie czeka na mnie pod klatką.",
    ),
    ("pl", {SELF_HARM}, "juz nie mam sily, coraz czesciej mysle ze najlepiej by bylo sie nie obudzic"),
    ("pl", NONE, "Gazownik był na corocznym przeglądzie, instalacja szczelna, dostałam protokół."),
    (
        "pl",
        NONE,
        "Sąsiad pali papierosy na balkonie i dym leci do nas, wiem, że ma prawo, ale może ktoś z nim "
        "porozmawia.",
    ),
    (
        "pl",
        NONE,
        "Na oknie w łazience jest trochę pleśni, ale nikt nie choruje, proszę tylko o wyczyszczenie.",
    ),
    ("pl", NONE, "Ta biurokracja mnie wykończy, trzeci miesiąc czekam na wymianę klamki."),
    (
        "pl",
        NONE,
        "W mieszkaniu jest chłodno, ale jesteśmy zdrowymi dorosłymi, prosimy tylko o odpowietrzenie "
        "kaloryferów.",
    ),
    (
        "pl",
        NONE,
        "Administrator zagroził, że jeśli nie wpuszczę ekipy, sprawa trafi do sądu.",
    ),
    # ------------------------------------------------------------------ Romanian
    (
        "ro",
        {GAS},
        "Alarma de monoxid de carbon a țiuit toată noaptea și copiii s-au trezit cu dureri de cap și greață.",
    ),
    (
        "ro",
        {ELECTRICS, FIRE},
        "Prelungitorul din bucătărie a luat foc când am pornit microundele și s-a umplut casa de fum.",
    ),
    (
        "ro",
        {ELECTRICS},
        "cand ating robinetul de la chiuveta si masina de spalat in acelasi timp ma curenteaza",
    ),
    (
        "ro",
        {DAMP_HEALTH},
        "De când s-a întins mucegaiul negru pe peretele din dormitor, fetița mea are bronșită întruna.",
    ),
    (
        "ro",
        {HEATING_VULNERABLE},
        "Bunicul meu are 90 de ani și stă în pat cu căciula pe cap, caloriferele sunt reci de două "
        "săptămâni.",
    ),
    (
        "ro",
        {STRUCTURAL},
        "Balustrada de la balcon s-a desprins din perete, se mișcă toată, și stăm la etajul patru.",
    ),
    (
        "ro",
        {THREATS},
        "Fostul meu partener stă noaptea în fața blocului și îmi scrie că știe la ce oră vin de la serviciu.",
    ),
    ("ro", {SELF_HARM}, "nu mai vad niciun rost sa traiesc asa, m-am gandit serios sa termin cu totul"),
    ("ro", NONE, "Am primit certificatul de verificare a instalației de gaz, totul e în regulă."),
    (
        "ro",
        NONE,
        "Puțin mucegai pe tocul ferestrei, dar nimeni din casă nu are probleme de sănătate.",
    ),
    ("ro", NONE, "Electricianul a schimbat tabloul și a zis că acum totul e sigur."),
    ("ro", NONE, "Mă omoară cozile astea la telefon, ieri am așteptat o oră!"),
    (
        "ro",
        NONE,
        "Vecinul m-a amenințat că mă dă în judecată pentru zgomot, deși eu nu fac nimic.",
    ),
    (
        "ro",
        NONE,
        "Am avut exercițiu de evacuare în caz de incendiu la bloc și totul a mers bine.",
    ),
    # ------------------------------------------------------------------ Arabic (MSA and dialects)
    ("ar", {GAS}, "ريحة الغاز مالية المطبخ من امبارح والعيال بيشتكوا من صداع ودوخة"),
    (
        "ar",
        {FIRE},
        "اشتعلت النيران في غرفة العدادات في الطابق الأرضي وتصاعد الدخان إلى الممرات، ولا يوجد مخرج طوارئ "
        "صالح للاستخدام.",
    ),
    ("ar", {ELECTRICS}, "كل ما بشغّل الغسالة بتطلع شرارة من الفيش وصار لونه أسود"),
    (
        "ar",
        {DAMP_HEALTH},
        "انتشر العفن الأسود على جدران غرفة الأطفال، وابني يعاني من نوبات ربو متكررة منذ ذلك الحين.",
    ),
    (
        "ar",
        {HEATING_VULNERABLE, DAMP_HEALTH},
        "أمي كبيرة بالعمر ومريضة سكري، ما في تدفئة من أسبوع والرطوبة عم تزيد سعالها",
    ),
    (
        "ar",
        {STRUCTURAL},
        "ظهرت تشققات عريضة في الجدار الخارجي للمبنى، وسقطت قطعة من الشرفة على الرصيف أمس.",
    ),
    ("ar", {THREATS}, "جارنا هددني إذا اشتكيت مرة ثانية راح يكسر راسي، وصار يوقف قدام بابي كل ليلة"),
    ("ar", {SELF_HARM}, "لم أعد أحتمل، أفكر أحيانًا أن أنهي حياتي وأرتاح من كل هذا."),
    ("ar", NONE, "زارنا فني الغاز للفحص السنوي وأعطانا شهادة السلامة، وكل شيء سليم."),
    ("ar", NONE, "ركّبوا جهاز إنذار الحريق الجديد في الطرقة، وشغال كويس الحمد لله."),
    ("ar", NONE, "يوجد قليل من العفن حول نافذة الحمام، ولا أحد منا مريض، أرجو تنظيفه فقط."),
    ("ar", NONE, "هالمعاملة رح تموتني، صرلي شهرين عم استنى حدا يصلح الحنفية"),
    ("ar", NONE, "الموظف كان غير مهذب على الهاتف وأغلق الخط في وجهي، أطلب اعتذارًا."),
    ("ar", NONE, "الشقة باردة شوية بس إحنا الاتنين شباب وبصحة كويسة، عايزين بس حد يظبط الرديتر."),
    # ------------------------------------------------------------------ Urdu
    ("ur", {GAS}, "کچن میں عجیب سی بو ہے اور چولہا بند کرنے کے بعد بھی پائپ سے سی سی کی آواز آتی رہتی ہے"),
    (
        "ur",
        {ELECTRICS, FIRE},
        "بجلی کے میٹر سے چنگاریاں نکلیں اور تاروں کو آگ لگ گئی، سیڑھیاں دھوئیں سے بھر گئیں",
    ),
    (
        "ur",
        {ELECTRICS},
        "باتھ روم کی چھت سے پانی سیدھا بلب پر ٹپک رہا ہے اور سوئچ چھونے پر جھٹکا لگتا ہے",
    ),
    (
        "ur",
        {DAMP_HEALTH},
        "دیواروں پر کالی پھپھوندی ہے اور بیٹی کی سانس کی تکلیف بڑھ گئی ہے، ڈاکٹر کہتے ہیں نمی کی وجہ سے ہے",
    ),
    ("ur", {HEATING_VULNERABLE}, "میرے ابو دل کے مریض ہیں اور دس دن سے گھر میں نہ ہیٹنگ ہے نہ گرم پانی"),
    ("ur", {STRUCTURAL}, "بالکونی کی ریلنگ ہل رہی ہے اور نیچے سے سیمنٹ کے ٹکڑے گر رہے ہیں"),
    (
        "ur",
        {THREATS},
        "اوپر والے پڑوسی نے کہا کہ اگر دوبارہ شکایت کی تو دیکھ لینا تمہارے بچوں کے ساتھ کیا ہوتا ہے",
    ),
    (
        "ur",
        {SELF_HARM},
        "کبھی کبھی دل کرتا ہے سب ختم کر دوں، میں نے نیند کی گولیاں جمع کر کے رکھی ہوئی ہیں",
    ),
    ("ur", NONE, "گیس والے نے سالانہ معائنہ کیا اور سرٹیفکیٹ دے دیا، سب ٹھیک ہے"),
    ("ur", NONE, "کھڑکی کے کونے میں تھوڑی سی پھپھوندی ہے لیکن گھر میں کوئی بیمار نہیں"),
    ("ur", NONE, "الیکٹریشن نے نئی وائرنگ کر دی ہے اور کہا ہے کہ اب سب محفوظ ہے"),
    ("ur", NONE, "یہ انتظار مجھے مار ڈالے گا، تین ہفتے سے نلکا ٹپک رہا ہے"),
    ("ur", NONE, "دفتر کے آدمی نے فون پر بدتمیزی سے بات کی، مجھے معافی چاہیے"),
    ("ur", NONE, "دھوئیں کا نیا الارم لگ گیا ہے اور ٹھیک کام کر رہا ہے، شکریہ"),
    # ------------------------------------------------------------------ Bengali
    ("bn", {GAS}, "রান্নাঘরে পচা ডিমের মতো গন্ধ, আর সকালে উঠলেই সবার মাথা ঘোরে"),
    (
        "bn",
        {FIRE},
        "পাশের ফ্ল্যাটের ব্যালকনিতে আগুন লেগেছিল, আর আমাদের ফায়ার এক্সিটের দরজায় তালা দেওয়া থাকে",
    ),
    ("bn", {ELECTRICS}, "সুইচবোর্ড থেকে চড়চড় শব্দ হয় আর প্লাগটা গলে গেছে"),
    ("bn", {DAMP_HEALTH}, "দেয়ালে কালো ছত্রাক ছড়িয়ে পড়ার পর থেকে আমার ছেলের ইনহেলার দিনে চারবার লাগছে"),
    (
        "bn",
        {HEATING_VULNERABLE},
        "আমার শাশুড়ির বয়স পঁচাত্তর, হাঁটতে পারেন না, এক সপ্তাহ ধরে গরম পানি আর হিটিং কিছুই নেই",
    ),
    (
        "bn",
        {STRUCTURAL, ELECTRICS},
        "ছাদের প্লাস্টার ফুলে উঠেছে, ফাটলটা রোজ বড় হচ্ছে আর সেখান দিয়ে পানি লাইটের ভেতরে পড়ছে",
    ),
    ("bn", {THREATS}, "নিচতলার লোকটা বলেছে আবার অভিযোগ করলে আমার বাচ্চাদের দেখে নেবে"),
    ("bn", {SELF_HARM}, "আর বাঁচতে ইচ্ছে করে না, মনে হয় সব শেষ করে দিই"),
    ("bn", NONE, "গ্যাসের বার্ষিক পরীক্ষা হয়ে গেছে, সার্টিফিকেট পেয়েছি, কোনো সমস্যা নেই"),
    ("bn", NONE, "বাথরুমের জানালায় একটু ছত্রাক আছে, কিন্তু বাড়িতে কেউ অসুস্থ নয়"),
    (
        "bn",
        NONE,
        "ঘরটা একটু ঠান্ডা, তবে আমরা দুজনেই সুস্থ প্রাপ্তবয়স্ক, শুধু রেডিয়েটরটা দেখে দিলে ভালো হয়",
    ),
    ("bn", NONE, "এই অপেক্ষা আমাকে মেরে ফেলবে, তিন মাস ধরে জানালাটা ঠিক হচ্ছে না"),
    ("bn", NONE, "ইলেকট্রিশিয়ান এসে নতুন ফিউজবক্স লাগিয়েছেন, এখন সব নিরাপদ"),
    ("bn", NONE, "বাড়িওয়ালা বলেছে ভাড়া বাকি থাকলে আদালতে যাবে"),
    # ------------------------------------------------------------------ Punjabi (Gurmukhi)
    (
        "pa",
        {GAS},
        "ਬੌਇਲਰ ਦੀ ਲਾਟ ਪੀਲੀ ਹੋ ਗਈ ਹੈ, ਕਾਰਬਨ ਮੋਨੋਆਕਸਾਈਡ ਵਾਲਾ ਅਲਾਰਮ ਬੀਪ ਕਰਦਾ ਹੈ ਤੇ ਬੀਬੀ ਜੀ ਨੂੰ ਸਾਰਾ ਦਿਨ ਸਿਰ ਦਰਦ ਰਹਿੰਦਾ ਹੈ",
    ),
    ("pa", {FIRE}, "ਉੱਪਰ ਵਾਲੇ ਫਲੈਟ ਵਿੱਚੋਂ ਧੂੰਆਂ ਨਿਕਲ ਰਿਹਾ ਸੀ ਤੇ ਅੱਗ ਵਾਲਾ ਦਰਵਾਜ਼ਾ ਮਹੀਨਿਆਂ ਤੋਂ ਟੁੱਟਿਆ ਪਿਆ ਹੈ"),
    ("pa", {ELECTRICS}, "ਸਾਕਟ ਵਿੱਚੋਂ ਚੰਗਿਆੜੇ ਨਿਕਲਦੇ ਨੇ ਤੇ ਕੰਧ ਉੱਤੇ ਕਾਲਾ ਨਿਸ਼ਾਨ ਪੈ ਗਿਆ ਹੈ"),
    (
        "pa",
        {DAMP_HEALTH},
        "ਕੰਧਾਂ ਉੱਤੇ ਸਿੱਲ੍ਹ ਤੇ ਉੱਲੀ ਹੈ, ਮੇਰੀ ਧੀ ਨੂੰ ਸਾਹ ਦੀ ਤਕਲੀਫ਼ ਹੋ ਗਈ ਹੈ ਤੇ ਡਾਕਟਰ ਕਹਿੰਦਾ ਇਹ ਸਿੱਲ੍ਹ ਕਰਕੇ ਹੈ",
    ),
    ("pa", {HEATING_VULNERABLE}, "ਬਾਪੂ ਜੀ ਅੱਸੀ ਸਾਲ ਦੇ ਨੇ ਤੇ ਦੋ ਹਫ਼ਤਿਆਂ ਤੋਂ ਹੀਟਿੰਗ ਬੰਦ ਹੈ, ਗਰਮ ਪਾਣੀ ਵੀ ਨਹੀਂ ਆਉਂਦਾ"),
    ("pa", {STRUCTURAL}, "ਪੌੜੀਆਂ ਦਾ ਜੰਗਲਾ ਢਿੱਲਾ ਹੋ ਗਿਆ ਹੈ ਤੇ ਨਾਲ ਵਾਲੀ ਕੰਧ ਵਿੱਚ ਵੱਡੀ ਤਰੇੜ ਆ ਗਈ ਹੈ"),
    (
        "pa",
        {THREATS, SELF_HARM},
        "ਗੁਆਂਢੀ ਰੋਜ਼ ਧਮਕੀਆਂ ਦਿੰਦਾ ਹੈ ਕਿ ਮੈਨੂੰ ਛੱਡੇਗਾ ਨਹੀਂ, ਮੈਂ ਇੰਨਾ ਥੱਕ ਗਿਆ ਹਾਂ ਕਿ ਮਰ ਜਾਣ ਨੂੰ ਜੀ ਕਰਦਾ ਹੈ",
    ),
    ("pa", {SELF_HARM}, "ਮੈਂ ਆਪਣੀਆਂ ਗੋਲੀਆਂ ਇਕੱਠੀਆਂ ਕਰ ਰਿਹਾ ਹਾਂ, ਹੁਣ ਹੋਰ ਨਹੀਂ ਸਹਿ ਹੁੰਦਾ"),
    ("pa", NONE, "ਗੈਸ ਸੇਫ਼ਟੀ ਸਰਟੀਫ਼ਿਕੇਟ ਮਿਲ ਗਿਆ ਹੈ, ਇੰਜੀਨੀਅਰ ਨੇ ਕਿਹਾ ਸਭ ਠੀਕ ਹੈ"),
    ("pa", NONE, "ਨਵਾਂ ਸਮੋਕ ਅਲਾਰਮ ਲੱਗ ਗਿਆ ਹੈ, ਬਹੁਤ ਧੰਨਵਾਦ"),
    ("pa", NONE, "ਖਿੜਕੀ ਕੋਲ ਥੋੜ੍ਹੀ ਉੱਲੀ ਹੈ ਪਰ ਘਰ ਵਿੱਚ ਕੋਈ ਬਿਮਾਰ ਨਹੀਂ"),
    ("pa", NONE, "ਘਰ ਠੰਢਾ ਹੈ ਪਰ ਅਸੀਂ ਦੋਵੇਂ ਜਵਾਨ ਤੇ ਤੰਦਰੁਸਤ ਹਾਂ, ਬੱਸ ਰੇਡੀਏਟਰ ਠੀਕ ਕਰ ਦਿਓ"),
    ("pa", NONE, "ਦਫ਼ਤਰ ਵਾਲੀ ਬੀਬੀ ਨੇ ਫ਼ੋਨ ਤੇ ਬਦਤਮੀਜ਼ੀ ਕੀਤੀ, ਸ਼ਿਕਾਇਤ ਦਰਜ ਕਰਨੀ ਹੈ"),
    ("pa", NONE, "ਇਹ ਉਡੀਕ ਮੈਨੂੰ ਮਾਰ ਦੇਵੇਗੀ, ਤਿੰਨ ਮਹੀਨੇ ਹੋ ਗਏ ਨਲਕਾ ਠੀਕ ਨਹੀਂ ਹੋਇਆ"),
]
