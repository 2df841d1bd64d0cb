"""Fresh version-2 PII test stories, batch ah.

This writer gives voice to disabled and older residents, or the family carers,
advocates and care staff around them, describing adaptations, ceiling-track
hoists, stairlifts, wet rooms, moves to a ground-floor home and hospital
discharges held up by an unsuitable home. The stories carry many health details
(conditions, disabilities, medication), the names of carers, occupational
therapists and wardens, care agencies, hospitals (not marked), GP surgeries and
places of worship (marked as addresses), dates of birth in figures and in words,
ages, NHS numbers, blue badge numbers and Motability car registrations, and the
name of the sheltered scheme or extra-care block. Seven languages (English,
Arabic, Bengali, Punjabi in Gurmukhi, Polish, Romanian, Urdu), five stories
each, written natively rather than translated.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 7 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 82.9% of 35, recall 99.0%, precision
79.7%, the same on the detector as it landed after round 20 (commit e99dcd1) and after round 27
(commit d3f7cde); leak-free by language ar 4, bn 4, en 4, pa 5, pl 5, ro 4, ur 3 of 5.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2ah-en-01",
        "en",
        _s("""
I'm writing this for my dad, [[PERSON:Raymond Pike]], though everyone at the bowls
club calls him [[PERSON:Ray]]. He was born on [[DATE_OF_BIRTH:3rd March 1940]] and
has lived at [[ADDRESS:27 Furnace Lane]], Rotherham [[POSTCODE:S60 2JW]] for nearly
forty years. It's a [[ORGANISATION:Rother Valley Homes]] house with the only toilet
upstairs. In January he had a [[HEALTH:stroke]] that left his right side weak, and he
spent eleven weeks at Rotherham General. For the last five of those he was medically
fit, but the ward would not let him go home to a house he couldn't get round.

His occupational therapist, [[PERSON:Siobhan Keane]], sent the referral for a
stairlift and a downstairs shower on 14 February. Then nothing. I rang the
adaptations team on [[PHONE:0114 496 0732]] every few days and got a different
person each time. I put in a formal complaint (reference [[REFERENCE:RVH/CMP/22817]])
and copied in [[PERSON:Siobhan]] and his GP at the [[ADDRESS:Wickersley Road Surgery]].

The stage one reply blamed the contractor, [[ORGANISATION:Apex Stairlifts (Yorkshire)
Ltd]]. At stage two a manager, [[PERSON:Lorraine Oduya]], came out herself, sat in
Dad's front room and agreed that a bed-blocking pensioner was their failure, not
the hospital's. The stairlift went in within nine days, a temporary commode chair
came the same week, and Dad came home on 2 April. They paid £450 for the delay.

What they told me they've changed: hospital discharge referrals now go on a fast
track with a named officer, and the OT gets a call back within two working days.
Dad still drives to the club in his Motability car, [[OTHER_ID:YK21 OPF]], with his
blue badge in the window. If anyone wants to compare notes, e-mail me at
[[EMAIL:karen.pike64@example.com]]. [[PERSON:Karen]]
"""),
    ),
    (
        "fv2ah-en-02",
        "en",
        _s("""
My name is Mrs [[PERSON:Hyacinth Clarke-Bailey]] and I am [[AGE:79]]. I came over
from [[OTHER_SPECIAL:Jamaica]] in 1961 and I have been in [[ADDRESS:flat 14]] at
[[ADDRESS:Marigold Court]], a sheltered scheme run by [[ORGANISATION:Southmere Housing
Association]], since my husband passed. I lost my left leg below the knee to
[[HEALTH:diabetes]] four years ago, so I go about in a wheelchair.

Last winter the lift at [[ADDRESS:Marigold Court]] broke down and stayed broken for
seven weeks. I am on the second floor. I missed my clinic appointments at King's and
I missed church at [[ADDRESS:Mount Zion Pentecostal Church]] on Rye Lane for the first
time in thirty years. Our scheme manager, [[PERSON:Pauline]], did her best, she rang
[[ORGANISATION:Ascentra Lifts]] every morning, but she told me plain that nobody above
her was listening.

My grandson [[PERSON:Devon]] (he is [[PERSON:Dev]] to me, and
[[OTHER_ID:@devbailey_sounds]] on the internet) helped me write the complaint. We
sent it from his e-mail, [[EMAIL:devon.bailey@example.net]], and the reference they
gave was [[REFERENCE:SHA-COMP-0934]]. He wrote my telephone number out for them the
way I say it, [[PHONE:oh two oh, seven nine four six, oh one five eight]], because I
do not hear well on the mobile.

At stage two they sent a lady called [[PERSON:Miriam Adebayo]] who sat with me and
took notes for an hour. They admitted nobody had checked on the residents who cannot
use stairs. Now there is a list of us kept in the office, a welfare call every day the
lift is out, and the new contract says the lift firm must have a part on site within
five days. I got £600 and a bunch of flowers. The flowers were nice, but the list is
what matters.
"""),
    ),
    (
        "fv2ah-en-03",
        "en",
        _s("""
My mam, [[PERSON:Bridget Doyle]], has had [[HEALTH:multiple sclerosis]] since her
thirties and now needs two carers and a hoist for every transfer. Her date of birth is
[[DATE_OF_BIRTH:17/08/1951]] and her NHS number is [[OTHER_ID:485 777 3461]]; I'm
putting both here because I had to read them out on the phone perhaps forty times.
She rents the ground-floor flat at [[ADDRESS:2a Tanner Street]], Luton [[POSTCODE:LU4
8RE]] from [[ORGANISATION:Chiltern Edge Homes]], and I'm her son and main carer,
[[PERSON:Ciarán Doyle]].

The problem was the ceiling-track hoist. It was fitted in 2019 and failed its LOLER
inspection last March. [[ORGANISATION:Liftline Healthcare]], who service it, put a
"do not use" sticker on it and left. For six weeks the girls from
[[ORGANISATION:Brightwater Care]], [[PERSON:Jolene]] and [[PERSON:Precious]], had to
use a borrowed mobile hoist that didn't fit round the bed, and Mam ended up with a
[[HEALTH:pressure sore]] on her heel. Her district nurse wrote to the landlord, and so
did the GP at [[ADDRESS:Marsh Farm Health Centre]].

I complained on 3 April, reference [[REFERENCE:CEH-44102]], from
[[EMAIL:ciaran.doyle@example.net]], and rang [[PHONE:01632 960 418]] until they knew
my voice. Stage one said the hoist was "social care equipment" and not theirs. That
was wrong: it was fitted as a Disabled Facilities Grant adaptation and they own it.
At stage two [[PERSON:Nkechi Ibe]] from their home-adaptations team admitted it, got
a new motor fitted within the week and paid £850 for the distress and the nursing
costs.

The lessons they wrote back: keep a register of every hoist and track they own, treat
a failed inspection as an emergency repair, and ring the care agency the same day so
nobody is left lifting a disabled woman by hand.
"""),
    ),
    (
        "fv2ah-en-04",
        "en",
        _s("""
I'm [[PERSON:Nasreen Akhtar]], an independent advocate with
[[ORGANISATION:Access Voice Leeds]]. I'm sharing this with the permission of my
client, [[PERSON:Kwabena Mensah]], known to his mates as [[PERSON:Kobby]]. He is
[[AGE:23]], has [[HEALTH:cerebral palsy]] and uses a powered chair. Until this
spring he lived with his mum, [[PERSON:Abena]], and three younger sisters in a
two-bedroom flat on the fourth floor of [[ADDRESS:Brackenfield House]], Seacroft.

The lift failed so often that [[PERSON:Kobby]] was stuck indoors for days at a time.
He couldn't get to his college course or to the day service at the
[[ADDRESS:Seacroft Hub]] round the corner. His chair doesn't fit through the
bathroom door, so his mum was washing him in the hallway. The family had been on the
housing register (number [[REFERENCE:LHR-0098341]]) in band B for three years.

We complained to [[ORGANISATION:Aire Vale Homes]] in November, complaint
[[REFERENCE:AVH/21/7716]]. The stage one answer just said "no suitable properties".
I asked for the medical assessment to be redone, and Cllr [[PERSON:Denise Hartley]]
raised it at the ward surgery. At stage two the landlord found the medical form had
never been passed to the allocations team at all.

In April the family moved into a ground-floor adapted bungalow at [[ADDRESS:14 Heron
Close]], [[POSTCODE:LS14 6DY]], with a level-access shower and wide doors.
[[PERSON:Kobby]] has already posted a video of himself rolling straight out of the
front door onto the path ([[OTHER_ID:@kobbywheels]] if you want to see it). [[ORGANISATION:Aire Vale]]
paid £1,200 and now has an adapted-homes register, so a wheelchair-accessible
property can't be let to someone who doesn't need it. You can reach me at
[[PHONE:0113 496 0287]] or [[EMAIL:n.akhtar@example.org]].
"""),
    ),
    (
        "fv2ah-en-05",
        "en",
        _s("""
My husband [[PERSON:Dennis Evans]] was born on [[DATE_OF_BIRTH:the ninth of November
1935]], which makes him [[AGE:88]], and he has had [[HEALTH:Alzheimer's]] for six years
and [[HEALTH:COPD]] for longer. We moved into [[ADDRESS:Lavender Lodge]], an
extra-care block in Llandaff North, in 2021, flat [[ADDRESS:number 31]] on the first
floor. Most people there call me [[PERSON:Peggy]]; on paper I'm [[PERSON:Margaret
Evans]].

In the cold snap before Christmas the communal heating failed three times in two
weeks. [[PERSON:Dennis]] can't tell you he's cold, he just goes quiet and grey. The care staff
from [[ORGANISATION:Heulwen Care]] found him at 6am with his hands like ice and
called the scheme manager, [[PERSON:Gareth Price]], who brought us fan heaters from
his own car. The engineers from [[ORGANISATION:Celtic Heat Services]] kept patching
the same boiler.

I wrote to [[ORGANISATION:Taf Ely Living]] and, because I don't do computers, my
niece typed out my e-mail for the form as [[EMAIL:peggy dot evans at example dot
org]]. They gave me the reference [[REFERENCE:TEL-CX-5521]]. They wanted [[PERSON:Dennis]]'s
National Insurance number to check the service charge, [[NI_NUMBER:QQ 47 21 90 B]],
and the pharmacy by the [[ADDRESS:Bethel Chapel]] sent over his list of inhalers to
show how risky the cold was. Our phone is [[PHONE:029 2018 0643]] if they ever lose it
again.

At stage two they replaced the boiler outright and put in a back-up plant so the block
is never without heat. They agreed that an extra-care scheme should treat a heating
loss like a fire alarm, not a routine job. Every flat now has a thermometer that
flashes in [[PERSON:Gareth]]'s office if it drops below 18 degrees. We received £300
each. [[PERSON:Dennis]] doesn't remember any of it, which is a mercy.
"""),
    ),
    (
        "fv2ah-ar-01",
        "ar",
        _s("""
اسمي [[PERSON:سامر الحسن]]، وأكتب هذه القصة نيابةً عن والدي [[PERSON:خالد الحسن]]
([[PERSON:Khaled Al-Hassan]])، الذي يناديه الجميع في الحي «[[PERSON:أبو سامر]]».
وُلد أبي في [[DATE_OF_BIRTH:الرابع عشر من نيسان عام ١٩٤٨]]، وجئنا إلى برمنغهام
[[OTHER_SPECIAL:لاجئين سوريين]] سنة ٢٠١٦. كان يسكن في [[ADDRESS:الشقة ١٧]] في
الطابق الرابع من مبنى [[ADDRESS:Beacon House]] التابع لشركة [[ORGANISATION:Brindley
Homes]]، قرب [[ADDRESS:مسجد الرحمة]] الذي كان يصلّي فيه الفجر كل يوم.

في تشرين الأول أُصيب أبي بـ[[HEALTH:جلطة دماغية]] وبقي في مستشفى الملكة إليزابيث
ستة أسابيع. بعد الأسبوع الثالث قال الأطباء إنه جاهز للخروج، لكن أخصائية العلاج
الوظيفي [[PERSON:سارة ويلسون]] رفضت إرساله إلى شقة لا يعمل مصعدها نصف الأيام،
وفي حمامها حوض عالٍ لا يستطيع دخوله. أرسلت [[PERSON:سارة]] طلب نقل عاجل إلى بيت
في الطابق الأرضي، ولم يردّ أحد.

اتصلتُ بخط الإسكان على [[PHONE:٠١٢١ ٤٩٦ ٠٢٨٣]] عشرات المرات، وفي كل مرة كانوا
يطلبون رقم أبي في الخدمة الصحية [[OTHER_ID:601 234 8815]] وتاريخ ميلاده من جديد.
في النهاية قدّمتُ شكوى رسمية رقمها [[REFERENCE:BH-CMP-30771]] من بريدي
[[EMAIL:samer.alhassan@example.com]].

في ردّ المرحلة الأولى اعتذروا فقط. في المرحلة الثانية جاءت مديرة الخدمات
[[PERSON:جوان ماكدونالد]] إلى المستشفى بنفسها، واعترفت بأن طلب [[PERSON:سارة]] بقي
في صندوق بريد موظفة في إجازة. خلال أسبوعين حصل أبي على شقة أرضية في [[ADDRESS:8
Clover Road]]، [[POSTCODE:B16 9LT]]، فيها دُشّ بلا عتبة ومقابض على الجدران،
ودفعوا لنا ٥٠٠ جنيه تعويضاً.

تعلّمت الشركة أن طلبات الخروج من المستشفى لا يجوز أن تنتظر في بريد شخص واحد، فصار
لها بريد مشترك وموظف مناوب يردّ خلال يومين عمل. واليوم يمشي «[[PERSON:أبو سامر]]»
بعكازه إلى المسجد من جديد.
"""),
    ),
    (
        "fv2ah-ar-02",
        "ar",
        _s("""
أنا [[PERSON:آمنة عثمان]]، أمّ لثلاثة أطفال، وأسكن مع زوجي [[PERSON:عثمان إدريس]]
في بيت من ثلاث غرف في [[ADDRESS:22 Rochdale Avenue]] بمانشستر، [[POSTCODE:m94qd]].
ابنتي الكبرى [[PERSON:ريم]] عمرها [[AGE:٩ سنوات]]، وُلدت بـ[[HEALTH:السنسنة
المشقوقة]] وتستخدم كرسياً متحركاً، وتدرس في مدرسة [[ADDRESS:Oakbrook Park School]].
الجيران ينادونني «[[PERSON:أم ريم]]».

قبل سنتين وافقت الجمعية السكنية [[ORGANISATION:Northgate Community Housing]] على
تحويل الحمام إلى غرفة استحمام أرضية وتركيب رافعة سقفية في غرفة [[PERSON:ريم]]، بعد
تقرير من أخصائية العلاج الوظيفي [[PERSON:ديبورا غرين]]. جاءت شركة
[[ORGANISATION:AdaptAbility North]] في شباط، خلعت الحمام القديم، ثم اختفت. بقينا سبعة
أسابيع بلا مغسلة ولا حوض، وكنت أغسل [[PERSON:ريم]] في وعاء بلاستيكي على أرض المطبخ،
فأصيبت بـ[[HEALTH:التهاب في المسالك البولية]] مرتين.

اتصلت على [[PHONE:0161 496 0518]] وكتبت من بريدي [[EMAIL:amna.osman@example.org]]،
وكان رقم الشكوى [[REFERENCE:NCH/C/118204]]. لم يتغيّر شيء حتى ذهبتُ إلى
[[ADDRESS:Moston Lane Family Centre]] القريب من بيتنا، فساعدتني المتطوعة
[[PERSON:حليمة]] في كتابة شكوى المرحلة الثانية وذكرنا أننا سنلجأ إلى أمين المظالم
للإسكان.

بعدها اتصل بي مدير قسم التعديلات [[PERSON:بول هيوز]] واعتذر، وقال إن المقاول أفلس ولم
يخبرهم أحد. خلال عشرة أيام أنهى مقاول جديد الغرفة وركّب الرافعة، ودفعوا ٧٥٠ جنيهاً
حوّلوها إلى حسابي، رمز الفرع [[OTHER_ID:20-45-77]] والحساب المنتهي بـ[[OTHER_ID:3391]].

الدرس الذي كتبوه في ردّهم: متابعة كل عمل تعديل أسبوعياً، وعدم ترك عائلة فيها طفل
معاق بلا حمام يوماً واحداً، وإعطاء العائلة اسم شخص واحد مسؤول ورقمه. [[PERSON:ريم]]
اليوم تستحم وحدها تقريباً، وتضحك حين ترفعها الرافعة «مثل رائدة فضاء».
"""),
    ),
    (
        "fv2ah-ar-03",
        "ar",
        _s("""
أنا [[PERSON:يوسف داود]]، عمري [[AGE:٨١ سنة]]، [[OTHER_SPECIAL:كلداني كاثوليكي]] من
الموصل. أسكن وحدي منذ وفاة زوجتي [[PERSON:ميري]] في [[ADDRESS:الشقة ٥]] في
[[ADDRESS:Elmwood House]]، وهو مجمّع سكني محميّ لكبار السن في إيلينغ تديره
[[ORGANISATION:Westway Homes Trust]]. أصلّي كل أحد في [[ADDRESS:كنيسة مار توما
الكلدانية]] على بعد شارعين من بيتي.

عندي [[HEALTH:مرض باركنسون]] وأسقط أحياناً. في آذار الماضي سقطت في الحمام ليلاً
وسحبت حبل الإنذار، فلم يأتِ أحد. بقيت على البلاط حتى الصباح، حين وجدتني المشرفة
[[PERSON:ليندا]] ([[PERSON:Linda Brooks]]). نُقلت إلى مستشفى إيلينغ وتبيّن أن عندي
[[HEALTH:كسراً في الورك]].

بعد خروجي كتب ابني [[PERSON:رامي]] الشكوى من كندا، من بريده
[[EMAIL:rami.dawood@example.net]]، وذكر تاريخ ميلادي [[DATE_OF_BIRTH:02/05/1943]]
ورقم التأمين الوطني [[NI_NUMBER:QQ 63 18 02 D]] لأن المكتب طلبهما، وأعطاهم هاتفي
الأرضي [[PHONE:020 7946 0815]]. رقم الشكوى كان [[REFERENCE:WHT-2024-0457]].

الجواب في المرحلة الأولى كان أن النظام «يعمل بشكل طبيعي». لم نقبل. في المرحلة
الثانية أرسلوا مهندساً من شركة [[ORGANISATION:CareLink Alarms]] فوجد أن حبل الإنذار
في حمامي غير موصول منذ تجديد الحمام قبل سنة، وكذلك في ثلاث شقق أخرى. اعتذر مدير
الخدمات السيد [[PERSON:توبي أوكونكوو]] كتابياً، ودفعوا ٤٠٠ جنيه.

الدرس الذي تعلّموه: بعد أي عمل في الشقة يُفحص الإنذار قبل أن يغادر العمال، ويُجرَّب
كل حبل في المبنى مرة في الشهر. والآن تمرّ [[PERSON:ليندا]] عليّ كل صباح، ونشرب الشاي
معاً، وتسألني عن [[PERSON:ميري]] وعن أيام الموصل.
"""),
    ),
    (
        "fv2ah-ar-04",
        "ar",
        _s("""
اسمي [[PERSON:فاطمة ناجي]]، زوجة [[PERSON:عبد الله صالح]]، وأعتني منذ أربع سنوات بحماتي
الحاجّة [[PERSON:زينب]] التي تبلغ [[AGE:87 عاماً]] وعندها [[HEALTH:الخرف]]
و[[HEALTH:هشاشة العظام]]. كنّا نسكن جميعاً في بيت من طابقين في [[ADDRESS:63 Owler
Lane]] في شيفيلد، [[POSTCODE:S4 8GB]]، وهو البيت الأزرق بعد [[ADDRESS:بقالة عدن]]
مباشرة، والبيت ملك لـ[[ORGANISATION:Don Valley Housing]].

في الصيف سقطت خالتي [[PERSON:زينب]] على الدرج وكُسر معصمها، وبقيت في مستشفى
نورذرن جنرال. بعد عشرة أيام صارت جاهزة للخروج، لكن أخصائية العلاج الوظيفي
[[PERSON:هانا]] قالت إنها لا تستطيع الرجوع إلى بيت فيه درج والحمام في الطابق العلوي.
بقيت في المستشفى خمسة أسابيع أخرى، وكانت تبكي كل ليلة لأنها لا تعرف أين هي.

كنا على قائمة الانتظار للسكن (رقم التسجيل [[REFERENCE:SHR-552019]]) منذ سنتين، وطبيب
العائلة في [[ADDRESS:Firvale Road Surgery]] كتب رسالتين. اتصلتُ على
[[PHONE:0114 496 0369]] كل يوم تقريباً، وقدّمت شكوى رقمها [[REFERENCE:DVH-7730]].
كان زوجي يزورها يومياً بسيارته من برنامج Motability، رقم لوحتها [[OTHER_ID:YD68
KRA]]، ويدفع موقف المستشفى من جيبه.

في المرحلة الثانية اعترفت الشركة بأن طلب النقل الطبي وُضع في الفئة الخطأ. خلال
أسبوعين عرضوا علينا بيتاً من طابق واحد في [[ADDRESS:11 Skinnerthorpe Road]]، فيه
غرفة نوم واسعة لها وحمام أرضي. ساعدنا المشرف [[PERSON:كريغ]] في النقل، ودفعوا ٦٠٠
جنيه عن التأخير.

قالوا إنهم تعلّموا أن يضعوا علامة «خروج من المستشفى» على كل طلب يأتي من معالج وظيفي،
وأن يتصلوا بالعائلة خلال ثلاثة أيام. خالتي [[PERSON:زينب]] اليوم تجلس في الحديقة
الصغيرة وتنادي أحفادها بأسمائهم أحياناً.
"""),
    ),
    (
        "fv2ah-ar-05",
        "ar",
        _s("""
أنا [[PERSON:محمود عبد الرحمن]] ([[PERSON:Mahmoud Abdelrahman]])،
[[OTHER_SPECIAL:مصري]] عمري [[AGE:58 سنة]]، أستخدم كرسياً متحركاً منذ حادث عمل،
وعندي [[HEALTH:فشل كلوي]] وأذهب إلى غسيل الكلى في مستشفى غايز ثلاث مرات في الأسبوع.
أسكن في [[ADDRESS:الشقة رقم 92]] في الطابق التاسع من برج [[ADDRESS:Kestrel House]]،
وهو من أبراج [[ORGANISATION:Thameside Housing]] في ساوثوارك.

في كانون الثاني تعطّل المصعد الوحيد في البرج ستة أسابيع. سيارة النقل الطبي لم تستطع
إنزالي، ففاتتني جلستا غسيل، ودخلت الطوارئ بسبب [[HEALTH:ارتفاع البوتاسيوم]]. بعد ذلك
صار جاري [[PERSON:تُندي أولاديبو]] ([[PERSON:Tunde Oladipo]]) وابنه يحملانني على
الكرسي تسعة طوابق، وهذا خطر عليهما وعليّ.

صوّرت الدرج والمصعد المغلق ونشرت الفيديو على حسابي [[OTHER_ID:@mahmoud_wheels]]،
فشاهده الآلاف. كتبت إلى الشركة من [[EMAIL:m.abdelrahman@example.net]] واتصلت من
جوالي [[PHONE:07700 900 614]]، وكان رقم الشكوى [[REFERENCE:THX-55190]]. قالت شركة
الصيانة [[ORGANISATION:Vertex Lift Services]] إن القطعة تأتي من إيطاليا. ساعدتني
عضوة المجلس [[PERSON:غريس أوسو]] في رفع الأمر إلى أمين المظالم للإسكان، ورقم القضية
هناك [[REFERENCE:202316645]].

قبل أن يصدر أمين المظالم قراره، جاءت مسؤولة السلامة [[PERSON:ريبيكا تشن]] ونقلتني
مؤقتاً إلى شقة أرضية في [[ADDRESS:4 Pelican Walk]]، [[POSTCODE:SE16 2RP]]، حتى
يُصلَح المصعد، ودفعوا ٩٠٠ جنيه تعويضاً وأجرة التاكسي إلى المستشفى.

الدروس التي كتبوها في ردّهم: سجلّ بأسماء كل السكان الذين لا يستطيعون استعمال الدرج،
وخطة جاهزة لكل برج فيه مصعد واحد قبل أن يتعطّل، وقطع غيار احتياطية في المخزن. رجعت
إلى شقتي في الصيف بعد أن ركّبوا مصعداً ثانياً.
"""),
    ),
    (
        "fv2ah-bn-01",
        "bn",
        _s("""
আমার নাম [[PERSON:সুহেল মিয়া]]। আমার আম্মা [[PERSON:রহিমা খাতুন]] ([[PERSON:Rahima
Khatun]]) প্রায় বিশ বছর ধরে [[ORGANISATION:Poplar Riverside Homes]]-এর একটা দোতলা
বাড়িতে থাকেন, ঠিকানা [[ADDRESS:32 Fenwick Street]], লন্ডন [[POSTCODE:E1 2HT]]।
বাসাটা [[ADDRESS:শাহজালাল জামে মসজিদ]]-এর ঠিক পেছনে, আম্মা জানালা দিয়ে আজান শোনেন।
ওনার জন্ম [[DATE_OF_BIRTH:১২ই আগস্ট ১৯৪৬]], বয়স এখন [[AGE:৭৭ বছর]]। ওনার
[[HEALTH:ডায়াবেটিস]] আছে, আর দুই হাঁটুতেই [[HEALTH:আর্থ্রাইটিস]]।

গত বছর আম্মা সিঁড়িতে পড়ে গিয়ে রয়্যাল লন্ডন হাসপাতালে তিন সপ্তাহ ছিলেন।
অকুপেশনাল থেরাপিস্ট [[PERSON:এমা ক্লার্ক]] বললেন, সিঁড়িতে স্টেয়ারলিফট না লাগালে উনি
বাসায় ফিরতে পারবেন না। রেফারেল গেল মার্চে। তারপর পাঁচ মাস কিছুই হলো না। আম্মা
আমার ছোট বোন [[PERSON:রুবিনা]]-র বাসায় মেঝেতে তোশক পেতে ঘুমাতেন।

আমি [[PHONE:০২০ ৭৯৪৬ ০৩৭২]] নম্বরে বারবার ফোন করেছি, আর প্রতিবার আম্মার এনএইচএস
নম্বর [[OTHER_ID:৭১৩ ৪৪৮ ২০৯৬]] নতুন করে বলতে হয়েছে। শেষে
[[EMAIL:suhel.miah@example.com]] থেকে লিখিত অভিযোগ করলাম, নম্বর
[[REFERENCE:PRH-COMP-6614]]। [[ADDRESS:Cable Street Health Centre]]-এর ডা.
[[PERSON:ফারুক হোসেন]]ও একটা চিঠি দিলেন।

প্রথম ধাপে ওরা বলল বাজেট নেই। দ্বিতীয় ধাপে অ্যাডাপটেশন টিমের ম্যানেজার
[[PERSON:গ্যারি টমাস]] নিজে এসে দেখলেন, আর স্বীকার করলেন যে রেফারেলটা ভুল করে
সাধারণ তালিকায় পড়ে ছিল। দুই সপ্তাহের মধ্যে [[ORGANISATION:Handrail & Lift Co]]
স্টেয়ারলিফট লাগাল, নিচতলার টয়লেটে হাতল বসাল। আমরা ৫৫০ পাউন্ড ক্ষতিপূরণ পেলাম।

ওরা লিখেছে, এখন থেকে হাসপাতাল থেকে ছাড়া পাওয়ার অপেক্ষায় থাকা রোগীর রেফারেল সবসময়
জরুরি তালিকায় যাবে, আর পরিবারকে প্রতি সপ্তাহে খবর দেওয়া হবে। আম্মা এখন আবার নিজের
বিছানায় ঘুমান, আর হেসে বলেন চেয়ারটা উড়োজাহাজের মতো ওপরে ওঠে।
"""),
    ),
    (
        "fv2ah-bn-02",
        "bn",
        _s("""
আমি [[PERSON:নাসরিন বেগম]], ওল্ডহ্যামে থাকি স্বামী [[PERSON:জাহাঙ্গীর আলম]] আর তিন
ছেলেমেয়ে নিয়ে। আমাদের মেজো ছেলে [[PERSON:আয়ান]] ([[PERSON:Ayaan]]), বয়স
[[AGE:সাত বছর]], তার [[HEALTH:অটিজম]] আর [[HEALTH:মৃগী রোগ]] আছে। সে
[[ADDRESS:Coppice Brook Primary School]]-এ পড়ে, ওখানকার মিস [[PERSON:জোনস]] ওকে
খুব ভালোবাসেন।

আমরা থাকতাম [[ORGANISATION:Pennine Vale Homes]]-এর দুই বেডরুমের একটা ফ্ল্যাটে,
[[ADDRESS:ফ্ল্যাট নম্বর ৯]], [[ADDRESS:Alder Court]], তিনতলায়। পাঁচজন মানুষ দুই ঘরে।
[[PERSON:আয়ান]] রাতে প্রায়ই খিঁচুনি নিয়ে জেগে ওঠে, আর ওর দুই ভাই একই ঘরে ঘুমায়,
কেউই ঠিকমতো ঘুমাতে পারে না। একদিন ও বারান্দার রেলিং বেয়ে উঠতে গিয়েছিল; সেদিন থেকে
আমি বারান্দার দরজায় চেয়ার ঠেকিয়ে রাখি।

হাউজিং রেজিস্টারে আমাদের নম্বর [[REFERENCE:OHR/2019/44817]], কিন্তু তিন বছরেও
মেডিক্যাল প্রায়োরিটি দেওয়া হয়নি। আমি [[PHONE:0161 496 0791]] নম্বরে ফোন করতাম,
[[EMAIL:nasrin.alam@example.com]] থেকে ইমেইল করতাম। শেষে সোশ্যাল ওয়ার্কার
[[PERSON:ডেবোরা ওকাফোর]] আর কাউন্সিলর [[PERSON:শাহিদা রহমান]] মিলে লিখিত অভিযোগ করলেন,
নম্বর [[REFERENCE:PVH-CMP-2091]]।

দ্বিতীয় ধাপের উত্তরে ল্যান্ডলর্ড স্বীকার করল যে [[PERSON:আয়ানের]] ডাক্তারি কাগজ অন্য এক পরিবারের
ফাইলে ঢুকে গিয়েছিল। দুই মাসের মধ্যে আমরা বাগানওয়ালা তিন বেডরুমের একটা বাড়ি পেলাম,
[[ADDRESS:18 Lilac Grove]], [[POSTCODE:OL8 3NS]]। বাগানে উঁচু বেড়া দেওয়া হয়েছে, আর
[[PERSON:আয়ান]]-এর ঘরে নরম মেঝে আর খিঁচুনির অ্যালার্ম বসানো হয়েছে। ক্ষতিপূরণ দিয়েছে
৮০০ পাউন্ড।

ওরা বলেছে, এখন প্রতিটি মেডিক্যাল আবেদন দুজন কর্মী যাচাই করবেন, আর প্রতিবন্ধী
শিশুদের পরিবারকে তিন মাস পরপর খবর দেওয়া হবে। [[PERSON:আয়ান]] এখন বাগানে ট্রাম্পোলিনে লাফায়।
"""),
    ),
    (
        "fv2ah-bn-03",
        "bn",
        _s("""
আমি [[PERSON:তাহমিনা খানম]], আমার নানা [[PERSON:আব্দুল মালিক]] ([[PERSON:Abdul
Malik]])-এর হয়ে লিখছি। নানার জন্ম [[DATE_OF_BIRTH:১৯৪২ সালের ৫ই জানুয়ারি]], বয়স
[[AGE:৮১]]। দশ বছর ধরে ওনার [[HEALTH:পারকিনসনস]], হাত কাঁপে, হাঁটতে ওয়াকার লাগে।
উনি থাকেন স্মল হিথের [[ADDRESS:Bluebell Court]]-এ, একটা এক্সট্রা-কেয়ার ভবন,
[[ADDRESS:ফ্ল্যাট ১২]]। বাড়িওয়ালা [[ORGANISATION:Brookvale Living]], আর দিনে চারবার
আসেন [[ORGANISATION:Kingfisher Care]]-এর কেয়ারাররা।

গত শীতে ফ্ল্যাটের ওয়েট রুমের ড্রেন বন্ধ হয়ে গেল, মেঝের টাইল উঠে পানি করিডোরে
গড়াতে লাগল। নানা একদিন পিছলে পড়ে কপাল কেটে ফেললেন। এরপর নয় সপ্তাহ কেয়ারাররা ওনাকে
গোসল করাতে পারেননি, শুধু ভেজা কাপড়ে মুছে দিতেন, আর ওনার পিঠে
[[HEALTH:ত্বকের সংক্রমণ]] হয়ে গেল। ভবনের ওয়ার্ডেন [[PERSON:ক্যারল হুইটফিল্ড]] পাঁচবার
রিপেয়ার রিপোর্ট করেছিলেন; প্রতিবার [[ORGANISATION:Midland Wetroom Solutions]] এসে
ড্রেন খুলে চলে যেত।

শুক্রবারে আমি নানাকে ওনার মোটাবিলিটি গাড়িতে, নম্বর [[OTHER_ID:BV19 XMZ]],
[[ADDRESS:মদিনা মসজিদ]]-এ জুমার নামাজে নিয়ে যাই; সেদিনই [[PERSON:ক্যারল]] আমাকে সব খুলে বললেন।
আমি [[EMAIL:tahmina.k@example.org]] থেকে অভিযোগ পাঠালাম, নম্বর
[[REFERENCE:BVL/CS/48810]], আর [[PHONE:0121 496 0155]] নম্বরে ফোন করে জানালাম যে একজন
বয়স্ক প্রতিবন্ধী মানুষ দুই মাস গোসল করতে পারছেন না।

দ্বিতীয় ধাপে সার্ভিস ম্যানেজার [[PERSON:অ্যালিসন পার্ক]] ক্ষমা চাইলেন। পাঁচ দিনের
মধ্যে নতুন ঢালু মেঝে আর নতুন ড্রেনসহ পুরো ওয়েট রুম বানানো হলো, আর নানা পেলেন ৪০০
পাউন্ড।

ওরা লিখেছে: এক্সট্রা-কেয়ার ভবনে গোসলের ব্যবস্থা নষ্ট হলে সেটা জরুরি মেরামত, আর
ওয়ার্ডেনের প্রতিটি রিপোর্ট এখন এক জায়গায় জমা হয়, যাতে একই সমস্যা তিনবার এলে একজন
ম্যানেজার নিজে দেখেন।
"""),
    ),
    (
        "fv2ah-bn-04",
        "bn",
        _s("""
আমার নাম [[PERSON:শ্রাবন্তী দাস]]। আমি আমার শাশুড়ি [[PERSON:মিনতি দাস]]-এর দেখাশোনা
করি; ওনার জন্ম তারিখ [[DATE_OF_BIRTH:০৩/১১/১৯৫৩]]। আমরা [[OTHER_SPECIAL:হিন্দু]]
পরিবার, মা রোজ সকালে পুজো করেন আর প্রতি মঙ্গলবার [[ADDRESS:শ্রী দুর্গা মন্দির]]-এ
যান, আমাদের বাসা থেকে পাঁচ মিনিট। বাসাটা [[ADDRESS:47 Harrison Road]], লেস্টার
[[POSTCODE:LE4 6QT]], [[ORGANISATION:Soar Valley Housing]]-এর।

মায়ের [[HEALTH:অস্টিওআর্থ্রাইটিস]], গত বছর ডান দিকের হিপ বদলানো হয়েছে। অপারেশনের
পর অকুপেশনাল থেরাপিস্ট [[PERSON:জেনি হ্যারিস]] ([[PERSON:Jenny]]) বললেন, বাথটাবের জায়গায়
ওয়েট রুম লাগবে। কাজটা করল [[ORGANISATION:Midshire Building Services]]। এক মাসের মধ্যে
রান্নাঘরের ছাদ দিয়ে পানি চুঁইয়ে পড়তে লাগল, ছাদে কালো ছত্রাক, আর একদিন বাতির
সুইচ থেকে স্পার্ক।

মেরামতের জব নম্বর ছিল [[REFERENCE:SVH-R-771203]]। আমার স্বামী [[PERSON:প্রদীপ]]
[[PHONE:0116 496 0524]]-এ অন্তত বারো বার ফোন করেছে। প্রথম ধাপের উত্তরে বলা হলো দোষ
ঠিকাদারের, ওদের না। আমাদের ছেলে [[PERSON:রোহন]], বয়স [[AGE:১৪]], স্কুল থেকে ফিরে
বালতি বদলাত।

দ্বিতীয় ধাপে (অভিযোগ নম্বর [[REFERENCE:SVH-C-3380]]) সার্ভেয়ার [[PERSON:মার্ক
বেনেট]] এলেন। উনি দেখলেন ওয়েট রুমের মেঝের নিচে কোনো ওয়াটারপ্রুফ পর্দাই দেওয়া
হয়নি। দুই সপ্তাহে পুরো মেঝে নতুন করে করা হলো, রান্নাঘরের ছাদ আর তারের কাজ ঠিক হলো,
আর ওরা ৬৫০ পাউন্ড দিল।

ওরা মেনে নিয়েছে যে ঠিকাদারের কাজ কেউ পরীক্ষা করেনি। এখন প্রতিটি অ্যাডাপটেশন চার
সপ্তাহ পরে একজন সার্ভেয়ার দেখবেন, আর থেরাপিস্ট সই না করা পর্যন্ত কাজ শেষ ধরা হবে
না। মা এখন নিজেই গোসল করতে পারেন, আর বলেন এটাই তাঁর সবচেয়ে বড় স্বাধীনতা।
"""),
    ),
    (
        "fv2ah-bn-05",
        "bn",
        _s("""
আমি [[PERSON:তানভীর আহমেদ]], বয়স [[AGE:৪৪ বছর]]। [[HEALTH:ডায়াবেটিক
রেটিনোপ্যাথি]]র কারণে আট বছর আগে আমি পুরোপুরি [[HEALTH:দৃষ্টিহীন]] হয়ে যাই। আমার
গাইড ডগের নাম বাডি, ও-ই আমার চোখ। আমি থাকি [[ADDRESS:4b Carlisle Terrace]],
ব্র্যাডফোর্ড, [[POSTCODE:bd87qx]]; বাড়িওয়ালা [[ORGANISATION:Calder Brook Housing]]।

শোবার ঘরে স্যাঁতসেঁতে ভাব আর ছত্রাকের কথা আমি বহুবার ফোনে জানিয়েছি। কিন্তু আসল
সমস্যা ছিল চিঠি। ওরা গ্যাস সেফটি চেক আর ড্যাম্প সার্ভের তারিখ ছাপানো চিঠিতে পাঠাত,
যা আমি পড়তে পারি না। তিনটা অ্যাপয়েন্টমেন্ট মিস হলো, তারপর এল আইনি ব্যবস্থার হুমকি,
সেটাও ছাপানো কাগজে। পাশের ফ্ল্যাটের মিসেস [[PERSON:ও'ব্রায়েন]] চিঠিটা পড়ে শোনালেন,
আর আমার হাত কাঁপছিল।

আমি অভিযোগ করলাম ইমেইলে, ঠিকানা বলে দিয়েছিলাম এভাবে: [[EMAIL:tanvir dot ahmed at
example dot net]]। ফোন [[PHONE:০৭৭০০ ৯০০ ২৪৮]]। ওরা আমার ন্যাশনাল ইন্স্যুরেন্স নম্বর
চাইল, [[NI_NUMBER:QQ 21 56 73 A]], আর অভিযোগ নম্বর দিল [[REFERENCE:CBH/7723/AC]]। আমি
ইউটিউবে দৃষ্টিহীনদের জন্য একটা ছোট অনুষ্ঠান করি, [[OTHER_ID:@tanvir_reads]] নামে;
সেখানেও ঘটনাটা বললাম।

প্রথম ধাপে হাউজিং অফিসার [[PERSON:লুসি গ্রান্ট]] ফোন করে ক্ষমা চাইলেন, আইনি চিঠি
প্রত্যাহার করলেন। দ্বিতীয় ধাপে ওরা স্বীকার করল যে আমার ফাইলে "দৃষ্টিহীন" লেখা থাকলেও
চিঠির সিস্টেম সেটা দেখে না। ঘরের দেয়ালে নতুন ইনসুলেশন আর একটা এক্সট্র্যাক্টর ফ্যান
বসানো হলো, ক্ষতিপূরণ ৩৫০ পাউন্ড।

শিক্ষা: এখন প্রত্যেক বাসিন্দার রেকর্ডে যোগাযোগের পছন্দ লেখা থাকে, অডিও, ইমেইল, বড়
হরফ বা ব্রেইল, আর সিস্টেম সেটা না মানলে চিঠি ছাপাই হয় না। কর্মীদের প্রশিক্ষণও হয়েছে।
বাডি আর আমি এখন শুকনো ঘরে ঘুমাই।
"""),
    ),
    (
        "fv2ah-pa-01",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਮ [[PERSON:ਸਿਮਰਨਜੀਤ ਕੌਰ ਢਿੱਲੋਂ]] ਹੈ, ਪਰ ਘਰ ਵਿੱਚ ਸਾਰੇ ਮੈਨੂੰ [[PERSON:ਸਿਮੀ]]
ਕਹਿੰਦੇ ਹਨ। ਇਹ ਕਹਾਣੀ ਮੇਰੇ ਬੀਬੀ ਜੀ, [[PERSON:ਗੁਰਮੀਤ ਕੌਰ ਢਿੱਲੋਂ]] ([[PERSON:Gurmeet Kaur
Dhillon]]) ਦੀ ਹੈ। ਉਨ੍ਹਾਂ ਦਾ ਜਨਮ [[DATE_OF_BIRTH:੨੨ ਜੂਨ ੧੯੪੫]] ਨੂੰ ਹੋਇਆ ਸੀ। ਉਹ
ਵੁਲਵਰਹੈਂਪਟਨ ਵਿੱਚ [[ADDRESS:19 Dunstall Road]], [[POSTCODE:WV6 0NQ]] ਵਾਲੇ
[[ORGANISATION:Black Country Homes Partnership]] ਦੇ ਘਰ ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ, [[ADDRESS:ਗੁਰਦੁਆਰਾ
ਗੁਰੂ ਨਾਨਕ ਸਤਿਸੰਗ ਸਭਾ]] ਤੋਂ ਦੋ ਘਰ ਹਟ ਕੇ, ਜਿੱਥੇ ਉਹ ਹਰ ਸਵੇਰ ਨਿਤਨੇਮ ਲਈ ਜਾਂਦੇ ਸਨ।

ਬੀਬੀ ਜੀ ਨੂੰ ਕਈ ਸਾਲਾਂ ਤੋਂ [[HEALTH:ਗਠੀਆ]] ਹੈ ਅਤੇ ਪਿਛਲੇ ਸਾਲ ਨਿਊ ਕਰਾਸ ਹਸਪਤਾਲ ਵਿੱਚ ਉਨ੍ਹਾਂ
ਦਾ ਸੱਜਾ ਗੋਡਾ ਬਦਲਿਆ ਗਿਆ। ਓਟੀ [[PERSON:ਕਲੇਅਰ]] ਨੇ ਕਿਹਾ ਕਿ ਸਟੇਅਰਲਿਫਟ ਤੋਂ ਬਿਨਾਂ ਉਹ ਉੱਪਰ
ਨਹੀਂ ਜਾ ਸਕਦੇ। ਲਿਫਟ [[ORGANISATION:Summit Stairlifts]] ਨੇ ਲਗਾਈ, ਪਰ ਤਿੰਨ ਹਫ਼ਤਿਆਂ ਬਾਅਦ ਉਹ
ਅੱਧ ਵਿਚਕਾਰ ਰੁਕ ਗਈ, ਬੀਬੀ ਜੀ ਉਸ ਉੱਤੇ ਬੈਠੇ ਹੋਏ। ਇੱਕ ਘੰਟੇ ਬਾਅਦ ਗੁਆਂਢੀ [[PERSON:ਜੋਗਿੰਦਰ
ਸਿੰਘ]] ਨੇ ਉਨ੍ਹਾਂ ਦੀ ਆਵਾਜ਼ ਸੁਣੀ। ਫਿਰ ਦਸ ਹਫ਼ਤੇ ਲਿਫਟ ਖ਼ਰਾਬ ਰਹੀ ਅਤੇ [[AGE:੭੮ ਸਾਲ]] ਦੀ
ਔਰਤ ਬੈਠਕ ਵਿੱਚ ਸੋਫ਼ੇ ਉੱਤੇ ਸੌਂਦੀ ਰਹੀ।

ਮੈਂ [[PHONE:0121 496 0640]] ਉੱਤੇ ਫ਼ੋਨ ਕੀਤੇ ਅਤੇ [[EMAIL:simi.dhillon@example.com]] ਤੋਂ
ਸ਼ਿਕਾਇਤ ਭੇਜੀ, ਨੰਬਰ [[REFERENCE:BCHP/ADP/5512]]। ਪਾਪਾ ਜੀ ਹਰ ਹਫ਼ਤੇ ਉਨ੍ਹਾਂ ਨੂੰ ਆਪਣੀ
ਮੋਟੇਬਿਲਿਟੀ ਕਾਰ [[OTHER_ID:WV70 HDK]] ਵਿੱਚ ਡਾਕਟਰ ਕੋਲ [[ADDRESS:Whitmore Reans Health
Centre]] ਲੈ ਜਾਂਦੇ, ਅਤੇ ਡਾਕਟਰ ਨੇ ਵੀ ਚਿੱਠੀ ਲਿਖੀ।

ਪਹਿਲੇ ਪੜਾਅ ਵਿੱਚ ਜਵਾਬ ਆਇਆ ਕਿ ਪੁਰਜ਼ਾ ਆਰਡਰ ਹੋ ਗਿਆ ਹੈ। ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ ਮੈਨੇਜਰ
[[PERSON:ਸਟੀਵ ਮੌਰਿਸ]] ਨੇ ਮੰਨਿਆ ਕਿ ਲਿਫਟ ਦੀ ਵਾਰੰਟੀ ਦਾ ਰਿਕਾਰਡ ਹੀ ਗੁੰਮ ਸੀ। ਇੱਕ ਹਫ਼ਤੇ ਵਿੱਚ
ਨਵੀਂ ਲਿਫਟ ਲੱਗ ਗਈ ਅਤੇ £੫੦੦ ਮੁਆਵਜ਼ਾ ਮਿਲਿਆ।

ਹੁਣ ਉਨ੍ਹਾਂ ਦਾ ਨਿਯਮ ਹੈ ਕਿ ਹਰ ਨਵੀਂ ਸਟੇਅਰਲਿਫਟ ਦੀ ਦੋ ਹਫ਼ਤਿਆਂ ਬਾਅਦ ਜਾਂਚ ਹੋਵੇਗੀ ਅਤੇ
ਖ਼ਰਾਬ ਲਿਫਟ ਲਈ ੨੪ ਘੰਟਿਆਂ ਵਿੱਚ ਇੰਜੀਨੀਅਰ ਆਵੇਗਾ। ਬੀਬੀ ਜੀ ਫਿਰ ਗੁਰਦੁਆਰੇ ਜਾਣ ਲੱਗ ਪਏ ਹਨ।
"""),
    ),
    (
        "fv2ah-pa-02",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਹਰਜਿੰਦਰ ਸਿੰਘ ਸੰਘਾ]] ਹਾਂ, ਉਮਰ [[AGE:੫੨ ਸਾਲ]]। ਮੈਨੂੰ ਪੰਦਰਾਂ ਸਾਲਾਂ ਤੋਂ
[[HEALTH:ਮਲਟੀਪਲ ਸਕਲੇਰੋਸਿਸ]] ਹੈ ਅਤੇ ਹੁਣ ਮੈਂ ਜ਼ਿਆਦਾਤਰ ਵ੍ਹੀਲਚੇਅਰ ਵਰਤਦਾ ਹਾਂ। ਮੈਂ ਅਤੇ ਮੇਰੀ
ਪਤਨੀ [[PERSON:ਕੁਲਵਿੰਦਰ]], ਜਿਸ ਨੂੰ ਸਾਰੇ [[PERSON:ਕਿੰਦਰ]] ਕਹਿੰਦੇ ਹਨ, ਲੈਸਟਰ ਵਿੱਚ
[[ADDRESS:8 Loughborough Road]], [[POSTCODE:LE4 5LB]] ਵਿੱਚ [[ORGANISATION:Belgrave
Community Homes]] ਦੇ ਘਰ ਰਹਿੰਦੇ ਹਾਂ।

ਓਕੂਪੇਸ਼ਨਲ ਥੈਰੇਪਿਸਟ [[PERSON:ਪ੍ਰਿਆ ਪਟੇਲ]] ਨੇ ਮੂਹਰਲੇ ਦਰਵਾਜ਼ੇ ਲਈ ਰੈਂਪ ਅਤੇ ਚੌੜੇ ਦਰਵਾਜ਼ਿਆਂ
ਦੀ ਸਿਫ਼ਾਰਸ਼ ਕੀਤੀ। [[ORGANISATION:Riverside Access Ltd]] ਨੇ ਰੈਂਪ ਬਣਾਇਆ, ਪਰ ਇੰਨਾ ਢਲਵਾਂ ਕਿ
ਪਹਿਲੇ ਹੀ ਮੀਂਹ ਵਾਲੇ ਦਿਨ ਮੇਰੀ ਕੁਰਸੀ ਪਲਟ ਗਈ ਅਤੇ ਮੇਰੀ ਬਾਂਹ ਵਿੱਚ [[HEALTH:ਫ਼ਰੈਕਚਰ]] ਹੋ ਗਿਆ। ਲੈਸਟਰ ਰਾਇਲ
ਇਨਫਰਮਰੀ ਵਿੱਚ ਪਲੱਸਤਰ ਲੱਗਾ। ਉਸ ਤੋਂ ਬਾਅਦ ਛੇ ਹਫ਼ਤੇ ਮੈਂ ਘਰੋਂ ਬਾਹਰ ਨਹੀਂ ਨਿਕਲ ਸਕਿਆ, ਕਿਉਂਕਿ
[[PERSON:ਕਿੰਦਰ]] ਇਕੱਲੀ ਕੁਰਸੀ ਨੂੰ ਉਸ ਰੈਂਪ ਤੋਂ ਨਹੀਂ ਸੰਭਾਲ ਸਕਦੀ ਸੀ।

ਮੈਂ [[PHONE:੦੧੧੬ ੪੯੬ ੦੯੧੭]] ਤੋਂ ਰਿਪੇਅਰ ਲਾਈਨ ਨੂੰ ਫ਼ੋਨ ਕੀਤਾ ਅਤੇ ਫਿਰ
[[EMAIL:h.sangha@example.net]] ਤੋਂ ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਭੇਜੀ, ਸ਼ਿਕਾਇਤ ਨੰਬਰ
[[REFERENCE:BCH-0412-77]]। ਹਸਪਤਾਲ ਦੀ ਰਿਪੋਰਟ ਨਾਲ ਮੇਰਾ ਐੱਨਐੱਚਐੱਸ ਨੰਬਰ [[OTHER_ID:੪੦੧
੬੬੨ ੯੦੮੫]] ਵੀ ਲਿਖਿਆ ਸੀ, ਤਾਂ ਜੋ ਉਹ ਸੱਟ ਦੀ ਪੁਸ਼ਟੀ ਕਰ ਸਕਣ।

ਪਹਿਲੇ ਪੜਾਅ ਵਿੱਚ ਉਨ੍ਹਾਂ ਨੇ ਕਿਹਾ ਕਿ ਰੈਂਪ "ਨਿਯਮਾਂ ਅਨੁਸਾਰ" ਹੈ। ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ ਸਰਵੇਅਰ
[[PERSON:ਐਂਡਰਿਊ ਕੈਂਪਬੈੱਲ]] ਨੇ ਨਾਪ ਲਿਆ ਤਾਂ ਢਲਾਣ ਦੁੱਗਣੀ ਨਿਕਲੀ। ਰੈਂਪ ਢਾਹ ਕੇ ਦੁਬਾਰਾ ਬਣਾਇਆ
ਗਿਆ, ਦੋਵੇਂ ਪਾਸੇ ਹੱਥ-ਫੜਨੀਆਂ ਲਗਾਈਆਂ ਗਈਆਂ, ਅਤੇ ਮੈਨੂੰ £੭੦੦ ਮਿਲੇ।

ਉਨ੍ਹਾਂ ਨੇ ਮੰਨਿਆ ਕਿ ਠੇਕੇਦਾਰ ਦਾ ਕੰਮ ਕਿਸੇ ਨੇ ਨਹੀਂ ਨਾਪਿਆ ਸੀ। ਹੁਣ ਹਰ ਰੈਂਪ ਦੀ ਢਲਾਣ ਓਟੀ ਅਤੇ
ਸਰਵੇਅਰ ਦੋਵੇਂ ਜਾਂਚਦੇ ਹਨ, ਫਿਰ ਹੀ ਠੇਕੇਦਾਰ ਨੂੰ ਪੈਸੇ ਮਿਲਦੇ ਹਨ।
"""),
    ),
    (
        "fv2ah-pa-03",
        "pa",
        _s("""
ਮੈਂ ਸ੍ਰੀਮਤੀ [[PERSON:ਸੁਨੀਤਾ ਸ਼ਰਮਾ]] ਹਾਂ, ਉਮਰ [[AGE:੭੬ ਸਾਲ]]। ਮੈਂ ਆਪਣੇ ਪਤੀ
[[PERSON:ਰਾਜਿੰਦਰ ਕੁਮਾਰ ਸ਼ਰਮਾ]] ਦੀ ਦੇਖਭਾਲ ਕਰਦੀ ਹਾਂ, ਜਿਨ੍ਹਾਂ ਦਾ ਜਨਮ [[DATE_OF_BIRTH:ਦਸ
ਦਸੰਬਰ ਉੱਨੀ ਸੌ ਅਠੱਤੀ]] ਦਾ ਹੈ। ਉਨ੍ਹਾਂ ਨੂੰ [[HEALTH:ਡਿਮੈਂਸ਼ੀਆ]] ਹੈ ਅਤੇ [[HEALTH:ਸ਼ੂਗਰ]]
ਲਈ ਦਿਨ ਵਿੱਚ ਦੋ ਵਾਰ ਇਨਸੁਲਿਨ ਲੱਗਦੀ ਹੈ। ਅਸੀਂ ਸਲੋਅ ਵਿੱਚ ਬਜ਼ੁਰਗਾਂ ਦੀ ਸਕੀਮ
[[ADDRESS:Willow Court]] ਦੇ [[ADDRESS:ਫ਼ਲੈਟ ਨੰਬਰ ੨੩]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ, ਜੋ
[[ORGANISATION:Kennet & Colne Housing]] ਦੀ ਹੈ। ਅਸੀਂ [[OTHER_SPECIAL:ਹਿੰਦੂ]] ਹਾਂ ਅਤੇ
ਅਗਲੀ ਗਲੀ ਵਾਲੇ [[ADDRESS:ਸ੍ਰੀ ਰਾਮ ਮੰਦਿਰ]] ਵਿੱਚ ਹਰ ਐਤਵਾਰ ਜਾਂਦੇ ਹਾਂ।

ਪਿਛਲੇ ਦਸੰਬਰ ਸਾਡੇ ਫ਼ਲੈਟ ਵਿੱਚ ਤਿੰਨ ਹਫ਼ਤੇ ਗਰਮ ਪਾਣੀ ਨਹੀਂ ਆਇਆ। ਮੈਂ ਕੇਤਲੀ ਵਿੱਚ ਪਾਣੀ ਉਬਾਲ
ਕੇ ਉਨ੍ਹਾਂ ਨੂੰ ਨਹਾਉਂਦੀ ਸੀ, ਅਤੇ ਉਨ੍ਹਾਂ ਨੂੰ [[HEALTH:ਛਾਤੀ ਦੀ ਇਨਫੈਕਸ਼ਨ]] ਹੋ ਗਈ। ਦਫ਼ਤਰ ਵਾਲੇ
ਚਿੱਠੀਆਂ ਸਿਰਫ਼ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਪਾਉਂਦੇ ਸਨ; ਮੈਂ ਪੰਜਾਬੀ ਅਤੇ ਹਿੰਦੀ ਪੜ੍ਹਦੀ ਹਾਂ, ਇਸ ਲਈ ਮੈਨੂੰ ਪਤਾ ਹੀ
ਨਹੀਂ ਸੀ ਕਿ [[ORGANISATION:Thermafix Heating]] ਵਾਲੇ ਕਦੋਂ ਆਉਣਗੇ। ਵਾਰਡਨ [[PERSON:ਮੈਂਡੀ]]
([[PERSON:Mandy Collins]]) ਬਹੁਤ ਚੰਗੀ ਹੈ, ਪਰ ਉਹ ਹਫ਼ਤੇ ਵਿੱਚ ਸਿਰਫ਼ ਤਿੰਨ ਦਿਨ ਆਉਂਦੀ ਹੈ।

ਸਾਡੇ ਪੁੱਤਰ [[PERSON:ਵਿਕਾਸ]] ਨੇ ਹੇਜ਼ ਤੋਂ [[PHONE:020 7946 0263]] ਉੱਤੇ ਫ਼ੋਨ ਕੀਤੇ ਅਤੇ
ਸਕੀਮ ਦੇ ਦਫ਼ਤਰ [[EMAIL:willowcourt.office@example.org]] ਨੂੰ ਲਿਖਿਆ। ਸ਼ਿਕਾਇਤ ਨੰਬਰ
[[REFERENCE:KCH/HW/90318]] ਮਿਲਿਆ। ਸਰਵਿਸ ਚਾਰਜ ਦੀ ਵਾਪਸੀ ਲਈ ਉਨ੍ਹਾਂ ਨੇ ਮੇਰੇ ਪਤੀ ਦਾ ਨੈਸ਼ਨਲ
ਇੰਸ਼ੋਰੈਂਸ ਨੰਬਰ [[NI_NUMBER:QQ 58 04 11 C]] ਮੰਗਿਆ।

ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ ਰੀਜਨਲ ਮੈਨੇਜਰ [[PERSON:ਅਮੀਨਾ ਯੂਸਫ਼]] ਇੱਕ ਦੁਭਾਸ਼ੀਏ ਨੂੰ ਨਾਲ ਲੈ ਕੇ ਆਈ ਅਤੇ
ਸਾਡੇ ਨਾਲ ਬੈਠ ਕੇ ਗੱਲ ਕੀਤੀ। ਨਵਾਂ ਗਰਮ ਪਾਣੀ ਦਾ ਸਿਲੰਡਰ ਲੱਗ ਗਿਆ, £੪੫੦ ਮੁਆਵਜ਼ਾ ਅਤੇ ਤਿੰਨ
ਹਫ਼ਤਿਆਂ ਦਾ ਸਰਵਿਸ ਚਾਰਜ ਵਾਪਸ ਮਿਲਿਆ।

ਉਨ੍ਹਾਂ ਨੇ ਸਿੱਖਿਆ ਕਿ ਹਰ ਵਸਨੀਕ ਦੀ ਭਾਸ਼ਾ ਰਿਕਾਰਡ ਵਿੱਚ ਲਿਖੀ ਜਾਵੇ, ਚਿੱਠੀਆਂ ਉਸੇ ਭਾਸ਼ਾ ਵਿੱਚ
ਜਾਣ, ਅਤੇ ਗਰਮ ਪਾਣੀ ਬੰਦ ਹੋਵੇ ਤਾਂ ਬਿਮਾਰ ਵਸਨੀਕਾਂ ਦੀ ਰੋਜ਼ ਖ਼ਬਰ ਲਈ ਜਾਵੇ।
"""),
    ),
    (
        "fv2ah-pa-04",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਦਲਜੀਤ ਸਿੰਘ ਬਾਠ]] ਹਾਂ। ਮੇਰੇ ਪਿਤਾ ਜੀ, ਸਰਦਾਰ [[PERSON:ਬਲਦੇਵ ਸਿੰਘ ਬਾਠ]],
[[AGE:੮੩ ਸਾਲ]] ਦੇ ਹਨ। ਉਨ੍ਹਾਂ ਨੂੰ [[HEALTH:ਦਿਲ ਦੀ ਕਮਜ਼ੋਰੀ]] ਅਤੇ [[HEALTH:ਸੀਓਪੀਡੀ]] ਹੈ,
ਅਤੇ ਹੁਣ ਚੌਵੀ ਘੰਟੇ ਆਕਸੀਜਨ ਲੱਗਦੀ ਹੈ। ਅਸੀਂ ਸਾਰੇ, ਮੈਂ, ਮੇਰੀ ਪਤਨੀ [[PERSON:ਹਰਪ੍ਰੀਤ]], ਦੋ
ਬੱਚੇ ਅਤੇ ਪਿਤਾ ਜੀ, ਸਾਊਥਾਲ ਵਿੱਚ [[ADDRESS:56 Havelock Road]], [[POSTCODE:UB2 4NX]] ਦੇ
ਦੋ ਕਮਰਿਆਂ ਵਾਲੇ ਘਰ ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ, ਜੋ [[ORGANISATION:Brent Valley Homes]] ਦਾ ਹੈ।
ਮੇਰੀ ਧੀ [[PERSON:ਨਵਨੀਤ]] ([[AGE:੧੦]]) [[ADDRESS:Havelock Green Primary School]] ਵਿੱਚ
ਪੜ੍ਹਦੀ ਹੈ ਅਤੇ ਆਪਣੇ ਭਰਾ ਨਾਲ ਇੱਕ ਛੋਟਾ ਕਮਰਾ ਸਾਂਝਾ ਕਰਦੀ ਹੈ।

ਫ਼ਰਵਰੀ ਵਿੱਚ ਪਿਤਾ ਜੀ ਹਿਲਿੰਗਡਨ ਹਸਪਤਾਲ ਵਿੱਚ ਦਾਖ਼ਲ ਹੋਏ। ਤਿੰਨ ਹਫ਼ਤਿਆਂ ਬਾਅਦ ਡਾਕਟਰਾਂ ਨੇ
ਕਿਹਾ ਕਿ ਉਹ ਘਰ ਜਾ ਸਕਦੇ ਹਨ, ਪਰ ਹਸਪਤਾਲ ਵਾਲਾ ਬੈੱਡ ਅਤੇ ਆਕਸੀਜਨ ਮਸ਼ੀਨ ਸਾਡੀ ਬੈਠਕ ਵਿੱਚ
ਪੂਰੀ ਨਹੀਂ ਆਉਂਦੀ ਸੀ, ਅਤੇ ਗੁਸਲਖਾਨਾ ਉੱਪਰ ਹੈ। ਉਹ ਚਾਰ ਹਫ਼ਤੇ ਹੋਰ ਵਾਰਡ ਵਿੱਚ ਪਏ ਰਹੇ।

ਸਾਡਾ ਹਾਊਸਿੰਗ ਰਜਿਸਟਰ ਨੰਬਰ [[REFERENCE:EHR-221874]] ਸੀ ਅਤੇ ਅਸੀਂ ਪੰਜ ਸਾਲਾਂ ਤੋਂ ਉਡੀਕ
ਵਿੱਚ ਸਾਂ। ਮੈਂ [[PHONE:੦੨੦ ੭੯੪੬ ੦੪੪੧]] ਉੱਤੇ ਫ਼ੋਨ ਕਰਦਾ ਰਿਹਾ ਅਤੇ
[[EMAIL:daljit.bath@example.com]] ਤੋਂ ਸ਼ਿਕਾਇਤ ਭੇਜੀ, ਨੰਬਰ [[REFERENCE:BVH-CP-1189]]।
ਕੌਂਸਲਰ [[PERSON:ਇੰਦਰਜੀਤ ਮਾਨ]] ਨੇ ਵੀ ਚਿੱਠੀ ਲਿਖੀ।

ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ ਅਲਾਟਮੈਂਟ ਮੈਨੇਜਰ [[PERSON:ਰੂਥ ਓਸੇਈ]] ਨੇ ਮੰਨਿਆ ਕਿ ਭੀੜ ਅਤੇ ਬਿਮਾਰੀ ਦੋਵਾਂ
ਨੂੰ ਇਕੱਠੇ ਦੇਖਿਆ ਹੀ ਨਹੀਂ ਗਿਆ ਸੀ। ਦਸ ਦਿਨਾਂ ਵਿੱਚ ਸਾਨੂੰ [[ADDRESS:Ashgrove Court]] ਵਿੱਚ
ਤਿੰਨ ਕਮਰਿਆਂ ਵਾਲਾ ਹੇਠਲੀ ਮੰਜ਼ਿਲ ਦਾ ਘਰ, [[ADDRESS:ਨੰਬਰ ੧੨]], ਸਿੱਧਾ ਪੇਸ਼ ਕੀਤਾ ਗਿਆ, ਜਿਸ ਵਿੱਚ
ਹੇਠਾਂ ਹੀ ਨਹਾਉਣ ਦੀ ਥਾਂ ਹੈ। ਪਿਤਾ ਜੀ ਸਿੱਧੇ ਹਸਪਤਾਲ ਤੋਂ ਨਵੇਂ ਘਰ ਆਏ, ਅਤੇ £੪੦੦ ਮੁਆਵਜ਼ਾ ਵੀ
ਮਿਲਿਆ।

ਹੁਣ ਹਸਪਤਾਲ ਤੋਂ ਛੁੱਟੀ ਉਡੀਕ ਰਹੇ ਮਰੀਜ਼ ਦੇ ਪਰਿਵਾਰ ਨੂੰ ਸਿੱਧੀ ਪੇਸ਼ਕਸ਼ ਮਿਲ ਸਕਦੀ ਹੈ, ਬੋਲੀ ਦੀ
ਉਡੀਕ ਤੋਂ ਬਿਨਾਂ।
"""),
    ),
    (
        "fv2ah-pa-05",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਜਸਲੀਨ ਕੌਰ ਬਰਾੜ]] ਹਾਂ, ਦੋਸਤਾਂ ਲਈ [[PERSON:ਜੈਸ]] ([[PERSON:Jas]])। ਮੇਰੀ
ਜਨਮ ਮਿਤੀ [[DATE_OF_BIRTH:14.03.1998]] ਹੈ। ਤਿੰਨ ਸਾਲ ਪਹਿਲਾਂ ਕਾਰ ਹਾਦਸੇ ਵਿੱਚ ਮੇਰੀ
[[HEALTH:ਰੀੜ੍ਹ ਦੀ ਹੱਡੀ ਦੀ ਸੱਟ]] ਲੱਗੀ ਅਤੇ ਉਦੋਂ ਤੋਂ ਮੈਂ ਵ੍ਹੀਲਚੇਅਰ ਵਰਤਦੀ ਹਾਂ। ਮੈਂ ਸਲੋਅ
ਵਿੱਚ ਨਵੇਂ ਬਣੇ ਬਲਾਕ [[ADDRESS:Orchid Point]] ਦੇ ਹੇਠਲੇ ਫ਼ਲੈਟ, [[ADDRESS:ਫ਼ਲੈਟ 3]],
[[POSTCODE:SL1 2XE]] ਵਿੱਚ ਇਕੱਲੀ ਰਹਿੰਦੀ ਹਾਂ। ਮਾਲਕ [[ORGANISATION:Thames Crescent
Housing]] ਹੈ।

ਪਿਛਲੀ ਪਤਝੜ ਵਿੱਚ ਦੋ ਮੁਸੀਬਤਾਂ ਇਕੱਠੀਆਂ ਆਈਆਂ। ਬਲਾਕ ਦਾ ਆਟੋਮੈਟਿਕ ਦਰਵਾਜ਼ਾ ਪੰਜ ਹਫ਼ਤੇ ਖ਼ਰਾਬ
ਰਿਹਾ, ਅਤੇ ਮੈਂ ਭਾਰੀ ਦਰਵਾਜ਼ਾ ਆਪ ਨਹੀਂ ਖੋਲ੍ਹ ਸਕਦੀ। ਕਈ ਵਾਰ ਮੈਂ ਮੀਂਹ ਵਿੱਚ ਬਾਹਰ ਬੈਠੀ ਰਹੀ
ਜਦੋਂ ਤੱਕ ਕੋਈ ਨਾ ਆਇਆ। [[ORGANISATION:DoorSafe Automation]] ਵਾਲੇ ਆਉਂਦੇ, ਵੇਖਦੇ ਅਤੇ
ਚਲੇ ਜਾਂਦੇ। ਦੂਜਾ, [[ADDRESS:ਫ਼ਲੈਟ 7]] ਵਾਲਾ ਗੁਆਂਢੀ ਰੋਜ਼ ਮੇਰੀ ਬਲੂ ਬੈਜ ਵਾਲੀ ਥਾਂ ਉੱਤੇ
ਆਪਣੀ ਵੈਨ ਖੜ੍ਹੀ ਕਰਦਾ ਸੀ। ਮੇਰੀ ਕਾਰ [[OTHER_ID:LR22 WKT]] ਦੂਰ ਖੜ੍ਹੀ ਕਰਨੀ ਪੈਂਦੀ ਅਤੇ ਉੱਥੇ
ਕੁਰਸੀ ਕੱਢਣ ਦੀ ਥਾਂ ਨਹੀਂ ਸੀ।

ਮੈਂ ਆਪਣੇ ਇੰਸਟਾਗ੍ਰਾਮ [[OTHER_ID:@jas.on.wheels]] ਉੱਤੇ ਫ਼ੋਟੋਆਂ ਪਾਈਆਂ ਅਤੇ ਸਮਾਜ-ਵਿਰੋਧੀ
ਵਿਹਾਰ ਦੀ ਰਿਪੋਰਟ ਕੀਤੀ, ਕੇਸ ਨੰਬਰ [[REFERENCE:ASB-24-0192]]। ਮੇਰਾ ਨੰਬਰ [[PHONE:+44
(0)7700 900382]] ਹੈ, ਪਰ ਪਹਿਲਾਂ ਕਿਸੇ ਨੇ ਵਾਪਸ ਫ਼ੋਨ ਨਹੀਂ ਕੀਤਾ।

ਫਿਰ ਨੇਬਰਹੁੱਡ ਅਫ਼ਸਰ [[PERSON:ਕੇਵਿਨ ਓ'ਨੀਲ]] ਨੇ ਕੇਸ ਲਿਆ। ਗੁਆਂਢੀ ਨੂੰ ਲਿਖਤੀ ਚੇਤਾਵਨੀ ਮਿਲੀ,
ਮੇਰੀ ਥਾਂ ਉੱਤੇ ਮੇਰੇ ਫ਼ਲੈਟ ਦਾ ਨੰਬਰ ਲਿਖਿਆ ਗਿਆ, ਦਰਵਾਜ਼ਾ ਠੀਕ ਹੋਇਆ ਅਤੇ £੩੦੦ ਮਿਲੇ।

ਉਨ੍ਹਾਂ ਨੇ ਮੰਨਿਆ ਕਿ ਅਪਾਹਜ ਵਸਨੀਕ ਲਈ ਖ਼ਰਾਬ ਦਰਵਾਜ਼ਾ ਐਮਰਜੈਂਸੀ ਹੈ। ਹੁਣ ਠੇਕੇ ਵਿੱਚ ੪੮ ਘੰਟਿਆਂ
ਵਿੱਚ ਮੁਰੰਮਤ ਲਿਖੀ ਹੈ, ਅਤੇ ਪਾਰਕਿੰਗ ਦੀਆਂ ਸ਼ਿਕਾਇਤਾਂ ਨੂੰ ਵੀ ਗੰਭੀਰਤਾ ਨਾਲ ਲਿਆ ਜਾਂਦਾ ਹੈ।
"""),
    ),
    (
        "fv2ah-pl-01",
        "pl",
        _s("""
Piszę w imieniu mojej mamy, pani [[PERSON:Haliny Nowak]]. Mama ma [[AGE:83 lata]],
urodziła się [[DATE_OF_BIRTH:7 października 1940 r.]] pod Lublinem, a ja jestem jej
córką, [[PERSON:Magdalena Wróbel]], dla rodziny po prostu [[PERSON:Madzia]]. Mama
mieszkała sama w [[ADDRESS:mieszkaniu 9, 14 Elm Grove]], Nottingham
[[POSTCODE:NG7 5HB]], na drugim piętrze bloku bez windy, wynajmowanym od
[[ORGANISATION:Trentside Homes]].

W lutym mama przeszła [[HEALTH:udar]] i został jej [[HEALTH:niedowład lewostronny]].
W szpitalu Queen's Medical Centre trzymano ją siedem tygodni, choć po trzech lekarze
uznali, że może wyjść. Nie mogła, bo nie wejdzie po schodach. Terapeutka zajęciowa,
[[PERSON:Rachel Hughes]], wysłała do landlorda pilny wniosek o lokal na parterze albo w
budynku typu extra care. Przez miesiąc nikt nie odpowiedział. Mama płakała, że nie
może pójść na niedzielną mszę do [[ADDRESS:parafii Matki Bożej Częstochowskiej]].

Dzwoniłam pod [[PHONE:0115 496 0832]] prawie codziennie i za każdym razem podawałam
numer NHS mamy, [[OTHER_ID:629 114 8307]]. W końcu złożyłam skargę z adresu
[[EMAIL:magda.wrobel@example.com]], numer [[REFERENCE:TH-COMP-40552]].

Odpowiedź na pierwszym etapie: brak wolnych lokali. Na drugim etapie rozmawiałam z
[[PERSON:Davidem Okaforem]], kierownikiem przydziałów, który przyznał, że wniosek
[[PERSON:Rachel]] trafił na zwykłą listę zamiast na listę wypisów ze szpitala. W ciągu
dwóch tygodni mama dostała [[ADDRESS:mieszkanie nr 4]] w [[ADDRESS:Meadowbank House]],
z łazienką bez brodzika i przyciskiem alarmowym. Opiekunka budynku, pani
[[PERSON:Sue]], przywitała ją kwiatami. Dostałyśmy też 600 funtów rekompensaty.

[[ORGANISATION:Trentside]] wyciągnął wnioski: wnioski od terapeutów szpitalnych mają teraz osobną
ścieżkę i odpowiedź w ciągu pięciu dni roboczych, a rodzina dostaje nazwisko jednej
osoby prowadzącej sprawę. Mama znowu chodzi z balkonikiem na mszę, a ksiądz mówi, że
wróciła mu najwierniejsza parafianka.
"""),
    ),
    (
        "fv2ah-pl-02",
        "pl",
        _s("""
Nazywam się [[PERSON:Tomasz Zieliński]]. Mamy z żoną [[PERSON:Ewą]] syna
[[PERSON:Jakuba]], urodzonego [[DATE_OF_BIRTH:02.09.2011]]. Wszyscy mówią na niego
[[PERSON:Kuba]]. [[PERSON:Kuba]] ma [[HEALTH:dystrofię mięśniową Duchenne'a]], od
sześciu lat jeździ na wózku elektrycznym i chodzi do [[ADDRESS:Oakfield Academy]].
Mieszkamy w domu [[ORGANISATION:Severn Gate Housing]] pod adresem [[ADDRESS:23 Stanley
Crescent]], Bristol, [[POSTCODE:BS5 6JQ]].

Kilka lat temu zamontowano nam windę przez strop i podnośnik sufitowy w pokoju
[[PERSON:Kuby]]. W październiku winda stanęła między piętrami. Firma serwisowa,
[[ORGANISATION:Lift & Care Solutions]], przyjechała po czterech dniach i stwierdziła,
że brakuje części. Przez osiem tygodni [[PERSON:Kuba]] spał na kanapie w salonie, a myć
go mogliśmy tylko gąbką, bo łazienka jest na górze. W szkole zauważyli, że jest
zmęczony i smutny.

Terapeutka zajęciowa, [[PERSON:Fatimah Ali]], napisała do landlorda, że to zagraża
zdrowiu dziecka. Ja dzwoniłem pod [[PHONE:0117 496 0258]] i pisałem z
[[EMAIL:t.zielinski@example.net]]. Numer zgłoszenia naprawy:
[[REFERENCE:SGH-R-993127]], numer skargi: [[REFERENCE:SGH-C-2210]].

Na pierwszym etapie odpisali, że „czekamy na dostawcę”. Dopiero na drugim etapie
przyszła do nas pani [[PERSON:Claire Donovan]] z działu adaptacji, zobaczyła
[[PERSON:Kubę]] na kanapie i tego samego dnia zamówiła tymczasowy podnośnik przenośny i
łóżko rehabilitacyjne na parter. Windę naprawiono po dwóch tygodniach, a my dostaliśmy
900 funtów.

Landlord przyznał, że nie miał umowy gwarantującej części zamienne do starszych wind.
Teraz każda adaptacja ma plan awaryjny, a rodziny z dzieckiem niepełnosprawnym dostają
telefon od kierownika w ciągu 48 godzin. [[PERSON:Kubie]] najbardziej brakowało
własnego pokoju i plakatów z Bristol Rovers; już do nich wrócił.
"""),
    ),
    (
        "fv2ah-pl-03",
        "pl",
        _s("""
Jestem [[PERSON:Zbigniew Kowalczyk]], koledzy z klubu seniora mówią na mnie
[[PERSON:Zbyszek]]. Mam [[AGE:79 lat]] i [[HEALTH:POChP]], w nocy używam koncentratora
tlenu. Od 2015 roku mieszkam w [[ADDRESS:Hawthorn Lodge]], budynku dla seniorów w
Swindon, [[ADDRESS:mieszkanie 15]], kod [[POSTCODE:SN2 1QE]]. Trafić łatwo: zaraz za
pubem [[ADDRESS:Red Lion]]. Właścicielem jest [[ORGANISATION:Wyvern Housing Group]].

Zeszłej jesieni zaczął przeciekać dach nad moją sypialnią. Na suficie pojawiła się
czarna pleśń, a ja kaszlałem coraz gorzej. Lekarka z [[ADDRESS:Lime Tree Surgery]]
napisała, że wilgoć pogarsza moją chorobę, i dwa razy trafiłem do szpitala w Swindon z
[[HEALTH:zapaleniem oskrzeli]]. Z panią [[PERSON:Brendą]], opiekunką budynku,
zgłaszaliśmy przeciek sześć razy. Firma [[ORGANISATION:Kestrel Roofing]] przychodziła,
kładła plandekę i znikała.

Wnuczka pomogła mi napisać skargę (numer [[REFERENCE:WHG/CX/6618]]). Biuro chciało mój
numer ubezpieczenia, [[NI_NUMBER:QQ 30 72 19 A]], i telefon, więc podyktowałem powoli:
[[PHONE:zero siedem siedem zero zero, dziewięćset, sto dwadzieścia trzy]].

Pierwsza odpowiedź: „naprawa zaplanowana”. Na drugim etapie przyjechał pan
[[PERSON:Graham Tully]], kierownik napraw, wszedł na strych z [[PERSON:Brendą]] i
zobaczył, że połowa dachówek jest pęknięta. W ciągu miesiąca wymieniono cały dach nad
skrzydłem budynku, w sypialni zrobiono osuszanie i nowy sufit, a mnie na ten czas
przeniesiono do pustego mieszkania na parterze. Dostałem 550 funtów.

[[ORGANISATION:Wyvern]] napisał, że wyciągnął wnioski: trzecie zgłoszenie tego samego przecieku oznacza
teraz automatycznie wizytę inspektora, a w budynkach dla seniorów pleśń traktuje się
jako sprawę pilną. Pani [[PERSON:Brenda]] mówi, że od tego czasu dzwonią do niej
szybciej.
"""),
    ),
    (
        "fv2ah-pl-04",
        "pl",
        _s("""
Mam na imię [[PERSON:Agnieszka]], w pracy wszyscy wołają mnie [[PERSON:Aga]]. Od
czterech lat jestem opiekunką w [[ORGANISATION:Kindly Hands Care]] w Ipswich. Chcę
opisać sprawę jednego z moich podopiecznych, pana [[PERSON:Arthura Bennetta]], bo
pokazuje, że skargę może zacząć także ktoś z zewnątrz.

Pan [[PERSON:Arthur]] ma [[AGE:91 lat]] (urodził się [[DATE_OF_BIRTH:30/01/1933]]),
[[HEALTH:niewydolność serca]] i [[HEALTH:zwyrodnienie plamki żółtej]], więc prawie nie
widzi. Mieszka sam w domu [[ORGANISATION:Orwell Coast Homes]] pod numerem
[[ADDRESS:5 Orchard Row]], [[POSTCODE:IP4 2LW]]. W marcu zepsuł się jego schodołaz.
Przez pięć tygodni spał w fotelu na dole, bo nie chciał „robić kłopotu”. Nogi mu
spuchły, a pielęgniarka środowiskowa bała się [[HEALTH:zakrzepicy]].

Zgłaszałam awarię trzy razy, ale landlord odpowiadał, że rozmawia tylko z najemcą.
Pan [[PERSON:Arthur]] źle słyszy przez telefon i w końcu się poddał. Porozmawiałam z
moją kierowniczką [[PERSON:Joanne]] i z siostrzenicą pana [[PERSON:Arthura]],
[[PERSON:Sandrą Mills]]. [[PERSON:Sandra]] dała pisemną zgodę, żebym mogła działać w jego imieniu.
Wysłałam skargę z [[EMAIL:agnieszka.lis@example.org]], a numer naszego biura,
[[PHONE:01632 960 771]], podałam jako kontaktowy. Numer skargi:
[[REFERENCE:OCH-2291-B]].

Na drugim etapie zadzwonił do mnie pan [[PERSON:Rob Fenwick]] z zespołu adaptacji i
przeprosił. Nowy schodołaz zamontowano w tydzień, a pan [[PERSON:Arthur]] dostał 350
funtów i list z przeprosinami wydrukowany dużą czcionką.

Landlord zmienił zasady: zgłoszenia od opiekunów, pielęgniarek i rodziny przyjmuje się
teraz zawsze, a zgoda najemcy jest potrzebna dopiero do szczegółów sprawy. Pan
[[PERSON:Arthur]] znowu śpi na górze i mówi, że jestem jego „polską wnuczką”.
"""),
    ),
    (
        "fv2ah-pl-05",
        "pl",
        _s("""
Nazywam się [[PERSON:Bożena Kaczmarek]]. Mój mąż [[PERSON:Marek]] ma [[AGE:61 lat]] i od
dwudziestu lat choruje na [[HEALTH:cukrzycę typu 2]]. W zeszłym roku, po infekcji stopy,
amputowano mu prawą nogę poniżej kolana. Mieszkamy w Cardiff, w domu szeregowym
[[ORGANISATION:Pennant Housing]] przy [[ADDRESS:71 Clive Street]], [[POSTCODE:CF11
7JD]], niedaleko polskiego sklepu [[ADDRESS:Smaki Mazur]], gdzie wszyscy nas znają.

Szpital w Llandough był gotowy wypisać [[PERSON:Marka]] po sześciu tygodniach, ale do
domu prowadzą cztery schody, a drzwi łazienki mają 60 centymetrów. Terapeuta,
[[PERSON:Owain Jenkins]], zalecił rampę, szersze drzwi i prysznic bez progu albo
przeprowadzkę. Landlord przez dwa miesiące „oceniał wniosek”. [[PERSON:Marek]] w tym
czasie leżał na oddziale i wpadł w [[HEALTH:depresję]].

Napisałam skargę, numer [[REFERENCE:PH/CMP/5540]], i dzwoniłam pod
[[PHONE:029 2018 0375]]. Przy wniosku o zamianę mieszkania kazali pokazać paszport męża,
numer [[OTHER_ID:EK4471932]], i dokumenty jego samochodu z programu Motability,
rejestracja [[OTHER_ID:CF19 MKW]], żeby potwierdzić, że potrzebuje miejsca parkingowego
przy drzwiach.

Na drugim etapie sprawą zajęła się pani [[PERSON:Lowri Price]], która przyznała, że
wniosek utknął, bo pod nieobecność kierownika nikt nie odpowiadał za adaptacje. W ciągu
trzech tygodni zaproponowano nam parterowy dom przy [[ADDRESS:9 Nora Street]], dwie
ulice od starego, z rampą i łazienką dla wózka. [[PERSON:Marek]] wrócił ze szpitala
prosto tam. Dostaliśmy 700 funtów i pomoc przy przeprowadzce.

[[ORGANISATION:Pennant]] odpisał, że każdy wniosek o adaptację przy wypisie ze szpitala
ma teraz zastępcę, gdy prowadzący sprawę jest na urlopie, a rodzina co tydzień dostaje
informację, co się dzieje. Innym mówię: piszcie skargę od razu, nie czekajcie tak
długo jak ja.
"""),
    ),
    (
        "fv2ah-ro-01",
        "ro",
        _s("""
Mă numesc [[PERSON:Ioana Marinescu]] și scriu în numele mamei mele, doamna
[[PERSON:Elena Popescu]], care are [[AGE:74 de ani]] și vorbește doar românește. Mama
locuiește într-un apartament cu două niveluri, [[ADDRESS:flat 6, 31 Carlyon Road]],
Wembley, [[POSTCODE:HA0 1HS]], închiriat de la [[ORGANISATION:Northolt Vale Housing]].
Merge în fiecare duminică la [[ADDRESS:Biserica Ortodoxă Română Sfântul Ioan
Botezătorul]], la două străzi de casă.

În ianuarie mama a făcut un [[HEALTH:AVC]] și a rămas cu mâna dreaptă slăbită și cu
[[HEALTH:afazie]]. La spitalul Northwick Park, terapeuta ocupațională
[[PERSON:Fiona Grant]] a spus că o poate trimite acasă doar dacă are bare de sprijin la
baie, un pat la parter și o cutie pentru chei pentru îngrijitoarele de la
[[ORGANISATION:Sunrise Homecare]]. Landlordul a răspuns că „nu se montează nimic pe
pereți fără inspecție”, iar inspecția s-a programat peste șase săptămâni. Mama a stat
tot timpul ăsta în spital, fără să înțeleagă ce i se spune, pentru că nimeni nu i-a
adus un interpret.

Am sunat la [[PHONE:020 7946 0584]] și am trimis o reclamație de pe
[[EMAIL:ioana.marinescu@example.com]], cu numărul [[REFERENCE:NVH-CMP-77106]]. Le-am dat
și data nașterii mamei, [[DATE_OF_BIRTH:19.04.1950]], și numărul ei NHS,
[[OTHER_ID:734 902 1168]], ca să găsească dosarul de la spital.

La etapa a doua m-a sunat [[PERSON:Sanjay Mehta]], managerul echipei de reparații. A
recunoscut că o cerere de externare nu trebuia pusă la coadă cu reparațiile obișnuite.
În trei zile au venit meseriașii de la [[ORGANISATION:QuickFix Property Care]], au
montat barele și cutia pentru chei, iar patul a fost adus în sufragerie. Mama a ajuns
acasă în aceeași săptămână. Am primit 400 de lire despăgubire.

Lecția lor: cererile de la terapeuții din spital au acum termen de cinci zile, iar
pentru chiriașii care nu vorbesc engleza se cere automat interpret. Mama mi-a zis, cu
greu, dar clar: „Acasă e mai bine.”
"""),
    ),
    (
        "fv2ah-ro-02",
        "ro",
        _s("""
Sunt [[PERSON:Gheorghe Stan]], dar toată lumea îmi zice [[PERSON:Ghiță]]. Am [[AGE:69 de
ani]], [[HEALTH:emfizem pulmonar]] și stau legat de oxigen aproape toată ziua. Locuiesc
cu soția mea, [[PERSON:Maria]], în [[ADDRESS:Primrose Court]], un bloc pentru vârstnici
din Luton, la [[ADDRESS:apartamentul 22]], cod [[POSTCODE:LU2 0PN]]. Blocul e al lui
[[ORGANISATION:Chiltern Edge Homes]].

Anul trecut au apărut gândaci. Veneau din ghena de gunoi, prin bucătărie, și noaptea
îi vedeam pe pereți lângă aparatul de oxigen. [[PERSON:Maria]] are [[HEALTH:astm alergic]] și a început
să tușească și ea. Administratorul blocului, domnul [[PERSON:Patrick
Dunne]], a chemat de patru ori firma [[ORGANISATION:PestAway Services]], care dădea cu
spray doar în apartamentele noastre, nu și în ghenă.

Nepotul nostru, [[PERSON:Andrei]], a filmat gândacii și a pus clipul pe TikTok, pe
contul lui [[OTHER_ID:@andrei.stan.uk]]. Ne-a ajutat și să facem reclamația, cu numărul
[[REFERENCE:CEH-44876]]. Am dat numărul meu de asigurare, [[NI_NUMBER:QQ 84 66 20
C]], pentru că ne ceruseră să verifice taxa de serviciu, și telefonul
[[PHONE:01632 960 529]].

La prima etapă ne-au scris că „problema este rezolvată”. Nu era. La a doua etapă a
venit doamna [[PERSON:Yvonne Campbell]], managera de zonă, cu un inspector. Au găsit că
ghena nu fusese curățată de ani de zile și că în pereții din spatele bucătăriilor erau
găuri pe unde treceau țevile. Au închis găurile, au curățat și dezinfectat ghena, au
tratat tot blocul, nu doar trei apartamente, și ne-au dat câte 250 de lire fiecărei
familii afectate.

Au învățat că dăunătorii se tratează la nivel de bloc, nu de apartament, mai ales unde
stau oameni bolnavi. Acum domnul [[PERSON:Patrick]] are un program de verificare la
fiecare trei luni, iar [[PERSON:Mariei]] i-a trecut tusea.
"""),
    ),
    (
        "fv2ah-ro-03",
        "ro",
        _s("""
Mă numesc [[PERSON:Florentina Lăcătuș]]. Sunt [[OTHER_SPECIAL:romă]], am venit din
Craiova acum nouă ani și am patru copii. Al doilea, [[PERSON:Denis]], are [[AGE:10
ani]] și s-a născut cu [[HEALTH:paralizie cerebrală]]; noi îi zicem [[PERSON:Denisuț]].
Merge la [[ADDRESS:Hollybrook Academy]], cu microbuzul școlii, în scaun cu rotile.

Până anul trecut stăteam șase oameni într-un apartament cu două camere, la
[[ADDRESS:42 Robey Street]], Sheffield, [[POSTCODE:S4 8JG]], de la
[[ORGANISATION:Steel City Homes]]. Pereții din dormitorul copiilor erau negri de
mucegai. [[PERSON:Denis]] a avut anul trecut patru [[HEALTH:infecții respiratorii]] și
a fost internat de două ori. Scaunul lui nu intra pe ușa băii, așa că soțul meu,
[[PERSON:Costel]], îl căra în brațe.

Când am sunat prima dată, un ofițer de locuințe mi-a spus la telefon: „voi, romii,
aveți mereu prea mulți copii, de aia e igrasie”. Am plâns o zi întreagă. Apoi am făcut
reclamație, cu numărul [[REFERENCE:SCH/DM/2024/0311]], și pentru mucegai, și pentru ce
mi s-a spus. Am scris de pe [[EMAIL:florentina.l@example.net]], iar telefonul meu e
[[PHONE:0114 496 0117]]. Medicul de familie de la [[ADDRESS:Burngreave Surgery]] a
trimis o scrisoare despre plămânii lui [[PERSON:Denis]].

La prima etapă mi-au cerut scuze pentru vorbele ofițerului și au trimis o echipă să
trateze mucegaiul. La a doua etapă, noua mea ofițeră, [[PERSON:Hannah Boyle]], a dus
dosarul medical la comisia de repartizare. În martie ne-am mutat într-o casă cu patru
camere, adaptată, la [[ADDRESS:15 Wensley Close]], cu ușă largă și duș la nivelul
podelei. Am primit 1.000 de lire.

Ei au scris că toți angajații au făcut de atunci un curs despre discriminare și că o
reclamație de mucegai într-o casă cu un copil bolnav merge direct la un inspector.
[[PERSON:Denisuț]] are acum camera lui și doarme toată noaptea.
"""),
    ),
    (
        "fv2ah-ro-04",
        "ro",
        _s("""
Mă numesc [[PERSON:Rodica Ionescu]], am [[AGE:71 de ani]] și îl îngrijesc pe soțul meu,
[[PERSON:Vasile Ionescu]], născut pe [[DATE_OF_BIRTH:doisprezece mai o mie nouă sute
patruzeci și nouă]]. [[PERSON:Vasile]] are [[HEALTH:cancer de prostată]] cu metastaze și
e în îngrijire paliativă acasă, într-un pat medical cu saltea cu aer. Locuim în
[[ADDRESS:Cranbrook House]], în Leeds, la [[ADDRESS:apartamentul 10]], la etajul
unu. Proprietarul e [[ORGANISATION:Kirkgate Housing]].

Într-o sâmbătă seara din noiembrie a început să curgă apă din tavan, chiar deasupra
patului lui [[PERSON:Vasile]]. Venea din [[ADDRESS:apartamentul 14]], de deasupra, unde
se spărsese o țeavă. Am sunat la linia de urgență [[PHONE:0113 496 0926]] și mi s-a spus
că „nu e urgență, nu e inundație”. Nu-l puteam muta singură. Asistenta de noapte,
[[PERSON:Bernadette]], a stat cu mine până la trei dimineața și am mutat patul cu
prosoape și găleți.

Firma [[ORGANISATION:Yorkshire Flow Plumbing]] a venit abia luni. Tavanul s-a umflat și
a căzut o bucată de tencuială lângă pat. Fiica noastră, [[PERSON:Alina]], a trimis
reclamația de pe [[EMAIL:alina.ionescu.leeds@example.com]], numărul
[[REFERENCE:KH-OOH-31407]]. A pus și numărul NHS al tatălui ei,
[[OTHER_ID:562 019 4473]], ca să poată vorbi cu echipa de îngrijire.

Răspunsul a venit în zece zile, la prima etapă. Managerul [[PERSON:Stuart Ellis]] și-a
cerut scuze personal, a recunoscut că serviciul de noapte nu știa că în apartament e un
bolnav la pat cu aparatură electrică. Au uscat camera, au refăcut tavanul și au
instalat un detector de apă. Am primit 500 de lire.

Lecția lor: acum fiecare locuință unde stă cineva cu aparatură medicală sau în îngrijire
paliativă are un semn în sistem, și orice scurgere acolo e urgență în patru ore.
[[PERSON:Vasile]] e încă acasă, într-o cameră uscată, cu mine lângă el.
"""),
    ),
    (
        "fv2ah-ro-05",
        "ro",
        _s("""
Sunt [[PERSON:Cristina Bălan]] și locuiesc la [[ADDRESS:Alder Way nr. 10]], Coventry,
[[POSTCODE:cv25ft]]. Scriu despre vecina mea de la [[ADDRESS:numărul 12]], doamna
[[PERSON:Winifred Hall]], pe care toată strada o știe drept [[PERSON:Winnie]]. Are
[[AGE:88 de ani]], e [[OTHER_SPECIAL:irlandeză]] și merge în fiecare duminică la
[[ADDRESS:St Patrick's Church]], chiar în capătul străzii. Îmi dă voie să-i povestesc
întâmplarea.

În septembrie, [[PERSON:Winnie]] a căzut în grădină și și-a rupt șoldul ([[HEALTH:fractură
de șold]]). Are și [[HEALTH:demență ușoară]]. După operație, la spitalul University
Hospital, terapeuta ocupațională [[PERSON:Aisha Rahman]] a cerut ca în casă să se
monteze bare, o cutie pentru chei și să se repare încălzirea, care nu mai mergea de o
lună. [[ORGANISATION:Mercia Homes]] a răspuns că nu discută cu vecinii, doar cu
chiriașa, care era în spital.

Am obținut o scrisoare de împuternicire semnată de [[PERSON:Winnie]] și am depus
reclamația de pe [[EMAIL:cristina.balan@example.org]], cu numărul
[[REFERENCE:MH-2024-C-0615]]; telefonul meu e [[PHONE:07700 900 871]]. Am trecut și
numărul ei NHS, [[OTHER_ID:450 381 7726]], și numele medicului ei de la
[[ADDRESS:Northgate Medical Practice]]. [[PERSON:Winnie]] a stat în spital cinci
săptămâni în plus.

La a doua etapă, doamna [[PERSON:Gillian Ward]] de la [[ORGANISATION:Mercia]] a venit la spital, a
vorbit cu [[PERSON:Winnie]] și cu mine și i-a oferit un apartament într-o clădire extra
care, [[ADDRESS:Cedar Gardens]], [[ADDRESS:apartamentul 3]], cu îngrijitoare de la
[[ORGANISATION:HomeFirst Care]] în clădire și cu o supraveghetoare, [[PERSON:Denise]].
A primit și 350 de lire.

Ce au învățat: acum acceptă împuterniciri de la vecini sau prieteni, și au un om de
legătură pentru externările din spital. [[PERSON:Winnie]] mă sună în fiecare seară, de
la noul ei telefon, să-mi spună ce a mâncat la cantină.
"""),
    ),
    (
        "fv2ah-ur-01",
        "ur",
        _s("""
میرا نام [[PERSON:عمران اسلم]] ہے۔ یہ کہانی میرے ابو جی، [[PERSON:محمد اسلم]]
([[PERSON:Muhammad Aslam]]) کی ہے، جن کی تاریخِ پیدائش [[DATE_OF_BIRTH:۱۵ مارچ ۱۹۴۴]]
ہے اور عمر [[AGE:۸۰ سال]]۔ انہیں آٹھ سال سے [[HEALTH:پارکنسن]] ہے۔ وہ بریڈفورڈ میں
[[ADDRESS:17 Whetley Lane]]، [[POSTCODE:BD8 9EP]] میں [[ORGANISATION:Aire & Wharfe
Homes]] کے گھر میں رہتے ہیں، [[ADDRESS:جامع مسجد بلال]] سے بس تین گھر آگے، جہاں وہ
پچاس سال سے نماز پڑھتے آئے ہیں۔

ڈیڑھ سال پہلے او ٹی [[PERSON:کیٹی مارش]] نے لکھا تھا کہ ابو جی کے لیے باتھ ٹب نکال
کر واک اِن شاور لگایا جائے۔ ہم انتظار کی فہرست میں پڑے رہے۔ پچھلے رمضان میں ابو جی
وضو کے بعد ٹب سے نکلتے ہوئے گر گئے اور ان کے [[HEALTH:کولہے کی ہڈی میں دراڑ]] آ گئی۔
ہسپتال میں دو ہفتے رہے، اور ڈاکٹروں نے کہا کہ ایسے باتھ روم والے گھر میں واپس بھیجنا
خطرناک ہے۔

میں نے [[PHONE:01632 960 305]] پر بار بار فون کیا اور [[EMAIL:imran.aslam@example.com]]
سے تحریری شکایت بھیجی، حوالہ نمبر [[REFERENCE:AWH-CMP-19042]]۔ ہر کال پر ابو جی کا
این ایچ ایس نمبر [[OTHER_ID:۳۸۹ ۷۱۲ ۴۰۵۶]] دوبارہ بتانا پڑتا تھا۔
[[ADDRESS:Lilycroft Road Surgery]] کے ڈاکٹر [[PERSON:نوید]] نے بھی خط لکھا۔

پہلے مرحلے میں جواب آیا کہ فہرست لمبی ہے۔ دوسرے مرحلے میں اڈیپٹیشن مینیجر
[[PERSON:ریچل فاکس]] گھر آئیں، ابو جی سے ملیں اور مان گئیں کہ گرنے کے بعد کیس کو فوری
درجے میں جانا چاہیے تھا۔ دس دن میں [[ORGANISATION:Pennine Adaptations]] نے شاور،
فولڈنگ سیٹ اور ہینڈ ریل لگا دیے، اور ہمیں ۶۰۰ پاؤنڈ ہرجانہ ملا۔

انہوں نے سیکھا کہ انتظار کے دوران بھی عارضی انتظام، جیسے باتھ بورڈ اور ہینڈ ریل، فوراً
دیا جائے، اور کسی کے گرنے کی خبر آئے تو کیس خود بخود اوپر چلا جائے۔ اب ابو جی آرام سے
وضو کر کے مسجد جاتے ہیں۔
"""),
    ),
    (
        "fv2ah-ur-02",
        "ur",
        _s("""
میں [[PERSON:شازیہ طارق]] ہوں۔ میرے شوہر [[PERSON:طارق محمود]] کی عمر [[AGE:۵۶ سال]] ہے
اور انہیں [[HEALTH:گردوں کی ناکامی]] ہے۔ ہسپتال والوں نے تجویز کیا کہ وہ گھر پر ڈائیلاسز
کریں تاکہ ہفتے میں تین بار مانچسٹر رائل انفرمری نہ جانا پڑے۔ ہم
[[ORGANISATION:Mancunian Way Housing]] کے گھر، [[ADDRESS:9 Stovell Avenue]]،
[[POSTCODE:M12 5QL]] میں رہتے ہیں۔ ہماری بیٹی [[PERSON:عائشہ]]، [[AGE:بارہ سال]] کی،
قریب ہی [[ADDRESS:Crossacres High School]] میں پڑھتی ہے۔

مشین کے لیے الگ پانی کی لائن اور بجلی کا ساکٹ چاہیے تھا۔ گردوں کی نرس [[PERSON:جولی
ایونز]] نے مارچ میں فارم بھیجا، مگر لینڈلارڈ کی اجازت چار مہینے تک نہیں آئی۔ اس دوران
[[PERSON:طارق]] صاحب کو ہر دوسرے دن گاڑی میں ہسپتال لے جانا پڑتا۔ ہماری موٹیبیلٹی گاڑی
[[OTHER_ID:MA20 ZRT]] کا پیٹرول اور پارکنگ ہمارے بس سے باہر ہو گئی، اور ایک بار وہ
راستے میں بے ہوش ہو گئے۔

میں نے [[PHONE:0161 496 0457]] پر کئی بار فون کیا اور [[EMAIL:shazia.tariq@example.com]]
سے شکایت بھیجی، نمبر [[REFERENCE:MWH/2024/C/0877]]۔ ہمارے محلے کی کونسلر
[[PERSON:نصرت بٹ]] نے بھی ای میل کی۔

پہلے مرحلے میں کہا گیا کہ فارم "غلط ٹیم کو" گیا تھا۔ دوسرے مرحلے میں پراپرٹی مینیجر
[[PERSON:کونر ہیلی]] نے معافی مانگی، اسی ہفتے [[ORGANISATION:Brightspark Electrical]]
اور پلمبر کو بھیجا، اور دو ہفتوں میں مشین لگ گئی۔ ہمیں ۷۰۰ پاؤنڈ ملے، جن میں پیٹرول کا
خرچ بھی شامل تھا۔

انہوں نے لکھا کہ اب صحت کے آلات کے لیے آنے والی ہر درخواست ایک ہی ٹیم دیکھے گی اور دس
دن میں فیصلہ ہوگا۔ [[PERSON:طارق]] اب رات کو گھر پر ڈائیلاسز کرتے ہیں، اور
[[PERSON:عائشہ]] صبح ان کے ساتھ ناشتہ کرتی ہے۔
"""),
    ),
    (
        "fv2ah-ur-03",
        "ur",
        _s("""
میں [[PERSON:جاوید اقبال]] ہوں اور برمنگھم کے علاقے اسپارک ہل میں
[[ADDRESS:44 Fairholme Road]]، [[POSTCODE:B11 4LD]] پر [[ORGANISATION:Cole Valley
Housing]] کے گھر میں رہتا ہوں۔ میری بیٹی [[PERSON:مریم]] ([[PERSON:Maryam]])
[[AGE:۱۴ سال]] کی ہے۔ اسے [[HEALTH:ریٹ سنڈروم]] اور [[HEALTH:مرگی]] ہے، وہ نہ چل
سکتی ہے نہ بول سکتی ہے، اور [[ADDRESS:Cotteridge Park School]] جاتی ہے۔

او ٹی [[PERSON:ڈیبی کارٹر]] نے چار سال پہلے کہا تھا کہ نیچے ایک کمرہ اور باتھ روم بنایا
جائے۔ کونسل نے ڈس ایبلڈ فیسلٹیز گرانٹ منظور کر دی، مگر لینڈلارڈ کی تحریری اجازت
چودہ مہینے تک نہیں آئی۔ [[PERSON:مریم]] بڑی ہوتی گئی اور ہم اسے اٹھا کر سیڑھیاں چڑھتے
رہے۔ میری بیوی [[PERSON:صائمہ]] کو [[HEALTH:سلپ ڈسک]] ہو گئی اور وہ چھ ہفتے بستر پر
رہیں۔

گرانٹ کے فارم کے لیے میرا نیشنل انشورنس نمبر [[NI_NUMBER:QQ 19 83 52 B]] بھی گیا، اور
میں نے شکایت [[REFERENCE:CVH-C-40918]] درج کرائی۔ ای میل میں نے فون پر یوں لکھوائی:
[[EMAIL:javed dot iqbal at example dot net]]، اور فون نمبر
[[PHONE:۰۱۲۱ ۴۹۶ ۰۷۱۲]] دیا۔ دونوں مرحلوں کے جواب میں بس یہ لکھا تھا کہ "قانونی ٹیم دیکھ
رہی ہے"۔

آخر میں ہاؤسنگ اومبڈزمین کے پاس گئے، کیس نمبر [[REFERENCE:202401883]]۔ اومبڈزمین نے
بدانتظامی کا فیصلہ دیا۔ اس کے بعد لینڈلارڈ کے ڈائریکٹر [[PERSON:مائیکل اوسے]] نے خود فون
کر کے معافی مانگی، اجازت ایک ہفتے میں آ گئی، اور اب نیچے [[PERSON:مریم]] کا کمرہ، چھت
والی لفٹ اور گیلا کمرہ بن چکا ہے۔ ہمیں ۱۵۰۰ پاؤنڈ ملے۔

لینڈلارڈ نے سیکھا کہ معذوری کے لیے تبدیلیوں کی اجازت کا جواب اٹھائیس دن میں دینا ہوگا،
اور ہر کیس کا ایک نام والا افسر ہوگا۔ [[PERSON:صائمہ]] کی کمر اب بہتر ہے۔
"""),
    ),
    (
        "fv2ah-ur-04",
        "ur",
        _s("""
میرا نام [[PERSON:رشیدہ پروین]] ہے، بلڈنگ میں سب مجھے [[PERSON:رشیدہ]] آپا کہتے ہیں۔ میری
تاریخِ پیدائش [[DATE_OF_BIRTH:چار جولائی انیس سو سینتالیس]] ہے۔ میں بیوہ ہوں، مجھے
[[HEALTH:دل کی بیماری]] اور [[HEALTH:دمہ]] ہے، اور میں والتھم اسٹو میں بزرگوں کی سکیم
[[ADDRESS:Rosewood House]] کے [[ADDRESS:فلیٹ ۷]] میں رہتی ہوں۔ یہ سکیم
[[ORGANISATION:Lea Bridge Housing Trust]] کی ہے۔

پچھلے سال بلڈنگ کا مین دروازہ خراب ہو گیا اور تالا لگنا بند ہو گیا۔ رات کو باہر کے لڑکے
سیڑھیوں میں سونے لگے، نشہ کرتے، اور صبح وہاں سوئیاں پڑی ملتیں۔ میں فجر کے لیے
[[ADDRESS:مسجد الہدیٰ]] جایا کرتی تھی، مگر ڈر کے مارے جانا چھوڑ دیا۔ وارڈن
[[PERSON:ٹریسی]] ([[PERSON:Tracey Hollis]]) ہفتے میں صرف دو دن آتی ہیں، انہوں نے بھی کئی بار
رپورٹ کی۔

میں نے [[PHONE:020 7946 0719]] پر فون کیا تو سماج دشمن رویے کا کیس نمبر
[[REFERENCE:LBHT-ASB-5530]] ملا، مگر کچھ نہیں ہوا۔ پھر میرے بیٹے [[PERSON:کامران]] نے
[[EMAIL:kamran.p@example.org]] سے باقاعدہ شکایت کی اور میرا نیشنل انشورنس نمبر
[[NI_NUMBER:QQ 72 40 18 D]] لکھا تاکہ سروس چارج کی رقم بھی چیک ہو، کیونکہ ہم سیکیورٹی
کے پیسے دے رہے تھے۔ [[AGE:۷۷ سال]] کی عمر میں اپنے ہی گھر میں قید ہونا بہت برا لگتا تھا۔

دوسرے مرحلے میں مینیجر [[PERSON:ڈینیئل کوفی]] سکیم میں آئے اور ہم سب رہائشیوں سے ملے۔
دو ہفتے میں نیا دروازہ، فوب سسٹم اور کیمرے لگ گئے، رات کو گشت شروع ہوا، اور ہر رہائشی کو
۲۵۰ پاؤنڈ اور تین مہینے کا سروس چارج واپس ملا۔

انہوں نے مانا کہ بزرگوں کی بلڈنگ میں خراب دروازہ عام مرمت نہیں، حفاظت کا معاملہ ہے۔ اب
میں پھر سے فجر کے لیے مسجد جاتی ہوں، اور [[PERSON:ٹریسی]] کہتی ہیں کہ میں ان کی سب سے
پہلی "گارڈ" ہوں۔
"""),
    ),
    (
        "fv2ah-ur-05",
        "ur",
        _s("""
میں [[PERSON:بلال حسین]] ہوں، اور یہ میری نانی [[PERSON:زبیدہ خانم]] کی بات ہے، جنہیں
خاندان میں سب پیار سے [[PERSON:زیبی]] کہتے ہیں۔ ان کی عمر [[AGE:۸۶ برس]] ہے، انہیں
[[HEALTH:ڈیمنشیا]] ہے اور پچھلی سردیوں میں [[HEALTH:نمونیا]] کی وجہ سے وہ چھ ہفتے رائل
اولڈہم ہسپتال میں رہیں۔ ان کا این ایچ ایس نمبر [[OTHER_ID:۹۲۰ ۴۶۱ ۳۳۸۷]] ہے۔

اس سے پہلے وہ ماموں کے ساتھ [[ADDRESS:58 Coppice Street]]، [[POSTCODE:OL8 1BD]] میں رہتی
تھیں، مگر ڈاکٹروں نے کہا کہ اب انہیں دن رات دیکھ بھال والی جگہ چاہیے۔
[[ORGANISATION:Pennine Vale Homes]] نے ایکسٹرا کیئر بلاک [[ADDRESS:Heather View]] میں
[[ADDRESS:فلیٹ نمبر 19]] دیا۔ مسئلہ یہ تھا کہ فلیٹ تیار ہی نہیں تھا: نہ فرش، نہ پردے،
نہ پل کارڈ الارم۔ ہسپتال نے نانی کو "عارضی طور پر" ایک کیئر ہوم بھیج دیا، جہاں وہ کسی کو
نہیں پہچانتی تھیں اور کھانا چھوڑ دیا۔

میں ہر روز اپنی گاڑی [[OTHER_ID:BD17 YHN]] میں ماموں کو لے کر جاتا۔ میں نے
[[PHONE:0161 496 0638]] پر فون کیے، [[EMAIL:bilal.hussain@example.net]] سے شکایت
بھیجی، حوالہ [[REFERENCE:PVH-VOID-2281]]، اور انسٹاگرام پر [[OTHER_ID:@bilal.films]] سے
ایک چھوٹی ویڈیو بھی ڈالی کہ ایک بیمار بزرگ خاتون خالی فلیٹ کا انتظار کر رہی ہیں۔

دوسرے مرحلے میں سکیم مینیجر [[PERSON:سٹیو ہارگریوز]] اور [[ORGANISATION:Caring Hearts
Rochdale]] کی کوآرڈینیٹر [[PERSON:پرویندر]] نے مل کر پانچ دن میں فلیٹ تیار کروایا۔
نانی گھر آ گئیں، اور ہمیں ۴۵۰ پاؤنڈ ملے۔

لینڈلارڈ نے مانا کہ خالی فلیٹ کی مرمت ایکسٹرا کیئر میں عام فلیٹوں کی طرح نہیں چل سکتی۔
اب ہسپتال سے آنے والے ہر رہائشی کا فلیٹ چابی دینے سے پہلے سکیم مینیجر خود چیک کرتا ہے۔
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
