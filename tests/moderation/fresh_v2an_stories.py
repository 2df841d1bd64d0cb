"""Fresh version-2 PII test stories, batch an.

The writer of this batch is a professional acting on a resident's behalf: solicitors, MPs'
caseworkers, ward councillors, advice-centre advisers and interpreters. Every story is a formal
letter in that register, in English or written natively in Arabic, Bengali, Punjabi (Gurmukhi),
Polish, Romanian or Urdu: letter headers with dates, "Our ref / Your ref" lines, Ombudsman case
numbers, "Re:" lines carrying the client's title, full name, date of birth and address, client-detail
blocks (NI, BRP, passport and NHS numbers), bulleted lists of the landlord's failings, a closing note
on how the complaint was put right and what changed, and sign-offs with the writer's name, job
title, direct line and email. Names of English speakers appear written in the other scripts, flats
are given with the block beside the street, children's schools, GP surgeries, places of worship and
shops locate the home, and phones and emails are sometimes spelt out in words or written in native
digits. Named law firms and advice centres are marked ORGANISATION as well as
landlords, councils and contractors; the letters' own dates are not dates of birth; file references
of the writer's own office are marked REFERENCE like the landlord's.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 7 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 85.7% of 35, recall 99.3%, precision
82.7%, on the committed detector 2cdb6c0 (after round 37); leak-free by language ar 3, bn 5, en 5, pa 4, pl 4, ro 5, ur 4
of 5. On the detector as it landed before rounds 34 to 37 (87cfc38): 82.9%.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2an-en-01",
        "en",
        _s("""
[[ORGANISATION:Hartwell Obi Solicitors]], Housing Department.
Our ref: [[REFERENCE:HO/DIS/4471/KM]]. Your ref: [[REFERENCE:CMP-22817]]. 14 March 2025.
By email only: [[EMAIL:complaints@ashgrovehomes.example.org]]

Dear Sir or Madam,

Re: Our client Ms [[PERSON:Danielle Okafor]] (date of birth [[DATE_OF_BIRTH:02/11/1989]]),
[[ADDRESS:Flat 7, 19 Hawksworth Terrace]], Leeds [[POSTCODE:LS6 2QW]] — tenancy reference [[REFERENCE:ASH-T-009213]]

We are instructed by Ms [[PERSON:Okafor]], who lives at the above property with her children,
[[PERSON:Kayden]] (aged [[AGE:6]]) and [[PERSON:Amara]] ([[AGE:14 months]]). We write to escalate her
complaint to Stage 2 of your procedure and to record the following failings:

• A leak from the flat above ([[ADDRESS:number 9]]) was reported on three occasions from September 2024
under repair references [[REFERENCE:R-558120]] and [[REFERENCE:R-559407]]. On each visit your operative
recorded "no access" to [[ADDRESS:number 9]] and closed the job.
• Black mould has spread across the children's bedroom. [[PERSON:Kayden]] has [[HEALTH:asthma]], as
confirmed in writing by Dr [[PERSON:Naveed Shah]] of [[ADDRESS:Cardigan Fields Surgery]], and has been
admitted to hospital twice this winter.
• The Stage 1 response from Mr [[PERSON:Graham Tully]] was sent 31 working days after the complaint
was made and did not mention the children at all.

Our client asks that the leak be traced and repaired, the mould treated, the bedroom redecorated,
and that compensation be considered.

Postscript for the record (June 2025): [[ORGANISATION:Ashgrove Homes]] upheld the complaint in full.
Its contractor, [[ORGANISATION:Kestrel Building Services]], gained entry to [[ADDRESS:flat 9]] under a
warrant, replaced a split waste pipe and treated the mould; Ms [[PERSON:Okafor]] received £1,150.
[[ORGANISATION:Ashgrove Homes]] has since stopped closing leak jobs as "no access" without a
supervisor's review.

Yours faithfully,

[[PERSON:Katherine Moran]]
Associate Solicitor
Direct line: [[PHONE:0113 496 0527]]
[[EMAIL:k.moran@hartwellobi.example.co.uk]]
"""),
    ),
    (
        "fv2an-en-02",
        "en",
        _s("""
Office of [[PERSON:Priya Ramsden]] MP.
Our ref: [[REFERENCE:PR/HSG/2025/0318]]. Landlord's ref: [[REFERENCE:ASB-4410-M]]. 17 March 2025.

Dear Mr [[PERSON:Whitlock]],

Re: Mr [[PERSON:Leonard Whitlock]], born the [[DATE_OF_BIRTH:ninth of June 1948]],
[[ADDRESS:3 Tenterden Close]], Stretford, [[POSTCODE:m32 9hx]]

Thank you for meeting me with your daughter, Mrs [[PERSON:Carol Beddows]], on 7 February. As you
explained, from August to January a resident of [[ADDRESS:number 11]] repeatedly parked a white van,
registration [[OTHER_ID:KX68 DPN]], across your dropped kerb, so that the ambulance taking you to your
renal appointments could not reach the door, and you missed services at [[ADDRESS:St Saviour's Church]]
for weeks. [[ORGANISATION:Mersey Brook Housing]] recorded this as antisocial behaviour but closed the
case twice without visiting you.

[[PERSON:Priya]] wrote to the Chief Executive, Ms [[PERSON:Joanne Felton]], on 12 February, setting out
that:
• the case had been closed without a home visit or any call to you;
• abusive posts about you had been made by the account [[OTHER_ID:@stretford_vanman]], which
[[PERSON:Carol]] reported with screenshots and which were never reviewed;
• your [[HEALTH:kidney failure]] and [[HEALTH:COPD]] made the obstruction a safety risk, not a parking
dispute.

[[ORGANISATION:Mersey Brook]]'s reply of 4 March accepts each point. Their neighbourhood officer,
[[PERSON:Darren Hulme]] (you will know him as "[[PERSON:Daz]]"), has served a formal warning on the
tenant, the council has painted a white H-bar across your kerb, and the association has paid you
£400. They have also agreed to record residents' access needs on their antisocial behaviour system,
so that a blocked driveway is treated as urgent where someone relies on transport to hospital.

If the van returns, please ring me on [[PHONE:0161 496 0284]] or email [[EMAIL:tom.achebe@example.org]],
quoting our reference.

Yours sincerely,

[[PERSON:Tom Achebe]]
Senior Caseworker to [[PERSON:Priya Ramsden]] MP
"""),
    ),
    (
        "fv2an-en-03",
        "en",
        _s("""
[[ORGANISATION:Northgate Advice Centre]] — Housing Casework Team.
Our ref: [[REFERENCE:NAC/H/25/0912]]. 22 April 2025.
To: Housing Ombudsman Service.
Complaint against [[ORGANISATION:Sheaf Valley Homes]] — landlord's complaint ref [[REFERENCE:SVH-C-10492]]

Client details
Name: Mrs [[PERSON:Selam Tesfaye]]
Date of birth: [[DATE_OF_BIRTH:23.08.1991]]
Address: [[ADDRESS:58 Brincliffe Vale]], Sheffield [[POSTCODE:S7 1FR]]
NI number: [[NI_NUMBER:QQ 48 17 29 D]]
BRP number: [[OTHER_ID:ZR7093316]]
Contact: [[PHONE:+44 (0)7700 900412]] (via interpreter)

Mrs [[PERSON:Tesfaye]] is an [[OTHER_SPECIAL:Eritrean refugee]] and speaks little English. She came to
us with her interpreter, Mr [[PERSON:Yonas Gebru]], and her son [[PERSON:Robel]], [[AGE:9]], who attends
[[ADDRESS:Millhouses Grange Junior School]], where staff had noticed he was arriving cold and tired.

Failings
• No heating or hot water for 19 days in December 2024, with a child in the home.
• Two appointments missed by the contractor, [[ORGANISATION:Pinnacle Heat Ltd]], with no call to the
interpreter line.
• The Stage 1 reply was sent in English only, although her tenancy file records that letters must be
translated into Tigrinya.
• The Stage 2 reply, signed by Ms [[PERSON:Rachel Dunmore]], did not mention the missed appointments.

We ask the Ombudsman to investigate, to consider compensation, and to review how
[[ORGANISATION:Sheaf Valley Homes]] records language needs.

Update, 30 June 2025: before the Ombudsman (case [[REFERENCE:202418873]]) reached a determination,
[[ORGANISATION:Sheaf Valley Homes]] offered £750, apologised to Mrs [[PERSON:Tesfaye]] in her own
language, and added a mandatory language flag to every repair job, so that contractors must book an
interpreter before they call. [[PERSON:Robel]]'s school reports that he is warm and settled. Our
client has accepted the offer.

[[PERSON:Jasmine Patel-Ward]]
Housing Adviser
[[PHONE:0114 496 0391]] | [[EMAIL:jasmine.pw@northgateadvice.example.org]]
"""),
    ),
    (
        "fv2an-en-04",
        "en",
        _s("""
From: Councillor [[PERSON:Bernadette Flanagan]], Kingsmead Ward.
To: Mr [[PERSON:Alan Pryce]], Director of Housing, [[ORGANISATION:Brindley Borough Council]].
Your ref: [[REFERENCE:BBC/ADAPT/30217]]. 28 April 2025.

Dear [[PERSON:Alan]],

Re: Mrs [[PERSON:Gloria Mensah]], [[ADDRESS:112 Coppice Rise]], Birmingham [[POSTCODE:B23 6NL]]
(DOB [[DATE_OF_BIRTH:17 January 1956]])

I write on behalf of my constituent, who has been your tenant at [[ADDRESS:number 112]] for over
thirty years. Mrs [[PERSON:Mensah]] has [[HEALTH:multiple sclerosis]] and, since a fall in October,
cannot get in or out of the bath. An occupational therapy assessment in November (her NHS number is
[[OTHER_ID:485 777 3456]], for your adaptations team) recommended a level-access shower. Five months
later nothing has been ordered. Her grandson, [[PERSON:Kofi Asante-Mensah]], who is [[AGE:17]], has been
coming in before college every morning to help her wash, and she has not been able to attend
[[ADDRESS:Mount Zion Pentecostal Church]] since Christmas.

My concerns are:
– the referral sat in a shared inbox for eleven weeks;
– the surveyor from [[ORGANISATION:Forge & Dale Contractors]] visited twice but no report was written;
– Mrs [[PERSON:Mensah]]'s calls to [[PHONE:0121 496 0150]] were not logged as a complaint, although she
asked for that each time.

Outcome, added 6 June: after our meeting on 9 May the council accepted these failings in full. The
shower was fitted on 2 June, Mrs [[PERSON:Mensah]] received £600 and a written apology, and the
adaptations team now works to a twelve-week target for priority cases, with a named officer,
[[PERSON:Sunita Rai]], tracking each one from referral to completion.

Kind regards,

[[PERSON:Bernie Flanagan]]
Councillor, Kingsmead Ward
[[PHONE:07700 900836]] | [[EMAIL:cllr.flanagan@brindley.example.gov.uk]]
"""),
    ),
    (
        "fv2an-en-05",
        "en",
        _s("""
[[ORGANISATION:Calder & Reyes LLP]].
Our ref: [[REFERENCE:CR/HC/0778/JT]]. Your ref: [[REFERENCE:DC-2291]].
Housing Ombudsman ref: [[REFERENCE:202503317]]. 20 August 2025.

Mr [[PERSON:Owen Hughes]], Complaints Manager, [[ORGANISATION:Mersey Quay Homes]].
By email: [[EMAIL:owen.hughes@merseyquay.example.org]]

Dear Mr [[PERSON:Hughes]],

Re: Mr [[PERSON:Callum Doherty]] and Mrs [[PERSON:Sian Doherty]], [[ADDRESS:basement flat, 40 Vernon Street]],
Liverpool [[POSTCODE:l85ta]]

Further to the settlement reached on 14 August, we record its terms and the background.

Our clients' home, the [[ADDRESS:basement flat at 40]] (below the [[ADDRESS:Golden Fleece]] on the
corner), flooded in March 2024 when a shared drain collapsed. Your contractor,
[[ORGANISATION:Speke Drainage Solutions]], pumped the flat out but did not repair the drain, and it
flooded twice more. Their daughter [[PERSON:Ffion]], now [[AGE:3]], has [[HEALTH:cystic fibrosis]], and
the family spent eleven weeks in a single hotel room with her medication in a cool box.

Your Stage 2 letter of 2 May accepted that:
(a) the drain was not surveyed after the first flood;
(b) no temporary accommodation suitable for a child with [[PERSON:Ffion]]'s needs was offered;
(c) Mrs [[PERSON:Doherty]]'s complaint was not acknowledged for five weeks.

Terms agreed:
1. Compensation of £3,200 to Mrs [[PERSON:Doherty]]'s account, sort code [[OTHER_ID:30-96-41]], account
number [[OTHER_ID:70214388]], within 14 days.
2. The drain replacement completed on 2 July is guaranteed for ten years.
3. [[ORGANISATION:Mersey Quay Homes]] will survey by camera all shared drains under basement flats in
its stock within a year.

Mr [[PERSON:Doherty]] asks that future correspondence reach him by email, which he gives as
"[[EMAIL:callum dot doherty at example dot net]]".

Yours sincerely,

[[PERSON:Jaya Thakrar]]
Solicitor, Housing Team
Direct dial: [[PHONE:0151 496 0603]]
[[EMAIL:jaya.thakrar@calderreyes.example.co.uk]]
"""),
    ),
    (
        "fv2an-ar-01",
        "ar",
        _s("""
[[ORGANISATION:مركز النور للإرشاد المجتمعي]] — قسم شؤون السكن
مرجعنا: [[REFERENCE:NUR/HS/0457]]
مرجع الشكوى لدى المالك: [[REFERENCE:GWH-CX-88310]]
التاريخ: ١٢ أيار/مايو ٢٠٢٥

إلى: السيد [[PERSON:خالد العبيدي]]
العنوان: [[ADDRESS:الشقة ٤، ٢٧ شارع ميلتون]]، مانشستر [[POSTCODE:M14 6QP]]

الموضوع: نتيجة شكواكم ضد [[ORGANISATION:Greenwell Homes]] بشأن الرطوبة والعفن

حضرة السيد [[PERSON:خالد]] المحترم،
تحية طيبة وبعد،

نكتب إليكم لإطلاعكم على ما آلت إليه الشكوى التي قدّمناها نيابةً عنكم وعن زوجتكم السيدة
[[PERSON:هدى الجبوري]] في كانون الثاني/يناير الماضي. ونلخّص فيما يلي أوجه التقصير التي أقرّت بها
جمعية الإسكان:

- تجاهل ثلاثة بلاغات عن تسرّب مياه الأمطار من السطح إلى غرفة نوم ابنكم [[PERSON:يوسف]]
([[AGE:٧ سنوات]])، المصاب بمرض [[HEALTH:الربو]]، وهي البلاغات ذات الأرقام [[REFERENCE:R-73104]]
و [[REFERENCE:R-73377]] و [[REFERENCE:R-74012]].
- إرسال المقاول [[ORGANISATION:Ridgeway Maintenance]] لطلاء العفن بدلًا من معالجة سببه.
- عدم تأمين مترجم خلال زيارة المسّاح، رغم تسجيل حاجتكم إلى اللغة العربية في ملف الإيجار رقم
[[REFERENCE:GWH-T-55102]].

وقد وصلنا ردّ المرحلة الثانية من السيدة [[PERSON:كلير ويلكنسون]]، مديرة الشكاوى في
[[ORGANISATION:Greenwell Homes]]، وفيه اعتذار رسمي، وتعويض قدره ٩٥٠ جنيهًا إسترلينيًا، والتزام بإصلاح
السطح بالكامل، وقد أُنجز ذلك في ٢٨ نيسان/أبريل. كما أكّد الدكتور [[PERSON:سامي الحدّاد]] من عيادة
[[ADDRESS:Cotterill Park Surgery]] أن حالة [[PERSON:يوسف]] تحسّنت تحسّنًا واضحًا منذ ذلك الحين.
وأبلغتنا الجمعية أنها باتت تحجز مترجمًا تلقائيًا لكل زيارة إلى منزل مستأجر مسجَّلة لديه حاجة لغوية.

إن احتجتم إلى أي مساعدة إضافية، يُرجى الاتصال بي على الرقم المباشر [[PHONE:٠١٦١ ٤٩٦ ٠٧٣٨]]
أو مراسلتي على [[EMAIL:rania.haddad@alnoor-advice.example.org]].

وتفضلوا بقبول فائق الاحترام،

[[PERSON:رانيا حدّاد]]
مرشدة شؤون السكن
"""),
    ),
    (
        "fv2an-ar-02",
        "ar",
        _s("""
[[ORGANISATION:Brookfield & Nassar Solicitors]]
مرجعنا: [[REFERENCE:BN/HOU/2025/118]]
رقم القضية لدى أمين المظالم للإسكان: [[REFERENCE:202416620]]
التاريخ: ٣ آذار/مارس ٢٠٢٥
(نسخة مترجمة إلى العربية لعلم الموكّلة)

إلى: مكتب أمين المظالم للإسكان

الموضوع: شكوى موكّلتنا السيدة [[PERSON:فاطمة درويش]]، المولودة في
[[DATE_OF_BIRTH:الخامس عشر من تشرين الأول/أكتوبر ١٩٥٢]]، المقيمة في [[ADDRESS:الشقة ١٤٣، برج كيستريل]]
([[ADDRESS:Kestrel Tower]])، بولتون [[POSTCODE:BL3 5RW]]، ضد [[ORGANISATION:Bolton Moor Housing Trust]]

السادة المحترمون،

نتشرف بتمثيل موكّلتنا المذكورة أعلاه. السيدة [[PERSON:درويش]] [[OTHER_SPECIAL:لاجئة سورية]] وصلت
إلى المملكة المتحدة عام ٢٠١٧، وتعيش وحدها في الطابق الرابع عشر، وتعاني من [[HEALTH:قصور القلب]]
ومن [[HEALTH:التهاب المفاصل]] في الركبتين، ولا تستطيع استعمال الدرج.

أوجه التقصير:
١. تعطّل المصعدان في البرج من ٢ تشرين الثاني/نوفمبر حتى ١٩ كانون الأول/ديسمبر ٢٠٢٤، ولم يضع المالك
أي خطة لإيصال الطعام والدواء إلى السكان ذوي الإعاقة.
٢. لم يُردّ على رسائل حفيدها، السيد [[PERSON:عمر درويش]] ([[AGE:١٩ عامًا]])، المرسلة من العنوان
[[EMAIL:omar.darwish@example.com]].
٣. أُغلقت الشكوى رقم [[REFERENCE:BMHT-4471]] في المرحلة الأولى دون الاتصال بالموكّلة أو زيارتها.
٤. لم يُبلَّغ المقاول [[ORGANISATION:Apex Lift Services]] بأن في البرج سكانًا يعتمدون على المصعد
اعتمادًا كاملًا.

وخلال تلك الأسابيع السبعة لم تتمكن موكّلتنا من الصلاة في [[ADDRESS:مسجد الرحمة]]
([[ADDRESS:Al-Rahma Mosque]]) القريب من البرج، ولا من مراجعة طبيبتها في مركز
[[ADDRESS:Mornington Health Centre]].

تحديث بتاريخ ٢٠ حزيران/يونيو ٢٠٢٥: خلص أمين المظالم إلى وجود سوء إدارة جسيم، وأُلزم المالك بدفع
تعويض قدره ١٬٢٠٠ جنيه إسترليني وبتقديم اعتذار مكتوب باللغة العربية. وأصبح لدى
[[ORGANISATION:Bolton Moor Housing Trust]] سجلٌّ للسكان الذين يحتاجون إلى المساعدة عند تعطّل المصاعد،
ويُتصل بكل منهم خلال ٢٤ ساعة. وقد طلب السيد [[PERSON:عمر]] أن تُرسل أي مراسلات لاحقة إلى عنوانه:
[[EMAIL:omar dot darwish at example dot com]].

وتفضلوا بقبول فائق الاحترام،

[[PERSON:ليلى نصّار]]
محامية شريكة
الهاتف المباشر: [[PHONE:0161 496 0915]]
[[EMAIL:l.nassar@brookfieldnassar.example.co.uk]]
"""),
    ),
    (
        "fv2an-ar-03",
        "ar",
        _s("""
رسالة شكوى — النص العربي كما أملاه المشتكي، مع ترجمة إنجليزية مرفقة أعدّتها المترجمة
[[PERSON:سلمى قاسم]]

إلى: فريق الشكاوى، [[ORGANISATION:Harrowfield Borough Council]]
مرجعكم: [[REFERENCE:HBC/COMP/61922]]
رقم عقد الإيجار: [[REFERENCE:400918-02]]
التاريخ: ٩ أيلول/سبتمبر ٢٠٢٤

الموضوع: السيد [[PERSON:عبد الرحمن موسى آدم]]، تاريخ الميلاد [[DATE_OF_BIRTH:١٩٨٠/٠٤/٠٦]]،
[[ADDRESS:8 Larchfield Walk]]، [[POSTCODE:ha20nq]]

السادة المحترمون،

أنا [[PERSON:عبد الرحمن موسى آدم]]، [[OTHER_SPECIAL:سوداني]] الأصل، أسكن في المنزل [[ADDRESS:رقم ٨]]
منذ عام ٢٠١٩ مع زوجتي السيدة [[PERSON:آمنة إبراهيم]] وأطفالنا الأربعة، ومنهم ابنتي [[PERSON:مريم]]
([[AGE:١١ عامًا]]) التي تدرس في [[ADDRESS:Elmgrove Park Primary School]]، وابني الأصغر
[[PERSON:إبراهيم]] ([[AGE:١٨ شهرًا]]).

أتقدّم بهذه الشكوى للأسباب الآتية:
- منذ آذار/مارس تدخل الجرذان إلى المطبخ من فتحات تحت الأرضية، وقد أبلغتُ عنها أربع مرات.
- زار فنيو شركة [[ORGANISATION:Shieldguard Pest Control]] المنزل أربع مرات ووضعوا السمّ فقط، ولم يسدّ
أحد الفتحات.
- أُرسلت رسائل المجلس خطأً إلى [[ADDRESS:الرقم ١٨]] بدلًا من [[ADDRESS:الرقم ٨]]، فلم نعلم بمواعيد
الزيارة، وسُجّل علينا أننا "لم نسمح بالدخول".
- قضمت الجرذان أسلاك سيارتنا (رقم اللوحة [[OTHER_ID:BX17 RFO]]) وكلّفنا إصلاحها ٤٢٠ جنيهًا.

أطلب سدّ الفتحات، وتصحيح العنوان في سجلاتكم، وتعويضي عن تكلفة إصلاح السيارة.

ملاحظة المترجمة، ٢٥ تشرين الثاني/نوفمبر ٢٠٢٤: تلقّى السيد [[PERSON:آدم]] ردّ المرحلة الأولى من
السيد [[PERSON:مارك إدواردز]]، الذي اعتذر عن الخطأ في العنوان. أرسل المجلس مسّاحًا وجد فتحة كبيرة حول
أنبوب الصرف، فسُدّت واستُبدلت أرضية المطبخ، ودُفع للأسرة ٨٠٠ جنيه إضافةً إلى تكلفة السيارة. وأصبح المجلس
يرسل مسّاحًا عند كل بلاغ ثانٍ عن القوارض بدلًا من الاكتفاء بالسمّ.

للتواصل مع الأسرة عبر المترجمة:
[[PERSON:سلمى قاسم]] — مترجمة معتمدة (عربي/إنجليزي)
الهاتف: [[PHONE:٠٧٧٠٠ ٩٠٠ ٥١٨]]
البريد الإلكتروني: [[EMAIL:salma.qasim.interpreting@example.net]]
"""),
    ),
    (
        "fv2an-ar-04",
        "ar",
        _s("""
مكتب النائبة [[PERSON:هيلين مارشبانك]]، عضو البرلمان
مرجعنا: [[REFERENCE:HM/25/0442]]
مرجع المالك: [[REFERENCE:GHG/SUCC/1187]]
التاريخ: ١٥ نيسان/أبريل ٢٠٢٥

إلى: السيدة [[PERSON:نادية صالح]]
[[ADDRESS:الشقة العلوية، 61 Clifton Row]]، كارديف [[POSTCODE:CF24 3DH]]

الموضوع: طلبكِ نقل عقد الإيجار بعد وفاة والدكِ المرحوم [[PERSON:أحمد صالح]]

عزيزتي السيدة [[PERSON:نادية]]،
تحية طيبة وبعد،

أكتب إليكِ بالنيابة عن النائبة [[PERSON:هيلين]] لإبلاغكِ بنتيجة تدخّلها لدى
[[ORGANISATION:Glanrhyd Housing Group]]. كما تعلمين، توفي والدكِ في أيلول/سبتمبر الماضي، وكنتِ تعيشين
معه منذ عام ٢٠١٦ في الشقة الواقعة فوق [[ADDRESS:بقالة الحديدة]] مع ابنكِ [[PERSON:آدم]]
([[AGE:٤ سنوات]]). وقد تقدّمتِ بطلب نقل عقد الإيجار رقم [[REFERENCE:GHG/T/71840]] إلى اسمكِ، فواجهتِ
ما يلي:
• طُلب منكِ تقديم جواز سفركِ (رقم [[OTHER_ID:536417290]]) وشهادة الوفاة ثلاث مرات، لأن المستندات
"فُقدت" في كل مرة؛
• أُرسل إليكِ إشعار بإخلاء المسكن في كانون الثاني/يناير بينما كان طلبكِ قيد الدراسة؛
• لم تُعيَّن لكِ موظفة مسؤولة، ولم يُردّ على اتصالاتكِ بالرقم [[PHONE:029 2018 0388]].

كتبت النائبة في ٣ شباط/فبراير إلى مدير العمليات، السيد [[PERSON:غاريث بريس]]، وطلبت مراجعة الملف.
وجاء الرد في ٢ نيسان/أبريل متضمّنًا:
١. الموافقة على نقل العقد إليكِ بأثر رجعي من تاريخ الوفاة؛
٢. سحب إشعار الإخلاء والاعتذار عنه كتابيًا؛
٣. تعويضًا قدره ٥٠٠ جنيه؛
٤. تعيين السيدة [[PERSON:كاترين مورغان]] موظفةً مسؤولة عن ملفّكِ.

كما أبلغتنا الجمعية أنها وضعت إجراءً جديدًا للأسر المفجوعة: موظف واحد لكل حالة، ومهلة ستة أسابيع،
ولا إشعارات إخلاء قبل البتّ في الطلب.

لأي استفسار يمكنكِ الاتصال بي مباشرةً على [[PHONE:٠٢٩ ٢٠١٨ ٠٣٤٧]] أو الكتابة إلى
[[EMAIL:yasmin.alshami@example.org]].

مع أطيب التحيات،

[[PERSON:ياسمين الشامي]]
مسؤولة الحالات لدى النائبة [[PERSON:هيلين مارشبانك]]
"""),
    ),
    (
        "fv2an-ar-05",
        "ar",
        _s("""
[[ORGANISATION:Eastbrook Law Centre]] — قسم الإسكان
مرجعنا: [[REFERENCE:ELC/HSG/3391]]
مرجع الشكوى لدى المالك: [[REFERENCE:BWL-CMP-20577]]
رقم قضية أمين المظالم: [[REFERENCE:202501904]]
التاريخ: ٧ تموز/يوليو ٢٠٢٥

إلى: السيد [[PERSON:محمود عبد الفتاح]] والسيدة [[PERSON:منى السيد]]
[[ADDRESS:الشقة ١٢، Caspian House]]، لندن [[POSTCODE:e148rl]]

الموضوع: نتيجة شكواكم ضد [[ORGANISATION:Bowline Housing]] بشأن انقطاع التدفئة

حضرة السيد [[PERSON:محمود]] والسيدة [[PERSON:منى]] المحترمَين،

يسرّنا إبلاغكم بأن [[ORGANISATION:Bowline Housing]] قبلت توصيات أمين المظالم للإسكان في شكواكم.
وللتذكير، كانت وقائع الشكوى كما يلي:
- انقطعت التدفئة المركزية في مبنى [[ADDRESS:Caspian House]] كله من ٢٨ تشرين الثاني/نوفمبر إلى
٣٠ كانون الأول/ديسمبر ٢٠٢٤.
- ابنكم [[PERSON:كريم]] ([[AGE:٦ سنوات]]) مصاب بمرض [[HEALTH:فقر الدم المنجلي]]، والبرد من أسباب
نوباته، وقد نُقل إلى المستشفى مرتين في تلك الفترة. وأرفقنا رسالة طبيبه مع رقمه في هيئة الخدمات
الصحية الوطنية: [[OTHER_ID:721 904 3318]].
- لم تقدّم الجمعية سوى مدفأتين كهربائيتين، ورفضت تعويض فواتير الكهرباء.
- كتب السيد [[PERSON:محمود]] إلى حساب الجمعية [[OTHER_ID:@BowlineHousing]] مرات عدة، ونشر صور
الأطفال من حسابه [[OTHER_ID:@mahmoud_af86]]، فلم يصله إلا ردّ آلي.

وقد أوصى أمين المظالم بما يلي، ونُفّذ كله:
١. تعويض قدره ١٬٤٠٠ جنيه، إضافةً إلى ٣١٢ جنيهًا عن فواتير الكهرباء؛
٢. اعتذار مكتوب من مديرة الخدمات، السيدة [[PERSON:جوليا فينش]]؛
٣. استبدال الغلاية المركزية في المبنى، وقد أنجزته شركة [[ORGANISATION:Northwall Heating]] في
حزيران/يونيو.

كما أصبحت الجمعية تتصل خلال يوم واحد بكل أسرة فيها شخص مريض عند أي انقطاع للتدفئة.

للاستفسار: [[PHONE:٠٢٠ ٧٩٤٦ ٠٦٣١]] — [[EMAIL:h.mansour@eastbrooklaw.example.org]]

مع خالص التقدير،

[[PERSON:هشام منصور]]
مستشار قانوني في شؤون السكن
"""),
    ),
    (
        "fv2an-bn-01",
        "bn",
        _s("""
[[ORGANISATION:Uddin & Rowe Solicitors]]
আমাদের সূত্র: [[REFERENCE:UR/HSG/0912/SU]]
হাউজিং অম্বুডসম্যান কেস নম্বর: [[REFERENCE:202417738]]
তারিখ: ১৮ জুন ২০২৫

প্রতি,
মিসেস [[PERSON:রাশিদা বেগম]]
[[ADDRESS:ফ্ল্যাট ৩১, ব্রামলি হাউস]] ([[ADDRESS:Bramley House]])
লন্ডন [[POSTCODE:E1 4RT]]

বিষয়: [[ORGANISATION:থেমসাইড বো হাউজিং]]-এর বিরুদ্ধে আপনার অভিযোগের চূড়ান্ত ফলাফল

প্রিয় মিসেস [[PERSON:বেগম]],

আপনার অভিযোগ সম্পর্কে হাউজিং অম্বুডসম্যানের চূড়ান্ত সিদ্ধান্ত আমাদের হাতে এসেছে, এবং তা আপনার
পক্ষে গেছে। নথির জন্য আমরা ঘটনাগুলো সংক্ষেপে উল্লেখ করছি।

আপনার জন্মতারিখ [[DATE_OF_BIRTH:১২/০৫/১৯৭৮]], এবং আপনি ২০১১ সাল থেকে
[[ORGANISATION:Thameside Bow Housing]]-এর ভাড়াটিয়া (টেন্যান্সি নম্বর [[REFERENCE:TBH-30771]])। ২০২৩ সালের
শীতে ছাদ দিয়ে পানি চুঁইয়ে আপনার ছেলে [[PERSON:তানভীরের]] ঘরে কালো ছত্রাক ছড়িয়ে পড়ে।
[[PERSON:তানভীরের]] বয়স এখন [[AGE:১১ বছর]], তার [[HEALTH:হাঁপানি]] আছে, এবং
[[ADDRESS:Cable Yard Primary School]] থেকেও তার ঘন ঘন অনুপস্থিতি নিয়ে চিঠি এসেছিল।

অম্বুডসম্যান নিচের ত্রুটিগুলো স্বীকৃত বলে গণ্য করেছেন:
• ছাদ মেরামতের পাঁচটি অনুরোধ (রিপেয়ার নম্বর [[REFERENCE:৬১০৪৪২]] সহ) কোনো কাজ ছাড়াই বন্ধ করে দেওয়া
হয়েছিল;
• ঠিকাদার [[ORGANISATION:Redline Roofing Ltd]] শুধু দেয়াল রং করে চলে গিয়েছিল;
• দ্বিতীয় ধাপের উত্তর দিতে ১৪ সপ্তাহ লেগেছিল।

ফলাফল: আপনি ১,৮৭৫ পাউন্ড ক্ষতিপূরণ পেয়েছেন, ছাদ পুরোপুরি বদলানো হয়েছে, এবং আপনার মেয়ে
[[PERSON:নুসরাতের]] ([[AGE:৪ বছর]]) ঘরসহ সব ঘর নতুন করে রং করা হয়েছে। হাউজিং অ্যাসোসিয়েশনের পক্ষে
মিস্টার [[PERSON:জনাথন এভারি]] লিখিতভাবে ক্ষমা চেয়েছেন, এবং তারা এখন ছত্রাকের প্রতিটি রিপোর্টে ১০
কর্মদিবসের মধ্যে সার্ভেয়ার পাঠায়।

কোনো প্রশ্ন থাকলে আমাকে সরাসরি ফোন করবেন: [[PHONE:০২০ ৭৯৪৬ ০৪৫৮]], অথবা
[[EMAIL:s.uddin@uddinrowe.example.co.uk]] ঠিকানায় ইমেল করুন।

বিনীত,
[[PERSON:শাহানা উদ্দিন]] ([[PERSON:Shahana Uddin]])
সলিসিটর, হাউজিং বিভাগ
"""),
    ),
    (
        "fv2an-bn-02",
        "bn",
        _s("""
কাউন্সিলর [[PERSON:নাসির আহমেদ চৌধুরী]]
ওয়ার্ড কাউন্সিলরের কার্যালয়
আপনার সূত্র: [[REFERENCE:GBH/REP/99217]]
তারিখ: ৩ ফেব্রুয়ারি ২০২৫

প্রতি,
জনাব [[PERSON:আব্দুল মালিক]]
[[ADDRESS:৪৭ ব্র্যাকেনফিল্ড টেরেস]] ([[ADDRESS:47 Brackenfield Terrace]])
লিডস [[POSTCODE:ls85qd]]

বিষয়: আপনার বাড়ির হিটিং ও বাথরুম নিয়ে অভিযোগ — [[ORGANISATION:Gipton Brook Housing]]-এর চূড়ান্ত উত্তর

শ্রদ্ধেয় জনাব [[PERSON:মালিক]],

আসসালামু আলাইকুম। গত নভেম্বরে জুমার নামাজের পর [[ADDRESS:শাহজালাল জামে মসজিদ]] প্রাঙ্গণে আপনি ও
আপনার ছেলে জনাব [[PERSON:রেজাউল করিম]] আমার সঙ্গে দেখা করে যে সমস্যাগুলোর কথা বলেছিলেন, সে বিষয়ে
আমি হাউজিং অ্যাসোসিয়েশনকে লিখেছিলাম। চিঠিতে আমি উল্লেখ করেছিলাম যে আপনার জন্ম
[[DATE_OF_BIRTH:তেসরা মার্চ, উনিশশো ঊনপঞ্চাশ]] সালে, ২০২২ সালে আপনার [[HEALTH:স্ট্রোক]] হয়েছিল, এবং আপনি
এখন হুইলচেয়ার ব্যবহার করেন। তবুও:

১. অক্টোবর থেকে সাত সপ্তাহ আপনার বাড়িতে হিটিং ছিল না, এবং আপনাকে শুধু দুটি ছোট হিটার দেওয়া হয়েছিল;
২. ঠিকাদার [[ORGANISATION:Calder Gas Services]] তিনবার এসে যন্ত্রাংশ নেই বলে ফিরে গিয়েছিল;
৩. ২০২৩ সালে অনুমোদিত ওয়াক-ইন শাওয়ার তখনও বসানো হয়নি।

আমি আনন্দের সঙ্গে জানাচ্ছি যে হাউজিং অ্যাসোসিয়েশনের অভিযোগ ব্যবস্থাপক মিসেস
[[PERSON:হেলেন ব্রাইটওয়েল]] সব ত্রুটি স্বীকার করেছেন। নতুন বয়লার বসানো হয়েছে ১৯ ডিসেম্বর, শাওয়ারের
কাজ শেষ হয়েছে ২০ জানুয়ারি, এবং আপনাকে ৭০০ পাউন্ড ক্ষতিপূরণ দেওয়া হয়েছে। তারা এখন থেকে বয়স্ক ও
প্রতিবন্ধী ভাড়াটিয়াদের হিটিং মেরামতকে ২৪ ঘণ্টার জরুরি কাজ হিসেবে গণ্য করবে।

আবার কোনো সমস্যা হলে আমার নম্বরে ফোন করবেন: [[PHONE:০১১৩ ৪৯৬ ০৬৬২]], অথবা [[PERSON:রেজাউল]] ভাই
[[EMAIL:cllr.chowdhury@example.gov.uk]] ঠিকানায় ইমেল করতে পারেন।

বিনীত,
কাউন্সিলর [[PERSON:নাসির আহমেদ চৌধুরী]]
"""),
    ),
    (
        "fv2an-bn-03",
        "bn",
        _s("""
[[ORGANISATION:Oldham Community Advice Hub]]
আমাদের সূত্র: [[REFERENCE:OCAH/ASB/2024/77]]
বাড়িওয়ালার এএসবি কেস নম্বর: [[REFERENCE:WPH-ASB-5530]]
তারিখ: ২ ডিসেম্বর ২০২৪
(হাউজিং অম্বুডসম্যানের কাছে পাঠানো চিঠির বাংলা অনুবাদ, মক্কেলের জন্য)

বিষয়: মিস্টার [[PERSON:জামাল হোসেন]] ও মিসেস [[PERSON:শিরিন আক্তার]], [[ADDRESS:২৩ অল্ডার স্ট্রিট]],
ওল্ডহ্যাম [[POSTCODE:OL8 1HW]] — [[ORGANISATION:Werneth Park Housing]]-এর বিরুদ্ধে অভিযোগ

মক্কেলের তথ্য:
নাম: [[PERSON:জামাল হোসেন]]
জন্মতারিখ: [[DATE_OF_BIRTH:০৭.১০.১৯৮৮]]
ন্যাশনাল ইনস্যুরেন্স নম্বর: [[NI_NUMBER:QQ 73 02 55 A]]
মোবাইল: [[PHONE:শূন্য সাত সাত শূন্য শূন্য, নয় শূন্য শূন্য, তিন ছয় চার]] (দোভাষীর মাধ্যমে)
ইমেল: [[EMAIL:jamal dot hossain at example dot com]]

মাননীয় মহোদয়,

আমাদের মক্কেল ও তাঁর পরিবার ২০২৩ সালের জুলাই থেকে পাশের বাড়ি, অর্থাৎ [[ADDRESS:২৫ নম্বরের]] এক
বাসিন্দার হাতে বর্ণবাদী হয়রানির শিকার। তাঁদের [[OTHER_SPECIAL:বাংলাদেশি]] বলে গালি দেওয়া হয়েছে, দরজায়
থুতু দেওয়া হয়েছে, এবং মিস্টার [[PERSON:হোসেনের]] গাড়ির (রেজিস্ট্রেশন [[OTHER_ID:FE16 LKA]]) টায়ার দুবার
কেটে দেওয়া হয়েছে। ওই প্রতিবেশী [[OTHER_ID:@oldham_truth_88]] নামের অ্যাকাউন্ট থেকে পরিবারের বাড়ির
ছবিও পোস্ট করেছে।

বাড়িওয়ালার ত্রুটি:
• ১১টি ঘটনার রিপোর্ট সত্ত্বেও কেসটি "প্রতিবেশীর বিবাদ" বলে বন্ধ করা হয়েছিল;
• দায়িত্বপ্রাপ্ত অফিসার মিস্টার [[PERSON:লিয়াম ক্যাসিডি]] একবারও পরিবারের সঙ্গে দেখা করেননি;
• মিসেস [[PERSON:আক্তারের]] [[HEALTH:প্যানিক ডিসঅর্ডার]] সম্পর্কে জিপির চিঠি উপেক্ষা করা হয়েছিল;
• তাঁদের মেয়ে [[PERSON:আয়েশা]] ([[AGE:১৮ মাস]]) ও ছেলে [[PERSON:সামির]] ([[AGE:৮ বছর]]) রাতে ঘুমাতে পারে না।

সংযোজন, মার্চ ২০২৫: অম্বুডসম্যানের তদন্ত শুরু হওয়ার পর [[ORGANISATION:Werneth Park Housing]] দায়
স্বীকার করে, প্রতিবেশীর বিরুদ্ধে ইনজাংশন নেয়, দরজায় সিসিটিভি বসায় এবং ৯৫০ পাউন্ড ক্ষতিপূরণ দেয়।
এখন থেকে প্রতিটি বর্ণবাদী ঘটনা আলাদা "হেট ইনসিডেন্ট" হিসেবে নথিভুক্ত হয় এবং ৪৮ ঘণ্টার মধ্যে
বাসিন্দার সঙ্গে দেখা করা হয়।

বিনীত,
[[PERSON:ফারহানা চৌধুরী]]
হাউজিং অ্যাডভাইজার
[[PHONE:০১৬১ ৪৯৬ ০৮২৭]] | [[EMAIL:f.chowdhury@ocah.example.org]]
"""),
    ),
    (
        "fv2an-bn-04",
        "bn",
        _s("""
সংসদ সদস্য [[PERSON:ডেভিড অ্যাশক্রফট]]-এর কার্যালয়
আমাদের সূত্র: [[REFERENCE:DA/CW/25/1175]]
বাড়িওয়ালার অভিযোগ নম্বর: [[REFERENCE:CVH/CMP/48820]]
তারিখ: ২৯ মে ২০২৫

প্রতি,
মিসেস [[PERSON:মমতাজ খাতুন]]
[[ADDRESS:ফ্ল্যাট ২, ১৯৮ ফার্নউড রোড]], বার্মিংহাম [[POSTCODE:B10 9AS]]

বিষয়: [[ORGANISATION:Cole Valley Homes]]-এর কাছে আপনার অভিযোগ — সাংসদের হস্তক্ষেপের ফলাফল

প্রিয় মিসেস [[PERSON:খাতুন]],

আপনার অনুরোধে সাংসদ [[PERSON:ডেভিড অ্যাশক্রফট]] গত ১১ এপ্রিল [[ORGANISATION:Cole Valley Homes]]-এর প্রধান
নির্বাহী মিস্টার [[PERSON:রিচার্ড হেইল]]-কে চিঠি লিখেছিলেন। সেই চিঠিতে নিচের বিষয়গুলো তুলে ধরা হয়েছিল:

• [[ADDRESS:Bismillah Sweets]]-এর ঠিক ওপরের দুই বেডরুমের ফ্ল্যাটে আপনি, আপনার স্বামী মিস্টার
[[PERSON:শফিকুল ইসলাম]], শাশুড়ি এবং চার সন্তান থাকেন; বড় ছেলে [[PERSON:ইমরান]] ([[AGE:১৪ বছর]]) রান্নাঘরে
ঘুমায়।
• জানুয়ারিতে বাথরুমের লিকের কারণে রান্নাঘরের সিলিং ভেঙে পড়ে; এর আগে চারবার রিপোর্ট করা হয়েছিল।
ছোট মেয়ে [[PERSON:সাদিয়া]], বয়স [[AGE:৯]], অল্পের জন্য আঘাত থেকে বেঁচে যায়।
• আপনার শাশুড়ির [[HEALTH:ডায়াবেটিস]] থাকা সত্ত্বেও তিন সপ্তাহ রান্নাঘর ব্যবহার করা যায়নি।
• হাউজিং রেজিস্টারে আপনার আবেদন (নম্বর [[REFERENCE:HR-2207315]]) ভুলবশত "নিষ্ক্রিয়" করে রাখা হয়েছিল।

মিস্টার [[PERSON:হেইল]] ২২ মে উত্তর দিয়েছেন। সিলিং ও বাথরুম মেরামত সম্পন্ন হয়েছে, আপনার আবেদন আগের
তারিখ থেকে পুনরায় চালু করে অগ্রাধিকার ব্যান্ডে তোলা হয়েছে, এবং ১,২০০ পাউন্ড ক্ষতিপূরণ দেওয়া হবে।
তারা এখন থেকে যে কোনো লিকের পর নিচতলার সিলিং পরিদর্শন বাধ্যতামূলক করেছে।

ক্ষতিপূরণের জন্য আপনি যে ব্যাংক বিবরণ দিয়েছেন, তা আমরা তাদের পাঠিয়েছি: সর্ট কোড
[[OTHER_ID:৪০-১১-৬২]], অ্যাকাউন্ট নম্বর [[OTHER_ID:৮৩০২৯১৭৪]]।

যে কোনো প্রয়োজনে আমাকে ফোন করুন [[PHONE:+44 121 496 0219]] নম্বরে, অথবা লিখুন
[[EMAIL:tahmina.akhtar@example.org]] ঠিকানায়।

বিনীত,
[[PERSON:তাহমিনা আক্তার]]
কেসওয়ার্কার
"""),
    ),
    (
        "fv2an-bn-05",
        "bn",
        _s("""
[[ORGANISATION:Mercer Alam Solicitors]]
আমাদের সূত্র: [[REFERENCE:MA/DIS/0261/RA]]
আপনাদের সূত্র: [[REFERENCE:TVH-LC-7718]]
তারিখ: ৪ সেপ্টেম্বর ২০২৪
(প্রি-অ্যাকশন প্রোটোকল অনুযায়ী দাবিপত্রের বাংলা কপি, মক্কেলের জন্য)

প্রতি: মিস [[PERSON:জেমা রিচার্ডসন]], আইনি বিভাগ, [[ORGANISATION:Tyneview Homes]]

বিষয়: আমাদের মক্কেল মিসেস [[PERSON:রুমানা পারভীন]], জন্মতারিখ [[DATE_OF_BIRTH:৩০ নভেম্বর ১৯৮৫]],
[[ADDRESS:৫৬ হ্যাজেলমিয়ার অ্যাভিনিউ]], নিউক্যাসল [[POSTCODE:NE6 2LB]]

মহোদয়া,

আমরা মিসেস [[PERSON:পারভীন]]-এর পক্ষে আপনাদের বিরুদ্ধে জীর্ণ অবস্থার (ডিসরিপেয়ার) দাবি উত্থাপন করছি।
আমাদের মক্কেল বাড়ি থেকে একটি নিবন্ধিত খাবারের ব্যবসা চালান
([[OTHER_ID:www.rumanaskitchen.example.com]], ইনস্টাগ্রামে [[OTHER_ID:@rumanaskitchen_ncl]])। ত্রুটিগুলো
নিম্নরূপ:

১. ২০২৪ সালের মার্চ থেকে রান্নাঘরের দুটি সকেট পুড়ে কালো হয়ে যায় এবং বারবার ফিউজ কেটে যায়। পাশের
[[ADDRESS:১৮ নম্বরের]] বাসিন্দা মিস্টার [[PERSON:ড্যানিয়েল ক্রফট]] একবার দেয়াল থেকে স্ফুলিঙ্গ বের হতে
দেখেছেন এবং লিখিত বিবৃতি দিয়েছেন।
২. ঠিকাদার [[ORGANISATION:Quayside Electrical]] দুবার এসে শুধু সকেট বদলে দেয়, পুরো ওয়্যারিং পরীক্ষা
করেনি।
৩. মিসেস [[PERSON:পারভীন]]-এর ছেলে [[PERSON:রাইয়ান]] ([[AGE:১৩ বছর]]) [[HEALTH:মৃগী রোগে]] আক্রান্ত;
রাতে বারবার বিদ্যুৎ চলে যাওয়ায় তার ঘুম ও ওষুধের রুটিন ব্যাহত হয়েছে। তার এনএইচএস নম্বর
[[OTHER_ID:৬০১ ২৩৪ ৮৮৭৫]], এবং [[ADDRESS:Heaton Grove Surgery]]-এর চিকিৎসকের চিঠি সংযুক্ত।
৪. তিন মাস ব্যবসা বন্ধ থাকায় আমাদের মক্কেলের আয় নষ্ট হয়েছে।

পরবর্তী সংযোজন (ফেব্রুয়ারি ২০২৫): [[ORGANISATION:Tyneview Homes]] দাবি নিষ্পত্তিতে সম্মত হয়। পুরো
বাড়ির ওয়্যারিং বদলানো হয়েছে, মিসেস [[PERSON:পারভীন]] আয়ের ক্ষতি ও অসুবিধার জন্য ২,৪০০ পাউন্ড
পেয়েছেন, এবং প্রতিষ্ঠানটি এখন প্রতি পাঁচ বছরে প্রতিটি বাড়ির বৈদ্যুতিক নিরাপত্তা পরীক্ষা করে।

বিনীত,
[[PERSON:রেহানা আলম]]
সলিসিটর
সরাসরি: [[PHONE:0191 498 0614]] · [[EMAIL:r.alam@merceralam.example.co.uk]]
"""),
    ),
    (
        "fv2an-pa-01",
        "pa",
        _s("""
[[ORGANISATION:Sandhu Whitfield Solicitors]]
ਸਾਡਾ ਹਵਾਲਾ: [[REFERENCE:SW/HO/2025/207]]
ਮਕਾਨ-ਮਾਲਕ ਦਾ ਸ਼ਿਕਾਇਤ ਨੰਬਰ: [[REFERENCE:BMH-C-7703]]
ਹਾਊਸਿੰਗ ਓਮਬਡਸਮੈਨ ਕੇਸ ਨੰਬਰ: [[REFERENCE:202419952]]
ਮਿਤੀ: ੧੦ ਫ਼ਰਵਰੀ ੨੦੨੫
(ਸਾਡੇ ਗਾਹਕਾਂ ਲਈ ਪੰਜਾਬੀ ਅਨੁਵਾਦ; ਅਸਲ ਚਿੱਠੀ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਭੇਜੀ ਗਈ)

ਸੇਵਾ ਵਿਖੇ: ਹਾਊਸਿੰਗ ਓਮਬਡਸਮੈਨ ਸਰਵਿਸ

ਵਿਸ਼ਾ: ਸਰਦਾਰ [[PERSON:ਕਰਨੈਲ ਸਿੰਘ ਬਾਜਵਾ]] (ਜਨਮ ਮਿਤੀ [[DATE_OF_BIRTH:੧੪/੧੧/੧੯੪੪]]) ਅਤੇ ਸਰਦਾਰਨੀ
[[PERSON:ਮਨਜੀਤ ਕੌਰ ਬਾਜਵਾ]] (ਜਨਮ ਮਿਤੀ [[DATE_OF_BIRTH:੦੨/੦੬/੧੯੪੮]]), [[ADDRESS:14 Greenwood Rise]],
ਸਾਊਥਾਲ [[POSTCODE:ub12sx]] — [[ORGANISATION:Brentmead Homes]] ਵਿਰੁੱਧ ਸ਼ਿਕਾਇਤ

ਸਤਿਕਾਰਯੋਗ ਸ੍ਰੀਮਾਨ ਜੀ / ਸ੍ਰੀਮਤੀ ਜੀ,

ਅਸੀਂ ਉਪਰੋਕਤ ਗਾਹਕਾਂ ਵੱਲੋਂ ਇਹ ਸ਼ਿਕਾਇਤ ਆਪ ਜੀ ਅੱਗੇ ਪੇਸ਼ ਕਰ ਰਹੇ ਹਾਂ। ਸਰਦਾਰ [[PERSON:ਬਾਜਵਾ]] ਨੂੰ
[[HEALTH:ਡਿਮੈਂਸ਼ੀਆ]] ਹੈ ਅਤੇ ਉਨ੍ਹਾਂ ਦੀ ਪਤਨੀ ਹੀ ਉਨ੍ਹਾਂ ਦੀ ਦੇਖਭਾਲ ਕਰਦੇ ਹਨ। ਇਹ [[OTHER_SPECIAL:ਗੁਰਸਿੱਖ]]
ਜੋੜਾ ਹਰ ਰੋਜ਼ ਸਵੇਰੇ [[ADDRESS:ਗੁਰਦੁਆਰਾ ਦਸਮੇਸ਼ ਦਰਬਾਰ]] ਜਾਂਦਾ ਸੀ, ਪਰ ਪਿਛਲੀ ਗਰਮੀ ਤੋਂ ਘਰ ਦੀ ਹਾਲਤ ਕਾਰਨ
ਇਹ ਵੀ ਛੁੱਟ ਗਿਆ।

ਮਕਾਨ-ਮਾਲਕ ਦੀਆਂ ਕੋਤਾਹੀਆਂ:
੧. ਉੱਪਰਲੇ ਗੁਸਲਖ਼ਾਨੇ ਦੀ ਲੀਕ ੧੨ ਜੂਨ ੨੦੨੪ ਨੂੰ ਰਿਪੋਰਟ ਕੀਤੀ ਗਈ (ਮੁਰੰਮਤ ਨੰਬਰ [[REFERENCE:੪੪੮੧੯੦]]), ਪਰ ਛੇ
ਹਫ਼ਤੇ ਕੋਈ ਨਹੀਂ ਆਇਆ; ੨੭ ਜੁਲਾਈ ਨੂੰ ਰਸੋਈ ਦੀ ਛੱਤ ਡਿੱਗ ਪਈ।
੨. ਠੇਕੇਦਾਰ [[ORGANISATION:Westway Building Maintenance]] ਨੇ ਤਿੰਨ ਮਹੀਨੇ ਛੱਤ ਵਿੱਚ ਮੋਰਾ ਖੁੱਲ੍ਹਾ ਛੱਡੀ ਰੱਖਿਆ।
੩. ਪਹਿਲੇ ਪੜਾਅ ਦਾ ਜਵਾਬ ਮਿਸਟਰ [[PERSON:ਕ੍ਰਿਸ ਹੋਲਡਨ]] ਨੇ ਸਿਰਫ਼ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਭੇਜਿਆ, ਜਦਕਿ ਰਿਕਾਰਡ ਵਿੱਚ ਦਰਜ
ਸੀ ਕਿ ਪਰਿਵਾਰ ਨੂੰ ਪੰਜਾਬੀ ਦੀ ਲੋੜ ਹੈ।
੪. ਪੋਤਰੀ [[PERSON:ਹਰਲੀਨ]] ([[AGE:੧੬ ਸਾਲ]]) ਨੂੰ ਦਾਦੀ ਜੀ ਦੀ ਮਦਦ ਲਈ ਕਈ ਦਿਨ
[[ADDRESS:Featherstone Park Academy]] ਤੋਂ ਛੁੱਟੀ ਲੈਣੀ ਪਈ।

ਨੋਟ, ੩ ਜੂਨ ੨੦੨੫: ਓਮਬਡਸਮੈਨ ਨੇ ਗੰਭੀਰ ਕੁਪ੍ਰਬੰਧ ਦਾ ਫ਼ੈਸਲਾ ਦਿੱਤਾ। [[ORGANISATION:Brentmead Homes]] ਨੇ
£2,000 ਮੁਆਵਜ਼ਾ ਦਿੱਤਾ, ਰਸੋਈ ਦੀ ਨਵੀਂ ਛੱਤ ਪਾਈ ਅਤੇ ਪੰਜਾਬੀ ਵਿੱਚ ਲਿਖਤੀ ਮੁਆਫ਼ੀ ਭੇਜੀ। ਹੁਣ ਹਰ ਲੀਕ ਦੀ ਰਿਪੋਰਟ
ਤੋਂ ਬਾਅਦ ਹੇਠਲੀ ਛੱਤ ਪੰਜ ਦਿਨਾਂ ਵਿੱਚ ਜਾਂਚੀ ਜਾਂਦੀ ਹੈ, ਅਤੇ ਜਿਨ੍ਹਾਂ ਘਰਾਂ ਵਿੱਚ [[HEALTH:ਡਿਮੈਂਸ਼ੀਆ]] ਵਾਲਾ
ਵਿਅਕਤੀ ਰਹਿੰਦਾ ਹੈ, ਉਨ੍ਹਾਂ ਦੀ ਮੁਰੰਮਤ ਪਹਿਲ ਦੇ ਅਧਾਰ 'ਤੇ ਹੁੰਦੀ ਹੈ।

ਆਪ ਜੀ ਦੀ ਵਿਸ਼ਵਾਸਪਾਤਰ,
[[PERSON:ਅਮਨਦੀਪ ਕੌਰ ਸੰਧੂ]] ([[PERSON:Amandeep Kaur Sandhu]])
ਸੋਲੀਸਿਟਰ, ਹਾਊਸਿੰਗ ਵਿਭਾਗ
ਸਿੱਧਾ ਨੰਬਰ: [[PHONE:020 7946 0762]]
[[EMAIL:a.sandhu@sandhuwhitfield.example.co.uk]]
"""),
    ),
    (
        "fv2an-pa-02",
        "pa",
        _s("""
ਕੌਂਸਲਰ [[PERSON:ਬਲਜਿੰਦਰ ਸਿੰਘ ਢਿੱਲੋਂ]], ਵਾਰਡ ਕੌਂਸਲਰ
ਤੁਹਾਡਾ ਹਵਾਲਾ: [[REFERENCE:OVC/HSG/88142]]
ਮਿਤੀ: ੨੨ ਅਕਤੂਬਰ ੨੦੨੪

ਸੇਵਾ ਵਿਖੇ,
ਸ੍ਰੀਮਤੀ [[PERSON:ਰਾਜਵਿੰਦਰ ਕੌਰ ਮਾਨ]] ਅਤੇ ਸ੍ਰੀ [[PERSON:ਹਰਦੀਪ ਸਿੰਘ ਮਾਨ]]
[[ADDRESS:ਮਕਾਨ ਨੰਬਰ ੯, ਚੈਂਟਰੀ ਵਾਕ]] ([[ADDRESS:9 Chantry Walk]]), ਸਮੈਦਿਕ [[POSTCODE:B66 4PJ]]

ਵਿਸ਼ਾ: [[ORGANISATION:Oldbury Vale Council]] ਵਿਰੁੱਧ ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ ਦਾ ਨਤੀਜਾ

ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ ਜੀ,

ਤੁਹਾਡੀ ਬੇਨਤੀ 'ਤੇ ਮੈਂ ਸਤੰਬਰ ਵਿੱਚ ਕੌਂਸਲ ਦੇ ਹਾਊਸਿੰਗ ਵਿਭਾਗ ਨੂੰ ਲਿਖਿਆ ਸੀ। ਰਿਕਾਰਡ ਲਈ, ਮੇਰੀ ਚਿੱਠੀ ਵਿੱਚ
ਇਹ ਗੱਲਾਂ ਦਰਜ ਸਨ:

• ਤੁਹਾਡੇ ਪੁੱਤਰ [[PERSON:ਜਸ਼ਨਦੀਪ]] (ਘਰ ਵਿੱਚ "[[PERSON:ਜੱਸੀ]]"), ਉਮਰ [[AGE:੧੧ ਸਾਲ]], ਨੂੰ
[[HEALTH:ਸੇਰੇਬ੍ਰਲ ਪਾਲਸੀ]] ਹੈ ਅਤੇ ਉਹ ਵ੍ਹੀਲਚੇਅਰ ਵਰਤਦਾ ਹੈ। ਘਰ ਦੇ ਸਾਹਮਣੇ ਅਪਾਹਜ ਪਾਰਕਿੰਗ ਲਈ ਤੁਹਾਡੀ
ਗੱਡੀ (ਨੰਬਰ [[OTHER_ID:WV68 PKD]]) ਦੀ ਅਰਜ਼ੀ ਦੋ ਵਾਰ ਬਿਨਾਂ ਕਿਸੇ ਜਾਂਚ ਦੇ ਰੱਦ ਕਰ ਦਿੱਤੀ ਗਈ।
• ਹੇਠਲੇ ਜਿਸ ਕਮਰੇ ਨੂੰ [[PERSON:ਜਸ਼ਨਦੀਪ]] ਦਾ ਬੈੱਡਰੂਮ ਬਣਾਇਆ ਗਿਆ ਸੀ, ਉਸ ਵਿੱਚ ਸਿੱਲ੍ਹ ਅਤੇ ਉੱਲੀ ਸੀ;
ਮੁਰੰਮਤ ਨੰਬਰ [[REFERENCE:R/339/0471]] ਛੇ ਮਹੀਨੇ ਖੁੱਲ੍ਹਾ ਰਿਹਾ।
• [[ADDRESS:Rowley Oak School]] ਦੀ ਟਰਾਂਸਪੋਰਟ ਟੀਮ ਨੇ ਵੀ ਲਿਖਿਆ ਸੀ ਕਿ ਸਵੇਰੇ ਬੱਸ ਤੱਕ ਪਹੁੰਚਣਾ ਔਖਾ ਹੈ।
• ਹਾਊਸਿੰਗ ਅਫ਼ਸਰ ਮਿਸ [[PERSON:ਕਿਰਸਟੀ ਵੇਡ]] ਨੇ ਤੁਹਾਡੀਆਂ ਈਮੇਲਾਂ ਦਾ ਜਵਾਬ ਨਹੀਂ ਦਿੱਤਾ।

ਮੈਨੂੰ ਇਹ ਦੱਸਦਿਆਂ ਖ਼ੁਸ਼ੀ ਹੈ ਕਿ ਕੌਂਸਲ ਨੇ ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ ਸ਼ਿਕਾਇਤ ਪੂਰੀ ਤਰ੍ਹਾਂ ਮੰਨ ਲਈ ਹੈ। ਪਾਰਕਿੰਗ ਬੇਅ
੧੪ ਅਕਤੂਬਰ ਨੂੰ ਪੇਂਟ ਹੋ ਗਿਆ, ਠੇਕੇਦਾਰ [[ORGANISATION:Tame Valley Damp Proofing]] ਨੇ ਕਮਰੇ ਵਿੱਚ ਨਵਾਂ
ਡੈਂਪ-ਪਰੂਫ਼ ਕੋਰਸ ਪਾ ਦਿੱਤਾ ਹੈ, ਅਤੇ ਤੁਹਾਨੂੰ £450 ਮੁਆਵਜ਼ਾ ਮਿਲੇਗਾ। ਕੌਂਸਲ ਨੇ ਇਹ ਨਿਯਮ ਵੀ ਬਣਾਇਆ ਹੈ ਕਿ ਅਪਾਹਜ
ਬੱਚੇ ਵਾਲੇ ਪਰਿਵਾਰ ਦੀ ਪਾਰਕਿੰਗ ਅਰਜ਼ੀ ੨੦ ਕੰਮਕਾਜੀ ਦਿਨਾਂ ਵਿੱਚ ਘਰ ਆ ਕੇ ਜਾਂਚੀ ਜਾਵੇਗੀ।

ਕੋਈ ਮੁਸ਼ਕਲ ਹੋਵੇ ਤਾਂ ਮੈਨੂੰ [[PHONE:੦੭੭੦੦ ੯੦੦ ੬੪੫]] 'ਤੇ ਫ਼ੋਨ ਕਰੋ ਜਾਂ
[[EMAIL:cllr.b.dhillon@oldburyvale.example.gov.uk]] 'ਤੇ ਲਿਖੋ। [[PERSON:ਜੱਸੀ]] ਨੂੰ ਮੇਰੇ ਵੱਲੋਂ ਪਿਆਰ।

ਧੰਨਵਾਦ ਸਹਿਤ,
ਕੌਂਸਲਰ [[PERSON:ਬਲਜਿੰਦਰ ਸਿੰਘ ਢਿੱਲੋਂ]]
"""),
    ),
    (
        "fv2an-pa-03",
        "pa",
        _s("""
[[ORGANISATION:Belgrave Community Law Service]]
ਸਾਡਾ ਹਵਾਲਾ: [[REFERENCE:BCLS/25/0386]]
ਮਕਾਨ-ਮਾਲਕ ਦਾ ਹਵਾਲਾ: [[REFERENCE:SMH-CX-51170]]
ਮਿਤੀ: ੧੭ ਮਾਰਚ ੨੦੨੫
(ਇਹ ਚਿੱਠੀ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਭੇਜੀ ਗਈ; ਇਹ ਪੰਜਾਬੀ ਕਾਪੀ ਗਾਹਕਾਂ ਦੀ ਜਾਣਕਾਰੀ ਲਈ ਹੈ)

ਸੇਵਾ ਵਿਖੇ: ਸ਼ਿਕਾਇਤ ਵਿਭਾਗ, [[ORGANISATION:Soar Meadows Housing]]

ਵਿਸ਼ਾ: ਸ੍ਰੀ [[PERSON:ਗੁਰਮੀਤ ਸਿੰਘ ਰੰਧਾਵਾ]] ਅਤੇ ਸ੍ਰੀਮਤੀ [[PERSON:ਸਿਮਰਨਜੀਤ ਕੌਰ ਰੰਧਾਵਾ]],
[[ADDRESS:31 Marjorie Street]], ਲੈਸਟਰ [[POSTCODE:LE4 6GB]] — ਦੂਜੇ ਪੜਾਅ ਦੀ ਸ਼ਿਕਾਇਤ

ਗਾਹਕ ਦਾ ਵੇਰਵਾ:
ਸ੍ਰੀਮਤੀ [[PERSON:ਰੰਧਾਵਾ]] ਦੀ ਜਨਮ ਮਿਤੀ: [[DATE_OF_BIRTH:09.12.1995]]
ਬੀ.ਆਰ.ਪੀ. ਨੰਬਰ: [[OTHER_ID:RZ4412087]]
ਨੈਸ਼ਨਲ ਇੰਸ਼ੋਰੈਂਸ ਨੰਬਰ: [[NI_NUMBER:QQ 61 88 04 B]]
ਇਮੀਗ੍ਰੇਸ਼ਨ ਸਥਿਤੀ: [[OTHER_SPECIAL:ਸਪਾਊਜ਼ ਵੀਜ਼ਾ]]

ਸ੍ਰੀਮਾਨ ਜੀ / ਸ੍ਰੀਮਤੀ ਜੀ,

ਅਸੀਂ ਉਪਰੋਕਤ ਗਾਹਕਾਂ ਵੱਲੋਂ ਹੇਠ ਲਿਖੀਆਂ ਕੋਤਾਹੀਆਂ ਬਾਰੇ ਸ਼ਿਕਾਇਤ ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ ਭੇਜ ਰਹੇ ਹਾਂ:

• ਨਵੰਬਰ ੨੦੨੪ ਵਿੱਚ ਸ੍ਰੀ [[PERSON:ਰੰਧਾਵਾ]] ਨੂੰ [[HEALTH:ਦਿਲ ਦਾ ਦੌਰਾ]] ਪਿਆ। ਹਸਪਤਾਲ ਦੀ ਆਕੂਪੇਸ਼ਨਲ ਥੈਰੇਪਿਸਟ
ਨੇ ਪੌੜੀਆਂ 'ਤੇ ਦੂਜੀ ਰੇਲਿੰਗ ਅਤੇ ਹੇਠਾਂ ਟਾਇਲਟ ਦੀ ਸਿਫ਼ਾਰਸ਼ ਕੀਤੀ, ਪਰ ਚਾਰ ਮਹੀਨਿਆਂ ਵਿੱਚ ਕੁਝ ਨਹੀਂ ਹੋਇਆ।
• ਜਦੋਂ ਸ੍ਰੀਮਤੀ [[PERSON:ਰੰਧਾਵਾ]] ਨੇ ਜੁਆਇੰਟ ਟੈਨੈਂਸੀ ਲਈ ਅਰਜ਼ੀ ਦਿੱਤੀ ਤਾਂ ਹਾਊਸਿੰਗ ਅਫ਼ਸਰ ਮਿਸਟਰ
[[PERSON:ਨੀਲ ਪਾਰਕਰ]] ਨੇ ਲਿਖਿਆ ਕਿ ਉਨ੍ਹਾਂ ਦੀ ਵੀਜ਼ਾ ਸ਼ਰਤ ਕਾਰਨ ਉਹ ਕਿਰਾਏਦਾਰ ਨਹੀਂ ਬਣ ਸਕਦੇ। ਇਹ ਗ਼ਲਤ ਹੈ:
ਇੱਕ ਮੌਜੂਦਾ ਕਿਰਾਏਦਾਰੀ ਵਿੱਚ ਨਾਮ ਜੋੜਨਾ ਨਵੀਂ ਅਲਾਟਮੈਂਟ ਨਹੀਂ ਹੈ।
• ਬੀ.ਆਰ.ਪੀ. ਦੀ ਕਾਪੀ ਤਿੰਨ ਵਾਰ ਮੰਗੀ ਗਈ ਅਤੇ ਹਰ ਵਾਰ ਕਿਹਾ ਗਿਆ ਕਿ ਮਿਲੀ ਨਹੀਂ।
• ਪਹਿਲੇ ਪੜਾਅ ਦਾ ਜਵਾਬ ੪੦ ਕੰਮਕਾਜੀ ਦਿਨਾਂ ਬਾਅਦ ਆਇਆ।

ਨੋਟ, ੫ ਮਈ ੨੦੨੫: [[ORGANISATION:Soar Meadows Housing]] ਨੇ ਸ਼ਿਕਾਇਤ ਪੂਰੀ ਮੰਨ ਲਈ। ਸ੍ਰੀਮਤੀ
[[PERSON:ਰੰਧਾਵਾ]] ਦਾ ਨਾਮ ਕਿਰਾਏਦਾਰੀ ਵਿੱਚ ਜੋੜ ਦਿੱਤਾ ਗਿਆ, ਰੇਲਿੰਗ ਅਤੇ ਟਾਇਲਟ ਲੱਗ ਗਏ, £350 ਮੁਆਵਜ਼ਾ ਮਿਲਿਆ, ਅਤੇ
ਸਾਰੇ ਹਾਊਸਿੰਗ ਅਫ਼ਸਰਾਂ ਨੂੰ ਇਮੀਗ੍ਰੇਸ਼ਨ ਸਥਿਤੀ ਬਾਰੇ ਸਿਖਲਾਈ ਦਿੱਤੀ ਗਈ ਹੈ। ਹੁਣ ਅਜਿਹੇ ਹਰ ਫ਼ੈਸਲੇ ਦੀ ਜਾਂਚ ਇੱਕ
ਸੀਨੀਅਰ ਮੈਨੇਜਰ ਕਰਦਾ ਹੈ।

ਆਪ ਜੀ ਦੀ,
[[PERSON:ਪਰਮਿੰਦਰ ਕੌਰ ਗਰੇਵਾਲ]]
ਸੀਨੀਅਰ ਐਡਵਾਈਜ਼ਰ
ਫ਼ੋਨ: [[PHONE:0116 496 0544]]
ਈਮੇਲ: [[EMAIL:parminder dot grewal at bcls dot example dot org]]
"""),
    ),
    (
        "fv2an-pa-04",
        "pa",
        _s("""
ਦੁਭਾਸ਼ੀਏ ਰਾਹੀਂ ਲਿਖੀ ਸ਼ਿਕਾਇਤ (ਪੰਜਾਬੀ ਮੂਲ, ਅੰਗਰੇਜ਼ੀ ਅਨੁਵਾਦ ਨਾਲ ਨੱਥੀ)

ਸੇਵਾ ਵਿਖੇ: ਸ਼ਿਕਾਇਤ ਟੀਮ, [[ORGANISATION:Kent River Homes]]
ਤੁਹਾਡਾ ਹਵਾਲਾ: [[REFERENCE:KRH/COMP/2291]]
ਕਿਰਾਏਦਾਰੀ ਨੰਬਰ: [[REFERENCE:KRH-T-18804]]
ਮਿਤੀ: ੮ ਜਨਵਰੀ ੨੦੨੫

ਵਿਸ਼ਾ: ਬੀਬੀ [[PERSON:ਗੁਰਬਚਨ ਕੌਰ]], ਜਨਮ [[DATE_OF_BIRTH:ਪੰਦਰਾਂ ਅਗਸਤ ਉੱਨੀ ਸੌ ਚਾਲੀ]],
[[ADDRESS:ਫ਼ਲੈਟ ੨, ਪਿਪਲ ਕੋਰਟ]] ([[ADDRESS:Flat 2, Peepal Court]]), ਗ੍ਰੇਵਜ਼ੈਂਡ [[POSTCODE:DA11 0RX]]

ਸ੍ਰੀਮਾਨ ਜੀ,

ਮੈਂ, [[PERSON:ਸਿਮਰਨ ਕੌਰ ਭੁੱਲਰ]], ਰਜਿਸਟਰਡ ਦੁਭਾਸ਼ੀਆ ਹਾਂ ਅਤੇ ਇਹ ਚਿੱਠੀ ਬੀਬੀ [[PERSON:ਗੁਰਬਚਨ ਕੌਰ]] ਜੀ ਦੇ
ਕਹਿਣ 'ਤੇ, ਉਨ੍ਹਾਂ ਦੇ ਸ਼ਬਦਾਂ ਵਿੱਚ ਲਿਖ ਰਹੀ ਹਾਂ। ਬੀਬੀ ਜੀ ਦੀ ਉਮਰ [[AGE:੮੪ ਸਾਲ]] ਹੈ, ਉਹ ਇਕੱਲੇ ਰਹਿੰਦੇ ਹਨ,
ਅਤੇ ਉਨ੍ਹਾਂ ਨੂੰ [[HEALTH:ਗਠੀਆ]] ਅਤੇ [[HEALTH:ਹਾਈ ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ]] ਹੈ। ਉਨ੍ਹਾਂ ਦਾ ਫ਼ਲੈਟ
[[ADDRESS:ਦੇਸੀ ਮੰਡੀ ਸੁਪਰਸਟੋਰ]] ਦੇ ਬਿਲਕੁਲ ਉੱਪਰ ਹੈ।

"ਨਵੰਬਰ ਦੇ ਅਖ਼ੀਰ ਤੋਂ ਮੇਰਾ ਬੌਇਲਰ ਬੰਦ ਹੈ। [[ORGANISATION:Medway Warmth Ltd]] ਵਾਲੇ ਦੋ ਵਾਰ ਆਏ ਪਰ ਕਹਿ ਗਏ
ਕਿ ਪੁਰਜ਼ਾ ਮੰਗਵਾਉਣਾ ਪਵੇਗਾ। ਮੈਨੂੰ ਇੱਕ ਛੋਟਾ ਹੀਟਰ ਦਿੱਤਾ ਗਿਆ, ਜਿਸ ਨਾਲ ਬਿਜਲੀ ਦਾ ਬਿੱਲ ਦੁੱਗਣਾ ਹੋ ਗਿਆ।
ਮੇਰੇ ਪੋਤੇ [[PERSON:ਜਸਪ੍ਰੀਤ]] ਨੇ [[OTHER_ID:@gravesend_jas]] ਤੋਂ [[OTHER_ID:@KentRiverHomes]] ਨੂੰ ਟੈਗ ਕਰਕੇ
ਲਿਖਿਆ, ਤਾਂ ਜਵਾਬ ਆਇਆ ਕਿ 'ਸਾਨੂੰ ਡੀਐਮ ਕਰੋ', ਪਰ ਫਿਰ ਕੁਝ ਨਹੀਂ ਹੋਇਆ। ਮਿਸ [[PERSON:ਸਾਰਾ ਕੋਲਿਨਜ਼]] ਨੇ ਫ਼ੋਨ
'ਤੇ ਕਿਹਾ ਕਿ ਮੇਰਾ ਕੇਸ ਜ਼ਰੂਰੀ ਨਹੀਂ, ਕਿਉਂਕਿ ਮੇਰੇ ਕੋਲ ਹੀਟਰ ਹੈ।"

ਬੀਬੀ ਜੀ ਦੀ ਮੰਗ ਹੈ ਕਿ ਬੌਇਲਰ ਤੁਰੰਤ ਬਦਲਿਆ ਜਾਵੇ ਅਤੇ ਬਿਜਲੀ ਦੇ ਵਾਧੂ ਖ਼ਰਚ ਦਾ ਮੁਆਵਜ਼ਾ ਦਿੱਤਾ ਜਾਵੇ।

ਦੁਭਾਸ਼ੀਏ ਦਾ ਨੋਟ, ੧੨ ਫ਼ਰਵਰੀ ੨੦੨੫: ਸ਼ਿਕਾਇਤ ਮਿਲਣ ਦੇ ਚਾਰ ਦਿਨਾਂ ਅੰਦਰ ਨਵਾਂ ਬੌਇਲਰ ਲੱਗ ਗਿਆ। ਬੀਬੀ ਜੀ ਨੂੰ
£380 ਮੁਆਵਜ਼ਾ ਅਤੇ ਬਿਜਲੀ ਦੇ ਖ਼ਰਚ ਲਈ £96 ਮਿਲੇ। [[ORGANISATION:Kent River Homes]] ਨੇ ਲਿਖਿਆ ਹੈ ਕਿ ਹੁਣ
੭੫ ਸਾਲ ਤੋਂ ਵੱਧ ਉਮਰ ਦੇ ਇਕੱਲੇ ਰਹਿਣ ਵਾਲੇ ਕਿਰਾਏਦਾਰਾਂ ਦਾ ਬੌਇਲਰ ੨੪ ਘੰਟਿਆਂ ਵਿੱਚ ਠੀਕ ਨਾ ਹੋਵੇ ਤਾਂ ਬਦਲ
ਦਿੱਤਾ ਜਾਂਦਾ ਹੈ।

ਸੰਪਰਕ: [[PERSON:ਸਿਮਰਨ ਕੌਰ ਭੁੱਲਰ]], ਫ਼ੋਨ [[PHONE:01632 960 281]],
[[EMAIL:simran.bhullar.translations@example.net]]
"""),
    ),
    (
        "fv2an-pa-05",
        "pa",
        _s("""
ਸਾਂਸਦ [[PERSON:ਜੇਮਜ਼ ਓਕੋਨਕਵੋ]] ਦਾ ਦਫ਼ਤਰ
ਸਾਡਾ ਹਵਾਲਾ: [[REFERENCE:JO/ASB/0093]]
ਮਕਾਨ-ਮਾਲਕ ਦਾ ਏ.ਐੱਸ.ਬੀ. ਕੇਸ ਨੰਬਰ: [[REFERENCE:MGH-ASB-2716]]
ਮਿਤੀ: ੩੦ ਅਪ੍ਰੈਲ ੨੦੨੫

ਸੇਵਾ ਵਿਖੇ,
ਸ੍ਰੀ [[PERSON:ਤਰਲੋਚਨ ਸਿੰਘ ਸੰਘਾ]]
[[ADDRESS:੭੭ ਬਰਚਵੁੱਡ ਕ੍ਰੈਸੈਂਟ]], ਲੀਡਜ਼ [[POSTCODE:LS17 6QB]]

ਵਿਸ਼ਾ: ਤੁਹਾਡੇ ਘਰ 'ਤੇ ਨਸਲੀ ਨਫ਼ਰਤ ਵਾਲੀ ਲਿਖਾਈ — [[ORGANISATION:Moortown Gate Homes]] ਦਾ ਜਵਾਬ

ਸਤਿਕਾਰਯੋਗ [[PERSON:ਸੰਘਾ]] ਜੀ,

ਸਾਂਸਦ ਜੀ ਨੇ ੨੮ ਫ਼ਰਵਰੀ ਨੂੰ [[ORGANISATION:Moortown Gate Homes]] ਦੀ ਮੁੱਖ ਕਾਰਜਕਾਰੀ, ਸ੍ਰੀਮਤੀ
[[PERSON:ਐਲੀਸਨ ਰੌਥਵੈੱਲ]], ਨੂੰ ਚਿੱਠੀ ਲਿਖ ਕੇ ਇਹ ਗੱਲਾਂ ਉਠਾਈਆਂ ਸਨ:

• ਜਨਵਰੀ ਵਿੱਚ ਤੁਹਾਡੇ ਘਰ ਦੇ ਦਰਵਾਜ਼ੇ 'ਤੇ [[OTHER_SPECIAL:ਸਿੱਖਾਂ]] ਵਿਰੁੱਧ ਗਾਲ੍ਹਾਂ ਲਿਖੀਆਂ ਗਈਆਂ, ਪਰ ਉਹ ਗਿਆਰਾਂ ਦਿਨ ਤੱਕ
ਸਾਫ਼ ਨਹੀਂ ਕੀਤੀਆਂ ਗਈਆਂ;
• ਤੁਹਾਡੇ ਪੁੱਤਰ [[PERSON:ਗੁਰਕੀਰਤ]] ("[[PERSON:ਕੀਰਤ]]"), ਉਮਰ [[AGE:੧੫ ਸਾਲ]], ਦੀ ਦਸਤਾਰ ਬੱਸ ਅੱਡੇ 'ਤੇ ਲਾਹੀ
ਗਈ ਅਤੇ ਉਸ ਦੀ ਵੀਡੀਓ [[OTHER_ID:@ls17_realtalk]] ਨਾਮ ਦੇ ਖਾਤੇ ਤੋਂ ਪਾਈ ਗਈ; [[ADDRESS:Beckett Fields Academy]]
ਨੇ ਤਾਂ ਕਾਰਵਾਈ ਕੀਤੀ, ਪਰ ਮਕਾਨ-ਮਾਲਕ ਨੇ ਕੇਸ ਨੂੰ "ਘਰ ਤੋਂ ਬਾਹਰ ਦੀ ਘਟਨਾ" ਕਹਿ ਕੇ ਬੰਦ ਕਰ ਦਿੱਤਾ;
• ਤੁਹਾਡੀ ਪਤਨੀ ਸ੍ਰੀਮਤੀ [[PERSON:ਕੁਲਵੰਤ ਕੌਰ ਸੰਘਾ]] ਦੇ [[HEALTH:ਡਿਪਰੈਸ਼ਨ]] ਬਾਰੇ ਜੀਪੀ ਦੀ ਚਿੱਠੀ ਨੂੰ ਨਜ਼ਰਅੰਦਾਜ਼
ਕੀਤਾ ਗਿਆ।

ਸ੍ਰੀਮਤੀ [[PERSON:ਰੌਥਵੈੱਲ]] ਦਾ ੨੫ ਅਪ੍ਰੈਲ ਦਾ ਜਵਾਬ ਸਾਰੀਆਂ ਗੱਲਾਂ ਮੰਨਦਾ ਹੈ। ਦਰਵਾਜ਼ਾ ਬਦਲ ਦਿੱਤਾ ਗਿਆ ਹੈ,
ਸੀਸੀਟੀਵੀ ਕੈਮਰਾ ਲੱਗ ਗਿਆ ਹੈ, ਕੇਸ ਪੁਲਿਸ ਨਾਲ ਮਿਲ ਕੇ ਦੁਬਾਰਾ ਖੋਲ੍ਹਿਆ ਗਿਆ ਹੈ, ਅਤੇ £600 ਮੁਆਵਜ਼ਾ ਤੁਹਾਡੇ
ਦੱਸੇ ਖਾਤੇ ਵਿੱਚ ਭੇਜਿਆ ਜਾਵੇਗਾ (ਸੌਰਟ ਕੋਡ [[OTHER_ID:20-71-45]], ਖਾਤਾ ਜਿਸ ਦੇ ਆਖ਼ਰੀ ਅੰਕ
[[OTHER_ID:੦੨੮੩]] ਹਨ)। ਹੁਣ ਨਫ਼ਰਤੀ ਲਿਖਾਈ ੨੪ ਘੰਟਿਆਂ ਵਿੱਚ ਸਾਫ਼ ਕੀਤੀ ਜਾਵੇਗੀ।

ਕਿਸੇ ਵੀ ਮਦਦ ਲਈ ਮੈਨੂੰ [[PHONE:0113 496 0871]] 'ਤੇ ਫ਼ੋਨ ਕਰੋ ਜਾਂ [[EMAIL:n.hussain.casework@example.org]] 'ਤੇ
ਲਿਖੋ।

ਆਪ ਜੀ ਦਾ,
[[PERSON:ਨਵੀਦ ਹੁਸੈਨ]], ਕੇਸਵਰਕਰ
"""),
    ),
    (
        "fv2an-pl-01",
        "pl",
        _s("""
[[ORGANISATION:Kancelaria Radców Prawnych Zielińska & Hart]]
Sygn. naszej sprawy: [[REFERENCE:ZH/MIESZK/2025/064]]
Państwa znak: [[REFERENCE:TCH-COMP-30418]]
Nottingham, 11 lutego 2025 r.
(Tłumaczenie dla Klientki — oryginał wysłano w języku angielskim)

Do: Zespół ds. skarg, [[ORGANISATION:Trentside Community Homes]]
e-mail: [[EMAIL:complaints@trentside.example.org]]

Dotyczy: Pani [[PERSON:Agnieszka Wróblewska]], ur. [[DATE_OF_BIRTH:04.07.1986]] r., zam.
[[ADDRESS:15 Radford Grove]], Nottingham [[POSTCODE:NG7 3PX]], nr umowy najmu [[REFERENCE:TCH-884120]]

Szanowni Państwo,

działając w imieniu Pani [[PERSON:Agnieszki Wróblewskiej]], wnosimy o rozpatrzenie jej skargi na
drugim etapie procedury. Nasza Klientka mieszka pod wskazanym adresem z mężem, [[PERSON:Pawłem Wróblewskim]],
oraz dziećmi: [[PERSON:Zuzanną]] ([[AGE:9 lat]]), na którą wszyscy mówią [[PERSON:Zuzia]], i [[PERSON:Jakubem]]
([[AGE:2,5 roku]]). Wskazujemy następujące uchybienia:

• od października 2024 r. w sypialni dzieci rozwija się czarny grzyb, mimo trzech zgłoszeń (nr napraw
[[REFERENCE:77120]], [[REFERENCE:77458]] i [[REFERENCE:78013]]);
• wykonawca, firma [[ORGANISATION:Castlegate Property Care]], dwukrotnie jedynie pomalował ściany, nie
usuwając przyczyny zawilgocenia;
• lekarka rodzinna z przychodni [[ADDRESS:Lenton Vale Surgery]], dr [[PERSON:Olivia Grant]], potwierdziła
na piśmie, że u [[PERSON:Jakuba]] rozpoznano [[HEALTH:astmę oskrzelową]], a mimo to sprawie nie nadano
priorytetu;
• odpowiedź na pierwszym etapie, podpisana przez pana [[PERSON:Stevena Marsha]], w ogóle nie odniosła
się do zaświadczenia lekarskiego.

Wnosimy o usunięcie przyczyny wilgoci, odnowienie pokoju oraz stosowne odszkodowanie.

Adnotacja z 14 kwietnia 2025 r.: [[ORGANISATION:Trentside Community Homes]] uwzględniło skargę w
całości. Wymieniono nieszczelne okno i rynnę, zamontowano wentylator mechaniczny, a Klientka otrzymała
1050 funtów. Stowarzyszenie wprowadziło zasadę, że zgłoszenie pleśni w domu, w którym mieszka dziecko
chore na [[HEALTH:astmę]], oglądane jest przez inspektora w ciągu pięciu dni roboczych.

Z poważaniem

[[PERSON:Magdalena Zielińska]]
radca prawny
tel. bezpośredni: [[PHONE:0115 496 0372]]
[[EMAIL:m.zielinska@zielinskahart.example.co.uk]]
"""),
    ),
    (
        "fv2an-pl-02",
        "pl",
        _s("""
Radny [[PERSON:Tomasz Lis]]
Bristol, 5 grudnia 2024 r.
Znak spółdzielni: [[REFERENCE:FVHT/SH/40271]]

Szanowny Pan
[[PERSON:Zbigniew Kowalczyk]]
[[ADDRESS:mieszkanie nr 14, Willow Court]]
Bristol [[POSTCODE:bs59ts]]

Dotyczy: ogrzewania w budynku [[ADDRESS:Willow Court]] — wynik interwencji

Szanowny Panie [[PERSON:Zbigniewie]],

zgodnie z obietnicą złożoną po niedzielnej Mszy w [[ADDRESS:kościele Matki Bożej Częstochowskiej]],
napisałem w Pana imieniu do [[ORGANISATION:Frome Vale Housing Trust]]. W piśmie wskazałem, że jest Pan
osobą starszą (ur. [[DATE_OF_BIRTH:3 maja 1947]] r.), choruje na [[HEALTH:POChP]] i [[HEALTH:cukrzycę]],
a w [[ADDRESS:mieszkaniu nr 14]] od połowy października nie działało ogrzewanie. Sąsiadka, pani
[[PERSON:Halina Nowicka]] z [[ADDRESS:mieszkania nr 12]] (wszyscy mówią na nią pani [[PERSON:Halinka]]),
kilkakrotnie dzwoniła w tej sprawie na infolinię, a Pana wnuk, [[PERSON:Kacper]], lat [[AGE:17]],
przywoził Panu posiłki.

Uchybienia, które stowarzyszenie przyznało:
– awaria kotła w całym budynku trwała 23 dni, a mieszkańcom wydano jedynie po jednym grzejniku olejowym;
– opiekunka budynku, pani [[PERSON:Debbie Cole]], trzykrotnie zgłaszała problem, lecz zlecenia
nr [[REFERENCE:902114]] nie oznaczono jako pilnego;
– skargę z 28 października zamknięto bez pisemnej odpowiedzi.

Na moją prośbę dyrektor ds. usług, pan [[PERSON:Richard Ames]], odwiedził budynek 14 listopada. Firma
[[ORGANISATION:Severn Boilers]] wymieniła kocioł 20 listopada, każdy lokator otrzymał 250 funtów, a Pan
dodatkowo 150 funtów na pokrycie rachunków za prąd. Stowarzyszenie wprowadziło też zasadę, że w budynkach
dla seniorów zimową awarię ogrzewania usuwa się w ciągu 24 godzin, a jeśli to niemożliwe, mieszkańcom
proponuje się nocleg zastępczy.

Gdyby problem powrócił, proszę dzwonić pod numer [[PHONE:0117 496 0813]] albo pisać na adres
[[EMAIL:t.lis.radny@example.org]]. Proszę też pozdrowić ode mnie [[PERSON:Kacpra]].

Z wyrazami szacunku
[[PERSON:Tomasz Lis]]
radny okręgu Easton
"""),
    ),
    (
        "fv2an-pl-03",
        "pl",
        _s("""
[[PERSON:Joanna Baran-Whitley]], tłumacz przysięgły języka angielskiego
Londyn, 3 czerwca 2024 r.

Do: Dział skarg, [[ORGANISATION:Wandle Reach Borough Council]]
Numer wniosku o pomoc mieszkaniową: [[REFERENCE:HPA-2024-03318]]
Znak skargi: [[REFERENCE:WR/HOM/5512]]

Pismo w imieniu: pana [[PERSON:Krzysztofa Dudy]] (ur. [[DATE_OF_BIRTH:21.01.1983]] r., paszport nr
[[OTHER_ID:EK 4471928]]) oraz pani [[PERSON:Marty Dudy]]
Adres obecny: [[ADDRESS:pokój nr 6, Haverstock Lodge, 112 Elmore Road]], London [[POSTCODE:N1 7QD]]

Szanowni Państwo,

na prośbę Państwa [[PERSON:Dudów]] przedstawiam w ich imieniu skargę na warunki zakwaterowania
tymczasowego. Rodzina została umieszczona w jednym pokoju w pensjonacie 19 lutego 2024 r. i mieszka tam
już czternasty tydzień, choć przepisy dopuszczają pobyt rodziny z dziećmi w takim lokalu najwyżej przez
sześć tygodni.

Zastrzeżenia rodziny:
1. Czworo osób dzieli jeden pokój i jedną łazienkę z trzema innymi rodzinami.
2. Córka [[PERSON:Oliwia]] ([[AGE:6 lat]]) nadal chodzi do [[ADDRESS:St Jude's Catholic Primary School]],
co oznacza dwie godziny dojazdu dziennie; syn [[PERSON:Staś]] ([[AGE:3 lata]]) nie ma gdzie się bawić.
3. Urzędniczka prowadząca sprawę, pani [[PERSON:Sandra Okoye]], nie odpowiedziała na cztery e-maile.
4. Pismo o przydziale wysłano na stary adres, więc rodzina dowiedziała się o nim z opóźnieniem.

Pan [[PERSON:Krzysztof]] prosi o kontakt pod numerem [[PHONE:+44 7700 900271]] lub e-mailem:
[[EMAIL:krzysztof kropka duda małpa example kropka com]].

Uzupełnienie z 29 lipca 2024 r.: po skardze rada przeniosła rodzinę do samodzielnego mieszkania
dwupokojowego w pobliżu szkoły [[PERSON:Oliwii]], przeprosiła na piśmie i wypłaciła 1600 funtów
odszkodowania. Rada poinformowała też, że od teraz co tydzień sprawdza listę rodzin w pensjonatach, aby
żadna nie przekroczyła limitu sześciu tygodni.

Z poważaniem
[[PERSON:Joanna Baran-Whitley]]
tel. [[PHONE:020 7946 0175]], [[EMAIL:joanna@baranwhitley.example.co.uk]]
"""),
    ),
    (
        "fv2an-pl-04",
        "pl",
        _s("""
[[ORGANISATION:Centrum Porad Obywatelskich „Kotwica”]]
Nasz znak: [[REFERENCE:KOT/MIESZ/118/25]]
Do: Housing Ombudsman Service
Dotyczy: skargi na [[ORGANISATION:Colnbrook Vale Homes]] (nr skargi u właściciela: [[REFERENCE:CVH/C/66021]])
Data: 10 marca 2025 r.

Dane Klientki:
Imię i nazwisko: [[PERSON:Katarzyna Mazur]]
Data urodzenia: [[DATE_OF_BIRTH:12 sierpnia 1979]] r.
Nr ubezpieczenia społecznego (NI): [[NI_NUMBER:QQ296481C]]
Adres: [[ADDRESS:22 Lindsey Close]], osiedle [[ADDRESS:Ashdown Park]], Slough [[POSTCODE:sl1 5hn]]

Szanowni Państwo,

zwracamy się w imieniu Pani [[PERSON:Katarzyny Mazur]], która od 2019 r. zajmuje mieszkanie na
parterze wraz z synem [[PERSON:Filipem]] ([[AGE:14 lat]]). [[PERSON:Filip]] ma [[HEALTH:autyzm]] i bardzo
źle znosi zmiany w otoczeniu.

Uchybienia właściciela:
• w ciągu roku kanalizacja cofnęła się do łazienki sześć razy; za każdym razem wykonawca
[[ORGANISATION:Thames Rod & Drain]] jedynie przepychał rury;
• właściciel nie zaproponował zakwaterowania zastępczego, mimo listu ze szkoły [[PERSON:Filipa]]
opisującego skutki dla dziecka;
• Klientka udokumentowała każde zalanie filmami na swoim profilu [[OTHER_ID:@kasia_mazur_slough]], a
mimo to w odpowiedzi na drugim etapie napisano, że „brak dowodów na powtarzalność problemu”.

Prosimy Rzecznika o zbadanie sprawy i zalecenie odpowiedniego zadośćuczynienia.

Dopisek z 2 lipca 2025 r.: po wszczęciu postępowania przez Rzecznika (sprawa nr [[REFERENCE:202502287]])
[[ORGANISATION:Colnbrook Vale Homes]] wymieniło uszkodzony odcinek kanału pod budynkiem i wypłaciło
Pani [[PERSON:Kasi]] 1400 funtów na rachunek o numerze sort code [[OTHER_ID:60-83-14]], nr konta
[[OTHER_ID:31127740]]. Właściciel wprowadził też zasadę, że trzecie zgłoszenie cofki z tego samego adresu
uruchamia inspekcję kamerą.

Z poważaniem
[[PERSON:Dorota Kwiatkowska]]
doradczyni ds. mieszkaniowych
tel. [[PHONE:01632 960 744]] | [[EMAIL:dorota.k@kotwica-porady.example.org]]
"""),
    ),
    (
        "fv2an-pl-05",
        "pl",
        _s("""
Biuro poselskie [[PERSON:Sarah Whitcombe]], posłanki do Izby Gmin
Nasz znak: [[REFERENCE:SW/C/2025/0561]]
Znak sprawy ASB u właściciela: [[REFERENCE:LEH-ASB-1390]]
Sheffield, 19 maja 2025 r.

Szanowni Państwo
[[PERSON:Beata]] i [[PERSON:Marek Szymańscy]]
[[ADDRESS:41 Hollin Bank Road]]
Sheffield [[POSTCODE:S6 4RD]]

Dotyczy: nękania ze strony sąsiada — odpowiedź [[ORGANISATION:Loxley Edge Homes]]

Szanowna Pani, Szanowny Panie,

w nawiązaniu do Państwa wizyty w biurze poselskim informuję, że pani poseł [[PERSON:Whitcombe]] zwróciła
się 3 kwietnia do dyrektor [[ORGANISATION:Loxley Edge Homes]], pani [[PERSON:Fiony Mackay]], wskazując, że:

– od listopada lokator spod [[ADDRESS:numeru 43]] obraża Państwa rodzinę z powodu jej
[[OTHER_SPECIAL:polskiego pochodzenia]], a w lutym porysował i przebił opony Państwa samochodu
(nr rej. [[OTHER_ID:YT19 HBN]]);
– [[PERSON:Wiktoria]] ([[AGE:12 lat]]) boi się sama wracać z [[ADDRESS:Rivelin Park Community School]], a mały
[[PERSON:Antoś]] ([[AGE:5 lat]]) budzi się w nocy z płaczem;
– sprawę dwukrotnie zamknięto jako „konflikt sąsiedzki”, a pan [[PERSON:Marek]] nie otrzymał żadnej
odpowiedzi na nagrania, które przesłał.

Odpowiedź z 14 maja uznaje wszystkie te zarzuty. Właściciel przekwalifikował sprawę na przestępstwo z
nienawiści, wspólnie z policją wystąpił o nakaz sądowy wobec sąsiada, zainstalował kamerę nad Państwa
drzwiami i wypłaci 700 funtów. Pani [[PERSON:Mackay]] zapewniła też, że każde zgłoszenie zawierające
wątek narodowości lub pochodzenia trafia teraz od razu do starszego specjalisty.

W razie dalszych incydentów proszę dzwonić pod numer [[PHONE:0114 496 0958]] lub pisać na
[[EMAIL:ewelina.adamczyk@example.org]].

Z wyrazami szacunku
[[PERSON:Ewelina Adamczyk]]
asystentka ds. interwencji poselskich
"""),
    ),
    (
        "fv2an-ro-01",
        "ro",
        _s("""
[[ORGANISATION:Ashby & Ionescu Solicitors]]
Referința noastră: [[REFERENCE:AI/LOC/2025/052]]
Referința dumneavoastră: [[REFERENCE:KHH-CX-31907]]
Data: 24 martie 2025
(Traducere în limba română pentru clientă)

Către: Departamentul Reclamații, [[ORGANISATION:Kingsbury Heath Homes]]
E-mail: [[EMAIL:complaints@kingsburyheath.example.org]]

Privind: Clienta noastră, doamna [[PERSON:Elena Munteanu]], născută la [[DATE_OF_BIRTH:19.09.1990]],
[[ADDRESS:Flat 5, 88 Marlow Parade]], Harrow [[POSTCODE:ha38ru]], nr. contract de închiriere
[[REFERENCE:KHH-T-20554]]

Stimate doamne și stimați domni,

O reprezentăm pe doamna [[PERSON:Munteanu]], care locuiește la adresa de mai sus împreună cu fiica sa,
[[PERSON:Ana-Maria]] ([[AGE:13 ani]]), și cu fiul său, [[PERSON:Matei]], în vârstă de [[AGE:5 ani]]. Vă
solicităm escaladarea plângerii la etapa a doua, pentru următoarele deficiențe:

• centrala termică a fost oprită la 2 decembrie 2024 de un inginer al firmei
[[ORGANISATION:Northolt Gas Care]] din cauza unei scurgeri de monoxid de carbon, iar familia a rămas fără
căldură și apă caldă timp de 26 de zile;
• deși [[PERSON:Matei]] suferă de [[HEALTH:astm]], iar medicul de familie de la
[[ADDRESS:Belmont Circle Surgery]] a trimis o scrisoare în acest sens, reparația nu a fost tratată ca
urgentă;
• răspunsul la prima etapă, semnat de domnul [[PERSON:Kevin Baptiste]], nu a oferit nicio despăgubire și
nici măcar o scuză.

Solicităm înlocuirea centralei, despăgubiri pentru cheltuielile cu încălzirea electrică și scuze scrise.

Notă adăugată la 9 mai 2025: [[ORGANISATION:Kingsbury Heath Homes]] a admis plângerea în întregime.
Centrala a fost înlocuită la 4 aprilie, doamna [[PERSON:Munteanu]] a primit 1.300 de lire sterline, iar
proprietarul contactează acum în aceeași zi orice gospodărie cu copii rămasă fără căldură, oferind
radiatoare și, la nevoie, cazare temporară.

Cu stimă,

[[PERSON:Andreea Ionescu]]
Avocată (solicitor)
Telefon direct: [[PHONE:020 7946 0296]]
[[EMAIL:andreea.ionescu@ashbyionescu.example.co.uk]]
"""),
    ),
    (
        "fv2an-ro-02",
        "ro",
        _s("""
[[ORGANISATION:Asociația Comunității Românești „Punte”]]
Nr. de înregistrare: [[REFERENCE:PUNTE/LOC/0217]]
Referința plângerii la proprietar: [[REFERENCE:HGH-COMP-8843]]
Data: 6 noiembrie 2024

Către: domnul [[PERSON:Stuart Lowe]], Director de Servicii pentru Chiriași, [[ORGANISATION:Hallamgate Homes]]

Subiect: Plângere formală în numele familiei [[PERSON:Căldăraru]], [[ADDRESS:17 Firshill Walk]],
Sheffield [[POSTCODE:S4 8HT]]

Stimate domnule [[PERSON:Lowe]],

Vă scriem în numele domnului [[PERSON:Florin Căldăraru]] și al doamnei [[PERSON:Lăcrămioara Căldăraru]],
chiriași ai dumneavoastră din 2018. Familia este de [[OTHER_SPECIAL:etnie romă]] și are trei copii:
[[PERSON:Robert]] ([[AGE:10 ani]]) și [[PERSON:Denisa]] ([[AGE:7 ani]]), elevi la
[[ADDRESS:Firshill Mount Primary School]], și micuțul [[PERSON:Ionuț]], de [[AGE:18 luni]].

Deficiențele constatate:
1. Ușa de la intrare și două ferestre au fost sparte în august; reparația (nr. [[REFERENCE:HG-553910]]) a
fost închisă de trei ori fără lucrări.
2. La 19 septembrie, un angajat al contractorului [[ORGANISATION:Don Valley Glazing]] a refuzat să intre în
casă și, în fața copiilor, i-a numit „[[OTHER_SPECIAL:țigani]]” care „strică tot”.
3. Proprietarul a cerut de trei ori copia cărții de identitate a domnului [[PERSON:Căldăraru]]
(nr. [[OTHER_ID:XV518204]]), deși aceasta se afla deja la dosar.
4. Scrisorile au fost trimise doar în engleză, deși familia a cerut traducere.

Vă rugăm să tratați incidentul din 19 septembrie ca pe un incident de discriminare.

Completare din 20 ianuarie 2025: [[ORGANISATION:Hallamgate Homes]] a confirmat că angajatul respectiv nu mai
lucrează pe contractele sale, a înlocuit ușa și ferestrele, a trimis o scuză scrisă tradusă în română și a
plătit 500 de lire sterline. Toți muncitorii contractorilor urmează acum un curs obligatoriu despre
egalitate și diversitate.

Cu stimă,
[[PERSON:Cristian Dumitrescu]]
Coordonator consiliere locuire
Tel.: [[PHONE:+44 (0)114 496 0719]] · E-mail: [[EMAIL:cristian.d@punte-sheffield.example.org]]
"""),
    ),
    (
        "fv2an-ro-03",
        "ro",
        _s("""
Scrisoare redactată de interpret autorizat în numele chiriașului

Către: Echipa de reclamații, [[ORGANISATION:Brentmoor Borough Council]]
Referința dumneavoastră: [[REFERENCE:BBC/ENV/77341]]
Data: 14 octombrie 2024

Subiect: Domnul [[PERSON:Gheorghe Vasilescu]], născut la
[[DATE_OF_BIRTH:douăzeci și doi martie o mie nouă sute cincizeci și unu]],
[[ADDRESS:apartamentul 3, Cedar House]], Londra [[POSTCODE:NW9 7HP]]

Stimate doamne și stimați domni,

Subsemnata, [[PERSON:Cristina Popa-Evans]], interpret autorizat pentru limba română, vă scriu la cererea
domnului [[PERSON:Vasilescu]], care nu vorbește engleza. Domnul [[PERSON:Vasilescu]] este văduv, trăiește
singur și suferă de [[HEALTH:boala Parkinson]].

Din luna iunie, șobolanii intră în [[ADDRESS:apartamentul 3]] prin spatele dulapurilor din bucătărie, iar
ghena de gunoi a clădirii [[ADDRESS:Cedar House]] nu a mai fost curățată de luni de zile. Domnul
[[PERSON:Vasilescu]] a raportat problema de cinci ori; firma [[ORGANISATION:Greywall Pest Solutions]] a
pus otravă de trei ori, dar nimeni nu a astupat găurile. Funcționarul de caz, domnul [[PERSON:Darren Pike]],
i-a spus fiicei sale, doamna [[PERSON:Mihaela Stan]], că „așa sunt blocurile vechi”.

Domnul [[PERSON:Vasilescu]] nu mai poate merge duminica la
[[ADDRESS:Biserica Ortodoxă Română „Sfântul Nicolae”]], pentru că îi este teamă să lase apartamentul
deschis pentru muncitori care nu vin. Doamna [[PERSON:Stan]] poate fi contactată la
[[PHONE:07700.900.457]].

Solicităm astuparea căilor de acces, curățarea ghenei și o inspecție a întregii clădiri.

Notă ulterioară, 2 decembrie 2024: consiliul a trimis un inspector, care a găsit o țeavă de canalizare
spartă sub clădire. Țeava a fost reparată, toate găurile au fost astupate, ghena este acum curățată
săptămânal, iar domnul [[PERSON:Vasilescu]] a primit 350 de lire sterline și scuze scrise traduse în
română. Consiliul a introdus regula ca, după al doilea raport despre rozătoare, să fie trimis un inspector.

Cu stimă,
[[PERSON:Cristina Popa-Evans]], interpret autorizat
[[PHONE:020 7946 0843]] · [[EMAIL:cristina@popaevans-interpreting.example.co.uk]]
"""),
    ),
    (
        "fv2an-ro-04",
        "ro",
        _s("""
Biroul deputatului [[PERSON:Andrew Kinsella]], membru al Parlamentului
Referința noastră: [[REFERENCE:AK/HSG/25/0776]]
Referința proprietarului: [[REFERENCE:IGH-DM-4402]]
Data: 2 iunie 2025

Către: familia [[PERSON:Dobre]], [[ADDRESS:12 Carrington Street]], Manchester [[POSTCODE:M8 0LT]]

Subiect: Plângerea dumneavoastră privind igrasia și mucegaiul — răspunsul [[ORGANISATION:Irwell Gate Homes]]

Stimate domnule [[PERSON:Dobre]], stimată doamnă [[PERSON:Dobre]],

Vă mulțumesc că ați venit la întâlnirea din 11 aprilie. Așa cum am convenit, domnul
[[PERSON:Kinsella]] i-a scris directorului executiv al [[ORGANISATION:Irwell Gate Homes]], domnul
[[PERSON:Simon Ashworth]], semnalând următoarele:

• în dormitorul copiilor, [[PERSON:Sofia]] ([[AGE:8 ani]]) și [[PERSON:David]] ([[AGE:3 ani]]), mucegaiul a
revenit de patru ori din 2023, iar [[PERSON:David]] a fost internat în februarie cu [[HEALTH:bronșiolită]];
• inspectorul proprietarului a scris că mucegaiul este cauzat de „stilul de viață” al familiei, fără să
verifice izolația peretelui exterior;
• domnul [[PERSON:Mihai Dobre]] a publicat filmări pe contul său [[OTHER_ID:@mihai.dobre.uk]], iar
proprietarul i-a cerut să le șteargă, în loc să răspundă problemei.

În răspunsul din 27 mai, [[ORGANISATION:Irwell Gate Homes]] își cere scuze pentru comentariul despre
„stilul de viață” și îl retrage din dosar. Peretele exterior a fost izolat, s-a montat ventilație
mecanică, iar familia primește 1.150 de lire sterline. Proprietarul a renunțat la orice formulare care
pune mucegaiul pe seama chiriașilor înainte de o inspecție completă.

Dacă problema reapare, mă puteți suna la [[PHONE:0161 496 0442]]. Doamna [[PERSON:Raluca Dobre]] mi-a cerut
să trimit confirmările și pe adresa ei, pe care a dictat-o astfel:
„[[EMAIL:raluca punct dobre arond example punct com]]”.

Cu stimă,
[[PERSON:Ioana Bălan]]
Asistentă parlamentară (casework)
"""),
    ),
    (
        "fv2an-ro-05",
        "ro",
        _s("""
Consilier local [[PERSON:Radu Petrescu]]
Data: 17 februarie 2025
Referința proprietarului: [[REFERENCE:SSH/REP/60128]]

Către: doamna [[PERSON:Irina Constantin]]
[[ADDRESS:apartamentul 22, Hawthorn Court]], Harlow [[POSTCODE:CM20 3BQ]]

Subiect: Infiltrațiile din acoperiș și pana de curent — rezultatul plângerii la [[ORGANISATION:Stortside Homes]]

Stimată doamnă [[PERSON:Constantin]],

Vă scriu pentru a confirma, în scris, rezultatul plângerii pe care am transmis-o în numele
dumneavoastră în decembrie. Pentru dosar, rezum faptele:

1. În octombrie, apa din acoperiș a pătruns în tabloul electric al [[ADDRESS:apartamentului 22]], iar
locuința a rămas fără curent timp de nouă zile.
2. Ați rămas singură cu [[PERSON:Luca]], în vârstă de [[AGE:16 luni]], într-o perioadă în care vă tratați
pentru [[HEALTH:depresie postnatală]]. Asistenta medicală comunitară a trimis proprietarului o scrisoare,
cu numărul NHS al lui [[PERSON:Luca]] ([[OTHER_ID:943 207 6618]]), care nu a primit niciun răspuns.
3. Echipa de urgență a [[ORGANISATION:Stortside Homes]] a închis raportul ca „rezolvat” după ce electricianul
firmei [[ORGANISATION:Eastgate Electrical]] a izolat doar circuitul afectat.

La întâlnirea din 21 ianuarie, doamna [[PERSON:Sharon Pollard]], șefa serviciului de reparații, a
recunoscut toate aceste deficiențe. Acoperișul a fost refăcut, instalația electrică a fost verificată și
certificată, iar compensația de 850 de lire sterline va fi virată în contul pe care mi l-ați indicat:
cod de sortare [[OTHER_ID:09-01-27]], cont nr. [[OTHER_ID:48810236]]. De acum înainte, orice gospodărie cu
un copil sub doi ani rămasă fără curent este tratată ca urgență de 4 ore.

Pentru orice altă problemă mă găsiți la [[PHONE:01632 960 518]] sau la
[[EMAIL:cllr.radu.petrescu@example.gov.uk]].

Cu deosebită considerație,
[[PERSON:Radu Petrescu]]
Consilier local
"""),
    ),
    (
        "fv2an-ur-01",
        "ur",
        _s("""
[[ORGANISATION:Iqbal & Greene Solicitors]]
ہمارا حوالہ: [[REFERENCE:IG/HSG/0419/AI]]
آپ کا حوالہ: [[REFERENCE:MBH-STG2-6614]]
تاریخ: ۱۴ جنوری ۲۰۲۵
(مؤکلہ کے لیے اردو ترجمہ)

بخدمت: شکایات ٹیم، [[ORGANISATION:Manningham Beck Homes]]

عنوان: ہماری مؤکلہ محترمہ [[PERSON:نسیم اختر]]، تاریخ پیدائش [[DATE_OF_BIRTH:۲۲/۰۷/۱۹۸۲]]،
[[ADDRESS:مکان نمبر ۶۳، لیمبرٹ اسٹریٹ]] ([[ADDRESS:63 Lambert Street]])، بریڈفورڈ [[POSTCODE:bd8 7sq]]،
کرایہ داری نمبر [[REFERENCE:MBH-T-12087]]

محترم جناب / محترمہ،

ہم محترمہ [[PERSON:نسیم اختر]] کی جانب سے ان کی شکایت دوسرے مرحلے میں بھیج رہے ہیں۔ ہماری مؤکلہ
اپنے شوہر جناب [[PERSON:طارق محمود]] اور تین بچوں کے ساتھ مذکورہ مکان میں رہتی ہیں۔ ان کی بیٹی
[[PERSON:عائشہ]] کی عمر [[AGE:۹ سال]] ہے اور اسے [[HEALTH:دمہ]] ہے؛ سب سے چھوٹا بیٹا [[PERSON:حمزہ]]
[[AGE:۱۸ ماہ]] کا ہے۔

کوتاہیوں کی تفصیل:
• نومبر ۲۰۲۳ سے بچوں کے کمرے میں سیاہ پھپھوندی ہے؛ مرمت کی درخواستیں (نمبر [[REFERENCE:۳۳۰۸۱۲]] اور
[[REFERENCE:۳۳۱۴۷۵]]) بغیر کسی کام کے بند کر دی گئیں۔
• ٹھیکیدار [[ORGANISATION:Aire Damp Solutions]] نے صرف دیوار پر پینٹ کیا اور نمی کی وجہ تلاش نہیں کی۔
• [[PERSON:عائشہ]] کے جی پی، ڈاکٹر [[PERSON:فرحان قریشی]] ([[ADDRESS:Heaton Beck Medical Centre]])، کا خط نظر
انداز کیا گیا۔
• [[PERSON:عائشہ]] کے اسکول، [[ADDRESS:Carlisle Mount Primary School]]، نے اس کی چودہ غیر حاضریاں ریکارڈ
کیں، اور وہ شام کو [[ADDRESS:مسجد طیبہ]] میں قرآن کی کلاس بھی نہیں جا پاتی۔

ہم مطالبہ کرتے ہیں کہ نمی کی وجہ دور کی جائے، کمرہ ازسرِنو تیار کیا جائے اور معاوضہ دیا جائے۔

نوٹ، ۲ اپریل ۲۰۲۵: [[ORGANISATION:Manningham Beck Homes]] نے شکایت مکمل طور پر تسلیم کر لی۔ کھڑکیاں
تبدیل کی گئیں، مکینیکل وینٹیلیشن لگائی گئی، ۱٬۲۰۰ پاؤنڈ معاوضہ ادا کیا گیا، اور اب پھپھوندی کی ہر
رپورٹ پر دس دن کے اندر سروے کیا جاتا ہے۔

نیک تمناؤں کے ساتھ،
[[PERSON:عمران اقبال]]
سولیسٹر
براہِ راست فون: [[PHONE:۰۱۱۳ ۴۹۶ ۰۳۳۹]]
ای میل: [[EMAIL:i.iqbal@iqbalgreene.example.co.uk]]
"""),
    ),
    (
        "fv2an-ur-02",
        "ur",
        _s("""
کونسلر [[PERSON:شاہد رشید]]
وارڈ کونسلر کا دفتر
تاریخ: ۱۰ مارچ ۲۰۲۵
ہاؤسنگ کا حوالہ: [[REFERENCE:CHH/HT/20931]]

بخدمت: محترمہ [[PERSON:زبیدہ بیگم]]
[[ADDRESS:فلیٹ نمبر ۱۱، ایشٹن ٹاور]] ([[ADDRESS:Ashton Tower]])، برمنگھم [[POSTCODE:B12 9QE]]

عنوان: آپ کے فلیٹ میں ہیٹنگ کی خرابی — شکایت کا نتیجہ

محترمہ [[PERSON:زبیدہ]] صاحبہ، السلام علیکم،

جیسا کہ آپ جانتی ہیں، میں نے جنوری میں آپ کی جانب سے [[ORGANISATION:Cannon Hill Homes]] کو باقاعدہ شکایت
لکھی تھی۔ اس خط میں میں نے درج کیا تھا کہ آپ کی تاریخ پیدائش
[[DATE_OF_BIRTH:یکم جنوری انیس سو پچاس]] ہے، آپ کی عمر [[AGE:۷۵ برس]] ہے، آپ بیوہ ہیں اور اکیلی رہتی ہیں،
اور آپ کو [[HEALTH:دل کی بیماری]] اور [[HEALTH:گٹھیا]] ہے۔ آپ کی اجازت سے میں نے آپ کا این ایچ ایس نمبر
[[OTHER_ID:۴۸۵ ۷۷۷ ۱۲۰۹]] بھی دیا تھا تاکہ ڈسٹرکٹ نرس کی رپورٹ آپ کے کیس سے منسلک کی جا سکے۔

شکایت کے نکات یہ تھے:
۱۔ دسمبر میں آپ کے فلیٹ کی ہیٹنگ سترہ دن بند رہی، اور ٹھیکیدار [[ORGANISATION:Midland Heatcare Ltd]] تین
بار آ کر بغیر مرمت کے چلا گیا۔
۲۔ ٹاور کی لفٹ بھی خراب تھی، اس لیے آپ نیچے نہیں اتر سکتیں؛ پڑوسن محترمہ [[PERSON:ثمینہ کوثر]]
([[ADDRESS:فلیٹ ۱۲]]) آپ کے لیے کھانا لاتی رہیں۔
۳۔ آپ کے بیٹے جناب [[PERSON:عمران خالد]] نے مس [[PERSON:ریچل ہینسن]] کو چار ای میلز بھیجیں، جن کا کوئی جواب نہیں ملا۔

مجھے یہ بتاتے ہوئے خوشی ہے کہ مس [[PERSON:ہینسن]] کے مینیجر نے تمام باتیں تسلیم کر لی ہیں۔ آپ کا بوائلر
بدل دیا گیا ہے، آپ کو ۵۵۰ پاؤنڈ معاوضہ ملا ہے، اور اب ٹاور کے ہر ایسے رہائشی کی فہرست بنائی گئی ہے جو
ہیٹنگ یا لفٹ خراب ہونے پر خطرے میں ہو، تاکہ اسی دن رابطہ کیا جائے۔

کسی بھی مسئلے کی صورت میں مجھے [[PHONE:۰۷۷۰۰ ۹۰۰۷۸۲]] پر فون کریں یا [[PERSON:عمران]] صاحب
[[EMAIL:cllr.shahid.rasheed@example.gov.uk]] پر لکھ سکتے ہیں۔

والسلام،
کونسلر [[PERSON:شاہد رشید]]
"""),
    ),
    (
        "fv2an-ur-03",
        "ur",
        _s("""
[[ORGANISATION:Ardwick Community Law Centre]]
ہمارا حوالہ: [[REFERENCE:ACLC/H/2025/143]]
مالک مکان کا شکایت نمبر: [[REFERENCE:GVH-COMP-3078]]
تاریخ: ۲۸ اپریل ۲۰۲۵
(ہاؤسنگ محتسب کو بھیجی گئی درخواست کا اردو ترجمہ، مؤکل کی معلومات کے لیے)

بخدمت: ہاؤسنگ اومبڈسمین سروس

مؤکل کی تفصیلات:
نام: جناب [[PERSON:سید علی رضا]]
تاریخ پیدائش: [[DATE_OF_BIRTH:03-02-1979]]
نیشنل انشورنس نمبر: [[NI_NUMBER:QQ 35 90 12 A]]
بی آر پی نمبر: [[OTHER_ID:ZT8820146]]
پتہ: [[ADDRESS:فلیٹ ۴، 29 Wellbank Walk]]، مانچسٹر [[POSTCODE:M18 8DW]]
ای میل: [[EMAIL:ali dot raza1979 at example dot com]]

محترم جناب / محترمہ،

جناب [[PERSON:علی رضا]] [[OTHER_SPECIAL:احمدی]] ہیں اور ۲۰۲۲ میں انہیں برطانیہ میں
[[OTHER_SPECIAL:پناہ گزین]] کی حیثیت ملی۔ ستمبر ۲۰۲۳ میں [[ORGANISATION:Gorton Vale Homes]] نے انہیں ان کی
اہلیہ محترمہ [[PERSON:فرزانہ علی]] اور دو بچوں، [[PERSON:زینب]] ([[AGE:۶ سال]]) اور [[PERSON:ابراہیم]]
([[AGE:۳ سال]])، کے ساتھ یہ فلیٹ دیا۔

مالک مکان کی کوتاہیاں:
• منتقلی کے دن سے بچوں کے کمرے کی کھڑکی ٹوٹی ہوئی تھی؛ اسے نو ماہ بعد تبدیل کیا گیا۔
• عمارت کی سیڑھیوں پر ان کے مذہب کے خلاف نعرے لکھے گئے، لیکن ہاؤسنگ افسر مسٹر [[PERSON:گیری ہولٹ]] نے
اسے "عام گرافٹی" قرار دے کر کیس بند کر دیا۔
• دوسرے مرحلے کا جواب صرف انگریزی میں آیا، حالانکہ فائل میں ترجمان کی ضرورت درج تھی۔
• محترمہ [[PERSON:فرزانہ]] کو [[HEALTH:پی ٹی ایس ڈی]] ہے، اور ان کے معالج کا خط بھی نظر انداز کیا گیا۔

تازہ صورتحال، ۱۶ جولائی ۲۰۲۵: محتسب کی تحقیقات (کیس نمبر [[REFERENCE:202503961]]) کے دوران
[[ORGANISATION:Gorton Vale Homes]] نے اپنی غلطیاں تسلیم کیں، نعرے مٹوا کر سی سی ٹی وی لگوایا، واقعے کو نفرت
پر مبنی جرم کے طور پر پولیس کو بھیجا، اور ۹۰۰ پاؤنڈ معاوضہ دیا۔ اب ادارہ مذہبی نفرت کے ہر واقعے کو
چوبیس گھنٹوں میں دیکھتا ہے۔

مخلص،
[[PERSON:صائمہ نذیر]]
ہاؤسنگ کیس ورکر
[[PHONE:0161 496 0376]] | [[EMAIL:s.nazir@ardwicklaw.example.org]]
"""),
    ),
    (
        "fv2an-ur-04",
        "ur",
        _s("""
مترجم کے ذریعے لکھی گئی شکایت (اردو اصل، انگریزی ترجمہ منسلک)

بخدمت: اینٹی سوشل بیہیویئر ٹیم، [[ORGANISATION:Bulwell Brook Homes]]
آپ کا حوالہ: [[REFERENCE:BBH-ASB-6251]]
تاریخ: ۵ اگست ۲۰۲۴

عنوان: محترمہ [[PERSON:شازیہ پروین]]، [[ADDRESS:فلیٹ ۸، 140 Linby Mead Road]]، ناٹنگھم [[POSTCODE:ng6 9dx]]

محترم جناب،

میں، [[PERSON:عدنان شیخ]]، ایک رجسٹرڈ مترجم ہوں اور یہ خط محترمہ [[PERSON:شازیہ پروین]] کی درخواست پر، ان
کے اپنے الفاظ میں، لکھ رہا ہوں۔ وہ اپنی بیٹی [[PERSON:ماہ نور]] ([[AGE:۱۴ سال]]) کے ساتھ
[[ADDRESS:لاہور سویٹ ہاؤس]] کے اوپر والے فلیٹ میں رہتی ہیں۔

"مئی سے کچھ لڑکے رات کو عمارت کے پیچھے کار پارک میں ایک سفید گاڑی، نمبر [[OTHER_ID:NX15 ZRK]]، بہت تیز
چلاتے ہیں اور ہماری کھڑکی پر پتھر مارتے ہیں۔ انہوں نے میری بیٹی کی ویڈیو بنا کر
[[OTHER_ID:@bulwell_boyz_x]] نام کے اکاؤنٹ پر ڈالی۔ میں نے سات بار فون کیا، لیکن افسر مسٹر
[[PERSON:کیلم ریڈ]] نے کہا کہ گاڑی کسی اور کی ہے تو وہ کچھ نہیں کر سکتے۔ [[PERSON:ماہ نور]] اب
[[ADDRESS:Cinderhill Grove Academy]] سے اکیلے گھر آنے سے ڈرتی ہے اور ڈاکٹر نے اسے [[HEALTH:انزائٹی]] بتائی ہے۔"

محترمہ [[PERSON:پروین]] کا مطالبہ ہے کہ کار پارک پر گیٹ اور روشنی لگائی جائے، ویڈیو ہٹوانے میں مدد کی
جائے، اور ان کی شکایت کو باقاعدہ کیس کے طور پر درج کیا جائے۔ ان سے رابطے کے لیے میرا نمبر:
[[PHONE:صفر سات سات صفر صفر، نو صفر صفر، پانچ تین ایک]]۔

مترجم کا نوٹ، ۳۰ ستمبر ۲۰۲۴: شکایت کے بعد [[ORGANISATION:Bulwell Brook Homes]] نے کار پارک پر تالے والا
گیٹ اور روشنیاں لگوائیں، پولیس کے ساتھ مل کر ویڈیو ہٹوائی، اور ۳۰۰ پاؤنڈ معاوضہ دیا۔ ادارے نے یہ بھی
مانا کہ کسی بچے کو نشانہ بنانے والی ہر شکایت اب تین دن میں گھر جا کر دیکھی جائے گی۔

[[PERSON:عدنان شیخ]]، مترجم (اردو/انگریزی)
[[EMAIL:adnan.shaikh.translate@example.net]]
"""),
    ),
    (
        "fv2an-ur-05",
        "ur",
        _s("""
رکنِ پارلیمنٹ [[PERSON:ربیکا ہارٹلی]] کا دفتر
ہمارا حوالہ: [[REFERENCE:RH/CW/0630]]
مالک مکان کا حوالہ: [[REFERENCE:BRH-AD-1572]]
تاریخ: ۹ جون ۲۰۲۵

بخدمت: جناب [[PERSON:محمد یونس]]
[[ADDRESS:128 Whitmore Grove]]، لیڈز [[POSTCODE:ls11 8pq]]

عنوان: گھر میں معذوری کے مطابق تبدیلیاں — [[ORGANISATION:Beeston Rise Housing]] کا جواب

محترم جناب [[PERSON:یونس]] صاحب،

آپ کی درخواست پر محترمہ [[PERSON:ہارٹلی]] نے ۱۴ مارچ کو [[ORGANISATION:Beeston Rise Housing]] کے چیف
ایگزیکٹو، مسٹر [[PERSON:پال گرینڈج]]، کو خط لکھا تھا۔ ریکارڈ کے لیے اس خط کے بنیادی نکات یہ تھے:

• ۲۰۲۳ کے حادثے کے بعد آپ [[HEALTH:ریڑھ کی ہڈی کی چوٹ]] کی وجہ سے وہیل چیئر استعمال کرتے ہیں، مگر
ریمپ اور واک اِن شاور کی منظوری کے باوجود چودہ ماہ تک کام شروع نہیں ہوا؛
• آپ گھر سے آن لائن ریاضی کی ٹیوشن دیتے ہیں ([[OTHER_ID:www.younusmathstuition.example.com]])، اور گھر میں
کام کی وجہ سے پانچ ہفتے کلاسیں بند رہیں، جس سے آمدنی کا نقصان ہوا؛
• آپ کی بیٹی [[PERSON:مریم]] ([[AGE:۱۲ سال]]) کو ہر صبح آپ کو سیڑھیوں پر سہارا دینا پڑتا تھا۔

مسٹر [[PERSON:گرینڈج]] کا ۳ جون کا جواب تمام نکات تسلیم کرتا ہے۔ ریمپ اور شاور مکمل ہو چکے ہیں، تاخیر
اور آمدنی کے نقصان کے لیے ۹۰۰ پاؤنڈ دیے جائیں گے، اور ادارے نے تبدیلیوں کے ہر کیس کے لیے بارہ ہفتوں
کی حد مقرر کی ہے۔ رقم آپ کے بتائے ہوئے اکاؤنٹ میں جائے گی: سورٹ کوڈ [[OTHER_ID:۲۰-۳۲-۰۶]]، اکاؤنٹ
نمبر [[OTHER_ID:۷۳۳۱۰۰۸۹]]۔

مزید مدد کے لیے مجھے [[PHONE:0113 496 0925]] پر فون کریں یا [[EMAIL:nadia.malik.office@example.org]] پر
لکھیں۔

والسلام،
[[PERSON:نادیہ ملک]]
کیس ورکر، دفتر رکنِ پارلیمنٹ [[PERSON:ربیکا ہارٹلی]]
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
