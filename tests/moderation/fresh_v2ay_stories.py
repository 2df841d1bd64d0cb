"""Fresh version-2 PII test stories, batch ay.

Working residents whose jobs run through their stories: minicab and taxi drivers, delivery riders,
NHS night-shift nurses and healthcare assistants, care workers, cleaners, security guards, bus
drivers, warehouse pickers and market traders, writing in English, Arabic, Bengali, Punjabi
(Gurmukhi), Polish, Romanian and Urdu. They explain how the complaint fitted round their shifts, so
the stories carry employers and workplaces by name (a depot, a care home, a warehouse unit, a market
and stall number, the bay where the van or cab is kept), private-hire badges, SIA licences, staff,
rider and payroll numbers, vehicle registrations, rota dates, workmates and supervisors by full
name, first name or work nickname, and the landlord's staff; dates of birth, NI numbers and bank
details come up when proving identity for a transfer or a payment. Tones run from tired and blunt to
precise numbered timelines to jokes. In the non-English stories job words, registrations and
workplace names stay in Latin letters inside the script, people's names are mostly written in the
script, and numbers come in native digits as often as Latin ones. Named workplaces that place the
writer (a care home, a depot, a warehouse unit, a market and its stall, a parking bay) are marked
ADDRESS; hospitals and wards are not; employers' company names are ORGANISATION; staff, payroll,
rider, badge and licence numbers are OTHER_ID. Language names used as languages are not marked.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 7 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 54.3% of 35, recall 95.1%, precision 85.4%, on the committed
detector 0a4d53e (after round 48, with the same spans as the detector that landed, c140d2b);
leak-free by language ar 1, bn 2, en 2, pa 5, pl 3, ro 3, ur 3 of 5.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2ay-en-01",
        "en",
        _s("""
My name is [[PERSON:Idris Qureshi]] and I drive nights for [[ORGANISATION:Kirkstall Cars]], private hire badge [[OTHER_ID:PH 04417]], silver Prius, reg [[OTHER_ID:YD19 KXL]]. I sleep days. That is the whole problem in one line, and it took [[ORGANISATION:Broadstone Housing Group]] four months to get it.

I live at [[ADDRESS:flat 12]], [[ADDRESS:Ashlar Court]], Leeds [[POSTCODE:LS5 3QT]]. Every flat has a numbered bay out the back; mine is [[ADDRESS:bay 14]], nearest the bins. In March their contractor, [[ORGANISATION:Pennine Gate Maintenance]], dropped a skip across five bays for a roof job. No letter, no warning. I came off shift at 5am, couldn't get in, parked two streets away and got a ticket. Next night a scaffold lorry blocked the skip and I couldn't get out. Lost a Friday. Friday is half my week.

I rang the repairs line, [[PHONE:0113 496 0582]], three times. Different person every time, same "we'll pass it on". [[PERSON:Shaz]] on the radio desk even rang them from the office, because by then I was too angry to be polite.

Complaint went in on the 28th, ref [[REFERENCE:BHG-CMP-20931]]. [[PERSON:Grace Ellery]] from their complaints team rang back that week and, fair play, she listened. She asked for proof of lost earnings, so I sent my weekly statements from the operator. She checked the job sheet: skip booked for six days, stayed thirty-one.

Put right: skip gone next morning, parking ticket refunded, £380 for lost fares, and a letter that said sorry without the words "any inconvenience". Changed: the contractor now posts a notice to every bay holder seven days before touching the car park, and [[PERSON:Grace]] put a note on my account that I work nights, so before anyone knocks at 10am they text [[PHONE:07700 900641]]. I'll believe it when I sleep through it.
"""),
    ),
    (
        "fv2ay-en-02",
        "en",
        _s("""
For the record, and in order.

I am [[PERSON:Adaeze Nwankwo-Price]], a staff nurse on nights on Ward 405 at Queen's Hill Hospital, staff number [[OTHER_ID:20467731]]. I live with my son [[PERSON:Chidubem]] ([[AGE:9]]), who has [[HEALTH:asthma]], at [[ADDRESS:27 Cotterill Grove]], Erdington, [[POSTCODE:B23 6NL]]. Our landlord is [[ORGANISATION:Elmdon Park Housing Association]].

1. On 4 January water came through the kitchen ceiling from the bathroom. I reported it after my shift that morning. Job number [[REFERENCE:EPH-R-118204]].
2. Their contractor, [[ORGANISATION:Midshire Plumbing & Heating]], booked "all day" slots, 8am to 6pm. I work 19:45 to 08:15 and am asleep by ten. Three times they knocked once and left a "no access" card.
3. My January rota was nights 4–7, 11–14 and 22–25. My ward manager, [[PERSON:Bernadette Coyle]], confirmed it in a letter on headed paper. I attached it to my complaint, ref [[REFERENCE:EPH/COMP/7731]], sent from [[EMAIL:adaeze.np@example.com]] on 30 January.
4. [[PERSON:Callum Freer]], the complaints officer, phoned on 6 February. He said, and I wrote it down, "The system only offers the slots it offers."
5. The stage 2 review found that on two of the three visits the card went through my door within four minutes of the engineer arriving.

How it was put right: the leak, a failed waste joint under the bath, was fixed on 9 February at 3pm, by appointment. The kitchen ceiling was re-boarded and painted, and I received £275 for the missed appointments and my time.

What changed: my file now says "shift worker – appointments after 2pm, text first on [[PHONE:07700 900418]]". [[ORGANISATION:Elmdon Park]] also told me its contractors must now wait fifteen minutes and phone before leaving a card. I would like that to be true for everyone, not only for people who write numbered lists.
"""),
    ),
    (
        "fv2ay-en-03",
        "en",
        _s("""
Let me tell you about my bike, because the bike is the story.

I'm [[PERSON:Delroy Campbell-Hines]], [[AGE:34]], I ride for [[ORGANISATION:Zoomly]], rider ID [[OTHER_ID:ZM-448120]], and my e-bike used to live in the bike store at the bottom of [[ADDRESS:Marlowe House]], where I'm in [[ADDRESS:flat 31]], [[POSTCODE:e29pf]]. "Used to" is doing a lot of work in that sentence.

The bike store lock broke in August. I reported it to [[ORGANISATION:Thameside Crescent Homes]]. September, reported it again. By October my Instagram, [[OTHER_ID:@delroyrides]], had more photos of that lock than of food. November, the bike was gone. £1,400. My rent is less than that and I still had to pay it.

My mate from the pickup queue, [[PERSON:Ticks]] (long story, involves a clock), lent me his old moped, [[OTHER_ID:LR68 VWP]], so I could keep working while I fought this. Complaint ref [[REFERENCE:THX-55102]]. First reply: "Residents store items at their own risk." I wrote back: residents don't break their own locks.

Stage two went to [[PERSON:Niamh O'Dwyer]], who rang me from [[PHONE:+44 (0)20 7946 0731]] on a Saturday. She'd pulled the log: four reports, two jobs raised, zero visits. She said "unacceptable" before I did, which ruined my speech.

Put right: £900 towards a new bike (not the full whack, but I'll take it), a new fob-controlled store with proper stands, a camera over the door, and the bin room lock fixed too, because [[PERSON:Niamh]] walked round with me and saw it.

Changed: broken security doors on their blocks are now "urgent", 24 hours, not "routine", 28 days. I tested it. Reported the main door at 7pm on a Tuesday, a man was there by Wednesday lunch. [[PERSON:Ticks]] wants his moped back now.
"""),
    ),
    (
        "fv2ay-en-04",
        "en",
        _s("""
I'm a carer. Days with [[ORGANISATION:Harbourside Home Care]], double-up calls round Easton, payroll number [[OTHER_ID:0038812]], and two nights a week at [[ADDRESS:Rosemount Lodge]] because one wage doesn't cover it. So when I say I didn't have time to chase the mould, I mean it.

Name's [[PERSON:Siobhán Keaney]]. Me and my daughter [[PERSON:Aoife]], [[AGE:6]], were at [[ADDRESS:9 Pitchcroft Lane]], Bristol [[POSTCODE:BS5 7RX]], a one-bed with [[ORGANISATION:Avonvale Housing]]. Black mould behind her bed, on her pillow some mornings. Her [[HEALTH:eczema]] went mad. The GP at [[ADDRESS:Stapleton Road Surgery]] wrote a letter. Nothing.

I put the complaint in on my phone on my break in the staff room, ref [[REFERENCE:AVH-C-40917]]. [[PERSON:Big Lorraine]] covered my ten o'clock so I could be home when the surveyor came. He didn't come. She covered again. He came. [[PERSON:Lorraine]] says I owe her a Chinese, and I do.

The officer who turned it round was [[PERSON:Marcus Oyelaran]]. He came himself, looked at the wall, looked at [[PERSON:Aoife]]'s arms, and said this wasn't a "lifestyle" issue, which is what the first letter called it. For the transfer he needed ID, so I gave him my date of birth, [[DATE_OF_BIRTH:14/02/1987]], and my NI number, [[NI_NUMBER:QQ 48 27 19 D]], from the car between calls, on [[PHONE:0117 496 0093]].

Put right: mould treated that week as a stopgap, an extractor fan, a dehumidifier on loan, £600, and a management move. We're now at [[ADDRESS:58 Ridgeway Walk]], [[POSTCODE:BS16 2HJ]], two bedrooms, dry. Changed: he told me any mould report with a child under 10 now gets a visit within 10 days, no "wipe it with vinegar" letter first. [[PERSON:Aoife]]'s skin is nearly clear. I still owe [[PERSON:Lorraine]] that Chinese.
"""),
    ),
    (
        "fv2ay-en-05",
        "en",
        _s("""
Two of us in this flat work nights and one of us can't do stairs, so the lift isn't a luxury, it's the rota.

I'm [[PERSON:Kwabena Asante-Mensah]], everyone calls me [[PERSON:Kobby]]. Security officer, SIA licence [[OTHER_ID:1014 5520 8831 6790]], nights at [[ADDRESS:Unit 4]], [[ADDRESS:Trafford Gate Distribution Park]]. My wife [[PERSON:Precious]] drives the 192 for [[ORGANISATION:Greater Northern Buses]] out of [[ADDRESS:Gorton Lane depot]], first bus 5:10am. My mother [[PERSON:Afua]], [[AGE:81]], lives with us and has [[HEALTH:COPD]]. We're on the ninth floor of [[ADDRESS:Tamworth Heights]], [[ADDRESS:flat 57]], [[POSTCODE:M13 0QE]]. Landlord: [[ORGANISATION:Irwell Square Housing]].

The lift died on 2 November. Mum couldn't leave the flat. [[PERSON:Precious]] was walking down at 4:30am in uniform with a head torch like a miner; I was walking up at 7am after twelve hours on my feet. Most mornings we met around floor five. Romantic, actually.

Complaint ref [[REFERENCE:ISH/2291/LFT]]. The lift firm, [[ORGANISATION:Northlift Services]], said a part was coming from Italy. I asked if it was coming by bicycle. [[PERSON:Deborah Quayle]], the housing manager, was the first person who didn't laugh. She came up all nine floors on foot and sat with Mum for half an hour.

Put right: the part arrived nine days after she chased it; until then a powered stair-climber and two trained staff took Mum to her hospital appointments; we got £420 plus taxi costs.

Changed: [[ORGANISATION:Irwell Square]] now texts every household in a block when a lift goes down and when it's due back, and any block over six floors gets a plan within 48 hours for residents who can't manage stairs. If they need me, it's [[PHONE:oh seven seven double oh, nine hundred, three one two]]. My supervisor [[PERSON:Wojtek Baran]] says I'm too cheerful about a lift. He's never carried a kettle up nine floors.
"""),
    ),
    (
        "fv2ay-ar-01",
        "ar",
        _s("""
اسمي [[PERSON:مجاهد عبد الرحيم]]، [[OTHER_SPECIAL:سوداني]]، أشتغل سائق private hire مع [[ORGANISATION:Steel City Cars]] في شفيلد. رقم البادج [[OTHER_ID:SH-PH 2291]]، والسيارة Skoda Octavia رقمها [[OTHER_ID:YE21 KZT]]. أشتغل من العصر إلى الفجر وأنام بالنهار، وهذا أصل الحكاية كلها.

أسكن في [[ADDRESS:شقة رقم ٨]]، [[ADDRESS:Wensley Court]]، [[POSTCODE:S4 7BD]]، والبيت تابع لـ[[ORGANISATION:Don Valley Homes]].

في نوفمبر انشرخ زجاج نافذة غرفة النوم من الزاوية إلى الزاوية، والهواء البارد يدخل طول النهار وأنا نائم. بلّغت على رقم الصيانة [[PHONE:٠١١٤ ٤٩٦ ٠٣٨٧]]، ورقم البلاغ [[REFERENCE:DVH-R-44812]]. جاء عامل وثبّت لوح خشب على النافذة وقال: "مؤقت". المؤقت بقي سبعة أسابيع. الغرفة صارت مظلمة مثل القبر، وهذا جيد للنوم بصراحة، لكن الرطوبة بدأت تطلع على الجدار.

قدّمت شكوى رسمية رقمها [[REFERENCE:DVH-C-٠٩٥٥١]]. زميلي في المكتب [[PERSON:بابكر]] كتبها معي بالإنجليزي في استراحة الساعة الثالثة فجراً، بين مشوار إلى المطار ومشوار إلى المستشفى.

اتصلت بي [[PERSON:كلير هاثاواي]] من قسم الشكاوى. قالت إنها فتحت الملف ولم تجد أي طلب زجاج بعد اللوح. يعني نسوني. لما قالتها بهذا الوضوح ارتحت أكثر من التعويض نفسه، لأن أحداً أخيراً قال الحقيقة.

كيف انحلّت: ركّبوا نافذة مزدوجة جديدة خلال خمسة أيام، وعالجوا الرطوبة، ودفعوا لي ٣٢٠ جنيهاً عن التأخير وعن فاتورة الدفّاية الكهربائية.

ما الذي تغيّر: صار عندهم قاعدة أن أي لوح خشب "مؤقت" له مهلة عشرة أيام، وإذا تأخر يظهر على شاشة المشرف. و[[PERSON:كلير]] كتبت في ملفي أني أشتغل بالليل، فصاروا يتصلون على [[PHONE:07700 900256]] بعد الواحدة ظهراً فقط. الحمد لله.
"""),
    ),
    (
        "fv2ay-ar-02",
        "ar",
        _s("""
أكتب بالترتيب، لأن الترتيب هو الذي أنقذني.

أنا [[PERSON:رهف الحمصي]]، مساعدة رعاية صحية (HCA) في النوبات الليلية، Ward 22 في مستشفى Longford General، ورقمي الوظيفي (ESR) [[OTHER_ID:31185520]]. جئت إلى بريطانيا [[OTHER_SPECIAL:لاجئة]] سنة ٢٠١٦، وأسكن مع ابني [[PERSON:يمان]]، عمره [[AGE:٤ سنوات]]، في [[ADDRESS:٤٣ Foleshill Mews]]، كوفنتري، [[POSTCODE:CV6 5LT]]. المالك [[ORGANISATION:Sherbourne Vale Housing]].

- ١٩ كانون الثاني: توقف الـboiler. لا ماء ساخن ولا تدفئة. بلّغت، ورقم الإصلاح [[REFERENCE:SVH-R-٦٠٤٢٧]].
- من ٢٠ إلى ٢٨ كانون الثاني: جاء مقاول التدفئة [[ORGANISATION:Warmline Heating]] ثلاث مرات، وفي كل مرة: "القطعة غير متوفرة". كنت أستحم في غرفة تبديل الملابس في المستشفى بعد النوبة، ثم أرجع البيت في السابعة صباحاً.
- مسؤولتي في الجناح، [[PERSON:إيفون باتيست]]، كانت تسمح لي بالخروج قبل نهاية النوبة بعشر دقائق حتى ألحق بالمهندس. لولاها لخسرت موعدين.
- ٣ شباط: قدّمت شكوى رسمية رقمها [[REFERENCE:SVH/CX/90214]] من بريدي [[EMAIL:r.homsi@example.net]].

ردّ [[PERSON:جيمس أوكونور]] من فريق الشكاوى، واعترف بأن القطعة كانت في مخزن المقاول منذ ٢٤ كانون الثاني ولم يرسلها أحد. ولدفع التعويض طلبوا إثبات الهوية: تاريخ ميلادي [[DATE_OF_BIRTH:١٢ آذار ١٩٩١]] ورقم التأمين الوطني [[NI_NUMBER:QQ 71 03 58 A]].

كيف أُصلح الأمر: boiler جديد في ٦ شباط، ومدفأتان مؤقتتان إلى حين التركيب، و٤٥٠ جنيهاً تعويضاً مع فرق فاتورة الكهرباء.

ما الذي تغيّر: صارت عند [[ORGANISATION:Sherbourne Vale]] قاعدة أن البيت الذي فيه طفل دون الخامسة يحصل على تدفئة مؤقتة في اليوم نفسه، وأن المقاول يؤكد توفر القطعة كتابياً خلال ٤٨ ساعة. و[[PERSON:إيفون]] علّقت القاعدة على لوحة الجناح، وقالت إن نصف الممرضات عندهن القصة نفسها.
"""),
    ),
    (
        "fv2ay-ar-03",
        "ar",
        _s("""
اسمي [[PERSON:حيدر الكعبي]]، والشباب في الشغل يسمّونني [[PERSON:أبو زهراء]] لأني أحكي عن بنتي طول الوقت. أشتغل delivery rider مع [[ORGANISATION:Snapbasket]]، رقم الرايدر [[OTHER_ID:SB-CF-77031]]، على موتور رقمه [[OTHER_ID:CA70 RHW]]. ساكنين في [[ADDRESS:١٧ Glanmor Terrace]]، Splott، كارديف [[POSTCODE:cf242qs]]، والبيت لـ[[ORGANISATION:Tir Glas Housing]].

المشكلة كانت الجرذان. مو فأر واحد، جرذان بحجم القطط، عايشة في غرفة الزبالة (bin store) ورا البيت لأن بابها مكسور من الصيف. كل ليلة أرجع الساعة ١٢ وأركن الموتور جنبها، وأول ما أطفي الضوء أسمع حفلة. زميلي [[OTHER_SPECIAL:البولندي]] [[PERSON:كوبا]] قال لي: "[[PERSON:حيدر]]، هذولا مستأجرين، لازم يدفعون إيجار."

بلّغت على [[PHONE:029 2018 0614]]، رقم البلاغ [[REFERENCE:TGH-R-33108]]. جاءت شركة [[ORGANISATION:Pestaway Wales]] وحطّت سم، بس الباب ظل مكسور، فرجعت الجرذان مثل الزباين الدائمين.

قدّمت شكوى. الموظفة [[PERSON:ريانون إيفانز]] جاءت بنفسها الساعة ١١ بالليل لأني قلت لها هذا وقت العرض. وقفت معي بالظلام وشافت بعينها، وقالت بالإنجليزي كلمة ما أقدر أكتبها هنا.

كيف تصلّحت: باب معدني جديد لغرفة الزبالة يتسكّر لوحده، تنظيف كامل، ثلاث زيارات مكافحة، وسدّوا فتحة تحت الجدار. ودفعوا ٢٠٠ جنيه لأن الجرذان أكلت شنطة التوصيل الحرارية مالتي (insulated bag)، وهذي كنت مشتريها من جيبي.

شنو تغيّر: صار عند [[ORGANISATION:Tir Glas]] قاعدة إن أي بلاغ عن قوارض ويا باب مكسور يصير طلبين مربوطين، وما ينسكر واحد قبل الثاني. و[[PERSON:زهراء]]، عمرها [[AGE:٧ سنين]]، صارت تطلّع الزبالة وحدها بدون صياح.
"""),
    ),
    (
        "fv2ay-ar-04",
        "ar",
        _s("""
أنا [[PERSON:شريف منصور الدمرداش]]، عندي [[AGE:٥٨ سنة]]، سوّاق أتوبيس في [[ORGANISATION:Trentside Buses]] في نوتنغهام. رقمي في الشركة [[OTHER_ID:٤٠٧٧١]]، وبطلع من [[ADDRESS:Lenton Lane depot]] على خط ٣٦. الوردية المبكرة بتبدأ ٤:٤٥ الفجر، يعني لازم أنام الساعة ٨ بالليل.

ساكن مع مراتي [[PERSON:سماح]] في [[ADDRESS:شقة ٣]]، [[ADDRESS:Alfreton Court]]، [[POSTCODE:NG7 2GS]]، والمالك [[ORGANISATION:Sherwood Lea Living]]. [[PERSON:سماح]] عندها [[HEALTH:السكري]] ومحتاجة نوم منتظم هي كمان.

من سبتمبر، الجار اللي فوقنا بدأ يشغّل مزيكا عالية من ١٠ بالليل لحد ٣ الفجر، كل يوم تقريباً. فتحت بلاغ إزعاج (ASB) رقمه [[REFERENCE:ASB-٧٧١٢]]. قالوا اكتب "يوميات إزعاج" ١٤ يوم. كتبت. قالوا ١٤ يوم كمان. في الأسبوع ده كنت هدخل بالأتوبيس في الرصيف عند محطة، ومشرفي في الـdepot، [[PERSON:ليروي بيكفورد]]، نزّلني من الوردية وقال: "مش هتسوق وإنت نايم يا [[PERSON:شريف]]". وكتب جواب للمالك إن الشركة قلقانة على السلامة.

قدّمت شكوى رسمية رقمها [[REFERENCE:SLL-C-31590]]. مسؤول الحالة، [[PERSON:ديكلان ماكغراث]]، ركّب جهاز تسجيل الصوت بعدها بيومين وسمع بنفسه. وقال إن أول ١٤ يوم كانوا كفاية، وإن طلب ١٤ يوم زيادة كان غلط.

اتصلّح إزاي: زيارة وإنذار رسمي للجار، جلسة وساطة، عزل صوت في سقف أوضة النوم عندنا، و٢٥٠ جنيه إسترليني.

إيه اللي اتغيّر: بقى عندهم نظام إن شكاوى الإزعاج من الناس اللي شغالين ورديات ليل أو فجر بتتراجع خلال ٥ أيام شغل، واليوميات ١٤ يوم بس. والحمد لله دلوقتي بنام، و[[PERSON:ليروي]] رجّعني الوردية المبكرة.
"""),
    ),
    (
        "fv2ay-ar-05",
        "ar",
        _s("""
أنا [[PERSON:نوال سيف الشرعبي]]، أشتغل منظّفة (cleaner) مع [[ORGANISATION:Mersey Sparkle Cleaning]] من الخامسة إلى التاسعة صباحاً في مكاتب وسط المدينة، وزوجي [[PERSON:عبد الجبار]] عنده بسطة خضار، [[ADDRESS:stall 12]] في [[ADDRESS:Dingle Vale Market]]. ما عندنا وقت للمرض، ولا للشكاوى.

ساكنين في [[ADDRESS:٢٩ Mulgrave Walk]]، ليفربول [[POSTCODE:L8 0QH]]، بيت تابع لـ[[ORGANISATION:Liver Bay Housing]]. بنتنا الصغيرة [[PERSON:ريتاج]]، عمرها [[AGE:٤ سنوات]]، عندها [[HEALTH:ربو]]، والعفن الأسود كان في غرفتها من السقف إلى الأرض.

قلنا لهم سنة كاملة. رقم البلاغ الأول [[REFERENCE:LBH-٢٢٠٩٨]]. كل مرة يجي واحد يرش ويمشي. الدكتورة في [[ADDRESS:Princes Park Health Centre]] كتبت رسالة إن العفن يضر البنت. ما رد أحد.

ابن أخي [[PERSON:مراد]] قال: روحي للـHousing Ombudsman. قدّمت الشكوى، ورقم القضية عندهم [[REFERENCE:202309871]]. بعد رسالة الأمبودزمان بأسبوعين، اتصلت بي [[PERSON:جيما رورك]] من [[ORGANISATION:Liver Bay]]، وجاءت مع مسّاح (surveyor) حقيقي. فتحوا الجدار ولقوا ماسورة مكسورة داخله من سنين.

طلبوا إثبات هوية عشان التعويض، فأرسلت تاريخ ميلادي [[DATE_OF_BIRTH:١٩٨٨/٠٧/٠٢]] من إيميلي [[EMAIL:nawal.sharabi@example.org]].

كيف تصلّح: الماسورة تغيّرت، الجدار نشّفوه وبنوه من جديد، مروحة شفط، ونقلونا أسبوعين لشقة مفروشة لين خلّصوا، و١٢٠٠ جنيه تعويض. والأمبودزمان كتب إنه سوء إدارة شديد (severe maladministration).

وش تغيّر: [[ORGANISATION:Liver Bay]] سوّت فريق خاص للعفن والرطوبة، وأي بيت فيه طفل عنده مرض صدري يتفتّش خلال أسبوعين. و[[PERSON:ريتاج]] من أربعة أشهر ما استعملت البخاخ إلا مرة.
"""),
    ),
    (
        "fv2ay-bn-01",
        "bn",
        _s("""
আমার নাম [[PERSON:শাহনেওয়াজ তালুকদার]]। [[ORGANISATION:ParcelPoint]]-এর warehouse-এ picker, [[ADDRESS:Unit 12]], [[ADDRESS:Wigmore Trade Park]], badge নম্বর [[OTHER_ID:LTN4-20581]]। রাতের shift, সপ্তাহে চার রাত, দশ ঘণ্টা করে হাঁটা। বাড়ি ফিরে দুপুর পর্যন্ত ঘুমাই।

থাকি [[ADDRESS:৩৪ Dunstable Close]], লুটন, [[POSTCODE:LU4 8QZ]]। বাড়িওয়ালা [[ORGANISATION:Chiltern Vale Housing]]।

গত শীতে শোবার ঘরের ছাদ দিয়ে পানি পড়া শুরু হলো, ঠিক বিছানার উপরে। বালতি রাখলাম। টপ টপ শব্দে দিনে ঘুম হয় না, রাতে scanner হাতে ঝিমাই। shift manager [[PERSON:ড্যারেন হোল্টবি]] দুইবার ডেকে বললেন আমার pick rate কমে গেছে।

রিপোর্ট করলাম, job নম্বর [[REFERENCE:CVH-RP-২২৪১৯]]। roofing কোম্পানি [[ORGANISATION:Apex Roofline]] দুইবার appointment দিয়ে আসেনি। তৃতীয়বার এসে বলল scaffold লাগবে, তারপর আবার গায়েব।

তখন formal complaint করলাম, নম্বর [[REFERENCE:CVH-C-১০৭৭৩]]। complaints officer [[PERSON:লুসি ব্রেনান]] আমাকে [[PHONE:০৭৭০০ ৯০০৭৭২]] নম্বরে ফোন করলেন দুপুর দুইটার পরে, কারণ complaint-এই লিখে দিয়েছিলাম সকালে ফোন ধরতে পারব না। উনি নিজে [[ORGANISATION:Apex]]-এর সাথে কথা বলে scaffold-এর তারিখ পাকা করলেন।

কীভাবে ঠিক হলো: দুই সপ্তাহের মধ্যে ভাঙা টালি আর flashing বদলানো হলো, ঘরের ছাদে নতুন plaster আর রং, ভেজা তোশকের বদলে নতুন তোশক, আর ৩৫০ পাউন্ড। letter দেখে [[PERSON:ড্যারেন]] পর্যন্ত বললেন, "fair play, [[PERSON:Shah]]"।

কী বদলাল: এখন [[ORGANISATION:Chiltern Vale]]-এর নিয়ম, contractor পরপর দুইবার appointment মিস করলে কাজটা সোজা manager-এর কাছে যায়। আমার file-এ লেখা আছে "night worker – call after 2pm"। এখন দিনে ঘুমাই, rate আবার ১১০%।
"""),
    ),
    (
        "fv2ay-bn-02",
        "bn",
        _s("""
আমি [[PERSON:মাহফুজা খানম]], বাসায় সবাই ডাকে [[PERSON:রিনি]]। হোয়াইটচ্যাপেলের একটা হাসপাতালে night shift-এ healthcare assistant, Ward 9F, staff নম্বর [[OTHER_ID:E-448193]]। আমার মেয়ে [[PERSON:অনন্যা]], বয়স [[AGE:১১ বছর]], তার [[HEALTH:অটিজম]] আছে। সে পড়ে [[ADDRESS:Harford Green Primary]]-তে।

আমরা থাকতাম [[ADDRESS:Barnfield House]]-এর [[ADDRESS:১৭ নম্বর ফ্ল্যাট]]-এ, [[POSTCODE:E1 0QX]]। বাড়িওয়ালা [[ORGANISATION:Limehouse Cut Homes]]। চৌদ্দ তলায় এক বেডরুম, [[PERSON:অনন্যা]] আর আমি এক ঘরে। আমি দিনে ঘুমাই, সে স্কুল থেকে ফিরে নিজের মতো জোরে খেলে; ঘুম না হলে রাতে ওষুধের চার্ট লিখতে হাত কাঁপে।

তারিখ ধরে লিখছি:
১. মার্চ ২০২৩: transfer-এর আবেদন, housing register নম্বর [[REFERENCE:HR-৬৬১২০৪]]। band ৩ দিল।
২. এপ্রিল ২০২৩: GP-র চিঠি, স্কুলের SENCo মিস্টার [[PERSON:ওকাফোর]]-এর চিঠি, আর ward manager-এর দেওয়া আমার night rota জমা দিলাম। medical priority-র কোনো উত্তর এল না।
৩. জানুয়ারি ২০২৪: complaint, নম্বর [[REFERENCE:LCH/CMP/৫৫০৯]]।

officer [[PERSON:অ্যাবিগেল মার্শ]] file খুলে দেখলেন medical form scan হয়েছিল, কিন্তু panel-এ কখনো পাঠানো হয়নি। এক বছর একটা folder-এ পড়ে ছিল। band বদলানোর আগে identity check: আমার জন্মতারিখ [[DATE_OF_BIRTH:২২ মে ১৯৮৪]], NI নম্বর [[NI_NUMBER:QQ 62 19 84 B]]।

কীভাবে ঠিক হলো: medical priority সহ band ২, আবেদনের তারিখ থেকে backdate; ৫০০ পাউন্ড ক্ষতিপূরণ; চার মাস পরে নিচতলায় দুই বেডরুমের ফ্ল্যাট, [[ADDRESS:৮ Rosefield Gardens]], [[POSTCODE:e140lh]]। [[PERSON:অনন্যা]]-র এখন নিজের ঘর, আমি দিনে দরজা বন্ধ করে ঘুমাতে পারি।

কী বদলাল: medical form জমা পড়লে দশ কার্যদিবসের মধ্যে reference সহ রসিদ আসে, আর panel-এর সিদ্ধান্ত চিঠিতে জানানো হয়। night worker-রা ফোনের সময় নিজে বেছে নিতে পারে। আমার ইমেইল [[EMAIL:rini.khanam@example.com]]।
"""),
    ),
    (
        "fv2ay-bn-03",
        "bn",
        _s("""
আমি [[PERSON:জুনায়েদ হক]], তবে [[ORGANISATION:Werneth Cars]]-এর radio-তে সবাই ডাকে [[PERSON:জনি]]। ওল্ডহ্যামে private hire চালাই, [[ORGANISATION:Oldham Council]]-এর badge [[OTHER_ID:OMBC 3318]], সাদা Corolla, নম্বর [[OTHER_ID:MA18 ZPK]]।

থাকি [[ADDRESS:৬১ Coppice Meadow]], [[POSTCODE:OL8 1RT]], [[ORGANISATION:Pennine Moor Housing]]-এর বাড়ি। পিছনের car park-এ আমার নিজের জায়গা, [[ADDRESS:১৯ নম্বর bay]]।

গত অক্টোবরে car park-এর drain বন্ধ হয়ে গেল। একটু বৃষ্টি হলেই আমার bay-তে হাঁটু পানি। ওল্ডহ্যামে "একটু বৃষ্টি" মানে রোজ। রাত তিনটায় shift শেষে wellington boot পরে গাড়ি থেকে নামতাম, যেন মাছ ধরতে যাচ্ছি। একদিন পানি ঢুকে গাড়ির একটা sensor গেল, garage-এ ৩১০ পাউন্ড, আর দুই রাত কাজ বন্ধ। dispatcher [[PERSON:সাজ্জাদ]] ভাই radio-তে জিজ্ঞেস করতেন, "[[PERSON:জনি]], তোর নৌকা কেমন?"

রিপোর্ট করলাম [[PHONE:0161 496 0158]]-এ, job নম্বর [[REFERENCE:PMH-R-80217]]। contractor [[ORGANISATION:Moorside Drainage]] এসে jet wash দিয়ে গেল, এক সপ্তাহ পরে আবার পুকুর। আরও দুইবার একই কাহিনি।

complaint নম্বর [[REFERENCE:PMH-C-4471]]। officer [[PERSON:জোয়ান হারগ্রিভস]] নিজে bay দেখতে এলেন। আমি তাঁকে একটা কাগজের নৌকা উপহার দিলাম। উনি হাসলেন, তারপর সিরিয়াস হয়ে camera survey করালেন: drain-এর ভিতরে গাছের শিকড়, পাইপ ভাঙা।

কীভাবে ঠিক হলো: পুরো drain line বদলানো হলো, bay-গুলোর ঢাল ঠিক করা হলো। garage-এর বিল আর দুই রাতের আয় মিলিয়ে ৫৮০ পাউন্ড দিল; আয়ের প্রমাণ হিসেবে operator-এর earnings statement দেখিয়েছিলাম।

কী বদলাল: এখন তিন মাসে একই drain দুইবার আটকালে camera survey বাধ্যতামূলক, শুধু jet wash না। আর [[PERSON:সাজ্জাদ]] ভাই এখন বলেন, "[[PERSON:জনি]], নৌকাটা বেচে দে।"
"""),
    ),
    (
        "fv2ay-bn-04",
        "bn",
        _s("""
আমি [[PERSON:ফেরদৌসী নাহার]], ডাক নাম [[PERSON:লিপি]]। [[ADDRESS:Brick Row Market]]-এ আমার শাড়ি আর থ্রি-পিসের দোকান, [[ADDRESS:stall ৪২]]। সকাল ছয়টায় খুলি, সন্ধ্যায় গুটাই। স্বামী [[PERSON:মোস্তাক]] [[ORGANISATION:Rushr]]-এর delivery rider, moped নম্বর [[OTHER_ID:LF19 UKD]]।

আমরা পাঁচজন থাকি [[ADDRESS:Kestrel House]]-এর [[ADDRESS:ফ্ল্যাট ৫]]-এ, বো, [[POSTCODE:E3 4NP]]। দুই বেডরুম। বড় ছেলে [[PERSON:তানভীর]], বয়স [[AGE:১৪]], রান্নাঘরের টেবিলে বসে GCSE পড়ে। বাড়িওয়ালা [[ORGANISATION:Bow Creek Housing Trust]]।

কী ভুল হয়েছিল: ছোট মেয়ে [[PERSON:আরিবা]] জন্মানোর পর birth certificate জমা দিয়েছিলাম, কিন্তু ওদের system-এ পরিবার চারজনই থেকে গেল। কাগজে আমরা overcrowded না। দুই বছর এভাবে।

stall-এ বসে ফোনে complaint লিখলাম, নম্বর [[REFERENCE:BCHT-২০৪৮৮]]। পাশের stall-এর মিসেস [[PERSON:ক্যাথলিন ডোয়ার]] ইংরেজি ঠিক করে দিলেন, বিনিময়ে এক কাপ চা। পরে officer [[PERSON:আদেবায়ো ওকে]] ফোন করে identity check করলেন: আমার জন্মতারিখ [[DATE_OF_BIRTH:৯ সেপ্টেম্বর ১৯৮৬]], আর [[PERSON:আরিবা]]-র [[DATE_OF_BIRTH:০৩/১১/২০২১]]। উনি নিজেই দেখলেন certificate-টা scan হয়েছে, কিন্তু কেউ household update করেনি।

কীভাবে ঠিক হলো: রেকর্ড ঠিক হলো, overcrowding দুই বছর পিছিয়ে গণ্য, band ১, আর ৭৫০ পাউন্ড। পাঁচ মাস পরে তিন বেডরুমের বাসা পেলাম, [[ADDRESS:১১৬ Malmesbury Walk]]।

কী বদলাল: এখন birth certificate upload হলেই system নিজে household review খোলে, আর চিঠিতে জানায়। আমি তবু প্রতি তিন মাসে নিজের account দেখি। কিছু বলার থাকলে: [[EMAIL:lipi ডট nahar অ্যাট example ডট net]]।
"""),
    ),
    (
        "fv2ay-bn-05",
        "bn",
        _s("""
আমি [[PERSON:সৈয়দ ইমতিয়াজ রব্বানী]], বয়স [[AGE:৪৩]]। [[ORGANISATION:Brightlane Homecare]]-এ care worker, staff ID [[OTHER_ID:BLH-0957]]। দিনে নিজের গাড়িতে ১২ থেকে ১৪টা call, গাড়ি [[OTHER_ID:BV16 OXN]]। সপ্তাহে দুই রাত [[ADDRESS:Larkfield House]] care home-এ sleep-in।

থাকি [[ADDRESS:৮৮ Wardlow Road]], স্মল হিথ, বার্মিংহাম, [[POSTCODE:B10 9ES]]। বাড়িওয়ালা [[ORGANISATION:Cole Valley Homes]]।

সমস্যা: রান্নাঘরের socket-গুলো বারবার trip করত। fridge বন্ধ, খাবার নষ্ট, আর সবচেয়ে খারাপ, রাতে ফোন charge হতো না। আমাদের rota আসে app-এ; ফোন মরা মানে পরের দিনের call list নেই। double-up partner [[PERSON:ম্যান্ডি]] আমার জন্য গাড়িতে একটা power bank রেখে দিত।

রিপোর্ট করলাম [[PHONE:০১২১ ৪৯৬ ০৭৪২]]-এ, job নম্বর [[REFERENCE:COL-E-৫৩১৮৮]]। contractor [[ORGANISATION:Citywide Electrical Services]] দুইবার এসে লিখল "no fault found"। তৃতীয়বার trip হলো যখন আমি এক client, মিসেস [[PERSON:ডরোথি এলকিন্স]]-এর বাড়িতে, আর বাসায় আমার স্ত্রী একা প্লাগে পোড়া গন্ধ পেলেন।

সেদিনই complaint, নম্বর [[REFERENCE:COL-C-1190]]। officer [[PERSON:ট্রেভর ম্যাকেঞ্জি]] অন্য এক electrician পাঠালেন। উনি দশ মিনিটে খুঁজে পেলেন consumer unit-এর ভিতরে একটা neutral তার পুড়ে কালো। বললেন, এটা "no fault" না, এটা আগুনের আগের ধাপ।

কীভাবে ঠিক হলো: রান্নাঘরের circuit নতুন করে তার টানা, নতুন consumer unit, পুরো বাড়ির EICR, নষ্ট খাবারের দাম আর ৪০০ পাউন্ড, আর লিখিত ক্ষমা।

কী বদলাল: একই সমস্যায় দুইবার "no fault found" এলে এখন অন্য contractor দিয়ে পুরো test হয়। আমি client-দের বাড়িতে প্রতি সপ্তাহে smoke alarm test করি; এখন নিজের বাড়িরটাও করি।
"""),
    ),
    (
        "fv2ay-pa-01",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਂ [[PERSON:ਗੁਰਦਿਆਲ ਸਿੰਘ ਸੰਘੇੜਾ]] ਹੈ, ਉਮਰ [[AGE:੬੧ ਸਾਲ]]। ਵੁਲਵਰਹੈਂਪਟਨ ਵਿੱਚ [[ORGANISATION:Dunstall Cabs]] ਨਾਲ ਟੈਕਸੀ ਚਲਾਉਂਦਾ ਹਾਂ। badge ਨੰਬਰ [[OTHER_ID:WV 0871]], ਗੱਡੀ [[OTHER_ID:WV65 TKD]]। ਰਾਤ ਦੀ shift, ਸ਼ਾਮ ਛੇ ਤੋਂ ਸਵੇਰੇ ਚਾਰ।

ਘਰ [[ADDRESS:੧੪ Marsh Lane Close]], [[POSTCODE:WV10 6SZ]], [[ORGANISATION:Penn Brook Housing]] ਦਾ ਹੈ। ਨੇੜੇ ਹੀ [[ADDRESS:Sedgley Street Gurdwara]] ਹੈ, ਜਿੱਥੇ ਹਰ ਐਤਵਾਰ ਲੰਗਰ ਵਿੱਚ ਸੇਵਾ ਕਰਦਾ ਹਾਂ।

ਗੱਲ ਸਿੱਧੀ ਹੈ। ਪਿਛਲੇ ਸਾਲ ਛੱਤ ਦਾ ਪਰਨਾਲਾ (gutter) ਟੁੱਟ ਗਿਆ। ਪਾਣੀ ਕੰਧ ਵਿੱਚੋਂ ਅੰਦਰ ਆਇਆ, ਬੈੱਡਰੂਮ ਦੀ ਕੰਧ ਕਾਲੀ ਹੋ ਗਈ। ਮੇਰੀ ਘਰਵਾਲੀ [[PERSON:ਸਤਵੰਤ]] ਨੂੰ [[HEALTH:ਦਮਾ]] ਹੈ, ਰਾਤਾਂ ਨੂੰ ਖੰਘਦੀ ਰਹੀ।

ਤਿੰਨ ਵਾਰ ਫ਼ੋਨ ਕੀਤਾ, [[PHONE:01632 960418]], repair ਨੰਬਰ [[REFERENCE:PBH-R-੫੫੦੨੧]]। ਇੱਕ ਬੰਦਾ ਆਇਆ, ਕਾਲੀ ਕੰਧ ਉੱਤੇ ਚਿੱਟਾ ਰੰਗ ਫੇਰ ਕੇ ਚਲਾ ਗਿਆ। ਦੋ ਹਫ਼ਤੇ ਬਾਅਦ ਕੰਧ ਫੇਰ ਕਾਲੀ।

ਮੇਰੇ ਨਾਲ ਦੇ driver [[PERSON:ਮਿੱਕੀ ਓ'ਸ਼ੀਆ]] ਨੇ ਕਿਹਾ, ਫ਼ੋਨ ਨਾਲ ਕੁਝ ਨਹੀਂ ਹੋਣਾ, complaint ਲਿਖ। ਉਹਨੇ station ਦੇ rank ਉੱਤੇ ਖੜ੍ਹੇ-ਖੜ੍ਹੇ ਮੇਰੀ complaint ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਟਾਈਪ ਕਰ ਦਿੱਤੀ। ਨੰਬਰ [[REFERENCE:PBH/CMP/੩੦੬੧]]।

[[ORGANISATION:Penn Brook]] ਵੱਲੋਂ ਬੀਬੀ [[PERSON:ਰੇਚਲ ਐਟਕਿਨਸ]] ਆਈ। ਉਹਨੇ ਪਰਨਾਲਾ ਵੇਖਿਆ, ਫਿਰ ਕੰਧ, ਤੇ ਬੋਲੀ: "this should never have been painted over"। ਮੈਂ ਕਿਹਾ, ਬੀਬੀ ਜੀ, ਇਹੀ ਗੱਲ ਮੈਂ ਤਿੰਨ ਮਹੀਨਿਆਂ ਤੋਂ ਪੰਜਾਬੀ ਵਿੱਚ ਕਹਿ ਰਿਹਾ ਹਾਂ।

ਕਿਵੇਂ ਠੀਕ ਹੋਇਆ: ਨਵਾਂ ਪਰਨਾਲਾ, ਸਿੱਲ੍ਹ ਵਾਲਾ plaster ਲਾਹ ਕੇ ਨਵਾਂ, ਕਮਰੇ ਵਿੱਚ extractor ਪੱਖਾ, ਤੇ £੪੦੦।

ਕੀ ਬਦਲਿਆ: ਹੁਣ ਉਹਨਾਂ ਦਾ ਨਿਯਮ ਹੈ ਕਿ ਸਿੱਲ੍ਹ ਉੱਤੇ ਰੰਗ ਫੇਰਨ ਤੋਂ ਪਹਿਲਾਂ ਕਾਰਨ ਲੱਭਣਾ ਲਾਜ਼ਮੀ ਹੈ। ਬੱਸ। ਹੁਣ ਦਿਨੇ ਸੌਂ ਜਾਂਦਾ ਹਾਂ ਤੇ [[PERSON:ਸਤਵੰਤ]] ਦੀ ਖੰਘ ਘੱਟ ਹੈ।
"""),
    ),
    (
        "fv2ay-pa-02",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਨਵਰੂਪ ਕੌਰ ਬਾਜਵਾ]], staff nurse ਹਾਂ, ਈਲਿੰਗ ਦੇ ਇੱਕ ਹਸਪਤਾਲ ਵਿੱਚ night shift, staff ਨੰਬਰ [[OTHER_ID:60318827]]। ਇਕੱਲੀ ਰਹਿੰਦੀ ਹਾਂ: [[ADDRESS:Tentelow House]], [[ADDRESS:ਫਲੈਟ ੨੧]], ਸਾਊਥਾਲ, [[POSTCODE:UB2 4QR]]। ਮਾਲਕ [[ORGANISATION:Westway Vale Housing]]।

ਤਰੀਕਾਂ ਨਾਲ:
੧੨ ਅਕਤੂਬਰ — building ਦੇ ਮੁੱਖ ਦਰਵਾਜ਼ੇ ਦਾ magnetic ਤਾਲਾ ਖ਼ਰਾਬ, ਦਰਵਾਜ਼ਾ ਧੱਕੇ ਨਾਲ ਖੁੱਲ੍ਹ ਜਾਂਦਾ। repair [[REFERENCE:WVH-R-204471]]।
੨੦ ਅਕਤੂਬਰ ਤੋਂ — ਪੌੜੀਆਂ ਵਿੱਚ ਅਣਜਾਣ ਲੋਕ ਸੌਂਦੇ, ਸੂਈਆਂ ਮਿਲੀਆਂ। ASB case [[REFERENCE:WVH-ASB-1187]]।
੯ ਨਵੰਬਰ — ਸਵੇਰੇ ੮:੪੦, shift ਤੋਂ ਮੁੜੀ ਤਾਂ ਇੱਕ ਆਦਮੀ ਮੇਰੇ ਪਿੱਛੇ-ਪਿੱਛੇ ਤੀਜੀ ਮੰਜ਼ਿਲ ਤੱਕ ਆਇਆ। ਪੁਲਿਸ ਨੂੰ ਦੱਸਿਆ, crime reference [[REFERENCE:01/2847361/24]]।
੧੦ ਨਵੰਬਰ — ward sister [[PERSON:ਟ੍ਰਿਸ਼ ਓ'ਹੇਅਰ]] ਨੇ ਮੇਰਾ rota ਬਦਲ ਕੇ ਦਿਨ ਦੀਆਂ shifts ਦਿੱਤੀਆਂ ਤਾਂ ਜੋ ਮੈਂ ਹਨੇਰੇ ਵਿੱਚ ਨਾ ਆਵਾਂ-ਜਾਵਾਂ।
੧੧ ਨਵੰਬਰ — formal complaint [[REFERENCE:WVH/C/77310]], [[EMAIL:navroop.bajwa@example.org]] ਤੋਂ।

ਜਵਾਬ housing manager [[PERSON:ਐਮੇਕਾ ਜੋਨਜ਼]] ਨੇ ਦਿੱਤਾ। ਉਹਨੇ ਮੰਨਿਆ ਕਿ ਦਰਵਾਜ਼ੇ ਦੀ repair ਨੂੰ "routine, 28 days" ਲਿਖਿਆ ਗਿਆ ਸੀ, ਜਦਕਿ ਇਹ security ਦਾ ਮਾਮਲਾ ਸੀ।

ਕਿਵੇਂ ਠੀਕ ਹੋਇਆ: complaint ਤੋਂ ਚਾਰ ਦਿਨ ਬਾਅਦ ਨਵਾਂ ਦਰਵਾਜ਼ਾ ਤੇ fob system, ਤਿੰਨ ਮਹੀਨੇ ਰਾਤ ਨੂੰ patrol, ਪੌੜੀਆਂ ਵਿੱਚ CCTV, ਤੇ £੩੦੦। ਉਹਨਾਂ ਦੀ ਟੀਮ ਨੇ ਹਫ਼ਤੇ ਵਿੱਚ ਇੱਕ ਵਾਰ [[PHONE:07700 900583]] ਉੱਤੇ ਮੇਰਾ ਹਾਲ ਵੀ ਪੁੱਛਿਆ।

ਕੀ ਬਦਲਿਆ: ਹੁਣ ਕਿਸੇ ਵੀ block ਦੇ ਮੁੱਖ ਦਰਵਾਜ਼ੇ ਦੀ ਖ਼ਰਾਬੀ emergency ਹੈ, ੨੪ ਘੰਟਿਆਂ ਵਿੱਚ। ਤੇ ਪੌੜੀਆਂ ਦਾ ASB case ਆਪਣੇ ਆਪ ਦਰਵਾਜ਼ੇ ਦੀ repair ਨਾਲ ਜੁੜ ਜਾਂਦਾ ਹੈ। ਦਸੰਬਰ ਤੋਂ ਮੈਂ ਫੇਰ nights ਉੱਤੇ ਹਾਂ।
"""),
    ),
    (
        "fv2ay-pa-03",
        "pa",
        _s("""
ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ। ਮੈਂ [[PERSON:ਜੋਬਨਪ੍ਰੀਤ ਸਿੰਘ ਢਿੱਲੋਂ]], ਸਾਰੇ [[PERSON:ਜੋਬਨ]] ਕਹਿੰਦੇ ਨੇ, ਉਮਰ [[AGE:੨੨]]। ਲੈਸਟਰ ਵਿੱਚ [[ORGANISATION:Grubhop]] ਲਈ delivery ਕਰਦਾ ਹਾਂ, rider ID [[OTHER_ID:GH-LE-30915]], moped [[OTHER_ID:FP71 XUA]]। ਪੂਰੀ ਕਹਾਣੀ ਮੇਰੇ Instagram [[OTHER_ID:@jobanrides_lei]] ਉੱਤੇ reels ਵਿੱਚ ਵੀ ਹੈ।

ਮੰਮੀ-ਡੈਡੀ ਨਾਲ [[ADDRESS:੬੨ Loughborough Mews]], [[POSTCODE:le45pq]] ਵਿੱਚ ਰਹਿੰਦਾ ਹਾਂ, ਘਰ [[ORGANISATION:Belgrave Gate Homes]] ਦਾ।

ਮਸਲਾ: ਕਬੂਤਰ। ਮੇਰੇ ਕਮਰੇ ਦੇ ਉੱਤੇ ਛੱਤ ਦੇ ਕਿਨਾਰੇ ਦਾ ਫੱਟਾ (soffit) ਟੁੱਟ ਗਿਆ ਤੇ ਕਬੂਤਰਾਂ ਦਾ ਪੂਰਾ ਪਿੰਡ loft ਵਿੱਚ ਵੱਸ ਗਿਆ। ਮੈਂ ਰਾਤ ਦੋ ਵਜੇ ਆਖ਼ਰੀ order ਦੇ ਕੇ ਸੌਂਦਾ ਹਾਂ, ਤੇ ਉਹ ਸਵੇਰੇ ਛੇ ਵਜੇ ਗੁਟਰ-ਗੂੰ ਸ਼ੁਰੂ। ਫਿਰ ਕਮਰੇ ਵਿੱਚ ਛੋਟੇ-ਛੋਟੇ ਕੀੜੇ (mites) ਆਉਣ ਲੱਗੇ।

ਰਿਪੋਰਟ [[PHONE:0116 496 0327]] ਉੱਤੇ, job [[REFERENCE:BGH-44017]]। [[ORGANISATION:Midland Pest & Proofing]] ਵਾਲੇ ਆਏ, ਬੋਲੇ "roofer ਦਾ ਕੰਮ ਹੈ"। roofer ਆਇਆ, ਬੋਲਿਆ "pest ਵਾਲਿਆਂ ਦਾ ਕੰਮ ਹੈ"। ਦੋ ਮਹੀਨੇ ping-pong। ਮੇਰਾ [[OTHER_SPECIAL:ਬੁਲਗਾਰੀਅਨ]] ਸਾਥੀ rider [[PERSON:ਦਿਮਿਤਰ]] ਕਹਿੰਦਾ, ਕਬੂਤਰਾਂ ਤੋਂ ਕਿਰਾਇਆ ਲੈ ਲੈ।

complaint [[REFERENCE:BGH-C-0912]], [[EMAIL:joban.dhillon@example.com]] ਤੋਂ ਭੇਜੀ। officer [[PERSON:ਕੈਟਰੀਨਾ ਨੋਵਾਕ]] ਨੇ ਉਹ ਕੰਮ ਕੀਤਾ ਜਿਹੜਾ ਕਿਸੇ ਨੇ ਨਹੀਂ ਕੀਤਾ ਸੀ: ਦੋਵਾਂ contractors ਨੂੰ ਇੱਕੋ ਦਿਨ, ਇੱਕੋ ਵੇਲੇ ਬੁਲਾ ਲਿਆ।

ਕਿਵੇਂ ਠੀਕ ਹੋਇਆ: soffit ਨਵਾਂ, ਜਾਲੀ ਲੱਗੀ, loft ਸਾਫ਼, mites ਦਾ ਇਲਾਜ, ਤੇ £੧੫੦। ਕੀ ਬਦਲਿਆ: ਹੁਣ ਜਿਹੜੇ ਕੰਮ ਵਿੱਚ ਦੋ trades ਲੱਗਣ, ਉਸ ਦਾ ਇੱਕ ਮਾਲਕ (job owner) ਹੁੰਦਾ ਹੈ, ping-pong ਬੰਦ। ਮੰਮੀ ਕਹਿੰਦੇ ਨੇ ਹੁਣ ਸਵੇਰੇ ਸਿਰਫ਼ ਮੇਰੇ ਘੁਰਾੜੇ ਸੁਣਦੇ ਨੇ।
"""),
    ),
    (
        "fv2ay-pa-04",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਪਰਮਜੋਤ ਕੌਰ ਵਿਰਕ]], ਉਮਰ [[AGE:੫੪ ਸਾਲ]]। [[ORGANISATION:Kentish Care Partners]] ਦੀ carer ਹਾਂ, [[ADDRESS:Ashdene Lodge]] care home ਵਿੱਚ, payroll ਨੰਬਰ [[OTHER_ID:KCP-11482]]। shift ਸਵੇਰੇ ਸੱਤ ਤੋਂ ਸ਼ਾਮ ਸੱਤ, ਹਫ਼ਤੇ ਵਿੱਚ ਚਾਰ ਦਿਨ।

ਮੇਰੇ ਪਤੀ [[PERSON:ਅਵਤਾਰ ਸਿੰਘ]] ਨੂੰ ਪਿਛਲੇ ਸਾਲ [[HEALTH:ਸਟ੍ਰੋਕ]] ਹੋਇਆ, ਸੱਜਾ ਪਾਸਾ ਕਮਜ਼ੋਰ ਹੈ। ਅਸੀਂ [[ADDRESS:੭ Pelham Rise]], ਗ੍ਰੇਵਜ਼ੈਂਡ, [[POSTCODE:DA11 0HN]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ, ਘਰ [[ORGANISATION:Thameside Weald Housing]] ਦਾ।

ਮਾਰਚ ਵਿੱਚ OT ਨੇ ਲਿਖਿਆ ਕਿ bath ਕੱਢ ਕੇ walk-in shower ਤੇ rails ਲਾਓ। ਉਹ referral ਮਕਾਨ-ਮਾਲਕ ਕੋਲ ਗਿਆ ਤੇ ਗੁੰਮ ਹੋ ਗਿਆ। ਪੰਜ ਮਹੀਨੇ ਮੈਂ ਸਵੇਰੇ ਸਾਢੇ ਪੰਜ ਵਜੇ ਉੱਠ ਕੇ ਉਹਨਾਂ ਨੂੰ bath ਵਿੱਚ ਨਹਾਉਂਦੀ, ਫਿਰ ਕੰਮ ਤੇ ਜਾ ਕੇ ਹੋਰਾਂ ਨੂੰ ਨਹਾਉਂਦੀ। ਕਮਰ ਜਵਾਬ ਦੇ ਗਈ।

ਮੇਰੀ manager [[PERSON:ਡੋਨਾ ਫਿੰਚ]] ਨੇ ਕਿਹਾ, "[[PERSON:ਪਰਮਜੋਤ]], ਤੂੰ ਦੂਜਿਆਂ ਲਈ ਲੜਦੀ ਏਂ, ਆਪਣੇ ਲਈ ਵੀ ਲੜ।" ਉਹਨੇ ਮੇਰੀਆਂ shifts ਇਉਂ ਬਦਲੀਆਂ ਕਿ appointments ਵਾਲੇ ਦਿਨ ਮੈਂ ਘਰ ਹੋਵਾਂ।

complaint [[REFERENCE:TWH-C-50832]]। officer [[PERSON:ਕੇਵਿਨ ਆਚਾਰੀਆ]] ਨੇ ਮੰਨਿਆ ਕਿ OT ਦੀ email ਇੱਕ ਪੁਰਾਣੇ inbox ਵਿੱਚ ਪਈ ਸੀ। ਪੈਸਿਆਂ ਲਈ ਉਹਨਾਂ ਨੇ ਪਤੀ ਦੀ ਜਨਮ ਤਰੀਕ [[DATE_OF_BIRTH:੧੭-੦੮-੧੯੫੬]] ਤੇ NI ਨੰਬਰ [[NI_NUMBER:QQ 55 07 31 C]] ਮੰਗੇ।

ਕਿਵੇਂ ਠੀਕ ਹੋਇਆ: [[ORGANISATION:Kent Adapt]] ਨੇ ਛੇ ਹਫ਼ਤਿਆਂ ਵਿੱਚ walk-in shower, rails ਤੇ ਬਾਹਰ ramp ਲਾਏ; £੫੦੦ ਤੇ ਲਿਖਤੀ ਮੁਆਫ਼ੀ।

ਕੀ ਬਦਲਿਆ: ਹੁਣ ਹਰ OT referral ਨੂੰ reference ਮਿਲਦਾ ਹੈ, ਪੰਜ ਦਿਨਾਂ ਵਿੱਚ ਚਿੱਠੀ ਆਉਂਦੀ ਹੈ, ਤੇ ਹਰ ਮਹੀਨੇ update। ਕੋਈ ਗੱਲ ਹੋਵੇ ਤਾਂ: [[EMAIL:paramjot.virk@example.org]]।
"""),
    ),
    (
        "fv2ay-pa-05",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਂ [[PERSON:ਤੇਜਿੰਦਰਪਾਲ ਸਿੰਘ ਸਹੋਤਾ]], site ਉੱਤੇ ਸਾਰੇ [[PERSON:Taz]] ਕਹਿੰਦੇ ਨੇ। [[ORGANISATION:Guardline Security]] ਵਿੱਚ security officer ਹਾਂ, SIA licence [[OTHER_ID:1013 7742 0058 3316]], ਰਾਤਾਂ ਨੂੰ [[ADDRESS:Unit 3]], [[ADDRESS:Rolfe Street Trading Estate]] ਉੱਤੇ। supervisor [[PERSON:ਓਲੁਸੇਗੁਨ ਬਕਾਰੇ]] ਹੈ, ਅਸੀਂ [[PERSON:Segun]] ਕਹਿੰਦੇ ਹਾਂ। security ਵਾਲਾ ਹਾਂ, ਹਰ ਗੱਲ log ਵਿੱਚ ਲਿਖਣ ਦੀ ਆਦਤ ਹੈ, ਇਸ ਲਈ ਇਹ ਕਹਾਣੀ ਵੀ log ਵਾਂਗ।

ਘਰ: [[ADDRESS:Brasshouse Court]], [[ADDRESS:ਫਲੈਟ ੪੧]], ਸਮੈਦਿਕ, [[POSTCODE:B66 1QJ]]। ਮਾਲਕ [[ORGANISATION:Galton Bridge Housing]]। ਘਰ ਵਿੱਚ ਪਤਨੀ ਤੇ ਪੁੱਤਰ [[PERSON:ਫ਼ਤਿਹ]], [[AGE:੩ ਸਾਲ]]।

੪ ਦਸੰਬਰ, ੦੬:੧੦ — shift ਤੋਂ ਘਰ। ਰੇਡੀਏਟਰ ਠੰਡੇ। ਪੂਰੇ block ਦੀ communal heating ਬੰਦ।
੪ ਦਸੰਬਰ, ੧੪:੦੦ — ਫ਼ੋਨ [[PHONE:0121 496 0875]], job [[REFERENCE:GBH-H-77120]]। ਹਰ ਫਲੈਟ ਨੂੰ ਇੱਕ ਛੋਟਾ ਹੀਟਰ ਮਿਲਿਆ।
੧੧ ਤੋਂ ੨੬ ਦਸੰਬਰ — [[ORGANISATION:Heatnet Midlands]] ਤਿੰਨ ਵਾਰ ਆਏ। ਬਿਜਲੀ ਦਾ ਬਿੱਲ ਦੁੱਗਣਾ।
੨੭ ਦਸੰਬਰ — heating ਚਾਲੂ।
੩ ਜਨਵਰੀ — statement ਆਈ: ਦਸੰਬਰ ਦਾ ਪੂਰਾ heating service charge, £੪੮। ਜਿਹੜੀ ਚੀਜ਼ ਮਿਲੀ ਹੀ ਨਹੀਂ, ਉਸ ਦਾ ਬਿੱਲ।

complaint [[REFERENCE:GBH-SC-2290]]। officer [[PERSON:ਮੇਗਨ ਹਿਊਜ਼]] ਨੇ ਮੇਰਾ log ਪੜ੍ਹ ਕੇ ਕਿਹਾ, ਇਹ ਤਾਂ ਸਾਡੇ ਰਿਕਾਰਡ ਨਾਲੋਂ ਵਧੀਆ ਹੈ। [[PERSON:Segun]] ਨੇ ਹੱਸ ਕੇ ਕਿਹਾ, ਹੁਣ ਤੂੰ ਉਹਨਾਂ ਦਾ audit ਕਰ।

ਕਿਵੇਂ ਠੀਕ ਹੋਇਆ: ਪੂਰੇ block ਲਈ ਦਸੰਬਰ ਦਾ heating charge ਵਾਪਸ, ਮੈਨੂੰ ਬਿਜਲੀ ਲਈ £੨੫੦ ਤੇ ਪਰੇਸ਼ਾਨੀ ਲਈ £੨੦੦, sort code [[OTHER_ID:40-11-62]], account ending [[OTHER_ID:4417]] ਵਿੱਚ।

ਕੀ ਬਦਲਿਆ: ਹੁਣ communal heating ੪੮ ਘੰਟਿਆਂ ਤੋਂ ਵੱਧ ਬੰਦ ਰਹੇ ਤਾਂ service charge ਆਪਣੇ ਆਪ ਕੱਟਿਆ ਜਾਂਦਾ ਹੈ, ਤੇ ਹਰ ਫਲੈਟ ਨੂੰ text ਜਾਂਦਾ ਹੈ। [[PERSON:ਫ਼ਤਿਹ]] ਹੁਣ ਜੁਰਾਬਾਂ ਪਾ ਕੇ ਨਹੀਂ ਸੌਂਦਾ।
"""),
    ),
    (
        "fv2ay-pl-01",
        "pl",
        _s("""
Nazywam się [[PERSON:Radosław Kędzierski]], na magazynie wszyscy mówią na mnie [[PERSON:Radek]]. Robię jako picker przez agencję [[ORGANISATION:Fenland Staffing]] na [[ADDRESS:Unit 5]], [[ADDRESS:Eastfield Logistics Park]], numer pracownika [[OTHER_ID:FS-20877]]. Nocki od 22 do 6, cztery w tygodniu, część w chłodni.

Mieszkam w Peterborough, [[ADDRESS:mieszkanie 4]], [[ADDRESS:Thorpe Court]], [[POSTCODE:PE3 6SX]]. Właściciel: [[ORGANISATION:Fenbridge Housing]].

W listopadzie padło ogrzewanie. Piec pokazywał błąd F28 i tyle. Zgłosiłem, numer naprawy [[REFERENCE:FBH-REP-61530]]. Przyszedł technik z [[ORGANISATION:Nene Gas Services]], powiedział, że część zamówiona. Czekałem trzy tygodnie. Po nocce w chłodni wracałem do mieszkania, w którym było 11 stopni, i spałem w kurtce. Jak w domu jest zimniej niż w pracy, to coś jest nie tak.

Kierownik zmiany, [[PERSON:Gaz]] (naprawdę [[PERSON:Gary Whitlock]]), widział, że trzęsę się przy skanerze. Ale to [[PERSON:Sławek]] z mojej linii powiedział: nie dzwoń, pisz skargę. Napisałem, numer [[REFERENCE:FBH-C-2207]].

Oddzwoniła pani [[PERSON:Monika Reyes]] z działu skarg. Pani [[PERSON:Monice]] wystarczył jeden dzień, żeby ustalić, że część przyszła po czterech dniach i leżała w magazynie wykonawcy, bo nikt nie umówił montażu. Do wypłaty rekompensaty poprosiła o datę urodzenia: [[DATE_OF_BIRTH:3 kwietnia 1979]].

Jak naprawili: nowy piec dwa dni po skardze, od razu dwa grzejniki olejowe, zwrot za prąd i 300 funtów. Co się zmieniło: teraz, jak część dojedzie do wykonawcy, system sam wysyła lokatorowi SMS z terminem montażu. Ja dostałem swój na [[PHONE:07700 900129]]. [[PERSON:Gaz]] mówi, że teraz mam za ciepło w domu i dlatego jestem wolniejszy. Nie jestem.
"""),
    ),
    (
        "fv2ay-pl-02",
        "pl",
        _s("""
Piszę po kolei, bo tego nauczyła mnie praca. Sprzątam biura dla [[ORGANISATION:Lothian Bright Cleaning]], zaczynam o 5:30, a lista kontrolna ma 42 punkty.

Jestem [[PERSON:Bożena Szczepaniak-Hill]], numer płacowy [[OTHER_ID:LBC 3391]]. Mieszkam z córką [[PERSON:Zosią]] ([[AGE:8 lat]]) pod adresem [[ADDRESS:14/3 Pirniefield Gardens]], Edynburg, [[POSTCODE:EH6 7QJ]]. Właściciel: [[ORGANISATION:Leithbank Housing Co-operative]].

1. 2 października: w pokoju [[PERSON:Zosi]] pękła szyba. Zgłoszenie [[REFERENCE:LHC-4471-R]], telefonicznie, [[PHONE:0131 496 0288]].
2. 3 października: przyszedł pan z [[ORGANISATION:Castlerock Glazing]], okleił szybę taśmą. Powiedział: „dwa tygodnie”.
3. 6 listopada: dalej taśma. Na parapecie woda, na ścianie pleśń. [[PERSON:Zosia]] śpi ze mną.
4. 7 listopada: skarga, numer [[REFERENCE:LHC-CMP-0318]], e-mailem z [[EMAIL:bozena.hill@example.net]].

Odpisała pani [[PERSON:Fiona MacAskill]]. Z panią [[PERSON:Fioną]] rozmawiałam w sobotę, bo w tygodniu kończę o 14 i od razu biegnę po [[PERSON:Zosię]] do [[ADDRESS:Seafield Bank Primary]]. Przyznała, że zamówienie na szybę wisiało w systemie jako „oczekuje na pomiar”, a pomiaru nikt nie zrobił.

Do wypłaty rekompensaty podałam konto (końcówka [[OTHER_ID:7740]]) i datę urodzenia, [[DATE_OF_BIRTH:19.06.1983]].

Jak naprawiono: okno wymienione 14 listopada, pleśń usunięta, ściana pomalowana farbą przeciwgrzybiczą, 250 funtów.

Co się zmieniło: spółdzielnia wprowadziła zasadę, że tymczasowe zabezpieczenie okna ma termin 10 dni roboczych, a po terminie sprawa sama idzie do kierownika. Koleżanka z brygady, [[PERSON:Dorota]], mówi, że powinnam u nich pracować w kontroli jakości. Może i tak.
"""),
    ),
    (
        "fv2ay-pl-03",
        "pl",
        _s("""
Jestem kierowcą autobusu. Dwadzieścia lat za kółkiem, najpierw w Łodzi, teraz w Southampton, w [[ORGANISATION:Solent Citylink]], numer służbowy [[OTHER_ID:SCL 7092]], zajezdnia [[ADDRESS:Redbridge Lane depot]]. Nazywam się [[PERSON:Mirosław Zawadzki]], dla wszystkich [[PERSON:Mirek]], dla pasażerów „driver”, a dla [[ORGANISATION:Itchen Shore Homes]] przez pół roku – „dłużnik”.

Mieszkam w [[ADDRESS:Pennington House]], [[ADDRESS:mieszkanie 11]], [[POSTCODE:so16 4xn]]. Czynsz płacę zleceniem stałym, zawsze pierwszego. W marcie list: zaległość 1460 funtów, groźba sprawy w sądzie. Okazało się, że po zmianie umowy ich system księgował moje wpłaty na stary numer najmu, [[REFERENCE:ISH-T-004418]], a nowy, [[REFERENCE:ISH-T-019227]], stał pusty i rosły na nim „długi”.

Dzwoniłem w przerwach, z kabiny na pętli, bo inaczej się nie da. Za każdym razem 40 minut muzyczki. Chłopaki w zajezdni znali ją już na pamięć i nucili w kantynie. [[PERSON:Dżordż]] – naprawdę [[PERSON:George Nkemelu]], ale u nas każdy ma polską wersję – chciał ją puścić pasażerom przez głośniki.

Skarga: [[REFERENCE:ISH/COMP/5561]]. Sprawę wziął pan [[PERSON:Jeremy Oduya]] i muszę przyznać, że z [[PERSON:Jeremym]] poszło szybko. Wysłałem mu wyciągi (konto z końcówką [[OTHER_ID:2231]]), a on w dwa dni znalazł wszystkie sześć wpłat.

Naprawione: wpłaty przeniesione na właściwe konto najmu, list o zaległości odwołany na piśmie, wpis w biurze kredytowym usunięty, 150 funtów za stres i stracony czas.

Zmieniło się: przy każdej zmianie numeru najmu system teraz sam przepina zlecenia stałe, a lokator dostaje list z oboma numerami. Mnie została tylko ta melodia. Nucę ją na czerwonym świetle, a [[PERSON:Dżordż]] mi wtóruje przez radio.
"""),
    ),
    (
        "fv2ay-pl-04",
        "pl",
        _s("""
Mam [[AGE:61 lat]] i pracuję na nocki w domu opieki [[ADDRESS:Witham Lodge]] w Boston, przez [[ORGANISATION:Fenside Care]], numer pracownika [[OTHER_ID:FC-00631]]. Jestem zmęczona, więc krótko.

Nazywam się [[PERSON:Jadwiga Pietrasik]]. Mieszkam pod [[ADDRESS:23 Fydell Close]], [[POSTCODE:PE21 8QW]], dom [[ORGANISATION:Fenland Skies Housing]].

Od lata sąsiedzi spod [[ADDRESS:25]] wpuszczali psa do mojego ogródka, a jak zwróciłam uwagę, zaczęli krzyczeć pod oknem w dzień, kiedy śpię, że „ta [[OTHER_SPECIAL:Polka]]” ma się wynosić. Zgłosiłam, sprawa ASB [[REFERENCE:FSH-ASB-3302]]. Odpowiedź: „spór sąsiedzki, prosimy rozmawiać z sąsiadem”. Rozmawiać. Z kimś, kto wrzeszczy przez płot.

Koleżanka z mojej zmiany, [[PERSON:Blessing Adeyemi]], odwoziła mnie raz po nocce i nagrała telefonem cały taki poranek. Z tym nagraniem złożyłam skargę, [[REFERENCE:FSH-C-1148]].

Sprawę przejął pan [[PERSON:Kieran Doherty]]. Z panem [[PERSON:Kieranem]] było inaczej: od razu nazwał to incydentem z nienawiści (hate incident), nie sporem, i poszedł ze mną na policję. Zapytał też, czy mają dzwonić po 15, bo rano śpię. Pierwszy, który zapytał.

Naprawili: przeprosiny na piśmie za ten „spór sąsiedzki”, oficjalne ostrzeżenie dla sąsiadów z warunkami w ich umowie, wyższy płot, kamera nad moim wejściem, 200 funtów.

Zmieniło się: u nich każde zgłoszenie z wyzwiskami o pochodzenie idzie teraz jako hate incident, z odpowiedzią w jeden dzień roboczy. Kontakt do mnie: [[EMAIL:jadzia.p małpa example kropka com]]. Nareszcie śpię w dzień.
"""),
    ),
    (
        "fv2ay-pl-05",
        "pl",
        _s("""
[[PERSON:Bartłomiej Ociepa]], dla znajomych [[PERSON:Bartek]]. Jeżdżę private hire w Slough dla [[ORGANISATION:Bath Road Cars]]: licencja z [[ORGANISATION:Slough Borough Council]] nr [[OTHER_ID:SBC/PH/2417]], Toyota Auris, rejestracja [[OTHER_ID:LN17 OKW]]. Żona [[PERSON:Iwona]] pracuje w szkolnej kuchni. Dzieci: [[PERSON:Marcelina]] ([[AGE:9 lat]]) i [[PERSON:Ignaś]] ([[AGE:4 lata]]), który ma [[HEALTH:astmę]].

Mieszkamy w czwórkę w [[ADDRESS:Chalvey House]], [[ADDRESS:flat 6]], [[POSTCODE:SL1 2YB]], pokój z aneksem i jedna sypialnia. Właściciel: [[ORGANISATION:Upton Lea Homes]].

Fakty, po kolei:
– wniosek o zamianę na większe złożony w 2022, numer w rejestrze [[REFERENCE:SLR-88314]];
– w 2023 wniosek „zawieszony”, bez listu. Dowiedziałem się przypadkiem, na postoju pod dworcem, z aplikacji;
– powód: nie udało się zweryfikować tożsamości. Mieli moją datę urodzenia jako [[DATE_OF_BIRTH:03/07/1985]], a urodziłem się [[DATE_OF_BIRTH:7 marca 1985]]. Ktoś zamienił dzień z miesiącem;
– skarga: [[REFERENCE:ULH-C-6620]].

Sprawę prowadziła pani [[PERSON:Harpreet Sandhu]]. Z panią [[PERSON:Harpreet]] rozmawiałem z samochodu między kursami, na [[PHONE:+44 7700 900874]]. Poprosiła jeszcze o numer NI, [[NI_NUMBER:QQ 30 85 17 B]], sprawdziła wszystko w godzinę i przyznała, że zawieszenie bez listu było błędem.

Jak naprawiono: data poprawiona, wniosek przywrócony z pierwotną datą, priorytet medyczny z powodu [[HEALTH:astmy]] [[PERSON:Ignasia]], 300 funtów. Po trzech miesiącach dostaliśmy ofertę: trzy sypialnie, [[ADDRESS:31 Ledgers Mead]]. Przyjęliśmy od razu.

Co się zmieniło: jeśli weryfikacja tożsamości się nie uda, lokator dostaje list w ciągu 5 dni roboczych, a nie ciche zawieszenie. A daty w systemie są teraz w formacie dzień/miesiąc/rok, po brytyjsku, jak Pan Bóg przykazał.
"""),
    ),
    (
        "fv2ay-ro-01",
        "ro",
        _s("""
Mă numesc [[PERSON:Ionuț-Cătălin Bârsan]] și sunt curier la [[ORGANISATION:Parcelbridge]]. Plec în fiecare dimineață la 6:30 din [[ADDRESS:Unit 14]], [[ADDRESS:Colindale Trade Centre]]. Duba e a firmei, [[OTHER_ID:LK21 HFD]], dar o țin peste noapte la bloc, pe [[ADDRESS:locul 7]] din parcarea din spatele [[ADDRESS:Watling Court]]. Acolo stau, la [[ADDRESS:ap. 19]], [[POSTCODE:HA8 5QE]], chiriaș la [[ORGANISATION:Silk Stream Homes]].

În ianuarie s-a stricat bariera parcării și a rămas ridicată. De atunci parca acolo oricine: clienții sălii de sport, un taxi, o rulotă. Veneam seara la 8 și locul meu era ocupat, lăsam duba pe stradă. De două ori i-au spart oglinda. A doua oară, șeful de depozit, [[PERSON:Gheorghe Ardeleanu]], zis [[PERSON:Gicu]], mi-a zis că dacă se mai întâmplă, plătesc eu din salariu.

Am sunat la [[PHONE:020 7946 0552]], reparație [[REFERENCE:SSH-R-31190]]. Nimic. Am făcut reclamație, [[REFERENCE:SSH-C-08174]]. Mi-a răspuns [[PERSON:Olamide Bankole]] după trei săptămâni: „parcarea e un serviciu, nu o reparație”. Am cerut etapa a doua. De data asta [[PERSON:Olamide]] a venit personal, seara la 9, a văzut rulota pe locul meu și a schimbat tonul pe loc.

Cum s-a rezolvat: bariera reparată, cu cartele noi doar pentru locatari, rulota ridicată, 240 de lire pentru cele două oglinzi și o scrisoare către firmă că nu a fost vina mea. [[PERSON:Gicu]] a pus-o la avizier, „ca să vadă toți că [[PERSON:Ionuț]] nu e vinovat”.

Ce s-a schimbat: bariera de parcare e acum pe lista de reparații „de siguranță”, cinci zile, nu „de confort”, 28. Pe scurt: acum dorm eu, doarme duba, doarme și rulota, dar în altă parte.
"""),
    ),
    (
        "fv2ay-ro-02",
        "ro",
        _s("""
Sunt [[PERSON:Mădălina Ursachi]], infirmieră (healthcare assistant) pe ture de noapte la un spital din Leicester, pe secția respiratorie, Ward 21. ID de angajat [[OTHER_ID:UHL-552019]]. Ironia: noaptea am grijă de oameni cu plămânii bolnavi, ziua mă întorc într-o casă cu mucegai.

Locuiesc la [[ADDRESS:23 Grazebrook Way]], [[POSTCODE:LE3 2RN]], cu fiul meu [[PERSON:Tudor]], [[AGE:5 ani]], care are [[HEALTH:astm]]. Proprietar: [[ORGANISATION:Braunstone Vale Homes]].

Cronologie:
– septembrie: mucegai negru în camera lui [[PERSON:Tudor]]. Raport [[REFERENCE:BVH-DM-7710]].
– octombrie: cei de la [[ORGANISATION:Damp Doctors Midlands]] au dat cu spray. După trei săptămâni, mucegaiul era la loc.
– noiembrie: [[PERSON:Tudor]] de două ori la urgențe. Medicul de familie de la [[ADDRESS:Narborough Lane Surgery]] a scris o scrisoare. Colega mea de tură, [[PERSON:Eilidh]], mi-a acoperit două nopți.
– decembrie: reclamație [[REFERENCE:BVH-C-2024-0419]], trimisă de pe [[EMAIL:madalina.ursachi@example.com]].

A preluat-o doamna [[PERSON:Sinéad Walsh]]. A venit cu un inspector și au măsurat umiditatea: 87%. Au descoperit că ventilatorul din baie nu fusese niciodată legat la curent. Niciodată, de la renovare.

Pentru cazarea temporară mi-au cerut data nașterii, [[DATE_OF_BIRTH:douăzeci și doi februarie 1990]], și numărul de asigurare, [[NI_NUMBER:QQ 90 22 41 C]].

Cum s-a rezolvat: ventilatoare noi în baie și bucătărie, tratament profesional anti-mucegai, izolație pe peretele exterior, două săptămâni de cazare temporară și 650 de lire.

Ce s-a schimbat: acum, la orice raport de mucegai într-o casă cu un copil cu probleme respiratorii, inspecția se face în 10 zile lucrătoare și se verifică întâi ventilația. [[PERSON:Tudor]] n-a mai ajuns la urgențe din ianuarie.
"""),
    ),
    (
        "fv2ay-ro-03",
        "ro",
        _s("""
Eu sunt [[PERSON:Costică Lupașcu]], dar la piață toată lumea îmi zice [[PERSON:Coco]]. Am [[ADDRESS:taraba 31]] în [[ADDRESS:Ardwick Green Market]], vând legume, zacuscă și murături de casă. Sunt [[OTHER_SPECIAL:român]], [[OTHER_SPECIAL:ortodox]] și, din octombrie până în decembrie anul trecut, am fost fără apă caldă.

Stau în [[ADDRESS:Brunswick Rise]], [[ADDRESS:flat 8]], [[POSTCODE:M13 9WT]], la [[ORGANISATION:Medlock Vale Housing]].

Centrala mergea când voia ea, ca un vânzător de la piață în zi de luni. Am sunat la [[PHONE:0161 496 0934]], reparație [[REFERENCE:MVH-R-7731]]. A venit un om de la [[ORGANISATION:Heatwise NW]], a lovit-o de două ori cu palma și a plecat. A mers trei zile. Două luni m-am spălat la casa parohială de la [[ADDRESS:Biserica Sfântul Ilie]], unde părintele [[PERSON:Nectarie]] mi-a dat cheia de la baie și o rugăciune pentru centrală.

Reclamația am scris-o cu [[PERSON:Florică]] de la taraba de alături, care vorbește engleza mai bine ca mine, dar nu cu mult. Număr: [[REFERENCE:MVH-C-22018]], trimisă de pe [[EMAIL:coco.lupascu@example.org]].

A venit domnul [[PERSON:Rory Brannigan]] de la proprietar. S-a uitat în acte și s-a albit: verificarea anuală de gaz expirase de cinci luni. A oprit gazul pe loc și a stat la telefon până a găsit instalator pentru a doua zi.

Cum s-a rezolvat: centrală nouă în trei zile, certificat de gaz la zi, 380 de lire și scuze scrise pentru verificarea ratată. Ce s-a schimbat: au mai găsit 40 de apartamente cu verificarea expirată, iar acum sistemul lor dă alarmă la șef din prima zi de întârziere. Părintele [[PERSON:Nectarie]] zice că acum mă vede doar duminica, ca pe toată lumea.
"""),
    ),
    (
        "fv2ay-ro-04",
        "ro",
        _s("""
Sunt agent de pază de 11 ani, licență SIA [[OTHER_ID:1015 3308 4421 9075]], lucrez ture de 12 ore pentru [[ORGANISATION:Sentinel Midlands]], la [[ADDRESS:Curzon Wharf]]. Șeful de tură e [[PERSON:Michael Osei]], pe care toată lumea îl strigă [[PERSON:Mikey O]]. Meseria mea e să mă uit la camere. De asta am observat.

Mă numesc [[PERSON:Sorin-Vasile Hrițcu]] și stau în [[ADDRESS:Lister Tower]], [[ADDRESS:apartamentul 33]], [[POSTCODE:b56rf]], chiriaș la [[ORGANISATION:Rea Valley Housing]], contract de închiriere nr. [[REFERENCE:RVH-T-118830]].

Din aprilie, în decontul de taxe de serviciu a apărut un rând nou: „CCTV monitoring – £6.40/săptămână”. Am căutat camerele. Pe hol, în lift, la intrare: doar suporturi goale și un cablu care atârna. Am făcut poze cu data și ora, ca la raport. Le-am arătat lui [[PERSON:Mikey O]]; a zis că la noi pe site am fi fost concediați pentru așa ceva.

Reclamație: [[REFERENCE:RVH-SC-40912]]. Primul răspuns: „serviciul este furnizat”. Am trimis pozele. La etapa a doua a preluat-o doamna [[PERSON:Kerry-Ann Bailey]], care a trimis pe cineva la fața locului. Concluzia: contractul pentru camere fusese semnat, instalarea nu se făcuse niciodată, dar taxa intrase automat pe toate cele 96 de apartamente.

Cum s-a rezolvat: toți locatarii au primit banii înapoi pe 18 luni. Eu am primit 499,20 de lire în contul care se termină în [[OTHER_ID:0923]], plus 100 de lire pentru timpul pierdut. Camerele au fost montate în martie și merg; am verificat, bineînțeles.

Ce s-a schimbat: acum orice taxă nouă apare în decont doar după ce serviciul e confirmat de un om care a fost acolo, iar raportul anual vine cu poze. Pentru întrebări: [[PHONE:+44 7700 900207]].
"""),
    ),
    (
        "fv2ay-ro-05",
        "ro",
        _s("""
Sunt [[PERSON:Crina Vlădoianu]], îngrijitoare la domiciliu pentru [[ORGANISATION:Nene Home Care]], număr de angajat [[OTHER_ID:NHC-2716]]. Fac vizitele cu mașina mea, [[OTHER_ID:NX15 TLU]], paisprezece clienți pe zi. Știu pe de rost ce scrie un terapeut ocupațional într-un raport. Și totuși, acasă, nimeni nu m-a ascultat.

Mama, [[PERSON:Viorica]], are [[AGE:74 de ani]] și [[HEALTH:boala Parkinson]]. Locuim împreună la [[ADDRESS:57 Kingsthorpe Row]], Northampton, [[POSTCODE:NN2 6QQ]], casă de la [[ORGANISATION:Spencer Park Homes]].

În mai, terapeuta ocupațională a recomandat un stairlift. Proprietarul a răspuns prin scrisoare: „scara nu este potrivită”. Nimeni nu venise să măsoare scara. În august mama a căzut pe trepte, la 3 după-amiaza, când eu eram la domnul [[PERSON:Albert Pocklington]], la o vizită de prânz care se prelungise.

Am făcut reclamație, [[REFERENCE:SPH-C-31146]]. Pentru dosarul medical mi-au cerut numărul NHS al mamei, [[OTHER_ID:943 476 5919]], și data ei de naștere, [[DATE_OF_BIRTH:12.05.1950]]. Coordonatoarea mea, [[PERSON:Bev Marchetti]], mi-a mutat vizitele de după-amiază trei săptămâni, ca să pot fi acasă la întâlniri.

A preluat cazul domnul [[PERSON:Hamish Duthie]]. A venit cu un inspector și cu o ruletă. Scara era perfect potrivită; scrisoarea fusese trimisă pe baza unui formular standard, fără vizită.

Cum s-a rezolvat: [[ORGANISATION:LiftRight Mobility]] a montat stairlift-ul în cinci săptămâni, plus bare de sprijin în baie și pe hol, 400 de lire și scuze scrise pentru refuzul fără vizită.

Ce s-a schimbat: acum nicio adaptare recomandată de terapeut nu mai poate fi refuzată fără vizita unui inspector, iar fiecare recomandare primește un număr și un termen. Mama urcă acum la etaj cântând, ceea ce, după [[PERSON:Viorica]], e tot un fel de exercițiu.
"""),
    ),
    (
        "fv2ay-ur-01",
        "ur",
        _s("""
میرا نام [[PERSON:فرخ نواز جنجوعہ]] ہے، عمر [[AGE:۴۷ سال]]۔ بریڈفورڈ میں [[ORGANISATION:Lister Park Cars]] کے ساتھ ٹیکسی چلاتا ہوں۔ بیج نمبر [[OTHER_ID:BD 6120]]، گاڑی [[OTHER_ID:YH66 NVP]]۔ رات کی شفٹ، شام سات سے صبح پانچ تک۔

گھر [[ADDRESS:۱۸ Whetley Crescent]]، [[POSTCODE:BD8 9QS]]، [[ORGANISATION:Thornbury Vale Homes]] کا ہے۔ شفٹ کے بعد فجر [[ADDRESS:مسجد نور]] میں پڑھ کر گھر آتا ہوں۔

سیدھی بات: گھر کے پیچھے والی گلی، جہاں سب کی گاڑیاں کھڑی ہوتی ہیں، وہاں کی لائٹ چار مہینے خراب رہی۔ اندھیرے میں لڑکے آ کر شیشے توڑتے تھے۔ میری گاڑی کا شیشہ دو بار ٹوٹا۔ ہر بار تین دن کام بند، اور انشورنس کی excess الگ۔

لائٹ کے لیے مرمت نمبر [[REFERENCE:TVH-R-۲۰۷۷۳]]، توڑ پھوڑ کے لیے ASB کیس [[REFERENCE:TVH-ASB-۵۵۱۹]]۔ دونوں الگ ٹیموں کے پاس، اور کوئی ایک دوسرے سے بات نہیں کرتا تھا۔ مرمت والے کہتے ASB کا مسئلہ ہے، ASB والے کہتے لائٹ ٹھیک کراؤ۔ میرے ساتھی ڈرائیور [[PERSON:کونراڈ]] کی گاڑی بھی اسی گلی میں ٹوٹی۔ اس نے کہا یہ لوگ فٹبال کھیل رہے ہیں اور ہم گیند ہیں۔

آخر باقاعدہ شکایت کی، نمبر [[REFERENCE:TVH-C-8830]]۔ افسر [[PERSON:نتاشا بریتھویٹ]] رات گیارہ بجے میری ٹیکسی میں بیٹھ کر گلی دیکھنے آئیں۔ ٹارچ کے بغیر اپنا ہاتھ نظر نہیں آ رہا تھا۔ انہوں نے وہیں کہا، یہ ایک کیس ہے، دو نہیں۔

کیسے ٹھیک ہوا: گلی میں نئی LED لائٹیں اور ایک کیمرا، ASB ٹیم نے پولیس کے ساتھ مل کر لڑکوں کا پتا لگایا، مجھے excess کے £۳۰۰ ملے اور لکھ کر معافی۔

کیا بدلا: اب ان کے سسٹم میں ASB کیس اور اس سے جڑی مرمت ایک ساتھ کھلتی ہے، ایک ہی افسر کے پاس۔ کچھ پوچھنا ہو تو [[PHONE:07700 900361]]۔ دن میں نہیں، میں سو رہا ہوں گا۔
"""),
    ),
    (
        "fv2ay-ur-02",
        "ur",
        _s("""
میں [[PERSON:رُمیصہ کنول]] ہوں، مانچسٹر کے ایک ہسپتال میں night shift nurse، Ward 8، staff نمبر [[OTHER_ID:MFT-418820]]۔ میرا گھر [[ADDRESS:Longford House]] میں [[ADDRESS:فلیٹ ۶]] ہے، [[POSTCODE:M19 3QB]]۔ مالک [[ORGANISATION:Nico Ditch Homes]]۔

ترتیب سے:
۱۔ ۳ مارچ: اوپر والے [[ADDRESS:فلیٹ ۱۰]] میں نئے کرایہ دار آئے اور بغیر underlay کے laminate فرش ڈال دیا۔ دن بھر کرسیاں گھسیٹنے اور بچوں کے بھاگنے کی آوازیں۔ میں صبح نو سے شام چار تک سوتی ہوں۔
۲۔ ۱۵ مارچ: ASB شکایت، کیس [[REFERENCE:NDH-ASB-3318]]۔ جواب آیا: "everyday living noise"۔
۳۔ اپریل: نیند کی کمی سے ایک رات دوا کا چارٹ غلط لکھتے لکھتے بچی۔ وارڈ مینیجر [[PERSON:جوآن فیئرکلف]] نے خط لکھ کر بتایا کہ میری شفٹیں کیا ہیں اور نیند کیوں ضروری ہے۔
۴۔ ۲ مئی: باقاعدہ شکایت [[REFERENCE:NDH/CMP/6604]]، ای میل [[EMAIL:rumaisa.k@example.com]] سے۔

افسر [[PERSON:ایفے ادیوالے]] نے فائل دوبارہ دیکھی اور tenancy agreement نکالا: اوپر کے فلیٹوں میں carpet یا underlay لازمی ہے۔ یعنی یہ "everyday noise" نہیں، معاہدے کی خلاف ورزی تھی۔ انہوں نے مجھے transfer کی ترجیح بھی دینی چاہی؛ اس کے لیے میری تاریخ پیدائش [[DATE_OF_BIRTH:۱۹۹۲-۰۴-۱۷]] اور NI نمبر [[NI_NUMBER:QQ 17 04 92 D]] لیا۔ لیکن میں نے کہا پہلے اوپر کا فرش ٹھیک کریں۔

کیسے ٹھیک ہوا: مالک نے اپنے خرچ پر اوپر والے فلیٹ میں acoustic underlay اور carpet لگوایا، پڑوسیوں سے بات بھی خود کی، اور مجھے £۲۰۰ دیے۔ میں نے transfer نہیں لیا، اب ضرورت نہیں۔

کیا بدلا: اب "everyday living noise" کا جواب فرش کی شرط دیکھے بغیر نہیں بھیجا جا سکتا، اور شفٹ میں کام کرنے والوں کی شکایت پر نشان لگتا ہے کہ وہ دن میں سوتے ہیں۔
"""),
    ),
    (
        "fv2ay-ur-03",
        "ur",
        _s("""
میں [[PERSON:راجہ ذیشان اکبر]] ہوں۔ کام پر سب [[PERSON:شانی]] کہتے ہیں، اور ہمارا [[OTHER_SPECIAL:انگریز]] سپروائزر مجھے [[PERSON:Zed]] کہتا ہے کیونکہ "[[PERSON:ذیشان]]" اس سے بولا نہیں جاتا۔ [[ORGANISATION:Northvale Logistics]] میں picker ہوں، [[ADDRESS:Unit 22]]، [[ADDRESS:Roch Valley Distribution Park]]، picker نمبر [[OTHER_ID:NV-77410]]۔ صبح کی شفٹ پر [[PERSON:اوکسانا]] کی گاڑی [[OTHER_ID:MX19 RLO]] میں جاتا ہوں؛ وہ [[OTHER_SPECIAL:یوکرینی]] ہیں اور مجھ سے تیز pick کرتی ہیں۔

گھر [[ADDRESS:۴۴ Milnrow Walk]]، روچڈیل، [[POSTCODE:OL16 2XR]]، [[ORGANISATION:Spodden Valley Homes]] کا۔ بیوی [[PERSON:عنبرین]] اور بیٹا [[PERSON:حمدان]]، [[AGE:۶ سال]]۔

کچن کی چھت ٹپکتی تھی۔ ہم نے نیچے بالٹی رکھی۔ پہلی رپورٹ کا نمبر [[REFERENCE:SPV-۳۱۸۸۲]]۔ مستری آیا، چھت پر چڑھا، "fixed" لکھا، چلا گیا۔ اگلی بارش، وہی بالٹی۔ تین بار یہی ہوا۔ [[PERSON:حمدان]] نے بالٹی پر picker کی طرح barcode بنا دیا۔

پھر شکایت کی، نمبر [[REFERENCE:SPV-C-1045]]، ای میل: [[EMAIL:shani.akbar ایٹ example ڈاٹ com]]۔ افسر [[PERSON:گیرتھ پاول]] نے پچھلی تینوں رپورٹیں اکٹھی کیں اور کہا: "تین بار fixed، یعنی ایک بار بھی نہیں"۔ انہوں نے drone سے چھت کا سروے کروایا۔ پتا چلا کہ چمنی کے پاس flashing سرے سے غائب ہے۔

کیسے ٹھیک ہوا: flashing نئی، کچن کی چھت نئی، رنگ، اور £۲۵۰۔ [[PERSON:اوکسانا]] نے کہا اس خوشی میں چائے تمہاری طرف سے۔

کیا بدلا: اب ایک ہی جگہ سے دو بار سے زیادہ رساؤ کی رپورٹ آئے تو مستری نہیں، پوری چھت کا سروے ہوتا ہے۔ بالٹی ریٹائر ہو گئی ہے؛ [[PERSON:حمدان]] نے اس میں پودا لگا دیا ہے۔
"""),
    ),
    (
        "fv2ay-ur-04",
        "ur",
        _s("""
میں [[PERSON:نعمان صدیق بٹ]]، گلاسگو میں بس ڈرائیور ہوں، [[ORGANISATION:Clydelink Buses]]، [[ADDRESS:Polmadie Road depot]]، staff نمبر [[OTHER_ID:CL-30981]]۔ میری اہلیہ [[PERSON:فریحہ]] کو [[HEALTH:ایم ایس]] ([[HEALTH:ملٹیپل سکلیروسس]]) ہے اور وہ wheelchair استعمال کرتی ہیں۔

ہم [[ADDRESS:فلیٹ 7/2]]، [[ADDRESS:27 Kenmure Gardens]]، [[POSTCODE:G41 5RT]] میں رہتے ہیں، ساتویں منزل پر۔ مالک [[ORGANISATION:Clyde Southside Housing Association]]۔

۹ جنوری کو لفٹ بند ہوئی اور پانچ ہفتے بند رہی۔ [[PERSON:فریحہ]] ان پانچ ہفتوں میں ایک بار بھی نیچے نہیں اتر سکیں۔ ہسپتال کی دو اپوائنٹمنٹس چھوٹ گئیں۔ میں early شفٹ پر صبح پانچ بجے نکلتا تھا؛ پیچھے وہ اکیلی، سات منزل اوپر۔ ڈپو مینیجر [[PERSON:اینگس میکلین]] نے روٹا دیکھ کر ۱۲ سے ۱۸ جنوری تک میری شفٹیں بدل دیں تاکہ اپوائنٹمنٹ والے دن میں گھر ہوں۔

لفٹ کمپنی [[ORGANISATION:Caledonian Lift Co]] کا جواب ہر بار "part on order"۔ شکایت نمبر [[REFERENCE:CSHA-C-2025-017]]۔ شناخت کے لیے انہوں نے [[PERSON:فریحہ]] کی تاریخ پیدائش مانگی: [[DATE_OF_BIRTH:چار نومبر انیس سو اٹھاسی]]۔

افسر [[PERSON:آئلسا گرانٹ]] اگلے دن آئیں، اور سیڑھیاں چڑھ کر آئیں، سات منزلیں۔ اوپر پہنچ کر سانس لے کر بولیں: "I see."

کیسے ٹھیک ہوا: تین ہفتوں کے لیے گراؤنڈ فلور کا ایک خالی فلیٹ فرنیچر سمیت ملا، ٹیکسی کا خرچ واپس، لفٹ کا پورا کنٹرول پینل نیا، اور £۶۰۰۔

کیا بدلا: اب جن گھروں میں wheelchair استعمال ہوتی ہے ان کے نام ایک فہرست میں ہیں، اور لفٹ بند ہونے کے ۲۴ گھنٹے کے اندر ان کے لیے منصوبہ بنتا ہے۔ بلاک میں دوسری لفٹ لگانے کا کام بھی شروع ہو گیا ہے۔ رابطہ: [[PHONE:0141 496 0722]]۔
"""),
    ),
    (
        "fv2ay-ur-05",
        "ur",
        _s("""
مجھے سب [[PERSON:شگو]] کہتے ہیں، پورا نام [[PERSON:شگفتہ یاسمین]]۔ صبح چار بجے اٹھ کر [[ORGANISATION:Sparkle Midlands]] کے لیے دفتر صاف کرتی ہوں، پھر دس بجے سے [[ADDRESS:Stratford Road Market]] میں [[ADDRESS:اسٹال نمبر ۲۳]] پر دوپٹے اور چوڑیاں بیچتی ہوں۔ تھکی ہوئی ہوں، مگر یہ کہانی سنانی ہے۔

گھر [[ADDRESS:۹ Farm Croft Road]]، اسپارک بروک، [[POSTCODE:B11 1QP]]، [[ORGANISATION:Cannon Hill Housing]] کا۔ بیٹی [[PERSON:ماہ نور]]، [[AGE:۱۳ سال]]۔

اسٹال کا مال میں گھر پر سیڑھی کے نیچے والی الماری میں رکھتی ہوں۔ نومبر میں الماری کھولی تو چوہوں نے بیس دوپٹوں میں سوراخ کر کے اپنا شادی ہال بنا رکھا تھا۔ £۲۸۰ کا مال۔ رپورٹ [[PHONE:۰۱۲۱ ۴۹۶ ۰۶۱۸]] پر کی، نمبر [[REFERENCE:CHH-P-6021]]۔ [[ORGANISATION:Brum Pest Control]] والے زہر رکھ کر چلے گئے۔ چوہوں نے زہر کھایا یا نہیں، پتا نہیں، دوپٹے ضرور کھاتے رہے۔

[[PERSON:ماہ نور]] نے ایک ویڈیو بنائی، "امی کی دکان، چوہوں کا ریسٹورنٹ"، اور اپنے TikTok [[OTHER_ID:@mahnoor.b11]] پر ڈال دی۔ تیس ہزار لوگوں نے دیکھی۔ اگلے ہفتے میری شکایت [[REFERENCE:CHH-C-3377]] کا جواب آ گیا۔ اتفاق ہو گا۔

افسر [[PERSON:کیلون اسپرنگر]] آئے۔ کچن کے cabinets ہٹوائے تو پیچھے پائپوں کے گرد اتنے بڑے سوراخ تھے کہ [[PERSON:ماہ نور]] کا ہاتھ چلا جائے۔ بولے، زہر سے کچھ نہیں ہوتا جب دروازہ کھلا ہو۔

کیسے ٹھیک ہوا: سارے سوراخ اور پائپوں کے گرد خالی جگہیں بند، چار وزٹ، الماری میں نئی shelving، خراب مال کے £۲۸۰ اور تکلیف کے £۱۰۰۔

کیا بدلا: اب ان کی pest control جاب میں صرف زہر نہیں، سوراخ بند کرنا (proofing) بھی لازمی ہے۔ اور [[PERSON:کیلون]] ہر مہینے میرے اسٹال سے ایک دوپٹہ خریدتے ہیں، اپنی امی کے لیے۔
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
