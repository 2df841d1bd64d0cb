"""Fresh version-2 PII test stories, batch ad.

Written as if by advocates and interpreters on behalf of residents: a Citizens Advice
adviser, a mosque or gurdwara volunteer, a Polish community centre worker, a Romanian
support worker, a social worker, a grandchild. They write in the third person about the
family ("Mrs K's son", "her husband"), name several family members with their ages, give
their own name and contact details, the interpreter's name, the community place where
they met, hospital and school details, and immigration or benefit details where relevant.
Names in the script languages are sometimes given in both script and Latin letters.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 7 December 2026 at first sight, on the detector as it landed after round 20
(commit e99dcd1, never changed for this batch; the writer saw neither it nor the other
batches): leak-free 54.3% of 35, recall 97.6%, precision 84.3%; leak-free by language
ar 1, bn 3, en 4, pa 3, pl 3, ro 1, ur 4 of 5.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2ad-en-01",
        "en",
        _s("""
I'm [[PERSON:Bernadette Quigley]], a Citizens Advice adviser in Salford, and I'm writing
this with the family's permission. Anyone from another advice service who wants to
compare notes can ring me on [[PHONE:0161 496 0732]] or email
[[EMAIL:b.quigley@example.org]].

Mrs [[PERSON:Adaeze Nwosu]] (born [[DATE_OF_BIRTH:3 August 1988]]) came to our Tuesday
drop-in at [[ADDRESS:Langworthy Community Hub]] in October 2022 with a carrier bag full of
photographs. She lives at [[ADDRESS:Flat 23, Harrowfield Court]], [[POSTCODE:M6 5QX]],
with her husband [[PERSON:Chidi]], their daughter [[PERSON:Ifeoma]], who is [[AGE:9]] and
at [[ADDRESS:St Columba's RC Primary]], and baby [[PERSON:Tobenna]], then
[[AGE:14 months]]. The family are [[OTHER_SPECIAL:Nigerian]] and Mr [[PERSON:Nwosu]] is
here on a [[OTHER_SPECIAL:Health and Care Worker visa]], which made them afraid that
complaining might cause trouble.

Black mould covered the back wall of the children's room. [[PERSON:Tobenna]] was admitted
to Irwell General Hospital twice with [[HEALTH:bronchiolitis]], and the GP at
[[ADDRESS:Seedley Medical Practice]] wrote a letter linking it to the damp (his NHS
number, [[OTHER_ID:485 777 3456]], is on every letter). The landlord,
[[ORGANISATION:Ashgrove Housing Partnership]], had sent [[ORGANISATION:DampGuard North]]
three times to wipe and repaint.

We raised a formal complaint (reference [[REFERENCE:AHP/CMP/22/4471]]). The stage 1 reply
blamed "lifestyle". At stage 2 the complaints manager, [[PERSON:Gareth Lyons]], visited
himself, withdrew that wording and apologised in writing. A surveyor found a failed cavity
tray and missing loft insulation. The family moved for six weeks to [[ADDRESS:number 31]]
across the landing while the wall was rebuilt, fans were fitted, and they received
£1,400.

What [[ORGANISATION:Ashgrove]] say they learned: never to use the word "lifestyle" in a
first reply, to visit within ten working days where a child under two lives, and to
record on the tenancy file when a household has a reason to fear complaining.
[[PERSON:Adaeze]] says the letter from [[PERSON:Gareth]] mattered more than the money.
"""),
    ),
    (
        "fv2ad-en-02",
        "en",
        _s("""
This is about my grandparents, and I'm writing it because Nan's eyesight isn't good
enough to type any more. I'm [[PERSON:Jordan Baptiste-Clarke]], I'm [[AGE:22]], and I
help them with all their letters.

Mrs [[PERSON:Hyacinth Baptiste]] (everybody on the block calls her Auntie
[[PERSON:Cinth]]) was born on [[DATE_OF_BIRTH:the twelfth of May, 1939]]. She and my
grandad, [[PERSON:Winston]], live on the fourteenth floor of [[ADDRESS:Ravensworth Tower]]
on the [[ADDRESS:Ferndale Estate]], the block right behind the [[ADDRESS:Hope and Anchor]],
postcode [[POSTCODE:se249qt]]. They came over from [[OTHER_SPECIAL:Trinidad]] in 1961.
Grandad has [[HEALTH:COPD]] and is on oxygen at home.

In March 2023 both lifts went out for nineteen days. Grandad missed two appointments at
the chest clinic because he can't manage the stairs, and Nan stopped going to
[[ADDRESS:Mount Zion Church of God]] on Sundays, which is her whole week. The landlord,
[[ORGANISATION:Cressford Homes]], kept telling us the part was on order from
[[ORGANISATION:Apex Lift Services]]. The lift job number was [[REFERENCE:LFT-88213]].

I put in a complaint online (reference [[REFERENCE:CRS/2023/0917]]) and gave my mobile,
[[PHONE:oh seven seven double oh, nine double oh, one four two]], and my email,
[[EMAIL:jordan dot bc at example dot net]]. I also posted about it from
[[OTHER_ID:@jordanbc_builds]], which got a lot of neighbours talking. Cllr
[[PERSON:Maureen Adebayo]] came round and saw Grandad's oxygen cylinders in the hallway.

What put it right: [[ORGANISATION:Cressford]] booked a ground-floor hotel room for four
nights, paid for taxis to the clinic, and had a stair-climbing chair team on call. Stage 1
was upheld and they paid £600. More importantly, they now keep a list of every resident
above the fourth floor who can't use stairs, and the lift company has to phone each of
them when a lift goes down. [[PERSON:Winston]] says the young man who rings,
[[PERSON:Kwame]], is very polite, and Auntie [[PERSON:Cinth]] is back in her pew.
"""),
    ),
    (
        "fv2ad-en-03",
        "en",
        _s("""
I am the allocated social worker for Mr [[PERSON:Declan O'Rourke]] and his family, and I
have written this summary with [[PERSON:Declan]] and his wife [[PERSON:Siobhán]] at their
kitchen table. My name is [[PERSON:Priyanka Venkatesh]], adult social care, and my direct
line is [[PHONE:0113 496 0285]] ([[EMAIL:priyanka.venkatesh@example.com]]).

[[PERSON:Declan]] is [[AGE:47]] and has [[HEALTH:multiple sclerosis]]; since 2021 he has
used a wheelchair full time. The family rent [[ADDRESS:12 Cranberry Close]], Huddersfield,
[[POSTCODE:HD2 1XP]], from [[ORGANISATION:Kirkmoor Metropolitan Borough Council]]. Their
son [[PERSON:Cian]] ([[AGE:16]], in Year 11 at [[ADDRESS:Holy Family Catholic High]]) had
been helping his father wash at the kitchen sink for over a year, which nobody should ask
of a teenager.

An occupational therapist, [[PERSON:Hannah Whitlock]], recommended a level-access shower in
January 2022 (adaptation referral [[REFERENCE:DFG-22-0331]]). The council's contractor,
[[ORGANISATION:Northline Adaptations Ltd]], surveyed twice and then the job vanished from
the system. [[PERSON:Siobhán]] phoned eleven times. Each time she had to give
[[PERSON:Declan]]'s National Insurance number, [[NI_NUMBER:QQ 48 21 76 B]], and explain
his condition again to someone new.

We lodged a stage 1 complaint in March 2023 (reference [[REFERENCE:KMC-CF-118204]]). It
was upheld. The shower was fitted within nine weeks, a ramp was added at the back door,
and the disabled bay outside was finally marked for [[PERSON:Declan]]'s car,
[[OTHER_ID:YK17 WDF]], after neighbours kept parking in it. The council paid £950 for the
delay and distress.

Lessons the council told us they have taken on board: adaptation jobs now have a named
officer from referral to completion, the occupational therapy report is attached to the
repair record so families don't have to repeat themselves, and an open adaptation job
can no longer be closed without a call to the household. [[PERSON:Declan]] asked me to add
that [[PERSON:Mick]], the plumber, was "an absolute gent".
"""),
    ),
    (
        "fv2ad-en-04",
        "en",
        _s("""
Assalamu alaikum. I volunteer on the welfare desk at [[ADDRESS:Masjid Ar-Rahma]] in
Easton, and the family I am writing about pray there. I am
[[PERSON:Abdirahman Warsame]] (mobile [[PHONE:07700 900 561]]).

Sister [[PERSON:Hodan Abdi Farah]] and her mother, [[PERSON:Halimo]], who is [[AGE:74]],
share a two-bedroom flat with [[PERSON:Hodan]]'s four children: [[PERSON:Ayaan]]
([[AGE:13]]), the twins [[PERSON:Liban]] and [[PERSON:Sagal]] ([[AGE:6]]), and
[[PERSON:Zakariye]], who is [[AGE:3]]. Their address is
[[ADDRESS:Flat 6, 41 Dunsford Road]], Bristol [[POSTCODE:BS5 0QN]], the flat above
[[ADDRESS:Barwaaqo Grocery]]. The family are [[OTHER_SPECIAL:Somali]] and were granted
[[OTHER_SPECIAL:refugee status]] in 2019; [[PERSON:Hodan]]'s residence permit number is
[[OTHER_ID:ZR7731024]], which the housing office photocopied three times.

Seven people in two bedrooms was bad enough. Then came cockroaches, from the shop's store
room below into the kitchen and the boys' room. [[PERSON:Ayaan]] was ashamed to bring
friends home from [[ADDRESS:Easton Park Academy]]. The landlord,
[[ORGANISATION:Avonmere Housing]], sent [[ORGANISATION:Kleenpest]] to spray the flat four
times but never the shop, so they always came back.

With an interpreter, Sister [[PERSON:Maryan Hussein]], we made a formal complaint
(reference [[REFERENCE:AVH-COMP-30982]]) and asked for the family's housing register
priority to be looked at again (register number [[REFERENCE:HR558102]]). Stage 2 agreed
that treating only one unit of a building was a failure. The whole building, shop
included, was treated and sealed; the family were moved up to Band A for overcrowding, and
in November they were offered a four-bedroom house at [[ADDRESS:17 Weston Grove]].
[[PERSON:Halimo]] now has a ground-floor room of her own.

[[ORGANISATION:Avonmere]] told us they now treat pests by building, not by flat, and that
they will book an interpreter in the family's own language from the first call, not the
third. Anyone who wants help can email the desk at
[[EMAIL:welfare.arrahma@example.org]].
"""),
    ),
    (
        "fv2ad-en-05",
        "en",
        _s("""
I do seva at [[ADDRESS:Guru Teg Bahadur Gurdwara]] in Handsworth, and on Wednesday
afternoons I help older members of the sangat with letters. My name is
[[PERSON:Manpreet Kaur Dhillon]]; phone [[PHONE:0121 496 0877]], email
[[EMAIL:manpreet.dhillon@example.net]].

Bibi [[PERSON:Gurbachan Kaur]] is [[AGE:79]] and lives alone at
[[ADDRESS:54 Linwood Road]], [[POSTCODE:B21 9RT]], two doors up from
[[ADDRESS:Sandhu Sweet Centre]]. Her passport gives her date of birth as
[[DATE_OF_BIRTH:01/01/1945]], like so many of her generation from villages near
Jalandhar. She is [[OTHER_SPECIAL:amritdhari]], has [[HEALTH:type 2 diabetes]] and
[[HEALTH:arthritis]] in both hands, and her grandson [[PERSON:Sandeep]], who everyone calls
[[PERSON:Sunny]], usually does her shopping.

Her boiler failed on 2 December 2022. The landlord, [[ORGANISATION:Blackbrook Homes]],
logged it as job [[REFERENCE:BBH-R-772091]] and sent
[[ORGANISATION:Heatsure Gas Services]], who fitted a part that failed again within a day.
For sixteen days she had two small fan heaters and no hot water; she was washing with
water boiled in a kettle. [[PERSON:Sunny]] rang every day and was told she was "not a
priority" because the records said she lived with family.

We complained together in Punjabi and English (complaint number
[[REFERENCE:CMP-41177]]). The stage 1 response was honest: the household record was twelve
years out of date, and it still listed her late husband, [[PERSON:Kartar Singh]]. A new
boiler was fitted the next day and [[ORGANISATION:Blackbrook]] paid £520 into her account
ending [[OTHER_ID:3318]], sort code [[OTHER_ID:30-94-57]].

Lessons: [[ORGANISATION:Blackbrook]] now checks who lives in a home every time a
vulnerable tenant reports no heat, and offers a Punjabi speaker on the repairs line. The
officer who sorted it, [[PERSON:Grace Mensah]], came to the gurdwara to say sorry in
person, which meant a great deal to Bibi ji. She told me to mark that down.
"""),
    ),
    (
        "fv2ad-ar-01",
        "ar",
        _s("""
أكتب هذه الشهادة بصفتي متطوعًا في لجنة الشؤون الاجتماعية في [[ADDRESS:مسجد الهدى]] في
كوفنتري، وبإذن من العائلة. اسمي [[PERSON:حسام الدين قاسم]] ([[PERSON:Hussam Eddin Qasim]])،
ورقمي [[PHONE:07700 900318]] لمن أراد التواصل.

تعرّفت على السيد [[PERSON:عمر الحلبي]] بعد صلاة الجمعة، حين سألني إن كنت أعرف كيف تُكتب
شكوى رسمية بالإنجليزية. يسكن [[PERSON:عمر]] مع زوجته [[PERSON:رنا]] وأطفالهما الثلاثة في
[[ADDRESS:Flat 7, 22 Elmore Street]]، [[POSTCODE:CV6 4JS]]. الابنة الكبرى [[PERSON:ليان]]
عمرها [[AGE:ثماني سنوات]] وتدرس في مدرسة [[ADDRESS:Whitmore Park Primary]]، و[[PERSON:يوسف]]
في [[AGE:الخامسة]] من عمره، أما الصغيرة [[PERSON:جود]] فلم تكمل سنتها الأولى بعد. العائلة
[[OTHER_SPECIAL:سورية]] وصلت إلى بريطانيا عام ٢٠١٨ ضمن
[[OTHER_SPECIAL:برنامج إعادة توطين اللاجئين]].

منذ شتاء ٢٠٢١ والعفن الأسود يغطي جدار غرفة الأطفال وسقف الحمّام. [[PERSON:ليان]] تعاني من
[[HEALTH:الربو]]، ونُقلت مرتين إلى قسم الطوارئ في مستشفى المدينة. كانت الجهة المؤجِّرة،
[[ORGANISATION:Midcross Housing]]، ترسل عاملًا يمسح الجدران بمادة مبيّضة ثم يذهب. رقم طلب
الإصلاح الأول كان [[REFERENCE:MX-R-205531]].

قدّمنا شكوى رسمية في المرحلة الأولى (رقم الشكوى [[REFERENCE:MXH/C/7719]]) وأرفقنا رسالة
طبيب العائلة في [[ADDRESS:Stoney Stanton Health Centre]]. جاء الرد بعد أسبوعين يعِد
بالمعاينة، لكن لم يأتِ أحد. في المرحلة الثانية تولّت الملف السيدة [[PERSON:كلير دوسون]]
([[PERSON:Claire Dawson]])، فزارت البيت بنفسها مع مترجمة اسمها [[PERSON:نسرين]]، واعترفت
بأن المشكلة في التهوية والعزل لا في "نمط حياة" العائلة كما قيل في الرد الأول.

خلال شهرين رُكّبت مراوح شفط في المطبخ والحمّام، وعُزلت الجدران الخارجية، وأعيد طلاء
الغرف، ودُفع للعائلة تعويض قدره ٧٥٠ جنيهًا إسترلينيًا.

أما الدروس التي قالت [[ORGANISATION:Midcross]] إنها تعلّمتها فهي: أن تُرسل مترجمًا من أول
زيارة، وألا تُغلق طلب إصلاح قبل أن يؤكد السكان أن المشكلة انتهت، وأن تعامل أي بيت فيه
طفل مريض كحالة عاجلة. ومن احتاج مساعدة في شكوى مشابهة يمكنه مراسلتي على
[[EMAIL:h.qasim@example.org]].
"""),
    ),
    (
        "fv2ad-ar-02",
        "ar",
        _s("""
أنا [[PERSON:نور الهدى الجبوري]]، مترجمة مستقلة أعمل مع البلديات والمستشفيات في غرب لندن.
رافقتُ الحاج [[PERSON:كاظم عبد الأمير]] وزوجته [[PERSON:زهرة]]، التي يناديها الجميع في
العمارة [[PERSON:أم علاء]]، طوال شكواهما، وهذه خلاصة ما جرى كما رويناه معًا.

الحاج [[PERSON:كاظم]] من مواليد [[DATE_OF_BIRTH:الثاني من آذار ١٩٤١]]، ويعاني من
[[HEALTH:مرض باركنسون]]، أما الحاجة [[PERSON:زهرة]] فعندها [[HEALTH:هشاشة عظام]] شديدة.
يسكنان منذ عشرين عامًا في [[ADDRESS:الشقة رقم 53]] في الطابق التاسع من
[[ADDRESS:Brambling House]]، ضمن [[ADDRESS:Elmgrove Estate]]، والرمز البريدي
[[POSTCODE:W3 8QD]]. ابنهما [[PERSON:علاء]] يعيش في مانشستر ولا يستطيع الحضور إلا في
العطل.

في تشرين الثاني ٢٠٢٢ تعطّل المصعدان معًا خمسة أسابيع. لم يخرج الحاج من البيت طوال تلك
المدة، وفاته موعدان في عيادة الأعصاب، ولم يعد الزوجان يذهبان إلى صلاة الجمعة في
[[ADDRESS:مركز الإمام علي الإسلامي]]. كانت جارتهما [[PERSON:دورين]] من [[ADDRESS:الشقة 52]]
تحمل لهما الخبز والدواء. وكانت الجهة المالكة، [[ORGANISATION:Westway Crescent Homes]]،
تكرر أن القطعة في الطريق من شركة [[ORGANISATION:LiftCare UK]].

قدّمنا الشكوى في المرحلة الأولى برقم [[REFERENCE:WCH-88104]]، ثم رفعناها إلى أمين المظالم
للإسكان (رقم القضية [[REFERENCE:202302284]]) لأن الرد تأخر ستة أسابيع. بعد ذلك تحركت
الأمور: نُقل الزوجان مؤقتًا إلى شقة أرضية، وأُصلح أحد المصعدين خلال أيام، ودُفع لهما
١١٠٠ جنيه. وطلبت مديرة الخدمات، السيدة [[PERSON:بريندا أوكافور]]، أن يُسجَّل رقم الخدمة
الصحية للحاج [[OTHER_ID:٦٢١ ٤٤٠ ٩٨٣٧]] في ملف الاحتياجات الخاصة حتى يتصل به فريق
الطوارئ.

تقول [[ORGANISATION:Westway Crescent]] إنها صارت تحتفظ بقائمة السكان الذين لا يستطيعون
صعود الدرج، وتتصل بكل واحد منهم يوميًا أثناء أي عطل، وتحجز مترجمًا منذ المكالمة الأولى.
للتواصل معي: [[PHONE:+44 (0)20 7946 0419]] أو [[EMAIL:noor.aljubouri@example.net]].
"""),
    ),
    (
        "fv2ad-ar-03",
        "ar",
        _s("""
اسمي [[PERSON:سلمى الشرعبي]]، عمري [[AGE:١٩ سنة]]، أدرس القانون في الجامعة، وأكتب
هذه القصة نيابة عن جدّي لأن إنجليزيته لا تسعفه في الرسائل الرسمية.

جدّي الحاج [[PERSON:ناجي سيف الشرعبي]] [[OTHER_SPECIAL:يمني]] الأصل، جاء إلى شيفيلد في
الستينيات وعمل في مصانع الصلب أربعين سنة. يعيش اليوم وحده في الطابق الأرضي في
[[ADDRESS:14 Abbeyfield Walk]]، [[POSTCODE:S4 7WN]]، خلف [[ADDRESS:مسجد أبو بكر الصديق]]
مباشرة. عمره [[AGE:٨٣ عامًا]]، ويعاني من [[HEALTH:السكري]] و[[HEALTH:ضعف السمع]].

في صيف ٢٠٢٢ بدأ الماء يتسرب من سقف المطبخ من الشقة التي فوقه، [[ADDRESS:رقم 16]]. وفي
الوقت نفسه كان في تلك الشقة سكان جدد يشغّلون الموسيقى حتى الفجر ويرمون القمامة من
النافذة. اتصلنا بالجهة المالكة [[ORGANISATION:Don Valley Homes]] مرات لا تُحصى، وأُرسلت
شركة [[ORGANISATION:Hallam Plumbing & Heating]] مرتين دون أن يصعد أحد إلى الشقة العليا.
رقم طلب الإصلاح [[REFERENCE:DVH-REP-66120]]، ورقم ملف السلوك المزعج
[[REFERENCE:ASB/23/0412]].

كتبت الشكوى بنفسي من بريدي [[EMAIL:salma.sharabi@example.com]]، وساعدني ابن عمي
[[PERSON:حمّود]] في تصوير السقف. نشرت الصور على حسابي [[OTHER_ID:@salma.sh_law]] فتواصل
معي مسؤول الإسكان [[PERSON:جيمي روبر]] ([[PERSON:Jamie Roper]]) في اليوم نفسه، وهذا للأمانة
ما حرّك الملف. رقمه المباشر [[PHONE:0114 496 0532]].

النتيجة: أُصلح الأنبوب المكسور في الشقة العليا، وبُدّل سقف مطبخ جدّي، ونُقل الجيران
المزعجون بعد إنذار رسمي، ودُفع لجدّي ٤٥٠ جنيهًا. والدرس الذي قالت
[[ORGANISATION:Don Valley]] إنها تعلّمته: أن التسرب من شقة إلى أخرى يُفتح له ملف واحد
للشقتين، وأن المستأجر الكبير في السن الذي لا يسمع جيدًا يُراسَل كتابيًا ويُتصل بأحد أقاربه
بعد موافقته. جدّي [[PERSON:ناجي]] يقول إنه ينام الآن دون أن يخاف أن يسقط السقف فوقه.
"""),
    ),
    (
        "fv2ad-ar-04",
        "ar",
        _s("""
أعمل أخصائية اجتماعية في فريق دعم الأسر بمدينة ليدز، واسمي [[PERSON:أماني عثمان]]. أكتب
هذا الملخص عن أسرة أتابعها منذ عامين، بعد أن قرأته الأم ووافقت على نشره.

السيدة [[PERSON:إخلاص محمد أحمد]] أم [[OTHER_SPECIAL:سودانية]] حصلت على
[[OTHER_SPECIAL:حق اللجوء]] عام ٢٠٢٠، وتعيش مع أطفالها الأربعة في بيت من غرفتين في
[[ADDRESS:38 Grangefield Terrace]]، ليدز [[POSTCODE:LS8 3PY]]. الأطفال: [[PERSON:مازن]]
([[AGE:١٢ سنة]])، و[[PERSON:ريان]] المولود في [[DATE_OF_BIRTH:الخامس عشر من مارس ٢٠١٤]]
وعنده [[HEALTH:اضطراب طيف التوحد]]، و[[PERSON:هبة]] ([[AGE:٧ سنوات]])، والصغير
[[PERSON:عبد الرحمن]] الذي تناديه أمه [[PERSON:عبّودي]] وعمره [[AGE:سنتان]]. يدرس
[[PERSON:ريان]] في [[ADDRESS:Oakwood Lane Primary]]، والأسرة مسجلة لدى
[[ADDRESS:Roundhay Road Surgery]].

كانت المشكلة مزدوجة: الاكتظاظ، والفئران. كانت الفئران تخرج من تحت أرضية المطبخ،
و[[PERSON:ريان]] لا يحتمل الأصوات المفاجئة فكان يصرخ ليالي كاملة. أرسلت الجهة المالكة
[[ORGANISATION:Aire Valley Living]] شركة [[ORGANISATION:PestAway Yorkshire]] ثلاث مرات،
فوضعوا سمًّا في أماكن يصل إليها [[PERSON:عبّودي]]. رقم الشكوى [[REFERENCE:AVL-CS-20931]]،
ورقم الأسرة في سجل الإسكان [[REFERENCE:LHR/0098213]].

بعد المرحلة الثانية من الشكوى اعترفت [[ORGANISATION:Aire Valley Living]] بأنها لم تسجّل
احتياجات [[PERSON:ريان]]، وبأن استخدام السم في بيت فيه طفل صغير خطأ. سُدّت الفتحات تحت
الأرضية بالكامل، ورُفعت أولوية الأسرة في السجل، وانتقلت في أيار إلى بيت من أربع غرف في
[[ADDRESS:رقم 9 Chapel Fold]]. كما دُفع تعويض قدره ٨٠٠ جنيه.

الدرس الأهم في رأيي أن الجهة المالكة صارت تسأل عن الإعاقات والاحتياجات عند أول بلاغ، لا
عند الشكوى الثانية. يمكن التواصل معي على [[PHONE:0113 496 0614]] أو
[[EMAIL:amani.osman@example.org]].
"""),
    ),
    (
        "fv2ad-ar-05",
        "ar",
        _s("""
أنا [[PERSON:يونس بنعلي]] ([[PERSON:Younes Benali]])، منسّق الاستشارات في
[[ADDRESS:جمعية الأطلس المغربية]] في شمال كنسينغتون، حيث تأتي أسر كثيرة كل سبت لتعلّم
العربية ولطلب المساعدة في الأوراق. صفحتنا على إنستغرام [[OTHER_ID:@atlas_assoc_w10]]،
ورقم المكتب [[PHONE:020 7946 0725]].

السيدة [[PERSON:فاطمة الزهراء العلمي]] (مواليد [[DATE_OF_BIRTH:09/11/1986]]) تسكن مع زوجها
[[PERSON:رشيد]] وطفليهما في [[ADDRESS:الشقة 19]] من [[ADDRESS:Treverton Court]]، والرمز
البريدي [[POSTCODE:w105xt]]. ابنهما [[PERSON:إلياس]] عمره [[AGE:١١ عامًا]] ويدرس في
[[ADDRESS:Kensal Brook Primary]]، وعنده [[HEALTH:فقر الدم المنجلي]]، والبرد يسبب له
نوبات ألم تنتهي أحيانًا في المستشفى. أما أخته [[PERSON:سُكينة]] فعمرها [[AGE:أربع سنوات]].

في كانون الأول ٢٠٢٢ انقطعت التدفئة والماء الساخن. قالت الجهة المالكة
[[ORGANISATION:Westbourne Vale Homes]] إن المقاول [[ORGANISATION:Thermacore Services]] زار
الشقة ولم يجد أحدًا. لكن الجار صوّر شاحنة المقاول، ورقم لوحتها [[OTHER_ID:GN68 XWB]]، وهي
تقف دقيقتين ثم تغادر دون أن يطرق أحد الباب. دخل [[PERSON:إلياس]] المستشفى مرتين في ذلك
الشهر.

ساعدتُ السيدة [[PERSON:فاطمة الزهراء]] في كتابة الشكوى (الرقم [[REFERENCE:WVH-2212-0458]]) مع
الفيديو ورسالة من طبيب الدم. اعتذرت [[ORGANISATION:Westbourne Vale]] في الرد الأول، وأُصلح
المرجل في اليوم التالي، وحصلت الأسرة على ٦٥٠ جنيهًا ومدفأتين كهربائيتين، وفُتح تحقيق مع
المقاول.

الدروس كما كتبتها الجهة المالكة في ردّها: لا يُقبل بعد اليوم تقرير "لا أحد في البيت" دون
صورة للباب ورسالة نصية للساكن، وكل بيت فيه طفل مريض مرضًا مزمنًا يُصلَح فيه انقطاع التدفئة
خلال ٢٤ ساعة. يمكن مراسلة الجمعية على [[EMAIL:younes.benali@example.org]].
"""),
    ),
    (
        "fv2ad-bn-01",
        "bn",
        _s("""
আমার নাম [[PERSON:তাহমিনা রহমান]] ([[PERSON:Tahmina Rahman]])। আমার বয়স [[AGE:২৪]], আর আমি
নানির হয়ে এই লেখাটা লিখছি, কারণ নানি ইংরেজি পড়তে পারেন না। নানির নাম
[[PERSON:রোকেয়া খাতুন]], জন্ম [[DATE_OF_BIRTH:১২ই মার্চ ১৯৫২]]। তিনি আমার ছোট মামা
[[PERSON:জুবায়ের]] আর মামাতো ভাই [[PERSON:রিয়াদ]]-কে নিয়ে থাকেন
[[ADDRESS:ফ্ল্যাট ৪২, বেক্সফোর্ড হাউস]]-এ, পোস্টকোড [[POSTCODE:E1 4TQ]]। বিল্ডিংটা
[[ADDRESS:বায়তুল আমান মসজিদ]]-এর ঠিক উল্টো দিকে। [[PERSON:রিয়াদ]]-এর বয়স [[AGE:৮ বছর]],
সে [[ADDRESS:Mile End Park Primary]]-তে পড়ে।

২০২২ সালের শীতে নানির শোবার ঘরের দেয়াল আর জানালার চারপাশ কালো ছত্রাকে ভরে যায়। নানির
[[HEALTH:সিওপিডি]] আছে, আর [[PERSON:রিয়াদের]] [[HEALTH:হাঁপানি]]। দুজনকেই বারবার ডাক্তারের
কাছে যেতে হয়। বাড়িওয়ালা [[ORGANISATION:Poplar Riverside Homes]] তিনবার
[[ORGANISATION:ম্যাক্সওয়েল বিল্ডিং সার্ভিসেস]]-কে পাঠায়, তারা শুধু দেয়াল মুছে রং করে চলে যায়।
দুই সপ্তাহ পরে আবার সব আগের মতো।

আমি নানির হয়ে অনলাইনে অভিযোগ করি, রেফারেন্স [[REFERENCE:PRH-C-55120]]। প্রথম ধাপের উত্তরে
বলা হয়, ঘরের ভেতর কাপড় শুকানোর কারণে এমন হচ্ছে। কথাটা ঠিক ছিল না, নানি কাপড় লন্ড্রিতে
দেন। দ্বিতীয় ধাপে হাউজিং অফিসার [[PERSON:লুসি]] ([[PERSON:Lucy Barnard]]) নিজে এসে দেখেন,
সঙ্গে দোভাষী ছিলেন [[PERSON:আফসানা]] আপা। তাঁরা দেখেন, বাইরের দেয়ালের পাইপ ফেটে পানি
ভেতরে ঢুকছে।

এরপর পাইপ বদলানো হয়, দেয়াল শুকিয়ে নতুন প্লাস্টার করা হয়, রান্নাঘর আর বাথরুমে ফ্যান
লাগানো হয়, আর নানিকে ৯০০ পাউন্ড ক্ষতিপূরণ দেওয়া হয়। সবচেয়ে বড় কথা,
[[ORGANISATION:Poplar Riverside]] এখন লিখিতভাবে স্বীকার করেছে যে প্রথমেই বাসিন্দাকে দোষ দেওয়া
ভুল ছিল। তারা বলেছে, এখন থেকে ছত্রাকের অভিযোগে আগে সার্ভেয়ার যাবে, রং করার লোক পরে।

কারও এ রকম সমস্যা থাকলে আমাকে লিখতে পারেন: [[EMAIL:tahmina.r@example.com]], অথবা ফোন
[[PHONE:০৭৭০০ ৯০০৬২৭]]।
"""),
    ),
    (
        "fv2ad-bn-02",
        "bn",
        _s("""
আমি [[PERSON:শামীম আহমেদ]], ওল্ডহ্যামে সিটিজেনস অ্যাডভাইসের একজন উপদেষ্টা। প্রতি বৃহস্পতিবার
[[ADDRESS:শাপলা কমিউনিটি সেন্টার]]-এ আমাদের বাংলা ভাষার পরামর্শ সেশন হয়। সেখানেই
[[PERSON:আব্দুল মালিক]] সাহেব আর তাঁর স্ত্রী [[PERSON:নাজমা বেগম]]-এর সঙ্গে আমার পরিচয়।

[[PERSON:মালিক]] পরিবারের আট জন থাকেন তিন বেডরুমের একটা বাড়িতে, [[ADDRESS:27 Coldbrook Street]],
[[POSTCODE:OL1 2ZQ]]। বড় মেয়ে [[PERSON:সুমাইয়া]] ([[AGE:১৭]]) [[ADDRESS:Werneth Sixth Form College]]-এ
এ-লেভেল পড়ে, পড়ার জন্য একটা টেবিল রাখার জায়গাও নেই। [[PERSON:ইমরান]]-এর বয়স [[AGE:১৪]], তার
[[HEALTH:মৃগীরোগ]] আছে, রাতে খিঁচুনি হলে যমজ ভাই [[PERSON:হাসান]] আর [[PERSON:হোসেন]] ([[AGE:১০]])
ঘুম ভেঙে ভয় পায়। ছোট দুজন, [[PERSON:মারিয়া]] ([[AGE:৫]]) আর [[PERSON:আয়ান]]
([[AGE:২ বছর]]), বাবা-মায়ের ঘরে ঘুমায়।

২০১৯ সাল থেকে পরিবারটি হাউজিং রেজিস্টারে আছে, নম্বর [[REFERENCE:OHR-2019-44871]]।
কিন্তু [[ORGANISATION:Pennine Edge Housing]]-এর রেকর্ডে দেখানো হচ্ছিল চার সন্তান, কারণ
[[PERSON:আয়ান]] আর [[PERSON:মারিয়া]]-র জন্মের তথ্য কেউ যোগ করেনি। [[PERSON:নাজমা]] আপা তিনবার
জন্ম সনদ জমা দিয়েছেন, প্রতিবার নিজের ন্যাশনাল ইন্স্যুরেন্স নম্বর
[[NI_NUMBER:QQ 71 05 39 D]] দিয়ে।

আমরা আনুষ্ঠানিক অভিযোগ করি, রেফারেন্স [[REFERENCE:PEH/COMP/3390]]। কাউন্সিলর
[[PERSON:মনোয়ারা খানম]]-ও একটা চিঠি দেন। প্রথম ধাপেই [[ORGANISATION:Pennine Edge]] ভুল স্বীকার
করে। পরিবারটিকে সর্বোচ্চ অগ্রাধিকারে তোলা হয়, আর চার মাস পরে তাঁরা পাঁচ বেডরুমের একটা বাড়ি
পান, [[ADDRESS:৮ নম্বর ফার্নলি অ্যাভিনিউ]]-তে। ক্ষতিপূরণ হিসেবে ৪০০ পাউন্ড দেওয়া হয়।

[[ORGANISATION:Pennine Edge]] জানিয়েছে, এখন থেকে কেউ পরিবারের সদস্য বাড়ার কাগজ দিলে সেটা
পাঁচ কর্মদিবসের মধ্যে রেকর্ডে তোলা হবে, আর বাসিন্দাকে লিখিত নিশ্চিতকরণ পাঠানো হবে।
আমার সঙ্গে যোগাযোগ: [[PHONE:0161 496 0593]], [[EMAIL:shamim.ahmed@example.org]]।
"""),
    ),
    (
        "fv2ad-bn-03",
        "bn",
        _s("""
আসসালামু আলাইকুম। আমি [[PERSON:ফয়সাল করিম]], বার্মিংহামের [[ADDRESS:নূরুল ইসলাম জামে মসজিদ]]-এর
কল্যাণ কমিটির স্বেচ্ছাসেবক। মসজিদের মুসল্লিদের মধ্যে যাঁরা ইংরেজিতে চিঠিপত্র বোঝেন না,
আমরা তাঁদের সাহায্য করি।

হাজী [[PERSON:আব্দুল গফুর]] সাহেবের বয়স [[AGE:৮৬]]। পাসপোর্টে তাঁর জন্মতারিখ লেখা
[[DATE_OF_BIRTH:১৯৩৭ সালের পহেলা জানুয়ারি]]। তিনি একা থাকেন [[ADDRESS:ডানমোর টাওয়ার]]-এর
[[ADDRESS:১১০ নম্বর ফ্ল্যাট]]-এ, পোস্টকোড [[POSTCODE:B8 1LW]]। তাঁর [[HEALTH:হার্টের অসুখ]] আছে,
আর গত বছর থেকে হালকা [[HEALTH:ডিমেনশিয়া]] ধরা পড়েছে। একমাত্র ছেলে [[PERSON:মাসুদ]] লুটনে
থাকেন, সপ্তাহে একবার আসেন।

টাওয়ারে কমিউনাল হিটিং। ২০২৩ সালের জানুয়ারিতে পুরো ব্লকের গরম পানি আর হিটিং এগারো দিন বন্ধ
ছিল। বাড়িওয়ালা [[ORGANISATION:Saltley Gate Homes]] বলে, ঠিকাদার
[[ORGANISATION:Vortex Heat Networks]] কাজ করছে। কিন্তু [[PERSON:গফুর]] চাচা দরজায় চিঠি পেলেও পড়তে পারেননি,
আর হিটারের যে ব্যবস্থা দেওয়া হচ্ছিল সেটা তিনি জানতেই পারেননি। জুমার নামাজে না আসায় আমরা
খোঁজ নিতে যাই, গিয়ে দেখি তিনি তিনটা কম্বল গায়ে দিয়ে বসে আছেন।

আমরা সেদিনই [[PERSON:মাসুদ]] ভাইকে ফোন করি (তাঁর নম্বর [[PHONE:07700 900 482]]) আর একসঙ্গে
অভিযোগ করি, রেফারেন্স [[REFERENCE:SGH-HT-10672]]। উত্তর দেন [[PERSON:ডেবোরা কিং]]
([[PERSON:Deborah King]]), তিনি ক্ষমা চেয়ে সেদিনই দুটো তেলের হিটার পাঠান। দ্বিতীয় ধাপে
স্বীকার করা হয় যে দুর্বল বাসিন্দাদের তালিকায় [[PERSON:গফুর]] চাচার নাম ছিল না, যদিও তাঁর জিপি
[[ADDRESS:Washwood Heath Medical Centre]] আগেই চিঠি দিয়েছিল।

এখন [[ORGANISATION:Saltley Gate]] প্রতিটি ব্লকের দুর্বল বাসিন্দাদের তালিকা রাখে, হিটিং বন্ধ হলে
প্রথম দিনেই তাঁদের দরজায় গিয়ে কথা বলে, আর চিঠি বাংলা ও উর্দুতেও দেয়। চাচাকে ৩৫০ পাউন্ড
ক্ষতিপূরণও দেওয়া হয়েছে। কোনো ভাই-বোনের সাহায্য লাগলে লিখুন:
[[EMAIL:faisal dot karim at example dot com]], অথবা মসজিদ অফিসে ফোন করুন
[[PHONE:0121 496 0149]]।
"""),
    ),
    (
        "fv2ad-bn-04",
        "bn",
        _s("""
আমি [[PERSON:রুমানা চৌধুরী]], লুটনের [[ADDRESS:সখী উইমেন্স সেন্টার]]-এর সাপোর্ট ওয়ার্কার। সোমবার
সকালের সেলাই ক্লাসে [[PERSON:শিরিন আক্তার]] ([[PERSON:Shirin Akhter]]) প্রথম আমাকে তাঁর বাসার
ছাদের ছবি দেখান।

[[PERSON:শিরিন]] তাঁর স্বামী [[PERSON:কামরুল ইসলাম]] আর দুই সন্তানকে নিয়ে থাকেন
[[ADDRESS:৯বি, মার্লবরো রোড]]-এ, পোস্টকোড [[POSTCODE:lu48qn]]। ছেলে [[PERSON:তানভীর]]-এর বয়স
[[AGE:১১ বছর]], সে [[ADDRESS:Dallow Brook Primary]]-তে পড়ে। মেয়ে [[PERSON:নাফিসা]] তখন মাত্র
[[AGE:৮ মাস]]। [[PERSON:শিরিন]] এখনো [[OTHER_SPECIAL:স্পাউস ভিসায়]] আছেন (বিআরপি নম্বর
[[OTHER_ID:RF4120876]]), তাই তাঁর ভয় ছিল অভিযোগ করলে ভিসায় সমস্যা হবে। আমি তাঁকে বুঝিয়েছি,
বাড়ির মেরামতের অভিযোগের সঙ্গে ভিসার কোনো সম্পর্ক নেই।

উপরের ফ্ল্যাটের বাথরুম থেকে মাসের পর মাস পানি চুইয়ে পড়ছিল। এক রাতে বাচ্চাদের ঘরের ছাদের
একটা অংশ ভেঙে [[PERSON:নাফিসার]] খাটের পাশে পড়ে। ভাগ্য ভালো, সে তখন মায়ের কোলে ছিল।
বাড়িওয়ালা [[ORGANISATION:Chiltern Gate Housing]]-কে আগে চারবার জানানো হয়েছিল, জব নম্বর
[[REFERENCE:CGH-449027]]।

আমরা সেই সপ্তাহেই আনুষ্ঠানিক অভিযোগ করি (রেফারেন্স [[REFERENCE:CGH/CF/2023/118]])। পরিবারটিকে
তিন সপ্তাহ একটা হোটেলে রাখা হয়, উপরের ফ্ল্যাটের বাথরুমের পাইপ বদলানো হয়, ছাদ নতুন করে
বানানো হয়। ক্ষতিপূরণ ১,২০০ পাউন্ড, আর নষ্ট হওয়া খাট আর কার্পেটের দাম আলাদা।

[[ORGANISATION:Chiltern Gate]] বলেছে, এখন থেকে ছাদ থেকে পানি পড়ার যেকোনো অভিযোগ জরুরি হিসেবে
২৪ ঘণ্টার মধ্যে দেখা হবে, আর উপরের ফ্ল্যাটেও একই দিনে পরিদর্শন হবে। দোভাষীর কাজ করেছেন
আমাদের সেন্টারের [[PERSON:জেসমিন]]। যোগাযোগ: [[PHONE:01632 960 522]],
[[EMAIL:rumana.sakhi@example.org]]।
"""),
    ),
    (
        "fv2ad-bn-05",
        "bn",
        _s("""
আমি [[PERSON:ইয়াসমিন হক]], ব্র্যাডফোর্ডে শিশু প্রতিবন্ধী দলের সোশ্যাল ওয়ার্কার। এই লেখাটা
[[PERSON:হোসেন]] পরিবারের অনুমতি নিয়ে লিখছি।

[[PERSON:মুহাম্মদ জাকির হোসেন]] ও [[PERSON:রাবেয়া বেগম]] তাঁদের ছেলে [[PERSON:আরিফ]]-কে নিয়ে থাকেন
[[ADDRESS:63 Thornbury Grove]], [[POSTCODE:BD3 9LS]]। [[PERSON:আরিফ]]-এর বয়স [[AGE:১৪]], তার
[[HEALTH:সেরিব্রাল পালসি]] আছে, সে হুইলচেয়ার ব্যবহার করে আর [[ADDRESS:Fernhill Park School]]-এ
পড়ে। ছোট বোন [[PERSON:তাসনিম]] ([[AGE:৯]]) পাশের প্রাইমারি স্কুলে যায়।

২০২২ সালের বসন্ত থেকে পাশের কয়েকটা কিশোর ছেলে তাঁদের দরজায় ডিম ছুড়তে শুরু করে, আর
পরিবারটি [[OTHER_SPECIAL:মুসলিম]] বলে গালাগালি করে। একবার তারা [[PERSON:আরিফ]]-এর হুইলচেয়ার
নেওয়ার গাড়িটার (নম্বর [[OTHER_ID:YD20 HPC]]) গায়ে আঁচড় কাটে। [[PERSON:জাকির]] সাহেব বাড়িওয়ালা
[[ORGANISATION:Airedale Community Homes]]-কে সাতবার ফোন করেন। অ্যান্টিসোশ্যাল বিহেভিয়ার কেস
নম্বর ছিল [[REFERENCE:ASB-BD-23-0765]], আর পুলিশের ক্রাইম রেফারেন্স
[[REFERENCE:13230456721]]। কিন্তু প্রতিবার নতুন কেউ ফোন ধরত, আর কেউ ফিরে ফোন করত না।

আমি একটা মিটিং ডাকি, সেখানে ছিলেন [[ORGANISATION:Airedale]]-এর কমিউনিটি সেফটি অফিসার
[[PERSON:ক্রেগ ডানবার]] ([[PERSON:Craig Dunbar]]) আর আমাদের দোভাষী [[PERSON:সেলিনা]]। আমরা
লিখিত অভিযোগ করি (রেফারেন্স [[REFERENCE:ACH-C-7712]])। এরপর বাড়ির সামনে সিসিটিভি বসানো হয়,
ছেলেগুলোর পরিবারকে সতর্ক করা হয়, আর একজনের বিরুদ্ধে ইনজাংশন নেওয়া হয়। গাড়ির মেরামতের
খরচসহ পরিবারটিকে ৭৫০ পাউন্ড দেওয়া হয়।

[[ORGANISATION:Airedale]] স্বীকার করেছে, ঘৃণাজনিত হয়রানির অভিযোগে একজন নির্দিষ্ট অফিসার থাকা
উচিত ছিল শুরু থেকেই। এখন তাই হয়, আর প্রতি সপ্তাহে পরিবারকে আপডেট দেওয়া হয়। আমার সঙ্গে
যোগাযোগ: [[PHONE:01632 960 381]], [[EMAIL:yasmin.haque@example.net]]।
"""),
    ),
    (
        "fv2ad-pa-01",
        "pa",
        _s("""
ਵਾਹਿਗੁਰੂ ਜੀ ਕਾ ਖ਼ਾਲਸਾ, ਵਾਹਿਗੁਰੂ ਜੀ ਕੀ ਫ਼ਤਿਹ। ਮੇਰਾ ਨਾਮ [[PERSON:ਗੁਰਮੀਤ ਸਿੰਘ ਬਾਜਵਾ]]
([[PERSON:Gurmeet Singh Bajwa]]) ਹੈ। ਮੈਂ ਸਲੋਅ ਦੇ [[ADDRESS:ਗੁਰਦੁਆਰਾ ਸ੍ਰੀ ਗੁਰੂ ਰਵਿਦਾਸ ਸਭਾ]] ਵਿੱਚ
ਐਤਵਾਰ ਨੂੰ ਸੇਵਾ ਕਰਦਾ ਹਾਂ ਅਤੇ ਸੰਗਤ ਦੀਆਂ ਚਿੱਠੀਆਂ-ਪੱਤਰਾਂ ਵਿੱਚ ਮਦਦ ਕਰਦਾ ਹਾਂ।

ਬੀਬੀ [[PERSON:ਰਾਜਵਿੰਦਰ ਕੌਰ]] ਲੰਗਰ ਹਾਲ ਵਿੱਚ ਮੇਰੇ ਕੋਲ ਆਏ। ਉਹ ਆਪਣੇ ਪਤੀ [[PERSON:ਸੁਖਦੇਵ ਸਿੰਘ]]
ਅਤੇ ਦੋ ਬੱਚਿਆਂ ਨਾਲ [[ADDRESS:Flat 3, 88 Ledgers Way]], [[POSTCODE:SL1 9HW]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ।
ਪੁੱਤਰ [[PERSON:ਨਵਜੋਤ]] [[AGE:੧੦ ਸਾਲ]] ਦਾ ਹੈ ਅਤੇ [[ADDRESS:Farnham Lane Primary]] ਵਿੱਚ ਪੜ੍ਹਦਾ ਹੈ;
ਧੀ [[PERSON:ਜਸਲੀਨ]], ਜਿਸਨੂੰ ਘਰ ਵਿੱਚ ਸਾਰੇ [[PERSON:ਜੱਸੀ]] ਕਹਿੰਦੇ ਹਨ, [[AGE:ਤਿੰਨ ਸਾਲਾਂ]] ਦੀ ਹੈ।
ਬੀਬੀ ਜੀ ਵਿਆਹ ਤੋਂ ਬਾਅਦ ਪੰਜਾਬ ਤੋਂ ਆਏ ਸਨ ਅਤੇ ਪਿਛਲੇ ਸਾਲ ਉਨ੍ਹਾਂ ਨੂੰ
[[OTHER_SPECIAL:ਇੰਡੈਫ਼ਿਨਿਟ ਲੀਵ ਟੂ ਰਿਮੇਨ]] ਮਿਲੀ।

ਘਰ [[ORGANISATION:Thames Crest Housing]] ਦਾ ਹੈ। ਦੋ ਸਾਲਾਂ ਤੋਂ ਬੱਚਿਆਂ ਦੇ ਕਮਰੇ ਦੀ ਕੰਧ ਉੱਤੇ
ਕਾਲੀ ਉੱਲੀ ਸੀ। [[PERSON:ਜੱਸੀ]] ਨੂੰ [[HEALTH:ਦਮਾ]] ਹੈ ਅਤੇ ਉਹ ਸਰਦੀਆਂ ਵਿੱਚ ਦੋ ਵਾਰ ਹਸਪਤਾਲ ਦਾਖ਼ਲ
ਹੋਈ। [[ADDRESS:Upton Lea Surgery]] ਦੇ ਡਾਕਟਰ ਨੇ ਚਿੱਠੀ ਵੀ ਲਿਖੀ, ਪਰ ਮੁਰੰਮਤ ਵਾਲੇ ਹਰ ਵਾਰ
ਕਹਿੰਦੇ ਕਿ ਖਿੜਕੀ ਖੋਲ੍ਹ ਕੇ ਰੱਖੋ। ਰਿਪੇਅਰ ਨੰਬਰ [[REFERENCE:TCH-R-318842]] ਸੀ।

ਅਸੀਂ ਮਿਲ ਕੇ ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਕੀਤੀ (ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:TCH/COMP/0927]])। ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ
ਮੈਨੇਜਰ [[PERSON:ਸਾਰਾ ਹਿਊਜ਼]] ([[PERSON:Sarah Hughes]]) ਖ਼ੁਦ ਘਰ ਆਈ ਅਤੇ ਦੇਖਿਆ ਕਿ ਛੱਤ ਦੀ ਗਟਰ
ਟੁੱਟੀ ਹੋਈ ਹੈ ਅਤੇ ਪਾਣੀ ਕੰਧ ਵਿੱਚ ਵੜਦਾ ਹੈ। ਗਟਰ ਬਦਲੀ ਗਈ, ਕੰਧ ਸੁਕਾ ਕੇ ਨਵਾਂ ਪਲੱਸਤਰ ਹੋਇਆ,
ਪੱਖੇ ਲੱਗੇ ਅਤੇ ਪਰਿਵਾਰ ਨੂੰ ੭੦੦ ਪੌਂਡ ਮੁਆਵਜ਼ਾ ਮਿਲਿਆ।

[[ORGANISATION:Thames Crest]] ਨੇ ਲਿਖਿਆ ਹੈ ਕਿ ਹੁਣ ਉਹ ਉੱਲੀ ਦੀ ਹਰ ਸ਼ਿਕਾਇਤ 'ਤੇ ਪਹਿਲਾਂ ਸਰਵੇਅਰ
ਭੇਜਣਗੇ ਅਤੇ ਕਿਰਾਏਦਾਰ ਨੂੰ ਦੋਸ਼ ਨਹੀਂ ਦੇਣਗੇ। ਕਿਸੇ ਨੂੰ ਮਦਦ ਚਾਹੀਦੀ ਹੋਵੇ ਤਾਂ ਮੈਨੂੰ
[[PHONE:07700 900 213]] 'ਤੇ ਫ਼ੋਨ ਕਰੋ ਜਾਂ [[EMAIL:gurmeet.bajwa@example.com]] 'ਤੇ ਲਿਖੋ।
"""),
    ),
    (
        "fv2ad-pa-02",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਸਿਮਰਨ ਕੌਰ ਜੌਹਲ]] ਹਾਂ, ਕਾਨੂੰਨ ਦੀ ਵਿਦਿਆਰਥਣ। ਇਹ ਕਹਾਣੀ ਮੇਰੇ ਦਾਦਾ ਜੀ ਅਤੇ ਦਾਦੀ ਜੀ ਦੀ
ਹੈ, ਜਿਨ੍ਹਾਂ ਦੀ ਸ਼ਿਕਾਇਤ ਮੈਂ ਉਨ੍ਹਾਂ ਵੱਲੋਂ ਲਿਖੀ ਸੀ।

ਦਾਦਾ ਜੀ ਸਰਦਾਰ [[PERSON:ਮੋਹਨ ਸਿੰਘ ਜੌਹਲ]] ਦਾ ਜਨਮ [[DATE_OF_BIRTH:੧੫ ਅਗਸਤ ੧੯੪੭]] ਨੂੰ ਹੋਇਆ,
ਜਿਸ ਦਿਨ ਦੇਸ਼ ਆਜ਼ਾਦ ਹੋਇਆ ਸੀ। ਦਾਦੀ ਜੀ [[PERSON:ਕਰਤਾਰ ਕੌਰ]] [[AGE:੭੩ ਸਾਲ]] ਦੇ ਹਨ। ਦੋਵੇਂ
[[ADDRESS:Heathfield Court]] ਦੇ [[ADDRESS:ਫਲੈਟ ਨੰਬਰ 12]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ, ਵੁਲਵਰਹੈਂਪਟਨ,
[[POSTCODE:WV10 8NJ]]। ਬਲਾਕ [[ADDRESS:ਗੁਰਦੁਆਰਾ ਸਿੰਘ ਸਭਾ]] ਤੋਂ ਪੈਦਲ ਪੰਜ ਮਿੰਟ ਦੀ ਦੂਰੀ 'ਤੇ ਹੈ,
ਇਸੇ ਕਰਕੇ ਉਨ੍ਹਾਂ ਨੇ ਇਹ ਫਲੈਟ ਲਿਆ ਸੀ। ਦਾਦਾ ਜੀ ਨੂੰ [[HEALTH:ਦਿਲ ਦੀ ਬਿਮਾਰੀ]] ਹੈ।

੨੦੨੨ ਵਿੱਚ ਪੌੜੀਆਂ ਵਿੱਚ ਕੁਝ ਮੁੰਡੇ ਰਾਤ ਨੂੰ ਨਸ਼ਾ ਵੇਚਣ ਲੱਗੇ। ਉਹ ਦਰਵਾਜ਼ੇ ਖੜਕਾਉਂਦੇ, ਦਾਦੀ ਜੀ ਨੂੰ
ਗਾਲ੍ਹਾਂ ਕੱਢਦੇ, ਅਤੇ ਇੱਕ ਵਾਰ ਦਾਦਾ ਜੀ ਦੀ ਪੱਗ ਦਾ ਮਜ਼ਾਕ ਉਡਾਇਆ। ਦਾਦੀ ਜੀ ਨੂੰ
[[HEALTH:ਘਬਰਾਹਟ ਦੇ ਦੌਰੇ]] ਪੈਣ ਲੱਗ ਪਏ। ਮਕਾਨ ਮਾਲਕ [[ORGANISATION:Black Country Living Homes]] ਕੋਲ
ਐਂਟੀਸੋਸ਼ਲ ਬਿਹੇਵੀਅਰ ਕੇਸ [[REFERENCE:BCL-ASB-5531]] ਖੁੱਲ੍ਹਿਆ, ਪਰ ਛੇ ਮਹੀਨੇ ਕੁਝ ਨਹੀਂ ਹੋਇਆ।

ਫਿਰ ਮੈਂ ਰਸਮੀ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਨੰਬਰ [[REFERENCE:BCL/CF/23/0219]], ਅਤੇ ਪੁਲਿਸ ਦਾ ਕ੍ਰਾਈਮ ਨੰਬਰ
[[REFERENCE:20WV/118462/23]] ਵੀ ਨਾਲ ਲਾਇਆ। ਮੈਂ ਆਪਣੇ ਅਕਾਊਂਟ [[OTHER_ID:@simran.johal.law]]
ਤੋਂ ਪੌੜੀਆਂ ਦੀਆਂ ਫ਼ੋਟੋਆਂ ਵੀ ਪਾਈਆਂ। ਨਵੇਂ ਹਾਊਸਿੰਗ ਅਫ਼ਸਰ [[PERSON:ਡੈਨੀ]] ([[PERSON:Danny Whitehouse]])
ਨੇ ਮਾਮਲਾ ਸੰਭਾਲਿਆ। [[ORGANISATION:SecureSight Systems]] ਨੇ ਪੌੜੀਆਂ ਵਿੱਚ ਕੈਮਰੇ ਅਤੇ ਨਵਾਂ
ਦਰਵਾਜ਼ਾ-ਤਾਲਾ ਲਗਾਇਆ, ਇੱਕ ਕਿਰਾਏਦਾਰੀ ਖ਼ਤਮ ਕਰਨ ਦੀ ਕਾਰਵਾਈ ਸ਼ੁਰੂ ਹੋਈ, ਅਤੇ ਦਾਦਾ-ਦਾਦੀ ਨੂੰ ੫੦੦
ਪੌਂਡ ਮਿਲੇ।

[[ORGANISATION:Black Country Living]] ਨੇ ਮੰਨਿਆ ਕਿ ਬਜ਼ੁਰਗਾਂ ਦੇ ਕੇਸ ਵਿੱਚ ਹਰ ਹਫ਼ਤੇ ਫ਼ੋਨ ਕਰਨਾ
ਚਾਹੀਦਾ ਸੀ, ਅਤੇ ਹੁਣ ਉਹ ਕਰਦੇ ਹਨ। ਮੇਰਾ ਨੰਬਰ [[PHONE:+44 7700 900 664]] ਹੈ ਅਤੇ ਈਮੇਲ
[[EMAIL:simran.johal@example.net]]।
"""),
    ),
    (
        "fv2ad-pa-03",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਅਮਨਦੀਪ ਸਿੰਘ ਗਰੇਵਾਲ]] ([[PERSON:Amandeep Singh Grewal]]) ਹਾਂ ਅਤੇ ਲੈਸਟਰ ਦੇ
[[ADDRESS:ਪੰਜ ਦਰਿਆ ਕਮਿਊਨਿਟੀ ਸੈਂਟਰ]] ਵਿੱਚ ਸਲਾਹਕਾਰ ਵਜੋਂ ਕੰਮ ਕਰਦਾ ਹਾਂ। ਬੁੱਧਵਾਰ ਨੂੰ ਬਜ਼ੁਰਗਾਂ ਦੀ
ਚਾਹ ਵਾਲੀ ਮਹਿਫ਼ਲ ਵਿੱਚ ਸਰਦਾਰ [[PERSON:ਬਲਦੇਵ ਸਿੰਘ ਰੰਧਾਵਾ]] ਨੇ ਮੈਨੂੰ ਆਪਣੀ ਛੱਤ ਬਾਰੇ ਦੱਸਿਆ।

[[PERSON:ਬਲਦੇਵ]] ਜੀ [[AGE:੮੧ ਸਾਲਾਂ]] ਦੇ ਹਨ, ਉਨ੍ਹਾਂ ਦੀ ਘਰਵਾਲੀ ਦੋ ਸਾਲ ਪਹਿਲਾਂ ਪੂਰੀ ਹੋ ਗਈ। ਉਹ
ਆਪਣੀ ਨੂੰਹ [[PERSON:ਪਰਮਜੀਤ]] ਅਤੇ ਪੋਤਿਆਂ [[PERSON:ਹਰਮਨ]] ([[AGE:੧੫]]) ਤੇ [[PERSON:ਰਵੀ]] ([[AGE:੧੨]]) ਨਾਲ
[[ADDRESS:੪੭ ਕੈਟਰਿੰਗ ਸਟ੍ਰੀਟ]], [[POSTCODE:LE5 3TB]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ। ਘਰ
[[ORGANISATION:Belgrave Park Housing Association]] ਦਾ ਹੈ, ਕਿਰਾਏਦਾਰੀ ਨੰਬਰ
[[REFERENCE:BPHA-T-004417]]।

ਡੇਢ ਸਾਲ ਤੋਂ ਮੀਂਹ ਪੈਂਦਿਆਂ ਹੀ ਉੱਪਰਲੇ ਕਮਰੇ ਵਿੱਚ ਛੱਤ ਚੋਂਦੀ ਸੀ। [[PERSON:ਹਰਮਨ]] ਦੇ GCSE ਇਮਤਿਹਾਨ
ਸਨ ਅਤੇ ਉਹ ਬਾਲਟੀਆਂ ਵਿਚਕਾਰ ਪੜ੍ਹਦਾ ਸੀ। [[ORGANISATION:Topline Roofing]] ਤਿੰਨ ਵਾਰ ਆਈ ਅਤੇ
ਹਰ ਵਾਰ ਕੁਝ ਟਾਈਲਾਂ ਬਦਲ ਕੇ ਚਲੀ ਗਈ। [[PERSON:ਪਰਮਜੀਤ]] ਭੈਣ ਜੀ ਹਰ ਫ਼ੋਨ 'ਤੇ ਨਵੇਂ ਬੰਦੇ ਨੂੰ ਸਾਰੀ ਕਹਾਣੀ
ਦੁਬਾਰਾ ਸੁਣਾਉਂਦੇ।

ਮੈਂ [[PERSON:ਬਲਦੇਵ]] ਜੀ ਨਾਲ ਸ਼ਿਕਾਇਤ ਲਿਖੀ (ਨੰਬਰ [[REFERENCE:BPHA/CMP/2023/061]])। ਪਹਿਲੇ ਪੜਾਅ
ਵਿੱਚ ਸਿਰਫ਼ ੧੦੦ ਪੌਂਡ ਦੀ ਪੇਸ਼ਕਸ਼ ਹੋਈ, ਇਸ ਲਈ ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ ਗਏ। ਉੱਥੇ ਸਰਵੇਅਰ ਨੇ ਮੰਨਿਆ ਕਿ
ਪੂਰੀ ਛੱਤ ਦੀ ਲੱਕੜ ਗਲ ਚੁੱਕੀ ਹੈ। ਨਵੀਂ ਛੱਤ ਪਈ, ਕਮਰਾ ਦੁਬਾਰਾ ਬਣਿਆ, ਅਤੇ ੧,੧੦੦ ਪੌਂਡ [[PERSON:ਬਲਦੇਵ]] ਜੀ ਦੇ
ਖਾਤੇ ਵਿੱਚ ਪਏ (ਸੌਰਟ ਕੋਡ [[OTHER_ID:60-83-12]], ਖਾਤਾ [[OTHER_ID:41907735]])। ਪੈਨਸ਼ਨ ਦੀ ਚਿੱਠੀ
ਲਈ ਉਨ੍ਹਾਂ ਦਾ ਨੈਸ਼ਨਲ ਇੰਸ਼ੋਰੈਂਸ ਨੰਬਰ [[NI_NUMBER:QQ305117C]] ਵੀ ਦੇਣਾ ਪਿਆ।

ਸਬਕ: ਹੁਣ ਐਸੋਸੀਏਸ਼ਨ ਇੱਕੋ ਮੁਰੰਮਤ ਲਈ ਤੀਜੀ ਵਾਰ ਬੁਲਾਵਾ ਆਉਣ 'ਤੇ ਆਪਣੇ-ਆਪ ਸਰਵੇਅਰ ਭੇਜਦੀ ਹੈ। ਮੇਰਾ
ਸੰਪਰਕ: [[PHONE:0116 496 0358]], [[EMAIL:a.grewal@example.org]]।
"""),
    ),
    (
        "fv2ad-pa-04",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਹਰਲੀਨ ਕੌਰ ਮਾਨ]] ਹਾਂ, ਕੈਂਟ ਵਿੱਚ ਪੰਜਾਬੀ ਦੀ ਰਜਿਸਟਰਡ ਦੁਭਾਸ਼ੀਆ। ਮੈਂ ਗ੍ਰੇਵਸੈਂਡ ਦੇ
[[PERSON:ਸੰਧੂ]] ਪਰਿਵਾਰ ਲਈ ਮਕਾਨ ਮਾਲਕ ਨਾਲ ਹਰ ਮੀਟਿੰਗ ਵਿੱਚ ਦੁਭਾਸ਼ੀਆ ਰਹੀ, ਅਤੇ ਪਰਿਵਾਰ ਦੀ ਇਜਾਜ਼ਤ ਨਾਲ
ਇਹ ਲਿਖ ਰਹੀ ਹਾਂ।

ਸ੍ਰੀ [[PERSON:ਜਸਵੀਰ ਸਿੰਘ ਸੰਧੂ]] ਟਰੱਕ ਚਲਾਉਂਦੇ ਹਨ ਅਤੇ ਹਫ਼ਤੇ ਵਿੱਚ ਤਿੰਨ ਰਾਤਾਂ ਘਰੋਂ ਬਾਹਰ ਰਹਿੰਦੇ ਹਨ।
ਉਨ੍ਹਾਂ ਦੀ ਪਤਨੀ [[PERSON:ਮਨਦੀਪ ਕੌਰ]], ਮਾਤਾ ਜੀ [[PERSON:ਗੁਰਦੇਵ ਕੌਰ]] ਅਤੇ ਬੇਟਾ [[PERSON:ਏਕਮ]], ਜੋ
ਉਸ ਵੇਲੇ [[AGE:ਛੇ ਮਹੀਨਿਆਂ]] ਦਾ ਸੀ, ਸਾਰੇ [[ADDRESS:ਮਕਾਨ ਨੰਬਰ 5, Orchard Rise]] ਵਿੱਚ ਰਹਿੰਦੇ
ਹਨ, ਪੋਸਟਕੋਡ [[POSTCODE:DA11 7PE]]। ਘਰ [[ADDRESS:ਗੁਰੂ ਨਾਨਕ ਦਰਬਾਰ ਗੁਰਦੁਆਰਾ]] ਦੇ ਪਿਛਲੇ ਪਾਸੇ ਹੈ।

੨੦੨੩ ਦੀ ਬਸੰਤ ਵਿੱਚ ਰਸੋਈ ਅਤੇ ਬੱਚੇ ਦੇ ਕਮਰੇ ਵਿੱਚ ਚੂਹੇ ਆ ਗਏ। [[PERSON:ਏਕਮ]] ਦੇ ਪੰਘੂੜੇ ਕੋਲ
ਮੀਂਗਣਾਂ ਮਿਲੀਆਂ। ਮਾਤਾ ਜੀ ਨੂੰ ਅੰਗਰੇਜ਼ੀ ਨਹੀਂ ਆਉਂਦੀ ਅਤੇ [[PERSON:ਮਨਦੀਪ]] ਦੀ ਅੰਗਰੇਜ਼ੀ ਥੋੜ੍ਹੀ ਹੈ;
[[ORGANISATION:Medway Vale Homes]] ਦੇ ਕਾਲ ਸੈਂਟਰ ਵਾਲੇ ਹਰ ਵਾਰ ਕਹਿ ਦਿੰਦੇ ਕਿ "ਤੁਹਾਡੇ ਪਤੀ ਨੂੰ
ਫ਼ੋਨ ਕਰਨ ਲਈ ਕਹੋ"। ਕੀੜੇ-ਮਕੌੜਿਆਂ ਵਾਲੀ ਕੰਪਨੀ [[ORGANISATION:Kent Pest Solutions]] ਨੂੰ ਜੌਬ
[[REFERENCE:MVH-PC-77310]] ਦਿੱਤੀ ਗਈ, ਪਰ ਉਹ ਦੋ ਵਾਰ ਅਜਿਹੇ ਦਿਨ ਆਏ ਜਦੋਂ ਕੋਈ ਦਰਵਾਜ਼ਾ ਨਹੀਂ ਖੋਲ੍ਹ
ਸਕਦਾ ਸੀ।

ਸ਼ਿਕਾਇਤ [[REFERENCE:MVH/COMP/1184]] ਦੇ ਜਵਾਬ ਵਿੱਚ ਮੈਨੇਜਰ [[PERSON:ਟੋਮਸ ਨੋਵਾਕ]]
([[PERSON:Tomasz Nowak]]) ਨੇ ਮੰਨਿਆ ਕਿ ਦੁਭਾਸ਼ੀਆ ਨਾ ਦੇਣਾ ਵਿਤਕਰਾ ਸੀ। ਫਿਰ ਮੇਰੀ ਹਾਜ਼ਰੀ ਵਿੱਚ
ਤਿੰਨ ਮੁਲਾਕਾਤਾਂ ਹੋਈਆਂ, ਕੰਧਾਂ ਦੇ ਮੋਰੇ ਬੰਦ ਕੀਤੇ ਗਏ ਅਤੇ ਰਸੋਈ ਦੀ ਬੇਸ ਯੂਨਿਟ ਬਦਲੀ ਗਈ। ਬੱਚੇ
ਦੇ ਡਾਕਟਰ ਨੂੰ ਭੇਜੀ ਚਿੱਠੀ ਵਿੱਚ ਉਸਦਾ NHS ਨੰਬਰ [[OTHER_ID:712 308 4465]] ਦਰਜ ਸੀ। ਪਰਿਵਾਰ
ਨੂੰ ੪੫੦ ਪੌਂਡ ਮਿਲੇ।

ਸਬਕ: ਹੁਣ [[ORGANISATION:Medway Vale]] ਕਿਰਾਏਦਾਰ ਦੀ ਪਸੰਦੀਦਾ ਭਾਸ਼ਾ ਰਿਕਾਰਡ ਕਰਦੀ ਹੈ ਅਤੇ
ਦੁਭਾਸ਼ੀਆ ਬਿਨਾਂ ਮੰਗੇ ਬੁੱਕ ਕਰਦੀ ਹੈ। ਸੰਪਰਕ: [[EMAIL:harleen.mann@example.com]],
[[PHONE:07700 900 975]]।
"""),
    ),
    (
        "fv2ad-pa-05",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਕਿਰਨਜੀਤ ਪਨੇਸਰ]] ਹਾਂ, ਈਲਿੰਗ ਵਿੱਚ ਬਾਲਗ਼ ਸਮਾਜਕ ਦੇਖਭਾਲ ਦੀ ਸੋਸ਼ਲ ਵਰਕਰ। ਇਹ ਸਾਰ ਮੈਂ
ਸ੍ਰੀ [[PERSON:ਸੁਰਿੰਦਰ ਪਾਲ ਸ਼ਰਮਾ]] ਅਤੇ ਉਨ੍ਹਾਂ ਦੀ ਪਤਨੀ ਸ੍ਰੀਮਤੀ [[PERSON:ਨੀਲਮ ਸ਼ਰਮਾ]] ਨਾਲ ਬੈਠ ਕੇ
ਲਿਖਿਆ ਹੈ।

[[PERSON:ਸ਼ਰਮਾ]] ਜੀ [[AGE:੬੮ ਸਾਲ]] ਦੇ ਹਨ। ੨੦੨੧ ਵਿੱਚ ਉਨ੍ਹਾਂ ਨੂੰ [[HEALTH:ਅਧਰੰਗ]] ਹੋਇਆ ਅਤੇ ਹੁਣ ਸੱਜਾ ਪਾਸਾ
ਕਮਜ਼ੋਰ ਹੈ; ਠੰਢ ਵਿੱਚ ਮਾਸਪੇਸ਼ੀਆਂ ਅਕੜ ਜਾਂਦੀਆਂ ਹਨ। ਉਹ ਸਾਊਥਾਲ ਵਿੱਚ
[[ADDRESS:21 Dormers Green]], [[POSTCODE:UB2 5NS]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ, ਜੋ
[[ORGANISATION:Ealing Brook Homes]] ਦਾ ਘਰ ਹੈ। ਪਰਿਵਾਰ [[OTHER_SPECIAL:ਹਿੰਦੂ]] ਹੈ ਅਤੇ ਹਰ ਮੰਗਲਵਾਰ
[[ADDRESS:ਸ੍ਰੀ ਰਾਮ ਮੰਦਰ]] ਜਾਂਦਾ ਹੈ, ਜਿੱਥੋਂ ਦੇ ਪੁਜਾਰੀ ਜੀ ਨੇ ਹੀ ਮੈਨੂੰ ਪਹਿਲਾਂ ਫ਼ੋਨ ਕੀਤਾ ਸੀ। ਧੀ
[[PERSON:ਪ੍ਰੀਤੀ]] ([[PERSON:Preeti]]) ਨੇੜੇ ਹੀ ਰਹਿੰਦੀ ਹੈ ਅਤੇ ਦੇਖਭਾਲ ਵਿੱਚ ਮਦਦ ਕਰਦੀ ਹੈ।

ਦਸੰਬਰ ੨੦੨੨ ਵਿੱਚ ਹੀਟਿੰਗ ਬੰਦ ਹੋ ਗਈ। ਮੁਰੰਮਤ ਦਾ ਨੰਬਰ [[REFERENCE:EBH-HT-903318]] ਸੀ, ਪਰ
[[ORGANISATION:Greenflame Heating]] ਦਾ ਇੰਜੀਨੀਅਰ ਦੋ ਵਾਰ ਨਾ ਆਇਆ। [[PERSON:ਨੀਲਮ]] ਜੀ ਨੇ ਦੱਸਿਆ ਕਿ [[PERSON:ਸ਼ਰਮਾ]]
ਜੀ ਕੰਬਲਾਂ ਵਿੱਚ ਲਿਪਟੇ ਕੁਰਸੀ 'ਤੇ ਹੀ ਸੌਂਦੇ ਰਹੇ। ਪਰਿਵਾਰ ਨੂੰ ਅਟੈਂਡੈਂਸ ਅਲਾਊਂਸ ਮਿਲਦਾ ਹੈ, ਪਰ
ਬਿਜਲੀ ਦੇ ਹੀਟਰਾਂ ਦਾ ਖ਼ਰਚਾ ਬਹੁਤ ਵੱਧ ਗਿਆ।

ਅਸੀਂ ਸ਼ਿਕਾਇਤ [[REFERENCE:EBH/CX/22/7765]] ਦਰਜ ਕੀਤੀ ਅਤੇ ਹਸਪਤਾਲ ਦੇ ਸਟ੍ਰੋਕ ਨਰਸ ਦੀ ਚਿੱਠੀ ਨਾਲ
ਲਾਈ। ਸ਼ਿਕਾਇਤ ਅਫ਼ਸਰ [[PERSON:ਕੇਟ ਓ'ਨੀਲ]] ਨੇ ੪੮ ਘੰਟਿਆਂ ਵਿੱਚ ਨਵਾਂ ਬਾਇਲਰ ਲਗਵਾਇਆ, ਬਿਜਲੀ ਦੇ
ਵਾਧੂ ਬਿੱਲ ਲਈ ੨੨੦ ਪੌਂਡ ਅਤੇ ਪਰੇਸ਼ਾਨੀ ਲਈ ੩੦੦ ਪੌਂਡ ਦਿੱਤੇ।

[[ORGANISATION:Ealing Brook]] ਨੇ ਦੱਸਿਆ ਕਿ ਹੁਣ ਸਮਾਜਕ ਦੇਖਭਾਲ ਵੱਲੋਂ ਦੱਸੇ ਗਏ ਹਰ ਕਮਜ਼ੋਰ ਕਿਰਾਏਦਾਰ
ਦਾ ਨਿਸ਼ਾਨ ਮੁਰੰਮਤ ਸਿਸਟਮ ਵਿੱਚ ਲੱਗਦਾ ਹੈ, ਅਤੇ ਠੇਕੇਦਾਰ ਨਾ ਆਵੇ ਤਾਂ ਉਸੇ ਦਿਨ ਕਿਰਾਏਦਾਰ ਨੂੰ ਫ਼ੋਨ ਕੀਤਾ
ਜਾਂਦਾ ਹੈ। ਮੇਰਾ ਦਫ਼ਤਰੀ ਨੰਬਰ [[PHONE:020 7946 0861]] ਹੈ, ਈਮੇਲ
[[EMAIL:kiranjit.panesar@example.org]]।
"""),
    ),
    (
        "fv2ad-pl-01",
        "pl",
        _s("""
Nazywam się [[PERSON:Agnieszka Wróblewska]] i od sześciu lat prowadzę dyżury porad w
[[ADDRESS:Polskim Centrum Kultury „Orzeł”]] w Peterborough. Opisuję tę sprawę za zgodą
rodziny, bo może pomóc innym.

Pani [[PERSON:Katarzyna Nowicka]] przyszła do nas w listopadzie 2022 roku z mężem,
[[PERSON:Pawłem]], i dwójką dzieci: [[PERSON:Zuzią]], która ma [[AGE:7 lat]] i chodzi do
[[ADDRESS:Millfield Junior School]], oraz [[PERSON:Wojtkiem]] ([[AGE:4 latka]]). W soboty
[[PERSON:Zuzia]] uczy się w [[ADDRESS:Polskiej Szkole Sobotniej im. Jana Pawła II]]. Rodzina
mieszka w [[ADDRESS:mieszkaniu nr 5]] pod adresem [[ADDRESS:112B Fenwick Street]],
[[POSTCODE:PE1 2QL]]. Oboje mają [[OTHER_SPECIAL:status osoby osiedlonej]] w ramach EUSS.

Od dwóch zim w sypialni dzieci rósł czarny grzyb. [[PERSON:Zuzia]] ma
[[HEALTH:atopowe zapalenie skóry]], a u [[PERSON:Wojtka]] lekarz z
[[ADDRESS:Eastgate Family Practice]] podejrzewał [[HEALTH:astmę]]. Właściciel,
[[ORGANISATION:Nene Park Homes]], przysyłał firmę [[ORGANISATION:FreshCoat Decorators]], która
malowała ściany farbą przeciwgrzybiczną. Po miesiącu plamy wracały. Numer zgłoszenia:
[[REFERENCE:NPH-RP-440196]].

Złożyłyśmy z panią [[PERSON:Kasią]] formalną skargę (nr [[REFERENCE:NPH/CMP/23/0088]]). Na
spotkaniu tłumaczyła pani [[PERSON:Ewa Lis]], choć pan [[PERSON:Paweł]] dobrze mówi po
angielsku, [[PERSON:Kasia]] wolała mówić po polsku. W drugim etapie kierownik
[[PERSON:Mark Ellison]] przyznał, że nikt nie sprawdził przyczyny. Okazało się, że
wentylator w łazience nie był podłączony od czasu remontu w 2019 roku.

Teraz wentylacja działa, ściany zostały osuszone i otynkowane, a rodzina dostała 850 funtów
odszkodowania i nowe materace dla dzieci. [[ORGANISATION:Nene Park]] obiecało, że przy każdym
zgłoszeniu pleśni najpierw przyjdzie inspektor, a dopiero potem malarz.

Kontakt do mnie: [[PHONE:+44 7700 900 436]], [[EMAIL:a.wroblewska@example.org]].
"""),
    ),
    (
        "fv2ad-pl-02",
        "pl",
        _s("""
Szczęść Boże. Jestem [[PERSON:Tadeusz Kamiński]], wolontariusz przy
[[ADDRESS:parafii Matki Bożej Częstochowskiej]] w Harlesden. Co niedzielę po mszy pomagamy
starszym parafianom w sprawach urzędowych. Tak poznałem panią [[PERSON:Halinę Zawadzką]].

Pani [[PERSON:Halina]] urodziła się [[DATE_OF_BIRTH:14 lutego 1935]] roku, ma więc
[[AGE:88 lat]]. Sąsiedzi mówią na nią „pani [[PERSON:Halinka]]”. Mieszka sama na ósmym piętrze
budynku [[ADDRESS:Kestrel House]], w [[ADDRESS:mieszkaniu 47]], kod [[POSTCODE:NW10 4HJ]]. Ma
[[HEALTH:niewydolność serca]] i chodzi o balkoniku. Jej syn [[PERSON:Jerzy]], dla rodziny
[[PERSON:Jurek]], mieszka w Toronto.

Jesienią 2022 roku winda nie działała przez prawie sześć tygodni. Pani [[PERSON:Halina]] nie
wychodziła z domu, opuściła dwie wizyty w szpitalu. Zakupy nosiła jej sąsiadka
[[PERSON:Sharon]] z [[ADDRESS:mieszkania nr 46]]. Administrator,
[[ORGANISATION:Harlesden Vale Homes]], w kółko powtarzał, że firma
[[ORGANISATION:Northway Lifts]] czeka na część. Numer naprawy: [[REFERENCE:HVH-L-22917]].

Razem z [[PERSON:Jurkiem]], przez telefon z Kanady, napisaliśmy skargę (numer
[[REFERENCE:HVH/CF/1176]]). Gdy odpowiedź nie przyszła w terminie, zgłosiliśmy sprawę do
Rzecznika ds. Mieszkalnictwa (Housing Ombudsman). Wtedy wszystko ruszyło: naprawiono
jedną windę w ciągu tygodnia, pani [[PERSON:Halinie]] zaproponowano tymczasowe mieszkanie na
parterze, a po skardze wypłacono 1000 funtów.

[[ORGANISATION:Harlesden Vale]] przyznało, że nie miało listy lokatorów, którzy nie mogą
chodzić po schodach. Teraz taka lista istnieje i przy każdej awarii windy ktoś dzwoni do
tych osób codziennie. Proszę pisać do mnie: [[EMAIL:t.kaminski@example.net]] albo dzwonić
do biura parafii: [[PHONE:020 7946 0388]].
"""),
    ),
    (
        "fv2ad-pl-03",
        "pl",
        _s("""
Jestem pracownikiem socjalnym w zespole ds. osób z niepełnosprawnościami w Southampton.
Nazywam się [[PERSON:Joanna Krawczyk-Bell]], a ten opis przygotowałam z panem
[[PERSON:Markiem Dąbrowskim]], który poprosił, by jego historia była przestrogą.

Pan [[PERSON:Marek]] ([[AGE:54 lata]]) mieszka z synem [[PERSON:Kacprem]], który ma
[[AGE:19 lat]], [[HEALTH:autyzm]] i [[HEALTH:padaczkę]]. Ich mieszkanie to
[[ADDRESS:Flat 2, 16 Merryoak Crescent]], [[POSTCODE:SO19 7RF]], tuż obok sklepu
[[ADDRESS:Polski Smak]], gdzie [[PERSON:Kacper]] codziennie kupuje pączki. Właścicielem jest
[[ORGANISATION:Itchen Bay Housing]].

Latem 2022 roku z mieszkania powyżej, z [[ADDRESS:numeru 4]], zaczęła kapać woda, a potem
zalało puszkę elektryczną w łazience. Przez trzy miesiące w łazience nie było prądu.
[[PERSON:Kacper]] po ataku padaczki nie mógł bezpiecznie się myć w ciemności. Naprawę
zgłoszono sześć razy; numer zlecenia [[REFERENCE:IBH-WO-771024]]. Przy każdym telefonie pan
[[PERSON:Dąbrowski]] musiał podawać numer ubezpieczenia [[NI_NUMBER:QQ 23 81 45 A]] i numer
paszportu [[OTHER_ID:EK4409213]], bo system go „nie znajdował”.

Skargę złożyliśmy w lutym 2023 roku (nr [[REFERENCE:IBH/COMP/0392]]). Odpowiedź pierwszego
etapu uznała skargę. Firma [[ORGANISATION:Solent Electrical Services]] wymieniła instalację,
hydraulik naprawił rurę u sąsiada, a [[ORGANISATION:Itchen Bay]] wypłaciło 700 funtów. Pani
[[PERSON:Priya Nair]] z działu skarg przeprosiła [[PERSON:Kacpra]] osobiście, w spokojnym
pokoju, tak jak prosiłam.

Wnioski, które przekazał nam właściciel: zalanie instalacji elektrycznej to zawsze pilna
naprawa, a dane lokatora z niepełnosprawnością mają być zapisane w systemie tak, by nie trzeba
było ich powtarzać. Kontakt: [[PHONE:07700 900 718]],
[[EMAIL:joanna.krawczyk-bell@example.org]].
"""),
    ),
    (
        "fv2ad-pl-04",
        "pl",
        _s("""
Jestem tłumaczką środowiskową w Lincolnshire, nazywam się [[PERSON:Magdalena Sikora]].
Przez prawie rok tłumaczyłam dla państwa [[PERSON:Jankowskich]] podczas spotkań z
administratorem i policją, a teraz, za ich zgodą, spisuję, jak to się skończyło.

[[PERSON:Tomasz Jankowski]] i [[PERSON:Beata Jankowska]] mieszkają z dziećmi, [[PERSON:Oliwią]]
([[AGE:15 lat]]) i [[PERSON:Kubą]] ([[AGE:9 lat]]), pod adresem [[ADDRESS:23 Wyberton Close]],
Boston, [[POSTCODE:PE21 8XD]]. Dom należy do [[ORGANISATION:Fenland Coast Housing]]. Od wiosny
2022 roku sąsiad zza płotu wyzywał ich od „brudnych [[OTHER_SPECIAL:Polaków]]”, rzucał śmieci
do ogrodu i nagrywał dzieci telefonem. Filmy wrzucał na swoje konto
[[OTHER_ID:@boston_bulldog77]]. [[PERSON:Kuba]] bał się wychodzić do szkoły, a
[[PERSON:Oliwia]] przestała chodzić na treningi do [[ADDRESS:Boston Juniors Netball Club]].

Sprawa dostała numer zachowań aspołecznych [[REFERENCE:FCH-ASB-0619]], a policja nadała numer
incydentu [[REFERENCE:LP-22-0045871]]. Mimo to przez pół roku nikt z
[[ORGANISATION:Fenland Coast]] nie zadzwonił do rodziny. Pan [[PERSON:Tomek]] pracuje na
zmiany w chłodni i nie mógł odbierać telefonów w godzinach biura, a listy przychodziły tylko
po angielsku.

W formalnej skardze (nr [[REFERENCE:FCH/CS/2023/211]]) poprosiliśmy o jednego opiekuna sprawy i
tłumaczenie pism. Opiekunką została pani [[PERSON:Lorraine Tate]]. Sąsiad dostał ostrzeżenie, a
potem sąd wydał zakaz zbliżania się. Przy domu zamontowano kamerę, a rodzina otrzymała 600
funtów i przeprosiny na piśmie, także po polsku.

[[ORGANISATION:Fenland Coast]] przyznało, że przemoc na tle narodowościowym ma być traktowana
jak przestępstwo z nienawiści od pierwszego zgłoszenia. Pani [[PERSON:Beata]] prosiła, żebym
dodała, że [[PERSON:Lorraine]] dzwoniła zawsze po 18:00, kiedy [[PERSON:Tomek]] był już w domu.
Mój kontakt: [[EMAIL:m.sikora@example.com]], [[PHONE:01632 960 447]].
"""),
    ),
    (
        "fv2ad-pl-05",
        "pl",
        _s("""
Piszę w imieniu mojej babci, bo sama nie używa komputera. Jestem [[PERSON:Natalia Kowal]], mam
[[AGE:27 lat]] i mieszkam w Leeds, a babcia w Bradford.

Babcia, [[PERSON:Stanisława Kowal]], przez wszystkich nazywana [[PERSON:Stasią]], urodziła się
[[DATE_OF_BIRTH:3.05.1940]] w obozie dla przesiedleńców i przyjechała do Anglii jako dziecko.
Mieszka od 1978 roku w [[ADDRESS:domu numer 8]] przy [[ADDRESS:Lidget Green Court]],
[[POSTCODE:bd73pn]], niedaleko [[ADDRESS:kościoła Matki Bożej Ostrobramskiej]], do którego
chodzi co tydzień. Ma [[HEALTH:chorobę Parkinsona]] i [[HEALTH:osteoporozę]]. Jej numer NHS,
[[OTHER_ID:943 120 5587]], podawałam chyba dwadzieścia razy.

W grudniu 2022 roku zepsuł się kocioł. [[ORGANISATION:Bradford Moor Housing]] zgłosiło
naprawę (nr [[REFERENCE:BMH-GAS-50813]]) firmie [[ORGANISATION:Pennine Boilers Ltd]]. Monter
przyjechał dwa razy, raz bez części, raz bez drabiny. Przez dwanaście dni babcia siedziała
w płaszczu przy jednym grzejniku elektrycznym. Jej sąsiad, pan [[PERSON:Desmond Clarke]],
codziennie przynosił jej zupę.

Złożyłam skargę mailowo z adresu [[EMAIL:natalia.kowal@example.net]] (nr
[[REFERENCE:BMH-C-9022]]) i podałam swój telefon, [[PHONE:0113 496 0791]]. Odpowiedział pan
[[PERSON:Imran Qureshi]], który przyjechał osobiście następnego dnia, razem z nowym
monterem. Kocioł wymieniono na nowy, babcia dostała 450 funtów, a
[[ORGANISATION:Bradford Moor]] zwróciło też koszt prądu za grzejnik.

Co się zmieniło: w systemie przy nazwisku babci jest teraz oznaczenie, że to osoba starsza i
chora, więc brak ogrzewania ma być naprawiony w ciągu doby. Firma musi też dzwonić przed
przyjazdem. Babcia [[PERSON:Stasia]] mówi, że pan [[PERSON:Imran]] to „porządny chłopak”.
"""),
    ),
    (
        "fv2ad-ro-01",
        "ro",
        _s("""
Mă numesc [[PERSON:Ioana Mureșan]] și lucrez ca lucrătoare de sprijin la
[[ADDRESS:Asociația Comunității Românești din Harrow]], unde ne vedem în fiecare marți după-amiază
cu familiile care au nevoie de ajutor la acte. Scriu despre familia [[PERSON:Popescu]], cu
acordul lor.

[[PERSON:Mihai Popescu]] lucrează în construcții, iar soția lui, [[PERSON:Elena]], face
curățenie în două școli. Au doi copii: [[PERSON:Ștefan]], de [[AGE:10 ani]], elev la
[[ADDRESS:Kenmore Park Junior School]], și [[PERSON:Ana-Maria]], de [[AGE:6 ani]]. Locuiesc în
[[ADDRESS:apartamentul 14]] din [[ADDRESS:Marlowe House]], cod poștal [[POSTCODE:HA3 0RT]]. Toți
patru au [[OTHER_SPECIAL:statut de rezident temporar (pre-settled)]], iar [[PERSON:Elena]] se
temea că o plângere le-ar putea strica cererea pentru statutul definitiv.

Din toamna lui 2021, pe peretele din camera copiilor a apărut mucegai negru. [[PERSON:Ana-Maria]]
are [[HEALTH:astm bronșic]] și a ajuns de două ori la urgențe iarna trecută. Medicul de familie
de la [[ADDRESS:Belmont Circle Surgery]] a scris o scrisoare. Proprietarul,
[[ORGANISATION:Kenton Vale Housing]], a trimis de trei ori un muncitor care a dat cu vopsea
anti-mucegai. Numărul reparației: [[REFERENCE:KVH-R-603381]].

Am depus împreună o plângere formală (numărul [[REFERENCE:KVH/CMP/23/0147]]). La etapa a doua,
doamna [[PERSON:Rachel Okafor]] a venit acasă la ei cu un interpret, domnul
[[PERSON:Cristian Lupu]], și a constatat că jgheabul spart udă peretele de ani de zile. S-a
reparat jgheabul, s-a tratat și s-a izolat peretele, s-au montat ventilatoare, iar familia a
primit 900 de lire despăgubire.

Ce a învățat [[ORGANISATION:Kenton Vale]]: să nu mai dea vina pe chiriaș înainte de o inspecție, să
trimită interpret de la prima vizită și să spună clar în scris că o plângere nu are nicio
legătură cu statutul de imigrare. Pentru ajutor, mă găsiți la [[PHONE:07700 900 851]] sau
[[EMAIL:ioana.muresan@example.org]].
"""),
    ),
    (
        "fv2ad-ro-02",
        "ro",
        _s("""
Doamne ajută! Sunt [[PERSON:Gabriela Dumitru]], voluntară la
[[ADDRESS:Parohia Ortodoxă Română „Sfânta Parascheva”]] din Luton. După Sfânta Liturghie, la masa
de la trapeză, doamna [[PERSON:Floarea Stan]] mi-a arătat pozele cu tavanul de la ea din casă și
așa a început totul.

Doamna [[PERSON:Stan]] are [[AGE:68 de ani]], este născută pe
[[DATE_OF_BIRTH:22 octombrie 1955]] la Craiova și locuiește cu nepotul ei,
[[PERSON:Robert]], de [[AGE:17 ani]], elev la [[ADDRESS:Stopsley High School]]. Adresa lor este
[[ADDRESS:41 Hawthorn Avenue]], [[POSTCODE:LU2 7QS]], o casă a
[[ORGANISATION:Lea Valley Homes Trust]]. Doamna [[PERSON:Floarea]] suferă de
[[HEALTH:diabet]] și are o [[HEALTH:proteză de șold]], așa că nu urcă ușor pe scări.

Din martie 2022 acoperișul a curs în dormitorul de sus. Au venit cei de la
[[ORGANISATION:Chiltern Roofline]] de patru ori, au schimbat câte două-trei țigle și au plecat.
Numărul lucrării era [[REFERENCE:LVH-40791]]. [[PERSON:Robert]] a dormit toată iarna pe canapea,
iar bunica lui, cu lighenele puse pe jos.

Am scris plângerea în engleză, cu [[PERSON:Robert]] lângă mine, din adresa mea
[[EMAIL:gabi.dumitru@example.com]] (referința plângerii [[REFERENCE:LVHT-CF-2022-318]]).
Răspunsul de la prima etapă a venit cu întârziere. La a doua etapă, managerul
[[PERSON:Owen Pritchard]] a trimis un inspector care a găsit grinzile putrezite. S-a refăcut
tot acoperișul, s-a zugrăvit camera și doamna [[PERSON:Stan]] a primit 1.150 de lire, plătite în
contul care se termină în [[OTHER_ID:7741]].

[[ORGANISATION:Lea Valley]] ne-a spus că acum, dacă aceeași reparație se cere de trei ori, trimit
automat un inspector și nu încă o echipă. Iar când chiriașul nu vorbește bine engleza, îl
întreabă dacă vrea ca o rudă sau un voluntar să fie trecut ca persoană de contact. Eu sunt la
biserică în fiecare duminică; telefon [[PHONE:01632 960 214]].
"""),
    ),
    (
        "fv2ad-ro-03",
        "ro",
        _s("""
Sunt interpret de limba română pentru consiliile din Midlands. Mă numesc
[[PERSON:Adrian Ciobanu]] și am lucrat cu familia [[PERSON:Rusu]] de la începutul problemei
până la sfârșit. Scriu aceste rânduri la rugămintea lor.

[[PERSON:Vasile Rusu]] ([[AGE:39 de ani]]) și [[PERSON:Mariana Rusu]] ([[AGE:35 de ani]]) locuiesc
în Leicester, pe [[ADDRESS:Strada Hartington nr. 72]], [[POSTCODE:LE2 0GB]], împreună cu fiica
lor [[PERSON:Daria]], care are [[AGE:11 luni]], și cu mama lui [[PERSON:Vasile]], doamna
[[PERSON:Lucreția]]. Casa este închiriată de la [[ORGANISATION:Soar Riverside Housing]]. Numărul
de NHS al micuței [[PERSON:Daria]] este [[OTHER_ID:608 559 1124]], îl pun aici pentru că a fost
trecut pe toate scrisorile medicale.

În ianuarie 2023 au apărut ploșnițe în dormitor. Fetița era plină de mușcături, iar medicul de
la [[ADDRESS:Saffron Health Centre]] a confirmat o [[HEALTH:infecție a pielii]]. Firma
[[ORGANISATION:BugOut Midlands]] a venit o singură dată și a pulverizat doar patul. Numărul
cererii de dezinsecție era [[REFERENCE:SRH-PEST-22817]]. [[PERSON:Mariana]] a sunat de opt ori
și de fiecare dată i s-a spus că trebuie să vorbească soțul, fiindcă el e titularul
contractului.

Am făcut împreună o plângere formală (numărul [[REFERENCE:SRH/COM/1093]]). La etapa întâi,
doamna [[PERSON:Sunita Mistry]] a recunoscut că nu aveau voie să refuze să vorbească cu
[[PERSON:Mariana]]. S-au făcut trei tratamente complete, li s-a dat o saltea nouă și un pătuț
nou pentru [[PERSON:Daria]], plus 500 de lire.

Lecțiile spuse de [[ORGANISATION:Soar Riverside]]: orice adult din locuință poate raporta o
problemă, iar ploșnițele se tratează în toată casa, nu doar în patul unde au fost văzute.
Contact: [[PHONE:0116 496 0624]], [[EMAIL:adrian.ciobanu@example.net]].
"""),
    ),
    (
        "fv2ad-ro-04",
        "ro",
        _s("""
Numele meu este [[PERSON:Corina Bălan]] și sunt asistentă socială în echipa pentru familii din
Sheffield. Am cunoscut familia [[PERSON:Căldăraru]] la [[ADDRESS:Fir Vale Community Hub]], unde
mama vine la cursul de engleză, iar eu țin o oră de consiliere pe săptămână.

[[PERSON:Florin Căldăraru]] și soția lui, [[PERSON:Lenuța]], sunt [[OTHER_SPECIAL:romi]] din
județul Bihor și au venit în Anglia în 2014. Au cinci copii: [[PERSON:Denisa]] ([[AGE:14 ani]]),
[[PERSON:Alin]] ([[AGE:12 ani]]), [[PERSON:Bianca]] ([[AGE:8 ani]]), [[PERSON:Narcis]]
([[AGE:5 ani]]) și cel mic, [[PERSON:Nicolae]], căruia toți îi spun [[PERSON:Nicu]], de
[[AGE:un an și opt luni]]. Cei mari învață la [[ADDRESS:Barnsley Road Academy]]. Toți șapte
locuiau într-o casă cu două camere, [[ADDRESS:9 Crabtree Walk]], [[POSTCODE:S4 8AZ]], a
[[ORGANISATION:Sheaf Valley Homes]].

Pe lângă înghesuială, casa avea igrasie în ambele dormitoare. [[PERSON:Alin]] are
[[HEALTH:fibroză chistică]], iar medicii de la spital ne-au spus că umezeala îi face mult rău.
Familia era pe lista de locuințe din 2019 (numărul [[REFERENCE:SHR-19-062274]]), dar pe dosar
figurau doar trei copii. De două ori li s-a cerut actul de identitate al lui [[PERSON:Florin]],
cartea de identitate [[OTHER_ID:XV 481223]], și de fiecare dată documentul s-a „pierdut”.

Am trimis o plângere formală în numele familiei (numărul [[REFERENCE:SVH/CF/0614]]), cu
interpreta [[PERSON:Mirela Stoica]] prezentă la fiecare întâlnire. Doamna [[PERSON:Julie Naylor]],
de la echipa de plângeri, a recunoscut că dosarul nu fusese actualizat și că familiei i se
răspunsese cu prejudecăți. Familia a fost trecută în banda de urgență medicală și, după patru
luni, s-a mutat într-o casă cu patru camere, la [[ADDRESS:numărul 27]] pe aceeași stradă. Au
primit și 650 de lire.

Lecțiile spuse de [[ORGANISATION:Sheaf Valley]]: actualizarea componenței familiei în cinci zile
lucrătoare, un singur ofițer de legătură pentru familiile mari și instruire despre
discriminarea romilor pentru tot personalul. Mă puteți contacta la [[PHONE:0114 496 0187]] sau
[[EMAIL:corina.balan@example.org]].
"""),
    ),
    (
        "fv2ad-ro-05",
        "ro",
        _s("""
Scriu în numele mamei mele, care după accident nu mai poate scrie cu mâna dreaptă. Sunt
[[PERSON:Alexandra Neagu]], dar toată lumea îmi spune [[PERSON:Alex]].

Mama, [[PERSON:Viorica Neagu]], s-a născut pe [[DATE_OF_BIRTH:șapte iulie 1958]]. În
februarie 2022 a suferit un [[HEALTH:accident vascular cerebral]] și de atunci are
[[HEALTH:hemipareză]] pe partea dreaptă. Locuiește cu tata, [[PERSON:Gheorghe]] (pentru noi,
[[PERSON:Ghiță]]), în [[ADDRESS:Flat 1, 5 Coley Terrace]], Reading, [[POSTCODE:RG1 6AP]], o
locuință a [[ORGANISATION:Kennet Meadows Housing]]. Merg amândoi duminica la
[[ADDRESS:Biserica Adventistă Românească din Reading]], care e la zece minute de casă.

Terapeuta ocupațională, [[PERSON:Fiona Marsh]], a cerut în aprilie 2022 o cabină de duș fără
prag și bare de sprijin (cererea [[REFERENCE:KMH-AD-1128]]). Firma
[[ORGANISATION:Able Access Ltd]] a venit să măsoare, apoi nimic timp de zece luni. Tata, care are
[[AGE:71 de ani]], o ridica pe mama din cadă în fiecare seară. Nici locul de parcare pentru
persoane cu dizabilități nu fusese marcat, iar mașina lor, [[OTHER_ID:RX16 NFV]], primea amenzi.

Am făcut plângere (numărul [[REFERENCE:KMH-CS-23-0402]]) și am postat o filmare pe contul meu,
[[OTHER_ID:@alex.neagu.rdg]]. A doua zi m-a sunat domnul [[PERSON:Tunde Bakare]], șeful
echipei de adaptări, și a venit personal. Dușul s-a montat în cinci săptămâni, s-au pus bare și
o rampă, s-a marcat locul de parcare, iar părinții mei au primit 800 de lire și anularea
amenzilor.

[[ORGANISATION:Kennet Meadows]] a promis că fiecare cerere de adaptare va avea un responsabil
cu nume și prenume și că familia va fi sunată lunar până la finalizare. Pentru cine are nevoie:
[[PHONE:0118 496 0552]] sau [[EMAIL:alexandra punct neagu arond example punct com]].
"""),
    ),
    (
        "fv2ad-ur-01",
        "ur",
        _s("""
السلام علیکم۔ میرا نام [[PERSON:محمد طارق]] ([[PERSON:Muhammad Tariq]]) ہے اور میں بریڈفورڈ کی
[[ADDRESS:جامع مسجد غوثیہ]] کی فلاحی کمیٹی میں رضاکار ہوں۔ عصر کے بعد ہم مسجد کے دفتر میں بیٹھ
کر نمازیوں کے خطوط اور فارم پُر کرنے میں مدد کرتے ہیں۔ یہ کہانی خاندان کی اجازت سے لکھ رہا ہوں۔

[[PERSON:شاہد محمود]] صاحب اور ان کی اہلیہ [[PERSON:نسیم اختر]] اپنے تین بچوں کے ساتھ
[[ADDRESS:17 Girlington Mews]]، [[POSTCODE:BD8 9QA]] میں رہتے ہیں۔ بڑی بیٹی [[PERSON:عائشہ]]
[[AGE:بارہ سال]] کی ہے، [[PERSON:حمزہ]] [[AGE:۸ سال]] کا ہے اور دونوں [[ADDRESS:Lilycroft Primary]]
میں پڑھتے ہیں۔ سب سے چھوٹا [[PERSON:عبداللہ]]، جسے گھر میں سب [[PERSON:عبدو]] کہتے ہیں، ابھی
[[AGE:اٹھارہ مہینے]] کا ہے۔ مکان [[ORGANISATION:Manningham Homes]] کا ہے۔

دو سردیوں سے بچوں کے کمرے اور غسل خانے کی دیواروں پر کالی پھپھوندی تھی۔ [[PERSON:عبدو]] کو
[[HEALTH:برونکائٹس]] ہوا اور وہ ہسپتال میں تین راتیں رہا۔ [[ADDRESS:Whetley Lane Medical Practice]]
کی ڈاکٹر نے خط بھی لکھا۔ لیکن مرمت والا ہر بار آ کر دیوار پر سفیدی کر جاتا تھا۔ مرمت کا
نمبر [[REFERENCE:MH-REP-207415]] تھا۔

ہم نے مل کر باقاعدہ شکایت کی، شکایت نمبر [[REFERENCE:MH/COMP/23/0334]]۔ پہلے مرحلے کے جواب میں
کہا گیا کہ گھر میں کپڑے سکھانے سے نمی ہوتی ہے۔ دوسرے مرحلے میں ہاؤسنگ مینیجر
[[PERSON:ہیلن کارٹر]] ([[PERSON:Helen Carter]]) مترجم [[PERSON:راشد]] بھائی کے ساتھ خود آئیں اور
انہوں نے دیکھا کہ باہر کی دیوار میں دراڑ ہے اور چھت کی نالی ٹوٹی ہوئی ہے۔ دیوار اور نالی
ٹھیک کی گئی، پنکھے لگے، کمروں کا نیا پلستر ہوا، اور خاندان کو ۸۰۰ پاؤنڈ معاوضہ ملا۔

[[ORGANISATION:Manningham Homes]] نے مانا کہ کرایہ دار پر الزام لگانا غلط تھا اور اب ہر
پھپھوندی کی شکایت پر پہلے سروے ہوگا۔ [[PERSON:نسیم]] باجی کہتی ہیں کہ اب [[PERSON:عبدو]] رات کو
کھانستا نہیں۔ کسی کو مدد چاہیے تو [[PHONE:07700 900 392]] پر رابطہ کریں یا
[[EMAIL:m.tariq@example.org]] پر لکھیں۔
"""),
    ),
    (
        "fv2ad-ur-02",
        "ur",
        _s("""
میں [[PERSON:ثمینہ چوہدری]] ہوں، برمنگھم میں سٹیزنز ایڈوائس کی مشیر۔ ہم ہر جمعرات
[[ADDRESS:Alum Rock Community Centre]] میں اردو اور پنجابی میں مشورے کی نشست رکھتے ہیں۔ وہیں
میری ملاقات [[PERSON:زاہدہ پروین]] سے ہوئی۔

[[PERSON:زاہدہ]] بیگم بیوہ ہیں، عمر [[AGE:۶۲ سال]]، تاریخِ پیدائش [[DATE_OF_BIRTH:04/09/1961]]۔
وہ اپنے چھوٹے بیٹے [[PERSON:فیصل]] کے ساتھ [[ADDRESS:مکان نمبر 118، Highfield Road]] پر
رہتی ہیں، جو [[ADDRESS:Madina Cash & Carry]] کے بالکل سامنے ہے؛ پوسٹ کوڈ [[POSTCODE:B8 3RL]]۔
[[PERSON:فیصل]] کو [[HEALTH:شیزوفرینیا]] ہے اور وہ زیادہ تر گھر پر رہتا ہے۔ مکان
[[ORGANISATION:Ward End Housing Co-operative]] کا ہے۔

گزشتہ سال کچن کی چھت سے پانی ٹپکنے لگا اور بجلی کے ساکٹ میں چنگاریاں آنے لگیں۔
[[PERSON:زاہدہ]] بیگم نے مرمت کی لائن پر نو بار فون کیا، مگر ہر بار ان سے ان کا نیشنل انشورنس
نمبر [[NI_NUMBER:QQ 66 40 12 C]] اور کرایہ داری نمبر [[REFERENCE:WEH-T-20551]] پوچھا جاتا اور کہا
جاتا کہ "اگلے ہفتے کوئی آئے گا"۔ ٹھیکیدار [[ORGANISATION:Brumline Electrical]] دو بار آیا اور
دونوں بار کہہ کر گیا کہ یہ پلمبر کا کام ہے۔

میں نے ان کی طرف سے تحریری شکایت کی، نمبر [[REFERENCE:WEH/CF/2023/077]]۔ کوآپریٹو کی
منیجر [[PERSON:ڈونا ہیرس]] نے تسلیم کیا کہ دو ٹھیکیداروں کے بیچ کام گم ہو گیا تھا۔ ایک ہفتے
میں الیکٹریشن اور پلمبر ایک ساتھ آئے، پائپ اور وائرنگ بدلی گئی، اور [[PERSON:زاہدہ]] بیگم کو
۵۵۰ پاؤنڈ ملے، جو ان کے بینک اکاؤنٹ [[OTHER_ID:20-41-77]] / [[OTHER_ID:63018822]] میں ڈالے گئے۔

سبق: اب ایسی مرمت جس میں پانی اور بجلی دونوں ہوں، ایک ہی جاب نمبر پر ایک ذمہ دار افسر کے
تحت چلتی ہے، اور ذہنی صحت کے مسئلے والے گھرانوں کو ٹیکسٹ کے بجائے فون کر کے وقت دیا جاتا ہے۔
رابطہ: [[PHONE:0121 496 0263]]، [[EMAIL:sameena.chaudhry@example.org]]۔
"""),
    ),
    (
        "fv2ad-ur-03",
        "ur",
        _s("""
میرا نام [[PERSON:علی رضا]] ہے، میری عمر [[AGE:۱۹ برس]] ہے، اور یہ تحریر میں اپنے دادا جان کی
طرف سے لکھ رہا ہوں۔ دادا جان [[PERSON:غلام رسول]] ([[PERSON:Ghulam Rasool]]) کی پیدائش
[[DATE_OF_BIRTH:یکم مارچ ۱۹۴۰]] کو ہوئی، اور وہ ۱۹۶۲ میں جہلم سے مانچسٹر آئے تھے۔ دادی جان
[[PERSON:رشیدہ بی بی]] ان کے ساتھ رہتی ہیں۔

دونوں [[ADDRESS:Kersal Heights]] کی گیارہویں منزل پر [[ADDRESS:فلیٹ ۱۱۴]] میں رہتے ہیں، پوسٹ کوڈ
[[POSTCODE:m7 4ft]]۔ بلاک [[ADDRESS:مرکزی جامع مسجد]] سے دو گلیاں دور ہے۔ پچھلے سال دادا جان کو
[[HEALTH:فالج]] ہوا تھا اور اب وہ واکر کے بغیر نہیں چل سکتے۔

فروری ۲۰۲۳ میں بلاک کی دونوں لفٹیں تین ہفتے بند رہیں۔ دادا جان کا ہسپتال میں فزیوتھراپی کا
معائنہ دو بار چھوٹ گیا۔ مالک مکان [[ORGANISATION:Irwell Heights Housing]] کہتا رہا کہ کمپنی
[[ORGANISATION:NorthLift Engineering]] پرزے کا انتظار کر رہی ہے۔ لفٹ کی خرابی کا نمبر
[[REFERENCE:IHH-LIFT-3390]] تھا۔

میں نے آن لائن شکایت درج کی، نمبر [[REFERENCE:IHH-C-58102]]، اور اپنا نمبر [[PHONE:0161 496 0458]]
دیا۔ ساتھ میں انسٹاگرام پر [[OTHER_ID:@ali.raza.mcr]] سے سیڑھیوں کی ویڈیو ڈالی جس میں میرے
کزن [[PERSON:بلال]] اور میں دادا جان کو کرسی پر اٹھا کر نیچے لا رہے ہیں۔ اگلے دن کونسلر
[[PERSON:شبانہ اقبال]] کا فون آیا، اور پھر ہاؤسنگ کی طرف سے [[PERSON:مارک]] صاحب ملنے آئے۔

انہوں نے دادا جان اور دادی جان کو بلاک کی مرمت مکمل ہونے تک زمینی منزل کے ایک خالی فلیٹ میں
منتقل کیا، ہسپتال کے لیے ٹیکسی کا انتظام کیا اور ۷۰۰ پاؤنڈ دیے۔ اب
[[ORGANISATION:Irwell Heights]] ہر بلاک میں ایسے رہائشیوں کی فہرست رکھتا ہے جو سیڑھیاں استعمال
نہیں کر سکتے، اور لفٹ بند ہوتے ہی ان سے رابطہ کرتا ہے۔ میرا ای میل:
[[EMAIL:ali.raza.mcr@example.com]]۔
"""),
    ),
    (
        "fv2ad-ur-04",
        "ur",
        _s("""
میں [[PERSON:فرزانہ ملک]] ہوں اور سلاؤ میں [[ADDRESS:روشنی ویمنز سینٹر]] کی کیس ورکر ہوں۔ یہ
کہانی ایک بہادر ماں کی ہے، جو اجازت دے کر چاہتی ہیں کہ دوسری خواتین ہمت کریں۔

[[PERSON:صائمہ نورین]] ([[PERSON:Saima Noreen]]) اپنی دو بیٹیوں، [[PERSON:مریم]]
([[AGE:دس سال]]) اور [[PERSON:زینب]] ([[AGE:سات سال]])، کے ساتھ [[ADDRESS:Flat 9, 30 Cippenham Walk]]،
[[POSTCODE:SL1 5XB]] میں رہتی ہیں۔ بچیاں [[ADDRESS:Lynch Hill Primary]] میں پڑھتی ہیں۔
[[PERSON:صائمہ]] کی طلاق ہو چکی ہے اور وہ [[OTHER_SPECIAL:ڈومیسٹک وائلنس رعایت (DDVC)]] کے تحت
ویزا پر تھیں، اب انہیں مستقل رہائش مل گئی ہے۔

اوپر والے فلیٹ میں ایک آدمی رات بھر شور کرتا، دروازے پر لات مارتا اور [[PERSON:صائمہ]] کو
گالیاں دیتا، کیونکہ وہ اکیلی عورت ہیں اور [[OTHER_SPECIAL:حجاب]] کرتی ہیں۔ اس نے فیس بک پر
اپنے صفحے [[OTHER_ID:facebook.com/slough.dave.1984]] پر ان کی تصویر بھی لگائی۔ مالک مکان
[[ORGANISATION:Thames Crest Housing]] کے پاس سماجی مخالف رویے کا کیس
[[REFERENCE:TCH-ASB-22-0871]] کھلا اور پولیس کا نمبر [[REFERENCE:43220178342]] تھا، مگر چھ ماہ
تک کوئی افسر نہیں آیا۔

ہم نے باقاعدہ شکایت کی، نمبر [[REFERENCE:TCH/COMP/1142]]۔ ہماری مترجم [[PERSON:عظمیٰ]] ہر ملاقات
میں ساتھ رہیں۔ دوسرے مرحلے میں افسر [[PERSON:جیمز او کونر]] ([[PERSON:James O'Connor]]) نے معافی
مانگی، پوسٹ ہٹوائی گئی، اس آدمی کے خلاف عدالتی حکم لیا گیا، دروازے پر کیمرا اور مضبوط تالا
لگا، اور [[PERSON:صائمہ]] کو ۶۰۰ پاؤنڈ ملے۔

[[ORGANISATION:Thames Crest]] نے سیکھا کہ اکیلی عورت کے خلاف نفرت پر مبنی ہراسانی کو پہلے دن
سے ترجیح دینی ہے، اور ہر ہفتے متاثرہ شخص کو خبر دینی ہے۔ رابطہ: [[PHONE:01632 960 705]]،
[[EMAIL:farzana.malik@example.net]]۔
"""),
    ),
    (
        "fv2ad-ur-05",
        "ur",
        _s("""
میں [[PERSON:نادیہ حسین]] ہوں، لندن کے مشرقی بوروز میں اردو اور پشتو کی مترجم۔ میں نے
[[PERSON:خان]] خاندان کے لیے مالک مکان، سکول اور ہسپتال کے ساتھ ملاقاتوں میں ترجمہ کیا، اور
یہ خلاصہ ان کی اجازت سے لکھ رہی ہوں۔

[[PERSON:عمران خان]] اور ان کی بیگم [[PERSON:روبینہ]] کے تین بچے ہیں۔ درمیانی بیٹا
[[PERSON:ایان]]، [[AGE:نو سال]] کا، [[HEALTH:دماغی فالج]] کا مریض ہے اور وہیل چیئر استعمال کرتا ہے؛
وہ [[ADDRESS:Beckton Brook Special School]] جاتا ہے۔ اس کا NHS نمبر
[[OTHER_ID:۴۰۱ ۲۲۷ ۸۸۶۳]] ہے۔ خاندان [[ADDRESS:62 Ferncliff Road]]، ایسٹ ہیم،
[[POSTCODE:E6 2LU]] میں رہتا ہے، جو [[ORGANISATION:Newham Riverside Homes]] کا مکان ہے۔

دسمبر ۲۰۲۲ میں بوائلر خراب ہوا اور گرم پانی اور ہیٹنگ دونوں بند ہو گئے۔ [[PERSON:ایان]] کو
سردی میں پٹھوں کا اکڑاؤ بہت زیادہ ہوتا ہے اور اسے روز گرم پانی سے نہلانا ضروری ہے۔ مرمت کا
نمبر [[REFERENCE:NRH-B-664208]] تھا، اور ٹھیکیدار [[ORGANISATION:CityHeat Plumbing]] تین بار
وقت دے کر نہیں آیا۔ [[PERSON:روبینہ]] باجی انگریزی نہیں بولتیں، اس لیے ہر بار جواب صرف ریکارڈ
شدہ پیغام ہوتا۔

سکول کی نرس [[PERSON:گریس]] کے خط کے ساتھ ہم نے شکایت درج کی (نمبر
[[REFERENCE:NRH/CS/2022/5519]])۔ پہلے مرحلے میں [[PERSON:پرمیندر سگو]] نے فون پر مجھ سے بات کی
اور اگلے ہی دن نیا بوائلر لگوا دیا۔ خاندان کو ۴۰۰ پاؤنڈ ملے اور بجلی کے ہیٹر کا بل بھی ادا
کیا گیا۔ [[PERSON:عمران]] بھائی کی گاڑی [[OTHER_ID:LF19 OKV]] کے لیے معذوری والی پارکنگ کی درخواست
بھی اسی ملاقات میں منظور ہو گئی۔

[[ORGANISATION:Newham Riverside]] نے مانا کہ معذور بچے والے گھر میں ہیٹنگ کی خرابی کو
ہنگامی مرمت ماننا چاہیے تھا، اور اب ان کی کال لائن پر اردو کا آپشن بھی ہے۔ مجھ سے رابطہ:
[[PHONE:020 7946 0532]]، [[EMAIL:nadia.hussain@example.com]]۔
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
