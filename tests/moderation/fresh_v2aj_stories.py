"""Fresh version-2 PII test stories, batch aj.

Complaint handlers', caseworkers' and advocates' chronologies submitted as case studies: terse
timeline entries with dates in many formats (12/03/24, 12.3.2024, Tues 12th, 2024-03-12, dates in
words and native digits), abbreviations (T/, HO, OT, DHP, ASB, NOK), officers' initials written
alongside and then instead of their full names, reference numbers of many shapes, addresses as housing
systems hold them (Flat 3, 12-14 X Road; Blk C Flt 22; flat codes) and phone extensions. The Arabic,
Bengali, Punjabi, Polish, Romanian and Urdu stories keep the same register, written by an officer or
advocate in that language, with English names and addresses in Latin letters or in the script, and
initials in the script. The stories carry names, initials, diminutives, partial addresses, named
blocks, schools, surgeries and places of worship, postcodes in any case, phones in figures, native
digits and words, spelt-out emails, dates of birth, ages, NHS and NI numbers, car registrations,
handles, BRP and passport numbers, sort codes and account numbers.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 7 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 17.1% of 35, recall 94.5%, precision
84.7%, on the committed detector b4a564d (as landed after round 33, with speed tests that change
no finding); leak-free by language ar 0, bn 1, en 2, pa 1, pl 0, ro 2, ur 0 of 5.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2aj-en-01",
        "en",
        _s("""
Chronology submitted by the Complaints Team, [[ORGANISATION:Harbourside Homes]]. Names used with consent.

T/: [[PERSON:Kayleigh Dunmore]] ([[PERSON:KD]]), [[AGE:29]]. Household: 2 children, [[PERSON:Riley]] ([[AGE:6]]) and
[[PERSON:Mason]] ([[AGE:14 months]]). Prop: [[ADDRESS:Flat 3, 12-14 Carver Road]], Grimsby [[POSTCODE:DN32 7RQ]]
(entrance next to [[ADDRESS:The Trawlerman's Arms]]). Tenancy ref [[REFERENCE:HH/T/0048213]]. Mob [[PHONE:07700 900184]].

02/10/23 – [[PERSON:KD]] reports black mould rear bedroom. Repair raised, job [[REFERENCE:WO-551902]].
19.10.2023 – [[ORGANISATION:Briggs & Tanner Property Services]] attend. Mould wash only, no cause recorded.
Tues 14th Nov – [[PERSON:KD]] rings again. [[PERSON:Mason]] now on an inhaler; GP at [[ADDRESS:Weelsby Road Surgery]]
treating him for [[HEALTH:bronchiolitis]]. Call taken by CSA [[PERSON:Donna]], passed to HO.
21/11/23 – HO [[PERSON:Stuart Keel]] ([[PERSON:SK]]) visits. Notes condensation and extractor not working. No follow-up booked.
2024-01-08 – Stage 1 logged, ref [[REFERENCE:CMP-24-00117]]. Response due 22/1, sent 9/2 (late).
12.2.2024 – [[PERSON:KD]] asks for Stage 2 by email ([[EMAIL:kayleigh.dunmore@example.com]]). Reviewed by Complaints
Lead [[PERSON:Asha Thornbury]] ([[PERSON:AT]]).
Fri 23rd Feb – [[PERSON:AT]] visits with surveyor. Extractor never wired to boost; trickle vents painted shut.

Outcome: upheld at Stage 2. Extractor replaced and PIV unit fitted by [[ORGANISATION:Briggs & Tanner]] 27/02/24;
bedroom stain-blocked and redecorated; [[PERSON:Riley]]'s bed and [[PERSON:Mason]]'s cot replaced. £450 paid to the
account ending [[OTHER_ID:7730]]. Apology letter signed by [[PERSON:AT]].

What changed: a damp report from any household with a child under 2 now triggers a HO visit within 5 working days,
and the contractor must record a cause, not just a treatment. [[PERSON:SK]]'s patch reviewed by team leader.
[[PERSON:Kayleigh]] told us the Stage 2 visit was the first time anyone had looked behind the wardrobe.
"""),
    ),
    (
        "fv2aj-en-02",
        "en",
        _s("""
Case summary – ASB and management transfer. Submitted by [[ORGANISATION:Northvale Housing Trust]], Tenancy Services.

T/: Mr [[PERSON:Desmond Achterberg]] (known as [[PERSON:Des]]), DOB [[DATE_OF_BIRTH:4th March 1952]]. Sole occupant,
[[ADDRESS:Blk C Flt 22, Pevensey Court]], [[ADDRESS:Ferncliffe Estate]], Leeds [[POSTCODE:ls9 6tw]]. Tenancy
[[REFERENCE:NVT-004419]]. [[HEALTH:COPD]], home oxygen. NOK son [[PERSON:Carl Achterberg]], [[PHONE:07700 900 627]].

17/07/23 – [[PERSON:Des]] rings ASB line ([[PHONE:0113 496 0552 ext 210]]). Youths in stairwell, door kicked,
scooter store damaged. Case [[REFERENCE:ASB/23/0419]] opened by ASB Officer [[PERSON:Priya Venkataraman]] ([[PERSON:PV]]).
Diary sheets issued.
Wed 2nd Aug – [[PERSON:PV]] and PCSO [[PERSON:Tom Hegarty]] visit. Alleged perp. is occupant of [[ADDRESS:Flt 24]].
Videos of [[PERSON:Des]] posted on TikTok by [[OTHER_ID:@ferncliffe_lads]]. Car [[OTHER_ID:YD17 KXA]] left across the
scooter store most nights.
Aug–Sep – no contact logged. Diary sheets never collected.
2023-09-15 – [[PERSON:Carl]] complains on [[PERSON:Des]]'s behalf from [[EMAIL:carl.achterberg@example.net]]. Stage 1
ref [[REFERENCE:NHT-C-30871]].
06.10.23 – Stage 1 response, Complaints Officer [[PERSON:Miriam Okafor]]: upheld in part. [[PERSON:PV]] carrying 3x
target caseload; case not reviewed for 8 weeks.
Mon 16th Oct – case reallocated to [[PERSON:Jon Slater]] ([[PERSON:JS]]). Joint visit with police.

Put right: community protection notice served on occupant of [[ADDRESS:Flt 24]]; account reported and videos taken
down; registered keeper of the car warned. [[PERSON:Des]] accepted a management transfer and moved 11/12/23 to
ground-floor [[ADDRESS:14 Tanyard Lane]], round the corner from his GP at [[ADDRESS:Ashton Road Medical Practice]].
£300 plus removals and the oxygen reinstall paid for.

Learning: ASB caseloads capped at 35; any T/ with a health flag reviewed fortnightly; diary sheets collected at
every visit. [[PERSON:JS]] now mentors new ASB officers.
"""),
    ),
    (
        "fv2aj-en-03",
        "en",
        _s("""
Tenancy sustainment chronology, [[ORGANISATION:Castlegate Homes]]. Author: TSO [[PERSON:Joanne Frew]] ([[PERSON:JF]]).

Household: Ms [[PERSON:Nadia Rahman-Bell]] (T/) and son [[PERSON:Zayn]], [[AGE:11 y/o]], [[HEALTH:cerebral palsy]].
[[ADDRESS:27a Molyneux Street]], Bootle [[POSTCODE:L20 4BX]]. [[PERSON:Zayn]] attends [[ADDRESS:Orrell Mount Primary]].
NHS no. (from OT referral) [[OTHER_ID:485 777 3456]]. T/ tel [[PHONE:0151 496 0773]] / [[PHONE:07700 900951]].

14/03/23 – OT [[PERSON:Becky Lomax]] (council adaptations) recommends level-access wet room and ceiling track hoist.
Referral [[REFERENCE:ADP-23-1187]].
03.05.2023 – Leak into bathroom from [[ADDRESS:no. 27b]] upstairs. Repair [[REFERENCE:CG/R/664031]]. Contractor
[[ORGANISATION:Merseyfix Ltd]] caps pipe, ceiling left open.
June–Aug – [[PERSON:Zayn]] washed in the kitchen; [[PERSON:Nadia]] lifting him in and out. Adaptation on hold "until
leak signed off". Nobody signs it off.
2023-09-04 – [[PERSON:Nadia]] complains, Stage 1 [[REFERENCE:CMP/23/4410]]. Response: "works in progress".
Thurs 19th Oct – [[PERSON:JF]] allocated. Finds the adaptation and the repair sitting in two separate queues, neither
team aware of the other.
22/11/23 – Housing Ombudsman case [[REFERENCE:202318842]] opened at [[PERSON:Nadia]]'s request.
Dec 23 – DHP awarded for the rent shortfall while the family stayed with [[PERSON:Zayn]]'s gran in Litherland, ref
[[REFERENCE:DHP/0931]].

Put right: ceiling and pipework finished 08/01/24; wet room and hoist completed 26/02/24. Ombudsman found
maladministration; £1,250 compensation plus [[PERSON:Nadia]]'s physio costs. Written apology from Director of
Property [[PERSON:Simon Achebe]].

What changed: any repair that affects an adaptation now links to it automatically and is owned by one officer; OT
referrals get a named case lead from day one. [[PERSON:JF]] is that lead for the Bootle patch.
"""),
    ),
    (
        "fv2aj-en-04",
        "en",
        _s("""
Housing Options – temporary accommodation case review, [[ORGANISATION:Eastbrook Council]].

Applicants: Mr [[PERSON:Tesfaye Gebremariam]] and Mrs [[PERSON:Selam Haile]], with [[PERSON:Liya]] ([[AGE:9]]) and
[[PERSON:Abel]] ([[AGE:3]]). [[OTHER_SPECIAL:Eritrean]] nationals, [[OTHER_SPECIAL:refugee status]] granted Feb 2023; Mr
[[PERSON:Gebremariam]]'s BRP [[OTHER_ID:ZR4418027]]. Homeless application [[REFERENCE:HOP/23/07719]]. Contact:
[[PERSON:Tesfaye]]'s mobile, noted by the call handler as [[PHONE:oh seven seven double oh, nine double oh, three one two]].

TA: [[ADDRESS:Room 6, 88 Cranmer Terrace]], [[POSTCODE:E6 2LJ]], shared-facility B&B managed by
[[ORGANISATION:Greyhall Lettings Ltd]].

1/9/23 – Family placed. Told "6 weeks max".
Mon 9 Oct – [[PERSON:Selam]] reports bedbugs; [[PERSON:Abel]] covered in bites. Photos sent from
[[EMAIL:selam dot haile at example dot org]] (as she spelt it on the phone).
20.10.23 – [[ORGANISATION:Greyhall]] say treated. Bites continue. [[PERSON:Liya]] missing school;
[[ADDRESS:Bramley Fields Primary]] flag her attendance to us.
2023-11-27 – Complaint made through the family's pastor at [[ADDRESS:Holy Trinity Eritrean Orthodox Church]], Rev.
[[PERSON:Daniel Tsegai]]. Stage 1 ref [[REFERENCE:EBC-CX-2291]].
Tues 12th Dec – Stage 1 response, TA Manager [[PERSON:Helen Marsh]] ([[PERSON:HM]]): upheld. Suitability review
overdue; B&B use for children beyond the 6-week limit.

Put right: family moved 15/12/23 to a self-contained 2-bed, [[ADDRESS:Flat 11, Linton House]],
[[ADDRESS:Beckton Park Estate]], walking distance to [[ADDRESS:Bramley Fields]]. £600 for clothing and bedding destroyed. [[ORGANISATION:Greyhall]]
removed from family placements pending inspection.

What changed: no family with children in shared B&B beyond 6 weeks without [[PERSON:HM]] signing it off; weekly
welfare call to every family in TA; schools told of a placement (with consent) so they can flag absence early.
"""),
    ),
    (
        "fv2aj-en-05",
        "en",
        _s("""
Income Team case notes (summarised) – [[ORGANISATION:Pennine Edge Housing]].

T/: [[PERSON:Gary Whitworth]] ([[PERSON:GW]]), DOB [[DATE_OF_BIRTH:19/11/1978]], NI [[NI_NUMBER:QQ 41 07 93 B]]; joint
T/ [[PERSON:Sharon Whitworth]] ("[[PERSON:Shaz]]"). [[ADDRESS:41 Holcombe Brow]], Ramsbottom, [[POSTCODE:BL09QT]]. Rent
a/c [[REFERENCE:PEH-RA-0077412]]. [[PERSON:GW]] has [[HEALTH:bipolar disorder]]; all letters to be copied to
[[PERSON:Shaz]]. Income Officer: [[PERSON:Ravinder Sandhu]] ([[PERSON:RS]]), [[EMAIL:r.sandhu@pennineedge.example.org]],
[[PHONE:0161 496 0938 x4471]].

03/04/24 – New DD mandate set up after UC change. Sort code [[OTHER_ID:20-91-44]], acct [[OTHER_ID:40117733]].
Mon 15th Apr – DD collected twice (system migration). Account overdrawn; [[PERSON:GW]]'s other DDs bounce.
17.04.24 – [[PERSON:Shaz]] rings from [[PHONE:07700 900 482]]. Told refund "5-7 days".
2024-05-02 – Automated NOSP warning letter sent showing arrears of £1,104 (account actually in credit).
06/05/24 – [[PERSON:GW]] admitted to hospital.
08/05/24 – [[PERSON:Shaz]] complains, ref [[REFERENCE:COMP/PE/2404/118]].
Tue 21 May – Stage 1, Income Manager [[PERSON:Kath Loughlin]] ([[PERSON:KL]]): double collection confirmed; refund
only partly processed; the letter should have been stopped by the vulnerability flag, but the flag had not migrated.

Put right: full refund plus £87 bank charges, £250 compensation, the warning letter withdrawn in writing, and a
check that nothing was reported to credit agencies. [[PERSON:RS]] and [[PERSON:KL]] apologised in person at the home.

What changed: vulnerability flags re-checked on all 6,200 accounts after the migration; no arrears letter goes to a
household with a health flag without an officer reviewing it first; any DD error is logged as a complaint from the
first contact.
"""),
    ),
    (
        "fv2aj-ar-01",
        "ar",
        _s("""
ملاحظات متابعة الحالة — المرشدة [[PERSON:رنا الحلبي]] ([[PERSON:ر.ح]])، مشروع دعم المستأجرين الناطقين بالعربية.

الأسرة: السيد [[PERSON:عمر الخطيب]] (T/) وزوجته [[PERSON:هبة]]، والطفلان [[PERSON:يوسف]] ([[AGE:٧ سنوات]]) و[[PERSON:سلمى]]
([[AGE:١٨ شهراً]]). [[OTHER_SPECIAL:لاجئون سوريون]]. العنوان في النظام: [[ADDRESS:Flat 9, Ashdown House]]، [[ADDRESS:Ridgeway Estate]]،
مانشستر [[POSTCODE:M13 0QS]] (المبنى خلف [[ADDRESS:مسجد النور]]). المالك: [[ORGANISATION:Ardenfield Homes]]، رقم عقد الإيجار
[[REFERENCE:AFH-T-20931]]. هاتف [[PERSON:عمر]]: [[PHONE:٠٧٧٠٠ ٩٠٠٥٢٦]].

٠٤/٠٩/٢٠٢٣ — بلاغ من [[PERSON:عمر]] عن عفن أسود في غرفة الأطفال، رقم طلب الإصلاح [[REFERENCE:R-889104]].
٢١.٩.٢٠٢٣ — زار عامل من [[ORGANISATION:Clearview Maintenance]]، رشّ مادة مضادة للعفن فقط.
الثلاثاء ١٧ تشرين الأول — [[PERSON:يوسف]] يعاني من [[HEALTH:الربو]]، وطبيبة العائلة في [[ADDRESS:Cedarwell Medical Centre]] كتبت رسالة
تربط النوبات بالرطوبة. أرسلتُ الرسالة إلى HO [[PERSON:ليام كارتر]] ([[PERSON:Liam Carter]]).
2023-11-06 — لا رد. شكوى رسمية، المرحلة الأولى، الرقم [[REFERENCE:CMP/23/6120]].
٢٨/١١ — رد المرحلة الأولى: "الرطوبة سببها نمط المعيشة" (تجفيف الغسيل داخل البيت). رفض [[PERSON:عمر]] هذا التفسير.
١٢ كانون الأول ٢٠٢٣ — طلبنا المرحلة الثانية. زارت مديرة الشكاوى [[PERSON:سارة بينيت]] مع مسّاح، فوجدا تسرّباً من المزراب
فوق الغرفة وعزلاً ناقصاً في السقف.

الإصلاح: إصلاح المزراب وتركيب العزل ومروحة شفط قبل ١٩/٠١/٢٠٢٤، وإعادة طلاء الغرفة، وتعويض ٥٥٠ جنيهاً. اعتذرت
[[ORGANISATION:Ardenfield Homes]] كتابياً عن عبارة "نمط المعيشة".

ما الذي تغيّر: لا يُغلق بلاغ رطوبة قبل أن يحدد المسّاح السبب، وصارت الرسائل تصل إلى الأسرة بالعربية. و[[PERSON:عمر]] الآن
يساعد جيرانه في [[ADDRESS:Ashdown House]] على تقديم البلاغات، و[[PERSON:ر.ح]] تزورهم مرة في الشهر.
"""),
    ),
    (
        "fv2aj-ar-02",
        "ar",
        _s("""
سجلّ الحالة — إعداد [[PERSON:كريم منصور]] ([[PERSON:ك.م]])، موظف شكاوى يتحدث العربية في [[ORGANISATION:Lea Valley Homes]].

المستأجرة: السيدة [[PERSON:نجاة عبد الكريم]]، تاريخ الميلاد [[DATE_OF_BIRTH:الخامس من أيار ١٩٤٦]]، أرملة، تسكن وحدها في
[[ADDRESS:شقة ١٤٣]] بالطابق الحادي عشر من [[ADDRESS:برج كينغزميد]] ([[ADDRESS:Kingsmead Tower]])، لندن [[POSTCODE:e58rr]]. تعاني من
[[HEALTH:قصور القلب]] و[[HEALTH:هشاشة العظام]]. ابنتها [[PERSON:سهى النجار]] هي جهة الاتصال: [[PHONE:٠٧٧٠٠ ٩٠٠٢٣٩]]،
[[EMAIL:suha.najjar@example.net]].

2024-01-09 — تعطّل المصعدان كلاهما. بلاغ إصلاح [[REFERENCE:LV-R-774120]]. المقاول [[ORGANISATION:Apex Lift Services]] يقول إن
القطعة تحتاج ٦ أسابيع.
١٥/١/٢٤ — السيدة [[PERSON:نجاة]] لم تغادر الشقة منذ أسبوع، وفاتها موعد في المستشفى.
الأربعاء ١٧ كانون الثاني — [[PERSON:سهى]] تتصل بالرقم [[PHONE:020 7946 0488]] مرات عدة، لا أحد يرد.
٢٣.٠١.٢٠٢٤ — شكوى المرحلة الأولى [[REFERENCE:LVH/CX/0124/77]]. طلبت [[PERSON:سهى]] نقلاً مؤقتاً لوالدتها.
٠٦/٠٢ — رد مديرة الحي [[PERSON:جيسيكا براون]] ([[PERSON:Jessica Brown]]): رفض النقل لأن "المصعد سيُصلح قريباً".
آذار ٢٠٢٤ — المصعد ما زال معطلاً. رفعت [[PERSON:سهى]] القضية إلى أمين المظالم للإسكان، رقم القضية [[REFERENCE:202401573]].
جارها في [[ADDRESS:شقة ١٤٥]]، [[PERSON:ديريك]]، كان يحمل لها المشتريات طوال هذه الفترة.

الإصلاح: نُقلت السيدة [[PERSON:نجاة]] في ٢٠/٠٣/٢٠٢٤ نقلاً دائماً إلى شقة أرضية في [[ADDRESS:7 Millfields Road]]، مع دفع تكاليف
النقل وتعويض ٩٠٠ جنيه. وجد أمين المظالم سوء إدارة.

ما تغيّر: قائمة بأسماء السكان المعرّضين للخطر في كل برج، واتصال يومي بهم عند تعطل المصعد، وعقد جديد مع المقاول
يلزمه بتخزين القطع. زارها [[PERSON:ك.م]] بعد النقل للتأكد من أن كل شيء على ما يرام.
"""),
    ),
    (
        "fv2aj-ar-03",
        "ar",
        _s("""
ملخص ملف ASB — [[ORGANISATION:Sheaf Valley Council]]. كتب الملاحظات الضابط [[PERSON:دانيال هيوز]] ([[PERSON:DH]]) بمساعدة المترجم
[[PERSON:فؤاد]].

T/: السيد [[PERSON:عبد الله صالح القاضي]]، [[AGE:٤٤ سنة]]، وزوجته [[PERSON:أمل]]، وخمسة أطفال أصغرهم [[PERSON:ريم]] ([[AGE:٣ سنوات]]).
أسرة [[OTHER_SPECIAL:يمنية]] [[OTHER_SPECIAL:مسلمة]]. العنوان: [[ADDRESS:٢٧ Brunswick Street]]، شيفيلد [[POSTCODE:S10 2FN]]. رقم
السجل السكني [[REFERENCE:HR-0091234]]. هاتف: [[PHONE:0114 496 0617]].

١٤/٠٥/٢٠٢٣ — كتابات عنصرية على الباب وبيض على النوافذ. قضية ASB رقم [[REFERENCE:ASB-2305-088]]، ومرجع الشرطة
[[REFERENCE:14/77203/23]].
الجمعة ٢ حزيران — جار من [[ADDRESS:رقم ٢٩]] يصوّر [[PERSON:أمل]] وينشر المقاطع على حساب [[OTHER_ID:@sheffield_truth_99]].
2023-06-20 — سيارة [[OTHER_ID:YK68 RWP]] تقف أمام البيت ليلاً ويطلق سائقها البوق. أُبلغت الشرطة برقم اللوحة.
٠٣.٠٧.٢٣ — شكوى من [[PERSON:عبد الله]] لأن أحداً لم يزره منذ البلاغ الأول، المرجع [[REFERENCE:SVC-COMP-31177]].
١٩/٠٧ — رد المرحلة الأولى، مديرة الخدمة [[PERSON:كلير ووكر]]: الشكوى مقبولة؛ القضية بقيت ٣ أسابيع بلا ضابط.

ما تمّ: زيارة في اليوم نفسه، كاميرا عند الباب، إنذار رسمي لساكن [[ADDRESS:رقم ٢٩]]، وإغلاق الحساب بعد الإبلاغ عنه. رُفعت
أولوية الأسرة في السجل إلى الفئة A بسبب الاكتظاظ والخطر، وانتقلت في تشرين الثاني إلى بيت من ٤ غرف قرب [[ADDRESS:مسجد الهدى]]،
على بعد دقائق من حضانة [[PERSON:ريم]] الجديدة [[ADDRESS:Abbeyfield Nursery]].

ما تغيّر: كل بلاغ ذي طابع عنصري أو ديني يُسند إلى ضابط خلال ٢٤ ساعة وتتم الزيارة خلال ٣ أيام، و[[PERSON:DH]] يعمل
الآن مع لجنة المسجد لتشجيع السكان على الإبلاغ.
"""),
    ),
    (
        "fv2aj-ar-04",
        "ar",
        _s("""
مذكرة مناصرة — [[PERSON:ليلى حسن]]، عاملة دعم، بالنيابة عن السيد [[PERSON:أحمد عثمان]].

السيد [[PERSON:أحمد]] من مواليد [[DATE_OF_BIRTH:1971-08-23]]، [[OTHER_SPECIAL:سوداني]] الأصل، مصاب بـ[[HEALTH:التصلب المتعدد]].
يسكن [[ADDRESS:Flat 2, 5-7 Alma Road]]، ليدز [[POSTCODE:LS6 2AH]]، مستأجراً لدى [[ORGANISATION:Airedale Rise Housing]]. رقم NHS:
[[OTHER_ID:٤٠١ ٢٢٣ ٧٨٥٠]]. بريده كما أملاه عليّ: [[EMAIL:ahmed نقطة osman آت example نقطة org]]. هاتفه [[PHONE:٠١١٣ ٤٩٦ ٠٣٤١]].

٣٠/١١/٢٠٢٣ — انقطاع التدفئة والماء الساخن. بلاغ [[REFERENCE:ARH-55021]].
الاثنين ٤ كانون الأول — فني من [[ORGANISATION:Pennine Heat & Gas]] يقول إن المرجل يجب تغييره. لا موعد.
١١.١٢.٢٣ — الحرارة في الشقة ١٣ درجة. التشنجات عند [[PERSON:أحمد]] تزداد مع البرد. اتصلتُ بالـHO [[PERSON:مارك طومسون]] على
[[PHONE:0113 496 0902 تحويلة 318]]، وتركت رسالتين.
2023-12-13 — شكوى المرحلة الأولى [[REFERENCE:CX-ARH-2312-09]]. طلبنا سخانات كهربائية ومساعدة في فاتورة الكهرباء.
١٨/١٢ — وصل سخانان. الفاتورة ارتفعت؛ قدّمنا طلب DHP ومساعدة طارئة، المرجع [[REFERENCE:DHP-LS-4471]].
٠٩/٠١/٢٠٢٤ — تركيب مرجل جديد.

رد المرحلة الأولى ([[PERSON:مارك طومسون]] ومديره [[PERSON:غاري ليتش]]): الشكوى مقبولة. لم يُسجَّل مرض [[PERSON:أحمد]] في النظام،
فعومل البلاغ كبلاغ عادي. تعويض ٤٢٠ جنيهاً و١٣٠ جنيهاً عن الكهرباء. زارته أخصائية العلاج الوظيفي (OT) [[PERSON:هانا]] وأوصت
بمنظم حرارة يمكنه التحكم فيه من كرسيه.

ما تغيّر: صار على كل فني أن يسأل عن الحالة الصحية عند انقطاع التدفئة، والسكان المسجلون كمعرّضين للخطر يحصلون على سخانات
خلال ٢٤ ساعة. ما زال السيد [[PERSON:عثمان]] يتصل بي أحياناً ليقول إن البيت دافئ.
"""),
    ),
    (
        "fv2aj-ar-05",
        "ar",
        _s("""
ملاحظات الموظفة [[PERSON:مريم بنعلي]] ([[PERSON:م.ب]])، فريق الشكاوى، [[ORGANISATION:Bournbrook Housing Association]].

المستأجرة: [[PERSON:فاطمة الزهراء العلوي]] ("[[PERSON:زهرة]]" كما تحب أن تُنادى)، [[OTHER_SPECIAL:مغربية]]، وابنها [[PERSON:آدم]]
([[AGE:٤ سنوات]]). العنوان كما في النظام: [[ADDRESS:Blk 2 / Flat 14, Stirchley Court]]، برمنغهام [[POSTCODE:B30 2LQ]]. [[PERSON:آدم]]
في حضانة [[ADDRESS:Little Acorns Nursery]]. الهاتف [[PHONE:+44 121 496 0735]] والجوال [[PHONE:07700900417]].

٠٧/٠٦/٢٠٢٣ — بلاغ: قفل النافذة في غرفة [[PERSON:آدم]] مكسور، والنافذة تنفتح بالكامل في الطابق الثالث. الطلب
[[REFERENCE:BHA-R-440918]]، صُنّف "روتيني – ٢٨ يوماً".
الخميس ٢٢ حزيران — الجارة [[PERSON:جانيت]] من [[ADDRESS:شقة ١٦]] تنشر صورة [[PERSON:آدم]] عند النافذة على حساب العمارة
[[OTHER_ID:@stirchleycourt_residents]] لتنبيه الإدارة.
2023-06-23 — [[PERSON:زهرة]] تقدّم شكوى، المرجع [[REFERENCE:C-2306-1142]].
٢٦.٦.٢٠٢٣ — المقاول [[ORGANISATION:Selly Oak Glazing]] يركّب محددات لكل نوافذ الشقة.
١٠/٠٧ — رد المرحلة الأولى من [[PERSON:م.ب]]: الشكوى مقبولة؛ تصنيف "روتيني" خاطئ لوجود طفل في طابق علوي.

التعويض: ٢٠٠ جنيه حُوّلت إلى الحساب [[OTHER_ID:52208841]]، رمز الفرع [[OTHER_ID:40-11-62]]، مع رسالة اعتذار.

ما تغيّر: كل بلاغ عن نافذة في طابق علوي فيه أطفال صار "عاجلاً – ٢٤ ساعة"، وفُحصت كل النوافذ في [[ADDRESS:Stirchley Court]].
وطلبنا من [[PERSON:جانيت]] حذف صورة [[PERSON:آدم]] من الحساب، فحذفتها في اليوم نفسه.
"""),
    ),
    (
        "fv2aj-bn-01",
        "bn",
        _s("""
কেস নোট — অ্যাডভোকেট [[PERSON:শাহানা চৌধুরী]] ([[PERSON:শা.চৌ.]]), টেন্যান্টস অ্যাডভাইস প্রজেক্ট।

টেন্যান্ট: মিসেস [[PERSON:রাহেলা বেগম]], স্বামী [[PERSON:আব্দুল মালিক]], সন্তান [[PERSON:তানভীর]] ([[AGE:১০ বছর]]), [[PERSON:নুসরাত]]
([[AGE:৭ বছর]]) আর [[PERSON:ইমন]] ([[AGE:১৮ মাস]])। ঠিকানা: [[ADDRESS:Flat 17, Dunstan House]], [[ADDRESS:Stepney Green Estate]],
[[POSTCODE:E1 3BN]]। বাড়িওয়ালা [[ORGANISATION:Limehouse Cut Housing]], টেনেন্সি রেফ [[REFERENCE:LCH-0071182]]। ফোন
[[PHONE:০৭৭০০ ৯০০ ৬৬২]]। [[PERSON:তানভীর]] ও [[PERSON:নুসরাত]] পড়ে [[ADDRESS:Cleveland Way Primary]]-তে।

১০/১০/২৩ — [[PERSON:রাহেলা]] আপা ফোনে জানান, উপরের [[ADDRESS:ফ্ল্যাট ২১]] থেকে বাথরুমের ছাদ দিয়ে পানি পড়ছে। রিপেয়ার জব
[[REFERENCE:WO/339017]]।
১৮.১০.২০২৩ — [[ORGANISATION:Eastway Building Services]] এসে দেখে গেল, কাজ হয়নি।
মঙ্গলবার ৭ নভেম্বর — ছাদে কালো ছত্রাক। ছোট ছেলে [[PERSON:ইমন]] ইনহেলার নিচ্ছে; [[ADDRESS:Harford Street Health Centre]]-এর
ডাক্তার [[HEALTH:অ্যাজমা]] নিয়ে চিঠি দিয়েছেন।
2023-11-20 — স্টেজ ১ অভিযোগ, রেফ [[REFERENCE:LCH/CMP/23/902]]। HO [[PERSON:টম রিচার্ডস]] ([[PERSON:Tom Richards]])-কে ইমেইল
করলাম: [[EMAIL:t.richards@limehousecut.example.org]]।
৪/১২ — উত্তর এল: "উপরের ফ্ল্যাটে ঢোকা যাচ্ছে না"।
বৃহস্পতিবার ১৪ ডিসেম্বর — স্টেজ ২ চাইলাম। ম্যানেজার [[PERSON:জুলি অ্যাডামস]] আদালতের অনুমতি নিয়ে [[ADDRESS:ফ্ল্যাট ২১]]-এ
ঢোকার ব্যবস্থা করেন।

সমাধান: ৯/১/২৪ পাইপ বদলানো হয়, বাথরুমের ছাদ নতুন করে লাগানো হয়, ছত্রাক পরিষ্কার করা হয়। ক্ষতিপূরণ £৬৫০। স্কুল থেকেও চিঠি
দিয়েছিল যে বাচ্চারা রাতে ঠিকমতো ঘুমাতে পারছে না — সেটাও হিসাবে ধরা হয়েছে।

কী বদলাল: কোনো লিক উপরের ফ্ল্যাট থেকে এলে ১০ দিনের মধ্যে ঢোকার ব্যবস্থা না হলে সোজা ম্যানেজারের কাছে যায়।
[[PERSON:রাহেলা]] আপা এখন [[ADDRESS:Dunstan House]]-এর রেসিডেন্টস গ্রুপে আছেন।
"""),
    ),
    (
        "fv2aj-bn-02",
        "bn",
        _s("""
ক্রোনোলজি — [[ORGANISATION:Werneth Moor Homes]], অভিযোগ বিভাগ। লিখেছেন কমপ্লেইন্টস অফিসার [[PERSON:মাহফুজ আলম]] ([[PERSON:MA]])।

টেন্যান্ট: জনাব [[PERSON:আব্দুর রশিদ]], জন্ম [[DATE_OF_BIRTH:১৯৪৮ সালের ১২ই ফেব্রুয়ারি]], একা থাকেন; [[HEALTH:সিওপিডি]] আর
[[HEALTH:ডায়াবেটিস]] আছে। ঠিকানা: [[ADDRESS:৩৬ Coppice Street]], ওল্ডহাম [[POSTCODE:ol84bt]] — [[ADDRESS:মদিনা মসজিদ]]-এর ঠিক পেছনে।
নাতি [[PERSON:সাকিব]] ("[[PERSON:Sak]]") যোগাযোগ রাখেন: বাসা [[PHONE:০১৬১ ৪৯৬ ০২৫৭]], মোবাইল [[PHONE:07700 900 845]]। এনএইচএস নম্বর
[[OTHER_ID:৬১২ ৪৪৮ ৯০৩১]]।

০২/০৫/২৩ — OT [[PERSON:রেবেকা হল]] সুপারিশ করেন বাথটাব সরিয়ে ওয়াক-ইন শাওয়ার। রেফারেল [[REFERENCE:OT-23-0457]]।
জুন থেকে আগস্ট — কিছুই হয়নি। [[PERSON:রশিদ]] সাহেব বাথরুমে দুবার পড়ে যান, একবার হাসপাতালে ভর্তি।
2023-09-11 — [[PERSON:সাকিব]] ইমেইলে অভিযোগ করেন, [[EMAIL:sakib.rashid@example.co.uk]] থেকে। রেফ [[REFERENCE:WMH-C-2309-014]]।
বুধবার ২৭.৯.২৩ — স্টেজ ১ উত্তর: কনট্রাক্টর [[ORGANISATION:Medlock Adaptations Ltd]]-এর তালিকা থেকে কাজটা "হারিয়ে গিয়েছিল",
কেউ খেয়াল করেনি।
১৩/১০/২৩ — শাওয়ার বসানো হলো, সঙ্গে গ্র্যাব রেইল আর উঁচু টয়লেট।

সমাধান: £৪০০ ক্ষতিপূরণ। [[PERSON:MA]] নিজে বাসায় গিয়ে বাংলায় ক্ষমা চেয়েছেন, সঙ্গে ছিলেন অ্যাডাপ্টেশনস ম্যানেজার
[[PERSON:ক্রিস ওয়েন]]।

কী বদলাল: OT-র সুপারিশ এলে এখন প্রতিটি কাজের একজন নির্দিষ্ট মালিক থাকে, আর ৮ সপ্তাহ পেরোলে সিস্টেম নিজে থেকে সতর্ক করে।
যেসব বয়স্ক টেন্যান্ট একা থাকেন, অপেক্ষার সময় তাঁদের অস্থায়ী শাওয়ার সিট দেওয়া হয়। [[PERSON:সাকিব]] জানিয়েছেন, দাদা এখন নিজেই
গোসল করতে পারেন।
"""),
    ),
    (
        "fv2aj-bn-03",
        "bn",
        _s("""
ASB কেস সারাংশ — কমিউনিটি সেফটি অফিসার [[PERSON:নাজমা খাতুন]] ([[PERSON:NK]]), [[ORGANISATION:Saltley Gate Housing]]।

ভুক্তভোগী পরিবার: [[PERSON:জাহিদ হোসেন]] ও [[PERSON:শিরিন আক্তার]], [[OTHER_SPECIAL:বাংলাদেশি]] [[OTHER_SPECIAL:মুসলিম]] পরিবার; মেয়ে
[[PERSON:মিম]] ([[AGE:১৫]])। ঠিকানা [[ADDRESS:88 Waverley Road]], বার্মিংহাম [[POSTCODE:B10 0EJ]] — [[ADDRESS:Rahman's Sweet Centre]]-এর
উল্টো দিকের কোনার বাড়ি। ASB রেফ [[REFERENCE:SGH/ASB/0923/17]], পুলিশ রেফ [[REFERENCE:20BW/118822/23]]। ফোন
[[PHONE:০১২১ ৪৯৬ ০৫৮১]]।

০৩/০৯/২০২৩ — দরজায় বর্ণবিদ্বেষী গ্রাফিতি, জানালায় ডিম। [[PERSON:জাহিদ]] ভাই রিপোর্ট করেন।
সোম, ১১ সেপ্টেম্বর — একটা গাড়ি [[OTHER_ID:BK19 OXD]] রাতে বাড়ির সামনে থেমে হর্ন বাজায়। নম্বর পুলিশকে দিলাম।
2023-09-18 — [[PERSON:মিম]] স্কুল থেকে ফেরার পথে হয়রানির শিকার; [[OTHER_ID:@smallheath_patriot]] নামের অ্যাকাউন্ট থেকে তার ছবি পোস্ট
করা হয়।
২৫.০৯.২৩ — [[PERSON:শিরিন]] আপা অভিযোগ করেন: প্রথম রিপোর্টের পর কেউ আসেনি। রেফ [[REFERENCE:SGH-CX-23-5518]]।
০৬/১০ — স্টেজ ১ উত্তর, সার্ভিস ম্যানেজার [[PERSON:পল গ্রিন]]: অভিযোগ সঠিক; কেস ১৫ দিন কাউকে দেওয়া হয়নি।

কী করা হলো: ঐ দিনই ভিজিট, দরজায় ক্যামেরা আর নতুন তালা, গ্রাফিতি ৪৮ ঘণ্টায় পরিষ্কার, অ্যাকাউন্টটা রিপোর্ট করে বন্ধ করানো।
[[PERSON:মিম]]-এর স্কুল [[ADDRESS:Cherrywood Girls' Academy]]-এর সঙ্গে যোগাযোগ করে নিরাপদ রাস্তা ঠিক করা হয়। £২৫০
ক্ষতিপূরণ, লিখিত ক্ষমা প্রার্থনা।

কী বদলাল: জাতি বা ধর্মভিত্তিক যেকোনো রিপোর্ট ২৪ ঘণ্টার মধ্যে অফিসারকে দেওয়া হয়, ৩ দিনের মধ্যে ভিজিট। [[PERSON:NK]] এখন
এলাকার মসজিদ কমিটির সঙ্গে মাসে একবার বসেন।
"""),
    ),
    (
        "fv2aj-bn-04",
        "bn",
        _s("""
হাউজিং অপশনস নোট — অফিসার [[PERSON:ফারহানা ইসলাম]] ([[PERSON:FI]]), [[ORGANISATION:Leaside Borough Council]]।

আবেদনকারী: [[PERSON:মোহাম্মদ সেলিম উদ্দিন]] (সবাই ডাকে "[[PERSON:সেলিম]]"), জন্ম [[DATE_OF_BIRTH:০৪/০৬/১৯৮২]], NI
[[NI_NUMBER:QQ 55 21 38 D]]। স্ত্রী [[PERSON:রুমানা]], ছেলে [[PERSON:আয়ান]] ([[AGE:১৩]]) ও [[PERSON:রায়হান]] ([[AGE:১১]]), মেয়ে
[[PERSON:সাদিয়া]] ([[AGE:৫]])। পাঁচজন থাকেন এক বেডরুমের ফ্ল্যাটে: [[ADDRESS:Flat C, 119 Barking Road]], [[POSTCODE:E13 8AQ]]।
হাউজিং রেজিস্টার নং [[REFERENCE:HRN-2019-44871]]। [[PERSON:আয়ান]]-এর [[HEALTH:অটিজম]] আছে, রাতে ঘুমায় না, ভাইয়ের সঙ্গে এক খাটে।
ফোন [[PHONE:+৪৪ ৭৭০০ ৯০০ ৩৮৮]]।

২০১৯ — রেজিস্টারে ব্যান্ড ৩।
১২/০৩/২৩ — [[PERSON:আয়ান]]-এর স্কুল [[ADDRESS:Greenway Manor School]] থেকে চিঠি: ঘরের অবস্থার কারণে পড়াশোনায় সমস্যা।
2023-04-03 — [[PERSON:সেলিম]] নতুন মেডিকেল প্রমাণ জমা দেন। কোনো রিভিউ হয়নি।
বুধ, ১৪ জুন — অভিযোগ, রেফ [[REFERENCE:LBC/HO/C/23/0661]]।
০৫.০৭.২৩ — স্টেজ ১ উত্তর, টিম লিডার [[PERSON:সারা কলিন্স]]: অভিযোগ সঠিক — মেডিকেল ফর্ম ১১ সপ্তাহ ভুল কিউতে পড়ে ছিল।
জুলাই — ব্যান্ড ১-এ তোলা হলো। ভাড়ার ঘাটতির জন্য DHP মঞ্জুর, রেফ [[REFERENCE:DHP/LBC/2207]]; টাকা গেছে সর্ট কোড
[[OTHER_ID:60-83-71]], অ্যাকাউন্ট [[OTHER_ID:29384756]]-এ।

সমাধান: অক্টোবর ২০২৩-এ তিন বেডরুমের বাড়ি পেয়েছেন, [[ADDRESS:14 Chesterton Close]], [[ORGANISATION:Thameside Homes]]-এর।
দেরির জন্য £৩০০ ক্ষতিপূরণ, আর মেডিকেল প্রমাণের তারিখ থেকে ব্যান্ড গণনা। [[PERSON:FI]] নিজে চাবি হস্তান্তরের দিন ছিলেন।

কী বদলাল: মেডিকেল প্রমাণ জমা পড়লে ১০ কর্মদিবসের মধ্যে সিদ্ধান্ত, আর আবেদনকারী এসএমএসে প্রাপ্তিস্বীকার পান। যেসব পরিবারে
প্রতিবন্ধী শিশু এক ঘরে ঘুমায়, তাদের কেস প্রতি তিন মাসে রিভিউ হয়।
"""),
    ),
    (
        "fv2aj-bn-05",
        "bn",
        _s("""
অ্যাডভোকেসি ক্রোনোলজি — [[PERSON:রুবিনা ইয়াসমিন]] ([[PERSON:রু.ই.]]), কার্ডিফ।

টেন্যান্ট: [[PERSON:হাসান আলী]] ও স্ত্রী [[PERSON:জেসমিন বেগম]]; সঙ্গে থাকেন [[PERSON:জেসমিন]]-এর মা, বয়স [[AGE:৮১]]। ঠিকানা
[[ADDRESS:52 Clifton Street]], [[POSTCODE:cf24 1ls]] — [[ADDRESS:Clifton Street Post Office]] থেকে দুই বাড়ি পরে। বাড়িওয়ালা
[[ORGANISATION:Taff Ely Homes]], টেনেন্সি [[REFERENCE:TEH/0448172]]। ফোন [[PHONE:০২৯ ২০১৮ ০৬৯৩]]। ইমেইল, যেমন বানান করে বললেন:
[[EMAIL:hasan ডট ali অ্যাট example ডট com]]।

শুক্র, ৩রা মার্চ ২০২৩ — ছাদ চুঁইয়ে পানি, পেছনের শোবার ঘরে, যেখানে নানি ঘুমান। জব [[REFERENCE:TE-77120]]।
২০.০৩.২৩ — [[ORGANISATION:Valleys Roofing Co]] টাইল বদলায়, পানি থামে না।
2023-05-09 — ঘরে স্যাঁতসেঁতে গন্ধ; নানির [[HEALTH:ব্রঙ্কাইটিস]] বাড়ে। [[PERSON:জেসমিন]] আপা রিপোর্ট করেন, নতুন জব [[REFERENCE:TE-80415]]।
১৯/০৬/২৩ — স্টেজ ১ অভিযোগ [[REFERENCE:TEH-COMP-0619-22]]। উত্তর: "রিপেয়ার সম্পন্ন"।
আগস্ট — স্টেজ ২, হাউজিং ম্যানেজার [[PERSON:রিস জোনস]] ([[PERSON:Rhys Jones]])। কোনো ভিজিট নেই।
২৭/১০/২৩ — হাউজিং ওম্বাডসম্যানে অভিযোগ, কেস নং [[REFERENCE:202319904]]।

সমাধান: ওম্বাডসম্যান অব্যবস্থাপনা পেয়েছে। সার্ভেয়ার দেখেন আসল সমস্যা ভাঙা ফ্ল্যাশিং আর চিমনি; পুরো ছাদ মেরামত হয় জানুয়ারি ২০২৪-এ।
£৮৫০ ক্ষতিপূরণ, ঘর নতুন রং, নানির জন্য ডিহিউমিডিফায়ার। [[PERSON:হাসান]] ভাই বলেন, দশ মাসে এই প্রথম কেউ ছাদে উঠে দেখল।

কী বদলাল: একই ঠিকানায় একই সমস্যা দুবার রিপোর্ট হলে এখন সার্ভেয়ার পাঠানো বাধ্যতামূলক; "রিপেয়ার সম্পন্ন" লেখার আগে টেন্যান্টকে
ফোন করে নিশ্চিত হতে হয়। [[PERSON:রু.ই.]] এখন [[ORGANISATION:Taff Ely Homes]]-এর টেন্যান্ট প্যানেলে আছেন।
"""),
    ),
    (
        "fv2aj-pa-01",
        "pa",
        _s("""
ਕੇਸ ਨੋਟ — ਐਡਵੋਕੇਟ [[PERSON:ਮਨਪ੍ਰੀਤ ਕੌਰ ਢਿੱਲੋਂ]] ([[PERSON:ਮ.ਕ.ਢ.]]), ਕਿਰਾਏਦਾਰ ਸਹਾਇਤਾ ਪ੍ਰੋਜੈਕਟ।

ਕਿਰਾਏਦਾਰ: [[PERSON:ਸੁਖਵਿੰਦਰ ਸਿੰਘ ਬਾਜਵਾ]] (T/) ਅਤੇ ਪਤਨੀ [[PERSON:ਰਾਜਵਿੰਦਰ ਕੌਰ]], ਬੱਚੇ [[PERSON:ਜਪਜੀ]] ([[AGE:੯ ਸਾਲ]]) ਅਤੇ
[[PERSON:ਫ਼ਤਿਹ]] ([[AGE:੩ ਸਾਲ]])। ਪਤਾ: [[ADDRESS:Flat 5, 2-4 Featherstone Road]], ਸਾਊਥਾਲ [[POSTCODE:UB2 5QX]] —
[[ADDRESS:ਗੁਰਦੁਆਰਾ ਦਸਮੇਸ਼ ਦਰਬਾਰ]] ਦੇ ਸਾਹਮਣੇ ਵਾਲੀ ਇਮਾਰਤ। ਮਕਾਨ ਮਾਲਕ [[ORGANISATION:Brentfield Housing]], ਕਿਰਾਏਦਾਰੀ ਨੰ. [[REFERENCE:BFH-T-60218]]। ਫ਼ੋਨ
[[PHONE:੦੭੭੦੦ ੯੦੦ ੫੧੪]]।

੦੯/੦੧/੨੪ — [[PERSON:ਰਾਜਵਿੰਦਰ]] ਜੀ ਦੱਸਦੇ ਹਨ ਕਿ ਬੱਚਿਆਂ ਦੇ ਕਮਰੇ ਦੀ ਕੰਧ 'ਤੇ ਕਾਲੀ ਉੱਲੀ ਹੈ। ਰਿਪੇਅਰ ਜੌਬ [[REFERENCE:BF/WO/71533]]।
੨੩.੧.੨੦੨੪ — [[ORGANISATION:Westside Damp & Mould Ltd]] ਦਾ ਕਾਰੀਗਰ [[PERSON:ਗੈਰੀ]] ਆਇਆ, ਸਿਰਫ਼ ਸਪਰੇਅ ਕਰ ਕੇ ਚਲਾ ਗਿਆ।
ਮੰਗਲਵਾਰ ੧੩ ਫ਼ਰਵਰੀ — [[PERSON:ਫ਼ਤਿਹ]] ਨੂੰ [[HEALTH:ਦਮਾ]], ਇਨਹੇਲਰ ਸ਼ੁਰੂ। [[ADDRESS:Northcote Health Centre]] ਦੀ ਡਾਕਟਰ ਨੇ ਚਿੱਠੀ ਦਿੱਤੀ।
2024-02-19 — ਪਹਿਲੇ ਪੜਾਅ ਦੀ ਸ਼ਿਕਾਇਤ, ਨੰ. [[REFERENCE:BFH/CMP/0219/08]]। HO [[PERSON:ਕਲੇਅਰ ਹਿਊਜ਼]] ([[PERSON:Claire Hughes]]) ਨੂੰ ਈਮੇਲ
[[EMAIL:c.hughes@brentfield.example.org]] 'ਤੇ।
੦੪/੦੩ — ਜਵਾਬ: "ਘਰ ਅੰਦਰ ਕੱਪੜੇ ਸੁਕਾਉਣ ਕਰਕੇ ਨਮੀ"। [[PERSON:ਸੁਖਵਿੰਦਰ]] ਜੀ ਨੇ ਦੱਸਿਆ ਕਿ ਕੱਪੜੇ ਤਾਂ ਬਾਹਰ ਸ਼ੈੱਡ ਵਿੱਚ ਸੁੱਕਦੇ ਹਨ।
੧੮.੩.੨੪ — ਦੂਜਾ ਪੜਾਅ। ਮੈਨੇਜਰ [[PERSON:ਡੈਨ ਓ'ਕੌਨਰ]] ਸਰਵੇਅਰ ਨਾਲ ਆਏ: ਛੱਤ ਦੀ ਗਟਰ ਟੁੱਟੀ ਹੋਈ, ਪਾਣੀ ਕੰਧ ਵਿੱਚ ਜਾ ਰਿਹਾ ਸੀ।

ਹੱਲ: ਗਟਰ ਅਤੇ ਕੰਧ ਦੀ ਮੁਰੰਮਤ ੧੨/੦੪/੨੪ ਤੱਕ, ਕਮਰੇ ਦੀ ਨਵੀਂ ਰੰਗਾਈ, ਡੀਹਿਊਮਿਡੀਫਾਇਰ, £੪੮੦ ਮੁਆਵਜ਼ਾ। "ਜੀਵਨ ਸ਼ੈਲੀ" ਵਾਲੀ ਗੱਲ ਲਈ
ਲਿਖਤੀ ਮੁਆਫ਼ੀ। [[PERSON:ਜਪਜੀ]] ਦੇ ਸਕੂਲ [[ADDRESS:Havelock Lane Primary]] ਨੂੰ ਵੀ ਦੱਸਿਆ ਗਿਆ ਕਿ ਕਮਰਾ ਹੁਣ ਠੀਕ ਹੈ।

ਕੀ ਬਦਲਿਆ: ਡਾਕਟਰ ਦੀ ਚਿੱਠੀ ਆਉਣ 'ਤੇ ੧੦ ਕੰਮ ਵਾਲੇ ਦਿਨਾਂ ਵਿੱਚ ਸਰਵੇਅਰ ਦੀ ਫੇਰੀ; ਕਾਰਨ ਲੱਭੇ ਬਿਨਾਂ ਉੱਲੀ ਦਾ ਕੰਮ ਬੰਦ ਨਹੀਂ ਹੁੰਦਾ।
[[PERSON:ਮ.ਕ.ਢ.]] ਹੁਣ ਗੁਰਦੁਆਰੇ ਵਿੱਚ ਮਹੀਨੇ ਵਿੱਚ ਇੱਕ ਵਾਰ ਸਲਾਹ ਦਿੰਦੀ ਹੈ।
"""),
    ),
    (
        "fv2aj-pa-02",
        "pa",
        _s("""
ਸ਼ਿਕਾਇਤ ਦਾ ਵੇਰਵਾ — ਸ਼ਿਕਾਇਤ ਅਧਿਕਾਰੀ [[PERSON:ਅਮਨਦੀਪ ਸਿੰਘ ਰੰਧਾਵਾ]] ([[PERSON:ASR]]), [[ORGANISATION:Sandwell Edge Homes]]।

ਕਿਰਾਏਦਾਰ: ਸ੍ਰੀਮਤੀ [[PERSON:ਗੁਰਬਚਨ ਕੌਰ]], ਜਨਮ ਮਿਤੀ [[DATE_OF_BIRTH:ਪੰਦਰਾਂ ਅਗਸਤ ਉੱਨੀ ਸੌ ਚਾਲੀ]], ਇਕੱਲੇ ਰਹਿੰਦੇ ਹਨ, ਸਿਰਫ਼ ਪੰਜਾਬੀ ਬੋਲਦੇ
ਹਨ। ਪਤਾ: [[ADDRESS:੧੭ Cemetery Road]], ਸਮੈਦਿਕ [[POSTCODE:B67 6BZ]]। ਪੁੱਤਰ [[PERSON:ਹਰਜੀਤ]] ("[[PERSON:ਹੈਰੀ]]") ਸੰਪਰਕ ਵਿਅਕਤੀ ਹੈ:
[[PHONE:੦੧੨੧ ੪੯੬ ੦੩੭੨]] ਜਾਂ [[PHONE:07700 900 266]]। NHS ਨੰਬਰ [[OTHER_ID:੯੪੩ ੪੭੬ ੫੮੭੦]]। [[HEALTH:ਡਿਮੈਂਸ਼ੀਆ]] ਦੀ ਸ਼ੁਰੂਆਤੀ ਅਵਸਥਾ।

੦੫/੦੯/੨੦੨੩ — ਗੈਸ ਸੇਫ਼ਟੀ ਚੈੱਕ ਲਈ ਚਿੱਠੀ ਸਿਰਫ਼ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ। ਬੀਬੀ ਜੀ ਨੂੰ ਸਮਝ ਨਹੀਂ ਆਈ।
੧੯.੦੯.੨੩ — ਇੰਜੀਨੀਅਰ [[ORGANISATION:Midland Gas Care]] ਤੋਂ ਆਇਆ, ਦਰਵਾਜ਼ਾ ਨਹੀਂ ਖੁੱਲ੍ਹਿਆ।
ਸ਼ੁੱਕਰਵਾਰ ੧੩ ਅਕਤੂਬਰ — ਕਾਨੂੰਨੀ ਕਾਰਵਾਈ ਦੀ ਧਮਕੀ ਵਾਲੀ ਚਿੱਠੀ, ਕੇਸ ਨੰ. [[REFERENCE:SEH-GAS-3390]]। ਬੀਬੀ ਜੀ ਡਰ ਗਏ ਅਤੇ ਗੁਆਂਢਣ
[[PERSON:ਪਰਮਜੀਤ]] ([[ADDRESS:੧੯ ਨੰਬਰ]] ਵਾਲੀ) ਨੇ [[PERSON:ਹੈਰੀ]] ਨੂੰ ਫ਼ੋਨ ਕੀਤਾ।
2023-10-16 — [[PERSON:ਹਰਜੀਤ]] ਨੇ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਨੰ. [[REFERENCE:C/SEH/23/1016]], ਈਮੇਲ [[EMAIL:harjit.s.gill@example.com]] ਤੋਂ।
੩੦/੧੦ — ਪਹਿਲੇ ਪੜਾਅ ਦਾ ਜਵਾਬ, ਮੈਨੇਜਰ [[PERSON:ਸਟੀਵ ਬੇਕਰ]]: ਸ਼ਿਕਾਇਤ ਠੀਕ। ਸਿਸਟਮ ਵਿੱਚ ਪੰਜਾਬੀ ਦੀ ਲੋੜ ਅਤੇ [[HEALTH:ਡਿਮੈਂਸ਼ੀਆ]] ਦਾ
ਜ਼ਿਕਰ ਸੀ, ਪਰ ਚਿੱਠੀਆਂ ਆਪਣੇ-ਆਪ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਜਾਂਦੀਆਂ ਰਹੀਆਂ।

ਹੱਲ: ਕਾਨੂੰਨੀ ਚਿੱਠੀ ਵਾਪਸ ਲਈ ਗਈ; [[PERSON:ASR]] ਖ਼ੁਦ [[PERSON:ਹੈਰੀ]] ਨਾਲ ਘਰ ਗਏ ਅਤੇ ਪੰਜਾਬੀ ਵਿੱਚ ਸਮਝਾਇਆ; ਗੈਸ ਚੈੱਕ ੦੨.੧੧.੨੦੨੩ ਨੂੰ
ਹੋ ਗਿਆ। £੨੦੦ ਮੁਆਵਜ਼ਾ ਅਤੇ ਲਿਖਤੀ ਮੁਆਫ਼ੀ ਪੰਜਾਬੀ ਵਿੱਚ।

ਕੀ ਬਦਲਿਆ: ਕਿਸੇ ਵੀ ਕਿਰਾਏਦਾਰ ਨੂੰ ਕਾਨੂੰਨੀ ਚਿੱਠੀ ਭੇਜਣ ਤੋਂ ਪਹਿਲਾਂ ਅਧਿਕਾਰੀ ਭਾਸ਼ਾ ਅਤੇ ਸਿਹਤ ਵਾਲੇ ਨੋਟ ਵੇਖਦਾ ਹੈ, ਅਤੇ ਜਿੱਥੇ ਲੋੜ ਹੋਵੇ ਉੱਥੇ
ਘਰ ਫੇਰੀ ਪਹਿਲਾਂ ਹੁੰਦੀ ਹੈ। ਬੀਬੀ ਜੀ ਦੇ ਰਿਕਾਰਡ 'ਤੇ ਹੁਣ [[PERSON:ਹੈਰੀ]] ਦਾ ਨੰਬਰ ਪਹਿਲੇ ਸੰਪਰਕ ਵਜੋਂ ਹੈ।
"""),
    ),
    (
        "fv2aj-pa-03",
        "pa",
        _s("""
ASB ਕੇਸ ਦਾ ਸਾਰ — ASB ਅਧਿਕਾਰੀ [[PERSON:ਨਵਨੀਤ ਸੰਘਾ]] ([[PERSON:NS]]), [[ORGANISATION:Wolverley Homes]]।

ਪੀੜਤ: [[PERSON:ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਮਾਨ]] ("[[PERSON:ਗੈਰੀ]]"), [[AGE:੫੨ ਸਾਲ]], [[OTHER_SPECIAL:ਅੰਮ੍ਰਿਤਧਾਰੀ ਸਿੱਖ]], ਪਤਨੀ [[PERSON:ਕੁਲਵੰਤ]] ਅਤੇ ਧੀ
[[PERSON:ਸਿਮਰਨ]] ([[AGE:੧੬]]) ਨਾਲ [[ADDRESS:Flat 12, Wrekin House]], [[ADDRESS:Danesmore Estate]], ਵੁਲਵਰਹੈਂਪਟਨ [[POSTCODE:WV10 0QL]]
ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ। ਕਿਰਾਏਦਾਰੀ [[REFERENCE:WH-558210]]। ਫ਼ੋਨ [[PHONE:07700 900 790]]।

੨੨/੦੭/੨੩ — ਲਿਫ਼ਟ ਵਿੱਚ ਇੱਕ ਨੌਜਵਾਨ ਨੇ [[PERSON:ਗੁਰਪ੍ਰੀਤ]] ਜੀ ਦੀ ਪੱਗ ਨੂੰ ਹੱਥ ਪਾਇਆ ਅਤੇ ਗਾਲ੍ਹਾਂ ਕੱਢੀਆਂ। ਪੁਲਿਸ ਰੈਫ਼
[[REFERENCE:WM-23-0722-1184]]। ASB ਕੇਸ [[REFERENCE:ASB/WH/23/066]]।
ਸੋਮਵਾਰ ੩੧ ਜੁਲਾਈ — ਉਹੀ ਨੌਜਵਾਨ, [[ADDRESS:ਫ਼ਲੈਟ ੧੮]] ਦਾ, ਵੀਡੀਓ [[OTHER_ID:@wrekin_house_bants]] 'ਤੇ ਪਾਉਂਦਾ ਹੈ।
2023-08-09 — ਪਾਰਕਿੰਗ ਵਿੱਚ ਕਾਰ [[OTHER_ID:WV66 SNX]] ਦੇ ਸ਼ੀਸ਼ੇ 'ਤੇ ਨਸਲੀ ਨਾਅਰਾ ਲਿਖਿਆ ਮਿਲਿਆ — ਇਹ ਕਾਰ [[PERSON:ਗੈਰੀ]] ਦੀ ਹੈ।
੧੦.੦੮.੨੩ — [[PERSON:ਸਿਮਰਨ]] ਸਕੂਲ ([[ADDRESS:Bushbury Vale School]]) ਜਾਣ ਤੋਂ ਡਰਦੀ ਹੈ। [[PERSON:ਕੁਲਵੰਤ ਕੌਰ]] ਨੇ ਸ਼ਿਕਾਇਤ ਕੀਤੀ:
ਦੋ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਕੋਈ ਨਹੀਂ ਆਇਆ। ਨੰ. [[REFERENCE:WH/CX/0810]]।
੨੪/੦੮ — ਪਹਿਲਾ ਪੜਾਅ, ਟੀਮ ਲੀਡਰ [[PERSON:ਮਾਈਕਲ ਡੌਇਲ]]: ਸ਼ਿਕਾਇਤ ਠੀਕ। ਕੇਸ ਨੂੰ "ਨਸਲੀ ਨਫ਼ਰਤ" ਦੀ ਥਾਂ "ਆਮ ਝਗੜਾ" ਦਰਜ ਕੀਤਾ ਗਿਆ ਸੀ।

ਹੱਲ: ਉਸੇ ਦਿਨ ਫੇਰੀ, [[ADDRESS:ਫ਼ਲੈਟ ੧੮]] ਦੇ ਕਿਰਾਏਦਾਰ ਨੂੰ ਲਿਖਤੀ ਚੇਤਾਵਨੀ ਅਤੇ ਕਿਰਾਏਦਾਰੀ ਦੀ ਸ਼ਰਤਾਂ ਦੀ ਉਲੰਘਣਾ ਦਾ ਨੋਟਿਸ, ਲਿਫ਼ਟ ਅਤੇ
ਪਾਰਕਿੰਗ ਵਿੱਚ ਸੀਸੀਟੀਵੀ, ਅਕਾਊਂਟ ਬੰਦ। £੩੦੦ ਮੁਆਵਜ਼ਾ। ਪਰਿਵਾਰ ਨੇ ਰਹਿਣ ਦਾ ਫ਼ੈਸਲਾ ਕੀਤਾ।

ਕੀ ਬਦਲਿਆ: ਧਰਮ ਜਾਂ ਨਸਲ ਨਾਲ ਜੁੜੀ ਹਰ ਰਿਪੋਰਟ ੨੪ ਘੰਟਿਆਂ ਵਿੱਚ ਅਧਿਕਾਰੀ ਕੋਲ ਅਤੇ ੩ ਦਿਨਾਂ ਵਿੱਚ ਫੇਰੀ। [[PERSON:NS]] ਨੇ ਸਟਾਫ਼ ਲਈ ਸਿੱਖ
ਪਛਾਣ ਬਾਰੇ ਸਿਖਲਾਈ ਕਰਵਾਈ।
"""),
    ),
    (
        "fv2aj-pa-04",
        "pa",
        _s("""
ਹਾਊਸਿੰਗ ਨੋਟ — ਅਧਿਕਾਰੀ [[PERSON:ਜਸਲੀਨ ਕੌਰ]] ([[PERSON:JK]]), [[ORGANISATION:Soar Valley City Council]]।

ਬਿਨੈਕਾਰ: [[PERSON:ਹਰਦੀਪ ਸਿੰਘ ਸਿੱਧੂ]], ਜਨਮ [[DATE_OF_BIRTH:11-02-1985]], NI [[NI_NUMBER:QQ 73 66 02 A]]; ਪਤਨੀ [[PERSON:ਨਵਦੀਪ]];
ਬੱਚੇ [[PERSON:ਅਰਮਾਨ]] ([[AGE:੧੨]]), [[PERSON:ਗੁਰਲੀਨ]] ([[AGE:੮]]) ਅਤੇ ਜੁੜਵਾਂ [[PERSON:ਏਕਮ]] ਤੇ [[PERSON:ਅਨਹਦ]] ([[AGE:੨ ਸਾਲ]]); ਨਾਲ ਹੀ
[[PERSON:ਹਰਦੀਪ]] ਦੇ ਪਿਤਾ ਜੀ। ਸੱਤ ਜਣੇ ਦੋ ਕਮਰਿਆਂ ਵਾਲੇ ਘਰ ਵਿੱਚ: [[ADDRESS:64 Harrison Road]], ਲੈਸਟਰ [[POSTCODE:le4 6bx]], ਪ੍ਰਾਈਵੇਟ ਮਕਾਨ ਮਾਲਕ।
ਹਾਊਸਿੰਗ ਰਜਿਸਟਰ [[REFERENCE:HR-LE-077231]]। ਫ਼ੋਨ [[PHONE:੦੧੧੬ ੪੯੬ ੦੮੩੦]]।

੧੪/੦੨/੨੩ — ਰਜਿਸਟਰ ਵਿੱਚ ਬੈਂਡ ੩।
2023-05-02 — [[PERSON:ਅਰਮਾਨ]] ਨੂੰ [[HEALTH:ਮਿਰਗੀ]] ਦੇ ਦੌਰੇ; ਡਾਕਟਰ ਦੀ ਚਿੱਠੀ ਜਮ੍ਹਾਂ। ਕੋਈ ਫ਼ੈਸਲਾ ਨਹੀਂ।
ਵੀਰਵਾਰ ੨੨ ਜੂਨ — [[PERSON:ਹਰਦੀਪ]] ਸ਼ਿਕਾਇਤ ਕਰਦੇ ਹਨ, ਨੰ. [[REFERENCE:SVCC-HO-2306-41]]।
੦੭.੦੭.੨੦੨੩ — ਪਹਿਲਾ ਪੜਾਅ, ਮੈਨੇਜਰ [[PERSON:ਰੇਚਲ ਕਾਰਟਰ]]: ਸ਼ਿਕਾਇਤ ਠੀਕ। ਮੈਡੀਕਲ ਫ਼ਾਰਮ ਨੂੰ ਗ਼ਲਤ ਨੰਬਰ ਹੇਠ ਸੰਭਾਲਿਆ ਗਿਆ ਸੀ।
ਜੁਲਾਈ — ਬੈਂਡ ੧। ਕਿਰਾਏ ਦੇ ਫ਼ਰਕ ਲਈ DHP, ਰੈਫ਼ [[REFERENCE:DHP-SV-1182]], ਪੈਸੇ ਸੌਰਟ ਕੋਡ [[OTHER_ID:09-01-28]], ਖਾਤਾ
[[OTHER_ID:55102394]] ਵਿੱਚ।
੨੯/੦੯/੨੩ — ਚਾਰ ਕਮਰਿਆਂ ਵਾਲੇ ਘਰ ਦੀ ਪੇਸ਼ਕਸ਼, [[ADDRESS:9 Gipsy Lane Close]], [[ORGANISATION:Belgrave Gate Housing]] ਦਾ। ਮਨਜ਼ੂਰ।

ਹੱਲ: £੨੫੦ ਦੇਰੀ ਲਈ; ਪਹਿਲ ਦੀ ਤਾਰੀਖ਼ ਮੈਡੀਕਲ ਚਿੱਠੀ ਵਾਲੇ ਦਿਨ ਤੋਂ। [[PERSON:ਅਰਮਾਨ]] ਅਤੇ [[PERSON:ਗੁਰਲੀਨ]] ਨੇ ਨਵੇਂ ਘਰ ਦੇ ਨੇੜੇ
[[ADDRESS:Belgrave Meadows Primary]] ਅਤੇ ਨਾਲ ਦੇ ਸੈਕੰਡਰੀ ਸਕੂਲ ਵਿੱਚ ਦਾਖ਼ਲਾ ਲਿਆ।

ਕੀ ਬਦਲਿਆ: ਹਰ ਮੈਡੀਕਲ ਸਬੂਤ ਦੋ ਵਿਅਕਤੀ ਵੇਖਦੇ ਹਨ, ਅਤੇ ੧੦ ਕੰਮ ਵਾਲੇ ਦਿਨਾਂ ਵਿੱਚ ਫ਼ੈਸਲਾ। [[PERSON:JK]] ਹਰ ਮਹੀਨੇ ਭੀੜ ਵਾਲੇ ਘਰਾਂ ਦੀ ਸੂਚੀ
ਵੇਖਦੀ ਹੈ।
"""),
    ),
    (
        "fv2aj-pa-05",
        "pa",
        _s("""
ਐਡਵੋਕੇਸੀ ਟਾਈਮਲਾਈਨ — [[PERSON:ਬਲਜੀਤ ਕੌਰ ਗਰੇਵਾਲ]] ("[[PERSON:ਬੱਬਲੀ]]"), ਕਮਿਊਨਿਟੀ ਐਡਵੋਕੇਟ, ਬਰੈਡਫ਼ੋਰਡ।

ਕਿਰਾਏਦਾਰ: [[PERSON:ਕਮਲਜੀਤ ਸਿੰਘ]] ਅਤੇ [[PERSON:ਪਰਮਿੰਦਰ ਕੌਰ]]; ਪੁੱਤਰ [[PERSON:ਤੇਗ]] ([[AGE:੧੪ ਸਾਲ]]) ਨੂੰ [[HEALTH:ਸੈਰੇਬ੍ਰਲ ਪਾਲਸੀ]] ਅਤੇ
[[HEALTH:ਮਿਰਗੀ]] ਹੈ, ਠੰਢ ਨਾਲ ਦੌਰੇ ਵਧਦੇ ਹਨ। ਪਤਾ [[ADDRESS:House 3, 41-43 Whetley Lane]], [[POSTCODE:BD8 9DS]]। ਮਕਾਨ ਮਾਲਕ
[[ORGANISATION:Aire Bridge Homes]], ਕਿਰਾਏਦਾਰੀ [[REFERENCE:ABH/40912]]। ਈਮੇਲ ਜਿਵੇਂ ਲਿਖਵਾਈ:
[[EMAIL:kamal ਡਾਟ singh ਐਟ example ਡਾਟ org]]। ਫ਼ੋਨ [[PHONE:੦੭੭੦੦ ੯੦੦੭੩੨]]।

ਸ਼ਨਿੱਚਰਵਾਰ ੨ ਦਸੰਬਰ ੨੦੨੩ — ਬੌਇਲਰ ਬੰਦ। ਐਮਰਜੈਂਸੀ ਲਾਈਨ [[PHONE:0113 496 0045]], ਜੌਬ [[REFERENCE:ABH-E-98812]]।
੦੪/੧੨/੨੩ — [[ORGANISATION:Calder Gas Services]] ਦਾ ਇੰਜੀਨੀਅਰ: ਪੁਰਜ਼ਾ ਮੰਗਵਾਉਣਾ ਪਵੇਗਾ। ਕੋਈ ਹੀਟਰ ਨਹੀਂ ਦਿੱਤਾ।
2023-12-06 — [[PERSON:ਤੇਗ]] ਨੂੰ ਦੌਰਾ, ਰਾਤ ਹਸਪਤਾਲ ਵਿੱਚ। [[PERSON:ਪਰਮਿੰਦਰ]] ਜੀ ਮੈਨੂੰ ਫ਼ੋਨ ਕਰਦੇ ਹਨ।
੦੭.੧੨.੨੩ — ਮੈਂ HO [[PERSON:ਜੇਮਜ਼ ਹਾਰਟਲੀ]] ([[PERSON:James Hartley]]) ਨੂੰ [[PHONE:0113 496 0310 ext. 2207]] 'ਤੇ ਫ਼ੋਨ ਕੀਤਾ; ਸ਼ਿਕਾਇਤ
[[REFERENCE:ABH/CX/23/1207]] ਦਰਜ।
੦੮/੧੨ — ਦੋ ਤੇਲ ਵਾਲੇ ਹੀਟਰ ਪਹੁੰਚੇ। ੧੫/੧੨ — ਨਵਾਂ ਬੌਇਲਰ।
ਜਨਵਰੀ ੨੦੨੪ — ਪਹਿਲੇ ਪੜਾਅ ਦਾ ਜਵਾਬ, [[PERSON:ਜੇਮਜ਼]] ਅਤੇ ਮੈਨੇਜਰ [[PERSON:ਸੂ ਹੌਲਡਨ]]: ਸ਼ਿਕਾਇਤ ਠੀਕ। [[PERSON:ਤੇਗ]] ਦੀ ਹਾਲਤ ਸਿਸਟਮ ਵਿੱਚ
ਦਰਜ ਸੀ, ਪਰ ਐਮਰਜੈਂਸੀ ਲਾਈਨ ਨੂੰ ਦਿਸਦੀ ਨਹੀਂ ਸੀ।

ਹੱਲ: £੫੫੦ ਮੁਆਵਜ਼ਾ, ਬਿਜਲੀ ਦੇ ਵਾਧੂ ਖ਼ਰਚੇ ਦੀ ਵਾਪਸੀ, ਲਿਖਤੀ ਮੁਆਫ਼ੀ। [[PERSON:ਕਮਲਜੀਤ]] ਜੀ ਨੇ ਕਿਹਾ ਕਿ ਹੁਣ ਉਹਨਾਂ ਨੂੰ ਪਤਾ ਹੈ ਕਿਸ ਨੂੰ ਫ਼ੋਨ ਕਰਨਾ ਹੈ।

ਕੀ ਬਦਲਿਆ: ਸਿਹਤ ਵਾਲਾ ਨਿਸ਼ਾਨ ਹੁਣ ਐਮਰਜੈਂਸੀ ਲਾਈਨ ਨੂੰ ਵੀ ਦਿਸਦਾ ਹੈ; ਅਜਿਹੇ ਘਰਾਂ ਵਿੱਚ ਬੌਇਲਰ ਬੰਦ ਹੋਣ 'ਤੇ ਉਸੇ ਦਿਨ ਹੀਟਰ। [[PERSON:ਬੱਬਲੀ]]
ਹੁਣ [[ORGANISATION:Aire Bridge Homes]] ਦੇ ਕਿਰਾਏਦਾਰ ਪੈਨਲ ਵਿੱਚ ਹੈ।
"""),
    ),
    (
        "fv2aj-pl-01",
        "pl",
        _s("""
Notatki z prowadzenia sprawy – doradczyni [[PERSON:Agnieszka Wróblewska]] ([[PERSON:AW]]), porady mieszkaniowe po polsku.

Klientka: pani [[PERSON:Ewelina Kaczmarek]], ur. [[DATE_OF_BIRTH:7.08.1987]], z córką [[PERSON:Zuzią]] ([[AGE:lat 4]]).
Adres: [[ADDRESS:Flat 2, 58 Elmfield Road]], Peterborough, [[POSTCODE:PE1 4HG]]. Wynajmujący:
[[ORGANISATION:Fenland Crest Housing]], nr najmu [[REFERENCE:FCH-0032871]]. Tel. [[PHONE:07700 900 318]].

12.01.2024 – klientka zgłasza brak ogrzewania i ciepłej wody od 3 dni. Zgłoszenie naprawy nr [[REFERENCE:R-2024-00412]].
wt. 16.01 – technik z [[ORGANISATION:Heatline Gas Services]], pan [[PERSON:Marek]] (też [[OTHER_SPECIAL:Polak]]),
stwierdza awarię płytki w kotle. Część „na zamówienie”, termin nieznany.
2024-01-22 – nadal bez ogrzewania. [[PERSON:Zuzia]] z [[HEALTH:zapaleniem oskrzeli]], lekarka w
[[ADDRESS:Westgate Family Practice]] pyta o warunki w domu. Dzwonię do HO, [[PERSON:Lisy Grant]] ([[PERSON:LG]]) – brak
odpowiedzi; mail na [[EMAIL:lisa.grant@fenlandcrest.example.org]].
25/01/24 – skarga formalna, etap 1, nr [[REFERENCE:CX/1187/24]]. Dopiero po skardze dowiezione 2 grzejniki elektryczne.
pt. 9 lutego – odpowiedź etapu 1 od kierownika napraw, pana [[PERSON:Dave'a Lintona]]: skarga uzasadniona. Zamówienie
części „utknęło” u dostawcy, nikt go nie sprawdzał.

Co naprawiono: nowy kocioł zamontowany 13.02.2024; zwrot kosztów prądu za grzejniki (£146); £350 zadośćuczynienia;
przeprosiny na piśmie, także po polsku. Pani [[PERSON:Ewelina]] potwierdziła, że wszystko działa.

Co się zmieniło: [[ORGANISATION:Fenland Crest]] trzyma teraz w magazynie części do najczęstszych modeli kotłów, a
rodziny z dziećmi poniżej 5 lat dostają grzejniki zastępcze w ciągu 24 godzin od zgłoszenia. [[PERSON:LG]] dzwoni do
takich rodzin co 2 dni, dopóki ogrzewanie nie wróci.
"""),
    ),
    (
        "fv2aj-pl-02",
        "pl",
        _s("""
Notatki opiekuna sprawy – [[PERSON:Tomasz Zieliński]] ([[PERSON:TZ]]), Tenancy Support, [[ORGANISATION:Wrekin Vale Homes]].

Najemca: pan [[PERSON:Stanisław Górecki]], ur. [[DATE_OF_BIRTH:dwudziestego maja tysiąc dziewięćset czterdziestego dziewiątego]]
(tak podał przez telefon), wdowiec, [[HEALTH:choroba Parkinsona]]. [[ADDRESS:Mieszk. 7, Coalport House]],
[[ADDRESS:Sutton Hill Estate]], Telford, [[POSTCODE:tf7 4ld]]. Osoba kontaktowa: wnuczka [[PERSON:Kasia]]
([[PERSON:Katarzyna Górecka]]), [[PHONE:+44 (0)7700 900 573]].

03.06.23 – pan [[PERSON:Stanisław]] zgłasza hałas z [[ADDRESS:mieszk. 9]] nad nim: muzyka do 4 rano, walenie w
drzwi. Sprawa ASB nr [[REFERENCE:WVH/ASB/2306-14]].
śr. 21 czerwca – wizyta [[PERSON:TZ]] z HO [[PERSON:Gemmą Price]]. Sąsiad spod [[ADDRESS:dziewiątki]], [[PERSON:Kuba]], wrzuca
nagrania z klatki na Instagram jako [[OTHER_ID:@kuba_sutton_hill]] i podpisuje je „dziadek z [[ADDRESS:siódemki]]”.
Jego auto [[OTHER_ID:WV19 HLT]] regularnie blokuje dojazd dla karetki.
2023-07-10 – skarga etap 1 nr [[REFERENCE:C-23-0788]], złożona przez [[PERSON:Kasię]] mailem
([[EMAIL:kasia.gorecka@example.com]]).
18/08/23 – odpowiedź: „konflikt sąsiedzki, brak podstaw do działań”. [[PERSON:Kasia]] prosi o etap 2.
pon. 4.09 – etap 2, [[PERSON:Rachel Dunne]] (Head of Housing): skarga uzasadniona. Nagrania naruszają prywatność,
sprawa źle zaklasyfikowana; nikt nie uwzględnił choroby najemcy.

Naprawa: ostrzeżenie i umowa o dobrym zachowaniu (ABC) z lokatorem [[ADDRESS:mieszk. 9]]; nagrania usunięte po
zgłoszeniu przez [[ORGANISATION:Wrekin Vale Homes]]; wygłuszenie sufitu u pana [[PERSON:Góreckiego]]; £400
zadośćuczynienia; miejsce dla karetki oznakowane.

Zmiana: każde zgłoszenie hałasu od osoby z flagą zdrowotną trafia od razu do ASB, nie do „sporów sąsiedzkich”.
[[PERSON:TZ]] odwiedza pana [[PERSON:Stanisława]] raz w miesiącu.
"""),
    ),
    (
        "fv2aj-pl-03",
        "pl",
        _s("""
Chronologia – zespół skarg [[ORGANISATION:Blackthorn Housing Group]]. Sporządziła [[PERSON:Joanna Mazur]] ([[PERSON:JM]]),
Complaints Officer mówiąca po polsku.

Najemcy: [[PERSON:Piotr Nowak]] i [[PERSON:Magdalena Nowak]], dzieci [[PERSON:Wojtek]] ([[AGE:8 lat]]) i [[PERSON:Ola]]
([[AGE:18 mies.]]). [[OTHER_SPECIAL:Settled status]] (EUSS). Adres w systemie: [[ADDRESS:Flat 4, 19-21 Rosebery Avenue]],
Luton [[POSTCODE:LU1 3PF]]. [[PERSON:Wojtek]] chodzi do [[ADDRESS:Dallow Fields Primary]]; rodzina należy do
[[ADDRESS:parafii Matki Bożej Częstochowskiej]] Tel. [[PHONE:07700-900-146]].

nd. 5.11.2023 – zalanie z dachu, część sufitu w pokoju dzieci spadła. Zgłoszenie awaryjne [[REFERENCE:EM-778410]] na
linię [[PHONE:020 7946 0871]].
6/11 – [[ORGANISATION:Chiltern Roofing & Building]] zabezpiecza dach plandeką. Sufit zostaje otwarty.
2023-11-20 – rodzina śpi w jednym pokoju. [[PERSON:Wojtek]] ma [[HEALTH:astmę]], ataki częstsze.
czw. 30/11 – skarga etap 1 nr [[REFERENCE:BHG/COMP/11302]]. System wymagał „weryfikacji tożsamości”, więc pan
[[PERSON:Piotr]] przesłał skan paszportu, nr [[OTHER_ID:EK 4419073]] – niepotrzebnie.
14.12.23 – rodzina przeniesiona tymczasowo do [[ADDRESS:22 Tennyson Close]] na czas remontu.
styczeń 2024 – nowe pokrycie dachu i sufit ([[ORGANISATION:Chiltern Roofing]]).
05/02/24 – powrót do domu.

Rozstrzygnięcie: etap 1 uznany w całości. £700 zadośćuczynienia, zwrot za zniszczone łóżeczko [[PERSON:Oli]] i
pościel. Skan paszportu usunięty z systemu, pan [[PERSON:Nowak]] dostał potwierdzenie na piśmie.

Co się zmieniło: do złożenia skargi nie trzeba już żadnego dokumentu tożsamości; przy zalaniu pokoju dziecka
kontrola następnego dnia. [[PERSON:JM]] prowadzi teraz szkolenie z obsługi klientów, dla których angielski nie jest
pierwszym językiem.
"""),
    ),
    (
        "fv2aj-pl-04",
        "pl",
        _s("""
Notatka doradcy – [[PERSON:Łukasz Sobczak]] ([[PERSON:ŁS]]), wsparcie dla najemców.

Klient: pan [[PERSON:Zbigniew Kowalczyk]] („[[PERSON:Zbyszek]]”), [[AGE:67 l.]], [[HEALTH:cukrzyca typu 2]], po
amputacji podudzia w 2022. Adres: [[ADDRESS:12 Whitecross Walk]], Hereford [[POSTCODE:HR4 0DX]]. Wynajmujący:
[[ORGANISATION:Wye Meadow Housing]], nr najmu [[REFERENCE:WMH/T/88104]]. Tel. [[PHONE:07700 900 709]], mail podyktował tak:
[[EMAIL:zbyszek kropka k małpa example kropka net]].

pon. 6 marca 2023 – OT [[PERSON:Sian Powell]] zaleca podjazd, poręcze i miejsce parkingowe dla niepełnosprawnych
przy domu (auto [[OTHER_ID:CU21 ZBK]], blue badge).
2023-04-18 – [[ORGANISATION:Wye Meadow]] odmawia miejsca: „teren wspólny”.
maj–czerwiec – pan [[PERSON:Zbyszek]] prawie nie wychodzi z domu, bo samochód stoi 200 m dalej.
12.06.23 – skarga etap 1, nr [[REFERENCE:WMH-CX-0623-031]]. Rozmowa telefoniczna bez tłumacza, mimo adnotacji w
systemie. Klient zrozumiał, że sprawa zamknięta.
01/08/23 – [[PERSON:ŁS]] pomaga złożyć etap 2.
śr. 13.09 – etap 2, Head of Customer Experience [[PERSON:Naomi Blake]]: skarga uzasadniona w całości. Brak tłumacza
przy znanej potrzebie to naruszenie polityki.

Naprawione: podjazd i poręcze 20.10.2023; oznakowane miejsce dla niepełnosprawnych przed [[ADDRESS:nr 12]]; £500
zadośćuczynienia; listy do pana [[PERSON:Kowalczyka]] wysyłane po angielsku i po polsku. Pani [[PERSON:Blake]]
przeprosiła osobiście.

Zmiany: potrzeba tłumacza jest teraz wyświetlana na pierwszym ekranie przy każdym kontakcie; zalecenia OT dotyczące
parkingu rozpatruje zespół adaptacji, a nie zarządca osiedla.
"""),
    ),
    (
        "fv2aj-pl-05",
        "pl",
        _s("""
Kronika sprawy przygotowana przez rzeczniczkę lokatorów [[PERSON:Martę Lis]] ([[PERSON:ML]]) na prośbę najemczyni.

Najemczyni: [[PERSON:Paulina Dąbrowska]], ur. [[DATE_OF_BIRTH:03/02/1996]], syn [[PERSON:Staś]] ([[AGE:6 tyg.]] w chwili
pierwszego zgłoszenia). [[ADDRESS:Blk B m. 14, Ravensworth Court]], Gateshead [[POSTCODE:ne8 1qx]] – mieszkanie nad pubem
[[ADDRESS:The Grey Mare]]. Wynajmujący [[ORGANISATION:Tynebridge Living]], umowa [[REFERENCE:TBL/55170]]. Tel.
[[PHONE:0191 498 0364]].

2023-10-02 – zgłoszenie: grzyb na ścianie w sypialni, gdzie śpi [[PERSON:Staś]]. Nr [[REFERENCE:TL-RP-90144]].
27.10.23 – [[ORGANISATION:Northumbria Damp Solutions]] maluje ścianę farbą przeciwgrzybiczą.
pt. 1 grudnia – grzyb wraca. [[PERSON:Staś]] w szpitalu z [[HEALTH:zapaleniem oskrzelików]]. [[PERSON:ML]] pisze do HO,
[[PERSON:Craiga Robsona]].
18/12/23 – skarga etap 1 nr [[REFERENCE:TBL-CMP-2312-044]]. Odpowiedź: „kondensacja, proszę wietrzyć”.
2024-01-15 – etap 2. [[PERSON:Pauliny]] nikt nie odwiedził.
luty 2024 – sprawa do Housing Ombudsman, nr [[REFERENCE:202405567]].

Rozstrzygnięcie: Ombudsman stwierdził poważne zaniedbanie (severe maladministration). Rzeczoznawca znalazł
nieszczelny pion kanalizacyjny za ścianą sypialni. Naprawa w kwietniu 2024; na ten czas [[PERSON:Paulina]] i
[[PERSON:Staś]] dostali mieszkanie zastępcze. £1,400 przelane na konto [[OTHER_ID:71330458]], sort code
[[OTHER_ID:30-96-12]]. Przeprosiny od dyrektora [[ORGANISATION:Tynebridge Living]].

Co się zmieniło: zgłoszenie grzyba przy niemowlęciu oznacza wizytę rzeczoznawcy, nie malarza; odpowiedź
„proszę wietrzyć” bez oględzin jest zakazana. [[PERSON:ML]] współpracuje teraz z zespołem skarg jako głos najemców.
"""),
    ),
    (
        "fv2aj-ro-01",
        "ro",
        _s("""
Note de caz – consiliera [[PERSON:Cristina Dobre]] ([[PERSON:CD]]), sprijin pentru chiriași vorbitori de română.

Chiriași: [[PERSON:Andreea Popa]] și [[PERSON:Ionuț Popa]], [[OTHER_SPECIAL:cetățeni români]], [[OTHER_SPECIAL:pre-settled status]].
Copii: [[PERSON:Denisa]] ([[AGE:10 ani]]) și [[PERSON:Luca]] ([[AGE:2 ani și jumătate]]). Adresa din sistem:
[[ADDRESS:Flat 6, 31-33 Lodge Lane]], Romford [[POSTCODE:RM7 8JD]]. Proprietar: [[ORGANISATION:Havering Vale Homes]], contract
[[REFERENCE:HVH-TN-40772]]. [[PERSON:Denisa]] învață la [[ADDRESS:Marshgate Junior School]]. Tel. [[PERSON:Andreea]]:
[[PHONE:07700 900 233]].

08.09.2023 – doamna [[PERSON:Popa]] raportează igrasie și mucegai în dormitorul copiilor. Nr. reparație [[REFERENCE:RV-556610]].
joi, 21 sept. – vine un muncitor de la [[ORGANISATION:Dagenham Property Care]], dă cu vopsea anti-mucegai.
2023-10-30 – mucegaiul revine. [[PERSON:Luca]] are [[HEALTH:astm]], medicul de la [[ADDRESS:Rush Green Medical Centre]] scrie o
scrisoare. Trimit scrisoarea la HO [[PERSON:Paul Mitchell]] ([[PERSON:PM]]).
15/11/23 – nicio reacție. Plângere etapa 1, nr. [[REFERENCE:HVH/C/23/1187]].
4 dec. – răspuns: „condens din cauza uscării rufelor în casă”. Domnul [[PERSON:Ionuț]] a arătat poze cu pata de sub
fereastră, care crește și când nu se usucă nimic.
12/12/2023 – etapa 2. Managerul [[PERSON:Sandra Okoro]] vine cu un inspector: burlanul de pe fațadă spart, apa intră în
perete de luni de zile.

Remediere: burlan și tencuială refăcute până la 22.01.2024, cameră redecorată, dezumidificator, £500 despăgubire.
Scuze scrise de la [[PERSON:PM]], traduse în română la cererea familiei. Preotul de la [[ADDRESS:parohia Sf. Parascheva]],
unde merge familia, a ajutat cu mutarea mobilei.

Ce s-a schimbat: [[ORGANISATION:Havering Vale Homes]] nu mai închide un caz de mucegai cu „stil de viață” fără inspecție;
orice scrisoare de la medic declanșează vizită în 10 zile lucrătoare.
"""),
    ),
    (
        "fv2aj-ro-02",
        "ro",
        _s("""
Cronologie întocmită de ofițerul de reclamații [[PERSON:Mihai Ungureanu]] ([[PERSON:MU]]), [[ORGANISATION:Calder Bank Housing]].

Chiriaș: domnul [[PERSON:Gheorghe Stănescu]] („nea [[PERSON:Gică]]” pentru vecini), născut pe [[DATE_OF_BIRTH:paisprezece septembrie o mie nouă sute cincizeci]],
locuiește singur la [[ADDRESS:Flat 41, Brooksbank Tower]], Halifax
[[POSTCODE:HX1 2PW]]. [[HEALTH:Diabet zaharat]], [[HEALTH:insuficiență cardiacă]]. Fiica, [[PERSON:Ramona Stănescu-Hill]],
e persoana de contact: [[PHONE:+44 7700 900 918]], [[EMAIL:ramona.sh@example.org]].

2024-01-05 – liftul din [[ADDRESS:Brooksbank Tower]] se oprește. Comandă de lucru [[REFERENCE:CBH-WO-119024]], firma
[[ORGANISATION:Pennine Lift Engineering]].
Lun. 8 ian. – domnul [[PERSON:Stănescu]] nu poate coborî 10 etaje; ratează controlul la spital.
12.01.24 – [[PERSON:Ramona]] sună la [[PHONE:0113 496 0620, interior 5]]; i se spune „în curând”.
19/01/2024 – plângere etapa 1, ref. [[REFERENCE:CX-0119-3347]]. Cere mutare temporară.
2 feb. – răspuns de la HO [[PERSON:Leanne Firth]]: mutarea refuzată, „liftul va fi reparat săptămâna viitoare”.
Martie – liftul tot nu merge. [[PERSON:Ramona]] duce cazul la Housing Ombudsman, nr. [[REFERENCE:202402218]].
Vecinul de la [[ADDRESS:apartamentul 39]], [[PERSON:Kevin]], îi duce cumpărăturile în tot acest timp.

Remediere: nea [[PERSON:Gică]] mutat definitiv pe 14.03.2024 la parter, [[ADDRESS:3 Dean Clough Walk]], cu mutarea plătită.
£900 despăgubire; Ombudsmanul a constatat administrare defectuoasă. [[PERSON:MU]] l-a vizitat după mutare.

Ce s-a schimbat: listă cu locatarii vulnerabili pentru fiecare bloc, apel zilnic când se oprește liftul; contractul
cu firma de lifturi cere acum piese pe stoc și reparație în 5 zile.
"""),
    ),
    (
        "fv2aj-ro-03",
        "ro",
        _s("""
Rezumat caz ASB – ofițer comunitar [[PERSON:Florin Dumitrescu]] ([[PERSON:FD]]), [[ORGANISATION:Sheaf Valley Council]].

Familia [[PERSON:Lăcătuș]]: [[PERSON:Marian Lăcătuș]], soția [[PERSON:Mirela]] și cei trei copii, cel mic [[PERSON:Răzvan]]
([[AGE:5 ani]]). Familie de [[OTHER_SPECIAL:romi]] din Craiova. Adresa: [[ADDRESS:nr. 62 Page Hall Road]], Sheffield, [[POSTCODE:s4 8gt]]. Caz ASB [[REFERENCE:ASB-2308-211]], referință poliție [[REFERENCE:14/90331/23]]. Tel. [[PHONE:0114 496 0188]].

14/08/23 – inscripții rasiste pe ușă, geam spart. [[PERSON:Mirela]] dă vina pe băieții de la [[ADDRESS:nr. 58]].
mar. 22 aug. – un cont [[OTHER_ID:@pagehall_watch]] postează poze cu casa și cu copiii, cu comentarii despre „țigani”.
2023-09-04 – o mașină [[OTHER_ID:YT15 FNJ]] oprește seara și claxonează. Am dat numărul poliției.
11.09.2023 – [[PERSON:Marian]] face plângere: nimeni n-a venit după primul raport. Ref. [[REFERENCE:SVC-COMP-33091]].
25/09 – răspuns etapa 1 ([[PERSON:Claire Walker]], Service Manager): plângere întemeiată; cazul a stat nealocat 17 zile.
[[PERSON:Răzvan]] nu mai voia să meargă la [[ADDRESS:Firth Park Nursery]] de frică.

Ce s-a făcut: vizită în aceeași zi, cameră la ușă, geam nou, avertisment scris pentru cei de la [[ADDRESS:nr. 58]], contul
raportat și închis. Familia a primit prioritate pe lista de locuințe (nr. registru [[REFERENCE:HR-0104477]]) și s-a mutat
în decembrie lângă [[ADDRESS:biserica penticostală Betel]], unde merg duminica.

Ce s-a schimbat: orice raport cu caracter rasial este alocat în 24 de ore și vizitat în 3 zile; [[PERSON:FD]] lucrează cu
mediatorii din comunitate.
"""),
    ),
    (
        "fv2aj-ro-04",
        "ro",
        _s("""
Note ofițer locuințe – [[PERSON:Daniela Marinescu]] ([[PERSON:DM]]), Housing Options, [[ORGANISATION:Askew Park Council]].

Solicitant: [[PERSON:Gabriel Munteanu]] („[[PERSON:Gabi]]”), data nașterii [[DATE_OF_BIRTH:1989-04-17]], NI [[NI_NUMBER:QQ128845C]],
partenera [[PERSON:Roxana]], copii [[PERSON:Ianis]] ([[AGE:7 ani]]), [[PERSON:Sofia]] ([[AGE:4]]) și [[PERSON:Matei]] ([[AGE:11 luni]]).
Locuiesc toți cinci într-o cameră cu baie, [[ADDRESS:Flat 1A, 207 Uxbridge Road]], [[POSTCODE:W12 9DH]], închiriată de la
[[ORGANISATION:Westway Lettings]]. Registru locuințe [[REFERENCE:HR/22/015528]]. Tel., cum l-a dictat:
[[PHONE:zero șapte șapte zero zero, nouă sute, patru sute doi]].

03.2023 – cerere reevaluată, familia rămâne în banda C.
10/05/23 – [[PERSON:Matei]] internat cu [[HEALTH:bronșiolită]]; mucegai în cameră, agentul nu răspunde.
Mai – [[PERSON:Gabi]] trimite scrisoarea spitalului pe [[EMAIL:gabi.munteanu@example.com]] către noi.
2023-06-12 – plângere: dovezile medicale nu au fost evaluate. Ref. [[REFERENCE:HO-CMP-5521]].
joi 29 iunie – răspuns etapa 1, Team Leader [[PERSON:Tariq Hussain]] ([[PERSON:TH]]): plângere întemeiată; scrisoarea
fusese atașată la dosarul altei familii.
iulie – trecuți în banda A. DHP pentru chiria de tranziție, ref. [[REFERENCE:DHP-H-3390]], plătit în contul
[[OTHER_ID:63009182]], sort code [[OTHER_ID:20-32-06]].
18.09.2023 – ofertă acceptată: casă cu 3 dormitoare, [[ADDRESS:45 Wendell Road]]. [[PERSON:Ianis]] s-a mutat la
[[ADDRESS:Westville Primary]], la 5 minute de casă.

Remediere: £350 pentru întârziere; data priorității stabilită retroactiv de la primirea dovezilor medicale; scuze
scrise de la [[PERSON:DM]] și [[PERSON:TH]].

Ce s-a schimbat: orice dovadă medicală încărcată este verificată de două persoane și confirmată prin SMS; cazurile
cu copii sub un an într-o singură cameră sunt revizuite lunar.
"""),
    ),
    (
        "fv2aj-ro-05",
        "ro",
        _s("""
Notițe ofițer violență domestică – [[PERSON:Alina Georgescu]] ([[PERSON:AG]]), [[ORGANISATION:Kennet Water Homes]].

Chiriașă: [[PERSON:Elena Vasilescu]], data nașterii [[DATE_OF_BIRTH:02.11.1989]], fiica [[PERSON:Bianca]] ([[AGE:9 ani]]), elevă la
[[ADDRESS:Southcote Lane Primary]]. Adresa: [[ADDRESS:Flat 3B, 70-72 Oxford Road]], Reading [[POSTCODE:RG1 7LJ]]. Contract
[[REFERENCE:KWH-00619-T]]. Diagnostic [[HEALTH:PTSD]]. Fost partener: [[PERSON:Cosmin]], ordin de restricție în vigoare;
mașina lui, [[OTHER_ID:RX20 VKE]].

luni 26/02/24 – [[PERSON:Elena]] raportează că ușa de la intrare nu se mai încuie după ce [[PERSON:Cosmin]] a forțat-o.
Cerere reparație [[REFERENCE:KWH-R-230987]], marcată „securitate – 7 zile”.
mar. 27 feb. – nu vine nimeni. Mașina [[OTHER_ID:RX20 VKE]] văzută în parcare noaptea.
2024-03-01 – [[PERSON:AG]] află de la poliție. Plângere [[REFERENCE:KWH/CX/2403/006]], trimisă de [[PERSON:Elena]] de pe
[[EMAIL:elena.v.1989@example.net]].
04.03.2024 – ușă nouă, încuietori, vizor și alarmă prin sanctuary scheme, montate de [[ORGANISATION:Thames Secure Doors]].
20/03/24 – răspuns etapa 1, [[PERSON:Owen Price]]: plângere întemeiată. Lucrarea fusese codată „securitate”, nu
„violență domestică”, iar contractorul nu știa de risc. Copia pașaportului [[PERSON:Elenei]] ([[OTHER_ID:054913827]])
stătea într-un dosar comun la care fostul partener avusese acces ca fost cochiriaș; a fost ștearsă.

Remediere: £600, transfer gestionat spre altă zonă, număr nou de telefon trecut doar în dosarul confidențial:
[[PHONE:07700 900 054]]. [[PERSON:Bianca]] a primit loc la o școală nouă prin aceeași procedură.

Ce s-a schimbat: orice cerere de reparație legată de violență domestică are cod propriu și termen de 24 de ore;
documentele de identitate nu mai sunt păstrate în dosare comune de chiriași.
"""),
    ),
    (
        "fv2aj-ur-01",
        "ur",
        _s("""
کیس نوٹس — ایڈووکیٹ [[PERSON:نازیہ اقبال]] ([[PERSON:ن.ا]])، کرایہ دار امدادی منصوبہ، بریڈفورڈ۔

کرایہ دار: جناب [[PERSON:محمد عارف]] (T/) اور اہلیہ [[PERSON:شازیہ پروین]]، بچے [[PERSON:حمزہ]] ([[AGE:۱۱ سال]])، [[PERSON:عائشہ]] ([[AGE:۶ سال]]) اور
[[PERSON:زینب]] ([[AGE:۹ ماہ]])۔ پتہ: [[ADDRESS:Flat 2, 18-20 Lumb Lane]]، [[POSTCODE:BD8 7QT]] — [[ADDRESS:جامع مسجد غوثیہ]] والی گلی میں۔ مالک مکان
[[ORGANISATION:Manningham Homes]]، ٹیننسی نمبر [[REFERENCE:MH/T/113908]]۔ فون [[PHONE:۰۷۷۰۰ ۹۰۰ ۸۳۱]]۔ [[PERSON:حمزہ]] اور [[PERSON:عائشہ]]
[[ADDRESS:Drummond Park Primary]] میں پڑھتے ہیں۔

۱۱/۱۰/۲۳ — [[PERSON:شازیہ]] باجی کی اطلاع: بچوں کے کمرے میں سیاہ پھپھوندی۔ مرمت جاب [[REFERENCE:WO-48213]]۔
۰۲.۱۱.۲۰۲۳ — [[ORGANISATION:Pennine Property Maintenance]] کا کاریگر آیا، صرف سپرے کر کے چلا گیا۔
منگل ۲۸ نومبر — [[PERSON:زینب]] کو [[HEALTH:برونکائیولائٹس]]، ہسپتال میں دو راتیں۔ [[ADDRESS:Lister Park Surgery]] کی ڈاکٹر نے خط دیا۔
2023-12-04 — پہلا مرحلہ شکایت، نمبر [[REFERENCE:MH-CX-1204-17]]۔ HO [[PERSON:سائمن ہیل]] ([[PERSON:Simon Hale]]) کو ای میل
[[EMAIL:s.hale@manninghamhomes.example.org]] پر۔
۱۹/۱۲ — جواب: "گھر کے اندر کپڑے سکھانے کی وجہ سے نمی"۔ [[PERSON:عارف]] صاحب نے بتایا کہ ان کے پاس ٹمبل ڈرائر ہے۔
جمعرات ۱۱ جنوری ۲۰۲۴ — دوسرا مرحلہ۔ منیجر [[PERSON:ریچل ووڈ]] سروئیر کے ساتھ آئیں: چھت کی انسولیشن غائب، ایکسٹریکٹر فین بند۔

حل: ۰۹/۰۲/۲۰۲۴ تک انسولیشن، نیا فین، کمرے کی صفائی اور رنگ۔ £۵۲۰ ہرجانہ اور تحریری معذرت، اردو ترجمے کے ساتھ۔

کیا بدلا: ڈاکٹر کا خط آنے پر ۱۰ دن میں سروئیر کا دورہ؛ وجہ معلوم کیے بغیر پھپھوندی کا کیس بند نہیں ہوتا۔ [[PERSON:ن.ا]] اب ہر مہینے مسجد میں
کرایہ داروں کے لیے مشاورت دیتی ہیں۔
"""),
    ),
    (
        "fv2aj-ur-02",
        "ur",
        _s("""
شکایت کی تفصیل — کمپلینٹس آفیسر [[PERSON:عمران چوہدری]] ([[PERSON:IC]])، [[ORGANISATION:Bordesley Green Housing]]۔

کرایہ دار: محترمہ [[PERSON:رضیہ سلطانہ]]، تاریخ پیدائش [[DATE_OF_BIRTH:تین مارچ انیس سو باون]]، اکیلی رہتی ہیں، [[HEALTH:ذیابیطس]] اور
[[HEALTH:گٹھیا]]۔ پتہ: [[ADDRESS:۷۳ Coventry Road]]، برمنگھم [[POSTCODE:b109rx]]۔ NHS نمبر [[OTHER_ID:۷۰۴ ۳۱۸ ۲۲۶۵]]۔ بیٹی [[PERSON:فرزانہ]]
("[[PERSON:فیزی]]") رابطے کے لیے: [[PHONE:۰۱۲۱ ۴۹۶ ۰۸۵۹]]، موبائل [[PHONE:07700 900 177]]۔

۰۶/۰۳/۲۰۲۳ — کچن میں چوہے۔ رپورٹ [[REFERENCE:BGH-P-20391]]۔
۱۷.۰۳.۲۳ — [[ORGANISATION:Citywide Pest Solutions]] نے زہر رکھا۔ چوہے واپس۔
اپریل — دو بار مزید دورے؛ کسی نے نہیں دیکھا کہ چوہے کہاں سے آتے ہیں۔ امی جی رات کو سو نہیں پاتیں، شوگر بگڑ گئی۔
2023-05-22 — [[PERSON:فرزانہ]] کی شکایت، ای میل [[EMAIL:farzana.sultana@example.com]] سے، نمبر [[REFERENCE:BGH/C/23/0522]]۔
پیر ۱۲ جون — پہلے مرحلے کا جواب، مینیجر [[PERSON:گیری ٹرنر]]: "کیڑوں کا علاج مکمل"۔ [[PERSON:فیزی]] نے دوسرا مرحلہ مانگا۔
۰۳/۰۷/۲۳ — [[PERSON:IC]] اور سروئیر کا دورہ: کچن کے پیچھے ڈرین کا پائپ ٹوٹا ہوا، ساتھ والے [[ADDRESS:نمبر ۷۵]] کے خالی گھر سے راستہ۔

حل: پائپ اور دیوار کی مرمت، [[ADDRESS:نمبر ۷۵]] کی صفائی اور سیلنگ، محترمہ [[PERSON:سلطانہ]] کے کچن کی گہری صفائی اور نئی الماریاں۔ £۳۵۰ ہرجانہ، خراب
شدہ کھانے کی رقم، اور [[PERSON:IC]] کی جانب سے گھر جا کر معذرت۔

کیا بدلا: کیڑوں کی ہر تیسری رپورٹ پر سروئیر لازمی؛ خالی گھروں کا ماہانہ معائنہ۔ بزرگ اور بیمار کرایہ داروں کی رپورٹ اب "ترجیحی" درج ہوتی ہے۔
"""),
    ),
    (
        "fv2aj-ur-03",
        "ur",
        _s("""
کیس کا خلاصہ — ٹیننسی آفیسر [[PERSON:صائمہ خان]] ([[PERSON:SK]])، [[ORGANISATION:Lea Bridge Homes]]۔

معاملہ: جانشینی (succession)۔ کرایہ دار جناب [[PERSON:غلام رسول]] کا انتقال ۱۴/۰۸/۲۰۲۳ کو ہوا۔ بیوہ [[PERSON:نسیم اختر]]، [[AGE:۶۸ سال]]، اسی گھر
میں ۳۰ سال سے: [[ADDRESS:Flat 6, Clayton House]]، [[ADDRESS:Kenworthy Estate]]، [[POSTCODE:E5 0NL]]۔ ٹیننسی [[REFERENCE:LBH-00481-T]]۔
بیٹا [[PERSON:طارق رسول]] رابطہ: [[PHONE:+44 (0) 7700 900 602]]، [[EMAIL:tariq.rasool@example.net]]۔ خاندان [[OTHER_SPECIAL:مسلمان]] ہے،
جنازہ [[ADDRESS:مدینہ مسجد کلیپٹن]] سے ہوا۔

۱۵.۰۸.۲۳ — [[PERSON:طارق]] نے فون پر اطلاع دی۔
جمعہ ۱ ستمبر — خودکار خط، مرحوم کے نام: "کرایہ کے بقایا"۔ [[PERSON:نسیم]] بیگم کو صدمہ۔
2023-09-20 — جانشینی فارم جمع؛ شناخت کے لیے پاسپورٹ [[OTHER_ID:AB9627410]] کی کاپی مانگی گئی حالانکہ وہ ریکارڈ میں پہلے سے تھی۔
۱۰/۱۰/۲۳ — "نوٹس ٹو کوئٹ" مرحوم کے نام پر ڈاک میں۔ [[PERSON:طارق]] کی شکایت، نمبر [[REFERENCE:LBH/CMP/231010/3]]۔
۲۴/۱۰ — پہلا مرحلہ، ہاؤسنگ مینیجر [[PERSON:پیٹر ایونز]]: شکایت درست۔ موت کی اطلاع تین ٹیموں تک نہیں پہنچی، نوٹس غلطی سے گیا۔

حل: نوٹس واپس، جانشینی ۳۱/۱۰/۲۰۲۳ کو منظور، [[PERSON:نسیم]] بیگم کے نام نیا معاہدہ۔ £۴۰۰ ہرجانہ اور مینیجر کی طرف سے ذاتی تعزیتی خط۔
[[PERSON:SK]] اب ان کی مستقل آفیسر ہیں۔

کیا بدلا: موت کی اطلاع ملتے ہی تمام خودکار خط روک دیے جاتے ہیں؛ ایک آفیسر پورا معاملہ سنبھالتا ہے؛ جو دستاویز ریکارڈ میں ہو وہ دوبارہ نہیں مانگی جاتی۔
"""),
    ),
    (
        "fv2aj-ur-04",
        "ur",
        _s("""
انوائرنمنٹل ہیلتھ اور ہاؤسنگ نوٹس — آفیسر [[PERSON:بلال احمد]] ([[PERSON:BA]])، [[ORGANISATION:Chiltern Vale District Council]]۔

کرایہ دار (پرائیویٹ): [[PERSON:محمد یونس]]، پیدائش [[DATE_OF_BIRTH:22.09.1979]]، NI [[NI_NUMBER:QQ 30 48 17 C]]، اہلیہ [[PERSON:روبینہ]]، بچے
[[PERSON:علی]] ([[AGE:۸]]) اور [[PERSON:مریم]] ([[AGE:۳]])۔ پتہ: [[ADDRESS:۲۱ Dunstable Road]]، لوٹن [[POSTCODE:LU4 8JG]]۔ ایجنٹ
[[ORGANISATION:Crescent Property Lettings]]۔ فون [[PHONE:صفر سات سات صفر صفر، نو صفر صفر، چار چھ ایک]]۔

۰۳/۱۱/۲۰۲۲ — [[PERSON:یونس]] صاحب کی شکایت: بجلی کے ساکٹ سے چنگاریاں، کھڑکیاں بند نہیں ہوتیں، پھپھوندی۔ کیس [[REFERENCE:EH/22/3317]]۔
دسمبر ۲۰۲۲ — دورہ؛ دو Category 1 خطرات۔ ایجنٹ کو غیر رسمی خط۔ کوئی کام نہیں۔
2023-02-15 — [[PERSON:مریم]] کو [[HEALTH:دمہ]] کے باعث ہسپتال۔ [[PERSON:BA]] چھٹی پر؛ کسی نے فائل نہیں دیکھی۔
منگل ۷ مارچ — [[PERSON:روبینہ]] کی کونسل سے شکایت، نمبر [[REFERENCE:CVDC-C-0307-88]]۔
۲۱.۰۳.۲۰۲۳ — جواب، ٹیم لیڈر [[PERSON:جولیا مارش]]: شکایت درست؛ غیر حاضری میں کیس کسی کو نہیں دیا گیا۔ اسی ہفتے Improvement Notice جاری۔
اپریل — ایجنٹ نے بے دخلی کا نوٹس بھیجا (retaliatory)۔ کونسل نے اسے غیر مؤثر قرار دیا۔

حل: وائرنگ، کھڑکیاں اور پھپھوندی کا کام مئی ۲۰۲۳ تک۔ ڈپازٹ کی واپسی اور کونسل کی طرف سے £۲۰۰، رقم سورٹ کوڈ [[OTHER_ID:40-47-81]]، اکاؤنٹ
[[OTHER_ID:83920167]] میں۔ خاندان ہاؤسنگ رجسٹر پر [[REFERENCE:CV-HR-55190]] کے ساتھ۔ [[PERSON:علی]] کا اسکول [[ADDRESS:Beech Hill Community Primary]]
وہی رہا۔

کیا بدلا: چھٹی سے پہلے ہر آفیسر کے کیس دوسرے کے نام منتقل؛ بچوں والے گھروں میں Category 1 خطرے پر ۱۴ دن میں باقاعدہ کارروائی۔
"""),
    ),
    (
        "fv2aj-ur-05",
        "ur",
        _s("""
ایڈووکیسی ٹائم لائن — [[PERSON:سعدیہ ملک]] ([[PERSON:س.م]])، فیملی سپورٹ ورکر۔

خاندان: محترمہ [[PERSON:حنا کوثر]] (T/)، بیٹا [[PERSON:ایان]] ([[AGE:۹ سال]]) جسے [[HEALTH:آٹزم]] ہے، اور بیٹی [[PERSON:ہانیہ]] ([[AGE:۱۸ ماہ]])۔ پتہ:
[[ADDRESS:فلیٹ ۳، Marsh Court]]، [[ADDRESS:Hightown Estate]]، [[POSTCODE:lu2 0hs]]۔ مالک مکان [[ORGANISATION:Icknield Homes]]، ٹیننسی
[[REFERENCE:IH-T-90044]]۔ ای میل، جیسے انہوں نے ہجے کیے: [[EMAIL:hina ڈاٹ kausar ایٹ example ڈاٹ co ڈاٹ uk]]۔ موبائل [[PHONE:۰۷۷۰۰۹۰۰۲۵۸]]۔
[[PERSON:ایان]] [[ADDRESS:Ferndale Special School]] جاتا ہے۔

ہفتہ ۱۸ نومبر ۲۰۲۳ — بوائلر بند۔ ایمرجنسی لائن [[PHONE:020 7946 0914]]، جاب [[REFERENCE:IH-E-33071]]۔
۲۰/۱۱/۲۳ — [[ORGANISATION:Bedford Road Heating]] کا انجینئر: پرزہ منگوانا ہوگا۔ ہیٹر نہیں دیا۔
2023-11-22 — ٹھنڈ میں [[PERSON:ایان]] بہت پریشان، رات بھر نہیں سوتا؛ اسکول کی طرف سے خط۔ [[PERSON:حنا]] باجی نے مجھے فون کیا۔
۲۳.۱۱.۲۳ — HO [[PERSON:ڈیبی گرین]] ([[PERSON:Debbie Green]]) کو [[PHONE:01632 960 417 ایکسٹینشن 12]] پر فون؛ شکایت [[REFERENCE:IH/CMP/1123/5]]۔
۲۴/۱۱ — دو ہیٹر پہنچے۔ ۳۰/۱۱ — نیا بوائلر لگا۔
دسمبر — پہلے مرحلے کا جواب، [[PERSON:ڈیبی]] اور مینیجر [[PERSON:اینڈریو شا]]: شکایت درست۔ [[PERSON:ایان]] کی حالت ریکارڈ میں تھی مگر ایمرجنسی ٹیم کو نظر
نہیں آتی تھی۔

حل: £۴۵۰ ہرجانہ، اضافی بجلی کے بل کی واپسی، تحریری معذرت۔ [[PERSON:حنا]] باجی نے کہا کہ اب انہیں معلوم ہے کس سے بات کرنی ہے۔

کیا بدلا: صحت اور معذوری کا نشان اب ایمرجنسی ٹیم کو بھی دکھتا ہے؛ ایسے گھروں میں بوائلر بند ہونے پر اسی دن ہیٹر۔ [[PERSON:س.م]] اب
[[ORGANISATION:Icknield Homes]] کے کرایہ دار پینل میں ہیں۔
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
