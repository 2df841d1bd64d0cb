"""Fresh version-2 PII test stories, batch aa.

This writer gives an ordinary mix, the way a campaign comms team's inbox really
looks: each story comes from a different kind of person (a young mum, a retired
man, a landlord's complaints officer, a tenant rep, a teenager helping a parent,
a support worker, a councillor), of moderate length, some in the first person and
some in the third, with mixed capitalisation habits and punctuation. Details are
woven into ordinary sentences rather than listed; names appear in many grammatical
forms (possessives, Polish and Romanian case endings, honorifics such as sahib, ji,
bhai, apa, umm and abu), and some people are later called by a nickname after
first being named in full.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 7 December 2026 at first sight, on the detector as it landed after round 20
(commit e99dcd1, never changed for this batch; the writer saw neither it nor the other
batches): leak-free 80.0% of 35, recall 98.8%, precision 83.3%; leak-free by language
ar 2, bn 5, en 4, pa 3, pl 5, ro 5, ur 4 of 5.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2aa-en-01",
        "en",
        _s("""
hi my name's [[PERSON:Kayleigh Dunmore]], i'm [[AGE:23]] and i live at [[ADDRESS:14 Brackenfield Walk]] with my little
boy [[PERSON:Tyler-James]] who is [[AGE:2]] (3 in march!!). our landlord is [[ORGANISATION:Northgate Vale Homes]]. last
winter the mould in his room got so bad it was growing behind his cot and up the curtains, black all up the
corner. he ended up at the walk in centre twice with his chest and the nurse said it was [[HEALTH:bronchiolitis]]
and the damp wont be helping. i rang the repairs line loads and got a job number [[REFERENCE:NVH-R-558213]] but the
bloke who came just sprayed it and told me to open a window. its a ground floor flat right above
[[ADDRESS:Patel's Pharmacy]] on the parade so i can't exactly leave the windows open all night can i.

my health visitor [[PERSON:Joanne Pryce]] saw it when she came to weigh him and she was horrified. [[PERSON:Jo]] wrote
to them as well and helped me put in a proper complaint, ref [[REFERENCE:CMP/24/0917]], and the doctor at
[[ADDRESS:Coldwell Lane Surgery]] did a letter too. stage 1 they said it was condensation from drying washing
inside. i went to stage 2 and emailed all the photos to [[EMAIL:complaints@northgatevale.example.org]].

then a surveyor, Mr [[PERSON:Emeka Okonkwo]], came round and actually went up in the loft and found the
insulation had been pulled back by roofers years ago so the corner of the ceiling was freezing. they sorted the
loft, put an extractor fan in the bathroom and a new window in [[PERSON:Tyler]]'s room and paid me £450 for the
curtains and the cot mattress. Mr [[PERSON:Okonkwo]] even rang me after on [[PHONE:07700 900 418]] to check on us.

what they told me they learned was not to blame tenants for condensation before someone looks properly, and
that if there is a baby or a kid under 5 in the house it goes on a faster list now. he's sleeping through
finally. if your the same, complain, it does work x
"""),
    ),
    (
        "fv2aa-en-02",
        "en",
        _s("""
My name is [[PERSON:Desmond Fitzgerald]], though nobody has called me anything but [[PERSON:Des]] since I left Mayo in
1967. I was born on the [[DATE_OF_BIRTH:fourth of November 1946]], so I am no spring chicken, and I have
[[HEALTH:COPD]], which the cold gets into something terrible. I live on my own in [[ADDRESS:flat 31]] on the seventh
floor of [[ADDRESS:Kestrel House]], Leeds [[POSTCODE:ls9 6xq]], and have been a tenant of
[[ORGANISATION:Airedale Crescent Housing]] these twenty-two years.

Last January the communal boiler failed and we were without heating for nineteen days. They handed out two fan
heaters for the whole floor, which is no use to a man on the seventh floor when the lift is out half the time as
well. I ended up in St James's for four days with a chest infection. My neighbour [[PERSON:Bernadette Kiely]] from
[[ADDRESS:number 29]], [[PERSON:Bernie]] to all of us, wrote the complaint for me because my hands are not what they
were. They wanted my National Insurance number, [[NI_NUMBER:QQ 48 21 67 B]], to "check the tenancy", which I still
think was nonsense, and the reference came back as [[REFERENCE:ACH-COMP-20931]].

The first letter was all apology and no answer. [[PERSON:Bernie]] rang [[PHONE:0113 496 0721]] and asked for a manager,
and a Mrs [[PERSON:Hollins]] came out the following week. To be fair to the woman, she listened. The boiler was
replaced by March, I received £600 for the heating and the extra electricity, and they have put a list of the
residents who are unwell or on their own in the caretaker's office, so that somebody knocks on our doors the day
the heating goes. They also stopped asking for NI numbers on complaints, I am told.

Father [[PERSON:Colm]] at [[ADDRESS:St Brigid's]], where I go to Mass of a Sunday, said I should send this in for the
campaign, so here it is. Complain in writing and keep a copy. That is my advice.
"""),
    ),
    (
        "fv2aa-en-03",
        "en",
        _s("""
Case study submitted by [[PERSON:Priya Raman]], Complaints Resolution Officer, [[ORGANISATION:Thameside Common Homes]].
Shared with the resident's permission.

Mr [[PERSON:Abdirahman Warsame]] has lived in [[ADDRESS:flat 14B]] at [[ADDRESS:Marlowe Tower]] ([[POSTCODE:E3 4RN]]) since
2011. He has [[HEALTH:multiple sclerosis]] and uses a wheelchair, and the only lift serving the upper floors was out
of action for most of September and October 2023. For 38 days Mr [[PERSON:Warsame]] could not leave the building.
His adapted car, [[OTHER_ID:LK19 XPW]], sat in the bay downstairs and his physiotherapy at the Royal London was
cancelled three times.

His daughter [[PERSON:Hodan]], then [[AGE:16]] and in Year 12 at [[ADDRESS:Bow Cross Academy]], made the complaint on his
behalf (our ref [[REFERENCE:TCH/CC/23/1187]]). The family are [[OTHER_SPECIAL:Somali]] and her father's English is
limited, so she did every call between lessons. Our contractor, [[ORGANISATION:Apex Vertical Lifts Ltd]], was waiting
on a part from abroad and nobody told the residents. Our stage one reply, I am sorry to say, simply repeated the
contractor's estimate. [[PERSON:Hodan]] escalated, and the Housing Ombudsman also contacted us (their ref
[[REFERENCE:202314562]]).

At stage two I visited Mr [[PERSON:Warsame]] with an interpreter. Within the week we arranged a temporary move
to a ground-floor flat at [[ADDRESS:6 Aldgate Row]], paid £1,150 for distress and missed appointments, and agreed
with [[ORGANISATION:Apex]] that critical parts for our high-rise lifts are now held in stock.

What we learned: a lift outage is not only a repair, it is a question of who is trapped. We now keep a register
of residents above the fourth floor who cannot use the stairs and we ring each of them on day one. Residents with
a similar problem can reach me on [[PHONE:020 7946 0382]] or at [[EMAIL:priya.raman@thamesidecommon.example.org]].
"""),
    ),
    (
        "fv2aa-en-04",
        "en",
        _s("""
I'm secretary of the tenants and residents association at [[ADDRESS:Ferncliffe Court]] in Moss Side
([[POSTCODE:M16 8QT]]) and I want to share how we FINALLY got the cockroaches sorted!! My name is
[[PERSON:Marcia Beckford]] but on the block I am just Auntie [[PERSON:Marcia]].

For nearly a year the roaches were coming up the bin chutes and the service risers into every flat on the east
side. Worst hit was a young family in [[ADDRESS:flat 7]], Mrs [[PERSON:Yetunde Adebayo]] and her boys. Her eldest
[[PERSON:Oluwatobi]] (everyone says [[PERSON:Tobi]]) is [[AGE:9]] and he was getting teased at
[[ADDRESS:St Saviour's C of E Primary]] because the other kids said his bag had bugs in it. That broke my heart. Mrs
[[PERSON:Adebayo]] works nights and was spraying every morning before she could sleep.

Each flat got told "we'll send pest control" by [[ORGANISATION:Bridgewater Lane Housing Co-operative]] and
[[ORGANISATION:CleanSweep Environmental]] would come, treat ONE flat, and go. The roaches just moved next door. So we
did a joint complaint, 23 households signed it, and we put the photos up on our page [[OTHER_ID:@FerncliffeTRA]] so
nobody could say they hadn't seen them. The co-op's reference was [[REFERENCE:BLHC-0441-J]]. I gave them my mobile,
[[PHONE:+44 (0)161 496 0583]], and the association email [[EMAIL:ferncliffe dot tra at example dot net]], and said
ring me, not the individual tenants who were at work.

It went to stage 2 and the new housing manager, Mr [[PERSON:Gareth Pugh]], came to a meeting in our community room
and agreed to treat the whole block at once, all 48 flats on the same day, and to seal the risers. Three visits
over six weeks and we have not seen a single one since February. [[PERSON:Yetunde]] got £300 and a new bed for
[[PERSON:Tobi]].

The lesson they took away, in [[PERSON:Gareth]]'s own words: pests don't respect flat numbers, so treat the building
not the flat. And talk to your TRA, we know who's who.
"""),
    ),
    (
        "fv2aa-en-05",
        "en",
        _s("""
ok so I'm writing this for my mum because her english is fine but she hates writing formal stuff. I'm
[[PERSON:Reuben Mensah]], I'm [[AGE:15]] and I go to [[ADDRESS:Kingsmead Academy]]. There are six of us in a 2 bed at
[[ADDRESS:42 Tenby Road]], Handsworth, [[POSTCODE:b219hs]]: me, my mum [[PERSON:Abena]], my nan, my two sisters and my
little brother [[PERSON:Kofi]] who is [[AGE:4]] and has [[HEALTH:autism]], so he needs his own space to calm down and
he literally doesn't have one.

We'd been on the housing register since 2019 (number [[REFERENCE:HR-0937712]]) and nothing was moving. Then we found
out why. When mum applied someone typed her birthday with the day and month swapped round, it's actually
[[DATE_OF_BIRTH:12/03/1981]], so the system thought she was a duplicate and put us on hold. Nobody from
[[ORGANISATION:Edgbourne City Council]] told us. I only found out because I rang [[PHONE:0121 496 0264]] pretending to
be mum lol (don't do this, they made her come on the phone).

Mum made a complaint, ref [[REFERENCE:ECC/HSG/77310]], and I sent it from her email
[[EMAIL:abena.mensah81@example.com]]. The stage 1 answer took 6 weeks which is way longer than they're meant to. At
stage 2 a lady called [[PERSON:Sharon]] from allocations phoned and actually said sorry, backdated our priority to
2019 and moved us up a band because of [[PERSON:Kofi]]'s needs and my mum's [[HEALTH:sickle cell]]. We got offered a 4
bed house in Perry Barr last month and we move in two weeks!!

They said they check duplicates by hand now before putting anyone on hold. I posted about it on my tiktok
[[OTHER_ID:@reubs.mc]] and loads of people said the same thing happened to them, so maybe check yours.
"""),
    ),
    (
        "fv2aa-ar-01",
        "ar",
        _s("""
أنا [[PERSON:زينب عبد الحسين]]، والجيران في البناية يعرفونني باسم [[PERSON:أم يوسف]]. أسكن مع زوجي وأولادي الثلاثة في
[[ADDRESS:شقة رقم 9]] في بناية [[ADDRESS:Larkspur House]] في كارديف، والرمز البريدي [[POSTCODE:CF24 3RJ]]، والبيت تابع
لجمعية [[ORGANISATION:Taff Meadow Housing Association]].

منذ شتاء 2022 بدأت الرطوبة تظهر في غرفة الأولاد، ثم صار العفن الأسود يغطي الزاوية فوق سرير ابني [[PERSON:يوسف]]، وعمره
[[AGE:7 سنوات]] ويعاني من [[HEALTH:الربو]]. طبيبة العائلة في [[ADDRESS:عيادة ألبيون]] كتبت رسالة تقول إن العفن يزيد
النوبات. اتصلت بقسم الصيانة على [[PHONE:٠٢٩ ٢٠١٨ ٠٥٥٢]] مرات كثيرة، وفي كل مرة يأتي عامل من شركة
[[ORGANISATION:Valegate Property Services]] يمسح الحائط بمادة بيضاء ويذهب، وبعد أسبوعين يرجع العفن كما كان.

في النهاية ساعدتني الأخت [[PERSON:هالة]]، المتطوعة في [[ADDRESS:مسجد دار السلام]] القريب من بيتنا، وكتبنا شكوى رسمية
بالإنجليزية. رقم الشكوى [[REFERENCE:TMHA-C-30418]]. في المرحلة الأولى قالوا إن السبب هو نشر الغسيل داخل البيت! رفضنا
هذا الجواب وطلبنا المرحلة الثانية، وأرسلنا الصور من بريدي [[EMAIL:umm.yusuf.cardiff@example.net]].

بعدها جاءت السيدة [[PERSON:رايتشل مورغان]] ([[PERSON:Rachel Morgan]])، مديرة قسم الشكاوى، ومعها مترجمة تتكلم
العراقي. فحصوا من الخارج واكتشفوا أن المزراب فوق نافذتنا مكسور والماء ينزل داخل الجدار منذ سنوات. أصلحوا المزراب،
وعالجوا الجدار، وركّبوا مروحة شفط في الحمام، ودفعوا لنا 700 جنيه تعويضاً عن الأغطية والفرشة.

قالت لي السيدة [[PERSON:مورغان]] إنهم تعلموا شيئين: ألا يلوموا العائلة قبل أن يفحصوا البناية نفسها، وأن يوفروا
مترجماً من أول اتصال وليس في آخر القصة. الآن [[PERSON:يوسف]] ينام في غرفة جافة، والحمد لله، ونصيحتي لكل أم: لا
تسكتي.
"""),
    ),
    (
        "fv2aa-ar-02",
        "ar",
        _s("""
اسمي [[PERSON:منى الشريف]]، وأعمل مرشدة دعم في جمعية خيرية تساعد اللاجئين في برادفورد. أكتب هذه القصة بإذن عائلة
السيد [[PERSON:محمد خير الحمصي]]، الذي يناديه الجميع في الحي [[PERSON:أبو خالد]]. العائلة [[OTHER_SPECIAL:سورية]]،
وصلت إلى بريطانيا ضمن برنامج إعادة التوطين ولديها صفة [[OTHER_SPECIAL:لاجئ]]، وتسكن في [[ADDRESS:17 Thornbury Street]]،
[[POSTCODE:BD3 8LP]]، في بيت تابع لـ[[ORGANISATION:Bradmoor Homes]].

في الأسبوع الأول من ديسمبر تعطلت الغلاية، فلا تدفئة ولا ماء ساخن. كانت الطفلة [[PERSON:لين]] عمرها [[AGE:8 أشهر]]
فقط، والأم [[PERSON:رهف]] تسخّن الماء على الغاز لتحمّمها، أما [[PERSON:أبو خالد]] نفسه فمصاب بمرض [[HEALTH:السكري]] ويتعب من البرد.
اتصلت بقسم الصيانة من هاتفي [[PHONE:07700 900 274]] وأخذت رقم بلاغ [[REFERENCE:BMH/REP/664120]]. جاء مهندس اسمه
[[PERSON:ستيف]] من شركة [[ORGANISATION:Calder Gas & Heating]] وقال إن القطعة غير متوفرة، ثم لم يرجع أحد لمدة أحد عشر
يوماً.

والأغرب أن موظف الاستقبال طلب من [[PERSON:أبي خالد]] رقم بطاقة الإقامة [[OTHER_ID:ZR9043317]] قبل أن يسجّل الشكوى،
وكأن حقه في التدفئة مرتبط بوضع الهجرة. قدّمنا شكوى رسمية برقم [[REFERENCE:CMP-2024-0788]] وطلبنا مترجماً.

في المرحلة الأولى اعتذروا عن التأخير فقط. في المرحلة الثانية اتصلت بنا مديرة الخدمة، السيدة [[PERSON:كارين أتكنسون]]
([[PERSON:Karen Atkinson]])، وأقرّت بأن طلب وثيقة الإقامة كان خطأ، وبأن العائلة كان يجب أن تحصل على مدافئ مؤقتة من
اليوم الأول لوجود رضيعة ومريض في البيت. ركّبوا غلاية جديدة، ودفعوا 520 جنيهاً تعويضاً، وغيّروا تدريب موظفي
الاستقبال.

الدرس الذي قالته لنا السيدة [[PERSON:كارين]]: لا نسأل عن وضع الهجرة عند تسجيل عطل، ونسأل دائماً من في البيت من
الأطفال وكبار السن والمرضى. من يحتاج مساعدة في شكوى مشابهة يمكنه مراسلتي على [[EMAIL:mona.alsharif@example.org]].
"""),
    ),
    (
        "fv2aa-ar-03",
        "ar",
        _s("""
السلام عليكم. أنا [[PERSON:سالم عبده المقطري]]، وأكتب عن والدي الحاج [[PERSON:عبده قاسم المقطري]]، المولود في
[[DATE_OF_BIRTH:الخامس عشر من مارس سنة ألف وتسعمئة وتسعة وأربعين]]. والدي يسكن وحده منذ وفاة أمي، رحمها الله، في بيت
صغير في [[ADDRESS:63 Staniforth Road]] في شيفيلد، الرمز البريدي [[POSTCODE:S9 3FN]]، والمالك
[[ORGANISATION:Don Valley Homes]].

في صيف 2023 أصيب الوالد بـ[[HEALTH:جلطة دماغية]]، ولم يعد يستطيع دخول حوض الاستحمام. أخصائية العلاج الوظيفي
[[PERSON:كلير]] زارته بعد خروجه من المستشفى، وأرسلت طلب تعديل الحمام، وكتبت رقمه في الخدمة الصحية
[[OTHER_ID:485 777 3456]] على الاستمارة، مع نسخة إلى طبيبه في [[ADDRESS:مركز ووديت الصحي]].

مرت خمسة أشهر ولا شيء. كل مرة أتصل بالرقم [[PHONE:0114 496 0137]] يقولون إن الطلب غير موجود عندهم. أبي كان يغتسل
وهو جالس على كرسي بلاستيك في المطبخ، وهو رجل عزيز النفس ويرفض أن أساعده. جماعة [[ADDRESS:مسجد الرحمة]] الذي في
شارعه هم الذين لاحظوا أنه انقطع عن صلاة الجمعة، واتصلوا بي.

قدمت شكوى مكتوبة من بريدي [[EMAIL:salem.almaqtari@example.com]]، ورقمها [[REFERENCE:DVH-22871]]. في المرحلة الأولى
تبيّن أن الطلب وصل فعلاً، لكن إلى بريد إلكتروني قديم لفريق التعديلات لم يعد أحد يقرؤه. اعتذرت مسؤولة الشكاوى،
السيدة [[PERSON:أنجيلا براون]]، واتصلت بالوالد بنفسها ومعها مترجم يتكلم اللهجة اليمنية. خلال ثلاثة أسابيع ركّبوا له
حماماً بأرضية مستوية ومقابض ومقعداً ثابتاً، ودفعوا 400 جنيه.

وقالوا إنهم تعلموا أمرين: أن يُغلق أي بريد قديم ويُحوَّل إلى بريد يقرؤه أحد، وأن يُرسل رقم كل طلب يأتي من المستشفى
إلى العائلة خلال يومين. الحاج [[PERSON:عبده]] رجع إلى المسجد، والحمد لله على كل حال.
"""),
    ),
    (
        "fv2aa-ar-04",
        "ar",
        _s("""
اسمي [[PERSON:آمنة عثمان]]، وتكتبونه بالإنجليزية [[PERSON:Amna Osman]]. عمري [[AGE:22 سنة]]، طالبة، وأسكن في
[[ADDRESS:شقة 4C]] في مبنى [[ADDRESS:Weaver's Reach]] في شرق لندن، والمالك [[ORGANISATION:Lea Bridge Housing Trust]].

منذ انتقلت سنة 2022 بدأ جار في الطابق العلوي يضرب الأرض في منتصف الليل، ثم صار يعلّق على حجابي ويصرخ في الممر أن
[[OTHER_SPECIAL:المسلمين]] و[[OTHER_SPECIAL:السودانيين]] لا مكان لهم هنا. لم يعد الأمر إزعاجاً فقط. صرت أخاف أن أرجع من
المكتبة في المساء، وقالت الطبيبة إن عندي [[HEALTH:اضطراب القلق]].

بلّغت عن السلوك المعادي للمجتمع، ورقم القضية [[REFERENCE:ASB-LBHT-1093]]، لكن الرد كان رسالة جاهزة تطلب مني أن أكتب
يوميات للإزعاج لمدة شهر. كتبت اليوميات، ونشرت بعض التسجيلات على حسابي [[OTHER_ID:@amna.writes]] لأن لا أحد كان
يسمعني. بعد ذلك قدمت شكوى رسمية على طريقة التعامل مع بلاغي، ورقمها [[REFERENCE:LBHT/COMP/5521]].

في المرحلة الثانية اتصل بي [[PERSON:داني أوكونور]]، مسؤول السلوك المعادي الجديد، على رقمي [[PHONE:٠٢٠ ٧٩٤٦ ٠٨١٥]]،
واعترف بأنهم تعاملوا مع الموضوع كأنه خلاف ضوضاء بين جارين، مع أن فيه تحرشاً عنصرياً ودينياً. [[PERSON:داني]] زارني
مع الشرطة، وصدر إنذار رسمي للجار، ثم نُقل إلى سكن آخر بعد شهرين. المالك أيضاً ركّب كاميرا في الممر ودفع لي 350
جنيهاً عن الضرر.

الدرس الذي كتبوه في ردهم: إذا ذكر الساكن الدين أو العرق أو اللون، يُعامل البلاغ كجريمة كراهية محتملة من أول يوم، لا
كإزعاج عادي. أتمنى أن تقرأ هذا أي بنت تشعر أنها وحدها في شقتها.
"""),
    ),
    (
        "fv2aa-ar-05",
        "ar",
        _s("""
هذه قصة جارتي [[PERSON:فاطمة الزهراء بناني]]، وكلنا نناديها لالة [[PERSON:فاطمة]]. عمرها [[AGE:81 سنة]]،
[[OTHER_SPECIAL:مغربية]] من طنجة، أرملة وتسكن وحدها في [[ADDRESS:Flat 2, 88 Golborne Gardens]]،
[[POSTCODE:w105qa]]، قرب [[ADDRESS:مقهى الأندلس]] الذي يعرفه كل الحي. أنا [[PERSON:خديجة الإدريسي]]، أسكن فوقها مباشرة.

في ربيع 2023 بدأ الماء يتسرب من سقف حمامها. لم يكن التسرب من شقتي، بل من السطح. بلّغنا
[[ORGANISATION:Westway Community Homes]] وأخذنا رقم إصلاح [[REFERENCE:WCH-774015]]، وجاء عمال
[[ORGANISATION:Kensal Roofing & Plumbing]] مرتين ووضعوا شريطاً لاصقاً على الأنبوب وذهبوا. بعد ثلاثة أشهر سقط جزء من
سقف الحمام بينما كانت لالة [[PERSON:فاطمة]] في المطبخ، والحمد لله أنها لم تكن تحته.

اتصلت أنا من هاتفي [[PHONE:07700 900 862]] وقلت إنني لن أغلق الخط حتى يأتي أحد. قدمنا شكوى رسمية برقم
[[REFERENCE:WCH/C/2023/311]]، وكتبت لهم أن عندها [[HEALTH:هشاشة العظام]] وأن أي سقطة قد تكسر وركها.

جاء الرد في المرحلة الأولى بعد أسبوعين: اعتذار، وإصلاح السطح كاملاً، وإعادة بناء سقف الحمام. لكن التعويض، 650
جنيهاً، أرسلوه إلى حساب قديم لزوجها المرحوم. في المرحلة الثانية صححوا الخطأ وحوّلوه إلى حسابها، رمز الفرع
[[OTHER_ID:20-45-77]] والحساب المنتهي بـ[[OTHER_ID:0412]]، بعد أن تأكدوا منها بالهاتف بوجود مترجمة تتكلم الدارجة.

كتبت المسؤولة [[PERSON:بريدجيت]] في رسالتها الأخيرة أنهم تعلموا أن يبحثوا عن مصدر التسرب لا عن المكان الذي يظهر
فيه، وأن يحدّثوا بيانات الساكن بعد أي وفاة في العائلة. أما لالة [[PERSON:فاطمة]] فتقول: كان يجب أن أشتكي من أول يوم.
"""),
    ),
    (
        "fv2aa-bn-01",
        "bn",
        _s("""
আমার নাম [[PERSON:রুমানা বেগম]], বিল্ডিংয়ের সবাই আমাকে [[PERSON:রুমানা]] আপা বলে ডাকে। বয়স [[AGE:২৬]]। স্বামী
[[PERSON:সেলিম]] রেস্টুরেন্টে কাজ করে, আর আমাদের মেয়ে [[PERSON:আয়েশা]], বয়স [[AGE:৩ বছর]], সকালে
[[ADDRESS:Little Acorns Nursery]]-তে যায়। আমরা থাকি [[ADDRESS:Brune House]]-এর [[ADDRESS:ফ্ল্যাট ২২]]-এ, পোস্টকোড
[[POSTCODE:E1 7NQ]]। বাড়িওয়ালা [[ORGANISATION:Spitalfields Green Homes]]।

গত বছর অক্টোবর থেকে বেডরুমের দেয়ালে কালো ছত্রাক ছড়াতে শুরু করে। [[PERSON:আয়েশার]] কাশি আর থামে না।
[[ADDRESS:Cannon Row Medical Centre]]-এর ডাক্তার বললেন ওর [[HEALTH:হাঁপানি]] শুরু হচ্ছে, আর ঘরের ছত্রাক এর একটা কারণ
হতে পারে। রিপেয়ার লাইনে [[PHONE:০২০ ৭৯৪৬ ০৪৪৯]] নম্বরে কতবার যে ফোন করেছি তার হিসাব নেই। প্রত্যেকবার বলে,
জানালা খোলা রাখুন, হিটিং চালান। হিটিং চালাতে তো টাকা লাগে!

পাশের ফ্ল্যাটের [[PERSON:জুবেদা খানম]], আমরা বলি [[PERSON:জুবেদা]] খালা, উনিই আমাকে লিখিত অভিযোগ করতে বললেন।
ওনার নাতি [[PERSON:রিয়াদ]] ইংরেজিতে ইমেইলটা লিখে দিল, আমার ইমেইল [[EMAIL:rumana.begum22@example.com]] থেকে পাঠালাম।
অভিযোগ নম্বর [[REFERENCE:SGH-CX-60291]]।

প্রথম ধাপে ওরা বলল আমরা ঘরের ভেতরে কাপড় শুকাই, তাই এমন হয়েছে। দ্বিতীয় ধাপে [[PERSON:নাদিয়া চৌধুরী]] নামে একজন
অফিসার ফোন করে বাংলায় কথা বললেন, তারপর নিজে এসে দেখলেন। দেখা গেল বাইরের দেয়ালের ফাটল দিয়ে পানি ঢুকছে।
দেয়াল মেরামত হলো, বাথরুমে নতুন ফ্যান লাগল, ঘর নতুন করে রং হলো, আর আমাদের ৫৫০ পাউন্ড ক্ষতিপূরণ দিল।

[[PERSON:নাদিয়া]] আপা বললেন, ওরা শিখেছে যে বাসিন্দাকে দোষ দেওয়ার আগে বিল্ডিং পরীক্ষা করতে হবে, আর বাসিন্দা যে
ভাষায় স্বচ্ছন্দ সেই ভাষায় কথা বলতে হবে। এখন [[PERSON:আয়েশা]] রাতে ঘুমায়, কাশিও অনেক কম। বোনেরা, চুপ করে থাকবেন না।
"""),
    ),
    (
        "fv2aa-bn-02",
        "bn",
        _s("""
আমি [[PERSON:আব্দুল মালিক চৌধুরী]]। এলাকার লোকজন আমাকে [[PERSON:মালিক]] সাহেব বলে চেনেন। আমার জন্ম
[[DATE_OF_BIRTH:১৯৪৪ সালের ৭ই আগস্ট]], সিলেটে। ১৯৬৮ সালে ওল্ডহ্যামে আসি, কাপড়ের মিলে কাজ করতাম। এখন স্ত্রীকে নিয়ে
[[ADDRESS:১১৮ ওয়ারউইক স্ট্রিট]], [[POSTCODE:OL8 1RT]]-এ থাকি; বাড়িটা [[ORGANISATION:Pennine Hollow Housing]]-এর।
আমার [[HEALTH:হৃদরোগ]] আছে, গত বছর বাইপাস অপারেশন হয়েছে।

গত নভেম্বরে আমাদের বয়লার বন্ধ হয়ে যায়। ইঞ্জিনিয়ার এসে বললেন পুরনো মডেল, পার্টস পাওয়া যাবে না, নতুন বয়লার
লাগবে, কিন্তু অনুমোদন দিতে হবে অফিসকে। তারপর চব্বিশ দিন কোনো খবর নেই। আমরা দুই বুড়ো-বুড়ি কম্বল মুড়ি দিয়ে
বসে থাকতাম, সঙ্গে শুধু একটা ছোট ইলেকট্রিক হিটার।

[[ADDRESS:বায়তুল আমান মসজিদ]]-এ জুমার নামাজের পর [[PERSON:ফয়সল]] ভাই আমার অবস্থা শুনে অভিযোগ লিখতে সাহায্য করলেন।
ফোনে ওরা আমার ন্যাশনাল ইন্স্যুরেন্স নম্বর চাইল, দিলাম: [[NI_NUMBER:QQ 73 05 19 D]]। অভিযোগ নম্বর হলো
[[REFERENCE:PHH/2023/4471]]। আমার ল্যান্ডলাইন [[PHONE:0161 496 0318]], উত্তর সেখানেই দিতে বলেছিলাম।

প্রথম ধাপের চিঠি এল ইংরেজিতে, তিন সপ্তাহ পরে। [[PERSON:ফয়সল]] ভাই পড়ে শোনালেন: দুঃখিত, বাজেট অনুমোদনের অপেক্ষা
চলছে। আমরা দ্বিতীয় ধাপে গেলাম। এবার হাউজিং ম্যানেজার মিসেস [[PERSON:লিন্ডা হারগ্রিভস]] নিজে বাড়িতে এলেন, চা খেলেন,
সব শুনলেন। দুই দিনের মধ্যে নতুন বয়লার বসল। ওরা বিদ্যুৎ খরচ আর কষ্টের জন্য ৪২০ পাউন্ড দিল, আর লিখিতভাবে
জানাল যে এখন থেকে বয়স্ক বা অসুস্থ কারো বাড়িতে হিটিং বন্ধ হলে বয়লার বদলের অনুমোদন ৪৮ ঘণ্টার মধ্যে দিতে হবে।

আমার কথা হলো, চুপ করে কষ্ট করবেন না। লিখিত অভিযোগ করুন, আর নম্বরটা যত্ন করে রেখে দিন।
"""),
    ),
    (
        "fv2aa-bn-03",
        "bn",
        _s("""
আমি [[PERSON:তানভীর আহমেদ]], বয়স [[AGE:১৭]], [[ADDRESS:Stopsley Park College]]-এ এ-লেভেল পড়ি। আম্মু
[[PERSON:নাসরিন আক্তার]]-এর হয়ে এটা লিখছি, কারণ আম্মুর ইংরেজি পড়তে কষ্ট হয়। আম্মুর
[[HEALTH:রিউমাটয়েড আর্থ্রাইটিস]] আছে, তিন বছর ধরে হুইলচেয়ার ব্যবহার করেন। আমরা থাকি
[[ADDRESS:29 Crawley Green Close]], লুটন, [[POSTCODE:LU2 9HW]]; বাড়িটা [[ORGANISATION:Chiltern Brook Housing]]-এর।

সমস্যা দুটো ছিল। এক, সামনের দরজায় র‍্যাম্প ছিল না, দুইটা সিঁড়ি। দুই, বাড়ির সামনের ডিসেবল্ড পার্কিং বে-তে প্রায়
প্রতিদিন অন্য গাড়ি থাকত, আর আম্মুর মোটাবিলিটি গাড়ি [[OTHER_ID:KX21 LMR]] রাখতে হতো রাস্তার ওই মাথায়। আমি কলেজে
থাকলে আম্মু সারাদিন বাসায় বসে থাকতেন।

অকুপেশনাল থেরাপিস্ট র‍্যাম্পের সুপারিশ করেছিলেন, কিন্তু আট মাসেও কোনো কাজ হয়নি। তখন আমি অনলাইনে অভিযোগ করলাম,
নম্বর [[REFERENCE:CBH-ADP-09312]]। যোগাযোগের জন্য আমার ইমেইল দিয়েছিলাম [[EMAIL:tanvir dot a07 at example dot com]]
আর মোবাইল [[PHONE:০৭৭০০ ৯০০ ৭৩৫]]।

স্টেজ ওয়ানে বলল বাজেট নেই। আমি একটু রেগেই স্টেজ টু-তে গেলাম, আর হাউজিং ওম্বুডসম্যানের ওয়েবসাইটও পড়ে রাখলাম।
স্টেজ টু-তে মিস্টার [[PERSON:ক্রেগ ওয়ালেস]] ([[PERSON:Craig Wallace]]) ফোন করলেন। উনি স্বীকার করলেন যে ওটির সুপারিশটা
একটা ফোল্ডারে পড়ে ছিল, কেউ ফলো আপ করেনি। ছয় সপ্তাহের মধ্যে [[ORGANISATION:Ramps & Rails Ltd]] এসে র‍্যাম্প বসিয়ে
দিল, আর কাউন্সিলের সাথে কথা বলে পার্কিং বে-টা শুধু আম্মুর গাড়ির জন্য নির্দিষ্ট করা হলো। ক্ষতিপূরণ ৩৭৫ পাউন্ড।

ওরা লিখেছে, এখন থেকে প্রতিটা ওটি সুপারিশের জন্য একজন নির্দিষ্ট অফিসার থাকবেন আর পরিবারকে প্রতি মাসে আপডেট
দেবেন। আম্মু এখন নিজেই বাজারে যান। ছোট জিনিস মনে হয়, কিন্তু আমাদের কাছে অনেক বড়।
"""),
    ),
    (
        "fv2aa-bn-04",
        "bn",
        _s("""
আমি কাউন্সিলর [[PERSON:শাহনাজ পারভীন]]। প্রতি শনিবার সকালে আমি ওয়ার্ডে সার্জারি করি, আর গত বসন্তে এক শনিবার
[[PERSON:জাকির হোসেন]] এসে ফোনে যা দেখালেন তা ভোলার মতো নয়: রান্নাঘরের তাকের ওপর দিয়ে ইঁদুর দৌড়াচ্ছে।

[[PERSON:জাকির]] ভাই স্ত্রী আর তিন সন্তান নিয়ে [[ADDRESS:57 Highfield Terrace]], [[POSTCODE:B8 1PX]]-এ থাকেন,
[[ADDRESS:Sylhet Cash & Carry]]-এর ঠিক পেছনের সারিতে। বাড়িটা [[ORGANISATION:Brumhaven Homes]]-এর। বড় মেয়ে
[[PERSON:মীম]], বয়স [[AGE:১১]], [[ADDRESS:Cherrywood Primary School]]-এ পড়ে; সে লজ্জায় বন্ধুদের বাড়িতে আনে না। ছোট
ছেলেটা রাতে ভয়ে মায়ের কাছে ঘুমায়।

চার মাসে [[ORGANISATION:PestGuard Midlands]] পাঁচবার এসেছে, বিষ রেখে গেছে। রিপেয়ার নম্বর
[[REFERENCE:BRH-PC-18830]]। কিন্তু কেউ খুঁজে দেখেনি ইঁদুর ঢুকছে কোথা দিয়ে। [[PERSON:জাকির]] সাহেবের লিখিত অভিযোগ,
নম্বর [[REFERENCE:BRH-COMP-2291]], প্রথম ধাপে "চিকিৎসা চলছে" লিখে বন্ধ করে দেওয়া হয়।

ওনার অনুমতি নিয়ে আমি তখন [[ORGANISATION:Brumhaven Homes]]-এর কমপ্লেইন্টস টিমকে লিখি এবং দ্বিতীয় ধাপে যেতে সাহায্য
করি। এবার সার্ভেয়ার মিস্টার [[PERSON:টম রাইলি]] এসে রান্নাঘরের নিচে ড্রেনের ভাঙা পাইপ খুঁজে পেলেন; পাশের খালি
বাড়ির ভেতর দিয়ে ইঁদুর আসছিল। ড্রেন সারানো হলো, দেয়ালের ফাঁক বন্ধ হলো, রান্নাঘরের তাক বদলানো হলো, আর নষ্ট
খাবারের জন্য ৩২০ পাউন্ড দেওয়া হলো। [[PERSON:মীম]] এখন বন্ধুদের নিয়ে জন্মদিন করেছে, [[PERSON:জাকির]] ভাই নিজেই
ছবি পাঠিয়েছেন।

এখন [[ORGANISATION:Brumhaven]] কোনো বাড়িতে কীটপতঙ্গের তৃতীয়বার রিপোর্ট হলেই সার্ভেয়ার পাঠায়, আর খালি বাড়িগুলো
নিয়মিত পরীক্ষা করে। কারো একই সমস্যা থাকলে আমার অফিসে [[PHONE:0121 496 0581]] নম্বরে ফোন করুন অথবা
[[EMAIL:cllr.parveen@example.org]]-এ লিখুন।
"""),
    ),
    (
        "fv2aa-bn-05",
        "bn",
        _s("""
আমি [[PERSON:ফারহানা ইসলাম]], নিউক্যাসলে বয়স্কদের সাপোর্ট ওয়ার্কার। মিসেস [[PERSON:সুফিয়া খাতুন]] আমার ক্লায়েন্ট,
আমরা সবাই ডাকি [[PERSON:সুফিয়া]] খালা। জন্মতারিখ [[DATE_OF_BIRTH:০৩-০২-১৯৫৮]]। তিনি একা থাকেন
[[ADDRESS:34B Elswick Grove]], [[POSTCODE:NE4 6SJ]]-এ, [[ORGANISATION:Tyne Gate Housing]]-এর একটা ফ্ল্যাটে। ছেলে
[[PERSON:কামরুল]] লন্ডনে থাকেন। খালার প্রথম পর্যায়ের [[HEALTH:ডিমেনশিয়া]] আছে, আর কানেও কম শোনেন।

গত বছর ওপরের ফ্ল্যাট থেকে তাঁর বাথরুমে পানি চুঁইয়ে পড়তে শুরু করে। রিপেয়ার টিম তিনবার এসে দরজায় নক করে, খালা
শুনতে পাননি, আর তিনবারই কাজটা "নো অ্যাকসেস" লিখে বন্ধ করে দেওয়া হয়। চিঠি আসত ইংরেজিতে, খালা খামও খুলতেন না।
তারপর ভেজা মেঝেতে পিছলে পড়ে হাসপাতালে গেলেন। ডিসচার্জ লেটারে তাঁর এনএইচএস নম্বর [[OTHER_ID:721 430 9986]] আর
পড়ে যাওয়ার কারণ লেখা ছিল; সেটাই আমি প্রমাণ হিসেবে পাঠাই।

আমি অভিযোগ করি, নম্বর [[REFERENCE:TGH-CMP-11406]], আর যোগাযোগের জন্য আমার অফিসের নম্বর [[PHONE:0191 498 0226]] দিই।
প্রথম ধাপে উত্তর এল, বাসিন্দা দরজা খোলেননি। দ্বিতীয় ধাপে অফিসার মিস [[PERSON:এফা ব্রেনান]] ([[PERSON:Aoife Brennan]])
আমার সঙ্গে খালার বাসায় এলেন, [[PERSON:কামরুলের]] সঙ্গে ফোনে কথা বললেন। এক সপ্তাহে ওপরের ফ্ল্যাটের পাইপ সারানো হলো,
বাথরুমে নন-স্লিপ মেঝে আর গ্র্যাব রেল বসল, আর খালা পেলেন ৬০০ পাউন্ড।

[[ORGANISATION:Tyne Gate]] এখন নথিতে লিখে রাখে কোন বাসিন্দার স্মৃতি বা শ্রবণের সমস্যা আছে, আর এমন বাসিন্দার কাজ
"নো অ্যাকসেস" বলে বন্ধ করার আগে পরিবারের মনোনীত মানুষকে ফোন করতে হয়। [[PERSON:সুফিয়া]] খালা এখন বলেন, বাথরুমটা নতুন
বউয়ের মতো সুন্দর।
"""),
    ),
    (
        "fv2aa-pa-01",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਮ [[PERSON:ਕਰਤਾਰ ਸਿੰਘ ਢਿੱਲੋਂ]] ਹੈ, ਪਰ ਮੁਹੱਲੇ ਵਿੱਚ ਸਾਰੇ ਮੈਨੂੰ [[PERSON:ਤਾਰੀ]] ਬਾਬਾ ਕਹਿੰਦੇ ਹਨ। ਮੇਰਾ ਜਨਮ
[[DATE_OF_BIRTH:ਬਾਰਾਂ ਜੂਨ ਉੱਨੀ ਸੌ ਇਕਤਾਲੀ]] ਨੂੰ ਜਲੰਧਰ ਦੇ ਇੱਕ ਪਿੰਡ ਵਿੱਚ ਹੋਇਆ ਸੀ। ਹੁਣ ਮੈਂ ਅਤੇ ਮੇਰੀ ਘਰਵਾਲੀ
[[PERSON:ਸੁਰਿੰਦਰ ਕੌਰ]] [[ADDRESS:Dunstall Court]] ਦੇ [[ADDRESS:ਫਲੈਟ ੫]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ, ਵੁਲਵਰਹੈਂਪਟਨ,
[[POSTCODE:WV6 0PJ]]। ਫਲੈਟ [[ORGANISATION:Black Country Dwellings]] ਦਾ ਹੈ ਅਤੇ [[ADDRESS:ਗੁਰਦੁਆਰਾ ਨਾਨਕਸਰ ਸਾਹਿਬ]]
ਬਿਲਡਿੰਗ ਦੇ ਬਿਲਕੁਲ ਸਾਹਮਣੇ ਹੈ, ਇਸ ਲਈ ਅਸੀਂ ਇੱਥੋਂ ਜਾਣਾ ਨਹੀਂ ਚਾਹੁੰਦੇ।

ਪਿਛਲੇ ਸਾਲ ਦਸੰਬਰ ਵਿੱਚ ਸਾਡੇ ਦੋਵੇਂ ਸਟੋਰੇਜ ਹੀਟਰ ਖ਼ਰਾਬ ਹੋ ਗਏ। [[PERSON:ਸੁਰਿੰਦਰ]] ਨੂੰ [[HEALTH:ਪਾਰਕਿੰਸਨ]] ਹੈ ਅਤੇ ਠੰਢ ਵਿੱਚ
ਉਸ ਦੇ ਹੱਥ ਹੋਰ ਕੰਬਦੇ ਹਨ। [[ORGANISATION:Midland Warmth Electrical]] ਵਾਲੇ ਆਏ, ਕਹਿੰਦੇ ਨਵੇਂ ਹੀਟਰ ਮੰਗਵਾਉਣੇ ਪੈਣਗੇ, ਅਤੇ ਫਿਰ
ਪੂਰਾ ਮਹੀਨਾ ਕੋਈ ਨਹੀਂ ਆਇਆ। ਅਸੀਂ ਦੋਵੇਂ ਰਸੋਈ ਵਿੱਚ ਗੈਸ ਦਾ ਚੁੱਲ੍ਹਾ ਬਾਲ ਕੇ ਬੈਠਦੇ ਰਹੇ, ਜੋ ਠੀਕ ਨਹੀਂ ਸੀ।

ਮੇਰਾ ਪੋਤਾ [[PERSON:ਅਮਨਦੀਪ]], ਜਿਸ ਨੂੰ ਅਸੀਂ [[PERSON:ਅਮਨ]] ਕਹਿੰਦੇ ਹਾਂ, ਐਤਵਾਰ ਨੂੰ ਮਿਲਣ ਆਇਆ ਤਾਂ ਉਸ ਨੇ ਫ਼ੋਨ ਕਰਕੇ
ਸ਼ਿਕਾਇਤ ਦਰਜ ਕਰਵਾਈ। ਉਨ੍ਹਾਂ ਨੇ ਮੇਰਾ ਨੈਸ਼ਨਲ ਇੰਸ਼ੋਰੈਂਸ ਨੰਬਰ [[NI_NUMBER:QQ 61 92 08 A]] ਵੀ ਪੁੱਛਿਆ। ਸ਼ਿਕਾਇਤ ਨੰਬਰ
[[REFERENCE:BCD-CF-40127]] ਮਿਲਿਆ ਅਤੇ [[PERSON:ਅਮਨ]] ਨੇ ਆਪਣਾ ਮੋਬਾਈਲ [[PHONE:07700 900 156]] ਦੇ ਦਿੱਤਾ ਤਾਂ ਜੋ ਅੰਗਰੇਜ਼ੀ
ਵਿੱਚ ਗੱਲ ਉਹ ਕਰ ਲਵੇ।

ਪਹਿਲੇ ਪੜਾਅ ਵਿੱਚ ਸਿਰਫ਼ ਮਾਫ਼ੀ ਆਈ। ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ ਮੈਡਮ [[PERSON:ਸ਼ੈਰਨ ਬੇਟਸ]] ਖ਼ੁਦ ਘਰ ਆਈ। ਉਸ ਨੇ ਦੇਖਿਆ ਕਿ ਅਸੀਂ ਚੁੱਲ੍ਹੇ
ਕੋਲ ਬੈਠੇ ਹਾਂ ਅਤੇ ਉਸੇ ਦਿਨ ਦੋ ਤੇਲ ਵਾਲੇ ਹੀਟਰ ਭਿਜਵਾਏ। ਇੱਕ ਹਫ਼ਤੇ ਵਿੱਚ ਨਵੇਂ ਹੀਟਰ ਲੱਗ ਗਏ, ਬਿਜਲੀ ਦੇ ਬਿੱਲ ਲਈ ੩੮੦ ਪੌਂਡ
ਮਿਲੇ।

ਉਨ੍ਹਾਂ ਨੇ ਲਿਖ ਕੇ ਦੱਸਿਆ ਕਿ ਹੁਣ ਬਜ਼ੁਰਗਾਂ ਦੇ ਘਰ ਹੀਟਿੰਗ ਬੰਦ ਹੋਵੇ ਤਾਂ ਪਹਿਲੇ ਦਿਨ ਹੀ ਆਰਜ਼ੀ ਹੀਟਰ ਦਿੱਤੇ ਜਾਂਦੇ ਹਨ, ਅਤੇ
ਸ਼ਿਕਾਇਤ ਵੇਲੇ ਨੈਸ਼ਨਲ ਇੰਸ਼ੋਰੈਂਸ ਨੰਬਰ ਪੁੱਛਣ ਦੀ ਲੋੜ ਨਹੀਂ। ਵਾਹਿਗੁਰੂ ਦੀ ਕਿਰਪਾ ਨਾਲ ਹੁਣ ਘਰ ਨਿੱਘਾ ਹੈ।
"""),
    ),
    (
        "fv2aa-pa-02",
        "pa",
        _s("""
ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ ਜੀ, ਮੈਂ [[PERSON:ਮਨਪ੍ਰੀਤ ਕੌਰ ਬਰਾੜ]] ਹਾਂ, ਘਰ ਵਿੱਚ ਸਾਰੇ [[PERSON:ਮਨੀ]] ਕਹਿੰਦੇ ਨੇ। ਉਮਰ [[AGE:੨੪ ਸਾਲ]]। ਮੈਂ ਆਪਣੇ
ਪਤੀ [[PERSON:ਜਗਜੀਤ]] ਅਤੇ ਬੇਟੇ [[PERSON:ਸਹਿਜ]] ਨਾਲ [[ADDRESS:41 Beaconsfield Crescent]], ਸਾਊਥਾਲ [[POSTCODE:ub2 4lr]] ਵਿੱਚ
ਰਹਿੰਦੀ ਹਾਂ। ਘਰ [[ORGANISATION:Brentmere Housing Association]] ਦਾ ਹੈ।

[[PERSON:ਸਹਿਜ]] ਜਦੋਂ [[AGE:੧੪ ਮਹੀਨਿਆਂ]] ਦਾ ਸੀ, ਉਦੋਂ ਉਸ ਦੇ ਕਮਰੇ ਦੀ ਖਿੜਕੀ ਦੁਆਲੇ ਕਾਲੀ ਉੱਲੀ ਫੈਲ ਗਈ। ਉਸ ਨੂੰ ਵਾਰ ਵਾਰ ਛਾਤੀ
ਦੀ ਇਨਫੈਕਸ਼ਨ ਹੁੰਦੀ ਰਹੀ ਅਤੇ [[ADDRESS:Havelock Green Surgery]] ਦੀ ਡਾਕਟਰ ਨੇ ਕਿਹਾ ਕਿ ਇਹ [[HEALTH:ਦਮੇ]] ਵੱਲ ਜਾ ਸਕਦਾ ਹੈ।
ਮੈਂ ਰਿਪੇਅਰ ਲਾਈਨ [[PHONE:੦੨੦ ੭੯੪੬ ੦੭੨੮]] 'ਤੇ ਫ਼ੋਨ ਕੀਤੇ, ਜੌਬ ਨੰਬਰ [[REFERENCE:BHA-77314]] ਮਿਲਿਆ, ਪਰ ਬੰਦਾ ਆ ਕੇ ਸਿਰਫ਼
ਸਪਰੇਅ ਕਰ ਗਿਆ।

ਫਿਰ ਮੈਂ ਆਪਣੇ ਇੰਸਟਾਗ੍ਰਾਮ [[OTHER_ID:@mani_brar_mum]] 'ਤੇ ਫ਼ੋਟੋਆਂ ਪਾਈਆਂ ਅਤੇ ਬਹੁਤ ਸਾਰੀਆਂ ਮਾਵਾਂ ਨੇ ਕਿਹਾ ਕਿ ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਕਰੋ।
ਮੇਰੀ ਨਨਾਣ [[PERSON:ਰਮਨਦੀਪ]] ਨੇ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਚਿੱਠੀ ਲਿਖਣ ਵਿੱਚ ਮਦਦ ਕੀਤੀ ਅਤੇ ਮੈਂ [[EMAIL:manibrar.ub2@example.net]] ਤੋਂ
ਭੇਜੀ। ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:BHA/CMP/2024/156]] ਸੀ।

ਪਹਿਲੇ ਪੜਾਅ ਵਿੱਚ ਕਿਹਾ ਕਿ ਅਸੀਂ ਘਰ ਅੰਦਰ ਕੱਪੜੇ ਸੁਕਾਉਂਦੇ ਹਾਂ। ਮੈਂ ਦੂਜੇ ਪੜਾਅ ਲਈ ਲਿਖਿਆ, ਨਾਲ ਡਾਕਟਰ ਦੀ ਚਿੱਠੀ ਲਾਈ। ਇਸ ਵਾਰ
ਸਰਵੇਅਰ [[PERSON:ਮਾਰਕ ਜੈਨਕਿੰਸ]] ਆਇਆ ਅਤੇ ਉਸ ਨੇ ਦੇਖਿਆ ਕਿ ਖਿੜਕੀ ਦੀ ਸੀਲ ਟੁੱਟੀ ਹੋਈ ਸੀ ਅਤੇ ਛੱਤ ਵਿੱਚ ਇੰਸੂਲੇਸ਼ਨ ਹੀ ਨਹੀਂ
ਸੀ। ਨਵੀਂ ਖਿੜਕੀ ਲੱਗੀ, ਛੱਤ ਵਿੱਚ ਇੰਸੂਲੇਸ਼ਨ ਪਾਈ ਗਈ, ਕਮਰਾ ਦੁਬਾਰਾ ਪੇਂਟ ਹੋਇਆ ਅਤੇ ਸਾਨੂੰ ੫੦੦ ਪੌਂਡ ਮਿਲੇ।

[[ORGANISATION:Brentmere]] ਨੇ ਮੰਨਿਆ ਕਿ ਛੋਟੇ ਬੱਚੇ ਵਾਲੇ ਘਰ ਵਿੱਚ ਉੱਲੀ ਦੀ ਰਿਪੋਰਟ ਹੁਣ ਸਿੱਧੀ ਸਰਵੇਅਰ ਕੋਲ ਜਾਂਦੀ ਹੈ, ਸਿਰਫ਼
ਸਪਰੇਅ ਵਾਲੇ ਕੋਲ ਨਹੀਂ। ਹੁਣ [[PERSON:ਸਹਿਜ]] ਦੋ ਸਾਲ ਦਾ ਹੋ ਗਿਆ ਹੈ ਅਤੇ ਸਾਰੀ ਸਰਦੀ ਇੱਕ ਵਾਰ ਵੀ ਬਿਮਾਰ ਨਹੀਂ ਹੋਇਆ।
"""),
    ),
    (
        "fv2aa-pa-03",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਸਿਮਰਨਜੀਤ ਕੌਰ]] ਹਾਂ, [[PERSON:ਸਿਮਰਨ]], ਉਮਰ [[AGE:੧੬ ਸਾਲ]], ਅਤੇ [[ADDRESS:Belgrave Meadows Academy]] ਵਿੱਚ
ਪੜ੍ਹਦੀ ਹਾਂ। ਇਹ ਮੇਰੇ ਪਾਪਾ, [[PERSON:ਰਾਜਿੰਦਰ ਪਾਲ]] ਦੀ ਸ਼ਿਕਾਇਤ ਬਾਰੇ ਹੈ। ਉਨ੍ਹਾਂ ਦੇ ਦੋਸਤ ਉਨ੍ਹਾਂ ਨੂੰ [[PERSON:ਰਾਜੂ]] ਕਹਿੰਦੇ
ਹਨ। ਅਸੀਂ [[ADDRESS:12 Kinross Avenue]], ਲੈਸਟਰ, [[POSTCODE:le47sd]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ ਅਤੇ ਘਰ
[[ORGANISATION:Soar Valley Housing]] ਦਾ ਹੈ।

ਪਾਪਾ ਟੈਕਸੀ ਚਲਾਉਂਦੇ ਹਨ ਅਤੇ ਰਾਤ ਦੀ ਸ਼ਿਫ਼ਟ ਕਰਦੇ ਹਨ। ਦੋ ਸਾਲ ਪਹਿਲਾਂ ਇੱਕ ਗੁਆਂਢੀ ਨੇ ਆਪਣੀ ਚਿੱਟੀ ਵੈਨ [[OTHER_ID:FD68 KVN]]
ਸਾਡੇ ਡਰਾਈਵ ਦੇ ਅੱਗੇ ਖੜ੍ਹੀ ਕਰਨੀ ਸ਼ੁਰੂ ਕਰ ਦਿੱਤੀ, ਅਤੇ ਰਾਤ ਨੂੰ ਉੱਚੀ ਆਵਾਜ਼ ਵਿੱਚ ਸੰਗੀਤ ਵਜਾਉਂਦਾ ਸੀ। ਜਦੋਂ ਪਾਪਾ ਨੇ ਕਿਹਾ ਤਾਂ
ਉਸ ਨੇ ਗਾਲ੍ਹਾਂ ਕੱਢੀਆਂ। ਪਾਪਾ ਨੂੰ [[HEALTH:ਹਾਈ ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ]] ਹੈ ਅਤੇ ਨੀਂਦ ਨਾ ਆਉਣ ਕਰਕੇ ਉਹ ਬਹੁਤ ਪਰੇਸ਼ਾਨ ਰਹਿੰਦੇ ਸਨ।

ਅਸੀਂ ਐਂਟੀਸੋਸ਼ਲ ਬਿਹੇਵੀਅਰ ਦੀ ਰਿਪੋਰਟ ਕੀਤੀ, ਕੇਸ ਨੰਬਰ [[REFERENCE:SVH-ASB-2207]]। ਤਿੰਨ ਮਹੀਨੇ ਕੁਝ ਨਹੀਂ ਹੋਇਆ, ਸਿਰਫ਼
ਡਾਇਰੀ ਸ਼ੀਟਾਂ ਆਈਆਂ। ਫਿਰ ਮੈਂ ਸਕੂਲ ਦੀ ਲਾਇਬ੍ਰੇਰੀ ਵਿੱਚ ਬੈਠ ਕੇ ਸ਼ਿਕਾਇਤ ਲਿਖੀ ਅਤੇ ਪਾਪਾ ਦੀ ਈਮੇਲ
[[EMAIL:rajinder.pal.taxi@example.com]] ਤੋਂ ਭੇਜੀ, ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:SVH/C/09841]]।

ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ ਐਂਟੀਸੋਸ਼ਲ ਬਿਹੇਵੀਅਰ ਅਫ਼ਸਰ [[PERSON:ਕੈਲਮ ਫਰੇਜ਼ਰ]] ਨੇ ਪਾਪਾ ਨੂੰ [[PHONE:0116 496 0473]] ਤੋਂ ਫ਼ੋਨ ਕੀਤਾ
ਅਤੇ ਮੰਨਿਆ ਕਿ ਉਨ੍ਹਾਂ ਨੇ ਡਾਇਰੀ ਸ਼ੀਟਾਂ ਕਦੇ ਪੜ੍ਹੀਆਂ ਹੀ ਨਹੀਂ ਸਨ। [[PERSON:ਕੈਲਮ]] ਨੇ ਗੁਆਂਢੀ ਨਾਲ ਗੱਲ ਕੀਤੀ, ਲਿਖਤੀ ਚੇਤਾਵਨੀ
ਦਿੱਤੀ, ਅਤੇ ਡਰਾਈਵ ਦੇ ਅੱਗੇ ਪੀਲੀਆਂ ਲਾਈਨਾਂ ਲਈ ਕੌਂਸਲ ਨਾਲ ਗੱਲ ਕੀਤੀ। ਪਾਪਾ ਨੂੰ ੨੫੦ ਪੌਂਡ ਮਿਲੇ।

ਉਨ੍ਹਾਂ ਨੇ ਲਿਖਿਆ ਕਿ ਹੁਣ ਹਰ ਡਾਇਰੀ ਸ਼ੀਟ ਦੋ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਪੜ੍ਹ ਕੇ ਪਰਿਵਾਰ ਨੂੰ ਜਵਾਬ ਦਿੱਤਾ ਜਾਂਦਾ ਹੈ। ਹੁਣ ਪਾਪਾ ਦਿਨੇ ਸੌਂ
ਸਕਦੇ ਹਨ ਅਤੇ [[PERSON:ਰਾਜੂ]] ਅੰਕਲ ਫਿਰ ਹੱਸਣ ਲੱਗ ਪਏ ਹਨ, ਮੇਰੀ ਸਹੇਲੀ ਕਹਿੰਦੀ ਹੈ।
"""),
    ),
    (
        "fv2aa-pa-04",
        "pa",
        _s("""
ਇਹ ਕੇਸ ਸਟੱਡੀ [[ORGANISATION:Thames Crossing Homes]] ਦੀ ਸ਼ਿਕਾਇਤ ਅਫ਼ਸਰ [[PERSON:ਨਵਨੀਤ ਸਹੋਤਾ]] ਨੇ ਲਿਖੀ ਹੈ, ਰਿਹਾਇਸ਼ੀ ਦੀ
ਇਜਾਜ਼ਤ ਨਾਲ।

ਬੀਬੀ [[PERSON:ਗੁਰਮੀਤ ਕੌਰ ਸੰਘਾ]], ਉਮਰ [[AGE:੭੮ ਸਾਲ]], ਸਲੋਹ ਵਿੱਚ [[ADDRESS:8 Lansdowne Walk]], [[POSTCODE:SL1 3XE]] ਵਿੱਚ
ਇਕੱਲੇ ਰਹਿੰਦੇ ਹਨ। [[HEALTH:ਸ਼ੂਗਰ]] ਕਾਰਨ ਪਿਛਲੇ ਸਾਲ ਉਨ੍ਹਾਂ ਦਾ ਸੱਜਾ ਪੈਰ ਕੱਟਣਾ ਪਿਆ ਅਤੇ ਹੁਣ ਉਹ ਵ੍ਹੀਲਚੇਅਰ ਵਰਤਦੇ ਹਨ। ਹਸਪਤਾਲ
ਦੀ ਓਟੀ ਨੇ ਅਪ੍ਰੈਲ ਵਿੱਚ ਵੈੱਟ ਰੂਮ ਅਤੇ ਪਿਛਲੇ ਦਰਵਾਜ਼ੇ ਲਈ ਰੈਂਪ ਦੀ ਸਿਫ਼ਾਰਸ਼ ਭੇਜੀ ਸੀ। ਸਾਡੇ ਸਿਸਟਮ ਵਿੱਚ ਉਹ ਸਿਫ਼ਾਰਸ਼ ਗ਼ਲਤ
ਪਤੇ, [[ADDRESS:8 Lansdowne Road]], ਉੱਤੇ ਦਰਜ ਹੋ ਗਈ, ਅਤੇ ਸੱਤ ਮਹੀਨੇ ਕੋਈ ਕੰਮ ਨਹੀਂ ਹੋਇਆ।

ਉਨ੍ਹਾਂ ਦੇ ਦੋਹਤੇ [[PERSON:ਹਰਮਨ]] ਨੇ ਸਾਨੂੰ ਅਤੇ ਹਾਊਸਿੰਗ ਓਮਬਡਸਮੈਨ ਨੂੰ ਲਿਖਿਆ। ਸਾਡਾ ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:TCH-2024-0613]]
ਸੀ ਅਤੇ ਓਮਬਡਸਮੈਨ ਦਾ ਕੇਸ ਨੰਬਰ [[REFERENCE:202409876]]। ਬੀਬੀ ਜੀ ਹਰ ਰੋਜ਼ [[ADDRESS:ਗੁਰਦੁਆਰਾ ਰਾਮਗੜ੍ਹੀਆ ਸਭਾ]] ਜਾਂਦੇ ਸਨ, ਪਰ
ਪੈਰ ਕੱਟਣ ਮਗਰੋਂ ਘਰੋਂ ਨਿਕਲਣਾ ਬੰਦ ਹੋ ਗਿਆ ਸੀ, ਕਿਉਂਕਿ ਪਿਛਲੇ ਦਰਵਾਜ਼ੇ 'ਤੇ ਤਿੰਨ ਪੌੜੀਆਂ ਹਨ।

ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ ਮੈਂ ਖ਼ੁਦ ਬੀਬੀ ਜੀ ਨੂੰ ਮਿਲਣ ਗਈ ਅਤੇ ਉਨ੍ਹਾਂ ਨਾਲ ਪੰਜਾਬੀ ਵਿੱਚ ਗੱਲ ਕੀਤੀ। ਅਸੀਂ ਗ਼ਲਤੀ ਮੰਨੀ ਅਤੇ ਮਾਫ਼ੀ ਮੰਗੀ।
ਛੇ ਹਫ਼ਤਿਆਂ ਵਿੱਚ [[ORGANISATION:Colnbrook Adaptations Ltd]] ਨੇ ਵੈੱਟ ਰੂਮ ਅਤੇ ਰੈਂਪ ਲਗਾ ਦਿੱਤੇ। ਅਸੀਂ ੯੦੦ ਪੌਂਡ ਮੁਆਵਜ਼ਾ
ਦਿੱਤਾ, ਅਤੇ ਜਦੋਂ ਤੱਕ ਕੰਮ ਚੱਲਿਆ, ਉਨ੍ਹਾਂ ਦੀ ਨੂੰਹ [[PERSON:ਕੁਲਵਿੰਦਰ]] ਦੇ ਘਰ ਰਹਿਣ ਦਾ ਖ਼ਰਚਾ ਵੀ।

ਅਸੀਂ ਕੀ ਸਿੱਖਿਆ: ਹਰ ਓਟੀ ਸਿਫ਼ਾਰਸ਼ ਦਾ ਪਤਾ ਹੁਣ ਪੋਸਟਕੋਡ ਨਾਲ ਮਿਲਾ ਕੇ ਦਰਜ ਕੀਤਾ ਜਾਂਦਾ ਹੈ ਅਤੇ ਪਰਿਵਾਰ ਨੂੰ ਦਸ ਦਿਨਾਂ ਵਿੱਚ
ਪੁਸ਼ਟੀ ਭੇਜੀ ਜਾਂਦੀ ਹੈ। ਪੰਜਾਬੀ ਵਿੱਚ ਗੱਲ ਕਰਨ ਲਈ ਮੇਰਾ ਨੰਬਰ [[PHONE:07700 900 689]] ਹੈ ਜਾਂ
[[EMAIL:n.sahota@thamescrossing.example.org]] 'ਤੇ ਲਿਖੋ।
"""),
    ),
    (
        "fv2aa-pa-05",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਹਰਜੀਤ ਸਿੰਘ ਮਾਨ]] ਹਾਂ, ਗ੍ਰੇਵਜ਼ੈਂਡ ਵਿੱਚ [[ADDRESS:Clifton Heights]] ਦੀ ਟੈਨੈਂਟ ਕਮੇਟੀ ਦਾ ਮੈਂਬਰ। ਬਿਲਡਿੰਗ ਵਿੱਚ
ਬਹੁਤੇ ਲੋਕ ਮੈਨੂੰ [[PERSON:ਹਰਜੀਤ]] ਭਾਜੀ ਕਹਿੰਦੇ ਹਨ। ਸਾਡੀ ਬਿਲਡਿੰਗ ਚੌਦਾਂ ਮੰਜ਼ਿਲਾਂ ਦੀ ਹੈ, ਪੋਸਟਕੋਡ [[POSTCODE:DA11 0QS]], ਅਤੇ
ਮਾਲਕ [[ORGANISATION:Medway Riverside Housing]] ਹੈ।

ਪਿਛਲੀ ਗਰਮੀ ਵਿੱਚ ਦੋਵੇਂ ਲਿਫਟਾਂ ਪੰਜ ਹਫ਼ਤੇ ਬੰਦ ਰਹੀਆਂ। ਸਭ ਤੋਂ ਵੱਧ ਔਖ ਮਾਤਾ [[PERSON:ਪ੍ਰੀਤਮ ਕੌਰ]] ਜੀ ਨੂੰ ਹੋਈ, ਜੋ
[[ADDRESS:ਫਲੈਟ ੯੧]] ਵਿੱਚ ਗਿਆਰ੍ਹਵੀਂ ਮੰਜ਼ਿਲ 'ਤੇ ਰਹਿੰਦੇ ਹਨ। ਉਨ੍ਹਾਂ ਦੀ ਉਮਰ [[AGE:੮੪ ਸਾਲ]] ਹੈ ਅਤੇ ਉਨ੍ਹਾਂ ਨੂੰ
[[HEALTH:ਦਿਲ ਦੀ ਬਿਮਾਰੀ]] ਹੈ। ਉਹ ਪੰਜ ਹਫ਼ਤੇ ਘਰੋਂ ਨਹੀਂ ਨਿਕਲੇ; ਗੁਰਦੁਆਰੇ ਦੇ ਨੌਜਵਾਨ ਲੰਗਰ ਉੱਪਰ ਪਹੁੰਚਾਉਂਦੇ ਰਹੇ।

[[ORGANISATION:Kentlift Services]] ਦਾ ਇੰਜੀਨੀਅਰ ਤਿੰਨ ਵਾਰ ਆਇਆ। ਇੱਕ ਵਾਰ ਤਾਂ ਉਸ ਦੀ ਵੈਨ [[OTHER_ID:GJ70 RTX]] ਇੱਕ ਘੰਟਾ ਬਾਹਰ
ਖੜ੍ਹੀ ਰਹੀ ਅਤੇ ਉਹ ਬਿਨਾਂ ਕੁਝ ਦੱਸੇ ਚਲਾ ਗਿਆ। ਮੈਂ ਕਮੇਟੀ ਵੱਲੋਂ ਸਾਂਝੀ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਨੰਬਰ [[REFERENCE:MRH-LFT-5530]], ਅਤੇ
ਆਪਣਾ ਫ਼ੋਨ [[PHONE:੦੭੭੦੦ ੯੦੦ ੩੮੨]] ਅਤੇ ਈਮੇਲ [[EMAIL:harjit dot mann at example dot org]] ਦਿੱਤੀ।

ਪਹਿਲੇ ਪੜਾਅ ਵਿੱਚ ਕਿਹਾ ਗਿਆ ਕਿ ਪੁਰਜ਼ੇ ਦੀ ਉਡੀਕ ਹੈ। ਕੌਂਸਲਰ [[PERSON:ਓਕਾਫ਼ੋਰ]] ਨੇ ਵੀ ਚਿੱਠੀ ਲਿਖੀ। ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ ਹਾਊਸਿੰਗ
ਮੈਨੇਜਰ [[PERSON:ਪੌਲ ਹੈਂਡਰਸਨ]] ਮੀਟਿੰਗ ਵਿੱਚ ਆਏ ਅਤੇ ਮੰਨਿਆ ਕਿ ਬਜ਼ੁਰਗ ਰਿਹਾਇਸ਼ੀਆਂ ਦੀ ਕੋਈ ਸੂਚੀ ਹੀ ਨਹੀਂ ਸੀ। ਇੱਕ ਲਿਫਟ
ਦੋ ਦਿਨਾਂ ਵਿੱਚ ਚਾਲੂ ਹੋ ਗਈ, ਦੂਜੀ ਅਗਲੇ ਹਫ਼ਤੇ। ਮਾਤਾ ਜੀ ਨੂੰ ੫੦੦ ਪੌਂਡ ਮਿਲੇ ਅਤੇ ਬਾਕੀ ਉੱਪਰਲੀਆਂ ਮੰਜ਼ਿਲਾਂ ਵਾਲਿਆਂ ਨੂੰ ੧੫੦
ਪੌਂਡ।

ਹੁਣ ਹਰ ਮੰਜ਼ਿਲ ਦੇ ਬਜ਼ੁਰਗਾਂ ਅਤੇ ਅਪਾਹਜ ਲੋਕਾਂ ਦੀ ਸੂਚੀ ਦਫ਼ਤਰ ਕੋਲ ਹੈ, ਅਤੇ ਲਿਫਟ ਬੰਦ ਹੋਣ 'ਤੇ ਪਹਿਲੇ ਦਿਨ ਹੀ ਹਰ ਇੱਕ ਨੂੰ ਫ਼ੋਨ
ਜਾਂਦਾ ਹੈ। ਭਾਈਚਾਰਾ ਇਕੱਠਾ ਹੋਵੇ ਤਾਂ ਗੱਲ ਸੁਣੀ ਜਾਂਦੀ ਹੈ।
"""),
    ),
    (
        "fv2aa-pl-01",
        "pl",
        _s("""
Cześć, jestem [[PERSON:Magdalena Wiśniewska]], dla wszystkich po prostu [[PERSON:Madzia]]. Mam [[AGE:27 lat]] i mieszkam
z synkiem [[PERSON:Kubusiem]] (ma [[AGE:3 latka]]) w [[ADDRESS:mieszkaniu nr 12]] w bloku [[ADDRESS:Ashton Court]] w
Peterborough, [[POSTCODE:PE1 5TW]]. Właścicielem jest [[ORGANISATION:Fenland Reach Homes]].

Zeszłej zimy w pokoju [[PERSON:Kubusia]] pojawił się czarny grzyb, najpierw w rogu, potem za szafą i na suficie. Mały
ciągle kaszlał, a lekarka z [[ADDRESS:Millfield Medical Practice]] powiedziała, że to już wygląda na [[HEALTH:astmę]] i
że grzyb na pewno nie pomaga. Dzwoniłam na linię napraw [[PHONE:+44 7700 900 541]] chyba z dziesięć razy, dostałam numer
zlecenia [[REFERENCE:FRH-114870]], przyszedł pan, popsikał ścianę i poszedł. Po dwóch tygodniach to samo.

Pomogła mi dopiero pani [[PERSON:Agnieszka Sowa]] z [[ADDRESS:parafii św. Andrzeja Boboli]], do której chodzimy w
niedzielę, bo ona zna angielski lepiej niż ja. Razem napisałyśmy skargę, numer [[REFERENCE:FRH/CP/2024/0392]], i
wysłałam ją z mojego maila [[EMAIL:madzia.wisniewska@example.com]] ze zdjęciami i zaświadczeniem od lekarki.

Na pierwszym etapie odpisali, że suszę pranie w domu. No suszę, a gdzie mam suszyć?! Poszłyśmy z
[[PERSON:Agnieszką]] do drugiego etapu. Wtedy przyjechał pan [[PERSON:Darren Cole]], kierownik od skarg, i razem z
inspektorem znaleźli przeciekającą rynnę nad oknem. Wymienili rynnę, osuszyli ścianę, zamontowali wentylator w łazience i
wypłacili 480 funtów. Panu [[PERSON:Darrenowi]] muszę przyznać, że dzwonił potem dwa razy zapytać, czy wszystko
w porządku.

Powiedzieli, że nauczyli się nie zwalać winy na lokatora, zanim ktoś porządnie nie obejrzy budynku, i że rodziny z
małymi dziećmi idą teraz na szybszą ścieżkę. [[PERSON:Kubuś]] śpi spokojnie, a ja w końcu też.
"""),
    ),
    (
        "fv2aa-pl-02",
        "pl",
        _s("""
Nazywam się [[PERSON:Zbigniew Kaczmarek]]. Urodziłem się [[DATE_OF_BIRTH:trzeciego maja tysiąc dziewięćset
pięćdziesiątego roku]] w Radomiu, a do Anglii przyjechałem w 2005, kiedy syn już tu pracował. Koledzy z budowy mówili na
mnie [[PERSON:Zbyszek]] i tak zostało. Od dziewięciu lat mieszkam sam w domku szeregowym pod adresem
[[ADDRESS:27 Clatworthy Road]], Bristol [[POSTCODE:BS5 9LQ]], wynajmowanym od [[ORGANISATION:Avonbridge Housing]]. Żona,
świętej pamięci [[PERSON:Halina]], zmarła w 2019.

Przez półtora roku przeciekał dach nad sypialnią. [[ORGANISATION:Severn Roofing Ltd]] przyjeżdżało trzy razy, dokładało
dachówkę i odjeżdżało, a woda dalej kapała do wiadra. Mam [[HEALTH:chorobę wieńcową]] i lekarz kazał mi się nie
denerwować, łatwo powiedzieć. Przy telefonie proszono mnie o numer ubezpieczenia [[NI_NUMBER:QQ 20 58 74 C]], potem o
numer najmu [[REFERENCE:AVB-T-008812]], a potem nikt nie oddzwaniał na [[PHONE:0117 496 0692]].

Pomógł mi sąsiad, pan [[PERSON:Winston Clarke]], emerytowany kierowca autobusu. To [[PERSON:Winstonowi]] zawdzięczam, że
w ogóle złożyłem formalną skargę. Dostała numer [[REFERENCE:AVB-CMP-3317]]. Na pierwszym etapie przeprosili, ale dalej
nic. Na drugim etapie przyszła pani [[PERSON:Sarah Whitlock]] z działu skarg, weszła na strych i zobaczyła przegniłe
deskowanie. W ciągu miesiąca cały dach był nowy. Dostałem 700 funtów i nowy materac.

Napisali, że teraz po trzecim zgłoszeniu tego samego przecieku zawsze przyjeżdża inspektor, a nie ta sama ekipa. I że
każdy lokator dostaje nazwisko jednej osoby, która prowadzi jego sprawę. Ksiądz z
[[ADDRESS:kościoła Matki Bożej Częstochowskiej]] na naszej ulicy powiedział, żebym to opisał dla innych. No to opisałem.
"""),
    ),
    (
        "fv2aa-pl-03",
        "pl",
        _s("""
Studium przypadku przygotowała [[PERSON:Katarzyna Zielińska]], specjalistka ds. skarg w
[[ORGANISATION:Wolds Gateway Housing]]. Publikujemy je za zgodą lokatorki.

Pani [[PERSON:Bożena Nowak]] mieszka z córką [[PERSON:Zuzanną]] w [[ADDRESS:mieszkaniu 3B]] w budynku
[[ADDRESS:Beverley Towers]] w Hull ([[POSTCODE:HU3 2LB]]). [[PERSON:Zuzia]] ma [[AGE:8 lat]] i chodzi do
[[ADDRESS:Queensgate Primary School]]. W marcu 2023 z mieszkania powyżej zaczęła kapać woda przez sufit w łazience i
przedpokoju. Zgłoszenie naprawy, numer [[REFERENCE:WGH-R-260915]], przekazano firmie
[[ORGANISATION:Humber Plumbing Solutions]], która dwa razy nie zastała nikogo w mieszkaniu wyżej i zamknęła zlecenie.

Przez cztery miesiące pani [[PERSON:Bożena]] podstawiała miski. Sufit w przedpokoju w końcu się zapadł. Pani
[[PERSON:Nowak]] choruje na [[HEALTH:depresję]] i, jak sama napisała, czuła, że nikt jej nie słucha. Złożyła skargę,
numer [[REFERENCE:WGH/CO/1187]], a kiedy pierwszy etap nie przyniósł rozwiązania, zwróciła się także do Rzecznika ds.
Mieszkalnictwa (sprawa [[REFERENCE:202321098]]).

Na drugim etapie rozmawiałam z panią [[PERSON:Bożeną]] po polsku, bez tłumacza. Przyznaliśmy, że zamknięcie zlecenia
z powodu braku dostępu do innego lokalu było błędem: mieliśmy prawo wejść do mieszkania powyżej w nagłym wypadku. W ciągu
tygodnia naprawiono rurę, sufit odbudowano, a rodzina dostała 850 funtów za szkody i stres. Dla [[PERSON:Zuzi]] kupiliśmy
nowe biurko, bo stare napęczniało od wody.

Czego się nauczyliśmy: przeciek z innego mieszkania to nasz obowiązek, nie sprawa między sąsiadami, a brak dostępu nie może
zamykać zlecenia. Lokatorzy mówiący po polsku mogą pisać do mnie na [[EMAIL:k.zielinska@woldsgateway.example.org]] albo
dzwonić pod [[PHONE:07700 900 327]].
"""),
    ),
    (
        "fv2aa-pl-04",
        "pl",
        _s("""
hej, jestem [[PERSON:Oliwia Krawczyk]], mam [[AGE:14 lat]], chodzę do [[ADDRESS:Ealing Fields High School]] i piszę to za
mamę, bo ona się wstydzi pisać po angielsku. mieszkamy w [[ADDRESS:Hanwell Court]], w [[ADDRESS:mieszkaniu numer 40]] na
czwartym piętrze, właściciel to [[ORGANISATION:Brent Valley Homes]].

od zeszłego lata na naszej klatce schodowej siedziała grupa chłopaków, palili, handlowali czymś, krzyczeli w nocy. raz
jeden zablokował mamie drzwi i powiedział, że [[OTHER_SPECIAL:Polaczki]] mają wracać do siebie. mama, czyli
[[PERSON:Iwona Krawczyk]], zgłosiła to jako zachowanie antyspołeczne, numer sprawy [[REFERENCE:BVH-ASB-4471]], ale
przez dwa miesiące nikt nic nie zrobił. mama przestała wychodzić po zmroku, a ja nie mogłam zapraszać koleżanek.

wtedy nagrałam filmik i wrzuciłam na mój profil [[OTHER_ID:@oliwka.k_]], i dopiero jak to się rozeszło po osiedlu,
ktoś z administracji się odezwał. napisałyśmy oficjalną skargę, numer [[REFERENCE:BVH/C/24/0873]], z maila mamy
[[EMAIL:iwona.krawczyk małpa example kropka net]] (tak, podałyśmy go słownie, bo mama tak woli).

na drugim etapie zadzwoniła pani [[PERSON:Shanice Boateng]] z zespołu ASB na numer mamy [[PHONE:020 7946 0163]]. Powiedziała
wprost, że traktowali to jak "hałas", a to było nękanie na tle narodowościowym. [[PERSON:Shanice]] przyszła z policją,
zamontowali kamerę i zamek z kodem na klatce, a mamie wypłacili 300 funtów. jednego z chłopaków przeniesiono.

teraz mówią, że jak ktoś wspomina o narodowości albo religii, sprawa od razu idzie wyżej. mama mówi, że jestem jej
tłumaczką, a [[PERSON:Oliwka]] to już nie dziecko. no i dobrze.
"""),
    ),
    (
        "fv2aa-pl-05",
        "pl",
        _s("""
Pracuję jako asystentka wsparcia w Boston w hrabstwie Lincolnshire, nazywam się [[PERSON:Ewa Mazur]]. Chcę opisać sprawę
pana [[PERSON:Wojciecha Lewandowskiego]], którego wszyscy znają jako [[PERSON:Wojtka]].

[[PERSON:Wojtek]] ma [[AGE:41 lat]]. W 2022 spadł z rusztowania i od tamtej pory porusza się na wózku; ma
[[HEALTH:uraz rdzenia kręgowego]]. Mieszka z żoną [[PERSON:Renatą]] i dwójką dzieci pod adresem
[[ADDRESS:16 Fenside Crescent]], [[POSTCODE:PE21 8QN]], w domu należącym do [[ORGANISATION:Witham Marsh Housing]]. Po
wypisie ze szpitala terapeutka zajęciowa zaleciła podjazd, poszerzenie drzwi i prysznic bez brodzika. Na wniosku był
jego numer NHS [[OTHER_ID:602 118 4473]] i numer rejestracyjny przystosowanego auta [[OTHER_ID:YR17 BHX]], bo chodziło
też o miejsce parkingowe przy domu.

Minęło jedenaście miesięcy. [[PERSON:Wojtka]] myła żona w kuchni, a do toalety wnosił go szwagier. [[PERSON:Wojtkowi]] nikt
nie zaproponował nawet krzesła pod prysznic. Złożyliśmy skargę,
numer [[REFERENCE:WMH-ADP-7719]], a kontakt podałam swój: [[PHONE:07700 900 908]] i [[EMAIL:ewa.mazur@example.org]].

Na pierwszym etapie odpisano, że brakuje funduszy. Na drugim etapie spotkała się z nami pani [[PERSON:Helen Fairclough]],
dyrektorka ds. obsługi lokatorów, przyznała, że wniosek leżał bez przypisanego pracownika, i przeprosiła
[[PERSON:Wojtka]] osobiście. W ciągu dziesięciu tygodni firma [[ORGANISATION:Lincs Access Builders]] zrobiła podjazd,
łazienkę i wyznaczyła miejsce dla auta. Rodzina dostała 1200 funtów.

[[ORGANISATION:Witham Marsh]] wprowadziło zasadę, że każdy wniosek o przystosowanie ma swojego opiekuna i termin, a
rodzina co miesiąc dostaje informację. [[PERSON:Wojtek]] mówi, że pierwszy raz od roku sam wyjechał do ogrodu.
"""),
    ),
    (
        "fv2aa-ro-01",
        "ro",
        _s("""
Bună, sunt [[PERSON:Andreea Popescu]], am [[AGE:29 de ani]] și locuiesc cu soțul meu, [[PERSON:Cosmin]], și cu băiețelul
nostru, [[PERSON:Ștefan]], în [[ADDRESS:apartamentul 6]] din blocul [[ADDRESS:Greenhill Court]], Harrow,
[[POSTCODE:HA1 4GP]]. Proprietarul este [[ORGANISATION:Harrow Weald Housing Trust]].

[[PERSON:Ștefănel]] are [[AGE:4 ani]] și merge la grădinița [[ADDRESS:Little Stars Nursery]] de pe colț. Din toamna lui 2022
peretele din camera lui s-a umplut de mucegai negru, până și jucăriile miroseau a umezeală. Medicul de la
[[ADDRESS:Roxeth Green Surgery]] ne-a spus că are [[HEALTH:astm]] și că mucegaiul îl agravează. Am sunat la reparații de nu
mai știu câte ori, numărul lucrării era [[REFERENCE:HWHT-55021]], dar veneau, dădeau cu spray și plecau.

Am pus poze pe profilul meu, [[OTHER_ID:facebook.com/andreea.popescu.harrow]], și o doamnă de la
[[ADDRESS:Biserica Ortodoxă Sfântul Ioan Botezătorul]], unde mergem duminica, mi-a zis să fac plângere oficială în scris.
Am trimis-o de pe [[EMAIL:andreea.popescu90@example.com]], cu numărul [[REFERENCE:HWHT/CMP/0419]], și am lăsat telefonul
[[PHONE:07700 900 613]].

La prima etapă ni s-a răspuns că e condens de la rufele uscate în casă. Am cerut etapa a doua. A venit doamna
[[PERSON:Claire Donovan]] cu un inspector și au găsit că ventilația din baie nu fusese conectată niciodată, tubul se oprea
în tavan! Au refăcut ventilația, au tratat pereții, au schimbat geamul din camera lui [[PERSON:Ștefan]] și ne-au dat 520
de lire.

Doamna [[PERSON:Donovan]] a scris că au învățat să nu dea vina pe chiriaș înainte să verifice clădirea și că familiile cu
copii mici cu probleme de respirație au acum prioritate. [[PERSON:Cosmin]] zice că am fost prea insistentă. Eu zic că
[[PERSON:Ștefănel]] nu mai tușește noaptea.
"""),
    ),
    (
        "fv2aa-ro-02",
        "ro",
        _s("""
Ma numesc [[PERSON:Ion Munteanu]], am [[AGE:38 de ani]], lucrez in constructii si stau in Nottingham, la
[[ADDRESS:33 Radford Grove]], [[POSTCODE:ng73bq]], in casa de la [[ORGANISATION:Trent Side Homes]]. Scriu fara diacritice,
scuzati, de pe telefon. Baietii de pe santier imi zic [[PERSON:Ionut]].

Anul trecut am avut soareci in bucatarie si apoi plosnite in dormitor. Nu era de la noi, veneau din casa de alaturi care
statea goala de opt luni. Sotia mea, [[PERSON:Mariana]], nu mai dormea, fetita noastra [[PERSON:Bianca]] era plina de
intepaturi si la scoala, la [[ADDRESS:Hyson Green Primary]], au crezut ca are varicela.

Am sunat la [[PHONE:0115 496 0758]], am primit numarul [[REFERENCE:TSH-P-30771]]. A venit firma
[[ORGANISATION:BugBusters East Midlands]] de doua ori, dar numai la noi, nu si in casa goala. Asa ca dupa doua saptamani
iar aveam. Am facut plangere scrisa cu ajutorul lui nea [[PERSON:Costel]], vecinul de la [[ADDRESS:nr. 35]], care stie
engleza mai bine ca mine. Plangerea a avut numarul [[REFERENCE:TSH-CMP-1142]] si le-am dat mailul
[[EMAIL:ion.munteanu.ng7@example.net]].

La etapa 1 au spus ca e "problema de curatenie". M-a durut, sincer. La etapa 2 a venit un domn, [[PERSON:Rob Fletcher]],
manager, si a intrat si in casa goala. Acolo era plin. Au tratat ambele case de trei ori, au sigilat gaurile de pe langa
tevi, ne-au inlocuit salteaua si canapeaua si ne-au dat 400 de lire. Domnul [[PERSON:Fletcher]] si-a cerut scuze pentru
cuvantul "curatenie".

Au zis ca acum, cand au o casa goala langa una cu daunatori, o trateaza pe amandoua din prima zi. Si ca nu mai scriu in
raspuns ca e vina chiriasului pana nu vad. Atat, multumesc.
"""),
    ),
    (
        "fv2aa-ro-03",
        "ro",
        _s("""
Mă numesc [[PERSON:Elena Dumitrescu]] și sunt născută pe [[DATE_OF_BIRTH:14.09.1947]], la Craiova. Vecinii din bloc îmi
spun tanti [[PERSON:Leni]]. Locuiesc singură în [[ADDRESS:apartamentul 152]], la etajul cincisprezece al blocului
[[ADDRESS:Carlisle Tower]], în estul Londrei, [[POSTCODE:E14 9TD]]. Proprietarul este
[[ORGANISATION:Poplar Quay Homes]].

Am [[HEALTH:artroză]] la ambii genunchi. În februarie, liftul blocului s-a stricat și a stat așa aproape șapte săptămâni.
Nu puteam coborî cincisprezece etaje, așa că nu am mai ieșit deloc. Nu am mai ajuns nici la
[[ADDRESS:Biserica Sfântul Ierarh Nicolae]], unde cânt în cor de douăzeci de ani. Nepoata mea, [[PERSON:Irina]], îmi aducea
cumpărăturile când putea, dar ea lucrează în Reading.

[[PERSON:Irina]] a făcut plângerea în numele meu, numărul [[REFERENCE:PQH/LIFT/2291]]. Au vrut și numărul meu de
asigurări, l-am dat: [[NI_NUMBER:QQ 85 13 42 A]]. Răspunsul de la prima etapă spunea doar că firma
[[ORGANISATION:Liftcare Solutions]] așteaptă o piesă. Atunci am scris și la Ombudsmanul pentru Locuințe, iar la etapa a doua
m-a sunat domnul [[PERSON:Marcus Thompson]] pe fix, la [[PHONE:020 7946 0537]]. A venit personal, a urcat pe jos până la
mine, și cred că asta l-a convins.

În aceeași săptămână mi-au oferit un apartament temporar la parter, în [[ADDRESS:Carlisle Court]], vizavi, până s-a
reparat liftul. Am primit 600 de lire pentru necazul prin care am trecut. Domnul [[PERSON:Thompson]] mi-a scris apoi că au
făcut o listă cu toți locatarii din blocurile înalte care nu pot folosi scările și că îi sună chiar din prima zi când se
strică liftul.

Am [[AGE:76 de ani]] și nu credeam că o plângere schimbă ceva. Schimbă. Scrieți!
"""),
    ),
    (
        "fv2aa-ro-04",
        "ro",
        _s("""
Sunt [[PERSON:Gabriela Stan]], reprezentantă a chiriașilor pe strada noastră din Sheffield. Lumea îmi zice
[[PERSON:Gabi]]. Vreau să povestesc ce s-a întâmplat cu familia [[PERSON:Lăcătuș]], cu acordul lor.

[[PERSON:Florin Lăcătuș]] și soția lui, [[PERSON:Mirela]], locuiesc cu cinci copii într-o casă cu două dormitoare la
[[ADDRESS:71 Ellesmere Walk]], [[POSTCODE:S4 7HN]], închiriată de la [[ORGANISATION:Don Valley Homes]]. Sunt o familie de
[[OTHER_SPECIAL:romi]], cu [[OTHER_SPECIAL:settled status]]. Fata cea mare, [[PERSON:Denisa]], are
[[AGE:12 ani]] și învață la [[ADDRESS:Pitsmoor Hill Academy]]; își făcea temele pe cada din baie, singurul loc liniștit.

Erau pe lista de așteptare din 2020, numărul [[REFERENCE:SHR-0664193]], dar cererea stătea blocată. Am aflat de ce abia
când ne-am uitat împreună la scrisori: consiliul le ceruse din nou numărul pașaportului lui [[PERSON:Florin]],
[[OTHER_ID:058123476]], și o copie, iar scrisoarea fusese trimisă doar în engleză. Nimeni nu o înțelesese. Eu i-am ajutat să
facă o plângere, cu numărul [[REFERENCE:DVH-C-30558]], și am dat telefonul meu, [[PHONE:07700 900 224]].

Domnul [[PERSON:Florin]] a fost umilit când la telefon cineva l-a întrebat dacă „toți [[OTHER_SPECIAL:romii]] au atâția copii”. Asta am
scris-o și în plângere. La etapa a doua, doamna [[PERSON:Joanne Reid]], șefa de la alocări, a venit cu o interpretă de
limba română, și-a cerut scuze, a deblocat cererea și a mutat familia în banda de prioritate pentru supraaglomerare. În
martie au primit o casă cu patru dormitoare și 350 de lire.

Concluzia lor, scrisă negru pe alb: scrisorile importante se trimit și în limba chiriașului, și orice comentariu despre
etnie se tratează ca o plângere separată. [[PERSON:Denisei]] i s-a dat, în sfârșit, o cameră a ei.
"""),
    ),
    (
        "fv2aa-ro-05",
        "ro",
        _s("""
salut, sunt [[PERSON:Alexandru Vasilescu]] dar toată lumea îmi zice [[PERSON:Alex]]. am [[AGE:16 ani]], sunt la
[[ADDRESS:Netteswell Park School]] în Harlow și scriu pentru tata, [[PERSON:Gheorghe Vasilescu]], care nu se descurcă cu
mailurile. stăm la [[ADDRESS:19 Orchard Mead]], [[POSTCODE:CM20 3QR]], casa e de la
[[ORGANISATION:Stort Valley Homes]].

iarna trecută centrala s-a stricat de patru ori în două luni. de fiecare dată venea cineva de la
[[ORGANISATION:Essex Gas Care]], o pornea și pleca, și după câteva zile iar nimic. tata are [[HEALTH:hernie de disc]] și în
frig abia se mai ridica din pat. am stat cu paltoanele pe noi în casă. numărul de la reparații era
[[REFERENCE:SVH-HT-88410]].

am făcut plângere online, cu numărul [[REFERENCE:SVH/CF/2024/227]], și am pus numărul meu, [[PHONE:+44 7700 900 477]],
și mailul tatei, [[EMAIL:gheorghe.vasilescu@example.org]]. am mai postat și un video pe tiktok, [[OTHER_ID:@alex.vsl]], cu
termometrul arătând 12 grade în sufragerie lol.

la prima etapă ne-au zis că centrala „funcționează la vizita inginerului”. păi da, funcționa o zi. la etapa a doua m-a sunat
domnișoara [[PERSON:Hannah Greaves]] și a zis că au văzut istoricul: aceeași defecțiune de patru ori. au pus centrală
nouă în trei zile și ne-au dat 450 de lire. au vrut să facă plata în contul tatei, așa că tata le-a dat sort code-ul
[[OTHER_ID:40-12-88]] și contul [[OTHER_ID:71630294]] la telefon, cu mine lângă el.

[[PERSON:Hannah]] a scris că acum, dacă aceeași problemă apare de trei ori, se trimite automat un inspector senior și nu
același tehnician. tata zice că nu credea că „un copil” poate rezolva așa ceva. ei bine, [[PERSON:Alex]] a rezolvat.
"""),
    ),
    (
        "fv2aa-ur-01",
        "ur",
        _s("""
السلام علیکم، میرا نام [[PERSON:شازیہ پروین]] ہے، محلے میں سب [[PERSON:شازیہ]] باجی کہتے ہیں۔ میری عمر [[AGE:۳۱ سال]] ہے
اور میں اپنے شوہر [[PERSON:عمران]] اور دو بچوں کے ساتھ [[ADDRESS:۱۴ ایشورتھ اسٹریٹ]]، راچڈیل، [[POSTCODE:OL12 6DY]] میں
رہتی ہوں۔ گھر [[ORGANISATION:Roch Valley Housing]] کا ہے، اور [[ADDRESS:جامع مسجد غوثیہ]] ہماری گلی کے بالکل کونے پر ہے۔

پچھلی سردیوں میں بچوں کے کمرے کی دیوار پر کالی پھپھوندی پھیل گئی۔ میرا بیٹا [[PERSON:حمزہ]]، جس کی عمر [[AGE:۵ سال]] ہے
اور جو [[ADDRESS:Cronkeyshaw Fields Primary]] میں پڑھتا ہے، رات کو کھانستا رہتا تھا۔ ڈاکٹر نے بتایا کہ اسے [[HEALTH:دمہ]]
ہے اور نمی اس کو بڑھا رہی ہے۔ میں نے مرمت کی لائن [[PHONE:0161 496 0947]] پر بار بار فون کیا، کام کا نمبر
[[REFERENCE:RVH-44218]] ملا، لیکن آدمی آ کر صرف اسپرے کر کے چلا جاتا۔

پھر ساتھ والی [[PERSON:نصرت]] آپا نے کہا کہ لکھ کر شکایت کرو، اور ان کی بیٹی [[PERSON:سدرہ]] نے انگریزی میں ای میل لکھ دی۔
میں نے اپنے ای میل [[EMAIL:shazia.parveen.ol12@example.com]] سے بھیجی، شکایت نمبر [[REFERENCE:RVH/CMP/7730]]۔

پہلے مرحلے میں جواب آیا کہ ہم گھر کے اندر کپڑے سکھاتے ہیں۔ ہم نے دوسرے مرحلے کی درخواست کی۔ اس بار مس
[[PERSON:کیلی ہیوز]] ([[PERSON:Kelly Hughes]]) خود آئیں، اور ان کے ساتھ سروے کرنے والے نے دیکھا کہ باہر کی دیوار کی
پائپ ٹوٹی ہوئی ہے اور پانی اندر جا رہا ہے۔ پائپ بدلا گیا، دیوار ٹھیک ہوئی، کمرے میں پنکھا لگا، اور ہمیں ۵۰۰ پاؤنڈ ملے۔

مس [[PERSON:ہیوز]] نے لکھا کہ اب وہ کرایہ دار کو الزام دینے سے پہلے عمارت کی جانچ کرتے ہیں، اور جس گھر میں چھوٹے بچے ہوں
وہاں پھپھوندی کی شکایت جلدی دیکھی جاتی ہے۔ اب [[PERSON:حمزہ]] سکون سے سوتا ہے، الحمدللہ۔
"""),
    ),
    (
        "fv2aa-ur-02",
        "ur",
        _s("""
میں [[PERSON:چوہدری محمد اسلم]] ہوں۔ ہائی وکمب میں لوگ مجھے [[PERSON:چوہدری]] صاحب کے نام سے جانتے ہیں۔ میری تاریخ پیدائش
[[DATE_OF_BIRTH:دس جنوری انیس سو اڑتالیس]] ہے؛ میں ۱۹۶۶ میں میرپور سے یہاں آیا تھا اور ساری عمر فرنیچر کی فیکٹری میں کام کیا۔
اب میں اور میری بیوی [[PERSON:نسیم بیگم]] [[ADDRESS:Desborough House]] کے [[ADDRESS:فلیٹ نمبر 7]] میں رہتے ہیں، پوسٹ کوڈ
[[POSTCODE:HP11 2PW]]، مالک [[ORGANISATION:Wycombe Rye Housing]] ہے۔

مجھے [[HEALTH:گردوں کی بیماری]] ہے اور ہفتے میں تین بار ڈائیلسز کے لیے ہسپتال جاتا ہوں۔ پچھلے دسمبر میں ہمارا ہیٹنگ کا نظام
بند ہو گیا۔ سترہ دن تک کوئی نہیں آیا۔ ڈائیلسز کے بعد جسم ویسے ہی ٹھنڈا ہوتا ہے، اور گھر برف کی طرح تھا۔

میرے بیٹے [[PERSON:طارق]] نے فون پر شکایت کی۔ انہوں نے میرا نیشنل انشورنس نمبر مانگا، [[NI_NUMBER:QQ 39 66 01 B]]، اور
شکایت کا نمبر [[REFERENCE:WRH-CF-60375]] دیا۔ [[PERSON:طارق]] نے اپنا نمبر [[PHONE:07700 900 795]] دیا کیونکہ میں انگریزی فون
پر ٹھیک سے نہیں سمجھ پاتا۔

پہلے مرحلے کا خط آیا کہ ٹھیکیدار [[ORGANISATION:Chiltern Heat Engineers]] کے پاس پرزہ نہیں تھا۔ [[PERSON:طارق]] نے دوسرے
مرحلے کے لیے لکھا اور ساتھ ہسپتال کا خط لگایا۔ اس بار مینیجر مسٹر [[PERSON:اینڈریو کولنز]] خود آئے، معافی مانگی، اسی دن دو
ہیٹر دیے، اور تین دن میں نیا بوائلر لگ گیا۔ ہمیں بجلی کے بل اور تکلیف کے لیے ۵۵۰ پاؤنڈ ملے۔

انہوں نے لکھ کر بتایا کہ اب جن کرایہ داروں کو گردوں یا دل کی بیماری ہو یا جو بہت بوڑھے ہوں، ان کا نام ایک خاص فہرست پر ہے، اور
ہیٹنگ بند ہو تو چوبیس گھنٹے میں حل نکالا جاتا ہے۔ میرا مشورہ ہے: بیٹا ہو یا بیٹی، کسی سے مدد لیں اور لکھ کر شکایت کریں۔
"""),
    ),
    (
        "fv2aa-ur-03",
        "ur",
        _s("""
میں [[PERSON:عمر فاروق]] ہوں، عمر [[AGE:۱۷ سال]]، [[ADDRESS:Forest Road Academy]] میں سکستھ فارم میں ہوں۔ یہ شکایت میں نے امی،
[[PERSON:رخسانہ کوثر]] کی طرف سے کی تھی۔ ہم سات لوگ دو کمروں کے گھر میں رہتے ہیں: [[ADDRESS:88B Markhouse Terrace]]، والتھم
اسٹو، [[POSTCODE:E17 8QL]]۔ مالک [[ORGANISATION:Lea Marshes Borough Council]] ہے۔

میری چھوٹی بہن [[PERSON:علینہ]]، جو [[AGE:۹ سال]] کی ہے، کو [[HEALTH:مرگی]] ہے۔ رات کو دورہ پڑے تو امی کو اس کے پاس سونا پڑتا
ہے، لیکن کمرے میں تین اور بچے بھی سوتے ہیں۔ ہم ۲۰۱۸ سے ہاؤسنگ رجسٹر پر تھے، نمبر [[REFERENCE:LMB-HR-552190]]، اور میڈیکل
فارم ہم نے دو بار بھرا تھا۔

جب میں نے خود کونسل کو [[PHONE:۰۲۰ ۷۹۴۶ ۰۲۵۹]] پر فون کیا تو پتا چلا کہ [[PERSON:علینہ]] کا میڈیکل فارم کبھی اسکین ہی نہیں
ہوا تھا۔ میں نے امی کے ای میل سے شکایت بھیجی، جو ہے [[EMAIL:rukhsana kausar at example dot net]]، شکایت نمبر
[[REFERENCE:LMB/CX/24/1180]]۔ ساتھ ہی انسٹاگرام پر [[OTHER_ID:@umar.f.e17]] سے ایک پوسٹ بھی کی کہ کتنے خاندان ایسے پھنسے ہیں۔

پہلے مرحلے میں صرف یہ کہا گیا کہ انتظار کی فہرست لمبی ہے۔ دوسرے مرحلے میں الاٹمنٹ ٹیم کی [[PERSON:جیما]] ([[PERSON:Gemma]])
نے امی کو ترجمان کے ساتھ فون کیا، مانا کہ فارم گم ہو گیا تھا، اور ہماری ترجیح ۲۰۱۸ سے بحال کر دی۔ چار مہینے بعد ہمیں چار
کمروں کا گھر مل گیا اور ۴۰۰ پاؤنڈ بھی۔

کونسل نے لکھا کہ اب ہر میڈیکل فارم کی رسید خاندان کو دس دن میں بھیجی جاتی ہے۔ [[PERSON:علینہ]] کا اب اپنا کمرہ ہے، اور امی کہتی
ہیں کہ [[PERSON:عمر]] بڑا وکیل بنے گا۔
"""),
    ),
    (
        "fv2aa-ur-04",
        "ur",
        _s("""
یہ کیس اسٹڈی [[ORGANISATION:Cole Valley Housing Trust]] کی شکایات افسر [[PERSON:عظمیٰ ملک]] نے کرایہ دار کی اجازت سے لکھی
ہے۔

جناب [[PERSON:غلام رسول]] اور ان کی اہلیہ [[PERSON:پروین]] اسپارک ہل، برمنگھم میں [[ADDRESS:112 Farm Croft Road]]،
[[POSTCODE:B11 1LQ]] میں رہتے ہیں، [[ADDRESS:الفلاح سویٹ سینٹر]] کے بالکل پیچھے۔ محلے میں سب انہیں [[PERSON:رسول]] بھائی اور
[[PERSON:پروین]] آپا کہتے ہیں۔ ۲۰۲۳ کی بارشوں میں چھت سے پانی ٹپکنا شروع ہوا اور اوپر کی منزل کی دونوں بیڈروم کی چھتوں پر دھبے
پڑ گئے۔ مرمت کا نمبر [[REFERENCE:CVHT-R-80214]] تھا، اور ہمارے ٹھیکیدار [[ORGANISATION:Sparkbrook Roofing Co]] نے تین
بار صرف ٹائلیں بدلیں۔

[[PERSON:پروین]] آپا کو [[HEALTH:ڈپریشن]] ہے اور بار بار کے وعدوں سے ان کی حالت خراب ہوتی گئی۔ ان کے پوتے [[PERSON:دانیال]]
نے شکایت درج کی، نمبر [[REFERENCE:CVHT/C/2023/0917]]، اور بعد میں ہاؤسنگ اومبڈسمین سے بھی رابطہ کیا، کیس نمبر
[[REFERENCE:202318844]]۔

دوسرے مرحلے میں میں خود [[ADDRESS:112 نمبر]] پر گئی اور اردو میں بات کی۔ ہم نے دیکھا کہ مسئلہ ٹائلوں کا نہیں بلکہ چھت کی
نالی کا تھا جو پڑوس کے مکان کی طرف سے بند تھی۔ ہم نے غلطی مانی اور معافی مانگی۔ دو ہفتوں میں نالی اور چھت کا ایک حصہ نیا
بنایا گیا، کمرے دوبارہ رنگے گئے، اور ۷۵۰ پاؤنڈ معاوضہ دیا گیا۔

ہم نے سیکھا کہ ایک ہی لیک تیسری بار رپورٹ ہو تو سروے کرنے والا جائے، ٹھیکیدار کا وہی عملہ نہیں؛ اور جو کرایہ دار انگریزی میں
آرام سے بات نہیں کر سکتے ان سے پہلی بار ہی ان کی زبان میں بات کی جائے۔ اردو میں رابطے کے لیے: [[PHONE:0121 496 0716]]،
[[EMAIL:uzma.malik@colevalley.example.org]]۔
"""),
    ),
    (
        "fv2aa-ur-05",
        "ur",
        _s("""
میرا نام [[PERSON:صائمہ رشید]] ہے اور میں مانچسٹر میں معذور افراد کی ایڈوکیٹ ہوں۔ یہ کہانی جناب [[PERSON:ناصر احمد]] کی ہے،
جنہیں ہم سب [[PERSON:ناصر]] صاحب کہتے ہیں، اور وہ چاہتے ہیں کہ دوسرے لوگ اس سے سیکھیں۔

[[PERSON:ناصر]] صاحب کی تاریخ پیدائش [[DATE_OF_BIRTH:22/11/1969]] ہے۔ وہ [[HEALTH:نابینا]] ہیں اور اکیلے
[[ADDRESS:Flat 3, 21 Birchfields Grove]]، [[POSTCODE:m130xw]] میں رہتے ہیں، [[ORGANISATION:Longsight Community Housing]]
کے کرایہ دار ہیں۔ وہ [[OTHER_SPECIAL:احمدی]] ہیں اور ہر جمعہ [[ADDRESS:مسجد دارالامان]] جاتے ہیں۔

۲۰۲۳ میں کچھ لوگوں نے ان کے دروازے پر نفرت بھرے الفاظ لکھے اور ان کے عقیدے کے بارے میں گالیاں دیں۔ ایک گاڑی، نمبر
[[OTHER_ID:MA66 XZT]]، رات کو ان کی کھڑکی کے نیچے رک کر ہارن بجاتی تھی۔ [[PERSON:ناصر]] صاحب دیکھ نہیں سکتے، اس لیے وہ
سمجھ نہیں پاتے تھے کہ باہر کون ہے، اور خوف کے مارے سونا چھوڑ دیا۔

انہوں نے اینٹی سوشل بیہیویئر کی رپورٹ کی، نمبر [[REFERENCE:LCH-ASB-3309]]، لیکن انہیں جو خط ملے وہ عام پرنٹ میں تھے جو وہ
پڑھ ہی نہیں سکتے تھے۔ میں نے ان کی طرف سے شکایت کی، نمبر [[REFERENCE:LCH/COMP/1456]]، اور اپنا نمبر
[[PHONE:+44 (0)161 496 0382]] اور ای میل [[EMAIL:saima.rasheed@example.org]] دیا۔

دوسرے مرحلے میں ہاؤسنگ مینیجر مسز [[PERSON:ڈیبرا اوکافور]] آئیں، دیوار صاف کروائی، دروازے پر کیمرہ اور ویڈیو ڈور بیل لگوائی، اور
پولیس کے ساتھ مل کر گاڑی کے مالک کو تنبیہ کروائی۔ [[PERSON:ناصر]] صاحب کو ۶۰۰ پاؤنڈ ملے۔ سب سے اہم یہ کہ اب ان کے تمام خط
آڈیو اور بریل میں آتے ہیں۔

[[ORGANISATION:Longsight Community Housing]] نے لکھا کہ وہ اب ہر کرایہ دار سے پوچھتے ہیں کہ انہیں خط کس شکل میں چاہیے، اور
مذہب کی بنیاد پر ہراسانی کو نفرت کا جرم سمجھ کر پہلے دن سے دیکھا جاتا ہے۔
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
