"""Fresh version-2 PII test stories, batch af.

Written by tenants' association and residents' panel members about block-wide problems
(lifts, communal heating, cladding works, pests, damp across many flats): several
households named with their flat numbers, a committee chair and secretary with contact
details, meetings at a named community hall, church hall or mosque, the councillor, the
MP's caseworker, the landlord's staff and contractors, reference numbers, and the lessons
the landlord learned. The register mixes minutes-like passages with personal asides.
Seven languages: English, Arabic, Bengali, Punjabi (Gurmukhi), Polish, Romanian and Urdu.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 7 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): on the detector as it landed after round 20
(commit e99dcd1) leak-free 71.4% of 35, recall 98.2%, precision 82.5%; leak-free by language
ar 2, bn 3, en 3, pa 5, pl 3, ro 4, ur 5 of 5. On the detector after round 25 (commit dde6f76): leak-free 74.3%, recall 98.4%, precision 82.5%.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2af-en-01",
        "en",
        _s("""
Secretary's write-up for the Make Things Right case studies. I'm [[PERSON:Linda Farrow]],
secretary of the tenants' association at [[ADDRESS:Calder View]], [[POSTCODE:LS11 8PD]], a
sixteen-storey block in Leeds with two lifts and 128 flats. Between February and April last
year both lifts were out more often than they worked. Our landlord is
[[ORGANISATION:Airedale Homes Partnership]] and the lifts are maintained by
[[ORGANISATION:Northern Vertical Lifts Ltd]].

Extract from the minutes, emergency meeting, 19 February, [[ADDRESS:St Columba's Church Hall]].
Present: [[PERSON:Bernadette Quinlan]] (chair), [[PERSON:L. Farrow]] (secretary),
Cllr [[PERSON:Stephen Ruddock]] and 41 residents. Reported: Mrs [[PERSON:Edna Pike]],
[[ADDRESS:flat 71]], aged [[AGE:88]], who has [[HEALTH:COPD]], had not left the building for
nine days. Mr [[PERSON:Tariq Mahmood]] of [[ADDRESS:flat 102]], who has
[[HEALTH:kidney failure]], missed two dialysis sessions at St James's. The
[[PERSON:Okonkwo]] family at [[ADDRESS:number 45]] were carrying
[[AGE:14-month-old]] twins up eleven floors. Action: chair to lodge one formal complaint for
the whole block.

The complaint went in on 20 February under reference [[REFERENCE:AHP/CMP/220914]].
[[PERSON:Bernie]] rang repairs on [[PHONE:0113 496 0722]] most mornings and kept a log. The
stage 1 reply blamed a parts shortage and offered nothing, so we wrote to our MP, and her
caseworker [[PERSON:Aisling Doherty]] had the chief executive's office on the phone within a
week. We also opened a Housing Ombudsman case, [[REFERENCE:202411873]], in case stage 2 let us
down too.

Stage 2 was heard by [[PERSON:Marcus Whitlow]], head of building safety, who came to the hall
himself. He upheld the complaint, paid £150 to every household and £400 to the residents who
couldn't manage the stairs at all.

Personal aside: I'm on the ninth floor and carried my neighbour [[PERSON:Gloria]]'s shopping up
for seven weeks. My knees still have opinions about it.

What they say they have learned: keep a register of residents who can't use stairs; bring in a
stair-climber and porter within 48 hours of a double outage; text every flat daily while a lift
is down; and put penalty clauses in the lift contract. Anyone in a block like ours can ring
[[PERSON:Bernie]] on [[PHONE:07700 900417]] or email [[EMAIL:calderview.tra@example.org]];
I'm at [[EMAIL:linda.farrow@example.net]].
"""),
    ),
    (
        "fv2af-en-02",
        "en",
        _s("""
Let me tell it plain. My name is [[PERSON:Delroy Aldridge]], I sit on the residents' panel for
[[ADDRESS:Marlowe Gardens]] in Manchester, and last winter the communal heating for our three
blocks, [[ADDRESS:Ashby House]], [[ADDRESS:Byron House]] and [[ADDRESS:Clare House]], failed
eleven times between November and January. That is 214 homes. The landlord is
[[ORGANISATION:Cheetwood Community Homes]] and the plant room is run by
[[ORGANISATION:Thermaflow Energy Services]].

My own father, Mr [[PERSON:Winston Aldridge]], lives at [[ADDRESS:14 Byron House]]. He was born
on the [[DATE_OF_BIRTH:second of June 1939]] and he feels the cold bad. Next door at
[[ADDRESS:number 16]], [[PERSON:Precious]] and her little boy [[PERSON:Tayo]], [[AGE:3]], were
sleeping in their coats. In [[ADDRESS:flat 7, Ashby House]] the [[PERSON:Hussain]] family put
the baby in with the grandparents because theirs was the only room with a plug-in heater.

Panel minutes, 6 December, [[ADDRESS:Marlowe Gardens Community Centre]]. Chair:
[[PERSON:Nasreen Akhtar]] ([[PHONE:0161 496 0358]]). Secretary: [[PERSON:Joe Kavanagh]].
Attending: Cllr [[PERSON:Patience Obi]]. Agreed: one group complaint, not 214 separate ones
(reference [[REFERENCE:CCH-24-00871]]). Noted: [[ADDRESS:Jamia Masjid Ghausia]] round the corner
will open its hall as a warm space every evening. Thanks recorded.

At stage 1 [[ORGANISATION:Thermaflow]] said it was a pump and it was sorted. It was not. At stage 2
[[PERSON:Harriet Blythe]] from the complaints team found the contract let them wait 72 hours
before sending a second engineer. They apologised in writing, replaced both pumps, lent every
flat an oil heater and paid £25 for each day without heat.

One grumble. The payment form wanted bank details, so I filled in Dad's, sort code
[[OTHER_ID:20-61-48]], account ending [[OTHER_ID:7730]], and they also asked for his National
Insurance number, [[NI_NUMBER:QQ 40 71 29 B]]. Nobody could tell me why. The panel has asked
them to stop collecting what they don't need.

Lessons the landlord wrote down: a named heating contact for the estate, a list of residents
who are older or unwell, texts when heat is off, and a standby boiler on site from October.
Follow the panel at [[OTHER_ID:@MarloweGdnsPanel]]; post goes to the community centre,
[[POSTCODE:m139wq]].
"""),
    ),
    (
        "fv2af-en-03",
        "en",
        _s("""
I'm [[PERSON:Siobhán Mulcahy]], [[PERSON:Shiv]] to everyone at [[ADDRESS:Hazelmere House]],
and I've been secretary of our residents' group since 2019. This is the cockroach story, and I
warn you now it is not pretty.

It started in [[ADDRESS:flat 3]], where Mrs [[PERSON:Adebayo]] lives, and by the summer it was
in the bin chutes and the service ducts and half the kitchens on the ground and first floors.
[[ORGANISATION:Rea Valley Housing]] kept sending [[ORGANISATION:PestGuard Midlands]] to one flat
at a time, so they'd spray one kitchen and the things would walk next door to [[ADDRESS:flat 4]]. The
van (reg [[OTHER_ID:BX21 KTE]]) came four times in two months. Then little
[[PERSON:Kacper Nowicki]] from [[ADDRESS:flat 11]], [[AGE:6]], took one into
[[ADDRESS:St Brigid's Catholic Primary]] in his lunchbox, and the school wrote to every parent.
His mam [[PERSON:Marta]] was mortified.

We met in the back room of the [[ADDRESS:Fighting Cocks]] on 4 July (chair
[[PERSON:Errol Campbell]] in the chair, 23 households, Cllr [[PERSON:Amrit Sandhu]] came for the
first half). Minutes say: "Group complaint to be made. Evidence to include photos, dates of
visits and the GP letter for [[ADDRESS:flat 9c]]." That letter, from
[[ADDRESS:Wheatfield Medical Practice]], said [[PERSON:Ruby]]'s [[HEALTH:eczema]] had flared
with the bites, and it had her NHS number, [[OTHER_ID:485 777 3456]], printed at the top, which
I blacked out before it went anywhere else.

Complaint reference [[REFERENCE:RVH 55120-PC]]. The MP's caseworker, [[PERSON:Owen Pritchard]],
copied in the director of repairs, and that did it. [[PERSON:Joanne Kettle]], the landlord's
estate manager, met us on site, agreed it was a block problem not a "hygiene" problem (her words,
in fairness, and an apology for the letters that had said otherwise), and booked a whole-block
treatment with the ducts sealed. Three visits, every flat on the same day. We've not seen one
since October.

What they learned: treat the building, not the flat; tell residents before, not after; never
blame tenants in writing before anyone has looked. If your block has the same, call me on
[[PHONE:oh seven seven double oh, nine double oh, two six one]].
"""),
    ),
    (
        "fv2af-en-04",
        "en",
        _s("""
Submitted by [[PERSON:Adwoa Mensah-Bright]], chair of the residents' panel,
[[ADDRESS:Ravenscourt Tower]], London [[POSTCODE:SE15 4RT]].

Background. In 2023 our landlord, [[ORGANISATION:Peckwater Housing Group]], began removing and
replacing the cladding on our 21-storey tower. The contractor is
[[ORGANISATION:Kestrel Facades Ltd]]. Everyone agreed the work had to happen. The problems were
how it was done: the building was wrapped in sheeting for five months, windows were screwed
shut, and the scaffold gave access to the lower floors at night.

Effect on households (from our survey, shared with permission). [[ADDRESS:Flat 112]]: Mr
[[PERSON:Emeka Nwosu]], who has [[HEALTH:sickle cell disease]], had two crises that winter in a
cold, damp bedroom. [[ADDRESS:Flat 58]]: Ms [[PERSON:Rhiannon Pugh]] and her newborn, black
mould behind the cot by week six. [[ADDRESS:Flat 23]]: Auntie [[PERSON:Bisi]], as the whole
block calls her, had her balcony door forced by someone on the scaffold. Sixty-two flats in all
reported condensation or mould.

Meetings were held fortnightly in the hall at [[ADDRESS:Bethel Pentecostal Church]], with our
secretary [[PERSON:Graham Tull]] taking notes and Cllr [[PERSON:Farida Haque]] attending most.
The group complaint, [[REFERENCE:PHG/BS/0447]], went in on 9 January. When the stage 1 answer
came back as a list of dehumidifier deliveries, we asked [[PERSON:Tom Aske]] in the MP's office
for help and also registered the case with the Housing Ombudsman ([[REFERENCE:202503361]]).

A personal note: the thing that made me angriest was the sign-in sheet. The site office asked
residents for ID and wrote passport numbers on a clipboard left in the lobby. I have a photo:
line one reads "[[PERSON:E. Nwosu]], [[ADDRESS:Flat 112]], passport [[OTHER_ID:533907412]]". That sheet is
gone now, thank God.

Stage 2 was handled by [[PERSON:Daniel Oyelaran]], the building safety manager, who accepted
every point. Outcome: £250 to each household, mould treatment and redecoration in every affected
flat, trickle vents fitted, night security on the scaffold, and a resident liaison officer on
site every weekday.

Lessons agreed with the panel: plan ventilation before wrapping a building; check ID without
writing it down; and report back to residents every fortnight in plain English. Contact
[[PERSON:Graham]] at [[EMAIL:g.tull@example.com]] or the panel line, [[PHONE:020 7946 0183]].
"""),
    ),
    (
        "fv2af-en-05",
        "en",
        _s("""
MAKE THINGS RIGHT CASE STUDY: damp and mould, [[ADDRESS:Pellew Walk]], [[POSTCODE:E14 6PW]].
Written up by the secretary, [[PERSON:Fadumo Hirsi]].

[[ADDRESS:Pellew Walk]] is a 1960s deck-access block of 48 flats owned by [[ORGANISATION:Eastbank Homes]].
For years each family reported mould on its own and each was told to open windows and wipe it
down. Many of us are [[OTHER_SPECIAL:Somali]] and some older neighbours were afraid that
complaining could harm their [[OTHER_SPECIAL:refugee status]]. So we started counting together.

Survey, March (doors knocked: 48; flats with mould: 31). Examples: [[ADDRESS:flat 22]],
[[PERSON:Rokeya Begum]], whose son [[PERSON:Sami]], [[AGE:9]], has [[HEALTH:asthma]] and was
admitted twice; [[ADDRESS:flat 31]], Mr and Mrs [[PERSON:Zieliński]], Mr [[PERSON:Zieliński]] born
[[DATE_OF_BIRTH:14/08/1952]], mould in both bedrooms; [[ADDRESS:flat 40]],
[[PERSON:Abdirahman Warsame]] and six children in two bedrooms, mushrooms growing from the
skirting.

Meeting, 2 April, community room at [[ADDRESS:Masjid Ibrahim]]. Chair: [[PERSON:Yusuf Abdi]].
Guests: Cllr [[PERSON:Kevin Mould]] (yes, really) and [[PERSON:Priya Venkatesh]] from the MP's
office. Resolved: one complaint for the block, photos attached, survey attached. Cllr
[[PERSON:Mould]] asked the landlord's director to attend next time.

Complaint reference [[REFERENCE:EBH-DM-3378]]. [[ORGANISATION:DryLine Surveys]] came in May and
found the cause in a week: the extract fans on every floor had been disconnected in a 2015
refurbishment and never reconnected, and the decks were leaking into the flats below.

The landlord's damp and mould lead, [[PERSON:Sean Carrick]], wrote to every household to say
sorry, and said plainly that the earlier letters blaming "lifestyle" were wrong. Fans were
reconnected, the decks resurfaced, mould treated, and [[PERSON:Rokeya]]'s family moved
temporarily while their flat was stripped. Compensation ranged from £300 to £1,100.

Lessons: when one flat reports damp, survey the block; never blame residents before inspecting;
pay for interpreters at every meeting. Questions to me on
[[PHONE:oh two oh, seven nine four six, oh double three one]] or
[[EMAIL:fadumo dot hirsi at example dot org]].
"""),
    ),
    (
        "fv2af-ar-01",
        "ar",
        _s("""
بسم الله الرحمن الرحيم. أنا [[PERSON:سميرة القدسي]]، أمينة سرّ لجنة السكان في عمارة
[[ADDRESS:Norfolk Rise]] بمدينة شيفيلد، ورئيس لجنتنا الحاج [[PERSON:عبد الله الشرعبي]].
العمارة أربعة عشر طابقاً وفيها مصعدان فقط، والمالك شركة [[ORGANISATION:Don Valley Homes]]،
أما صيانة المصاعد فعند شركة [[ORGANISATION:Apex Lift Engineering]].

في كانون الثاني الماضي تعطّل المصعدان معاً قرابة ستة أسابيع. في [[ADDRESS:شقة 63]] تسكن
[[PERSON:أم خالد]]، عمرها [[AGE:79 سنة]] وعندها [[HEALTH:قصور في القلب]]، فبقيت حبيسة بيتها
لا تنزل حتى إلى موعد الطبيب. وفي [[ADDRESS:شقة 88]] عائلة [[PERSON:الحميدي]]، ثلاثة أطفال
أصغرهم [[PERSON:ريان]] وعمره [[AGE:سنتان]]، وكانت أمه تحمله وتحمل العربة اثني عشر طابقاً. وجارنا
[[PERSON:Kofi Asante]] في [[ADDRESS:شقة رقم 101]] كان يعود من جلسات علاج [[HEALTH:الفشل الكلوي]] فيجلس على الدرج
نصف ساعة قبل أن يكمل الصعود.

محضر الاجتماع الطارئ، الأحد ١٢ كانون الثاني، قاعة [[ADDRESS:مسجد الرحمة]]. الحضور: ٣٨
ساكناً، والرئيس، وأمينة السر، وعضوة المجلس البلدي [[PERSON:Jayne Hollins]]. القرارات: أولاً،
تقديم شكوى جماعية رسمية باسم العمارة كلها. ثانياً، يتصل الحاج [[PERSON:عبد الله]] بقسم
الصيانة كل يوم ويسجّل الرد. ثالثاً، مراسلة مكتب النائب.

قُدّمت الشكوى في ١٣ كانون الثاني برقم [[REFERENCE:DVH-C-77104]]. جاء ردّ المرحلة الأولى بعد
عشرة أيام يقول إن القطعة تأتي من إيطاليا وليس بأيديهم شيء. عندها كتبنا إلى مكتب النائب،
فردّت علينا [[PERSON:Rebecca Thorne]] مسؤولة الحالات في اليوم نفسه واتصلت بالشركة.

في المرحلة الثانية حضر بنفسه السيد [[PERSON:Gareth Lomas]]، مدير السلامة في الشركة، إلى قاعة
المسجد واعتذر أمام الجميع. دفعوا ٢٠٠ جنيه لكل شقة و٥٠٠ جنيه لمن لا يقدر على الدرج، واستأجروا
كرسياً كهربائياً لصعود الدرج مع عاملَين حتى عاد المصعد.

وبيني وبينكم، كنت أحمل الخبز والحليب ل[[PERSON:أم خالد]] كل صباح، وصارت تدعو لي أكثر مما تدعو
لأولادها.

ما تعلّمه المالك: سجلّ بأسماء من لا يستطيع صعود الدرج، ورسائل نصية بالعربية والإنجليزية كل
يوم أثناء العطل، وغرامات في عقد الصيانة إذا تأخر الإصلاح أكثر من ٤٨ ساعة. للتواصل مع اللجنة:
الحاج [[PERSON:عبد الله]] على [[PHONE:0114 496 0583]]، أو البريد
[[EMAIL:norfolkrise.residents@example.org]]، والرمز البريدي للعمارة [[POSTCODE:S3 8QZ]].
"""),
    ),
    (
        "fv2af-ar-02",
        "ar",
        _s("""
أنا [[PERSON:عوض الله إبراهيم]] ([[PERSON:Awadalla Ibrahim]])، رئيس رابطة المستأجرين في مجمّع
[[ADDRESS:Barton Vale]] في بريستول، [[POSTCODE:BS13 7JN]]. نحن نحو ثلاثين أسرة في بنايتين،
وكثير منا [[OTHER_SPECIAL:سودانيون]] و[[OTHER_SPECIAL:صوماليون]]، والمالك هو
[[ORGANISATION:Severnside Housing Trust]].

منذ شتاء ٢٠٢٢ والرطوبة تأكل الجدران. كل أسرة كانت تبلّغ وحدها، فيأتي موظف ويقول: افتحوا
النوافذ وجفّفوا الغسيل في الخارج. العمّ [[PERSON:الطيب]]، المولود في
[[DATE_OF_BIRTH:الخامس عشر من مارس ١٩٤٩]]، يسكن في [[ADDRESS:رقم ١٧]] وعنده [[HEALTH:الربو]]،
وقد صار العفن الأسود فوق سريره مباشرة. والأخت [[PERSON:إخلاص]] في [[ADDRESS:شقة ٤]] ابنها
[[PERSON:مازن]] عمره [[AGE:سبع سنوات]]، وكتبت مدرسته [[ADDRESS:Hartcliffe Brook Primary]] إليها
بسبب كثرة غيابه، وهو غائب لأنه يسعل طوال الليل.

في ٣ شباط اجتمعنا في قاعة [[ADDRESS:كنيسة سانت ألدهلم]] القريبة. كتبت المحضر أمينة السر
[[PERSON:Bridget O'Neill]]: "الحضور ٢٢ أسرة. حضر عضو المجلس البلدي [[PERSON:Marcus Penrose]].
تقرر: مسح كل الشقق وتصويرها، ورفع شكوى واحدة باسم الرابطة." وجدنا العفن في ١٩ شقة من أصل ٢٨.

رقم الشكوى [[REFERENCE:SHT/2024/DM/0193]]. ردّ المرحلة الأولى كان مثل كل مرة، فاتصلنا بمكتب
النائب، وساعدتنا [[PERSON:Hannah Greaves]] في صياغة طلب المرحلة الثانية، وفتحنا أيضاً ملفاً عند
أمين المظالم للإسكان برقم [[REFERENCE:202409557]] للاحتياط.

في المرحلة الثانية أرسل المالك المسّاحة [[PERSON:Lucy Tremlett]] ومعها شركة
[[ORGANISATION:WestDry Remedial Ltd]]. وجدوا أن المزاريب مسدودة منذ سنوات وأن الماء ينزل داخل
الجدران، وأن مراوح الحمّامات لا تعمل. اعترفوا بالخطأ كتابياً، وأصلحوا السطح والمزاريب، وعالجوا
العفن، ودفعوا تعويضات بين ٣٥٠ و٩٠٠ جنيه.

تعلّموا ثلاثة أشياء: أن يفحصوا البناية كلها إذا اشتكت شقة واحدة، وألا يلوموا السكان قبل
المعاينة، وأن يحضروا مترجماً إلى اجتماعاتنا. لمن يريد النصيحة: [[PHONE:0117 496 0294]].
"""),
    ),
    (
        "fv2af-ar-03",
        "ar",
        _s("""
مرحباً، اسمي [[PERSON:رهف الحلبي]]، وأنا عضوة في لجنة السكان في [[ADDRESS:Gorsey Bank Court]]
بمانشستر، بناية من أربعين شقة تتدفأ كلها من مرجل واحد في القبو. المالك
[[ORGANISATION:Irwell Vale Housing]] والمقاول [[ORGANISATION:Pennine Heat Ltd]].

في شباط انطفأت التدفئة والماء الساخن تسعة أيام متواصلة والحرارة تحت الصفر. جارنا
[[PERSON:أبو سامر]] في [[ADDRESS:شقة 12]]، مواليد [[DATE_OF_BIRTH:١٤/٠٣/١٩٥٨]]، عنده
[[HEALTH:السكري]] وقدماه تتألمان من البرد. والسيدة [[PERSON:Doreen Walsh]] في [[ADDRESS:شقة ٣]]
نامت عند ابنتها في مدينة أخرى. وابنتي [[PERSON:لانا]]، [[AGE:15 عاماً]]، كانت تراجع لامتحانات
GCSE وهي ملتفّة بالبطانية.

ملخّص اجتماع ١٩ شباط في [[ADDRESS:Benchill Community Centre]]: ترأس الاجتماع
[[PERSON:Terry Boardman]]، رئيس اللجنة، وحضرت عضوة المجلس البلدي [[PERSON:Shabana Rafiq]]. قررنا
تقديم شكوى واحدة عن كل البناية وفتح صفحة للّجنة، واسمها الآن
[[OTHER_ID:@GorseyBankResidents]]، لنجمع فيها الصور ودرجات الحرارة كل يوم.

رقم الشكوى [[REFERENCE:IVH-HT-55021]]. في البداية قال موظف السكن [[PERSON:Kieran Doyle]] إن
القطعة "في الطريق". لكن مديرة الشكاوى [[PERSON:Ngozi Eze]] أخذت الموضوع بجدية في المرحلة
الثانية: زارت البناية، واعتذرت، ووزعت سخانات كهربائية، ودفعت ٣٠ جنيهاً عن كل يوم بلا تدفئة، ثم
غيّروا المرجل كله في الصيف.

شيء صغير أزعجني: عند صرف التعويض طلبوا رقم التأمين الوطني ل[[PERSON:أبي سامر]]، فأعطيتهم
[[NI_NUMBER:QQ 58 31 07 D]] لأنه لا يعرف الإنجليزية جيداً، ثم اكتشفنا أنهم لا يحتاجونه أصلاً.
قالوا لنا لاحقاً إنهم حذفوا هذا السؤال من الاستمارة.

ما تعلّمته الشركة: مرجل احتياطي، وقائمة بالسكان المرضى وكبار السن، ورسالة نصية لكل شقة خلال
ساعتين من أي عطل. رقم رئيس اللجنة [[PHONE:+44 7700 900 562]].
"""),
    ),
    (
        "fv2af-ar-04",
        "ar",
        _s("""
محضر مختصر كتبته [[PERSON:زينب الربيعي]]، أمينة سرّ لجنة سكان [[ADDRESS:Alder Court]] و
[[ADDRESS:Rowan Court]] في برمنغهام، لحملة "Make Things Right".

الموضوع: الجرذان وبقّ الفراش. المالك: [[ORGANISATION:Tame Valley Homes]]. مقاول مكافحة
الحشرات: [[ORGANISATION:Midland Pest Control Services]].

الاجتماع الأول، ٨ أيار، في قاعة [[ADDRESS:جامع أهل البيت]] القريب من البنايتين. الرئيس:
[[PERSON:Desmond Clarke]]. الحضور: ٢٧ ساكناً. الشهادات: [[PERSON:أبو حيدر]] في
[[ADDRESS:شقة 5]] رأى جرذاً في مطبخه عند الفجر. السيدة [[PERSON:Paulina Kaczmarek]] في
[[ADDRESS:شقة 14]] رمت فرشتين بسبب البق. ابنتي [[PERSON:نور]]، [[AGE:ثماني سنوات]]، في
[[ADDRESS:Rowan Court، شقة 21]]، قُرصت في ذراعيها حتى ظهرت عندها [[HEALTH:الإكزيما]] من جديد،
وكتبت لها طبيبة [[ADDRESS:Stechford Lane Medical Centre]] رسالة. في الرسالة رقمها في الخدمة
الصحية [[OTHER_ID:943 476 1187]]، وأرسلناها مع الشكوى بعد موافقتي.

القرار: شكوى جماعية. رقمها [[REFERENCE:TVH/PC/8812]].

ملاحظة شخصية: مدرسة [[ADDRESS:Pelham Road Primary]] أرسلت رسالة للأهل تطلب فحص الأطفال، وشعرت
بالخجل كأنني أنا المذنبة. ليس ذنب أحد منا.

ما حدث بعد ذلك: جاءت سيارة المقاول (لوحتها [[OTHER_ID:FN19 WKX]]) ثلاث مرات ورشّت شقة واحدة كل
مرة، فانتقل البق إلى الجيران. في المرحلة الأولى قيل لنا إن المشكلة "نظافة". رفضنا ذلك، وتواصلنا
مع [[PERSON:Aaron Fletcher]] في مكتب النائب، وعضو المجلس البلدي [[PERSON:Waseem Akhtar]]، وفتحنا
ملفاً لدى أمين المظالم برقم [[REFERENCE:202506214]].

في المرحلة الثانية اعترفت مديرة الإصلاحات [[PERSON:Claire Hendry]] أن الأنابيب المكسورة في
غرفة النفايات هي مدخل الجرذان. أُصلحت الأنابيب، وعولجت البنايتان في يوم واحد، وتلقّت كل أسرة
١٥٠ جنيهاً، ومن رمى أثاثاً عُوّض عنه.

الدروس: عالجوا البناية كلها وليس الشقة، ولا تكتبوا للسكان عن "النظافة" قبل الفحص. هاتف اللجنة:
[[PHONE:0121 496 0847]].
"""),
    ),
    (
        "fv2af-ar-05",
        "ar",
        _s("""
أنا [[PERSON:كريمة بنسعيد]]، نائبة رئيس جمعية السكان في [[ADDRESS:Harrowdene Estate]] شمال غرب
لندن. أكتب عن باب المدخل المكسور وما جرّه علينا.

تعطّل نظام الدخول في [[ADDRESS:بلوك C]] في أيلول، وبقي الباب مفتوحاً ليلاً ونهاراً. صار الدرج مكاناً
لتعاطي المخدرات. الحاجة [[PERSON:فاطمة]] في [[ADDRESS:بلوك C، شقة 9]] وجدت رجلاً نائماً أمام
بابها. وابن جارتي [[PERSON:Sandra Mighty]]، [[PERSON:Jordan]]، [[AGE:11 سنة]]، صار يخاف أن ينزل
وحده إلى المدرسة. والسيد [[PERSON:Mohamed Ouazzani]] في [[ADDRESS:شقة رقم 14]] كتب بنفسه ست
رسائل إلكترونية دون أي رد.

الاجتماعات كانت في [[ADDRESS:Harrowdene Community Hall]]، وكان الرئيس [[PERSON:Patrick Oduya]]
يفتتحها ويقرأ أرقام البلاغات. في اجتماع ١٤ تشرين الأول حضرت المستشارة [[PERSON:Ruth Abara]]
وقالت إن المالك [[ORGANISATION:Brentmoor Homes]] لم يبلّغ المجلس بشيء.

قدّمنا شكوى رسمية، رقمها [[REFERENCE:BMH-2023-4471]]، وفتحت الشرطة مع المالك ملف سلوك معادٍ
للمجتمع برقم [[REFERENCE:ASB-44719]]. [[PERSON:عمران صدّيقي]] من مكتب النائب حضر اجتماعاً
واحداً وتابع معنا أسبوعياً.

ثم حدث شيء غريب: اتصل بي رجل قال إنه من المالك وطلب رقم التأمين الوطني "للتحقق"، فأعطيته
[[NI_NUMBER:QQ721948C]] قبل أن أنتبه. لم يكن من المالك. أبلغنا عن ذلك، واعترفت موظفة السلوك
المعادي [[PERSON:Chloe Manning]] أنهم لم يحذّروا السكان قط من هذا النوع من الاحتيال.

في المرحلة الثانية ركّبت شركة [[ORGANISATION:SecureEntry Systems]] باباً جديداً بقفل مغناطيسي
وكاميرا، ودفع المالك ٢٠٠ جنيه لكل شقة في البلوك، وأصبح عندنا موظف يزور البلوك مرتين في الأسبوع.

الدروس: إصلاح باب المدخل أمر أمان وليس "إصلاحاً عادياً"، والرد على الرسائل واجب، والمالك لا
يطلب أبداً الرقم الوطني بالهاتف. للتواصل: [[EMAIL:karima dot bensaid at example dot net]]،
والرمز البريدي [[POSTCODE:nw108rq]].
"""),
    ),
    (
        "fv2af-bn-01",
        "bn",
        _s("""
আমি [[PERSON:রুবিনা আক্তার]], পূর্ব লন্ডনের [[ADDRESS:Brenton Tower]]-এর টেন্যান্টস
অ্যাসোসিয়েশনের সেক্রেটারি। আমাদের চেয়ারম্যান হাজী [[PERSON:আব্দুল মালিক]] সাহেব। বিল্ডিংটা
বাইশ তলা, ফ্ল্যাট ১৭৬টা, লিফট মাত্র দুটো। বাড়িওয়ালা [[ORGANISATION:Poplar Riverside Homes]],
আর লিফট দেখে [[ORGANISATION:CityLift Maintenance]]।

গত বছর অক্টোবর থেকে ডিসেম্বর পর্যন্ত দুটো লিফট প্রায়ই একসাথে বন্ধ থাকত। [[ADDRESS:ফ্ল্যাট ২৭]]-এ
থাকেন [[PERSON:রহিমা খাতুন]], বয়স [[AGE:৮১ বছর]], [[HEALTH:ডায়াবেটিস]] আর হাঁটুর ব্যথা, তিন সপ্তাহ
ঘর থেকে বের হতে পারেননি। [[ADDRESS:ফ্ল্যাট ১৪২]]-এ [[PERSON:Shanice Morgan]] তার
[[AGE:৬ সপ্তাহের]] বাচ্চা নিয়ে চৌদ্দ তলা সিঁড়ি ভাঙতেন। [[PERSON:সুমন]] ভাই, [[ADDRESS:৯৮ নম্বর]],
ডেলিভারির কাজ করেন, প্রতিদিন দেরি হওয়ায় চাকরি যায় যায় অবস্থা।

সভার কার্যবিবরণী, ১০ নভেম্বর, [[ADDRESS:বায়তুল আমান মসজিদ]]-এর কমিউনিটি হল। উপস্থিত: ৪৪ জন বাসিন্দা,
চেয়ারম্যান, সেক্রেটারি, কাউন্সিলর [[PERSON:শাহানা বেগম]]। সিদ্ধান্ত: পুরো বিল্ডিংয়ের পক্ষ থেকে একটা
লিখিত অভিযোগ; প্রত্যেক ফ্ল্যাট নিজের অসুবিধা এক পাতায় লিখবে; এমপির অফিসে চিঠি।

অভিযোগ নম্বর [[REFERENCE:PRH-LFT-30921]]। প্রথম ধাপের উত্তরে বলা হলো যন্ত্রাংশ আসতে সময় লাগবে।
তখন এমপির কেসওয়ার্কার [[PERSON:Daniel Frost]] সরাসরি প্রধান নির্বাহীকে লিখলেন, আর আমরা হাউজিং
ওমবাডসম্যানের কাছেও কেস খুললাম, নম্বর [[REFERENCE:202412208]]।

দ্বিতীয় ধাপে কমপ্লেইন্টস ম্যানেজার [[PERSON:Michelle Agyeman]] নিজে মসজিদের হলে এসে সবার সামনে
দুঃখপ্রকাশ করলেন। প্রতিটা ফ্ল্যাটকে ১৮০ পাউন্ড, আর যারা সিঁড়ি ব্যবহার করতে পারেন না তাদের
৪৫০ পাউন্ড দেওয়া হলো। নতুন লিফট মোটর বসানো হয়েছে মার্চে।

ব্যক্তিগত কথা: আমার শাশুড়িও ওই সময় অসুস্থ ছিলেন, আমি দিনে তিনবার বারো তলা ওঠানামা করেছি। এখন
ভাবলে হাসি পায়, তখন কান্না পেত।

বাড়িওয়ালা যা শিখেছে: যারা সিঁড়ি ব্যবহার করতে পারেন না তাদের তালিকা রাখা, বাংলায় আর ইংরেজিতে
প্রতিদিন টেক্সট পাঠানো, আর ঠিকাদারের চুক্তিতে দেরির জন্য জরিমানা। যোগাযোগ: [[PHONE:০৭৭০০ ৯০০৬৩৮]],
[[EMAIL:brenton.tenants@example.org]], পোস্টকোড [[POSTCODE:E14 0LX]]।
"""),
    ),
    (
        "fv2af-bn-02",
        "bn",
        _s("""
আসসালামু আলাইকুম। আমার নাম [[PERSON:মোহাম্মদ জুবায়ের হোসেন]], এস্টেটে সবাই
[[PERSON:জুবায়ের]] বলেই ডাকে। ওল্ডহ্যামের [[ADDRESS:Copster Fold]] এস্টেটের রেসিডেন্টস প্যানেলে
আছি তিন বছর। আমাদের তিনটা ব্লকে ৯৬টা ফ্ল্যাট, সবগুলোর হিটিং আর গরম পানি আসে একটা কমিউনাল
বয়লার থেকে। বাড়িওয়ালা [[ORGANISATION:Pennine Edge Housing]], ঠিকাদার
[[ORGANISATION:Warmcare Heating Ltd]]।

জানুয়ারিতে বয়লার দুই সপ্তাহে চারবার বন্ধ হলো। [[ADDRESS:ফ্ল্যাট ৬]]-এ [[PERSON:রহিমা]] খালা একা থাকেন,
[[PERSON:রহিমার]] ছেলে ম্যানচেস্টার থেকে এসে হিটার দিয়ে গেছে। পাশের দরজায় মিস্টার
[[PERSON:ব্যারি হিউজ]] ([[PERSON:Barry Hughes]]), জন্ম [[DATE_OF_BIRTH:১৯৪৭ সালের ৩ জানুয়ারি]],
যুদ্ধের পরের প্রজন্মের মানুষ, কখনো অভিযোগ করেন না, কিন্তু এবার বললেন "এনাফ ইজ এনাফ"। উপরের তলায়
[[PERSON:Kasia]] আর তার [[AGE:৫ মাসের]] মেয়ে হোটেলে ছিল দুই রাত।

আমাদের মিটিং হয় [[ADDRESS:জালালাবাদ জামে মসজিদ]]-এর পাশের হলে। ১৮ জানুয়ারির মিটিংয়ে চেয়ার
[[PERSON:Anne-Marie Lord]] ঠিক করলেন সবাই মিলে একটাই অভিযোগ দেওয়া হবে। সেক্রেটারি
[[PERSON:তানিয়া]] সব তারিখ আর তাপমাত্রা একটা খাতায় লিখে রাখল। কাউন্সিলর
[[PERSON:Kamran Ghafoor]]-ও এসেছিলেন, কথা দিলেন ডিরেক্টরকে ফোন করবেন, এবং করেছিলেন।

অভিযোগের রেফারেন্স [[REFERENCE:PEH/CMP/2024/118]]। প্রথম ধাপে [[ORGANISATION:Warmcare]] বলল
পাম্প বদলানো হয়েছে। দ্বিতীয় ধাপে অভিযোগ দেখলেন [[PERSON:Lisa Brereton]], উনি খুঁজে বের করলেন
বয়লারটা দশ বছর আগেই বদলানোর কথা ছিল। ক্ষমা চেয়ে চিঠি দিলেন, প্রত্যেক দিন হিটিং ছাড়া থাকার জন্য
২০ পাউন্ড করে দিলেন, আর গ্রীষ্মে নতুন বয়লার বসল।

শেখা কথা: বয়স্ক আর অসুস্থদের তালিকা আগে থেকে রাখা, হিটিং বন্ধ হলে চার ঘণ্টার মধ্যে হিটার দেওয়া,
আর কমিউনাল বয়লারের জন্য আলাদা একজন অফিসার। প্যানেলের নম্বর [[PHONE:0161 496 0479]]; আমাকে
সরাসরি লিখতে পারেন [[EMAIL:zubair.hossain@example.net]]-এ।
"""),
    ),
    (
        "fv2af-bn-03",
        "bn",
        _s("""
আমি [[PERSON:নাজমা বেগম]], লুটনের [[ADDRESS:Lealand House]]-এর রেসিডেন্টস গ্রুপের সেক্রেটারি।
আমরা [[OTHER_SPECIAL:বাংলাদেশি]] পরিবার, এখানে বারো বছর আছি। এই লেখা ইঁদুরের কথা নিয়ে।

গত শীতে দেয়ালের ভেতর দিয়ে ইঁদুর ঘুরে বেড়াত, রাতে শব্দ শোনা যেত। প্রথমে আমাদের
[[ADDRESS:ফ্ল্যাট ৩বি]]-তে, তারপর [[PERSON:Teresa Kowalczyk]]-এর ফ্ল্যাটে, তারপর পুরো দ্বিতীয় তলায়।
আমার ছেলে [[PERSON:রায়হান]] ([[AGE:৯ বছর]]) ভয়ে রাতে ঘুমাত না, ওর স্কুল
[[ADDRESS:Beechwood Green Primary]] থেকে টিচার জিজ্ঞেস করলেন ক্লাসে ও এত ক্লান্ত কেন। আমার স্বামীর
[[HEALTH:ডিপ্রেশন]] আছে, ঘুম না হলে খুব খারাপ হয়ে যায়। [[ADDRESS:Bury Park Health Centre]]-এর
ডাক্তার একটা চিঠি দিলেন, চিঠিতে [[PERSON:রায়হানের]] এনএইচএস নম্বর [[OTHER_ID:612 448 9073]] লেখা ছিল।

মিটিং হয়েছিল [[ADDRESS:সেন্ট মার্গারেট চার্চ হল]]-এ, ২ ফেব্রুয়ারি। চেয়ার [[PERSON:Gary Whitmore]]
বললেন, "এক ফ্ল্যাট করে অভিযোগ দিলে কিছু হবে না।" কাউন্সিলর [[PERSON:Aysha Rahman]] আর এমপির
অফিস থেকে [[PERSON:Ben Carver]] এসেছিলেন। আমরা একটা ফেসবুক পেজ খুললাম,
[[OTHER_ID:facebook.com/lealandhouseresidents]], সেখানে ছবি আর ভিডিও জমা হতে থাকল।

অভিযোগ নম্বর [[REFERENCE:CGH-PEST-6620]]। বাড়িওয়ালা [[ORGANISATION:Chiltern Gate Homes]] প্রথমে
[[ORGANISATION:Vale Pest Solutions]]-কে পাঠাল, তারা শুধু ফাঁদ রেখে চলে গেল। দ্বিতীয় ধাপে হাউজিং
ম্যানেজার [[PERSON:Priti Shah]] পুরো বিল্ডিং সার্ভে করালেন, পেছনের ড্রেনের একটা ভাঙা পাইপ পাওয়া গেল।
পাইপ সারানো হলো, দেয়ালের ফাঁক বন্ধ করা হলো, প্রত্যেক ফ্ল্যাট ১২০ পাউন্ড পেল।

শিক্ষা: ইঁদুর একটা ফ্ল্যাটের সমস্যা না, পুরো বিল্ডিংয়ের। আর বাসিন্দাদের সাথে কথা বলার সময় ভদ্রভাবে,
নিজেদের ভাষায় বলা দরকার। আমার নম্বর [[PHONE:07700 900 285]]।
"""),
    ),
    (
        "fv2af-bn-04",
        "bn",
        _s("""
বার্মিংহামের [[ADDRESS:Saltmarsh Tower]] রেসিডেন্টস প্যানেলের পক্ষ থেকে লিখছি। আমি
[[PERSON:শফিকুল ইসলাম]] ([[PERSON:Shafiqul Islam]]), প্যানেলের চেয়ার।

২০২৩ সালে আমাদের বাড়িওয়ালা [[ORGANISATION:Brindley Homes Group]] বিল্ডিংয়ের ক্ল্যাডিং বদলানো শুরু
করে, কাজ করে [[ORGANISATION:Apex Envelope Ltd]]। কাজটা দরকার ছিল, কেউ আপত্তি করেনি। সমস্যা হলো
কাজের ধরন: জানালা সিল করে দেওয়া হলো, বাইরের দেয়াল খোলা অবস্থায় বৃষ্টি হলো, আর ভেতরে পানি ঢুকল।

প্যানেলের জরিপ থেকে কয়েকটা উদাহরণ (সবার অনুমতি নিয়ে): [[ADDRESS:ফ্ল্যাট ৫৬]] — [[PERSON:আয়েশা সিদ্দিকা]],
যমজ মেয়ে দুজনেরই বয়স [[AGE:৪ বছর]], বেডরুমের দেয়ালে কালো ছত্রাক। [[ADDRESS:ফ্ল্যাট ৯০]] —
মিস্টার [[PERSON:Kwame Boateng]], [[HEALTH:মাল্টিপল স্ক্লেরোসিস]] আছে, জানালা খুলতে না পারায় গরমে
অসুস্থ হয়ে পড়েন। [[ADDRESS:ফ্ল্যাট ১০৩]] — [[PERSON:Eileen]] আপা, যিনি এই বিল্ডিংয়ে চল্লিশ বছর
আছেন, ছাদ চুঁইয়ে পানি পড়েছে তিন সপ্তাহ।

মিটিং হতো প্রতি মাসের প্রথম শুক্রবার, জুম্মার পর, [[ADDRESS:শাহজালাল মসজিদ]]-এর নিচতলার হলে।
কাউন্সিলর [[PERSON:Jim Brannigan]] দুবার এসেছিলেন। এমপির অফিসের [[PERSON:নাসরিন চৌধুরী]] আমাদের
হয়ে বাংলায় চিঠি বুঝিয়ে দিতেন।

গ্রুপ অভিযোগের নম্বর [[REFERENCE:BHG/CLD/0072]]। প্রথম ধাপের উত্তর এল শুধু ডিহিউমিডিফায়ারের তালিকা
নিয়ে। দ্বিতীয় ধাপে রেসিডেন্ট লিয়াজোঁ অফিসার [[PERSON:Sophie Lang]] প্রতিটা ফ্ল্যাটে গেলেন, ভুল স্বীকার
করলেন, আর ছত্রাক পরিষ্কার, রং, ট্রিকল ভেন্ট, সবার জন্য ৩০০ পাউন্ড ক্ষতিপূরণ ঠিক হলো।

একটা হাসির কথা: টাকা পাঠানোর ফর্মে আমি নিজের সর্ট কোড [[OTHER_ID:30-94-57]] লিখলাম ঠিকই, কিন্তু
অ্যাকাউন্টের শেষ চার সংখ্যা [[OTHER_ID:6158]]-এর জায়গায় ফোন নম্বর লিখে ফেলেছিলাম। টাকা আসতে
তিন সপ্তাহ দেরি, দোষ আমারই!

বাড়িওয়ালা যা শিখেছে: বড় কাজের আগে বাতাস চলাচলের পরিকল্পনা, প্রতি সপ্তাহে বাসিন্দাদের আপডেট, আর
একজন অফিসার যে সাইটে রোজ থাকবে। যোগাযোগ: [[PHONE:0121 496 0736]] অথবা
[[EMAIL:saltmarsh dot panel at example dot org]]।
"""),
    ),
    (
        "fv2af-bn-05",
        "bn",
        _s("""
লিডসের [[ADDRESS:Gledhow Rise]], [[POSTCODE:ls74qd]] — টেন্যান্টস অ্যান্ড রেসিডেন্টস অ্যাসোসিয়েশন।
লিখেছেন সেক্রেটারি [[PERSON:ফারহানা ইয়াসমিন]]।

বিষয়: স্যাঁতসেঁতে ভাব, ছত্রাক আর গাদাগাদি করে থাকা। বাড়িওয়ালা
[[ORGANISATION:Leeds Northside Homes]]; সার্ভে করেছে [[ORGANISATION:Yorkshire Damp Co]]।

সভা, ৭ মার্চ, [[ADDRESS:Chapeltown Family Centre]]। সভাপতি [[PERSON:Gloria Henry]]। উপস্থিত ৩১ জন,
কাউন্সিলর [[PERSON:Mohammed Iqbal]], আর বাড়িওয়ালার পক্ষ থেকে [[PERSON:Amir Qureshi]]।

আলোচনা: [[ADDRESS:ফ্ল্যাট ১৮]]-তে [[PERSON:মিনারা বিবি]]-র পরিবার, সাতজন মানুষ দুই বেডরুমে। ছেলে
[[PERSON:ইমরান]], [[AGE:১৩ বছর]], দাদার সাথে এক ঘরে ঘুমায়। দাদা [[PERSON:আব্দুর রব]], জন্ম তারিখ
[[DATE_OF_BIRTH:০৯/১১/১৯৫৫]], [[HEALTH:সিওপিডি]] রোগী, আর ঘরের দেয়াল কালো। হাউজিং রেজিস্টার নম্বর
[[REFERENCE:HR-0558172]], কিন্তু চার বছরেও কোনো অফার আসেনি। [[ADDRESS:ফ্ল্যাট ২২]]-তে
[[PERSON:Liam Costello]] জানালেন তাঁর বাথরুমের ছাদ থেকে পানি পড়ে নিচের ফ্ল্যাটে যায়।

সিদ্ধান্ত: প্রতিটা ফ্ল্যাটের ছবি নিয়ে একসাথে অভিযোগ; এমপির কেসওয়ার্কার [[PERSON:Rachel Denby]]-কে কপি।

(নিজের কথা: [[PERSON:মিনারা]] আপার বাসায় প্রথম গিয়ে আমি সত্যিই কেঁদে ফেলেছিলাম।)

অভিযোগ নম্বর [[REFERENCE:LNH-DMP-41190]]। একটা বাধা ছিল: রেজিস্টারের ফর্মে [[PERSON:মিনারা]] আপার স্বামীর
ন্যাশনাল ইন্সুরেন্স নম্বর ভুল লেখা হয়েছিল, [[NI_NUMBER:QQ 33 81 60 A]]-এর জায়গায় অন্য নম্বর, তাই
আবেদন আটকে ছিল। দ্বিতীয় ধাপে [[PERSON:Amir]] সাহেব ভুলটা ধরলেন, পরিবারকে জরুরি ভিত্তিতে
চার বেডরুমের বাড়ির তালিকায় তুললেন। পুরো ব্লকে ছাদ আর ভেন্টিলেশন ঠিক হলো, আর হাউজিং
ওমবাডসম্যানের কাছে যাওয়ার দরকার পড়েনি।

শিক্ষা: একটা ফ্ল্যাটে ছত্রাক মানে পুরো ব্লক দেখা; গাদাগাদি আর স্যাঁতসেঁতে ভাব একসাথে দেখা; আর
ফর্মের ভুল বাসিন্দার ঘাড়ে না চাপানো। যোগাযোগ: [[PERSON:Gloria]], [[PHONE:0113 496 0655]]।
"""),
    ),
    (
        "fv2af-pa-01",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਹਰਪ੍ਰੀਤ ਕੌਰ ਸੰਧੂ]], ਸਾਊਥਾਲ ਦੇ [[ADDRESS:Tenby Heights]] ([[POSTCODE:UB1 3NS]]) ਦੀ
ਟੀਨੈਂਟਸ ਐਸੋਸੀਏਸ਼ਨ ਦੀ ਸਕੱਤਰ ਹਾਂ। ਸਾਡੇ ਚੇਅਰਮੈਨ ਸਰਦਾਰ [[PERSON:ਗੁਰਮੀਤ ਸਿੰਘ ਬਾਜਵਾ]] ਜੀ ਹਨ।
ਬਿਲਡਿੰਗ ਅਠਾਰਾਂ ਮੰਜ਼ਿਲਾਂ ਦੀ ਹੈ ਤੇ ਲਿਫਟਾਂ ਸਿਰਫ਼ ਦੋ। ਮਕਾਨ-ਮਾਲਕ
[[ORGANISATION:Brentside Community Housing]] ਹੈ ਅਤੇ ਲਿਫਟਾਂ ਦੀ ਮੁਰੰਮਤ
[[ORGANISATION:Metro Lift Services]] ਕਰਦੀ ਹੈ।

ਪਿਛਲੀਆਂ ਸਰਦੀਆਂ ਵਿੱਚ ਦੋਵੇਂ ਲਿਫਟਾਂ ਪੰਜ ਹਫ਼ਤੇ ਵਾਰੀ-ਵਾਰੀ ਬੰਦ ਰਹੀਆਂ। [[ADDRESS:ਫਲੈਟ ੫੨]] ਵਿੱਚ ਬੀਬੀ
[[PERSON:ਸੁਰਜੀਤ ਕੌਰ]] ਰਹਿੰਦੇ ਹਨ, ਉਮਰ [[AGE:੮੪ ਸਾਲ]], [[HEALTH:ਦਿਲ ਦੀ ਬਿਮਾਰੀ]] ਹੈ; ਉਹ ਗੁਰਦੁਆਰੇ ਵੀ ਨਾ
ਜਾ ਸਕੇ। [[ADDRESS:ਫਲੈਟ 77]] ਵਾਲੀ [[PERSON:Aleksandra]] ਬੱਚੇ ਦੀ ਪ੍ਰੈਮ ਚੁੱਕ ਕੇ ਚੌਦਾਂ ਮੰਜ਼ਿਲਾਂ ਚੜ੍ਹਦੀ ਸੀ।
ਮਿਸਟਰ [[PERSON:ਡੈਨਿਸ ਓ'ਬ੍ਰਾਇਨ]], ਜੋ ਸੋਟੀ ਨਾਲ ਤੁਰਦੇ ਹਨ, ਪੌੜੀਆਂ 'ਤੇ ਡਿੱਗ ਪਏ।

ਮੀਟਿੰਗ ਦੀ ਕਾਰਵਾਈ, ੨੪ ਨਵੰਬਰ, [[ADDRESS:ਗੁਰਦੁਆਰਾ ਦਸਮੇਸ਼ ਦਰਬਾਰ]] ਦਾ ਲੰਗਰ ਹਾਲ। ਹਾਜ਼ਰ: ੩੯ ਵਸਨੀਕ,
ਕੌਂਸਲਰ [[PERSON:Jaspal Virdee]]। ਫ਼ੈਸਲੇ: ਸਾਰੀ ਬਿਲਡਿੰਗ ਵੱਲੋਂ ਇੱਕ ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ; ਹਰ ਫਲੈਟ ਆਪਣੀ
ਤਕਲੀਫ਼ ਇੱਕ ਸਫ਼ੇ 'ਤੇ ਲਿਖੇ; ਐੱਮਪੀ ਦੇ ਦਫ਼ਤਰ ਨੂੰ ਚਿੱਠੀ।

ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:BCH/LIFT/60413]]। ਪਹਿਲੇ ਪੜਾਅ ਦਾ ਜਵਾਬ ਆਇਆ ਕਿ ਪੁਰਜ਼ੇ ਉਡੀਕ ਵਿੱਚ ਹਨ।
ਐੱਮਪੀ ਦੀ ਕੇਸਵਰਕਰ [[PERSON:Olivia Hart]] ਨੇ ਉਸੇ ਹਫ਼ਤੇ ਮੁੱਖ ਅਧਿਕਾਰੀ ਨੂੰ ਲਿਖਿਆ, ਅਤੇ ਅਸੀਂ ਹਾਊਸਿੰਗ
ਓਮਬਡਸਮੈਨ ਕੋਲ ਵੀ ਕੇਸ ਖੋਲ੍ਹ ਦਿੱਤਾ, ਨੰਬਰ [[REFERENCE:202410092]]।

ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ ਬਿਲਡਿੰਗ ਸੇਫ਼ਟੀ ਮੈਨੇਜਰ [[PERSON:Neil Summers]] ਆਪ ਲੰਗਰ ਹਾਲ ਆਏ, ਸਭ ਦੇ ਸਾਹਮਣੇ
ਮੁਆਫ਼ੀ ਮੰਗੀ। ਹਰ ਫਲੈਟ ਨੂੰ £175 ਮਿਲੇ, ਜਿਹੜੇ ਪੌੜੀਆਂ ਨਹੀਂ ਚੜ੍ਹ ਸਕਦੇ ਉਨ੍ਹਾਂ ਨੂੰ £400, ਅਤੇ ਮਾਰਚ ਵਿੱਚ ਨਵੀਆਂ
ਮੋਟਰਾਂ ਲੱਗ ਗਈਆਂ।

ਆਪਣੀ ਗੱਲ: ਉਨ੍ਹਾਂ ਦਿਨਾਂ ਵਿੱਚ [[PERSON:ਪੰਮੀ]] ਭੈਣ ਜੀ ਅਤੇ ਮੈਂ ਰੋਜ਼ ਬੀਬੀ ਜੀ ਲਈ ਲੰਗਰ ਤੋਂ ਪ੍ਰਸ਼ਾਦਾ ਚੁੱਕ ਕੇ
ਬਾਰਾਂ ਮੰਜ਼ਿਲਾਂ ਚੜ੍ਹਦੀਆਂ ਸਾਂ। ਸੇਵਾ ਵੀ ਹੋ ਗਈ, ਕਸਰਤ ਵੀ।

ਮਕਾਨ-ਮਾਲਕ ਨੇ ਕੀ ਸਿੱਖਿਆ: ਪੌੜੀਆਂ ਨਾ ਚੜ੍ਹ ਸਕਣ ਵਾਲੇ ਵਸਨੀਕਾਂ ਦੀ ਸੂਚੀ, ਲਿਫਟ ਬੰਦ ਹੋਣ 'ਤੇ ਹਰ ਰੋਜ਼ ਟੈਕਸਟ,
ਅਤੇ ਠੇਕੇ ਵਿੱਚ ਦੇਰੀ ਦਾ ਜੁਰਮਾਨਾ। ਸੰਪਰਕ: [[PHONE:020 7946 0264]],
[[EMAIL:tenbyheights.ta@example.org]]।
"""),
    ),
    (
        "fv2af-pa-02",
        "pa",
        _s("""
ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ। ਮੇਰਾ ਨਾਮ [[PERSON:ਕੁਲਵਿੰਦਰ ਸਿੰਘ ਢਿੱਲੋਂ]] ([[PERSON:Kulwinder Singh Dhillon]])
ਹੈ, ਸਾਰੇ ਮੈਨੂੰ [[PERSON:ਕਿੰਦਾ]] ਕਹਿੰਦੇ ਹਨ। ਮੈਂ ਸਮੈਦਿਕ ਦੇ [[ADDRESS:Cape Hill Court]] ਦੇ ਰੈਜ਼ੀਡੈਂਟਸ
ਪੈਨਲ ਵਿੱਚ ਹਾਂ। ਸਾਡੇ ਬਲਾਕ ਵਿੱਚ ਸੱਠ ਫਲੈਟ ਹਨ ਅਤੇ ਅੱਧਿਆਂ ਤੋਂ ਵੱਧ ਵਿੱਚ ਸਿੱਲ੍ਹ ਅਤੇ ਕਾਲੀ ਉੱਲੀ ਸੀ।
ਮਕਾਨ-ਮਾਲਕ [[ORGANISATION:Black Country Living Homes]] ਹੈ।

ਮੇਰੇ ਬਾਪੂ ਜੀ, ਸਰਦਾਰ [[PERSON:ਕਰਨੈਲ ਸਿੰਘ]], ਜਿਨ੍ਹਾਂ ਦਾ ਜਨਮ [[DATE_OF_BIRTH:ਦਸ ਅਪ੍ਰੈਲ ਉੱਨੀ ਸੌ ਚਾਲੀ]] ਦਾ
ਹੈ, [[ADDRESS:ਫਲੈਟ 4]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ, ਤੇ ਉਨ੍ਹਾਂ ਦੀ ਕੰਧ ਬਿਸਤਰੇ ਦੇ ਪਿੱਛੇ ਬਿਲਕੁਲ ਕਾਲੀ ਹੋ ਗਈ ਸੀ।
[[ADDRESS:ਨੰਬਰ 11]] ਵਿੱਚ [[PERSON:Mercy Adjei]] ਦੇ ਜੁੜਵਾਂ ਮੁੰਡਿਆਂ ਨੂੰ ਸਾਰੀ ਸਰਦੀ ਖੰਘ ਰਹੀ। ਸਾਡੀ
ਭਤੀਜੀ [[PERSON:ਜੱਸੀ]], [[AGE:16 ਸਾਲ]], [[ADDRESS:Rood End Academy]] ਵਿੱਚ ਪੜ੍ਹਦੀ ਹੈ, ਉਹਦੀਆਂ
ਕਿਤਾਬਾਂ ਤੱਕ ਉੱਲੀ ਨਾਲ ਖ਼ਰਾਬ ਹੋ ਗਈਆਂ।

ਪੈਨਲ ਦੀ ਮੀਟਿੰਗ ੯ ਫ਼ਰਵਰੀ ਨੂੰ [[ADDRESS:ਗੁਰਦੁਆਰਾ ਨਿਸ਼ਕਾਮ ਸੇਵਾ]] ਦੇ ਹਾਲ ਵਿੱਚ ਹੋਈ। ਚੇਅਰ
[[PERSON:Pauline Grant]] ਨੇ ਕਿਹਾ ਕਿ ਹਰ ਘਰ ਫ਼ੋਟੋਆਂ ਖਿੱਚੇ ਅਤੇ ਤਾਰੀਖ਼ਾਂ ਲਿਖੇ। ਕੌਂਸਲਰ
[[PERSON:Rajinder Bains]] ਵੀ ਆਏ। ਮੈਂ ਸਾਰੀਆਂ ਫ਼ੋਟੋਆਂ ਆਪਣੇ ਇੰਸਟਾਗ੍ਰਾਮ [[OTHER_ID:@kinda_dhillon]] 'ਤੇ ਵੀ
ਪਾਈਆਂ, ਤਾਂ ਜੋ ਗੁਆਚ ਨਾ ਜਾਣ।

ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:BCL-DM-20871]]। ਪਹਿਲੇ ਪੜਾਅ ਵਿੱਚ ਚਿੱਠੀ ਆਈ ਕਿ "ਖਿੜਕੀਆਂ ਖੋਲ੍ਹੋ, ਕੱਪੜੇ
ਅੰਦਰ ਨਾ ਸੁਕਾਓ"। ਬਾਪੂ ਜੀ ਬਹੁਤ ਗੁੱਸੇ ਹੋਏ, ਕਹਿੰਦੇ ਪੰਜਾਹ ਸਾਲ ਤੋਂ ਕੱਪੜੇ ਸੁਕਾ ਰਿਹਾ ਹਾਂ! ਫਿਰ ਐੱਮਪੀ ਦੇ
ਦਫ਼ਤਰ ਤੋਂ [[PERSON:Tom Whiteley]] ਨੇ ਮਾਮਲਾ ਚੁੱਕਿਆ।

ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ ਡੈਂਪ ਐਂਡ ਮੋਲਡ ਦੀ ਮੁਖੀ [[PERSON:Hayley Morris]] ਨੇ [[ORGANISATION:DampTech Midlands]]
ਤੋਂ ਸਾਰੇ ਬਲਾਕ ਦਾ ਸਰਵੇ ਕਰਵਾਇਆ। ਪਤਾ ਲੱਗਾ ਕਿ ਛੱਤ ਦੀ ਇਨਸੂਲੇਸ਼ਨ ਕਦੇ ਲੱਗੀ ਹੀ ਨਹੀਂ ਸੀ। ਉਨ੍ਹਾਂ ਨੇ
ਲਿਖਤੀ ਮੁਆਫ਼ੀ ਮੰਗੀ, ਛੱਤ ਠੀਕ ਕੀਤੀ, ਪੱਖੇ ਲਾਏ ਅਤੇ £250 ਤੋਂ £700 ਤੱਕ ਮੁਆਵਜ਼ਾ ਦਿੱਤਾ।

ਸਬਕ: ਇੱਕ ਫਲੈਟ ਦੀ ਸ਼ਿਕਾਇਤ ਆਵੇ ਤਾਂ ਸਾਰਾ ਬਲਾਕ ਵੇਖੋ, ਅਤੇ ਵਸਨੀਕਾਂ ਨੂੰ ਦੋਸ਼ ਦੇਣ ਤੋਂ ਪਹਿਲਾਂ ਜਾਂਚ ਕਰੋ।
ਪੈਨਲ ਦਾ ਫ਼ੋਨ [[PHONE:0121 496 0519]]।
"""),
    ),
    (
        "fv2af-pa-03",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਅਮਨਦੀਪ ਕੌਰ ਰੰਧਾਵਾ]] ਹਾਂ, ਵੁਲਵਰਹੈਂਪਟਨ ਦੇ [[ADDRESS:Lowhill Court]] ਦੀ ਰੈਜ਼ੀਡੈਂਟਸ ਕਮੇਟੀ
ਦੀ ਮੈਂਬਰ। ਸਾਡੇ ਬਲਾਕ ਦੇ ੪੮ ਫਲੈਟਾਂ ਨੂੰ ਇੱਕੋ ਬੋਇਲਰ ਤੋਂ ਗਰਮੀ ਮਿਲਦੀ ਹੈ। ਪਿਛਲੇ ਦਸੰਬਰ ਉਹ ਬੋਇਲਰ
ਗਿਆਰਾਂ ਦਿਨ ਬੰਦ ਰਿਹਾ, ਬਾਹਰ ਬਰਫ਼ ਪੈ ਰਹੀ ਸੀ।

ਕਿਹਦਾ ਕੀ ਹਾਲ ਸੀ: [[ADDRESS:ਫਲੈਟ 15]] ਵਿੱਚ ਮਾਤਾ [[PERSON:ਬਲਬੀਰ ਕੌਰ]] ਨੂੰ [[HEALTH:ਦਮਾ]] ਹੈ, ਉਨ੍ਹਾਂ ਨੂੰ
ਹਸਪਤਾਲ ਲਿਜਾਣਾ ਪਿਆ। ਉੱਪਰਲੇ ਫਲੈਟ ਵਿੱਚ [[PERSON:Dorothy]] ਨੇ ਤਿੰਨ ਰਾਤਾਂ ਕੋਟ ਪਾ ਕੇ ਕੱਟੀਆਂ। ਮੇਰੀ
ਆਪਣੀ ਧੀ [[PERSON:ਸਿਮਰਨ]], [[AGE:ਦੋ ਸਾਲ]], ਨੂੰ ਬੁਖ਼ਾਰ ਚੜ੍ਹ ਗਿਆ; ਡਾਕਟਰ ਦੀ ਚਿੱਠੀ ਵਿੱਚ ਉਹਦਾ ਐੱਨਐੱਚਐੱਸ
ਨੰਬਰ [[OTHER_ID:401 023 2137]] ਸੀ, ਜੋ ਮੈਂ ਸ਼ਿਕਾਇਤ ਨਾਲ ਭੇਜਿਆ। ਅਤੇ [[PERSON:ਗੋਲਡੀ]] ਵੀਰ, ਜੋ
[[ADDRESS:ਫਲੈਟ 22]] ਵਿੱਚ ਰਹਿੰਦਾ ਹੈ, ਸਾਰਿਆਂ ਲਈ ਆਪਣੀ ਵੈਨ ਵਿੱਚ ਹੀਟਰ ਲਿਆਉਂਦਾ ਰਿਹਾ।

ਕਮੇਟੀ ਮੀਟਿੰਗ, ੧੪ ਦਸੰਬਰ, [[ADDRESS:Lowhill Community Hall]]। ਚੇਅਰ [[PERSON:Winston Baptiste]],
ਸਕੱਤਰ [[PERSON:Joanne Pryce]] ([[PHONE:07700 900 743]])। ਕੌਂਸਲਰ [[PERSON:Harjit Rai]] ਹਾਜ਼ਰ।
ਫ਼ੈਸਲਾ: ਇੱਕੋ ਸ਼ਿਕਾਇਤ, ਸਾਰੇ ਫਲੈਟਾਂ ਦੇ ਨਾਂ ਨਾਲ।

ਇੱਕ ਗੱਲ ਜਿਸ 'ਤੇ ਹਾਸਾ ਵੀ ਆਉਂਦਾ ਤੇ ਗੁੱਸਾ ਵੀ: [[ORGANISATION:Midland Boilerworks]] ਦੀ ਵੈਨ
([[OTHER_ID:YR70 HXD]]) ਹਰ ਵਾਰੀ ਅਪਾਹਜਾਂ ਵਾਲੀ ਪਾਰਕਿੰਗ ਵਿੱਚ ਖੜ੍ਹਦੀ ਸੀ, ਤੇ ਇੰਜੀਨੀਅਰ ਅੱਧੇ ਘੰਟੇ ਵਿੱਚ
"ਪੁਰਜ਼ਾ ਨਹੀਂ" ਕਹਿ ਕੇ ਚਲਾ ਜਾਂਦਾ।

ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:DPH-HEAT-7712]]। ਮਕਾਨ-ਮਾਲਕ [[ORGANISATION:Dunstall Park Housing]] ਵੱਲੋਂ
ਪਹਿਲਾ ਜਵਾਬ ਢਿੱਲਾ ਸੀ, ਤਾਂ ਅਸੀਂ ਐੱਮਪੀ ਦੀ ਕੇਸਵਰਕਰ [[PERSON:Megan Doyle]] ਨੂੰ ਲਿਖਿਆ। ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ
ਮੈਨੇਜਰ [[PERSON:Paul Knight]] ਨੇ ਮੰਨਿਆ ਕਿ ਬੋਇਲਰ ਦੀ ਸਰਵਿਸ ਦੋ ਸਾਲ ਤੋਂ ਨਹੀਂ ਹੋਈ ਸੀ। ਹਰ ਘਰ ਨੂੰ £30
ਰੋਜ਼ਾਨਾ ਮੁਆਵਜ਼ਾ, ਤੇਲ ਵਾਲੇ ਹੀਟਰ, ਅਤੇ ਗਰਮੀਆਂ ਵਿੱਚ ਨਵਾਂ ਬੋਇਲਰ।

ਸਬਕ: ਬਜ਼ੁਰਗਾਂ ਤੇ ਛੋਟੇ ਬੱਚਿਆਂ ਵਾਲੇ ਘਰਾਂ ਦੀ ਸੂਚੀ, ਚਾਰ ਘੰਟਿਆਂ ਵਿੱਚ ਹੀਟਰ, ਅਤੇ ਠੇਕੇਦਾਰ ਦੀ ਨਿਗਰਾਨੀ।
"""),
    ),
    (
        "fv2af-pa-04",
        "pa",
        _s("""
ਲੈਸਟਰ, [[ADDRESS:Clarendon Rise]] ਟੀਨੈਂਟਸ ਐਸੋਸੀਏਸ਼ਨ। ਸਕੱਤਰ [[PERSON:ਮਨਜੀਤ ਸਿੰਘ ਗਰੇਵਾਲ]] ਵੱਲੋਂ
"Make Things Right" ਲਈ ਲਿਖਿਆ।

ਮਸਲਾ: ਕਾਕਰੋਚ ਅਤੇ ਖਟਮਲ, ਤਿੰਨਾਂ ਬਲਾਕਾਂ ਵਿੱਚ। ਮਕਾਨ-ਮਾਲਕ [[ORGANISATION:Soar Valley Homes]]; ਕੀਟ-ਨਾਸ਼ਕ
ਠੇਕੇਦਾਰ [[ORGANISATION:Pestaway East Midlands]]।

ਮੀਟਿੰਗ ੩ ਜੂਨ, [[ADDRESS:ਗੁਰਦੁਆਰਾ ਸੱਚਖੰਡ ਦਰਬਾਰ]] ਦੇ ਦੀਵਾਨ ਹਾਲ ਦੇ ਨਾਲ ਵਾਲਾ ਕਮਰਾ। ਪ੍ਰਧਾਨ:
[[PERSON:Yvonne Patel]]। ਹਾਜ਼ਰ ੩੩ ਪਰਿਵਾਰ ਅਤੇ ਕੌਂਸਲਰ [[PERSON:Ravi Mistry]]।

ਰਿਪੋਰਟਾਂ: [[ADDRESS:ਫਲੈਟ 8]], ਬੀਬੀ [[PERSON:ਗੁਰਦੇਵ ਕੌਰ]] — ਰਸੋਈ ਵਿੱਚ ਕਾਕਰੋਚ। ਬੀਬੀ ਜੀ
[[OTHER_SPECIAL:ਅੰਮ੍ਰਿਤਧਾਰੀ ਸਿੱਖ]] ਹਨ, ਅਤੇ ਠੇਕੇਦਾਰ ਦੇ ਬੰਦੇ ਬਿਨਾਂ ਪੁੱਛੇ ਜੁੱਤੀਆਂ ਸਮੇਤ ਉਸ ਕਮਰੇ ਵਿੱਚ ਵੜ ਗਏ
ਜਿੱਥੇ ਗੁਟਕਾ ਸਾਹਿਬ ਰੱਖੇ ਹਨ ਅਤੇ ਉੱਥੇ ਸਪਰੇਅ ਕਰ ਦਿੱਤੀ। [[ADDRESS:ਫਲੈਟ 19]], [[PERSON:Jamal Hussein]] —
ਖਟਮਲ, ਦੋ ਗੱਦੇ ਸੁੱਟਣੇ ਪਏ। [[ADDRESS:ਫਲੈਟ 31]], [[PERSON:Bogdan]] ਅਤੇ [[PERSON:Ilona]] — ਬੱਚੇ ਦੀਆਂ
ਬਾਹਾਂ 'ਤੇ ਦੰਦੀਆਂ।

ਫ਼ੈਸਲਾ: ਸਾਂਝੀ ਸ਼ਿਕਾਇਤ ਦਿੱਤੀ ਜਾਵੇ। ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:SVH/PEST/31177]]।

ਫਿਰ ਇੱਕ ਹੋਰ ਗੜਬੜ ਹੋਈ: ਠੇਕੇਦਾਰ ਨੇ ਬੀਬੀ ਜੀ ਦੀ ਚਿੱਠੀ ਗ਼ਲਤ ਫਲੈਟ ਵਿੱਚ ਛੱਡ ਦਿੱਤੀ, ਅਤੇ ਉਸ ਵਿੱਚ ਉਨ੍ਹਾਂ ਦਾ
ਨੈਸ਼ਨਲ ਇੰਸ਼ੋਰੈਂਸ ਨੰਬਰ [[NI_NUMBER:QQ 61 24 83 B]] ਲਿਖਿਆ ਸੀ। ਗੁਆਂਢੀ ਨੇ ਚਿੱਠੀ ਮੋੜ ਦਿੱਤੀ, ਪਰ ਅਸੀਂ ਇਹ ਵੀ
ਸ਼ਿਕਾਇਤ ਵਿੱਚ ਜੋੜਿਆ।

ਪਹਿਲੇ ਪੜਾਅ ਵਿੱਚ ਜਵਾਬ ਮਿਲਿਆ ਕਿ "ਸਫ਼ਾਈ ਰੱਖੋ"। ਐੱਮਪੀ ਦੇ ਦਫ਼ਤਰ ਤੋਂ [[PERSON:ਸੁਖਪ੍ਰੀਤ ਗਿੱਲ]] ਨੇ ਮਦਦ
ਕੀਤੀ, ਅਤੇ ਓਮਬਡਸਮੈਨ ਕੋਲ ਕੇਸ [[REFERENCE:202507418]] ਵੀ ਖੋਲ੍ਹਿਆ। ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ ਹਾਊਸਿੰਗ ਮੈਨੇਜਰ
[[PERSON:Hannah Blake]] ਨੇ ਸਾਰਿਆਂ ਤੋਂ ਮੁਆਫ਼ੀ ਮੰਗੀ, ਤਿੰਨੇ ਬਲਾਕ ਇੱਕੋ ਹਫ਼ਤੇ ਵਿੱਚ ਸਾਫ਼ ਕਰਵਾਏ, ਗੱਦਿਆਂ ਦੇ
ਪੈਸੇ ਦਿੱਤੇ ਅਤੇ ਡੇਟਾ ਦੀ ਗ਼ਲਤੀ ਦੀ ਰਿਪੋਰਟ ਕੀਤੀ।

ਸਬਕ: ਸਾਰੀ ਇਮਾਰਤ ਦਾ ਇਲਾਜ ਇੱਕੋ ਵਾਰ; ਘਰ ਵਿੱਚ ਧਾਰਮਿਕ ਥਾਂ ਦਾ ਸਤਿਕਾਰ, ਪਹਿਲਾਂ ਪੁੱਛੋ; ਚਿੱਠੀਆਂ ਸਹੀ ਦਰਵਾਜ਼ੇ
'ਤੇ। ਸੰਪਰਕ: [[PHONE:0116 496 0382]], [[EMAIL:clarendonrise.ta@example.net]]।
"""),
    ),
    (
        "fv2af-pa-05",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਰਾਜਵਿੰਦਰ ਕੌਰ ਜੌਹਲ]], ਬ੍ਰੈਡਫ਼ੋਰਡ ਦੇ [[ADDRESS:Laisteridge Tower]], [[POSTCODE:bd71hq]],
ਦੀ ਰੈਜ਼ੀਡੈਂਟਸ ਐਸੋਸੀਏਸ਼ਨ ਦੀ ਚੇਅਰ ਹਾਂ। ਇਹ ਕਹਾਣੀ ਅੱਗ ਤੋਂ ਬਚਾਅ ਵਾਲੇ ਦਰਵਾਜ਼ਿਆਂ ਦੀ ਹੈ, ਪਰ ਅਸਲ
ਵਿੱਚ ਗੱਲਬਾਤ ਦੀ ਘਾਟ ਦੀ ਹੈ।

ਮਕਾਨ-ਮਾਲਕ [[ORGANISATION:Aire Valley Living]] ਨੇ ਸਾਰੇ ੯੦ ਫਲੈਟਾਂ ਦੇ ਦਰਵਾਜ਼ੇ ਬਦਲਣ ਦਾ ਠੇਕਾ
[[ORGANISATION:FireSafe Doors UK]] ਨੂੰ ਦਿੱਤਾ। ਕੰਮ ਠੀਕ ਸੀ, ਤਰੀਕਾ ਨਹੀਂ: ਨਾ ਕੋਈ ਚਿੱਠੀ, ਨਾ ਟੈਕਸਟ,
ਬੰਦੇ ਸਵੇਰੇ ਸੱਤ ਵਜੇ ਦਰਵਾਜ਼ਾ ਖੜਕਾਉਂਦੇ। [[ADDRESS:ਫਲੈਟ 2ਏ]] ਦੇ ਮਿਸਟਰ [[PERSON:Arthur Penn]],
ਜਨਮ ਮਿਤੀ [[DATE_OF_BIRTH:੨੧/੦੭/੧੯੬੩]], ਨੂੰ [[HEALTH:ਡਿਮੈਂਸ਼ੀਆ]] ਦੀ ਸ਼ੁਰੂਆਤ ਹੈ; ਉਨ੍ਹਾਂ ਨੇ ਡਰ ਕੇ
ਪੁਲਿਸ ਨੂੰ ਫ਼ੋਨ ਕਰ ਦਿੱਤਾ। [[ADDRESS:ਫਲੈਟ 64]] ਵਿੱਚ [[PERSON:ਨਵਨੀਤ]] ਅਤੇ ਉਹਦੇ ਘਰਵਾਲੇ ਦੋ ਦਿਨ ਬਿਨਾਂ
ਤਾਲੇ ਵਾਲੇ ਦਰਵਾਜ਼ੇ ਨਾਲ ਰਹੇ। [[PERSON:Femi]] ਦਾ ਮੁੰਡਾ, [[AGE:ਸੱਤ ਸਾਲਾਂ ਦਾ]], ਸਕੂਲੋਂ ਆਇਆ ਤਾਂ ਘਰ
ਦਾ ਦਰਵਾਜ਼ਾ ਹੀ ਗ਼ਾਇਬ ਸੀ।

ਐਸੋਸੀਏਸ਼ਨ ਦੀ ਮੀਟਿੰਗ, ੧੧ ਸਤੰਬਰ, [[ADDRESS:Laisteridge Community Centre]]। ਸਕੱਤਰ
[[PERSON:Femi Adeyemi]] ਨੇ ਕਾਰਵਾਈ ਲਿਖੀ। ਕੌਂਸਲਰ [[PERSON:Naveed Hussain]] ਅਤੇ ਐੱਮਪੀ ਦੇ ਦਫ਼ਤਰ ਤੋਂ
[[PERSON:Ellie Brooks]] ਆਏ। ਫ਼ੈਸਲਾ: ਸਾਂਝੀ ਸ਼ਿਕਾਇਤ, ਨੰਬਰ [[REFERENCE:AVL/FD/2024/0305]]।

ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ ਰੈਜ਼ੀਡੈਂਟ ਐਂਗੇਜਮੈਂਟ ਮੈਨੇਜਰ [[PERSON:Craig Holloway]] ਨੇ ਮੰਨਿਆ ਕਿ ਉਨ੍ਹਾਂ ਨੇ ਵਸਨੀਕਾਂ
ਨੂੰ ਦੱਸਿਆ ਹੀ ਨਹੀਂ ਸੀ। ਲਿਖਤੀ ਮੁਆਫ਼ੀ, ਹਰ ਘਰ ਨੂੰ £100, ਮਿਸਟਰ [[PERSON:Penn]] ਨੂੰ ਵੱਖਰੀ ਮੁਲਾਕਾਤ ਅਤੇ
£350, ਅਤੇ ਹੁਣ ਹਰ ਕੰਮ ਤੋਂ ਦੋ ਹਫ਼ਤੇ ਪਹਿਲਾਂ ਪੰਜਾਬੀ, ਉਰਦੂ ਅਤੇ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਚਿੱਠੀ।

ਆਪਣੀ ਗੱਲ: ਮੈਂ ਵੀਹ ਸਾਲ ਤੋਂ ਇੱਥੇ ਹਾਂ ਅਤੇ ਪਹਿਲੀ ਵਾਰ ਲੱਗਾ ਕਿ ਸਾਡੀ ਗੱਲ ਸੁਣੀ ਗਈ।

ਸਬਕ: ਕੰਮ ਤੋਂ ਪਹਿਲਾਂ ਦੱਸੋ, ਕਮਜ਼ੋਰ ਵਸਨੀਕਾਂ ਦੀ ਸੂਚੀ ਰੱਖੋ, ਦਰਵਾਜ਼ਾ ਉਸੇ ਦਿਨ ਲਾਓ। ਸੰਪਰਕ:
[[EMAIL:rajwinder dot johal at example dot com]] ਜਾਂ [[PHONE:+44 7700 900 851]]।
"""),
    ),
    (
        "fv2af-pl-01",
        "pl",
        _s("""
Nazywam się [[PERSON:Beata Wiśniewska]] i od trzech lat jestem sekretarzem komitetu lokatorów w
bloku [[ADDRESS:Bretton Gate House]] w Peterborough ([[POSTCODE:PE3 8QF]]). Przewodniczącym jest
pan [[PERSON:Tadeusz Maj]]. Blok ma 54 mieszkania, właścicielem jest
[[ORGANISATION:Nene Valley Housing]].

Wilgoć i grzyb mieliśmy od zawsze, ale zimą 2023 zrobiło się naprawdę źle. Każdy zgłaszał sam i
każdy słyszał to samo: proszę wietrzyć. Dopiero jak zaczęliśmy chodzić po sąsiadach, wyszło, jak
to wygląda naprawdę.

Z notatek z zebrania, 28 stycznia, salka przy [[ADDRESS:kościele św. Kazimierza]]. Obecni: 26
gospodarstw, radna [[PERSON:Sunita Kaur]]. Zgłoszenia: [[ADDRESS:mieszkanie nr 14]], państwo
[[PERSON:Nowakowie]], córka [[PERSON:Zuzia]] ([[AGE:5 lat]]) ma [[HEALTH:astmę]], grzyb nad łóżeczkiem;
[[ADDRESS:mieszkanie 22]], pan [[PERSON:Kevin Doyle]], czarne ściany w łazience i sypialni;
[[ADDRESS:nr 3]], pani [[PERSON:Halina]], woda cieknie po framudze okna. Ustalono: jedna wspólna skarga
od całego bloku, ze zdjęciami.

Skarga poszła 1 lutego, numer [[REFERENCE:NVH/DM/66310]]. Odpowiedź na pierwszym etapie była,
niestety, znowu o wietrzeniu. Wtedy zadzwoniłam do biura posła i rozmawialiśmy z
[[PERSON:Jamesem Wardem]], który prowadzi sprawy mieszkańców. Po jego mailu wszystko przyspieszyło.

Na drugim etapie przyjechała [[PERSON:Rachel Owen]], kierowniczka od napraw, z firmą
[[ORGANISATION:ClearAir Damp Solutions]]. Okazało się, że wentylacja na dachu była zatkana od lat, a
rynny pęknięte. Przeprosili na piśmie, naprawili dach i wentylację, wyczyścili grzyb, odmalowali i
wypłacili od 200 do 650 funtów. U pani [[PERSON:Haliny]] wymienili całe okno.

Prywatnie: przez te miesiące byłam chyba najbardziej znienawidzoną osobą w biurze
[[ORGANISATION:Nene Valley]]. Trudno. [[PERSON:Zuzia]] śpi teraz w suchym pokoju.

Czego się nauczyli: jak jedno mieszkanie zgłasza grzyb, sprawdzają cały pion; nie piszą do
lokatorów „proszę wietrzyć" przed oględzinami; raz na kwartał spotykają się z komitetem. Kontakt:
[[PHONE:07700 900 126]], [[EMAIL:komitet.brettongate@example.com]].
"""),
    ),
    (
        "fv2af-pl-02",
        "pl",
        _s("""
Jestem [[PERSON:Wojciech Król]], ale na osiedlu wszyscy mówią na mnie [[PERSON:Wojtek]] albo po
prostu „ten z panelu". Siedzę w panelu mieszkańców [[ADDRESS:Chalvey Heights]] w Slough. Nasz
właściciel to [[ORGANISATION:Berkshire Vale Homes]], a kotłownię obsługuje
[[ORGANISATION:HeatLine Services]].

W grudniu centralne ogrzewanie dla całego budynku, 72 mieszkania, padało pięć razy w trzy tygodnie.
Moja teściowa, pani [[PERSON:Krystyna]], urodzona [[DATE_OF_BIRTH:dwudziestego trzeciego września 1944]],
mieszka w [[ADDRESS:mieszkaniu 31]] i przez cztery dni siedziała w płaszczu. [[PERSON:Jaspreet]] z
[[ADDRESS:mieszkania nr 15]] ma dwójkę małych dzieci, w tym [[PERSON:Harveera]], który ma
[[AGE:10 miesięcy]]. Landlord w końcu dał im pokój w hotelu, ale hotel zażądał numeru paszportu i
[[PERSON:Jaspreet]] musiała go podać przez telefon: [[OTHER_ID:EK4471902]]. Zapisali go na kartce na
recepcji. Mnie się to nie podobało.

Zebranie panelu, 11 grudnia, [[ADDRESS:Chalvey Community Centre]]. Przewodnicząca
[[PERSON:Maureen Clarke]], sekretarz [[PERSON:Delia Osei]], radny [[PERSON:Imran Bhatti]]. Ustalenie:
jedna skarga zbiorowa, numer [[REFERENCE:BVH-HTG-90214]], i grupa na Facebooku,
[[OTHER_ID:facebook.com/groups/chalveyheightsresidents]], gdzie ludzie wrzucają temperatury z
mieszkań.

Pierwszy etap: [[ORGANISATION:HeatLine]] napisał, że „usterka usunięta". Nie była. Na drugim etapie
sprawą zajął się [[PERSON:Darren Webb]], szef działu skarg. Przyjechał osobiście, przeprosił,
przyznał, że kocioł miał zaległy przegląd, i że nikt nie prowadził listy starszych i chorych
lokatorów. Każde mieszkanie dostało 25 funtów za każdy dzień bez ogrzewania i grzejnik olejowy, a
latem wymieniono kocioł.

Wnioski, które sami zapisali: lista osób starszych i chorych; SMS do wszystkich w ciągu dwóch godzin
od awarii; numer paszportu i inne dokumenty tylko wtedy, gdy naprawdę potrzebne, i nigdy na karteczce.

Kto ma podobny problem, niech dzwoni: [[PHONE:zero siedem siedem zero zero, dziewięćset, trzysta dwanaście]].
"""),
    ),
    (
        "fv2af-pl-03",
        "pl",
        _s("""
Piszę jako przewodnicząca stowarzyszenia lokatorów [[ADDRESS:Lawford Tower]] w Bristolu. Nazywam się
[[PERSON:Grażyna Zawadzka]]. Wieżowiec ma 15 pięter, dwie windy i 96 mieszkań; właściciel to
[[ORGANISATION:Avonmouth Community Homes]], windy serwisuje [[ORGANISATION:Westlift Engineering]].

Od września do listopada windy działały jak chciały. Najgorzej mieli: pan [[PERSON:Zbigniew]] —
[[PERSON:Zbyszek]], jak wszyscy go wołamy — z [[ADDRESS:lokalu 61]], który choruje na
[[HEALTH:stwardnienie rozsiane]] i jeździ na wózku; przez 19 dni w ogóle nie wyszedł z domu. Pani
[[PERSON:Amina Yusuf]] z [[ADDRESS:mieszkania 88]] nosiła [[AGE:trzymiesięczne]] dziecko i wózek po
schodach na dwunaste piętro.

Protokół zebrania z 2 października, sala parafialna przy
[[ADDRESS:kościele Matki Bożej Różańcowej]]. Obecni: zarząd, 37 lokatorów, radny
[[PERSON:Tom Redfern]]. Uchwały: 1) skarga zbiorowa; 2) sekretarz [[PERSON:Leon Baptiste]] prowadzi
dziennik awarii; 3) pismo do posła.

Skarga: [[REFERENCE:ACH-LIFT-11802]]. Odpowiedź z pierwszego etapu zrzucała winę na brak części.
Asystentka posła, [[PERSON:Abigail Moss]], zadzwoniła do zarządu firmy, a my na wszelki wypadek
otworzyliśmy sprawę u Rzecznika ds. Mieszkalnictwa, numer [[REFERENCE:202406675]].

Na drugim etapie spotkaliśmy się ze [[PERSON:Stevem Harlowem]], kierownikiem ds. bezpieczeństwa budynku.
[[PERSON:Steve]] przyszedł do sali parafialnej, przeprosił, obiecał i — co rzadkie — dotrzymał słowa:
wymieniono sterowniki obu wind, zatrudniono tragarza i krzesło schodowe na czas awarii, wypłacono po
150 funtów na mieszkanie i 400 funtów osobom, które nie mogą chodzić po schodach.

Od siebie: najbardziej zabolało mnie, że nikt z firmy nie wiedział, kto w budynku jeździ na wózku.
Teraz wiedzą.

Wnioski: rejestr osób, które nie mogą korzystać ze schodów; codzienny SMS podczas awarii; kary w umowie
serwisowej. Kontakt: [[PHONE:0117 496 0831]], [[EMAIL:lawford.tower.ta@example.org]].
"""),
    ),
    (
        "fv2af-pl-04",
        "pl",
        _s("""
Notatka sekretarza komitetu mieszkańców [[ADDRESS:Hockley Point]], Nottingham. Sekretarz:
[[PERSON:Agata Lis]]. Przewodniczący: [[PERSON:Desmond Walcott]].

Temat: pluskwy i myszy w całym budynku. Właściciel: [[ORGANISATION:Trent Basin Homes]]. Firma od
dezynsekcji: [[ORGANISATION:Bugbusters Nottingham]].

Zebranie 15 kwietnia, [[ADDRESS:Klub Polski im. Kopernika]], dwie ulice od bloku. Obecni: 21
mieszkań, radna [[PERSON:Linda Okafor]].

Zgłoszenia: [[ADDRESS:mieszkanie 7]] — [[PERSON:Dorota]] i jej syn [[PERSON:Kuba]] ([[AGE:8 lat]]),
pogryziony przez pluskwy; wychowawczyni ze [[ADDRESS:Sycamore Lane Primary School]] odesłała go do
domu z listem. Lekarka z [[ADDRESS:Mapperley Road Surgery]] wystawiła zaświadczenie z jego numerem NHS,
[[OTHER_ID:725 310 4486]]; dołączyliśmy je do skargi za zgodą mamy. [[ADDRESS:Mieszkanie 12]] —
rodzina [[OTHER_SPECIAL:romska]], państwo [[PERSON:Lakatos]]; niektórzy sąsiedzi mówili, że to „od
nich" się zaczęło. Komitet stanowczo się od tego odcina. [[ADDRESS:Mieszkanie 19]] — pan
[[PERSON:Brian Tolley]], myszy w szafkach kuchennych.

Ustalono: skarga zbiorowa, numer [[REFERENCE:TBH/PC/4410]].

Przebieg: furgonetka [[ORGANISATION:Bugbusters]] (rejestracja [[OTHER_ID:FD68 PLU]]) przyjeżdżała do
jednego mieszkania naraz i po tygodniu problem wracał u sąsiadów. Na pierwszym etapie dostaliśmy list o
„higienie". Na drugim etapie skargę rozpatrzyła [[PERSON:Gemma Price]], kierowniczka osiedla. Przyznała,
że przyczyną są nieuszczelnione przejścia rur i zsyp, przeprosiła rodzinę [[PERSON:Lakatosów]] na
piśmie za sugestie, które padły także od pracownika firmy, i zleciła zabieg w całym budynku w jeden dzień.
Meble zwrócono, każde mieszkanie dostało 120 funtów.

Uwaga osobista: nazywam się [[PERSON:Lis]], więc dzieciaki z bloku żartują, że powinnam łapać te myszy sama.

Wnioski: cały budynek naraz; najpierw oględziny, potem listy; zero przyzwolenia na obwinianie sąsiadów.
Telefon komitetu: [[PHONE:0115 496 0277]].
"""),
    ),
    (
        "fv2af-pl-05",
        "pl",
        _s("""
Nazywam się [[PERSON:Marek Dąbrowski]] i jestem przewodniczącym stowarzyszenia lokatorów
[[ADDRESS:Hanwell Heights]] w zachodnim Londynie, kod [[POSTCODE:w73qz]]. To historia wymiany okładziny
elewacyjnej, czyli słynnego „claddingu".

Właściciel, [[ORGANISATION:Westway Community Housing]], zlecił prace firmie
[[ORGANISATION:Prime Facade Solutions]]. Nikt nie kwestionował, że trzeba. Ale przez siedem miesięcy
rusztowania, zaklejone okna, hałas od siódmej rano i przecieki przy każdym deszczu.

Kilka przykładów z naszej ankiety: [[ADDRESS:mieszkanie 104]] — pani [[PERSON:Irena Sobczak]], urodzona
[[DATE_OF_BIRTH:03.05.1938]], woda kapała jej do szafy z pościelą. [[ADDRESS:Mieszkanie 57]] —
[[PERSON:Oluwaseun]], przez wszystkich zwany [[PERSON:Seun]], pracuje na nocne zmiany i przez pół roku
nie przespał dnia. [[ADDRESS:Mieszkanie 12]] — [[PERSON:Pádraig]] i jego mama, która ma
[[HEALTH:POChP]], bez możliwości otwarcia okna.

Spotkania: co dwa tygodnie w [[ADDRESS:Brent Lodge Community Hall]]. Sekretarz
[[PERSON:Ewa Kaczor]] pisała protokoły, radny [[PERSON:Ayo Babatunde]] bywał regularnie, a z biura
posłanki wspierała nas [[PERSON:Kasia Lewandowska]] — z [[PERSON:Kasią]] można było rozmawiać po polsku,
co dla starszych osób było bardzo ważne.

Skarga zbiorowa: [[REFERENCE:WCH/CLAD/2381]]. Na drugim etapie dyrektor ds. bezpieczeństwa budynków,
[[PERSON:Richard Amos]], przyznał, że nie było planu wentylacji ani harmonogramu dla mieszkańców.
Przeprosiny, po 300 funtów na mieszkanie, osuszacze, naprawa szkód i stały koordynator na budowie.

Anegdota: przelew z odszkodowaniem przyszedł mi dwa razy, bo źle wpisali numer rozliczeniowy
[[OTHER_ID:60-83-71]] i konto kończące się na [[OTHER_ID:2294]]. Oddałem, oczywiście.

Wnioski: plan wentylacji przed zaklejeniem budynku, harmonogram dla każdej klatki, informacje w kilku
językach. Kontakt: [[EMAIL:marek kropka dabrowski małpa example kropka com]],
[[PHONE:+44 20 7946 0918]].
"""),
    ),
    (
        "fv2af-ro-01",
        "ro",
        _s("""
Mă numesc [[PERSON:Mihaela Dumitrescu]] și sunt secretara asociației locatarilor din blocul
[[ADDRESS:Kenton Lodge]], Harrow, [[POSTCODE:HA3 9TG]]. Președintele nostru e domnul
[[PERSON:Vasile Ungureanu]], nea [[PERSON:Vasile]] pentru toată lumea. Proprietarul blocului este
[[ORGANISATION:Harrow Weald Housing]].

Umezeala și mucegaiul le aveam de ani de zile, fiecare în apartamentul lui, fiecare cu reclamația
lui și fiecare cu același răspuns: aerisiți. În toamna lui 2023 am hotărât să batem la toate ușile.

Din procesul-verbal al ședinței din 5 noiembrie, sala de la
[[ADDRESS:Biserica Ortodoxă Sfântul Ioan Botezătorul]]. Prezenți: 29 de familii, consiliera
[[PERSON:Anjali Mehta]]. Constatări: [[ADDRESS:apartamentul 9]], familia [[PERSON:Stănescu]] —
fetița, [[PERSON:Ioana]], de [[AGE:4 ani]], are [[HEALTH:bronșită astmatiformă]] și doarme lângă un perete
negru; [[ADDRESS:apartamentul 17]], doamna [[PERSON:Joyce Campbell]] — tavanul din baie cade bucăți;
[[ADDRESS:nr. 23]], [[PERSON:Ionuț]] și [[PERSON:Roxana]] — mucegai în dulapuri, haine aruncate.
Hotărâre: o singură reclamație din partea întregului bloc.

Reclamația, nr. [[REFERENCE:HWH-DM-50734]], a plecat pe 8 noiembrie. Răspunsul la prima etapă: din nou
„aerisiți și ștergeți". Atunci am scris biroului deputatului, iar [[PERSON:Ruth Kemp]], care se ocupă
de cazuri, a sunat la conducere chiar în aceeași săptămână.

La etapa a doua a venit [[PERSON:Oliver Grant]], managerul de reparații, cu
[[ORGANISATION:DryHome Surveys]]. Au găsit jgheaburile sparte și ventilația din baie deconectată la
toate etajele. Și-au cerut scuze în scris, au reparat acoperișul, au tratat mucegaiul, au zugrăvit și
au dat între 250 și 800 de lire. Hainele lui [[PERSON:Ionuț]] le-au plătit separat, iar doamnei
[[PERSON:Campbell]] i-au refăcut tot tavanul.

Personal: la ședința de la biserică, nea [[PERSON:Vasile]] a adus cozonac, și cred că asta a contat
mai mult decât toate e-mailurile mele.

Ce au învățat: dacă un apartament raportează mucegai, se verifică tot blocul; nu se mai trimit scrisori
„aerisiți" înainte de inspecție; întâlniri trimestriale cu asociația. Contact:
[[PHONE:020 7946 0471]], [[EMAIL:kentonlodge.locatari@example.net]].
"""),
    ),
    (
        "fv2af-ro-02",
        "ro",
        _s("""
Sunt [[PERSON:Gheorghe Popa]], zis [[PERSON:Gigi]], președintele comitetului de locatari de la
[[ADDRESS:Leagrave Heights]] din Luton. Avem 13 etaje, două lifturi și 80 de apartamente. Proprietar:
[[ORGANISATION:Bedfordshire Pathway Homes]]. Lifturile le întreține [[ORGANISATION:Liftright UK]].

Din ianuarie până în martie, lifturile au fost mai mult stricate decât bune. Tanti [[PERSON:Florica]],
născută pe [[DATE_OF_BIRTH:întâi decembrie o mie nouă sute patruzeci și șase]], stă în
[[ADDRESS:apartamentul 114]], la etajul 11, și n-a coborât deloc trei săptămâni; îi duceam noi pâinea.
Băiatul vecinilor noștri, [[PERSON:Darius]], are [[AGE:12 ani]] și [[HEALTH:epilepsie]]; mama lui,
[[PERSON:Claudia]], se temea să-l lase singur pe scări. Domnul [[PERSON:Kwabena Owusu]] de la
[[ADDRESS:nr. 97]] a ratat două programări la spital.

Ședința comitetului, 23 ianuarie, [[ADDRESS:Leagrave Community Hall]]. Secretara
[[PERSON:Sandra Flynn]] a luat notițe. A venit și consilierul [[PERSON:Javed Hussain]]. Am hotărât o
reclamație comună, nr. [[REFERENCE:BPH/LF/7720]], și să scriem deputatului.

Răspunsul de la etapa întâi: „piese comandate". De la biroul deputatului ne-a ajutat
[[PERSON:Natalie Shaw]], iar pentru siguranță am deschis și un caz la Ombudsmanul pentru Locuințe, nr.
[[REFERENCE:202413390]].

La etapa a doua, [[PERSON:Kevin Ashdown]], șeful siguranței clădirilor, a venit în sală, și-a cerut
scuze și a promis lucruri concrete. Le-a și făcut: un om cu scaun electric pentru scări în fiecare zi
de avarie, câte 150 de lire pe apartament și 350 pentru cei care nu pot urca, plus motoare noi în
aprilie.

O paranteză: am filmat lifturile stricate în fiecare dimineață și le-am pus pe TikTok, pe
[[OTHER_ID:@gigi.popa.luton]]. Nu-i frumos ce zic, dar un clip cu tanti [[PERSON:Florica]] pe scări a
avut 40.000 de vizualizări și a doua zi ne-au sunat.

Ce au învățat: listă cu locatarii care nu pot folosi scările, SMS zilnic, penalități în contract. Pe
mine mă găsiți la [[PHONE:07700 900 594]].
"""),
    ),
    (
        "fv2af-ro-03",
        "ro",
        _s("""
Notă pentru campania „Make Things Right", scrisă de [[PERSON:Alina Moldovan]], secretara grupului de
locatari [[ADDRESS:Saffron Court]], Leicester. Președinte: [[PERSON:Trevor Mills]].

Problema: gândaci de bucătărie în tot blocul, din primăvară până în toamnă. Proprietar:
[[ORGANISATION:Charnwood Edge Housing]]. Firma de dezinsecție: [[ORGANISATION:Midshires Pest Control]].

Întâlnirea din 20 mai, în sala [[ADDRESS:Aylestone Methodist Church]]. Prezenți 24 de locatari și
consilierul [[PERSON:Hemant Rae]]. Cazuri: [[ADDRESS:ap. 4]] — [[PERSON:Cristi]] și
[[PERSON:Luminița]], gândaci în cuptor și în priza frigiderului; [[ADDRESS:ap. 11]] — doamna
[[PERSON:Patel]], care trăiește singură, nu mai gătea de frică; [[ADDRESS:ap. 20]] — la mine, unde
fiul meu, [[PERSON:Andrei]], de [[AGE:7 ani]], a dus unul în ghiozdan la
[[ADDRESS:Marriott Road Primary]]. Doctorița de la [[ADDRESS:Aylestone Road Medical Centre]] i-a
tratat o iritație și a scris o scrisoare, cu numărul lui NHS [[OTHER_ID:438 902 6615]]. Am trimis-o
cu reclamația.

Reclamație comună nr. [[REFERENCE:CEH-PEST-0922]].

Ce m-a durut cel mai tare: un angajat al firmei, care a venit cu duba ([[OTHER_ID:LK19 RVE]]), mi-a zis
în față că problema e la noi pentru că suntem [[OTHER_SPECIAL:români]] și „așa trăim". Am pus asta în
reclamație, cu data și ora.

La etapa întâi am primit o scrisoare despre curățenie. Am cerut ajutor de la
[[PERSON:Zoe Pickering]] din biroul deputatului. La etapa a doua, managera [[PERSON:Farah Malik]] a
venit personal, și-a cerut scuze pentru comentariu și pentru scrisoare, a cerut firmei să-l scoată pe
acel angajat de pe contract și a organizat tratament în tot blocul în aceeași zi, cu sigilarea
țevilor. Fiecare apartament a primit 100 de lire.

Lecții: tratați clădirea, nu apartamentul; nu dați vina pe locatari înainte de inspecție; nicio
toleranță la comentarii despre originea oamenilor. Telefonul grupului: [[PHONE:0116 496 0713]].
"""),
    ),
    (
        "fv2af-ro-04",
        "ro",
        _s("""
Bună ziua. Sunt [[PERSON:Elena Rusu]], președinta comitetului de locatari din
[[ADDRESS:Kingfisher Court]], Birmingham, [[POSTCODE:B10 0XJ]]. Blocul are încălzire centrală comună
pentru 60 de apartamente. Proprietarul este [[ORGANISATION:Cole Valley Homes]], iar centrala o
întreține [[ORGANISATION:HeatWise Midlands]].

În februarie am stat fără căldură și apă caldă zece zile, în trei reprize. Bunicul meu,
[[PERSON:Petru]], născut la [[DATE_OF_BIRTH:12.03.1941]], locuiește în [[ADDRESS:apartamentul 2]] și
dormea îmbrăcat cu paltonul. Vecina [[PERSON:Fatima Bibi]] din [[ADDRESS:apartamentul 18]] are
[[HEALTH:diabet]] și picioarele îi amorțeau de frig. [[PERSON:Marius]] de la [[ADDRESS:nr. 30]] avea
un bebeluș de [[AGE:trei săptămâni]].

Ședința din 9 februarie s-a ținut la [[ADDRESS:Biserica Penticostală Betel]], pentru că pastorul ne-a
dat sala caldă. Au fost 31 de oameni, consiliera [[PERSON:Saima Ahmed]] și secretarul nostru,
[[PERSON:Owen Riley]]. Hotărâre: o reclamație pentru tot blocul, nr. [[REFERENCE:CVH/HEAT/33019]].

La prima etapă ni s-a spus că „o pompă a fost înlocuită". La a doua, după ce am trimis totul și lui
[[PERSON:Liam Foster]] de la biroul deputatului, managera de reclamații [[PERSON:Jo Whitfield]] a
recunoscut că centrala nu mai avusese revizie din 2021. Scuze în scris, 25 de lire pe zi fără căldură,
radiatoare electrice și o centrală nouă în vară.

Un lucru bun care a ieșit din toată povestea: consilierul financiar al proprietarului l-a ajutat pe
bunicul să ceară reducerea la factura de energie. Pentru asta i-a trebuit codul de asigurări sociale,
[[NI_NUMBER:QQ 84 02 75 C]], pe care bunicul îl știe pe de rost de patruzeci de ani.

Ce a învățat proprietarul: revizii la timp, listă cu persoanele vulnerabile, radiatoare în patru ore de
la avarie și mesaje în română, urdu și engleză. Ne găsiți la [[PHONE:0121 496 0264]] sau
[[EMAIL:elena punct rusu arond example punct org]].
"""),
    ),
    (
        "fv2af-ro-05",
        "ro",
        _s("""
Sunt [[PERSON:Cosmin Iordache]] și fac parte din panelul locatarilor de la [[ADDRESS:Irk Vale House]],
Manchester, [[POSTCODE:M9 4QH]]. Proprietar: [[ORGANISATION:Irk Valley Housing Co-operative]]. Scriu
despre acoperișul care a curs doi ani în toate apartamentele de la ultimul etaj.

Cine a fost afectat: doamna [[PERSON:Agnes Mwangi]], [[ADDRESS:apartamentul 51]], [[AGE:73 de ani]],
cu găleți în dormitor la fiecare ploaie. [[PERSON:Răzvan]] și [[PERSON:Denisa]] din
[[ADDRESS:apartamentul 53]], cu un copil mic, au mutat pătuțul în sufragerie. Domnul
[[PERSON:Brendan Kelly]] din [[ADDRESS:apartamentul 56]] a avut un scurtcircuit de la apă în tabloul
electric.

Extras din minuta ședinței din 17 octombrie, [[ADDRESS:St Oswald's Church Hall]]: președinta
[[PERSON:Margaret Dunne]]; secretar [[PERSON:C. Iordache]]; consilierul [[PERSON:Tariq Butt]].
S-a constatat că reparația nr. [[REFERENCE:884512]] a fost „închisă" de trei ori fără ca cineva să
urce pe acoperiș. Se decide reclamație comună și contactarea biroului deputatului.

Reclamația are nr. [[REFERENCE:IVHC-RF-1147]]. Pe contul panelului, [[OTHER_ID:@IrkValePanel]], am
pus poze cu tavanele după fiecare ploaie. [[PERSON:Grace Pemberton]], de la biroul deputatului, le-a
văzut și ne-a scris ea prima.

La etapa a doua, directorul de proprietăți, [[PERSON:Ian Sutcliffe]], a adus firma
[[ORGANISATION:Summit Roofing NW]]. Concluzia: membrana acoperișului era ruptă de la o reparație
proastă din 2019. Acoperiș nou, tavane refăcute, scuze scrise, între 300 și 900 de lire pe
apartament, iar domnului [[PERSON:Kelly]] i-au plătit și electricianul.

Un gând personal: mama mea spunea că o casă în care plouă nu e casă. Acum, după doi ani, doamna
[[PERSON:Agnes]] doarme iar în dormitorul ei.

Lecții: o reparație nu se închide fără verificare, iar trei reparații pe aceeași problemă înseamnă
investigație. Sunați-mă: [[PHONE:zero unu șase unu, patru nouă șase, zero trei opt doi]].
"""),
    ),
    (
        "fv2af-ur-01",
        "ur",
        _s("""
السلام علیکم۔ میں [[PERSON:نسرین اختر]] ہوں، بریڈفورڈ کی [[ADDRESS:Heaton Rise]] بلڈنگ
([[POSTCODE:BD9 4RW]]) کی ٹیننٹس ایسوسی ایشن کی سیکرٹری۔ ہمارے چیئرمین حاجی
[[PERSON:محمد اسلم]] صاحب ہیں۔ بلڈنگ میں ۴۲ فلیٹ ہیں اور مالک مکان
[[ORGANISATION:Bradford Dale Housing]] ہے۔

سیلن اور کالی پھپھوندی کا مسئلہ برسوں سے تھا، مگر ہر کوئی اکیلے شکایت کرتا اور ایک ہی جواب آتا: کھڑکیاں
کھولیں۔ [[ADDRESS:فلیٹ نمبر ۷]] میں [[PERSON:شازیہ]] باجی رہتی ہیں، ان کے بیٹے [[PERSON:عمر]] کی
عمر [[AGE:۶ سال]] ہے اور اسے [[HEALTH:دمہ]] ہے؛ سردیوں میں دو بار ہسپتال جانا پڑا۔ [[ADDRESS:فلیٹ ۱۲]]
میں مسٹر [[PERSON:ڈیرک ہومز]] ([[PERSON:Derek Holmes]]) کی باتھ روم کی چھت سیاہ ہو چکی تھی۔ اور
[[ADDRESS:فلیٹ 19]] والی [[PERSON:Bushra]] نے بچوں کے کپڑے پھینک دیے کیونکہ الماری میں پھپھوندی لگ گئی تھی۔

میٹنگ کی کارروائی، ۱۴ جنوری، [[ADDRESS:مسجد نور الاسلام]] کا کمیونٹی ہال۔ حاضرین: ۲۷ خاندان،
کونسلر [[PERSON:ریاض احمد]]۔ فیصلے: پوری بلڈنگ کی طرف سے ایک تحریری شکایت؛ ہر فلیٹ کی تصویریں؛ ایم پی کے
دفتر کو خط۔

شکایت نمبر [[REFERENCE:BDH/DM/2024/553]]۔ پہلے مرحلے کا جواب وہی پرانا تھا۔ پھر ایم پی کے دفتر سے
[[PERSON:Laura Fenwick]] نے معاملہ اٹھایا۔ دوسرے مرحلے میں ریپئرز مینیجر [[PERSON:Stuart Greenwood]]
[[ORGANISATION:Pennine Damp Specialists]] کے سروے کرنے والوں کے ساتھ آئے۔ پتہ چلا کہ چھت کی
وینٹیلیشن بند ہے اور پرنالے ٹوٹے ہوئے ہیں۔ انہوں نے تحریری معافی مانگی، چھت اور پنکھے ٹھیک کیے، پھپھوندی
صاف کر کے رنگ کیا، اور ہر فلیٹ کو £200 سے £700 تک معاوضہ دیا۔

اپنی بات: [[PERSON:عمر]] اب رات کو کھانستا نہیں۔ [[PERSON:شازیہ]] باجی نے پوری ایسوسی ایشن کو بریانی
کھلائی، اور حاجی صاحب نے کہا یہ ہماری پہلی کامیاب "مہم" ہے۔

مالک مکان نے کیا سیکھا: ایک فلیٹ سے شکایت آئے تو پوری بلڈنگ دیکھیں؛ معائنے سے پہلے کرایہ داروں کو قصوروار
نہ ٹھہرائیں؛ ہر تین ماہ ایسوسی ایشن سے ملاقات۔ رابطہ: [[PHONE:07700 900 381]]،
[[EMAIL:heatonrise.residents@example.org]]۔
"""),
    ),
    (
        "fv2af-ur-02",
        "ur",
        _s("""
میں [[PERSON:شاہد اقبال مرزا]] ([[PERSON:Shahid Iqbal Mirza]]) ہوں، برمنگھم کے
[[ADDRESS:Ladypool Heights]] کی ریزیڈنٹس کمیٹی کا چیئرمین۔ سولہ منزلہ عمارت، دو لفٹیں، ۱۱۲ فلیٹ۔
مالک [[ORGANISATION:Balsall Heath Homes]]، لفٹوں کی دیکھ بھال [[ORGANISATION:Vertex Lifts Ltd]] کے
ذمے۔

پچھلے سال اکتوبر سے دسمبر تک دونوں لفٹیں بار بار بند رہیں۔ ہماری اماں جی،
[[PERSON:زبیدہ بیگم]]، جن کی تاریخ پیدائش [[DATE_OF_BIRTH:یکم جنوری انیس سو اڑتیس]] ہے، [[ADDRESS:فلیٹ 84]]
میں رہتی ہیں؛ تین ہفتے گھر سے نہیں نکلیں، جمعہ کی نماز بھی چھوٹ گئی۔ [[ADDRESS:فلیٹ 91]] میں
[[PERSON:Chantelle Brown]] اپنے [[AGE:دو سال]] کے جڑواں بچوں کو گود میں اٹھا کر چودہ منزلیں چڑھتی تھیں۔
اور [[PERSON:گڈو]]، جو [[ADDRESS:نمبر 66]] میں رہتا ہے اور ڈلیوری کا کام کرتا ہے، روز دیر سے پہنچتا۔

کمیٹی میٹنگ، ۲ نومبر، [[ADDRESS:مرکزی جامع مسجد غوثیہ]] کا ہال۔ سیکرٹری [[PERSON:Marcia Reid]]
نے کارروائی لکھی۔ کونسلر [[PERSON:Zaffar Iqbal]] بھی آئے۔ فیصلہ ہوا کہ ایک اجتماعی شکایت دی جائے اور ایم
پی کو لکھا جائے۔

شکایت نمبر [[REFERENCE:BHH-LIFT-44120]]۔ پہلے مرحلے میں لکھا آیا کہ پرزہ اٹلی سے آ رہا ہے۔ ایم پی کی
کیس ورکر [[PERSON:Hollie Marsh]] نے اسی ہفتے چیف ایگزیکٹو کو خط لکھا، اور ہم نے احتیاطاً ہاؤسنگ
محتسب کے پاس بھی کیس کھولا، نمبر [[REFERENCE:202411506]]۔

دوسرے مرحلے میں بلڈنگ سیفٹی مینیجر [[PERSON:Andrew Pike]] خود مسجد کے ہال میں آئے اور سب کے سامنے
معافی مانگی۔ ہر فلیٹ کو £150، سیڑھیاں نہ چڑھ سکنے والوں کو £400، لفٹ بند ہونے پر سیڑھیاں چڑھانے والی
کرسی اور دو آدمی، اور فروری میں نئی موٹریں۔

ذاتی بات: میں نے زندگی میں کبھی کسی بڑے افسر کو اماں جی کے ہاتھ پکڑ کر معافی مانگتے نہیں دیکھا تھا۔
اماں جی نے انہیں دعا بھی دی اور چائے بھی پلائی۔

سبق: سیڑھیاں استعمال نہ کر سکنے والوں کی فہرست، لفٹ بند ہونے پر روزانہ ٹیکسٹ، اور ٹھیکے میں تاخیر پر جرمانہ۔
کمیٹی کا نمبر [[PHONE:0121 496 0927]]۔
"""),
    ),
    (
        "fv2af-ur-03",
        "ur",
        _s("""
میرا نام [[PERSON:رخسانہ پروین]] ہے اور میں مانچسٹر کے [[ADDRESS:Longsight Gardens]] کے ریزیڈنٹس
پینل میں ہوں۔ ہمارے تین بلاکوں کے ۹۰ فلیٹوں کو ایک ہی ہیٹنگ سسٹم سے گرمی ملتی ہے۔ مالک
[[ORGANISATION:Mancunian Way Housing]] ہے اور سسٹم [[ORGANISATION:Northern Heat Networks]] چلاتی ہے۔

جنوری میں بارہ دن ہیٹنگ اور گرم پانی آتا جاتا رہا۔ [[ADDRESS:فلیٹ 3]] میں [[PERSON:صغریٰ]] خالہ کو
[[HEALTH:گٹھیا]] ہے، سردی میں ہاتھ کھل نہیں پاتے تھے۔ میری پوتی [[PERSON:علیزہ]]، صرف
[[AGE:چار ماہ]] کی، ہم نے دس دن اپنی نند کے گھر بھیجی۔ [[ADDRESS:بلاک بی، فلیٹ 22]] میں
[[PERSON:Michael Okoro]]، جو پینل کے چیئر بھی ہیں، رات کو کمبل اوڑھ کر ای میلیں لکھتے رہے۔

پینل میٹنگ، ۱۶ جنوری، [[ADDRESS:Longsight Community Centre]]۔ سیکرٹری [[PERSON:Helen Rourke]]،
کونسلر [[PERSON:Naila Sharif]]۔ طے پایا کہ ایک مشترکہ شکایت ہو، اور ہر فلیٹ روزانہ درجہ حرارت پینل کے
فیس بک پیج [[OTHER_ID:@LongsightGardensResidents]] پر ڈالے۔

شکایت نمبر [[REFERENCE:MWH-HT-80715]]۔ پہلے مرحلے میں کہا گیا کہ "پمپ بدل دیا گیا ہے"۔ دوسرے مرحلے میں
کمپلینٹس مینیجر [[PERSON:Becky Lowe]] نے مانا کہ ٹھیکیدار کو دوسرا انجینئر بھیجنے میں ۷۲ گھنٹے کی چھوٹ
تھی۔ انہوں نے معافی مانگی، ہر فلیٹ کو ہیٹر دیا، ہر دن کے £25 دیے، اور اب ایک بیک اپ بوائلر لگا ہے۔

ایک بات جو مجھے اچھی لگی: [[PERSON:Becky]] نے [[PERSON:صغریٰ]] خالہ سے فون پر بات کرنے کے لیے اردو
مترجم بلایا، پہلی بار کسی نے ایسا کیا۔

سبق: بزرگوں، بیماروں اور چھوٹے بچوں والے گھروں کی فہرست؛ چار گھنٹے میں ہیٹر؛ اردو، بنگالی اور انگریزی
میں ٹیکسٹ۔ پینل کا نمبر [[PHONE:0161 496 0842]]۔
"""),
    ),
    (
        "fv2af-ur-04",
        "ur",
        _s("""
لوٹن کی [[ADDRESS:Oakley Court]] ٹیننٹس ایسوسی ایشن کی سیکرٹری [[PERSON:عائشہ ملک]] کی طرف سے۔
چیئرمین: [[PERSON:Raymond Okafor]]۔

مسئلہ: چوہے اور کھٹمل، پوری عمارت میں۔ مالک: [[ORGANISATION:Lea Valley Living]]۔ ٹھیکیدار:
[[ORGANISATION:SwiftKill Pest Services]]۔ ہماری بلڈنگ میں زیادہ تر [[OTHER_SPECIAL:کشمیری]] خاندان
رہتے ہیں، اور کئی بزرگ انگریزی میں شکایت نہیں لکھ سکتے، اس لیے ایسوسی ایشن نے یہ کام اپنے ذمے لیا۔

میٹنگ، ۶ مارچ، [[ADDRESS:Oakley Road Community Centre]]۔ حاضرین ۲۲ فلیٹ، کونسلر
[[PERSON:Waheed Akbar]]۔ رپورٹس: [[ADDRESS:فلیٹ 2]] — مسز [[PERSON:کیتھلین برن]]، کچن میں چوہے؛
[[ADDRESS:فلیٹ 9]] — [[PERSON:فرحان]] بھائی کا بیٹا [[PERSON:حمزہ]]، عمر [[AGE:دس سال]]، کھٹملوں کے
کاٹنے سے بازو سوج گئے؛ [[ADDRESS:Crawley Green Primary]] نے اسے گھر بھیج دیا۔
[[ADDRESS:Oakley Road Surgery]] کی ڈاکٹر نے خط لکھا جس پر اس کا این ایچ ایس نمبر
[[OTHER_ID:519 207 3346]] درج تھا؛ ہم نے والد کی اجازت سے شکایت کے ساتھ لگایا۔

فیصلہ: مشترکہ شکایت، نمبر [[REFERENCE:LVL/PEST/1183]]۔

پھر کیا ہوا: ٹھیکیدار کی وین ([[OTHER_ID:KP20 XMB]]) ہر بار ایک فلیٹ میں دوا چھڑکتی اور کھٹمل ساتھ والے
فلیٹ میں چلے جاتے۔ پہلے مرحلے میں ہمیں "صفائی" پر خط ملا، جس سے بزرگوں کو بہت دکھ ہوا۔ ایم پی کے دفتر
سے [[PERSON:Jess Randall]] نے مدد کی۔ دوسرے مرحلے میں ہاؤسنگ مینیجر [[PERSON:Simon Eccles]] نے مانا کہ
کوڑے والے کمرے کی ٹوٹی نالیاں چوہوں کا راستہ تھیں۔ نالیاں ٹھیک ہوئیں، پوری عمارت کا ایک ہی دن علاج ہوا،
پھینکے گئے گدوں کے پیسے ملے، اور ہر فلیٹ کو £120۔

اپنی بات: [[PERSON:حمزہ]] اب ہنس کر کہتا ہے کہ وہ "کھٹمل ایکسپرٹ" ہے۔

سبق: پوری عمارت کا علاج ایک ساتھ؛ معائنے سے پہلے الزام نہیں؛ خط اردو میں بھی۔ رابطہ:
[[PHONE:07700 900 467]]۔
"""),
    ),
    (
        "fv2af-ur-05",
        "ur",
        _s("""
میں [[PERSON:عمران حیدر قریشی]] ہوں، مشرقی لندن کے [[ADDRESS:Woodgrange Tower]]
([[POSTCODE:e79pl]]) کی ریزیڈنٹس ایسوسی ایشن کا چیئرمین۔ یہ کہانی کلیڈنگ کے کام کی ہے، اور اس سے
زیادہ رابطے کی کمی کی۔

مالک [[ORGANISATION:Newham Riverside Homes]] نے [[ORGANISATION:Cladright Construction]] کو کلیڈنگ
بدلنے کا ٹھیکہ دیا۔ چھ مہینے اسکیفولڈنگ، کھڑکیاں بند، اور بارش میں پانی اندر۔ [[ADDRESS:فلیٹ 131]] میں
[[PERSON:نصرت]] آپا، تاریخ پیدائش [[DATE_OF_BIRTH:04-09-1950]]، کی بیڈروم کی دیوار سے پانی ٹپکتا رہا۔
[[ADDRESS:فلیٹ 77]] کے [[PERSON:Tomasz Wrona]] رات کی شفٹ کرتے ہیں اور دن میں ڈرلنگ کی وجہ سے سو
نہیں پاتے تھے۔ [[ADDRESS:فلیٹ 45]] کی [[PERSON:Abena Mensah]] کا [[HEALTH:کینسر]] کا علاج چل رہا تھا،
اور بند کھڑکیوں والی گرمی میں ان کی حالت بگڑ گئی۔

ہماری میٹنگیں ہر دوسرے اتوار [[ADDRESS:مسجد بلال]] کے نیچے والے ہال میں ہوتیں۔ سیکرٹری
[[PERSON:Grace Adjei]] نے ہر میٹنگ کے منٹس لکھے۔ کونسلر [[PERSON:Sarah Olabode]] اور ایم پی کے دفتر سے
[[PERSON:فیصل رانا]] اکثر آتے۔

اجتماعی شکایت نمبر [[REFERENCE:NRH-CLD-0619]]۔ پہلے مرحلے کا جواب بس ڈی ہیومیڈیفائر کی فہرست تھی، اس
لیے ہم نے ہاؤسنگ محتسب کے پاس بھی کیس کھولا، نمبر [[REFERENCE:202508841]]۔ دوسرے مرحلے میں ریزیڈنٹ
لائزن مینیجر [[PERSON:Nicola Hart]] نے ہر فلیٹ کا دورہ کیا اور مانا کہ ہوا کی آمد و رفت کا کوئی منصوبہ
نہیں تھا۔ تحریری معافی، ہر فلیٹ کو £300، نقصان کی مرمت، ہوا دان، اور سائٹ پر روزانہ ایک رابطہ افسر۔

ذاتی بات: [[PERSON:نصرت]] آپا نے آخری میٹنگ میں کہا، "بیٹا، شکایت کرنا بدتمیزی نہیں ہے۔" یہی ہماری
پوری کہانی کا خلاصہ ہے۔

سبق: کام سے پہلے ہوا کا منصوبہ، ہر پندرہ دن رہائشیوں کو اپ ڈیٹ، اور بیماروں کا خاص خیال۔ رابطہ:
[[EMAIL:imran dot qureshi at example dot net]] یا [[PHONE:+44 (0)20 7946 0356]]۔
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
