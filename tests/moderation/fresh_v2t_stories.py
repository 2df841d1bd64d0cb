"""Fresh PII test stories, batch v2t (twentieth writer).

Thirty-five case studies of social housing complaints put right (five each in
English, Arabic, Bengali, Punjabi in Gurmukhi, Polish, Romanian and Urdu),
marked under version 2 of the marking described in /work/shared/pii/README.md.
This writer's style is the spoken account, transcribed: a community radio
interview or phone-in, a testimony at a residents' meeting, an oral history
recording, a story told through an interpreter (the interpreter's words mixed
in with the resident's), a child's account written down with a parent, and an
elderly resident's long ramble with digressions about family and neighbours.
Places are given the way people talk ("the tower behind the pub, eleventh
floor, flat forty-two", "above the barber's", "by the gurdwara"), numbers,
dates and ages are often spoken in words, phone numbers and e-mail addresses
are sometimes read out ("oh seven seven double oh", "dot ... at example dot
net"), and relatives appear under pet names, kunyas and honorifics in the
script languages, with English names written in Arabic, Bengali, Gurmukhi and
Urdu script and Polish names in inflected forms and diminutives.

Kinds of detail marked: PERSON (residents, children, neighbours, officers,
operatives, interpreters, councillors, nicknames), ADDRESS (full and partial
addresses, named blocks and estates, schools, GP surgeries, places of worship,
shops and pubs that locate a home), POSTCODE, PHONE, EMAIL, NI_NUMBER,
REFERENCE, DATE_OF_BIRTH, AGE, OTHER_ID (NHS numbers, vehicle registrations,
social handles, account endings, residence permit and passport numbers, sort
codes), ORGANISATION, HEALTH and OTHER_SPECIAL. Towns, cities, hospitals, sums
and the generic "the council" are left unmarked. All names, numbers and
places are invented; phone numbers are in Ofcom's drama ranges and e-mail
addresses use example.com, example.org and example.net.

Measured on 7 December 2026 at first sight, on two detectors neither changed for this batch:
the detector as it landed after round 14 (leak-free 45.7% of 35, recall 94.5%, precision 83.9%;
by language en 80%, ar 60%, bn 0%, pa 60%, pl 40%, ro 40%, ur 40% of 5 each), and the same
with round 15's first part, the recall-first layer written before this batch was opened:
leak-free 45.7%, recall 95.0%, precision 80.0%. The misses were mostly homes numbered in words
("flat forty-two", "mieszkanie czternaście", "ফ্ল্যাট একশো চল্লিশ", "اکتیس نمبر", "رقم سبعة") and
places named before their kind word in the scripts. After round 15's second part: 80.0% / 98.4%
/ 79.7%.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2t-en-01",
        "en",
        _s("""
HOST: Morning, morning, you're listening to Sunday Voices and I'm [[PERSON:Delroy Campbell]].
In the studio with me is [[PERSON:Precious Adeyemi]], who the whole landing calls
[[PERSON:Big Prue]]. [[PERSON:Prue]], tell people where you are. GUEST: [[ADDRESS:Sedgewick House]],
the grey tower behind the [[ADDRESS:Royal Oak]], eleventh floor, [[ADDRESS:flat forty-two]]. Been
there since my eldest was born. HOST: And the lift. GUEST: The lift! Seven weeks,
[[PERSON:Delroy]], seven weeks it was dead last winter. My husband [[PERSON:Gbenga]] has
[[HEALTH:COPD]], he's on oxygen at night, and he's [[AGE:seventy-four]]. He didn't leave the flat
once. Our grandson [[PERSON:Tobi]], he's [[AGE:fifteen]], carried the shopping up eleven floors every
day after school. HOST: Who's the landlord? GUEST: [[ORGANISATION:Brightholme Housing]]. Every call,
a different person, and every person said the part was on order from
[[ORGANISATION:Summit Lift Services]]. So I wrote it all down, made a proper complaint, reference
[[REFERENCE:BHC-30417]], and I said, I want a date. HOST: Did you get one? GUEST: At stage one, no.
At stage two a manager, Mr [[PERSON:Hollis]], came up the stairs himself, all eleven floors, bless
him. He said sorry to [[PERSON:Gbenga]]'s face. They paid for a crew to carry him down for his
hospital appointments, they put us on a list of households that need help if the lift goes, and
they paid us six hundred pounds. Now if it's down more than two days, somebody rings every door.
HOST: What would you tell listeners? GUEST: Write it down. Ask for the reference. Don't let them tell
you it's nobody's fault. HOST: Wise words. If that's you, call our advice line on
[[PHONE:oh one six one, four nine six, oh three seven two]].
"""),
    ),
    (
        "fv2t-en-02",
        "en",
        _s("""
Transcript, residents' open meeting, item four. CHAIR: Thanks, everyone. [[PERSON:Fionnuala]], you
said you'd tell us how your complaint went. RESIDENT: I will, so. For them that don't know me, I'm
[[PERSON:Fionnuala Keane]], the [[ADDRESS:ground-floor flat at number nine Quarry Bank Close]], the
one with the ramp, across from [[ADDRESS:St Brendan's]] where half of you see me on a Sunday. Two
winters the back bedroom was black with mould. My grandson [[PERSON:Cian]] stays with me, he's
[[AGE:six]], he has [[HEALTH:asthma]], and the school, [[ADDRESS:Holy Family Primary]], rang me
twice because he was wheezing in class. The doctor at [[ADDRESS:Larchfield Surgery]] wrote a letter.
I sent it to [[ORGANISATION:Calderbrook Homes]] and what did they do? Sent
[[ORGANISATION:Dryline Damp Solutions]] to paint over it. Three weeks later it was back. So I put in
a formal complaint, number [[REFERENCE:CBH/2291/DM]], and when the stage two letter said "lifestyle",
meaning me drying washing, I went to the Ombudsman. Case [[REFERENCE:202318744]]. A lovely girl
there, [[PERSON:Harpreet]], rang me back within the week. In the end the Ombudsman found
maladministration. They put in a proper extractor, insulated the outside wall, moved me and
[[PERSON:Cian]] to a guest flat for a fortnight, and paid nine hundred and fifty pounds. And now they
put sensors in every flat on the close that's had a damp report. CHAIR: What's the lesson,
[[PERSON:Fionnuala]]? RESIDENT: Keep the doctor's letter, and don't take "lifestyle" for an answer.
Anyone wants help with a letter, it's [[EMAIL:fionnuala dot keane at example dot net]], or knock.
"""),
    ),
    (
        "fv2t-en-03",
        "en",
        _s("""
Oral history project, recording three. INTERVIEWER: Could you say your name and when you were
born? INTERVIEWEE: [[PERSON:Winston Aloysius Barrett]]. Born the [[DATE_OF_BIRTH:ninth of August, nineteen
thirty-nine]], in Kingston, so I'm [[AGE:eighty-four]] now, and I'm [[OTHER_SPECIAL:Jamaican]] to my
bones, whatever the passport says. I came over in sixty-one. My wife, [[PERSON:Hyacinth]], God rest her,
she came two years after. We got [[ADDRESS:14 Chapel Fold]] in seventy-eight, top of the hill past
[[ADDRESS:Mount Zion Pentecostal]], and I'm still there. Next door was Mrs [[PERSON:Dorothy Pike]],
she used to pass us rhubarb over the fence, and her boy [[PERSON:Terry]] is the one who drives the
taxi now. Anyway. The boiler. January gone, it packed up, and I have [[HEALTH:angina]], the cold gets
in my chest. [[ORGANISATION:Ferngate Housing Association]] sent [[ORGANISATION:Kelvin Heating Ltd]],
and the young man said it needs a part, and then nobody came for nine days. Nine days with a fan
heater. My granddaughter [[PERSON:Keisha]], she's clever with the computer, she made the complaint
on the website and put down I'm over eighty and got a bad heart. They gave her a number,
[[REFERENCE:FHA-CMP-55190]]. Then a lady, Miss [[PERSON:Odunsi]], rang me the same evening, and the
next morning there was a new boiler going in. They said sorry, they gave me two hundred pounds, and
now I'm on their list of people who can't be left without heat. They asked for my National Insurance
for the payment, I know it by heart, [[NI_NUMBER:YA 31 47 26 C]]. What did they learn? To listen to
[[PERSON:Keisha]], I think.
"""),
    ),
    (
        "fv2t-en-04",
        "en",
        _s("""
My Story About the Mice, by [[PERSON:Amira Warsame]], age [[AGE:nine]] (written with my mum). We live
at [[ADDRESS:flat 6 Kestrel Court]], the one over the [[ADDRESS:Jubba Café]] where my uncle
[[PERSON:Abdi]] makes the tea. We are [[OTHER_SPECIAL:Somali]] and my mum reads me the letters
because they come in English and she likes my English better. In the autumn we found mice in the
kitchen. They ate the bread and my little brother [[PERSON:Yusuf]], he is [[AGE:4]], found one in
his shoe and screamed. [[PERSON:Yusuf]] has [[HEALTH:eczema]] and the doctor said the droppings can make it
worse. Mum rang [[ORGANISATION:Westmere Homes]] five times. They said put traps down. We did. The
mice laughed at the traps. Then my teacher at [[ADDRESS:Brookvale Primary]], Miss
[[PERSON:Ezeani]], helped my mum write a complaint. The pest man from
[[ORGANISATION:Pestguard Midlands]] came, his name was [[PERSON:Lenny]], and he found a big hole behind
the cooker that went all the way to the café. He filled it with metal wool. Now there are no mice.
[[ORGANISATION:Westmere]] said sorry and gave us a voucher and a new freezer because ours was chewed. I learned you
have to keep asking. Mum's note: complaint number [[REFERENCE:WMH-48810]], postcode
[[POSTCODE:b12 8qr]], my phone [[PHONE:0121 496 0218]]. I am [[PERSON:Hodan Warsame]]. My cousin posted
the hole on his page [[OTHER_ID:@khadar.fixes.things]], that is when they came quicker.
"""),
    ),
    (
        "fv2t-en-05",
        "en",
        _s("""
Notes from Cllr [[PERSON:Nadine Fairweather]]'s advice surgery, with interpreter. CLLR: Can you ask
him to tell me from the start? INTERPRETER: Yes. He says his name is [[PERSON:Hemin Rashid]], he is
[[OTHER_SPECIAL:Kurdish]], from Sulaymaniyah, and he has [[OTHER_SPECIAL:refugee status]] since
twenty nineteen. He wants me to say I am [[PERSON:Dilan]], I interpret for the family often. He
lives at [[ADDRESS:27B Tannery Row]], above the [[ADDRESS:Shiraz Barbers]], two bedrooms, six
people. His daughter [[PERSON:Shilan]] is [[AGE:sixteen]] and she sleeps on the sofa. She has
[[HEALTH:epilepsy]], and he says, sorry, he says twice she had a seizure in the night and nobody
heard because the television was on for the little ones. He asks you to look at his residence
permit, the number is [[OTHER_ID:ZU4471903]], because the council said his status was not checked.
CLLR: Which landlord? INTERPRETER: [[ORGANISATION:Northbridge Housing]]. He made a complaint in
May, they closed it, he says nobody rang him with an interpreter, only letters. Housing register
number [[REFERENCE:HR-0934471]]. CLLR: I'll email them tonight; give him my address,
[[EMAIL:cllr.fairweather@example.org]]. Follow-up, six weeks later: [[ORGANISATION:Northbridge]] reopened the
complaint, accepted that they had never offered an interpreter, and a medical assessment gave the
family priority. They were offered a four-bedroom house at [[ADDRESS:3 Linnet Walk]] and moved in
October. [[ORGANISATION:Northbridge]] now records a language need on the tenancy file and books interpreters for
every call-back. [[PERSON:Hemin]] says thank you.
"""),
    ),
    (
        "fv2t-ar-01",
        "ar",
        _s("""
المذيع: أهلاً بكم من جديد في برنامج «صوت الجالية»، معكم [[PERSON:وسيم]]. ضيفتنا اليوم
[[PERSON:أم ياسين]]، واسمها [[PERSON:رغد الحموي]]، [[OTHER_SPECIAL:سورية]] من حمص، وتسكن في
[[ADDRESS:Millbrook Court]]، البناية الطويلة خلف [[ADDRESS:مسجد الفرقان]]. تفضلي يا
[[PERSON:أم ياسين]]. الضيفة: أهلاً أستاذ [[PERSON:وسيم]]. نحن في [[ADDRESS:الشقة رقم اثني عشر]]،
الطابق الثالث. من سنتين والعفن الأسود على حيطان غرفة الأولاد. ابني [[PERSON:ياسين]] عمره
[[AGE:سبع سنوات]] وعنده [[HEALTH:الربو]]، وصار يصحى بالليل يكحّ. اتصلت بشركة
[[ORGANISATION:Kingfisher Reach Homes]] مرات كثيرة، وكل مرة يقولون: افتحي الشباك. الشباك مفتوح والبرد
يدخل على الأولاد! المذيع: وماذا فعلتِ بعدها؟ الضيفة: جارتي [[PERSON:كيلي]] اللي ساكنة تحتنا
ساعدتني أكتب شكوى رسمية، وأعطوني رقم [[REFERENCE:KRH-77205]]. بالمرحلة الأولى أرسلوا عامل دهن فوق
العفن وراح. بالمرحلة الثانية جاء مدير اسمه [[PERSON:غاريث]]، شاف الحيطان وقال: هذا مو من الغسيل،
هذا تسريب من السطح. صلّحوا السطح، وركّبوا مروحة شفط، وعوّضونا بسبعمئة جنيه، واعتذروا كتابةً.
المذيع: وما الدرس اللي تعلمتيه؟ الضيفة: لا تسكتي، واطلبي الرد مكتوب. والشركة نفسها قالت إنها صارت
تفحص السطح والمواسير قبل ما تلوم الساكن. المذيع: ومن يحتاج مساعدة في الشكوى يتصل بنا على
[[PHONE:٠٧٧٠٠ ٩٠٠٤٦٢]]. شكراً [[PERSON:أم ياسين]].
"""),
    ),
    (
        "fv2t-ar-02",
        "ar",
        _s("""
محضر اجتماع السكان الشهري، البند الثالث: شهادة الحاج [[PERSON:عبد الرحيم عثمان]]. قال الحاج
[[PERSON:عبد الرحيم]]: بسم الله. أنا ساكن في [[ADDRESS:31 Willow Bank Road]]، [[POSTCODE:LS8 4JN]]،
البيت اللي قدامه شجرة الكرز، ورا [[ADDRESS:بقالة الخرطوم]]، وعمري [[AGE:ثمانية وسبعين سنة]]. من
الصيف الماضي والماء ينزل من السقف في المطبخ. جارتنا فوق، [[PERSON:ميغان]]، بنت طيبة، قالت إن
ماسورة الحمام عندها مكسورة وإنها بلّغت. الموظف [[PERSON:ستيف]] من شركة
[[ORGANISATION:Oakhurst Living]] قال لي: هذا مو شغلنا، كلّم تأمين جارتك. في شهر أكتوبر وقع جزء من
السقف، وزوجتي الحاجة [[PERSON:آمنة]] زلقت على الأرض المبلولة، وهي عندها [[HEALTH:السكري]] والجرح
ما يطيب بسرعة. ولدي [[PERSON:مجدي]] كتب شكوى رسمية، ورقمها [[REFERENCE:OKL-2024-1183]]. ما ردّوا في
المرحلة الأولى إلا بعد شهرين، فرحنا لأمين المظالم للإسكان، وملفنا هناك [[REFERENCE:202407356]]. بعدها
تغيّر كل شي: جاء سبّاك من [[ORGANISATION:Aquafix Plumbing]] وصلّح الماسورة فوق، وبدّلوا السقف
والخزائن، وعوّضونا بألف ومئتين جنيه، واعتذر المدير بنفسه. وقالوا إن الموظفين صاروا يتدربون: التسريب
من شقة فوق مسؤولية المالك مو الجار. والحمد لله. وقال الحاج إن ابنه [[PERSON:مجدي]] مستعد يساعد أي
جار يكتب شكواه، وإيميله [[EMAIL:magdi.osman@example.com]].
"""),
    ),
    (
        "fv2t-ar-03",
        "ar",
        _s("""
ملاحظات مقابلة منزلية بمساعدة مترجمة. الموظفة: اسألي السيدة من متى المشكلة. المترجمة: أنا
[[PERSON:نوال]]، المترجمة. تقول السيدة إن اسمها [[PERSON:سعاد القاضي]]، وهي
[[OTHER_SPECIAL:يمنية]]، وحصلت على [[OTHER_SPECIAL:حق اللجوء]] قبل سنتين، وتسكن في الطابق الأرضي من
[[ADDRESS:Ravensworth House]]، [[ADDRESS:الشقة خمسة]]. تقول — عفواً، هي تكرر — إن الصراصير في كل
مكان، في المطبخ وفي علبة الكهرباء وحتى في سرير الأطفال. زوجها [[PERSON:أبو محمد]]، واسمه
[[PERSON:عادل]]، عنده [[HEALTH:السكري]] ويأخذ الإنسولين، وتخاف أن تدخل الحشرات الثلاجة حيث الدواء. تقول
إنها أعطت رقمه في الصحة للطبيب حتى يكتب رسالة، والرقم [[OTHER_ID:٤٣٢ ٨١٧ ٦٥٠٩]]. الموظفة: ومن
المالك؟ المترجمة: [[ORGANISATION:Tyneview Homes]]. تقول إن شركة [[ORGANISATION:CleanSweep Pest Control]]
جاءت مرتين ورشّت شقتها فقط، والصراصير رجعت من الشقق الثانية بعد أسبوع. تقول إنها ما كانت تعرف أنها تقدر
تشتكي، لأن كل الرسائل بالإنجليزي. المتابعة: سُجّلت شكوى رسمية برقم [[REFERENCE:TVH-CF-40922]]. قبلت
[[ORGANISATION:Tyneview Homes]] أن علاج شقة واحدة لا يكفي، فعالجت البناية كلها وسدّت الفتحات حول المواسير،
واعتذرت، ودفعت أربعمئة جنيه ثمن طعام وأغراض تلفت. ومن الآن تُرسل الرسائل للعائلة بالعربية، وتحجز المترجمة
لكل زيارة. تقول السيدة [[PERSON:سعاد]]: شكراً، والأولاد يناموا الآن.
"""),
    ),
    (
        "fv2t-ar-04",
        "ar",
        _s("""
قصتي عن الشتاء البارد. بقلم [[PERSON:ريم بن علي]]، عمري [[AGE:عشر سنوات]]، كتبتها مع بابا. بيتنا
[[ADDRESS:رقم سبعة]]، الباب الأزرق، في آخر الشارع قرب [[ADDRESS:مخبز الياسمين]]. بابا
[[OTHER_SPECIAL:ليبي]] وماما [[OTHER_SPECIAL:مغربية]]، وأنا وُلدت هنا. في شهر ديسمبر خربت
الغلاية، وما كان في ماء سخن ولا تدفئة. أختي الصغيرة [[PERSON:لجين]]، نسميها [[PERSON:لولو]]،
عمرها [[AGE:سنتين]]، كانت تنام بالجاكيت. أنا كنت أروح [[ADDRESS:Greenhill Primary]] بدون ما أتحمم،
والمعلمة مس [[PERSON:هاريسون]] سألتني ليش أنا تعبانة. بابا اتصل بشركة
[[ORGANISATION:Severnside Homes]] كل يوم. جاء رجل اسمه [[PERSON:ديف]] وقال القطعة غير موجودة وراح.
بعد أسبوعين بابا كتب شكوى، وأنا ساعدته بالإملاء. بعد ثلاثة أيام جاء [[PERSON:ديف]] مع غلاية جديدة!
وأعطونا دفايات كهربائية وفلوس للكهرباء، وقالوا آسفين. ماما عملت لـ[[PERSON:ديف]] شاي بالنعناع. تعلمت
أن الشكوى المكتوبة أقوى من التلفون. ملاحظة من الأب [[PERSON:عمر بن علي]]: رقم الشكوى
[[REFERENCE:SVH-88213]]. قالت الشركة إنها صارت تحتفظ بقطع الغيار للغلايات القديمة، وتعطي أولوية
للعائلات التي فيها أطفال صغار. لمن يريد التواصل: [[EMAIL:omar dot benali at example dot com]] أو
[[PHONE:0117 496 0584]].
"""),
    ),
    (
        "fv2t-ar-05",
        "ar",
        _s("""
تسجيل من مشروع ذاكرة الجالية، مع الحاجة [[PERSON:نجيبة الربيعي]]. أنا مواليد
[[DATE_OF_BIRTH:الأول من تموز سنة ألف وتسعمئة وسبعة وأربعين]]، ببغداد، يعني صار عمري
[[AGE:سبعة وسبعين]]. المرحوم [[PERSON:أبو فراس]]، الله يرحمه، جابنا لهنا سنة الثمانية وتسعين. ساكنة
بـ[[ADDRESS:البيت رقم ثلاثة وعشرين]]، الصف اللي ورا [[ADDRESS:جامع الرحمن]]، من زمان. جارتي
[[PERSON:أم جاسم]] كانت تجيبلي خبز كل جمعة، هسه راحت عند بنتها بلندن. المهم، يا بنتي، أنا عندي
[[HEALTH:التهاب المفاصل]] و[[HEALTH:هشاشة العظام]]، وما أگدر أدخل البانيو. المعالجة
[[PERSON:جولي]] جاءت وكتبت أحتاج دُش أرضي ومسكات. قالت شركة [[ORGANISATION:Wyvern Vale Housing]]:
ستة أسابيع. صارت أربعطعش شهر! حفيدي [[PERSON:حمودي]]، الله يحفظه، كان يجي يغسلني، وحفيدتي
[[PERSON:زوزو]] كتبت الشكوى بالكمبيوتر، وأخذت رقم [[REFERENCE:WVH-AD-3317]]، وكتبت رقم التأمين
الوطني مالتي [[NI_NUMBER:JT 62 90 14 B]] لأنهم طلبوه. بعدين، بالمرحلة الثانية، المديرة
[[PERSON:كارين]] اعترفت أن الطلب ضاع بين قسمين. جابوا شركة [[ORGANISATION:AbleBath Adaptations]]،
وخلّصوا الدُش بعشرة أيام، وعوّضوني، وقالوا صار عندهم شخص واحد يتابع كل طلب تعديل من البداية للنهاية.
هسه أتحمم وحدي، الحمد لله. وسلّميلي على [[PERSON:جولي]] إذا شفتيها.
"""),
    ),
    (
        "fv2t-bn-01",
        "bn",
        _s("""
উপস্থাপক: আসসালামু আলাইকুম, আপনারা শুনছেন "আমাদের ঘর", আমি [[PERSON:শাহানা]]। আজ স্টুডিওতে আছেন
[[PERSON:রুবিনা বেগম]], এলাকায় সবাই যাঁকে [[PERSON:রুবি]] আপা বলে ডাকে। আপা, কোথায় থাকেন বলুন।
অতিথি: [[ADDRESS:ব্রামলি এস্টেট]], বড় রাস্তার পাশে লাল ইটের [[ADDRESS:হলিওয়েল হাউস]], চার তলায়,
[[ADDRESS:বাইশ নম্বর ফ্ল্যাট]]। দুই বেডরুম, আমরা সাতজন। আমি, আমার স্বামী [[PERSON:জামাল]], আমার
শাশুড়ি, আর চার ছেলেমেয়ে। বড় ছেলে [[PERSON:তানভীর]], বয়স [[AGE:সতেরো বছর]], ওর [[HEALTH:অটিজম]]
আছে, ভিড়ের মধ্যে ও পড়তে পারে না, ঘুমাতে পারে না। উপস্থাপক: আপনি অভিযোগ করলেন কীভাবে? অতিথি:
আগে শুধু ফোন করতাম। তারপর আমাদের পাশের ফ্ল্যাটের [[PERSON:ব্রিজেট]] বলল, লিখে অভিযোগ করো। হাউজিং
রেজিস্টারে আমাদের নম্বর [[REFERENCE:HRG-5528107]], কিন্তু ডাক্তারের চিঠিটা
[[ORGANISATION:Spitalgate Housing]] হারিয়ে ফেলেছিল, তাই আমরা মেডিকেল প্রায়োরিটি পাইনি। দ্বিতীয়
ধাপে অফিসার [[PERSON:ডেভিড]] সাহেব স্বীকার করলেন চিঠি এসেছিল, কেউ ফাইলে তোলেনি। উনি দুঃখ
প্রকাশ করলেন, আমাদের প্রায়োরিটি পিছনের তারিখ থেকে দিলেন, আর তিন মাস পরে আমরা চার বেডরুমের বাড়ি
পেলাম। [[PERSON:তানভীর]] এখন নিজের ঘরে পড়ে। উপস্থাপক: শিক্ষা কী? অতিথি: কাগজের কপি রাখবেন, আর
জিজ্ঞেস করবেন, আমার চিঠি কি ফাইলে আছে? উপস্থাপক: ধন্যবাদ [[PERSON:রুবি]] আপা। যাঁরা সাহায্য চান,
আমাদের নম্বর [[PHONE:শূন্য দুই শূন্য, সাত নয় চার ছয়, শূন্য তিন পাঁচ এক]]।
"""),
    ),
    (
        "fv2t-bn-02",
        "bn",
        _s("""
বাসিন্দাদের সভা, সাক্ষ্য। সভাপতি: এবার [[PERSON:মালিক]] চাচা কিছু বলবেন। [[PERSON:আব্দুল মালিক]]:
সবাইকে সালাম। আমি [[ADDRESS:সিডার পয়েন্ট]]-এর চৌদ্দ তলায় থাকি, [[ADDRESS:ফ্ল্যাট একশো চল্লিশ]],
পোস্টকোড [[POSTCODE:E3 9TB]]। গত জানুয়ারিতে পুরো বিল্ডিংয়ের সেন্ট্রাল হিটিং বারো দিন বন্ধ ছিল। আমার
স্ত্রী [[PERSON:সুফিয়া]], ওনার [[HEALTH:কিডনির রোগ]], সপ্তাহে তিন দিন ডায়ালাইসিসে যান, ঠান্ডায় উনি
খুব কষ্ট পেয়েছেন। [[ORGANISATION:Lanterngate Homes]] বলেছিল, ঠিকাদার
[[ORGANISATION:ThermaServe]] কাজ করছে, কিন্তু কবে শেষ হবে কেউ বলতে পারেনি। অফিসের [[PERSON:ক্লেয়ার]]
আপা ভালো মানুষ, কিন্তু ওনার কাছেও খবর ছিল না। তখন আমার নাতনি [[PERSON:মিম]] অভিযোগ লিখে দিল,
নম্বর [[REFERENCE:LGH/CMP/7741]]। কাউন্সিলর [[PERSON:রহমান]] সাহেবকেও কপি দিলাম। প্রথম ধাপের
উত্তরে ওরা মাফ চাইল, কিন্তু কোনো পরিবর্তনের কথা ছিল না। দ্বিতীয় ধাপে ম্যানেজার এসে নিজে দেখলেন।
এখন নিয়ম হয়েছে: চব্বিশ ঘণ্টার বেশি হিটিং বন্ধ থাকলে অসুস্থ বা বয়স্ক সবাইকে হিটার দেওয়া হবে,
প্রতিদিন লিফটের পাশে নোটিশ থাকবে, আর বিদ্যুৎ খরচের টাকা ফেরত দেওয়া হবে। আমরা তিনশো পাউন্ড
পেয়েছি। আমার বয়স [[AGE:একাত্তর]], আমি বলি, চুপ করে থাকবেন না। [[PERSON:মিম]]-এর ইমেইল
[[EMAIL:mim.malik@example.net]], কেউ চিঠি লিখতে চাইলে ও সাহায্য করবে।
"""),
    ),
    (
        "fv2t-bn-03",
        "bn",
        _s("""
স্মৃতিকথা প্রকল্প, রেকর্ডিং দুই। আমি হাজি [[PERSON:আফতাব উদ্দিন]]। জন্ম
[[DATE_OF_BIRTH:উনিশশো বিয়াল্লিশ সালের পনেরোই মার্চ]], সিলেটের এক গ্রামে, এখন বয়স
[[AGE:বিরাশি]]। [[OTHER_SPECIAL:বাংলাদেশি]] মানুষ, কিন্তু এই শহরে পঞ্চাশ বছর হয়ে গেল। আমরা থাকি
[[ADDRESS:হেনলি রোডের নয় নম্বর]], [[ADDRESS:বায়তুল আমান মসজিদ]] থেকে দুই বাড়ি পরে, ফজরে হেঁটে যাই।
আমার বেগম [[PERSON:জোবেদা]], উনি এখন বেশি হাঁটতে পারেন না। নাতি [[PERSON:বাবলু]] আর নাতনি
[[PERSON:টুনি]] স্কুল থেকে ফিরে আমাদের দেখে যায়। পাশের বাড়ির [[PERSON:ডরিস]], বুড়ি [[OTHER_SPECIAL:ইংরেজ]] মহিলা,
উনি মারা গেছেন গত বছর, খুব ভালো ছিলেন, ক্রিসমাসে কেক দিতেন। যাক, আসল কথা। দুই বছর আগে ছাদ
দিয়ে পানি পড়া শুরু হলো, তারপর সিলিংয়ের ফাঁক দিয়ে ইঁদুর। আমার [[HEALTH:ডায়াবেটিস]], রাতে উঠতে হয়,
ইঁদুরের শব্দে ঘুম হয় না। [[ORGANISATION:Heartland Haven Homes]] তিনবার লোক পাঠাল, কেউ ছাদে
উঠল না। তখন [[PERSON:বাবলু]] কম্পিউটারে অভিযোগ করল, নম্বর পেল [[REFERENCE:HHH-30958]]। দ্বিতীয় ধাপে
ওরা [[ORGANISATION:Rook & Daughters Roofing]]-কে পাঠাল, পুরো ছাদ নতুন হলো, ইঁদুরের গর্ত বন্ধ হলো।
চিঠিতে লিখল, আমাদের আগের রিপোর্টগুলো আলাদা আলাদা কেস হিসেবে রাখা হয়েছিল, কেউ মিলিয়ে দেখেনি।
এখন একই বাড়ির সব রিপোর্ট এক জায়গায় দেখা হয়। পাঁচশো পাউন্ড দিয়েছে, ওটা দিয়ে
[[PERSON:টুনি]]-র জন্য একটা ডেস্ক কিনেছি।
"""),
    ),
    (
        "fv2t-bn-04",
        "bn",
        _s("""
সিঁড়ির ভয়, লিখেছে [[PERSON:নাফিসা]], বয়স [[AGE:আট]], আম্মুর সাথে। আমরা থাকি
[[ADDRESS:অ্যাশবি কোর্ট]], [[ADDRESS:ফ্ল্যাট আঠারো]]। আমি [[ADDRESS:সানিফিল্ডস প্রাইমারি]]-তে পড়ি,
ক্লাস থ্রি। আমাদের বিল্ডিংয়ের দরজা ভাঙা ছিল, তাই বড় বড় ছেলেরা সিঁড়িতে বসে থাকত, ধোঁয়া খেত,
চিৎকার করত। একদিন একটা ছেলে আমার ছোট ভাই [[PERSON:রাহি]]-র বল কেড়ে নিল। আম্মু খুব ভয় পেয়েছিল।
রাতে ওরা নিচে একটা কালো গাড়িতে বসত, আম্মু গাড়ির নম্বর লিখে রেখেছিল: [[OTHER_ID:KX19 DFO]]। আম্মু
[[ORGANISATION:Cobalt Square Housing]]-কে অনেক বার বলেছে। তারপর একজন অফিসার এলেন, ওনার নাম
[[PERSON:মার্ক]], উনি আমার সাথেও কথা বললেন, আমি ছবি এঁকে দেখালাম ছেলেরা কোথায় বসে। উনি দরজা ঠিক
করালেন, ক্যামেরা লাগালেন, আর সিঁড়িতে আলো দিলেন। এখন আমি একা নিচে নামতে পারি, শুধু আম্মু বারান্দা
থেকে দেখে। আমি শিখেছি, ভয় পেলে বড়দের বলতে হয়। আম্মুর নোট: আমি [[PERSON:ফারহানা আক্তার]]। প্রথমে
ওরা বলেছিল এটা পুলিশের ব্যাপার। অভিযোগ করার পর স্বীকার করল যে দরজা ঠিক করা তাদের দায়িত্ব ছিল।
অ্যান্টিসোশ্যাল কেস নম্বর [[REFERENCE:ASB-24-0617]]। এখন ওরা প্রতি মাসে দরজা পরীক্ষা করে। কেউ কথা বলতে
চাইলে [[PHONE:07700 900517]]।
"""),
    ),
    (
        "fv2t-bn-05",
        "bn",
        _s("""
দোভাষীর মাধ্যমে নেওয়া সাক্ষাৎকারের নোট। অফিসার: ওনাকে জিজ্ঞেস করুন সমস্যাটা কী। দোভাষী: আমি
[[PERSON:শিরিন]], দোভাষী। উনি বলছেন ওনার নাম [[PERSON:মমতাজ খাতুন]], থাকেন
[[ADDRESS:৪২ ডানবার রোড]], [[POSTCODE:OL8 2HS]]। ওনার [[HEALTH:মাল্টিপল স্ক্লেরোসিস]], হুইলচেয়ার
ব্যবহার করেন। উনি বলছেন — মানে, উনি বলতে চাইছেন — সামনের র‍্যাম্প ভেঙে যাওয়ার পর তিন মাস উনি
বাড়ি থেকে বের হতে পারেননি, ডাক্তারের কাছেও না। ওনার ডাক্তারখানা
[[ADDRESS:ওয়েস্টউড মেডিক্যাল সেন্টার]], ওখান থেকে চিঠি দিয়েছিল, আর ওনার এনএইচএস নম্বর
[[OTHER_ID:৬১০ ২৯৮ ৪৪৭৩]] দিয়ে চিঠিটা খুঁজে পাওয়া যাবে। উনি বলছেন, ছেলে [[PERSON:রাজু]], বয়স
[[AGE:বারো]], স্কুল কামাই করে বাজার করত। অফিসার: কে মেরামত করার কথা? দোভাষী:
[[ORGANISATION:Pennine Crest Homes]]। উনি বলছেন সব চিঠি ইংরেজিতে আসত, উনি বুঝতেন না, আর ফোনে
কেউ বাংলা বলত না। পরবর্তী অবস্থা: অভিযোগ নথিভুক্ত হয়েছে, নম্বর [[REFERENCE:PCH-77402]]।
[[ORGANISATION:Pennine Crest Homes]] স্বীকার করেছে যে র‍্যাম্পকে জরুরি মেরামত হিসেবে ধরা উচিত ছিল।
[[ORGANISATION:Accessway Ramps]] দশ দিনের মধ্যে নতুন র‍্যাম্প বসিয়েছে। ক্ষমা চেয়ে বাংলায় চিঠি
দিয়েছে, সাড়ে ছয়শো পাউন্ড ক্ষতিপূরণ দিয়েছে, আর ফাইলে লিখে রেখেছে যে ওনার দোভাষী লাগে এবং উনি
হুইলচেয়ার ব্যবহারকারী। উনি বলছেন, ধন্যবাদ, এখন উনি নিজে মসজিদে যেতে পারেন।
"""),
    ),
    (
        "fv2t-pa-01",
        "pa",
        _s("""
ਪੇਸ਼ਕਾਰ: ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ ਜੀ, ਤੁਸੀਂ ਸੁਣ ਰਹੇ ਹੋ "ਸਾਡਾ ਘਰ ਸਾਡੀ ਗੱਲ", ਮੈਂ ਹਾਂ [[PERSON:ਹਰਜੀਤ]]। ਅੱਜ
ਸਾਡੇ ਨਾਲ ਹਨ [[PERSON:ਸੁਖਵਿੰਦਰ ਕੌਰ]], ਜਿਨ੍ਹਾਂ ਨੂੰ ਸਾਰਾ ਮੁਹੱਲਾ [[PERSON:ਸੁੱਖੀ]] ਭੈਣ ਜੀ ਕਹਿੰਦਾ ਹੈ।
ਮਹਿਮਾਨ: ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ। ਅਸੀਂ [[ADDRESS:ਬਰੰਸਵਿਕ ਸਟਰੀਟ ਦੇ ਅਠਾਰਾਂ ਨੰਬਰ]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ,
[[ADDRESS:ਗੁਰਦੁਆਰਾ ਨਾਨਕਸਰ ਦਰਬਾਰ]] ਦੇ ਬਿਲਕੁਲ ਸਾਹਮਣੇ, ਜਿੱਥੇ ਮੈਂ ਰੋਜ਼ ਸੇਵਾ ਕਰਨ ਜਾਂਦੀ ਹਾਂ। ਪਿਛਲੀ
ਸਰਦੀ ਵਿੱਚ ਪਿਛਲੀਆਂ ਖਿੜਕੀਆਂ ਦੇ ਫਰੇਮ ਗਲ ਗਏ ਸਨ, ਖਿੜਕੀ ਬੰਦ ਹੀ ਨਹੀਂ ਹੁੰਦੀ ਸੀ। ਇੱਕ ਰਾਤ ਕੋਈ ਪਿਛਲੇ
ਪਾਸਿਓਂ ਅੰਦਰ ਵੜਨ ਦੀ ਕੋਸ਼ਿਸ਼ ਕਰ ਰਿਹਾ ਸੀ। ਮੇਰੇ ਪਤੀ [[PERSON:ਬਲਦੇਵ]] ਜੀ ਨੂੰ [[HEALTH:ਪਾਰਕਿੰਸਨ]] ਹੈ,
ਉਹ ਉੱਠ ਕੇ ਵੇਖ ਵੀ ਨਹੀਂ ਸਕਦੇ। ਮੈਂ ਸਾਰੀ ਰਾਤ ਜਾਗਦੀ ਰਹੀ। ਪੇਸ਼ਕਾਰ: ਫਿਰ ਕੀ ਕੀਤਾ? ਮਹਿਮਾਨ:
[[ORGANISATION:Foxglove Housing]] ਨੂੰ ਫ਼ੋਨ ਕੀਤੇ, ਉਹ ਕਹਿੰਦੇ ਖਿੜਕੀਆਂ ਅਗਲੇ ਸਾਲ ਦੀ ਲਿਸਟ ਵਿੱਚ ਹਨ। ਮੇਰੀ
ਨੂੰਹ [[PERSON:ਰੀਤ]] ਨੇ ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਨੰਬਰ ਮਿਲਿਆ [[REFERENCE:FXH-61124]], ਤੇ ਪੁਲਿਸ ਦੀ
ਕ੍ਰਾਈਮ ਰਿਪੋਰਟ ਵੀ ਨਾਲ ਲਾਈ। ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ ਮੈਨੇਜਰ [[PERSON:ਸਾਈਮਨ]] ਆਏ, ਉਹਨਾਂ ਨੇ ਮੰਨਿਆ ਕਿ
ਸੁਰੱਖਿਆ ਦਾ ਮਾਮਲਾ ਸੀ, ਲਿਸਟ ਦਾ ਨਹੀਂ। ਦੋ ਹਫ਼ਤਿਆਂ ਵਿੱਚ [[ORGANISATION:ClearView Windows]] ਨੇ ਨਵੀਆਂ
ਖਿੜਕੀਆਂ ਲਾ ਦਿੱਤੀਆਂ, ਪਿਛਲੇ ਪਾਸੇ ਲਾਈਟ ਵੀ ਲੱਗ ਗਈ, ਤੇ ਤਿੰਨ ਸੌ ਪੌਂਡ ਮੁਆਵਜ਼ਾ ਮਿਲਿਆ। ਹੁਣ ਉਹ ਕਹਿੰਦੇ
ਹਨ ਕਿ ਜਿਸ ਮੁਰੰਮਤ ਨਾਲ ਘਰ ਅਸੁਰੱਖਿਅਤ ਹੋਵੇ, ਉਹ ਲਿਸਟ ਦੀ ਉਡੀਕ ਨਹੀਂ ਕਰੇਗੀ। ਪੇਸ਼ਕਾਰ: ਬਹੁਤ ਧੰਨਵਾਦ
[[PERSON:ਸੁੱਖੀ]] ਭੈਣ ਜੀ। ਸਰੋਤਿਓ, ਮਦਦ ਲਈ ਸਾਨੂੰ ਫ਼ੋਨ ਕਰੋ:
[[PHONE:ਜ਼ੀਰੋ ਇੱਕ ਇੱਕ ਛੇ, ਚਾਰ ਨੌਂ ਛੇ, ਜ਼ੀਰੋ ਸੱਤ ਅੱਠ ਦੋ]]।
"""),
    ),
    (
        "fv2t-pa-02",
        "pa",
        _s("""
ਯਾਦਾਂ ਦੀ ਰਿਕਾਰਡਿੰਗ, ਬੀਬੀ [[PERSON:ਗੁਰਮੀਤ ਕੌਰ]] ਨਾਲ। ਪੁੱਤ, ਮੇਰਾ ਜਨਮ
[[DATE_OF_BIRTH:ਬਾਰਾਂ ਜਨਵਰੀ ਉੱਨੀ ਸੌ ਅਠਤਾਲੀ]] ਦਾ ਹੈ, ਜਲੰਧਰ ਕੋਲ ਇੱਕ ਪਿੰਡ ਵਿੱਚ। ਹੁਣ ਮੈਂ
[[AGE:ਛਿਹੱਤਰ ਸਾਲ]] ਦੀ ਹੋ ਗਈ ਹਾਂ। ਸਾਡੇ ਸਰਦਾਰ ਜੀ, [[PERSON:ਕਰਤਾਰ ਸਿੰਘ]], ਰੱਬ ਉਹਨਾਂ ਨੂੰ ਸ਼ਾਂਤੀ
ਦੇਵੇ, ਫਾਊਂਡਰੀ ਵਿੱਚ ਕੰਮ ਕਰਦੇ ਸੀ। ਅਸੀਂ [[ADDRESS:ਸੱਤ ਨੰਬਰ]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ, ਹਰੇ ਦਰਵਾਜ਼ੇ ਵਾਲਾ ਘਰ,
[[ADDRESS:ਰਾਮਗੜ੍ਹੀਆ ਗੁਰਦੁਆਰੇ]] ਤੋਂ ਤੀਜਾ। ਨਾਲ ਵਾਲੀ [[PERSON:ਮੌਰੀਨ]] [[OTHER_SPECIAL:ਗੋਰੀ]] ਹੈ ਪਰ ਮੇਰੀ ਭੈਣਾਂ ਵਰਗੀ,
ਉਹ ਮੈਨੂੰ ਚਾਹ ਬਣਾਉਣੀ ਸਿਖਾਉਂਦੀ ਸੀ ਅੰਗਰੇਜ਼ਾਂ ਵਾਲੀ, ਹਾਹਾ। ਖੈਰ। ਮੈਨੂੰ
[[HEALTH:ਗੋਡਿਆਂ ਦਾ ਗਠੀਆ]] ਹੈ, ਪੌੜੀਆਂ ਨਹੀਂ ਚੜ੍ਹ ਹੁੰਦੀਆਂ। [[ADDRESS:Oakley Road Surgery]] ਵਾਲੀ
ਡਾਕਟਰਨੀ ਨੇ ਲਿਖ ਕੇ ਦਿੱਤਾ ਕਿ ਪੌੜੀਆਂ ਵਾਲੀ ਲਿਫ਼ਟ ਚਾਹੀਦੀ ਹੈ। [[ORGANISATION:Chalkhill Homes]] ਨੇ ਕਿਹਾ
ਮਨਜ਼ੂਰ ਹੈ, ਫਿਰ ਸਾਲ ਭਰ ਕੁਝ ਨਹੀਂ। ਮੈਂ ਹੇਠਾਂ ਸੋਫ਼ੇ ਤੇ ਸੌਂਦੀ ਰਹੀ, ਨਹਾਉਣ ਲਈ ਪੋਤਰਾ [[PERSON:ਲਾਡੀ]]
ਮੈਨੂੰ ਚੁੱਕ ਕੇ ਲੈ ਜਾਂਦਾ ਸੀ। ਫਿਰ ਪੋਤਰੀ [[PERSON:ਪਿੰਕੀ]], ਜਿਹੜੀ ਵਕੀਲ ਬਣਨ ਲਈ ਪੜ੍ਹਦੀ ਹੈ, ਉਸਨੇ
ਸ਼ਿਕਾਇਤ ਲਿਖੀ, ਨੰਬਰ [[REFERENCE:CHH-ADP-2087]]। ਉਹ ਕਹਿੰਦੀ, ਬੀਜੀ, ਹੁਣ ਸਿੱਧਾ ਓਮਬਡਸਮੈਨ ਕੋਲ ਜਾ
ਸਕਦੇ ਹਾਂ। ਪਰ ਲੋੜ ਨਹੀਂ ਪਈ। ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ ਉਹਨਾਂ ਨੇ ਮੰਨਿਆ ਕਿ ਕਾਗਜ਼ ਠੇਕੇਦਾਰ ਤੱਕ ਪਹੁੰਚੇ ਹੀ ਨਹੀਂ ਸਨ।
[[ORGANISATION:Stairglide UK]] ਵਾਲੇ ਤਿੰਨ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਲਿਫ਼ਟ ਲਾ ਗਏ, ਮਾਫ਼ੀ ਦੀ ਚਿੱਠੀ ਆਈ ਤੇ ਪੈਸੇ ਵੀ।
ਹੁਣ ਉਹ ਹਰ ਮਹੀਨੇ ਵੇਖਦੇ ਹਨ ਕਿ ਕਿਹੜਾ ਕੰਮ ਅਟਕਿਆ ਹੈ। ਹੁਣ ਮੈਂ ਆਪਣੇ ਮੰਜੇ ਤੇ ਸੌਂਦੀ ਹਾਂ, ਵਾਹਿਗੁਰੂ ਦੀ
ਕਿਰਪਾ।
"""),
    ),
    (
        "fv2t-pa-03",
        "pa",
        _s("""
ਕਿਰਾਏਦਾਰਾਂ ਦੀ ਮੀਟਿੰਗ ਵਿੱਚ ਗਵਾਹੀ, ਲਿਖਤੀ ਰੂਪ। ਮੇਰਾ ਨਾਮ [[PERSON:ਅਮਨਦੀਪ ਸੰਧੂ]] ਹੈ, ਮੈਂ
[[ADDRESS:ਵਿਕਟੋਰੀਆ ਮਿੱਲ]] ਵਿੱਚ ਰਹਿੰਦਾ ਹਾਂ, ਪੁਰਾਣੀ ਮਿੱਲ ਜਿਸਦੇ ਫਲੈਟ ਬਣਾਏ ਗਏ, [[ADDRESS:ਫਲੈਟ ਤਿੰਨ ਬੀ]],
ਪੋਸਟਕੋਡ [[POSTCODE:bd7 1nq]]। ਸਾਡੇ ਉੱਪਰ ਵਾਲੇ ਫਲੈਟ ਵਿੱਚ [[PERSON:ਡੈਰਨ]] ਨਾਂ ਦਾ ਬੰਦਾ ਆਇਆ, ਉਸਦੇ ਦੋ
ਵੱਡੇ ਕੁੱਤੇ ਸਾਰੀ ਰਾਤ ਭੌਂਕਦੇ, ਤੇ ਉਹ ਆਪ ਰਾਤ ਦੇ ਦੋ ਵਜੇ ਉੱਚੀ ਸੰਗੀਤ ਲਾਉਂਦਾ। ਮੇਰੀ ਧੀ
[[PERSON:ਨਿਮਰਤ]] [[AGE:ਗਿਆਰਾਂ ਸਾਲ]] ਦੀ ਹੈ, ਉਸਨੂੰ [[HEALTH:ਐਂਗਜ਼ਾਇਟੀ]] ਹੈ, ਇੱਕ ਦਿਨ ਪੌੜੀਆਂ ਵਿੱਚ
ਕੁੱਤੇ ਉਸ ਉੱਤੇ ਝਪਟੇ ਤੇ ਉਸ ਤੋਂ ਬਾਅਦ ਉਹ ਸਕੂਲ ਜਾਣ ਤੋਂ ਡਰਨ ਲੱਗੀ। ਮੈਂ
[[ORGANISATION:Greystone Housing Trust]] ਨੂੰ ਛੇ ਵਾਰ ਦੱਸਿਆ। ਹਰ ਵਾਰ ਕਹਿੰਦੇ ਡਾਇਰੀ ਭਰੋ। ਡਾਇਰੀਆਂ
ਭਰ ਭਰ ਕੇ ਮੇਰੇ ਕੋਲ ਤਿੰਨ ਕਾਪੀਆਂ ਹੋ ਗਈਆਂ। ਫਿਰ ਮੈਂ ਰਸਮੀ ਸ਼ਿਕਾਇਤ ਕੀਤੀ ਕਿ ਮੇਰੇ ਕੇਸ ਤੇ ਕੋਈ ਕਾਰਵਾਈ ਨਹੀਂ
ਹੋਈ। ਐਂਟੀਸੋਸ਼ਲ ਕੇਸ ਨੰਬਰ [[REFERENCE:GHT-ASB-1472]], ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:GHT-C-90318]]। ਨਵੀਂ
ਅਫ਼ਸਰ [[PERSON:ਜੋ]] ਨੇ ਕੇਸ ਲਿਆ, ਉਸਨੇ ਸ਼ੋਰ ਮਾਪਣ ਵਾਲੀ ਮਸ਼ੀਨ ਲਾਈ, [[PERSON:ਡੈਰਨ]] ਨੂੰ ਚੇਤਾਵਨੀ ਦਿੱਤੀ, ਤੇ ਕੁੱਤਿਆਂ
ਬਾਰੇ ਕੌਂਸਲ ਨਾਲ ਗੱਲ ਕੀਤੀ। ਸਾਡੇ ਦਰਵਾਜ਼ੇ ਤੇ ਕੈਮਰੇ ਵਾਲੀ ਘੰਟੀ ਲਾਈ। ਦੋ ਮਹੀਨਿਆਂ ਵਿੱਚ ਸ਼ਾਂਤੀ ਹੋ ਗਈ।
ਟਰੱਸਟ ਨੇ ਲਿਖ ਕੇ ਮੰਨਿਆ ਕਿ ਡਾਇਰੀਆਂ ਪੜ੍ਹੀਆਂ ਹੀ ਨਹੀਂ ਗਈਆਂ ਸਨ, ਤੇ ਹੁਣ ਹਰ ਕੇਸ ਦੀ ਹਰ ਦੋ ਹਫ਼ਤੇ ਸਮੀਖਿਆ
ਹੁੰਦੀ ਹੈ। ਕਿਸੇ ਨੂੰ ਡਾਇਰੀ ਦਾ ਨਮੂਨਾ ਚਾਹੀਦਾ ਹੋਵੇ ਤਾਂ ਮੈਨੂੰ ਲਿਖੋ: [[EMAIL:aman.sandhu@example.org]]।
"""),
    ),
    (
        "fv2t-pa-04",
        "pa",
        _s("""
ਛੱਤ ਡਿੱਗ ਪਈ! ਲਿਖਿਆ [[PERSON:ਜਸਲੀਨ]] ਨੇ, ਪਾਪਾ ਦੀ ਮਦਦ ਨਾਲ। ਮੈਂ [[AGE:ਦਸ ਸਾਲ]] ਦੀ ਹਾਂ ਤੇ
[[ADDRESS:ਹੌਲਿਨਜ਼ ਪਾਰਕ ਪ੍ਰਾਇਮਰੀ]] ਵਿੱਚ ਪੜ੍ਹਦੀ ਹਾਂ। ਸਾਡਾ ਘਰ [[ADDRESS:ਉਪਰਲਾ ਫਲੈਟ, ਬਾਈ ਨੰਬਰ]] ਹੈ,
ਮਠਿਆਈ ਵਾਲੀ ਦੁਕਾਨ [[ADDRESS:ਸ਼ੇਰ-ਏ-ਪੰਜਾਬ ਸਵੀਟਸ]] ਦੇ ਉੱਤੇ। ਮੇਰੇ ਕਮਰੇ ਦੀ ਛੱਤ ਉੱਤੇ ਭੂਰਾ ਦਾਗ
ਸੀ, ਫਿਰ ਉਹ ਵੱਡਾ ਹੁੰਦਾ ਗਿਆ ਤੇ ਪਾਣੀ ਟਪਕਣ ਲੱਗਾ। ਮੈਂ ਤੇ ਮੇਰਾ ਛੋਟਾ ਭਰਾ [[PERSON:ਗੁੱਡੂ]] ਬਾਲਟੀ ਰੱਖਦੇ
ਸੀ। ਇੱਕ ਸ਼ਨੀਵਾਰ ਸਵੇਰੇ ਛੱਤ ਦਾ ਟੁਕੜਾ ਮੇਰੇ ਬਿਸਤਰੇ ਉੱਤੇ ਡਿੱਗ ਪਿਆ! ਮੈਂ ਉਸ ਵੇਲੇ ਨਾਸ਼ਤਾ ਕਰ ਰਹੀ ਸੀ, ਸ਼ੁਕਰ
ਹੈ। ਪਾਪਾ ਨੇ [[ORGANISATION:Mersey Vale Homes]] ਨੂੰ ਫ਼ੋਟੋਆਂ ਭੇਜੀਆਂ। ਉਸੇ ਦਿਨ ਪਲੰਬਰ [[PERSON:ਕੇਵਿਨ]]
ਅੰਕਲ ਆਏ, ਉਹਨਾਂ ਨੇ ਛੱਤ ਵਿੱਚ ਟੁੱਟੀ ਪਾਈਪ ਲੱਭੀ। ਫਿਰ ਬੰਦੇ ਆਏ ਨਵੀਂ ਛੱਤ ਲਾਉਣ, ਤੇ ਮੇਰੇ ਕਮਰੇ ਨੂੰ ਪੀਲਾ ਰੰਗ
ਕਰ ਦਿੱਤਾ, ਮੈਂ ਚੁਣਿਆ ਸੀ। ਮੈਂ ਸਿੱਖਿਆ ਕਿ ਦਾਗ ਵੇਖੋ ਤਾਂ ਜਲਦੀ ਦੱਸੋ। ਪਾਪਾ ਦਾ ਨੋਟ: ਮੈਂ
[[PERSON:ਰਵਿੰਦਰ ਸਿੰਘ ਗਿੱਲ]]। ਦਾਗ ਬਾਰੇ ਮੈਂ ਚਾਰ ਮਹੀਨੇ ਪਹਿਲਾਂ ਦੱਸਿਆ ਸੀ, ਕੋਈ ਨਹੀਂ ਆਇਆ। ਸ਼ਿਕਾਇਤ ਨੰਬਰ
[[REFERENCE:MVH-22671]]। ਉਹਨਾਂ ਨੇ ਮੰਨਿਆ ਕਿ ਪਹਿਲੀ ਰਿਪੋਰਟ "ਕਾਸਮੈਟਿਕ" ਲਿਖ ਕੇ ਬੰਦ ਕਰ ਦਿੱਤੀ ਗਈ ਸੀ।
ਹੁਣ ਛੱਤ ਦੇ ਹਰ ਦਾਗ ਦੀ ਜਾਂਚ ਪੰਜ ਦਿਨਾਂ ਵਿੱਚ ਹੁੰਦੀ ਹੈ। ਚਾਰ ਸੌ ਪੰਜਾਹ ਪੌਂਡ ਮੁਆਵਜ਼ਾ ਉਸ ਖਾਤੇ ਵਿੱਚ ਆਇਆ
ਜਿਸਦੇ ਆਖ਼ਰੀ ਅੰਕ [[OTHER_ID:5519]] ਹਨ। ਫ਼ੋਨ: [[PHONE:0151 496 0733]]।
"""),
    ),
    (
        "fv2t-pa-05",
        "pa",
        _s("""
ਦੁਭਾਸ਼ੀਏ ਰਾਹੀਂ ਗੱਲਬਾਤ ਦੇ ਨੋਟ। ਅਫ਼ਸਰ: ਇਹਨਾਂ ਨੂੰ ਪੁੱਛੋ ਕਿ ਕੀ ਹੋਇਆ ਸੀ। ਦੁਭਾਸ਼ੀਆ: ਮੈਂ
[[PERSON:ਮਨਪ੍ਰੀਤ]] ਹਾਂ, ਦੁਭਾਸ਼ੀਆ। ਇਹ ਕਹਿੰਦੇ ਹਨ ਕਿ ਇਹਨਾਂ ਦਾ ਨਾਮ [[PERSON:ਜੋਗਿੰਦਰ ਸਿੰਘ ਮਾਨ]] ਹੈ,
ਉਮਰ [[AGE:ਇਕਾਸੀ ਸਾਲ]], ਤੇ ਇਹ [[ADDRESS:ਹੌਥੌਰਨ ਟਾਵਰ]] ਦੀ ਨੌਵੀਂ ਮੰਜ਼ਿਲ ਤੇ
[[ADDRESS:ਫਲੈਟ ਚੁਰਾਸੀ]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ। ਇਹ ਕਹਿੰਦੇ ਹਨ — ਮਾਫ਼ ਕਰਨਾ, ਇਹ ਦੁਹਰਾ ਰਹੇ ਹਨ — ਕਿ ਦਸੰਬਰ
ਵਿੱਚ ਰਸੋਈ ਵਾਲਾ ਕਾਰਬਨ ਮੋਨੋਆਕਸਾਈਡ ਅਲਾਰਮ ਵੱਜਿਆ। ਇਹਨਾਂ ਦੀ ਪਤਨੀ [[PERSON:ਸੁਰਜੀਤ]] ਜੀ ਨੂੰ
[[HEALTH:ਡਿਮੈਂਸ਼ੀਆ]] ਹੈ, ਉਹ ਸਿਰ ਦਰਦ ਤੇ ਚੱਕਰਾਂ ਦੀ ਸ਼ਿਕਾਇਤ ਕਰ ਰਹੇ ਸਨ। ਗੈਸ ਵਾਲੇ ਆਏ ਤਾਂ ਪਤਾ ਲੱਗਾ ਕਿ
ਬੌਇਲਰ ਦੀ ਸਾਲਾਨਾ ਜਾਂਚ ਦੋ ਸਾਲਾਂ ਤੋਂ ਨਹੀਂ ਹੋਈ ਸੀ। ਇਹ ਕਹਿੰਦੇ ਹਨ ਕਿ ਚਿੱਠੀਆਂ ਆਈਆਂ ਸਨ, ਪਰ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ,
ਤੇ ਇਹਨਾਂ ਨੂੰ ਲੱਗਾ ਇਹ ਬਿੱਲ ਹਨ। ਇਹਨਾਂ ਨੇ ਸ਼ਨਾਖ਼ਤ ਲਈ ਆਪਣਾ ਪਾਸਪੋਰਟ ਵਿਖਾਇਆ, ਨੰਬਰ
[[OTHER_ID:Z7731840]]। ਅਫ਼ਸਰ: ਮਕਾਨ ਮਾਲਕ ਕੌਣ ਹੈ? ਦੁਭਾਸ਼ੀਆ: [[ORGANISATION:Kingsmere Housing]]।
ਇਹਨਾਂ ਦਾ ਪੋਤਾ [[PERSON:ਹੈਰੀ]], ਜਿਸਦਾ ਪੂਰਾ ਨਾਮ [[PERSON:ਹਰਕੀਰਤ]] ਹੈ, ਸ਼ਿਕਾਇਤ ਵਿੱਚ ਮਦਦ ਕਰਦਾ ਹੈ।
ਨਤੀਜਾ: ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:KMH-GS-5530]] ਦਰਜ ਹੋਈ। [[ORGANISATION:Kingsmere Housing]] ਨੇ
ਮੰਨਿਆ ਕਿ ਚਿੱਠੀ ਤੋਂ ਬਿਨਾਂ ਹੋਰ ਕੋਈ ਕੋਸ਼ਿਸ਼ ਨਹੀਂ ਕੀਤੀ ਗਈ ਸੀ। [[ORGANISATION:SafeFlame Gas]] ਨੇ ਨਵਾਂ
ਬੌਇਲਰ ਲਾਇਆ। ਹੁਣ ਜਾਂਚ ਤੋਂ ਪਹਿਲਾਂ ਫ਼ੋਨ ਪੰਜਾਬੀ ਵਿੱਚ ਕੀਤਾ ਜਾਂਦਾ ਹੈ ਤੇ ਜਵਾਬ ਨਾ ਮਿਲੇ ਤਾਂ ਅਫ਼ਸਰ ਦਰਵਾਜ਼ੇ ਤੇ
ਆਉਂਦਾ ਹੈ। ਇਹ ਕਹਿੰਦੇ ਹਨ, ਬਹੁਤ ਮਿਹਰਬਾਨੀ।
"""),
    ),
    (
        "fv2t-pl-01",
        "pl",
        _s("""
PROWADZĄCA: Dzień dobry, tu „Głos Wyspy”, audycja dla Polaków na Północy, przy mikrofonie
[[PERSON:Marta]]. Moim gościem jest pani [[PERSON:Bożena Wróblewska]], dla przyjaciół
[[PERSON:Bożenka]]. Pani [[PERSON:Bożeno]], gdzie pani mieszka? GOŚĆ: Na osiedlu
[[ADDRESS:Greenbank]], w tym wysokim bloku przy pętli autobusowej, [[ADDRESS:Thornfield House]],
ostatnie piętro, [[ADDRESS:mieszkanie sześćdziesiąt]]. PROWADZĄCA: I dach przeciekał? GOŚĆ: Przez
całą jesień. Jak padało, to w przedpokoju stały trzy miski. Mąż, [[PERSON:Zbyszek]], ma
[[HEALTH:POChP]] i od wilgoci dusił się w nocy. Dzwoniłam do [[ORGANISATION:Highcliffe Homes]] chyba
dwadzieścia razy. Raz przyszedł pan, popatrzył w sufit i powiedział „to kondensacja”. Kondensacja,
która kapie przez lampę! PROWADZĄCA: I co pani zrobiła? GOŚĆ: Wnuczka, [[PERSON:Gosia]], ona ma
[[AGE:szesnaście lat]] i wszystko umie w internecie, napisała ze mną skargę. Numer
[[REFERENCE:HCH/4471/R]]. W pierwszym etapie przeprosili, ale dalej nic. W drugim etapie przyjechała
kierowniczka, pani [[PERSON:Okafor]], weszła z nami na dach z [[ORGANISATION:Skyline Roofing Services]]
i od razu zobaczyła pękniętą membranę. Dach zrobili w dwa tygodnie, pomalowali sufity, dali
osuszacz i sześćset pięćdziesiąt funtów. I napisali, że teraz każde zgłoszenie przecieku z ostatniego
piętra sprawdza dekarz, a nie ktoś z biura. PROWADZĄCA: Co by pani poradziła słuchaczom? GOŚĆ:
Róbcie zdjęcia i zapisujcie daty. Nie dajcie sobie wmówić, że to wasza wina. PROWADZĄCA: Dziękuję,
pani [[PERSON:Bożeno]]. A jeśli potrzebujecie pomocy, dzwońcie:
[[PHONE:zero siedem siedem zero zero, dziewięć zero zero, trzy cztery jeden]].
"""),
    ),
    (
        "fv2t-pl-02",
        "pl",
        _s("""
Zebranie lokatorów, wypowiedź mieszkańca (spisane z nagrania, bez polskich znaków). Nazywam sie
[[PERSON:Grzegorz Kaczmarczyk]], wszyscy mowia na mnie [[PERSON:Grzesiek]]. Mieszkam w
[[ADDRESS:Raven Court]], [[ADDRESS:mieszkanie nr 11]], to ten blok nad sklepem
[[ADDRESS:Delikatesy Smak]], kod [[POSTCODE:pe1 5lx]]. Zeszlego lata mielismy pluskwy. Najpierw
myslelismy, ze to komary, bo synek, [[PERSON:Kubus]], ma [[AGE:trzy latka]] i byl caly pogryziony, a
on ma [[HEALTH:atopowe zapalenie skory]], wiec drapal sie do krwi. Zona, [[PERSON:Agnieszka]], nie
spala tygodniami. Sasiadka z naprzeciwka, [[PERSON:Jolka]], tez miala, i [[PERSON:Stacey]] z parteru
tez. Zglosilismy do [[ORGANISATION:Dunmore Housing Group]] i uslyszelismy, ze to nasza sprawa, mamy
sami zaplacic. Wyrzucilismy materac i kanape, a pluskwy wrocily po miesiacu, bo przechodzily przez
sciany. Wtedy napisalem formalna skarge, numer [[REFERENCE:DHG-C-57306]], i dolaczylem podpisy od
osmiu mieszkan. Po drugim etapie przyznali, ze jak jest problem w calym bloku, to oni odpowiadaja.
Firma [[ORGANISATION:Clearwell Pest Solutions]] zrobila caly budynek na raz, dwa razy, z
kontrola po szesciu tygodniach. Dostalismy zwrot za materac i kanape i przeprosiny. Teraz maja
zasade, ze jak sa dwa zgloszenia z jednego bloku, to sprawdzaja wszystkie mieszkania. Czego sie
nauczylem? Ze razem sasiedzi sa silniejsi. Jak ktos chce wzor pisma, moj mail:
[[EMAIL:grzes.kaczmarczyk@example.net]].
"""),
    ),
    (
        "fv2t-pl-03",
        "pl",
        _s("""
Nagranie do projektu historii mówionej. Nazywam się [[PERSON:Tadeusz Wiśniewski]], urodziłem się
[[DATE_OF_BIRTH:czternastego listopada tysiąc dziewięćset czterdziestego dziewiątego roku]] w
obozie dla polskich żołnierzy i ich rodzin pod Ipswich, więc mam [[AGE:siedemdziesiąt cztery lata]].
Ojciec był spod Monte Cassino, ale to inna historia. Z żoną, [[PERSON:Krysią]], świeć Panie nad jej
duszą, mieszkaliśmy w Bradford trzydzieści lat. Teraz jestem w [[ADDRESS:Lindley Court]], to ten dom
dla seniorów zaraz za [[ADDRESS:kościołem Matki Boskiej Częstochowskiej]], bo jestem
[[OTHER_SPECIAL:katolikiem]] i chcę mieć blisko na mszę. Mój sąsiad, pan [[PERSON:Mietek]], on gra na
akordeonie, czasem za głośno. No, ale sprawa. Mam [[HEALTH:niewydolność serca]] i mieszkam na drugim
piętrze, [[ADDRESS:mieszkanie czternaście]]. Winda nie działała od marca do czerwca. A do tego
[[ORGANISATION:Amberleigh Retirement Living]] zabrało nam opiekunkę na miejscu, zostawili tylko
telefon. Siostrzenica, [[PERSON:Ewelina]], pomogła napisać skargę, numer [[REFERENCE:ARL-2023-0815]]. W
formularzu podałem numer ubezpieczenia, [[NI_NUMBER:PX 48 15 73 A]], bo chcieli do rekompensaty.
Pani kierownik [[PERSON:Fiona]] przyjechała, przeprosiła, przyznała, że nikt nie sprawdził, kto w
budynku nie może chodzić po schodach. Windę naprawili, dali listę osób, którym w razie awarii nosi się
zakupy, i przywrócili opiekunkę na trzy dni w tygodniu. Czego się nauczyli? Że starszy człowiek też
umie się poskarżyć.
"""),
    ),
    (
        "fv2t-pl-04",
        "pl",
        _s("""
Moja historia o grzybie. Napisała [[PERSON:Ola Nowicka]], [[AGE:8 lat]], razem z mamą. Mieszkam z
mamą i bratem [[PERSON:Tymkiem]] w domu [[ADDRESS:42A Elsdon Street]], to ten z czerwoną bramką
koło placu zabaw. Chodzę do [[ADDRESS:St Joseph's Catholic Primary]], do trzeciej klasy. W moim
pokoju w rogu był czarny grzyb i pachniało jak w piwnicy. Moje pluszaki były mokre. [[PERSON:Tymek]] ma
[[AGE:pięć lat]] i kaszlał całą zimę, lekarz powiedział, że to [[HEALTH:astma]]. Mama dzwoniła i
dzwoniła. Potem przyszedł pan [[PERSON:Rob]] z [[ORGANISATION:Sunbury Vale Homes]] z takim
urządzeniem, co piszczy jak jest mokro, i ono piszczało bardzo głośno! Pan [[PERSON:Rob]] powiedział,
że rynna jest dziurawa i woda leci po ścianie. Naprawili rynnę, wysuszyli ścianę i pomalowali mój
pokój na fioletowo. Nauczyłam się, że trzeba mówić dorosłym, jak coś jest nie tak. Dopisek mamy: Jestem
[[PERSON:Magdalena Nowicka]], kod pocztowy [[POSTCODE:NN1 3EW]]. Skarga nr [[REFERENCE:SBV-60219]].
Dopiero kiedy wrzuciłam zdjęcia na swoje konto [[OTHER_ID:@magda.n.nn]], ktoś z biura zadzwonił.
W odpowiedzi na skargę przyznali, że pierwsze zgłoszenie zamknięto bez wizyty. Teraz każde
zgłoszenie pleśni w domu, gdzie są dzieci, ma wizytę w ciągu dwóch tygodni. Dostaliśmy
przeprosiny i czterysta funtów na nowe łóżko i zabawki.
"""),
    ),
    (
        "fv2t-pl-05",
        "pl",
        _s("""
Notatka ze spotkania z tłumaczką. URZĘDNICZKA: Proszę zapytać, co się działo. TŁUMACZKA: Nazywam się
[[PERSON:Kinga Lis]], tłumaczę dziś dla pana. Pan mówi, że nazywa się [[PERSON:Wiesław Dąbrowski]] i
mieszka w ostatnim domku w szeregu, [[ADDRESS:58 Mortimer Close]]. Od lutego dzieci z sąsiedztwa
krzyczały pod oknem, że są [[OTHER_SPECIAL:Polakami]] i mają wracać do siebie, rzucały jajkami w okna.
Ktoś wydrapał obraźliwe słowo na jego samochodzie, rejestracja [[OTHER_ID:WP13 KZN]]. Pan mówi — przepraszam,
on prosi, żebym dokładnie powtórzyła — że żona, [[PERSON:Halina]], ma [[HEALTH:depresję]] i przestała
wychodzić z domu. Pan zgłaszał to do [[ORGANISATION:Fenland Meadows Housing]], ale dostawał tylko
listy po angielsku, a przez telefon nikt go nie rozumiał. URZĘDNICZKA: Czy ma numer sprawy?
TŁUMACZKA: Tak, [[REFERENCE:FMH-ASB-0339]]. Dalszy ciąg: z panem [[PERSON:Wiesławem]] spotkała się
opiekunka sprawy [[PERSON:Danielle]] z tłumaczką. [[ORGANISATION:Fenland Meadows Housing]] przyznało,
że sprawę uznano za „spór sąsiedzki”, a nie za nękanie na tle narodowościowym. Założono kamerę,
rodziny sprawców dostały ostrzeżenia, a samochód naprawiono na koszt sprawców. Teraz każde zgłoszenie
z wątkiem narodowości czy religii trafia od razu do starszego specjalisty, a tłumacz jest zamawiany
automatycznie. Pan [[PERSON:Wiesław]] mówi, że pierwszy raz od roku [[PERSON:Halinka]] poszła sama do
sklepu.
"""),
    ),
    (
        "fv2t-ro-01",
        "ro",
        _s("""
MODERATOARE: Bună seara, ascultați „Acasă departe de casă”, sunt [[PERSON:Cristina]]. Azi o avem
în studio pe doamna [[PERSON:Florica Munteanu]], tanti [[PERSON:Flori]] pentru toată lumea din bloc.
Unde locuiți, tanti [[PERSON:Flori]]? INVITATA: În [[ADDRESS:Ashcombe Tower]], blocul gri de lângă
[[ADDRESS:biserica Sfântul Nicolae]], la etajul cinci, [[ADDRESS:apartamentul cincizeci și doi]].
Acolo stau cu fiica mea, [[PERSON:Loredana]], și cu nepoțelul, [[PERSON:Tudorel]], care are
[[AGE:doi ani]]. Ne-am mutat în martie și până în noiembrie pereții din dormitor erau negri de
mucegai. [[PERSON:Tudorel]] a făcut [[HEALTH:bronșiolită]] și a stat patru nopți în spital.
MODERATOARE: Ce v-a spus proprietarul? INVITATA: [[ORGANISATION:Westfield Crescent Homes]] ne-a zis
să ștergem cu înălbitor și să aerisim. Am aerisit, doamnă, iarna, cu copil mic! Atunci vecina de
palier, [[PERSON:Aisha]], ne-a arătat cum se face plângere scrisă. Am primit numărul
[[REFERENCE:WCH-31852]]. La etapa a doua a venit un inspector, domnul [[PERSON:Pritchard]], a
măsurat umezeala și a găsit că ventilatorul din baie nu fusese legat niciodată la curent, de la
renovare. L-au legat, au tratat pereții, au pus izolație și ne-au dat opt sute de lire și scuze
scrise. Și au verificat toate apartamentele renovate de aceeași firmă. MODERATOARE: Ce i-ați spune
cuiva în situația dumneavoastră? INVITATA: Să nu se rușineze. Mucegaiul nu e vina noastră.
MODERATOARE: Mulțumim, tanti [[PERSON:Flori]]. Dacă aveți nevoie de ajutor, sunați-ne la
[[PHONE:zero doi zero, șapte nouă patru șase, zero doi opt nouă]].
"""),
    ),
    (
        "fv2t-ro-02",
        "ro",
        _s("""
Sedinta locatarilor, declaratie (transcrisa, fara diacritice). Buna seara, sunt
[[PERSON:Costel Dumitrescu]], nea [[PERSON:Costel]] de la [[ADDRESS:apartamentul 5]], in
[[ADDRESS:Beaumont House]], blocul de deasupra magazinului romanesc [[ADDRESS:La Doi Frati]], cod
postal [[POSTCODE:E17 6PW]]. Stiti toti camera de gunoi din spate. Anul trecut s-a stricat usa,
toata lumea din strada venea si arunca saltele, mobila, saci. Au venit sobolanii. Vecina mea
[[PERSON:Mariana]] a gasit unul in bucatarie, si domnul [[PERSON:Bello]] de la parter la fel.
Nepotica mea, [[PERSON:Bianca]], care sta la noi, are [[AGE:sase ani]] si nu mai iesea in curte.
Am sunat la [[ORGANISATION:Lea Valley Living]] de zeci de ori, fiecare data alt om, fiecare data
"am notat". Nimeni nu suna inapoi. Atunci am facut plangere formala, numarul [[REFERENCE:LVL-C-2206]],
si am pus poze cu data pe ele. Raspunsul de la prima etapa a venit dupa sapte saptamani, prea
tarziu, asa ca am cerut etapa a doua. Acolo, doamna [[PERSON:Gemma]], managerul de zona, a venit
sa vada cu ochii ei. Au pus usa noua cu cod, au chemat [[ORGANISATION:RatStop London]] pentru tot
blocul, au facut curatenie mare si au pus camera. Ne-au dat cate o suta cincizeci de lire pe
apartament. Si au recunoscut ca apelurile nu erau legate intre ele. Acum fiecare problema are un
singur numar si un om care raspunde. Daca vreti sa va ajut cu o scrisoare, scrieti-mi la
[[EMAIL:costel punct dumitrescu arond example punct org]].
"""),
    ),
    (
        "fv2t-ro-03",
        "ro",
        _s("""
Înregistrare pentru proiectul de istorie orală. Mă cheamă [[PERSON:Elisabeta Pop]], m-am născut pe
[[DATE_OF_BIRTH:douăzeci și doi aprilie, o mie nouă sute cincizeci și unu]], lângă Sibiu, deci am
[[AGE:șaptezeci și trei de ani]]. Noi suntem [[OTHER_SPECIAL:romi]], și n-a fost ușor nici acolo,
nici aici. Am venit în două mii cincisprezece după fata mea, [[PERSON:Daniela]]. Bărbatul meu,
[[PERSON:Gheorghe]], Dumnezeu să-l ierte, n-a mai apucat. Stau pe
[[ADDRESS:Sorrel Lane, numărul nouăsprezece]], casa din colț cu trandafiri, că le plantez eu. Vecinul,
[[PERSON:Derek]], e bun om, îmi duce gunoiul. Nepoții, [[PERSON:Denisa]] și [[PERSON:Sebi]], vin
duminica. Acum, necazul. Anul trecut prizele din bucătărie au început să scoată scântei și să
miroasă a ars. Eu am [[HEALTH:diabet]] și [[HEALTH:cataractă]], nu văd bine, mi-era frică să nu iau
foc. Am sunat la [[ORGANISATION:Brookmead Housing]], dar nu înțelegeau ce zic, și au închis. Trei
săptămâni am gătit pe un reșou în sufragerie. [[PERSON:Denisa]], ea are [[AGE:cincisprezece ani]] și
vorbește engleză ca ei, a scris plângerea, numărul [[REFERENCE:BMH-EL-4419]]. A doua zi au venit de
la [[ORGANISATION:Voltcheck Electrical]] și au zis că instalația era periculoasă, au schimbat-o
toată. Mi-au cerut scuze că nu mi-au găsit traducător de la început și mi-au dat trei sute de lire.
Acum scrie în dosarul meu că am nevoie de interpret. Așa, maică. Să nu taceți.
"""),
    ),
    (
        "fv2t-ro-04",
        "ro",
        _s("""
Fereastra de la etajul nouă, de [[PERSON:Ștefania Stoica]], [[AGE:unsprezece ani]], scrisă cu tata.
Locuim în [[ADDRESS:Merriott Tower]], la etajul nouă, [[ADDRESS:apartamentul 73]]. Eu merg la
[[ADDRESS:Kingsway Academy]], în clasa a șasea. Fratele meu mic, [[PERSON:Luca]], are
[[AGE:trei ani]] și se urcă peste tot, pe canapea, pe masă, pe pervaz. Într-o zi am văzut că
fereastra din camera lui se deschidea de tot, pentru că limitatorul era rupt. M-am speriat foarte
tare. Tata a sunat la [[ORGANISATION:Greenhaven Homes]] și i-au spus că e o reparație normală, în
douăzeci și opt de zile. Douăzeci și opt de zile cu [[PERSON:Luca]]! Am povestit la școală și
doamna [[PERSON:Patel]], dirigintă, a zis că e foarte periculos și că trebuie să scriem o plângere.
Am scris-o împreună, eu am făcut desenul cu fereastra. După două zile a venit un domn, [[PERSON:Jamal]],
și a pus limitatoare noi la toate ferestrele, chiar și în bucătărie. Am învățat că uneori trebuie să
spui „e periculos”, nu doar „e stricat”. Nota tatălui: sunt [[PERSON:Adrian Stoica]]. Numărul
plângerii [[REFERENCE:GHH-20577]]. [[ORGANISATION:Greenhaven Homes]] a recunoscut că un limitator
rupt la etaj trebuia tratat ca urgență și a schimbat regulile: acum e reparat în douăzeci și
patru de ore. Telefon: [[PHONE:+44 (0)113 496 0642]].
"""),
    ),
    (
        "fv2t-ro-05",
        "ro",
        _s("""
Notițe de la întâlnire, cu interpret. OFIȚERUL: Întrebați-o, vă rog, de la ce a pornit. INTERPRETUL:
Sunt [[PERSON:Răzvan Moldovan]], interpret. Doamna spune că se numește [[PERSON:Andreea Ciobanu]],
stă la [[ADDRESS:flat 2, 61 Harcourt Road]], are [[OTHER_SPECIAL:pre-settled status]] și lucrează în
ture de noapte la un cămin de bătrâni. Spune — scuzați, repetă să fie clar — că chiuveta din bucătărie
curgea în dulap, dulapurile s-au umflat și au putrezit. A cerut reparație în ianuarie. Muncitorii de la
[[ORGANISATION:FixRight Maintenance]] n-au venit de șase ori, iar ea a pierdut de fiecare dată o tură
ca să-i aștepte. Fetița ei, [[PERSON:Maria]], are [[AGE:patru ani]] și are [[HEALTH:alergie la mucegai]].
Spune că la telefon i s-a cerut buletinul, i-a dat numărul [[OTHER_ID:RX 482913]], și tot nu s-a
înregistrat plângerea, pentru că „nu era în sistem”. OFIȚERUL: Proprietarul? INTERPRETUL:
[[ORGANISATION:Ashdown Park Housing]]. Rezultatul: plângerea a fost înregistrată cu numărul
[[REFERENCE:APH-84170]]. [[ORGANISATION:Ashdown Park Housing]] a recunoscut că statutul ei nu avea nicio
legătură cu dreptul de a face plângere și că programările ratate nu fuseseră urmărite. Bucătăria a fost
înlocuită în trei săptămâni. I s-au plătit turele pierdute plus despăgubire, în contul cu sort code
[[OTHER_ID:60-14-92]], terminat în [[OTHER_ID:7703]]. Acum chiriașii primesc mesaj cu ora exactă și
despăgubire automată pentru fiecare vizită ratată. Doamna spune mulțumesc.
"""),
    ),
    (
        "fv2t-ur-01",
        "ur",
        _s("""
میزبان: السلام علیکم، آپ سن رہے ہیں "ہمارا گھر، ہماری آواز"، میں ہوں [[PERSON:عائشہ]]۔ آج ہمارے
ساتھ ہیں [[PERSON:شمیم اختر]]، جنہیں پورا محلہ [[PERSON:شمیم]] آپا کہتا ہے۔ آپا، آپ کہاں رہتی ہیں؟
مہمان: وعلیکم السلام بیٹا۔ [[ADDRESS:جامع مسجد غوثیہ]] کے پیچھے والی گلی میں،
[[ADDRESS:سٹارلنگ سٹریٹ کا پندرہ نمبر]]، جس کے باہر انگور کی بیل ہے۔ پچھلے سال باورچی خانے کا
فرش نیچے سے گل گیا تھا، ایک طرف سے دب گیا تھا۔ میری ساس، [[PERSON:سکینہ]] بی بی، عمر
[[AGE:اٹھاسی سال]]، انہیں [[HEALTH:ہڈیوں کی کمزوری]] ہے۔ وہ چائے بنانے گئیں، پاؤں دھنسا اور کولہے کی ہڈی
ٹوٹ گئی۔ میزبان: اللہ رحم کرے۔ پھر کیا ہوا؟ مہمان: ہم نے [[ORGANISATION:Moorside Homes]] کو تین
مہینے پہلے سے بتایا ہوا تھا، انہوں نے لکھا تھا "غیر ضروری مرمت"۔ میرے بیٹے [[PERSON:عمران]] نے
ہسپتال کے کاغذ لگا کر باقاعدہ شکایت کی، نمبر [[REFERENCE:MSH-40361]]۔ دوسرے مرحلے میں ان کی
مینیجر [[PERSON:ریچل]] خود گھر آئیں، معافی مانگی، اور مانا کہ فرش کو خطرناک قرار دینا چاہیے تھا۔
[[ORGANISATION:Prime Joinery Ltd]] نے ایک ہفتے میں پورا فرش نیا ڈال دیا، اور ساس جی کے لیے نہانے
کی جگہ میں ہینڈل بھی لگائے۔ ہمیں ساڑھے سات سو پاؤنڈ ملے۔ اب وہ کہتے ہیں کہ جس گھر میں بزرگ یا
معذور رہتے ہوں وہاں فرش کی شکایت کو فوری دیکھا جائے گا۔ میزبان: سبق کیا ہے؟ مہمان: ایک دفعہ فون
کافی نہیں، لکھ کر دیں۔ میزبان: شکریہ [[PERSON:شمیم]] آپا۔ مدد کے لیے ہمیں فون کریں:
[[PHONE:صفر ایک ایک تین، چار نو چھ، صفر پانچ دو آٹھ]]۔
"""),
    ),
    (
        "fv2t-ur-02",
        "ur",
        _s("""
کرایہ داروں کی میٹنگ، گواہی۔ صدر: اب [[PERSON:اکرم]] بھائی بات کریں گے۔ [[PERSON:محمد اکرم]]: سب
کو سلام۔ میں [[ADDRESS:ہیدر فیلڈ اسٹیٹ]] پر رہتا ہوں، [[ADDRESS:بلاک سی، فلیٹ نمبر انیس]]، پوسٹ کوڈ
[[POSTCODE:bb1 7jh]]۔ میری بیگم [[PERSON:نسرین]] کو دو سال پہلے [[HEALTH:فالج]] ہوا، اب وہ وہیل چیئر پر
ہیں۔ ہمارے دروازے کے سامنے معذوروں کی پارکنگ ہے، لیکن ایک سفید وین، نمبر [[OTHER_ID:BF68 XRT]]،
مہینوں وہاں کھڑی رہی، رات کو لڑکے اس کے پیچھے بیٹھ کر نشہ کرتے تھے۔ ہسپتال کی ٹرانسپورٹ تین بار
واپس چلی گئی۔ میں نے [[ORGANISATION:Ribble Meadow Housing]] کو بار بار فون کیا۔ افسر [[PERSON:گیری]]
کہتا تھا کہ پارکنگ ہماری ذمہ داری نہیں۔ پھر میری پوتی [[PERSON:علیزہ]] نے، وہ
[[AGE:سترہ سال]] کی ہے، باقاعدہ شکایت لکھی اور نقشہ لگایا جس میں دکھایا کہ پارکنگ ان کی زمین پر ہے۔
اینٹی سوشل کیس نمبر [[REFERENCE:RMH-ASB-2781]]۔ دوسرے مرحلے میں انہوں نے مانا کہ زمین ان کی ہے۔
وین اٹھوائی گئی، بیریئر لگا، روشنی لگی، اور پولیس کے ساتھ مل کر لڑکوں کا مسئلہ حل کیا۔ ہمیں معافی
کا خط اور دو سو پاؤنڈ ملے۔ اب ہر معذور پارکنگ کی ہر مہینے جانچ ہوتی ہے۔ میری عمر
[[AGE:اکہتر سال]] ہے، میں کہتا ہوں کہ چپ نہ رہیں۔ کسی کو مدد چاہیے تو [[PERSON:علیزہ]] کا ای میل ہے
[[EMAIL:alizeh.akram@example.org]]۔
"""),
    ),
    (
        "fv2t-ur-03",
        "ur",
        _s("""
زبانی تاریخ کا منصوبہ، ریکارڈنگ چار۔ میں حاجی [[PERSON:غلام رسول]] ہوں۔ کاغذوں میں میری پیدائش
[[DATE_OF_BIRTH:یکم جنوری انیس سو چالیس]] لکھی ہے، سچ پوچھو تو اللہ جانے، اس زمانے میں کون لکھتا
تھا۔ [[AGE:چوراسی سال]] کا ہوں۔ ہم [[OTHER_SPECIAL:کشمیری]] ہیں، میرپور سے آئے تھے، انیس سو
باسٹھ میں، مل میں کام کیا۔ میری بیگم، [[PERSON:رشیدہ]] بیگم، اور میں [[ADDRESS:مدینہ مسجد]] والی سڑک
پر رہتے ہیں، [[ADDRESS:اکتیس نمبر]]، کونے والا گھر۔ ساتھ والے [[PERSON:برائن]] صاحب بڑے اچھے آدمی
تھے، ہم اکٹھے کرکٹ دیکھتے تھے، اب ان کا بیٹا [[PERSON:لی]] رہتا ہے۔ خیر، بات یہ ہے کہ دو سال پہلے
پچھلی دیوار میں دراڑیں آ گئیں، اتنی بڑی کہ انگلی چلی جائے۔ دروازے بند نہیں ہوتے تھے۔ مجھے
[[HEALTH:دل کا عارضہ]] ہے، رات کو فکر میں نیند نہیں آتی تھی کہ دیوار گر نہ جائے۔ بیٹا
[[PERSON:پپو]]، اصل نام [[PERSON:شاہد]]، اس نے [[ORGANISATION:Aire Valley Homes]] کو شکایت لکھی، نمبر
[[REFERENCE:AVH-ST-6628]]۔ پہلے انہوں نے کہا کہ پرانے گھروں میں دراڑیں عام ہیں۔ دوسرے مرحلے میں
[[ORGANISATION:Solidground Structural]] والے آئے اور بتایا کہ نالی ٹوٹی ہوئی تھی، پانی بنیاد کے نیچے
جا رہا تھا۔ بنیاد مضبوط کی، نالی بدلی، دیواریں ٹھیک کیں، ہمیں چار ہفتے دوسرے گھر میں رکھا۔ معاوضے کے
فارم پر نیشنل انشورنس نمبر [[NI_NUMBER:WK 27 63 09 D]] لکھا۔ انہوں نے لکھ کر مانا کہ دراڑوں کی
رپورٹ پر ماہر کو پہلے دن بھیجنا چاہیے تھا۔ اب یہی ان کا اصول ہے۔
"""),
    ),
    (
        "fv2t-ur-04",
        "ur",
        _s("""
رمضان میں چولہا۔ لکھا [[PERSON:ہانیہ]] نے، امی کے ساتھ۔ میری عمر [[AGE:نو سال]] ہے اور میں
[[ADDRESS:مورفیلڈ پرائمری]] میں پڑھتی ہوں۔ ہم [[OTHER_SPECIAL:مسلمان]] ہیں اور پچھلے رمضان میں ہمارا گیس
کا چولہا بند کر دیا گیا کیونکہ گیس والے انکل نے کہا یہ خطرناک ہے۔ پھر تین ہفتے کوئی نیا چولہا نہیں
آیا۔ امی سحری اور افطاری ایک چھوٹے بجلی کے چولہے پر بناتی تھیں، اور میری چھوٹی بہن
[[PERSON:گڑیا]]، وہ [[AGE:چار سال]] کی ہے، بھوک سے روتی تھی کیونکہ کھانا دیر سے بنتا تھا۔ میں نے سکول
میں مس [[PERSON:کلارک]] کو بتایا تو انہوں نے کہا کہ امی کو شکایت لکھنی چاہیے۔ میں نے امی کی مدد کی
انگریزی میں۔ پھر [[ORGANISATION:Warmstart Gas Services]] سے [[PERSON:ٹونی]] انکل آئے اور نیا چولہا لگا
دیا، اور [[PERSON:گڑیا]] کو ٹافی بھی دی۔ میں نے سیکھا کہ شکایت لکھنے سے کام جلدی ہوتا ہے۔ امی کا نوٹ: میں
[[PERSON:نادیہ پروین]] ہوں، پتہ [[ADDRESS:36 ایلم روڈ]]۔ [[ORGANISATION:Castlegate Housing]] نے
شکایت نمبر [[REFERENCE:CGH-70914]] کے جواب میں مانا کہ چولہا بند کرنے کے بعد متبادل کا کوئی انتظام
نہیں کیا گیا۔ انہوں نے معافی مانگی، کھانے کے خرچ کے پیسے دیے، اور اب جب بھی کسی کا چولہا بند ہوتا ہے تو
اسی دن عارضی چولہا دیا جاتا ہے۔ رابطہ: [[PHONE:07700 900648]]۔
"""),
    ),
    (
        "fv2t-ur-05",
        "ur",
        _s("""
مترجم کے ذریعے بات چیت کے نوٹس۔ افسر: ان سے پوچھیں کہ مسئلہ کب شروع ہوا۔ مترجم: میں
[[PERSON:فرحان]] ہوں، مترجم۔ یہ کہتی ہیں کہ ان کا نام [[PERSON:زبیدہ خاتون]] ہے، یہ
[[OTHER_SPECIAL:پاکستانی]] ہیں اور [[ADDRESS:بیالیس ولو کورٹ]] کے نچلے فلیٹ میں رہتی ہیں، جو
[[ADDRESS:نور حلال گوشت]] کی دکان کے بالکل ساتھ ہے۔ یہ کہتی ہیں — معاف کیجیے، یہ دہرا رہی ہیں — کہ دو
سردیوں سے سونے کے کمرے کی دیوار پر کالی پھپھوندی ہے، کپڑے اور بستر خراب ہو گئے۔ انہیں
[[HEALTH:برونکائٹس]] بار بار ہوتا ہے۔ ان کے ڈاکٹر [[ADDRESS:گرین لین میڈیکل پریکٹس]] میں ہیں، اور ڈاکٹر نے
خط میں ان کا این ایچ ایس نمبر [[OTHER_ID:۷۲۱ ۰۴۸ ۳۳۶۹]] لکھا ہے۔ یہ کہتی ہیں کہ ان کی بہو
[[PERSON:صائمہ]] ہر بار فون کرتی تھی اور ہر بار کہا جاتا تھا کہ کھڑکی کھولیں۔ افسر: مالک کون ہے؟
مترجم: [[ORGANISATION:Thameside Community Homes]]۔ شکایت کے دونوں مرحلوں کے بعد بھی کام نہیں ہوا، تو
پوتے [[PERSON:دانیال]] نے ہاؤسنگ محتسب کو لکھا، کیس نمبر [[REFERENCE:202501288]]۔ نتیجہ:
[[ORGANISATION:Thameside Community Homes]] نے محتسب کا فیصلہ مانا، چھت سے پانی رسنے کی اصل وجہ ٹھیک
کی، دیوار کا علاج کیا، نئے بستر کے پیسے اور ایک ہزار پاؤنڈ معاوضہ دیا۔ اب ان کے ریکارڈ میں لکھا ہے کہ
خاندان کو اردو مترجم چاہیے، اور پھپھوندی کی ہر شکایت پر سروے کیا جاتا ہے، صرف مشورہ نہیں دیا جاتا۔ یہ
کہتی ہیں، اللہ آپ کا بھلا کرے۔
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
