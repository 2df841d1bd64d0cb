"""Fresh version-2 PII test stories, batch bd.

Survivors of domestic abuse and the advocates who helped them into a safe home: IDVAs, refuge and
outreach workers. Some stories are told by the survivor, some by an advocate in the third person,
some are case summaries laid out field by field for a complaint or an Ombudsman referral. The
writers mean to be careful and still leak: a first name or a nickname, the children's names, ages
and schools, the old address and the refuge, the abuser's name or the name he goes by, police crime
and incident numbers, MARAC and non-molestation order references, the advocate's direct line and the
refuge's "safe" email, a car registration, a social media handle, the joint account's last digits.
Numbers come in native digits or are read out in words, emails are dictated with "dot" and "at" in
the writer's language, and names from every community are written in every script. Courts, police
forces and towns are not marked; named refuges locate the family and are marked as addresses; named
domestic abuse services that house or support the family are marked as organisations; dates of
incidents are not marked.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 7 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 82.9% of 35, recall 98.5%, precision 82.9%, on the committed
detector 8c99654 (after round 51); leak-free by language ar 4, bn 5, en 5, pa 5, pl 3, ro 3, ur 4 of 5.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    # ------------------------------------------------------------------ English
    (
        "fv2bd-en-01",
        "en",
        _s("""
I'm writing this so the next woman doesn't have to fight as long as I did. I'll keep it vague, but
anyone who knows me will know it's me: [[PERSON:Rhiannon]], though since school everyone has called
me [[PERSON:Roo]].

Until last spring I lived at [[ADDRESS:12 Ferncliffe Walk]], Bradford [[POSTCODE:BD3 7QJ]], a
[[ORGANISATION:Calder Vale Homes]] house, with my two, [[PERSON:Kian]] ([[AGE:9]], at
[[ADDRESS:Brambleside Primary]]) and [[PERSON:Maisie-Leigh]] ([[AGE:4]]). Their dad,
[[PERSON:Dean Hargreaves]], known on the estate as [[PERSON:Dezzy]], was on the joint tenancy. After
the night of 2 March the police gave me crime number [[REFERENCE:13250118834]] and my case went to
MARAC (ref [[REFERENCE:MAR-BFD-25-0317]]).

What went wrong: I asked [[ORGANISATION:Calder Vale]] for a management transfer three times. The
first answer was that I "didn't meet the criteria" because he had moved out. The second was a letter
telling me I owed £1,840 in arrears. His arrears, built up while he pocketed the rent money. A
housing officer even suggested I "sort it out with him".

What put it right was [[PERSON:Priya Raghunathan]], my IDVA at
[[ORGANISATION:Keystone Domestic Abuse Service]]. She rang them from her direct line,
[[PHONE:0113 496 0571]], sent them the MARAC letter and put in a stage 2 complaint (ref
[[REFERENCE:CVH-COMP-20931]]). Within a fortnight the arrears were taken off my account, I was given
an emergency transfer to Halifax, and the new flat had a sanctuary scheme fitted before we moved in:
a steel door, a door viewer and window locks.

What changed: [[ORGANISATION:Calder Vale]] now has a domestic abuse policy that says arrears run up
by the abuser are never a reason to refuse a move, and every housing officer has been trained on it.
[[PERSON:Kian]] has stopped checking the window before bed. If you're where I was, you can reach me
through [[PERSON:Priya]]'s safe address, [[EMAIL:roo.keystone.safe@example.org]].
"""),
    ),
    (
        "fv2bd-en-02",
        "en",
        _s("""
Case write-up by [[PERSON:Bernadette Quigley]], IDVA, [[ORGANISATION:Irwell Women's Aid]] (direct
line [[PHONE:0161 496 0238]]; safe email [[EMAIL:b.quigley.idva@example.org]]).

My client, who I'll call Ms O, is a [[OTHER_SPECIAL:Nigerian]] mother of two who came to the UK on a
[[OTHER_SPECIAL:spouse visa]]. She and her children, [[PERSON:Ifeoluwa]] ([[AGE:7]]) and
[[PERSON:Damilare]] ([[AGE:3]]), lived at [[ADDRESS:flat 14]], [[ADDRESS:Cobden House]], Salford
[[POSTCODE:M6 5HW]], let by [[ORGANISATION:Irwell Bridge Housing]]. Her husband,
[[PERSON:Kelvin Ashworth]], was arrested in January (crime ref [[REFERENCE:25MMP004417]]), and a
non-molestation order was made at Manchester Civil Justice Centre under case number
[[REFERENCE:MA25F01187]].

The problem was the front door. [[PERSON:Kelvin]] had kicked it in on the night of the arrest, and
[[ORGANISATION:Irwell Bridge]]'s repairs team sent [[PERSON:Funmi]] (she stopped minding me using her
name after a while) a recharge invoice for £620 and left the door boarded up for five weeks. The
sanctuary scheme referral (ref [[REFERENCE:SS-0412-IB]]) sat in an inbox because the officer was on
leave.

I raised a formal complaint on her behalf (ref [[REFERENCE:IBH/CF/7702]]). The stage 1 reply
repeated that tenants pay for "malicious damage". At stage 2 the head of housing,
[[PERSON:Gareth Lumsden]], accepted that damage done by a perpetrator is not the victim's
responsibility, cancelled the recharge and apologised in writing. [[ORGANISATION:Lockright Security Ltd]]
fitted a composite door, a London bar and a safe room door to the children's bedroom within four
days, and [[PERSON:Funmi]] was paid £350 for the delay.

What changed: [[ORGANISATION:Irwell Bridge]] has taken recharges for domestic abuse damage out of its
policy and now sends sanctuary referrals to a named deputy when an officer is away.
[[PERSON:Ifeoluwa]] still asks me on every visit whether the "strong door" is still there.
"""),
    ),
    (
        "fv2bd-en-03",
        "en",
        _s("""
CASE SUMMARY for Housing Ombudsman referral. Prepared by [[PERSON:Tendai Mupfumira]], outreach
worker, [[ORGANISATION:Mersey Haven Outreach]]. Tel [[PHONE:0151 496 0762]].

Client: Mrs [[PERSON:Sinéad Mulcahy]] (known as [[PERSON:Shay]]). DOB [[DATE_OF_BIRTH:03.11.1987]].
NI no. [[NI_NUMBER:JM 40 27 91 C]]. [[OTHER_SPECIAL:Irish Traveller]], settled in housing since 2009.

Tenancy: [[ADDRESS:27 Tolver Street]], Bootle, [[POSTCODE:l20 4rx]]. Landlord
[[ORGANISATION:Seaforth & Litherland Homes]], tenancy ref [[REFERENCE:SLH-T-118820]].

Children: [[PERSON:Cillian]], [[AGE:12]], at [[ADDRESS:St Malachy's High School]];
[[PERSON:Bríd]], [[AGE:6]].

Perpetrator: [[PERSON:Gary Pollitt]], ex-partner. Drives a blue Ford Transit, reg
[[OTHER_ID:KX68 WPD]].

Police and court: crime ref [[REFERENCE:0923/0041187/25]]; MARAC heard 14 May, ref
[[REFERENCE:SEF-MARAC-2025-061]]; non-molestation order, Liverpool Family Court, case no.
[[REFERENCE:LV25F00962]].

Issue: Client asked for an emergency transfer on 17 March after [[PERSON:Pollitt]] was seen parked
outside [[PERSON:Cillian]]'s school twice in one week. The landlord said it could not consider a move
until the order was made, then placed her in Band C because the perpetrator "does not live at the
property". Staff told her on the phone that [[OTHER_SPECIAL:Travellers]] "move about anyway".

Resolution: Stage 2 complaint (ref [[REFERENCE:SLH-CMP-4471]]). The landlord accepted that its
banding decision was wrong and that the remark was discriminatory, awarded emergency Band A, and
offered a house in another town within three weeks. Compensation of £400 was paid and the staff
member was retrained.

Learning: The landlord now accepts a police crime reference or an IDVA letter on its own as enough
evidence for emergency banding, and no longer asks whether the perpetrator lives at the address.
"""),
    ),
    (
        "fv2bd-en-04",
        "en",
        _s("""
They told me I was "adequately housed". Adequately housed, three streets from the man who put me in
hospital. So yes, I'm angry, and I'm writing all of it down.

I'm [[PERSON:Paulette]], [[PERSON:Letty]] to my mum and nobody else. My son [[PERSON:Marlon]] is
[[AGE:16]] and my daughter [[PERSON:Tianna-Rose]] is [[AGE:11]]. Our tenancy with
[[ORGANISATION:Brindley Reach Homes]] was [[ADDRESS:flat 3]], [[ADDRESS:Kestrel Court]], Handsworth,
[[POSTCODE:B21 9PL]]. My ex, [[PERSON:Winston Ferreira]], is known round here as [[PERSON:Sarge]].
After 22 September I got crime ref [[REFERENCE:20BE/118452/25]] and a non-mol from the family court,
case [[REFERENCE:BM25F02213]].

[[ORGANISATION:Brindley Reach]] refused a management move twice. Their housing officer, a Mr
[[PERSON:Okonjo]], said the order "protected" me. Meanwhile [[PERSON:Sarge]] was posting pictures of
my block on Instagram from his account [[OTHER_ID:@sarge_b21_official]], with captions about who
lives there.

[[PERSON:Hollie Brennan]] from the outreach team at [[ORGANISATION:Safer Steps Birmingham]] took it
over. She gave me her work mobile, [[PHONE:07700 900815]], and told me to ring her before I rang
anyone else. She got the screenshots in front of the police and the landlord and put in a complaint
(ref [[REFERENCE:BRH-COM-33160]]). Within ten days we had a band 1 emergency transfer.

We live in a different town now. [[PERSON:Marlon]] started at [[ADDRESS:Oakfield Academy]] in
September and sits his GCSEs next year. [[ORGANISATION:Brindley Reach]] paid £500, wrote me an
apology, and changed their rules: a non-mol is no longer treated as a reason to refuse a move, and
threats on social media count as evidence. I shouldn't have needed [[PERSON:Hollie]] to get them to
read their own policy, but I'm glad I had her.
"""),
    ),
    (
        "fv2bd-en-05",
        "en",
        _s("""
Written by [[PERSON:Nuala Devereux]], outreach worker at [[ORGANISATION:Lewisham Lantern Project]],
with Mrs [[PERSON:Boateng]]'s permission and in her words where I could.

Mrs [[PERSON:Philomena Boateng]] is [[AGE:64]], a retired care assistant, and has lived at
[[ADDRESS:46 Cranmer Terrace]], Lewisham, [[POSTCODE:SE13 6PZ]] for twenty-two years, in a
[[ORGANISATION:Ravensbourne Housing Co-operative]] home. The abuse came from her adult son,
[[PERSON:Kwabena]] ("[[PERSON:KB]]" to his friends), who moved back in when his relationship ended.
He took her bank card, and her pension disappeared from the account ending [[OTHER_ID:2290]]. She
has [[HEALTH:COPD]] and he would hide her inhalers. Crime ref [[REFERENCE:5209913/25]]; MARAC ref
[[REFERENCE:LEW-MARAC-25-311]].

She did not want to move: "This is my house, and my church is here." She worships at
[[ADDRESS:Brockley Rise Methodist Church]] and her GP is [[ADDRESS:Ladywell Fields Surgery]]. So we
asked for a sanctuary scheme instead.

What went wrong: the co-op's contractor, [[ORGANISATION:Hearthguard Security]], changed the locks,
and then the co-op sent her a £285 recharge because "the tenant requested non-essential works". When
she rang to query it, the call handler read the invoice out to [[PERSON:Kwabena]], who had picked up
her landline.

How it was put right: I complained on her behalf (ref [[REFERENCE:RHC/COMP/0457]]). The co-op's
chair, [[PERSON:Devon Aldridge-Mensah]], met us at the house, cancelled the invoice, apologised for
the disclosure and paid £500. They added a door chain, a video doorbell and a lock for her bedroom.

What changed: sanctuary works are now free to tenants, the phone line asks a safety question before
discussing any flagged account, and staff never speak to another member of the household about it.
Mrs [[PERSON:Boateng]] says she will talk to anyone who needs it. She always reads her number out as
"[[PHONE:oh-seven-seven-double-oh, nine-double-oh, four-one-six]]", and her email is
"[[EMAIL:philo dot boateng at example dot net]]".
"""),
    ),
    # ------------------------------------------------------------------ Arabic
    (
        "fv2bd-ar-01",
        "ar",
        _s("""
اسمي [[PERSON:ميساء]]. أنا [[OTHER_SPECIAL:سورية]] من حمص، ووصلت إلى بريطانيا عام ٢٠١٨ بعد أن حصلت
على [[OTHER_SPECIAL:صفة اللاجئ]]. أكتب هذه السطور لأن امرأة أخرى قد تكون الآن حيث كنت قبل سنة.

كنت أسكن مع زوجي السابق [[PERSON:وائل]]، الذي يعرفه الجميع في الحي باسم "[[PERSON:أبو شهاب]]"، في
[[ADDRESS:شقة رقم ٩]] في مبنى [[ADDRESS:Beaumont Heights]]، Sheffield، [[POSTCODE:S2 5TN]]، وهي من
مساكن [[ORGANISATION:Don Valley Homes]]. ابنتي [[PERSON:جود]] عمرها [[AGE:٨ سنوات]] وتدرس في
[[ADDRESS:Hollinsend Vale Primary]]، وابني [[PERSON:شهاب]] عمره [[AGE:٣ سنوات]].

في ليلة ١١ شباط اتصلت بالشرطة، فأعطوني رقم الجريمة [[REFERENCE:١٤/٥٥٢١٠/٢٥]]، ثم نوقشت حالتي في
اجتماع MARAC تحت الرقم [[REFERENCE:SY-MR-0291]].

ما الذي حدث خطأً؟ طلبت من [[ORGANISATION:Don Valley Homes]] نقلاً طارئاً، فكان الرد أن عليّ أولاً
سداد ٩٦٠ جنيهاً من متأخرات الإيجار. هذه المتأخرات تراكمت حين كان [[PERSON:وائل]] يأخذ إعانة السكن
ولا يدفع الإيجار. قالت لي الموظفة ببرود: "العقد باسمك أيضاً يا سيدتي".

كيف صُحّح الأمر؟ تولّت قضيتي [[PERSON:لويز كارترايت]]، المستشارة المستقلة (IDVA) في
[[ORGANISATION:Sheaf Domestic Abuse Service]]، ورقمها المباشر [[PHONE:٠١١٤ ٤٩٦ ٠٣٢٧]]. قدّمت شكوى
رسمية برقم [[REFERENCE:DVH-C-58814]]، وفي المرحلة الثانية اعترف مدير السكن [[PERSON:أندرو فيلان]]
بأن هذه ليست ديوني، فشُطبت المتأخرات كلها ونُقلنا خلال ثلاثة أسابيع إلى Rotherham. وقبل أن ندخل
البيت الجديد ركّبت شركة [[ORGANISATION:SecureNest Ltd]] أقفالاً جديدة وباباً مصفحاً لغرفة آمنة.

ما الذي تغيّر؟ صار لدى [[ORGANISATION:Don Valley Homes]] سياسة مكتوبة: لا تُطالَب الناجية بديون
المعتدي قبل نقلها. ومن تريد أن تتحدث معي تستطيع أن تكتب إلى بريد [[PERSON:لويز]] الآمن:
[[EMAIL:louise.c.safe@example.org]].
"""),
    ),
    (
        "fv2bd-ar-02",
        "ar",
        _s("""
بقلم [[PERSON:نادين حدّاد]]، مرشدة مستقلة لضحايا العنف الأسري في
[[ORGANISATION:Ely Bridge Women's Aid]] في كارديف. خطي المباشر [[PHONE:+44 (0)29 2018 0659]]،
وبريدي الآمن [[EMAIL:nadine.safe@example.net]].

موكّلتي [[PERSON:سهاد]] [[OTHER_SPECIAL:عراقية]] الأصل وتحمل [[OTHER_SPECIAL:إقامة دائمة]]. كانت
متزوجة من [[PERSON:ديلان بريتشارد]]، ولهما طفلان: [[PERSON:سيلين]] ([[AGE:٥ سنوات]])، والصغير
[[PERSON:إيفان]] ([[AGE:سنتان]]). كانوا يسكنون في [[ADDRESS:14 Clos Derwen]]، [[POSTCODE:CF5 4PX]]،
في بيت تابع لـ[[ORGANISATION:Cymoedd Housing Group]].

في نيسان الماضي هربت [[PERSON:سهاد]] مع الطفلين إلى ملجأ في Newport. رقم الحادثة لدى الشرطة
[[REFERENCE:2500118762]]، وصدر أمر عدم التعرض (non-molestation order) من محكمة الأسرة في كارديف
برقم القضية [[REFERENCE:CF25F00731]].

المشكلة: بقي [[PERSON:ديلان]] في البيت ولم يدفع الإيجار، فأرسلت [[ORGANISATION:Cymoedd]] إلى
[[PERSON:سهاد]]، وهي في الملجأ، مطالبة بمبلغ ٢٣٠٠ جنيه، ثم رفضت طلب نقلها إلى بيت جديد بحجة أنها
"تركت المسكن طوعاً".

الحل: رفعتُ شكوى باسمها (رقم [[REFERENCE:CHG-2025-1407]]) وأرفقت رسالة MARAC ورسالة الشرطة. في
المرحلة الثانية قابلنا [[PERSON:ميغان أوين]] من فريق الشكاوى، فاعترفت بأن الشركة خالفت سياستها،
وأزالت الدين عن اسم [[PERSON:سهاد]] ونقلته إلى [[PERSON:ديلان]] وحده، ومنحتها عقداً جديداً في منطقة
أخرى مع أقفال إضافية وجرس بكاميرا. كما دُفع لها ٥٠٠ جنيه تعويضاً.

ما الذي تغيّر: لم تعد [[ORGANISATION:Cymoedd]] تعامل الهروب من العنف على أنه "ترك طوعي"، وصار لديها
موظف مختص بالعنف الأسري يردّ خلال يومين. بدأت [[PERSON:سيلين]] الدراسة في
[[ADDRESS:Ysgol Gynradd Glan Hafren]]، وتقول إن بيتها الجديد "هادئ مثل المكتبة".
"""),
    ),
    (
        "fv2bd-ar-03",
        "ar",
        _s("""
ملخّص حالة. أعدّته [[PERSON:هالة عبد الرحيم]]، عاملة دعم في [[ORGANISATION:Aire Valley Women's Aid]]،
هاتف مباشر [[PHONE:0113 496 0648]].

الناجية: السيدة [[PERSON:إخلاص عثمان]] ([[OTHER_SPECIAL:سودانية]])، تاريخ الميلاد
[[DATE_OF_BIRTH:٢٢/٤/١٩٩٠]]، رقم التأمين الوطني [[NI_NUMBER:SK 71 90 26 D]].

العنوان السابق: [[ADDRESS:58 Lambton Row]]، Leeds، [[POSTCODE:LS8 5QE]]. المالك:
[[ORGANISATION:Leodis Community Homes]]، رقم العقد [[REFERENCE:LCH/442917]].

الأطفال: [[PERSON:منار]] ([[AGE:١٠ سنوات]]) في [[ADDRESS:Gledhow Park Primary]]، والابن
[[PERSON:مؤمن]] ([[AGE:٤ سنوات]]).

المعتدي: الزوج [[PERSON:مجدي الصافي]]، ويُعرف في الجالية باسم "[[PERSON:ود الصافي]]"، يقود سيارة
تويوتا بيضاء رقمها [[OTHER_ID:YG20 HNU]].

الشرطة: رقم الجريمة [[REFERENCE:13250067713]]، ونوقشت الحالة في MARAC برقم
[[REFERENCE:LDS-M-25-0884]]. تصلي العائلة في [[ADDRESS:مسجد بلال]] في Chapeltown، وكان المعتدي
ينتظرها هناك بعد صلاة الجمعة.

المشكلة: طلبت الناجية نقلاً طارئاً في شباط. ردّ المالك بأن الشقة "مناسبة" وأن الشرطة "لم توجّه
اتهاماً"، ووضع طلبها في الفئة C، ثم أرسل إليها إنذاراً بسبب متأخرات قدرها ٧٤٠ جنيهاً نتجت عن إيقاف
الزوج لدفعات الإعانة.

الحل: شكوى رسمية رقم [[REFERENCE:LCH-CMP-3391]]. في المرحلة الأولى اعتذرت المسؤولة
[[PERSON:كيرستي هولدن]] عن التأخير، ورُفع الطلب إلى الفئة A، وسُحب الإنذار. عُرض على الأسرة بيت في
Wakefield خلال أسبوعين، وانتقلت [[PERSON:منار]] إلى مدرسة جديدة. دُفع تعويض قدره ٣٥٠ جنيهاً.

ما الذي تغيّر: لم يعد المالك يشترط توجيه اتهام جنائي لقبول النقل الطارئ، فرسالة من IDVA أو من
MARAC تكفي، ويُجمَّد أي إجراء بسبب المتأخرات أثناء دراسة طلب النقل.
"""),
    ),
    (
        "fv2bd-ar-04",
        "ar",
        _s("""
أنا [[PERSON:نزهة]]، [[OTHER_SPECIAL:مغربية]]، وعمري [[AGE:٣٤ سنة]]. سأقولها بصراحة: الجهة التي كان
يُفترض أن تحميني عاقبتني.

عشت سبع سنوات في [[ADDRESS:23 Ripple Close]]، Barking، [[POSTCODE:IG11 7XB]]، مع طليقي
[[PERSON:كمال]]، أو "[[PERSON:كيمو]]" كما يسمّيه أصحابه في المقهى. البيت تابع لـ
[[ORGANISATION:Roding Valley Homes]]. ابني [[PERSON:صفوان]] عمره [[AGE:١٠ سنوات]] ويدرس في
[[ADDRESS:Ripple Lane Primary]]، وابنتي [[PERSON:هبة الله]] عمرها [[AGE:ست سنوات]].

في آذار حصلت على أمر عدم التعرض من محكمة الأسرة في شرق لندن، رقم القضية
[[REFERENCE:ZE25F00846]]، ورقم الجريمة لدى الشرطة [[REFERENCE:01/3398214/25]].

ثم ماذا؟ بعد أن خرج [[PERSON:كمال]] من البيت وصلتني رسالة من [[ORGANISATION:Roding Valley]] تقول إن
عليّ ١٥٨٠ جنيهاً متأخرات، وإنهم سيبدأون إجراءات الإخلاء. المتأخرات كلها من الأشهر التي كان يأخذ
فيها المال ويقول لي "أنا دفعت". اتصلت بالرقم [[PHONE:٠٢٠ ٧٩٤٦ ٠٣٨٤]] عشرين مرة، وكانوا يقولون:
"العقد مشترك، والدين مشترك". وبالدارجة أقولها: بغيت غير نعيش فالأمان مع ولادي.

من أنقذني؟ [[PERSON:أبيغيل نوانكو]] من [[ORGANISATION:Barking Haven IDVA Service]]. ساعدتني في تقديم
شكوى (رقم [[REFERENCE:RVH/COMP/60218]])، وحين لم يتحرك شيء رفعنا الأمر إلى أمين المظالم للإسكان،
رقم القضية [[REFERENCE:202418853]]. وقبل صدور قراره أوقفت [[ORGANISATION:Roding Valley]] إجراءات
الإخلاء، ونقلت الدين كله إلى اسم [[PERSON:كمال]]، واعتذرت كتابياً، ودفعت لي ٦٠٠ جنيه.

ما الذي تغيّر: صار عندهم فريق صغير للعنف الأسري، ولا تُرسَل إنذارات المتأخرات إلى أي امرأة لديها
أمر حماية قبل أن يراجعها هذا الفريق. ما زلت غاضبة، لكن [[PERSON:صفوان]] عاد يضحك. ومن أرادت أن
تكلمني فبريدي [[EMAIL:nozha.b@example.com]].
"""),
    ),
    (
        "fv2bd-ar-05",
        "ar",
        _s("""
أنا [[PERSON:دلال الخطيب]]، أعمل منذ ست سنوات في ملجأ [[ADDRESS:Cedar Lodge]] للنساء في Derby. أكتب
عن [[PERSON:شيلان]]، وهي [[OTHER_SPECIAL:كردية]] من السليمانية، جاءت إلينا في الصيف الماضي مع ابنها
[[PERSON:دلوفان]]، وعمره [[AGE:سبع سنوات]].

كان زوجها [[PERSON:ريباز كريم]]، الذي ينادونه في المطعم "[[PERSON:ريبو]]"، يمنعها من الخروج من
البيت في Leicester طوال سنتين، ويحتفظ بجوازها. سجّلت الشرطة البلاغ برقم
[[REFERENCE:LE-250714-0093]].

المشكلة جاءت عند الخروج من الملجأ. تقدمت [[PERSON:شيلان]] بطلب سكن لدى
[[ORGANISATION:Trent & Derwent Homes]]، فرُفض طلبها لأنه "ليست لها صلة محلية بالمدينة". هذا خطأ
واضح، فالقواعد تستثني الناجيات من العنف الأسري من شرط الصلة المحلية. بقيت في الملجأ خمسة أشهر
إضافية، وكان [[PERSON:دلوفان]] قد بدأ الدراسة في [[ADDRESS:Normanton Brook Primary]] وخاف أن يضطر
إلى تركها.

كيف صُحّح الأمر: كتبتُ شكوى (رقمها [[REFERENCE:TDH-HR-7715]]) واستشهدت بالتوجيهات الرسمية. ردّ مدير
التخصيص [[PERSON:سايمون ترافرز]] خلال عشرة أيام: اعتذار، وقبول الطلب بأولوية قصوى (رقم التسجيل
[[REFERENCE:HR-559102]])، ثم عرض شقة قريبة من المدرسة نفسها، ركّبت فيها شركة
[[ORGANISATION:Peak Secure Doors]] باباً مقوّى قبل الانتقال.

ما الذي تغيّر: ألغت [[ORGANISATION:Trent & Derwent Homes]] شرط الصلة المحلية لكل امرأة تأتي من
ملجأ، ودرّبت فريق التخصيص على ذلك. أما [[PERSON:دلوفان]] فيقول إن أجمل ما في البيت الجديد أن له
مفتاحاً خاصاً به.

ومن أرادت الاتصال بالملجأ فالرقم الذي نعطيه للنساء هو
[[PHONE:صفر سبعة سبعة صفر صفر، تسعة صفر صفر، واحد أربعة ستة]]، والبريد
[[EMAIL:cedar.derby آت example نقطة org]].
"""),
    ),
    # ------------------------------------------------------------------ Bengali
    (
        "fv2bd-bn-01",
        "bn",
        _s("""
নিজের পুরো নাম লিখছি না। শুধু এটুকু বলি, বাসায় আর পাড়ায় সবাই আমাকে [[PERSON:রুকু]] নামে চেনে।
২০১৬ সালে [[OTHER_SPECIAL:স্পাউস ভিসা]] নিয়ে সিলেট থেকে লন্ডনে আসি। আমার স্বামী
[[PERSON:জুবায়ের আহমেদ চৌধুরী]], পাড়ার ছেলেরা যাকে '[[PERSON:জুবু]] ভাই' ডাকে। আমরা থাকতাম
[[ADDRESS:ফ্ল্যাট ২২]], [[ADDRESS:Wexford House]], [[POSTCODE:E1 2QS]]-এ; বাড়িওয়ালা
[[ORGANISATION:Poplar Wharf Housing]]। ছেলে [[PERSON:তাহমিদ]]-এর বয়স [[AGE:১১]], পড়ে
[[ADDRESS:Shadwell Fields Primary]]-তে; মেয়ে [[PERSON:রাইসা]]-র বয়স [[AGE:৬ বছর]]।

গত আগস্টে পুলিশ ডাকতে হয়েছিল। ক্রাইম রেফারেন্স [[REFERENCE:৫২০১৪৭৭/২৫]]।

কী ভুল হয়েছিল: পুলিশ [[PERSON:জুবায়ের]]-কে বাসা থেকে সরিয়ে দিলেও ওর কাছে চাবি ছিল। আমি
[[ORGANISATION:Poplar Wharf]]-কে ফোন করে তালা বদলাতে বললাম। ওরা বলল স্যাংচুয়ারি স্কিমের
অপেক্ষার তালিকা তিন মাসের, আর টেন্যান্সি যেহেতু দুজনের নামে, ওর অনুমতি ছাড়া তালা বদলানো যাবে না।
ভাবুন তো, যার হাত থেকে বাঁচতে চাইছি, তারই অনুমতি!

কীভাবে ঠিক হলো: আমার IDVA [[PERSON:ক্লেয়ার ডানফি]] ([[ORGANISATION:Limehouse Women's Project]])
নিজের সরাসরি নম্বর [[PHONE:০২০ ৭৯৪৬ ০১৯৮]] থেকে হাউজিং ম্যানেজারকে ফোন করলেন এবং লিখিত অভিযোগ
করলেন, রেফারেন্স [[REFERENCE:PWH-88231]]। পরদিনই [[ORGANISATION:Bow Locksmiths Ltd]] এসে সব তালা
বদলে দিল, দরজায় ক্যামেরা-বেল আর শোবার ঘরে একটা মজবুত দরজা লাগাল। ম্যানেজার
[[PERSON:ডেসমন্ড ওয়াইলি]] লিখিতভাবে ক্ষমা চাইলেন, আর ২৫০ পাউন্ড ক্ষতিপূরণ দিলেন।

কী বদলেছে: এখন [[ORGANISATION:Poplar Wharf]]-এর নিয়ম, পারিবারিক সহিংসতার ক্ষেত্রে ২৪ ঘণ্টার মধ্যে
তালা বদলাতে হবে, অন্য টেন্যান্টের অনুমতি লাগবে না। [[PERSON:তাহমিদ]] এখন রাতে ঘুমাতে পারে। কেউ
কথা বলতে চাইলে [[PERSON:ক্লেয়ারের]] নিরাপদ ইমেইলে লিখুন: [[EMAIL:c.dunphy.safe@example.org]]।
"""),
    ),
    (
        "fv2bd-bn-02",
        "bn",
        _s("""
আমি [[PERSON:দিলরুবা খানম]], ওল্ডহ্যামে [[ORGANISATION:Pennine Sahara Project]]-এর IDVA।
ক্লায়েন্টের অনুমতি নিয়ে তাঁর ঘটনাটা লিখছি। তাঁকে এখানে [[PERSON:মৌসুমী]] বলব; এটা তাঁর ডাকনাম,
তিনি নিজেই চেয়েছেন নামটা থাকুক।

[[PERSON:মৌসুমী]]-র বয়স [[AGE:২৮]]। স্বামী [[PERSON:সাইফুল আলম]] আর শ্বশুরবাড়ির লোকজনের সঙ্গে
থাকতেন [[ADDRESS:52 Coppice Fold]], ওল্ডহ্যাম, [[POSTCODE:OL8 1NQ]]-এ। বাড়িটা
[[ORGANISATION:Werneth Moor Homes]]-এর, টেন্যান্সি শুধু স্বামীর নামে। দুই সন্তান:
[[PERSON:ইফাজ]] ([[AGE:৭ বছর]]) আর [[PERSON:নুসাইবা]] ([[AGE:৪ বছর]])।

জানুয়ারিতে তিনি বাচ্চাদের নিয়ে রিফিউজ [[ADDRESS:Heather Lodge]]-এ আসেন। পুলিশের ক্রাইম নম্বর
[[REFERENCE:06/11893/25]]; MARAC রেফারেন্স [[REFERENCE:OLD/MARAC/25/112]]; ফ্যামিলি কোর্টের
নন-মলেস্টেশন অর্ডার, কেস নম্বর [[REFERENCE:MA25F00418]]।

কী ভুল হয়েছিল: রিফিউজ থেকে [[PERSON:মৌসুমী]] হাউজিং রেজিস্টারে আবেদন করলে
[[ORGANISATION:Werneth Moor]] জানাল, আগের বাড়ির ৬৪০ পাউন্ড বকেয়া ভাড়া না মেটালে নতুন টেন্যান্সি
দেওয়া যাবে না। অথচ টেন্যান্সি তাঁর নামে ছিলই না, আর ভাড়ার টাকা [[PERSON:সাইফুল]] নিজের হাতে
রাখত। তার ওপর চিঠিটা পাঠানো হয়েছিল পুরনো ঠিকানায়, শ্বশুরবাড়িতে।

কীভাবে ঠিক হলো: আমি আনুষ্ঠানিক অভিযোগ করি (রেফারেন্স [[REFERENCE:WMH-COMP-3307]])। দ্বিতীয় ধাপে
কাস্টমার সার্ভিস প্রধান [[PERSON:অ্যালিস্টেয়ার ফিঞ্চ]] মানলেন যে বকেয়া কোনোভাবেই
[[PERSON:মৌসুমী]]-র দায় নয়, আর পুরনো ঠিকানায় চিঠি পাঠানো গুরুতর ভুল। আবেদন ব্যান্ড A-তে গেল
(রেজিস্টার নম্বর [[REFERENCE:OHR-২০৪৭৭১]]), ছয় সপ্তাহে রচডেলে একটা ফ্ল্যাট মিলল, সঙ্গে ৪০০ পাউন্ড
ক্ষতিপূরণ। [[PERSON:ইফাজ]] এখন [[ADDRESS:Spotland Brook Primary]]-তে যায়।

কী বদলেছে: [[ORGANISATION:Werneth Moor]] এখন পারিবারিক সহিংসতার ফাইলে 'পুরনো ঠিকানায় চিঠি নয়'
ফ্ল্যাগ দেয়, আর অন্য কারও বকেয়া দেখিয়ে আবেদন আটকায় না। আমার সরাসরি লাইন
[[PHONE:+৪৪ ১৬১ ৪৯৬ ০৭৩৪]], নিরাপদ ইমেইল [[EMAIL:dilruba.k.safe@example.net]]।
"""),
    ),
    (
        "fv2bd-bn-03",
        "bn",
        _s("""
কেস সারসংক্ষেপ। প্রস্তুত করেছেন [[PERSON:তানজিলা হক]], কেসওয়ার্কার,
[[ORGANISATION:Luton Amana Women's Service]]; ফোন [[PHONE:07700 900193]]।

ভুক্তভোগী: [[PERSON:পারভীন সুলতানা]], জন্মতারিখ [[DATE_OF_BIRTH:১৯ মার্চ ১৯৮৫]], NI নম্বর
[[NI_NUMBER:PX 63 18 40 B]]। তাঁর [[HEALTH:ডায়াবেটিস]] আছে।

ঠিকানা: [[ADDRESS:৭১ Bury Park Terrace]], লুটন, [[POSTCODE:lu48rw]]; বাড়িওয়ালা
[[ORGANISATION:Chiltern Lea Housing]], টেন্যান্সি নম্বর [[REFERENCE:CLH-৫৫০৩৮১]]।

সন্তান: [[PERSON:তাসনিয়া]] ([[AGE:১৫]]), [[PERSON:আবরার]] ([[AGE:১২]])।

অভিযুক্ত: স্বামী [[PERSON:রফিকুল ইসলাম তালুকদার]], পরিচিতদের কাছে '[[PERSON:টিটু]]'। গাড়ি: ধূসর
Toyota Prius, রেজিস্ট্রেশন [[OTHER_ID:LN19 XRT]]।

পুলিশ: ক্রাইম রেফারেন্স [[REFERENCE:40/21766/25]]; MARAC [[REFERENCE:LUT-MRC-0719]]।

সমস্যা: অর্থনৈতিক নির্যাতন। যৌথ অ্যাকাউন্ট (শেষ চার সংখ্যা [[OTHER_ID:৪৪১৯]]) থেকে ভাড়ার টাকা
সরিয়ে নেওয়া হতো। স্বামী চলে যাওয়ার পর [[ORGANISATION:Chiltern Lea]] ১,৯২০ পাউন্ড বকেয়ার জন্য
পজেশন নোটিস দেয় এবং ট্রান্সফারের আবেদন আটকে রাখে। ফোনে একজন অফিসার বলেন, 'ঘরের ব্যাপার ঘরেই
মিটিয়ে নিন।'

সমাধান: অভিযোগ নম্বর [[REFERENCE:CLH/CMP/8842]]। প্রথম ধাপেই ইনকাম টিমের
[[PERSON:বেভারলি অ্যাশফোর্ড]] ব্যাংক স্টেটমেন্ট দেখে অর্থনৈতিক নির্যাতন স্বীকার করেন। নোটিস
প্রত্যাহার, বকেয়া আলাদা করে স্বামীর নামে, নতুন বাসার জন্য জরুরি ব্যান্ড, ২৫০ পাউন্ড
ক্ষতিপূরণ, আর অফিসারের মন্তব্যের জন্য লিখিত ক্ষমাপ্রার্থনা।

পরিবর্তন: ইনকাম টিম এখন কোনো নোটিস দেওয়ার আগে ফাইলের DA ফ্ল্যাগ দেখে এবং IDVA-র সঙ্গে কথা বলে।
"""),
    ),
    (
        "fv2bd-bn-04",
        "bn",
        _s("""
আমি [[PERSON:শিউলি]], বয়স [[AGE:৩৮]]। রাগ নিয়েই লিখছি, মাফ করবেন। তিন বছর ধরে আমি
[[ORGANISATION:Heathfield Mews Housing]]-কে বলেছি আমাকে সরিয়ে নিন, আর তারা তিন বছর ধরে বলেছে
'ফর্ম পূরণ করুন'।

আমরা থাকি স্মল হিথে, [[ADDRESS:৯ নম্বর]] বাড়িটায়, পোস্টকোড [[POSTCODE:B10 0QD]]। আমার প্রাক্তন
স্বামীর আসল নাম [[PERSON:শফিকুর রহমান]], কিন্তু পাড়ায় সবাই ডাকে '[[PERSON:লম্বু]]'। ডিভোর্সের পরও
সে দোকানে, স্কুলের গেটে দাঁড়িয়ে থাকে। আমার ছেলে [[PERSON:জারিফ]] [[AGE:১৩ বছরের]], পড়ে
[[ADDRESS:Coventry Road Academy]]-তে; প্রতিদিন গেটে বাবাকে দেখে সে ভয় পায়। আমরা জুম্মায় যাই
[[ADDRESS:Baitul Aman Masjid]]-এ, সেখানেও সে এসে দাঁড়ায়।

পুলিশ রেফারেন্স [[REFERENCE:20BS/066204/25]], আর গত মাসে MARAC হয়েছে, নম্বর
[[REFERENCE:BHM-MRC-25-1406]]।

কী ভুল হয়েছিল: [[ORGANISATION:Heathfield Mews]] বলল, 'আপনার স্বামী তো এখানে থাকেন না, তাহলে বিপদ
কোথায়?' তিনবার ফর্ম হারাল। একবার এক অফিসার জিজ্ঞেস করল, 'আপনি কি নিশ্চিত এটা শুধু পারিবারিক
ঝগড়া নয়?'

কীভাবে ঠিক হলো: [[ORGANISATION:Sparkbrook Safe Space]]-এর আউটরিচ কর্মী
[[PERSON:ফিয়োনা ম্যাকইনটায়ার]] আমার হয়ে লিখিত অভিযোগ দিলেন (নম্বর [[REFERENCE:HMH-C-40917]]),
সঙ্গে MARAC-এর চিঠি। দশ দিনের মাথায় ম্যানেজার [[PERSON:কোফি আসান্তে]] ফোন করে ক্ষমা চাইলেন।
জরুরি ট্রান্সফার মিলল, নতুন বাসায় স্যাংচুয়ারি স্কিম, আর ৫০০ পাউন্ড।

কী বদলেছে: এখন ওদের নিয়ম, নির্যাতনকারী অন্য জায়গায় থাকলেও ঝুঁকি মূল্যায়ন হবে, আর কোনো অফিসার
'পারিবারিক ঝগড়া' কথাটা লিখতে পারবে না। আমার সঙ্গে কথা বলতে চাইলে:
[[PHONE:শূন্য সাত সাত শূন্য শূন্য নয় শূন্য শূন্য পাঁচ দুই আট]], অথবা ইমেইল
[[EMAIL:shiuli.safe অ্যাট example ডট com]]।
"""),
    ),
    (
        "fv2bd-bn-05",
        "bn",
        _s("""
আমি [[PERSON:নাজনীন রউফ]], ইপসউইচে [[ORGANISATION:Gipping Valley Women's Aid]]-এ IDVA। আমার
বেশিরভাগ ক্লায়েন্ট বাংলাভাষী নন; এই গল্পটা [[PERSON:কেইলি]] ([[PERSON:Kayleigh]])-র, একজন
[[AGE:২৩ বছরের]] মায়ের। ছেলে [[PERSON:আলফি]]-র বয়স [[AGE:১৮ মাস]]। [[PERSON:কেইলির]]
[[HEALTH:অটিজম]] আছে, তাই চিঠি পড়া আর ফোনে কথা বলা তাঁর জন্য কঠিন।

[[PERSON:কেইলি]] আর তাঁর পার্টনার [[PERSON:জর্ডান হুইটেকার]] (বন্ধুরা ডাকে '[[PERSON:জেডি]]')
[[ORGANISATION:Orwell Quay Homes]]-এর [[ADDRESS:ফ্ল্যাট ৪]], [[ADDRESS:Stoke Quay House]],
[[POSTCODE:IP2 8BL]]-এ জয়েন্ট টেন্যান্ট ছিলেন। [[PERSON:জর্ডান]] ফেসবুকে
([[OTHER_ID:facebook.com/jd.ipswich.88]]) [[PERSON:কেইলির]] ছবি দিয়ে হুমকি পোস্ট করত। পুলিশের
ক্রাইম নম্বর [[REFERENCE:37/18823/25]]।

কী ভুল হয়েছিল: [[PERSON:জর্ডান]] চলে যাওয়ার পর [[PERSON:কেইলি]] একক টেন্যান্সি চাইলেন।
[[ORGANISATION:Orwell Quay]] বলল, জয়েন্ট টেন্যান্সি ভাঙতে [[PERSON:জর্ডানের]] সই লাগবে, নইলে
দুজনকেই উচ্ছেদ। আর তাঁর [[HEALTH:অটিজম]]-এর কথা জানা সত্ত্বেও বারবার শুধু ফোনে যোগাযোগ করত।

কীভাবে ঠিক হলো: আমি অভিযোগ দিই (রেফারেন্স [[REFERENCE:OQH-2025-0614]])। টেন্যান্সি ম্যানেজার
[[PERSON:পিপা হলোওয়ে]] মানলেন যে রিজনেবল অ্যাডজাস্টমেন্ট মানা হয়নি। তাঁরা নতুন একক টেন্যান্সি
দিলেন, তালা বদলালেন, আর এখন সব যোগাযোগ লিখিতভাবে, সহজ ভাষায় হয়। ক্ষতিপূরণ ৩০০ পাউন্ড।

কী বদলেছে: [[ORGANISATION:Orwell Quay]] এখন এমন ক্ষেত্রে যৌথ টেন্যান্সি ভাঙার জন্য নিজেরাই
আদালতে যায়, নির্যাতনকারীর সই চায় না। কেউ কথা বলতে চাইলে আমার নম্বর [[PHONE:07700 900274]]।
"""),
    ),
    # ------------------------------------------------------------------ Punjabi (Gurmukhi)
    (
        "fv2bd-pa-01",
        "pa",
        _s("""
ਮੈਂ ਆਪਣਾ ਪੂਰਾ ਨਾਮ ਨਹੀਂ ਲਿਖਾਂਗੀ। ਬੱਸ ਇੰਨਾ ਕਿ ਘਰ ਵਿੱਚ ਸਾਰੇ ਮੈਨੂੰ [[PERSON:ਸਿੰਮੀ]] ਕਹਿੰਦੇ ਹਨ। ਅਸੀਂ
[[ADDRESS:38 Beaconsfield Close]], ਸਾਊਥਾਲ, [[POSTCODE:UB2 4NX]] ਵਿੱਚ ਰਹਿੰਦੇ ਸੀ, ਘਰ
[[ORGANISATION:Brentmoor Housing Trust]] ਦਾ ਸੀ। ਮੇਰਾ ਪੁੱਤਰ [[PERSON:ਅਗਮਬੀਰ]] [[AGE:੯ ਸਾਲ]] ਦਾ ਹੈ
ਅਤੇ [[ADDRESS:Havelock Lane Primary]] ਵਿੱਚ ਪੜ੍ਹਦਾ ਹੈ; ਧੀ [[PERSON:ਨਿਮਰਤ]] [[AGE:੫ ਸਾਲਾਂ]] ਦੀ ਹੈ।

ਮੇਰੇ ਪਤੀ [[PERSON:ਕੁਲਵਿੰਦਰ]], ਜਿਸ ਨੂੰ ਯਾਰ-ਦੋਸਤ [[PERSON:ਕਿੰਦਾ]] ਕਹਿੰਦੇ ਨੇ, ਨੇ ਅੱਠ ਸਾਲ ਮੈਨੂੰ ਡਰਾ ਕੇ
ਰੱਖਿਆ। ਅਸੀਂ ਹਰ ਐਤਵਾਰ [[ADDRESS:ਗੁਰਦੁਆਰਾ ਦਸਮੇਸ਼ ਦਰਬਾਰ]] ਜਾਂਦੇ ਸੀ; ਵੱਖ ਹੋਣ ਤੋਂ ਬਾਅਦ ਉਹ ਉੱਥੇ ਵੀ
ਮੇਰੀ ਉਡੀਕ ਕਰਦਾ ਰਿਹਾ। ਜੂਨ ਵਿੱਚ ਪੁਲਿਸ ਨੇ ਕ੍ਰਾਈਮ ਨੰਬਰ [[REFERENCE:੫੨੦੩੮੮੧/੨੫]] ਦਿੱਤਾ।

ਕੀ ਗ਼ਲਤ ਹੋਇਆ: ਮੈਂ [[ORGANISATION:Brentmoor]] ਤੋਂ ਐਮਰਜੈਂਸੀ ਤਬਾਦਲਾ ਮੰਗਿਆ। ਹਾਊਸਿੰਗ ਅਫ਼ਸਰ ਨੇ ਕਿਹਾ,
'ਪਹਿਲਾਂ ਆਪਣੀ ਬਿਰਾਦਰੀ ਦੇ ਬਜ਼ੁਰਗਾਂ ਨਾਲ ਗੱਲ ਕਰ ਲਓ, ਸ਼ਾਇਦ ਸੁਲ੍ਹਾ ਹੋ ਜਾਵੇ।' ਇਹ ਸੁਣ ਕੇ ਮੇਰਾ ਖ਼ੂਨ ਖੌਲ
ਗਿਆ। ਦੋ ਮਹੀਨੇ ਕਿਸੇ ਨੇ ਮੇਰੀ ਅਰਜ਼ੀ ਖੋਲ੍ਹ ਕੇ ਵੀ ਨਹੀਂ ਦੇਖੀ।

ਕਿਵੇਂ ਠੀਕ ਹੋਇਆ: ਮੇਰੀ ਐਡਵੋਕੇਟ [[PERSON:ਜੋਐਨ ਪਾਰਕਿਨਸਨ]] ([[ORGANISATION:Southall Safe Futures]])
ਨੇ ਆਪਣੀ ਡਾਇਰੈਕਟ ਲਾਈਨ [[PHONE:020 7946 0355]] ਤੋਂ ਫ਼ੋਨ ਕੀਤਾ ਅਤੇ ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਪਾਈ, ਨੰਬਰ
[[REFERENCE:BHT/DA/2291]]। ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ ਡਾਇਰੈਕਟਰ [[PERSON:ਮਾਰਕਸ ਏਲਿਸ]] ਨੇ ਮੰਨਿਆ ਕਿ ਅਫ਼ਸਰ ਦੀ
ਗੱਲ ਗ਼ਲਤ ਸੀ ਅਤੇ ਉਸ ਨੂੰ ਟ੍ਰੇਨਿੰਗ 'ਤੇ ਭੇਜਿਆ। ਤਿੰਨ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਸਾਨੂੰ ਹੰਸਲੋ ਵਿੱਚ ਨਵਾਂ ਘਰ ਮਿਲ
ਗਿਆ, ਨਵੇਂ ਤਾਲਿਆਂ ਅਤੇ ਕੈਮਰੇ ਵਾਲੀ ਘੰਟੀ ਨਾਲ, ਅਤੇ ੪੦੦ ਪੌਂਡ ਮੁਆਵਜ਼ਾ ਵੀ।

ਕੀ ਬਦਲਿਆ: ਹੁਣ [[ORGANISATION:Brentmoor]] ਦੇ ਨਿਯਮਾਂ ਵਿੱਚ ਲਿਖਿਆ ਹੈ ਕਿ ਕੋਈ ਅਫ਼ਸਰ ਪੀੜਤ ਨੂੰ 'ਸੁਲ੍ਹਾ'
ਜਾਂ 'ਪਰਿਵਾਰਕ ਵਿਚੋਲਗੀ' ਦੀ ਸਲਾਹ ਨਹੀਂ ਦੇਵੇਗਾ। ਜੇ ਕਿਸੇ ਭੈਣ ਨੂੰ ਮਦਦ ਚਾਹੀਦੀ ਹੈ ਤਾਂ [[PERSON:ਜੋਐਨ]]
ਦੀ ਸੁਰੱਖਿਅਤ ਈਮੇਲ [[EMAIL:joanne.p.safe@example.org]] ਹੈ।
"""),
    ),
    (
        "fv2bd-pa-02",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਹਰਲੀਨ ਬਾਜਵਾ]], [[ORGANISATION:Black Country Safe Haven]] ਵਿੱਚ IDVA ਹਾਂ। ਇਹ ਕੇਸ ਮੈਂ
ਆਪਣੀ ਕਲਾਇੰਟ ਦੀ ਇਜਾਜ਼ਤ ਨਾਲ ਲਿਖ ਰਹੀ ਹਾਂ। ਪਹਿਲਾਂ ਅਸੀਂ ਸੋਚਿਆ ਸੀ ਕਿ ਉਸ ਨੂੰ 'ਮਿਸਿਜ਼ R' ਲਿਖਾਂਗੇ,
ਪਰ ਉਸ ਨੇ ਆਪ ਕਿਹਾ, 'ਮੇਰਾ ਨਾਂ [[PERSON:ਰੂਪੀ]] ਲਿਖ ਦਿਓ, ਮੈਂ ਹੁਣ ਨਹੀਂ ਲੁਕਦੀ।'

[[PERSON:ਰੂਪੀ]] ([[PERSON:ਰੁਪਿੰਦਰ ਕੌਰ]]) ੨੦੨੨ ਵਿੱਚ [[OTHER_SPECIAL:ਸਪਾਊਸ ਵੀਜ਼ਾ]] 'ਤੇ ਲੁਧਿਆਣੇ
ਤੋਂ ਆਈ। ਉਸ ਦਾ ਪਤੀ [[PERSON:ਜਗਜੀਤ ਸਿੰਘ ਮਾਨ]] ਅਤੇ ਸਹੁਰਾ ਪਰਿਵਾਰ [[ADDRESS:112 Dunstall Crescent]],
Wolverhampton, [[POSTCODE:WV6 0JT]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ। ਵੀਜ਼ੇ ਦੀ ਸ਼ਰਤ ਕਾਰਨ ਉਸ ਉੱਤੇ
[[OTHER_SPECIAL:ਨੋ ਰਿਕੋਰਸ ਟੂ ਪਬਲਿਕ ਫ਼ੰਡਜ਼]] ਲਾਗੂ ਸੀ। ਮਾਰਚ ਵਿੱਚ ਉਹ ਘਰੋਂ ਨਿਕਲ ਕੇ ਰਿਫ਼ਿਊਜ ਵਿੱਚ ਆਈ;
ਪੁਲਿਸ ਦਾ ਕ੍ਰਾਈਮ ਨੰਬਰ [[REFERENCE:20WV/044791/25]] ਹੈ ਅਤੇ MARAC ਹਵਾਲਾ
[[REFERENCE:WOL-MR-25-0448]]।

ਕੀ ਗ਼ਲਤ ਹੋਇਆ: ਜਦੋਂ ਉਸ ਨੂੰ [[OTHER_SPECIAL:ਡੀਡੀਵੀ ਕਨਸੈਸ਼ਨ]] ਮਿਲ ਗਿਆ ਅਤੇ ਉਹ ਬੈਨੀਫ਼ਿਟ ਲੈ ਸਕਦੀ ਸੀ,
ਉਸ ਨੇ ਹਾਊਸਿੰਗ ਰਜਿਸਟਰ ਲਈ ਅਰਜ਼ੀ ਦਿੱਤੀ। ਫਿਰ ਵੀ [[ORGANISATION:Smestow Valley Homes]] ਨੇ ਅਰਜ਼ੀ ਰੱਦ
ਕਰ ਦਿੱਤੀ, ਇਹ ਕਹਿ ਕੇ ਕਿ 'ਇਮੀਗ੍ਰੇਸ਼ਨ ਸਟੇਟਸ ਯੋਗ ਨਹੀਂ'। ਕਿਸੇ ਨੇ ਉਸ ਦਾ ਨਵਾਂ ਦਸਤਾਵੇਜ਼ ਦੇਖਿਆ ਹੀ ਨਹੀਂ।

ਕਿਵੇਂ ਠੀਕ ਹੋਇਆ: ਮੈਂ ਸ਼ਿਕਾਇਤ ਪਾਈ, ਹਵਾਲਾ [[REFERENCE:SVH-C-10385]], ਅਤੇ ਫ਼ੈਸਲੇ ਦਾ ਰਿਵਿਊ ਮੰਗਿਆ।
ਰਿਵਿਊ ਅਫ਼ਸਰ [[PERSON:ਡੈਨੀਅਲ ਓ'ਹੇਅਰ]] ਨੇ ਮੰਨਿਆ ਕਿ ਫ਼ੈਸਲਾ ਪੁਰਾਣੀ ਜਾਣਕਾਰੀ 'ਤੇ ਹੋਇਆ ਸੀ। ਅਰਜ਼ੀ ਬੈਂਡ
੧ ਵਿੱਚ ਲੱਗ ਗਈ, ਰਜਿਸਟਰ ਨੰਬਰ [[REFERENCE:HR ੩੩੦੮੭੧]], ਅਤੇ ਛੇ ਹਫ਼ਤਿਆਂ ਵਿੱਚ [[PERSON:ਰੂਪੀ]] ਨੂੰ
Bilston ਵਿੱਚ ਫਲੈਟ ਮਿਲ ਗਿਆ। ਲਿਖਤੀ ਮੁਆਫ਼ੀ ਅਤੇ ੨੫੦ ਪੌਂਡ ਵੀ ਮਿਲੇ।

ਕੀ ਬਦਲਿਆ: ਹੁਣ [[ORGANISATION:Smestow Valley]] ਦਾ ਸਟਾਫ਼ ਇਮੀਗ੍ਰੇਸ਼ਨ ਕਾਰਨ ਕੋਈ ਅਰਜ਼ੀ ਰੱਦ ਕਰਨ ਤੋਂ
ਪਹਿਲਾਂ IDVA ਜਾਂ ਵਕੀਲ ਨਾਲ ਗੱਲ ਕਰਦਾ ਹੈ। ਕਿਸੇ ਹੋਰ ਭੈਣ ਲਈ ਮੇਰਾ ਸਿੱਧਾ ਨੰਬਰ:
[[PHONE:੦੭੭੦੦ ੯੦੦੬੮੨]]।
"""),
    ),
    (
        "fv2bd-pa-03",
        "pa",
        _s("""
ਕੇਸ ਸੰਖੇਪ। ਤਿਆਰ ਕਰਤਾ: [[PERSON:ਅਮਨਦੀਪ ਢਿੱਲੋਂ]], ਆਊਟਰੀਚ ਵਰਕਰ,
[[ORGANISATION:Coventry Sahara Outreach]]; ਫ਼ੋਨ [[PHONE:07700 900537]]।

ਪੀੜਤ: [[PERSON:ਬਲਜੀਤ ਕੌਰ]], ਜਨਮ ਮਿਤੀ [[DATE_OF_BIRTH:੧੪-੦੮-੧੯੮੨]], NI ਨੰਬਰ
[[NI_NUMBER:SG 52 81 37 A]], NHS ਨੰਬਰ [[OTHER_ID:943 218 6650]]। ਉਸ ਨੂੰ [[HEALTH:PTSD]] ਅਤੇ
[[HEALTH:ਮਾਈਗ੍ਰੇਨ]] ਹੈ।

ਪੁਰਾਣਾ ਪਤਾ: [[ADDRESS:9 Foleshill Walk]], ਕਵੈਂਟਰੀ, [[POSTCODE:CV6 5PB]]; ਮਕਾਨ ਮਾਲਕ
[[ORGANISATION:Sowe Meadow Homes]], ਟੈਨੈਂਸੀ ਹਵਾਲਾ [[REFERENCE:SMH-T-009184]]।

ਬੱਚੇ: [[PERSON:ਜਪਜੀ]] ([[AGE:੧੩]]); [[PERSON:ਏਕਮ]] ([[AGE:੮]]), [[ADDRESS:Broad Heath Primary]]
ਵਿੱਚ।

ਦੋਸ਼ੀ: ਪਤੀ [[PERSON:ਸੁਖਦੇਵ ਸਿੰਘ ਗਰੇਵਾਲ]], ਜਿਸ ਨੂੰ ਸਾਰੇ [[PERSON:ਦੇਬੀ]] ਕਹਿੰਦੇ ਹਨ; ਕਾਲੀ Audi
ਚਲਾਉਂਦਾ ਹੈ, ਨੰਬਰ [[OTHER_ID:WK70 OPX]]।

ਪੁਲਿਸ ਅਤੇ ਅਦਾਲਤ: ਕ੍ਰਾਈਮ ਨੰਬਰ [[REFERENCE:20CV/071153/25]]; MARAC ੧੨ ਜੂਨ ਨੂੰ; Coventry Combined
Court ਵੱਲੋਂ ਨਾਨ-ਮੋਲੈਸਟੇਸ਼ਨ ਆਰਡਰ, ਕੇਸ ਨੰਬਰ [[REFERENCE:CV25F00297]]।

ਸਮੱਸਿਆ: ਸੈਂਕਚੂਰੀ ਸਕੀਮ ਦੀ ਅਰਜ਼ੀ ਮਈ ਵਿੱਚ ਗਈ। ਮਕਾਨ ਮਾਲਕ ਨੇ ਸਿਰਫ਼ ਅਗਲੇ ਦਰਵਾਜ਼ੇ ਦਾ ਤਾਲਾ ਬਦਲਿਆ;
ਪਿਛਲਾ ਦਰਵਾਜ਼ਾ ਅਤੇ ਖਿੜਕੀਆਂ ਉਵੇਂ ਹੀ ਰਹੀਆਂ। ਜੁਲਾਈ ਵਿੱਚ ਦੋਸ਼ੀ ਦੀ ਕਾਰ ਤਿੰਨ ਵਾਰ ਘਰ ਦੇ ਬਾਹਰ ਦੇਖੀ ਗਈ।
ਠੇਕੇਦਾਰ [[ORGANISATION:Midland Lock & Bolt]] ਨੇ ਕਿਹਾ ਕਿ ਉਨ੍ਹਾਂ ਨੂੰ ਪੂਰਾ ਆਰਡਰ ਮਿਲਿਆ ਹੀ ਨਹੀਂ।

ਹੱਲ: ਸ਼ਿਕਾਇਤ ਹਵਾਲਾ [[REFERENCE:SMH-CX-4418]]। ਪਹਿਲੇ ਪੜਾਅ ਵਿੱਚ ਮਕਾਨ ਮਾਲਕ ਨੇ ਗ਼ਲਤੀ ਮੰਨੀ; ਪੰਜ
ਦਿਨਾਂ ਵਿੱਚ ਪਿਛਲਾ ਦਰਵਾਜ਼ਾ, ਖਿੜਕੀਆਂ ਦੇ ਤਾਲੇ, ਬਾਹਰ ਲਾਈਟ ਅਤੇ ਇੱਕ ਸੁਰੱਖਿਅਤ ਕਮਰਾ ਤਿਆਰ ਹੋਇਆ; £300
ਮੁਆਵਜ਼ਾ।

ਬਦਲਾਅ: ਹੁਣ ਹਰ ਸੈਂਕਚੂਰੀ ਕੰਮ ਤੋਂ ਬਾਅਦ ਹਾਊਸਿੰਗ ਅਫ਼ਸਰ ਅਤੇ IDVA ਇਕੱਠੇ ਘਰ ਦੀ ਜਾਂਚ ਕਰਦੇ ਹਨ, ਅਤੇ
ਠੇਕੇਦਾਰ ਨੂੰ ਕੰਮਾਂ ਦੀ ਪੂਰੀ ਸੂਚੀ ਲਿਖਤੀ ਭੇਜੀ ਜਾਂਦੀ ਹੈ।
"""),
    ),
    (
        "fv2bd-pa-04",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਸੁਖਵੰਤ ਕੌਰ]] ਹਾਂ, ਉਮਰ [[AGE:੬੭ ਸਾਲ]]। ਇਹ ਗੱਲਾਂ ਮੇਰੀ ਧੀ [[PERSON:ਪਰਮਿੰਦਰ]]
([[PERSON:ਪੰਮੀ]]) ਲਿਖ ਰਹੀ ਹੈ, ਪਰ ਸ਼ਬਦ ਮੇਰੇ ਹਨ। ਚਾਲੀ ਸਾਲ ਮੈਂ ਆਪਣੇ ਘਰਵਾਲੇ
[[PERSON:ਅਵਤਾਰ ਸਿੰਘ ਭੁੱਲਰ]] ਨਾਲ ਕੱਟੇ। ਲੋਕ ਉਸ ਨੂੰ '[[PERSON:ਤਾਰੀ]] ਸਾਹਿਬ' ਕਹਿੰਦੇ ਹਨ; ਬਾਹਰ ਉਹ
ਬੜਾ ਇੱਜ਼ਤਦਾਰ ਬੰਦਾ ਹੈ। ਘਰ ਅੰਦਰ ਉਸ ਨੇ ਮੇਰੀ ਪੈਨਸ਼ਨ, ਮੇਰਾ ਫ਼ੋਨ, ਮੇਰਾ ਆਉਣਾ-ਜਾਣਾ ਸਭ ਆਪਣੇ ਹੱਥ ਰੱਖਿਆ।
ਮੈਨੂੰ [[HEALTH:ਦਿਲ ਦੀ ਬਿਮਾਰੀ]] ਹੈ ਅਤੇ ਡਾਕਟਰ ਕਹਿੰਦੇ ਨੇ ਡਰ ਨਾਲ ਇਹ ਹੋਰ ਵਿਗੜਦੀ ਸੀ।

ਸਾਡਾ ਘਰ [[ADDRESS:੨੭ Bramcote Row]], ਲੈਸਟਰ, [[POSTCODE:LE5 3HY]] ਹੈ, [[ORGANISATION:Wreake Valley Housing]]
ਦਾ, ਅਤੇ ਟੈਨੈਂਸੀ ਦੋਵਾਂ ਦੇ ਨਾਮ ਸੀ। ਜਨਵਰੀ ਵਿੱਚ ਪੁਲਿਸ ਉਸ ਨੂੰ ਘਰੋਂ ਲੈ ਗਈ (ਇਨਸੀਡੈਂਟ ਨੰਬਰ
[[REFERENCE:LP-0119-0442]]) ਅਤੇ ਅਦਾਲਤ ਨੇ ਉਸ ਨੂੰ ਘਰ ਆਉਣ ਤੋਂ ਰੋਕ ਦਿੱਤਾ। ਮੈਂ ਕਿਹਾ ਕਿ ਟੈਨੈਂਸੀ ਮੇਰੇ
ਇਕੱਲੀ ਦੇ ਨਾਮ ਕਰੋ।

ਕੀ ਗ਼ਲਤ ਹੋਇਆ: ਹਾਊਸਿੰਗ ਵਾਲਿਆਂ ਨੇ ਕਿਹਾ ਕਿ ਜੁਆਇੰਟ ਟੈਨੈਂਸੀ ਸਿਰਫ਼ ਉਦੋਂ ਬਦਲ ਸਕਦੀ ਹੈ ਜਦੋਂ ਦੋਵੇਂ
ਦਸਤਖ਼ਤ ਕਰਨ, ਅਤੇ ਉਹ ਕਾਗ਼ਜ਼ ਲੈ ਕੇ ਉਸ ਕੋਲ ਚਲੇ ਗਏ! ਉਸ ਨੇ ਨਾਂਹ ਕਰ ਦਿੱਤੀ, ਅਤੇ ਉਸ ਦੇ ਭਰਾ ਰਾਹੀਂ ਮੈਨੂੰ
ਸੁਨੇਹਾ ਆਇਆ ਕਿ ਘਰ ਛੱਡ ਦੇ। ਤਿੰਨ ਮਹੀਨੇ ਮੈਂ ਰਾਤ ਨੂੰ ਬੱਤੀ ਜਗਾ ਕੇ ਸੌਂਦੀ ਰਹੀ।

ਕਿਵੇਂ ਠੀਕ ਹੋਇਆ: [[ORGANISATION:Belgrave Haven Project]] ਦੀ [[PERSON:ਡੇਲੋਰਿਸ ਗ੍ਰਾਂਟ]] ਨੇ ਮੇਰਾ ਕੇਸ
ਫੜਿਆ; ਉਸ ਦਾ ਸਿੱਧਾ ਨੰਬਰ [[PHONE:੦੧੧੬ ੪੯੬ ੦੭੧੯]] ਹੈ। ਉਸ ਨੇ ਸ਼ਿਕਾਇਤ ਕੀਤੀ
([[REFERENCE:WVH/COMP/2025/118]]) ਅਤੇ ਵਕੀਲ ਰਾਹੀਂ ਅਦਾਲਤ ਤੋਂ ਟੈਨੈਂਸੀ ਮੇਰੇ ਨਾਮ ਕਰਾਉਣ ਦਾ ਹੁਕਮ ਲਿਆ।
[[ORGANISATION:Wreake Valley]] ਨੇ ਮੁਆਫ਼ੀ ਮੰਗੀ ਕਿ ਮੇਰੀ ਅਰਜ਼ੀ ਉਸ ਕੋਲ ਲੈ ਗਏ, ਨਵੇਂ ਤਾਲੇ ਲਾਏ, ਪਿਛਲੇ
ਬਾਗ਼ ਵਿੱਚ ਲਾਈਟ ਲਾਈ ਅਤੇ £450 ਦਿੱਤੇ।

ਕੀ ਬਦਲਿਆ: ਹੁਣ ਉਹ ਕਦੇ ਵੀ ਪੀੜਤ ਦੀ ਅਰਜ਼ੀ ਦੋਸ਼ੀ ਕੋਲ ਨਹੀਂ ਲੈ ਕੇ ਜਾਂਦੇ। ਮੇਰੀ ਪੋਤੀ [[PERSON:ਸਹਿਜ]]
([[AGE:੧੦]]) ਹੁਣ ਫਿਰ ਸ਼ਨੀਵਾਰ ਨੂੰ ਮੇਰੇ ਕੋਲ ਰਹਿਣ ਆਉਂਦੀ ਹੈ। ਜੇ ਕਿਸੇ ਨੇ ਗੱਲ ਕਰਨੀ ਹੋਵੇ ਤਾਂ
[[PERSON:ਪੰਮੀ]] ਦੀ ਈਮੇਲ [[EMAIL:pammi.bhullar@example.net]] ਹੈ।
"""),
    ),
    (
        "fv2bd-pa-05",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਤਨਵੀਰ ਕੌਰ ਸਹੋਤਾ]] ਹਾਂ, Gravesend ਵਿੱਚ [[ORGANISATION:North Kent Safe Homes]] ਲਈ
ਆਊਟਰੀਚ ਦਾ ਕੰਮ ਕਰਦੀ ਹਾਂ। ਇਹ ਕਹਾਣੀ [[PERSON:ਕੈਟਰੀਓਨਾ]] ([[PERSON:Catriona]]) ਦੀ ਹੈ। ਉਹ ਗਲਾਸਗੋ
ਦੀ ਹੈ ਅਤੇ ਸਾਰੇ ਉਸ ਨੂੰ [[PERSON:ਕੈਟ]] ਕਹਿੰਦੇ ਹਨ। ਉਸ ਦੀ ਉਮਰ [[AGE:੩੯]] ਹੈ; ਪੁੱਤਰ [[PERSON:ਫਿਨਲੇ]]
[[AGE:੧੪ ਸਾਲਾਂ]] ਦਾ ਹੈ ਅਤੇ [[ADDRESS:Riverside Marsh School]] ਵਿੱਚ ਪੜ੍ਹਦਾ ਹੈ।

ਉਹ [[ADDRESS:ਫ਼ਲੈਟ 5]], [[ADDRESS:Pelham Court]], [[POSTCODE:DA11 0QS]] ਵਿੱਚ
[[ORGANISATION:Medway Shore Homes]] ਦੀ ਕਿਰਾਏਦਾਰ ਸੀ। ਉਸ ਦਾ ਸਾਬਕਾ ਸਾਥੀ [[PERSON:ਸਟੂਅਰਟ ਬੈੱਲ]] ਵੱਖ
ਹੋਣ ਤੋਂ ਬਾਅਦ ਵੀ ਇੰਸਟਾਗ੍ਰਾਮ ਅਕਾਊਂਟ [[OTHER_ID:@stu_bell_gvd]] ਤੋਂ ਉਸ ਦੇ ਬਲਾਕ ਦੀਆਂ ਫ਼ੋਟੋਆਂ ਪਾਉਂਦਾ
ਰਿਹਾ। ਪੁਲਿਸ ਦਾ ਕ੍ਰਾਈਮ ਨੰਬਰ [[REFERENCE:46/118820/25]] ਹੈ।

ਕੀ ਗ਼ਲਤ ਹੋਇਆ: [[ORGANISATION:Medway Shore]] ਨੇ ਟਰਾਂਸਫ਼ਰ ਦੀ ਅਰਜ਼ੀ ਇਸ ਕਰਕੇ ਰੋਕੀ ਕਿ ਕਿਰਾਏ ਦੇ £1,120
ਬਕਾਇਆ ਸਨ, ਜੋ [[PERSON:ਸਟੂਅਰਟ]] ਦੇ ਘਰ ਰਹਿੰਦਿਆਂ ਚੜ੍ਹੇ ਸਨ। ਉੱਪਰੋਂ ਉਨ੍ਹਾਂ ਨੇ ਕਿਹਾ ਕਿ ਇੰਸਟਾਗ੍ਰਾਮ
ਦੀਆਂ ਪੋਸਟਾਂ 'ਪੁਲਿਸ ਦਾ ਮਾਮਲਾ' ਹਨ, ਉਨ੍ਹਾਂ ਦਾ ਨਹੀਂ।

ਕਿਵੇਂ ਠੀਕ ਹੋਇਆ: ਮੈਂ ਸ਼ਿਕਾਇਤ ਪਾਈ, ਹਵਾਲਾ [[REFERENCE:MSH-0925-331]], ਨਾਲ ਪੋਸਟਾਂ ਦੇ ਸਕਰੀਨਸ਼ਾਟ ਅਤੇ
ਬੈਂਕ ਸਟੇਟਮੈਂਟ ਕਿ ਕਿਰਾਏ ਦੇ ਪੈਸੇ ਉਸ ਦੇ ਖਾਤੇ ਵਿੱਚ ਜਾਂਦੇ ਸਨ। ਹਾਊਸਿੰਗ ਮੈਨੇਜਰ [[PERSON:ਓਲੂਸੇਗੁਨ ਆਡੇਯੇਮੀ]]
ਨੇ ਬਕਾਇਆ [[PERSON:ਕੈਟ]] ਦੇ ਖਾਤੇ ਤੋਂ ਹਟਾ ਦਿੱਤਾ, ਐਮਰਜੈਂਸੀ ਤਬਾਦਲਾ ਮਨਜ਼ੂਰ ਕੀਤਾ, ਅਤੇ ਅੱਠ ਹਫ਼ਤਿਆਂ
ਵਿੱਚ ਉਹ Dartford ਵਿੱਚ ਨਵੇਂ ਘਰ ਚਲੀ ਗਈ। ਮੁਆਵਜ਼ਾ £350।

ਕੀ ਬਦਲਿਆ: ਹੁਣ [[ORGANISATION:Medway Shore]] ਸੋਸ਼ਲ ਮੀਡੀਆ ਦੀਆਂ ਧਮਕੀਆਂ ਨੂੰ ਸਬੂਤ ਮੰਨਦੀ ਹੈ, ਅਤੇ ਦੋਸ਼ੀ
ਦਾ ਬਕਾਇਆ ਤਬਾਦਲਾ ਨਹੀਂ ਰੋਕਦਾ। ਮੇਰਾ ਨੰਬਰ, ਜਿਵੇਂ ਮੈਂ ਫ਼ੋਨ 'ਤੇ ਦੱਸਦੀ ਹਾਂ:
[[PHONE:ਜ਼ੀਰੋ ਸੱਤ ਸੱਤ ਜ਼ੀਰੋ ਜ਼ੀਰੋ, ਨੌਂ ਜ਼ੀਰੋ ਜ਼ੀਰੋ, ਤਿੰਨ ਅੱਠ ਨੌਂ]]; ਈਮੇਲ
[[EMAIL:tanvir.sahota@example.org]]।
"""),
    ),
    # ------------------------------------------------------------------ Polish
    (
        "fv2bd-pl-01",
        "pl",
        _s("""
Nie podpiszę się pełnym imieniem i nazwiskiem. Dla sąsiadów jestem mamą dwójki dzieci, dla
przyjaciółek [[PERSON:Marzenka]]. Mam [[AGE:31 lat]] i piszę to dla kobiet, które myślą, że nikt im
nie pomoże.

Przez sześć lat mieszkałam ze [[PERSON:Sławkiem]] (na osiedlu mówią na niego „[[PERSON:Szczur]]”) w
[[ADDRESS:mieszkaniu nr 6]] w bloku [[ADDRESS:Ashby Grange]], Peterborough, [[POSTCODE:PE1 3WJ]].
Najem był wspólny, od [[ORGANISATION:Nene Valley Homes]]. Mój syn [[PERSON:Igor]] ma [[AGE:8 lat]] i
chodzi do [[ADDRESS:Welland Park Primary]], a córeczka [[PERSON:Lenka]] ma [[AGE:3 latka]].

W listopadzie policja dała mi numer sprawy [[REFERENCE:CF0412251125]], a moja sprawa trafiła na
MARAC (nr [[REFERENCE:PBO-MARAC-1187]]).

Co poszło nie tak: poprosiłam [[ORGANISATION:Nene Valley]] o pilną przeprowadzkę. Odpisali, że
najpierw muszę „uregulować zaległości”: 1 420 funtów, które narobił [[PERSON:Sławek]], kiedy
przepijał pieniądze na czynsz. Pani z biura powiedziała mi przez telefon: „To też pani umowa”.
Czułam się, jakby to mnie ukarano.

Jak to naprawiono: moja doradczyni IDVA, [[PERSON:Aoife Kinsella]] z
[[ORGANISATION:Fenland Women's Aid]], zadzwoniła ze swojego bezpośredniego numeru
[[PHONE:+44 7700 900631]] i złożyła skargę (nr [[REFERENCE:NVH/CMP/5530]]). Na drugim etapie
kierowniczka [[PERSON:Pauline Rigby]] przyznała, że zgodnie z ich własną polityką zaległości sprawcy
nie mogą blokować przeprowadzki. Dług przepisano na [[PERSON:Sławka]], dostaliśmy nowe mieszkanie w
Spalding, a firma [[ORGANISATION:Fenbolt Security]] zamontowała wzmocnione drzwi i czujniki w oknach.

Co się zmieniło: [[ORGANISATION:Nene Valley]] ma teraz osobną opiekunkę do spraw przemocy domowej i
zapisane czarno na białym, że nikt nie żąda spłaty długów sprawcy przed przeprowadzką.
[[PERSON:Igorek]] pierwszy raz od roku śpi w swoim łóżku, nie u mnie. Jeśli ktoś chce pogadać,
[[PERSON:Aoife]] przekaże wiadomość: [[EMAIL:akinsella.safe@example.org]].
"""),
    ),
    (
        "fv2bd-pl-02",
        "pl",
        _s("""
Piszę jako doradczyni IDVA w [[ORGANISATION:Solent Safe Futures]]. Nazywam się
[[PERSON:Bogumiła Wrona]], mój telefon służbowy to [[PHONE:07700 900719]]. Za zgodą klientki
opisuję sprawę pani [[PERSON:Grażyny]].

Pani [[PERSON:Grażyna Kmiecik]] ma [[AGE:44 lata]] i dwoje dzieci: [[PERSON:Filipka]] ([[AGE:6 lat]])
i [[PERSON:Tosię]] ([[AGE:13 lat]]). Jej mąż, [[PERSON:Dariusz Kmiecik]], dla znajomych
[[PERSON:Darek]], przez lata kontrolował wszystkie pieniądze. W lutym pani [[PERSON:Grażyna]] uciekła
z dziećmi do schroniska [[ADDRESS:Swallow House]]. Sąd rodzinny wydał zakaz zbliżania się
(non-molestation order), sygnatura [[REFERENCE:SO25F00584]]; numer sprawy policyjnej
[[REFERENCE:44250031762]].

Co poszło nie tak: rodzina mieszkała wcześniej pod adresem [[ADDRESS:73 Portsview Road]],
[[POSTCODE:SO19 2LT]], w domu [[ORGANISATION:Itchen Reach Housing]]. Kiedy pani [[PERSON:Grażyna]]
złożyła wniosek o nowe mieszkanie, [[ORGANISATION:Itchen Reach]] odmówiło, bo „porzuciła lokal” i
ma 1 200 funtów zaległości. Zaległości narobił [[PERSON:Darek]], który został w domu i przestał
płacić.

Jak to naprawiono: złożyłam skargę (nr [[REFERENCE:IRH-25-0931]]) z pismem z MARAC i listem z
policji. Na drugim etapie pan [[PERSON:Callum Whitlock]] z działu skarg przyznał, że ucieczka przed
przemocą to nie porzucenie lokalu. Zaległości przeniesiono na [[PERSON:Dariusza]], [[PERSON:Grażynie]]
zaproponowano mieszkanie w Eastleigh z programem sanctuary (dodatkowe zamki, drzwi antywłamaniowe,
alarm) i wypłacono 300 funtów.

Co się zmieniło: [[ORGANISATION:Itchen Reach]] zapisało w polityce, że kobieta uciekająca do
schroniska nie traci prawa do przeniesienia. [[PERSON:Tosia]] mówi, że nowy pokój „pachnie
spokojem”. Kontakt do mnie przez bezpieczny adres: [[EMAIL:b.wrona@example.net]].
"""),
    ),
    (
        "fv2bd-pl-03",
        "pl",
        _s("""
PODSUMOWANIE SPRAWY. Sporządziła [[PERSON:Halina Sroka]], pracownica wsparcia,
[[ORGANISATION:Wyvern Outreach Project]], tel. [[PHONE:01632 960418]].

Klientka: [[PERSON:Renata Wilczyńska]], ur. [[DATE_OF_BIRTH:17.06.1989]], NI
[[NI_NUMBER:TZ 93 46 12 C]], nr polskiego dowodu osobistego [[OTHER_ID:CAX 482193]]. Status:
[[OTHER_SPECIAL:settled status]] (EUSS).

Adres: [[ADDRESS:19 Kembrey Row]], Swindon, [[POSTCODE:sn2 8pq]]; wynajmujący
[[ORGANISATION:Wiltshire Downs Housing]], nr najmu [[REFERENCE:WDH-204471]].

Dzieci: [[PERSON:Bartosz]] ([[PERSON:Bartuś]]), [[AGE:14 lat]], [[ADDRESS:Penhill Vale Academy]];
[[PERSON:Nela]], [[AGE:9 lat]].

Sprawca: były partner [[PERSON:Mirosław Gąsior]], ksywa „[[PERSON:Buldog]]”; jeździ srebrnym
Passatem na polskich tablicach [[OTHER_ID:PZ 7K412]].

Policja: nr zdarzenia [[REFERENCE:54250031187]]; MARAC z 3 kwietnia, nr
[[REFERENCE:SWI-MR-25-207]].

Problem: po wyprowadzce sprawcy pani [[PERSON:Wilczyńska]] poprosiła o program sanctuary.
[[ORGANISATION:Wiltshire Downs]] uznało, że „dom nie spełnia kryteriów”, bo sprawca nie mieszka już
pod tym adresem, i zaproponowało tylko wymianę zamka za trzy tygodnie. W tym czasie sprawca dwa razy
czekał pod szkołą [[PERSON:Bartka]].

Rozwiązanie: skarga nr [[REFERENCE:WDH-C-1187]]. Na pierwszym etapie [[PERSON:Jasmine Akhtar]] z
zespołu ds. najmu przeprosiła; w ciągu 48 godzin firma [[ORGANISATION:Kingsdown Locks]] zamontowała
nowe drzwi, zamki w oknach, kamerę przy wejściu i zabezpieczony pokój. Rekompensata: 250 funtów.

Zmiana: wnioski o sanctuary są teraz rozpatrywane w ciągu 5 dni roboczych, a kryteria obejmują
także sprawców, którzy już się wyprowadzili.
"""),
    ),
    (
        "fv2bd-pl-04",
        "pl",
        _s("""
Nazywam się [[PERSON:Dagmara]] i jestem wściekła, więc piszę, póki mi nie przeszło. Mam
[[OTHER_SPECIAL:pre-settled status]], pracuję na zmiany w pakowni i mam synka [[PERSON:Oliwera]],
który ma [[AGE:2 latka]] i chodzi do żłobka [[ADDRESS:Little Otters Nursery]].

Mieszkaliśmy w [[ADDRESS:14b Colman Rise]], Norwich, [[POSTCODE:NR2 4EJ]], w mieszkaniu
[[ORGANISATION:Broadland Mews Housing]]. Najem był wspólny z moim byłym,
[[PERSON:Lee Fairbrotherem]]. Kumple wołają na niego „[[PERSON:Fairy]]”, co jest śmieszne, bo nic
bajkowego w nim nie ma. W maju policja go zabrała (numer zdarzenia [[REFERENCE:36/44190/25]]), a sąd
wydał zakaz zbliżania się (sygn. [[REFERENCE:NR25F00213]]).

Co poszło nie tak: [[PERSON:Lee]] się wyprowadził, a [[ORGANISATION:Broadland Mews]] przysłało mi
pismo: 2 060 funtów zaległości i groźba eksmisji. On przez rok brał pieniądze na czynsz z naszego
wspólnego konta (końcówka [[OTHER_ID:5508]]) i wydawał na siebie. Napisałam, że to przemoc
ekonomiczna. Odpisali szablonem, że „obaj najemcy odpowiadają solidarnie”. Obaj. Nawet nie
przeczytali, że jestem kobietą.

Jak to naprawiono: pomogła mi [[PERSON:Chidinma Eze]] z [[ORGANISATION:Norfolk Safe Harbour]], jej
bezpośredni numer to [[PHONE:07700 900478]]. Złożyłyśmy skargę (nr [[REFERENCE:BMH-CF-2207]]) z
wyciągami z konta i listem z policji. Na drugim etapie wstrzymali eksmisję, przepisali cały dług na
[[PERSON:Lee]], dali mi najem na moje nazwisko i 350 funtów z przeprosinami.

Co się zmieniło: [[ORGANISATION:Broadland Mews]] ma teraz w procedurze „przemoc ekonomiczną” i nikt
nie wysyła pisma o eksmisji kobiecie z zakazem zbliżania się bez rozmowy z jej doradczynią.
[[PERSON:Oliwerek]] o niczym nie wie i niech tak zostanie. Jakby co, piszcie do mnie:
[[EMAIL:dagmara kropka safe małpa example kropka com]].
"""),
    ),
    (
        "fv2bd-pl-05",
        "pl",
        _s("""
Pracuję w schronisku [[ADDRESS:Chestnut Lodge]] pod Slough. Jestem [[PERSON:Jolanta Kędzierska]],
dla mieszkanek po prostu pani [[PERSON:Jola]]. Opisuję historię [[PERSON:Łesi]] (w paszporcie
[[PERSON:Lesia Bondarenko]]), [[OTHER_SPECIAL:Ukrainki]], która przyjechała w 2022 roku na
[[OTHER_SPECIAL:wizie Homes for Ukraine]] z synem [[PERSON:Marko]] ([[AGE:11 lat]]).

Partner, którego poznała już tutaj, [[PERSON:Denys Hrytsenko]] (w sieci występuje jako
[[OTHER_ID:@denys_hr_slough]]), najpierw zabierał jej telefon, potem dokumenty. W sierpniu uciekła do
nas; numer sprawy na policji: [[REFERENCE:43250176604]].

Co poszło nie tak: [[PERSON:Łesia]] miała wcześniej najem w [[ORGANISATION:Colnbrook Housing]]
([[ADDRESS:mieszkanie 2]], [[ADDRESS:31 Wexham Lane]], [[POSTCODE:SL2 5RF]]). Gdy poprosiła o
przeniesienie, urzędnik odpisał, że „osoby z wizą czasową” nie mają prawa do zamiany i że musi
wrócić do poprzedniego mieszkania albo straci najem. To nieprawda: jej wiza daje pełny dostęp do
mieszkań socjalnych.

Jak to naprawiono: złożyłam skargę w jej imieniu (nr [[REFERENCE:CBH-COMP-0688]]). Kierowniczka
[[PERSON:Harriet Oyelaran]] odpowiedziała w tydzień: przeprosiny, szkolenie dla zespołu, a
[[PERSON:Łesia]] dostała zamianę na mieszkanie w Maidenhead z dodatkowymi zamkami.
[[PERSON:Marko]] od października chodzi do [[ADDRESS:Braywick Meadow Primary]].

Co się zmieniło: [[ORGANISATION:Colnbrook Housing]] sprawdza teraz status imigracyjny z doradcą
prawnym, zanim komukolwiek odmówi. Kontakt do schroniska dla kobiet w potrzebie:
[[PHONE:0118 496 0274]] lub [[EMAIL:chestnut.safe@example.org]].
"""),
    ),
    # ------------------------------------------------------------------ Romanian
    (
        "fv2bd-ro-01",
        "ro",
        _s("""
Mă numesc [[PERSON:Florentina]], dar toată lumea îmi spune [[PERSON:Flori]]. Am [[AGE:36 de ani]] și
scriu asta pentru femeile din comunitatea noastră care cred că „nu se poate”.

Timp de cinci ani am stat cu [[PERSON:Marian Dobre]] (în Wealdstone toți îi zic „[[PERSON:Rechinul]]”)
în [[ADDRESS:apartamentul 11]] din blocul [[ADDRESS:Elmgrove House]], Harrow, [[POSTCODE:HA3 9UD]].
Contractul era pe amândoi, cu [[ORGANISATION:Kenton Vale Housing]]. Băiatul nostru,
[[PERSON:Darius]], are [[AGE:10 ani]] și învață la [[ADDRESS:Kenton Brook Primary]]; fetița,
[[PERSON:Ilinca]], are [[AGE:4 ani]].

În octombrie am sunat la poliție; numărul de crimă este [[REFERENCE:0105329/25]]. Tribunalul de
familie mi-a dat ordin de protecție, dosarul [[REFERENCE:ZW25F01042]].

Ce a mers prost: am cerut un transfer de urgență. Cei de la [[ORGANISATION:Kenton Vale]] mi-au zis
să aștept „ca toată lumea”, în banda C, pentru că „acum el nu mai locuiește acolo”. Dar el știa
adresa, știa școala lui [[PERSON:Darius]], și o dată a stat o oră în parcare cu mașina.

Cum s-a rezolvat: consiliera mea IDVA, [[PERSON:Yetunde Bakare]] de la
[[ORGANISATION:Harrow Haven Project]], m-a sunat de pe linia ei directă, [[PHONE:020 7946 0912]], și a
depus o plângere oficială (nr. [[REFERENCE:KVH-CMP-71140]]). La etapa a doua, managerul
[[PERSON:Stephen Hallworth]] a recunoscut că propria lor politică le cere să trateze astfel de
cereri ca urgente. În trei săptămâni am primit o locuință în alt cartier, cu încuietori noi și ușă
întărită, plus 400 de lire pentru întârziere.

Ce s-a schimbat: acum [[ORGANISATION:Kenton Vale]] are o persoană care se ocupă doar de violența
domestică, iar un ordin de protecție nu mai e motiv să fii pusă la coadă. [[PERSON:Ilinca]] a
început grădinița, iar eu dorm cu lumina stinsă. Dacă vreți să vorbiți cu mine, scrieți-mi prin
adresa sigură a [[PERSON:Yetundei]]: [[EMAIL:y.bakare.safe@example.org]].
"""),
    ),
    (
        "fv2bd-ro-02",
        "ro",
        _s("""
Sunt [[PERSON:Cosmina Pătrașcu]], consilieră IDVA la [[ORGANISATION:Lace Market Women's Service]].
Lucrez cu multe femei din România și Moldova. Scriu, cu acordul ei, despre doamna
[[PERSON:Loredana]], sau [[PERSON:Lori]], cum o strigă prietenele.

[[PERSON:Loredana]] are [[AGE:29 de ani]] și un băiețel, [[PERSON:Sebi]], de [[AGE:7 ani]], elev la
[[ADDRESS:Bulwell Vale Primary]]. Locuiau în [[ADDRESS:8 Cinderhill Walk]], Nottingham,
[[POSTCODE:NG6 8FE]], într-o casă a [[ORGANISATION:Sherwood Gate Housing]]. Fostul soț,
[[PERSON:Costel Vișan]], căruia toată lumea îi zice „[[PERSON:Coco]]”, a fost arestat în martie (nr.
incident [[REFERENCE:NTP-250312-0587]]). Ordinul de protecție (non-molestation order) are numărul
[[REFERENCE:NG25F00155]].

Ce a mers prost: [[PERSON:Costel]] spărsese ușa din spate în noaptea arestării.
[[ORGANISATION:Sherwood Gate]] i-a trimis [[PERSON:Loredanei]] o factură de 540 de lire pentru
„daune provocate de gospodărie”, iar cererea de sanctuary scheme a stat șase săptămâni fără răspuns.

Cum s-a rezolvat: am depus plângere (nr. [[REFERENCE:SGH/CP/3926]]). Responsabila de plângeri,
[[PERSON:Niamh Gallagher]], a anulat factura, și-a cerut scuze în scris și a trimis firma
[[ORGANISATION:Castle Locks & Glazing]], care în patru zile a montat o ușă nouă, încuietori la
ferestre și o cameră sigură. [[PERSON:Lori]] a primit și 300 de lire despăgubire.

Ce s-a schimbat: [[ORGANISATION:Sherwood Gate]] nu mai facturează victimei daunele făcute de agresor,
iar cererile de sanctuary au acum un termen de 10 zile. Pentru alte femei: mă găsiți la
[[PHONE:0115 496 0821]] sau pe adresa sigură
[[EMAIL:cosmina punct idva arond example punct org]].
"""),
    ),
    (
        "fv2bd-ro-03",
        "ro",
        _s("""
REZUMAT DE CAZ. Întocmit de [[PERSON:Anca Voiculescu]], lucrătoare de sprijin,
[[ORGANISATION:Berkshire Safe Start]], tel. [[PHONE:0118 496 0633]].

Victimă: [[PERSON:Mihaela-Cristina Done]] ([[PERSON:Miha]]), născută la
[[DATE_OF_BIRTH:9 ianuarie 1993]], NI [[NI_NUMBER:NW 28 64 19 D]], carte de identitate seria și numărul
[[OTHER_ID:RX 614027]]; [[OTHER_SPECIAL:cetățeană română]] cu [[OTHER_SPECIAL:settled status]].

Adresă: [[ADDRESS:62 Cardigan Walk]], Reading, [[POSTCODE:RG1 5LN]]; proprietar
[[ORGANISATION:Kennet Water Housing]], nr. contract [[REFERENCE:KWH-88-31207]].

Copii: [[PERSON:Bianca]], [[AGE:15 ani]]; [[PERSON:Tudor]], [[AGE:11 ani]].

Agresor: soțul, [[PERSON:Ionel Done]], cunoscut ca „[[PERSON:Nelu Bulgaru]]”; conduce o Dacia cu
numere românești [[OTHER_ID:B 48 KRT]].

Poliție: nr. crimă [[REFERENCE:43250118790]]; MARAC 21 mai, ref. [[REFERENCE:RDG-MARAC-0455]].

Problema: timp de trei ani [[PERSON:Ionel]] a ținut contul comun (terminat în [[OTHER_ID:7731]]) și
n-a plătit chiria integral. După ce a plecat, proprietarul i-a cerut victimei 2.480 de lire și a
refuzat cererea de transfer „până la achitarea datoriei”.

Soluție: plângere nr. [[REFERENCE:KWH-C-25-0917]]. La etapa 1, [[PERSON:Tomasz Nowicki]], ofițer de
chirii, a recunoscut abuzul economic pe baza extraselor de cont, a separat datoria, a trecut-o pe
numele agresorului și a aprobat transferul. Despăgubire: 350 de lire.

Ce s-a schimbat: [[ORGANISATION:Kennet Water]] are acum o procedură scrisă pentru abuz economic, iar
datoriile făcute de agresor nu mai blochează transferurile.
"""),
    ),
    (
        "fv2bd-ro-04",
        "ro",
        _s("""
Sunt [[PERSON:Sorina]], [[PERSON:Sori]] pentru ai mei, și sunt [[OTHER_SPECIAL:romă]]. O spun de la
început, pentru că la început nimeni nu m-a crezut, și cred că și de asta.

Stăteam în Bristol, pe [[ADDRESS:Filwood Crescent nr. 47]], [[POSTCODE:bs47ht]], într-o casă de la
[[ORGANISATION:Avonmead Housing]], cu soțul meu [[PERSON:Gheorghe]] (toți îi zic [[PERSON:Gică]]) și
cu copiii: [[PERSON:Estera]], de [[AGE:12 ani]], și [[PERSON:Iosif]], de [[AGE:9 ani]]. Suntem
[[OTHER_SPECIAL:penticostali]] și mergem la [[ADDRESS:Biserica Penticostală Betel]] din Knowle; acolo
toată lumea îl știa pe [[PERSON:Gică]] ca om liniștit.

În aprilie a venit poliția; numărul incidentului este [[REFERENCE:5225081412]].

Ce a mers prost: am sunat la [[ORGANISATION:Avonmead]] să cer mutare. Ofițerul de locuințe a scris
în dosar „conflict de familie, chestiune culturală” și mi-a spus să vorbesc cu pastorul. Trei luni
n-a venit nimeni. Între timp [[PERSON:Gică]] venea noaptea la [[ADDRESS:nr. 47]] și bătea în geam.

Cum s-a rezolvat: [[PERSON:Kerry-Ann Mitchell]], de la [[ORGANISATION:Bristol Lighthouse Outreach]],
m-a ascultat fără să mă întrerupă. Mi-a dat numărul ei, [[PHONE:0117 496 0583]], și a făcut plângere
(nr. [[REFERENCE:AMH/DA/0372]]). Șefa de departament, [[PERSON:Gwen Pritchard]], a recunoscut că
notița din dosar era discriminare, a șters-o, și-a cerut scuze și ne-a mutat în două săptămâni, cu
încuietori noi și cameră la ușă. Am primit 600 de lire.

Ce s-a schimbat: la [[ORGANISATION:Avonmead]] nimeni nu mai poate scrie „culturală” la un caz de
violență; toți angajații au avut instruire despre violența domestică și despre discriminare. [[PERSON:Estera]] zice
că acum poate să-și invite prietenele acasă.
"""),
    ),
    (
        "fv2bd-ro-05",
        "ro",
        _s("""
Lucrez de patru ani la refugiul [[ADDRESS:Magnolia House]] din Milton Keynes. Mă numesc
[[PERSON:Ruxandra Stoica]]; colegele de la refugiu îmi zic [[PERSON:Roxy]], că altfel nu pot
pronunța. Scriu despre [[PERSON:Chantelle]], [[AGE:24 de ani]], care a venit la noi cu
[[PERSON:Reggie]] ([[AGE:5 ani]]) și cu bebelușa [[PERSON:Skye]] ([[AGE:8 luni]]).

Fostul partener, [[PERSON:Jason Pike]], „[[PERSON:JP]]” pentru prieteni, îi trimitea amenințări pe
Snapchat de pe contul [[OTHER_ID:@jp_mk_boss]]. Locuiau la [[ADDRESS:16 Bletcham Way]], Bletchley,
[[POSTCODE:MK1 1QU]], într-o casă [[ORGANISATION:Ouzel Valley Homes]]. [[PERSON:Chantelle]] n-a vrut
niciodată să meargă la poliție, îi era prea frică.

Ce a mers prost: când a cerut transfer, [[ORGANISATION:Ouzel Valley]] i-a spus că fără un număr de
dosar de la poliție „nu avem dovezi”. Asta deși le arătasem mesajele și scrisoarea medicului de
familie de la [[ADDRESS:Watling Street Surgery]] despre [[HEALTH:depresia postnatală]] a ei.

Cum s-a rezolvat: am făcut plângere (nr. [[REFERENCE:OVH-STG1-6630]]) și le-am trimis propria lor
politică, unde scrie clar că acceptă dovezi de la IDVA, de la refugiu sau de la medic.
[[PERSON:Graham Tulloch]], șeful echipei de locuințe, a răspuns în cinci zile: scuze, prioritate
maximă, iar în trei săptămâni [[PERSON:Chantelle]] a primit o casă în Newport Pagnell, cu sanctuary
scheme. Și 250 de lire.

Ce s-a schimbat: [[ORGANISATION:Ouzel Valley]] și-a schimbat formularele; acum scrie explicit că nu
e nevoie de raport de poliție. [[PERSON:Reggie]] ne-a desenat refugiul cu o ușă „foarte mare”. Cine
are nevoie ne găsește la [[PHONE:07700 900862]] sau la [[EMAIL:magnolia.mk.safe@example.net]].
"""),
    ),
    # ------------------------------------------------------------------ Urdu
    (
        "fv2bd-ur-01",
        "ur",
        _s("""
میرا نام [[PERSON:نائلہ]] ہے، گھر والے پیار سے [[PERSON:نیلو]] کہتے ہیں۔ میری عمر [[AGE:۳۲ سال]] ہے۔
یہ سب لکھتے ہوئے بھی ہاتھ کانپتے ہیں، مگر لکھنا ضروری ہے۔

ہم [[ADDRESS:14 Thornbury Mews]]، بریڈفورڈ، [[POSTCODE:BD8 7RW]] میں رہتے تھے۔ گھر
[[ORGANISATION:Aire & Wharfe Homes]] کا تھا اور ٹیننسی میرے اور میرے شوہر [[PERSON:شہزاد]] کے نام
تھی۔ محلے میں سب اسے [[PERSON:شازی]] کہتے ہیں۔ بیٹا [[PERSON:ارحم]] [[AGE:۹ سال]] کا ہے اور
[[ADDRESS:Lumb Lane Primary]] میں پڑھتا ہے، بیٹی [[PERSON:عنایہ]] [[AGE:۵ سال]] کی ہے۔

پچھلے رمضان میں پولیس آئی؛ کرائم نمبر [[REFERENCE:۱۳۲۵۰۲۲۹۱۴۷]] ہے اور MARAC میں کیس نمبر
[[REFERENCE:BFD-MR-25-0390]]۔

کیا غلط ہوا: میں نے ایمرجنسی ٹرانسفر مانگا تو ہاؤسنگ آفیسر نے کہا، 'آپ کے خاندان والے ہی مسئلہ حل کر
لیں، یہ کمیونٹی کا معاملہ ہے۔' پھر کہا کہ [[PERSON:شہزاد]] کے چھوڑے ہوئے ۸۷۰ پاؤنڈ کے بقایا جات پہلے
ادا کریں۔ مجھے لگا جیسے مجرم میں ہی ہوں۔

کیسے ٹھیک ہوا: میری IDVA [[PERSON:کیتھرین ڈولن]] ([[ORGANISATION:Bradford Haven Women's Service]])
نے اپنے ڈائریکٹ نمبر [[PHONE:۰۷۷۰۰ ۹۰۰۹۴۱]] سے بات کی اور تحریری شکایت درج کی، نمبر
[[REFERENCE:AWH-DA-6612]]۔ دوسرے مرحلے میں مینیجر [[PERSON:رابرٹ ہینلی]] نے مانا کہ آفیسر کی بات
پالیسی کے خلاف تھی۔ بقایا جات [[PERSON:شہزاد]] کے نام منتقل ہوئے، ہمیں کیگلی میں نیا گھر ملا، دروازے
پر نئے تالے اور کیمرہ لگا، اور ۳۰۰ پاؤنڈ معاوضہ ملا۔

کیا بدلا: اب [[ORGANISATION:Aire & Wharfe]] کے عملے کو 'عزت' اور 'کمیونٹی' کے نام پر ٹالنے کی اجازت
نہیں؛ ہر گھریلو تشدد کا کیس ایک تربیت یافتہ افسر کو جاتا ہے۔ اگر کوئی بہن بات کرنا چاہے تو
[[PERSON:کیتھرین]] کا محفوظ ای میل ہے: [[EMAIL:k.dolan.safe@example.org]]۔
"""),
    ),
    (
        "fv2bd-ur-02",
        "ur",
        _s("""
میں [[PERSON:عافیہ نسیم]] ہوں، [[ORGANISATION:Saltley Sahara Project]] میں IDVA۔ یہ کیس میں اپنی
کلائنٹ کی اجازت سے لکھ رہی ہوں اور ان کا پورا نام نہیں لکھوں گی۔ ہمارے دفتر میں سب انہیں
[[PERSON:رخسانہ]] باجی کہتے ہیں۔

[[PERSON:رخسانہ]] [[OTHER_SPECIAL:شیعہ]] خاندان سے ہیں اور ہر جمعرات [[ADDRESS:امام بارگاہ حسینیہ]]
جاتی تھیں۔ ان کے شوہر [[PERSON:طارق محمود بٹ]] نے برسوں ان پر ہاتھ اٹھایا اور پیسے اپنے قبضے میں
رکھے۔ بیٹی [[PERSON:ہادیہ]] [[AGE:۱۴ سال]] کی ہے اور [[ADDRESS:Ward End Park Academy]] میں پڑھتی ہے۔
گھر [[ADDRESS:فلیٹ ۷]]، [[ADDRESS:Larchmere House]]، [[POSTCODE:B8 2SJ]] میں تھا، مالک
[[ORGANISATION:Cole Valley Homes]]۔ پولیس کرائم نمبر [[REFERENCE:20E1/093318/25]]، نان مولیسٹیشن
آرڈر کیس نمبر [[REFERENCE:BM25F03391]]۔

کیا غلط ہوا: مئی میں [[ORGANISATION:Cole Valley]] نے انہیں ایمرجنسی میں نیا فلیٹ دیا۔ مگر پرانے
ٹیننسی اکاؤنٹ کا آخری خط، جس میں نئے فلیٹ کا پتہ لکھا تھا، دونوں کے نام پر پرانے گھر بھیج دیا گیا۔
[[PERSON:طارق]] وہیں رہ رہا تھا۔ دو دن بعد وہ نئے بلاک کے باہر کھڑا تھا۔

کیسے ٹھیک ہوا: میں نے اسی دن شکایت درج کی، نمبر [[REFERENCE:CVH-DP-2259]]۔ ڈائریکٹر
[[PERSON:ایلینور ریڈ]] نے ڈیٹا کی خلاف ورزی تسلیم کی، دو ہفتے میں دوسرا ایمرجنسی گھر دیا، پورا
سینکچوری اسکیم لگوایا، اور ۷۵۰ پاؤنڈ معاوضہ دیا۔ [[PERSON:ہادیہ]] کا اسکول نہیں بدلنا پڑا۔

کیا بدلا: اب [[ORGANISATION:Cole Valley]] کے سسٹم میں گھریلو تشدد کا فلیگ لگتے ہی مشترکہ خط و
کتابت بند ہو جاتی ہے، اور نیا پتہ کسی خط میں نہیں چھپتا۔ کسی اور بہن کو مدد چاہیے تو میرا براہ
راست نمبر [[PHONE:0121 496 0447]] ہے۔
"""),
    ),
    (
        "fv2bd-ur-03",
        "ur",
        _s("""
کیس خلاصہ۔ تیار کردہ: [[PERSON:نورین اقبال]]، آؤٹ ریچ ورکر، [[ORGANISATION:Thames Valley Sakhi Service]]؛
فون [[PHONE:07700 900356]]۔

متاثرہ: [[PERSON:ثمینہ کوثر]]، تاریخ پیدائش [[DATE_OF_BIRTH:۷ جولائی ۱۹۸۸]]، این آئی نمبر
[[NI_NUMBER:HL 38 05 72 B]]؛ [[OTHER_SPECIAL:پاکستانی]] پاسپورٹ نمبر [[OTHER_ID:BK4471902]] (شوہر کے
قبضے میں تھا، پولیس کے ذریعے واپس ملا)۔ صحت: [[HEALTH:ذیابیطس]]، [[HEALTH:ڈپریشن]]۔

پتہ: [[ADDRESS:33 Ledgers Row]]، Slough، [[POSTCODE:SL1 4TF]]؛ مالک مکان
[[ORGANISATION:Thames Bourne Housing]]، ٹیننسی نمبر [[REFERENCE:TBH/0093381]]۔

بچے: [[PERSON:ایشال]] ([[AGE:۱۱]])، [[PERSON:سبطین]] ([[AGE:۷]])، دونوں
[[ADDRESS:Chalvey Grove Primary]] میں۔

ملزم: شوہر [[PERSON:ذیشان اشرف]]، عرف [[PERSON:ذیشی]]؛ سفید Honda، رجسٹریشن [[OTHER_ID:RE21 KWA]]۔

پولیس: کرائم نمبر [[REFERENCE:43250207745]]؛ MARAC حوالہ [[REFERENCE:SLO-MAR-25-0162]]۔

مسئلہ: شوہر کے گھر سے نکالے جانے کے بعد تالے بدلے گئے، مگر ٹھیکیدار
[[ORGANISATION:Bourne Property Services]] نے نئی چابیوں کا ایک سیٹ شوہر کو دے دیا کیونکہ ٹیننسی پر
اس کا نام بھی تھا۔ [[PERSON:ثمینہ]] نے فون پر شکایت کی تو جواب ملا کہ 'دونوں کرایہ دار ہیں'۔

حل: شکایت نمبر [[REFERENCE:TBH-CMP-22071]]۔ دوسرے مرحلے میں [[PERSON:مارٹن کوئن]] (ہیڈ آف ہاؤسنگ) نے
غلطی مانی؛ اسی ہفتے تالے دوبارہ بدلے گئے، سینکچوری اسکیم مکمل ہوئی، اور ۹۰۰ پاؤنڈ معاوضہ دیا گیا۔

تبدیلی: اب گھریلو تشدد کے فلیگ والے گھر کی چابیاں صرف متاثرہ کو، شناخت دیکھ کر، دی جاتی ہیں، اور
ٹھیکیدار کو بھی وہ فلیگ نظر آتا ہے۔
"""),
    ),
    (
        "fv2bd-ur-04",
        "ur",
        _s("""
میں [[PERSON:فریحہ]] ہوں، [[AGE:۲۶ سال]] کی۔ شادی کے بعد 2021 میں Manchester آئی۔ میرے شوہر
[[PERSON:کاشف]] اور ان کے گھر والے [[ADDRESS:41 Beresford Grove]]، Longsight، [[POSTCODE:m130xe]]
میں رہتے ہیں۔ ہم سب جمعہ کو [[ADDRESS:مسجد نور الاسلام]] جاتے تھے۔ میرا بیٹا [[PERSON:مصطفیٰ]]
[[AGE:ڈھائی سال]] کا ہے اور [[ADDRESS:Little Acorns Nursery]] جاتا تھا۔

پچھلے سال میں بیٹے کو لے کر رفیوج چلی گئی۔ مجھے [[HEALTH:انزائٹی]] ہے اور اس وقت میں ٹھیک سے سو بھی
نہیں سکتی تھی۔ پولیس کا کرائم نمبر [[REFERENCE:25MMP011862]] ہے۔

کیا غلط ہوا: رفیوج سے میں نے [[ORGANISATION:Longsight & Levenshulme Homes]] کو درخواست دی۔ انہوں
نے جو پہلا فلیٹ دیا وہ میری سسرال سے دو گلیاں دور، اسی مسجد کے پاس تھا۔ میں نے انکار کیا تو
[[ORGANISATION:L&L Homes]] نے لکھا کہ میں نے 'مناسب پیشکش' ٹھکرائی ہے اور میری درخواست بند کر دی۔

کیسے ٹھیک ہوا: میری IDVA [[PERSON:شیونا میکلاؤڈ]] نے اپنے نمبر [[PHONE:+44 (0)161 496 0915]] سے
ان کی ٹیم سے بات کی اور شکایت درج کی، نمبر [[REFERENCE:LLH-25-C-0392]]۔ پہلے مرحلے میں ہی
[[PERSON:پرینکا شاہ]] نے مانا کہ پیشکش محفوظ نہیں تھی، درخواست بحال کی، اور مجھے Stockport میں
گھر ملا، نئے تالوں کے ساتھ۔ ۲۰۰ پاؤنڈ بھی دیے۔

کیا بدلا: اب وہ گھریلو تشدد کے کیس میں پیشکش سے پہلے پوچھتے ہیں کہ کون سے علاقے خطرناک ہیں، اور
ایسی پیشکش ٹھکرانے پر درخواست بند نہیں ہوتی۔ [[PERSON:مصطفیٰ]] اب نئی نرسری جاتا ہے۔ کوئی بات
کرنا چاہے تو ای میل کرے: [[EMAIL:fariha.safe ایٹ example ڈاٹ org]]۔
"""),
    ),
    (
        "fv2bd-ur-05",
        "ur",
        _s("""
میں [[PERSON:زرینہ بیگ]] ہوں، ہڈرزفیلڈ میں خواتین کی پناہ گاہ [[ADDRESS:Willow Bank]] میں سپورٹ
ورکر۔ یہاں زیادہ تر ہماری اپنی کمیونٹی کی خواتین آتی ہیں، مگر یہ کہانی [[PERSON:اگنیشکا]]
([[PERSON:Agnieszka]]) کی ہے، جو [[OTHER_SPECIAL:پولش]] ہیں اور شادی کے بعد
[[OTHER_SPECIAL:مسلمان]] ہوئیں۔

ان کے شوہر [[PERSON:عدنان یوسفزئی]]، جنہیں دوست [[PERSON:ڈینی]] کہتے ہیں، ان کا فون اور پیسے سب
اپنے پاس رکھتے تھے۔ بیٹی [[PERSON:زویا]] [[AGE:۶ سال]] کی اور بیٹا [[PERSON:ایمل]] [[AGE:۳ سال]] کا
ہے۔ وہ [[ADDRESS:فلیٹ 3B]]، [[ADDRESS:Crosland Heights]]، [[POSTCODE:HD4 5TY]] میں رہتے تھے، مالک
[[ORGANISATION:Colne Holme Housing]]۔ پولیس کرائم نمبر [[REFERENCE:13250154408]]۔

کیا غلط ہوا: [[PERSON:اگنیشکا]] مارچ میں بچوں کے ساتھ ہمارے پاس آئیں۔ شوہر نے پرانا فلیٹ چھوڑ دیا،
مگر [[ORGANISATION:Colne Holme]] ان سے دونوں گھروں کا کرایہ مانگتا رہا، ٹیننسی ختم کرنے سے انکار کیا
اور قرض وصولی والوں کو خط بھیج دیے۔ کسی نے انہیں یہ نہیں بتایا کہ پناہ گاہ میں رہتے ہوئے دو گھروں
کے لیے ہاؤسنگ بینیفٹ مل سکتا ہے۔

کیسے ٹھیک ہوا: میں نے شکایت درج کی، نمبر [[REFERENCE:CHH-2025-0817]]۔ [[PERSON:بریجٹ کیوانا]]
(ٹیننسی مینیجر) نے بقایا جات معاف کیے، ٹیننسی مارچ کی تاریخ سے ختم کی، قرض وصولی کا کیس واپس لیا،
اور دو گھروں کے بینیفٹ کا فارم خود بھرا۔

کیا بدلا: اب [[ORGANISATION:Colne Holme]] پناہ گاہ جانے والی ہر کرایہ دار کو پہلے ہی ہفتے یہ فارم
بھیجتا ہے۔ [[PERSON:اگنیشکا]] کو نیا گھر مل گیا ہے۔ مدد کے لیے ہمارا نمبر، جیسے ہم فون پر بتاتے
ہیں: [[PHONE:صفر سات سات صفر صفر، نو صفر صفر، دو چھ آٹھ]]، یا
[[EMAIL:willowbank.safe@example.org]]۔
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
