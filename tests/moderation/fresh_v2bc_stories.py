"""Fresh version-2 PII test stories, batch bc.

Faith and community bulletins: items from mosque, gurdwara, Ravidass bhawan, church, Coptic church,
Polish Catholic parish, Romanian Orthodox and Pentecostal parish, and Bangladeshi, Pakistani and
Moroccan community association newsletters, notice sheets and WhatsApp broadcast lists, in which a
volunteer, imam, granthi, priest or committee member tells a member's housing complaint story (with
their permission) and thanks the people who helped. The writers use honorifics and church or
community forms of address ("Sister", "Bhai Sahib ... ji", "Bibi ji", "pani", "sora", "părintele",
"الحاج", "খালাম্মা", "باجی"), nicknames and kinship names, prayer requests naming a member's
condition, collection and food-bank notices with the place of worship's bank details, the place of
worship's own name and address, committee phone numbers and emails (sometimes dictated as "at" and
"dot" words), children's madrasa, Punjabi school and Saturday school names, and native digits where
the language has them. A named place of worship, madrasa, Saturday school, nursery or GP surgery
the member attends is marked as ADDRESS; religion, origin and immigration-status words are marked
only where they describe a person.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 7 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 57.1% of 35, recall 96.8%, precision 79.9%, on the committed
detector 8c99654 (after round 51); leak-free by language ar 2, bn 5, en 1, pa 4, pl 3, ro 3, ur 2 of 5.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2bc-en-01",
        "en",
        _s("""
[[ADDRESS:Mount Zion Fellowship]], [[ADDRESS:118 Canterbury Vale]], Handsworth. SUNDAY NOTICE SHEET.

HOUSING TESTIMONY (shared with Sister [[PERSON:Marcia]]'s blessing). Many of you prayed with Sister
[[PERSON:Marcia Blackwood-Ennis]] last winter. Her maisonette at [[ADDRESS:27 Rookery Rise]], [[POSTCODE:B21 9QJ]],
had black mould creeping up the bedroom walls, and her grandson [[PERSON:Tyrese]], who is [[AGE:6]] and has
[[HEALTH:asthma]], was in and out of hospital. [[ORGANISATION:Brookvale Homes Group]] kept sending
[[ORGANISATION:Kestrel Damp Solutions]] to wipe it down and paint over it. Three visits, same mould.

In March Deacon [[PERSON:Everton Lindo]] sat with her at the kitchen table and helped her write a formal
complaint (ref [[REFERENCE:BHG/CMP/24/0917]]). When stage one came back with "treat and monitor", Sister
[[PERSON:Dionne Achterberg]] from our Tuesday advice table took it to stage two with her and copied in Cllr
[[PERSON:Niamh Fitzgerald]].

What was put right: a surveyor finally came and found a cracked soil stack behind the bathroom wall. It was
replaced in May, the flat was dried out and re-plastered, and a proper extractor fan went in.
[[ORGANISATION:Brookvale]] apologised in writing and paid £850. What changed: [[ORGANISATION:Brookvale]] now send a
surveyor, not a painter, on any second mould report, and [[PERSON:Tyrese]] has not missed a day at
[[ADDRESS:Heathfield Lane Primary]] since Easter.

Sister [[PERSON:Marcia]] says: "Church, don't suffer in silence. Write it down." If your landlord is not
listening, see Deacon [[PERSON:Everton]] after service or ring [[PHONE:0121 496 0583]].

PRAYER REQUESTS: Brother [[PERSON:Lloyd Ferguson]], at home after a [[HEALTH:stroke]]; Mother
[[PERSON:Hyacinth Grizzle]], [[AGE:91]] this week, give God the glory.

FOOD BANK & BUILDING FUND: the food bank runs Thursdays 10 till 12 in the lower hall (tinned fish and UHT
milk needed, please). Online giving: sort code [[OTHER_ID:30-94-57]], account [[OTHER_ID:01846203]].
"""),
    ),
    (
        "fv2bc-en-02",
        "en",
        _s("""
[[ADDRESS:Masjid Al-Rahma]], [[ADDRESS:27 Banstead Terrace]], Harehills, Leeds [[POSTCODE:LS8 5PX]].
JUMU'AH ANNOUNCEMENTS.

1. HOUSING (shared with permission). JazakAllahu khayran to everyone who made du'a for Sister
[[PERSON:Hodan Warsame]]. For eleven weeks the lift at [[ADDRESS:Kingsmoor Court]] was broken, and Sister
[[PERSON:Hodan]], who has [[HEALTH:multiple sclerosis]], was stuck in [[ADDRESS:flat 71]] on the eighth floor.
Her son [[PERSON:Abdirahman]] ([[AGE:9]]) missed most of his classes at [[ADDRESS:Al-Furqan Weekend Madrasa]]
because she could not walk him there.

[[ORGANISATION:Aireside Housing]] said the part was "on order" every time she rang. Brother
[[PERSON:Yusuf Adebayo]] from our Housing Help desk logged a formal complaint with her (ref
[[REFERENCE:AH-C-230419]]) and, when nothing moved, helped her go to the Housing Ombudsman (case
[[REFERENCE:202316678]]). Cllr [[PERSON:Bernadette Flynn]] also came out to see the block.

Put right: [[ORGANISATION:Pennine Lift Services]] replaced the controller in January;
[[ORGANISATION:Aireside]] moved Sister [[PERSON:Hodan]] to a ground-floor flat on the same estate while the
work was done and paid her £1,200 for the weeks she was trapped indoors. What changed:
[[ORGANISATION:Aireside]] now keep a second lift firm on call for [[ADDRESS:Kingsmoor Court]] and phone every
disabled resident within 24 hours of a breakdown.

Sister [[PERSON:Hodan]] thanks Brother [[PERSON:Yusuf]], Sister [[PERSON:Ruqayyah Obi]], who brought a hot meal
every evening, and the young brothers who carried her shopping up eight flights.

2. DU'A: please remember Brother [[PERSON:Idris Callaghan]], in hospital with [[HEALTH:pneumonia]].

3. HOUSING HELP DESK: Saturdays after Zuhr in the small hall, or WhatsApp Brother [[PERSON:Yusuf]] on
[[PHONE:07700 900417]], email [[EMAIL:housinghelp@alrahma.example.org]].

4. FOOD BANK: donations of rice, lentils and nappies in the crates by the shoe racks. Sisters' circle
resumes next Sunday after Asr.
"""),
    ),
    (
        "fv2bc-en-03",
        "en",
        _s("""
[[ADDRESS:Holy Cross and St Brendan]], [[ADDRESS:41 Abbotsleigh Road]], Kilburn. PARISH NEWSLETTER,
FIFTH SUNDAY OF LENT.

FROM FATHER [[PERSON:CIARÁN]]'S DESK. Some of you will know [[PERSON:Bridget Noonan]], "[[PERSON:Bridie]]" to
everyone at the ten o'clock Mass, who is [[AGE:84]] and lives on her own in [[ADDRESS:flat 12]],
[[ADDRESS:Cotleigh House]]. She has asked me to tell her story so that nobody else goes through what she
did.

Her heating and hot water failed at the start of November and stayed off for five weeks.
[[ORGANISATION:Brondesbury Homes Trust]] sent [[ORGANISATION:Hearthwise Heating Ltd]] four times; each time the
engineer said a part was needed and nobody came back. [[PERSON:Bridie]], who has [[HEALTH:COPD]], was boiling
kettles to wash and sleeping in her coat.

[[PERSON:Teresa Mulvihill]] and [[PERSON:Kwabena Osei-Tutu]] from our parish visiting group found her like that
on a Friday. [[PERSON:Teresa]] helped her make a formal complaint (ref [[REFERENCE:BHT-2411-0386]]) and rang
[[ORGANISATION:Brent Council]]'s environmental health team, and Mr [[PERSON:Deepak Raval]] came out the same
week.

How it was put right: a new boiler was fitted within ten days, two oil-filled heaters arrived the next
morning, and [[ORGANISATION:Brondesbury]] paid [[PERSON:Bridie]] £600 plus her extra electricity. What
changed: the Trust now keeps a list of tenants with breathing problems and delivers heaters on the day
any heating fault is reported.

[[PERSON:Bridie]] asks me to thank [[PERSON:Teresa]] and [[PERSON:Kwabena]] "and whoever left the soup". If you
are in the same boat, the parish office is open Tuesday to Friday: [[PHONE:020 7946 0218]],
[[EMAIL:office@holycrossbrendan.example.org]]. Fr [[PERSON:Ciarán Ó Dálaigh]]

BAPTISM: we welcome [[PERSON:Saoirse Áine Moloney]], born [[DATE_OF_BIRTH:2 February 2025]], daughter of
[[PERSON:Declan]] and [[PERSON:Precious Moloney]].

PLEASE PRAY FOR THE SICK: [[PERSON:Kathleen Regan]], [[PERSON:Eamon Tully]] and [[PERSON:Ludmila Horvat]].
"""),
    ),
    (
        "fv2bc-en-04",
        "en",
        _s("""
[[ADDRESS:Gurdwara Sarbat Da Bhala]], [[ADDRESS:63 Brabazon Road]], Heston. SANGAT NEWSLETTER, VAISAKHI
EDITION.

SEWA IN ACTION: A HOUSING STORY. With her permission we share the story of Bibi
[[PERSON:Surinder Kaur Dhesi]] ji, [[AGE:76]], of [[ADDRESS:9 Wyvern Close]], [[POSTCODE:tw59hb]]. For almost a
year rain came through the back bedroom ceiling every time it poured.
[[ORGANISATION:Thamesbrook Housing Association]] sent [[ORGANISATION:Apex Roofing & Guttering]] three times to
"clear the gutter", and the stain kept growing. Her son [[PERSON:Manvir]] (most of you know him as
[[PERSON:Mannu]] from the langar hall) also reported the fly-tipping in their parking bay, which had
blocked his van, [[OTHER_ID:LK19 XZT]], in for a fortnight.

Our granthi, Bhai Sahib [[PERSON:Kulwant Singh Sehmi]] ji, visited and did ardaas with the family, and
[[PERSON:Harpreet Kaur Bansal]] from the Sewa Committee helped Bibi ji put in a formal complaint (ref
[[REFERENCE:TH-RP-558102]]). Her housing officer, Mr [[PERSON:Gareth Pryce]], then sent a roofer with a
drone survey.

What was put right: a section of the roof was re-laid, the bedroom ceiling was replaced and
redecorated, the parking bay was cleared and a camera put up, and [[ORGANISATION:Thamesbrook]] paid £700
and apologised in Punjabi as well as English. What changed: [[ORGANISATION:Thamesbrook]] now sends a
surveyor after a second leak report instead of another gutter clear.

Bibi ji's granddaughter [[PERSON:Simran]] can do her homework in that room again before
[[ADDRESS:Heston Khalsa Punjabi School]] on Saturdays.

ARDAAS: please remember S. [[PERSON:Gurbachan Singh Lall]], who has [[HEALTH:kidney failure]] and is on
dialysis three times a week.

Sewa Committee: [[PERSON:Harpreet]] ji, [[PHONE:020 7946 0761]]. Langar sewa rota for Vaisakhi is on the
board by the joda ghar. Follow the youth sewa team on Instagram, [[OTHER_ID:@sarbatdabhala.youth]].
"""),
    ),
    (
        "fv2bc-en-05",
        "en",
        _s("""
*[[ADDRESS:LIVING WATERS GOSPEL CHURCH]] – WELFARE BROADCAST* 🙏🏾

PRAISE REPORT!! 🙌🏾 Church, remember when we stood in agreement for our [[OTHER_SPECIAL:Hungarian]] sister
[[PERSON:Ilona Varga]] and her 3 kids? Since 2022 they were squeezed into a one-bed, [[ADDRESS:flat 4b]] in
[[ADDRESS:Dawes Court]], with mould on every window, and baby [[PERSON:Bence]] ([[AGE:18 months]]) was
coughing night after night. [[ORGANISATION:Southwark Council]] kept saying "you are on the list" (housing
register no. [[REFERENCE:HR/0048211]]) and [[ORGANISATION:Q-Dry Building Services]] came twice just to spray
the walls.

In January Bro [[PERSON:Chidi Eze-Okonkwo]] sat with her and did a proper complaint (ref
[[REFERENCE:SC-COMP-77120]]) with photos, the GP letter from [[ADDRESS:Walworth Vale Surgery]] and the health
visitor's notes. Pastor [[PERSON:Kofi Ansah-Mensah]] wrote a support letter too.

Put right: the council agreed the flat was statutorily overcrowded, backdated her priority and paid
£950 for the mould and the delay. Last month sis [[PERSON:ilona]] got the keys to a 3-bed at
[[ADDRESS:22 Alvey Rise]], [[POSTCODE:se17 2ts]]!!! 🏠 Kids are staying at [[ADDRESS:Brandon Vale Primary]],
5 mins walk now.

What changed: the council has agreed that any household with mould AND a baby under 2 gets a surveyor
within 10 working days. God is faithful 🙏🏾

Pls keep praying for sis [[PERSON:ilona]] as she settles in, and for Mama [[PERSON:Comfort Adjei]], in
hospital with a [[HEALTH:sickle cell]] crisis.

Need help with your landlord? DM sis [[PERSON:Yemisi]] on the welfare desk 📱 [[PHONE:07700 900226]] or
email [[EMAIL:lwgc.welfare at example dot net]].

Food bank Sat 9am in the church hall, bring ur own bags 🛍️ Blessings, Deaconess
[[PERSON:Folasade Adeyemi-Brown]]
"""),
    ),
    (
        "fv2bc-ar-01",
        "ar",
        _s("""
نشرة الجمعة: [[ADDRESS:مسجد التوحيد]]، [[ADDRESS:٤٢ Staniforth Road]]، شيفيلد

من هموم الجالية: قصة يرويها الأخ [[PERSON:فيصل باعبود]] مسؤول اللجنة الاجتماعية، بإذن صاحبها.

الحاج [[PERSON:عبده صالح الشرعبي]]، [[AGE:٧٣ عامًا]]، يسكن منذ عشرين سنة في
[[ADDRESS:رقم ١٧ شارع Kettlebridge Road]]، [[POSTCODE:S9 3BL]]. في الشتاء الماضي صار الماء ينزل من السقف
إلى غرفة النوم كلما أمطرت، وانتشر العفن على الجدران، وزوجته الحاجة [[PERSON:نوال]] تعاني من
[[HEALTH:الربو]]. اتصل الحاج عشرات المرات بشركة الإسكان [[ORGANISATION:Don Valley Homes]]، فأرسلت مقاولها
[[ORGANISATION:Brightside Building Services]] مرتين لتنظيف المزراب فقط، وبقي التسرب على حاله. وحفيده
[[PERSON:وضّاح]] ([[AGE:١٠ سنوات]]) صار ينام في الصالة وتراجع حفظه في [[ADDRESS:مدرسة دار الأرقم]] المسائية.

جلسنا معه في المسجد بعد صلاة العشاء وكتبنا شكوى رسمية (رقم الشكوى [[REFERENCE:DVH-44710]])، ولما جاء
الرد في المرحلة الأولى بوعود عامة رفعناها إلى المرحلة الثانية، وأرسلنا نسخة إلى أمين المظالم للإسكان.
بعدها زاره المهندس [[PERSON:كالوم ماكنزي]] وصعد إلى السطح بنفسه.

كيف حُلّت المشكلة: استُبدل جزء من السقف فوق الغرفة الخلفية، وعولجت الجدران وأعيد دهانها، وحصل
الحاج على تعويض قدره ٩٥٠ جنيهًا مع اعتذار مكتوب. وما الذي تغيّر: صارت [[ORGANISATION:دون فالي]] ترسل
مهندسًا خلال عشرة أيام إذا تكرر بلاغ التسرب، وعيّنت موظفة تتكلم العربية هي السيدة
[[PERSON:سهى الحدّاد]].

يشكر الحاج [[PERSON:عبده]] كل من دعا له، ويخص بالشكر الأخ [[PERSON:ماجد بن عطية]] الذي ترجم له في
الاجتماعات.

الدعاء: نرجو الدعاء بالشفاء للأخ [[PERSON:مراد القباطي]] الذي يتعافى من [[HEALTH:جلطة دماغية]].

للتواصل مع اللجنة الاجتماعية: الأخ [[PERSON:فيصل]] [[PHONE:٠١١٤ ٤٩٦ ٠٣٧٢]]. بنك الطعام يفتح كل سبت بعد
صلاة الظهر في قاعة المسجد، ونحتاج إلى الأرز والزيت والحليب المجفف.
"""),
    ),
    (
        "fv2bc-ar-02",
        "ar",
        _s("""
نشرة [[ADDRESS:كنيسة رئيس الملائكة ميخائيل القبطية الأرثوذكسية]] في Stevenage: كلمة الخدمة الاجتماعية

بنعمة ربنا، وبعد إذن أسرة الأستاذ [[PERSON:ماهر عياد جرجس]]، نحب نشارككم ما حصل معهم هذه السنة لعلّه
يفيد غيرهم. الأسرة تسكن في [[ADDRESS:الشقة 3B]] في عمارة [[ADDRESS:Ashtree Court]]، ومن شهر أكتوبر ظهرت
الفئران في المطبخ وخلف الحوائط، وابنتهم [[PERSON:مارينا]] ([[AGE:٧ سنوات]]) صارت تخاف تنام في أوضتها.
الجهة المؤجرة [[ORGANISATION:Chells Homes Partnership]] أرسلت شركة [[ORGANISATION:Pestguard Eastern]] أربع
مرات، وفي كل مرة يحطّون السمّ ويمشون من غير ما يسدّوا الفتحات.

الأخ [[PERSON:فادي ناشد]] من خدمة الأسر جلس مع الأستاذ [[PERSON:ماهر]] ومدام [[PERSON:نرمين]] وكتبوا
شكوى رسمية (رقم [[REFERENCE:CHP-CMP-6630]]) بالصور والتواريخ، وتابعوها مع مسؤولة السكن
[[PERSON:بريوني]] ([[PERSON:Bryony Hale]]) حتى المرحلة الثانية. وتاسوني [[PERSON:إيريني]] كانت تتصل
بمدام [[PERSON:نرمين]] كل أسبوع تطمئن عليها.

ما الذي أُصلح: جاء مسّاح وحدد كل مداخل الفئران، فسُدّت الفتحات حول المواسير، وتغيّرت خزائن المطبخ
والوزرات، ونُظّف البيت وعُقّم، وصرفت الشركة للأسرة تعويضًا قدره ٥٠٠ جنيه مع خطاب اعتذار. وما الذي
تغيّر: صار على المقاول أن يعمل فحصًا كاملًا للمداخل من أول زيارة، لا أن يكتفي بالسمّ.

أبونا [[PERSON:بيشوي فهيم]] صلّى في البيت بعد انتهاء الإصلاحات، و[[PERSON:مارينا]] رجعت لمدرستها
[[ADDRESS:Fairlands Meadow Primary]] مرتاحة.

أفراح الكنيسة: نهنئ الشماس [[PERSON:مينا رزق الله]] وزوجته [[PERSON:دميانة]] بمعمودية ابنهما
[[PERSON:كيرلس]] المولود في [[DATE_OF_BIRTH:١٢ يناير ٢٠٢٥]].

صلّوا من أجل الخالة [[PERSON:فيبي سمعان]] التي تتعالج من [[HEALTH:سرطان الدم]].

للتواصل مع الخدمة الاجتماعية: [[PHONE:٠٧٧٠٠ ٩٠٠٦٤٨]] أو [[EMAIL:khidma.stevenage@example.org]].
"""),
    ),
    (
        "fv2bc-ar-03",
        "ar",
        _s("""
📢 رسالة من لجنة الخدمات في [[ADDRESS:مسجد بلال]] – كوفنتري

السلام عليكم يا جماعة 🌷 حابّين نشارككم خبر حلو، وبإذن أصحابه.

عائلة الأخ [[PERSON:مازن الحلبي]] وصلت إلى كوفنتري قبل ثلاث سنوات ضمن برنامج إعادة توطين
[[OTHER_SPECIAL:اللاجئين]]، وسكنت في [[ADDRESS:٥٨ Hollybush Walk]]، [[POSTCODE:cv66gx]]. من الصيف الماضي صار
الجار اللي فوقهم يخبط ويصرخ ويسبّهم كل ليلة، وبعدين انكسر قفل الباب الأمامي لما حدا حاول يفتحه
بالقوة. البنت [[PERSON:لمى]] ([[AGE:١٢ سنة]]) صارت تخاف تنام، والأخت [[PERSON:رنا]] زوجة الأخ
[[PERSON:مازن]] تتعالج من [[HEALTH:الاكتئاب]] وصار وضعها أصعب بكتير.

الشركة المالكة [[ORGANISATION:Sowe Valley Homes]] فتحت ملف إزعاج (رقم القضية [[REFERENCE:ASB-24-3317]])،
بس كل مرة كانوا يقولوا "عم نجمع أدلة". الأخ [[PERSON:طارق السمّان]] قعد معهم، وعلّمهم يسجّلوا الأصوات
بالتطبيق، وكتب شكوى رسمية باسمهم، وحكى مع مسؤولة السكن [[PERSON:شيفون أوبراين]] ومع الشرطية
[[PERSON:غوربريت]] من فريق الحي.

شو انحلّ: تغيّر الباب الأمامي بباب أمان جديد بنفس الأسبوع، وأخذت الشركة الجار للمحكمة وطلعلهم أمر
قضائي بحقه، ودفعت للعائلة ٤٠٠ جنيه تعويض. وشو تغيّر: صار فريق الإزعاج يجيب مترجم عربي لكل اجتماع،
ويتصل بالعائلة كل أسبوع ليطمّنوا.

[[PERSON:يزن]] الصغير ([[AGE:٨ سنين]]) رجع لحلقة القرآن بعد العصر، وأبوه بيقول: "الحمد لله، رجعنا ننام".

جزاكم الله خير، وكل الشكر للأخ [[PERSON:طارق]] ولكل مين دعا.

للمساعدة بمشاكل السكن: الأخ [[PERSON:طارق]] [[PHONE:07700 900174]]. سلة الطعام كل خميس بعد المغرب.
تابعونا على إنستغرام [[OTHER_ID:@masjidbilal.cov]].
"""),
    ),
    (
        "fv2bc-ar-04",
        "ar",
        _s("""
[[ADDRESS:حسينية الزهراء]] – مانشستر | النشرة الشهرية، شهر رجب

قضية من قضايا المؤمنين (تُنشر بموافقة العائلة)

الحاجة [[PERSON:أم حيدر]]، [[PERSON:زينب كاظم الساعدي]]، من روّاد الحسينية منذ تأسيسها، تسكن في
[[ADDRESS:الشقة رقم ٢٣]] من بناية [[ADDRESS:Dalton Court]]، [[POSTCODE:M16 7RF]]، وعمرها [[AGE:٧٨ عامًا]]
وتعاني من [[HEALTH:التهاب المفاصل]]. في الشتاء الماضي تعطّل المرجل سبع مرات. كان مهندس شركة
[[ORGANISATION:Ardwick Heat & Gas]]، واسمه [[PERSON:ماريوش]]، يقول في كل زيارة إنه يحتاج إلى تبديل، لكن
[[ORGANISATION:Irk Valley Homes]] رفضت بحجة الكلفة، فبقيت الحاجة أيامًا بلا تدفئة ولا ماء ساخن.

ابنها [[PERSON:حيدر]] يسكن في ليدز، فكتب الشكوى بالبريد الإلكتروني، وتابعها معها من الحسينية الأخ
[[PERSON:جعفر الطائي]] من لجنة الخدمات. وحين انتهت المرحلة الثانية بالرفض، رُفعت القضية إلى أمين المظالم
للإسكان (رقم القضية [[REFERENCE:202409915]])، وكتب عضو المجلس البلدي [[PERSON:تُندي أويلاران]] رسالة دعم.

كيف أُصلح الأمر: رُكّب مرجل جديد في شباط، وعُوّضت الحاجة بمبلغ ٦٥٠ جنيهًا، وأُعيدت لها كلفة الكهرباء
التي صرفتها على المدفأة الكهربائية. وما الذي تغيّر: صارت [[ORGANISATION:Irk Valley]] تبدّل المرجل تلقائيًا
إذا تعطّل ثلاث مرات خلال اثني عشر شهرًا، من غير انتظار شكوى.

تشكر الحاجة [[PERSON:أم حيدر]] الأخ [[PERSON:جعفر]] وكل من زارها وجاء لها بالطعام أيام البرد.

نسألكم الدعاء بالشفاء العاجل للحاج [[PERSON:جواد الكعبي]] الراقد في المستشفى إثر [[HEALTH:نوبة قلبية]].

مجلس العزاء الأسبوعي مساء الخميس بعد صلاة العشاءين. للتواصل مع لجنة الخدمات:
[[PHONE:0161 496 0159]]، أو [[EMAIL:khidma.alzahraa (at) example.com]].
"""),
    ),
    (
        "fv2bc-ar-05",
        "ar",
        _s("""
نشرة جمعية الجالية – عدد الخريف

«الحق ما كيضيعش»: قصة للّا [[PERSON:زهور]]

للّا [[PERSON:زهور الغزواني]] وزوجها سي [[PERSON:امحمد]] يسكنان منذ سنة ١٩٩٨ في [[ADDRESS:الشقة رقم ٨]]
بعمارة [[ADDRESS:Elkstone House]]، [[POSTCODE:W10 4NL]]. منذ أكثر من سنة بدأ الماء يتسرب من أنبوب تحت
حوض المطبخ، فانتفخ الخشب وظهرت الصراصير في كل مكان. كانت [[ORGANISATION:Kensal Vale Housing Trust]]
ترسل شركة [[ORGANISATION:Westbourne Plumbing Ltd]]، فيشدّ العامل البرغي ويذهب، ثم يعود التسرب بعد أسبوع.

ابنهما [[PERSON:أنس]] ([[AGE:١٤ سنة]])، وهو تلميذ في [[ADDRESS:Ladbroke Vale Academy]]، كان يترجم لوالديه
الرسائل والمكالمات، حتى صار يتغيّب عن دروسه. هنا تدخّلت الأخت [[PERSON:نادية الوزاني]] من لجنة الشؤون
الاجتماعية، ومعها المتطوعة [[PERSON:ميف]] ([[PERSON:Maeve Costigan]])، فكتبتا شكوى رسمية (المرجع
[[REFERENCE:KVHT/REP/55871]]) وطلبتا زيارة مفتش.

كيف تم الإصلاح: استُبدلت الأنابيب تحت المطبخ كلها، ورُكّبت أرضية جديدة، وعولج البيت من الحشرات ثلاث
مرات مع سدّ الشقوق، ودفعت المؤسسة ٤٠٠ جنيه تعويضًا مع اعتذار مكتوب بالعربية. وما الذي تغيّر: أصبحت
[[ORGANISATION:Kensal Vale]] تعيّن موظفًا مسؤولًا عن كل شكوى يتابعها حتى النهاية، وتقبل المراسلة بالعربية
والفرنسية، والجمعية تنظم الآن جلسة استشارة سكنية في أول سبت من كل شهر.

تقول للّا [[PERSON:زهور]]: "الله يجازي [[PERSON:نادية]] و[[PERSON:ميف]] بخير، ومن اليوم ما نسكتش".

تبرعات قفة رمضان: رمز الفرز [[OTHER_ID:20-71-64]]، رقم الحساب [[OTHER_ID:53827104]]، أو نقدًا في مكتب
الجمعية. للاستفسار: [[PHONE:020 7946 0394]].
"""),
    ),
    (
        "fv2bc-bn-01",
        "bn",
        _s("""
[[ADDRESS:বায়তুল আমান জামে মসজিদ]], [[ADDRESS:৩৮ হেলমসলি স্ট্রিট]], লন্ডন [[POSTCODE:E1 2QB]]
জুমার ঘোষণা ও সমাজকল্যাণ বার্তা

আলহামদুলিল্লাহ, আমাদের এক মুসল্লি পরিবারের সুখবর। খালাম্মার অনুমতি নিয়েই লিখছি।

খালাম্মা [[PERSON:জোবেদা খাতুন]] ([[AGE:৬৮ বছর]]) থাকেন [[ADDRESS:ক্রেসওয়েল হাউস]]-এর
[[ADDRESS:ফ্ল্যাট ৫২]]-তে। গত আগস্ট থেকে উপরের ফ্ল্যাট থেকে রান্নাঘরের ছাদ দিয়ে পানি চুঁইয়ে পড়ত,
একদিন সুইচবোর্ডে পানি ঢুকে পুরো বিদ্যুৎ চলে যায়। বাড়িওয়ালা [[ORGANISATION:লাইমহাউস কাট হাউজিং]]
([[ORGANISATION:Limehouse Cut Housing]])-কে বারবার ফোন করলে শুধু বলত "জব রেইজ করা হয়েছে"। তাদের ঠিকাদার
[[ORGANISATION:বো কমন বিল্ডার্স]] দুবার এসে একটা বালতি রেখে চলে যায়। খালাম্মার নাতি [[PERSON:রাইয়ান]],
সবাই যাকে [[PERSON:বাবলু]] ডাকে, বয়স [[AGE:১১]], অন্ধকারে বসে [[ADDRESS:দারুল হিকমাহ মাদ্রাসা]]-র পড়াও
করতে পারত না।

আমাদের সমাজকল্যাণ সম্পাদক জনাব [[PERSON:শামসুল হক তালুকদার]] খালাম্মাকে নিয়ে লিখিত অভিযোগ করেন
(রেফারেন্স [[REFERENCE:LCH-REP-90312]])। সাড়া না পেয়ে কাউন্সিলর [[PERSON:মেরেডিথ ডয়েল]]-কে চিঠি দেওয়া হয়,
তিনি নিজে এসে অবস্থা দেখে যান।

কীভাবে ঠিক হলো: উপরের ফ্ল্যাটের ফাটা পাইপ বদলানো হয়েছে, রান্নাঘরের ছাদ আর পুরো ওয়্যারিং নতুন করে
করা হয়েছে, আর খালাম্মা ৭৫০ পাউন্ড ক্ষতিপূরণ ও লিখিত ক্ষমা পেয়েছেন। কী বদলাল:
[[ORGANISATION:লাইমহাউস কাট]] এখন পানি চুঁইয়ে পড়ার খবর পেলে ২৪ ঘণ্টার মধ্যে লোক পাঠায়, আর একজন
বাংলাভাষী অফিসার রেখেছে।

খালাম্মা সবার কাছে দোয়া চেয়েছেন এবং [[PERSON:শামসুল]] ভাইকে বিশেষ ধন্যবাদ জানিয়েছেন।

দোয়ার দরখাস্ত: হাজী [[PERSON:আব্দুর রউফ]] সাহেব [[HEALTH:ডিমেনশিয়া]]-য় ভুগছেন, তাঁর জন্য দোয়া করবেন।

যোগাযোগ: [[PERSON:শামসুল হক]] ভাই, [[PHONE:০৭৭০০ ৯০০৮১৪]]। ফুড ব্যাংক প্রতি মঙ্গলবার আসরের পর
মসজিদের নিচতলায়; চাল, ডাল আর তেল দান করতে পারেন।
"""),
    ),
    (
        "fv2bc-bn-02",
        "bn",
        _s("""
কমিউনিটি অ্যাসোসিয়েশন নিউজলেটার, ওল্ডহাম: রমজান সংখ্যা

"ধৈর্য আর লেগে থাকা": একটি পরিবারের গল্প (পরিবারের সম্মতিতে)

ভাই [[PERSON:মুহিবুর রহমান তাপাদার]] ও ভাবি [[PERSON:সেলিনা]] থাকেন [[ADDRESS:29 Copster Hill Road]],
[[POSTCODE:ol81qs]]। তাঁদের ছেলে [[PERSON:তাহসিন]] ([[AGE:১৪ বছর]]) [[HEALTH:সেরিব্রাল পালসি]]-তে আক্রান্ত,
হুইলচেয়ারে চলে। বাথরুম দোতলায়, তাই প্রতিদিন সকালে তাকে কোলে করে সিঁড়ি দিয়ে নামাতে-ওঠাতে হতো।
কাউন্সিলের ওটি [[PERSON:গ্রানিয়া]] ([[PERSON:Gráinne Kelleher]]) দুই বছর আগে থ্রু-ফ্লোর লিফট আর নিচতলায়
ওয়েট রুমের সুপারিশ করেছিলেন, কিন্তু [[ORGANISATION:Pennine Edge Homes]] তিনবার রিপোর্ট "হারিয়ে" ফেলে।
পাশের বাসার [[PERSON:উইনস্টন]] চাচা অনেক সকাল নিজে এসে [[PERSON:তাহসিনকে]] নামাতে সাহায্য করেছেন।

আমাদের অ্যাসোসিয়েশনের হাউজিং ডেস্ক থেকে ভাই [[PERSON:রুহেল কয়েস]] লিখিত অভিযোগ করেন, দ্বিতীয় ধাপেও
সাড়া না পেয়ে হাউজিং অম্বুডসম্যানে যাওয়া হয় (কেস নম্বর [[REFERENCE:২০২৩১৮৮৪২]])।

কীভাবে ঠিক হলো: ফেব্রুয়ারিতে [[ORGANISATION:Saddleworth Adaptations Ltd]] থ্রু-ফ্লোর লিফট বসিয়েছে,
নিচতলায় ওয়েট রুম বানিয়েছে। দেরির জন্য পরিবার ১,৫০০ পাউন্ড ক্ষতিপূরণ আর লিখিত ক্ষমা পেয়েছে।
কী বদলাল: [[ORGANISATION:Pennine Edge]] এখন অ্যাডাপটেশনের প্রতিটি কেসের জন্য একজন নির্দিষ্ট অফিসার দেয়,
আর প্রতি মাসে পরিবারকে আপডেট জানায়।

[[PERSON:তাহসিন]] এখন নিজে নিজে গোসল করতে পারে, আর সময়মতো [[ADDRESS:হলিগ্রোভ স্কুল]]-এর বাসে ওঠে।
ভাবি [[PERSON:সেলিনা]] বলেন, "[[PERSON:উইনস্টন]] চাচা আর অ্যাসোসিয়েশনের ঋণ শোধ হবে না।"

ঈদ পুনর্মিলনী: ঈদের পরের শনিবার বিকেল ৪টায়, সবাই আমন্ত্রিত।

হাউজিং ডেস্ক: ভাই [[PERSON:রুহেল]], [[PHONE:0161 496 0732]], ইমেইল [[EMAIL:oldham.welfare@example.org]]।
"""),
    ),
    (
        "fv2bc-bn-03",
        "bn",
        _s("""
[[ADDRESS:তাকওয়া মসজিদ]], লুটন: বোনদের হালাকার খবর

আসসালামু আলাইকুম বোনেরা। আজ একটা আনন্দের খবর দিচ্ছি, বোন [[PERSON:রুমানা সুলতানা]]-র অনুমতি নিয়ে।

গত বছর [[PERSON:রুমানা]] আপাকে তাঁর যমজ ছেলেমেয়ে [[PERSON:আয়ান]] আর [[PERSON:আরিশা]] ([[AGE:৪ বছর]])
সহ একটা বি অ্যান্ড বি-র এক রুমে রাখে [[ORGANISATION:লুটন বরো কাউন্সিল]]। আইনে পরিবারকে ছয় সপ্তাহের
বেশি এভাবে রাখার কথা না, কিন্তু তাঁরা সেখানে ছিলেন সাত মাস। এক বাথরুম তিন পরিবারের, রান্নার
জায়গা নেই, বাচ্চারা রাতে ঘুমাতে পারত না।

আমাদের হালাকার [[PERSON:নাজনীন]] আপা আর [[OTHER_SPECIAL:নাইজেরিয়ান]] বোন [[PERSON:আমাকা ওনিয়েকা]] মিলে আগে কাউন্সিলে
লিখিত অভিযোগ করেন, তারপর হাউজিং অম্বুডসম্যানে যান (রেফারেন্স [[REFERENCE:HOM/২৪/১১৫৮]])। ভাই
[[PERSON:কামরান]] প্রতিটা চিঠি গুছিয়ে ফাইল করে রেখেছিলেন।

কীভাবে ঠিক হলো: অম্বুডসম্যানের রায়ের পর কাউন্সিল লিখিত ক্ষমা চেয়েছে, বি অ্যান্ড বি-তে থাকার
জন্য ২,১০০ পাউন্ড দিয়েছে, আর [[PERSON:রুমানা]] আপা এখন [[ORGANISATION:Chiltern Lea Housing]]-এর একটা
দুই বেডরুমের বাসায় থাকেন, [[ADDRESS:১১৩ হাইটাউন রোড]]-এ। যমজরা এখন [[ADDRESS:লিটল অ্যাকর্নস নার্সারি]]-তে
যায়। কী বদলাল: কাউন্সিল এখন প্রতি সপ্তাহে বি অ্যান্ড বি-র প্রতিটি পরিবারের কেস দেখে, আর ছয়
সপ্তাহ পার হলে একজন নির্দিষ্ট অফিসার দায়িত্ব নেন।

[[PERSON:রুমানা]] আপা বলেছেন, "একা হলে হাল ছেড়ে দিতাম। বোনেরা ছিল বলেই পেরেছি।"

দোয়া: [[PERSON:ফুলমতি]] নানির জন্য দোয়া করবেন, তিনি [[HEALTH:স্তন ক্যান্সার]]-এর চিকিৎসা নিচ্ছেন।

হালাকা প্রতি বৃহস্পতিবার সকাল ১০টায়। যোগাযোগ: [[PHONE:০৭৭০০ ৯০০২৬৯]], ইমেইল
[[EMAIL:bonder.halaqa অ্যাট example ডট com]]।
"""),
    ),
    (
        "fv2bc-bn-04",
        "bn",
        _s("""
[[ADDRESS:নূরুল হুদা মসজিদ]], [[ADDRESS:৬৪ ক্লেয়ার রোড]], কার্ডিফ [[POSTCODE:CF11 6QP]]: মাসিক বুলেটিন

সমাজসেবা বিভাগ থেকে একটি খবর (চাচার অনুমতিক্রমে)

চাচা [[PERSON:সৈয়দ আলতাফ আলী]] ([[AGE:৮১ বছর]]) থাকেন [[ADDRESS:লিস টেগিড]] ব্লকের
[[ADDRESS:ফ্ল্যাট ১৯]]-এ। গত বছর হঠাৎ তাঁর হিটিং চার্জের বিল দ্বিগুণ হয়ে যায়, আর
[[ORGANISATION:Cartrefi Glannau Taf]] জানায় তাঁর ১,৪০০ পাউন্ড বকেয়া, না দিলে আদালতে যাবে। চাচা জীবনে
কোনোদিন ভাড়া বাকি রাখেননি; চিঠি পেয়ে কয়েক রাত ঘুমাতে পারেননি।

তাঁর মেয়ের জামাই [[PERSON:আবদিওয়ালি]] আর মসজিদের সেক্রেটারি [[PERSON:আনোয়ার উদ্দিন খান]] মিলে কাগজপত্র
ঘেঁটে দেখেন, মিটারের রিডিং আসলে অন্য একটা ফ্ল্যাটের। তাঁরা টেন্যান্সি নম্বর
[[REFERENCE:CGT-T-048813]] দিয়ে লিখিত অভিযোগ করেন, আর হাউজিং অফিসার [[PERSON:Rhiannon Bevan]] নিজে এসে
মিটার দেখে যান।

কীভাবে ঠিক হলো: ১,৪০০ পাউন্ডের পুরো বকেয়া বাতিল হয়েছে, আদালতের হুমকির চিঠি প্রত্যাহার করে লিখিত
ক্ষমা চাওয়া হয়েছে, আর ২৫০ পাউন্ড ক্ষতিপূরণ দেওয়া হয়েছে। কী বদলাল: এখন বকেয়ার চিঠি পাঠানোর আগে
[[ORGANISATION:Cartrefi Glannau Taf]] ভাড়াটের সঙ্গে মিটার রিডিং মিলিয়ে নেয়, আর চিঠি ইংরেজি, ওয়েলশ ও
বাংলায় পাঠায়।

চাচার নাতনি [[PERSON:ইশাল]] আবার নিয়মিত [[ADDRESS:দারুস সুন্নাহ মক্তব]]-এ আসছে, কারণ দাদাভাই এখন
নিশ্চিন্ত।

দোয়া: ভাবি [[PERSON:মাহমুদা]] [[HEALTH:হাঁপানি]]-র জন্য হাসপাতালে ছিলেন, এখন বাড়িতে। সবাই দোয়া
করবেন।

সমাজসেবা বিভাগ: [[PHONE:০২৯ ২০১৮ ০৫৭৩]] (মাগরিবের পর)। শুক্রবারের কালেকশন মসজিদের ছাদ মেরামতের জন্য।
"""),
    ),
    (
        "fv2bc-bn-05",
        "bn",
        _s("""
*স্মল হিথ মহিলা কমিটি: ব্রডকাস্ট* 📢

আসসালামু আলাইকুম সবাইকে 🌸 একটা good news share করছি, [[PERSON:ডলি]] আপার permission নিয়ে।

আমাদের [[PERSON:দিলারা বেগম]] আপা (সবার [[PERSON:ডলি]] আপা) থাকেন [[ADDRESS:Kingfisher Heights]]-এর নয়
তলায়। প্রায় এক বছর বিল্ডিংয়ের main entrance-এর দরজা ভাঙা ছিল। অচেনা লোক সিঁড়িতে ঘুমাত, drugs নিত,
আর car park-এ আপার গাড়ি ([[OTHER_ID:BX15 KTF]]) দুবার ভেঙেছে। [[ORGANISATION:Cole Valley Homes]]-কে
report করলে শুধু ASB নম্বর দিত ([[REFERENCE:CVH/ASB/7741]]), কাজ কিছু হতো না।

তখন residents' association-এর chair [[PERSON:ডেলরয় ক্যাম্পবেল]] আঙ্কেল petition শুরু করেন, আমরা মহিলা
কমিটি থেকে ৮৬ জনের সই তুলি। আপার মেয়ে [[PERSON:তাসনিম]] Instagram-এ [[OTHER_ID:@kingfisher.heights.voice]]
নামে page খুলে সব ছবি দেয়। neighbourhood police-এর PC [[PERSON:কাতারজিনা]] নিজে এসে meeting-এ বসেন।

কী ঠিক হলো: [[ORGANISATION:Secure Entry Midlands]] fob দিয়ে নতুন দরজা লাগিয়েছে, car park-এ CCTV বসেছে,
রাতে patrol হয়। গাড়ির ক্ষতির জন্য আপা ৩০০ পাউন্ড পেয়েছেন, সঙ্গে লিখিত sorry। কী বদলাল:
[[ORGANISATION:Cole Valley]] এখন প্রতি মাসে residents-দের সঙ্গে block walkabout করে, আর security door
ভাঙলে ২৪ ঘণ্টার মধ্যে ঠিক করার কথা দিয়েছে।

[[PERSON:ডলি]] আপা বলেছেন সবাইকে থ্যাংক ইউ, বিশেষ করে [[PERSON:ডেলরয়]] আঙ্কেল আর [[PERSON:তাসনিম]]-কে 💐

এই শুক্রবার জুমার পর [[ADDRESS:মসজিদ-ই-হামজা]]-র মহিলা অংশে শুকরিয়ার দোয়া হবে, সবাই আসবেন।
Housing নিয়ে সমস্যা? [[EMAIL:smallheath.sisters@example.net]] বা [[PHONE:07700 900903]]-এ WhatsApp করুন।
"""),
    ),
    (
        "fv2bc-pa-01",
        "pa",
        _s("""
[[ADDRESS:ਗੁਰਦੁਆਰਾ ਸ੍ਰੀ ਗੁਰੂ ਅੰਗਦ ਦਰਬਾਰ]], [[ADDRESS:੧੨੭ Cranleigh Road]], ਸਾਊਥਾਲ [[POSTCODE:UB2 4HJ]]
ਸੰਗਤ ਲਈ ਸੂਚਨਾ ਪੱਤਰ, ਵਿਸਾਖੀ ਅੰਕ

ਸੇਵਾ ਦੀ ਇੱਕ ਕਹਾਣੀ (ਪਰਿਵਾਰ ਦੀ ਮਨਜ਼ੂਰੀ ਨਾਲ)

ਬੀਬੀ [[PERSON:ਜਸਵੀਰ ਕੌਰ ਗਿੱਲ]] ਜੀ, ਉਮਰ [[AGE:੮੨ ਸਾਲ]], [[ADDRESS:Dormers Court]] ਦੇ [[ADDRESS:ਫਲੈਟ ੩]] ਵਿੱਚ
ਰਹਿੰਦੇ ਹਨ। ਉਨ੍ਹਾਂ ਨੂੰ [[HEALTH:ਗਠੀਆ]] ਹੈ ਅਤੇ ਪਿਛਲੇ ਸਾਲ ਤੋਂ ਉਹ ਬਾਥ ਵਿੱਚ ਵੜ ਨਹੀਂ ਸਕਦੇ ਸਨ। ਓ.ਟੀ.
[[PERSON:ਫਿਓਨਾ]] ਨੇ ਵਾਕ-ਇਨ ਸ਼ਾਵਰ ਦੀ ਸਿਫ਼ਾਰਸ਼ ਕੀਤੀ, ਪਰ [[ORGANISATION:Brentside Homes]] ਨੇ ਗਿਆਰਾਂ ਮਹੀਨੇ
ਫਾਈਲ ਹੀ ਨਹੀਂ ਖੋਲ੍ਹੀ। ਬੀਬੀ ਜੀ ਹਫ਼ਤੇ ਵਿੱਚ ਇੱਕ ਵਾਰ ਧੀ ਦੇ ਘਰ ਨਹਾਉਣ ਜਾਂਦੇ ਸਨ।

ਵੈਲਫੇਅਰ ਕਮੇਟੀ ਦੇ ਸ. [[PERSON:ਹਰਭਜਨ ਸਿੰਘ ਮੱਲ੍ਹੀ]] ਨੇ ਬੀਬੀ ਜੀ ਨਾਲ ਬੈਠ ਕੇ ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਕੀਤੀ (ਹਵਾਲਾ
ਨੰਬਰ [[REFERENCE:BH/ADP/20417]])। ਪੋਤਰੇ [[PERSON:ਅਰਜਨ]] (ਘਰ ਦਾ ਨਾਂ [[PERSON:ਅੱਜੂ]]) ਨੇ ਈਮੇਲਾਂ
ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਲਿਖੀਆਂ। ਸਟੇਜ ਦੋ ਤੇ ਜਾ ਕੇ ਹਾਊਸਿੰਗ ਮੈਨੇਜਰ [[PERSON:Olumide Bakare]] ਨੇ ਆਪ ਆ ਕੇ ਹਾਲ
ਵੇਖਿਆ।

ਕਿਵੇਂ ਠੀਕ ਹੋਇਆ: ਮਾਰਚ ਵਿੱਚ [[ORGANISATION:Grand Union Builders]] ਨੇ ਵਾਕ-ਇਨ ਸ਼ਾਵਰ, ਫੜਨ ਵਾਲੀਆਂ ਰੇਲਿੰਗਾਂ
ਅਤੇ ਉੱਚੀ ਟਾਇਲਟ ਲਗਾ ਦਿੱਤੀ। ਬੀਬੀ ਜੀ ਨੂੰ ੪੫੦ ਪੌਂਡ ਮੁਆਵਜ਼ਾ ਅਤੇ ਮੁਆਫ਼ੀ ਦੀ ਚਿੱਠੀ ਮਿਲੀ। ਕੀ ਬਦਲਿਆ:
ਹੁਣ [[ORGANISATION:Brentside]] ਹਰ ਓ.ਟੀ. ਰਿਪੋਰਟ ਦਾ ਜਵਾਬ ੧੦ ਦਿਨਾਂ ਵਿੱਚ ਦਿੰਦਾ ਹੈ ਅਤੇ ਪੰਜਾਬੀ ਬੋਲਣ
ਵਾਲਾ ਸਟਾਫ਼ ਆਪ ਫ਼ੋਨ ਕਰਦਾ ਹੈ।

[[PERSON:ਅੱਜੂ]] ਹੁਣ ਫਿਰ ਹਰ ਸ਼ਨੀਵਾਰ [[ADDRESS:ਗੁਰੂ ਹਰਿਕ੍ਰਿਸ਼ਨ ਪੰਜਾਬੀ ਸਕੂਲ]] ਜਾਂਦਾ ਹੈ, ਕਿਉਂਕਿ ਦਾਦੀ ਜੀ
ਨੂੰ ਹੁਣ ਨਹਾਉਣ ਲਈ ਉਸ ਦੀ ਮਦਦ ਦੀ ਲੋੜ ਨਹੀਂ ਪੈਂਦੀ।

ਅਰਦਾਸ: ਸ. [[PERSON:ਮਹਿੰਦਰਪਾਲ ਸਿੰਘ ਕਲਸੀ]] ਜੀ ਦੀ ਚੜ੍ਹਦੀ ਕਲਾ ਲਈ, ਜੋ [[HEALTH:ਕੈਂਸਰ]] ਦਾ ਇਲਾਜ ਕਰਵਾ
ਰਹੇ ਹਨ।

ਵੈਲਫੇਅਰ ਕਮੇਟੀ: [[PERSON:ਹਰਭਜਨ ਸਿੰਘ]] ਜੀ, [[PHONE:੦੭੭੦੦ ੯੦੦੩੪੧]]। ਲੰਗਰ ਦੀ ਸੇਵਾ ਲਈ ਨਾਂ ਦਫ਼ਤਰ ਵਿੱਚ
ਲਿਖਵਾਓ।
"""),
    ),
    (
        "fv2bc-pa-02",
        "pa",
        _s("""
[[ADDRESS:ਸ੍ਰੀ ਗੁਰੂ ਰਵਿਦਾਸ ਭਵਨ]], ਲੈਸਟਰ: ਹਫ਼ਤਾਵਾਰੀ ਸੂਚਨਾ

ਸੰਗਤ ਜੀ, ਅੱਜ ਅਸੀਂ ਇੱਕ ਪਰਿਵਾਰ ਦੀ ਖ਼ੁਸ਼ਖ਼ਬਰੀ ਸਾਂਝੀ ਕਰ ਰਹੇ ਹਾਂ, ਉਨ੍ਹਾਂ ਦੀ ਇਜਾਜ਼ਤ ਨਾਲ।

ਭਾਈ [[PERSON:ਬਲਵਿੰਦਰ ਕੁਮਾਰ ਬੰਗੜ]] ਅਤੇ ਭੈਣ ਜੀ [[PERSON:ਸੀਮਾ ਰਾਣੀ]] ਆਪਣੀਆਂ ਦੋ ਧੀਆਂ
[[PERSON:ਜੈਸਮੀਨ]] ([[AGE:੧੫ ਸਾਲ]]) ਅਤੇ [[PERSON:ਨਵਨੀਤ]] ([[AGE:੯ ਸਾਲ]]) ਨਾਲ [[ADDRESS:੪੧ ਕੈਨਮੋਰ ਸਟਰੀਟ]],
[[POSTCODE:le5 3gn]] ਵਿਖੇ ਦੋ ਕਮਰਿਆਂ ਦੇ ਫਲੈਟ ਵਿੱਚ ਰਹਿੰਦੇ ਸਨ। ਕੰਧਾਂ ਤੇ ਸਿੱਲ੍ਹ ਅਤੇ ਉੱਲੀ ਸੀ, ਅਤੇ
[[PERSON:ਨਵਨੀਤ]] ਦਾ [[HEALTH:ਦਮਾ]] ਵਿਗੜਦਾ ਜਾ ਰਿਹਾ ਸੀ। [[ORGANISATION:ਲੈਸਟਰ ਸਿਟੀ ਕੌਂਸਲ]] ਨੇ ਡਾਕਟਰ ਦੀ ਚਿੱਠੀ
ਦੇ ਬਾਵਜੂਦ ਉਨ੍ਹਾਂ ਨੂੰ ਹਾਊਸਿੰਗ ਰਜਿਸਟਰ ਤੇ ਬੈਂਡ ਸੀ ਵਿੱਚ ਹੀ ਰੱਖਿਆ (ਰਜਿਸਟਰ ਨੰਬਰ
[[REFERENCE:HR-447190]]), ਅਤੇ [[ORGANISATION:Soar Valley Damp Proofing]] ਦੋ ਵਾਰ ਆ ਕੇ ਸਿਰਫ਼ ਸਪਰੇਅ ਕਰ
ਗਈ।

ਭਵਨ ਦੇ ਪ੍ਰਧਾਨ ਜੀ [[PERSON:ਦਰਸ਼ਨ ਰਾਮ ਜੱਸਲ]] ਨੇ ਪਰਿਵਾਰ ਨਾਲ ਮਿਲ ਕੇ ਮੈਡੀਕਲ ਫ਼ਾਰਮ ਦੁਬਾਰਾ ਭਰਿਆ ਅਤੇ
ਰਸਮੀ ਸ਼ਿਕਾਇਤ ਕੀਤੀ। ਕੌਂਸਲ ਦੀ ਅਫ਼ਸਰ [[PERSON:ਓਲੂਵਾਸੇਉਨ]] ਨੇ ਆਪ ਘਰ ਆ ਕੇ ਉੱਲੀ ਦੀਆਂ ਫ਼ੋਟੋਆਂ ਲਈਆਂ।

ਕਿਵੇਂ ਠੀਕ ਹੋਇਆ: ਦੁਬਾਰਾ ਜਾਂਚ ਤੋਂ ਬਾਅਦ ਪਰਿਵਾਰ ਨੂੰ ਬੈਂਡ ਏ ਮਿਲਿਆ, ਦੇਰੀ ਲਈ ੩੫੦ ਪੌਂਡ ਮੁਆਵਜ਼ਾ ਮਿਲਿਆ,
ਅਤੇ ਪਿਛਲੇ ਮਹੀਨੇ ਉਨ੍ਹਾਂ ਨੂੰ ਤਿੰਨ ਕਮਰਿਆਂ ਵਾਲਾ ਘਰ ਮਿਲ ਗਿਆ। ਕੀ ਬਦਲਿਆ: ਹੁਣ ਕੌਂਸਲ ਦੀ ਮੈਡੀਕਲ ਟੀਮ
ਹਰ ਬੱਚੇ ਦੀ ਸਿਹਤ ਵਾਲੀ ਅਰਜ਼ੀ ੨੮ ਦਿਨਾਂ ਵਿੱਚ ਵੇਖਦੀ ਹੈ।

ਭੈਣ [[PERSON:ਸੀਮਾ]] ਜੀ ਕਹਿੰਦੇ ਹਨ ਕਿ ਹੁਣ ਕੁੜੀਆਂ ਆਪਣੇ-ਆਪਣੇ ਕਮਰੇ ਵਿੱਚ ਪੜ੍ਹਦੀਆਂ ਹਨ, ਅਤੇ
[[PERSON:ਜੈਸਮੀਨ]] ਦੇ ਜੀ.ਸੀ.ਐੱਸ.ਈ. ਦੇ ਪੇਪਰ ਚੰਗੇ ਹੋਏ। ਦੋਵੇਂ ਕੁੜੀਆਂ ਐਤਵਾਰ ਨੂੰ
[[ADDRESS:ਬੇਗਮਪੁਰਾ ਪੰਜਾਬੀ ਸਕੂਲ]] ਵਿੱਚ ਵੀ ਆਉਂਦੀਆਂ ਹਨ।

ਘਰ ਦੀ ਸਮੱਸਿਆ ਹੋਵੇ ਤਾਂ ਸੰਪਰਕ ਕਰੋ: [[PHONE:0116 496 0427]], [[EMAIL:sewa.leicester@example.net]]।
ਗੁਰਪੁਰਬ ਦੇ ਲੰਗਰ ਲਈ ਰਸਦ ਸ਼ਨੀਵਾਰ ਤੱਕ ਭਵਨ ਵਿੱਚ ਪਹੁੰਚਾਓ ਜੀ।
"""),
    ),
    (
        "fv2bc-pa-03",
        "pa",
        _s("""
🙏 ਵਾਹਿਗੁਰੂ ਜੀ ਕਾ ਖ਼ਾਲਸਾ, ਵਾਹਿਗੁਰੂ ਜੀ ਕੀ ਫ਼ਤਹਿ 🙏
[[ADDRESS:ਗੁਰਦੁਆਰਾ ਸੱਚਖੰਡ ਦਰਬਾਰ]] ਵੁਲਵਰਹੈਂਪਟਨ, ਬ੍ਰੌਡਕਾਸਟ

ਸੰਗਤ ਜੀ, ਬਾਪੂ ਜੀ [[PERSON:ਗੁਰਮੇਲ ਸਿੰਘ ਬਾਸੀ]] ([[AGE:੮੭ ਸਾਲ]]) ਅਤੇ ਬੇਬੇ ਜੀ [[PERSON:ਕਰਤਾਰ ਕੌਰ]] ਦੇ
ਘਰ ਦੀ ਖ਼ਬਰ ਸਾਂਝੀ ਕਰ ਰਹੇ ਹਾਂ। ਉਹ ਚਾਲੀ ਸਾਲ ਤੋਂ [[ADDRESS:੨੨ Goldthorn Avenue]], [[POSTCODE:WV4 5AX]] ਵਿੱਚ
ਰਹਿੰਦੇ ਹਨ। ਪਿਛਲੇ ਸਾਲ ਰਸੋਈ ਦਾ ਫ਼ਰਸ਼ ਸਿੱਲ੍ਹ ਨਾਲ ਗਲ ਕੇ ਧੱਸ ਗਿਆ ਅਤੇ ਬੇਬੇ ਜੀ ਦਾ ਪੈਰ ਵਿੱਚ ਫਸ
ਗਿਆ। ਬਾਪੂ ਜੀ ਨੂੰ [[HEALTH:ਪਾਰਕਿੰਸਨ]] ਹੈ, ਉਹ ਉਸ ਰਸੋਈ ਵਿੱਚ ਜਾ ਹੀ ਨਹੀਂ ਸਕਦੇ ਸਨ।
[[ORGANISATION:Penn Fields Housing Co-op]] ਨੇ [[ORGANISATION:Tettenhall Flooring Services]] ਭੇਜੀ, ਜਿਨ੍ਹਾਂ ਨੇ
ਉੱਤੇ ਪਲਾਈ ਦਾ ਫੱਟਾ ਰੱਖ ਦਿੱਤਾ ਅਤੇ ਚਲੇ ਗਏ। ਤਿੰਨ ਮਹੀਨੇ ਕੁਝ ਨਹੀਂ ਹੋਇਆ।

ਫਿਰ ਪੋਤੀ [[PERSON:ਹਰਲੀਨ]] ਨੇ TikTok ਤੇ [[OTHER_ID:@harleen.k.writes]] ਤੋਂ ਵੀਡੀਓ ਪਾਈ, ਅਤੇ ਸਾਡੇ ਸੇਵਾਦਾਰ
[[PERSON:ਕੀਰਨ ਮੈਕਗ੍ਰਾ]] ਨੇ ਬਾਪੂ ਜੀ ਨਾਲ ਬੈਠ ਕੇ ਰਸਮੀ ਸ਼ਿਕਾਇਤ ਲਿਖੀ (ਨੰਬਰ [[REFERENCE:PFHC-2291]])।
ਕੋ-ਆਪ ਦੀ ਮੈਨੇਜਰ [[PERSON:Aoife Tierney]] ਦੂਜੇ ਦਿਨ ਹੀ ਘਰ ਆ ਗਈ।

ਕੀ ਠੀਕ ਹੋਇਆ ✅ ਪੂਰਾ ਫ਼ਰਸ਼ ਅਤੇ ਹੇਠਲੇ ਸ਼ਤੀਰ ਨਵੇਂ ਪਏ, ਕੰਧਾਂ ਵਿੱਚ ਡੈਂਪ ਪਰੂਫ਼ ਕੋਰਸ ਲੱਗਿਆ, ਨਵੀਂ
ਰਸੋਈ ਬਣੀ। ਕੰਮ ਵੇਲੇ ਦੋਵੇਂ ਤਿੰਨ ਹਫ਼ਤੇ ਪੁੱਤ ਦੇ ਘਰ ਰਹੇ, ਖ਼ਰਚਾ ਕੋ-ਆਪ ਨੇ ਦਿੱਤਾ, ਅਤੇ ੬੦੦ ਪੌਂਡ ਮੁਆਵਜ਼ਾ
ਵੀ ਮਿਲਿਆ। ਕੀ ਬਦਲਿਆ ✅ [[ORGANISATION:Penn Fields]] ਹੁਣ ੧੯੫੦ ਤੋਂ ਪਹਿਲਾਂ ਦੇ ਸਾਰੇ ਘਰਾਂ ਦੇ ਫ਼ਰਸ਼ ਚੈੱਕ
ਕਰ ਰਹੀ ਹੈ, ਅਤੇ ਧੱਸੇ ਫ਼ਰਸ਼ ਨੂੰ ਐਮਰਜੈਂਸੀ ਮੰਨਦੀ ਹੈ।

ਬਾਪੂ ਜੀ ਵੱਲੋਂ ਸਾਰੀ ਸੰਗਤ ਦਾ ਧੰਨਵਾਦ, ਖ਼ਾਸ ਕਰਕੇ [[PERSON:ਕੀਰਨ]] ਵੀਰ ਜੀ ਅਤੇ [[PERSON:ਹਰਲੀਨ]] ਬੇਟੀ ਦਾ 🙏

ਐਤਵਾਰ ਸ਼ੁਕਰਾਨੇ ਦਾ ਪਾਠ ਰੱਖਿਆ ਹੈ, ਭੋਗ ੧੧ ਵਜੇ। ਘਰ ਦੀ ਕੋਈ ਸਮੱਸਿਆ ਹੋਵੇ ਤਾਂ ਵੈਲਫੇਅਰ ਡੈਸਕ:
[[PHONE:07700 900712]]
"""),
    ),
    (
        "fv2bc-pa-04",
        "pa",
        _s("""
[[ADDRESS:ਗੁਰਦੁਆਰਾ ਖ਼ਾਲਸਾ ਦਰਬਾਰ ਕਲਾਈਡਸਾਈਡ]], ਗਲਾਸਗੋ: ਮਹੀਨਾਵਾਰ ਸੂਚਨਾ ਪੱਤਰ

ਸੰਗਤ ਦੀ ਸੇਵਾ: ਇੱਕ ਭੈਣ ਦੀ ਕਹਾਣੀ (ਉਨ੍ਹਾਂ ਦੀ ਸਹਿਮਤੀ ਨਾਲ)

ਭੈਣ ਜੀ [[PERSON:ਸੁਖਵੰਤ ਕੌਰ ਧਾਲੀਵਾਲ]], [[AGE:੬੯ ਸਾਲ]], ਇਕੱਲੇ [[ADDRESS:੧੪ Glencairn Drive, ਫਲੈਟ ੨/੧]],
[[POSTCODE:G41 4LN]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ। ਉਨ੍ਹਾਂ ਨੂੰ [[HEALTH:ਸੀ.ਓ.ਪੀ.ਡੀ.]] ਹੈ। ਪਿਛਲੀ ਸਰਦੀ ਬੈਠਕ ਦੀ
ਵੱਡੀ ਖਿੜਕੀ ਦਾ ਫ਼ਰੇਮ ਗਲ ਗਿਆ, ਸ਼ੀਸ਼ਾ ਤਿੜਕ ਗਿਆ ਅਤੇ ਠੰਢੀ ਹਵਾ ਸਾਰੀ ਰਾਤ ਅੰਦਰ ਆਉਂਦੀ ਰਹੀ।
[[ORGANISATION:Clydeview Housing Association]] ਨੇ [[ORGANISATION:McInnes Window Systems]] ਭੇਜੀ, ਜਿਨ੍ਹਾਂ
ਨੇ ਟੇਪ ਲਾ ਕੇ ਕਿਹਾ ਕਿ ਨਵੀਂ ਖਿੜਕੀ "ਅਗਲੇ ਸਾਲ ਦੇ ਪ੍ਰੋਗਰਾਮ" ਵਿੱਚ ਆਵੇਗੀ।

ਭੈਣ ਜੀ ਦੀ ਧੀ [[PERSON:ਪ੍ਰਭਜੋਤ]] (ਸਭ ਉਸ ਨੂੰ [[PERSON:ਜੋਤੀ]] ਕਹਿੰਦੇ ਹਨ) ਲੰਡਨ ਰਹਿੰਦੀ ਹੈ, ਇਸ ਲਈ ਗੁਰਦੁਆਰੇ ਦੀ
ਵੈਲਫੇਅਰ ਕਮੇਟੀ ਦੇ ਸ. [[PERSON:ਤਰਲੋਚਨ ਸਿੰਘ ਆਨੰਦ]] ਨੇ ਸ਼ਿਕਾਇਤ ਲਿਖੀ (ਹਵਾਲਾ [[REFERENCE:CHA-C-0518]])। ਹਾਊਸਿੰਗ
ਅਫ਼ਸਰ [[PERSON:ਐਲਸਪੈਥ ਮੁਨਰੋ]] ਨੇ ਜੀ.ਪੀ. ਦੀ ਚਿੱਠੀ ਵੇਖ ਕੇ ਕੇਸ ਨੂੰ ਮੈਡੀਕਲ ਤਰਜੀਹ ਦਿੱਤੀ। ਗੁਆਂਢਣ
[[PERSON:ਨਸੀਮ]] ਬਾਜੀ ਹਰ ਰੋਜ਼ ਭੈਣ ਜੀ ਦਾ ਹਾਲ ਪੁੱਛਦੀ ਰਹੀ ਅਤੇ ਰੋਟੀ ਲਿਆਉਂਦੀ ਰਹੀ।

ਕਿਵੇਂ ਠੀਕ ਹੋਇਆ: ਤਿੰਨ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਸਾਰੇ ਫਲੈਟ ਦੀਆਂ ਖਿੜਕੀਆਂ ਡਬਲ ਗਲੇਜ਼ਿੰਗ ਨਾਲ ਬਦਲੀਆਂ ਗਈਆਂ,
ਹੀਟਿੰਗ ਦੇ ਵਾਧੂ ਖ਼ਰਚੇ ਲਈ ੩੦੦ ਪੌਂਡ ਮਿਲੇ, ਅਤੇ ਐਸੋਸੀਏਸ਼ਨ ਨੇ ਲਿਖਤੀ ਮੁਆਫ਼ੀ ਮੰਗੀ। ਕੀ ਬਦਲਿਆ:
[[ORGANISATION:Clydeview]] ਹੁਣ ਸਾਹ ਦੀ ਬਿਮਾਰੀ ਵਾਲੇ ਕਿਰਾਏਦਾਰਾਂ ਦੀਆਂ ਖਿੜਕੀਆਂ ਦੀ ਮੁਰੰਮਤ ਨੂੰ ਪਹਿਲ ਦਿੰਦੀ ਹੈ।

ਭੈਣ ਜੀ ਸਾਰੀ ਸੰਗਤ ਦਾ, ਸ. [[PERSON:ਤਰਲੋਚਨ ਸਿੰਘ]] ਜੀ ਦਾ ਅਤੇ [[PERSON:ਨਸੀਮ]] ਬਾਜੀ ਦਾ ਧੰਨਵਾਦ ਕਰਦੇ ਹਨ।

ਗੋਲਕ ਦੀ ਭੇਟਾ ਔਨਲਾਈਨ: ਸੌਰਟ ਕੋਡ [[OTHER_ID:83-06-19]], ਖਾਤਾ ਨੰਬਰ [[OTHER_ID:00412987]]। ਵੈਲਫੇਅਰ
ਕਮੇਟੀ: [[PHONE:0141 496 0388]]।
"""),
    ),
    (
        "fv2bc-pa-05",
        "pa",
        _s("""
[[ADDRESS:ਗੁਰਦੁਆਰਾ ਸਿੰਘ ਸਭਾ ਪੈਰੋਕ ਰੋਡ]], ਗ੍ਰੇਵਜ਼ੈਂਡ: ਪੰਜਾਬੀ ਸਕੂਲ ਵੱਲੋਂ ਸੰਗਤ ਨੂੰ ਸੁਨੇਹਾ

ਸਾਡੇ ਪੰਜਾਬੀ ਸਕੂਲ ਦੇ ਇੱਕ ਪਰਿਵਾਰ ਨੇ ਇਜਾਜ਼ਤ ਦਿੱਤੀ ਹੈ ਕਿ ਉਨ੍ਹਾਂ ਦੀ ਗੱਲ ਸੰਗਤ ਨਾਲ ਸਾਂਝੀ ਕੀਤੀ ਜਾਵੇ।

ਵੀਰ [[PERSON:ਅਮਨਦੀਪ ਸਿੰਘ ਜੌਹਲ]] ਦੇ ਪਿਤਾ ਜੀ ਪਿਛਲੇ ਸਾਲ ਅਕਾਲ ਚਲਾਣਾ ਕਰ ਗਏ। ਘਰ
[[ADDRESS:੯੦ ਵਿੰਡਮਿਲ ਸਟਰੀਟ]], [[POSTCODE:DA12 1BQ]] ਦਾ ਕਿਰਾਇਆ-ਨਾਮਾ ਪਿਤਾ ਜੀ ਦੇ ਨਾਂ ਸੀ, ਜਦਕਿ ਵੀਰ
ਜੀ ਉਨ੍ਹਾਂ ਦੀ ਦੇਖਭਾਲ ਲਈ ਬਾਰਾਂ ਸਾਲ ਉੱਥੇ ਹੀ ਰਹੇ। [[ORGANISATION:Medway Estuary Homes]] ਨੇ ਕਿਹਾ ਕਿ
ਉਨ੍ਹਾਂ ਦਾ ਹੱਕ ਨਹੀਂ ਬਣਦਾ ਅਤੇ ਦੋ ਮਹੀਨਿਆਂ ਵਿੱਚ ਘਰ ਖ਼ਾਲੀ ਕਰਨ ਦਾ ਨੋਟਿਸ ਭੇਜ ਦਿੱਤਾ (ਕਿਰਾਏਦਾਰੀ ਨੰਬਰ
[[REFERENCE:MEH/T/301866]])। ਘਰ ਵਿੱਚ ਪਤਨੀ [[PERSON:ਰੂਪਿੰਦਰ]] ([[PERSON:ਰੂਪੀ]]), ਧੀ [[PERSON:ਏਕਮ]]
([[AGE:੬ ਸਾਲ]]) ਅਤੇ ਨਵਾਂ ਜੰਮਿਆ ਕਾਕਾ ਸੀ।

ਸਕੂਲ ਦੀ ਟੀਚਰ ਭੈਣ ਜੀ [[PERSON:ਗੁਰਪ੍ਰੀਤ ਕੌਰ ਪੁਰੇਵਾਲ]] ਨੇ ਪਰਿਵਾਰ ਨੂੰ ਵਕੀਲ ਬੀਬੀ
[[PERSON:ਚਿਆਮਾਕਾ ਓਬੀਓਰਾ]] ਨਾਲ ਮਿਲਾਇਆ, ਜਿਨ੍ਹਾਂ ਨੇ ਮੁਫ਼ਤ ਸਲਾਹ ਦਿੱਤੀ ਅਤੇ ਰਸਮੀ ਸ਼ਿਕਾਇਤ ਲਿਖੀ। ਪਤਾ ਲੱਗਾ
ਕਿ ਕਿਰਾਏ ਦੇ ਪੁਰਾਣੇ ਇਕਰਾਰਨਾਮੇ ਅਨੁਸਾਰ ਪਰਿਵਾਰ ਦੇ ਜੀਅ ਨੂੰ ਵਿਰਾਸਤ ਦਾ ਹੱਕ ਸੀ।

ਕਿਵੇਂ ਠੀਕ ਹੋਇਆ: ਨੋਟਿਸ ਵਾਪਸ ਲਿਆ ਗਿਆ, ਕਿਰਾਇਆ-ਨਾਮਾ ਵੀਰ [[PERSON:ਅਮਨਦੀਪ]] ਦੇ ਨਾਂ ਹੋ ਗਿਆ, ਅਤੇ
ਪਰੇਸ਼ਾਨੀ ਲਈ ੫੦੦ ਪੌਂਡ ਅਤੇ ਮੁਆਫ਼ੀ ਦੀ ਚਿੱਠੀ ਮਿਲੀ। ਕੀ ਬਦਲਿਆ: [[ORGANISATION:Medway Estuary]] ਹੁਣ
ਕਿਸੇ ਕਿਰਾਏਦਾਰ ਦੀ ਮੌਤ ਤੋਂ ਬਾਅਦ ਨੋਟਿਸ ਭੇਜਣ ਤੋਂ ਪਹਿਲਾਂ ਪਰਿਵਾਰ ਨੂੰ ਘਰ ਆ ਕੇ ਮਿਲਦੀ ਹੈ ਅਤੇ ਪੁਰਾਣੇ
ਇਕਰਾਰਨਾਮੇ ਚੈੱਕ ਕਰਦੀ ਹੈ।

ਵਧਾਈਆਂ: ਕਾਕਾ [[PERSON:ਫ਼ਤਹਿਜੀਤ]] ਦਾ ਜਨਮ [[DATE_OF_BIRTH:੩ ਮਾਰਚ ੨੦੨੫]] ਨੂੰ ਹੋਇਆ। ਪਰਿਵਾਰ ਵੱਲੋਂ ਐਤਵਾਰ
ਨੂੰ ਸ਼ੁਕਰਾਨੇ ਦੀ ਅਰਦਾਸ ਅਤੇ ਲੰਗਰ ਹੈ। [[PERSON:ਏਕਮ]] ਹਰ ਸ਼ਨੀਵਾਰ ਸਾਡੇ [[ADDRESS:ਬਾਬਾ ਫ਼ਤਹਿ ਸਿੰਘ ਪੰਜਾਬੀ ਸਕੂਲ]]
ਦੀ ਪਹਿਲੀ ਜਮਾਤ ਵਿੱਚ ਪੜ੍ਹਦੀ ਹੈ।

ਸੰਪਰਕ: [[PHONE:07700 900158]], [[EMAIL:gravesend.sewa@example.com]]।
"""),
    ),
    (
        "fv2bc-pl-01",
        "pl",
        _s("""
[[ADDRESS:Parafia św. Jadwigi Królowej]], [[ADDRESS:17 Carbery Avenue]], Londyn [[POSTCODE:W3 9AL]].
OGŁOSZENIA DUSZPASTERSKIE, III Niedziela Wielkanocna

1. Z życia parafii: sprawa mieszkaniowa (za zgodą zainteresowanej). Wielu z Was zna panią
[[PERSON:Krystynę Wąsowicz]], która od lat prowadzi nasze Koło Różańcowe. Pani [[PERSON:Krysia]]
([[AGE:79 lat]]) mieszka przy [[ADDRESS:Elthorne Way 48]], [[POSTCODE:W7 2QS]]. W październiku z mieszkania
nad nią zaczęła przeciekać woda, a w listopadzie w kuchni spadł kawałek sufitu.
[[ORGANISATION:Brentham Housing Association]] przez sześć tygodni przysyłała firmę
[[ORGANISATION:Westway Maintenance Services]], która podstawiała miskę i „monitorowała sytuację”.

Pani [[PERSON:Dorota Pawlikowska]] z naszej poradni parafialnej pomogła pani [[PERSON:Krystynie]] złożyć
formalną skargę (nr [[REFERENCE:BHA/2024/11873]]), a [[PERSON:Kuba]] z grupy ministrantów zrobił zdjęcia i
wysłał je mailem. Odpowiedź po angielsku przetłumaczyła pani [[PERSON:Oksana Hnatiuk]].

Co naprawiono: wymieniono pęknięty pion kanalizacyjny u sąsiada, sufit w kuchni położono od nowa,
mieszkanie osuszono i odmalowano. Pani [[PERSON:Krystyna]] dostała 700 funtów rekompensaty i list z
przeprosinami. Co się zmieniło: [[ORGANISATION:Brentham]] zobowiązało się, że przy każdym przecieku z
sufitu inspektor przyjdzie w ciągu 48 godzin, a nie dopiero po trzecim zgłoszeniu.

Pani [[PERSON:Krysia]] dziękuje pani [[PERSON:Dorocie]], [[PERSON:Kubie]] i wszystkim, którzy się za nią
modlili. Ks. [[PERSON:Remigiusz]] odwiedzał ją z Komunią świętą, kiedy nie mogła wychodzić z domu.

2. Poradnia parafialna jest czynna w środy po Mszy wieczornej; kontakt: [[PHONE:+44 7700 900 652]],
[[EMAIL:poradnia.jadwiga@example.org]].

3. Polecamy modlitwie chorych, zwłaszcza pana [[PERSON:Tadeusza Gromka]] po [[HEALTH:zawale]].

4. Zbiórka na bank żywności w przyszłą niedzielę przy wyjściu z kościoła: makaron, konserwy, kawa.
"""),
    ),
    (
        "fv2bc-pl-02",
        "pl",
        _s("""
Wieści z [[ADDRESS:Parafii Matki Bożej Częstochowskiej]] w Slough 🙏

Kochani, dziś dobra wiadomość, którą dzielimy się za zgodą rodziny [[PERSON:Sroków]].

[[PERSON:Magda]] i [[PERSON:Wojtek Sroka]] z dziećmi, [[PERSON:Hanią]] ([[AGE:5 lat]]) i
[[PERSON:Antosiem]] ([[AGE:2 latka]]), przez dziewięć miesięcy mieszkali w jednym pokoju w B&B, do którego
skierowała ich [[ORGANISATION:Slough Borough Council]]. Wspólna łazienka na korytarzu, bez kuchni,
obiady z mikrofalówki. Przepisy mówią o najwyżej sześciu tygodniach dla rodzin z dziećmi, a urzędnicy
ciągle przedłużali pobyt.

Pan [[PERSON:Séamus Dunleavy]] z naszego parafialnego zespołu pomocy pomógł [[PERSON:Magdzie]] napisać skargę,
a potem zgłosić sprawę do Housing Ombudsman (nr sprawy [[REFERENCE:202421067]]). Ks. proboszcz
[[PERSON:Bogusław]] napisał list poparcia, a [[PERSON:Wojtkowi]] koledzy z pracy pomagali przy
przeprowadzce.

Co naprawiono: rada przeprosiła na piśmie i wypłaciła 1800 funtów rekompensaty, a w marcu rodzina
dostała dwupokojowe mieszkanie od [[ORGANISATION:Thames Meadow Homes]], [[ADDRESS:mieszkanie 11]] w
[[ADDRESS:Lansdowne Court]]. Co się zmieniło: rada sprawdza teraz co tydzień każdą rodzinę w B&B, a po
szóstym tygodniu sprawę przejmuje jeden wyznaczony urzędnik.

[[PERSON:Hania]] dalej chodzi w soboty do [[ADDRESS:Polskiej Szkoły Sobotniej im. Marii Konopnickiej]] i
pierwszy raz ma własne biurko. [[PERSON:Magda]] opisała całą drogę na swoim profilu
[[OTHER_ID:facebook.com/magda.sroka.77]], może komuś się przyda.

Pani [[PERSON:Magda]] prosi, żeby podziękować panu [[PERSON:Séamusowi]] i wszystkim, którzy przynosili
obiady. Jeśli ktoś jest w podobnej sytuacji: [[PHONE:07700 900318]] (zespół pomocy, SMS lub WhatsApp).

Kawa i ciasto po Mszy o 12:30 w sali parafialnej, dochód na bank żywności.
"""),
    ),
    (
        "fv2bc-pl-03",
        "pl",
        _s("""
Polska wspólnota przy [[ADDRESS:kościele św. Kolumby]], Edynburg: biuletyn niedzielny

Z naszej wspólnoty (za zgodą pana [[PERSON:Henryka]]). Pan [[PERSON:Henryk Maślanka]], [[AGE:72 lata]],
mieszka przy [[ADDRESS:231 Leith Walk, 3F2]], [[POSTCODE:EH6 8NP]]. Zimą okna w jego mieszkaniu, stare
skrzynkowe okna, przestały się domykać, a po ścianach spływała woda. Pan [[PERSON:Henryk]] choruje na
[[HEALTH:POChP]], więc każda noc w zimnym mieszkaniu była dla niego groźna.

Kiedy zgłosił naprawę, [[ORGANISATION:Forth Harbour Housing Co-operative]] odpisała, że najpierw musi
„sprawdzić jego status”, bo ma [[OTHER_SPECIAL:pre-settled status]], i wstrzymała zlecenie. To było
niezgodne z prawem: najemca, który mieszka tu od lat, ma prawo do napraw jak każdy inny.

Pomógł pan [[PERSON:Bohdan Krawczuk]], który woził pana [[PERSON:Henryka]] na spotkania, oraz
[[PERSON:Emeka Nwosu]] z komitetu lokatorów spółdzielni. Złożyli skargę (nr [[REFERENCE:FHH-R-30914]]), a
gdy odpowiedź była wymijająca, skierowali ją do rzecznika praw obywatelskich dla Szkocji.

Co naprawiono: firma [[ORGANISATION:Lothian Sash & Case]] wymieniła wszystkie okna, ściany osuszono, a
spółdzielnia przeprosiła na piśmie za „sprawdzanie statusu” i wypłaciła 500 funtów. Co się zmieniło:
pracownicy [[ORGANISATION:Forth Harbour]] przeszli szkolenie, a w zasadach napisano wprost, że nikt nie
sprawdza statusu imigracyjnego najemców przed naprawą.

O. [[PERSON:Dominik]] poświęcił mieszkanie po remoncie. Pan [[PERSON:Henryk]] dziękuje panu
[[PERSON:Bohdanowi]] i panu [[PERSON:Emece]].

Módlmy się za panią [[PERSON:Genowefę Ulatowską]], która wraca do zdrowia po [[HEALTH:udarze]].

Zbiórka na ogrzewanie kościoła: sort code [[OTHER_ID:83-44-05]], konto [[OTHER_ID:17730952]]. Sprawy
mieszkaniowe: [[PHONE:0131 496 0207]] (wtorki 18–20).
"""),
    ),
    (
        "fv2bc-pl-04",
        "pl",
        _s("""
[[ADDRESS:Parafia Świętej Rodziny]], Bradford: ogłoszenia, niedziela 9 marca

Za zgodą pani [[PERSON:Pauliny]] opowiadamy jej historię, bo może pomóc innym rodzinom.

Pani [[PERSON:Paulina Szczygieł]] (dla znajomych [[PERSON:Paula]]) samotnie wychowuje syna
[[PERSON:Igora]] ([[AGE:8 lat]]), który w maju przystępuje do Pierwszej Komunii. Mieszkają przy
[[ADDRESS:Heaton Grove 27]], [[POSTCODE:bd9 4dl]]. Jesienią [[ORGANISATION:Wharfedale & Calder Homes]] przysłała
list, że ma 2300 funtów zaległości w czynszu, a potem oficjalne zawiadomienie o zamiarze odebrania
mieszkania (nr umowy najmu [[REFERENCE:WCH-T-220781]]). Tymczasem czynsz z Universal Credit szedł co
miesiąc, co było widać na wyciągach z jej konta kończącego się na [[OTHER_ID:7739]].

Pan [[PERSON:Grzegorz Ptak]], nasz wolontariusz (wszyscy mówią na niego [[PERSON:Grześ]]), usiadł z nią po
Mszy, zebrali wyciągi i złożyli skargę. Sąsiadka [[PERSON:Shazia Kayani]] poszła z nią na spotkanie do
biura. Okazało się, że wpłaty przez pół roku trafiały na konto innego lokatora.

Co naprawiono: konto czynszowe poprawiono, zawiadomienie wycofano na piśmie, wpis o zaległościach
usunięto, a pani [[PERSON:Paulina]] dostała 250 funtów i przeprosiny. Co się zmieniło: zanim
[[ORGANISATION:Wharfedale & Calder]] wyśle list o zaległościach, pracownik sprawdza teraz harmonogram
wpłat z Universal Credit, a pani [[PERSON:Paulina]] ma jedną stałą opiekunkę, panią [[PERSON:Lorraine]].

[[PERSON:Igor]] chodzi do [[ADDRESS:St Bede Vale Catholic Primary]] i w soboty na katechezę przy parafii;
teraz mama nie musi płakać w kuchni.

Porady w sprawach mieszkaniowych: pan [[PERSON:Grzegorz]], [[PHONE:07700 900931]]. Próba chóru w czwartek
o 19:00.
"""),
    ),
    (
        "fv2bc-pl-05",
        "pl",
        _s("""
[[ADDRESS:Polska Parafia Miłosierdzia Bożego]], Peterborough: ogłoszenia duszpasterskie

1. Za zgodą Państwa [[PERSON:Kaczmarczyków]] dzielimy się dobrą wiadomością. Pani
[[PERSON:Bronisława]] i pan [[PERSON:Edward Kaczmarczyk]], oboje po osiemdziesiątce, mieszkają w
[[ADDRESS:Carrington House]], [[ADDRESS:mieszkanie 14]], [[POSTCODE:PE1 3XB]]. Od lata w ich mieszkaniu
były pluskwy: pogryzieni, nie spali po nocach, wyrzucili materac i fotel. [[ORGANISATION:Nene Meadows Housing]]
twierdziła, że to „sprawa lokatora” i kazała zapłacić za dezynsekcję samemu.

Pani [[PERSON:Rasa Petrauskienė]] z biura spółdzielni przyznała w końcu, że pluskwy są w całym bloku. Pomógł
nasz parafianin pan [[PERSON:Zbyszek Olejnik]], który napisał skargę (nr [[REFERENCE:NMH-C-7184]]) i
dzwonił co tydzień.

Co naprawiono: firma [[ORGANISATION:Fenland Pest Control]] odkaziła wszystkie mieszkania w bloku, Państwo
dostali nowy materac, fotel i 350 funtów rekompensaty. Co się zmieniło: [[ORGANISATION:Nene Meadows]] sama
płaci teraz za zwalczanie szkodników w blokach i nie odsyła lokatorów z niczym.

Pani [[PERSON:Bronia]] prosi, żeby podziękować panu [[PERSON:Zbyszkowi]] i ks. [[PERSON:Ireneuszowi]], który
przyszedł pomodlić się z nimi, kiedy byli już bardzo zmęczeni.

2. Sakrament chrztu przyjął [[PERSON:Leon Kaczmarczyk]], wnuk Państwa, urodzony
[[DATE_OF_BIRTH:czternastego stycznia 2025]]. Gratulujemy rodzicom, [[PERSON:Patrycji]] i
[[PERSON:Arturowi]].

3. Pomoc w sprawach mieszkaniowych: pisz na [[EMAIL:pomoc.parafia małpa example kropka com]] albo dzwoń
[[PHONE:07700 900 486]].

4. Polecamy modlitwie panią [[PERSON:Ludwikę Sowę]], chorą na [[HEALTH:Parkinsona]].
"""),
    ),
    (
        "fv2bc-ro-01",
        "ro",
        _s("""
[[ADDRESS:Parohia Ortodoxă Română „Sfânta Cuvioasă Parascheva”]], Londra: anunțuri de duminică

Din viața parohiei: o poveste cu final bun (cu binecuvântarea familiei). Mulți dintre dumneavoastră o
cunoașteți pe sora [[PERSON:Lenuța]], adică doamna [[PERSON:Elena Bujor]], care ne face prescurile în
fiecare sâmbătă. Familia ei, cu domnul [[PERSON:Costel Bujor]] și băieții [[PERSON:Darius]]
([[AGE:8 ani]]) și [[PERSON:Ianis]], locuiește la [[ADDRESS:nr. 6, Ruthin Close]], [[POSTCODE:NW9 5LH]].
De doi ani mucegaiul negru acoperea pereții din dormitorul copiilor, iar [[PERSON:Darius]], care are
[[HEALTH:astm]], a ajuns de trei ori la urgențe. [[ORGANISATION:Silk Stream Homes]] a trimis de două ori
firma [[ORGANISATION:DryWall Remedial Ltd]], care a dat cu vopsea anti-mucegai și a plecat.

Fratele [[PERSON:Marian Cioroianu]] din consiliul parohial a scris împreună cu familia o plângere
oficială (nr. [[REFERENCE:SSH-COMP-40117]]), cu poze și cu scrisoarea medicului de familie de la
[[ADDRESS:Colindeep Medical Practice]], iar când răspunsul a întârziat au mers la Housing Ombudsman.
Inspectoarea [[PERSON:Adaeze Okoli]] a venit și a găsit acoperișul fără izolație.

Ce s-a reparat: s-a pus izolație în pod, s-a montat ventilație mecanică, pereții au fost tratați și
tencuiți din nou, iar familia a primit 1.100 de lire despăgubire. Ce s-a schimbat:
[[ORGANISATION:Silk Stream]] ține acum o listă cu toți copiii cu probleme de respirație și le verifică
locuințele la fiecare șase luni.

Părintele [[PERSON:Ioachim]] a făcut sfeștanie în casa curată, iar [[PERSON:Darius]] merge iar, fără
inhalator în buzunar, la [[ADDRESS:Școala românească de sâmbătă „Ion Creangă”]]. Familia
[[PERSON:Bujor]] mulțumește fratelui [[PERSON:Marian]] și tuturor celor care s-au rugat. Multă sănătate
sorei [[PERSON:Lenuței]]!

Donații pentru pictura bisericii: sort code [[OTHER_ID:60-83-71]], cont [[OTHER_ID:20419853]]. Cancelaria
parohiei: [[PHONE:020 7946 0825]].
"""),
    ),
    (
        "fv2bc-ro-02",
        "ro",
        _s("""
[[ADDRESS:Biserica Penticostală „Maranata”]] Birmingham: anunțuri după serviciul de duminică

Frați și surori, vă aducem o veste de mulțumire, cu acordul familiei. Fratele
[[PERSON:Dorel Lăcătuș]] și sora [[PERSON:Florica]] locuiesc cu fetița lor, [[PERSON:Rebeca]]
([[AGE:11 ani]]), în [[ADDRESS:apartamentul 27]] din [[ADDRESS:Hawthorn House]], [[POSTCODE:B33 8QE]]. Anul
trecut, după un foc mic la etajul doi, pompierii au spus că ușile antifoc din bloc nu se închideau și că
alarma de pe casa scării nu funcționa. [[PERSON:Rebeca]] are [[HEALTH:epilepsie]], iar sora
[[PERSON:Florica]] nu mai dormea de frică. [[ORGANISATION:Tame Bridge Housing]] răspundea la fiecare telefon
că „e pe listă”.

Fratele [[PERSON:Emmanuel Boateng]], care lucrează în siguranță la incendiu, a citit raportul și a ajutat
familia să facă o plângere scrisă (nr. [[REFERENCE:TBH/FS/2024/318]]). Fratele păstor
[[PERSON:Beniamin Crișan]] a mers cu ei la întâlnirea cu locatarii, iar tinerii bisericii au pus pozele
pe pagina [[OTHER_ID:@tinerii.maranata.bham]].

Ce s-a reparat: în șase săptămâni [[ORGANISATION:FireStop Midlands Ltd]] a schimbat toate ușile antifoc, s-a
montat alarmă nouă pe fiecare etaj și s-a făcut o nouă evaluare de risc. Familia a primit 300 de lire și o
scrisoare de scuze. Ce s-a schimbat: [[ORGANISATION:Tame Bridge]] face acum verificări lunare ale ușilor
antifoc și trimite raportul tuturor locatarilor.

Sora [[PERSON:Florica]] spune: „Domnul a lucrat prin frați.” Mulțumim fratelui [[PERSON:Emmanuel]] și
fratelui [[PERSON:Dorel]] pentru răbdare.

Rugăciune: pentru sora [[PERSON:Viorica Suciu]], internată cu [[HEALTH:pneumonie]].

Agapă după botezul de duminica viitoare. Pentru probleme cu locuința, sunați la [[PHONE:0121 496 0917]].
"""),
    ),
    (
        "fv2bc-ro-03",
        "ro",
        _s("""
📣 Lista de difuzare a [[ADDRESS:Parohiei „Sfinții Arhangheli Mihail și Gavriil”]] Manchester

Dragi frați, Hristos a înviat! Cu acordul lor, vă spunem ce s-a întâmplat cu familia fratelui
[[PERSON:Sergiu Pădureț]] din Chișinău, care cântă la strană la noi. [[PERSON:Sergiu]], soția lui
[[PERSON:Olesea]] și fetița [[PERSON:Ilinca]] ([[AGE:3 ani]]) locuiesc pe [[ADDRESS:Brunswick Walk nr. 9]],
[[POSTCODE:m13 9qp]]. În ianuarie a curs apă din baia vecinului de sus direct în bucătăria lor, prin
lustră. Electricianul [[PERSON:Wiktor]], vecinul nostru de la parohie, a oprit curentul și a spus că
instalația e periculoasă. Trei săptămâni au stat fără curent în bucătărie, iar
[[ORGANISATION:Irwell Riverside Homes]] le tot spunea că „job-ul e deschis”.

Sora [[PERSON:Olesea]], care are [[HEALTH:diabet de tip 1]] și trebuie să-și țină insulina la frigider, a
sunat de paisprezece ori. Doamna [[PERSON:Ecaterina Lupu]] de la comitetul de femei a ajutat-o să scrie o
plângere oficială (nr. [[REFERENCE:IRH-77302]]) și s-a dus cu ea la birou.

Ce s-a reparat: [[ORGANISATION:Mancunian Electrical Contractors]] au refăcut toată instalația din
bucătărie, s-a schimbat tavanul, iar familia a primit 450 de lire și un frigider nou. Ce s-a schimbat:
acum [[ORGANISATION:Irwell Riverside]] trimite electrician în aceeași zi când apa ajunge la instalație și
ține o listă cu locatarii care au medicamente ce trebuie ținute la rece.

[[PERSON:Ilinca]] s-a întors la [[ADDRESS:Little Owls Nursery]] și [[PERSON:Olesea]] mulțumește doamnei
[[PERSON:Ecaterinei]] și lui [[PERSON:Wiktor]].

Pomeniți la rugăciune pe [[PERSON:Gheorghița]], bolnavă de [[HEALTH:leucemie]].
Părintele [[PERSON:Silviu]] spovedește sâmbătă de la ora 17. Contact: [[PHONE:+44 161 496 0482]],
[[EMAIL:parohia.manchester@example.net]].
"""),
    ),
    (
        "fv2bc-ro-04",
        "ro",
        _s("""
[[ADDRESS:Parohia „Sfântul Andrei”]], Glasgow: foaia parohială

Mulțumire și bucurie. Familia [[PERSON:Stoica]], [[OTHER_SPECIAL:romi]] din Craiova, vine la noi la
biserică de când s-a mutat în Scoția. [[PERSON:Nicușor]] și [[PERSON:Mirela Stoica]] locuiesc cu cei patru
copii pe [[ADDRESS:Calder Street nr. 112, apartamentul 3/2]], [[POSTCODE:G42 7RB]]. Timp de un an au avut
șoareci și umezeală în tot apartamentul. Când sunau la [[ORGANISATION:Govan Glen Housing Association]],
nimeni nu le aducea interpret, iar un angajat le-a spus că „așa trăiți voi”. Cel mic,
[[PERSON:Mario]] ([[AGE:6 ani]]), lipsea des de la [[ADDRESS:Langside Vale Primary]] din cauza tusei.

Sora [[PERSON:Ramona Cârstea]] de la parohie le-a tradus totul și i-a ajutat să facă plângere oficială
(nr. [[REFERENCE:GGHA/0824/611]]), inclusiv pentru vorbele angajatului. Ofițera de locuințe
[[PERSON:Morag Kilbride]] a preluat cazul și a venit personal.

Ce s-a reparat: [[ORGANISATION:Strathbungo Pest Services]] a făcut dezinsecție și deratizare în tot blocul,
s-au astupat găurile, s-a reparat burlanul care umezea peretele, iar familia a primit scuze scrise și
400 de lire. Angajatul a fost mutat de pe caz. Ce s-a schimbat: [[ORGANISATION:Govan Glen]] rezervă acum
interpret de română la fiecare vizită, iar tot personalul a făcut un curs despre discriminare.

Doamna [[PERSON:Mirela]] zice: „Prima dată cineva ne-a ascultat.” Mulțumim sorei [[PERSON:Ramona]].

Părintele [[PERSON:Nectarie]] le mulțumește celor care au adus haine de iarnă pentru copii. Banca de
alimente a parohiei e deschisă joi între 16 și 18. Pentru ajutor cu locuința: [[PHONE:0141 496 0376]].
"""),
    ),
    (
        "fv2bc-ro-05",
        "ro",
        _s("""
[[ADDRESS:Parohia Ortodoxă „Sfântul Ierarh Nicolae”]], Leicester: anunțuri

Cu binecuvântarea părintelui [[PERSON:Teofil]], vă povestim cum s-a rezolvat necazul domnului
[[PERSON:Gavril Moisescu]], bădia [[PERSON:Gavrilă]] pentru cei mai mulți dintre noi. Bădia are
[[AGE:84 de ani]] și locuiește singur în [[ADDRESS:Saffron Court]], la [[ADDRESS:numărul 5]],
[[POSTCODE:LE2 6TW]]. Balustrada de la scara blocului era ruptă de un an. În noiembrie a alunecat pe
treptele ude și și-a rupt încheietura, iar medicii au spus că are și [[HEALTH:osteoporoză]].
[[ORGANISATION:Welland Park Housing]] avea raportul de reparație deschis din primăvară.

Nepotul lui, [[PERSON:Tudor]], împreună cu doamna [[PERSON:Rukhsana Dar]], vecina de la etaj, au făcut o
plângere oficială (nr. [[REFERENCE:WPH/CMP/5521]]) și au cerut despăgubire. Consiliera
[[PERSON:Gwendolyn Ashby]] a venit să vadă scara.

Ce s-a reparat: în două săptămâni [[ORGANISATION:Ironbridge Railings Ltd]] a montat balustrade noi pe ambele
părți și benzi antiderapante pe trepte. Bădia a primit 1.200 de lire și scuze în scris. Ce s-a
schimbat: [[ORGANISATION:Welland Park]] tratează acum balustradele rupte ca reparații de urgență, în 24 de
ore.

Bădia [[PERSON:Gavrilă]] mulțumește tuturor celor care i-au adus mâncare cât a stat cu mâna în ghips.

Botez: [[PERSON:Anastasia-Maria Ilie]], născută pe [[DATE_OF_BIRTH:întâi decembrie 2024]], fiica lui
[[PERSON:Cosmin]] și a [[PERSON:Denisei]], a primit Sfântul Botez duminică. Să vă trăiască!

Colecta de azi merge la banca de alimente. Contact: [[EMAIL:parohia.leicester@example.com]].
"""),
    ),
    (
        "fv2bc-ur-01",
        "ur",
        _s("""
[[ADDRESS:مسجد نورالاسلام]]، [[ADDRESS:۸۴ Carlisle Road]]، بریڈفورڈ [[POSTCODE:BD8 8BD]]
جمعہ کے اعلانات

۱۔ ایک خوشخبری (حاجی صاحب کی اجازت سے): حاجی [[PERSON:غلام سرور کیانی]] صاحب، عمر [[AGE:۸۱ سال]]،
اپنی اہلیہ [[PERSON:زرینہ]] کے ساتھ پچیس برس سے [[ADDRESS:۱۹ Whetley Grove]] میں رہتے ہیں۔ پچھلے سال
سے ان کے گھر کی پچھلی دیوار سے نمی اندر آ رہی تھی اور سونے کے کمرے میں کالی پھپھوندی پھیل گئی تھی۔
ان کی اہلیہ کو [[HEALTH:دمہ]] ہے اور سردیوں میں دو بار ہسپتال جانا پڑا۔ [[ORGANISATION:Bradford Moor Homes]]
نے [[ORGANISATION:Thornbury Damp & Timber]] کو بھیجا، جو ہر بار صرف اسپرے کر کے چلے گئے۔

ہماری ویلفیئر کمیٹی کے [[PERSON:ذیشان]] بھائی نے حاجی صاحب کے ساتھ بیٹھ کر تحریری شکایت کی (شکایت نمبر
[[REFERENCE:BMH-24-0772]])، اور کونسلر [[PERSON:شیلا او ڈونل]] کو بھی خط لکھا، جو خود گھر دیکھنے آئیں۔

کیسے ٹھیک ہوا: سروے میں معلوم ہوا کہ باہر کا پرنالہ ٹوٹا ہوا تھا اور دیوار میں ڈیمپ پروف کورس نہیں تھا۔
دونوں کا کام ہوا، کمرہ نیا پلستر ہوا، ہوا کے لیے پنکھا لگا، اور حاجی صاحب کو ۷۰۰ پاؤنڈ ہرجانہ اور
معافی نامہ ملا۔ کیا بدلا: اب [[ORGANISATION:Bradford Moor]] دوسری شکایت پر اسپرے والے کی بجائے سرویئر
بھیجتی ہے۔

حاجی صاحب کا پوتا [[PERSON:عبدالباسط]] اب پھر شام کو [[ADDRESS:دارالعلوم تعلیم القرآن]] میں حفظ کی کلاس
میں جاتا ہے، کیونکہ دادا دادی کو اب ہسپتال کے چکر نہیں لگانے پڑتے۔

۲۔ دعا کی درخواست: [[PERSON:صغریٰ]] خالہ کے لیے دعا کریں، جو [[HEALTH:الزائمر]] کے مرض میں مبتلا ہیں۔

۳۔ ویلفیئر کمیٹی سے رابطہ: [[PERSON:ذیشان]] بھائی، [[PHONE:۰۷۷۰۰ ۹۰۰۳۹۵]]۔ فوڈ بینک ہر ہفتے کی صبح
مسجد کے تہہ خانے میں۔
"""),
    ),
    (
        "fv2bc-ur-02",
        "ur",
        _s("""
[[ADDRESS:کلیسائے عمانوایل]]، والتھم اسٹو: اتوار کی عبادت کے اعلانات

خداوند کی حمد ہو! سسٹر [[PERSON:روبینہ شمعون]] اور بھائی [[PERSON:ناصر مسیح]] کی اجازت سے ہم ان کی گواہی
بانٹ رہے ہیں۔

پچھلے سال ان کے بلاک میں بڑی مرمت شروع ہوئی تو [[ORGANISATION:Lea Bridge Homes]] نے خاندان کو "چھ ہفتے"
کے لیے ہوٹل بھیج دیا۔ چھ ہفتے پانچ مہینے بن گئے۔ ایک کمرے میں چار لوگ، نہ کچن نہ کپڑے دھونے کی جگہ۔
بیٹی [[PERSON:ایلیشا]] ([[AGE:۱۳ سال]]) کو ہوٹل سے [[ADDRESS:Markhouse Vale School]] تک دو بسیں بدل کر جانا
پڑتا تھا، اور بیٹا [[PERSON:سیموئیل]] امتحانوں سے پہلے بیمار پڑ گیا۔

ہماری کلیسیا کی بہن [[PERSON:ایفوا کوارٹی]] اور برادر [[PERSON:آصف گل]] نے خاندان کے ساتھ مل کر باقاعدہ
شکایت کی (حوالہ [[REFERENCE:LBH-DEC-3391]])، پھر ہاؤسنگ اومبڈزمین کو لکھا۔ پادری [[PERSON:یعقوب برکت]]
صاحب نے خود ہاؤسنگ آفیسر [[PERSON:Gemma Latchford]] سے ملاقات کی۔

کیسے ٹھیک ہوا: خاندان کو کام مکمل ہونے تک ایک مکمل فلیٹ دیا گیا، ہوٹل کے پانچ مہینوں کے لیے ۱،۶۰۰ پاؤنڈ
ملے، اور کپڑوں اور سفر کا خرچ بھی۔ اب وہ اپنے نئے مرمت شدہ گھر [[ADDRESS:فلیٹ ۸]]، [[ADDRESS:Tennyson House]]
میں واپس آ گئے ہیں۔ کیا بدلا: [[ORGANISATION:Lea Bridge]] اب کسی خاندان کو ہوٹل میں دو ہفتے سے زیادہ نہیں
رکھتی، اور ہر خاندان کو ایک نامزد افسر ملتا ہے۔

سسٹر [[PERSON:روبینہ]] کہتی ہیں: "دعا بھی کی اور خط بھی لکھے، دونوں کام آئے۔"

دعا کی درخواست: [[PERSON:انجم]] آنٹی کے لیے، جن کا [[HEALTH:ذیابیطس]] کی وجہ سے آپریشن ہونا ہے۔

رابطہ: [[EMAIL:rubina.shamoon ایٹ example ڈاٹ com]] یا [[PHONE:020 7946 0659]]۔ اگلے اتوار ہدیہ
فوڈ بینک کے لیے ہے۔
"""),
    ),
    (
        "fv2bc-ur-03",
        "ur",
        _s("""
*کشمیر ویلفیئر ایسوسی ایشن، سپارک بروک: براڈکاسٹ* 📢

السلام علیکم! آج ایک اچھی خبر، [[PERSON:شفاعت حسین]] صاحب کی اجازت سے۔

[[PERSON:شفاعت]] صاحب، ان کی اہلیہ [[PERSON:نسرین اختر]] اور پانچ بچے ایک دو کمروں کے گھر
[[ADDRESS:۷ Ombersley Road]]، [[POSTCODE:b12 8uq]] میں رہ رہے تھے۔ بیٹی [[PERSON:حمنہ]] ([[AGE:۱۰ سال]]) کو
[[HEALTH:تھیلیسیمیا]] ہے اور ہر مہینے خون لگتا ہے۔ [[ORGANISATION:Birmingham City Council]] نے ہاؤسنگ
رجسٹر پر انہیں بینڈ سی میں رکھا تھا (رجسٹر نمبر [[REFERENCE:HR-7730128]])، کیونکہ میڈیکل فارم کبھی
"ملا ہی نہیں"۔

ایسوسی ایشن کے جنرل سیکرٹری چوہدری [[PERSON:اکرام الحق]] نے [[ADDRESS:Ladypool Health Centre]] سے نیا خط
لیا، اور ہماری رضاکار [[PERSON:یولانتا]] نے، جو پہلے کونسل میں کام کرتی تھیں، شکایت کا مسودہ بنایا۔
دوسرے مرحلے پر افسر [[PERSON:Fergal Oduya-Brennan]] نے مانا کہ غلطی ان کی طرف سے تھی۔

کیسے ٹھیک ہوا: بینڈ اے دیا گیا اور تاریخ پیچھے سے لگائی گئی، ۴۰۰ پاؤنڈ ہرجانہ ملا، اور پچھلے مہینے
خاندان کو چار کمروں کا گھر مل گیا۔ کیا بدلا: اب کونسل ہر میڈیکل فارم کی رسید ای میل پر بھیجتی ہے، تاکہ
کوئی فارم "گم" نہ ہو۔

[[PERSON:شفاعت]] صاحب کا پیغام: "اکیلا ہوتا تو ہار مان لیتا۔ [[PERSON:اکرام]] بھائی اور
[[PERSON:یولانتا]] باجی کا شکریہ۔"

ایسوسی ایشن کا عید ملن پروگرام ۱۲ اپریل کو ہے۔ چندہ: سورٹ کوڈ [[OTHER_ID:30-99-21]]، اکاؤنٹ
[[OTHER_ID:44219870]]۔ ہاؤسنگ میں مدد کے لیے: [[PHONE:0121 496 0264]]۔
"""),
    ),
    (
        "fv2bc-ur-04",
        "ur",
        _s("""
[[ADDRESS:جامع مسجد غوثیہ]]، ہائی وائکم: خواتین ونگ کا پیغام

بہنو، السلام علیکم۔ [[PERSON:نصرت]] باجی نے اجازت دی ہے کہ ہم ان کا تجربہ آپ سے بانٹیں۔

باجی [[PERSON:نصرت جبیں]] اپنی بیٹی [[PERSON:عائزہ]] ([[AGE:۱۶ سال]]) کے ساتھ [[ADDRESS:Desborough Court]]
کے [[ADDRESS:فلیٹ نمبر ۱۲]] میں رہتی ہیں، [[POSTCODE:hp112rx]]۔ سردیوں میں دونوں کو مسلسل سر درد اور
چکر آنے لگے۔ ایک دن کاربن مونو آکسائیڈ کا الارم بج اٹھا۔ گیس انجینئر [[PERSON:کونر]] آئے تو پتا چلا کہ
بوائلر کا فلو لیک تھا، اور [[ORGANISATION:Wye Valley Homes]] نے دو سال سے گیس سیفٹی چیک ہی نہیں کروایا
تھا۔ بوائلر بند کر دیا گیا اور تین ہفتے گرم پانی نہیں تھا۔

ہماری ونگ کی انچارج [[PERSON:طاہرہ]] آپا نے باجی کے ساتھ شکایت لکھی (حوالہ
[[REFERENCE:WVH-GAS-1187]])، اور جب جواب نہ آیا تو ہاؤسنگ اومبڈزمین کو بھیجا (کیس
[[REFERENCE:202415302]])۔

کیسے ٹھیک ہوا: [[ORGANISATION:Booker Gas Services]] نے نیا بوائلر اور نئے الارم لگائے، انتظار کے دنوں کے
لیے ہیٹر دیے گئے، اور باجی کو ۸۰۰ پاؤنڈ ہرجانہ اور تحریری معافی ملی۔ کیا بدلا:
[[ORGANISATION:Wye Valley]] نے اپنے تمام گھروں کے گیس سرٹیفیکیٹ دوبارہ چیک کیے، اور ستر سے زیادہ گھروں
میں چیک وقت پر نہیں ہوا تھا۔ اب ہر کرایہ دار کو چیک کی تاریخ سے ایک مہینہ پہلے خط آتا ہے۔

[[PERSON:عائزہ]] کہتی ہے کہ اب وہ امتحان کی تیاری بغیر سر درد کے کر رہی ہے۔ بہنو، اپنے گھر میں
کاربن مونو آکسائیڈ الارم ضرور لگوائیں۔

رابطہ: [[PERSON:طاہرہ]] آپا، [[PHONE:07700 900 672]]۔ اگلا درس جمعرات کو ظہر کے بعد۔
"""),
    ),
    (
        "fv2bc-ur-05",
        "ur",
        _s("""
[[ADDRESS:مرکزی جامع مسجد بلالیہ]]، [[ADDRESS:۳۳ Alfreton Road]]، ناٹنگھم [[POSTCODE:NG7 3JE]]
نماز جمعہ کے بعد کے اعلانات

الحمدللہ، ایک [[OTHER_SPECIAL:افغان]] خاندان کی مشکل حل ہوئی ہے، جس کا ذکر خاندان کی اجازت سے کیا جا رہا ہے۔
بھائی [[PERSON:گل آغا ستانکزئی]] اور ان کی اہلیہ [[PERSON:شکریہ]] دو سال پہلے
[[OTHER_SPECIAL:پناہ گزین]] کے طور پر یہاں آئے۔ [[ORGANISATION:Trent Meadows Housing]] نے انہیں
[[ADDRESS:فلیٹ ۴]]، [[ADDRESS:Radford Mill House]] دیا، جس کی کھڑکی ٹوٹی ہوئی تھی اور دھوئیں کا ایک
الارم بھی کام نہیں کرتا تھا۔ بیٹا [[PERSON:مرسل]] ([[AGE:۷ سال]]) سردی میں بار بار بیمار ہوتا رہا۔ زبان
نہ آنے کی وجہ سے ان کی فون کالز ریکارڈ ہی نہیں ہوئیں۔

مسجد کی سوشل ویلفیئر کمیٹی کے بھائی [[PERSON:قمر الزمان]] نے، دری میں ترجمہ کر کے، ان کی تحریری شکایت
کروائی (شکایت نمبر [[REFERENCE:TMH/CX/4460]])۔ پڑوسن [[PERSON:مارلین]] ([[PERSON:Marlene Bailey]]) نے خود
ہاؤسنگ آفس فون کر کے گواہی دی کہ کھڑکی مہینوں سے ٹوٹی ہے۔

کیسے ٹھیک ہوا: [[ORGANISATION:Sneinton Glazing]] نے ایک ہفتے میں نئی کھڑکیاں لگائیں، فلیٹ میں نئے دھوئیں
اور کاربن مونو آکسائیڈ کے الارم لگے، اور خاندان کو ۳۵۰ پاؤنڈ ملے۔ کیا بدلا: اب
[[ORGANISATION:Trent Meadows]] ہر نئے کرایہ دار کو چابی دینے سے پہلے حفاظتی معائنہ کرتا ہے اور دری اور
پشتو کے مترجم کا انتظام رکھتا ہے۔

بھائی [[PERSON:گل آغا]] نے مسجد کمیٹی، بھائی [[PERSON:قمر]] اور [[PERSON:مارلین]] بہن کا شکریہ ادا کیا ہے۔

مولانا [[PERSON:عبدالحفیظ شاکر]] صاحب کی طبیعت ناساز ہے، دعاؤں میں یاد رکھیں۔ اگلا جمعہ کا چندہ فوڈ
بینک کے لیے ہے۔ رابطہ: [[PHONE:0115 496 0618]]، [[EMAIL:welfare.bilaliya@example.org]]۔
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
