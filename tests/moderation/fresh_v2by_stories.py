"""Fresh version-2 PII test stories, batch by.

Nominations and thank-you messages for housing staff and contractors who put a complaint right:
'staff hero' award forms, 'Make Things Right champion' shortlist entries, thank-you cards,
compliments logged by a complaints team, review-site reviews with the firm's reply, and mosque,
gurdwara and Orthodox parish newsletters thanking a housing officer. Staff are named warmly and
again and again, and every form is marked: full names, first names, surnames after titles,
nicknames with their adjective (Big Col, ਵੱਡਾ ਰਾਜ / ਛੋਟੇ ਰਾਜ, Florinel, Mădă, شبو, ফারু), kunyas
(أم الخير, أبو آدم, أم ليان, أبو هدى), diminutives and inflected forms (Kasię, Kasi, Kasią, Mirku,
Józka, Dereka, Derekowi, Halino, Mădălinei, রেবেকাকে, বিলের). Names that are also words are marked
only where they are names (Will, Mark, Hope, Faith, Grace, Róża/róże, Lis/lis, Speranța/speranță,
نور, أمين/أمينًا, শুভ, বিল, ਸਾਰਾ, ਪ੍ਰੀਤ, ਅਮਨ, شگفتہ, راحت, شبنم). Titles and kinship or respect
words (Mrs, pani, domnul, doamna, السيدة, الأخ, الشيخ, عمّو, আপা, ভাবি, সাহেব, ਬੀਬੀ, ਭਾਈ, ਜੀ, ਮਿਸ,
محترمہ, صاحبہ, باجی, آپا, بھائی, انکل), an Arabic و and Bengali case endings written after a hyphen
(-এর, -কে) stay outside; Bengali endings fused to a name are inside. A house number with its street,
or a flat with its named block, is one span; an estate or block alone, a partial "flat 6",
"number 27", "numărul 56", the Polish "spod trzynastki" (only "trzynastki"), a child's
named school, the family's GP surgery or health centre, and the mosque, gurdwara, church or women's
centre the family attends or lives by are ADDRESS. Landlords, contractors and named councils are
ORGANISATION, short forms too (Ashgrove, Fairweather, RapidFlow, SecureFit, Aston Brook); award
names, the campaign, teams, job titles, towns, districts, hospitals, event dates, durations, money
and languages spoken (po polsku, în română, اردو میں) are not marked, nor a dehumidifier nicknamed
Mr Sniffles. Van registrations, NHS numbers, handles (reviewers' and firms'), a passport number, a
settled-status share code, a sort code and account endings are OTHER_ID; refugee status, settled
status, a spouse visa, nationality or ethnicity (Somali, سورية, يمنية, বাংলাদেশি, romi) and
religion (ਸਿੱਖ) said of the family are OTHER_SPECIAL, later generic mentions of a visa or status
are not. Ages and dates of birth are marked in digits, native digits and words, with the unit
where one is written.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 8 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 77.1% of 35, recall 98.4%, precision 83.5%, on the committed
detector feb0262 (after round 68); leak-free by language ar 4, bn 4, en 4, pa 5, pl 4, ro 4, ur 2 of 5.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2by-en-01",
        "en",
        _s("""
STAFF HERO AWARD 2025: NOMINATION. Your name: Mrs [[PERSON:Maureen Pickles]]. Your address:
[[ADDRESS:Flat 6, Larch House]], [[ADDRESS:Elmhurst Estate]], Leeds [[POSTCODE:LS9 8QN]].
Tenancy ref: [[REFERENCE:THG/0048813]]. Who are you nominating? Our [[PERSON:Dave]], that's
[[PERSON:David Okonkwo]], repairs supervisor for [[ORGANISATION:Thornbury Homes]] on our patch.

Why do they deserve it? Last winter the heating in [[ADDRESS:flat 6]] packed in three times
between 2 December and 19 January. My husband [[PERSON:Ken]] is [[AGE:81]] and has
[[HEALTH:COPD]], and the cold was getting on his chest something terrible. I'd logged it as
repair job [[REFERENCE:RJ-771204]] and then as a complaint, [[REFERENCE:CMP/24/3318]], and for
weeks nobody rang back. The day [[PERSON:Dave]] picked it up he came round himself with two
oil-filled radiators out of his van and sat with [[PERSON:Ken]] while the engineer from
[[ORGANISATION:Calder Heating Services]] took the boiler apart.

He gave us his own work mobile, [[PHONE:07700 900418]], and said ring it if anything went wrong
over Christmas. It did, and he answered on Boxing Day. [[PERSON:Dave]] also got the whole of
[[ADDRESS:Larch House]] checked, because it turned out four other flats had the same faulty
valve. Our granddaughter [[PERSON:Kayleigh]], who's [[AGE:14]], made him a card and he's pinned
it up in the depot, which tells you the sort of man he is.

What do colleagues say? His manager, [[PERSON:Asha Mistry]], told me: "[[PERSON:Dave]] never
closes a job until the tenant says it's fixed. Mrs [[PERSON:Pickles]] is right, he's one of a
kind." And [[PERSON:Okonkwo]]'s apprentice, [[PERSON:Liam Foley]], says he learned more in a
month with the gaffer than in a year at college.

Contact for this nomination: [[EMAIL:mo.pickles51@example.org]] or [[PHONE:0113 496 0275]]
(landline, ask for [[PERSON:Mo]] or [[PERSON:Ken]]).
"""),
    ),
    (
        "fv2by-en-02",
        "en",
        _s("""
Thank-you card, handed in at the [[ORGANISATION:Tamebridge Housing Trust]] office and copied
into the compliments folder with the family's permission.

To [[PERSON:Big Col]] and everyone at [[ORGANISATION:Brightwater Damp & Mould Solutions]],

THANK YOU from [[ADDRESS:22 Canal Side]] ([[POSTCODE:b186qt]] if you ever want to visit!). When
you first came in April you said you'd never seen black mould that bad in a kid's bedroom. Our
[[PERSON:Hope]] is [[AGE:7]] and has [[HEALTH:sickle cell anaemia]], and every chest infection
means days in hospital, so the mould was not just ugly, it was dangerous. We had been reporting
it since the October before (our complaint number was [[REFERENCE:TH-COMP-20931]]) and it took a
stage 2 letter before anybody sent you.

[[PERSON:Colin]], you were brilliant with her. You let her name the dehumidifier (it's called
Mr Sniffles, sorry) and you explained every step. [[PERSON:Will]], who held the ladder
and did the new air bricks, you were so patient when she asked you a hundred questions. She
will not stop talking about the van with the bubbles on it, reg [[OTHER_ID:KX19 ZTP]], and she
waves at every white van now just in case.

Since the work was finished [[PERSON:Hope]] has been back at [[ADDRESS:Lodge Lane Primary]] every
single day, no hospital stays at all. Her nurse, [[PERSON:Faith]], said her chest sounds the
clearest it has in two years.

Please tell your boss, Mrs [[PERSON:Okafor]], that you both deserve a pay rise. If she wants to
hear it from me, I'm on [[PHONE:0121 496 0733]] or [[EMAIL:joy.adebayo@example.com]].

Love from [[PERSON:Joy]], [[PERSON:Hope]] and baby [[PERSON:Samuel]] ([[AGE:10 months]]) xxx
"""),
    ),
    (
        "fv2by-en-03",
        "en",
        _s("""
COMPLIMENT LOGGED. Team: Customer Resolution, [[ORGANISATION:Severnside Living]]. Log no.
[[REFERENCE:COMP-24-0917]]. Received 11/09/2024 by phone (text relay). From: Mr
[[PERSON:Joseph Brennan]], [[ADDRESS:41 Wheatsheaf Close]], [[POSTCODE:BS5 9LT]]. Tel:
[[PHONE:0117 496 0832]]. Tenancy ref: [[REFERENCE:SL-T-220417]]. Staff named:
[[PERSON:Sunita Ram]] (Income Officer); [[PERSON:Gwyn Parry]] (Surveyor).

Summary: Mr [[PERSON:Brennan]], who is [[HEALTH:profoundly deaf]], called through the relay
service to thank [[PERSON:Sunita]]. He lives with his mother, Mrs [[PERSON:Rose Brennan]], aged
[[AGE:92]] (DOB [[DATE_OF_BIRTH:03/07/1932]]), who has [[HEALTH:vascular dementia]]. In the
spring a letter threatened possession for arrears of £1,140. [[PERSON:Sunita]] looked behind the
figures and found the Housing Benefit had been stopped when [[PERSON:Rose]] went into respite
care, because nobody had passed on the hospital letter with her NHS number,
[[OTHER_ID:943 476 5919]]. [[PERSON:Sunita]] sent it herself, had the claim backdated and
cancelled the notice. Mr [[PERSON:Brennan]] said: "[[PERSON:Sunita]] treated Mum like her own
nan. Everyone else just sent letters I couldn't ring back about."

While the case was open she also noticed the stair rail was loose and booked [[PERSON:Gwyn]] to
look. [[PERSON:Gwyn Parry]] fitted a second rail and a grab bar by the bath the same week
(repair [[REFERENCE:R-558120]]). Mr [[PERSON:Brennan]] asked us to add that "[[PERSON:Rosie]]
now goes up to bed on her own again, and sings while she does it."

Colleague comment (added by [[PERSON:Gwyn]]): "[[PERSON:Sunita]] spots the thing behind the thing.
Half my best referrals come from her."

Action: forwarded to team leader [[PERSON:Tariq Hussain]] for the staff newsletter and the
Make Things Right champion shortlist. Reply sent to [[EMAIL:j.brennan.bristol@example.org]] on
12/09/2024.
"""),
    ),
    (
        "fv2by-en-04",
        "en",
        _s("""
★★★★★ "Finally someone who turns up" — review of [[ORGANISATION:Fairweather Roofing & Guttering]]
by [[OTHER_ID:@gemmalou_84]], verified customer, Rochdale.

Can't recommend these lads enough. [[ORGANISATION:Fairweather]] were sent by my landlord,
[[ORGANISATION:Pennine Valley Homes]], after I'd had water coming through the ceiling over our
[[PERSON:Mason]]'s bed for five months. I'd put in a complaint (no. [[REFERENCE:PVH 5531 209]])
and taken it to stage 2 before anything happened, so I wasn't expecting much.

[[PERSON:Will]] was up on the roof by 8 the next morning and found two slipped slates and a
gutter full of moss. [[PERSON:Mark]], the younger one, came inside and checked the loft and the
bedroom ceiling, and he put dust sheets over everything so there wasn't a mark on the carpet.
They took photos of every stage and sent them to the landlord, which meant for once I had proof.

We're the end terrace at [[ADDRESS:9 Cowslip Row]], [[POSTCODE:OL12 7HW]], and the whole row has
the same roof, so they told the landlord to check numbers 1 to 11 as well. [[ADDRESS:Number 9]]
has been bone dry through three storms since.

Why it mattered: [[PERSON:Mason]] is [[AGE:6]], he has [[HEALTH:asthma]] and he'd been off
[[ADDRESS:St Bede's Primary]] for eleven days in January with his chest. The GP at
[[ADDRESS:Wardle Road Surgery]] wrote a letter about the damp, and that's what finally got it
moving.

I will be using them for my mum's guttering too. Their number's [[PHONE:0161 496 0597]] and
they're [[OTHER_ID:@fairweatherroofs]] on Instagram. Ask for [[PERSON:Will]] or
[[PERSON:Mark]]. — [[PERSON:Gemma]]

Response from the owner: Thanks so much [[PERSON:Gemma]], I've shown [[PERSON:Will]] and
[[PERSON:Mark]] and they're made up. Glad [[PERSON:Mason]]'s sleeping better. —
[[PERSON:Terry Fairweather]]
"""),
    ),
    (
        "fv2by-en-05",
        "en",
        _s("""
MAKE THINGS RIGHT CHAMPION: SHORTLIST ENTRY. Nominee: [[PERSON:Grace Mbeki-Taylor]], Neighbourhood
Housing Officer, [[ORGANISATION:Ashgrove Community Housing]]. Nominated by: [[PERSON:Hodan Warsame]],
resident, [[ADDRESS:Flat 27, Corbett Tower]], [[POSTCODE:SE15 4DX]].

In my own words: I am a [[OTHER_SPECIAL:Somali]] mother of four and my English was not strong when
this started. Our lift in [[ADDRESS:Corbett Tower]] was broken for eleven weeks in 2023. We live
on the 14th floor. My son [[PERSON:Abdirahman]] is [[AGE:9]] and has [[HEALTH:cerebral palsy]],
and his wheelchair cannot go on the stairs. He missed his hospital appointments and he missed
[[ADDRESS:Peckham Rye Academy]]. I complained (case [[REFERENCE:ACH-CX-04471]]) and got only a
letter saying parts were on order.

Then [[PERSON:Grace]] came. [[PERSON:Grace]] booked an interpreter herself, sat in my kitchen and
wrote everything down. She found that the landlord had my wrong National Insurance number on the
file, [[NI_NUMBER:JT 48 21 90 C]] instead of mine, and that is why my letters went to someone
else. She moved us to a ground-floor flat while the lift was fixed and she pushed the complaint
to the Ombudsman's early resolution team ([[REFERENCE:202314557]]). [[ORGANISATION:Ashgrove]] paid compensation
and now every lift breakdown is texted to disabled residents the same day.

What colleagues say: "[[PERSON:Grace]] treats a complaint as a gift," says her team leader,
[[PERSON:Owain Rees]]. [[PERSON:Jas]] from the lettings team adds: "When [[PERSON:Mbeki-Taylor]]
rings you about a family, you drop everything, because she's usually right."

My daughter [[PERSON:Ayaan]], who is [[AGE:16]], translated this for me. Dr [[PERSON:Hollis]] at
[[ADDRESS:Fernbank Medical Centre]] has said he will write to support it. You can reach me on
[[PHONE:020 7946 0581]] or [[EMAIL:hodan.w@example.org]]. Thank you, [[PERSON:Grace]], from all of
us at [[ADDRESS:number 27]].
"""),
    ),
    (
        "fv2by-ar-01",
        "ar",
        _s("""
نشرة [[ADDRESS:مسجد الهدى]] الشهرية – ركن الشكر والتقدير

يتقدّم أهل الحيّ وروّاد المسجد بخالص الشكر إلى السيدة [[PERSON:كلير دونوفان]]، مسؤولة
الإسكان في [[ORGANISATION:Irwell Gate Homes]]، على ما قامت به لعائلة الأخ
[[PERSON:عبد الرحمن يوسف]]، جار المسجد منذ سنوات.

تسكن العائلة في [[ADDRESS:الشقة ١٢]] في [[ADDRESS:برج ويلوبي]]، [[POSTCODE:M16 7RB]]، على
بُعد شارعين من [[ADDRESS:مسجد الهدى]]. منذ تشرين الثاني الماضي كانت المياه تتسرّب من سقف
الحمّام، وانتشرت الرطوبة والعفن في غرفة الأطفال. ابنتهم [[PERSON:نور]] عمرها
[[AGE:خمس سنوات]] وتعاني من [[HEALTH:الربو]]، وكانت تستيقظ كل ليلة على نوبة سعال. قدّمت
[[PERSON:أم يوسف]] بلاغ إصلاح برقم [[REFERENCE:IGH-R-30982]] ثم شكوى رسمية برقم
[[REFERENCE:IGH-C-1147]]، ولم يأتِ أحد طوال سبعة أسابيع.

عندما تسلّمت الأخت [[PERSON:كلير]] الملف زارت الشقة في اليوم نفسه، وأحضرت معها مترجمة،
وطلبت من شركة [[ORGANISATION:Northway Plumbing]] إرسال سبّاك خلال ٤٨ ساعة. ثم رتّبت للعائلة
إقامة مؤقتة حتى جفّ السقف وأُعيد طلاؤه، واعتذرت كتابيًا عن التأخير، وصرفت لهم تعويضًا عن
الأثاث التالف.

يقول الأخ [[PERSON:عبد الرحمن]]: «السيدة [[PERSON:دونوفان]] كانت تتصل بنا كل يوم جمعة
لتطمئن على [[PERSON:نور]]. لم نشعر أبدًا أننا مجرد رقم في ملف.» وتقول زميلتها
[[PERSON:بريا شاه]] من قسم الإصلاحات: «[[PERSON:كلير]] لا تغلق شكوى قبل أن تسمع من الساكن
نفسه أن المشكلة انتهت.»

وقد رشّح إمام المسجد، الشيخ [[PERSON:حسن الطحّان]]، السيدة [[PERSON:كلير]] لقائمة «أبطال
حملة Make Things Right» في منطقتنا، ونسأل الله أن يجزيها خيرًا.

لمن يواجه مشكلة مشابهة: مكتب الاستشارات في المسجد مفتوح مساء الثلاثاء، ويمكنكم الاتصال
بالأخ [[PERSON:سامي]] على الرقم [[PHONE:٠٧٧٠٠ ٩٠٠٢٣٦]] أو مراسلة
[[EMAIL:advice@alhuda-mosque.example.org]].
"""),
    ),
    (
        "fv2by-ar-02",
        "ar",
        _s("""
استمارة ترشيح – جائزة «نجم الخدمة» لدى [[ORGANISATION:Wyvern Housing]]

اسمي [[PERSON:ريم الخطيب]]، وأسكن مع أطفالي الثلاثة في [[ADDRESS:٣٨ شارع هوثورن]]
([[ADDRESS:38 Hawthorn Street]])، [[POSTCODE:CV6 1JB]]. نحن عائلة [[OTHER_SPECIAL:سورية]]
وصلنا إلى كوفنتري عام ٢٠٢١ [[OTHER_SPECIAL:لاجئين]]. رقم عقد الإيجار:
[[REFERENCE:WYV-T-0093321]].

أرشّح الكهربائي [[PERSON:ياتسيك]] ([[PERSON:Jacek]]) من شركة
[[ORGANISATION:Midshire Electrical]] المتعاقدة مع [[ORGANISATION:Wyvern Housing]].

في شباط الماضي انقطعت الكهرباء عن نصف البيت، وكانت المقابس في المطبخ تُطلق شررًا. ابني
[[PERSON:سليم]] عمره [[AGE:١١ عامًا]] ولديه [[HEALTH:اضطراب طيف التوحّد]]، ويخاف كثيرًا من
الظلام والأصوات المفاجئة. أبلغتُ عن العطل ثلاث مرات (رقم البلاغ [[REFERENCE:WH-447190]])
وقيل لي في كل مرة إنه «ليس طارئًا». بعد أن قدّمتُ شكوى رسمية بمساعدة جارتي
[[PERSON:سعاد]]، جاء [[PERSON:ياتسيك]] في المساء نفسه.

ما أدهشني أنه لم يبدأ العمل قبل أن يتعرّف إلى [[PERSON:سليم]]. أراه الأدوات واحدة واحدة،
وأعطاه مصباحًا يدويًا ليكون «مساعد الكهربائي». اكتشف أن التمديدات قديمة وخطرة، فقطع التيار
عن المطبخ فورًا، ثم عاد في اليوم التالي مع زميله [[PERSON:توم]] وأعادا تمديد البيت كله في
يومين.

قال لي مديره [[PERSON:غاري ويلكس]] على الهاتف: «[[PERSON:ياتسيك]] من أفضل من عندنا، والعائلات
تطلبه بالاسم.»

اليوم ينام [[PERSON:سليم]] وبجانب سريره الضوء الصغير الذي ركّبه له [[PERSON:ياتسيك]]، ويسمّيه
«ضوء [[PERSON:جاك]]». هذا الرجل يستحق الجائزة.

للتواصل: [[PHONE:07700 900561]] أو [[EMAIL:reem.alkhatib@example.com]].
"""),
    ),
    (
        "fv2by-ar-03",
        "ar",
        _s("""
بطاقة شكر (سُلّمت إلى فريق الشكاوى في [[ORGANISATION:بيكسلي بارك هومز]] وأُرفقت بملف
الشكوى [[REFERENCE:BPH/C/2024/0612]])

عزيزي الأستاذ [[PERSON:مراد بن سالم]]،

أكتب لك هذه البطاقة بيد مرتجفة، فأنت تعرف أن [[HEALTH:مرض باركنسون]] لم يترك لي خطًّا جميلًا.
اسمي [[PERSON:فؤاد الحدّاد]]، من مواليد [[DATE_OF_BIRTH:الأول من آذار سنة ١٩٤٨]]، وعمري اليوم
[[AGE:٧٦ عامًا]]. أعيش وحدي منذ وفاة زوجتي [[PERSON:سميرة]]، رحمها الله، في
[[ADDRESS:الشقة رقم ٣، ٥ طريق كرومويل]]، [[POSTCODE:NW10 3HQ]].

سقطتُ في الحمّام مرتين في الشتاء الماضي، وطلبتُ تركيب دُشّ أرضي بدل حوض الاستحمام. قالوا
لي إن الطلب «في قائمة الانتظار» وبقي كذلك أحد عشر شهرًا. ابني [[PERSON:كريم]] يسكن في
مانشستر ولا يستطيع المجيء كل أسبوع، فكتب الشكوى نيابةً عني.

ثم اتصلتَ أنت يا [[PERSON:مراد]]. لم تكتفِ بالاعتذار، بل جئتَ بنفسك مع أخصائية العلاج
الوظيفي [[PERSON:ديبي كولينز]]، وقستما الحمّام، ووعدتني بموعد. وبعد ثلاثة أسابيع جاء
العمّال من شركة [[ORGANISATION:Ealing Adapt Ltd]] وركّبوا الدُّشّ ومقعدًا ومقابض على الجدران.
وحين تأخّر الكهربائي يومًا واحدًا اتصلتَ بي لتخبرني قبل أن أسأل.

جيراني في العمارة يسمّونك «[[PERSON:أبو آدم]]» لأنك تحدّثهم عن ابنك الصغير، وأنا أسمّيك
«ابني الثاني». أرجو أن يعرف مديرك، السيد [[PERSON:ريتشارد أوكونيل]]، أن ما فعلتَه أعاد لي
كرامتي، فأنا اليوم أستحمّ وحدي دون خوف.

مع خالص الشكر والدعاء،
[[PERSON:فؤاد]]

(رقم هاتف ابني [[PERSON:كريم الحدّاد]] إن أردتم التأكّد: [[PHONE:0161 496 0914]])
"""),
    ),
    (
        "fv2by-ar-04",
        "ar",
        _s("""
تقييم ★★★★★ لشركة [[ORGANISATION:ClearView Windows]] – كتبته [[OTHER_ID:@umm_layan_ldn]]

أنا [[PERSON:أم ليان]]، وأسكن في [[ADDRESS:الشقة ٤٢]] في [[ADDRESS:مجمّع ألدر غرين]]،
[[POSTCODE:e147pd]]، في الطابق الرابع. منذ انتقالنا كانت نافذة غرفة النوم لا تُغلق جيدًا،
ولم يكن فيها قفل أمان، وابنتي [[PERSON:ليان]] عمرها [[AGE:ثلاث سنوات]] وتحب التسلّق. كنت
أعيش في رعب. أبلغتُ [[ORGANISATION:Hollybank Housing Association]] مرات كثيرة (رقم الشكوى
[[REFERENCE:HHA-58213]]) ولم يتحرّك أحد حتى وصلتُ إلى المرحلة الثانية من الشكوى.

بعدها أرسلوا [[ORGANISATION:ClearView Windows]]، وجاء الفنّي [[PERSON:ستيف]] ومعه زميله
[[PERSON:أمين]] في الموعد تمامًا. [[PERSON:أمين]] يتكلّم العربية، فشرح لي كل شيء خطوة خطوة،
وكان رجلًا أمينًا بكل معنى الكلمة: لاحظ أن نافذة المطبخ أيضًا فيها شقّ، فغيّرها دون أن أطلب.
[[PERSON:ستيف]] ركّب أقفال الأمان على كل النوافذ، وأعطى [[PERSON:ليان]] ملصقًا على شكل
نجمة فصارت تسمّيه «عمّو [[PERSON:ستيف]]».

زوجي [[PERSON:هشام]] يعاني من [[HEALTH:الصرع]]، وكان قلقًا من الغبار والضجيج، فرتّبا العمل
في ساعتين فقط ونظّفا كل شيء قبل أن يغادرا. حتى الشاحنة (لوحتها [[OTHER_ID:LB21 XWC]])
أوقفاها بعيدًا كي لا تسدّ مدخل البناية على الجيران.

أنصح بهم بشدة. رقمهم [[PHONE:020 7946 0372]]، واطلبوا [[PERSON:أمين]] أو [[PERSON:ستيف]]
بالاسم.

ردّ الشركة: شكرًا جزيلًا يا [[PERSON:أم ليان]]! أوصلنا كلامك إلى [[PERSON:أمين]] وإلى
[[PERSON:ستيف]]، وسعدنا أن [[PERSON:ليان]] بأمان الآن. – [[PERSON:ديان فوستر]]، مديرة
العمليات
"""),
    ),
    (
        "fv2by-ar-05",
        "ar",
        _s("""
إلى لجنة اختيار «أبطال Make Things Right»

الموضوع: ترشيح السيدة [[PERSON:هيلين ماركام]]، ضابطة السكن في [[ORGANISATION:Don Valley Homes]]

نكتب إليكم نحن أعضاء لجنة الجالية في حيّ آتركليف لنرشّح السيدة [[PERSON:هيلين]]، التي
تعرفها العائلات هنا باسم «[[PERSON:أم الخير]]».

في ربيع ٢٠٢٤ كانت عائلة الأخ [[PERSON:محمد ناجي العبسي]]، وهي عائلة [[OTHER_SPECIAL:يمنية]]
من ثمانية أفراد، تعيش في بيت من غرفتين في [[ADDRESS:١٧ شارع بيرش]]، [[POSTCODE:S9 3LQ]]. ابنتاه
[[PERSON:هدى]] و[[PERSON:أروى]] مصابتان بمرض [[HEALTH:الثلاسيميا]]، وتحتاجان إلى نقل دم كل ثلاثة
أسابيع، والرطوبة في الغرفة الوحيدة التي تنامان فيها كانت تسبّب لهما التهابات متكرّرة. قدّم
[[PERSON:أبو هدى]] طلبًا في سجلّ الإسكان ([[REFERENCE:SHR-2023-118640]]) وشكوى
([[REFERENCE:DVH-CMP-7752]])، وانتظر سنة كاملة دون ردّ واضح.

السيدة [[PERSON:ماركام]] قرأت الملف كله، واكتشفت أن الرسائل الطبية من المستشفى لم تُضَف إليه
أصلًا. طلبت من طبيب العائلة في [[ADDRESS:مركز تينزلي الصحي]] نسخة جديدة، ورفعت أولوية
العائلة، وخلال تسعة أسابيع انتقلوا إلى بيت من أربع غرف.

تقول زميلتها [[PERSON:كيران بهاتي]]: «[[PERSON:هيلين]] لا تقول "هذا ليس من اختصاصي" أبدًا.»
ويقول مديرها [[PERSON:ستيوارت لوكاس]]: «تعلّمنا من هذه الشكوى أن نتحقّق من الأدلة الطبية
في أول أسبوع، وقد غيّرنا إجراءاتنا بسببها.»

أمّا [[PERSON:هدى]]، وعمرها [[AGE:تسع سنوات]]، فقد رسمت لها لوحة كتبت عليها: «شكرًا
[[PERSON:هيلين]]، غرفتي الجديدة فيها شمس».

للتواصل مع اللجنة: الأخت [[PERSON:سلوى قاسم]]، [[PHONE:0114 496 0388]]،
[[EMAIL:salwa.qasem@example.org]].
"""),
    ),
    (
        "fv2by-bn-01",
        "bn",
        _s("""
[[ADDRESS:বায়তুল আমান জামে মসজিদ]] – মাসিক বার্তা, কৃতজ্ঞতার পাতা

আমাদের মুসল্লি ভাই [[PERSON:আব্দুল মালিক]] ও তাঁর স্ত্রী [[PERSON:রুবিনা বেগম]] এই মাসে
একজন বিশেষ মানুষকে ধন্যবাদ জানাতে চেয়েছেন: [[ORGANISATION:Tower Quay Housing]]-এর হাউজিং
অফিসার [[PERSON:রেবেকা হিউজ]], যাঁকে পাড়ার সবাই "[[PERSON:রেবেকা]] আপা" বলে ডাকে।

[[PERSON:মালিক]] সাহেবের পরিবার থাকে [[ADDRESS:৪৫ মার্লো স্ট্রিট]], [[POSTCODE:E1 2QS]]-এ,
মসজিদ থেকে পাঁচ মিনিটের পথ। গত শীতে রান্নাঘরের দেয়ালের ফাটল দিয়ে ইঁদুর ঢুকতে শুরু করে,
আর বড় ছেলের ঘরের জানালা ভেঙে পড়ে থাকে তিন মাস। ছেলে [[PERSON:তানভীর]], বয়স
[[AGE:১৩ বছর]], তার [[HEALTH:মৃগীরোগ]] আছে; ঠান্ডা আর ঘুমের অভাবে [[PERSON:তানভীরের]] খিঁচুনি
বেড়ে যায়। [[PERSON:রুবিনা]] ভাবি মেরামতের জন্য ফোন করেছিলেন অন্তত দশবার (রেফারেন্স
[[REFERENCE:TQH-RP-66120]]), কিন্তু কেউ আসেনি।

মসজিদের পরামর্শ ডেস্কের ভাই [[PERSON:জুবায়ের]] তাঁদের আনুষ্ঠানিক অভিযোগ লিখতে সাহায্য করেন
(অভিযোগ নম্বর [[REFERENCE:TQH-C-4407]])। তার দুই দিনের মধ্যে [[PERSON:রেবেকাকে]] কেসটি
দেওয়া হয়। তিনি নিজে বাসায় এসে সব দেখে ছবি তোলেন, সেই সপ্তাহেই
[[ORGANISATION:Greenline Pest Control]] পাঠান, আর নতুন জানালা লাগানো পর্যন্ত প্রতিদিন ফোন করে
খোঁজ নেন। ক্ষতিপূরণ হিসেবে পরিবারটি ৪৫০ পাউন্ডও পেয়েছে।

[[PERSON:রুবিনা বেগমের]] কথায়: "[[PERSON:রেবেকা]] আপা শুধু কাজ করেননি, আমার কথাও শুনেছেন।
[[PERSON:তানভীর]] এখন রাতে ঘুমায়, আলহামদুলিল্লাহ।" [[PERSON:রেবেকার]] ম্যানেজার
[[PERSON:ড্যানিয়েল ক্রফট]] জানিয়েছেন, এই ঘটনার পর থেকে ইঁদুরের অভিযোগ এখন জরুরি মেরামত
হিসেবে ধরা হয়।

কোনো সমস্যা থাকলে শুক্রবার জুমার পর পরামর্শ ডেস্কে আসুন, অথবা ভাই [[PERSON:জুবায়ের]]-কে ফোন
করুন: [[PHONE:০৭৭০০ ৯০০৩৪৭]]।
"""),
    ),
    (
        "fv2by-bn-02",
        "bn",
        _s("""
★★★★★ [[ORGANISATION:RapidFlow Plumbing]]-এর রিভিউ, লিখেছেন [[OTHER_ID:@shuvo.ldn]]

শুভ দিন সবাইকে! আমি [[PERSON:শুভ]], আসল নাম [[PERSON:শাহরিয়ার আহমেদ]]। আম্মার সঙ্গে থাকি
[[ADDRESS:ফ্ল্যাট ৭]], [[ADDRESS:রিজওয়ে কোর্ট]], [[POSTCODE:ol84bt]]-এ। গত জানুয়ারিতে টানা তিন
সপ্তাহ বাসায় গরম পানি ছিল না। আম্মা [[PERSON:হাসনা বানু]]-র বয়স [[AGE:৬৮]], তাঁর
[[HEALTH:আর্থ্রাইটিস]] আর [[HEALTH:ডায়াবেটিস]] আছে, ঠান্ডা পানিতে হাত দিলেই আঙুল ব্যথায়
বেঁকে যেত। বাড়িওয়ালা [[ORGANISATION:Pennine Northern Homes]]-কে জানিয়েছিলাম বারবার
(অভিযোগ নম্বর [[REFERENCE:PNH-0092214]]), কিন্তু শুধু বলত "ইঞ্জিনিয়ার বুক করা আছে"।

শেষে হাউজিং অম্বাডসম্যানের কথা লিখে ইমেইল পাঠানোর পর তারা [[ORGANISATION:RapidFlow]] পাঠায়।
প্লাম্বার [[PERSON:মার্ক]] আর তাঁর সহকারী [[PERSON:টনি]] সকাল আটটায় হাজির। [[PERSON:মার্ক]]
দেখলেন বয়লারের একটা পার্ট মাসের পর মাস ভুল অর্ডার হয়ে পড়ে আছে; নিজের গাড়িতে রাখা
স্টক থেকে পার্ট লাগিয়ে দুই ঘণ্টায় গরম পানি ফিরিয়ে আনলেন। [[PERSON:টনি]] আম্মাকে দেখিয়ে
দিলেন কীভাবে থার্মোস্ট্যাট সহজে চালাতে হয়, বড় করে লেবেলও লাগিয়ে দিলেন।

যেটা সবচেয়ে ভালো লেগেছে: [[PERSON:মার্ক]] নিজেই বাড়িওয়ালার কাছে রিপোর্ট লিখে দিলেন যে দেরিটা
তাদের দোষ, তাই আমরা ক্ষতিপূরণও পেলাম। গ্যাসের বিলের টাকাও কিছুটা ফেরত এসেছে।

সবাইকে বলব, [[ORGANISATION:RapidFlow]]-এ ফোন করলে [[PERSON:মার্ক]] বা [[PERSON:টনি]]-কে চাইবেন:
[[PHONE:0161 496 0128]]। আমাকে প্রশ্ন করতে চাইলে: [[EMAIL:shuvo.ahmed@example.com]]।

কোম্পানির উত্তর: ধন্যবাদ [[PERSON:শুভ]]! [[PERSON:হাসনা]] আন্টিকে আমাদের সালাম জানাবেন। –
[[PERSON:মার্ক]] ও [[PERSON:টনি]]
"""),
    ),
    (
        "fv2by-bn-03",
        "bn",
        _s("""
"স্টাফ হিরো" পুরস্কারের মনোনয়ন – [[ORGANISATION:Eastside Community Homes]]

মনোনয়নকারীর নাম: [[PERSON:জাহানারা খাতুন]]। জন্ম তারিখ: [[DATE_OF_BIRTH:১২ মে ১৯৫৫]]। ঠিকানা:
[[ADDRESS:ফ্ল্যাট ১৯, ম্যাপল হাউস]], [[ADDRESS:লিন্ডেন এস্টেট]], [[POSTCODE:E3 4RW]]। ভাড়াটিয়া নম্বর:
[[REFERENCE:ECH-T-771530]]।

যাঁকে মনোনীত করছি: এস্টেটের কেয়ারটেকার [[PERSON:বিল হ্যারিস]], আমরা সবাই ডাকি "[[PERSON:বিল]]
ভাই"।

কেন: আমার [[HEALTH:গ্লুকোমা]] আছে, চোখে খুব কম দেখি। গত বছর [[ADDRESS:ম্যাপল হাউস]]-এর সিঁড়ির
বাতি মাসের পর মাস নষ্ট ছিল, আর নিচের দরজার তালা ভাঙা থাকায় রাতে বাইরের ছেলেরা এসে সিঁড়িতে
বসে থাকত। একবার অন্ধকারে আমি পড়ে গিয়ে কবজি ভেঙে ফেলি। আমার নাতি [[PERSON:রায়হান]] অভিযোগ
করে (অসামাজিক আচরণ কেস [[REFERENCE:ASB/24/0381]]), কিন্তু অফিস থেকে শুধু চিঠি আসত।

[[PERSON:বিল]] ভাই চিঠির অপেক্ষা করেননি। নিজের হাতে অস্থায়ী বাতি লাগিয়ে দিলেন, প্রতিদিন সন্ধ্যায়
এসে দেখে যেতেন দরজা বন্ধ কিনা, আর ম্যানেজারকে ইমেইলের পর ইমেইল পাঠিয়ে দুই সপ্তাহে নতুন
দরজা আর সেন্সর বাতি লাগানোর ব্যবস্থা করলেন। বাজারের ব্যাগ ভারী হলে এখনও [[PERSON:বিলকে]]
দেখি আমার সঙ্গে সিঁড়ি পর্যন্ত উঠে আসতে। বিদ্যুতের বিল নিয়ে চিঠি বুঝতে না পারলে সেটাও পড়ে
শোনান।

সহকর্মীরা কী বলেন: এস্টেট ম্যানেজার [[PERSON:লুসি ওয়াং]] লিখেছেন, "[[PERSON:বিলের]] নোট
পড়েই আমরা পুরো এস্টেটের আলো পরীক্ষা করি।" পরিচ্ছন্নতা দলের [[PERSON:কেমাল]] বলেন,
"[[PERSON:হ্যারিস]] সাহেব এখানে তিরিশ বছর, সবার নাম জানেন।"

যোগাযোগ: আমার নাতি [[PERSON:রায়হান আলী]], [[PHONE:020 7946 0419]],
[[EMAIL:rayhan.ali.e3@example.org]]।
"""),
    ),
    (
        "fv2by-bn-04",
        "bn",
        _s("""
ধন্যবাদ কার্ড (অনুবাদসহ অভিযোগ দলের কাছে জমা দেওয়া হয়েছে, কেস [[REFERENCE:MCH/DR/2291]])

প্রিয় [[PERSON:প্রিয়া]] ও [[PERSON:নাজমুল]] ভাই,

আমরা [[PERSON:সুমাইয়া]] আর [[PERSON:ইমরান]], [[ADDRESS:৮২ ওকফিল্ড রোড]], [[POSTCODE:B11 1TR]]।
আমাদের ছেলে [[PERSON:আয়ান]] জন্ম নিয়েছে [[DATE_OF_BIRTH:৩ ফেব্রুয়ারি ২০২৪]]-এ, [[HEALTH:জন্মগত হৃদরোগ]]
নিয়ে। হাসপাতাল থেকে বাসায় ফেরার দিনই দেখি শোবার ঘরের ছাদ থেকে পানি পড়ছে আর দেয়ালে কালো ছত্রাক।
[[ORGANISATION:Moseley Court Housing]]-কে জানালে বলা হলো "পরের মাসে সার্ভেয়ার যাবে"।

সার্ভেয়ার [[PERSON:প্রিয়া প্যাটেল]], আপনি পরের মাস পর্যন্ত অপেক্ষা করেননি। ডাক্তারের চিঠি দেখে
আপনি সেদিন বিকেলেই এলেন, [[PERSON:আয়ানের]] NHS নম্বর [[OTHER_ID:৪৮৫ ৭৭৩ ৪২০৯]] দিয়ে
হাসপাতালের সঙ্গে কথা বললেন, আর পরের দিনই আমাদের একটা শুকনো ফ্ল্যাটে সরিয়ে দিলেন। দোভাষী
[[PERSON:নাজমুল]] ভাই প্রতিটি চিঠি আমার আম্মাকে তাঁর নিজের ভাষায় বুঝিয়ে দিয়েছেন, রাত দশটায়ও ফোন ধরেছেন।

ছাদ সারাতে সময় লেগেছে ছয় সপ্তাহ। ক্ষতিপূরণের ৬২০ পাউন্ড জমা হয়েছে আমাদের অ্যাকাউন্টে (সর্ট কোড
[[OTHER_ID:২০-৪৫-৭৭]], অ্যাকাউন্ট নম্বরের শেষ চার অঙ্ক [[OTHER_ID:৪৪১৮]]), আর চিঠিতে লেখা ছিল, "আমরা দুঃখিত,
আমাদের ভুল হয়েছে।" এই কথাটা শুনতে এক বছর লেগেছিল।

[[PERSON:আয়ান]] এখন [[AGE:দশ মাসের]], হাসছে, ওজন বাড়ছে। [[PERSON:প্রিয়া]] আপা, আপনার ম্যানেজার
[[PERSON:জেমস]] সাহেবকে বলবেন, আমরা আপনাকে "মেক থিংস রাইট চ্যাম্পিয়ন" হিসেবে মনোনীত করেছি।

ভালোবাসাসহ, [[PERSON:সুমাইয়া খানম]] ও [[PERSON:ইমরান হোসেন]]
([[PHONE:০১২১ ৪৯৬ ০৬৫২]])
"""),
    ),
    (
        "fv2by-bn-05",
        "bn",
        _s("""
"মেক থিংস রাইট চ্যাম্পিয়ন" তালিকার জন্য মনোনয়ন – [[ADDRESS:শাপলা মহিলা কেন্দ্র]]-এর পক্ষ থেকে

আমরা [[ADDRESS:শাপলা মহিলা কেন্দ্র]]-এর সদস্যরা [[ORGANISATION:Northgate & Bierley Homes]]-এর
অভিযোগ কর্মকর্তা [[PERSON:ফারহানা চৌধুরী]]-কে মনোনীত করছি। কেন্দ্রের সবাই তাঁকে আদর করে
"[[PERSON:ফারু]]" ডাকে।

আমাদের সদস্য [[PERSON:সেলিনা আক্তার]] তাঁর তিন সন্তান নিয়ে থাকেন [[ADDRESS:১১ হিদার গ্রোভ]],
[[POSTCODE:BD4 7NP]]-এ, কেন্দ্রের ঠিক পেছনের গলিতে। আমরা [[OTHER_SPECIAL:বাংলাদেশি]] পরিবার,
অনেকেই ইংরেজিতে চিঠি লিখতে ভয় পাই। [[PERSON:সেলিনার]] মেয়ে [[PERSON:তাসনিম]], বয়স
[[AGE:১৫]], [[HEALTH:সেরিব্রাল পালসি]]-তে আক্রান্ত, হুইলচেয়ার ছাড়া চলতে পারে না। দুই বছর ধরে
তাঁরা বাথরুমে র‍্যাম্প আর ওয়াক-ইন শাওয়ারের জন্য আবেদন করছিলেন (রেফারেন্স
[[REFERENCE:NBH-ADP-30917]])। শেষে কেসটি হাউজিং অম্বাডসম্যানে যায়, কেস নম্বর
[[REFERENCE:202409871]]।

তখনই [[PERSON:ফারহানার]] হাতে ফাইল আসে। তিনি প্রথম দিনেই [[PERSON:সেলিনাকে]] ফোন করে বাংলায়
কথা বলেন, ভুলগুলো স্বীকার করেন, আর [[ADDRESS:বোলিং পার্ক মেডিক্যাল সেন্টার]]-এর জিপির চিঠি নিজেই
সংগ্রহ করেন। ছয় সপ্তাহের মধ্যে কাজ শেষ হয়। [[PERSON:তাসনিম]] এখন নিজে নিজে গোসল করতে পারে,
যা তার কাছে সবচেয়ে বড় কথা।

সহকর্মীদের কথা: অভিযোগ দলের প্রধান [[PERSON:অ্যান্ড্রু মার্শ]] বলেন, "[[PERSON:ফারহানা]] আমাদের
শিখিয়েছে অভিযোগ মানে সমালোচনা নয়, সুযোগ।" অ্যাডাপটেশন টিমের [[PERSON:কার্ল]] যোগ করেন,
"[[PERSON:চৌধুরী]] ম্যাডাম ফোন করলে আমরা জানি কাজটা এই সপ্তাহেই করতে হবে।"

[[PERSON:ফারু]] আপা, আপনাকে আমাদের সালাম ও দোয়া।

যোগাযোগ: কেন্দ্রের সমন্বয়ক [[PERSON:নাসরিন জাহান]], [[PHONE:০৭৭০০ ৯০০৮১৫]],
[[EMAIL:shapla.womens@example.org]]।
"""),
    ),
    (
        "fv2by-pa-01",
        "pa",
        _s("""
[[ADDRESS:ਗੁਰਦੁਆਰਾ ਨਾਨਕਸਰ ਦਰਬਾਰ]] – ਮਹੀਨਾਵਾਰ ਖ਼ਬਰਨਾਮਾ, ਧੰਨਵਾਦ ਵਾਲਾ ਪੰਨਾ

ਸੰਗਤ ਵੱਲੋਂ ਇਸ ਮਹੀਨੇ ਖ਼ਾਸ ਧੰਨਵਾਦ [[ORGANISATION:Black Country Living]] ਦੀ ਹਾਊਸਿੰਗ ਅਫ਼ਸਰ ਬੀਬੀ
[[PERSON:ਸਾਰਾ ਜੈਨਕਿਨਜ਼]] ਦਾ, ਜਿਨ੍ਹਾਂ ਨੇ ਸਾਡੇ ਸੇਵਾਦਾਰ ਭਾਈ [[PERSON:ਗੁਰਮੀਤ ਸਿੰਘ]] ਦੇ ਪਰਿਵਾਰ ਦੀ ਮੁਸ਼ਕਲ
ਦੂਰ ਕੀਤੀ।

ਭਾਈ ਸਾਹਿਬ ਦਾ ਪਰਿਵਾਰ [[ADDRESS:੬੩ ਵਿਕਟੋਰੀਆ ਟੈਰੇਸ]], [[POSTCODE:WV3 0LP]] ਵਿੱਚ ਰਹਿੰਦਾ ਹੈ,
ਗੁਰਦੁਆਰੇ ਤੋਂ ਬੱਸ ਦੋ ਗਲੀਆਂ ਦੂਰ। ਉਨ੍ਹਾਂ ਦੇ ਮਾਤਾ ਜੀ, [[PERSON:ਬਚਨ ਕੌਰ]], ਉਮਰ [[AGE:੮੪ ਸਾਲ]],
ਪਿਛਲੇ ਸਾਲ [[HEALTH:ਅਧਰੰਗ]] ਤੋਂ ਬਾਅਦ ਪੌੜੀਆਂ ਨਹੀਂ ਚੜ੍ਹ ਸਕਦੇ। ਘਰ ਦਾ ਇੱਕੋ ਬਾਥਰੂਮ ਉੱਪਰ ਸੀ, ਅਤੇ ਸਾਰਾ
ਸਰਦੀਆਂ ਦਾ ਮੌਸਮ ਹੇਠਲੇ ਕਮਰੇ ਦੀ ਕੰਧ ਵਿੱਚ ਸਿੱਲ੍ਹ ਰਹੀ। ਬੀਬੀ [[PERSON:ਪਰਮਜੀਤ ਕੌਰ]] ਨੇ ਹੇਠਾਂ ਟਾਇਲਟ ਲਈ
ਅਰਜ਼ੀ ਦਿੱਤੀ (ਹਵਾਲਾ ਨੰਬਰ [[REFERENCE:BCL-ADP-55012]]) ਪਰ ਅੱਠ ਮਹੀਨੇ ਕੋਈ ਜਵਾਬ ਨਹੀਂ ਆਇਆ।

ਜਦੋਂ ਸ਼ਿਕਾਇਤ ([[REFERENCE:BCL-C-2024-889]]) ਬੀਬੀ [[PERSON:ਸਾਰਾ]] ਕੋਲ ਪਹੁੰਚੀ, ਉਹ ਅਗਲੇ ਹੀ ਦਿਨ
ਘਰ ਆਏ, ਮਾਤਾ ਜੀ ਨਾਲ ਬੈਠ ਕੇ ਚਾਹ ਪੀਤੀ ਅਤੇ ਸਾਰੀ ਗੱਲ ਧਿਆਨ ਨਾਲ ਸੁਣੀ। ਦੋ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਸਿੱਲ੍ਹ ਦਾ
ਕੰਮ ਸ਼ੁਰੂ ਹੋਇਆ ਅਤੇ ਤਿੰਨ ਮਹੀਨਿਆਂ ਵਿੱਚ ਹੇਠਾਂ ਨਵਾਂ ਸ਼ਾਵਰ-ਰੂਮ ਤਿਆਰ ਹੋ ਗਿਆ। [[PERSON:ਸਾਰਾ]] ਜੀ ਨੇ
ਲਿਖ ਕੇ ਮਾਫ਼ੀ ਵੀ ਮੰਗੀ ਅਤੇ ਦੇਰੀ ਲਈ ਮੁਆਵਜ਼ਾ ਵੀ ਦਿਵਾਇਆ।

ਭਾਈ [[PERSON:ਗੁਰਮੀਤ]] ਜੀ ਕਹਿੰਦੇ ਹਨ: "[[PERSON:ਸਾਰਾ]] ਜੀ ਨੇ ਸਾਨੂੰ ਫਾਈਲ ਨਹੀਂ, ਪਰਿਵਾਰ ਸਮਝਿਆ।"
ਉਨ੍ਹਾਂ ਦੇ ਮੈਨੇਜਰ [[PERSON:ਪੀਟਰ ਹਾਲ]] ਨੇ ਦੱਸਿਆ ਕਿ ਹੁਣ ਬਜ਼ੁਰਗਾਂ ਦੀਆਂ ਅਡੈਪਟੇਸ਼ਨ ਅਰਜ਼ੀਆਂ ਪਹਿਲ ਦੇ
ਆਧਾਰ 'ਤੇ ਦੇਖੀਆਂ ਜਾਂਦੀਆਂ ਹਨ।

ਜੇ ਕਿਸੇ ਪਰਿਵਾਰ ਨੂੰ ਘਰ ਦੀ ਮੁਰੰਮਤ ਬਾਰੇ ਸ਼ਿਕਾਇਤ ਕਰਨੀ ਹੋਵੇ, ਤਾਂ ਐਤਵਾਰ ਦੀਵਾਨ ਤੋਂ ਬਾਅਦ ਲੰਗਰ ਹਾਲ
ਵਿੱਚ ਭੈਣ ਜੀ [[PERSON:ਹਰਪ੍ਰੀਤ]] ਨੂੰ ਮਿਲੋ ਜਾਂ ਫ਼ੋਨ ਕਰੋ: [[PHONE:੦੭੭੦੦ ੯੦੦੫੨੯]]।
"""),
    ),
    (
        "fv2by-pa-02",
        "pa",
        _s("""
"ਸਟਾਫ਼ ਹੀਰੋ" ਨਾਮਜ਼ਦਗੀ – [[ORGANISATION:Southall Vale Housing]]

ਤੁਹਾਡਾ ਨਾਂ: [[PERSON:ਮਨਪ੍ਰੀਤ ਗਿੱਲ]]। ਪਤਾ: [[ADDRESS:ਫ਼ਲੈਟ ੩ਬੀ, ਵਿੰਡਸਰ ਕੋਰਟ]], [[POSTCODE:ub25xy]]।
ਕਿਰਾਏਦਾਰੀ ਨੰਬਰ: [[REFERENCE:SVH-00418827]]।

ਤੁਸੀਂ ਕਿਸ ਨੂੰ ਨਾਮਜ਼ਦ ਕਰ ਰਹੇ ਹੋ? [[ORGANISATION:Heatwise Services]] ਦੇ ਗੈਸ ਇੰਜੀਨੀਅਰ
[[PERSON:ਰਾਜਿੰਦਰ ਸੰਧੂ]] ਨੂੰ। ਸਾਰੇ ਉਸਨੂੰ "[[PERSON:ਵੱਡਾ ਰਾਜ]]" ਕਹਿੰਦੇ ਹਨ, ਕਿਉਂਕਿ ਉਸਦਾ ਸ਼ਾਗਿਰਦ ਵੀ
[[PERSON:ਰਾਜ]] ਹੈ, ਜਿਸਨੂੰ ਅਸੀਂ "[[PERSON:ਛੋਟਾ ਰਾਜ]]" ਕਹਿੰਦੇ ਹਾਂ।

ਕਿਉਂ? ਪਿਛਲੇ ਦਸੰਬਰ ਸਾਡਾ ਬੁਆਇਲਰ ਪੰਜ ਵਾਰ ਬੰਦ ਹੋਇਆ। ਸਾਡੀ ਧੀ [[PERSON:ਸਹਿਜ]] ਉਦੋਂ ਸਿਰਫ਼
[[AGE:੩ ਮਹੀਨਿਆਂ]] ਦੀ ਸੀ, ਅਤੇ ਮੇਰੇ ਸਹੁਰਾ ਸਾਹਿਬ [[PERSON:ਦਲਜੀਤ ਸਿੰਘ ਗਿੱਲ]] ਨੂੰ
[[HEALTH:ਦਿਲ ਦੀ ਬਿਮਾਰੀ]] ਹੈ, ਡਾਕਟਰ ਨੇ ਕਿਹਾ ਸੀ ਕਿ ਘਰ ਗਰਮ ਰੱਖਣਾ ਜ਼ਰੂਰੀ ਹੈ। ਹਰ ਵਾਰ ਕੋਈ ਨਵਾਂ
ਇੰਜੀਨੀਅਰ ਆ ਕੇ ਰੀਸੈੱਟ ਕਰ ਜਾਂਦਾ। ਮੈਂ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਨੰਬਰ [[REFERENCE:SVH/CMP/7731]]।

ਫਿਰ [[PERSON:ਰਾਜਿੰਦਰ]] ਆਇਆ। ਉਸਨੇ ਕਿਹਾ, "ਭੈਣ ਜੀ, ਜਦ ਤੱਕ ਅਸਲ ਨੁਕਸ ਨਹੀਂ ਲੱਭਦਾ, ਮੈਂ ਨਹੀਂ ਜਾਂਦਾ।"
ਤਿੰਨ ਘੰਟੇ ਲਾ ਕੇ ਉਸਨੇ ਲੱਭਿਆ ਕਿ ਫਲੂ ਗ਼ਲਤ ਲੱਗਾ ਹੋਇਆ ਸੀ, ਜੋ ਖ਼ਤਰਨਾਕ ਵੀ ਸੀ। ਉਸਨੇ ਉਸੇ ਰਾਤ ਸਾਨੂੰ
ਦੋ ਹੀਟਰ ਦਿੱਤੇ ਅਤੇ ਦੋ ਦਿਨਾਂ ਵਿੱਚ ਨਵਾਂ ਬੁਆਇਲਰ ਲਗਵਾ ਦਿੱਤਾ। [[PERSON:ਛੋਟੇ ਰਾਜ]] ਨੇ [[PERSON:ਸਹਿਜ]]
ਦੇ ਕਮਰੇ ਲਈ ਕਾਰਬਨ ਮੋਨੋਆਕਸਾਈਡ ਅਲਾਰਮ ਵੀ ਲਾਇਆ। ਉਨ੍ਹਾਂ ਦੀ ਚਿੱਟੀ ਵੈਨ, [[OTHER_ID:YD68 KLM]], ਹੁਣ
ਸਾਰੀ ਗਲੀ ਪਛਾਣਦੀ ਹੈ।

ਸਹਿਕਰਮੀ ਕੀ ਕਹਿੰਦੇ ਹਨ? ਉਸਦੀ ਸੁਪਰਵਾਈਜ਼ਰ [[PERSON:ਜੋਐਨ ਪਾਈਕ]] ਨੇ ਮੈਨੂੰ ਲਿਖਿਆ: "[[PERSON:ਰਾਜ]]
ਕਦੇ ਕੰਮ ਅਧੂਰਾ ਨਹੀਂ ਛੱਡਦਾ।"

ਸੰਪਰਕ: [[PHONE:020 7946 0864]], [[EMAIL:manpreet.gill@example.com]]
"""),
    ),
    (
        "fv2by-pa-03",
        "pa",
        _s("""
ਧੰਨਵਾਦ ਕਾਰਡ – ਸ਼ਿਕਾਇਤ ਟੀਮ ਨੇ ਪਰਿਵਾਰ ਦੀ ਇਜਾਜ਼ਤ ਨਾਲ ਫਾਈਲ [[REFERENCE:GBH-CX-40265]] ਵਿੱਚ ਲਾਇਆ

ਸਤਿਕਾਰਯੋਗ ਮੈਡਮ [[PERSON:ਕੈਰਨ ਓ'ਨੀਲ]] ਜੀ,

ਮੈਂ [[PERSON:ਹਰਜੀਤ ਸਿੰਘ ਬਾਸੀ]], [[ADDRESS:੧੪ ਪੈਰੀ ਸਟ੍ਰੀਟ]], [[POSTCODE:DA11 9EL]] ਤੋਂ, ਤੁਹਾਡਾ ਦਿਲੋਂ
ਧੰਨਵਾਦ ਕਰਨਾ ਚਾਹੁੰਦਾ ਹਾਂ। ਮੇਰੇ ਪਿਤਾ ਜੀ, [[PERSON:ਸੋਹਣ ਸਿੰਘ ਬਾਸੀ]] (ਜਨਮ
[[DATE_OF_BIRTH:੨੨ ਜੁਲਾਈ ੧੯੪੧]]), ਇਸ ਘਰ ਵਿੱਚ ਚਾਲੀ ਸਾਲ ਰਹੇ। ਪਿਛਲੀ ਬਸੰਤ ਉਨ੍ਹਾਂ ਦੇ ਅਕਾਲ ਚਲਾਣੇ ਤੋਂ
ਬਾਅਦ [[ORGANISATION:Gravesham Borough Homes]] ਨੇ ਸਾਨੂੰ ਘਰ ਖ਼ਾਲੀ ਕਰਨ ਦਾ ਨੋਟਿਸ ਭੇਜ ਦਿੱਤਾ, ਭਾਵੇਂ
ਮੈਂ ਪੰਦਰਾਂ ਸਾਲ ਤੋਂ ਉਨ੍ਹਾਂ ਦੀ ਦੇਖਭਾਲ ਲਈ ਇੱਥੇ ਹੀ ਰਹਿ ਰਿਹਾ ਸੀ।

ਦਫ਼ਤਰ ਵਾਲੇ ਕਹਿੰਦੇ ਰਹੇ ਕਿ ਮੇਰੀ ਪਤਨੀ [[PERSON:ਰਜਿੰਦਰ]] [[OTHER_SPECIAL:ਸਪਾਊਸ ਵੀਜ਼ੇ]] 'ਤੇ ਹੈ, ਇਸ
ਲਈ ਸਾਡਾ ਹੱਕ ਨਹੀਂ ਬਣਦਾ। ਉਨ੍ਹਾਂ ਨੇ ਉਸਦਾ ਪਾਸਪੋਰਟ ਨੰਬਰ, [[OTHER_ID:P4471920K]], ਤਿੰਨ ਵਾਰ ਮੰਗਿਆ।
ਮੇਰਾ ਪੁੱਤਰ [[PERSON:ਅਰਜਨ]], ਜੋ [[AGE:੧੭ ਸਾਲ]] ਦਾ ਹੈ, ਇਮਤਿਹਾਨਾਂ ਦੀ ਤਿਆਰੀ ਕਰਨ ਦੀ ਬਜਾਏ ਰਾਤਾਂ ਨੂੰ
ਚਿੱਠੀਆਂ ਦੇ ਜਵਾਬ ਲਿਖਦਾ ਰਿਹਾ। ਮੈਨੂੰ ਆਪ ਵੀ [[HEALTH:ਡਿਪਰੈਸ਼ਨ]] ਦਾ ਇਲਾਜ ਸ਼ੁਰੂ ਕਰਨਾ ਪਿਆ।

ਜਦੋਂ ਸਟੇਜ ੨ ਦੀ ਸ਼ਿਕਾਇਤ ਤੁਹਾਡੇ ਕੋਲ ਆਈ, ਤੁਸੀਂ ਸਾਰੇ ਕਾਗਜ਼ ਮੁੜ ਪੜ੍ਹੇ ਅਤੇ ਦੋ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਲਿਖ ਕੇ
ਮੰਨਿਆ ਕਿ ਮੈਨੂੰ ਉੱਤਰਾਧਿਕਾਰ ਦਾ ਹੱਕ ਹੈ ਅਤੇ ਪਤਨੀ ਦੇ ਵੀਜ਼ੇ ਦਾ ਇਸ ਨਾਲ ਕੋਈ ਸਬੰਧ ਨਹੀਂ। ਕਿਰਾਏਦਾਰੀ ਮੇਰੇ
ਨਾਂ ਹੋ ਗਈ, ਨਵਾਂ ਨੰਬਰ [[REFERENCE:GBH-T-118830]]। ਤੁਹਾਡੀ ਸਹਿਕਰਮੀ [[PERSON:ਨੀਨਾ]] ਨੇ ਦੱਸਿਆ ਕਿ ਹੁਣ
ਸਾਰੇ ਸਟਾਫ਼ ਨੂੰ ਇਸ ਬਾਰੇ ਸਿਖਲਾਈ ਦਿੱਤੀ ਜਾ ਰਹੀ ਹੈ।

ਪਿਤਾ ਜੀ ਹਮੇਸ਼ਾ ਕਹਿੰਦੇ ਸਨ, "ਸੱਚ ਦੀ ਜਿੱਤ ਹੁੰਦੀ ਹੈ।" [[PERSON:ਕੈਰਨ]] ਜੀ, ਤੁਸੀਂ ਇਹ ਸੱਚ ਕਰ ਦਿਖਾਇਆ।

ਵਾਹਿਗੁਰੂ ਤੁਹਾਨੂੰ ਚੜ੍ਹਦੀ ਕਲਾ ਵਿੱਚ ਰੱਖੇ,
[[PERSON:ਹਰਜੀਤ]], [[PERSON:ਰਜਿੰਦਰ]] ਅਤੇ [[PERSON:ਅਰਜਨ]]
"""),
    ),
    (
        "fv2by-pa-04",
        "pa",
        _s("""
★★★★★ [[ORGANISATION:Midland Damp Doctors]] ਬਾਰੇ ਰਿਵਿਊ – [[OTHER_ID:@kaur_baljit_wton]] ਵੱਲੋਂ

ਮੈਂ [[PERSON:ਬਲਜੀਤ ਕੌਰ]] ਹਾਂ, ਅਤੇ ਇਹ ਮੇਰਾ ਪਹਿਲਾ ਰਿਵਿਊ ਹੈ। ਅਸੀਂ [[ADDRESS:ਨੰਬਰ ੭੨, ਐਲਮ ਡੇਲ ਰੋਡ]],
 [[POSTCODE:wv46ah]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ। ਦੋ ਸਾਲ ਸਾਡੇ ਬੱਚਿਆਂ ਦੇ ਕਮਰੇ ਵਿੱਚ ਕਾਲੀ ਉੱਲੀ ਰਹੀ। ਮੇਰੇ
ਪੁੱਤਰ [[PERSON:ਏਕਮ]] (ਉਮਰ [[AGE:੮ ਸਾਲ]]) ਨੂੰ ਬਹੁਤ ਬੁਰਾ [[HEALTH:ਐਗਜ਼ੀਮਾ]] ਹੈ ਅਤੇ ਉਸਦੀ ਚਮੜੀ ਫਟ ਜਾਂਦੀ
ਸੀ; [[ADDRESS:ਸੇਂਟ ਮਾਰਕਸ ਪ੍ਰਾਇਮਰੀ]] ਦੀ ਨਰਸ ਨੇ ਵੀ ਚਿੱਠੀ ਲਿਖੀ ਸੀ। ਮਕਾਨ ਮਾਲਕ
[[ORGANISATION:Wolverhampton Homes Partnership]] ਨੂੰ ਸ਼ਿਕਾਇਤ ਕੀਤੀ (ਨੰਬਰ [[REFERENCE:WHP-DM-90416]]),
ਪਰ ਹਰ ਵਾਰ ਕੋਈ ਆ ਕੇ ਸਿਰਫ਼ ਪੇਂਟ ਕਰ ਜਾਂਦਾ।

ਹਾਊਸਿੰਗ ਓਮਬਡਸਮੈਨ ਦਾ ਨਾਂ ਲਿਖਣ ਤੋਂ ਬਾਅਦ ਉਨ੍ਹਾਂ ਨੇ [[ORGANISATION:Midland Damp Doctors]] ਭੇਜੇ। ਸਰਵੇਅਰ
[[PERSON:ਡੈਨੀ]] ਨੇ ਪਹਿਲੀ ਵਾਰ ਦੱਸਿਆ ਕਿ ਅਸਲ ਕਾਰਨ ਬਾਹਰਲੀ ਕੰਧ ਦਾ ਟੁੱਟਿਆ ਪਾਈਪ ਸੀ, ਅੰਦਰ ਦੀ ਹਵਾ ਨਹੀਂ।
ਉਸਦੇ ਸਾਥੀ [[PERSON:ਪ੍ਰੀਤ]] ਨੇ ਪੰਜਾਬੀ ਵਿੱਚ ਮੇਰੀ ਸੱਸ ਨੂੰ ਸਾਰਾ ਕੰਮ ਸਮਝਾਇਆ, ਤੇ ਇੰਨੇ ਪਿਆਰ ਅਤੇ ਪ੍ਰੀਤ ਨਾਲ
ਗੱਲ ਕੀਤੀ ਕਿ ਬੀਜੀ ਅਜੇ ਵੀ ਉਸਨੂੰ ਯਾਦ ਕਰਦੇ ਹਨ। ਪੰਜ ਦਿਨਾਂ ਵਿੱਚ ਪਾਈਪ, ਪਲੱਸਤਰ, ਨਵਾਂ ਐਕਸਟਰੈਕਟਰ ਫ਼ੈਨ, ਸਭ
ਕੁਝ ਹੋ ਗਿਆ, ਅਤੇ ਉਨ੍ਹਾਂ ਨੇ ਫੋਟੋਆਂ ਸਮੇਤ ਰਿਪੋਰਟ ਵੀ ਮੈਨੂੰ ਭੇਜੀ।

ਹੁਣ ਤਿੰਨ ਮਹੀਨੇ ਹੋ ਗਏ, ਕੰਧ ਸੁੱਕੀ ਹੈ ਅਤੇ [[PERSON:ਏਕਮ]] ਦੀ ਚਮੜੀ ਪਹਿਲਾਂ ਨਾਲੋਂ ਬਹੁਤ ਠੀਕ ਹੈ। ਜੇ ਤੁਹਾਨੂੰ
ਸਿੱਲ੍ਹ ਦੀ ਸਮੱਸਿਆ ਹੈ ਤਾਂ ਇਨ੍ਹਾਂ ਨੂੰ [[PHONE:0121 496 0275]] 'ਤੇ ਫ਼ੋਨ ਕਰੋ ਅਤੇ [[PERSON:ਡੈਨੀ]] ਜਾਂ
[[PERSON:ਪ੍ਰੀਤ]] ਨੂੰ ਮੰਗੋ।

ਕੰਪਨੀ ਦਾ ਜਵਾਬ: ਧੰਨਵਾਦ [[PERSON:ਬਲਜੀਤ]] ਜੀ! [[PERSON:ਏਕਮ]] ਨੂੰ ਸਾਡੇ ਵੱਲੋਂ ਹੈਲੋ। – [[PERSON:ਡੈਨੀ ਕੋਲਮੈਨ]]
"""),
    ),
    (
        "fv2by-pa-05",
        "pa",
        _s("""
"ਮੇਕ ਥਿੰਗਜ਼ ਰਾਈਟ ਚੈਂਪੀਅਨ" ਸ਼ਾਰਟਲਿਸਟ ਲਈ ਨਾਮਜ਼ਦਗੀ

ਨਾਮਜ਼ਦ: [[PERSON:ਅਮਨਦੀਪ ਕੌਰ ਜੌਹਲ]], ਕਮਿਊਨਿਟੀ ਸੇਫ਼ਟੀ ਅਫ਼ਸਰ, [[ORGANISATION:Charnwood Edge Housing]]।
ਨਾਮਜ਼ਦ ਕਰਨ ਵਾਲੇ: ਕਿਰਾਏਦਾਰ ਪੈਨਲ ਦੇ ਚੇਅਰ [[PERSON:ਟ੍ਰੇਵਰ ਬੈਂਕਸ]] ਅਤੇ ਪਰਿਵਾਰ ਵੱਲੋਂ
[[PERSON:ਕੁਲਵੰਤ ਸਿੰਘ ਢਿੱਲੋਂ]]।

[[PERSON:ਕੁਲਵੰਤ]] ਜੀ ਦੇ ਸ਼ਬਦਾਂ ਵਿੱਚ: ਅਸੀਂ [[ADDRESS:੯ ਲੌਰਲ ਕਲੋਜ਼]], [[POSTCODE:LE4 7GH]] ਵਿੱਚ ਰਹਿੰਦੇ
ਹਾਂ। ੨੦੨੩ ਵਿੱਚ ਗੁਆਂਢ ਦੇ ਕੁਝ ਲੋਕ ਸਾਨੂੰ [[OTHER_SPECIAL:ਸਿੱਖ]] ਹੋਣ ਕਰਕੇ ਤੰਗ ਕਰਨ ਲੱਗੇ: ਮੇਰੀ ਪੱਗ
ਬਾਰੇ ਗਾਲ੍ਹਾਂ, ਦਰਵਾਜ਼ੇ 'ਤੇ ਕੂੜਾ, ਕਾਰ ਦੇ ਸ਼ੀਸ਼ੇ ਟੁੱਟੇ। ਮੇਰੀ ਪਤਨੀ [[PERSON:ਜਸਵੀਰ]] ਨੂੰ [[HEALTH:ਪੈਨਿਕ
ਅਟੈਕ]] ਆਉਣ ਲੱਗੇ ਅਤੇ ਸਾਡਾ ਪੋਤਾ [[PERSON:ਫ਼ਤਿਹ]], ਜੋ [[AGE:੬ ਸਾਲ]] ਦਾ ਹੈ, ਬਾਹਰ ਖੇਡਣ ਤੋਂ ਡਰਦਾ ਸੀ।
ਅਸੀਂ ਕੇਸ ਦਰਜ ਕਰਵਾਇਆ (ASB ਕੇਸ [[REFERENCE:CEH-ASB-1187]]), ਪਰ ਛੇ ਮਹੀਨੇ ਸਿਰਫ਼ "ਡਾਇਰੀ ਭਰੋ" ਕਿਹਾ ਗਿਆ।

ਫਿਰ [[PERSON:ਅਮਨ]] ਜੀ ਨੇ ਕੇਸ ਲਿਆ। ਉਹ ਉਸੇ ਹਫ਼ਤੇ ਪੁਲਿਸ ਨਾਲ ਮੀਟਿੰਗ ਕਰ ਕੇ ਘਰ ਆਏ, ਦਰਵਾਜ਼ੇ 'ਤੇ ਕੈਮਰਾ
ਲਗਵਾਇਆ, ਅਤੇ ਸਾਡੀ ਸ਼ਿਕਾਇਤ ([[REFERENCE:CEH-C-6620]]) ਦਾ ਜਵਾਬ ਦਸ ਦਿਨਾਂ ਵਿੱਚ ਦਿਵਾਇਆ। ਜਿਨ੍ਹਾਂ
ਕਿਰਾਏਦਾਰਾਂ ਨੇ ਤੰਗ ਕੀਤਾ ਸੀ, ਉਨ੍ਹਾਂ ਨੂੰ ਚੇਤਾਵਨੀ ਮਿਲੀ ਅਤੇ ਹੁਣ ਗਲੀ ਵਿੱਚ ਅਮਨ ਹੈ। [[PERSON:ਫ਼ਤਿਹ]] ਫਿਰ
ਸਾਈਕਲ ਚਲਾਉਂਦਾ ਹੈ।

ਸਹਿਕਰਮੀਆਂ ਦੇ ਸ਼ਬਦ: ਟੀਮ ਲੀਡਰ [[PERSON:ਮਾਰਕ ਐਟਕਿਨਸਨ]] ਕਹਿੰਦੇ ਹਨ, "[[PERSON:ਅਮਨਦੀਪ]] ਨੇ ਸਾਨੂੰ
ਸਿਖਾਇਆ ਕਿ ਨਫ਼ਰਤ ਵਾਲੀ ਘਟਨਾ ਨੂੰ ਆਮ ਸ਼ੋਰ-ਸ਼ਰਾਬੇ ਵਾਂਗ ਨਹੀਂ ਦੇਖਣਾ।" ਹਾਊਸਿੰਗ ਅਫ਼ਸਰ
[[PERSON:ਬੈਥ]] ਨੇ ਲਿਖਿਆ: "ਮਿਸ [[PERSON:ਜੌਹਲ]] ਹਰ ਪਰਿਵਾਰ ਨੂੰ ਆਪਣਾ ਮੋਬਾਈਲ ਨੰਬਰ ਦਿੰਦੀ ਹੈ, ਅਤੇ ਹਰ
ਕਾਲ ਚੁੱਕਦੀ ਹੈ।"

[[PERSON:ਟ੍ਰੇਵਰ]] ਵੱਲੋਂ: ਪੈਨਲ ਨੇ ਇਹ ਕੇਸ ਸਿੱਖਣ ਵਾਲੀ ਮਿਸਾਲ ਵਜੋਂ ਚੁਣਿਆ ਹੈ, ਕਿਉਂਕਿ ਇਸ ਤੋਂ ਬਾਅਦ ਹੁਣ ਹਰ
ਨਫ਼ਰਤ ਵਾਲੀ ਘਟਨਾ ਦਾ ਜਵਾਬ ੨੪ ਘੰਟਿਆਂ ਵਿੱਚ ਦਿੱਤਾ ਜਾਂਦਾ ਹੈ। ਸੰਪਰਕ: [[PHONE:0116 496 0437]],
[[EMAIL:tenantpanel@charnwoodedge.example.org]]।
"""),
    ),
    (
        "fv2by-pl-01",
        "pl",
        _s("""
Nominacja do nagrody „Bohater Obsługi 2025" – [[ORGANISATION:Fenland Vale Homes]]

Imię i nazwisko zgłaszającego: [[PERSON:Zbigniew Dudek]]. Adres: [[ADDRESS:mieszkanie 5, 18 Lincoln
Road]], Peterborough, [[POSTCODE:PE1 2RS]]. Numer najmu: [[REFERENCE:FVH-T-306614]].

Kogo nominuję: panią [[PERSON:Katarzynę Wróbel]] z działu napraw, dla wszystkich po prostu
[[PERSON:Kasię]].

Dlaczego: Moja żona [[PERSON:Róża]] choruje na [[HEALTH:stwardnienie rozsiane]] i porusza się o
kulach. Zeszłej jesieni w naszej łazience przeciekał odpływ pod wanną, podłoga zgniła i zrobiła się
dziura przy samym sedesie. Zgłaszałem to pięć razy (numer zgłoszenia [[REFERENCE:RR-2291047]]), a
potem złożyłem skargę ([[REFERENCE:FVH/CMP/24/0577]]). Za każdym razem słyszałem, że „technik się
odezwie".

Kiedy sprawa trafiła do pani [[PERSON:Kasi]], wszystko się zmieniło. Pani [[PERSON:Wróbel]] zadzwoniła
do mnie tego samego dnia, a następnego ranka przysłała ekipę z [[ORGANISATION:Peterborough Property
Care]]. Kazała wymienić nie tylko podłogę, ale i wannę na prysznic bez progu, bo – jak powiedziała –
„przy chorobie pani [[PERSON:Róży]] to nie luksus, tylko bezpieczeństwo". Dzwoniła co dwa dni,
żeby sprawdzić, czy ekipa przyszła.

Na zakończenie przyniosła żonie bukiet. Nie były to róże, tylko słoneczniki, „bo róże pani już ma
w domu" – śmiała się [[PERSON:Kasia]].

Co mówią współpracownicy: kierownik działu, [[PERSON:Steve Malik]], napisał mi: „Z [[PERSON:Kasią]]
żadna sprawa nie ginie w systemie". Koleżanka z biura, [[PERSON:Gosia]], dodała, że [[PERSON:Kasi]]
nikt nie dorówna w cierpliwości.

Żona co niedzielę chodzi teraz sama do [[ADDRESS:kościoła Matki Bożej Częstochowskiej]] po drugiej
stronie ulicy i mówi, że modli się także za panią [[PERSON:Katarzynę]]. Kontakt:
[[PHONE:07700 900612]], [[EMAIL:zbyszek.dudek@example.com]] – proszę pytać o [[PERSON:Zbyszka]].
"""),
    ),
    (
        "fv2by-pl-02",
        "pl",
        _s("""
Kartka z podziękowaniami (przekazana przez [[ORGANISATION:Thames Reach Housing]] firmie wykonawczej)

Kochani Panowie [[PERSON:Mirku]] i [[PERSON:Józku]]!

Piszą do Was [[PERSON:Magda]], [[PERSON:Bartek]] i mała [[PERSON:Zuzia]] spod [[ADDRESS:trzynastki]], czyli
z [[ADDRESS:13 Kestrel Way]], [[POSTCODE:SL1 6BN]]. Pewnie macie wiele takich domów, więc
przypominamy: to ten z czarną pleśnią na całej ścianie w pokoju dziecięcym, którą przez rok
„usuwano" wybielaczem.

Nasza [[PERSON:Zuzanna]] ma [[AGE:4 lata]] i [[HEALTH:astmę]]. W styczniu trzy razy lądowaliśmy
z nią na pogotowiu. Skarga do landlorda (nr [[REFERENCE:TRH-77140]]) utknęła, dopóki nie
napisaliśmy, że idziemy do Ombudsmana. Wtedy przysłali firmę [[ORGANISATION:Dom-Bud Renovations
Ltd]], czyli Was.

Panie [[PERSON:Mirku]], dziękujemy, że pokazał nam Pan zdjęcia rynny z dachu i wytłumaczył, skąd ta
wilgoć naprawdę się brała. Panie [[PERSON:Józku]], dziękujemy za cierpliwość, kiedy
[[PERSON:Zuzia]] „pomagała" przy malowaniu i pytała o każdą szpachelkę. Do dziś bawi się w
„pana [[PERSON:Józka]]" i maluje lalkom ściany.

Od kiedy skończyliście, [[PERSON:Zuzi]] ani razu nie trzeba było dawać sterydów, a pani doktor z
[[ADDRESS:Farnham Road Practice]] powiedziała, że płuca ma jak nowe. Landlord przeprosił na
piśmie, oddał nam za zniszczone meble i sprawdził jeszcze sześć domów na naszej ulicy.

Przekażcie proszę szefowej, pani [[PERSON:Bożenie Kaczmarek]], że zasłużyliście na premię. Jeśli
będzie chciała to usłyszeć od nas: [[PHONE:020 7946 0753]] albo
[[EMAIL:magda.bartek.13@example.org]].

Ściskamy, [[PERSON:Magda]], [[PERSON:Bartek]] i [[PERSON:Zuzia]] (rysunek z tyłu jest dla
[[PERSON:Mirka]]!)
"""),
    ),
    (
        "fv2by-pl-03",
        "pl",
        _s("""
★★★★★ Opinia o firmie [[ORGANISATION:Hydraulika Nowak & Syn]] – dodana przez
[[OTHER_ID:@ewa.k_southampton]]

Rzadko piszę opinie, ale panu [[PERSON:Wojtkowi]] należy się pomnik. Mieszkam z mamą pod adresem
[[ADDRESS:Flat 2, 44 Heathfield Road]], [[POSTCODE:so171ab]]. Mama ma [[AGE:79 lat]], choruje na
[[HEALTH:cukrzycę]] i ma słabe krążenie w nogach, więc zimno jest dla niej naprawdę
niebezpieczne. W lutym przez trzy tygodnie nie mieliśmy ogrzewania. Nasz landlord,
[[ORGANISATION:Solent Shore Housing]], przysyłał co kilka dni innego „specjalistę", który nic nie
naprawiał. Złożyłam skargę (numer [[REFERENCE:SSH-C-019384]]) i dopiero wtedy zlecili robotę tej
firmie.

Pan [[PERSON:Wojciech Nowak]] przyjechał w sobotę rano, choć to nie był jego dzień pracy. Od razu
znalazł zapowietrzony obieg i popękany zawór, którego nikt wcześniej nie zauważył. Wymienił go,
odpowietrzył wszystkie grzejniki i jeszcze nauczył mamę, jak sama to zrobić. Z mamą rozmawiał
tak, jakby była jego własną babcią. Jego syn, [[PERSON:Kuba]], przywiózł część z hurtowni w
godzinę.

Na koniec pan [[PERSON:Wojtek]] sam napisał raport do landlorda, że wcześniejsze wizyty niczego nie
naprawiły. Dzięki temu dostałyśmy przeprosiny i zwrot za grzejniki elektryczne, które musiałam
kupić.

Polecam z całego serca. Telefon do firmy: [[PHONE:01632 960418]], mail:
[[EMAIL:biuro@nowakhydraulika.example.com]]. Proście o [[PERSON:Wojtka]] albo o
[[PERSON:Kubę]]. – [[PERSON:Ewa Kowalczyk]]

Odpowiedź właściciela: Pani [[PERSON:Ewo]], bardzo dziękujemy! Proszę pozdrowić mamę, pani
[[PERSON:Teresę]]. Pozdrawiamy, [[PERSON:Wojciech]] i [[PERSON:Jakub Nowakowie]].
"""),
    ),
    (
        "fv2by-pl-04",
        "pl",
        _s("""
Nominacja na listę „Mistrzów Make Things Right" – formularz mieszkańca

Moje dane: [[PERSON:Paweł Sikora]], urodzony [[DATE_OF_BIRTH:siódmego listopada 1979]] roku,
numer National Insurance [[NI_NUMBER:SJ 72 44 16 D]] (formularz prosi o niego „do weryfikacji").
Mieszkam z żoną [[PERSON:Iwoną]] i trzema synami w [[ADDRESS:mieszkaniu nr 31]] w bloku
[[ADDRESS:Beacon House]], [[POSTCODE:PE21 8QT]].

Nominuję: panią [[PERSON:Agnieszkę Lis]], doradczynię ds. mieszkaniowych w
[[ORGANISATION:Boston & Holland Homes]]. W biurze wszyscy mówią na nią [[PERSON:Aga]].

Nasza sprawa: przez dwa lata mieszkaliśmy w pięcioro w dwóch pokojach. Najstarszy,
[[PERSON:Olek]], ma [[AGE:15 lat]] i [[HEALTH:autyzm]], i nie miał nawet kąta, żeby się wyciszyć.
Wniosek o większe mieszkanie (numer rejestru [[REFERENCE:BHH-HR-224190]]) był odrzucany, bo system
pokazywał, że nie mamy [[OTHER_SPECIAL:statusu osiedleńczego]]. A mieliśmy go od 2020 roku, z
kodem [[OTHER_ID:W7K 4QP 9XD]].

Pani [[PERSON:Lis]] jako pierwsza sprawdziła ten kod w systemie rządowym i zobaczyła, że błąd był po
stronie landlorda. Napisała do działu skarg, dopilnowała odpowiedzi na etapie drugim
([[REFERENCE:BHH-CMP-3318]]) i w ciągu miesiąca dostaliśmy ofertę domu z czterema sypialniami.
[[PERSON:Agnieszce]] zawdzięczamy też to, że [[PERSON:Olek]] nie musiał zmieniać szkoły.

Jej koleżanka [[PERSON:Natalia Horvath]] powiedziała mi: „[[PERSON:Aga]] jest chytra jak lis, w
najlepszym sensie – zawsze znajdzie drogę przez system". A kierownik, pan [[PERSON:Gareth Lloyd]],
dodał, że po naszej sprawie cały zespół przeszedł szkolenie z weryfikacji statusu.

Z [[PERSON:Agą]] można było rozmawiać po polsku, ale najważniejsze, że słuchała.

Kontakt: [[PHONE:07700 900294]], [[EMAIL:pawel.sikora.boston@example.org]].
"""),
    ),
    (
        "fv2by-pl-05",
        "pl",
        _s("""
Pochwała zapisana przez zespół skarg [[ORGANISATION:Ealing Common Housing Trust]]

Nr wpisu: [[REFERENCE:PRAISE-2024-118]]. Przyjęła: [[PERSON:Dominika Zając]] (zespół skarg), przez
telefon, z pomocą tłumacza. Od: pani [[PERSON:Halina Mazur]], [[ADDRESS:14 Cedar Mews]],
[[POSTCODE:W5 3JS]], tel. [[PHONE:020 7946 0187]]. Numer najmu: [[REFERENCE:ECHT-009915]].
Pracownik: pan [[PERSON:Derek Amankwah]], kierownik ds. napraw.

Treść (spisana słowami pani [[PERSON:Mazur]]): „Chcę podziękować panu [[PERSON:Derekowi]]. Mam
[[AGE:83 lata]] i [[HEALTH:POChP]], śpię z koncentratorem tlenu. Od października dach przeciekał
nad sypialnią, a prąd w tym pokoju co chwilę wysiadał, więc bałam się o tlen. Zgłaszałam to
sąsiadce [[PERSON:Basi]], bo sama nie umiałam napisać maila po angielsku, i to ona złożyła skargę
(nr [[REFERENCE:ECHT-CX-4471]]). Potem był Ombudsman, sprawa [[REFERENCE:202401236]].

Pana [[PERSON:Dereka]] poznałam w grudniu. Przyszedł z elektrykiem, panem [[PERSON:Lucjanem]], i
sam wszedł na strych z latarką. Jeszcze tego dnia zamówił rusztowanie. Powiedział: »Pani
[[PERSON:Halino]], nie wyjdę, dopóki nie będzie pani bezpieczna.« I nie wyszedł, siedział do
ósmej wieczorem. Moja wnuczka [[PERSON:Oliwka]] mówi, że to mój anioł stróż".

Komentarz współpracownika: [[PERSON:Lucjan Baran]], elektryk z [[ORGANISATION:Brent Spark
Electrical]]: „Z [[PERSON:Derekiem]] pracuje się najlepiej, bo on dzwoni do lokatora, zanim lokator
zadzwoni do niego."

Uwagi zespołu: Pani [[PERSON:Halinka]] (tak prosiła, żeby do niej mówić) zgodziła się, by jej
historię zgłosić do nagrody „Make Things Right Champion". Mieszka naprzeciwko
[[ADDRESS:kościoła św. Kazimierza]], do którego chodzi co niedzielę. Przekazano do przełożonej pana
[[PERSON:Amankwaha]], pani [[PERSON:Claire Benton]]. Odpowiedź wysłano na
[[EMAIL:basia.h.ealing@example.com]] (adres sąsiadki, za zgodą).
"""),
    ),
    (
        "fv2by-ro-01",
        "ro",
        _s("""
Nominalizare pentru premiul „Eroul Anului" – [[ORGANISATION:Luton Vale Housing]]

Numele meu: [[PERSON:Loredana Ciobanu]]. Adresa: [[ADDRESS:27 Marsh Lane]], Luton,
[[POSTCODE:LU3 2NW]]. Număr contract de închiriere: [[REFERENCE:LVH-T-881207]].

Pe cine nominalizați? Pe [[PERSON:Florin Matei]], muncitor de întreținere la
[[ORGANISATION:Chiltern Drainage Services]], pe care îl știe tot cartierul drept
„[[PERSON:Florinel]]".

De ce? În martie, de trei ori la rând, canalizarea s-a întors prin scurgerea din bucătărie și
apa murdară a ajuns până în sufragerie. Fiul meu [[PERSON:Tudor]] are [[AGE:9 ani]] și
[[HEALTH:fibroză chistică]]; orice infecție înseamnă spital. Am sunat de zeci de ori (număr de
reparație [[REFERENCE:LVH-R-447902]]) și am făcut plângere ([[REFERENCE:LVH-CX-2024-0315]]), dar
mi se spunea mereu că „e o problemă a vecinilor".

Când a venit [[PERSON:Florin]], a băgat camera în țeavă și a găsit în zece minute o rădăcină de
copac care bloca toată conducta sub grădina noastră. N-a plecat până n-a curățat și dezinfectat
bucătăria, și i-a explicat lui [[PERSON:Tudor]], cu desene, de ce nu trebuie să atingă nimic până
a doua zi. A revenit după o săptămână cu șeful lui, domnul [[PERSON:Neil Harper]], ca să se
asigure că lucrarea a rezistat.

Ce spun colegii? Domnul [[PERSON:Harper]] mi-a scris: „[[PERSON:Florin]] e omul la care trimitem
cazurile pe care nu le rezolvă nimeni altcineva." Colega lui de la dispecerat, [[PERSON:Precious
Mensah]], a adăugat că „[[PERSON:Florinel]] sună clientul înainte să iasă din curte, mereu".

De atunci [[PERSON:Tudor]] n-a mai fost internat nici măcar o dată. Lui [[PERSON:Florin]] i-am
făcut sarmale, dar cred că merită mai mult: merită premiul.

Contact: [[PHONE:07700 900733]], [[EMAIL:loredana.ciobanu@example.com]]
"""),
    ),
    (
        "fv2by-ro-02",
        "ro",
        _s("""
Felicitare de mulțumire, predată la recepția [[ORGANISATION:Dagenham Riverside Homes]] și trecută
în registrul de aprecieri

Dragă doamnă [[PERSON:Gemma]],

Vă scriem noi, [[PERSON:Ionuț]] și [[PERSON:Alina Petrescu]], din [[ADDRESS:apartamentul 9]] de la
[[ADDRESS:Juniper House]], [[POSTCODE:RM9 4XG]]. Poate vă mai amintiți de noi: familia cu fetița
care tușea la fiecare vizită.

Iarna trecută nu mai aveam nicio speranță. Caloriferele nu mergeau, în bucătărie erau gândaci, iar
fetița noastră, [[PERSON:Speranța]], avea doar [[AGE:2 ani]] și a făcut [[HEALTH:bronșiolită]] de două
ori. Am trimis zeci de e-mailuri (plângerea noastră are numărul [[REFERENCE:DRH/C/51882]]) și
primeam doar răspunsuri automate.

Dumneavoastră ați fost prima persoană care a venit să vadă cu ochii ei. Ați adus o interpretă,
pe doamna [[PERSON:Viorica]], ca să-i putem explica totul mamei lui [[PERSON:Ionuț]], care stă cu
noi. În aceeași săptămână ați trimis firma [[ORGANISATION:Pest-Away London]] și un instalator, iar
până la Crăciun aveam căldură în toate camerele. Ne-ați sunat chiar și în ajun, ca să întrebați
dacă [[PERSON:Speranța]] doarme bine.

Știm că numele dumneavoastră complet este [[PERSON:Gemma Clarke]], pentru că așa am trimis
nominalizarea la „Make Things Right". Colegul dumneavoastră, domnul [[PERSON:Raj]] de la
reparații, ne-a spus la telefon: „Doamna [[PERSON:Clarke]] nu lasă pe nimeni în frig." Are
dreptate.

Cu drag și recunoștință, [[PERSON:Ionuț]], [[PERSON:Alina]] și [[PERSON:Speranța]] (acum de
[[AGE:3 ani]] și sănătoasă!)

P.S. Dacă vreți să ne vizitați, numărul nostru e [[PHONE:020 7946 0912]].
"""),
    ),
    (
        "fv2by-ro-03",
        "ro",
        _s("""
★★★★★ Recenzie pentru [[ORGANISATION:SecureFit Doors & Windows]] – scrisă de
[[OTHER_ID:@mihaela_r_harrow]]

Vreau să le mulțumesc public lui [[PERSON:Sorin]] și lui [[PERSON:Ahmed]]. În noiembrie ni s-a
spart ușa de la intrare, iar landlordul nostru, [[ORGANISATION:Northolt & Harrow Homes]], a pus doar
o scândură în bătaie de cuie. Am stat așa cinci săptămâni, cu doi copii mici, la
[[ADDRESS:56 Silverdale Avenue]], [[POSTCODE:ha27lq]]. După spargere am
avut [[HEALTH:depresie postnatală]] și nu mai dormeam deloc; băiatul cel mare, [[PERSON:Luca]], de
[[AGE:6 ani]], nu voia să mai meargă la [[ADDRESS:Silverbirch Primary]] de frică să nu ni se
întâmple ceva cât e el plecat.

Am făcut plângere (numărul [[REFERENCE:NHH-CMP-66031]]) și, după ce am pomenit de Ombudsman, au
trimis în sfârșit firma asta. [[PERSON:Sorin Dumitrescu]] a venit chiar a doua zi, la șapte
dimineața. A montat o ușă nouă, cu încuietoare multipunct și vizor, și a verificat toate
ferestrele de la parter. [[PERSON:Ahmed]] i-a arătat lui [[PERSON:Luca]] cum funcționează
lanțul de siguranță și l-a lăsat să încuie el primul ușa nouă. De atunci [[PERSON:Luca]] zice că
e „paznicul casei", iar la [[ADDRESS:numărul 56]] dormim în sfârșit liniștiți.

Mi-a plăcut și că [[PERSON:Sorin]] mi-a vorbit în română și mi-a explicat ce să cer în scris de
la landlord. Am primit scuze și despăgubire pentru cele cinci săptămâni.

Îi recunoașteți ușor: duba albastră, numărul [[OTHER_ID:LR70 HFT]]. Telefon:
[[PHONE:020 7946 0226]]. Cereți-i pe [[PERSON:Sorin]] sau pe [[PERSON:Ahmed]]! –
[[PERSON:Mihaela Radu]]

Răspunsul firmei: Mulțumim, doamna [[PERSON:Radu]]! Le-am transmis lui [[PERSON:Sorin]] și lui
[[PERSON:Ahmed]], iar [[PERSON:Luca]] are oricând un loc de ucenic la noi. – [[PERSON:Gary]], [[ORGANISATION:SecureFit]]
"""),
    ),
    (
        "fv2by-ro-04",
        "ro",
        _s("""
Din buletinul lunar al [[ADDRESS:Parohiei Ortodoxe Române „Sfântul Nicolae"]] – Rubrica „Mulțumim"

Comitetul parohial și familia [[PERSON:Rusu]] îi mulțumesc din suflet domnului
[[PERSON:Kwame Asante]], ofițer de locuințe la [[ORGANISATION:Harrowden Borough Council]].

Frații noștri [[PERSON:Vasile]] și [[PERSON:Maria Rusu]] locuiesc cu cei patru copii pe
[[ADDRESS:Birchfield Road nr. 102]], [[POSTCODE:NN1 4RE]], la cinci minute de biserică. Doi ani au
trăit cu igrasie pe toți pereții și cu geamuri care nu se închideau. Cea mică, [[PERSON:Ilinca]],
are [[AGE:3 ani]] și [[HEALTH:astm]]. Familia a făcut plângere (nr. [[REFERENCE:HBC-HSG-70215]]), dar
vecinii au primit reparații, iar ei nu. Doamna [[PERSON:Maria]] ne-a spus cu lacrimi în ochi că li
s-a părut că sunt tratați altfel fiindcă sunt [[OTHER_SPECIAL:romi]].

Domnul [[PERSON:Asante]] a preluat cazul în etapa a doua. A venit personal, a fotografiat fiecare
perete și a recunoscut în scris că plângerea fusese închisă pe nedrept. În șase săptămâni s-au
schimbat toate geamurile și s-a tratat igrasia, iar familia a primit despăgubire. Mai mult, a cerut
ca tot personalul să fie instruit despre discriminare.

„Domnul [[PERSON:Kwame]] ne-a ascultat ca pe niște oameni, nu ca pe un număr," spune
[[PERSON:Vasile]]. Colega sa, doamna [[PERSON:Sandra Lee]], ne-a scris că „[[PERSON:Kwame]] nu închide
niciun dosar până nu vorbește cu familia".

Părintele paroh [[PERSON:Cristian Oprea]] l-a propus pe domnul [[PERSON:Asante]] pentru lista
campaniei „Make Things Right".

Cine are probleme cu locuința poate veni duminică, după Sfânta Liturghie, la masa de sfaturi din
sala parohială, sau o poate suna pe doamna [[PERSON:Cornelia]] la [[PHONE:07700 900158]].
"""),
    ),
    (
        "fv2by-ro-05",
        "ro",
        _s("""
Înscriere pe lista scurtă „Campionii Make Things Right" – trimisă de asociația noastră culturală

Propunem pe doamna [[PERSON:Mădălina Stoica]], responsabilă de plângeri la
[[ORGANISATION:Nene Valley Living]], pe care toată lumea o strigă „[[PERSON:Mădă]]".

Cazul: membrul nostru, domnul [[PERSON:Gheorghe Lungu]], născut pe
[[DATE_OF_BIRTH:doisprezece ianuarie o mie nouă sute cincizeci și doi]], locuiește singur în
[[ADDRESS:flat 4, Orchard Court]], [[POSTCODE:NN3 8DT]]. Are [[HEALTH:insuficiență cardiacă]] și
folosește un cadru de mers. Timp de trei luni, liftul a fost stricat, iar domnul
[[PERSON:Gheorghe]] n-a mai putut coborî nici la farmacie. Plângerea lui
([[REFERENCE:NVL-C-339021]]) a stat nerezolvată până când nepotul lui, [[PERSON:Răzvan]], a
scris direct [[PERSON:Mădălinei]].

[[PERSON:Mădălina]] a răspuns în aceeași zi. A aranjat ca farmacia să-i aducă medicamentele acasă,
a cerut spitalului o scrisoare cu numărul lui NHS, [[OTHER_ID:721 550 3846]], ca să dovedească
urgența, și a pus presiune pe firma de lifturi [[ORGANISATION:Apex Lift Engineering]]. Liftul a fost
reparat în nouă zile, iar despăgubirea de 350 de lire a intrat în contul domnului
[[PERSON:Lungu]], cel care se termină în [[OTHER_ID:7719]].

Ce spun colegii: șeful ei, domnul [[PERSON:Alan Whitby]]: „De la cazul domnului
[[PERSON:Lungu]], fiecare defecțiune de lift declanșează un apel către locatarii vulnerabili."
Colega ei, [[PERSON:Bianca]]: „[[PERSON:Mădă]] nu spune niciodată «nu e treaba mea»."

Domnul [[PERSON:Gheorghe]], care are acum [[AGE:72 de ani]], ne-a rugat să scriem: 
„[[PERSON:Mădălinei]] îi datorez că am ieșit din nou în parc."

Contact: [[PERSON:Răzvan Lungu]], [[PHONE:07700 900947]], [[EMAIL:razvan.lungu@example.org]]
"""),
    ),
    (
        "fv2by-ur-01",
        "ur",
        _s("""
[[ADDRESS:جامع مسجد فیضانِ مدینہ]] کا ماہانہ خبرنامہ – شکریے کا صفحہ

اس مہینے ہم [[ORGANISATION:Bradford Moor Homes]] کی ہاؤسنگ آفیسر محترمہ [[PERSON:ایما تھامسن]] کا تہِ
دل سے شکریہ ادا کرتے ہیں، جنہوں نے ہمارے نمازی بھائی [[PERSON:محمد اشرف]] کے گھرانے کی مدد کی۔

[[PERSON:اشرف]] صاحب کا خاندان [[ADDRESS:۱۲۸ لمب لین]]، [[POSTCODE:BD8 9AX]] میں رہتا ہے، مسجد سے
بس دو گلیاں دور۔ پچھلے سال کی سردیوں میں گھر کی چھت ٹپکنے لگی اور بچوں کے کمرے کی دیوار پر کالی
پھپھوند پھیل گئی۔ ان کی بیٹی [[PERSON:عائشہ]]، عمر [[AGE:۱۰ سال]]، کو [[HEALTH:دمہ]] ہے اور وہ ہر
دوسری رات کھانستے کھانستے جاگ جاتی تھی۔ بیگم [[PERSON:شگفتہ اشرف]] نے مرمت کے لیے بار بار فون کیا
(ریفرنس [[REFERENCE:BMH-RP-60417]])، پھر باقاعدہ شکایت درج کروائی (نمبر [[REFERENCE:BMH-C-3390]])،
مگر چار مہینے تک کوئی نہیں آیا۔

جب شکایت [[PERSON:ایما]] صاحبہ تک پہنچی تو وہ اگلے ہی دن خود گھر آئیں، ایک مترجم ساتھ لائیں اور
ہر دیوار کی تصویریں لیں۔ دو ہفتوں میں [[ORGANISATION:Aire Roofing Ltd]] نے چھت ٹھیک کر دی اور
پھپھوند کا مکمل علاج ہوا۔ انہوں نے تحریری معافی بھی مانگی اور خراب سامان کا معاوضہ بھی دلوایا۔

[[PERSON:شگفتہ]] بہن کہتی ہیں: "[[PERSON:ایما]] نے ہمیں فائل نہیں، انسان سمجھا۔" ان کی شگفتہ مزاجی
لوٹ آئی ہے اور [[PERSON:عائشہ]] اب سکون سے سوتی ہے۔ [[PERSON:ایما]] کی مینیجر
[[PERSON:ریچل اوون]] نے بتایا کہ اب بچوں والے گھروں میں پھپھوند کی شکایت کو فوری درجہ دیا جاتا ہے۔

مسجد کمیٹی کے صدر حاجی [[PERSON:غلام رسول]] نے [[PERSON:ایما تھامسن]] کا نام "Make Things Right" کی
فہرست کے لیے بھیجا ہے۔ اللہ انہیں جزائے خیر دے۔

گھر کی مرمت سے متعلق مشورے کے لیے جمعہ کی نماز کے بعد بھائی [[PERSON:طارق]] سے ملیں یا
[[PHONE:۰۷۷۰۰ ۹۰۰۶۸۲]] پر فون کریں۔
"""),
    ),
    (
        "fv2by-ur-02",
        "ur",
        _s("""
"اسٹاف ہیرو" ایوارڈ کے لیے نامزدگی – [[ORGANISATION:Sandwell Green Homes]]

نامزد کرنے والی: [[PERSON:پروین اختر]]۔ تاریخِ پیدائش: [[DATE_OF_BIRTH:۱۵/۰۸/۱۹۵۸]]۔ پتہ:
[[ADDRESS:فلیٹ نمبر ۷]]، [[ADDRESS:ایلڈر ٹاور]]، [[POSTCODE:B70 6QR]]۔ کرایہ داری نمبر:
[[REFERENCE:SGH-T-214095]]۔

آپ کس کو نامزد کر رہی ہیں؟ [[ORGANISATION:Aspire Gas & Heating]] کے گیس انجینئر [[PERSON:انتھونی بیل]]
کو، جنہیں پوری بلڈنگ "[[PERSON:ٹونی]] بھائی" کہتی ہے۔

کیوں؟ میں بیوہ ہوں اور اکیلی رہتی ہوں۔ مجھے [[HEALTH:گٹھیا]] اور [[HEALTH:ذیابیطس]] ہے، ٹھنڈ میں
ہاتھ پاؤں جکڑ جاتے ہیں۔ پچھلے جنوری میں میرا بوائلر بارہ دن بند رہا۔ میں نے مرمت کی درخواست دی
(نمبر [[REFERENCE:SGH-R-883015]]) اور پھر شکایت کی، لیکن ہر بار کہا گیا کہ "انجینئر مصروف ہیں"۔

پھر [[PERSON:ٹونی]] آئے۔ انہوں نے دیکھا کہ میں کمبل اوڑھے بیٹھی ہوں تو پہلے اپنی وین سے دو ہیٹر
لائے، پھر کام شروع کیا۔ پتہ چلا کہ پچھلے انجینئر نے غلط پرزہ لگا دیا تھا۔ [[PERSON:ٹونی]] بھائی
شام سات بجے تک رکے، نیا پرزہ لگایا اور مجھے تھرموسٹیٹ چلانا سکھایا۔ اگلے ہفتے خود فون کر کے
پوچھا کہ گھر گرم ہے یا نہیں۔ ان کی سفید وین، نمبر [[OTHER_ID:BF19 UXK]]، دیکھتے ہی اب بلڈنگ کے
بچے ہاتھ ہلاتے ہیں۔

ساتھی کیا کہتے ہیں؟ ان کی سپروائزر [[PERSON:کیلی ڈکسن]] نے کہا: "[[PERSON:بیل]] صاحب کبھی آدھا کام
چھوڑ کر نہیں جاتے۔" ان کے اپرنٹس [[PERSON:یاسر]] نے بتایا کہ [[PERSON:ٹونی]] ہر گاہک کو اپنی ماں
سمجھ کر کام کرتے ہیں۔

میرا بیٹا [[PERSON:عمران]] یہ فارم بھر رہا ہے۔ رابطہ: [[PHONE:0121 496 0318]]،
[[EMAIL:imran.akhtar@example.com]]
"""),
    ),
    (
        "fv2by-ur-03",
        "ur",
        _s("""
★★★★★ [[ORGANISATION:BrightWire Electrical]] پر ریویو – از [[OTHER_ID:@bilal.slough]]

عام طور پر میں ریویو نہیں لکھتا، لیکن [[PERSON:کرس]] اور [[PERSON:عرفان]] کا شکریہ ادا کرنا ضروری
ہے۔ میرا نام [[PERSON:بلال حسین]] ہے، میں اپنی بیوی [[PERSON:راحت]] اور دو بچوں کے ساتھ
[[ADDRESS:۴۱ ولو بینک کلوز]]، [[POSTCODE:sl14qp]] میں رہتا ہوں۔ ہمارے مالک مکان
[[ORGANISATION:Thames Valley Community Housing]] کو ہم نے چھ مہینے تک بتایا کہ سیڑھیوں اور
بچوں کے کمرے کی بتیاں بار بار ٹرپ ہوتی ہیں اور ایک ساکٹ سے جلنے کی بو آتی ہے۔ شکایت نمبر
[[REFERENCE:TVCH-CX-71902]] تھا، مگر جواب ملتا رہا کہ "الیکٹریشن بک ہے"۔

میرے بیٹے [[PERSON:حمزہ]]، عمر [[AGE:۸ سال]]، کو [[HEALTH:آٹزم]] ہے اور اندھیرے میں وہ بہت گھبرا جاتا
ہے۔ کئی راتیں وہ [[ADDRESS:ہیدر ووڈ پرائمری اسکول]] سے آ کر ساری شام روتا رہا۔

آخرکار یہ کمپنی بھیجی گئی۔ [[PERSON:کرس]] نے پورے گھر کی وائرنگ چیک کی اور پتہ چلایا کہ پرانا فیوز بورڈ
خطرناک تھا؛ اسی دن بدل دیا۔ [[PERSON:عرفان]] نے [[PERSON:حمزہ]] سے پہلے دوستی کی، اسے ٹیسٹر دکھایا
اور اس کے کمرے میں نائٹ لائٹ لگا دی۔ اب [[PERSON:حمزہ]] کہتا ہے کہ [[PERSON:عرفان]] انکل "روشنی والے"
ہیں۔ سچ پوچھیں تو ہمیں بڑی راحت ملی۔

[[PERSON:راحت]] کہتی ہیں کہ پہلی بار کسی نے گھر میں آ کر جوتے اتارے اور ہماری بات سنی۔ مالک مکان
نے بھی بعد میں معافی مانگی اور معاوضہ دیا۔

اگر آپ کو بجلی کا مسئلہ ہو تو [[PHONE:01632 960532]] پر فون کریں اور [[PERSON:کرس]] یا
[[PERSON:عرفان]] کو مانگیں۔

کمپنی کا جواب: شکریہ [[PERSON:بلال]] بھائی! [[PERSON:حمزہ]] کو ہمارا سلام۔ – [[PERSON:کرس ویب]]
"""),
    ),
    (
        "fv2by-ur-04",
        "ur",
        _s("""
تعریفی نوٹ – شکایات ٹیم، [[ORGANISATION:Pennine Crescent Housing]] (اردو ترجمہ، گھرانے کی رضامندی سے)

ریکارڈ نمبر: [[REFERENCE:PCH-COMP-0488]]۔ موصول: فون پر، مترجم کے ذریعے۔ از: محترمہ
[[PERSON:نصرت جہاں]]، [[ADDRESS:۹ ہولی بینک روڈ]]، [[POSTCODE:OL11 3EU]]۔ فون: [[PHONE:0161 496 0791]]۔
ہاؤسنگ رجسٹر نمبر: [[REFERENCE:RDC-HR-55281]]۔ جن کا ذکر ہے: [[PERSON:ثنا رحمان]] (ٹیننسی آفیسر)۔

خلاصہ: محترمہ [[PERSON:نصرت]] نے بتایا کہ وہ اور ان کے شوہر [[OTHER_SPECIAL:پناہ گزین]] کی حیثیت سے
۲۰۲۲ میں برطانیہ آئے۔ کرایہ داری شروع کرتے وقت عملے نے ان کے شوہر [[PERSON:فرید]] کا نیشنل انشورنس
نمبر غلط درج کر دیا ([[NI_NUMBER:PX 31 86 09 A]] کی جگہ کسی اور کا)، جس کی وجہ سے ہاؤسنگ بینیفٹ رک گیا
اور بے دخلی کا نوٹس آ گیا۔ ان کی بیٹی [[PERSON:مریم]]، عمر [[AGE:۱۳ سال]]، ان دنوں [[HEALTH:ڈپریشن]] کے
علاج پر تھی اور گھر کا ماحول بہت خراب ہو گیا۔

[[PERSON:ثنا]] باجی (جیسا کہ خاندان انہیں پکارتا ہے) نے ایک ہی دن میں غلطی پکڑی، بینیفٹ آفس سے خود
بات کی، نوٹس واپس لیا اور بقایا رقم کا حساب درست کروایا۔ محترمہ [[PERSON:نصرت]] کے الفاظ: "[[PERSON:ثنا]]
نے ہمیں یہ احساس نہیں ہونے دیا کہ ہم یہاں اجنبی ہیں۔"

ساتھی کا تبصرہ: انکم ٹیم کے [[PERSON:ڈیوڈ پرائس]]، جنہیں سب [[PERSON:ڈیو]] کہتے ہیں، نے لکھا: "مس
[[PERSON:رحمان]] اعداد کے پیچھے کا انسان دیکھتی ہیں۔"

کارروائی: نوٹ ٹیم لیڈر [[PERSON:ہیلن بریگز]] کو بھیجا گیا، اور "Make Things Right" چیمپئن فہرست کے
لیے تجویز کیا گیا۔ جواب [[EMAIL:nusrat.jahan@example.org]] پر بھیجا گیا۔
"""),
    ),
    (
        "fv2by-ur-05",
        "ur",
        _s("""
"Make Things Right چیمپئن" شارٹ لسٹ کے لیے نامزدگی – [[ADDRESS:سہیلی ویمنز سینٹر]] کی جانب سے

ہم [[ADDRESS:سہیلی ویمنز سینٹر]] کی خواتین [[ORGANISATION:Aston Brook Housing]] کی شکایات مینیجر
محترمہ [[PERSON:شبنم قریشی]] کو نامزد کرتی ہیں۔ ہمارے سینٹر میں سب انہیں پیار سے "[[PERSON:شبو]]" کہتے ہیں۔

ہماری رکن [[PERSON:زبیدہ خانم]] سینٹر کے بالکل سامنے [[ADDRESS:۳۳ برچ فیلڈ اسٹریٹ]]، [[POSTCODE:B19 1LT]]
میں رہتی ہیں۔ ان کی عمر [[AGE:۷۱ سال]] ہے اور انہیں [[HEALTH:پارکنسنز]] ہے۔ تین سال تک ان کے باتھ روم میں
نہانے کا ٹب تھا جس میں وہ اتر نہیں سکتی تھیں، اور واک اِن شاور کی درخواست
([[REFERENCE:ABH-ADP-20771]]) بار بار "زیرِ غور" رہی۔ بیٹی [[PERSON:نازیہ]] نے آخرکار ہاؤسنگ
اومبڈسمین سے رجوع کیا، کیس نمبر [[REFERENCE:202311408]]۔

اسی مرحلے پر فائل [[PERSON:شبنم]] صاحبہ کے پاس آئی۔ انہوں نے خود [[PERSON:زبیدہ]] آپا کو فون کیا، اردو
میں بات کی، اور [[ADDRESS:ہیتھ فیلڈ ہیلتھ سینٹر]] کے ڈاکٹر کا خط دوبارہ منگوایا جو پہلے کہیں کھو گیا تھا۔
ایک مہینے کے اندر [[ORGANISATION:Midland Adapt Ltd]] نے شاور، ہینڈ ریل اور سیٹ لگا دی۔
[[ORGANISATION:Aston Brook]] نے تحریری طور پر غلطی مانی اور معاوضہ دیا۔

ساتھیوں کی رائے: ڈائریکٹر [[PERSON:پال گرین]] کہتے ہیں: "[[PERSON:شبنم]] نے ہمیں سکھایا کہ شکایت بوجھ
نہیں، سبق ہے۔" اڈاپٹیشن ٹیم کی [[PERSON:جیکی]] کا کہنا ہے: "جب مس [[PERSON:قریشی]] فون کرتی ہیں تو ہم
جانتے ہیں کہ کام اسی ہفتے ہونا ہے۔"

[[PERSON:زبیدہ]] آپا کہتی ہیں: "صبح کی شبنم کی طرح ٹھنڈک ملی ہے۔ اب میں خود نہا سکتی ہوں۔"

رابطہ: سینٹر کی کوآرڈینیٹر [[PERSON:فرزانہ بیگ]]، [[PHONE:۰۷۷۰۰ ۹۰۰۴۶۰]]،
[[EMAIL:saheli.centre@example.org]]
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
