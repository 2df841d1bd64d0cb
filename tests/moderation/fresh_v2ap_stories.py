"""Fresh version-2 PII test stories, batch ap.

Parents of babies and young children writing about their children's health and the home: black
mould and a toddler's asthma, a newborn brought home to a flat with no heating, a family of six or
seven in two bedrooms with an autistic child who cannot sleep, a disabled child stranded by broken
lifts or waiting years for a ramp or a wet room. They name their children again and again, with
nicknames and diminutives ("Abdi", "Nuri", "Kubuś", "Ioanuța", "گڑیا"), and give ages in every form
("Maisie, 3", "7 weeks", "an 11-year-old", "٣ سنوات", "ਤਿੰਨ ਹਫ਼ਤਿਆਂ", "roczek", "۵ سالہ"), dates
of birth in figures and words, the nursery, school, GP surgery and children's centre, the health
visitor, paediatrician, OT and social worker, the landlord's officers and the contractor's engineer.
They also carry NHS numbers from hospital letters, a Motability car's registration, an Instagram
handle or blog address, a BRP or passport number asked for at a repair, bank details for the
compensation, phones and emails spelt out the way they read them down the line, and religion,
national origin or immigration status where the story turns on them.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 7 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 60.0% of 35, recall 97.2%, precision
84.2%, on the committed detector 2cdb6c0 (after round 37); leak-free by language ar 2, bn 3, en 5, pa 2, pl 2, ro 4, ur 3
of 5. On the detector as it landed before rounds 34 to 37 (87cfc38): 57.1%.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2ap-en-01",
        "en",
        _s("""
My name is [[PERSON:Gemma Rowntree]] and I live at [[ADDRESS:27 Thornbury Grove]], Leeds, [[POSTCODE:LS12 4QT]], with my partner [[PERSON:Kyle]] and our two. Our eldest, [[PERSON:Ollie]], is [[AGE:6]] and in Year 1 at [[ADDRESS:Fernhill Primary]]; our youngest, [[PERSON:Maisie]], [[AGE:3]], was born on [[DATE_OF_BIRTH:9 February 2021]]. The house is rented from [[ORGANISATION:Calder Vale Homes]].

Black mould came up behind [[PERSON:Maisie]]'s cot in the winter of 2022. By Christmas she'd been seen at [[ADDRESS:Kirkgate Medical Practice]] four times with her chest, and in January Dr [[PERSON:Priya Anand]] diagnosed [[HEALTH:asthma]]. Our health visitor, [[PERSON:Jo Pickersgill]], wrote a letter saying the damp was making her worse and that no toddler should be sleeping against a wall like that.

I rang the repairs line on [[PHONE:0113 496 0482]] so many times I could hum the hold music. [[ORGANISATION:DampRight Ltd]] came out twice, sprayed the wall and painted over it. Three weeks later it was back, worse.

In March I put in a formal complaint (ref [[REFERENCE:CVH-COMP-20931]]) and the housing officer, [[PERSON:Darren Mistry]], came round with a surveyor. To be fair to [[PERSON:Darren]], he got down on his knees with a torch and found the air brick outside [[PERSON:Maisie]]'s room had been cemented over when the garden wall was rebuilt years ago.

They opened it up, fitted a proper extractor in the bathroom and a PIV unit in the loft, replastered the bedroom, lent us a dehumidifier while it dried out and paid £450. [[PERSON:Maisie]] hasn't needed her blue inhaler since May, and [[PERSON:Ollie]] has his little sister back in her own room instead of on his floor.

What changed: [[ORGANISATION:Calder Vale Homes]] now sends a surveyor within ten working days of any damp report where a child has a breathing condition, and the first thing they check is the air bricks.
"""),
    ),
    (
        "fv2ap-en-02",
        "en",
        _s("""
[[PERSON:Alfie]] was born on the [[DATE_OF_BIRTH:third of November 2023]] and we brought him home two days later to a flat with no heating: [[ADDRESS:flat 14]], [[ADDRESS:Harcourt House]], on the [[ADDRESS:Belgrave Estate]]. The boiler had packed in the week before I gave birth and I'd already reported it. I'm [[PERSON:Shannon Byrne]], I'm [[AGE:24]], and it's just me and the baby, plus my mum on the sofa those first weeks to help.

[[ORGANISATION:Southmere Council]] gave me a repair number, [[REFERENCE:RJ-55810]], and two fan heaters. [[ORGANISATION:Apex Heating Services]] were booked three times. The first time nobody came, the second time [[PERSON:Pete]] said the part was on order, and the third time a different engineer said [[PERSON:Pete]] had ordered the wrong part.

When [[PERSON:Alfie]] was [[AGE:7 weeks]] old our health visitor, [[PERSON:Claire Whitlow]], put a thermometer in the living room. It said 14 degrees, and she rang the council herself from my kitchen. The week before Christmas I had him at [[ADDRESS:Brook Lane Surgery]] with [[HEALTH:bronchiolitis]].

I emailed from [[EMAIL:shannon.byrne@example.com]] (on the phone I ended up spelling it out every time, [[EMAIL:shannon dot byrne at example dot com]], because they kept losing it) and put my mobile, [[PHONE:07700 900317]], on every form. At one point they asked me to prove a baby actually lived here, so I sent a photo of the page in his red book with his NHS number, [[OTHER_ID:485 777 3456]]. That still annoys me.

The stage one reply came from Mrs [[PERSON:Adebayo]] in the complaints team (complaint [[REFERENCE:SMC/CF/44172]]). She gave me her direct line, [[PHONE:020 7946 0731]], had a new combi boiler fitted within four days, paid back what the fan heaters had cost in electric and added £600 for the distress. The council now treats no heating in a home with a baby under six months as a same-day emergency. [[PERSON:Alfie]] is a chunky [[AGE:5-month-old]] now and has never been warmer.
"""),
    ),
    (
        "fv2ap-en-03",
        "en",
        _s("""
There are six of us in a two-bedroom maisonette: me ([[PERSON:Marcus Ellery]]), my wife [[PERSON:Adaeze]], our son [[PERSON:Reuben]], who is [[AGE:9]] and [[HEALTH:autistic]], our daughter [[PERSON:Tia]] ([[AGE:5]]), and the twins, [[PERSON:Isla]] and [[PERSON:Rosa]], aged [[AGE:18 months]] (born [[DATE_OF_BIRTH:12/05/2022]]). We're in the maisonette above [[ADDRESS:Bhatti's Pharmacy]] on the parade, [[ADDRESS:number 4a]], and the landlord is [[ORGANISATION:Harbourside Housing Association]].

[[PERSON:Reuben]] can't cope with noise. When the twins wake in the night he wakes too, and by the morning he's in meltdown before he's even through the gate at [[ADDRESS:St Aidan's C of E Primary]]. His paediatrician, Dr [[PERSON:Farah Siddiqui]], and our social worker from the disabled children's team, [[PERSON:Bernadette Quinn]], both wrote letters saying he needs a room of his own. We'd been on the housing register (ref [[REFERENCE:HR-0087731]]) in band C since before the twins were born.

I complained in March. [[ORGANISATION:Harbourside]] took eleven weeks to reply and the reply was "keep bidding". So I went to the Housing Ombudsman (case [[REFERENCE:202311458]]). It was [[PERSON:Bernie]] who told me to ask for a medical priority review, which nobody at [[ORGANISATION:Harbourside]] had ever mentioned.

After that the lettings manager, [[PERSON:Stuart Penhaligon]], came out himself and saw what [[PERSON:Reuben]] calls his bedroom: a bunk, two cots and the pop-up tent he hides in. Within a month we were in band A, and in September we moved to a four-bed at [[ADDRESS:19 Cobden Street]]. [[ORGANISATION:Harbourside]] paid £800 for the delay and now looks at medical evidence within 28 days instead of leaving it in a tray. [[PERSON:Reuben]] picked his own blackout blinds, and [[PERSON:Tia]] says the twins are "much quieter through a wall".
"""),
    ),
    (
        "fv2ap-en-04",
        "en",
        _s("""
My son [[PERSON:Kai]] (born [[DATE_OF_BIRTH:2nd August 2012]]) is an [[AGE:11-year-old]] with [[HEALTH:cerebral palsy]] who uses a power chair. We live in [[ADDRESS:flat 83]] on the eighth floor of [[ADDRESS:Tolpuddle Tower]], [[POSTCODE:m40 7rb]], and our landlord is [[ORGANISATION:Eastbridge Borough Council]].

Last September both lifts broke within a week of each other. For 26 days [[PERSON:Kai]] couldn't get out of the flat. He missed nearly four weeks at [[ADDRESS:Greenacre School]] because the minibus driver, [[PERSON:Les]], couldn't get a 90-kilo chair down eight flights, and I wasn't letting anyone carry [[PERSON:Kai]] down those stairs. My car, [[OTHER_ID:KX17 RWN]], sat in the blue badge bay the whole month.

I rang the council on [[PHONE:+44 (0)161 496 0529]] every single day. The lift firm, [[ORGANISATION:Liftcare North]], kept saying "parts". I put a post up and the tenants' page [[OTHER_ID:@TolpuddleTenants]] shared it; forty-odd neighbours signed, including the man at [[ADDRESS:number 71]] who's on oxygen.

[[PERSON:Kai]]'s OT, [[PERSON:Naveed Hussain]], and his consultant both wrote in. My formal complaint was [[REFERENCE:EBC/CMP/7712]]. I sent it from [[EMAIL:l.mackie@example.net]] and copied in our ward councillor, Cllr [[PERSON:Joan Featherstone]].

At stage two the head of housing, [[PERSON:Ruth Oyelaran]], came to the flat and apologised to [[PERSON:Kai]] to his face, which meant a lot to him. Once she was involved the lifts were running in two days. The council paid £1,200 for missed school, taxis and stress, and brought in a proper rule: any block with a disabled resident above the ground floor gets a named contact and a 48-hour lift repair target, or the family goes to a hotel at the council's cost. [[PERSON:Kai]]'s named contact is [[PERSON:Sinead]], and she actually rings back.

[[PERSON:Lorraine Mackie]]
"""),
    ),
    (
        "fv2ap-en-05",
        "en",
        _s("""
I am [[PERSON:Amina Warsame]]. I came to this country in 2019 and got [[OTHER_SPECIAL:refugee status]] in 2021. Now I live in Birmingham with my two children in a house from [[ORGANISATION:Northgate Living]]. Our house is [[ADDRESS:number 6]], the one right behind [[ADDRESS:Masjid Al-Noor]] on the corner, postcode [[POSTCODE:b81hx]].

My son [[PERSON:Abdirahman]], we call him [[PERSON:Abdi]], is [[AGE:4 years]] and goes to [[ADDRESS:Little Acorns Nursery]]. My baby [[PERSON:Hodan]] was born [[DATE_OF_BIRTH:17.01.2024]].

From April, water came through the ceiling in the baby room every time the people upstairs used the bath. The carpet was always wet and the walls went black. [[PERSON:Hodan]] got very bad [[HEALTH:eczema]], and at [[ADDRESS:Riverside Health Centre]] the nurse, [[PERSON:Yvonne]], told me the damp is not helping her skin.

When I first phoned, the officer asked me for my BRP number before he would book a repair. I gave it, [[OTHER_ID:ZR0184472]], but I did not understand why a leak needs this. My English was not so good then, so my neighbour [[PERSON:Julie]] from [[ADDRESS:number 8]] helped me write a complaint. The reference was [[REFERENCE:NGL-22107]]. [[PERSON:Julie]] rang them from her phone, [[PHONE:01214960672]], and would not put it down until they gave a date.

The plumber from [[ORGANISATION:Kwikfix]] found the seal around the bath upstairs was broken for a long time. They fixed it, changed the carpet, treated the mould and painted. The manager, Mr [[PERSON:Gareth Lloyd]], wrote to say sorry, and that nobody should ask about immigration papers for a repair. They paid £350 into my bank, sort code [[OTHER_ID:40-11-62]], account ending [[OTHER_ID:3381]].

Now [[ORGANISATION:Northgate Living]] has an interpreter line and the repairs team do not ask for documents. [[PERSON:Abdi]] likes the new carpet and rolls on it like a cat. [[PERSON:Hodan]]'s skin is much better.
"""),
    ),
    (
        "fv2ap-ar-01",
        "ar",
        _s("""
اسمي [[PERSON:ريم الحسيني]]، وأسكن مع زوجي [[PERSON:سامر]] وطفلينا في [[ADDRESS:١٥ شارع هولينز]] في أولدهام، والرمز البريدي [[POSTCODE:OL8 3PW]]. البيت مستأجر من جمعية [[ORGANISATION:Westfield Housing]] منذ عام ٢٠١٩. ابني [[PERSON:يوسف]] عمره [[AGE:٥ سنوات]] ويدرس في [[ADDRESS:مدرسة هولينز الابتدائية]]، وابنتي [[PERSON:لين]] رضيعة عمرها [[AGE:٨ أشهر]]، مواليد [[DATE_OF_BIRTH:٣ آذار ٢٠٢٣]].

في الشتاء الماضي ظهر العفن الأسود على جدار غرفة الأولاد وخلف الخزانة. صار [[PERSON:يوسف]] يسعل كل ليلة، وبعد أربع زيارات إلى [[ADDRESS:عيادة ألبرت رود]] قالت الطبيبة [[PERSON:هيلين مارش]] إن عنده [[HEALTH:ربو]] وأعطته بخاخين. أما [[PERSON:لين]] فكانت تنام في سريرها الصغير بجانب الجدار نفسه.

اتصلت بخط الصيانة على الرقم [[PHONE:٠١٦١ ٤٩٦ ٠٨٢٣]] أكثر من عشر مرات. أرسلوا شركة [[ORGANISATION:ClearWall Damp]] فرشّ العامل مادة على الجدار ودهن فوقها، وبعد شهر رجع العفن كما كان.

عندها قدّمت شكوى رسمية رقمها [[REFERENCE:WH-44021]]، وكتبت لنا الزائرة الصحية [[PERSON:بريوني]] رسالة تقول إن الرطوبة تضرّ بصحة الطفلين. ردّت مسؤولة السكن السيدة [[PERSON:كارين أوكونور]] بأن السبب هو نشر الغسيل داخل البيت. لم أقبل بهذا الجواب، فطلبت المرحلة الثانية وأرسلت كل الصور من بريدي [[EMAIL:reem.alhusseini@example.com]].

في المرحلة الثانية جاء مسّاح ووجد أن المزراب مكسور فوق الغرفة تماماً وأن الماء يتسرّب إلى الجدار منذ سنوات. أصلحوا المزراب، وركّبوا مروحة شفط، وأعادوا تلبيس الجدار، ودفعوا لنا ٥٠٠ جنيه تعويضاً، واعتذرت [[ORGANISATION:Westfield Housing]] كتابياً عن تحميلنا المسؤولية. اليوم ينام [[PERSON:يوسف]] الليل كله، ولم تمرض [[PERSON:لين]] منذ الربيع. والجمعية تقول الآن إنها لن تلوم أي مستأجر على العفن قبل أن يفحص مسّاح البيت.
"""),
    ),
    (
        "fv2ap-ar-02",
        "ar",
        _s("""
أنا [[PERSON:أحمد عثمان]]، ونحن عائلة [[OTHER_SPECIAL:سودانية]] نعيش في شفيلد منذ خمس سنوات. نسكن في [[ADDRESS:شقة رقم ٧]] في مبنى [[ADDRESS:كينغزلي كورت]] ([[ADDRESS:Kingsley Court]])، والمالك هو [[ORGANISATION:Don Valley Homes]]، ورقم عقد الإيجار [[REFERENCE:T-0049182]].

وُلدت ابنتنا [[PERSON:ميار]] في [[DATE_OF_BIRTH:الثاني عشر من ديسمبر ٢٠٢٣]]، وقبل ولادتها بعشرة أيام توقّف المرجل (البويلر) عن العمل تماماً: لا تدفئة ولا ماء ساخن. خرجت زوجتي [[PERSON:هبة]] من المستشفى بعد عملية قيصرية فوجدت البيت بارداً كالثلاجة، وكان ابننا [[PERSON:عمر]] ([[AGE:٦ سنوات]]) يذهب إلى [[ADDRESS:مدرسة بارك هيل الابتدائية]] بمعطفين.

سجّلنا طلب إصلاح برقم [[REFERENCE:DVH/R/77310]]. جاء فنّي من شركة [[ORGANISATION:HeatSure]] اسمه [[PERSON:جيمي]] وقال إن القطعة غير متوفرة، ثم اختفى. كنت أتصل من رقمي [[PHONE:٠٧٧٠٠ ٩٠٠ ٥٦٤]] كل صباح، وفي كل مرة يقولون: "سنعاود الاتصال بك".

عندما كان عمر [[PERSON:ميار]] [[AGE:ثلاثة أسابيع]] جاءت الزائرة الصحية [[PERSON:سارة كولينز]] وقاست حرارة الغرفة: ١٣ درجة. كتبت فوراً إلى المالك، وطلبت مني أن أقدّم شكوى رسمية، فأرسلتها من بريدي [[EMAIL:ahmed.osman(at)example.org]] مع صورة مقياس الحرارة.

بعد يومين اتصل بي مدير الخدمة، السيد [[PERSON:نيل بارتون]]، واعتذر. رُكّب مرجل جديد في اليوم التالي، وحصلنا على ٤٠٠ جنيه تعويضاً وعلى ثمن الكهرباء التي صرفناها على المدافئ الكهربائية. والأهم أن [[ORGANISATION:Don Valley Homes]] غيّرت قاعدتها: أي بيت فيه طفل دون السنة بلا تدفئة يُعامل الآن كحالة طارئة ويُصلح خلال ٢٤ ساعة. [[PERSON:ميار]] عمرها الآن [[AGE:أربعة أشهر]] وهي بخير والحمد لله.
"""),
    ),
    (
        "fv2ap-ar-03",
        "ar",
        _s("""
اسمي [[PERSON:منى الخطيب]]. وصلنا إلى لندن عام ٢٠١٨ ضمن برنامج [[OTHER_SPECIAL:إعادة توطين اللاجئين السوريين]]، وأُسكنّا في شقة بغرفتين في [[ADDRESS:ميلفورد هاوس]]، [[ADDRESS:شقة رقم ٢٢]]، والرمز البريدي [[POSTCODE:E17 5RJ]]. المالك هو [[ORGANISATION:مجلس بلدية هارتفيلد]].

كنا أربعة ثم صرنا ستة: أنا وزوجي [[PERSON:وائل]]، وابني [[PERSON:جود]] ([[AGE:٧ سنوات]]) وأخته [[PERSON:تالا]] ([[AGE:١٠ سنوات]])، ثم التوأم [[PERSON:سلمى]] و[[PERSON:سارة]] اللتان صار عمرهما [[AGE:سنة ونصف]]. قبل ثلاث سنوات شخّصت طبيبة الأطفال الدكتورة [[PERSON:ريتشل آدامز]] حالة [[PERSON:جود]] على أنها [[HEALTH:اضطراب طيف التوحد]].

[[PERSON:جود]] لا يحتمل الضجيج ولا اللمس المفاجئ، والتوأم يبكيان ليلاً في الغرفة نفسها. كان أحياناً ينام في حوض الاستحمام لأنه المكان الهادئ الوحيد في البيت. كتبت الدكتورة [[PERSON:آدامز]] والأخصائية الاجتماعية [[PERSON:ديبورا]] رسائل تؤكد أنه يحتاج إلى غرفة خاصة، وكانت الموظفات في [[ADDRESS:مركز ويندميل للأطفال]] يرين حالته كل أسبوع.

قدّمنا طلب نقل منذ ٢٠٢١ بلا جواب. قدّمت شكوى للمجلس، وبعد رفضها لجأت إلى أمين المظالم للإسكان، ورقم القضية [[REFERENCE:٢٠٢٤٠٠٩١٧]]. في تلك الأثناء كنت أكتب يومياتنا على إنستغرام في حساب [[OTHER_ID:@jood_and_twins]]، ومن هناك تواصلت معي جارة من [[ADDRESS:شقة رقم ١٩]] وقالت إن عائلتها مرّت بالتجربة نفسها.

قرر أمين المظالم أن المجلس تأخر في دراسة الأدلة الطبية. بعدها زارتنا مديرة قسم التخصيص السيدة [[PERSON:جوان ميلر]]، ورفعت أولويتنا، وانتقلنا في الصيف إلى بيت بأربع غرف. حصلنا على ٩٠٠ جنيه، وصار المجلس يراجع الأدلة الطبية خلال أربعة أسابيع. اختار [[PERSON:جود]] لون غرفته بنفسه، أزرق غامق، ولا يسمح لأحد بالدخول دون أن يطرق الباب.
"""),
    ),
    (
        "fv2ap-ar-04",
        "ar",
        _s("""
أكتب هذه القصة عن ابني [[PERSON:آدم]]، مواليد [[DATE_OF_BIRTH:٤/٩/٢٠١١]]، وعمره الآن [[AGE:١٢ سنة]]. عنده [[HEALTH:شلل دماغي]] و[[HEALTH:صرع]]، ويستخدم كرسياً متحركاً. نسكن في بيت تابع لـ[[ORGANISATION:Pennine Gate Housing]] في [[ADDRESS:٤٠ شارع بيكون]] في ليدز، على بعد خطوات من [[ADDRESS:مسجد الفرقان]] الذي نصلي فيه.

في بداية ٢٠٢٢ زارتنا أخصائية العلاج الوظيفي [[PERSON:أماندا]] وأوصت بتحويل الحمّام إلى غرفة استحمام أرضية وتركيب منحدر عند الباب الأمامي. وافقت الجمعية، ثم مرّ أربعة عشر شهراً دون أي عمل. كنت أحمل [[PERSON:آدم]] على الدرج إلى الحمّام كل يوم، وظهري لم يعد يحتمل.

في شهر آذار أصابت [[PERSON:آدم]] نوبة وهو في حوض الاستحمام فضرب رأسه، واضطررنا إلى طلب الإسعاف. بعدها قدّمت شكوى رسمية رقمها [[REFERENCE:PGH-C-3390]]، وأرفقت رسالة من [[ADDRESS:مدرسة أوكوود]] التي يدرس فيها، ورقمه في هيئة الخدمات الصحية [[OTHER_ID:٩٤٣ ٤٧٦ ٥٨٧٠]] كما طلبوا. وطلبت أيضاً موقفاً مخصصاً أمام البيت لسيارتي [[OTHER_ID:YD21 KHP]]، لأن الكرسي ينزل من منحدر خلفي ولا يتسع له الشارع. كنت أتصل كل يوم تقريباً على [[PHONE:+44 113 496 0355]].

ردّ علينا السيد [[PERSON:ستيفن ريد]]، مدير قسم التعديلات، واعترف بأن الملف ضاع بين قسمين. خلال ستة أسابيع أنهت شركة [[ORGANISATION:AccessAble Builds]] غرفة الاستحمام والمنحدر، وخُصّص الموقف، ودفعت الجمعية ٧٥٠ جنيهاً. والآن صار لكل طلب تعديل موظف واحد مسؤول يتابعه حتى النهاية. [[PERSON:آدم]] يستحم اليوم وحده تقريباً، ويضحك من الماء الذي يغمر الأرض.

[[PERSON:خالد المصري]]، والد [[PERSON:آدم]]
"""),
    ),
    (
        "fv2ap-ar-05",
        "ar",
        _s("""
أنا [[PERSON:سلمى بن علي]]، أم لطفلين، وأسكن في [[ADDRESS:4B Station Road]] في برادفورد ([[POSTCODE:bd7 1pz]])، والبيت تابع لشركة [[ORGANISATION:Cityside Homes]]. ابنتي [[PERSON:ليلى]]، ونناديها [[PERSON:لولو]]، عمرها [[AGE:٣ سنوات]] وتذهب إلى [[ADDRESS:حضانة ليتل ستارز]]، وابني [[PERSON:إلياس]] رضيع عمره [[AGE:٤ أشهر]].

في أكتوبر بدأ الماء يقطر من سقف المطبخ من الحمّام الذي فوقه. بلّغت مرتين، فجاء عامل وغيّر السيليكون فقط. بعد أسبوعين سقطت قطعة من الجبس على الأرض بجانب كرسي [[PERSON:إلياس]] الهزاز، والحمد لله أنه لم يكن فيه. ثم مرض [[PERSON:إلياس]] ودخل المستشفى ليلتين، وقال الأطباء إنه [[HEALTH:التهاب القصيبات]]، وأوصت طبيبة [[ADDRESS:مركز غرينلين الصحي]] والزائرة الصحية [[PERSON:جو]] بإبعاده عن الرطوبة.

وفي إحدى المرات دخل عاملان من شركة [[ORGANISATION:Brightfix Repairs]] البيت بمفتاح المالك دون موعد، وأنا بلا حجاب. أنا [[OTHER_SPECIAL:مسلمة]] محجبة، وشعرت بإهانة كبيرة.

اتصلت بموظف السكن [[PERSON:توني]] وتركت رقمي [[PHONE:٠٧٧٠٠٩٠٠٨٤٢]] أكثر من عشرين مرة، ثم كتبت شكوى من بريدي [[EMAIL:salma.benali@example.net]]، ورقمها [[REFERENCE:CS/COMP/6620]].

ردّت المديرة [[PERSON:ميشيل غرانت]] في المرحلة الأولى، واعتذرت عن الدخول دون إذن. أصلحوا أنابيب الحمّام في الطابق العلوي، وغيّروا سقف المطبخ كله، ودفعوا ٥٥٠ جنيهاً. والآن لا يدخل أي عامل من [[ORGANISATION:Cityside Homes]] أي بيت دون موعد مكتوب، وفي ملفي ملاحظة بأن يتصلوا بي قبل الوصول بنصف ساعة. [[PERSON:لولو]] تقول إن السقف الجديد "أبيض مثل الحليب".
"""),
    ),
    (
        "fv2ap-bn-01",
        "bn",
        _s("""
আমার নাম [[PERSON:রুমানা বেগম]]। আমি স্বামী [[PERSON:জাকির]] আর দুই বাচ্চাকে নিয়ে [[ADDRESS:অ্যাশলি হাউস]]-এর [[ADDRESS:ফ্ল্যাট ১২]]-তে থাকি, পোস্টকোড [[POSTCODE:E1 4XR]]। বিল্ডিংটা [[ADDRESS:বায়তুল আমান মসজিদ]]-এর ঠিক পেছনে। বাড়িওয়ালা [[ORGANISATION:Tower Gardens Housing]]।

আমার ছেলে [[PERSON:আয়ান]]-এর বয়স [[AGE:৭ বছর]], জন্ম [[DATE_OF_BIRTH:০৫/০৬/২০১৬]]। সে [[ADDRESS:ক্যানন স্ট্রিট প্রাইমারি স্কুল]]-এ পড়ে। মেয়ে [[PERSON:নুসরাত]] মাত্র [[AGE:১০ মাসের]]।

গত দুই বছর ধরে বাচ্চাদের ঘরের দেয়ালে কালো ছত্রাক। জানালার চারপাশে পানি জমে, কার্পেট সবসময় ভেজা। [[PERSON:আয়ান]] রাতে কাশতে কাশতে উঠে বসে থাকত। [[ADDRESS:জুবিলি স্ট্রিট সার্জারি]]-র ডাক্তার [[PERSON:নাওমি লেভি]] বললেন ওর [[HEALTH:অ্যাজমা]] হয়েছে, আর ঘরের স্যাঁতসেঁতে ভাব এটা আরও খারাপ করছে।

আমি রিপেয়ার লাইনে [[PHONE:০২০ ৭৯৪৬ ০৩৫৮]] নম্বরে কতবার যে ফোন করেছি তার হিসাব নেই। [[ORGANISATION:Mould Away Ltd]] থেকে লোক এসে স্প্রে করে রং করে দিয়ে যেত, তিন সপ্তাহ পরে আবার সেই কালো দাগ।

শেষে অ্যাডভাইস সেন্টারের [[PERSON:শিরিন]] আপা আমাকে লিখিত অভিযোগ করতে সাহায্য করলেন। অভিযোগ নম্বর [[REFERENCE:TGH-33187]]। হাউজিং অফিসার মিস্টার [[PERSON:হ্যারিস]] প্রথমে বললেন আমরা ঘরে কাপড় শুকাই বলেই এমন হয়েছে।

দ্বিতীয় ধাপে একজন সার্ভেয়ার এসে দেখলেন ছাদের পাইপ ফেটে বহু বছর ধরে দেয়ালের ভেতর দিয়ে পানি নামছে। ওরা পাইপ বদলেছে, দেয়াল নতুন করে প্লাস্টার করেছে, জানালায় ভেন্ট লাগিয়েছে, আর আমাদের ৬০০ পাউন্ড ক্ষতিপূরণ দিয়েছে। [[ORGANISATION:Tower Gardens Housing]] লিখিতভাবে ক্ষমাও চেয়েছে। এখন ছত্রাকের অভিযোগ এলে ওরা আগে সার্ভেয়ার পাঠায়, ভাড়াটেকে দোষ দেয় না। [[PERSON:আয়ান]] এখন সারা রাত ঘুমায়, আর [[PERSON:নুসরাত]] শুকনো কার্পেটে হামাগুড়ি দেয়।
"""),
    ),
    (
        "fv2ap-bn-02",
        "bn",
        _s("""
আমি [[PERSON:মোহাম্মদ শাহীন আহমেদ]], ওল্ডহ্যামে থাকি। আমাদের বাসা [[ADDRESS:৩১ নম্বর]], [[ADDRESS:সিলেট সুপারস্টোর]]-এর ঠিক পাশের দরজা, পোস্টকোড [[POSTCODE:ol9 6ls]]। বাড়িটা [[ORGANISATION:Medlock Council]]-এর, দুই বেডরুমের, আর এখানে আমরা সাতজন থাকি।

আমার বড় ছেলে [[PERSON:তানভীর]] [[AGE:১২ বছরের]], ওর [[HEALTH:অটিজম]] আছে। তারপর [[PERSON:রিয়া]] ([[AGE:৯]]), [[PERSON:জারা]] ([[AGE:৫]]), আর সবার ছোট [[PERSON:ইব্রাহিম]], আমরা ডাকি [[PERSON:ইবু]], বয়স [[AGE:১৪ মাস]]। আমার মা-ও আমাদের সঙ্গে থাকেন।

[[PERSON:তানভীর]] একা ঘুমাতে না পারলে সারা রাত জেগে থাকে, জিনিস ছোড়ে। তিন ভাইবোনের সঙ্গে এক ঘরে ওর খুব কষ্ট হয়। ওর সোশ্যাল ওয়ার্কার [[PERSON:লিন্ডা কার্টার]] আর [[ADDRESS:চেরি ট্রি চিলড্রেনস সেন্টার]]-এর কর্মীরা চিঠি দিয়েছেন যে ওর আলাদা ঘর দরকার। আমরা ২০১৯ থেকে হাউজিং রেজিস্টারে আছি, রেফারেন্স [[REFERENCE:HRG-২০৮৮৪১]]।

কাউন্সিলে অভিযোগ করলাম, উত্তর এল: অপেক্ষা করুন। তারপর হাউজিং ওম্বাডসম্যানের কাছে গেলাম, কেস নম্বর [[REFERENCE:202301876]]। ওম্বাডসম্যান বললেন কাউন্সিল মেডিকেল কাগজপত্র ঠিকমতো দেখেনি আর উত্তর দিতে অনেক দেরি করেছে।

এরপর কাউন্সিলের অ্যালোকেশন ম্যানেজার মিসেস [[PERSON:জ্যানেট ও'ব্রায়েন]] বাসায় এসে দেখলেন [[PERSON:ইবু]]-র খাট রান্নাঘরের কোণে। এক মাসের মধ্যে আমাদের ব্যান্ড বদলে গেল, আর এ বছর মার্চে আমরা [[ADDRESS:৮ হলিওয়েল ক্লোজ]]-এ চার বেডরুমের বাসায় উঠেছি। [[ORGANISATION:Medlock Council]] ৭০০ পাউন্ড দিয়েছে, আর এখন মেডিকেল প্রমাণ পাওয়ার চার সপ্তাহের মধ্যে সিদ্ধান্ত দেয়। [[PERSON:তানভীর]]-এর এখন নিজের ঘর, নীল আলো, কেউ ঢুকতে চাইলে নক করতে হয়।

কারো একই সমস্যা থাকলে আমাকে ফোন করতে পারেন: [[PHONE:০১৬১ ৪৯৬ ০৭৭৪]]।
"""),
    ),
    (
        "fv2ap-bn-03",
        "bn",
        _s("""
আমি [[PERSON:শাপলা খাতুন]]। আমাদের ছেলে [[PERSON:মাহির]] জন্মেছে [[DATE_OF_BIRTH:১৮ই নভেম্বর ২০২৩]]। ঠিক সেই সপ্তাহেই আমাদের বাসা [[ADDRESS:৪৭ ব্রুকফিল্ড রোড]], [[POSTCODE:B10 0RT]]-এর বয়লার নষ্ট হয়ে গেল। বাড়িওয়ালা [[ORGANISATION:Birchwood Homes]]।

হাসপাতাল থেকে ফিরে দেখি ঘর বরফের মতো ঠান্ডা। আমার স্বামী [[PERSON:রাশেদ]] দোকান থেকে দুটো হিটার কিনে আনল। বড় মেয়ে [[PERSON:তাসনিয়া]] ([[AGE:৪ বছর]]) কম্বল মুড়ি দিয়ে [[ADDRESS:ব্লুবেল নার্সারি]]-তে যেত।

রিপেয়ারের নম্বর ছিল [[REFERENCE:BW-R-90412]]। [[ORGANISATION:WarmFix Heating]]-এর ইঞ্জিনিয়ার [[PERSON:ড্যানি]] দুবার এসে বলল পার্টস নেই। আমি প্রতিদিন আমার মোবাইল [[PHONE:০৭৭০০ ৯০০ ১৯৬]] থেকে ফোন করতাম, কেউ ফিরতি ফোন করত না।

[[PERSON:মাহির]] যখন [[AGE:ছয় সপ্তাহের]], হেলথ ভিজিটর [[PERSON:ক্যাথরিন]] এসে ঘরের তাপমাত্রা মাপলেন, মাত্র ১৩ ডিগ্রি। উনি সঙ্গে সঙ্গে [[ADDRESS:হাইফিল্ড মেডিকেল সেন্টার]]-এর ডাক্তারকে জানালেন, আর আমাকে লিখিত অভিযোগ করতে বললেন। আমি [[EMAIL:shapla.khatun@example.com]] থেকে ইমেইল করলাম, সঙ্গে থার্মোমিটারের ছবি।

দুই দিনের মধ্যে [[ORGANISATION:Birchwood Homes]]-এর কাস্টমার ম্যানেজার [[PERSON:অ্যালিসন রিড]] ফোন করে ক্ষমা চাইলেন। পরের দিনই নতুন বয়লার বসানো হলো। বিদ্যুৎ খরচ আর কষ্টের জন্য ওরা ৪৫০ পাউন্ড দিয়েছে, সরাসরি আমার অ্যাকাউন্টে (সর্ট কোড [[OTHER_ID:৩০-৯৪-১৭]], অ্যাকাউন্ট নম্বর [[OTHER_ID:৫৫২০১৮৪৩]])। এখন ওদের নিয়ম, বাসায় এক বছরের কম বয়সী বাচ্চা থাকলে হিটিং না থাকা মানে জরুরি মেরামত, চব্বিশ ঘণ্টার মধ্যে। [[PERSON:মাহির]] এখন হাসে, হাত-পা ছোড়ে, আর আমাদের ঘর গরম।
"""),
    ),
    (
        "fv2ap-bn-04",
        "bn",
        _s("""
আমি [[PERSON:আবদুল করিম]]। আমার মেয়ে [[PERSON:সুমাইয়া]], আদর করে ডাকি [[PERSON:সুমি]], বয়স [[AGE:১০ বছর]]। ওর [[HEALTH:মাসকুলার ডিস্ট্রফি]] আছে, হুইলচেয়ার ব্যবহার করে। আমরা থাকি [[ADDRESS:নিউটন কোর্ট]]-এর [[ADDRESS:ফ্ল্যাট ৫বি]]-তে, নিচতলায়। বাড়িওয়ালা [[ORGANISATION:Lea Bridge Housing Association]]।

২০২২ সালে অকুপেশনাল থেরাপিস্ট [[PERSON:পল গ্রিনউড]] বলেছিলেন বিল্ডিংয়ের সামনের তিনটা সিঁড়িতে স্থায়ী র‍্যাম্প আর অটোমেটিক দরজা লাগবে। হাউজিং অ্যাসোসিয়েশন দিল একটা কাঠের অস্থায়ী র‍্যাম্প। এক বছরের মধ্যে সেটা পচে গেল। গত ফেব্রুয়ারিতে স্কুলে যাওয়ার সময় [[PERSON:সুমি]]-র চেয়ার ভাঙা তক্তায় আটকে উল্টে যায়, ওর কপাল কেটে যায়। অভিযোগের সঙ্গে হাসপাতালের চিঠি দিয়েছিলাম, তাতে ওর এনএইচএস নম্বর [[OTHER_ID:৬১২ ৩৪৮ ৯০৭৫]] লেখা ছিল।

এরপর থেকে [[ADDRESS:রিভারসাইড স্কুল]]-এর মিনিবাস আর [[PERSON:সুমাইয়াকে]] তুলতে পারত না, তাই আমি নিজের গাড়িতে (নম্বর [[OTHER_ID:LR68 FTC]]) ওকে নিয়ে যেতাম আর প্রতিদিন কাজে দেরি হতো।

আমি লিখিত অভিযোগ করলাম, রেফারেন্স [[REFERENCE:LBHA/ADP/5521]]। ফোন করতাম [[PHONE:০২০-৭৯৪৬-০৯১২]] নম্বরে, প্রতিবার নতুন কারো সঙ্গে কথা হতো। শেষে অ্যাডাপটেশন টিমের প্রধান মিস [[PERSON:গ্রেস আদজেই]] নিজে এসে র‍্যাম্প দেখলেন।

উনি মেনে নিলেন যে অস্থায়ী র‍্যাম্প এতদিন রেখে দেওয়া ভুল ছিল। ছয় সপ্তাহের মধ্যে [[ORGANISATION:Ramp & Rail Ltd]] কংক্রিটের র‍্যাম্প, রেলিং আর বোতাম টিপলে খোলে এমন দরজা বসিয়েছে। আমরা ৮০০ পাউন্ড ক্ষতিপূরণ পেয়েছি। এখন [[ORGANISATION:Lea Bridge Housing Association]] প্রতি তিন মাসে সব অস্থায়ী অ্যাডাপটেশন পরীক্ষা করে। [[PERSON:সুমি]] এখন নিজেই বোতাম টিপে বেরিয়ে যায়, আর বলে ওটা ওর "ম্যাজিক দরজা"।
"""),
    ),
    (
        "fv2ap-bn-05",
        "bn",
        _s("""
আমার যমজ বাচ্চা [[PERSON:আরিয়ান]] আর [[PERSON:আরিশা]] জন্মেছে [[DATE_OF_BIRTH:২ জুলাই ২০২২]], সময়ের সাত সপ্তাহ আগে। এখন ওদের বয়স [[AGE:১৮ মাস]]। [[PERSON:আরিশা]]-র [[HEALTH:ক্রনিক লাং ডিজিজ]] আছে; হাসপাতালের শিশু বিশেষজ্ঞ ডাঃ [[PERSON:সুব্রত ঘোষ]] বলেছেন ঠান্ডা আর স্যাঁতসেঁতে ঘর ওর জন্য বিপজ্জনক।

আমি [[PERSON:নাজমা আক্তার]]। আমরা থাকি [[ADDRESS:১৯ ডানস্টেবল ক্রিসেন্ট]], লুটন, [[POSTCODE:LU1 3HN]]। বাড়িওয়ালা [[ORGANISATION:Eastway Housing]]।

গত বছর অক্টোবর থেকে বাচ্চাদের ঘরের ছাদ দিয়ে পানি পড়ত। বৃষ্টি হলেই বালতি পাততাম, আর দেয়ালে ছত্রাক বাড়তেই থাকল। শীতে [[PERSON:আরিশা]] দুবার [[HEALTH:নিউমোনিয়া]] নিয়ে হাসপাতালে ভর্তি ছিল।

হাউজিং অফিসার মিসেস [[PERSON:ক্লার্ক]]-কে অনেকবার জানিয়েছি, উনি বলতেন রুফার আসবে। [[ORGANISATION:Eastway Housing]]-এর রিপেয়ার টিম দুবার এসে কয়েকটা টালি ঠিক করল, কিন্তু পানি থামল না। আমি লিখিত অভিযোগ করলাম (নম্বর [[REFERENCE:EWH-CMP-11902]]), তারপর হাউজিং ওম্বাডসম্যানে গেলাম, কেস [[REFERENCE:202400533]]। আমার ইনস্টাগ্রাম [[OTHER_ID:@najma.twinsmum]]-এ বালতির ভিডিও দিয়েছিলাম, অনেকে শেয়ার করেছিল।

হয়তো এতেই কাজ হলো। এপ্রিলে অপারেশনস ডিরেক্টর [[PERSON:মার্টিন হিউজ]] নিজে ফোন করলেন আর তাঁর সরাসরি নম্বর দিলেন, [[PHONE:০২০ ৭৯৪৬ ০৫৫১]]। পুরো ছাদ নতুন করা হয়েছে; কাজ চলার তিন সপ্তাহ আমরা ওদের খরচে অন্য একটা ফ্ল্যাটে ছিলাম। ক্ষতিপূরণ পেয়েছি ১,২০০ পাউন্ড। এখন ওদের সিস্টেমে লেখা থাকে কোন বাড়িতে অসুস্থ শিশু আছে, আর সেই বাড়ির লিক দশ দিনের মধ্যে ঠিক করতে হয়। যমজরা এখন [[ADDRESS:হ্যাপি ফিট নার্সারি]]-তে যায়, আর [[PERSON:আরিশা]] এই শীতে একবারও ভর্তি হয়নি।
"""),
    ),
    (
        "fv2ap-pa-01",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਮ [[PERSON:ਮਨਪ੍ਰੀਤ ਕੌਰ]] ([[PERSON:Manpreet Kaur]]) ਹੈ। ਮੈਂ ਆਪਣੇ ਪਤੀ [[PERSON:ਸੁਖਵਿੰਦਰ]] ਅਤੇ ਦੋ ਬੱਚਿਆਂ ਨਾਲ [[ADDRESS:58 Hambrough Avenue]], ਸਾਊਥਾਲ, [[POSTCODE:UB2 5LN]] ਵਿੱਚ ਰਹਿੰਦੀ ਹਾਂ। ਘਰ [[ORGANISATION:Brentvale Homes]] ਦਾ ਹੈ।

ਵੱਡੀ ਧੀ [[PERSON:ਗੁਰਨੂਰ]], ਜਿਸ ਨੂੰ ਅਸੀਂ [[PERSON:ਨੂਰੀ]] ਕਹਿੰਦੇ ਹਾਂ, [[AGE:੪ ਸਾਲ]] ਦੀ ਹੈ ਅਤੇ [[ADDRESS:ਰੇਨਬੋ ਨਰਸਰੀ]] ਜਾਂਦੀ ਹੈ। ਛੋਟਾ ਪੁੱਤਰ [[PERSON:ਏਕਮ]] [[AGE:੯ ਮਹੀਨਿਆਂ]] ਦਾ ਹੈ।

ਪਿਛਲੇ ਸਿਆਲ ਬੱਚਿਆਂ ਵਾਲੇ ਕਮਰੇ ਦੀ ਕੰਧ 'ਤੇ ਕਾਲੀ ਉੱਲੀ ਆ ਗਈ। ਖਿੜਕੀ ਦੇ ਸ਼ੀਸ਼ੇ ਹਰ ਸਵੇਰ ਪਾਣੀ ਨਾਲ ਭਰੇ ਹੁੰਦੇ। [[PERSON:ਨੂਰੀ]] ਨੂੰ ਰਾਤ ਨੂੰ ਖੰਘ ਛਿੜਦੀ ਰਹਿੰਦੀ। [[ADDRESS:ਵਿੰਡਮਿਲ ਲੇਨ ਸਰਜਰੀ]] ਦੇ ਡਾਕਟਰ [[PERSON:ਅਰੋੜਾ]] ਨੇ ਦੱਸਿਆ ਕਿ ਉਸ ਨੂੰ [[HEALTH:ਦਮਾ]] ਹੋ ਗਿਆ ਹੈ ਅਤੇ ਪੰਪ ਦੇ ਦਿੱਤਾ। ਹੈਲਥ ਵਿਜ਼ਿਟਰ [[PERSON:ਸੂਜ਼ਨ]] ਨੇ [[PERSON:ਏਕਮ]] ਦੀ ਜਾਂਚ ਵੇਲੇ ਉੱਲੀ ਦੀਆਂ ਫ਼ੋਟੋਆਂ ਖਿੱਚੀਆਂ ਅਤੇ ਚਿੱਠੀ ਲਿਖੀ।

ਮੈਂ ਰਿਪੇਅਰ ਲਾਈਨ [[PHONE:੦੨੦ ੭੯੪੬ ੦੪੭੧]] 'ਤੇ ਵਾਰ ਵਾਰ ਫ਼ੋਨ ਕੀਤਾ। ਇੱਕ ਬੰਦਾ ਆਇਆ, ਉੱਲੀ 'ਤੇ ਸਪਰੇਅ ਕੀਤੀ ਅਤੇ ਕਹਿ ਗਿਆ ਕਿ ਖਿੜਕੀ ਖੁੱਲ੍ਹੀ ਰੱਖੋ। ਸਿਆਲ ਵਿੱਚ ਨਿਆਣਿਆਂ ਨਾਲ ਖਿੜਕੀ ਕਿਵੇਂ ਖੁੱਲ੍ਹੀ ਰੱਖੀਏ?

ਫਿਰ ਮੈਂ ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਨੰਬਰ [[REFERENCE:BVH-77219]]। ਹਾਊਸਿੰਗ ਅਫ਼ਸਰ [[PERSON:ਮਾਰਕ ਟੇਲਰ]] ਘਰ ਆਏ ਅਤੇ ਪਹਿਲੀ ਵਾਰ ਕਿਸੇ ਨੇ ਛੱਤ ਵਿੱਚ ਝਾਤੀ ਮਾਰੀ। ਪਤਾ ਲੱਗਾ ਕਿ ਉੱਥੇ ਇਨਸੂਲੇਸ਼ਨ ਹੀ ਨਹੀਂ ਸੀ ਅਤੇ ਬਾਥਰੂਮ ਦਾ ਪੱਖਾ ਕਦੇ ਬਾਹਰ ਨਾਲ ਜੋੜਿਆ ਹੀ ਨਹੀਂ ਗਿਆ ਸੀ।

[[ORGANISATION:Brentvale Homes]] ਨੇ ਛੱਤ ਵਿੱਚ ਇਨਸੂਲੇਸ਼ਨ ਪਾਈ, ਨਵਾਂ ਪੱਖਾ ਲਾਇਆ, ਕੰਧ ਦੁਬਾਰਾ ਪਲਸਤਰ ਕੀਤੀ ਅਤੇ ਸਾਨੂੰ ੪੨੫ ਪੌਂਡ ਦਿੱਤੇ। [[PERSON:ਮਾਰਕ]] ਜੀ ਨੇ ਮੰਨਿਆ ਕਿ ਸਾਨੂੰ ਦੋਸ਼ ਦੇਣਾ ਗ਼ਲਤ ਸੀ। ਹੁਣ ਉਹ ਉੱਲੀ ਦੀ ਹਰ ਸ਼ਿਕਾਇਤ 'ਤੇ ਪਹਿਲਾਂ ਛੱਤ ਅਤੇ ਪੱਖੇ ਦੀ ਜਾਂਚ ਕਰਦੇ ਹਨ। [[PERSON:ਨੂਰੀ]] ਦਾ ਪੰਪ ਹੁਣ ਬਹੁਤ ਘੱਟ ਵਰਤਣਾ ਪੈਂਦਾ ਹੈ।
"""),
    ),
    (
        "fv2ap-pa-02",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਹਰਜੀਤ ਸਿੰਘ ਬੈਂਸ]] ਹਾਂ। ਅਸੀਂ [[OTHER_SPECIAL:ਸਿੱਖ]] ਪਰਿਵਾਰ ਹਾਂ ਅਤੇ [[ADDRESS:ਗੁਰਦੁਆਰਾ ਨਾਨਕਸਰ ਸਾਹਿਬ]] ਦੇ ਬਿਲਕੁਲ ਸਾਹਮਣੇ [[ADDRESS:ਨੰਬਰ 12]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ। ਘਰ [[ORGANISATION:Tame Valley Council]] ਦਾ ਹੈ। ਘਰ ਵਿੱਚ ਮੇਰੀ ਪਤਨੀ [[PERSON:ਜਸਪ੍ਰੀਤ]], ਮੇਰੇ ਮਾਤਾ ਜੀ, ਪਿਤਾ ਜੀ ਅਤੇ ਸਾਡਾ ਪੁੱਤਰ [[PERSON:ਸਹਿਜ]] ਹਨ।

[[PERSON:ਸਹਿਜ]] ਦਾ ਜਨਮ [[DATE_OF_BIRTH:੨੧ ਦਸੰਬਰ ੨੦੨੩]] ਨੂੰ ਹੋਇਆ। ਉਸੇ ਹਫ਼ਤੇ ਬੌਇਲਰ ਬੰਦ ਹੋ ਗਿਆ। ਬਾਹਰ ਬਰਫ਼ ਪੈ ਰਹੀ ਸੀ ਅਤੇ ਘਰ ਵਿੱਚ ਨਾ ਹੀਟਿੰਗ, ਨਾ ਗਰਮ ਪਾਣੀ। ਪਿਤਾ ਜੀ ਨੂੰ [[HEALTH:ਸ਼ੂਗਰ]] ਹੈ ਅਤੇ ਠੰਢ ਵਿੱਚ ਉਨ੍ਹਾਂ ਦੇ ਪੈਰ ਸੁੰਨ ਹੋ ਜਾਂਦੇ ਹਨ।

ਰਿਪੇਅਰ ਨੰਬਰ [[REFERENCE:੬੬੪੧੦੨]] ਮਿਲਿਆ। [[ORGANISATION:BoilerCare Midlands]] ਦਾ ਇੰਜੀਨੀਅਰ [[PERSON:ਕ੍ਰਿਸ]] ਆਇਆ, ਕਹਿੰਦਾ ਪੁਰਜ਼ਾ ਮੰਗਵਾਉਣਾ ਪਵੇਗਾ, ਫਿਰ ਗਿਆਰਾਂ ਦਿਨ ਕੋਈ ਨਹੀਂ ਆਇਆ। ਮੈਂ ਕੌਂਸਲ ਨੂੰ [[PHONE:੦੧੨੧ ੪੯੬ ੦੨੮੮]] 'ਤੇ ਰੋਜ਼ ਫ਼ੋਨ ਕਰਦਾ ਰਿਹਾ।

ਜਦੋਂ [[PERSON:ਸਹਿਜ]] [[AGE:ਤਿੰਨ ਹਫ਼ਤਿਆਂ]] ਦਾ ਸੀ, ਹੈਲਥ ਵਿਜ਼ਿਟਰ [[PERSON:ਪੈਮ ਰੌਬਿਨਸਨ]] ਨੇ ਕਮਰੇ ਦਾ ਤਾਪਮਾਨ ਮਾਪਿਆ, ਸਿਰਫ਼ ੧੪ ਡਿਗਰੀ। ਉਨ੍ਹਾਂ ਨੇ ਆਪ ਕੌਂਸਲ ਨੂੰ ਈਮੇਲ ਕੀਤੀ। ਮੈਂ ਵੀ ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਭੇਜੀ; ਫ਼ੋਨ 'ਤੇ ਉਨ੍ਹਾਂ ਨੂੰ ਆਪਣੀ ਈਮੇਲ ਅੱਖਰ ਅੱਖਰ ਕਰਕੇ ਦੱਸਣੀ ਪਈ: [[EMAIL:harjitbains81 at example dot net]]।

ਸ਼ਿਕਾਇਤ ਟੀਮ ਦੀ [[PERSON:ਸ਼ਬਨਮ ਅਲੀ]] ਨੇ ਅਗਲੇ ਦਿਨ ਫ਼ੋਨ ਕੀਤਾ ਅਤੇ ਮਾਫ਼ੀ ਮੰਗੀ। ਦੋ ਦਿਨਾਂ ਵਿੱਚ ਨਵਾਂ ਬੌਇਲਰ ਲੱਗ ਗਿਆ। ਕੌਂਸਲ ਨੇ ਬਿਜਲੀ ਦੇ ਹੀਟਰਾਂ ਦਾ ਖ਼ਰਚਾ ਅਤੇ ੩੫੦ ਪੌਂਡ ਮੁਆਵਜ਼ਾ ਦਿੱਤਾ। ਹੁਣ [[ORGANISATION:Tame Valley Council]] ਦਾ ਨਿਯਮ ਹੈ ਕਿ ਜਿਸ ਘਰ ਵਿੱਚ ਨਵਜੰਮਿਆ ਬੱਚਾ ਜਾਂ ਬਿਮਾਰ ਬਜ਼ੁਰਗ ਹੋਵੇ, ਉੱਥੇ ਹੀਟਿੰਗ ਦੀ ਮੁਰੰਮਤ ੨੪ ਘੰਟਿਆਂ ਵਿੱਚ ਹੋਵੇਗੀ। ਵਾਹਿਗੁਰੂ ਦੀ ਕਿਰਪਾ ਨਾਲ [[PERSON:ਸਹਿਜ]] ਅਤੇ ਪਿਤਾ ਜੀ ਦੋਵੇਂ ਠੀਕ ਹਨ।
"""),
    ),
    (
        "fv2ap-pa-03",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਰਾਜਵਿੰਦਰ ਕੌਰ ਢਿੱਲੋਂ]] ਹਾਂ, ਸਾਰੇ ਮੈਨੂੰ [[PERSON:ਰਾਜ]] ਕਹਿੰਦੇ ਹਨ। ਅਸੀਂ ਲੈਸਟਰ ਵਿੱਚ [[ADDRESS:ਸ਼ਰਮਾ ਸਵੀਟਸ]] ਦੇ ਉੱਪਰ [[ADDRESS:ਫਲੈਟ 3]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ, ਪੋਸਟਕੋਡ [[POSTCODE:le4 6qx]]। ਮਕਾਨ-ਮਾਲਕ [[ORGANISATION:Soar Valley Housing]] ਹੈ। ਫਲੈਟ ਵਿੱਚ ਇੱਕੋ ਬੈੱਡਰੂਮ ਹੈ ਅਤੇ ਅਸੀਂ ਚਾਰ ਜਣੇ ਹਾਂ।

ਮੇਰਾ ਪੁੱਤਰ [[PERSON:ਜੋਬਨ]] [[AGE:੮ ਸਾਲਾਂ]] ਦਾ ਹੈ ਅਤੇ ਉਸ ਨੂੰ [[HEALTH:ਔਟਿਜ਼ਮ]] ਹੈ। ਧੀ [[PERSON:ਸਿਮਰ]] [[AGE:੫ ਸਾਲ]] ਦੀ ਹੈ। ਦੋਵੇਂ [[ADDRESS:ਵੈਸਟਗੇਟ ਪ੍ਰਾਇਮਰੀ ਸਕੂਲ]] ਜਾਂਦੇ ਹਨ। [[PERSON:ਜੋਬਨ]] ਰੌਲਾ ਨਹੀਂ ਸਹਿ ਸਕਦਾ, ਅਤੇ ਜਦੋਂ [[PERSON:ਸਿਮਰ]] ਰਾਤ ਨੂੰ ਉੱਠਦੀ ਹੈ ਤਾਂ ਉਹ ਘੰਟਿਆਂ ਬੱਧੀ ਚੀਕਦਾ ਰਹਿੰਦਾ ਹੈ। ਮੈਂ ਅਤੇ ਮੇਰੇ ਪਤੀ [[PERSON:ਕੁਲਦੀਪ]] ਸਾਲ ਭਰ ਤੋਂ ਲਿਵਿੰਗ ਰੂਮ ਦੇ ਸੋਫ਼ੇ 'ਤੇ ਸੌਂਦੇ ਹਾਂ।

ਬੱਚਿਆਂ ਦੇ ਡਾਕਟਰ, ਡਾ. [[PERSON:ਓਕੋਂਕਵੋ]], ਸੋਸ਼ਲ ਵਰਕਰ [[PERSON:ਐਂਜੇਲਾ ਬ੍ਰਿਗਸ]] ਅਤੇ [[ADDRESS:ਸਪਰਿੰਗਫੀਲਡ ਚਿਲਡਰਨਜ਼ ਸੈਂਟਰ]] ਦੀ ਟੀਮ, ਸਭ ਨੇ ਚਿੱਠੀਆਂ ਲਿਖੀਆਂ ਕਿ [[PERSON:ਜੋਬਨ]] ਨੂੰ ਆਪਣਾ ਕਮਰਾ ਚਾਹੀਦਾ ਹੈ। ਪਰ ਹਾਊਸਿੰਗ ਰਜਿਸਟਰ (ਨੰਬਰ [[REFERENCE:SVH/REG/40917]]) 'ਤੇ ਸਾਡਾ ਬੈਂਡ ਨਹੀਂ ਬਦਲਿਆ।

ਮੈਂ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਫਿਰ ਹਾਊਸਿੰਗ ਓਮਬਡਸਮੈਨ ਕੋਲ ਗਈ, ਕੇਸ ਨੰਬਰ [[REFERENCE:202405518]]। ਇਸ ਦੌਰਾਨ ਮੈਂ ਆਪਣੇ ਇੰਸਟਾਗ੍ਰਾਮ [[OTHER_ID:@jobansmum_leics]] 'ਤੇ ਸਾਡੇ ਹਾਲਾਤ ਬਾਰੇ ਲਿਖਦੀ ਰਹੀ, ਅਤੇ ਬਹੁਤ ਸਾਰੀਆਂ ਮਾਵਾਂ ਨੇ ਹੌਸਲਾ ਦਿੱਤਾ।

ਓਮਬਡਸਮੈਨ ਨੇ ਕਿਹਾ ਕਿ ਮੈਡੀਕਲ ਸਬੂਤ ਸੱਤ ਮਹੀਨੇ ਪਏ ਰਹੇ ਅਤੇ ਕਿਸੇ ਨੇ ਦੇਖੇ ਹੀ ਨਹੀਂ। [[ORGANISATION:Soar Valley Housing]] ਦੀ ਅਲਾਟਮੈਂਟ ਮੈਨੇਜਰ [[PERSON:ਡੇਬੀ ਕੁੱਕ]] ਨੇ ਮਾਫ਼ੀ ਮੰਗੀ, ਸਾਨੂੰ ਉੱਚਾ ਬੈਂਡ ਦਿੱਤਾ ਅਤੇ ਦੋ ਮਹੀਨਿਆਂ ਵਿੱਚ ਅਸੀਂ ਤਿੰਨ ਬੈੱਡਰੂਮ ਵਾਲੇ ਘਰ ਵਿੱਚ ਚਲੇ ਗਏ। ੬੫੦ ਪੌਂਡ ਮੁਆਵਜ਼ਾ ਵੀ ਮਿਲਿਆ। ਹੁਣ ਉਹ ਮੈਡੀਕਲ ਸਬੂਤ ਚਾਰ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਦੇਖਦੇ ਹਨ। [[PERSON:ਜੋਬਨ]] ਦੇ ਕਮਰੇ ਵਿੱਚ ਨੀਲੀ ਰੋਸ਼ਨੀ ਹੈ ਅਤੇ ਉਹ ਹੁਣ ਸਾਰੀ ਰਾਤ ਸੌਂਦਾ ਹੈ।
"""),
    ),
    (
        "fv2ap-pa-04",
        "pa",
        _s("""
ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ। ਮੈਂ [[PERSON:ਅਮਨਦੀਪ ਸਿੰਘ ਗਰੇਵਾਲ]] ਹਾਂ ਅਤੇ ਇਹ ਮੇਰੀ ਧੀ [[PERSON:ਨਵਨੀਤ]] ਦੀ ਕਹਾਣੀ ਹੈ, ਜਿਸ ਨੂੰ ਸਾਰੇ [[PERSON:ਨਵੀ]] ਕਹਿੰਦੇ ਹਨ। [[PERSON:ਨਵੀ]] [[AGE:੧੧ ਸਾਲਾਂ]] ਦੀ ਹੈ, ਉਸ ਦੀ ਜਨਮ ਤਾਰੀਖ਼ [[DATE_OF_BIRTH:੧੪/੦੬/੨੦੧੨]] ਹੈ, ਅਤੇ ਉਸ ਨੂੰ [[HEALTH:ਸਪਾਈਨਾ ਬਿਫ਼ਿਡਾ]] ਹੈ। ਉਹ ਵ੍ਹੀਲਚੇਅਰ ਵਰਤਦੀ ਹੈ ਅਤੇ [[ADDRESS:ਪਾਰਕਫੀਲਡ ਸਕੂਲ]] ਵਿੱਚ ਪੜ੍ਹਦੀ ਹੈ। ਅਸੀਂ [[ADDRESS:9 Dunstall Close]], [[POSTCODE:WV6 0HT]] ਵਿੱਚ [[ORGANISATION:Wolverley Homes]] ਦੇ ਘਰ ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ।

ਸਾਲ ੨੦੨੧ ਵਿੱਚ ਓਟੀ [[PERSON:ਜੈਨੀ ਹਾਲ]] ਨੇ ਹੇਠਾਂ ਵੈੱਟ ਰੂਮ ਵਾਲਾ ਬੈੱਡਰੂਮ ਬਣਾਉਣ ਦੀ ਸਿਫ਼ਾਰਸ਼ ਕੀਤੀ। ਡੇਢ ਸਾਲ ਤੱਕ ਸਿਰਫ਼ ਸਰਵੇ ਹੁੰਦੇ ਰਹੇ। ਇਸ ਦੌਰਾਨ ਮੈਂ ਹਰ ਰਾਤ [[PERSON:ਨਵੀ]] ਨੂੰ ਚੁੱਕ ਕੇ ਪੌੜੀਆਂ ਚੜ੍ਹਦਾ ਸੀ, ਅਤੇ ਨਹਾਉਣ ਵੇਲੇ ਉਹ ਸੰਗਦੀ ਸੀ ਕਿਉਂਕਿ ਹੁਣ ਉਹ ਵੱਡੀ ਹੋ ਰਹੀ ਹੈ।

ਮੈਂ ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਕੀਤੀ (ਹਵਾਲਾ [[REFERENCE:WH-ADAPT-2291]]) ਅਤੇ ਨਾਲ ਹਸਪਤਾਲ ਦੀ ਚਿੱਠੀ ਲਾਈ, ਜਿਸ 'ਤੇ ਉਸ ਦਾ NHS ਨੰਬਰ [[OTHER_ID:੭੧੦ ੨੩੪ ੫੬੭੮]] ਲਿਖਿਆ ਸੀ। ਮੇਰਾ ਮੋਬਾਈਲ [[PHONE:07700 900 663]] ਹੈ ਅਤੇ ਮੈਂ ਹਰ ਹਫ਼ਤੇ ਫ਼ੋਨ ਕਰਦਾ ਸੀ। ਬਿਲਡਰ [[ORGANISATION:Beacon Build & Adapt]] ਦੇ ਮੈਨੇਜਰ [[PERSON:ਟੈਰੀ]] ਨੇ ਕਿਹਾ ਕਿ ਉਨ੍ਹਾਂ ਨੂੰ ਕਦੇ ਆਰਡਰ ਹੀ ਨਹੀਂ ਮਿਲਿਆ।

ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ [[ORGANISATION:Wolverley Homes]] ਦੀ ਡਾਇਰੈਕਟਰ [[PERSON:ਹੇਜ਼ਲ ਮੌਰਿਸ]] ਨੇ ਮੰਨਿਆ ਕਿ ਆਰਡਰ ਦੋ ਵਿਭਾਗਾਂ ਵਿਚਕਾਰ ਗੁੰਮ ਹੋ ਗਿਆ ਸੀ। ਚਾਰ ਮਹੀਨਿਆਂ ਵਿੱਚ ਐਕਸਟੈਂਸ਼ਨ ਬਣ ਗਈ। ਉਨ੍ਹਾਂ ਨੇ ਘਰ ਦੇ ਸਾਹਮਣੇ ਸਾਡੀ ਵੈਨ [[OTHER_ID:WV19 NKD]] ਲਈ ਡਰੌਪਡ ਕਰਬ ਵੀ ਬਣਾਇਆ ਅਤੇ ੯੦੦ ਪੌਂਡ ਮੁਆਵਜ਼ਾ ਦਿੱਤਾ। ਹੁਣ ਹਰ ਅਡੈਪਟੇਸ਼ਨ ਕੇਸ ਲਈ ਇੱਕ ਨਾਮਜ਼ਦ ਅਫ਼ਸਰ ਹੁੰਦਾ ਹੈ। [[PERSON:ਨਵੀ]] ਕਹਿੰਦੀ ਹੈ ਕਿ ਉਸ ਦਾ ਨਵਾਂ ਕਮਰਾ "ਘਰ ਦਾ ਸਭ ਤੋਂ ਵਧੀਆ ਕਮਰਾ" ਹੈ।
"""),
    ),
    (
        "fv2ap-pa-05",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਮ [[PERSON:ਕਿਰਨਜੀਤ ਕੌਰ]] ਹੈ। ਮੈਂ, ਮੇਰੇ ਪਤੀ [[PERSON:ਬਲਰਾਜ]] ਅਤੇ ਦੋ ਬੱਚੇ [[ADDRESS:ਵਿਕਟੋਰੀਆ ਕੋਰਟ]] ਦੇ [[ADDRESS:ਫਲੈਟ 27]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ, ਜੋ [[ORGANISATION:Kingsway Housing Trust]] ਦਾ ਹੈ। ਧੀ [[PERSON:ਰੂਹੀ]] [[AGE:੬ ਸਾਲਾਂ]] ਦੀ ਹੈ, ਅਤੇ ਛੋਟਾ [[PERSON:ਫ਼ਤਿਹ]] ਜਦੋਂ ਇਹ ਸਭ ਸ਼ੁਰੂ ਹੋਇਆ ਤਾਂ ਸਿਰਫ਼ [[AGE:੭ ਹਫ਼ਤਿਆਂ]] ਦਾ ਸੀ।

ਉੱਪਰਲੇ ਫਲੈਟ ਤੋਂ ਪਾਣੀ ਸਾਡੇ ਬੈੱਡਰੂਮ ਦੀ ਛੱਤ ਵਿੱਚੋਂ ਚੋਣ ਲੱਗ ਪਿਆ, ਬਿਲਕੁਲ [[PERSON:ਫ਼ਤਿਹ]] ਦੇ ਪੰਘੂੜੇ ਦੇ ਉੱਤੇ। ਉੱਪਰ ਵਾਲੀ ਗੁਆਂਢਣ [[PERSON:ਬਾਰਬਰਾ]] ਨੇ ਵੀ ਆਪਣੇ ਵੱਲੋਂ ਰਿਪੋਰਟ ਕੀਤੀ। ਛੱਤ ਦਾ ਪਲਸਤਰ ਫੁੱਲ ਗਿਆ ਅਤੇ ਕਮਰੇ ਵਿੱਚੋਂ ਉੱਲੀ ਦੀ ਬੋ ਆਉਣ ਲੱਗੀ। [[PERSON:ਫ਼ਤਿਹ]] ਨੂੰ [[HEALTH:ਬ੍ਰੌਂਕਿਓਲਾਈਟਿਸ]] ਹੋ ਗਿਆ ਅਤੇ ਦੋ ਰਾਤਾਂ ਹਸਪਤਾਲ ਰਹਿਣਾ ਪਿਆ। [[ADDRESS:ਹੋਲੀ ਟ੍ਰੀ ਮੈਡੀਕਲ ਸੈਂਟਰ]] ਦੀ ਡਾਕਟਰ [[PERSON:ਨੀਲਮ ਸ਼ਰਮਾ]] ਨੇ ਲਿਖਿਆ ਕਿ ਬੱਚੇ ਨੂੰ ਉਸ ਕਮਰੇ ਵਿੱਚ ਨਹੀਂ ਸੌਣਾ ਚਾਹੀਦਾ।

ਅਸੀਂ ਚਾਰੇ ਜਣੇ ਲਿਵਿੰਗ ਰੂਮ ਵਿੱਚ ਸੌਣ ਲੱਗੇ। [[ORGANISATION:Midland Roofing Co]] ਵਾਲੇ ਦੋ ਵਾਰ ਆਏ ਪਰ ਉਨ੍ਹਾਂ ਨੇ ਬਾਹਰੋਂ ਛੱਤ ਦੇਖੀ, ਜਦਕਿ ਪਾਣੀ ਉੱਪਰਲੇ ਫਲੈਟ ਦੀ ਪਾਈਪ ਵਿੱਚੋਂ ਆ ਰਿਹਾ ਸੀ। ਮੈਂ [[EMAIL:kiranjit.kaur@example.org]] ਤੋਂ ਸ਼ਿਕਾਇਤ ਭੇਜੀ, ਹਵਾਲਾ ਨੰਬਰ [[REFERENCE:KHT-5517-C]]। ਜਵਾਬ ਨਾ ਆਉਣ 'ਤੇ ਮੈਂ ਹਾਊਸਿੰਗ ਓਮਬਡਸਮੈਨ ਨੂੰ ਲਿਖਿਆ, ਕੇਸ [[REFERENCE:202312240]]।

ਫਿਰ ਟਰੱਸਟ ਦੇ ਸ਼ਿਕਾਇਤ ਮੈਨੇਜਰ [[PERSON:ਓਵੇਨ ਪ੍ਰਾਈਸ]] ਨੇ ਮੈਨੂੰ [[PHONE:੦੧੨੧ ੪੯੬ ੦੫੩੦]] ਤੋਂ ਫ਼ੋਨ ਕੀਤਾ ਅਤੇ ਉਸੇ ਹਫ਼ਤੇ ਪਲੰਬਰ ਭੇਜਿਆ। ਲੀਕ ਠੀਕ ਹੋਈ, ਛੱਤ ਨਵੀਂ ਪਈ, ਕਮਰੇ ਦਾ ਰੰਗ-ਰੋਗਨ ਹੋਇਆ ਅਤੇ ੭੦੦ ਪੌਂਡ ਮੇਰੇ ਖਾਤੇ ਵਿੱਚ ਆਏ, ਜਿਸ ਦੇ ਆਖ਼ਰੀ ਚਾਰ ਅੰਕ [[OTHER_ID:੪੪੦੯]] ਹਨ। ਹੁਣ [[ORGANISATION:Kingsway Housing Trust]] ਵਿੱਚ ਜਿਸ ਘਰ ਵਿੱਚ ਛੋਟਾ ਬੱਚਾ ਹੋਵੇ, ਉੱਥੇ ਲੀਕ ਨੂੰ ਪਹਿਲ ਦਿੱਤੀ ਜਾਂਦੀ ਹੈ। [[PERSON:ਰੂਹੀ]] ਫਿਰ ਆਪਣੇ ਬਿਸਤਰੇ ਵਿੱਚ ਸੌਂਦੀ ਹੈ ਅਤੇ [[PERSON:ਫ਼ਤਿਹ]] ਆਪਣੇ ਪੰਘੂੜੇ ਵਿੱਚ।
"""),
    ),
    (
        "fv2ap-pl-01",
        "pl",
        _s("""
Nazywam się [[PERSON:Katarzyna Wróblewska]], ale wszyscy mówią na mnie [[PERSON:Kasia]]. Mieszkam z mężem [[PERSON:Pawłem]] i dwójką dzieci pod adresem [[ADDRESS:64 Lincoln Road]], Peterborough, [[POSTCODE:PE1 2SN]]. Dom wynajmujemy od [[ORGANISATION:Fenland Homes]].

Nasza córka [[PERSON:Zuzia]] ma [[AGE:3 latka]], a syn [[PERSON:Kuba]] ma [[AGE:7 lat]] i chodzi do [[ADDRESS:Brookfield Primary]]. Zimą 2022 roku w pokoju dzieci, na ścianie za łóżkiem, pojawił się czarny grzyb. [[PERSON:Zuzia]] ciągle kasłała, budziła się w nocy i nie mogła złapać tchu. Lekarka z [[ADDRESS:Hawthorn Road Surgery]], dr [[PERSON:Okafor]], stwierdziła u niej [[HEALTH:astmę]]. Nasza health visitorka, pani [[PERSON:Sandra Lowe]], zrobiła zdjęcia ściany i napisała list do zarządcy.

Zgłaszałam to chyba dziesięć razy. Za każdym razem przychodził ktoś z [[ORGANISATION:Kleenwall Services]], psikał ścianę i malował. Po miesiącu grzyb wracał.

W końcu złożyłam oficjalną skargę, numer [[REFERENCE:FH/2023/1187]]. Przyszedł pan [[PERSON:Gary Whitmore]], nasz housing officer, i najpierw powiedział, że suszymy pranie w domu. Pokazałam mu suszarkę bębnową, którą kupiliśmy rok wcześniej. Dopiero wtedy pan [[PERSON:Gary]] wezwał rzeczoznawcę.

Okazało się, że rynna nad pokojem dzieci była pęknięta od lat i woda wsiąkała w mur. [[ORGANISATION:Fenland Homes]] wymieniło rynnę, osuszyło i otynkowało ścianę, zamontowało wentylator i zapłaciło nam 500 funtów. Przeprosili na piśmie, że obwiniali nas o pranie. Teraz przy każdym zgłoszeniu wilgoci najpierw przychodzi rzeczoznawca. [[PERSON:Zuzia]] od marca nie potrzebowała inhalatora, a [[PERSON:Kubuś]] mówi, że pokój „pachnie jak nowy”.

Gdyby ktoś z sąsiedztwa miał ten sam problem, mój numer to [[PHONE:07700 900 254]].
"""),
    ),
    (
        "fv2ap-pl-02",
        "pl",
        _s("""
Nasz synek [[PERSON:Staś]] urodził się [[DATE_OF_BIRTH:14 stycznia 2024]], w najzimniejszym tygodniu tej zimy. Kiedy wróciłem z żoną, [[PERSON:Agnieszką]], i małym ze szpitala, w mieszkaniu było 12 stopni. Kocioł zepsuł się trzy dni wcześniej.

Jestem [[PERSON:Marcin Kowalczyk]]. Mieszkamy w [[ADDRESS:mieszkaniu nr 8]] w bloku [[ADDRESS:Windsor House]], [[POSTCODE:SL1 3EQ]]; właścicielem jest [[ORGANISATION:Thamesbrook Council]]. Usterkę zgłosiłem od razu, numer zlecenia [[REFERENCE:TBC-RJ-30617]].

Firma [[ORGANISATION:Heatline Services]] przysłała pana [[PERSON:Dave'a]], który stwierdził, że trzeba zamówić część. Potem przez dziesięć dni nikt się nie odezwał. Dzwoniłem codziennie ze swojej komórki, [[PHONE:+44 7700 900 831]], a maile wysyłałem z adresu [[EMAIL:marcin.kowalczyk@example.com]]. Przez telefon musiałem go literować: [[EMAIL:marcin kropka kowalczyk małpa example kropka com]].

Kiedy [[PERSON:Staś]] miał [[AGE:5 tygodni]], przyszła health visitorka, pani [[PERSON:Priya Shah]]. Zmierzyła temperaturę w sypialni, zobaczyła małego w czapce pod dwoma kocykami i od razu zadzwoniła do urzędu. Tego samego dnia nasz lekarz z [[ADDRESS:Elmcroft Surgery]] napisał list, że niemowlę nie może tak mieszkać. Skargę złożyłem na piśmie i dołączyłem oba listy, lekarza i pani [[PERSON:Priyi]].

Odpowiedziała mi pani [[PERSON:Lorraine Fitch]] z działu skarg. Przeprosiła, w ciągu dwóch dni zamontowano nowy kocioł, dostaliśmy zwrot za prąd zużyty przez grzejniki elektryczne i 450 funtów rekompensaty. Rada zmieniła procedury: jeśli w domu jest niemowlę poniżej szóstego miesiąca, brak ogrzewania to awaria do naprawy w ciągu doby. Dziś [[PERSON:Staś]] ma [[AGE:pięć miesięcy]], a [[PERSON:Aga]] śmieje się, że pierwszy raz od stycznia śpi bez skarpetek.
"""),
    ),
    (
        "fv2ap-pl-03",
        "pl",
        _s("""
Piszę jako mama trójki dzieci. Nazywam się [[PERSON:Joanna Nowicka]] i mieszkamy w Southampton w szeregowcu pod [[ADDRESS:numerem 31]], kod [[POSTCODE:so14 0lx]]. Dom należy do [[ORGANISATION:Solent Shore Housing]]. Ma dwie sypialnie, a nas jest pięcioro.

Mój syn [[PERSON:Franek]] ma [[AGE:6 lat]] i [[HEALTH:autyzm]]. Jego siostra [[PERSON:Ola]] ma [[AGE:10 lat]], a najmłodsza, [[PERSON:Tosia]], skończyła właśnie [[AGE:roczek]]. [[PERSON:Franek]] i [[PERSON:Ola]] dzielą pokój, a [[PERSON:Tosia]] śpi z nami. [[PERSON:Franek]] nie znosi hałasu; kiedy [[PERSON:Ola]] odrabia lekcje albo słucha muzyki, on krzyczy i uderza głową o ścianę. Nauczycielka z [[ADDRESS:St Mary's Catholic Primary]], pani [[PERSON:Kelly]], mówiła, że przychodzi do szkoły niewyspany.

Pediatra, dr [[PERSON:Malik]], i nasza pracownica socjalna, pani [[PERSON:Helen Ward]], napisali, że [[PERSON:Franek]] potrzebuje własnego pokoju. Panie z [[ADDRESS:Northam Children's Centre]] też. Mimo to przez dwa lata nic się nie zmieniło.

Złożyłam skargę i dostałam odpowiedź, że „nie ma większych domów”. Poszłam do Housing Ombudsmana, sprawa nr [[REFERENCE:202409932]]. Równocześnie prowadziłam bloga [[OTHER_ID:www.franek-i-my.example.com]], gdzie opisywałam nasze noce, więc mam wszystko zapisane z datami.

Ombudsman uznał, że [[ORGANISATION:Solent Shore Housing]] nie rozpatrzyło dowodów medycznych. Kierowniczka ds. przydziałów, pani [[PERSON:Claire Dunn]], przyjechała do nas, przeprosiła i podniosła nasz priorytet. W październiku przeprowadziliśmy się do domu z trzema sypialniami, dostaliśmy też 750 funtów. Teraz dowody medyczne są sprawdzane w ciągu 28 dni. [[PERSON:Franuś]] ma swój pokój z zieloną lampką i pierwszy raz od dawna przesypia całe noce.
"""),
    ),
    (
        "fv2ap-pl-04",
        "pl",
        _s("""
Jestem tatą [[PERSON:Mai]]. [[PERSON:Maja]] ma [[AGE:9 lat]] (urodziła się [[DATE_OF_BIRTH:03.04.2015]]), ma [[HEALTH:zespół Downa]] i [[HEALTH:wadę serca]]. Mieszkamy pod [[ADDRESS:15 Meadow Close]], [[POSTCODE:NN3 8TY]], w domu [[ORGANISATION:Nene Valley Homes]]. Nazywam się [[PERSON:Piotr Zieliński]].

Przez osiem miesięcy prysznic bez brodzika, zamontowany specjalnie dla [[PERSON:Majki]], był zepsuty: przeciekał do kuchni, a antypoślizgowa podłoga się odkleiła. [[PERSON:Maja]] raz się na niej poślizgnęła i rozcięła brodę. Od tego czasu kąpaliśmy ją w misce w kuchni albo woziliśmy do babci, samochodem [[OTHER_ID:NX20 PZL]], dwa razy w tygodniu.

Firma [[ORGANISATION:Adapt-Ability Ltd]], która robiła łazienkę, twierdziła, że gwarancja się skończyła, a [[ORGANISATION:Nene Valley Homes]], że to sprawa firmy. Dzwoniłem pod [[PHONE:01632 960 418]] tyle razy, że pani na centrali poznawała mój głos. Terapeutka zajęciowa, pani [[PERSON:Fiona Marsh]], napisała, że bez prysznica [[PERSON:Maja]] traci samodzielność, której latami uczyła się w [[ADDRESS:Fairmeadow School]].

Oficjalna skarga: [[REFERENCE:NVH-CC-0934]]. Odpowiedź na pierwszym etapie nic nie dała, więc poprosiłem o drugi. Wtedy zadzwonił do mnie pan [[PERSON:Richard Okonjo]], dyrektor ds. napraw, i umówił się na wizytę razem z panią [[PERSON:Fioną]].

W ciągu trzech tygodni łazienka była zrobiona od nowa, z porządnym odpływem i nową podłogą. Dostaliśmy 600 funtów i pisemne przeprosiny. [[ORGANISATION:Nene Valley Homes]] wprowadziło zasadę, że naprawy adaptacji dla osób niepełnosprawnych mają priorytet i nie czekają, aż skończy się spór z wykonawcą. [[PERSON:Majka]] znowu sama myje zęby i włosy, i jest z siebie bardzo dumna.
"""),
    ),
    (
        "fv2ap-pl-05",
        "pl",
        _s("""
Nazywam się [[PERSON:Magdalena Kaczmarek]]. Jestem [[OTHER_SPECIAL:Polką]], mieszkam w Anglii od 2012 roku i mam [[OTHER_SPECIAL:settled status]]. Piszę o tym, bo w naszej sprawie ktoś uznał, że to ma znaczenie.

Z dwójką dzieci, [[PERSON:Wojtkiem]] ([[AGE:4 lata]]) i [[PERSON:Lenką]] ([[AGE:2 latka]]), mieszkamy pod [[ADDRESS:17 Kestrel Way]] w Swindonie. Dom należy do [[ORGANISATION:Orbitway Housing]]. [[PERSON:Wojtek]] chodzi do [[ADDRESS:Little Owls Nursery]], a [[PERSON:Lena]] jest jeszcze ze mną w domu.

Zeszłej zimy na suficie w pokoju dzieci pojawiła się wielka mokra plama, potem grzyb. Ciekło z dachu. W lutym [[PERSON:Lenka]] trafiła do szpitala z [[HEALTH:zapaleniem płuc]], a lekarz z [[ADDRESS:Kingfisher Health Centre]] napisał, że wilgoć jej szkodzi.

Kiedy zadzwoniłam zgłosić przeciek, pan [[PERSON:Jason Pryce]] z działu napraw zapytał, czy mam prawo tu mieszkać, i kazał przysłać dokument. Wysłałam skan paszportu, numer [[OTHER_ID:EK4418273]], bo bałam się, że inaczej nikt nie przyjdzie. I tak nikt nie przyszedł. Złożyłam skargę z adresu [[EMAIL:madzia.kaczmarek@example.net]], numer sprawy [[REFERENCE:OWH/CMP/55821]].

Kierowniczka, pani [[PERSON:Amanda Cole]], odpisała po tygodniu. Przeprosiła i napisała wprost, że status imigracyjny nie ma nic wspólnego z naprawami i nikt nie powinien był o to pytać. Dach naprawiono w dziesięć dni, sufit osuszono i pomalowano, a na konto (sort code [[OTHER_ID:30-99-50]], numer [[OTHER_ID:61829374]]) przyszło 500 funtów. [[ORGANISATION:Orbitway Housing]] przeszkoliło cały dział napraw i zmieniło skrypt rozmów. [[PERSON:Wojtuś]] znów śpi w swoim łóżku, a [[PERSON:Lenka]] nie kaszle.
"""),
    ),
    (
        "fv2ap-ro-01",
        "ro",
        _s("""
Mă numesc [[PERSON:Andreea Popescu]] și locuiesc cu soțul meu, [[PERSON:Bogdan]], și cei doi copii la [[ADDRESS:83 Grenville Road]], Londra, [[POSTCODE:N9 8QT]]. Casa este închiriată de la [[ORGANISATION:Lea Valley Living]].

Fetița noastră, [[PERSON:Ioana]] (îi spunem [[PERSON:Ioanuța]]), are [[AGE:4 ani]] și merge la grădinița [[ADDRESS:Sunflower Nursery]], iar băiețelul, [[PERSON:David]], are [[AGE:8 luni]].

Iarna trecută a apărut mucegai negru pe peretele din camera copiilor, în spatele patului. [[PERSON:Ioana]] tușea toată noaptea. Doctorița de la [[ADDRESS:Bowes Park Medical Centre]], dr. [[PERSON:Gupta]], i-a pus diagnosticul de [[HEALTH:astm]] și i-a dat inhalator. Health visitorul nostru, [[PERSON:Marie]], a scris o scrisoare că umezeala e periculoasă și pentru bebeluș.

Am sunat la numărul de reparații, [[PHONE:020 7946 0166]], de nenumărate ori. De două ori au trimis oameni de la [[ORGANISATION:DryHome Solutions]], care au dat cu spray și au vopsit peste. După trei săptămâni, mucegaiul era înapoi.

Am făcut plângere oficială, numărul [[REFERENCE:LVL-C-40288]]. Doamna [[PERSON:Tracy Bell]], ofițerul nostru de locuințe, a spus la început că e vina noastră, că nu aerisim. Am cerut etapa a doua și am trimis toate pozele de pe adresa mea, [[EMAIL:andreea.popescu@example.net]].

La etapa a doua a venit un inspector care a descoperit că izolația din pod lipsea complet deasupra camerei copiilor. [[ORGANISATION:Lea Valley Living]] a pus izolație, a montat un ventilator, a refăcut peretele și ne-a dat 480 de lire. Doamna [[PERSON:Bell]] și-a cerut scuze în scris. Acum, la orice reclamație de mucegai, trimit întâi un inspector, nu un om cu spray. [[PERSON:Ioanuța]] nu a mai avut nevoie de inhalator de două luni.
"""),
    ),
    (
        "fv2ap-ro-02",
        "ro",
        _s("""
Băiatul nostru, [[PERSON:Luca]], s-a născut pe [[DATE_OF_BIRTH:2 decembrie 2023]]. Când l-am adus acasă de la spital, în apartament nu era căldură: centrala se stricase de o săptămână. Eu sunt [[PERSON:Cosmin Dumitrescu]], soția mea e [[PERSON:Florentina]] (toată lumea îi zice [[PERSON:Flori]]) și locuim în [[ADDRESS:apartamentul 12]] din blocul [[ADDRESS:Cedar Court]], [[POSTCODE:HA29QE]]. Proprietarul este [[ORGANISATION:Kenwood Vale Council]].

Am raportat defecțiunea, nr. [[REFERENCE:KVC/REP/88214]]. Firma [[ORGANISATION:ThermaServe]] a trimis un tehnician, [[PERSON:Jamie]], care a zis că trebuie comandată o piesă. Apoi nimic, unsprezece zile. Am sunat zilnic și de fiecare dată am lăsat numărul meu, pe care până la urmă îl spuneam rar, cifră cu cifră, ca să nu-l mai încurce: [[PHONE:zero șapte șapte zero zero, nouă zero zero, trei unu doi]].

Când [[PERSON:Luca]] avea [[AGE:6 săptămâni]], a venit health visitorul, [[PERSON:Gemma Fraser]], și a măsurat 13 grade în dormitor. A sunat ea însăși la consiliu. Aveam deja programat botezul la [[ADDRESS:Biserica Ortodoxă Sfântul Ioan]] și ne era frică să-l mai scoatem din casă.

Am trimis plângerea pe e-mail de pe [[EMAIL:cosmin.dumitrescu@example.net]], cu poze cu termometrul și cu [[PERSON:Luca]] înfofolit în trei păturici.

A doua zi m-a sunat doamna [[PERSON:Nadia Rahman]] de la departamentul de plângeri. Și-a cerut scuze, în două zile aveam centrală nouă, ne-au dat banii pe curentul consumat de radiatoarele electrice și 400 de lire despăgubire. Consiliul a schimbat regula: acolo unde e un bebeluș sub șase luni, lipsa căldurii e urgență și se repară în 24 de ore. Botezul l-am făcut în ianuarie, și [[PERSON:Lucuț]] a dormit liniștit tot timpul.
"""),
    ),
    (
        "fv2ap-ro-03",
        "ro",
        _s("""
Sunt [[PERSON:Elena Munteanu]], mamă a trei copii, și am [[OTHER_SPECIAL:pre-settled status]]. Locuim în [[ADDRESS:apartamentul 5]], deasupra pubului [[ADDRESS:The Red Lion]] din Enfield, [[POSTCODE:EN3 4DF]]. Proprietarul este [[ORGANISATION:Greenhaven Housing]]. Un apartament cu un singur dormitor, pentru cinci oameni.

Fiul meu cel mare, [[PERSON:Ștefan]], are [[AGE:10 ani]], [[HEALTH:ADHD]] și [[HEALTH:autism]]. Gemenele, [[PERSON:Ana]] și [[PERSON:Maria]], au [[AGE:2 ani]]. Soțul meu, [[PERSON:Vasile]], lucrează în ture de noapte.

[[PERSON:Ștefănel]] nu poate dormi cu zgomot, iar gemenele se trezesc noaptea. Vinerea și sâmbăta, din cauza pubului de dedesubt, e gălăgie până după miezul nopții. La [[ADDRESS:Oakwood Primary]] învățătoarea ne-a spus că adoarme în bancă. Medicul pediatru, dr. [[PERSON:Khan]], și asistenta socială, [[PERSON:Sharon Pike]], au scris că [[PERSON:Ștefan]] are nevoie de o cameră a lui. Cei de la [[ADDRESS:Meridian Children's Centre]] ne-au ajutat să strângem toate scrisorile.

Eram pe lista de locuințe din 2020, numărul [[REFERENCE:GH-REG-118204]], tot în banda C. La telefon ni s-a spus că, având doar [[OTHER_SPECIAL:pre-settled status]], „poate nu ne calificăm”.

Am făcut plângere și apoi m-am dus la Housing Ombudsman, cazul [[REFERENCE:202410377]]. Am povestit totul și pe Instagram, la [[OTHER_ID:@elena.mama.de.trei]], și multe mame din cartier m-au susținut.

Ombudsmanul a decis că [[ORGANISATION:Greenhaven Housing]] nu a evaluat dovezile medicale și ne-a dat informații greșite despre drepturile noastre. Managerul de alocări, domnul [[PERSON:Derek Osei]], a venit la noi, și-a cerut scuze și ne-a mutat în banda A. În patru luni ne-am mutat într-o casă cu trei dormitoare. Am primit 850 de lire, iar acum personalul e instruit despre drepturile locatarilor din UE. [[PERSON:Ștefan]] are camera lui, cu căști antifonice și o lampă verde.
"""),
    ),
    (
        "fv2ap-ro-04",
        "ro",
        _s("""
Sunt [[PERSON:Mihai Rusu]], tatăl lui [[PERSON:Andrei]]. [[PERSON:Andrei]] are [[AGE:12 ani]], s-a născut pe [[DATE_OF_BIRTH:19 mai 2011]] și are [[HEALTH:epilepsie]] și o [[HEALTH:deficiență de vedere]] severă. Locuim la [[ADDRESS:12 Canterbury Street]], Gillingham, [[POSTCODE:ME7 5TP]], într-o casă a [[ORGANISATION:Medway Crest Homes]].

Timp de cinci luni lumina de pe scări n-a funcționat, iar balustrada era desprinsă din perete. Pentru un copil care vede foarte puțin, o scară întunecată e un pericol. În martie, [[PERSON:Andrei]] a căzut pe scări după o criză și și-a rupt încheietura.

Terapeuta ocupațională, [[PERSON:Louise Barker]], și profesoara lui de la [[ADDRESS:Rivermead School]] au scris amândouă la proprietar. Eu am trimis scrisoarea de la spital, cu numărul lui NHS, [[OTHER_ID:721 604 3398]]. Am sunat de la [[PHONE:+44 (0) 7700 900 719]] aproape zilnic. Electricianul de la [[ORGANISATION:Sparkwell Electrical]] a venit o dată, a schimbat becul și a plecat, deși problema era la cablu.

Am depus plângere, referința [[REFERENCE:MCH-COMP-6051]]. La etapa a doua m-a sunat doamna [[PERSON:Patricia Heald]], șefa de reparații. A recunoscut că raportul terapeutei fusese ignorat. Într-o săptămână s-a refăcut instalația electrică pe scară, s-au pus lumini cu senzor, două balustrade solide și benzi contrastante pe fiecare treaptă. Au marcat și un loc de parcare în fața casei pentru mașina noastră, [[OTHER_ID:GN18 UXW]], ca să nu mai mergem cu [[PERSON:Andrei]] pe jos, pe întuneric, de la capătul străzii. Am primit și 700 de lire.

Acum [[ORGANISATION:Medway Crest Homes]] ține o listă a locuințelor în care stau copii cu dizabilități, iar reparațiile de siguranță la ei se fac în trei zile. [[PERSON:Andreiuț]] urcă singur scările și numără treptele cu voce tare.
"""),
    ),
    (
        "fv2ap-ro-05",
        "ro",
        _s("""
Mă numesc [[PERSON:Ramona Stan]] și locuiesc în Reading, în [[ADDRESS:apartamentul 19]] din [[ADDRESS:Hartley House]], [[POSTCODE:rg1 6pl]]. Proprietarul este [[ORGANISATION:Brookmere Homes]]. Am doi copii: [[PERSON:Sofia]], pe care o strigăm [[PERSON:Sofica]], are [[AGE:5 ani]] și e la [[ADDRESS:Alder Grove Primary]], iar [[PERSON:Matei]] avea doar [[AGE:3 luni]] când a început totul.

Terasa de deasupra noastră a început să lase apă în camera copiilor. Peretele s-a umflat și s-a umplut de mucegai. [[PERSON:Matei]] a făcut [[HEALTH:bronșiolită]] și a stat patru zile în spital. Doctorul de la [[ADDRESS:Cressfield Surgery]] și health visitorul nostru, [[PERSON:Bridget]], au scris amândoi că bebelușul nu are voie să doarmă acolo.

Un muncitor de la [[ORGANISATION:Fixright Maintenance]] a venit, s-a uitat și a zis: „Voi, [[OTHER_SPECIAL:românii]], țineți geamurile închise, de-aia aveți mucegai.” N-a reparat nimic.

Am făcut plângere, numărul [[REFERENCE:BMH-44190]]. Am dat adresa de e-mail la telefon, pe litere: [[EMAIL:ramona punct stan arond example punct com]]. Răspunsul de la prima etapă spunea doar că „se investighează”, așa că am scris la Housing Ombudsman, cazul [[REFERENCE:202401156]].

Atunci m-a sunat doamna [[PERSON:Gillian Ashworth]], directoarea de servicii. Și-a cerut scuze pentru ce a spus muncitorul, iar el nu mai lucrează pe contractul lor. Au refăcut hidroizolația terasei, au tratat și au vopsit camera, și ne-au virat 650 de lire în contul care se termină în [[OTHER_ID:7730]]. Acum [[ORGANISATION:Brookmere Homes]] trimite un inspector în cinci zile oriunde e un bebeluș și apare mucegai, iar toți muncitorii fac un curs despre cum vorbesc cu locatarii. [[PERSON:Sofica]] și-a pictat singură un curcubeu pe peretele nou.
"""),
    ),
    (
        "fv2ap-ur-01",
        "ur",
        _s("""
میرا نام [[PERSON:نازیہ پروین]] ہے۔ میں اپنے شوہر [[PERSON:عاصم]] اور دو بچوں کے ساتھ بریڈفورڈ میں [[ADDRESS:۲۳ میلبورن اسٹریٹ]]، [[POSTCODE:BD5 0QS]] میں رہتی ہوں۔ گھر [[ORGANISATION:Airedale Homes Trust]] کا ہے۔

بڑا بیٹا [[PERSON:حمزہ]] [[AGE:۶ سال]] کا ہے اور [[ADDRESS:گرینج روڈ پرائمری اسکول]] میں پڑھتا ہے۔ چھوٹی بیٹی [[PERSON:عنایہ]] [[AGE:۲ سال]] کی ہے، پیار سے ہم اسے [[PERSON:گڑیا]] کہتے ہیں۔

پچھلی سردیوں میں بچوں کے کمرے کی دیوار پر کالی پھپھوندی آ گئی۔ [[PERSON:حمزہ]] رات بھر کھانستا رہتا۔ [[ADDRESS:ایش ویل میڈیکل پریکٹس]] کی ڈاکٹر [[PERSON:سارہ ملک]] نے بتایا کہ اسے [[HEALTH:دمہ]] ہے اور دو انہیلر دیے۔ ہیلتھ وزیٹر [[PERSON:لیزا]] نے [[PERSON:گڑیا]] کے چیک اپ پر پھپھوندی دیکھی اور خط لکھا۔

میں نے مرمت کی لائن [[PHONE:۰۱۱۳ ۴۹۶ ۰۲۲۲]] پر بار بار فون کیا۔ [[ORGANISATION:Spotless Damp Care]] کا آدمی آیا، سپرے کیا، رنگ کیا اور کہہ گیا کہ کپڑے گھر میں نہ سکھائیں۔ تین ہفتے بعد پھپھوندی واپس آ گئی۔

پھر میں نے تحریری شکایت کی، نمبر [[REFERENCE:AHT-C-20577]]۔ ہاؤسنگ آفیسر مسٹر [[PERSON:نائجل ہیز]] نے پہلے تو وہی بات دہرائی، لیکن جب میں نے شکایت کا دوسرا مرحلہ مانگا تو سروے کرنے والا آیا۔ پتا چلا کہ چھت کا پرنالہ ٹوٹا ہوا ہے اور پانی برسوں سے دیوار میں جا رہا ہے۔

[[ORGANISATION:Airedale Homes Trust]] نے پرنالہ بدلا، دیوار دوبارہ پلستر کی، کمرے میں پنکھا لگایا اور ہمیں ۵۰۰ پاؤنڈ دیے۔ انہوں نے لکھ کر معافی بھی مانگی کہ ہمیں قصوروار ٹھہرایا۔ اب وہ پھپھوندی کی ہر شکایت پر پہلے سروے کرواتے ہیں۔ [[PERSON:حمزہ]] اب پوری رات سوتا ہے، اور [[PERSON:گڑیا]] اپنے کمرے میں کھیلتی ہے۔
"""),
    ),
    (
        "fv2ap-ur-02",
        "ur",
        _s("""
میں [[PERSON:عمران اقبال]] ہوں۔ ہم مانچسٹر میں [[ADDRESS:مدینہ مسجد]] کے بالکل پیچھے والی گلی میں [[ADDRESS:مکان نمبر ۱۹]] میں رہتے ہیں، پوسٹ کوڈ [[POSTCODE:m13 0ty]]۔ مکان [[ORGANISATION:Mersey Bank Homes]] کا ہے۔ ہمارا بیٹا [[PERSON:ایان]] [[DATE_OF_BIRTH:۵ جنوری ۲۰۲۴]] کو پیدا ہوا۔

اس کی پیدائش سے چار دن پہلے بوائلر بند ہو گیا۔ جب میری بیوی [[PERSON:صائمہ]] ہسپتال سے گھر آئیں تو گھر برف کی طرح ٹھنڈا تھا۔ آپریشن کے بعد وہ پہلے ہی کمزور تھیں، اور بعد میں ڈاکٹر نے بتایا کہ انہیں [[HEALTH:پوسٹ نیٹل ڈپریشن]] ہے۔

مرمت کا نمبر [[REFERENCE:MBH-HTG-4481]] ملا۔ [[ORGANISATION:GasGuard North West]] کا انجینئر [[PERSON:اسٹیو]] آیا، بولا پرزہ منگوانا ہو گا، پھر نو دن کوئی نہیں آیا۔ میں روز [[PHONE:0161-496-0907]] پر فون کرتا رہا۔

جب [[PERSON:ایان]] [[AGE:تین ہفتے]] کا تھا تو ہیلتھ وزیٹر [[PERSON:ریچل گرین]] نے کمرے کا درجہ حرارت ناپا: صرف ۱۳ ڈگری۔ انہوں نے خود کونسل کو فون کیا اور مجھے تحریری شکایت کرنے کو کہا۔ میں نے ای میل بھیجی، اور فون پر انہیں اپنا ای میل ہجے کر کے بتانا پڑا: [[EMAIL:imran dot iqbal at example dot com]]۔

اگلے ہی دن شکایات کی ٹیم سے مسز [[PERSON:جیکسن]] نے فون کر کے معافی مانگی۔ دو دن میں نیا بوائلر لگ گیا، بجلی کے ہیٹروں کا بل اور ۴۰۰ پاؤنڈ ہرجانہ ملا۔ اب [[ORGANISATION:Mersey Bank Homes]] کا اصول ہے کہ جس گھر میں چھ ماہ سے چھوٹا بچہ ہو وہاں ہیٹنگ کی خرابی ۲۴ گھنٹے میں ٹھیک ہو گی۔ الحمدللہ [[PERSON:ایان]] اور [[PERSON:صائمہ]] دونوں اب ٹھیک ہیں۔
"""),
    ),
    (
        "fv2ap-ur-03",
        "ur",
        _s("""
میرا نام [[PERSON:شازیہ کوثر]] ہے۔ ہم برمنگھم میں [[ADDRESS:الرحمان سویٹس]] کے ساتھ والے گھر، [[ADDRESS:نمبر ۷۷]]، میں رہتے ہیں، پوسٹ کوڈ [[POSTCODE:b8 3ql]]۔ گھر [[ORGANISATION:Cole Valley Council]] کا ہے۔ تین کمروں میں ہم آٹھ لوگ ہیں: میں، میرے شوہر [[PERSON:فیصل]]، ساس سسر اور تین بچے۔

بڑی بیٹی [[PERSON:مریم]] [[AGE:۱۲ سال]] کی ہے، بیٹا [[PERSON:زین]] [[AGE:۹ سال]] کا ہے اور اسے [[HEALTH:آٹزم]] ہے، اور سب سے چھوٹی [[PERSON:ہانیہ]] [[AGE:۴ سال]] کی ہے۔ [[PERSON:زین]] اور [[PERSON:ہانیہ]] [[ADDRESS:برچ فیلڈ پرائمری اسکول]] جاتے ہیں۔

[[PERSON:زین]] کو شور بالکل برداشت نہیں۔ وہ [[PERSON:مریم]] اور [[PERSON:ہانیہ]] کے ساتھ ایک کمرے میں سوتا ہے، اور جب کوئی رات کو اٹھے تو وہ چیخنے لگتا ہے اور سر دیوار پر مارتا ہے۔ سوشل ورکر [[PERSON:کیرن ہیوز]]، بچوں کی ماہر ڈاکٹر [[PERSON:اوکافور]] اور [[ADDRESS:سن فلاور چلڈرنز سینٹر]] والوں نے خط لکھے کہ اسے الگ کمرا چاہیے۔ ہم ہاؤسنگ رجسٹر پر ۲۰۱۸ سے ہیں، نمبر [[REFERENCE:HR-992045]]۔

کونسل کو شکایت کی تو جواب آیا کہ بڑے گھر کم ہیں۔ پھر میں ہاؤسنگ اومبڈسمین کے پاس گئی، کیس نمبر [[REFERENCE:۲۰۲۳۰۸۸۱۲]]۔ اسی دوران میں انسٹاگرام پر [[OTHER_ID:@zain_ki_ammi]] کے نام سے اپنی روز کی کہانی لکھتی رہی، اور بہت سی ماؤں نے ساتھ دیا۔

اومبڈسمین نے فیصلہ دیا کہ کونسل نے طبی ثبوت ٹھیک سے نہیں دیکھے۔ اس کے بعد الاٹمنٹ ٹیم کے [[PERSON:گیری ہالینڈ]] خود گھر آئے، معافی مانگی اور ہماری ترجیح بڑھا دی۔ چار مہینے میں ہمیں پانچ کمروں کا گھر مل گیا اور ۸۰۰ پاؤنڈ ہرجانہ بھی۔ اب [[ORGANISATION:Cole Valley Council]] طبی ثبوت چار ہفتوں میں دیکھتی ہے۔ [[PERSON:زین]] کا اپنا کمرا ہے، نیلی روشنی والا، اور اب وہ رات بھر سوتا ہے۔
"""),
    ),
    (
        "fv2ap-ur-04",
        "ur",
        _s("""
السلام علیکم۔ میں [[PERSON:طارق محمود]] ہوں اور یہ میرے بیٹے [[PERSON:عبداللہ]] کی کہانی ہے۔ [[PERSON:عبداللہ]] [[AGE:۱۴ سال]] کا ہے، تاریخ پیدائش [[DATE_OF_BIRTH:۲۲-۰۷-۲۰۰۹]]، اور اسے [[HEALTH:سیریبرل پالسی]] اور [[HEALTH:مرگی]] ہے۔ وہ وہیل چیئر استعمال کرتا ہے اور [[ADDRESS:ہائی کرسٹ اسکول]] میں پڑھتا ہے۔ ہم [[ADDRESS:104 Ferncliffe Terrace]]، [[POSTCODE:BD8 7LP]] میں رہتے ہیں، گھر [[ORGANISATION:Pennine Vale Housing]] کا ہے۔

پچھلے سال اکتوبر میں سیڑھیوں والی لفٹ خراب ہو گئی۔ ٹوائلٹ اور باتھ روم اوپر ہیں، اس لیے چار مہینے [[PERSON:عبداللہ]] نیچے بیٹھک میں صوفے پر سوتا رہا اور ہم اسے گود میں اٹھا کر اوپر لے جاتے۔ ایک دن سیڑھی پر اسے دورہ پڑا، اللہ کا شکر ہے کہ میں نے پکڑ لیا۔

آکیوپیشنل تھراپسٹ [[PERSON:لوئیس]] نے لکھا کہ یہ بہت خطرناک ہے۔ میں نے شکایت درج کی، ریفرنس [[REFERENCE:PVH/ADP/3318]]، اور ساتھ ہسپتال کا خط لگایا جس پر اس کا این ایچ ایس نمبر [[OTHER_ID:۶۴۰ ۱۸۲ ۷۷۳۹]] لکھا تھا۔ لفٹ والی کمپنی [[ORGANISATION:LiftRight Mobility]] ہر بار کہتی کہ پرزہ آ رہا ہے۔ میں اپنے نمبر [[PHONE:07700 900 128]] سے روز فون کرتا تھا۔

دوسرے مرحلے میں ڈائریکٹر [[PERSON:جولی ایڈورڈز]] خود گھر آئیں۔ انہوں نے مانا کہ پرانی لفٹ کی مرمت کے بجائے نئی لگنی چاہیے تھی۔ تین ہفتے میں نئی لفٹ لگ گئی، اور انہوں نے گھر کے سامنے ہماری موٹیبلٹی گاڑی [[OTHER_ID:BF67 ZKT]] کے لیے معذوروں کی پارکنگ بھی بنوا دی۔ ۸۵۰ پاؤنڈ ہرجانہ ملا۔ اب [[ORGANISATION:Pennine Vale Housing]] کا اصول ہے کہ اگر کسی معذور بچے کی لفٹ دو ہفتے میں ٹھیک نہ ہو تو نئی لگائی جائے گی۔ [[PERSON:عبداللہ]] اب پھر اپنے کمرے میں سوتا ہے اور کہتا ہے کہ نئی لفٹ "راکٹ" ہے۔
"""),
    ),
    (
        "fv2ap-ur-05",
        "ur",
        _s("""
میں [[PERSON:رخسانہ اختر]] ہوں اور ہڈرزفیلڈ میں [[ADDRESS:ہالٹن کورٹ]] کے [[ADDRESS:فلیٹ ۶]] میں رہتی ہوں، جو [[ORGANISATION:Calder Riverside Housing]] کا ہے۔ میرے دو بچے ہیں: [[PERSON:احمد]]، میرا [[AGE:۵ سالہ]] بیٹا جو [[ADDRESS:ہالٹن ویل پرائمری اسکول]] جاتا ہے، اور [[PERSON:علیزہ]]، جو [[DATE_OF_BIRTH:بارہ فروری دو ہزار تئیس]] کو پیدا ہوئی اور اب [[AGE:۱۱ مہینے]] کی ہے۔

پچھلی سردیوں میں بیڈروم کی کھڑکی کا فریم گل گیا اور کھڑکی بند ہی نہیں ہوتی تھی۔ ٹھنڈی ہوا اور نمی سے دیوار پر پھپھوندی آ گئی۔ [[PERSON:علیزہ]] کو [[HEALTH:نمونیا]] ہوا اور [[ADDRESS:ایلم ووڈ سرجری]] کی ڈاکٹر نے لکھا کہ یہ کمرا بچی کے لیے ٹھیک نہیں۔

اسی دوران میرے شوہر گھر چھوڑ کر چلے گئے، اور جب میں نے کرایہ داری اپنے نام کروانی چاہی تو ہاؤسنگ آفیسر مسز [[PERSON:تھامسن]] نے پہلے پاسپورٹ مانگا۔ میں نے پاسپورٹ نمبر [[OTHER_ID:553819204]] بھیجا، پھر بھی کھڑکی کا کام رکا رہا کیونکہ "ٹیننسی ابھی واضح نہیں"۔ ٹیننسی ریفرنس [[REFERENCE:CRH-T-072291]] تھا۔

میں نے [[EMAIL:rukhsana.akhtar@example.org]] سے شکایت بھیجی۔ ہیلتھ وزیٹر [[PERSON:ڈونا]] نے بھی خط لکھا۔ دوسرے مرحلے میں شکایات کی منیجر [[PERSON:ہیلن پارکر]] نے مانا کہ مرمت کو کرایہ داری کے کاغذات سے جوڑنا غلط تھا۔

دو ہفتوں میں نئی کھڑکیاں لگ گئیں، دیوار صاف کر کے پینٹ ہوئی، اور ۵۰۰ پاؤنڈ میرے اکاؤنٹ میں آئے، سورٹ کوڈ [[OTHER_ID:۲۰-۳۲-۰۶]]، اکاؤنٹ نمبر [[OTHER_ID:۷۱۴۴۰۲۸۸]]۔ اب [[ORGANISATION:Calder Riverside Housing]] کرایہ داری کے مسئلے کی وجہ سے کوئی ضروری مرمت نہیں روکتی۔ [[PERSON:احمد]] کہتا ہے کہ نئی کھڑکی سے "اب ہوا نہیں سیٹی بجاتی"، اور [[PERSON:علیزہ]] ٹھیک ہے۔
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
