"""Fresh version-2 PII test stories, batch be.

Stories from mixed households whose names cross scripts: a Polish woman married to a Pakistani man
writing in Polish or Urdu, a Romanian-Bengali couple writing in English, Romanian or Bengali, an
English convert to Islam with an Arabic name, Sikh families whose members answer to English nicknames
at work and school, Caribbean and West African neighbours named inside Bengali, Punjabi and Arabic
sentences, and children with one name at home, another at school and a third for a grandparent. The
same person is often spelt several ways in one story (Mohammed, Muhammad, Mohd and the native script;
Siobhan in Bengali, Ewa in Arabic, Grzegorz in Gurmukhi), surnames change at marriage or become
double-barrelled, and people are named by relation plus name ("Idris's teacher Mrs Adebayo-Fraser",
"mama Oli z klasy Stefka"). The complaints themselves are ordinary (damp, repairs, overcrowding, transfers),
told by residents or a relative, with addresses, phone numbers, references and ages written the way
each writer would write them: in Latin letters inside other scripts, in native digits, in words.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 7 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 62.9% of 35, recall 96.9%, precision 84.8%, on the committed
detector 8c99654 (after round 51); leak-free by language ar 2, bn 3, en 5, pa 1, pl 5, ro 4, ur 2 of 5.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2be-en-01",
        "en",
        _s("""
My name is [[PERSON:Agnieszka Chaudhry]]. I was [[PERSON:Agnieszka Kędzierska]] until I married [[PERSON:Tariq]] in 2011, and half the letters from our landlord still use the old name. I am [[OTHER_SPECIAL:Polish]], [[PERSON:Tariq]] is [[OTHER_SPECIAL:Pakistani]], and we live with our three children at [[ADDRESS:27 Thorncliffe Grove]], Harehills, Leeds [[POSTCODE:LS8 5QJ]], a house rented from [[ORGANISATION:Aire Valley Example Homes]].

Part of the problem was names. [[PERSON:Tariq]] is [[PERSON:Mohammed Tariq Chaudhry]] on his passport, [[PERSON:Muhammad T. Chaudry]] on the tenancy and [[PERSON:Mohd Chaudhry]] on the repairs system, so when I rang [[PHONE:0113 496 0732]] about the black mould in the back bedroom, the call centre could not find us three times out of four. Our tenancy reference is [[REFERENCE:AVH-T-048812]]; the first repair job was [[REFERENCE:R-221907]], and it was closed as "no access" on a day I was at home from morning to night.

The back bedroom is where our daughter sleeps with her little brother. She is [[PERSON:Zofia]] on paper, [[PERSON:Zosia]] at home and [[PERSON:Sophie]] at [[ADDRESS:Brayton Lane Primary]]. Her brother [[PERSON:Idris]] is [[AGE:6]] and has [[HEALTH:asthma]]. [[PERSON:Idris]]'s teacher, Mrs [[PERSON:Adebayo-Fraser]], wrote a letter about how much school he was missing, and that letter, not my phone calls, is what got a surveyor out.

The surveyor, [[PERSON:Gareth Pryce]], found a cracked gutter pouring water down the back wall and no extractor fan in the bathroom next door. Both were fixed within a week, the bedroom was treated and repainted, and we were paid £420. Our complaint, [[REFERENCE:AVH-C-3391]], was upheld at stage one.

What changed: the landlord now keeps one record per household with every spelling of a name saved as an alias, so [[PERSON:Tariq]], [[PERSON:Muhammad]] and [[PERSON:Mohd]] are finally the same man. Any neighbour who is stuck can text me on [[PHONE:07700 900 418]] or write to [[EMAIL:aga.chaudhry@example.com]].
"""),
    ),
    (
        "fv2be-en-02",
        "en",
        _s("""
I was born [[PERSON:Claire Louise Hartigan]] in Stockport and took the name [[PERSON:Khadijah]] when I became [[OTHER_SPECIAL:Muslim]] as a student. My husband, [[PERSON:Abdirahman Warsame]], is [[OTHER_SPECIAL:Somali]]. So on the tenancy I am [[PERSON:Khadijah Hartigan-Warsame]], to my mum I'm still [[PERSON:Clairey]], and at the children's school I am Mrs [[PERSON:Warsame]], which is fine by me.

We rent a two-bedroom flat, [[ADDRESS:flat 14]], [[ADDRESS:Gorsey Bank House]], Longsight, [[POSTCODE:m130ra]], from [[ORGANISATION:Medlock Example Housing]]. There are seven of us. Our eldest, [[PERSON:Hamza]], is [[AGE:14]] and sleeps on the sofa; the baby, [[PERSON:Safiya]], is [[AGE:8 months]] and sleeps in a cot at the foot of our bed. We asked for a transfer in 2021.

For two years nothing moved, and in the end I found out why. Our housing register number, [[REFERENCE:MHR-0094471]], had been linked to an old application in the name of [[PERSON:Claire Hartigan]], with my date of birth typed with the wrong decade instead of [[DATE_OF_BIRTH:3 March 1992]]. The system thought I was a single woman already rehoused in 2009, and our banding had quietly been dropped.

I made a formal complaint ([[REFERENCE:MEH/CMP/7720]]) and, with help from a sister at [[ADDRESS:Masjid Noor-ul-Huda]], where we pray, I rang the allocations line on [[PHONE:0161 496 0275]] every Monday. The case was picked up by Mr [[PERSON:Olumide Bankole]], who unpicked the two records in one afternoon and apologised on behalf of [[ORGANISATION:Medlock Example Housing]].

How it was put right: our banding was restored and backdated to 2021, we were paid £600, and in May we moved into a four-bedroom house at [[ADDRESS:9 Peverell Close]]. [[PERSON:Hamza]] has a room with a door.

What changed: the register now checks names, previous names and dates of birth together before it merges any records, and staff are told that converts and married women may have more than one name. Anyone who wants to compare notes can email me: [[EMAIL:khadijah dot hw at example dot org]].
"""),
    ),
    (
        "fv2be-en-03",
        "en",
        _s("""
Everyone in our family has two names. Dad is [[PERSON:Sukhwinder Singh Bhogal]], but at the bus depot he has been [[PERSON:Vinny]] for thirty years. Mum, [[PERSON:Paramjit Kaur Bhogal]], is [[PERSON:Pam]] to the whole street. I'm [[PERSON:Navroop]], which school shortened to [[PERSON:Nav]] and my cousins turned into [[PERSON:Roopy]]. I'm writing this because my parents speak English better than they write it, and because the roof over my grandmother's bed leaked for most of last year.

We live at [[ADDRESS:63 Dunstall Crescent]], Wolverhampton, [[POSTCODE:WV6 0LR]], a [[ORGANISATION:Wrekin Example Homes]] house we have rented since 1998. Bibi ji, [[PERSON:Gurbachan Kaur]], is [[AGE:84]] and has [[HEALTH:dementia]]; when the water came through the ceiling she thought it was raining indoors and wouldn't sleep.

Dad reported it on [[PHONE:01632 960 514]] in February (job [[REFERENCE:WEH-55018]]). [[ORGANISATION:Hollin & Pike Roofing]] came twice, put a tarpaulin on, and left scaffolding across our drive for eleven weeks, so Dad's car, [[OTHER_ID:FN08 KPZ]], was parked two streets away and got a ticket. Our neighbour at [[ADDRESS:number 65]], Mrs [[PERSON:Pearline Maragh]], who has known Bibi ji since the eighties, wrote a note saying she could hear her crying at night. That note went in with my complaint, [[REFERENCE:WEH/C/2024/118]].

The complaints officer, [[PERSON:Declan Furey]], came out himself. He agreed that a tarpaulin was never a repair and that an [[AGE:84-year-old]] with [[HEALTH:dementia]] should have been treated as a priority.

How it was put right: the whole rear slope was re-roofed in August, Bibi ji's room was dried out and replastered, the parking fine was refunded and we were paid £550 for the distress.

What changed: [[ORGANISATION:Wrekin Example Homes]] now flags homes with a frail older resident so that roof leaks there are finished within 28 days, and scaffolding can't stand for more than two weeks without a date for the work. If you want the details, my email is [[EMAIL:nav.bhogal@example.net]].
"""),
    ),
    (
        "fv2be-en-04",
        "en",
        _s("""
I'm [[PERSON:Ioana Munteanu-Hoque]]. I kept my own surname and added my husband's, which means no form has ever had room for it. My husband is [[PERSON:Shahidul Hoque]], [[PERSON:Shahid]] to his friends and [[PERSON:Șahid]] in my mother's spelling. I'm [[OTHER_SPECIAL:Romanian]], he's [[OTHER_SPECIAL:Bangladeshi]], and our son is [[PERSON:Rayan]] at school and [[PERSON:Radu]] to his grandmother in Iași.

We lived on the ninth floor of [[ADDRESS:Marchbank Tower]], Stockwell, [[POSTCODE:SW9 0XE]], a block owned by [[ORGANISATION:Thameside Example Living]]. Our daughter [[PERSON:Amelia Nur]] is [[AGE:5]] and has [[HEALTH:cerebral palsy]]; she uses a wheelchair. In eighteen months the lift was out of action for a total of 23 weeks, and in those weeks [[PERSON:Shahid]] carried her and the chair down nine floors to get her to [[ADDRESS:Larkhall Rise Nursery]].

We applied for a management transfer in 2022 (housing register [[REFERENCE:LBX-HR-301558]]). It stalled because the medical form needed her occupational therapist's signature and kept going to the wrong OT. I complained in writing ([[REFERENCE:TEL-CMP-08841]]) and rang [[PHONE:020 7946 0127]] so often that the team knew my voice.

The turning point was a visit from [[PERSON:Chiamaka Obi]], the OT, and [[PERSON:Liam Costigan]] from the transfer team, on a day the lift was broken. They watched [[PERSON:Shahid]] carry [[PERSON:Amelia]] down. Within a month we had top priority.

How it was put right: in March we moved to an adapted ground-floor flat at [[ADDRESS:4 Tulse Yard]], [[POSTCODE:SE24 9QP]], with a wet room and a ramp. The landlord paid £1,100 for the months we were stuck, and paid for the removals.

What changed: a lift outage of more than 48 hours now triggers a check on every household in the block with a disabled member, and medical forms are tracked by a named officer. For the benefits review they wanted our NI numbers; mine is [[NI_NUMBER:SH 47 19 82 C]], and I'd rather nobody else had to read theirs out over the phone five times. Contact: [[EMAIL:ioana.mh@example.org]].
"""),
    ),
    (
        "fv2be-en-05",
        "en",
        _s("""
I'm writing this for my gran, [[PERSON:Siobhán Asante]]. She was born [[PERSON:Siobhán Fitzgerald]] in Cork, married my grandad [[PERSON:Kwabena Asante]] in 1966, and he spent fifty years spelling her name [[PERSON:Shivaun]] on birthday cards to annoy her. I'm her grandson, [[PERSON:Ronan Yaw Asante]]. She is [[AGE:81]], has lived alone since Grandad died, and has [[HEALTH:heart failure]].

Her home is [[ADDRESS:flat 3]], [[ADDRESS:Stapleton Mews]], [[ADDRESS:19 Rosewell Road]], Bristol [[POSTCODE:bs56pt]], rented from [[ORGANISATION:Avonleigh Example Homes]]. Last December the boiler failed three times in three weeks. Each time [[ORGANISATION:Brightflame Heating Ltd]] came, reset it and left. The jobs were [[REFERENCE:AEH-771203]], [[REFERENCE:AEH-771560]] and [[REFERENCE:AEH-772014]]. For six days over Christmas she had no heating at all and sat in her coat.

Her neighbour, [[PERSON:Precious Nwachukwu]] from [[ADDRESS:flat 5]], brought over a fan heater and posted photos of Gran's thermometer on the tenants' group account, [[OTHER_ID:@StapletonMewsTenants]]. That post, more than anything I said on [[PHONE:0117 496 0863]], got a manager to ring back.

I complained on her behalf with her written consent. Her date of birth, [[DATE_OF_BIRTH:14/02/1944]], was on the consent form, but the first reply went to Mrs [[PERSON:S. Fitzgerald]] at an old address. The second reply came from [[PERSON:Harriet Lyle]], who apologised for the mistake and for the delay.

How it was put right: a new boiler went in on 3 January, Gran was given two oil-filled radiators to keep, £300 off her rent and a written apology addressed to the right name.

What changed: [[ORGANISATION:Avonleigh Example Homes]] now treats a third call-out for the same fault within a month as a replacement job, and tenants with heart or lung conditions are on a list for same-day heating repairs. If anyone in the block needs a hand with a complaint, email me at [[EMAIL:ronan.asante@example.net]].
"""),
    ),
    (
        "fv2be-ar-01",
        "ar",
        _s("""
اسمي [[PERSON:عثمان الطيّب]]، [[OTHER_SPECIAL:سوداني]] من أم درمان، وزوجتي [[PERSON:إيفا]] [[OTHER_SPECIAL:بولندية]]. في جواز سفرها اسمها [[PERSON:Ewa Kamińska-Eltayeb]]، وفي رسائل الشركة مرة «[[PERSON:إيوا]]» ومرة «[[PERSON:Eva]]»، وأمي في الخرطوم تناديها «[[PERSON:حوّاء]]» وتقول إنه الاسم نفسه. نسكن منذ ٢٠١٩ في [[ADDRESS:٤٢ هولبروك رود]] ([[ADDRESS:42 Holbrook Road]])، برمنغهام، [[POSTCODE:B11 4RT]]، والبيت تابع لـ[[ORGANISATION:Sparkbrook Example Housing]].

ابننا [[PERSON:زكريا]] عمره [[AGE:٩ سنوات]]، وفي مدرسته، [[ADDRESS:Ladypool Fields Primary]]، يسمّونه «[[PERSON:Zak]]». غرفته كانت أسوأ غرفة في البيت: عفن أسود خلف السرير وعلى إطار النافذة، والماء يسيل على الجدار كل صباح. عنده [[HEALTH:ربو]]، وصار يغيب عن المدرسة حتى كتبت لنا معلّمته مِس [[PERSON:ماكنزي]] تسأل عن السبب.

اتصلت على [[PHONE:٠١٢١ ٤٩٦ ٠٥٧٢]] أربع مرات، ورقم طلب الإصلاح [[REFERENCE:SEH-44107]]. جاء عامل ودهن الجدار بطلاء ضد العفن، وبعد شهر عاد العفن كما كان. لمّا زارتنا أمّ [[PERSON:إيفا]]، السيدة [[PERSON:غراجينا]]، صوّرت كل زاوية وكتبت التاريخ على كل صورة، وهي التي أصرّت أن نقدّم شكوى رسمية.

قدّمنا الشكوى برقم [[REFERENCE:SEH/C/5531]]. في المرحلة الأولى قالوا إن السبب «نمط المعيشة» وتجفيف الغسيل داخل البيت. في المرحلة الثانية جاء مسّاح اسمه [[PERSON:بريندان]] ([[PERSON:Brendan Hale]]) ووجد أن العزل مفقود في الزاوية الخارجية كلها وأن مروحة الحمّام لا تعمل أصلاً.

كيف أُصلح الأمر: أُعيد عزل الجدار، وركّبوا مروحة جديدة ونافذة بفتحة تهوية، وعولجت الغرفة، ودفعوا لنا ٣٨٠ جنيهاً واعتذروا كتابياً عن عبارة «نمط المعيشة».

ما الذي تغيّر: صارت الشركة تفحص العزل قبل أن تلوم السكان، وسجّلت في ملفنا كل طرق كتابة اسم [[PERSON:إيفا]] حتى لا تضيع رسائلها. للتواصل: [[EMAIL:osman.eltayeb@example.com]].
"""),
    ),
    (
        "fv2be-ar-02",
        "ar",
        _s("""
أنا [[PERSON:مريم]]. وُلدت في ليستر باسم [[PERSON:ريبيكا هولواي]] ([[PERSON:Rebecca Holloway]])، واعتنقت [[OTHER_SPECIAL:الإسلام]] قبل اثنتي عشرة سنة، وتعلّمت العربية في حلقات [[ADDRESS:مسجد الفرقان]] القريب من بيتي. زوجي [[PERSON:إبراهيما ندياي]] [[OTHER_SPECIAL:سنغالي]]، ويكتب اسمه [[PERSON:Ibrahima Ndiaye]]، لكن أهل الحيّ ينادونه «[[PERSON:إيبو]]». في أوراق السكن أنا [[PERSON:Maryam Holloway]]، وفي ملف الطبيب ما زلت [[PERSON:Rebecca]]، وهذا ما سبّب لنا المشكلة.

نسكن في [[ADDRESS:شقة ٧]]، [[ADDRESS:Ashby Court]]، [[POSTCODE:LE2 0TU]]، والمالك [[ORGANISATION:Soar Example Housing]]. في الشتاء الماضي انكسر قفل الباب الأمامي للعمارة، وصار الغرباء ينامون على الدرج. ابنتي [[PERSON:عائشة]]، وعمرها [[AGE:سبع سنوات]]، صارت تخاف أن تنزل وحدها.

أبلغت عن القفل على الرقم [[PHONE:0116 496 0831]]، فأعطوني رقم إصلاح [[REFERENCE:SXH-R-19062]]، ثم فتحوا ملف سلوك معادٍ للمجتمع برقم [[REFERENCE:ASB-4417]]. مرّت ستة أسابيع ولم يتغيّر شيء. وعندما طلبت تعويضاً قالوا إن الشقة مسجّلة باسم «[[PERSON:Rebecca]]» ولا يستطيعون الحديث مع «[[PERSON:Maryam]]»، مع أنني المستأجرة نفسها.

كتبت شكوى رسمية، فردّت موظفة الشكاوى [[PERSON:لورين]] ([[PERSON:Lorraine Pettifer]]) خلال أسبوع، واعترفت بأن تغيير اسمي مسجّل عندهم منذ ٢٠١٣ لكنه لم يُنقل إلى نظام الإصلاحات.

كيف أُصلح الأمر: رُكّب قفل إلكتروني جديد وباب أقوى، وأُضيفت كاميرا عند المدخل، ودُفع لنا ٢٥٠ جنيهاً مع اعتذار مكتوب باسمي الصحيح.

ما الذي تغيّر: صار للمستأجر اسم واحد في كل الأنظمة، ومن يغيّر اسمه بعد الزواج أو لأي سبب آخر يُحدَّث ملفه مرة واحدة في كل الأقسام. بريدي لمن يحتاج مساعدة: [[EMAIL:maryam.holloway@example.org]].
"""),
    ),
    (
        "fv2be-ar-03",
        "ar",
        _s("""
أكتب هذه الشكوى عن والدي الحاج [[PERSON:عبد الستار الجبوري]]، مواليد [[DATE_OF_BIRTH:١ تموز ١٩٤٨]]. هو [[OTHER_SPECIAL:عراقي]] من الموصل، جاء إلى كارديف [[OTHER_SPECIAL:لاجئاً]] سنة ١٩٩٩، وعنده [[HEALTH:السكري]] و[[HEALTH:الزَّرَق]]. يسكن وحده في [[ADDRESS:18 Clive Street]]، كارديف، [[POSTCODE:CF11 6JE]]، في بيت تابع لـ[[ORGANISATION:Ely Bridge Example Housing]]. أنا ابنه [[PERSON:ليث]].

في نيسان بدأ الماء يتسرّب من أنبوب تحت أرضية المطبخ. أبي لا يرى جيداً، فانزلق على البلاط المبلول مرتين. اتصلنا على [[PHONE:029 2018 0614]]، ورقم الطلب [[REFERENCE:EBH-30981]]. جاء سبّاك، أغلق الماء عن المطبخ وقال إن فريقاً آخر سيأتي لرفع الأرضية. لم يأتِ أحد ثلاثة أسابيع، وكان أبي يملأ إبريق الشاي من الحمّام.

جارنا [[PERSON:ديلروي]] ([[PERSON:Delroy Fairweather]]) من [[ADDRESS:رقم ٢٠]] هو الذي لاحظ أن أبي توقف عن الطبخ. [[PERSON:ديلروي]] متقاعد [[OTHER_SPECIAL:جامايكي]] يزوره كل صباح، وكتب رسالة إلى الشركة بخطّ يده. وابني [[PERSON:سامر]]، الذي يسمّيه أصدقاؤه في الجامعة «[[PERSON:Sam]]»، صوّر الأرضية ونشر القصة على حسابه [[OTHER_ID:@samer_aljubouri]] فانتشرت في الحي.

قدّمت شكوى رسمية رقمها [[REFERENCE:EBH-CMP-2207]]. ردّت مديرة الخدمة [[PERSON:كاريس]] ([[PERSON:Carys Pugh]]) بالاعتذار، وقالت إن طلب الفريق الثاني أُغلق خطأً لأن الاسم في النظام مكتوب «[[PERSON:Abdul Sattar Al-Juboori]]» وفي الطلب «[[PERSON:A. Aljubouri]]».

كيف أُصلح الأمر: رُفعت الأرضية وأُصلح الأنبوب خلال يومين، ووُضع بلاط غير زلِق، وركّبوا مقبضاً بجانب الباب الخلفي، ودفعوا ٤٥٠ جنيهاً.

ما الذي تغيّر: طلبات الإصلاح لكبار السن الذين يعيشون وحدهم لا تُغلق الآن قبل اتصال هاتفي بأحد أفراد الأسرة. رقمي لمن يحتاج: [[PHONE:07700 900 746]].
"""),
    ),
    (
        "fv2be-ar-04",
        "ar",
        _s("""
أنا [[PERSON:نجلاء الحُميدي]]، [[OTHER_SPECIAL:يمنية]]، أسكن مع أولادي الثلاثة في الطابق الحادي عشر من [[ADDRESS:Kelvin Heights]] في شيفيلد، [[ADDRESS:شقة ٤٤]]، والرمز البريدي [[POSTCODE:s37ha]]. المالك [[ORGANISATION:Don Valley Example Homes]].

ابني الأوسط اسمه [[PERSON:محمد]]، وفي البيت [[PERSON:حمّودي]]، وفي المدرسة «[[PERSON:Mo]]». في رسائل الشركة كتبوا اسمه مرة [[PERSON:Mohammed]] ومرة [[PERSON:Muhammad]] ومرة [[PERSON:Mohd]]، وفي سجل الطبيب [[PERSON:Mohamed Al-Humaidi]]. عمره [[AGE:١٢ سنة]] وعنده [[HEALTH:صرع]]، ونوباته تأتي فجأة.

في الخريف تعطّل المصعد الوحيد في العمارة ستة أسابيع. كنت أحمل الأكياس أحد عشر طابقاً، وأخاف كل يوم أن تأتي [[PERSON:حمّودي]] نوبة على الدرج. وفي الوقت نفسه انتشر العفن في الحمّام لأن المروحة معطّلة منذ سنة.

اتصلت على [[PHONE:0114 496 0259]]. رقم بلاغ المصعد [[REFERENCE:DVH-L-8832]] ورقم بلاغ العفن [[REFERENCE:DVH-R-91440]]. جارتي [[PERSON:فولاسادي أوكونلا]] ([[PERSON:Folasade Okunola]]) من [[ADDRESS:شقة ٤٦]]، وهي ممرّضة [[OTHER_SPECIAL:نيجيرية]]، كتبت رسالة تشرح خطر الدرج على طفل مصاب بـ[[HEALTH:الصرع]]، فأرفقتها بشكواي.

ردّ على الشكوى [[PERSON:ستيوارت]] ([[PERSON:Stuart Whitlam]])، مسؤول المبنى، وزارنا بنفسه، واعترف أن أحداً لم يسأل من في العمارة لا يستطيع استعمال الدرج.

كيف أُصلح الأمر: أُصلح المصعد، ورُكّبت مروحة جديدة وعولج الحمّام، ونُقلنا مؤقتاً إلى شقة في الطابق الأرضي حتى انتهى العمل، ودفعوا ٥٢٠ جنيهاً.

ما الذي تغيّر: صار عند الشركة سجلّ للسكان الذين لا يستطيعون استعمال الدرج، ويُتصل بهم في أول يوم يتعطّل فيه المصعد. وصار اسم ابني مكتوباً بطريقة واحدة في كل الرسائل. بريدي: [[EMAIL:najla.alhumaidi@example.com]].
"""),
    ),
    (
        "fv2be-ar-05",
        "ar",
        _s("""
اسمي [[PERSON:فاطمة الزهراء بنعلي]]، [[OTHER_SPECIAL:مغربية]] من فاس. بعد زواجي صار اسمي في الأوراق [[PERSON:Fatima-Zahra MacLeod]]، وكتبته شركة التدفئة «[[PERSON:Fatema McLeod]]»، وزوجي [[PERSON:كالُم]] ([[PERSON:Callum MacLeod]]) يناديني «[[PERSON:فاطي]]». معنا ابنته [[PERSON:آيلا]] ([[PERSON:Isla]])، [[AGE:١٥ سنة]]، وابننا [[PERSON:إلياس]]، [[AGE:٤ سنوات]]، وجدّته [[OTHER_SPECIAL:الاسكتلندية]] تسمّيه «[[PERSON:Elliot]]».

نسكن في [[ADDRESS:55 Calder Street]]، غلاسكو، [[POSTCODE:G42 7RD]]، في الطابق الثاني، والمالك [[ORGANISATION:Clydeside Example Housing Co-operative]].

في كانون الأول توقفت التدفئة المركزية. أبلغنا على [[PHONE:٠١٤١ ٤٩٦ ٠٠٨٧]]، ورقم الطلب [[REFERENCE:CEH-667310]]. جاءت شركة [[ORGANISATION:Northflame Gas Services]] وقالت إن القطعة غير متوفرة، ثم بحثت عن الطلب باسم «[[PERSON:Benali]]» فلم تجده، لأن العقد باسم [[PERSON:MacLeod]]. بقينا أحد عشر يوماً بلا تدفئة ولا ماء ساخن، و[[PERSON:إلياس]] عنده [[HEALTH:إكزيما]] تسوء مع البرد.

كتب [[PERSON:كالُم]] شكوى رسمية رقمها [[REFERENCE:CEH/COMP/0419]]. ردّت [[PERSON:أيلسا]] ([[PERSON:Ailsa Drummond]]) من الجمعية، واعترفت أن الطلب بقي مفتوحاً تحت اسمين ولم يتابعه أحد.

كيف أُصلح الأمر: رُكّب مرجل جديد بعد يومين من الشكوى، وأعطونا مدفأتين كهربائيتين ودفعوا ثمن الكهرباء الإضافية، ومعها ٣٠٠ جنيه تعويضاً.

ما الذي تغيّر: يربط النظام الآن الاسم قبل الزواج وبعده برقم المستأجر نفسه، وإذا زاد انقطاع التدفئة على ثلاثة أيام في بيت فيه طفل صغير تُعطى الأسرة مدفأة فوراً. للتواصل: [[EMAIL:fz.macleod@example.net]].
"""),
    ),
    (
        "fv2be-bn-01",
        "bn",
        _s("""
আমার নাম [[PERSON:শাহনাজ পারভীন চৌধুরী]]। স্বামী [[PERSON:মোঃ আব্দুল মুকিত]] আর তিন ছেলেমেয়ে নিয়ে থাকি [[ADDRESS:ফ্ল্যাট ১৯]], [[ADDRESS:Brodie House]], [[POSTCODE:E1 2QX]]-এ। বাড়িওয়ালা [[ORGANISATION:Tower Example Homes]]।

আমাদের ঝামেলার অর্ধেকটা ছিল নাম নিয়ে। আমার স্বামীর নাম কাগজে একেক জায়গায় একেক রকম: টেন্যান্সিতে [[PERSON:Md A Mukit]], জিপির খাতায় [[PERSON:Muhammad Abdul Mukeet]], আর রিপেয়ার অফিসের চিঠিতে [[PERSON:Mohammed Mukith]]। ফোন করলেই বলত, "এই নামে কোনো টেন্যান্ট নেই।"

বড় ছেলে [[PERSON:তাহমিদ]], বয়স [[AGE:৮ বছর]], স্কুলে সবাই ওকে ডাকে [[PERSON:Tommy]]। ওর [[HEALTH:হাঁপানি]] আছে। ওর ঘরের দেয়ালে কালো ছত্রাক, জানালার কাঁচে সারারাত পানি জমে থাকে। [[ADDRESS:Sidney Square Health Centre]]-এর ডাক্তার চিঠি দিলেন যে স্যাঁতসেঁতে ঘরে থাকার কারণে ওর অসুখ বাড়ছে।

[[PHONE:০২০ ৭৯৪৬ ০৩৫৮]] নম্বরে বারবার ফোন করেছি; রিপেয়ার নম্বর [[REFERENCE:TEH-R-40277]]। শেষে পাশের [[ADDRESS:ফ্ল্যাট ২১]]-এর [[PERSON:শিভন]] আপা ([[PERSON:Siobhan Rourke]]) আমার হয়ে ইংরেজিতে অভিযোগ লিখে দিলেন, অভিযোগ নম্বর [[REFERENCE:TEH-C-6153]]। [[PERSON:শিভন]] আপা বিশ বছর ধরে এই বিল্ডিংয়ে আছেন, উনি জানতেন কাকে লিখতে হয়।

তারপর হাউজিং অফিসার [[PERSON:মার্কাস]] ([[PERSON:Marcus Thorne]]) বাসায় এসে দেখলেন ছাদের ড্রেন পাইপ ফাটা, বৃষ্টির পানি দেয়াল বেয়ে নামছে।

যেভাবে ঠিক হলো: পাইপ বদলানো হলো, দেয়াল শুকিয়ে ছত্রাক-প্রতিরোধী রং করা হলো, রান্নাঘর আর বাথরুমে নতুন ফ্যান বসল, আর আমরা ৪৫০ পাউন্ড ক্ষতিপূরণ পেলাম।

কী বদলাল: এখন [[ORGANISATION:Tower Example Homes]]-এর রেকর্ডে আমার স্বামীর নামের সব বানান একসাথে লেখা থাকে, যে নামেই ফোন করি ফাইল খুঁজে পায়। আর স্যাঁতসেঁতে ঘরের অভিযোগে বাসায় অসুস্থ শিশু থাকলে দুই সপ্তাহের মধ্যে সার্ভেয়ার আসে। যোগাযোগ: [[EMAIL:shahnaz.chowdhury@example.com]]।
"""),
    ),
    (
        "fv2be-bn-02",
        "bn",
        _s("""
আমি [[PERSON:তাসনিয়া ইসলাম]], সবাই ডাকে [[PERSON:তানি]]। এটা আমার নানুর অভিযোগ, আমি লিখে দিচ্ছি। নানুর নাম [[PERSON:মোছাম্মৎ হালিমা খাতুন]], বয়স [[AGE:৭৩]], জন্ম [[DATE_OF_BIRTH:১২ অক্টোবর ১৯৫১]]। থাকেন [[ADDRESS:১১ Coldhurst Fold]], ওল্ডহ্যাম, [[POSTCODE:ol96dy]]। বাড়িটা [[ORGANISATION:Pennine Example Homes]]-এর।

গত মার্চে ঝড়ে নানুর শোবার ঘরের জানালার কাঁচ ফেটে যায়, আর পেছনের দরজার তালা ভেঙে যায়। [[PHONE:0161 496 0940]]-এ ফোন করার পর রিপেয়ার নম্বর দিল [[REFERENCE:PEH-558301]]। লোক এসে জানালায় কাঠ মেরে চলে গেল। নয় সপ্তাহ ঘর অন্ধকার, দরজা দড়ি দিয়ে বাঁধা। নানুর [[HEALTH:আর্থ্রাইটিস]] আছে, ঠান্ডায় ব্যথা বাড়ে।

নানুর দুই পাশের প্রতিবেশী না থাকলে কী হতো জানি না। বাঁ পাশের [[ADDRESS:৯ নম্বর]] বাড়িতে থাকেন [[PERSON:এভার্টন ব্ল্যাকউড]] ([[PERSON:Everton Blackwood]]), [[OTHER_SPECIAL:জ্যামাইকান]] চাচা; উনি রোজ রাতে এসে দরজাটা দেখে যেতেন। ডান পাশের [[PERSON:আদায়েজে]] আন্টি ([[PERSON:Adaeze Nwankwo]]) ছেলে [[PERSON:চিডি]]-কে নিয়ে নানুর বাজার করে দিতেন। [[PERSON:আদায়েজে]] আন্টিই নানুর ঘরের ছবি তুলে কাউন্সিলরকে পাঠিয়েছিলেন।

আমি নানুর সম্মতিপত্র দিয়ে লিখিত অভিযোগ করলাম, নম্বর [[REFERENCE:PEH/CP/0817]]। কমপ্লেইন্টস টিমের [[PERSON:জোয়ান হিগিনবটম]] ([[PERSON:Joanne Higginbottom]]) দুই দিনের মধ্যে ফোন করলেন আর মেনে নিলেন যে কাঠ মারা জানালা কোনো মেরামত নয়।

যেভাবে ঠিক হলো: এক সপ্তাহের মধ্যে নতুন জানালা আর পেছনের দরজায় নতুন তালা লাগানো হলো। নানু ৩৫০ পাউন্ড পেলেন, আর একটা লিখিত ক্ষমাপ্রার্থনা।

কী বদলাল: এখন ভাঙা দরজা বা জানালা "নিরাপত্তা" কাজ হিসেবে ধরা হয়, চব্বিশ ঘণ্টার মধ্যে সারাতে হয়, আর একা থাকা বয়স্ক ভাড়াটেদের জন্য আলাদা তালিকা আছে। কারও দরকার হলে লিখবেন: [[EMAIL:tani.islam@example.org]]।
"""),
    ),
    (
        "fv2be-bn-03",
        "bn",
        _s("""
আমার নাম [[PERSON:ক্রিস্তিনা]]। আগে নাম ছিল [[PERSON:Cristina Dobre]], বিয়ের পর পাসপোর্টে [[PERSON:Cristina Dobre-Rahman]]। বাংলা শিখেছি শ্বশুরবাড়িতে, তাই ভুল হলে মাফ করবেন। আমি [[OTHER_SPECIAL:রোমানিয়ান]], স্বামী [[PERSON:মিজানুর রহমান]] [[OTHER_SPECIAL:বাংলাদেশি]]। ওকে সবাই ডাকে [[PERSON:মিজান]], আর আমার মা ডাকেন [[PERSON:Mizi]]।

আমরা থাকি [[ADDRESS:৩৭ Stoneleigh Walk]], ইস্ট হ্যাম, [[POSTCODE:E6 1LS]]। এক বেডরুমের ফ্ল্যাট, বাড়িওয়ালা [[ORGANISATION:Roding Example Housing]]। মেয়ে [[PERSON:আনা-মারিয়া]], বাসায় [[PERSON:আনু]], বয়স [[AGE:৬]]; ছেলে [[PERSON:ইয়াসিন]], বয়স [[AGE:২ বছর]]। চারজন এক ঘরে ঘুমাই, [[PERSON:আনু]] রাতে বাথরুমের দরজার পাশে বসে হোমওয়ার্ক করে।

২০২২ সালে ট্রান্সফারের আবেদন করি, হাউজিং রেজিস্টার নম্বর [[REFERENCE:RH-০৭৭৩১৫]]। দুই বছর কিছু হলো না। পরে জানলাম, ফাইলে [[PERSON:ইয়াসিনকে]] ধরা হয়নি, কারণ আবেদনের সময় ও জন্মায়নি, আর জন্ম সনদ পাঠানোর পরও কেউ ওকে যোগ করেনি। ওদের হিসেবে আমরা তিনজন, এক বেডরুমে "একটু কম জায়গা"।

অভিযোগ করলাম ([[REFERENCE:RXH-CMP-2290]]), [[PHONE:০২০ ৭৯৪৬ ০৮১৯]] নম্বরে প্রতি সপ্তাহে ফোন করলাম। শেষে অ্যালোকেশন টিমের [[PERSON:প্রিসিলা আমোয়া]] ([[PERSON:Priscilla Amoah]]) ফাইল খুলে ভুলটা ধরলেন।

যেভাবে ঠিক হলো: [[PERSON:ইয়াসিনকে]] যোগ করে আমাদের ব্যান্ড বদলে দেওয়া হলো, আর আবেদনের তারিখ ২০২২ থেকেই ধরা হলো। চার মাস পরে আমরা [[ADDRESS:Fernhill Court]]-এ তিন বেডরুমের ফ্ল্যাট পেলাম, সাথে ৪০০ পাউন্ড ক্ষতিপূরণ। [[PERSON:আনু]] এখন নিজের টেবিলে পড়ে।

কী বদলাল: এখন পরিবারে নতুন শিশু জন্মালে জন্ম সনদ পাওয়ামাত্র রেজিস্টার আপডেট হয়, আর বছরে একবার ফোন করে জিজ্ঞেস করা হয় বাসায় কে কে থাকে। আমার ইমেইল: [[EMAIL:cristina.dr@example.net]]।
"""),
    ),
    (
        "fv2be-bn-04",
        "bn",
        _s("""
আমি [[PERSON:জুবায়ের হোসেন তালুকদার]]। স্ত্রী [[PERSON:নাসরিন]] আর দুই ছেলে নিয়ে থাকি [[ADDRESS:৮৮ Hartopp Grove]], বার্মিংহাম [[POSTCODE:B8 1PL]]। বাসাটা [[ORGANISATION:Saltley Example Housing Trust]]-এর।

গত শীতে রান্নাঘরে ইঁদুর দেখা দিল। প্রথমে ভাবলাম একটা-দুটো, পরে দেখি আলমারির পেছনে বাসা। ছোট ছেলে [[PERSON:আরিয়ান]], বয়স [[AGE:৫]], স্কুলে ওর নাম [[PERSON:Ryan]], টিচাররা বলেন উচ্চারণ সহজ। [[PERSON:আরিয়ানের]] ক্লাস টিচার মিসেস [[PERSON:ওকাফোর]] ([[PERSON:Okafor]]) একদিন জানালেন, ওর টিফিন বক্সে ইঁদুরের দাঁতের দাগ। আমি লজ্জায় মরে যাচ্ছিলাম।

[[PHONE:0121 496 0390]]-এ ফোন করলাম; কাজের নম্বর [[REFERENCE:SEHT-77214]]। [[ORGANISATION:Swiftguard Pest Solutions]] তিনবার এসে বিষ দিয়ে গেল, ইঁদুর কমল না। শেষে পাশের [[ADDRESS:৯০ নম্বর]] বাড়ির [[OTHER_SPECIAL:পোলিশ]] প্রতিবেশী [[PERSON:বার্তেক]] ([[PERSON:Bartłomiej Sowa]]), যে নিজে বিল্ডার, মেঝের নিচে পাইপের পাশে বড় একটা ফুটো দেখাল, ঠিক দুই বাড়ির মাঝখানে।

আমি লিখিত অভিযোগ দিলাম, নম্বর [[REFERENCE:SEHT/CMP/1093]]। সাথে দিলাম ডাক্তারের চিঠি, কারণ [[PERSON:আরিয়ান]] দুবার পেটের অসুখে ভুগেছে; চিঠিতে ওর এনএইচএস নম্বর [[OTHER_ID:৯৪৩ ৪৭৬ ৫৯১৯]] লেখা ছিল।

যেভাবে ঠিক হলো: সার্ভেয়ার [[PERSON:টোবি]] ([[PERSON:Toby Marchetti]]) এসে দুই বাড়ির সব ফুটো বন্ধ করালেন, রান্নাঘরের আলমারি নতুন বসল, পুরো রান্নাঘর ডিপ ক্লিন হলো, আর আমরা ৩২০ পাউন্ড পেলাম। [[PERSON:বার্তেকের]] বাড়িতেও একই কাজ হলো।

কী বদলাল: এখন ইঁদুরের অভিযোগে দ্বিতীয়বার ফোন করলেই সার্ভেয়ার আসে, আর পাশের বাড়িগুলোও দেখা হয়। আমার ইমেইল: [[EMAIL:zubair.talukdar@example.com]]।
"""),
    ),
    (
        "fv2be-bn-05",
        "bn",
        _s("""
এটা আমার আব্বার কথা। আব্বা [[PERSON:নূরুল হুদা খান]], বয়স [[AGE:৭৯]], জন্ম [[DATE_OF_BIRTH:১৯৪৬ সালের ৩রা জানুয়ারি]]। ২০২৩ সালে [[HEALTH:স্ট্রোক]] হওয়ার পর থেকে ওনার ডান পা দুর্বল। আমি ওনার ছেলে [[PERSON:কামরুল]], বাইরে সবাই ডাকে [[PERSON:Kam]]।

আব্বা থাকেন [[ADDRESS:৫ Chiltern View]], লুটন, [[POSTCODE:lu1 4hx]], [[ORGANISATION:Chiltern Example Housing]]-এর বাড়িতে। বাথরুম দোতলায়, আর সিঁড়িতে রেলিং শুধু একদিকে। হাসপাতাল থেকে বলা হলো ওয়াক-ইন শাওয়ার আর দ্বিতীয় রেলিং লাগবে।

ওটি ছিলেন [[PERSON:নিয়াম ও'সালিভান]] ([[PERSON:Niamh O'Sullivan]])। আম্মা ওনাকে ডাকেন "[[PERSON:নিমা]]", কারণ বানান দেখে নামটা উচ্চারণ করা যায় না। উনি ২০২৩-এর মে মাসে রেফারেল পাঠান, রেফারেন্স [[REFERENCE:CEH-AD-5127]]। কিন্তু আট মাস কিছুই হলো না। আব্বা তখন মসজিদেও যেতে পারতেন না, অথচ [[ADDRESS:মদিনা জামে মসজিদ]] বাসা থেকে মাত্র দুই মিনিটের হাঁটা।

প্রতিবেশী [[PERSON:বার্নাডেট]] খালা ([[PERSON:Bernadette Clarke-Osei]]) রোজ সকালে চা নিয়ে আসতেন আর আব্বাকে ধরে সিঁড়ি দিয়ে নামাতেন। উনিই বললেন অভিযোগ করতে।

অভিযোগ নম্বর [[REFERENCE:CEH-C-20931]]; আমি [[PHONE:01632 960 372]]-এ কথা বলেছি আর [[EMAIL:kamrul.khan@example.org]] থেকে ইমেইল করেছি। দ্বিতীয় ধাপে অ্যাডাপটেশন ম্যানেজার [[PERSON:ডমিনিক]] ([[PERSON:Dominic Naylor]]) মেনে নিলেন যে রেফারেলটা ভুল ঠিকানায়, [[ADDRESS:৫এ Chiltern View]]-এ, চলে গিয়েছিল, আর সেখান থেকে কেউ ফেরত পাঠায়নি।

যেভাবে ঠিক হলো: ছয় সপ্তাহের মধ্যে ওয়াক-ইন শাওয়ার, দ্বিতীয় রেলিং আর সামনের দরজায় র‍্যাম্প বসল, সাথে ৬০০ পাউন্ড ক্ষতিপূরণ। আব্বা এখন আবার হেঁটে মসজিদে যান।

কী বদলাল: এখন ওটির রেফারেল এলে দুই সপ্তাহের মধ্যে ভাড়াটেকে ফোন করে ঠিকানা মিলিয়ে নেওয়া হয়, আর প্রতিটি অ্যাডাপটেশন কাজের জন্য একজন নির্দিষ্ট অফিসার থাকে।
"""),
    ),
    (
        "fv2be-pa-01",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਗਗਨਦੀਪ ਕੌਰ ਬਾਸੀ]] ਹਾਂ। ਵਿਆਹ ਤੋਂ ਪਹਿਲਾਂ ਮੇਰਾ ਨਾਮ [[PERSON:ਗਗਨਦੀਪ ਕੌਰ ਮਠਾੜੂ]] ਸੀ, ਤੇ ਮੇਰੀ ਸੱਸ ਅੱਜ ਵੀ ਮੈਨੂੰ '[[PERSON:ਗਗਨ]]' ਨਹੀਂ, '[[PERSON:ਗੱਗੀ]]' ਕਹਿੰਦੀ ਹੈ। ਮੇਰੇ ਪਤੀ [[PERSON:ਤੇਜਿੰਦਰ ਸਿੰਘ ਬਾਸੀ]] ਨੂੰ ਕੰਮ ਵਾਲੇ '[[PERSON:Terry]]' ਕਹਿੰਦੇ ਹਨ। ਅਸੀਂ [[ADDRESS:19 Lidgould Close]], ਸਾਊਥਾਲ, [[POSTCODE:UB2 4NW]] ਵਿੱਚ [[ORGANISATION:Brent & Ealing Example Homes]] ਦੇ ਘਰ ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ।

ਪਿਛਲੇ ਸਾਲ ਸਾਡੀ ਧੀ [[PERSON:ਸਿਮਰਤ]] ([[AGE:੧੦ ਸਾਲ]]) ਦੇ ਕਮਰੇ ਦੀ ਕੰਧ ਕਾਲੀ ਹੋ ਗਈ, ਸਿੱਲ੍ਹ ਤੇ ਉੱਲੀ ਨਾਲ। ਉਸ ਨੂੰ [[HEALTH:ਐਗਜ਼ੀਮਾ]] ਹੈ ਤੇ ਉਸ ਦੀਆਂ ਬਾਹਾਂ ਲਾਲ ਹੋ ਜਾਂਦੀਆਂ ਸਨ। ਅਸੀਂ [[PHONE:੦੨੦ ੭੯੪੬ ੦੫੫੧]] 'ਤੇ ਫ਼ੋਨ ਕੀਤਾ; ਮੁਰੰਮਤ ਨੰਬਰ [[REFERENCE:BEH-602148]] ਮਿਲਿਆ। ਠੇਕੇਦਾਰ ਆਏ ਤੇ ਉੱਲੀ ਉੱਤੇ ਪੇਂਟ ਕਰਕੇ ਚਲੇ ਗਏ। ਦੋ ਮਹੀਨਿਆਂ ਵਿੱਚ ਕੰਧ ਫਿਰ ਕਾਲੀ।

ਫਿਰ ਸਾਡੇ ਗੁਆਂਢੀ [[PERSON:ਗ੍ਰਜ਼ੇਗੋਜ਼]] ([[PERSON:Grzegorz Wilk]]) ਨੇ ਮਦਦ ਕੀਤੀ। ਉਹ [[OTHER_SPECIAL:ਪੋਲਿਸ਼]] ਹੈ ਤੇ ਮਿਸਤਰੀ ਦਾ ਕੰਮ ਕਰਦਾ ਹੈ; ਗਲੀ ਵਿੱਚ ਸਾਰੇ ਉਸ ਨੂੰ '[[PERSON:ਗ੍ਰੈੱਗ]]' ਕਹਿੰਦੇ ਹਨ, ਤੇ ਮੇਰੇ ਸਹੁਰਾ ਜੀ ਮਜ਼ਾਕ ਨਾਲ '[[PERSON:ਗਰੇਜ਼ ਸਿੰਘ]]'। ਉਸ ਨੇ ਪੌੜੀ ਲਾ ਕੇ ਦਿਖਾਇਆ ਕਿ ਪਰਨਾਲਾ ਟੁੱਟਿਆ ਹੋਇਆ ਹੈ ਤੇ ਸਾਰਾ ਪਾਣੀ [[PERSON:ਸਿਮਰਤ]] ਦੇ ਕਮਰੇ ਦੀ ਕੰਧ ਵਿੱਚ ਜਾਂਦਾ ਹੈ। ਉਸ ਨੇ ਫ਼ੋਟੋਆਂ ਖਿੱਚ ਕੇ ਮੈਨੂੰ ਭੇਜੀਆਂ।

ਮੈਂ ਫ਼ੋਟੋਆਂ ਨਾਲ ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਨੰਬਰ [[REFERENCE:BEH-CMP-4471]]। ਸ਼ਿਕਾਇਤ ਅਫ਼ਸਰ [[PERSON:ਫਿਓਨਾ]] ([[PERSON:Fiona Baptiste]]) ਨੇ ਦਸ ਦਿਨਾਂ ਵਿੱਚ ਸਰਵੇਅਰ ਭੇਜਿਆ, ਜਿਸ ਨੇ ਉਹੀ ਗੱਲ ਲਿਖੀ ਜੋ [[PERSON:ਗ੍ਰੈੱਗ]] ਨੇ ਦੱਸੀ ਸੀ।

ਕਿਵੇਂ ਠੀਕ ਹੋਇਆ: ਨਵਾਂ ਪਰਨਾਲਾ ਲੱਗਿਆ, ਕੰਧ ਸੁਕਾ ਕੇ ਦੁਬਾਰਾ ਪਲੱਸਤਰ ਕੀਤੀ ਗਈ, ਖਿੜਕੀ ਵਿੱਚ ਹਵਾਦਾਨ ਲੱਗਿਆ ਤੇ ਸਾਨੂੰ ੩੭੫ ਪੌਂਡ ਮਿਲੇ।

ਕੀ ਬਦਲਿਆ: ਹੁਣ ਉੱਲੀ ਦੀ ਸ਼ਿਕਾਇਤ ਆਉਣ 'ਤੇ ਪਹਿਲਾਂ ਬਾਹਰੋਂ ਪਾਣੀ ਦਾ ਰਾਹ ਲੱਭਿਆ ਜਾਂਦਾ ਹੈ, ਸਿਰਫ਼ ਪੇਂਟ ਨਹੀਂ ਕੀਤਾ ਜਾਂਦਾ। ਕਿਸੇ ਨੇ ਗੱਲ ਕਰਨੀ ਹੋਵੇ ਤਾਂ ਈਮੇਲ ਕਰੋ: [[EMAIL:gagan.bassi@example.com]]।
"""),
    ),
    (
        "fv2be-pa-02",
        "pa",
        _s("""
ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ ਜੀ। ਮੇਰਾ ਨਾਮ [[PERSON:ਬਲਜਿੰਦਰ ਸਿੰਘ ਰੰਧਾਵਾ]] ਹੈ, ਪਰ ਫ਼ੈਕਟਰੀ ਵਿੱਚ ਤੀਹ ਸਾਲਾਂ ਤੋਂ ਮੈਂ '[[PERSON:Bill]]' ਹਾਂ। ਅਸੀਂ ਡਰਬੀ ਵਿੱਚ [[ADDRESS:47 Peartree Walk]], [[POSTCODE:DE23 8QS]], [[ORGANISATION:Derwent Example Homes]] ਦੇ ਘਰ ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ: ਮੈਂ, ਮੇਰੀ ਘਰਵਾਲੀ [[PERSON:ਜਸਵੀਰ]], ਤੇ ਸਾਡਾ ਪੁੱਤਰ [[PERSON:ਹਰਜੋਤ]], ਜਿਸ ਨੂੰ ਸਕੂਲ ਵਿੱਚ ਸਾਰੇ '[[PERSON:Harry]]' ਕਹਿੰਦੇ ਹਨ। ਉਹ [[AGE:੧੬ ਸਾਲਾਂ]] ਦਾ ਹੈ ਤੇ [[ADDRESS:Littleover Heath Academy]] ਵਿੱਚ ਜੀਸੀਐੱਸਈ ਦੀ ਤਿਆਰੀ ਕਰ ਰਿਹਾ ਸੀ ਜਦੋਂ ਉਸ ਦੇ ਕਮਰੇ ਦੀ ਛੱਤ ਚੋਣ ਲੱਗ ਪਈ।

ਅਕਤੂਬਰ ਤੋਂ ਜਨਵਰੀ ਤੱਕ ਮੈਂ ਪੰਜ ਵਾਰ [[PHONE:01632 960 228]] 'ਤੇ ਫ਼ੋਨ ਕੀਤਾ, ਤੇ ਹਰ ਵਾਰ ਨਵਾਂ ਨੰਬਰ ਮਿਲਿਆ, ਜਿਵੇਂ [[REFERENCE:DEH-31150]] ਤੇ [[REFERENCE:DEH-31877]]। ਛੱਤ ਵਾਲੇ ਆਏ, ਇੱਕ ਟਾਈਲ ਬਦਲੀ, ਚਲੇ ਗਏ। ਮੀਂਹ ਪੈਂਦਾ ਤਾਂ [[PERSON:ਹਰਜੋਤ]] ਕਿਤਾਬਾਂ ਚੁੱਕ ਕੇ ਰਸੋਈ ਵਿੱਚ ਆ ਬੈਠਦਾ ਤੇ ਕਮਰੇ ਵਿੱਚ ਬਾਲਟੀ ਰੱਖਣੀ ਪੈਂਦੀ।

ਸਾਡੇ ਸਾਹਮਣੇ ਵਾਲੇ ਘਰ, [[ADDRESS:ਨੰਬਰ ੫੨]], ਵਿੱਚ ਮਿਸਿਜ਼ [[PERSON:ਲੋਰਨਾ ਫ਼ਰਕੁਹਰਸਨ]] ([[PERSON:Lorna Farquharson]]) ਰਹਿੰਦੇ ਹਨ। ਉਨ੍ਹਾਂ ਦਾ ਪੁੱਤਰ [[PERSON:ਡੇਵੋਨ]] ਬਿਲਡਿੰਗ ਸਰਵੇਅਰ ਹੈ। [[PERSON:ਡੇਵੋਨ]] ਨੇ ਛੁੱਟੀ ਵਾਲੇ ਦਿਨ ਛੱਤ ਦੇਖੀ ਤੇ ਲਿਖ ਕੇ ਦਿੱਤਾ ਕਿ ਦੋ ਛੱਤਾਂ ਵਿਚਕਾਰਲੀ ਨਾਲੀ ਗਲ਼ ਚੁੱਕੀ ਹੈ, ਟਾਈਲ ਬਦਲਣ ਨਾਲ ਕੁਝ ਨਹੀਂ ਹੋਣਾ।

ਮੈਂ ਉਸ ਦੀ ਰਿਪੋਰਟ ਨਾਲ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਨੰਬਰ [[REFERENCE:DEH/COMP/7736]]। [[ORGANISATION:Derwent Example Homes]] ਦੀ [[PERSON:ਐਨਾਬੈੱਲ]] ([[PERSON:Annabel Crouch]]) ਨੇ ਮੰਨਿਆ ਕਿ ਪੰਜ ਵੱਖ-ਵੱਖ ਨੰਬਰਾਂ ਕਰਕੇ ਕਿਸੇ ਨੇ ਪੂਰੀ ਕਹਾਣੀ ਨਹੀਂ ਦੇਖੀ।

ਕਿਵੇਂ ਠੀਕ ਹੋਇਆ: ਪਿਛਲੀ ਛੱਤ ਦਾ ਉਹ ਸਾਰਾ ਹਿੱਸਾ ਨਵਾਂ ਬਣਿਆ, [[PERSON:ਹਰਜੋਤ]] ਦੇ ਕਮਰੇ ਵਿੱਚ ਨਵਾਂ ਪਲੱਸਤਰ ਹੋਇਆ, ਨਵਾਂ ਗੱਦਾ ਤੇ ਮੇਜ਼ ਮਿਲਿਆ, ਤੇ ੪੫੦ ਪੌਂਡ। ਇਮਤਿਹਾਨਾਂ ਤੋਂ ਪਹਿਲਾਂ ਕਮਰਾ ਸੁੱਕ ਗਿਆ।

ਕੀ ਬਦਲਿਆ: ਹੁਣ ਇੱਕੋ ਛੱਤ ਦੀ ਦੂਜੀ ਸ਼ਿਕਾਇਤ ਆਉਣ 'ਤੇ ਸਾਰੇ ਨੰਬਰ ਇੱਕ ਕੇਸ ਵਿੱਚ ਜੋੜ ਦਿੱਤੇ ਜਾਂਦੇ ਹਨ ਤੇ ਸਰਵੇਅਰ ਆਉਂਦਾ ਹੈ। ਮੇਰਾ ਮੋਬਾਈਲ: [[PHONE:07700 900681]]।
"""),
    ),
    (
        "fv2be-pa-03",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਕਿਰਨਦੀਪ ਕੌਰ-ਐਸ਼ਵਰਥ]] ([[PERSON:Kirandeep Kaur-Ashworth]]) ਹਾਂ। ਮੇਰੇ ਪਤੀ [[PERSON:ਐਲਿਸਟਰ ਐਸ਼ਵਰਥ]] [[OTHER_SPECIAL:ਗੋਰੇ ਅੰਗਰੇਜ਼]] ਹਨ, ਤੇ ਮੇਰੀ ਬੇਬੇ ਉਨ੍ਹਾਂ ਨੂੰ ਪਿਆਰ ਨਾਲ '[[PERSON:ਆਲੂ]]' ਕਹਿੰਦੀ ਹੈ ਕਿਉਂਕਿ '[[PERSON:ਐਲਿਸਟਰ]]' ਉਨ੍ਹਾਂ ਤੋਂ ਬੋਲਿਆ ਨਹੀਂ ਜਾਂਦਾ। ਸਾਡੇ ਤਿੰਨ ਬੱਚੇ ਹਨ: [[PERSON:ਨੂਰ]] ([[AGE:੧੨]]), ਮੁੰਡਾ ਜੋ ਸਕੂਲ ਵਿੱਚ [[PERSON:Jack]] ਹੈ ਤੇ ਘਰ ਵਿੱਚ [[PERSON:ਅਜੀਤ]] ([[AGE:੯]]), ਤੇ ਛੋਟੀ [[PERSON:ਐਵਾ ਪ੍ਰੀਤ]] ([[AGE:੩]])।

ਅਸੀਂ ਕਵੈਂਟਰੀ ਵਿੱਚ [[ADDRESS:ਫ਼ਲੈਟ ੬]], [[ADDRESS:Radford Mill House]], [[POSTCODE:CV6 3GB]] ਵਿੱਚ ਦੋ ਕਮਰਿਆਂ ਦੇ ਫ਼ਲੈਟ ਵਿੱਚ ਰਹਿੰਦੇ ਸੀ। ਮਾਲਕ [[ORGANISATION:Sherbourne Example Housing]] ਹੈ। ਪੰਜ ਜਣੇ, ਦੋ ਕਮਰੇ: ਮੁੰਡਾ ਤੇ ਕੁੜੀਆਂ ਇੱਕ ਕਮਰੇ ਵਿੱਚ, ਛੋਟੀ ਸਾਡੇ ਨਾਲ।

ਅਸੀਂ ੨੦੨੧ ਵਿੱਚ ਵੱਡੇ ਘਰ ਲਈ ਅਰਜ਼ੀ ਦਿੱਤੀ, ਹਾਊਸਿੰਗ ਰਜਿਸਟਰ ਨੰਬਰ [[REFERENCE:SBH-HR-08862]]। ਤਿੰਨ ਸਾਲ ਕੁਝ ਨਹੀਂ ਹੋਇਆ। ਫਿਰ ਪਤਾ ਲੱਗਿਆ ਕਿ ਕੰਪਿਊਟਰ ਨੇ ਮੇਰਾ ਨਾਮ ਹਾਈਫ਼ਨ 'ਤੇ ਕੱਟ ਦਿੱਤਾ ਸੀ। ਸਿਸਟਮ ਵਿੱਚ ਮੈਂ '[[PERSON:K Kaur]]' ਸੀ, ਤਿੰਨ ਬੱਚਿਆਂ ਵਾਲੀ ਇਕੱਲੀ ਮਾਂ, ਤੇ ਮੇਰੇ ਪਤੀ '[[PERSON:A Ashworth]]', ਇੱਕ ਵੱਖਰੀ ਅਰਜ਼ੀ ਵਾਲਾ ਇਕੱਲਾ ਬੰਦਾ। ਦੋਵੇਂ ਅਰਜ਼ੀਆਂ ਅੱਧੀਆਂ ਸਨ, ਇਸ ਲਈ ਦੋਵੇਂ ਰੁਕੀਆਂ ਰਹੀਆਂ।

ਮੈਂ [[PHONE:01632 960 905]] 'ਤੇ ਫ਼ੋਨ ਕੀਤੇ ਤੇ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਨੰਬਰ [[REFERENCE:SBH-CMP-5530]]। ਅਲਾਟਮੈਂਟ ਟੀਮ ਦੀ [[PERSON:ਓਲੂਵਾਟੋਯਿਨ]] ([[PERSON:Oluwatoyin Adeyemi]]) ਨੇ ਦੋਵੇਂ ਫ਼ਾਈਲਾਂ ਸਾਹਮਣੇ ਰੱਖੀਆਂ ਤੇ ਇੱਕ ਦਿਨ ਵਿੱਚ ਗ਼ਲਤੀ ਲੱਭ ਲਈ।

ਕਿਵੇਂ ਠੀਕ ਹੋਇਆ: ਅਰਜ਼ੀਆਂ ਜੋੜ ਦਿੱਤੀਆਂ ਗਈਆਂ, ਤਾਰੀਖ਼ ੨੦੨੧ ਵਾਲੀ ਹੀ ਰੱਖੀ ਗਈ, ਤੇ ਪੰਜ ਮਹੀਨਿਆਂ ਬਾਅਦ ਸਾਨੂੰ [[ADDRESS:14 Swanswell Row]] ਵਿੱਚ ਤਿੰਨ ਕਮਰਿਆਂ ਦਾ ਘਰ ਮਿਲ ਗਿਆ, ਨਾਲ ੫੦੦ ਪੌਂਡ ਮੁਆਵਜ਼ਾ।

ਕੀ ਬਦਲਿਆ: ਹੁਣ ਸਿਸਟਮ ਹਾਈਫ਼ਨ ਵਾਲੇ ਨਾਮ ਪੂਰੇ ਰੱਖਦਾ ਹੈ, ਤੇ ਇੱਕੋ ਪਤੇ ਤੋਂ ਆਈਆਂ ਦੋ ਅਰਜ਼ੀਆਂ ਦੇਖ ਕੇ ਕੋਈ ਫ਼ੋਨ ਕਰਕੇ ਪੁੱਛਦਾ ਹੈ ਕਿ ਇਹ ਇੱਕ ਪਰਿਵਾਰ ਹੈ ਜਾਂ ਦੋ। ਈਮੇਲ: [[EMAIL:kiran.ka@example.com]]।
"""),
    ),
    (
        "fv2be-pa-04",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਅਮਨਪ੍ਰੀਤ]] ਹਾਂ, ਯੂਨੀਵਰਸਿਟੀ ਵਿੱਚ ਲੋਕ ਮੈਨੂੰ '[[PERSON:Aman]]' ਕਹਿੰਦੇ ਹਨ। ਇਹ ਮੇਰੀ ਦਾਦੀ, ਬੀਬੀ [[PERSON:ਹਰਬੰਸ ਕੌਰ ਸੰਘੇੜਾ]] ਦੀ ਕਹਾਣੀ ਹੈ। ਦਾਦੀ ਜੀ [[AGE:੮੮ ਸਾਲ]] ਦੇ ਹਨ, ਜਨਮ ਮਿਤੀ [[DATE_OF_BIRTH:੨੨-੦੬-੧੯੩੭]], ਤੇ ਉਨ੍ਹਾਂ ਨੂੰ [[HEALTH:ਦਿਲ ਦੀ ਬਿਮਾਰੀ]] ਹੈ। ਉਹ ਗ੍ਰੇਵਜ਼ੈਂਡ ਵਿੱਚ [[ADDRESS:3 Pelham Bungalows]], [[POSTCODE:da11 0ej]] ਵਿੱਚ ਇਕੱਲੇ ਰਹਿੰਦੇ ਹਨ; ਘਰ [[ORGANISATION:Thames Gateway Example Homes]] ਦਾ ਹੈ।

ਪਿਛਲੇ ਨਵੰਬਰ ਘਰ ਦੇ ਸਟੋਰੇਜ ਹੀਟਰ ਬੰਦ ਹੋ ਗਏ। ਮੈਂ [[PHONE:07700 900 253]] ਤੋਂ ਉਨ੍ਹਾਂ ਦੀ ਰਿਪੇਅਰ ਲਾਈਨ 'ਤੇ ਫ਼ੋਨ ਕੀਤਾ, ਨੰਬਰ ਮਿਲਿਆ [[REFERENCE:TGH-H-41208]]। [[ORGANISATION:Medway Warmth Services]] ਵਾਲੇ ਦੋ ਵਾਰ ਆਏ ਤੇ ਕਿਹਾ ਕਿ ਹੀਟਰ ਪੁਰਾਣੇ ਹਨ, ਨਵੇਂ ਮਾਲਕ ਲਾਉਣਗੇ। ਤਿੰਨ ਹਫ਼ਤੇ ਦਾਦੀ ਜੀ ਦੋ ਸ਼ਾਲਾਂ ਲੈ ਕੇ ਬੈਠੇ ਰਹੇ।

ਉਨ੍ਹਾਂ ਦੇ ਗੁਆਂਢੀ [[PERSON:ਕਵਾਮੇ ਬੋਟੇਂਗ]] ([[PERSON:Kwame Boateng]]) ਤੇ ਉਸ ਦੀ ਘਰਵਾਲੀ [[PERSON:ਅਬੇਨਾ]] ਆਪਣਾ ਤੇਲ ਵਾਲਾ ਹੀਟਰ ਦੇ ਗਏ। [[PERSON:ਕਵਾਮੇ]] ਦਾਦੀ ਜੀ ਨੂੰ 'ਗ੍ਰੈਨੀ [[PERSON:ਬੰਸੋ]]' ਕਹਿੰਦਾ ਹੈ ਤੇ ਰੋਜ਼ ਸ਼ਾਮ ਨੂੰ ਦਰਵਾਜ਼ਾ ਖੜਕਾ ਕੇ ਪੁੱਛਦਾ ਹੈ ਕਿ ਸਭ ਠੀਕ ਹੈ। [[ADDRESS:Windmill Hill Surgery]] ਦੀ ਡਾਕਟਰ ਨੇ ਵੀ ਚਿੱਠੀ ਲਿਖੀ ਕਿ ਠੰਢ ਦਾਦੀ ਜੀ ਦੇ ਦਿਲ ਲਈ ਖ਼ਤਰਨਾਕ ਹੈ।

ਮੈਂ ਦਾਦੀ ਜੀ ਦੀ ਇਜਾਜ਼ਤ ਨਾਲ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਨੰਬਰ [[REFERENCE:TGH-C-1157]], ਤੇ ਚਿੱਠੀ ਨਾਲ ਲਾ ਦਿੱਤੀ। ਸ਼ਿਕਾਇਤ ਟੀਮ ਦੀ [[PERSON:ਰੋਜ਼ਾਲਿੰਡ ਪੀਅਰਸ]] ([[PERSON:Rosalind Pearce]]) ਨੇ ਅਗਲੇ ਹੀ ਦਿਨ ਫ਼ੋਨ ਕੀਤਾ ਤੇ ਮੰਨਿਆ ਕਿ ਇਸ ਉਮਰ ਦੀ ਬਿਮਾਰ ਔਰਤ ਨੂੰ ਤਿੰਨ ਹਫ਼ਤੇ ਠੰਢ ਵਿੱਚ ਨਹੀਂ ਛੱਡਣਾ ਚਾਹੀਦਾ ਸੀ।

ਕਿਵੇਂ ਠੀਕ ਹੋਇਆ: ਉਸੇ ਹਫ਼ਤੇ ਸਾਰੇ ਘਰ ਵਿੱਚ ਨਵੇਂ ਹੀਟਰ ਲੱਗੇ, ਬਿਜਲੀ ਦੇ ਵਾਧੂ ਬਿੱਲ ਦੇ ਪੈਸੇ ਮੁੜੇ, ਤੇ ੨੮੦ ਪੌਂਡ ਮੁਆਵਜ਼ਾ ਮਿਲਿਆ।

ਕੀ ਬਦਲਿਆ: ਹੁਣ ਸਰਦੀਆਂ ਵਿੱਚ ਬਜ਼ੁਰਗ ਕਿਰਾਏਦਾਰਾਂ ਦਾ ਹੀਟਰ ਖ਼ਰਾਬ ਹੋਵੇ ਤਾਂ ਉਸੇ ਦਿਨ ਆਰਜ਼ੀ ਹੀਟਰ ਦਿੱਤਾ ਜਾਂਦਾ ਹੈ, ਤੇ ਪੁਰਾਣੇ ਹੀਟਰਾਂ ਦੀ ਸੂਚੀ ਬਣਾ ਕੇ ਉਨ੍ਹਾਂ ਨੂੰ ਬਦਲਿਆ ਜਾ ਰਿਹਾ ਹੈ।
"""),
    ),
    (
        "fv2be-pa-05",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਮ [[PERSON:ਸੁਖਪ੍ਰੀਤ ਕੌਰ ਜੌਹਲ]] ਹੈ; ਦਫ਼ਤਰ ਵਿੱਚ ਸਭ '[[PERSON:Sukie]]' ਕਹਿੰਦੇ ਹਨ। ਮੈਂ ਆਪਣੇ ਪਤੀ [[PERSON:ਰਣਦੀਪ]], ਧੀ [[PERSON:ਅਨਾਹਤ]] ([[AGE:੭ ਸਾਲ]]) ਤੇ ਦਿਓਰ [[PERSON:ਮਨਜੋਤ]] ਨਾਲ [[ADDRESS:ਫ਼ਲੈਟ ੯ਬੀ]], [[ADDRESS:Belgrave Court]], ਲੈਸਟਰ, [[POSTCODE:LE4 5HS]] ਵਿੱਚ ਰਹਿੰਦੀ ਹਾਂ। ਮਾਲਕ [[ORGANISATION:Wreake Example Housing]] ਹੈ।

ਪਿਛਲੀ ਬਸੰਤ ਉੱਪਰਲੇ ਫ਼ਲੈਟ ਦੇ ਬਾਥਰੂਮ ਤੋਂ ਪਾਣੀ ਰਿਸਣ ਲੱਗਿਆ ਤੇ ਸਾਡੀ ਰਸੋਈ ਦੀ ਛੱਤ ਉੱਤੇ ਪੀਲਾ ਦਾਗ਼ ਫੈਲਦਾ ਗਿਆ। ਮੈਂ [[PHONE:੦੧੧੬ ੪੯੬ ੦੭੪੪]] 'ਤੇ ਦੱਸਿਆ, ਮੁਰੰਮਤ ਨੰਬਰ [[REFERENCE:WXH-33905]]। ਉਹ ਕਹਿੰਦੇ ਰਹੇ ਕਿ ਉੱਪਰ ਵਾਲਿਆਂ ਦਾ ਦਰਵਾਜ਼ਾ ਕੋਈ ਨਹੀਂ ਖੋਲ੍ਹਦਾ।

ਉੱਪਰ [[ADDRESS:ਫ਼ਲੈਟ ੧੧ਬੀ]] ਵਿੱਚ [[PERSON:ਸ਼ਬਨਮ]] ਆਂਟੀ ਰਹਿੰਦੇ ਹਨ, ਜੋ ਕੰਮ 'ਤੇ ਰਾਤ ਦੀ ਸ਼ਿਫ਼ਟ ਕਰਦੇ ਹਨ। ਉਨ੍ਹਾਂ ਦੇ ਪੁੱਤਰ [[PERSON:ਬਿਲਾਲ]] ਦੀ ਟੀਚਰ ਮਿਸਿਜ਼ [[PERSON:ਓਕੋਂਕਵੋ]] ([[PERSON:Okonkwo]]) [[PERSON:ਅਨਾਹਤ]] ਦੀ ਵੀ ਟੀਚਰ ਹੈ, ਤੇ ਸਕੂਲ ਦੇ ਗੇਟ 'ਤੇ ਉਸੇ ਨੇ ਸਾਡੀ ਦੋਵਾਂ ਦੀ ਗੱਲ ਕਰਵਾਈ। [[PERSON:ਸ਼ਬਨਮ]] ਆਂਟੀ ਨੂੰ ਤਾਂ ਪਤਾ ਹੀ ਨਹੀਂ ਸੀ ਕਿ ਕੋਈ ਉਨ੍ਹਾਂ ਨੂੰ ਲੱਭ ਰਿਹਾ ਹੈ; ਦਿਨੇ ਉਹ ਸੁੱਤੇ ਹੁੰਦੇ ਸਨ।

ਫਿਰ ਇੱਕ ਰਾਤ ਰਸੋਈ ਦੀ ਛੱਤ ਦਾ ਟੁਕੜਾ ਡਿੱਗ ਪਿਆ। ਮੈਂ ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਨੰਬਰ [[REFERENCE:WXH/CMP/2716]]। ਹਾਊਸਿੰਗ ਅਫ਼ਸਰ [[PERSON:ਕੌਨਰ]] ([[PERSON:Conor Whelan]]) ਨੇ [[PERSON:ਸ਼ਬਨਮ]] ਆਂਟੀ ਨਾਲ ਸ਼ਾਮ ਦਾ ਸਮਾਂ ਰੱਖਿਆ ਤੇ ਪਲੰਬਰ ਉਸੇ ਦਿਨ ਆਇਆ: ਸ਼ਾਵਰ ਦੇ ਹੇਠਾਂ ਪਾਈਪ ਦਾ ਜੋੜ ਟੁੱਟਿਆ ਹੋਇਆ ਸੀ।

ਕਿਵੇਂ ਠੀਕ ਹੋਇਆ: ਪਾਈਪ ਬਦਲੀ, ਸਾਡੀ ਰਸੋਈ ਦੀ ਛੱਤ ਨਵੀਂ ਬਣੀ, ਬਿਜਲੀ ਦੀ ਜਾਂਚ ਹੋਈ, ਤੇ ੪੨੦ ਪੌਂਡ ਸਾਡੇ ਖਾਤੇ ਵਿੱਚ ਆਏ: ਸੌਰਟ ਕੋਡ [[OTHER_ID:40-11-62]], ਖਾਤਾ ਨੰਬਰ [[OTHER_ID:71234589]]।

ਕੀ ਬਦਲਿਆ: ਹੁਣ ਉੱਪਰੋਂ ਪਾਣੀ ਆਉਣ ਦੀ ਸ਼ਿਕਾਇਤ ਵਿੱਚ ਜੇ ਦਿਨੇ ਦਰਵਾਜ਼ਾ ਨਾ ਖੁੱਲ੍ਹੇ ਤਾਂ ਸ਼ਾਮ ਨੂੰ ਜਾਂ ਹਫ਼ਤੇ ਦੇ ਅਖ਼ੀਰ 'ਤੇ ਜਾਣਾ ਲਾਜ਼ਮੀ ਹੈ, ਸਿਰਫ਼ ਚਿੱਠੀ ਛੱਡ ਕੇ ਕੇਸ ਬੰਦ ਨਹੀਂ ਹੁੰਦਾ।
"""),
    ),
    (
        "fv2be-pl-01",
        "pl",
        _s("""
Nazywam się [[PERSON:Marta Qureshi]], z domu [[PERSON:Sobczak]]. Od dziewięciu lat jestem żoną [[PERSON:Imrana]], który w paszporcie jest [[PERSON:Muhammad Imran Qureshi]], w umowie najmu [[PERSON:Mohammed I. Qureshi]], a na listach ze spółdzielni raz [[PERSON:Mohd Imran]], raz [[PERSON:Imran Kureshi]]. Teściowa mówi do mnie [[PERSON:Mariam]], a moja mama w Lublinie mówi o nim [[PERSON:Imek]]. Ja jestem [[OTHER_SPECIAL:Polką]], mąż jest [[OTHER_SPECIAL:Pakistańczykiem]].

Mieszkamy w Slough pod adresem [[ADDRESS:16 Haymill Gardens]], [[POSTCODE:SL1 6PB]], w domu [[ORGANISATION:Thames Valley Example Housing]]. Mamy dwoje dzieci: [[PERSON:Hanię]] ([[AGE:7 lat]]), która w szkole jest [[PERSON:Hannah]], a u dziadków [[PERSON:Hana]], i [[PERSON:Yusufa]] ([[AGE:3 latka]]), na którego moja mama woła [[PERSON:Józio]].

Okna w pokoju dzieci przeciekały od dwóch zim: spróchniałe ramy, przeciąg, czarna pleśń na parapecie. Zgłosiłam to pod numerem [[PHONE:01632 960 117]], numer naprawy [[REFERENCE:TVEH/R/330871]]. Przez pięć miesięcy słyszałam, że okno „jest na liście”. Złożyłam reklamację, [[REFERENCE:TVEH-CMP-6042]], a w pierwszej odpowiedzi napisali do „Mr [[PERSON:Kureshi]]”, którego nie ma w systemie jako najemcy, więc sprawę po prostu zamknięto.

Pomogła nam wychowawczyni [[PERSON:Hani]], pani [[PERSON:Olamide Fagbenro]]. Napisała list, że [[PERSON:Hania]] kaszle całą zimę i opuściła dwanaście dni szkoły. Z tym listem poszłam do kierowniczki osiedla, pani [[PERSON:Bronagh Keane]], która otworzyła sprawę od nowa i przyjechała obejrzeć okna.

Jak to naprawiono: w obu pokojach wstawiono nowe okna z nawiewnikami, pleśń usunięto, ściany pomalowano farbą grzybobójczą, dostaliśmy 380 funtów i przeprosiny na piśmie, zaadresowane do nas obojga.

Co się zmieniło: przy każdym najemcy w systemie jest teraz lista wszystkich pisowni imienia i nazwiska, a sprawy nie wolno zamknąć z powodu „nieznanego nazwiska” bez telefonu do domu. Kontakt: [[EMAIL:marta.qureshi@example.com]], tel. [[PHONE:+44 7700 900 582]].
"""),
    ),
    (
        "fv2be-pl-02",
        "pl",
        _s("""
Piszę w imieniu mojej teściowej, pani [[PERSON:Genowefy Dąbrowskiej]], bo ona po angielsku zna tylko „hello” i „thank you”. Ja jestem [[PERSON:Kasia]], w dokumentach [[PERSON:Katarzyna Dąbrowska]], z domu [[PERSON:Pietrzyk]]; mój mąż [[PERSON:Radek]] jest jej jedynym synem. Teściowa ma [[AGE:76 lat]] i [[HEALTH:chorobę Parkinsona]]. Mieszka sama na parterze bloku [[ADDRESS:Eastfield Court]], [[ADDRESS:mieszkanie 4]], Peterborough, [[POSTCODE:PE1 5RX]]. Właścicielem jest [[ORGANISATION:Nene Example Housing]].

Zeszłej jesieni z [[ADDRESS:mieszkania 8]] nad nią zaczęło kapać do łazienki, prosto na lampę. Przez trzy miesiące! Sąsiadka z naprzeciwka, pani [[PERSON:Marcia Goodridge]], codziennie podstawiała miski i dzwoniła do nas. To ona nauczyła teściową mówić przez telefon „leak, leak, [[ADDRESS:flat eight]]”.

Dzwoniłam pod [[PHONE:01632 960 640]]; zgłoszenie miało numer [[REFERENCE:NEH-71152]]. Hydraulik przychodził trzy razy, ale nikt mu nie otwierał na górze, więc za każdym razem zamykano zgłoszenie jako „no access”. Teściowa bała się wejść do łazienki, bo woda leciała przy kontakcie, i myła się u pani [[PERSON:Marcii]].

W styczniu złożyłam skargę, [[REFERENCE:NEH/C/2291]]. Zadzwoniła do mnie [[PERSON:Kiera Lynch]] z działu skarg. Z [[PERSON:Kierą]] rozmawiało się wreszcie normalnie: w ciągu tygodnia załatwiła wejście do mieszkania na górze w asyście zarządcy i okazało się, że pęknięte jest uszczelnienie pod wanną.

Jak to naprawiono: uszczelnienie wymieniono, w łazience teściowej zrobiono nowy sufit i nową, bezpieczną lampę, elektryk sprawdził całą instalację, a teściowa dostała 420 funtów i list z przeprosinami po polsku.

Co się zmieniło: przy przeciekach z góry firma ma teraz prawo wejść do mieszkania po dwóch nieudanych wizytach, a zgłoszenia „no access” od lokatorów z niepełnosprawnością sprawdza kierownik. Kontakt do mnie: [[EMAIL:kasia.dabrowska@example.org]].
"""),
    ),
    (
        "fv2be-pl-03",
        "pl",
        _s("""
Nazywam się [[PERSON:Zuzanna Ciobanu]], z domu [[PERSON:Lis]]. Mój mąż, [[PERSON:Dorin]], jest [[OTHER_SPECIAL:Rumunem]], a nasz syn [[PERSON:Ștefan]] ma [[AGE:8 lat]] i trzy imiona naraz: dla [[OTHER_SPECIAL:polskiej]] babci jest [[PERSON:Stefciem]], dla [[OTHER_SPECIAL:rumuńskiej]] [[PERSON:Fănel]], a w szkole po prostu [[PERSON:Steve]].

[[PERSON:Dorin]] choruje na [[HEALTH:stwardnienie rozsiane]] i od 2023 roku porusza się na wózku. Mieszkaliśmy na drugim piętrze w [[ADDRESS:Fairfield House]], [[ADDRESS:mieszkanie 12]], Nottingham, [[POSTCODE:NG5 1DU]], u [[ORGANISATION:Sherwood Example Homes]]. Bez windy. Żeby wyjść do lekarza, [[PERSON:Dorin]] musiał schodzić na pośladkach, a ja znosiłam wózek.

Wniosek o przeniesienie złożyliśmy w marcu 2023, numer [[REFERENCE:SWH-TR-55602]]. Terapeutka zajęciowa wysłała opinię medyczną, ale zaadresowała ją do „[[PERSON:Dorin Lis]]”, bo tak zapisała nas przychodnia, i list przepadł. Do wniosku dołączyłam nawet jego [[OTHER_SPECIAL:rumuński]] dowód, seria i numer [[OTHER_ID:RX 412093]], żeby było jasne, kto jest kim. Nic.

Dzwoniłam pod [[PHONE:0115 496 0348]] tyle razy, że znałam muzykę z infolinii na pamięć. W końcu pomogła pani [[PERSON:Grażyna Kubiak]], mama [[PERSON:Oli]] z klasy [[PERSON:Stefka]], która pracuje jako tłumaczka w szpitalu. Napisała z nami skargę, [[REFERENCE:SWH/CMP/0962]], i dopilnowała, żeby trafiła do właściwej osoby.

Sprawę przejął pan [[PERSON:Temitope Alabi]]. W tydzień znalazł zgubioną opinię, przypisał ją do właściwego nazwiska i nadał nam najwyższy priorytet.

Jak to naprawiono: w czerwcu przeprowadziliśmy się do parterowego domu przy [[ADDRESS:2 Linby Walk]], z podjazdem i łazienką bez progu. Dostaliśmy 650 funtów za czas oczekiwania i pokryto koszt przeprowadzki.

Co się zmieniło: opinie medyczne trafiają teraz do wniosku po numerze sprawy, a nie po nazwisku, a każda rodzina z osobą na wózku na piętrze bez windy ma swojego opiekuna sprawy. Piszcie: [[EMAIL:zuzanna.ciobanu@example.net]].
"""),
    ),
    (
        "fv2be-pl-04",
        "pl",
        _s("""
Piszę o moim tacie, [[PERSON:Tadeuszu Wiśniewskim]]. Tata ma [[AGE:82 lata]] i [[HEALTH:cukrzycę]] na insulinie. Ja jestem [[PERSON:Dorota Byrne]], z domu [[PERSON:Wiśniewska]]; mój mąż [[PERSON:Cathal]] jest [[OTHER_SPECIAL:Irlandczykiem]], ale tata od dwudziestu lat mówi na niego [[PERSON:Karol]], bo „[[PERSON:Cathal]]” nie przechodzi mu przez gardło.

Tata mieszka sam w Edynburgu, pod adresem [[ADDRESS:14/3 Restalrig Gardens]], [[POSTCODE:EH7 6BQ]], w mieszkaniu [[ORGANISATION:Forth Example Housing Association]]. Trzy razy dziennie przychodzą do niego opiekunki, które robią mu zastrzyki.

W lutym zepsuł się domofon i zamek na dole klatki. Drzwi dało się otworzyć tylko od środka, a tata z trzeciego piętra nie zejdzie. Opiekunka, pani [[PERSON:Ayodele]], dwa razy czekała na mrozie i odjeżdżała, a tata dwa razy został bez insuliny. Zadzwoniłam pod [[PHONE:0131 496 0562]], zgłoszenie [[REFERENCE:FEHA-88413]]. Firma [[ORGANISATION:Lothian Door Systems]] przyjechała i powiedziała, że część jest zamówiona, pięć tygodni.

Złożyłam skargę, [[REFERENCE:FEHA/COMP/312]], i zadzwoniłam jeszcze raz, tym razem z komórki męża, [[PHONE:07700 900 964]], prosząc od razu o kierownika. Oddzwoniła pani [[PERSON:Morag Henderson]]. Przyznała, że nikt nie sprawdził, czy w klatce mieszka ktoś, kto zależy od wizyt z zewnątrz.

Jak to naprawiono: jeszcze tego samego dnia zamontowano przy drzwiach skrzynkę na klucz z szyfrem dla opiekunek, po tygodniu działał nowy domofon, a tata dostał 300 funtów i list z przeprosinami, który przetłumaczyłam mu na polski.

Co się zmieniło: stowarzyszenie prowadzi teraz listę lokatorów, do których przychodzą opiekunowie, a awaria wejścia do takiej klatki jest naprawiana awaryjnie, w ciągu doby. Kontakt: [[EMAIL:dorota.byrne@example.net]].
"""),
    ),
    (
        "fv2be-pl-05",
        "pl",
        _s("""
Jestem [[PERSON:Weronika Okoye]], z domu [[PERSON:Jasińska]]. Mój mąż, [[PERSON:Chidiebube]], dla wszystkich [[PERSON:Chidi]], jest [[OTHER_SPECIAL:Nigeryjczykiem]] z Enugu. Mamy córkę [[PERSON:Amarę]], która ma [[AGE:4 lata]], a w przedszkolu nazywają ją [[PERSON:Amy]], i bliźniaki, [[PERSON:Tobennę]] i [[PERSON:Leona]], [[AGE:18 miesięcy]]. Moja mama mówi na chłopców „[[PERSON:Tobek]] i [[PERSON:Leoś]]”.

Mieszkamy w suterenie pod [[ADDRESS:31 Falkner Rise]], Liverpool, [[POSTCODE:L8 2TW]]. Właścicielem jest [[ORGANISATION:Mersey Example Homes]]. Od pierwszej zimy ściany w sypialni były mokre do wysokości kolan, tynk się kruszył, a ubrania w szafie pleśniały.

Zgłaszałam to pod [[PHONE:0151 496 0183]] cztery razy: [[REFERENCE:MEH-210443]], potem [[REFERENCE:MEH-212907]]. Za każdym razem ktoś przychodził z wilgotnościomierzem, mówił „kondensacja” i kazał wietrzyć. Położna środowiskowa, pani [[PERSON:Sunita Mistry]], napisała, że bliźniaki mają ciągle [[HEALTH:zapalenie oskrzeli]], a [[PERSON:Amara]] ma [[HEALTH:astmę]].

Brat [[PERSON:Chidiego]], [[PERSON:Emeka]], jest tynkarzem. Zdjął kawałek tynku przy podłodze i pokazał, że izolacja przeciwwilgociowa jest przerwana, a ziemia z ogrodu sąsiada leży wyżej niż nasza podłoga. Nakręcił to i wrzucił na swój profil [[OTHER_ID:@emeka.plasters.lpool]], a ja dołączyłam film do skargi, numer [[REFERENCE:MEH/CX/8801]].

Skargę rozpatrzył pan [[PERSON:Rhodri Vaughan]]. Przyjechał z niezależnym rzeczoznawcą, który potwierdził to, co pokazał [[PERSON:Emeka]].

Jak to naprawiono: na czas prac przenieśli nas do mieszkania zastępczego, w suterenie zrobiono nową izolację, obniżono grunt przy ścianie i położono nowe tynki. Dostaliśmy 900 funtów, w tym za zniszczone ubrania i łóżeczka.

Co się zmieniło: słowo „kondensacja” nie może już zamknąć zgłoszenia w mieszkaniu w suterenie; najpierw trzeba sprawdzić izolację. Kontakt: [[EMAIL:weronika.okoye@example.com]].
"""),
    ),
    (
        "fv2be-ro-01",
        "ro",
        _s("""
Mă numesc [[PERSON:Larisa Ahmed]], născută [[PERSON:Stoica]]. Soțul meu e [[PERSON:Shafiqur Ahmed]]: [[PERSON:Shafiq]] pentru prieteni, [[PERSON:Șafic]] pentru mama mea, iar pe scrisorile de la asociație apare când „[[PERSON:S. Ahmed]]”, când „[[PERSON:Md Shafiqur Ahmad]]”. Eu sunt [[OTHER_SPECIAL:româncă]], el e [[OTHER_SPECIAL:bangladez]]. Fetița noastră, [[PERSON:Maya Nusrat]], are [[AGE:3 ani]]; acasă îi zicem [[PERSON:Mayuța]], iar bunica din Sylhet îi spune [[PERSON:Nusu]].

Locuim în [[ADDRESS:apartamentul 5]], [[ADDRESS:Lorne Court]], Walthamstow, [[POSTCODE:E17 5PL]], închiriat de la [[ORGANISATION:Walthamstow Example Homes]].

Anul trecut bucătăria s-a umplut de gândaci. Ieșeau noaptea din spatele aragazului și din dulapul de sub chiuvetă. Am sunat la [[PHONE:020 7946 0692]] și am primit numărul de lucrare [[REFERENCE:WEH/PC/14028]]. Firma [[ORGANISATION:Kestrel Pest Control]] a venit de trei ori și a dat cu spray doar la noi, deși gândacii veneau prin țevile comune ale blocului.

[[PERSON:Maya]] merge la [[ADDRESS:Little Acorns Nursery]], iar educatoarea ei, doamna [[PERSON:Nkechi Eze]], mi-a spus discret că a găsit un gândac în rucsacul fetiței. Am plâns tot drumul spre casă. [[PERSON:Shafiq]] a scris atunci o plângere oficială, numărul [[REFERENCE:WEH-C-7781]], cu poze și cu biletul de la creșă.

Managerul de bloc, domnul [[PERSON:Gavin Shortt]], a venit împreună cu un specialist și au verificat toate cele douăsprezece apartamente. Gândaci erau în opt dintre ele.

Cum s-a rezolvat: s-a tratat tot blocul deodată, de două ori, s-au astupat golurile din jurul țevilor, ni s-a schimbat dulapul de sub chiuvetă și am primit 300 de lire și scuze în scris.

Ce s-a schimbat: acum, la a doua reclamație de gândaci din același bloc, se tratează toate apartamentele, nu doar cel care a sunat. Dacă vreți să-mi scrieți: [[EMAIL:larisa.ahmed@example.org]].
"""),
    ),
    (
        "fv2be-ro-02",
        "ro",
        _s("""
Mă numesc [[PERSON:Nadejda Rusu]] și sunt [[OTHER_SPECIAL:moldoveancă]]. Acasă mi se spune [[PERSON:Nadia]], iar la serviciu colegii mă strigă [[PERSON:Nadine]]. Locuiesc cu băiatul meu, [[PERSON:Vladislav]] în acte și [[PERSON:Vlăduț]] pentru noi, în vârstă de [[AGE:11 ani]], la [[ADDRESS:22 Bellbrooke Rise]], Leeds, [[POSTCODE:LS9 6AZ]]. Casa e de la [[ORGANISATION:Wharfedale Example Housing]]. [[PERSON:Vlăduț]] are [[HEALTH:autism]] și nu suportă zgomotele puternice.

Problema: prizele din sufragerie scânteiau și miroseau a ars, iar detectorul de fum țiuia fără motiv aproape în fiecare noapte. Pentru [[PERSON:Vlăduț]] țiuitul era un chin; nu mai dormea și nu mai voia să meargă la [[ADDRESS:Oakwood Lane School]]. Am sunat la [[PHONE:0113 496 0288]], lucrarea [[REFERENCE:WDH-EL-6614]]. Electricianul de la [[ORGANISATION:Brightwire Electrical]] a scos bateria din detector și a plecat.

Vecina de la [[ADDRESS:numărul 24]], doamna [[PERSON:Hortense Bailey-Grant]], a venit cu nepotul ei, [[PERSON:Jaden]], ucenic electrician. [[PERSON:Jaden]] s-a uitat la priză și mi-a spus să nu mai folosesc sufrageria până nu vine cineva serios. Doamna [[PERSON:Hortense]] a scris plângerea împreună cu mine, pentru că engleza mea scrisă nu e ca cea vorbită. Numărul plângerii: [[REFERENCE:WDH-CMP-3057]].

Plângerea a ajuns la domnul [[PERSON:Stephen O'Halloran]], care a trimis în două zile un electrician autorizat. Acesta a găsit un circuit supraîncărcat și fire topite în perete.

Cum s-a rezolvat: s-a refăcut instalația electrică din sufragerie, s-au montat detectoare noi, legate între ele, iar școala lui [[PERSON:Vlăduț]] a primit o scrisoare de la asociație care explica absențele. Am primit 400 de lire.

Ce s-a schimbat: acum orice miros de ars la o priză e tratat ca urgență în aceeași zi, iar în fișa noastră scrie că orice test de alarmă trebuie anunțat dinainte, din cauza [[HEALTH:autismului]] lui [[PERSON:Vlăduț]]. Telefonul meu: [[PHONE:07700 900 137]].
"""),
    ),
    (
        "fv2be-ro-03",
        "ro",
        _s("""
Suntem familia [[PERSON:Vasilescu]] de la [[ADDRESS:58 Dunholme Terrace]], Newcastle, [[POSTCODE:NE4 6QR]]: eu, [[PERSON:Sorin]]; soția mea, [[PERSON:Ilona]], care e [[OTHER_SPECIAL:maghiară]] din Covasna și semnează [[PERSON:Ilona Vasilescu-Kovács]]; fiica noastră, [[PERSON:Ilinca]], de [[AGE:13 ani]], care la școală a devenit [[PERSON:Lily]]; și mama mea, [[PERSON:Aurica]], pe care copiii de pe stradă o strigă „Auntie [[PERSON:Rica]]”. Casa e de la [[ORGANISATION:Tyne Example Living]].

Două ierni la rând, peretele din camera [[PERSON:Ilincăi]] a fost ud și negru de mucegai. [[PERSON:Ilinca]] are [[HEALTH:rinită alergică]] și se trezea în fiecare dimineață cu ochii umflați. Am sunat la [[PHONE:0191 498 0417]], iar lucrarea a primit numărul [[REFERENCE:TXL-DM-50318]]. A venit un om care ne-a lăsat un dezumidificator și ne-a zis să-l ținem pornit. Factura la curent s-a dublat, mucegaiul a rămas.

Profesoara de științe a [[PERSON:Ilincăi]], doamna [[PERSON:Yewande Afolabi]], i-a dat o idee: un proiect pentru școală. Șase săptămâni, [[PERSON:Ilinca]] a notat umiditatea din cameră de trei ori pe zi și a făcut un grafic. Eu am pus graficul pe Instagram, la [[OTHER_ID:@sorin.vasilescu.ne4]], și l-am atașat la plângerea noastră, [[REFERENCE:TXL/CX/0774]].

Inspectorul trimis după plângere, domnul [[PERSON:Fraser Armstrong]], s-a uitat la grafic, apoi la jgheab. Jgheabul de deasupra camerei era înfundat de ani de zile, iar apa se scurgea direct în zid.

Cum s-a rezolvat: jgheabul și burlanul au fost înlocuite, peretele a fost uscat și tencuit din nou, ni s-au plătit banii pe curent și încă 350 de lire. [[PERSON:Ilinca]] a luat nota maximă la proiect.

Ce s-a schimbat: [[ORGANISATION:Tyne Example Living]] nu mai lasă dezumidificatoare în locul unei inspecții; la a doua sesizare de mucegai vine un inspector care verifică și exteriorul casei. Ne găsiți la [[EMAIL:vasilescu.family@example.net]].
"""),
    ),
    (
        "fv2be-ro-04",
        "ro",
        _s("""
Sunt [[PERSON:Cătălin Dumitrescu]]. Soția mea e [[PERSON:Małgorzata]], [[PERSON:Gosia]] pentru toată lumea, deși colegii mei de pe șantier o strigă „[[PERSON:Margareta]]”, iar vecinii de pe stradă „[[PERSON:Maggie]]”. Ea e [[OTHER_SPECIAL:poloneză]], eu sunt [[OTHER_SPECIAL:român]]. Avem o fetiță, [[PERSON:Natalia Ileana]], [[PERSON:Tala]] pe scurt, de [[AGE:10 luni]].

Locuim la [[ADDRESS:9 Ardmoyle Avenue]], Belfast, [[POSTCODE:BT12 6FE]], într-o casă a [[ORGANISATION:Lagan Example Housing]].

În ianuarie, pe ger, a crăpat o țeavă în pod, iar apa a venit prin tavanul camerei [[PERSON:Talei]]. Am sunat la [[PHONE:028 9649 6213]] la două noaptea. A venit un instalator de urgență, a oprit apa și a plecat; lucrarea avea numărul [[REFERENCE:LXH-40917]]. Tavanul umflat a rămas așa cinci săptămâni, iar noi am dormit toți trei în sufragerie.

Vecinul nostru, [[PERSON:Séamus Doherty]], care are o cheie de la noi, a fost primul care a urcat în pod în noaptea aceea. El ne-a spus că țevile de acolo n-au avut niciodată izolație. Mama [[PERSON:Gosiei]], doamna [[PERSON:Bożena]], care era la noi în vizită, a stat cu [[PERSON:Tala]] ca să pot merge la birou să depun plângerea, numărul [[REFERENCE:LXH-CMP-3306]].

Plângerea a preluat-o doamna [[PERSON:Orla McAteer]]. A venit a doua zi, a văzut tavanul și a recunoscut că reparația ar fi trebuit programată în câteva zile, nu lăsată fără termen.

Cum s-a rezolvat: s-a pus tavan nou, camera a fost uscată și zugrăvită, țevile din pod au fost izolate, am primit mochetă nouă și 450 de lire.

Ce s-a schimbat: în fiecare noiembrie, asociația verifică acum izolația țevilor din pod în toate casele de pe stradă, iar scurgerile din tavan în case cu bebeluși sunt reparate în maximum cinci zile. Email: [[EMAIL:catalin.dumitrescu@example.com]].
"""),
    ),
    (
        "fv2be-ro-05",
        "ro",
        _s("""
Scriu pentru mama mea, [[PERSON:Elisabeta Gheorghiu]], de [[AGE:80 de ani]], născută pe [[DATE_OF_BIRTH:douăzeci și unu martie 1945]]. Acasă îi spunem [[PERSON:Veta]], iar îngrijitoarea ei o strigă „[[PERSON:Lizzie]]”, și mamei îi place. Eu sunt fiul ei, [[PERSON:Tiberiu]], adică [[PERSON:Tibi]]. Mama are [[HEALTH:osteoporoză]] și locuiește singură în [[ADDRESS:bungaloul 6]], [[ADDRESS:Whitley Grange]], Reading, [[POSTCODE:rg2 7la]], un complex pentru vârstnici al [[ORGANISATION:Kennet Example Housing]].

Problema: cordonul de alarmă din baie nu funcționa. În octombrie mama a căzut în baie, a tras de cordon și nu a venit nimeni. A stat pe jos aproape trei ore, până a găsit-o îngrijitoarea, doamna [[PERSON:Abena Owusu-Ansah]], care are cheie.

Am sunat la [[PHONE:0118 496 0752]]. Mi s-a spus că alarma fusese raportată ca defectă încă din august, lucrarea [[REFERENCE:KXH-AL-2093]], și că „piesa e comandată”. Nimeni nu-i spusese mamei. Am depus plângere, [[REFERENCE:KXH-CMP-1148]], și am atașat scrisoarea îngrijitoarei.

Răspunsul a venit de la doamna [[PERSON:Philippa Yardley]], directoarea de servicii. A recunoscut că alarmele defecte nu erau urmărite și că nimeni nu verificase dacă locatarii au alt mod de a chema ajutor.

Cum s-a rezolvat: în aceeași săptămână s-au verificat toate cordoanele din complex; încă trei erau stricate. Mama a primit un pandantiv de alarmă la gât, o bară de sprijin lângă toaletă, 500 de lire și scuze în scris. Doamna [[PERSON:Abena]] spune că de atunci „[[PERSON:Lizzie]]” a apăsat o singură dată pandantivul, din greșeală, și în cinci minute a sunat-o cineva.

Ce s-a schimbat: o alarmă defectă se repară acum în 24 de ore, iar până atunci locatarul primește un pandantiv și un telefon în fiecare zi. Pe mine mă găsiți la [[EMAIL:tibi.gheorghiu@example.com]].
"""),
    ),
    (
        "fv2be-ur-01",
        "ur",
        _s("""
میرا نام [[PERSON:ماگدالینا]] ہے۔ اپنے پرانے پاسپورٹ میں میں آج بھی [[PERSON:Magdalena Zielińska]] ہوں، یہاں کی کرایہ داری میں [[PERSON:Magdalena Awan]]، گھر میں سب [[PERSON:مگدا]] کہتے ہیں اور میری ساس مجھے پیار سے "[[PERSON:ماگو]]" بلاتی ہیں۔ میں [[OTHER_SPECIAL:پولش]] ہوں؛ میرے شوہر [[PERSON:شہزاد اعوان]] ([[PERSON:Shahzad Awan]]) [[OTHER_SPECIAL:پاکستانی]] ہیں۔ اردو میں نے اپنی ساس سے سیکھی ہے، اس لیے غلطیاں معاف کیجیے گا۔

ہم [[ADDRESS:۳۳ Whetley Fold]]، بریڈفورڈ، [[POSTCODE:BD8 9JP]] میں [[ORGANISATION:Manningham Example Homes]] کے گھر میں رہتے ہیں۔ ہمارا بیٹا [[PERSON:ایان]] [[AGE:۵ سال]] کا ہے؛ میری امی اسے [[PERSON:Janek]] کہتی ہیں کیونکہ انہیں [[PERSON:ایان]] بولنا مشکل لگتا ہے۔

مسئلہ یہ تھا کہ [[PERSON:ایان]] کے کمرے کی کھڑکی پہلی منزل پر ہے اور اس کا تالا ٹوٹا ہوا تھا؛ کھڑکی پوری کھل جاتی تھی۔ میں نے [[PHONE:۰۱۶۳۲ ۹۶۰ ۴۸۱]] پر فون کیا، مرمت نمبر [[REFERENCE:MEH-W-20733]] ملا، اور کہا گیا کہ یہ "routine" کام ہے، اٹھائیس دن لگیں گے۔ ایک شام [[PERSON:ایان]] کرسی پر چڑھ کر کھلی کھڑکی سے باہر جھانک رہا تھا؛ خدا کا شکر ہے کہ میں اسی وقت کمرے میں آ گئی۔

[[PERSON:ایان]] کی ٹیچر مسز [[PERSON:اوکیکے]] ([[PERSON:Okeke]])، جو [[ADDRESS:Lister Mills Primary]] میں ریسیپشن کلاس پڑھاتی ہیں، نے اسکول کی طرف سے خط لکھا کہ یہ بچے کی حفاظت کا معاملہ ہے۔ میں نے وہ خط لگا کر شکایت کی، نمبر [[REFERENCE:MEH/CX/0558]]۔

شکایت [[PERSON:ہیدر]] ([[PERSON:Heather Sowerby]]) کے پاس گئی۔ انہوں نے اسی دن فون کیا اور مانا کہ جس گھر میں چھوٹا بچہ ہو وہاں اوپر کی منزل کی ٹوٹی کھڑکی "routine" کام نہیں ہو سکتی۔

کیسے ٹھیک ہوا: اگلے ہی دن سارے گھر کی کھڑکیوں پر restrictor لگ گئے، [[PERSON:ایان]] کے کمرے کی کھڑکی نئی لگی، اور ہمیں ۲۰۰ پاؤنڈ ملے۔

کیا بدلا: اب اوپر کی منزل پر ٹوٹی کھڑکی کی رپورٹ لیتے وقت پوچھا جاتا ہے کہ گھر میں چھوٹے بچے ہیں یا نہیں، اور اگر ہوں تو کام چوبیس گھنٹے میں ہوتا ہے۔ میرا ای میل: [[EMAIL:magda.awan@example.com]]۔
"""),
    ),
    (
        "fv2be-ur-02",
        "ur",
        _s("""
میں [[PERSON:راحیلہ کوثر]] ہوں۔ ہم [[OTHER_SPECIAL:میرپوری]] خاندان ہیں، اور ہمارے گھر میں ہر کسی کے دو نام ہیں۔ میرے شوہر [[PERSON:محمد ذوالفقار]] محلے میں "[[PERSON:ذلفی]]" ہیں، اور خطوں میں کبھی [[PERSON:Mohammad Zulfiqar]]، کبھی [[PERSON:M. Zulfikar]]۔ بیٹی [[PERSON:عائزہ]] ([[AGE:۱۳ سال]]) اسکول میں [[PERSON:Izzy]] ہے، اور بیٹا [[PERSON:دانیال]] ([[AGE:۱۰ سال]]) وہاں [[PERSON:Danny]]۔

ہم [[ADDRESS:109 Ravenhurst Walk]]، برمنگھم، [[POSTCODE:B10 0NJ]] میں رہتے ہیں، مالک [[ORGANISATION:Bordesley Example Homes]] ہے۔

پچھلی گرمیوں میں گھر کے پیچھے کا گٹر بند ہو گیا اور گندا پانی باغ میں بھرنے لگا۔ بدبو، مکھیاں، اور پھر ایک چوہا۔ میں نے [[PHONE:0121 496 0617]] پر اطلاع دی، نمبر [[REFERENCE:BXH-DR-77031]]۔ [[ORGANISATION:Clearflow Drainage]] والے دو بار آئے، پائپ صاف کیا، اور ہر بار ایک ہفتے میں پھر وہی حال۔

ہمارے ساتھ والے گھر، [[ADDRESS:نمبر ۱۱۱]]، میں [[PERSON:کلیمنٹ]] انکل ([[PERSON:Clement Ashby-Reid]]) رہتے ہیں۔ وہ [[OTHER_SPECIAL:جمیکن]] ہیں اور چالیس سال سے اسی گلی میں ہیں۔ انہوں نے بتایا کہ انیس سو نوے کی دہائی میں بھی یہی ہوا تھا اور تب پتا چلا تھا کہ پائپ درخت کی جڑوں سے ٹوٹا ہے۔ انہوں نے اپنا پرانا خط بھی ڈھونڈ کر دے دیا۔

میں نے وہ خط لگا کر شکایت کی، نمبر [[REFERENCE:BXH/CMP/4102]]؛ انگریزی [[PERSON:دانیال]] نے ٹھیک کی۔ ہاؤسنگ افسر [[PERSON:پریا]] ([[PERSON:Priya Lakhani]]) نے کیمرا سروے کروایا، اور واقعی پائپ میں جڑیں گھسی ہوئی تھیں۔

کیسے ٹھیک ہوا: دونوں گھروں کے نیچے سے نیا پائپ ڈالا گیا، باغ صاف ہوا، جراثیم کش دوا چھڑکی گئی، اور ہمیں ۳۵۰ پاؤنڈ ملے۔ [[PERSON:ذلفی]] کہتے ہیں کہ انکل کا خط تیس سال بعد کام آیا۔

کیا بدلا: اب ایک ہی گٹر کی دوسری شکایت پر پرانی فائلیں دیکھی جاتی ہیں اور کیمرا سروے لازمی ہے۔ رابطہ: [[EMAIL:rahila.kausar@example.org]]۔
"""),
    ),
    (
        "fv2be-ur-03",
        "ur",
        _s("""
میں [[PERSON:فیصل رانا]] ہوں۔ میری بیوی [[PERSON:ہودن]] ([[PERSON:Hodan Abdi Farah]]) [[OTHER_SPECIAL:صومالی]] ہیں اور میں [[OTHER_SPECIAL:پاکستانی]]؛ آپس میں ہم انگریزی بولتے ہیں اور بچوں سے اپنی اپنی زبان۔ شادی کے بعد [[PERSON:ہودن]] نے نام نہیں بدلا، اس لیے خطوں میں ہم کبھی Mr & Mrs [[PERSON:Farah]] ہوتے ہیں اور کبھی Mr & Mrs [[PERSON:Rana]]۔ ہمارا بیٹا [[PERSON:عبدالرشید]] [[AGE:۹ سال]] کا ہے: گھر میں "[[PERSON:رشید]]"، اسکول میں "[[PERSON:Rash]]"۔

ہم [[ADDRESS:فلیٹ ۱۲]]، [[ADDRESS:Lawford Tower]]، برسٹل، [[POSTCODE:BS5 0QT]] میں رہتے ہیں؛ مالک [[ORGANISATION:Frome Valley Example Homes]] ہے۔ پچھلے سال باتھ روم کی دیوار کے پیچھے عمارت کا مشترکہ پائپ رسنے لگا۔ دیوار نرم ہو گئی، ٹائلیں گرنے لگیں اور پھپھوندی بچوں کے کمرے تک پہنچ گئی۔ [[PERSON:رشید]] کو [[HEALTH:دمہ]] ہے اور سردیوں میں دو بار اسے ہسپتال لے جانا پڑا۔

میں نے [[PHONE:0117 496 0129]] پر تین بار فون کیا، نمبر [[REFERENCE:FVH-R-62018]]۔ ہر بار کہا گیا کہ یہ "communal" مسئلہ ہے، الگ ٹیم دیکھے گی، مگر وہ ٹیم کبھی نہیں آئی۔ [[PERSON:ہودن]] کی امی، [[PERSON:فادومو]] ([[PERSON:Faadumo]])، جو ہمارے ساتھ رہتی ہیں، روز صبح بالٹیاں خالی کرتی تھیں۔

آخر میں نے لکھ کر شکایت کی، نمبر [[REFERENCE:FVH-CX-3390]]۔ فارم میں میرا نیشنل انشورنس نمبر بھی مانگا گیا، [[NI_NUMBER:JR 63 04 17 B]]، جو بعد میں پتا چلا کہ ضروری ہی نہیں تھا۔ شکایت [[PERSON:روری]] ([[PERSON:Ruairi Tobin]]) کے پاس گئی، جو بلاک کے نئے منیجر تھے۔ وہ خود آئے، دیوار کھلوائی، اور مانا کہ مرمت اور "communal" ٹیم کے بیچ ہماری رپورٹ گم ہو گئی تھی۔

کیسے ٹھیک ہوا: مشترکہ پائپ بدلا گیا، باتھ روم کی دیوار اور ٹائلیں نئی لگیں، بچوں کے کمرے کی پھپھوندی صاف کر کے پینٹ ہوا، اور ۶۰۰ پاؤنڈ ملے۔

کیا بدلا: اب ہر رپورٹ ایک ہی ٹیم کے پاس رہتی ہے، چاہے مسئلہ فلیٹ کے اندر ہو یا عمارت کا، اور ہمیں ہر ہفتے فون کر کے بتایا جاتا ہے کہ کام کہاں تک پہنچا۔ رابطہ: [[EMAIL:faisal.rana@example.net]]۔
"""),
    ),
    (
        "fv2be-ur-04",
        "ur",
        _s("""
یہ شکایت میں، [[PERSON:طلحہ]]، اپنے دادا دادی کی طرف سے لکھ رہا ہوں۔ دادا [[PERSON:غلام رسول]] کی عمر [[AGE:۸۴ سال]] ہے، تاریخ پیدائش [[DATE_OF_BIRTH:۱۲ مارچ ۱۹۴۱]]؛ دادی [[PERSON:زینت بی بی]] [[AGE:۸۰ سال]] کی ہیں۔ دونوں [[ADDRESS:40 Gransden Road]]، چیتھم ہل، مانچسٹر، [[POSTCODE:M8 0WQ]] میں [[ORGANISATION:Irwell Example Homes]] کے گھر میں رہتے ہیں۔ دادا کو [[HEALTH:دل کی بیماری]] ہے اور دادی کو [[HEALTH:گٹھیا]]۔

ان کے سونے کے کمرے کی کھڑکیوں کے فریم گل چکے تھے۔ سردیوں میں ہوا سیٹیاں بجاتی تھی، دادی نے پردوں کے پیچھے کمبل ٹانگ رکھے تھے، اور ریڈی ایٹر سارا دن چلنے کے باوجود کمرہ ٹھنڈا رہتا تھا۔ میں نے [[PHONE:0161 496 0524]] پر فون کیا تو نمبر [[REFERENCE:IEH-WD-33817]] دے کر کہا گیا کہ یہ گھر "planned programme" میں ہے، دو سال بعد باری آئے گی۔

دادا کی ڈاکٹر، ڈاکٹر [[PERSON:آئیفا]] ([[PERSON:Aoife Brennan]]) نے، جو [[ADDRESS:Cheetham Brook Medical Centre]] میں بیٹھتی ہیں، خط لکھا کہ ٹھنڈا کمرہ دادا کے دل کے لیے خطرناک ہے۔ دادا انہیں "ڈاکٹر [[PERSON:ایفا]]" کہتے ہیں۔ خط پر دادا کا این ایچ ایس نمبر [[OTHER_ID:۴۸۵ ۷۷۷ ۳۴۵۶]] بھی لکھا تھا۔ ساتھ والی پڑوسن، مسز [[PERSON:کووالسکا]] ([[PERSON:Kowalska]])، نے بھی لکھ کر دیا کہ انہوں نے دادی کو دن میں کوٹ پہن کر بیٹھے دیکھا ہے۔

میں نے دونوں خط لگا کر شکایت کی، نمبر [[REFERENCE:IEH/C/9051]]۔ جواب [[PERSON:ٹینڈائی]] ([[PERSON:Tendai Moyo]]) نے دیا، جو ایسٹ ٹیم کے منیجر ہیں۔ انہوں نے مانا کہ پروگرام کی فہرست میں بیمار اور بوڑھے کرایہ داروں کو آگے نہیں رکھا گیا تھا۔

کیسے ٹھیک ہوا: ایک مہینے کے اندر سارے گھر میں ڈبل گلیزنگ لگ گئی، ایک نیا ریڈی ایٹر لگا، اور دادا دادی کو ۲۵۰ پاؤنڈ ملے۔

کیا بدلا: اب کھڑکیوں کے پروگرام میں ڈاکٹر کا خط آنے پر گھر کو اسی سال کی فہرست میں ڈال دیا جاتا ہے۔ میرا ای میل: [[EMAIL:talha.rasool@example.net]]۔
"""),
    ),
    (
        "fv2be-ur-05",
        "ur",
        _s("""
میں [[PERSON:سدرہ نواز]] ہوں۔ میں [[OTHER_SPECIAL:پاکستانی]] ہوں اور میرے شوہر [[PERSON:عاشق مجمدار]] ([[PERSON:আশিক মজুমদার]]) [[OTHER_SPECIAL:بنگلہ دیشی]] ہیں؛ ان کے گھر والے انہیں "[[PERSON:আশিক]]" لکھتے ہیں، میرے گھر والے "[[PERSON:عاشق]]"، اور دفتر والے "[[PERSON:Ash]]"۔ ہمارے چار بچے ہیں: [[PERSON:مشعل]] ([[AGE:۱۱ سال]])، جسے اسکول میں سب [[PERSON:Michelle]] سمجھتے ہیں، [[PERSON:عمیر]] ([[AGE:۸ سال]])، اور جڑواں [[PERSON:ہادی]] اور [[PERSON:ہانیہ]] ([[AGE:۳ سال]])۔ ساتھ میری ساس [[PERSON:رقیہ بیگم]] بھی رہتی ہیں۔

ہم [[ADDRESS:فلیٹ ۸]]، [[ADDRESS:Mallory House]]، اِلفرڈ، [[POSTCODE:IG1 2RW]] میں دو کمروں کے فلیٹ میں رہتے تھے؛ مالک [[ORGANISATION:Cranbrook Example Homes]] ہے۔ سات لوگ، دو کمرے۔ ہم نے ۲۰۱۹ میں بڑے گھر کی درخواست دی، رجسٹر نمبر [[REFERENCE:CXH-HR-114207]]۔

پانچ سال تک ہم ایک ہی بینڈ میں پڑے رہے۔ بعد میں پتا چلا کہ رجسٹر میں ساس کو گنا ہی نہیں گیا تھا۔ وہ پہلے [[OTHER_SPECIAL:وزٹ ویزا]] پر آئی تھیں، ۲۰۲۲ میں انہیں [[OTHER_SPECIAL:settled status]] مل گیا اور ہم نے کاغذ بھی بھیجے، مگر فائل میں وہ ابھی تک "[[OTHER_SPECIAL:visitor]]" لکھی تھیں۔

میں نے [[PHONE:020 7946 0275]] پر کئی بار فون کیا، پھر شکایت کی، نمبر [[REFERENCE:CXH-CMP-6618]]۔ پہلا جواب آیا کہ سب ٹھیک ہے، تو ہم ہاؤسنگ اومبڈسمین کے پاس گئے، کیس نمبر [[REFERENCE:202411563]]۔ اس کے بعد الاٹمنٹ منیجر [[PERSON:ڈونووَن]] ([[PERSON:Donovan Whyte]]) نے فائل خود دیکھی اور غلطی مان لی۔

کیسے ٹھیک ہوا: ساس کو گھر والوں میں شامل کر کے ہمیں اوپر کے بینڈ میں رکھا گیا، تاریخ ۲۰۲۲ سے گنی گئی، اور چھ مہینے بعد ہمیں [[ADDRESS:21 Aldborough Mews]] میں چار کمروں کا گھر مل گیا۔ ساتھ ۷۵۰ پاؤنڈ ملے۔

کیا بدلا: اب جب کوئی گھر والا اپنا امیگریشن کا کاغذ بھیجتا ہے تو رجسٹر اسی ہفتے اپڈیٹ ہوتا ہے، اور ہر سال فون کر کے پوچھا جاتا ہے کہ گھر میں کون کون رہتا ہے۔ رابطہ: [[EMAIL:sidra.nawaz@example.com]]۔
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
