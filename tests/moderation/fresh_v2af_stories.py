"""Fresh version-2 PII test stories, batch af.

Written by tenants' association and residents' panel members about block-wide problems
(lifts, communal heating, cladding works, pests, damp across many flats): several
households named with their flat numbers, a committee chair and secretary with contact
details, meetings at a named community hall, church hall or mosque, the councillor, the
MP's caseworker, the landlord's staff and contractors, reference numbers, and the lessons
the landlord learned. The register mixes minutes-like passages with personal asides.
Seven languages: English, Arabic, Bengali, Punjabi (Gurmukhi), Polish, Romanian and Urdu.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).
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
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
