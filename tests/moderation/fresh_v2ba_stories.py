"""Fresh version-2 PII test stories, batch ba.

Moves and regeneration, told by the people who were moved: residents decanted from estates being
demolished or refurbished, families sent to a hotel or hostel and then to a permanent home, tenants
doing a mutual exchange, widows and widowers downsizing, and households transferred out of
overcrowded flats. The writers are of every age: some set out their moves as a dated list with
reference numbers, others write with feeling about leaving a block or a street after decades. Every
story carries several homes (the old flat, the temporary room, the new build in a later phase), the
storage unit and removal firm, neighbours who moved with them or stayed behind, and the officers
and councillors who put things right, and people give directions instead of addresses ("the house
behind the Londis", "above the chippy"). In the Arabic, Bengali, Gurmukhi and Urdu stories street,
block and estate names are sometimes in English letters and sometimes written in the script, with
native digits, dictated emails and phone numbers in words. A named shop, pub, mosque, gurdwara or
church used to say where a home is is marked as ADDRESS; an unnamed landmark ("the bus garage",
"the chippy") is not, nor are development phases on their own.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 7 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 60.0% of 35, recall 97.6%, precision 83.6%, on the committed
detector 0a4d53e (after round 48, with the same spans as the detector that landed, c140d2b);
leak-free by language ar 1, bn 4, en 2, pa 5, pl 4, ro 3, ur 2 of 5.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2ba-en-01",
        "en",
        _s("""
Setting this out in order, because the Stage 2 letter got half my dates wrong. Name: [[PERSON:Delroy Blackwood]]. Tenancy ref [[REFERENCE:THP/0048817]]. Age [[AGE:71]]. Landlord: [[ORGANISATION:Tottenham Hale Partnership Homes]].

Moves:
1. June 1986 to March 2021: [[ADDRESS:Flat 14]], [[ADDRESS:Carrow House]], [[ADDRESS:Limefield Estate]], [[POSTCODE:N17 6QW]]. [[ADDRESS:Carrow]] was the first block to come down in phase one.
2. March to September 2021: "decant" to [[ADDRESS:22B Glebe Road]], the flat above the chippy. Six months of damp and fryer smell.
3. September 2021 to now: [[ADDRESS:Flat 3]], [[ADDRESS:Wren Court]], [[ADDRESS:Limefield Green]], the third block past the bus garage.

What went wrong. My furniture went into [[ORGANISATION:Stowaway Self Storage]] in Edmonton (their ref [[REFERENCE:SSS-77120]]). [[ORGANISATION:Kirkland & Sons Removals]] brought it back minus my late wife [[PERSON:Cynthia]]'s mahogany sideboard. Storage blamed the removal men, the removal men blamed storage. The regeneration officer, [[PERSON:Fiona Gallagher]], stopped answering after October. My home loss payment also went to an account I closed in 2019.

How it was put right. I went to my ward councillor, Cllr [[PERSON:Anwen Pryce-Jones]], at her Saturday surgery. Within a fortnight the resident liaison officer, [[PERSON:Tunde Bakare]] ([[PHONE:020 7946 0372]]), had found the sideboard in the wrong lot at the storage unit with another tenant's name on it. It came back polished. The home loss payment was re-sent to my current account ending [[OTHER_ID:5520]] and I was paid £850 for the time and trouble.

What changed. Every decanted household now gets a photo inventory signed at both ends, and one named officer from start to finish. Mrs [[PERSON:Philomena Doyle]], who was at [[ADDRESS:number 16]] in [[ADDRESS:Carrow]] and is now two doors down from me in [[ADDRESS:Wren Court]], had hers done that way and says it was painless.

Anyone from the old block can reach me at [[EMAIL:delroy.blackwood@example.net]].
"""),
    ),
    (
        "fv2ba-en-02",
        "en",
        _s("""
Forty-three years I lived at [[ADDRESS:27 Alma Street]], the house behind the [[ADDRESS:Londis]] on the corner, and I'd have died there if they'd let me. I'm [[PERSON:Maureen Tierney]], I'm [[AGE:84]], and my granddaughter [[PERSON:Ciara]] is typing this because my hands shake with the [[HEALTH:Parkinson's]].

When they told us the whole of [[ADDRESS:Alma Street]] was coming down for the new scheme, I cried for a week. My husband [[PERSON:Eamon]] carried me over that step in 1981. Next door, [[PERSON:Kwabena]] and [[PERSON:Efua Asante]] had been there nearly as long, and we agreed we'd go together if we could. [[PERSON:Dot Hargreaves]] from [[ADDRESS:number 31]] went to her son's in Bolton and I've not seen her since.

[[ORGANISATION:Ordsall Riverside Homes]] offered me a bungalow at [[ADDRESS:5 Heron Close]], [[POSTCODE:m6 8lr]], just past [[ADDRESS:St Saviour's church hall]] where I do the Thursday bingo. Lovely, except the wet room the occupational therapist asked for wasn't fitted. I moved in on the 9th of May and for seven weeks I washed at the kitchen sink. The builders, [[ORGANISATION:Castlefield Adaptations Ltd]], kept saying "next week".

[[PERSON:Ciara]] rang the resident liaison officer, [[PERSON:Gemma Roscoe]], on [[PHONE:oh one six one, four nine six, oh two two seven]] until she knew the number by heart, and when that got nowhere she put in a complaint, reference [[REFERENCE:ORH/C/20931]]. The Stage 1 reply came from a manager, [[PERSON:Imran Siddique]], who came out himself, sat in my front room and said sorry to my face. The wet room was in within ten days, and they paid me £600 and my bus fares to my daughter's for showers.

What's changed is that adaptations are now signed off before anybody is handed keys. And [[PERSON:Kwabena]] and [[PERSON:Efua]] are across the close at [[ADDRESS:number 8]], so I still hear his radio of a morning. It isn't [[ADDRESS:Alma Street]]. But it's home now.
"""),
    ),
    (
        "fv2ba-en-03",
        "en",
        _s("""
ok so this is my TA story, nearly 2 yrs of it. the council asked if they could use it for training so here goes lol

Me: [[PERSON:Shanice Campbell-Ward]], [[AGE:23]]. My son [[PERSON:Amari]], born [[DATE_OF_BIRTH:3rd of February 2023]].

- Feb 2023: had to leave my mum's, council put us in the [[ADDRESS:Gateway Lodge Hotel]] by the airport, [[ADDRESS:room 118]]. One room, a kettle, no fridge, baby milk kept in the sink with ice.
- Aug 2023: moved to [[ADDRESS:Marlow House]], a family hostel, shared kitchen on the 2nd floor.
- Feb 2024: offer of [[ADDRESS:41 Petersfield Rise]], [[POSTCODE:HA2 9PX]]. The offer letter went to the HOTEL not the hostel. I never got it. They marked it as refused and took me off the list (housing register no. [[REFERENCE:HR-2290417]]).

I only found out when my caseworker [[PERSON:Ngozi]] asked why I'd turned it down. I hadn't!! I put in a complaint and posted about it on tiktok ([[OTHER_ID:@shanice.and.amari]]), which got shared a lot tbh.

How it got fixed: [[PERSON:Ngozi Eze]] checked the post log and found the letter was addressed to the hotel. [[ORGANISATION:Harrowden Borough Council]] put me back on the register with my original date, apologised in writing and paid £400. In June 2024 I got the keys to [[ADDRESS:flat 2]], [[ADDRESS:7 Cotswold Walk]], literally round the corner from [[PERSON:Amari]]'s nursery, [[ADDRESS:Little Acorns]], so we walk there now instead of 2 buses. The removals were done by [[ORGANISATION:Swift Hands Removals]] for free.

What changed: they now text AND email every offer, and check the address on file every time you move between TA places. If you're in TA and they say you refused something you never even saw, email me on [[EMAIL:shaniceCW@example.com]] and I'll tell you what I did x
"""),
    ),
    (
        "fv2ba-en-04",
        "en",
        _s("""
I'm [[PERSON:Oluwaseun Adeyemi]] (everyone says [[PERSON:Seun]]), and this is about my mutual exchange, which took eight months when it should have taken two.

I had a one-bed at [[ADDRESS:flat 6]], [[ADDRESS:Kirkstall Point]], the tower next to the [[ADDRESS:Weavers Arms]], with [[ORGANISATION:Leodis Community Homes]]. My girlfriend [[PERSON:Roisin]] was pregnant and we needed two bedrooms. On HomeSwapper I found [[PERSON:Bernadette Quigley]] (username [[OTHER_ID:bernieq_ls4]]), [[AGE:67]], who wanted out of her two-bed house at [[ADDRESS:9 Cardigan Terrace]], [[POSTCODE:LS4 2DN]], because of the stairs. Her landlord was [[ORGANISATION:Kirkstall Vale Housing]].

Both landlords had to say yes. Mine said yes in three weeks. [[ORGANISATION:Kirkstall Vale]] lost the form twice, then said I owed £312 in arrears, which turned out to be a payment they'd put on somebody else's account. Exchange ref [[REFERENCE:MX/2023/0551]]. Meanwhile [[PERSON:Bernadette]] had a fall on those stairs.

I complained (ref [[REFERENCE:KVH-C-8843]]) and rang my councillor, Cllr [[PERSON:Hamish Oyelaran-Brooks]]. Within a week a housing officer called [[PERSON:Lyndsey Thwaite]] phoned me from [[PHONE:0113 496 0718]], found the misposted payment and signed the exchange off. We swapped on 4 December. [[PERSON:Bernie]] now has a lift and a view of the canal, and we have a garden.

It wasn't quite over. On swap day their gas engineer capped the boiler as unsafe and the office said the house was "accepted as seen". After another call to [[PERSON:Lyndsey]] they fitted a new boiler in four days and paid £250 towards heaters.

What changed: [[ORGANISATION:Kirkstall Vale]] now has a 42-day deadline for exchanges and does the gas check before the swap, not on the day. Our daughter [[PERSON:Ifeoma]] was born in January in a warm house, and one day she'll go to [[ADDRESS:Beckett Park Primary]] across the road.
"""),
    ),
    (
        "fv2ba-en-05",
        "en",
        _s("""
My name is [[PERSON:Halima Warsame]]. I am [[OTHER_SPECIAL:Somali]] and English is my second language, so please excuse mistakes. For nine years we were seven people in a two-bedroom flat, [[ADDRESS:flat 31]], [[ADDRESS:Grafton House]], Bristol [[POSTCODE:BS5 0AX]]: my husband [[PERSON:Abdirahman]], my mother, and our children [[PERSON:Hodan]] ([[AGE:14]]), [[PERSON:Liban]] ([[AGE:11]]), [[PERSON:Sagal]] ([[AGE:6]]) and baby [[PERSON:Ayaan]]. [[PERSON:Liban]] has [[HEALTH:autism]] and he could not sleep with the baby crying in the same room.

The problem: when [[PERSON:Ayaan]] was born I wrote to [[ORGANISATION:Avonmead Homes]], but nobody changed our housing application (number [[REFERENCE:HB/778302]]). The system still said we were short one bedroom, not two, and we stayed in the wrong band for almost two years. Every week I bid, every week nothing. They even asked again for my husband's National Insurance number, [[NI_NUMBER:SK 62 90 14 D]], as if we were new.

How it was put right: a sister at our mosque, [[ADDRESS:Masjid al-Furqan]], told me to go to the ward councillor, Cllr [[PERSON:Marcus Villiers-Stone]]. He emailed the housing team and a senior officer, [[PERSON:Deirdre Coulson]], found my letter about [[PERSON:Ayaan]] on the file, scanned but never actioned. They backdated our priority to his birth and apologised. Three months later we moved to a four-bedroom house, [[ADDRESS:18 Stapleton Mews]], in phase two of the new [[ADDRESS:Easton Quarter]] development, the road behind the big [[ADDRESS:Lidl]]. [[ORGANISATION:Avon Gorge Removals]] moved us, paid by [[ORGANISATION:Avonmead]], and we got £500 for the mistake.

What changed: now when you tell them a baby is born, you get a letter saying your bedroom need is updated, and you can check it online. [[PERSON:Liban]] has his own room and sleeps all night. [[PERSON:Hodan]] still goes to [[ADDRESS:Rosemary Hill Academy]], ten minutes' walk.

If someone needs help with this, my email is [[EMAIL:halima.w@example.org]] and my number is [[PHONE:07700 900 415]].
"""),
    ),
    (
        "fv2ba-ar-01",
        "ar",
        _s("""
اسمي [[PERSON:رهف القدّور]]، من حمص، ووصلنا إلى بريطانيا [[OTHER_SPECIAL:لاجئين]] سنة ٢٠٢٢. أكتب قصتنا لأن عائلات كثيرة مرّت بما مررنا به، وربما يفيدها أن تعرف أن الشكوى تنفع.

بعد أن حصلنا على الإقامة أُعطينا ٢٨ يوماً لنترك سكن اللجوء، فوضعنا المجلس في فندق [[ADDRESS:Riverside Lodge]] قرب محطة القطار في كوفنتري، في [[ADDRESS:غرفة رقم ٢١٤]]. أربعة أشخاص في غرفة واحدة: أنا وزوجي [[PERSON:مؤيّد]] وابنتنا [[PERSON:جود]] ([[AGE:٧ سنوات]]) وابننا [[PERSON:تيم]] وكان عمره [[AGE:سنة ونصف]]. لا مطبخ، وكنا نسخّن حليب [[PERSON:تيم]] بالغلاية.

بعد خمسة أشهر عرضوا علينا بيتاً دائماً: [[ADDRESS:١٢ Foleshill Close]]، الرمز البريدي [[POSTCODE:CV6 4HT]]، والمالك جمعية [[ORGANISATION:Sowe Valley Homes]]. فرحنا كثيراً، لكن عندما دخلنا وجدنا البيت بلا فرن ولا ستائر، والأرض إسمنت بلا سجاد، والسخّان لا يعمل. قضينا أول أسبوعين نطبخ عند جارتنا [[PERSON:بريدجيت]] في [[ADDRESS:رقم ١٤]].

اتصلت بخط الصيانة مرات كثيرة، ثم قدّمت شكوى رسمية رقمها [[REFERENCE:SVH-C-44091]] بمساعدة المتطوعة [[PERSON:كاثرين مولوني]]. جاء الرد من المسؤولة [[PERSON:Harriet Mensah]] بعد عشرة أيام، واعترفت أن البيت ما كان يجب أن يُسلَّم بهذه الحالة. ركّبوا فرناً وسخّاناً جديدين خلال أسبوع، ووضعوا أرضيات في كل الغرف، ودفعوا لنا ٤٥٠ جنيهاً تعويضاً.

ما الذي تغيّر: صارت [[ORGANISATION:Sowe Valley]] تفحص كل بيت قبل تسليمه لعائلة قادمة من السكن المؤقت، وترسل صوراً قبل توقيع العقد. [[PERSON:جود]] الآن في مدرسة [[ADDRESS:Whitmore Park Primary]] وتمشي إليها مع ابن [[PERSON:بريدجيت]] كل صباح. للتواصل: [[EMAIL:rahaf.q@example.com]] أو [[PHONE:٠٧٧٠٠ ٩٠٠٦٣٢]].
"""),
    ),
    (
        "fv2ba-ar-02",
        "ar",
        _s("""
أنا [[PERSON:نزار الدليمي]]، [[OTHER_SPECIAL:عراقي]] من البصرة، عمري [[AGE:٧٦ سنة]]. عشت واحداً وثلاثين عاماً في [[ADDRESS:شقة رقم ٤٢]] في الطابق الحادي عشر من [[ADDRESS:برج كولينغوود]] على [[ADDRESS:مجمّع Brookvale]] في مانشستر. هناك ربّيت أولادي، وهناك توفيت زوجتي [[PERSON:سعاد]] رحمها الله. من نافذتي كنت أرى مئذنة [[ADDRESS:مسجد الهدى]] الذي أصلي فيه الجمعة.

عندما تقرر هدم البرج ضمن مشروع التجديد، وعدني موظف التجديد [[PERSON:سايمون كروفت]] ([[PERSON:Simon Croft]]) بشقة في الطابق الأرضي، لأن عندي [[HEALTH:مرض الانسداد الرئوي المزمن]] ولا أقدر على الدرج. وقّعت الأوراق وبكيت وأنا أسلّم المفاتيح.

لكن العرض الذي وصلني كان في الطابق الرابع من [[ADDRESS:Linden House]]، في المرحلة الأولى من المشروع الجديد [[ADDRESS:Brookvale Gardens]]. قالوا: يوجد مصعد. في الأسبوع الثاني تعطّل المصعد، وبقيت ثمانية أيام لا أخرج، وابني [[PERSON:مصطفى]] يأتيني بالخبز والدواء.

جاري القديم [[PERSON:باتريك أوسوليفان]]، وهو [[OTHER_SPECIAL:إيرلندي]] بقي في [[ADDRESS:Hardy Court]] آخر عمارة لم تُهدم بعد، اتصل بمسؤولة الارتباط مع السكان [[PERSON:Joanne Pickering]] على الرقم [[PHONE:0161 496 0583]] وقال لها: هذا الرجل سيموت في شقته. و[[PERSON:مصطفى]] قدّم شكوى باسمي رقمها [[REFERENCE:BVG-2023-1178]].

بعد أسبوعين جاءت [[PERSON:جوان]] بنفسها مع مديرة المشروع واعتذرتا. نقلوني إلى [[ADDRESS:شقة رقم ٢]] في الطابق الأرضي من المبنى نفسه، ودفعت [[ORGANISATION:Brookvale Regeneration Partnership]] تكاليف النقل مرة ثانية، مع تعويض قدره ٧٠٠ جنيه.

ما الذي تغيّر؟ صار عندهم سجل للسكان الذين يحتاجون الطابق الأرضي، ولا يُعرض عليهم غيره. البرج هُدم في الربيع. وقفت أنا و[[PERSON:باتريك]] نتفرّج من بعيد ولم نتكلم. من يريد أن يسأل، هذا بريد ابني: [[EMAIL:mustafa.dulaimi@example.org]].
"""),
    ),
    (
        "fv2ba-ar-03",
        "ar",
        _s("""
السلام عليكم. أنا [[PERSON:سلافة عثمان الطيب]]، [[OTHER_SPECIAL:سودانية]]، أعيش في لندن منذ ٢٠٠٩ مع بناتي الثلاث. هذه قصة التبادل (mutual exchange) الذي كاد يفشل بسبب خطأ لم يكن خطئي.

كنا نسكن في [[ADDRESS:٤٧ Stanhope Road]]، [[POSTCODE:N19 4QB]]، بيت بثلاث غرف في طابق علوي بلا مصعد، والمالك [[ORGANISATION:Northbank Housing Trust]]. صغيرتي [[PERSON:ملاذ]] عمرها [[AGE:٩ سنوات]] وعندها [[HEALTH:فقر الدم المنجلي]]، والدرج كان يتعبها كثيراً. على موقع التبادل تعرّفت على [[PERSON:روتا كازلاوسكيينه]]، وهي [[OTHER_SPECIAL:ليتوانية]] تسكن في [[ADDRESS:شقة 9c]] في [[ADDRESS:Ashby Court]] بالطابق الأرضي، بجانب كنيسة [[ADDRESS:St Anne's]]، وكانت تريد غرفاً أكثر لأن أمها قادمة لتعيش معها.

وافقت [[ORGANISATION:Ashby Homes]] خلال شهر، لكن [[ORGANISATION:Northbank]] رفضت وقالت إن عليّ متأخرات إيجار ١٢٠٠ جنيه. لم يكن عليّ قرش واحد. تبيّن أن دفعات الـ Universal Credit كانت تذهب إلى رقم عقد قديم هو [[REFERENCE:NHT-0087731]] بدل رقمي الجديد [[REFERENCE:NHT-0154206]]. قدّمت شكوى رقمها [[REFERENCE:C/24/3317]] وأرفقت كشوفات البنك.

اتصلت بي الموظفة [[PERSON:فولاسادي]] من فريق الشكاوى على [[PHONE:٠٢٠ ٧٩٤٦ ٠٥٥٩]]، وراجعت الدفعات كلها، ومسحت المتأخرات، واعتذرت كتابياً، ووافقت على التبادل في الأسبوع نفسه مع ٢٠٠ جنيه تعويض.

انتقلنا يوم ١٤ آذار. [[PERSON:روتا]] وابنها [[PERSON:Jonas]] أخذا بيتنا الواسع، ونحن أخذنا شقتها الأرضية. [[PERSON:ملاذ]] الآن في مدرسة [[ADDRESS:Kentish Vale Primary]] على بعد خمس دقائق، ولم تعد تبكي عند الدرج.

ما الذي تغيّر: صارت [[ORGANISATION:Northbank]] تتحقق من حساب الإيجار قبل رفض أي تبادل بسبب المتأخرات، وتعطي المستأجر عشرة أيام ليقدّم الإثبات. بريدي: [[EMAIL:sulafa.eltayeb@example.com]].
"""),
    ),
    (
        "fv2ba-ar-04",
        "ar",
        _s("""
بسم الله الرحمن الرحيم. أنا [[PERSON:عبده قاسم الحُميري]]، أب لستة أولاد، وأكتب قصتنا بالترتيب كما طلب مني موظف المجلس. أفراد الأسرة: أنا وزوجتي [[PERSON:نبيهة]] والأولاد، أكبرهم [[PERSON:وضّاح]] ([[AGE:١٦ سنة]]) وأصغرهم [[PERSON:أروى]] المولودة في [[DATE_OF_BIRTH:الخامس عشر من آذار ٢٠٢٢]].

١) من ٢٠١٤ إلى ٢٠٢٣: [[ADDRESS:٥٨ Staniforth Road]]، شيفيلد، [[POSTCODE:S9 3FR]]، شقة بغرفتين فوق محل السمك والبطاطا. ثمانية أشخاص في غرفتين.
٢) سجّلنا طلب نقل بسبب الاكتظاظ، ورقمنا في قائمة السكن [[REFERENCE:SHR-٦٦٠٢١٩]].
٣) في أيار ٢٠٢٣ عرضت علينا [[ORGANISATION:Five Weirs Housing]] بيتاً بأربع غرف: [[ADDRESS:٣ Darnall Grove]]، البيت الذي خلف محل [[ADDRESS:لونديس]] عند الزاوية، قريب من [[ADDRESS:مسجد الرحمة]].
٤) البيت لم يكن جاهزاً، فنقلت شركة [[ORGANISATION:Don Valley Movers]] نصف الأثاث إلى مخازن [[ORGANISATION:KeepSafe Storage]]، وانتقلنا يوم ١٢ حزيران.

المشكلة: في غرفتين من البيت الجديد كان هناك عفن أسود تحت الطلاء الجديد، و[[PERSON:وضّاح]] عنده [[HEALTH:الربو]] ودخل المستشفى مرتين. والأثاث بقي في المخزن أربعة أشهر، ثم وصلتني فاتورة تخزين ٣٨٠ جنيهاً باسمي.

كيف تم الحل: ذهبت إلى لقاء المستشارة [[PERSON:تشيوما أوبي]] ([[PERSON:Chioma Obi]]) يوم السبت، فاتصلت أمامي بموظف الارتباط مع السكان [[PERSON:Gareth Lumb]]. خلال ثلاثة أسابيع عالجوا الرطوبة وبدّلوا النوافذ، وأعادوا الأثاث، وألغوا الفاتورة، ودفعوا ٥٠٠ جنيه تعويضاً.

ما الذي تغيّر: الآن [[ORGANISATION:Five Weirs]] تفحص الرطوبة قبل تسليم أي بيت لعائلة منقولة، وتكاليف التخزين عليهم لا على المستأجر. وجارنا القديم [[PERSON:ميلان]] من [[ADDRESS:رقم ٦٠]] انتقل هو أيضاً إلى البيت المقابل لنا. هاتفي [[PHONE:0114 496 0861]].
"""),
    ),
    (
        "fv2ba-ar-05",
        "ar",
        _s("""
اسمي [[PERSON:زهور بنسالم]]، [[OTHER_SPECIAL:مغربية]] من وجدة، أرملة وعمري [[AGE:٦٩ سنة]]. بعد أن توفي زوجي [[PERSON:الحسين]] وتزوج الأولاد، بقيت وحدي في بيت بثلاث غرف في [[ADDRESS:٩١ Ladypool Lane]]، برمنغهام، [[POSTCODE:b128qn]]. البيت كبير عليّ والتدفئة غالية، والمالك [[ORGANISATION:Cannon Hill Homes]] كان يبحث عن بيوت للعائلات الكبيرة.

شجّعتني مسؤولة التصغير [[PERSON:سينياد]] ([[PERSON:Sinéad Kavanagh]]) على الانتقال، ووعدتني بمكافأة ٢٥٠٠ جنيه ونقل مجاني. في تشرين الأول انتقلت إلى [[ADDRESS:شقة ٥]] في [[ADDRESS:Mayfield Court]]، العمارة الثالثة بعد مرأب الباصات، مقابل صيدلية [[ADDRESS:Cherrywood Pharmacy]].

المشكلة: شركة النقل [[ORGANISATION:Brum Express Removals]] كسرت مرآة أمي التي جئت بها من المغرب، والمكافأة لم تُدفع. بعد ثلاثة أشهر قالوا إنهم دفعوها، ثم تبيّن أنها ذهبت إلى حساب زوجي المغلق منذ وفاته.

كيف تم الحل: جارتي القديمة السيدة [[PERSON:كوفالتشيك]] ([[PERSON:Halina Kowalczyk]]) من [[ADDRESS:رقم ٨٩]] ساعدتني في كتابة الشكوى بالإنجليزية، ورقمها [[REFERENCE:CHH/DS/2291]]، وأرسلنا نسخة إلى المستشار [[PERSON:ديزموند أوكافور]]. بعد أسبوع دُفعت المكافأة إلى حسابي الذي ينتهي بـ[[OTHER_ID:٧٧٠٤]]، ومعها ١٥٠ جنيهاً عن المرآة و١٠٠ جنيه عن التأخير، ورسالة اعتذار موقّعة.

ما الذي تغيّر: صارت [[ORGANISATION:Cannon Hill]] تطلب تفاصيل الحساب كتابياً عند توقيع اتفاق التصغير، وتدفع خلال ٢٨ يوماً. الشقة دافئة، والسيدة [[PERSON:هالينا]] تزورني كل خميس ونشرب الشاي بالنعناع. بريدي: [[EMAIL:zhour.bensalem@example.net]].
"""),
    ),
    (
        "fv2ba-bn-01",
        "bn",
        _s("""
আমার নাম [[PERSON:ফয়জুন নেসা]], বয়স [[AGE:৬৩]]। ১৯৮৮ সাল থেকে আমরা [[ADDRESS:ক্যাসলমেইন এস্টেট]]-এর [[ADDRESS:Pennington House]]-এ, [[ADDRESS:ফ্ল্যাট ২৭]]-এ থাকতাম। আমার তিন ছেলেমেয়ে ওখানেই বড় হয়েছে। নিচতলায় থাকতেন [[PERSON:মার্গারেট]] খালা, [[OTHER_SPECIAL:আইরিশ]] বুড়ি মানুষ, আমার ছেলেদের প্রথম ইংরেজি শিখিয়েছেন তিনিই।

২০২১ সালে কাউন্সিল জানাল, পুরো এস্টেট ভেঙে তিন ধাপে নতুন বিল্ডিং হবে। রিজেনারেশন অফিসার [[PERSON:ড্যানিয়েল ওকোরো]] বললেন, প্রথম ধাপে [[ADDRESS:Castlemain Wharf]]-এ আমাদের নতুন ফ্ল্যাট হবে, মাঝের দেড় বছর থাকতে হবে [[ADDRESS:১৯ Varden Row]]-এ, [[ADDRESS:শাপলা সুইটস]]-এর উপরের তলায়। আসবাবপত্র গেল [[ORGANISATION:সেফহোল্ড স্টোরেজ]]-এ।

সমস্যা শুরু হল নতুন ফ্ল্যাটে যাওয়ার সময়। আমার স্বামী [[PERSON:আব্দুস সোবহান]]-এর [[HEALTH:ডিমেনশিয়া]], লিফট দেখলে তিনি ভয় পান, অথচ আমাদের দেওয়া হল নয়তলার ফ্ল্যাট। আর স্টোরেজ থেকে যা ফেরত এল, তার মধ্যে আমার মায়ের সেলাই মেশিনটা নেই। ওটা দেশ থেকে আনা।

ছেলে [[PERSON:রায়হান]] অভিযোগ করল, নম্বর [[REFERENCE:CW-RG-০৪৪১৭]]। কাউন্সিলর [[PERSON:জেসমিন আখতারুজ্জামান]] নিজে এসে দেখে গেলেন। রেসিডেন্ট লিয়াজোঁ অফিসার [[PERSON:ক্লেয়ার]] দুই সপ্তাহের মধ্যে আমাদের প্রথম তলার [[ADDRESS:ফ্ল্যাট ৪]]-এ সরিয়ে দিলেন, [[ADDRESS:শাহপরান মসজিদ]]-এর ঠিক উল্টো দিকে। সেলাই মেশিন পাওয়া গেল স্টোরেজের অন্য এক খোপে, অন্য পরিবারের নামে। [[ORGANISATION:Poplar Riverside Homes]] ক্ষতিপূরণ দিল ৯০০ পাউন্ড, আর লিখিতভাবে মাফ চাইল।

এখন কী বদলেছে: রিজেনারেশন টিম প্রতিটি পরিবারের স্বাস্থ্যের প্রয়োজন আগেই লিখে রাখে, আর প্রত্যেক পরিবারের জন্য একজন নির্দিষ্ট অফিসার থাকে শুরু থেকে শেষ পর্যন্ত। [[PERSON:মার্গারেট]] খালাও এখন আমাদের বিল্ডিংয়ে, দোতলায়। কেউ কথা বলতে চাইলে ফোন করবেন [[PHONE:০৭৭০০ ৯০০ ২৩৮]]।
"""),
    ),
    (
        "fv2ba-bn-02",
        "bn",
        _s("""
আমি [[PERSON:তানভীর হোসেন শিকদার]], বয়স [[AGE:১৯]], Oldham-এ থাকি। ইংরেজি ভালো পারি বলে আমাদের বাসা বদলের সব কাগজপত্র আমিই সামলেছি, তাই গল্পটা আমিই লিখছি।

আমরা সাতজন: আব্বা, আম্মা, দাদি, আমি, দুই বোন [[PERSON:নাফিসা]] আর [[PERSON:মুনতাহা]], আর ছোট ভাই [[PERSON:ইশরাক]]। থাকতাম [[ADDRESS:64 Coppice Street]]-এর দুই বেডরুমের বাসায়, [[POSTCODE:OL8 1RS]]। বাড়িওয়ালা [[ORGANISATION:Pennine Edge Housing]]। [[PERSON:নাফিসা]]-র [[HEALTH:এপিলেপসি]] আছে, রাতে খিঁচুনি হলে একই ঘরে ঘুমানো ভাইবোনরা ভয়ে কেঁদে ফেলত।

২০২২-এ overcrowding আর medical priority-র জন্য transfer চাইলাম, housing register নম্বর [[REFERENCE:PEH/HR/30982]]। আমাদের GP [[ADDRESS:Glodwick Health Centre]] থেকে ডাক্তারের চিঠিও জমা দিয়েছিলাম। কিন্তু ওরা চিঠিটা হারিয়ে ফেলল, তাই পুরো এক বছর আমরা ভুল ব্যান্ডে পড়ে ছিলাম।

তখন কাউন্সিলর [[PERSON:Siobhan McAteer]]-কে ইমেল করলাম, আর ইনস্টাগ্রামে ([[OTHER_ID:@tanvir.oldham]]) আমাদের ঘরের ছবি দিলাম। দুই সপ্তাহ পর হাউজিং অফিসার [[PERSON:মারেক হোরভাত]] ফোন করলেন। তিনি খুঁজে পেলেন, চিঠিটা স্ক্যান হয়েছিল ঠিকই, কিন্তু অন্য এক পরিবারের ফাইলে, যাদের পদবিও আমাদের মতো। ভুল মেনে নিয়ে আমাদের priority পিছনের তারিখ থেকে দেওয়া হল, আর ৪০০ পাউন্ড ক্ষতিপূরণ।

তিন মাস পর চার বেডরুমের বাড়ি পেলাম: [[ADDRESS:12 Glodwick Rise]], মোড়ের [[ADDRESS:Costcutter]]-টার ঠিক পেছনে। [[ORGANISATION:Medlock Man & Van]] জিনিসপত্র নিয়ে এল, ভাড়াটা দিল [[ORGANISATION:Pennine Edge]]। এখন [[PERSON:নাফিসা]] নিজের ঘরে ঘুমায়, আম্মা শান্তিতে ঘুমাতে পারেন।

কী বদলেছে: এখন medical form জমা দিলে রসিদ দেয়, আর পাঁচ দিনের মধ্যে ইমেলে জানায় কোন ফাইলে উঠল। কারো সাহায্য লাগলে লিখবেন: [[EMAIL:tanvir ডট sikder অ্যাট example ডট com]]।
"""),
    ),
    (
        "fv2ba-bn-03",
        "bn",
        _s("""
আমি [[PERSON:সাবিকুন নাহার]]। ২০২২ সালের নভেম্বরে প্রাইভেট বাড়িওয়ালা নোটিশ দিলে আমি, আমার স্বামী [[PERSON:মোস্তাকিম]], ছেলে [[PERSON:আরিয়ান]] (জন্ম [[DATE_OF_BIRTH:১২/০৮/২০১৬]]) আর মেয়ে [[PERSON:ইনায়া]] ([[AGE:৪ বছর]]) একদম রাস্তায় এসে পড়ি।

কাউন্সিল আমাদের রাখল Ilford-এর [[ADDRESS:Cranbrook Inn]] হোটেলে, [[ADDRESS:রুম ৩০৬]]-এ। এক ঘরে চারজন, রান্নার কোনো জায়গা নেই, কেটলিতে নুডলস বানিয়ে খেতাম। আট মাস পর পাঠাল [[ADDRESS:Ripple Lodge]] হোস্টেলে, সেখানে ছয় পরিবারের এক রান্নাঘর। আমাদের TA রেফারেন্স ছিল [[REFERENCE:TA/55218]]।

সমস্যা ছিল স্কুল নিয়ে। ছেলেমেয়েরা পড়ত [[ADDRESS:লক্সফোর্ড লেন প্রাইমারি]]-তে, হোস্টেল থেকে দুই বাস, রোজ দেড় ঘণ্টা। কাউন্সিল বলেছিল বাসভাড়া ফেরত দেবে, কিন্তু ছয় মাসে এক পয়সাও দেয়নি। তারপর স্থায়ী বাড়ির অফার এল, [[ADDRESS:22 Becontree Crescent]], [[POSTCODE:rm9 4xt]], কিন্তু চাবি নিতে গিয়ে দেখি বয়লার ভাঙা, ডিসেম্বর মাসে।

অভিযোগ করলাম। কেসওয়ার্কার [[PERSON:ওলুমিদে আদেওলা]] সব রসিদ দেখে [[ORGANISATION:Eastbrook Borough Council]]-কে দিয়ে ৬১২ পাউন্ড বাসভাড়া ফেরত দেওয়ালেন। বয়লার বদলানো পর্যন্ত আমাদের হোস্টেলেই রাখা হল, কিন্তু সেই দুই সপ্তাহের ভাড়া মাফ। জানুয়ারিতে আমরা নতুন বাড়িতে উঠলাম। পাশের বাড়ির [[PERSON:জয়েস]] আন্টি প্রথম দিনই কেক নিয়ে এলেন।

কী বদলেছে: এখন TA-তে থাকা পরিবারকে যতটা পারা যায় বাচ্চাদের স্কুলের কাছে রাখা হয়, আর বাসভাড়া মাসে মাসে আপনাআপনি দেওয়া হয়। কারো প্রশ্ন থাকলে আমার নম্বর [[PHONE:020 7946 0184]]।
"""),
    ),
    (
        "fv2ba-bn-04",
        "bn",
        _s("""
আমি [[PERSON:মাহফুজ আলম খান]], Birmingham-এ ট্যাক্সি চালাই। ২০২৩ সালে [[PERSON:মারলন ফ্রান্সিস]]-এর সঙ্গে mutual exchange করি। আমি থাকতাম [[ADDRESS:flat 11]], [[ADDRESS:Aston Brook House]]-এ, এগারো তলায়, [[ORGANISATION:Tame Valley Homes]]-এর ফ্ল্যাট। [[PERSON:মারলন]] ভাই থাকতেন [[ADDRESS:৫ উইটন লেন]]-এ, [[ORGANISATION:Perry Barr Community Housing]]-এর তিন বেডরুমের বাড়িতে। ওনার ছেলেমেয়েরা সবাই বড় হয়ে চলে গেছে, আর আমার তিন বাচ্চা এক ঘরে। দুজনেরই লাভ।

সমস্যা: বদলের পর দেখি রান্নাঘর আর বসার ঘরের মাঝের দেয়াল ভাঙা, অনেক বছর আগে কেউ অনুমতি ছাড়া ভেঙেছিল। [[ORGANISATION:PBCH]] বলল "accepted as seen", ঠিক করার খরচ ২,৪০০ পাউন্ড আমাকেই দিতে হবে। অথচ exchange-এর আগে ওদের নিজেদের inspection হয়েছিল, তাতে কিছুই লেখা ছিল না। তার উপর আমার গাড়ি [[OTHER_ID:BV17 KHR]]-এর পার্কিং পারমিট নতুন ঠিকানায় দেয়নি, তিনবার জরিমানা খেলাম।

অভিযোগ নম্বর [[REFERENCE:PBCH-CMP-7734]]। Stage 1-এ কিছু হল না। Stage 2-এ ম্যানেজার [[PERSON:Rebecca Szymańska]] বাসায় এসে inspection রিপোর্ট দেখলেন, মানলেন যে ভুলটা ওদের inspector-এর। দেয়াল বিনা খরচে আবার তোলা হল, জরিমানার টাকা ফেরত দিল, পারমিট দিল, আর ৩০০ পাউন্ড ক্ষতিপূরণ।

এখন কী বদলেছে: exchange inspection-এ প্রতিটা ঘরের ছবি তোলা হয়, আর দুই পক্ষকেই কপি দেওয়া হয়। [[PERSON:মারলন]] ভাই এখনো মাঝে মাঝে ফোন করেন, বলেন এগারো তলা থেকে শহরটা দেখতে ভালোই লাগে। আমার ছোট মেয়ে [[PERSON:রুবাইয়া]] এখন [[ADDRESS:Witton Lodge Primary]]-তে যায়, হেঁটে পাঁচ মিনিট। যোগাযোগ [[PHONE:0121 496 0745]]।
"""),
    ),
    (
        "fv2ba-bn-05",
        "bn",
        _s("""
নাম: [[PERSON:সিরাজুল হক মজুমদার]]। জন্ম তারিখ: [[DATE_OF_BIRTH:১লা জানুয়ারি ১৯৫১]]। ন্যাশনাল ইনস্যুরেন্স: [[NI_NUMBER:JM 41 78 20 C]]। স্ত্রী: [[PERSON:হোসনে আরা]]।

আমাদের বাসা বদলের হিসাব:
১. ১৯৯৪ থেকে ২০২৩: [[ADDRESS:33 Dunstable Row]], Luton, [[POSTCODE:LU4 8JE]]। চার বেডরুম, ছেলেমেয়েরা সবাই আলাদা হয়ে গেছে।
২. মার্চ ২০২৩: downsizing-এর আবেদন, রেফারেন্স [[REFERENCE:LCH-DS-০৬৬১]]।
৩. আগস্ট ২০২৩: [[ADDRESS:ফ্ল্যাট ২]], [[ADDRESS:উইলো কোর্ট]], [[ADDRESS:মদিনা মসজিদ]]-এর পেছনের তিন নম্বর বিল্ডিং। বাড়িওয়ালা [[ORGANISATION:Lea Valley Community Homes]]।
৪. বাড়তি আসবাব [[ORGANISATION:চিলটার্ন সুইফট রিমুভালস]] নিয়ে রাখল [[ORGANISATION:BoxIt Storage]]-এ।

কী ভুল হয়েছিল: [[ORGANISATION:Lea Valley]]-র সিস্টেমে আমার নামে আরেকজন আছেন, [[PERSON:সিরাজুল হক]], একই রাস্তায় থাকেন। downsizing-এর ১,৫০০ পাউন্ড চলে গেল তাঁর অ্যাকাউন্টে, আর আমার পুরনো বাড়ির ভাড়া তিন মাস ধরে কাটা হচ্ছিল, নতুনটার সঙ্গে একসাথে। শুধু NI নম্বর মেলালেই ভুলটা হত না। আমার [[HEALTH:অ্যানজাইনা]] আছে, এই দুশ্চিন্তায় দুবার বুকে ব্যথা উঠেছিল।

কীভাবে ঠিক হল: মেয়ে [[PERSON:তাসলিমা]] ইমেল করল টেন্যান্সি ম্যানেজার [[PERSON:Paul Ashworth]]-কে, আর কপি দিল কাউন্সিলর [[PERSON:Nkechi Adebanjo]]-কে। দশ দিনের মধ্যে ডবল ভাড়ার ৬৪২ পাউন্ড ফেরত এল, downsizing-এর টাকা আমার অ্যাকাউন্টে এল, আর ভুলের জন্য আরো ২০০ পাউন্ড। স্টোরেজের ভাড়াও ওরা দিয়ে দিল। পুরনো প্রতিবেশী [[PERSON:গ্লেন্ডা]] আপা এখনো রবিবারে দেখা করতে আসেন।

কী বদলেছে: এখন টাকা দেওয়ার আগে নাম, জন্ম তারিখ আর NI নম্বর তিনটাই মেলানো হয়। আমার ইমেল [[EMAIL:siraj.mazumder@example.org]]।
"""),
    ),
    (
        "fv2ba-pa-01",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਕਰਤਾਰ ਸਿੰਘ ਮਠਾੜੂ]] ਹਾਂ, ਉਮਰ [[AGE:੭੮ ਸਾਲ]]। ਚੌਂਤੀ ਸਾਲ ਅਸੀਂ [[ADDRESS:ਹੈਵਲੌਕ ਟਾਵਰ]] ਦੇ [[ADDRESS:ਫਲੈਟ ੫੨]] ਵਿੱਚ ਰਹੇ, ਸਾਊਥਾਲ ਦੀ [[ADDRESS:Golden Acre estate]] ਉੱਤੇ। ਖਿੜਕੀ ਵਿੱਚੋਂ [[ADDRESS:ਗੁਰਦੁਆਰਾ ਦਸਮੇਸ਼ ਦਰਬਾਰ]] ਦਾ ਨਿਸ਼ਾਨ ਸਾਹਿਬ ਦਿਸਦਾ ਸੀ। ਨਾਲ ਵਾਲੇ ਫਲੈਟ ਵਿੱਚ [[PERSON:ਡੈਨਿਸ ਮਰਫ਼ੀ]] ਰਹਿੰਦਾ ਸੀ, ਤੇ ਉੱਪਰ [[PERSON:ਜ਼ੋਫ਼ੀਆ]] ਆਪਣੇ ਮੁੰਡੇ ਨਾਲ। ਦੀਵਾਲੀ ਤੇ ਕ੍ਰਿਸਮਸ ਅਸੀਂ ਇਕੱਠੇ ਮਨਾਉਂਦੇ ਸੀ।

ਜਦੋਂ ਟਾਵਰ ਢਾਹੁਣ ਦਾ ਫ਼ੈਸਲਾ ਹੋਇਆ, ਰੀਜਨਰੇਸ਼ਨ ਅਫ਼ਸਰ [[PERSON:Rachel Adebayo]] ਨੇ ਵਾਅਦਾ ਕੀਤਾ ਕਿ ਨਵੇਂ ਘਰ ਵਿੱਚ ਮੇਰੀ ਘਰਵਾਲੀ [[PERSON:ਮਨਜੀਤ ਕੌਰ]] ਦੀ ਵ੍ਹੀਲਚੇਅਰ ਲਈ ਪੂਰੀ ਥਾਂ ਹੋਵੇਗੀ। ਉਸ ਨੂੰ ੨੦੧੯ ਵਿੱਚ [[HEALTH:ਅਧਰੰਗ]] ਹੋ ਗਿਆ ਸੀ। ਦੂਜੇ ਫ਼ੇਜ਼ ਵਿੱਚ ਅਸੀਂ [[ADDRESS:੧੪ Canal Walk]], [[POSTCODE:UB2 5ND]] ਵਿੱਚ ਆ ਗਏ। ਪਰ ਰਸੋਈ ਇੰਨੀ ਤੰਗ ਸੀ ਕਿ ਵ੍ਹੀਲਚੇਅਰ ਅੰਦਰ ਹੀ ਨਹੀਂ ਜਾਂਦੀ ਸੀ, ਤੇ ਬਾਥਰੂਮ ਵਿੱਚ ਟੱਬ ਸੀ, ਸ਼ਾਵਰ ਨਹੀਂ।

ਸਾਡੀ ਨੂੰਹ [[PERSON:ਹਰਲੀਨ]] ਨੇ ਸ਼ਿਕਾਇਤ ਲਿਖੀ, ਨੰਬਰ [[REFERENCE:HPH/੨੦੨੩/੦੮੮੧]]। ਵਾਰਡ ਕੌਂਸਲਰ [[PERSON:ਟੈਰੈਂਸ ਓਕੋਨਕਵੋ]] ਘਰ ਆਏ ਤੇ ਆਪ ਵੇਖ ਕੇ ਗਏ। ਰੈਜ਼ੀਡੈਂਟ ਲਿਆਜ਼ੋਂ ਅਫ਼ਸਰ [[PERSON:ਸੁਖਵਿੰਦਰ]] ਨੇ ਪੰਜਾਬੀ ਵਿੱਚ ਸਾਡੀ ਸਾਰੀ ਗੱਲ ਸੁਣੀ। [[ORGANISATION:Havelock Partnership Homes]] ਨੇ ਰਸੋਈ ਨਵੇਂ ਸਿਰਿਓਂ ਬਣਾਈ, ਨੀਵੇਂ ਕਾਊਂਟਰ ਲਾਏ, ਵਾਕ-ਇਨ ਸ਼ਾਵਰ ਲਾਇਆ ਤੇ ੧੨੦੦ ਪੌਂਡ ਦਿੱਤੇ। ਜਦ ਤੱਕ ਕੰਮ ਚੱਲਦਾ ਰਿਹਾ, ਸਾਨੂੰ ਦੋ ਹਫ਼ਤੇ [[ADDRESS:Park View Lodge]] ਵਿੱਚ ਰੱਖਿਆ।

ਹੁਣ ਕੀ ਬਦਲਿਆ: ਹਰ ਪਰਿਵਾਰ ਦੀ ਲੋੜ ਓ.ਟੀ. ਪਹਿਲਾਂ ਵੇਖਦਾ ਹੈ, ਫਿਰ ਨਕਸ਼ਾ ਪਾਸ ਹੁੰਦਾ ਹੈ। ਟਾਵਰ ਪਿਛਲੇ ਮਹੀਨੇ ਡਿੱਗ ਗਿਆ। [[PERSON:ਡੈਨਿਸ]] ਤੇ ਮੈਂ ਸੜਕ ਦੇ ਪਾਰ ਖੜ੍ਹੇ ਵੇਖਦੇ ਰਹੇ, ਕਿਸੇ ਨੇ ਕੁਝ ਨਾ ਕਿਹਾ। ਉਹ ਹੁਣ ਸਾਡੇ ਤੋਂ ਤਿੰਨ ਘਰ ਛੱਡ ਕੇ [[ADDRESS:ਨੰਬਰ ੨੦]] ਵਿੱਚ ਹੈ। ਫ਼ੋਨ: [[PHONE:੦੭੭੦੦ ੯੦੦ ੬੧੪]]।
"""),
    ),
    (
        "fv2ba-pa-02",
        "pa",
        _s("""
ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ। ਮੇਰਾ ਨਾਂ [[PERSON:ਪਰਮਜੀਤ ਕੌਰ ਬਸਰਾ]] ਹੈ, ਵੁਲਵਰਹੈਂਪਟਨ ਤੋਂ। ਸਰਦਾਰ ਜੀ, [[PERSON:ਜੋਗਿੰਦਰ ਸਿੰਘ]], ਦੇ ਜਾਣ ਤੋਂ ਬਾਅਦ ਮੈਂ [[ADDRESS:੪੧ ਬਰਚ ਸਟਰੀਟ]] ਵਾਲੇ ਤਿੰਨ ਕਮਰਿਆਂ ਦੇ ਘਰ ਵਿੱਚ ਇਕੱਲੀ ਰਹਿ ਗਈ, ਕੋਨੇ ਵਾਲੀ [[ADDRESS:ਰਾਣਾ ਸਵੀਟਸ]] ਦੇ ਬਿਲਕੁਲ ਪਿੱਛੇ। ਬੱਤੀ ਸਾਲ ਉਸ ਘਰ ਵਿੱਚ ਕੱਢੇ, ਬੱਚੇ ਵਿਆਹੇ, ਪੋਤੇ ਜੰਮੇ।

ਮਕਾਨ ਮਾਲਕ [[ORGANISATION:Wolverside Homes]] ਨੇ ਕਿਹਾ ਕਿ ਜੇ ਮੈਂ ਛੋਟੇ ਘਰ ਚਲੀ ਜਾਵਾਂ ਤਾਂ ੨੦੦੦ ਪੌਂਡ ਮਿਲਣਗੇ। ਮੈਂ ਮੰਨ ਗਈ ਤੇ [[ADDRESS:੬ Tettenhall Mews]] ਵਾਲੇ ਬੰਗਲੇ ਵਿੱਚ ਆ ਗਈ, ਪੋਸਟਕੋਡ [[POSTCODE:wv60ql]]।

ਮੁਸ਼ਕਲ ਇਹ ਹੋਈ ਕਿ ਪੈਸੇ ਦੀ ਥਾਂ ਚਿੱਠੀ ਆਈ: ਪੁਰਾਣੇ ਘਰ ਦੇ "ਨੁਕਸਾਨ" ਲਈ ੧੬੫੦ ਪੌਂਡ ਕੱਟੇ ਗਏ, ਰਸੋਈ ਦੀਆਂ ਅਲਮਾਰੀਆਂ ਤੇ ਪਿਛਲੇ ਕਮਰੇ ਦੀ ਸਿੱਲ੍ਹ ਲਈ। ਉਹ ਅਲਮਾਰੀਆਂ ਤਾਂ ਸਰਦਾਰ ਜੀ ਨੇ ੧੯੯੮ ਵਿੱਚ ਕੌਂਸਲ ਦੀ ਇਜਾਜ਼ਤ ਨਾਲ ਲਾਈਆਂ ਸਨ, ਤੇ ਸਿੱਲ੍ਹ ਮੈਂ ਪੰਜ ਵਾਰ ਰਿਪੋਰਟ ਕੀਤੀ ਸੀ।

ਮੇਰੀ ਪੁਰਾਣੀ ਗੁਆਂਢਣ [[PERSON:ਬੈਵਰਲੀ ਗ੍ਰਾਂਟ]] ([[PERSON:Beverley Grant]]) ਕੋਲ ੧੯੯੮ ਵਾਲੀ ਇਜਾਜ਼ਤ ਦੀ ਚਿੱਠੀ ਦੀ ਕਾਪੀ ਪਈ ਸੀ, ਕਿਉਂਕਿ ਉਹਨਾਂ ਦੇ ਘਰ ਵੀ ਉਹੀ ਕੰਮ ਹੋਇਆ ਸੀ। ਪੋਤੀ [[PERSON:ਸਿਮਰਨ]] ਨੇ ਸਭ ਕੁਝ ਨਾਲ ਲਾ ਕੇ ਸ਼ਿਕਾਇਤ ਭੇਜੀ, ਨੰਬਰ [[REFERENCE:WH-CMP-੫੫੦੨]]। ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ [[PERSON:Craig Whitehouse]] ਨੇ ਮੰਨਿਆ ਕਿ ਕਟੌਤੀ ਗ਼ਲਤ ਸੀ। ਪਹਿਲਾਂ ਉਹਨਾਂ ਨੇ ਪੈਸੇ ਸਰਦਾਰ ਜੀ ਦੇ ਬੰਦ ਖਾਤੇ ਵਿੱਚ ਪਾ ਦਿੱਤੇ, ਫਿਰ ਮੈਂ ਦੁਬਾਰਾ ਲਿਖ ਕੇ ਦਿੱਤਾ: ਸੌਰਟ ਕੋਡ [[OTHER_ID:੨੦-੧੪-੫੫]], ਖਾਤਾ [[OTHER_ID:੪੩੧੮੮੦੨੭]]। ਪੂਰੇ ੨੦੦੦ ਪੌਂਡ ਤੇ ੨੫੦ ਪੌਂਡ ਖੱਜਲ-ਖੁਆਰੀ ਦੇ ਆ ਗਏ।

ਹੁਣ ਕੀ ਬਦਲਿਆ: ਘਰ ਛੱਡਣ ਤੋਂ ਪਹਿਲਾਂ ਦੀ ਜਾਂਚ ਹੁਣ ਕਿਰਾਏਦਾਰ ਦੇ ਸਾਹਮਣੇ ਹੁੰਦੀ ਹੈ, ਤੇ ਪੁਰਾਣੀਆਂ ਇਜਾਜ਼ਤਾਂ ਪਹਿਲਾਂ ਫ਼ਾਈਲ ਵਿੱਚ ਵੇਖੀਆਂ ਜਾਂਦੀਆਂ ਹਨ। [[PERSON:ਬੈਵਰਲੀ]] ਹਰ ਐਤਵਾਰ ਬੰਗਲੇ ਆਉਂਦੀ ਹੈ। ਮੇਰਾ ਨੰਬਰ [[PHONE:07700 900 772]], ਈਮੇਲ [[EMAIL:pkbasra@example.com]]।
"""),
    ),
    (
        "fv2ba-pa-03",
        "pa",
        _s("""
Hi, ਮੈਂ [[PERSON:ਹਰਨੂਰ ਗਰੇਵਾਲ]] ਹਾਂ, [[AGE:੨੬ ਸਾਲ]] ਦੀ। ਮੇਰੇ husband [[PERSON:ਅੰਮ੍ਰਿਤਪਾਲ]] (ਸਾਰੇ ਉਹਨੂੰ [[PERSON:Ampy]] ਕਹਿੰਦੇ) ਤੇ ਸਾਡੀ ਧੀ [[PERSON:ਸੀਰਤ]] ਨਾਲ ਸਾਡਾ TA ਵਾਲਾ ਸਫ਼ਰ ਇਹ ਰਿਹਾ:

- ਜਨਵਰੀ ੨੦੨੩: ਪ੍ਰਾਈਵੇਟ ਮਾਲਕ ਨੇ Section 21 ਦੇ ਦਿੱਤਾ।
- ਮਾਰਚ: ਕੌਂਸਲ ਨੇ Slough ਦੇ [[ADDRESS:Bath Road Inn]] ਵਿੱਚ ਰੱਖਿਆ, [[ADDRESS:room 14]], ਮਾਈਕ੍ਰੋਵੇਵ ਵੀ ਨਹੀਂ।
- ਜੂਨ: [[ADDRESS:Langley House]] ਹੋਸਟਲ, ਸਾਂਝੀ ਰਸੋਈ। ਸਾਡਾ ਸਮਾਨ [[ORGANISATION:Thames Box Storage]] ਵਿੱਚ ਪਿਆ ਰਿਹਾ।
- ਨਵੰਬਰ: ਪੱਕਾ ਘਰ ਮਿਲਿਆ, [[ADDRESS:flat 9]], [[ADDRESS:Chalvey Court]], ਓਹੀ ਬਲਾਕ ਜਿਹੜਾ [[ADDRESS:ਚਾਹਲ ਕੈਸ਼ ਐਂਡ ਕੈਰੀ]] ਦੇ ਉੱਪਰ ਹੈ।

ਗੜਬੜ ਇਹ ਹੋਈ ਕਿ ਚਾਬੀਆਂ ਤਾਂ ਮਿਲ ਗਈਆਂ ਪਰ ਫਲੈਟ ਵਿੱਚ ਬਿਜਲੀ ਦਾ ਮੀਟਰ ਹੀ ਨਹੀਂ ਸੀ। [[ORGANISATION:Thameside Borough Council]] ਕਹਿੰਦੀ ਰਹੀ ਕਿ ਇਹ supplier ਦਾ ਕੰਮ ਹੈ। ਹੋਸਟਲ ਵਾਲਿਆਂ ਨੇ ਸਾਡਾ ਕਮਰਾ ਕਿਸੇ ਹੋਰ ਨੂੰ ਦੇ ਦਿੱਤਾ, ਤੇ ਅਸੀਂ ਤਿੰਨ ਹਫ਼ਤੇ ਹਨੇਰੇ ਵਿੱਚ ਰਹੇ, ਨਵੰਬਰ ਵਿੱਚ, [[AGE:ਸੱਤ ਮਹੀਨਿਆਂ]] ਦੀ ਬੱਚੀ ਨਾਲ। ਉੱਤੋਂ ਸਟੋਰੇਜ ਦਾ ਬਿੱਲ ਸਾਡੇ ਨਾਂ ਆ ਗਿਆ।

ਮੈਂ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਨੰਬਰ [[REFERENCE:TBC/COMP/40217]], ਤੇ Instagram ([[OTHER_ID:@harnoor.ampy.seerat]]) ਤੇ ਹਨੇਰੇ ਫਲੈਟ ਦੀ ਵੀਡੀਓ ਪਾਈ। ਅਗਲੇ ਦਿਨ housing officer [[PERSON:ਜੈਸਮਿਨ ਓ'ਨੀਲ]] ਦਾ ਫ਼ੋਨ ਆਇਆ। ਉਹਨੇ ਉਸੇ ਰਾਤ ਸਾਨੂੰ ਰਸੋਈ ਵਾਲੇ ਹੋਟਲ ਵਿੱਚ ਭੇਜਿਆ, ਪੰਜ ਦਿਨਾਂ ਵਿੱਚ ਮੀਟਰ ਲਗਵਾਇਆ, ਸਟੋਰੇਜ ਦਾ ਬਿੱਲ ਕੌਂਸਲ ਨੇ ਭਰਿਆ ਤੇ ੩੫੦ ਪੌਂਡ ਦਿੱਤੇ।

ਹੁਣ ਕੀ ਬਦਲਿਆ: ਖ਼ਾਲੀ ਫਲੈਟ ਦੀ ਜਾਂਚ ਵਿੱਚ ਮੀਟਰ ਵੀ ਚੈੱਕ ਹੁੰਦੇ ਹਨ, ਤੇ ਬਿਜਲੀ ਚੱਲਣ ਤੱਕ ਹੋਸਟਲ ਦਾ ਕਮਰਾ ਨਹੀਂ ਖੋਹਿਆ ਜਾਂਦਾ। ਕੋਈ ਗੱਲ ਪੁੱਛਣੀ ਹੋਵੇ ਤਾਂ [[PHONE:07700 900 527]] ਤੇ WhatsApp ਕਰ ਲਓ।
"""),
    ),
    (
        "fv2ba-pa-04",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਜਗਦੀਪ ਸਿੰਘ ਰੰਧਾਵਾ]], ਲੈਸਟਰ ਤੋਂ। ਮੈਨੂੰ [[HEALTH:ਮਲਟੀਪਲ ਸਕਲੇਰੋਸਿਸ]] ਹੈ ਤੇ ਦੋ ਸਾਲ ਤੋਂ ਵ੍ਹੀਲਚੇਅਰ ਵਰਤਦਾ ਹਾਂ। ਅਸੀਂ [[ADDRESS:੧੭ Belgrave Gate]] ਦੀ ਉੱਪਰਲੀ ਮੰਜ਼ਲ ਤੇ ਰਹਿੰਦੇ ਸੀ, ਮਕਾਨ ਮਾਲਕ [[ORGANISATION:Soar Point Housing]]। ਪੌੜੀਆਂ ਚੜ੍ਹਨੀਆਂ ਬੰਦ ਹੋ ਗਈਆਂ ਤਾਂ ਘਰ ਜੇਲ੍ਹ ਬਣ ਗਿਆ।

ਘਰ ਬਦਲਣ ਵਾਲੀ ਵੈੱਬਸਾਈਟ ਤੇ ਮੈਨੂੰ [[PERSON:ਤੇਂਦਾਈ ਮੋਯੋ]] ਮਿਲੀ, ਜੋ [[OTHER_SPECIAL:ਜ਼ਿੰਬਾਬਵੇ]] ਤੋਂ ਹੈ। ਉਹ [[ADDRESS:Rushey Mead Court]] ਦੇ ਹੇਠਲੇ [[ADDRESS:ਫਲੈਟ ੩]] ਵਿੱਚ ਸੀ, [[ORGANISATION:Abbey Meadows Homes]] ਦਾ। ਉਸ ਨੂੰ ਵੱਡਾ ਘਰ ਚਾਹੀਦਾ ਸੀ ਤੇ ਧੀ ਦਾ ਸਕੂਲ, [[ADDRESS:Belgrave Heights Academy]], ਸਾਡੇ ਘਰ ਦੇ ਨੇੜੇ ਹੈ। ਦੋਵਾਂ ਦਾ ਫ਼ਾਇਦਾ।

ਪਰ [[ORGANISATION:Abbey Meadows]] ਨੇ ਨਾਂਹ ਕਰ ਦਿੱਤੀ: "ਫਲੈਟ adapted ਨਹੀਂ, ਤੁਹਾਡੇ ਲਈ ਢੁਕਵਾਂ ਨਹੀਂ।" ਅਸਲ ਵਿੱਚ ਉਹ ਰੈਂਪ ਤੇ ਸ਼ਾਵਰ ਦਾ ਖ਼ਰਚਾ ਨਹੀਂ ਸੀ ਕਰਨਾ ਚਾਹੁੰਦੇ। ਮੈਂ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਨੰਬਰ [[REFERENCE:AMH/ME/0419]], ਤੇ ਸਾਡੇ GP [[ADDRESS:Belgrave Medical Practice]] ਤੋਂ ਓ.ਟੀ. ਦੀ ਚਿੱਠੀ ਲਾਈ।

ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ ਮਿਸਿਜ਼ [[PERSON:ਐਲਿਸਨ ਪ੍ਰਾਈਸ]] ਨੇ ਮੰਨਿਆ ਕਿ ਸਿਰਫ਼ adaptations ਦੀ ਕੀਮਤ ਕਾਰਨ exchange ਰੋਕਣਾ ਗ਼ਲਤ ਸੀ। ਕੌਂਸਲ ਦੀ grant ਨਾਲ ਰੈਂਪ ਤੇ wet room ਪਹਿਲਾਂ ਲੱਗੇ, ਫਿਰ ਅਸੀਂ ਘਰ ਬਦਲੇ। ਮੇਰੀ ਘਰਵਾਲੀ [[PERSON:ਰਾਜਵਿੰਦਰ]] ਕਹਿੰਦੀ ਹੈ ਕਿ ਤਿੰਨ ਸਾਲ ਬਾਅਦ ਮੈਂ ਆਪ ਦਰਵਾਜ਼ੇ ਤੋਂ ਬਾਹਰ ਗਿਆ। [[PERSON:ਤੇਂਦਾਈ]] ਦੀ ਧੀ ਹੁਣ ਸਕੂਲ ਪੈਦਲ ਜਾਂਦੀ ਹੈ।

ਹੁਣ ਕੀ ਬਦਲਿਆ: ਜਦੋਂ exchange ਵਿੱਚ ਕੋਈ ਅਪਾਹਜ ਹੋਵੇ, ਓ.ਟੀ. ਆਪਣੇ ਆਪ ਸੱਦਿਆ ਜਾਂਦਾ ਹੈ ਤੇ ਫ਼ੈਸਲਾ ਚਾਰ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਹੁੰਦਾ ਹੈ। ਫ਼ੋਨ [[PHONE:0116 496 0392]], ਈਮੇਲ [[EMAIL:ਜਗਦੀਪ ਡਾਟ ਰੰਧਾਵਾ ਐਟ example ਡਾਟ net]]।
"""),
    ),
    (
        "fv2ba-pa-05",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਨਵਦੀਪ ਕੌਰ ਜੌਹਲ]], ਗ੍ਰੇਵਜ਼ੈਂਡ। ਕੌਂਸਲ ਨੇ ਕਿਹਾ ਤਰੀਕਾਂ ਨਾਲ ਲਿਖੋ, ਸੋ ਲਿਖ ਰਹੀ ਹਾਂ। ਪਰਿਵਾਰ: ਮੈਂ, ਪਤੀ [[PERSON:ਰਣਜੋਧ]], ਸੱਸ ਜੀ, ਧੀ [[PERSON:ਏਕਮ]] ([[AGE:੧੨]]), ਧੀ [[PERSON:ਮਹਿਕ]] ([[AGE:੯]]), ਤੇ ਜੌੜੇ ਮੁੰਡੇ [[PERSON:ਜ਼ੋਰਾਵਰ]] ਤੇ [[PERSON:ਫ਼ਤਿਹ]], ਜਨਮ [[DATE_OF_BIRTH:੨੧ ਮਾਰਚ ੨੦੧੯]]।

੨੦੧੬: [[ADDRESS:੨੯ ਡਾਰਨਲੀ ਰੋਡ]], ਦੋ ਕਮਰੇ, ਮਕਾਨ ਮਾਲਕ [[ORGANISATION:Medway Reach Housing]]।
੨੦੧੯: ਜੌੜੇ ਜੰਮੇ, ਸੱਤ ਜਣੇ ਦੋ ਕਮਰਿਆਂ ਵਿੱਚ। ਓਵਰਕਰਾਊਡਿੰਗ ਦੀ ਅਰਜ਼ੀ, ਨੰਬਰ [[REFERENCE:MRH-OC-7726]]।
੨੦੨੨: [[ADDRESS:Riverside Quay]] ਦੇ ਪਹਿਲੇ ਫ਼ੇਜ਼ ਵਿੱਚ "ਚਾਰ ਕਮਰਿਆਂ" ਵਾਲੇ ਘਰ ਦੀ ਪੇਸ਼ਕਸ਼। ਵੇਖਣ ਗਏ ਤਾਂ ਚੌਥਾ ਕਮਰਾ ਇੱਕ ਛੋਟੀ ਜਿਹੀ study ਨਿਕਲੀ, ਮੰਜਾ ਵੀ ਨਾ ਆਵੇ। ਅਸੀਂ ਨਾਂਹ ਕੀਤੀ ਤਾਂ ਸਾਨੂੰ "ਬਿਨਾਂ ਵਜ੍ਹਾ ਇਨਕਾਰ" ਲਿਖ ਕੇ ਬਾਰਾਂ ਮਹੀਨੇ ਲਈ ਲਿਸਟ ਤੋਂ ਹਟਾ ਦਿੱਤਾ।
੨੦੨੩: ਸ਼ਿਕਾਇਤ, ਨੰਬਰ [[REFERENCE:MRH/C/3390]]। ਵਾਰਡ ਕੌਂਸਲਰ [[PERSON:Kofi Mensah-Bright]] ਨੇ ਆਪ ਕਮਰਾ ਮਿਣਵਾਇਆ: ੫.੨ ਵਰਗ ਮੀਟਰ। ਸਰਵੇਅਰ [[PERSON:ਗ੍ਰੈਗ ਓਸਬੋਰਨ]] ਨੇ ਲਿਖਤੀ ਮੰਨਿਆ ਕਿ ਇਹ bedroom ਨਹੀਂ।
ਮਾਰਚ ੨੦੨੪: ਪਾਬੰਦੀ ਹਟੀ, ਤਰੀਕ ਪਿੱਛੋਂ ਤੋਂ ਬਹਾਲ, ੭੦੦ ਪੌਂਡ ਮੁਆਵਜ਼ਾ। ਅਸੀਂ ਦੂਜੇ ਫ਼ੇਜ਼ ਵਿੱਚ [[ADDRESS:੮ Wharf Lane]], [[POSTCODE:DA11 9BZ]] ਆ ਗਏ, [[ADDRESS:ਗੁਰੂ ਨਾਨਕ ਦਰਬਾਰ ਗੁਰਦੁਆਰਾ]] ਤੋਂ ਪੰਜ ਮਿੰਟ। [[ORGANISATION:Kent Shift Removals]] ਨੇ ਸਮਾਨ ਢੋਇਆ।

ਸਾਡੇ ਪੁਰਾਣੇ ਗੁਆਂਢੀ [[PERSON:ਟੋਮਾਸ਼]] ਤੇ [[PERSON:ਯੋਆਨਾ]] ਅਜੇ ਵੀ [[ADDRESS:ਡਾਰਨਲੀ ਰੋਡ]] ਤੇ ਨੇ, ਉਹਨਾਂ ਨੂੰ ਵੀ ਹੁਣ ਵੱਡੇ ਘਰ ਦੀ ਉਮੀਦ ਹੈ।

ਹੁਣ ਕੀ ਬਦਲਿਆ: ਹਰ ਪੇਸ਼ਕਸ਼ ਤੋਂ ਪਹਿਲਾਂ ਕਮਰੇ ਮਿਣੇ ਜਾਂਦੇ ਹਨ ਤੇ ਨਕਸ਼ੇ ਤੇ ਮਾਪ ਲਿਖੇ ਹੁੰਦੇ ਹਨ। ਈਮੇਲ: [[EMAIL:navdeep.johal@example.org]]।
"""),
    ),
    (
        "fv2ba-pl-01",
        "pl",
        _s("""
Nazywam się [[PERSON:Bożena Wróblewska]]. Piszę, bo [[ORGANISATION:Brentham Vale Homes]] poprosiło lokatorów z rozbiórki o opisanie przeprowadzek, a nasza historia pokazuje, że da się coś naprawić.

Od 2008 roku mieszkaliśmy z mężem [[PERSON:Zbyszkiem]] i córką [[PERSON:Lilianną]] w [[ADDRESS:mieszkaniu 38]] w bloku [[ADDRESS:Tamar House]] na [[ADDRESS:Greenmoor Estate]] w Ealing. W 2022 blok poszedł do rozbiórki w pierwszej fazie. Na czas budowy dostaliśmy mieszkanie zastępcze przy [[ADDRESS:112 Uxbridge Road]], nad pralnią, a meble pojechały do magazynu [[ORGANISATION:Westway Secure Storage]]. Obiecano nam powrót do nowego [[ADDRESS:Greenmoor Park]] w fazie drugiej.

Co poszło źle: w lutym 2024 dostaliśmy klucze do [[ADDRESS:mieszkania nr 7]] w [[ADDRESS:Alder House]], ale umowę wystawiono jako nowy najem, a nie kontynuację starego. Na papierze straciliśmy „secure tenancy” i prawo wykupu, a czynsz wyszedł o 40 funtów tygodniowo wyższy. Pani od regeneracji, [[PERSON:Aoife Brennan]], twierdziła, że „tak działa system”.

Jak to naprawiono: sąsiedzi, państwo [[PERSON:Sobczakowie]] z [[ADDRESS:piętnastki]], mieli to samo. Razem napisaliśmy skargę, numer [[REFERENCE:BVH/CX/22817]]. Radna [[PERSON:Patience Owusu]] zaprosiła nas na spotkanie z dyrektorem, a w odpowiedzi na drugim etapie pan [[PERSON:Dominic Harte]] przyznał, że to był błąd. Umowę wystawiono od nowa jako kontynuację, zwrócono nam różnicę w czynszu, 1640 funtów, i dodano 300 za stres. [[PERSON:Zbyszek]] powiedział, że pierwszy raz w Anglii ktoś go przeprosił na piśmie.

Co się zmieniło: teraz każdy lokator wracający po rozbiórce dostaje przed podpisaniem list, że zachowuje te same prawa co w starym mieszkaniu, a umowy sprawdza prawnik. Kontakt: [[EMAIL:bozena.wroblewska@example.com]], tel. [[PHONE:020 7946 0826]].
"""),
    ),
    (
        "fv2ba-pl-02",
        "pl",
        _s("""
Mam na imię [[PERSON:Klaudia Stępień]], [[AGE:24 lata]], synek [[PERSON:Olek]] ma [[AGE:4 latka]]. Piszę trochę chaotycznie, sorki.

W październiku 2022, po rozstaniu z partnerem, wylądowaliśmy w B&B na [[ADDRESS:Lincoln Road]] w Peterborough: pokój bez okna, łazienka wspólna z sześcioma obcymi facetami. Potem hotel [[ADDRESS:Nene View Hotel]], [[ADDRESS:pokój 23]], przez cztery miesiące. Nasze rzeczy, łóżeczko [[PERSON:Olka]], pralka, pudła, trafiły do magazynu [[ORGANISATION:Fenland Store & Go]], opłacanego przez [[ORGANISATION:Fenmarsh District Council]].

Co poszło nie tak: w marcu rada przestała płacić za magazyn, bo ktoś zamknął moją sprawę (nr [[REFERENCE:FDC/HL/08813]]) jako „rozwiązaną”, kiedy dostałam ofertę. Ofertę, której nie przyjęłam, bo mieszkanie było na czwartym piętrze bez windy, a [[PERSON:Olek]] ma [[HEALTH:mózgowe porażenie dziecięce]] i jeździ na wózku. Magazyn dał mi 14 dni, potem rzeczy miały iść na licytację.

Naprawa: zadzwoniłam do organizacji pomocowej, tam pani [[PERSON:Danuta]] napisała ze mną skargę. Po pięciu dniach oddzwonił kierownik zespołu, pan [[PERSON:Tariq Mahmood]], z numeru [[PHONE:07700 900 381]]. Przeprosił, rada spłaciła zaległość w magazynie i płaciła dalej, a sprawę otwarto ponownie. W lipcu dostaliśmy mieszkanie na parterze: [[ADDRESS:15 Gladstone Walk]], [[POSTCODE:pe1 2ew]], dwa kroki od przedszkola [[ADDRESS:Little Owls]], do którego chodzi [[PERSON:Olek]]. Dostałam też 250 funtów rekompensaty, a przeprowadzkę zrobiła firma [[ORGANISATION:Nene Valley Movers]] na koszt rady.

Co się zmieniło: teraz sprawa nie zamyka się, dopóki ktoś nie podpisze umowy najmu, a magazyn jest opłacany do dnia przeprowadzki. Z [[PERSON:Olkiem]] mamy wreszcie swoje drzwi. Gdyby ktoś był w podobnej sytuacji, piszcie: [[EMAIL:klaudia.stepien@example.net]].
"""),
    ),
    (
        "fv2ba-pl-03",
        "pl",
        _s("""
Ja, [[PERSON:Przemysław Kaczmarczyk]] (dla znajomych [[PERSON:Przemo]]), pracuję na magazynie w Boston w Lincolnshire. Trzy lata szukałem zamiany mieszkania, bo mama w Norwich po [[HEALTH:udarze]] potrzebuje kogoś blisko.

Mieszkałem w [[ADDRESS:22 Skirbeck Lane]], [[POSTCODE:PE21 6TU]], domku [[ORGANISATION:Witham Fens Homes]]. W grupie na Facebooku znalazłem [[PERSON:Dylana Pritcharda]] (profil [[OTHER_ID:@dylan_swaps_nr2]]), [[OTHER_SPECIAL:Walijczyka]], który chciał się wynieść z miasta bliżej pracy na farmie. Miał [[ADDRESS:flat 4]] w [[ADDRESS:Heigham Court]], w bloku za pubem [[ADDRESS:The Copper Kettle]], od [[ORGANISATION:Wensum Housing Partnership]].

Co poszło źle: [[ORGANISATION:Witham Fens]] zgodziło się od razu. [[ORGANISATION:Wensum]] postawiło warunek: zapłacę 900 funtów za zniszczenia po wilgoci w mieszkaniu [[PERSON:Dylana]], bo to „szkody lokatora”. Tymczasem [[PERSON:Dylan]] zgłaszał tę wilgoć cztery razy i miał na to maile.

Jak to naprawiono: złożyłem skargę, numer [[REFERENCE:WHP-2024-0392]], z kopiami jego zgłoszeń. Odpowiedział pan [[PERSON:Emeka Nwosu]]: sprawdził historię napraw, potwierdził, że wilgoć to ich zaniedbanie, i wycofał opłatę. Przed zamianą osuszyli ściany i wymienili wentylator w łazience. Zamieniliśmy się dwa miesiące później. Dostałem jeszcze od razu pozwolenie na parkowanie dla mojego busa, [[OTHER_ID:PN19 WXK]], bo bez niego nie dojeżdżałbym do mamy.

Co się zmieniło: [[ORGANISATION:Wensum]] przed obciążeniem kogokolwiek przy zamianie najpierw sprawdza historię zgłoszeń. Teraz do mamy mam dziesięć minut. Z [[PERSON:Dylanem]] piszemy czasem, mówi, że w Boston cicho jak w kościele. Telefon do mnie: [[PHONE:07700 900 948]].
"""),
    ),
    (
        "fv2ba-pl-04",
        "pl",
        _s("""
Nazywam się [[PERSON:Agata Dziedzic]]. Z mężem [[PERSON:Rafałem]] i czwórką dzieci, [[PERSON:Szymonem]] ([[AGE:13 lat]]), [[PERSON:Hanią]] ([[AGE:10 lat]]), [[PERSON:Antosiem]] ([[AGE:6 lat]]) i [[PERSON:Wiktorią]] ([[AGE:2 latka]]), mieszkaliśmy w dwóch pokojach w [[ADDRESS:flat 12]], [[ADDRESS:Kingsland House]] w Southampton. Brakowało nam dwóch sypialni. Numer na liście mieszkaniowej: [[REFERENCE:SCH-774019]].

W 2023 przyszła oferta: dom z czterema sypialniami w trzeciej fazie osiedla [[ADDRESS:Woolston Quay]], od [[ORGANISATION:Itchen Quay Homes]]. Na oglądaniu okazało się, że czwarta „sypialnia” ma 5,1 metra kwadratowego, nie zmieści się łóżko. Odmówiliśmy, a rada uznała to za „nieuzasadnioną odmowę” i zawiesiła nas na dwanaście miesięcy.

Jak to naprawiono: [[PERSON:Szymon]] zmierzył pokój i narysował plan z wymiarami, a ja wysłałam odwołanie z numerem skargi [[REFERENCE:SCC/HO/5521]]. Radny [[PERSON:Obinna Chukwu]] przyszedł na drugie oglądanie i sam to zobaczył. Kierowniczka, pani [[PERSON:Claire Fitzgerald]], zdjęła zawieszenie, przywróciła nam pierwotną datę i przeprosiła. Po czterech miesiącach dostaliśmy dom przy [[ADDRESS:27 Peartree Close]], [[POSTCODE:so19 7ln]], trzy ulice od kościoła [[ADDRESS:St Edmund's]], gdzie chodzimy na polską mszę. Przeprowadziła nas firma [[ORGANISATION:Solent Star Removals]], a rada dopłaciła 450 funtów.

Co się zmieniło: teraz przed każdą ofertą pokoje są mierzone, a w ogłoszeniu stoi powierzchnia każdej sypialni. Pani [[PERSON:Claire]] powiedziała, że plan [[PERSON:Szymona]] pokazują na szkoleniu. Sąsiadka z [[ADDRESS:Kingsland House]], pani [[PERSON:Yvonne]], płakała, kiedy wyjeżdżaliśmy, ale odwiedza nas w niedziele. Kontakt: [[EMAIL:agata.dziedzic@example.org]].
"""),
    ),
    (
        "fv2ba-pl-05",
        "pl",
        _s("""
Nazywam się [[PERSON:Tadeusz Grabowski]], mam [[AGE:81 lat]]. Przyjechałem do Anglii w 1982 jako [[OTHER_SPECIAL:uchodźca polityczny]] i trzydzieści sześć lat mieszkałem przy [[ADDRESS:Ravensworth Road]] w Nottingham, w domu [[ADDRESS:numer 58]], tuż obok pubu [[ADDRESS:The Plough]]. Tam z [[PERSON:Teresą]] wychowaliśmy syna. Po jej śmierci trzy sypialnie stały puste, a ja chodziłem po schodach coraz wolniej.

[[ORGANISATION:Trentside Homes]] zaproponowało mi mniejsze mieszkanie i 1500 funtów. Zgodziłem się ze łzami. Dostałem [[ADDRESS:mieszkanie 3]] w [[ADDRESS:Arboretum Court]], blisko parafii [[ADDRESS:św. Jadwigi]], gdzie chodzę na mszę.

Co poszło źle: firma przeprowadzkowa [[ORGANISATION:Sherwood Van Lines]] opróżniała strych i wywiozła sześć pudeł jako „śmieci”. W tych pudłach były listy, które [[PERSON:Tereska]] pisała do mnie z Polski w latach osiemdziesiątych, i wszystkie nasze zdjęcia. Nikt mnie nie zapytał. Przez tydzień nie jadłem.

Jak to naprawiono: syn [[PERSON:Marek]] złożył skargę, numer [[REFERENCE:TH-C-60173]]. Pani [[PERSON:Marcia Thompson-Bell]], oficer od kontaktu z mieszkańcami, sama pojechała do magazynu firmy i znalazła cztery pudła z sześciu, jeszcze nie oddane na wysypisko. Przywiozła je osobiście. [[ORGANISATION:Trentside]] przeprosiło na piśmie i wypłaciło 1000 funtów odszkodowania, a firmie odebrano kontrakt.

Co się zmieniło: teraz wszystko ze strychu i piwnicy jest fotografowane i opisane, a lokator podpisuje listę rzeczy do wyrzucenia. Sąsiad ze starej ulicy, pan [[PERSON:Stanley Hibbert]] z [[ADDRESS:sześćdziesiątki]], przychodzi do mnie w niedziele, oglądamy razem zdjęcia, które się uratowały. Telefon: [[PHONE:0115 496 0312]].
"""),
    ),
    (
        "fv2ba-ro-01",
        "ro",
        _s("""
Mă numesc [[PERSON:Roxana Bălănescu]], am [[AGE:29 de ani]] și sunt mama lui [[PERSON:Luca]] ([[AGE:6 ani]]) și a [[PERSON:Ilincăi]] ([[AGE:3 ani]]). Soțul meu, [[PERSON:Sorin]], lucrează în construcții. Scriu pe puncte, ca să nu încurc datele:

- ianuarie 2023: proprietarul privat ne-a dat afară din [[ADDRESS:18 Whitmore Road]], Harrow;
- februarie–iulie 2023: hotelul [[ADDRESS:Wealdstone Court Hotel]], [[ADDRESS:camera 7]], o cameră pentru patru, fără bucătărie;
- iulie 2023–martie 2024: cazare temporară în [[ADDRESS:flat 2]], [[ADDRESS:40 Station Road]], deasupra lui [[ADDRESS:Marmaris Kebab]];
- martie 2024: locuința permanentă, [[ADDRESS:apartamentul 11]] din [[ADDRESS:Elmgrove House]], [[POSTCODE:HA3 5QN]], al treilea bloc după depoul de autobuze.

Ce a mers prost: în apartamentul temporar de pe [[ADDRESS:Station Road]] centrala n-a mers toată iarna. [[PERSON:Ilinca]] are [[HEALTH:astm]] și a ajuns de două ori la urgențe. Consiliul zicea că e treaba firmei care administra locuința, [[ORGANISATION:Metro Lets TA Ltd]], iar firma zicea că e treaba consiliului.

Cum s-a rezolvat: am făcut plângere, numărul [[REFERENCE:KVC/TA/19382]], și am scris consilierei de cartier, doamna [[PERSON:Deepa Raval]]. Asistentul social [[PERSON:Kwame Boateng]] a venit a doua zi cu un termometru și a văzut 13 grade în dormitor. În trei zile aveam radiatoare, în două săptămâni centrală nouă. [[ORGANISATION:Kenton Vale Council]] ne-a dat 750 de lire și a rupt contractul cu firma.

Ce s-a schimbat: acum fiecare locuință temporară e verificată înainte să intre o familie, iar căldura stricată se repară în 24 de ore. În [[ADDRESS:Elmgrove House]] e cald și [[PERSON:Luca]] merge pe jos la școala [[ADDRESS:Belmont Vale Juniors]]. Dacă aveți întrebări: [[EMAIL:roxana.balanescu@example.com]] sau [[PHONE:07700 900 263]].
"""),
    ),
    (
        "fv2ba-ro-02",
        "ro",
        _s("""
Subsemnatul [[PERSON:Cornel Vlăduț]], născut la [[DATE_OF_BIRTH:14.09.1962]], număr de asigurare [[NI_NUMBER:TK 30 56 71 B]], chiriaș al [[ORGANISATION:Roding Gate Housing]], prezint pe scurt mutările mele din cauza regenerării:

1. 2009–2022: [[ADDRESS:apartamentul 64]], turnul [[ADDRESS:Thames View Tower]], [[ADDRESS:Ripple Marsh Estate]], Barking, [[POSTCODE:IG11 0TR]]. Turnul a fost demolat în faza întâi.
2. iunie 2022–septembrie 2023: locuință de tranziție la [[ADDRESS:9 Lintons Walk]], casa din spatele magazinului [[ADDRESS:Best-One]]. Mobila a stat la [[ORGANISATION:Dagenham Dock Storage]], contract nr. [[REFERENCE:DDS-4471]].
3. din septembrie 2023: [[ADDRESS:apartamentul 5]], [[ADDRESS:Marsh Lane Court]], faza întâi a noului cartier.

Ce nu a funcționat: mi s-a plătit compensația pentru pierderea locuinței, dar cererea pentru cheltuielile de mutare (mochetă, perdele, mutarea telefonului) a fost respinsă fără motiv. În plus, mobila a venit din depozit umedă și mucegăită: canapeaua și dulapul n-au mai putut fi folosite.

Cum s-a rezolvat: am depus plângerea nr. [[REFERENCE:RGH/C/2023/188]]. Ofițera de regenerare, doamna [[PERSON:Oluwakemi Shittu]], a trimis pe cineva să fotografieze mobila. Consilierul [[PERSON:Gideon Sackey]] a cerut răspuns în scris. La etapa a doua mi s-au plătit 1940 de lire pentru cheltuielile de mutare, s-au înlocuit canapeaua și dulapul și am primit 400 de lire compensație.

Ce s-a schimbat: depozitul este inspectat acum lunar, iar formularul pentru cheltuieli se completează împreună cu ofițerul, înainte de mutare. Vecinii mei de palier, [[PERSON:Vasile]] și [[PERSON:Florica Dumitrașcu]], s-au mutat cu mine în [[ADDRESS:Marsh Lane Court]]. Domnul [[PERSON:Akhtar]] a rămas deocamdată în [[ADDRESS:Creek House]], care se dărâmă la anul. Telefon: [[PHONE:020 7946 0653]].
"""),
    ),
    (
        "fv2ba-ro-03",
        "ro",
        _s("""
Sunt [[PERSON:Mădălina Ciobotaru]] și locuiesc în Liverpool din 2015. Suntem [[OTHER_SPECIAL:ortodocși]] și mergem în fiecare duminică la [[ADDRESS:parohia Sfântul Ierarh Nicolae]], așa că pentru noi contează unde stăm.

Eram șapte într-un apartament cu două camere, [[ADDRESS:flat 8]], [[ADDRESS:Everton Heights]], de la [[ORGANISATION:Mersey Brook Housing]]: eu, soțul meu [[PERSON:Gheorghiță]], [[PERSON:Ianis]] ([[AGE:15 ani]]), [[PERSON:Bianca]] ([[AGE:12 ani]]), [[PERSON:Rareș]] ([[AGE:8 ani]]), [[PERSON:Anastasia]] ([[AGE:11 luni]]) și soacra mea. Am cerut transfer pentru supraaglomerare în 2021.

Ce a mers prost: cererea noastră a fost „suspendată” paisprezece luni pentru o datorie de chirie de 87 de lire. Nu era chirie, era o taxă de judecată veche, plătită deja. Nimeni nu ne-a spus; am aflat doar când am întrebat de ce nu primim oferte.

Cum s-a rezolvat: o voluntară de la centrul de consiliere, [[PERSON:Bronagh]], m-a ajutat să scriu plângerea nr. [[REFERENCE:MBH-TR-50916]]. Domnul [[PERSON:Callum Fairclough]] a verificat contul, a ridicat suspendarea și a pus data cererii înapoi în 2021. Peste două luni am primit o casă cu patru camere, [[ADDRESS:33 Anfield Grove]], [[POSTCODE:L4 0SD]], la cinci minute de biserică. Ne-au plătit mutarea cu [[ORGANISATION:Red Rose Removals]] și 300 de lire pentru întârziere.

Ce s-a schimbat: acum nicio cerere nu se suspendă fără scrisoare și fără un telefon către chiriaș, iar taxele de judecată nu mai sunt trecute drept chirie. [[PERSON:Ianis]] are camera lui și merge la [[ADDRESS:Walton Lane Academy]]. Cine are o problemă la fel mă poate suna: [[PHONE:zero unu cinci unu, patru nouă șase, zero patru unu opt]].
"""),
    ),
    (
        "fv2ba-ro-04",
        "ro",
        _s("""
Eu sunt [[PERSON:Teodor Mureșanu]], din Cardiff, iar soția mea e [[PERSON:Lăcrămioara]], [[PERSON:Lăcri]] pentru prieteni. Povestea noastră e despre o zi de schimb care s-a transformat în trei săptămâni pe drumuri.

Stăteam în [[ADDRESS:3 Clive Street]], [[ORGANISATION:Taf Estuary Homes]], o casă prea mare după ce a plecat fiica noastră la facultate. [[PERSON:Siân Llewellyn]] avea [[ADDRESS:flat 10]] în blocul [[ADDRESS:Tŷ Glas]], de la [[ORGANISATION:Cartrefi Llandaf]], și avea nevoie de spațiu pentru nepoți. Ne-am găsit pe un grup (profilul meu e [[OTHER_ID:facebook.com/teo.muresanu.cdf]]) și ambii proprietari au aprobat schimbul, referința [[REFERENCE:TEH/MX/0288]].

Ce a mers prost: în ziua schimbului, firma lui [[PERSON:Siân]], [[ORGANISATION:Dragon Removals]], n-a mai venit. Ea n-a putut ieși din apartament, iar noi predaserăm deja cheile casei. Proprietarul nostru a spus că nu mai e problema lor. Am stat trei săptămâni în [[ADDRESS:Hotel Bute Dock]], pe banii noștri, 540 de lire, cu lucrurile în duba noastră, [[OTHER_ID:CX62 TJO]], parcată în fața hotelului.

Cum s-a rezolvat: am depus plângerea [[REFERENCE:TEH/COMP/7719]]. Doamna [[PERSON:Nerys Prosser]] de la [[ORGANISATION:Taf Estuary]] a vorbit cu [[ORGANISATION:Cartrefi Llandaf]], au găsit altă firmă pentru [[PERSON:Siân]] în patru zile, ne-au dat banii de hotel înapoi și încă 200 de lire.

Ce s-a schimbat: acum cele două asociații stabilesc împreună o singură zi de schimb, cu o firmă de rezervă, iar nimeni nu predă cheile până nu e sigur că poate intra în noua casă. Îi mulțumim și lui [[PERSON:Gareth]] de la [[ADDRESS:numărul 5]], care ne-a ținut pisica. Telefon: [[PHONE:029 2018 0744]].
"""),
    ),
    (
        "fv2ba-ro-05",
        "ro",
        _s("""
Mă numesc [[PERSON:Florin Căldărar]]. Suntem o familie de [[OTHER_SPECIAL:romi]] din Gateshead: eu, soția mea [[PERSON:Mirela]], mama mea și trei copii. Din 2014 stăm în [[ADDRESS:apartamentul 73]] din [[ADDRESS:Tyneview Tower]].

În 2022 [[ORGANISATION:Gateside Homes]] a hotărât să schimbe placarea turnului și ne-a mutat temporar. Ne-au spus zece săptămâni. Am stat nouă luni la [[ADDRESS:Saltwell Lodge]], două camere mici, iar mobila a mers la [[ORGANISATION:NorthStore Self Storage]], contul [[REFERENCE:NS-31184]].

Ce a mers prost: la pensiune, alți locatari s-au plâns de noi doar pentru cine suntem. Managerul ne-a zis „[[OTHER_SPECIAL:țigani]]” în fața copiilor și ne-a amenințat că ne dă afară. Am spus ofițerei de legătură, [[PERSON:Kerry Dodds]], dar n-a făcut nimic. Apoi, când ne-am întors în turn, jumătate din lucrurile din depozit lipseau: depozitul le aruncase pentru că asociația nu mai plătise facturile. Printre ele, pătuțul lui [[PERSON:Denisa]] și fotografiile de nuntă.

Cum s-a rezolvat: vecina noastră, [[PERSON:Doreen]] din [[ADDRESS:apartamentul 72]], m-a ajutat să scriu plângerea, nr. [[REFERENCE:GTH-EQ-2024-055]]. Consilierul [[PERSON:Tomás Ó Briain]] a cerut o anchetă. [[ORGANISATION:Gateside]] a recunoscut discriminarea și lipsa de plată, ne-a cerut scuze în scris, ne-a dat 1800 de lire pentru lucrurile pierdute și nu mai trimite familii la pensiunea aceea.

Ce s-a schimbat: acum depozitul e plătit direct, cu alertă dacă o factură întârzie, iar personalul a făcut un curs despre discriminare. [[PERSON:Mirela]] zice că e prima dată când cineva ne-a ascultat. Telefon: [[PHONE:0191 498 0627]], e-mail [[EMAIL:florin.caldarar@example.org]].
"""),
    ),
    (
        "fv2ba-ur-01",
        "ur",
        _s("""
میرا نام [[PERSON:غلام سرور بھٹی]] ہے، عمر [[AGE:۷۴ سال]]۔ اکتیس سال میں [[ADDRESS:ہولم ووڈ ہاؤس]] کے [[ADDRESS:فلیٹ ۱۸]] میں رہا، بریڈفورڈ کی [[ADDRESS:Manningham Heights estate]] پر۔ کھڑکی سے [[ADDRESS:جامع مسجد توحیدیہ]] کا مینار نظر آتا تھا، فجر کی اذان وہیں سے سنتا تھا۔ ساتھ والے فلیٹ میں [[PERSON:جیک ٹاؤنزینڈ]] رہتا تھا، چالیس سال کا ساتھ؛ عید پر ہمارے ہاں سویاں کھاتا اور کرسمس پر ہمیں کیک دے جاتا۔

۲۰۲۱ میں [[ORGANISATION:Aire & Calder Homes]] نے بتایا کہ بلاک گرایا جائے گا۔ ریجنریشن افسر [[PERSON:Natalie Broadbent]] نے لکھ کر دیا کہ مجھے نئی بستی [[ADDRESS:Holme Gardens]] کے دوسرے فیز میں واپسی کا حق ہوگا۔ بیچ کے عرصے کے لیے مجھے [[ADDRESS:۷ Cunliffe Walk]] میں عارضی مکان ملا، کونے والی [[ADDRESS:الحمرا سویٹس]] کے اوپر۔

مسئلہ یہ ہوا کہ جب نئی بستی تیار ہوئی تو کہا گیا اکیلے آدمی کو دو کمرے نہیں ملیں گے، اور مجھے کیتھلی میں ایک کمرے کا فلیٹ پیش کیا گیا۔ میرے گھٹنوں میں [[HEALTH:گٹھیا]] ہے، ڈاکٹر یہیں ہے، بیٹی [[PERSON:شازیہ]] دو گلیاں دور رہتی ہے۔ کیتھلی جانا سب کچھ چھوڑ دینا تھا۔

کیسے ٹھیک ہوا: [[PERSON:شازیہ]] نے شکایت درج کرائی، نمبر [[REFERENCE:ACH/REG/۲۲۰۹۱]]۔ کونسلر [[PERSON:ایڈون اوسی]] ([[PERSON:Edwin Osei]]) ہمارے عارضی گھر آئے اور وہ پرانا خط اپنی آنکھوں سے دیکھا۔ دوسرے مرحلے کے جواب میں ریزیڈنٹ لائژن افسر [[PERSON:رابعہ]] نے مانا کہ وعدہ لکھا ہوا تھا اور اسے پورا ہونا چاہیے۔ مجھے [[ADDRESS:Holme Gardens]] میں زمینی منزل کا دو کمروں والا فلیٹ ملا، اور ۶۰۰ پاؤنڈ تکلیف کے۔

کیا بدلا: اب واپسی کا ہر وعدہ ایک رجسٹر میں درج ہوتا ہے اور بعد میں کوئی افسر اسے بدل نہیں سکتا۔ [[PERSON:جیک]] ابھی [[ADDRESS:Lister Court]] میں ہے، جو اگلے سال گرے گا؛ ہر جمعرات چائے پر آتا ہے۔ فون: [[PHONE:۰۷۷۰۰ ۹۰۰ ۸۵۳]]۔
"""),
    ),
    (
        "fv2ba-ur-02",
        "ur",
        _s("""
نام: [[PERSON:شمائلہ کوثر]]۔ شوہر: [[PERSON:ذوالفقار علی]]۔ بچے: [[PERSON:عنایہ]] ([[AGE:۱۳ سال]])، [[PERSON:عُمیر]] ([[AGE:۱۰ سال]])، [[PERSON:مِشال]] ([[AGE:۷ سال]]) اور [[PERSON:صارم]]، تاریخ پیدائش [[DATE_OF_BIRTH:سات جولائی دو ہزار اکیس]]۔ ساس بھی ہمارے ساتھ رہتی ہیں۔ ہاؤسنگ والوں نے کہا تاریخ وار لکھیں، تو لکھ رہی ہوں:

۱۔ ۲۰۱۳ سے: [[ADDRESS:۱۴۲ Stratford Road]]، سپارک ہل، [[ADDRESS:کشمیر بیکری]] کے اوپر دو کمروں کا فلیٹ۔ مالک [[ORGANISATION:Sparkbrook Community Housing]]۔
۲۔ ۲۰۲۲: گنجائش سے زیادہ افراد کی بنیاد پر تبادلے کی درخواست، رجسٹر نمبر [[REFERENCE:SCH/OC/۴۰۸۷۱]]۔
۳۔ چھ مہینے کوئی بولی کامیاب نہیں ہوئی۔ پتا چلا کہ سسٹم میں ساس کو "گھر کا فرد نہیں" لکھا گیا تھا، حالانکہ وہ ۲۰۱۶ سے ہمارے ساتھ ہیں اور [[HEALTH:فالج]] کے بعد سے بستر پر ہیں۔ اس لیے ہماری ضرورت ایک بیڈروم کم دکھائی جا رہی تھی۔
۴۔ مارچ ۲۰۲۳: شکایت، نمبر [[REFERENCE:SCH-C-1186]]۔ کونسلر [[PERSON:بوگدان ایلیے]] کو بھی کاپی بھیجی۔
۵۔ اپریل ۲۰۲۳: ہاؤسنگ افسر [[PERSON:ہرجیت ساہوتا]] نے GP کا خط اور کونسل ٹیکس کا بل دیکھ کر غلطی مانی۔ ہماری ترجیح پچھلی تاریخ سے بحال ہوئی اور ۳۵۰ پاؤنڈ معاوضہ ملا۔
۶۔ اگست ۲۰۲۳: چار کمروں کا گھر، [[ADDRESS:۹ Formans Close]]، [[POSTCODE:b11 4pu]]، مسجد والی گلی سے اگلی گلی۔ [[ORGANISATION:Green Lane Removals]] نے سامان پہنچایا، خرچ مالک نے دیا۔

کیا بدلا: اب درخواست کے وقت ہی گھر کے ہر فرد کا ثبوت چیک ہوتا ہے اور خاندان کو فہرست کی تحریری کاپی ملتی ہے، تاکہ غلطی شروع میں پکڑی جائے۔ پرانی پڑوسن [[PERSON:ڈورس]] آنٹی کہتی ہیں کہ بیکری کے اوپر اب بھی ہماری خوشبو آتی ہے۔ بچے اب بھی [[ADDRESS:Greet Park Primary]] جاتے ہیں۔ رابطہ: [[PHONE:0121 496 0568]]۔
"""),
    ),
    (
        "fv2ba-ur-03",
        "ur",
        _s("""
سلام، میں [[PERSON:مہوش رضا]] ہوں، [[AGE:۲۲ سال]] کی، لوٹن سے۔ امی [[PERSON:طاہرہ]] کو [[HEALTH:ڈپریشن]] ہے اور چھوٹا بھائی [[PERSON:دانیال]] [[AGE:۱۴ سال]] کا ہے۔ ۲۰۲۳ میں مالک مکان نے گھر بیچ دیا اور ہم بے گھر ہو گئے۔ ہماری کہانی:

- مئی ۲۰۲۳: کونسل نے [[ADDRESS:Crescent Park Hotel]] میں رکھا، [[ADDRESS:کمرہ ۲۰۹]]۔ ایک کمرہ، تین لوگ، کچن نہیں، کھانا کیتلی اور مائیکروویو پر۔
- ہم وہاں گیارہ مہینے رہے، حالانکہ بچوں والے خاندان کو B&B میں چھ ہفتے سے زیادہ نہیں رکھنا چاہیے۔ [[PERSON:دانیال]] کا اسکول، [[ADDRESS:Wenlock Vale Academy]]، دو بسوں کے فاصلے پر تھا۔
- اپریل ۲۰۲۴: عارضی فلیٹ، [[ADDRESS:فلیٹ ۳]]، [[ADDRESS:۲۲ Leagrave Road]]، حلال گوشت والی دکان کے اوپر۔
- نومبر ۲۰۲۴: مستقل گھر، [[ADDRESS:۵۱ Pirton Close]]، [[POSTCODE:LU2 7HF]]۔

کیا غلط ہوا اور کیسے ٹھیک ہوا: ہوٹل میں امی کی حالت بگڑتی گئی۔ میں نے X پر ([[OTHER_ID:@mehwish_luton]]) کمرے کی تصویریں ڈالیں اور شکایت کی، نمبر [[REFERENCE:WBC-HOM-۸۸۲۱]]۔ ہاؤسنگ ایڈوائس والی [[PERSON:Shauna Devlin]] نے کونسل کو قانون کا حوالہ دے کر خط لکھا۔ [[ORGANISATION:Wardown Borough Council]] نے مانا کہ ہمیں ہوٹل میں غیرقانونی حد تک رکھا گیا، ۱۱۰۰ پاؤنڈ معاوضہ دیا اور [[PERSON:دانیال]] کے بس کرائے واپس کیے۔ سامان کی منتقلی [[ORGANISATION:Luton Lift & Shift]] نے مفت کی۔

کیا بدلا: اب بچوں والے ہر خاندان کا ہوٹل میں پانچویں ہفتے پر خود بخود جائزہ ہوتا ہے، اور ایک افسر ذمہ دار ہوتا ہے۔ امی کہتی ہیں نئے گھر میں پہلی بار نیند پوری آتی ہے۔ کسی کو مدد چاہیے ہو تو لکھیں: [[EMAIL:mehwish ڈاٹ raza ایٹ example ڈاٹ com]]۔
"""),
    ),
    (
        "fv2ba-ur-04",
        "ur",
        _s("""
میں [[PERSON:پروین تاج]] ہوں، عمر [[AGE:ستر برس]]۔ چالیس سال میں نے [[ADDRESS:۵۶ Kirkmanshulme Lane]] پر گزارے، لانگ سائٹ، مانچسٹر میں، [[ADDRESS:مسجد نورالاسلام]] سے دو منٹ کے فاصلے پر۔ میرے مرحوم شوہر [[PERSON:تاج دین]] نے پچھلے صحن میں گلاب اور پودینہ لگایا تھا۔ دائیں طرف مسز [[PERSON:او ڈونل]] تھیں اور بائیں طرف [[PERSON:ایڈیٹا]] اپنے بچوں کے ساتھ۔ اس گلی سے جاتے ہوئے میرا دل پھٹ رہا تھا۔

تین کمروں کا گھر اکیلی عورت کے لیے بہت بڑا تھا، اس لیے [[ORGANISATION:Longsight Gardens Housing]] کے کہنے پر میں چھوٹے گھر میں جانے پر راضی ہوئی۔ مجھے [[ADDRESS:Beech Mount]] میں [[ADDRESS:فلیٹ ۲]] ملا، اسی مسجد کے پیچھے۔ [[ORGANISATION:Levenshulme Lifters]] نے سامان پہنچایا اور مسز [[PERSON:او ڈونل]] کا بیٹا گلاب کی دو جھاڑیاں گملوں میں لے آیا۔

مسئلہ: دسمبر میں نئے فلیٹ کی ہیٹنگ چھ ہفتے بند رہی۔ میں مرمت والی لائن پر فون کرتی تو وہ میری انگریزی نہیں سمجھتے تھے اور فون رکھ دیتے۔ خط صرف انگریزی میں آتے تھے۔ میں [[HEALTH:دمے]] کی مریضہ ہوں، دو بار ہسپتال جانا پڑا۔

کیسے ٹھیک ہوا: [[PERSON:ایڈیٹا]] کی بیٹی [[PERSON:Natalia]] نے میری طرف سے شکایت لکھی، نمبر [[REFERENCE:LGH/C/7305]]۔ ریزیڈنٹ لائژن افسر [[PERSON:Chidi Nwankwo]] اردو بولنے والی ایک ترجمان کو ساتھ لے کر آئے، اسی ہفتے نیا بوائلر لگا، اور ۵۰۰ پاؤنڈ معاوضہ ملا۔

کیا بدلا: اب [[ORGANISATION:Longsight Gardens]] کی مرمت والی لائن پر ترجمان کی سہولت ہے، اور میرے خط اردو میں آتے ہیں۔ گلاب اس بہار میں کھلے۔ میرا نمبر [[PHONE:0161 496 0915]] ہے، پوتا [[PERSON:ریان]] فون اٹھاتا ہے۔
"""),
    ),
    (
        "fv2ba-ur-05",
        "ur",
        _s("""
میں [[PERSON:فیضان قریشی]] ہوں، عمر [[AGE:۳۱ سال]]۔ میں، بیوی [[PERSON:عائزہ]] اور دو بچے [[ADDRESS:flat 15]]، [[ADDRESS:Cranmer Point]] میں ایک بیڈروم کے فلیٹ میں رہتے تھے، [[ORGANISATION:Lea Bridge Homes]] کا۔ بچے ہمارے ساتھ ایک ہی کمرے میں سوتے تھے۔

mutual exchange کی ویب سائٹ پر [[PERSON:کیانا رچرڈز]] ([[PERSON:Kiana Richards]]) ملیں۔ ان کے بچے بڑے ہو کر جا چکے تھے اور وہ [[ADDRESS:۳ Vicarage Mews]]، [[POSTCODE:e153qp]] کا تین کمروں والا گھر چھوڑ کر چھوٹی جگہ چاہتی تھیں، [[ADDRESS:Morrisons]] کے پیچھے والی گلی میں۔ ان کا مالک [[ORGANISATION:Stratford Cross Housing]] تھا۔

کیا غلط ہوا: [[ORGANISATION:Stratford Cross]] نے تبادلہ روک دیا کہ [[PERSON:کیانا]] پر antisocial behaviour کا کیس کھلا ہے، نمبر [[REFERENCE:ASB-22-0719]]۔ اصل میں [[PERSON:کیانا]] نے خود اپنے پڑوسی کے شور کی شکایت کی تھی، مگر سسٹم میں انہیں شکایت کرنے والی کی بجائے ملزم لکھ دیا گیا تھا۔ تین مہینے سب رکا رہا۔

کیسے ٹھیک ہوا: [[PERSON:کیانا]] نے شکایت کی، نمبر [[REFERENCE:SCH/CMP/30477]]، اور میں نے اپنی طرف سے [[EMAIL:faizan.qureshi@example.com]] سے ای میل کی۔ ASB افسر [[PERSON:Declan Furlong]] نے فائل دیکھ کر ریکارڈ درست کیا اور تحریری معافی مانگی۔ دو ہفتے میں تبادلہ منظور ہوا۔ دونوں گھروں کے درمیان سامان [[ORGANISATION:Bow Bells Removals]] نے ایک ہی دن میں پہنچایا، اور [[PERSON:کیانا]] کو ۳۰۰ پاؤنڈ ملے۔

کیا بدلا: اب کسی کیس کی بنیاد پر تبادلہ روکنے سے پہلے ASB ٹیم سے تصدیق ضروری ہے کہ کرایہ دار ملزم ہے یا شکایت کنندہ۔ میرے بچے اب اپنے کمرے میں سوتے ہیں اور [[ADDRESS:Abbey Lane Primary]] پیدل جاتے ہیں۔ [[PERSON:کیانا]] آنٹی کبھی کبھی اپنے پرانے گلاب دیکھنے آتی ہیں۔ فون: [[PHONE:020 7946 0497]]۔
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
