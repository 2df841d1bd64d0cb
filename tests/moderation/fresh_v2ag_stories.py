"""Fresh version-2 PII test stories, batch ag.

Written as if by young people (16-25) telling their family's social housing
complaint: informal, chatty, with English words mixed into Arabic, Bengali,
Punjabi, Polish, Romanian and Urdu the way second-generation speakers write,
romanised words inside the script stories, social media handles, nicknames for
siblings and friends, school and college names, part-time job places, ages of
siblings, a parent's phone number and a grandparent's condition. All people,
places, organisations, numbers and handles are invented.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 7 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): on the detector as it landed after round 20
(commit e99dcd1) leak-free 74.3% of 35, recall 97.9%, precision 84.5%; leak-free by language
ar 4, bn 3, en 4, pa 5, pl 3, ro 4, ur 3 of 5. On the detector after round 30 (commit 873e7e1):
leak-free 80.0%, recall 98.3%, precision 84.4%.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2ag-en-01",
        "en",
        _s("""
Hiya, I'm [[PERSON:Tyrese]] ([[AGE:17]]) and mum asked me to write this bc I'm the one who did all
the emails lol. It's me, my mum [[PERSON:Marcia Campbell-Lewis]], my little sister [[PERSON:Keisha]]
(everyone calls her [[PERSON:Kiki]], she's [[AGE:9]]) and my nan, who has [[HEALTH:COPD]]. We're in
[[ADDRESS:flat 14]] on the third floor of [[ADDRESS:Gilbert Court]] on the [[ADDRESS:Ravensbury Estate]],
[[POSTCODE:SE15 4TX]]. Landlord is [[ORGANISATION:Peckwater Homes]].

Black mould came back in [[PERSON:Kiki]]'s room every winter for like three years. She goes to
[[ADDRESS:St Aidan's Primary]] and her teacher kept ringing mum because [[PERSON:Kiki]] was off with her chest
again. Mum's mobile is [[PHONE:07700 900318]] and she rang the repairs line so many times the call
centre knew her voice lmao. Every single time they sent someone from
[[ORGANISATION:Brightwall Property Care]] to spray it and paint over it. Two weeks later, back again.

In year 13 at [[ADDRESS:Crestmoor Sixth Form]] we did a bit in sociology about the Housing Ombudsman
and I realised we could actually complain properly instead of just ringing. I emailed from
[[EMAIL:tyrese.cl@example.com]] and linked my TikTok [[OTHER_ID:@tyrese.explains]] where I'd been
posting the mould videos (one got 40k views, not gonna lie). Complaint ref
[[REFERENCE:PWH-CMP-40712]]. The stage 1 reply said it was "condensation caused by lifestyle", which
honestly made nan cry. At stage 2 a lady called [[PERSON:Joanne Pike]] came out herself with a
surveyor and they found the cavity wall insulation had been put in wrong back in 2009.

They fixed the wall, put in a proper extractor fan and paid £780 compensation. [[PERSON:Joanne]] told
us they've banned the word "lifestyle" in letters now and they check for the actual cause before any
mould wash. They also put a flag on our file about nan's breathing so repairs come within 7 days.
[[PERSON:Kiki]]'s cough is basically gone. If your landlord is mugging you off, don't just ring, write it down.
"""),
    ),
    (
        "fv2ag-en-02",
        "en",
        _s("""
So our housing officer asked if someone in the family would write this up and apparently I'm "the
writer" now. I'm [[PERSON:Aoife Brennan]], I'm [[AGE:19]], second year at uni in Salford and I do
weekends at the big Tesco. Home is [[ADDRESS:27 Kilbride Walk]], Manchester, [[POSTCODE:m193pw]],
the one right behind [[ADDRESS:Murphy's Bar]] if you know the area, with Mam
([[PERSON:Siobhán]]), Dad ([[PERSON:Declan]]) and my brother [[PERSON:Cian]], who is [[AGE:14]] and
answers only to [[PERSON:Ci]].

The flat over the back was sublet and for about eight months it was parties every night, people
dealing in the alley and then somebody keyed Dad's car ([[OTHER_ID:MX17 KFD]]) and put a brick
through the windscreen. Dad has [[HEALTH:MS]] and the lack of sleep was making his fatigue awful. We
reported it to [[ORGANISATION:Irwell Vale Housing]] loads. The antisocial behaviour case number was
[[REFERENCE:ASB/23/0918]] but nobody ever rang back.

I wrote the formal complaint. I put Dad's number as oh one six one, four nine six, oh two two seven
([[PHONE:0161 496 0227]] for anyone normal) and his email, [[EMAIL:declan dot brennan at example dot net]],
because he wanted the replies himself. Stage 1 got a new officer, [[PERSON:Priya Nandra]], who
actually came round at 11pm on a Friday to hear it. At stage 2 they admitted they'd closed the case
twice without telling us.

What changed: the subtenancy was ended, the alley got a gate and lighting, and we got £400 for the
time it took. [[PERSON:Priya]] says they now ring every ASB victim once a week until the case is
closed, and they give out a noise app instead of diary sheets. [[PERSON:Ci]] can finally sleep
before school and Dad is way less wrecked.
"""),
    ),
    (
        "fv2ag-en-03",
        "en",
        _s("""
My name's [[PERSON:Kwame Asante-Mensah]], I'm [[AGE:21]] and I'm writing for my grandma,
[[PERSON:Akosua Mensah]], who everyone at church calls Auntie [[PERSON:Sue]]. She was born on the
[[DATE_OF_BIRTH:third of March 1948]] in Kumasi and she's [[OTHER_SPECIAL:Ghanaian]] to the bone. She
lives with us at [[ADDRESS:41 Wattville Grove]], Birmingham [[POSTCODE:B21 9QL]], two roads down from
[[ADDRESS:Bethel Temple]] where she's been [[OTHER_SPECIAL:Pentecostal]] deaconess for 30 years.

Last January Grandma had a [[HEALTH:stroke]] and came home with [[HEALTH:left-side weakness]]. The
occupational therapist said she needed a level-access shower and grab rails. Our landlord
[[ORGANISATION:Heartlands Community Housing]] agreed, then it just... disappeared. Mum (her mobile is
[[PHONE:0121 496 0583]]) phoned every week. Grandma was having strip washes in the kitchen for five
months, which for a proud woman like her was humiliating.

I took it over when I was home from uni. I got her NHS number ([[OTHER_ID:943 476 5919]]) and the
letter from [[ADDRESS:Foxhollies Health Centre]] together and put in a complaint, ref
[[REFERENCE:HCH-2024-1187]]. Turns out the job had been passed to [[ORGANISATION:AccessPlus Adaptations]]
and then cancelled because nobody confirmed the survey slot, and nobody told us. The complaints
officer, [[PERSON:Gareth Lloyd]], was honest about it at stage 1, fair play to him.

The wet room went in within four weeks of the stage 1 reply, they paid £550 and said sorry in person.
The lesson they told us: every adaptation now has one named caseworker from start to finish, and
they text the family before any job is cancelled. Grandma says it's the best shower in Handsworth and
she's told the whole congregation. My little cousin [[PERSON:Yaw]] ([[AGE:6]]) keeps asking to use it.
"""),
    ),
    (
        "fv2ag-en-04",
        "en",
        _s("""
ok so I'm [[PERSON:Jordan Hughes]], I'm [[AGE:16]] and I live with my mum in [[ADDRESS:flat 71]],
[[ADDRESS:Beckett Heights]], Leeds [[POSTCODE:LS9 7RJ]]. Mum uses a wheelchair because she's got
[[HEALTH:spina bifida]], and we're on the 11th floor, so when the lift goes, she's basically stuck.

Last autumn the lift was out for 23 days. Mum missed two hospital appointments at St James's and I
missed college at [[ADDRESS:Aireborough College]] because I had to do the shopping and carry
everything up eleven floors. My mate [[PERSON:Big Dan]] from the 4th floor helped me with the water
bottles lol, legend. [[ORGANISATION:Kirkgate Homes]] just kept saying [[ORGANISATION:Vertex Lift Services]]
were "waiting on a part".

I posted about it on my insta ([[OTHER_ID:@jordz.h_]]) and a local councillor, Cllr
[[PERSON:Rashida Aziz]], messaged me. She told me to do a proper complaint instead of just
posting. So I did, with mum's number [[PHONE:+44 (0)113 496 0712]] and the reg of her Motability car
([[OTHER_ID:YK21 ZPB]]) because they kept towing it from the disabled bay outside while we were
stuck, which was a whole other thing. Complaint reference [[REFERENCE:KH/CMP/55210]].

Stage 1 said sorry but nothing else. At stage 2 the head of repairs, [[PERSON:Steve Oduya]], met us in
the lobby and admitted they didn't even have a list of who in the block can't use the stairs.

Now they do. There's a lift outage plan: anyone on the list gets a phone call the first day, a hotel
after 48 hours if they want one, and free deliveries. Mum got £600. The parking enforcement company
has our reg on a whitelist now too. Honestly it took a [[AGE:16-year-old]] complaining on insta, but whatever,
it's fixed.
"""),
    ),
    (
        "fv2ag-en-05",
        "en",
        _s("""
Salaam, I'm [[PERSON:Hodan Warsame]], [[AGE:22]], eldest of six, and this is about the cockroaches and
the overcrowding in our old place. We're a [[OTHER_SPECIAL:Somali]] family; Hooyo came in 2008 and
only got [[OTHER_SPECIAL:refugee status]] years later. There were eight of us in a two-bed at
[[ADDRESS:Flat 3, 118 Stapleton Lane]], Bristol, [[POSTCODE:BS5 6HN]], opposite
[[ADDRESS:Masjid al-Furqan]]. The twins [[PERSON:Ayaan]] and [[PERSON:Idil]] ([[AGE:11]]) shared a bunk,
[[PERSON:Abdi]] ([[AGE:15]]) slept on the sofa, and baby [[PERSON:Sagal]] was in with my parents.

The cockroaches came from the bin store. [[ORGANISATION:Pestaway South West]] sprayed four times but
the landlord, [[ORGANISATION:Avonmere Housing Trust]], never sealed the gaps. [[PERSON:Abdi]]'s
[[HEALTH:eczema]] got infected from the bites, the GP at [[ADDRESS:Lawrence Hill Family Practice]]
wrote a letter, and still nothing.

I did everything on Aabo's behalf because his English isn't great. I gave them his NI number
[[NI_NUMBER:QQ 48 21 67 B]] for the housing benefit side, his phone [[PHONE:0117 496 0349]], and our
housing register number [[REFERENCE:HR-0072291]]. Our complaint was [[REFERENCE:AHT/C/3094]]. Stage 1
came back in 9 weeks instead of 10 working days. I pointed that out, politely-ish.

At stage 2 a manager, [[PERSON:Lorraine Fitch]], actually read the file and saw we'd been statutorily
overcrowded for five years. We were moved to a four-bed in March, the bin store was rebuilt and they
paid £1,100 into Aabo's account (sort code [[OTHER_ID:20-91-44]], account ending [[OTHER_ID:4417]]).
They now check the overcrowding rules whenever there's a pest complaint in a small flat, and they
offer an interpreter on the first call. I run a little account, [[OTHER_ID:@hodan_helps_housing]],
if anyone needs help writing theirs.
"""),
    ),
    (
        "fv2ag-ar-01",
        "ar",
        _s("""
مرحبا، أنا [[PERSON:يوسف الحلبي]] ([[PERSON:Youssef Al-Halabi]])، عمري [[AGE:18 سنة]] وبدرس A-levels
في [[ADDRESS:Norfolk Park College]] وبشتغل weekends بـ Greggs. ماما طلبت مني اكتب القصة لأني أنا اللي
بعتت كل الـ emails للـ landlord. نحنا عيلة [[OTHER_SPECIAL:سورية]]، وصلنا على شيفيلد سنة 2016، وساكنين
في [[ADDRESS:شقة رقم 6]] ببناية [[ADDRESS:Hillcrest House]]، [[POSTCODE:S2 5GB]]، والـ landlord تبعنا
[[ORGANISATION:Sheaf Valley Homes]].

الشتوية الماضية الـ boiler خرب تلات مرات. كل مرة يجي واحد من [[ORGANISATION:HeatSure Gas]] يصلحه يومين
ويرجع يخرب. تيتا [[PERSON:أم سامر]] ساكنة معنا وعندها [[HEALTH:سكري]] و[[HEALTH:ربو]]، وكانت تقعد
بالبطانية طول النهار. أختي الصغيرة [[PERSON:لين]] (منسميها [[PERSON:لولو]]، عمرها [[AGE:7 سنين]]) صارت
تنام بالجاكيت، وأخي [[PERSON:حمّودة]] ([[AGE:12 سنة]]) مرض وغاب أسبوع كامل عن
[[ADDRESS:Abbeydale Grange School]].

رقم ماما [[PHONE:07700 900562]] واتصلت على الـ repairs line أكتر من عشرين مرة، وكل مرة "we've logged
it". بالآخر أنا كتبت complaint رسمي من إيميلي [[EMAIL:youssef.halabi@example.com]]، والـ reference كان
[[REFERENCE:SVH-CMP-88213]]. رد الـ stage 1 إجا بعد شهر وقال إنو "the boiler is working" — لا والله مش
working.

بالـ stage 2 إجت موظفة اسمها [[PERSON:Rebecca Shaw]] ومعها مترجمة، وشافت بعينها إنو الـ boiler عمره 17
سنة. ركّبوا boiler جديد خلال أسبوع، وعطونا 350 باوند تعويض ومدفأتين كهربا. وقالولنا إنو صار في قاعدة جديدة:
إذا في بالبيت حدا كبير بالعمر أو مريض، الـ heaters بتوصل خلال 24 ساعة، وما بيسكّروا الـ job إلا بعد ما
يتصلوا بالعيلة ويتأكدوا. هلق تيتا كل ما تشغّل الشوفاج بتقول "الله يرضى عليك يا [[PERSON:يوسف]]".
"""),
    ),
    (
        "fv2ag-ar-02",
        "ar",
        _s("""
سلام، أنا [[PERSON:مريم بنعلي]]، عندي [[AGE:20 عام]]، طالبة nursing وكنخدم part-time فـ Boots. كنكتب
هاد القصة على قبل الواليدين ديالي حيت الإنجليزية ديالهم ماشي مزيانة بزاف. ساكنين فـ
[[ADDRESS:12 Golborne Mews]]، London [[POSTCODE:W10 5PQ]]، قريب من [[ADDRESS:Noor Community Centre]]
فين خويا الصغير [[PERSON:سيمو]] ([[PERSON:محمد]]، عندو [[AGE:13 عام]]) كيقرا القرآن نهار السبت. الدار ديال
[[ORGANISATION:Westway Mutual Housing]].

فـ الصيف لي فات، الماء بدا كيطيح من السقف ديال الكوزينة من الفلات لي فوقنا. بابا [[PERSON:عبد الرحيم]]
([[PERSON:Abderrahim]]) عندو [[HEALTH:الروماتيزم]] وما يقدرش يطلع السلاليم باش يشوف الجيران. جاو من
[[ORGANISATION:Drayton Plumbing Ltd]] جوج مرات، حطو seal وقالو "sorted"، ومن بعد أسبوعين طاح جزء من السقف
على الطابلة. الحمد لله [[PERSON:خديجة]] ([[PERSON:ديجا]]) ما كانتش جالسة تما.

كتبت complaint بسمية بابا، وعطيتهم النمرة ديال التيليفون ديالو [[PHONE:020 7946 0831]] ورقم
الـ National Insurance ديالو [[NI_NUMBER:QQ 73 05 19 D]] حيت طلبوه للـ compensation form. وقلت ليهم
يصيفطو الجواب لـ [[EMAIL:mariam.benali at example dot org]] (يعني الإيميل ديالي). الـ repair job كان
[[REFERENCE:WMH/R/70455]].

فـ الـ stage 1 اعترفو بلي الـ plumber ما دخلش أصلاً للفلات لي فوق. المسؤولة [[PERSON:Tamsin Reid]] جات
بنفسها، حلّو المشكل من الفوق، وعاودو السقف كامل وعطاونا 600 باوند. ودابا عندهم قاعدة: إلا كان الماء جاي
من الفوق، خاصهم يفتشو الفلات لي فوق فـ نفس النهار، وما يسدّوش الـ job حتى يصيفطو صورة للساكن. مزيان، ولكن
كان خاصها تكون هكا من الأول.
"""),
    ),
    (
        "fv2ag-ar-03",
        "ar",
        _s("""
أنا [[PERSON:أحمد الشامي]]، [[AGE:24 سنة]]، وهذي قصة جدي [[PERSON:علي محسن الشامي]] اللي يسكن معانا في
[[ADDRESS:58 Loudoun Row]]، كارديف، [[POSTCODE:cf105ha]]، جنب [[ADDRESS:مسجد السلام]] بالضبط. إحنا عائلة
[[OTHER_SPECIAL:يمنية]]، وجدي مواليد [[DATE_OF_BIRTH:1 يناير 1944]] (زي نص اليمنيين 😅). عنده
[[HEALTH:زهايمر]] من سنتين، ويصحى بالليل كثير.

من أول الشتاء بدأت الفيران تطلع من ورا الـ kitchen units. جدي صار يخاف ويصرخ بالليل، وأخوي الصغير
[[PERSON:عبودي]] ([[AGE:9 سنين]]) ما صار يرضى ينام في غرفته. أبوي اتصل على [[ORGANISATION:Taff Harbour Housing]]
من تلفونه [[PHONE:029 2018 0744]] يمكن خمسطعش مرة. كل مرة يرسلوا [[ORGANISATION:Cymru Pest Solutions]]،
يحطوا سم ويمشوا، وما أحد يسد الفتحات.

بعدين أنا فتحت complaint أونلاين، ونزلت فيديو على السناب [[OTHER_ID:@ahmed_alshami_cf]] للفار وهو يمشي
جنب سرير جدي. رقم الشكوى [[REFERENCE:THH-24-03317]]. في الـ stage 1 ردت علينا [[PERSON:Siân Morgan]] واعتذرت،
وقالت إن السجلات ما كان فيها ولا ملاحظة إن في البيت شخص عنده [[HEALTH:dementia]].

بعد أسبوعين جا surveyor لقى فتحة كبيرة حول أنبوب الغاز ورا الفرن. سدوها وسدوا كل الفتحات في البيت، وعطونا
250 باوند. والدرس اللي قالوه: أي شكوى فيران تتكرر أكثر من مرتين، يروح surveyor مو بس pest control، وصاروا
يسألوا عن الـ vulnerability أول مرة تتصل. جدي الحين ينام أحسن، و[[PERSON:عبودي]] رجع لغرفته.
"""),
    ),
    (
        "fv2ag-ar-04",
        "ar",
        _s("""
أنا [[PERSON:نور]]، عندي [[AGE:16 سنة]] وفي Year 11 في [[ADDRESS:Everton Park Girls' School]]. يمكن تعرفوني من
التيك توك [[OTHER_ID:@nourr.eg]] 🙈. إحنا عيلة [[OTHER_SPECIAL:مصرية]] [[OTHER_SPECIAL:مسلمة]]، ساكنين في
[[ADDRESS:فلات 9B]] في [[ADDRESS:Mersey View Tower]]، ليفربول، [[POSTCODE:L5 3SU]]، والعمارة تبع
[[ORGANISATION:Liverbank Homes]].

من سنة تقريباً جارنا في الدور اللي تحتنا بدأ يشتم ماما لأنها محجبة، وكتب على باب الشقة كلام وحش عن
المسلمين. بعدين حد خربش عربية بابا ([[OTHER_ID:LV19 NRA]]) في الـ car park. أخويا [[PERSON:زياد]]
(بنقوله [[PERSON:زيزو]]، عنده [[AGE:10 سنين]]) بقى خايف ينزل لوحده.

ماما اتصلت من موبايلها [[PHONE:٠٧٧٠٠ ٩٠٠٤٨٣]] واشتكت، واتفتح ASB case رقمه [[REFERENCE:LBH-ASB-2291]]،
بس الـ officer [[PERSON:Craig Dunne]] قفل الكيس بعد أسبوعين وقال "insufficient evidence". أنا وصاحبتي
[[PERSON:Hana]] صورنا الكتابة اللي على الباب، وكتبت complaint رسمي، ووديته للـ councillor بتاعتنا كمان،
مسز [[PERSON:Joyce Adebayo]].

في الـ stage 2 مدير الـ housing اعترف إن الموضوع كان لازم يتعامل معاه كـ hate incident من أول يوم. ركبوا
كاميرا في الكوريدور، والجار خد final warning والبوليس اتكلم معاه، وإدونا 300 جنيه. وقالولنا إن عندهم دلوقتي
procedure منفصل للـ hate crime: حد يكلمك خلال 24 ساعة، وما يقفلوش الكيس غير بعد ما يسألوك إنت. ماما بقت
تنزل السوق لوحدها تاني، وده أهم حاجة.
"""),
    ),
    (
        "fv2ag-ar-05",
        "ar",
        _s("""
اسمي [[PERSON:رانيا عثمان]]، عمري [[AGE:25 سنة]]، وأكبر إخواني. أسرتنا [[OTHER_SPECIAL:سودانية]]، جينا
نيوكاسل سنة 2015 وبعد سنتين أخدنا [[OTHER_SPECIAL:leave to remain]]. كنا سبعة أنفار في شقة غرفتين:
[[ADDRESS:شقة 4، 19 Elswick Row]]، [[POSTCODE:NE4 6SJ]]، والمالك [[ORGANISATION:Tyne Gate Housing Association]].

الشقة كانت مليانة رطوبة وعفن، وحبوبتي عندها [[HEALTH:ربو]] شديد. أختي الصغيرة [[PERSON:ميمي]] ([[PERSON:Maimuna]]،
عمرها [[AGE:4 سنين]]) دخلت المستشفى مرتين بالتهاب صدر، وأخواني [[PERSON:مصطفى]] و[[PERSON:مجتبى]] كانوا
بذاكروا للـ GCSEs في المطبخ لأنو ما في مكان. أبوي اتصل من تلفونه [[PHONE:0191 498 0275]] مرات ما بتتحسب،
وكنا في الـ housing register من زمان، رقمنا [[REFERENCE:NCL-HR-551290]]، بس ما في أي حاجة اتحركت.

[[PERSON:Grace Okafor]] من Citizens Advice ساعدتني أكتب complaint مرتب، ورقمه [[REFERENCE:TGH/CP/1062]].
الرد بتاع الـ stage 1 قال "please wipe the mould regularly". اشتكينا تاني، وبعد الـ stage 2 رحنا للـ Housing
Ombudsman، ورقم القضية كان [[REFERENCE:202316604]].

الـ Ombudsman قال إنو المالك ما عمل تقييم للزحمة ولا للعفن مع إنو عنده كل الأوراق. بعدها الأمور اتحركت بسرعة:
نقلونا لبيت أربع غرف في نفس المنطقة، ودفعوا 1,400 جنيه، واعتذروا كتابة. وهسي عندهم قاعدة إنو أي زيارة عفن
لازم تشمل فحص الـ overcrowding، ولو في طفل صغير أو زول عنده مرض صدر، الموضوع يتصعد للـ manager طوالي.
[[PERSON:ميمي]] هسي بتنام في غرفة ما فيها عفن، وصدرها بقى أحسن بكتير، والحمد لله.
"""),
    ),
    (
        "fv2ag-bn-01",
        "bn",
        _s("""
হাই, আমি [[PERSON:সাদিয়া রহমান]] ([[PERSON:Sadia]]), বয়স [[AGE:১৭]], [[ADDRESS:Werneth Sixth Form College]]-এ
A-level পড়ি আর Saturday-তে Primark-এ কাজ করি। আম্মু বলল আমার English সবচেয়ে ভালো, তাই আমিই লিখছি lol।
আমরা থাকি [[ADDRESS:34 Hebden Close]], Oldham, [[POSTCODE:OL9 6DQ]] — [[ADDRESS:Hebden Road Jame Masjid]]-এর
ঠিক পেছনের বাড়িটা। বাড়িটা [[ORGANISATION:Pennine Edge Homes]]-এর।

তিন বছর ধরে পেছনের বেডরুমে black mould। ওই রুমে থাকে আমার ছোট বোন [[PERSON:নাফিসা]] (আমরা ডাকি
[[PERSON:Nafi]], বয়স [[AGE:৮ বছর]]) আর নানু। নানুর [[HEALTH:হার্ট ফেইলিউর]] আছে, শীতে শ্বাস নিতে কষ্ট হয়।
ভাইয়া [[PERSON:বাবলু]] প্রতি মাসে bleach দিয়ে দেয়াল মুছত, কিন্তু দুই সপ্তাহ পর আবার কালো।

আব্বুর ফোন [[PHONE:০৭৭০০ ৯০০৬২১]] থেকে কতবার যে repairs-এ call করা হয়েছে গুনে শেষ করা যাবে না।
[[ORGANISATION:DryTech Damp Solutions]] দুইবার এসে শুধু spray করে গেছে। শেষে আমি নিজের email
[[EMAIL:sadia.rahman07@example.com]] থেকে formal complaint পাঠালাম, reference [[REFERENCE:PEH-DM-20417]]।
Stage 1-এর উত্তরে বলল "ventilation improve করুন", মানে জানালা খুলে রাখুন — ডিসেম্বরে, নানুকে নিয়ে? সিরিয়াসলি?

Stage 2-তে complaints manager [[PERSON:Helen Tranter]] নিজে এলেন, সঙ্গে একজন surveyor। উনি দেখলেন বাইরের
gutter ভাঙা, বৃষ্টির পানি সোজা দেয়ালে যাচ্ছে। এক মাসের মধ্যে gutter আর দেয়াল ঠিক হলো, নতুন extractor fan বসল,
আর আমরা ৪২০ পাউন্ড পেলাম। উনি বললেন এখন থেকে mould-এর রিপোর্ট এলে প্রথমে বাইরের দিকটা check করা হবে,
আর বাড়িতে বয়স্ক বা অসুস্থ কেউ থাকলে ১০ দিনের মধ্যে surveyor যাবে। [[PERSON:নাফির]] কাশি এখন অনেক কম,
নানুও শান্তিতে ঘুমান।
"""),
    ),
    (
        "fv2ag-bn-02",
        "bn",
        _s("""
আমি [[PERSON:আরিফ হোসেন]], [[AGE:২৩ বছর]], একটা youth club-এ part-time কাজ করি। এটা আমাদের বাথরুমের leak
আর landlord-এর communication নিয়ে। আমরা থাকি [[ADDRESS:ফ্ল্যাট ১৮]], [[ADDRESS:Brodie House]],
[[ADDRESS:Ocean Rise Estate]], পোস্টকোড [[POSTCODE:e147bd]]। বাড়িওয়ালা [[ORGANISATION:Poplar Quay Housing]]।

গত বছর নিচের ফ্ল্যাটের Mrs [[PERSON:Okonjo]] আমাদের দরজায় এসে বললেন ওনার ceiling দিয়ে পানি পড়ছে। আমরা সাথে সাথে
report করলাম। কিন্তু [[ORGANISATION:Poplar Quay Housing]] উল্টো আমাদের চিঠি দিল যে আমরা নাকি "bath overflow" করছি আর
damage-এর টাকা দিতে হবে! আব্বা খুব ভয় পেয়ে গেছিলেন, ওনার [[HEALTH:হাই ব্লাড প্রেশার]]। আমার ছোট ভাই
[[PERSON:টুটুল]] ([[AGE:১১]], [[ADDRESS:Mulberry Park Primary]]-তে পড়ে) ভাবছিল আমাদের বাসা থেকে বের করে দেবে।

আমি complaint লিখলাম, সাথে আব্বার tenancy নম্বর [[REFERENCE:PQH-T-004519]] আর আমার নম্বর
[[PHONE:020 7946 0159]]। Email দিয়েছিলাম [[EMAIL:arif dot hossain at example dot org]] — মানে
[[EMAIL:arif.hossain@example.org]], কারণ ওদের form-এ "@" লিখলে error দিচ্ছিল 🙄। Complaint reference
[[REFERENCE:CMP/77108]]।

Stage 1-এ কেউ আসেনি, শুধু "under investigation"। তখন আমি Instagram-এ [[OTHER_ID:@arif_e14]] থেকে
নিচের ceiling-এর ছবি দিলাম, আর Mrs [[PERSON:Okonjo]]-ও আমাদের পক্ষে লিখলেন। Stage 2-তে plumber [[PERSON:Darren]]
এসে দেখল bath-এর নিচের waste pipe ফাটা — এটা আমাদের দোষ না, পুরনো pipe।

ওরা চিঠি ফেরত নিয়ে লিখিত ক্ষমা চাইল, দুই ফ্ল্যাটই ঠিক করল, আর আমাদের ২০০ পাউন্ড দিল। ওদের lesson: leak-এর
কারণ না দেখে কোনো tenant-কে দোষ দিয়ে চিঠি পাঠানো যাবে না, আর নিচের আর উপরের দুই পরিবারকেই একসাথে update
দেওয়া হবে। আব্বা এখন হাসেন, বলেন "আমার ছেলে উকিল হবে"।
"""),
    ),
    (
        "fv2ag-bn-03",
        "bn",
        _s("""
নমস্কার, আমি [[PERSON:ঐশী চ্যাটার্জি]] ([[PERSON:Oishi Chatterjee]]), বয়স [[AGE:১৯]], uni-র first year। এটা আমার
ঠাকুমা [[PERSON:সুপ্রিয়া চ্যাটার্জি]]-র কথা। ঠাকুমার জন্ম [[DATE_OF_BIRTH:১৫ই আগস্ট ১৯৪১]], কলকাতায়।
আমরা [[OTHER_SPECIAL:হিন্দু]] পরিবার, Croydon-এ থাকি [[ADDRESS:9 Selsdon Mews]], [[POSTCODE:CR2 8PF]]-এ,
[[ADDRESS:Shanti Niketan Mandir]] থেকে পাঁচ মিনিট হাঁটা। বাড়িটা [[ORGANISATION:Wandle Rise Homes]]-এর।

ঠাকুমার [[HEALTH:পারকিনসন্স]] আছে, হাত-পা কাঁপে, সিঁড়িতে দুবার পড়ে গেছেন। [[ADDRESS:Addington Vale Surgery]]-র
GP আর OT দুজনেই বলেছিলেন stairlift আর bathroom-এ grab rail লাগবে। Referral গেল, তারপর পাঁচ মাস কোনো খবর নেই।
বাবা [[PHONE:020 7946 0622]] থেকে প্রতি সপ্তাহে ফোন করতেন, প্রতিবার নতুন কেউ ধরত আর বলত "no record"।

আমি তখন সব কাগজ এক জায়গায় করলাম — OT-র letter, ঠাকুমার NHS number [[OTHER_ID:485 777 3456]] — আর complaint
করলাম, reference [[REFERENCE:WRH-ADP-3390]]। জানা গেল job-টা [[ORGANISATION:StairSafe UK]]-কে দেওয়া হয়েছিল, ওরা
survey-র জন্য একবার ফোন করেছিল, কেউ ধরেনি, তাই cancel। কেউ আমাদের জানায়নি, চিঠিও পাঠায়নি।

Stage 1-এ adaptations manager [[PERSON:Marcus Bell]] সরি বললেন, আর তিন সপ্তাহে stairlift বসল। ঠাকুমা প্রথমবার
stairlift-এ উঠে বললেন "এ তো রাজার সিংহাসন!" 😂 আমরা ৩০০ পাউন্ড compensation-ও পেলাম। ওরা বলল এখন থেকে
contractor কোনো job cancel করার আগে পরিবারকে লিখিতভাবে জানাতে হবে, আর প্রতিটা adaptation-এর একজন named officer থাকবে।
আমার ভাই [[PERSON:রিক]] ([[PERSON:ঋত্বিক]], [[AGE:১৪]]) সবচেয়ে খুশি, কারণ এখন আর ঠাকুমাকে ধরে ধরে ওপরে তুলতে হয় না।
"""),
    ),
    (
        "fv2ag-bn-04",
        "bn",
        _s("""
আমার নাম [[PERSON:রাকিব আহমেদ]], [[AGE:১৬ বছর]], Year 11। আমরা Birmingham-এ [[ADDRESS:7 Saltley Mews]]-এ থাকি,
[[POSTCODE:B8 1WT]], [[ADDRESS:Sylhet Cash & Carry]]-র ঠিক পেছনের গলিতে। বাসা [[ORGANISATION:Cole Valley Housing]]-এর।
আব্বু taxi চালান, আম্মু বাসায় থাকেন, আর ছোট বোন [[PERSON:মিম]] ([[AGE:১০ বছর]])।

গত বছর সিঁড়ির নিচে কিছু ছেলে রোজ রাতে আড্ডা দিত, weed খেত, আর দুবার আব্বুর গাড়ির ([[OTHER_ID:BD68 HVX]]) আয়না
ভেঙে দিল। [[PERSON:মিম]] স্কুল থেকে ফেরার সময় ভয়ে কাঁদত। আব্বু অনেকবার [[PHONE:0121 496 0366]] থেকে ASB line-এ ফোন
করেছেন, case number [[REFERENCE:CVH-ASB-0617]], কিন্তু officer [[PERSON:Natalie Gordon]] শুধু "diary sheet fill করুন"
বলতেন।

আমি আর আমার বন্ধু [[PERSON:Tariq]] একটা ভিডিও বানিয়ে Snapchat-এ ([[OTHER_ID:@rakib.b8]]) দিলাম, আর আমাদের
ward-এর councillor, Cllr [[PERSON:Imran Chowdhury]]-কে tag করলাম। উনি পরদিনই ফোন করলেন আর বললেন formal complaint
করতে। আমি আব্বুর হয়ে লিখলাম, complaint নম্বর [[REFERENCE:CVH/C/9914]]।

Stage 1-এর উত্তরে ওরা মেনে নিল যে diary sheet চেয়ে চেয়ে ছয় মাস নষ্ট করেছে। সিঁড়ির নিচে gate আর light বসল, CCTV
লাগল, আর police-এর সাথে একটা joint plan হলো। আমরা ১৫০ পাউন্ড পেলাম আব্বুর আয়নার জন্য। ওদের lesson: কোনো পরিবারে
ছোট বাচ্চা থাকলে ASB case "high" ধরা হবে, আর diary sheet-এর বদলে এখন একটা app দিয়ে ভিডিও পাঠানো যায়।
[[PERSON:মিম]] এখন আবার একা দোকানে যায়, আর আম্মু বলেন আমি নাকি "ছোট নেতা" হয়ে গেছি।
"""),
    ),
    (
        "fv2ag-bn-05",
        "bn",
        _s("""
আমি [[PERSON:ফারহানা বেগম]], [[AGE:২৫]], ভাইবোনদের মধ্যে সবার বড়। আমরা কার্ডিফে থাকি, [[ADDRESS:63 Penhill Terrace]],
[[POSTCODE:CF11 7LS]]; এলাকার সবাই চেনে কারণ সামনেই [[ADDRESS:Grange Halal Butchers]]। তিন বেডরুমের বাড়িতে আমরা নয়জন
ছিলাম, আর বাড়িওয়ালা [[ORGANISATION:Glanfa Homes]]।

গত গ্রীষ্মে bedbugs আর ইঁদুর দুটোই একসাথে। সবচেয়ে ছোট ভাই [[PERSON:সানি]] ([[PERSON:Sunny]], বয়স [[AGE:৫]])-র সারা
গায়ে কামড়। নানা [[PERSON:আব্দুল মালিক]]-এর [[HEALTH:কিডনি ফেইলিউর]], সপ্তাহে তিনদিন dialysis-এ যান, ওনার infection-এর
ভয় ছিল সবচেয়ে বেশি। [[ORGANISATION:Taff Pest Control]] তিনবার এসেছে, কিন্তু এতগুলো মানুষ এক রুমে ঘুমালে treatment কাজ
করে না।

আম্মার নামে tenancy, তাই complaint-এর form-এ আম্মার জন্মতারিখ [[DATE_OF_BIRTH:০৪/১১/১৯৭৯]] আর ID হিসেবে passport
নম্বর [[OTHER_ID:BD0458812]] দিতে হলো। Housing register-এ আমাদের নম্বর [[REFERENCE:CRD-HR-203377]], আর complaint
reference [[REFERENCE:GH-2023-0455]]। আম্মার phone [[PHONE:029 2018 0518]], কিন্তু সব চিঠি আমার email-এ আসে:
[[EMAIL:farhana.b@example.net]]।

প্রথমে ওরা বলল overcrowding আলাদা department-এর ব্যাপার। Stage 2-তে [[PERSON:Rhys Evans]] নামে একজন manager পুরো
file পড়লেন আর মানলেন যে pest আর overcrowding একই সমস্যা। ছয় সপ্তাহে আমাদের একটা পাঁচ বেডরুমের বাড়ি offer করল,
পুরো আসবাব heat-treatment করল, আর ৭০০ পাউন্ড দিল। ওদের lesson: বারবার pest call এলে housing officer-কে দেখতে
হবে বাড়িতে কত লোক থাকে। [[PERSON:সানির]] এখন নিজের bed আছে, আর নানার dialysis nurse বলেছেন ওনার জন্যও এটা ভালো।
"""),
    ),
    (
        "fv2ag-pa-01",
        "pa",
        _s("""
ਸਤ ਸ੍ਰੀ ਅਕਾਲ, ਮੈਂ [[PERSON:ਸਿਮਰਨ ਕੌਰ ਢਿੱਲੋਂ]] ([[PERSON:Simran]]) ਹਾਂ, ਉਮਰ [[AGE:18 ਸਾਲ]], ਤੇ
[[ADDRESS:Tettenhall Wood College]] ਵਿੱਚ A-levels ਕਰਦੀ ਹਾਂ। ਮੰਮੀ-ਡੈਡੀ ਦੀ English ਠੀਕ ਹੈ ਪਰ emails ਮੈਂ ਹੀ
ਲਿਖਦੀ ਹਾਂ, so ਇਹ story ਵੀ ਮੈਂ ਲਿਖ ਰਹੀ ਹਾਂ। ਸਾਡਾ ਘਰ [[ADDRESS:52 Dunstall Crescent]], Wolverhampton,
[[POSTCODE:WV6 0PX]] ਹੈ, [[ADDRESS:ਗੁਰਦੁਆਰਾ ਬਾਬਾ ਦੀਪ ਸਿੰਘ ਜੀ]] ਤੋਂ ਦੋ ਗਲੀਆਂ ਅੱਗੇ। ਘਰ [[ORGANISATION:Wulfrun Homes]] ਦਾ ਹੈ।

ਦੋ ਸਾਲ ਤੋਂ ਬੇਬੇ ਜੀ ਦੇ ਕਮਰੇ ਵਿੱਚ damp ਤੇ ਕਾਲੀ ਉੱਲੀ ਸੀ। ਬੇਬੇ ਜੀ ਨੂੰ [[HEALTH:bronchitis]] ਹੈ ਤੇ ਸਰਦੀਆਂ ਵਿੱਚ
ਖੰਘ ਰੁਕਦੀ ਨਹੀਂ ਸੀ। ਮੇਰਾ ਭਰਾ [[PERSON:ਗੁਰਜੋਤ]] — ਸਾਰੇ ਉਸਨੂੰ [[PERSON:ਗੋਲਡੀ]] ਕਹਿੰਦੇ ਨੇ, ਉਹ [[AGE:13 ਸਾਲ]] ਦਾ ਹੈ —
ਉਸੇ ਕਮਰੇ ਵਿੱਚ ਸੌਂਦਾ ਸੀ ਤੇ ਉਸਨੂੰ ਵੀ chest infection ਹੋ ਗਈ। [[ORGANISATION:Midland Mould Masters]] ਵਾਲੇ ਤਿੰਨ ਵਾਰ ਆਏ,
spray ਕੀਤਾ, ਪੇਂਟ ਕੀਤਾ, ਤੇ ਗਏ।

ਡੈਡੀ ਦਾ ਨੰਬਰ [[PHONE:07700 900774]] ਹੈ, ਉਹਨਾਂ ਨੇ repairs ਨੂੰ ਅਣਗਿਣਤ calls ਕੀਤੀਆਂ। ਫਿਰ ਮੈਂ complaint ਲਿਖੀ,
reference [[REFERENCE:WH-CMP-61822]]। ਮੈਂ ਆਪਣੇ insta [[OTHER_ID:@simmz.dhillon]] 'ਤੇ ਵੀ ਉੱਲੀ ਦੀਆਂ photos ਪਾਈਆਂ,
ਤੇ ਬਹੁਤ ਸਾਰੇ ਲੋਕਾਂ ਨੇ ਲਿਖਿਆ ਕਿ ਉਹਨਾਂ ਦੇ ਘਰ ਵੀ ਇਹੀ ਹਾਲ ਹੈ।

Stage 1 ਵਿੱਚ housing officer [[PERSON:Paul Hendry]] ਘਰ ਆਏ ਤੇ ਮੰਨਿਆ ਕਿ ਛੱਤ ਦੀ insulation ਗਾਇਬ ਸੀ। ਛੇ ਹਫ਼ਤਿਆਂ
ਵਿੱਚ loft insulation ਲੱਗ ਗਈ, ਕੰਧ ਦਾ treatment ਹੋਇਆ, ਤੇ ਸਾਨੂੰ £450 ਮਿਲੇ। [[ORGANISATION:Wulfrun Homes]] ਨੇ ਦੱਸਿਆ ਕਿ
ਹੁਣ ਉਹ ਹਰ damp report 'ਤੇ ਪਹਿਲਾਂ cause ਲੱਭਦੇ ਨੇ, ਸਿਰਫ਼ mould wash ਨਹੀਂ ਕਰਦੇ, ਤੇ ਜਿਸ ਘਰ ਵਿੱਚ ਬਜ਼ੁਰਗ ਜਾਂ ਬੱਚੇ ਹੋਣ
ਉੱਥੇ 14 ਦਿਨਾਂ ਵਿੱਚ inspection ਹੁੰਦੀ ਹੈ। ਹੁਣ [[PERSON:ਗੋਲਡੀ]] ਦੀ ਖੰਘ ਵੀ ਠੀਕ ਹੈ ਤੇ ਬੇਬੇ ਜੀ ਵੀ ਖੁਸ਼ ਨੇ।
"""),
    ),
    (
        "fv2ag-pa-02",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਅਰਸ਼ਦੀਪ ਸਿੰਘ ਸੰਧੂ]] ਹਾਂ, ਦੋਸਤ ਮੈਨੂੰ [[PERSON:Arsh]] ਕਹਿੰਦੇ ਨੇ, ਉਮਰ [[AGE:22]]। Weekdays ਮੈਂ uni ਜਾਂਦਾ ਹਾਂ
ਤੇ weekends Sainsbury's ਵਿੱਚ shifts ਲਾਉਂਦਾ ਹਾਂ। ਅਸੀਂ [[ADDRESS:ਫਲੈਟ 5]], [[ADDRESS:Milton Court]], Gravesend,
[[POSTCODE:DA11 0RB]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ। Landlord ਹੈ [[ORGANISATION:Medway Reach Housing]]।

ਪਿਛਲੇ ਜਨਵਰੀ boiler ਬੰਦ ਹੋ ਗਿਆ — ਨਾ ਹੀਟਿੰਗ, ਨਾ ਗਰਮ ਪਾਣੀ — ਪੂਰੇ ਗਿਆਰਾਂ ਦਿਨ। ਡੈਡੀ ਜੀ [[PERSON:ਜਸਵੰਤ ਸਿੰਘ]] ਦਾ ਜਨਮ
[[DATE_OF_BIRTH:੧੭ ਅਪ੍ਰੈਲ ੧੯੬੨]] ਦਾ ਹੈ ਤੇ ਉਹਨਾਂ ਨੂੰ [[HEALTH:ਕਿਡਨੀ ਦੀ ਬਿਮਾਰੀ]] ਹੈ; ਡਾਕਟਰ ਨੇ ਕਿਹਾ ਸੀ ਉਹਨਾਂ ਨੂੰ ਠੰਢ
ਤੋਂ ਬਚਾਉਣਾ ਹੈ। ਮੰਮੀ ਹਰ ਰੋਜ਼ ਪਤੀਲੇ ਵਿੱਚ ਪਾਣੀ ਗਰਮ ਕਰਕੇ ਨਹਾਉਣ ਲਈ ਦਿੰਦੇ ਸੀ। [[ORGANISATION:WarmFix Heating]] ਵਾਲਾ
engineer ਦੋ ਵਾਰ "part order ਕੀਤਾ ਹੈ" ਕਹਿ ਕੇ ਚਲਾ ਗਿਆ।

ਮੈਂ ਆਪਣੀ email [[EMAIL:arsh.sandhu99@example.net]] ਤੋਂ complaint ਭੇਜੀ, reference [[REFERENCE:MRH/2024/00871]]।
Compensation form ਵਾਸਤੇ ਉਹਨਾਂ ਨੇ ਮੰਮੀ ਦਾ National Insurance number ਮੰਗਿਆ, [[NI_NUMBER:QQ 12 63 88 C]], ਕਿਉਂਕਿ
tenancy ਉਹਨਾਂ ਦੇ ਨਾਂ 'ਤੇ ਹੈ। Stage 1 ਦਾ ਜਵਾਬ ਵੀਹ working days ਬਾਅਦ ਆਇਆ, ਸਿਰਫ਼ "sorry for the inconvenience"।

Stage 2 ਤੋਂ ਬਾਅਦ ਅਸੀਂ Housing Ombudsman ਕੋਲ ਗਏ, case number [[REFERENCE:202409153]]। Ombudsman ਨੇ ਕਿਹਾ ਕਿ
landlord ਨੂੰ ਪਤਾ ਸੀ ਡੈਡੀ ਜੀ ਬਿਮਾਰ ਨੇ, ਫਿਰ ਵੀ temporary heaters ਨਹੀਂ ਦਿੱਤੇ — ਇਹ maladministration ਹੈ। ਹੁਣ ਨਵਾਂ
boiler ਲੱਗ ਗਿਆ ਹੈ, £650 ਮਿਲੇ ਨੇ, ਤੇ [[ORGANISATION:Medway Reach]] ਨੇ ਨਿਯਮ ਬਣਾਇਆ ਹੈ ਕਿ vulnerable tenants ਨੂੰ
heating fail ਹੋਣ 'ਤੇ ਉਸੇ ਦਿਨ heaters ਮਿਲਣਗੇ। ਮੇਰੀ ਭੈਣ [[PERSON:ਨਵਨੀਤ]] ([[PERSON:ਨਵੀ]]) ਨੇ ਇਸ ਸਾਰੇ ਸਫ਼ਰ ਦੀ reel
ਬਣਾਈ ਜੋ ਕਾਫ਼ੀ viral ਹੋਈ।
"""),
    ),
    (
        "fv2ag-pa-03",
        "pa",
        _s("""
ਹਾਏ, ਮੈਂ [[PERSON:ਜਸਲੀਨ ਕੌਰ]] ਹਾਂ ([[PERSON:Jas]]), [[AGE:16 ਸਾਲ]] ਦੀ, [[ADDRESS:Belgrave Hill Academy]] ਵਿੱਚ Year 12।
ਸਾਡਾ ਘਰ [[ADDRESS:9 Cossington Walk]], Leicester, [[POSTCODE:le45hy]] ਹੈ ਤੇ landlord [[ORGANISATION:Soar Valley Housing]] ਹੈ।
ਅਸੀਂ [[OTHER_SPECIAL:ਸਿੱਖ]] ਪਰਿਵਾਰ ਹਾਂ, ਡੈਡੀ ਤੇ ਮੇਰਾ ਛੋਟਾ ਭਰਾ [[PERSON:ਫ਼ਤਿਹ]] ([[AGE:8 ਸਾਲ]]) ਦੋਵੇਂ ਪਟਕਾ/ਪੱਗ ਬੰਨ੍ਹਦੇ ਨੇ।

ਪਿਛਲੇ ਸਾਲ ਨਾਲ ਵਾਲੇ ਘਰ ਨਵੇਂ ਲੋਕ ਆਏ। ਉਹਨਾਂ ਦਾ ਕੁੱਤਾ ਸਾਡੇ garden ਵਿੱਚ ਆ ਜਾਂਦਾ ਸੀ, ਤੇ ਜਦੋਂ ਡੈਡੀ ਨੇ ਗੱਲ ਕੀਤੀ ਤਾਂ ਉਹਨਾਂ ਨੇ
ਪੱਗ ਬਾਰੇ ਗੰਦੀਆਂ ਗੱਲਾਂ ਕਹੀਆਂ। ਫਿਰ ਕਿਸੇ ਨੇ ਡੈਡੀ ਦੀ car ([[OTHER_ID:FN15 ZKT]]) 'ਤੇ spray paint ਨਾਲ ਗਾਲ੍ਹ ਲਿਖ ਦਿੱਤੀ।
[[PERSON:ਫ਼ਤਿਹੂ]] ਬਾਹਰ ਖੇਡਣੋਂ ਡਰਨ ਲੱਗ ਪਿਆ।

ਡੈਡੀ ਨੇ [[PHONE:0116 496 0391]] ਤੋਂ ASB team ਨੂੰ report ਕੀਤਾ, case [[REFERENCE:SVH/ASB/4471]]। ਪਰ ਛੇ ਹਫ਼ਤੇ ਕੁਝ
ਨਹੀਂ ਹੋਇਆ — ਬੱਸ ਇੱਕ letter ਕਿ "neighbour dispute" ਹੈ, mediation ਕਰੋ। ਮੇਰੀ best friend [[PERSON:Kiran]] ਦੀ ਮੰਮੀ
ਇੱਕ advocate ਨੇ, ਉਹਨਾਂ ਨੇ ਦੱਸਿਆ ਕਿ ਇਹ hate incident ਹੈ, neighbour dispute ਨਹੀਂ। ਅਸੀਂ ਉਹਨਾਂ ਦੀ ਮਦਦ ਨਾਲ complaint
ਕੀਤੀ।

Stage 1 ਵਿੱਚ ASB manager [[PERSON:Olusegun Bakare]] ਨੇ ਮੰਨਿਆ ਕਿ case ਗਲਤ category ਵਿੱਚ ਪਾਇਆ ਗਿਆ ਸੀ। Police ਨਾਲ
ਮਿਲ ਕੇ ਗੁਆਂਢੀਆਂ ਨੂੰ ਲਿਖਤੀ warning ਦਿੱਤੀ ਗਈ, garden ਦੀ fence ਉੱਚੀ ਕੀਤੀ ਗਈ, ਤੇ car ਦੀ cleaning ਦੇ £180 ਮਿਲੇ।
ਉਹਨਾਂ ਨੇ ਕਿਹਾ ਕਿ ਹੁਣ ਉਹਨਾਂ ਦਾ staff ਪਹਿਲੀ call 'ਤੇ ਹੀ ਪੁੱਛਦਾ ਹੈ ਕਿ ਕੀ ਇਸ ਵਿੱਚ ਧਰਮ ਜਾਂ race ਦੀ ਗੱਲ ਹੈ। ਹੁਣ
[[PERSON:ਫ਼ਤਿਹ]] ਫਿਰ ਤੋਂ garden ਵਿੱਚ cricket ਖੇਡਦਾ ਹੈ।
"""),
    ),
    (
        "fv2ag-pa-04",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਹਰਮਨਪ੍ਰੀਤ ਗਰੇਵਾਲ]] ਹਾਂ, ਘਰ ਵਿੱਚ ਸਾਰੇ [[PERSON:ਹਰਮਨ]] ਕਹਿੰਦੇ ਨੇ, ਉਮਰ [[AGE:ਵੀਹ ਸਾਲ]]। ਇਹ ਮੇਰੇ ਨਾਨੀ ਜੀ
[[PERSON:ਕੁਲਵੰਤ ਕੌਰ]] ([[PERSON:Kulwant Kaur]]) ਦੀ ਕਹਾਣੀ ਹੈ, ਜਿਨ੍ਹਾਂ ਦੀ DOB [[DATE_OF_BIRTH:02/02/1940]] ਹੈ। ਉਹ ਸਾਡੇ ਨਾਲ
[[ADDRESS:14A Kedermister Close]], Slough, [[POSTCODE:SL1 2XU]] ਵਿੱਚ ਰਹਿੰਦੇ ਨੇ। ਘਰ [[ORGANISATION:Thames Crest Homes]] ਦਾ ਹੈ।

ਪਿਛਲੇ ਸਾਲ ਨਾਨੀ ਜੀ ਨੂੰ [[HEALTH:ਅਧਰੰਗ]] ਹੋ ਗਿਆ, ਹੁਣ ਉਹ wheelchair 'ਤੇ ਨੇ। [[ADDRESS:Chalvey Green Medical Practice]]
ਦੀ OT [[PERSON:Megan]] ਨੇ ਕਿਹਾ ਕਿ front door 'ਤੇ ramp ਤੇ ਥੱਲੇ wet room ਚਾਹੀਦਾ ਹੈ। Referral ਗਿਆ, ਉਹਨਾਂ ਦਾ NHS
number [[OTHER_ID:401 023 2137]] ਵੀ ਦਿੱਤਾ, ਪਰ ਚਾਰ ਮਹੀਨੇ ਕੋਈ ਖ਼ਬਰ ਨਹੀਂ। ਨਾਨੀ ਜੀ ਨੂੰ ਗੁਰਦੁਆਰੇ ਲੈ ਜਾਣਾ ਵੀ ਔਖਾ ਹੋ
ਗਿਆ — ਮੈਂ ਤੇ ਮੇਰਾ cousin [[PERSON:ਬੰਟੀ]] ਉਹਨਾਂ ਨੂੰ ਚੁੱਕ ਕੇ ਤਿੰਨ steps ਉਤਾਰਦੇ ਸੀ।

ਮੰਮੀ ਨੇ [[PHONE:+44 7700 900 219]] ਤੋਂ ਹਰ ਹਫ਼ਤੇ call ਕੀਤੀ। ਅਖੀਰ ਮੈਂ complaint ਲਿਖੀ, reference
[[REFERENCE:TCH-ADAPT-7719]]। ਪਤਾ ਲੱਗਿਆ ਕਿ contractor [[ORGANISATION:EasyAccess Builders]] ਨੇ quote ਭੇਜਿਆ ਸੀ ਪਰ
ਕਿਸੇ ਨੇ approve ਹੀ ਨਹੀਂ ਕੀਤਾ, ਕਿਉਂਕਿ ਜਿਸ officer ਕੋਲ file ਸੀ ਉਹ ਨੌਕਰੀ ਛੱਡ ਗਿਆ।

Stage 1 ਵਿੱਚ ਸਾਡੇ ਇਲਾਕੇ ਦੀ councillor, Cllr [[PERSON:Baljit Rai]], ਵੀ meeting ਵਿੱਚ ਆਏ। ਦੋ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ramp ਲੱਗ
ਗਿਆ ਤੇ ਛੇ ਹਫ਼ਤਿਆਂ ਵਿੱਚ wet room ਬਣ ਗਿਆ। ਸਾਨੂੰ £500 ਤੇ ਲਿਖਤੀ ਮਾਫ਼ੀ ਮਿਲੀ। [[ORGANISATION:Thames Crest]] ਨੇ ਦੱਸਿਆ ਕਿ
ਹੁਣ ਜਦੋਂ ਕੋਈ officer ਛੱਡਦਾ ਹੈ ਤਾਂ ਉਸਦੀਆਂ ਸਾਰੀਆਂ open adaptations ਕਿਸੇ ਹੋਰ ਦੇ ਨਾਂ ਕੀਤੀਆਂ ਜਾਂਦੀਆਂ ਨੇ, ਤੇ ਹਰ
family ਨੂੰ monthly update ਮਿਲਦਾ ਹੈ। ਹੁਣ ਨਾਨੀ ਜੀ ਹਰ ਐਤਵਾਰ ਗੁਰਦੁਆਰੇ ਜਾਂਦੇ ਨੇ।
"""),
    ),
    (
        "fv2ag-pa-05",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਮਨਵੀਰ ਸਿੰਘ ਬਾਜਵਾ]] ਹਾਂ, ਦੋਸਤਾਂ ਲਈ [[PERSON:Manny]], [[AGE:24 ਸਾਲ]] ਦਾ। ਮੈਂ ਮੰਮੀ [[PERSON:ਰਾਜਵਿੰਦਰ ਕੌਰ]] ਤੇ
ਛੋਟੀ ਭੈਣ [[PERSON:ਪਿੰਕੀ]] ([[AGE:15 ਸਾਲ]]) ਨਾਲ Coventry ਵਿੱਚ [[ADDRESS:ਫ਼ਲੈਟ 2]] ਵਿੱਚ ਰਹਿੰਦਾ ਹਾਂ — [[ADDRESS:Foleshill Fish Bar]]
ਦੇ ਉੱਪਰ ਵਾਲਾ, [[POSTCODE:CV6 5AJ]]। Landlord ਹੈ [[ORGANISATION:Sherbourne Housing Group]]।

Fish bar ਦੇ ਥੱਲਿਓਂ ਚੂਹੇ ਉੱਪਰ ਆਉਣ ਲੱਗ ਪਏ — kitchen ਵਿੱਚ, cupboards ਵਿੱਚ, ਇੱਕ ਵਾਰ ਤਾਂ [[PERSON:ਪਿੰਕੀ]] ਦੇ school bag ਵਿੱਚ
ਵੀ। ਮੰਮੀ ਨੂੰ [[HEALTH:anxiety]] ਹੈ ਤੇ ਉਹ ਰਾਤ ਨੂੰ ਸੌਂ ਨਹੀਂ ਸਕਦੇ ਸੀ। [[ORGANISATION:RatGone Midlands]] ਵਾਲੇ ਆ ਕੇ
ਜ਼ਹਿਰ ਰੱਖ ਜਾਂਦੇ, ਪਰ ਮਰੇ ਹੋਏ ਚੂਹਿਆਂ ਦੀ ਬਦਬੂ ਕੰਧਾਂ ਵਿੱਚੋਂ ਹਫ਼ਤਿਆਂ ਤੱਕ ਆਉਂਦੀ ਰਹੀ।

ਸਭ ਤੋਂ ਵੱਡੀ ਸਮੱਸਿਆ communication ਦੀ ਸੀ। ਮੰਮੀ ਦਾ ਨੰਬਰ [[PHONE:੦੭੭੦੦ ੯੦੦੫੩੮]] ਉਹਨਾਂ ਦੇ system ਵਿੱਚ ਗਲਤ ਸੀ, so
ਕੋਈ call ਨਹੀਂ ਆਉਂਦੀ ਸੀ, ਤੇ letters English ਵਿੱਚ ਆਉਂਦੇ ਜੋ ਮੰਮੀ ਪੜ੍ਹ ਨਹੀਂ ਸਕਦੇ। ਮੈਂ complaint ਕੀਤੀ, reference
[[REFERENCE:SHG-C-30458]], ਤੇ ਕਿਹਾ ਕਿ ਸਾਰੀ ਗੱਲਬਾਤ ਮੇਰੀ email [[EMAIL:manny.bajwa@example.org]] 'ਤੇ ਕਰੋ।

Stage 1 ਵਿੱਚ customer relations ਦੀ [[PERSON:Adeola Bankole]] ਨੇ call ਕੀਤੀ ਤੇ ਸਾਫ਼ ਮੰਨਿਆ ਕਿ ਉਹਨਾਂ ਨੇ ਕਦੇ
Fish bar ਵਾਲੀ building ਦੇ commercial ਹਿੱਸੇ ਨੂੰ check ਹੀ ਨਹੀਂ ਕੀਤਾ। Surveyor ਨੇ ਥੱਲੇ bin store ਵਿੱਚ ਵੱਡਾ ਮੋਰਾ ਲੱਭਿਆ,
ਉਹ ਬੰਦ ਹੋਇਆ, ਕੰਧਾਂ ਖੋਲ੍ਹ ਕੇ ਸਾਫ਼ ਕੀਤੀਆਂ। ਸਾਨੂੰ £380 ਮੰਮੀ ਦੇ account ਵਿੱਚ ਮਿਲੇ, ਜਿਸਦੇ ਆਖਰੀ ਅੰਕ
[[OTHER_ID:7702]] ਨੇ। ਹੁਣ ਉਹ ਹਰ tenant ਦੀ preferred language record ਕਰਦੇ ਨੇ ਤੇ ਸਾਲ ਵਿੱਚ ਇੱਕ ਵਾਰ contact details
confirm ਕਰਦੇ ਨੇ। ਮੰਮੀ ਨੂੰ ਹੁਣ letters ਪੰਜਾਬੀ ਵਿੱਚ ਵੀ ਮਿਲਦੇ ਨੇ।
"""),
    ),
    (
        "fv2ag-pl-01",
        "pl",
        _s("""
Hej, jestem [[PERSON:Zuzanna Wójcik]], ale wszyscy mówią na mnie [[PERSON:Zuza]]. Mam [[AGE:17 lat]], chodzę do
[[ADDRESS:Fengate Academy]] i w weekendy pracuję w Costa. Mama poprosiła, żebym to napisała, bo to ja ogarniałam
wszystkie maile do landlorda. Mieszkamy w Peterborough, w [[ADDRESS:mieszkaniu nr 5]] w bloku [[ADDRESS:Orchard House]],
[[POSTCODE:PE1 3XT]], zaraz koło [[ADDRESS:kościoła św. Jadwigi]], gdzie chodzimy w niedziele. Landlord to
[[ORGANISATION:Fenland Gate Homes]].

Przez dwie zimy w pokoju mojego brata [[PERSON:Kuby]] (ma [[AGE:12 lat]]) był grzyb na całej ścianie. [[PERSON:Kubie]]
ciągle leciała krew z nosa i kaszlał, a babcia, która z nami mieszka, ma [[HEALTH:cukrzycę]] i
[[HEALTH:astmę]], więc serio było słabo. Przychodził gość z [[ORGANISATION:Nene Damp Services]], psikał czymś,
malował i tyle.

Mama ([[PERSON:Ewa]], jej numer to [[PHONE:07700 900415]]) dzwoniła chyba trzydzieści razy. W końcu napisałam
formalny complaint z maila [[EMAIL:zuza.wojcik@example.com]], numer sprawy [[REFERENCE:FGH-C-11934]], i wrzuciłam
filmik na TikToka ([[OTHER_ID:@zuzawoj_]]). Odpowiedź na stage 1 była typu „otwierajcie okna”. No sorry, ale w styczniu?

Na stage 2 przyszła pani [[PERSON:Deborah Miles]] z surveyorem i znaleźli przeciekającą rynnę nad oknem
[[PERSON:Kuby]]. W miesiąc naprawili rynnę, osuszyli ścianę, dali nowy wentylator i 500 funtów odszkodowania. Pani
[[PERSON:Deborah]] powiedziała, że teraz przy każdym zgłoszeniu wilgoci najpierw szukają przyczyny, a nie tylko myją
grzyb, i że rodziny z dziećmi albo starszymi osobami mają inspekcję w ciągu 10 dni. [[PERSON:Kubę]] w końcu nie
boli gardło, a mama przestała płakać przy telefonie.
"""),
    ),
    (
        "fv2ag-pl-02",
        "pl",
        _s("""
Cześć, tu [[PERSON:Bartosz Kowalczyk]] – dla znajomych [[PERSON:Bartek]], [[AGE:21 lat]], pracuję na zmiany w
magazynie Amazona. Piszę w imieniu dziadka, [[PERSON:Zdzisława Kowalczyka]] (w domu po prostu dziadek
[[PERSON:Zdzisiu]]). Dziadek urodził się [[DATE_OF_BIRTH:dwunastego maja 1939]] pod Radomiem, a od dziesięciu lat
mieszka z nami w Nottingham, [[ADDRESS:mieszkanie 88]] w [[ADDRESS:Hermitage Tower]], [[POSTCODE:ng24bz]]. Blok
należy do [[ORGANISATION:Trent Arc Housing]].

Dziadek ma [[HEALTH:POChP]] i chodzi z tlenem. Zeszłej zimy przez prawie trzy tygodnie nie działało ogrzewanie ani
ciepła woda. Ekipa z [[ORGANISATION:CityHeat Services]] przyjeżdżała, coś kręciła i mówiła, że czekają na część.
Tata dzwonił z [[PHONE:0115 496 0583]], ja pisałem z [[EMAIL:bartek.k(at)example.com]], i za każdym razem ktoś
inny, zero notatek.

Złożyliśmy skargę, numer [[REFERENCE:TAH/COMP/40291]]. Na stage 1 zadzwoniła pani [[PERSON:Karen Whitlock]] i
przyznała, że system nie miał żadnej informacji o tym, że dziadek jest na tlenie. Z panią [[PERSON:Karen]] dało się
normalnie pogadać, ale naprawa i tak się ciągnęła, więc poszliśmy na stage 2, a potem do Housing Ombudsman
(sprawa [[REFERENCE:202501174]]).

Finalnie wymienili cały system grzewczy w naszym pionie, dostaliśmy 900 funtów i dwa grzejniki olejowe na czas
naprawy. Ombudsman napisał, że landlord nie wziął pod uwagę stanu zdrowia lokatora. Teraz [[ORGANISATION:Trent Arc]]
ma listę osób, które są „vulnerable”, i dla nich awaria ogrzewania to priorytet 24h. Dziadek
[[PERSON:Zdzisiu]] mówi, że nie było mu tak ciepło od czasów PRL-u 😅
"""),
    ),
    (
        "fv2ag-pl-03",
        "pl",
        _s("""
Jestem [[PERSON:Ola Nowak]] ([[PERSON:Aleksandra]], ale nikt tak na mnie nie mówi), mam [[AGE:16 lat]] i mieszkam
z mamą i bratem w Southampton, [[ADDRESS:34 Millbrook Close]], [[POSTCODE:SO15 8QE]]. Dom jest od
[[ORGANISATION:Solent Shore Homes]].

Mój brat [[PERSON:Staś]] ma [[AGE:6 lat]], ma [[HEALTH:autyzm]] i [[HEALTH:padaczkę]]. Chodzi do
[[ADDRESS:Redwater Lane Primary]], do klasy dla dzieci ze specjalnymi potrzebami. Problem był taki, że
[[PERSON:Stasiu]] ucieka – potrafi przejść przez dziurę w płocie i wybiec na ulicę. Do tego okna na górze nie miały
blokad. OT napisała, że potrzebny jest wysoki płot i ograniczniki w oknach, ale landlord przez pół roku tylko
„rozważał”.

Mama ma numer [[PHONE:+44 7700 900 661]], ale po angielsku dogaduje się słabo, więc pomogła nam
[[PERSON:Chidi Eze]] z lokalnej organizacji dla rodzin dzieci z niepełnosprawnościami. Razem napisałyśmy skargę,
numer [[REFERENCE:SSH-2024-ADP-215]]. Dołączyłam list od lekarza i zdjęcie dziury w płocie. Najgorsze było to, że
raz [[PERSON:Stasia]] znalazła sąsiadka, pani [[PERSON:Halina]], dwie ulice dalej.

Na stage 1 kierownik, pan [[PERSON:Graham Fowler]], przyjechał osobiście. Przyznał, że wniosek utknął, bo nikt nie
wiedział, czy płot to „adaptation”, czy „repair”. W ciągu trzech tygodni był nowy płot z furtką na kod i blokady w
oknach. Dostaliśmy też 250 funtów. Powiedzieli, że teraz każdy wniosek od OT trafia od razu do jednej osoby, która
decyduje w ciągu 10 dni roboczych. Mama wreszcie śpi w nocy, a [[PERSON:Staś]] ma swój bezpieczny ogród.
"""),
    ),
    (
        "fv2ag-pl-04",
        "pl",
        _s("""
Siema, [[PERSON:Kacper Lewandowski]], [[AGE:19 lat]], robię apprenticeship jako elektryk. To jest historia mojej
rodziny z Boston w Lincolnshire. Mieszkamy pod [[ADDRESS:17 Skirbeck Row]], [[POSTCODE:PE21 8LB]] – to ten dom
naprzeciwko [[ADDRESS:Delikatesów u Basi]], jak ktoś zna okolicę. Landlord to [[ORGANISATION:Witham Fens Housing]].

Zaczęło się od tego, że nowi sąsiedzi pisali na naszym płocie „go back to Poland” i wyzywali mamę od
[[OTHER_SPECIAL:Polaczków]]. Potem ktoś porysował tacie auto ([[OTHER_ID:WX63 PLN]]). Moja siostra [[PERSON:Maja]]
([[AGE:8 lat]]) bała się wychodzić do ogrodu. [[PERSON:Mai]] kupiliśmy nawet lampkę, bo nie chciała spać przy
zgaszonym świetle.

Tata zgłaszał wszystko do ASB teamu, numer sprawy [[REFERENCE:WFH-ASB-00732]], ale housing officer
[[PERSON:Dylan Price]] za każdym razem pisał, że to „neighbour dispute”. Wtedy wrzuciłem zdjęcia na Snapa
([[OTHER_ID:@kacper_lew]]) i napisałem do radnej, Cllr [[PERSON:Amara Nwosu]]. Ona powiedziała, żeby złożyć formalną
skargę i nazwać to wprost: hate incident.

Na stage 1 odpowiedział już ktoś wyżej, [[PERSON:Lucy Hammond]], i przyznała, że sprawa powinna od początku iść
jako przestępstwo z nienawiści. Razem z policją dali sąsiadom ostrzeżenie, zamontowali kamerę i nowy płot, a my
dostaliśmy 200 funtów na naprawę auta. Najważniejsza lekcja dla nich: każde zgłoszenie, gdzie pada czyjeś
pochodzenie albo religia, od razu idzie do zespołu od hate crime. [[PERSON:Majka]] znowu bawi się w ogrodzie, a ja
przestałem się spinać za każdym razem, jak wracam z pracy.
"""),
    ),
    (
        "fv2ag-pl-05",
        "pl",
        _s("""
Nazywam się [[PERSON:Natalia Zielińska]], mam [[AGE:25 lat]] i jestem najstarsza z rodzeństwa. Rodzice, ja i mój
brat [[PERSON:Wojtuś]] ([[AGE:9 lat]], chodzi w soboty do [[ADDRESS:Polskiej Szkoły Sobotniej im. Kopernika]])
mieszkamy w [[ADDRESS:mieszkaniu 9C]] na ostatnim piętrze [[ADDRESS:Brentham Court]] w Ealing, [[POSTCODE:W13 0TS]].
Landlord to [[ORGANISATION:Westbrook Housing Co-operative]].

Przez cały zeszły rok przeciekał dach. Przy każdym deszczu wiadra w przedpokoju, a nad łóżkiem
[[PERSON:Wojtka]] zrobiła się dziura w suficie. Przyszła firma [[ORGANISATION:Kowalski Roofing]], zakleili coś papą,
i po miesiącu to samo. Tata, [[PERSON:Marek]], ma [[HEALTH:depresję]] od czasu wypadku w pracy i to wszystko go
totalnie dobijało.

Skargę pisałam ja, z [[EMAIL:natalia.zielinska@example.org]], numer [[REFERENCE:WHC/CP/2208]]. Dodałam numer taty
[[PHONE:020 7946 0934]] i jego NI [[NI_NUMBER:QQ 55 70 12 A]], bo najemcą jest on. Na stage 1 zaproponowali 100
funtów – i wysłali je na złe konto! Okazało się, że w systemie był stary numer konta sąsiadki, pani
[[PERSON:Haliny Sobczak]], z mieszkania obok.

Na stage 2 rozmawiałam z panem [[PERSON:Jamalem Osei]] z działu skarg. Przeprosił, zgłosił błąd jako data breach i
przelał pieniądze na właściwe konto taty (sort code [[OTHER_ID:30-84-19]], końcówka [[OTHER_ID:5521]]). Wymienili
cały dach nad blokiem, a odszkodowanie podnieśli do 750 funtów. Teraz przed każdą płatnością dzwonią do
lokatora i potwierdzają dane, a naprawy dachów sprawdza surveyor, nie tylko wykonawca. Tata w końcu się uśmiecha, a [[PERSON:Wojtek]] znowu śpi we własnym łóżku, bez wiadra obok.
"""),
    ),
    (
        "fv2ag-ro-01",
        "ro",
        _s("""
Salut, sunt [[PERSON:Bianca Popescu]], dar toată lumea îmi zice [[PERSON:Bibi]]. Am [[AGE:17 ani]], sunt în Year 13 la
[[ADDRESS:Ponders End Sixth Form]] și lucrez sâmbăta la un Costa. Mama m-a rugat să scriu eu, pentru că eu am trimis
toate emailurile la landlord. Stăm în Enfield, în [[ADDRESS:apartamentul 12]] din [[ADDRESS:Lavender Court]],
[[POSTCODE:EN3 7TR]], fix lângă [[ADDRESS:Biserica Sfântul Nicolae]], unde mergem duminica — suntem
[[OTHER_SPECIAL:ortodocși]] și mama cântă în cor. Blocul e al [[ORGANISATION:Leaside Living]].

Doi ani am avut mucegai negru în camera unde dorm fratele meu [[PERSON:Ionuț]] ([[AGE:10 ani]]) și bunica. Bunica are
[[HEALTH:astm]] și iarna tușea toată noaptea, iar lui [[PERSON:Ionuț]] doctorul îi tot dădea antibiotice. Veneau
ăia de la [[ORGANISATION:ClearWall Maintenance]], dădeau cu spray, vopseau, și după două săptămâni iar negru pe pereți.

Mama, [[PERSON:Mariana]], a sunat de pe [[PHONE:07700 900812]] de nu mai știu câte ori. Până la urmă am făcut eu un
complaint oficial de pe [[EMAIL:bibi.popescu@example.com]], referința [[REFERENCE:LL-CMP-50376]], și am pus și un
video pe TikTok ([[OTHER_ID:@bibi.popescu_]]) care a strâns vreo 30 de mii de views. Răspunsul la stage 1: „vă
rugăm să aerisiți”. Sincer, în decembrie, cu bunica bolnavă?

La stage 2 a venit personal doamna [[PERSON:Claire Bentley]], managerul de reclamații, cu un surveyor. Au găsit că
burlanul de afară era spart și apa intra direct în zid. În trei săptămâni au reparat burlanul, au tratat peretele, au
pus ventilator nou și ne-au dat 480 de lire. Doamna [[PERSON:Bentley]] ne-a zis că acum, la orice raport de
mucegai, întâi caută cauza și abia apoi curăță, și că familiile cu copii sau bătrâni bolnavi primesc inspecție în 10
zile. [[PERSON:Ionuț]] nu mai tușește, iar bunica zice că sunt „avocata familiei”.
"""),
    ),
    (
        "fv2ag-ro-02",
        "ro",
        _s("""
Mă numesc [[PERSON:Andrei Dumitrescu]], am [[AGE:23 de ani]] și sunt ucenic electrician. Scriu pentru tataie,
[[PERSON:Gheorghe Dumitrescu]], născut pe [[DATE_OF_BIRTH:șapte noiembrie 1943]] la Craiova. Tataie stă cu noi în
Harrow, în [[ADDRESS:apartamentul 63]] din [[ADDRESS:Kenton Heights]], [[POSTCODE:ha38pr]], la etajul 14. Blocul e al
[[ORGANISATION:Northwick Housing Trust]].

Tataie are [[HEALTH:insuficiență cardiacă]] și nu poate urca scări deloc. Anul trecut liftul a fost stricat 19 zile.
Tataie a ratat două programări la cardiologie, iar eu și verișorul meu [[PERSON:Sorin]] îl căram pe scaun până jos
când trebuia neapărat. [[ORGANISATION:LiftLine London]] tot zicea că „așteaptă piesa din Italia”.

Mama a sunat de pe [[PHONE:020 7946 0488]] în fiecare zi. Am scris un complaint cu referința
[[REFERENCE:NHT/2024/C/1183]] și am atașat scrisoarea de la GP-ul lui, de la [[ADDRESS:Kenton Bridge Medical Centre]],
plus numărul lui de NHS, [[OTHER_ID:734 651 0092]]. Ne-a ajutat și consilierul local, domnul [[PERSON:Nikhil Shah]],
care a venit în bloc și a văzut cu ochii lui cum urcă oamenii în vârstă 14 etaje.

La stage 1, [[PERSON:Fiona Clarke]] de la customer services a recunoscut că nu aveau nicio listă cu locatarii care nu
pot folosi scările. Acum au: la orice defect de lift, cei de pe listă sunt sunați în prima zi, primesc cumpărături și
medicamente aduse acasă, iar după 72 de ore li se oferă cazare temporară. Tataie a primit 650 de lire și o scrisoare
de scuze pe care o ține pe frigider. Iar lui [[PERSON:Sorin]] i-au mulțumit separat, ceea ce a fost drăguț.
"""),
    ),
    (
        "fv2ag-ro-03",
        "ro",
        _s("""
Hei, sunt [[PERSON:Ana-Maria Stan]], pentru prieteni [[PERSON:Ani]], am [[AGE:16 ani]] și sunt la
[[ADDRESS:Marshalls Park School]]. Eram șase într-un apartament cu un singur dormitor: eu, mama, tata, bunica și cele
două surori mici, [[PERSON:Ale]] ([[AGE:3 ani]]) și [[PERSON:Denisa]] ([[AGE:7 ani]]). Adresa e [[ADDRESS:5 Rush Green Walk]],
Romford, [[POSTCODE:RM7 0QA]], iar landlord-ul e [[ORGANISATION:Havering Reach Homes]].

Pe lângă înghesuială, aveam gândaci și șoareci. [[ORGANISATION:PestGuard Essex]] a venit de patru ori, dar cu atâtea
lucruri înghesuite peste tot n-aveau cum să scape de ei. Bunica are [[HEALTH:Alzheimer]] și se speria noaptea de
zgomote, iar [[PERSON:Alei]] i-au apărut bube de la mușcături.

Eram pe housing register de trei ani, cu numărul [[REFERENCE:HRH-REG-662014]]. Tata are
[[OTHER_SPECIAL:settled status]], mama [[OTHER_SPECIAL:pre-settled]], și la un moment dat cineva de la birou i-a zis
mamei că poate nu are dreptul la ajutor, ceea ce era fals. Pentru verificare le-am trimis și numărul de pașaport al
tatei, [[OTHER_ID:054812397]]. Am făcut un complaint cu referința [[REFERENCE:HRH/C/8051]], pe numărul mamei
[[PHONE:07700 900 347]].

La stage 2, [[PERSON:Yemi Adeyinka]] din echipa de reclamații a recunoscut că le-au dat informații greșite despre
statutul mamei și că nimeni n-a legat plângerea de dăunători de supraaglomerare. În două luni ne-au mutat într-o
casă cu trei dormitoare, au făcut dezinsecție la tot mobilierul și ne-au dat 900 de lire. Acum personalul face
training despre drepturile cetățenilor UE, iar orice plângere repetată de dăunători într-o locuință mică e verificată
și pentru supraaglomerare. La [[ADDRESS:numărul 5]] locuiește acum o pereche de bătrâni, sper că fără gândaci.
"""),
    ),
    (
        "fv2ag-ro-04",
        "ro",
        _s("""
Sunt [[PERSON:Cristian Lăcătuș]], [[PERSON:Cristi]] pentru toți, am [[AGE:20 de ani]] și lucrez la un depozit în
Reading. Stau cu mama, [[PERSON:Elena]], și cu fratele meu [[PERSON:Robert]] ([[AGE:13 ani]]) la
[[ADDRESS:21 Whitley Chase]], [[POSTCODE:RG2 7HL]]. Casa e a [[ORGANISATION:Kennet Side Housing]].

Suntem [[OTHER_SPECIAL:romi]], și de când ne-am mutat, vecinul de la [[ADDRESS:numărul 23]] — și prietenii lui — ne-au făcut
viața grea: ne strigau „[[OTHER_SPECIAL:țigani]]” și „go home”, au spart geamul mașinii mamei ([[OTHER_ID:RV16 XUT]]), iar noaptea
vindeau droguri fix lângă gardul nostru. Mamei [[PERSON:Elenei]] i-a apărut [[HEALTH:hipertensiune]] de la stres,
iar [[PERSON:Robi]] nu mai voia să meargă singur la [[ADDRESS:Whitley Park Academy]].

Mama a sunat de pe [[PHONE:0118 496 0455]] la echipa de ASB, dosarul [[REFERENCE:KSH-ASB-3307]], dar ofițerul,
[[PERSON:Tom Ashworth]], ne-a zis să „încercăm mediere”. Prietenul meu [[PERSON:Vlad]] lucrează la o asociație
comunitară și m-a ajutat să scriu un complaint formal, referința [[REFERENCE:KSH/CP/0915]], în care am spus clar că e
vorba de hărțuire rasistă.

La stage 1, managerul [[PERSON:Priti Mehta]] a recunoscut că dosarul fusese tratat ca ceartă între vecini și nu ca
hate incident. S-a lucrat cu poliția, vecinul a primit un ordin de la tribunal, s-au pus camere, iar noi am primit 300
de lire pentru geam. Ce au învățat ei: orice raport în care apar insulte etnice merge direct la echipa de hate crime,
iar victima e sunată în 24 de ore. Acum [[PERSON:Robi]] merge iar singur la școală.
"""),
    ),
    (
        "fv2ag-ro-05",
        "ro",
        _s("""
Mă numesc [[PERSON:Larisa Moldovan]], am [[AGE:25 de ani]] și fac voluntariat la o asociație românească din
Bristol. Povestea nu e a familiei mele, ci a vecinei noastre de palier, doamna [[PERSON:Florica Ungureanu]], pe care
o știu de când eram mică — pentru noi e „tanti [[PERSON:Florica]]”. Ea stă în [[ADDRESS:flat 3B]],
[[ADDRESS:Ashgrove House]], [[POSTCODE:BS3 4NW]], iar blocul e al [[ORGANISATION:Bedminster Vale Housing]].

Tanti are [[AGE:71 de ani]], [[HEALTH:diabet]] și nu vorbește engleză aproape deloc. Toată iarna i-a mers centrala
doar din când în când. Venea [[ORGANISATION:Avon Boiler Care]], o pornea, pleca. Scrisorile de la landlord veneau în
engleză, iar tanti le punea într-un sertar pentru că nu le înțelegea. Așa a ratat două programări pentru
reparație și i s-a închis cererea.

Am mers cu ea la birou și am făcut complaint-ul în numele ei, cu referința [[REFERENCE:BVH-0421-C]]. Pentru formularul
de compensație i-au cerut numărul de National Insurance, [[NI_NUMBER:QQ 36 92 05 B]]. Le-am lăsat numărul meu,
[[PHONE:01632 960 274]], și emailul, [[EMAIL:larisa punct moldovan la example punct org]] (adică
[[EMAIL:larisa.moldovan@example.org]]), și abia pe email au început în sfârșit să răspundă. După stage 2 am mers la Housing Ombudsman, dosar [[REFERENCE:202418832]].

Ombudsman-ul a spus că landlord-ul ar fi trebuit să observe că tanti nu răspunde la scrisori și să verifice de ce.
I-au pus centrală nouă, i-au dat 700 de lire, iar acum au un câmp în sistem pentru limba preferată și folosesc
interpret prin telefon. Managerul, domnul [[PERSON:Owen Pritchard]], mi-a zis că au găsit încă 40 de locatari în
aceeași situație. Tanti [[PERSON:Florica]] mi-a făcut cozonac de mulțumire.
"""),
    ),
    (
        "fv2ag-ur-01",
        "ur",
        _s("""
السلام علیکم، میں [[PERSON:عائشہ خان]] ([[PERSON:Ayesha Khan]]) ہوں، عمر [[AGE:18 سال]]، اور
[[ADDRESS:Manningham Park College]] میں A-levels کر رہی ہوں۔ امی نے کہا تم لکھو کیونکہ سارے emails تم نے ہی
بھیجے تھے، so here we go۔ ہمارا گھر [[ADDRESS:12 Heaton Grove Road]]، بریڈفورڈ، [[POSTCODE:BD8 7JN]] میں ہے،
[[ADDRESS:جامع مسجد الفرقان]] کے بالکل سامنے۔ مالک مکان [[ORGANISATION:Aireside Community Homes]] ہے۔

دو سال سے پچھلے کمرے میں black mould تھا۔ اس کمرے میں دادی اماں سوتی ہیں جنہیں [[HEALTH:دمہ]] ہے، اور میرا چھوٹا
بھائی [[PERSON:حمزہ]] بھی — گھر میں سب اسے [[PERSON:ہیمی]] کہتے ہیں، وہ [[AGE:11 سال]] کا ہے۔ سردیوں میں دادی کی
سانس اتنی پھولتی تھی کہ دو دفعہ ambulance بلانی پڑی۔ [[ORGANISATION:Pennine Damp & Timber]] والے آتے، spray کرتے،
paint کرتے، اور بس۔

ابو کا نمبر [[PHONE:07700 900287]] ہے، انہوں نے repairs line پر شاید پچاس calls کیں۔ پھر میں نے اپنے email
[[EMAIL:ayesha.k.bd8@example.com]] سے formal complaint بھیجی، reference [[REFERENCE:ACH-DMP-77310]]۔ میں نے Snapchat
پر بھی story لگائی ([[OTHER_ID:@ayeshaa.k]]) اور پتہ چلا آدھی class کے گھروں میں یہی حال ہے۔ Stage 1 کا جواب تھا
"please heat and ventilate your home" — یعنی ہیٹنگ بھی چلاؤ اور کھڑکی بھی کھولو، seriously؟

Stage 2 میں complaints manager [[PERSON:Rachel Dobson]] خود آئیں، surveyor کے ساتھ، اور دیکھا کہ باہر کی دیوار کی
pointing بالکل خراب ہے۔ چھ ہفتوں میں دیوار ٹھیک ہوئی، نیا extractor fan لگا، اور ہمیں 520 پاؤنڈ ملے۔ انہوں نے بتایا کہ
اب ہر mould report پر پہلے وجہ ڈھونڈی جاتی ہے، اور جس گھر میں بزرگ یا بچے ہوں وہاں دس دن کے اندر inspection ہوتی ہے۔
[[PERSON:ہیمی]] کی کھانسی ختم، اور دادی کہتی ہیں "میری پوتی وکیل بنے گی"۔
"""),
    ),
    (
        "fv2ag-ur-02",
        "ur",
        _s("""
میں [[PERSON:زین قریشی]] ہوں — [[PERSON:Zain]]، عمر [[AGE:20 سال]]، uni میں second year اور weekends پر Nando's میں
کام کرتا ہوں۔ یہ کہانی میرے نانا جان [[PERSON:محمد اقبال قریشی]] کی ہے، جن کی تاریخ پیدائش
[[DATE_OF_BIRTH:۲۰ جون ۱۹۴۶]] ہے۔ وہ ہمارے ساتھ شیفیلڈ میں [[ADDRESS:فلیٹ نمبر 4]]، [[ADDRESS:Staniforth Court]]،
[[POSTCODE:S9 3LQ]] میں رہتے ہیں۔ بلڈنگ [[ORGANISATION:Don Valley Homes]] کی ہے۔

پچھلے سال نانا جان کو [[HEALTH:کینسر]] کی تشخیص ہوئی اور chemo شروع ہوئی۔ عین اسی وقت نومبر میں heating اور گرم پانی
دونوں بند ہو گئے۔ [[ORGANISATION:Yorkshire Gas Care]] کا engineer آیا، بولا part order کیا ہے، اور دو ہفتے غائب۔
chemo کے بعد نانا جان کو سردی بالکل برداشت نہیں ہوتی تھی۔ امی نے [[PHONE:0114 496 0621]] سے روز call کی۔

میں نے complaint لکھی، reference [[REFERENCE:DVH/CP/31876]]۔ Form میں انہوں نے نانا کا National Insurance نمبر
مانگا، [[NI_NUMBER:QQ 81 44 09 C]]، کیونکہ tenancy ان کے نام پر ہے۔ میں نے صاف لکھا کہ وہ cancer patient ہیں اور
GP، یعنی [[ADDRESS:Firth Park Health Centre]]، کا letter بھی لگایا۔

Stage 1 میں housing officer [[PERSON:Lindsay Cole]] نے فون کر کے معافی مانگی اور مانا کہ نانا کا نام vulnerable
list میں تھا ہی نہیں، حالانکہ ہم نے چھ مہینے پہلے بتا دیا تھا۔ اگلے دن دو electric heaters آ گئے، ایک ہفتے میں نیا
boiler لگا، اور 400 پاؤنڈ ملے۔ اب [[ORGANISATION:Don Valley Homes]] کا rule ہے کہ جب کوئی بیماری بتائے تو اسی دن
record update ہو، اور vulnerable گھروں میں heating خراب ہو تو 24 گھنٹے میں heaters پہنچیں۔ میری بہن [[PERSON:مریم]]
([[PERSON:Mimi]]) نے نانا کے لیے "thank you" card بنایا جو انہوں نے housing office بھیج دیا۔
"""),
    ),
    (
        "fv2ag-ur-03",
        "ur",
        _s("""
ہیلو، میں [[PERSON:ماہ نور]] ہوں ([[PERSON:Mahnoor]])، [[AGE:16]] کی، Year 11 میں۔ یہ میرے چھوٹے بھائی
[[PERSON:ابراہیم]] کے بارے میں ہے — ہم اسے [[PERSON:Ibby]] کہتے ہیں۔ وہ [[AGE:9 سال]] کا ہے اور اسے
[[HEALTH:cerebral palsy]] ہے، wheelchair استعمال کرتا ہے اور [[ADDRESS:Oakwater School]] جاتا ہے۔ ہم برمنگھم میں
[[ADDRESS:67 Ladypool Walk]]، [[POSTCODE:B12 8LH]] میں رہتے ہیں، اور گھر [[ORGANISATION:Moseley Brook Housing]] کا ہے۔

[[PERSON:Ibby]] بڑا ہو رہا ہے اور امی اکیلی اسے اٹھا کر اوپر bathroom تک نہیں لے جا سکتیں۔ OT نے 2022 میں کہا تھا کہ
ceiling hoist اور نیچے wet room چاہیے۔ Referral چلا گیا، [[PERSON:Ibby]] کا NHS number [[OTHER_ID:612 338 9045]] بھی
دیا گیا، لیکن ڈیڑھ سال کچھ نہیں ہوا۔ امی کی کمر میں [[HEALTH:slipped disc]] ہو گیا اٹھا اٹھا کر۔

امی کا نمبر [[PHONE:۰۱۲۱ ۴۹۶ ۰۹۱۲]] ہے، وہ ہر مہینے call کرتیں۔ آخر میرے ماموں [[PERSON:طارق]] نے ہمارے councillor،
Cllr [[PERSON:Tahir Mahmood]] سے بات کی، اور انہوں نے کہا باقاعدہ complaint کریں۔ Complaint reference
[[REFERENCE:MBH-ADP-4402]] ملا۔ پتہ چلا contractor [[ORGANISATION:Ablecare Adaptations]] کا quote دو بار expire ہو
گیا تھا کیونکہ کسی نے sign نہیں کیا۔

Stage 1 میں adaptations lead [[PERSON:Sophie Turner]] نے مانا کہ یہ "unacceptable" تھا۔ دو مہینوں میں wet room اور
hoist دونوں لگ گئے، ہمیں 800 پاؤنڈ اور لکھی ہوئی معافی ملی۔ اب ان کے ہاں ہر adaptation کا ایک dashboard ہے اور کوئی
quote تیس دن سے زیادہ pending رہے تو manager کو alert جاتا ہے۔ [[PERSON:Ibby]] اب خود bathroom میں splash کرتا ہے اور
امی کی کمر کو بھی آرام ہے۔
"""),
    ),
    (
        "fv2ag-ur-04",
        "ur",
        _s("""
میں [[PERSON:دانیال ملک]] ہوں، یار لوگ [[PERSON:Danny]] کہتے ہیں، عمر [[AGE:22 سال]]۔ ہم [[OTHER_SPECIAL:کشمیری]]
فیملی ہیں، مانچسٹر کے Longsight میں [[ADDRESS:30 Hamlet Grove]]، [[POSTCODE:m130xb]] میں رہتے ہیں —
[[ADDRESS:Al-Madina Sweets]] والی گلی میں تیسرا گھر۔ تین کمروں کے گھر میں ہم نو لوگ تھے، اور مالک مکان
[[ORGANISATION:Northmoor Housing]] ہے۔

مسئلہ دو تھے۔ ایک، جگہ اتنی کم کہ میں اور میرے دو بھائی [[PERSON:بلال]] ([[AGE:17]]) اور [[PERSON:شانی]] ([[AGE:14]])
ایک کمرے میں، اور دادا ابو living room میں۔ دادا ابو کو [[HEALTH:Parkinson's]] ہے۔ دوسرا، پیچھے والے گھر کے لڑکے رات
کو garden کی دیوار پر بیٹھ کر شور کرتے، گاڑیوں پر پتھر مارتے — ابو کی گاڑی [[OTHER_ID:MA20 DKM]] کا شیشہ دو دفعہ ٹوٹا۔

ابو نے [[PHONE:0161 496 0193]] سے ASB report کی، case [[REFERENCE:NMH-ASB-1188]]، اور ہم housing register پر بھی
تھے، نمبر [[REFERENCE:MCR-HR-409217]]۔ لیکن ASB والے کہتے overcrowding الگ department ہے، اور register والے کہتے
ASB ہمارا مسئلہ نہیں۔ میں نے TikTok [[OTHER_ID:@danny.malik.m13]] پر ایک video بنائی "one family, two departments,
zero help" — وہ کافی چلی۔

پھر formal complaint کی، reference [[REFERENCE:NMH/C/2730]]۔ Stage 1 میں ASB officer [[PERSON:Femi Adeyemi]] اور
lettings کی [[PERSON:Joanne]] ایک ساتھ گھر آئے — پہلی بار دونوں departments ایک کمرے میں 😂۔ انہوں نے مانا کہ ہم
statutory overcrowded تھے اور ہماری priority غلط لگی ہوئی تھی۔

تین مہینے میں ہمیں پانچ کمروں کا گھر ملا، پرانے گھر کے پیچھے والی دیوار اونچی ہوئی، اور 350 پاؤنڈ ملے۔ اب ان کا rule
ہے کہ جب ایک خاندان کے دو مسئلے ہوں تو ایک ہی lead officer ہوگا۔ دادا ابو کو اب نیچے اپنا کمرہ ملا ہے۔
"""),
    ),
    (
        "fv2ag-ur-05",
        "ur",
        _s("""
میرا نام [[PERSON:سارہ اقبال]] ہے، [[AGE:25 سال]]، trainee solicitor ہوں۔ یہ میری پھپھو [[PERSON:نسرین بی بی]] کی کہانی
ہے جو لوٹن میں [[ADDRESS:Flat 8, 44 Dunstable Parade]]، [[POSTCODE:LU4 8HZ]] میں اکیلی رہتی ہیں۔ ان کے پاس
[[OTHER_SPECIAL:ILR]] ہے اور انگریزی بہت کم آتی ہے۔ مالک مکان [[ORGANISATION:Chiltern Brook Homes]] ہے۔

پھپھو کی عمر [[AGE:68 سال]] ہے، انہیں [[HEALTH:گٹھیا]] ہے۔ پچھلے سال اوپر والے فلیٹ سے bathroom میں پانی ٹپکنے لگا،
پھر چھت پر fungus، اور پھر cockroaches۔ [[ORGANISATION:Leakfinders Ltd]] والے دو دفعہ آئے، "no leak found" لکھ کر چلے
گئے، اور landlord کے letters پھپھو ایک drawer میں رکھتی رہیں کیونکہ پڑھ نہیں سکتیں۔

میں نے ان کی طرف سے complaint کی، reference [[REFERENCE:CBH-C-60781]]۔ رابطے کے لیے اپنا نمبر
[[PHONE:07700 900 906]] اور email دیا: [[EMAIL:sarah dot iqbal at example dot org]]۔ Stage 1 میں انہوں نے 75 پاؤنڈ
offer کیے اور کہا repair "complete" ہے — جبکہ پانی ابھی بھی ٹپک رہا تھا۔

Stage 2 کے بعد ہم Housing Ombudsman گئے، case number [[REFERENCE:202420519]]۔ Ombudsman نے کہا landlord نے نہ
اوپر والے فلیٹ کو check کیا، نہ یہ دیکھا کہ tenant کو interpreter کی ضرورت ہے۔ Severe maladministration۔

اب اوپر کا pipe بدل دیا گیا، چھت نئی بنی، pest treatment ہوا، اور پھپھو کو 1,250 پاؤنڈ ملے — ان کے account میں جس کا
sort code [[OTHER_ID:60-17-22]] اور آخری چار ہندسے [[OTHER_ID:3390]] ہیں۔ [[ORGANISATION:Chiltern Brook]] اب ہر tenant کی
preferred language record کرتا ہے اور Urdu، Punjabi اور Bengali میں phone interpreter دیتا ہے۔ پھپھو کی پڑوسن
آنٹی [[PERSON:شمیم]] بھی اب اپنی complaint کروا رہی ہیں۔
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
