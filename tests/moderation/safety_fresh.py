"""A fresh labelled set of sentences for safety triage, for a first-sight measurement.

These sentences were written by someone who never saw the triage rules in
``moderation.safety`` nor the sentences of ``tests/moderation/safety_sentences.py``
(beyond the shape of its entries and its list of concern codes). They are meant to
measure how the rules do on text they were not tuned on, so they must not be edited to
fit the rules: if a sentence is mislabelled, fix its label, not the classifier's score.

Each entry is ``(language, expected codes, text)``: the concern codes the sentence should
be flagged with, an empty set for sentences that must not be flagged. The codes are
"gas", "fire", "electrics", "damp_health", "heating_vulnerable", "structural", "threats"
and "self_harm". Every sentence is invented; residents' spelling, slang, missing
diacritics and mixed registers are deliberate.
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

FRESH: list[tuple[str, set[str], str]] = [
    # ---------------------------------------------------------------- English
    # gas
    (
        "en",
        {GAS},
        "got home from work and the whole stairwell reeked of gas, rang the emergency line and they took 6 hours",
    ),
    (
        "en",
        {GAS},
        "Our CO alarm keeps going off in the night and the kids have been waking up with headaches.",
    ),
    ("en", {GAS}, "smells like rotten eggs by the cooker every morning is that normal??"),
    (
        "en",
        {GAS},
        "The engineer capped the boiler because the flue was cracked and carbon monoxide was getting into the bedroom.",
    ),
    # fire
    (
        "en",
        {FIRE},
        "The fire door on the 9th floor doesn't shut and the smoke alarm in the corridor was ripped off the ceiling in March.",
    ),
    ("en", {FIRE}, "there was a fire in the bin store last wk, flames up to the first floor windows"),
    (
        "en",
        {FIRE},
        "Someone keeps setting the rubbish chute alight and the whole block fills with smoke, my 3 year old is terrified",
    ),
    # electrics
    ("en", {ELECTRICS}, "got zapped off the switch in the hallway, arm was tingling for an hour after"),
    (
        "en",
        {ELECTRICS},
        "the ceiling rose is dripping, water coming from the flat above right where the light is",
    ),
    (
        "en",
        {ELECTRICS},
        "socket's gone all black behind the fridge and the plug was red hot when i pulled it out",
    ),
    (
        "en",
        {ELECTRICS},
        "bare wires hanging out the wall where the contractor took the old heater off, my toddler can reach them",
    ),
    ("en", {ELECTRICS}, "Water is getting into the fuse box every time it rains and it keeps tripping."),
    # damp and health
    (
        "en",
        {DAMP_HEALTH},
        "black mould all over the babys bedroom wall and shes been in hospital twice with her chest",
    ),
    (
        "en",
        {DAMP_HEALTH},
        "My GP has written to you saying the damp is making my asthma worse, I am on steroids now.",
    ),
    ("en", {DAMP_HEALTH}, "the mould is that bad my son is coughing and wheezing all night"),
    (
        "en",
        {DAMP_HEALTH},
        "Dear Sir or Madam, I write regarding the persistent condensation and mould in my flat, which my doctor believes has caused my recurrent chest infections.",
    ),
    # heating or hot water, vulnerable person
    ("en", {HEATING_VULNERABLE}, "no heating since november and my mum is 87 and bedbound"),
    (
        "en",
        {HEATING_VULNERABLE},
        "Boiler broke 2 weeks ago no hot water, im 8 months pregnant and they keep cancelling",
    ),
    (
        "en",
        {HEATING_VULNERABLE},
        "We have a newborn and there has been no heating or hot water for 10 days, I'm boiling kettles to wash her.",
    ),
    (
        "en",
        {HEATING_VULNERABLE},
        "my husband has MS and is in a wheelchair, radiators been stone cold all winter",
    ),
    # structural
    ("en", {STRUCTURAL}, "the kitchen ceiling came down in one big lump, thank god nobody was under it"),
    (
        "en",
        {STRUCTURAL},
        "big crack running right down the outside wall, you can get your fingers in it and its getting wider",
    ),
    (
        "en",
        {STRUCTURAL},
        "balcony railing is rotten and wobbles when you lean on it, I wont let the kids out there",
    ),
    (
        "en",
        {STRUCTURAL},
        "Bits of brick keep falling off the top of the building onto the path where people walk.",
    ),
    # threats
    ("en", {THREATS}, "bloke from upstairs said he'd do me in if i complained again"),
    (
        "en",
        {THREATS},
        "The repairs operative was aggressive, stood in my doorway and said he knows where I live.",
    ),
    (
        "en",
        {THREATS},
        "neighbour shouts racist abuse at my kids every time they walk past, we're scared to go out",
    ),
    (
        "en",
        {THREATS},
        "my ex waits outside the block every nite and follows me to the bus stop, housing wont move me",
    ),
    # self-harm
    (
        "en",
        {SELF_HARM},
        "honestly i cant go on like this, some nights i think everyone would be better off without me",
    ),
    (
        "en",
        {SELF_HARM},
        "I have started cutting myself again since the flood, I don't know who else to tell.",
    ),
    (
        "en",
        {SELF_HARM},
        "After eighteen months of being ignored I have thought about ending it more than once.",
    ),
    # two concerns
    (
        "en",
        {FIRE, ELECTRICS},
        "the extractor fan in the bathroom started smoking and melted, had to switch everything off at the mains",
    ),
    (
        "en",
        {STRUCTURAL, ELECTRICS},
        "ceiling fell in over the cooker and now water is pouring into the light fitting",
    ),
    ("en", {THREATS, FIRE}, "neighbour set fire to my doormat and told me next time it would be the flat"),
    (
        "en",
        {HEATING_VULNERABLE, DAMP_HEALTH},
        "no heating, mould everywhere and my disabled daughter has had pneumonia twice this year",
    ),
    (
        "en",
        {GAS, SELF_HARM},
        "the gas smell is back and honestly im so done i dont even want to wake up tomorrow",
    ),
    # negatives
    ("en", NONE, "Our gas bill has gone through the roof since they fitted the new meter."),
    ("en", NONE, "gas man came for the annual safety check, all fine, certificate is on the fridge"),
    ("en", NONE, "The engineer tested the electrics last month and said everything is fine."),
    (
        "en",
        NONE,
        "theres a bit of mould round the bathroom window, nothing major, just want it done before it spreads",
    ),
    ("en", NONE, "The heating was off while the flat was empty between tenants, which I understand."),
    (
        "en",
        NONE,
        "We had a small kitchen fire back in 2015 but it was all repaired and the alarms were replaced.",
    ),
    ("en", NONE, "just killing time waiting in for the contractor who never turns up lol"),
    ("en", NONE, "I'm dying to tell you how good the new kitchen looks!!"),
    ("en", NONE, "I was so angry I could scream when they cancelled for the third time."),
    (
        "en",
        NONE,
        "The surveyor looked at the crack in the plaster and said it is cosmetic, no danger at all.",
    ),
    ("en", NONE, "pls can someone fix the dripping tap in the bath its driving me mad"),
    ("en", NONE, "I told them I would take them to the ombudsman if nothing was done by Friday."),
    ("en", NONE, "The smoke alarms were tested today and they all work."),
    ("en", NONE, "my nan is 90 and since they fixed the boiler the heating has been brilliant"),
    ("en", NONE, "the damp came back in the spare room but thankfully nobody has been ill"),
    ("en", NONE, "Sorry my english is not so good, I want only to ask when the painter is coming."),
    ("en", NONE, "new fuse box looks much tidier and hasnt tripped once, cheers"),
    ("en", NONE, "the windows are single glazed so the flat gets cold and my bills are high"),
    ("en", NONE, "Kids were kicking a ball against the wall again, annoying but harmless."),
    ("en", NONE, "the lift was out for a fortnight, fed up of carrying shopping up six floors"),
    # ----------------------------------------------------------------- Polish
    ("pl", {GAS}, "Czuć gaz na klatce schodowej od wczoraj, zgłaszałam dwa razy i nikt nie przyjechał."),
    (
        "pl",
        {FIRE},
        "drzwi przeciwpozarowe na naszym pietrze sa zepsute i sie nie zamykaja, a czujnik dymu ktos zerwal",
    ),
    (
        "pl",
        {ELECTRICS},
        "woda kapie z sufitu prosto na gniazdko w kuchni, wczoraj kopnal mnie prad jak wlaczalem czajnik",
    ),
    ("pl", {DAMP_HEALTH}, "Grzyb na scianach w pokoju dziecka, corka ma astme i ciagle kaszle w nocy"),
    (
        "pl",
        {HEATING_VULNERABLE},
        "Od trzech tygodni nie ma ogrzewania ani ciepłej wody, a w domu jest dwumiesięczne niemowlę.",
    ),
    (
        "pl",
        {STRUCTURAL, ELECTRICS},
        "Sufit w łazience się zapadł, kawał tynku spadł do wanny, a woda leje się na lampę.",
    ),
    (
        "pl",
        {THREATS},
        "Sąsiad z góry powiedział, że mnie pobije, jak jeszcze raz zadzwonię do administracji.",
    ),
    ("pl", {SELF_HARM}, "nie daje juz rady, czasem mysle zeby to wszystko skonczyc raz na zawsze"),
    ("pl", NONE, "Rachunek za gaz przyszedł dwa razy wyższy niż zwykle, proszę o wyjaśnienie."),
    ("pl", NONE, "Serwisant zrobił coroczny przegląd instalacji gazowej i wszystko jest w porządku."),
    (
        "pl",
        NONE,
        "troche plesni przy oknie w lazience ale nikt nie choruje, chcialabym tylko zeby ktos to pomalowal",
    ),
    ("pl", NONE, "Elektryk sprawdził instalację i powiedział, że jest bezpieczna."),
    ("pl", NONE, "Zabijam czas czekając na hydraulika, który znowu się spóźnia."),
    ("pl", NONE, "Ogrzewanie było wyłączone, kiedy mieszkanie stało puste przez dwa miesiące."),
    # -------------------------------------------------------------- Romanian
    ("ro", {GAS}, "Miroase a gaze in bucatarie de cateva zile si nu vine nimeni sa verifice"),
    (
        "ro",
        {FIRE, ELECTRICS},
        "A luat foc tabloul electric de pe scară și s-a umplut blocul de fum, iar ușa de incendiu era încuiată cu lacăt.",
    ),
    ("ro", {ELECTRICS}, "am luat curent de la intrerupatorul din hol, firele sunt descoperite de o luna"),
    (
        "ro",
        {DAMP_HEALTH},
        "Mucegaiul din dormitor îi face rău copilului, doctorul a zis că de asta are bronșită.",
    ),
    ("ro", {HEATING_VULNERABLE}, "Nu avem caldura de o luna iar mama are 82 de ani si e bolnava de inima"),
    ("ro", {STRUCTURAL}, "s-a crapat balconul si cad bucati de beton in curte unde se joaca copiii"),
    (
        "ro",
        {THREATS},
        "Vecinul m-a amenințat că mă omoară dacă mai chem poliția, mi-e frică să ies din casă.",
    ),
    ("ro", {SELF_HARM}, "nu mai pot, uneori ma gandesc sa-mi iau viata"),
    ("ro", NONE, "Factura la gaz e prea mare luna asta, va rog sa verificati contorul."),
    ("ro", NONE, "Instalatorul a verificat centrala si a zis ca nu e niciun pericol."),
    ("ro", NONE, "Am putin mucegai in baie, dar nu ne afecteaza sanatatea."),
    ("ro", NONE, "Mor de nerăbdare să văd bucătăria nouă!"),
    ("ro", NONE, "Electricianul a verificat instalația și totul e în regulă."),
    ("ro", NONE, "am fost atat de suparat ca imi venea sa tip, au anulat iar programarea"),
    # ---------------------------------------------------------------- Arabic
    ("ar", {GAS}, "في ريحة غاز قوية بالمطبخ من امبارح، اتصلت بالطوارئ وما حدا إجا"),
    ("ar", {FIRE}, "جهاز إنذار الحريق في الممر معطل وباب الحريق لا يُغلق منذ أشهر."),
    ("ar", {ELECTRICS}, "المي عم تنزل من السقف على الفيش، ولما لمست المفتاح كهربني"),
    ("ar", {DAMP_HEALTH}, "العفن مالي غرفة الأولاد وابني عنده ربو وصار يكح طول الليل"),
    ("ar", {HEATING_VULNERABLE}, "ما في تدفئة ولا مي سخنة من أسبوعين وعندي طفل عمره شهر"),
    ("ar", {STRUCTURAL, ELECTRICS}, "سقف الحمام وقع والمي عم تنزل على الضو"),
    ("ar", {THREATS}, "جاري هددني وقال رح يكسر راسي إذا اشتكيت مرة تانية"),
    ("ar", {SELF_HARM}, "تعبت وما عاد فيني كمّل، صرت فكّر أنهي حياتي"),
    ("ar", NONE, "فاتورة الغاز هذا الشهر غالية جداً."),
    ("ar", NONE, "فني الغاز عمل الفحص السنوي وقال كل شي تمام."),
    ("ar", NONE, "في شوية عفن عند الشباك بس الحمد لله ما حدا تعب."),
    ("ar", NONE, "الكهربائي فحص التمديدات وقال إنها سليمة ولا يوجد أي خطر."),
    ("ar", NONE, "التدفئة كانت مطفية لأن الشقة كانت فاضية."),
    ("ar", NONE, "كان عنا حريق صغير بالمطبخ من خمس سنين وتصلح كل شي من وقتها."),
    # ------------------------------------------------------------------ Urdu
    ("ur", {GAS}, "کچن میں گیس کی بو آ رہی ہے، دو دن ہو گئے کوئی نہیں آیا"),
    ("ur", {FIRE, ELECTRICS}, "میٹر کے پاس سے دھواں نکلا اور تاریں جل گئیں، پوری سیڑھی دھوئیں سے بھر گئی"),
    ("ur", {ELECTRICS}, "باتھ روم کی چھت سے پانی بجلی کے سوئچ پر ٹپک رہا ہے، کل مجھے کرنٹ لگا"),
    ("ur", {DAMP_HEALTH}, "دیواروں پر سیلن اور پھپھوندی ہے، میری بیٹی کو دمہ ہے اور اس کی کھانسی نہیں رکتی"),
    ("ur", {HEATING_VULNERABLE}, "ایک مہینے سے ہیٹنگ اور گرم پانی نہیں ہے، میری امی بوڑھی اور بیمار ہیں"),
    ("ur", {STRUCTURAL}, "چھت کا پلستر گر گیا ہے اور دیوار میں بڑی دراڑ آ گئی ہے"),
    ("ur", {THREATS}, "پڑوسی نے دھمکی دی کہ اگر میں نے دوبارہ شکایت کی تو وہ مجھے مارے گا"),
    ("ur", {SELF_HARM}, "میں بہت تھک گیا ہوں، دل کرتا ہے اپنی جان لے لوں"),
    ("ur", NONE, "گیس کا بل اس مہینے بہت زیادہ آیا ہے۔"),
    ("ur", NONE, "گیس انجینئر نے سالانہ چیک کیا اور سب ٹھیک تھا۔"),
    ("ur", NONE, "کھڑکی کے پاس تھوڑی سی پھپھوندی ہے لیکن کوئی بیمار نہیں ہے۔"),
    ("ur", NONE, "الیکٹریشن نے وائرنگ چیک کی اور کہا کوئی خطرہ نہیں۔"),
    ("ur", NONE, "مجھے اتنا غصہ آیا کہ چیخنے کو دل کیا جب انہوں نے پھر اپوائنٹمنٹ کینسل کی۔"),
    ("ur", NONE, "فلیٹ خالی تھا اس لیے ہیٹنگ بند تھی۔"),
    # --------------------------------------------------------------- Bengali
    ("bn", {GAS}, "রান্নাঘরে গ্যাসের গন্ধ পাচ্ছি, কার্বন মনোক্সাইড অ্যালার্মটাও বাজছে"),
    ("bn", {FIRE}, "সিঁড়ির ফায়ার ডোরটা ভাঙা, আর গতকাল বিন রুমে আগুন লেগেছিল"),
    ("bn", {ELECTRICS}, "সুইচ থেকে স্পার্ক করছে আর প্লাগ পয়েন্টটা পুড়ে কালো হয়ে গেছে"),
    ("bn", {DAMP_HEALTH}, "ঘরের দেয়ালে স্যাঁতসেঁতে ভাব আর ছত্রাক, আমার বাচ্চার বুকে ইনফেকশন হয়েছে"),
    (
        "bn",
        {HEATING_VULNERABLE, DAMP_HEALTH},
        "দুই সপ্তাহ ধরে হিটিং আর গরম পানি নেই, আমি গর্ভবতী, আর ছত্রাকের জন্য আমার হাঁপানি বেড়ে গেছে",
    ),
    ("bn", {STRUCTURAL}, "বারান্দার রেলিং ভেঙে পড়ছে, ছাদ থেকে প্লাস্টার খসে পড়েছে"),
    ("bn", {THREATS}, "পাশের ফ্ল্যাটের লোকটা বলেছে আমাকে মেরে ফেলবে, ভয়ে আমি বাইরে যাই না"),
    ("bn", {SELF_HARM}, "আর পারছি না, মাঝে মাঝে মনে হয় নিজেকে শেষ করে দিই"),
    ("bn", NONE, "এই মাসে গ্যাসের বিল অনেক বেশি এসেছে।"),
    ("bn", NONE, "গ্যাস ইঞ্জিনিয়ার বার্ষিক চেক করে বলেছেন সব ঠিক আছে।"),
    ("bn", NONE, "বাথরুমে একটু ছত্রাক আছে, তবে কারো কোনো অসুখ হয়নি।"),
    ("bn", NONE, "ইলেকট্রিশিয়ান চেক করে বলেছেন তারগুলো ঠিক আছে, কোনো বিপদ নেই।"),
    ("bn", NONE, "খালি ফ্ল্যাটে হিটিং বন্ধ ছিল, এটা স্বাভাবিক।"),
    ("bn", NONE, "অনেক বছর আগে রান্নাঘরে ছোট একটা আগুন লেগেছিল, সব মেরামত করা হয়ে গেছে।"),
    # --------------------------------------------------------------- Punjabi
    ("pa", {GAS}, "ਰਸੋਈ ਵਿੱਚੋਂ ਗੈਸ ਦੀ ਬਦਬੂ ਆ ਰਹੀ ਹੈ, ਕੋਈ ਦੇਖਣ ਨਹੀਂ ਆਇਆ"),
    ("pa", {FIRE}, "ਪੌੜੀਆਂ ਵਿੱਚ ਅੱਗ ਲੱਗ ਗਈ ਸੀ ਤੇ ਸਾਰੀ ਬਿਲਡਿੰਗ ਧੂੰਏਂ ਨਾਲ ਭਰ ਗਈ, ਫਾਇਰ ਅਲਾਰਮ ਵੀ ਨਹੀਂ ਵੱਜਿਆ"),
    ("pa", {ELECTRICS}, "ਛੱਤ ਤੋਂ ਪਾਣੀ ਬਿਜਲੀ ਦੇ ਸਵਿੱਚ ਉੱਤੇ ਡਿੱਗ ਰਿਹਾ ਹੈ, ਮੈਨੂੰ ਕਰੰਟ ਲੱਗਿਆ"),
    (
        "pa",
        {DAMP_HEALTH, HEATING_VULNERABLE},
        "ਕੰਧਾਂ ਉੱਤੇ ਸਿੱਲ੍ਹ ਤੇ ਉੱਲੀ ਹੈ, ਮੇਰੇ ਛੋਟੇ ਬੱਚੇ ਨੂੰ ਦਮਾ ਹੋ ਗਿਆ ਹੈ ਤੇ ਹੀਟਿੰਗ ਵੀ ਨਹੀਂ ਚੱਲਦੀ",
    ),
    ("pa", {HEATING_VULNERABLE}, "ਤਿੰਨ ਹਫ਼ਤਿਆਂ ਤੋਂ ਹੀਟਿੰਗ ਨਹੀਂ, ਮੇਰੇ ਪਿਤਾ ਜੀ 85 ਸਾਲ ਦੇ ਹਨ ਤੇ ਬਿਮਾਰ ਹਨ"),
    ("pa", {STRUCTURAL}, "ਬਾਥਰੂਮ ਦੀ ਛੱਤ ਡਿੱਗ ਪਈ ਤੇ ਕੰਧ ਵਿੱਚ ਵੱਡੀ ਤਰੇੜ ਆ ਗਈ ਹੈ"),
    ("pa", {THREATS}, "ਗੁਆਂਢੀ ਨੇ ਧਮਕੀ ਦਿੱਤੀ ਕਿ ਜੇ ਮੈਂ ਫਿਰ ਸ਼ਿਕਾਇਤ ਕੀਤੀ ਤਾਂ ਉਹ ਮੈਨੂੰ ਮਾਰੇਗਾ"),
    ("pa", {SELF_HARM}, "ਮੈਂ ਹੁਣ ਹੋਰ ਨਹੀਂ ਸਹਿ ਸਕਦੀ, ਕਦੇ ਕਦੇ ਸੋਚਦੀ ਹਾਂ ਕਿ ਆਪਣੀ ਜਾਨ ਦੇ ਦਿਆਂ"),
    ("pa", NONE, "ਇਸ ਮਹੀਨੇ ਗੈਸ ਦਾ ਬਿੱਲ ਬਹੁਤ ਜ਼ਿਆਦਾ ਆਇਆ ਹੈ।"),
    ("pa", NONE, "ਗੈਸ ਇੰਜੀਨੀਅਰ ਨੇ ਸਾਲਾਨਾ ਚੈੱਕ ਕੀਤਾ ਤੇ ਸਭ ਠੀਕ ਸੀ।"),
    ("pa", NONE, "ਖਿੜਕੀ ਕੋਲ ਥੋੜ੍ਹੀ ਜਿਹੀ ਉੱਲੀ ਹੈ ਪਰ ਕੋਈ ਬਿਮਾਰ ਨਹੀਂ।"),
    ("pa", NONE, "ਇਲੈਕਟ੍ਰੀਸ਼ੀਅਨ ਨੇ ਵਾਇਰਿੰਗ ਚੈੱਕ ਕੀਤੀ ਤੇ ਕਿਹਾ ਕੋਈ ਖ਼ਤਰਾ ਨਹੀਂ।"),
    ("pa", NONE, "ਫਲੈਟ ਖਾਲੀ ਸੀ ਇਸ ਕਰਕੇ ਹੀਟਿੰਗ ਬੰਦ ਸੀ।"),
    ("pa", NONE, "ਮੈਨੂੰ ਇੰਨਾ ਗੁੱਸਾ ਆਇਆ ਕਿ ਚੀਕਣ ਨੂੰ ਦਿਲ ਕੀਤਾ ਜਦੋਂ ਉਹਨਾਂ ਨੇ ਫਿਰ ਅਪੌਇੰਟਮੈਂਟ ਰੱਦ ਕੀਤੀ।"),
]
