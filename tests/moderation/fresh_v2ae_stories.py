"""Fresh version-2 PII test stories, batch ae.

This writer produces short testimonials for a campaign toolkit, as residents tell them
to a comms officer who writes them up lightly: warm, plain language in the first person,
150-250 words, each with a clear "what went wrong / what put it right / what changed"
shape but written as prose. Residents name their family, their neighbours and the staff
who helped (often English names even in the non-English stories, written in the story's
own script), the school, surgery, place of worship or shop near home, and sometimes give
contact details for follow-up. The stories are in English, Arabic, Bengali, Punjabi
(Gurmukhi), Polish, Romanian and Urdu, written natively rather than translated.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 7 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): on the detector as it landed after round 20
(commit e99dcd1) leak-free 80.0% of 35, recall 98.6%, precision 83.6%; leak-free by language
ar 2, bn 5, en 5, pa 5, pl 4, ro 3, ur 4 of 5. On the detector after round 25 (commit dde6f76): leak-free 82.9%, recall 98.8%, precision 83.4%.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2ae-en-01",
        "en",
        _s("""
My name is [[PERSON:Shanice Campbell]] and I live in [[ADDRESS:flat 9]], [[ADDRESS:Larkspur House]],
on the [[ADDRESS:Pennfields estate]] in Wolverhampton with my two boys, [[PERSON:Tyrell]] and
[[PERSON:Marcus]]. Our landlord is [[ORGANISATION:Ashbourne Homes]]. For two winters the back
bedroom was black with mould. [[PERSON:Tyrell]] is [[AGE:4]] and has [[HEALTH:asthma]], and the
nurse at [[ADDRESS:Brookfield Medical Centre]] wrote a letter saying the damp was making him
worse. Every time I rang, someone came, sprayed the wall and left.
What put it right was a complaint in writing. I put "formal complaint" at the top like the
poster said, quoted my repair number [[REFERENCE:AH-R-558102]] and gave my mobile,
[[PHONE:07700 900412]]. A lady called [[PERSON:Bernadette]] from the complaints team rang me
back within two days, and a surveyor, [[PERSON:Kevin Doyle]], came out the next week. He found
the gutter over our window had been leaking into the wall for years. [[ORGANISATION:Clearflow Roofing]]
fixed the gutter, the wall was treated and re-plastered, and we got £450 for the ruined beds
and carpet.
What changed is they now send a surveyor on the second mould report instead of another
spray, and [[PERSON:Bernadette]] told me they ring back after six weeks to check it hasn't come
back. I'm happy for anyone to get in touch about it, or message me on Instagram at
[[OTHER_ID:@shanice.c.wolves]].
"""),
    ),
    (
        "fv2ae-en-02",
        "en",
        _s("""
I'm [[PERSON:Paddy Mulcahy]], [[PERSON:Patrick]] on the forms, and I've been a tenant of
[[ORGANISATION:Avon Vale Housing]] at [[ADDRESS:27 Cranmore Road]], Bristol [[POSTCODE:BS5 6QJ]],
since 1979. I was born on the [[DATE_OF_BIRTH:third of March 1943]], so I'm no spring chicken,
and I've [[HEALTH:COPD]]. Last November the boiler packed in. The engineers from
[[ORGANISATION:Heatwise Services]] came three times and each time said a part was on order. I
sat in my coat with two fan heaters for five weeks.
My daughter [[PERSON:Siobhan]] took over. She wrote to them from [[EMAIL:siobhan.mulcahy@example.net]],
quoted the job number [[REFERENCE:HW-449017]] and said plainly that I'm a vulnerable tenant.
She rang the complaints line on [[PHONE:0117 496 0723]] as well. Mrs [[PERSON:Okafor]] from
[[ADDRESS:number 29]] was bringing me soup in the meantime, God love her, and Father
[[PERSON:Declan]] at [[ADDRESS:St Brendan's]] at the end of the road offered me a bed in the
presbytery.
Once it was a proper complaint it moved fast. A manager, [[PERSON:Ruth Penhaligon]], came to the
house herself, a new boiler went in within four days and they paid £300 towards the
electricity. What changed: they now keep a list of tenants over 75 or with breathing trouble,
and if our heating fails we get a heater the same day and the boiler fixed or replaced within
a week. That list has my name on it now, and Mrs [[PERSON:Okafor]]'s too.
"""),
    ),
    (
        "fv2ae-en-03",
        "en",
        _s("""
I'm [[PERSON:Hodan Warsame]], I'm [[AGE:29]], and I live in [[ADDRESS:flat 112]] on the eleventh
floor of [[ADDRESS:Ellesmere Tower]] in Hulme with my daughter [[PERSON:Ayaan]], who is
[[AGE:7]]. I have [[HEALTH:multiple sclerosis]] and use a wheelchair. Our landlord is
[[ORGANISATION:Northgate City Homes]].
In March both lifts broke at once and stayed broken for nineteen days. I could not get out.
My adapted car, reg [[OTHER_ID:MX19 KHU]], sat in the car park the whole time, and
[[PERSON:Ayaan]] was walked to [[ADDRESS:Greenbank Primary]] every morning by my neighbour
[[PERSON:Grace]] from [[ADDRESS:flat 110]]. The repair firm, [[ORGANISATION:Apex Lift Engineering]],
kept saying "next week". Being a [[OTHER_SPECIAL:Somali]] single mum, I honestly thought nobody
would listen to me.
What put it right: I rang [[PHONE:0161 496 0288]] and said the words "I want to make a
complaint". I got a reference, [[REFERENCE:NCH/COMP/23-0917]], and a call back from
[[PERSON:Aled]] in the complaints team the same afternoon. Cllr [[PERSON:Joanne Whitby]] came up
the stairs to see me, all eleven floors, and after that things moved. They put me in a
ground-floor flat for a week, paid for taxis to school, and gave me £600.
What changed is that [[ORGANISATION:Northgate]] now keeps a list of residents who can't use the
stairs, and when a lift goes they ring every one of us that day. I'm on that list. You can
email me at [[EMAIL:hodan.w@example.org]] if you're in the same boat.
"""),
    ),
    (
        "fv2ae-en-04",
        "en",
        _s("""
People call me [[PERSON:Danny]], though my mum still says [[PERSON:Daniel]] when she's cross.
We live in the maisonette above [[ADDRESS:Kwame's Cash & Carry]] on Foundry Lane, and our
landlord is [[ORGANISATION:Kestrelbrook Housing]]. Mum, [[PERSON:Abena Osei-Bonsu]], is
[[OTHER_SPECIAL:Ghanaian]] and has had [[HEALTH:anxiety]] for years.
For most of last year a group was dealing on our landing and in the bin store. Mum stopped
going to [[ADDRESS:Mount Zion Pentecostal]] on Sunday evenings because she was scared to come
home in the dark. We reported it eleven times and each time got a new log number and nothing
else.
What put it right was asking for a complaint about how they'd handled it, not another report.
The antisocial behaviour case was [[REFERENCE:ASB/2291/K]] and the complaint
[[REFERENCE:KH-CMP-7730]]. Our housing officer, [[PERSON:Mo Rahman]], was honest with us: the
reports had been sitting in three different inboxes. He got [[ORGANISATION:Brightline Security]]
to fit a fob door and a camera on the landing, and he came round with a police officer so Mum
could tell it in her own words, at her own kitchen table.
What changed is that [[ORGANISATION:Kestrelbrook]] now gives every case one named officer, and
they ring you every fortnight even when there's no news. Mum is back at church. If anyone wants
to talk to us, email [[EMAIL:danny.ob@example.com]] or ring me on
[[PHONE:oh seven seven double oh, nine double oh, three one five]].
"""),
    ),
    (
        "fv2ae-en-05",
        "en",
        _s("""
I'm [[PERSON:Leanne Hughes]], I'm [[AGE:23]] and I live at [[ADDRESS:flat 3b, 41 Sandholme Terrace]],
Leeds, [[POSTCODE:ls86pq]], with my partner [[PERSON:Jay]] and our little girl [[PERSON:Mia]],
who's [[AGE:18 months]]. We rent from [[ORGANISATION:Kirkstall Bridge Homes]].
Last spring we had mice. You could hear them in the walls at night and they got into the
cupboard where I keep [[PERSON:Mia]]'s formula. The health visitor at
[[ADDRESS:Sandholme Health Centre]], [[PERSON:Sunita]], told me to put it in writing. When I
complained (reference [[REFERENCE:KBH/ENQ/60412]]) they asked for my National Insurance number
for the compensation form, [[NI_NUMBER:QQ 12 34 56 C]], and I thought, here we go, more forms.
But it moved. A pest officer from [[ORGANISATION:Pestguard North]], [[PERSON:Gaz]], didn't just
lay poison. He went round the whole block with a torch and found a gap under the bath panel
going straight into the void between us and [[ADDRESS:number 39]]. Both flats were sealed in a
day. They paid £150 into my account, sort code [[OTHER_ID:40-11-62]], the one ending
[[OTHER_ID:7315]], and replaced the kitchen cupboard.
What changed is that pest jobs on our block are now done for the whole building, not flat by
flat, and they write to everyone on the landing. If it's happening to you, don't wait a year
like I did. My email is [[EMAIL:leanne.hughes93@example.org]].
"""),
    ),
    (
        "fv2ae-ar-01",
        "ar",
        _s("""
اسمي [[PERSON:رنا الحلبي]]، وأسكن مع زوجي [[PERSON:سامر]] وولدينا [[PERSON:خالد]] و[[PERSON:لين]] في
[[ADDRESS:شقة رقم ١٤]] في [[ADDRESS:ألدر كورت]] بمنطقة سمول هيث في برمنغهام. نحن عائلة
[[OTHER_SPECIAL:سورية]] وصلنا إلى بريطانيا سنة ٢٠١٧، والبيت تابع لـ[[ORGANISATION:Severn Gate Housing]].
في الشتاء الماضي انتشر العفن الأسود في غرفة الأولاد حتى وصل إلى الستائر والملابس.
[[PERSON:خالد]] عمره [[AGE:٩ سنوات]] وعنده [[HEALTH:ربو]]، وصار يغيب عن
[[ADDRESS:مدرسة سانت بنديكت الابتدائية]] أسبوعاً كل شهر تقريباً. الطبيبة في
[[ADDRESS:عيادة وايتهاوس]] كتبت لنا رسالة، لكن في كل مرة كانوا يرسلون عاملاً يدهن الحائط
بطلاء أبيض ويمشي.
ما غيّر الأمر أن جارتنا [[PERSON:سعاد]] قالت لي: لا تطلبي تصليحاً، اكتبي شكوى رسمية. كتبتُ
من بريدي [[EMAIL:rana.halabi@example.com]] وذكرتُ رقم الإصلاح [[REFERENCE:SGH-DM-20418]] ورقم
هاتفي [[PHONE:0121 496 0539]]. بعد ثلاثة أيام اتصلت بي موظفة اسمها [[PERSON:كلير]] وجاءت
ومعها مترجمة، ثم جاء مسّاح اسمه [[PERSON:ستيفن مارش]] ووجد أن مروحة الحمام لا تعمل أصلاً
وأن الماء يتسرب من المزراب إلى داخل الجدار.
ركّبت شركة [[ORGANISATION:Midland Dry Homes]] مروحة جديدة وعالجت الجدار، وأعطونا ٣٥٠ جنيهاً عن
الأغراض التالفة. والذي تغيّر أنهم صاروا يرسلون مسّاحاً خلال عشرة أيام من أي بلاغ عن عفن في
بيت فيه طفل أو مريض، ويحجزون مترجماً من أول زيارة. والسيدة [[PERSON:كلير]] ما زالت تتصل بنا
كل شهرين لتطمئن على [[PERSON:خالد]].
"""),
    ),
    (
        "fv2ae-ar-02",
        "ar",
        _s("""
أنا [[PERSON:حيدر الجبوري]]، وأكتب هذه القصة عن والدي الحاج [[PERSON:عباس الجبوري]]، المولود في
[[DATE_OF_BIRTH:١٥ تموز ١٩٤٤]]. يسكن والدي وحده في [[ADDRESS:37 Tudor Lane]] في كارديف،
[[POSTCODE:CF11 6QR]]، في بيت تملكه [[ORGANISATION:Cartref Bae Housing]]. قبل سنتين أصيب
بـ[[HEALTH:جلطة دماغية]]، وعنده [[HEALTH:السكري]] أيضاً.
بعد الجلطة لم يعد يستطيع دخول حوض الاستحمام. طلبنا دُشّاً أرضياً، وجاءت أخصائية العلاج
الوظيفي [[PERSON:ميغان]] وكتبت التوصية، وأعطيتها رقمه في الخدمة الصحية [[OTHER_ID:943 476 5919]].
ثم مرّ أحد عشر شهراً بلا شيء. كان أبي يغتسل بالإسفنجة في المطبخ، وهو [[OTHER_SPECIAL:مسلم]]
يتوضأ خمس مرات في اليوم، فتخيّلوا كم كان ذلك صعباً عليه. صار يذهب إلى
[[ADDRESS:مسجد دار الإحسان]] القريب من البيت ليتوضأ هناك.
اتصلت بخط الشكاوى على [[PHONE:029 2018 0641]] وقلت بوضوح: "هذه شكوى رسمية". أعطوني رقم
الشكوى [[REFERENCE:CBH-C-11872]]. ردّ علينا مدير اسمه [[PERSON:غاريث بوين]] واعتذر، وقال إن
الطلب ضاع بين قسمين ولم يسأل عنه أحد.
خلال ستة أسابيع ركّبت شركة [[ORGANISATION:Taff Adaptations]] الدُّش ومقعداً ومقابض، ودفعوا لأبي
٥٠٠ جنيه. وتغيّر النظام عندهم: كل طلب تعديل صار له موظف واحد مسؤول عنه حتى النهاية، يتصل
بالعائلة كل أسبوعين. وجارنا [[PERSON:بيتر]] من [[ADDRESS:رقم 35]] يقول إن أبي صار يغنّي في
الحمام.
"""),
    ),
    (
        "fv2ae-ar-03",
        "ar",
        _s("""
اسمي [[PERSON:فاطمة ناجي]]. نحن سبعة: أنا وزوجي [[PERSON:عبده]] وأولادنا الخمسة، وكنا نعيش في
شقة من غرفتين في [[ADDRESS:88 Rowan Hey Road]] في شيفيلد. نحن [[OTHER_SPECIAL:يمنيون]] ومعنا
[[OTHER_SPECIAL:إقامة دائمة]] منذ ٢٠١٩، والمؤجر [[ORGANISATION:Don Valley Homes]].
ابنتي الكبرى [[PERSON:أمل]] عمرها [[AGE:١٤ سنة]] وكانت تذاكر في الحمام لأنه المكان الوحيد
الهادئ. الصغار الثلاثة ينامون في سرير واحد، وأصغرهم [[PERSON:محمد]] ([[AGE:٦ سنوات]]) كان
يصحو كل ليلة. كنا مسجلين على قائمة السكن برقم [[REFERENCE:SHR-118273]] منذ أربع سنوات، وكل
مرة أسأل يقولون: انتظري. بصراحة كنت قد فقدت الأمل.
ما غيّر الأمر أن [[PERSON:بريدجيت أوكونور]]، المستشارة التي تساعدنا، قالت لي إن من حقي أن
أشتكي على طريقة التعامل مع طلبي، لا على طول الانتظار فقط. قدّمنا شكوى، وطلبوا صورة من جواز
سفري ورقمه [[OTHER_ID:05123987]]، ومن بطاقة الإقامة. وفي رد المرحلة الأولى اعترفوا أن طلبنا
سُجّل خطأً كعائلة من خمسة أفراد بدلاً من سبعة، وأن درجة الأولوية كانت خاطئة طوال هذه السنوات.
خلال ثلاثة أشهر انتقلنا إلى بيت من أربع غرف قرب [[ADDRESS:مدرسة ويستكوت الابتدائية]]، وصار
لـ[[PERSON:أمل]] غرفة ومكتب. أما التغيير عندهم فهو أنهم يراجعون الآن بيانات كل عائلة على القائمة
مرة في السنة ويتصلون بها. ومن أراد أن يسألني عن التجربة فأنا على إنستغرام باسم
[[OTHER_ID:@fatima.naji.shf]].
"""),
    ),
    (
        "fv2ae-ar-04",
        "ar",
        _s("""
أنا [[PERSON:إخلاص عثمان]]، أم لبنتين، وأسكن في [[ADDRESS:الشقة ٥]] من [[ADDRESS:Marlow House]] في
[[ADDRESS:مجمّع كريسفيلد السكني]] جنوب لندن. المؤجر [[ORGANISATION:Thameside Community Homes]].
أنا [[OTHER_SPECIAL:سودانية]] و[[OTHER_SPECIAL:مسلمة]] وألبس الحجاب. لمدة سنة تقريباً كان جار في
الطابق الأرضي يشتمني كلما مررت، ويكتب كلاماً عنصرياً على بابنا. ابنتي [[PERSON:سلمى]]،
وعمرها [[AGE:١٢ عاماً]]، صارت تخاف أن تمشي وحدها إلى [[ADDRESS:أكاديمية كريسفيلد]]. وكان يركن
سيارته، ورقمها [[OTHER_ID:LK68 TRV]]، أمام مدخل الدرج ليضايقنا. تعبت نفسياً وشخّص طبيبي
حالتي بـ[[HEALTH:الاكتئاب]].
في البداية كانوا يسجّلون كل بلاغ على أنه "خلاف بين جيران". ثم ساعدتني [[PERSON:ديانا فيلدز]]
من فريق السلوك المعادي للمجتمع على تقديم شكوى رسمية، وكتبتُ فيها كلمة "حادثة كراهية"
بوضوح. رقم قضية السلوك المعادي [[REFERENCE:TCH/ASB/4471]]، واتصلت بي خلال يومين من الرقم
[[PHONE:020 7946 0382]].
بعدها تغيّر كل شيء: ركّبوا كاميرا عند المدخل، وأخذوا إفادتي مع الشرطة، وتلقّى الجار إنذاراً
رسمياً ثم نُقل إلى مكان آخر. والآن عند [[ORGANISATION:Thameside]] سياسة واضحة: أي بلاغ فيه
عنصرية يُعامل كحادثة كراهية من اليوم الأول، ويُعيَّن له موظف واحد يتابعه. وإذا احتاجت أي
أخت إلى من تكلّمه، فبريدي [[EMAIL:ikhlas.osman@example.org]].
"""),
    ),
    (
        "fv2ae-ar-05",
        "ar",
        _s("""
اسمي [[PERSON:يوسف بنعلي]]، من أصل [[OTHER_SPECIAL:مغربي]]، وأسكن مع زوجتي [[PERSON:نادية]]
وابننا الرضيع [[PERSON:آدم]] في [[ADDRESS:شقة 7ب، 15 Holbeck Row]] في ليدز، فوق
[[ADDRESS:مخبز الأطلس]] مباشرة. الرمز البريدي [[POSTCODE:ls11 9qd]]، والمؤجر
[[ORGANISATION:Pennine Reach Housing]].
في الصيف الماضي بدأ الماء ينزل من سقف المطبخ من الشقة التي فوقنا، [[ADDRESS:الشقة 9ب]].
جارنا السيد [[PERSON:تشيدي]] كان متعاوناً جداً ويفتح بابه لكل من يأتي، لكن السبّاك من
[[ORGANISATION:AquaFix Plumbing]] كان يغيّر الحشوة ويمشي، فيعود الماء بعد أسبوع. وفي ليلة سقطت
قطعة من الجبس قرب سرير [[PERSON:آدم]]، والحمد لله أنه لم يكن فيه.
عندما قدّمت شكوى رسمية طلبوا التحقق من هويتي، فأعطيتهم تاريخ ميلادي
[[DATE_OF_BIRTH:03/11/1988]] ورقم التأمين الوطني [[NI_NUMBER:QQ 65 43 21 A]]، ثم أعطوني رقم
الشكوى [[REFERENCE:PRH-2024-0388]]. اتصلت بي مديرة اسمها [[PERSON:هانا بريستلي]] من الرقم
[[PHONE:+44 (0)113 496 0814]] واعتذرت، وقالت إن أحداً لم يربط بين البلاغات الأربعة لأنها
سُجّلت باسمين مختلفين.
جاء فريق كامل، فكشفوا الأرضية في شقة السيد [[PERSON:تشيدي]] ووجدوا أنبوباً مكسوراً تحت
الحمام. أصلحوا الأنبوب والسقف، ودفعوا لنا ٤٢٠ جنيهاً. والتغيير عندهم: إذا تكرر التسرب مرتين
في المكان نفسه يرسلون مشرفاً يفحص الشقتين معاً. ومن أراد التواصل معي:
[[EMAIL:yousef dot benali at example dot net]].
"""),
    ),
    (
        "fv2ae-bn-01",
        "bn",
        _s("""
আমার নাম [[PERSON:রুমানা বেগম]]। স্বামী [[PERSON:জামাল]] আর দুই ছেলেমেয়েকে নিয়ে আমি পপলারের
[[ADDRESS:Mariner House]]-এর [[ADDRESS:ফ্ল্যাট ২৩]]-এ থাকি, পোস্টকোড [[POSTCODE:E14 7RX]]। আমাদের
বাড়িওয়ালা [[ORGANISATION:Poplar Quay Homes]]।
দুই বছর ধরে শোবার ঘরের দেয়ালে কালো ছত্রাক। ছেলে [[PERSON:ইমরান]]-এর বয়স [[AGE:৬ বছর]], ওর
[[HEALTH:হাঁপানি]] আছে। [[ADDRESS:জুবিলি স্ট্রিট সার্জারি]]-র ডাক্তার বললেন ঘরের স্যাঁতসেঁতে ভাব
ওর কাশি বাড়াচ্ছে। আমি বারবার ফোন করতাম, কেউ এসে ব্লিচ দিয়ে মুছে চলে যেত। সত্যি বলতে,
আমি আশা ছেড়ে দিয়েছিলাম।
একদিন [[ADDRESS:বায়তুল আমান মসজিদ]]-এ মহিলাদের তালিমের পরে এক আপা বললেন, লিখিত অভিযোগ
করো, "complaint" শব্দটা লিখবে। আমার মেয়ে [[PERSON:আশা]] ইংরেজিতে চিঠিটা লিখে দিল। তাতে
রিপেয়ার নম্বর [[REFERENCE:PQH-448210]] আর আমার ফোন নম্বর [[PHONE:০৭৭০০ ৯০০৬৫২]] দিলাম।
তিন দিনের মধ্যে [[PERSON:ক্যারেন]] নামে একজন অফিসার ফোন করলেন, তারপর বাংলা দোভাষী নিয়ে
বাসায় এলেন। সার্ভেয়ার দেখলেন বাইরের দেয়ালের ফাটল দিয়ে পানি ঢুকছে।
[[ORGANISATION:Eastway Damp Care]] দেয়াল মেরামত করে নতুন এক্সট্র্যাক্টর ফ্যান লাগাল, আর আমরা ৩০০
পাউন্ড ক্ষতিপূরণ পেলাম।
এখন যা বদলেছে: বাসায় শিশু বা অসুস্থ কেউ থাকলে তারা দুই সপ্তাহের মধ্যে সার্ভেয়ার পাঠায়,
আর প্রথম থেকেই দোভাষী রাখে। [[PERSON:ক্যারেন]] আপা এখনও মাঝে মাঝে খোঁজ নেন। আলহামদুলিল্লাহ,
[[PERSON:ইমরান]] এখন রাতে শান্তিতে ঘুমায়।
"""),
    ),
    (
        "fv2ae-bn-02",
        "bn",
        _s("""
আমি [[PERSON:শাহিদ মিয়া]], তবে পাড়ার সবাই আমাকে [[PERSON:টুটুল]] বলে ডাকে। এই গল্পটা আমার মা
[[PERSON:আমেনা খাতুন]]-এর। মায়ের জন্ম [[DATE_OF_BIRTH:১২ই মে ১৯৫০]], তাঁর [[HEALTH:ডায়াবেটিস]]
আর [[HEALTH:উচ্চ রক্তচাপ]] আছে। তিনি ওল্ডহ্যামে [[ADDRESS:৫২ লার্চ গ্রোভ]]-এ একা থাকেন,
বাড়িটা [[ORGANISATION:Alder Moor Housing]]-এর।
গত জানুয়ারিতে বয়লার নষ্ট হয়ে গেল। [[ORGANISATION:Pennine Gas Care]]-এর ইঞ্জিনিয়ার
[[PERSON:স্টিভ]] দুবার এসে বললেন পার্টস নেই। মা তিন সপ্তাহ কম্বল মুড়ি দিয়ে বসে থাকতেন,
রাতে আমার বাসায় এসে ঘুমাতেন।
আমি [[EMAIL:tutul.miah@example.com]] থেকে অভিযোগ পাঠালাম, মায়ের এনএইচএস নম্বর
[[OTHER_ID:485 777 3456]] দিয়ে লিখলাম যে তিনি অসুস্থ আর বয়স্ক। অভিযোগ নম্বর পেলাম
[[REFERENCE:AMH/CP/7719]]। কাউন্সিলর [[PERSON:নাসরিন আহমেদ]]-কেও জানালাম, তিনি নিজে
হাউজিং অফিসে ফোন করলেন।
এরপর দুই দিনের মধ্যে নতুন বয়লার বসল, আর বিদ্যুৎ খরচ বাবদ মাকে ২৫০ পাউন্ড দেওয়া হলো।
অভিযোগ দলের [[PERSON:হেলেন]] [[PHONE:0161 496 0917]] নম্বর থেকে ফোন করে নিজে ক্ষমা চাইলেন।
এখন [[ORGANISATION:Alder Moor]] বয়স্ক আর অসুস্থ ভাড়াটেদের একটা তালিকা রাখে। হিটিং বন্ধ হলে
সেদিনই হিটার দেয়, আর এক সপ্তাহের মধ্যে মেরামত করে। মা আবার
[[ADDRESS:শাহজালাল জামে মসজিদ]]-এর মহিলাদের ক্লাসে যাচ্ছেন, ঠান্ডায় আর কষ্ট পান না।
"""),
    ),
    (
        "fv2ae-bn-03",
        "bn",
        _s("""
আমি [[PERSON:তাসলিমা আক্তার]], বয়স [[AGE:১৯]]। আমরা সাতজন থাকতাম বার্মিংহামের
[[ADDRESS:118 Fletcher Street]], [[POSTCODE:B10 0QT]]-এর তিন বেডরুমের বাসায়। বাড়িওয়ালা
[[ORGANISATION:Cole Valley Housing]]। আমরা [[OTHER_SPECIAL:বাংলাদেশি]] পরিবার, দাদি ইংরেজি একদম
বোঝেন না।
আমি ইউনিভার্সিটির পড়া রান্নাঘরের টেবিলে বসে করতাম। দুই ভাই [[PERSON:রাফি]] আর
[[PERSON:সামি]] এক খাটে ঘুমায়, ওরা [[ADDRESS:গ্রিনওয়ে প্রাইমারি স্কুল]]-এ পড়ে। হাউজিং
রেজিস্টারে আমাদের নম্বর ছিল [[REFERENCE:BHR-0029381]], কিন্তু পাঁচ বছর কোনো খবর নেই।
আসল সমস্যা ছিল যোগাযোগে। সব চিঠি ইংরেজিতে আসত, আর দুটো চিঠি আমাদের পুরোনো বাসা
[[ADDRESS:৭৪ নম্বর]]-এ চলে গিয়েছিল, তাই আমরা রিভিউয়ের তারিখ মিস করি আর আবেদন বন্ধ হয়ে যায়।
আমি অনলাইনে অভিযোগ করলাম, অভিযোগ নম্বর [[REFERENCE:CVH-CMP-10557]]।
হাউজিং অফিসার [[PERSON:ডেনিস ক্যাম্পবেল]] ফোন করে পুরো ভুলটা স্বীকার করলেন। তাঁরা আবেদন
আবার খুললেন, হারানো সময় ধরে প্রায়োরিটি ঠিক করলেন, আর এই বসন্তে আমরা পাঁচ বেডরুমের একটা
বাসা পেয়েছি। সাথে ২০০ পাউন্ড ক্ষতিপূরণ।
এখন তাঁরা প্রতি বছর ঠিকানা আর ফোন নম্বর যাচাই করেন, আর কেউ চাইলে বাংলায় চিঠি পাঠান।
আমি এখন এলাকার অন্যদের অভিযোগ লিখতে সাহায্য করি; ইনস্টাগ্রামে আমাকে পাবেন
[[OTHER_ID:@taslima.helps.brum]]-এ।
"""),
    ),
    (
        "fv2ae-bn-04",
        "bn",
        _s("""
আমি [[PERSON:মোহাম্মদ আব্দুল হাই]], লুটনে ট্যাক্সি চালাই, গাড়ির নম্বর [[OTHER_ID:KX17 BNV]]।
আমাদের বাসা [[ADDRESS:৯ বেরি লেন]], ঠিক [[ADDRESS:সোনার বাংলা গ্রোসারি]]-র পাশে। বাড়িওয়ালা
[[ORGANISATION:Chiltern Gate Homes]]। ছেলে [[PERSON:রাইয়ান]]-এর বয়স [[AGE:১০]], ওর
[[HEALTH:অটিজম]] আছে, হঠাৎ শব্দ বা পরিবর্তন ও সহ্য করতে পারে না।
গত অক্টোবরে ঝড়ের পর ছাদ দিয়ে পানি পড়তে শুরু করল, ঠিক [[PERSON:রাইয়ান]]-এর ঘরে। বালতি
রাখতাম, রাতে টপটপ শব্দে ও ঘুমাতে পারত না। তিনবার রিপেয়ার বুক করলাম,
[[ORGANISATION:Chiltern Roofline]] দুবার আসেইনি।
তখন আমার স্ত্রী [[PERSON:শিরিন]] বলল, আর ফোন না, এবার লিখে অভিযোগ করো। আমি লিখলাম,
রিপেয়ার জব নম্বর [[REFERENCE:CGH-RJ-33071]] দিলাম, আর [[PERSON:রাইয়ান]]-এর স্কুল
[[ADDRESS:হাইবারি প্রাইমারি]]-র চিঠিও জুড়ে দিলাম যে ও ক্লাসে ঘুমিয়ে পড়ছে।
অভিযোগ ম্যানেজার [[PERSON:প্যাট্রিক ও'নিল]] এক সপ্তাহের মধ্যে বাসায় এলেন, [[PERSON:রাইয়ান]]-এর
সাথে আস্তে আস্তে কথা বললেন, তারপর পুরো ছাদ নতুন করার ব্যবস্থা করলেন। আমরা ৪০০ পাউন্ড
পেলাম, আর কাজের দিনগুলোতে [[PERSON:রাইয়ান]] নানুর বাসায় ছিল।
এখন যা বদলেছে: বাসায় প্রতিবন্ধী শিশু থাকলে তাঁরা আগে থেকে জেনে নেন কীভাবে কাজ করলে
সুবিধা হয়, আর ঠিকাদার না এলে নিজেরাই পরিবারকে ফোন করেন। আমার নম্বর
[[PHONE:07700 900 863]], কেউ কথা বলতে চাইলে ফোন দেবেন।
"""),
    ),
    (
        "fv2ae-bn-05",
        "bn",
        _s("""
আমার নাম [[PERSON:নাজমা চৌধুরী]]। শাশুড়ি, স্বামী [[PERSON:রফিক]] আর তিন মেয়েকে নিয়ে আমরা
ক্যামডেনের [[ADDRESS:Ashdown Estate]]-এ, [[ADDRESS:ফ্ল্যাট ৪১]]-এ থাকি। বাড়িওয়ালা
[[ORGANISATION:Kentish Row Housing]]।
দেড় বছর ধরে রান্নাঘরে তেলাপোকা। রাতে লাইট জ্বালালে দেয়াল কালো হয়ে থাকত। ছোট মেয়ে
[[PERSON:নুসরাত]] ([[AGE:৩ বছর]]) একদিন একটা মুখে দিয়ে ফেলেছিল। [[ORGANISATION:CleanSweep Pest Services]]
এসে স্প্রে করে যেত, কিন্তু পাশের ফ্ল্যাট থেকে আবার চলে আসত।
দুই ধাপে অভিযোগ করেও যখন কিছু হলো না, তখন হাউজিং ওম্বুডসম্যানের কাছে গেলাম। তারা আমার
জন্মতারিখ চাইল, লিখলাম [[DATE_OF_BIRTH:সাতই জানুয়ারি উনিশশো একাশি]], আর ন্যাশনাল
ইন্স্যুরেন্স নম্বর [[NI_NUMBER:QQ 48 22 91 B]]। ওম্বুডসম্যানের কেস নম্বর
[[REFERENCE:202419034]]।
ওম্বুডসম্যান বলল, বাড়িওয়ালা পুরো ব্লকের সমস্যাকে এক ফ্ল্যাটের সমস্যা হিসেবে দেখেছে। এরপর
[[PERSON:অলিভার গ্রান্ট]] নামে একজন ম্যানেজার এসে পুরো ব্লকে একসাথে চিকিৎসা করালেন, পাইপের
চারপাশের ফাঁক বন্ধ করালেন, আর আমাদের ৭৫০ পাউন্ড দিলেন।
এখন তাঁরা পোকামাকড়ের অভিযোগ এলে পুরো ব্লক পরীক্ষা করেন। আমাদের ব্লকের পাশেই
[[ADDRESS:হোলি ক্রস চার্চ হল]], সেখানে মাসে একবার বাসিন্দাদের মিটিং হয়, আর আমি এখন সেখানে
অন্যদের অভিযোগ লিখতে সাহায্য করি। যোগাযোগ: [[EMAIL:najma.chowdhury@example.net]]।
"""),
    ),
    (
        "fv2ae-pa-01",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਮ [[PERSON:ਮਨਜੀਤ ਕੌਰ ਢਿੱਲੋਂ]] ਹੈ। ਮੈਂ ਆਪਣੇ ਪਤੀ [[PERSON:ਸੁਖਵਿੰਦਰ]] ਅਤੇ ਧੀ
[[PERSON:ਸਿਮਰਨ]] ਨਾਲ ਸਾਊਥਾਲ ਵਿੱਚ [[ADDRESS:ਫ਼ਲੈਟ ੬]], [[ADDRESS:ਹੈਵਲੌਕ ਕੋਰਟ]] ਵਿੱਚ ਰਹਿੰਦੀ ਹਾਂ,
ਬਿਲਕੁਲ [[ADDRESS:ਗੁਰਦੁਆਰਾ ਦਸਮੇਸ਼ ਦਰਬਾਰ]] ਦੇ ਸਾਹਮਣੇ। ਸਾਡਾ ਮਕਾਨ-ਮਾਲਕ
[[ORGANISATION:Havelock Lane Homes]] ਹੈ।
ਦੋ ਸਾਲ ਬਾਥਰੂਮ ਅਤੇ [[PERSON:ਸਿਮਰਨ]] ਦੇ ਕਮਰੇ ਵਿੱਚ ਕਾਲੀ ਉੱਲੀ ਰਹੀ। [[PERSON:ਸਿਮਰਨ]]
[[AGE:੧੧ ਸਾਲ]] ਦੀ ਹੈ ਅਤੇ ਉਸ ਨੂੰ [[HEALTH:ਐਗਜ਼ੀਮਾ]] ਹੈ; ਸਿੱਲ੍ਹ ਨਾਲ ਉਸ ਦੀ ਚਮੜੀ ਬਹੁਤ ਖ਼ਰਾਬ ਹੋ
ਗਈ। [[ADDRESS:ਬ੍ਰਿਜ ਮੀਡੋ ਪ੍ਰਾਇਮਰੀ ਸਕੂਲ]] ਦੀ ਨਰਸ ਨੇ ਵੀ ਚਿੱਠੀ ਲਿਖੀ। ਪਰ ਹਰ ਵਾਰ ਕੋਈ ਆ ਕੇ ਉੱਤੋਂ
ਪੇਂਟ ਕਰ ਜਾਂਦਾ ਅਤੇ ਮਹੀਨੇ ਬਾਅਦ ਉੱਲੀ ਫਿਰ ਆ ਜਾਂਦੀ।
ਫਿਰ ਗੁਰਦੁਆਰੇ ਵਿੱਚ ਇੱਕ ਭੈਣ ਜੀ ਨੇ ਦੱਸਿਆ ਕਿ "ਸ਼ਿਕਾਇਤ" ਸ਼ਬਦ ਵਰਤ ਕੇ ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਕਰੋ। ਮੈਂ
[[EMAIL:manjit.dhillon@example.com]] ਤੋਂ ਈਮੇਲ ਭੇਜੀ ਅਤੇ ਰਿਪੇਅਰ ਨੰਬਰ [[REFERENCE:HLH-558-D]]
ਲਿਖਿਆ। ਦੋ ਦਿਨਾਂ ਵਿੱਚ [[PERSON:ਐਮਾ ਰਿਚਰਡਸ]] ਨੇ [[PHONE:020 7946 0715]] ਤੋਂ ਫ਼ੋਨ ਕੀਤਾ ਅਤੇ
ਪੰਜਾਬੀ ਬੋਲਣ ਵਾਲੇ ਸਰਵੇਅਰ [[PERSON:ਰਾਜ]] ਨੂੰ ਭੇਜਿਆ।
ਪਤਾ ਲੱਗਾ ਕਿ ਬਾਥਰੂਮ ਦਾ ਪੱਖਾ ਕਦੇ ਬਿਜਲੀ ਨਾਲ ਜੁੜਿਆ ਹੀ ਨਹੀਂ ਸੀ!
[[ORGANISATION:Westway Ventilation]] ਨੇ ਨਵਾਂ ਪੱਖਾ ਲਾਇਆ, ਕੰਧਾਂ ਦਾ ਇਲਾਜ ਕੀਤਾ, ਅਤੇ ਸਾਨੂੰ ੩੫੦
ਪੌਂਡ ਮਿਲੇ। ਹੁਣ ਉਹ ਉੱਲੀ ਦੀ ਦੂਜੀ ਸ਼ਿਕਾਇਤ 'ਤੇ ਹੀ ਪੂਰੀ ਜਾਂਚ ਕਰਦੇ ਹਨ ਅਤੇ ਛੇ ਹਫ਼ਤਿਆਂ ਬਾਅਦ
ਦੁਬਾਰਾ ਫ਼ੋਨ ਕਰ ਕੇ ਪੁੱਛਦੇ ਹਨ। ਵਾਹਿਗੁਰੂ ਦੀ ਕਿਰਪਾ ਨਾਲ [[PERSON:ਸਿਮਰਨ]] ਦੀ ਚਮੜੀ ਹੁਣ ਠੀਕ ਹੈ।
"""),
    ),
    (
        "fv2ae-pa-02",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਹਰਮਨਪ੍ਰੀਤ ਸਿੰਘ]] ਹਾਂ, ਦੋਸਤ ਮੈਨੂੰ [[PERSON:ਹੈਰੀ]] ਕਹਿੰਦੇ ਹਨ। ਮੇਰੇ ਬੀਬੀ ਜੀ,
[[PERSON:ਸੁਰਜੀਤ ਕੌਰ]], ਜਿਨ੍ਹਾਂ ਦਾ ਜਨਮ [[DATE_OF_BIRTH:੧੫ ਅਗਸਤ ੧੯੪੭]] ਨੂੰ ਹੋਇਆ,
[[ADDRESS:ਕਿੰਗਫ਼ਿਸ਼ਰ ਟਾਵਰ]] ਦੀ ਨੌਵੀਂ ਮੰਜ਼ਿਲ 'ਤੇ [[ADDRESS:ਫ਼ਲੈਟ ੯੪]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ। ਉਨ੍ਹਾਂ ਨੂੰ
[[HEALTH:ਦਿਲ ਦੀ ਬਿਮਾਰੀ]] ਹੈ ਅਤੇ ਉਹ ਵਾਕਰ ਨਾਲ ਤੁਰਦੇ ਹਨ। ਟਾਵਰ
[[ORGANISATION:Sandwell Brook Housing]] ਦਾ ਹੈ।
ਪਿਛਲੀ ਸਰਦੀ ਵਿੱਚ ਲਿਫਟ ਚਾਰ ਹਫ਼ਤੇ ਬੰਦ ਰਹੀ। ਬੀਬੀ ਜੀ [[ADDRESS:ਗੁਰਦੁਆਰਾ ਬਾਬਾ ਸੰਗਤ ਸਿੰਘ]] ਨਹੀਂ
ਜਾ ਸਕੇ, ਡਾਕਟਰ ਦੀ ਅਪੌਇੰਟਮੈਂਟ ਵੀ ਰਹਿ ਗਈ। ਹੇਠਲੀ ਮੰਜ਼ਿਲ ਵਾਲੀ ਆਂਟੀ [[PERSON:ਮਾਰਸੀਆ]] ਰੋਜ਼
ਉਨ੍ਹਾਂ ਲਈ ਖਾਣਾ ਉੱਪਰ ਲੈ ਕੇ ਆਉਂਦੀ ਰਹੀ, ਰੱਬ ਉਸ ਦਾ ਭਲਾ ਕਰੇ।
ਮੈਂ [[PHONE:0121 496 0352]] 'ਤੇ ਫ਼ੋਨ ਕਰ ਕੇ ਸਾਫ਼ ਕਿਹਾ ਕਿ ਮੈਂ ਸ਼ਿਕਾਇਤ ਕਰਨੀ ਚਾਹੁੰਦਾ ਹਾਂ।
ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:SBH/LC/2231]] ਮਿਲਿਆ। ਪਹਿਲੇ ਹਫ਼ਤੇ ਕੁਝ ਨਹੀਂ ਹੋਇਆ, ਫਿਰ ਮੈਂ ਕੌਂਸਲਰ
[[PERSON:ਟੋਨੀ ਬਰਨਜ਼]] ਨੂੰ ਈਮੇਲ ਕੀਤੀ ਅਤੇ ਉਹ ਆਪ ਨੌਂ ਮੰਜ਼ਿਲਾਂ ਪੌੜੀਆਂ ਚੜ੍ਹ ਕੇ ਬੀਬੀ ਜੀ ਨੂੰ ਮਿਲਣ
ਆਏ।
ਉਸ ਤੋਂ ਬਾਅਦ [[ORGANISATION:Sandwell Brook]] ਨੇ ਬੀਬੀ ਜੀ ਨੂੰ ਲਿਫਟ ਠੀਕ ਹੋਣ ਤੱਕ ਹੇਠਲੀ ਮੰਜ਼ਿਲ
ਦੇ ਖ਼ਾਲੀ ਫ਼ਲੈਟ ਵਿੱਚ ਰੱਖਿਆ, [[ORGANISATION:Midland Lift Services]] ਨੇ ਨਵੀਂ ਮੋਟਰ ਲਾਈ, ਅਤੇ ੪੦੦
ਪੌਂਡ ਮੁਆਵਜ਼ਾ ਦਿੱਤਾ। ਹੁਣ ਟਾਵਰ ਵਿੱਚ ਜਿਹੜੇ ਲੋਕ ਪੌੜੀਆਂ ਨਹੀਂ ਵਰਤ ਸਕਦੇ, ਉਨ੍ਹਾਂ ਦੀ ਸੂਚੀ ਹੈ, ਅਤੇ
ਲਿਫਟ ਬੰਦ ਹੋਣ 'ਤੇ ਉਸੇ ਦਿਨ ਹਰ ਇੱਕ ਨੂੰ ਫ਼ੋਨ ਆਉਂਦਾ ਹੈ। ਕਿਸੇ ਨੇ ਪੁੱਛਣਾ ਹੋਵੇ ਤਾਂ ਮੇਰੀ ਈਮੇਲ
[[EMAIL:harry.singh.smk@example.org]] ਹੈ।
"""),
    ),
    (
        "fv2ae-pa-03",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਕੁਲਦੀਪ ਸਿੰਘ ਬਾਜਵਾ]] ਹਾਂ, ਉਮਰ [[AGE:੪੬ ਸਾਲ]], ਅਤੇ ਲੈਸਟਰ ਵਿੱਚ ਰਾਤ ਦੀ ਸ਼ਿਫ਼ਟ 'ਤੇ
ਟੈਕਸੀ ਚਲਾਉਂਦਾ ਹਾਂ। ਸਾਡਾ ਘਰ [[ADDRESS:੧੭ ਮੇਲਬੌਰਨ ਕਲੋਜ਼]], [[POSTCODE:LE5 3TU]] ਹੈ, ਜਿਹੜਾ
[[ORGANISATION:Soar Valley Homes]] ਦਾ ਹੈ।
ਦਿਨ ਵੇਲੇ ਸੌਣਾ ਮੇਰੀ ਮਜਬੂਰੀ ਹੈ, ਪਰ ਨਾਲ ਦੇ [[ADDRESS:ਨੰਬਰ ੧੯]] ਵਿੱਚ ਆਏ ਨਵੇਂ ਕਿਰਾਏਦਾਰ ਸਾਰਾ ਦਿਨ
ਉੱਚੀ ਗਾਣੇ ਲਾਉਂਦੇ ਅਤੇ ਰਾਤ ਨੂੰ ਪਾਰਟੀਆਂ ਕਰਦੇ। ਉਹ ਆਪਣੀ ਵੈਨ ([[OTHER_ID:FV21 ZKP]]) ਮੇਰੀ ਟੈਕਸੀ
([[OTHER_ID:LR70 HXT]]) ਦੇ ਅੱਗੇ ਖੜ੍ਹੀ ਕਰ ਦਿੰਦੇ, ਤਾਂ ਮੈਂ ਕੰਮ 'ਤੇ ਵੀ ਲੇਟ ਹੋ ਜਾਂਦਾ। ਮੇਰੀ
ਘਰਵਾਲੀ [[PERSON:ਪਰਮਿੰਦਰ]] ਨੂੰ [[HEALTH:ਮਾਈਗ੍ਰੇਨ]] ਹੈ, ਉਸ ਦਾ ਬੁਰਾ ਹਾਲ ਸੀ।
ਅਸੀਂ ਐਪ ਰਾਹੀਂ ਸ਼ੋਰ ਦੀਆਂ ਰਿਕਾਰਡਿੰਗਾਂ ਭੇਜੀਆਂ, ਐਂਟੀਸੋਸ਼ਲ ਬਿਹੇਵੀਅਰ ਕੇਸ
[[REFERENCE:SVH-ASB-0921]] ਖੁੱਲ੍ਹਿਆ, ਪਰ ਛੇ ਮਹੀਨੇ ਕੋਈ ਜਵਾਬ ਨਹੀਂ ਆਇਆ। ਫਿਰ ਮੈਂ ਇਸ ਬਾਰੇ
ਰਸਮੀ ਸ਼ਿਕਾਇਤ ਕੀਤੀ ਕਿ ਕੇਸ ਨੂੰ ਕਿਵੇਂ ਸੰਭਾਲਿਆ ਗਿਆ।
ਨਵੀਂ ਅਫ਼ਸਰ [[PERSON:ਸ਼ੈਰਨ ਮੈਕਡੋਨਲਡ]] ਨੇ ਪਹਿਲੀ ਵਾਰ ਦੋਵਾਂ ਘਰਾਂ ਨਾਲ ਬੈਠ ਕੇ ਗੱਲ ਕੀਤੀ।
ਗੁਆਂਢੀਆਂ ਨੇ ਲਿਖਤੀ ਸਮਝੌਤਾ ਕੀਤਾ, ਸਾਂਝੀ ਕੰਧ ਵਿੱਚ ਆਵਾਜ਼ ਰੋਕਣ ਵਾਲੀ ਪਰਤ ਲੱਗੀ, ਅਤੇ ਪਾਰਕਿੰਗ
ਲਈ ਨਿਸ਼ਾਨ ਵਾਲੀਆਂ ਥਾਵਾਂ ਬਣੀਆਂ। ਸਾਨੂੰ ੨੦੦ ਪੌਂਡ ਵੀ ਮਿਲੇ।
ਹੁਣ [[ORGANISATION:Soar Valley]] ਹਰ ਕੇਸ ਵਿੱਚ ੧੦ ਦਿਨਾਂ ਦੇ ਅੰਦਰ ਸ਼ਿਕਾਇਤ ਕਰਨ ਵਾਲੇ ਨੂੰ ਫ਼ੋਨ ਕਰਦੀ
ਹੈ ਅਤੇ ਸ਼ਿਫ਼ਟਾਂ 'ਤੇ ਕੰਮ ਕਰਨ ਵਾਲਿਆਂ ਦਾ ਖ਼ਿਆਲ ਰੱਖਦੀ ਹੈ। ਕਿਸੇ ਨੇ ਗੱਲ ਕਰਨੀ ਹੋਵੇ ਤਾਂ ਮੇਰਾ
ਨੰਬਰ [[PHONE:੦੭੭੦੦ ੯੦੦੫੮੧]] ਹੈ।
"""),
    ),
    (
        "fv2ae-pa-04",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਮ [[PERSON:ਰਾਜਵਿੰਦਰ ਕੌਰ]] ਹੈ, ਪਰ ਸਾਰੇ ਮੈਨੂੰ [[PERSON:ਰਾਜੀ]] ਕਹਿੰਦੇ ਹਨ। ਮੇਰਾ ਪੁੱਤਰ
[[PERSON:ਜਸ਼ਨਦੀਪ]], ਜਿਸ ਨੂੰ ਅਸੀਂ [[PERSON:ਜਸ਼ਨ]] ਕਹਿੰਦੇ ਹਾਂ, [[AGE:੧੩ ਸਾਲਾਂ]] ਦਾ ਹੈ ਅਤੇ ਉਸ ਨੂੰ
[[HEALTH:ਸੈਰੇਬ੍ਰਲ ਪਾਲਸੀ]] ਹੈ। ਅਸੀਂ ਬ੍ਰੈਡਫ਼ੋਰਡ ਵਿੱਚ [[ADDRESS:4 Thornbury Mews]],
[[POSTCODE:bd3 8nw]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ, ਜੋ [[ORGANISATION:Calder Heights Housing]] ਦਾ ਘਰ ਹੈ।
[[PERSON:ਜਸ਼ਨ]] ਹੁਣ ਵੱਡਾ ਹੋ ਗਿਆ ਹੈ ਅਤੇ ਮੈਂ ਉਸ ਨੂੰ ਚੁੱਕ ਕੇ ਪੌੜੀਆਂ ਨਹੀਂ ਚੜ੍ਹ ਸਕਦੀ। ਸਾਨੂੰ
ਹੇਠਾਂ ਬੈੱਡਰੂਮ ਅਤੇ ਵੈੱਟ-ਰੂਮ ਚਾਹੀਦਾ ਸੀ। ਓਟੀ [[PERSON:ਕੈਥਰੀਨ ਲੌਇਡ]] ਨੇ ਸਿਫ਼ਾਰਸ਼ ਲਿਖ ਦਿੱਤੀ ਸੀ
ਅਤੇ ਫ਼ਾਈਲ 'ਤੇ [[PERSON:ਜਸ਼ਨ]] ਦਾ ਐੱਨਐੱਚਐੱਸ ਨੰਬਰ [[OTHER_ID:721 044 8613]] ਵੀ ਲਿਖਿਆ। ਪਰ ਡੇਢ
ਸਾਲ ਕੁਝ ਨਹੀਂ ਹੋਇਆ। ਉਹ ਬੈਠਕ ਵਿੱਚ ਸੌਂਦਾ ਸੀ ਅਤੇ ਮੈਂ ਉਸ ਨੂੰ ਰਸੋਈ ਵਿੱਚ ਨਹਾਉਂਦੀ ਸੀ।
ਉਸ ਦੇ ਸਕੂਲ [[ADDRESS:ਹੀਟਨ ਰਾਈਜ਼ ਅਕੈਡਮੀ]] ਦੀ ਟੀਚਰ ਮਿਸ [[PERSON:ਓਕੋਂਕਵੋ]] ਨੇ ਮੈਨੂੰ ਸ਼ਿਕਾਇਤ
ਕਰਨ ਦੀ ਸਲਾਹ ਦਿੱਤੀ। ਮੈਂ [[EMAIL:rajvinder.kaur@example.net]] ਤੋਂ ਸ਼ਿਕਾਇਤ ਭੇਜੀ; ਸ਼ਿਕਾਇਤ ਨੰਬਰ
[[REFERENCE:CHH/ADP/00452]] ਮਿਲਿਆ।
ਦੂਜੇ ਪੜਾਅ 'ਤੇ ਮੈਨੇਜਰ [[PERSON:ਨਾਈਜਲ ਫ਼ੋਸਟਰ]] ਨੇ ਮੰਨਿਆ ਕਿ ਫ਼ਾਈਲ ਨੌਕਰੀ ਛੱਡ ਚੁੱਕੇ ਇੱਕ ਮੁਲਾਜ਼ਮ
ਦੇ ਇਨਬਾਕਸ ਵਿੱਚ ਪਈ ਰਹੀ। ਤਿੰਨ ਮਹੀਨਿਆਂ ਵਿੱਚ [[ORGANISATION:Pennine Access Builders]] ਨੇ ਹੇਠਾਂ
ਕਮਰਾ ਅਤੇ ਵੈੱਟ-ਰੂਮ ਬਣਾ ਦਿੱਤਾ, ਅਤੇ ਸਾਨੂੰ ੮੦੦ ਪੌਂਡ ਮਿਲੇ। ਹੁਣ ਹਰ ਅਡੈਪਟੇਸ਼ਨ ਕੇਸ ਇੱਕ ਸਾਂਝੀ
ਸੂਚੀ 'ਤੇ ਹੁੰਦਾ ਹੈ, ਕਿਸੇ ਇੱਕ ਬੰਦੇ ਦੇ ਇਨਬਾਕਸ ਵਿੱਚ ਨਹੀਂ। [[PERSON:ਜਸ਼ਨ]] ਆਪਣੇ ਨਵੇਂ ਕਮਰੇ ਵਿੱਚ
ਬਹੁਤ ਖ਼ੁਸ਼ ਹੈ।
"""),
    ),
    (
        "fv2ae-pa-05",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਗੁਰਮੀਤ ਕੌਰ ਰੰਧਾਵਾ]] ਹਾਂ। ਸਰਦਾਰ ਜੀ ਦੇ ਜਾਣ ਤੋਂ ਬਾਅਦ ਮੈਂ ਗ੍ਰੇਵਜ਼ੈਂਡ ਵਿੱਚ
[[ADDRESS:੩੩ ਮਿਲਟਨ ਵਾਕ]] ਵਿੱਚ ਇਕੱਲੀ ਰਹਿੰਦੀ ਹਾਂ, [[ADDRESS:ਸੰਧੂ ਕੈਸ਼ ਐਂਡ ਕੈਰੀ]] ਦੇ ਪਿੱਛੇ ਵਾਲੀ
ਗਲੀ ਵਿੱਚ। ਘਰ [[ORGANISATION:Thames Reach Living]] ਦਾ ਹੈ।
ਪਿਛਲੇ ਸਾਲ ਘਰ ਵਿੱਚ ਖਟਮਲ ਹੋ ਗਏ। ਮੈਨੂੰ [[HEALTH:ਗਠੀਆ]] ਹੈ, ਮੈਂ ਗੱਦੇ ਆਪ ਨਹੀਂ ਚੁੱਕ ਸਕਦੀ।
ਅੰਗਰੇਜ਼ੀ ਮੈਂ ਥੋੜ੍ਹੀ ਹੀ ਬੋਲਦੀ ਹਾਂ, ਅਤੇ ਫ਼ੋਨ 'ਤੇ ਹਰ ਵਾਰ ਇਹੀ ਕਹਿੰਦੇ, "ਵੈੱਬਸਾਈਟ 'ਤੇ ਫ਼ਾਰਮ
ਭਰੋ"।
ਮੇਰੀ ਪੋਤੀ [[PERSON:ਨਵਨੀਤ]], ਜਿਸ ਨੂੰ ਅਸੀਂ [[PERSON:ਨਵੀ]] ਕਹਿੰਦੇ ਹਾਂ, ਨੇ ਮੇਰੇ ਕੋਲ ਬੈਠ ਕੇ
ਸ਼ਿਕਾਇਤ ਲਿਖੀ। ਉਸ ਨੇ ਮੇਰਾ ਟੈਨੈਂਸੀ ਨੰਬਰ [[REFERENCE:TRL-T-0093317]] ਅਤੇ ਆਪਣਾ ਨੰਬਰ
[[PHONE:+44 7700 900 264]] ਲਿਖਿਆ, ਅਤੇ ਸਾਫ਼ ਲਿਖਿਆ ਕਿ ਮੈਨੂੰ ਪੰਜਾਬੀ ਦੁਭਾਸ਼ੀਏ ਦੀ ਲੋੜ ਹੈ।
ਇੱਕ ਹਫ਼ਤੇ ਵਿੱਚ [[PERSON:ਲੂਸੀ]] ਨਾਮ ਦੀ ਕੁੜੀ ਦੁਭਾਸ਼ੀਏ ਨਾਲ ਘਰ ਆਈ ਅਤੇ ਮਾਫ਼ੀ ਮੰਗੀ।
[[ORGANISATION:BugBusters Kent]] ਨੇ ਤਿੰਨ ਵਾਰ ਦਵਾਈ ਛਿੜਕੀ, ਨਵਾਂ ਗੱਦਾ ਅਤੇ ਪਲੰਘ ਦਿੱਤਾ, ਅਤੇ
ਸਾਮਾਨ ਚੁੱਕਣ ਲਈ ਬੰਦੇ ਭੇਜੇ। ੨੫੦ ਪੌਂਡ ਮੇਰੇ ਖਾਤੇ ਵਿੱਚ ਆਏ, ਜਿਸ ਦਾ ਸੌਰਟ ਕੋਡ
[[OTHER_ID:20-45-77]] ਹੈ।
ਹੁਣ ਉਨ੍ਹਾਂ ਦੇ ਸਿਸਟਮ ਵਿੱਚ ਲਿਖਿਆ ਹੈ ਕਿ ਮੈਨੂੰ ਦੁਭਾਸ਼ੀਆ ਚਾਹੀਦਾ ਹੈ, ਅਤੇ ਕੋਈ ਮੈਨੂੰ ਵੈੱਬਸਾਈਟ ਵੱਲ
ਨਹੀਂ ਭੇਜਦਾ। [[PERSON:ਨਵੀ]] ਨੇ ਸਾਡੀ ਕਹਾਣੀ ਆਪਣੇ ਟਿਕਟੌਕ [[OTHER_ID:@navi.randhawa]] 'ਤੇ ਵੀ ਪਾਈ ਹੈ।
"""),
    ),
    (
        "fv2ae-pl-01",
        "pl",
        _s("""
Nazywam się [[PERSON:Agnieszka Wróbel]], mieszkam w Peterborough z mężem [[PERSON:Tomkiem]] i
córeczką [[PERSON:Zuzią]] w [[ADDRESS:mieszkaniu nr 12]] w bloku [[ADDRESS:Nene View]], kod
[[POSTCODE:PE1 4HX]]. Wynajmujemy od [[ORGANISATION:Fenland Gate Housing]].
Przez dwie zimy w pokoju małej rosła czarna pleśń, za szafą i nad oknem. [[PERSON:Zuzia]] ma
[[AGE:5 lat]] i [[HEALTH:astmę]], a lekarka z [[ADDRESS:Parkway Surgery]] powiedziała wprost, że
wilgoć jej szkodzi. Ekipa przychodziła, malowała ścianę i po miesiącu wszystko wracało.
Pomogła mi dopiero pani [[PERSON:Bożena]] z [[ADDRESS:Polskiej Szkoły Sobotniej im. Jana Pawła II]],
do której [[PERSON:Zuzia]] chodzi w soboty. Powiedziała: nie zgłaszaj kolejnej naprawy, napisz
skargę. Napisałam z adresu [[EMAIL:aga.wrobel@example.com]], podałam numer zgłoszenia
[[REFERENCE:FGH/DM/30871]] i telefon [[PHONE:07700 900 538]].
Zadzwonił do mnie [[PERSON:Kevin Lowe]] z działu skarg. Tydzień później razem z [[PERSON:Kevinem]]
przyszedł rzeczoznawca i znalazł nieszczelną rynnę, z której woda lała się prosto w ścianę.
Firma [[ORGANISATION:Eastfen Building Services]] naprawiła rynnę, osuszyła ścianę i założyła
wentylator, a my dostaliśmy 380 funtów za zniszczone rzeczy.
Co się zmieniło? Teraz przy drugim zgłoszeniu pleśni zawsze przyjeżdża rzeczoznawca, a po sześciu
tygodniach ktoś dzwoni sprawdzić, czy nie wróciła. [[PERSON:Zuzia]] śpi spokojnie, a ja mówię
wszystkim mamom pod szkołą: piszcie skargę, nie czekajcie!
"""),
    ),
    (
        "fv2ae-pl-02",
        "pl",
        _s("""
Jestem [[PERSON:Zbigniew Kowalczyk]], dla znajomych po prostu [[PERSON:Zbyszek]]. Urodziłem się
[[DATE_OF_BIRTH:12.04.1951]] w Łodzi, a od dwudziestu lat mieszkam sam w Slough, pod adresem
[[ADDRESS:19 Ashford Walk]], [[POSTCODE:SL2 5NE]], w domu należącym do
[[ORGANISATION:Thameswick Homes]]. Mam [[HEALTH:POChP]] i [[HEALTH:cukrzycę]].
W grudniu padł piec. Przez trzy tygodnie grzałem się przy otwartym piekarniku. Sąsiadka z
[[ADDRESS:numeru 21]], pani [[PERSON:Halinka]], przynosiła mi zupę, a ksiądz [[PERSON:Marek]] z
[[ADDRESS:kościoła Matki Bożej Ostrobramskiej]] dzwonił codziennie, czy żyję.
Skargę złożyła za mnie córka [[PERSON:Beata]], dzwoniąc pod [[PHONE:+44 (0)20 7946 0291]]. Numer
skargi: [[REFERENCE:TWH-C-55012]]. Podała też mój numer NHS, [[OTHER_ID:999 034 1182]], żeby
sprawdzili w dokumentach, że jestem chory. Odezwała się pani [[PERSON:Patricia Doherty]],
kierowniczka, i przyjechała osobiście. Przeprosiła, że nikt nie zauważył, że mieszka tu starszy,
schorowany człowiek.
W cztery dni firma [[ORGANISATION:BoilerCare South]] zamontowała nowy piec, a ja dostałem 300
funtów na prąd. Teraz [[ORGANISATION:Thameswick]] ma listę lokatorów po siedemdziesiątce i
przewlekle chorych; kiedy im nawali ogrzewanie, dostają grzejnik tego samego dnia, a piec jest
naprawiony w tydzień. Pani [[PERSON:Patricii]] jestem bardzo wdzięczny, i [[PERSON:Halince]] też.
"""),
    ),
    (
        "fv2ae-pl-03",
        "pl",
        _s("""
Nazywam się [[PERSON:Wojciech Nowicki]], ale wszyscy mówią na mnie [[PERSON:Wojtek]]. Z żoną
[[PERSON:Kasią]] i trójką dzieci – [[PERSON:Kubą]], [[PERSON:Olą]] i małym [[PERSON:Frankiem]] –
mieszkaliśmy w jednopokojowym mieszkaniu w [[ADDRESS:Weston Court]] w Southampton. Właścicielem
jest [[ORGANISATION:Solent Shore Homes]]. Mamy [[OTHER_SPECIAL:status osoby osiedlonej]] od 2020 roku.
[[PERSON:Kuba]] ma [[AGE:12 lat]] i odrabiał lekcje na pralce, bo nie było gdzie. [[PERSON:Ola]]
chodzi do [[ADDRESS:Itchen Ferry Primary]] i spała z bratem na rozkładanej kanapie. Byliśmy na
liście mieszkaniowej pod numerem [[REFERENCE:SCC-HR-447120]] od trzech lat, ale nikt nam nie
mówił, które mamy miejsce. Przy rejestracji kazali podać numer dowodu osobistego,
[[OTHER_ID:CAX 482913]], i sprawa przepadła jak kamień w wodę.
Pomogła nam doradczyni, [[PERSON:Chidinma Eze]]. Z jej pomocą złożyłem skargę na to, jak
prowadzono naszą sprawę. Okazało się, że zapisano nas jako rodzinę z dwójką dzieci, bo nikt nie
dopisał [[PERSON:Franka]], który urodził się już po rejestracji.
Po skardze poprawili dane i przyznali nam wyższy priorytet. Po czterech miesiącach dostaliśmy
dom z trzema sypialniami, niedaleko szkoły [[PERSON:Oli]], i 250 funtów za błąd.
Teraz [[ORGANISATION:Solent Shore]] raz w roku dzwoni do każdej rodziny z listy i pyta, czy coś
się zmieniło. Jak ktoś chce pogadać, piszcie do mnie na Facebooku:
[[OTHER_ID:facebook.com/wojtek.nowicki.soton]].
"""),
    ),
    (
        "fv2ae-pl-04",
        "pl",
        _s("""
Mam na imię [[PERSON:Ewelina]], nazywam się [[PERSON:Nowak]] i pracuję na zmiany w pakowni pod
Boston. Mieszkam z [[AGE:8-letnim]] synem [[PERSON:Oskarem]] pod [[ADDRESS:8 Witham Close]], kod
[[POSTCODE:pe216qd]]. Dom należy do [[ORGANISATION:Witham Marsh Housing]].
Zeszłej jesieni zaczął przeciekać dach nad łazienką. Każdy telefon kończył się nowym numerem
zgłoszenia i obietnicą, że ktoś oddzwoni. Nikt nie oddzwaniał. Raz dekarze z
[[ORGANISATION:Lincs Roofing Solutions]] przyszli, kiedy byłam w pracy, zostawili kartkę i tyle
ich widziałam. Sąsiad, pan [[PERSON:Łukasz]] z [[ADDRESS:numeru 10]], pożyczył mi plandekę, żeby
woda nie lała się na pralkę.
W końcu napisałam formalną skargę i poprosiłam, żeby kontaktowali się ze mną mailem, bo w pracy nie
mogę odbierać telefonu. Numer skargi: [[REFERENCE:WMH-2024-1173]]. Odpisał pan
[[PERSON:Darren Hale]] i tego samego dnia umówiłam się z [[PERSON:Darrenem]] na sobotę. Dach
naprawili w dwa tygodnie, sufit w łazience też, a ja dostałam 220 funtów.
Co się zmieniło? W moich danych jest teraz zapisane, że pracuję na zmiany i wolę maila, a ekipy
umawiają się na konkretną godzinę, także w soboty. Gdyby ktoś chciał zapytać, piszcie:
[[EMAIL:ewelina kropka nowak małpa example kropka com]], albo dzwońcie
[[PHONE:+44 (0)7700 900 731]] po szesnastej.
"""),
    ),
    (
        "fv2ae-pl-05",
        "pl",
        _s("""
Nazywam się [[PERSON:Marta Szymańska]]. Mieszkamy z mężem, [[PERSON:Bartkiem]], w Northampton przy
[[ADDRESS:54 Kingsley Grove]], dwie ulice od polskiego sklepu [[ADDRESS:U Grażyny]].
Wynajmujemy od [[ORGANISATION:Nene Meadow Homes]]. [[PERSON:Bartosz]] urodził się
[[DATE_OF_BIRTH:3 marca 1968]] i od pięciu lat choruje na [[HEALTH:chorobę Parkinsona]].
Okna w sypialni były tak spróchniałe, że zimą wiało przez szpary, a na parapetach rosła pleśń.
[[PERSON:Bartek]] marzł w nocy i drżenie było przez to gorsze. Zgłaszaliśmy to trzy lata; ktoś
przychodził, mierzył okna i znikał.
Wtedy córka, [[PERSON:Gosia]], powiedziała: mamo, tak się nie da, piszemy skargę. Napisałyśmy ją
razem, numer [[REFERENCE:NMH/CMP/8812]], i dołączyłyśmy list od lekarza. Odpowiedziała nam
[[PERSON:Aisha Bello]] z działu skarg. Dzięki [[PERSON:Aishy]] w ciągu miesiąca firma
[[ORGANISATION:ClearView Windows Midlands]] wymieniła wszystkie okna w domu. Dostaliśmy 350 funtów
na konto kończące się na [[OTHER_ID:4471]].
Co się zmieniło? Teraz przy każdym pomiarze okien dostaje się pisemny termin wymiany, a domy, w
których mieszka ktoś chory, idą na początek listy. A przy okazji załatwili nam miejsce parkingowe
dla osoby niepełnosprawnej przed domem, dla naszego auta [[OTHER_ID:NX66 WPL]]. Pani
[[PERSON:Aisha]] jeszcze do nas dzwoniła, czy w sypialni jest ciepło.
"""),
    ),
    (
        "fv2ae-ro-01",
        "ro",
        _s("""
Mă numesc [[PERSON:Ioana Mihăilescu]] și locuiesc în Harrow cu soțul meu, [[PERSON:Cosmin]], și
cu băiețelul nostru, [[PERSON:Andrei]] – [[PERSON:Andreiuț]], cum îi zicem acasă. Stăm în
[[ADDRESS:apartamentul 7]] din blocul [[ADDRESS:Kenton Lodge]], iar proprietarul este
[[ORGANISATION:Kenton Vale Homes]].
[[PERSON:Andrei]] are [[AGE:3 ani]] și [[HEALTH:bronșită astmatiformă]]. Iarna trecută mucegaiul
negru a acoperit peretele din dormitor, chiar lângă pătuțul lui. Doctorița de la
[[ADDRESS:Elmgrove Surgery]] ne-a dat o scrisoare, dar de fiecare dată venea cineva, dădea cu
spray și pleca.
Ce a schimbat lucrurile: părintele [[PERSON:Mihai]] de la [[ADDRESS:parohia Sfânta Parascheva]],
unde mergem duminica, mi-a zis să fac plângere oficială, nu încă o cerere de reparație. Am scris
de pe [[EMAIL:ioana.mihailescu@example.com]], cu numărul de reparație
[[REFERENCE:KVH-RP-66120]] și telefonul meu, [[PHONE:020 7946 0538]].
M-a sunat doamna [[PERSON:Helen Carter]] de la departamentul de plângeri, iar după o săptămână a
venit împreună cu un inspector, domnul [[PERSON:Ravi Patel]], care a descoperit că ventilația din
baie era înfundată de ani de zile. Firma [[ORGANISATION:AirFlow Homes Ltd]] a montat ventilație
nouă și a tratat pereții, iar noi am primit 400 de lire pentru lucrurile stricate.
Acum, la a doua sesizare despre mucegai vine direct un inspector, iar după șase săptămâni te sună
cineva să vadă dacă s-a rezolvat. Îi mulțumesc din suflet doamnei [[PERSON:Helen]], iar
patul lui [[PERSON:Andreiuț]] e iar la locul lui.
"""),
    ),
    (
        "fv2ae-ro-02",
        "ro",
        _s("""
Sunt [[PERSON:Daniela Popa]] și scriu despre părinții mei, [[PERSON:Vasile]] și [[PERSON:Maria Popa]],
care stau în Dagenham pe [[ADDRESS:Valence Crescent nr. 118]], [[POSTCODE:RM8 2TW]], într-o casă
de la [[ORGANISATION:Eastbrook Living]]. Tata s-a născut pe [[DATE_OF_BIRTH:7 februarie 1952]] și
are [[HEALTH:diabet]] și [[HEALTH:insuficiență cardiacă]].
În ianuarie s-a stricat centrala. Cei de la [[ORGANISATION:ThermaServe]] au venit de două ori și
au zis că așteaptă o piesă. Trei săptămâni părinții mei au dormit îmbrăcați, cu un radiator mic
în sufragerie. Vecina lor, tanti [[PERSON:Florica]], le aducea ciorbă caldă, iar după slujbă la
[[ADDRESS:Biserica Sfinții Arhangheli Mihail și Gavriil]] oamenii mă întrebau de ce nu face nimeni
nimic.
Am sunat și am spus clar „vreau să fac o plângere”. Am primit numărul
[[REFERENCE:EBL-COMP-30419]] și le-am lăsat numărul meu, pe care l-am dictat rar, cifră cu cifră:
[[PHONE:zero șapte șapte zero zero, nouă zero zero, șase patru unu]]. A doua zi m-a sunat un
manager, [[PERSON:Jordan Reid]]. I-am explicat lui [[PERSON:Jordan]] cât de bolnav e tata, și a
trimis pe loc două radiatoare și un inginer.
În trei zile părinții au avut centrală nouă și au primit 280 de lire pentru curent. Ce s-a
schimbat: [[ORGANISATION:Eastbrook]] are acum o listă cu locatarii în vârstă sau bolnavi, care
primesc radiator chiar în ziua în care se strică încălzirea. Și au început să ofere interpret de
română, ceea ce pentru mama înseamnă foarte mult.
"""),
    ),
    (
        "fv2ae-ro-03",
        "ro",
        _s("""
Mă cheamă [[PERSON:Rebeca Căldăraru]] și suntem o familie de [[OTHER_SPECIAL:romi]] din Derby. Avem
[[OTHER_SPECIAL:pre-settled status]]. Eram opt într-o casă cu două dormitoare, pe
[[ADDRESS:23 Cressy Lane]], închiriată de la [[ORGANISATION:Derwent Meadows Housing]].
Copiii dormeau câte trei într-un pat. [[PERSON:Denisa]], cea mare, are [[AGE:15 ani]] și își
făcea temele pe scări. Cel mic, pe care toți îl strigăm [[PERSON:Puiu]], tușea toată iarna. Băieții,
[[PERSON:Sorin]] și [[PERSON:Marius]], merg la [[ADDRESS:Derwent Community School]]. Eram pe lista
de locuințe cu numărul [[REFERENCE:DCC-HR-20183]], dar scrisorile veneau doar în engleză și am
ratat o reevaluare. Ni s-a spus la telefon că „probabil nu avem dreptul” din cauza statutului.
Doamna [[PERSON:Claudia Stoica]], mediatoarea care ne ajută, a scris cu mine o plângere. Mi-au
cerut pașaportul, [[OTHER_ID:058317264]], și am dus actele la ghișeu. În răspuns, doamna
[[PERSON:Amanda Price]] a recunoscut că informația primită la telefon fusese greșită și că familia
noastră trebuia pusă în banda de prioritate de mult.
După patru luni ne-am mutat într-o casă cu patru dormitoare, tot lângă școala băieților, și am
primit 300 de lire. Ce s-a schimbat: acum verifică în scris dreptul fiecărei familii, nu doar la
telefon, și trimit scrisorile și în română dacă ceri. Pentru cine are nevoie, numărul meu e
[[PHONE:07700 900 176]] și mă găsiți și pe [[EMAIL:rebeca.c@example.org]].
"""),
    ),
    (
        "fv2ae-ro-04",
        "ro",
        _s("""
Sunt [[PERSON:Florin Dumitrescu]], [[PERSON:Flo]] pentru prieteni, am [[AGE:34 de ani]] și sunt
șofer de TIR. Stau cu soția mea, [[PERSON:Alina]], la etajul opt în [[ADDRESS:Wrekin House]],
[[ADDRESS:apartamentul 84]], chiar deasupra magazinului [[ADDRESS:La Bunica]], unde ne facem
cumpărăturile. Blocul e al [[ORGANISATION:Penn Valley Homes]].
Anul trecut, când [[PERSON:Alina]] era însărcinată în luna a opta și avea [[HEALTH:diabet gestațional]],
liftul s-a stricat și a stat stricat cinci săptămâni. În același timp, pe casa scării curgea apă
din acoperiș și scările erau ude și alunecoase. Eu eram pe drumuri cu camionul,
[[OTHER_ID:WV19 RTK]], și ea urca opt etaje singură.
Am făcut plângere, numărul [[REFERENCE:PVH/LFT/0716]], și am scris-o și consilierei
[[PERSON:Angela Brown]]. Doamna [[PERSON:Gemma]] de la plângeri ne-a sunat a doua zi, ne-a mutat
provizoriu într-un apartament la parter și a trimis [[ORGANISATION:Lifttech Midlands]] să schimbe
motorul. Acoperișul l-au reparat în trei săptămâni și am primit 450 de lire.
Ce s-a schimbat: acum țin evidența femeilor însărcinate și a celor care nu pot urca scările, și
dacă liftul nu merge mai mult de trei zile îți oferă altă locuință temporară. Fetița noastră,
[[PERSON:Sofia]], s-a născut sănătoasă. Dacă vreți să mă întrebați ceva, scrieți-mi la
[[EMAIL:florin punct dumitrescu arond example punct net]].
"""),
    ),
    (
        "fv2ae-ro-05",
        "ro",
        _s("""
Numele meu e [[PERSON:Mădălina Ionescu]] și stau în Bristol, în [[ADDRESS:apartamentul 2, 9 Hillgrove Terrace]],
[[POSTCODE:BS2 8LE]], cu fetița mea, [[PERSON:Bianca]], care are [[AGE:9 ani]] și merge la
[[ADDRESS:Cotham Brook Primary]]. Proprietarul e [[ORGANISATION:Frome Valley Housing]].
Din primăvară bucătăria s-a umplut de gândaci. Îi vedeam noaptea pe blat și în dulapul cu
mâncare. Am raportat de patru ori și de fiecare dată primeam un SMS că „lucrarea a fost
finalizată”, deși nu venise nimeni. Asta m-a supărat cel mai tare.
Am făcut plângere scrisă, cu numărul [[REFERENCE:FVH-CX-20677]], și am pus pozele cu SMS-urile.
M-a sunat [[PERSON:Callum Reeves]] de la plângeri și a recunoscut că sistemul închidea singur
lucrările. I-am trimis lui [[PERSON:Callum]] și pozele cu gândacii. [[ORGANISATION:Pestaway South West]]
a venit de trei ori, au tratat tot blocul și au astupat găurile din jurul țevilor.
Pentru despăgubire mi-au cerut numărul de asigurare, [[NI_NUMBER:QQ 73 19 04 D]], și contul:
sort code [[OTHER_ID:09-01-28]], cont care se termină în [[OTHER_ID:5582]]. Am primit 200 de lire.
Ce s-a schimbat: acum o lucrare nu se mai închide până nu confirmă chiriașul, și primești un
telefon, nu doar un SMS. Am povestit totul și pe TikTok, la [[OTHER_ID:@madalina.in.bristol]],
ca să știe și alte mame din comunitate.
"""),
    ),
    (
        "fv2ae-ur-01",
        "ur",
        _s("""
میرا نام [[PERSON:نسرین اختر]] ہے۔ میں اپنے شوہر [[PERSON:طارق]] اور بیٹی [[PERSON:عائشہ]] کے ساتھ
بریڈفورڈ میں [[ADDRESS:۲۶ ہولم ووڈ روڈ]]، [[POSTCODE:BD4 9PL]] میں رہتی ہوں۔ ہمارا گھر
[[ORGANISATION:Aire Moor Housing]] کا ہے۔
دو سال سے بچوں کے کمرے میں کالی پھپھوندی تھی۔ [[PERSON:عائشہ]] [[AGE:۸ سال]] کی ہے اور اسے
[[HEALTH:دمہ]] ہے۔ [[ADDRESS:ہولم ووڈ میڈیکل پریکٹس]] کے ڈاکٹر صاحب نے لکھ کر دیا کہ نمی اس کی
بیماری بڑھا رہی ہے۔ مگر ہر بار کوئی آتا، اسپرے کرتا اور چلا جاتا۔
پھر [[ADDRESS:مدینہ مسجد]] میں خواتین کے درس کے بعد باجی [[PERSON:رضیہ]] نے سمجھایا کہ مرمت کی
درخواست نہیں، باقاعدہ شکایت کرو۔ میں نے فون کر کے صاف کہا "یہ شکایت ہے"، ریپئر نمبر
[[REFERENCE:AMH-RP-81034]] بتایا اور اپنا نمبر [[PHONE:۰۷۷۰۰ ۹۰۰۲۴۸]] دیا۔
دو دن بعد [[PERSON:جولی]] نام کی افسر نے فون کیا اور اردو بولنے والی مترجم کے ساتھ گھر آئیں۔
سروئیر [[PERSON:گیری ہولٹ]] نے دیکھا کہ باہر کی دیوار میں دراڑ ہے اور پانی اندر آ رہا ہے۔
[[ORGANISATION:Pennine Dryline]] نے دیوار ٹھیک کی، نیا پنکھا لگایا، اور ہمیں ۳۲۰ پاؤنڈ ملے۔
اب وہ جن گھروں میں بچے یا بیمار ہوں، وہاں پھپھوندی کی دوسری شکایت پر فوراً سروئیر بھیجتے ہیں
اور پہلی ملاقات سے مترجم ساتھ لاتے ہیں۔ الحمدللہ، [[PERSON:عائشہ]] اب رات کو کھانستی نہیں۔
"""),
    ),
    (
        "fv2ae-ur-02",
        "ur",
        _s("""
میں [[PERSON:فرزانہ کوثر]] ہوں۔ یہ کہانی میرے سسر حاجی [[PERSON:محمد اسلم]] صاحب کی ہے، جن کی
تاریخ پیدائش [[DATE_OF_BIRTH:یکم جنوری ۱۹۴۸]] ہے۔ وہ برمنگھم میں [[ADDRESS:۴۱ سٹریٹفورڈ کلوز]]
میں، [[ADDRESS:مسجد نور الاسلام]] کے بالکل سامنے، اکیلے رہتے ہیں۔ گھر
[[ORGANISATION:Cannon Hill Housing]] کا ہے۔ ابا جی کو [[HEALTH:گردوں کی بیماری]] ہے اور ہفتے میں
تین بار ڈائلیسس ہوتا ہے۔
پچھلے فروری میں ان کی ہیٹنگ اور گرم پانی تین ہفتے بند رہا۔ [[ORGANISATION:HeatRight Services]]
کا انجینئر دو بار آیا اور کہا کہ پرزہ آرڈر ہو گیا ہے۔ ابا جی ہسپتال سے ٹھنڈے گھر واپس آتے تھے۔
میرے بیٹے [[PERSON:حمزہ]] نے [[PHONE:0121 496 0764]] پر فون کر کے شکایت درج کروائی، شکایت
نمبر [[REFERENCE:CNH/C/44107]]۔ اس نے ابا جی کا این ایچ ایس نمبر [[OTHER_ID:999 214 7730]] بھی
دیا تاکہ وہ دیکھ سکیں کہ وہ کتنے بیمار ہیں۔ ہم نے کونسلر [[PERSON:یاسمین خان]] کو بھی بتایا۔
اگلے ہی دن [[PERSON:ڈیبرا]] نام کی مینیجر گھر آئیں، دو ہیٹر چھوڑ گئیں، اور تین دن میں نیا بوائلر لگ
گیا۔ ابا جی کو بجلی کے خرچ کے لیے ۳۵۰ پاؤنڈ ملے۔
اب [[ORGANISATION:Cannon Hill]] کے پاس بزرگ اور بیمار کرایہ داروں کی فہرست ہے۔ ہیٹنگ خراب ہو تو
اسی دن ہیٹر ملتا ہے اور ایک ہفتے میں مرمت ہوتی ہے۔ ابا جی کہتے ہیں اب مسجد سے واپس آ کر گھر گرم
ملتا ہے۔
"""),
    ),
    (
        "fv2ae-ur-03",
        "ur",
        _s("""
میں [[PERSON:عمران شاہ]] ہوں، دوست مجھے [[PERSON:مانی]] کہتے ہیں، عمر [[AGE:۲۷ سال]]۔ میں اپنی امی کے
ساتھ لانگسائٹ میں [[ADDRESS:فلیٹ ۱۸]]، [[ADDRESS:ڈینبی ہاؤس]] میں رہتا ہوں۔ ہمارا بلاک
[[ADDRESS:الحلال سپر سٹور]] کے بالکل پیچھے ہے۔ مالک مکان [[ORGANISATION:Ardwick Vale Homes]] ہے۔
ہم [[OTHER_SPECIAL:پاکستانی]] [[OTHER_SPECIAL:مسلمان]] ہیں۔ پچھلے سال کچھ لڑکے رات کو سیڑھیوں پر
بیٹھ کر امی کو گالیاں دیتے، دروازے پر نسل پرستانہ باتیں لکھتے، اور ایک رات میری گاڑی
[[OTHER_ID:MA17 YHD]] پر چابی سے خراشیں ڈال دیں۔ امی کو [[HEALTH:گھبراہٹ کے دورے]] پڑنے لگے۔
ہم نے بار بار رپورٹ کی، اینٹی سوشل بیہیویئر کیس [[REFERENCE:AVH/ASB/6620]] کھلا، مگر افسر
[[PERSON:سٹیو]] ہر بار کہتا "ثبوت چاہیے"۔ میں نے اپنے انسٹاگرام [[OTHER_ID:@mani.shah.mcr]] پر
ویڈیو ڈالی تو لوگوں نے کہا کہ رسمی شکایت کرو۔
شکایت کے بعد [[PERSON:نکولا ایونز]] نے کیس سنبھالا۔ انہوں نے مانا کہ اسے شروع سے نفرت پر مبنی
واقعہ سمجھنا چاہیے تھا۔ سیڑھیوں پر کیمرے اور روشنیاں لگیں، پولیس کے ساتھ مل کر لڑکوں کو وارننگ
ملی، اور ہمیں ۳۰۰ پاؤنڈ اور گاڑی کی مرمت کا خرچ ملا۔
اب [[ORGANISATION:Ardwick Vale]] میں نسل یا مذہب سے جڑی ہر شکایت پہلے دن سے نفرت کا واقعہ مانی جاتی
ہے اور ایک ہی افسر آخر تک ساتھ رہتا ہے۔ بات کرنی ہو تو [[EMAIL:imran.shah27@example.com]] پر
لکھیں۔
"""),
    ),
    (
        "fv2ae-ur-04",
        "ur",
        _s("""
میرا نام [[PERSON:ثمینہ رشید]] ہے۔ میں، میرے شوہر [[PERSON:عبدالرشید]] اور ہمارے تین بچے سلاؤ
میں [[ADDRESS:7 Farnham Rise]]، [[POSTCODE:sl1 4qz]] میں رہتے ہیں۔ مالک مکان
[[ORGANISATION:Berkshire Vale Homes]] ہے۔ ہماری بڑی بیٹی [[PERSON:مریم]] [[AGE:۱۶ سال]] کی ہے،
اسے [[HEALTH:مسکولر ڈسٹرافی]] ہے اور وہ وہیل چیئر استعمال کرتی ہے۔
او ٹی [[PERSON:ریچل]] نے ریمپ اور سیڑھی والی لفٹ کی سفارش کی اور [[PERSON:مریم]] کا این ایچ ایس
نمبر [[OTHER_ID:۴۰۱ ۲۲۳ ۸۸۱۹]] فائل پر لکھا۔ [[ORGANISATION:Access Living Adaptations]] نے کام کیا،
مگر ریمپ اتنا تنگ بنایا کہ [[PERSON:مریم]] کی وہیل چیئر اس پر چڑھ ہی نہیں سکتی تھی۔ کئی ہفتے
[[PERSON:مریم]] [[ADDRESS:لانگ میڈ اکیڈمی]] نہیں جا سکی، اور جب جاتی تو اس کے ابو اسے اٹھا کر
نیچے لاتے۔
میں نے [[EMAIL:samina.rasheed@example.org]] سے شکایت بھیجی، شکایت نمبر
[[REFERENCE:BVH-ADP-3391]]۔ پہلے جواب میں لکھا تھا کہ "کام مکمل ہے"۔ تب میں نے دوسرے مرحلے میں
تصویریں اور پیمائش بھیجی۔ اس بار مینیجر [[PERSON:اولیویا گرین]] خود آئیں، وہیل چیئر کو ریمپ پر
آزمایا، اور معافی مانگی۔
دو ہفتے میں نیا چوڑا ریمپ بن گیا، اور ہمیں ۶۰۰ پاؤنڈ ملے۔ اب وہ ہر ایڈاپٹیشن کا کام ختم کرنے سے
پہلے گھر والوں کے ساتھ مل کر چیک کرتے ہیں کہ جس کے لیے کام ہوا ہے، وہ اسے سچ میں استعمال کر
سکتا ہے۔
"""),
    ),
    (
        "fv2ae-ur-05",
        "ur",
        _s("""
میں [[PERSON:شازیہ پروین]] ہوں اور راچڈیل میں [[ADDRESS:۵۹ ہیدر بینک روڈ]] میں اپنے جڑواں بچوں
[[PERSON:زین]] اور [[PERSON:حرا]] کے ساتھ رہتی ہوں۔ دونوں [[AGE:۵ سال]] کے ہیں۔ گھر
[[ORGANISATION:Roch Valley Housing]] کا ہے۔
دو سال پہلے باورچی خانے کی نالی ٹوٹی اور چوہے آنے لگے۔ رات کو الماریوں میں کھڑکھڑاہٹ ہوتی، اور
ایک دن [[PERSON:حرا]] کے بستر کے پاس چوہا ملا۔ [[ORGANISATION:Northern Pest Solutions]] والے زہر رکھ
کر چلے جاتے، مگر نالی کوئی ٹھیک نہیں کرتا تھا۔ ساتھ والی خالہ [[PERSON:بلقیس]] کے گھر بھی یہی
حال تھا۔
دونوں مرحلوں کی شکایت کے بعد بھی کچھ نہیں ہوا تو میں ہاؤسنگ اومبڈسمین کے پاس گئی۔ انہوں نے
تصدیق کے لیے میری تاریخ پیدائش [[DATE_OF_BIRTH:۲۲/۰۹/۱۹۸۵]] اور نیشنل انشورنس نمبر
[[NI_NUMBER:QQ 90 11 27 A]] مانگا۔ کیس نمبر [[REFERENCE:202316688]] ملا۔
اومبڈسمین نے کہا کہ مالک مکان نے وجہ ڈھونڈنے کے بجائے صرف علامت کا علاج کیا۔ اس کے بعد
[[PERSON:مارک]] نام کے ایک مینیجر نے [[PHONE:+44 161 496 0473]] سے فون کیا اور خود آ کر دیکھا۔
نالی بدلی گئی، دیواروں کے سوراخ بند ہوئے، دونوں گھروں کی صفائی ہوئی، اور مجھے ۶۵۰ پاؤنڈ ملے۔
اب [[ORGANISATION:Roch Valley]] میں کیڑوں یا چوہوں کی ہر شکایت پر پہلے یہ دیکھا جاتا ہے کہ وہ اندر
کہاں سے آ رہے ہیں، اور ساتھ والے گھروں کو بھی چیک کیا جاتا ہے۔
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
