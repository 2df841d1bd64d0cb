"""Fresh version-2 PII test stories, batch ak.

Households of recent migrants and refugees (from Eritrea, Vietnam, Ukraine, Sudan, Afghanistan,
Syria, Kurdistan, Somalia, Bangladesh, Myanmar, Pakistan, Poland, Romania, Moldova and Nigeria)
tell, in their own language and plain words, how they complained about their first social or
temporary home in the UK: asylum hotels, B&Bs, hostels, tower blocks and first council houses.
Names from many cultures turn up in every script (an Eritrean caseworker in Bengali, a Vietnamese
neighbour in Urdu, a Sudanese neighbour in Polish, a Polish caretaker in Bengali), with Polish and
Bengali case endings, nicknames, diminutives and kunyas. The stories carry BRP, passport, UNHCR
and ID-card numbers, Home Office and council references, support workers and interpreters, the
children's schools, GP surgeries, the mosque, church, gurdwara or imambargah the family attends,
a shop used to say where the room is, car registrations, social media handles and profile
addresses, phones in native digits and in words, spelt-out emails, and national origin, religion
and immigration status marked as OTHER_SPECIAL.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 7 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 77.1% of 35, recall 97.9%, precision
82.9%, on the committed detector b4a564d (as landed after round 33, with speed tests that change
no finding); leak-free by language ar 3, bn 3, en 5, pa 3, pl 5, ro 5, ur 3 of 5.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2ak-en-01",
        "en",
        _s("""
My name is [[PERSON:Yonas Tesfamariam]]. I am from [[OTHER_SPECIAL:Eritrea]] and I have
[[OTHER_SPECIAL:refugee status]] since 2021; my BRP number is [[OTHER_ID:ZU4170362]] if anybody
from the council needs to check. After the hotel, the council put me, my wife [[PERSON:Selam]]
and our children [[PERSON:Saba]] ([[AGE:6]]) and [[PERSON:Amanuel]] ([[AGE:18 months]]) in
temporary accommodation at [[ADDRESS:Flat 4, 22 Hollybush Lane]], [[POSTCODE:e13 9qt]]. The flat
is managed for the council by [[ORGANISATION:Cardinal Lettings]].

From the first winter the back bedroom was black with mould behind the beds. [[PERSON:Saba]] has
[[HEALTH:asthma]] and she was in hospital two times in December. I called
[[ORGANISATION:Cardinal Lettings]] on [[PHONE:020 7946 0527]] many times, and they sent a man who
painted over it. The housing officer, Mr [[PERSON:Pritchard]], told me we must open the windows
and stop drying clothes inside, in December, with a baby.

Our support worker, [[PERSON:Hannah Osei-Bonsu]], helped me write the complaint in English
(reference [[REFERENCE:TA/CMP/20931]]). At stage 1 they said it was condensation from our
lifestyle. [[PERSON:Hannah]] asked our GP at [[ADDRESS:Greenleaf Medical Centre]] for a letter,
and we went to stage 2 and then to the Housing Ombudsman, case [[REFERENCE:202318874]].

The Ombudsman found the council never inspected the flat before placing a family with a sick child
there. We got an apology and £1,150. In May we moved to a permanent flat in
[[ADDRESS:Kestrel House]], close to our church, [[ADDRESS:St Michael's Eritrean Orthodox Church]],
and [[PERSON:Saba]] can stay at [[ADDRESS:Elmhurst Primary School]]. Now the council inspects
every temporary flat for damp before a family moves in, and [[ORGANISATION:Cardinal Lettings]]
has one officer only for damp and mould.

If another family from our community has the same problem, they can text me on
[[PHONE:07700 900381]]. I will help them like [[PERSON:Hannah]] helped me.
"""),
    ),
    (
        "fv2ak-en-02",
        "en",
        _s("""
I'm writing this for my mum, [[PERSON:Nguyễn Thị Hoa]], because she still finds English letters
hard. We are from [[OTHER_SPECIAL:Vietnam]] and mum got her [[OTHER_SPECIAL:refugee status]] in
2022. After nine months in a hostel, [[ORGANISATION:Northvale Homes]] gave us our first proper
house: [[ADDRESS:31 Cowper Grove]], [[POSTCODE:LS8 5RN]]. It's me ([[PERSON:Linh]], though
everyone at school calls me [[PERSON:Lily]]), mum, and my brother [[PERSON:Bảo]], who we call
[[PERSON:Little Bao]] because he's the smallest at [[ADDRESS:Harehills Nursery School]].

The boiler stopped working in the second week of November. [[PERSON:Bảo]] was only [[AGE:3]] and
he got a chest infection. Mum rang the repairs line on [[PHONE:0113 496 0772]] nearly every day.
Each time they asked for her date of birth (the [[DATE_OF_BIRTH:fourteenth of August 1984]]) and
the tenancy number, [[REFERENCE:NVH/T/0041872]], and each time they said an engineer was booked.
A man called [[PERSON:Gaz]] from [[ORGANISATION:Aireflow Heating]] came twice and said the part
was on order. Repair job [[REFERENCE:R-448201]] was closed on their system as "completed" while we
still had no hot water at all.

In the end I wrote the complaint myself from my school email
([[EMAIL:linh dot nguyen at example dot org]]). The complaint number came back as
[[REFERENCE:C-2023-1187]]. [[PERSON:Deborah Kaye]] from the complaints team phoned me the next day
and then came to the house with an interpreter, Mr [[PERSON:Phạm Văn Tuấn]], so mum could explain
it herself. She apologised that nobody had checked whether mum understood the calls.

We had a new boiler within four days, two electric heaters straight away and £640 for the weeks
without heating. What changed: [[ORGANISATION:Northvale]] now records on the tenancy when someone
needs an interpreter, and a repair can't be closed until the tenant confirms it's fixed. Mum says
thank you to [[PERSON:Deborah]], and to me, for once!
"""),
    ),
    (
        "fv2ak-en-03",
        "en",
        _s("""
My name is [[PERSON:Oksana Kovalenko]]. I came from Kharkiv in April 2022 with my son
[[PERSON:Dmytro]] under [[OTHER_SPECIAL:Homes for Ukraine]]. When our sponsor could not keep us
any more, [[ORGANISATION:Brightwater Housing Trust]] offered us [[ADDRESS:flat 71]] on the
eleventh floor of [[ADDRESS:Tamworth Tower]], [[POSTCODE:B35 7QW]]. [[PERSON:Dima]] is
[[AGE:14]] and has [[HEALTH:cerebral palsy]]; he uses a wheelchair, and we told the lettings
officer this many times.

Within a month one of the two lifts broke, then the second. For 23 days [[PERSON:Dima]] could not
leave the flat. He missed school at [[ADDRESS:Fordbridge Academy]]. His friends made a video about
it on his TikTok, [[OTHER_ID:@dima_on_wheels]], which was kind but did not fix the lift.

I phoned [[PHONE:+44 (0)121 496 0613]] every day and the contractor,
[[ORGANISATION:Summit Lift Engineering]], kept giving new dates. [[PERSON:Iryna Bondar]], the
interpreter from the resettlement team, helped me make a formal complaint, reference
[[REFERENCE:BHT-COMP-7734]]. They asked me to prove ID again, so I sent my
[[OTHER_SPECIAL:Ukrainian]] passport number, [[OTHER_ID:FE482913]], and my visa letter, which I
think was not necessary at all.

The stage 2 reply came from [[PERSON:Marcus Lyle]], head of customer experience. He admitted they
had never put [[PERSON:Dima]] on the vulnerable residents list, so nobody checked on us. They paid
for a taxi to school every day until the lifts were repaired, paid £900 compensation and apologised
to [[PERSON:Dmytro]] personally, which he liked very much.

Now [[ORGANISATION:Brightwater]] keeps a list of residents who cannot use stairs in every tower
block, and when a lift breaks someone from the office knocks on those doors the same day. They
also offered us a move lower down, and next month we go to [[ADDRESS:flat 12]] in the same tower.
"""),
    ),
    (
        "fv2ak-en-04",
        "en",
        _s("""
I'm [[PERSON:Grace Adeyemi]], a volunteer caseworker, and I'm writing this with permission from
Mr [[PERSON:Abdelrahman Osman Idris]] and his wife [[PERSON:Hawa Adam]]. They are
[[OTHER_SPECIAL:Sudanese]] and were [[OTHER_SPECIAL:asylum seekers]] when this happened, living in
Home Office accommodation at [[ADDRESS:27 Gladstone Terrace]], [[POSTCODE:SR47HJ]], run by a
contractor, [[ORGANISATION:Clearpath Housing Services]].

Their daughter [[PERSON:Malaz]] was born on [[DATE_OF_BIRTH:2 January 2024]]. Two weeks later
[[PERSON:Hawa]] found rat droppings in the kitchen and in the baby's room. The back door didn't
shut, the cooker had one working ring, and the family was washing bottles in the bath. They
reported it through the helpline with their Home Office reference, [[REFERENCE:H2087731]], and
[[ORGANISATION:Clearpath]] logged job [[REFERENCE:CP-NE-30912]]. Then nothing.

I met [[PERSON:Abdelrahman]] at [[ADDRESS:Masjid Al-Furqan]], where I run a drop-in after Friday
prayers. The health visitor from [[ADDRESS:Millfield Surgery]] wrote that [[PERSON:Malaz]] (NHS
number [[OTHER_ID:712 604 3389]]) was at risk, and we sent a formal complaint with her letter and
photos to [[ORGANISATION:Clearpath]] and the Home Office, complaint ref
[[REFERENCE:CPC-2024-0219]].

[[ORGANISATION:Clearpath]]'s regional manager, [[PERSON:Neil Forster]], visited within a week. Pest
control sealed the holes under the sink, a new back door and cooker went in, and he agreed the
family should have been moved while the work was done. They received £250 in vouchers and a
written apology.

Since then [[PERSON:Abdelrahman]] and [[PERSON:Hawa]] have been granted
[[OTHER_SPECIAL:refugee status]] and moved to a council flat. [[ORGANISATION:Clearpath]] now
inspects any property with a new baby within 72 hours of a report. If a family needs help, my
number is [[PHONE:0191 498 0374]].
"""),
    ),
    (
        "fv2ak-en-05",
        "en",
        _s("""
I worked six years as an interpreter for British forces in Helmand, so I thought I understood how
British offices work. I was wrong. My name is [[PERSON:Abdul Wahid Noorzai]]. My family came under
[[OTHER_SPECIAL:ARAP]] in August 2021 and lived eleven months in [[ADDRESS:room 312]] of the
[[ADDRESS:Parkview Hotel]] before [[ORGANISATION:Westmoor District Council]] gave us a house at
[[ADDRESS:8 Cherrytree Close]], [[POSTCODE:DN15 3XA]].

My mother, [[PERSON:Bibi Gul]], is [[AGE:71]] and had a [[HEALTH:stroke]] in Kabul. She uses a
wheelchair. Before we moved, the council's occupational therapist, [[PERSON:Kwame Asante]], wrote
that she needs a ground floor shower room. When we arrived the only shower was upstairs and the
doorways were too narrow. For four months my wife and I carried her up the stairs to wash.

I complained by email from [[EMAIL:aw.noorzai@example.net]] in December, complaint
[[REFERENCE:WDC/CF/1093]]. The council replied that they had no record of the OT report, and asked
for my national insurance number, [[NI_NUMBER:QQ 48 21 76 C]], three separate times. My son
[[PERSON:Farhad]], who is [[AGE:16]] and studies at [[ADDRESS:Riverside Sixth Form College]],
helped me take it to stage 2.

At stage 2, [[PERSON:Helen Marsh]] from the adaptations team found the OT report in the wrong
file. She arranged a through-floor lift and a wet room downstairs, finished in six weeks, and
£1,400 compensation, paid to my account, sort code [[OTHER_ID:40-17-22]], account ending
[[OTHER_ID:0912]]. She also apologised to my mother in person, with an interpreter.

Now, when the council houses a resettled family, the OT report is attached to the offer itself,
and somebody checks the house against it before the keys are handed over. My mother goes to
[[ADDRESS:Ashby Road Mosque]] again on Fridays, in her chair, which is all she wanted.
"""),
    ),
    (
        "fv2ak-ar-01",
        "ar",
        _s("""
اسمي [[PERSON:رشا الحمصي]]، ونحن عائلة [[OTHER_SPECIAL:سورية]] وصلنا إلى بريطانيا سنة ٢٠١٨ ضمن
[[OTHER_SPECIAL:برنامج إعادة توطين اللاجئين السوريين]]. بعد سنتين في سكن مؤقت، أعطتنا جمعية
[[ORGANISATION:Selly Vale Homes]] بيتاً في [[ADDRESS:14 Dovecote Road]]، [[POSTCODE:B11 4PL]]،
قريباً من [[ADDRESS:مسجد الرحمة]] الذي يصلّي فيه زوجي [[PERSON:محمد]].

في الشتاء الأول ظهر العفن الأسود على جدار غرفة الأولاد. ابني [[PERSON:يوسف]] عمره
[[AGE:٩ سنوات]] وعنده [[HEALTH:ربو]]، وصار يسعل كل ليلة حتى غاب عن مدرسته
[[ADDRESS:Greenway Primary]] أسبوعين كاملين. اتصلت بخط الصيانة على الرقم
[[PHONE:٠١٢١ ٤٩٦ ٠٢٨٤]] أكثر من عشر مرات. كانوا يطلبون رقم العقد [[REFERENCE:SVH-T-220913]] ثم
يقولون: افتحي الشبابيك.

ساعدتني المترجمة [[PERSON:ديما]] في كتابة شكوى رسمية، ورقمها [[REFERENCE:SVH-44017]]. في المرحلة
الأولى قال الموظف [[PERSON:بول]] إن السبب هو طبخنا ونشر الغسيل داخل البيت. لم نقبل، وطلبنا
المرحلة الثانية، وأرفقنا رسالة من طبيب العائلة في [[ADDRESS:Stratford Road Medical Centre]] عن
حالة [[PERSON:يوسف]].

في المرحلة الثانية جاءت السيدة [[PERSON:كلير بنتلي]] بنفسها مع مسّاح، فوجدوا أن المزراب مكسور
والماء يدخل من الخارج منذ سنوات. اعتذرت لنا، وتم إصلاح المزراب والجدار وتركيب مروحة تهوية،
ودفعوا لنا ٨٥٠ جنيهاً تعويضاً. وابنتي الصغيرة [[PERSON:لين]] ([[AGE:٤ سنوات]]) صارت تنام أخيراً في
غرفة جافة.

الآن تقول الجمعية إنها لن تغلق أي بلاغ عن العفن قبل أن يزور مسّاح البيت، وتوفّر مترجماً في كل
زيارة لمن يحتاجه. إذا كانت أي عائلة في المنطقة تواجه نفس المشكلة، يمكنها أن تكتب لي على
[[EMAIL:rasha.homsi@example.com]].
"""),
    ),
    (
        "fv2ak-ar-02",
        "ar",
        _s("""
أنا [[PERSON:آدم إسحاق موسى]]، [[OTHER_SPECIAL:سوداني]] من دارفور. حصلت على
[[OTHER_SPECIAL:حق اللجوء]] في أيلول ٢٠٢٢، ورقم بطاقة الإقامة [[OTHER_ID:ZR6093318]]، ثم لحقت
بي زوجتي [[PERSON:حليمة]] وبناتي الثلاث بتأشيرة [[OTHER_SPECIAL:لمّ الشمل]]. عندما وصلن لم يكن
لنا بيت، فوضعتنا البلدية، [[ORGANISATION:Irwell City Council]]، في
[[ADDRESS:فندق Crescent Lodge]]، [[ADDRESS:الغرفة ٢٠٧]].

خمسة أشخاص في غرفة واحدة، بلا مطبخ، والحمّام مشترك مع الطابق كله. ابنتي الكبرى [[PERSON:مُزن]]
عمرها [[AGE:١١ سنة]] وكانت تذاكر على الأرض، والصغرى [[PERSON:رُفيدة]] عمرها [[AGE:سنة ونصف]].
نحن [[OTHER_SPECIAL:مسلمون]]، ولم يكن في الغرفة مكان نظيف للصلاة.

القانون يقول إن العائلة لا تبقى في الفندق أكثر من ستة أسابيع، لكننا بقينا أربعة أشهر. المرشدة
[[PERSON:أمل الطيّب]] ساعدتني في تقديم شكوى رسمية برقم [[REFERENCE:TA-88213]]، وأرسلنا معها رقم
ملفي في وزارة الداخلية [[REFERENCE:M1180457]] وكل الأوراق. وكان موظف السكن، السيد
[[PERSON:جيمس أوكونور]]، يرد دائماً: لا يوجد بيت متاح.

بعد رد المرحلة الأولى ذهبنا إلى أمين المظالم للإسكان، ورقم القضية [[REFERENCE:202401773]]. وقبل
أن يصدر القرار اتصلت البلدية وعرضت علينا شقة في [[ADDRESS:58 Beresford Street]]،
[[ADDRESS:الشقة ٣]]، [[POSTCODE:m14 4sx]]، على بعد عشر دقائق من مدرسة [[PERSON:مُزن]] الجديدة،
[[ADDRESS:Ashfold Park Academy]]. واعترفت البلدية بالخطأ ودفعت ١٢٠٠ جنيه.

الذي تغيّر: البلدية الآن تسجّل تاريخ دخول كل عائلة إلى الفندق، وفي الأسبوع الخامس يتصل مدير
الفريق بنفسه ليجد لها بيتاً. لمن يحتاج نصيحة: [[EMAIL:adam.musa@example.com]] أو
[[PHONE:07700 900 158]].
"""),
    ),
    (
        "fv2ak-ar-03",
        "ar",
        _s("""
اسمي [[PERSON:شيرين برزنجي]]. نحن عائلة [[OTHER_SPECIAL:كردية]] من [[OTHER_SPECIAL:العراق]]، جئنا
إلى ليدز [[OTHER_SPECIAL:لاجئين]] سنة ٢٠١٩، ونسكن في [[ADDRESS:الشقة ١٢]] في عمارة
[[ADDRESS:Walton House]]، [[POSTCODE:LS11 6DD]]، التابعة لـ[[ORGANISATION:Aire Valley Homes]].

منذ الشهر الأول بدأ جارنا في الطابق الأرضي، رجل اسمه [[PERSON:غاري]]، يصرخ علينا كلما رآنا:
ارجعوا إلى بلادكم. كتب كلمات بذيئة على باب شقتنا، وخدش سيارتنا ([[OTHER_ID:YD17 KHU]]) مرتين،
ونشر صور أولادي على حسابه [[OTHER_ID:@gaz_lfc_1986]] مع تعليقات عنصرية. ابني [[PERSON:دارا]]
عمره [[AGE:١٣ عاماً]] وابنتي [[PERSON:ڤيان]] عمرها [[AGE:ثماني سنوات]]، وصارا يخافان الطريق إلى
مدرستهما [[ADDRESS:Elland Grove Primary]].

أبلغنا الجمعية، ففتحوا ملف سلوك معادٍ للمجتمع برقم [[REFERENCE:ASB/2023/0457]]، لكن لم يحدث شيء
ثلاثة أشهر. زوجي [[PERSON:هاوار]] اتصل بمكتبهم على [[PHONE:+44 113 496 0935]] فقالوا إنها
«خلافات بين الجيران». ابنتي صارت تبلّل فراشها في الليل.

قدّمنا شكوى رسمية برقم [[REFERENCE:AVH-C-5521]] بمساعدة المتطوعة [[PERSON:ليزا]] التي تعطينا
دروس الإنجليزية. في المرحلة الثانية أخذت الموظفة [[PERSON:بيث ماكدونالد]] الأمر بجدية: سجّلته
حادثة كراهية، وركّبت كاميرا على الدرج، وذهبت مع الشرطة إلى [[PERSON:غاري]]. حصلت الجمعية على أمر
قضائي يمنعه من الاقتراب من بابنا، ونقلتنا بأولوية إلى بيت في حي آخر، ودفعت ٧٠٠ جنيه عن تصليح
السيارة والضرر.

الآن عند [[ORGANISATION:Aire Valley Homes]] سياسة جديدة: كل بلاغ فيه إساءة عنصرية يُعامل حادثة
كراهية من اليوم الأول، ويتصل موظف بالعائلة كل أسبوع حتى يُغلق الملف. لم نعد نخاف.
"""),
    ),
    (
        "fv2ak-ar-04",
        "ar",
        _s("""
أنا [[PERSON:فاطمة عبدي ورسمه]]، أم [[OTHER_SPECIAL:صومالية]] لخمسة أطفال. جئت إلى بريستول سنة
٢٠٢٠، وهذا أول بيت اجتماعي لنا: [[ADDRESS:رقم 9 Hazel Walk]]، [[POSTCODE:BS5 0EZ]]، من
[[ORGANISATION:Avonside Housing Association]].

ابني [[PERSON:عبد القادر]]، ونناديه [[PERSON:قادر]]، عمره [[AGE:سبع سنوات]] وعنده
[[HEALTH:توحّد]]، ولا يفهم خطر الشارع. تاريخ ميلاده [[DATE_OF_BIRTH:٣ مارس ٢٠١٧]]. سياج الحديقة
الخلفية كان مكسوراً عندما استلمنا البيت، وفي شهر أيار خرج منه [[PERSON:قادر]] ووصل إلى الشارع
الرئيسي، وأعادته جارتنا [[OTHER_SPECIAL:الإريترية]] [[PERSON:ملات]] وهو يبكي.

طلبت إصلاح السياج، فقالوا إن السياج مسؤولية المستأجر. اتصلت بهم على [[PHONE:0117 496 0841]]،
وأرسلت رسالة من مدرسته [[ADDRESS:Oakfield Special School]]، ورسالة من أخصائية العلاج الوظيفي
[[PERSON:سارة ويليامز]] تقول إنه يحتاج سياجاً عالياً وبوابة بقفل. رقم الشكوى كان
[[REFERENCE:AHA/CMP/3310]]، ورفضوا في المرحلتين.

ذهبت إلى أمين المظالم للإسكان، ورقم القضية [[REFERENCE:٢٠٢٤٠٠٣٢١٥]]. قرّر أن الجمعية لم تنظر في
حاجات [[PERSON:عبد القادر]] ولم تطبّق سياستها في تعديلات البيوت للأطفال ذوي الإعاقة، وأمرها
بالاعتذار ودفع ٥٠٠ جنيه وبناء سياج جديد بارتفاع مترين مع بوابة مقفلة. تمّ ذلك خلال ثلاثة
أسابيع.

الآن عند [[ORGANISATION:Avonside]] نموذج يسأل عند توقيع العقد إن كان في البيت طفل ذو إعاقة،
وتُفحص الحديقة قبل تسليم المفاتيح. [[PERSON:قادر]] يلعب في الحديقة وأنا أطبخ، وهذا شيء لم أكن
أحلم به.
"""),
    ),
    (
        "fv2ak-ar-05",
        "ar",
        _s("""
أكتب هذه القصة عن والديّ. أبي [[PERSON:عبد الكريم الزعبي]]، ويعرفه الجميع في الحي باسم
[[PERSON:أبو خالد]]، وأمي [[PERSON:نوال]]. جاءا من درعا سنة ٢٠٢١ بتأشيرة
[[OTHER_SPECIAL:لمّ شمل العائلة]] لأنني كنت [[OTHER_SPECIAL:لاجئاً]] هنا، وسكنا في
[[ADDRESS:41 Clement Street]]، [[POSTCODE:OL9 6QX]]، في بيت أرضي تابع لـ
[[ORGANISATION:Oldfield Community Housing]].

في تشرين الثاني انفجر أنبوب في الشقة التي فوقهم، ونزل الماء من سقف المطبخ على الكهرباء. أبي
عمره [[AGE:٧٤ سنة]] وعنده [[HEALTH:قصور في القلب]]، وبقيا أسبوعين بلا كهرباء في المطبخ. ثم أرسلت
الجمعية شركة [[ORGANISATION:Pennine Property Care]] للإصلاح، فدخل عامل اسمه [[PERSON:ستيف]] البيت
بمفتاح المكتب وأمي وحدها بلا حجاب، ولم يطرق الباب.

اتصلت بالمكتب على [[PHONE:0161 496 0528]]، فطلبوا رقم العقد [[REFERENCE:T-0098121]]، ثم صورة جواز
سفر أبي [[OTHER_SPECIAL:السوري]] ورقمه [[OTHER_ID:N011458723]] «للتحقق»، ولا أعرف لماذا. قدّمت
شكوى مكتوبة برقم [[REFERENCE:OCH-CF-2290]] من بريدي [[EMAIL:khaled.zoubi@example.net]]، وأرفقت
رسالة من طبيب أبي في [[ADDRESS:Werneth Medical Practice]].

ردّ علينا مدير الخدمات [[PERSON:ريتشارد هيوز]] بعد عشرة أيام. اعتذر عن دخول [[PERSON:ستيف]] بلا
موعد، وقال إن الشركة لن تستعمل المفاتيح إلا في الطوارئ. أصلحوا السقف والكهرباء، ودفعوا ٤٠٠ جنيه
لأمي وأبي، وكتبوا في ملف البيت أن الزيارات تكون بموعد ويحضرها أحد الأبناء إذا أمكن، وأن البيت في
قائمة الأولوية للإصلاحات العاجلة.

و[[PERSON:أبو خالد]] صار يحكي القصة لكل الناس بعد صلاة الجمعة في [[ADDRESS:جامع الهدى]].
"""),
    ),
    (
        "fv2ak-bn-01",
        "bn",
        _s("""
আমার নাম [[PERSON:রুমানা বেগম]]। আমি [[OTHER_SPECIAL:বাংলাদেশি]]; ২০১৬ সালে সিলেট থেকে
[[OTHER_SPECIAL:স্পাউস ভিসায়]] স্বামীর কাছে লন্ডনে আসি। পাঁচ বছর শ্বশুরবাড়িতে এক রুমে থাকার
পর ২০২১ সালে আমরা প্রথম নিজের ঘর পাই — [[ADDRESS:Bramley House]]-এর
[[ADDRESS:১৭ নম্বর ফ্ল্যাট]], [[POSTCODE:E1 2JX]]। বাড়িওয়ালা [[ORGANISATION:Eastbrook Homes]]।

তিন মাস না যেতেই বাথরুমের সিলিং থেকে পানি চুঁইয়ে পড়তে শুরু করল। উপরের ফ্ল্যাটে থাকেন এক
[[OTHER_SPECIAL:ভিয়েতনামি]] ভদ্রলোক, [[PERSON:ঙুয়েন ভান মিন]]; উনি নিজেও বলেছিলেন ওনার পাইপ
ফুটো, কিন্তু কেউ শোনেনি। হলওয়ের দেয়ালে কালো ছত্রাক ছড়িয়ে পড়ল। আমার ছেলে
[[PERSON:তানভীরের]] বয়স [[AGE:১২ বছর]], ওর [[HEALTH:হাঁপানি]] আছে; আর ছোট মেয়ে
[[PERSON:মারিয়া]], যাকে আমরা [[PERSON:মিমি]] বলে ডাকি, তখন মাত্র [[AGE:দুই বছর]]।

রিপেয়ারের জন্য [[PHONE:০২০ ৭৯৪৬ ০৪১৯]] নম্বরে অনেকবার ফোন করেছি। ওরা একটা জব নম্বর দিত —
[[REFERENCE:EH-RJ-77103]] — কিন্তু কেউ আসত না। আমার ইংরেজি ভালো না। শেষে
[[ADDRESS:বায়তুল আমান মসজিদের]] মহিলা শাখার [[PERSON:শাহিনা]] আপা আমাকে লিখিত অভিযোগ করতে
সাহায্য করলেন; অভিযোগ নম্বর [[REFERENCE:EH/C/2022/0931]]।

প্রথম ধাপে হাউজিং অফিসার [[PERSON:মার্ক টেলর]] লিখলেন, ছত্রাক নাকি আমাদের রান্নার ভাপের জন্য।
আমরা দ্বিতীয় ধাপে গেলাম, তারপর হাউজিং ওম্বাডসম্যানের কাছে; কেস নম্বর
[[REFERENCE:২০২৩০১৪৪৮৭]]।

ওম্বাডসম্যান বললেন, [[ORGANISATION:Eastbrook]] পানির উৎস খোঁজার চেষ্টাই করেনি। এরপর উপরের
ফ্ল্যাটের পাইপ বদলানো হলো, আমাদের বাথরুম আর হলওয়ে নতুন করে করা হলো, আর আমরা ১,১০০ পাউন্ড
ক্ষতিপূরণ পেলাম। [[PERSON:তানভীর]] এখন রাতে কাশে না, [[ADDRESS:Stepney Park School]]-এও আর
কামাই করে না।

এখন [[ORGANISATION:Eastbrook Homes]]-এর নিয়ম: চুঁইয়ে পড়া পানির অভিযোগ এলে একই সপ্তাহে উপরের
ফ্ল্যাটও দেখা হবে, আর যাঁদের দোভাষী লাগে তাঁদের চিঠি বাংলাতেও পাঠানো হবে।
"""),
    ),
    (
        "fv2ak-bn-02",
        "bn",
        _s("""
আমি [[PERSON:মোহাম্মদ নূর]]। আমরা [[OTHER_SPECIAL:রোহিঙ্গা]]। মিয়ানমার থেকে পালিয়ে কক্সবাজারের
ক্যাম্পে ছয় বছর ছিলাম, তারপর ২০২২ সালে [[OTHER_SPECIAL:ইউকে রিসেটেলমেন্ট স্কিমে]]
ব্র্যাডফোর্ডে আসি। ক্যাম্পের ইউএনএইচসিআর কার্ডে আমার নম্বর ছিল [[OTHER_ID:830-16C03921]],
এখন বিআরপি নম্বর [[OTHER_ID:ZT2281946]]।

কাউন্সিল আমাদের [[ORGANISATION:Calder Ridge Homes]]-এর একটা বাড়ি দিল:
[[ADDRESS:৬২ Thornbury Road]], [[POSTCODE:bd3 8ln]]। সাথে আমার স্ত্রী [[PERSON:রোশনা বিবি]] আর
তিন ছেলেমেয়ে; সবচেয়ে ছোট [[PERSON:আয়েশা]] তখন [[AGE:আট মাসের]]।

প্রথম শীতেই হিটিং বন্ধ হয়ে গেল। প্রিপেমেন্ট মিটারে টাকা ভরলেও ঘর গরম হতো না, বয়লার থেকে শুধু
শব্দ আসত। রিপেয়ার নম্বর ছিল [[REFERENCE:CRH/55910]]। ইঞ্জিনিয়ার [[PERSON:ক্রেগ]] দুইবার এসে
বললেন, পার্টস নেই। তিন সপ্তাহ আমরা রান্নাঘরের চুলা জ্বালিয়ে বাচ্চাদের গরম রাখতাম।
[[PERSON:আয়েশার]] ডাক্তার [[ADDRESS:Barkerend Health Centre]] থেকে চিঠি লিখলেন যে ওর বুকে
কফ জমছে।

আমাদের রিসেটেলমেন্ট কেসওয়ার্কার [[PERSON:ইয়োনাস টেসফায়ে]] — উনি নিজেও
[[OTHER_SPECIAL:ইরিত্রিয়া]] থেকে এসেছেন — বুঝলেন আমরা কত কষ্টে আছি। তিনি
[[EMAIL:yonas.tesfaye@example.org.uk]] থেকে অভিযোগ পাঠালেন, নম্বর [[REFERENCE:CRH-COMP-4418]]।
[[PERSON:ইয়োনাস]] ভাই আমাদের সাথে মিটিংয়েও গেলেন।

দশ দিনের মধ্যে নতুন বয়লার বসানো হলো। [[ORGANISATION:Calder Ridge]] স্বীকার করল যে ছোট বাচ্চা
থাকা বাড়িতে হিটিং না থাকাকে জরুরি কাজ হিসেবে ধরা উচিত ছিল। আমাদের ৪৫০ পাউন্ড ক্ষতিপূরণ আর
মিটারে ১০০ পাউন্ড ক্রেডিট দিল।

এখন ওদের নিয়ম হলো, নতুন আসা পরিবারের বাড়ির বয়লার নভেম্বরের আগেই চেক করা হয়। শুক্রবার
[[ADDRESS:মসজিদে বিলালে]] নামাজের পর আমি অন্য [[OTHER_SPECIAL:রোহিঙ্গা]] পরিবারদেরও এই কথা
বলি, যাতে কেউ চুপ করে কষ্ট না করে।
"""),
    ),
    (
        "fv2ak-bn-03",
        "bn",
        _s("""
আমি [[PERSON:নাজমা আক্তার]]। আমার স্বামী [[PERSON:শফিক উদ্দিন]] ২০১৭ সালে
[[OTHER_SPECIAL:ওয়ার্ক ভিসায়]] এসেছিলেন, আমি পরে আসি; গত বছর আমরা দুজনেই
[[OTHER_SPECIAL:ইনডেফিনিট লিভ টু রিমেইন]] পেয়েছি। ২০২২ সালে এক নির্মাণ দুর্ঘটনায় ওনার
[[HEALTH:মেরুদণ্ডে আঘাত]] লাগে, তখন থেকে উনি হুইলচেয়ারে চলেন।

কাউন্সিল আমাদের [[ADDRESS:Lansbury Point]]-এর নয় তলায় [[ADDRESS:৮৩ নম্বর ফ্ল্যাটটা]] দিল,
[[POSTCODE:E14 6PW]]। বলেছিল দুটো লিফট আছে, কোনো অসুবিধা হবে না।

২০২৩-এর অক্টোবরে একটা লিফট নষ্ট হলো, নভেম্বরে আরেকটা। উনিশ দিন আমার স্বামী ফ্ল্যাট থেকে বের
হতে পারেননি; হাসপাতালে ফিজিওথেরাপির দুটো অ্যাপয়েন্টমেন্ট বাদ গেল। লিফটের ঠিকাদার
[[ORGANISATION:Apex Lift Services]]-এর ইঞ্জিনিয়ার [[PERSON:ড্যানি]] বললেন, পার্টস আসবে জার্মানি
থেকে। আমি [[PHONE:020 7946 0193]] নম্বরে কাউন্সিলে রোজ ফোন করতাম। হাসপাতাল বাসায় এসে দেখার
জন্য ওনার এনএইচএস নম্বর [[OTHER_ID:471 903 2268]] আর জন্মতারিখ চাইল —
[[DATE_OF_BIRTH:উনিশশো আটাশি সালের পাঁচই মার্চ]] — কিন্তু লিফট ছাড়া তো কেউ উপরে উঠতেও চায় না।

আমি [[EMAIL:najma.akter@example.co.uk]] থেকে লিখিত অভিযোগ পাঠালাম; নম্বর
[[REFERENCE:THC-CMP-66120]]। উত্তর না আসায় হাউজিং ওম্বাডসম্যানের কাছে গেলাম, কেস নম্বর
[[REFERENCE:202314559]]।

এরপর রেসিডেন্ট সার্ভিসেসের প্রধান [[PERSON:অ্যাবিগেইল ও'ব্রায়েন]] নিজে এলেন। উনি স্বীকার
করলেন, [[PERSON:শফিক]] সাহেবের নাম ঝুঁকিপূর্ণ বাসিন্দাদের তালিকায় তোলা হয়নি। লিফট ঠিক না
হওয়া পর্যন্ত আমাদের একটা নিচতলার ফ্ল্যাটে রাখা হলো, ৯৫০ পাউন্ড ক্ষতিপূরণ দেওয়া হলো, আর
ট্রান্সফারের তালিকায় আমাদের অগ্রাধিকার দেওয়া হলো।

এখন কাউন্সিলের নিয়ম: কোনো ব্লকে লিফট বন্ধ হলে সেদিনই তালিকার প্রত্যেক বাসিন্দাকে ফোন করা হয়,
আর দ্বিতীয় লিফট ৪৮ ঘণ্টার মধ্যে ঠিক করতে হয়।
"""),
    ),
    (
        "fv2ak-bn-04",
        "bn",
        _s("""
আমার নাম [[PERSON:নাসরিন আক্তার]], ডাকনাম [[PERSON:ঝুমা]]। ২০১৯ সালে
[[OTHER_SPECIAL:স্পাউস ভিসায়]] লুটনে আসি। সংসার ভেঙে যাওয়ার পর ২০২৩ সালে দুই মেয়েকে নিয়ে
কাউন্সিলের কাছে গৃহহীন হিসেবে আবেদন করি। কাউন্সিল আমার [[OTHER_SPECIAL:বাংলাদেশি]] পাসপোর্টের
([[OTHER_ID:EB0512397]]) কপি নিয়ে কেস নম্বর দিল [[REFERENCE:HPN/23/06641]], আর অস্থায়ীভাবে
থাকতে দিল [[ADDRESS:মদিনা গ্রোসারির]] উপরের এক রুমের একটা ফ্ল্যাটে।

ঘরে ইঁদুর। রাতে বাচ্চাদের বিছানার পাশ দিয়ে দৌড়ায়, রুটির প্যাকেট কেটে ফেলে। বড় মেয়ে
[[PERSON:সুমাইয়া]] ([[AGE:৯ বছর]]) ভয়ে ঘুমাতে পারত না, আর ছোট মেয়ে [[PERSON:রাইসা]] তখন
[[AGE:তিন বছরের]]। ম্যানেজিং এজেন্ট [[ORGANISATION:Lea Valley Lettings]]-কে
[[PHONE:07700-900-926]] নম্বরে বারবার জানিয়েছি। ওদের লোক [[PERSON:কেভিন]] এসে কোণে বিষ রেখে চলে
গেল, অথচ ছোট বাচ্চা ঘরে।

আমি ইঁদুরের ছবি আমার ফেসবুকে দিয়েছিলাম, [[OTHER_ID:facebook.com/nasrin.akter.luton]]। সেটা
দেখে কাউন্সিলর [[PERSON:আমিনা ওয়ারসামে]] আমাকে মেসেজ করলেন। উনি নিজেও
[[OTHER_SPECIAL:সোমালি]], একসময় অস্থায়ী বাসায় ছিলেন। ওনার সাহায্যে লিখিত অভিযোগ করলাম, নম্বর
[[REFERENCE:LBC-TA-C-2231]]।

দুই সপ্তাহের মধ্যে কাউন্সিল আমাদের একটা আলাদা দুই রুমের ফ্ল্যাটে সরাল, [[PERSON:সুমাইয়ার]]
স্কুল [[ADDRESS:Chiltern View Primary]]-এর দশ মিনিটের পথে। অস্থায়ী বাসার দায়িত্বে থাকা
[[PERSON:রেবেকা হিউজ]] লিখিতভাবে মাফ চাইলেন, আর আমরা ৩০০ পাউন্ড পেলাম।

এখন কাউন্সিল দোকানের উপরের সব অস্থায়ী ফ্ল্যাট পরিবার ঢোকানোর আগে পরিদর্শন করে, আর পোকামাকড়ের
অভিযোগ এলে এজেন্টকে সাত দিনের মধ্যে সমাধান করতে হয়। [[PERSON:রাইসা]] এখন একা ঘুমায়।
"""),
    ),
    (
        "fv2ak-bn-05",
        "bn",
        _s("""
আমি [[PERSON:আরিফ হোসেন]]। ২০১৬ সালে [[OTHER_SPECIAL:স্টুডেন্ট ভিসায়]] এসেছিলাম, পরে কাজের
ভিসা পাই, আর এখন আমার [[OTHER_SPECIAL:আইএলআর]] আছে। আমার স্ত্রী [[PERSON:তাহমিনা]]
[[HEALTH:মাল্টিপল স্ক্লেরোসিসে]] ভুগছেন; বেশি দূর হাঁটতে পারেন না, ওনার ব্লু ব্যাজ আছে। ২০২২
সালে [[ORGANISATION:Greenmere Housing]] আমাদের [[ADDRESS:মেডোব্যাংক এস্টেটে]] একটা ফ্ল্যাট দেয়,
[[ADDRESS:41 Meadowbank Walk]], [[POSTCODE:M40 8JT]]; টেন্যান্সি নম্বর
[[REFERENCE:GMH-T-318876]]।

ব্লকের সামনে একটাই প্রতিবন্ধী পার্কিং, কিন্তু যে কেউ সেখানে গাড়ি রাখে। আমরা আমাদের গাড়ির নম্বর
দিয়ে ([[OTHER_ID:LR21 XKD]]) একটা নিজস্ব বে চেয়েছিলাম। দুই বছর শুধু "প্রসেস হচ্ছে"। কেয়ারটেকার
[[PERSON:টোমাস কোভালস্কি]], [[OTHER_SPECIAL:পোলিশ]] ভদ্রলোক, অন্যদের গাড়ির ছবি তুলে অফিসে
পাঠাতেন, তবু কিছু হলো না। গত জানুয়ারিতে বৃষ্টির মধ্যে অনেক দূর থেকে বাজার নিয়ে আসতে গিয়ে
[[PERSON:তাহমিনা]] পড়ে গেলেন। [[ADDRESS:Cheetwood Medical Practice]]-এর ডাক্তার লিখলেন, ওনার
জন্য গাড়ি দরজার কাছে থাকা দরকার।

আমি লিখিত অভিযোগ করলাম, নম্বর [[REFERENCE:GMH/CX/7720]]। আগেরবার অফিসের লোক আমার ফোন নম্বর ভুল
লিখেছিল, তাই এবার কথায় লিখে দিলাম:
[[PHONE:জিরো সেভেন সেভেন জিরো জিরো, নাইন জিরো জিরো, ফোর ওয়ান সিক্স]]।

এস্টেট ম্যানেজার [[PERSON:জোয়ান ম্যাথিউস]] তিন দিনের মধ্যে ফোন করলেন। উনি মানলেন যে
[[PERSON:তাহমিনার]] আবেদন এক বছর ধরে ভুল ফোল্ডারে পড়ে ছিল। দুই সপ্তাহে আমাদের গাড়ির নম্বর লেখা
বে রং করা হলো, পার্কিং ঠিকাদার [[ORGANISATION:ParkSafe Patrol]] এখন নিয়মিত টহল দেয়, আর আমরা
২০০ পাউন্ড ক্ষতিপূরণ পেলাম।

এখন [[ORGANISATION:Greenmere]] প্রতিবন্ধী বাসিন্দাদের পার্কিং আবেদন চার সপ্তাহের মধ্যে শেষ করে,
আর আবেদনকারীকে প্রতি ধাপে জানায়।
"""),
    ),
    (
        "fv2ak-pa-01",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਮ [[PERSON:ਮਨਮੀਤ ਸਿੰਘ]] ਹੈ। ਅਸੀਂ ਕਾਬੁਲ ਦੇ [[OTHER_SPECIAL:ਅਫ਼ਗਾਨ ਸਿੱਖ]] ਹਾਂ। ਅਗਸਤ ੨੦੨੧
ਵਿੱਚ ਤਾਲਿਬਾਨ ਆਉਣ ਤੋਂ ਬਾਅਦ ਅਸੀਂ [[OTHER_SPECIAL:ਅਫ਼ਗਾਨ ਸਿਟੀਜ਼ਨਜ਼ ਰੀਸੈਟਲਮੈਂਟ ਸਕੀਮ]] ਹੇਠ ਇੰਗਲੈਂਡ
ਆਏ। ਇੱਕ ਸਾਲ ਹੋਟਲ ਵਿੱਚ ਰਹਿਣ ਤੋਂ ਬਾਅਦ ਸਾਨੂੰ ਲੈਸਟਰ ਵਿੱਚ [[ORGANISATION:Soar Valley Homes]] ਦਾ ਘਰ
ਮਿਲਿਆ, [[ADDRESS:46 Kenmore Road]], [[POSTCODE:LE4 7GB]]। ਘਰ
[[ADDRESS:ਗੁਰਦੁਆਰਾ ਗੁਰੂ ਤੇਗ ਬਹਾਦਰ ਸਾਹਿਬ]] ਤੋਂ ਪੰਜ ਮਿੰਟ ਦੀ ਦੂਰੀ 'ਤੇ ਹੈ, ਇਸ ਲਈ ਅਸੀਂ ਬਹੁਤ ਖ਼ੁਸ਼
ਸੀ।

ਮੇਰੇ ਮਾਤਾ ਜੀ, [[PERSON:ਹਰਜੀਤ ਕੌਰ]], [[AGE:੭੮ ਸਾਲ]] ਦੇ ਹਨ ਅਤੇ ਉਨ੍ਹਾਂ ਨੂੰ [[HEALTH:ਗਠੀਆ]] ਹੈ।
ਗੁਸਲਖ਼ਾਨੇ ਦਾ ਫ਼ਰਸ਼ ਪਹਿਲੇ ਦਿਨ ਤੋਂ ਹੀ ਨਰਮ ਸੀ ਅਤੇ ਟਾਇਲਟ ਹਿੱਲਦਾ ਸੀ। ਅਸੀਂ
[[PHONE:੦੧੧੬ ੪੯੬ ੦੩੭੨]] 'ਤੇ ਤਿੰਨ ਵਾਰ ਰਿਪੋਰਟ ਕੀਤਾ (ਰਿਪੇਅਰ ਨੰਬਰ [[REFERENCE:SVH-884120]]), ਪਰ
ਕੋਈ ਨਹੀਂ ਆਇਆ। ਮਾਰਚ ਵਿੱਚ ਫ਼ਰਸ਼ ਦਾ ਇੱਕ ਤਖ਼ਤਾ ਟੁੱਟ ਗਿਆ ਅਤੇ ਬੀਜੀ ਡਿੱਗ ਪਏ; ਸਾਰੀ ਰਾਤ ਹਸਪਤਾਲ ਵਿੱਚ
ਲੰਘੀ।

ਸਾਡੀ ਰੀਸੈਟਲਮੈਂਟ ਕੇਸਵਰਕਰ [[PERSON:ਐਮਾ ਰਿਚਰਡਸ]] ਨੇ ਸ਼ਿਕਾਇਤ ਲਿਖਣ ਵਿੱਚ ਮਦਦ ਕੀਤੀ; ਸ਼ਿਕਾਇਤ ਨੰਬਰ
[[REFERENCE:SVH/CX/1907]]। ਉਨ੍ਹਾਂ ਨੇ ਸਾਡਾ ਹੋਮ ਆਫ਼ਿਸ ਰੈਫ਼ਰੈਂਸ [[REFERENCE:A1290445]] ਅਤੇ ਮਾਤਾ ਜੀ
ਦਾ ਬੀਆਰਪੀ ਨੰਬਰ [[OTHER_ID:ZU7703815]] ਵੀ ਮੰਗਿਆ, ਸੋ ਉਹ ਵੀ ਭੇਜ ਦਿੱਤੇ।

ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ ਮੈਨੇਜਰ [[PERSON:ਡੇਵਿਡ ਓਕੋਂਕਵੋ]] ਆਪ ਘਰ ਆਏ, ਫ਼ਰਸ਼ ਦੇਖਿਆ ਅਤੇ ਮਾਫ਼ੀ ਮੰਗੀ। ਦੋ
ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਨਵਾਂ ਫ਼ਰਸ਼, ਵਾਕ-ਇਨ ਸ਼ਾਵਰ ਅਤੇ ਹੈਂਡਰੇਲ ਲੱਗ ਗਏ, ਅਤੇ ਸਾਨੂੰ ੭੫੦ ਪੌਂਡ ਮੁਆਵਜ਼ਾ ਮਿਲਿਆ।

ਹੁਣ [[ORGANISATION:Soar Valley]] ਹਰ ਰੀਸੈਟਲ ਹੋਏ ਪਰਿਵਾਰ ਨੂੰ ਚਾਬੀਆਂ ਦੇਣ ਤੋਂ ਪਹਿਲਾਂ ਘਰ ਦਾ ਸਰਵੇ
ਕਰਦੀ ਹੈ, ਅਤੇ ਜਿੱਥੇ ਬਜ਼ੁਰਗ ਰਹਿੰਦੇ ਹਨ ਉੱਥੋਂ ਦੀਆਂ ਰਿਪੋਰਟਾਂ ਪਹਿਲ 'ਤੇ ਜਾਂਦੀਆਂ ਹਨ। ਮੇਰਾ ਬੇਟਾ
[[PERSON:ਜਸਕੀਰਤ]] ([[AGE:੧੦ ਸਾਲ]]) ਕਹਿੰਦਾ ਹੈ ਕਿ ਹੁਣ ਬੀਜੀ ਫਿਰ ਰੋਜ਼ ਗੁਰਦੁਆਰੇ ਜਾ ਸਕਦੇ ਹਨ।
"""),
    ),
    (
        "fv2ak-pa-02",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਗੁਰਪ੍ਰੀਤ ਕੌਰ ਬੈਂਸ]] ਹਾਂ, ਜਲੰਧਰ ਤੋਂ। ੨੦੧੮ ਵਿੱਚ [[OTHER_SPECIAL:ਸਪਾਊਸ ਵੀਜ਼ੇ]] 'ਤੇ
ਆਈ ਸੀ ਅਤੇ ਪਿਛਲੇ ਸਾਲ [[OTHER_SPECIAL:ਇੰਡੈਫ਼ਿਨਿਟ ਲੀਵ ਟੂ ਰਿਮੇਨ]] ਮਿਲੀ। ਸਹੁਰੇ ਘਰ ਬਹੁਤ ਭੀੜ ਸੀ,
ਇਸ ਲਈ ਕੌਂਸਲ ਨੇ ਸਾਨੂੰ [[ORGANISATION:Westbrook Housing Group]] ਦਾ ਫ਼ਲੈਟ ਦਿੱਤਾ:
[[ADDRESS:ਫ਼ਲੈਟ 6B]], [[ADDRESS:Norwood Court]], [[POSTCODE:UB2 4LS]]। ਮੇਰੇ ਪਤੀ
[[PERSON:ਅਮਨਦੀਪ]], ਬੇਟਾ [[PERSON:ਸਹਿਜ]] ([[AGE:੫ ਸਾਲ]]) ਅਤੇ ਬੇਟੀ [[PERSON:ਨੂਰ]], ਜੋ ਉਦੋਂ
[[AGE:੧੧ ਮਹੀਨਿਆਂ]] ਦੀ ਸੀ।

ਉੱਪਰਲੇ ਫ਼ਲੈਟ ਵਿੱਚ ਇੱਕ [[OTHER_SPECIAL:ਰੋਮਾਨੀਅਨ]] ਪਰਿਵਾਰ ਰਹਿੰਦਾ ਹੈ। ਉਨ੍ਹਾਂ ਦੀ ਵਾਸ਼ਿੰਗ ਮਸ਼ੀਨ ਦੀ
ਪਾਈਪ ਲੀਕ ਕਰਦੀ ਸੀ ਅਤੇ ਪਾਣੀ ਸਾਡੇ ਬੈੱਡਰੂਮ ਦੀ ਛੱਤ ਵਿੱਚੋਂ ਆਉਂਦਾ ਸੀ। [[PERSON:ਇਓਨ ਪੋਪੇਸਕੂ]] ਜੀ
ਨੇ ਖ਼ੁਦ ਵੀ ਦੋ ਵਾਰ ਰਿਪੋਰਟ ਕੀਤੀ, ਪਰ ਹਰ ਵਾਰ ਕੋਈ ਆ ਕੇ ਸਿਰਫ਼ ਸਾਡੀ ਛੱਤ 'ਤੇ ਰੰਗ ਕਰ ਜਾਂਦਾ। ਕੰਧਾਂ
'ਤੇ ਕਾਲੀ ਉੱਲੀ ਲੱਗ ਗਈ ਅਤੇ [[PERSON:ਨੂਰ]] ਨੂੰ ਵਾਰ-ਵਾਰ [[HEALTH:ਬ੍ਰੌਂਕਾਈਟਿਸ]] ਹੋਇਆ।

ਮੈਂ [[PHONE:੦੭੭੦੦-੯੦੦-੩੪੫]] ਤੋਂ ਕਈ ਵਾਰ ਫ਼ੋਨ ਕੀਤਾ ਅਤੇ ਫਿਰ ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਭੇਜੀ, ਨੰਬਰ
[[REFERENCE:WHG-C-60218]]। ਜਵਾਬ ਲਈ ਮੈਂ ਆਪਣੀ ਈਮੇਲ ਇਸ ਤਰ੍ਹਾਂ ਲਿਖੀ ਸੀ:
[[EMAIL:gurpreet ਡੌਟ bains ਐਟ example ਡੌਟ com]]। [[PERSON:ਸਹਿਜ]] ਦੇ ਸਕੂਲ,
[[ADDRESS:ਵਿਲੋ ਬੈਂਕ ਪ੍ਰਾਇਮਰੀ ਸਕੂਲ]], ਦੀ ਟੀਚਰ ਨੇ ਵੀ ਚਿੱਠੀ ਲਿਖੀ ਕਿ ਬੱਚਾ ਥੱਕਿਆ ਰਹਿੰਦਾ ਹੈ।

ਸ਼ਿਕਾਇਤ ਅਫ਼ਸਰ [[PERSON:ਸ਼ਾਰਲੌਟ]] ਨੇ ਦੋਵੇਂ ਫ਼ਲੈਟ ਇੱਕੋ ਦਿਨ ਦੇਖੇ ਅਤੇ ਮੰਨਿਆ ਕਿ ਕਿਸੇ ਨੇ ਪਾਣੀ
ਕਿੱਥੋਂ ਆਉਂਦਾ ਹੈ ਇਹ ਲੱਭਿਆ ਹੀ ਨਹੀਂ। ਉੱਪਰ ਪਾਈਪ ਬਦਲੀ ਗਈ, ਸਾਡੀ ਛੱਤ ਨਵੀਂ ਲੱਗੀ, ਉੱਲੀ ਦਾ ਇਲਾਜ
ਹੋਇਆ, ਡੀਹਿਊਮਿਡੀਫ਼ਾਇਰ ਮਿਲਿਆ ਅਤੇ ੬੨੦ ਪੌਂਡ ਮੁਆਵਜ਼ਾ।

ਹੁਣ [[ORGANISATION:Westbrook]] ਵਿੱਚ ਛੱਤ ਵਿੱਚੋਂ ਪਾਣੀ ਦੀ ਹਰ ਰਿਪੋਰਟ ਨਾਲ ਉੱਪਰਲਾ ਫ਼ਲੈਟ ਵੀ ਆਪਣੇ ਆਪ
ਜੁੜ ਜਾਂਦਾ ਹੈ। [[PERSON:ਇਓਨ]] ਜੀ ਅਤੇ ਅਸੀਂ ਹੁਣ ਚੰਗੇ ਦੋਸਤ ਹਾਂ।
"""),
    ),
    (
        "fv2ak-pa-03",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਸਿਮਰਨ ਕੌਰ]] ਹਾਂ, [[AGE:੧੯ ਸਾਲਾਂ]] ਦੀ। ਇਹ ਕਹਾਣੀ ਮੇਰੇ ਦਾਦਾ ਜੀ ਸਰਦਾਰ
[[PERSON:ਅਵਤਾਰ ਸਿੰਘ]] ਅਤੇ ਦਾਦੀ ਜੀ [[PERSON:ਪ੍ਰੀਤਮ ਕੌਰ]] ਦੀ ਹੈ। ਉਹ ਜਲਾਲਾਬਾਦ ਦੇ
[[OTHER_SPECIAL:ਅਫ਼ਗਾਨੀ ਸਿੱਖ]] ਹਨ। ੨੦੨੨ ਵਿੱਚ ਇੱਥੇ ਆ ਕੇ ਉਨ੍ਹਾਂ ਨੇ ਸ਼ਰਨ ਮੰਗੀ ਅਤੇ ੨੦੨੩ ਵਿੱਚ
[[OTHER_SPECIAL:ਸ਼ਰਨਾਰਥੀ ਦਾ ਦਰਜਾ]] ਮਿਲਿਆ। ਦਾਦਾ ਜੀ ਦਾ ਬੀਆਰਪੀ [[OTHER_ID:ZT5517209]] ਹੈ ਅਤੇ
ਦਾਦੀ ਜੀ ਦਾ [[OTHER_ID:ZT5517210]]।

ਹੋਮ ਆਫ਼ਿਸ ਦਾ ਘਰ ਛੱਡਣ ਤੋਂ ਬਾਅਦ [[ORGANISATION:Hillingford Borough Council]] ਨੇ ਉਨ੍ਹਾਂ ਨੂੰ
[[ADDRESS:Regent Guest House]] ਵਿੱਚ, ਸਭ ਤੋਂ ਉੱਪਰਲੀ ਮੰਜ਼ਿਲ 'ਤੇ [[ADDRESS:ਕਮਰਾ ਨੰਬਰ ੮]] ਦਿੱਤਾ।
ਤਿੰਨ ਮੰਜ਼ਿਲਾਂ ਦੀਆਂ ਪੌੜੀਆਂ, ਲਿਫਟ ਨਹੀਂ। ਦਾਦਾ ਜੀ ਨੂੰ [[HEALTH:ਦਿਲ ਦੀ ਬਿਮਾਰੀ]] ਹੈ ਅਤੇ ਦਾਦੀ
ਜੀ ਨੂੰ [[HEALTH:ਸ਼ੂਗਰ]]। ਦਾਦਾ ਜੀ ਦੀ ਜਨਮ ਤਾਰੀਖ਼ [[DATE_OF_BIRTH:ਬਾਰਾਂ ਜਨਵਰੀ ਉੱਨੀ ਸੌ ਉਣੰਜਾ]]
ਹੈ, ਪਰ ਕਾਗ਼ਜ਼ਾਂ 'ਤੇ ਕਿਸੇ ਨੇ ਇਹ ਨਹੀਂ ਦੇਖਿਆ ਕਿ ਇੰਨੇ ਬਜ਼ੁਰਗ ਬੰਦੇ ਨੂੰ ਉੱਪਰ ਕਿਵੇਂ ਚੜ੍ਹਾਉਣਾ ਹੈ।

[[ADDRESS:ਗੁਰਦੁਆਰਾ ਸ੍ਰੀ ਹਰਿਕ੍ਰਿਸ਼ਨ ਸਾਹਿਬ]] ਦੇ ਸੇਵਾਦਾਰ ਭਾਈ ਸਾਹਿਬ [[PERSON:ਗੁਰਮੀਤ ਸਿੰਘ]] ਹਰ
ਰੋਜ਼ ਲੰਗਰ ਲੈ ਕੇ ਆਉਂਦੇ, ਕਿਉਂਕਿ ਕਮਰੇ ਵਿੱਚ ਰਸੋਈ ਨਹੀਂ ਸੀ। ਮੈਂ
[[EMAIL:simran.k.2005@example.co.uk]] ਤੋਂ ਕੌਂਸਲ ਨੂੰ ਸ਼ਿਕਾਇਤ ਭੇਜੀ; ਹੋਮਲੈੱਸ ਕੇਸ ਨੰਬਰ
[[REFERENCE:HOM/22/4471]] ਅਤੇ ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:HBC-CMP-2023-118]]।

ਕੌਂਸਲ ਦੇ ਹਾਊਸਿੰਗ ਅਫ਼ਸਰ [[PERSON:ਟੌਮ ਬ੍ਰੈਡਲੀ]] ਨੇ ਪਹਿਲਾਂ ਕਿਹਾ ਕਿ ਹੋਰ ਕੋਈ ਕਮਰਾ ਖ਼ਾਲੀ ਨਹੀਂ। ਜਦੋਂ
ਅਸੀਂ ਡਾਕਟਰ ਦੀ ਚਿੱਠੀ ਨਾਲ ਸੂਟੇਬਿਲਿਟੀ ਰਿਵਿਊ ਮੰਗਿਆ, ਤਾਂ ਤਿੰਨ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਦਾਦਾ-ਦਾਦੀ ਨੂੰ
[[ADDRESS:Elmfield Court]] ਵਿੱਚ ਹੇਠਲੀ ਮੰਜ਼ਿਲ ਦਾ ਫ਼ਲੈਟ ਮਿਲ ਗਿਆ, ਆਪਣੀ ਰਸੋਈ ਵਾਲਾ। ਕੌਂਸਲ ਨੇ ਲਿਖਤੀ
ਮਾਫ਼ੀ ਮੰਗੀ ਅਤੇ ੪੦੦ ਪੌਂਡ ਦਿੱਤੇ।

ਹੁਣ ਕੌਂਸਲ ਦਾ ਨਿਯਮ ਹੈ ਕਿ ਬਿਮਾਰ ਬਜ਼ੁਰਗਾਂ ਨੂੰ ਪਹਿਲੀ ਮੰਜ਼ਿਲ ਤੋਂ ਉੱਪਰ ਆਰਜ਼ੀ ਕਮਰਾ ਨਹੀਂ ਦਿੱਤਾ
ਜਾਂਦਾ।
"""),
    ),
    (
        "fv2ak-pa-04",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਕੁਲਵਿੰਦਰ ਸਿੰਘ ਢਿੱਲੋਂ]] ਹਾਂ, ਪਰ ਸਾਰੇ ਮੈਨੂੰ [[PERSON:ਕਿੰਦਾ]] ਕਹਿੰਦੇ ਹਨ। ਮੈਂ ਅਤੇ ਮੇਰੀ
ਪਤਨੀ [[PERSON:ਰਾਜਵਿੰਦਰ]] ਪੰਦਰਾਂ ਸਾਲ ਇਟਲੀ ਰਹੇ; ਸਾਡੇ ਕੋਲ [[OTHER_SPECIAL:ਇਤਾਲਵੀ ਨਾਗਰਿਕਤਾ]] ਹੈ
ਅਤੇ ਇੱਥੇ [[OTHER_SPECIAL:ਸੈਟਲਡ ਸਟੇਟਸ]]। ੨੦੨੧ ਤੋਂ ਅਸੀਂ [[ORGANISATION:Wolverdale Homes]] ਦੇ ਘਰ
ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ, [[ADDRESS:ਫ਼ਰਨਹਿੱਲ ਅਸਟੇਟ]] 'ਤੇ [[ADDRESS:ਨੰਬਰ ੩੧]], [[POSTCODE:wv10 9hp]]।
ਮੈਂ ਟੈਕਸੀ ਚਲਾਉਂਦਾ ਹਾਂ।

ਪਿਛਲੇ ਸਤੰਬਰ ਰਾਤ ਨੂੰ ਕਿਸੇ ਨੇ ਸਾਡਾ ਮੂਹਰਲਾ ਦਰਵਾਜ਼ਾ ਤੋੜ ਦਿੱਤਾ ਅਤੇ ਬਾਹਰ ਖੜ੍ਹੀ ਮੇਰੀ ਟੈਕਸੀ
([[OTHER_ID:BK19 RFO]]) ਦਾ ਸ਼ੀਸ਼ਾ ਵੀ ਭੰਨ ਦਿੱਤਾ। ਪੁਲਿਸ ਨੇ ਕ੍ਰਾਈਮ ਨੰਬਰ [[REFERENCE:20/118734/24]]
ਦਿੱਤਾ। ਐਮਰਜੈਂਸੀ ਰਿਪੇਅਰ ਵਾਲੇ, [[ORGANISATION:Trident Doors and Glazing]], ਦਰਵਾਜ਼ੇ 'ਤੇ ਫੱਟਾ ਲਾ ਕੇ
ਚਲੇ ਗਏ ਅਤੇ ਪੰਜ ਹਫ਼ਤੇ ਕੋਈ ਨਹੀਂ ਮੁੜਿਆ। ਮੇਰੀ ਬੇਟੀ [[PERSON:ਜਪਨੀਤ]] [[AGE:੮ ਸਾਲਾਂ]] ਦੀ ਹੈ; ਉਹ
ਰਾਤ ਨੂੰ ਸਾਡੇ ਕਮਰੇ ਵਿੱਚ ਹੀ ਸੌਂਦੀ ਰਹੀ।

ਰਿਪੇਅਰ ਨੰਬਰ [[REFERENCE:WH-ER-90417]] ਲੈ ਕੇ ਮੈਂ ਹਰ ਦੂਜੇ ਦਿਨ [[PHONE:0121 496 0287]] 'ਤੇ ਫ਼ੋਨ
ਕਰਦਾ। ਅੰਤ ਮੈਂ ਆਪਣੇ ਇੰਸਟਾਗ੍ਰਾਮ [[OTHER_ID:@kinda_cabs_wolves]] 'ਤੇ ਫੱਟੇ ਵਾਲੇ ਦਰਵਾਜ਼ੇ ਦੀ ਵੀਡੀਓ
ਪਾਈ। ਉਹ ਵੀਡੀਓ ਦੇਖ ਕੇ ਕੌਂਸਲਰ [[PERSON:ਅਬਦੀ ਫ਼ਾਰਾਹ]] ਨੇ ਸੰਪਰਕ ਕੀਤਾ ਅਤੇ ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਕਰਨ ਵਿੱਚ
ਮਦਦ ਕੀਤੀ, ਨੰਬਰ [[REFERENCE:WH-COMP-2291]]।

ਸ਼ਿਕਾਇਤ ਅਫ਼ਸਰ [[PERSON:ਜੈਨੀਫ਼ਰ ਕੋਲਜ਼]] ਨੇ ਅਗਲੇ ਦਿਨ ਫ਼ੋਨ ਕੀਤਾ। ਤਿੰਨ ਦਿਨਾਂ ਵਿੱਚ ਨਵਾਂ ਮਜ਼ਬੂਤ
ਦਰਵਾਜ਼ਾ, ਦੋ ਤਾਲੇ ਅਤੇ ਬਾਹਰ ਲਾਈਟ ਲੱਗ ਗਈ। ਉਨ੍ਹਾਂ ਮੰਨਿਆ ਕਿ ਫੱਟਾ ਸਿਰਫ਼ ੨੪ ਘੰਟਿਆਂ ਲਈ ਹੋਣਾ ਚਾਹੀਦਾ
ਸੀ, ਅਤੇ ੩੫੦ ਪੌਂਡ ਮੁਆਵਜ਼ਾ ਦਿੱਤਾ।

ਹੁਣ [[ORGANISATION:Wolverdale]] ਵਿੱਚ ਹਰ ਫੱਟੇ ਵਾਲਾ ਦਰਵਾਜ਼ਾ ਇੱਕ ਸੂਚੀ 'ਤੇ ਜਾਂਦਾ ਹੈ ਅਤੇ ਪੰਜ ਦਿਨਾਂ
ਵਿੱਚ ਪੱਕਾ ਦਰਵਾਜ਼ਾ ਲੱਗਣਾ ਜ਼ਰੂਰੀ ਹੈ। [[PERSON:ਜਪਨੀਤ]] ਫਿਰ ਆਪਣੇ ਕਮਰੇ ਵਿੱਚ ਸੌਂਦੀ ਹੈ।
"""),
    ),
    (
        "fv2ak-pa-05",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਰਮਨਦੀਪ ਕੌਰ]] ਹਾਂ। ੨੦੨੦ ਵਿੱਚ [[OTHER_SPECIAL:ਕੀਨੀਆ]] ਤੋਂ ਆਪਣੇ ਪਤੀ
[[PERSON:ਹਰਜਿੰਦਰ ਸਿੰਘ]] ਕੋਲ ਆਈ ਸੀ। ਸਾਡਾ ਘਰ [[ORGANISATION:Thameside Homes]] ਦਾ ਹੈ,
[[ADDRESS:112 Cobham Rise]], [[POSTCODE:DA12 5NU]], ਅਤੇ ਕਿਰਾਏਦਾਰੀ ਨੰਬਰ
[[REFERENCE:TH-004417-09]]।

ਸਾਡੀ ਬੇਟੀ [[PERSON:ਹਰਲੀਨ]] [[AGE:੧੩ ਸਾਲਾਂ]] ਦੀ ਹੈ ਅਤੇ ਉਸ ਨੂੰ [[HEALTH:ਮਿਰਗੀ]] ਹੈ। ਉਸ ਦੀ ਜਨਮ
ਤਾਰੀਖ਼ [[DATE_OF_BIRTH:੧੭/੦੪/੨੦੧੧]] ਹੈ ਅਤੇ ਐੱਨਐੱਚਐੱਸ ਨੰਬਰ [[OTHER_ID:943 218 7706]]; ਡਾਕਟਰ
ਕਹਿੰਦੇ ਹਨ ਕਿ ਠੰਢ ਅਤੇ ਨੀਂਦ ਦੀ ਘਾਟ ਨਾਲ ਦੌਰੇ ਵੱਧ ਜਾਂਦੇ ਹਨ। ਦਸੰਬਰ ਵਿੱਚ ਹੀਟਿੰਗ ਬੰਦ ਹੋ ਗਈ ਅਤੇ
ਅਠਾਰਾਂ ਦਿਨ ਬੰਦ ਰਹੀ।

ਠੇਕੇਦਾਰ [[ORGANISATION:Kowalski Heating Ltd]] ਦਾ ਇੰਜੀਨੀਅਰ [[PERSON:ਪਿਓਤਰ]] ਬਹੁਤ ਭਲਾ ਬੰਦਾ ਸੀ;
ਉਸ ਨੇ ਦੱਸਿਆ ਕਿ ਬਾਇਲਰ ਪੁਰਾਣਾ ਹੈ ਅਤੇ ਬਦਲਣਾ ਪਵੇਗਾ, ਪਰ ਦਫ਼ਤਰ ਨੇ ਮਨਜ਼ੂਰੀ ਨਹੀਂ ਦਿੱਤੀ। ਸਾਡੀ
[[OTHER_SPECIAL:ਸੂਡਾਨੀ]] ਗੁਆਂਢਣ [[PERSON:ਅਮੀਰਾ ਹਸਨ]] ਨੇ ਆਪਣਾ ਤੇਲ ਵਾਲਾ ਹੀਟਰ ਦੇ ਦਿੱਤਾ, ਨਹੀਂ
ਤਾਂ ਪਤਾ ਨਹੀਂ ਕੀ ਹੁੰਦਾ।

ਮੈਂ [[PHONE:+44 20 7946 0658]] 'ਤੇ ਸ਼ਿਕਾਇਤ ਦਰਜ ਕਰਵਾਈ, ਨੰਬਰ [[REFERENCE:THC/24/0311]], ਅਤੇ
[[PERSON:ਹਰਲੀਨ]] ਦੇ ਸਕੂਲ [[ADDRESS:ਨੌਰਥਫ਼ੀਲਡ ਅਕੈਡਮੀ]] ਦੀ ਨਰਸ ਤੋਂ ਚਿੱਠੀ ਲਗਾਈ। ਸ਼ਿਕਾਇਤ ਟੀਮ ਦੀ
[[PERSON:ਲੂਸੀ ਐਂਗੂਇਨ]] ਨੇ ਦੋ ਦਿਨਾਂ ਵਿੱਚ ਨਵਾਂ ਬਾਇਲਰ ਮਨਜ਼ੂਰ ਕਰ ਦਿੱਤਾ ਅਤੇ [[PERSON:ਪਿਓਤਰ]] ਨੇ ਹੀ
ਲਗਾਇਆ। ਮੁਆਵਜ਼ੇ ਦੇ ੪੮੦ ਪੌਂਡ ਸਾਡੇ ਖਾਤੇ ਵਿੱਚ ਆਏ, ਸੌਰਟ ਕੋਡ [[OTHER_ID:30-96-14]], ਖਾਤਾ ਨੰਬਰ
[[OTHER_ID:51408827]]।

ਹੁਣ [[ORGANISATION:Thameside]] ਦੀ ਸੂਚੀ ਵਿੱਚ [[PERSON:ਹਰਲੀਨ]] ਦਾ ਨਾਮ ਹੈ: ਜਿਨ੍ਹਾਂ ਘਰਾਂ ਵਿੱਚ ਗੰਭੀਰ
ਬਿਮਾਰ ਬੱਚੇ ਹਨ, ਉੱਥੇ ਹੀਟਿੰਗ ਦਾ ਕੰਮ ੨੪ ਘੰਟਿਆਂ ਵਿੱਚ ਹੁੰਦਾ ਹੈ ਅਤੇ ਇੰਜੀਨੀਅਰ ਬਾਇਲਰ ਬਦਲਣ ਦਾ ਫ਼ੈਸਲਾ
ਆਪ ਕਰ ਸਕਦਾ ਹੈ।
"""),
    ),
    (
        "fv2ak-pl-01",
        "pl",
        _s("""
Nazywam się [[PERSON:Agnieszka Wójcik]]. Przyjechaliśmy z mężem do Anglii w 2019 roku i mamy
[[OTHER_SPECIAL:status osoby osiedlonej]] z EU Settlement Scheme. Po trzech latach wynajmowania
pokoju dostaliśmy od [[ORGANISATION:Harbourside Housing]] [[ADDRESS:mieszkanie nr 5]] w budynku
[[ADDRESS:Lindsey Court]], [[POSTCODE:PO4 8RT]]. Mieszkamy tam we trójkę: ja, [[PERSON:Marek]] i
nasz syn [[PERSON:Kuba]], na którego wszyscy mówią [[PERSON:Kubuś]]. Ma [[AGE:4 lata]].

Już w pierwszym tygodniu okazało się, że okna w sypialni się nie domykają, a po deszczu woda
stoi na parapecie. Zimą na ścianach pojawił się grzyb, a [[PERSON:Kubuś]] dwa razy miał
[[HEALTH:zapalenie oskrzeli]]. Dzwoniłam z numeru [[PHONE:07700 900 733]], zgłoszenie naprawy
dostało numer [[REFERENCE:HH-R-118342]], ale nikt nie przyszedł.

Najgorsze było co innego. Kiedy poszłam do biura, pani [[PERSON:Sharon]] poprosiła o mój dowód
osobisty, spisała numer [[OTHER_ID:AXB 412907]] i powiedziała, że „z takim statusem” może być
problem z przedłużeniem umowy. To nieprawda i bardzo się przestraszyłam. Pomogła mi pani
[[PERSON:Basia]] z [[ADDRESS:parafii Matki Bożej Częstochowskiej]]; razem z [[PERSON:Markiem]]
napisaliśmy formalną skargę (numer [[REFERENCE:HH/2023/CF-0412]]), a potem zgłosiliśmy sprawę do
Rzecznika, numer [[REFERENCE:202300981]].

Odpowiedział nam kierownik, pan [[PERSON:Daniel Mensah]]. Przeprosił na piśmie za słowa pani
[[PERSON:Sharon]] i potwierdził, że nasz status daje pełne prawo do mieszkania. W ciągu miesiąca
wymieniono wszystkie okna, usunięto grzyb, dostaliśmy osuszacz i 700 funtów rekompensaty.

Co się zmieniło: pracownicy [[ORGANISATION:Harbourside]] przeszli szkolenie o EU Settlement Scheme,
a o dokumenty tożsamości może prosić tylko zespół najmu, nigdy recepcja. [[PERSON:Kubuś]] śpi
teraz w suchym pokoju, a ja już nie boję się chodzić do biura.
"""),
    ),
    (
        "fv2ak-pl-02",
        "pl",
        _s("""
Jestem [[PERSON:Olena Hrycenko]], [[OTHER_SPECIAL:Ukrainka]] z Charkowa. Sześć lat pracowałam w
Polsce, dlatego piszę po polsku. Do Anglii przyjechałam z córką w 2022 roku na wizie
[[OTHER_SPECIAL:Ukraine Family Scheme]], do siostry. Kiedy u siostry zrobiło się za ciasno,
[[ORGANISATION:Rushmere Borough Council]] umieściła nas w hostelu [[ADDRESS:Riverside House]], w
[[ADDRESS:pokoju nr 14]]. Przy rejestracji musiałam podać numer paszportu,
[[OTHER_ID:FK918273]], i numer sprawy bezdomności, [[REFERENCE:RBC-HOM-30877]].

Córka, [[PERSON:Sofija]], a w domu [[PERSON:Sonia]] albo [[PERSON:Sonieczka]], miała wtedy
[[AGE:5 lat]]. W pokoju nie działało ogrzewanie, okno się nie domykało, a we wspólnej kuchni
ciągle było brudno. W lutym [[PERSON:Sonia]] dostała [[HEALTH:zapalenia płuc]] i cztery dni
leżała w szpitalu.

Zgłaszałam to panu [[PERSON:Kevinowi]] z obsługi hostelu wiele razy; zawsze mówił, że przekaże
dalej. Moja opiekunka z rady, pani [[PERSON:Priya Shah]], pomogła mi napisać skargę (numer
[[REFERENCE:RBC-CX-5519]]) i dołączyła list od lekarki z [[ADDRESS:Abbey Lane Surgery]]. Dzwoniłam
też sama, pod [[PHONE:+44 7700 900 262]] mogą mnie zastać do dziś.

Po trzech tygodniach odpowiedział kierownik zespołu, pan [[PERSON:Tariq Mahmood]]. Rada przyznała,
że rodzina z małym dzieckiem nie powinna mieszkać w takim pokoju dłużej niż sześć tygodni, a my
byłyśmy tam prawie pięć miesięcy. Przeprowadzono nas do samodzielnego mieszkania przy
[[ADDRESS:12 Abington Mews]], [[POSTCODE:NN1 4QS]], i wypłacono 800 funtów. [[PERSON:Sonieczka]]
chodzi teraz do [[ADDRESS:Spring Lane Primary]] i ma tam najlepszą przyjaciółkę.

Zmiana: rada co miesiąc kontroluje hostele, a każda rodzina z dziećmi ma wyznaczoną datę, do
której musi dostać lepsze lokum.
"""),
    ),
    (
        "fv2ak-pl-03",
        "pl",
        _s("""
Piszę w imieniu babci, [[PERSON:Haliny Kowalczyk]]. Babcia przyjechała do nas z Lublina w 2020
roku, ma [[OTHER_SPECIAL:status osoby tymczasowo osiedlonej]], a od 2022 mieszka sama w
parterowym mieszkaniu [[ORGANISATION:Fenland Rise Housing]] przy [[ADDRESS:7 Orchard Walk]],
[[POSTCODE:PE13 2DW]]. Urodziła się [[DATE_OF_BIRTH:12 maja 1946]], ma
[[HEALTH:chorobę Parkinsona]] i coraz trudniej jej wchodzić do wanny.

Terapeutka zajęciowa, pani [[PERSON:Rebecca Stone]], w marcu oceniła, że babcia potrzebuje
prysznica bez brodzika. Wniosek dostał numer [[REFERENCE:ADP-22-0718]], a potem zapadła cisza.
Dzwoniłam pod [[PHONE:01632 960 418]] chyba dziesięć razy i zawsze słyszałam, że lista jest
długa.

W sierpniu babcia upadła w łazience. Znalazł ją sąsiad, pan [[PERSON:Abdelrahman Yousif]],
[[OTHER_SPECIAL:Sudańczyk]] spod [[ADDRESS:numeru 9]], który usłyszał wołanie przez ścianę.
Gdyby nie pan [[PERSON:Abdelrahman]], leżałaby tam do rana. Lekarz z
[[ADDRESS:Lakeside Surgery]] napisał, że sprawa jest pilna.

Złożyłam skargę (numer [[REFERENCE:FRH/CMP/5561]]) mailem z adresu
[[EMAIL:zuzanna.kowalczyk@example.com]]. Babcia śmieje się, że jej [[PERSON:Zuzia]] umie się
kłócić po angielsku lepiej niż po polsku. Odpowiedziała pani [[PERSON:Chioma Eze]], kierowniczka
działu adaptacji: przyznała, że wniosek leżał bez oceny pilności, przeprosiła babcię osobiście i w
ciągu czterech tygodni zamontowano prysznic z siedziskiem i poręczami. Babcia dostała też 300
funtów.

Teraz w [[ORGANISATION:Fenland Rise]] wnioski osób po 75. roku życia, które już upadły, są
rozpatrywane w pierwszej kolejności, a terapeuta i administrator widzą tę samą listę. Babcia
upiekła [[PERSON:Abdelrahmanowi]] sernik i od tej pory pijają razem herbatę w czwartki.
"""),
    ),
    (
        "fv2ak-pl-04",
        "pl",
        _s("""
Nazywam się [[PERSON:Tomasz Zieliński]], dla znajomych [[PERSON:Tomek]]. Jestem w Wielkiej
Brytanii od 2015 roku i mam [[OTHER_SPECIAL:settled status]]. Od rozwodu sam wychowuję syna,
[[PERSON:Filipa]], który ma [[AGE:9 lat]] i [[HEALTH:autyzm]]. Przez trzy lata mieszkaliśmy w
jednym pokoju w domu dzielonym z czterema obcymi mężczyznami.

Rada wpisała nas na listę mieszkaniową (numer [[REFERENCE:HR-0072314]]) w paśmie C, czyli
praktycznie bez szans. Diagnozę [[PERSON:Filip]] dostał jeszcze w Polsce i rada po prostu ją
pominęła, bo była po polsku. Nikt nie poprosił o tłumaczenie.

Pomogła mi pani [[PERSON:Senait Habte]] z poradni dla migrantów; sama przyjechała z
[[OTHER_SPECIAL:Erytrei]] i zna ten system od środka. Złożyliśmy wniosek o ponowną ocenę (numer
[[REFERENCE:HOU-REV-2291]]) z listem od lekarza z [[ADDRESS:Brookside Medical Practice]] i ze
szkoły [[PERSON:Filipa]], [[ADDRESS:St Joseph's Catholic Primary]]. Kontakt podałem tak, jak
zawsze go dyktuję: [[EMAIL:tomek.zielinski małpa example.com]] i [[PHONE:07700 900 519]].

Ponowną ocenę zrobił pan [[PERSON:Gareth Lewis]]. Przyznał, że dokumenty należało przetłumaczyć, a
nie odrzucić, i przeniósł nas do pasma A z powodów medycznych. Pięć miesięcy później
[[ORGANISATION:Kennet Valley Homes]] zaproponowało nam mieszkanie z ogródkiem:
[[ADDRESS:23 Sorrel Way]], [[POSTCODE:SN2 7LB]]. Rada wypłaciła też 250 funtów za opóźnienie.

Co się zmieniło: rada sama zleca tłumaczenie dokumentów medycznych w obcym języku, zamiast je
pomijać. [[PERSON:Filipowi]] najbardziej podoba się to, że ma własny pokój i drzwi, które może
zamknąć, kiedy jest za głośno.
"""),
    ),
    (
        "fv2ak-pl-05",
        "pl",
        _s("""
Jestem [[PERSON:Magdalena Okafor]], z domu [[PERSON:Nowak]]. Mój mąż, [[PERSON:Chidi]], jest
[[OTHER_SPECIAL:Nigeryjczykiem]]; poznaliśmy się w Manchesterze w 2017 roku. Po eksmisji z
prywatnego mieszkania [[ORGANISATION:Calderbrook Council]] umieściła nas tymczasowo w
[[ADDRESS:mieszkaniu 3B]] w bloku [[ADDRESS:Kingfisher House]], [[POSTCODE:M8 9RE]], którym
zarządza [[ORGANISATION:Northgate Lettings]]. Mamy dwoje dzieci: [[AGE:6-letniego]]
[[PERSON:Olka]] i [[PERSON:Adę]], która miała wtedy [[AGE:10 miesięcy]].

Okna były stare i spróchniałe; z kuchennego ciągnęło tak, że [[PERSON:Olek]] z jego
[[HEALTH:egzemą]] drapał się do krwi. Zgłaszaliśmy to od października, a w styczniu rama okna
kuchennego po prostu wypadła i spadła na maskę naszego samochodu ([[OTHER_ID:MW16 TZE]])
zaparkowanego pod blokiem. Na szczęście nikt akurat nie przechodził.

Zadzwoniłam do agencji pod [[PHONE:0161 496 0087]], a potem razem z [[PERSON:Chidim]] napisaliśmy
skargę do rady, numer [[REFERENCE:TA-CMP-14420]]. Opisałam też wszystko na lokalnej grupie, mój
profil to [[OTHER_ID:facebook.com/magda.okafor.uk]]; odezwało się kilka rodzin z tego samego
bloku z takimi samymi oknami.

Pani [[PERSON:Yasmin Choudhury]] z zespołu mieszkań tymczasowych przyjechała następnego dnia.
Agencja wymieniła okna w całym bloku, rada pokryła naprawę auta (480 funtów) i wypłaciła nam 300
funtów rekompensaty. [[PERSON:Olek]] wrócił do [[ADDRESS:Moss Lane Primary]] po tygodniu
przerwy.

Teraz [[ORGANISATION:Northgate]] musi co roku sprawdzać okna we wszystkich lokalach tymczasowych, a
rada raz w roku sama kontroluje każde takie mieszkanie. [[PERSON:Chidi]] mówi, że w końcu ktoś
nas posłuchał.
"""),
    ),
    (
        "fv2ak-ro-01",
        "ro",
        _s("""
Mă numesc [[PERSON:Mihaela Dumitrescu]] și locuiesc în Anglia din 2018, cu soțul meu,
[[PERSON:Costel]], și cei doi copii. Avem [[OTHER_SPECIAL:settled status]] prin EU Settlement
Scheme. După trei ani în chirie privată, am primit de la [[ORGANISATION:Gorsebrook Housing]]
[[ADDRESS:apartamentul 8]] din [[ADDRESS:Beechwood House]], [[POSTCODE:HA9 7XN]]. Băiatul,
[[PERSON:Andrei]] (noi îi zicem [[PERSON:Andreiuț]]), are [[AGE:6 ani]], iar fetița,
[[PERSON:Ioana]], are [[AGE:un an și jumătate]].

La două săptămâni după mutare, prizele din bucătărie au început să scoată scântei, iar siguranțele
săreau de câteva ori pe zi. Am sunat la [[PHONE:020 7946 0841]] și ni s-a dat numărul de urgență
[[REFERENCE:GH-EM-50321]]. A venit un electrician, [[PERSON:Wayne]], de la
[[ORGANISATION:Brightline Electrical]], care a spus că toată instalația trebuie refăcută. Apoi
nimic, trei luni. Am ținut frigiderul pe un prelungitor din sufragerie și am gătit pe un reșou.

Nu știam cum să fac o plângere oficială. M-a ajutat părintele [[PERSON:Florin]] de la
[[ADDRESS:Parohia Ortodoxă Română Sfântul Nicolae]], unde mergem duminica; am scris împreună
plângerea, cu numărul [[REFERENCE:GH/C/2024/0193]], și am trimis-o de pe
[[EMAIL:mihaela.dumitrescu@example.com]].

Răspunsul a venit de la doamna [[PERSON:Samira Haddad]], managerul de locuințe. A recunoscut că o
defecțiune electrică trebuia tratată ca urgență, nu ca reparație obișnuită. În două săptămâni
instalația a fost refăcută complet, ne-au plătit trei nopți la hotel cât s-a lucrat și 700 de lire
despăgubire.

Ce s-a schimbat: acum [[ORGANISATION:Gorsebrook]] face verificarea instalației electrice înainte să
dea cheile unei familii, iar orice problemă cu scântei sau miros de ars are termen de 24 de ore.
[[PERSON:Andreiuț]] a desenat un fulger tăiat cu roșu și l-a lipit pe frigider.
"""),
    ),
    (
        "fv2ak-ro-02",
        "ro",
        _s("""
Suntem o familie de [[OTHER_SPECIAL:romi]] din Craiova și trăim în Anglia din 2019. Eu sunt
[[PERSON:Florica Stoica]], soțul meu e [[PERSON:Marian]], și avem trei copii: [[PERSON:Denisa]]
([[AGE:11 ani]]), [[PERSON:Răzvan]] ([[AGE:8 ani]]) și cel mic, [[PERSON:Puiu]], născut pe
[[DATE_OF_BIRTH:3 februarie 2021]].

Când proprietarul ne-a dat afară, [[ORGANISATION:Eastmarsh District Council]] ne-a primit cererea
de locuință (numărul [[REFERENCE:HPR-23-09915]]), dar ne-a trimis într-un apartament temporar la
[[ADDRESS:Flat 2, 17 Seaview Parade]], la o oră și jumătate de școala copiilor,
[[ADDRESS:Harlow Fields Primary]]. Ne trezeam la cinci dimineața, trei autobuze dus, trei întors.
[[PERSON:Denisa]] plângea în fiecare seară.

Am cerut să ne mute mai aproape. Nimic. Atunci o vecină din bloc, doamna [[PERSON:Rania]], care a
venit din [[OTHER_SPECIAL:Siria]], m-a ajutat să cer dosarul nostru de la consiliu. Acolo am găsit
scris de un angajat că familia „e obișnuită să se mute din loc în loc”. Asta doar pentru că suntem
[[OTHER_SPECIAL:romi]].

Am făcut plângere pentru discriminare, cu numărul [[REFERENCE:EDC-CF-7781]]. Pentru că la telefon
mi-au scris greșit numărul de trei ori, în plângere l-am scris cu litere:
[[PHONE:zero șapte șapte zero zero nouă zero zero trei zero unu]].

Ne-a răspuns domnul [[PERSON:Kieran Walsh]], șeful serviciului de locuințe. A cerut scuze în
scris, a șters nota din dosar și a spus că angajații vor face un curs despre discriminare. În patru
săptămâni ne-au mutat într-o casă la zece minute de școală, au plătit taxiul copiilor până atunci
și ne-au dat 600 de lire.

Acum consiliul ține cont de școala copiilor când alege locuința temporară. [[PERSON:Puiu]] merge și
el la grădiniță, iar [[PERSON:Denisa]] nu mai plânge seara.
"""),
    ),
    (
        "fv2ak-ro-03",
        "ro",
        _s("""
Numele meu este [[PERSON:Ion Rusu]]. Sunt din [[OTHER_SPECIAL:Republica Moldova]], dar am și
[[OTHER_SPECIAL:cetățenie română]], așa că am venit în Anglia cu pașaportul românesc
[[OTHER_ID:05837241]] și am primit [[OTHER_SPECIAL:pre-settled status]]. Din 2022 eu și soția mea,
[[PERSON:Natalia]], închiriem de la [[ORGANISATION:Wrekin Vale Homes]] o casă la
[[ADDRESS:31 Cedar Row]], [[POSTCODE:TF3 1HN]].

În noiembrie 2023 s-a stricat centrala. [[PERSON:Natalia]] era însărcinată în luna a opta. Am sunat la
[[PHONE:0117 496 0392]] și ni s-a dat numărul de reparație [[REFERENCE:WVH-33817]], dar tehnicianul
a venit abia după zece zile și a zis că trebuie comandată o piesă. Fetița noastră,
[[PERSON:Maria]], s-a născut pe [[DATE_OF_BIRTH:14 ianuarie 2024]], iar noi tot fără căldură
eram. Am adus-o de la spital într-o casă cu 12 grade.

Vecina noastră, [[PERSON:Oksana]], [[OTHER_SPECIAL:ucraineancă]], ne-a împrumutat un radiator
electric. Moașa de la [[ADDRESS:Hadley Park Surgery]] a scris imediat asociației că e un pericol
pentru nou-născut. La plângerea oficială (numărul [[REFERENCE:WVH-CMP-2024-066]]) mi-au cerut și
numărul de asigurare națională, [[NI_NUMBER:QQ 73 10 58 A]], nu știu de ce.

Răspunsul a venit de la domnul [[PERSON:Kofi Mensah]], de la serviciul clienți. A recunoscut că
lipsa căldurii într-o casă cu femeie gravidă trebuia tratată ca urgență. În două zile au montat o
centrală nouă, ne-au dat bani pentru curent pentru radiatoare și 550 de lire despăgubire.

Acum [[ORGANISATION:Wrekin Vale]] întreabă la fiecare reclamație de căldură dacă în casă e un copil
mic, o femeie gravidă sau o persoană bolnavă. Casa de la [[ADDRESS:numărul 31]] e caldă, iar
[[PERSON:Mărioara]], cum îi zice bunica, doarme liniștită. Pentru întrebări:
[[EMAIL:ion.rusu.md@example.com]].
"""),
    ),
    (
        "fv2ak-ro-04",
        "ro",
        _s("""
Mă cheamă [[PERSON:Alexandra Pop]] și am [[AGE:22 de ani]]. Am venit din Bistrița în 2021 și am
[[OTHER_SPECIAL:pre-settled status]]. Când tatăl copilului a plecat, am rămas fără casă cu
[[PERSON:Luca]], care avea [[AGE:8 luni]]. La început, [[ORGANISATION:Kirkfield Council]] mi-a spus
că nu am dreptul la ajutor din cauza statutului. Asta era greșit, pentru că lucram cu contract,
dar am pierdut două săptămâni dormind pe la prieteni.

Până la urmă consiliul m-a cazat temporar într-o cameră deasupra magazinului
[[ADDRESS:Europa Food]], [[POSTCODE:ls9 7aw]], administrată de [[ORGANISATION:Sterling Accommodation]].
Fără bucătărie, baie comună cu mucegai pe tavan și un geam care nu se închidea. Laptele pentru
[[PERSON:Luca]] îl încălzeam într-un fierbător.

Asistenta mea de la centrul pentru familii, [[PERSON:Makda Tesfay]], a văzut camera și a zis că nu
e potrivită pentru un bebeluș. M-a ajutat să scriu o plângere (numărul [[REFERENCE:KC-HL-4410]]),
cu o scrisoare de la asistenta medicală comunitară, care a trecut și numărul NHS al lui
[[PERSON:Luca]], [[OTHER_ID:618 302 4471]]. Am pus poze și pe pagina mea,
[[OTHER_ID:instagram.com/alexpop_mama]], și multe mame mi-au scris că au trecut prin la fel.

Mi-a răspuns domnul [[PERSON:Daniel Abubakar]] de la echipa de locuințe temporare. A recunoscut
și greșeala cu statutul, și faptul că o cameră fără bucătărie nu e potrivită pentru un copil mic. În
zece zile am fost mutată într-un apartament cu bucătărie, am primit 350 de lire și o scrisoare de
scuze. Pentru alte întrebări mă găsiți la [[PHONE:0113 496 0518]].

Acum consiliul verifică statutul EU Settlement Scheme cu cineva care îl cunoaște, înainte să
refuze pe cineva, iar camerele fără bucătărie nu mai sunt date familiilor cu bebeluși.
"""),
    ),
    (
        "fv2ak-ro-05",
        "ro",
        _s("""
Scriu pentru tata, [[PERSON:Gheorghe Ionescu]], pe care toată lumea din bloc îl știe ca nea
[[PERSON:Gică]]. Are [[AGE:67 de ani]], [[HEALTH:diabet]] și, după o [[HEALTH:amputație]] sub
genunchi, se deplasează în scaun cu rotile. A venit la mine în Anglia în 2020 și are
[[OTHER_SPECIAL:pre-settled status]]. Locuiește în [[ADDRESS:apartamentul 2]], la parterul
blocului [[ADDRESS:Orchard Court]], [[POSTCODE:IG2 6SL]], închiriat de la
[[ORGANISATION:Larkfield Homes]].

Vara trecută firma [[ORGANISATION:Keystone Facades]] a început lucrări la fațada blocului și a
scos rampa de la intrare fără să anunțe pe nimeni. Șase săptămâni tata nu a putut ieși din casă
decât când vecinul [[PERSON:Ahmad]], un [[OTHER_SPECIAL:afgan]] de la etajul unu, îl cobora pe
brațe. A pierdut două programări la spital.

Am sunat la [[PHONE:020 7946 0962]] de nenumărate ori. Am făcut plângere oficială, cu numărul
[[REFERENCE:LH-CMP-8806]], de pe adresa mea, pe care la telefon o spun mereu așa:
[[EMAIL:elena punct ionescu arond example punct com]]. Asociația a răspuns că rampa e
„responsabilitatea contractorului”.

Am dus cazul la Ombudsmanul pentru locuințe, cu numărul [[REFERENCE:202407752]]. Am trimis și data
nașterii tatei, [[DATE_OF_BIRTH:9 octombrie 1956]], și scrisoarea de la medicul de familie de la
[[ADDRESS:Cranbrook Road Surgery]]. Ombudsmanul a decis că [[ORGANISATION:Larkfield Homes]]
răspunde pentru ce fac contractorii ei și că nu a ținut cont de nevoile tatei.

S-a montat o rampă temporară în trei zile, apoi una nouă, definitivă. Tata a primit scuze în scris
și 900 de lire, virate în contul lui, sort code [[OTHER_ID:09-01-28]], cont [[OTHER_ID:77418203]].
Acum asociația face o listă cu locatarii care folosesc scaun cu rotile înainte de orice lucrare la
intrări. Nea [[PERSON:Gică]] îi face cafea lui [[PERSON:Ahmad]] în fiecare dimineață.
"""),
    ),
    (
        "fv2ak-ur-01",
        "ur",
        _s("""
میرا نام [[PERSON:صائمہ نذیر]] ہے۔ میں [[OTHER_SPECIAL:پاکستانی]] ہوں اور ۲۰۱۷ میں
[[OTHER_SPECIAL:اسپاؤس ویزا]] پر اپنے شوہر [[PERSON:عمران]] کے پاس بریڈفورڈ آئی تھی۔ تین سال
ساس سسر کے گھر ایک کمرے میں رہنے کے بعد ہمیں [[ORGANISATION:Aireborough Homes]] کا گھر ملا:
[[ADDRESS:12 Ashgrove Terrace]]، [[POSTCODE:BD7 1PQ]]۔ ہمارے دو بچے ہیں، [[PERSON:حمزہ]]
([[AGE:۸ سال]]) اور [[PERSON:عنایہ]] ([[AGE:۱۸ ماہ]])۔

پہلی ہی سردی میں چھت سے پانی ٹپکنے لگا اور بچوں کے کمرے کی دیوار پر کالی پھپھوندی پھیل گئی۔
[[PERSON:حمزہ]] کو [[HEALTH:دمہ]] ہے، اسے رات بھر کھانسی رہتی تھی اور وہ
[[ADDRESS:گرین لین پرائمری اسکول]] سے کئی دن غیر حاضر رہا۔ میں نے
[[PHONE:۰۷۷۰۰ ۹۰۰۶۴۸]] سے بار بار فون کیا۔ ریپیئر نمبر [[REFERENCE:AH-R-229017]] ملا، سرویئر
[[PERSON:اینڈریو]] آیا، تصویریں لیں اور کہا کہ کھڑکیاں کھول کر رکھیں۔

پھر [[ADDRESS:مسجد طیبہ]] کی خواتین کی کلاس میں [[PERSON:شمیم]] باجی نے بتایا کہ تحریری شکایت
کیسے کرتے ہیں۔ میں نے شکایت بھیجی، نمبر [[REFERENCE:AH/CF/2023/157]]۔ پہلے مرحلے میں جواب آیا کہ
یہ "طرزِ زندگی" کا مسئلہ ہے۔ ہم دوسرے مرحلے میں گئے اور پھر ہاؤسنگ اومبڈزمین کے پاس، کیس نمبر
[[REFERENCE:202316604]]۔

اومبڈزمین نے فیصلہ دیا کہ [[ORGANISATION:Aireborough]] نے چھت کا معائنہ ہی نہیں کیا۔ اس کے بعد
چھت کی ٹائلیں بدلی گئیں، دیوار کا علاج ہوا، ایگزاسٹ فین لگا اور ہمیں ۱۰۵۰ پاؤنڈ ہرجانہ ملا۔
مینیجر [[PERSON:سوزن ہالووے]] نے ہمارے گھر آ کر معافی مانگی۔

اب کمپنی کا اصول ہے کہ پھپھوندی کی ہر رپورٹ پر دو ہفتوں میں سرویئر باہر سے بھی، خاص طور پر چھت
اور پرنالے، دیکھے گا۔ [[PERSON:عنایہ]] اب اپنے سوکھے کمرے میں سوتی ہے اور [[PERSON:حمزہ]] کا
انہیلر کم استعمال ہوتا ہے۔
"""),
    ),
    (
        "fv2ak-ur-02",
        "ur",
        _s("""
میں [[PERSON:حمید اللہ صافی]] ہوں۔ میں [[OTHER_SPECIAL:افغان]] ہوں اور کابل میں برطانوی سفارت خانے
کا سیکیورٹی گارڈ تھا، اس لیے ہمیں [[OTHER_SPECIAL:ARAP]] اسکیم کے تحت یہاں لایا گیا۔ چودہ مہینے
ہم [[ADDRESS:Kingsway Hotel]] میں رہے، پھر [[ORGANISATION:Nene Valley Housing]] نے ہمیں
[[ADDRESS:17 Fernside Avenue]]، [[POSTCODE:PE1 5TG]]، میں گھر دیا۔ میرے ساتھ بیوی
[[PERSON:شکیلہ]] اور تین بچے ہیں؛ بڑی بیٹی [[PERSON:مریم]] [[AGE:۱۰ سال]] کی ہے۔

پہلی رات ہی پتہ چلا کہ گدوں اور قالینوں میں کھٹمل ہیں۔ بچوں کے پورے جسم پر کاٹنے کے نشان تھے۔
[[PERSON:شکیلہ]] کو پہلے سے [[HEALTH:ڈپریشن]] ہے، اور اس کے بعد وہ کئی راتیں سو نہ سکیں۔ ہماری
پڑوسن [[PERSON:ٹران تھی لان]]، جنہیں گلی میں سب مسز [[PERSON:لان]] کہتے ہیں، کئی دن بچوں کو اپنے
گھر سلاتی رہیں۔

میں نے [[PHONE:+44 7700 900 537]] سے ہاؤسنگ کو فون کیا تو کہا گیا کہ پیسٹ کنٹرول کرایہ دار کی ذمہ
داری ہے۔ ہماری کیس ورکر [[PERSON:ربیکا]] نے کہا کہ یہ غلط ہے، کیونکہ کھٹمل گھر میں پہلے سے موجود
تھے۔ اس نے شکایت لکھنے میں مدد کی، نمبر [[REFERENCE:NVH-CX-88120]]۔ انہوں نے شناخت کے لیے میرا
[[OTHER_SPECIAL:افغان]] پاسپورٹ نمبر [[OTHER_ID:P01839275]] اور ہوم آفس ریفرنس
[[REFERENCE:ARAP-2021-044719]] بھی مانگا۔

دوسرے مرحلے میں مینیجر [[PERSON:گراہم پیٹرز]] نے مانا کہ گھر دینے سے پہلے اس کا معائنہ ٹھیک سے
نہیں ہوا تھا۔ تین بار پیسٹ کنٹرول ہوا، نئے گدے اور نئے فرش لگے، اور ہمیں ۶۰۰ پاؤنڈ ملے۔ [[PERSON:مریم]]
اب [[ADDRESS:Welland Park Academy]] میں خوشی سے جاتی ہے۔

اب [[ORGANISATION:Nene Valley]] کسی بھی خالی گھر کو نئے خاندان کو دینے سے پہلے کیڑوں کا معائنہ
کرواتی ہے، اور پرانے گدے وہاں چھوڑنے کی اجازت نہیں۔ مسز [[PERSON:لان]] کو ہم نے عید پر کابلی
پلاؤ بھیجا۔
"""),
    ),
    (
        "fv2ak-ur-03",
        "ur",
        _s("""
میرا نام [[PERSON:یوسف مسیح]] ہے۔ ہم [[OTHER_SPECIAL:پاکستانی مسیحی]] ہیں۔ لاہور میں توہین کا
جھوٹا الزام لگنے کے بعد ۲۰۲۰ میں ہم یہاں آئے اور پناہ کی درخواست دی۔ ۲۰۲۳ میں ہمیں
[[OTHER_SPECIAL:ریفیوجی اسٹیٹس]] ملا؛ میرا بی آر پی نمبر [[OTHER_ID:ZR8820457]] اور ہوم آفس
ریفرنس [[REFERENCE:Y1093384]] ہے۔

اسائلم کا گھر چھوڑنے کے لیے صرف ۲۸ دن ملے۔ [[ORGANISATION:Welham Borough Council]] نے ہمیں
عارضی طور پر [[ADDRESS:Flat 4, 90 Station Road]] میں رکھا: ایک کمرہ، پانچ لوگ، اور چولہا ایسا جو
جلتا ہی نہیں تھا۔ میری بیوی [[PERSON:سمیرا]]، بیٹا [[PERSON:دانیال]] ([[AGE:۱۴ برس]])، اور دو
بیٹیاں، جن میں چھوٹی [[PERSON:ایستھر]] صرف [[AGE:۶ برس]] کی ہے۔ [[PERSON:دانیال]] کا جی سی ایس ای
کا سال تھا اور اس کے پاس پڑھنے کی جگہ تک نہیں تھی۔

[[ADDRESS:سینٹ اینڈریوز چرچ]] کے پادری، ریورنڈ [[PERSON:جوناتھن پائیک]]، نے ہمیں بتایا کہ ہم
رہائش کی موزونیت پر نظرثانی مانگ سکتے ہیں۔ ہم نے ہوم لیس کیس [[REFERENCE:WBC/HL/78812]] پر
درخواست دی اور ساتھ شکایت بھی، نمبر [[REFERENCE:WBC-CMP-3390]]۔ جواب کے لیے میں نے ای میل یوں
لکھی: [[EMAIL:yousaf dot masih at example dot com]]، اور فون [[PHONE:۰۱۲۱ ۴۹۶ ۰۱۷۴]]۔

نظرثانی افسر [[PERSON:پریا نائیڈو]] نے مانا کہ پانچ افراد کے لیے ایک کمرہ موزوں نہیں، خاص طور
پر جب ایک بچہ امتحان دے رہا ہو۔ تین ہفتوں میں ہمیں تین کمروں کا عارضی گھر ملا، کونسل نے ۴۵۰ پاؤنڈ
ہرجانہ دیا اور تحریری معافی مانگی۔

اب کونسل کا اصول ہے کہ جن خاندانوں کو اسائلم کا گھر چھوڑنا ہو، ان سے ۲۸ دن شروع ہوتے ہی رابطہ کیا
جاتا ہے، نہ کہ آخری دن۔ [[PERSON:دانیال]] نے امتحان میں اچھے نمبر لیے، اور [[PERSON:ایستھر]] اب
چرچ کے کوائر میں گاتی ہے۔
"""),
    ),
    (
        "fv2ak-ur-04",
        "ur",
        _s("""
میرا نام [[PERSON:محمد اشرف بٹ]] ہے۔ میں ۲۰۱۶ میں [[OTHER_SPECIAL:ورک ویزا]] پر سیالکوٹ سے آیا
تھا، ۲۰۲۱ میں [[OTHER_SPECIAL:آئی ایل آر]] ملا اور پھر کونسل کی لسٹ پر نام آیا۔
[[ORGANISATION:Ravensmoor City Council]] نے ہمیں [[ADDRESS:Hartley Tower]] کی چودھویں منزل پر
[[ADDRESS:فلیٹ نمبر ۱۴۲]] دیا، [[POSTCODE:B9 4RZ]]۔

پچھلی گرمیوں میں دونوں لفٹیں خراب ہو گئیں۔ میری بیوی [[PERSON:فرحانہ]] اس وقت آٹھ مہینے کی
حاملہ تھیں اور انہیں [[HEALTH:ہائی بلڈ پریشر]] تھا۔ چودہ منزلیں سیڑھیاں چڑھ کر ہسپتال کے چیک اپ
پر جانا ناممکن تھا۔ میں نے [[PHONE:۰۱۲۱-۴۹۶-۰۷۵۳]] پر کونسل کو روز فون کیا؛ وہ ہر بار میری
تاریخ پیدائش، [[DATE_OF_BIRTH:۲۳ نومبر ۱۹۸۹]]، اور نیشنل انشورنس نمبر
[[NI_NUMBER:QQ 61 94 27 B]] پوچھتے اور کہتے کہ انجینئر آ رہا ہے۔

بلاک کے کیئر ٹیکر [[PERSON:تسفائے]] بھائی، جو [[OTHER_SPECIAL:اریٹیریا]] سے ہیں، ہمارا سامان اوپر
پہنچاتے رہے۔ انہوں نے ہی بتایا کہ لفٹ کمپنی [[ORGANISATION:Liftcare Midlands]] کو پرزوں کا آرڈر
ابھی دیا ہی نہیں گیا۔ میں نے تحریری شکایت کی، نمبر [[REFERENCE:RCC-HSG-40915]]، اور کونسلر
[[PERSON:نصرت پروین]] کو بھی لکھا۔

کونسلر صاحبہ کے کہنے پر ہاؤسنگ مینیجر [[PERSON:اسٹیفن کول]] خود آئے۔ انہوں نے [[PERSON:فرحانہ]]
کو بچے کی پیدائش تک نیچے کی منزل کے ایک خالی فلیٹ میں منتقل کیا، اور ایک لفٹ پانچ دن میں چل پڑی۔
ہمیں ۵۰۰ پاؤنڈ ہرجانہ ملا۔ ہمارا بیٹا [[PERSON:ایان]] اب [[AGE:۹ ماہ]] کا ہے۔

اب کونسل کا اصول ہے کہ اونچی عمارت میں لفٹ بند ہو تو حاملہ خواتین، معذور اور بزرگ رہائشیوں کو
اسی دن فون کیا جائے، اور دوسری لفٹ ۴۸ گھنٹے میں ٹھیک ہو۔ [[PERSON:تسفائے]] بھائی کو ہم نے
[[PERSON:ایان]] کے عقیقے پر بلایا تھا۔
"""),
    ),
    (
        "fv2ak-ur-05",
        "ur",
        _s("""
میرا نام [[PERSON:زہرا حیدری]] ہے۔ میں [[OTHER_SPECIAL:ہزارہ]] ہوں اور [[OTHER_SPECIAL:شیعہ]]
مسلمان۔ میرے شوہر کوئٹہ کے دھماکے میں شہید ہو گئے، اور ۲۰۲۲ میں میں اپنے دو بچوں کے ساتھ یہاں
[[OTHER_SPECIAL:پناہ گزین]] کے طور پر آئی۔ بیٹا [[PERSON:علی رضا]] [[AGE:۱۲ سال]] کا ہے اور بیٹی
[[PERSON:فاطمہ]] [[AGE:۷ سال]] کی۔

اسٹیٹس ملنے کے بعد [[ORGANISATION:Colnbrook Borough Council]] نے ہمیں [[ADDRESS:Linden Lodge]]
ہاسٹل میں [[ADDRESS:کمرہ نمبر ۹]] دیا۔ باورچی خانہ اور غسل خانہ مردوں کے ساتھ مشترک تھے، اور ہمارے
کمرے کے دروازے کا تالا ٹوٹا ہوا تھا۔ ایک رات ایک نشے میں دھت آدمی دروازہ دھکیل کر اندر آ گیا۔
[[PERSON:فاطمہ]] اس کے بعد کئی ہفتے بستر گیلا کرتی رہی۔

میری سپورٹ ورکر [[PERSON:ہیلن]] اور مترجم [[PERSON:نسرین]] نے مل کر شکایت لکھی، نمبر
[[REFERENCE:CBC/TA/2023/0871]]۔ میرا ہوم لیس کیس نمبر [[REFERENCE:HL-556102]] تھا۔
[[ADDRESS:امام بارگاہ حسینیہ]] کے آغا [[PERSON:جعفری]] صاحب نے بھی کونسل کو خط لکھا کہ ایک بیوہ اور
بچوں کو مردوں کے ہاسٹل میں رکھنا ٹھیک نہیں۔ میں اپنی پینٹنگز انسٹاگرام پر
[[OTHER_ID:@zahra.haidari.art]] کے نام سے ڈالتی ہوں، وہاں بھی بہت لوگوں نے ساتھ دیا۔

ٹیم لیڈر [[PERSON:مارٹن ایونز]] نے دو دن میں جواب دیا۔ اسی ہفتے تالا بدلا گیا، اور دس دن میں ہمیں
صرف خواتین اور بچوں والی عمارت میں اپنا الگ فلیٹ ملا، [[PERSON:علی رضا]] کے اسکول
[[ADDRESS:Langley Vale School]] کے قریب۔ کونسل نے ۴۰۰ پاؤنڈ دیے اور لکھ کر معافی مانگی۔

اب کونسل اکیلی ماؤں اور بچوں کو مشترکہ مردانہ ہاسٹل میں نہیں رکھتی، اور ہر کمرے کا تالا چابی
دینے سے پہلے چیک ہوتا ہے۔ رابطے کے لیے: [[PHONE:07700 900 871]]۔
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
