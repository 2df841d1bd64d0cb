"""A tenth batch of fresh stories under version 2 of the marking, by a tenth writer.

Thirty-six entries as ordinary residents type them into the campaign's "tell us
about a complaint that was put right" web form: six in English and five each in
Arabic, Bengali, Punjabi (Gurmukhi), Polish, Romanian and Urdu (Urdu script). The
forms of writing are mixed in every language: phone-typed messages in lower case
with little punctuation (Polish and Romanian ones without diacritics), entries
written by a daughter, son, grandson, neighbour or mosque volunteer on someone's
behalf, stiffly formal letters, rambling and angry-then-grateful accounts, and
entries that run the form's questions together ("what happened: ... what was put
right: ... what should others know: ..."). The non-English entries code-switch
with English, use Levantine and Egyptian colloquial Arabic beside standard Arabic,
write phone and NHS numbers in Arabic-Indic, Bengali and Gurmukhi digits, spell
emails out (dot/at, małpa/kropka, arond/punct, ایٹ/ڈاٹ), and carry inflected and
diminutive names, kunyas and nicknames, honorifics, and names that are also
ordinary words in the same story (Grace, Will, أمل, আশা, ਖ਼ੁਸ਼ੀ, Jagoda, Lis, Speranța,
Flori, امید, جو).

Measured on 7 December 2026 at first sight (after round 9's first part, which was written
without this batch): leak-free 63.9% of 36 (23 stories), recall 95.9%, precision 91.3%,
special recall 89.8%; leak-free by language en 50.0% of 6, ar 100%, bn 40%, pa 60%, pl 80%,
ro 40%, ur 80% of 5 each. The misses were lower-case and hyphenated first names (alfie-ray,
markiem, mada), a first name alone after a job ("Dean"), a pub named by one word, Bengali
names with their father's name and a bare name in a list, short Punjabi names (ਜੱਸ, ਸਿਮਰ),
the Urdu name جو (also "who"), Bengali "২৭ নম্বর" and "তিন বছর", Romanian "opt ani" and
"doi ani", a street number before a Latin street inside Gurmukhi, and a Romanian church's
saint's name.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block):
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2j-en-01",
        "en",
        _s("""
hi so this is about our place [[ADDRESS:flat 12 ashgrove court]] [[POSTCODE:m40 7pq]]
its me my partner [[PERSON:jord]] and our baby [[PERSON:alfie-ray]] who is
[[AGE:8 months]]. the mould in his room was black all up the wall behind the cot and
on the window seals, i reported it 4 times on the app and rang
[[ORGANISATION:Northvale Homes]] loads and they kept saying open the windows and wipe
it with bleach like we never thought of that lol. then [[PERSON:alfie]] got
[[HEALTH:bronchiolitis]] and we ended up in north manchester general for 3 nights and
the doctor wrote a letter saying the damp was making it worse. my mum said put in a
proper complaint not just ring so i did it on the website and put the repair number
[[REFERENCE:RJ448210]] in it. within like 2 weeks a surveyor came called
[[PERSON:gaz]] from [[ORGANISATION:Damp Doctors NW]] and he was sound actually, he said
the extractor fan had never been wired in since it was fitted lmao. they treated all
the walls put a new fan in and a vent thing in the window and moved us to my nans for
5 days while it dried and paid for that. we got £350 and a letter saying sorry.
honestly if they fob you off just do the complaint form it works way better than
ringing. they told me under awaabs law they have to look at it fast now if theres a
kid with health stuff. if anyone wants to ask me anything my number is
[[PHONE:07700 900614]] or find me on insta [[OTHER_ID:@kayleigh.x.jord]]
x [[PERSON:kayleigh]]
"""),
    ),
    (
        "fv2j-en-02",
        "en",
        _s("""
I'm filling this in for my mum, [[PERSON:Edna Pilkington]], because she doesn't do
computers, she's [[AGE:81]] and she would only say it was nothing anyway. Mum has
lived at [[ADDRESS:42 Larkhill Road]] on the [[ADDRESS:Cragside estate]],
[[POSTCODE:BD5 9HN]], since 1979 and never complained about anything in her life.
Last winter the boiler packed in on the 2nd of December and
[[ORGANISATION:Aire Valley Homes]] sent an engineer who said a part was on order. Then
another. Then nobody. She sat in two cardigans and her coat with a fan heater she was
scared to leave on. She has [[HEALTH:COPD]] and her GP at
[[ADDRESS:Moorside Medical Centre]] was worried sick about her chest. I rang every
other day and each time they said someone will call back. Nobody did. In the end I
wrote a complaint by email from [[EMAIL:grace.shaw at example dot net]] (that's me,
[[PERSON:Grace]], her daughter) and gave them her date of birth,
[[DATE_OF_BIRTH:14th February 1944]], and her NHS number,
[[OTHER_ID:485 777 3456]], so they could check she was on their vulnerable list. It
turned out she wasn't. What was put right: the complaint was logged as
[[REFERENCE:AVH/CMP/20931]] and a lady called [[PERSON:Shabana Rafiq]] from the
complaints team phoned Mrs [[PERSON:Pilkington]] herself the next morning.
[[PERSON:Will]] from [[ORGANISATION:Boilerhouse Heating]] came that afternoon with a
whole new boiler, not a part, and had it in by teatime. They paid £420 for the
electric and the upset and they've put a flag on her file. I'd love to say Mum
accepted it all with good grace but she told [[PERSON:Will]] his tea was too weak. If
your mum or dad won't complain for themselves, do it for them, and do it in writing.
"""),
    ),
    (
        "fv2j-en-03",
        "en",
        _s("""
I AM STILL ANGRY ABOUT HOW LONG THIS TOOK so I'll get that out first. Water came
through my kitchen ceiling from [[ADDRESS:flat 9]] above me for SEVEN MONTHS. I'm in
[[ADDRESS:flat 5, Sedgefield House]], [[POSTCODE:M11 3FN]]. Every time the lad
upstairs had a shower it dripped on my cooker. The light fitting filled up with water.
[[ORGANISATION:Greenlow Housing Association]] sent someone 6 times and each time they'd
"sealed it". They hadn't. I've got [[HEALTH:depression]] and I'm [[AGE:52]], I'm not
some kid moaning, I was lying awake listening to drips. I posted photos from
[[OTHER_ID:@deanmottram_mufc]] tagging them and that got more response than the phone
line did, which says it all. Stage 1 said it was fixed. It wasn't. Stage 2 took 8
weeks and said they would "monitor". So I went to the Housing Ombudsman, case
[[REFERENCE:202314567]], and within a fortnight [[ORGANISATION:Greenlow]] suddenly
found a plumber who took the bath panel off upstairs and found the waste pipe had
never been connected properly. RIGHT, the grateful bit. Once the Ombudsman was
involved a manager called [[PERSON:Marcus Oduya]] took it on and he was honestly
decent. He came round, looked at the ceiling and said "that's disgusting, I'm sorry".
New ceiling, new light, new cooker because the old one had rusted, redecorated, and
£900. He even got them to pay for the windscreen on my car, [[OTHER_ID:YD19 KXP]],
because a scaffold pole of theirs fell on it while they were doing the roof. Separate
thing but he sorted it. Phone me if you need a push to keep going:
[[PHONE:0161 496 0732]]. [[PERSON:Dean]]
"""),
    ),
    (
        "fv2j-en-04",
        "en",
        _s("""
Your name: [[PERSON:Bridget Ward]] but everyone calls me [[PERSON:Biddy]]. Your
landlord: the council, they run the site. What happened: We live on
[[ADDRESS:pitch 7]] at [[ADDRESS:Hallen Marsh Traveller site]], [[POSTCODE:BS11 0YT]],
me, my husband [[PERSON:Johnny]] and our young lad [[PERSON:Patrick]] who is
[[AGE:six]] and has [[HEALTH:epilepsy]]. The amenity block for our pitch, where the
shower and toilet and washing machine are, had broken electrics and flooded every time
it rained, for nearly a year. Some weeks we had no hot water at all and I was washing
[[PERSON:Patrick]] at my sister's. When I rang, a man at the office told me that as
[[OTHER_SPECIAL:Irish Travellers]] we'd be used to roughing it. He said that to my
face. What was put right: I complained in writing, ref [[REFERENCE:CF-0098123]], and I
put down exactly what was said. The site manager [[PERSON:Colin Pryce]] rang back in 5
days. Electrics redone, a new drain round the block, and a written apology from the
head of housing for that comment, plus £275. [[PERSON:Patrick]]'s school,
[[ADDRESS:St Bernadette's Primary]], wrote a letter about the days he missed and that
helped too. What should others know: people on sites are tenants the same as anyone
and the complaints code is for us as well. Don't let them tell you it's just how sites
are. Contact: [[EMAIL:biddyward1970@example.org]] or [[PHONE:0117 496 0281]]
"""),
    ),
    (
        "fv2j-en-05",
        "en",
        _s("""
I'm writing this for my neighbour [[PERSON:Augusto Ferreira]], [[PERSON:Gus]] to the
whole street, because he asked me to and because I was the one making the phone calls.
[[PERSON:Gus]] is [[AGE:88]], [[HEALTH:registered blind]] and lives on his own at
[[ADDRESS:number 17]]. I'm next door at [[ADDRESS:19 Dockfield Terrace]],
[[POSTCODE:SR4 6TW]], two doors up from the [[ADDRESS:Dolphin]] if you know Sunderland.
He's [[OTHER_SPECIAL:Portuguese]] and his English goes when he's stressed. In March the
handrail on his front steps came away in his hand and he went down the steps and
cracked his wrist. The occupational therapist, [[PERSON:Lorraine]], sent
[[ORGANISATION:Wearmouth Homes]] a referral for a new rail and a half-step. They lost
it. She sent it again. They lost it again. [[PERSON:Gus]] stopped going to Mass at
[[ADDRESS:St Hilda's]], which in sixty years he has never done. I put in a complaint on
his behalf with the repair number [[REFERENCE:WH-REP-556201]] and his date of birth,
the [[DATE_OF_BIRTH:second of September 1936]], so they could find him. The stage 1
reply came in 9 working days and it was a proper one: they admitted the referral had
gone to an inbox nobody checked. The rail and step were in within a fortnight, both
sides this time, and a light over the door. They paid £200 and they've put on his
file that they ring me first, on
[[PHONE:oh one nine one, four nine eight, oh four five seven]], and then come round
and knock loudly. He's back at church on Sundays. [[PERSON:Sunil Mehta]]
"""),
    ),
    (
        "fv2j-en-06",
        "en",
        _s("""
Dear Sir or Madam, I write in response to your invitation to residents to describe
complaints which have been satisfactorily resolved. I am
[[PERSON:Clement Oyelaran-Hughes]], date of birth [[DATE_OF_BIRTH:12 June 1957]],
tenant of [[ADDRESS:Flat 23, Marlowe Tower]], [[ADDRESS:Kingsmead Estate]], London
[[POSTCODE:E9 5QT]] (tenancy reference [[REFERENCE:T/0043817/02]]). I am
[[AGE:67 years]] of age and my wife, Mrs [[PERSON:Adaeze Oyelaran-Hughes]], has
[[HEALTH:multiple sclerosis]] and uses a wheelchair. Both lifts serving our block were
out of service from 4 March to 22 April, during which my wife was unable to leave the
flat save for two appointments at the Homerton, for which she was carried down
fourteen flights by paramedics. I submitted a formal complaint to
[[ORGANISATION:Lea Bridge Housing Trust]] on 11 March (reference
[[REFERENCE:LBHT-C-11408]]). The stage one response was, I regret to say, a template. I
escalated to stage two and wrote at the same time to the Housing Ombudsman (case
[[REFERENCE:202216734]]). I am pleased to record that the stage two response, signed
by the Director of Property, Ms [[PERSON:Helen Achterberg]], accepted that the Trust
had failed in its duty to a disabled resident. A stair-climber and trained operator
were provided within 48 hours, both lift motors were replaced, compensation of £600
was paid, and the Trust now keeps a register of residents who cannot use stairs. For
the avoidance of doubt, I supplied my National Insurance number,
[[NI_NUMBER:JN 73 41 28 C]], only because the Trust required it to credit the
compensation to my rent account. I may be contacted on [[PHONE:020 7946 0318]] or at
[[EMAIL:c.oyelaran@example.com]]. Yours faithfully, [[PERSON:C. Oyelaran-Hughes]]
"""),
    ),
    (
        "fv2j-ar-01",
        "ar",
        _s("""
السلام عليكم انا اسمي [[PERSON:هبة]] بس الكل بالعمارة بينادوني [[PERSON:أم يوسف]]
ساكنة ب [[ADDRESS:شقة 3]] [[ADDRESS:Clover House]] [[POSTCODE:l8 2tq]] من سنتين تقريبا
والرطوبة والعفن بغرفة النوم ما خلوا شي الحيطان صارت سودا والتياب كلها ريحتها عفن.
ابني [[PERSON:يوسف]] عمره [[AGE:أربع سنين]] وعنده [[HEALTH:ربو]] وكل شتوية منروح
عالطوارئ بمستشفى Alder Hey. اتصلت على [[ORGANISATION:Mersey Vale Homes]] يمكن عشر مرات
وكل مرة بيقولولي افتحي الشباك وحطي dehumidifier وامسحي بالكلور. جارنا
[[PERSON:أبو سامي]] قلي لا تضلي تتصلي اعملي complaint رسمي مكتوب. عملتها عالموقع
وحطيت رقم الريبير [[REFERENCE:MV-774310]] وبعد عشر ايام اجا واحد اسمه
[[PERSON:ستيف]] من شركة [[ORGANISATION:Kingsway Damp Control]] شاف كل شي وقال السبب
مزراب مكسور برا مو منا نحنا. صلحوا المزراب ونضفوا العفن ودهنوا بدهان خاص وركبوا
مروحة بالحمام وعطونا 300 باوند وكتبولي رسالة اعتذار. قالولي كمان هلق في قانون اسمه
Awaab's Law يعني لازم يتحركوا بسرعة اذا في خطر على صحة الولاد. نصيحتي لا تسكتوا
اكتبوا complaint وصوروا كل شي بالتاريخ. اذا حدا بدو يسألني شي رقمي
[[PHONE:٠٧٧٠٠ ٩٠٠٥٢٣]] واتساب
"""),
    ),
    (
        "fv2j-ar-02",
        "ar",
        _s("""
تحية طيبة وبعد، أكتب هذه الرسالة نيابةً عن والدي السيد
[[PERSON:عبد الرحمن الحسيني]] ([[PERSON:Abdulrahman Al-Husseini]])، البالغ من العمر
[[AGE:74 عاماً]]، والمقيم في [[ADDRESS:22 Ridgeway Close]]، مانشستر،
[[POSTCODE:M8 0LW]]، لأنه لا يجيد الكتابة بالإنجليزية. وصل والدي إلى بريطانيا عام
2016 بصفة [[OTHER_SPECIAL:لاجئ]]، ويعاني من [[HEALTH:السكري]] ومن آثار
[[HEALTH:جلطة دماغية]] أضعفت جانبه الأيسر. في شهر تشرين الثاني الماضي انقطع الماء
الساخن عن المنزل، وانكسر درابزين الدرج الذي يستند إليه والدي كلما صعد إلى غرفته.
أبلغنا [[ORGANISATION:Irwell Bank Housing]] مرات عديدة دون جدوى، ثم قدّمتُ شكوى رسمية
سُجّلت برقم [[REFERENCE:IBH-55120]]. طلبوا إثبات هوية والدي فأرسلت رقم تصريح الإقامة
[[OTHER_ID:ZU6402187]] ورقم التأمين الوطني [[NI_NUMBER:SP 44 19 83 A]] وتاريخ
ميلاده [[DATE_OF_BIRTH:١٥ آذار ١٩٥٠]]. لم يصلنا أي رد في المرحلة الأولى خلال المدة
التي يحددها قانون معالجة الشكاوى، فراسلنا أمين المظالم للإسكان (رقم القضية
[[REFERENCE:202405518]]). بعد ذلك بأيام اتصلت بنا السيدة [[PERSON:Joanne Birtles]]
من قسم الشكاوى، واعتذرت، وأرسلت سبّاكاً في اليوم التالي، فتم تركيب سخان جديد
ودرابزين على جانبي الدرج، ودُفع لوالدي تعويض قدره 450 جنيهاً إسترلينياً. كما سجّلوا في
ملفه أنه يحتاج إلى مترجم عربي في كل زيارة. والدي يصلّي الفجر كل يوم في
[[ADDRESS:مسجد الفرقان]] القريب من البيت، وقد أخبر الجميع هناك بأن الشكوى المكتوبة
تنفع. للتواصل: [[PERSON:أحمد الحسيني]]، [[EMAIL:ahmed.husseini@example.net]]
"""),
    ),
    (
        "fv2j-ar-03",
        "ar",
        _s("""
الاسم: [[PERSON:سلمى عثمان]] ([[PERSON:Salma Osman]]). ماذا حدث: أسكن مع بناتي
الثلاث في [[ADDRESS:شقة رقم 6]] في [[ADDRESS:Brook Terrace]]، وباب المدخل الرئيسي
للعمارة ظل مكسوراً ثمانية أشهر، فصار أي شخص يدخل وينام على الدرج، ووجدنا إبراً على
السلالم أكثر من مرة. الجار في [[ADDRESS:شقة رقم 14]] كان يفتح الباب للغرباء بالليل،
وحين اشتكيت له صرخ عليّ وقال كلاماً عنصرياً لأنني [[OTHER_SPECIAL:سودانية]]. ابنتي
الصغرى [[PERSON:ريم]] عمرها [[AGE:9 سنوات]] وصارت تخاف أن تنزل وحدها إلى
[[ADDRESS:Alder Lane Primary]]. أبلغت [[ORGANISATION:Moorfield Housing]] وفتحوا ملف
سلوك مزعج برقم [[REFERENCE:ASB/2291]] لكن لم يتغير شيء، فقدمت شكوى رسمية. ما الذي
تم إصلاحه: جاءت مسؤولة الحي [[PERSON:كارين]] ([[PERSON:Karen]]) بنفسها خلال أسبوع،
وتم تركيب باب جديد بقفل إلكتروني وبطاقة لكل شقة، وكاميرا عند المدخل، وأعطوا الجار
إنذاراً مكتوباً بسبب الإساءة. وصلني خطاب اعتذار لأن ملف السلوك المزعج بقي مفتوحاً دون
متابعة، وتعويض 150 جنيهاً. ماذا يجب أن يعرف الآخرون: اكتبوا كل شيء بالتاريخ والساعة،
والتقطوا صوراً، ولا تخافوا من تقديم شكوى حتى لو كانت لغتكم الإنجليزية ضعيفة، هناك
مترجمون. كتبت عن التجربة على صفحتي [[OTHER_ID:@salma.bakes.uk]]، ومن يريد أن
يسألني يمكنه الاتصال على [[PHONE:07700 900188]].
"""),
    ),
    (
        "fv2j-ar-04",
        "ar",
        _s("""
بصراحة أنا كنت داخل هنا عشان أشتكي مش عشان أشكر، بس خلاص الموضوع اتحل فهكتب
الاتنين. اسمي [[PERSON:محمود فرج]]، ساكن في [[ADDRESS:7 Fenwick Road]] في كارديف،
[[POSTCODE:CF24 3NT]]، أنا ومراتي [[PERSON:أمل]] والعيال. من سنة ونص السقف في أوضة
العيال بيخر مية كل ما تمطر، وكارديف دي بتمطر كل يوم تقريباً.
[[ORGANISATION:Taff Ely Homes]] بعتوا ناس أربع مرات، كل مرة يطلعوا على السطح ويقولوا
خلاص اتصلح، وأول مطرة ترجع تخر تاني. [[PERSON:أمل]] تعبت جداً نفسياً والدكتور قال إن
عندها [[HEALTH:اكتئاب]]، وأنا بصراحة كنت فقدت الأمل خالص. بعتلهم إيميلات من
[[EMAIL:mahmoud dot farag at example dot org]] بالصور والفيديوهات ومحدش رد. حتى عربيتي
[[OTHER_ID:KM17 ZTR]] اتبهدلت من المية اللي بتنزل من المزراب المكسور على الباركينج.
جارنا [[PERSON:Gareth]] اللي ساكن في [[ADDRESS:رقم 9]] قالي اعمل complaint رسمي
بالمراحل. في stage 1 جه الرد إنهم هيراقبوا الوضع، يعني ولا حاجة. عملت stage 2 وكتبت
إن فيه قانون اسمه Awaab's Law وإن عندنا طفل صغير، وساعتها اتغير كل حاجة: جت مديرة
اسمها [[PERSON:Rhiannon Pugh]] واعتذرت بجد، وجابوا شركة
[[ORGANISATION:Roofline Wales Ltd]] غيرت السقف كله في أسبوع، ودهنوا الأوضة، ودفعوا 700
جنيه استرليني وتمن جهاز سحب الرطوبة. رقم الشكوى كان [[REFERENCE:TEH-2024-0877]] لو
حد محتاجه كمثال. رقمي [[PHONE:029 2018 0642]]، واللي محتاج مساعدة يكلمني ومش هتأخر
عليه.
"""),
    ),
    (
        "fv2j-ar-05",
        "ar",
        _s("""
أنا [[PERSON:خالد الجبوري]]، متطوع في لجنة كبار السن في [[ADDRESS:مسجد النور]] في
برمنغهام. أكتب عن الحاجة [[PERSON:فاطمة]]، جارتي في [[ADDRESS:Bridgewater Court]]،
وهي سيدة [[OTHER_SPECIAL:عراقية]] عمرها [[AGE:83 سنة]] تسكن وحدها في
[[ADDRESS:شقة 41]] في الطابق الرابع، وأنا تحتها في [[ADDRESS:شقة 38]]. الحاجة
[[PERSON:فاطمة]] عندها [[HEALTH:التهاب المفاصل]] و[[HEALTH:هشاشة العظام]]، ولما تعطل
المصعد في الشتاء بقيت ستة أسابيع لا تستطيع النزول، وفاتتها ثلاثة مواعيد في
المستشفى. اتصلت بـ [[ORGANISATION:Brindley Housing]] باسمها أكثر من عشر مرات، وكانوا
يقولون إن القطعة مطلوبة من ألمانيا. قدمت شكوى مكتوبة بموافقتها وأرفقت رسالة المستشفى
التي فيها رقم الـ NHS الخاص بها [[OTHER_ID:943 476 5870]] لإثبات المواعيد الضائعة،
وأخذت الشكوى رقم [[REFERENCE:BH/CX/30412]]. في رد المرحلة الأولى اعترفوا بأنهم لم
يسألوا عن السكان الذين لا يستطيعون استعمال الدرج، واعتذروا، وأصلحوا المصعد خلال
أسبوعين، ودفعوا لها 350 جنيهاً، ثم عرضوا عليها الانتقال إلى [[ADDRESS:شقة 2]] في نفس
المبنى في الطابق الأرضي، وقد انتقلت إليها الشهر الماضي ونحن الشباب من المسجد حملنا
أغراضها. ابنتها [[PERSON:زينب]] في لندن اتصلت تشكر الجميع. من يحتاج مساعدة في كتابة
شكوى يمكنه الاتصال بي على [[PHONE:0121 496 0375]] بعد صلاة العشاء.
"""),
    ),
    (
        "fv2j-bn-01",
        "bn",
        _s("""
আসসালামু আলাইকুম আমি [[PERSON:রুমানা]] সবাই [[PERSON:রুমি]] ডাকে আমরা
[[ADDRESS:ফ্ল্যাট ১৮ Wexford House]] এ থাকি [[POSTCODE:e14 6qr]] গত শীতে বাথরুমের ছাদ
দিয়ে পানি পড়ত আর বেডরুমের দেয়ালে কালো কালো ফাঙ্গাস আমার ছেলে [[PERSON:আরিয়ান]]
বয়স [[AGE:৭ বছর]] ওর [[HEALTH:হাঁপানি]] আছে রাতে কাশতে কাশতে ঘুমাতে পারত না দুইবার
হাসপাতালে গেছি। [[ORGANISATION:Limehouse Basin Homes]] এ কতবার ফোন দিছি হিসাব নাই
খালি বলে জানালা খুলে রাখেন হিটিং চালান কাপড় ঘরে শুকাবেন না। পরে [[PERSON:আরিয়ান]]
এর স্কুল [[ADDRESS:Bow Creek Primary]] এর টিচার মিস [[PERSON:Hannah]] বলল লিখিত
complaint করো ফোনে হবে না উনি নিজেই ফর্ম ভরতে হেল্প করছে আমি repair job নম্বর
[[REFERENCE:LB-R-30877]] দিছি। দুই সপ্তাহের মধ্যে সার্ভেয়ার আসলো নাম [[PERSON:Tony]]
উনি দেখে বলল উপরের ফ্ল্যাটের পাইপ লিক করতেছে এক বছর ধরে। পাইপ ঠিক করছে ফাঙ্গাস
ট্রিটমেন্ট করছে নতুন প্লাস্টার আর রং করছে ২৫০ পাউন্ড দিছে আর সরি লেটার দিছে।
আমার হাজব্যান্ড [[PERSON:সেলিম]] বিশ্বাসই করে নাই যে কাজ হবে এখন সে সবাইরে বলে
বেড়ায়। আপনারা চুপ থাকবেন না লিখিত complaint করেন কেউ কিছু জানতে চাইলে আমার নম্বর
[[PHONE:০৭৭০০ ৯০০৪৮৭]]
"""),
    ),
    (
        "fv2j-bn-02",
        "bn",
        _s("""
আমি [[PERSON:শফিক কাদির]], আমার আব্বা [[PERSON:মোহাম্মদ আব্দুল কাদির]]-এর হয়ে লিখছি,
কারণ আব্বা ইংরেজি পড়তে পারেন না। আব্বার বয়স [[AGE:৭৬ বছর]], জন্ম তারিখ
[[DATE_OF_BIRTH:১লা জানুয়ারি ১৯৪৮]]। তিনি Oldham-এ [[ADDRESS:৩৪ Coppice Street]]-এ
একা থাকেন, পোস্টকোড [[POSTCODE:OL8 1BQ]]। গত বছর বাড়ির পিছনের দরজার তালা ভেঙে গেল
আর রান্নাঘরের জানালা ঠিকমতো বন্ধ হতো না, প্রায় পাঁচ মাস এভাবেই ছিল। আব্বার
[[HEALTH:ডায়াবেটিস]] আছে, রাতে কয়েকবার উঠতে হয়, আর দরজা খোলা থাকায় উনি ঘুমাতে
পারতেন না। প্রতিদিন ভোরে [[ADDRESS:Coppice Jame Masjid]]-এ ফজরের নামাজে যান, ফিরে
এসে দেখতেন দরজায় চেয়ার দিয়ে ঠেকা দেওয়া। [[ORGANISATION:Pennine Moor Homes]]-কে আমি
আর পাশের বাড়ির [[PERSON:জলিল]] চাচা বারবার ফোন করেছি। একবার ওরা আব্বার ন্যাশনাল
ইন্স্যুরেন্স নম্বর [[NI_NUMBER:QK 23 71 09 D]] চাইল, বলল তাহলে তাড়াতাড়ি হবে, কিন্তু
কিছুই হলো না। শেষে আমি [[EMAIL:shafiq.kadir at example dot com]] থেকে লিখিত কমপ্লেইন
পাঠালাম, রেফারেন্স [[REFERENCE:PMH-C-40981]]। দশ দিনের মধ্যে হাউজিং অফিসার
[[PERSON:Saima]] আপা নিজে বাড়িতে আসলেন, বাংলায় আব্বার সাথে কথা বললেন। নতুন দরজা,
নতুন তালা, নতুন জানালা, ২০০ পাউন্ড ক্ষতিপূরণ আর লিখিত মাফ চাওয়া। এখন ওদের ফাইলে
লেখা আছে আব্বার সাথে বাংলায় যোগাযোগ করতে হবে। বয়স্ক মা-বাবা থাকলে তাদের হয়ে
আপনারাই কমপ্লেইন করুন, ওনারা নিজে থেকে কখনো করবেন না।
"""),
    ),
    (
        "fv2j-bn-03",
        "bn",
        _s("""
নাম: [[PERSON:ফারহানা ইসলাম]]। কী হয়েছিল: আমি আমার মেয়ে [[PERSON:আশা]]-কে নিয়ে
[[ADDRESS:ফ্ল্যাট ৯সি, Dunbar Tower]], [[POSTCODE:E3 4LT]]-এ থাকি। ফ্ল্যাটটা চৌদ্দ
তলায়। [[PERSON:আশা]]-র বয়স তখন [[AGE:তিন বছর]], আর শোবার ঘরের জানালায় কোনো
restrictor ছিল না, জানালা পুরোটা খুলে যেত। আমি [[ORGANISATION:Lea Valley Living]]-কে
তিনবার রিপোর্ট করেছি, প্রতিবার বলা হয়েছে এটা জরুরি নয়। ছয় সপ্তাহ ধরে আমি জানালার
হাতলে দড়ি বেঁধে রাখতাম। শেষে লিখিত অভিযোগ করি, রেফারেন্স
[[REFERENCE:LVL-CMP-7702]]। কী ঠিক করা হয়েছে: স্টেজ ১-এর উত্তরে তারা ভুল স্বীকার
করেছে। অভিযোগ ব্যবস্থাপক [[PERSON:Delroy Campbell]] ৪৮ ঘণ্টার মধ্যে সব জানালায়
restrictor লাগানোর ব্যবস্থা করেছেন, তারপর পুরো ব্লকের জানালা পরীক্ষা করা হয়েছে এবং
আরও এগারোটি ফ্ল্যাটে একই সমস্যা পাওয়া গেছে। আমাকে ১০০ পাউন্ড ও একটি লিখিত
ক্ষমাপ্রার্থনা দেওয়া হয়েছে। অন্যদের কী জানা উচিত: আমি প্রায় আশা ছেড়ে দিয়েছিলাম,
ভেবেছিলাম কেউ শুনবে না। কিন্তু ফোনে বলা আর লিখিত অভিযোগ এক জিনিস নয়; লিখিত
অভিযোগের জবাব দিতে তারা বাধ্য। আমার প্রতিবেশী [[ADDRESS:ফ্ল্যাট ১১এ]]-র
[[PERSON:নাজমা]] খালা আমাকে সাহস দিয়েছিলেন। কেউ পরামর্শ চাইলে লিখুন:
[[EMAIL:farhana.i@example.org]], অথবা ফোন করুন [[PHONE:020 7946 0571]]।
"""),
    ),
    (
        "fv2j-bn-04",
        "bn",
        _s("""
আমাকে এলাকার সবাই [[PERSON:জামাল]] ভাই বলে চেনে, পুরো নাম [[PERSON:জামাল উদ্দিন]]।
আমি [[ADDRESS:Sylhet Cash & Carry]]-র ঠিক উপরের ফ্ল্যাটে থাকি, [[POSTCODE:E1 5JX]]।
প্রথমেই বলি, আমি খুব রেগে ছিলাম। দশ মাস ধরে বিল্ডিংয়ের সামনের দরজার entry phone
ভাঙা, যে কেউ ঢুকে সিঁড়িতে বসে নেশা করত। একটা কালো গাড়ি [[OTHER_ID:LR68 WXN]]
প্রতি রাতে নিচে দাঁড়িয়ে থাকত, সবাই জানত কী হয়। আমার স্ত্রী [[PERSON:শাহানা]] রাতে
দোকান বন্ধ করে উপরে উঠতে ভয় পেত। [[ORGANISATION:Spitalfields Court Homes]]-কে বললে
বলত পুলিশকে বলেন, পুলিশ বলত landlord-কে বলেন। ASB কেস খোলা হলো, নম্বর
[[REFERENCE:ASB-21-0456]], তারপর সব চুপ। রাগে আমি ফেসবুকে [[OTHER_ID:@jamal.uddin.e1]]
থেকে ভিডিও দিলাম, অনেকে শেয়ার করল। ভেবেছিলাম আমি [[OTHER_SPECIAL:বাংলাদেশি]], আমার
ইংরেজি ভালো না, তাই কেউ গুরুত্ব দেয় না। তারপর ছেলে বলল ফর্মাল complaint করো, stage
1, stage 2 আছে। করলাম। এবার কিন্তু কাজ হলো, এটা স্বীকার করতেই হবে। নতুন হাউজিং
অফিসার [[PERSON:ডেবি]] ([[PERSON:Debbie]]) আসলেন, পুলিশের সাথে একসাথে ভিজিট করলেন,
তিন সপ্তাহের মধ্যে নতুন দরজা, fob চাবি আর ক্যামেরা লাগল। গাড়িটা আর আসে না। ওরা
লিখিতভাবে মাফ চাইল, ১৫০ পাউন্ডও দিল। এখন [[PERSON:শাহানা]] রাত দশটায়ও নিশ্চিন্তে
ওঠে। কিছু জানতে চাইলে ফোন দেন [[PHONE:07700 900 266]]।
"""),
    ),
    (
        "fv2j-bn-05",
        "bn",
        _s("""
আমি [[PERSON:তাহমিনা চৌধুরী]], বার্মিংহামে [[ADDRESS:২৯ Kempton Road]]-এ থাকি। আমার
পাশের বাড়ি [[ADDRESS:২৭ নম্বর]]-এ থাকেন [[PERSON:রহিমা বেগম]], আমরা সবাই ওনাকে খালা
ডাকি। খালার বয়স [[AGE:আটাত্তর বছর]], জন্ম [[DATE_OF_BIRTH:১২ই মার্চ ১৯৪৬]]। গত বছর
ওনার [[HEALTH:স্ট্রোক]] হওয়ার পর বাম দিক দুর্বল, বাথটাবে উঠতে পারেন না। অকুপেশনাল
থেরাপিস্ট [[PERSON:Siobhan]] লিখিতভাবে বলেছিলেন level access shower দরকার। কিন্তু
[[ORGANISATION:Alum Rock Housing Trust]] বলল অপেক্ষার তালিকা আঠারো মাস। আট মাস ধরে
খালা শুধু গামলার পানিতে গা মুছেছেন। ওনার ছেলে [[PERSON:রফিক]] থাকে লুটনে, সপ্তাহে
একবার আসে। আমি আর [[PERSON:রফিক]] মিলে লিখিত কমপ্লেইন করলাম, সাথে থেরাপিস্টের চিঠি
আর খালার NHS নম্বর [[OTHER_ID:৪৫০ ৬১২ ৮৮৩৯]] দিলাম, যাতে ওরা মেডিকেল অগ্রাধিকার
দেখতে পারে। রেফারেন্স এলো [[REFERENCE:ARHT-C-61734]]। স্টেজ ১-এর উত্তরে ওরা মানল যে
থেরাপিস্টের রিপোর্ট দেখেই অগ্রাধিকার দেওয়া উচিত ছিল। পাঁচ সপ্তাহের মধ্যে নতুন
শাওয়ার, হাতল আর বসার সিট লাগানো হয়েছে, ৩০০ পাউন্ডও দিয়েছে। খালা এখন নিজে গোসল
করতে পারেন, বলেন এটা লটারি জেতার চেয়েও বড় খুশি। কেউ সাহায্য চাইলে আমাকে ফোন করতে
পারেন: [[PHONE:0121 496 0814]]।
"""),
    ),
    (
        "fv2j-pa-01",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਹਰਜੋਤ ਗਿੱਲ]] ਹਾਂ ਅਤੇ ਇਹ ਆਪਣੇ ਬੀਬੀ ਜੀ, [[PERSON:ਗੁਰਮੀਤ ਕੌਰ]]
([[PERSON:Gurmeet Kaur]]), ਵੱਲੋਂ ਲਿਖ ਰਿਹਾ ਹਾਂ ਕਿਉਂਕਿ ਉਹ ਅੰਗਰੇਜ਼ੀ ਨਹੀਂ ਪੜ੍ਹ ਸਕਦੇ। ਬੀਬੀ
ਜੀ [[AGE:82 ਸਾਲ]] ਦੇ ਹਨ ਅਤੇ Southall ਵਿੱਚ [[ADDRESS:14 Lady Margaret Road]],
[[POSTCODE:UB1 2PT]] ਵਿੱਚ ਇਕੱਲੇ ਰਹਿੰਦੇ ਹਨ। ਉਹ ਹਰ ਰੋਜ਼ ਸਵੇਰੇ
[[ADDRESS:ਗੁਰਦੁਆਰਾ ਦਸਮੇਸ਼ ਦਰਬਾਰ]] ਜਾਂਦੇ ਹਨ। ਘਰ ਦੇ ਅੱਗੇ ਵਾਲੇ ਰਸਤੇ ਦੀਆਂ ਸਲੈਬਾਂ ਟੁੱਟੀਆਂ
ਹੋਈਆਂ ਸਨ ਅਤੇ ਪਿਛਲੇ ਸਾਲ ਅਕਤੂਬਰ ਵਿੱਚ ਬੀਬੀ ਜੀ ਠੇਡਾ ਖਾ ਕੇ ਡਿੱਗ ਪਏ। ਉਨ੍ਹਾਂ ਨੂੰ ਪਹਿਲਾਂ ਹੀ
[[HEALTH:ਗਠੀਆ]] ਹੈ, ਹੁਣ ਗੋਡਾ ਵੀ ਸੁੱਜ ਗਿਆ। [[ORGANISATION:Hanwell Brook Homes]] ਨੂੰ
ਅਸੀਂ ਚਾਰ ਵਾਰ ਦੱਸਿਆ, ਹਰ ਵਾਰ ਕਹਿੰਦੇ ਸੀ ਕਿ inspection ਹੋਵੇਗੀ। ਮੇਰੀ ਛੋਟੀ ਭੈਣ
[[PERSON:ਖ਼ੁਸ਼ੀ]] ਨੇ ਫ਼ੋਟੋਆਂ ਖਿੱਚੀਆਂ ਅਤੇ ਮੈਂ ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਭੇਜੀ, ਜਿਸ ਦਾ ਨੰਬਰ
[[REFERENCE:HBH-78812]] ਹੈ। ਦਸ ਦਿਨਾਂ ਵਿੱਚ stage 1 ਦਾ ਜਵਾਬ ਆਇਆ: ਉਨ੍ਹਾਂ ਨੇ ਗ਼ਲਤੀ
ਮੰਨੀ, ਸਾਰਾ ਰਸਤਾ ਨਵਾਂ ਬਣਾਇਆ, ਦਰਵਾਜ਼ੇ ਕੋਲ ਅਤੇ ਬਾਥਰੂਮ ਵਿੱਚ ਫੜਨ ਵਾਲੇ ਡੰਡੇ ਲਾਏ, ਅਤੇ
£150 ਦਿੱਤੇ। ਸਭ ਤੋਂ ਵਧੀਆ ਗੱਲ ਇਹ ਕਿ ਉਨ੍ਹਾਂ ਦੀ ਅਫ਼ਸਰ [[PERSON:ਪ੍ਰੀਤੀ]] ਨੇ ਬੀਬੀ ਜੀ ਨਾਲ
ਪੰਜਾਬੀ ਵਿੱਚ ਗੱਲ ਕੀਤੀ ਅਤੇ ਮਾਫ਼ੀ ਮੰਗੀ। ਬੀਬੀ ਜੀ ਦੀ ਖ਼ੁਸ਼ੀ ਦੇਖਣ ਵਾਲੀ ਸੀ। ਜੇ ਕਿਸੇ ਨੂੰ ਮਦਦ
ਚਾਹੀਦੀ ਹੈ ਤਾਂ ਮੈਨੂੰ [[EMAIL:harjot dot gill at example dot net]] ਤੇ ਲਿਖੋ ਜਾਂ
[[PHONE:020 7946 0903]] ਤੇ ਫ਼ੋਨ ਕਰੋ।
"""),
    ),
    (
        "fv2j-pa-02",
        "pa",
        _s("""
sat sri akal ji ਮੇਰਾ ਨਾਮ [[PERSON:ਬਲਵਿੰਦਰ ਸਿੰਘ]] ਆ ਪਰ ਸਾਰੇ [[PERSON:ਬਿੰਦਰ]] ਕਹਿੰਦੇ ਆ
ਅਸੀਂ [[ADDRESS:8 Tanhouse Lane]] [[POSTCODE:b664rd]] ਰਹਿੰਦੇ ਆਂ ਮੈਂ ਘਰਵਾਲੀ
[[PERSON:ਰਾਜ]] ਤੇ ਦੋ ਬੱਚੇ [[PERSON:ਜੱਸ]] [[AGE:5 ਸਾਲ]] ਦਾ ਤੇ [[PERSON:ਸਿਮਰ]]
[[AGE:ਦੋ ਸਾਲ]] ਦੀ। ਦਸੰਬਰ ਵਿੱਚ boiler ਬੰਦ ਹੋ ਗਿਆ ਨਾ heating ਨਾ ਗਰਮ ਪਾਣੀ
[[ORGANISATION:Black Country Living]] ਨੂੰ 7 ਵਾਰ ਫ਼ੋਨ ਕੀਤਾ job number
[[REFERENCE:BCL-445091]] ਹਰ ਵਾਰ ਕਹਿੰਦੇ engineer ਕੱਲ੍ਹ ਆਊਗਾ ਕੋਈ ਨੀ ਆਇਆ। ਮੈਂ taxi
ਚਲਾਉਂਦਾ ਹਾਂ ਰਾਤ ਨੂੰ ਬੱਚਿਆਂ ਨੂੰ ਆਪਣੀ ਗੱਡੀ [[OTHER_ID:FN21 OKP]] ਵਿੱਚ ਬਿਠਾ ਕੇ heater
ਚਲਾਉਂਦੇ ਸੀ ਤਾਂ ਜੋ ਥੋੜ੍ਹਾ ਨਿੱਘ ਆਵੇ ਸੋਚੋ ਜ਼ਰਾ। ਫਿਰ ਮੈਂ tiktok ਤੇ
[[OTHER_ID:@binder_taxi_wala]] ਤੋਂ video ਪਾਈ ਬਹੁਤ views ਆਏ ਪਰ ਕੰਮ ਫਿਰ ਵੀ ਨੀ ਹੋਇਆ।
ਗੁਆਂਢੀ [[PERSON:ਸਤਨਾਮ]] ਨੇ ਦੱਸਿਆ ਕਿ website ਤੇ complaint form ਭਰ ਉਹ ਵੱਖਰਾ ਹੁੰਦਾ।
ਭਰ ਦਿੱਤਾ। ਦੋ ਦਿਨਾਂ ਵਿੱਚ complaints ਤੋਂ [[PERSON:Darren]] ਦਾ ਫ਼ੋਨ ਆਇਆ ਉਸੇ ਦਿਨ ਦੋ
electric heater ਦੇ ਗਏ ਤੇ ਤੀਜੇ ਦਿਨ ਨਵਾਂ boiler ਲੱਗ ਗਿਆ। £380 ਦਿੱਤੇ ਬਿਜਲੀ ਦੇ ਖ਼ਰਚੇ ਤੇ
ਤਕਲੀਫ਼ ਦੇ। ਸਿੱਧੀ ਗੱਲ ਫ਼ੋਨ ਤੇ ਟਾਈਮ ਖ਼ਰਾਬ ਨਾ ਕਰੋ complaint ਲਿਖੋ। ਕੋਈ ਗੱਲ ਪੁੱਛਣੀ ਹੋਵੇ
[[PHONE:੦੭੭੦੦ ੯੦੦੨੭੪]]
"""),
    ),
    (
        "fv2j-pa-03",
        "pa",
        _s("""
ਸ੍ਰੀ ਮਾਨ ਜੀ, ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ। ਮੈਂ [[PERSON:ਹਰਭਜਨ ਸਿੰਘ ਸੰਧੂ]]
([[PERSON:Harbhajan Singh Sandhu]]), ਜਨਮ ਮਿਤੀ [[DATE_OF_BIRTH:15 ਅਗਸਤ 1951]], ਆਪ
ਜੀ ਦੀ ਵੈੱਬਸਾਈਟ ਉੱਤੇ ਆਪਣੀ ਸ਼ਿਕਾਇਤ ਦਾ ਵੇਰਵਾ ਦੇਣਾ ਚਾਹੁੰਦਾ ਹਾਂ। ਮੇਰਾ ਪਤਾ
[[ADDRESS:ਫਲੈਟ ਨੰਬਰ 6, Gladstone Court]], Leicester [[POSTCODE:LE4 6RB]] ਹੈ,
ਕਿਰਾਏਦਾਰੀ ਹਵਾਲਾ ਨੰਬਰ [[REFERENCE:BHP/T/220417]] ਅਤੇ ਰਾਸ਼ਟਰੀ ਬੀਮਾ ਨੰਬਰ
[[NI_NUMBER:SH 51 08 37 D]] ਹੈ। ਮੇਰੀ ਉਮਰ [[AGE:73 ਸਾਲ]] ਹੈ ਅਤੇ ਮੇਰੀ ਧਰਮ ਪਤਨੀ
ਸ੍ਰੀਮਤੀ [[PERSON:ਸੁਰਿੰਦਰ ਕੌਰ]] ਨੂੰ [[HEALTH:ਦਿਲ ਦੀ ਬਿਮਾਰੀ]] ਹੈ। ਤਿੰਨ ਸਾਲ ਤੱਕ
[[ORGANISATION:Belgrave Housing Partnership]] ਸਾਡੇ ਤੋਂ ਸਾਂਝੀ ਹੀਟਿੰਗ ਦਾ ਪੂਰਾ service
charge ਲੈਂਦੀ ਰਹੀ, ਜਦ ਕਿ ਸਾਡੇ ਫਲੈਟ ਦੇ ਰੇਡੀਏਟਰ ਅੱਧੇ ਠੰਢੇ ਰਹਿੰਦੇ ਸਨ। ਇਸ ਤੋਂ ਇਲਾਵਾ,
ਠੇਕੇਦਾਰ [[ORGANISATION:Midshires Heating Services]] ਦੇ ਕਾਰੀਗਰ ਬਿਨਾਂ ਪੁੱਛੇ ਜੁੱਤੀਆਂ
ਸਮੇਤ ਸਾਡੇ ਉਸ ਕਮਰੇ ਵਿੱਚ ਆ ਗਏ ਜਿੱਥੇ ਅਸੀਂ ਪਾਠ ਕਰਦੇ ਹਾਂ। ਮੈਂ
[[OTHER_SPECIAL:ਅੰਮ੍ਰਿਤਧਾਰੀ ਸਿੱਖ]] ਹਾਂ ਅਤੇ ਇਸ ਗੱਲ ਦਾ ਮੈਨੂੰ ਬਹੁਤ ਦੁੱਖ ਹੋਇਆ। ਮੈਂ ਲਿਖਤੀ
ਸ਼ਿਕਾਇਤ ਕੀਤੀ। ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ ਸ਼ਿਕਾਇਤ ਪ੍ਰਬੰਧਕ ਸ੍ਰੀ [[PERSON:Patel]] ਨੇ ਸਾਰਾ ਹਿਸਾਬ
ਦੁਬਾਰਾ ਕਰਵਾਇਆ। ਸਾਨੂੰ £1,140 ਵਾਪਸ ਮਿਲੇ, ਹਰ ਰੇਡੀਏਟਰ ਉੱਤੇ ਨਵਾਂ ਵਾਲਵ ਲੱਗਿਆ, ਅਤੇ ਸਾਡੀ
ਫ਼ਾਈਲ ਵਿੱਚ ਲਿਖਿਆ ਗਿਆ ਕਿ ਘਰ ਆਉਣ ਵਾਲੇ ਕਾਰੀਗਰ ਜੁੱਤੀਆਂ ਉਤਾਰ ਕੇ ਆਉਣ। ਠੇਕੇਦਾਰ ਨੇ
ਲਿਖਤੀ ਮਾਫ਼ੀ ਵੀ ਮੰਗੀ। ਮੇਰਾ ਫ਼ੋਨ ਨੰਬਰ [[PHONE:0116 496 0452]] ਹੈ। ਆਪ ਜੀ ਦਾ
ਵਿਸ਼ਵਾਸਪਾਤਰ, [[PERSON:ਹ. ਸ. ਸੰਧੂ]]
"""),
    ),
    (
        "fv2j-pa-04",
        "pa",
        _s("""
ਨਾਮ: [[PERSON:ਮਨਦੀਪ ਕੌਰ]] (ਕੰਮ ਤੇ ਸਾਰੇ [[PERSON:Mandy]] ਕਹਿੰਦੇ ਨੇ)। ਕੀ ਹੋਇਆ: ਅਸੀਂ
Handsworth ਵਿੱਚ [[ADDRESS:Royal Sweets]] ਦੇ ਉੱਪਰ ਵਾਲੇ ਫਲੈਟ ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ,
[[POSTCODE:B21 9NH]]। ਦੋ ਸਾਲ ਤੋਂ ਬੱਚਿਆਂ ਦੇ ਕਮਰੇ ਦੀਆਂ ਕੰਧਾਂ ਉੱਤੇ ਉੱਲੀ (mould) ਸੀ।
ਮੇਰੀ ਧੀ [[PERSON:ਜਸਲੀਨ]], ਉਮਰ [[AGE:ਗਿਆਰਾਂ ਸਾਲ]], ਨੂੰ [[HEALTH:ਦਮਾ]] ਹੈ ਅਤੇ ਉਹ
[[ADDRESS:Grove Lane Primary]] ਤੋਂ ਕਈ ਵਾਰ ਛੁੱਟੀ ਲੈ ਕੇ ਘਰ ਰਹੀ।
[[ORGANISATION:Soho Vale Housing]] ਦਾ surveyor, Mr [[PERSON:Kowalski]], ਆਇਆ ਤੇ
ਬੋਲਿਆ ਕਿ ਇਹ lifestyle ਹੈ, ਅਸੀਂ ਬਹੁਤ ਖਾਣਾ ਬਣਾਉਂਦੇ ਹਾਂ ਅਤੇ ਕੱਪੜੇ ਅੰਦਰ ਸੁਕਾਉਂਦੇ ਹਾਂ। ਮੈਂ
stage 1 ਅਤੇ stage 2 ਦੋਵੇਂ ਕੀਤੇ, ਦੋਵਾਂ ਵਿੱਚ ਇਹੀ ਜਵਾਬ। ਫਿਰ Housing Ombudsman ਕੋਲ
ਗਈ, case ਨੰਬਰ [[REFERENCE:202419033]]। ਕੀ ਠੀਕ ਕੀਤਾ ਗਿਆ: Ombudsman ਦੇ ਕਹਿਣ ਤੇ
ਦੂਜੇ surveyor ਨੇ ਛੱਤ ਦਾ ਟੁੱਟਿਆ gutter ਲੱਭਿਆ ਜਿਸ ਤੋਂ ਪਾਣੀ ਕੰਧ ਵਿੱਚ ਜਾਂਦਾ ਸੀ। gutter
ਨਵਾਂ ਲੱਗਿਆ, ਕੰਧਾਂ ਦਾ treatment ਹੋਇਆ, ਹਵਾ ਕੱਢਣ ਵਾਲਾ ਪੱਖਾ ਲੱਗਿਆ, ਅਤੇ £600 ਮਿਲੇ।
ਉਨ੍ਹਾਂ ਨੇ ਲਿਖ ਕੇ ਮਾਫ਼ੀ ਮੰਗੀ ਕਿ ਸਾਡੇ ਖਾਣਾ ਬਣਾਉਣ ਨੂੰ ਦੋਸ਼ ਦਿੱਤਾ। ਦੂਜਿਆਂ ਨੂੰ ਕੀ ਪਤਾ ਹੋਣਾ
ਚਾਹੀਦਾ ਹੈ: ਖਾਣਾ ਬਣਾਉਣਾ ਕੋਈ ਗੁਨਾਹ ਨਹੀਂ। ਜੇ ਉਹ ਤੁਹਾਨੂੰ ਦੋਸ਼ ਦੇਣ ਤਾਂ ਵੀ ਪਿੱਛੇ ਨਾ ਹਟੋ।
ਮੇਰੇ ਨਾਲ ਗੱਲ ਕਰਨੀ ਹੋਵੇ ਤਾਂ [[EMAIL:mandeep.k@example.org]] ਜਾਂ facebook ਉੱਤੇ
[[OTHER_ID:facebook.com/mandy.kaur.bham]]
"""),
    ),
    (
        "fv2j-pa-05",
        "pa",
        _s("""
ਪਹਿਲਾਂ ਦੱਸ ਦਿਆਂ ਕਿ ਮੈਨੂੰ ਬਹੁਤ ਗੁੱਸਾ ਸੀ। ਮੇਰਾ ਨਾਮ [[PERSON:ਸੁਖਦੇਵ ਸਿੰਘ ਢਿੱਲੋਂ]] ਹੈ,
ਦੋਸਤ [[PERSON:ਸੁੱਖਾ]] ਕਹਿੰਦੇ ਨੇ। ਅਸੀਂ [[ADDRESS:52 Cranbrook Avenue]],
[[POSTCODE:WV10 8PA]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ। ਮੇਰੀ ਪਤਨੀ [[PERSON:ਪਰਮਜੀਤ]] ਨੂੰ
[[HEALTH:ਮਲਟੀਪਲ ਸਕਲੇਰੋਸਿਸ]] ਹੈ ਅਤੇ ਉਹ wheelchair ਵਰਤਦੀ ਹੈ।
[[ORGANISATION:Penn Fields Homes]] ਨੇ ਘਰ ਦੇ ਅੱਗੇ ramp ਲਵਾਉਣ ਲਈ
[[ORGANISATION:Midland Access Ltd]] ਨੂੰ ਭੇਜਿਆ, ਪਰ ਉਨ੍ਹਾਂ ਨੇ ਐਨੀ ਢਲਾਣ ਵਾਲਾ ramp
ਬਣਾਇਆ ਕਿ wheelchair ਪਿੱਛੇ ਨੂੰ ਰਿੜ੍ਹ ਜਾਂਦੀ ਸੀ। ਇੱਕ ਦਿਨ [[PERSON:ਪਰਮਜੀਤ]]
ਡਿੱਗਦੀ-ਡਿੱਗਦੀ ਬਚੀ, [[ADDRESS:ਮਕਾਨ ਨੰਬਰ 54]] ਵਾਲੇ [[PERSON:ਕੁਲਦੀਪ]] ਜੀ ਨੇ ਭੱਜ ਕੇ
ਫੜ ਲਈ। ਮੈਂ ਫ਼ੋਨ ਤੇ ਚੀਕਿਆ, ਈਮੇਲਾਂ ਲਿਖੀਆਂ, ਕਿਸੇ ਨੇ ਨਹੀਂ ਸੁਣੀ। ਫਿਰ ਲਿਖਤੀ complaint
ਕੀਤੀ, ਨੰਬਰ [[REFERENCE:PFH/COMP/5521]]। ਇੱਥੋਂ ਗੱਲ ਬਦਲੀ। ਉਨ੍ਹਾਂ ਦੀ officer
[[PERSON:Beverley]] ਖ਼ੁਦ ਆਈ, ramp ਦੇਖ ਕੇ ਕਹਿੰਦੀ ਇਹ ਤਾਂ ਖ਼ਤਰਨਾਕ ਹੈ। ਤਿੰਨ ਹਫ਼ਤਿਆਂ ਵਿੱਚ
ramp ਤੋੜ ਕੇ ਨਿਯਮਾਂ ਮੁਤਾਬਕ ਨਵਾਂ ਬਣਾਇਆ, ਦੋਵੇਂ ਪਾਸੇ ਰੇਲਿੰਗ ਲਾਈ, ਅਤੇ £450 ਸਾਡੇ ਖਾਤੇ
ਵਿੱਚ ਪਾਏ: sort code [[OTHER_ID:20-71-45]], ਖਾਤਾ ਜਿਸ ਦੇ ਆਖ਼ਰੀ ਅੰਕ
[[OTHER_ID:3391]] ਹਨ। ਜਦੋਂ [[PERSON:ਪਰਮਜੀਤ]] ਪਹਿਲੀ ਵਾਰ ਆਪ ramp ਤੋਂ ਉੱਤਰੀ, ਮੈਂ ਸੁਖ ਦਾ
ਸਾਹ ਲਿਆ। ਗੁੱਸਾ ਕਰੋ ਪਰ ਲਿਖ ਕੇ ਕਰੋ, ਇਹੀ ਮੇਰੀ ਸਲਾਹ ਹੈ। ਫ਼ੋਨ: [[PHONE:07700 900 915]]
"""),
    ),
    (
        "fv2j-pl-01",
        "pl",
        _s("""
dzien dobry pisze bo na stronie bylo ze mozna opisac jak skarga pomogla. jestem
[[PERSON:kasia]] mieszkam z mezem [[PERSON:markiem]] i corka [[PERSON:jagoda]] ma
[[AGE:4 latka]] w [[ADDRESS:mieszkaniu 7]] w [[ADDRESS:Elmstead House]]
[[POSTCODE:pe12lp]] w peterborough. od zeszlej jesieni w pokoju malej na scianie za
lozkiem zrobil sie grzyb czarny i fioletowy wygladalo to jak rozgniecione jagody
serio. [[PERSON:jagoda]] caly czas kaszlala i lekarka z [[ADDRESS:Parkway Surgery]]
powiedziala ze to przez wilgoc. dzwonilam do [[ORGANISATION:Fenland Vale Homes]] chyba
8 razy zawsze to samo wietrzyc i myc domestosem. kolezanka z pracy [[PERSON:gosia]]
powiedziala ze trzeba napisac skarge formalna a nie dzwonic wiec napisalam po
angielsku z google tlumaczem i podalam numer naprawy [[REFERENCE:FVH-R-20945]]. po 10
dniach przyszedl pan [[PERSON:Rob]] od wilgoci i od razu znalazl peknieta rynne nad
oknem ktora lala po scianie od srodka. naprawili rynne odgrzybili sciane pomalowali
specjalna farba dali nowy wentylator w lazience i 250 funtow i pismo z przeprosinami.
teraz jest ta ustawa awaabs law i musza szybciej jak jest male dziecko w domu. nie
dajcie sie zbyc telefonem piszcie skarge na pismie. jak ktos chce pogadac po polsku to
smialo [[PHONE:07700900742]]
"""),
    ),
    (
        "fv2j-pl-02",
        "pl",
        _s("""
Szanowni Państwo, w odpowiedzi na prośbę o opisanie skarg, które zostały rozpatrzone
pozytywnie, przesyłam swoją historię. Nazywam się [[PERSON:Zbigniew Wójcik]],
urodziłem się [[DATE_OF_BIRTH:3 października 1956]] r. i od 2006 roku jestem najemcą
lokalu pod adresem [[ADDRESS:45 Hartington Road]], [[POSTCODE:W13 8QL]] (numer umowy
najmu [[REFERENCE:TEN-884120]]). Choruję na [[HEALTH:POChP]], a każda zima w
nieszczelnym mieszkaniu była dla mnie ciężka. Okna w sypialni i w kuchni nie domykały
się od lat, co wielokrotnie zgłaszałem [[ORGANISATION:Brentside Housing Association]].
W pierwszym etapie skargi odpowiedziano mi, że okna są w planie wymiany na rok 2027. W
drugim etapie odpowiedź była taka sama, wobec czego zwróciłem się do Rzecznika
Mieszkaniowego (Housing Ombudsman, sprawa nr [[REFERENCE:202318842]]). Dopiero wtedy
pani [[PERSON:Beata Kowalczyk]] z działu skarg, która mówi po polsku, przyjechała
osobiście, obejrzała okna i przyznała, że zaniedbano sprawę. Okna wymieniono w ciągu
pięciu tygodni, otrzymałem 500 funtów rekompensaty oraz pisemne przeprosiny. W
pisaniu pism pomagał mi ksiądz [[PERSON:Tadeusz]] z parafii przy kościele
[[ADDRESS:Matki Bożej Częstochowskiej]], do którego należę od przyjazdu. Dla
porządku podaję również numer National Insurance, [[NI_NUMBER:PZ 61 48 20 B]], gdyby
administratorzy strony chcieli sprawdzić moją tożsamość. Kontakt:
[[EMAIL:z.wojcik@example.net]], tel. [[PHONE:020 7946 0144]]. Z wyrazami szacunku,
[[PERSON:Zbigniew Wójcik]]
"""),
    ),
    (
        "fv2j-pl-03",
        "pl",
        _s("""
Piszę w imieniu mojej mamy, [[PERSON:Haliny Nowickiej]], bo mama nie ma internetu i
nie pisze po angielsku. Mama ma [[AGE:79 lat]] (urodzona
[[DATE_OF_BIRTH:21.06.1945]]), jest wdową i mieszka sama pod [[ADDRESS:dwunastką]] na
[[ADDRESS:Oakfield Estate]] w Sittingbourne, [[POSTCODE:ME10 3RS]]. W lutym po wichurze
pękła szyba w drzwiach balkonowych. [[ORGANISATION:Swale Coast Homes]] przysłało kogoś,
kto zabił drzwi dyktą, i na tym się skończyło. Przez cztery miesiące mama siedziała w
pokoju bez światła dziennego, z przeciągiem, a choruje na [[HEALTH:cukrzycę]] i ma
kłopoty z krążeniem w nogach. Sąsiadka mamy, pani [[PERSON:Jadzia]] z
[[ADDRESS:czternastki]], dzwoniła do nich kilka razy, ja też, zawsze słyszałyśmy, że
zamówienie jest w systemie. W końcu złożyłam skargę na piśmie, numer
[[REFERENCE:SCH-CMP-3318]]. Po ośmiu dniach zadzwoniła kierowniczka, pani
[[PERSON:Claire]], przeprosiła mamę przez tłumacza i powiedziała wprost, że zlecenie
zamknięto po zabiciu drzwi dyktą, jakby to była naprawa. Nowe drzwi balkonowe
wstawiono w ciągu tygodnia, mama dostała 275 funtów, a w jej aktach zapisano, że
[[PERSON:Halina]] potrzebuje tłumacza na polski przy każdej wizycie. Pani
[[PERSON:Jadzi]] mama upiekła sernik w podziękowaniu. Jeśli ktoś ma starszych rodziców
w podobnej sytuacji, chętnie pomogę: [[PHONE:07700 900 356]]. [[PERSON:Marta]]
"""),
    ),
    (
        "fv2j-pl-04",
        "pl",
        _s("""
Imię i nazwisko: [[PERSON:Tomasz Zieliński]] ([[PERSON:Tomek]]). Co się stało:
Mieszkamy z żoną [[PERSON:Anią]] i synem [[PERSON:Szymkiem]] ([[AGE:sześć lat]]) pod
adresem [[ADDRESS:3 Radford Mews]], [[POSTCODE:NG7 3HU]]. Od dwóch zim w kuchni i w
pokoju [[PERSON:Szymka]] wilgoć szła od podłogi w górę, tapeta odpadała płatami, a
ubrania w szafie pleśniały. [[ORGANISATION:Trentside Homes]] twierdziło, że to od
suszenia prania w domu. Przyszedł pan [[PERSON:Gareth]], ich inspektor, zmierzył
wilgotność i powiedział, że trzeba więcej wietrzyć. Z [[PERSON:Garethem]] rozmawiałem
potem jeszcze dwa razy i nic. Złożyłem skargę formalną, numer [[REFERENCE:TH/C/0912]],
i dołączyłem list ze szkoły [[PERSON:Szymka]], [[ADDRESS:St Joseph's Primary]], o jego
nieobecnościach przez kaszel. Co zostało naprawione: w odpowiedzi na drugim etapie
przyznali, że izolacja przeciwwilgociowa w ścianach jest zniszczona. Firma
[[ORGANISATION:DryWall Solutions]] zrobiła nową iniekcję, skuto i położono nowy tynk,
zamontowano wentylator z czujnikiem wilgoci. Dostaliśmy 400 funtów i zwrot za
zniszczone ubrania. Co inni powinni wiedzieć: od kiedy jest Awaab's Law, landlord ma
konkretne terminy na wilgoć i pleśń, warto to napisać w skardze. Jestem budowlańcem i
wiem, jak to wygląda od środka, więc jak ktoś chce rady, piszcie na instagramie
[[OTHER_ID:@tomek_buduje]] albo dzwońcie [[PHONE:0115 496 0217]].
"""),
    ),
    (
        "fv2j-pl-05",
        "pl",
        _s("""
Nie wiem, od czego zacząć, bo jak sobie przypomnę zeszły rok, to mnie dalej trzęsie.
Jestem [[PERSON:Agnieszka Lis]], mieszkam w [[ADDRESS:mieszkaniu nr 12]] w
[[ADDRESS:Riverside Court]], [[POSTCODE:DA11 9RT]], z partnerem [[PERSON:Dawidem]],
który pracuje na nocki. Sąsiad z [[ADDRESS:mieszkania numer 15]] puszczał muzykę od
północy do czwartej rano, prawie codziennie, przez osiem miesięcy. Waliło przez
ścianę tak, że szklanki dzwoniły. Spać nie mogłam, lekarz zdiagnozował u mnie
[[HEALTH:depresję]], w pracy dostałam ostrzeżenie. [[ORGANISATION:Thameside Estuary Housing]]
otworzyło sprawę, numer [[REFERENCE:ASB-TEH-00731]], i tyle. A jak zadzwoniłam
kolejny raz, urzędnik zapytał mnie, czy ja w ogóle mam prawo tu mieszkać. Mam
[[OTHER_SPECIAL:settled status]], od lat, i płacę czynsz jak każdy. Wtedy się
wściekłam i złożyłam skargę. I tu muszę przyznać: poszło dobrze. Nowy opiekun
sprawy, pan [[PERSON:Kwame]], dał mi aplikację do nagrywania hałasu, po dwóch
tygodniach sąsiad dostał pisemne ostrzeżenie, a potem nakaz. Zrobili wyciszenie
ściany, przeprosili na piśmie za pytanie o status i wypłacili 300 funtów. Teraz w
nocy słyszę tylko lisa, który grzebie w śmietniku. Jak ktoś chce, niech pisze:
[[EMAIL:agnieszka.lis małpa example kropka com]].
"""),
    ),
    (
        "fv2j-ro-01",
        "ro",
        _s("""
buna ziua sunt [[PERSON:ionut]] stau cu sotia [[PERSON:madalina]] si fetita
[[PERSON:sofia]] care are [[AGE:2 ani]] in [[ADDRESS:flat 4, wren court]]
[[POSTCODE:rm9 6dx]] dagenham. din noiembrie nu mergea incalzirea deloc doar apa calda
si nici aia mereu. am sunat la [[ORGANISATION:eastbrook homes]] de 9 ori, job number
[[REFERENCE:EBH-661042]], ziceau ca vine omul si nu venea nimeni. [[PERSON:mada]] a
stat cu [[PERSON:sofia]] la maica-sa in ilford 2 saptamani ca in casa erau 14 grade si
a facut fetita [[HEALTH:bronsiolita]]. un vecin de la etaj mai batran nea
[[PERSON:gica]] mi-a zis sa nu mai sun si sa fac plangere pe site cu stage 1 ca asa
sunt obligati sa raspunda in scris. am facut-o seara pe telefon si in 3 zile m-a sunat
un inginer [[PERSON:Kwabena]] foarte de treaba, a venit a doua zi, a zis ca boilerul e
de aruncat. in aceeasi saptamana aveam boiler nou, 2 calorifere schimbate, si ne-au
dat 320 de lire pentru curent si pentru tot ce am patit plus o scrisoare de scuze.
sfatul meu nu mai sunati la infinit, scrieti plangere. daca aveti intrebari sunati-ma
[[PHONE:07700 900 831]] sau pe fb ma gasiti [[OTHER_ID:facebook.com/ionut.rusu.88]]
"""),
    ),
    (
        "fv2j-ro-02",
        "ro",
        _s("""
Scriu în numele mamei mele, doamna [[PERSON:Speranța Vasilescu]], care are
[[AGE:71 de ani]] și nu folosește internetul. Mama locuiește singură în
[[ADDRESS:apartamentul 22]] din [[ADDRESS:Kestrel House]], [[POSTCODE:HA3 6JX]], de
când a venit la noi în Anglia. Are [[HEALTH:artrită reumatoidă]] și
[[HEALTH:insuficiență cardiacă]], așa că urcatul scărilor e exclus. Timp de cinci luni
a curs apă din țeava de sub chiuveta din baie, podeaua s-a umflat și a început să
miroasă a mucegai. Am sunat la [[ORGANISATION:Harrow Weald Housing]] de nenumărate
ori. Mama nu mai avea nicio speranță că se va rezolva ceva și îmi spunea să las
baltă. Am făcut plângere în scris, numărul [[REFERENCE:HWH-CMP-88217]], iar ei mi-au
cerut data nașterii mamei, [[DATE_OF_BIRTH:12 noiembrie 1953]], și numărul de
asigurări sociale, [[NI_NUMBER:SR 37 84 12 A]], ca să verifice că vorbesc în numele
ei. Răspunsul la prima etapă a venit în zece zile lucrătoare: au recunoscut că
lucrarea fusese închisă din greșeală de trei ori. Au schimbat țeava, toată podeaua
din baie și au pus o cadă de duș fără prag, potrivită pentru ea. I-au dat mamei 350
de lire și o scrisoare de scuze. Părintele [[PERSON:Vasile]] de la
[[ADDRESS:Biserica Sfânta Parascheva]], unde merge mama duminica, a venit să binecuvânteze
baia nouă. Pentru cine are părinți în vârstă: nu așteptați să se plângă ei. Mă puteți
contacta la [[EMAIL:ioana.vasilescu@example.com]]. [[PERSON:Ioana]]
"""),
    ),
    (
        "fv2j-ro-03",
        "ro",
        _s("""
Stimată doamnă, stimate domn, subsemnatul [[PERSON:Constantin Dumitrescu]], chiriaș
al [[ORGANISATION:Leodis Homes]] la adresa [[ADDRESS:9 Beckett Grove]], Leeds,
[[POSTCODE:LS8 2QR]], număr contract [[REFERENCE:LH-TEN-30518]], doresc să vă relatez
modul în care a fost soluționată plângerea mea. În luna ianuarie, după o furtună,
acoperișul a început să plouă în dormitorul fiului meu, [[PERSON:Andrei]], în vârstă
de [[AGE:16 ani]]. Am raportat de patru ori. Pe 3 februarie o parte din tavan s-a
prăbușit pe patul lui, din fericire pe când era la școală. În aceeași noapte mai
multe țigle au căzut de pe acoperiș pe autoturismul meu, [[OTHER_ID:YB66 TRK]],
spărgând parbrizul. Am depus plângere oficială, iar răspunsul din prima etapă a fost
nesatisfăcător. M-am adresat Ombudsmanului pentru locuințe (dosar nr.
[[REFERENCE:202401176]]), după care proprietarul a revenit asupra deciziei. Firma
[[ORGANISATION:Yorkshire Roofline Ltd]] a înlocuit acoperișul în întregime, tavanul a
fost refăcut, camera a fost zugrăvită, mi s-a plătit franșiza asigurării auto și o
despăgubire de 850 de lire sterline. Vecinul meu de la [[ADDRESS:numărul 11]], domnul
[[PERSON:Haworth]], a avut aceeași problemă și a primit aceeași rezolvare în urma
plângerii mele. Recomand tuturor să păstreze fotografii datate. Pentru eventuale
întrebări mă puteți contacta la [[PHONE:0113 496 0665]]. Cu stimă,
[[PERSON:C. Dumitrescu]]
"""),
    ),
    (
        "fv2j-ro-04",
        "ro",
        _s("""
Numele: [[PERSON:Florentina Marin]], toată lumea îmi zice [[PERSON:Flori]]. Ce s-a
întâmplat: Locuiesc la [[ADDRESS:31 Ashby Road]] în Loughborough cu cei doi copii,
[[PERSON:Darius]] ([[AGE:opt ani]]) și [[PERSON:Alesia]] ([[AGE:doi ani]]). Toamna
trecută au apărut șobolani în bucătărie. Intrau printr-o grilă de aerisire spartă din
peretele din spate și prin țeava de scurgere. Îmi era frică să las mâncare afară, am
aruncat tot din dulapuri de două ori, iar [[PERSON:Darius]], care are
[[HEALTH:astm]], nu mai dormea de frică. [[ORGANISATION:Charnwood Homes]] mi-a spus că
dăunătorii sunt responsabilitatea chiriașului. Am făcut plângere, nr.
[[REFERENCE:CH/2024/1187]], cu poze și cu o scrisoare de la școala lui [[PERSON:Darius]],
[[ADDRESS:Holywell Fields Primary]]. Ce s-a rezolvat: la etapa 1 au recunoscut că
grila spartă e reparația lor. Firma [[ORGANISATION:Midlands Pest Solutions]] a venit de
trei ori, au astupat toate găurile, au schimbat grila și au pus plasă pe scurgere. Mi-au
dat 200 de lire pentru mâncarea aruncată și o scrisoare de scuze. Acum am iar flori pe
pervazul din bucătărie și nu mai tresar la fiecare zgomot. Ce ar trebui să știe alții:
nu credeți pe cuvânt când vă spun că nu e treaba lor, cereți să vă arate în scris.
Pentru întrebări: [[EMAIL:florentina.marin arond example punct org]] sau pe Instagram
[[OTHER_ID:@flori_cofetaria]], unde vând și prăjituri.
"""),
    ),
    (
        "fv2j-ro-05",
        "ro",
        _s("""
Vreau să spun de la început că am fost foarte supărat și aproape n-am mai scris aici.
Mă numesc [[PERSON:Marian Stoica]], suntem [[OTHER_SPECIAL:romi]] și stăm de patru ani
la [[ADDRESS:18 Linden Street]], [[POSTCODE:S4 8JD]], lângă pubul
[[ADDRESS:Red Lion]], eu, soția [[PERSON:Georgiana]] și trei copii. Podeaua din bucătărie
era putredă, se mișca sub picioare. Am raportat de mai multe ori la
[[ORGANISATION:Fenwick Gate Housing]] și omul care a venit ne-a zis că „oameni ca voi”
strică casele. Apoi băiatul cel mare, [[PERSON:Costel]], [[AGE:11 ani]], a căzut cu
piciorul prin podea. El are [[HEALTH:epilepsie]] și a făcut o criză de la sperietură.
Cumnatul meu [[PERSON:Cristi]] m-a ajutat să scriu plângerea în engleză, numărul
[[REFERENCE:FGH-C-20457]], și am scris și ce ni s-a spus. Am [[OTHER_SPECIAL:pre-settled status]]
și mi-era frică să mă plâng, credeam că o să avem probleme. Nu a fost așa. Ne-a sunat
o doamnă de la reclamații, [[PERSON:Nadia Hussain]], cu interpret de română, și ne-a
cerut scuze pentru ce a zis omul lor. Au scos toată podeaua, au pus grinzi noi și
gresie, iar noi am dormit o săptămână la [[PERSON:Cristi]], am dus lucrurile cu duba
lui, [[OTHER_ID:SF63 WVA]], și ei ne-au plătit 500 de lire plus transportul. Omul
acela a fost trimis la instruire. Dacă vă e frică, sunați-mă, vă povestesc:
[[PHONE:+44 7700 900412]].
"""),
    ),
    (
        "fv2j-ur-01",
        "ur",
        _s("""
السلام علیکم میرا نام [[PERSON:نسرین]] ہے محلے میں سب [[PERSON:نسرین]] باجی کہتے ہیں
ہم [[ADDRESS:فلیٹ 11]] [[ADDRESS:Ravensworth Court]] [[POSTCODE:bd8 7ht]] بریڈفورڈ میں
رہتے ہیں میں میرے میاں [[PERSON:شاہد]] اور بیٹی [[PERSON:عائشہ]] جو [[AGE:چھ سال]] کی
ہے اس کو [[HEALTH:دمہ]] ہے۔ پچھلی سردیوں میں کھڑکی کے فریم سے پانی اندر آتا تھا اور
دیوار پہ کالی پھپھوندی ہو گئی بچی رات بھر کھانستی رہتی۔ [[ORGANISATION:Beckside Homes]]
کو پتا نہیں کتنی بار فون کیا repair نمبر [[REFERENCE:BKH-330871]] بھی دیا ہر بار کہتے
ٹیکنیشن آئے گا کوئی نہیں آیا۔ پھر [[ADDRESS:Lister Lane Surgery]] والی ڈاکٹر نے خط لکھ
دیا کہ بچی کی سانس کی تکلیف نمی کی وجہ سے بڑھ رہی ہے میں نے وہ خط لگا کے آن لائن
complaint کر دی۔ ایک ہفتے میں ایک لڑکا آیا [[PERSON:Liam]] بڑا اچھا تھا اس نے پوری
کھڑکی نئی لگوائی دیوار صاف کر کے اینٹی مولڈ پینٹ کیا اور 200 پاؤنڈ دیے اور معافی کا خط
بھی۔ بہنو بات یہ ہے کہ فون پہ فون کرنے سے کچھ نہیں ہوتا لکھ کے complaint کرو۔ کوئی بات
پوچھنی ہو تو میرا نمبر [[PHONE:۰۷۷۰۰ ۹۰۰۶۴۵]]
"""),
    ),
    (
        "fv2j-ur-02",
        "ur",
        _s("""
جناب عالی، بصد احترام گزارش ہے کہ میں، [[PERSON:محمد اسلم چوہدری]]، تاریخ پیدائش
[[DATE_OF_BIRTH:۱۲ جنوری ۱۹۵۸]]، عمر [[AGE:66 سال]]، ساکن [[ADDRESS:63 Stratford Road]]،
برمنگھم [[POSTCODE:B11 1AR]]، گزشتہ اٹھارہ برس سے [[ORGANISATION:Cole Valley Housing]]
کا کرایہ دار ہوں (ٹیننسی ریفرنس [[REFERENCE:CVH-T-009415]])۔ گزشتہ برس باورچی خانے کے
دو ساکٹ جل کر سیاہ ہو گئے اور بجلی بار بار چلی جاتی تھی۔ میں
[[HEALTH:گردوں کی بیماری]] کا مریض ہوں اور گھر پر ڈائیلاسز مشین استعمال کرتا ہوں، اس لیے
بجلی کا جانا میرے لیے جان کا خطرہ تھا۔ تین ماہ تک صرف عارضی مرمت ہوتی رہی۔ میں نے
تحریری شکایت کی؛ پہلے اور دوسرے مرحلے میں جواب آیا کہ مکمل وائرنگ منصوبے میں شامل ہے۔
چنانچہ میں نے ہاؤسنگ اومبڈسمین سے رجوع کیا (کیس نمبر [[REFERENCE:202320418]])۔ اس کے
بعد محترمہ [[PERSON:Rebecca Holt]]، سربراہ شعبۂ شکایات، نے خود فون کر کے معذرت کی۔ دو
ہفتوں میں پورے گھر کی نئی وائرنگ ہوئی، ڈائیلاسز مشین کے لیے الگ محفوظ سرکٹ لگا، اور
مجھے 750 پاؤنڈ ہرجانہ ادا کیا گیا۔ ان کے ریکارڈ میں اب درج ہے کہ میرا گھر ترجیحی فہرست
میں ہے۔ اس دوران [[ADDRESS:جامع مسجد غوثیہ]] کے امام صاحب نے بھی خط لکھ کر میری حمایت
کی، جس کے لیے میں ان کا شکر گزار ہوں۔ تصدیق کے لیے میرا نیشنل انشورنس نمبر
[[NI_NUMBER:NE 40 27 61 A]] ہے۔ رابطہ: [[EMAIL:aslam.chaudhry@example.net]]۔ فقط،
آپ کا مخلص، [[PERSON:محمد اسلم]]
"""),
    ),
    (
        "fv2j-ur-03",
        "ur",
        _s("""
نام: [[PERSON:سمیرا بانو]] ([[PERSON:Sameera Bano]])۔ کیا ہوا: ہم
[[ADDRESS:مکان نمبر 27، Elmwood Close]]، [[POSTCODE:M8 5QS]] میں رہتے ہیں۔ دو کمروں
کے گھر میں ہم چھ لوگ ہیں۔ بڑا بیٹا [[PERSON:امید]] [[AGE:بارہ سال]] کا ہے اور چھوٹی
بیٹی [[PERSON:حرا]] [[ADDRESS:Elmwood Park Primary]] میں پڑھتی ہے۔ بچوں کے کمرے میں
نمی اور پھپھوندی تھی اور [[PERSON:امید]] کا [[HEALTH:ایگزیما]] بہت بگڑ گیا۔ ہاؤسنگ
آفیسر [[PERSON:جو]] ([[PERSON:Jo]]) آئیں تو کہنے لگیں کہ [[OTHER_SPECIAL:ایشیائی]]
گھرانوں میں کھانا بہت پکتا ہے، بھاپ سے ایسا ہوتا ہے۔ مجھے بہت برا لگا۔
[[ORGANISATION:Irk Valley Homes]] کو تحریری شکایت کی، نمبر [[REFERENCE:IVH-41207]]۔
کیا ٹھیک کیا گیا: اسٹیج 1 کے جواب میں انہوں نے مانا کہ چھت کا ایک حصہ ٹوٹا ہوا تھا جس
سے پانی دیوار میں جا رہا تھا۔ چھت کی مرمت ہوئی، دیوار کا علاج ہوا، کھڑکیوں میں وینٹ
لگے۔ [[PERSON:جو]] نے خود فون کر کے اپنی بات پر معافی مانگی۔ ہمیں 250 پاؤنڈ ملے اور
بڑے گھر کی درخواست میں میڈیکل پوائنٹس بھی ملے۔ دوسروں کو کیا معلوم ہونا چاہیے: جو بھی
مسئلہ ہو، لکھ کر شکایت کریں، زبانی بات کا کوئی ریکارڈ نہیں ہوتا۔ مجھے امید ہے کہ اگلے
سال تک ہمیں تین کمروں کا گھر مل جائے گا۔ میں سلائی کا کام کرتی ہوں اور اپنی کہانی
[[OTHER_ID:@sameera.sews]] پر بھی لکھتی ہوں۔ فون: [[PHONE:0161 496 0129]]
"""),
    ),
    (
        "fv2j-ur-04",
        "ur",
        _s("""
میں یہ اپنے ابو، حاجی [[PERSON:بشیر احمد]]، کی طرف سے لکھ رہا ہوں۔ سچ بتاؤں تو شروع میں
میں اتنے غصے میں تھا کہ یہ فارم بھی نہیں بھرنا چاہتا تھا۔ ابو کی عمر [[AGE:78 سال]] ہے،
پچھلے سال ان کو [[HEALTH:فالج]] ہوا اور اب وہ واکر کے ساتھ چلتے ہیں۔ وہ
[[ADDRESS:19 Hatfield Road]]، Slough [[POSTCODE:SL1 3PQ]] میں رہتے ہیں۔ گھر کے سامنے
ان کی گاڑی [[OTHER_ID:KX14 MRP]] کے لیے disabled parking bay اور دروازے پر ramp کی
درخواست OT [[PERSON:Priya]] نے بھیجی تھی۔ [[ORGANISATION:Thames Valley Living]] نے آٹھ
مہینے کچھ نہیں کیا، تین بار کہا فائل گم ہو گئی۔ پھر ایک دن ابو دروازے کی سیڑھی پر گر
گئے۔ ہسپتال والوں نے ان کا NHS نمبر [[OTHER_ID:601 234 5587]] لکھ کر خط دیا کہ گھر
میں تبدیلی فوری ضروری ہے۔ میں نے وہ خط لگا کر complaint کی، ریفرنس
[[REFERENCE:TVL/ADP/7734]]۔ اب شکریہ والی بات: stage 1 کے جواب میں انہوں نے صاف مانا
کہ غلطی ان کی تھی۔ ایک مینیجر [[PERSON:Gary Lucas]] خود آئے، دو ہفتے میں ramp اور
ریلنگ لگ گئی، bay کے لیے کونسل سے بات کر کے لائنیں لگوا دیں، اور 400 پاؤنڈ دیے۔ ابو اب
خود گاڑی چلا کر دکان تک جاتے ہیں۔ بات یہ ہے کہ غصہ جائز تھا، لیکن کام تحریری شکایت نے
ہی کیا۔ کوئی پوچھنا چاہے تو [[PERSON:Faisal]]، نمبر [[PHONE:077 00 900 59 2]]۔
"""),
    ),
    (
        "fv2j-ur-05",
        "ur",
        _s("""
میں [[PERSON:عدنان ملک]] ہوں، Huddersfield میں [[ADDRESS:Thornhill House]]،
[[POSTCODE:hd1 5ln]]، کے [[ADDRESS:فلیٹ نمبر 5]] میں رہتا ہوں۔ یہ کہانی میری پڑوسن
[[PERSON:زبیدہ بیگم]] کی ہے جو [[ADDRESS:فلیٹ نمبر 2]] میں اکیلی رہتی ہیں اور جنہیں
پوری بلڈنگ خالہ جی کہتی ہے۔ ان کی تاریخ پیدائش
[[DATE_OF_BIRTH:پانچ مارچ انیس سو اڑتالیس]] ہے اور انہیں ابتدائی [[HEALTH:ڈیمنشیا]] ہے۔
پچھلی سردیوں میں ان کے فلیٹ کا فائر ڈور بند نہیں ہوتا تھا اور دھوئیں کا الارم کئی مہینوں
سے خاموش تھا۔ ایک رات خالہ جی چولہے پر دودھ رکھ کر بھول گئیں، دھواں سیڑھیوں تک آ گیا
اور الارم نہیں بجا۔ میں نے ہی دروازہ کھٹکھٹا کر ان کو باہر نکالا۔ اگلے دن میں نے ان کی
اجازت سے [[ORGANISATION:Calder Bridge Homes]] کو شکایت لکھی، ریفرنس
[[REFERENCE:CBH-FS-1029]]۔ ان کے بیٹے [[PERSON:طاہر]] نے بھی ای میل کی۔ اسٹیج 1 کا
جواب پانچ دن میں آیا: اسی ہفتے نیا فائر ڈور لگا، الارم بدلا گیا، اور چولہے پر خودکار بند
ہونے والا آلہ بھی لگا دیا۔ سیفٹی افسر مسٹر [[PERSON:Okafor]] نے پوری بلڈنگ کے الارم
چیک کروائے اور دس اور فلیٹوں میں بھی خرابی نکلی۔ خالہ جی کو 150 پاؤنڈ ملے۔ مشورہ یہ ہے
کہ اگر آپ کے پڑوس میں کوئی بزرگ اکیلا رہتا ہے تو اس کے دروازے اور الارم پر نظر رکھیں۔
رابطہ: [[EMAIL:adnan.malik ایٹ example ڈاٹ org]] یا [[PHONE:07700 900 706]]
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
