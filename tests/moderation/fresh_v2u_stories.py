"""Fresh held-out stories, batch v2u (twenty-first writer), marked under version 2.

Thirty-five stories, five in each of English, Arabic, Bengali, Punjabi (Gurmukhi),
Polish, Romanian and Urdu. They are ordinary case studies as a campaign toolkit
would print them: what went wrong, what the landlord did to put it right, and the
lesson learned, some told by residents in the first person and some by landlords'
complaint teams in the third person. Topics: damp and mould, leaks, lifts,
heating, adaptations, antisocial behaviour, overcrowding, pests and
communication failures. Details are a realistic mix rather than every kind in
every story: people named as people name them (first names, full names, titles
with surnames, relatives, nicknames, diminutives, inflected forms, English names
in Arabic, Bengali, Gurmukhi and Urdu scripts), full and partial addresses, named
blocks, estates, schools, GP surgeries, places of worship and shops, postcodes in
various spellings, phone numbers (some spoken), e-mail addresses (some spelled
out), references, NI numbers, dates of birth in figures and words, ages,
OTHER_ID (NHS numbers, vehicle registrations, social handles, account endings,
sort codes, passport numbers), and the special kinds ORGANISATION, HEALTH and
OTHER_SPECIAL. All names, places and numbers are invented; phone numbers are in
Ofcom's drama ranges and e-mail addresses use example domains.

Measured on 7 December 2026 at first sight, on the detector after round 15 (commit a2368c7,
never changed for this batch): leak-free 80.0% of 35, recall 98.1%, precision 83.9%; by language
en 80%, ar 100%, bn 80%, pa 60%, pl 100%, ro 80%, ur 60% of 5 each. The detector as it landed
before this session's rounds scored 65.7% / 96.2% / 88.6% on it. The misses were "They are 6",
a Romanian age after "avea atunci", an e-mail said in words inside Gurmukhi, a sweet centre and
a school named after its street in the scripts, and a neighbour called Betty (بیٹی, also
"daughter"). After round 16: 85.7%; after round 17: 91.4% / 99.3% / 83.7%.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2u-en-01",
        "en",
        _s("""
My name is [[PERSON:Patience Oduya]] and I rent [[ADDRESS:flat 4c, Crane House]], on the
[[ADDRESS:Millfield estate]], [[POSTCODE:ls9 7qx]]. Last winter black mould spread across
the back bedroom where my twins, [[PERSON:Blessing]] and [[PERSON:Hope]], sleep. They are
[[AGE:6]], and [[PERSON:Hope]] has [[HEALTH:asthma]], so by January she was using her
inhaler four times a day. I reported it to [[ORGANISATION:Leodis Community Homes]] three
times by phone and once by email from [[EMAIL:p.oduya@example.com]], and each time a job
was raised and closed without anyone coming. In February I made a formal complaint
(reference [[REFERENCE:LCH-C-20931]]) with a letter from Dr [[PERSON:Sandhu]] at
[[ADDRESS:Harehills Lane Medical Practice]]. That changed things. A surveyor, Mr
[[PERSON:Whitlock]], came within five days and found the extractor fan had never been
wired in. Their contractor, [[ORGANISATION:Dryline Property Care]], treated the walls,
fitted a humidity-controlled fan and replaced the girls' mattresses. The complaints
officer, [[PERSON:Fran]], rang me every Friday until it was finished, and I was paid
£640 for the disruption and the bedding. What I learned: put it in writing, keep every
job number, and ask your GP for a letter. What they learned, they told me, is that a
job closed is not a job done. They now phone the resident before any damp job is
closed, and a supervisor checks a sample of closed jobs every week.
"""),
    ),
    (
        "fv2u-en-02",
        "en",
        _s("""
Case study: repeated lift breakdowns in a tower block. Mrs [[PERSON:Hodan Warsame]],
[[AGE:71]], lives on the fourteenth floor of [[ADDRESS:Bellfield Tower]] with her son
[[PERSON:Abdirahman]] and her grandson, known to everyone on the landing as
[[PERSON:Little Mo]]. The family are [[OTHER_SPECIAL:Somali]] and Mrs
[[PERSON:Warsame]] speaks little English. Over the summer the only lift in the block was
out of action for nineteen days across five breakdowns. She has [[HEALTH:COPD]] and
could not manage the stairs, so she missed two hospital appointments and her weekly
visits to [[ADDRESS:Bilal Mosque]]. [[PERSON:Abdirahman]] complained for her by phone,
leaving his number, [[PHONE:0161 496 0382]], and through our online form. Our first
response quoted the contractor's report and said the lift was "substantially
available". That was wrong, and our stage 2 review (complaint ref.
[[REFERENCE:RGH/2291/B]]) accepted it. To put things right, [[ORGANISATION:Rivergate
Housing]] moved the family for six weeks to a ground-floor flat at
[[ADDRESS:3 Ashby Walk]] while [[ORGANISATION:Apex Vertical Lifts]] replaced the lift
motor. We paid £1,150, booked an interpreter for every call, and added Mrs
[[PERSON:Warsame]] to our vulnerability register so that any future outage triggers a
welfare call within 24 hours. Her housing officer, [[PERSON:Declan Rourke]], now visits
once a month. Lesson learned: availability figures averaged across an estate hide what
one resident on the fourteenth floor lives through. We now report lift outages block by
block, and the board sees them every quarter.
"""),
    ),
    (
        "fv2u-en-03",
        "en",
        _s("""
I'm [[PERSON:Seamus Dunleavy]], I'm [[AGE:79]] and I've lived at [[ADDRESS:22 Tannery Row]],
Salford, since 1986. My landlord is [[ORGANISATION:Brindle Housing Trust]]. When the
boiler packed up in October, the engineer from [[ORGANISATION:Hearthwise Heating]] said
it needed a part and he'd be back in a week. Six weeks later I was still boiling kettles
to wash. My neighbour at [[ADDRESS:number 24]], [[PERSON:Will Okonkwo]], lent me a fan
heater and rang the repairs line for me every other day. My niece [[PERSON:Siobhán]]
helped me complain. She wrote it all down and gave them my number spelled out, because
I'm [[HEALTH:hard of hearing]] and can't always catch it on the phone: [[PHONE:oh one six
one, four nine six, oh seven one five]]. She put her own email too, [[EMAIL:siobhan dot d
at example dot net]], so they could reach her. The complaint number was
[[REFERENCE:BHT-88412]]. Once it got to the complaints team, Mrs [[PERSON:Achterberg]]
rang back the same afternoon. She had two electric heaters and an immersion booster
fitted within 48 hours, and a new boiler the week after. They paid me £420 and refunded
the extra electricity, £96 going by my smart meter. What she told me they learned: a
part on back order should never leave an older person with no heat. Now, if a boiler
can't be fixed in a day, heaters go out the same day and someone rings to check.
"""),
    ),
    (
        "fv2u-en-04",
        "en",
        _s("""
Case study: noise and harassment from a neighbour. Mr [[PERSON:Delroy Campbell]] and his
partner [[PERSON:Marcia]] live at [[ADDRESS:7 Orchard Mews]], [[POSTCODE:B11 4RT]], with
their daughter [[PERSON:Shanice]], [[AGE:15]], who is [[HEALTH:autistic]]. From the spring
a neighbour in the flat above began playing loud music late at night and parking a van,
registration [[OTHER_ID:KX19 PLD]], across their drive. When a photo of
[[PERSON:Shanice]] was posted with abuse on a local account, [[OTHER_ID:@sparkhill_watch_b11]],
the family reported it to us and to the police. What went wrong: our antisocial
behaviour team opened a case (ASB ref. [[REFERENCE:24/0617]]), but the caseworker left
and the file was not reassigned for seven weeks. Mr [[PERSON:Campbell]]'s emails to the
general inbox, sent from [[EMAIL:delroy.c@example.org]], went unanswered, and the family
felt abandoned. How we put it right: [[ORGANISATION:Ashcroft Homes]] apologised in writing
at stage 1 and gave the case to a named officer, [[PERSON:Priya Venkatesan]], who visited
within three days. We installed noise recording equipment, issued a warning and then
applied for an injunction, and worked with the police to have the post taken down. The
van no longer blocks the drive. We paid £500 for the distress, and with the family's
consent we told [[PERSON:Shanice]]'s school, [[ADDRESS:Ladypool Academy]], so staff could
support her. Lesson: no case should ever be left without a named owner. We now reassign
every open case before a caseworker's last day and tell the resident who their new
contact is.
"""),
    ),
    (
        "fv2u-en-05",
        "en",
        _s("""
I'm writing this for the residents' newsletter because I wish I had known sooner that I
could complain. My husband, [[PERSON:Wei Chen]], had a [[HEALTH:stroke]] in 2022 and came
home from hospital in a wheelchair. Our housing association, [[ORGANISATION:Meadowlark
Housing]], agreed a level-access shower for our home at [[ADDRESS:41 Kestrel Close]],
[[POSTCODE:NE6 2XJ]], after the occupational therapist's visit. Then nothing happened for
eleven months. Every call ended with "it's with the adaptations panel". In the end I
complained in writing. They asked for his date of birth, [[DATE_OF_BIRTH:3 March 1958]],
his NHS number, [[OTHER_ID:943 476 5870]], and even his National Insurance number,
[[NI_NUMBER:JT 48 26 91 B]], which I still don't understand. The complaint (reference
[[REFERENCE:MH-ADP-3317]]) went to [[PERSON:Joy Barrington]] in the complaints team. She
found that the works order had been sent to a contractor, [[ORGANISATION:Tyneside Build
& Adapt]], that had gone into administration, and nobody had noticed. She found another
firm, [[ORGANISATION:Kittiwake Adaptations]], and the wet room was finished in five
weeks. She also had a shower chair and a rail delivered in the meantime. They paid £900
and apologised properly, face to face. My daughter, [[PERSON:Mei-Ling]], says the lesson
is to ask for the name of one person who owns your case. [[ORGANISATION:Meadowlark]] told us their
lesson: every adaptation now has a named officer and a monthly update, even when there
is nothing new to say.

[[PERSON:Lin Chen]]
"""),
    ),
    (
        "fv2u-ar-01",
        "ar",
        _s("""
اسمي [[PERSON:أمل الحسيني]]، وأسكن مع زوجي [[PERSON:خالد]] وأطفالنا الثلاثة في
[[ADDRESS:الشقة رقم 12، هازل كورت]]، [[POSTCODE:M16 8RW]]. وصلنا إلى بريطانيا
[[OTHER_SPECIAL:لاجئين من سوريا]] عام 2019، ولم أكن أعرف أن من حقي أن أشتكي. في الشتاء
الماضي انتشر العفن الأسود على جدران غرفة الأطفال، وصار ابني الصغير [[PERSON:يوسف]]،
وعمره [[AGE:4 سنوات]]، يعاني من [[HEALTH:الربو]]. قالت لنا طبيبة العائلة في
[[ADDRESS:Alexandra Park Health Centre]] إن الرطوبة تزيد حالته سوءاً. اتصلت بجمعية
الإسكان [[ORGANISATION:Trafford Vale Homes]] مرات كثيرة، وكان الجواب دائماً: «افتحوا
النوافذ وجففوا الغسيل في الخارج». ثم ساعدتني جارتي [[OTHER_SPECIAL:البولندية]]
[[PERSON:ماغدا]] في كتابة شكوى رسمية أرسلتها من بريدي [[EMAIL:amal.h@example.com]]،
وحصلت على رقم الشكوى [[REFERENCE:TVH-4471-C]]. بعد أسبوعين زارنا المسّاح السيد
[[PERSON:بريستون]]، ووجد أن مزراب السطح مكسور وأن الماء يتسرب داخل الجدار منذ سنوات.
أصلحت شركة [[ORGANISATION:Crestline Roofing]] السطح، وعولجت الجدران ودُهنت بطلاء مضاد
للعفن، وحصلنا على تعويض قدره 700 جنيه وعلى رسالة اعتذار مترجمة إلى العربية. الدرس الذي
تعلمته: الشكوى المكتوبة تُسمع أكثر من المكالمة. أما الجمعية فقالت إنها تعلمت ألا تطلب من
الساكن فتح النوافذ قبل أن تبحث عن سبب الرطوبة، وصارت ترسل مسّاحاً لكل بلاغ عن العفن خلال
عشرة أيام.
"""),
    ),
    (
        "fv2u-ar-02",
        "ar",
        _s("""
دراسة حالة: تسرّب مياه متكرر من الشقة العلوية. تسكن السيدة [[PERSON:شيلان كريم]]، وهي
[[OTHER_SPECIAL:كردية من العراق]]، مع ابنتيها [[PERSON:روجين]] و[[PERSON:هيفي]] في
[[ADDRESS:الشقة الأرضية في 58 شارع ويلو]] في ليدز. على مدى ثلاثة أشهر كانت المياه تتسرب من
حمّام الشقة العلوية عبر سقف المطبخ. أرسلت [[ORGANISATION:Calder Riverside Housing]]
مقاول الصيانة [[ORGANISATION:AquaFix Plumbing]] أربع مرات، وفي كل مرة كان العامل يمسح
البقعة ويغلق الطلب. اتصلت السيدة [[PERSON:كريم]] بخط الإصلاحات على الرقم
[[PHONE:0113 496 0528]] بمساعدة مترجم، ثم قدّمت شكوى رسمية برقم
[[REFERENCE:CRH-2023-0815]]. وبسبب انقطاع الكهرباء في المطبخ تأخرت [[PERSON:روجين]] عن
[[ADDRESS:مدرسة بيستون هيل الابتدائية]] أكثر من مرة. ما الذي فعلناه لتصحيح الأمر: في
المرحلة الثانية زار مشرف الصيانة [[PERSON:ريتشارد أوسبورن]] الشقتين معاً، ووجد أن أنبوب
الصرف تحت حوض الاستحمام العلوي مشقوق. تعاون الجار السيد [[PERSON:غاري فليتشر]] وسمح
بالدخول في اليوم التالي. استُبدل الأنبوب والسقف، وفُحصت الكهرباء، ودُفع للسيدة
[[PERSON:كريم]] مبلغ 380 جنيهاً مع قسيمة لإعادة الطلاء، وزُوّدت بجهاز لتجفيف الرطوبة.
وصارت موظفة الإسكان [[PERSON:ريبيكا]] تتصل بها كل أسبوع حتى جفّ السقف تماماً. الدرس
المستفاد: إذا تكرر الطلب نفسه ثلاث مرات فهذا ليس إصلاحاً بل علامة على مشكلة أعمق. صار
نظامنا الآن يرسل مشرفاً تلقائياً بعد الزيارة الثالثة للعطل نفسه.
"""),
    ),
    (
        "fv2u-ar-03",
        "ar",
        _s("""
أنا [[PERSON:عثمان عبد الرحيم]]، أب لأربعة أطفال، ونعيش ستة أشخاص في
[[ADDRESS:الشقة 3ب، كينغزميد هاوس]] في شرق لندن، وهي شقة بغرفة نوم واحدة. سجّلنا في قائمة
الإسكان لدى البلدية برقم [[REFERENCE:HR-55129]]، لكن أحداً لم يخبرنا أن تصنيفنا خاطئ.
ابنتي الكبرى [[PERSON:ملاذ]]، المولودة في [[DATE_OF_BIRTH:الخامس عشر من أيار 2016]]، تنام
مع أخيها [[PERSON:طه]] وأختها [[PERSON:سارة]] على فراش في الصالة، والرضيع [[PERSON:عمر]] ينام
معنا. وعندما سألت لماذا بقينا في الفئة نفسها ثلاث سنوات، لم يرد علي أحد. ساعدني الأستاذ
[[PERSON:بدر الدين]] من لجنة [[ADDRESS:مسجد النور]] الذي نصلي فيه في كتابة شكوى، وأعطيت
البلدية رقمي مكتوباً بالحروف حتى لا يُنسخ خطأً: [[PHONE:صفر سبعة سبعة صفر صفر تسعة صفر
صفر أربعة ثلاثة واحد]]. في المرحلة الأولى اكتشفت موظفة الإسكان السيدة
[[PERSON:هاريسون]] أن ولادة [[PERSON:عمر]] لم تُسجَّل في ملفنا رغم أنني أرسلت شهادة
ميلاده مرتين، وأن الملف ما زال يذكر ثلاثة أطفال فقط. صُحّح التصنيف إلى أولوية عالية بأثر
رجعي منذ تاريخ الطلب الأول، واعتذرت البلدية كتابياً ودفعت 250 جنيهاً. وبعد أربعة أشهر عُرض
علينا بيت بثلاث غرف نوم في [[ADDRESS:23 طريق ماربل]]، قريب من مدرسة الأولاد. الدرس:
اطلبوا نسخة من ملفكم وتأكدوا أن كل فرد في العائلة مسجَّل فيه. وقالت البلدية إنها صارت ترسل
رسالة تأكيد كلما وصلها مستند جديد، حتى لا يضيع شيء مرة أخرى.
"""),
    ),
    (
        "fv2u-ar-04",
        "ar",
        _s("""
دراسة حالة: الفئران في المطبخ. يعيش السيد [[PERSON:صالح اليافعي]]، وهو
[[OTHER_SPECIAL:يمني]] يبلغ من العمر [[AGE:82 عاماً]]، وحده في [[ADDRESS:9 كولمور غروف]]،
[[POSTCODE:b109th]]، البيت الذي بجانب [[ADDRESS:بقالة السعيد]] على الزاوية. منذ الربيع
كانت الفئران تدخل المطبخ كل ليلة وتفسد الطعام. أرسلت [[ORGANISATION:Sparkbrook Community
Housing]] شركة المكافحة [[ORGANISATION:Pestguard Midlands]] ثلاث مرات، فوضع العمال السم
وغادروا من دون أن يسدّوا الفتحات. السيد [[PERSON:صالح]] مريض ب[[HEALTH:السكري]]، وسقط مرة
وهو يحاول إبعاد فأر عن الخبز. عندها كتب ابنه [[PERSON:ناصر]] شكوى رسمية من بريده
[[EMAIL:nasser dot alyafai at example dot com]]، وحصل على رقم الشكوى
[[REFERENCE:SCH-PC-0392]]. ما الذي فعلناه: أرسلنا المسّاحة [[PERSON:جوان ماكنزي]] مع مترجم
يتحدث العربية، فوجدت فجوة واسعة حول الأنابيب خلف خزائن المطبخ تتصل بالفراغ تحت الأرضية
المشترك مع [[ADDRESS:رقم 11]]. سُدّت الفجوات في البيتين، واستُبدلت الخزائن التالفة،
ودفعنا 150 جنيهاً بدل الطعام و300 جنيه تعويضاً عن الإزعاج. وصار موظف الإسكان
[[PERSON:إبراهيم]] يزوره كل أسبوعين للاطمئنان عليه. الدرس المستفاد: المكافحة من دون سدّ
المداخل ليست سوى انتظار للبلاغ التالي. صار كل طلب لمكافحة القوارض عندنا يشمل الآن فحصاً
للمداخل قبل إغلاقه.
"""),
    ),
    (
        "fv2u-ar-05",
        "ar",
        _s("""
اسمي [[PERSON:نادية بنعلي]]، عمري [[AGE:46 سنة]]، [[OTHER_SPECIAL:مغربية]] الأصل، وأعيش مع
ابنتي [[PERSON:نور]] في [[ADDRESS:الطابق الأول من 17 طريق فيرنلي]]، [[POSTCODE:SE15 4LY]].
أعاني من [[HEALTH:التصلب المتعدد]]، والبرد يجعل ساقيّ تتصلبان فلا أستطيع المشي. في
الشتاء الماضي تعطلت التدفئة المركزية المشتركة في العمارة سبع مرات، وبقينا أحياناً أربعة
أيام بلا تدفئة. أبلغت [[ORGANISATION:Hollybrook Homes]] في كل مرة، وتركت رقمي
[[PHONE:020 7946 0613]]، لكن أحداً لم يسألني عن حالتي الصحية. قدّمت شكوى، فجاء الرد بعد
تسعة أسابيع برسالة عامة لا تذكر مرضي أصلاً. كنت أظن أنني أحتاج إلى نائب في البرلمان أو
عضو في المجلس المحلي حتى أصل إلى أمين المظالم، ثم أخبرتني [[PERSON:نور]] أن هذا الشرط أُلغي.
رفعت الشكوى مباشرة إلى أمين مظالم الإسكان، ورقم قضيتي [[REFERENCE:202314587]]. وجد أمين
المظالم خللاً في الإدارة، فأصلحت الشركة المضخة، وركّبت في شقتي مدافئ كهربائية احتياطية،
ودفعت 1200 جنيه في حسابي المنتهي بالأرقام [[OTHER_ID:3382]]، رمز الفرع
[[OTHER_ID:20-45-77]]. واعتذرت لي مديرة الشكاوى [[PERSON:كلير تومسون]] في زيارة إلى البيت.
الدرس الذي أريد أن يعرفه الجميع: لم تعد بحاجة إلى وسيط، اذهب إلى أمين المظالم بعد انتهاء
إجراءات المالك. والشركة تقول إنها صارت تسجل حالة كل ساكن من ذوي الاحتياجات الخاصة وتعطي
بلاغاته الأولوية.
"""),
    ),
    (
        "fv2u-bn-01",
        "bn",
        _s("""
আমার নাম [[PERSON:শাহানা আক্তার]]। স্বামী [[PERSON:জাহিদ]] আর দুই সন্তান নিয়ে আমরা থাকি
[[ADDRESS:ফ্ল্যাট ২৭, ডানমোর হাউস]]-এ, [[POSTCODE:E1 5QP]]। গত বছর অক্টোবর থেকে শোবার ঘরের
দেয়ালে কালো ছত্রাক ছড়িয়ে পড়ে। আমার ছোট মেয়ে [[PERSON:আলো]], বয়স [[AGE:৩ বছর]], সারা শীত
কাশিতে ভুগেছে, আর [[ADDRESS:জুবিলি স্ট্রিট প্র্যাকটিস]]-এর ডাক্তার বললেন স্যাঁতসেঁতে ঘর তার
[[HEALTH:ব্রংকাইটিস]] বাড়িয়ে দিচ্ছে। আমি [[ORGANISATION:লাইমহাউস রিচ হাউজিং]]-এ পাঁচবার ফোন
করেছি। প্রতিবার বলা হতো, "জানালা খুলে রাখুন।" পরে আমার প্রতিবেশী [[PERSON:রোজি]] আপা আমাকে
লিখিত অভিযোগ করতে সাহায্য করেন। অভিযোগ নম্বর [[REFERENCE:LRH-77310]]। এরপর দুই সপ্তাহের মধ্যে
সার্ভেয়ার মিস্টার [[PERSON:ওয়াকার]] এসে দেখলেন, বাথরুমের এক্সট্রাক্টর ফ্যান নষ্ট আর জানালার
পাশের পাইপ থেকে পানি চুইয়ে দেয়ালের ভেতরে ঢুকছে। ঠিকাদার [[ORGANISATION:ক্লিয়ারওয়াল সার্ভিসেস]]
দেয়াল পরিষ্কার করে নতুন রং করল, নতুন ফ্যান লাগাল, পাইপও বদলে দিল। ক্ষতিপূরণ হিসেবে আমরা ৫৫০
পাউন্ড পেয়েছি, আর [[PERSON:আলোর]] নষ্ট হয়ে যাওয়া তোশক আর বিছানার চাদরও বদলে দিয়েছে। আমার
শিক্ষা: শুধু ফোনে নয়, লিখে অভিযোগ করুন, আর প্রতিদিন ছবি তুলে রাখুন। হাউজিং অ্যাসোসিয়েশন
আমাকে চিঠিতে জানিয়েছে, তারা এখন ছত্রাকের প্রতিটি অভিযোগে আগে কারণ খুঁজে দেখে, শুধু পরামর্শ
দিয়ে কাজ বন্ধ করে দেয় না।
"""),
    ),
    (
        "fv2u-bn-02",
        "bn",
        _s("""
কেস স্টাডি: শীতে তিন সপ্তাহ গরম পানি ও হিটিং ছাড়া। জনাব [[PERSON:আবদুল মালিক চৌধুরী]], বয়স
[[AGE:৮৬]], আর তাঁর স্ত্রী [[PERSON:হাসনা বানু]] থাকেন [[ADDRESS:১৪ ব্রুকল্যান্ড স্ট্রিট]]-এ,
[[ADDRESS:জালালাবাদ জামে মসজিদ]]-এর ঠিক পেছনে। দম্পতি [[OTHER_SPECIAL:বাংলাদেশি]], দুজনেই শুধু
সিলেটি বলেন। মিসেস [[PERSON:বানুর]] জন্ম তারিখ [[DATE_OF_BIRTH:দোসরা মার্চ, উনিশশো বিয়াল্লিশ]];
তাঁর [[HEALTH:ডিমেনশিয়া]] আছে, আর জনাব [[PERSON:চৌধুরী]] [[HEALTH:হৃদরোগে]] ভুগছেন। ডিসেম্বরে
বয়লার বন্ধ হয়ে গেলে [[ORGANISATION:Oldham Moorside Homes]] ঠিকাদার [[ORGANISATION:Pennine Warmth
Ltd]]-কে পাঠায়। তিনবার এসেও তারা যন্ত্রাংশ আনেনি। শেষে নাতি [[PERSON:ইমরান]]
[[EMAIL:imran.chy@example.net]] থেকে ইমেইল করে অভিযোগ করেন, রেফারেন্স
[[REFERENCE:OMH-CMP-5128]]। কী ভুল হয়েছিল: আমাদের রেকর্ডে দম্পতির বয়স বা অসুস্থতার কোনো উল্লেখ
ছিল না, তাই কাজটি সাধারণ তালিকায় পড়ে ছিল। কীভাবে ঠিক করা হলো: অভিযোগ কর্মকর্তা
[[PERSON:জেনিফার ক্লার্ক]] সেদিনই দুটি বৈদ্যুতিক হিটার পাঠান, দুই দিনের মধ্যে নতুন বয়লার বসানো হয়।
বাড়তি বিদ্যুৎ খরচসহ ৬০০ পাউন্ড ক্ষতিপূরণ দেওয়া হয়েছে, আর এখন থেকে সিলেটি দোভাষী ছাড়া এই
পরিবারের সঙ্গে কোনো কথা হয় না। শিক্ষা: ঝুঁকিপূর্ণ বাসিন্দার হিটিং নষ্ট হলে ২৪ ঘণ্টার মধ্যে বিকল্প
ব্যবস্থা দিতে হবে। আমরা এখন প্রতিটি বাসিন্দার কাছে বছরে একবার ফোন করে তাঁদের প্রয়োজনের তথ্য
হালনাগাদ করি।
"""),
    ),
    (
        "fv2u-bn-03",
        "bn",
        _s("""
আমি [[PERSON:নাজমা পারভীন]], দুই ছেলেমেয়ে নিয়ে থাকি [[ADDRESS:৬৩ নম্বর হিদার রোডের ওপরতলার
ফ্ল্যাট]]-এ, বার্মিংহামে। দুই বছর ধরে বৃষ্টি হলেই ছাদ চুইয়ে পানি পড়ত ছেলে [[PERSON:ফারহানের]]
ঘরে। বালতি পেতে রাখতাম, রাতে উঠে খালি করতাম। [[ORGANISATION:Saltley Gate Housing]]-কে জানালে
মিস্ত্রি এসে ছাদে কিছু আলকাতরা লাগিয়ে যেত, কয়েক সপ্তাহ পর আবার একই অবস্থা। সবচেয়ে কষ্ট
লেগেছিল কেউ কথা রাখত না বলে। তিনবার বলা হয়েছিল সার্ভেয়ার আসবেন, আমি কাজ থেকে ছুটি নিয়ে বসে
ছিলাম, কেউ আসেনি। মেয়ে [[PERSON:তানহা]] এসব নিয়ে [[ADDRESS:নেচেলস প্রাইমারি স্কুল]]-এর টিচারকে
বলেছিল, উনিই আমাকে বললেন অভিযোগ করা যায়। স্টেজ ১-এর উত্তর এল আট সপ্তাহ পরে, তাতে ছাদের কথা
নেই, শুধু "অসুবিধার জন্য দুঃখিত"। তখন আমি সরাসরি হাউজিং ওম্বাডসম্যানে গেলাম, কেস নম্বর
[[REFERENCE:202309921]]। পরিচয় যাচাইয়ের জন্য ওরা আমার ন্যাশনাল ইন্স্যুরেন্স নম্বর
[[NI_NUMBER:SK 73 19 48 D]] চেয়েছিল। ওম্বাডসম্যানের সিদ্ধান্তের পর পুরো ছাদ নতুন করে বসানো হয়েছে,
[[PERSON:ফারহানকে]] নতুন খাট আর কার্পেট দেওয়া হয়েছে, আর আমি ৯৫০ পাউন্ড পেয়েছি। কমপ্লেইন্টস
ম্যানেজার [[PERSON:টমাস বেইলি]] নিজে এসে ক্ষমা চেয়েছেন। আমার শিক্ষা: স্টেজ ১-এর উত্তর যদি
আসল সমস্যার কথাই না বলে, অপেক্ষা করবেন না। ওরা বলেছে, এখন থেকে অ্যাপয়েন্টমেন্ট বাতিল হলে আগের
দিনই ফোন করে জানাবে।
"""),
    ),
    (
        "fv2u-bn-04",
        "bn",
        _s("""
কেস স্টাডি: প্রতিবেশীর হয়রানি। [[PERSON:ফাতেমা খাতুন]] ও তাঁর স্বামী [[PERSON:মিজানুর রহমান]],
যাঁকে সবাই [[PERSON:মিজান]] ভাই বলে ডাকে, তাঁদের ছেলে [[PERSON:সানিকে]] নিয়ে থাকেন
[[ADDRESS:ফ্ল্যাট ৫, রোজমেরি কোর্ট]]-এ, [[POSTCODE:e2 7hn]]। পরিবারটি [[OTHER_SPECIAL:মুসলিম]], আর
গত বসন্ত থেকে পাশের ব্লকের এক যুবক তাঁদের দরজায় ধর্ম নিয়ে গালিগালাজ লিখে যেত, সিঁড়িতে
[[PERSON:সানিকে]] ভয় দেখাত। সে একটি সাদা গাড়ি, নম্বর [[OTHER_ID:LD68 WKT]], পরিবারের পার্কিং জায়গায়
রেখে দিত, আর [[OTHER_ID:@rosemary_ct_news]] নামের একটি অ্যাকাউন্টে তাঁদের দরজার ছবি দিয়ে ঠাট্টা করত।
জনাব [[PERSON:রহমান]] ফোন করেছিলেন [[PHONE:020 7946 0274]] নম্বর থেকে, কেস খোলা হয়
[[REFERENCE:ASB-23-1142]] নম্বরে। কী ভুল হয়েছিল: [[ORGANISATION:Eastbrook Housing Partnership]]
ঘটনাটিকে "প্রতিবেশীর ঝগড়া" হিসেবে দেখেছিল, ঘৃণাজনিত অপরাধ হিসেবে নয়, আর দুই মাস শুধু মধ্যস্থতার
প্রস্তাব দিয়েছিল। কীভাবে ঠিক করা হলো: স্টেজ ২-এ কেসটি দেওয়া হয় কর্মকর্তা
[[PERSON:ড্যানিয়েল ওকোরো]]-কে, যিনি পুলিশের সঙ্গে কাজ করে যুবকটির বিরুদ্ধে নিষেধাজ্ঞা নেন। দরজায়
সিসিটিভি বসানো হয়, গাড়িটি সরানো হয়, পোস্টগুলো মুছে ফেলা হয়। পরিবারকে ৭৫০ পাউন্ড দেওয়া হয় এবং
লিখিতভাবে ক্ষমা চাওয়া হয়। শিক্ষা: ধর্ম বা বর্ণের কারণে হয়রানিকে কখনো সাধারণ ঝগড়া ভাবা যাবে না।
এখন প্রতিটি ঘৃণাজনিত অভিযোগে এক কর্মদিবসের মধ্যে বাসিন্দার সঙ্গে দেখা করা হয়।
"""),
    ),
    (
        "fv2u-bn-05",
        "bn",
        _s("""
আমি [[PERSON:নাসরিন হক]]। [[ORGANISATION:ক্যামডেন কাউন্সিল]]-এর একটি ফ্ল্যাটে, [[ADDRESS:ফ্ল্যাট
১১, কেনিয়ন টাওয়ার]]-এ, আমি আর আমার স্বামী [[PERSON:রুবেল]] আমাদের ছেলে [[PERSON:আরিয়ানকে]] নিয়ে
থাকি। [[PERSON:আরিয়ানের]] বয়স [[AGE:১৮ মাস]]। গত গ্রীষ্মে রান্নাঘরে তেলাপোকা দেখা দিল, তারপর বাচ্চার ঘরেও।
[[PERSON:আরিয়ানের]] [[HEALTH:একজিমা]] আছে, রাতে সে চুলকে রক্ত বের করে ফেলত। কাউন্সিলের পেস্ট
কন্ট্রোল দুবার স্প্রে করে গেল, কিন্তু পুরো ব্লকে চিকিৎসা না হওয়ায় তেলাপোকা আবার ফিরে এল। আমি
অভিযোগ করি, নম্বর [[REFERENCE:CAM-HSG-60417]]। হেলথ ভিজিটরের চিঠিতে [[PERSON:আরিয়ানের]] এনএইচএস নম্বর
[[OTHER_ID:485 777 3456]] দেওয়া ছিল, সেটাও জমা দিই। ওরা আমার ইমেইল ঠিকানা বারবার ভুল লিখছিল,
তাই শেষে বানান করে বললাম: [[EMAIL:নাসরিন ডট হক অ্যাট এক্সাম্পল ডট কম]]। এরপর হাউজিং অফিসার
[[PERSON:গ্রেস অ্যাডেবায়ো]] দায়িত্ব নিলেন। তিনি পুরো টাওয়ারের সব ফ্ল্যাটে একসঙ্গে চিকিৎসার
ব্যবস্থা করলেন ঠিকাদার [[ORGANISATION:Northgate Pest Solutions]]-কে দিয়ে, রান্নাঘরের ফাটল আর পাইপের
চারপাশ বন্ধ করালেন। নষ্ট খাবার আর বাচ্চার জিনিসের জন্য ২০০ পাউন্ড, অসুবিধার জন্য আরও ৩০০ পাউন্ড
পেয়েছি। আমার শিক্ষা: একজন নির্দিষ্ট মানুষের নাম চেয়ে নিন, যিনি আপনার অভিযোগের দায়িত্বে থাকবেন।
কাউন্সিল বলেছে, এখন থেকে একটি ফ্ল্যাটে তেলাপোকা পেলে পাশের সব ফ্ল্যাটও পরীক্ষা করা হবে।
"""),
    ),
    (
        "fv2u-pa-01",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਂ [[PERSON:ਹਰਪ੍ਰੀਤ ਕੌਰ ਸੰਧੂ]] ਹੈ। ਮੈਂ ਆਪਣੇ ਪਤੀ [[PERSON:ਜਸਵਿੰਦਰ]] ਅਤੇ ਦੋ ਬੱਚਿਆਂ ਨਾਲ
[[ADDRESS:ਮੇਜ਼ੋਨੇਟ 18, ਐਲਮਵੁੱਡ ਕੋਰਟ]] ਵਿੱਚ ਰਹਿੰਦੀ ਹਾਂ, [[ADDRESS:ਗੁਰਦੁਆਰਾ ਸੱਚਖੰਡ ਸਾਹਿਬ]] ਤੋਂ ਦੋ
ਗਲੀਆਂ ਦੂਰ। ਪਿਛਲੀ ਸਰਦੀ ਵਿੱਚ ਬੱਚਿਆਂ ਦੇ ਕਮਰੇ ਦੀ ਛੱਤ ਅਤੇ ਖਿੜਕੀਆਂ ਦੁਆਲੇ ਕਾਲੀ ਉੱਲੀ ਲੱਗ ਗਈ। ਮੇਰੀ
ਧੀ [[PERSON:ਸਿਮਰਨ]], ਜੋ [[AGE:9 ਸਾਲ]] ਦੀ ਹੈ, ਨੂੰ [[HEALTH:ਦਮਾ]] ਹੈ, ਅਤੇ ਛੋਟਾ ਮੁੰਡਾ, ਜਿਸ ਨੂੰ ਘਰ ਵਿੱਚ ਸਾਰੇ
[[PERSON:ਗੋਲੂ]] ਕਹਿੰਦੇ ਹਨ, ਹਰ ਹਫ਼ਤੇ ਬੀਮਾਰ ਰਹਿੰਦਾ ਸੀ। ਮੈਂ [[ORGANISATION:ਬ੍ਰੈਂਟਸਾਈਡ ਹਾਊਸਿੰਗ]] ਨੂੰ
ਕਈ ਵਾਰ ਫ਼ੋਨ ਕੀਤਾ, ਪਰ ਹਰ ਵਾਰ ਕਿਹਾ ਗਿਆ ਕਿ ਇਹ ਸਾਡੇ ਕੱਪੜੇ ਅੰਦਰ ਸੁਕਾਉਣ ਕਰਕੇ ਹੈ। ਫਿਰ ਮੈਂ ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ
ਕੀਤੀ, ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:BSH/C/40286]], ਅਤੇ ਆਪਣਾ ਨੰਬਰ ਅੱਖਰਾਂ ਵਿੱਚ ਲਿਖਿਆ ਤਾਂ ਜੋ ਗ਼ਲਤੀ ਨਾ
ਹੋਵੇ: [[PHONE:ਜ਼ੀਰੋ ਸੱਤ ਸੱਤ ਜ਼ੀਰੋ ਜ਼ੀਰੋ, ਨੌਂ ਜ਼ੀਰੋ ਜ਼ੀਰੋ, ਛੇ ਦੋ ਅੱਠ]]। ਇਸ ਵਾਰ ਸ਼ਿਕਾਇਤ ਅਫ਼ਸਰ
[[PERSON:ਲੌਰਾ ਹਿਊਜ਼]] ਨੇ ਦੋ ਦਿਨਾਂ ਵਿੱਚ ਵਾਪਸ ਫ਼ੋਨ ਕੀਤਾ। ਸਰਵੇਅਰ ਨੇ ਦੇਖਿਆ ਕਿ ਛੱਤ ਵਿੱਚ ਇਨਸੂਲੇਸ਼ਨ ਹੀ
ਨਹੀਂ ਸੀ ਅਤੇ ਬਾਥਰੂਮ ਦਾ ਪੱਖਾ ਕਈ ਸਾਲਾਂ ਤੋਂ ਬੰਦ ਪਿਆ ਸੀ। ਠੇਕੇਦਾਰ [[ORGANISATION:ਟ੍ਰੂਹੋਮ ਰੀਪੇਅਰਜ਼]] ਨੇ
ਇਨਸੂਲੇਸ਼ਨ ਪਾਈ, ਨਵਾਂ ਪੱਖਾ ਲਾਇਆ ਅਤੇ ਕੰਧਾਂ ਦਾ ਇਲਾਜ ਕੀਤਾ। ਸਾਨੂੰ 480 ਪੌਂਡ ਮੁਆਵਜ਼ਾ ਅਤੇ ਲਿਖਤੀ ਮੁਆਫ਼ੀ
ਮਿਲੀ। ਮੇਰਾ ਸਬਕ: ਦੋਸ਼ ਆਪਣੇ ਸਿਰ ਨਾ ਲਓ, ਲਿਖ ਕੇ ਸ਼ਿਕਾਇਤ ਕਰੋ। ਹਾਊਸਿੰਗ ਵਾਲਿਆਂ ਨੇ ਦੱਸਿਆ ਕਿ ਹੁਣ ਉਹ
ਉੱਲੀ ਦੀ ਹਰ ਰਿਪੋਰਟ 'ਤੇ ਪਹਿਲਾਂ ਘਰ ਦਾ ਮੁਆਇਨਾ ਕਰਦੇ ਹਨ, ਕਿਰਾਏਦਾਰ ਨੂੰ ਦੋਸ਼ ਨਹੀਂ ਦਿੰਦੇ।
"""),
    ),
    (
        "fv2u-pa-02",
        "pa",
        _s("""
ਕੇਸ ਸਟੱਡੀ: ਪੌੜੀਆਂ ਵਾਲੀ ਲਿਫ਼ਟ ਲਈ ਚੌਦਾਂ ਮਹੀਨੇ ਦੀ ਉਡੀਕ। ਸਰਦਾਰ [[PERSON:ਗੁਰਬਚਨ ਸਿੰਘ ਗਿੱਲ]],
ਉਮਰ [[AGE:78 ਸਾਲ]], ਆਪਣੀ ਨੂੰਹ [[PERSON:ਬਲਜੀਤ]] ਅਤੇ ਪੋਤਿਆਂ ਨਾਲ [[ADDRESS:32 ਲਿੰਡਨ ਐਵੇਨਿਊ]],
[[POSTCODE:WV4 6QA]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ। ਉਹਨਾਂ ਦੀ ਜਨਮ ਤਾਰੀਖ਼ [[DATE_OF_BIRTH:14/09/1946]] ਹੈ ਅਤੇ
ਉਹਨਾਂ ਨੂੰ [[HEALTH:ਪਾਰਕਿੰਸਨ]] ਦੀ ਬੀਮਾਰੀ ਹੈ। ਉਹ [[OTHER_SPECIAL:ਅੰਮ੍ਰਿਤਧਾਰੀ ਸਿੱਖ]] ਹਨ ਅਤੇ ਰੋਜ਼ ਸਵੇਰੇ
ਉੱਪਰਲੇ ਕਮਰੇ ਵਿੱਚ ਪਾਠ ਕਰਦੇ ਹਨ, ਪਰ ਪੌੜੀਆਂ ਚੜ੍ਹਨਾ ਔਖਾ ਹੋ ਗਿਆ ਸੀ। ਆਕੂਪੇਸ਼ਨਲ ਥੈਰੇਪਿਸਟ ਨੇ ਸਟੇਅਰਲਿਫ਼ਟ
ਦੀ ਸਿਫ਼ਾਰਸ਼ ਕੀਤੀ, ਪਰ [[ORGANISATION:Wyrley Brook Housing]] ਵੱਲੋਂ ਕੰਮ ਚੌਦਾਂ ਮਹੀਨੇ ਲਟਕਦਾ ਰਿਹਾ। ਇਸ
ਦੌਰਾਨ ਉਹ ਦੋ ਵਾਰ ਪੌੜੀਆਂ 'ਤੇ ਡਿੱਗੇ। [[PERSON:ਬਲਜੀਤ]] ਨੇ [[EMAIL:baljit.gill@example.org]] ਤੋਂ ਈਮੇਲ
ਕਰਕੇ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਹਵਾਲਾ ਨੰਬਰ [[REFERENCE:WBH-AD-2207]]। ਕੀ ਗ਼ਲਤ ਹੋਇਆ: ਥੈਰੇਪਿਸਟ ਦਾ ਫ਼ਾਰਮ ਸਾਡੇ
ਸਿਸਟਮ ਵਿੱਚ ਗ਼ਲਤ ਪਤੇ ਹੇਠ, [[ADDRESS:ਨੰਬਰ 23]] ਦੇ ਨਾਂ 'ਤੇ, ਦਰਜ ਹੋ ਗਿਆ ਸੀ ਅਤੇ ਕਿਸੇ ਨੇ ਚੈੱਕ ਨਹੀਂ ਕੀਤਾ।
ਕਿਵੇਂ ਠੀਕ ਕੀਤਾ ਗਿਆ: ਅਡੈਪਟੇਸ਼ਨ ਮੈਨੇਜਰ [[PERSON:ਓਲੂਵਾਸੇਉਨ ਅਡੇਵਾਲੇ]] ਨੇ ਪਰਿਵਾਰ ਨੂੰ ਮਿਲ ਕੇ ਮੁਆਫ਼ੀ
ਮੰਗੀ, ਅਤੇ ਠੇਕੇਦਾਰ [[ORGANISATION:Midland Stairlifts]] ਨੇ ਦਸ ਦਿਨਾਂ ਵਿੱਚ ਲਿਫ਼ਟ ਲਾ ਦਿੱਤੀ। ਨਾਲ ਹੀ
ਬਾਥਰੂਮ ਵਿੱਚ ਫੜਨ ਵਾਲੀਆਂ ਰੇਲਿੰਗਾਂ ਲਾਈਆਂ ਗਈਆਂ ਅਤੇ 650 ਪੌਂਡ ਦਾ ਮੁਆਵਜ਼ਾ ਦਿੱਤਾ ਗਿਆ। ਸਬਕ: ਹਰ
ਅਡੈਪਟੇਸ਼ਨ ਦੀ ਬੇਨਤੀ ਦਾ ਪਤਾ ਦੋ ਵਾਰ ਮਿਲਾਇਆ ਜਾਵੇ, ਅਤੇ ਜੇ ਛੇ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਕੰਮ ਸ਼ੁਰੂ ਨਾ ਹੋਵੇ ਤਾਂ
ਮੈਨੇਜਰ ਨੂੰ ਆਪਣੇ ਆਪ ਸੂਚਨਾ ਜਾਵੇ।
"""),
    ),
    (
        "fv2u-pa-03",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਮਨਜੀਤ ਕੌਰ]] ਹਾਂ, ਲੈਸਟਰ ਤੋਂ। ਅਸੀਂ [[ADDRESS:ਫ਼ਲੈਟ 2, 47 ਮੇਲਟਨ ਟੈਰੇਸ]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ,
[[POSTCODE:le4 6hp]]। ਪਿਛਲੇ ਸਾਲ ਜੂਨ ਤੋਂ ਉੱਪਰਲੇ ਫ਼ਲੈਟ ਦੀ ਸਾਂਝੀ ਪਾਈਪ ਸਾਡੀ ਰਸੋਈ ਵਿੱਚ ਚੋਂਦੀ ਰਹੀ।
ਮੁਰੰਮਤ ਵਾਲੇ ਚਾਰ ਵਾਰ ਆਉਣ ਦਾ ਟਾਈਮ ਦੇ ਕੇ ਨਹੀਂ ਆਏ। ਹਰ ਵਾਰ ਮੈਂ ਕੰਮ ਤੋਂ ਛੁੱਟੀ ਲਈ, ਅਤੇ ਕਿਸੇ ਨੇ ਫ਼ੋਨ ਕਰਕੇ
ਵੀ ਨਹੀਂ ਦੱਸਿਆ। ਸਾਡੇ ਗੁਆਂਢੀ, ਜਿਨ੍ਹਾਂ ਨੂੰ ਸਾਰੇ ਅੰਕਲ [[PERSON:ਬਿੱਲ]] ਕਹਿੰਦੇ ਹਨ, ਨੇ ਦੱਸਿਆ ਕਿ ਉਹਨਾਂ ਦੇ
ਘਰ ਵੀ ਇਹੀ ਹਾਲ ਹੈ। ਮੇਰੇ ਪਤੀ [[PERSON:ਕੁਲਦੀਪ]] ਨੂੰ [[HEALTH:ਸ਼ੂਗਰ]] ਹੈ ਅਤੇ ਗਿੱਲੀ ਰਸੋਈ ਵਿੱਚ ਉਹਨਾਂ ਦੀ
ਦਵਾਈ ਵਾਲਾ ਫ਼ਰਿੱਜ ਵੀ ਖ਼ਰਾਬ ਹੋ ਗਿਆ। [[ADDRESS:ਬੈਲਗ੍ਰੇਵ ਹੈਲਥ ਸੈਂਟਰ]] ਦੀ ਨਰਸ ਨੇ ਮੈਨੂੰ ਸ਼ਿਕਾਇਤ ਕਰਨ ਦੀ
ਸਲਾਹ ਦਿੱਤੀ। ਮੈਂ [[ORGANISATION:Soar Valley Homes]] ਨੂੰ ਲਿਖਿਆ ਅਤੇ ਆਪਣੀ ਈਮੇਲ ਬੋਲ ਕੇ ਲਿਖਵਾਈ:
[[EMAIL:manjit dot kaur ninety at example dot com]]। ਸ਼ਿਕਾਇਤ ਦਾ ਨੰਬਰ [[REFERENCE:SVH-114093]] ਮਿਲਿਆ। ਸਟੇਜ 1
ਵਿੱਚ ਰੀਪੇਅਰ ਮੈਨੇਜਰ [[PERSON:ਕਵਾਮੇ ਮੈਨਸਾ]] ਨੇ ਮੰਨਿਆ ਕਿ ਉਹਨਾਂ ਦਾ ਠੇਕੇਦਾਰ ਟਾਈਮ ਦੇ ਕੇ ਆਉਂਦਾ ਹੀ ਨਹੀਂ ਸੀ।
ਉਹਨਾਂ ਨੇ ਆਪਣਾ ਪਲੰਬਰ ਅਗਲੇ ਦਿਨ ਭੇਜਿਆ, ਪਾਈਪ ਬਦਲੀ, ਰਸੋਈ ਦੀ ਛੱਤ ਨਵੀਂ ਪਾਈ ਅਤੇ ਫ਼ਰਿੱਜ ਦੇ ਪੈਸੇ ਦਿੱਤੇ।
ਹਰ ਗੁਆਚੀ ਛੁੱਟੀ ਲਈ ਵੀ ਮੁਆਵਜ਼ਾ ਮਿਲਿਆ, ਕੁੱਲ 520 ਪੌਂਡ, ਜੋ ਮੇਰੇ ਖਾਤੇ ਵਿੱਚ ਆਏ ਜਿਸ ਦੇ ਆਖ਼ਰੀ ਅੰਕ
[[OTHER_ID:7719]] ਹਨ। ਮੇਰਾ ਸਬਕ: ਹਰ ਖੁੰਝੀ ਮੁਲਾਕਾਤ ਦੀ ਤਾਰੀਖ਼ ਲਿਖ ਕੇ ਰੱਖੋ। ਉਹਨਾਂ ਦਾ ਸਬਕ: ਹੁਣ ਜੇ
ਕਾਰੀਗਰ ਨਾ ਆ ਸਕੇ ਤਾਂ ਕਿਰਾਏਦਾਰ ਨੂੰ ਉਸੇ ਸਵੇਰ ਸੁਨੇਹਾ ਭੇਜਿਆ ਜਾਂਦਾ ਹੈ।
"""),
    ),
    (
        "fv2u-pa-04",
        "pa",
        _s("""
ਕੇਸ ਸਟੱਡੀ: ਪੌੜੀਆਂ ਵਿੱਚ ਨਸ਼ੇ ਦਾ ਧੰਦਾ ਅਤੇ ਗ਼ਲਤ ਪਤੇ 'ਤੇ ਗਈ ਚਿੱਠੀ। ਸ੍ਰੀ [[PERSON:ਅਮਰੀਕ ਸਿੰਘ]] ਅਤੇ
ਉਹਨਾਂ ਦੀ ਪਤਨੀ [[PERSON:ਗੁਲਸ਼ਨ ਕੌਰ]] [[OTHER_SPECIAL:ਅਫ਼ਗਾਨਿਸਤਾਨ ਤੋਂ ਆਏ ਸ਼ਰਨਾਰਥੀ]] ਹਨ ਅਤੇ ਆਪਣੀ
ਧੀ [[PERSON:ਨਵਨੀਤ]], ਉਮਰ [[AGE:12 ਸਾਲ]], ਨਾਲ [[ADDRESS:ਫ਼ਲੈਟ 9ਡੀ]], [[ADDRESS:ਵਿੰਡਸਰ ਹਾਈਟਸ]] ਵਿੱਚ
ਰਹਿੰਦੇ ਹਨ। ਕਈ ਮਹੀਨਿਆਂ ਤੋਂ ਕੁਝ ਨੌਜਵਾਨ ਰਾਤ ਨੂੰ ਪੌੜੀਆਂ ਵਿੱਚ ਨਸ਼ਾ ਵੇਚਦੇ ਸਨ, ਅਤੇ [[PERSON:ਨਵਨੀਤ]]
[[ADDRESS:ਚੈਲਵੀ ਪਾਰਕ ਅਕੈਡਮੀ]] ਤੋਂ ਘਰ ਆਉਣ ਵੇਲੇ ਡਰਦੀ ਸੀ। ਪਰਿਵਾਰ ਨੇ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਕੇਸ ਨੰਬਰ
[[REFERENCE:ASB/SL/0933]]। ਫਿਰ ਇੱਕ ਹੋਰ ਗ਼ਲਤੀ ਹੋਈ: [[ORGANISATION:Thames Meadow Housing]] ਨੇ ਕੇਸ ਬਾਰੇ
ਚਿੱਠੀ, ਜਿਸ ਵਿੱਚ ਸ੍ਰੀ [[PERSON:ਸਿੰਘ]] ਦਾ ਪਾਸਪੋਰਟ ਨੰਬਰ [[OTHER_ID:C4X92718]] ਵੀ ਲਿਖਿਆ ਸੀ, ਗ਼ਲਤੀ ਨਾਲ
[[ADDRESS:ਫ਼ਲੈਟ 9ਬੀ]] ਵਿੱਚ ਭੇਜ ਦਿੱਤੀ। ਪਰਿਵਾਰ ਬਹੁਤ ਡਰ ਗਿਆ। ਅਸੀਂ ਕਿਵੇਂ ਠੀਕ ਕੀਤਾ: ਕਮਿਊਨਿਟੀ ਸੇਫ਼ਟੀ
ਅਫ਼ਸਰ [[PERSON:ਕੀਰਨ ਓ'ਸ਼ੀਆ]] ਨੇ ਪੁਲਿਸ ਨਾਲ ਮਿਲ ਕੇ ਪੌੜੀਆਂ ਵਿੱਚ ਕੈਮਰੇ ਲਵਾਏ ਅਤੇ ਦਰਵਾਜ਼ੇ 'ਤੇ ਨਵਾਂ ਤਾਲਾ
ਲਾਇਆ। ਦੋ ਨੌਜਵਾਨਾਂ ਵਿਰੁੱਧ ਪਾਬੰਦੀ ਦੇ ਹੁਕਮ ਲਏ ਗਏ। ਗ਼ਲਤ ਭੇਜੀ ਚਿੱਠੀ ਵਾਪਸ ਲਈ ਗਈ, ਡਾਟਾ ਉਲੰਘਣਾ ਦੀ ਰਿਪੋਰਟ
ਕੀਤੀ ਗਈ, ਅਤੇ ਪਰਿਵਾਰ ਨੂੰ ਪੰਜਾਬੀ ਵਿੱਚ ਲਿਖਤੀ ਮੁਆਫ਼ੀ ਅਤੇ 800 ਪੌਂਡ ਦਿੱਤੇ ਗਏ। ਸਬਕ: ਚਿੱਠੀ ਵਿੱਚ ਸਿਰਫ਼
ਉਹੀ ਜਾਣਕਾਰੀ ਪਾਓ ਜੋ ਜ਼ਰੂਰੀ ਹੈ, ਅਤੇ ਭੇਜਣ ਤੋਂ ਪਹਿਲਾਂ ਪਤਾ ਦੁਬਾਰਾ ਚੈੱਕ ਕਰੋ। ਹੁਣ ਹਰ ਕੇਸ ਦੀ ਚਿੱਠੀ ਦੂਜਾ
ਮੁਲਾਜ਼ਮ ਪੜ੍ਹ ਕੇ ਹੀ ਭੇਜਦਾ ਹੈ।
"""),
    ),
    (
        "fv2u-pa-05",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਂ [[PERSON:ਰਾਜ]] ਹੈ, ਪੂਰਾ ਨਾਂ [[PERSON:ਰਾਜਵਿੰਦਰ ਸਿੰਘ ਬਾਜਵਾ]]। ਮੈਂ [[AGE:੨੭ ਸਾਲ]] ਦਾ ਹਾਂ ਅਤੇ
ਇਕੱਲਾ ਰਹਿੰਦਾ ਹਾਂ [[ADDRESS:ਪੰਜਾਬ ਸਵੀਟ ਸੈਂਟਰ]] ਦੇ ਉੱਤੇ ਵਾਲੇ ਫ਼ਲੈਟ ਵਿੱਚ, [[POSTCODE:b219sl]]। ਮੈਨੂੰ
[[HEALTH:ਮਿਰਗੀ]] ਹੈ, ਇਸ ਲਈ ਮੈਂ ਕੰਮ ਨਹੀਂ ਕਰ ਸਕਦਾ ਅਤੇ ਜ਼ਿਆਦਾ ਸਮਾਂ ਘਰ ਹੀ ਹੁੰਦਾ ਹਾਂ। ਪਿਛਲੇ ਨਵੰਬਰ
ਵਿੱਚ ਹੀਟਿੰਗ ਖ਼ਰਾਬ ਹੋ ਗਈ ਅਤੇ ਖਿੜਕੀ ਦਾ ਸ਼ੀਸ਼ਾ ਟੁੱਟਿਆ ਪਿਆ ਸੀ। ਮੈਂ [[ORGANISATION:ਹੈਂਡਸਵਰਥ ਕਮਿਊਨਿਟੀ
ਹੋਮਜ਼]] ਨੂੰ [[PHONE:0121 496 0837]] ਤੋਂ ਛੇ ਵਾਰ ਫ਼ੋਨ ਕੀਤਾ। ਹਰ ਵਾਰ ਨਵਾਂ ਬੰਦਾ, ਨਵਾਂ ਨੰਬਰ, ਪਰ ਕੋਈ ਆਇਆ
ਨਹੀਂ। ਗੁੱਸੇ ਵਿੱਚ ਮੈਂ ਆਪਣੇ ਟਿਕਟੌਕ ਅਕਾਊਂਟ [[OTHER_ID:@raj_bajwa_brum]] 'ਤੇ ਠੰਢੇ ਕਮਰੇ ਦੀ ਵੀਡੀਓ ਪਾ
ਦਿੱਤੀ। ਫਿਰ ਮੇਰੇ ਦੋਸਤ [[PERSON:ਡੈਨੀ]] ਨੇ ਦੱਸਿਆ ਕਿ ਸ਼ਿਕਾਇਤ ਦਾ ਵੀ ਬਾਕਾਇਦਾ ਤਰੀਕਾ ਹੁੰਦਾ ਹੈ। ਮੈਂ ਫ਼ਾਰਮ
ਭਰਿਆ ਅਤੇ ਮੈਨੂੰ ਨੰਬਰ [[REFERENCE:HCH-2024-0178]] ਮਿਲਿਆ। ਅਗਲੇ ਹਫ਼ਤੇ ਸ਼ਿਕਾਇਤ ਟੀਮ ਦੀ
[[PERSON:ਐਮਾ ਰਾਈਟ]] ਘਰ ਆਈ। ਉਹਨਾਂ ਨੇ ਮੰਨਿਆ ਕਿ ਮੇਰੀ ਬੀਮਾਰੀ ਦਾ ਉਹਨਾਂ ਦੇ ਰਿਕਾਰਡ ਵਿੱਚ ਜ਼ਿਕਰ ਹੀ ਨਹੀਂ
ਸੀ। ਉਸੇ ਦਿਨ ਦੋ ਹੀਟਰ ਆ ਗਏ, ਤਿੰਨ ਦਿਨਾਂ ਵਿੱਚ ਬੌਇਲਰ ਠੀਕ ਹੋਇਆ ਅਤੇ ਨਵਾਂ ਸ਼ੀਸ਼ਾ ਲੱਗ ਗਿਆ। 350 ਪੌਂਡ
ਮੁਆਵਜ਼ਾ ਵੀ ਮਿਲਿਆ। ਮੇਰਾ ਸਬਕ: ਸੋਸ਼ਲ ਮੀਡੀਆ 'ਤੇ ਗੁੱਸਾ ਕੱਢਣ ਨਾਲੋਂ ਸ਼ਿਕਾਇਤ ਦਾ ਫ਼ਾਰਮ ਜ਼ਿਆਦਾ ਕੰਮ ਕਰਦਾ ਹੈ।
ਉਹਨਾਂ ਦਾ ਸਬਕ: ਹੁਣ ਹਰ ਫ਼ੋਨ ਕਰਨ ਵਾਲੇ ਤੋਂ ਪੁੱਛਿਆ ਜਾਂਦਾ ਹੈ ਕਿ ਕੀ ਕੋਈ ਸਿਹਤ ਦੀ ਗੱਲ ਹੈ ਜੋ ਉਹਨਾਂ ਨੂੰ ਪਤਾ
ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ।
"""),
    ),
    (
        "fv2u-pl-01",
        "pl",
        _s("""
Nazywam się [[PERSON:Agnieszka Wróbel]] i razem z mężem [[PERSON:Tomkiem]] i dwójką dzieci
mieszkam w [[ADDRESS:mieszkaniu 6 przy 19 Gladstone Street]] w Peterborough, niedaleko
[[ADDRESS:parafii Matki Bożej Częstochowskiej]]. Zeszłej zimy w pokoju dzieci pojawił się
czarny grzyb, najpierw za szafą, potem na całej ścianie od strony ulicy. Nasz syn
[[PERSON:Kuba]], który ma [[AGE:5 lat]], choruje na [[HEALTH:astmę]] i w grudniu dwa razy
lądowaliśmy z nim na pogotowiu. Lekarka z [[ADDRESS:Lincoln Road Surgery]] napisała, że
wilgoć pogarsza jego stan. Dzwoniłam do [[ORGANISATION:Nene Park Housing]] wiele razy i
zawsze słyszałam to samo: wietrzyć i nie suszyć prania w domu. Dopiero pisemna skarga
(numer [[REFERENCE:NPH-CMP-31875]]) coś zmieniła. Po tygodniu przyszedł inspektor, pan
[[PERSON:Harris]], i okazało się, że rynna nad oknem była pęknięta od lat, a woda wsiąkała
w mur. Firma [[ORGANISATION:Fenland Damp Solutions]] naprawiła rynnę, osuszyła i
zaimpregnowała ścianę, a w łazience zamontowała nowy wentylator. Dostaliśmy 600 funtów
odszkodowania i przeprosiny na piśmie, po polsku. Sprawę prowadziła pani
[[PERSON:Sharon Mills]], która co tydzień dzwoniła pod mój numer [[PHONE:07700 900 215]] i
mówiła, co dalej. Moja lekcja: skarga na piśmie i zaświadczenie od lekarza znaczą więcej niż
dziesięć telefonów. Ich lekcja, jak sami napisali: przy każdym zgłoszeniu grzybu najpierw
szukają przyczyny, zamiast radzić lokatorom, żeby częściej otwierali okna.
"""),
    ),
    (
        "fv2u-pl-02",
        "pl",
        _s("""
Studium przypadku: zepsuta winda w bloku dla seniorów. Pani [[PERSON:Halina Kowalczyk]],
lat [[AGE:84]], mieszka sama na szóstym piętrze [[ADDRESS:Fairview House]]. Choruje na
[[HEALTH:osteoporozę]] i porusza się o balkoniku. Latem winda w budynku stała zepsuta
łącznie przez pięć tygodni, z przerwami. Pani [[PERSON:Halina]] nie mogła wyjść na zakupy ani
na cotygodniową mszę do [[ADDRESS:kościoła św. Kazimierza]], a jedzenie przynosił jej syn,
[[PERSON:Grzegorz]], przez wszystkich nazywany [[PERSON:Grześkiem]]. To on złożył skargę w
imieniu matki, podając swój e-mail [[EMAIL:grzesiek.kowalczyk@example.com]]; sprawa dostała
numer [[REFERENCE:AHG-7741]]. Co poszło źle: [[ORGANISATION:Abbeyfield Grove Homes]] nie
wiedziało, którzy mieszkańcy nie mogą chodzić po schodach, więc nikt nie sprawdził, czy pani
[[PERSON:Kowalczyk]] ma co jeść. Serwisant z firmy [[ORGANISATION:Liftcare Anglia]] dwa razy
przyjeżdżał bez potrzebnej części. Jak to naprawiliśmy: kierowniczka osiedla,
[[PERSON:Abimbola Eze]], odwiedziła panią [[PERSON:Halinę]] osobiście i przeprosiła. Na czas
naprawy zapewniliśmy codzienne dostawy zakupów i wizyty wolontariuszy, a silnik windy
wymieniono na nowy. Wypłaciliśmy 700 funtów i dopisaliśmy panią [[PERSON:Kowalczyk]] do
rejestru osób wymagających pomocy przy ewakuacji. Wniosek: przy każdej awarii windy
sprawdzamy teraz listę mieszkańców, którzy nie pokonają schodów, i dzwonimy do nich tego
samego dnia.
"""),
    ),
    (
        "fv2u-pl-03",
        "pl",
        _s("""
Pisze bez polskich liter, bo z telefonu. Jestem [[PERSON:Pawel Zielinski]], mieszkamy z
partnerka [[PERSON:Kasia]] i synkiem [[PERSON:Stasiem]] na [[ADDRESS:22/5 Restalrig Road]],
[[POSTCODE:EH6 8BN]]. [[PERSON:Stas]] ma [[AGE:8 miesiecy]]. W styczniu padlo ogrzewanie i ciepla woda.
Zglosilem to do [[ORGANISATION:Forthside Housing Association]] pod numerem
[[PHONE:0131 496 0442]] i uslyszalem, ze ktos przyjdzie w ciagu 7 dni, bo to nie jest
awaria. Przy minus pieciu na dworze, z niemowlakiem! [[PERSON:Kasia]] grzala wode w czajniku do kapieli.
Sasiad z dolu, pan [[PERSON:Fergus]], pozyczyl nam grzejnik olejowy. Napisalem skarge z
maila [[EMAIL:pawel.zielinski@example.net]] i dostalem numer [[REFERENCE:FHA/2024/0316]]. Na
drugi dzien zadzwonila pani [[PERSON:Morag Sinclair]] z dzialu skarg i przyznala, ze
zgloszenie zle zaklasyfikowano, bo nikt nie zapytal, czy w domu jest male dziecko. Jeszcze
tego samego dnia przywiezli dwa grzejniki, a hydraulik z [[ORGANISATION:Lothian Gas & Heat]]
wymienil pompe nastepnego ranka. Dostalismy 250 funtow i zwrot za prad. Moja rada: jak
macie male dziecko albo kogos chorego, mowcie to od razu przy pierwszym telefonie. Oni
mowia, ze teraz zawsze o to pytaja, i brak ogrzewania zima w domu z dzieckiem to u nich
awaria na 24 godziny.
"""),
    ),
    (
        "fv2u-pl-04",
        "pl",
        _s("""
Studium przypadku: przeludnienie i zgubione dokumenty. Państwo [[PERSON:Nowakowie]],
[[PERSON:Krzysztof]] i [[PERSON:Ewelina]], mieszkają z trójką dzieci w dwupokojowym
mieszkaniu na osiedlu [[ADDRESS:Weston Shore]]. Najstarsza, [[PERSON:Oliwia]], ma
[[AGE:11 lat]] i śpi w jednym pokoju z braćmi, [[PERSON:Bartkiem]] i najmłodszym
[[PERSON:Antosiem]]. Rodzina była zarejestrowana na liście mieszkaniowej pod numerem
[[REFERENCE:SHR-208814]], ale przez dwa lata nie dostała żadnej oferty. Co poszło źle:
[[ORGANISATION:Southampton City Council]] poprosiła o zaświadczenie ze szkoły dzieci,
[[ADDRESS:St Bernadette's Catholic Primary]], o tym, że dzieci nie mają gdzie odrabiać lekcji.
Pani [[PERSON:Ewelina]] dostarczyła je osobiście, ale dokument nigdy nie trafił do akt, a
nikt jej o tym nie poinformował. Wniosek utknął. Pan [[PERSON:Nowak]] złożył skargę, a radna
[[PERSON:Joanne Pike]] pomogła rodzinie napisać ją po angielsku. Jak to naprawiono: urzędnik
ds. skarg, [[PERSON:Ravi Mistry]], odnalazł skan dokumentu w złej teczce. Wniosek rozpatrzono
ponownie z datą pierwotną, rodzinę przeniesiono do wyższej grupy i po pięciu miesiącach
zaproponowano jej dom z trzema sypialniami przy [[ADDRESS:14 Sholing Road]]. Rada przeprosiła
na piśmie i wypłaciła 300 funtów. Wniosek: każdy dostarczony dokument musi być potwierdzony
mieszkańcowi na piśmie. Teraz każdy, kto coś składa, dostaje SMS-a z potwierdzeniem.
"""),
    ),
    (
        "fv2u-pl-05",
        "pl",
        _s("""
Jestem [[PERSON:Beata Grabowska]], mama [[PERSON:Filipa]]. [[PERSON:Filip]] ma [[AGE:14 lat]] i
[[HEALTH:mózgowe porażenie dziecięce]], jeździ na wózku. Mieszkamy w [[ADDRESS:5 Brook Close]]
na Wirralu, [[POSTCODE:CH46 3RP]]. Kiedy [[ORGANISATION:Merseyview Homes]] zaczęło budowę
podjazdu i poszerzanie drzwi, robotnicy z firmy [[ORGANISATION:Dee Estuary Builders]] przez
trzy tygodnie zastawiali kontenerem nasze miejsce dla niepełnosprawnych. Nasz samochód,
[[OTHER_ID:WN21 XEP]], musiał stać dwie ulice dalej, a ja nosiłam [[PERSON:Filipa]] na rękach.
Potem ekipa zniknęła na dwa miesiące, zostawiając rozkuty próg i dziurę przy drzwiach.
[[PERSON:Filip]] nie mógł sam wyjechać z domu i opuścił wiele dni w
[[ADDRESS:Foxfield School]]. Złożyłam skargę, numer [[REFERENCE:MVH-AD-10562]], i podałam
numer NHS syna, [[OTHER_ID:601 234 8890]], bo chcieli potwierdzenia od terapeutki. Na
pierwszym etapie dostałam tylko przeprosiny. Na drugim etapie sprawę przejął pan
[[PERSON:Conor Fitzgerald]]: wyznaczył nową firmę, kontener zabrano w ciągu doby, a podjazd i
drzwi skończono w trzy tygodnie. Dostaliśmy 850 funtów. Moja lekcja: nie bójcie się drugiego
etapu. Ich lekcja: przy pracach u osoby niepełnosprawnej kierownik sprawdza plac budowy co
tydzień, a dostęp do domu i miejsca parkingowego musi być zawsze wolny. Można do mnie pisać:
[[EMAIL:beata dot grabowska at example dot org]].
"""),
    ),
    (
        "fv2u-ro-01",
        "ro",
        _s("""
Mă numesc [[PERSON:Mirela Dobre]] și locuiesc cu soțul meu, [[PERSON:Cătălin]], și cu cei doi
copii în [[ADDRESS:apartamentul 3 de la 88 Kenton Lane]], [[POSTCODE:HA3 8TU]], chiar lângă
[[ADDRESS:biserica ortodoxă Sfântul Ierarh Nicolae]]. Din noiembrie, pe peretele din dormitorul
copiilor a apărut mucegai negru, care se întindea de la o săptămână la alta. Băiatul cel
mic, [[PERSON:Luca]], avea atunci [[AGE:10 luni]] și a făcut [[HEALTH:bronșiolită]] de două
ori în aceeași iarnă. Am sunat la [[ORGANISATION:Weald Valley Housing]] de la numărul meu,
[[PHONE:020 7946 0758]], de cel puțin șase ori. Mi s-a spus de fiecare dată să aerisesc și să
șterg geamurile. Fiica mea, [[PERSON:Ioana]], m-a ajutat să scriu o plângere în engleză, și
am primit numărul [[REFERENCE:WVH-DM-55904]]. Abia atunci a venit un inspector, domnul
[[PERSON:Patel]], care a găsit izolația din pod lipsă pe o bucată mare, exact deasupra
camerei copiilor. Firma [[ORGANISATION:Summit Insulation]] a refăcut izolația, peretele a fost
tratat și vopsit cu vopsea anti-mucegai, iar nouă ni s-au plătit 650 de lire și ni s-a
înlocuit patul lui [[PERSON:Luca]]. Ofițera de plângeri, [[PERSON:Bernadette Quinn]], ne-a
sunat în fiecare vineri până s-a terminat lucrarea. Ce am învățat eu: plângerea scrisă
contează mai mult decât zece telefoane. Ce spun ei că au învățat: la orice raport de mucegai
trimit acum un inspector în zece zile, nu doar sfaturi.
"""),
    ),
    (
        "fv2u-ro-02",
        "ro",
        _s("""
Studiu de caz: infiltrații prin tavan și o instalație electrică periculoasă. Domnul
[[PERSON:Gheorghe Lungu]], de [[AGE:73 de ani]], și soția sa, [[PERSON:Floarea]], locuiesc
la parterul blocului [[ADDRESS:Larkspur House]] din Birmingham, în [[ADDRESS:apartamentul 1]].
Timp de patru luni, apa din baia vecinilor de sus a picurat prin tavanul bucătăriei, chiar
pe lângă o priză. Doamna [[PERSON:Floarea]] suferă de [[HEALTH:Alzheimer]], iar domnul
[[PERSON:Lungu]] se temea să o lase singură în bucătărie. Fiul lor, [[PERSON:Sorin]], a
sunat de mai multe ori la [[ORGANISATION:Kingsway Midland Homes]] și, pentru că nu primea
răspuns, a depus o plângere oficială, numărul [[REFERENCE:KMH/CX/4420]]. Ce a mers prost:
echipa de reparații a tratat fiecare apel ca pe o lucrare nouă și nimeni nu a observat că era
a cincea oară. Nimeni nu a verificat nici instalația electrică. Cum am îndreptat lucrurile:
managera de reparații [[PERSON:Nkechi Obi]] a trimis un electrician chiar în ziua în care a
citit plângerea. Priza a fost mutată, circuitul verificat, iar țeava spartă de sub cada
vecinilor, familia [[PERSON:Brennan]], a fost înlocuită de [[ORGANISATION:Midway Plumbing]].
Tavanul a fost refăcut. Familiei [[PERSON:Lungu]] i-am plătit 520 de lire în contul care se
termină în [[OTHER_ID:5506]] și i-am cerut scuze în scris, în limba română. Lecția: când
aceeași problemă revine de trei ori, sistemul nostru trimite acum automat un supervizor, iar
orice scurgere lângă curent electric e tratată ca urgență.
"""),
    ),
    (
        "fv2u-ro-03",
        "ro",
        _s("""
Scriu fara diacritice, scuze. Ma numesc [[PERSON:Ionut Rusu]], am [[AGE:31 de ani]] si stau
cu sotia, [[PERSON:Daniela]], in [[ADDRESS:apartamentul 2B]] din [[ADDRESS:Ashfield Court]],
[[POSTCODE:ls115rz]]. Suntem [[OTHER_SPECIAL:romi]] si de cand ne-am mutat, un vecin de pe
scara a inceput sa ne injure, sa ne zgarie usa si sa ne blocheze locul de parcare cu
masina lui, [[OTHER_ID:YB17 HWN]]. Pe un grup de Facebook al cartierului a postat poze cu
usa noastra si ne-a facut hoti. Am anuntat [[ORGANISATION:Aire Bank Housing]] de trei ori, de
pe numarul [[PHONE:0113 496 0691]], si de fiecare data mi s-a spus ca e "conflict intre
vecini" si ca ar trebui sa vorbim intre noi. Pana la urma m-a ajutat [[PERSON:Baz]], un
voluntar de la [[ADDRESS:Beeston Hill Community Centre]], sa fac plangere formala, numarul
[[REFERENCE:ABH-ASB-0827]]. La etapa a doua, dosarul l-a preluat doamna
[[PERSON:Yasmin Farah]]. A venit la noi in aceeasi saptamana, a recunoscut ca era vorba de
hartuire rasista si a lucrat cu politia. Vecinul a primit un avertisment oficial, au pus
camera pe scara si postarea a fost stearsa. Noi am primit 400 de lire si o scrisoare de
scuze. Ce am invatat: cand cineva te ataca pentru cine esti, spune clar asta in plangere.
Ce au invatat ei: orice plangere cu insulte rasiste merge acum direct la echipa
specializata, nu la mediere.
"""),
    ),
    (
        "fv2u-ro-04",
        "ro",
        _s("""
Studiu de caz: o rampă care a întârziat un an. Doamna [[PERSON:Maria Stan]], născută pe
[[DATE_OF_BIRTH:douăzeci și doi aprilie o mie nouă sute cincizeci și șase]], a suferit o
[[HEALTH:amputație a piciorului drept]] din cauza [[HEALTH:diabetului]] și folosește scaun cu
rotile. Locuiește la [[ADDRESS:numărul 9 de pe Poplar Grove]], în Luton,
împreună cu nepoata ei, [[PERSON:Andreea]], care o îngrijește. Terapeuta ocupațională a cerut
o rampă la intrare și lărgirea ușii de la baie, dar lucrarea a stat aproape un an. În
acest timp, doamna [[PERSON:Stan]] nu a putut ieși din casă decât cu ambulanța, la
programările de la spital. [[PERSON:Andreea]] a scris o plângere de pe adresa
[[EMAIL:andreea.stan@example.org]], numărul [[REFERENCE:CHL-ADP-6193]]. Ce a mers prost:
[[ORGANISATION:Chiltern Lea Homes]] aștepta o a doua ofertă de preț de la constructor și
nimeni nu i-a anunțat familia. Cum am îndreptat lucrurile: coordonatorul de adaptări,
[[PERSON:Desmond Reid]], a aprobat lucrarea în aceeași zi, iar [[ORGANISATION:Bedford
Access Works]] a montat rampa și a lărgit ușa în trei săptămâni. Am plătit 900 de lire, am
rambursat costurile de taxi ale nepoatei și am cerut scuze în scris. Lecția: o ofertă de
preț nu poate ține pe loc o persoană în propria casă. Acum, orice adaptare care depășește
12 săptămâni ajunge automat la director, iar familia primește vești în fiecare lună.
"""),
    ),
    (
        "fv2u-ro-05",
        "ro",
        _s("""
Sunt [[PERSON:Andrei Munteanu]] și locuiesc cu soția mea, [[PERSON:Roxana]], și cu cei doi
copii la etajul 11 al blocului [[ADDRESS:Tynebank Heights]], în Newcastle,
[[POSTCODE:NE4 7YF]]. Anul trecut liftul s-a stricat de nouă ori în trei luni. Cel mic,
[[PERSON:Matei]], avea [[AGE:18 luni]], și [[PERSON:Roxana]] urca unsprezece etaje cu căruciorul și cu
cumpărăturile, iar fata noastră, [[PERSON:Sofia]], întârzia la [[ADDRESS:Westgate Hill
Primary]]. Cel mai greu a fost că nimeni nu ne anunța nimic: nici când se strică, nici când
se repară. Am făcut plângere la [[ORGANISATION:Quayside Homes]], numărul
[[REFERENCE:QH-2023-7718]], dar răspunsul de la prima etapă a venit după două luni și spunea
doar că „liftul funcționează în parametri”. Atunci am mers direct la Ombudsmanul pentru
locuințe, fără să mai trec pe la deputat sau consilier, și am primit numărul de caz
[[REFERENCE:202317265]]. Ombudsmanul a constatat administrare defectuoasă. Liftul a fost
modernizat de [[ORGANISATION:Tyne Lift Services]], am primit 1.000 de lire, iar acum
locatarii primesc SMS de fiecare dată când liftul se strică și când e reparat. Managerul de
bloc, [[PERSON:Geordie Robson]], mi-a dat numărul lui direct, [[PHONE:0191 498 0356]]. Dacă
vreți să-mi scrieți, adresa mea e [[EMAIL:andrei punct munteanu arond example punct com]].
Ce am învățat: nu mai e nevoie de nimeni ca intermediar până la Ombudsman.
"""),
    ),
    (
        "fv2u-ur-01",
        "ur",
        _s("""
میرا نام [[PERSON:رخسانہ پروین]] ہے۔ میں اپنے شوہر [[PERSON:طارق]] اور تین بچوں کے ساتھ
[[ADDRESS:مکان نمبر 41، لمب لین]]، [[POSTCODE:BD8 7PL]] میں رہتی ہوں، [[ADDRESS:جامع مسجد
فاروقیہ]] کے بالکل سامنے۔ پچھلے سال بارش کے بعد چھت سے پانی ٹپکنے لگا اور بچوں کے کمرے کی
دیوار پر سیاہ پھپھوندی پھیل گئی۔ میرے بیٹے [[PERSON:بلال]] کی عمر [[AGE:7 سال]] ہے اور اسے
[[HEALTH:دمہ]] ہے؛ سردیوں میں اسے دو بار ہسپتال لے جانا پڑا۔ میں نے
[[ORGANISATION:Manningham Homes Trust]] کو بار بار فون کیا، ہر بار یہی جواب ملا کہ کھڑکیاں کھلی رکھیں۔
پھر میری بہن [[PERSON:نازیہ]] نے کہا کہ لکھ کر شکایت کرو۔ شکایت نمبر [[REFERENCE:MHT-C-26650]]
ملا، اور میں نے اپنا نمبر لفظوں میں لکھا تاکہ غلطی نہ ہو: [[PHONE:زیرو سات سات زیرو زیرو، نو
زیرو زیرو، تین پانچ ایک]]۔ ایک ہفتے میں سروے کرنے والے [[PERSON:سٹیفن ہال]] آئے اور دیکھا کہ
چھت کی کئی ٹائلیں ٹوٹی ہوئی ہیں اور پانی کئی مہینوں سے دیوار میں جا رہا ہے۔ ٹھیکیدار
[[ORGANISATION:Pennine Roofline]] نے چھت ٹھیک کی، دیوار کا علاج کیا اور نیا پنکھا لگایا۔ ہمیں
600 پاؤنڈ ہرجانہ اور اردو میں لکھا ہوا معافی نامہ ملا۔ میرا سبق: فون کے بجائے لکھ کر شکایت
کریں اور ہر دن کی تصویر رکھیں۔ ان کا سبق، جو انہوں نے خط میں لکھا: اب پھپھوندی کی ہر شکایت
پر پہلے وجہ تلاش کی جاتی ہے، کرایہ دار کو الزام نہیں دیا جاتا۔
"""),
    ),
    (
        "fv2u-ur-02",
        "ur",
        _s("""
کیس اسٹڈی: تنگ گھر اور گم شدہ کاغذات۔ جناب [[PERSON:محمد عارف]] اور ان کی اہلیہ
[[PERSON:شازیہ]] اپنے پانچ بچوں کے ساتھ دو کمروں کے فلیٹ میں رہتے ہیں۔ خاندان
[[OTHER_SPECIAL:پاکستانی]] نژاد ہے اور بیس سال سے اسی علاقے میں آباد ہے۔ بڑی بیٹی
[[PERSON:عائشہ]]، جس کی عمر [[AGE:16 سال]] ہے، جی سی ایس ای کی تیاری باورچی خانے کی میز پر کرتی تھی،
اور [[PERSON:حمزہ]] اور [[PERSON:زید]] ایک ہی بستر پر سوتے تھے۔ خاندان ہاؤسنگ رجسٹر پر نمبر
[[REFERENCE:BHR-418207]] کے تحت درج تھا، لیکن تین سال میں کوئی پیشکش نہیں آئی۔ کیا غلط ہوا:
[[ORGANISATION:برمنگھم سٹی کونسل]] نے درخواست کی تجدید کے لیے جناب [[PERSON:عارف]] کا نیشنل
انشورنس نمبر [[NI_NUMBER:NP 62 38 17 C]] اور بچوں کے اسکول، [[ADDRESS:السٹن پرائمری اسکول]]، کا
خط مانگا۔ دونوں چیزیں وقت پر جمع ہوئیں، مگر ایک عملے کی غلطی سے فائل بند کر دی گئی اور خاندان کو
بتایا بھی نہیں گیا۔ کیسے درست کیا گیا: شکایت ملنے پر افسر [[PERSON:جیمز او کونر]] نے فائل دوبارہ
کھولی، پرانی تاریخ بحال کی اور خاندان کو زیادہ ترجیح والے گروپ میں رکھا۔ چار ماہ بعد انہیں
[[ADDRESS:27 وارڈ اینڈ روڈ]] پر چار کمروں کا گھر پیش کیا گیا۔ کونسل نے تحریری معافی مانگی اور
350 پاؤنڈ ادا کیے۔ سبق: کوئی فائل رہائشی کو بتائے بغیر بند نہیں ہونی چاہیے۔ اب فائل بند کرنے سے
پہلے ٹیم لیڈر کی منظوری اور رہائشی کو خط لازمی ہے۔
"""),
    ),
    (
        "fv2u-ur-03",
        "ur",
        _s("""
میں [[PERSON:نسیم اختر]] ہوں، لوٹن سے۔ میری بیٹی [[PERSON:ثناء]]، جسے گھر میں سب
[[PERSON:گڑیا]] کہتے ہیں، [[AGE:12 سال]] کی ہے اور اسے [[HEALTH:سپائنا بیفیڈا]] ہے، اس لیے وہ
وہیل چیئر استعمال کرتی ہے۔ ہم [[ADDRESS:گراؤنڈ فلور فلیٹ، 15 بیری روڈ]] میں رہتے ہیں۔ اوکیوپیشنل
تھراپسٹ نے غسل خانے کو واک اِن شاور میں بدلنے کا کہا تھا، مگر [[ORGANISATION:Lea Valley
Living]] نے ایک سال تک کچھ نہیں کیا۔ اس دوران میں [[PERSON:گڑیا]] کو روز اٹھا کر نہلاتی تھی اور
میری کمر جواب دے گئی۔ آخر میں نے شکایت لکھی، نمبر [[REFERENCE:LVL-ADP-8842]]، اور ساتھ
[[PERSON:ثناء]] کا این ایچ ایس نمبر [[OTHER_ID:712 550 9034]] بھی دیا کیونکہ انہوں نے ڈاکٹری ثبوت
مانگا تھا۔ وہ میرا ای میل ہر بار غلط لکھتے تھے، اس لیے میں نے ہجے کر کے بتایا:
[[EMAIL:نسیم ڈاٹ اختر ایٹ ایگزیمپل ڈاٹ نیٹ]]۔ اس بار شکایات کی افسر [[PERSON:ہیلن کارٹر]] نے
دو دن میں فون کیا اور مانا کہ ہماری درخواست غلطی سے "غیر فوری" فہرست میں ڈال دی گئی تھی۔ چھ
ہفتوں میں ٹھیکیدار [[ORGANISATION:Access Living Builders]] نے شاور روم بنا دیا اور دروازے چوڑے
کر دیے۔ ہمیں 800 پاؤنڈ ملے اور میرے لیے بھی کچھ دن کی نگہداشت کا انتظام ہوا۔ میرا سبق: اپنی
درخواست کی درجہ بندی ضرور پوچھیں۔ ان کا سبق: اب بچوں کی ہر معذوری والی درخواست خود بخود فوری
فہرست میں جاتی ہے۔
"""),
    ),
    (
        "fv2u-ur-04",
        "ur",
        _s("""
کیس اسٹڈی: باورچی خانے میں چوہے۔ محترمہ [[PERSON:ثریا بی بی]]، عمر [[AGE:80 سال]]، اکیلی
[[ADDRESS:فلیٹ 6، ہیدر بینک ہاؤس]] میں رہتی ہیں، جو لانگسائٹ میں [[ADDRESS:مدینہ سویٹس]] کے
اوپر ہے۔ گرمیوں سے چوہے ان کے باورچی خانے میں آ رہے تھے۔ [[ORGANISATION:Levenshulme Community
Homes]] نے پیسٹ کنٹرول کمپنی [[ORGANISATION:Vermex North]] کو تین بار بھیجا، جس نے زہر رکھا مگر
سوراخ بند نہیں کیے۔ محترمہ [[PERSON:ثریا]] کو [[HEALTH:ذیابیطس]] ہے اور وہ نظر کی کمزوری کی وجہ
سے رات کو ٹھیک سے دیکھ نہیں پاتیں، ایک بار وہ چوہے سے ڈر کر گر بھی گئیں۔ ان کی پڑوسن
[[PERSON:بیٹی]]، جو برسوں سے ان کا خیال رکھتی ہیں، اور پوتے [[PERSON:دانیال]] نے مل کر شکایت کی۔
[[PERSON:دانیال]] کا ای میل [[EMAIL:daniyal.r@example.com]] تھا اور شکایت نمبر
[[REFERENCE:LCH/PEST/3071]]۔ کیا غلط ہوا: ہر دورے کو نیا کام سمجھا گیا اور کسی نے عمارت کا
معائنہ نہیں کیا۔ کیسے درست کیا گیا: سروے کرنے والی [[PERSON:ایمی ڈوگن]] نے دیکھا کہ نیچے دکان کے
گودام سے پائپوں کے ساتھ راستہ کھلا ہے۔ سارے سوراخ بند کیے گئے، کچن کی الماریاں بدلی گئیں اور
خراب کھانے کے 120 پاؤنڈ اور تکلیف کے 350 پاؤنڈ ان کے اکاؤنٹ میں ڈالے گئے، سارٹ کوڈ
[[OTHER_ID:40-11-62]]، اکاؤنٹ کے آخری ہندسے [[OTHER_ID:9185]]۔ سبق: زہر رکھنا کافی نہیں، راستہ
بند کرنا اصل کام ہے۔ اب ہر پیسٹ کنٹرول کے کام کے ساتھ عمارت کا معائنہ لازمی ہے۔
"""),
    ),
    (
        "fv2u-ur-05",
        "ur",
        _s("""
میرا نام [[PERSON:فرحان احمد]] ہے۔ میں اپنی بیوی [[PERSON:امبر]] اور دو بچوں کے ساتھ گلاسگو میں
[[ADDRESS:فلیٹ 3/1، 140 کیتھکارٹ روڈ]]، [[POSTCODE:g42 7bh]] میں رہتا ہوں۔ ہم
[[OTHER_SPECIAL:احمدی]] ہیں، اور پچھلے سال سے اوپر والے فلیٹ کا ایک شخص ہمیں سیڑھیوں میں گالیاں
دیتا، دروازے پر تھوکتا اور ہمارے مذہب کا مذاق اڑاتا تھا۔ اس نے انسٹاگرام پر
[[OTHER_ID:@southside_truth_g42]] نام کے اکاؤنٹ سے ہمارے دروازے کی تصویر بھی ڈالی۔ میں نے
[[ORGANISATION:Clydeside Southern Housing]] کو [[PHONE:0141 496 0529]] سے کئی بار فون کیا، مگر
ہر بار کہا گیا کہ یہ "ہمسایوں کا جھگڑا" ہے۔ پھر میں نے باقاعدہ شکایت کی، نمبر
[[REFERENCE:CSH-ASB-2290]]۔ فارم میں میری تاریخ پیدائش [[DATE_OF_BIRTH:3 جنوری 1990]] بھی مانگی
گئی۔ دوسرے مرحلے میں کیس [[PERSON:فیونا میکلاؤڈ]] کو ملا۔ وہ اسی ہفتے ہمارے گھر آئیں اور مانا کہ
یہ مذہبی نفرت پر مبنی ہراسانی ہے۔ پولیس کے ساتھ مل کر اس شخص کو باضابطہ وارننگ دی گئی، سیڑھیوں
میں کیمرا لگا اور پوسٹ ہٹا دی گئی۔ ہمیں 450 پاؤنڈ اور تحریری معافی ملی۔ میرا بیٹا
[[PERSON:عاطف]]، جو [[ADDRESS:ہولی روڈ پرائمری]] میں پڑھتا ہے، اب پھر سے اکیلا سیڑھیاں اتر
جاتا ہے۔ میرا سبق: شکایت میں صاف لکھیں کہ آپ کو کیوں نشانہ بنایا جا رہا ہے۔ ان کا سبق: اب
ایسی ہر شکایت سیدھی خصوصی ٹیم کے پاس جاتی ہے، ثالثی کے لیے نہیں۔
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
