"""Fresh version-2 PII test stories, batch ab.

This writer works on the landlord's side: write-ups by a landlord's complaints
team, a housing association's learning review, a contractor's incident report or
a councillor's casework summary, each describing one resident's case and how it
was put right. They carry staff names with job titles, contractor firms,
operatives' first names, reference numbers of several formats, dates of visits,
the resident's household (names, ages, conditions), the flat and block, and
sometimes the resident's own words quoted. Parts are structured with headings
such as "Background:", "What went wrong:", "Actions:" and list-like sentences,
written in the story's own language (English, Arabic, Bengali, Punjabi in
Gurmukhi, Polish, Romanian and Urdu).

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 7 December 2026 at first sight, on the detector as it landed after round 20
(commit e99dcd1, never changed for this batch; the writer saw neither it nor the other
batches): leak-free 65.7% of 35, recall 97.9%, precision 83.7%; leak-free by language
ar 3, bn 4, en 3, pa 4, pl 3, ro 4, ur 2 of 5.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2ab-en-01",
        "en",
        _s("""
Complaints Team case review (Stage 2). Case reference: [[REFERENCE:NVH/CMP/2023/04417]].
Prepared by [[PERSON:Harriet Okonjo]], Complaints Resolution Lead, [[ORGANISATION:Northgate Vale Homes]].

Background: Ms [[PERSON:Shanice Campbell]] lives at [[ADDRESS:Flat 22]], [[ADDRESS:Ravensworth House]],
on the [[ADDRESS:Tolland Estate]], [[POSTCODE:LS9 7QW]], with her two children, [[PERSON:Malachi]]
([[AGE:4]]) and [[PERSON:Amara]] ([[AGE:9 months]]). [[PERSON:Malachi]] has [[HEALTH:asthma]] and is
seen by the respiratory clinic at Hallam General Hospital. Ms [[PERSON:Campbell]] first reported black
mould in the children's bedroom on 3 October 2023 (repair job [[REFERENCE:7731042]]).

What went wrong: An operative from [[ORGANISATION:Drywell Remediation Ltd]], [[PERSON:Kev]], wiped
and painted the wall on 19 October, but nobody looked for the cause and the mould was back within
three weeks. Ms [[PERSON:Campbell]] rang the repairs line on [[PHONE:0113 496 0718]] five more times
and sent photos from [[EMAIL:s.campbell88@example.com]], which were logged against the wrong
property. In her words: "Every time I rang I was starting again from zero. [[PERSON:Malachi]] was on
his inhaler every single night." A letter from the family's GP at [[ADDRESS:Millbrook Medical Centre]]
arrived on 2 November and was never passed to the surveyors.

Actions: Senior Surveyor [[PERSON:Gareth Lyle]] visited on 14 November and found a failed extractor
fan and a cold bridge behind the wardrobe. [[ORGANISATION:Drywell]] returned on 21 and 22 November
(works order [[REFERENCE:DW-55609]]) to fit a new fan, treat and insulate the wall and replace the
carpet. The family stayed with Ms [[PERSON:Campbell]]'s mother at [[ADDRESS:63 Lindley Grove]] for
the two nights. We paid £850 and apologised in writing.

Lessons: photos go on the job record, not into a shared inbox; any damp report from a home with a
child under five or a health condition is triaged as urgent; GP letters go straight to the surveyor.
We will check the flat again in six months in the hope that this is the last visit. Questions to
[[EMAIL:complaints@northgatevale.example.org]].
"""),
    ),
    (
        "fv2ab-en-02",
        "en",
        _s("""
[[ORGANISATION:Brightwater Heating Services Ltd]]: Incident Report [[REFERENCE:BHS-IR-0392]].
Client: [[ORGANISATION:Castlebrook City Council]] Housing Services. Job no. [[REFERENCE:HW/24/05517]].

Property: [[ADDRESS:14 Hawthorn Close]], Kingswood, [[POSTCODE:BS15 4RT]]. Tenant: Mr
[[PERSON:Desmond Alleyne]], DOB [[DATE_OF_BIRTH:12/06/1942]], lives alone. Tenant has
[[HEALTH:COPD]] and uses home oxygen. Next of kin: daughter, Mrs [[PERSON:Marcia Bailey]],
[[PHONE:07700 900431]].

Summary of incident: the boiler failed on Friday 12 January 2024, during the cold snap. The call was
raised as routine (five working days) instead of emergency (24 hours) because the vulnerability flag
on the council's system had not been carried across when the contract changed hands in April. Our
engineer [[PERSON:Piotr]] attended on Tuesday 16 January in van [[OTHER_ID:WU19 KXD]]. Mr
[[PERSON:Alleyne]] had spent four nights with a fan heater and his coat on. He told [[PERSON:Piotr]]:
"I didn't want to be a bother, son. I thought they'd come when they could."

[[PERSON:Piotr]] found a failed PCB, replaced it from van stock and left two oil-filled heaters. Mrs
[[PERSON:Bailey]] rang our office on [[PHONE:0117 496 0254]] to complain the same afternoon.

Root cause: vulnerability data not transferred. The call handler, [[PERSON:Leanne]], followed the
script she had been given; the script was the problem, not her.

Corrective actions:
1. Council to re-send the full vulnerability list (done 19 January by [[PERSON:Sunil Varma]],
Contract Manager).
2. Any no-heat call from a tenant over 75 or on oxygen is upgraded to emergency automatically.
3. Engineers carry two spare heaters from 1 November to 31 March.
4. Mr [[PERSON:Alleyne]]'s annual service moved to September.

An apology letter was sent and the council paid £250 towards the extra electricity. Report closed
by [[PERSON:Dean Hollis]], Operations Manager, [[EMAIL:d.hollis@brightwater-heating.example.com]].
"""),
    ),
    (
        "fv2ab-en-03",
        "en",
        _s("""
Casework summary: Cllr [[PERSON:Niamh Gallagher]], Spitalgate ward. My ref: [[REFERENCE:NG-2024-117]].

Constituents: Mrs [[PERSON:Rokeya Begum]] and Mr [[PERSON:Abdul Malik]], [[ADDRESS:Flat 6, 41 Tenter
Row]], [[POSTCODE:E1 8JQ]]. Landlord: [[ORGANISATION:Aldgate Commons Housing Association]]. Housing
register number [[REFERENCE:HR0098812]]; complaint reference [[REFERENCE:ACHA-C-6620]].

Background: five people in a two-bedroom flat. [[PERSON:Tanvir]] is [[AGE:14]], [[PERSON:Sumaiya]]
[[AGE:11]] and [[PERSON:Ayaan]] [[AGE:6]]. [[PERSON:Ayaan]] has [[HEALTH:autism]] and
[[HEALTH:epilepsy]] and still sleeps in his parents' room because his seizures come at night. The
older two share the second bedroom and do homework on the landing. The family are
[[OTHER_SPECIAL:Bangladeshi]] and worship at [[ADDRESS:Masjid an-Noor]], two minutes from the flat;
all three children attend [[ADDRESS:Hollybush Lane Primary School]] or its secondary partner.

What went wrong: a medical priority form sent in March 2023, with the occupational therapist's
report and [[PERSON:Ayaan]]'s NHS number ([[OTHER_ID:485 777 3456]]), was scanned to the wrong file.
The family were left in Band C for fourteen months. [[PERSON:Tanvir]], translating for his mum at my
surgery, put it simply: "We stopped asking because nobody ever wrote back."

Actions: I raised the case with [[PERSON:Joanne Pratt]], Head of Allocations, on 8 May 2024. She
found the lost form within a day and the family were moved to Band A. An offer of a three-bedroom
house at [[ADDRESS:12 Cordwainer Gardens]] followed in July and they moved in on 26 August. The
association paid £1,200 for the delay and agreed to fit a seizure alarm.

Lessons: every medical form now gets a receipt within five working days, and allocations staff
check the family's whole record, not only the last letter. Residents can reach me on
[[PHONE:020 7946 0382]] or at [[EMAIL:niamh.gallagher@councillors.example.org]]; there is no need to
go through me before going to the Housing Ombudsman.
"""),
    ),
    (
        "fv2ab-en-04",
        "en",
        _s("""
[[ORGANISATION:Meridian Crest Housing Group]]: Learning Review, antisocial behaviour case
[[REFERENCE:ASB/0318/24]].

Background: Mrs [[PERSON:Adaeze Nwosu]], [[AGE:52]], lives with her son [[PERSON:Chidi]], [[AGE:17]],
at [[ADDRESS:5 Larkspur Walk]] on the [[ADDRESS:Fennhill Estate]], [[POSTCODE:m229bq]]. From January
2024 a group linked to the household at [[ADDRESS:number 7]] blocked her drive, shouted at
[[PERSON:Chidi]] on his way to [[ADDRESS:Brookfield Sixth Form College]] and posted threats about the
family from the account [[OTHER_ID:@fennhill_kingz]]. The same car, [[OTHER_ID:MA21 VZP]], was parked
across her gate most evenings. Police crime number [[REFERENCE:06/117245/24]].

What went wrong: Neighbourhood Officer [[PERSON:Ross Pennington]] closed the case after three weeks
saying there was "insufficient evidence", without visiting or reading the diary. Mrs
[[PERSON:Nwosu]] told the review panel: "I sent him screenshots, dates, times, the registration. What
more evidence did he want?" [[PERSON:Chidi]] was later diagnosed with an [[HEALTH:anxiety disorder]]
and missed most of his mock exams. Letters were sent to the wrong house number twice.

Actions: ASB Lead [[PERSON:Farah Qureshi]] reopened the case on 4 April, met the family at
[[ADDRESS:Larkspur Community Centre]] and agreed an action plan. CCTV was fitted on the walkway, the
landlord of the tenant at [[ADDRESS:number 7]] took an injunction and the car has not returned. We
apologised, paid £700 and fitted new locks to [[PERSON:Chidi]]'s bedroom window and a chain on the
front door (job [[REFERENCE:M-4471903]]).

Lessons: an ASB case is not closed without a visit; we now mark every case with a child in the home
for a manager's sign-off; screenshots are evidence. Mrs [[PERSON:Nwosu]] can contact Ms
[[PERSON:Qureshi]] directly on [[PHONE:0161 496 0647]] or [[EMAIL:f.qureshi@meridiancrest.example.net]].
"""),
    ),
    (
        "fv2ab-en-05",
        "en",
        _s("""
[[ORGANISATION:Quarry Vale Homes]]: Stage 1 complaint response (extract) and follow-up note.
Complaint [[REFERENCE:QVH-STG1-88120]]; Housing Ombudsman case [[REFERENCE:202318842]].

Resident: Mr [[PERSON:Patrick Moran]] ("[[PERSON:Paddy]]" to everyone on the block), [[ADDRESS:Flat
57]] on the ninth floor of [[ADDRESS:Connaught Tower]] ([[POSTCODE:S5 9QT]]), born on the [[DATE_OF_BIRTH:third of March
1958]]. Mr [[PERSON:Moran]] has [[HEALTH:multiple sclerosis]] and uses a powered wheelchair. He is
supported by [[PERSON:Joy Adebayo]], an advocate with [[ORGANISATION:Greyfield Advocacy]].

What happened: both lifts in the tower failed on 6 February. The contractor,
[[ORGANISATION:Apex Vertical Lifts]], fixed one in two days but the other, the only one long enough
for his chair, stayed out for eleven days while a part came from Germany. Mr [[PERSON:Moran]] missed
two hospital appointments and could not get to Mass at [[ADDRESS:St Brendan's]] or to his Friday
pint at the [[ADDRESS:Foundry Arms]] round the corner. He said: "Eleven days looking at four walls.
Nobody knocked, nobody rang."

Our findings: the lift contract had no grace period clause for parts; we held no list of residents
who cannot use stairs; the engineer, [[PERSON:Grace]], had flagged the worn part in November but the
report sat unread.

Put right: we now keep a stairs-risk list for every block; welfare calls start on day one of an
outage; the contract now says any lift off for more than 48 hours means a hire chair-lift or a
temporary move. Mr [[PERSON:Moran]] was offered a ground-floor flat and chose to stay. We paid £600
compensation to the account ending [[OTHER_ID:3381]], sort code [[OTHER_ID:60-94-17]].

Contact details on file, as he gave them to our officer: "[[EMAIL:paddy dot moran at example dot
net]]", and his mobile, "[[PHONE:oh seven seven double oh, nine double oh, five one six]]".
"""),
    ),
    (
        "fv2ab-ar-01",
        "ar",
        _s("""
مراجعة شكوى (المرحلة الثانية) – فريق الشكاوى في [[ORGANISATION:Eastmoor Housing Trust]].
رقم الشكوى: [[REFERENCE:EHT-CMP-77120]]. أعدّتها: [[PERSON:ليلى حدّاد]] ([[PERSON:Layla Haddad]])، مسؤولة معالجة الشكاوى.

الخلفية: تسكن السيدة [[PERSON:رنا الحلبي]] في [[ADDRESS:شقة رقم ١٢]] بالطابق الثالث من مبنى
[[ADDRESS:Beaumont House]] ضمن [[ADDRESS:مجمّع آشكروفت]] في أولدهام، الرمز البريدي [[POSTCODE:OL8 2HX]].
السيدة [[PERSON:رنا]] [[OTHER_SPECIAL:لاجئة سورية]] وصلت عام ٢٠١٧، وتعيش مع ابنتها [[PERSON:ليان]]
([[AGE:٧ سنوات]]) وابنها [[PERSON:كريم]] ([[AGE:٣ سنوات]]) الذي يعاني من [[HEALTH:الربو]]. أبلغت عن العفن
الأسود في غرفة الطفلين أول مرة في ٢٨ تشرين الثاني/نوفمبر ٢٠٢٣، ورقم طلب الإصلاح [[REFERENCE:R-2290417]].

ما الذي حدث خطأً:
- أرسل المقاول [[ORGANISATION:ClearAir Property Care]] العامل [[PERSON:دارين]] الذي مسح العفن ودهن الجدار دون أن يبحث عن السبب.
- لم نحجز مترجماً، وأُرسلت كل الرسائل بالإنجليزية فقط.
- اتصلت السيدة [[PERSON:الحلبي]] بخط الإصلاحات [[PHONE:0161 496 0523]] سبع مرات، وفي كل مرة فُتح طلب جديد.

قالت لنا: «كنت أمسح الجدار كل صباح، و[[PERSON:كريم]] يسعل طوال الليل. ظننت أن المشكلة مني لأنني لا أتكلم
الإنجليزية جيداً.»

الإجراءات:
- زار المسّاح [[PERSON:مارك فيلدينغ]] الشقة في ٩ شباط/فبراير ٢٠٢٤ ووجد مزراباً مسدوداً وعزلاً ناقصاً في الجدار الخارجي.
- أُصلح المزراب وعُزل الجدار وركّبت مروحة شفط جديدة (أمر العمل [[REFERENCE:CA/0934]]).
- أقامت العائلة ثلاث ليالٍ في شقة مؤقتة في المبنى نفسه على نفقتنا.
- دفعنا تعويضاً قدره ٩٠٠ جنيه إسترليني وقدّمنا اعتذاراً مكتوباً بالعربية.

الدروس المستفادة: نسجّل لغة الساكن عند أول اتصال ونحجز مترجماً تلقائياً، ولا يُغلق أي طلب رطوبة قبل زيارة
مسّاح، ونربط الاتصالات المتكررة بطلب واحد. للاستفسار: [[EMAIL:complaints@eastmoor.example.org]].
"""),
    ),
    (
        "fv2ab-ar-02",
        "ar",
        _s("""
تقرير حادث صادر عن [[ORGANISATION:Pennine Plumbing & Drainage Ltd]] لصالح [[ORGANISATION:Calder Valley Homes]].
رقم التقرير: [[REFERENCE:PPD-INC-2024-061]]. رقم أمر العمل: [[REFERENCE:PPD/8812/B]].

العقار: [[ADDRESS:شقة 2]]، [[ADDRESS:27 Fairfax Road]]، برادفورد [[POSTCODE:BD8 9LS]].
الساكن: السيد [[PERSON:عمر الفاروقي]]، [[AGE:٦٨ عاماً]]، من أصل [[OTHER_SPECIAL:مغربي]]، يعيش وحده ويعاني
من [[HEALTH:السكري]] ومن [[HEALTH:ضعف شديد في البصر]].

ملخّص الحادث: في ١٤ آذار/مارس ٢٠٢٤ تسرّبت المياه من حمّام [[ADDRESS:شقة رقم 4]] في الطابق العلوي إلى
مطبخ السيد [[PERSON:الفاروقي]]. كان البلاغ الأول قد سُجّل قبل ستة أسابيع على أنه «بقعة صغيرة في السقف»،
ولم يزره أحد. صباح ذلك اليوم سقط جزء من سقف المطبخ قرب الموقد. اتصل بنا ابنه [[PERSON:يوسف]] من رقمه
[[PHONE:07700 900118]] وكتب إلينا من [[EMAIL:yousef.farouqi@example.net]].

الإجراءات الفورية:
- وصل السبّاك [[PERSON:ستيف]] خلال ساعتين وأغلق المحبس الرئيسي في الشقة العلوية.
- فصل الكهربائي [[PERSON:أليد]] ([[PERSON:Aled]]) دائرة المطبخ وتأكد من سلامتها.
- انتقل السيد [[PERSON:عمر]] إلى بيت ابنه قرب [[ADDRESS:مسجد الهدى]] أربع ليالٍ، فهو يصلّي الفجر هناك كل يوم ولا يريد مغادرة الحيّ.

السبب الجذري: صنّف موظف الاتصال البلاغ الأول على أنه «تجميلي»، ولم يقرأ ملاحظة ضعف البصر في ملف الساكن،
فالسيد [[PERSON:الفاروقي]] لم يكن يرى أن البقعة تكبر.

الإجراءات التصحيحية:
١. أي بلاغ عن ماء يتسرّب من السقف يُعامل كحالة طارئة ويُزار خلال ٢٤ ساعة.
٢. يُفحص حمّام الشقة العلوية في الزيارة نفسها.
٣. تُقرأ ملاحظات الحالة الصحية للساكن قبل تحديد الأولوية.

قال السيد [[PERSON:الفاروقي]] لمشرفنا [[PERSON:نيل برادشو]]: «لو سقط السقف وأنا أطبخ، من كان سيعرف؟»
أعيد بناء السقف في ٢ نيسان/أبريل، ودفعت [[ORGANISATION:Calder Valley Homes]] تعويضاً قدره ٤٥٠ جنيهاً.
"""),
    ),
    (
        "fv2ab-ar-03",
        "ar",
        _s("""
ملخّص قضية – مكتب المستشارة البلدية [[PERSON:سارة ويتفيلد]] (Cllr [[PERSON:Sarah Whitfield]]). رقم الملف:
[[REFERENCE:SW/CW/0457]].

أصحاب القضية: السيد [[PERSON:فؤاد العبسي]] وزوجته [[PERSON:أمل]]، من الجالية [[OTHER_SPECIAL:اليمنية]]
في المدينة، يسكنون في [[ADDRESS:8 Ravenhurst Mews]]، الرمز البريدي [[POSTCODE:s94pq]]، في بيت من غرفتي نوم
تابع لشركة [[ORGANISATION:Hallamvale Homes]]. رقم التسجيل في قائمة الإسكان [[REFERENCE:HV-HR-204417]]،
ورقم الشكوى [[REFERENCE:HVH-2024-3310]].

الأسرة: ستة أفراد. الابن الأكبر [[PERSON:محمد]] مولود في [[DATE_OF_BIRTH:الخامس عشر من آذار ٢٠١٠]] ويستعد
لامتحانات GCSE، وأخته [[PERSON:هدى]] ([[AGE:١٢ سنة]])، والتوأمان [[PERSON:علي]] و[[PERSON:حسن]]
([[AGE:٤ سنوات]]). يدرس الصغار في [[ADDRESS:مدرسة بارك وود الابتدائية]].

المشكلة: سُجّلت الأسرة عام ٢٠١٩ على أنها تحتاج غرفة إضافية واحدة، ولم يحدّث أحد الملف بعد ولادة التوأمين.
كان [[PERSON:محمد]] يذاكر في المطبخ بعد أن ينام الجميع. كتب السيد [[PERSON:فؤاد]] أربع رسائل، وجاءه في
المرحلة الأولى ردّ يقول إنه «لا توجد بيوت كبيرة». قال لي: «على أمل أن يسمعنا أحد كتبنا وكتبنا، ثم توقفنا.»

ما قمتُ به: راسلتُ في ٣ حزيران/يونيو [[PERSON:جيسون ريف]]، مدير التخصيص، وأرفقتُ رسالة المدرسة عن وضع
[[PERSON:محمد]]. أعيد تقييم الأسرة خلال أسبوعين ونُقلت إلى الفئة الأولى، ثم عُرض عليها بيت من أربع غرف في
[[ADDRESS:31 Fernlea Drive]] وانتقلت إليه في تشرين الأول/أكتوبر. اعتذرت الشركة ودفعت ٦٠٠ جنيه.

الدروس: يجب أن يُعاد تقييم الأسرة تلقائياً عند ولادة طفل أو انضمام فرد جديد. وأذكّر السكان أنهم لم يعودوا
بحاجة إلى المرور بمستشار بلدي قبل التوجّه إلى أمين المظالم للإسكان. للتواصل مع مكتبي:
[[EMAIL:cllr.whitfield@example.org]] أو [[PHONE:0114 496 0291]].
"""),
    ),
    (
        "fv2ab-ar-04",
        "ar",
        _s("""
مراجعة تعلّم داخلية – [[ORGANISATION:Westbridge Housing Association]]. رقم الشكوى: [[REFERENCE:WHA/2023/C/1189]].

خلفية الحالة: الحاجّة [[PERSON:فاطمة عبد الرحيم]]، [[AGE:٧٩ عاماً]]، [[OTHER_SPECIAL:سودانية]] الأصل، تسكن
وحدها في [[ADDRESS:شقة 3]] في مبنى [[ADDRESS:Linden Court]]، [[POSTCODE:NW10 4QE]]. تعاني من
[[HEALTH:قصور في القلب]] ويتابعها طبيبها العام في [[ADDRESS:Elmstead Health Centre]]، ورقمها في NHS هو
[[OTHER_ID:943 476 5919]] كما ورد في رسالة الطبيب المرفقة بالشكوى.

ما جرى: توقّفت التدفئة والماء الساخن في ٤ كانون الأول/ديسمبر ٢٠٢٣. زار مهندس شركة
[[ORGANISATION:Thermaline Services]]، واسمه [[PERSON:غاري]]، الشقة مرتين وقال إن القطعة «في الطريق». اتصلت
ابنتها [[PERSON:سلمى]] بخط الإصلاحات على [[PHONE:020 7946 0815]] ست مرات. وفي اليوم التاسع نشر حفيدها
[[PERSON:عثمان]] مقطعاً على تيك توك من حسابه [[OTHER_ID:@osman.k.ldn]] تظهر فيه جدّته بمعطفها داخل البيت،
فشوهد أكثر من مئتي ألف مرة، وفي اليوم التالي رُكّبت غلاية جديدة.

قالت الحاجّة [[PERSON:فاطمة]]: «لم أكن أريد أن يراني الناس هكذا. كنت أريد فقط أن يردّ عليّ أحد.»

ما الخطأ:
- لم يُربط اتصال [[PERSON:سلمى]] المتكرر بالطلب الأصلي، فبدا كل اتصال جديداً.
- لم يُنظر إلى حالتها الصحية عند تحديد الأولوية.
- لم نتحرك إلا بعد أن انتشر المقطع.

ما تعلّمناه:
- لا ينبغي أن يحتاج أي ساكن إلى وسائل التواصل الاجتماعي ليُسمع صوته.
- أي عطل في التدفئة لساكن مريض بالقلب أو تجاوز الخامسة والسبعين يُعامل كحالة طارئة.
- يتصل مدير العلاقات مع السكان [[PERSON:ديفيد أوكونكوو]] بالعائلة بنفسه إذا تكرر الاتصال ثلاث مرات.
- دفعنا تعويضاً قدره ٧٥٠ جنيهاً وأرسلنا اعتذاراً مكتوباً بالعربية والإنجليزية.
"""),
    ),
    (
        "fv2ab-ar-05",
        "ar",
        _s("""
ملخّص حالة – فريق التعديلات السكنية في [[ORGANISATION:Mercia Heights Housing]]. المرجع: [[REFERENCE:MHH-ADP-3301]].

الساكن: السيد [[PERSON:حيدر الموسوي]] ([[PERSON:Haidar Al-Mousawi]])، [[AGE:٤٤ عاماً]]، أصيب
ب[[HEALTH:جلطة دماغية]] في أيار/مايو ٢٠٢٣ ويستخدم كرسياً متحركاً منذ ذلك الحين. يسكن مع زوجته
[[PERSON:زينب]] وابنتهما [[PERSON:نور]] ([[AGE:٩ سنوات]]) التي تدرس في [[ADDRESS:Marchmont Primary School]]،
في [[ADDRESS:19 Larchwood Crescent]]، برمنغهام [[POSTCODE:B25 8TN]]. الأسرة [[OTHER_SPECIAL:عراقية]] ووصلت
بصفة [[OTHER_SPECIAL:لاجئين]] عام ٢٠١٥.

ما الذي حدث خطأً:
- أرسل المستشفى طلب المعالِجة المهنية في ١٤ حزيران/يونيو ٢٠٢٣ وضاع في صندوق بريد مشترك أربعة أشهر.
- حين وُجد الطلب، طلبت موظفة الإيجار خطأً رقم تصريح الإقامة للسيد [[PERSON:حيدر]] ([[OTHER_ID:ZU4183902]])
قبل الموافقة على الأعمال، مع أن ذلك غير مطلوب، فشعرت الأسرة بأنها موضع شك.
- بقي السيد [[PERSON:الموسوي]] خمسة أشهر لا يستطيع الصعود إلى الحمّام، وكان يغتسل في المطبخ بمساعدة زوجته.

الإجراءات:
- زارت مديرة التعديلات [[PERSON:كلير دونيلي]] البيت في ٢ تشرين الثاني/نوفمبر ٢٠٢٣.
- ركّبت شركة [[ORGANISATION:Midshire Access Builders]] منحدراً عند الباب ومصعداً بين الطابقين وحمّاماً مفتوحاً
(أمر العمل [[REFERENCE:MAB-22107]])، وانتهت الأعمال في ١٩ كانون الثاني/يناير ٢٠٢٤.
- دفعنا تعويضاً قدره ١١٠٠ جنيه إلى الحساب المنتهي بـ [[OTHER_ID:7724]].

قال السيد [[PERSON:حيدر]]: «أول حمّام حقيقي منذ ثمانية أشهر. شكراً ل[[PERSON:جمال]] وفريقه، عملوا كأنه بيتهم.»

الدروس: لا نطلب وثائق الهجرة لأعمال الإصلاح أو التعديل أبداً، ونتابع كل طلب من المعالجين المهنيين برقم خاص
خلال خمسة أيام عمل. للتواصل مع الفريق: [[PHONE:0121 496 0764]].
"""),
    ),
    (
        "fv2ab-bn-01",
        "bn",
        _s("""
অভিযোগ পর্যালোচনা (দ্বিতীয় ধাপ) – [[ORGANISATION:Poplar Riverside Homes]]-এর অভিযোগ দল। অভিযোগ নম্বর:
[[REFERENCE:PRH-2024-0881]]। প্রস্তুত করেছেন [[PERSON:ফারহানা ইসলাম]], অভিযোগ সমাধান কর্মকর্তা।

পটভূমি: মিসেস [[PERSON:নাজমা খাতুন]] ([[PERSON:Najma Khatun]]) তাঁর স্বামী [[PERSON:জামাল উদ্দিন]] ও দুই সন্তানকে
নিয়ে [[ADDRESS:Kinder House]]-এর [[ADDRESS:ফ্ল্যাট ৩৪]]-এ থাকেন, [[ADDRESS:Brunswick Estate]], [[POSTCODE:E14 6PL]]।
মেয়ে [[PERSON:রাইসা]]-র বয়স [[AGE:৮ বছর]], ছেলে [[PERSON:ইমরান]]-এর [[AGE:৫ বছর]]।
[[PERSON:ইমরানের]] [[HEALTH:হাঁপানি]] আর [[HEALTH:একজিমা]] আছে। নভেম্বর ২০২৩ থেকে বাচ্চাদের ঘরে কালো ছত্রাক।

কী ভুল হয়েছিল:
- [[ORGANISATION:Thamesgate Damp Solutions]]-এর কর্মী [[PERSON:ড্যানি]] দু'বার এসে শুধু দেয়াল মুছে রং করে যান; কারণ কেউ খোঁজেনি।
- পরিবারের জিপি [[ADDRESS:Limeharbour Health Centre]] থেকে ১০ জানুয়ারি একটি চিঠি আসে, সেটি সার্ভেয়ারের কাছে পৌঁছায়নি।
- মিসেস [[PERSON:খাতুন]] রিপেয়ার লাইনে [[PHONE:০২০ ৭৯৪৬ ০৩৩৫]] নম্বরে আটবার ফোন করেছেন; প্রতিবার নতুন জব খোলা হয়েছে।

তিনি আমাদের বলেছেন: «প্রতিদিন সকালে দেয়াল মুছতাম। [[PERSON:ইমরান]] রাতে কাশতে কাশতে ঘুমাতে পারত না,
আর ভাবতাম দোষটা বুঝি আমারই।»

আমরা যা করেছি:
- সার্ভেয়ার [[PERSON:টম রিচার্ডস]] ১২ ফেব্রুয়ারি ২০২৪ তারিখে এসে দেয়ালের ভেতরে একটি ফুটো পাইপ খুঁজে পান।
- পাইপ বদলানো, দেয়াল শুকানো ও নতুন এক্সট্র্যাক্টর ফ্যান লাগানো হয় (জব নম্বর [[REFERENCE:TDS/7719]])।
- কাজের তিন দিন পরিবার জনাব [[PERSON:জামাল]]-এর ভাইয়ের বাসায় ছিল, [[ADDRESS:East Dock Jame Masjid]]-এর পাশে,
যেখানে তিনি প্রতি শুক্রবার নামাজ পড়েন।
- ১,১০০ পাউন্ড ক্ষতিপূরণ ও বাংলায় লিখিত ক্ষমা প্রার্থনা।

শিক্ষা: শিশু বা অসুস্থ সদস্য থাকলে ছত্রাকের প্রতিটি অভিযোগে প্রথমেই সার্ভেয়ার যাবেন; জিপির চিঠি সরাসরি
সার্ভেয়ারের কাছে যাবে; বারবার ফোনকে একটি জবের সঙ্গে জোড়া হবে। আমরা আশা করি আর কোনো পরিবারকে এভাবে
অপেক্ষা করতে হবে না। যোগাযোগ: [[EMAIL:complaints@poplarriverside.example.org]]।
"""),
    ),
    (
        "fv2ab-bn-02",
        "bn",
        _s("""
কাউন্সিলর [[PERSON:রুহুল আমিন]]-এর কেসওয়ার্ক সারসংক্ষেপ। ফাইল নম্বর [[REFERENCE:RA/24/063]]।

পরিবার: জনাব [[PERSON:আব্দুস সালাম]] ও তাঁর স্ত্রী [[PERSON:শাহানা বেগম]], [[OTHER_SPECIAL:বাংলাদেশি]] পরিবার,
থাকেন [[ADDRESS:২২ Orchardleigh Road]], বার্মিংহাম, পোস্টকোড [[POSTCODE:b100hr]]। দুই বেডরুমের বাড়ি, বাড়িওয়ালা
[[ORGANISATION:Brumfield Housing Trust]]। হাউজিং রেজিস্টার নম্বর [[REFERENCE:BHR/447120]]।

সন্তানেরা: বড় মেয়ে [[PERSON:সাদিয়া]] ([[AGE:১৬]]) এ বছর জিসিএসই দিচ্ছে; [[PERSON:রাফি]] ([[AGE:১৩]]);
যমজ [[PERSON:তানিশা]] ও [[PERSON:তাহমিদ]] ([[AGE:৯ বছর]]); [[PERSON:আয়েশা]] ([[AGE:৪]]); আর সবার ছোট
[[PERSON:আশা]], জন্ম [[DATE_OF_BIRTH:১২ই জানুয়ারি ২০২৩]]। ছোট চারজন [[ADDRESS:Sparkvale Primary School]]-এ পড়ে।

সমস্যা: আটজন মানুষ, দুটি শোবার ঘর। বিডিং সিস্টেম শুধু ইংরেজিতে, অনলাইনে; পরিবারকে কেউ জানায়নি যে তারা
অতিরিক্ত ভিড়ের জন্য অগ্রাধিকার পাওয়ার যোগ্য। প্রথম ধাপের অভিযোগের ([[REFERENCE:BHT-C-10452]]) উত্তর আসে
বারো সপ্তাহ পরে। মিসেস [[PERSON:শাহানা]] বলেছিলেন: «আটজন মানুষ, দুইটা ঘর। রাতে রান্নাঘরের মেঝেতেও বিছানা
পাততে হয়। [[PERSON:সাদিয়া]] বাথরুমে বসে পড়ে।»

আমি যা করেছি:
- ২ এপ্রিল লেটিংস ম্যানেজার [[PERSON:হেলেন মার্শ]] ([[PERSON:Helen Marsh]])-কে লিখি এবং স্কুলের চিঠি যোগ করি।
- পরিবারকে সর্বোচ্চ ব্যান্ডে তোলা হয়; ট্রাস্টের কর্মী [[PERSON:নাসির]] ফোনে বাংলায় বিড করতে সাহায্য করেন।
- নভেম্বর ২০২৪-এ পরিবার চার বেডরুমের বাড়িতে ওঠে, [[ADDRESS:৭ Ashbourne Grove]]-এ।
- ট্রাস্ট দেরির জন্য ৮০০ পাউন্ড দিয়েছে এবং এখন বাংলায় বিডিং সহায়তা দেয়: [[PHONE:০১২১ ৪৯৬ ০৬৬২]]।

মনে রাখবেন: এখন আর হাউজিং অম্বুডসম্যানের কাছে যাওয়ার আগে কাউন্সিলরের কাছে আসতে হয় না, তবে আমি সবসময়
সাহায্য করতে প্রস্তুত। ইমেইল: [[EMAIL:ruhul.amin.cllr@example.org]]।
"""),
    ),
    (
        "fv2ab-bn-03",
        "bn",
        _s("""
[[ORGANISATION:Pestguard Environmental Ltd]] – ঘটনা প্রতিবেদন নং [[REFERENCE:PGE-IR-118]], কাজের নম্বর
[[REFERENCE:PG-JOB-55210]]। ক্লায়েন্ট: [[ORGANISATION:Chiltern Brook Homes]]।

ঠিকানা: [[ADDRESS:ফ্ল্যাট ৮]], [[ADDRESS:Cedar Court]], লুটন, [[POSTCODE:LU1 3SG]] – ভবনটি
[[ADDRESS:Bismillah Superstore]]-এর ঠিক ওপরে। বাসিন্দা: মোসাম্মৎ [[PERSON:রহিমা বিবি]], বয়স [[AGE:৭৪ বছর]],
বিধবা, একা থাকেন; [[HEALTH:ডায়াবেটিস]] ও হাঁটুর [[HEALTH:আর্থ্রাইটিস]] আছে। যোগাযোগ: নাতি
[[PERSON:আরিফ হোসেন]], [[PHONE:07700 900 672]], [[EMAIL:arif.hossain90@example.com]]।

সারাংশ: আগস্ট ২০২৪ থেকে রান্নাঘরে ইঁদুর। আমাদের টেকনিশিয়ান [[PERSON:ডিলান]] তিনবার এসে বিষ রেখে যান,
কিন্তু ইঁদুর কোথা দিয়ে ঢুকছে তা দেখেননি। [[PERSON:রহিমা বিবির]] চাল-ডাল নষ্ট হয়, ফ্রিজের পেছনে ইনসুলিনের বাক্স
কাটা পাওয়া যায়। তিনি বলেছেন: «রাতে খচখচ শব্দে ঘুম ভাঙত, বাতি জ্বালিয়ে বসে থাকতাম।»

মূল কারণ: ভবনের পেছনের বিন-ঘরের দরজা মাসের পর মাস ভাঙা ছিল। দোকানের মালিক জনাব [[PERSON:খালিদ]] জুন মাসেই
সেটা জানিয়েছিলেন, কিন্তু রিপোর্টটি ঠিকাদারের কাছে আসেনি। রান্নাঘরের পাইপের চারপাশে দেয়ালে বড় ফাঁক ছিল।

সংশোধনী পদক্ষেপ:
১. ১৯ সেপ্টেম্বর পাইপের চারপাশের ফাঁক স্টিল উল ও জাল দিয়ে বন্ধ করা হয়।
২. বাড়িওয়ালা বিন-ঘরের নতুন দরজা লাগিয়েছে (মেরামত নম্বর [[REFERENCE:CBH-R-30917]])।
৩. দুই মাস ধরে প্রতি দুই সপ্তাহে পরিদর্শন; অক্টোবরের পর আর কোনো চিহ্ন পাওয়া যায়নি।
৪. এখন থেকে প্রথম ভিজিটেই ঢোকার পথ খোঁজা বাধ্যতামূলক; প্রশিক্ষণ দিচ্ছেন সুপারভাইজার [[PERSON:Natalie Price]]।

[[ORGANISATION:Chiltern Brook Homes]] নষ্ট খাবারের জন্য ১৫০ পাউন্ড ও অসুবিধার জন্য ২০০ পাউন্ড দিয়েছে।
শেষ ভিজিটে [[PERSON:রহিমা বিবি]] বলেছেন: «এখন শান্তিতে ঘুমাই, বাবা।»
"""),
    ),
    (
        "fv2ab-bn-04",
        "bn",
        _s("""
শিক্ষা পর্যালোচনা – [[ORGANISATION:Lea Bridge Housing Co-operative]]। অভিযোগ নম্বর [[REFERENCE:LBHC/C/2291]];
মেরামত নম্বর [[REFERENCE:443187]]।

পটভূমি: মিস [[PERSON:তাহমিনা চৌধুরী]] ([[AGE:৩৬]]) জন্ম থেকেই [[HEALTH:বধির]], ব্রিটিশ সাইন ল্যাঙ্গুয়েজ
ব্যবহার করেন। তিনি মেয়ে [[PERSON:মুনা]] ([[AGE:১০]])-কে নিয়ে [[ADDRESS:41B Marsh Hill Road]], [[POSTCODE:E5 0LT]]-এ
থাকেন; [[PERSON:মুনা]] পড়ে [[ADDRESS:Kestrel Brook Primary School]]-এ।

কী ঘটেছিল: মার্চ ২০২৪-এ তাঁর বাথরুম থেকে পানি নিচের [[ADDRESS:41A]]-তে চুঁইয়ে পড়তে শুরু করে। আমাদের কল
সেন্টার তাঁকে পাঁচবার ফোন করে, কেউ ধরেনি, আর জবটি «ঢোকা যায়নি» লিখে বন্ধ করা হয়। তিনি
[[EMAIL:tahmina.chowdhury@example.net]] থেকে ইমেইল করেন, কিন্তু প্রতিটি উত্তরে লেখা ছিল «দয়া করে আমাদের
ফোন করুন»। শেষ পর্যন্ত [[PERSON:মুনা]] ফোনে মায়ের হয়ে কথা বলে।

একই সময়ে তাঁর হাউজিং বেনিফিট ফর্মে জাতীয় বীমা নম্বর [[NI_NUMBER:QQ 12 34 56 C]] ভুল টাইপ হওয়ায় বেনিফিট
আটকে যায় এবং আমরা ভাড়া বকেয়ার চিঠি পাঠাই।

তিনি ইমেইলে লিখেছেন: «আমার মেয়েকে দিয়ে ফোনে কথা বলাতে হচ্ছিল। ও তো মাত্র [[AGE:দশ বছরের]]।»

আমরা যা করেছি:
- টেন্যান্সি অফিসার [[PERSON:শিরিন আক্তার]] বিএসএল দোভাষী নিয়ে ২ এপ্রিল বাসায় যান।
- [[ORGANISATION:Hackney Flow Plumbing]]-এর প্লাম্বার [[PERSON:Kwame]] সেদিনই লিক সারান।
- বকেয়ার চিঠি প্রত্যাহার, বেনিফিট ঠিক করা, আর ৪০০ পাউন্ড ক্ষতিপূরণ।

শিক্ষা: প্রত্যেক সদস্যের যোগাযোগের পছন্দ (টেক্সট, ইমেইল, ভিডিও রিলে) রেকর্ড করা এখন বাধ্যতামূলক; বধির
বাসিন্দার জব কখনো «ঢোকা যায়নি» বলে বন্ধ হবে না; শিশুকে দোভাষী হিসেবে ব্যবহার করা চলবে না।
"""),
    ),
    (
        "fv2ab-bn-05",
        "bn",
        _s("""
[[ORGANISATION:Canalside Living]] – দ্বিতীয় ধাপের অভিযোগের উত্তর (সংক্ষেপ)। অভিযোগ নম্বর [[REFERENCE:CL-ST2-4410]];
হাউজিং অম্বুডসম্যান কেস নম্বর [[REFERENCE:২০২৪০৩৩৮৭]]।

প্রিয় জনাব [[PERSON:মতিউর রহমান]] ও মিসেস [[PERSON:সুফিয়া রহমান]],
[[ADDRESS:ফ্ল্যাট ১০৩]], [[ADDRESS:Halyard Tower]], [[ADDRESS:Millwall Quay Estate]], [[POSTCODE:E14 9WW]]

আপনার ছেলে [[PERSON:শফিক]] ([[PERSON:Shafiq]]) আপনাদের পক্ষে যে অভিযোগ করেছেন, তার পূর্ণ তদন্ত আমরা
করেছি। জনাব [[PERSON:রহমান]], আপনার বয়স [[AGE:৮১ বছর]] এবং আপনার [[HEALTH:পারকিনসন্স রোগ]] আছে; চোদ্দ
তলা থেকে সিঁড়ি দিয়ে নামা আপনার পক্ষে অসম্ভব।

যা ঘটেছিল: ফেব্রুয়ারি ২০২৪-এ টাওয়ারের দুটি লিফটই তিন সপ্তাহ বন্ধ ছিল। লিফট ঠিকাদার
[[ORGANISATION:Northlight Lift Engineering]]-এর ইঞ্জিনিয়ার [[PERSON:Callum]] প্রথম দিনেই জানিয়েছিলেন যে
যন্ত্রাংশ আসতে সময় লাগবে, কিন্তু আমরা আপনাদের কোনো খবর দিইনি। আপনি হাসপাতালের স্নায়ুরোগ বিভাগের দুটি
অ্যাপয়েন্টমেন্ট মিস করেন। একদিন [[PERSON:শফিক]] আপনাকে কোলে করে সিঁড়ি দিয়ে নামানোর সময় তাঁর গাড়ি
([[OTHER_ID:LK68 RZT]]) এস্টেটের পার্কিং ঠিকাদার জরিমানা করে।

আমাদের সিদ্ধান্ত: আমরা মানছি যে এটি গুরুতর ব্যর্থতা ছিল।
- লিফট বন্ধ হলে প্রথম দিন থেকেই প্রত্যেক দুর্বল বাসিন্দাকে রোজ ফোন করা হবে।
- প্রতিটি টাওয়ারে একটি সিঁড়ি-নামানোর চেয়ার ও প্রশিক্ষিত কর্মী থাকবে।
- পার্কিং জরিমানা বাতিল করা হয়েছে।
- আপনাদের ৯৫০ পাউন্ড ক্ষতিপূরণ দেওয়া হবে।

আমরা আশা করি এই পদক্ষেপগুলো আপনাদের আস্থা কিছুটা ফিরিয়ে আনবে। কোনো প্রশ্ন থাকলে আমাকে
[[PHONE:020 7946 0971]] নম্বরে ফোন করবেন।

বিনীত,
[[PERSON:অ্যান্ড্রু কলিন্স]] ([[PERSON:Andrew Collins]]), গ্রাহক সমাধান প্রধান
"""),
    ),
    (
        "fv2ab-pa-01",
        "pa",
        _s("""
ਸ਼ਿਕਾਇਤ ਸਮੀਖਿਆ (ਦੂਜਾ ਪੜਾਅ) – [[ORGANISATION:Hayesbrook Housing]] ਦੀ ਸ਼ਿਕਾਇਤ ਟੀਮ। ਕੇਸ ਨੰਬਰ
[[REFERENCE:HBH-C-50721]]। ਤਿਆਰ ਕਰਤਾ: [[PERSON:ਰਮਨਦੀਪ ਬੈਂਸ]], ਸ਼ਿਕਾਇਤ ਅਧਿਕਾਰੀ।

ਪਿਛੋਕੜ: ਸ੍ਰੀਮਤੀ [[PERSON:ਮਨਜੀਤ ਕੌਰ ਢਿੱਲੋਂ]] ਆਪਣੇ ਪਤੀ [[PERSON:ਸੁਖਵਿੰਦਰ ਸਿੰਘ]] (ਘਰ ਵਿੱਚ ਸਾਰੇ ਉਨ੍ਹਾਂ ਨੂੰ
"[[PERSON:ਸੁੱਖੀ]]" ਕਹਿੰਦੇ ਹਨ), ਪੁੱਤਰ [[PERSON:ਨਵਨੀਤ]] ([[AGE:੧੦ ਸਾਲ]]) ਅਤੇ ਸੱਸ ਬੀਬੀ [[PERSON:ਗੁਰਬਚਨ ਕੌਰ]]
([[AGE:੭੮ ਸਾਲ]]) ਨਾਲ [[ADDRESS:Kingsbury House]] ਦੇ [[ADDRESS:ਫਲੈਟ ੧੧]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ, ਹੇਜ਼, [[POSTCODE:UB3 4NW]]।
[[PERSON:ਨਵਨੀਤ]] ਨੂੰ [[HEALTH:ਦਮਾ]] ਹੈ ਅਤੇ ਬੀਬੀ ਜੀ ਨੂੰ [[HEALTH:ਫੇਫੜਿਆਂ ਦੀ ਪੁਰਾਣੀ ਬਿਮਾਰੀ]]। ਪਰਿਵਾਰ ਰੋਜ਼
[[ADDRESS:ਗੁਰਦੁਆਰਾ ਸਾਹਿਬ ਮਿੱਲ ਲੇਨ]] ਜਾਂਦਾ ਹੈ, ਜੋ ਫਲੈਟ ਤੋਂ ਪੰਜ ਮਿੰਟ ਦੀ ਵਾਟ 'ਤੇ ਹੈ, ਅਤੇ [[PERSON:ਨਵਨੀਤ]]
[[ADDRESS:Dawley Park Primary School]] ਵਿੱਚ ਪੜ੍ਹਦਾ ਹੈ।

ਕੀ ਗ਼ਲਤ ਹੋਇਆ:
- ਅਕਤੂਬਰ ੨੦੨੩ ਤੋਂ ਉੱਲੀ ਦੀਆਂ ਤਿੰਨ ਰਿਪੋਰਟਾਂ "ਸਿੱਲ੍ਹ, ਖਿੜਕੀਆਂ ਖੋਲ੍ਹੋ" ਲਿਖ ਕੇ ਬੰਦ ਕਰ ਦਿੱਤੀਆਂ ਗਈਆਂ।
- [[ORGANISATION:Greenline Property Services]] ਦੇ ਕਾਰੀਗਰ [[PERSON:ਜੇਸਨ]] ਨੇ ਕੰਧ ਪੂੰਝ ਕੇ ਰੰਗ ਕਰ ਦਿੱਤਾ, ਕਾਰਨ ਨਹੀਂ ਲੱਭਿਆ।
- ਸ੍ਰੀਮਤੀ [[PERSON:ਢਿੱਲੋਂ]] ਨੇ [[PHONE:020 7946 0457]] 'ਤੇ ਛੇ ਵਾਰ ਫ਼ੋਨ ਕੀਤਾ; ਪਰਚਾ ਸਿਰਫ਼ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਭੇਜਿਆ ਗਿਆ।

ਉਨ੍ਹਾਂ ਨੇ ਸਾਨੂੰ ਦੱਸਿਆ: «ਅਸੀਂ ਤਾਂ ਸਿਆਲ ਵਿੱਚ ਵੀ ਖਿੜਕੀਆਂ ਖੋਲ੍ਹ ਕੇ ਰੱਖਦੇ ਸਾਂ। ਬੀਬੀ ਜੀ ਠੰਢ ਨਾਲ ਕੰਬਦੇ ਰਹਿੰਦੇ,
ਤੇ ਉੱਲੀ ਫਿਰ ਵੀ ਮੁੜ ਆ ਜਾਂਦੀ।»

ਕਾਰਵਾਈ:
- ਸਰਵੇਅਰ [[PERSON:ਹਰਜੀਤ ਸਹੋਤਾ]] ੭ ਮਾਰਚ ੨੦੨੪ ਨੂੰ ਆਏ ਅਤੇ ਛੱਤ ਵਾਲੀ ਟੈਂਕੀ ਦਾ ਲੀਕ ਕਰਦਾ ਓਵਰਫ਼ਲੋ ਪਾਈਪ ਤੇ ਖ਼ਰਾਬ ਇਨਸੂਲੇਸ਼ਨ ਲੱਭੀ।
- ਪਾਈਪ ਬਦਲੀ ਗਈ, ਕੰਧ ਸੁਕਾ ਕੇ ਨਵੀਂ ਇਨਸੂਲੇਸ਼ਨ ਲੱਗੀ ਅਤੇ ਹਵਾਦਾਰੀ ਯੂਨਿਟ ਲਾਇਆ ਗਿਆ (ਕੰਮ ਨੰਬਰ [[REFERENCE:GPS-884201]])।
- £1,050 ਮੁਆਵਜ਼ਾ ਅਤੇ ਪੰਜਾਬੀ ਵਿੱਚ ਲਿਖਤੀ ਮੁਆਫ਼ੀ।

ਸਬਕ: ਉੱਲੀ ਦਾ ਦੋਸ਼ ਪਰਿਵਾਰ ਦੇ ਰਹਿਣ-ਸਹਿਣ 'ਤੇ ਨਹੀਂ ਮੜ੍ਹਨਾ; ਹਰ ਕੇਸ ਵਿੱਚ ਸਰਵੇਅਰ ਜਾਵੇ; ਘਰ ਦੀ ਬੋਲੀ ਪਹਿਲੀ
ਕਾਲ 'ਤੇ ਦਰਜ ਹੋਵੇ। ਸੰਪਰਕ: [[EMAIL:complaints@hayesbrook.example.org]]।
"""),
    ),
    (
        "fv2ab-pa-02",
        "pa",
        _s("""
[[ORGANISATION:Soar Valley Gas & Heating Ltd]] – ਘਟਨਾ ਰਿਪੋਰਟ ਨੰਬਰ [[REFERENCE:SVG-IR-2207]]। ਮਕਾਨ-ਮਾਲਕ:
[[ORGANISATION:Wreake Valley Housing]]। ਕੰਮ ਨੰਬਰ [[REFERENCE:WVH/R/77402]]।

ਪਤਾ: [[ADDRESS:9 Rosebay Walk]], ਲੈਸਟਰ, [[POSTCODE:le45pz]]। ਕਿਰਾਏਦਾਰ: ਸਰਦਾਰ [[PERSON:ਕਰਤਾਰ ਸਿੰਘ ਗਰੇਵਾਲ]],
ਜਨਮ ਮਿਤੀ [[DATE_OF_BIRTH:੧੪ ਅਗਸਤ ੧੯੩੯]], ਜਿਨ੍ਹਾਂ ਨੂੰ [[HEALTH:ਡਿਮੈਂਸ਼ੀਆ]] ਹੈ। ਉਹ ਆਪਣੀ ਪਤਨੀ ਬੀਬੀ
[[PERSON:ਸੁਰਜੀਤ ਕੌਰ]] ਨਾਲ ਰਹਿੰਦੇ ਹਨ, ਜੋ ਅੰਗਰੇਜ਼ੀ ਨਹੀਂ ਪੜ੍ਹ ਸਕਦੇ। ਸੰਪਰਕ: ਪੋਤਰਾ [[PERSON:ਜਸਪਾਲ ਗਰੇਵਾਲ]]
("[[PERSON:ਜੱਸ]]"), [[PHONE:0116 496 0388]], [[EMAIL:jas.grewal@example.com]]।

ਘਟਨਾ: ੨੨ ਨਵੰਬਰ ੨੦੨੩ ਨੂੰ ਸਾਡੇ ਇੰਜੀਨੀਅਰ [[PERSON:ਮਾਈਕ]] ਨੇ ਸਾਲਾਨਾ ਜਾਂਚ ਦੌਰਾਨ ਗੈਸ ਹੀਟਰ ਨੂੰ ਖ਼ਤਰਨਾਕ ਪਾ ਕੇ
ਬੰਦ ਕਰ ਦਿੱਤਾ। ਇਹ ਫ਼ੈਸਲਾ ਠੀਕ ਸੀ, ਪਰ ਉਨ੍ਹਾਂ ਨੇ ਕੋਈ ਆਰਜ਼ੀ ਹੀਟਰ ਨਹੀਂ ਛੱਡਿਆ ਅਤੇ ਗੱਲ ਸਿਰਫ਼ ਸਰਦਾਰ
[[PERSON:ਕਰਤਾਰ ਸਿੰਘ]] ਨੂੰ ਦੱਸੀ, ਜੋ ਬਿਮਾਰੀ ਕਰਕੇ ਭੁੱਲ ਗਏ। "ਵਰਤੋ ਨਾ" ਵਾਲਾ ਨੋਟਿਸ ਸਿਰਫ਼ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਸੀ।
ਬਜ਼ੁਰਗ ਜੋੜਾ ਪੰਜ ਦਿਨ ਬਿਨਾਂ ਗਰਮੀ ਦੇ ਰਿਹਾ, ਜਦ ਤੱਕ [[PERSON:ਜਸਪਾਲ]] ਕਵੈਂਟਰੀ ਤੋਂ ਮਿਲਣ ਨਹੀਂ ਆਇਆ।

ਬੀਬੀ [[PERSON:ਸੁਰਜੀਤ ਕੌਰ]] ਦੇ ਸ਼ਬਦ: «ਉਹ ਕਹਿੰਦੇ ਰਹੇ ਕੋਈ ਨਹੀਂ ਆਇਆ। ਮੈਨੂੰ ਕੀ ਪਤਾ ਸੀ ਕਿ ਕਾਗ਼ਜ਼ 'ਤੇ ਕੀ
ਲਿਖਿਆ ਹੈ? ਅਸੀਂ ਰਜਾਈਆਂ ਲੈ ਕੇ ਬੈਠੇ ਰਹੇ।»

ਮੂਲ ਕਾਰਨ: ਇੰਜੀਨੀਅਰ ਨੇ ਘਰ ਦੀ ਕਮਜ਼ੋਰੀ ਵਾਲੀ ਜਾਣਕਾਰੀ ਨਹੀਂ ਦੇਖੀ; ਹੀਟਰ ਬੰਦ ਕਰਨ ਮਗਰੋਂ ਮਕਾਨ-ਮਾਲਕ ਨੂੰ ਖ਼ਬਰ
ਦੇਣ ਦਾ ਕੋਈ ਨਿਯਮ ਨਹੀਂ ਸੀ।

ਸੁਧਾਰ:
੧. ਕੋਈ ਵੀ ਉਪਕਰਨ ਬੰਦ ਕਰਨ ਵੇਲੇ ਦੋ ਆਰਜ਼ੀ ਹੀਟਰ ਛੱਡਣੇ ਅਤੇ ਉਸੇ ਦਿਨ ਸੰਪਰਕ ਵਾਲੇ ਰਿਸ਼ਤੇਦਾਰ ਨੂੰ ਫ਼ੋਨ ਕਰਨਾ ਲਾਜ਼ਮੀ।
੨. ਨੋਟਿਸ ਘਰ ਦੀ ਬੋਲੀ ਵਿੱਚ, ਪੰਜਾਬੀ ਸਮੇਤ।
੩. ੪ ਦਸੰਬਰ ਨੂੰ ਨਵੀਂ ਸੈਂਟਰਲ ਹੀਟਿੰਗ ਲਾਈ ਗਈ (ਕੰਮ ਨੰਬਰ [[REFERENCE:SVG-INST-3391]])।
੪. ਸਾਰੇ ਚਾਲੀ ਇੰਜੀਨੀਅਰਾਂ ਦੀ ਸਿਖਲਾਈ, ਸੁਰੱਖਿਆ ਮੈਨੇਜਰ [[PERSON:ਡੈਨੀਅਲ ਵੁੱਡ]] ਵੱਲੋਂ।

[[ORGANISATION:Wreake Valley Housing]] ਨੇ £400 ਮੁਆਵਜ਼ਾ ਦਿੱਤਾ।
"""),
    ),
    (
        "fv2ab-pa-03",
        "pa",
        _s("""
ਕੌਂਸਲਰ [[PERSON:ਪਰਮਜੀਤ ਸਿੰਘ ਜੌਹਲ]] ਦਾ ਕੇਸਵਰਕ ਸਾਰ। ਫ਼ਾਈਲ [[REFERENCE:PSJ-0931]]।

ਪਰਿਵਾਰ: ਸ੍ਰੀ [[PERSON:ਅਮਰੀਕ ਸਿੰਘ ਸੰਘਾ]] ਅਤੇ ਸ੍ਰੀਮਤੀ [[PERSON:ਹਰਜਿੰਦਰ ਕੌਰ]], ਧੀ [[PERSON:ਸਿਮਰਨ]] ([[AGE:੧੫]])
ਅਤੇ ਪੁੱਤਰ [[PERSON:ਗੁਰਵੀਰ]] ([[AGE:੧੨]])। ਘਰ: [[ADDRESS:੩੮ Ashmore Lane]], [[POSTCODE:WV11 2JH]], ਮਕਾਨ-ਮਾਲਕ
[[ORGANISATION:Black Country Homes Partnership]]। ਪਰਿਵਾਰ [[OTHER_SPECIAL:ਸਿੱਖ]] ਹੈ; [[PERSON:ਗੁਰਵੀਰ]] ਪਟਕਾ
ਬੰਨ੍ਹਦਾ ਹੈ। ਦੋਵੇਂ ਬੱਚੇ [[ADDRESS:Heathfield Vale Academy]] ਵਿੱਚ ਪੜ੍ਹਦੇ ਹਨ।

ਸਮੱਸਿਆ: ਜਨਵਰੀ ੨੦੨੪ ਤੋਂ ਗੁਆਂਢ ਦੇ ਕੁਝ ਮੁੰਡਿਆਂ ਨੇ ਸਕੂਲ ਜਾਂਦੇ [[PERSON:ਗੁਰਵੀਰ]] ਦਾ ਪਟਕਾ ਦੋ ਵਾਰ ਲਾਹਿਆ,
ਘਰ ਦੇ ਦਰਵਾਜ਼ੇ 'ਤੇ ਗੰਦੀਆਂ ਗੱਲਾਂ ਲਿਖੀਆਂ, ਅਤੇ ਇੰਸਟਾਗ੍ਰਾਮ ਖਾਤੇ [[OTHER_ID:@ashmore_lads_wv]] 'ਤੇ ਵੀਡੀਓ ਪਾਈ।
ਐਂਟੀ-ਸੋਸ਼ਲ ਬਿਹੇਵੀਅਰ ਕੇਸ [[REFERENCE:ASB-24-0772]], ਪੁਲਿਸ ਹਵਾਲਾ [[REFERENCE:20WV/41188/24]]।

ਕੀ ਗ਼ਲਤ ਹੋਇਆ: ਮਕਾਨ-ਮਾਲਕ ਨੇ ਇਸ ਨੂੰ "ਗੁਆਂਢੀਆਂ ਦਾ ਝਗੜਾ" ਮੰਨ ਕੇ ਦੋਵਾਂ ਘਰਾਂ ਨੂੰ ਸੁਲ੍ਹਾ-ਸਫ਼ਾਈ ਦੀ ਚਿੱਠੀ ਭੇਜ
ਦਿੱਤੀ; ਨਫ਼ਰਤੀ ਘਟਨਾ ਵਜੋਂ ਦਰਜ ਨਹੀਂ ਕੀਤਾ। ਸ੍ਰੀਮਤੀ [[PERSON:ਹਰਜਿੰਦਰ ਕੌਰ]] ਨੇ ਮੈਨੂੰ ਕਿਹਾ: «ਸਾਡੇ ਬੱਚੇ ਡਰਦੇ
ਮਾਰੇ ਸਕੂਲ ਜਾਣ ਤੋਂ ਕਤਰਾਉਂਦੇ ਸਨ, ਤੇ ਉਹ ਸਾਨੂੰ ਕਹਿੰਦੇ ਰਹੇ ਕਿ ਆਪਸ ਵਿੱਚ ਗੱਲ ਕਰ ਲਵੋ।»

ਮੇਰੀ ਕਾਰਵਾਈ: ੧੮ ਮਾਰਚ ਨੂੰ ਮੈਂ ਐਂਟੀ-ਸੋਸ਼ਲ ਬਿਹੇਵੀਅਰ ਟੀਮ ਲੀਡਰ [[PERSON:ਕੈਰਨ ਹਿਊਜ਼]] ਨਾਲ ਘਰ ਗਿਆ।
- ਕੇਸ ਨਫ਼ਰਤੀ ਘਟਨਾ ਵਜੋਂ ਮੁੜ ਦਰਜ ਹੋਇਆ ਅਤੇ ਦੋਸ਼ੀ ਘਰ ਨੂੰ ਲਿਖਤੀ ਚੇਤਾਵਨੀ ਮਿਲੀ।
- ਦਰਵਾਜ਼ੇ ਦੀ ਲਿਖਤ ੨੪ ਘੰਟਿਆਂ ਵਿੱਚ ਸਾਫ਼ ਕੀਤੀ ਗਈ ਅਤੇ ਵੀਡੀਓ ਵਾਲੀ ਘੰਟੀ ਮੁਫ਼ਤ ਲਾਈ ਗਈ।
- ਪਰਿਵਾਰ ਨੂੰ ਘਰ ਬਦਲਣ ਦੀ ਪੇਸ਼ਕਸ਼ ਹੋਈ, ਪਰ ਉਨ੍ਹਾਂ ਨੇ ਰਹਿਣਾ ਚੁਣਿਆ।
- [[PERSON:ਸਿਮਰਨ]] ਨੂੰ ਸਕੂਲ ਰਾਹੀਂ ਕਾਊਂਸਲਿੰਗ ਮਿਲੀ।

ਸਬਕ: ਹਰ ਅਧਿਕਾਰੀ ਨੂੰ ਨਫ਼ਰਤੀ ਘਟਨਾਵਾਂ ਦੀ ਸਿਖਲਾਈ। ਆਸ ਹੈ ਕਿ ਕਿਸੇ ਹੋਰ ਪਰਿਵਾਰ ਨੂੰ ਇੰਨਾ ਨਹੀਂ ਝੱਲਣਾ ਪਵੇਗਾ।
ਮੇਰਾ ਸੰਪਰਕ: [[PHONE:01632 960 214]], [[EMAIL:cllr.johal@example.org]]।
"""),
    ),
    (
        "fv2ab-pa-04",
        "pa",
        _s("""
[[ORGANISATION:Trent Meadows Housing Association]] – ਸਿੱਖਣ ਸਮੀਖਿਆ: ਘਰ ਵਿੱਚ ਤਬਦੀਲੀਆਂ (adaptations)।
ਸ਼ਿਕਾਇਤ ਹਵਾਲਾ [[REFERENCE:TMHA/ADP/0617]]।

ਪਿਛੋਕੜ: [[PERSON:ਜਸਲੀਨ ਕੌਰ]] ("[[PERSON:ਜੱਸੀ]]"), ਜਨਮ [[DATE_OF_BIRTH:੦੩/੦੨/੨੦੧੪]], ਨੂੰ [[HEALTH:ਸੇਰੇਬ੍ਰਲ ਪਾਲਸੀ]] ਹੈ
ਅਤੇ ਉਹ ਵ੍ਹੀਲਚੇਅਰ ਵਰਤਦੀ ਹੈ। ਉਸ ਦਾ NHS ਨੰਬਰ [[OTHER_ID:612 493 0587]] ਹੈ। ਮਾਪੇ [[PERSON:ਰਵਿੰਦਰ ਪਾਲ]] ਅਤੇ
[[PERSON:ਕੁਲਵੰਤ ਕੌਰ]] ਹਨ। ਘਰ: [[ADDRESS:54 Bramblewood Close]], ਨੌਟਿੰਘਮ, [[POSTCODE:NG11 8QD]]।
[[PERSON:ਜਸਲੀਨ]] [[ADDRESS:Oakhaven Special School]] ਜਾਂਦੀ ਹੈ।

ਕੀ ਹੋਇਆ: ਜਨਵਰੀ ੨੦੨੩ ਵਿੱਚ ਓਕੂਪੇਸ਼ਨਲ ਥੈਰੇਪਿਸਟ ਨੇ ਹੇਠਲੀ ਮੰਜ਼ਿਲ 'ਤੇ ਵੈੱਟ-ਰੂਮ ਅਤੇ ਛੱਤ ਵਾਲਾ ਹੋਇਸਟ
ਸਿਫ਼ਾਰਸ਼ ਕੀਤਾ। ਐਸੋਸੀਏਸ਼ਨ ਨੇ ਮਨਜ਼ੂਰੀ ਦਿੱਤੀ, ਪਰ ਬਜਟ ਅਤੇ ਠੇਕੇਦਾਰ ਦੀ ਘਾਟ ਕਰਕੇ ਕੰਮ ਚੌਦਾਂ ਮਹੀਨੇ ਲਟਕਿਆ ਰਿਹਾ।
ਇਸ ਦੌਰਾਨ [[PERSON:ਰਵਿੰਦਰ]] ਰੋਜ਼ ਧੀ ਨੂੰ ਚੁੱਕ ਕੇ ਪੌੜੀਆਂ ਚੜ੍ਹਦੇ ਰਹੇ ਅਤੇ ਉਨ੍ਹਾਂ ਦੀ ਪਿੱਠ ਵਿੱਚ ਸੱਟ ਲੱਗ ਗਈ।
ਪਹਿਲੇ ਪੜਾਅ ਦੇ ਜਵਾਬ ਵਿੱਚ ਦੇਰੀ ਦਾ ਦੋਸ਼ ਕੌਂਸਲ ਦੀ ਗ੍ਰਾਂਟ 'ਤੇ ਪਾਇਆ ਗਿਆ, ਜੋ ਗ਼ਲਤ ਸੀ।

ਕਾਰਵਾਈ:
- ਐਸੈੱਟ ਮੈਨੇਜਮੈਂਟ ਦੇ ਮੁਖੀ [[PERSON:ਸਾਈਮਨ ਐਟਕਿਨਸ]] ਨੇ ਪਰਿਵਾਰ ਨੂੰ ਮਿਲ ਕੇ ਮੁਆਫ਼ੀ ਮੰਗੀ।
- [[ORGANISATION:Ability Build Midlands]] ਦੀ ਟੀਮ ਨੇ, ਜਿਸ ਦੀ ਅਗਵਾਈ [[PERSON:ਰੌਬ]] ਕਰ ਰਿਹਾ ਸੀ, ਛੇ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਕੰਮ ਮੁਕਾਇਆ (ਕੰਮ ਨੰਬਰ [[REFERENCE:ABM-22915]]), ੧੫ ਮਾਰਚ ੨੦੨੪ ਨੂੰ।
- £1,500 ਮੁਆਵਜ਼ਾ ਖਾਤਾ ਨੰਬਰ ਦੇ ਆਖ਼ਰੀ ਅੰਕ [[OTHER_ID:5190]] ਵਾਲੇ ਖਾਤੇ ਵਿੱਚ ਪਾਇਆ ਗਿਆ, ਸੌਰਟ ਕੋਡ [[OTHER_ID:30-92-44]]।

[[PERSON:ਰਵਿੰਦਰ ਪਾਲ]] ਜੀ ਦੇ ਸ਼ਬਦ: «ਹੁਣ [[PERSON:ਜੱਸੀ]] ਆਪ ਵ੍ਹੀਲਚੇਅਰ 'ਤੇ ਨਹਾਉਣ ਜਾਂਦੀ ਹੈ। ਉਹਦੇ ਚਿਹਰੇ ਦੀ ਖ਼ੁਸ਼ੀ
ਦੇਖਣ ਵਾਲੀ ਸੀ।»

ਸਬਕ: ਤਬਦੀਲੀਆਂ ਦਾ ਬਜਟ ਵੱਖਰਾ ਰੱਖਿਆ ਗਿਆ ਹੈ; ਹਰ ਕੇਸ ਦਾ ਇੱਕ ਨਾਮਜ਼ਦ ਅਧਿਕਾਰੀ ਹੋਵੇਗਾ ਅਤੇ ਪਰਿਵਾਰ ਨੂੰ ਹਰ ਮਹੀਨੇ
ਖ਼ਬਰ ਦਿੱਤੀ ਜਾਵੇਗੀ। ਸੰਪਰਕ: [[PHONE:0115 496 0139]]।
"""),
    ),
    (
        "fv2ab-pa-05",
        "pa",
        _s("""
[[ORGANISATION:Aire Heights Homes]] – ਦੂਜੇ ਪੜਾਅ ਦਾ ਜਵਾਬ। ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:AHH/S2/1904]]।

ਸਤਿਕਾਰਯੋਗ ਸਰਦਾਰ [[PERSON:ਬਲਜੀਤ ਸਿੰਘ ਪੁਰੇਵਾਲ]] ਜੀ,
[[ADDRESS:ਫਲੈਟ ੮੮]], [[ADDRESS:Whitmore Heights]], ਲੀਡਜ਼ [[POSTCODE:LS11 5DW]]

ਤੁਸੀਂ ਆਪਣੇ ਵੱਲੋਂ ਅਤੇ [[ORGANISATION:Whitmore Heights Tenants' Association]] ਦੇ ਚੇਅਰ ਵਜੋਂ ਉਪਰਲੀ ਮੰਜ਼ਿਲ ਦੇ
ਫਲੈਟਾਂ ਵਿੱਚ ਛੱਤ ਦੇ ਲੀਕ ਬਾਰੇ ਸ਼ਿਕਾਇਤ ਕੀਤੀ ਸੀ। ਅਸੀਂ ਮੰਨਦੇ ਹਾਂ ਕਿ ਨਵੰਬਰ ੨੦੨੩ ਤੋਂ ਮਾਰਚ ੨੦੨੪ ਤੱਕ ਤੁਹਾਡੇ
ਫਲੈਟ ਅਤੇ [[ADDRESS:ਫਲੈਟ ੮੬]] ਵਿੱਚ, ਜਿੱਥੇ ਸ੍ਰੀਮਤੀ [[PERSON:ਗ੍ਰੇਸ ਓਕਾਫ਼ੋਰ]] ਆਪਣੇ ਦੋ ਛੋਟੇ ਬੱਚਿਆਂ ਨਾਲ ਰਹਿੰਦੇ ਹਨ,
ਛੇ ਵਾਰ ਪਾਣੀ ਆਇਆ।

ਸਾਡੀ ਜਾਂਚ ਵਿੱਚ ਪਤਾ ਲੱਗਿਆ:
- [[ORGANISATION:Caledon Roofing]] ਦਾ ਕਾਰੀਗਰ [[PERSON:ਸ਼ੌਨ]] ਹਰ ਵਾਰ ਸਿਰਫ਼ ਉਹੀ ਥਾਂ ਪੈਚ ਕਰਦਾ ਰਿਹਾ; ਪੂਰੀ ਛੱਤ ਦਾ ਸਰਵੇ ਕਦੇ ਨਹੀਂ ਹੋਇਆ।
- ਹਰ ਲੀਕ ਨਵੇਂ ਕੰਮ ਵਜੋਂ ਦਰਜ ਹੋਇਆ (ਆਖ਼ਰੀ ਨੰਬਰ [[REFERENCE:CR-61527]]), ਇਸ ਲਈ ਕਿਸੇ ਨੂੰ ਦੁਹਰਾਅ ਨਹੀਂ ਦਿਸਿਆ।
- ਜਨਵਰੀ ਵਿੱਚ ਤੁਹਾਡੇ ਬੈੱਡਰੂਮ ਦੀ ਅਲਮਾਰੀ ਵਿੱਚ ਪਾਣੀ ਪੈਣ ਨਾਲ ਤੁਹਾਡਾ ਪਾਸਪੋਰਟ (ਨੰਬਰ [[OTHER_ID:548119027]]) ਖ਼ਰਾਬ ਹੋ ਗਿਆ।

ਤੁਸੀਂ ਲਿਖਿਆ ਸੀ: «ਹਰ ਮੀਂਹ ਵਿੱਚ ਅਸੀਂ ਬਾਲਟੀਆਂ ਲੈ ਕੇ ਬੈਠਦੇ ਹਾਂ। ਮੇਰੀ ਘਰਵਾਲੀ ਨੂੰ [[HEALTH:ਗਠੀਆ]] ਹੈ, ਉਹ ਰਾਤਾਂ
ਨੂੰ ਬਾਲਟੀਆਂ ਨਹੀਂ ਚੁੱਕ ਸਕਦੀ।»

ਅਸੀਂ ਕੀ ਕੀਤਾ:
- ੧੨ ਅਪ੍ਰੈਲ ਨੂੰ ਸਰਵੇਅਰ [[PERSON:ਨਾਓਮੀ ਫ਼ਲੈਚਰ]] ਨੇ ਡਰੋਨ ਨਾਲ ਪੂਰੀ ਛੱਤ ਦੀ ਜਾਂਚ ਕੀਤੀ।
- ਮਈ ਵਿੱਚ ਛੱਤ ਦੀ ਝਿੱਲੀ ਪੂਰੀ ਬਦਲੀ ਗਈ।
- ਪਾਸਪੋਰਟ ਦੀ ਨਵੀਂ ਫ਼ੀਸ £88.50 ਅਤੇ ਤੁਹਾਨੂੰ £700, ਸ੍ਰੀਮਤੀ [[PERSON:ਓਕਾਫ਼ੋਰ]] ਨੂੰ £650 ਮੁਆਵਜ਼ਾ।

ਜੇ ਤੁਸੀਂ ਇਸ ਜਵਾਬ ਤੋਂ ਸੰਤੁਸ਼ਟ ਨਹੀਂ, ਤਾਂ ਸਿੱਧੇ ਹਾਊਸਿੰਗ ਓਮਬਡਸਮੈਨ ਕੋਲ ਜਾ ਸਕਦੇ ਹੋ। ਮੇਰਾ ਸਿੱਧਾ ਨੰਬਰ
[[PHONE:0113 496 0571]] ਹੈ।

ਆਦਰ ਸਹਿਤ, [[PERSON:ਦੀਪਕ ਮਿਸਤਰੀ]], ਸ਼ਿਕਾਇਤਾਂ ਦੇ ਮੁਖੀ
"""),
    ),
    (
        "fv2ab-pl-01",
        "pl",
        _s("""
Przegląd skargi (etap 2) – zespół ds. skarg [[ORGANISATION:Nene Valley Homes]]. Numer skargi:
[[REFERENCE:NVH-2024-C-0342]]. Opracowała: [[PERSON:Joanna Sadowska]], specjalistka ds. skarg.

Tło: Pani [[PERSON:Ewa Nowakowska]] mieszka z mężem [[PERSON:Markiem]] i dwojgiem dzieci w
[[ADDRESS:mieszkaniu nr 14]] w bloku [[ADDRESS:Fairholme House]], Northampton, [[POSTCODE:NN1 4RB]]. Córka
[[PERSON:Zuzia]] ma [[AGE:6 lat]], a synek [[PERSON:Wojtek]] – [[AGE:2 latka]]. [[PERSON:Wojtek]] choruje na
[[HEALTH:astmę]] i [[HEALTH:atopowe zapalenie skóry]].

Co poszło nie tak:
– Pierwsze zgłoszenie pleśni w pokoju dzieci (14 listopada 2023 r., zlecenie [[REFERENCE:77120-NN]])
zamknięto po rozmowie telefonicznej, bez wizyty.
– Fachowiec z firmy [[ORGANISATION:Dampfix Midlands]], pan [[PERSON:Krzysiek]], pomalował ścianę farbą
przeciwgrzybiczną, ale nikt nie sprawdził rynny.
– Pani [[PERSON:Ewa]] dzwoniła pod numer [[PHONE:01632 960 418]] i pisała z adresu
[[EMAIL:ewa.nowakowska@example.com]]; odpowiedzi przychodziły wyłącznie po angielsku.

Pani [[PERSON:Nowakowska]] powiedziała nam: „Co rano wycierałam ścianę, a [[PERSON:Wojtuś]] kaszlał całą noc.
Myślałam, że to moja wina, bo suszę pranie w domu.”

Działania:
– 6 lutego 2024 r. inspektor [[PERSON:Paul Hendry]] znalazł pękniętą rurę spustową i mostek termiczny przy oknie.
– Naprawiono rurę, docieplono ścianę i zamontowano nowy wentylator (zlecenie [[REFERENCE:DF/2024/118]]).
– Na czas prac rodzina przeniosła się na dwie noce do siostry pani [[PERSON:Ewy]], która mieszka tuż przy
[[ADDRESS:kościele św. Wojciecha]].
– [[PERSON:Zuzia]] nie opuściła zajęć w [[ADDRESS:Polskiej Szkole Sobotniej im. Mikołaja Kopernika]], bo
dowoził ją wujek.
– Wypłaciliśmy 800 funtów odszkodowania i przeprosiliśmy na piśmie po polsku.

Wnioski: każde zgłoszenie pleśni w domu z małym dzieckiem lub osobą chorą kończy się wizytą inspektora;
język lokatora zapisujemy przy pierwszym kontakcie; nie obwiniamy rodzin za suszenie prania. Z nadzieją,
że to ostatnia taka sprawa – kontakt: [[EMAIL:skargi@nenevalley.example.org]].
"""),
    ),
    (
        "fv2ab-pl-02",
        "pl",
        _s("""
[[ORGANISATION:Hallam Gas Services Ltd]] – raport z incydentu nr [[REFERENCE:HGS-IR-0457]]. Zleceniodawca:
[[ORGANISATION:Sheaf Valley Homes]]. Nr zlecenia: [[REFERENCE:SVH-R-99103]].

Adres: [[ADDRESS:17 Wheelwright Walk]], Sheffield, [[POSTCODE:S2 5TF]]. Najemca: pan [[PERSON:Zbigniew Kowalczyk]]
(sąsiedzi mówią na niego „pan [[PERSON:Zbyszek]]”), urodzony [[DATE_OF_BIRTH:9 maja 1947]] r., choruje na
[[HEALTH:POChP]] i [[HEALTH:cukrzycę]]. Mieszka sam. Kontakt awaryjny: córka [[PERSON:Agnieszka Lis]],
[[PHONE:+44 (0)114 496 0732]], e-mail podany przez telefon jako
„[[EMAIL:agnieszka kropka lis małpa example kropka com]]”.

Przebieg: 29 grudnia 2023 r. nasz monter [[PERSON:Dariusz]] przyjechał na wezwanie, bo zadziałał czujnik czadu.
Słusznie odłączył piec, ale nie zostawił grzejników zastępczych i nie powiadomił zarządcy przed długim
weekendem. Pan [[PERSON:Kowalczyk]] przez cztery dni, razem z Nowym Rokiem, siedział bez ogrzewania. Dopiero
sąsiadka spod [[ADDRESS:dziewiętnastki]], pani [[PERSON:Halina]], przyniosła mu zupę i zadzwoniła do córki.

Pan [[PERSON:Zbigniew]] powiedział: „Siedziałem w kurtce i czapce przy telewizorze. Gdyby nie pani
[[PERSON:Halinka]], nikt by nie wiedział.”

Przyczyna: brak procedury na wypadek odłączenia urządzenia w dni wolne; dyżurny nie widział w systemie
informacji, że lokator jest osobą szczególnie narażoną.

Działania naprawcze:
1. Po każdym odłączeniu pieca monter zostawia dwa grzejniki olejowe.
2. W ciągu godziny dzwonimy do zarządcy i do osoby kontaktowej lokatora.
3. Nowy piec zamontowano 3 stycznia 2024 r. (zlecenie [[REFERENCE:HGS-INST-2024-004]]).
4. Szkolenie dla wszystkich monterów.

[[ORGANISATION:Sheaf Valley Homes]] wypłaciło 300 funtów odszkodowania i zwrot za prąd.
Podpisała: [[PERSON:Gemma Fairclough]], kierowniczka ds. jakości.
"""),
    ),
    (
        "fv2ab-pl-03",
        "pl",
        _s("""
Podsumowanie sprawy – biuro radnej [[PERSON:Bernadette Quinn]]. Sporządziła [[PERSON:Katarzyna Wróbel]],
asystentka ds. spraw mieszkańców. Sygnatura: [[REFERENCE:BQ/2024/31]].

Rodzina: państwo [[PERSON:Piotr]] i [[PERSON:Magdalena Szymańscy]] z trojgiem dzieci – [[PERSON:Kacprem]]
([[AGE:13 lat]]), [[PERSON:Leną]] ([[AGE:9 lat]]) i [[PERSON:Antosiem]] ([[AGE:4 lata]]) – oraz babcią, w
[[ADDRESS:mieszkaniu 2B]] przy [[ADDRESS:41 Witham Row]], Boston, [[POSTCODE:PE21 8SJ]]. Mieszkanie ma jedną
sypialnię. Właściciel: [[ORGANISATION:Fenland Crest Housing]]. Numer wniosku o zamianę:
[[REFERENCE:FCH/TR/20881]].

Problem: w styczniu 2024 r. urzędniczka odrzuciła wniosek o większe mieszkanie, bo uznała, że pani
[[PERSON:Magdalena]] (numer National Insurance [[NI_NUMBER:QQ452198B]]), mająca [[OTHER_SPECIAL:status osoby osiedlonej tymczasowo]]
([[OTHER_SPECIAL:pre-settled status]]), „nie ma prawa” do pomocy. To był błąd. [[PERSON:Kacper]] odrabiał
lekcje w łazience, a [[PERSON:Antoś]] spał z rodzicami. Pani [[PERSON:Szymańska]] powiedziała nam:
„Płacimy czynsz od sześciu lat. Nikt nam nie wytłumaczył, co jest nie tak.”

Co zrobiłyśmy:
– 12 marca radna napisała do [[PERSON:Alana Drury'ego]], kierownika ds. przydziałów, z kopią decyzji.
– Decyzję cofnięto w ciągu dziesięciu dni; rodzina dostała najwyższy priorytet.
– W czerwcu przeprowadziła się do domu z trzema sypialniami przy [[ADDRESS:6 Sluice Lane]], blisko
[[ADDRESS:Fenside Academy]], do której chodzi [[PERSON:Kacper]].
– [[ORGANISATION:Fenland Crest Housing]] przeprosiło i wypłaciło 500 funtów.

Wnioski: pracownicy przeszli szkolenie z zasad EU Settlement Scheme. Przypominamy, że z niezałatwioną skargą
można iść prosto do Rzecznika ds. Mieszkalnictwa, bez pośrednictwa radnego. Kontakt z biurem:
[[EMAIL:k.wrobel@councillors.example.org]], [[PHONE:01632 960 771]].
"""),
    ),
    (
        "fv2ab-pl-04",
        "pl",
        _s("""
[[ORGANISATION:Avon Gate Housing]] – przegląd wniosków (learning review), sprawa o zachowania aspołeczne
[[REFERENCE:ASB-BR-2024-115]].

Tło: Pani [[PERSON:Dorota Wiśniewska]] ([[AGE:41 lat]]) mieszka z partnerem, panem [[PERSON:Tomaszem Kaczmarkiem]]
(„[[PERSON:Tomkiem]]”), w [[ADDRESS:mieszkaniu nr 12]] w bloku [[ADDRESS:Coppice View]] na osiedlu
[[ADDRESS:Brackenfield]], Bristol, [[POSTCODE:bs137xn]]. Od października 2023 r. lokator z
[[ADDRESS:mieszkania nr 16]] krzyczał na nich na klatce „wracajcie do Polski”, a w lokalnej grupie na Facebooku
pod nickiem [[OTHER_ID:@bristolboy_1690]] nazywał panią [[PERSON:Dorotę]] „tą [[OTHER_SPECIAL:Polką]] spod
[[ADDRESS:dwunastki]]”. Ktoś porysował jej samochód ([[OTHER_ID:WR17 PZK]]). Numer zgłoszenia na policji:
[[REFERENCE:5224019873]].

Co poszło nie tak:
– Opiekunka osiedla [[PERSON:Lauren Mills]] uznała sprawę za „konflikt sąsiedzki” i zamknęła ją po trzech
tygodniach, bez rozmowy z lokatorką.
– Nie potraktowaliśmy tego jako incydentu na tle nienawiści.
– Pani [[PERSON:Wiśniewska]] zaczęła leczyć się na [[HEALTH:depresję]] i przez miesiąc nie chodziła do pracy.

Jej słowa z komisji: „Mieszkam tu osiem lat. Nagle bałam się wyjść z mieszkania po mleko.”

Działania:
– Kierownik ds. bezpieczeństwa społeczności, pan [[PERSON:Oluwaseun Bello]], wznowił sprawę 8 lutego 2024 r.
– Sprawcę zobowiązano do podpisania umowy o właściwym zachowaniu; po kolejnym wpisie sąd wydał nakaz.
– Zamontowano kamerę na klatce, a pani [[PERSON:Dorocie]] zaproponowano przeprowadzkę; zdecydowała się zostać.
– Przeprosiny na piśmie i 650 funtów odszkodowania.

Wnioski: każdą wzmiankę o pochodzeniu lokatora traktujemy jako możliwy incydent z nienawiści; sprawy nie
zamyka się bez wizyty; zrzuty ekranu z mediów społecznościowych są dowodem. Bezpośredni kontakt:
[[PHONE:0117 496 0389]].
"""),
    ),
    (
        "fv2ab-pl-05",
        "pl",
        _s("""
[[ORGANISATION:Lowther Heath Trust]] – odpowiedź na skargę (etap 1). Numer: [[REFERENCE:LHT/ST1/6612]].

Szanowna Pani [[PERSON:Marto Zielińska]],
[[ADDRESS:mieszkanie nr 5]], [[ADDRESS:Orchard Court]], [[ADDRESS:Elmfield Estate]], Londyn [[POSTCODE:W3 7PJ]]

dziękujemy za skargę z 2 kwietnia 2024 r., którą zgłosiła Pani telefonicznie i potwierdziła mailowo z adresu
„[[EMAIL:marta kropka zielinska małpa example kropka net]]”.

Ustalenia:
– Od stycznia z pionu kanalizacyjnego na klatce przeciekała woda do Pani przedpokoju i sypialni.
– Firma [[ORGANISATION:Quickflow Drainage]] była trzy razy; za trzecim razem pan [[PERSON:Bartek]] zauważył
pęknięcie rury, ale zlecenia na wymianę ([[REFERENCE:QD-30481]]) nikt nie zatwierdził przez siedem tygodni.
– Nasze listy trafiały do [[ADDRESS:mieszkania nr 15]], bo w systemie był błąd w numerze.
– Pani mąż, pan [[PERSON:Henryk]], choruje na [[HEALTH:chorobę Parkinsona]]; mokra podłoga w przedpokoju
była dla niego realnym zagrożeniem, a w marcu upadł.

Napisała Pani: „Mąż ledwo chodzi, a ja co wieczór rozkładam ręczniki. Wnuczek, [[PERSON:Kubuś]], boi się
do nas przychodzić po [[ADDRESS:przedszkolu Little Acorns]], bo w przedpokoju śmierdzi.”

Co zrobiliśmy:
– 23 kwietnia wymieniono odcinek pionu; osuszacze stały dziesięć dni.
– Poprawiliśmy numer mieszkania w systemie i wysłaliśmy kopie wszystkich listów.
– Terapeutka zajęciowa oceniła mieszkanie; zamontowano poręcz w przedpokoju.
– Przyznaliśmy 550 funtów odszkodowania, płatne na konto o numerze kończącym się na [[OTHER_ID:8831]]
(sort code [[OTHER_ID:40-17-62]]).

Jeśli nie jest Pani zadowolona z odpowiedzi, może Pani przejść do etapu 2 lub od razu zwrócić się do Rzecznika
ds. Mieszkalnictwa. Mój numer: [[PHONE:020 7946 0623]].

Z poważaniem, [[PERSON:Kinga Ostrowska]], koordynatorka ds. skarg
"""),
    ),
    (
        "fv2ab-ro-01",
        "ro",
        _s("""
Analiza reclamației (etapa a doua) – echipa de reclamații [[ORGANISATION:Harrow Weald Housing Trust]].
Nr. reclamație: [[REFERENCE:HWHT-RC-1183]]. Întocmit de [[PERSON:Andreea Munteanu]], ofițer pentru
soluționarea reclamațiilor.

Context: Doamna [[PERSON:Elena Popescu]] locuiește cu soțul ei, [[PERSON:Vasile]], și cei doi copii în
[[ADDRESS:apartamentul 9]] din blocul [[ADDRESS:Rosslyn House]], Harrow, [[POSTCODE:HA3 5TX]]. Fiica,
[[PERSON:Ana-Maria]], are [[AGE:8 ani]] și învață la [[ADDRESS:Whitchurch Vale Primary School]], iar băiatul,
[[PERSON:Ionuț]], are doar [[AGE:20 de luni]]. [[PERSON:Ionuț]] s-a născut prematur și are
[[HEALTH:displazie bronhopulmonară]].

Ce nu a mers:
– Mucegaiul din dormitorul copiilor a fost raportat pe 2 octombrie 2023 (lucrarea [[REFERENCE:RW-556102]]).
Firma [[ORGANISATION:Mouldaway Services]] l-a trimis pe [[PERSON:Lee]], care doar a dat cu vopsea.
– Scrisoarea medicului de familie de la [[ADDRESS:Kenton Bridge Surgery]] a stat trei săptămâni într-o căsuță
de e-mail comună.
– Doamna [[PERSON:Popescu]] a sunat de nouă ori la [[PHONE:020 7946 0264]]; de fiecare dată s-a deschis o
lucrare nouă.

Ne-a spus: „Dormeam cu [[PERSON:Ionuț]] în brațe, în sufragerie, ca să nu respire mucegaiul. [[PERSON:Ana-Maria]]
își făcea temele pe hol.”

Măsuri:
– Inspectorul [[PERSON:Declan Murphy]] a venit pe 11 ianuarie 2024 și a găsit o scurgere a acoperișului
deasupra dormitorului.
– S-au reparat acoperișul și izolația și s-a montat un sistem de ventilație nou (comanda [[REFERENCE:MS/24/0071]]).
– Familia a stat trei nopți la hotel, pe cheltuiala noastră.
– Am plătit 1.000 de lire despăgubire și am trimis scuze scrise în limba română.

Lecții: orice raport de mucegai dintr-o locuință cu un copil mic sau cu o persoană bolnavă primește vizita
unui inspector; scrisorile medicilor ajung direct la inspector; apelurile repetate se leagă de aceeași lucrare.
Cu speranța că nicio familie nu va mai aștepta atât, vă stăm la dispoziție:
[[EMAIL:reclamatii@harrowweald.example.org]].
"""),
    ),
    (
        "fv2ab-ro-02",
        "ro",
        _s("""
[[ORGANISATION:Thames Valley Boiler Care Ltd]] – Raport de incident nr. [[REFERENCE:TVBC-INC-0218]]. Client:
[[ORGANISATION:Kennet Homes]]. Nr. lucrare: [[REFERENCE:KH/REP/40918]].

Adresa: [[ADDRESS:22 Brambling Way]], Reading, [[POSTCODE:rg302lu]]. Chiriaș: domnul [[PERSON:Gheorghe Stan]],
[[AGE:81 de ani]], născut la [[DATE_OF_BIRTH:3 noiembrie 1942]]; vecinii îi spun „nea [[PERSON:Gică]]”. Are
[[HEALTH:insuficiență cardiacă]] și locuiește singur. Persoană de contact: fiica, doamna
[[PERSON:Mihaela Dobre]], [[PHONE:07700 900 583]].

Ce s-a întâmplat: în decembrie 2023 centrala a pierdut presiune de trei ori. De fiecare dată, tehnicianul
nostru, [[PERSON:Ravi]], a refăcut presiunea fără să caute scurgerea. Pe 18 ianuarie 2024, într-o noapte cu minus
cinci grade, centrala s-a blocat. A doua zi dimineață, vecina de la [[ADDRESS:numărul 24]], doamna
[[PERSON:Speranța Ionescu]], l-a găsit pe domnul [[PERSON:Stan]] înfrigurat și confuz și a chemat ambulanța.
La spital a fost tratat pentru [[HEALTH:hipotermie]].

Doamna [[PERSON:Dobre]] ne-a scris: „Tata nu se plânge niciodată. Mi-a zis la telefon că e «doar puțin frig».”

Cauza: fiecare vizită a fost tratată ca o lucrare nouă; tehnicianul nu vedea istoricul și nici faptul că
clientul e vulnerabil.

Măsuri corective:
1. La a treia chemare pentru aceeași problemă vine obligatoriu un supervizor.
2. Scurgerea a fost găsită sub parchet, la robinetul unui calorifer, și reparată pe 19 ianuarie; s-a schimbat
și vasul de expansiune.
3. Lista clienților vulnerabili se trimite săptămânal de la [[ORGANISATION:Kennet Homes]] și apare pe tableta
fiecărui tehnician.
4. Domnul [[PERSON:Gheorghe]] a primit două calorifere electrice de rezervă.

[[ORGANISATION:Kennet Homes]] a plătit 500 de lire despăgubire. Semnat: [[PERSON:Sarah Pryce]], director de
operațiuni, [[EMAIL:s.pryce@tvboilercare.example.com]].
"""),
    ),
    (
        "fv2ab-ro-03",
        "ro",
        _s("""
Rezumat de caz – biroul consilierului local [[PERSON:Kieran Doyle]]. Redactat de [[PERSON:Florina Căldăraru]],
asistent social de caz. Dosar nr. [[REFERENCE:KD-2024-058]].

Familia: domnul [[PERSON:Marian Stoica]] și doamna [[PERSON:Lenuța Stoica]], o familie [[OTHER_SPECIAL:romă]], cu
cinci copii: [[PERSON:Denisa]] ([[AGE:15 ani]]), [[PERSON:Robert]] ([[AGE:12 ani]]), gemenii [[PERSON:Sorin]] și
[[PERSON:Sorina]] ([[AGE:7 ani]]) și bebelușa [[PERSON:Bianca]], născută pe [[DATE_OF_BIRTH:douăzeci și doi
aprilie două mii douăzeci și trei]]. Locuiesc la [[ADDRESS:14 Carriage Row]], Derby, [[POSTCODE:DE23 6QS]], într-o
casă cu două dormitoare de la [[ORGANISATION:Derwent Riverside Homes]]. Nr. în registrul de locuințe:
[[REFERENCE:DRH-HR-58821]]; nr. reclamație: [[REFERENCE:DRH/C/3377]].

Problema: șapte oameni în două dormitoare. În 2023, un ofițer a scris în dosar că familia „alege să trăiască
așa” și a coborât-o în categoria de prioritate. Doamna [[PERSON:Lenuța]] mi-a spus: „Ne-au zis că așa ne
place nouă, să stăm înghesuiți. Nimănui nu-i place.” [[PERSON:Denisa]], care învață la
[[ADDRESS:Littleover Heights Academy]], își făcea temele în baie.

Ce am făcut:
– Pe 5 februarie 2024, consilierul a trimis cazul doamnei [[PERSON:Rachel Ainsworth]], șefa serviciului de
opțiuni locative, cu o plângere pentru discriminare.
– Decizia a fost anulată în zece zile; nota din dosar a fost ștearsă, iar ofițerul a urmat un curs.
– În iulie familia s-a mutat într-o casă cu patru dormitoare, la [[ADDRESS:3 Millstone Close]], aproape de
biserica unde merg duminica, [[ADDRESS:Biserica Betel]].
– Asociația și-a cerut scuze și a plătit 900 de lire.

Lecții: niciun ofițer nu scrie presupuneri despre originea unei familii; supraaglomerarea se evaluează după
lege, nu după păreri. Familiile pot merge direct la Ombudsmanul pentru Locuințe, fără consilier.
Contact: [[PHONE:01632 960 590]], [[EMAIL:florina.caldararu@example.org]].
"""),
    ),
    (
        "fv2ab-ro-04",
        "ro",
        _s("""
[[ORGANISATION:Roding Valley Housing]] – analiză de învățare: ploșnițe și comunicare. Nr. reclamație
[[REFERENCE:RVH-24-C-0219]].

Context: Doamna [[PERSON:Maria Constantinescu]], [[AGE:58 de ani]], locuiește singură în
[[ADDRESS:garsoniera nr. 4]] din [[ADDRESS:Beechwood Court]], Barking, [[POSTCODE:IG11 7PD]]. Lucrează în ture de
noapte ca îngrijitoare. Merge în fiecare duminică la [[ADDRESS:Parohia Ortodoxă Română „Sfântul Nicolae”]], la
două străzi de bloc.

Ce s-a întâmplat: în martie 2024 [[PERSON:Mariei]] i-au apărut mușcături pe brațe și o [[HEALTH:urticarie]]
severă. Firma [[ORGANISATION:Bugbusters London]] a trimis un tehnician, pe [[PERSON:Ade]], care a lăsat o
scrisoare: toată garsoniera trebuia golită și hainele spălate la 60 de grade în 48 de ore. Doamna
[[PERSON:Constantinescu]] era la serviciu, a ratat a doua programare și a primit o taxă de „acces refuzat”
de 75 de lire (lucrarea [[REFERENCE:BBL-6640]]).

Nepotul ei, [[PERSON:Alexandru]] („[[PERSON:Alex]]”), a scris pe pagina noastră de Facebook de pe profilul
[[OTHER_ID:facebook.com/alex.constantinescu.ro]]: „Mătușa mea muncește noaptea ca să plătească chiria. Când să
golească apartamentul?”

Ce am învățat:
– Scrisorile despre dăunători erau doar în engleză și nu țineau cont de programul de lucru.
– Taxa de acces refuzat nu trebuia aplicată la prima programare ratată.
– Nimeni nu a sunat-o înainte.

Ce am schimbat:
– Managerul serviciilor pentru chiriași, [[PERSON:Nadia Rahman]], a anulat taxa și a sunat-o personal.
– S-a făcut tratament termic într-o sâmbătă, iar doamna [[PERSON:Maria]] a primit un voucher pentru saltea nouă.
– Programările pentru dăunători se pot face acum seara și în weekend.
– Despăgubire: 350 de lire.

Doamna [[PERSON:Constantinescu]] ne-a spus la final: „Nu voiam bani. Voiam doar să doarmă cineva și în locul
meu o noapte cu ploșnițele astea.” Contact: [[PHONE:020 7946 0148]].
"""),
    ),
    (
        "fv2ab-ro-05",
        "ro",
        _s("""
[[ORGANISATION:Medway Heights Housing]] – răspuns la reclamație (etapa 2) și notă pentru Ombudsman. Nr.
reclamație [[REFERENCE:MHH-S2-7730]]; dosarul Ombudsmanului pentru Locuințe: [[REFERENCE:202401156]].

Stimate domnule [[PERSON:Ion Vasilescu]],
[[ADDRESS:apartamentul 74]], etajul 12, [[ADDRESS:Hatherley Tower]], Chatham, [[POSTCODE:ME4 6JB]]

Ați reclamat, împreună cu soția dumneavoastră, doamna [[PERSON:Viorica Vasilescu]] („tanti [[PERSON:Vio]]”, cum
îi spun vecinii), că ambele lifturi au fost oprite între 3 și 19 februarie 2024. Știm că, după
[[HEALTH:amputația]] de anul trecut, cauzată de [[HEALTH:diabet]], folosiți scaun cu rotile și nu puteți
coborî cele douăsprezece etaje.

Ce am constatat:
– Firma [[ORGANISATION:Kestrel Lift Services]] a așteptat o piesă din Italia; tehnicianul [[PERSON:Jordan]]
ne-a anunțat din prima zi, dar nu v-am contactat.
– Când v-am oferit o cameră de hotel, colegul nostru v-a cerut buletinul și a refuzat cartea de identitate
românească nr. [[OTHER_ID:RX482193]] ca „nevalabilă”. A fost o greșeală.
– Ați pierdut două ședințe de dializă programate la spital și a fost nevoie de ambulanță.

Ați scris: „Șaisprezece zile am văzut cerul doar pe geam. [[PERSON:Vio]] urca și cobora cu sacoșele, la [[AGE:șaptezeci de ani]].”

Ce am făcut:
– Am adoptat regula: după 48 de ore fără lift, mutare temporară sau scaun special de evacuare.
– Am instruit personalul: orice act de identitate valabil din UE este acceptat.
– Vă plătim 1.200 de lire, în contul care se termină în [[OTHER_ID:6628]].

Dacă nu sunteți mulțumit, puteți continua la Ombudsmanul pentru Locuințe. Mă puteți suna la
[[PHONE:01632 960 345]] sau scrie la [[EMAIL:m.okoro@medwayheights.example.net]].

Cu respect, [[PERSON:Michael Okoro]], șef al serviciului de reclamații
"""),
    ),
    (
        "fv2ab-ur-01",
        "ur",
        _s("""
شکایت کا جائزہ (دوسرا مرحلہ) – [[ORGANISATION:Aire Valley Homes]] کی شکایات ٹیم۔ شکایت نمبر:
[[REFERENCE:AVH-CMP-60218]]۔ تیار کردہ: [[PERSON:صائمہ رشید]]، شکایات افسر۔

پس منظر: مسز [[PERSON:نسرین اختر]] ([[PERSON:Nasreen Akhtar]]) اپنے شوہر [[PERSON:محمد اشفاق]] اور تین بچوں
کے ساتھ [[ADDRESS:مکان نمبر ۴۷، Ferncliffe Terrace]]، بریڈفورڈ [[POSTCODE:BD8 7JQ]] میں رہتی ہیں۔ بڑی بیٹی
[[PERSON:عائشہ]] کی عمر [[AGE:۹ سال]]، بیٹے [[PERSON:حمزہ]] کی [[AGE:۶ سال]] اور سب سے چھوٹی [[PERSON:زینب]] کی
[[AGE:۱۱ ماہ]] ہے۔ [[PERSON:حمزہ]] کو [[HEALTH:دمہ]] ہے۔ گھر [[ADDRESS:مسجد نور الاسلام]] کے بالکل سامنے ہے، اور
خاندان کا جی پی [[ADDRESS:Thornbury Park Surgery]] میں ہے۔

کیا غلط ہوا:
- اکتوبر ۲۰۲۳ سے بچوں کے کمرے میں سیاہ پھپھوندی کی تین رپورٹیں "نمی، کھڑکیاں کھولیں" لکھ کر بند کر دی گئیں۔
- [[ORGANISATION:Yorkshire Dry Homes]] کے کاریگر [[PERSON:شان]] نے دیوار صاف کر کے پینٹ کر دی، وجہ تلاش نہیں کی۔
- مسز [[PERSON:اختر]] نے مرمت لائن [[PHONE:۰۱۱۳ ۴۹۶ ۰۸۲۶]] پر سات بار فون کیا؛ ہر بار نیا کام کھولا گیا۔
- جی پی کا خط، جس میں [[PERSON:حمزہ]] کے دمے کا ذکر تھا، سرویئر تک نہیں پہنچا۔

مسز [[PERSON:نسرین]] نے ہمیں بتایا: «میں ہر صبح دیوار صاف کرتی تھی، اور [[PERSON:حمزہ]] رات بھر کھانستا رہتا
تھا۔ مجھے لگتا تھا کہ شاید قصور میرا ہی ہے۔»

ہم نے کیا کیا:
- سرویئر [[PERSON:اینڈریو ہال]] ۸ فروری ۲۰۲۴ کو آئے اور چھت میں غائب انسولیشن اور ٹوٹا ہوا پرنالہ پایا۔
- انسولیشن ڈالی گئی، پرنالہ بدلا گیا اور نیا ایگزاسٹ فین لگا (کام نمبر [[REFERENCE:YDH/3318/24]])۔
- ۹۵۰ پاؤنڈ معاوضہ اور اردو میں تحریری معافی۔

سبق: بچوں یا بیمار افراد والے گھر میں پھپھوندی کی ہر شکایت پر سرویئر جائے گا؛ کسی خاندان کو اس کے رہن سہن
کا قصوروار نہیں ٹھہرایا جائے گا۔ ہمیں امید ہے کہ آئندہ کسی کو اتنا انتظار نہیں کرنا پڑے گا۔ رابطہ:
[[EMAIL:complaints@airevalley.example.org]]۔
"""),
    ),
    (
        "fv2ab-ur-02",
        "ur",
        _s("""
[[ORGANISATION:Irwell Plumbing & Heating]] – واقعے کی رپورٹ نمبر [[REFERENCE:IPH-IR-24-019]]۔ کلائنٹ:
[[ORGANISATION:Longford Park Housing]]۔ کام نمبر [[REFERENCE:IPH-77031]]۔

پتہ: [[ADDRESS:فلیٹ ۲، 118 Dunstan Road]]، مانچسٹر [[POSTCODE:M13 0XP]] – فلیٹ [[ADDRESS:Madina Cash & Carry]] کے
اوپر ہے۔ کرایہ دار: جناب [[PERSON:غلام رسول]] صاحب، عمر [[AGE:۸۳ سال]]، [[OTHER_SPECIAL:کشمیری]]، اکیلے رہتے ہیں۔
انہیں [[HEALTH:گردوں کی بیماری]] ہے اور ہفتے میں تین بار ہسپتال میں ڈائیلاسز ہوتا ہے۔ رابطہ: بیٹا
[[PERSON:طارق رسول]]، [[PHONE:+44 7700 900 346]]۔

واقعہ: ۳ فروری ۲۰۲۴ کو رات گیارہ بجے چھت کی ٹنکی اوور فلو ہوئی اور پانی سونے کے کمرے میں بھر گیا۔ [[PERSON:طارق]]
نے ایمرجنسی لائن [[PHONE:0161 496 0902]] پر فون کیا، مگر کال "غیر فوری" درج ہوئی۔ ہمارا پلمبر [[PERSON:ڈینی]]
نو گھنٹے بعد پہنچا۔ [[PERSON:رسول]] صاحب ساری رات گیلے کمرے میں کرسی پر بیٹھے رہے، کیونکہ بستر بھیگ چکا تھا، اور اگلی
صبح ڈائیلاسز کے لیے گئے۔

ان کے الفاظ: «بیٹا، میں نے سوچا صبح تک کوئی آ جائے گا۔ بس پھسلنے کا ڈر تھا۔»

بنیادی وجہ:
۱۔ کال سینٹر کے سوالنامے میں "پانی بجلی کے قریب ہے؟" کا سوال نہیں تھا۔
۲۔ کرایہ دار کی صحت کی معلومات ہمیں نہیں بھیجی گئی تھیں۔

اصلاحی اقدامات:
۱۔ اندر پانی آنے کی ہر کال اب ایمرجنسی ہے، چار گھنٹے کے اندر حاضری۔
۲۔ [[ORGANISATION:Longford Park Housing]] ہر ہفتے کمزور کرایہ داروں کی فہرست بھیجتی ہے۔
۳۔ ٹنکی کا نیا فلوٹ والو اور اوور فلو پائپ ۵ فروری کو لگایا گیا؛ الیکٹریشن [[PERSON:عمر فاروق]] نے وائرنگ چیک کی۔
۴۔ نیا بستر اور گدا مالک مکان نے دیا، اور ۴۰۰ پاؤنڈ معاوضہ۔

رپورٹ بند کرنے والے: [[PERSON:Siobhan Kelly]]، آپریشنز مینیجر، [[EMAIL:s.kelly@irwellph.example.com]]۔
"""),
    ),
    (
        "fv2ab-ur-03",
        "ur",
        _s("""
کونسلر [[PERSON:شازیہ بٹ]] کا کیس ورک خلاصہ۔ فائل نمبر [[REFERENCE:SB/2024/082]]۔

خاندان: مسٹر [[PERSON:عمران قریشی]] اور مسز [[PERSON:رضیہ قریشی]]، بچے [[PERSON:علی]] ([[AGE:۱۳ سال]])،
[[PERSON:مریم]] ([[AGE:۱۰ سال]]) اور [[PERSON:یوسف]]، جو [[DATE_OF_BIRTH:سات جولائی دو ہزار سولہ]] کو پیدا ہوا۔
ساتھ میں دادی جان بھی رہتی ہیں۔ پتہ: [[ADDRESS:29 Hartfield Close]]، برمنگھم [[POSTCODE:b83rt]]۔ تین کمروں کا
گھر، مالک مکان [[ORGANISATION:Heartlands Community Homes]]۔ ہاؤسنگ رجسٹر نمبر [[REFERENCE:HCH-REG-11902]]۔

[[PERSON:یوسف]] کو [[HEALTH:ڈاؤن سنڈروم]] اور [[HEALTH:دل کا عارضہ]] ہے؛ رات کو آکسیجن مشین لگتی ہے۔ وہ
[[ADDRESS:Bromford Vale School]] جاتا ہے، جبکہ [[PERSON:علی]] اور [[PERSON:مریم]] [[ADDRESS:Cotterills Park School]]
میں پڑھتے ہیں۔

مسئلہ: چھ افراد، تین کمرے۔ [[PERSON:یوسف]] کی مشین کے لیے الگ کمرہ چاہیے، اس لیے [[PERSON:علی]] لاؤنج میں سوتا
ہے۔ طبی ترجیح کا فارم جون ۲۰۲۳ میں جمع ہوا مگر اس کا جائزہ کبھی نہیں لیا گیا۔ پہلے مرحلے کی شکایت
([[REFERENCE:HCH-C-4471]]) کا جواب آیا کہ "چار کمروں کے گھر دستیاب نہیں"۔ مسٹر [[PERSON:عمران]] نے مجھ سے
کہا: «ہم کوئی محل نہیں مانگ رہے، بس ایک کمرہ جہاں بچہ سکون سے سانس لے سکے۔»

میں نے کیا کیا:
- ۱۱ مارچ ۲۰۲۴ کو لیٹنگز مینیجر [[PERSON:مائیکل اوبرائن]] ([[PERSON:Michael O'Brien]]) کو خط لکھا اور ڈاکٹر کی رپورٹ ساتھ لگائی۔
- دو ہفتوں میں طبی جائزہ ہوا اور خاندان کو بینڈ ون ملا۔
- جولائی میں براہِ راست پیشکش کے ذریعے چار کمروں کا موزوں گھر ملا، [[ADDRESS:8 Nechells Row]] پر، اور کرائے کی کمی کے لیے ۷۰۰ پاؤنڈ معاوضہ۔

یاد رکھیں: اب ہاؤسنگ اومبڈزمین کے پاس جانے سے پہلے کونسلر کے پاس آنا ضروری نہیں، لیکن میرا دروازہ کھلا ہے۔
رابطہ: [[PHONE:0121 496 0215]]، [[EMAIL:shazia.butt@councillors.example.net]]۔
"""),
    ),
    (
        "fv2ab-ur-04",
        "ur",
        _s("""
[[ORGANISATION:Roch Valley Housing]] – سیکھنے کا جائزہ: اینٹی سوشل رویہ۔ کیس نمبر [[REFERENCE:RVH-ASB-0561]]۔

پس منظر: محترمہ [[PERSON:فرحانہ بی بی]] ([[AGE:۲۹ سال]]) اپنے دو بچوں، [[PERSON:منیبہ]] ([[AGE:۷ سال]]) اور
[[PERSON:ایان]] ([[AGE:۴ سال]]) کے ساتھ [[ADDRESS:Greenacre House]] کے [[ADDRESS:فلیٹ ۱۹]] میں رہتی ہیں، جو
[[ADDRESS:Beckfield Estate]] پر ہے، راچڈیل [[POSTCODE:OL11 1XT]]۔ [[PERSON:منیبہ]] [[ADDRESS:Beckfield Primary School]]
جاتی ہے۔

کیا ہوا: ستمبر ۲۰۲۳ سے سیڑھیوں میں منشیات کا کاروبار ہونے لگا۔ رات کو ایک گاڑی [[OTHER_ID:YH20 LMK]] بلاک کے
دروازے پر کھڑی رہتی۔ جب محترمہ [[PERSON:فرحانہ]] نے شکایت کی تو انہیں اسنیپ چیٹ پر [[OTHER_ID:@beckfield_rico]]
سے دھمکیاں ملنے لگیں۔ انہیں پہلے سے [[HEALTH:ڈپریشن]] تھا جو اس دوران بڑھ گیا۔ پولیس حوالہ
[[REFERENCE:14/90321/23]]۔

کیا غلط ہوا:
- نیبرہڈ آفیسر [[PERSON:کونر ریڈ]] نے تین ہفتے بعد کیس یہ کہہ کر بند کر دیا کہ "ثبوت ناکافی ہیں"۔
- مرکزی دروازے کا تالا پانچ ماہ ٹوٹا رہا (مرمت نمبر [[REFERENCE:RV-212874]])۔
- محترمہ [[PERSON:فرحانہ]] سے کبھی ملاقات نہیں کی گئی؛ صرف خط بھیجے گئے۔

ان کے الفاظ: «میں بچوں کو اسکول لے جاتے ہوئے سیڑھیوں پر آنکھیں بند کر کے گزرتی تھی۔ [[PERSON:ایان]] پوچھتا تھا
کہ وہ لوگ روز وہاں کیوں ہوتے ہیں۔»

اقدامات:
- کمیونٹی سیفٹی کی سربراہ [[PERSON:یاسمین پٹیل]] نے ۱۵ جنوری ۲۰۲۴ کو کیس دوبارہ کھولا اور خود گھر گئیں۔
- نیا دروازہ اور کیمرے لگائے گئے؛ پولیس کے ساتھ مل کر عدالت سے بندش کا حکم لیا گیا۔
- خاندان کو عارضی طور پر دوسرے بلاک میں منتقل کرنے کی پیشکش ہوئی؛ انہوں نے رہنا پسند کیا۔
- ۶۰۰ پاؤنڈ معاوضہ اور تحریری معافی۔

سبق: دھمکیوں کے اسکرین شاٹ ثبوت ہیں؛ بچوں والے گھر کا کیس ملاقات کے بغیر بند نہیں ہو گا۔ رابطہ:
[[PHONE:0161 496 0738]]۔
"""),
    ),
    (
        "fv2ab-ur-05",
        "ur",
        _s("""
[[ORGANISATION:Eastway Gate Homes]] – شکایت کے جواب کا خلاصہ (پہلا مرحلہ)۔ حوالہ [[REFERENCE:EGH/2024/C/0715]]۔

کرایہ دار: محترمہ [[PERSON:زبیدہ خانم]]، عمر [[AGE:۷۶ سال]]، تاریخ پیدائش [[DATE_OF_BIRTH:۱۲ اکتوبر ۱۹۴۷]]۔ پتہ:
[[ADDRESS:15 Westbury Lane]]، ایسٹ ہیم، لندن [[POSTCODE:E6 2LN]]۔ انہیں [[HEALTH:گٹھیا]] اور
[[HEALTH:ہائی بلڈ پریشر]] ہے۔ شکایت ان کی پوتی [[PERSON:ثناء]] ([[PERSON:Sana]]) نے درج کروائی،
[[EMAIL:sana.k@example.net]]، [[PHONE:07700 900 794]]۔

کیا ہوا: نومبر ۲۰۲۳ میں گھر کے تین اسٹوریج ہیٹر خراب ہو گئے۔ [[ORGANISATION:Capital Warmth Ltd]] کے انجینئر
[[PERSON:عادل]] نے آ کر بتایا کہ دو ہیٹر بدلنے ہوں گے۔ اس کے بعد ہاؤسنگ آفیسر نے غلطی سے لکھا کہ یہ "کرایہ دار
کا نقصان" ہے، اور مرمت کے ۳۸۰ پاؤنڈ محترمہ [[PERSON:زبیدہ]] کے کرائے کے کھاتے میں ڈال دیے۔ اسی دوران ان کے
ہاؤسنگ بینیفٹ کے فارم پر قومی بیمہ نمبر [[NI_NUMBER:QQ 87 65 43 A]] غلط درج ہونے سے بینیفٹ رک گیا اور بقایا
کرائے کا نوٹس آ گیا۔

[[PERSON:ثناء]] نے لکھا: «دادی سردی میں دو سویٹر پہن کر بیٹھی تھیں، اور اوپر سے انہیں خط ملا کہ وہ کرایہ
نہیں دے رہیں۔ وہ رات بھر روتی رہیں۔»

ہمارا فیصلہ: شکایت درست ہے۔
- ۳۸۰ پاؤنڈ کی رقم کھاتے سے ہٹا دی گئی اور بقایا کا نوٹس واپس لیا گیا۔
- ۶ دسمبر کو [[PERSON:عادل]] نے تینوں ہیٹر بدل دیے (کام نمبر [[REFERENCE:CW-48816]])۔
- بینیفٹ ٹیم سے رابطہ کر کے نمبر درست کروایا گیا۔
- ۳۰۰ پاؤنڈ معاوضہ اکاؤنٹ نمبر کے آخری ہندسوں [[OTHER_ID:2219]] والے کھاتے میں، سورٹ کوڈ [[OTHER_ID:20-45-77]]۔

سبق: کسی خرابی کو کرایہ دار کا نقصان قرار دینے سے پہلے انجینئر کی رپورٹ دیکھی جائے گی۔ اگر آپ مطمئن نہیں تو
دوسرے مرحلے یا ہاؤسنگ اومبڈزمین کے پاس جا سکتی ہیں۔

[[PERSON:ریچل اوکافور]]، شکایات کوآرڈینیٹر، [[PHONE:020 7946 0561]]
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
