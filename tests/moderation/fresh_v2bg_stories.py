"""Fresh version-2 PII test stories, batch bg.

Call notes: a landlord's contact-centre agents and out-of-hours operators write up phone calls with
residents as case notes and call transcripts, later sent to the campaign as case studies of
complaints put right. The notes are clipped and practical: "Caller:", "Agent:", "Verified DPA: name,
DOB, postcode, first line", call times, callback numbers, relatives ringing on a resident's behalf,
job, complaint and ASB case numbers raised during the call, the officer the call was passed to, the
agent's shorthand (cust, T, HO, w/c, ETA, appt, r/b, LVM) and the resident's own words in quotes. In
Arabic, Bengali, Punjabi, Polish, Romanian and Urdu the notes are written by bilingual agents in the
resident's language, keeping English system labels and terms; numbers come in native digits, in
words or as dictated ("dot", "at", "małpa", "arond", "ডট", "ਐਟ", "ڈاٹ"), and the names of agents and
officers from every community are written in the script of the notes. Call times, call dates, sums of
money, hospitals, towns and language names are not marked.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 7 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 77.1% of 35, recall 98.5%, precision 82.4%, on the committed
detector 9c0c5e9 (after round 54); leak-free by language ar 4, bn 5, en 4, pa 4, pl 3, ro 4, ur 3 of 5.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2bg-en-01",
        "en",
        _s("""
Case study from the [[ORGANISATION:Wharfedale Community Homes]] contact centre, copied from the CRM as
typed. Names used with the family's consent.

Call 1. Mon 09:14, inbound. Caller: [[PERSON:Oonagh Devlin]], daughter, calling on behalf of her mum
Mrs [[PERSON:Bridie Devlin]] (T). Verified DPA: T's name, DOB [[DATE_OF_BIRTH:02/11/1941]], postcode
[[POSTCODE:LS12 4QW]], first line [[ADDRESS:17 Farnley Rise]]. Caller states black mould in back
bedroom, behind wardrobe and on ceiling above mum's bed. Caller: "It's on her coat, it's on her
pillow, she's breathing it in all night." T is [[AGE:83]], has [[HEALTH:COPD]], on home oxygen
overnight. Raised D&M inspection [[REFERENCE:WCH-DM-30417]], appt w/c 14th AM. Callback for
[[PERSON:Oonagh]]: [[PHONE:07700 900461]]. Agent: [[PERSON:Kerensa]].

Call 2. Thu 16:40, 3 wks later, inbound. [[PERSON:Oonagh]] again, v upset. Nobody attended, no card
left. System shows [[ORGANISATION:Kestrel Damp Solutions]] closed job as "no access". Caller states
mum was in all day: "She doesn't go anywhere. She can't." Logged Stage 1 complaint
[[REFERENCE:CMP-118842]], passed to complaints officer [[PERSON:Tariq Hussain-Bell]]. Advised r/b
within 2 working days. Agent: [[PERSON:Dionne]].

Call 3. Fri 10:05, outbound. [[PERSON:Tariq]] spoke to [[PERSON:Oonagh]]. Operative's tracker shows
he went to [[ADDRESS:17 Farnley Rose]], wrong street, and marked no access there. Full apology
given. Surveyor [[PERSON:Gethin Pryce]] attended same pm: air bricks blocked, extractor dead, no
trickle vents.

Put right: mould wash next day, PIV unit fitted, air bricks cleared, new extractor, bedroom
redecorated within 10 working days. £275 paid to Mrs [[PERSON:Devlin]]'s account ending
[[OTHER_ID:6620]]; confirmation emailed to [[EMAIL:oonagh.devlin@example.com]].

What changed: contractors can no longer close a job as "no access" without a photo of the door and
a call to the number on the job. Vulnerability flag added for [[PERSON:Bridie]] ([[HEALTH:COPD]],
oxygen). [[PERSON:Oonagh]] on the follow-up call: "Finally someone actually came and looked at it."
"""),
    ),
    (
        "fv2bg-en-02",
        "en",
        _s("""
Out-of-hours log and follow-up notes, shared by [[ORGANISATION:Dovecot Housing Co-operative]] as a
complaint put right.

OOH call, Sat 23:52. Operator: [[PERSON:Aisling Moran]]. Caller: Mr [[PERSON:Delroy Whyte]],
[[ADDRESS:flat 6]], [[ADDRESS:Sefton House]], [[POSTCODE:L8 2XJ]]. DPA passed (name, DOB
[[DATE_OF_BIRTH:19.04.1958]], postcode). Caller states water coming through the kitchen ceiling
light: "Like a tap, love, straight through the bulb." Advised not to touch switches, turn off at
consumer unit if safe to. Grandson [[PERSON:Kofi]], [[AGE:4]], staying with him; boy has
[[HEALTH:sickle cell]] and has to be kept warm, flagged. Emergency job [[REFERENCE:OOH-775310]] sent
to [[ORGANISATION:Merseyflow Plumbing]], ETA 2 hrs. Callback landline [[PHONE:0151 496 0237]], mob
[[PHONE:07700 900 118]].

OOH call, Sun 01:48. Engineer [[PERSON:Stelian]] on site. No answer from [[ADDRESS:flat 10]] above,
water isolated at the riser. Make safe only.

The next 5 weeks: ceiling left bowed, light dead, no follow-on job raised. Mr [[PERSON:Whyte]] rang
four times. Call 9/3, caller states: "I've got a little lad with [[HEALTH:sickle cell]] sleeping
here, a ceiling that's coming down, and nobody rings me back." Complaint logged
[[REFERENCE:DHC/CX/2231]], passed to [[PERSON:Ngozi Eze]], Customer Resolution. LVM x2, spoke to
cust 11/3.

Put right: ceiling boarded and skimmed within the week, electrics tested by
[[ORGANISATION:Brightline Electrical]], kitchen redecorated, £400 for the delay and loss of use.
[[PERSON:Ngozi]] apologised in person and confirmed by email to
[[EMAIL:delroy dot whyte at example dot net]] (as cust spelled it out).

What changed: every OOH make-safe now creates a follow-on job automatically with a 5-day target, and
OOH operators can add a vulnerability note the day team sees as soon as they open the record. Mr
[[PERSON:Whyte]]: "All I wanted was someone to ring me back and mean it."
"""),
    ),
    (
        "fv2bg-en-03",
        "en",
        _s("""
Case study from the [[ORGANISATION:Bronte Fold Housing]] contact centre and ASB team. Call notes as
typed; the family agreed to share them.

Inbound 14:20, Wed. Caller: Mrs [[PERSON:Ifeoma Adeyemi-Clarke]]. DPA verified: name, DOB, postcode
[[POSTCODE:NG8 3HU]], 1st line [[ADDRESS:4 Wollaton Vale Close]]. Caller states neighbour parks
across the dropped kerb most mornings so her son can't get his wheelchair out. Reg
[[OTHER_ID:FD68 WKR]], silver Astra. Son [[PERSON:Tobenna]] ("[[PERSON:Tobi]]"), [[AGE:12]], has
[[HEALTH:cerebral palsy]]. Caller also states the driver swore at her and told her to "go back where
you came from". Agent logged as parking dispute, advised cust to contact council parking. No ASB
case opened.

Inbound 09:02, 2 wks later. [[PERSON:Ifeoma]] rang back. [[PERSON:Tobi]] has missed school twice,
[[ADDRESS:Beechdale Park Academy]] rang her about it. Caller: "This is not about parking. He says it
because we're [[OTHER_SPECIAL:Black]]." Agent [[PERSON:Wiktoria]] opened ASB case
[[REFERENCE:ASB-24-0917]] as a hate incident and Stage 1 complaint [[REFERENCE:BFH-C-40556]]. Cust
gave police ref [[REFERENCE:NTP/2406/1188]]. Passed to ASB officer [[PERSON:Lorcan Whelan]], r/b
same day.

Outbound 15:30. [[PERSON:Lorcan]] spoke to cust, arranged joint visit with police for Fri.

Put right: formal warning to the neighbour under tenancy conditions, H-bar markings and a
fold-down post at the kerb, doorbell camera fitted free. Complaint upheld: the first call should
have been logged as a hate incident, not a parking issue. £150 and a written apology from the Head
of Housing.

What changed: agents now get a prompt on screen. Any mention of race, religion or disability in a
neighbour call goes to ASB hate triage, not "parking/general". [[PERSON:Ifeoma]] by email
([[EMAIL:ifeoma.ac@example.org]]): "[[PERSON:Tobi]] goes out down his own ramp again. That's all we
asked for."
"""),
    ),
    (
        "fv2bg-en-04",
        "en",
        _s("""
Repairs line transcript with agent notes, [[ORGANISATION:Tamebridge Homes]], shared as a complaint
put right.

Inbound 07:31, Tue.
Agent: Morning, repairs, you're speaking to [[PERSON:Roxanne]].
Caller: Hiya, it's [[PERSON:Hamish Drummond]], I'm ringing for my dad, [[PERSON:Alasdair Drummond]].
I'm on his file as his contact.
Agent: Can I just take his date of birth and postcode?
Caller: [[DATE_OF_BIRTH:Ninth of July 1938]]. [[POSTCODE:B23 5NP]]. It's
[[ADDRESS:58 Gravelly Hill Gardens]].
Agent: Thank you, that's verified.
Caller: The boiler's off again. Third time. He's got [[HEALTH:vascular dementia]], he doesn't know
the heating's off, he just sits in his coat. He's [[AGE:86]]. It's meant to be minus two tonight.
Agent: I can see job [[REFERENCE:TBH-R-551902]] closed as parts on order. I'm raising an urgent one
now.

Notes: urgent job [[REFERENCE:TBH-R-552067]] to [[ORGANISATION:Heatsure Midlands]], ETA 24 hrs, 2 x
oil-filled heaters to be dropped today. Callback for [[PERSON:Hamish]] [[PHONE:0121 496 0815]] /
[[EMAIL:h.drummond@example.net]].

Thu 15:10 outbound: LVM. 16:45 outbound: spoke to [[PERSON:Hamish]]. Heaters never delivered. Dad
admitted to hospital overnight with low body temperature. [[PERSON:Hamish]] gave dad's NHS no.
[[OTHER_ID:721 408 5593]] so our OT could liaise with the discharge team. Complaint logged
[[REFERENCE:TBH-CMP-8034]], passed to complaints manager [[PERSON:Priyanka Venkataraman]].

Put right: boiler replaced (not repaired) before discharge, heaters left as backup, thermostat set
and locked at 21° with the family's agreement, £600 compensation, and [[PERSON:Priyanka]] visited to
apologise in person.

What changed: any "parts on order" job for a household with a vulnerability flag now triggers
temporary heating the same day and a daily welfare call until it's fixed. [[PERSON:Hamish]]: "Dad
came home to a warm house. That's the bit that matters."
"""),
    ),
    (
        "fv2bg-en-05",
        "en",
        _s("""
Case study, rent account and recharge complaint, [[ORGANISATION:Severnside Homes Trust]]. Written up
from the call notes.

Inbound 11:02, Mon. Caller: Ms [[PERSON:Kezia Lightbourne]]. DPA: name, DOB
[[DATE_OF_BIRTH:27/01/1979]], postcode [[POSTCODE:bs59ht]], 1st line [[ADDRESS:21B Stapleton Mead]].
Tenancy ref [[REFERENCE:SHT/0048812]]. Caller states she's had an arrears letter for £640, "tenant
damage recharge", bathroom door. Caller: "I didn't damage anything. Your contractor took that door
off to fit my wet room and it never went back on right." Cust has [[HEALTH:MS]], uses a wheelchair
indoors. She's on UC and worried about the housing element; gave NINO
[[NI_NUMBER:JR 62 81 47 C]] for the Income team to check. Also said she'd posted about it on X as
[[OTHER_ID:@kezlightbourne]]. Advised recharge put on hold pending investigation. Complaint
[[REFERENCE:SHT-CF-10392]]. Agent: [[PERSON:Jordan]].

Wed 14:15 outbound. [[PERSON:Rosalind Achterberg]], Complaints, spoke to cust. Pulled job photos from
[[ORGANISATION:Avonmore Adaptations Ltd]]: door frame split during wet room install, operative noted
it and nobody followed up. Social media team replied to cust by DM, no details posted publicly.

Put right: recharge cancelled and £640 taken off the rent account the same week, £100 for distress,
door rehung by the contractor with a lever handle at a height she can reach from her chair. Letter
sent to [[EMAIL:kezia.lightbourne@example.com]] and by post.

What changed: a recharge can't be added to a rent account now without before-and-after photos and
an inspection by a surveyor, and adaptations jobs are checked at sign-off. [[PERSON:Kezia]]: "They
took it off within days. I just wanted someone to actually look."
"""),
    ),
    (
        "fv2bg-ar-01",
        "ar",
        _s("""
حالة من ملفات مركز الاتصال في [[ORGANISATION:Irwell Vale Homes]]، منقولة من الـ CRM كما كتبها
الموظفون، بموافقة الأسرة.

Call 1 – الاثنين 10:12، inbound. Caller: السيدة [[PERSON:تماضر الطيب]]. Verified DPA: الاسم، DOB
[[DATE_OF_BIRTH:١٤/٠٣/١٩٨٦]]، postcode [[POSTCODE:M14 6QR]]، first line
[[ADDRESS:33 Ladybarn Crescent]]. Caller states أن العفن الأسود انتشر في غرفة الأولاد وحول
الشبابيك، وأن ابنها [[PERSON:مُهنّد]] ([[AGE:٦ سنوات]]) عنده [[HEALTH:ربو]] ويستعمل البخاخ كل ليلة.
بكلامها: "الحيطة بتعرق زي الزول، والولد بيكح طول الليل." Raised D&M job رقم
[[REFERENCE:IVH-40219]]، appt w/c ١٢/٠٢ صباحًا. Callback: [[PHONE:٠٧٧٠٠ ٩٠٠٣٥٢]]. Agent:
[[PERSON:بريدجيت]].

Call 2 – بعد ٣ أسابيع، 17:05، inbound. السيدة [[PERSON:تماضر]] اتصلت مرة ثانية. المقاول
[[ORGANISATION:Northway Damp & Mould Ltd]] جاء ومسح الحيطان بمادة مبيّضة فقط، والعفن رجع بعد عشرة
أيام. Caller states: "مسحوا الحيطة ومشوا، ما سألوا العفن جاي من وين." Stage 1 complaint رقم
[[REFERENCE:CMP/IVH/7731]]. Passed to HO [[PERSON:ليام كافانا]]. Advised r/b خلال يومَي عمل. Agent:
[[PERSON:عبلة]].

Call 3 – outbound، 09:40. [[PERSON:ليام]] تكلّم مع السيدة [[PERSON:تماضر]] عن طريق مترجم هاتفي.
اعترف بأن الزيارة الأولى لم تبحث عن سبب الرطوبة. الـ surveyor زار في نفس الأسبوع ووجد مزرابًا
مكسورًا فوق غرفة الأولاد وعزلًا ناقصًا في السقف.

كيف تم الإصلاح: تصليح المزراب، عزل السقف، تركيب PIV unit، إعادة دهان الغرفة، وتعويض £350 حُوِّل
إلى الحساب المنتهي بالأرقام [[OTHER_ID:٢٢٠٩]]. وبطلب من الأم أرسل [[PERSON:ليام]] رسالة إلى مدرسة
[[PERSON:مهند]]، [[ADDRESS:Burnage Brook Primary]]، تشرح سبب غيابه المتكرر.

ما الذي تغيّر: أي job عفن في بيت فيه طفل عنده مرض تنفسي صار يحتاج زيارة surveyor قبل إرسال
المقاول، والمسح وحده لم يعد يُقبل كحل. السيدة [[PERSON:تماضر]] في الـ follow-up call: "الحمد لله،
[[PERSON:مهند]] بقى ينوم الليل كله."
"""),
    ),
    (
        "fv2bg-ar-02",
        "ar",
        _s("""
ملاحظات مكالمات من مركز الاتصال في [[ORGANISATION:Godiva Housing Partnership]]، أُرسلت إلى الحملة
كـ case study عن شكوى تم حلها.

Call 1، الأربعاء 08:47، inbound. Caller: السيدة [[PERSON:رهف القدسي]]، [[ADDRESS:شقة ١٤]]،
[[ADDRESS:Meriden Tower]]، [[POSTCODE:CV2 4LT]]. DPA ok: الاسم، DOB [[DATE_OF_BIRTH:03/09/1990]]،
postcode. Caller states أن المصعد الوحيد في البرج معطّل منذ خمسة أيام، وزوجها [[PERSON:غيث]] على
كرسي متحرك بعد [[HEALTH:جلطة دماغية]] ولم يستطع النزول إلى جلسة العلاج الطبيعي. قالت: "جوزي محبوس
بالطابق الحداعش، متل اللي بالحبس." ملاحظة: العائلة وصلت ضمن برنامج توطين
[[OTHER_SPECIAL:اللاجئين السوريين]] والإنجليزية عندهم محدودة. Job [[REFERENCE:GHP-LF-09114]]
مفتوحة مع [[ORGANISATION:Apex Lift Services]]، الحالة: "awaiting part". Agent: [[PERSON:شانون]].
Advised سيتم التصعيد للـ HO. Callback: [[PHONE:07700 900 247]].

Call 2، بعد ١٢ يومًا، 13:20، inbound. اتصل ابن أختها [[PERSON:يزن]] نيابةً عنها (consent on file).
Caller states أن المصعد ما زال معطلًا، و[[PERSON:غيث]] فاته موعدان في المستشفى. Complaint raised
[[REFERENCE:GHP/C/3356]]. Passed to Neighbourhood Officer [[PERSON:كوامي أسانتي]]
([[PERSON:Kwame Asante]]). Agent: [[PERSON:ماغدالينا]].

Call 3، outbound، 10:00. [[PERSON:كوامي]] اتصل بالسيدة [[PERSON:رهف]] مع مترجم. اعتذر، وقال إن
أحدًا لم يضع علامة vulnerable على ملف العائلة مع أن الكرسي المتحرك مسجّل عندنا منذ سنتين.

كيف تم الإصلاح: انتقلت العائلة مؤقتًا إلى شقة في الطابق الأرضي في [[ADDRESS:Wyken Court]] لثلاثة
أسابيع على حساب المالك، مع taxi لكل المواعيد الطبية، وتعويض £500. المصعد أُصلح في اليوم التاسع
عشر، وأُضيف تجديد المصعد الثاني إلى خطة الصيانة للعام القادم.

ما الذي تغيّر: صار لكل برج قائمة بالسكان الذين لا يستطيعون استعمال الدرج، تُراجَع فور تعطّل أي
مصعد، ويُتصل بكل واحد منهم خلال ٢٤ ساعة. [[PERSON:يزن]] في الـ follow-up: "أول مرة حدا بيتصل فينا
قبل ما نتصل نحنا."
"""),
    ),
    (
        "fv2bg-ar-03",
        "ar",
        _s("""
من سجل مكالمات [[ORGANISATION:Don Valley Homes]]، أرسلناه للحملة كمثال على شكوى حُلّت. كتب
الملاحظات موظفون يتكلمون العربية والإنجليزية.

Call 1، الثلاثاء 11:26، inbound. Caller: السيد [[PERSON:نوزاد هورامي]]، يتصل نيابة عن زوجة أخيه
السيدة [[PERSON:شيرين هورامي]] (T)؛ consent شفهي من T على الخط. Verified DPA: name، postcode
[[POSTCODE:s47gd]]، first line [[ADDRESS:9 Grimesthorpe Walk]]. Caller states أن الفئران تدخل
المطبخ من تحت الخزائن، والعائلة [[OTHER_SPECIAL:كردية عراقية]] و"ما عندها خبرة بهالشي". البنت
[[PERSON:ڤيان]] عمرها [[AGE:سنتين]]. Raised pest job [[REFERENCE:DVH-P-66120]] مع
[[ORGANISATION:Pennine Pest Control]]. Callback:
[[PHONE:صفر سبعة سبعة صفر صفر، تسعة صفر صفر، ستة واحد ثمانية]]. Agent: [[PERSON:ميغان]].

Call 2، بعد شهر، 19:40، OOH. [[PERSON:نوزاد]] متوتر جدًا: المقاول زار ثلاث مرات ووضع سُمًّا حبيبات
على الأرض بدون صناديق، و[[PERSON:ڤيان]] وضعت حبة في فمها. أخذوها إلى A&E، والحمد لله سليمة.
Caller: "حطّوا السم على الأرض مثل الرز، والبنت صغيرة!" الـ OOH operator أرسل pest officer صباح
اليوم التالي لإزالة كل الطعوم. Complaint [[REFERENCE:DVH-CMP-4471]]. Passed to Area Manager
[[PERSON:ياروسلاف دفوراك]]. Email للمتابعة: [[EMAIL:nawzad.h@example.org]].

Call 3، outbound، 10:15. [[PERSON:ياروسلاف]] اتصل بالسيدة [[PERSON:شيرين]] مع مترجم كردي. اعتذر
بلا تحفظ: المقاول لم يتبع القواعد، ولم يبحث أحد عن طريق دخول الفئران.

كيف تم الإصلاح: survey كامل للمطبخ، سدّ الفتحات حول الأنابيب بشبك معدني، تبديل ألواح أسفل
الخزائن، صناديق طعوم مقفلة فقط، تنظيف عميق، وتعويض £300.

ما الذي تغيّر: [[ORGANISATION:Don Valley Homes]] أوقفت استعمال الطعوم السائبة في أي بيت فيه أطفال
تحت ٥ سنوات، وأي pest job صار يبدأ بفحص طرق الدخول قبل السم. [[PERSON:شيرين]] قالت
لـ[[PERSON:ياروسلاف]] في آخر مكالمة: "الآن أنام وأنا مرتاحة."
"""),
    ),
    (
        "fv2bg-ar-04",
        "ar",
        _s("""
ملف مكالمات من [[ORGANISATION:Cannon Hill Homes]]، Repairs & Customer Service، مُرسل كـ case
study. الموظفة التي كتبت الملاحظات تتكلم العربية.

Call 1، السبت 21:10، OOH. Caller: [[PERSON:وضّاح الحميري]]، ابن T، يتصل عن أبيه الحاج
[[PERSON:مسعد الحميري]]. DPA: اسم T، DOB [[DATE_OF_BIRTH:١/١/١٩٤٧]]، postcode
[[POSTCODE:B11 1QS]]، first line [[ADDRESS:112 Ladypool Walk]]. Caller states لا ماء ساخن منذ ثلاثة
أسابيع، والمهندس قال "parts" ولم يرجع. الأب عمره [[AGE:٧٨ سنة]]، عنده [[HEALTH:السكري]]
و[[HEALTH:فشل كلوي]] ويغسل الكلى ثلاث مرات في الأسبوع. بكلام الابن: "أبي يسخّن الماء في الغلاية
عشان يتوضأ، ويده ترجف، خايف يحترق." OOH operator: [[PERSON:تشيوما]]. Raised urgent job
[[REFERENCE:58820417]] مع [[ORGANISATION:WarmFlow Gas Services]]. Callback:
[[PHONE:0121 496 0729]].

Call 2، الثلاثاء 09:30، inbound. [[PERSON:وضّاح]] مرة ثانية: لم يحضر أحد. Caller: "كل مرة job
جديد ورقم جديد، والماء بارد." Complaint logged [[REFERENCE:CHH-CMP-2190]]. Passed to Repairs
Manager [[PERSON:ديكلان فيتزجيرالد]]. LVM 12:00، r/b 14:20.

Call 3، outbound، 14:20. [[PERSON:ديكلان]] تكلّم مع [[PERSON:وضّاح]]. تبيّن أن الـ job الأولى
أُغلقت خطأً عند طلب القطعة، ولم تُربط بالـ job الجديدة. اعتذر.

كيف تم الإصلاح: immersion heater للماء رُكّب في نفس اليوم، boiler جديد خلال ٤٨ ساعة، تعويض £450،
وزيارة من [[PERSON:ديكلان]] للحاج [[PERSON:مسعد]] في البيت. الحاج يصلّي الفجر في
[[ADDRESS:مسجد التقوى]] في نفس الشارع، وصار يتوضأ في البيت بماء من الحنفية مثل باقي الناس.

ما الذي تغيّر: انقطاع الماء الساخن عند ساكن مسجّل كـ vulnerable صار urgent خلال ٢٤ ساعة، ولا
تُغلق أي job عند طلب قطعة. التأكيد أُرسل بالإيميل إلى [[EMAIL:waddah.alhumairi at example dot org]]
كما أملاه [[PERSON:وضّاح]]. [[PERSON:وضّاح]]: "أبوي فرح، قال أخيرًا ماء حار بدون غلاية."
"""),
    ),
    (
        "fv2bg-ar-05",
        "ar",
        _s("""
ملاحظات من مركز الاتصال وفريق ASB في [[ORGANISATION:Lea Bridge Housing Association]]، كُتبت
بالعربية لأن المتصلة تفضّل العربية. أُرسلت كمثال على شكوى تم إنصافها.

Call 1، الخميس 16:05، inbound. Caller: السيدة [[PERSON:ثريّا بنكيران]]، [[ADDRESS:شقة ٣ب]]،
[[ADDRESS:Millfields Court]]، [[POSTCODE:E5 0SL]]. DPA verified: الاسم، DOB
[[DATE_OF_BIRTH:22-06-1975]]، first line. Caller states أن سيارة تقف كل يوم في موقف المعاقين أمام
الباب، ورقمها [[OTHER_ID:LK19 XPO]]. بنتها [[PERSON:إيناس]] عندها [[HEALTH:ضمور عضلي]] وتحمل Blue
Badge، وتضطر أن تنزل من التاكسي في وسط الشارع. قالت بالدارجة: "ما بقيتش قادرة، كل نهار نفس
الطوموبيل." Agent: [[PERSON:نيام]]. Logged كـ "parking – refer to council". Callback:
[[PHONE:+44 20 7946 0561]].

Call 2، بعد ٣ أسابيع، inbound. السيدة [[PERSON:ثريّا]] تقول إن صاحب السيارة صوّر [[PERSON:إيناس]]
وهي تنزل من التاكسي ونشر الفيديو على Instagram في حساب [[OTHER_ID:@e5_kingz]] مع تعليقات مسيئة
عن "[[OTHER_SPECIAL:المغاربة]]". ASB case opened [[REFERENCE:ASB/LBHA/0652]]، وcomplaint
[[REFERENCE:LBHA-C-1907]] لأن Call 1 لم يُسجَّل كـ ASB. Passed to ASB officer
[[PERSON:أديوالي بانجوكو]]. Agent: [[PERSON:أوكسانا]].

Call 3، outbound، اليوم التالي. [[PERSON:أديوالي]] تكلّم مع السيدة [[PERSON:ثريّا]]: الموقف
مخصص لها فقط، والسيارة تخص ساكنًا في نفس المجمّع، وسيُتخذ إجراء حسب عقد الإيجار.

كيف تم الإصلاح: رسالة إنذار رسمية للساكن، طلب حذف الفيديو (حُذف خلال يومين)، موقف المعاقين صار
مرقّمًا باسم الشقة مع bollard قابل للقفل، وتعويض £200 حُوِّل إلى sort code [[OTHER_ID:20-45-77]]،
account [[OTHER_ID:60318842]].

ما الذي تغيّر: أي مكالمة عن موقف معاقين مسجّل لساكن عندنا صارت تُفتح كـ ASB ولا تُحوَّل للبلدية.
السيدة [[PERSON:ثريّا]]: "دابا [[PERSON:إيناس]] كتنزل قدام الباب بحال الناس."
"""),
    ),
    (
        "fv2bg-bn-01",
        "bn",
        _s("""
[[ORGANISATION:Limehouse Basin Housing]]-এর কন্টাক্ট সেন্টারের কল নোট থেকে নেওয়া কেস স্টাডি। নোট
লিখেছেন দ্বিভাষী এজেন্টরা; পরিবারের অনুমতি নিয়ে শেয়ার করা হলো।

Call 1 — সোমবার 10:20, inbound. Caller: মিসেস [[PERSON:রুবাইয়া তালুকদার]], [[ADDRESS:ফ্ল্যাট ২২]],
[[ADDRESS:Bartlett House]], [[POSTCODE:E14 7RX]]. Verified DPA: নাম, DOB
[[DATE_OF_BIRTH:০৫/০৮/১৯৮৯]], postcode, first line. Caller states দুই বেডরুমের ফ্ল্যাটে পাঁচজন
থাকেন, বাচ্চাদের ঘরের দেয়াল ভেজা, কালো ছত্রাক। মেয়ে [[PERSON:তাসনিম]], বয়স [[AGE:৯ বছর]], তার
[[HEALTH:হাঁপানি]] আছে; ছোট ছেলে [[PERSON:ইলহাম]] [[AGE:১৮ মাসের]]। ওনার কথায়: "আমার মাইয়া
রাতে শ্বাস নিতে পারে না, ইনহেলার লইয়া ঘুমায়।" Housing register নম্বর [[REFERENCE:HR-0731245]],
কিন্তু system-এ medical priority নেই, যদিও GP letter পাঠানো হয়েছিল। D&M job raised
[[REFERENCE:LBH-DM-20781]]. Callback: [[PHONE:০৭৭০০ ৯০০৮১৪]]. Agent: [[PERSON:ফিয়োনা]].

Call 2 — ৩ সপ্তাহ পর, inbound. স্বামী [[PERSON:জুবায়ের]] ফোন করেন (consent on file)। ঠিকাদার এসে
শুধু রং করে গেছে, ছত্রাক আবার ফিরে এসেছে; আর [[ADDRESS:Millharbour Primary School]] থেকে
[[PERSON:তাসনিম]]-এর অনুপস্থিতি নিয়ে চিঠি এসেছে। Stage 1 complaint [[REFERENCE:LBH/CO/5512]].
Passed to HO [[PERSON:ডেসমন্ড ওকোরো]]. Advised r/b ৪৮ ঘণ্টার মধ্যে। Agent: [[PERSON:শার্লিন]].

Call 3 — outbound. [[PERSON:ডেসমন্ড]] মিসেস [[PERSON:রুবাইয়া]]-র সাথে কথা বলেন। খুঁজে দেখা গেল GP
letter স্ক্যান হয়েছিল কিন্তু ভুল ফাইলে চলে গেছে। পুরো দুঃখপ্রকাশ করা হয়।

কীভাবে ঠিক হলো: medical priority দিয়ে band ঠিক করা হলো (back-dated), surveyor এসে ভাঙা
ড্রেনপাইপ আর বন্ধ vent খুঁজে পেলেন, দুই সপ্তাহে মেরামত, ঘর নতুন করে রং, ক্ষতিপূরণ £420। দুই মাস
পর তিন বেডরুমের একটা বাড়ির অফার এলো।

কী বদলালো: এখন প্রথম কলেই medical evidence আছে কিনা জিজ্ঞেস করা হয়, আর কোনো চিঠি স্ক্যান হলে
৫ দিনের মধ্যে ফাইলের সাথে মিলিয়ে দেখা হয়। নিশ্চিতকরণ ইমেইল গেছে
[[EMAIL:rubaiya.talukdar@example.com]] ঠিকানায়। মিসেস [[PERSON:রুবাইয়া]]: "এইবার সত্যি কেউ
শুনছে।"
"""),
    ),
    (
        "fv2bg-bn-02",
        "bn",
        _s("""
[[ORGANISATION:Medlock Valley Homes]]-এর repairs line থেকে কলের ট্রান্সক্রিপ্ট আর নোট। এজেন্ট
বাংলা-ইংরেজি দুটোই বলেন; নোট তাঁর নিজের ভাষায়।

Inbound, বৃহস্পতিবার 18:55.
Agent: Repairs, [[PERSON:লিয়ান]] বলছি।
Caller: আমি [[PERSON:শাহরিয়ার মজুমদার]], আমার আম্মার জন্য ফোন করছি, [[PERSON:হাসনা বানু]]।
tenancy ওনার নামে।
Agent: আম্মার জন্মতারিখ আর postcode বলবেন?
Caller: [[DATE_OF_BIRTH:১২ই ফেব্রুয়ারি ১৯৫১]], [[POSTCODE:OL8 1QZ]]। বাসা
[[ADDRESS:7 Werneth Hall Grove]]।
Agent: ধন্যবাদ, verified।
Caller: বয়লার আবার বন্ধ। দুই সপ্তাহে তিনবার। আম্মার [[HEALTH:ডায়াবেটিস]], পায়ে ঘা, ডাক্তার বলেছে
ঘর গরম রাখতে। উনি কম্বল মুড়ি দিয়ে বসে থাকেন।
Agent: দেখছি job [[REFERENCE:MVH-558213]] "completed" দেখাচ্ছে। আজ রাতেই OOH-এ পাঠাচ্ছি।

Notes: cust খুব হতাশ। Emergency job [[REFERENCE:MVH-558390]],
[[ORGANISATION:Pennine Heat Services]], ETA ৪ ঘণ্টা। Callback [[PHONE:0161 496 0384]].

পরের সোমবার, inbound: [[PERSON:শাহরিয়ার]] জানালেন engineer এসে reset করে চলে গেছেন, বুধবার আবার
বন্ধ। Complaint logged [[REFERENCE:MVH-CX-0917]], passed to Repairs Team Leader
[[PERSON:কনর ব্যারেট]]। LVM দুবার, পরে কথা হলো। [[PERSON:কনর]] স্বীকার করলেন একই fault-এ তিনবার
reset করে job close করা হয়েছে, কেউ মূল সমস্যা দেখেনি।

কীভাবে ঠিক হলো: ৪৮ ঘণ্টার মধ্যে নতুন বয়লার, দুটো heater আগের দিনই, ক্ষতিপূরণ £300 আর বাড়তি
বিদ্যুৎ খরচের জন্য £60। আম্মার GP, [[ADDRESS:Hathershaw Lane Surgery]] থেকে district nurse
পায়ের ড্রেসিং করতে আসেন; পরিবারের অনুরোধে তাঁদেরও জানানো হয়েছে যে ঘর এখন গরম।

কী বদলালো: একই fault-এ ৩০ দিনের মধ্যে দ্বিতীয়বার কল এলে এখন job সরাসরি supervisor-এর কাছে যায়,
শুধু reset করে close করা যায় না। [[PERSON:শাহরিয়ার]]: "আম্মা বললেন, এতদিনে ঘরটা আবার ঘরের মতো
লাগছে।"
"""),
    ),
    (
        "fv2bg-bn-03",
        "bn",
        _s("""
[[ORGANISATION:Wardown Housing Trust]]-এর কল সেন্টার নোট, বাংলায় লেখা, system-এর শব্দ ইংরেজিতে।
পরিবারের সম্মতিতে case study হিসেবে দেওয়া হলো।

Call 1, মঙ্গলবার 08:40, inbound. Caller: [[PERSON:ইমতিয়াজ শিকদার]], T-এর দেবর। T মিসেস
[[PERSON:তাহমিনা ফেরদৌসী]] ইংরেজি কম বলেন, পাশে আছেন, consent দিলেন। DPA: নাম, first line
[[ADDRESS:৪১ হাইটাউন ক্লোজ]], postcode [[POSTCODE:LU2 0HF]]. Caller states ছাদ দিয়ে পানি পড়ছে
উপরের বেডরুমে, বালতি দিয়ে ধরছেন, সিলিং-এর দাগ বড় হচ্ছে। বাসায় [[AGE:দুই মাসের]] বাচ্চা। Repair
job [[REFERENCE:WHT-RF-30552]], roofer [[ORGANISATION:Chiltern Roofline Ltd]], ETA ৫ working days.
Agent: [[PERSON:কার্স্টি]]. Callback [[PHONE:07700 900 385]].

Call 2, ১০ দিন পর, inbound. [[PERSON:ইমতিয়াজ]]: roofer এসেছিল, বৃষ্টি বলে উপরে ওঠেনি; এখন
সিলিং-এর প্লাস্টার খসে পড়েছে বাচ্চার দোলনার পাশে। Caller: "আল্লাহর রহমত, বাচ্চা তখন নিচে
ছিল।" Complaint [[REFERENCE:WHT/C/2207]], passed to Housing Officer [[PERSON:ওলুমিদে বাকারে]]।
Same-day make safe raised.

Call 3, outbound. [[PERSON:ওলুমিদে]] মিসেস [[PERSON:তাহমিনা]]-র সাথে interpreter দিয়ে কথা
বললেন। দুঃখপ্রকাশ করলেন; job-টা "non-urgent roof" ধরা হয়েছিল, কিন্তু নবজাতক থাকা বাসায় সেটা
ভুল ছিল।

কীভাবে ঠিক হলো: পরের দিন scaffold, ছাদের ভাঙা টাইল আর flashing বদল, নতুন সিলিং, ঘর রং, দুই
রাত হোটেল। ক্ষতিপূরণ £380, পাঠানো হয়েছে sort code [[OTHER_ID:30-94-12]], account নম্বর
[[OTHER_ID:00481157]]-এ। নিশ্চিতকরণ গেছে [[PERSON:ইমতিয়াজের]] বলে দেওয়া ইমেইলে:
[[EMAIL:imtiaz ডট shikder অ্যাট example ডট com]]।

কী বদলালো: ছাদ থেকে ঘরের ভেতরে পানি পড়লে এখন সবসময় urgent (৩ দিন), আর বৃষ্টির কারণে কাজ না
হলে roofer-কে সেদিনই ফোন করে নতুন তারিখ দিতে হয়। [[PERSON:ইমতিয়াজ]]: "ভাবী এখন নিশ্চিন্তে
ঘুমান।"
"""),
    ),
    (
        "fv2bg-bn-04",
        "bn",
        _s("""
[[ORGANISATION:Saltley Gate Housing]]-এর ASB টিম আর কন্টাক্ট সেন্টারের নোট। এজেন্টরা বাংলায়
লিখেছেন, ইংরেজি লেবেল রেখে।

Call 1, শুক্রবার 22:15, OOH. Caller: মিসেস [[PERSON:ফাহমিদা খানম]], [[ADDRESS:ফ্ল্যাট ৯সি]],
[[ADDRESS:Washwood House]], [[POSTCODE:B8 1RE]]. DPA passed (নাম, DOB
[[DATE_OF_BIRTH:30/12/1983]]). Caller states সিঁড়িতে প্রতি রাতে কয়েকজন ছেলে drugs বিক্রি করে,
নিচে একটা গাড়ি দাঁড়ায়, নম্বর [[OTHER_ID:BX21 KMF]]। তিনি [[OTHER_SPECIAL:মুসলিম]], হিজাব পরেন,
তাই ছেলেগুলো তাঁকে দেখে বাজে মন্তব্য করে। ছেলে [[PERSON:রাইয়ান]] ([[AGE:৯ বছর]]) সন্ধ্যায়
[[ADDRESS:বায়তুল আমান মসজিদ]]-এর মক্তব থেকে ফেরে, ভয়ে একা আসতে পারে না। Caller: "আমার বাচ্চা
নিজের বাসার সিঁড়িতে ভয় পায়।" OOH operator: [[PERSON:ডেমি]]. Advised পুলিশকে 101-এ জানাতে; ASB
referral next working day.

Call 2, সোমবার, outbound. ASB officer [[PERSON:মিরোস্লাভ হোরাক]] ফোন করলেন, ASB case
[[REFERENCE:ASB/SGH/24/0388]]. মিসেস [[PERSON:ফাহমিদা]] বললেন আগেও দুবার ফোন করেছিলেন, কিন্তু
case খোলা হয়নি। Checked: আগের দুটো call "general enquiry" হিসেবে close। Complaint
[[REFERENCE:SGH-CMP-1163]] logged.

Call 3, দুই সপ্তাহ পর. [[PERSON:মিরোস্লাভ]] update দিলেন: পুলিশের সাথে joint operation, সিঁড়ির
দরজায় নতুন fob entry, CCTV, আর দুই জন tenant-এর বিরুদ্ধে injunction-এর আবেদন।

কীভাবে ঠিক হলো: complaint upheld — আগের কলগুলো ASB হিসেবে খোলা উচিত ছিল, বিশেষ করে ধর্মের কারণে
হয়রানির কথা থাকায়। ক্ষতিপূরণ £250, লিখিত ক্ষমা। মসজিদ থেকে বাসা পর্যন্ত রাস্তায় আলো আর
neighbourhood team-এর টহল বাড়ানো হলো, যাতে [[PERSON:রাইয়ান]] একা হাঁটতে পারে।

কী বদলালো: কলে "drugs", "hijab" বা race-এর কথা থাকলে call আর "general" হিসেবে close হয় না, সোজা
ASB triage-এ যায়। মিসেস [[PERSON:ফাহমিদা]] ([[PHONE:07700 900 926]]): "এখন সিঁড়িতে আলো আছে,
মানুষ নাই।"
"""),
    ),
    (
        "fv2bg-bn-05",
        "bn",
        _s("""
[[ORGANISATION:Ely Bridge Homes]]-এর contact centre থেকে কল নোট, বাংলাভাষী এজেন্টের লেখা। পরিবার
শেয়ার করতে রাজি হয়েছেন।

Call 1, বুধবার 13:05, inbound. Caller: মিসেস [[PERSON:শুভশ্রী দাশগুপ্ত]]. Verified DPA: নাম, DOB
[[DATE_OF_BIRTH:১৯/১০/১৯৮২]], postcode [[POSTCODE:CF11 7JR]], first line
[[ADDRESS:26 Ferry Lane Terrace]]. Caller states নতুন kitchen লাগানোর সময় কর্মীরা পুরনো মেঝের
টাইল তুলেছে, সারা ঘরে ধুলো, তারপর "টাইলে asbestos থাকতে পারে" বলে কাজ বন্ধ করে চলে গেছে। মেয়ে
[[PERSON:ঋতজা]], [[AGE:৪ বছর]], তার [[HEALTH:সিস্টিক ফাইব্রোসিস]]। ওনার কথায়: "ওরা নিজেরা মাস্ক
পরে বের হয়ে গেল, আর আমার মেয়ে ওই ঘরেই বসে খায়।" Kitchen job [[REFERENCE:EBH-KR-71802]]. Agent:
[[PERSON:ক্যারিস]]. Escalated same call to Asbestos Team. Callback [[PHONE:029 2018 0715]].

Call 2, ৩০ মিনিট পর, outbound. Asbestos lead [[PERSON:এইলিড ম্যাকলিওড]] বললেন পরিবারকে আজ রাতেই
বাসা ছাড়তে, হোটেল বুক করা হলো। [[ORGANISATION:Castell Asbestos Surveys]] পরের সকালে sampling
করবে। মিসেস [[PERSON:দাশগুপ্ত]] সম্মতি দিয়ে মেয়ের NHS নম্বর দিলেন, [[OTHER_ID:৪৬৩ ২০৯ ৮৭১৫]],
যাতে হাসপাতালের টিমকে জানানো যায়। Complaint [[REFERENCE:EBH-COMP-3390]] logged.

Call 3, দুই দিন পর. [[PERSON:এইলিড]] জানালেন sample-এ asbestos পাওয়া গেছে, কম মাত্রায়। licensed
removal আর air test শেষে বাসা নিরাপদ ঘোষণা করা হবে।

কীভাবে ঠিক হলো: হোটেলে ৬ রাত, licensed removal, পুরো বাসার deep clean, নতুন kitchen সম্পূর্ণ,
নষ্ট হওয়া পর্দা আর সোফা বদল, ক্ষতিপূরণ £800। [[PERSON:ঋতজা]]-র specialist nurse-কে পরিবারের
অনুরোধে air test report পাঠানো হয়েছে।

কী বদলালো: এখন প্রতিটা kitchen বা bathroom job শুরুর আগে asbestos register চেক বাধ্যতামূলক, আর
register-এ তথ্য না থাকলে survey ছাড়া মেঝে তোলা যাবে না। [[PERSON:শুভশ্রী]]: "ভুল হয়েছিল, কিন্তু
ওরা সঙ্গে সঙ্গে দায়িত্ব নিয়েছে।"
"""),
    ),
    (
        "fv2bg-pa-01",
        "pa",
        _s("""
[[ORGANISATION:Penn Fields Housing]] ਦੇ ਕਾਂਟੈਕਟ ਸੈਂਟਰ ਦੇ ਕਾਲ ਨੋਟਸ, ਪੰਜਾਬੀ ਬੋਲਣ ਵਾਲੇ ਏਜੰਟਾਂ ਵੱਲੋਂ
ਲਿਖੇ। ਪਰਿਵਾਰ ਦੀ ਸਹਿਮਤੀ ਨਾਲ case study ਵਜੋਂ ਭੇਜੇ।

Call 1, ਮੰਗਲਵਾਰ 10:05, inbound. Caller: [[PERSON:ਸਿਮਰਜੀਤ ਪੁਰੇਵਾਲ]], T ਦੀ ਨੂੰਹ, ਆਪਣੇ ਸਹੁਰਾ ਜੀ
[[PERSON:ਮਹਿੰਦਰਪਾਲ ਪੁਰੇਵਾਲ]] ਵੱਲੋਂ। Verified DPA: ਨਾਮ, DOB [[DATE_OF_BIRTH:੨੦/੦੪/੧੯੩੯]],
postcode [[POSTCODE:WV4 5TQ]], first line [[ADDRESS:੧੯ Goldthorn Crescent]]। Caller states ਬਾਪੂ
ਜੀ [[AGE:੮੬ ਸਾਲ]] ਦੇ ਹਨ, [[HEALTH:ਪਾਰਕਿੰਸਨ]] ਹੈ, ਪੌੜੀਆਂ ਤੋਂ ਦੋ ਵਾਰ ਡਿੱਗ ਚੁੱਕੇ ਹਨ। OT ਨੇ ਛੇ ਮਹੀਨੇ
ਪਹਿਲਾਂ stairlift ਅਤੇ grab rails ਦੀ recommendation ਭੇਜੀ ਸੀ ਪਰ ਕੁਝ ਨਹੀਂ ਹੋਇਆ। ਉਨ੍ਹਾਂ ਦੇ ਸ਼ਬਦ:
"ਬਾਪੂ ਜੀ ਹੁਣ ਗੁਰਦੁਆਰੇ ਵੀ ਨਹੀਂ ਜਾ ਸਕਦੇ, ਸਾਰਾ ਦਿਨ ਹੇਠਾਂ ਕੁਰਸੀ 'ਤੇ ਬੈਠੇ ਰਹਿੰਦੇ ਨੇ।" Checked:
adaptation job [[REFERENCE:PFH-AD-4471]] status "awaiting funding" ਮਾਰਚ ਤੋਂ। Agent:
[[PERSON:ਕੈਲੀ]]. Callback [[PHONE:੦੭੭੦੦ ੯੦੦੬੩੯]].

Call 2, ੧੦ ਦਿਨ ਬਾਅਦ, inbound. [[PERSON:ਸਿਮਰਜੀਤ]]: ਕੋਈ r/b ਨਹੀਂ ਆਇਆ। Stage 1 complaint
[[REFERENCE:PFH-C-20931]]. Passed to Adaptations Lead [[PERSON:ਹੈਨਾ ਬ੍ਰੌਟਨ]]। Advised r/b 2
working days.

Call 3, outbound. [[PERSON:ਹੈਨਾ]] ਨੇ ਮੰਨਿਆ ਕਿ funding ਤਾਂ ਮਨਜ਼ੂਰ ਹੋ ਚੁੱਕੀ ਸੀ, ਪਰ job ਦਾ status
ਕਿਸੇ ਨੇ update ਨਹੀਂ ਕੀਤਾ ਅਤੇ ਠੇਕੇਦਾਰ ਨੂੰ order ਗਿਆ ਹੀ ਨਹੀਂ। ਪੂਰੀ ਮੁਆਫ਼ੀ ਮੰਗੀ।

ਕਿਵੇਂ ਠੀਕ ਹੋਇਆ: [[ORGANISATION:Midland Mobility Lifts]] ਨੇ ਤਿੰਨ ਹਫ਼ਤਿਆਂ ਵਿੱਚ stairlift ਲਾਈ, ਉਸੇ
ਹਫ਼ਤੇ grab rails ਅਤੇ ਮੂਹਰਲੇ ਦਰਵਾਜ਼ੇ 'ਤੇ ramp, ਅਤੇ £350 ਮੁਆਵਜ਼ਾ। ਬਾਪੂ ਜੀ ਹੁਣ ਫਿਰ ਹਰ ਐਤਵਾਰ
[[ADDRESS:ਗੁਰਦੁਆਰਾ ਬਾਬਾ ਜੀਵਨ ਸਿੰਘ]] ਜਾਂਦੇ ਹਨ।

ਕੀ ਬਦਲਿਆ: ਹੁਣ ਹਰ adaptation job ਦਾ status ਹਰ ੨੮ ਦਿਨਾਂ ਬਾਅਦ review ਹੁੰਦਾ ਹੈ ਅਤੇ ਡਿੱਗਣ ਦੇ ਖ਼ਤਰੇ
ਵਾਲੇ ਕੇਸ fast track 'ਤੇ ਜਾਂਦੇ ਹਨ। Confirmation ਈਮੇਲ [[EMAIL:simranjit.purewal@example.net]] 'ਤੇ
ਭੇਜੀ। [[PERSON:ਸਿਮਰਜੀਤ]]: "ਬਾਪੂ ਜੀ ਕਹਿੰਦੇ, ਹੁਣ ਮੈਂ ਆਪਣੇ ਕਮਰੇ ਵਿੱਚ ਸੌਂਦਾ ਹਾਂ।"
"""),
    ),
    (
        "fv2bg-pa-02",
        "pa",
        _s("""
[[ORGANISATION:Havelock Homes]] ਦੀ repairs line ਦੇ ਕਾਲ ਨੋਟਸ ਅਤੇ ਇੱਕ ਕਾਲ ਦਾ transcript। ਏਜੰਟ
ਦੋਭਾਸ਼ੀ ਹਨ।

Call 1, ਸ਼ੁੱਕਰਵਾਰ 09:12, inbound.
Agent: Repairs, ਮੈਂ [[PERSON:ਸ਼ੌਨਾ]] ਬੋਲ ਰਹੀ ਹਾਂ।
Caller: ਜੀ, ਮੈਂ [[PERSON:ਪੂਨਮ ਅਰੋੜਾ]], ਬੇਸਮੈਂਟ ਵਾਲੇ ਫ਼ਲੈਟ ਤੋਂ, [[ADDRESS:40A Norwood Gardens]]।
Agent: DOB ਅਤੇ postcode ਦੱਸੋਗੇ?
Caller: [[DATE_OF_BIRTH:੨੮-੦੧-੧੯੯੨]], [[POSTCODE:ub2 4ds]]।
Agent: Verified, ਧੰਨਵਾਦ।
Caller: ਕੰਧਾਂ ਵਿੱਚੋਂ ਪਾਣੀ ਸਿੰਮਦਾ ਹੈ, ਕਾਰਪੈੱਟ ਗਿੱਲਾ, ਮੇਰੇ ਬੇਟੇ [[PERSON:ਵਿਹਾਨ]] ਦੇ ਕੱਪੜਿਆਂ 'ਤੇ ਉੱਲੀ।
ਉਹ [[AGE:੫ ਸਾਲ]] ਦਾ ਹੈ, ਉਹਨੂੰ [[HEALTH:ਐਗਜ਼ੀਮਾ]] ਹੈ, ਹੱਥ ਖੁਰਕ-ਖੁਰਕ ਕੇ ਲਾਲ ਹੋ ਗਏ।
[[ADDRESS:Little Acorns Nursery]] ਵਾਲਿਆਂ ਨੇ ਵੀ ਪੁੱਛਿਆ ਕਿ ਘਰ ਵਿੱਚ ਕੀ ਹੋ ਰਿਹਾ।
Agent: ਮੈਂ damp job ਖੋਲ੍ਹ ਰਹੀ ਹਾਂ, [[REFERENCE:HH-DJ-62214]]।

Notes: ਪਿਛਲੇ ਸਾਲ ਵੀ ਇਹੀ job ਸੀ, ਸਿਰਫ਼ dehumidifier ਦੇ ਕੇ close ਕੀਤੀ ਗਈ। Callback
[[PHONE:੦੭੭੦੦ ੯੦੦੫੨੬]].

Call 2, ੩ ਹਫ਼ਤੇ ਬਾਅਦ, inbound. ਪਤੀ [[PERSON:ਰਿਸ਼ਭ]] ਨੇ ਫ਼ੋਨ ਕੀਤਾ: surveyor ਨੇ ਕਿਹਾ "lifestyle
condensation, ਕੱਪੜੇ ਅੰਦਰ ਨਾ ਸੁਕਾਓ"। Caller: "ਪਾਣੀ ਕੰਧ ਦੇ ਹੇਠੋਂ ਆਉਂਦਾ ਹੈ, ਸਾਡੇ ਸਾਹ ਤੋਂ ਨਹੀਂ!"
Complaint [[REFERENCE:HH/CMP/0412]] logged, passed to Surveying Manager [[PERSON:ਡੇਮੀਅਨ ਕ੍ਰੋ]]।

Call 3, outbound. [[PERSON:ਡੇਮੀਅਨ]] ਖ਼ੁਦ ਆਏ, moisture readings ਲਈਆਂ: tanking fail ਹੋ ਚੁੱਕੀ ਸੀ ਅਤੇ
ਬਾਹਰ ਦਾ ground level ਕੰਧ ਦੇ damp course ਤੋਂ ਉੱਚਾ ਸੀ। ਉਨ੍ਹਾਂ ਨੇ ਮੰਨਿਆ ਕਿ condensation ਵਾਲੀ ਗੱਲ
ਗ਼ਲਤ ਸੀ ਅਤੇ ਪਰਿਵਾਰ ਉੱਤੇ ਦੋਸ਼ ਲਾਉਣਾ ਠੀਕ ਨਹੀਂ ਸੀ।

ਕਿਵੇਂ ਠੀਕ ਹੋਇਆ: ਪਰਿਵਾਰ ਛੇ ਹਫ਼ਤੇ ਉੱਪਰਲੀ ਮੰਜ਼ਿਲ ਦੇ ਖ਼ਾਲੀ ਫ਼ਲੈਟ [[ADDRESS:40C]] ਵਿੱਚ ਰਿਹਾ; ਨਵੀਂ
tanking, ਬਾਹਰ drainage channel, ਨਵਾਂ ਕਾਰਪੈੱਟ, ਖ਼ਰਾਬ ਕੱਪੜਿਆਂ ਲਈ £250 ਅਤੇ ਤਕਲੀਫ਼ ਲਈ £500।

ਕੀ ਬਦਲਿਆ: ਹੁਣ ਕੋਈ surveyor moisture readings ਅਤੇ ਫ਼ੋਟੋਆਂ ਤੋਂ ਬਿਨਾਂ "condensation" ਨਹੀਂ ਲਿਖ
ਸਕਦਾ, ਅਤੇ basement flats ਦੀ ਹਰ damp report ਸਿੱਧੀ senior surveyor ਕੋਲ ਜਾਂਦੀ ਹੈ। ਜਵਾਬ
[[EMAIL:poonam.arora@example.net]] 'ਤੇ ਭੇਜਿਆ। [[PERSON:ਪੂਨਮ]]: "ਹੁਣ [[PERSON:ਵਿਹਾਨ]] ਦੇ ਹੱਥ ਠੀਕ ਹੋ
ਗਏ ਨੇ।"
"""),
    ),
    (
        "fv2bg-pa-03",
        "pa",
        _s("""
[[ORGANISATION:Rushey Mead Housing Trust]] ਦੇ ਕਾਲ ਨੋਟਸ (contact centre ਅਤੇ ASB team)। ਪੰਜਾਬੀ
ਵਿੱਚ, system ਦੇ ਸ਼ਬਦ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ।

Call 1, ਐਤਵਾਰ 07:50, OOH. Caller: ਸ. [[PERSON:ਅਵਤਾਰ ਸਿੰਘ ਕਲਸੀ]], [[ADDRESS:63 Catherine Row]],
[[POSTCODE:LE4 6BX]]. DPA ok (ਨਾਮ, DOB [[DATE_OF_BIRTH:14/08/1961]], first line). Caller states
ਰਾਤ ਨੂੰ ਕਿਸੇ ਨੇ ਘਰ ਦੇ ਦਰਵਾਜ਼ੇ 'ਤੇ spray paint ਨਾਲ ਨਫ਼ਰਤ ਭਰੇ ਸ਼ਬਦ ਲਿਖੇ ਹਨ, [[OTHER_SPECIAL:ਸਿੱਖ]]
ਪਰਿਵਾਰ ਅਤੇ ਪੱਗ ਬਾਰੇ। ਗੁਆਂਢੀ ਨੇ ਇੱਕ ਕਾਰ ਦੇਖੀ, ਨੰਬਰ [[OTHER_ID:FN17 OXZ]]। ਪਤਨੀ ਬੀਬੀ
[[PERSON:ਰਣਜੀਤ]] ਨੂੰ [[HEALTH:ਡਿਪਰੈਸ਼ਨ]] ਹੈ, ਰਾਤ ਤੋਂ ਕਮਰੇ ਵਿੱਚੋਂ ਬਾਹਰ ਨਹੀਂ ਆਈ। Caller: "ਪੁੱਤ,
ਚਾਲੀ ਸਾਲ ਹੋ ਗਏ ਇਸ ਦੇਸ਼ ਵਿੱਚ, ਕਦੇ ਇਹ ਦਿਨ ਨਹੀਂ ਦੇਖਿਆ।" OOH operator: [[PERSON:ਟਾਈਗ]].
Graffiti removal raised as "routine" [[REFERENCE:RMHT-GR-5508]]. Callback [[PHONE:0116 496 0952]].

Call 2, ਵੀਰਵਾਰ, inbound. ਪੋਤਰਾ [[PERSON:ਜੋਬਨਪ੍ਰੀਤ]] ([[PERSON:Jobanpreet]]) ਨੇ ਫ਼ੋਨ ਕੀਤਾ: ਚਾਰ ਦਿਨ
ਬਾਅਦ ਵੀ ਸ਼ਬਦ ਦਰਵਾਜ਼ੇ 'ਤੇ ਹਨ, ਸਾਰੀ ਗਲੀ ਪੜ੍ਹਦੀ ਹੈ। ASB case [[REFERENCE:ASB-RM-2024-113]] ਖੋਲ੍ਹਿਆ
(hate incident), complaint [[REFERENCE:RMHT/CF/884]]. Passed to ASB officer
[[PERSON:ਅਬੀਗੇਲ ਮੈਨਸਾਹ]].

Call 3, outbound, ਉਸੇ ਦਿਨ. [[PERSON:ਅਬੀਗੇਲ]] ਨੇ ਮੰਨਿਆ ਕਿ hate graffiti ਨੂੰ "routine" ਵਜੋਂ log
ਕਰਨਾ ਗ਼ਲਤ ਸੀ; policy ਮੁਤਾਬਕ ੨੪ ਘੰਟਿਆਂ ਵਿੱਚ ਹਟਾਉਣਾ ਸੀ।

ਕਿਵੇਂ ਠੀਕ ਹੋਇਆ: [[ORGANISATION:CleanSlate Graffiti Removal]] ਨੇ ਉਸੇ ਸ਼ਾਮ ਪੇਂਟ ਹਟਾਇਆ, ਫਿਰ ਨਵਾਂ
ਦਰਵਾਜ਼ਾ ਲੱਗਿਆ, ਗਲੀ ਵਿੱਚ CCTV, ਕਾਰ ਦਾ ਨੰਬਰ ਪੁਲਿਸ ਨੂੰ ਦਿੱਤਾ ਗਿਆ ਅਤੇ ਇੱਕ ਸ਼ੱਕੀ ਦੀ ਪਛਾਣ ਹੋਈ। £200
ਅਤੇ ਲਿਖਤੀ ਮੁਆਫ਼ੀ। ਬੀਬੀ [[PERSON:ਰਣਜੀਤ]] ਲਈ victim support ਨੂੰ referral।

ਕੀ ਬਦਲਿਆ: ਹੁਣ OOH ਵਿੱਚ graffiti ਦੀ ਹਰ ਕਾਲ 'ਤੇ ਪਹਿਲਾ ਸਵਾਲ ਹੈ: ਕੀ ਇਹ ਕਿਸੇ ਦੇ ਧਰਮ, ਨਸਲ ਜਾਂ
ਅਪੰਗਤਾ ਬਾਰੇ ਹੈ? ਜੇ ਹਾਂ, ਤਾਂ ਸਿੱਧਾ hate incident ਅਤੇ ੨੪ ਘੰਟੇ। ਸ. [[PERSON:ਅਵਤਾਰ ਸਿੰਘ]]: "ਉਨ੍ਹਾਂ ਨੇ
ਦਰਵਾਜ਼ਾ ਵੀ ਬਦਲਿਆ ਤੇ ਸਾਡਾ ਦਿਲ ਵੀ ਰੱਖਿਆ।"
"""),
    ),
    (
        "fv2bg-pa-04",
        "pa",
        _s("""
[[ORGANISATION:Cape Hill Housing Association]] ਦੀ Income team ਅਤੇ contact centre ਦੇ ਕਾਲ ਨੋਟਸ।
ਦੋਭਾਸ਼ੀ ਏਜੰਟ ਨੇ ਪੰਜਾਬੀ ਵਿੱਚ ਲਿਖੇ।

Call 1, ਸੋਮਵਾਰ 11:40, inbound. Caller: [[PERSON:ਨਵਰੀਤ ਧਾਲੀਵਾਲ]], ਆਪਣੀ ਮਾਤਾ ਜੀ
[[PERSON:ਬਲਜਿੰਦਰ ਕੌਰ ਧਾਲੀਵਾਲ]] (T) ਵੱਲੋਂ; T ਨਾਲ ਬੈਠੇ ਹਨ, verbal consent ਮਿਲੀ। Verified DPA:
ਨਾਮ, DOB [[DATE_OF_BIRTH:੧੧ ਮਾਰਚ ੧੯੫੫]], postcode [[POSTCODE:B66 4JN]], first line
[[ADDRESS:14 Uplands Mews]]। Tenancy ref [[REFERENCE:CHHA-T-220781]]. Caller states ਮਾਤਾ ਜੀ ਦੇ
ਖਾਤੇ ਵਿੱਚੋਂ ਇਸ ਮਹੀਨੇ ਕਿਰਾਇਆ ਦੋ ਵਾਰ ਕੱਟਿਆ ਗਿਆ, ਫਿਰ ਵੀ arrears ਦੀ ਚਿੱਠੀ ਆ ਗਈ ਜਿਸ ਵਿੱਚ NOSP ਦੀ
ਗੱਲ ਹੈ। ਮਾਤਾ ਜੀ ਦੇ ਸ਼ਬਦ: "ਮੈਂ ਕਦੇ ਇੱਕ ਦਿਨ ਦਾ ਕਿਰਾਇਆ ਨਹੀਂ ਰੋਕਿਆ, ਹੁਣ ਘਰੋਂ ਕੱਢ ਦੇਣਗੇ?" ਉਹ ਰਾਤ
ਸੌਂ ਨਹੀਂ ਸਕੇ, [[HEALTH:ਹਾਈ ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ]] ਹੈ। Housing Benefit ਦੀ ਜਾਂਚ ਲਈ NI number
[[NI_NUMBER:PX 31 77 09 D]] ਲਿਆ। Agent: [[PERSON:ਮਰਸੀ ਬੋਆਟੈਂਗ]]. Advised arrears action on hold.
Callback [[PHONE:0121 496 0640]].

Call 2, ੩ ਦਿਨ ਬਾਅਦ, outbound. Income Officer [[PERSON:ਗ੍ਰੇਗੋਰ ਲਿੰਡਕਵਿਸਟ]] ਨੇ [[PERSON:ਨਵਰੀਤ]] ਨਾਲ
ਗੱਲ ਕੀਤੀ। ਨਵੇਂ rent system ਵਿੱਚ ਜਾਣ ਵੇਲੇ ਕਰੀਬ ੪੦੦ ਖਾਤਿਆਂ ਦਾ direct debit ਦੋ ਵਾਰ ਚੱਲਿਆ, ਅਤੇ ਉਸੇ
ਹਫ਼ਤੇ Housing Benefit ਦਾ payment ਗ਼ਲਤ ਖਾਤੇ ਵਿੱਚ ਲੱਗ ਗਿਆ; ਇਸੇ ਕਰਕੇ arrears ਦਿਸਿਆ। Complaint
[[REFERENCE:CHHA-CF-3092]] upheld at Stage 1.

ਕਿਵੇਂ ਠੀਕ ਹੋਇਆ: ਦੂਜੀ ਵਾਰ ਕੱਟਿਆ ਕਿਰਾਇਆ ਪੰਜ ਦਿਨਾਂ ਵਿੱਚ ਵਾਪਸ, sort code [[OTHER_ID:40-12-76]],
account [[OTHER_ID:81402256]] ਵਿੱਚ; arrears ਵਾਲੀ ਚਿੱਠੀ ਲਿਖਤੀ ਤੌਰ 'ਤੇ ਵਾਪਸ; ਬੈਂਕ charges ਅਤੇ
ਪਰੇਸ਼ਾਨੀ ਲਈ £120। [[PERSON:ਗ੍ਰੇਗੋਰ]] ਨੇ interpreter ਨਾਲ ਮਾਤਾ ਜੀ ਨੂੰ ਖ਼ੁਦ ਫ਼ੋਨ ਕਰਕੇ ਮੁਆਫ਼ੀ ਮੰਗੀ।

ਕੀ ਬਦਲਿਆ: ਹੁਣ system ਹਰ ਮਹੀਨੇ duplicate direct debit ਦੀ ਜਾਂਚ ਕਰਦਾ ਹੈ, ਅਤੇ ਕਿਸੇ ਵੀ system
migration ਤੋਂ ਬਾਅਦ ਛੇ ਹਫ਼ਤੇ arrears ਦੀਆਂ ਚਿੱਠੀਆਂ ਆਪਣੇ ਆਪ ਨਹੀਂ ਜਾਂਦੀਆਂ। [[PERSON:ਨਵਰੀਤ]]: "ਮਾਤਾ
ਜੀ ਨੂੰ ਸਭ ਤੋਂ ਚੰਗਾ ਇਹ ਲੱਗਿਆ ਕਿ ਕਿਸੇ ਨੇ ਉਨ੍ਹਾਂ ਨਾਲ ਪੰਜਾਬੀ ਵਿੱਚ ਗੱਲ ਕੀਤੀ।"
"""),
    ),
    (
        "fv2bg-pa-05",
        "pa",
        _s("""
[[ORGANISATION:Northfleet Riverside Housing]] ਦੇ out-of-hours ਅਤੇ contact centre ਦੇ ਨੋਟਸ,
ਦੋਭਾਸ਼ੀ ਸਟਾਫ਼ ਵੱਲੋਂ ਪੰਜਾਬੀ ਵਿੱਚ।

OOH call, ਸ਼ਨੀਵਾਰ 02:10. Caller: [[PERSON:ਹਰਲੀਨ ਮਠਾਰੂ]], [[ADDRESS:੮ ਵਿੰਡਮਿਲ ਰਾਈਜ਼]],
[[POSTCODE:DA12 1QP]]। DPA: ਨਾਮ ਅਤੇ DOB [[DATE_OF_BIRTH:੩ ਜੂਨ ੧੯੮੬]]. Caller states ਕਿਸੇ ਨੇ
ਪਿਛਲੀ ਖਿੜਕੀ ਤੋੜ ਕੇ ਅੰਦਰ ਵੜਨ ਦੀ ਕੋਸ਼ਿਸ਼ ਕੀਤੀ, ਪੁਲਿਸ ਆ ਕੇ ਜਾ ਚੁੱਕੀ ਹੈ। ਪਤੀ [[PERSON:ਸੁਖਜੀਵਨ]]
night shift 'ਤੇ ਹੈ। ਧੀ [[PERSON:ਏਕਮ]] [[AGE:੧੧ ਸਾਲਾਂ]] ਦੀ ਹੈ ਅਤੇ ਬਹੁਤ ਡਰੀ ਹੋਈ ਹੈ। Caller:
"ਬੱਸ ਖਿੜਕੀ ਬੰਦ ਕਰਵਾ ਦਿਓ, ਮੈਂ ਬੱਚੀ ਨਾਲ ਇਕੱਲੀ ਹਾਂ।" OOH operator [[PERSON:ਯੂਅਨ]] raised
emergency board-up [[REFERENCE:NRH-E-90027]] with [[ORGANISATION:SecureFix Glazing]], ETA 2 ਘੰਟੇ।
Callback [[PHONE:07700 900 458]].

ਸੋਮਵਾਰ, inbound. [[PERSON:ਹਰਲੀਨ]]: board-up ਹੋ ਗਿਆ ਪਰ glazier ਕਹਿੰਦਾ ਹੈ ਕਿ ਪੁਲਿਸ ਦਾ crime
number ਮਿਲਣ ਤੱਕ ਨਵਾਂ ਸ਼ੀਸ਼ਾ ਨਹੀਂ ਲੱਗੇਗਾ, ਅਤੇ ਪਿਛਲੇ ਦਰਵਾਜ਼ੇ ਦਾ ਤਾਲਾ ਵੀ ਟੁੱਟਿਆ ਹੋਇਆ ਹੈ। ਉਸ ਰਾਤ ਤੋਂ
ਉਹਨਾਂ ਨੂੰ [[HEALTH:ਪੈਨਿਕ ਅਟੈਕ]] ਆਉਣ ਲੱਗੇ ਹਨ। Caller: "ਹਰ ਰਾਤ ਲੱਕੜ ਦੇ ਫੱਟੇ ਵੱਲ ਦੇਖਦੀ ਰਹਿੰਦੀ ਹਾਂ।"
Complaint [[REFERENCE:NRH-COMP-6615]], passed to Housing Officer [[PERSON:ਸਟੈਫ਼ਨੀ ਓਡੂਯਾ]]। LVM,
r/b 16:30.

Outbound 16:30. [[PERSON:ਸਟੈਫ਼ਨੀ]] ਨੇ ਮੰਨਿਆ ਕਿ security repair ਨੂੰ crime number ਲਈ ਰੋਕਣਾ ਸਾਡੀ
policy ਨਹੀਂ, ਠੇਕੇਦਾਰ ਨੂੰ ਗ਼ਲਤ ਹਦਾਇਤ ਗਈ ਸੀ।

ਕਿਵੇਂ ਠੀਕ ਹੋਇਆ: ਅਗਲੇ ਦਿਨ ਨਵੀਂ double-glazed ਖਿੜਕੀ, ਦੋਵਾਂ ਦਰਵਾਜ਼ਿਆਂ 'ਤੇ ਨਵੇਂ ਤਾਲੇ, ਪਿੱਛੇ
security light, ਅਤੇ £180। ਪਰਿਵਾਰ ਦੀ ਮਰਜ਼ੀ ਨਾਲ [[PERSON:ਸਟੈਫ਼ਨੀ]] ਨੇ [[PERSON:ਏਕਮ]] ਦੇ ਸਕੂਲ,
[[ADDRESS:Riverview Park Academy]], ਨੂੰ ਦੱਸਿਆ ਤਾਂ ਜੋ ਸਕੂਲ ਵਿੱਚ ਉਹਨੂੰ ਸਹਾਰਾ ਮਿਲੇ।

ਕੀ ਬਦਲਿਆ: ਹੁਣ break-in ਤੋਂ ਬਾਅਦ ਖਿੜਕੀ ਅਤੇ ਤਾਲੇ ਦੀ ਮੁਰੰਮਤ ੨ working days ਵਿੱਚ ਹੁੰਦੀ ਹੈ, crime
number ਦੀ ਉਡੀਕ ਤੋਂ ਬਿਨਾਂ। ਈਮੇਲ ਜੋ [[PERSON:ਹਰਲੀਨ]] ਨੇ ਬੋਲ ਕੇ ਲਿਖਵਾਈ:
[[EMAIL:harleen ਡੌਟ matharu ਐਟ example ਡੌਟ org]]। [[PERSON:ਹਰਲੀਨ]]: "ਹੁਣ ਅਸੀਂ ਰਾਤ ਨੂੰ ਸੌਂ ਜਾਂਦੇ
ਹਾਂ।"
"""),
    ),
    (
        "fv2bg-pl-01",
        "pl",
        _s("""
Notatki z rozmów z contact centre [[ORGANISATION:Nene Park Homes]], spisane po polsku przez
dwujęzycznych konsultantów (terminy systemowe zostają po angielsku). Udostępnione kampanii jako case
study, za zgodą rodziny.

Call 1 – pon. 07:58, inbound. Caller: [[PERSON:Radosław Kmieć]]. Verified DPA: imię i nazwisko, DOB
[[DATE_OF_BIRTH:7.06.1987]], postcode [[POSTCODE:PE1 4XA]], first line
[[ADDRESS:22 Eastfield Mews]]. Klient zgłasza brak ogrzewania i ciepłej wody od soboty. W domu żona
[[PERSON:Halszka]] i synek [[PERSON:Tymek]], [[AGE:3 latka]], z [[HEALTH:padaczką]] – neurolog
kazał pilnować, żeby nie marzł, bo przeziębienie i gorączka zwiększają ryzyko napadów. Klient:
„Dziecko śpi w kombinezonie zimowym, proszę pani." Job [[REFERENCE:NPH-HT-73305]] do
[[ORGANISATION:Fenland Gas & Heating]], appt czwartek. Callback: [[PHONE:+44 7700 900 563]]. Agent:
[[PERSON:Jadwiga]].

Call 2 – czw. 18:20, inbound. Dzwoni pani [[PERSON:Halszka Kmieć]]: nikt nie przyszedł, a w systemie
wizyta zamknięta jako „cust not home". Klientka: „Siedziałam z [[PERSON:Tymkiem]] cały dzień w
oknie." Raised Stage 1 complaint [[REFERENCE:NPH-CX-2248]], passed to complaints officer
[[PERSON:Philippa Rowntree]]. Advised r/b następnego dnia. Agent: [[PERSON:Ignacy]].

Call 3 – pt. 09:10, outbound. Pani [[PERSON:Rowntree]] rozmawiała z panem [[PERSON:Radkiem]] (przez
konsultanta). Okazało się, że inżynierowi zepsuł się van i nie dojechał, a system sam oznaczył
wizytę jako „cust not home". Nikt nie zadzwonił do rodziny. Przeprosiny bez zastrzeżeń.

Jak to naprawiono: tego samego dnia dwa grzejniki olejowe, w sobotę nowa pompa i zawór, £220
rekompensaty i zwrot kosztów prądu za grzejniki. Państwo [[PERSON:Kmieciowie]] mają teraz w systemie
flagę „child with medical need".

Co się zmieniło: system nie może już sam zamknąć wizyty jako „cust not home" – musi być telefon do
klienta i zdjęcie drzwi, a jeśli inżynier nie dojedzie, klient dostaje SMS i nowy termin w ciągu 24
godzin. Pan [[PERSON:Radek]]: „Pierwszy raz ktoś oddzwonił, zanim ja zadzwoniłem drugi raz."
"""),
    ),
    (
        "fv2bg-pl-02",
        "pl",
        _s("""
Notatki z połączeń – [[ORGANISATION:Itchen Quay Housing]], linia napraw i zespół skarg. Pisane po
polsku przez konsultantkę, etykiety systemowe po angielsku.

Call 1, śr. 12:30, inbound. Caller: pani [[PERSON:Aniela Dudzińska]], [[ADDRESS:mieszkanie 31]],
[[ADDRESS:Woolston Heights]], [[POSTCODE:SO19 9AP]]. DPA: imię, DOB
[[DATE_OF_BIRTH:dziewiętnasty września 1979]], postcode – OK. Zgłasza czarny grzyb w pokoju córki, za
łóżkiem i na parapecie. Córka [[PERSON:Marysia]] ma [[AGE:8 lat]] i [[HEALTH:astmę]]; w zeszłym
miesiącu dwa razy inhalator w nocy. Klientka: „Wycieram co tydzień, a to wraca jak zły sen." Raised
D&M job [[REFERENCE:IQH-DM-51170]]. Agent: [[PERSON:Bogumiła]]. Callback: [[PHONE:07700 900 672]].

Call 2, 4 tyg. później, inbound. Pani [[PERSON:Aniela]]: przyszedł pracownik
[[ORGANISATION:Solent Property Care]], spryskał ścianę i powiedział, że „trzeba otwierać okno".
Okno w pokoju [[PERSON:Marysi]] się nie otwiera – zepsuty zawias, zgłaszany już w marcu. Klientka
wspomina, że złożyła sprawę do Housing Ombudsman, nr [[REFERENCE:202412093]]. Logged Stage 1
complaint [[REFERENCE:IQH/SK/06617]]. Passed to Neighbourhood Officer [[PERSON:Abimbola Shittu]].
Advised r/b 2 dni robocze.

Call 3, outbound. Pani [[PERSON:Abimbola]] rozmawiała z panią [[PERSON:Dudzińską]] i przyznała, że
nikt nie połączył zgłoszenia okna ze zgłoszeniem grzyba. Wizyta surveyora w tym samym tygodniu:
rynna przecieka, brak nawiewników.

Jak to naprawiono: nowe okno z nawiewnikiem, wentylator w łazience, naprawiona rynna, usunięcie
grzyba i malowanie farbą przeciwgrzybiczą, nowy materac dla [[PERSON:Marysi]], £450 rekompensaty.
Ombudsman zamknął sprawę jako „resolved".

Co się zmieniło: każda sprawa wilgoci ma teraz listę kontrolną (okna, wentylacja, rynny), zanim ktoś
powie „proszę wietrzyć", a zgłoszenia z tego samego mieszkania są łączone. Potwierdzenie mailem na
[[EMAIL:aniela.dudzinska@example.com]]. Pani [[PERSON:Aniela]]: „[[PERSON:Marysia]] śpi teraz w
swoim pokoju i nie kaszle."
"""),
    ),
    (
        "fv2bg-pl-03",
        "pl",
        _s("""
Case study z notatek ASB i contact centre [[ORGANISATION:Witham Fen Homes]]. Konsultantka pisze po
polsku, zostawiając angielskie nazwy pól.

Call 1, sob. 23:40, OOH. Caller: pan [[PERSON:Przemysław Szulc]], [[ADDRESS:5 Skirbeck Row]],
[[POSTCODE:PE21 6QS]]. DPA passed. Zgłasza, że sąsiad z [[ADDRESS:numeru 7]] znowu puszcza muzykę do
trzeciej w nocy i krzyczy pod oknem obraźliwe rzeczy o [[OTHER_SPECIAL:Polakach]]. Do tego parkuje
białego vana [[OTHER_ID:GY70 DHK]] na trawniku pod ich sypialnią. Żona, [[PERSON:Dobrosława]],
pracuje na nocki w pakowni i nie może spać w dzień. Klient: „Ja nie chcę wojny, ja chcę spać." OOH
operator: [[PERSON:Wanda]]. Advised: przy groźbach dzwonić na policję, nagrywać hałas. Callback
[[PHONE:07700 900 904]].

Call 2, pon., inbound. Pan [[PERSON:Przemek]] mówi, że sąsiad nagrał ich dom i wrzucił na TikToka
jako [[OTHER_ID:@bostonlad_77]], razem z numerem domu. ASB case [[REFERENCE:ASB/WFH/0455]] opened
(hate incident). Complaint [[REFERENCE:WFH-CP-3378]], bo trzy wcześniejsze zgłoszenia zamknięto jako
„noise – advice given". Passed to ASB officer [[PERSON:Cormac O'Leary]].

Call 3, wt., outbound. Pan [[PERSON:O'Leary]] rozmawiał z panią [[PERSON:Dobrosławą]] i przeprosił:
trzy zgłoszenia w miesiącu powinny były otworzyć sprawę ASB. Umówił wspólną wizytę z policją.

Jak to naprawiono: sąsiad dostał formal warning i podpisał Acceptable Behaviour Contract, film
usunięto po zgłoszeniu, van zniknął z trawnika, a rodzina dostała noise monitor i £150 za złe
prowadzenie sprawy.

Co się zmieniło: trzecie zgłoszenie hałasu z tego samego adresu automatycznie otwiera sprawę ASB, a
każda wzmianka o narodowości albo pochodzeniu to hate incident. Pan [[PERSON:Przemysław]]:
„[[PERSON:Dobrusia]] mówi, że pierwszy raz od roku przespała cały dzień."
"""),
    ),
    (
        "fv2bg-pl-04",
        "pl",
        _s("""
Notatki z rozmów telefonicznych, [[ORGANISATION:Granton Harbour Homes]] – customer contact.
Konsultantka pisze po polsku dla polskojęzycznych klientów.

Call 1, wt. 14:02, inbound. Caller: [[PERSON:Aleksandra Pawlak-Reid]] ([[PERSON:Ola]]), wnuczka T,
dzwoni w imieniu babci, pani [[PERSON:Teodozji Pawlak]]. Babcia przy telefonie, zgoda ustna.
Verified DPA: imię i nazwisko T, DOB
[[DATE_OF_BIRTH:dwunastego maja tysiąc dziewięćset trzydziestego czwartego]], postcode
[[POSTCODE:EH7 6JQ]], adres [[ADDRESS:17/5 Restalrig Wynd]]. Babcia ma [[AGE:91 lat]] i
[[HEALTH:osteoporozę]], mieszka na trzecim piętrze. Zgłoszenie: światło na klatce nie działa od
trzech tygodni, domofon też nie, więc babcia schodzi po ciemku otworzyć opiekunce. Babcia (w tle):
„Po omacku chodzę, jak w czasie wojny." Job [[REFERENCE:GHH-CL-81146]] (communal lighting) i
[[REFERENCE:GHH-CL-81147]] (door entry). Agent: [[PERSON:Seweryna]]. Callback
[[PHONE:0131 496 0228]].

Call 2, 10 dni później, inbound. Dzwoni ponownie pani [[PERSON:Ola]]: nic się nie zmieniło, a babcia
w sobotę potknęła się na półpiętrze – nic nie złamała, ale jest cała posiniaczona. Complaint logged
[[REFERENCE:GHH-CMP-0589]]. Passed to Housing Officer [[PERSON:Isla Brodie]]. Advised r/b w ciągu 24h.

Call 3, outbound. Pani [[PERSON:Brodie]] przeprosiła: zlecenia dla
[[ORGANISATION:Forth Access Systems]] utknęły, bo czekały na „communal budget sign-off", i nikt nie
sprawdził, kto mieszka w bloku.

Jak to naprawiono: elektryk jeszcze tego dnia, tymczasowe lampy z czujnikiem ruchu, nowy domofon w
ciągu tygodnia, key safe przy drzwiach dla opiekunek i £200 dla pani [[PERSON:Teodozji]].

Co się zmieniło: awarie oświetlenia klatek są teraz zawsze „urgent" (24h), bez czekania na budżet, a
lista lokatorów z ograniczoną mobilnością jest dołączana do każdego zlecenia dla klatki. Pani
[[PERSON:Ola]] mailem ([[EMAIL:ola.pawlakreid@example.org]]): „Babcia mówi, że znowu widzi swoje
schody."
"""),
    ),
    (
        "fv2bg-pl-05",
        "pl",
        _s("""
Case study: notatki z contact centre [[ORGANISATION:Westway Community Housing]], pisane po polsku
przez konsultantkę, pola systemowe po angielsku.

Call 1, czw. 16:45, inbound. Caller: pan [[PERSON:Ksawery Lis]], [[ADDRESS:mieszkanie 7]],
[[ADDRESS:Cranbrook House]], [[POSTCODE:W3 8RN]]. DPA: imię, nazwisko, DOB
[[DATE_OF_BIRTH:03.02.1990]], first line. Tenancy ref [[REFERENCE:WWC-T-771203]]. Zgłasza, że okno
w sypialni nie domyka się od zimy (zepsuta klamka i zawias), a teraz dostał service charge z pozycją
„window repairs £312", chociaż nikt okna nie naprawił. Partnerka, [[PERSON:Femke]], ma
[[HEALTH:reumatoidalne zapalenie stawów]] i zimno bardzo jej szkodzi. Klient: „Płacę za naprawę,
której nie ma, i śpię w czapce." Prosi też o sprawdzenie Housing Benefit, podaje NI
[[NI_NUMBER:SZ 80 43 19 A]]. Agent: [[PERSON:Emilia]]. Callback [[PHONE:020 7946 0447]].

Call 2, 2 tyg. później, outbound. [[PERSON:Rupert Hale]] (Leasehold & Service Charges) rozmawiał z
panem [[PERSON:Lisem]]: opłata dotyczyła okien w innym bloku i trafiła do
[[ADDRESS:Cranbrook House]] przez błąd w kodzie budynku. Complaint [[REFERENCE:WWC-SK-1184]] upheld.

Jak to naprawiono: opłatę £312 usunięto we wszystkich 24 mieszkaniach w bloku, nowe okno w sypialni
od [[ORGANISATION:ClearView Windows Ltd]] w ciągu 10 dni, £150 rekompensaty. Pan [[PERSON:Rupert]]
wysłał potwierdzenie na adres podyktowany przez klienta:
[[EMAIL:ksawery.lis małpa example kropka org]].

Co się zmieniło: service charge za naprawy jest teraz sprawdzany z listą zamkniętych zleceń dla
konkretnego bloku, zanim trafi do lokatorów. Pan [[PERSON:Ksawery]]: „Dobrze, że ktoś w końcu
policzył, a nie tylko wysłał rachunek."
"""),
    ),
    (
        "fv2bg-ro-01",
        "ro",
        _s("""
Note din apelurile către contact centre-ul [[ORGANISATION:Roding Valley Housing]], scrise în română de
o colegă bilingvă; termenii din sistem au rămas în engleză. Trimise campaniei ca exemplu de plângere
rezolvată, cu acordul familiei.

Call 1, luni 09:20, inbound. Caller: doamna [[PERSON:Viorica Ardeleanu]]. Verified DPA: nume, DOB
[[DATE_OF_BIRTH:11.02.1988]], postcode [[POSTCODE:IG11 7PW]], first line
[[ADDRESS:49 Thornhill Walk]]. Clienta spune că e mucegai negru în dormitorul copiilor, pe tavan și
după dulap. Băiatul, [[PERSON:Rareș]], are [[AGE:7 ani]] și [[HEALTH:astm bronșic]]; medicul de la
[[ADDRESS:Eastbury Lane Surgery]] i-a dat deja a doua pompiță. Citat: „Dau cu clor în fiecare sâmbătă
și luni e iar negru." Raised D&M job [[REFERENCE:RVH-DM-66081]], appt w/c 14. Agent:
[[PERSON:Loredana]]. Callback [[PHONE:07700 900 677]].

Call 2, după 5 săptămâni, inbound. Sună soțul, [[PERSON:Ghiță]] (consent on file): contractorul
[[ORGANISATION:DryHome Solutions]] a venit, a dat cu spray și a plecat. Mucegaiul a revenit în zece
zile, iar [[PERSON:Rareș]] a ajuns la urgențe cu o criză. Caller: „Nu mai vrem spray, vrem să afle
de unde vine apa!" Complaint logged [[REFERENCE:RVH-CMP-1420]], passed to Surveyor
[[PERSON:Babajide Coker]]. Advised r/b în 48h. Agent: [[PERSON:Iuliana]].

Call 3, outbound. Dl [[PERSON:Coker]] a vorbit cu doamna [[PERSON:Ardeleanu]] după vizită: jgheab
spart deasupra dormitorului și izolație lipsă în pod. Și-a cerut scuze că primul job a fost închis
fără nicio inspecție.

Cum s-a rezolvat: jgheab nou, izolație în pod, ventilator cu senzor de umiditate, tratament
anti-mucegai și zugrăvit, pat și saltea noi pentru copii, £500 despăgubire. Confirmare trimisă la
[[EMAIL:viorica.ardeleanu@example.com]].

Ce s-a schimbat: orice job de mucegai într-o casă cu un copil cu probleme respiratorii primește
acum inspecție de la surveyor în 10 zile, nu doar tratament. Doamna [[PERSON:Viorica]]: „Acum
[[PERSON:Rareș]] doarme în camera lui și nu mai tușește noaptea."
"""),
    ),
    (
        "fv2bg-ro-02",
        "ro",
        _s("""
Transcriere și note, linia de reparații [[ORGANISATION:Abington Vale Housing]]. Agenta vorbește
română și a scris notele în română.

Call 1, marți 06:55, inbound.
Agent: Repairs, la telefon [[PERSON:Cosmina]], cu ce vă pot ajuta?
Caller: Bună dimineața, sunt [[PERSON:Costel Bucur]], de la [[ADDRESS:12 Kingsthorpe Hollow]].
Agent: Data nașterii și codul poștal, vă rog?
Caller: [[DATE_OF_BIRTH:23 octombrie '91]], [[POSTCODE:NN2 6LD]].
Agent: Mulțumesc, verified.
Caller: Nu avem căldură de vineri. Avem bebeluș, pe [[PERSON:Ilinca]], de [[AGE:10 luni]]. Soția,
[[PERSON:Floarea]], o ține în brațe sub pătură toată ziua.
Agent: Văd job [[REFERENCE:AVH-R-40918]] marcat „awaiting parts".

Note: raised urgent job [[REFERENCE:AVH-R-40977]], [[ORGANISATION:ProHeat East Midlands]], ETA 24h;
2 calorifere electrice de livrat azi. Callback [[PHONE:01632 960 218]].

Joi, inbound. Dl [[PERSON:Bucur]]: caloriferele n-au venit; tehnicianul, [[PERSON:Dwayne]], a venit și
a zis că piesa vine „next week". [[PERSON:Ilinca]] are febră. Complaint [[REFERENCE:AVH-CX-0633]],
passed to Team Leader [[PERSON:Hollie Marsden]]. LVM 12:10, r/b 13:00.

Outbound 13:00. Dna [[PERSON:Marsden]] a verificat: comanda pentru calorifere nu ajunsese niciodată
la depozit. Scuze în numele echipei.

Cum s-a rezolvat: calorifere livrate în aceeași după-amiază, centrală nouă montată vineri (nu
reparată), £250 despăgubire plus £40 pentru curent, plătite în contul cu sort code
[[OTHER_ID:60-83-71]], cont [[OTHER_ID:20394417]].

Ce s-a schimbat: orice familie cu un copil sub 2 ani rămasă fără căldură primește acum calorifere în
aceeași zi, iar livrarea e confirmată printr-un telefon. Dl [[PERSON:Costel]]: „A doua zi am dormit
toți trei în dormitor, nu în sufragerie lângă cuptor."
"""),
    ),
    (
        "fv2bg-ro-03",
        "ro",
        _s("""
Note din apelurile OOH și contact centre, [[ORGANISATION:Stanmore Park Housing Association]]. Scrise
în română de personal bilingv, cu termenii din sistem în engleză.

OOH, duminică 03:15. Operator: [[PERSON:Jermaine]]. Caller: doamna [[PERSON:Anca-Maria Pârvu]],
[[ADDRESS:ap. 5]], [[ADDRESS:Kenton Lodge]], [[POSTCODE:HA3 0TU]]. DPA: nume + DOB
[[DATE_OF_BIRTH:8/5/1972]]. Spune că picură apă prin tavanul băii, din [[ADDRESS:ap. 9]] de
deasupra. Make safe: electricianul a izolat lumina din baie. Job [[REFERENCE:SPHA-E-11873]].

Marți, inbound. Dna [[PERSON:Pârvu]]: apa tot curge. Agenta [[PERSON:Bianca]] a notat: „[[ADDRESS:flat 9]] is
leasehold – advised T to contact leaseholder directly". Clienta: „Am bătut la ușă de cinci ori,
proprietarul stă în Dubai, chiriașii nu deschid." Clienta are [[HEALTH:diabet de tip 1]], iar mama
ei, [[PERSON:Zamfira]], de [[AGE:81 de ani]], stă cu ea; baia nu se mai poate folosi.

Joi, inbound. Sună fiul, [[PERSON:Tudor Pârvu]]: o bucată de tavan a căzut în cadă. Complaint
[[REFERENCE:SPHA-C-2709]], passed to Housing Officer [[PERSON:Saoirse Nolan]]. Callback
[[PHONE:+44 7700 900 339]].

Outbound, vineri. Dna [[PERSON:Nolan]] a recunoscut că sfatul „contactați singură proprietarul" a
fost greșit: asociația are drept de acces prin lease ca să oprească o scurgere. A intrat în aceeași
zi, cu [[ORGANISATION:Metro Leak Detection]].

Cum s-a rezolvat: țeava spartă de sub cada de la [[ADDRESS:ap. 9]] reparată, costul recuperat de la
leaseholder, tavanul băii refăcut, instalația electrică verificată, scaun de duș pentru doamna
[[PERSON:Zamfira]] și £350 despăgubire.

Ce s-a schimbat: când apa vine dintr-un apartament leasehold, asociația preia cazul, nu chiriașul;
agenții au un script nou. Confirmare pe e-mailul dictat de clientă:
[[EMAIL:anca punct parvu arond example punct net]]. Dna [[PERSON:Anca-Maria]]: „În sfârșit a urcat
cineva scările în locul meu."
"""),
    ),
    (
        "fv2bg-ro-04",
        "ro",
        _s("""
Note ASB și contact centre, [[ORGANISATION:Chiltern Gate Homes]], scrise de o agentă bilingvă.
Familia a fost de acord să fie folosite ca studiu de caz.

Call 1, vineri 17:30, inbound. Caller: dl [[PERSON:Nicușor Căldăraru]], [[ADDRESS:17 Leagrave Fold]],
[[POSTCODE:LU3 2WB]]. Verified DPA: nume, DOB [[DATE_OF_BIRTH:02.09.1984]], postcode, first line.
Spune că o pagină de Facebook a cartierului, [[OTHER_ID:@luton_watch_lu3]], a pus poza casei lor cu
textul că „[[OTHER_SPECIAL:țiganii]] de la [[ADDRESS:nr. 17]] fură". Familia este
[[OTHER_SPECIAL:romă]], în UK din 2014, cu [[OTHER_SPECIAL:settled status]]. De atunci cineva le-a
spart geamul mașinii, [[OTHER_ID:KN66 RTY]]. Soția, [[PERSON:Luminița]], nu mai duce copiii la școală
pe jos. Citat: „Copiii mei s-au născut aici. Ce să le spun?" Agent: [[PERSON:Adina]]. Logged as
„neighbour dispute – advice", fără ASB case. Callback [[PHONE:07700 900 731]].

Call 2, 10 zile mai târziu, inbound. Dl [[PERSON:Nicușor]]: cineva a scris pe ușă cu vopsea. Agenta
[[PERSON:Petronela]] a deschis ASB case [[REFERENCE:CGH-ASB-7702]] (hate incident) și complaint
[[REFERENCE:CGH-CP-2951]] pentru primul apel. Passed to ASB officer [[PERSON:Kwabena Ofori]].

Call 3, outbound, aceeași zi. Dl [[PERSON:Ofori]] și-a cerut scuze: primul apel trebuia tratat ca
hate incident. Vizită comună cu poliția luni.

Cum s-a rezolvat: ușa curățată și apoi înlocuită, cameră video la intrare, pagina raportată
platformei (postarea a fost ștearsă), avertisment scris pentru un vecin identificat din poze, £200 și
scuze în scris. Fiul, [[PERSON:Denis]], de [[AGE:9 ani]], primește sprijin la școală, la
[[ADDRESS:Limbury Mead Primary]], după ce familia a fost de acord să fie anunțată școala.

Ce s-a schimbat: agenții au acum o întrebare obligatorie la orice conflict între vecini: „Are legătură
cu originea, religia sau dizabilitatea cuiva?" [[PERSON:Luminița]]: „Acum mergem iar pe jos la
școală."
"""),
    ),
    (
        "fv2bg-ro-05",
        "ro",
        _s("""
Note din apeluri, [[ORGANISATION:Aylestone Meadows Housing]], scrise în română de agenta bilingvă;
câmpurile din sistem rămân în engleză.

Call 1, miercuri 10:40, inbound. Caller: [[PERSON:Sânziana Iordache]], fiica T, sună pentru mama ei,
doamna [[PERSON:Elisabeta Iordache]] (toată lumea îi spune [[PERSON:Veta]]). Verified DPA: nume, DOB
[[DATE_OF_BIRTH:cinci martie o mie nouă sute cincizeci și doi]], postcode [[POSTCODE:LE3 2FT]], first
line [[ADDRESS:88 Narborough Close]]. Mama are [[AGE:73 de ani]], [[HEALTH:artrită reumatoidă]] și a
avut un [[HEALTH:AVC]] anul trecut; nu mai poate intra în cadă. OT a recomandat walk-in shower acum 8
luni. Job [[REFERENCE:AMH-AD-30215]] – status „on hold – tenant refused". Caller: „Mama n-a refuzat
nimic! A venit un om la ușă, a vorbit repede în engleză și ea a zis «nu înțeleg»." Agent:
[[PERSON:Despina]]. Callback [[PHONE:0116 496 0275]].

Call 2, outbound, a doua zi. OT Lead [[PERSON:Gareth Pennington]] a vorbit cu [[PERSON:Sânziana]].
Pentru legătura cu echipa de recuperare de la spital, ea a dat numărul NHS al mamei,
[[OTHER_ID:612 559 0374]]. Complaint [[REFERENCE:AMH-C-8816]] logged. [[PERSON:Gareth]] a confirmat că
„tenant refused" a fost pus fără interpret și fără să sune pe cineva din familie.

Cum s-a rezolvat: walk-in shower montat de [[ORGANISATION:Ability Bathrooms Midlands]] în 3
săptămâni, bare de sprijin și scaun, interpret de română la vizita de măsurători, £300 despăgubire.
Doamna [[PERSON:Veta]], [[OTHER_SPECIAL:ortodoxă]] practicantă, merge din nou duminica la
[[ADDRESS:Biserica Sfântul Dimitrie]], pentru că se poate pregăti singură dimineața.

Ce s-a schimbat: niciun job de adaptare nu mai poate fi închis ca „tenant refused" fără un apel la
persoana de contact și fără interpret, dacă e nevoie. Limba preferată apare acum pe ecran la fiecare
job. [[PERSON:Sânziana]] pe e-mail ([[EMAIL:sanziana.iordache@example.net]]): „Mama zice că s-a simțit
din nou om."
"""),
    ),
    (
        "fv2bg-ur-01",
        "ur",
        _s("""
یہ [[ORGANISATION:Bowling Park Homes]] کے کانٹیکٹ سینٹر کے کال نوٹس ہیں، جو دو زبانیں بولنے والے
ایجنٹس نے اردو میں لکھے؛ سسٹم کی اصطلاحات انگریزی میں رہنے دی گئیں۔ خاندان کی اجازت سے case study
کے طور پر بھیجے گئے۔

Call 1، پیر 10:35، inbound۔ Caller: مسز [[PERSON:شگفتہ ملک]]۔ Verified DPA: نام، DOB
[[DATE_OF_BIRTH:۲۲/۰۷/۱۹۸۵]]، postcode [[POSTCODE:BD9 4QL]]، first line
[[ADDRESS:27 Heaton Brook Terrace]]۔ Caller states بچوں کے کمرے کی دیوار پر کالی پھپھوندی ہے،
کھڑکی کے گرد پانی جمع ہوتا ہے۔ بیٹی [[PERSON:ہادیہ]] [[AGE:۳ سال]] کی ہے، اسے [[HEALTH:دمہ]] ہے، دو
ہفتے پہلے ہسپتال گئی۔ ان کے الفاظ: "باجی، دیوار روتی ہے اور میری بچی کھانستی ہے۔" D&M job raised
[[REFERENCE:BPH-DM-90214]]۔ Agent: [[PERSON:جیما]]۔ Callback [[PHONE:۰۷۷۰۰ ۹۰۰۱۹۳]]۔

Call 2، تین ہفتے بعد، inbound۔ شوہر [[PERSON:نوید ملک]] نے کال کی (consent on file):
[[ORGANISATION:Yorkshire Dry Walls Ltd]] کا بندہ آیا، کہا "کپڑے اندر نہ سکھائیں، کھڑکی کھولیں" اور
چلا گیا۔ Caller: "ہم سردیوں میں کھڑکی کھول کر بچی کو ٹھنڈ میں بٹھائیں؟" Stage 1 complaint
[[REFERENCE:BPH/CX/3307]]۔ Passed to Surveyor [[PERSON:پیڈریگ کوئن]]۔ Advised r/b دو working days۔
Agent: [[PERSON:ٹیگن]]۔

Call 3، outbound۔ [[PERSON:پیڈریگ]] نے گھر کا معائنہ کرنے کے بعد مسز [[PERSON:ملک]] سے بات کی:
کھڑکی کے اوپر lintel میں دراڑ، باہر کا پرنالہ ٹوٹا ہوا، loft میں insulation غائب۔ "tenant کا
lifestyle" والی بات غلط تھی، انہوں نے معافی مانگی۔

کیسے ٹھیک ہوا: lintel اور پرنالے کی مرمت، loft insulation، PIV unit، کمرے کا mould wash اور رنگ،
£375 compensation۔ خاندان کی درخواست پر [[PERSON:ہادیہ]] کے اسکول کی nursery class،
[[ADDRESS:Heaton Brook Primary]]، کو خط بھیجا گیا کہ غیر حاضریاں بیماری کی وجہ سے تھیں۔

کیا بدلا: اب کوئی بھی damp job "condensation/lifestyle" لکھ کر بند نہیں ہو سکتی جب تک surveyor نے
خود نہ دیکھا ہو۔ ای میل پر تصدیق: [[EMAIL:shagufta.malik@example.org]]۔ مسز [[PERSON:شگفتہ]]: "اب
[[PERSON:ہادیہ]] رات بھر سوتی ہے، اللہ کا شکر۔"
"""),
    ),
    (
        "fv2bg-ur-02",
        "ur",
        _s("""
[[ORGANISATION:Roch Valley Homes]] کی repairs line کی ٹرانسکرپٹ اور نوٹس۔ ایجنٹ اردو اور انگریزی
دونوں بولتی ہیں۔

Inbound، جمعرات 19:20۔
Agent: Repairs، میں [[PERSON:کیئرا]] بات کر رہی ہوں۔
Caller: السلام علیکم، میں [[PERSON:ارسلان بھٹی]]، اپنے ابو [[PERSON:غلام سرور بھٹی]] کی طرف سے فون
کر رہا ہوں۔
Agent: ابو کی تاریخِ پیدائش اور postcode؟
Caller: [[DATE_OF_BIRTH:۱۰ اکتوبر ۱۹۴۴]]، [[POSTCODE:OL11 5UF]]۔ گھر [[ADDRESS:5 Spotland Croft]] ہے۔
Agent: شکریہ، verified۔
Caller: ہیٹنگ پھر بند ہے۔ ابو [[AGE:۸۰ سال]] کے ہیں، [[HEALTH:ہارٹ فیلیئر]] ہے، ٹانگوں میں سوجن
رہتی ہے۔ پچھلی job [[REFERENCE:RVH-R-77410]] کو "completed" لکھ دیا گیا، حالانکہ انجینئر صرف
pressure بڑھا کر چلا گیا تھا۔
Agent: میں ابھی emergency job کھول رہی ہوں۔

Notes: Emergency job [[REFERENCE:RVH-R-77593]]، [[ORGANISATION:Northern Boiler Care]]، ETA 4 گھنٹے،
2 heaters۔ Callback [[PHONE:0161 496 0952]]۔ Cust بہت پریشان: "ابو کہتے ہیں میں تو لحاف میں ٹھیک ہوں،
لیکن ان کے ہاتھ برف ہیں۔"

ہفتہ، inbound۔ [[PERSON:ارسلان]]: انجینئر [[PERSON:گیون]] نے کہا boiler پرانا ہے اور "replacement کی
سفارش کر دی"، لیکن heaters نہیں پہنچے۔ Complaint [[REFERENCE:RVH-CMP-6062]]، passed to Repairs
Manager [[PERSON:اولوسیگن ادیبائیو]]۔ LVM، پھر r/b شام 5 بجے۔

Outbound۔ مسٹر [[PERSON:ادیبائیو]] نے مانا کہ ایک ہی fault پر تین بار "completed" لکھا گیا اور
replacement کی سفارش کسی queue میں پڑی رہی۔ انہوں نے معافی مانگی۔

کیسے ٹھیک ہوا: اسی شام heaters، پیر کو نیا boiler، £300 compensation اور بجلی کے خرچ کے £50۔
[[PERSON:ارسلان]] کی درخواست پر ابو کے ریکارڈ میں vulnerability flag لگایا گیا۔

کیا بدلا: اب کسی بھی vulnerable tenant کے boiler replacement کی سفارش پانچ دن کے اندر approve یا
reject کرنا لازمی ہے، اور heaters کی delivery کی تصدیق فون پر کی جاتی ہے۔ [[PERSON:ارسلان]]: "ابو
نے کہا، بیٹا، آج پہلی بار سردی میں نیند آئی۔"
"""),
    ),
    (
        "fv2bg-ur-03",
        "ur",
        _s("""
[[ORGANISATION:Chalvey Brook Homes]] کی ASB ٹیم اور کانٹیکٹ سینٹر کے نوٹس، اردو میں، انگریزی labels
کے ساتھ۔

Call 1، بدھ 20:45، OOH۔ Caller: مسٹر [[PERSON:منصور طاہر]]، [[ADDRESS:31 Upton Lea Parade]]،
[[POSTCODE:SL1 2PE]]۔ DPA passed (نام، DOB [[DATE_OF_BIRTH:04-11-1970]])۔ Caller states کوئی ان کے
دروازے کے نیچے پرچیاں ڈال رہا ہے جن میں [[OTHER_SPECIAL:احمدی]] ہونے کی وجہ سے دھمکیاں ہیں، اور ایک
Instagram اکاؤنٹ [[OTHER_ID:@slough_truth_1]] نے ان کے گھر کی تصویر ڈالی ہے۔ بیٹی [[PERSON:نائلہ]]
[[AGE:۱۵ سال]] کی ہے، اب اکیلے اسکول نہیں جاتی۔ Caller: "ہم تیس سال سے یہاں ہیں، کبھی کسی سے
جھگڑا نہیں کیا۔" OOH operator: [[PERSON:پریشس]]۔ Advised پولیس کو اطلاع دیں؛ ASB referral for next
day۔ Callback [[PHONE:0118 496 0377]]۔

Call 2، دس دن بعد، inbound۔ بیگم [[PERSON:امۃ النور]] نے فون کیا: ابھی تک کسی نے رابطہ نہیں کیا،
referral سسٹم میں "pending" پڑا ہے۔ Complaint [[REFERENCE:CBH-CMP-4418]]۔ ASB case
[[REFERENCE:CBH-ASB-1093]] (hate incident) کھولا گیا۔ Passed to ASB officer
[[PERSON:ایلینور ہیگز]]۔ Agent: [[PERSON:ڈومینیکا]]۔

Call 3، outbound، اسی دن۔ [[PERSON:ایلینور]] نے معافی مانگی کہ OOH کا referral دس دن تک کسی نے
نہیں اٹھایا۔ پولیس کے ساتھ joint visit طے ہوا۔

کیسے ٹھیک ہوا: دروازے پر letterbox cage اور doorbell camera، Instagram پوسٹ report کر کے ہٹوائی
گئی، پرچیاں ڈالنے والا شخص CCTV سے پہچانا گیا اور اس کے landlord کو کارروائی کے لیے لکھا گیا، £250
اور تحریری معافی۔ [[PERSON:نائلہ]] کے اسکول [[ADDRESS:Chalvey Grove Academy]] کے راستے پر اور جمعہ
کو [[ADDRESS:بیت السلام]] جانے کے وقت neighbourhood team نے گشت بڑھا دیا۔

کیا بدلا: OOH سے آنے والا ہر hate incident referral اب اگلے working day کی دوپہر تک کسی officer
کو assign ہونا لازمی ہے، ورنہ manager کو alert جاتا ہے۔ مسٹر [[PERSON:منصور]]: "سب سے بڑی بات،
انہوں نے ہماری بات کو سنجیدہ لیا۔"
"""),
    ),
    (
        "fv2bg-ur-04",
        "ur",
        _s("""
[[ORGANISATION:Govanhill Braes Housing Co-op]] کے customer contact نوٹس، اردو بولنے والی agent نے
لکھے۔

Call 1، منگل 11:10، inbound۔ Caller: مسز [[PERSON:زرینہ کوثر]]، [[ADDRESS:فلیٹ 16/3]]،
[[ADDRESS:Strathbungo Court]]، [[POSTCODE:G41 2NX]]۔ DPA: نام، DOB [[DATE_OF_BIRTH:17.5.63]]۔
Caller states عمارت کی دونوں lifts ایک ہفتے سے بند ہیں اور وہ سولہویں منزل پر رہتے ہیں؛ شوہر
[[PERSON:تنویر اعوان]] کو [[HEALTH:گٹھیا]] اور [[HEALTH:ذیابیطس]] ہے، ہسپتال کا appointment دو بار
miss ہو چکا ہے۔ Caller: "ہم گھر میں قید ہیں، جیسے پنجرے میں پرندے۔" Lift job
[[REFERENCE:GBH-LF-2207]] with [[ORGANISATION:Caledonian Lift Engineering]]، status "engineer
attended – awaiting parts"۔ Agent: [[PERSON:موراگ]]۔ Callback [[PHONE:0141 496 0358]]۔

Call 2، پانچ دن بعد، inbound۔ بیٹا [[PERSON:فرحان]] لندن سے کال کر رہا ہے (consent on file): "ابو
کی دوائیاں ختم ہو رہی ہیں، امی سیڑھیاں نہیں اتر سکتیں۔" Complaint [[REFERENCE:GBH-C-0944]]۔ Passed
to Housing Officer [[PERSON:ایلیسن میکنٹوش]]۔ Advised r/b same day۔ Email:
[[EMAIL:farhan.awan@example.com]]۔

Call 3، outbound۔ [[PERSON:ایلیسن]] نے مانا کہ lifts بند ہونے پر vulnerable residents کی list کسی
نے نہیں دیکھی، حالانکہ مسز [[PERSON:کوثر]] کا نام اس میں موجود تھا۔

کیسے ٹھیک ہوا: اسی دن pharmacy delivery کا انتظام، دو ہفتے کے لیے ground floor پر عارضی فلیٹ
[[ADDRESS:فلیٹ 0/1]]، ہسپتال کے لیے taxi، lift کا نیا part express delivery سے، اور £400
compensation۔

کیا بدلا: اب کسی بھی lift کے 24 گھنٹے بند رہنے پر vulnerable list کے ہر شخص کو فون کیا جاتا ہے،
اور دونوں lifts ایک ساتھ بند ہوں تو Housing Officer خود گھر جاتا ہے۔ مسز [[PERSON:زرینہ]]: "اب لگتا
ہے کوئی ہمیں بھی گنتا ہے۔"
"""),
    ),
    (
        "fv2bg-ur-05",
        "ur",
        _s("""
[[ORGANISATION:Ward End Housing Trust]] کی Income ٹیم اور کانٹیکٹ سینٹر کے کال نوٹس، اردو میں،
انگریزی labels کے ساتھ۔

Call 1، پیر 09:05، inbound۔ Caller: مسز [[PERSON:روبینہ شاہین]]۔ Verified DPA: نام، DOB
[[DATE_OF_BIRTH:پانچ جنوری انیس سو اٹھہتر]]، postcode [[POSTCODE:b83lw]]، first line
[[ADDRESS:44 Pelham Fold]]۔ Caller states انہیں NOSP ملا ہے، £1,140 arrears، حالانکہ Universal
Credit کا housing element ہر مہینے سیدھا landlord کو جاتا ہے۔ وہ رو رہی تھیں: "میرے تین بچے ہیں، ہم
کہاں جائیں گے؟" UC کی تصدیق کے لیے NI [[NI_NUMBER:YH 50 28 64 B]] لیا۔ بیٹا [[PERSON:دانیال]]
([[AGE:۱۷ سال]]) بھی لائن پر تھا، اس نے بتایا کہ امی کو [[HEALTH:اینگزائٹی]] ہے اور دوا چل رہی ہے۔
Agent: [[PERSON:ایڈیل]]۔ Advised arrears action on hold۔ Callback [[PHONE:07700 900 842]]۔

Call 2، بدھ، outbound۔ Income Officer [[PERSON:ڈورکاس]] نے [[PERSON:دانیال]] اور مسز
[[PERSON:شاہین]] سے بات کی۔ پتا چلا کہ DWP کی Managed Payment چار مہینے سے پرانے گھر کے rent account
پر جا رہی تھی: tenancy ref [[REFERENCE:WEHT-T-308814]] کی جگہ پرانا ref
[[REFERENCE:WEHT-T-190227]]۔ Complaint [[REFERENCE:WEHT-CX-5561]] upheld۔

کیسے ٹھیک ہوا: رقم درست account میں منتقل، NOSP تحریری طور پر واپس، credit file سے arrears ہٹانے کی
درخواست، اور £150 compensation جو sort code [[OTHER_ID:30-99-41]] اور account ending
[[OTHER_ID:7718]] پر بھیجا گیا۔ [[PERSON:ڈورکاس]] نے خود فون کر کے معافی مانگی۔

کیا بدلا: اب NOSP بھیجنے سے پہلے Income Officer کو لازمی دیکھنا ہوتا ہے کہ کوئی Managed Payment کسی
پرانے account پر تو نہیں جا رہی۔ تصدیق کی ای میل اس پتے پر گئی جو [[PERSON:دانیال]] نے بول کر
لکھوایا: [[EMAIL:rubina ڈاٹ shaheen ایٹ example ڈاٹ com]]۔ مسز [[PERSON:روبینہ]]: "اس دن پہلی بار
سکون کی نیند آئی۔"
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
