"""A fourth batch of labelled sentences for safety triage, written by another author.

Written by someone who never saw the rules, to measure how far they generalise: dialect
(Scots, Northern), data-form fragments, complaints that bury a danger, referral notes,
euphemism, and code-mixed text in all seven languages. The author's brief asked for 105
sentences but its per-language counts made 95 (35 English, 10 in each other language);
ten more English sentences, kept apart in the author's file, are the last English block
here, so ``FRESH4`` holds all 105.

At first sight, before any rule was changed for it, the triage scored recall 69.6% and
precision 88.7% on the 105; per language (recall/precision): ar 62.5/83.3,
bn 50.0/57.1, en 64.5/95.2, pa 75.0/100, pl 87.5/100, ro 87.5/77.8, ur 75.0/100.
If a sentence is mislabelled, fix its label, never bend the sentence towards the rules.

Each entry is ``(language, expected codes, text)``; an empty set means the sentence must
not be flagged.
"""

from __future__ import annotations

NONE: set[str] = set()

FRESH4: list[tuple[str, set[str], str]] = [
    # ---------------- English (35) ----------------
    (
        "en",
        {"gas"},
        "Nature of issue: kitchen. Details: smell of gas by the cooker on and off since Tues, rang twice, nobody come.",
    ),
    (
        "en",
        {"gas"},
        "Bit of a funny smell by the meter, probably nothing, but the kids wake up with headaches most mornings and the flame on the hob has gone all lazy and yellow.",
    ),
    (
        "en",
        {"gas"},
        "I've been chasing the parking permit for six weeks and the bins still aren't emptied on time, and while I'm at it the carbon monoxide alarm went off twice last week so we just opened the windows, but mainly I want to know why number 9 gets two bays.",
    ),
    (
        "en",
        {"electrics"},
        "My son (6) told his teacher 'the plug in Mummy's room goes crackle and gets hot' and he's right, the socket behind the bed has gone brown and melty round the edges.",
    ),
    (
        "en",
        {"fire"},
        "Fire door on our landing's been wedged open with an old fridge for a month and the stairwell is full of someone's mattresses and a moped, and that's the only way out.",
    ),
    (
        "en",
        {"fire"},
        "Referral from support worker: tenant (72, lives alone) reports the communal bin store was set alight again on Saturday night and smoke came in through her kitchen vent; she is frightened to go to sleep.",
    ),
    (
        "en",
        {"fire", "threats"},
        "Lads off the estate keep torching the bins under me nan's window every weekend and when she told them to pack it in they said they'd put one through her letterbox next.",
    ),
    (
        "en",
        {"electrics"},
        "Water's coming through the light fitting in the bathroom every time upstairs has a shower, the bulb flickers and we've stopped touching the switch.",
    ),
    (
        "en",
        {"electrics"},
        "There's wires hingin oot the wall in the lobby where the contractors left it, bare copper an aw, and the wean's just started crawlin.",
    ),
    (
        "en",
        {"damp_health"},
        "Mould all up the bedroom wall behind the cot, baby's on her third course of inhalers and the GP has written to you twice now.",
    ),
    (
        "en",
        {"damp_health"},
        "My daughter said 'I don't want to sleep in the black room, it makes me cough' - the black is the mould up the corner, and she's been coughing every night since October.",
    ),
    (
        "en",
        {"heating_vulnerable", "damp_health"},
        "Heating's been off since November, I'm 81 with COPD, and the damp in the bedroom has gone onto my chest that bad I was in A&E on Tuesday.",
    ),
    (
        "en",
        {"heating_vulnerable"},
        "Hot water: none. Heating: none. Household: me, partner, twins 5 wks old. How long: 9 days.",
    ),
    (
        "en",
        {"heating_vulnerable"},
        "Not a big deal really, but Dad's been sat in his coat indoors since the boiler packed in a fortnight ago - he's 88 and only just home after his hip op.",
    ),
    (
        "en",
        {"structural"},
        "The ceiling in the back bedroom is bowing down like a belly and bits of plaster dropped onto the bed last night.",
    ),
    (
        "en",
        {"structural"},
        "Complaint re: the caretaker's attitude, he was rude to my wife about the recycling and wouldn't give his name, also the balcony railing is hanging off by one bolt now, and I want an apology in writing.",
    ),
    (
        "en",
        {"structural"},
        "The crack above the front door has grown so I can fit my fingers in it, and now the door won't shut and the wall's leaning out.",
    ),
    (
        "en",
        {"threats"},
        "The man at no. 14 waits by the stairs for me, follows me to the bus stop and told me he knows what time my daughter gets home from school.",
    ),
    (
        "en",
        {"threats"},
        "Bloke upstairs reckons he's gonna do me in if I report his dog again, and he's been booting my door at 3am.",
    ),
    (
        "en",
        {"self_harm"},
        "Honestly I don't see the point of waking up anymore, four years in this hole and nobody listens, I'm done.",
    ),
    (
        "en",
        {"self_harm"},
        "Referral note: client disclosed she has been cutting again since the eviction notice arrived and said she'd be 'better off not here'.",
    ),
    (
        "en",
        {"threats", "self_harm"},
        "Since my ex found out where I live he's been leaving voicemails saying he'll find me and make me pay, and lately I keep thinking everyone would be better off without me.",
    ),
    (
        "en",
        NONE,
        "Gas engineer did the annual safety check on Tuesday, everything passed, he left the certificate on the side.",
    ),
    ("en", NONE, "I'm dying to know when the kitchen will be finished, it's killing me living out of boxes."),
    (
        "en",
        NONE,
        "If the repair isn't done by the 30th I will be taking this to the Housing Ombudsman and, if necessary, to court.",
    ),
    ("en", NONE, "Your call handler was rude, patronising and hung up on me, which is frankly a disgrace."),
    (
        "en",
        NONE,
        "Smoke alarms and a CO alarm were fitted last week and the fitter tested every one in front of me.",
    ),
    (
        "en",
        NONE,
        "There's black mould round the bathroom window seal again, nobody's poorly with it, we just want it treated before we repaint.",
    ),
    (
        "en",
        NONE,
        "Heating's been off since Monday, it's just me and my flatmate, we're both fine, bit chilly, come when you can.",
    ),
    (
        "en",
        NONE,
        "My lad says the new neighbour is 'well scary' but that's only because he's got a big beard and a loud laugh, he's actually lovely.",
    ),
    (
        "en",
        NONE,
        "We had a fire drill at the sheltered scheme and everyone was out in under three minutes, the warden was chuffed.",
    ),
    (
        "en",
        NONE,
        "The electrician checked every socket after the flood and signed them all off as dry and safe.",
    ),
    (
        "en",
        NONE,
        "The cracks in the plaster are only hairline, the surveyor said it's cosmetic settling and nothing to worry about.",
    ),
    (
        "en",
        NONE,
        "This boiler saga has me ready to scream, honestly I could murder a cup of tea that didn't come out of a kettle.",
    ),
    (
        "en",
        NONE,
        "I've been feeling loads better since I moved in, the support worker sorted the furniture and I'm finally sleeping.",
    ),
    # ---------------- Polish (10) ----------------
    (
        "pl",
        {"gas"},
        "Od tygodnia czuc gaz na klatce przy licznikach, pewnie nic takiego, ale sasiadka tez mowi ze smierdzi.",
    ),
    (
        "pl",
        {"fire"},
        "Ktoś znowu podpalił wózek na klatce schodowej, dym szedł aż na trzecie piętro, a drzwi ewakuacyjne są zamknięte na kłódkę.",
    ),
    ("pl", {"electrics"}, "Woda z sufitu kapie prosto na gniazdko w kuchni i iskrzy, jak się coś podłącza."),
    (
        "pl",
        {"damp_health", "heating_vulnerable"},
        "Grzyb na ścianach w pokoju dziecka, mała (8 miesięcy) ciągle kaszle, a od dwóch tygodni nie ma ciepłej wody.",
    ),
    (
        "pl",
        {"structural"},
        "Balkon sie rusza jak sie na niego wchodzi, balustrada prawie odpadla, boje sie wypuscic dzieci.",
    ),
    (
        "pl",
        {"threats"},
        "Sąsiad z dołu powiedział mojemu synowi, że jak jeszcze raz zaparkujemy pod jego oknem, to mu połamie nogi.",
    ),
    (
        "pl",
        {"self_harm"},
        "Notatka z opieki: lokatorka mówi, że nie ma już siły żyć i że najlepiej by było zasnąć i się nie obudzić.",
    ),
    ("pl", NONE, "Gazownik był w piątek, sprawdził kuchenkę i piecyk, wszystko szczelne, dostałam protokół."),
    (
        "pl",
        NONE,
        "Jak nie naprawicie okna do końca miesiąca, sprawa pójdzie do sądu i do rzecznika praw lokatorów.",
    ),
    (
        "pl",
        NONE,
        "Trochę pleśni w łazience przy suficie, nikt nie choruje, prosimy tylko o pomalowanie farbą przeciwgrzybiczną.",
    ),
    # ---------------- Romanian (10) ----------------
    (
        "ro",
        {"gas"},
        "Formular: Problema - miros de gaz la contor. Când - de trei zile. Alte detalii - detectorul de monoxid a sunat azi-noapte.",
    ),
    (
        "ro",
        {"fire"},
        "Scara de incendiu e blocată cu mobilă veche și saltele de luni de zile, și e singura ieșire de la etajul patru.",
    ),
    (
        "ro",
        {"structural", "electrics"},
        "Tavanul din baie s-a crăpat și atârnă, iar apa curge pe lângă becul care pâlpâie.",
    ),
    (
        "ro",
        {"damp_health"},
        "Mucegaiul din dormitor i-a agravat astmul fiicei mele, doctorul zice că trebuie să ne mutăm.",
    ),
    (
        "ro",
        {"heating_vulnerable"},
        "Bunica are 90 de ani și stă în pat îmbrăcată cu paltonul, caloriferele sunt reci de la Crăciun.",
    ),
    (
        "ro",
        {"threats"},
        "Vecinu' de la 3 mi-a zis că dacă mai sun la primărie îmi taie gâtu', și de atunci stă la pândă pe scară.",
    ),
    ("ro", {"self_harm"}, "Nu mai pot, sincer, mă gândesc să termin cu toate, nu mai vreau să trăiesc așa."),
    (
        "ro",
        NONE,
        "Am primit alarmele de fum și de monoxid, tehnicianul le-a testat pe toate și merg perfect.",
    ),
    ("ro", NONE, "Mor de nerăbdare să văd bucătăria nouă, am auzit că e o bombă!"),
    (
        "ro",
        NONE,
        "E frig în apartament de când s-a stricat centrala, dar suntem doi adulți sănătoși, ne descurcăm cu pături.",
    ),
    # ---------------- Arabic (10) ----------------
    ("ar", {"gas"}, "شمّينا ريحة غاز خفيفة جنب العداد، يمكن ما في شي، بس ابني صار يدوخ كل صباح."),
    (
        "ar",
        {"fire"},
        "الدرج الوحيد للخروج من العمارة مسدود بالكراتين والدراجات، ولو صار حريق ما في طريق نطلع منه.",
    ),
    ("ar", {"electrics"}, "المي نازلة من السقف على الفيش مباشرة، وكل ما نشغل الغسالة يطلع شرار."),
    (
        "ar",
        {"damp_health"},
        "العفن الأسود مالي غرفة النوم، وبنتي الصغيرة صار عندها ربو والدكتور قال السبب الرطوبة.",
    ),
    (
        "ar",
        {"heating_vulnerable"},
        "أمي عمرها ٧٨ سنة ومريضة بالسكري، والتدفئة مقطوعة من أسبوعين وما في مي سخنة.",
    ),
    (
        "ar",
        {"threats", "self_harm"},
        "جارنا هددني إنه رح يكسر راسي إذا اشتكيت مرة ثانية، وصرت أفكر إنه الموت أريح لي من هالعيشة.",
    ),
    ("ar", {"structural"}, "فيه شق كبير بالحيطة الخارجية يكبر كل يوم، وحجارة بدأت تطيح من فوق المدخل."),
    ("ar", NONE, "جاء فني الغاز وفحص كل شيء وقال إن كل شيء سليم وآمن."),
    ("ar", NONE, "إذا لم تُصلَح النافذة خلال أسبوعين سأرفع الأمر إلى المحكمة وفق حقوقي القانونية."),
    ("ar", NONE, "الموظف كان قليل الأدب ومش محترم أبداً، بدي بس اعتذار مكتوب."),
    # ---------------- Urdu (10) ----------------
    ("ur", {"gas"}, "کچن میں gas کی بو آ رہی ہے، شاید کچھ نہیں، لیکن CO alarm دو دفعہ بجا ہے۔"),
    (
        "ur",
        {"fire"},
        "بلڈنگ کی fire exit پر تالا لگا ہوا ہے اور سیڑھیوں میں کچرا بھرا ہے، آگ لگی تو ہم کہاں جائیں گے؟",
    ),
    ("ur", {"electrics"}, "باتھ روم کی light سے پانی ٹپک رہا ہے اور switch دبانے پر ہلکا سا کرنٹ لگتا ہے۔"),
    (
        "ur",
        {"damp_health"},
        "دیواروں پر سیلن اور کالی پھپھوندی ہے، میرے بیٹے کو بار بار chest infection ہو رہا ہے۔",
    ),
    (
        "ur",
        {"heating_vulnerable"},
        "Abbu 80 saal ke hain, wheelchair par hain, aur do hafte se boiler band hai, na heating na garam pani.",
    ),
    (
        "ur",
        {"structural", "threats"},
        "چھت کا پلستر گر رہا ہے، اور جب میں نے landlord کے آدمی کو بتایا تو اس نے کہا زیادہ بولو گی تو دیکھ لینا تمہارے ساتھ کیا ہوتا ہے۔",
    ),
    (
        "ur",
        {"self_harm"},
        "Support worker ka note: client ne kaha ke ab jeene ka dil nahi karta, aur woh kai din se khana nahi kha rahi.",
    ),
    ("ur", NONE, "Gas engineer aaya tha, sab check kiya, sab theek hai, certificate bhi de gaya."),
    ("ur", NONE, "باتھ روم میں تھوڑی سی پھپھوندی ہے لیکن گھر میں کوئی بیمار نہیں، بس صاف کروا دیں۔"),
    ("ur", NONE, "یہ repair کا انتظار کر کر کے میری تو جان نکل گئی ہے، خیر، جلدی بھیج دیں۔"),
    # ---------------- Bengali (10) ----------------
    ("bn", {"gas"}, "রান্নাঘরে হালকা গ্যাসের গন্ধ, হয়তো কিছু না, কিন্তু বাচ্চারা রোজ সকালে মাথাব্যথা নিয়ে উঠছে।"),
    ("bn", {"fire"}, "সিঁড়িতে কেউ আবার আগুন লাগিয়েছে, পুরো করিডোর ধোঁয়ায় ভরে গিয়েছিল।"),
    ("bn", {"electrics"}, "Kitchen-এর socket টা পুড়ে কালো হয়ে গেছে আর plastic গলার মতো একটা গন্ধ আসে।"),
    (
        "bn",
        {"damp_health", "heating_vulnerable"},
        "ঘরে damp আর mould, আমার মা (৭৫) এর শ্বাসকষ্ট বেড়েছে, আর তিন সপ্তাহ ধরে heating নেই।",
    ),
    ("bn", {"structural"}, "বারান্দার রেলিং নড়বড় করছে, একটা স্ক্রু খুলে পড়ে গেছে, বাচ্চারা ওখানেই খেলে।"),
    ("bn", {"threats"}, "পাশের ফ্ল্যাটের লোকটা বলেছে complaint করলে আমার গাড়ি পুড়িয়ে দেবে, আর রাতে দরজায় লাথি মারে।"),
    ("bn", {"self_harm"}, "আর পারছি না, মাঝে মাঝে মনে হয় বেঁচে থেকে লাভ কী।"),
    ("bn", NONE, "Smoke alarm আর CO alarm লাগানো হয়েছে, engineer সব test করে দেখিয়েছে।"),
    ("bn", NONE, "boiler নষ্ট বলে ঠান্ডা লাগছে, কিন্তু আমরা দুজনেই সুস্থ প্রাপ্তবয়স্ক, তাড়াহুড়ো নেই।"),
    ("bn", NONE, "এই সপ্তাহের মধ্যে কাজ না হলে আমি আইনি ব্যবস্থা নেব, ombudsman-এর কাছে যাব।"),
    # ---------------- Punjabi, Gurmukhi (10) ----------------
    ("pa", {"gas"}, "ਮੀਟਰ ਕੋਲ ਗੈਸ ਦੀ ਬੋ ਆਉਂਦੀ ਏ, ਸ਼ਾਇਦ ਕੁਝ ਨਹੀਂ, ਪਰ ਕਾਰਬਨ ਮੋਨੋਆਕਸਾਈਡ ਅਲਾਰਮ ਰਾਤ ਨੂੰ ਵੱਜਿਆ ਸੀ।"),
    ("pa", {"fire"}, "ਪੌੜੀਆਂ ਵਿੱਚ ਪੁਰਾਣੇ ਗੱਦੇ ਤੇ ਸਾਈਕਲ ਪਏ ਨੇ, ਅੱਗ ਲੱਗ ਗਈ ਤਾਂ ਬਾਹਰ ਨਿਕਲਣ ਦਾ ਕੋਈ ਰਾਹ ਨਹੀਂ।"),
    ("pa", {"electrics"}, "ਬਾਥਰੂਮ ਦੀ ਛੱਤ ਤੋਂ ਪਾਣੀ ਸਿੱਧਾ ਬਿਜਲੀ ਦੀਆਂ ਤਾਰਾਂ ਉੱਤੇ ਡਿੱਗ ਰਿਹਾ ਏ, ਤਾਰਾਂ ਨੰਗੀਆਂ ਨੇ।"),
    ("pa", {"damp_health"}, "ਕੰਧਾਂ ਉੱਤੇ ਸਿੱਲ੍ਹ ਤੇ ਕਾਲੀ ਉੱਲੀ ਏ, ਮੇਰੀ ਧੀ ਨੂੰ ਦਮੇ ਦਾ ਦੌਰਾ ਪੈ ਗਿਆ।"),
    ("pa", {"heating_vulnerable"}, "ਬੀਬੀ ਜੀ 85 ਸਾਲ ਦੇ ਨੇ, ਦੋ ਹਫ਼ਤਿਆਂ ਤੋਂ heating ਬੰਦ ਏ ਤੇ ਗਰਮ ਪਾਣੀ ਵੀ ਨਹੀਂ।"),
    ("pa", {"structural"}, "ਛੱਤ ਵਿੱਚ ਵੱਡੀ ਤਰੇੜ ਆ ਗਈ ਏ ਤੇ ਕੱਲ੍ਹ ਰਾਤ ਪਲੱਸਤਰ ਦਾ ਟੁਕੜਾ ਮੰਜੇ ਉੱਤੇ ਡਿੱਗਿਆ।"),
    ("pa", {"threats", "self_harm"}, "ਗੁਆਂਢੀ ਧਮਕੀਆਂ ਦਿੰਦਾ ਏ ਕਿ ਮੈਨੂੰ ਮਾਰ ਦਏਗਾ, ਤੇ ਹੁਣ ਮੇਰਾ ਜੀਣ ਨੂੰ ਦਿਲ ਨਹੀਂ ਕਰਦਾ।"),
    ("pa", NONE, "ਗੈਸ ਵਾਲਾ ਇੰਜੀਨੀਅਰ ਆਇਆ ਸੀ, ਸਭ ਕੁਝ ਚੈੱਕ ਕੀਤਾ ਤੇ ਸਭ ਠੀਕ ਏ।"),
    ("pa", NONE, "ਕਾਲ ਸੈਂਟਰ ਵਾਲਾ ਬੰਦਾ ਬਹੁਤ ਬਦਤਮੀਜ਼ ਸੀ ਤੇ ਫ਼ੋਨ ਕੱਟ ਦਿੱਤਾ, ਮੈਨੂੰ ਲਿਖਤੀ ਮਾਫ਼ੀ ਚਾਹੀਦੀ ਏ।"),
    ("pa", NONE, "ਇਸ ਮੁਰੰਮਤ ਦੀ ਉਡੀਕ ਕਰਦਿਆਂ ਮੇਰਾ ਤਾਂ ਸਿਰ ਫਟ ਗਿਆ, ਪਰ ਕੋਈ ਕਾਹਲੀ ਨਹੀਂ।"),
    # ---------------- English, ten more (kept apart by the author) ----------------
    (
        "en",
        {"gas"},
        "Q7 Any other issues? - a whiff of eggs in the boiler cupboard, nowt major, and the yellow alarm thing chirped at us Sunday till I took it down.",
    ),
    (
        "en",
        {"electrics", "fire"},
        "Smell of burning from the fuse box last night and a bit of smoke curling out the top, my husband flicked the main switch off and we've been on candles since.",
    ),
    (
        "en",
        {"structural"},
        "Whole stairwell's gone on the tilt since the lorry hit the wall outside, there's a gap you can see daylight through by the second landing.",
    ),
    (
        "en",
        {"threats"},
        "Me little one came in crying saying the big boys at the lift told her 'we know which door's yours, tell your mum to keep her mouth shut'.",
    ),
    (
        "en",
        {"heating_vulnerable"},
        "I'm 34 weeks pregnant and the boiler's been dead since Thursday, no hot water to wash, no radiators, and I keep being told 'next week'.",
    ),
    (
        "en",
        NONE,
        "Sockets all tested by the electrician on the 3rd, RCD trips properly, certificate attached, just need the cover plate replacing in the hall.",
    ),
    (
        "en",
        NONE,
        "I'll be honest, that smell by the meter was my husband's curry, sorry for the call-out, the engineer checked and there's no leak.",
    ),
    (
        "en",
        NONE,
        "The balcony's been rebuilt and it's solid as a rock now, thanks to the team, just the paintwork left to do.",
    ),
    (
        "en",
        NONE,
        "I told the neighbour I'd be reporting his car parked across my drive and he just shrugged and moved it, no drama.",
    ),
    (
        "en",
        NONE,
        "The mould in the spare room is back but nobody sleeps in there and we're all well, it's a cosmetic job really.",
    ),
]
