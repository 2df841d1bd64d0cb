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
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
