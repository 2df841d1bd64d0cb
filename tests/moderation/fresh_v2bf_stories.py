"""Fresh version-2 PII test stories, batch bf.

Filled-in forms. Every story is a landlord's complaint or case-study form ("what went wrong, how it
was put right, what has changed") copied out as text, with labelled fields in the writer's language
and often English labels beside them. The writers are tenants, their grown-up sons, daughters and
grandchildren, and the odd support worker, and they fill the boxes the way people really do: in
capitals or all lower case, half in English, with "see above", dates of birth in every format
(native digits, words, two-digit years, Roman months), blank fields, answers running into the next
box, household members listed with their ages, and long free-text answers that name people, blocks,
schools, surgeries and contractors again. Office-use boxes carry officers' initials (marked as names)
and case numbers. Language names used as languages ("Interpreter: Arabic") are not marked; the same
words describing a person's origin are.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 7 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 25.7% of 35, recall 93.7%, precision 82.7%, on the committed
detector 8c99654 (after round 51); leak-free by language ar 1, bn 1, en 1, pa 0, pl 1, ro 2, ur 3 of 5.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2bf-en-01",
        "en",
        _s("""
STAGE 2 COMPLAINT / CASE STUDY FORM (copied from the paper form by a volunteer)
Name: [[PERSON:MARGARET O'SULLIVAN]] (everyone calls me [[PERSON:Peggy]])
Date of birth: [[DATE_OF_BIRTH:2.2.51]]
Address: [[ADDRESS:FLAT 14 CROWTHER HOUSE]], [[ADDRESS:2 BANKFIELD RD]], BRAMLEY, LEEDS
Postcode: [[POSTCODE:LS13 3QT]]
Phone: [[PHONE:0113 496 0742]] (house) mobile - DONT HAVE ONE
Email: -
Tenancy / account no: [[REFERENCE:AEH-T-0093318]]
Who else lives with you: Grandson [[PERSON:CIAN]] age [[AGE:17]] - weekends only
Your landlord: [[ORGANISATION:AIREDALE EXAMPLE HOMES]]
What went wrong: THE LIFT. Both lifts in [[ADDRESS:Crowther House]] went off on 4th December and one
was still off in February. I am on the 7th floor and I have [[HEALTH:COPD]] and a walking frame. I
missed two hospital appointments and my inhaler ran out because I could not get down. The lift firm,
[[ORGANISATION:Pennine Lift Services Ltd]], kept saying parts were coming from Italy. Mr
[[PERSON:Okonjo]] at [[ADDRESS:no. 15]] carried my shopping up every Friday, god bless him.
What did they do to put it right: Stage 1 was a letter saying "we apologise for any inconvenience",
which I did not accept. After stage 2 a lady called [[PERSON:Rachel Halloran]] came out herself. She
moved me to [[ADDRESS:Flat 2]] on the ground floor for three weeks, paid £450 and the electric for
the nebuliser, and got the second lift fixed by a different firm.
What has changed: SEE ABOVE and also they now keep a list of who can't manage stairs and ring us
every day when a lift is down. Lift firm has to fix in 48 hours or pay.
Can we contact you: Yes - ring after 11, not mornings. [[PERSON:Cian]] can help with email.
Signature: [[PERSON:M. O'Sullivan]] Date: 11/03/25
FOR OFFICE USE - Received by: [[PERSON:RH]] Case no: [[REFERENCE:AEH-C2-25-0417]] Vulnerability flag added: Y
"""),
    ),
    (
        "fv2bf-en-02",
        "en",
        _s("""
Resident Case Study - "Putting Things Right" (online form, printed)
Full name: [[PERSON:Delroy Augustine Clarke-Samuels]]
DOB: [[DATE_OF_BIRTH:14th Sept 1979]]
Address: [[ADDRESS:27b Mina Terrace]], Bristol
Postcode: [[POSTCODE:bs59qe]]
Phone: home [[PHONE:0117 496 0518]] / mob [[PHONE:07700 900263]]
Email: [[EMAIL:d dot clarkesamuels at example dot net]] (not my work one)
Tenancy number: [[REFERENCE:0045/2291/BR]]
Who else lives with you: partner [[PERSON:Marcia]] ([[AGE:42]]), [[PERSON:Kezia]] [[AGE:11]],
[[PERSON:Tamsin]] [[AGE:8]]
Your landlord: [[ORGANISATION:Avonside Example Housing Association]]
What went wrong: No heating or hot water on and off from October to January. [[PERSON:Tamsin]] has
[[HEALTH:sickle cell anaemia]] and the cold brings on her crises, she was admitted twice. The gas
contractor [[ORGANISATION:Severn Gas & Heating]] booked and missed 5 appointments, once they put "no
access" when [[PERSON:Marcia]] was sat in the front room all day. [[PERSON:Kezia]] was doing homework
in her coat. In the end I took the girls to my mum's and drove them to [[ADDRESS:Easton Example
Primary]] every morning.
What did they do to put it right: Stage 1 was no good. Stage 2 was handled by [[PERSON:Josh
Penrose]] who actually rang me back same day. New boiler in 3 days, £600 plus £85 for the heaters we
bought, and a letter from [[PERSON:Nkechi Obi]] (Director of Property) saying sorry.
What has changed: Our home is flagged "child with medical need - heating" so any loss of heat is an
emergency now. They text the day before, and the contractor has to send a photo of the door if they
say no access.
Can we contact you: yes text is best
Signature: [[PERSON:D. Clarke-Samuels]] Date: 2 March 2025
Office use: Officer [[PERSON:JP]] | Ref [[REFERENCE:AEHA-CMP-55120]] | Consent for case study: Y
"""),
    ),
    (
        "fv2bf-en-03",
        "en",
        _s("""
HOUSING COMPLAINT - CASE STUDY FORM (completed by support worker with tenant, interpreter present)
Name: [[PERSON:HODAN WARSAME ABDI]]
Date of birth: [[DATE_OF_BIRTH:1990-06-23]]
Address: [[ADDRESS:Flat 6, 41 Larches Green]], Sparkbrook, Birmingham [[POSTCODE:B11 1RE]]
Phone: [[PHONE:0121 496 0385]] ([[PERSON:Hodan]]) - if no answer try me, [[PERSON:Shauna]],
[[PHONE:07700 900 127]]
Email: none
NI no: [[NI_NUMBER:QQ 48 21 67 D]]
Tenancy no: [[REFERENCE:BVH/0112/06]]
Ethnicity (optional): [[OTHER_SPECIAL:Black African - Somali]] Religion: [[OTHER_SPECIAL:Muslim]]
Immigration status: [[OTHER_SPECIAL:Refugee]], granted 2019, BRP [[OTHER_ID:ZR9152804]]
Who else lives with you: [[PERSON:Abdirahman]] [[AGE:9]], [[PERSON:Liban]] [[AGE:5]] (has
[[HEALTH:autism]]), baby [[PERSON:Ayaan]] [[AGE:10 months]]
Your landlord: [[ORGANISATION:Balsall Vale Homes]]
What went wrong: Black mould in both bedrooms and the bathroom, reported since 2022. The contractor
[[ORGANISATION:Dampfix Midlands Ltd]] painted over it twice. [[PERSON:Liban]] licks the walls when he
is upset and the health visitor was worried. [[PERSON:Hodan]] was told it was "lifestyle" - drying
clothes inside - but she has no balcony and no dryer.
What did they do to put it right: After the stage 2 complaint, [[PERSON:Tariq Mahmood]] (surveyor)
came with a Somali interpreter, agreed it was a ventilation fault, fitted two extractor fans and a
PIV unit, treated all the mould, replaced the boys' mattresses and paid £350. The letter apologised
for the word "lifestyle".
What has changed: "Lifestyle" is out of their damp letters. Damp reports get a survey within 10 days.
[[PERSON:Liban]]'s room has anti-mould paint and is checked every 3 months.
Can we contact you: Yes via support worker
Signed: [[PERSON:Shauna McGrath]] (support worker) for [[PERSON:H. Abdi]] Date: 19/02/2025
For office use: Case [[REFERENCE:BVH-ST2-8841]], logged by [[PERSON:TM]]
"""),
    ),
    (
        "fv2bf-en-04",
        "en",
        _s("""
Complaint form (tenant wrote in English, mistakes left as written)
Name / Ім'я: [[PERSON:Vasyl Hrytsenko]]
Date of birth: [[DATE_OF_BIRTH:07 Nov 1968]]
Address: [[ADDRESS:44 Elmore Court, Ferrier St]], London
Postcode: [[POSTCODE:se8 3pw]]
Phone: [[PHONE:+44 (0)20 7946 0631]]
Email: [[EMAIL:vasyl.h68@example.com]]
Tenancy number: [[REFERENCE:LWH 7730 912]]
Status: [[OTHER_SPECIAL:Homes for Ukraine visa]], BRP [[OTHER_ID:ZU4019376]]
Who else lives with you: wife [[PERSON:Halyna]] [[AGE:55]], her mother [[PERSON:Nadiia
Bondarchuk]] [[AGE:81]] - she has [[HEALTH:dementia]]
Your landlord: [[ORGANISATION:Creekside Example Housing]]
What went wrong: Water come from flat upstairs, [[ADDRESS:number 48]], from May. I report 6 times.
Neighbour Mr [[PERSON:Afolabi]] say is not his pipe. In August ceiling in kitchen fall down in night,
mother-in-law was confused and scared, she think it is bombing again. Contractor
[[ORGANISATION:Capital Roof & Pipe Ltd]] come, look, go. Nobody fix.
What did they do to put it right: I make complaint with help of my daughter [[PERSON:Oksana]] (she
live in Kent). Then surveyor Ms [[PERSON:Róisín Keane]] come same week, find broken waste pipe under
bath in [[ADDRESS:no. 48]], fix it. New ceiling, kitchen painted, they pay £820 and money for
electricity of dehumidifier (2 months).
What has changed: Ms [[PERSON:Keane]] tell me now leak over electric or ceiling is emergency, 24
hours. They make note that [[PERSON:Nadiia]] is vulnerable and they must phone before visit so she
not frighten.
Can we contact you: Yes, email please, my English on phone is not so good
Signature: [[PERSON:V. Hrytsenko]] Date: 05.12.2024
Office use only: Stage 2 / Officer [[PERSON:RK]] / Case no [[REFERENCE:CEH-24-C-3391]] / Ombudsman: not needed
"""),
    ),
    (
        "fv2bf-en-05",
        "en",
        _s("""
tenant story form - "how we put it right" (sent in by email)
name: [[PERSON:kayleigh-ann brogan]]
dob: [[DATE_OF_BIRTH:03/12/01]]
address: [[ADDRESS:flat 3]] (above [[ADDRESS:Kumar's Spar]]), [[ADDRESS:212 wilbraham rd]], chorlton
postcode: [[POSTCODE:m21 0ux]]
phone: [[PHONE:07700 900 918]]
email: [[EMAIL:kayleighannb@example.org]]
insta: [[OTHER_ID:@kayleighs_flat_diaries]] (door pics are on there)
tenancy ref: [[REFERENCE:MEH000781204]]
who else lives with you: my son [[PERSON:reuben]] hes [[AGE:2]]. my partner [[PERSON:Tyrese
Campbell]] ([[AGE:24]]) stays most nights but hes not on the tenancy
your landlord: [[ORGANISATION:Mersey Bank Example Homes]]
what went wrong: someone kicked the door in on 9 nov when we were at my nan's. police gave a crime
ref [[REFERENCE:CR/0198233/24]]. i rang out of hours and they said a joiner would board it that
night, no one came. 6 nights with the door held shut with a wardrobe and a 2 year old. the joiners
[[ORGANISATION:Quickfix Joinery NW]] said they had no job on the system. the asb team opened a case
[[REFERENCE:ASB-24-6610]] but nobody rang me
what did they do to put it right: i posted it on insta and a councillor shared it lol. next day
[[PERSON:Dom Fitzgerald]] from the housing team came with a joiner. new fire door, 2 locks, a video
doorbell, £150 and a proper apology. he also sorted a space for my car ([[OTHER_ID:MA21 KTE]]) round
the back so im not walking [[PERSON:reuben]] past the bins at night
what has changed: [[PERSON:dom]] says out of hours boarding has to be done in 4 hrs now or it goes to
a manager. they check the system at 10pm for anything missed
can we contact you: yes but text first
signature: [[PERSON:kayleigh b]] 22/01/25
office use: [[PERSON:DF]] / [[REFERENCE:MBE-CS-0093]] / photos ok to use: no (faces)
"""),
    ),
    (
        "fv2bf-ar-01",
        "ar",
        _s("""
استمارة شكوى / دراسة حالة — منقولة من الورقة التي عبّأها المستأجر
الاسم / Name: [[PERSON:عبد الولي سيف القباطي]] ([[PERSON:ABDULWALI S ALQUBATI]])
تاريخ الميلاد / DOB: [[DATE_OF_BIRTH:١٥/٠٣/١٩٧٤]]
العنوان / Address: [[ADDRESS:22 Darnall Brook Road]]، شفيلد
الرمز البريدي: [[POSTCODE:S9 4LP]]
الهاتف: [[PHONE:٠٧٧٠٠ ٩٠٠ ٤٨٧]]
البريد الإلكتروني: لا يوجد، ابني يستعمل [[EMAIL:muhib.alqubati@example.com]]
رقم عقد الإيجار / Tenancy no: [[REFERENCE:DVH-45-87122]]
من يسكن معك؟ زوجتي [[PERSON:أروى]] عمرها [[AGE:٤١ سنة]]، ابني [[PERSON:مهيب]] [[AGE:١٣]]، وابني
[[PERSON:ريان]] [[AGE:٧ سنوات]]
الجهة المؤجرة / Landlord: [[ORGANISATION:Don Valley Example Homes]]
ما الذي حدث خطأ؟ السخانات الكهربائية في البيت كلها خربت من أول الشتاء. زوجتي عندها
[[HEALTH:روماتيزم المفاصل]] والبرد يزيد الألم. اتصلنا أكثر من عشر مرات، وكل مرة يقولون إن المقاول
[[ORGANISATION:Steelside Heating]] سيأتي. جاء مرة واحدة وقال القطعة غير موجودة. [[PERSON:ريان]] مرض
وغاب عن مدرسة [[ADDRESS:Phoenix Park Example Primary]] أسبوعاً كاملاً.
ماذا فعلوا لإصلاح الأمر؟ بعد الشكوى الرسمية جاءت السيدة [[PERSON:بريوني هاتشينسون]]
([[PERSON:Bryony]]) من قسم الشكاوى مع مترجم، واعتذرت. أعطونا سخانين مؤقتين في نفس اليوم، وركّبوا
تدفئة جديدة بالغاز خلال أسبوعين، ودفعوا ٤٠٠ جنيه تعويضاً.
ما الذي تغيّر؟ صار عندهم رقم خاص للعائلات التي فيها مريض، وإذا لم يأتِ المقاول خلال ٤٨ ساعة يرسلون
شركة ثانية. السيدة [[PERSON:بريوني]] تتصل بنا كل شهر حتى الآن.
هل يمكننا التواصل معك؟ نعم، بالعربي إذا أمكن، أو كلّموا [[PERSON:مهيب]] بالإنجليزي
التوقيع: [[PERSON:عبد الولي]] — التاريخ: ٢٠٢٥/٠٢/١٠
للاستخدام الرسمي / For office use: Officer [[PERSON:BH]] — Case [[REFERENCE:DVH/CMP/2025/0192]] —
Interpreter: Arabic ✔
"""),
    ),
    (
        "fv2bf-ar-02",
        "ar",
        _s("""
نموذج قصة مستأجر — Tenant story form
الاسم الكامل: [[PERSON:إخلاص عوض الكريم محمد]]
Date of birth / تاريخ الميلاد: [[DATE_OF_BIRTH:الخامس من مايو ١٩٨٨]]
العنوان: [[ADDRESS:شقة ٩، Glanmor Court]]، Butetown، Cardiff
الرمز البريدي: [[POSTCODE:CF10 5NJ]]
الهاتف: [[PHONE:029 2018 0764]] / الجوال [[PHONE:07700 900 552]]
البريد: [[EMAIL:ikhlas.awad [at] example.net]]
رقم العقد: [[REFERENCE:TEH-CF-30871]]
الأصل (اختياري): [[OTHER_SPECIAL:سودانية]] — الديانة: [[OTHER_SPECIAL:مسلمة]]
من يسكن معك؟ بنتاي [[PERSON:ملاذ]] ([[AGE:٦]]) و[[PERSON:تسنيم]] ([[AGE:٣]])
الجهة المؤجرة: [[ORGANISATION:Taff Example Housing]]
ما الذي حدث خطأ؟ جار في الطابق العلوي اسمه [[PERSON:Gavin]] كان يشتمنا بكلام عنصري ويضرب الباب
ليلاً ويرمي أعقاب السجائر في شرفتنا. بلّغت سبع مرات، وكانوا يقولون إنها "خلافات بين جيران".
[[PERSON:ملاذ]] صارت تخاف أن تمشي وحدها إلى مدرسة [[ADDRESS:Mount Stuart Example Primary]].
ماذا فعلوا لإصلاح الأمر؟ بعد أن رفعت الشكوى إلى المرحلة الثانية تولّت القضية
[[PERSON:نيام]] ([[PERSON:Niamh Gallagher]]) من فريق السلوك المعادي للمجتمع، رقم القضية
[[REFERENCE:ASB/2024/1187]]. اعتذرت لأنهم لم يسجّلوا الأمر كحادثة كراهية، وركّبوا كاميرا عند
الباب، وبعد إنذار رسمي وحكم من المحكمة نُقل الجار إلى مكان آخر. ودفعوا ٢٥٠ جنيهاً.
ما الذي تغيّر؟ الآن أي بلاغ فيه كلام عنصري يُسجَّل "hate incident" ويتصلون خلال ٢٤ ساعة.
[[PERSON:نيام]] أعطتني رقمها المباشر [[PHONE:029 2018 0391]].
هل يمكننا التواصل معك؟ نعم، لكن لا تنشروا أسماء البنات
التوقيع: [[PERSON:إخلاص]] ١٢/١/٢٠٢٥
For office use: [[PERSON:NG]] — Stage 2 — [[REFERENCE:TEH-ST2-0456]]
"""),
    ),
    (
        "fv2bf-ar-03",
        "ar",
        _s("""
Complaint form — الاستمارة باللغتين، كتب المستأجر بالعربي وبعض الإنجليزي
Name: [[PERSON:HAIDER JABBAR AL-SAADI]] / [[PERSON:حيدر جبار الساعدي]]
DOB: [[DATE_OF_BIRTH:12-1-1966]] (في الجواز مكتوب [[DATE_OF_BIRTH:١/٧/١٩٦٦]] وهذا خطأ)
Address: [[ADDRESS:flat 5, 19 Elizabeth Street]], Cheetham Hill, Manchester
Postcode: [[POSTCODE:M8 9QL]]
Phone: [[PHONE:0161 496 0227]]
Email: ما عندي
Tenancy no: [[REFERENCE:IEH 20 441 7]]
رقم NHS: [[OTHER_ID:485 777 3456]] (طلبوه من أجل رسالة الطبيب)
Who lives with you / من يسكن معك: زوجتي [[PERSON:سُهى]] [[AGE:٥٤]]، ابني [[PERSON:منتظر]] [[AGE:١٩
سنة]]، طالب
Landlord: [[ORGANISATION:Irwell Example Homes]]
What went wrong / ما المشكلة: رطوبة وعفن أسود في غرفة النوم والحمام منذ سنتين. أنا مريض
[[HEALTH:ربو مزمن]]. الدكتور في [[ADDRESS:Cheetham Hill Example Medical Practice]] كتب رسالة أن البيت
يضر صحتي، أرسلتها ثلاث مرات. شركة [[ORGANISATION:Northern Damp Solutions]] رشّت بخاخاً ومشت، وقالوا
لي "افتح الشباك".
What they did / ماذا فعلوا: بعد الشكوى جاء السيد [[PERSON:تشوكويميكا]] ([[PERSON:Chukwuemeka
Eze]]) مع مهندس. فتحوا الجدار فوجدوا أنبوباً مكسوراً داخله! يعني المشكلة ليست "التنفس داخل البيت"
كما قالوا. أصلحوا الأنبوب وغيّروا الجبس وركّبوا مروحة، ونقلونا إلى فندق خمس ليالٍ. التعويض ٧٠٠
جنيه.
What changed / ما الذي تغيّر: الآن إذا كانت عندك رسالة من الطبيب يعتبرون الحالة أولوية، ولن يكتبوا
"condensation" قبل أن يفحصوا الجدار.
Contact / التواصل: نعم. ابني [[PERSON:منتظر]] يترجم: [[EMAIL:muntadhar.s@example.org]]
Signature: [[PERSON:H. Al-Saadi]] Date: 3/4/2025
For office use: [[PERSON:CE]] / [[REFERENCE:IEH-DM-2025-077]]
"""),
    ),
    (
        "fv2bf-ar-04",
        "ar",
        _s("""
استمارة "كيف صحّحنا الخطأ"
الاسم: [[PERSON:لطيفة بنجلون]] — [[PERSON:Latifa BENJELLOUN]] (كما في الجواز)
تاريخ الازدياد: [[DATE_OF_BIRTH:1983/09/30]]
العنوان: [[ADDRESS:flat 31, Harlow House]], [[ADDRESS:Ravenhill Estate]], Wembley
الرمز البريدي: [[POSTCODE:HA9 8DU]]
الهاتف: [[PHONE:+44 20 7946 0258]]
الإيميل: [[EMAIL:latifa.benj@example.com]]
رقم الحساب / الإيجار: [[REFERENCE:BRX-0031-HH]]
من يسكن معك؟ زوجي [[PERSON:عبد الصمد]] [[AGE:٥٠ سنة]]، ابننا [[PERSON:إلياس]] [[AGE:١٤]]، وبنتنا
[[PERSON:هبة]] [[AGE:٩]]
المالك: [[ORGANISATION:Wembley Park Example Housing]]
ما الخطأ: نوافذ غرفة الأولاد لا تنغلق منذ الصيف والريح تدخل. في نوفمبر سقطت [[PERSON:هبة]] وهي
تحاول تسكّر النافذة وانكسر معصمها. جاء عمال [[ORGANISATION:Northwest Glazing Ltd]] وقالوا إن الطلبية
تأخذ ١٢ أسبوعاً. قلت لهم: الطابق الرابع والبنت عمرها [[AGE:تسع سنوات]]!
كيف صلّحوا الأمر: كتبت شكوى بمساعدة جارتي [[PERSON:Bernadette]] من [[ADDRESS:flat 29]]. جاءت مسؤولة
الشكاوى [[PERSON:كاشا زيلينسكا]] ([[PERSON:Kasia Zielińska]]) في الأسبوع نفسه، وركّبوا أقفال أمان
مؤقتة في اليوم ذاته، والنوافذ الجديدة خلال ثلاثة أسابيع. دفعوا ٥٠٠ جنيه في حسابي البنكي: sort code
[[OTHER_ID:20-45-77]]، الحساب المنتهي بـ [[OTHER_ID:٣٣٨٢]].
ما الذي تغيّر: الآن كل النوافذ فوق الطابق الأول في [[ADDRESS:Harlow House]] فيها أقفال أمان
للأطفال، وأي شكوى عن نافذة في غرفة طفل صارت أولوية.
هل نتواصل معك: نعم، واتساب على الرقم نفسه
التوقيع: [[PERSON:L. Benjelloun]] ٠٨/٠١/٢٠٢٥
Office use: [[PERSON:KZ]] | Stage 1 upheld | [[REFERENCE:WPH-C-24-1903]]
"""),
    ),
    (
        "fv2bf-ar-05",
        "ar",
        _s("""
استمارة شكوى — كتبها الابن نيابة عن والده
الاسم / Name: [[PERSON:نزار قطّان]] ([[PERSON:NIZAR QATTAN]])
تاريخ الميلاد: [[DATE_OF_BIRTH:1/1/1959]] — العمر [[AGE:٦٦]]
العنوان: [[ADDRESS:7 Wycombe Close]], Leicester
الرمز البريدي: [[POSTCODE:le47nq]]
الهاتف: انظر أدناه (رقم ابني)
البريد: see below
رقم الإيجار: [[REFERENCE:HEH/LE/0707]]
الوضع: [[OTHER_SPECIAL:لاجئ سوري]]
من يسكن معك؟ زوجتي [[PERSON:فدوى]] [[AGE:٦٠ سنة]]، بعد [[HEALTH:جلطة دماغية]] في ٢٠٢٣ لا تمشي إلا
بالعكاز
المالك: [[ORGANISATION:Humberstone Example Housing]]
ما الخطأ: طلبنا تحويل الحمام إلى wet room ومسكات على الدرج. أخصائية العلاج الوظيفي
[[PERSON:ميغان]] من البلدية كتبت التقرير في آذار ٢٠٢٤، وبعدها لا شيء. ثمانية أشهر وأمي تستحم
بمساعدة أبي وهو نفسه تعبان. المقاول [[ORGANISATION:Charnwood Adaptations Ltd]] قال إن الطلب ضاع.
سقطت أمي مرتين في الحمام.
ماذا فعلوا: كتبت شكوى رسمية ثم كلّمت مستشارة المنطقة. جاء [[PERSON:Graham Tuckwell]] مدير الصيانة
بنفسه واعترف أن الطلب بقي في بريد موظف ترك العمل. خلال ستة أسابيع صار عندنا wet room ومسكات ودرابزين
ثانٍ، واعتذار مكتوب، و٣٠٠ جنيه.
ما الذي تغيّر: كل طلبات التعديل الآن في نظام واحد، ويتصلون بالعائلة كل أسبوعين حتى ينتهي العمل.
هل يمكن التواصل: نعم، مع الابن [[PERSON:سامر قطّان]]، [[PHONE:0116 496 0619]]،
[[EMAIL:samer.qattan@example.net]]
التوقيع: [[PERSON:سامر]] عن والده — التاريخ: ٢٢-١٠-٢٠٢٤
For office use: [[PERSON:GT]] / Adaptations / Ref [[REFERENCE:HEH-ADP-3310]]
"""),
    ),
    (
        "fv2bf-bn-01",
        "bn",
        _s("""
অভিযোগ / কেস স্টাডি ফর্ম — হাতে লেখা ফর্ম থেকে টাইপ করা
নাম / Name: [[PERSON:জুলেখা খানম]] (Mrs [[PERSON:ZULEKHA KHANAM]])
জন্ম তারিখ: [[DATE_OF_BIRTH:০৪/০৭/১৯৭২]]
ঠিকানা: [[ADDRESS:ফ্ল্যাট ৪২, Wadeson House]], Poplar, London
পোস্টকোড: [[POSTCODE:E14 6BQ]]
ফোন: [[PHONE:০২০ ৭৯৪৬ ০৮৮৩]]
মোবাইল: [[PHONE:07700 900 704]] (ছেলের)
ইমেইল: নাই
টেন্যান্সি নম্বর: [[REFERENCE:PEH-42-WH-1190]]
আপনার সাথে আর কে থাকে: স্বামী [[PERSON:আবদুল মুক্তাদির]] ([[AGE:৫৮]]), তাঁর [[HEALTH:কিডনি ফেইলিউর]],
সপ্তাহে তিনবার হাসপাতালে যেতে হয়; ছেলে [[PERSON:রায়হান]] [[AGE:২২]]; মেয়ে [[PERSON:তানজিলা]]
[[AGE:১৬ বছর]]
আপনার বাড়িওয়ালা: [[ORGANISATION:Poplar Example Homes]]
কী সমস্যা হয়েছিল: গত জুন থেকে লিফট বারবার নষ্ট। আমরা নয় তলায় থাকি। আমার স্বামীকে হাসপাতালে নিতে
অ্যাম্বুলেন্সের লোকেরা সিঁড়ি দিয়ে চেয়ারে করে নামাতো। দুইবার অ্যাপয়েন্টমেন্ট মিস হয়েছে। লিফট কোম্পানি
[[ORGANISATION:Thameside Lift Care]] শুধু বলতো পার্টস আসছে।
সমস্যা ঠিক করতে তারা কী করেছে: [[PERSON:রায়হান]] অনলাইনে অভিযোগ করে। তারপর মিসেস
[[PERSON:ক্যাথরিন ও'নিল]] এসে দেখা করেন, মাফ চান। তারা আমাদের অস্থায়ীভাবে নিচতলার
[[ADDRESS:ফ্ল্যাট ৩]] এ সরিয়ে দেয়, দুইটা লিফটই নতুন করে, আর £৭৫০ ক্ষতিপূরণ দেয়।
কী বদলেছে: এখন লিফট বন্ধ হলে যাদের নিয়মিত হাসপাতালে যেতে হয় তাদের তালিকা দেখে ফোন করে।
[[PERSON:ক্যাথরিন]] আপা বলেছেন লিফট কোম্পানির চুক্তিতে এখন জরিমানা আছে।
আমরা কি যোগাযোগ করতে পারি: হ্যাঁ। ইংরেজিতে হলে মেয়ের সাথে, [[PERSON:তানজিলা]]।
স্বাক্ষর: [[PERSON:জুলেখা]] তারিখ: ১৪.০২.২০২৫
অফিসের ব্যবহারের জন্য / Office use: Officer [[PERSON:C.O.]] — Case [[REFERENCE:PEH/CMP/25/0311]]
"""),
    ),
    (
        "fv2bf-bn-02",
        "bn",
        _s("""
ভাড়াটিয়ার অভিজ্ঞতা ফর্ম — Tenant experience form
নাম: [[PERSON:মোহাম্মদ শাহজাহান তালুকদার]]
জন্ম তারিখ / DOB: [[DATE_OF_BIRTH:১৯৬৪ সালের ১২ই মার্চ]]
ঠিকানা: [[ADDRESS:২৭ Fernhurst Street]], Glodwick, Oldham
পোস্টকোড: [[POSTCODE:ol4 1hx]]
ফোন: [[PHONE:০৭৭০০ ৯০০ ৬৩২]]
ইমেইল: [[EMAIL:shahjahan.t@example.net]] (নাতনি বানিয়ে দিয়েছে)
টেন্যান্সি নং: [[REFERENCE:PXH 0027 FH]]
আপনার সাথে কে থাকে: স্ত্রী [[PERSON:মনোয়ারা]], বয়স [[AGE:৫৬]]; নাতনি [[PERSON:সাদিয়া]] [[AGE:১০
বছর]] ([[ADDRESS:Coppice Example Primary]] তে পড়ে)
বাড়িওয়ালা: [[ORGANISATION:Pennine Example Housing]]
কী সমস্যা হয়েছিল: পেছনের দেয়াল দিয়ে পানি চুইয়ে আসতো, রান্নাঘরের মেঝে পচে গিয়েছিল। আমার স্ত্রী পা
পিছলে পড়ে হাত ভাঙেন। রিপেয়ার জব নম্বর [[REFERENCE:RJ-449102]] দিয়ে চারবার ফোন করেছি। ঠিকাদার
[[ORGANISATION:Moorside Building Services]] এসে শুধু ছবি তুলে চলে যায়। পাশের বাসার
[[PERSON:ডেরেক]] ভাই বললেন তাদের বাড়িতেও একই সমস্যা।
তারা কী করেছে: আমাদের মসজিদ [[ADDRESS:Werneth Example Jamia Masjid]] এর কমিটির এক ভাই অভিযোগ
লিখে দেন। তারপর সার্ভেয়ার মিস্টার [[PERSON:কোভালচিক]] (Mr [[PERSON:Kowalczyk]]) আসেন, মাটির নিচে
ড্রেন ভাঙা পাওয়া যায়। নতুন ড্রেন, দেয়ালে ড্যাম্প-প্রুফ, রান্নাঘরে নতুন মেঝে, আর £৪২০ দেয়।
কী বদলেছে: এখন একই রাস্তার সব বাড়ির ড্রেন চেক করেছে, [[PERSON:ডেরেক]] ভাইয়েরটাও ঠিক হয়েছে।
ঠিকাদার শুধু ছবি তুলে চলে গেলে এখন সুপারভাইজার নিজে ফোন করে।
যোগাযোগ: হ্যাঁ, বিকালে
স্বাক্ষর: [[PERSON:এম এস তালুকদার]] তারিখ: ০৩/০৩/২০২৫
For office use: [[PERSON:PK]] / [[REFERENCE:PXH-C1-1177]] / Interpreter: Bengali (Sylheti)
"""),
    ),
    (
        "fv2bf-bn-03",
        "bn",
        _s("""
Complaint & case study form — লেবেল ইংরেজি, উত্তর বাংলা-ইংরেজি মিশিয়ে
Name / নাম: [[PERSON:তাহমিনা আক্তার রুমি]] ([[PERSON:Tahmina Akter Rumi]])
DOB: [[DATE_OF_BIRTH:23rd Aug 1995]]
Address: [[ADDRESS:Flat 8, Dunmore House]], [[ADDRESS:19 Ashcroft Drive]], Luton
Postcode: [[POSTCODE:LU4 8QF]]
Phone: [[PHONE:07700 900 346]]
Email: [[EMAIL:rumi.t95@example.com]]
Tenancy no: [[REFERENCE:CEH/LU/88412]]
Who else lives with you: ছেলে [[PERSON:ঈশান]] [[AGE:৪ বছর]], মেয়ে [[PERSON:রোদেলা]] [[AGE:দেড় বছর]]
Your landlord: [[ORGANISATION:Chiltern Example Homes]]
What went wrong: রান্নাঘরে আর বাচ্চাদের রুমে ইঁদুর। রাতে শব্দ, সকালে রুটির প্যাকেট কাটা।
[[PERSON:রোদেলা]] মেঝেতে হামাগুড়ি দেয়, ভয়ে ঘুমাতে পারতাম না। pest control company
[[ORGANISATION:Kiltek Pest Control]] তিনবার এসে বিষ দিয়ে গেছে, কিন্তু গর্ত বন্ধ করেনি। বাড়িওয়ালা বললো
"tenant responsibility"।
What did they do to put it right: আমি Housing Ombudsman এ গেলাম, কেস নম্বর
[[REFERENCE:202421337]]। তারপর [[PERSON:সিমোন ব্যাপটিস্ট]] ([[PERSON:Simone Baptiste]]) নামে একজন
ম্যানেজার ফোন দিলেন, মাফ চাইলেন। তারা মেঝে আর পাইপের পাশের সব গর্ত সিল করে, কিচেন ইউনিটের পেছনে
নতুন বোর্ড দেয়, নষ্ট খাবার আর বাচ্চার জিনিসের জন্য £২৮০ আর ক্ষতিপূরণ £২০০ দেয়।
What has changed: [[PERSON:Simone]] বলেছেন এখন ইঁদুর বা পোকা হলে বাড়িওয়ালা নিজেই দায়িত্ব নেয়, আর
তিনবার আসার পরও না গেলে সার্ভেয়ার পাঠায়। Ombudsman এর রিপোর্টেও এটা লেখা আছে।
Can we contact you: হ্যাঁ, WhatsApp এ। নাম ছাপাবেন না প্লিজ
Signature: [[PERSON:T. A. Rumi]] Date: 30/09/2024
For office use: [[PERSON:SB]] — Ombudsman determination received — [[REFERENCE:CEH-HOS-0045]]
"""),
    ),
    (
        "fv2bf-bn-04",
        "bn",
        _s("""
অভিযোগ ফর্ম (ছেলে পূরণ করেছে বাবার পক্ষ থেকে)
নাম: [[PERSON:নূরুল আমিন সিকদার]] / [[PERSON:NURUL AMIN SIKDER]]
জন্ম তারিখ: [[DATE_OF_BIRTH:১.১.১৯৪৯]] বয়স: [[AGE:৭৬]]
ঠিকানা: [[ADDRESS:৫৪ Mawdsley Road]], Small Heath, Birmingham
পোস্টকোড: [[POSTCODE:B10 0QR]]
ফোন: [[PHONE:0121 496 0877]] (বাসা)
ইমেইল: নিচে দেখুন
ন্যাশনাল ইন্স্যুরেন্স নম্বর: [[NI_NUMBER:QQ 73 18 42 B]]
টেন্যান্সি নম্বর: [[REFERENCE:SHT-054-MR]]
আর কে থাকে: মা [[PERSON:রাবেয়া বিবি]], [[AGE:৭০ বছর]]। আমি ([[PERSON:জাহিদ]]) পাশের রাস্তায় থাকি,
প্রতিদিন আসি।
বাড়িওয়ালা: [[ORGANISATION:Small Heath Example Housing Trust]]
কী সমস্যা হয়েছিল: আব্বার [[HEALTH:হার্ট ফেইলিউর]] আর দুই হাঁটুতে [[HEALTH:আর্থ্রাইটিস]]।
স্টেয়ারলিফট অক্টোবরে নষ্ট হয়, কোম্পানি [[ORGANISATION:Midland Stairlifts Ltd]] বলে পার্টস নাই। দুই
মাস আব্বা নিচের রুমে সোফায় ঘুমান, টয়লেট উপরে, তাই বালতি ব্যবহার করতে হতো। তাঁর জন্য এটা খুব লজ্জার
ছিল।
তারা কী করেছে: আমি স্টেজ ১ অভিযোগ করি, রেফারেন্স [[REFERENCE:SHT/C/24/0918]]। পরে মিসেস
[[PERSON:ফিওনা ম্যাকেঞ্জি]] এসে নিজে দেখে বলেন এটা তাদের ভুল। এক সপ্তাহে নতুন স্টেয়ারলিফট,
নিচে একটা কমোড আর রেলিং, আর £৫০০। আব্বার [[ADDRESS:Green Lane Example Surgery]] এর ডাক্তারের চিঠিও
তারা ফাইলে রেখেছে।
কী বদলেছে: এখন স্টেয়ারলিফট নষ্ট হলে ৪৮ ঘণ্টার মধ্যে ঠিক না হলে অস্থায়ী বিছানা আর কমোড দেয়। প্রতি
বছর সার্ভিস হয়।
যোগাযোগ: আমার সাথে: [[PHONE:07700 900 581]], [[EMAIL:zahid.sikder@example.org]]
স্বাক্ষর: [[PERSON:জাহিদ সিকদার]] (ছেলে) তারিখ: ১০/০১/২০২৫
অফিস: [[PERSON:FM]] / Stage 1 resolved / [[REFERENCE:SHT-ADP-2201]]
"""),
    ),
    (
        "fv2bf-bn-05",
        "bn",
        _s("""
ফর্ম: অভিযোগ ও সমাধান / Complaint and resolution
নাম: [[PERSON:শিরিন আকতার মজুমদার]]
জন্ম: [[DATE_OF_BIRTH:৯ নভেম্বর ১৯৮১]]
ঠিকানা: [[ADDRESS:১১৬ Gipton Vale Road]], Leeds
পোস্টকোড: [[POSTCODE:LS9 6RT]]
ফোন: [[PHONE:0113 496 0954]]
ইমেইল: [[EMAIL:shirin.majumder81@example.com]]
রেন্ট অ্যাকাউন্ট নম্বর: [[REFERENCE:WEH-RA-5527310]]
বাসায় কে থাকে: মেয়ে [[PERSON:নাবিলা]] [[AGE:১২]] ([[HEALTH:মৃগী রোগ]] আছে), ছেলে [[PERSON:আরিয়ান]]
[[AGE:৯]]
বাড়িওয়ালা: [[ORGANISATION:Wharfe Example Housing]]
কী ভুল হয়েছিল: আমার ইউনিভার্সাল ক্রেডিটের বাড়িভাড়ার টাকা সরাসরি বাড়িওয়ালার কাছে যায়। কিন্তু তাদের
সিস্টেমে তিন মাসের টাকা অন্য একজনের অ্যাকাউন্টে জমা হয়েছে। আমাকে £১,৪৬০ বকেয়ার চিঠি দিয়ে বলে
উচ্ছেদের নোটিশ দেবে। ভয়ে আমার মেয়ের খিঁচুনি বেড়ে গিয়েছিল। ব্যাংক স্টেটমেন্ট দেখালাম, তবু রেন্ট
অফিসার [[PERSON:Craig]] বলে "system is right"।
কী করে ঠিক করেছে: অভিযোগ নম্বর [[REFERENCE:WEH-CMP-24-772]]। স্টেজ ২ তে মিস্টার
[[PERSON:আডেবায়ো]] ([[PERSON:Tunde Adebayo]]) সব হিসাব দেখে ভুলটা পান। বকেয়া মুছে দেয়, ক্রেডিট
রেফারেন্স থেকে নোট সরায়, আর £২৫০ দেয়। টাকা এসেছে আমার অ্যাকাউন্টে — সর্ট কোড
[[OTHER_ID:৪০-১২-৬৬]], অ্যাকাউন্ট [[OTHER_ID:৭১৮৮২০৪৫]]।
কী বদলেছে: এখন বকেয়ার চিঠি পাঠানোর আগে একজন মানুষ অ্যাকাউন্ট চেক করে। উচ্ছেদের কথা লেখার আগে
ফোন করতে হয়।
যোগাযোগ: হ্যাঁ, ইমেইলে
স্বাক্ষর: [[PERSON:শিরিন]] ২৮-১১-২০২৪
For office use: [[PERSON:TA]] | Rent account corrected ✔ | [[REFERENCE:WEH-ST2-0193]]
"""),
    ),
    (
        "fv2bf-pa-01",
        "pa",
        _s("""
ਸ਼ਿਕਾਇਤ / ਕੇਸ ਸਟੱਡੀ ਫ਼ਾਰਮ — Complaint form
ਨਾਮ / Name: [[PERSON:TEJINDERPAL K DHALIWAL]] ([[PERSON:ਤੇਜਿੰਦਰਪਾਲ ਕੌਰ ਧਾਲੀਵਾਲ]])
ਜਨਮ ਮਿਤੀ / DOB: [[DATE_OF_BIRTH:੧੯/੦੮/੧੯੭੭]]
ਪਤਾ / Address: [[ADDRESS:63 Sussex Crescent]], Southall
ਪੋਸਟਕੋਡ: [[POSTCODE:UB1 3EW]]
ਫ਼ੋਨ: [[PHONE:020 7946 0472]], ਮੋਬਾਈਲ [[PHONE:੦੭੭੦੦ ੯੦੦ ੨੧੯]]
ਈਮੇਲ: [[EMAIL:tejdhaliwal77@example.com]]
Tenancy no: [[REFERENCE:WXH-63SC-2014]]
ਤੁਹਾਡੇ ਨਾਲ ਹੋਰ ਕੌਣ ਰਹਿੰਦਾ ਹੈ: ਪਤੀ [[PERSON:ਗੁਰਦੇਵ ਸਿੰਘ]] ([[AGE:੫੦]]), ਪੁੱਤਰ [[PERSON:ਅਰਜਨ]]
[[AGE:੧੨ ਸਾਲ]], ਤੇ ਸੱਸ ਜੀ ([[AGE:੭੮]])
ਮਕਾਨ-ਮਾਲਕ / Landlord: [[ORGANISATION:Westway Example Housing]]
ਕੀ ਗਲਤ ਹੋਇਆ: ਦੋ ਸਾਲਾਂ ਤੋਂ [[PERSON:ਅਰਜਨ]] ਦੇ ਕਮਰੇ ਵਿੱਚ ਕਾਲੀ ਉੱਲੀ (black mould)। ਉਹਨੂੰ
[[HEALTH:ਦਮਾ]] ਹੈ, ਤਿੰਨ ਵਾਰ A&E ਜਾਣਾ ਪਿਆ। [[ADDRESS:Dormers Example Medical Centre]] ਦੇ ਡਾਕਟਰ ਨੇ
ਚਿੱਠੀ ਵੀ ਦਿੱਤੀ। ਠੇਕੇਦਾਰ [[ORGANISATION:Brightwell Damp & Mould Ltd]] ਨੇ ਦੋ ਵਾਰ ਸਪਰੇਅ ਕੀਤਾ ਤੇ
ਕਿਹਾ "ਕੱਪੜੇ ਅੰਦਰ ਨਾ ਸੁਕਾਓ"।
ਉਹਨਾਂ ਨੇ ਠੀਕ ਕਰਨ ਲਈ ਕੀ ਕੀਤਾ: ਸਟੇਜ ੨ ਸ਼ਿਕਾਇਤ ਤੋਂ ਬਾਅਦ ਸਰਵੇਅਰ ਮਿਸਟਰ [[PERSON:ਓਏਲਾਰਨ]]
([[PERSON:Femi Oyelaran]]) ਆਏ। ਉਹਨਾਂ ਨੇ ਛੱਤ ਵਿੱਚ ਇਨਸੂਲੇਸ਼ਨ ਦੀ ਕਮੀ ਲੱਭੀ। ਲੌਫ਼ਟ ਇਨਸੂਲੇਸ਼ਨ, ਨਵਾਂ
ਐਕਸਟਰੈਕਟਰ ਫ਼ੈਨ, ਕੰਧਾਂ ਦਾ ਇਲਾਜ, [[PERSON:ਅਰਜਨ]] ਲਈ ਨਵਾਂ ਗੱਦਾ ਤੇ ਅਲਮਾਰੀ, ਅਤੇ £੬੫੦ ਮੁਆਵਜ਼ਾ।
ਕੀ ਬਦਲਿਆ ਹੈ: ਹੁਣ ਜਿਸ ਘਰ ਵਿੱਚ ਬੱਚੇ ਨੂੰ ਸਾਹ ਦੀ ਬਿਮਾਰੀ ਹੈ, ਉੱਥੇ ਉੱਲੀ ਦੀ ਰਿਪੋਰਟ ਤੇ ੫ ਦਿਨਾਂ ਵਿੱਚ
ਸਰਵੇਅਰ ਆਉਂਦਾ ਹੈ। ਸਪਰੇਅ ਕਰਕੇ ਜਾਬ ਬੰਦ ਨਹੀਂ ਕਰ ਸਕਦੇ।
ਕੀ ਅਸੀਂ ਸੰਪਰਕ ਕਰ ਸਕਦੇ ਹਾਂ: ਹਾਂ ਜੀ, ਸ਼ਾਮ ਨੂੰ
ਦਸਤਖ਼ਤ: [[PERSON:T K Dhaliwal]] ਮਿਤੀ: ੧੫-੦੧-੨੦੨੫
ਦਫ਼ਤਰੀ ਵਰਤੋਂ ਲਈ: [[PERSON:FO]] / [[REFERENCE:WXH-DMP-0652]] / Stage 2 upheld
"""),
    ),
    (
        "fv2bf-pa-02",
        "pa",
        _s("""
ਫ਼ਾਰਮ: ਸ਼ਿਕਾਇਤ ਜੋ ਠੀਕ ਹੋਈ — ਪੋਤੇ ਨੇ ਭਰਿਆ
ਨਾਮ: ਸ. [[PERSON:ਬਲਵੰਤ ਸਿੰਘ ਮਾਨ]]
ਜਨਮ ਮਿਤੀ: [[DATE_OF_BIRTH:ਦੋ ਫ਼ਰਵਰੀ ਉੱਨੀ ਸੌ ਪੰਤਾਲੀ]] ([[DATE_OF_BIRTH:2-2-45]])
ਉਮਰ: [[AGE:੮੦ ਸਾਲ]]
ਪਤਾ: [[ADDRESS:12 Dunstall Hill Close]], Wolverhampton
ਪੋਸਟਕੋਡ: [[POSTCODE:WV6 0PN]]
ਫ਼ੋਨ: [[PHONE:01632 960 418]] (ਘਰ ਦਾ)
ਈਮੇਲ: ਪੋਤੇ ਦੀ — [[EMAIL:harkirat dot mann at example dot org]]
ਕਿਰਾਏਦਾਰੀ ਨੰ: [[REFERENCE:BCH/12/DHC/7781]]
NHS ਨੰਬਰ (ਡਾਕਟਰ ਦੀ ਚਿੱਠੀ ਲਈ ਮੰਗਿਆ): [[OTHER_ID:612 448 9930]]
ਨਾਲ ਕੌਣ ਰਹਿੰਦਾ: ਕੋਈ ਨਹੀਂ, ਬੀਬੀ ਜੀ ੨੦੨੨ ਵਿੱਚ ਪੂਰੇ ਹੋ ਗਏ। ਪੋਤਾ [[PERSON:ਹਰਕੀਰਤ]] ਹਫ਼ਤੇ ਵਿੱਚ ਤਿੰਨ
ਦਿਨ ਆਉਂਦਾ।
ਮਕਾਨ-ਮਾਲਕ: [[ORGANISATION:Black Country Example Homes]]
ਕੀ ਗਲਤ ਹੋਇਆ: ਜਨਵਰੀ ਵਿੱਚ ਬੋਇਲਰ ਬੰਦ ਹੋ ਗਿਆ। ਬਾਪੂ ਜੀ ਨੂੰ [[HEALTH:ਸ਼ੂਗਰ]] ਹੈ ਤੇ ਪੈਰਾਂ ਵਿੱਚ ਸੁੰਨ।
ਗੈਸ ਵਾਲਿਆਂ [[ORGANISATION:Tettenhall Gas Services]] ਨੇ ਕਿਹਾ ਨਵਾਂ ਬੋਇਲਰ ਚਾਹੀਦਾ, ਪਰ ਅਪਰੂਵਲ ਨੂੰ ੧੯
ਦਿਨ ਲੱਗ ਗਏ। ਸਿਰਫ਼ ਦੋ ਛੋਟੇ ਹੀਟਰ ਦਿੱਤੇ। ਇੱਕ ਰਾਤ ਬਾਪੂ ਜੀ ਨੂੰ [[HEALTH:hypothermia]] ਕਰਕੇ ਹਸਪਤਾਲ
ਲੈ ਕੇ ਜਾਣਾ ਪਿਆ। ਘਰ ਦੇ ਪਿੱਛੇ ਵਾਲੇ [[ADDRESS:Sedgley Street Gurdwara]] ਦੇ ਸੇਵਾਦਾਰ ਰੋਜ਼ ਲੰਗਰ ਲੈ ਕੇ
ਆਉਂਦੇ ਰਹੇ।
ਉਹਨਾਂ ਨੇ ਕੀ ਕੀਤਾ: ਮੈਂ ([[PERSON:ਹਰਕੀਰਤ]]) ਨੇ ਸ਼ਿਕਾਇਤ ਲਿਖੀ। ਦੋ ਦਿਨ ਬਾਅਦ ਮਿਸ
[[PERSON:ਸ਼ਿਵੌਨ ਡੈਂਪਸੀ]] ([[PERSON:Siobhán Dempsey]]) ਆਏ, ਮਾਫ਼ੀ ਮੰਗੀ। ਉਸੇ ਹਫ਼ਤੇ ਨਵਾਂ ਬੋਇਲਰ
ਲੱਗਿਆ, ਬਿਜਲੀ ਦੇ ਬਿੱਲ ਲਈ £੧੮੦ ਤੇ ਮੁਆਵਜ਼ਾ £੪੦੦।
ਕੀ ਬਦਲਿਆ: ਹੁਣ ੭੫ ਸਾਲ ਤੋਂ ਉੱਪਰ ਵਾਲੇ ਕਿਰਾਏਦਾਰਾਂ ਦਾ ਬੋਇਲਰ ਬੰਦ ਹੋਵੇ ਤਾਂ ੨੪ ਘੰਟਿਆਂ ਵਿੱਚ ਫ਼ੈਸਲਾ ਹੁੰਦਾ,
ਅਪਰੂਵਲ ਦੀ ਉਡੀਕ ਨਹੀਂ। ਹੀਟਰ ਉਸੇ ਦਿਨ।
ਸੰਪਰਕ: ਹਾਂ, ਪੋਤੇ ਨਾਲ [[PHONE:07700 900 836]]
ਦਸਤਖ਼ਤ: [[PERSON:B S Mann]] (ਪੋਤੇ ਨੇ ਲਿਖਿਆ) ਮਿਤੀ ੦੭/੦੩/੨੦੨੫
ਦਫ਼ਤਰੀ ਵਰਤੋਂ: [[PERSON:SD]] — [[REFERENCE:BCH-HTG-25-0088]] — vulnerable: Y
"""),
    ),
    (
        "fv2bf-pa-03",
        "pa",
        _s("""
Tenant story form / ਕਿਰਾਏਦਾਰ ਦੀ ਕਹਾਣੀ
Name: [[PERSON:ਸਿਮਰਨਜੀਤ ਕੌਰ ਪੁਰੇਵਾਲ]] (ਸਾਰੇ [[PERSON:ਸਿੰਮੀ]] ਕਹਿੰਦੇ)
DOB: [[DATE_OF_BIRTH:1996-04-11]]
Address: [[ADDRESS:flat 4, 120 Braunstone Lane]], Leicester
Postcode: [[POSTCODE:LE3 2QB]]
Phone: [[PHONE:07700 900 457]]
Email: [[EMAIL:simmi.purewal@example.net]]
Insta/TikTok: [[OTHER_ID:@simmi.purewal]]
Tenancy ref: [[REFERENCE:LEH0412-F4]]
ਨਾਲ ਕੌਣ ਰਹਿੰਦਾ: ਧੀ [[PERSON:ਅਮਾਨਤ]], [[AGE:੫ ਸਾਲ]]
Landlord: [[ORGANISATION:Soar Valley Example Homes]]
ਕੀ ਗਲਤ ਹੋਇਆ: ਉੱਪਰ ਵਾਲੇ ਫ਼ਲੈਟ ([[ADDRESS:flat 6]]) ਵਿੱਚ [[PERSON:ਕਾਈਲ]] ਨਾਮ ਦਾ ਮੁੰਡਾ ਰਾਤ ੨-੩ ਵਜੇ
ਤੱਕ ਉੱਚਾ ਮਿਊਜ਼ਿਕ ਲਾਉਂਦਾ, ਪੌੜੀਆਂ ਵਿੱਚ ਚੀਕਾਂ, ਇੱਕ ਵਾਰ ਮੇਰੇ ਦਰਵਾਜ਼ੇ ਤੇ ਥੁੱਕਿਆ।
[[PERSON:ਅਮਾਨਤ]] ਨੂੰ ਨੀਂਦ ਨਹੀਂ ਆਉਂਦੀ ਸੀ, [[ADDRESS:Fosse Example Primary]] ਦੀ ਟੀਚਰ ਨੇ ਦੱਸਿਆ ਉਹ
ਕਲਾਸ ਵਿੱਚ ਸੌਂ ਜਾਂਦੀ। ASB ਕੇਸ [[REFERENCE:ASB-LE-23-0917]] ਖੁੱਲ੍ਹਿਆ ਪਰ ਛੇ ਮਹੀਨੇ ਕੁਝ ਨਹੀਂ —
ਸਿਰਫ਼ "diary sheets" ਭਰੋ।
ਠੀਕ ਕਿਵੇਂ ਹੋਇਆ: ਮੈਂ ਨੋਇਜ਼ ਐਪ ਦੀਆਂ ਰਿਕਾਰਡਿੰਗਾਂ ਨਾਲ ਸ਼ਿਕਾਇਤ ਕੀਤੀ। ਨਵੀਂ ASB ਅਫ਼ਸਰ
[[PERSON:ਰੁਖ਼ਸਾਨਾ ਬੱਟ]] ਨੇ ਦੋ ਹਫ਼ਤਿਆਂ ਵਿੱਚ [[PERSON:ਕਾਈਲ]] ਨਾਲ ਗੱਲ ਕੀਤੀ, ਲਿਖਤੀ ਚੇਤਾਵਨੀ, ਫਿਰ
mediation। ਉਸ ਨੂੰ ਸਪੋਰਟ ਵਰਕਰ ਵੀ ਮਿਲਿਆ (ਉਸ ਨੂੰ [[HEALTH:ADHD]] ਹੈ, ਉਸ ਨੇ ਆਪ ਦੱਸਿਆ)। ਮੈਨੂੰ
ਅਫ਼ਸੋਸ ਦੀ ਚਿੱਠੀ ਤੇ £੧੫੦ ਮਿਲੇ।
ਕੀ ਬਦਲਿਆ: ਹੁਣ ASB ਕੇਸ ਵਿੱਚ ਹਰ ਦੋ ਹਫ਼ਤੇ ਅਫ਼ਸਰ ਫ਼ੋਨ ਕਰਦੀ ਹੈ। ਰਿਕਾਰਡਿੰਗ ਐਪ ਸਬੂਤ ਵਜੋਂ ਮੰਨੀ ਜਾਂਦੀ
ਹੈ। ਹੁਣ ਰਾਤ ਸ਼ਾਂਤ ਹੈ, [[PERSON:ਅਮਾਨਤ]] ਸੌਂਦੀ ਹੈ।
ਸੰਪਰਕ: yes, DM ਵੀ ਕਰ ਸਕਦੇ ਹੋ
Signature: [[PERSON:Simranjeet]] ੧੮.੦੨.੨੦੨੫
Office: [[PERSON:RB]] / [[REFERENCE:SVH-ASB-C-0331]] / closed – resolved
"""),
    ),
    (
        "fv2bf-pa-04",
        "pa",
        _s("""
ਸ਼ਿਕਾਇਤ ਫ਼ਾਰਮ (Complaint form) — ਵੱਡੇ ਅੱਖਰਾਂ ਵਿੱਚ ਭਰਿਆ
NAME / ਨਾਮ: [[PERSON:MANDEEP SINGH BHULLAR]]
DOB: [[DATE_OF_BIRTH:3RD MARCH 1982]]
ADDRESS / ਪਤਾ: [[ADDRESS:FLAT 1, ELDON HOUSE, 240 STONEY STANTON RD]], COVENTRY
POSTCODE: [[POSTCODE:CV6 5DQ]]
PHONE: [[PHONE:+44 7700 900 093]]
EMAIL: [[EMAIL:MANDEEP.BHULLAR@EXAMPLE.COM]]
TENANCY NO: [[REFERENCE:CVX 240 ELD 01]]
ਨਾਲ ਕੌਣ ਰਹਿੰਦਾ: ਪਤਨੀ [[PERSON:ਨਵਨੀਤ]] ([[AGE:੩੯]]) — ਮੇਰੀ ਕੇਅਰਰ ਵੀ ਹੈ
ਮਕਾਨ-ਮਾਲਕ: [[ORGANISATION:Sherbourne Example Homes]]
ਸਿਹਤ / Disability: [[HEALTH:MULTIPLE SCLEROSIS]], ਵ੍ਹੀਲਚੇਅਰ
ਕੀ ਗਲਤ ਹੋਇਆ: ਬਿਲਡਿੰਗ ਦੇ ਬਾਹਰ ਦਾ ਰੈਂਪ ਟੁੱਟ ਗਿਆ ਸੀ ਅਤੇ ਡਿਸਏਬਲਡ ਪਾਰਕਿੰਗ ਬੇ ਵਿੱਚ ਹੋਰ ਲੋਕ ਗੱਡੀਆਂ
ਲਾਉਂਦੇ। ਮੇਰੀ ਕਾਰ ([[OTHER_ID:FV18 OKM]]) ਸੜਕ ਤੇ ਲਾਉਣੀ ਪੈਂਦੀ ਤੇ [[PERSON:ਨਵਨੀਤ]] ਮੈਨੂੰ ਕਰਬ ਤੋਂ
ਚੁੱਕਦੀ। ਚਾਰ ਮਹੀਨੇ ਰੈਂਪ ਉੱਤੇ ਸਿਰਫ਼ ਟੇਪ ਲੱਗੀ ਰਹੀ। ਠੇਕੇਦਾਰ [[ORGANISATION:Arden Groundworks Ltd]] ਨੇ
ਜਾਬ ਨੰਬਰ [[REFERENCE:JOB-77310]] ਤਿੰਨ ਵਾਰ "completed" ਲਿਖ ਦਿੱਤੀ।
ਉਹਨਾਂ ਨੇ ਕੀ ਕੀਤਾ: ਸ਼ਿਕਾਇਤ ਤੋਂ ਬਾਅਦ ਮੈਨੇਜਰ [[PERSON:ਡੇਮੀਅਨ ਓਕੋਰੋ]] ਆਪ ਮੌਕੇ ਤੇ ਆਏ, ਫ਼ੋਟੋਆਂ ਵੇਖ ਕੇ
ਮੰਨਿਆ ਕਿ ਜਾਬ ਝੂਠੀ ਬੰਦ ਹੋਈ ਸੀ। ਨਵਾਂ ਰੈਂਪ ਤੇ ਹੈਂਡਰੇਲ, ਮੇਰੀ ਕਾਰ ਦੇ ਨੰਬਰ ਵਾਲਾ ਆਪਣਾ ਬੇ ਤੇ ਤਾਲੇ ਵਾਲੀ
ਪੋਸਟ, ਅਤੇ £੫੫੦।
ਕੀ ਬਦਲਿਆ: ਹੁਣ ਕੋਈ ਜਾਬ ਬੰਦ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ ਠੇਕੇਦਾਰ ਨੂੰ "after" ਫ਼ੋਟੋ ਭੇਜਣੀ ਪੈਂਦੀ ਹੈ। ਡਿਸਏਬਲਡ
ਕਿਰਾਏਦਾਰਾਂ ਦੀ ਰਿਪੇਅਰ ਪਹਿਲਾਂ।
ਸੰਪਰਕ: YES — EMAIL ONLY
SIGNATURE / ਦਸਤਖ਼ਤ: [[PERSON:M S BHULLAR]] (ਪਤਨੀ ਨੇ ਲਿਖਿਆ) DATE: 11/11/24
FOR OFFICE USE: [[PERSON:D.O.]] — [[REFERENCE:SEH-C-24-2046]] — Reasonable adjustment logged
"""),
    ),
    (
        "fv2bf-pa-05",
        "pa",
        _s("""
ਕੇਸ ਸਟੱਡੀ ਫ਼ਾਰਮ — "Putting it right"
ਨਾਮ: [[PERSON:ਕੁਲਵਿੰਦਰ ਕੌਰ ਜੌਹਲ]] / [[PERSON:Kulwinder Johal]]
ਜਨਮ ਮਿਤੀ: [[DATE_OF_BIRTH:੧੪ ਜੁਲਾਈ ੧੯੬੯]]
ਪਤਾ: [[ADDRESS:੮੮ Wrotham Vale]], Gravesend
ਪੋਸਟਕੋਡ: [[POSTCODE:DA11 7HZ]]
ਫ਼ੋਨ: [[PHONE:07700 900 775]]
ਈਮੇਲ: ਨਹੀਂ ਹੈ
ਕਿਰਾਏਦਾਰੀ ਨੰਬਰ: [[REFERENCE:KTH-88WV-3302]]
ਧਰਮ (optional): [[OTHER_SPECIAL:ਸਿੱਖ]]
ਨਾਲ ਕੌਣ ਰਹਿੰਦਾ: ਪਤੀ [[PERSON:ਜਸਵੰਤ]] [[AGE:੫੯]], ਨੂੰਹ [[PERSON:ਪਰਮਿੰਦਰ]] [[AGE:੩੧]], ਪੋਤੀਆਂ
[[PERSON:ਏਕਮ]] ([[AGE:੭]]) ਤੇ [[PERSON:ਸਹਿਜ]] ([[AGE:੩]])
ਮਕਾਨ-ਮਾਲਕ: [[ORGANISATION:Kent Thameside Example Homes]]
ਕੀ ਗਲਤ ਹੋਇਆ: ਛੱਤ ਤੋਂ ਕੁੜੀਆਂ ਦੇ ਕਮਰੇ ਵਿੱਚ ਪਾਣੀ ਚੋਂਦਾ ਸੀ। ਸਕੈਫ਼ੋਲਡਿੰਗ ਲੱਗੀ, ਪਰ
[[ORGANISATION:Medway Roofline Ltd]] ਵਾਲੇ ੧੧ ਹਫ਼ਤੇ ਆਏ ਹੀ ਨਹੀਂ। ਸਕੈਫ਼ੋਲਡਿੰਗ ਰਾਹੀਂ ਚੋਰ ਉੱਪਰ ਚੜ੍ਹ ਕੇ
ਖਿੜਕੀ ਤੋੜ ਗਏ, ਮੇਰਾ ਸੋਨਾ ਲੈ ਗਏ। ਪੁਲਿਸ ਕ੍ਰਾਈਮ ਨੰ: [[REFERENCE:46/118273/24]]
ਉਹਨਾਂ ਨੇ ਕੀ ਕੀਤਾ: ਮੇਰੀ ਨੂੰਹ [[PERSON:ਪਰਮਿੰਦਰ]] ਨੇ ਸ਼ਿਕਾਇਤ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਲਿਖੀ। ਕੰਪਲੇਂਟਸ ਟੀਮ ਤੋਂ
[[PERSON:ਲੇਰੋਏ ਗ੍ਰਾਂਟ]] ਨੇ ਮੰਨਿਆ ਕਿ ਸਕੈਫ਼ੋਲਡਿੰਗ ਬਿਨਾਂ ਅਲਾਰਮ ਦੇ ਛੱਡਣਾ ਗਲਤ ਸੀ। ਇੱਕ ਹਫ਼ਤੇ ਵਿੱਚ ਛੱਤ
ਠੀਕ, ਸਕੈਫ਼ੋਲਡਿੰਗ ਉਤਾਰੀ, ਨਵੀਂ ਖਿੜਕੀ ਤੇ ਤਾਲੇ, ਅਤੇ £੯੦੦ (ਸੋਨੇ ਦਾ ਇੰਸ਼ੋਰੈਂਸ ਵੱਖਰਾ)। ਪੈਸੇ ਖਾਤੇ ਵਿੱਚ
ਆਏ: ਸੌਰਟ ਕੋਡ [[OTHER_ID:30-94-21]], ਖਾਤਾ ਨੰ. [[OTHER_ID:੪੪੧੦੨੯੮੭]]
ਕੀ ਬਦਲਿਆ: ਹੁਣ ਸਕੈਫ਼ੋਲਡਿੰਗ ਮੈਨੇਜਰ ਦੀ ਮਨਜ਼ੂਰੀ ਬਿਨਾਂ ੨੧ ਦਿਨਾਂ ਤੋਂ ਵੱਧ ਨਹੀਂ ਰਹਿ ਸਕਦੀ, ਅਤੇ ਹਰ
ਸਕੈਫ਼ੋਲਡ ਤੇ ਅਲਾਰਮ ਲੱਗਦਾ ਹੈ।
ਸੰਪਰਕ: ਹਾਂ, ਨੂੰਹ ਨੂੰ ਫ਼ੋਨ ਕਰੋ [[PHONE:01632 960 287]]
ਦਸਤਖ਼ਤ: [[PERSON:K K Johal]] ਮਿਤੀ ੦੨/੧੨/੨੦੨੪
ਦਫ਼ਤਰੀ ਵਰਤੋਂ: [[PERSON:LG]] / [[REFERENCE:KTE-CMP-24-1150]]
"""),
    ),
    (
        "fv2bf-pl-01",
        "pl",
        _s("""
FORMULARZ SKARGI / COMPLAINT FORM – przepisany z papieru
Imię i nazwisko / Name: [[PERSON:BOGUMIŁA PTASZYŃSKA]]
Data urodzenia / DOB: [[DATE_OF_BIRTH:17.10.1973]]
Adres: [[ADDRESS:9 Cobden Avenue]], Peterborough
Kod pocztowy: [[POSTCODE:PE1 2NW]]
Telefon: [[PHONE:07700 900 168]]
E-mail: [[EMAIL:b.ptaszynska@example.com]]
Nr umowy / Tenancy no: [[REFERENCE:NVH-009-CA]]
Kto jeszcze mieszka: mąż [[PERSON:Zdzisław]] ([[AGE:55 l.]]), syn [[PERSON:Kuba]] – [[AGE:15 lat]]
Właściciel / landlord: [[ORGANISATION:Nene Valley Example Homes]]
Co poszło nie tak: Od listopada nie działało ogrzewanie na piętrze. Zgłaszałam 5 razy, nr zlecenia
[[REFERENCE:R-558301]]. Firma [[ORGANISATION:Fenland Heating Services]] przychodziła, "odpowietrzała"
kaloryfery i wychodziła. [[PERSON:Kuba]] spał w kurtce, a mąż ma [[HEALTH:POChP]] i w styczniu
wylądował w szpitalu z [[HEALTH:zapaleniem płuc]].
Co zrobili, żeby to naprawić: Skargę napisałam z pomocą pani [[PERSON:Marzeny]] z
[[ADDRESS:kościoła św. Jadwigi]], gdzie chodzimy w niedzielę. Po skardze przyjechał pan
[[PERSON:Oluwaseun Bakare]], kierownik od napraw. W dwa dni wymienili pompę i zawór, przeprosił
po ludzku, zapłacili £380 + £60 za grzejniki elektryczne.
Co się zmieniło: Teraz jak firma przychodzi drugi raz z tym samym, sprawa idzie automatycznie do
kierownika. Pan [[PERSON:Bakare]] dał mi bezpośredni numer [[PHONE:01632 960 552]].
Kontakt: tak, najlepiej SMS, po polsku, albo po angielsku do syna
Podpis: [[PERSON:B. Ptaszyńska]] Data: 20/02/2025
Do użytku biurowego / Office use: [[PERSON:OB]] | [[REFERENCE:NVH/C/25/0140]] | Stage 1 – upheld
"""),
    ),
    (
        "fv2bf-pl-02",
        "pl",
        _s("""
Formularz "Historia najemcy" / Tenant story – wypełnione po polsku i trochę po angielsku
Imię i nazwisko: [[PERSON:Przemysław Wilczek]] (w pracy wołają na mnie [[PERSON:Pete]])
Data ur.: [[DATE_OF_BIRTH:5 maja 1986 r.]]
Adres: [[ADDRESS:mieszkanie 12, Solent Court]], Southampton
Kod: [[POSTCODE:so17 2hp]]
Tel.: [[PHONE:+44 7700 900 509]]
E-mail: [[EMAIL:przemek.wilczek[at]example.org]]
Nr najmu: [[REFERENCE:SCH/SC/12/2019]]
Kto mieszka: partnerka [[PERSON:Ilona Ciesielska]] ([[AGE:34]]), jej córka [[PERSON:Oliwka]] [[AGE:8
lat]], nasz syn [[PERSON:Franek]] [[AGE:13 miesięcy]]
Landlord: [[ORGANISATION:Itchen Example Housing]]
Co poszło nie tak: Z sufitu w łazience kapało z mieszkania [[ADDRESS:nr 15]] nad nami. Sąsiad, pan
[[PERSON:Desmond]], sam do nich dzwonił. Przez 4 miesiące wiadro. Na suficie pleśń,
[[PERSON:Franek]] dwa razy miał [[HEALTH:zapalenie oskrzeli]]. Firma [[ORGANISATION:Wessex Plumb &
Drain]] dwa razy "nie mogła wejść" do [[ADDRESS:piętnastki]], choć pan [[PERSON:Desmond]] był w domu.
Co zrobili: Skargę przyjęła pani [[PERSON:Chiamaka Oduya]]. Tego samego dnia umówiła wejście z
panem [[PERSON:Desmondem]], naprawili rurę, wymienili sufit, usunęli pleśń. Zapłacili £520 i
przeprosili za to "nie mogła wejść", którego nie było.
Co się zmieniło: Jak przeciek idzie z innego mieszkania, teraz oni sami umawiają dostęp i jest termin
5 dni roboczych. Pani [[PERSON:Chiamaka]] zadzwoniła po miesiącu sprawdzić.
Kontakt: tak / yes, e-mail
Podpis: [[PERSON:P. Wilczek]] 14.01.2025
Office: [[PERSON:ChO]] / [[REFERENCE:IEH-CMP-2024-3318]] / photos attached ✔
"""),
    ),
    (
        "fv2bf-pl-03",
        "pl",
        _s("""
SKARGA – FORMULARZ OPISU SPRAWY (case study)
IMIĘ I NAZWISKO: [[PERSON:JADWIGA KMIECIK]]
DATA URODZENIA: [[DATE_OF_BIRTH:1958-12-02]] WIEK: [[AGE:66]]
ADRES: [[ADDRESS:3 Skirbeck Gardens]], Boston
KOD: [[POSTCODE:PE21 0TR]]
TELEFON: [[PHONE:01632 960 734]] (stacjonarny)
EMAIL: –
NR NAJMU: [[REFERENCE:BXH 003 SG]]
NR UBEZPIECZENIA (NI): [[NI_NUMBER:QQ 39 05 88 A]]
KTO JESZCZE MIESZKA: nikt. Wnuczek [[PERSON:Antoś]] ([[AGE:10]]) przychodzi po szkole
WŁAŚCICIEL: [[ORGANISATION:Fenside Example Housing]]
CO POSZŁO NIE TAK: Ktoś z sąsiedztwa zgłosił, że mam "hoarding", i przyszło pismo, że łamię umowę.
To nieprawda, trzymam tylko rzeczy po mężu, świętej pamięci [[PERSON:Stanisławie]]. Od jego śmierci
mam [[HEALTH:depresję]]. Pani z biura, [[PERSON:Karen Littlewood]], przyszła bez zapowiedzi i robiła
zdjęcia w sypialni. Czułam się jak przestępca.
CO ZROBILI, ŻEBY NAPRAWIĆ: Córka [[PERSON:Renata]] napisała skargę. Przyszedł kierownik, pan
[[PERSON:Mehmet Yıldız]]. Przeprosił, zdjęcia usunięte, pismo wycofane, a moją sprawę dostała pani
[[PERSON:Dorota Sadowska]], która mówi po polsku. Zapłacili £200 "za stres".
CO SIĘ ZMIENIŁO: Teraz nie wolno robić zdjęć w domu bez zgody. Wizyty są zapowiadane listem, po
polsku, jeśli ktoś prosi. [[PERSON:Karen]] już nie prowadzi mojej sprawy.
KONTAKT: TAK – przez córkę [[PHONE:07700 900 640]]
PODPIS: [[PERSON:J. Kmiecik]] DATA: 9 IV 2025
DO UŻYTKU BIUROWEGO: [[PERSON:M.Y.]] / [[REFERENCE:FEH-CS-25-044]] / Polish interpreter requested
"""),
    ),
    (
        "fv2bf-pl-04",
        "pl",
        _s("""
Formularz zgłoszenia / Complaint & case study form (wypełnione długopisem, przepisane)
Imię i nazwisko / Name: [[PERSON:Grzegorz Szczepaniak]]
Data urodzenia / DOB: [[DATE_OF_BIRTH:29/02/1992]]
Adres / Address: [[ADDRESS:41a Ruskin Road]], Crewe
Kod pocztowy: [[POSTCODE:CW2 7JT]]
Telefon: [[PHONE:07700 900 381]]
E-mail: [[EMAIL:grzegorz kropka szczepaniak małpa example kropka net]]
Nr umowy najmu: [[REFERENCE:CPH-041A-RR]]
Kto jeszcze mieszka: żona [[PERSON:Ołena]] ([[AGE:31]]), [[OTHER_SPECIAL:Ukrainka]], syn
[[PERSON:Wiktor]] – [[AGE:6 lat]], chodzi do [[ADDRESS:Brierley Example Primary]]
Właściciel: [[ORGANISATION:Cheshire Plains Homes]]
Co poszło nie tak: W październiku czujnik czadu w kuchni piszczał co parę dni. Zgłosiłem, przyszedł
gazownik z [[ORGANISATION:Weaver Gas Ltd]], powiedział, że czujnik jest "do wymiany", wyjął baterię
i poszedł. [[PERSON:Wiktor]] miał bóle głowy i wymiotował, [[PERSON:Ołena]] myślała, że to wirus. W
listopadzie trafiliśmy wszyscy troje na SOR – [[HEALTH:zatrucie tlenkiem węgla]]. Okazało się, że
nieszczelny był komin kotła.
Co zrobili, żeby to naprawić: Tego samego wieczoru przyjechała ekipa awaryjna i odłączyła kocioł.
Skargę prowadziła pani [[PERSON:Aoife Brennan]], bardzo konkretna. Nowy kocioł i komin w 2 dni,
grzejniki olejowe na ten czas, nowe czujniki we wszystkich pokojach, £900 i pismo z przeprosinami.
Co się zmieniło: Każdy alarm czadu to teraz wizyta w ciągu 4 godzin i nikt nie może wyjąć baterii
bez sprawdzenia kotła. Pani [[PERSON:Brennan]] mówiła, że przejrzeli wszystkie takie zgłoszenia z
ostatniego roku.
Czy możemy się skontaktować: tak, po 17:00, albo z żoną po angielsku
Podpis: [[PERSON:G. Szczepaniak]] Data: 12.12.2024
Do użytku biurowego: [[PERSON:AB]] / CO incident / [[REFERENCE:CPH-GAS-24-0071]]
"""),
    ),
    (
        "fv2bf-pl-05",
        "pl",
        _s("""
Formularz – skarga i jej rozwiązanie (Complaint outcome – tenant feedback)
Imię i nazwisko: [[PERSON:Halina Wrzesińska-Abbott]]
Data ur.: [[DATE_OF_BIRTH:12 stycznia 1966]]
Adres (stary): [[ADDRESS:27 Larkman Lane]], Norwich [[POSTCODE:NR5 8HR]] → adres (nowy):
[[ADDRESS:5 Heartsease Close]], [[POSTCODE:nr79qd]]
Telefon: [[PHONE:+44 (0)1632 960 915]]
E-mail: [[EMAIL:halina.abbott@example.net]]
Nr rejestru mieszkaniowego / housing register: [[REFERENCE:HR-NR-0099214]]
Nr najmu: jak wyżej?? nowy: [[REFERENCE:WXH-5HC-2025]]
Kto mieszka z Panią: mąż [[PERSON:Trevor Abbott]], [[AGE:63 lata]], po [[HEALTH:udarze]]
Właściciel: [[ORGANISATION:Wensum Example Homes]]
Co poszło nie tak: Po [[HEALTH:udarze]] [[PERSON:Trevor]] nie mógł wchodzić po schodach na drugie piętro. W
marcu złożyłam wniosek o przeniesienie z powodów medycznych, z listem od lekarza z
[[ADDRESS:Bowthorpe Example Health Centre]]. Wniosek "zaginął", a potem dali nam band C zamiast A.
Pan [[PERSON:Kieran]] z biura powiedział, że "nie ma punktów za schody". [[PERSON:Trevor]] przez pół
roku spał na kanapie w salonie.
Co zrobili: Złożyłam skargę ([[REFERENCE:WEH-C-24-0588]]). Odpisała pani [[PERSON:Abimbola
Shonibare]] i przyznała, że formularz medyczny leżał nieotwarty. Dali band A od daty pierwszego
wniosku i po 7 tygodniach dostaliśmy parterowy domek przy [[ADDRESS:5 Heartsease Close]]. Zapłacili
za przeprowadzkę i £300.
Co się zmieniło: Teraz każdy wniosek medyczny dostaje potwierdzenie mailem w 2 dni i decyzję w 10 dni.
Z [[PERSON:Trevorem]] rozmawiają po angielsku, ze mną mogą po polsku.
Kontakt: tak
Podpis: [[PERSON:H. Wrzesińska-Abbott]] 05/05/2025
Office use: [[PERSON:AS]] – Stage 1 – upheld – [[REFERENCE:WEH-ST1-0588]]
"""),
    ),
    (
        "fv2bf-ro-01",
        "ro",
        _s("""
FORMULAR RECLAMAȚIE / COMPLAINT FORM
Nume / Name: [[PERSON:FLORENTINA BĂDESCU]]
Data nașterii: [[DATE_OF_BIRTH:21.06.1984]]
Adresa: [[ADDRESS:ap. 17, Rosslyn Court]], Barking
Cod poștal: [[POSTCODE:IG11 7QE]]
Telefon: [[PHONE:020 7946 0196]] / mobil [[PHONE:07700 900 714]]
E-mail: [[EMAIL:flori.badescu@example.com]]
Nr. contract: [[REFERENCE:BXD-17RC-5520]]
Cine mai locuiește: soțul [[PERSON:Costel]] [[AGE:44 ani]], fetele [[PERSON:Bianca]] ([[AGE:15]]) și
[[PERSON:Daria]] ([[AGE:11]])
Proprietar: [[ORGANISATION:Barking Riverside Example Homes]]
Ce nu a mers: Din august jumătate din apartament a rămas fără curent – sufrageria și dormitorul
nostru. Am trăit 7 săptămâni cu prelungitoare din bucătărie. Electricianul de la
[[ORGANISATION:Essex Spark Electrical]] a venit de două ori și a scris "safe". [[PERSON:Costel]] are
[[HEALTH:apnee în somn]] și doarme cu aparat CPAP; când sărea siguranța noaptea, aparatul se oprea.
[[PERSON:Bianca]] învăța pentru GCSE la lanternă.
Ce au făcut ca să repare: După reclamație, doamna [[PERSON:Precious Nwachukwu]] de la echipa de
reclamații a venit cu alt electrician. Au refăcut instalația în trei zile, ne-au dat £140 pentru
mâncarea stricată din congelator și £460 compensație, plus scrisoare de scuze semnată de ea.
Ce s-a schimbat: Acum, dacă cineva are aparat medical pe curent, e trecut în sistem și orice pană e
urgență de 4 ore. [[PERSON:Precious]] m-a sunat după o lună să vadă dacă e totul bine.
Vă putem contacta: Da, dar nu duminica
Semnătura: [[PERSON:F. Bădescu]] Data: 03.03.2025
Rezervat biroului: [[PERSON:PN]] / [[REFERENCE:BRH-CMP-0325-17]]
"""),
    ),
    (
        "fv2bf-ro-02",
        "ro",
        _s("""
Formular poveste chiriaș / Tenant story form
Nume și prenume: [[PERSON:Ecaterina Plămădeală]] (toți îmi zic [[PERSON:Katia]])
Data nașterii: [[DATE_OF_BIRTH:12 mai '90]]
Adresa: [[ADDRESS:ap. 9, Belvoir House]], Sneinton, Nottingham
Cod poștal: [[POSTCODE:NG2 4LF]]
Telefon: [[PHONE:0115 496 0843]]
E-mail: [[EMAIL:katia.plamadeala (at) example.org]]
Act de identitate (mi l-au cerut la semnare): CI [[OTHER_ID:RX 482913]]
Nr. contract: [[REFERENCE:TVH/BH/09/2022]]
Cine mai locuiește: fiul meu [[PERSON:Maxim]], [[AGE:3 ani]], și partenerul [[PERSON:Liam Doherty]]
([[AGE:35]])
Proprietar: [[ORGANISATION:Trent Vale Example Housing]]
Ce nu a mers: Lumina de pe scara blocului n-a mers din septembrie până în decembrie. Am sunat de 6
ori și mi s-a spus că firma [[ORGANISATION:Castle Electrical Maintenance]] "are comanda". Într-o seară
am căzut pe scări cu [[PERSON:Maxim]] în brațe. Noroc că n-a pățit el nimic, eu m-am lovit rău la
genunchi.
Ce au făcut ca să repare: După reclamația scrisă a venit domnul [[PERSON:Alton Gayle]]. În 48 de ore
au pus becuri cu senzori de mișcare pe toată scara și lumină la intrarea spre ghena de gunoi. Mi-au
plătit £250 și au recunoscut în scris că firma nu venise deloc.
Ce s-a schimbat: Acum îngrijitorul verifică lumina de pe scări în fiecare săptămână și trece în
aplicație. Dacă nu merge lumina pe scară, reparația trebuie făcută în 24 de ore. Vecina de la
[[ADDRESS:ap. 11]], doamna [[PERSON:Hyacinth]], zice că nici ea n-a mai avut probleme.
Vă putem contacta: da, pe WhatsApp
Semnătura: [[PERSON:E. Plămădeală]] Data: 20.01.2025
Rezervat biroului: [[PERSON:AG]] / [[REFERENCE:TVE-CMP-2501-09]] / ID verificat
"""),
    ),
    (
        "fv2bf-ro-03",
        "ro",
        _s("""
Formular de reclamație (completat cu ajutorul mediatoarei de la școală)
Nume / Name: [[PERSON:Viorel Cârstea]]
Data nașterii: [[DATE_OF_BIRTH:7.XI.1979]]
Adresa: [[ADDRESS:64 Harrington Street]], Derby
Cod poștal: [[POSTCODE:de23 8pe]]
Telefon: [[PHONE:07700 900 429]]
E-mail: nu am
Nr. contract chirie: [[REFERENCE:DEH 0064 HS]]
Etnie (opțional): [[OTHER_SPECIAL:rom]]
Cine mai locuiește: soția [[PERSON:Luminița]] [[AGE:41]], băieții [[PERSON:Remus]] ([[AGE:17]]) și
[[PERSON:Sorinel]] ([[AGE:12]]), nepotul [[PERSON:Dănuț]] [[AGE:4 ani]]
Proprietar: [[ORGANISATION:Derwent Example Homes]]
Ce nu a mers: În iunie au venit muncitorii de la [[ORGANISATION:Rykneld Property Care]] să schimbe
ușa din spate. Au spart tocul și au plecat. După două luni am primit scrisoare că avem de plătit £640
"recharge" pentru "daune produse de chiriaș". Am zis că n-am stricat noi, nimeni nu m-a ascultat.
[[PERSON:Remus]] a tradus la telefon și i s-a spus că "așa sunt oamenii ăștia" – asta ne-a durut cel
mai tare.
Ce au făcut ca să repare: Doamna [[PERSON:Gabriela]], mediatoarea de la [[ADDRESS:Pear Tree Example
Academy]], unde învață [[PERSON:Sorinel]], ne-a ajutat cu reclamația. A preluat-o domnul
[[PERSON:Tadhg Ó Briain]], care a găsit în sistem chiar poza muncitorilor, cu tocul deja spart. Au
anulat datoria de £640, au pus ușă nouă, ne-au cerut scuze în scris pentru ce s-a spus la telefon și
ne-au dat £200.
Ce s-a schimbat: Acum pentru orice "recharge" trebuie poze de la început și de la sfârșit. Angajatul
care a vorbit urât a făcut un curs. Domnul [[PERSON:Tadhg]] ne-a dat numărul lui direct:
[[PHONE:01632 960 348]].
Vă putem contacta: da, prin [[PERSON:Gabriela]] sau prin [[PERSON:Remus]]
Semnătura: [[PERSON:V. Cârstea]] Data: 15/10/2024
Rezervat biroului: [[PERSON:TÓB]] / [[REFERENCE:DEH-RCH-24-0412]] / Equality: flagged
"""),
    ),
    (
        "fv2bf-ro-04",
        "ro",
        _s("""
FORMULAR RECLAMAȚIE – date personale / personal data complaint
Nume: [[PERSON:Ionuț-Cătălin Mocanu]]
Data nașterii / DOB: [[DATE_OF_BIRTH:2000.01.19]]
Adresa: [[ADDRESS:flat 2B, Wold View Court]], Hull
Cod poștal: [[POSTCODE:HU3 6SP]]
Telefon: [[PHONE:+44 7700 900 690]]
E-mail: [[EMAIL:ionut.mocanu00@example.net]]
Facebook: [[OTHER_ID:facebook.com/ionut.mocanu.hull]]
Statut imigrare: [[OTHER_SPECIAL:settled status]] (EUSS), share code [[OTHER_ID:W7K 3PD 9QX]]
Nr. contract: [[REFERENCE:HXH-2B-WVC-7741]]
Cine mai locuiește: prietena mea [[PERSON:Roxana-Maria Stoica]], [[AGE:23 de ani]]
Proprietar: [[ORGANISATION:Humber Example Housing]]
Ce nu a mers: Timp de 5 luni scrisorile mele au ajuns la [[ADDRESS:flat 2D]]. Printre ele și
scrisoarea despre restanța la chirie, cu numele meu complet, data nașterii și contul care se termină
în [[OTHER_ID:4417]]. Vecinul de acolo, [[PERSON:Shane]], a pus poza scrisorii pe grupul de Facebook
al blocului, râzând că "[[OTHER_SPECIAL:românul]] nu-și plătește chiria". Nici nu era adevărat –
plata întârziase din cauza lor.
Ce au făcut ca să repare: Am făcut reclamație și am scris și responsabilului cu protecția datelor.
Doamna [[PERSON:Farzana Begum-Lowe]] m-a sunat în 2 zile, a cerut ștergerea postării, a corectat
adresa în sistem (de la mutare era greșită), mi-a trimis scuze scrise și £150. Au corectat și
restanța.
Ce s-a schimbat: La fiecare mutare acum verifică adresa cu chiriașul la telefon, iar scrisorile
despre bani pleacă în plic "privat". [[PERSON:Roxana]] zice că acum primim totul la timp.
Vă putem contacta: da, pe mail sau pe Messenger
Semnătura: [[PERSON:I.C. Mocanu]] Data: 28.02.2025
Rezervat biroului: [[PERSON:FBL]] / Data breach log [[REFERENCE:DPB-2025-031]] /
[[REFERENCE:HXH-CMP-25-118]]
"""),
    ),
    (
        "fv2bf-ro-05",
        "ro",
        _s("""
Formular studiu de caz – "Am greșit și am reparat"
Nume / Name: [[PERSON:MIHAELA DOBRE-SINGH]]
Data nașterii (zi/lună/an): [[DATE_OF_BIRTH:08 / 03 / 1977]]
Adresa: [[ADDRESS:12 Semilong Place]], Northampton
Cod poștal: [[POSTCODE:NN2 6BX]]
Telefon: [[PHONE:01632 960 661]] / mobil: vezi mai sus
E-mail: [[EMAIL:mihaela.dobresingh@example.com]]
Nr. contract: [[REFERENCE:SEH/12SP/0306]]
Cine mai locuiește: soțul [[PERSON:Harjit]] ([[AGE:52]]), fiica noastră [[PERSON:Anaya]] ([[AGE:9]]),
elevă la [[ADDRESS:Semilong Example Primary]]
Proprietar: [[ORGANISATION:Spencer Example Housing]]
Ce nu a mers: În aprilie, firma [[ORGANISATION:Nenside Property Services]] a venit să pună lămpi noi
și a dat găuri în tavanul cu artex fără să verifice dacă e azbest. Praful a căzut peste patul
[[PERSON:Anayei]]. Vecinul nostru, domnul [[PERSON:Kevin Pybus]], care a lucrat în construcții, ne-a
zis imediat să oprim lucrarea. Testul a ieșit pozitiv.
Ce au făcut ca să repare: După ce [[PERSON:Harjit]] a sunat la reclamații, doamna [[PERSON:Orla
Quigley]] ne-a mutat la hotel chiar în seara aceea, pentru 9 nopți. O firmă specializată a curățat și
a scos tavanul, ne-au înlocuit salteaua, perdelele și canapeaua, ne-au plătit £1.200 și ne-au trimis
o scrisoare de la director. Medicul de familie de la [[ADDRESS:Kingsthorpe Example Surgery]] a notat
expunerea în dosarul fiecăruia.
Ce s-a schimbat: Acum nicio firmă nu are voie să dea găuri fără raportul de azbest pe telefon.
Muncitorii au fost instruiți. [[PERSON:Orla]] ne sună o dată pe an.
Vă putem contacta: Da. Soțul preferă engleza.
Semnătura: [[PERSON:M. Dobre-Singh]] 08.07.2024
Rezervat biroului: [[PERSON:OQ]] / [[REFERENCE:SPX-CMP-24-0779]] / H&S incident ✔
"""),
    ),
    (
        "fv2bf-ur-01",
        "ur",
        _s("""
شکایت / کیس اسٹڈی فارم — ہاتھ سے بھرا ہوا، بعد میں ٹائپ کیا گیا
نام / Name: [[PERSON:ظفر اقبال ڈار]] ([[PERSON:ZAFAR IQBAL DAR]])
تاریخ پیدائش / DOB: [[DATE_OF_BIRTH:۱۲-۰۳-۱۹۶۷]]
پتہ / Address: [[ADDRESS:14 Toller Grove]], Manningham, Bradford
پوسٹ کوڈ: [[POSTCODE:BD9 4PQ]]
فون: [[PHONE:۰۷۷۰۰ ۹۰۰ ۱۵۲]]
ای میل: [[EMAIL:zafar.dar67@example.com]]
ٹیننسی نمبر: [[REFERENCE:AEH/14TG/3390]]
آپ کے ساتھ اور کون رہتا ہے: بیوی [[PERSON:شگفتہ]] ([[AGE:۵۲]])، بیٹی [[PERSON:عائزہ]] [[AGE:۱۹
سال]]، بیٹا [[PERSON:ارتضیٰ]] [[AGE:۱۴ سال]]، اسے [[HEALTH:ڈاؤن سنڈروم]] ہے
مالک مکان / Landlord: [[ORGANISATION:Aire Example Homes]]
کیا غلط ہوا: نیا کچن لگنا تھا۔ [[ORGANISATION:Calder Kitchens Ltd]] والے پرانا کچن اکھاڑ کر چلے گئے
اور آٹھ ہفتے واپس نہیں آئے۔ نہ چولہا، نہ سنک۔ ہم باتھ روم میں برتن دھوتے رہے۔ [[PERSON:ارتضیٰ]] کو
روٹین بدلنے سے بہت پریشانی ہوتی ہے، وہ راتوں کو سوتا نہیں تھا۔ پڑوس کی [[ADDRESS:Toller Lane Example
Masjid]] والے کئی دن کھانا دے جاتے رہے۔
ٹھیک کرنے کے لیے انہوں نے کیا کیا: میری بیٹی [[PERSON:عائزہ]] نے ای میل سے شکایت کی۔ تب مسٹر
[[PERSON:ڈیرن ہالیڈے]] ([[PERSON:Darren Halliday]]) خود آئے، معافی مانگی، اسی ہفتے دوسری کمپنی سے کچن
لگوایا، عارضی مائیکروویو اور فرج دیا، کھانے کے خرچ کے £۳۲۰ اور تکلیف کے £۴۰۰ دیے۔
کیا بدلا: اب کوئی کچن یا باتھ روم تب تک نہیں اکھاڑا جاتا جب تک نیا سامان گودام میں نہ آ جائے۔ جن گھروں
میں معذور بچہ ہو، وہاں پہلے سے عارضی کچن کا انتظام ہوتا ہے۔
کیا ہم رابطہ کر سکتے ہیں: جی ہاں، انگریزی کے لیے [[PERSON:عائزہ]] سے: [[PHONE:07700 900 284]]
دستخط: [[PERSON:ظفر اقبال]] تاریخ: ۱۹/۰۵/۲۰۲۵
دفتری استعمال کے لیے: [[PERSON:DH]] / [[REFERENCE:AEH-KIT-25-0203]] / Stage 1 resolved
"""),
    ),
    (
        "fv2bf-ur-02",
        "ur",
        _s("""
کرایہ دار کی کہانی — Tenant story form
نام: [[PERSON:عظمیٰ نورین]] / [[PERSON:Uzma Noreen]]
DOB: [[DATE_OF_BIRTH:14th Feb 88]]
پتہ: [[ADDRESS:فلیٹ 22، Ashfield Court]]، Rochdale
پوسٹ کوڈ: [[POSTCODE:ol11 3sd]]
فون: [[PHONE:0161 496 0318]]
ای میل: [[EMAIL:uzma dot noreen at example dot org]]
ٹیننسی نمبر: [[REFERENCE:RVH-AC22-0810]]
ساتھ کون رہتا ہے: شوہر [[PERSON:کاشف]] ([[AGE:۳۸]])، بیٹا [[PERSON:زاویار]] [[AGE:۶]]، بیٹی
[[PERSON:منسا]] [[AGE:۲۰ ماہ]]
مالک مکان: [[ORGANISATION:Roch Valley Example Homes]]
کیا غلط ہوا: بلڈنگ کا مین دروازہ (entry system) چار مہینے خراب رہا، دروازہ کھلا رہتا تھا۔ سیڑھیوں پر
لوگ سوتے اور نشہ کرتے۔ ہمارے تین پارسل چوری ہوئے، ایک میں [[PERSON:زاویار]] کی [[HEALTH:مرگی]] کی
دوائی تھی۔ ٹھیکیدار [[ORGANISATION:Pennine Access Systems]] کہتا رہا پرزہ آرڈر پر ہے۔
[[PERSON:کاشف]] رات کو نیچے جا کر دروازہ رسی سے باندھتے تھے۔
ٹھیک کیسے ہوا: ہم نے شکایت کی، نمبر [[REFERENCE:RVH/C/2024/1432]]۔ مسز [[PERSON:جوزفین اموآہ]]
([[PERSON:Josephine Amoah]]) آئیں۔ دو دن میں عارضی تالا اور سکیورٹی گارڈ، دو ہفتے میں نیا entry
system اور CCTV، پارسل کے پیسے اور £۲۵۰ ملے۔
کیا بدلا: اب مین دروازہ خراب ہو تو ۲۴ گھنٹے میں گارڈ یا تالا لازمی ہے۔ پارسل لاکر لگ گئے۔ ساتھ والے فلیٹ
کی آنٹی [[PERSON:ڈوروتھی]] کہتی ہیں بیس سال میں پہلی بار کسی نے سنا۔
رابطہ: ہاں، میسج کریں
دستخط: [[PERSON:عظمیٰ]] ۰۲/۰۴/۲۰۲۵
دفتری استعمال: [[PERSON:JA]] / [[REFERENCE:RVE-ST1-0412]] / safeguarding: no
"""),
    ),
    (
        "fv2bf-ur-03",
        "ur",
        _s("""
شکایت فارم — بیٹے نے باہر سے ای میل کے ذریعے بھرا، امی کی طرف سے
نام: [[PERSON:ممتاز بیگم چوہدری]] (Mrs [[PERSON:MUMTAZ BEGUM CHAUDHRY]])
تاریخ پیدائش: [[DATE_OF_BIRTH:یکم جنوری ۱۹۴۸]] (پاسپورٹ میں یہی ہے)
عمر: [[AGE:۷۷ سال]]
پتہ: [[ADDRESS:۳۱ Cippenham Close]]، Slough
پوسٹ کوڈ: [[POSTCODE:SL1 5QW]]
فون: [[PHONE:01632 960 127]] (گھر) — امی موبائل نہیں رکھتیں
ای میل: میری — [[EMAIL:tanveer.chaudhry@example.net]] ([[PERSON:تنویر]]، بیٹا، Dubai میں)
ٹیننسی نمبر: معلوم نہیں، خط پر لکھا ہے [[REFERENCE:TVE 31CC 1994]]
ساتھ کون رہتا ہے: اکیلی رہتی ہیں۔ پوتی [[PERSON:ماہ نور]] ([[AGE:۲۲]]) یونیورسٹی سے ویک اینڈ پر آتی
ہے۔
مالک مکان: [[ORGANISATION:Thames Valley Example Housing]]
کیا غلط ہوا: نومبر کے طوفان میں پچھلے باغ کا بڑا درخت شیڈ اور کچن کی چھت پر گر گیا۔ انہوں نے کہا باغ
کرایہ دار کی ذمہ داری ہے، حالانکہ امی نے ۲۰۲۱ اور ۲۰۲۲ میں اسی درخت کے بارے میں لکھا تھا۔ چھ ہفتے
کچن کی چھت پر ترپال رہا اور پانی ٹپکتا رہا۔ امی کو [[HEALTH:گٹھیا]] ہے، پھر بھی بالٹیاں اٹھاتی رہیں۔
ٹھیک کرنے کے لیے کیا کیا: میں نے Dubai سے ای میل پر شکایت کی اور پرانے خطوں کی تصویریں لگائیں۔ پتا چلا
کہ پہلی دونوں رپورٹیں سسٹم میں موجود تھیں۔ مسٹر [[PERSON:ایمون کیسڈی]] نے لکھا کہ غلطی ان کی تھی۔
[[ORGANISATION:Chiltern Arborists Ltd]] نے درخت ہٹایا، چھت اور کچن ٹھیک ہوئے، اور £۶۵۰ ملے۔
[[PERSON:ماہ نور]] کام کے ہر دن امی کے ساتھ رہی۔
کیا بدلا: اب باغ کے بڑے درخت مالک مکان کی فہرست میں ہیں اور ہر دو سال معائنہ ہوتا ہے۔ بزرگ کرایہ داروں
کی شکایت پر ۵ دن میں فون آتا ہے۔
رابطہ: مجھ سے ای میل پر، یا [[PERSON:ماہ نور]] سے [[PHONE:07700 900 970]]
دستخط: [[PERSON:تنویر احمد چوہدری]] (بیٹا) ۲۳-۰۱-۲۰۲۵
دفتری استعمال: [[PERSON:EC]] / [[REFERENCE:TVE-GRD-25-0017]] / consent: verbal, via granddaughter
"""),
    ),
    (
        "fv2bf-ur-04",
        "ur",
        _s("""
نیا گھر — شکایت فارم / New tenancy complaint form
Name / نام: [[PERSON:USAMA RIAZ BHATTI]] ([[PERSON:اسامہ ریاض بھٹی]])
DOB: [[DATE_OF_BIRTH:2nd Oct 1997]]
Address / پتہ: [[ADDRESS:Flat 5, Colworth House]], Forest Gate, London
Postcode: [[POSTCODE:E7 9PL]]
Phone: [[PHONE:+44 20 7946 0917]]
Email: [[EMAIL:usama.bhatti@example.org]]
Insta: [[OTHER_ID:@usama_builds]]
ٹیننسی نمبر: [[REFERENCE:LXH-COL5-24119]]
ساتھ کون رہتا ہے: بیوی [[PERSON:انعم]] ([[AGE:۲۶]])، بیٹی [[PERSON:ہانیہ]] [[AGE:۸ ماہ]]
Landlord: [[ORGANISATION:Leaside Example Housing]]
کیا غلط ہوا: چابیاں ملنے کے دن فلیٹ کا حال یہ تھا: کوکر کا گیس پائپ کھلا، بجلی کا ساکٹ دیوار سے لٹکا
ہوا، پرانے کرایہ دار کا کچرا، اور باتھ روم میں سرنج۔ "void standard" کی چیک لسٹ پر ہر چیز پر ٹک لگا
تھا۔ [[PERSON:انعم]] کی گود میں [[PERSON:ہانیہ]] تھی، ہم اسی دن واپس بہن کے گھر چلے گئے۔ ٹھیکیدار
[[ORGANISATION:Eastway Voids Ltd]] نے کہا ان کا کام مکمل ہے۔
کیسے ٹھیک ہوا: میں نے تصویریں انسٹا پر ڈالیں اور رسمی شکایت بھی کی۔ void manager
[[PERSON:میروسلاو گرابووسکی]] (سب انہیں [[PERSON:Mirek]] کہتے ہیں) اگلی صبح خود آئے۔ گیس بند کی،
بجلی کا سرٹیفکیٹ دیا، پوری صفائی، نیا فرش، دو ہفتے کا کرایہ معاف اور کہیں اور رہنے کے £۳۰۰۔ ٹھیکیدار
کی ٹیم کی دوبارہ ٹریننگ ہوئی۔
کیا بدلا: اب چابی دینے سے پہلے ان کا اپنا افسر ویڈیو کال پر کرایہ دار کو پورا فلیٹ دکھاتا ہے، اور گیس اور
بجلی کے سرٹیفکیٹ اسی دن دیے جاتے ہیں۔
رابطہ: Yes, DM or email
دستخط: [[PERSON:U. R. Bhatti]] 14-03-2025
Office use: [[PERSON:MG]] / Void complaint [[REFERENCE:LXH-VD-25-0066]]
"""),
    ),
    (
        "fv2bf-ur-05",
        "ur",
        _s("""
شکایت کا فارم — بیٹی نے امی کے لیے بھرا
نام: [[PERSON:صغریٰ بی بی]]
DOB / تاریخ پیدائش: [[DATE_OF_BIRTH:۵/۶/۵۶]]
پتہ: [[ADDRESS:۹ Fartown Green Road]]، Huddersfield
پوسٹ کوڈ: [[POSTCODE:HD2 1QT]]
فون: [[PHONE:۰۱۶۳۲ ۹۶۰ ۵۸۳]]
ای میل: نہیں
ٹیننسی نمبر: [[REFERENCE:KXH/9FG/1985]]
NI نمبر: [[NI_NUMBER:QQ 61 22 90 C]]
ساتھ کون رہتا ہے: بیٹا [[PERSON:شہباز]] ([[AGE:۴۴]])، اسے [[HEALTH:شیزوفرینیا]] ہے
مالک مکان: [[ORGANISATION:Colne Valley Example Homes]]
کیا غلط ہوا: گھر کے سامنے کا راستہ (path) ٹوٹا ہوا تھا، امی دو بار گریں۔ ہم نے مارچ میں شکایت کی۔
پانچ مہینے کوئی جواب نہیں آیا۔ تین بار فون کیا، ہر بار "complaint is with the team"۔ آخر Housing
Ombudsman کو لکھا، کیس نمبر [[REFERENCE:202503318]]۔
ٹھیک کرنے کے لیے کیا کیا: Ombudsman نے complaint handling failure لکھا۔ اس کے بعد نئی کمپلینٹس ٹیم
کے مینیجر مسٹر [[PERSON:ایفوسا اوساگی]] گھر آئے۔ [[ORGANISATION:Holme Groundworks]] نے ایک ہفتے میں
نیا راستہ، ریلنگ اور دروازے پر روشنی لگائی۔ £۵۰۰ ملے، جن میں £۲۰۰ صرف شکایت کو نظر انداز کرنے کے تھے۔
کیا بدلا: اب ہر شکایت کا ۵ دن میں "acknowledgement" اور ۱۰ دن میں فیصلہ۔ شکایتوں کی الگ ٹیم بنی ہے۔
[[PERSON:شہباز]] کی [[ADDRESS:Fartown Example Health Centre]] والی نرس نے بھی کہا کہ اب امی کے گرنے
کا خطرہ کم ہے۔
رابطہ: جی ہاں، میرے ذریعے: [[PERSON:رفعت]]، [[PHONE:07700 900 811]]، [[EMAIL:rifat.h@example.com]]
دستخط: [[PERSON:رفعت حسین]] (بیٹی) امی کی طرف سے ۰۹/۰۹/۲۰۲۵
دفتری استعمال: [[PERSON:EO]] / Ombudsman order complied ✔ / [[REFERENCE:CVE-CMP-25-0261]]
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
