"""Fresh version-2 PII test stories, batch as.

The writers are young single people: students, care leavers and sharers in HMOs, bedsits, halls,
foyers and supported lodgings, writing casually and with some irony. The stories carry room numbers
("Room 4", "R7", "camera 3", "ਰੂਮ 5"), flatmates with nicknames and diminutives, letting agents and
their staff, personal advisers and key workers, named foyers, hostels, halls, colleges and
universities, deposit protection and complaint references, bank transfers (sort codes, account
numbers, payee names), Instagram/TikTok/Snapchat handles, car registrations, passport and BRP
numbers, phones and emails written in words or native digits, and postcodes in lower case or
without the space, in English, Arabic, Bengali, Punjabi (Gurmukhi), Polish, Romanian and Urdu.
A resident's room number is a partial ADDRESS; a university or college the writer attends is a
named place (ADDRESS), but an ORGANISATION where it is the landlord; letting agents are ORGANISATION.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 7 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 34.3% of 35, recall 94.2%, precision
79.2%, on the committed detector d1c21d0 (after round 42); leak-free by language ar 2, bn 0, en 2, pa 1, pl 2, ro 2, ur 3 of 5.
On the detector as it landed before rounds 34 to 42 (87cfc38): 28.6%.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2as-en-01",
        "en",
        _s("""
So this is the saga of [[ADDRESS:Room 4]], [[ADDRESS:27 Harcourt Terrace]], [[POSTCODE:ls63qd]], aka the
house where the boiler took more days off than we did. Five of us, all second years at
[[ADDRESS:Aire Valley University]]: me ([[PERSON:Tilly Okonjo]]), [[PERSON:Josh]], [[PERSON:Mags]],
[[PERSON:Priya Lal]] and a lad everyone calls [[PERSON:Spoons]] for reasons I'm legally not allowed to
explain. The agent was [[ORGANISATION:Kestrel Lettings]] and our guy there was [[PERSON:Callum]], who
answered emails roughly once per lunar cycle.

The boiler died the first week of November. [[PERSON:Callum]] said an engineer was "booked", which it
turns out is agent for "I have thought about booking one". Three weeks of kettle showers later,
[[PERSON:Priya]]'s [[HEALTH:asthma]] was flaring from the damp in [[ADDRESS:Room 2]] and I was writing my
dissertation in the library until security kicked me out. We logged it as repair job
[[REFERENCE:KL-R-40917]] and I sent a formal complaint (ref [[REFERENCE:KL/CMP/2231]]) from
[[EMAIL:t.okonjo@students.example.ac.uk]].

Best bit: [[PERSON:Callum]] then told us we could "speed things up" by paying the call-out ourselves,
into sort code [[OTHER_ID:40-11-62]], account [[OTHER_ID:71339025]], payee "[[PERSON:C Marsh]]". Very normal
company account behaviour. [[PERSON:Spoons]] actually paid it. Of course he did.

What fixed it was going over his head. The branch manager, [[PERSON:Denise Ferreira]], rang me on
[[PHONE:07700 900318]] the next day, apologised properly, and had someone from
[[ORGANISATION:Brightwater Heating]] out within 24 hours. [[PERSON:Spoons]] got his £85 back, we each got
£150 off the rent, and when they tried to keep £640 of the deposit for "carpet wear" the scheme found
for us (dispute ref [[REFERENCE:DP-7781-2034]]).

What changed: [[ORGANISATION:Kestrel Lettings]] now has an actual out-of-hours number
([[PHONE:0113 496 0752]]), no heating means 24 hours, and money only goes to the company account.
[[PERSON:Callum]] "has moved on to new opportunities". Full thread on my TikTok,
[[OTHER_ID:@tillytakesnoprisoners]], if you enjoy suffering.
"""),
    ),
    (
        "fv2as-en-02",
        "en",
        _s("""
I'm [[PERSON:Kayden Mbeki-Rhodes]], I'm [[AGE:19]], and I've been in care since I was [[AGE:11]]. Last
year the leaving care team at [[ORGANISATION:Thornbury Borough Council]] moved me into
[[ADDRESS:Southgate Foyer]], the big grey block behind the [[ADDRESS:Lucky Star]] chippy. Mine is
[[ADDRESS:flat 3B]], which sounds fancy until you see it. The foyer is run by
[[ORGANISATION:Brightpath Young People's Housing]]. My PA is [[PERSON:Shanice Boateng]] and my key
worker was [[PERSON:Gareth]], aka [[PERSON:Gaz]], aka the man who says "leave it with me" and then
leaves it.

In January the shower tray cracked and water went through to [[ADDRESS:2B]] underneath. I reported it
three times. Nobody came. Then I got a letter saying I had "caused damage" and my licence was at risk.
Every form they sent wanted my date of birth ([[DATE_OF_BIRTH:14/02/2006]], yes, Valentine's, go on)
and my NI number, [[NI_NUMBER:QQ 48 20 71 C]], like I was the one under investigation. I've got
[[HEALTH:ADHD]] and [[HEALTH:anxiety]] and I genuinely thought I was going to end up homeless over a
shower tray.

[[PERSON:Shanice]] helped me write a complaint (ref [[REFERENCE:BYP-C-0419]]) and came to the meeting
with me. The service manager, [[PERSON:Ruth Adeyemi]], actually listened. She withdrew the warning, got
[[ORGANISATION:Greenline Plumbing]] in the next morning, and paid £200 for my trainers, my controller
and the mould stuff. [[PERSON:Gaz]] said sorry too, to be fair to him.

What changed: the foyer now has to check with a young person's PA before any warning letter goes out,
and a leak into another flat is treated as an emergency. I also have a new key worker, [[PERSON:Abi]].
If you're a care leaver at [[ADDRESS:Southgate Foyer]] and you're stuck, [[PERSON:Shanice]] said I can
share her work mobile: [[PHONE:07700 900 562]].
"""),
    ),
    (
        "fv2as-en-03",
        "en",
        _s("""
bedsit life, a review: 2/10, one point for the view of the bins and one for [[PERSON:Dee]]. I'm
[[PERSON:Ade Adebayo]], [[AGE:23]], [[OTHER_SPECIAL:Nigerian]], doing a master's at
[[ADDRESS:Rushford Metropolitan University]] on a [[OTHER_SPECIAL:student visa]], and I rent
[[ADDRESS:bedsit 6]] at [[ADDRESS:9 Wexford Street]], [[POSTCODE:M14 6RT]]. [[PERSON:Dee]] is in
[[ADDRESS:bedsit 2]], and [[PERSON:Tomasz]] ([[PERSON:Tomek]] if you're his mum) is in the attic.

The landlord is [[PERSON:Barry Kingdon]]. You know [[PERSON:Barry]]'s coming because his white van,
[[OTHER_ID:YK68 TZD]], blocks the whole road, and then he lets himself in. No notice, ever. No smoke
alarm on our landing, the fire door propped open with a brick he called "the ventilation system", and
a key meter charging us way over the actual rate.

When I asked for a smoke alarm he said, and I quote, "people on visas shouldn't make trouble". So I
made trouble. I emailed the private housing team from [[EMAIL:a dot adebayo at example dot net]] and
got [[PERSON:Anita Kowalczyk]], an HMO officer who is now my favourite person at
[[ORGANISATION:Rushford City Council]]. Case ref [[REFERENCE:PSH/2291/07]].

She inspected within a fortnight. [[PERSON:Barry]] got an improvement notice, a fire door that
actually closes, three mains alarms and a talking-to about my immigration status not being his
business. The key meter went, and he refunded £312 of overcharged electric to all three of us. The
house is now run by a managing agent, [[ORGANISATION:Northway Property Management]], who give 24 hours'
notice by text like normal humans.

What changed for me: I sleep. What changed in general: the council is rechecking every licensed HMO
on [[PERSON:Barry]]'s list. I posted the before and after of that fire door on Instagram,
[[OTHER_ID:@adeinthebedsit]], and three people from my course messaged "wait, that's my landlord".
"""),
    ),
    (
        "fv2as-en-04",
        "en",
        _s("""
First year, first week, first disaster. I'm [[PERSON:Niamh Gallagher-Reid]], [[AGE:18]], in
[[ADDRESS:Fenwick Court]], [[ADDRESS:room C14]], which [[ORGANISATION:Wearmouth University]] calls an
"en-suite studio". I have [[HEALTH:type 1 diabetes]], which I told them about in June, twice, and was
promised a lockable mini fridge in my room for insulin as a "reasonable adjustment". In writing. Very
reassuring.

Arrived: no fridge. The shared kitchen fridge was also dead, because the universe has jokes. My
flatmate [[PERSON:Lotte]] ([[OTHER_ID:@lottie.lou_x]] on Snap, hi babe) kept my pens next to her oat
milk for nine days. Reception, aka [[PERSON:Kev]] on nights, told my mum it "wasn't an emergency". My
mum is a nurse. That call was not short.

I complained through the portal (ref [[REFERENCE:WU-ACC-55102]]) and, because the form insisted, typed
in my NHS number, [[OTHER_ID:721 093 4486]], and my date of birth, [[DATE_OF_BIRTH:2 March 2007]]. They
then emailed the whole thing, medical bits included, to the wrong [[PERSON:Niamh]]. Love that for me.
Mum rang them from [[PHONE:+44 (0)161 496 0284]] and asked, politely-ish, for a manager.

The disability adviser, [[PERSON:Harriet Osei]], sorted it in a day: fridge delivered, kitchen fridge
replaced, and a written apology for the data breach, which they reported properly. I got £250 off rent
and they bought [[PERSON:Lotte]] a crate of oat milk, which she still brings up.

What changed: medical adjustments are now checked room by room before arrivals weekend, not "on the
day", and the general complaint form no longer asks for NHS numbers. I go to [[ADDRESS:St Aidan's]] on
Sundays and even the vicar had heard about the fridge.
"""),
    ),
    (
        "fv2as-en-05",
        "en",
        _s("""
Writing this on my lunch break so apologies for the vibes. I'm [[PERSON:Rhys Pugh]], apprentice
electrician, born the [[DATE_OF_BIRTH:third of August two thousand and four]], and I share a three-bed
at [[ADDRESS:Lowther Buildings]] ([[ADDRESS:flat 2]], above the [[ADDRESS:Crown and Anchor]],
[[POSTCODE:ne65bt]]) through [[ORGANISATION:Haven Quarter Housing]]'s young sharers scheme. Housemates:
[[PERSON:Big Sam]], [[PERSON:Little Sam]] (taller than [[PERSON:Big Sam]], don't ask) and
[[PERSON:Fliss]].

In spring [[ORGANISATION:Haven Quarter]] changed banks and sent out a letter with the new details. Mine
had the wrong account number on it. I set up my standing order to the account ending [[OTHER_ID:0412]]
like the letter said, and four months later got an arrears warning for £1,480 and a "possession
action is being considered" letter. At [[AGE:20]]. On a tenancy (ref [[REFERENCE:HQH-T-008812]]) I'd
never once missed a payment on.

My housing officer [[PERSON:Jo Pickering]] was off sick and nobody covered her patch, so I did a stage
1 complaint (ref [[REFERENCE:CMP 4410]]), then stage 2 when stage 1 said "tenants are responsible for
checking bank details". I was. It was your letter, lads. I also went to the Housing Ombudsman, case
[[REFERENCE:202414553]].

Sorted at stage 2. [[PERSON:Marcus Bell]] from their income team found my £1,480 sitting in a dormant
account, moved it across, cleared the arrears, took the warning off my file and paid £300 for the
stress. The right sort code, for the record, was [[OTHER_ID:30-94-21]], and now it's printed the same
on every letter.

What changed: any letter with bank details is checked by two people, and arrears warnings for
under-25s on the scheme go to a human first. If anyone in the building wants help checking theirs,
ring me on [[PHONE:oh seven seven double oh, nine double oh, seven three one]].
"""),
    ),
    (
        "fv2as-ar-01",
        "ar",
        _s("""
اسمي [[PERSON:يزن الحلبي]]، عمري [[AGE:١٩ سنة]]، ووصلت إلى بريطانيا وعمري [[AGE:١٦ سنة]]،
[[OTHER_SPECIAL:طالب لجوء]] وحدي بدون أهل. اليوم أنا [[OTHER_SPECIAL:لاجئ]] معترف به، وأدرس ميكانيك
السيارات في [[ADDRESS:Calder Valley College]]. منذ سنة أسكن في سكن داعم اسمه [[ADDRESS:Elmfield House]]،
[[ADDRESS:الغرفة ٧]]، تديره جمعية [[ORGANISATION:Harbourline Housing]]. المستشارة الشخصية (PA) عندي من
[[ORGANISATION:Calderside Council]] اسمها [[PERSON:ميشيل]]، ومشرفي في السكن [[PERSON:ستيف]].

في ديسمبر تعطلت المدفأة في غرفتي. قال [[PERSON:ستيف]]: "اصبر، الفني قادم". انتظرت خمسة أسابيع مع مدفأة
كهربائية صغيرة اشتريتها من جيبي. والأسوأ أن المكتب طلب مني صورة بطاقة الإقامة للمرة الثالثة لأنهم
"أضاعوا الملف"، فأرسلت رقمها [[OTHER_ID:ZR4471902]] بالإيميل وأنا أشعر أن معلوماتي تتجول في كل مكان.

كتبت شكوى رسمية رقمها [[REFERENCE:HL-CP-3307]] من إيميلي [[EMAIL:yazan.h@example.org]]، وساعدتني
[[PERSON:ميشيل]] في الصياغة لأن إنجليزيتي الرسمية ما زالت "قيد الصيانة" مثل المدفأة تمامًا.

بعد الشكوى جاءت مديرة السكن [[PERSON:جوان تيرنر]] بنفسها واعتذرت، وجاء فني من
[[ORGANISATION:Northstar Heating]] في اليوم التالي. دفعوا لي ثمن المدفأة الصغيرة وفرق فاتورة الكهرباء،
و١٥٠ جنيهًا تعويضًا، وأكدوا كتابيًا أن نسخ وثائقي حُذفت من الإيميلات القديمة.

ما الذي تغيّر؟ صاروا يفحصون التدفئة في كل الغرف قبل الشتاء، والوثائق تُحفظ في نظام واحد مغلق بدل أن
تطير بالإيميل بين الموظفين. وإذا أراد أحد من الشباب في السكن أن يسألني عن الشكوى، رقمي
[[PHONE:٠٧٧٠٠ ٩٠٠٦٢٨]]، أو تجدونني يوم الجمعة في [[ADDRESS:مسجد الهدى]] قرب المحطة.
"""),
    ),
    (
        "fv2as-ar-02",
        "ar",
        _s("""
أنا [[PERSON:نور سامي]]، [[AGE:٢٤ سنة]]، طالبة ماجستير [[OTHER_SPECIAL:مصرية]] في
[[ADDRESS:جامعة ويستبروك]]. السنة الماضية سكنت في بيت مشترك في [[ADDRESS:42 Beaumont Road]]،
[[POSTCODE:nw10 4ht]]، وغرفتي كانت "البوكس روم" الصغيرة فوق الدرج. معي في البيت [[PERSON:لجين]]
(ندلّعها [[PERSON:لولو]])، و[[PERSON:إيمي]]، و[[PERSON:كيران]] الذي لم يغسل صحنًا واحدًا طوال السنة.
الوكالة كانت [[ORGANISATION:Parkside Lets]]، والموظف المسؤول اسمه [[PERSON:ديفيد]].

بدأت المشكلة بالعفن. جدار غرفتي صار أسود، وملابسي صارت تشمّ رطوبة. أرسلت صورًا لـ[[PERSON:ديفيد]]
أكثر من عشر مرات، وكان الرد دائمًا: "افتحي الشباك". في فبراير؟ شكرًا يا [[PERSON:ديفيد]].

عند نهاية العقد قرروا خصم ٤٥٠ جنيهًا من التأمين بسبب "سوء التهوية". التأمين كان محميًا برقم
[[REFERENCE:DPS-1190-4472-05]]، ففتحت نزاعًا. وفي نفس الوقت طلبوا "رسوم تنظيف" بتحويل إلى رقم فرز
[[OTHER_ID:20-71-55]] وحساب [[OTHER_ID:60294418]] باسم [[PERSON:D. Harland]]، وليس باسم الشركة. هنا
توقفت ولم أدفع شيئًا.

قدّمت شكوى للوكالة برقم [[REFERENCE:PL/COMP/775]] من إيميلي [[EMAIL:noor.sami at example dot com]]،
ونشرت صور الجدار على إنستغرام [[OTHER_ID:@noor.in.london]]. بعد يومين اتصلت بي مديرة الفرع
[[PERSON:سارة بيكر]] من رقم [[PHONE:020 7946 0831]] واعتذرت.

النتيجة: رجع التأمين كاملًا، ودفعوا لي ٢٠٠ جنيه عن الملابس التالفة، وأصلحوا الجدار والعزل قبل دخول
المستأجرين الجدد. [[PERSON:ديفيد]] لم يعد يعمل هناك، والوكالة الآن تقبل الدفع فقط لحساب الشركة وتكتب
ذلك بخط عريض في كل رسالة. و[[PERSON:لولو]] تقول إنها أول مرة ترى وكالة تعتذر بجد.
"""),
    ),
    (
        "fv2as-ar-03",
        "ar",
        _s("""
اسمي [[PERSON:مصطفى كريم]]، والشباب في المطعم ينادونني [[PERSON:ماكس]] لأن "[[PERSON:مصطفى]]" طويلة
عليهم. عمري [[AGE:٢٢]]، [[OTHER_SPECIAL:عراقي]]، وأسكن وحدي في استوديو صغير تابع
لـ[[ORGANISATION:Ashby Vale Council]] في عمارة [[ADDRESS:Kingsmead Court]]، [[ADDRESS:شقة ١٤]]، فوق محل
[[ADDRESS:Baghdad Sweets]] مباشرة، والرمز البريدي [[POSTCODE:LE2 7QS]].

المشكلة كانت الفئران. في البداية فأر واحد، بعدها عائلة كاملة، وبعدها صرت أحس أنهم يدفعون إيجارًا أكثر
مني. بلّغت على خط الصيانة [[PHONE:0116 496 0419]] وأخذت رقم طلب [[REFERENCE:AVC-R-118204]]. جاء عامل من
شركة [[ORGANISATION:Pestaway Services]] مرتين، حطّ سمًّا وراح، ولم يسدّ أحد الفتحة الكبيرة خلف خزانة
المطبخ.

عندي [[HEALTH:ربو]] من صغري، ومع الفضلات والغبار صرت أصحو في الليل ولا أقدر أتنفس. طبيبتي في
[[ADDRESS:Moorside Medical Practice]]، الدكتورة [[PERSON:ريتشاردز]]، كتبت رسالة للبلدية أن حالة الشقة
تؤثر على صحتي مباشرة.

بعدها صوّرت فيديو لفأر يركض على الطبّاخ ونشرته على تيك توك، حسابي [[OTHER_ID:@mustafa.k.vibes]]، ووصل
إلى ٨٠ ألف مشاهدة. في اليوم التالي اتصل بي [[PERSON:غاري هولدن]] من قسم الشكاوى، وفجأة صار كل شيء
"أولوية". الشكوى الرسمية رقمها [[REFERENCE:CMP-22-0917]]، وكنت قد فتحت قبلها قضية عند أمين المظالم
للإسكان برقم [[REFERENCE:202301884]].

الحل: جاء فريق كامل، سدّوا كل الفتحات حول الأنابيب، نظّفوا المطبخ وغيّروا الخزائن، وأعطوني ٤٠٠ جنيه
تعويضًا. وفي الشهر التالي فحصوا كل شقق المبنى، لأن جارتي [[PERSON:هناء]] في [[ADDRESS:شقة ١٢]] كانت
عندها نفس القصة بالضبط.

ما الذي تغيّر؟ البلدية صارت ترسل مسّاحًا مع شركة المكافحة من أول زيارة، بدل الاكتفاء بالسم.
و[[PERSON:هناء]] صارت تعطيني كنافة كل جمعة.
"""),
    ),
    (
        "fv2as-ar-04",
        "ar",
        _s("""
أنا [[PERSON:آمنة عثمان]]، عمري [[AGE:عشرين سنة]]، [[OTHER_SPECIAL:سودانية]]، وطالبة تمريض في السنة
الأولى في [[ADDRESS:Bramwell University]]. أسكن في بيت مشترك للشباب تديره
[[ORGANISATION:Open Door Youth Homes]] في [[ADDRESS:18 Sefton Grove]]، [[POSTCODE:l83pq]].

في أكتوبر انكسر قفل باب غرفتي، [[ADDRESS:الغرفة رقم ٣]]، وصار الباب ينفتح بدفعة خفيفة. في البيت خمسة
شباب وبنات، وأحدهم جديد يدخل المطبخ الساعة الثالثة فجرًا. أنا [[OTHER_SPECIAL:مسلمة]] وألبس الحجاب،
وما كنت أقدر أنام وأنا لا أعرف من قد يفتح الباب عليّ.

أخبرت مشرفتي [[PERSON:كلير]] فقالت إن القفل "ليس أولوية". بعدها كلمت [[PERSON:جيك]] من فريق الصيانة،
فسجّل طلبًا برقم [[REFERENCE:ODY-7731]] واختفى. صرت أضع كرسيًا خلف الباب كل ليلة، وصديقتي
[[PERSON:رهف]] (ندلّعها [[PERSON:رفرف]]) كانت تبات عندي أحيانًا حتى لا أبقى وحدي.

في النهاية أرسلت شكوى رسمية من إيميلي [[EMAIL:amna.osman@example.net]]، رقمها
[[REFERENCE:ODY-C-1092]]، وكتبت فيها تاريخ ميلادي [[DATE_OF_BIRTH:٠٣/٠٥/٢٠٠٥]] لأن النموذج أصرّ عليه.
وطلبت من مرشدتي في الجامعة، الدكتورة [[PERSON:بات موريس]]، أن تكتب لهم أيضًا.

النتيجة: خلال ٤٨ ساعة ركّبوا قفلًا جديدًا بكرت إلكتروني، واعتذرت [[PERSON:كلير]] وجهًا لوجه، وأعطوني
قسائم بقيمة ١٠٠ جنيه. واتصلت بي مديرة الخدمة [[PERSON:إيفون غرانت]] على رقمي [[PHONE:07700 900 147]]
لتتأكد أنني بخير.

ما تغيّر: أي قفل مكسور في غرفة نوم صار إصلاحًا طارئًا خلال ٢٤ ساعة، وصار للسكان رقم طوارئ ليلي
[[PHONE:0151 496 0270]]، وكل ساكن جديد يقابل المشرفة قبل أن ينتقل إلى البيت.
"""),
    ),
    (
        "fv2as-ar-05",
        "ar",
        _s("""
مرحبا، أنا [[PERSON:يوسف بنعلي]]، [[AGE:٢١ سنة]]، طالب [[OTHER_SPECIAL:مغربي]] في السنة الثانية هندسة
في [[ADDRESS:Kingsbridge University]]، وأسكن في [[ADDRESS:Eastgate Point]]، [[ADDRESS:استوديو 5.12]]،
وهو سكن طلاب خاص تديره شركة [[ORGANISATION:Unity Nest Student Living]].

القصة باختصار: دفعت إيجار الفصل الأول كاملًا، ٢٨٤٠ جنيهًا، بتحويل بنكي إلى الحساب المكتوب في العقد:
رقم الفرز [[OTHER_ID:04-00-75]] والحساب [[OTHER_ID:18835602]]، والمستفيد
[[ORGANISATION:UNS Eastgate Ltd]]. بعد شهر وصلتني رسالة أنني "متأخر في الدفع" وأن اسمي قد يُرسل لقسم
التأشيرات في الجامعة. أنا على [[OTHER_SPECIAL:تأشيرة طالب]]، فتخيّل شعوري.

اتضح أنهم غيّروا البنك ولم يربطوا الدفعات القديمة. في الاستقبال قالت لي [[PERSON:بريا]] إنها "لا ترى
شيئًا في النظام". أرسلت كشف الحساب ثلاث مرات. صديقي [[PERSON:حمزة]] (أو [[PERSON:حمّوز]] كما نسميه)
قال لي: اكتب شكوى رسمية وضع الجامعة في النسخة. ففعلت: الشكوى رقم [[REFERENCE:UNS-2024-08816]]، من
[[EMAIL:youssef.benali@example.org]].

الحل: خلال أسبوع اتصلت بي [[PERSON:ريبيكا ستون]] من الإدارة الإقليمية على
[[PHONE:+44 20 7946 0915]]، ووجدت الدفعة في الحساب القديم. ألغوا "المتأخرات"، وأرسلوا رسالة للجامعة
يصححون فيها الخطأ، وأعطوني شهر إنترنت مجانًا و١٥٠ جنيهًا.

ما تغيّر: أي رسالة متأخرات لطالب دولي لا تُرسل للجامعة قبل أن يراجعها موظف، وصارت الشركة تنشر تفاصيل
الحساب الجديد داخل التطبيق وليس فقط بالإيميل. و[[PERSON:شون]] جاري في [[ADDRESS:استوديو 5.14]] يقول
إنه اكتشف نفس المشكلة عنده بعد ما قرأ قصتي.
"""),
    ),
    (
        "fv2as-bn-01",
        "bn",
        _s("""
আমি [[PERSON:তানভীর আহমেদ]], বয়স [[AGE:২১]], বন্ধুরা ডাকে [[PERSON:তানু]]। আমাদের বাসায় ছয়জন মানুষ আর
দুইটা বেডরুম, তাই গত বছর আম্মুকে অনেক বুঝিয়ে একটা শেয়ার্ড হাউসে রুম নিলাম — [[ADDRESS:রুম ৩]],
[[ADDRESS:88 Varden Street]], [[POSTCODE:e12jn]]। পাশের রুমে থাকে [[PERSON:জেমি]], উপরের তলায়
[[PERSON:মার্কো]] আর ওর গার্লফ্রেন্ড [[PERSON:আনা]]। বাড়িওয়ালা মিস্টার [[PERSON:গ্রিমশ]], যিনি ফোন
ধরেন শুধু ভাড়ার তারিখে।

প্রথম মাসেই বাথরুমের ছাদ দিয়ে পানি পড়া শুরু হলো, আর আমার রুমের সকেট থেকে স্পার্ক বের হতো। ভিডিও
করে পাঠালাম, উত্তর এলো: "চার্জার বদলাও"। পরে জানলাম ডিপোজিটের ৮০০ পাউন্ড কোনো স্কিমেই রাখা হয়নি।

আমি [[ADDRESS:Eastferry College]]-এ ইলেকট্রিক্যাল পড়ি, তাই জানতাম এটা হাসির বিষয় না।
[[ORGANISATION:Tower Reach Council]]-এর প্রাইভেট হাউজিং টিমকে ইমেইল করলাম
[[EMAIL:tanu.ahmed@example.com]] থেকে। অফিসার [[PERSON:ফাতিমা বেগম]] নিজে এসে দেখলেন, কেস নম্বর দিলেন
[[REFERENCE:TRC/PSH/04417]], আর বললেন, "তুমি ঠিক কাজ করেছ, [[PERSON:তানভীর]]।"

ওনার নোটিশের পর মিস্টার [[PERSON:গ্রিমশ]] দুই সপ্তাহের মধ্যে [[ORGANISATION:Brightspark Electrical]]-কে
দিয়ে পুরো ওয়্যারিং বদলালেন, ছাদ সারালেন, আর ডিপোজিট স্কিমে রাখলেন — রেফারেন্স
[[REFERENCE:DPS 5521-0097]]। দেরিতে রাখার জন্য আমাকে ৪০০ পাউন্ড ফেরতও দিলেন, সরাসরি আমার
অ্যাকাউন্টে, সর্ট কোড [[OTHER_ID:৬০-৮৩-৭১]], অ্যাকাউন্ট [[OTHER_ID:৪৪০১৯২৮৭]]। [[PERSON:জেমি]] আর
[[PERSON:মার্কো]]-ও একই টাকা পেয়েছে।

এখন কী বদলেছে: কাউন্সিল বলেছে এই রাস্তার সব HMO আবার চেক করবে, আর মিস্টার [[PERSON:গ্রিমশ]] এখন
[[ORGANISATION:Cityline Lets]] নামের একটা এজেন্ট রেখেছেন, যারা অন্তত ফোন ধরে। আমার আঁকা "স্পার্কি
সকেট" কমিকটা ইনস্টাগ্রামে আছে, [[OTHER_ID:@tanu.draws]]। কারো সাহায্য লাগলে ফোন দিও:
[[PHONE:০৭৭০০ ৯০০৪৮৩]]।
"""),
    ),
    (
        "fv2as-bn-02",
        "bn",
        _s("""
আমার নাম [[PERSON:সুমাইয়া খাতুন]], সবাই ডাকে [[PERSON:সুমি]]। বয়স এখন [[AGE:উনিশ]]। কেয়ার থেকে বের
হওয়ার পর [[ORGANISATION:Medway Vale Council]] আমাকে "সাপোর্টেড লজিংস"-এ পাঠায় — মানে একটা পরিবারের
বাসায় নিজের একটা রুম, সাথে সাপোর্ট। স্কিমটা চালায় [[ORGANISATION:Hearthstone Lodgings]]। আমার হোস্ট
ছিলেন মিসেস [[PERSON:ডেনিস হোয়াইট]], বাসা [[ADDRESS:12 Orchard Close]], [[POSTCODE:ME4 5RW]]।

প্রথম ছয় মাস ঠিকঠাক ছিল। তারপর ওনার ছেলে [[PERSON:লিয়াম]] বাসায় ফিরে এল, আর হঠাৎ রাত নয়টার পর
রান্নাঘরে তালা। আমি [[OTHER_SPECIAL:মুসলিম]], রমজানে সেহরির জন্য রাত তিনটায় রান্নাঘর লাগে। বললাম,
উত্তর এল "নিয়ম নিয়মই"। আমার রুমের রেডিয়েটরও দুই মাস নষ্ট ছিল। আমার [[HEALTH:ডিপ্রেশন]] আছে, ওই
সময়টা খুব খারাপ গেছে।

তার ওপর স্কিমের ফর্মে আমার জন্মতারিখ ভুল লেখা ছিল, তাই আমার ইউনিভার্সাল ক্রেডিট তিন সপ্তাহ আটকে
থাকল। সঠিকটা হলো [[DATE_OF_BIRTH:নয়ই জানুয়ারি, দুই হাজার ছয়]] — অথচ ওরা লিখেছিল ২০০৫।

আমার পার্সোনাল অ্যাডভাইজার [[PERSON:রেবেকা]] লিখিত অভিযোগ করতে সাহায্য করল, রেফারেন্স
[[REFERENCE:HSL-2291-C]]। স্কিম কোঅর্ডিনেটর [[PERSON:ডেভিড আকিনলা]] [[PHONE:০১৬৩২ ৯৬০৫১৪]] থেকে ফোন
করে ক্ষমা চাইলেন।

সমাধান: এক মাসের মধ্যে আমাকে নতুন হোস্টের কাছে সরানো হলো, [[PERSON:জুন]] আর [[PERSON:টনি]] — একই
রাস্তার [[ADDRESS:৪৫ নম্বর]] বাসায়, যাতে কলেজ বদলাতে না হয়। ফর্ম ঠিক হলো, ক্রেডিটের বকেয়া এল, আর
ওরা আমাকে ২৫০ পাউন্ড দিল। শুক্রবার [[ADDRESS:বায়তুল আমান মসজিদ]]-এ যাওয়া নিয়েও এখন কেউ প্রশ্ন করে
না।

কী বদলেছে: নতুন সব হোস্টকে লিখে দিতে হয় যে রান্নাঘর আর বাথরুম সব সময় ব্যবহার করা যাবে, রোজার
সময়সহ। আর প্রতি মাসে কোঅর্ডিনেটর হোস্ট ছাড়া আলাদা করে আমার সাথে কথা বলেন। আমার ইমেইল
[[EMAIL:sumi dot khatun at example dot org]], কোনো কেয়ার লিভার কথা বলতে চাইলে লিখো।
"""),
    ),
    (
        "fv2as-bn-03",
        "bn",
        _s("""
আমি [[PERSON:নুসরাত জাহান]], [[AGE:২৪ বছর]], ঢাকা থেকে আসা পাবলিক হেলথের মাস্টার্সের ছাত্রী,
[[OTHER_SPECIAL:স্টুডেন্ট ভিসায়]] আছি। থাকি [[ORGANISATION:Eastmere University]]-র হলে,
[[ADDRESS:Carrow House]], [[ADDRESS:ফ্ল্যাট ৬বি]]। ফ্ল্যাটে আমরা পাঁচজন: আমি, [[OTHER_SPECIAL:চাইনিজ]]
মেয়ে [[PERSON:লি ওয়েই]], [[PERSON:হানা]], [[PERSON:ক্লো]] আর [[PERSON:বেকস]], যার আসল নাম
[[PERSON:রেবেকা]] কিন্তু ওই নামে কেউ ডাকে না।

অক্টোবর থেকেই আমার জানালার চারপাশে কালো ছত্রাক। আমার [[HEALTH:হাঁপানি]] আছে, নভেম্বরে ইনহেলার
নিয়েও রাতে ঘুম হতো না। [[ADDRESS:Riverside Health Centre]]-এর ডাক্তার [[PERSON:প্যাটেল]] চিঠি লিখে
দিলেন যে ঘরটা আমার জন্য নিরাপদ না। অ্যাকোমোডেশন অফিস বলল, "জানালা খুলে রাখো।" নভেম্বরে? ধন্যবাদ।

আরেকটা ব্যাপার: চেক-ইনের সময় ওরা আমার পাসপোর্টের ফটোকপি নিয়েছিল। ডিসেম্বরে [[PERSON:হানা]] কমন
রুমের ড্রয়ারে সেটা খুঁজে পেল — পাসপোর্ট নম্বর [[OTHER_ID:EH0291734]] আর ভিসার পাতাসহ, সবার চোখের
সামনে।

আমি লিখিত অভিযোগ করলাম, রেফারেন্স [[REFERENCE:EMU-ACC-30218]], আমার ইমেইল
[[EMAIL:n.jahan@example.ac.uk]] থেকে। স্টুডেন্ট ইউনিয়নের অ্যাডভাইজার [[PERSON:টম ব্র্যাডশ]] মিটিংয়ে
এলেন, আর হাউজিং ম্যানেজার [[PERSON:স্যালি ওকাফোর]] সরাসরি ক্ষমা চাইলেন।

সমাধান: এক সপ্তাহে আমাকে শুকনো রুমে সরানো হলো, [[ADDRESS:ফ্ল্যাট ২এ]], ডিহিউমিডিফায়ার দেওয়া হলো,
আর দুই মাসের ভাড়া, ১১৮০ পাউন্ড, ফেরত এল। পাসপোর্টের সব কপি নষ্ট করে ওরা লিখিত নিশ্চয়তা দিল, আর
ঘটনাটা ডেটা প্রটেকশন অফিসারকে জানাল।

কী বদলেছে: প্রতি শরতে সব ফ্ল্যাটে ছত্রাকের সার্ভে হয়, আর পরিচয়পত্র এখন শুধু অনলাইনে চেক হয়, কাগজের
কপি কেউ রাখে না। [[ADDRESS:Carrow House]]-এর কারো দরকার হলে WhatsApp করো:
[[PHONE:+44 7700 900 256]]।
"""),
    ),
    (
        "fv2as-bn-04",
        "bn",
        _s("""
হাই, আমি [[PERSON:রুবিনা]], পুরো নাম [[PERSON:রুবিনা ইয়াসমিন চৌধুরী]], বয়স [[AGE:২০ বছর]]। এক বছর
ধরে আছি [[ADDRESS:Canal Side Foyer]]-এ, [[ADDRESS:রুম ১৭]], চালায় [[ORGANISATION:Pathways Youth Trust]]।
রাতে একটা সুপারমার্কেটে শেল্ফ ভরি, দিনে ঘুমাই, আর সার্ভিস চার্জ দিই মাসে ৬৫ পাউন্ড, ডাইরেক্ট
ডেবিটে।

মার্চ থেকে দেখি প্রতি মাসে দুইবার টাকা কাটছে: একবার ৬৫, একবার ৭২। খোঁজ নিয়ে জানলাম
[[ADDRESS:রুম ১৮]]-এ আরেকজন [[PERSON:রুবিনা]] আছে, [[PERSON:রুবিনা আক্তার]], আর ওদের সিস্টেম দুজনকে
গুলিয়ে ফেলে ওর চার্জও আমার অ্যাকাউন্ট থেকে নিচ্ছিল। আমার জন্মতারিখ [[DATE_OF_BIRTH:১৭/০৬/২০০৪]],
ওর আলাদা — তবু কেউ চেক করেনি।

তিন মাসে আমি ওভারড্রন, ব্যাংক চার্জ ৪৫ পাউন্ড। কি-ওয়ার্কার [[PERSON:ক্রিস]]-কে বললাম, উনি বললেন
"ব্যাংকের সাথে কথা বলো"। ফিন্যান্সের মিস [[PERSON:হ্যারিস]] বললেন ফর্ম পূরণ করতে, তারপর ফর্মটাই
হারিয়ে গেল। আম্মার কাছে টাকা ধার চাইতে হলো, আর আমার ছোট ভাই [[PERSON:রাফি]], [[AGE:১১ বছরের]],
নিজের জমানো টাকা দিতে চাইল — ওটাই ছিল সবচেয়ে লজ্জার মুহূর্ত।

তারপর একটা টিকটক বানালাম, [[OTHER_ID:@rubi_nightshift]], নাম-টাম ছাড়াই, শুধু "ফয়ার আমার টাকা খায়"।
পরদিন ম্যানেজার [[PERSON:ডেবোরা কিং]] নিজেই দেখা করতে এলেন। লিখিত অভিযোগের রেফারেন্স
[[REFERENCE:PYT/COMP/0932]]।

সমাধান: তিন মাসের বাড়তি ২১৬ পাউন্ড, ব্যাংক চার্জ, আর ১০০ পাউন্ড ক্ষতিপূরণ — সব ফেরত এল আমার
অ্যাকাউন্টে, সর্ট কোড [[OTHER_ID:77-21-09]], অ্যাকাউন্ট নম্বরের শেষে [[OTHER_ID:৩৩৮১]]।
[[PERSON:রুবিনা আক্তার]]-এর হিসাবও ওরা আলাদা করে ঠিক করেছে।

কী বদলেছে: এখন ডাইরেক্ট ডেবিট সেটআপের সময় নাম, রুম নম্বর আর জন্মতারিখ তিনটাই মেলানো হয়, আর টাকা
কাটার আগে সবাই একটা টেক্সট পায়। রাতের শিফটের লোকদের জন্য ফায়ার অ্যালার্ম টেস্টও এখন বিকেলে।
"""),
    ),
    (
        "fv2as-bn-05",
        "bn",
        _s("""
আমরা দুই বন্ধু, আমি [[PERSON:সাকিব হাসান]] আর [[PERSON:জুবায়ের]] (সবাই ডাকে [[PERSON:জুবু]]),
[[ORGANISATION:Lea Valley Homes]]-এর শেয়ারার্স স্কিমে একটা দুই-বেডের ফ্ল্যাট পেয়েছিলাম:
[[ADDRESS:Hawthorn Tower]], [[ADDRESS:২৬ নম্বর]], [[POSTCODE:E3 4TL]]। দুজনেই [[AGE:২৩]], দুজনেই
অ্যাপ্রেন্টিস, আর শুক্রবার দুজনেই [[ADDRESS:মসজিদে নূর]]-এ জুমা পড়ি।

সমস্যা শুরু হলো উপরের [[ADDRESS:ফ্ল্যাট ২৯]]-এর [[PERSON:ড্যানি]]-কে নিয়ে। রাত তিনটায় গান, দরজায়
লাথি, আর সিঁড়িতে দেখা হলে আমাদের [[OTHER_SPECIAL:বাংলাদেশি]] বলে গালি। একদিন লুকিয়ে আমাদের ভিডিও
করে স্ন্যাপচ্যাটে দিল, ওর অ্যাকাউন্ট [[OTHER_ID:@dannyboy_e3]], সাথে আমাদের দরজার নম্বরও দেখা
যাচ্ছিল। ওর গাড়ি [[OTHER_ID:LD17 XKP]] সপ্তাহের পর সপ্তাহ সাইকেল শেডের সামনে রাখত।

আমরা রিপোর্ট করলাম, অ্যান্টিসোশ্যাল বিহেভিয়ার কেস নম্বর [[REFERENCE:ASB/23/0655]]। অফিসার
[[PERSON:ক্যারেন ফ্লিন]] বললেন, "এটা প্রতিবেশীদের ঝগড়া, মিডিয়েশনে যাও।" গালি খাওয়াটা ঝগড়া? তখন
আমরা ফর্মাল অভিযোগ দিলাম, রেফারেন্স [[REFERENCE:LVH-CMP-88120]], [[EMAIL:sakib.hasan@example.net]]
থেকে, আর ওদের ASB লাইন [[PHONE:020 7946 0562]]-এ প্রতিবার ফোনের রেকর্ড রাখলাম।

সমাধান: নতুন অফিসার [[PERSON:অ্যাডাম চৌ]] কেসটাকে হেট ইনসিডেন্ট হিসেবে নিলেন। সিঁড়িতে CCTV বসল,
পুলিশের সাথে যোগাযোগ হলো, [[PERSON:ড্যানি]] একটা আচরণ চুক্তিতে সই করল আর ভিডিওটা মুছে দিল।
[[ORGANISATION:Lea Valley Homes]] আমাদের দুজনকে লিখিত ক্ষমা আর ৩০০ পাউন্ড করে দিল। [[PERSON:জুবু]]
বলে, ওই টাকায় প্রথমবার ভালো পর্দা কিনেছি, যাতে কেউ ভিডিও না করতে পারে।

কী বদলেছে: এখন হেট ইনসিডেন্ট ২৪ ঘণ্টার মধ্যে দেখা হয়, আর এসব কেসে প্রথমেই মিডিয়েশনের কথা বলা
নিষেধ।
"""),
    ),
    (
        "fv2as-pa-01",
        "pa",
        _s("""
ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ। ਮੈਂ [[PERSON:ਗੁਰਲੀਨ ਕੌਰ]] ਹਾਂ, ਉਮਰ [[AGE:੨੨ ਸਾਲ]], ਲੁਧਿਆਣੇ ਤੋਂ ਆਈ ਹਾਂ ਅਤੇ
[[ADDRESS:Midland Trent University]] ਵਿੱਚ MSc ਕਰ ਰਹੀ ਹਾਂ, [[OTHER_SPECIAL:ਸਟੱਡੀ ਵੀਜ਼ੇ]] 'ਤੇ। ਪਿਛਲੇ
ਸਾਲ ਏਜੰਸੀ [[ORGANISATION:Sterling Homes Lettings]] ਰਾਹੀਂ [[ADDRESS:56 Whitmore Road]],
[[POSTCODE:de236hl]] ਵਿੱਚ ਕਮਰਾ ਲਿਆ। ਦੱਸਿਆ ਗਿਆ ਸੀ ਕਿ ਘਰ ਵਿੱਚ ਚਾਰ ਕੁੜੀਆਂ ਹੋਣਗੀਆਂ। ਪਹੁੰਚੇ ਤਾਂ ਅੱਠ ਜਣੇ,
ਇੱਕ ਬਾਥਰੂਮ, ਅਤੇ ਲਿਵਿੰਗ ਰੂਮ ਵਿੱਚ ਵੀ ਦੋ ਮੁੰਡੇ ਸੌਂਦੇ ਸਨ। ਮੇਰਾ ਕਮਰਾ [[ADDRESS:ਰੂਮ 5]] ਸੀ, ਜਿਸ ਦੀ
ਖਿੜਕੀ ਬੰਦ ਹੀ ਨਹੀਂ ਹੁੰਦੀ ਸੀ।

ਮੇਰੇ ਨਾਲ [[PERSON:ਸਿਮਰਨ]] ਸੀ (ਸਭ ਉਸ ਨੂੰ [[PERSON:ਸਿੰਮੀ]] ਕਹਿੰਦੇ ਨੇ) ਅਤੇ [[PERSON:ਹਰਮਨ]], ਜਿਸ ਨੂੰ
ਮੁੰਡੇ [[PERSON:ਗੋਲਡੀ]] ਕਹਿੰਦੇ ਸਨ। ਏਜੰਸੀ ਦੇ [[PERSON:ਰਾਜ]] ਨੇ ਕਿਹਾ ਸੀ ਕਿ ਡਿਪਾਜ਼ਿਟ ਅਤੇ ਦੋ ਮਹੀਨੇ ਦਾ
ਕਿਰਾਇਆ ਉਸ ਦੇ ਆਪਣੇ ਖਾਤੇ ਵਿੱਚ ਪਾਓ — ਸੌਰਟ ਕੋਡ [[OTHER_ID:09-01-28]], ਖਾਤਾ ਨੰਬਰ
[[OTHER_ID:33417760]], ਨਾਮ [[PERSON:R Malhi]]। ਅਸੀਂ ਨਵੇਂ ਸੀ, ਪਾ ਦਿੱਤੇ।

ਜਦੋਂ ਮੈਂ ਖਿੜਕੀ ਅਤੇ ਭੀੜ ਬਾਰੇ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, [[PERSON:ਰਾਜ]] ਨੇ ਕਿਹਾ, "ਵੀਜ਼ੇ ਵਾਲਿਆਂ ਨੂੰ ਚੁੱਪ ਰਹਿਣਾ
ਚਾਹੀਦਾ।" ਐਤਵਾਰ ਨੂੰ [[ADDRESS:ਗੁਰਦੁਆਰਾ ਨਾਨਕਸਰ ਦਰਬਾਰ]] ਵਿੱਚ ਮੈਂ ਇਹ ਗੱਲ [[PERSON:ਬਲਜੀਤ]] ਅੰਕਲ ਨੂੰ
ਦੱਸੀ, ਜੋ ਉੱਥੇ ਵਿਦਿਆਰਥੀਆਂ ਦੀ ਮਦਦ ਕਰਦੇ ਨੇ। ਉਨ੍ਹਾਂ ਨੇ ਕੌਂਸਲ ਦਾ ਨੰਬਰ [[PHONE:0115 496 0327]] ਦਿੱਤਾ।

[[ORGANISATION:Derwent City Council]] ਦੀ ਅਫ਼ਸਰ [[PERSON:ਰੇਚਲ ਹਿਊਜ਼]] ਨੇ ਤਿੰਨ ਦਿਨਾਂ ਵਿੱਚ ਘਰ ਦੇਖਿਆ,
ਕੇਸ ਨੰਬਰ [[REFERENCE:DCC-HMO-5530]]। ਮੈਂ ਏਜੰਸੀ ਨੂੰ ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਵੀ ਭੇਜੀ,
[[EMAIL:gurleen.kaur22@example.com]] ਤੋਂ।

ਨਤੀਜਾ: ਏਜੰਸੀ ਦੇ ਡਾਇਰੈਕਟਰ [[PERSON:ਨੀਲ ਪਾਰਕਰ]] ਨੇ ਮੰਨਿਆ ਕਿ [[PERSON:ਰਾਜ]] ਆਪਣੇ ਖਾਤੇ ਵਿੱਚ ਪੈਸੇ ਲੈ
ਰਿਹਾ ਸੀ। ਸਾਨੂੰ ਤਿੰਨਾਂ ਨੂੰ ਪੂਰੇ ਪੈਸੇ ਵਾਪਸ ਮਿਲੇ, ਡਿਪਾਜ਼ਿਟ ਸਕੀਮ ਵਿੱਚ ਦਰਜ ਹੋਇਆ (ਹਵਾਲਾ
[[REFERENCE:TDS-88214503]]), ਅਤੇ ਘਰ ਵਿੱਚ ਹੁਣ ਲਾਇਸੈਂਸ ਮੁਤਾਬਕ ਸਿਰਫ਼ ਪੰਜ ਜਣੇ ਰਹਿੰਦੇ ਹਨ।
[[PERSON:ਰਾਜ]] ਹੁਣ ਉੱਥੇ ਕੰਮ ਨਹੀਂ ਕਰਦਾ।

ਕੀ ਬਦਲਿਆ: ਏਜੰਸੀ ਹਰ ਨਵੇਂ ਵਿਦਿਆਰਥੀ ਨੂੰ ਲਿਖ ਕੇ ਦਿੰਦੀ ਹੈ ਕਿ ਪੈਸੇ ਸਿਰਫ਼ ਕੰਪਨੀ ਦੇ ਖਾਤੇ ਵਿੱਚ ਜਾਣ। ਨਵੀਆਂ
ਆਈਆਂ ਕੁੜੀਆਂ ਲਈ ਮੈਂ ਇੰਸਟਾ 'ਤੇ ਪੂਰੀ ਕਹਾਣੀ ਪਾਈ ਹੈ: [[OTHER_ID:@gurleen.in.derby]]।
"""),
    ),
    (
        "fv2as-pa-02",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਜੋਬਨਪ੍ਰੀਤ ਸਿੰਘ]] ਹਾਂ, ਯਾਰ ਮੈਨੂੰ [[PERSON:ਜੋਬਨ]] ਜਾਂ [[PERSON:ਜੋਬੀ]] ਕਹਿੰਦੇ ਨੇ। ਉਮਰ
[[AGE:੧੯]], ਮਕੈਨਿਕ ਦੀ ਅਪ੍ਰੈਂਟਿਸਸ਼ਿਪ ਕਰਦਾ ਹਾਂ। ਘਰ ਵਿੱਚ ਗੱਲਾਂ ਵਿਗੜ ਗਈਆਂ ਸਨ, ਇਸ ਲਈ ਪਿਛਲੇ ਸਾਲ ਤੋਂ
[[ADDRESS:Hillcrest Foyer]] ਵਿੱਚ ਰਹਿੰਦਾ ਹਾਂ, ਜਿਸ ਨੂੰ [[ORGANISATION:Oakway Housing Group]] ਚਲਾਉਂਦਾ
ਹੈ। ਮੈਨੂੰ [[HEALTH:ਮਿਰਗੀ]] ਹੈ, ਅਤੇ ਇਹ ਗੱਲ ਉਨ੍ਹਾਂ ਦੇ ਹਰ ਫ਼ਾਰਮ ਵਿੱਚ ਲਿਖੀ ਹੋਈ ਸੀ। ਫਿਰ ਵੀ ਮੈਨੂੰ ਚੌਥੀ
ਮੰਜ਼ਿਲ 'ਤੇ [[ADDRESS:ਫਲੈਟ 12]] ਦਿੱਤਾ ਗਿਆ।

ਫਰਵਰੀ ਵਿੱਚ ਲਿਫਟ ਛੇ ਹਫ਼ਤਿਆਂ ਲਈ ਖ਼ਰਾਬ ਹੋ ਗਈ। ਇੱਕ ਰਾਤ ਮੈਨੂੰ ਦੌਰਾ ਪਿਆ ਅਤੇ ਪੈਰਾਮੈਡਿਕਸ ਨੂੰ ਮੈਨੂੰ ਚੁੱਕ
ਕੇ ਪੌੜੀਆਂ ਥੱਲੇ ਲਿਜਾਣਾ ਪਿਆ। ਅਗਲੇ ਦਿਨ ਕੀ-ਵਰਕਰ [[PERSON:ਲੀਐਨ]] ਨੇ ਕਿਹਾ, "ਲਿਫਟ ਦਾ ਪਾਰਟ ਆਰਡਰ ਹੋਇਆ
ਹੈ।" ਉੱਤੋਂ ਮੇਰਾ ਵੱਡਾ ਭਰਾ [[PERSON:ਮਨਜੋਤ]] ਮੈਨੂੰ ਐਤਵਾਰ ਨੂੰ [[ADDRESS:ਗੁਰਦੁਆਰਾ ਦਸਮੇਸ਼ ਦਰਬਾਰ]] ਲਿਜਾਣ
ਆਇਆ ਤਾਂ ਫੋਇਰ ਦੀ ਪਾਰਕਿੰਗ ਕੰਪਨੀ ਨੇ ਉਸ ਦੀ ਕਾਰ [[OTHER_ID:BK21 HWT]] ਨੂੰ ੧੦੦ ਪੌਂਡ ਦਾ ਜੁਰਮਾਨਾ ਕਰ
ਦਿੱਤਾ।

ਮੇਰੀ ਡਾਕਟਰ, [[ADDRESS:Grove Lane Medical Centre]] ਵਾਲੀ ਡਾ. [[PERSON:ਅਹਿਮਦ]], ਨੇ ਚਿੱਠੀ ਲਿਖੀ ਕਿ
ਮੈਨੂੰ ਗਰਾਊਂਡ ਫਲੋਰ ਚਾਹੀਦਾ ਹੈ। ਮੈਂ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਨੰਬਰ [[REFERENCE:OHG/CF/20931]], ਅਤੇ ਜਦੋਂ ਪਹਿਲੇ
ਪੜਾਅ ਵਿੱਚ ਸਿਰਫ਼ "ਮੁਆਫ਼ੀ" ਆਈ ਤਾਂ ਹਾਊਸਿੰਗ ਓਮਬਡਸਮੈਨ ਕੋਲ ਗਿਆ, ਕੇਸ [[REFERENCE:202418870]]।

ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ ਸਰਵਿਸ ਮੈਨੇਜਰ [[PERSON:ਟਰੇਸੀ ਐਡਮਜ਼]] ਨੇ ਸਭ ਕੁਝ ਮੰਨਿਆ। ਦੋ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਮੈਨੂੰ
ਗਰਾਊਂਡ ਫਲੋਰ 'ਤੇ [[ADDRESS:ਫਲੈਟ 2]] ਮਿਲ ਗਿਆ, ਮੇਰਾ ਐਮਰਜੈਂਸੀ ਨਿਕਾਸੀ ਪਲਾਨ ਬਣਿਆ, [[PERSON:ਮਨਜੋਤ]]
ਦਾ ਜੁਰਮਾਨਾ ਰੱਦ ਹੋਇਆ ਅਤੇ ਮੈਨੂੰ ੩੫੦ ਪੌਂਡ ਮੁਆਵਜ਼ਾ ਮਿਲਿਆ।

ਕੀ ਬਦਲਿਆ: ਹੁਣ ਫੋਇਰ ਵਿੱਚ ਜਿਸ ਵੀ ਨੌਜਵਾਨ ਨੂੰ ਕੋਈ ਮੈਡੀਕਲ ਹਾਲਤ ਹੈ, ਉਸ ਦਾ ਨਿਕਾਸੀ ਪਲਾਨ ਪਹਿਲੇ ਦਿਨ
ਬਣਦਾ ਹੈ, ਅਤੇ ਲਿਫਟ ਖ਼ਰਾਬ ਹੋਣ 'ਤੇ ਉੱਪਰਲੀਆਂ ਮੰਜ਼ਿਲਾਂ ਵਾਲਿਆਂ ਨੂੰ ਉਸੇ ਦਿਨ ਫ਼ੋਨ ਆਉਂਦਾ ਹੈ। ਕਿਸੇ ਨੂੰ
ਮਦਦ ਚਾਹੀਦੀ ਹੋਵੇ ਤਾਂ ਮੇਰਾ ਨੰਬਰ [[PHONE:੦੭੭੦੦ ੯੦੦ ੩੬੪]] ਹੈ।
"""),
    ),
    (
        "fv2as-pa-03",
        "pa",
        _s("""
ਹਾਏ! ਮੈਂ [[PERSON:ਪ੍ਰੀਤ ਕਲਸੀ]], [[ADDRESS:Aston Vale University]] ਵਿੱਚ ਫਾਰਮੇਸੀ ਦੇ ਦੂਜੇ ਸਾਲ ਦੀ
ਵਿਦਿਆਰਥਣ। ਮੰਮੀ ਨੇ ਕਿਹਾ ਸੀ, "ਬਾਹਰਲੇ ਲੈਂਡਲਾਰਡ ਕੋਲ ਨਾ ਜਾਈਂ, [[PERSON:ਸੁਰਿੰਦਰ]] ਅੰਕਲ ਦਾ ਘਰ ਲੈ ਲੈ,
ਆਪਣੇ ਬੰਦੇ ਨੇ।" ਆਪਣੇ ਬੰਦੇ। ਹਾਂ ਜੀ।

ਘਰ [[ADDRESS:14 Cranbrook Street]], [[POSTCODE:B6 7AX]]। ਚਾਰ ਕੁੜੀਆਂ: ਮੈਂ, [[PERSON:ਜੈਸਮੀਨ]]
([[PERSON:ਜੈਜ਼]]), [[PERSON:ਸੋਫ਼ੀ]] ਅਤੇ [[PERSON:ਨਵਨੀਤ]]। ਮੇਰਾ ਕਮਰਾ ਉਹ ਛੋਟਾ ਜਿਹਾ "ਬਾਕਸ ਰੂਮ" ਸੀ।
ਨਵੰਬਰ ਵਿੱਚ ਰਸੋਈ ਵਿੱਚੋਂ ਗੈਸ ਦੀ ਬੋ ਆਉਣ ਲੱਗੀ। [[PERSON:ਸੁਰਿੰਦਰ ਪਾਲ]] ਅੰਕਲ ਨੇ ਕਿਹਾ, "ਕੁਝ ਨਹੀਂ, ਖਿੜਕੀ
ਖੋਲ੍ਹ ਲਓ।" ਫਿਰ [[PERSON:ਸੋਫ਼ੀ]] ਨੇ ਪੁੱਛਿਆ ਕਿ ਗੈਸ ਸੇਫ਼ਟੀ ਸਰਟੀਫਿਕੇਟ ਕਿੱਥੇ ਹੈ। ਪਤਾ ਲੱਗਿਆ ਕਿ ਤਿੰਨ ਸਾਲਾਂ
ਤੋਂ ਕੋਈ ਚੈੱਕ ਹੀ ਨਹੀਂ ਹੋਇਆ।

ਅਸੀਂ ਗੈਸ ਐਮਰਜੈਂਸੀ ਨੂੰ ਫ਼ੋਨ ਕੀਤਾ, ਉਨ੍ਹਾਂ ਨੇ ਕੁੱਕਰ ਬੰਦ ਕਰ ਦਿੱਤਾ। ਦੋ ਹਫ਼ਤੇ ਮਾਈਕ੍ਰੋਵੇਵ ਦੀ ਦਾਲ। ਮੈਨੂੰ
[[HEALTH:ਮਾਈਗ੍ਰੇਨ]] ਹੁੰਦੀ ਹੈ ਅਤੇ ਉਹ ਹਫ਼ਤੇ ਬਹੁਤ ਭਾਰੇ ਸਨ। ਮੈਂ ਕੌਂਸਲ
([[ORGANISATION:Brindley City Council]]) ਨੂੰ [[EMAIL:preet dot kalsi at example dot co dot uk]] ਤੋਂ
ਲਿਖਿਆ, ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:BCC/PRS/71155]]।

ਘਰ ਵਿੱਚ ਇਸ ਗੱਲ 'ਤੇ ਪੂਰਾ ਡਰਾਮਾ ਹੋਇਆ — ਅੰਕਲ ਨੇ ਮੰਮੀ ਨੂੰ ਫ਼ੋਨ ਕਰਕੇ ਕਿਹਾ ਕਿ ਮੈਂ "ਬਿਰਾਦਰੀ ਵਿੱਚ ਨੱਕ
ਕਟਵਾ ਦਿੱਤਾ"। ਪਰ ਕੌਂਸਲ ਦੇ ਅਫ਼ਸਰ [[PERSON:ਮਾਰਕ ਜੈਨਕਿੰਸ]] ਨੇ ਸਾਫ਼ ਲਿਖ ਦਿੱਤਾ ਕਿ ਕਾਨੂੰਨ ਕਾਨੂੰਨ ਹੈ, ਅੰਕਲ
ਹੋਵੇ ਜਾਂ ਕੋਈ ਹੋਰ।

ਨਤੀਜਾ: ਇੱਕ ਹਫ਼ਤੇ ਵਿੱਚ [[ORGANISATION:Sandhu Gas Services]] ਨੇ ਨਵਾਂ ਕੁੱਕਰ ਲਾਇਆ, ਪਾਈਪ ਠੀਕ ਕੀਤੀ
ਅਤੇ ਸਰਟੀਫਿਕੇਟ ਦਿੱਤਾ। ਅੰਕਲ ਨੇ ਦੋ ਹਫ਼ਤਿਆਂ ਦਾ ਕਿਰਾਇਆ ਮੋੜਿਆ, ਮੇਰੇ ਉਸ ਖਾਤੇ ਵਿੱਚ ਜਿਸ ਦੇ ਅਖੀਰਲੇ ਅੰਕ
[[OTHER_ID:5590]] ਨੇ, ਅਤੇ ਸਾਡੀ ਡਿਪਾਜ਼ਿਟ ਹੁਣ ਸਕੀਮ ਵਿੱਚ ਹੈ ([[REFERENCE:MYD-402-88-1170]])।

ਕੀ ਬਦਲਿਆ: ਹੁਣ ਸਰਟੀਫਿਕੇਟ ਰਸੋਈ ਦੇ ਫ਼ਰਿੱਜ 'ਤੇ ਲੱਗਾ ਹੈ ਅਤੇ ਕੌਂਸਲ ਨੇ ਅੰਕਲ ਦੇ ਬਾਕੀ ਦੋ ਘਰ ਵੀ ਚੈੱਕ ਕੀਤੇ।
[[PERSON:ਜੈਜ਼]] ਨੇ ਇਸ ਸਾਰੇ ਡਰਾਮੇ 'ਤੇ ਟਿਕਟੌਕ ਬਣਾਇਆ, [[OTHER_ID:@jazzyjas.b6]]। ਅਤੇ ਮੰਮੀ? ਹੁਣ
ਕਹਿੰਦੀ ਹੈ, "ਚੰਗਾ ਕੀਤਾ।"
"""),
    ),
    (
        "fv2as-pa-04",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਮ [[PERSON:ਅਮਨਦੀਪ ਸਿੰਘ ਢਿੱਲੋਂ]] ਹੈ, ਸਾਰੇ [[PERSON:ਅਮਨ]] ਕਹਿੰਦੇ ਨੇ। [[AGE:੧੩ ਸਾਲ]] ਦੀ ਉਮਰ ਤੋਂ
ਮੈਂ ਕੇਅਰ ਵਿੱਚ ਸੀ। ਪਿਛਲੇ ਸਾਲ [[ORGANISATION:Tame Valley Council]] ਨੇ ਮੈਨੂੰ ਮੇਰੀ ਪਹਿਲੀ ਟੈਨੈਂਸੀ
ਦਿੱਤੀ: [[ADDRESS:ਫਲੈਟ 9ਸੀ]], [[ADDRESS:Brookside House]], [[POSTCODE:WS2 8PE]]। ਚਾਬੀ ਮਿਲੀ ਤਾਂ ਨਾ ਫ਼ਰਸ਼,
ਨਾ ਪਰਦੇ, ਅਤੇ ਬੋਇਲਰ ਪਹਿਲੇ ਹਫ਼ਤੇ ਹੀ ਬੰਦ। ਮੇਰੀ ਪਰਸਨਲ ਐਡਵਾਈਜ਼ਰ [[PERSON:ਕੈਟੀ]] ਨੇ ਰਿਪੇਅਰ ਬੁੱਕ
ਕਰਵਾਈ, ਨੰਬਰ [[REFERENCE:TVC-RJ-660214]], ਪਰ ਠੇਕੇਦਾਰ [[ORGANISATION:Apex Response Ltd]] ਦੋ ਵਾਰ ਆਇਆ
ਹੀ ਨਹੀਂ।

ਠੰਢ ਕਰਕੇ ਮੈਂ ਦੋਸਤ [[PERSON:ਟੌਮੀ]] ਕੋਲ ਸੌਣ ਲੱਗ ਪਿਆ। ਫਿਰ ਦਰਵਾਜ਼ੇ 'ਤੇ ਚਿੱਠੀ ਲੱਗੀ ਕਿ ਫਲੈਟ "ਛੱਡ ਦਿੱਤਾ
ਗਿਆ" ਮੰਨਿਆ ਜਾ ਰਿਹਾ ਹੈ ਅਤੇ ਮੇਰੀ ਸਟਾਰਟਰ ਟੈਨੈਂਸੀ ([[REFERENCE:TEN/0098341]]) ਖ਼ਤਮ ਹੋ ਸਕਦੀ ਹੈ।
ਹਾਊਸਿੰਗ ਅਫ਼ਸਰ [[PERSON:ਪੌਲ ਗ੍ਰੀਨ]] ਨੇ ਫ਼ੋਨ 'ਤੇ ਪਹਿਲਾਂ ਮੇਰੀ ਜਨਮ ਮਿਤੀ ਅਤੇ NI ਨੰਬਰ ਪੁੱਛਿਆ —
[[DATE_OF_BIRTH:੨੨/੧੧/੨੦੦੫]], [[NI_NUMBER:QQ 71 03 58 A]] — ਅਤੇ ਫਿਰ ਕਿਹਾ ਕਿ ਉਹ "ਕੁਝ ਨਹੀਂ ਕਰ
ਸਕਦਾ"।

[[PERSON:ਕੈਟੀ]] ਅਤੇ ਮੈਂ ਮਿਲ ਕੇ ਰਸਮੀ ਸ਼ਿਕਾਇਤ ਲਿਖੀ, ਨੰਬਰ [[REFERENCE:TVC-C-4471]]। ਉਸ ਨੇ ਮੈਨੂੰ
ਸਿਖਾਇਆ ਕਿ ਹਰ ਗੱਲ ਈਮੇਲ 'ਤੇ ਰੱਖ, ਇਸ ਲਈ ਸਭ ਕੁਝ [[EMAIL:aman.dhillon05@example.com]] ਤੋਂ ਗਿਆ।

ਨਤੀਜਾ: ਹਾਊਸਿੰਗ ਮੈਨੇਜਰ [[PERSON:ਸ਼ਬਨਮ ਅਖ਼ਤਰ]] ਨੇ ਚਿੱਠੀ ਵਾਪਸ ਲਈ ਅਤੇ ਲਿਖਤੀ ਮੁਆਫ਼ੀ ਭੇਜੀ। ਨਵਾਂ
ਬੋਇਲਰ ਲੱਗਾ, ਕੌਂਸਲ ਨੇ ਫ਼ਰਸ਼ ਅਤੇ ਪਰਦਿਆਂ ਲਈ ੬੦੦ ਪੌਂਡ ਦਿੱਤੇ, ਅਤੇ ਠੰਢੇ ਹਫ਼ਤਿਆਂ ਲਈ ੨੦੦ ਪੌਂਡ ਹੋਰ।

ਕੀ ਬਦਲਿਆ: ਹੁਣ ਕੇਅਰ ਛੱਡਣ ਵਾਲੇ ਹਰ ਨੌਜਵਾਨ ਦਾ ਫਲੈਟ ਚਾਬੀ ਦੇਣ ਤੋਂ ਪਹਿਲਾਂ ਚੈੱਕ ਹੁੰਦਾ ਹੈ, ਅਤੇ "ਛੱਡਿਆ
ਹੋਇਆ" ਨੋਟਿਸ ਭੇਜਣ ਤੋਂ ਪਹਿਲਾਂ PA ਨੂੰ ਦੱਸਣਾ ਲਾਜ਼ਮੀ ਹੈ। [[PERSON:ਕੈਟੀ]] ਦਾ ਦਫ਼ਤਰੀ ਨੰਬਰ
[[PHONE:0121 496 0915]] ਹੈ — ਉਸ ਨੇ ਕਿਹਾ ਸ਼ੇਅਰ ਕਰ ਦੇ। ਹੁਣ ਮੈਂ [[AGE:੨੦]] ਦਾ ਹਾਂ ਅਤੇ ਫਲੈਟ ਸੱਚੀਂ ਘਰ
ਲੱਗਦਾ ਹੈ।
"""),
    ),
    (
        "fv2as-pa-05",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਹਰਲੀਨ ਗਰੇਵਾਲ]] ([[AGE:੨੪]]) ਅਤੇ ਮੇਰੀ ਫਲੈਟਮੇਟ [[PERSON:ਐਲੀ ਥੌਮਸਨ]], ਜਿਸ ਨੂੰ ਮੈਂ
[[PERSON:ਐਲ]] ਕਹਿੰਦੀ ਹਾਂ, ਦੋਵੇਂ ਨਰਸਾਂ ਹਾਂ ਅਤੇ [[ORGANISATION:Riverbank Homes]] ਦੀ ਕੀ-ਵਰਕਰ ਸਕੀਮ ਵਾਲੇ
ਫਲੈਟ ਵਿੱਚ ਰਹਿੰਦੀਆਂ ਹਾਂ: [[ADDRESS:Canalside Court]], [[ADDRESS:ਫਲੈਟ 7ਬੀ]]। ਬਿਲਡਿੰਗ
[[ADDRESS:Singh's Superstore]] ਦੇ ਬਿਲਕੁਲ ਪਿੱਛੇ ਹੈ, ਡਿਲੀਵਰੀ ਵਾਲੇ ਇਸੇ ਤਰ੍ਹਾਂ ਲੱਭਦੇ ਨੇ।

ਮਸਲਾ ਪਹਿਲਾਂ ਛੋਟਾ ਸੀ: ਮੇਨ ਦਰਵਾਜ਼ੇ ਦਾ ਐਂਟਰੀ ਸਿਸਟਮ ਟੁੱਟ ਗਿਆ ਅਤੇ ਦਰਵਾਜ਼ਾ ਖੁੱਲ੍ਹਾ ਰਹਿਣ ਲੱਗਾ। ਪਾਰਸਲ
ਗਾਇਬ, ਪੌੜੀਆਂ ਵਿੱਚ ਅਜਨਬੀ ਸੌਂਦੇ। ਅਸੀਂ ਨਾਈਟ ਸ਼ਿਫ਼ਟਾਂ ਕਰਦੀਆਂ ਹਾਂ, ਸਵੇਰੇ ਚਾਰ ਵਜੇ ਘਰ ਆਉਣਾ ਡਰਾਉਣਾ ਹੋ
ਗਿਆ। ਰਿਪੇਅਰ ਨੰਬਰ [[REFERENCE:RBH-448720]], ਤਿੰਨ ਹਫ਼ਤੇ, ਕੋਈ ਨਹੀਂ ਆਇਆ।

ਫਿਰ ਵੱਡਾ ਮਸਲਾ: [[ORGANISATION:Riverbank Homes]] ਦੇ ਨਿਊਜ਼ਲੈਟਰ ਵਿੱਚ "ਸਾਡੇ ਨਿਵਾਸੀਆਂ ਦੀਆਂ ਆਵਾਜ਼ਾਂ" ਹੇਠ
ਮੇਰੀ ਸ਼ਿਕਾਇਤ ਛਪ ਗਈ — ਪੂਰਾ ਨਾਮ, ਫਲੈਟ ਨੰਬਰ ਅਤੇ ਇਹ ਵੀ ਕਿ ਅਸੀਂ ਰਾਤ ਨੂੰ ਕੰਮ ਕਰਦੀਆਂ ਹਾਂ। ਮਤਲਬ ਸਾਰੀ
ਦੁਨੀਆ ਨੂੰ ਪਤਾ ਕਿ [[ADDRESS:7ਬੀ]] ਰਾਤ ਨੂੰ ਖਾਲੀ ਹੁੰਦਾ ਹੈ। ਉਸੇ ਹਫ਼ਤੇ ਕਿਸੇ ਅਣਜਾਣ ਨੇ ਮੇਰੇ ਇੰਸਟਾ
[[OTHER_ID:@harleen.rn]] 'ਤੇ ਮੈਸੇਜ ਕੀਤਾ: "ਨਾਈਟ ਸ਼ਿਫ਼ਟ ਕਿਵੇਂ ਚੱਲ ਰਹੀ?"

ਮੈਂ ਉਸੇ ਰਾਤ ਸ਼ਿਕਾਇਤ ਭੇਜੀ, ਨੰਬਰ [[REFERENCE:RBH/COMP/2215]], ਅਤੇ [[PERSON:ਐਲੀ]] ਨੇ ਉਨ੍ਹਾਂ ਦੀ ਲਾਈਨ
[[PHONE:020 7946 0473]] 'ਤੇ ਫ਼ੋਨ ਕਰਕੇ ਸਾਫ਼-ਸਾਫ਼ ਗੱਲ ਕੀਤੀ। ਡੇਟਾ ਪ੍ਰੋਟੈਕਸ਼ਨ ਵਾਲੀ
[[PERSON:ਜੋਐਨ ਰਾਇਲੀ]] ਨੇ ਅਗਲੇ ਦਿਨ ਫ਼ੋਨ ਕੀਤਾ।

ਨਤੀਜਾ: ਨਿਊਜ਼ਲੈਟਰ ਵੈੱਬਸਾਈਟ ਤੋਂ ਹਟਾਇਆ ਗਿਆ, ਛਪੀਆਂ ਕਾਪੀਆਂ ਵਾਪਸ ਇਕੱਠੀਆਂ ਕੀਤੀਆਂ, ੪੮ ਘੰਟਿਆਂ ਵਿੱਚ ਨਵਾਂ
ਐਂਟਰੀ ਸਿਸਟਮ ਅਤੇ ਸਾਡੇ ਦਰਵਾਜ਼ੇ 'ਤੇ ਵਾਧੂ ਤਾਲਾ ਲੱਗਾ, ਅਤੇ ਸਾਨੂੰ ੫੦੦ ਪੌਂਡ ਮਿਲੇ।

ਕੀ ਬਦਲਿਆ: ਹੁਣ ਕੋਈ ਵੀ ਸ਼ਿਕਾਇਤ ਨਿਵਾਸੀ ਦੀ ਲਿਖਤੀ ਇਜਾਜ਼ਤ ਤੋਂ ਬਿਨਾਂ ਨਹੀਂ ਛਪਦੀ, ਅਤੇ ਨਾਮ-ਪਤੇ ਹਮੇਸ਼ਾ ਹਟਾਏ
ਜਾਂਦੇ ਨੇ। ਥੋੜ੍ਹਾ ਵਿਅੰਗ ਇਹ ਹੈ ਕਿ ਮੈਂ ਇਹ ਕਹਾਣੀ ਤੁਹਾਨੂੰ ਸਾਰੇ ਵੇਰਵਿਆਂ ਸਮੇਤ ਦੱਸ ਰਹੀ ਹਾਂ।
"""),
    ),
    (
        "fv2as-pl-01",
        "pl",
        _s("""
Cześć, jestem [[PERSON:Kasia Wróblewska]], mam [[AGE:23 lata]], pracuję w kawiarni i zaocznie
studiuję grafikę w [[ADDRESS:Northfield College]]. Od roku wynajmuję pokój w domu na pięć osób:
[[ADDRESS:pokój nr 2]], [[ADDRESS:71 Alma Road]], [[POSTCODE:sl1 3dd]]. Domem zarządza agencja
[[ORGANISATION:Hollis & Webb Lettings]], a naszą „opiekunką” była pani [[PERSON:Gemma]], która na
wszystko odpisywała emotikonkami.

W pokoju obok mieszka [[PERSON:Zuzia]], moja przyjaciółka jeszcze z liceum, a na górze
[[PERSON:Bartek]] i [[OTHER_SPECIAL:Hiszpan]] [[PERSON:Nacho]], który gotuje lepiej niż my wszyscy
razem wzięci.

Od listopada w łazience i u mnie w pokoju rósł czarny grzyb, a przy każdym deszczu kapało z sufitu
na parapet. [[PERSON:Zuzia]] ma [[HEALTH:astmę]] i po dwóch tygodniach wylądowała na pogotowiu.
Wysyłałam [[PERSON:Gemmie]] zdjęcia co tydzień (zgłoszenie nr [[REFERENCE:HW-4471-R]]). Odpowiedź
zawsze ta sama: „otwierajcie okna”. W grudniu. Dzięki, [[PERSON:Gemma]].

Na koniec umowy agencja chciała zatrzymać 500 funtów z kaucji na „usunięcie pleśni spowodowanej przez
najemców”. Kaucja była zabezpieczona, numer [[REFERENCE:DPS 1209-3347-8810]], więc otworzyłam spór, a
do agencji wysłałam oficjalną skargę z maila [[EMAIL:kasia.wrob małpa example kropka com]] (piszę tak
specjalnie, pozdrawiam boty).

Skargą zajęła się pani [[PERSON:Laura Kingsley]], kierowniczka biura. Przyjechała osobiście, weszła
na strych i przyznała, że problem zgłaszałyśmy od miesięcy. Firma [[ORGANISATION:Tor Roofing]]
wymieniła pokrycie nad łazienką, dostaliśmy osuszacze, cała kaucja wróciła, a każde z nas dostało po
300 funtów rekompensaty. [[PERSON:Zuzi]] dodatkowo zwrócili koszty leków.

Co się zmieniło: agencja robi teraz przegląd co trzy miesiące i musi odpowiedzieć na zgłoszenie
wilgoci w ciągu pięciu dni roboczych. A mama mówi, że jestem teraz „[[PERSON:Kasią]] od reklamacji”.
Całą sagę wrzucałam na bieżąco na [[OTHER_ID:@kaska_w_uk]].
"""),
    ),
    (
        "fv2as-pl-02",
        "pl",
        _s("""
[[PERSON:Kuba]] z tej strony — właściwie [[PERSON:Jakub Nowicki]], ale tak mówi do mnie tylko mama,
kiedy jest zła. Mam [[AGE:19 lat]], pierwszy rok informatyki na
[[ORGANISATION:Severn Bridge University]], i mieszkam w ich akademiku [[ADDRESS:Harlow Hall]],
[[ADDRESS:pokój B-207]]. Na korytarzu jest nas ośmioro, w tym [[PERSON:Amara]] i [[PERSON:Finn]],
którego wszyscy nazywają [[PERSON:Finnuś]], bo raz tak powiedziałem i się przyjęło.

W styczniu padło ogrzewanie w całym skrzydle B. Na pięć tygodni. Uczelnia rozdała nam farelki, po
czym farelki wywaliły korki i przez dwa dni nie było też prądu. [[PERSON:Amara]] ma
[[HEALTH:anemię sierpowatą]], a zimno wywołuje u niej kryzysy bólowe. Po jednym takim wieczorze
wylądowała w szpitalu. Opiekunka korytarza [[PERSON:Maddie]] robiła, co mogła, ale sama siedziała w
kurtce.

Dzwoniłem na ich numer [[PHONE:0117 496 0588]] tyle razy, że rozpoznawali mój głos. W końcu złożyłem
formalną skargę (nr [[REFERENCE:SBU-RES-10427]]) z [[EMAIL:j.nowicki@example.ac.uk]], a [[PERSON:Finn]]
założył konto [[OTHER_ID:@harlowhall_freezing]] z codziennym zdjęciem termometru. Rekord: 11 stopni w
kuchni.

Po tygodniu kierownik akademików, pan [[PERSON:Graham Fell]], zwołał spotkanie i przyznał, że pompa
była zepsuta od jesieni. Wymienili ją w trzy dni, każdy z nas dostał zwrot połowy czynszu za pięć
tygodni, a [[PERSON:Amarze]] od razu dali pokój w ogrzewanym skrzydle i zapłacili za taksówki na
wizyty w szpitalu.

Co się zmieniło: jeśli ogrzewanie nie działa dłużej niż 48 godzin, obniżka czynszu jest automatyczna,
a studenci z chorobami przewlekłymi są na liście do pierwszego telefonu. Konto z termometrem wciąż
działa, tylko teraz pokazuje 21 stopni i kota [[PERSON:Maddie]].
"""),
    ),
    (
        "fv2as-pl-03",
        "pl",
        _s("""
Nazywam się [[PERSON:Damian Kowal]], mam [[AGE:25 lat]], robię na magazynie na nocki i mam
[[OTHER_SPECIAL:settled status]], co będzie ważne za chwilę. Mieszkam w bedsicie, czyli pokoju z
aneksem, w domu podzielonym na sześć takich klitek: [[ADDRESS:bedsit 5]], [[ADDRESS:3 Station Parade]],
nad chińską knajpą [[ADDRESS:Golden Dragon]], [[POSTCODE:PE13DL]].

Właścicielem jest pan [[PERSON:Terry Gould]]. Czynsz płaciłem przelewem na jego prywatne konto: sort
code [[OTHER_ID:11-09-44]], numer konta [[OTHER_ID:02876613]]. Do tego co miesiąc 120 funtów „za
rachunki”, bez żadnego rachunku. Kiedy poprosiłem o rozliczenie prądu, usłyszałem, że „tacy jak ty
zawsze narzekają” i że jak mi się nie podoba, to mam się wynosić.

Tydzień później wróciłem z nocki o siódmej rano, a zamek był wymieniony. Moje rzeczy w workach na
korytarzu, a srebrny Transit pana [[PERSON:Goulda]] ([[OTHER_ID:GU15 FMA]]) pod domem. Przespałem się
na kanapie u kumpla z pracy, [[PERSON:Mirka]].

Zadzwoniłem do rady na nocny numer [[PHONE:01632 960 771]]. Rano oddzwoniła pani
[[PERSON:Joanna Pietrzak]], tenancy relations officer w [[ORGANISATION:Fenmoor District Council]].
Przyjechała z policją, a pan [[PERSON:Terry]] oddał mi klucze jeszcze tego samego dnia. Sprawa ma
numer [[REFERENCE:FDC/TR/3318]].

Co naprawiono: wróciłem do pokoju i dostałem pisemną umowę, właściciel zwrócił mi 1440 funtów
nadpłaconych „rachunków” na moje konto (końcówka [[OTHER_ID:7702]]), założył osobne liczniki i dostał
oficjalne ostrzeżenie od rady. Pani [[PERSON:Joanna]] sprawdziła też, jak traktowani są pozostali
lokatorzy.

Co się zmieniło: rada ma teraz ulotki o nielegalnej eksmisji w kilku językach, a na drzwiach naszego
domu wisi kartka z nazwą agenta, [[ORGANISATION:Fenland Lettings]], który naprawdę odbiera telefon.
[[PERSON:Mirek]] mówi, że mam u niego dożywotni dług w piwie.
"""),
    ),
    (
        "fv2as-pl-04",
        "pl",
        _s("""
Cześć, tu [[PERSON:Wojtek]], czyli [[PERSON:Wojciech Zając]], urodzony
[[DATE_OF_BIRTH:dwunastego marca dwa tysiące czwartego roku]]. Do Anglii przyjechałem z mamą jako
[[AGE:dziesięciolatek]], od kiedy miałem [[AGE:14 lat]], byłem w rodzinie zastępczej u państwa
[[PERSON:Hughesów]], a potem trafiłem do mieszkań wspieranych [[ADDRESS:Meadow View]],
[[ADDRESS:mieszkanie 4]], prowadzonych przez [[ORGANISATION:Kindred Supported Housing]]. Moja
doradczyni z [[ORGANISATION:Westmarch County Council]] to [[PERSON:Tasha]], a opiekun w mieszkaniach to
[[PERSON:Rob]].

W lutym dostałem pismo, że skoro kończę [[AGE:21 lat]], mam się wyprowadzić w ciągu 28 dni. Dokąd?
Nikt nie wiedział. Plan usamodzielnienia, który [[PERSON:Rob]] miał ze mną robić od roku, nie
istniał. Na liście mieszkaniowej nawet mnie nie było. Mam [[HEALTH:depresję]] i po tym piśmie
przestałem chodzić na zajęcia.

Razem z [[PERSON:Tashą]] napisaliśmy skargę (nr [[REFERENCE:KSH-CF-0773]]) z mojego maila
[[EMAIL:wojtek.zajac@example.net]]. [[PERSON:Tasha]] zadzwoniła też do działu mieszkaniowego i
okazało się, że mój wniosek o wpis na listę po prostu „zaginął”.

Co naprawiono: kierowniczka usługi, pani [[PERSON:Helen Yates]], przeprosiła i przedłużyła mi pobyt
bez terminu, aż znajdzie się mieszkanie. [[PERSON:Rob]] i [[PERSON:Tasha]] zrobili ze mną porządny
plan, a rada wpisała mnie na listę z datą sprzed roku, numer [[REFERENCE:HR-2291044]]. W czerwcu
dostałem ofertę kawalerki od [[ORGANISATION:Westmarch Homes]] pod adresem [[ADDRESS:12 Linnet Close]].
Do tego 200 funtów za stres.

Co się zmieniło: nikt w [[ADDRESS:Meadow View]] nie dostaje już pisma o wyprowadzce bez gotowego planu
i zgody doradcy z rady, a wniosek na listę składa się w pierwszym miesiącu pobytu. Mój numer, jakby
ktoś z mieszkań chciał pogadać: [[PHONE:07700 900 795]].
"""),
    ),
    (
        "fv2as-pl-05",
        "pl",
        _s("""
Jestem [[PERSON:Ola]], w dowodzie [[PERSON:Aleksandra Mazur]], [[AGE:21]], studentka pielęgniarstwa na
[[ADDRESS:Kingsmere University]]. Z [[PERSON:Martyną]] i [[PERSON:Igą]] wynajmujemy mieszkanie od
[[ORGANISATION:Thamesgate Housing Association]] w programie dla studentów zawodów medycznych:
[[ADDRESS:flat 15]], [[ADDRESS:Beacon House]], [[POSTCODE:RG1 7NW]]. Nad nami, w
[[ADDRESS:mieszkaniu 19]], mieszka starszy pan [[PERSON:Derek]], złota dusza, ale z pralką z lat
dziewięćdziesiątych.

W październiku zaczęło kapać z lampy w kuchni. Z LAMPY. Zgłosiłyśmy (nr [[REFERENCE:THA-77102]]),
przyjechał ktoś z [[ORGANISATION:Rapidfix Maintenance]], zakleił coś na górze i pojechał. Tak było trzy
razy. Za trzecim razem woda zalała laptopa [[PERSON:Igi]] z całą pracą zaliczeniową, a w korkach
strzeliło tak, że [[PERSON:Martyna]] do dziś nie włącza czajnika bez modlitwy.

Napisałam skargę z [[EMAIL:ola.mazur@example.org]] i dzwoniłam z [[PHONE:07700 900 689]] tak długo, aż
pani [[PERSON:Precious Ndlovu]] z działu skarg przyszła na oględziny razem z rzeczoznawcą.

Okazało się, że pęknięty jest pion kanalizacyjny, a nie pralka pana [[PERSON:Dereka]]. Wymienili pion,
sufit i całą instalację w kuchni, elektryk wystawił certyfikat. [[PERSON:Idze]] zwrócili 450 funtów za
laptopa, przelewem na jej konto z sort code [[OTHER_ID:20-32-06]], a my dostałyśmy po 150 funtów i list
z przeprosinami.

Co się zmieniło: jeśli ten sam przeciek wraca trzeci raz, automatycznie przyjeżdża rzeczoznawca, a nie
znowu ta sama ekipa z taśmą. Pan [[PERSON:Derek]] i tak przyniósł nam ciasto na przeprosiny, chociaż to
nie była jego wina. W niedzielę opowiadałam o tym po mszy u [[ADDRESS:św. Jadwigi]] i połowa parafii
zna już [[PERSON:Dereka]].
"""),
    ),
    (
        "fv2as-ro-01",
        "ro",
        _s("""
Mă numesc [[PERSON:Andrei Popescu]], am [[AGE:24 de ani]] și lucrez într-un depozit. Am
[[OTHER_SPECIAL:pre-settled status]], deci stau legal, cu acte, cu tot. Anul trecut am închiriat o
cameră printr-un „agent” găsit pe Facebook, un anume [[PERSON:Sorin]], care zicea că lucrează pentru
[[ORGANISATION:Castle Key Properties]]. Casa: [[ADDRESS:112 Ripple Road]], [[POSTCODE:IG11 7PB]]. Eram
11 oameni în 5 camere. Eu împărțeam [[ADDRESS:camera 3]] cu [[PERSON:Ionuț]] și cu [[PERSON:Gigel]], pe
numele lui adevărat [[PERSON:George Stan]].

Plăteam 450 de lire pe lună direct lui [[PERSON:Sorin]], prin transfer: sort code
[[OTHER_ID:23-14-70]], cont [[OTHER_ID:49011285]]. O singură baie, mucegai pe pereți, prize înnegrite,
nicio alarmă de fum. Când am cerut un contract, [[PERSON:Sorin]] mi-a zis: „Dacă nu-ți convine, pleacă,
sunt alți zece la coadă.”

Am scris la primărie, adică la [[ORGANISATION:Eastbrook Borough Council]], de pe adresa mea
([[EMAIL:andrei punct popescu arond example punct com]], scrisă așa ca să n-o prindă boții).
Inspectorul [[PERSON:Amir Haddad]] a venit după o săptămână și a deschis cazul
[[REFERENCE:EBC-PSH-20117]]. S-a dovedit că firma adevărată avea licență doar pentru cinci persoane și
că directorul, [[PERSON:Gary Lowe]], „nu știa nimic” de [[PERSON:Sorin]]. Sigur că nu.

Rezolvarea: primăria a dat ordin de interzicere pentru supraaglomerare, iar
[[ORGANISATION:Castle Key Properties]] ne-a mutat pe patru dintre noi în altă casă de-a lor, la
[[ADDRESS:numărul 40]] pe aceeași stradă, cu contracte pe bune, și ne-a dat înapoi ce plătiserăm lui
[[PERSON:Sorin]] peste chiria legală, 900 de lire fiecare. Casa de la [[ADDRESS:nr. 112]] a fost
renovată din temelii.

Ce s-a schimbat: primăria are acum o ofițeră care vorbește română, [[PERSON:Mirela]], și un număr direct
pentru chiriașii din HMO-uri, [[PHONE:020 7946 0388]], iar firma nu mai primește bani cash sau în
conturi personale. [[PERSON:Gigel]] zice că e prima dată când o plângere de-a noastră „a mers până la
capăt”.
"""),
    ),
    (
        "fv2as-ro-02",
        "ro",
        _s("""
Salut! Sunt [[PERSON:Ioana Dumitrescu]], [[AGE:20 de ani]], studentă în anul doi la Psihologie la
[[ADDRESS:Wolds University]]. Anul trecut am stat într-un cămin privat, [[ADDRESS:Quadrant Point]],
[[ADDRESS:studio 4.08]], administrat de [[ORGANISATION:Studio Haven Ltd]].

Într-o noapte de martie, sprinklerul din tavan a pornit singur. Nu gătea nimeni, nu fuma nimeni,
dormeam. În zece minute aveam apă până la glezne, laptopul mort și notițele pentru licență transformate
în papier-mâché. Prietena mea [[PERSON:Bianca]], zisă [[PERSON:Bibi]], de la [[ADDRESS:studio 4.10]],
m-a primit la ea trei nopți.

Administratoarea clădirii, [[PERSON:Chloe Barnett]], a zis din prima că „probabil ați gătit cu aburi în
cameră”. Apoi mi-au reținut din garanție 300 de lire pentru „daune” plus 95 de lire „taxă
administrativă”. Garanția avea referința [[REFERENCE:SH-DEP-44019]].

Am filmat tot și am pus pe TikTok, [[OTHER_ID:@ioana.in.hull]], și am depus plângere oficială,
[[REFERENCE:SH-CMP-2093]], de pe [[EMAIL:ioana.dumitrescu@example.com]]. Tata a sunat de acasă la
recepție de vreo șase ori, cu engleza lui de camionagiu, și a cerut să vorbească cu „the big boss”.

Rezolvarea a venit când firma care întreține sprinklerele, [[ORGANISATION:FlowSafe Fire Systems]], a
confirmat în scris că duza era defectă. Directorul regional, [[PERSON:Mark Ellison]], mi-a scris
personal: mi-au dat înapoi toată garanția și 850 de lire pentru laptop, direct în contul meu (sort code
[[OTHER_ID:40-47-84]], cont [[OTHER_ID:71130952]]), plus o lună de chirie gratis.

Ce s-a schimbat: duzele sunt verificate acum în fiecare semestru, nu „când se strică”, și nicio
reținere din garanție nu se mai face fără poze și raport tehnic. [[PERSON:Bibi]] zice că de atunci
doarme cu umbrela lângă pat, din principiu.
"""),
    ),
    (
        "fv2as-ro-03",
        "ro",
        _s("""
Mă cheamă [[PERSON:Florin Lăcătuș]], am [[AGE:19 ani]] și sunt [[OTHER_SPECIAL:rom]]. Am venit în Anglia
la [[AGE:15 ani]] cu unchiul meu, apoi am intrat în grija serviciilor sociale de la
[[ORGANISATION:Lowmoor City Council]]. Acum stau la [[ADDRESS:Wharf Street Foyer]],
[[ADDRESS:camera 11]], un cămin pentru tineri administrat de [[ORGANISATION:Phoenix Youth Housing]].
Consiliera mea personală de la primărie e [[PERSON:Mihaela]], care vorbește română, slavă Domnului.

Problema: de două ori, în ianuarie, am găsit camera scotocită când m-am întors de la
[[ADDRESS:Lowmoor College]]. Sertare deschise, salteaua ridicată. Nimeni nu mă anunțase. Când l-am
întrebat pe [[PERSON:Dean]], key worker-ul meu, mi-a zis: „Trebuie să verificăm, știi tu de ce.” Nu, nu
știam. Sau știam și nu voiam să cred. Niciun alt băiat de pe etaj nu avusese camera percheziționată.

[[PERSON:Mihaela]] m-a ajutat să scriu plângerea, referința [[REFERENCE:PYH-0091-DIS]], și a cerut
registrul de percheziții. Nu exista. Între timp mi s-a stricat și dușul, iar cererea de reparație
[[REFERENCE:PYH-R-5520]] a stat trei săptămâni.

Rezolvarea: managera serviciului, [[PERSON:Sandra Okoye]], a făcut o anchetă și a recunoscut că
percheziția nu avusese niciun motiv scris. Am primit scuze în scris și 300 de lire, dușul a fost
reparat în două zile, iar [[PERSON:Dean]] a fost mutat la alt cămin, după un training.

Ce s-a schimbat: acum o cameră se poate verifica doar cu motiv scris, cu anunț dinainte și cu doi
angajați de față, iar fiecare verificare intră într-un registru pe care îl vede și consilierul
personal. Dacă vreun băiat din cămin are aceeași problemă, să mă sune:
[[PHONE:zero șapte șapte zero zero, nouă zero zero, doi unu nouă]].
"""),
    ),
    (
        "fv2as-ro-04",
        "ro",
        _s("""
Suntem trei fete într-un apartament din Birmingham: eu, [[PERSON:Daria Moldovan]], [[PERSON:Roxana]]
(zisă [[PERSON:Roxi]]) și [[PERSON:Alina]]. Adresa: [[ADDRESS:Flat 6]], [[ADDRESS:Ashcombe Mansions]],
[[POSTCODE:b29 6lq]]. Agenția e [[ORGANISATION:Redbrick Residential]], iar agentul nostru era
[[PERSON:Tom]], băiat simpatic, promisiuni multe.

În noiembrie, scurgerea de la baie a început să curgă în bucătărie, iar într-o seară o bucată de tavan
a căzut fix peste aragaz. [[PERSON:Roxi]] gătea sarmale. Sarmalele n-au supraviețuit. [[PERSON:Tom]] ne-a
zis la telefon să chemăm noi un instalator „și scădeți din chirie”. Am chemat
[[ORGANISATION:QuickFlow Plumbing]], am plătit 600 de lire și am scăzut suma din chiria pe decembrie,
exact cum zisese.

Surpriză: în ianuarie, agenția ne-a trimis scrisoare de restanță și amenințare cu Section 21.
„Acordul” lui [[PERSON:Tom]] nu era nicăieri în scris. Noroc că eu le salvez pe toate: transferurile
de chirie în contul agenției, sort code [[OTHER_ID:60-95-11]], cont [[OTHER_ID:88412073]], factura
instalatorului și un mesaj vocal de la [[PERSON:Tom]].

Am depus plângere la agenție, referința [[REFERENCE:RR-COMP-3091]], și apoi la ombudsman, cazul
[[REFERENCE:TPO-24-11573]]. [[PERSON:Alina]], care are [[AGE:22 de ani]] și e cea mai calmă dintre noi,
a sunat-o pe managera biroului, [[PERSON:Hannah Price]], la [[PHONE:0121 496 0644]].

Rezolvarea: restanța a fost ștearsă, notificarea retrasă, tavanul refăcut, iar agenția ne-a dat câte
150 de lire fiecăreia pentru deranj. [[PERSON:Tom]] ne-a trimis scuze în scris.

Ce s-a schimbat: orice înțelegere despre reparații plătite de chiriași trebuie confirmată de agenție pe
email, în 24 de ore. Ne-au cerut voie să folosească povestea noastră la training. Le-am zis da, cu
condiția să pună și sarmalele.
"""),
    ),
    (
        "fv2as-ro-05",
        "ro",
        _s("""
Mă numesc [[PERSON:Teodora Rusu]], dar toată lumea îmi zice [[PERSON:Teo]]. Am [[AGE:18 ani]], născută
pe [[DATE_OF_BIRTH:7 noiembrie 2006]], și din vară stau la [[ADDRESS:Marlowe House]], un hostel pentru
tineri fără locuință, administrat de [[ORGANISATION:Safe Harbour Youth]]. Camera mea e [[ADDRESS:R7]],
lângă bucătărie, ceea ce e bine la micul dejun și groaznic la două noaptea.

În septembrie am început să mă trezesc plină de mușcături. Am [[HEALTH:eczemă]] de mică și la început am
crezut că e de la ea. Nu era: ploșnițe. Le-am fotografiat, le-am pus într-un borcan și i-am arătat
borcanul lui [[PERSON:Kelly]] de la recepție. Mi-a zis să-mi spăl hainele la 60 de grade. Cu ce bani,
[[PERSON:Kelly]]?

Firma de dezinsecție, [[ORGANISATION:BugBusters Environmental]], a venit o dată, a stropit doar camera
mea și a plecat. Peste două săptămâni ploșnițele erau înapoi, și acum și la [[PERSON:Shannon]] din
[[ADDRESS:R8]]. Hainele le-am dus la biserică, la [[ADDRESS:Sfântul Nicolae]], unde părintele
[[PERSON:Vasile]] m-a lăsat să le țin în sala de jos până s-a rezolvat.

Am depus plângere scrisă, referința [[REFERENCE:SHY-CP-0617]], cu ajutorul lui [[PERSON:Jordan]],
lucrătorul meu de sprijin, și am dat adresa [[EMAIL:teo.rusu06@example.net]] ca să am totul în scris.

Rezolvarea: managerul, [[PERSON:Phil Dawson]], a comandat tratament pe tot etajul, două vizite, cu
verificare după o lună. Am primit saltea nouă, hainele spălate la o spălătorie plătită de ei și
vouchere de 150 de lire pentru haine noi. Cât a durat tratamentul am stat în [[ADDRESS:R12]], la etajul
doi.

Ce s-a schimbat: acum se face verificare lunară de dăunători în toate camerele, iar fiecare rezident nou
primește husă de saltea. Și la recepție e un afiș: „Dacă ai mușcături, spune-ne. Nu e vina ta.” Cred
că e scris pentru mine.
"""),
    ),
    (
        "fv2as-ur-01",
        "ur",
        _s("""
میرا نام [[PERSON:حمزہ رضا]] ہے، عمر [[AGE:۲۳ سال]]، لاہور سے [[OTHER_SPECIAL:اسٹوڈنٹ ویزا]] پر آیا
ہوں اور [[ADDRESS:Pennine Metropolitan University]] میں ڈیٹا سائنس کا ایم ایس سی کر رہا ہوں۔ ایجنسی
[[ORGANISATION:Regent Gate Lettings]] کے ذریعے [[ADDRESS:19 Clifton Villas]]، [[POSTCODE:bd7 1qa]] میں
[[ADDRESS:روم نمبر ۶]] لیا۔ گھر میں ہم پانچ لڑکے ہیں: میں، [[PERSON:بلال]] جسے سب [[PERSON:بلّو]]
کہتے ہیں، ایک [[OTHER_SPECIAL:آئرش]] لڑکا [[PERSON:کونر]]، اور دو اور جنہیں ہم صرف کچن میں دیکھتے ہیں۔

نومبر میں بوائلر بند ہو گیا۔ ایجنسی کے [[PERSON:جیسن]] نے کہا "انجینیئر بک ہے"، اور پھر تین ہفتے کچھ
نہیں۔ ٹھنڈ اتنی تھی کہ میں جیکٹ پہن کر سوتا تھا اور کمرے کی دیوار پر کالی پھپھوندی پھیلنے لگی۔
[[PERSON:بلّو]] نے تو ہیٹر خرید لیا، جس سے بجلی کا بل دگنا ہو گیا۔

میں نے ایجنسی کو باقاعدہ شکایت بھیجی، حوالہ نمبر [[REFERENCE:RGL-C-5817]]، اپنی ای میل
[[EMAIL:hamza.raza@example.com]] سے، اور ساتھ ہی [[ORGANISATION:Airedale City Council]] کی پرائیویٹ
ہاؤسنگ ٹیم کو بھی لکھا۔ وہاں کی افسر [[PERSON:کیرن واٹس]] نے دو دن میں فون کیا۔

پھر سال کے آخر میں ایجنسی نے ڈپازٹ میں سے ۶۰۰ پاؤنڈ "پھپھوندی کی صفائی" کے نام پر رکھ لیے۔ ڈپازٹ
اسکیم کا حوالہ [[REFERENCE:TDS 7702-118-43]] تھا، تو میں نے تنازع کھولا اور کونسل کی رپورٹ ساتھ لگا
دی۔

حل: کونسل کے نوٹس کے بعد [[ORGANISATION:Warmhome Gas Ltd]] نے نیا بوائلر لگایا، دیوار کا علاج ہوا، اور
ایجنسی کی مینیجر [[PERSON:سوزن ہارٹ]] نے تحریری معافی بھیجی۔ ڈپازٹ پورا واپس آیا، اور بجلی کے اضافی
بل کے لیے ہم سب کو ۱۲۰ پاؤنڈ ملے۔

کیا بدلا: اب ایجنسی کا اصول ہے کہ ہیٹنگ بند ہو تو ۲۴ گھنٹے میں انجینیئر آئے گا، اور [[PERSON:جیسن]]
کی جگہ اب [[PERSON:پریا]] ہمارا گھر دیکھتی ہے، جو واقعی جواب دیتی ہے۔ کسی نئے طالب علم کو مدد چاہیے
تو واٹس ایپ کریں: [[PHONE:+۴۴ ۷۷۰۰ ۹۰۰۱۸۳]]۔
"""),
    ),
    (
        "fv2as-ur-02",
        "ur",
        _s("""
میں [[PERSON:عائشہ ملک]] ہوں، گھر والے [[PERSON:عاشی]] کہتے ہیں، عمر [[AGE:۱۹]]۔ پچھلے سال گھر میں
حالات ایسے ہو گئے کہ مجھے نکلنا پڑا، اور کونسل نے مجھے لڑکیوں کے لیے سپورٹڈ ہاؤسنگ
[[ADDRESS:Rosewood House]] میں جگہ دلائی، جسے [[ORGANISATION:Anchorpoint Housing]] چلاتی ہے۔ میرا
کمرہ [[ADDRESS:کمرہ نمبر ۹]] تھا، گراؤنڈ فلور پر، سامنے والے دروازے کے بالکل ساتھ۔

مسئلہ یہ ہوا کہ ایک دن میرے کزن [[PERSON:فیصل]] نے فون کر کے پوچھا کہ کیا [[PERSON:عائشہ]] وہاں رہتی
ہے، اور ریسیپشن پر موجود عملے نے کہہ دیا، "جی، وہ ابھی باہر گئی ہیں، شام کو آئیں گی۔" اگلی شام
[[PERSON:فیصل]] اور میرے چاچا اپنی گاڑی [[OTHER_ID:MA19 KZP]] میں باہر کھڑے تھے۔

میری کی ورکر [[PERSON:شارلٹ]] بہت اچھی ہیں، انہوں نے فوراً پولیس کو بتایا اور مجھے رات کو دوسرے کمرے
میں رکھا۔ لیکن سوال یہ تھا کہ جس جگہ کا مقصد ہی حفاظت ہے، وہاں کوئی بھی فون کر کے یہ کیسے معلوم کر
سکتا ہے کہ میں کہاں ہوں؟ اس کے بعد مجھے [[HEALTH:پینک اٹیکس]] ہونے لگے۔

میں نے شکایت لکھی، حوالہ [[REFERENCE:AH-SG-0412]]، اپنی ای میل [[EMAIL:aashi.m@example.org]] سے۔ جمعہ
کو [[ADDRESS:مسجد الفرقان]] میں خواتین کے حلقے والی باجی [[PERSON:نسرین]] نے بھی میرے ساتھ خط پر
دستخط کیے۔

حل: سروس مینیجر [[PERSON:ڈیانا ہیوز]] نے ملاقات میں مانا کہ عملے سے غلطی ہوئی۔ ہر رہائشی کے لیے ایک
خفیہ پاس ورڈ رکھا گیا، جس کے بغیر کوئی معلومات نہیں دی جاتی، پورے عملے کی ٹریننگ ہوئی، اور مجھے
اوپر کی منزل پر [[ADDRESS:کمرہ نمبر ۳]] دیا گیا جہاں سے باہر کا دروازہ نظر نہیں آتا۔ معافی کے ساتھ
۲۵۰ پاؤنڈ بھی ملے۔

کیا بدلا: اب ان کی پالیسی ہے کہ فون پر "نہ ہاں، نہ ناں" — کسی کے بارے میں تصدیق ہی نہیں کی جاتی۔
اگر کوئی لڑکی ایسی صورتحال میں ہو تو مجھ سے بات کر سکتی ہے: [[PHONE:۰۷۷۰۰ ۹۰۰۸۲۱]]۔
"""),
    ),
    (
        "fv2as-ur-03",
        "ur",
        _s("""
السلام علیکم۔ میں [[PERSON:دانیال شیخ]] ہوں، دوست [[PERSON:ڈینی]] کہتے ہیں، عمر [[AGE:بیس سال]]۔
[[ORGANISATION:Southmere Council]] کا ایک چھوٹا سا اسٹوڈیو فلیٹ ہے میرے پاس، [[ADDRESS:Ravenswood Tower]]
کی آٹھویں منزل پر، [[ADDRESS:فلیٹ ۸۳]]، پوسٹ کوڈ [[POSTCODE:SE15 3HN]]۔

پچھلی سردیوں میں کھڑکی کا قبضہ ٹوٹ گیا اور کھڑکی پوری طرح بند ہی نہیں ہوتی تھی۔ آٹھویں منزل کی ہوا،
بارش اندر، اور کبوتر جو شاید کرایہ دار بننا چاہتے تھے۔ مرمت کا نمبر [[REFERENCE:SMC-RP-302147]] ملا،
[[ORGANISATION:ClearView Windows]] والے دو بار آئے، ناپ لے کر چلے گئے، اور پھر "پارٹ کا انتظار"۔

مجھے [[HEALTH:ڈپریشن]] ہے اور ٹھنڈے، اندھیرے کمرے میں وہ مہینے بہت بھاری گزرے۔
[[ADDRESS:Parkway Surgery]] کی ڈاکٹر [[PERSON:اوکونکوو]] نے کونسل کو خط لکھا۔ میں نے رسمی شکایت کی،
نمبر [[REFERENCE:SMC/CMP/11872]]، اور جب جواب میں صرف "ہمیں افسوس ہے" آیا تو ہاؤسنگ اومبڈزمین کے پاس
گیا، کیس نمبر [[REFERENCE:202406612]]۔

کونسل کا نمبر [[PHONE:+44 (0)20 7946 0148]] تو اب مجھے زبانی یاد ہے۔ میں نے کھڑکی کی ویڈیو اسنیپ چیٹ
پر بھی ڈالی، [[OTHER_ID:@danny.sk83]]، جو میرے بلاک کے آدھے لوگوں نے دیکھی۔

حل: اومبڈزمین کا کیس کھلتے ہی معاملہ تیز ہو گیا۔ ریپئرز مینیجر [[PERSON:اسٹیو کولنز]] خود آئے، ایک ہفتے
میں نئی کھڑکی لگی، اور مجھے ۵۵۰ پاؤنڈ ہرجانہ اور بجلی کے اضافی بل کے پیسے ملے۔ ساتھ والے
[[ADDRESS:فلیٹ ۸۴]] میں مسز [[PERSON:بیکر]] کی کھڑکی بھی بدل دی گئی۔

کیا بدلا: اب اونچی منزلوں پر کھڑکی کی خرابی "ہنگامی" درجے میں آتی ہے، اور ٹھیکیدار کو اسی دن کھڑکی
عارضی طور پر محفوظ کرنی ہوتی ہے۔ کبوتر ناراض ہیں۔
"""),
    ),
    (
        "fv2as-ur-04",
        "ur",
        _s("""
میں [[PERSON:مہوش انجم]]، [[AGE:اٹھارہ سال]]، [[ORGANISATION:Coldharbour University]] میں فارمیسی کے
پہلے سال میں ہوں اور یونیورسٹی کے ہال [[ADDRESS:Thornton Court]] میں [[ADDRESS:فلیٹ ۴سی]] میں رہتی
ہوں۔ مجھے پیدائشی [[HEALTH:سماعت سے محرومی]] ہے؛ رات کو ہیئرنگ ایڈ اتار دوں تو فائر الارم بالکل سنائی
نہیں دیتا۔ داخلے کے وقت میں نے لکھ کر بتایا تھا، اور وعدہ ہوا تھا کہ کمرے میں وائبریٹنگ پیلو الارم
اور فلیشنگ لائٹ لگے گی۔

اکتوبر کے آخر تک کچھ نہیں لگا۔ پھر ایک رات تین بجے کچن میں ٹوسٹر سے اصلی آگ لگ گئی۔ پورا فلیٹ باہر
تھا، میں اندر سو رہی تھی۔ میری فلیٹ میٹ [[PERSON:سیفرون]]، جسے ہم [[PERSON:سیفی]] کہتے ہیں، باہر گنتی
کر رہی تھی تو اسے پتا چلا کہ میں نہیں ہوں۔ وہ واپس آئی اور مجھے ہلا کر اٹھا کر لے گئی۔ اسنیپ چیٹ پر اس
کی اسٹوری ([[OTHER_ID:@saffy.bakes]]) میں پوری یونیورسٹی نے وہ رات دیکھی۔

اگلے دن میں نے شکایت کی، حوالہ [[REFERENCE:CHU-RES-7741]]۔ میری ای میل، اگر کسی کو ضرورت ہو:
[[EMAIL:mehwish dot anjum at example dot com]]۔ امی نے گھر سے [[PHONE:0113 496 0862]] سے ہال آفس کو فون
کیا، اور مجھے یقین ہے کہ وہ آواز انہیں آج تک یاد ہے۔

حل: ڈس ایبلٹی ایڈوائزر [[PERSON:جولی میسن]] نے اسی ہفتے الارم اور لائٹ لگوائی، اور ہال مینیجر
[[PERSON:راب ایونز]] نے تحریری معافی دی۔ مجھے ایک مہینے کا کرایہ واپس ملا، اور [[PERSON:سیفی]] کو
یونیورسٹی کی طرف سے "بہادری" کا سرٹیفکیٹ، جو وہ اپنے کمرے میں فریم کر کے لگا چکی ہے۔

کیا بدلا: اب معذوری سے متعلق ہر ایڈجسٹمنٹ طلبہ کے آنے سے پہلے لگائی اور چیک کی جاتی ہے، اور ہر فلیٹ کی
فائر وارڈن فہرست میں لکھا ہوتا ہے کہ کس کو الارم سنائی نہیں دیتا۔
"""),
    ),
    (
        "fv2as-ur-05",
        "ur",
        _s("""
السلام علیکم۔ میرا نام [[PERSON:زین علی]] ہے، عمر [[AGE:۲۰]]، تاریخ پیدائش
[[DATE_OF_BIRTH:۵ اگست ۲۰۰۵]]۔ میں [[AGE:بارہ سال]] کی عمر سے کیئر میں تھا۔ اب
[[ORGANISATION:Stepping Stones Housing]] کے ایک شیئرڈ گھر میں رہتا ہوں جو کیئر لیورز کے لیے ہے:
[[ADDRESS:7 Larch Avenue]]، میرا کمرہ [[ADDRESS:R3]]۔ گھر میں [[PERSON:کائی]] اور [[PERSON:لیام]] بھی
ہیں، اور [[PERSON:لیام]] کا کتا بسکٹ بھی، جو ٹیکنیکلی الاؤڈ نہیں ہے۔

میرا کرایہ ہاؤسنگ بینیفٹ سے جاتا ہے، لیکن پچھلی گرمیوں میں گھر کے نئے مینیجر [[PERSON:کریگ]] نے کہا کہ
ہر ہفتے ۲۵ پاؤنڈ "سروس ٹاپ اپ" دینا ہوگا، اور وہ بھی اس کے ذاتی اکاؤنٹ میں: سارٹ کوڈ
[[OTHER_ID:08-60-01]]، اکاؤنٹ [[OTHER_ID:20557194]]۔ نہ رسید، نہ خط۔ جو نہ دے، اس کا وائی فائی بند۔

میری پرسنل ایڈوائزر [[PERSON:نادیہ]]، جو [[ORGANISATION:Greyford Council]] کی لیونگ کیئر ٹیم میں ہیں،
نے سنا تو کہا، "[[PERSON:زین]]، یہ بالکل غلط ہے۔" ہم نے مل کر شکایت کی، حوالہ
[[REFERENCE:SSH-CF-2208]]۔ میں نے ٹک ٹاک پر بھی ایک ویڈیو ڈالی، [[OTHER_ID:@zain.leaves.care]]، کسی کا
نام لیے بغیر، بس یہ پوچھا کہ کیا یہ نارمل ہے۔ جواب: نہیں۔

حل: [[ORGANISATION:Stepping Stones Housing]] کی ڈائریکٹر [[PERSON:مارگریٹ اوین]] نے تحقیقات کیں۔
[[PERSON:کریگ]] کو نکال دیا گیا، ہم تینوں کو پورے پیسے واپس ملے — میرے ۴۷۵ پاؤنڈ — اور معاملہ پولیس
کو بھی بھیجا گیا۔ وائی فائی اب ہمیشہ چلتا ہے۔

کیا بدلا: اب ہر گھر میں نوٹس لگا ہے کہ کوئی بھی ادائیگی صرف کمپنی کے اکاؤنٹ میں ہوگی، اور ہر تین ماہ
بعد کونسل کا کوئی فرد عملے کے بغیر رہائشیوں سے الگ ملتا ہے۔ کسی کو بات کرنی ہو تو میرا نمبر:
[[PHONE:صفر سات سات صفر صفر، نو صفر صفر، پانچ چار ایک]]۔
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
