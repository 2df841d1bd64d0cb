"""Fresh version-2 PII test stories, batch aw.

Written as reflective "lessons learned" case studies by housing officers, complaint handlers and
senior managers about residents they dealt with, badly anonymised: a pseudonym such as "Mrs P" or
"the resident" slips into the real name a line later; staff, teams, contractors and councillors are
named; internal system, repair, tenancy, complaint, ASB and Ombudsman numbers sit in timelines
beside dates that are not dates of birth; resident details (age, health, family, address, the
school, surgery, mosque, gurdwara or church) are given in passing; quotes from emails and calls
carry phone numbers and email addresses as a call handler wrote them down (in words, native digits,
spelt out). The non-English stories are by an officer or manager from that community writing in
its language, with English names, blocks and streets in Latin script or transliterated.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 7 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 77.1% of 35, recall 98.8%, precision
80.6%, on the committed detector 4e66037 (after round 45); leak-free by language ar 4, bn 3, en 4, pa 5, pl 4, ro 3, ur 4 of 5.
On the detector as it landed before rounds 34 to 45 (87cfc38): 74.3%.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2aw-en-01",
        "en",
        _s("""
Lessons learned: damp and mould at [[ADDRESS:14 Ferncliffe Road]] (Stage 2, closed March 2024).
Prepared by [[PERSON:Helen Moorcroft]], Complaints and Learning Manager, [[ORGANISATION:Airedale Homes]].

For this write-up I'll call the resident Mrs P, although most of the team will know exactly who
she is: [[PERSON:Doreen Platt]], [[AGE:81]], DOB [[DATE_OF_BIRTH:02/02/1943]], living alone at
[[ADDRESS:14 Ferncliffe Road]], [[POSTCODE:ls9 7qx]], since 1979. [[PERSON:Doreen]] has
[[HEALTH:COPD]] and is on home oxygen, which the vulnerability flag on her tenancy
([[REFERENCE:TEN-0031877]]) recorded and nobody read.

9 October 2023: her daughter [[PERSON:Karen]] rang the contact centre on [[PHONE:0113 496 0528]]
about black mould in the back bedroom. It went on as job [[REFERENCE:7781920]], a routine "mould
wash". 2 November: [[ORGANISATION:Dryline Damp Solutions Ltd]] washed the wall and left.
20 November: mould back. [[PERSON:Karen]] emailed from [[EMAIL:karen.platt@example.net]]: "Mum
coughs all night. Her nurse at [[ADDRESS:Beckside Medical Practice]] says that bedroom is making
her worse. Does anybody read these?" That became complaint [[REFERENCE:AH-CMP-2023-0417]].

The Stage 1 reply, signed by [[PERSON:Gary Oduya]] in Repairs, apologised for "any inconvenience"
and offered another wash. At Stage 2 I visited with our surveyor, [[PERSON:Priyesh]], who found a
failed cavity tray over the back bedroom window. Mrs [[PERSON:Platt]] had been sleeping in her
armchair downstairs for six weeks.

Put right: cavity tray replaced and wall replastered by 19 January; [[PERSON:Doreen]] stayed at
her sister's in Pudsey for the four days at our cost; £1,150 compensation; a written apology from
our Chief Executive. The Ombudsman case ([[REFERENCE:202314788]]) closed as resolved by the
landlord.

What changed: any damp report at a home with a respiratory flag now goes to a surveyor first,
never a mould wash, and the Stage 1 template no longer contains the word "inconvenience".
[[PERSON:Gary]] asked to present this case to the repairs huddle himself, which says a lot
about him.
"""),
    ),
    (
        "fv2aw-en-02",
        "en",
        _s("""
Case review: the ASB complaint from [[ADDRESS:flat 9c, Marlowe Court]].
Author: [[PERSON:Siobhan Kearney]], Neighbourhood Services Lead, [[ORGANISATION:Thameside Community Housing]].

[[PERSON:Abdi Warsame]] moved into [[ADDRESS:flat 9c, Marlowe Court]], [[POSTCODE:E16 2RW]], in
2021 with his wife [[PERSON:Safiya]] and their daughters [[PERSON:Hodan]], now [[AGE:9]], and
[[PERSON:Ayaan]], [[AGE:4]]. From spring 2023 the tenant of [[ADDRESS:flat 10c]],
[[PERSON:Lee Tranter]] ("[[PERSON:Big Lee]]" to half the block), started banging on their door
late at night and shouting abuse about [[OTHER_SPECIAL:Somalis]] and [[OTHER_SPECIAL:Muslims]].
He parked his van, [[OTHER_ID:KX17 ODM]], across the bottom of the stairwell so [[PERSON:Hodan]]
had to squeeze past it on her way to [[ADDRESS:Ravenscroft Primary School]]. Clips of the family
appeared on an Instagram account, [[OTHER_ID:@marlowe_watch_e16]], with comments I will not
repeat here.

What we got wrong: [[PERSON:Abdi]] reported eleven incidents between April and September. Our
caseworker, [[PERSON:Rob Mensah]], logged them all under ASB case [[REFERENCE:ASB/23/0093]] as a
"neighbour dispute" and sent both households the same mediation letter. [[PERSON:Abdi]] texted
[[PERSON:Rob]] from [[PHONE:07700 900 641]]: "Why is my family in mediation with a man who calls
my daughter a terrorist?" He then made a formal complaint, [[REFERENCE:TCH-CF-23-2210]].

Put right: I reopened the case as a hate incident in October, we did a joint visit with the
police, and in February 2024 we obtained an injunction; [[PERSON:Tranter]] later surrendered his
tenancy. The [[PERSON:Warsame]] family received a written apology, £600, and a video doorbell
fitted by [[ORGANISATION:Secura Installations]].

What changed: any report mentioning race or religion is now triaged as a hate incident first, and
the caseworker has to ring the reporting resident within one working day. The ASB line,
[[PHONE:020 7946 0183]], now has a hate-crime option. [[PERSON:Rob]] has been on the training and,
to his credit, rang [[PERSON:Abdi]] himself to apologise.
"""),
    ),
    (
        "fv2aw-en-03",
        "en",
        _s("""
Learning review: "the boiler and the bank details".
Written by [[PERSON:Claire Whitfield]], Head of Customer Experience, [[ORGANISATION:Wearside Homes]].

I'm sharing this because two teams each did their bit "right" and the resident ended up worse
off. [[PERSON:Kayleigh Robson]] ([[PERSON:Kay]] to everyone, staff included) is [[AGE:23]] and
lives at [[ADDRESS:Flat 3, 22 Grange Terrace]], [[POSTCODE:SR4 7LB]], with her son
[[PERSON:Alfie]], who was [[AGE:18 months]] when this began.

In early December 2023 her direct debit from sort code [[OTHER_ID:40-12-76]], account ending
[[OTHER_ID:3391]], bounced twice when her Universal Credit was late. Our system put an "arrears,
hold non-urgent works" flag on tenancy [[REFERENCE:WH-T-0088412]]. The following week her boiler
failed. Repair job [[REFERENCE:R-2291847]] was raised, automatically downgraded by the flag, and
[[ORGANISATION:Northgas Heating Services]] never got it.

Meanwhile [[PERSON:Darren Ilesanmi]] from Income rang [[PERSON:Kay]] eleven times about £46.
[[PERSON:Kay]] was being treated for [[HEALTH:postnatal depression]], which her health visitor
had told us about in writing. On 14 December she emailed us from
[[EMAIL:kay.robson94 at example dot com]]: "I've got a baby in a house with no heating and you're
ringing me about forty-six quid."

That became complaint [[REFERENCE:WH/COMP/23/1182]]. When I pulled the file I also found her
National Insurance number, [[NI_NUMBER:JM 52 71 08 C]], typed into the free-text notes by someone
trying to help with her UC claim. It did not need to be there, and neither did the note calling
her "[[PERSON:Kay]] (difficult)".

Put right: heating back on within 24 hours of escalation, two electric heaters delivered the same
evening, £420 compensation, arrears charges removed, and an apology from [[PERSON:Darren]] and
from me. We reported the notes to our data protection officer.

What changed: heating and hot water jobs can no longer be held by any account flag. Income
officers now see open repairs on the same screen as the rent account. And nobody at
[[ORGANISATION:Wearside Homes]] writes identifiers or opinions into free-text notes; we audit a
sample every month.
"""),
    ),
    (
        "fv2aw-en-04",
        "en",
        _s("""
Case study for the Adaptations Working Group.
By [[PERSON:Jo Lindqvist]], Senior Complaints Officer, [[ORGANISATION:Rochbury Metropolitan Borough Council]].

This one still bothers me. [[PERSON:Colin Ashworth]] is [[AGE:58]] (born on the
[[DATE_OF_BIRTH:4th of June 1966]]) and has [[HEALTH:multiple sclerosis]]. He lives with his wife
[[PERSON:Bev]], his full-time carer, at [[ADDRESS:number 31]] in the council bungalows behind the
[[ADDRESS:Hare and Hounds]]. In January 2024 our occupational therapist, [[PERSON:Nadia Rahman]],
recommended a level-access shower. [[ORGANISATION:Pennine Lift & Access Ltd]] ripped out the bath
on 12 February and did not come back for nine weeks.

For those nine weeks [[PERSON:Colin]] was washed at the kitchen sink. [[PERSON:Bev]] rang the
adaptations line, [[PHONE:0161 496 0274]], more than twenty times; our log shows fourteen. The
contractor's supervisor, [[PERSON:Wayne]], told her the shower tray was "on a boat". She also
asked twice for a dropped kerb so she could park their car, [[OTHER_ID:MA66 KYT]], next to the
ramp, and was told that was "a separate department".

[[PERSON:Bev]]'s complaint ([[REFERENCE:RMBC-CF-88213]]) went to Stage 2 and then to the Housing
Ombudsman ([[REFERENCE:202401562]]). Her email to me said: "He has [[HEALTH:MS]], he is not a
parcel. Ring me on [[PHONE:+44 (0)161 496 0907]], not the landline."

Put right: the shower was finished in April; we paid £1,800 compensation plus the cost of the
extra care hours; the dropped kerb was done in May. The Ombudsman found maladministration and we
accepted it in full.

What changed: no bath comes out now until every part is on site and signed for. Each adaptation
has one named officer from start to finish, and the OT's report goes to that officer, not a
shared inbox. [[PERSON:Colin]] and [[PERSON:Bev]] agreed to speak at our staff conference in
September, which was more generous than we deserved.
"""),
    ),
    (
        "fv2aw-en-05",
        "en",
        _s("""
What a Facebook post taught us about listening.
[[PERSON:Martin Adeyemi]], Customer Insight Officer, [[ORGANISATION:Severn Vale Housing]].

In March 2024 [[PERSON:Jess Houghton]] of [[ADDRESS:7 Orchard Rise]], [[POSTCODE:gl14xd]],
reported water coming through her kitchen ceiling from a flat roof above the extension and
dripping onto the light fitting. Repair [[REFERENCE:SV-449310]] was marked non-emergency because
the caller "sounded calm". [[PERSON:Jess]] has a son, [[PERSON:Oscar]], [[AGE:6]], who has
[[HEALTH:autism]]; the dripping and the bucket changes upset him so much he stopped sleeping, and
[[ADDRESS:St Wilfrid's RC Primary]] wrote to us about his attendance.

[[PERSON:Jess]] rang four times and left her number each time, "[[PHONE:oh seven seven double oh, nine double oh, two four six]]"
as our call note puts it. Nobody called back. Her partner, [[PERSON:Dan]], posted photos on
Facebook (his profile is [[OTHER_ID:facebook.com/dan.houghton.7731]]) and tagged Cllr
[[PERSON:Margaret Oyelaran]]. Within two hours our roofing supervisor, [[PERSON:Will Barnes]], was
on the roof.

That is the bit I want us to sit with: we will move fast for a councillor and a busy post, and
not for a mother ringing four times. [[PERSON:Jess]]'s complaint ([[REFERENCE:SVH/CX/0412]]) said
exactly that.

There was a second problem. A letter from the family's GP at [[ADDRESS:Tuffley Park Surgery]],
supporting a priority repair, was attached to the complaint file with [[PERSON:Oscar]]'s NHS
number ([[OTHER_ID:543 231 9489]]) visible, and the file was shared with
[[ORGANISATION:Cotswold Roofing Services]]. We reported that and apologised.

Put right: roof membrane renewed, ceiling and light replaced, £350 compensation, and
[[PERSON:Will]] agreed with [[PERSON:Jess]] a weekly text update until the work was signed off.

What changed: "sounds calm" is no longer a reason to downgrade a leak; any call mentioning water
near electrics is an emergency. Medical letters now sit in a restricted folder and are never sent
to contractors.
"""),
    ),
    (
        "fv2aw-ar-01",
        "ar",
        _s("""
دروس مستفادة: شكوى عائلة [[PERSON:الحمصي]] بسبب العفن.
كتبتها: [[PERSON:هالة الشامي]]، مسؤولة دعم المستأجرين الناطقين بالعربية في [[ORGANISATION:Hulme Brook Housing]].

أكتب هذه الحالة بالعربية لأن زملائي في فريق الجالية طلبوا ذلك. السيد [[PERSON:أحمد الحمصي]]
وزوجته [[PERSON:رنا]] وصلا إلى مانشستر عام ٢٠١٩ ضمن برنامج إعادة توطين
[[OTHER_SPECIAL:اللاجئين السوريين]]، ويسكنان في [[ADDRESS:Flat 6, Cedar Court]]،
[[POSTCODE:M14 5TJ]]، مع طفليهما [[PERSON:ليان]] ([[AGE:٧ سنوات]]) و[[PERSON:يوسف]]
([[AGE:١٨ شهراً]]).

في تشرين الأول ٢٠٢٣ ظهر العفن الأسود خلف سرير [[PERSON:يوسف]]. يعاني الطفل من
[[HEALTH:الربو]]، وأُدخل المستشفى مرتين ذلك الشتاء. اتصلت [[PERSON:رنا]] بخط الإصلاحات ثلاث
مرات، ولم يعرض عليها أحد مترجماً، فسُجّل البلاغ على أنه «تكاثف عادي» وأُرسلت إليها نشرة
بالإنجليزية عن تهوية البيت. رقم البلاغ [[REFERENCE:HB-R-559021]].

في كانون الثاني اتصلت بي [[PERSON:رنا]] من رقمها [[PHONE:٠٧٧٠٠ ٩٠٠٣١٥]] وقالت: «يا أستاذة
[[PERSON:هالة]]، ابني ينام معي في الصالة لأن غرفته صارت سوداء». فتحتُ شكوى رسمية برقم
[[REFERENCE:CMP-24-0068]] وزرت البيت مع [[PERSON:مارك]] من فريق المسح. اكتشف [[PERSON:مارك]]
أن مروحة الحمام معطلة منذ سنة، وأن المزراب فوق الغرفة مكسور والماء يتسرب إلى الجدار.

كيف أصلحنا الأمر: أرسلنا شركة [[ORGANISATION:Dampco North West]] خلال أسبوع، فاستُبدلت المروحة
والمزراب وعولج الجدار وطُلي بطلاء مضاد للعفن. حصلت العائلة على تعويض قدره ٧٥٠ جنيهاً واعتذار
مكتوب بالعربية، وأُضيفت رسالة الطبيبة من [[ADDRESS:Fernbrook Medical Centre]] إلى ملف الإيجار
حتى لا يضطر أحد إلى شرح حالة [[PERSON:يوسف]] مرة أخرى.

ما الذي تغيّر: صار موظف الاتصال يسأل عن لغة المتصل في أول مكالمة، ويُحوَّل أي بلاغ عن عفن في
بيت فيه طفل مريض مباشرة إلى مسّاح، لا إلى فريق التنظيف. وتعلمت أنا أيضاً ألا أنتظر أن تصلني
الشكوى؛ فالعائلات التي تخاف من خسارة بيتها لا تشتكي بسهولة.
"""),
    ),
    (
        "fv2aw-ar-02",
        "ar",
        _s("""
مراجعة حالة: تعطّل المصاعد في [[ADDRESS:Lyndhurst Tower]].
بقلم: [[PERSON:سامي بن عمر]]، مدير خدمات المستأجرين في [[ORGANISATION:Westbourne Borough Council]].

الحاج [[PERSON:عبد الكريم الجبوري]] رجل [[OTHER_SPECIAL:عراقي]] عمره [[AGE:٧٦ سنة]]، تاريخ
ميلاده في سجلاتنا [[DATE_OF_BIRTH:١٢/٠٣/١٩٤٨]]، ويسكن وحده في [[ADDRESS:شقة رقم ٤٣]] بالطابق
الرابع عشر من [[ADDRESS:Lyndhurst Tower]]، [[POSTCODE:W10 6QS]]. يعاني من
[[HEALTH:الفشل الكلوي]] ويذهب إلى المستشفى لغسيل الكلى ثلاث مرات في الأسبوع.

في آب ٢٠٢٤ تعطّل المصعدان معاً اثني عشر يوماً. شركة الصيانة [[ORGANISATION:Apex Lift Services]]
قالت إن القطعة تأتي من إيطاليا. لم يكن في نظامنا ما يشير إلى أن في البرج ساكناً يحتاج إلى غسيل
الكلى، ففاتته ثلاث جلسات. حفيده [[PERSON:علي]]، وعمره [[AGE:١٦ عاماً]]، كان يصعد السلالم بالماء
والطعام كل يوم بعد المدرسة.

لم تصلنا الشكوى من العائلة أولاً، بل من إمام [[ADDRESS:مسجد دار السلام]] القريب من البرج، الذي
لاحظ أن الحاج لم يعد يأتي إلى المسجد، فاتصل بمكتبنا على [[PHONE:020 7946 0562]]. بعدها كتب
[[PERSON:علي]] إلينا من بريده [[EMAIL:ali.jubouri16@example.net]]: «جدي لا يستطيع أن ينزل
أربعة عشر طابقاً. هل تنتظرون أن يموت؟» سُجّلت الشكوى برقم [[REFERENCE:WBC/ST2/24/0311]].

ما فعلناه: نقلنا الحاج [[PERSON:عبد الكريم]] في اليوم نفسه إلى شقة مؤقتة في الطابق الأرضي في
[[ADDRESS:Beaumont House]]، ورتّبنا سيارة لجلسات الغسيل، ودفعنا تعويضاً قدره ٩٠٠ جنيه. زميلتي
[[PERSON:كلير]] من فريق السلامة زارته وشرحت له الخطة بحضور مترجم.

ما تغيّر: لكل برج الآن قائمة بالسكان الذين يعتمدون على المصعد لأسباب صحية، يراها الحارس ومهندس
المصاعد. وأي عطل يتجاوز ٤٨ ساعة يفعّل خطة نقل تلقائية. وتعلّمنا أن المسجد والجيران يعرفون
أحياناً عن سكاننا أكثر مما نعرف نحن.
"""),
    ),
    (
        "fv2aw-ar-03",
        "ar",
        _s("""
حالة للتعلّم: رسالة كادت أن تكشف عنوان ضحية عنف أسري.
كتبتها: [[PERSON:مريم عبد الله]]، مسؤولة الحماية في [[ORGANISATION:Leabrook Housing Association]].

سأسميها هنا «السيدة ن»، لكن أغلب الفريق يعرف أنها [[PERSON:نور حداد]]. في آذار ٢٠٢٤ نقلناها
بشكل طارئ مع ابنتيها [[PERSON:جنى]] ([[AGE:١٠ سنوات]]) و[[PERSON:تالا]] ([[AGE:٤ سنوات]]) من
[[ADDRESS:27 Holmesdale Road]] إلى عنوان سري. الرجل الذي هربت منه، [[PERSON:كريم]]، كان يقف
بسيارته ذات الرقم [[OTHER_ID:LD19 KXW]] أمام [[ADDRESS:Oakfield Primary School]] كل صباح، لذلك
نقلنا البنتين إلى مدرسة أخرى أيضاً. وتعاني [[PERSON:نور]] من
[[HEALTH:اضطراب ما بعد الصدمة]] منذ سنوات.

الخطأ: بعد شهرين أرسل فريق الإيجارات رسالة آلية عن رصيد الإيجار إلى العنوان القديم، لأن حسابها
الجديد بقي مربوطاً برقم الإيجار القديم [[REFERENCE:LHA-T-004471]]. وكانت الرسالة تحمل الرمز
البريدي الجديد [[POSTCODE:n17 9ph]]، بل ورقم تأمينها الوطني [[NI_NUMBER:SP 61 84 22 A]].
لحسن الحظ أن جارتها القديمة، السيدة [[PERSON:بيتي]]، لم تفتح الظرف وأعادته إلى مكتبنا.

اتصلت بي [[PERSON:نور]] من [[PHONE:07700 900 729]] وهي تبكي: «إذا عرف الرمز البريدي فسيجدنا
خلال يوم». وقدّمت شكوى رسمية برقم [[REFERENCE:LHA-C-2024-219]]، وكانت محقة في كل كلمة.

ما فعلناه: أغلقنا الحساب القديم فوراً وأنشأنا رقم إيجار جديداً، وغيّرنا أقفال البيت الجديد،
وأبلغنا مسؤول حماية البيانات، ودفعنا ٥٠٠ جنيه تعويضاً، وقدّمتُ لها اعتذاراً شخصياً مع مديرتي
[[PERSON:جوان]].

ما تغيّر: أي ملف عليه علامة «عنف أسري» يوقف الآن كل الرسائل الآلية، ولا تخرج رسالة إلا بعد أن
يراجعها موظف، ونراجع هذه الملفات كل شهر. تعلمت أن أخطر ما في أنظمتنا ليس ما نكتبه نحن، بل ما
ترسله الآلة وحدها.
"""),
    ),
    (
        "fv2aw-ar-04",
        "ar",
        _s("""
ملاحظات مشرف: الفئران في بيت عائلة [[PERSON:الشرعبي]].
بقلم [[PERSON:يوسف المصري]]، مشرف الأحياء في [[ORGANISATION:Sheaf Valley Homes]].

يعرفها كل من في الحي باسم «[[PERSON:أم خالد]]»، واسمها في عقد الإيجار
[[PERSON:فاطمة قاسم الشرعبي]]. هي وزوجها [[PERSON:عبده]] وأولادهما الأربعة عائلة
[[OTHER_SPECIAL:يمنية]] تسكن منذ ٢٠١٥ في البيت الذي فوق [[ADDRESS:بقالة السعيد]]، أي
[[ADDRESS:52A Kettlebridge Crescent]]، [[POSTCODE:S9 3HW]].

منذ صيف ٢٠٢٣ اشتكت [[PERSON:أم خالد]] من الفئران في المطبخ. جاءت شركة
[[ORGANISATION:PestAway Services Ltd]] أربع مرات ووضعت السم وغادرت، ولم يبحث أحد عن مدخل
الفئران. رقم طلب الإصلاح الأخير كان [[REFERENCE:SVH-R-330187]]. رمت العائلة طعاماً كثيراً، وصار
الأطفال يخافون دخول المطبخ.

ما لم نتوقعه: في كانون الثاني ٢٠٢٤ صوّر ابنها [[PERSON:خالد]] ([[AGE:١٤ عاماً]]) فأراً يركض فوق
الموقد ونشره على تيك توك من حسابه [[OTHER_ID:@khalid.s.shf]]. خلال يومين شاهده أكثر من أربعين
ألف شخص، واتصل بي مديري في الصباح الباكر. الدرس المؤلم: لم نتحرك إلا حين أحرجنا الفيديو.

زرت البيت مع المسّاح [[PERSON:غاري]]، فوجدنا فتحة كبيرة خلف خزائن المطبخ عند أنبوب الصرف.
سجّلنا الشكوى برقم [[REFERENCE:SVH-24-1120]] وأعطيت العائلة رقمي المباشر
[[PHONE:٠١١٤ ٤٩٦ ٠٦٥٢]].

كيف أصلحنا الأمر: سُدّت كل الفتحات، واستُبدل المطبخ كله خلال ثلاثة أسابيع، ودفعنا ٤٥٠ جنيهاً
تعويضاً عن الطعام والإزعاج، وفحصنا البيوت المجاورة فوجدنا المشكلة نفسها في بيتين.

ما تغيّر: بعد زيارتين للمكافحة دون نتيجة يجب أن يأتي مسّاح ليبحث عن سبب دخول الفئران. وأقولها
بصراحة: لا أريد أن يحتاج ابن إحدى المستأجرات إلى تيك توك كي نسمع أمه.
"""),
    ),
    (
        "fv2aw-ar-05",
        "ar",
        _s("""
ملف طبي ضائع وسنتان في شقة من غرفتين.
بقلم: [[PERSON:إيمان عثمان]]، موظفة سجل الإسكان في [[ORGANISATION:Calder Riverside Council]].

عائلة السيد [[PERSON:آدم إبراهيم]] عائلة [[OTHER_SPECIAL:سودانية]] حصلت على
[[OTHER_SPECIAL:حق اللجوء]] عام ٢٠٢١، ويعيش أفرادها السبعة في [[ADDRESS:Flat 11, Bramley House]]،
[[POSTCODE:LS13 2EJ]]، وهي شقة من غرفتي نوم. ابنتهم الصغرى [[PERSON:ملاذ]] عمرها
[[AGE:٤ سنوات]] ومصابة بمرض [[HEALTH:فقر الدم المنجلي]]، وتحتاج إلى غرفة دافئة وهادئة بعد كل
نوبة ألم.

رقم العائلة في سجل الإسكان [[REFERENCE:HR-0778214]]. في أيار ٢٠٢٢ أرسلت طبيبة العائلة في
[[ADDRESS:Hollybank Surgery]] رسالة تدعم طلب الأولوية الطبية، لكن الرسالة وصلت إلى صندوق بريد
مشترك ولم تُربط بالملف، فبقيت العائلة في الفئة C سنتين.

كانت السيدة [[PERSON:حواء]]، والدة [[PERSON:ملاذ]]، تتصل بنا على [[PHONE:0113 496 0418]]،
ويكتب زوجها من [[EMAIL:adam.ibrahim.sd@example.org]]، ويسمعان الجواب نفسه: «طلبكم قيد
المراجعة». وزاد الأمر سوءاً أن زميلنا [[PERSON:ستيفن]] طلب منهما مرتين صورة بطاقة الإقامة
([[OTHER_ID:ZU7391046]]) مع أنها في الملف منذ البداية. في شباط ٢٠٢٤ لجأ السيد [[PERSON:آدم]]
إلى أمين مظالم الإسكان، ورقم القضية [[REFERENCE:٢٠٢٤٠٣٣٨٧]].

ما فعلناه: حين راجعتُ الملف وجدت الرسالة الطبية في الصندوق المشترك بتاريخها الأصلي. رفعنا
العائلة إلى الفئة A بأثر رجعي، وعُرض عليهم في حزيران بيت من أربع غرف في
[[ADDRESS:8 Oakwell Gardens]]، ودفعنا ١٢٠٠ جنيه تعويضاً مع اعتذار مكتوب.

ما تغيّر: تُسجَّل الرسائل الطبية الآن يوم وصولها برقم السجل، ولا نطلب وثيقة موجودة في الملف
أصلاً. قالت لي [[PERSON:حواء]] يوم تسلّمت المفاتيح: «أول مرة تنام [[PERSON:ملاذ]] في غرفة
وحدها».
"""),
    ),
    (
        "fv2aw-bn-01",
        "bn",
        _s("""
শিক্ষণীয় কেস: উপরের ফ্ল্যাট থেকে পানি, আর আমাদের সাত মাসের দেরি।
লিখেছেন: [[PERSON:নাসরিন চৌধুরী]], টেন্যান্সি অফিসার, [[ORGANISATION:Limehurst Homes]]।

মিসেস [[PERSON:রহিমা বেগম]] ([[AGE:৫২]]) তাঁর স্বামী [[PERSON:আব্দুল মান্নান]] আর মেয়ে
[[PERSON:তানিয়াকে]] নিয়ে [[ADDRESS:ফ্ল্যাট ১৭, Gaskell House]]-এ থাকেন, পোস্টকোড
[[POSTCODE:E1 4QT]]। ২০২৩ সালের এপ্রিলে উপরের [[ADDRESS:২১ নম্বর ফ্ল্যাট]] থেকে বাথরুমের ছাদ
দিয়ে পানি পড়া শুরু হয়। রিপেয়ার নম্বর [[REFERENCE:LH-447120]] খোলা হয়, কিন্তু ঠিকাদার
[[ORGANISATION:Brightline Plumbing]] তিনবার এসে লিখে যায় যে উপরের ফ্ল্যাটে কেউ দরজা খোলে না।
উপরের ভাড়াটে মিস্টার [[PERSON:জনসন]] তখন হাসপাতালে ছিলেন। আমরা সেটা জানতাম না, কারণ কেউ খোঁজই
নেয়নি।

জুলাই মাসে ভেজা মেঝেতে পিছলে পড়ে [[PERSON:রহিমা]] আপার পা ভাঙে। তাঁর [[HEALTH:ডায়াবেটিস]]
থাকায় সেরে উঠতে অনেক সময় লাগে। সবচেয়ে খারাপ দিক হলো, প্রতিবার ফোনে দোভাষীর কাজ করেছে
[[AGE:১১ বছরের]] [[PERSON:তানিয়া]]। সে [[ADDRESS:রেডমিড প্রাইমারি স্কুল]] থেকে ফিরে মায়ের হয়ে
আমাদের কল সেন্টারের [[PERSON:কেলি]]-র সাথে কথা বলত।

আমি বিষয়টা জানতে পারি সেপ্টেম্বরে, যখন [[PERSON:আব্দুল মান্নান]] ভাই [[PHONE:০৭৭০০ ৯০০৫৮৩]]
নম্বর থেকে আমাকে ফোন করে বললেন, "আপা, আমার মেয়েটা স্কুলের পড়া ফেলে আপনাদের সাথে ঝগড়া
করে।" সেদিনই আনুষ্ঠানিক অভিযোগ নেওয়া হয়, রেফারেন্স [[REFERENCE:LH/CX/2023/0392]]।

যেভাবে ঠিক করা হলো: রিপেয়ার টিমের [[PERSON:জেমস]] জরুরি প্রবেশের অনুমতি নিয়ে উপরের ফ্ল্যাটে
ঢুকে ফাটা পাইপ বদলান, বাথরুমের ছাদ নতুন করে বানানো হয়, আর পরিবারকে ৯৫০ পাউন্ড ক্ষতিপূরণ ও
বাংলায় লেখা ক্ষমাপত্র দেওয়া হয়।

কী বদলেছে: এখন কোনো শিশুকে দোভাষী হিসেবে ব্যবহার করা নিষেধ; প্রথম কলেই টেলিফোন দোভাষী ডাকা
হয়। আর তিনবার "নো অ্যাকসেস" হলে একজন অফিসারকে নিজে গিয়ে খোঁজ নিতে হয়।
"""),
    ),
    (
        "fv2aw-bn-02",
        "bn",
        _s("""
কেস রিভিউ: শীতের মধ্যে তিন সপ্তাহ হিটিং ছাড়া।
লিখেছেন: [[PERSON:সাইফুল ইসলাম]], কমপ্লেইন্টস ম্যানেজার, [[ORGANISATION:Bethnal Vale Housing]]।

হাজী [[PERSON:আব্দুল মালিক]], পাড়ার সবাই যাঁকে "[[PERSON:মালিক]] চাচা" বলে ডাকে,
[[ADDRESS:বায়তুল আমান মসজিদ]]-এর পাশের বাড়ি [[ADDRESS:48 Cressfield Road]],
[[POSTCODE:e2 0lj]]-তে একা থাকেন। জন্ম তারিখ [[DATE_OF_BIRTH:১৫ জানুয়ারি ১৯৪৬]], বয়স
[[AGE:৭৮ বছর]]। তাঁর [[HEALTH:হৃদরোগ]] আছে, আর ডাক্তার বলেছেন ঘর গরম রাখা খুব জরুরি।

২০২৩-এর ডিসেম্বরে তাঁর বয়লার তিনবার বন্ধ হয়ে যায়। জব নম্বর [[REFERENCE:১১৮৩৪৫]]। ঠিকাদার
[[ORGANISATION:Heatwise Services]] দুবার "নো অ্যাকসেস" লিখে চলে যায়, দুবারই শুক্রবার দুপুরে,
যখন তিনি মসজিদে ছিলেন। কেউ আগে ফোন করেনি।

তাঁর নাতি [[PERSON:রায়হান]] [[EMAIL:rayhan.malik@example.co.uk]] থেকে ইমেইল করে লেখে: "দাদা
কম্বল মুড়ি দিয়ে বসে থাকেন, ওনার বুকে ব্যথা হচ্ছে। আপনারা কি একবার ফোনও করতে পারেন না?"
অভিযোগের রেফারেন্স [[REFERENCE:BVH-CMP-23-0987]]।

প্রথম ধাপের উত্তরে আমাদের টিম লিখেছিল যে বাসিন্দা "অ্যাপয়েন্টমেন্টে উপস্থিত ছিলেন না", যেন
দোষটা [[PERSON:মালিক]] চাচারই। দ্বিতীয় ধাপে আমি নিজে ফাইল দেখি এবং বুঝি যে কেউ তাঁকে আগে
জানায়নি।

যেভাবে ঠিক করা হলো: সেদিনই দুটো তেলের হিটার পাঠানো হয়, ২৪ ঘণ্টার মধ্যে নতুন বয়লার বসানো হয়,
বিদ্যুৎ বিলের জন্য ২০০ পাউন্ড আর ভোগান্তির জন্য ৫০০ পাউন্ড দেওয়া হয়। আমি
[[PERSON:রায়হানের]] সাথে গিয়ে চাচার কাছে নিজে ক্ষমা চাই।

কী বদলেছে: এখন "নো অ্যাকসেস" লেখার আগে ঠিকাদারকে বাসিন্দাকে ফোন করতে হয়, আর ৭৫ বছরের বেশি
বয়সী একা থাকা বাসিন্দাদের হিটিং সবসময় জরুরি কাজ। প্রতিটি চিঠিতে এখন দায়িত্বপ্রাপ্ত অফিসারের
সরাসরি নম্বর থাকে, যেমন আমার [[PHONE:০২০ ৭৯৪৬ ০৪৪১]]।
"""),
    ),
    (
        "fv2aw-bn-03",
        "bn",
        _s("""
দোভাষী ছাড়া একটি সই, আর দেড় বছরের দেরি।
লেখক: [[PERSON:মাহফুজা খানম]], অ্যাডাপটেশন কোঅর্ডিনেটর, [[ORGANISATION:Eastmarsh Borough Council]]।

মিসেস [[PERSON:শাহানা আক্তার]] আর তাঁর স্বামী [[PERSON:জুবায়ের আহমেদ]] থাকেন
[[ADDRESS:62 Parnell Road]], [[POSTCODE:E15 3BX]]-এ। তাঁদের [[AGE:১৪ বছর]] বয়সী ছেলে
[[PERSON:ইমরান]] [[HEALTH:সেরিব্রাল পালসি]]-তে আক্রান্ত, হুইলচেয়ার ব্যবহার করে, আর বাড়ির
বাথরুম দোতলায়।

২০২২ সালের নভেম্বরে আমাদের ওটি [[PERSON:লুসি]] নিচতলায় একটি শোবার ঘর আর ওয়েট রুম বানানোর
সুপারিশ করেন। এরপর পরিবারের কাছে ইংরেজিতে একটি ফর্ম যায়। মিসেস [[PERSON:শাহানা]] ভেবেছিলেন
এটা গ্র্যাব রেলের ফর্ম, আসলে সেটা ছিল এক্সটেনশন বাতিলের সম্মতিপত্র। তিনি সই করেন, আর কেসটি
বন্ধ হয়ে যায়। কেউ ফোন করে যাচাই করেনি।

পরের দেড় বছর [[PERSON:জুবায়ের]] প্রতিদিন ছেলেকে কোলে করে সিঁড়ি দিয়ে ওঠানামা করেছেন, যতদিন না
তাঁর পিঠে চোট লাগে। [[ADDRESS:ব্রেফোর্ড হেলথ সেন্টার]]-এর ডাক্তারের চিঠি, যাতে
[[PERSON:ইমরানের]] এনএইচএস নম্বর [[OTHER_ID:628 194 8211]] লেখা ছিল, আমাদের শেয়ার্ড
ইনবক্সে পড়ে ছিল। [[PERSON:জুবায়ের]] ভাই [[PHONE:07700 900 157]] থেকে বারবার ফোন করে শেষে
অভিযোগ করেন, রেফারেন্স [[REFERENCE:EBC/ADP/23/114]]। কেসটি পরে হাউজিং ওমবাডসম্যানের কাছে যায়
([[REFERENCE:202312906]])।

যেভাবে ঠিক করা হলো: আমরা পুরোনো সুপারিশ আবার চালু করি, [[ORGANISATION:AccessWorks Ltd]]
২০২৪ সালের মে মাসে এক্সটেনশন শেষ করে। পরিবারকে ২,০০০ পাউন্ড ক্ষতিপূরণ দেওয়া হয়, আর
[[PERSON:জুবায়েরের]] ফিজিওথেরাপির খরচও আমরা দিই।

কী বদলেছে: কোনো সম্মতিপত্র বা বাতিলের ফর্ম এখন দোভাষীর সাহায্যে ফোনে বুঝিয়ে না বলে পাঠানো হয়
না। আর শেয়ার্ড ইনবক্সে আসা প্রতিটি ডাক্তারি চিঠি দুই কর্মদিবসের মধ্যে নির্দিষ্ট ফাইলে তুলতে
হয়।
"""),
    ),
    (
        "fv2aw-bn-04",
        "bn",
        _s("""
বিদ্বেষকে "পার্কিং নিয়ে ঝগড়া" বলার ভুল।
লেখক: [[PERSON:রুবিনা হক]], এএসবি টিম লিডার, [[ORGANISATION:Bow Common Housing Co-operative]]।

[[PERSON:মোহাম্মদ সেলিম উদ্দিন]] ([[AGE:৪৪]]) পেশায় ট্যাক্সিচালক। স্ত্রী [[PERSON:সুমি]] আর
[[AGE:৮ বছরের]] ছেলে [[PERSON:আরিয়ান]]-সহ তিনি [[ADDRESS:Fairfoot Estate]]-এর
[[ADDRESS:ফ্ল্যাট ৩২]]-এ থাকেন। ২০২৩ সালের শেষ দিকে পাশের ব্লকের এক বাসিন্দা, এস্টেটে যাকে
সবাই "[[PERSON:বিগ স্টিভ]]" নামে চেনে, [[PERSON:সেলিম]] ভাইয়ের গাড়ি [[OTHER_ID:LB68 TXD]]-এ
চাবি দিয়ে আঁচড় কাটে, আর পরিবারটি [[OTHER_SPECIAL:বাংলাদেশি]] বলে তাদের দরজায় গালি লিখে দেয়।
তার আসল নাম [[PERSON:স্টিভেন মার্শ]]; সে ইনস্টাগ্রামে [[OTHER_ID:@stevemarsh_e3]] অ্যাকাউন্ট
থেকে [[PERSON:সুমি]] ভাবির ছবি পোস্ট করে।

কী ভুল হয়েছিল: কেস খোলা হয় এএসবি রেফারেন্স [[REFERENCE:ASB-2023-0451]] নম্বরে। আমাদের অফিসার
[[PERSON:ডেভিড]] এটিকে পার্কিং বিরোধ হিসেবে দেখেন, কারণ [[PERSON:স্টিভেন]] আগেই ট্যাক্সি পার্ক
করা নিয়ে অভিযোগ করেছিল। পুলিশের ক্রাইম রেফারেন্স [[REFERENCE:4401827/23]] ফাইলে থাকলেও কেউ
সেটা খুলে দেখেনি। এর মধ্যে [[PERSON:আরিয়ান]] [[ADDRESS:Roman Fields Primary School]]-এ যেতে
ভয় পেতে শুরু করে।

[[PERSON:সেলিম]] ভাই [[PHONE:০৭৭০০ ৯০০ ৭৭২]] থেকে আমাকে ফোন করে বলেন, "আপা, আমি বিশ বছর এই
দেশে গাড়ি চালাই। আমার ছেলে এখন জানালার পাশে বসতে ভয় পায়।" এরপরই আনুষ্ঠানিক অভিযোগ হয়।

যেভাবে ঠিক করা হলো: কেসটিকে ঘৃণাজনিত ঘটনা হিসেবে আবার খোলা হয়, সিসিটিভি বসানো হয়, পুলিশের
সাথে যৌথ ভিজিট হয়, আর [[PERSON:স্টিভেন মার্শের]] বিরুদ্ধে আদালত থেকে নিষেধাজ্ঞা নেওয়া হয়।
গাড়ি মেরামতের ৬৮০ পাউন্ড আমরা দিই এবং লিখিতভাবে ক্ষমা চাই।

কী বদলেছে: জাতি বা ধর্মের উল্লেখ থাকলে এখন প্রতিটি রিপোর্ট প্রথমেই ঘৃণাজনিত ঘটনা হিসেবে দেখা
হয়, আর পুলিশের রেফারেন্স থাকলে টিম লিডার নিজে কেসটি পড়েন।
"""),
    ),
    (
        "fv2aw-bn-05",
        "bn",
        _s("""
ভুল অ্যাকাউন্টে টাকা, আর একটি ভুল নোটিশ।
লেখক: [[PERSON:তাহমিনা রহমান]], ইনকাম টিম ম্যানেজার, [[ORGANISATION:Riverside Quay Housing]]।

মিসেস [[PERSON:ফারহানা ইসলাম]] ([[AGE:৩১]]) তাঁর স্বামী [[PERSON:শফিকুল ইসলাম]]
("[[PERSON:শফিক]]") আর [[AGE:৩ বছরের]] মেয়ে [[PERSON:জারাকে]] নিয়ে [[ADDRESS:Ashcombe Court]]-এর
[[ADDRESS:ফ্ল্যাট নম্বর ৩]]-এ থাকেন। টেন্যান্সি রেফারেন্স [[REFERENCE:T/0091734/02]]। তাঁরা
কোনো বেনিফিট নেন না; [[PERSON:শফিক]] সাহেবের ভিসা [[OTHER_SPECIAL:স্পাউস ভিসা]], তাই
সরকারি সাহায্য নেওয়ার প্রশ্নই ছিল না।

কী ভুল হয়েছিল: [[PERSON:ফারহানা]] আপা প্রতি মাসে নিজের অ্যাকাউন্ট থেকে স্ট্যান্ডিং অর্ডারে ভাড়া দেন, সর্ট
কোড [[OTHER_ID:20-45-77]], অ্যাকাউন্ট নম্বর [[OTHER_ID:53019284]]। ২০২৪ সালের জানুয়ারিতে আমাদের
সিস্টেম বদলের সময় তাঁর টাকা চলে যেতে থাকে আরেকজনের অ্যাকাউন্টে,
[[REFERENCE:T/0091743/02]]। তিন মাসে ১,৬৪০ পাউন্ড "বকেয়া" দেখা যায়, আর ২ এপ্রিল তাঁর কাছে
উচ্ছেদের নোটিশ যায়।

মিসেস [[PERSON:ইসলাম]] [[PHONE:+৪৪ ৭৭০০ ৯০০৯২৩]] থেকে ফোন করেন এবং
[[EMAIL:farhana.islam@example.com]] থেকে ব্যাংক স্টেটমেন্ট পাঠান। আমাদের অফিসার [[PERSON:পল]]
উত্তর দেন, "ইউনিভার্সাল ক্রেডিটের সাথে যোগাযোগ করুন", অথচ তাঁরা ইউসি পানই না। [[PERSON:শফিক]] সাহেব
ভয় পেয়ে যান যে এর প্রভাব তাঁর ভিসা নবায়নে পড়বে। অভিযোগ রেফারেন্স
[[REFERENCE:RQH-C-24-0311]]।

যেভাবে ঠিক করা হলো: আমি নিজে স্টেটমেন্ট মিলিয়ে দশ মিনিটে ভুলটা পাই। সব পেমেন্ট সঠিক
অ্যাকাউন্টে ফেরত আনা হয়, নোটিশ লিখিতভাবে প্রত্যাহার করা হয়, ক্রেডিট এজেন্সির জন্য একটি চিঠি
দেওয়া হয়, আর ৩০০ পাউন্ড ক্ষতিপূরণ দেওয়া হয়। [[PERSON:পল]] নিজে ফোন করে ক্ষমা চান।

কী বদলেছে: উচ্ছেদের কোনো নোটিশ এখন গত ছয় মাসের পেমেন্ট হাতে মিলিয়ে দেখা ছাড়া পাঠানো যায় না,
আর ভাড়াটে ব্যাংক স্টেটমেন্ট পাঠালে সেদিনই তা যাচাই করা হয়।
"""),
    ),
    (
        "fv2aw-pa-01",
        "pa",
        _s("""
ਸਿੱਖਣ ਵਾਲਾ ਕੇਸ: ਨੌਂ ਮਹੀਨੇ ਨਹਾਉਣ ਦੀ ਸਹੂਲਤ ਤੋਂ ਬਿਨਾਂ।
ਲੇਖਕ: [[PERSON:ਹਰਜੀਤ ਸਿੰਘ ਢਿੱਲੋਂ]], ਸੀਨੀਅਰ ਹਾਊਸਿੰਗ ਅਫ਼ਸਰ, [[ORGANISATION:Tamebridge Homes]]।

ਬੀਬੀ [[PERSON:ਸੁਰਿੰਦਰ ਕੌਰ]] ਦੀ ਉਮਰ [[AGE:82 ਸਾਲ]] ਹੈ (ਜਨਮ ਮਿਤੀ [[DATE_OF_BIRTH:੧੪ ਅਪ੍ਰੈਲ ੧੯੪੨]])।
ਉਹ [[ADDRESS:19 Tennyson Road]], [[POSTCODE:wv4 6pn]] ਵਿੱਚ ਇਕੱਲੇ ਰਹਿੰਦੇ ਹਨ ਅਤੇ ਹਰ ਸਵੇਰ
[[ADDRESS:ਗੁਰਦੁਆਰਾ ਨਾਨਕਸਰ ਦਰਬਾਰ]] ਜਾਂਦੇ ਹਨ। ਉਨ੍ਹਾਂ ਨੂੰ [[HEALTH:ਪਾਰਕਿੰਸਨ]] ਹੈ ਅਤੇ ਬਾਥ ਵਿੱਚ ਵੜਨਾ
ਹੁਣ ਉਨ੍ਹਾਂ ਲਈ ਮੁਮਕਿਨ ਨਹੀਂ।

ਮਾਰਚ ੨੦੨੩ ਵਿੱਚ ਓਟੀ [[PERSON:ਸਾਰਾ]] ਨੇ ਵਾਕ-ਇਨ ਸ਼ਾਵਰ ਦੀ ਸਿਫ਼ਾਰਸ਼ ਕੀਤੀ। ਫ਼ਾਈਲ ਸਾਡੇ ਕੋਲ ਆਈ ਅਤੇ ਛੇ
ਮਹੀਨੇ ਕੁਝ ਨਹੀਂ ਹੋਇਆ, ਕਿਉਂਕਿ ਕੰਮ ਦਾ ਨੰਬਰ [[REFERENCE:TBH-AD-02291]] ਗ਼ਲਤ ਟੀਮ ਦੀ ਲਿਸਟ ਵਿੱਚ ਪਿਆ
ਰਿਹਾ। ਠੇਕੇਦਾਰ [[ORGANISATION:Midland Bathing Solutions]] ਨੇ ਅਕਤੂਬਰ ਵਿੱਚ ਬਾਥ ਕੱਢ ਦਿੱਤਾ, ਪਰ
ਸ਼ਾਵਰ ਦੀ ਟ੍ਰੇ ਗ਼ਲਤ ਸਾਈਜ਼ ਦੀ ਆਈ ਅਤੇ ਕੰਮ ਫਿਰ ਰੁਕ ਗਿਆ।

ਬੀਬੀ ਜੀ ਦਾ ਪੁੱਤਰ [[PERSON:ਜਸਵਿੰਦਰ ਸਿੰਘ]], ਜਿਸ ਨੂੰ ਸਾਰੇ [[PERSON:ਜੱਸ]] ਕਹਿੰਦੇ ਹਨ, ਹਰ ਦੂਜੇ ਦਿਨ ਮਾਂ ਨੂੰ
ਨਹਾਉਣ ਲਈ ਆਪਣੇ ਘਰ ਲੈ ਕੇ ਜਾਂਦਾ ਸੀ। [[PERSON:ਜੱਸ]] ਨੇ ਆਪਣੇ ਨੰਬਰ [[PHONE:੦੭੭੦੦ ੯੦੦੪੨੬]] ਤੋਂ
ਕਈ ਵਾਰ ਫ਼ੋਨ ਕੀਤਾ ਅਤੇ ਅਖ਼ੀਰ ਵਿੱਚ ਲਿਖਿਆ: "ਮੇਰੀ ਮਾਂ ਨੇ ਸਾਰੀ ਉਮਰ ਕਿਰਾਇਆ ਵੇਲੇ ਸਿਰ ਦਿੱਤਾ, ਤੇ ਤੁਸੀਂ
ਉਹਨੂੰ ਨਹਾਉਣ ਜੋਗਾ ਵੀ ਨਹੀਂ ਛੱਡਿਆ।" ਸ਼ਿਕਾਇਤ ਦਾ ਨੰਬਰ [[REFERENCE:CMP-4471]] ਸੀ।

ਕਿਵੇਂ ਠੀਕ ਕੀਤਾ: ਮੈਂ ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ ਕੇਸ ਆਪ ਲਿਆ, [[PERSON:ਸਾਰਾ]] ਨਾਲ ਘਰ ਗਿਆ, ਅਤੇ ਦਸ ਦਿਨਾਂ
ਵਿੱਚ ਸ਼ਾਵਰ ਲੱਗ ਗਿਆ। ਬੀਬੀ ਜੀ ਨੂੰ ੧,੧੦੦ ਪੌਂਡ ਮੁਆਵਜ਼ਾ ਅਤੇ ਪੰਜਾਬੀ ਵਿੱਚ ਲਿਖੀ ਮੁਆਫ਼ੀ ਦੀ ਚਿੱਠੀ ਮਿਲੀ।

ਕੀ ਬਦਲਿਆ: ਹੁਣ ਹਰ ਅਡੈਪਟੇਸ਼ਨ ਦਾ ਇੱਕ ਨਾਮ ਵਾਲਾ ਅਫ਼ਸਰ ਹੁੰਦਾ ਹੈ, ਅਤੇ ਬਾਥ ਉਦੋਂ ਤੱਕ ਨਹੀਂ ਕੱਢਿਆ ਜਾਂਦਾ
ਜਦੋਂ ਤੱਕ ਸਾਰਾ ਸਮਾਨ ਸਾਈਟ 'ਤੇ ਨਾ ਪਹੁੰਚ ਜਾਵੇ।
"""),
    ),
    (
        "fv2aw-pa-02",
        "pa",
        _s("""
ਵਿਸ਼ਾ: ਉੱਲੀ, ਇੱਕ ਛੋਟੀ ਬੱਚੀ, ਅਤੇ "ਕੱਪੜੇ ਅੰਦਰ ਨਾ ਸੁਕਾਓ"।
ਲੇਖਕ: [[PERSON:ਅਮਨਦੀਪ ਕੌਰ ਜੌਹਲ]], ਕਮਿਊਨਿਟੀ ਐਂਗੇਜਮੈਂਟ ਮੈਨੇਜਰ, [[ORGANISATION:Brookfield Community Homes]]।

[[PERSON:ਮਨਪ੍ਰੀਤ ਸਿੰਘ ਬਰਾੜ]] ਅਤੇ ਉਸਦੀ ਪਤਨੀ [[PERSON:ਗਗਨਦੀਪ ਕੌਰ]] ਆਪਣੀ [[AGE:੧੮ ਮਹੀਨਿਆਂ]] ਦੀ
ਧੀ [[PERSON:ਨਿਮਰਤ]] ਨਾਲ [[ADDRESS:ਫ਼ਲੈਟ 4, Hawthorn House]], [[POSTCODE:B21 9RT]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ।
੨੦੨੩ ਦੀਆਂ ਸਰਦੀਆਂ ਵਿੱਚ ਬੱਚੀ ਦੇ ਕਮਰੇ ਦੀ ਕੰਧ ਕਾਲੀ ਹੋ ਗਈ ਅਤੇ [[PERSON:ਨਿਮਰਤ]] ਨੂੰ ਦੋ ਵਾਰ
[[HEALTH:ਬ੍ਰੌਂਕਾਈਟਿਸ]] ਹੋਇਆ।

ਪਹਿਲੀ ਵਾਰ ਸਾਡੇ ਸਰਵੇਅਰ [[PERSON:ਸਟੀਵ]] ਆਏ ਤਾਂ ਉਨ੍ਹਾਂ ਨੇ ਲਿਖ ਦਿੱਤਾ: "ਜੀਵਨ-ਸ਼ੈਲੀ ਕਾਰਨ ਨਮੀ,
ਪਰਿਵਾਰ ਕੱਪੜੇ ਅੰਦਰ ਸੁਕਾਉਂਦਾ ਹੈ"। ਅਸਲ ਵਿੱਚ ਬਾਹਰਲੀ ਕੰਧ ਵਿੱਚ ਤਰੇੜ ਸੀ ਅਤੇ ਛੱਤ ਦਾ ਪਾਣੀ ਅੰਦਰ ਆ
ਰਿਹਾ ਸੀ। [[PERSON:ਗਗਨ]] ਨੇ [[EMAIL:gagan.brar@example.com]] ਤੋਂ ਫ਼ੋਟੋਆਂ ਭੇਜੀਆਂ; ਉਹ ਈਮੇਲ ਤਿੰਨ
ਹਫ਼ਤੇ ਕਿਸੇ ਨੇ ਨਹੀਂ ਖੋਲ੍ਹੀ।

ਫਿਰ ਉਸਨੇ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਨੰਬਰ [[REFERENCE:BCH-ST1-2291]]। ਕਾਲ ਦੇ ਨੋਟ ਵਿੱਚ ਉਸਦਾ ਨੰਬਰ ਇਉਂ ਲਿਖਿਆ
ਹੈ: "[[PHONE:ਜ਼ੀਰੋ ਇੱਕ ਦੋ ਇੱਕ, ਚਾਰ ਨੌਂ ਛੇ, ਜ਼ੀਰੋ ਸੱਤ ਅੱਠ ਤਿੰਨ]]", ਕਿਉਂਕਿ ਕਾਲ ਹੈਂਡਲਰ ਨੇ ਉਹੀ ਲਿਖਿਆ ਜੋ ਸੁਣਿਆ।
ਪਹਿਲੇ ਪੜਾਅ ਦਾ ਜਵਾਬ ਵੀ [[PERSON:ਸਟੀਵ]] ਦੀ ਰਿਪੋਰਟ 'ਤੇ ਹੀ ਟਿਕਿਆ ਰਿਹਾ।

ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ ਸ਼ਿਕਾਇਤ ਟੀਮ ਦੀ [[PERSON:ਰੇਚਲ ਓਕੋਨਕਵੋ]] ਨੇ ਇੱਕ ਆਜ਼ਾਦ ਸਰਵੇਅਰ ਭੇਜਿਆ। ਕੰਧ ਦੀ
ਮੁਰੰਮਤ ਹੋਈ, ਕਮਰੇ ਵਿੱਚ ਪੱਖਾ ਲੱਗਿਆ, ਅਤੇ ਪਰਿਵਾਰ ਨੂੰ ੮੦੦ ਪੌਂਡ ਮਿਲੇ। [[PERSON:ਮਨਪ੍ਰੀਤ]] ਨੇ ਮੈਨੂੰ
ਕਿਹਾ, "ਸਾਨੂੰ ਪੈਸੇ ਨਹੀਂ ਚਾਹੀਦੇ ਸਨ, ਬੱਸ ਇਹ ਮੰਨਣਾ ਚਾਹੀਦਾ ਸੀ ਕਿ ਕਸੂਰ ਸਾਡਾ ਨਹੀਂ।"

ਕੀ ਬਦਲਿਆ: "ਜੀਵਨ-ਸ਼ੈਲੀ" ਸ਼ਬਦ ਹੁਣ ਸਾਡੀਆਂ ਰਿਪੋਰਟਾਂ ਵਿੱਚ ਨਹੀਂ ਲਿਖਿਆ ਜਾ ਸਕਦਾ। ਜਿਸ ਘਰ ਵਿੱਚ ਦੋ ਸਾਲ
ਤੋਂ ਛੋਟਾ ਬੱਚਾ ਹੋਵੇ, ਉੱਥੇ ਉੱਲੀ ਦੀ ਹਰ ਰਿਪੋਰਟ 'ਤੇ ਦਸ ਦਿਨਾਂ ਵਿੱਚ ਸਰਵੇਅਰ ਜਾਂਦਾ ਹੈ, ਅਤੇ ਸਾਂਝੇ
ਇਨਬਾਕਸ ਦੀ ਹਰ ਈਮੇਲ ਦਾ ਜਵਾਬ ਦੋ ਦਿਨਾਂ ਵਿੱਚ ਦਿੱਤਾ ਜਾਂਦਾ ਹੈ।
"""),
    ),
    (
        "fv2aw-pa-03",
        "pa",
        _s("""
ਇੱਕ ਕੇਸ ਜਿਸ ਤੋਂ ਮੈਂ ਸ਼ਰਮਿੰਦਾ ਹਾਂ।
ਲੇਖਕ: [[PERSON:ਰਵਿੰਦਰ ਕੌਰ ਬੈਂਸ]], ਸ਼ਿਕਾਇਤਾਂ ਦੀ ਮੈਨੇਜਰ, [[ORGANISATION:Westbrook Housing Partnership]]।

ਸਰਦਾਰ [[PERSON:ਕੁਲਦੀਪ ਸਿੰਘ ਸੰਘਾ]] [[AGE:67 ਸਾਲ]] ਦੇ ਹਨ, ਰਿਟਾਇਰਡ ਬੱਸ ਡਰਾਈਵਰ ਹਨ, ਅਤੇ ਸਾਊਥਾਲ
ਵਿੱਚ [[ADDRESS:ਗੁਰੂ ਤੇਗ ਬਹਾਦਰ ਗੁਰਦੁਆਰਾ]] ਦੇ ਬਿਲਕੁਲ ਸਾਹਮਣੇ [[ADDRESS:ਮਕਾਨ ਨੰਬਰ 27]] ਵਿੱਚ ਰਹਿੰਦੇ
ਹਨ। ਇੱਕ [[OTHER_SPECIAL:ਸਿੱਖ]] ਹੋਣ ਦੇ ਨਾਤੇ ਉਹ ਦਸਤਾਰ ਸਜਾਉਂਦੇ ਹਨ ਅਤੇ ਕਿਰਪਾਨ ਪਹਿਨਦੇ ਹਨ। ਫ਼ਰਵਰੀ
੨੦੨੪ ਵਿੱਚ ਰਸੋਈ ਦਾ ਨਲ ਠੀਕ ਕਰਨ ਲਈ [[ORGANISATION:Fixright Property Maintenance]] ਦਾ ਕਾਰੀਗਰ
[[PERSON:ਗੈਰੀ]] ਆਇਆ।

[[PERSON:ਕੁਲਦੀਪ]] ਜੀ ਦੇ ਦੱਸਣ ਮੁਤਾਬਕ [[PERSON:ਗੈਰੀ]] ਨੇ ਦਸਤਾਰ ਬਾਰੇ ਮਜ਼ਾਕ ਕੀਤਾ, ਕਿਰਪਾਨ ਨੂੰ "ਚਾਕੂ"
ਕਹਿ ਕੇ ਕੰਮ ਕਰਨ ਤੋਂ ਇਨਕਾਰ ਕਰ ਦਿੱਤਾ, ਅਤੇ ਜਾਂਦੇ-ਜਾਂਦੇ ਕੁਝ ਅਜਿਹਾ ਕਿਹਾ ਜੋ ਮੈਂ ਇੱਥੇ ਨਹੀਂ ਲਿਖਾਂਗੀ।
ਉਨ੍ਹਾਂ ਦੇ ਭਤੀਜੇ [[PERSON:ਹਰਪ੍ਰੀਤ]], ਜਿਸਨੂੰ ਸਾਰੇ "[[PERSON:ਹੈਰੀ]]" ਕਹਿੰਦੇ ਹਨ, ਨੇ ਦਰਵਾਜ਼ੇ ਦੀ ਘੰਟੀ ਵਾਲੇ
ਕੈਮਰੇ ਦੀ ਵੀਡੀਓ ਆਪਣੇ ਇੰਸਟਾਗ੍ਰਾਮ [[OTHER_ID:@harry.sangha.ldn]] 'ਤੇ ਪਾ ਦਿੱਤੀ, ਜਿਸ ਵਿੱਚ ਵੈਨ ਦੀ ਨੰਬਰ
ਪਲੇਟ [[OTHER_ID:YK21 BVF]] ਵੀ ਸਾਫ਼ ਦਿਸਦੀ ਸੀ।

ਸਾਡੀ ਗ਼ਲਤੀ: ਪਹਿਲੇ ਪੜਾਅ ਵਿੱਚ ਅਸੀਂ ਸਿਰਫ਼ ਠੇਕੇਦਾਰ ਦਾ ਪੱਖ ਸੁਣਿਆ ਅਤੇ ਲਿਖ ਦਿੱਤਾ ਕਿ "ਗੱਲਬਾਤ ਵਿੱਚ
ਗ਼ਲਤਫ਼ਹਿਮੀ ਹੋਈ"। ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:CMP/2024/0588]] ਸੀ। [[PERSON:ਕੁਲਦੀਪ]] ਜੀ ਨੇ ਘਰ ਦੇ
ਨੰਬਰ [[PHONE:020 7946 0815]] ਤੋਂ ਮੈਨੂੰ ਫ਼ੋਨ ਕਰਕੇ ਕਿਹਾ: "ਬੀਬਾ, ਮੈਂ ਤੀਹ ਸਾਲ ਇਸ ਮੁਲਕ ਦੀਆਂ ਸੜਕਾਂ
'ਤੇ ਬੱਸ ਚਲਾਈ ਹੈ। ਮੈਨੂੰ ਕੋਈ ਨਹੀਂ ਦੱਸੇਗਾ ਕਿ ਮੇਰੀ ਪੱਗ ਇੱਕ ਗ਼ਲਤਫ਼ਹਿਮੀ ਹੈ।" ਮਾਮਲਾ ਹਾਊਸਿੰਗ
ਓਮਬਡਸਮੈਨ ਕੋਲ ਵੀ ਪਹੁੰਚਿਆ ([[REFERENCE:202405219]])।

ਕਿਵੇਂ ਠੀਕ ਕੀਤਾ: ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ ਮੈਂ ਵੀਡੀਓ ਦੇਖੀ ਅਤੇ ਸ਼ਿਕਾਇਤ ਪੂਰੀ ਤਰ੍ਹਾਂ ਮੰਨ ਲਈ। [[PERSON:ਗੈਰੀ]] ਨੂੰ
ਸਾਡੇ ਕੰਮਾਂ ਤੋਂ ਹਟਾ ਦਿੱਤਾ ਗਿਆ, ਨਲ ਅਗਲੇ ਦਿਨ ਠੀਕ ਹੋਇਆ, ਅਤੇ ਸਾਡੇ ਚੀਫ਼ ਐਗਜ਼ੈਕਟਿਵ ਨੇ ਖ਼ੁਦ ਘਰ ਜਾ ਕੇ
ਮੁਆਫ਼ੀ ਮੰਗੀ। ੫੦੦ ਪੌਂਡ ਮੁਆਵਜ਼ਾ ਦਿੱਤਾ ਗਿਆ।

ਕੀ ਬਦਲਿਆ: [[ORGANISATION:Fixright Property Maintenance]] ਸਮੇਤ ਸਾਰੇ ਠੇਕੇਦਾਰਾਂ ਦੇ ਕਾਰੀਗਰਾਂ ਲਈ
ਧਾਰਮਿਕ ਚਿੰਨ੍ਹਾਂ ਬਾਰੇ ਟ੍ਰੇਨਿੰਗ ਲਾਜ਼ਮੀ ਹੈ, ਅਤੇ ਭੇਦਭਾਵ ਦੀ ਹਰ ਸ਼ਿਕਾਇਤ ਸਿੱਧੀ ਮੈਨੇਜਰ ਕੋਲ ਜਾਂਦੀ ਹੈ।
ਅਸੀਂ ਇਹ ਵੀ ਸਿੱਖਿਆ ਕਿ "ਗ਼ਲਤਫ਼ਹਿਮੀ" ਲਿਖਣਾ ਸੌਖਾ ਹੈ, ਪਰ ਉਹ ਅਕਸਰ ਸੱਚ ਨਹੀਂ ਹੁੰਦਾ।
"""),
    ),
    (
        "fv2aw-pa-04",
        "pa",
        _s("""
ਵਿਸ਼ਾ: ਭੀੜ ਵਾਲਾ ਘਰ, [[HEALTH:ਮਿਰਗੀ]], ਅਤੇ ਇੱਕ ਬੰਕ ਬੈੱਡ।
ਲੇਖਕ: [[PERSON:ਨਵਨੀਤ ਗਰੇਵਾਲ]], ਹਾਊਸਿੰਗ ਆਪਸ਼ਨਜ਼ ਟੀਮ ਲੀਡਰ, [[ORGANISATION:Soar Valley City Council]]।

[[PERSON:ਬਲਜੀਤ ਸਿੰਘ]] ਅਤੇ [[PERSON:ਰਾਜਵਿੰਦਰ ਕੌਰ]] ਆਪਣੇ ਚਾਰ ਬੱਚਿਆਂ ਅਤੇ [[PERSON:ਬਲਜੀਤ]] ਦੀ ਮਾਂ
ਨਾਲ [[ADDRESS:43 Birchfield Lane]], [[POSTCODE:LE4 7GS]] ਦੇ ਦੋ ਕਮਰਿਆਂ ਵਾਲੇ ਘਰ ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ।
ਉਨ੍ਹਾਂ ਦੀ ਧੀ [[PERSON:ਸਿਮਰਨ]], [[AGE:੯ ਸਾਲਾਂ]] ਦੀ, ਨੂੰ [[HEALTH:ਮਿਰਗੀ]] ਹੈ ਅਤੇ ਉਹ
[[ADDRESS:Heathfield Primary School]] ਵਿੱਚ ਪੜ੍ਹਦੀ ਹੈ। ਹਾਊਸਿੰਗ ਰਜਿਸਟਰ ਨੰਬਰ [[REFERENCE:HR/55820]]।

ਜੂਨ ੨੦੨੩ ਵਿੱਚ [[PERSON:ਸਿਮਰਨ]] ਨੂੰ ਰਾਤ ਨੂੰ ਦੌਰਾ ਪਿਆ ਅਤੇ ਉਹ ਬੰਕ ਬੈੱਡ ਦੇ ਉੱਪਰਲੇ ਹਿੱਸੇ ਤੋਂ ਡਿੱਗ ਪਈ।
ਹਸਪਤਾਲ ਦੇ ਡਾਕਟਰ ਨੇ ਮੈਡੀਕਲ ਤਰਜੀਹ ਲਈ ਚਿੱਠੀ ਲਿਖੀ, ਜਿਸ ਵਿੱਚ ਉਸਦਾ NHS ਨੰਬਰ
[[OTHER_ID:993 518 1901]] ਵੀ ਸੀ। [[PERSON:ਰਾਜ]] ਨੇ ਉਹ ਚਿੱਠੀ ਜੁਲਾਈ ਵਿੱਚ ਜਮ੍ਹਾਂ ਕਰਵਾਈ।

ਸਾਡੀ ਗ਼ਲਤੀ: ਸਾਡੀ ਮੈਡੀਕਲ ਟੀਮ ਨੇ ਅਰਜ਼ੀ ਇਹ ਕਹਿ ਕੇ ਰੱਦ ਕਰ ਦਿੱਤੀ ਕਿ "ਬਿਨੈਕਾਰ ਖ਼ੁਦ ਬੀਮਾਰ ਨਹੀਂ"।
ਸਿਸਟਮ ਸਿਰਫ਼ ਮੁੱਖ ਬਿਨੈਕਾਰ ਦੀ ਸਿਹਤ ਦੇਖਦਾ ਸੀ, ਬੱਚਿਆਂ ਦੀ ਨਹੀਂ, ਅਤੇ ਕਿਸੇ ਨੇ ਪਰਿਵਾਰ ਨੂੰ ਫ਼ੋਨ ਨਹੀਂ
ਕੀਤਾ। [[PERSON:ਬਲਜੀਤ]] ਨੇ ਆਪਣੇ ਨੰਬਰ [[PHONE:0116 496 0372]] ਤੋਂ ਫ਼ੋਨ ਕਰ-ਕਰ ਕੇ ਥੱਕ ਕੇ ਸ਼ਿਕਾਇਤ
ਦਰਜ ਕੀਤੀ, ਨੰਬਰ [[REFERENCE:SVC-COMP-23-1466]]। ਸਕੂਲ ਦੀ ਸੇਫ਼ਗਾਰਡਿੰਗ ਲੀਡ ਮਿਸਿਜ਼
[[PERSON:ਓਕਾਫ਼ੋਰ]] ਨੇ ਵੀ ਸਾਨੂੰ ਲਿਖਿਆ।

ਕਿਵੇਂ ਠੀਕ ਕੀਤਾ: ਮੈਂ ਕੇਸ ਦੁਬਾਰਾ ਦੇਖਿਆ, ਪਰਿਵਾਰ ਨੂੰ ਜੁਲਾਈ ੨੦੨੩ ਤੋਂ ਬੈਂਡ ੧ ਦਿੱਤਾ, ਅਤੇ ਅਪ੍ਰੈਲ ੨੦੨੪
ਵਿੱਚ ਉਨ੍ਹਾਂ ਨੂੰ ਚਾਰ ਕਮਰਿਆਂ ਵਾਲਾ ਘਰ ਮਿਲ ਗਿਆ। ਇਸ ਦੌਰਾਨ [[PERSON:ਸਿਮਰਨ]] ਲਈ ਨੀਵਾਂ ਬਿਸਤਰਾ ਅਤੇ
ਦੌਰੇ ਵਾਲਾ ਅਲਾਰਮ ਦਿੱਤਾ ਗਿਆ। ਪਰਿਵਾਰ ਨੂੰ ੬੫੦ ਪੌਂਡ ਮੁਆਵਜ਼ਾ ਮਿਲਿਆ।

ਕੀ ਬਦਲਿਆ: ਮੈਡੀਕਲ ਫ਼ਾਰਮ ਹੁਣ ਘਰ ਦੇ ਹਰ ਜੀਅ ਬਾਰੇ ਪੁੱਛਦਾ ਹੈ, ਅਤੇ ਕੋਈ ਵੀ ਮੈਡੀਕਲ ਅਰਜ਼ੀ ਪਰਿਵਾਰ ਨਾਲ
ਗੱਲ ਕੀਤੇ ਬਿਨਾਂ ਰੱਦ ਨਹੀਂ ਹੁੰਦੀ। ਅਸੀਂ ਇਹ ਵੀ ਮੰਨਿਆ ਕਿ NHS ਨੰਬਰ ਵਾਲੀਆਂ ਚਿੱਠੀਆਂ ਸਾਂਝੇ ਫ਼ੋਲਡਰ
ਵਿੱਚ ਨਹੀਂ ਰਹਿਣੀਆਂ ਚਾਹੀਦੀਆਂ।
"""),
    ),
    (
        "fv2aw-pa-05",
        "pa",
        _s("""
ਵਿਸ਼ਾ: ਚੋਰੀ ਤੋਂ ਬਾਅਦ ਛੇ ਹਫ਼ਤੇ ਫੱਟਿਆਂ ਨਾਲ ਬੰਦ ਖਿੜਕੀ।
ਲੇਖਕ: [[PERSON:ਪਰਮਿੰਦਰ ਸਿੰਘ ਰੰਧਾਵਾ]], ਨੇਬਰਹੁੱਡ ਮੈਨੇਜਰ, [[ORGANISATION:Tamebridge Homes]]।

[[PERSON:ਗੁਰਬਚਨ ਸਿੰਘ ਬਾਜਵਾ]] ([[AGE:88]]) ਵਿਧੁਰ ਹਨ ਅਤੇ [[ADDRESS:Royal Sweet Centre]] ਦੇ ਉੱਪਰ
[[ADDRESS:ਫ਼ਲੈਟ 2]] ਵਿੱਚ ਇਕੱਲੇ ਰਹਿੰਦੇ ਹਨ। ਉਨ੍ਹਾਂ ਦੀ ਜਨਮ ਮਿਤੀ [[DATE_OF_BIRTH:੨ ਫ਼ਰਵਰੀ ੧੯੩੬]] ਹੈ,
ਅਤੇ ਪਿਛਲੇ ਸਾਲ ਉਨ੍ਹਾਂ ਨੂੰ ਸ਼ੁਰੂਆਤੀ [[HEALTH:ਡਿਮੈਂਸ਼ੀਆ]] ਦੱਸਿਆ ਗਿਆ।

ਨਵੰਬਰ ੨੦੨੩ ਵਿੱਚ ਉਨ੍ਹਾਂ ਦੇ ਘਰ ਚੋਰੀ ਹੋਈ ਅਤੇ ਪਿਛਲੀ ਖਿੜਕੀ ਤੋੜ ਦਿੱਤੀ ਗਈ।
[[ORGANISATION:SecureBoard 24]] ਨੇ ਉਸੇ ਰਾਤ ਫੱਟਾ ਲਾ ਦਿੱਤਾ, ਪਰ ਨਵੀਂ ਖਿੜਕੀ ਦਾ ਆਰਡਰ (ਰਿਪੇਅਰ ਨੰਬਰ
[[REFERENCE:TBH-778302]]) "ਗ਼ੈਰ-ਜ਼ਰੂਰੀ" ਵਜੋਂ ਦਰਜ ਹੋ ਗਿਆ। ਛੇ ਹਫ਼ਤੇ ਕਮਰੇ ਵਿੱਚ ਹਨੇਰਾ ਰਿਹਾ, ਅਤੇ
ਬਾਬਾ ਜੀ ਰਾਤ ਨੂੰ ਡਰ ਕੇ ਵਾਰ-ਵਾਰ ਪੁਲਿਸ ਨੂੰ ਫ਼ੋਨ ਕਰਨ ਲੱਗੇ।

ਉਨ੍ਹਾਂ ਦੇ ਪੋਤੇ [[PERSON:ਅਰਜੁਨ ਬਾਜਵਾ]] ਨੇ ਫ਼ੇਸਬੁੱਕ 'ਤੇ ਲੰਮੀ ਪੋਸਟ ਪਾਈ
([[OTHER_ID:facebook.com/arjun.bajwa.925]]) ਅਤੇ ਸਾਨੂੰ [[EMAIL:arjun.bajwa@example.co.uk]] ਤੋਂ
ਲਿਖਿਆ: "ਮੇਰੇ ਦਾਦਾ ਜੀ ਨੂੰ ਹਰ ਰਾਤ ਲੱਗਦਾ ਹੈ ਕਿ ਚੋਰ ਵਾਪਸ ਆ ਰਹੇ ਹਨ।" ਸ਼ਿਕਾਇਤ ਨੰਬਰ
[[REFERENCE:TBH-C-23-0902]]। ਸਾਡੇ ਰਿਪੇਅਰ ਅਫ਼ਸਰ [[PERSON:ਡੈਨੀ]] ਨੇ ਮੰਨਿਆ ਕਿ ਉਸਨੇ ਫ਼ਾਈਲ 'ਤੇ ਲੱਗਿਆ
ਕਮਜ਼ੋਰੀ ਵਾਲਾ ਨਿਸ਼ਾਨ ਦੇਖਿਆ ਹੀ ਨਹੀਂ ਸੀ।

ਕਿਵੇਂ ਠੀਕ ਕੀਤਾ: ਸ਼ਿਕਾਇਤ ਤੋਂ ਤਿੰਨ ਦਿਨਾਂ ਬਾਅਦ ਨਵੀਂ ਖਿੜਕੀ ਲੱਗ ਗਈ, ਦਰਵਾਜ਼ੇ 'ਤੇ ਵਾਧੂ ਤਾਲਾ ਅਤੇ ਬਾਹਰ
ਲਾਈਟ ਲਾਈ ਗਈ, ਅਤੇ ੪੦੦ ਪੌਂਡ ਦਿੱਤੇ ਗਏ। ਮੈਂ ਖ਼ੁਦ [[PERSON:ਅਰਜੁਨ]] ਨਾਲ ਘਰ ਜਾ ਕੇ ਮੁਆਫ਼ੀ ਮੰਗੀ।
ਪਰਿਵਾਰ ਨੇ ਕਿਹਾ ਕਿ ਘਰ ਦਾ ਨੰਬਰ [[PHONE:0121 496 0659]] ਸਿਰਫ਼ ਦਿਨ ਵੇਲੇ ਵਰਤਿਆ ਜਾਵੇ।

ਕੀ ਬਦਲਿਆ: ਚੋਰੀ ਜਾਂ ਭੰਨ-ਤੋੜ ਤੋਂ ਬਾਅਦ, ਜੇ ਘਰ ਵਿੱਚ ਕੋਈ ਬਜ਼ੁਰਗ ਜਾਂ ਕਮਜ਼ੋਰ ਵਿਅਕਤੀ ਇਕੱਲਾ ਰਹਿੰਦਾ ਹੋਵੇ,
ਤਾਂ ਪੱਕੀ ਮੁਰੰਮਤ ਪੰਜ ਦਿਨਾਂ ਵਿੱਚ ਕਰਨੀ ਲਾਜ਼ਮੀ ਹੈ।
"""),
    ),
    (
        "fv2aw-pl-01",
        "pl",
        _s("""
Studium przypadku: grzyb w mieszkaniu pani [[PERSON:Jadwigi]].
Przygotowała: [[PERSON:Magdalena Krawczyk]], opiekunka najemców polskojęzycznych, [[ORGANISATION:Fenland Rivers Housing]].

Pani [[PERSON:Jadwiga Nowak]] ma [[AGE:79 lat]] i od 2012 roku mieszka sama w
[[ADDRESS:mieszkaniu nr 14]] na parterze [[ADDRESS:Orwell House]], [[POSTCODE:PE1 3XL]]. Choruje
na [[HEALTH:POChP]], a po śmierci męża ma w Anglii tylko wnuczkę, [[PERSON:Zosię]], która ma
[[AGE:16 lat]] i tłumaczy babci wszystkie listy. W niedziele pani [[PERSON:Jadwiga]] chodzi na mszę
do [[ADDRESS:kościoła św. Józefa]] i to właśnie tam, a nie u nas, po raz pierwszy opowiedziała o
czarnym grzybie w sypialni.

Co poszło źle: od listopada 2022 [[PERSON:Zosia]] zgłaszała problem trzy razy, dzwoniąc z
telefonu [[PHONE:07700 900 318]]. Za każdym razem zgłoszenie zamykano, bo „najemczyni nie
potwierdziła terminu”. Firma [[ORGANISATION:Anglia Damp & Timber]] przyszła raz, pomalowała ścianę
i wyszła. Nikt nie zauważył, że rozmawiamy z [[AGE:szesnastolatką]], a nie z najemczynią.

W marcu 2023 pani [[PERSON:Nowak]] trafiła do szpitala z [[HEALTH:zapaleniem płuc]]. Wtedy złożyłam
skargę w jej imieniu (numer [[REFERENCE:FRH-CMP-23-0219]]).

Jak to naprawiliśmy: inspektor [[PERSON:Ian Cole]] znalazł nieszczelną rynnę i brak wentylacji w
łazience. Ścianę osuszono, zamontowano wentylator, a pani [[PERSON:Jadwiga]] dostała 900 funtów
rekompensaty i przeprosiny po polsku. Przy okazji okazało się, że jej
[[OTHER_SPECIAL:pre-settled status]] wygasa za dwa miesiące, więc pomogłam złożyć wniosek o
[[OTHER_SPECIAL:settled status]].

Co się zmieniło: każde zgłoszenie od osoby, która nie jest najemcą, ma teraz pole „kim Pan/Pani
jest dla najemcy?”, a zgłoszenia wilgoci od osób z chorobami płuc trafiają od razu do inspektora.
Mój bezpośredni numer, [[PHONE:01632 960 112]], wisi teraz na tablicy ogłoszeń w parafii.
"""),
    ),
    (
        "fv2aw-pl-02",
        "pl",
        _s("""
Analiza sprawy: skarga na hałas, która okazała się skargą na nas.
Autor: [[PERSON:Tomasz Bielecki]], specjalista ds. zachowań aspołecznych, [[ORGANISATION:Ryburn Valley Homes]].

[[PERSON:Krzysztof Wiśniewski]], dla znajomych [[PERSON:Krzysiek]], mieszka z żoną
[[PERSON:Eweliną]] i synkiem [[PERSON:Antosiem]] ([[AGE:4 lata]]) pod [[ADDRESS:23B Carlton Street]].
Pracuje jako kierowca ciężarówki na nocne zmiany. W styczniu 2024 sąsiadka z góry, pani
[[PERSON:Pauline Hargreaves]] spod [[ADDRESS:23C]], zaczęła zgłaszać „dudnienie i stukanie” w
nocy. W jednym mailu napisała: „to ci [[OTHER_SPECIAL:Polacy]] z dołu, oni zawsze tak”.

Co zrobiliśmy źle: otworzyliśmy sprawę ASB [[REFERENCE:RVH/ASB/24/017]] i po dwóch zgłoszeniach
wysłaliśmy panu [[PERSON:Wiśniewskiemu]] pisemne ostrzeżenie, bez wizyty i bez rozmowy. Dopisaliśmy
nawet, że jego samochód [[OTHER_ID:YJ18 WKE]] „parkuje w nocy pod oknami”, co było prawdą, bo
wraca z trasy o trzeciej.

[[PERSON:Krzysiek]] zadzwonił do biura ([[PHONE:01632 960 447]]), a potem napisał z adresu
[[EMAIL:krzysiek.w@example.net]]: „Mnie w nocy w ogóle nie ma w domu. Niech ktoś przyjdzie i
posłucha”. Złożył skargę, numer [[REFERENCE:RVH-C-24-0093]].

Jak to naprawiliśmy: przyszedłem o północy z kolegą z działu napraw, [[PERSON:Darylem]]. Stukanie
dochodziło z pompy obiegowej w kotłowni pod mieszkaniem [[PERSON:Wiśniewskich]], czyli z naszej
własnej instalacji. Pompę wymieniono w dwa dni, ostrzeżenie cofnęliśmy na piśmie, a rodzina dostała
przeprosiny i 250 funtów. Z panią [[PERSON:Hargreaves]] przeprowadziliśmy osobną rozmowę o jej
komentarzu.

Co się zmieniło: żadne ostrzeżenie ASB nie wychodzi bez wizyty albo rozmowy z osobą, której
dotyczy. A uwagi o czyjejś narodowości w zgłoszeniu traktujemy jako sygnał, żeby sprawdzić, czy
problem nie leży gdzie indziej.
"""),
    ),
    (
        "fv2aw-pl-03",
        "pl",
        _s("""
Trzy tygodnie bez ogrzewania i dziecko, którego nie dało się umyć.
Autorka: [[PERSON:Anna Sobczak]], kierowniczka zespołu ds. skarg, [[ORGANISATION:Trentside Homes]].

Pani [[PERSON:Marta Kowalczyk]] mieszka z mężem [[PERSON:Pawłem]] i synem [[PERSON:Kubą]] pod
adresem [[ADDRESS:8 Haywood Close]], [[POSTCODE:ng3 2fd]]. [[PERSON:Kuba]] ma [[AGE:7 lat]],
[[HEALTH:autyzm]] i bardzo silną nadwrażliwość sensoryczną: zimna woda to dla niego nie
„dyskomfort”, tylko panika. Chodzi do [[ADDRESS:Meadowbank Primary School]].

W styczniu 2024 zepsuł się kocioł. Zgłoszenie [[REFERENCE:TH-R-771045]] dostało priorytet
„rutynowy”, bo w domu były grzejniki elektryczne. Firma [[ORGANISATION:Midway Gas Services]] dwa
razy przyjechała bez części. Pani [[PERSON:Marta]] dzwoniła codziennie; w notatce z rozmowy ktoś
zapisał jej numer słownie, „[[PHONE:zero siedem siedem zero zero, dziewięćset, sześćset dwanaście]]”,
i dlatego automatyczne oddzwonienia nie działały.

Przez trzy tygodnie [[PERSON:Kubuś]] był kąpany u babci na drugim końcu miasta, a w szkole zaczęły
się kłopoty. Wychowawczyni napisała do nas, a lekarz z [[ADDRESS:Wellspring Surgery]] potwierdził,
jak bardzo to chłopcu szkodzi. Skargę zarejestrowaliśmy pod numerem [[REFERENCE:TH-2024-00871]].

Jak to naprawiliśmy: nowy kocioł zamontowano dzień po mojej interwencji, rodzina dostała 600
funtów rekompensaty i zwrot kosztów prądu, a ja zadzwoniłam osobiście, żeby przeprosić.
[[PERSON:Paweł]] poprosił, żebyśmy w systemie zapisali, że [[PERSON:Kuba]] ma [[HEALTH:autyzm]], i
słusznie.

Co się zmieniło: brak ciepłej wody w domu, w którym mieszka dziecko z niepełnosprawnością, to
teraz zawsze naprawa pilna, a numery telefonów wpisujemy wyłącznie cyframi i odczytujemy je
dzwoniącemu. Formularz zgłoszenia ma też pole „potrzeby dodatkowe”, które widzi wykonawca.
"""),
    ),
    (
        "fv2aw-pl-04",
        "pl",
        _s("""
Skan paszportu wysłany nie do tej [[PERSON:Agnieszki]].
Autor: [[PERSON:Łukasz Dudek]], kierownik zespołu ds. najmu, [[ORGANISATION:Bradmoor Housing]].

Po śmierci pani [[PERSON:Haliny Lewandowskiej]] w październiku 2023 jej córka,
[[PERSON:Agnieszka Lewandowska]], złożyła wniosek o przejęcie najmu domu pod adresem
[[ADDRESS:41 Brunswick Walk]], [[POSTCODE:bd5 8ts]] (najem nr [[REFERENCE:BH-T-220917]]).
Mieszkała tam z mamą od dziesięciu lat, razem ze swoją córką [[PERSON:Olą]], dziś
[[AGE:12-letnią]].

Co poszło źle: nasz pracownik [[PERSON:Craig]] poprosił o dokumenty cztery razy, choć pani
[[PERSON:Agnieszka]] przesłała je od razu: paszport nr [[OTHER_ID:EK4928173]], dowód osobisty
[[OTHER_ID:AYM418207]], numer ubezpieczenia [[NI_NUMBER:PX 41 90 37 D]] i potwierdzenie
[[OTHER_SPECIAL:pre-settled status]]. Za czwartym razem odpisał, załączając skany, ale na adres
innej najemczyni, pani [[PERSON:Agnieszki Lewickiej]] ([[EMAIL:a.lewicka@example.org]]), zamiast na
[[EMAIL:agnieszka.lewandowska@example.com]].

Pani [[PERSON:Lewicka]] uczciwie nas zawiadomiła. Pani [[PERSON:Lewandowska]] dowiedziała się o
wszystkim ode mnie przez telefon ([[PHONE:07700 900 735]]) i powiedziała tylko: „Pochowałam mamę,
a wy rozsyłacie mój paszport po ludziach”. Skarga: [[REFERENCE:BH-CX-24-0046]].

Jak to naprawiliśmy: zgłosiliśmy naruszenie do ICO, pani [[PERSON:Lewicka]] potwierdziła na piśmie
usunięcie wiadomości, a my zapłaciliśmy za nowy paszport. Najem przeszedł na panią
[[PERSON:Agnieszkę]] w ciągu tygodnia. Dostała 500 funtów i przeprosiny od dyrektora.

Co się zmieniło: dokumentów tożsamości nie wysyłamy już mailem w ogóle, są tylko w bezpiecznym
portalu. A przy przejęciu najmu po zmarłym rodzicu jedna osoba prowadzi sprawę od początku do końca
i prosi o każdy dokument tylko raz.
"""),
    ),
    (
        "fv2aw-pl-05",
        "pl",
        _s("""
Przeciekający dach i ksiądz, który zadzwonił zamiast parafianina.
Autorka: [[PERSON:Karolina Wróbel]], starsza specjalistka ds. napraw, [[ORGANISATION:Wyvern Vale Homes]].

Pan [[PERSON:Zbigniew Mazur]], dla wszystkich po prostu pan [[PERSON:Zbyszek]], urodził się
[[DATE_OF_BIRTH:trzeciego maja 1940]] i ma dziś [[AGE:84 lata]]. Mieszka sam w
[[ADDRESS:bungalowie nr 6]] na [[ADDRESS:Pinehurst Estate]]. Ma [[HEALTH:cukrzycę]], a od
zeszłego roku także wczesną [[HEALTH:demencję]]. Nie używa maila i rzadko odbiera telefon.

Od lipca do października 2023 woda kapała mu przez sufit w przedpokoju. Zgłoszenie
[[REFERENCE:WVH-R-60418]] zamknięto jako „wykonane”, bo firma [[ORGANISATION:TopCoat Roofing Ltd]]
załatała rynnę, a nie dach. Pan [[PERSON:Zbyszek]] podstawiał miski i nikomu nic nie mówił, bo „nie
chciał robić kłopotu”.

Dowiedzieliśmy się od księdza [[PERSON:Marka]] z [[ADDRESS:parafii Matki Bożej Częstochowskiej]],
który zauważył, że parafianin przychodzi na mszę w mokrym płaszczu. Ksiądz zadzwonił do nas z
numeru [[PHONE:+44 1632 960 581]] i, jak sam to ujął, „zrobił awanturę w imieniu pana
[[PERSON:Mazura]]”. Zdjęcia przecieku pojawiły się też na koncie [[OTHER_ID:@polonia_wyvern]], więc
sprawa szybko trafiła do dyrektora. Skargę zapisaliśmy pod numerem [[REFERENCE:WVH-CMP-1187]].

Jak to naprawiliśmy: dach nad całym rzędem bungalowów wymieniono w listopadzie. Panu
[[PERSON:Zbigniewowi]] zapewniliśmy na ten czas pobyt w domu opieki wytchnieniowej, zapłaciliśmy
700 funtów i wymieniliśmy zniszczoną wykładzinę. Przeprosiny przekazałam osobiście, po polsku, w
obecności jego sąsiadki, pani [[PERSON:Teresy]].

Co się zmieniło: u osób z [[HEALTH:demencją]] nie zamykamy zgłoszenia bez telefonu albo wizyty
sprawdzającej, a na karcie najemcy można teraz wpisać osobę zaufaną. U pana [[PERSON:Zbyszka]] jest
nią właśnie ksiądz [[PERSON:Marek]].
"""),
    ),
    (
        "fv2aw-ro-01",
        "ro",
        _s("""
Studiu de caz: familia [[PERSON:Dumitru]] și eticheta „greu de contactat”.
Scris de: [[PERSON:Andreea Stan]], ofițer de locuințe pentru comunitatea românească, [[ORGANISATION:Gravely Brook Housing]].

[[PERSON:Florin Dumitru]] și soția lui, [[PERSON:Mirela]], sunt o familie de [[OTHER_SPECIAL:romi]]
din Craiova. Locuiesc din 2020 în [[ADDRESS:apartamentul 7]] din [[ADDRESS:Kestrel House]],
[[POSTCODE:DA11 8QE]], cu trei copii: [[PERSON:Ionuț]] ([[AGE:9 ani]]), [[PERSON:Denisa]]
([[AGE:6 ani]]) și [[PERSON:Raul]], care avea [[AGE:11 luni]] când a început totul.

Ce a mers prost: în toamna lui 2023 peretele din camera copiilor s-a umplut de mucegai.
[[PERSON:Mirela]] a sunat de cinci ori. În sistem, dosarul avea o notă veche de la un coleg:
„familie greu de contactat, nu răspund la scrisori”. Nimeni nu a verificat că scrisorile mergeau
la vechea lor adresă. Cererea de reparație [[REFERENCE:GBH-R-402118]] a fost închisă după o
vizită la care „nu a răspuns nimeni”.

În ianuarie, [[PERSON:Raul]] a fost internat cu [[HEALTH:bronșiolită]]. Atunci [[PERSON:Florin]] a
venit la birou cu copilul în brațe, iar colega mea [[PERSON:Sharon]] m-a chemat să traduc. Am
deschis reclamația [[REFERENCE:GBH/C/24/0417]] chiar în ziua aceea. Directoarea de la
[[ADDRESS:Riverview Infant School]], unde învață [[PERSON:Denisa]], ne-a scris și ea că fetița
tușește toată ziua.

Cum am reparat: am trimis firma [[ORGANISATION:ClearAir Damp Specialists]] în trei zile; au găsit
o țeavă spartă în perete. Familia a stat două săptămâni într-un apartament temporar, camera a fost
refăcută, iar ei au primit 850 de lire și scuze în scris, în română. Am corectat adresa de
corespondență și am trecut în dosar numărul lui [[PERSON:Florin]], [[PHONE:07700 900351]].

Ce s-a schimbat: nota „greu de contactat” nu mai poate fi pusă fără dovada a trei încercări pe
canale diferite. Și am învățat ceva incomod: uneori o astfel de etichetă spune mai mult despre noi
decât despre familie.
"""),
    ),
    (
        "fv2aw-ro-02",
        "ro",
        _s("""
Tavanul care a căzut de două ori.
Scris de: [[PERSON:Cristina Pop]], manager al echipei de reclamații, [[ORGANISATION:Eastway Homes]].

Doamna [[PERSON:Elena Constantinescu]], [[AGE:41 de ani]], locuiește cu soțul ei,
[[PERSON:Marius]], la [[ADDRESS:14 Larkspur Way]], [[POSTCODE:rm9 4hj]]. În martie 2024 era
însărcinată în luna a șaptea și avea [[HEALTH:diabet gestațional]]. Pe 3 martie a căzut o bucată
din tavanul băii, din cauza unei scurgeri de la apartamentul de deasupra.

Ce a mers prost: reparația [[REFERENCE:EH-558210]] a fost făcută de
[[ORGANISATION:Q-Fix Plumbing]], care a schimbat o garnitură și a plecat fără să repare tavanul. Pe
20 martie tavanul a căzut din nou, chiar lângă [[PERSON:Elena]]. [[PERSON:Kevin]] de la call center
notase numărul ei exact cum l-a auzit, „[[PHONE:zero șapte șapte zero zero, nouă zero zero, opt doi patru]]”,
iar emailul așa: „[[EMAIL:elena punct constantinescu arond example punct com]]”. Evident, nici
SMS-ul automat, nici emailul de confirmare n-au ajuns nicăieri.

[[PERSON:Marius]] a trimis reclamația [[REFERENCE:EH-CMP-24-0158]] prin o prietenă,
[[PERSON:Lenuța]], care lucrează ca asistentă medicală. Mesajul era scurt: „Soția mea putea să
piardă copilul. Nimeni nu ne-a sunat înapoi”.

Cum am reparat: am trimis un supervizor în aceeași zi, tavanul a fost refăcut complet în patru
zile, iar familia a primit 700 de lire și scuze în scris. Am verificat și apartamentul de sus, unde
locuiește domnul [[PERSON:Okafor]]; conducta lui era fisurată și a fost înlocuită.

Ce s-a schimbat: call centerul nu mai scrie numere și adrese de email „după ureche”; acum le
citește înapoi apelantului, cifră cu cifră, și trimite un SMS de test. Orice cădere de tavan e
tratată ca urgență, iar reparația nu se închide până nu confirmă locatarul.
"""),
    ),
    (
        "fv2aw-ro-03",
        "ro",
        _s("""
Mucegaiul, preotul și o lecție despre încredere.
Scris de: [[PERSON:Mihaela Radu]], manager pentru calitatea serviciilor, [[ORGANISATION:Harrowfield Homes]].

Familia [[PERSON:Moldovan]], adică [[PERSON:Vasile]], [[PERSON:Maria]] și fiica lor,
[[PERSON:Ana-Maria]], de [[AGE:14 ani]], locuiește în casa de la [[ADDRESS:numărul 58]],
[[POSTCODE:HA3 0RW]], la două minute de [[ADDRESS:Biserica Sfântul Nicolae]], unde merg în fiecare
duminică. Sunt [[OTHER_SPECIAL:ortodocși]] practicanți și foarte legați de parohie.

[[PERSON:Ana-Maria]] are [[HEALTH:astm]] sever. Din 2022, mucegaiul a urcat pe pereții camerei ei.
Familia nu a făcut nicio reclamație oficială: [[PERSON:Vasile]] mi-a spus mai târziu că le era
frică să nu piardă casa, pentru că aveau doar [[OTHER_SPECIAL:statut de rezident temporar]].

Am aflat de la părintele [[PERSON:Gheorghe Ionescu]], care ne-a sunat de pe
[[PHONE:020 7946 0397]] după ce i-a văzut fotografiile din camera fetei. Am deschis imediat
reclamația [[REFERENCE:HH/ST1/23/0775]] și o cerere de reparație, [[REFERENCE:HH-R-339910]]. La
prima vizită, firma [[ORGANISATION:Northwood Building Services]] a propus doar „tratament
anti-mucegai”. Abia la a doua, cu un inspector de-al nostru, s-a văzut că zidul exterior nu avea
deloc izolație.

Cum am reparat: izolație exterioară, ventilator în baie, geam nou în camera fetei, 1.000 de lire
compensație și o scrisoare care spune clar că o reclamație nu afectează în niciun fel dreptul de a
locui în casă. I-am dat [[PERSON:Mariei]] numărul meu direct.

Ce s-a schimbat: organizăm acum o dată pe lună „ore de consultanță” chiar în sala parohială a
[[ADDRESS:Bisericii Sfântul Nicolae]]. Am învățat că unii locatari nu au încredere în noi, dar au
încredere în oamenii care îi cunosc, și că e treaba noastră să mergem acolo unde sunt ei.
"""),
    ),
    (
        "fv2aw-ro-04",
        "ro",
        _s("""
O plăcuță de înmatriculare citită greșit.
Scris de: [[PERSON:Bogdan Iliescu]], coordonator al echipei de comportament antisocial, [[ORGANISATION:Weald Gate Housing]].

Domnul [[PERSON:Gheorghe Ursu]], „[[PERSON:Gigi]]” pentru vecini, are [[AGE:52 de ani]], e șofer
de TIR și locuiește cu soția, [[PERSON:Lăcrămioara]], la [[ADDRESS:nr. 5]], în șirul de case din
spatele pubului [[ADDRESS:Red Lion]]. În aprilie 2024, camerele de pe [[ADDRESS:Oakhurst Estate]]
au filmat o dubă albă care arunca moloz lângă containerele de gunoi.

Ce a mers prost: colegul meu a citit numărul de pe înregistrare ca [[OTHER_ID:KN16 YRP]], iar în
sistemul nostru duba domnului [[PERSON:Ursu]] apare ca [[OTHER_ID:KN16 YPR]]. Fără altă verificare,
am deschis cazul ASB [[REFERENCE:WGH-ASB-2024-118]] și i-am trimis o amendă de 400 de lire și un
avertisment că își poate pierde contractul. [[PERSON:Lăcri]], care suferă de [[HEALTH:depresie]],
a crezut că vor fi evacuați și n-a mai dormit o săptămână.

[[PERSON:Gigi]] ne-a scris de pe [[EMAIL:gigi.ursu@example.org]]: „În ziua aia eram în Dover, am
tahograful să vă arăt”. Chiar așa era. A depus reclamația [[REFERENCE:WGH-C-24-0261]].

Cum am reparat: am cerut înregistrarea originală de la [[ORGANISATION:Kentline Security]], firma
care se ocupă de camere, și s-a văzut clar că era altă dubă. Am anulat amenda și avertismentul, am
șters cazul ASB din dosarul lor și am trimis scuze în scris. Familia a primit 300 de lire. Am
sunat-o personal pe doamna [[PERSON:Ursu]] pe [[PHONE:07700 900 562]] ca să-i spun că nu e nicio
problemă cu contractul.

Ce s-a schimbat: nicio amendă și niciun avertisment pe baza unui număr de înmatriculare nu mai
pleacă fără ca o a doua persoană să verifice imaginea originală. Și vorbim întâi cu omul, apoi
trimitem scrisori.
"""),
    ),
    (
        "fv2aw-ro-05",
        "ro",
        _s("""
Două conturi, două nume aproape identice.
Scris de: [[PERSON:Ramona Enache]], team leader la echipa de venituri, [[ORGANISATION:Chiltern Edge Homes]].

Doamna [[PERSON:Nicoleta Bălan]], născută pe [[DATE_OF_BIRTH:17.08.1992]], are
[[OTHER_SPECIAL:settled status]] și locuiește singură cu fiul ei, [[PERSON:Darius]], de
[[AGE:3 ani]], la [[ADDRESS:Flat 22, Beacon Heights]], [[POSTCODE:LU2 7NB]] (contract de închiriere
[[REFERENCE:TEN/118204]]). Plătește chiria prin ordin de plată din contul ei, sort code
[[OTHER_ID:30-96-14]], cont [[OTHER_ID:71284405]].

Ce a mers prost: după migrarea sistemului în ianuarie 2024, plățile ei au început să fie alocate
contului [[REFERENCE:TEN/118240]], al doamnei [[PERSON:Nicola Balan]], o altă locatară din același
bloc. În martie, [[PERSON:Nicoleta]] a primit o notificare de evacuare pentru o datorie de 1.380
de lire pe care nu o avea. Colegul nostru [[PERSON:Jason]] i-a spus la telefon că „sistemul nu
greșește” și că „poate a uitat să plătească”.

[[PERSON:Nicoleta]] ne-a trimis extrase bancare de pe [[EMAIL:nicoleta.balan92@example.com]] și a
sunat de pe [[PHONE:+44 7700 900 418]]. A depus reclamația [[REFERENCE:CEH-COMP-24-0077]]. Mi-a
spus mai târziu că, având un copil mic, se vedea deja într-o cazare temporară.

Cum am reparat: am verificat fiecare plată din extrasele ei și am găsit eroarea în zece minute.
Notificarea a fost retrasă în scris, plățile au fost mutate, iar soldul doamnei
[[PERSON:Nicola Balan]] a fost corectat și el. I-am plătit [[PERSON:Nicoletei]] 350 de lire
compensație și i-am dat o scrisoare pentru agențiile de credit.

Ce s-a schimbat: nicio notificare de evacuare nu mai pleacă fără verificarea manuală a plăților
din ultimele șase luni, iar când un locatar trimite extrase bancare, ele se verifică în aceeași zi.
Fraza „sistemul nu greșește” a intrat în training, ca exemplu de ce să nu spunem.
"""),
    ),
    (
        "fv2aw-ur-01",
        "ur",
        _s("""
کیس اسٹڈی: نمی، [[HEALTH:دمہ]] اور ایک بند فائل۔
تحریر: [[PERSON:عائشہ ملک]]، ٹیننسی سسٹینمنٹ آفیسر، [[ORGANISATION:Airevale Community Housing]]۔

مسز [[PERSON:نسرین اختر]] اپنے شوہر [[PERSON:طارق محمود]] اور تین بچوں کے ساتھ
[[ADDRESS:71 Thornbury Grove]]، [[POSTCODE:BD3 8PL]] میں رہتی ہیں۔ گھر
[[ADDRESS:جامع مسجد حنفیہ]] کے بالکل پیچھے ہے، اس لیے محلے میں سب اسے "مسجد والا گھر" کہتے
ہیں۔ سب سے چھوٹا بیٹا [[PERSON:زین]] [[AGE:۵ سال]] کا ہے اور اسے [[HEALTH:دمہ]] ہے۔

کیا غلط ہوا: اکتوبر ۲۰۲۳ میں [[PERSON:نسرین]] باجی نے بچوں کے کمرے میں کالی پھپھوندی کی شکایت
کی۔ مرمت نمبر [[REFERENCE:ACH-R-90213]] کھلا، [[ORGANISATION:Yorkshire Dryproof]] کے لوگ آئے،
دیوار پر سپرے کیا اور چلے گئے۔ دو ہفتے بعد پھپھوندی واپس آ گئی، لیکن فائل "مکمل" لکھ کر بند ہو
چکی تھی۔

نومبر میں [[PERSON:زین]] کو دو بار رات کو ایمرجنسی میں لے جانا پڑا۔
[[ADDRESS:Grange Road Primary]] سے بھی اس کی غیر حاضری پر خط آیا۔ [[PERSON:طارق]] رات کو ٹیکسی
چلاتے ہیں، اس لیے انہوں نے دن میں اپنے نمبر [[PHONE:۰۷۷۰۰ ۹۰۰۲۶۸]] سے مجھے فون کیا اور کہا:
"باجی، ہم شکایت نہیں کرنا چاہتے، بس بچے کا کمرہ ٹھیک کر دیں۔"

میں نے ان کی طرف سے باقاعدہ شکایت درج کی، نمبر [[REFERENCE:ACH-CMP-1147]]۔ سروے کرنے والے
[[PERSON:پیٹر]] نے دیکھا کہ باہر کی دیوار میں دراڑ ہے اور پرنالہ ٹوٹا ہوا ہے۔

کیسے ٹھیک کیا: دیوار اور پرنالہ دس دن میں ٹھیک ہوئے، کمرے میں نیا پنکھا لگا، اور خاندان کو ۶۰۰
پاؤنڈ معاوضہ اور اردو میں معافی نامہ ملا۔ [[PERSON:زین]] کے ڈاکٹر کا خط اب ٹیننسی فائل میں ہے۔

کیا بدلا: نمی کی کوئی شکایت اب تب تک بند نہیں ہوتی جب تک چھ ہفتے بعد دوبارہ معائنہ نہ ہو جائے۔
اور میں نے سیکھا کہ بہت سے خاندان "شکایت" کا لفظ سن کر ڈر جاتے ہیں، اس لیے اب ہم پوچھتے ہیں:
"کیا ہم آپ کی مدد کر سکتے ہیں؟"
"""),
    ),
    (
        "fv2aw-ur-02",
        "ur",
        _s("""
جنوری میں ٹھنڈا گھر۔
تحریر: [[PERSON:کامران شاہ]]، شکایات مینیجر، [[ORGANISATION:Don Valley City Council]]۔

[[PERSON:محمد رفیق]] صاحب کی عمر [[AGE:۸۳ برس]] ہے۔ ہمارے ریکارڈ میں ان کی تاریخ پیدائش
[[DATE_OF_BIRTH:یکم جنوری ۱۹۴۱]] درج ہے، جیسا کہ اس نسل کے بہت سے بزرگوں کے کاغذات میں ہوتا ہے۔
وہ [[ADDRESS:Clifton Villas]] کے [[ADDRESS:فلیٹ نمبر ۳]] میں اکیلے رہتے ہیں،
[[POSTCODE:s4 7bq]]۔ انہیں [[HEALTH:شوگر]] ہے اور ایک پاؤں کا آپریشن ہو چکا ہے۔

کیا غلط ہوا: جنوری ۲۰۲۴ میں ان کا ہیٹنگ سسٹم خراب ہوا۔ [[ORGANISATION:WarmHome Services]] نے کام
نمبر [[REFERENCE:DVC-H-118027]] پر دو بار "کوئی جواب نہیں" لکھا، کیونکہ [[PERSON:رفیق]] صاحب کو
دروازے تک پہنچنے میں وقت لگتا ہے اور انجینئر صرف ایک منٹ رکتا تھا۔ ان کے بیٹے [[PERSON:عمران]]
دبئی میں رہتے ہیں؛ انہوں نے وہاں سے [[EMAIL:imran.rafiq@example.com]] سے ای میل کی: "میرے ابو چار
دن سے کمبل میں بیٹھے ہیں، کیا کسی کے پاس پانچ منٹ ہیں؟"

ان کی بہو [[PERSON:صائمہ]]، جو قریب ہی رہتی ہیں، روزانہ کھانا لاتی تھیں۔ انہوں نے ہی
[[PHONE:0114 496 0713]] پر فون کر کے شکایت درج کروائی، نمبر [[REFERENCE:DVC/CF/24/0052]]۔

کیسے ٹھیک کیا: میں نے اسی دن ایمرجنسی انجینئر بھیجا۔ بوائلر بدلا گیا، دو ہیٹر دیے گئے، بجلی کے
بل کے لیے ۱۵۰ پاؤنڈ اور ۴۵۰ پاؤنڈ معاوضہ دیا گیا۔ ہماری افسر [[PERSON:ہیلن]] اب ہر ہفتے ان سے فون
پر بات کرتی ہیں۔

کیا بدلا: اب "کوئی جواب نہیں" تب تک نہیں لکھا جا سکتا جب تک انجینئر دس منٹ انتظار نہ کرے اور
رہائشی کو فون نہ کرے۔ ستر سال سے زیادہ عمر کے اکیلے رہنے والوں کا ہیٹنگ کا کام اب ہمیشہ
ایمرجنسی ہے۔
"""),
    ),
    (
        "fv2aw-ur-03",
        "ur",
        _s("""
ایک سیڑھی جو دو سال تک راستہ روکے رہی۔
تحریر: [[PERSON:فیصل قریشی]]، اڈاپٹیشنز مینیجر، [[ORGANISATION:Hillcrest Homes]]۔

مسز [[PERSON:شبانہ کوثر]] اپنے بیٹے [[PERSON:حمزہ]] کے ساتھ [[ADDRESS:12 Walford Grove]]،
[[POSTCODE:b11 1qa]] میں رہتی ہیں۔ [[PERSON:حمزہ]] [[AGE:۱۹ سال]] کا ہے، اسے
[[HEALTH:ڈاؤن سنڈروم]] ہے اور پچھلے سال سے وہ سیڑھیاں نہیں چڑھ پاتا۔ اس کا این ایچ ایس نمبر
[[OTHER_ID:937 865 7974]] ہماری فائل کے ہر صفحے پر لکھا ہوا تھا، یہ بھی ایک سبق ہے۔

کیا غلط ہوا: [[ADDRESS:Stratford Lane Medical Practice]] کے ڈاکٹر اور ہماری او ٹی
[[PERSON:ربیکا]] نے ۲۰۲۲ میں سیڑھی لفٹ اور نیچے باتھ روم کی سفارش کی۔ فائل تین بار مختلف افسروں
کے پاس گئی اور ہر نئے افسر نے نئے سرے سے فارم بھروائے۔ [[PERSON:شبانہ]] صاحبہ نے اپنے نمبر
[[PHONE:0121 496 0284]] سے کم از کم تیس بار فون کیا۔ اس دوران [[PERSON:حمزہ]] نیچے صوفے پر سوتا
رہا اور ماں اسے بالٹی سے نہلاتی رہیں۔

آخرکار ان کی بہن [[PERSON:روبینہ]] نے ہاؤسنگ اومبڈزمین سے رابطہ کیا، کیس نمبر
[[REFERENCE:202309871]]۔ ہماری اپنی شکایت کا نمبر [[REFERENCE:HH-ADP-C-0311]] تھا۔

کیسے ٹھیک کیا: میں نے کیس خود لیا۔ [[ORGANISATION:Midlands Stairlift Co]] نے دو ہفتے میں لفٹ
لگائی اور [[ORGANISATION:Brindley Builders]] نے نیچے شاور روم بنایا۔ خاندان کو ۲۵۰۰ پاؤنڈ معاوضہ
ملا، اور اومبڈزمین نے ہماری غلطی کو بدانتظامی قرار دیا، جسے ہم نے پوری طرح مانا۔

کیا بدلا: اب ہر اڈاپٹیشن کیس کا شروع سے آخر تک ایک ہی افسر ہوتا ہے، اور این ایچ ایس نمبر صرف
طبی فارم پر ہوتا ہے، ہر صفحے پر نہیں۔ [[PERSON:حمزہ]] اب خود اوپر اپنے کمرے میں جاتا ہے؛ اس کی
ماں کہتی ہیں کہ یہی سب سے بڑا معاوضہ ہے۔
"""),
    ),
    (
        "fv2aw-ur-04",
        "ur",
        _s("""
نفرت کو "ہمسایوں کا جھگڑا" کہنے کی غلطی۔
تحریر: [[PERSON:سلمان حیدر]]، اینٹی سوشل بیہیویئر ٹیم لیڈر، [[ORGANISATION:Lockwood Park Homes]]۔

[[PERSON:یوسف مسیح]] اور ان کی بیوی [[PERSON:مریم]] [[OTHER_SPECIAL:پاکستانی]]
[[OTHER_SPECIAL:مسیحی]] ہیں اور ۲۰۲۱ سے [[ADDRESS:Moorside Estate]] کے [[ADDRESS:مکان نمبر ۹]]
میں رہتے ہیں۔ ان کی بیٹی [[PERSON:ایستھر]] [[AGE:۱۲ سال]] کی ہے۔ یہ خاندان ہر اتوار
[[ADDRESS:سینٹ پال چرچ]] جاتا ہے۔

کیا غلط ہوا: ۲۰۲۳ کی گرمیوں سے قریبی گھر کے کچھ لڑکوں نے ان کی کھڑکیوں پر انڈے مارے، دروازے پر
صلیب کے بارے میں گندی باتیں لکھیں، اور ایک اکاؤنٹ [[OTHER_ID:@moorside_lads_hd1]] سے
[[PERSON:ایستھر]] کی تصویریں پوسٹ کیں۔ [[PERSON:یوسف]] صاحب نے ایک گاڑی [[OTHER_ID:MF70 HZK]]
کا نمبر بھی نوٹ کیا جو ہر رات ان کے گھر کے سامنے آ کر رکتی تھی۔

ہمارے افسر [[PERSON:جیسن]] نے کیس نمبر [[REFERENCE:LPH-ASB-23-0148]] کو "بچوں کی شرارت" لکھ کر
کم ترجیح دی۔ [[PERSON:مریم]] نے [[PHONE:01632 960 234]] پر فون کر کے روتے ہوئے کہا: "ہم اپنے
ملک سے اسی لیے نکلے تھے۔ یہاں بھی یہی؟" پھر انہوں نے باقاعدہ شکایت کی، نمبر
[[REFERENCE:LPH-CX-23-0402]]۔

کیسے ٹھیک کیا: دوسرے مرحلے میں میں نے کیس کو نفرت پر مبنی واقعہ قرار دیا، پولیس کے ساتھ مشترکہ
دورہ کیا، گھر پر سی سی ٹی وی لگوایا اور متعلقہ خاندان کو تحریری وارننگ دی۔ [[PERSON:یوسف]]
صاحب کے خاندان کو ۷۰۰ پاؤنڈ معاوضہ ملا اور کھڑکیوں اور دروازے کی مرمت ہوئی۔

کیا بدلا: اب کسی رپورٹ میں مذہب یا نسل کا ذکر ہو تو اسے خود بخود نفرت کا واقعہ سمجھا جاتا ہے،
اور ٹیم لیڈر اسے اڑتالیس گھنٹوں میں دیکھتا ہے۔ [[PERSON:جیسن]] نے خود کہا کہ وہ یہ سبق کبھی
نہیں بھولے گا۔
"""),
    ),
    (
        "fv2aw-ur-05",
        "ur",
        _s("""
عارضی رہائش جو عارضی نہیں رہی۔
تحریر: [[PERSON:نادیہ اقبال]]، ہوم لیس نیس پریوینشن آفیسر، [[ORGANISATION:Calder Bridge Council]]۔

[[PERSON:آصف جاوید]] اپنے ملک میں صحافی تھے۔ انہیں ۲۰۲۳ میں
[[OTHER_SPECIAL:پناہ گزین کا درجہ]] ملا (بی آر پی نمبر [[OTHER_ID:ZX8820413]])، اور ہوم آفس کی
رہائش چھوڑنے کے بعد وہ اپنی بیوی [[PERSON:رابعہ]] اور [[AGE:۸ ماہ]] کے بیٹے [[PERSON:احمد]] کے
ساتھ بے گھر ہو کر ہمارے پاس آئے۔ ہم نے انہیں [[ADDRESS:Victoria Lodge]] کے
[[ADDRESS:کمرہ نمبر ۴]] میں رکھا، جو [[ORGANISATION:Northern Lodgings Ltd]] کا بی اینڈ بی ہے۔ کیس
نمبر [[REFERENCE:CBC-HL-23-2207]]۔

کیا غلط ہوا: قانون کے مطابق بچے والا خاندان چھ ہفتے سے زیادہ بی اینڈ بی میں نہیں رہنا چاہیے۔ وہ
پانچ مہینے رہے۔ کمرے کے غسل خانے سے پانی رستا رہا اور دیوار پر پھپھوندی لگ گئی۔ [[PERSON:احمد]]
کو [[HEALTH:ایگزیما]] ہے جو بہت بگڑ گیا۔ مالک نے کہا یہ کونسل کا مسئلہ ہے، اور ہماری ٹیم نے کہا یہ
مالک کا۔

[[PERSON:آصف]] ہر ہفتے [[EMAIL:asif.javed@example.net]] سے ای میل کرتے اور
[[PHONE:0161 496 0846]] سے فون کرتے رہے۔ ہمارے فارم پر ان کا قومی بیمہ نمبر
[[NI_NUMBER:TR 29 66 14 B]] بھی تھا، اور ہر بار ہم وہی فارم دوبارہ بھروا رہے تھے۔ آخر انہوں نے
شکایت کی، نمبر [[REFERENCE:CBC-CMP-24-0019]]۔

کیسے ٹھیک کیا: جنوری ۲۰۲۴ میں میں نے کیس کا جائزہ لیا اور تسلیم کیا کہ ہم نے قانونی حد توڑی۔
خاندان کو دو ہفتے میں [[ADDRESS:Flat 5, Irwell View]] میں دو کمروں کا فلیٹ ملا، ۱۸۰۰ پاؤنڈ معاوضہ
دیا گیا، اور [[PERSON:احمد]] کے لیے ہیلتھ وزیٹر سے رابطہ کروایا گیا۔

کیا بدلا: اب بی اینڈ بی میں ہر بچے والے خاندان کا پانچویں ہفتے خود بخود جائزہ ہوتا ہے، اور مرمت
کی ذمہ داری ہمارے معاہدے میں لکھی ہے تاکہ کوئی خاندان دو دفتروں کے بیچ نہ پھنسے۔
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
