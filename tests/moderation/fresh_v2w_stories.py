"""Fresh PII test stories, batch v2w (twenty-third writer).

35 fictional case studies of social housing complaints put right, five each in
English, Arabic, Bengali, Punjabi (Gurmukhi), Polish, Romanian and Urdu, marked
under version 2 of the marking (/work/shared/pii/README.md). Style of this
batch: diaspora and mixed-community stories. In the Arabic, Bengali, Punjabi
and Urdu stories most people outside the writer's family have English, Irish,
Polish, Nigerian, Somali, Jamaican, Chinese or Vietnamese names written in the
script, and streets, blocks, schools, surgeries, shops and places of worship
are English names in the script; the Polish and Romanian stories give
neighbours and officers English, Asian and African names and use English place
names in Latin letters, sometimes inflected, and some are typed without
diacritics; the English stories are written by people for whom English is a
second language, with their own spelling of names.

Details marked: full and partial addresses ("number 9", "flat 4b", the top
flat at a number), named blocks and estates, schools, GP surgeries, places of
worship, shops, pubs and community centres, postcodes in several spellings,
phone numbers in Ofcom drama ranges (some spoken, one in Urdu digits), emails
(some spelled out), references, NI numbers, dates of birth in figures and
words, ages, other identifiers (NHS numbers, vehicle registrations, social
handles, account endings, sort codes and account numbers, a residence permit
number), organisations, health conditions and disabilities, and ethnicity,
religion or immigration status. Names include nicknames, diminutives,
inflected forms, names that are ordinary words, and names that are spelled
two ways by the writer.

Measured on 7 December 2026 at first sight, on the detector after round 16 (commit 7935f62,
never changed for this batch): leak-free 71.4% of 35, recall 97.2%, precision 86.5%; by language
en 80%, ar 60%, bn 80%, pa 60%, pl 80%, ro 80%, ur 60% of 5 each. The detector as it landed
before this session's rounds scored 57.1% / 94.4% / 91.5%. The misses were surnames that are
words ("Mr Deklan Fury", "ਲੂਸੀ ਚੈਨ", "السيدة ماي لينغ هو"), a pub and a high school named in
the scripts, account endings and a date of birth typed without Polish marks, and a flat
described before its street in Romanian. After round 17: 88.6% / 98.7% / 86.5%.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2w-en-01",
        "en",
        _s("""
My name is [[PERSON:Grażyna Wójcik]] and I am living with my two sons in
[[ADDRESS:flat 7, Birchmoor House]], [[POSTCODE:ls9 6qx]], from 2015. In winter
2022 the black mould come back in the boys bedroom, behind wardrobe and all
around the window. My younger son [[PERSON:Kuba]] is [[AGE:6]] and he have
[[HEALTH:asthma]], he was three times in St James's Hospital that winter. I was
ringing the repairs line on [[PHONE:0113 496 0582]] so many times, every time
different person, and the man from contractor [[ORGANISATION:Dalesway Property
Care]] only wipe the wall with bleach and go. My neighbour from
[[ADDRESS:number 9]], Mrs [[PERSON:Obiageli Nwankwo]], everybody call her Aunty
[[PERSON:Obi]], she help me to write complaint by email to [[ORGANISATION:Aire
Valley Homes]]. They give complaint reference [[REFERENCE:AVH/CMP/22-3318]]. In
stage one they say it is condensation from drying clothes and I must open
window. I was very angry but Aunty [[PERSON:Obi]] say, go to stage two. At
stage two new officer, Mr [[PERSON:Deklan Fury]] (later I see on the letter it
is [[PERSON:Declan Furey]]), he come himself with the moisture meter and find
the gutter on the roof is broken and water is going inside the wall for years.
They fix gutter, put extractor fan and insulation, paint with anti-mould paint,
and give me £600 and new mattress for [[PERSON:Kuba]]. Mr [[PERSON:Furey]] give
me his direct email, [[EMAIL:d.furey@example.org]], and he ring me after one
month to check. What I learn: write everything down with date, and ask them to
find the reason, not only clean the mould. What they learn, he told me: stage
one must have somebody who visit, not only read the notes.
"""),
    ),
    (
        "fv2w-en-02",
        "en",
        _s("""
I am [[PERSON:Hodan Cali Warsame]]. I live on the 11 floor of
[[ADDRESS:Kestrel Tower]] on the [[ADDRESS:Marshfield Estate]],
[[POSTCODE:B7 5QJ]], with my husband and four children. My husband
[[PERSON:Abdirahman]] have [[HEALTH:multiple sclerosis]] and he use a
wheelchair. Last March the lift was broken nineteen days. He miss two hospital
appointment and he could not go to [[ADDRESS:Nechells Green Masjid]], which is
very important for him. I ring the landlord, [[ORGANISATION:Brindleyside
Housing Trust]], every day. The lady on the phone, [[PERSON:Kerol]] (I think
she write it [[PERSON:Carol]]), always say engineer coming tomorrow. My
daughter [[PERSON:Ifrah]], she is [[AGE:15]], she make the complaint on the
website with our tenancy number [[REFERENCE:BHT-004417-T]]. After ten days no
answer, so we ring the Housing Ombudsman and they explain we can go straight
to them now when the landlord is not answering, no need for councillor first.
Our Ombudsman case number is [[REFERENCE:202304518]]. After that the landlord
move fast. The manager, Mister [[PERSON:Jonatan Prais]], came with interpreter
and say sorry face to face. The lift company [[ORGANISATION:Midshire Lift
Services]] put new control board, and they give my husband priority for a
ground floor flat with wet room. Compensation £750 went to our bank account
ending [[OTHER_ID:3391]]. The lesson for them, they write in the letter, is to
keep a list of who in the block need the lift for medical reason and call
those families the same day it break. Now Mister [[PERSON:Jonatan]] send me
text on [[PHONE:07700 900 418]] before any lift work.
"""),
    ),
    (
        "fv2w-en-03",
        "en",
        _s("""
My name is [[PERSON:Rebwar Hawrami]]. I am [[OTHER_SPECIAL:Kurdish]] and I have
[[OTHER_SPECIAL:refugee status]] since 2019. I live with my wife
[[PERSON:Shilan]] and our baby [[PERSON:Rojin]], [[AGE:8 months]], at
[[ADDRESS:42b Tanners Row]], [[POSTCODE:NE6 2LU]]. The man in the flat
downstair, I only know him as [[PERSON:Gaz]], play music every night until 4
o'clock and shout bad words about foreigners when I pass. One morning he write
on our door with red paint. He also put video of our door on TikTok from
account [[OTHER_ID:@gazza_ne6]]. I report to [[ORGANISATION:Tyneholm Homes]]
first time in June. The officer, Miss [[PERSON:Shivon Galager]] (after I see it
is written [[PERSON:Siobhan Gallagher]]), give me diary sheets and antisocial
behaviour case number [[REFERENCE:ASB-23-00781]]. But two months nothing
happen, only letters. My friend from college, [[PERSON:Hêvî]], help me write a
complaint. In the stage one answer the manager, Mr [[PERSON:Ravinder Sandhu]],
write that they was wrong to treat the paint on door only like noise problem.
It was hate incident, they must tell police the same day and offer support.
The police give crime number [[REFERENCE:NB-230914-0562]]. The landlord put
camera on the stair, change our door, and took him to court. In December he
moved out. They also pay £400 for the distress and now the baby sleep. Lesson
from them: hate incident must go to specialist officer in 24 hour, not wait in
normal queue. Lesson from me: don't stay quiet because you are new here.
"""),
    ),
    (
        "fv2w-en-04",
        "en",
        _s("""
My name is [[PERSON:Nguyễn Thị Hoa]]. English people call me
[[PERSON:Flower]], because [[PERSON:Hoa]] mean flower. I rent
[[ADDRESS:flat 3b, Lindley Court]], the block behind the
[[ADDRESS:Lucky Nails]] shop, [[POSTCODE:M8 9QE]], from
[[ORGANISATION:Castlegate Community Housing]]. From October water come through
my kitchen ceiling from [[ADDRESS:flat 4b]] above. The man there, Mr
[[PERSON:Wiśniewski]], is kind and let the plumber in, but the plumber from
[[ORGANISATION:Pennine Reactive Repairs]] say the leak is in the block pipe,
not in his flat, and then nobody come back. Two times they close repair job
[[REFERENCE:R-7741029]] without fix anything. The kitchen light stop working
and I am scared of electric with water. My son [[PERSON:Minh]], [[AGE:12]],
translate every phone call for me, so he miss lessons at
[[ADDRESS:Crumpsall Vale High School]]. In January I complain with help from
[[PERSON:Bảo Ngọc]], volunteer at the advice centre. The complaint officer,
Mrs [[PERSON:Trasy Holbruk]], answer in eight days. She agree they close the
job wrong and they never offer interpreter, and a child should not do this.
They repair the stack pipe, electrician check the light, new ceiling and
paint, and pay £520. Now my file say I need interpreter and letters come
translated. Also they tell contractor: do not close job if the tenant not say
it is fixed. If you want to ask about my case, my email is
[[EMAIL:hoa dot nguyen at example dot net]].
"""),
    ),
    (
        "fv2w-en-05",
        "en",
        _s("""
My name [[PERSON:Semhar Tesfamariam]]. Me, my husband [[PERSON:Yonas]] and
our four children live in a two bedroom house at
[[ADDRESS:17 Quarry Bank Close]], [[POSTCODE:bs5 7ny]]. Children are
[[PERSON:Luwam]] ([[AGE:13]]), [[PERSON:Robel]] ([[AGE:10]]),
[[PERSON:Senait]] ([[AGE:6]]) and baby [[PERSON:Selam]], born
[[DATE_OF_BIRTH:2nd of February 2023]]. [[PERSON:Luwam]] have
[[HEALTH:epilepsy]] and she need her own room for sleep, the doctor at
[[ADDRESS:Stapleton Road Surgery]] write letter. Also we had mice in the
kitchen and in boys cupboard for one year, coming from the gap under the back
door. On housing register, number [[REFERENCE:HR0092217]], the council put us
band C, they did not count the baby and did not read the doctor letter. I
complain to [[ORGANISATION:Avonmere Housing]] about the mice and to the
council about the banding. Mister [[PERSON:Femmy]] from
[[ORGANISATION:Avonmere]] (his name is [[PERSON:Femi Adeyemi-Cole]]) came with
pest man from [[ORGANISATION:Clearway Pest Solutions]], they block all the
holes, put new door strip, and came back three times. The council review say
the banding was mistake, now we are band A for four bedroom. They say sorry
they did not look at medical evidence. My church friends from
[[ADDRESS:Medhane Alem]] help me with the forms. Lesson: send the doctor
letter again and ask them to write that they received it. You can call me on
[[PHONE:oh one one seven, four nine six, oh two three one]].
"""),
    ),
    (
        "fv2w-ar-01",
        "ar",
        _s("""
اسمي [[PERSON:رهف الخطيب]]، وأسكن مع زوجي [[PERSON:مازن]] وأطفالنا الثلاثة في
[[ADDRESS:شقة 14، ويلو كورت]] في شيفيلد، [[POSTCODE:S4 7WB]]. منذ شتاء 2021
بدأ العفن الأسود يظهر في غرفة الأطفال وخلف خزائن المطبخ. ابنتي الصغرى
[[PERSON:جنى]] عمرها [[AGE:4 سنوات]] وتعاني من [[HEALTH:الربو]]، وطبيبتها في
[[ADDRESS:عيادة بيتشوود الطبية]] كتبت لنا أكثر من رسالة. اتصلت بالمالك
[[ORGANISATION:Don Valley Homes]] على الرقم [[PHONE:0114 496 0733]] مرات
كثيرة، وفي كل مرة يأتي عامل يرش مادة مبيضة ويرحل. جارتنا السيدة
[[PERSON:إيلين ماكغراث]] نصحتني بتقديم شكوى رسمية وساعدتني في كتابتها
بالإنجليزية، فحصلت على رقم الشكوى [[REFERENCE:DVH-C-40921]]. في المرحلة الأولى
جاء الرد بأن السبب هو نشر الغسيل داخل البيت. لم أقبل، وطلبت المرحلة الثانية.
هذه المرة أرسلوا المسّاح [[PERSON:ماريك كوالسكي]]، فقاس الرطوبة في الجدران
ووجد أن العزل في السقف ناقص منذ بناء العمارة وأن مروحة الحمام لا تعمل أصلاً.
أصلحت شركة [[ORGANISATION:Steelbridge Maintenance]] العزل وركّبت مراوح جديدة
وأعادت الطلاء، وحصلنا على تعويض 450 جنيهاً واعتذار مكتوب من مديرة الشكاوى
السيدة [[PERSON:بريدجيت أوكونور]]. قالت في رسالتها إنهم تعلّموا ألا يلوموا
السكان قبل فحص المبنى، وإنهم سيزورون كل بيت فيه طفل مريض خلال أسبوعين من أول
بلاغ. نصيحتي لكل أم: احتفظي بالصور والتواريخ، ولا تخافي من المرحلة الثانية.
"""),
    ),
    (
        "fv2w-ar-02",
        "ar",
        _s("""
أكتب نيابة عن والدي [[PERSON:كريم جبار الساعدي]]، عمره [[AGE:79 عاماً]]، من
مواليد [[DATE_OF_BIRTH:الخامس من أيار 1944]]، ويعاني من [[HEALTH:مرض الانسداد
الرئوي المزمن]]. يسكن وحده في [[ADDRESS:23 كلارنس رود]] في كارديف،
[[POSTCODE:CF10 5GR]]، قرب [[ADDRESS:مسجد ألبرت ستريت]] الذي يصلي فيه كل يوم.
في كانون الأول الماضي تعطّلت الغلاية وبقي البيت بلا تدفئة ولا ماء ساخن تسعة
أيام، والحرارة في الخارج تحت الصفر. فتحنا طلب إصلاح برقم
[[REFERENCE:GT/0458812]] لدى [[ORGANISATION:Glan Taf Homes]]، وجاء المهندس
[[PERSON:غاريث]] مرتين وقال إن القطعة غير متوفرة، ولم يترك حتى مدفأة كهربائية.
اتصلت بخدمة العملاء على [[PHONE:029 2018 0462]] وشرحت أن والدي مريض صدر، لكن
أحداً لم يسجّل ذلك في ملفه. قدّمت شكوى بالبريد الإلكتروني من عنواني
[[EMAIL:samir.saadi@example.net]]، وبعد يومين اتصلت بي مسؤولة الشكاوى
[[PERSON:تشيوما إيزي]]. كانت صريحة: اعترفت بأن حالة والدي الصحية كانت معروفة
لطبيبه وليس لهم، وأن قاعدتهم تقضي بإعطاء مدافئ مؤقتة في اليوم نفسه لكل من تجاوز
الخامسة والسبعين أو كان مريضاً. في اليوم التالي ركّبوا غلاية جديدة كاملة،
وأعطوه تعويضاً قدره 380 جنيهاً مع فرق فاتورة الكهرباء، وأضافوا إلى ملفه علامة
"ساكن يحتاج رعاية خاصة" حتى يصله المهندس خلال أربع ساعات في الطوارئ. الدرس
الذي تعلّموه، كما كتبت السيدة [[PERSON:إيزي]]، أن يسألوا كل ساكن عند أول اتصال
عن صحته وعمّن يعيش معه.
[[PERSON:سمير الساعدي]]
"""),
    ),
    (
        "fv2w-ar-03",
        "ar",
        _s("""
أنا [[PERSON:آمنة عثمان]]، من [[OTHER_SPECIAL:السودان]]، حصلت على
[[OTHER_SPECIAL:حق اللجوء]] سنة 2020، ورقم بطاقة الإقامة
[[OTHER_ID:ZX4071936]]. أعيش مع أطفالي الأربعة في شقة بغرفة نوم واحدة في
[[ADDRESS:شقة 9، فيرنهيل هاوس]] شرق لندن، [[POSTCODE:e148rt]]. أكبرهم
[[PERSON:يوسف]] عمره [[AGE:12 سنة]] وأصغرهم [[PERSON:أمل]] عمرها
[[AGE:سنتان]]، وكلهم ينامون في غرفة واحدة، والكبار يذهبون إلى
[[ADDRESS:مدرسة بريكفيلد الابتدائية]]. سجّلت في قائمة الإسكان برقم
[[REFERENCE:THR-2020-88213]]، وشقتنا مؤجّرة من [[ORGANISATION:Poplar Quay
Housing]]. لمدة سنتين لم يصلني رد واضح على رسائلي، وكان موظف الاستقبال
[[PERSON:ديفيد أوكافور]] يقول لي دائماً إن الملف قيد المراجعة. ذهبت إلى المستشار
[[PERSON:ديلروي كامبل]] وانتظرت أشهراً. ثم شرحت لي جارتي [[PERSON:فرحية علي]] أن
الشكوى لم تعد تحتاج إلى نائب أو مستشار، وأن من حقي بعد انتهاء مراحل شكوى المالك
أن أذهب مباشرة إلى أمين المظالم للإسكان. فعلت ذلك، فوجد أمين المظالم أن المالك
لم يقيّم الاكتظاظ ولم يوفّر مترجماً، وأمر بنقلنا إلى شقة من ثلاث غرف خلال ستة
أشهر، مع اعتذار مكتوب وتعويض 900 جنيه. انتقلنا في الربيع إلى [[ADDRESS:رقم 41]]
في الشارع المجاور، وصار لكل ولدين غرفة. كانت الموظفة الجديدة
[[PERSON:جوي تشين]] تتصل بي من [[PHONE:020 7946 0381]] وترسل لي كل رسالة
بالعربية. الدرس: الصمت الطويل ليس رداً، ومن حقنا أن نطلب موعداً واضحاً. وشكراً
لـ[[PERSON:فرحية]] التي لم تتركني وحدي.
"""),
    ),
    (
        "fv2w-ar-04",
        "ar",
        _s("""
اسمي [[PERSON:نادية بنعلي]]، وأسكن في [[ADDRESS:7 بيرش غروف]]،
[[POSTCODE:L13 4DS]]، مع ابني [[PERSON:إلياس]] البالغ [[AGE:16 عاماً]].
[[PERSON:إلياس]] يعاني من [[HEALTH:الشلل الدماغي]] ويتنقّل بكرسي متحرك، ولذلك
ركّبت لنا [[ORGANISATION:Merseyvale Homes]] منحدراً أمام الباب قبل ثلاث سنوات.
في الصيف الماضي صار جارنا [[PERSON:كيفن دويل]] يوقف شاحنته البيضاء ذات اللوحة
[[OTHER_ID:YX68 HBN]] على المنحدر نفسه، ويترك أكياس القمامة بجانبها، فامتلأ
المكان بالجرذان. حين طلبت منه بأدب أن يبعدها، صار يصوّرنا وينشر المقاطع على
حسابه [[OTHER_ID:@kev_the_van]] ويسخر من ابني. أبلغت المالك وفتحوا ملف سلوك
معادٍ للمجتمع برقم [[REFERENCE:ASB/2291/24]]، لكن الموظف [[PERSON:شون]] قال لي
إن موقف السيارات ليس من مسؤوليتهم. قدّمت شكوى رسمية، فتولّتها مديرة الحي السيدة
[[PERSON:ماي لينغ هو]]. زارتنا بنفسها، ورأت أن [[PERSON:إلياس]] لم يخرج من البيت
أسبوعين، فاعتذرت وقالت إن المنحدر جزء من تعديلات السكن ويجب حمايته. وضعوا أعمدة
معدنية تمنع الوقوف، ونظّفوا المكان، وجاءت شركة [[ORGANISATION:Clearpath Pest
Control]] ثلاث مرات، ووجّهوا إنذاراً مكتوباً للجار وطلبوا من المنصة حذف المقاطع.
أخذنا تعويضاً بسيطاً، لكن الأهم أن ابني عاد إلى نادي السباحة في
[[ADDRESS:مركز وايفرتري المجتمعي]]. تعلّموا، كما قالت السيدة [[PERSON:هو]]، أن
أي تعدٍّ على تعديلات الإعاقة يُعامل كأمر عاجل. رقمي [[PHONE:07700 900 276]]
لمن يحتاج نصيحة من أم مثلي.
"""),
    ),
    (
        "fv2w-ar-05",
        "ar",
        _s("""
أنا [[PERSON:سالم العولقي]]، عمري [[AGE:81 سنة]]، وأسكن مع زوجتي
[[PERSON:فاطمة]] في [[ADDRESS:شقة 2، هازلمير هاوس]] في برمنغهام،
[[POSTCODE:B11 3PL]]. حفيدي [[PERSON:هشام]] يكتب عني هذه الكلمات. في أول 2022
سقطت في الحمام وانكسر وركي، وعندي [[HEALTH:هشاشة العظام]]. المعالِجة المهنية
[[PERSON:أماندا فليتشر]] زارتنا وطلبت من المالك [[ORGANISATION:Ladywood Vale
Housing]] تحويل الحمام إلى دش أرضي، وأعطونا رقم طلب تعديل
[[REFERENCE:ADP-55172]]. مرّت أحد عشر شهراً ولم يحدث شيء. كلما اتصلنا قالوا إن
الملف عند شركة [[ORGANISATION:Heartland Adaptations]]، والشركة تقول إنها تنتظر
الموافقة. وطلبوا رقم التأمين الوطني [[NI_NUMBER:JT 48 17 92 C]] مرتين كأنهم
أضاعوه. كنت أغتسل عند ابني في [[ADDRESS:42 ستونيهيرست رود]]. طبيبي في
[[ADDRESS:عيادة غرينواي لين]] أرسل رسالة مكتوب فيها رقمي في الخدمة الصحية
الوطنية [[OTHER_ID:721 508 4463]]، لكنها ضاعت أيضاً. قدّمنا شكوى، ولما جاء رد
المرحلة الثانية بلا موعد رفعنا الأمر إلى أمين المظالم للإسكان، ورقم القضية
[[REFERENCE:202311804]]. وجد أمين المظالم أن المالك لم يتابع الطلب ولم يخبرنا
بأي موعد، فأمر باعتذار وتعويض 1,100 جنيه وإكمال العمل خلال ثمانية أسابيع. جاء
مدير المشاريع [[PERSON:ريس إيفانز]] مع العمال وأنهوا الحمام في ثلاثة أسابيع،
ووضعوا مقبضاً بجانب الباب. قال لنا إنهم الآن يعطون كل طلب تعديل موظفاً واحداً
مسؤولاً عنه من البداية إلى النهاية. هاتف [[PERSON:هشام]] لمن يريد:
[[PHONE:0121 496 0847]].
"""),
    ),
    (
        "fv2w-bn-01",
        "bn",
        _s("""
আমার নাম [[PERSON:রুকসানা বেগম]]। স্বামী আর তিন বাচ্চা নিয়ে আমরা থাকি
[[ADDRESS:ফ্ল্যাট ১২, কর্নওয়াল হাউস]], [[POSTCODE:E1 2QS]]। ২০২২ সালের শীতে
বাচ্চাদের ঘরের দেয়াল কালো ছত্রাকে ভরে গেল। মেজো ছেলে [[PERSON:তানভীর]], বয়স
[[AGE:৯ বছর]], তার [[HEALTH:হাঁপানি]] আছে, রাতে কাশতে কাশতে ঘুমাতে পারত না।
ওর স্কুল [[ADDRESS:ওয়াটারলিলি প্রাইমারি স্কুল]] থেকে টিচার মিসেস
[[PERSON:হ্যারিংটন]] জিজ্ঞেস করলেন ও কেন সবসময় ক্লান্ত থাকে। আমি বাড়িওয়ালা
[[ORGANISATION:ইস্টগেট হোমস]]-কে [[PHONE:020 7946 0645]] নম্বরে বারবার ফোন
করেছি। একজন লোক এসে শুধু ব্লিচ দিয়ে মুছে চলে গেল। তারপর পাশের ফ্ল্যাটের আন্টি
[[PERSON:ম্যান্ডি]] বললেন লিখিত অভিযোগ করতে, আর নিজেই ফর্ম পূরণ করে দিলেন।
অভিযোগ নম্বর পেলাম [[REFERENCE:EGH-44871]]। প্রথম ধাপে অফিসার
[[PERSON:শ্যারন মিচেল]] লিখলেন, আমরা জানালা খুলি না বলেই এই সমস্যা। আমি
দ্বিতীয় ধাপে গেলাম। এবার সার্ভেয়ার [[PERSON:টমাস ব্রেনান]] নিজে এসে মাপলেন
এবং দেখলেন ছাদের নিচের পাইপ ফুটো, পানি দেয়ালের ভেতরে ঢুকছে অনেক দিন ধরে।
তারা পাইপ সারিয়েছে, নতুন ফ্যান লাগিয়েছে, দেয়াল শুকিয়ে নতুন রং করেছে, আর
৫৫০ পাউন্ড ক্ষতিপূরণ দিয়েছে। মিস্টার [[PERSON:ব্রেনান]] নিজে ক্ষমা চেয়ে
বললেন, এখন থেকে প্রথম ধাপেই কেউ বাসায় এসে দেখবে, শুধু ফাইল পড়ে উত্তর দেবে
না। আমার শিক্ষা: ছবি তুলে রাখুন, তারিখ লিখে রাখুন, আর প্রথম উত্তরে সন্তুষ্ট
না হলে দ্বিতীয় ধাপে যান।
"""),
    ),
    (
        "fv2w-bn-02",
        "bn",
        _s("""
আমি [[PERSON:জামাল মালিক]], আব্বার পক্ষ থেকে লিখছি। আব্বা
[[PERSON:আব্দুল মালিক]], বয়স [[AGE:৭৬ বছর]], একা থাকেন
[[ADDRESS:৩১ হলিওক স্ট্রিট]], ওল্ডহ্যাম, [[POSTCODE:ol84jb]]। ওঁর
[[HEALTH:ডায়াবেটিস]] আছে, আর গত বছর থেকে [[HEALTH:ডিমেনশিয়া]] শুরু হয়েছে।
প্রতিদিন ভোরে উনি হেঁটে [[ADDRESS:ওয়ারউইক রোড মসজিদে]] যান, ওখানকার লোকজন
ওঁকে চেনে। গত জানুয়ারিতে বয়লার নষ্ট হয়ে গেল। বাড়িওয়ালা
[[ORGANISATION:Pennine Edge Housing]]-এর কল সেন্টারে [[PHONE:0161 496 0218]]
নম্বরে ফোন করলে বলল তিন দিনের মধ্যে লোক আসবে। ইঞ্জিনিয়ার
[[PERSON:পাওয়েল নোভাক]] এলেন পাঁচ দিন পরে, পার্টস নেই বলে চলে গেলেন। আব্বা
ঠান্ডায় কোট পরে বসে থাকতেন, মাঝে মাঝে ভুলে যেতেন যে হিটার চলছে না। মেরামতের
জব নম্বর ছিল [[REFERENCE:PEH/R/903316]]। আমি আমার ইমেইল
[[EMAIL:jamal.malik@example.com]] থেকে অভিযোগ পাঠালাম। অভিযোগটা দেখলেন অফিসার
[[PERSON:মার্সিয়া গ্রান্ট]]। উনি সেদিনই দুটো হিটার পাঠালেন, আর দুই দিনের
মধ্যে নতুন বয়লার লাগানো হল। লিখিত উত্তরে উনি স্বীকার করলেন, আব্বার ফাইলে বয়স
আর অসুখের কথা লেখা ছিল, কিন্তু রিপেয়ার টিম সেটা দেখেনি। ক্ষতিপূরণ ৩০০ পাউন্ড,
আর বাড়তি বিদ্যুৎ বিলের জন্য আলাদা ৮০ পাউন্ড। এখন আব্বার ফাইলে আমার নম্বর
দ্বিতীয় যোগাযোগ হিসেবে রাখা আছে। মিসেস [[PERSON:গ্রান্ট]] জানালেন, বয়স্ক বা
অসুস্থ ভাড়াটেদের বেলায় এখন চব্বিশ ঘণ্টার মধ্যে ইঞ্জিনিয়ার পাঠানোর নিয়ম
হয়েছে।
"""),
    ),
    (
        "fv2w-bn-03",
        "bn",
        _s("""
আমি [[PERSON:শাহনাজ পারভীন]]। স্বামী আর তিন সন্তান নিয়ে থাকি
[[ADDRESS:উইলোব্রুক এস্টেট]]-এর [[ADDRESS:ফ্ল্যাট ৬সি]]-তে, পোস্টকোড
[[POSTCODE:LU4 9HS]]। গত বছর উপরতলার [[PERSON:ড্যানি]] নামের এক যুবক রাতে
আমাদের দরজায় লাথি মারত, আর আমরা [[OTHER_SPECIAL:মুসলমান]] বলে গালি দিত। আমার
মেয়ে [[PERSON:নুসরাত]], বয়স [[AGE:১৪]], ওর ছবি তুলে সে
[[OTHER_ID:@danny_lu4]] অ্যাকাউন্ট থেকে অনলাইনে দিয়েছিল। [[PERSON:নুসরাত]]
স্কুলে যেতে ভয় পেত। বাড়িওয়ালা [[ORGANISATION:Chiltern Gate Homes]] একটা
অসামাজিক আচরণের কেস খুলল, নম্বর [[REFERENCE:ASB-0912-LT]], কিন্তু তিন মাস শুধু
ডায়েরি পূরণ করতে বলল। পাশের ফ্ল্যাটের [[PERSON:ফারহিয়া]] আপা সব শুনেছেন,
সাক্ষী দিতেও রাজি ছিলেন, কিন্তু কেউ তাঁর সঙ্গে কথা বলেনি। আমি ভাবতাম
কাউন্সিলরের মাধ্যমে ছাড়া ওম্বাডসম্যানে যাওয়া যায় না, তাই কাউন্সিলর
[[PERSON:জেনি ওয়াং]]-এর কাছে গেলাম। উনি বুঝিয়ে দিলেন, এখন বাড়িওয়ালার অভিযোগ
প্রক্রিয়া শেষ হলে সরাসরি হাউজিং ওম্বাডসম্যানে যাওয়া যায়। আমি আনুষ্ঠানিক
অভিযোগ করলাম। নতুন অফিসার [[PERSON:ওলুওয়াসেউন আদেবায়ো]], যিনি বললেন তাঁকে
[[PERSON:শেউন]] ডাকতে, দুই সপ্তাহের মধ্যে পুলিশের সঙ্গে মিটিং করলেন, সিঁড়িতে
ক্যামেরা বসালেন, আর [[PERSON:ড্যানি]]-কে সতর্কতা নোটিশ দিলেন। পরে আদালত থেকে
নিষেধাজ্ঞা হল। লিখিত উত্তরে তাঁরা স্বীকার করলেন যে ধর্মের কারণে হয়রানি আলাদা
গুরুত্ব দিয়ে দেখা উচিত ছিল, আর সাক্ষীদের সঙ্গে কথা বলা উচিত ছিল। আমাকে ৫০০
পাউন্ড দিয়েছেন। এখন [[PERSON:নুসরাত]] আবার
[[ADDRESS:ব্র্যাম্বল হিল হাই স্কুল]]-এ নিয়মিত যায়।
"""),
    ),
    (
        "fv2w-bn-04",
        "bn",
        _s("""
আমি [[PERSON:মিজানুর রহমান]], বন্ধুরা ডাকে [[PERSON:মিজান]]। ব্র্যাডফোর্ডে
[[ADDRESS:৮৮ ম্যানর রো]], [[POSTCODE:BD3 9LP]]-এ থাকি,
[[ADDRESS:বেস্টওয়ে গ্রোসারি]]-র ঠিক উল্টো দিকে। বাড়ির পেছনের অংশের ছাদ
সমতল, ২০২৩ সালের বসন্তে প্রতি বৃষ্টিতে বেডরুমের ছাদ থেকে পানি পড়ত। আমার ছোট
মেয়ে [[PERSON:আলো]], জন্ম [[DATE_OF_BIRTH:১৪ই আগস্ট ২০১৯]], ওই ঘরেই ঘুমায়;
আমরা বালতি রেখে রাত কাটাতাম। একবার তারে পানি লেগে ঘরের আলো নিভে গেল, সেদিন
খুব ভয় পেয়েছিলাম। বাড়িওয়ালা [[ORGANISATION:Aireborough Housing]]-কে জানালাম,
জব নম্বর [[REFERENCE:JOB-2285031]]। [[ORGANISATION:Calder Roofing Ltd]] থেকে লোক
এসে দুবার ছাদে আলকাতরা লাগিয়ে গেল, কিছুদিন পর আবার পানি। পাশের বাড়ির মিসেস
[[PERSON:মেরি ও'সালিভান]]-এর ঘরেও একই সমস্যা। তখন দুজনে মিলে অভিযোগ করলাম।
অফিসার [[PERSON:ট্রান ভ্যান লং]] নিজে মই বেয়ে ছাদে উঠে দেখলেন পুরো ছাদের
আবরণ পচে গেছে, তালি দিয়ে লাভ নেই। তিন সপ্তাহের মধ্যে দুই বাড়ির পুরো ছাদ
বদলানো হল, ভেতরের প্লাস্টার আর বিদ্যুতের তার ঠিক করা হল। ক্ষতিপূরণ ৬৫০ পাউন্ড
পাঠানো হল আমার অ্যাকাউন্টে, সর্ট কোড [[OTHER_ID:40-12-76]], অ্যাকাউন্ট নম্বর
[[OTHER_ID:31926855]]। মিস্টার [[PERSON:লং]] লিখেছেন, একই ঠিকানায় একই মেরামত
দুবারের বেশি হলে এখন সার্ভেয়ার পাঠানো বাধ্যতামূলক। আমার পরামর্শ: প্রতিবার
বৃষ্টির সময় ভিডিও করে রাখুন, আর প্রতিবেশীর সঙ্গে কথা বলুন।
"""),
    ),
    (
        "fv2w-bn-05",
        "bn",
        _s("""
আমার নাম [[PERSON:নাসরিন আক্তার]]। আমি থাকি
[[ADDRESS:টপ ফ্লোর ফ্ল্যাট, ৪০ এলম গ্রোভ]], [[POSTCODE:b12 9xn]], সঙ্গে আমার
ছেলে [[PERSON:আয়ান]], বয়স [[AGE:১১ মাস]]। গত শরতে রান্নাঘরে আর বাচ্চার খাটের
নিচে ইঁদুর দেখা দিল। রাতে শব্দে ঘুমাতে পারতাম না, আমার [[HEALTH:বিষণ্ণতা]]
আরও বেড়ে গেল; [[ADDRESS:সেন্ট মার্কস মেডিক্যাল সেন্টার]]-এর ডাক্তার ওষুধ
বাড়িয়ে দিলেন। বাড়িওয়ালা [[ORGANISATION:Balsall Vale Housing
Association]]-কে ফোন করলাম, তারা [[ORGANISATION:Rapid Pest UK]]-কে পাঠাল।
লোকটা, [[PERSON:কোয়ামে]], বিষ রেখে গেল, কিন্তু কোথা দিয়ে ইঁদুর ঢুকছে খুঁজল
না। ছয় সপ্তাহে চারবার এসেছে, প্রতিবার নতুন জব নম্বর, তাই কেউ পুরো ইতিহাস
দেখেনি। হেলথ ভিজিটর [[PERSON:ক্লেয়ার হিউজ]] আমাকে লিখিত অভিযোগ করতে সাহায্য
করলেন; অভিযোগ নম্বর [[REFERENCE:BVHA-7720-C]]। অভিযোগ অফিসার
[[PERSON:গ্রেস ল্যাম]] একজন সার্ভেয়ার পাঠালেন। তিনি দেখলেন বাথটাবের পেছনে
পাইপের চারপাশে বড় ফাঁক, আর চিলেকোঠায় ইঁদুরের বাসা। সব ফাঁক বন্ধ করা হল,
রান্নাঘরের নিচের বোর্ড নতুন হল, আর ৩৫০ পাউন্ড ও নতুন খাটের টাকা দেওয়া হল।
তাঁরা মেনে নিলেন যে আলাদা আলাদা জব নম্বরে একই সমস্যা হারিয়ে গিয়েছিল; এখন
একই বাড়ি থেকে তৃতীয়বার পোকামাকড়ের কল এলে একজন কেস ম্যানেজার দেওয়া হয়। মিস
[[PERSON:ল্যাম]] সব আপডেট আমার ইমেইলে পাঠাতেন:
[[EMAIL:nasrin dot akter at example dot com]]। এখন [[PERSON:আয়ান]] শান্তিতে
ঘুমায়, আমিও।
"""),
    ),
    (
        "fv2w-pa-01",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਮ [[PERSON:ਹਰਪ੍ਰੀਤ ਕੌਰ]] ਹੈ। ਮੈਂ ਆਪਣੇ ਪਤੀ [[PERSON:ਗੁਰਦੀਪ]] ਅਤੇ ਦੋ
ਬੱਚਿਆਂ ਨਾਲ [[ADDRESS:47 ਵਿੰਡਮੀਅਰ ਰੋਡ]], ਸਾਊਥਾਲ, [[POSTCODE:UB2 4TF]] ਵਿੱਚ
ਰਹਿੰਦੀ ਹਾਂ, [[ADDRESS:ਨੌਰਥਕੋਟ ਗੁਰਦੁਆਰਾ ਸਾਹਿਬ]] ਤੋਂ ਦੋ ਗਲੀਆਂ ਦੂਰ। ਪਿਛਲੀ
ਸਰਦੀ ਵਿੱਚ ਸਾਡੇ ਪਿਛਲੇ ਕਮਰੇ ਦੀਆਂ ਕੰਧਾਂ ਉੱਤੇ ਕਾਲੀ ਉੱਲੀ ਫੈਲ ਗਈ। ਸਾਡੀ ਧੀ
[[PERSON:ਖ਼ੁਸ਼ੀ]], ਉਮਰ [[AGE:3 ਸਾਲ]], ਨੂੰ [[HEALTH:ਦਮਾ]] ਹੈ ਅਤੇ ਉਹ ਦੋ ਵਾਰ
ਹਸਪਤਾਲ ਦਾਖ਼ਲ ਹੋਈ। ਮਾਲਕ [[ORGANISATION:Greenford Vale Housing]] ਨੂੰ ਮੈਂ
[[PHONE:020 7946 0927]] ਉੱਤੇ ਕਈ ਵਾਰ ਫ਼ੋਨ ਕੀਤਾ। ਹਰ ਵਾਰ ਕਹਿੰਦੇ ਕਿ ਖਿੜਕੀ ਖੋਲ੍ਹ
ਕੇ ਰੱਖੋ ਅਤੇ ਕੱਪੜੇ ਅੰਦਰ ਨਾ ਸੁਕਾਓ। ਫਿਰ ਮੈਂ ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਜਿਸ ਦਾ ਨੰਬਰ
[[REFERENCE:GVH-2023-7761]] ਹੈ। ਸ਼ਿਕਾਇਤ ਅਫ਼ਸਰ [[PERSON:ਐਗਨੀਸ਼ਕਾ ਜ਼ਾਯੋਂਚ]] ਨੇ
ਇੱਕ ਹਫ਼ਤੇ ਵਿੱਚ ਸਰਵੇਅਰ [[PERSON:ਡੈਰਨ ਹਾਲ]] ਨੂੰ ਭੇਜਿਆ। ਉਸ ਨੇ ਦੇਖਿਆ ਕਿ ਬਾਹਰਲੀ
ਕੰਧ ਵਿੱਚ ਤਰੇੜ ਹੈ ਅਤੇ ਡੈਂਪ-ਪਰੂਫ਼ ਕੋਰਸ ਟੁੱਟਿਆ ਹੋਇਆ ਹੈ, ਕਸੂਰ ਸਾਡਾ ਨਹੀਂ ਸੀ।
ਠੇਕੇਦਾਰ [[ORGANISATION:Westway Damp Solutions]] ਨੇ ਕੰਧ ਠੀਕ ਕੀਤੀ, ਨਵਾਂ ਪੱਖਾ
ਲਾਇਆ ਅਤੇ ਰੰਗ ਕੀਤਾ। ਸਾਨੂੰ 500 ਪੌਂਡ ਮੁਆਵਜ਼ਾ ਅਤੇ ਲਿਖਤੀ ਮੁਆਫ਼ੀ ਮਿਲੀ।
[[PERSON:ਐਗਨੀਸ਼ਕਾ]] ਜੀ ਨੇ ਦੱਸਿਆ ਕਿ ਹੁਣ ਜਿਸ ਘਰ ਵਿੱਚ ਛੋਟਾ ਬੱਚਾ ਜਾਂ ਸਾਹ ਦਾ
ਮਰੀਜ਼ ਹੋਵੇ, ਉੱਥੇ ਉੱਲੀ ਦੀ ਸ਼ਿਕਾਇਤ ਆਉਂਦੇ ਹੀ ਦਸ ਦਿਨਾਂ ਵਿੱਚ ਸਰਵੇਅਰ ਜਾਂਦਾ ਹੈ।
ਹੁਣ ਕਮਰਾ ਸੁੱਕਾ ਹੈ ਅਤੇ ਸਾਨੂੰ ਬਹੁਤ ਖ਼ੁਸ਼ੀ ਹੈ। ਮੇਰੀ ਸਲਾਹ: ਸਿਰਫ਼ ਫ਼ੋਨ ਕਰਕੇ ਨਾ
ਰੁਕੋ, ਲਿਖ ਕੇ ਸ਼ਿਕਾਇਤ ਕਰੋ ਅਤੇ ਡਾਕਟਰ ਦੀ ਚਿੱਠੀ ਨਾਲ ਲਾਓ।
"""),
    ),
    (
        "fv2w-pa-02",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਜਸਵਿੰਦਰ ਸਿੰਘ ਗਿੱਲ]] ਹਾਂ, ਸਾਰੇ ਮੈਨੂੰ [[PERSON:ਜੱਸੀ]] ਕਹਿੰਦੇ ਹਨ।
ਮੇਰੇ ਬਾਪੂ ਜੀ, [[PERSON:ਕਰਤਾਰ ਸਿੰਘ ਗਿੱਲ]], ਜਨਮ
[[DATE_OF_BIRTH:12 ਜਨਵਰੀ 1939]], [[ADDRESS:ਹੀਥਫੀਲਡ ਟਾਵਰ]] ਦੇ
[[ADDRESS:ਫਲੈਟ 9D]] ਵਿੱਚ ਇਕੱਲੇ ਰਹਿੰਦੇ ਹਨ, [[POSTCODE:WV10 6HJ]]। ਉਹ
[[AGE:84 ਸਾਲ]] ਦੇ ਹਨ ਅਤੇ [[HEALTH:ਪਾਰਕਿੰਸਨ]] ਕਰਕੇ ਪੌੜੀਆਂ ਨਹੀਂ ਚੜ੍ਹ ਸਕਦੇ।
ਪਿਛਲੇ ਅਕਤੂਬਰ ਵਿੱਚ ਲਿਫ਼ਟ ਤਿੰਨ ਹਫ਼ਤੇ ਬੰਦ ਰਹੀ। ਬਾਪੂ ਜੀ ਨਾ ਡਾਕਟਰ ਕੋਲ ਜਾ ਸਕੇ,
ਨਾ [[ADDRESS:ਸਟੈਫ਼ਰਡ ਰੋਡ ਗੁਰਦੁਆਰੇ]]। ਮਾਲਕ [[ORGANISATION:Wulfrun Vale Homes]]
ਦੇ ਹਾਊਸਿੰਗ ਅਫ਼ਸਰ [[PERSON:ਵਿੰਸਟਨ ਬ੍ਰਾਊਨ]] ਕਹਿੰਦੇ ਰਹੇ ਕਿ ਪੁਰਜ਼ਾ ਆ ਰਿਹਾ ਹੈ,
ਪਰ ਕੋਈ ਤਾਰੀਖ਼ ਨਹੀਂ ਦੱਸੀ। ਗੁਆਂਢਣ [[PERSON:ਬ੍ਰੈਂਡਾ]] ਹਰ ਰੋਜ਼ ਉਨ੍ਹਾਂ ਲਈ ਦੁੱਧ
ਅਤੇ ਬਰੈੱਡ ਲੈ ਕੇ ਆਉਂਦੀ ਰਹੀ। ਮੈਂ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਦੋਵੇਂ ਪੜਾਅ ਪੂਰੇ ਕੀਤੇ, ਅਤੇ ਫਿਰ
ਸਿੱਧਾ ਹਾਊਸਿੰਗ ਓਮਬਡਸਮੈਨ ਕੋਲ ਗਿਆ; ਹੁਣ ਕਿਸੇ ਐੱਮਪੀ ਜਾਂ ਕੌਂਸਲਰ ਰਾਹੀਂ ਜਾਣ ਦੀ
ਲੋੜ ਨਹੀਂ। ਕੇਸ ਨੰਬਰ [[REFERENCE:202216603]] ਮਿਲਿਆ। ਜਾਂਚ ਵਿੱਚ ਪਤਾ ਲੱਗਿਆ ਕਿ
[[ORGANISATION:Black Country Lifts]] ਦੇ ਇੰਜੀਨੀਅਰ [[PERSON:ਕੈਵਿਨ ਲਾਮ]] ਨੇ
ਦੋ ਸਾਲ ਪਹਿਲਾਂ ਹੀ ਲਿਖਿਆ ਸੀ ਕਿ ਮੋਟਰ ਪੁਰਾਣੀ ਹੈ ਅਤੇ ਬਦਲਣੀ ਚਾਹੀਦੀ ਹੈ। ਹੁਣ ਨਵੀਂ
ਮੋਟਰ ਲੱਗ ਗਈ ਹੈ, ਬਾਪੂ ਜੀ ਨੂੰ 700 ਪੌਂਡ ਮੁਆਵਜ਼ਾ ਮਿਲਿਆ, ਅਤੇ ਅਗਲੀ ਵਾਰ ਲਿਫ਼ਟ
ਲੰਮੀ ਬੰਦ ਹੋਵੇ ਤਾਂ ਹੇਠਲੀ ਮੰਜ਼ਲ 'ਤੇ ਆਰਜ਼ੀ ਫਲੈਟ ਦਾ ਵਾਅਦਾ ਹੈ। ਸਬਕ ਇਹ ਕਿ ਉਹ
ਹੁਣ ਉਨ੍ਹਾਂ ਕਿਰਾਏਦਾਰਾਂ ਦੀ ਸੂਚੀ ਰੱਖਦੇ ਹਨ ਜੋ ਪੌੜੀਆਂ ਨਹੀਂ ਵਰਤ ਸਕਦੇ, ਅਤੇ
[[PERSON:ਵਿੰਸਟਨ]] ਮੈਨੂੰ [[PHONE:07700 900 615]] ਉੱਤੇ ਹਰ ਮੁਰੰਮਤ ਤੋਂ ਪਹਿਲਾਂ
ਸੁਨੇਹਾ ਭੇਜਦੇ ਹਨ।
"""),
    ),
    (
        "fv2w-pa-03",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਮ [[PERSON:ਮਨਪ੍ਰੀਤ ਸਿੰਘ ਬਾਜਵਾ]] ਹੈ। ਮੈਂ [[OTHER_SPECIAL:ਅੰਮ੍ਰਿਤਧਾਰੀ
ਸਿੱਖ]] ਹਾਂ ਅਤੇ ਆਪਣੀ ਪਤਨੀ [[PERSON:ਸਿਮਰਨ]] ਨਾਲ [[ADDRESS:ਫਲੈਟ 15, ਮੇਪਲ
ਕੋਰਟ]], [[POSTCODE:B66 3NE]] ਵਿੱਚ ਰਹਿੰਦਾ ਹਾਂ, [[ADDRESS:ਰੈੱਡ ਲਾਇਨ]] ਪੱਬ ਦੇ
ਬਿਲਕੁਲ ਪਿੱਛੇ। ਪਿਛਲੀਆਂ ਗਰਮੀਆਂ ਵਿੱਚ ਸਾਡੀਆਂ ਪੌੜੀਆਂ ਵਿੱਚ ਨਸ਼ਾ ਵੇਚਣ ਵਾਲੇ ਬੈਠਣ
ਲੱਗੇ। ਉਨ੍ਹਾਂ ਦੀ ਕਾਲੀ ਕਾਰ [[OTHER_ID:LR17 XKD]] ਰੋਜ਼ ਗੇਟ ਅੱਗੇ ਖੜ੍ਹਦੀ ਸੀ। ਇੱਕ
ਮੁੰਡਾ, ਜਿਸ ਨੂੰ ਸਭ [[PERSON:ਸ਼ੇਨ]] ਕਹਿੰਦੇ ਸਨ, ਮੇਰੀ ਪੱਗ ਬਾਰੇ ਗੰਦੀਆਂ ਗੱਲਾਂ
ਕਰਦਾ ਸੀ। ਮੈਂ ਮਾਲਕ [[ORGANISATION:Leabrook Housing Partnership]] ਨੂੰ ਦੱਸਿਆ;
ਕੇਸ ਨੰਬਰ [[REFERENCE:ASB/4471]] ਮਿਲਿਆ ਪਰ ਦੋ ਮਹੀਨੇ ਕੁਝ ਨਹੀਂ ਹੋਇਆ। ਸਾਡੀ
ਗੁਆਂਢਣ [[PERSON:ਅਯਾਨ ਮੁਹੰਮਦ]], ਜਿਸ ਦੇ ਬੱਚੇ ਵੀ ਡਰਦੇ ਸਨ, ਨੇ ਮੇਰੇ ਨਾਲ ਮਿਲ ਕੇ
ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਕੀਤੀ। ਫਿਰ ਏਐੱਸਬੀ ਅਫ਼ਸਰ [[PERSON:ਚਿਨੇਦੂ ਓਕਾਫ਼ੋਰ]] ਨੇ ਕੰਮ
ਸੰਭਾਲਿਆ। ਉਨ੍ਹਾਂ ਪੁਲਿਸ ਨਾਲ ਮਿਲ ਕੇ ਅਦਾਲਤੀ ਹੁਕਮ ਲਿਆ, ਪੌੜੀਆਂ ਦਾ ਦਰਵਾਜ਼ਾ ਬਦਲਿਆ
ਅਤੇ ਕੈਮਰੇ ਲਾਏ। ਲਿਖਤੀ ਜਵਾਬ ਵਿੱਚ ਉਨ੍ਹਾਂ ਮੰਨਿਆ ਕਿ ਧਰਮ ਬਾਰੇ ਕੀਤੀਆਂ ਗੱਲਾਂ ਨੂੰ
ਪਹਿਲੇ ਦਿਨ ਤੋਂ ਨਫ਼ਰਤੀ ਘਟਨਾ ਵਜੋਂ ਦਰਜ ਕਰਨਾ ਚਾਹੀਦਾ ਸੀ, ਅਤੇ ਗਵਾਹਾਂ ਨਾਲ ਗੱਲ
ਕਰਨੀ ਚਾਹੀਦੀ ਸੀ। ਮੈਨੂੰ ਅਤੇ ਬੀਬੀ [[PERSON:ਅਯਾਨ]] ਨੂੰ ਤਿੰਨ-ਤਿੰਨ ਸੌ ਪੌਂਡ ਮਿਲੇ।
[[PERSON:ਚਿਨੇਦੂ]] ਹੁਣ ਹਰ ਮਹੀਨੇ ਬਿਲਡਿੰਗ ਦਾ ਗੇੜਾ ਲਾਉਂਦੇ ਹਨ। ਜੇ ਕਿਸੇ ਨੂੰ ਇਸ
ਤਰ੍ਹਾਂ ਦੀ ਮੁਸ਼ਕਲ ਹੈ ਤਾਂ ਮੇਰਾ ਈਮੇਲ [[EMAIL:manpreet.bajwa@example.org]] ਹੈ, ਜਾਂ
ਫ਼ੋਨ ਕਰੋ [[PHONE:ਜ਼ੀਰੋ ਸੱਤ ਸੱਤ ਡਬਲ ਜ਼ੀਰੋ, ਨੌਂ ਸੌ, ਪੰਜ ਛੇ ਦੋ]]।
"""),
    ),
    (
        "fv2w-pa-04",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਸੁਖਜੀਤ ਕੌਰ ਸੰਧੂ]] ਹਾਂ। ਅਸੀਂ ਸੱਤ ਜੀਅ, ਮੈਂ, ਮੇਰੇ ਪਤੀ, ਸੱਸ ਜੀ ਅਤੇ
ਚਾਰ ਬੱਚੇ, ਦੋ ਕਮਰਿਆਂ ਵਾਲੇ ਘਰ [[ADDRESS:63 ਐਸ਼ਬੀ ਕਲੋਜ਼]], ਲੈਸਟਰ,
[[POSTCODE:le46nr]] ਵਿੱਚ ਰਹਿੰਦੇ ਸੀ। ਬੱਚੇ ਹਨ [[PERSON:ਗੁਰਲੀਨ]]
([[AGE:14 ਸਾਲ]]), [[PERSON:ਅਰਜਨ]] ([[AGE:11 ਸਾਲ]]), [[PERSON:ਜਪਨੀਤ]]
([[AGE:7 ਸਾਲ]]) ਅਤੇ ਸਭ ਤੋਂ ਛੋਟੀ, ਜਿਸ ਨੂੰ ਅਸੀਂ [[PERSON:ਨਿੱਕੀ]] ਕਹਿੰਦੇ ਹਾਂ,
[[AGE:2 ਸਾਲ]] ਦੀ। [[PERSON:ਅਰਜਨ]] ਨੂੰ [[HEALTH:ਔਟਿਜ਼ਮ]] ਹੈ ਅਤੇ ਉਹ ਰਾਤ ਨੂੰ
ਜ਼ਰਾ ਜਿਹੀ ਆਵਾਜ਼ ਨਾਲ ਜਾਗ ਪੈਂਦਾ ਹੈ; [[ADDRESS:ਕੈਟਰਿੰਗ ਰੋਡ ਪ੍ਰਾਇਮਰੀ ਸਕੂਲ]] ਦੀ
ਟੀਚਰ ਮਿਸ [[PERSON:ਓ'ਡਾਇਰ]] ਨੇ ਵੀ ਚਿੱਠੀ ਲਿਖੀ ਕਿ ਉਹ ਕਲਾਸ ਵਿੱਚ ਸੌਂ ਜਾਂਦਾ ਹੈ।
ਹਾਊਸਿੰਗ ਰਜਿਸਟਰ ਨੰਬਰ [[REFERENCE:LHR-118204]] ਉੱਤੇ ਸਾਨੂੰ ਦੋ ਸਾਲ ਬੈਂਡ 3
ਵਿੱਚ ਰੱਖਿਆ ਗਿਆ। ਮਾਲਕ [[ORGANISATION:Soar Valley Homes]] ਨੂੰ ਸ਼ਿਕਾਇਤ ਕੀਤੀ ਤਾਂ
ਅਫ਼ਸਰ [[PERSON:ਲੂਸੀ ਚੈਨ]] ਨੇ ਫ਼ਾਈਲ ਦੁਬਾਰਾ ਦੇਖੀ। ਪਤਾ ਲੱਗਿਆ ਕਿ ਡਾਕਟਰ ਦੀ ਚਿੱਠੀ
ਕਦੇ ਸਕੈਨ ਹੀ ਨਹੀਂ ਹੋਈ ਸੀ ਅਤੇ ਸੱਸ ਜੀ ਨੂੰ ਘਰ ਦੇ ਜੀਆਂ ਵਿੱਚ ਗਿਣਿਆ ਹੀ ਨਹੀਂ ਗਿਆ
ਸੀ। ਸਾਨੂੰ ਬੈਂਡ 1 ਵਿੱਚ ਕੀਤਾ ਗਿਆ ਅਤੇ ਚਾਰ ਮਹੀਨਿਆਂ ਵਿੱਚ ਉਸੇ ਇਲਾਕੇ ਵਿੱਚ
[[ADDRESS:ਨੰਬਰ 8, ਬਰਚ ਲੇਨ]] ਵਿਖੇ ਚਾਰ ਕਮਰਿਆਂ ਵਾਲਾ ਘਰ ਮਿਲ ਗਿਆ, ਤਾਂ ਜੋ ਬੱਚਿਆਂ
ਦਾ ਸਕੂਲ ਨਾ ਬਦਲੇ। 400 ਪੌਂਡ ਮੁਆਵਜ਼ਾ ਉਸ ਖਾਤੇ ਵਿੱਚ ਆਇਆ ਜਿਸ ਦੇ ਅਖ਼ੀਰਲੇ ਅੰਕ
[[OTHER_ID:5580]] ਹਨ। [[PERSON:ਲੂਸੀ]] ਨੇ ਦੱਸਿਆ ਕਿ ਹੁਣ ਹਰ ਮੈਡੀਕਲ ਚਿੱਠੀ ਦੀ
ਰਸੀਦ ਭੇਜੀ ਜਾਂਦੀ ਹੈ। ਸਬਕ: ਜੋ ਕਾਗਜ਼ ਦਿਓ, ਉਸ ਦੀ ਰਸੀਦ ਜ਼ਰੂਰ ਮੰਗੋ।
"""),
    ),
    (
        "fv2w-pa-05",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਮ [[PERSON:ਰਾਜਵਿੰਦਰ ਕੌਰ]] ਹੈ, ਮੈਂ [[AGE:58 ਸਾਲ]] ਦੀ ਹਾਂ ਅਤੇ
[[ADDRESS:ਫਲੈਟ 4, 19 ਐਲਸਵਿਕ ਟੈਰੇਸ]], [[POSTCODE:NE4 6AX]] ਵਿੱਚ ਇਕੱਲੀ ਰਹਿੰਦੀ
ਹਾਂ। ਮੈਨੂੰ [[HEALTH:ਗਠੀਆ]] ਹੈ, ਹੱਥ ਠੀਕ ਤਰ੍ਹਾਂ ਨਹੀਂ ਚੱਲਦੇ। ਪਿਛਲੇ ਸਾਲ ਉੱਪਰਲੇ
[[ADDRESS:ਫਲੈਟ 6]] ਤੋਂ ਮੇਰੇ ਬਾਥਰੂਮ ਵਿੱਚ ਪਾਣੀ ਟਪਕਣ ਲੱਗਾ। ਉੱਥੇ
[[PERSON:ਫਾਮ ਥੀ ਲਾਨ]] ਅਤੇ ਉਸ ਦਾ ਪੁੱਤਰ ਰਹਿੰਦੇ ਹਨ; ਉਹ ਬਹੁਤ ਭਲੇ ਲੋਕ ਹਨ ਅਤੇ
ਉਨ੍ਹਾਂ ਨੇ ਆਪ ਮਾਲਕ [[ORGANISATION:Tyneside Common Homes]] ਨੂੰ ਫ਼ੋਨ ਕੀਤਾ।
[[ORGANISATION:Tynegate Maintenance]] ਦਾ ਪਲੰਬਰ [[PERSON:ਸਟੂਅਰਟ]] ਤਿੰਨ ਵਾਰ
ਆਇਆ, ਹਰ ਵਾਰ ਸਿਲੀਕੋਨ ਲਾ ਕੇ ਚਲਾ ਗਿਆ। ਜੌਬ ਨੰਬਰ [[REFERENCE:TM-56120]] ਸੀ।
ਮੇਰੀ ਛੱਤ ਉੱਤੇ ਕਾਲੇ ਧੱਬੇ ਪੈ ਗਏ ਅਤੇ ਬਦਬੂ ਆਉਣ ਲੱਗੀ। ਸਭ ਤੋਂ ਔਖੀ ਗੱਲ ਇਹ ਸੀ ਕਿ
ਉਨ੍ਹਾਂ ਦੀਆਂ ਚਿੱਠੀਆਂ ਕਿਸੇ ਹੋਰ ਫਲੈਟ ਵਿੱਚ ਜਾਂਦੀਆਂ ਸਨ ਅਤੇ ਮੈਨੂੰ ਕੁਝ ਪਤਾ ਨਹੀਂ
ਲੱਗਦਾ ਸੀ। [[ADDRESS:ਰਿਵਰਸਾਈਡ ਮੈਡੀਕਲ ਪ੍ਰੈਕਟਿਸ]] ਦੀ ਨਰਸ ਨੇ ਮੈਨੂੰ ਸ਼ਿਕਾਇਤ
ਕਰਨ ਦੀ ਸਲਾਹ ਦਿੱਤੀ। ਸ਼ਿਕਾਇਤ ਅਫ਼ਸਰ [[PERSON:ਕੇਟੀ ਓ'ਨੀਲ]] ਨੇ ਮੈਨੂੰ
[[PHONE:0191 498 0374]] ਤੋਂ ਫ਼ੋਨ ਕੀਤਾ ਅਤੇ ਪਹਿਲਾਂ ਪੁੱਛਿਆ ਕਿ ਮੈਂ ਕਿਸ ਤਰ੍ਹਾਂ
ਗੱਲ ਕਰਨਾ ਪਸੰਦ ਕਰਾਂਗੀ। ਫਿਰ ਸਰਵੇਅਰ ਨੇ ਦੋਵੇਂ ਫਲੈਟ ਇਕੱਠੇ ਦੇਖੇ ਅਤੇ
[[PERSON:ਲਾਨ]] ਦੇ ਬਾਥਟੱਬ ਹੇਠਲੀ ਪਾਈਪ ਟੁੱਟੀ ਮਿਲੀ। ਪਾਈਪ ਅਤੇ ਫ਼ਰਸ਼ ਬਦਲੇ ਗਏ,
ਮੇਰੀ ਛੱਤ ਨਵੀਂ ਬਣੀ, ਨਵਾਂ ਪੱਖਾ ਲੱਗਿਆ, ਅਤੇ 450 ਪੌਂਡ ਮਿਲੇ। ਹੁਣ ਮੇਰਾ ਪਤਾ ਠੀਕ
ਹੈ ਅਤੇ ਅੱਪਡੇਟ [[EMAIL:rajwinder dot kaur at example dot net]] ਉੱਤੇ ਆਉਂਦੇ ਹਨ।
ਉਨ੍ਹਾਂ ਦਾ ਸਬਕ: ਇੱਕੋ ਲੀਕ ਦੋ ਵਾਰ ਆਵੇ ਤਾਂ ਉੱਪਰ ਅਤੇ ਹੇਠਾਂ ਦੋਵੇਂ ਘਰ ਦੇਖੇ ਜਾਣ।
"""),
    ),
    (
        "fv2w-pl-01",
        "pl",
        _s("""
Nazywam się [[PERSON:Magdalena Kowalczyk]] i od 2017 roku mieszkam z córką
[[PERSON:Zuzią]] w [[ADDRESS:mieszkaniu nr 8 w Holloway House]],
[[POSTCODE:PE1 5DZ]]. [[PERSON:Zuzia]] ma [[AGE:5 lat]] i choruje na
[[HEALTH:astmę]]. Jesienią 2022 na ścianie w sypialni pojawił się czarny grzyb,
a okna od środka były mokre każdego ranka. Lekarka z
[[ADDRESS:Lincoln Road Surgery]] napisała list, że wilgoć szkodzi małej.
Dzwoniłam do [[ORGANISATION:Fenland Gate Housing]] chyba dwadzieścia razy.
Przychodził pan [[PERSON:Gareth]], psikał czymś na grzyb i mówił, że mam
suszyć pranie na dworze. Dopiero sąsiadka z dołu, pani
[[PERSON:Blessing Okafor]], powiedziała mi, że trzeba złożyć formalną skargę i
że są na to dwa etapy. Skarga dostała numer [[REFERENCE:FGH/DM/2023/0419]]. W
pierwszym etapie odpisali to samo, co mówił [[PERSON:Gareth]]. W drugim etapie
sprawą zajęła się inspektorka, pani [[PERSON:Priya Mistry]], i z
[[PERSON:Priyą]] wszystko poszło inaczej: zmierzyła wilgotność, znalazła
pęknięty pion kanalizacyjny w ścianie i brak wentylacji w łazience. Wymienili
rurę, zamontowali wentylator, osuszyli ścianę i pomalowali ją farbą
przeciwgrzybiczną. Dostałam 480 funtów i przeprosiny na piśmie. Napisali, że
nauczyli się, że „proszę otwierać okna” nie może być pierwszą odpowiedzią i że
przy dziecku z chorobą płuc inspektor przychodzi od razu. Pani
[[PERSON:Blessing]] dostała ode mnie ciasto. Kontakt do mnie:
[[PHONE:07700 900 133]] albo [[EMAIL:magda.kowalczyk@example.com]].
"""),
    ),
    (
        "fv2w-pl-02",
        "pl",
        _s("""
Mam [[AGE:72 lata]], nazywam się [[PERSON:Zbigniew Mazur]]. Z żoną
[[PERSON:Haliną]] mieszkamy na czternastym piętrze w
[[ADDRESS:Chaucer Tower]] na [[ADDRESS:osiedlu Meadowbank]],
[[POSTCODE:nw10 8qd]]. Po [[HEALTH:udarze]] w 2021 roku [[PERSON:Halinka]]
chodzi tylko z balkonikiem i bez windy nie wyjdzie z domu. Zimą winda stała
zepsuta prawie cztery tygodnie. Sąsiad z naprzeciwka, pan
[[PERSON:Mohammed Rafiq]], nosił nam zakupy, a u pana [[PERSON:Rafiqa]]
czekaliśmy, aż przyjdą sanitariusze, kiedy żona musiała jechać na kontrolę.
Zgłaszałem awarię pod numerem [[PHONE:020 7946 0552]], numer zgłoszenia
[[REFERENCE:LFT-23-1187]], ale nikt nie umiał powiedzieć, kiedy przyjdzie
część. Myślałem, że muszę najpierw iść do radnej, pani
[[PERSON:Sandry Okoye]], żeby ktoś mnie wysłuchał. Wnuczka
[[PERSON:Ola]] wytłumaczyła mi, że teraz nie trzeba chodzić ani do radnej, ani
do posła: wystarczy skarga do administratora, a potem można od razu pisać do
Housing Ombudsman. Skargę przyjęła pani [[PERSON:Funmilayo Adebayo]] z
[[ORGANISATION:Harlesden Park Housing]]. Pani [[PERSON:Funmi]] przyjechała do
nas osobiście, przeprosiła i w dwa dni załatwiła nam tymczasowe mieszkanie na
parterze. Firma [[ORGANISATION:Apex Lift Engineering]] wymieniła cały silnik
windy. Dostaliśmy 600 funtów odszkodowania. Najważniejsze: teraz mają listę
lokatorów, którzy nie mogą chodzić po schodach, i przy każdej awarii dzwonią
do nich w ciągu doby. To [[PERSON:Ola]] pomogła mi to wszystko spisać.
"""),
    ),
    (
        "fv2w-pl-03",
        "pl",
        _s("""
Nazywam się [[PERSON:Łukasz Zieliński]], mieszkam z synem [[PERSON:Kacprem]]
([[AGE:10 lat]]) pod [[ADDRESS:31 Oakfield Road]], [[POSTCODE:DN4 0LX]]. Od
wiosny sąsiad zza ściany, [[PERSON:Wayne]], zaczął nas nękać: puszczał muzykę
do rana, jego pies szczekał godzinami, a kiedy mijałem go przy furtce, wyzywał
mnie, bo jestem [[OTHER_SPECIAL:Polakiem]]. Nagrywał też [[PERSON:Kacpra]] i
wrzucał filmiki na swoje konto [[OTHER_ID:@wayno_31]]. Mały bał się chodzić do
[[ADDRESS:St Joseph's Catholic Primary]]. Zgłosiłem to do
[[ORGANISATION:Kingsmead Homes]] i dostałem numer sprawy o zachowanie
antyspołeczne [[REFERENCE:ASB/KM/6620]]. Pierwszy urzędnik, pan
[[PERSON:Craig]], powiedział, że to „spór między sąsiadami” i żebym sam
porozmawiał z [[PERSON:Wayne'em]]. Złożyłem formalną skargę. Sprawę przejęła
pani [[PERSON:Nadia Hussain]] i dopiero z panią [[PERSON:Nadią]] coś ruszyło.
Porozmawiała z sąsiadką z drugiej strony, panią [[PERSON:Lin Chen]], która
wszystko słyszała, zgłosiła wyzwiska jako incydent z nienawiści, a
administrator wystąpił o zakaz sądowy. [[PERSON:Wayne]] dostał ostrzeżenie,
filmiki zniknęły, a po kolejnym naruszeniu przeniesiono go gdzie indziej. W
odpowiedzi na skargę przyznali, że „spór sąsiedzki” to było złe określenie i
że świadków trzeba przesłuchać od razu. Dostałem 350 funtów i przeprosiny.
[[PERSON:Kacperek]] znowu śpi spokojnie. Gdyby ktoś chciał pogadać:
[[PHONE:0114 496 0239]].
"""),
    ),
    (
        "fv2w-pl-04",
        "pl",
        _s("""
Pisze bez polskich znakow, sorry. Nazywam sie [[PERSON:Ewelina Dabrowska]],
mieszkam z partnerem [[PERSON:Marcinem]] w [[ADDRESS:mieszkaniu 2b, 14 Fairfax
Street]], [[POSTCODE:S65 1PD]]. Nasza corka [[PERSON:Lenka]] urodzila sie
[[DATE_OF_BIRTH:trzeciego stycznia 2023]], a tydzien pozniej padl nam piec.
Nie bylo ogrzewania ani cieplej wody, a na dworze mroz. Zglosilam to do
[[ORGANISATION:Rotherside Living]], numer zlecenia [[REFERENCE:RL-HT-30051]].
Z [[ORGANISATION:Heatwise Gas Services]] przyszedl pan
[[PERSON:Kwabena Mensah]], bardzo mily, ale powiedzial ze czesc jest
zamowiona i trzeba czekac. Z [[PERSON:Kwabena]] gadalam potem jeszcze dwa
razy, on tez nie wiedzial kiedy. Grzejnikow zastepczych nie dali. Nasza
polozna, [[PERSON:Sue Parkin]], zobaczyla ze w pokoju jest 14 stopni i sama
zadzwonila do nich. Wtedy zlozylam skarge. Odpowiedzial pan
[[PERSON:Wei Zhang]] z dzialu skarg. Do pana [[PERSON:Zhanga]] wyslalam zdjecia
termometru i w ciagu doby przywiezli dwa grzejniki, a po trzech dniach byl nowy
piec. W odpowiedzi na skarge napisali, ze w domu z noworodkiem awaria ogrzewania
jest sprawa pilna, a oni to potraktowali jak zwykla naprawe. Teraz maja liste
domow z malymi dziecmi. Dostalismy 380 funtow i zwrot za prad, przelew na sort
code [[OTHER_ID:20-45-77]], konto konczace sie na [[OTHER_ID:8802]]. Moj numer
do kontaktu [[PHONE:0114 496 0815]]. Nie czekajcie tak dlugo jak my.
"""),
    ),
    (
        "fv2w-pl-05",
        "pl",
        _s("""
Piszę w imieniu mamy. Mama, [[PERSON:Krystyna Nowak]], ma [[AGE:79 lat]],
choruje na [[HEALTH:cukrzycę]] i mieszka sama w
[[ADDRESS:mieszkaniu nr 9 pod 27 Hawthorn Lane]], [[POSTCODE:M14 7HB]]. Sąsiadka
[[PERSON:Sheila]] mówi na nią [[PERSON:Krissy]], a w parafii
[[ADDRESS:St Anthony's]] wszyscy znają ją jako panią [[PERSON:Nowakową]]. W
marcu zaczęło jej kapać z sufitu w kuchni z [[ADDRESS:mieszkania 11]], gdzie
mieszka pan [[PERSON:Abdi Farah]]. Od pana [[PERSON:Abdiego]] hydraulik z
[[ORGANISATION:Swift Response Plumbing]] nic nie znalazł i zamknął zlecenie
[[REFERENCE:NHG-447120]]. Woda dalej kapała, mama poślizgnęła się na mokrej
podłodze i trafiła do szpitala. Listy od [[ORGANISATION:Northbrook Housing
Group]] przychodziły tylko po angielsku, a telefon dzwonił na stary numer
stacjonarny. To u [[PERSON:Sheili]] mama zostawiała klucz dla fachowców, bo
sama nie słyszała dzwonka. Złożyłem skargę w imieniu mamy. Zajęła się nią pani
[[PERSON:Rachel Thompson]]. Do pani [[PERSON:Rachel]] wysłałem zdjęcia i wypis
ze szpitala. Odpowiedziała w tydzień: hydraulik sprawdzał nie tę rurę, a dane
kontaktowe nie były aktualizowane od lat. Wymienili odpływ u pana
[[PERSON:Abdiego]], nowy sufit i podłogę u mamy, zapłacili 700 funtów i
wpisali mnie jako drugą osobę do kontaktu. Wniosek: sprawdzajcie, czy
administrator ma Wasz aktualny numer. Ja jestem [[PERSON:Piotr Nowak]],
[[EMAIL:p.nowak.mcr@example.net]], [[PHONE:0161 496 0409]].
"""),
    ),
    (
        "fv2w-ro-01",
        "ro",
        _s("""
Mă numesc [[PERSON:Ioana Munteanu]] și locuiesc cu soțul meu,
[[PERSON:Cătălin]], și cu fetița noastră, [[PERSON:Ilinca]], în
[[ADDRESS:apartamentul 5 din Larch House]], [[POSTCODE:HA2 0RX]].
[[PERSON:Ilinca]] are [[AGE:7 ani]] și suferă de [[HEALTH:dermatită
atopică]]. În iarna lui 2022 a apărut mucegai negru pe peretele din dormitorul
ei, iar pielea i s-a înrăutățit de la o săptămână la alta. Chiar și învățătoarea
de la [[ADDRESS:Alder Brook Primary]], doamna [[PERSON:Fiona Reid]], ne-a
întrebat ce se întâmplă acasă. Am sunat la [[ORGANISATION:Northolt Green
Housing]] la [[PHONE:020 7946 0174]] de nenumărate ori. Doamna
[[PERSON:Yasmin Begum]], ofițerul nostru, ne tot spunea să aerisim mai des și
să nu uscăm rufele în casă. Am depus o plângere scrisă, cu numărul
[[REFERENCE:NGH-DMP-30917]]. La prima etapă ni s-a răspuns la fel. La a doua
etapă a venit inspectorul, domnul [[PERSON:Oluwafemi Bakare]], sau
[[PERSON:Femi]], cum ne-a rugat să-i spunem. I-am arătat lui
[[PERSON:Femi]] fotografiile din ultimele luni. A găsit că izolația din
peretele exterior lipsea pe o porțiune întreagă și că ventilatorul din baie nu
fusese niciodată conectat. În trei săptămâni au refăcut izolația, au montat
ventilatoare noi și au zugrăvit. Am primit 520 de lire și scuze în scris.
Au recunoscut că nu trebuiau să pună totul pe seama noastră fără o inspecție,
iar acum trimit un inspector în zece zile lucrătoare oriunde există un copil
bolnav. Sfatul meu: fotografiați totul și nu vă opriți la prima etapă.
"""),
    ),
    (
        "fv2w-ro-02",
        "ro",
        _s("""
Scriu fara diacritice, de pe telefon. Ma numesc [[PERSON:Costel Dumitrescu]]
si stau cu sotia mea [[PERSON:Florentina]] (toata lumea ii zice
[[PERSON:Flori]]) si cu fetita noastra, [[PERSON:Speranta]], la
[[ADDRESS:12 Aspen Way]], [[POSTCODE:cv63hw]]. [[PERSON:Speranta]] s-a nascut
pe [[DATE_OF_BIRTH:14.11.2022]], iar in ianuarie, cand avea
[[AGE:2 luni]], ni s-a stricat centrala. Am sunat la
[[ORGANISATION:Arden Cross Homes]] si ne-au dat numarul de lucrare
[[REFERENCE:ACH-RP-884201]]. A venit [[PERSON:Jason]] de la
[[ORGANISATION:Midlands Boiler Care]], a zis ca trebuie comandata o piesa si
a plecat. Zece zile am stat fara caldura si fara apa calda. Vecinul de la
[[ADDRESS:nr. 14]], [[PERSON:Gary]], ne-a imprumutat un radiator electric, dar
nu mai aveam nicio speranta ca vine cineva. Am facut plangere oficiala si a
preluat-o doamna [[PERSON:Harpreet Dhillon]]. I-am trimis doamnei
[[PERSON:Dhillon]] poze cu bebelusa infofolita in casa. A doua zi ne-au adus
doua radiatoare, iar in trei zile aveam centrala noua. In raspuns au scris ca
trebuia sa ne intrebe de la primul telefon daca avem copil mic, si ca acum o
casa cu bebelus sub un an primeste interventie in 24 de ore. Am primit 420 de
lire si bani pentru curent. Daca vreti sfaturi, numarul meu e
[[PHONE:07700 900 731]]. Si multumim lui [[PERSON:Gary]].
"""),
    ),
    (
        "fv2w-ro-03",
        "ro",
        _s("""
Sunt [[PERSON:Marinela Stoica]], sunt [[OTHER_SPECIAL:romă]] și locuiesc cu cei
doi copii ai mei, [[PERSON:Denisa]] ([[AGE:9 ani]]) și [[PERSON:Robert]]
([[AGE:4 ani]]), în [[ADDRESS:apartamentul 23 din Greyfriars Court]],
[[POSTCODE:NG7 3FQ]]. Din vara trecută gândacii au invadat bucătăria, veneau
din tubul de gunoi al blocului. Vecina de palier, doamna
[[PERSON:Mei Chen]], avea aceeași problemă, la fel și [[PERSON:Tunde]] de la
etajul trei. Am anunțat [[ORGANISATION:Trentside Homes]] la
[[PHONE:0115 496 0647]], dar primul ofițer mi-a spus că „poate e de la felul în
care țineți casa”. M-a durut, pentru că la mine e curat lună. Am scris despre
asta și pe grupul blocului, de pe contul meu [[OTHER_ID:@marinela.stoica.88]],
și mulți vecini au spus că au același necaz. Apoi am depus plângere oficială,
numărul [[REFERENCE:TH-C-10432]]. A răspuns doamna [[PERSON:Aisha Kamara]].
Doamna [[PERSON:Kamara]] a venit cu un inspector, a văzut că tubul de gunoi avea
capacul rupt și a chemat firma [[ORGANISATION:PestAway Midlands]], care a
tratat tot blocul de trei ori și a sigilat tubul. Am primit 300 de lire și o
scrisoare de scuze în care recunosc că remarca ofițerului a fost nedreaptă și
că personalul va face instruire despre prejudecăți. Lecția lor: când aceeași
problemă apare la mai mulți vecini, se verifică blocul, nu oamenii.
[[PERSON:Denisa]] nu mai are coșmaruri cu gândaci.
"""),
    ),
    (
        "fv2w-ro-04",
        "ro",
        _s("""
Mă numesc [[PERSON:Gheorghița Lungu]] și locuiesc cu soțul meu,
[[PERSON:Vasile]], la [[ADDRESS:9 Willow Crescent]], [[POSTCODE:LU3 2EB]].
[[PERSON:Vasile]] are [[HEALTH:diabet]] și, după [[HEALTH:amputația]] piciorului
drept din 2022, se deplasează doar în scaun cu rotile. Terapeuta ocupațională,
doamna [[PERSON:Chloe Baxter]], a cerut de la [[ORGANISATION:Chiltern Reach
Housing]] o rampă la intrare, uși mai late și o baie cu duș la nivelul
podelei. Apoi nouă luni n-a venit nimeni. Ca să iasă la programările de la
[[ADDRESS:Bramingham Lane Surgery]], vecinul de la [[ADDRESS:numărul 11]],
domnul [[PERSON:Patrick Doherty]], îl ducea pe brațe pe trepte. La fiecare
telefon ni se cerea din nou numărul NHS al lui [[PERSON:Vasile]],
[[OTHER_ID:612 039 8841]], de parcă dosarul se pierdea mereu. Am făcut
plângere, iar după răspunsul de la etapa a doua, care nu dădea nicio dată, am
mers direct la Housing Ombudsman, fără să mai trecem pe la vreun consilier.
Numărul cazului este [[REFERENCE:202318842]]. Ombudsmanul a constatat întârzieri
fără motiv și lipsă de comunicare. Domnul [[PERSON:Imran Qureshi]], noul
manager, ne-a vizitat acasă și și-a cerut iertare. Firma
[[ORGANISATION:Ability Home Adaptations]] a terminat rampa, ușile și baia în
cinci săptămâni, iar noi am primit 1.200 de lire. I-am spus domnului
[[PERSON:Qureshi]] că cel mai greu a fost să nu știm nimic. Acum fiecare
adaptare are un singur responsabil care sună familia în fiecare lună.
"""),
    ),
    (
        "fv2w-ro-05",
        "ro",
        _s("""
Mă numesc [[PERSON:Andrei-Mihai Pop]], dar acasă toți îmi spun
[[PERSON:Mihăiță]]. Stau cu mama, [[PERSON:Elena Pop]], în
[[ADDRESS:apartamentul de la mansardă, 40 Hartley Road]], [[POSTCODE:L15 8JW]].
Din toamnă acoperișul a început să curgă la fiecare ploaie, direct deasupra
patului mamei. Apa trecea și la vecina de dedesubt, doamna
[[PERSON:Grace Adjei]]. Am anunțat [[ORGANISATION:Mersey Lanes Housing]] de mai
multe ori. [[ORGANISATION:Skyline Roofing]] a trimis oameni de două ori, au pus
niște țiglă și au plecat. Partea cea mai proastă a fost comunicarea: scrisorile
veneau pe numele „Mrs [[PERSON:Ellen Pope]]”, iar telefoanele ajungeau la un
număr vechi. Mama nu înțelegea nimic din ce primea. Am depus plângere, cu
numărul [[REFERENCE:MLH-C-2231]]. M-a sunat [[PERSON:Liam O'Brien]] de la
departamentul de plângeri, de pe [[PHONE:0151 496 0358]], și, spre surprinderea
mea, a venit el însuși cu un inspector. I-am arătat lui [[PERSON:Liam]] găleata
de sub pat. Au găsit o bucată întreagă de membrană ruptă și au refăcut
acoperișul pe ambele apartamente. Ne-au corectat numele și datele de contact,
au plătit 480 de lire mamei și 300 doamnei [[PERSON:Grace]]. Au scris că au
învățat să verifice datele de contact la fiecare plângere și să nu închidă o
lucrare la acoperiș fără o inspecție după ploaie. Dacă vreți detalii, scrieți-mi
la [[EMAIL:andrei punct pop arond example punct com]].
"""),
    ),
    (
        "fv2w-ur-01",
        "ur",
        _s("""
میرا نام [[PERSON:شازیہ پروین]] ہے۔ میں اپنے شوہر [[PERSON:عمران]] اور تین
بچوں کے ساتھ [[ADDRESS:14 ایش گروو]]، لیڈز، [[POSTCODE:LS12 3HT]] میں رہتی
ہوں۔ پچھلی سردیوں میں بچوں کے کمرے کی دیوار پر کالی پھپھوندی پھیل گئی۔ ہماری
بیٹی [[PERSON:حرا]] کی عمر [[AGE:6 سال]] ہے اور اسے بار بار
[[HEALTH:برونکائٹس]] ہوتا رہا۔ [[ADDRESS:لیز ہال پرائمری سکول]] کی ٹیچر مسز
[[PERSON:ڈوئل]] نے پوچھا کہ بچی اتنی غیر حاضر کیوں ہے۔ میں نے مالک
[[ORGANISATION:Bradwell Moor Homes]] کو [[PHONE:0113 496 0268]] پر کئی بار فون
کیا۔ ہر بار ایک آدمی آتا، دیوار پر سپرے کرتا اور چلا جاتا۔ ساتھ والی آنٹی
[[PERSON:مورین]] نے بتایا کہ باقاعدہ شکایت کرنی چاہیے، اور خود بیٹھ کر فارم
بھروایا۔ شکایت نمبر [[REFERENCE:BMH-CP-20931]] ملا۔ پہلے مرحلے میں افسر
[[PERSON:ربیکا ہولمز]] نے لکھا کہ ہم کپڑے اندر سکھاتے ہیں۔ میں دوسرے مرحلے میں
گئی۔ اس بار سرویئر [[PERSON:گرزیگورز لیوانڈوسکی]] آئے، جنہیں سب
[[PERSON:گریگ]] کہتے ہیں۔ [[PERSON:گریگ]] نے نمی ناپی اور دیکھا کہ باہر کی
اینٹوں کے ہوا دان بند ہیں اور پرنالہ ٹوٹا ہوا ہے، پانی سالوں سے دیوار میں جا رہا
تھا۔ انہوں نے پرنالہ بدلا، ہوا دان کھولے، پنکھا لگایا اور پورا کمرہ نئے سرے سے
رنگ کیا۔ ہمیں پانچ سو پاؤنڈ اور تحریری معافی ملی۔ مس [[PERSON:ہولمز]] نے خود فون
کر کے کہا کہ اب پہلے مرحلے میں بھی گھر کا معائنہ ہوگا۔ میری نصیحت: تصویریں اور
تاریخیں سنبھال کر رکھیں۔
"""),
    ),
    (
        "fv2w-ur-02",
        "ur",
        _s("""
میں اپنی امی، [[PERSON:نسیم اختر]]، کی طرف سے لکھ رہی ہوں۔ امی کی عمر
[[AGE:74 سال]] ہے، تاریخ پیدائش [[DATE_OF_BIRTH:یکم مارچ 1949]]، اور وہ
[[ADDRESS:56 ہیدر ویو روڈ]]، [[POSTCODE:b100ud]] میں اکیلی رہتی ہیں،
[[ADDRESS:سٹریٹفورڈ روڈ مسجد]] کے بالکل پیچھے۔ امی کو [[HEALTH:گٹھیا]] ہے اور
سیڑھیاں چڑھنا ان کے لیے ناممکن ہو گیا تھا۔ آکیوپیشنل تھراپسٹ
[[PERSON:جوان اوکیف]] نے سیڑھیوں کی لفٹ لگانے کی سفارش کی اور مالک
[[ORGANISATION:Cole Valley Housing Association]] کو بھیجی۔ حوالہ نمبر
[[REFERENCE:CVHA/AD/7714]] ملا، پھر آٹھ مہینے کچھ نہیں ہوا۔ امی نیچے بیٹھک
میں صوفے پر سوتی رہیں۔ ہر فون پر وہ امی کا نیشنل انشورنس نمبر
[[NI_NUMBER:YB 26 71 58 A]] دوبارہ مانگتے، جیسے فارم ہر بار گم ہو جاتا ہو۔
میں نے باقاعدہ شکایت کی۔ شکایت افسر [[PERSON:ایمیکا اوبی]] نے ایک ہفتے میں جواب
دیا اور مانا کہ فائل ٹھیکیدار اور دفتر کے درمیان اٹکی رہی اور کسی نے ہمیں
اطلاع نہیں دی۔ [[ORGANISATION:Liftright Mobility]] نے تین ہفتوں میں لفٹ لگا
دی، اور ساڑھے تین سو پاؤنڈ معاوضہ ملا۔ [[PERSON:ایمیکا]] صاحب نے بتایا کہ اب ہر
تبدیلی کے کام کے لیے ایک ہی افسر ذمہ دار ہوگا جو ہر مہینے خاندان کو فون کرے گا۔
امی اب اپنے کمرے میں سوتی ہیں۔ ہمسائی [[PERSON:جینیفر]] نے ان آٹھ مہینوں میں امی
کا بہت ساتھ دیا، ان کا شکریہ۔ اگر کسی کو مدد چاہیے تو میرا نمبر
[[PHONE:0121 496 0693]] ہے۔
[[PERSON:رخسانہ اختر]]
"""),
    ),
    (
        "fv2w-ur-03",
        "ur",
        _s("""
میرا نام [[PERSON:طارق محمود]] ہے۔ ہم [[ADDRESS:فلیٹ 2، 88 گرینسائیڈ
سٹریٹ]]، [[POSTCODE:M11 2LA]] میں رہتے ہیں: میں، میری بیوی [[PERSON:صائمہ]] اور
ہمارے دو بچے۔ پچھلے سال اوپر والے فلیٹ میں [[PERSON:کونر واٹسن]] نام کا ایک شخص
آیا۔ اس نے ہمارے دروازے پر [[OTHER_SPECIAL:مسلمانوں]] کے خلاف نعرے لکھے،
[[PERSON:صائمہ]] کے حجاب پر آوازے کسے، اور ہماری تصویریں اپنے اکاؤنٹ
[[OTHER_ID:@connor_w_m11]] پر ڈالیں۔ اس کی گاڑی [[OTHER_ID:MF21 OPA]] اکثر
ہماری پارکنگ کی جگہ پر کھڑی رہتی۔ ہمارے بیٹے [[PERSON:حمزہ]]، عمر
[[AGE:9 سال]]، نے [[ADDRESS:کلیٹن بروک اکیڈمی]] جانے سے پہلے رونا شروع کر
دیا۔ مالک [[ORGANISATION:Medlock Vale Housing]] نے اینٹی سوشل بیہیویئر کیس نمبر
[[REFERENCE:MVH-ASB-0388]] کھولا، لیکن افسر [[PERSON:گیری]] نے کہا کہ ثبوت
کافی نہیں، حالانکہ نیچے والی ہمسائی [[PERSON:ٹریسی]] نے سب کچھ اپنے فون پر
ریکارڈ کیا تھا۔ میں نے تحریری شکایت کی۔ ہاؤسنگ مینیجر [[PERSON:ایمی لیو]] نے
دس دن میں جواب دیا۔ انہوں نے مانا کہ یہ نفرت پر مبنی واقعہ تھا اور اسے پہلے دن
پولیس کو بھیجنا چاہیے تھا، اور یہ کہ [[PERSON:ٹریسی]] کی ویڈیو کسی نے دیکھی ہی
نہیں تھی۔ اسی ہفتے دروازہ صاف کیا گیا، سیڑھیوں پر کیمرہ لگا، اور
[[PERSON:کونر]] کو تحریری وارننگ ملی؛ دوبارہ ہونے پر عدالت سے حکم لیا گیا اور وہ
چلا گیا۔ ہمیں چار سو پاؤنڈ ملے۔ مس [[PERSON:لیو]] نے بتایا کہ اب ہر نفرت والے
واقعے کی خبر چوبیس گھنٹے میں مینیجر تک جاتی ہے۔ کسی کو بات کرنی ہو تو میرا ای
میل [[EMAIL:tariq.mahmood@example.com]] ہے۔
"""),
    ),
    (
        "fv2w-ur-04",
        "ur",
        _s("""
میں [[PERSON:فرزانہ کوثر]] ہوں۔ ہم [[OTHER_SPECIAL:پاکستانی]] خاندان ہیں؛ میں،
میرے شوہر [[PERSON:ندیم]]، ساس اور تین بچے ایک کمرے کے فلیٹ میں رہتے تھے:
[[ADDRESS:22 نمبر کا اوپر والا فلیٹ]]، [[ADDRESS:سن رائز سویٹس]] کے اوپر،
[[POSTCODE:E7 9PL]]۔ سب سے چھوٹا بیٹا، جسے ہم [[PERSON:منا]] کہتے ہیں (اصل نام
[[PERSON:محمد ابراہیم]])، [[AGE:3 سال]] کا ہے۔ [[PERSON:ندیم]] کو
[[HEALTH:ڈپریشن]] ہے اور تنگ جگہ نے ان کی حالت اور خراب کر دی۔ اوپر سے باورچی
خانے میں چوہے نکل آئے۔ مالک [[ORGANISATION:Eastway Homes]] نے
[[ORGANISATION:Citywide Pest Control]] کو بھیجا، ان کا آدمی [[PERSON:ٹریور]]
ہر دفعہ زہر رکھ کر چلا جاتا اور سوراخ ویسے ہی رہتے۔ ہاؤسنگ رجسٹر پر ہمارا نمبر
[[REFERENCE:HR/55/0917-K]] تھا، لیکن تین سال سے کوئی بولی کامیاب نہیں ہوئی۔ میں
نے شکایت کی تو افسر [[PERSON:اسماء جامع]] نے پہلی بار دونوں مسئلے ایک ساتھ
دیکھے۔ انہوں نے مانا کہ چوہوں کی رپورٹیں اور ڈاکٹر کا خط رجسٹر والی ٹیم تک
پہنچے ہی نہیں تھے۔ ہمیں ہنگامی درجہ ملا، دو مہینے میں تین کمروں کا گھر ملا،
پرانے فلیٹ کے سوراخ بند کیے گئے تاکہ اگلے خاندان کو یہ مصیبت نہ ہو، اور چھ سو
پاؤنڈ معاوضہ دیا گیا۔ [[PERSON:اسماء]] باجی نے ساس کے لیے مترجم بھی بلایا۔
سبق: ایک ہی گھر کے سارے مسئلے ایک فائل میں ہونے چاہئیں۔ میرا فون
[[PHONE:۰۲۰ ۷۹۴۶ ۰۸۲۵]] ہے۔
"""),
    ),
    (
        "fv2w-ur-05",
        "ur",
        _s("""
[[ORGANISATION:Sheaf Housing Partnership]] کی طرف سے سیکھے گئے اسباق کا خلاصہ۔
معاملہ جناب [[PERSON:یاسر حسین]] کا ہے، جو اپنی بیوی [[PERSON:ثمینہ]] اور بیٹی
[[PERSON:عائشہ]]، عمر [[AGE:18 ماہ]]، کے ساتھ [[ADDRESS:فلیٹ 31، ہائی گرین
ہاؤس]]، [[POSTCODE:S2 4GQ]] میں رہتے ہیں۔ کرایہ داری نمبر
[[REFERENCE:SH-T-660173]]۔ جنوری میں چھت سے پانی بجلی کے بورڈ کے قریب ٹپکنے
لگا۔ [[ORGANISATION:Sheaf Valley Electrical]] کے الیکٹریشن
[[PERSON:ٹوبی اوکونکوو]] نے اسی دن سرکٹ بند کر کے جگہ محفوظ کی، لیکن چھت کی
مرمت سات ہفتے تک نہیں ہوئی۔ اس دوران خاندان کو تین مختلف تاریخیں بتائی گئیں اور
کوئی نہیں آیا۔ نیچے [[ADDRESS:فلیٹ 27]] میں رہنے والی [[PERSON:ڈوروٹا]] کے ہاں
بھی پانی پہنچ گیا۔ جناب [[PERSON:حسین]] نے [[EMAIL:yasir.hussain@example.org]]
سے شکایت بھیجی اور [[PHONE:0114 496 0590]] پر رابطے کی درخواست کی۔ شکایت افسر
[[PERSON:نیام کیلی]] نے معائنہ کر کے پایا کہ چھت کا کام دو ٹیموں کے درمیان لٹکا
رہا اور کسی نے ذمہ داری نہیں لی۔ نتیجہ: چھت کی مکمل مرمت، بجلی کی نئی وائرنگ،
بچی کے کمرے کے لیے عارضی ہیٹر، تحریری معافی اور 650 پاؤنڈ، جو اس اکاؤنٹ میں
بھیجے گئے جس کا سورٹ کوڈ [[OTHER_ID:30-94-57]] ہے۔ [[PERSON:ڈوروٹا]] کو بھی
الگ معاوضہ ملا۔ سبق: جب پانی اور بجلی اکٹھے ہوں تو مرمت ایک ہی مینیجر کے ذمے ہو،
اور خاندان کو ہر ہفتے تحریری اپ ڈیٹ بھیجی جائے۔
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
