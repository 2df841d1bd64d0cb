"""Fresh version-2 PII test stories, batch cb.

Letters and notes from schools, nurseries and colleges pasted into housing stories: a
headteacher's or SENCo's letter backing a transfer or a repair, a school nurse's note linking a
pupil's asthma to a damp flat, attendance officer notes, a nursery key worker's observation, a
college tutor's email about a student in temporary accommodation and a safeguarding lead's
referral summary. The English stories paste the letter whole; in Arabic, Bengali, Punjabi,
Polish, Romanian and Urdu the parent quotes or translates it and adds their own words, with
numbers in native or ASCII digits. Marking choices: the child's named school, nursery, college,
GP surgery or place of worship is an ADDRESS, the generic word (School, Primary, Nursery,
College, مدرسة, স্কুল, ਸਕੂਲ, اسکول) inside the span when it is part of the name; so are the
school's street address and a temporary room or flat number ("room 14", "camera 31", "রুম ৭"),
one span with its named block when written together ("Flat 6, Orchard House", "الشقة ٤١، برج
فيكتوريا") and two when words come between ("room 14 of the Seaview Guest House"). The school's
postcode, phone and email are marked like any other. UPNs, pupil and student numbers, NHS and
CHI numbers and a student's Instagram handle are OTHER_ID; complaint, repair, housing,
homelessness, MASH and early-help case numbers are REFERENCE (value only). Staff named by title
and surname keep the title outside (Mrs, Miss, Mr, Nurse, pani, pan, doamna, domnul, السيدة,
الآنسة, মিসেস, মিস্টার, ਸ੍ਰੀਮਤੀ, ਮਿਸਟਰ, مسز, مسٹر, باجی) and an initial inside ("P. Nowak",
"ف. أوكونكوو"). Inflected names are marked as whole words with their endings (Zosi, Jakuba,
Nowakowi, Szymkowi, Ilincăi, Doinei, বৃষ্টির, আরিয়ানের, ফেয়ারক্লফকে), as are inflected school
names (ব্ল্যাকওয়াল লেন প্রাইমারি স্কুলে) and conditions (ਦਮੇ, دمے); Arabic proclitics are
avoided rather than split. Diminutives and nicknames are names (Kuba, Wiki, Olek, Różyczka,
Floricica, Andreiuț, Tash, T-J, Billu, حمودي, আলু, ਜੱਸੀ, زینو, زوئی). Names that are also words
(Hope, Precious, Mark, Wróbel, Lis, Róża, Doina, Floarea, أمل, نور, سلام, বৃষ্টি, মুক্তা, আলু,
ਅਮਨ, ਖੁਸ਼ੀ, ਜੋਤ, سحر, امید, ہولی, گرین) are marked only where they are names, and the word use
appears in the same story. National origin, ethnicity (romi, and the slur țiganii) and
immigration status (refugee status, spouse visa, NRPF) are OTHER_SPECIAL. Year groups, class and
room names (Hedgehogs, sala Jeżyków), attendance figures, job titles, towns, districts,
boroughs, hospitals, generic "the council", kinship words and event dates are not marked.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 8 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 71.4% of 35, recall 98.0%, precision 82.3%, on the committed
detector b7ae9d4 (after round 77); leak-free by language ar 3, bn 3, en 3, pa 5, pl 3, ro 4, ur 4 of 5.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2cb-en-01",
        "en",
        _s("""
[[PERSON:Jade Whitlock]] asked us to print the letter her children's headteacher wrote, because
she says it was the first thing anyone at [[ORGANISATION:Hartwell Housing Trust]] actually read.
The family of four had been in a one-bedroom flat at [[ADDRESS:Flat 6, Orchard House]],
[[POSTCODE:B11 3LN]], for three years. This is the letter as she sent it:

"Dear Sir or Madam, I am writing as headteacher of [[ADDRESS:Brindley Road Primary School]],
[[ADDRESS:44 Brindley Road]], [[POSTCODE:B11 3QT]], in support of Ms [[PERSON:Whitlock]]'s
request for a transfer. [[PERSON:Kayden Whitlock]] (Year 5, date of birth
[[DATE_OF_BIRTH:14 February 2015]], UPN [[OTHER_ID:K330219874512]]) sleeps on the sofa in the
living room, and his sister [[PERSON:Poppy]], who is in our Reception class, shares her mother's
bed. His class teacher, Mrs [[PERSON:Adeyemi]], reports that he often falls asleep after lunch,
and our SENCo, Miss [[PERSON:Kaur]], is assessing him for [[HEALTH:dyslexia]]; he has nowhere
quiet to read at home. I would be glad to discuss this on [[PHONE:0121 496 0382]] or at
[[EMAIL:head@brindleyroad.example.org]]. Yours faithfully, [[PERSON:Helen Marsh]], Headteacher."

[[PERSON:Jade]] says: "I'd rung them every week for a year. The letter went in on a Monday and
by the Friday a housing officer, [[PERSON:Craig]], had been round to measure up." Her complaint,
reference [[REFERENCE:HHT/C/20931]], was upheld at stage one: the trust accepted it had not
assessed the overcrowding properly and moved the family up to band B. In March they were
offered a three-bedroom house at [[ADDRESS:17 Quinton Close]], a ten-minute walk from school.
"[[PERSON:Kayden]] has a desk now," [[PERSON:Jade]] says. "[[PERSON:Poppy]] keeps asking when
Mrs [[PERSON:Adeyemi]] is coming to see her bedroom."
"""),
    ),
    (
        "fv2cb-en-02",
        "en",
        _s("""
When [[PERSON:Abena Mensah]] complained to [[ORGANISATION:Pennine Cross Homes]] about the mould
in her two-bedroom flat at [[ADDRESS:12 Mather Street]], [[POSTCODE:M40 7GH]], the first reply
told her to open the windows and wipe the walls down. What changed things, she says, was a note
from the school nurse. She has let us share it:

"School Health Service - note for housing provider. Pupil: [[PERSON:Hope Mensah]], Year 2,
[[ADDRESS:St Wilfrid's Catholic Primary School]]. DOB: [[DATE_OF_BIRTH:03.09.2017]]. NHS no.
[[OTHER_ID:943 476 5919]]. [[PERSON:Hope]] has [[HEALTH:asthma]] and has needed her reliever
inhaler in school on eleven days since September, most often on Monday mornings after a weekend
at home. She has had two courses of steroids from the [[ADDRESS:Conran Street Medical Centre]].
Her mother reports black mould on the wall beside [[PERSON:Hope]]'s bed. In my professional
view the home conditions are likely to be contributing, and I would hope the landlord can treat
this as urgent. [[PERSON:B. Quigley]], School Staff Nurse, tel. [[PHONE:0161 496 0715]]."

[[PERSON:Abena]] says: "I'd told them all of that myself. But when it came from Nurse
[[PERSON:Quigley]] they sent a surveyor within a fortnight." The surveyor found a blocked air
brick and no working extractor in the bathroom. [[ORGANISATION:Pennine Cross Homes]] treated the
mould, fitted a humidistat fan and replastered the outside wall of [[PERSON:Hope]]'s room. Repair
job [[REFERENCE:PCH-RJ-7720183]] was closed in January, and the complaint,
[[REFERENCE:PCH-CMP-3317]], was upheld with £250 compensation. "She's had one bad week since,"
[[PERSON:Abena]] says. "We all hope it stays that way. And her little brother
[[PERSON:Kofi]] has stopped coughing too."
"""),
    ),
    (
        "fv2cb-en-03",
        "en",
        _s("""
[[PERSON:Leanne Brennan]] and her three children spent seven months in emergency accommodation
after their flat in [[ADDRESS:Dane Court]] was found unsafe. She got the attendance officer's
notes through a subject access request and wants other parents to know a school can back them
up. With her permission, here they are:

"Attendance log - [[PERSON:Tyler-Jay Brennan]], Year 9, form tutor Mr [[PERSON:D. Achterberg]],
pupil no. [[OTHER_ID:20417]]. 14 Nov: attendance 61% this half term. Family placed by
[[ORGANISATION:Thanet District Council]] in [[ADDRESS:room 14]] of the
[[ADDRESS:Seaview Guest House]], [[POSTCODE:CT9 1QP]], two buses from
[[ADDRESS:Cliftonville Heights Academy]]. Mum ([[PERSON:Leanne]]) says fares are £9 a day.
Sister [[PERSON:Maisie Brennan]], Year 3, attends [[ADDRESS:Dalby Square Primary]]; brother
[[PERSON:Rhys]], [[AGE:4]], has no school place yet. 21 Nov: spoke to Mr [[PERSON:Achterberg]];
[[PERSON:T-J]] falling asleep in lessons, no cooking facilities at the guest house. Action:
letter to Housing Options (case [[REFERENCE:TDC/HO/44871]]) asking for a move nearer school.
[[PERSON:S. Fairweather]], Attendance Officer, [[PHONE:01632 960418]]."

[[PERSON:Leanne]] says Mrs [[PERSON:Fairweather]] "was the only person who wrote anything down
that wasn't about me failing". With the letter and help from a housing adviser she complained
that a family had been kept in bed and breakfast well past the six-week limit. The council
upheld complaint [[REFERENCE:TDC-CF-09126]] at stage two, apologised, refunded the bus fares and
moved the family to a self-contained flat at [[ADDRESS:Flat 2, 31 Harold Road]]. "Fair weather or
foul, [[PERSON:Tyler-Jay]]'s in every day now," she says. "He's at 96%."
"""),
    ),
    (
        "fv2cb-en-04",
        "en",
        _s("""
[[PERSON:Saima Qureshi]] had reported water coming through the wall of the
[[ADDRESS:basement flat at 9 Elmhurst Road]], [[POSTCODE:E5 8QJ]], four times before her son's
nursery wrote something down. She sent us the observation his key worker shared at parents'
evening:

"Learning journal - [[PERSON:Bilal Qureshi]] ([[AGE:2 years 10 months]]), Hedgehogs room,
[[ADDRESS:Little Acorns Day Nursery]]. Key worker: [[PERSON:Chantelle Dwyer]]. During home-corner
play [[PERSON:Bilal]] put a cloth on the wall and said 'my house is crying, Mummy wipes it'. He
drew 'the black' on his picture of his bedroom. [[PERSON:Bilal]] has [[HEALTH:eczema]] and has
been off five times this term with coughs; Mum says he was admitted with
[[HEALTH:bronchiolitis]] last winter. Shared with nursery manager [[PERSON:Gwen Pryce-Jones]] and
health visitor. Next step: support Mum to contact landlord."

[[PERSON:Saima]] says: "At home we call him [[PERSON:Billu]]. When I read 'my house is
crying' I sat in the car and cried myself." [[PERSON:Gwen]] helped her write to
[[ORGANISATION:Clapton Common Housing Co-operative]], attaching the observation and a photo of
the wall. The co-op sent a damp specialist, [[ORGANISATION:DryLine Surveys]], who found the
tanking had failed behind the kitchen units. The flat was tanked again, the skirting replaced and
a dehumidifier left in while it dried out; repair reference [[REFERENCE:CCHC-0815]]. The co-op's
board also apologised for treating the first four reports as condensation. "[[PERSON:Bilal]]
hasn't missed nursery since half term," [[PERSON:Saima]] says, "and [[PERSON:Chantelle]] says
his picture of the house has a sun in it now."
"""),
    ),
    (
        "fv2cb-en-05",
        "en",
        _s("""
[[PERSON:Precious Nwosu]] was [[AGE:17]] and in the second year of a Level 3 course when her
family lost their tenancy and were placed in a hostel. Her tutor's email, and the college's
referral summary, are printed here at her request, because she thinks staff in other colleges
should see what helped.

"From: [[PERSON:Mark Ellery]] <[[EMAIL:m.ellery@castlegate-college.example.org]]>. To:
Safeguarding. Subject: [[PERSON:Precious Nwosu]], student ID [[OTHER_ID:CSF240881]]. Hi
[[PERSON:Ruth]], [[PERSON:Precious]] told me today she, her mum and her brother
[[PERSON:Daniel]] ([[AGE:13]], Year 8 at [[ADDRESS:Beckfield Academy]]) are in [[ADDRESS:Room 3]]
at [[ADDRESS:Beacon Lodge]], one room and a shared kitchen. She's doing assignments on her phone
on the bus. Her marks are still good but she looks exhausted. Can we talk? [[PERSON:Mark]]"

"Referral summary, Ms [[PERSON:R. Lindqvist]], Designated Safeguarding Lead,
[[ADDRESS:Castlegate Sixth Form College]]. Student: [[PERSON:Precious Nwosu]], DOB
[[DATE_OF_BIRTH:22/06/2007]]. Family in temporary accommodation since 2 September, placed by
[[ORGANISATION:Sheffield City Council]], homelessness case [[REFERENCE:SCC-HL-230914]]. Mother
has [[HEALTH:lupus]]. Referred to MASH, reference [[REFERENCE:MASH-2024-11873]]. College has
arranged bursary, laptop loan and a quiet study room."

There was precious little privacy in one room for three people, [[PERSON:Precious]] says, and
the family waited fourteen weeks. With both letters attached, her mother complained that the
hostel was unsuitable for someone with her condition. The council agreed, upheld the complaint
and offered a two-bedroom council flat at [[ADDRESS:48 Wensley Street]],
[[POSTCODE:S4 8HY]], in January. [[PERSON:Precious]] passed with distinctions. "Mr
[[PERSON:Ellery]] noticed before anyone," she says.
"""),
    ),
    (
        "fv2cb-ar-01",
        "ar",
        _s("""
اسمي [[PERSON:هالة الدرويش]]، وأسكن مع أولادي الثلاثة في [[ADDRESS:٢٣ شارع كوبر]]،
[[POSTCODE:BD3 9LR]]، في برادفورد. منذ سنتين والسقف في غرفة الأولاد يسرّب الماء كلما أمطرت،
واشتكيت إلى [[ORGANISATION:Airedale Vale Homes]] مرات كثيرة بلا نتيجة. في النهاية كتبت مديرة
مدرسة ابنتي رسالة، وأنقلها هنا بالعربية كما ترجمها لي جاري:

«إلى من يهمه الأمر، أكتب بصفتي مديرة [[ADDRESS:مدرسة سانت بيدز الابتدائية]]. التلميذة
[[PERSON:أمل الدرويش]] في الصف الثالث، تاريخ ميلادها [[DATE_OF_BIRTH:٩ أيار ٢٠١٦]]، ورقمها
الدراسي (UPN) [[OTHER_ID:B208114365027]]. لاحظت معلمتها السيدة [[PERSON:هيوز]] أن
[[PERSON:أمل]] تصل إلى المدرسة متعبة وثيابها رطبة، وقد أخبرتنا أنها تنام بجانب دلو يجمع الماء.
أخوها [[PERSON:يوسف]] في صف الروضة عندنا، وقد غاب تسعة أيام هذا الفصل بسبب [[HEALTH:الربو]].
أرجو أن تتعاملوا مع الأمر بصفة عاجلة، ويمكنكم الاتصال بي على [[PHONE:0113 496 0274]].
[[PERSON:كلير أتكينسون]]، مديرة المدرسة.»

هذه الرسالة غيّرت كل شيء. بعد أسبوع جاء مشرف الصيانة، واسمه [[PERSON:ستيف]]، وصوّر السقف
والجدران. رقم الشكوى [[REFERENCE:AVH-48830]]. أصلحوا السطح خلال شهر، وبدّلوا الجبس في
الغرفتين، ودفعوا لنا ٣٠٠ جنيه تعويضاً واعتذروا عن التأخير. بصراحة كنت قد فقدت كل أمل، أما الآن
فابنتي [[PERSON:أمل]] تنام في سريرها بلا دلو، وابني [[PERSON:يوسف]] لم يستعمل البخاخ منذ ستة
أسابيع. أشكر السيدة [[PERSON:هيوز]] والسيدة [[PERSON:أتكينسون]] من كل قلبي، وأقول لكل أم: اطلبي
من المدرسة أن تكتب، فالمدرسة ترى ما لا يراه أحد.
"""),
    ),
    (
        "fv2cb-ar-02",
        "ar",
        _s("""
أنا [[PERSON:عثمان الطيب]]، [[OTHER_SPECIAL:سوداني]]، وصلت إلى بريطانيا سنة ٢٠١٩ وحصلت أنا
وعائلتي على [[OTHER_SPECIAL:صفة اللاجئ]] قبل سنتين. بعد أن انتهى عقد البيت الذي كنا نستأجره،
وضعنا [[ORGANISATION:مجلس بلدية نيوهام]] في سكن مؤقت: [[ADDRESS:الغرفة ٢٢]] في
[[ADDRESS:فندق كرانبروك]]، [[POSTCODE:E7 8DR]]، خمسة أشخاص في غرفة واحدة. ابني الكبير
[[PERSON:محمد]]، ونسميه في البيت [[PERSON:حمودي]]، عمره [[AGE:١٨ سنة]] ويدرس الهندسة
الكهربائية في [[ADDRESS:كلية نيوهام ريفرسايد]]. أرسل أستاذه هذا البريد إلى قسم السكن، وأنا
أترجمه:

«من: [[PERSON:بن كول]] ([[EMAIL:b.cole@newham-riverside.example.org]]). بخصوص الطالب
[[PERSON:محمد عثمان الطيب]]، رقم الطالب [[OTHER_ID:NRC-118274]]. [[PERSON:محمد]] من أفضل
طلابي، لكنه تأخر في تسليم ثلاثة مشاريع لأنه لا يملك مكاناً للدراسة؛ يراجع دروسه في ممر الفندق
بعد أن ينام إخوته. أخته [[PERSON:رؤى]] في الصف السابع في [[ADDRESS:مدرسة ستراتفورد هيل الثانوية]]
وتعاني من الوضع نفسه. أرجو أن تأخذوا هذا بعين الاعتبار في ملف الأسرة
[[REFERENCE:HPN/TA/77316]]. مع التحية، السيد [[PERSON:كول]]، المشرف الأكاديمي.»

بعد هذا البريد قدّمت شكوى رسمية، وساعدني في كتابتها متطوع اسمه [[PERSON:إدريس]] في مركز
الجالية. رقم الشكوى [[REFERENCE:NC-CMP-56012]]. اعترف المجلس بأن غرفة واحدة لا تناسب عائلة من
خمسة أفراد لأكثر من عشرة أشهر، واعتذر، وانتقلنا في شباط إلى بيت بثلاث غرف في
[[ADDRESS:١٠ طريق ويليامز]]. ابني [[PERSON:حمودي]] أنهى مشاريعه وقُبل في الجامعة، والحمد لله.
أقول لكل أب: اطلب من المدرسة أو الكلية أن تكتب عن أولادك، فكلمتهم تُسمع.
"""),
    ),
    (
        "fv2cb-ar-03",
        "ar",
        _s("""
أنا [[PERSON:نور الحسن]]، أم لثلاثة أطفال، ونسكن في [[ADDRESS:الشقة ٤١، برج فيكتوريا]]،
[[POSTCODE:M13 9PL]]، في الطابق التاسع. المصعد معطل منذ أربعة أشهر، وابني [[PERSON:عمر]] عنده
[[HEALTH:شلل دماغي]] ويستعمل كرسياً متحركاً. كتبت السيدة [[PERSON:أوكونكوو]]، مسؤولة الحماية
في [[ADDRESS:أكاديمية ويلو بارك]]، ملخص إحالة أرسلته إلى المجلس، وسمحت لي بمشاركته:

«ملخص إحالة - التلميذ: [[PERSON:عمر الحسن]]، الصف الأول، تاريخ الميلاد
[[DATE_OF_BIRTH:١٧/١١/٢٠١٧]]. أخته [[PERSON:زينب]] في الصف السادس في المدرسة نفسها، وأخته
الصغرى [[PERSON:لين]] عمرها [[AGE:سنتان]]. المصعد في البرج، وهو ملك
[[ORGANISATION:Ardwick Green Housing]]، معطل منذ أيلول، فتحمل الأم [[PERSON:عمر]] وكرسيه تسعة
طوابق كل صباح، وقد غاب ٢٣ يوماً هذا الفصل. لاحظت معلمة الصف الآنسة [[PERSON:كاور]] أن
[[PERSON:زينب]] تتأخر لأنها تساعد أمها على الدرج. رقم ملف المساعدة المبكرة:
[[REFERENCE:EH-55190]]. أوصي بنقل الأسرة إلى سكن في الطابق الأرضي. [[PERSON:ف. أوكونكوو]]،
مسؤولة الحماية المعيّنة، [[EMAIL:safeguarding@willowpark.example.org]].»

كنت أظن أن أحداً لن يسمعني. بعد الإحالة اتصل بي مدير السكن بنفسه، وأُصلح المصعد خلال ثلاثة
أسابيع، ثم عرضوا علينا بيتاً أرضياً معدّلاً في [[ADDRESS:٥ ممر هاثرسيج]]. رقم الشكوى
[[REFERENCE:AGH-C-30217]]، وقد اعترفوا فيها بأنهم لم يسجّلوا إعاقة ابني في ملفنا. الآن يدخل
النور إلى البيت من الحديقة، وابني [[PERSON:عمر]] يخرج إلى المدرسة بكرسيه وحده، وابنتي
[[PERSON:زينب]] تصل قبل الجرس.
"""),
    ),
    (
        "fv2cb-ar-04",
        "ar",
        _s("""
أنا [[PERSON:سلام الجبوري]]، ونسكن في [[ADDRESS:٨ب طريق ألبرت]]، [[POSTCODE:CF24 3LP]]، في
كارديف، وهي شقة تؤجرها لنا [[ORGANISATION:Taff Riverside Homes]]. ابني [[PERSON:ريان]] عمره
[[AGE:٣ سنوات]] ويذهب إلى [[ADDRESS:حضانة صن فلاور]]، والمربية المسؤولة عنه، [[PERSON:جيما]]،
تستقبلنا كل صباح بـ«السلام عليكم» لأنها تعلمتها من ابني. في الشتاء الماضي كتبت ملاحظة في دفتره،
وهذه ترجمتها:

«ملاحظة - [[PERSON:ريان]]، غرفة الفراشات. المربية: [[PERSON:جيما ويليامز]]. اليوم أثناء اللعب
بالرمل سعل [[PERSON:ريان]] كثيراً وقال إن "غرفتنا فيها نقاط سوداء وريحتها سيئة". لاحظنا أن
ثيابه الاحتياطية في الحقيبة تفوح منها رائحة رطوبة. والدته تقول إن طبيب
[[ADDRESS:عيادة بارك لين]] شخّص عنده [[HEALTH:التهاب القصيبات]] مرتين. ناقشت الأمر مع مديرة
الحضانة السيدة [[PERSON:بيفان]]، ونقترح أن تبلغ الأم صاحب السكن بالرطوبة كتابياً.»

أرسلت الملاحظة بالبريد الإلكتروني من عنواني [[EMAIL:salam.jubouri@example.com]] مع الصور،
وكتبت رقم البلاغ القديم [[REFERENCE:TRH-55102]]. خلال عشرة أيام جاء فنيان من شركة
[[ORGANISATION:Valleys Damp Solutions]]، وركّبا مروحة تهوية جديدة، وعالجا العفن، وغيّرا إطار
النافذة المكسور، ووعدونا بفحص كل ثلاثة أشهر. الآن لا يسعل ابني [[PERSON:ريان]] في الليل،
والمربية [[PERSON:جيما]] تقول إنه صار يرسم بيتاً فيه شمس. نصيحتي: لا تستهينوا بملاحظات الحضانة،
فهي دليل مكتوب بيد شخص محايد.
"""),
    ),
    (
        "fv2cb-ar-05",
        "ar",
        _s("""
اسمي [[PERSON:عبد الله القباطي]]، وأعيش مع زوجتي وبناتي في [[ADDRESS:٥٧ طريق ستانلي]]،
[[POSTCODE:S65 2QA]]، في روذرهام. ابنتي الكبرى [[PERSON:هدى]] في الصف العاشر في
[[ADDRESS:مدرسة هولت بارك الثانوية]]، وعندها [[HEALTH:فقر الدم المنجلي]]، والبرد يسبب لها
نوبات ألم شديدة. تعطلت التدفئة في بيتنا ثلاثة أسابيع في كانون الثاني، ولم يأتِ أحد رغم اتصالاتي.
هذه ملاحظات موظفة الحضور في المدرسة كما أرسلتها لي:

«سجل الحضور - [[PERSON:هدى القباطي]]، الصف العاشر، المعلمة المرشدة الآنسة [[PERSON:كور]]،
رقم التلميذة [[OTHER_ID:HP-30962]]. ١٢ كانون الثاني: نسبة الحضور ٧٤٪ هذا الفصل، وكلها غيابات
مرضية. اتصل الأب من الرقم [[PHONE:٠٧٧٠٠ ٩٠٠٥٣٨]] وأخبرنا أن التدفئة معطلة وأن [[PERSON:هدى]]
دخلت المستشفى يومين. أختها [[PERSON:مريم]] في الصف السابع وحضورها جيد. الإجراء: رسالة دعم إلى
[[ORGANISATION:Rotherham Metropolitan Borough Council]] بشأن طلب الإصلاح
[[REFERENCE:RMBC-R-6614072]]. [[PERSON:جانيت بارنز]]، موظفة الحضور.»

بعد رسالة السيدة [[PERSON:بارنز]] جاء المهندس في اليوم التالي وركّب مدفأتين مؤقتتين، ثم بدّلوا
المرجل بالكامل بعد أسبوع. قدّمت شكوى رسمية أيضاً برقم [[REFERENCE:RMBC-CF-1187]]، ووافق المجلس
على أن التأخير غير مقبول لأسرة فيها مريضة، ودفع لنا تعويضاً، ووضع علامة على ملفنا حتى تُعامل
أعطال التدفئة عندنا كحالات طارئة. صارت ابنتي [[PERSON:هدى]] تذهب إلى المدرسة كل يوم تقريباً،
وحضورها الآن ٩٥٪، والآنسة [[PERSON:كور]] أرسلت لها بطاقة تهنئة.
"""),
    ),
    (
        "fv2cb-bn-01",
        "bn",
        _s("""
আমার নাম [[PERSON:রুমানা বেগম]]। আমরা পাঁচজন তিন বছর ধরে থাকি
[[ADDRESS:ফ্ল্যাট ১৯, ব্রান্টন হাউস]], [[POSTCODE:E14 6RT]], এক বেডরুমের একটা ফ্ল্যাটে। আমার
ছেলে [[PERSON:আরিয়ান]] Year 4-এ আর মেয়ে [[PERSON:মুক্তা]] Year 1-এ পড়ে
[[ADDRESS:ব্ল্যাকওয়াল লেন প্রাইমারি স্কুলে]]। হেডটিচার মিসেস [[PERSON:ওকোরো]] হাউজিংকে যে
চিঠি লিখেছিলেন, আমি সেটার বাংলা করে দিচ্ছি:

"সংশ্লিষ্ট কর্তৃপক্ষের প্রতি, আমি [[ADDRESS:ব্ল্যাকওয়াল লেন প্রাইমারি স্কুলের]] প্রধান শিক্ষক
হিসেবে মিসেস [[PERSON:বেগমের]] বদলির আবেদন সমর্থন করছি। [[PERSON:আরিয়ান রহমান]] (জন্ম
[[DATE_OF_BIRTH:৩০ মার্চ ২০১৫]], UPN [[OTHER_ID:E211093847016]]) প্রায়ই হোমওয়ার্ক ছাড়া আসে,
কারণ বাড়িতে বসে পড়ার কোনো জায়গা নেই। সে আর তার বোন [[PERSON:মুক্তা]] বাবা-মায়ের সঙ্গে
একই ঘরে ঘুমায়। আমাদের SENCo মিসেস [[PERSON:ও'ব্রায়েন]] জানিয়েছেন যে [[PERSON:আরিয়ানের]]
[[HEALTH:অটিজম]] ধরা পড়েছে, আর এত ভিড়ের মধ্যে সে রাতে ঘুমাতে পারে না। অনুগ্রহ করে
পরিবারটিকে দ্রুত বড় বাসায় সরানোর কথা বিবেচনা করুন। যোগাযোগ: [[PHONE:020 7946 0613]]।
[[PERSON:গ্রেস ওকোরো]], প্রধান শিক্ষক।"

এই চিঠি সঙ্গে দিয়ে আমি [[ORGANISATION:Poplar Riverside Homes]]-এর কাছে আনুষ্ঠানিক অভিযোগ
করি, রেফারেন্স [[REFERENCE:PRH-77341]]। আগে ওরা বলত আমাদের "যথেষ্ট পয়েন্ট নেই"। চিঠি যাওয়ার
পর একজন অফিসার, [[PERSON:ডেনিস]], বাসা দেখতে এলেন এবং মানলেন যে ঘর মাপা হয়েছিল ভুলভাবে।
চার মাস পর আমরা [[ADDRESS:৮ ক্রিস্প স্ট্রিট]]-এ তিন বেডরুমের বাসা পেয়েছি। এখন
[[PERSON:আরিয়ানের]] নিজের একটা ছোট ঘর আছে, আর [[PERSON:মুক্তা]] স্কুলের পরে ওর বন্ধুদের
ডেকে আনে। মিসেস [[PERSON:ওকোরোর]] চিঠিটা আমার কাছে মুক্তার চেয়েও দামি।
"""),
    ),
    (
        "fv2cb-bn-02",
        "bn",
        _s("""
আমি [[PERSON:কামরুল ইসলাম]], থাকি [[ADDRESS:৪৭ ওয়েস্টবোর্ন রোড]], [[POSTCODE:LU4 8JN]],
লুটনে। বৃষ্টি হলেই আমাদের বাসার পেছনের দেয়াল ভিজে যায়, আর আমার মেয়ে [[PERSON:বৃষ্টির]]
ঘরে কালো ছত্রাক জমে। [[PERSON:বৃষ্টি]] [[AGE:সাত বছরের]], ওর [[HEALTH:হাঁপানি]] আছে। স্কুলের
নার্স একটা চিঠি লিখে দিয়েছিলেন, আমি সেটা অনুবাদ করছি:

"স্কুল হেলথ সার্ভিস। ছাত্রী: [[PERSON:বৃষ্টি ইসলাম]], Year 2,
[[ADDRESS:সেন্ট ম্যাথিউস প্রাইমারি স্কুল]]। জন্মতারিখ [[DATE_OF_BIRTH:০৪/০৬/২০১৭]]। NHS নম্বর
[[OTHER_ID:৪৫০ ৫৫৭ ৭১০৪]]। এই টার্মে [[PERSON:বৃষ্টি]] স্কুলে সাতবার ইনহেলার নিয়েছে, আর দুবার
ওকে বাড়ি পাঠাতে হয়েছে। ওর বাবা জানিয়েছেন শোবার ঘরে ছত্রাক আছে। আমার মতে বাসার স্যাঁতসেঁতে
অবস্থা ওর [[HEALTH:হাঁপানি]] বাড়িয়ে দিচ্ছে, তাই জরুরি ভিত্তিতে মেরামত দরকার। —
[[PERSON:জোয়ান প্রাইস]], স্কুল নার্স, [[EMAIL:schoolnurse.luton@example.org]]"

চিঠিটা আমি [[ORGANISATION:Chiltern Gate Housing]]-কে পাঠাই, মেরামতের রেফারেন্স
[[REFERENCE:CGH-RP-401288]] দিয়ে। চিঠি লিখতে সাহায্য করেছিলেন
[[ADDRESS:বেরি পার্ক জামে মসজিদের]] ইমাম সাহেব। দুই সপ্তাহের মধ্যে ওরা ছাদের ভাঙা নালা
বদলাল, বাইরের দেয়ালে নতুন প্লাস্টার করল আর ঘরের ছত্রাক পরিষ্কার করল। আমার অভিযোগ
([[REFERENCE:CGH-COMP-2290]]) মেনে নিয়ে ক্ষতিপূরণও দিল। ছোট ছেলে [[PERSON:রাফসান]] এখন
বোনের সঙ্গে এক ঘরে ঘুমায়, আর কেউ কাশে না। এখন বাইরে বৃষ্টি হলেও ঘর শুকনো থাকে, আর
[[PERSON:বৃষ্টি]] সারা রাত ঘুমাতে পারে। নার্স [[PERSON:প্রাইসকে]] অনেক ধন্যবাদ।
"""),
    ),
    (
        "fv2cb-bn-03",
        "bn",
        _s("""
আমি [[PERSON:শাহানা আহমেদ]]। আমার ছেলে [[PERSON:তানভীর আহমেদ]], বয়স [[AGE:১৮]], পড়ে
[[ADDRESS:ওয়ার্নেথ সিক্সথ ফর্ম কলেজে]]। গত বছর আমাদের ভাড়া বাসা ছাড়তে হলে
[[ORGANISATION:Oldham Council]] আমাদের অস্থায়ী জায়গায় রাখে: [[ADDRESS:রুম ৭,
হলিওয়েল হাউস]], [[POSTCODE:OL8 1RS]]। চারজন এক ঘরে, রান্নাঘর ভাগ করে ছয়টা পরিবার।
[[PERSON:তানভীরের]] টিউটর কলেজের সেফগার্ডিং টিমকে একটা ইমেইল লিখেছিলেন, সেটার অনুবাদ দিচ্ছি:

"প্রেরক: মিস্টার [[PERSON:পি. নোভাক]] ([[EMAIL:p.nowak@werneth-sfc.example.org]])। বিষয়:
[[PERSON:তানভীর আহমেদ]], স্টুডেন্ট নম্বর [[OTHER_ID:WSF-0099213]]। [[PERSON:তানভীর]] গত ছয়
সপ্তাহে চারটা ক্লাস মিস করেছে আর দুটো অ্যাসাইনমেন্ট দেরিতে জমা দিয়েছে। সে জানিয়েছে তার
পরিবার এক ঘরে থাকে, রাতে পড়ার জন্য আলো জ্বালাতে পারে না, আর কলেজ থেকে দেড় ঘণ্টার পথ। তার
ছোট বোন [[PERSON:নুসরাত]] [[ADDRESS:ওয়াটারহেড একাডেমিতে]] Year 7-এ পড়ে। আমি আমাদের
সেফগার্ডিং লিড মিসেস [[PERSON:ফেয়ারক্লফকে]] জানিয়েছি। [[PERSON:তানভীর]] খুব মেধাবী ছাত্র,
ওর এখন একটা স্থির জায়গা দরকার।"

মিসেস [[PERSON:ফেয়ারক্লফ]] কাউন্সিলকে চিঠি দেন আমাদের হোমলেসনেস কেস
[[REFERENCE:OC/HPS/20871]]-এর উল্লেখ করে। আমি নিজেও অভিযোগ করি যে এগারো মাস এক ঘরে থাকা
অন্যায়। কাউন্সিল দ্বিতীয় ধাপে অভিযোগটা মেনে নেয়, ক্ষমা চায়, আর আমাদের
[[ADDRESS:১২ ক্লার্কসফিল্ড স্ট্রিট]]-এ দুই বেডরুমের একটা বাসা দেয়। এখন [[PERSON:তানভীর]]
রান্নাঘরের টেবিলে বসে রাত জেগে পড়ে, আর [[PERSON:নুসরাত]] হেঁটে স্কুলে যায়। এ বছর
[[PERSON:তানভীর]] ইউনিভার্সিটিতে ভর্তির সুযোগ পেয়েছে। মিস্টার [[PERSON:নোভাক]] ওকে একটা
কার্ড পাঠিয়েছেন, তাতে লেখা: "তুমি পেরেছ।"
"""),
    ),
    (
        "fv2cb-bn-04",
        "bn",
        _s("""
আমি [[PERSON:ফারহানা খাতুন]]। আমরা থাকি [[ADDRESS:ফ্ল্যাট ৩, ২৬ কম্পটন রোড]],
[[POSTCODE:LS9 7BG]], লিডসে; বাড়িওয়ালা [[ORGANISATION:Aire Valley Housing Group]]। আমার ছেলে
[[PERSON:আলিফ]] যায় [[ADDRESS:রেইনবো কিডস নার্সারিতে]]। বাড়িতে আমরা ওকে [[PERSON:আলু]]
ডাকি, কারণ ছোটবেলায় ও খুব গোলগাল ছিল। গত শীতে রান্নাঘরে ইঁদুর এসে আলুর বস্তা কেটে দিয়েছিল,
তারপর ওরা শোবার ঘরেও ঢুকতে শুরু করে। আমি বারবার ফোন করেছি, কেউ আসেনি। তারপর নার্সারির কী
ওয়ার্কার এই পর্যবেক্ষণ লিখলেন:

"পর্যবেক্ষণ — [[PERSON:আলিফ হোসেন]], বয়স [[AGE:৩ বছর ২ মাস]], বাটারফ্লাই রুম। কী
ওয়ার্কার: [[PERSON:ক্রিস্টি ওয়ালশ]]। আজ ছবি আঁকার সময় [[PERSON:আলিফ]] বলল, 'আমার বালিশের
কাছে ইঁদুর থাকে, রাতে টুকটুক করে।' সে নিজের বিছানার পাশে ছোট কালো দাগ এঁকেছে। গত দুই সপ্তাহে
সে তিনবার খুব ক্লান্ত হয়ে এসেছে। মা জানিয়েছেন তাঁর [[HEALTH:বিষণ্ণতার]] চিকিৎসা চলছে এবং
এই অবস্থায় তিনি খুব চাপে আছেন। নার্সারি ম্যানেজার মিসেস [[PERSON:আকিনোলার]] সঙ্গে আলোচনা
করা হয়েছে; আমরা মাকে বাড়িওয়ালার কাছে লিখিত অভিযোগ করতে সাহায্য করব।"

[[PERSON:ক্রিস্টি]] নিজে আমার সঙ্গে বসে ইমেইলটা লিখে দেন, অভিযোগ নম্বর
[[REFERENCE:AVHG-CMP-10458]]। পাঁচ দিনের মধ্যে [[ORGANISATION:Pennine Pest Control]] থেকে লোক
এসে দেয়ালের পেছনের সব ফুটো বন্ধ করে, রান্নাঘরের ভাঙা প্লিন্থ বদলায়। হাউজিং অ্যাসোসিয়েশন
ক্ষমা চেয়ে লিখেছে যে আগের তিনটা রিপোর্ট ঠিকমতো নথিভুক্ত হয়নি। এখন আমার
[[PERSON:আলু]] রাতে শান্তিতে ঘুমায়, আর আমিও।
"""),
    ),
    (
        "fv2cb-bn-05",
        "bn",
        _s("""
আমার নাম [[PERSON:জামাল উদ্দিন]]। আমরা থাকতাম [[ADDRESS:৩২ ফার্নহিল ক্লোজ]],
[[ADDRESS:ফার্নহিল এস্টেট]], [[POSTCODE:BB1 4HW]], ব্ল্যাকবার্নে। আমরা [[OTHER_SPECIAL:মুসলিম]]
বলে কয়েকজন প্রতিবেশী দুই বছর ধরে আমাদের দরজায় গালি লিখত, আমার মেয়ের হিজাব টেনে ধরত। আমরা
[[ADDRESS:মসজিদ-ই-তৌহিদে]] নামাজে যাওয়ার সময়ও পিছু নিত। বাড়িওয়ালা
[[ORGANISATION:Darwen Moor Housing]]-কে বহুবার জানিয়েছি। শেষে মেয়ের স্কুলের সেফগার্ডিং লিড
একটা রেফারেল সারাংশ লেখেন, তার অনুবাদ:

"রেফারেল সারাংশ — ছাত্রী: [[PERSON:সাদিয়া উদ্দিন]], Year 8,
[[ADDRESS:হাইফিল্ড একাডেমি]], জন্মতারিখ [[DATE_OF_BIRTH:২২ জানুয়ারি ২০১২]]। [[PERSON:সাদিয়া]]
জানিয়েছে বাড়ির কাছে তাকে বারবার হয়রানি করা হয়; সে এখন একা বাইরে যেতে ভয় পায় এবং
[[HEALTH:উদ্বেগজনিত ব্যাধির]] জন্য চিকিৎসা নিচ্ছে। তার ভাই [[PERSON:রাফি]]
[[ADDRESS:সেন্ট অ্যালবান্স প্রাইমারিতে]] Year 5-এ পড়ে। অ্যান্টিসোশ্যাল বিহেভিয়ার কেস
[[REFERENCE:DMH-ASB-3391]]। আমরা পরিবারটিকে জরুরি ভিত্তিতে অন্য এলাকায় সরানোর সুপারিশ করছি। —
মিস [[PERSON:কাউর]], ডেজিগনেটেড সেফগার্ডিং লিড, [[PHONE:01632 960 274]]"

মিস [[PERSON:কাউরের]] চিঠির পর হাউজিং অফিসার [[PERSON:ট্রেভর]] আমাদের বাসায় এসে সব ছবি
দেখেন। অভিযোগ ([[REFERENCE:DMH-C-7716]]) স্বীকার করে ওরা লিখেছে, ঘটনাগুলোকে আলাদা আলাদা
ঝামেলা হিসেবে দেখা ভুল ছিল, এটা ছিল ঘৃণাজনিত অপরাধ। তিন মাসের মধ্যে আমরা শহরের অন্য প্রান্তে
[[ADDRESS:৯ লিমফিল্ড অ্যাভিনিউ]]-তে নতুন বাসা পেয়েছি। [[PERSON:সাদিয়া]] আবার বান্ধবীদের সঙ্গে
হেঁটে স্কুলে যায়, আর [[PERSON:রাফি]] ফুটবল খেলতে বাইরে যেতে পারে।
"""),
    ),
    (
        "fv2cb-pa-01",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਂ [[PERSON:ਹਰਪ੍ਰੀਤ ਕੌਰ]] ਹੈ। ਅਸੀਂ ਸਾਊਥਾਲ ਵਿੱਚ [[ADDRESS:੩੮ ਹੈਵਲਾਕ ਰੋਡ]],
[[POSTCODE:UB2 4NZ]] ਵਿਖੇ ਰਹਿੰਦੇ ਹਾਂ: ਦੋ ਕਮਰਿਆਂ ਦਾ ਘਰ ਤੇ ਛੇ ਜੀਅ। ਪਿਛਲੇ ਕਮਰੇ ਦੀ ਕੰਧ ਉੱਤੇ
ਸਲ੍ਹਾਬ ਅਤੇ ਉੱਲੀ ਸੀ। ਮੇਰਾ ਪੁੱਤਰ [[PERSON:ਅਮਨ]] ਅਤੇ ਧੀ [[PERSON:ਸਿਮਰ]]
[[ADDRESS:ਫ਼ੈਦਰਸਟੋਨ ਲੇਨ ਪ੍ਰਾਇਮਰੀ ਸਕੂਲ]] ਵਿੱਚ ਪੜ੍ਹਦੇ ਹਨ। ਹੈੱਡਟੀਚਰ ਸ੍ਰੀਮਤੀ [[PERSON:ਗਿੱਲ]]
ਨੇ ਕੌਂਸਲ ਨੂੰ ਚਿੱਠੀ ਲਿਖੀ, ਜਿਸ ਦਾ ਪੰਜਾਬੀ ਤਰਜਮਾ ਇਹ ਹੈ:

"ਮੈਂ [[ADDRESS:ਫ਼ੈਦਰਸਟੋਨ ਲੇਨ ਪ੍ਰਾਇਮਰੀ ਸਕੂਲ]] ਦੀ ਮੁੱਖ ਅਧਿਆਪਕਾ ਵਜੋਂ ਲਿਖ ਰਹੀ ਹਾਂ।
[[PERSON:ਅਮਨਦੀਪ ਸਿੰਘ]] (Year 6, ਜਨਮ ਮਿਤੀ [[DATE_OF_BIRTH:੧੧ ਜੁਲਾਈ ੨੦੧੩]], UPN
[[OTHER_ID:R417220198653]]) ਨੂੰ [[HEALTH:ਐਗਜ਼ੀਮਾ]] ਹੈ, ਜੋ ਸਲ੍ਹਾਬ ਵਾਲੇ ਕਮਰੇ ਵਿੱਚ ਸੌਣ ਨਾਲ ਹੋਰ
ਵਿਗੜ ਗਿਆ ਹੈ; ਇਸ ਟਰਮ ਉਹ ਬਾਰਾਂ ਦਿਨ ਗ਼ੈਰਹਾਜ਼ਰ ਰਿਹਾ। ਉਸ ਦੀ ਕਲਾਸ ਟੀਚਰ ਮਿਸ
[[PERSON:ਬ੍ਰੈਡਸ਼ਾ]] ਦੱਸਦੀ ਹੈ ਕਿ ਉਸ ਦੀਆਂ ਕਾਪੀਆਂ ਵਿੱਚੋਂ ਸਲ੍ਹਾਬ ਦੀ ਬੋ ਆਉਂਦੀ ਹੈ। ਉਸ ਦੀ ਭੈਣ
[[PERSON:ਸਿਮਰਨ]] (Year 2) ਦਾਦੀ ਅਤੇ ਮਾਪਿਆਂ ਨਾਲ ਇੱਕੋ ਕਮਰੇ ਵਿੱਚ ਸੌਂਦੀ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਇਸ
ਪਰਿਵਾਰ ਦੀ ਮੁਰੰਮਤ ਅਤੇ ਤਬਾਦਲੇ ਦੀ ਅਰਜ਼ੀ ਨੂੰ ਪਹਿਲ ਦਿਓ। [[PERSON:ਜਸਵਿੰਦਰ ਗਿੱਲ]], ਹੈੱਡਟੀਚਰ,
[[PHONE:020 7946 0529]]"

ਇਹ ਚਿੱਠੀ ਨਾਲ ਲਾ ਕੇ ਮੈਂ [[ORGANISATION:Ealing Council]] ਕੋਲ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਨੰਬਰ
[[REFERENCE:EC-HC-81442]]। ਦੋ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਸਰਵੇਅਰ ਆਇਆ, ਛੱਤ ਦਾ ਟੁੱਟਿਆ ਪਰਨਾਲਾ ਬਦਲਿਆ ਅਤੇ
ਕੰਧ ਦਾ ਇਲਾਜ ਕੀਤਾ। ਕੌਂਸਲ ਨੇ ਮੰਨਿਆ ਕਿ ਸਾਡੀ ਭੀੜ ਵਾਲੀ ਹਾਲਤ ਦਾ ਮੁਲਾਂਕਣ ਗ਼ਲਤ ਹੋਇਆ ਸੀ, ਅਤੇ ਛੇ
ਮਹੀਨਿਆਂ ਬਾਅਦ ਸਾਨੂੰ [[ADDRESS:੫ ਔਲਡ ਓਕ ਕਲੋਜ਼]] ਵਿੱਚ ਤਿੰਨ ਕਮਰਿਆਂ ਵਾਲਾ ਘਰ ਮਿਲ ਗਿਆ।
[[PERSON:ਅਮਨ]] ਦੀ ਚਮੜੀ ਹੁਣ ਕਾਫ਼ੀ ਠੀਕ ਹੈ ਅਤੇ [[PERSON:ਸਿਮਰ]] ਦਾ ਆਪਣਾ ਬਿਸਤਰਾ ਹੈ। ਸੱਚ
ਪੁੱਛੋ ਤਾਂ ਹੁਣ ਜਾ ਕੇ ਘਰ ਵਿੱਚ ਅਮਨ-ਚੈਨ ਆਇਆ ਹੈ। ਸ੍ਰੀਮਤੀ [[PERSON:ਗਿੱਲ]] ਦਾ ਬਹੁਤ ਧੰਨਵਾਦ।
"""),
    ),
    (
        "fv2cb-pa-02",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਬਲਜੀਤ ਸਿੰਘ ਸੰਧੂ]] ਹਾਂ ਅਤੇ ਹੈਂਡਜ਼ਵਰਥ, ਬਰਮਿੰਘਮ ਵਿੱਚ [[ADDRESS:੧੧੪ ਰੁੱਕਰੀ ਰੋਡ]],
[[POSTCODE:B21 9QS]] ਵਿਖੇ ਰਹਿੰਦਾ ਹਾਂ। ਮੇਰੀ ਧੀ [[PERSON:ਖੁਸ਼ੀ]] [[AGE:੯ ਸਾਲਾਂ]] ਦੀ ਹੈ ਅਤੇ
ਉਸ ਨੂੰ [[HEALTH:ਦਮਾ]] ਹੈ। ਸਾਡੇ ਫ਼ਲੈਟ ਦੀਆਂ ਖਿੜਕੀਆਂ ਦੇ ਆਲੇ-ਦੁਆਲੇ ਕਾਲੀ ਉੱਲੀ ਸੀ ਅਤੇ
[[ORGANISATION:Soho Vale Housing]] ਹਰ ਵਾਰ ਕਹਿੰਦੀ ਸੀ ਕਿ ਕੱਪੜੇ ਅੰਦਰ ਨਾ ਸੁਕਾਓ। ਫਿਰ ਸਕੂਲ ਦੀ
ਨਰਸ ਨੇ ਇਹ ਨੋਟ ਲਿਖਿਆ:

"ਸਕੂਲ ਨਰਸ ਦਾ ਨੋਟ, ਹਾਊਸਿੰਗ ਲਈ। ਵਿਦਿਆਰਥਣ: [[PERSON:ਖੁਸ਼ੀ ਕੌਰ ਸੰਧੂ]], Year 4,
[[ADDRESS:ਵਿਲਾ ਰੋਡ ਪ੍ਰਾਇਮਰੀ ਸਕੂਲ]]। ਜਨਮ ਮਿਤੀ [[DATE_OF_BIRTH:੦੨.੦੩.੨੦੧੫]]। NHS ਨੰਬਰ
[[OTHER_ID:401 023 2137]]। ਇਸ ਟਰਮ [[PERSON:ਖੁਸ਼ੀ]] ਨੂੰ ਸਕੂਲ ਵਿੱਚ ਅੱਠ ਵਾਰ ਇਨਹੇਲਰ ਦੀ ਲੋੜ
ਪਈ ਅਤੇ ਇੱਕ ਵਾਰ ਐਂਬੂਲੈਂਸ ਬੁਲਾਉਣੀ ਪਈ। ਪਿਤਾ ਦੱਸਦੇ ਹਨ ਕਿ ਉਸ ਦੇ ਕਮਰੇ ਵਿੱਚ ਉੱਲੀ ਹੈ। ਮੇਰੀ
ਪੇਸ਼ੇਵਰ ਰਾਏ ਹੈ ਕਿ ਘਰ ਦੀ ਸਲ੍ਹਾਬ ਉਸ ਦੇ [[HEALTH:ਦਮੇ]] ਨੂੰ ਵਧਾ ਰਹੀ ਹੈ। [[PERSON:ਲਿੰਡਾ ਹਾਰਟ]], ਸਕੂਲ ਨਰਸ,
[[EMAIL:l.hart.schoolnursing@example.org]]"

ਇਹ ਨੋਟ ਲੈ ਕੇ ਮੈਂ [[ADDRESS:ਗੁਰਦੁਆਰਾ ਸਿੰਘ ਸਭਾ ਹੈਂਡਜ਼ਵਰਥ]] ਦੇ ਐਡਵਾਈਸ ਡੈਸਕ ਗਿਆ, ਜਿੱਥੇ ਭਾਈ
ਸਾਹਿਬ [[PERSON:ਕੁਲਦੀਪ]] ਨੇ ਸ਼ਿਕਾਇਤ ਲਿਖਣ ਵਿੱਚ ਮਦਦ ਕੀਤੀ, ਨੰਬਰ [[REFERENCE:SVH-7730214]]।
ਇੱਕ ਮਹੀਨੇ ਵਿੱਚ ਹਾਊਸਿੰਗ ਨੇ ਨਵੀਆਂ ਖਿੜਕੀਆਂ ਲਾਈਆਂ, ਬਾਥਰੂਮ ਵਿੱਚ ਪੱਖਾ ਲਾਇਆ ਅਤੇ ਉੱਲੀ ਸਾਫ਼ ਕੀਤੀ।
ਉਨ੍ਹਾਂ ਨੇ ਲਿਖ ਕੇ ਮਾਫ਼ੀ ਮੰਗੀ ਕਿ ਪਹਿਲਾਂ ਸਾਨੂੰ ਹੀ ਦੋਸ਼ ਦਿੱਤਾ ਗਿਆ। ਸਾਨੂੰ ਬਹੁਤ ਖੁਸ਼ੀ ਹੋਈ ਜਦੋਂ ਨਰਸ
[[PERSON:ਹਾਰਟ]] ਨੇ ਦੱਸਿਆ ਕਿ ਇਸ ਟਰਮ [[PERSON:ਖੁਸ਼ੀ]] ਨੂੰ ਇਨਹੇਲਰ ਸਿਰਫ਼ ਇੱਕ ਵਾਰ ਲੈਣਾ ਪਿਆ।
ਉਸ ਦਾ ਛੋਟਾ ਭਰਾ [[PERSON:ਅਰਜਨ]] ਵੀ ਹੁਣ ਰਾਤ ਨੂੰ ਖੰਘਦਾ ਨਹੀਂ।
"""),
    ),
    (
        "fv2cb-pa-03",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਂ [[PERSON:ਰਜਿੰਦਰ ਕੌਰ ਬਾਜਵਾ]] ਹੈ। ਪਿਛਲੇ ਸਾਲ ਸਾਡੇ ਘਰ ਦੀ ਰਸੋਈ ਵਿੱਚ ਅੱਗ ਲੱਗ ਗਈ, ਅਤੇ
[[ORGANISATION:City of Wolverhampton Council]] ਨੇ ਸਾਨੂੰ ਆਰਜ਼ੀ ਤੌਰ ਤੇ
[[ADDRESS:ਫ਼ਲੈਟ ੧੨, ਸਟੈਫ਼ਰਡ ਕੋਰਟ]], [[POSTCODE:WV10 6HJ]] ਵਿੱਚ ਰੱਖਿਆ, ਜੋ ਬੱਚਿਆਂ ਦੇ ਸਕੂਲ
ਤੋਂ ਬਹੁਤ ਦੂਰ ਸੀ। ਮੇਰਾ ਪੁੱਤਰ [[PERSON:ਜਸਕਰਨ]], ਜਿਸ ਨੂੰ ਸਾਰੇ [[PERSON:ਜੱਸੀ]] ਕਹਿੰਦੇ ਹਨ,
[[ADDRESS:ਔਕਸਲੀ ਹਿੱਲ ਅਕੈਡਮੀ]] ਵਿੱਚ Year 10 ਵਿੱਚ ਹੈ। ਸਕੂਲ ਦੇ ਅਟੈਂਡੈਂਸ ਅਫ਼ਸਰ ਦੇ ਨੋਟ ਮੈਂ
ਇੱਥੇ ਪੰਜਾਬੀ ਵਿੱਚ ਲਿਖ ਰਹੀ ਹਾਂ:

"ਹਾਜ਼ਰੀ ਨੋਟ: [[PERSON:ਜਸਕਰਨ ਸਿੰਘ ਬਾਜਵਾ]], Year 10, ਫ਼ਾਰਮ ਟਿਊਟਰ ਮਿਸ [[PERSON:ਓ'ਨੀਲ]],
ਪੁਪਿਲ ਨੰਬਰ [[OTHER_ID:104582]]। ੩ ਅਕਤੂਬਰ: ਹਾਜ਼ਰੀ ੬੮%। ਪਰਿਵਾਰ ਅੱਗ ਤੋਂ ਬਾਅਦ ਆਰਜ਼ੀ ਘਰ
ਵਿੱਚ ਹੈ, ਸਕੂਲ ਤੱਕ ਦੋ ਬੱਸਾਂ। [[PERSON:ਜਸਕਰਨ]] ਨੂੰ [[HEALTH:ADHD]] ਹੈ ਅਤੇ ਉਸ ਦੀਆਂ ਦਵਾਈਆਂ
ਅੱਗ ਵਿੱਚ ਸੜ ਗਈਆਂ ਸਨ। ਛੋਟੀ ਭੈਣ [[PERSON:ਗੁਰਨੂਰ]], [[AGE:੫ ਸਾਲ]], ਨੂੰ ਅਜੇ ਨੇੜੇ ਕਿਸੇ
ਸਕੂਲ ਵਿੱਚ ਥਾਂ ਨਹੀਂ ਮਿਲੀ। ੧੦ ਅਕਤੂਬਰ: ਮਿਸ [[PERSON:ਓ'ਨੀਲ]] ਨਾਲ ਗੱਲ ਹੋਈ; ਮਾਂ ਨੂੰ ਬੱਸ ਪਾਸ
ਦਿੱਤਾ ਗਿਆ। ਕੌਂਸਲ ਦੇ ਹਾਊਸਿੰਗ ਕੇਸ [[REFERENCE:WCC/TA/30958]] ਲਈ ਸਮਰਥਨ ਪੱਤਰ ਭੇਜਿਆ।
[[PERSON:ਆਰ. ਡੇਵਿਸ]], ਅਟੈਂਡੈਂਸ ਅਫ਼ਸਰ"

ਮਿਸਟਰ [[PERSON:ਡੇਵਿਸ]] ਦੇ ਪੱਤਰ ਤੋਂ ਬਾਅਦ ਮੈਂ ਰਸਮੀ ਸ਼ਿਕਾਇਤ ਕੀਤੀ ਕਿ ਸਾਡਾ ਪੁਰਾਣਾ ਘਰ ਅੱਠ ਮਹੀਨਿਆਂ
ਵਿੱਚ ਵੀ ਠੀਕ ਨਹੀਂ ਹੋਇਆ। ਕੌਂਸਲ ਨੇ ਸ਼ਿਕਾਇਤ [[REFERENCE:WCC-CF-55017]] ਮੰਨ ਲਈ, ਠੇਕੇਦਾਰ
[[ORGANISATION:Black Country Build Services]] ਨੂੰ ਛੇ ਹਫ਼ਤਿਆਂ ਦੀ ਆਖ਼ਰੀ ਤਾਰੀਖ਼ ਦਿੱਤੀ, ਅਤੇ
ਬੱਸਾਂ ਦਾ ਖ਼ਰਚਾ ਵਾਪਸ ਕੀਤਾ। ਮਾਰਚ ਵਿੱਚ ਅਸੀਂ ਮੁੜ [[ADDRESS:੨੭ ਵੁੱਡਕ੍ਰਾਸ ਸਟਰੀਟ]] ਆ ਗਏ।
[[PERSON:ਜੱਸੀ]] ਦੀ ਹਾਜ਼ਰੀ ਹੁਣ ੯੪% ਹੈ ਅਤੇ [[PERSON:ਗੁਰਨੂਰ]] ਘਰ ਦੇ ਨੇੜੇ ਵਾਲੇ ਸਕੂਲ ਵਿੱਚ ਜਾਂਦੀ ਹੈ।
"""),
    ),
    (
        "fv2cb-pa-04",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਮਨਪ੍ਰੀਤ ਕੌਰ]] ਹਾਂ। ਅਸੀਂ ਲੈਸਟਰ ਵਿੱਚ [[ADDRESS:੧੯ ਥਰਮੈਸਟਨ ਵਾਕ]],
[[POSTCODE:LE4 5JP]] ਵਿਖੇ ਰਹਿੰਦੇ ਹਾਂ; ਮਕਾਨ [[ORGANISATION:Soar Valley Homes]] ਦਾ ਹੈ। ਮੇਰੀ ਧੀ
[[PERSON:ਜੋਤ]] [[AGE:੨ ਸਾਲ ੭ ਮਹੀਨੇ]] ਦੀ ਹੈ ਅਤੇ ਉਸ ਨੂੰ [[HEALTH:ਦਿਲ ਦੀ ਜਮਾਂਦਰੂ ਬਿਮਾਰੀ]] ਹੈ,
ਇਸ ਲਈ ਡਾਕਟਰ ਕਹਿੰਦੇ ਹਨ ਕਿ ਉਸ ਨੂੰ ਨਿੱਘ ਵਿੱਚ ਰੱਖੋ। ਨਵੰਬਰ ਵਿੱਚ ਸਾਡਾ ਬੌਇਲਰ ਬੰਦ ਹੋ ਗਿਆ ਅਤੇ
ਪੰਜ ਹਫ਼ਤੇ ਕੋਈ ਨਹੀਂ ਆਇਆ। ਉਸ ਦੀ [[ADDRESS:ਬੈਲਗ੍ਰੇਵ ਟਿਨੀ ਸਟੈਪਸ ਨਰਸਰੀ]] ਦੀ ਕੀ-ਵਰਕਰ
[[PERSON:ਏਮੀ]] ਨੇ ਇਹ ਨੋਟ ਲਿਖਿਆ:

"ਨਿਰੀਖਣ: [[PERSON:ਜੋਤ ਕੌਰ]], ਲੇਡੀਬਰਡ ਰੂਮ। ਕੀ-ਵਰਕਰ: [[PERSON:ਏਮੀ ਥੌਮਸਨ]]। ਅੱਜ ਸਵੇਰੇ
[[PERSON:ਜੋਤ]] ਦੇ ਹੱਥ ਬਹੁਤ ਠੰਢੇ ਸਨ ਅਤੇ ਬੁੱਲ੍ਹ ਥੋੜ੍ਹੇ ਨੀਲੇ ਲੱਗ ਰਹੇ ਸਨ। ਖੇਡਦਿਆਂ ਉਸ ਨੇ ਕਿਹਾ,
'ਘਰ ਵਿੱਚ ਪਾਣੀ ਠੰਢਾ, ਨਾਨੀ ਕੇਤਲੀ ਵਿੱਚ ਗਰਮ ਕਰਦੀ।' ਮਾਂ ਨੇ ਦੱਸਿਆ ਕਿ ਘਰ ਵਿੱਚ ਹੀਟਿੰਗ ਨਹੀਂ ਹੈ।
ਮੈਂ ਨਰਸਰੀ ਮੈਨੇਜਰ ਮਿਸਿਜ਼ [[PERSON:ਚੌਹਾਨ]] ਨੂੰ ਦੱਸਿਆ ਹੈ ਅਤੇ ਅਸੀਂ ਮਾਂ ਦੀ ਸ਼ਿਕਾਇਤ ਲਈ ਇਹ ਨੋਟ
ਦੇ ਰਹੇ ਹਾਂ।"

ਮੈਂ ਇਹ ਨੋਟ ਆਪਣੇ ਫ਼ੋਨ [[PHONE:੦੭੭੦੦ ੯੦੦੨੬੧]] ਤੋਂ ਫ਼ੋਟੋ ਖਿੱਚ ਕੇ ਈਮੇਲ ਕੀਤਾ, ਮੁਰੰਮਤ ਨੰਬਰ
[[REFERENCE:SVH-R-228710]] ਦੇ ਨਾਲ। ਅਗਲੇ ਦਿਨ ਦੋ ਹੀਟਰ ਆ ਗਏ ਅਤੇ ਚਾਰ ਦਿਨਾਂ ਵਿੱਚ ਨਵਾਂ ਬੌਇਲਰ ਲੱਗ
ਗਿਆ। ਹਾਊਸਿੰਗ ਨੇ ਮੰਨਿਆ ਕਿ ਸਾਡੇ ਘਰ ਉੱਤੇ "ਬਿਮਾਰ ਬੱਚਾ" ਵਾਲਾ ਨਿਸ਼ਾਨ ਹੋਣਾ ਚਾਹੀਦਾ ਸੀ, ਹੁਣ ਲਾ
ਦਿੱਤਾ ਹੈ, ਅਤੇ ਮੁਆਵਜ਼ਾ ਵੀ ਦਿੱਤਾ। ਉਸ ਐਤਵਾਰ ਮੈਂ ਗੁਰਦੁਆਰੇ ਜਾ ਕੇ ਜੋਤ ਜਗਾਈ ਅਤੇ ਸ਼ੁਕਰਾਨਾ ਕੀਤਾ।
ਹੁਣ [[PERSON:ਜੋਤ]] ਨਰਸਰੀ ਵਿੱਚ ਗੱਲ੍ਹਾਂ ਲਾਲ ਕਰਕੇ ਖੇਡਦੀ ਹੈ, ਅਤੇ [[PERSON:ਏਮੀ]] ਨੂੰ ਹਰ ਰੋਜ਼ ਜੱਫੀ
ਪਾਉਂਦੀ ਹੈ।
"""),
    ),
    (
        "fv2cb-pa-05",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਪਰਮਜੀਤ ਕੌਰ ਢਿੱਲੋਂ]] ਹਾਂ। ਮੇਰੀ ਧੀ [[PERSON:ਗੁਰਲੀਨ]] [[AGE:੧੯ ਸਾਲਾਂ]] ਦੀ ਹੈ,
ਉਸ ਨੂੰ [[HEALTH:ਔਟਿਜ਼ਮ]] ਹੈ ਅਤੇ ਉਹ [[ADDRESS:ਫ਼ੋਲਸ਼ਿਲ ਰੋਡ ਕਾਲਜ]] ਵਿੱਚ ਬਿਜ਼ਨਸ ਦਾ ਕੋਰਸ ਕਰਦੀ
ਹੈ। ਮਕਾਨ ਮਾਲਕ ਨੇ ਘਰ ਵੇਚ ਦਿੱਤਾ ਤਾਂ [[ORGANISATION:Coventry City Council]] ਨੇ ਸਾਨੂੰ ਇੱਕ
ਹੋਸਟਲ ਵਿੱਚ ਰੱਖਿਆ: [[ADDRESS:ਕਮਰਾ ੫, ਪ੍ਰਾਇਰੀ ਲੌਜ]], [[POSTCODE:CV1 4FL]]। ਉੱਥੇ ਰਾਤ ਭਰ
ਦਰਵਾਜ਼ੇ ਖੜਕਦੇ ਅਤੇ ਲੋਕ ਚੀਕਦੇ ਸਨ। [[PERSON:ਗੁਰਲੀਨ]] ਸੌਂ ਨਹੀਂ ਸਕਦੀ ਸੀ। ਉਸ ਦੇ ਟਿਊਟਰ ਦੀ
ਈਮੇਲ ਦਾ ਤਰਜਮਾ:

"ਭੇਜਣ ਵਾਲਾ: ਮਿਸਟਰ [[PERSON:ਟੀ. ਅਬਾਰਾ]] ([[EMAIL:t.abara@foleshill-college.example.org]])।
ਵਿਸ਼ਾ: [[PERSON:ਗੁਰਲੀਨ ਢਿੱਲੋਂ]], ਸਟੂਡੈਂਟ ਆਈਡੀ [[OTHER_ID:FRC-20-77651]]। [[PERSON:ਗੁਰਲੀਨ]]
ਪਿਛਲੇ ਮਹੀਨੇ ਤੋਂ ਕਲਾਸ ਵਿੱਚ ਸਿਰ ਰੱਖ ਕੇ ਸੌਂ ਜਾਂਦੀ ਹੈ ਅਤੇ ਦੋ ਵਾਰ ਬਹੁਤ ਘਬਰਾ ਗਈ। ਉਸ ਨੇ ਦੱਸਿਆ ਕਿ
ਹੋਸਟਲ ਵਿੱਚ ਸ਼ੋਰ ਕਾਰਨ ਉਸ ਨੂੰ ਨੀਂਦ ਨਹੀਂ ਆਉਂਦੀ। ਮੈਂ ਇਹ ਗੱਲ ਸਾਡੀ ਸੇਫ਼ਗਾਰਡਿੰਗ ਲੀਡ ਮਿਸਿਜ਼
[[PERSON:ਪਟੇਲ]] ਨੂੰ ਭੇਜ ਰਿਹਾ ਹਾਂ। ਮੇਰੀ ਰਾਏ ਵਿੱਚ ਉਸ ਨੂੰ ਆਪਣਾ ਸ਼ਾਂਤ ਘਰ ਚਾਹੀਦਾ ਹੈ।"

ਮਿਸਿਜ਼ [[PERSON:ਪਟੇਲ]] ਨੇ ਕੌਂਸਲ ਨੂੰ ਰੈਫ਼ਰਲ ਭੇਜਿਆ, ਨੰਬਰ [[REFERENCE:CCC-ASC-40219]], ਅਤੇ
ਮੇਰੇ ਪੁੱਤਰ [[PERSON:ਹਰਮਨ]] ਨੇ ਬੇਘਰੀ ਕੇਸ [[REFERENCE:CCC-HL-118302]] ਲਈ ਸ਼ਿਕਾਇਤ ਲਿਖੀ। ਕੌਂਸਲ
ਨੇ ਮੰਨਿਆ ਕਿ ਹੋਸਟਲ [[HEALTH:ਔਟਿਸਟਿਕ]] ਕੁੜੀ ਲਈ ਢੁਕਵਾਂ ਨਹੀਂ ਸੀ ਅਤੇ ਉਨ੍ਹਾਂ ਨੇ ਉਸ ਦੀ ਹਾਲਤ ਦਾ ਮੁਲਾਂਕਣ ਨਹੀਂ
ਕੀਤਾ ਸੀ। ਛੇ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਸਾਨੂੰ [[ADDRESS:੨੦ ਸਟੋਨੀ ਸਟੈਂਟਨ ਰੋਡ]] ਵਿੱਚ ਇੱਕ ਸ਼ਾਂਤ ਫ਼ਲੈਟ ਮਿਲਿਆ।
[[PERSON:ਗੁਰਲੀਨ]] ਨੇ ਆਪਣਾ ਕੋਰਸ ਪੂਰਾ ਕਰ ਲਿਆ ਹੈ ਅਤੇ ਮਿਸਟਰ [[PERSON:ਅਬਾਰਾ]] ਨੇ ਉਸ ਨੂੰ ਨੌਕਰੀ
ਲਈ ਹਵਾਲਾ ਵੀ ਦਿੱਤਾ।
"""),
    ),
    (
        "fv2cb-pl-01",
        "pl",
        _s("""
Nazywam się [[PERSON:Agnieszka Wróbel]] i mieszkam z mężem i dwójką dzieci pod adresem
[[ADDRESS:14 Ash Grove]], [[POSTCODE:NG7 5QB]], w Nottingham. Przez dwa lata w sypialni dzieci
ciekło z sufitu, a [[ORGANISATION:Trentside Homes]] przysyłało tylko kolejne osoby „do oceny”.
Mój syn [[PERSON:Kuba]] (w szkole [[PERSON:Jakub]]) chodzi do Year 5, a córka [[PERSON:Zosia]] do
Year 1 w [[ADDRESS:Greenside Primary School]]. Dyrektorka, pani [[PERSON:Okafor]], napisała list,
który przetłumaczyłam:

„Piszę jako dyrektorka [[ADDRESS:Greenside Primary School]] w sprawie rodziny pani
[[PERSON:Wróbel]]. [[PERSON:Jakub Wróbel]] (ur. [[DATE_OF_BIRTH:5 października 2014]], UPN
[[OTHER_ID:N916302284177]]) od września wielokrotnie przychodził do szkoły zakatarzony i w
wilgotnym mundurku. Jego wychowawca, pan [[PERSON:P. Nowak]], zauważył, że chłopiec zasypia na
lekcjach, bo w nocy woda kapie do miski obok łóżka. Siostra [[PERSON:Jakuba]],
[[PERSON:Zofia]], ma [[HEALTH:atopowe zapalenie skóry]], które w wilgoci bardzo się nasila.
Proszę o pilną naprawę dachu. Kontakt: [[PHONE:0115 496 0487]]. [[PERSON:Ngozi Okafor]],
dyrektor szkoły.”

Z tym listem złożyłam formalną skargę, numer [[REFERENCE:TH-CMP-40562]]. Po tygodniu przyszedł
pan [[PERSON:Dave]] z firmy [[ORGANISATION:Castle Roofing Ltd]] i w dwa dni wymienił połamane
dachówki i rynnę. [[ORGANISATION:Trentside Homes]] przeprosiło na piśmie, przyznało, że
zgłoszenia były zamykane bez naprawy, i wypłaciło 400 funtów rekompensaty. Teraz
[[PERSON:Kuba]] śpi spokojnie, a skóra [[PERSON:Zosi]] wreszcie się goi. Rano pod oknem
ćwierkają wróble, a do miski nic już nie kapie. Dziękuję pani [[PERSON:Okafor]] i panu
[[PERSON:Nowakowi]], bo bez nich nikt by nas nie wysłuchał.
"""),
    ),
    (
        "fv2cb-pl-02",
        "pl",
        _s("""
Jestem [[PERSON:Tomasz Lis]]. Mieszkam z żoną [[PERSON:Martą]] i synem w
[[ADDRESS:mieszkaniu nr 7]] w bloku [[ADDRESS:Kelvin House]], [[POSTCODE:G31 2PX]], w Glasgow.
Nasz syn [[PERSON:Szymon]], w domu [[PERSON:Szymek]], ma [[AGE:8 lat]] i [[HEALTH:astmę]].
Czarna pleśń w jego pokoju wracała co miesiąc, a [[ORGANISATION:Clydeview Housing Association]]
radziło nam tylko wietrzyć. Kolega mówił, że trzeba być sprytnym jak lis, ale wystarczyła
notatka pielęgniarki szkolnej. Oto jej tłumaczenie:

„Notatka dla administratora budynku. Uczeń: [[PERSON:Szymon Lis]], Primary 4,
[[ADDRESS:Whitehill Park Primary]]. Data urodzenia: [[DATE_OF_BIRTH:17.04.2016]]. Numer CHI:
[[OTHER_ID:1704162358]]. W tym semestrze [[PERSON:Szymon]] dziewięć razy potrzebował w szkole
inhalatora ratunkowego, zwykle w poniedziałki. Matka zgłasza czarną pleśń nad łóżkiem syna. W
mojej ocenie warunki w mieszkaniu pogarszają jego [[HEALTH:astmę]] i naprawa jest pilna.
[[PERSON:Thandi Dlamini]], pielęgniarka szkolna, tel. [[PHONE:0141 496 0862]].”

Wysłałem notatkę mailem z mojego adresu [[EMAIL:tomek.lis@example.com]], podając numer
zgłoszenia [[REFERENCE:CHA-R-88190]]. Po dziesięciu dniach przyszedł inspektor, znalazł
nieszczelną rynnę i zepsuty wentylator w łazience. Ekipa usunęła pleśń, wymieniła wentylator i
ociepliła ścianę szczytową. Stowarzyszenie uznało skargę [[REFERENCE:CHA-C-5531]] i przeprosiło,
że wcześniej obwiniało nas o suszenie prania. Od marca [[PERSON:Szymkowi]] wystarcza inhalator
raz dziennie, a pani [[PERSON:Dlamini]] mówi, że nie widuje go już w gabinecie. [[PERSON:Marta]]
śmieje się, że pierwszy raz od lat w domu pachnie tylko zupą.
"""),
    ),
    (
        "fv2cb-pl-03",
        "pl",
        _s("""
Nazywam się [[PERSON:Beata Kamińska]]. Po pożarze w naszym bloku
[[ORGANISATION:Peterborough City Council]] umieściła mnie i dwójkę dzieci w
[[ADDRESS:pokoju 9]] w pensjonacie [[ADDRESS:Lincoln Lodge]], [[POSTCODE:PE1 2TY]]. Mieliśmy tam
być dwa tygodnie, a byliśmy pięć miesięcy. Moja córka [[PERSON:Wiktoria]], na którą wszyscy
mówią [[PERSON:Wiki]], była wtedy w Year 11 w [[ADDRESS:Orton Fields Academy]]. Szkolna
urzędniczka ds. frekwencji zrobiła notatki, które dostałam i przetłumaczyłam:

„Frekwencja – [[PERSON:Wiktoria Kamińska]], Year 11, wychowawca pan
[[PERSON:G. Harrington]], nr ucznia [[OTHER_ID:OFA-30517]]. 6 listopada: frekwencja 58%.
Rodzina w pensjonacie, jeden pokój, brak kuchni. Brat [[PERSON:Wiktorii]],
[[PERSON:Aleksander]] ([[AGE:6 lat]]), ma [[HEALTH:cukrzycę typu 1]] i nie ma gdzie
przechowywać insuliny; [[PERSON:Wiktoria]] zostaje z nim w domu, gdy mama jest w pracy. 13
listopada: rozmowa z panem [[PERSON:Harringtonem]]; uczennica zagrożona nieotrzymaniem GCSE.
Wysłano pismo do wydziału mieszkaniowego, sprawa [[REFERENCE:PCC-HPS-61744]].
[[PERSON:Joanna Pike]], Attendance Officer, [[EMAIL:attendance@ortonfields.example.org]].”

Dzięki pani [[PERSON:Pike]] ktoś w końcu przeczytał moją skargę. Rada przyznała, że rodziny z
dziećmi nie wolno trzymać w takim pensjonacie dłużej niż sześć tygodni, przeprosiła i w ciągu
miesiąca dała nam mieszkanie pod adresem [[ADDRESS:Flat 4, 22 Lincoln Road]]. Lodówka na
insulinę [[PERSON:Olka]] stoi teraz w naszej własnej kuchni. [[PERSON:Wiki]] zdała wszystkie
egzaminy, a z [[PERSON:Wiktorią]] i panem [[PERSON:Harringtonem]] piłyśmy potem herbatę na
zakończeniu roku.
"""),
    ),
    (
        "fv2cb-pl-04",
        "pl",
        _s("""
Jestem [[PERSON:Katarzyna Nowicka]], dla znajomych [[PERSON:Kasia]]. Mieszkamy w
[[ADDRESS:27B Padwell Road]], [[POSTCODE:SO14 6QT]], w Southampton, w mieszkaniu od
[[ORGANISATION:Solent Shore Housing]]. Moja córka [[PERSON:Róża]], w domu [[PERSON:Różyczka]],
ma [[AGE:3 latka]] i [[HEALTH:dysplazję stawów biodrowych]], więc chodzi niepewnie. Poręcz na
naszych schodach była obluzowana od zimy. Zgłaszałam to cztery razy. W lutym
[[PERSON:Róża]] spadła z trzech stopni. Jej opiekunka w [[ADDRESS:Little Owls Nursery]] zapisała
to w dzienniku obserwacji:

„Obserwacja – [[PERSON:Róża Nowicka]], sala Jeżyków. Opiekunka kluczowa: [[PERSON:Becky Sloan]].
[[PERSON:Róża]] przyszła z siniakiem na czole i powiedziała: »Schody mnie zepchnęły, poręcz
zrobiła buuu«. Mama potwierdziła upadek na schodach w domu i zgłoszenia do właściciela. Przy
zabawie w dom [[PERSON:Róża]] dwa razy pokazywała lalce, że trzeba trzymać się ściany. Omówione
z kierowniczką, panią [[PERSON:Hargreaves]]. Zalecenie: wsparcie mamy w złożeniu skargi.”

[[PERSON:Becky]] pomogła mi napisać maila, który wysłałam z numerem zgłoszenia
[[REFERENCE:SSH-RJ-203377]]. Dwa dni później przyszedł stolarz i zamontował nową poręcz, a
inspektor sprawdził całe schody. Spółdzielnia przyznała w odpowiedzi na skargę
[[REFERENCE:SSH-CF-0982]], że nie oznaczyła naszej sprawy jako pilnej mimo niepełnosprawności
dziecka, i zmieniła swoje procedury. Teraz [[PERSON:Różyczka]] sama wchodzi po schodach, trzymając
się poręczy, a w ogródku przed przedszkolem zakwitła róża, którą dzieci posadziły z
[[PERSON:Becky]] i z [[PERSON:Różą]].
"""),
    ),
    (
        "fv2cb-pl-05",
        "pl",
        _s("""
Nazywam się [[PERSON:Ewa Wiśniewska]] i mam [[HEALTH:stwardnienie rozsiane]]. Mieszkamy z synem
w [[ADDRESS:3 Magazine Lane]], [[POSTCODE:PE13 1LE]], w Wisbech, w domu od
[[ORGANISATION:Fenland Rivers Housing]]. Łazienka jest na piętrze i od roku nie mogę sama z niej
korzystać. Mój syn [[PERSON:Patryk]] ma [[AGE:17 lat]], uczy się w
[[ADDRESS:Fenland Technical College]] i opiekuje się mną. Jego tutorka napisała do szkolnego
zespołu ds. ochrony:

„Od: [[PERSON:Harriet Dunn]] ([[EMAIL:h.dunn@fenland-tech.example.org]]). Temat:
[[PERSON:Patryk Wiśniewski]], nr studenta [[OTHER_ID:FTC2207734]]. [[PERSON:Patryk]] spóźnia się
na zajęcia i zasypia w pracowni. Powiedział mi, że w nocy pomaga mamie dojść do łazienki na
górze. Na Instagramie ([[OTHER_ID:@patryk.w.gotuje]]) pokazuje, jak gotuje obiady dla mamy. To
młody opiekun i potrzebuje wsparcia.”

Pan [[PERSON:Obi]], szkolny koordynator ds. ochrony, przygotował podsumowanie zgłoszenia:

„Uczeń: [[PERSON:Patryk Wiśniewski]], ur. [[DATE_OF_BIRTH:9 marca 2008]]. Młody opiekun matki
chorej na [[HEALTH:SM]]. Dom nieprzystosowany. Zgłoszenie do opieki społecznej, nr
[[REFERENCE:CCC-YC-22816]]. Prośba do właściciela o pilną adaptację lub zamianę mieszkania.”

Z tymi dokumentami złożyłam skargę, numer [[REFERENCE:FRH-7719]]. [[ORGANISATION:Fenland Rivers Housing]]
przyznało, że moja prośba o adaptację leżała pół roku bez odpowiedzi. W ciągu trzech miesięcy
dostaliśmy parterowe mieszkanie z prysznicem bez progu pod adresem
[[ADDRESS:Flat 1, Lime Tree Court]]. [[PERSON:Patryk]] znowu chodzi na zajęcia punktualnie, a
pani [[PERSON:Dunn]] napisała mu list polecający na studia. Dziękuję też panu [[PERSON:Obiemu]].
"""),
    ),
    (
        "fv2cb-ro-01",
        "ro",
        _s("""
Mă numesc [[PERSON:Mihaela Stan]] și locuiesc cu soțul și cei doi copii în
[[ADDRESS:apartamentul 12]] din blocul [[ADDRESS:Riverside House]], [[POSTCODE:IG11 7QL]], în
Barking. E un apartament cu un singur dormitor, iar pe peretele dinspre stradă mucegaiul negru
ajunsese până la tavan. Fiica mea, [[PERSON:Ilinca]], e în Year 2, iar fiul meu,
[[PERSON:Matei]], e în Reception la [[ADDRESS:Ripple Lane Primary School]]. Directoarea școlii,
doamna [[PERSON:Whitfield]], a scris o scrisoare către primărie, pe care v-o traduc:

„Vă scriu în calitate de directoare a [[ADDRESS:Ripple Lane Primary School]], în sprijinul
familiei doamnei [[PERSON:Stan]]. Eleva [[PERSON:Ilinca Stan]] (născută la
[[DATE_OF_BIRTH:21 noiembrie 2016]], UPN [[OTHER_ID:F309118472635]]) doarme în același pat cu
fratele ei și cu mama. Coordonatorul nostru pentru nevoi speciale, domnul
[[PERSON:Kowalczyk]], a observat că [[PERSON:Ilinca]] tușește aproape zilnic și că temele ei
vin pătate de umezeală. Fratele ei, [[PERSON:Matei]], a fost diagnosticat recent cu
[[HEALTH:astm]]. Vă rog să tratați cererea lor de transfer cu prioritate. [[PERSON:Margaret
Whitfield]], directoare, [[EMAIL:office@ripplelane.example.org]].”

Cu scrisoarea atașată, am depus plângere la [[ORGANISATION:Barking and Dagenham Council]],
numărul [[REFERENCE:BDC-CMP-35120]]. Un inspector a venit în zece zile, a tratat mucegaiul și a
montat un ventilator nou, iar consiliul a recunoscut că supraaglomerarea nu fusese evaluată
corect. În aprilie am primit o casă cu trei camere pe [[ADDRESS:41 Movers Lane]]. Acum
[[PERSON:Ilinca]] are biroul ei, iar camera lui [[PERSON:Matei]] e uscată și caldă. Mulțumirile
[[PERSON:Ilincăi]] pentru doamna [[PERSON:Whitfield]] au fost un desen cu casa nouă.
"""),
    ),
    (
        "fv2cb-ro-02",
        "ro",
        _s("""
Sunt [[PERSON:Gabriela Dumitru]] și stau în Bristol, pe [[ADDRESS:18 Stapleton Road]],
[[POSTCODE:BS5 0RA]], într-o casă de la [[ORGANISATION:Avonmead Housing]]. Fetița mea,
[[PERSON:Floarea]], căreia toată lumea îi spune [[PERSON:Floricica]], are [[AGE:6 ani]] și
[[HEALTH:astm bronșic]]. În dormitorul ei, sub fereastră, apăruse o pată neagră ca o floare
urâtă, care creștea în fiecare iarnă. Asistenta școlii a scris o notă, pe care o traduc aici:

„Notă pentru proprietar, Serviciul de Sănătate Școlară. Elevă: [[PERSON:Floarea Dumitru]],
Year 1, [[ADDRESS:Greenbank Fields Primary School]]. Data nașterii:
[[DATE_OF_BIRTH:08/02/2018]]. Număr NHS: [[OTHER_ID:732 190 4468]]. În acest trimestru,
[[PERSON:Floarea]] a avut nevoie de inhalator la școală de zece ori, mai ales lunea. Mama
raportează mucegai în camera copilului. Consider că umezeala din locuință îi agravează
[[HEALTH:astmul]] și recomand intervenție urgentă. [[PERSON:Ruth Grainger]], asistentă
școlară, [[PHONE:0117 496 0731]].”

Am trimis nota împreună cu poze și cu numărul de reparație [[REFERENCE:AMH-44817]]. După ce
asistenta [[PERSON:Grainger]] a sunat și ea la birou, a venit un inspector, a găsit o streașină
spartă și un perete fără ventilație. Au reparat streașina, au curățat mucegaiul și au pus un
ventilator cu senzor. Plângerea mea, [[REFERENCE:AMH-C-1206]], a fost acceptată, cu scuze și 300
de lire despăgubire. Doctorul de la [[ADDRESS:Lawrence Hill Health Centre]] spune că
[[PERSON:Floricica]] respiră mult mai bine. Pe pervaz are acum o floare adevărată, o mușcată, pe
care o udă singură. Fratele ei mai mic, [[PERSON:Tudor]], a încetat și el să tușească noaptea.
"""),
    ),
    (
        "fv2cb-ro-03",
        "ro",
        _s("""
Mă numesc [[PERSON:Sorin Rusu]]. Suntem o familie de [[OTHER_SPECIAL:romi]] și, după ce
proprietarul a vândut casa, [[ORGANISATION:West Northamptonshire Council]] ne-a cazat temporar
în [[ADDRESS:camera 31]] de la hotelul [[ADDRESS:Nene Travel Inn]], [[POSTCODE:NN5 7AW]]. Patru
oameni într-o cameră, fără bucătărie, iar la recepție ni se spunea
„[[OTHER_SPECIAL:țiganii]]”. Fiul meu
[[PERSON:Ionuț]] e în Year 8 la [[ADDRESS:Kingsthorpe Vale Academy]], la două autobuze
distanță. Ofițera de prezență a școlii a scris aceste note:

„Note de prezență – [[PERSON:Ionuț Rusu]], Year 8, diriginte domnul [[PERSON:Ellison]], număr
elev [[OTHER_ID:KVA-88214]]. 9 ianuarie: prezență 63% în acest semestru. Familia e în hotel din
octombrie. Tatăl, [[PERSON:Sorin]], spune că [[PERSON:Ionuț]] nu are unde să-și facă temele.
Elevul are [[HEALTH:dislexie]] și primea sprijin zilnic, pe care acum îl pierde. Sora lui,
[[PERSON:Ana-Maria]], [[AGE:4 ani]], nu are loc la grădiniță. 16 ianuarie: discuție cu domnul
[[PERSON:Ellison]]; scrisoare către echipa de locuințe, dosar [[REFERENCE:WNC-TA-27705]].
[[PERSON:P. Shah]], Attendance Officer.”

Doamna [[PERSON:Shah]] m-a ajutat să fac și plângere pentru felul în care am fost tratați la
hotel. Consiliul a acceptat plângerea [[REFERENCE:WNC-CF-4418]], a recunoscut că am stat prea
mult într-un loc nepotrivit pentru copii și a vorbit cu hotelul despre comentariile rasiste. În
februarie ne-au dat o casă pe [[ADDRESS:12 Welford Road]]. Acum [[PERSON:Ionuț]] merge pe jos la
școală, iar domnul [[PERSON:Ellison]] zice că prezența lui a urcat la 97%.
"""),
    ),
    (
        "fv2cb-ro-04",
        "ro",
        _s("""
Sunt [[PERSON:Loredana Ciobanu]] și locuiesc în Slough, în [[ADDRESS:Flat 5, Cippenham House]],
[[POSTCODE:SL1 9BP]], un apartament de la [[ORGANISATION:Harbourside Living]]. Fetița mea,
[[PERSON:Doina]], are [[AGE:3 ani]] și merge la [[ADDRESS:Sunshine Corner Nursery]]. Ea are
[[HEALTH:întârziere în vorbire]], așa că spune puține cuvinte, dar le spune bine. Din
octombrie, de la vecinul de sus curgea apă prin plafonul băii, chiar prin corpul de iluminat.
Am sunat de șase ori. Educatoarea ei de referință a scris această observație:

„Observație – [[PERSON:Doina Ciobanu]], grupa Fluturașilor. Educatoare de referință:
[[PERSON:Natasha Price]]. Azi, la joaca cu apă, [[PERSON:Doina]] a arătat spre lampa din tavan
și a spus „lumina plânge, mama pune găleata”. Mama a confirmat că apa curge prin lampa din baie.
Aceasta este o situație periculoasă. Am discutat cu managera creșei, doamna
[[PERSON:Osei]], și am sfătuit-o pe mamă să raporteze de urgență, în scris.”

[[PERSON:Tash]], cum îi spunem noi, a sunat ea însăși la firma de reparații, dându-le numărul
[[REFERENCE:HL-RJ-910263]]. Electricianul a venit în aceeași seară, a scos siguranța și a
etanșat țeava vecinului. A doua zi au înlocuit lampa și plafonul. În răspunsul la plângerea mea,
[[REFERENCE:HL-C-3380]], [[ORGANISATION:Harbourside Living]] a recunoscut că trebuia să trateze
apa prin instalația electrică drept urgență și a schimbat procedura. Bunica îi cântă seara
[[PERSON:Doinei]] o doină din Maramureș, iar [[PERSON:Doina]] îi arată bucuroasă lampa: „lumina
nu mai plânge”.
"""),
    ),
    (
        "fv2cb-ro-05",
        "ro",
        _s("""
Sunt [[PERSON:Andrei Lăcătuș]], am [[AGE:18 ani]] și sunt [[OTHER_SPECIAL:rom]] din Craiova.
Locuiam cu bunica mea, [[PERSON:Veta]], în [[ADDRESS:Flat 9, Ashgrove Tower]],
[[POSTCODE:N17 6HP]], până când blocul a fost evacuat din cauza fisurilor. Consiliul
[[ORGANISATION:Haringey Council]] ne-a mutat într-un hostel, iar eu eram la jumătatea cursului
de electrician la [[ADDRESS:Tottenham Hale College]]. Profesoara mea a scris acest email, pe care
îl pun aici tradus:

„De la: [[PERSON:Siobhan Kerr]] ([[EMAIL:s.kerr@tottenhamhale-college.example.org]]). Către:
echipa de protecție. [[PERSON:Andrei Lăcătuș]], număr student [[OTHER_ID:THC-24-00913]], a
lipsit opt zile luna asta. Mi-a spus că el și bunica lui, care are
[[HEALTH:insuficiență cardiacă]], stau într-o cameră de hostel la etajul trei, fără lift, și că
el o duce pe scări la programări. E un student excelent; cred că e îngrijitor și are nevoie de
ajutor.”

Domnul [[PERSON:Adebayo]], responsabilul cu protecția, a trimis un rezumat al sesizării:
„Student: [[PERSON:Andrei Lăcătuș]], născut la [[DATE_OF_BIRTH:3 mai 2006]]. Tânăr îngrijitor,
cazare temporară nepotrivită. Sesizare către echipa de locuințe, ref.
[[REFERENCE:HC-YP-30418]]. Recomand mutarea urgentă la parter.”

Cu sprijinul lor am depus plângere, numărul [[REFERENCE:HC-CMP-77204]]. Consiliul a recunoscut
că nu evaluase sănătatea bunicii, și-a cerut scuze și ne-a oferit un apartament la parter pe
[[ADDRESS:6 Lordship Lane]]. Bunica [[PERSON:Veta]] îmi zice acum tot [[PERSON:Andreiuț]], ca
atunci când eram mic, iar doamna [[PERSON:Kerr]] m-a ajutat să-mi termin cursul. Mi-am luat
diploma în iunie.
"""),
    ),
    (
        "fv2cb-ur-01",
        "ur",
        _s("""
میرا نام [[PERSON:نسرین اختر]] ہے۔ ہم چھ لوگ راچڈیل میں [[ADDRESS:۷۲ ٹویڈیل سٹریٹ]]،
[[POSTCODE:OL11 1HH]] پر دو کمروں کے گھر میں رہتے ہیں۔ میرا بیٹا [[PERSON:دانیال]] چھٹی جماعت
(Year 6) میں اور بیٹی [[PERSON:سحر]] Year 2 میں [[ADDRESS:ولبرفورس روڈ پرائمری اسکول]] میں
پڑھتے ہیں۔ [[PERSON:دانیال]] کو [[HEALTH:مرگی]] ہے اور وہ بہن بھائیوں کے ساتھ فرش پر گدّے پر
سوتا تھا۔ ہیڈ ٹیچر مسٹر [[PERSON:ہیریسن]] نے ہاؤسنگ کو خط لکھا، جس کا اردو ترجمہ یہ ہے:

"میں [[ADDRESS:ولبرفورس روڈ پرائمری اسکول]] کے ہیڈ ٹیچر کی حیثیت سے محترمہ [[PERSON:اختر]] کی
منتقلی کی درخواست کی حمایت کرتا ہوں۔ [[PERSON:دانیال اختر]] (تاریخ پیدائش
[[DATE_OF_BIRTH:۱۹ اگست ۲۰۱۳]]، UPN [[OTHER_ID:W526014839220]]) کو اس ٹرم میں اسکول میں تین دورے
پڑے، اور ہماری SENCo مس [[PERSON:ایڈورڈز]] کے مطابق نیند کی کمی ان کی ایک بڑی وجہ ہے۔ بچے کے
لیے الگ، محفوظ بستر ضروری ہے۔ اس کی بہن [[PERSON:سحر]] بھی اکثر تھکی ہوئی آتی ہے۔ براہِ کرم اس
خاندان کو ترجیح دیں۔ رابطہ: [[PHONE:0161 496 0948]]۔ [[PERSON:اینڈریو ہیریسن]]، ہیڈ ٹیچر"

میں نے یہ خط لگا کر [[ORGANISATION:Spotland Valley Homes]] کو باقاعدہ شکایت بھیجی، حوالہ نمبر
[[REFERENCE:SVH-T-20448]]۔ پہلے وہ کہتے تھے کہ ہمارے پوائنٹس کم ہیں۔ خط کے بعد ہاؤسنگ افسر
[[PERSON:شبانہ]] باجی گھر آئیں، کمرے ناپے اور مانا کہ بھیڑ کا اندازہ غلط لگایا گیا تھا۔ تین
مہینے بعد ہمیں [[ADDRESS:۹ ہالی فیلڈ کلوز]] میں چار کمروں کا گھر مل گیا۔ اب [[PERSON:دانیال]]
کا اپنا کمرہ اور اپنا بستر ہے، اور دو مہینے سے کوئی دورہ نہیں پڑا۔ سحر ہوتے ہی
[[PERSON:سحر]] سب سے پہلے اٹھ کر اپنی نئی کھڑکی سے باہر دیکھتی ہے۔ مسٹر [[PERSON:ہیریسن]] کا
بہت شکریہ۔
"""),
    ),
    (
        "fv2cb-ur-02",
        "ur",
        _s("""
میں [[PERSON:ارشد محمود]] ہوں اور بولٹن میں [[ADDRESS:۱۵ ڈیون سٹریٹ]]، [[POSTCODE:BL1 8PZ]]
میں رہتا ہوں۔ گھر [[ORGANISATION:Croal Valley Housing]] کا ہے۔ میرے بیٹے [[PERSON:امید]] کی عمر
[[AGE:آٹھ سال]] ہے اور اسے [[HEALTH:دمہ]] ہے۔ اس کے کمرے کی دیوار پر کالی پھپھوندی بار بار
آتی تھی اور ہاؤسنگ والے کہتے تھے کھڑکی کھولیں۔ پھر اسکول نرس نے یہ نوٹ لکھا:

"اسکول ہیلتھ سروس، ہاؤسنگ کے لیے نوٹ۔ طالب علم: [[PERSON:امید ارشد]]، Year 3،
[[ADDRESS:سینٹ جارج روڈ پرائمری اسکول]]۔ تاریخ پیدائش [[DATE_OF_BIRTH:۱۲/۰۱/۲۰۱۶]]۔ NHS نمبر
[[OTHER_ID:۶۲۸ ۳۰۴ ۵۵۱۷]]۔ اس ٹرم [[PERSON:امید]] کو اسکول میں نو بار انہیلر کی ضرورت پڑی، اور
ایک بار والد کو بلا کر گھر بھیجنا پڑا۔ والد کے مطابق بچے کے کمرے میں پھپھوندی ہے۔ میری رائے میں گھر
کی نمی اس کے [[HEALTH:دمے]] کو بڑھا رہی ہے، اس لیے مرمت فوری ہونی چاہیے۔ [[PERSON:سارہ لائیڈ]]،
اسکول نرس، [[EMAIL:s.lloyd.schoolnurse@example.org]]"

سچ پوچھیں تو ہمیں امید نہیں تھی کہ کچھ بدلے گا۔ [[ADDRESS:جامع مسجد غوثیہ]] کے ایڈوائس ڈیسک
پر بھائی [[PERSON:طارق]] نے میری شکایت لکھنے میں مدد کی، مرمت کا نمبر
[[REFERENCE:CVH-RJ-558210]] ڈال کر۔ دس دن میں سروےئر آیا، چھت کا پرنالہ ٹوٹا ہوا نکلا۔ انہوں
نے پرنالہ بدلا، دیوار کا علاج کیا اور باتھ روم میں نیا پنکھا لگایا۔ شکایت
[[REFERENCE:CVH-C-9902]] منظور ہوئی اور معافی کے ساتھ معاوضہ بھی ملا۔ اب نرس
[[PERSON:لائیڈ]] کہتی ہیں کہ [[PERSON:امید]] کئی ہفتوں سے ان کے کمرے میں نہیں آیا، اور اس کی
چھوٹی بہن [[PERSON:مہک]] بھی رات کو کھانستی نہیں۔
"""),
    ),
    (
        "fv2cb-ur-03",
        "ur",
        _s("""
میرا نام [[PERSON:رخسانہ بی بی]] ہے۔ گھر میں پانی بھر جانے کے بعد [[ORGANISATION:Bradford Council]]
نے ہمیں عارضی طور پر [[ADDRESS:کمرہ نمبر ۸، ہیٹن لاج]]، [[POSTCODE:BD9 5NQ]] میں رکھا، جہاں
چار لوگ ایک کمرے میں تھے۔ میرا بیٹا [[PERSON:زین]]، جسے ہم [[PERSON:زینو]] کہتے ہیں،
[[ADDRESS:بیلی ویو اکیڈمی]] میں Year 7 میں ہے اور اسکول وہاں سے دو بسوں کا سفر تھا۔ اسکول کے
اٹینڈنس افسر کے نوٹس، جو مجھے بعد میں ملے، یہ ہیں:

"حاضری نوٹ: [[PERSON:زین علی]]، Year 7، فارم ٹیوٹر مسز [[PERSON:فلیچر]]، پیوپل نمبر
[[OTHER_ID:BVA-70331]]۔ ۴ دسمبر: حاضری ۵۹٪۔ خاندان سیلاب کے بعد عارضی رہائش میں ہے، کھانا
پکانے کی جگہ نہیں۔ ماں کا کہنا ہے کہ وہ [[HEALTH:ڈپریشن]] کا علاج کروا رہی ہیں اور صبح بچوں کو
دو بسوں میں لانا مشکل ہے۔ چھوٹی بہن [[PERSON:ہانیہ]]، [[AGE:پانچ سال]]، کو ابھی قریبی اسکول میں
جگہ نہیں ملی۔ ۱۱ دسمبر: مسز [[PERSON:فلیچر]] سے بات ہوئی؛ [[PERSON:زین]] کلاس میں سو جاتا ہے۔
ہاؤسنگ کیس [[REFERENCE:BMDC-HO-48102]] کے لیے حمایتی خط بھیجا گیا۔ [[PERSON:ڈی. گرین]]،
اٹینڈنس افسر، [[PHONE:01632 960 735]]"

مسٹر [[PERSON:گرین]] کے خط کے بعد میں نے باقاعدہ شکایت کی، نمبر [[REFERENCE:BMDC-CF-3071]]۔
کونسل نے مانا کہ ہمیں چار مہینے ایک کمرے میں رکھنا ٹھیک نہیں تھا، بس کا کرایہ واپس کیا اور
جنوری میں [[ADDRESS:۲۴ کیسل روڈ]] پر دو کمروں کا فلیٹ دیا، اسکول کے قریب۔ اب [[PERSON:زینو]]
پیدل اسکول جاتا ہے اور اس کی حاضری ۹۶٪ ہے۔ [[PERSON:ہانیہ]] کو بھی گلی کے کونے والے اسکول میں
جگہ مل گئی ہے۔ پارک کی ہری گھاس دیکھ کر [[PERSON:زین]] ہنس کر کہتا ہے: یہ مسٹر [[PERSON:گرین]] کی
گھاس ہے۔
"""),
    ),
    (
        "fv2cb-ur-04",
        "ur",
        _s("""
میں [[PERSON:فرزانہ کوثر]] ہوں اور ڈربی میں [[ADDRESS:فلیٹ ۲، ۳۳ نارمنٹن روڈ]]،
[[POSTCODE:DE23 6UQ]] میں رہتی ہوں؛ فلیٹ [[ORGANISATION:Derwent Riverside Homes]] کا ہے۔ اکتوبر
میں ہمارے گھر میں چوری ہوئی اور سامنے کے دروازے کا تالا اور کھڑکی کی کنڈی ٹوٹ گئی۔ میں نے پانچ
بار فون کیا، مگر چھ ہفتے تک ہم کرسی دروازے سے لگا کر سوتے رہے۔ میری بیٹی [[PERSON:زویا]]، جسے
سب [[PERSON:زوئی]] کہتے ہیں، [[AGE:چار سال]] کی ہے اور [[ADDRESS:ٹائنی ٹریژرز نرسری]] جاتی ہے۔
اس کی کی ورکر نے یہ مشاہدہ لکھا:

"مشاہدہ: [[PERSON:زویا کوثر]]، اسٹار فِش روم۔ کی ورکر: [[PERSON:ہولی میتھیوز]]۔ آج گڑیا گھر
سے کھیلتے ہوئے [[PERSON:زویا]] نے سارے دروازوں کے آگے اینٹیں رکھ دیں اور کہا 'چور آ جائے گا،
دروازہ ٹوٹا ہے'۔ پچھلے دو ہفتوں سے وہ صبح ماں سے الگ ہوتے ہوئے بہت روتی ہے۔ ماں نے بتایا کہ
گھر کا تالا ابھی تک ٹھیک نہیں ہوا۔ نرسری مینیجر مسز [[PERSON:بینیٹ]] سے بات ہو چکی ہے؛ ہم ماں
کی شکایت کے لیے یہ نوٹ دے رہے ہیں۔"

میں نے یہ نوٹ اپنے فون [[PHONE:۰۷۷۰۰ ۹۰۰۸۴۲]] سے تصویر کھینچ کر ای میل کیا، مرمت نمبر
[[REFERENCE:DRH-R-611058]] کے ساتھ۔ اگلے ہی دن تالے والا آیا، نیا دروازہ اور کھڑکیوں کی کنڈیاں
لگ گئیں۔ شکایت [[REFERENCE:DRH-C-2214]] کے جواب میں انہوں نے مانا کہ چوری کے بعد حفاظتی مرمت
چوبیس گھنٹے میں ہونی چاہیے تھی، اور معاوضہ دیا۔ اس بہار نرسری میں ہولی کا تہوار منایا گیا تو
[[PERSON:زوئی]] رنگوں سے بھری ہوئی گھر آئی اور بولی کہ مس [[PERSON:ہولی]] نے اسے سب سے زیادہ
گلابی رنگ لگایا۔ اب وہ رات کو پورا سوتی ہے۔
"""),
    ),
    (
        "fv2cb-ur-05",
        "ur",
        _s("""
میں [[PERSON:شازیہ پروین]] ہوں۔ گھریلو تشدد کی وجہ سے میں اور میری بیٹی گھر چھوڑ کر نکلے۔ میں
[[OTHER_SPECIAL:اسپاؤس ویزا]] پر تھی اور مجھ پر [[OTHER_SPECIAL:نو ریکورس ٹو پبلک فنڈز]] کی
شرط تھی، اس لیے کئی ہفتے کسی نے مدد نہیں کی۔ آخر [[ORGANISATION:Waltham Forest Council]] نے
ہمیں [[ADDRESS:ہیون ہاؤس]] میں ایک کمرہ دیا۔ میری بیٹی [[PERSON:عائشہ]] کی عمر [[AGE:سترہ سال]]
ہے اور وہ [[ADDRESS:ہیتھ فیلڈ سکستھ فارم کالج]] میں A-level کر رہی ہے۔ اس کی ٹیوٹر کی ای میل کا
ترجمہ:

"از: مس [[PERSON:ربیکا سٹون]] ([[EMAIL:r.stone@heathfield-sfc.example.org]])۔ موضوع:
[[PERSON:عائشہ پروین]]، اسٹوڈنٹ آئی ڈی [[OTHER_ID:HSF-231187]]۔ [[PERSON:عائشہ]] پچھلے مہینے
سات دن غیر حاضر رہی اور بتایا کہ وہ اور اس کی والدہ ایک کمرے میں ہیں جہاں پڑھنے کی جگہ نہیں۔ وہ
بہت محنتی طالبہ ہے۔ میں یہ معاملہ ہماری سیف گارڈنگ لیڈ مسز [[PERSON:ملک]] کو بھیج رہی ہوں۔"

مسز [[PERSON:ملک]] نے ریفرل کا خلاصہ لکھا: "طالبہ: [[PERSON:عائشہ پروین]]، تاریخ پیدائش
[[DATE_OF_BIRTH:۲۸ فروری ۲۰۰۷]]۔ گھریلو تشدد کے بعد ماں کے ساتھ عارضی رہائش میں۔ کونسل کو ریفرل،
حوالہ [[REFERENCE:WFC-DA-90314]]۔ مستقل اور محفوظ رہائش کی سفارش۔"

ان خطوں کے ساتھ ایک وکیل نے میری شکایت لکھی، نمبر [[REFERENCE:WFC-CMP-66120]]۔ کونسل نے مانا
کہ میری امیگریشن کی صورت حال کی وجہ سے ہمیں غلط طور پر واپس بھیجا گیا تھا۔ اب ہمیں
[[ADDRESS:۱۴ گروو روڈ]] پر ایک محفوظ فلیٹ مل گیا ہے۔ [[PERSON:عائشہ]] نے امتحان دے دیے ہیں اور
مس [[PERSON:سٹون]] نے اس کے یونیورسٹی فارم پر سفارش لکھی ہے۔ پتھر جیسا دل رکھنے والی دنیا میں
کچھ لوگ ابھی بھی نرم ہیں۔
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
