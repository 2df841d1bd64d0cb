"""Fresh version-2 PII test stories, batch ax.

Stories passed through a second pair of hands: a grandson writing up his grandmother's Punjabi in
English or Urdu, a daughter turning her mother's Egyptian Arabic or Polish Sign Language into written
prose, a neighbour putting a Polish story into Romanian or a Romanian one into Polish, a community
worker translating from Romani. The translators leave their fingerprints everywhere: square-bracketed
notes, "(she means the council)", idioms rendered word for word with the original beside them, names
given twice (the original script and a Latin spelling, or a passport form and a pet name), street and
block names left in English inside Arabic, Bengali, Gurmukhi and Urdu sentences, numbers in native
digits or spelt out the way the teller said them, and emails dictated as "dot" and "at" words in the
translator's language. Language names used as languages ("translated from Polish") are not marked;
the same word describing a person's origin is.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 7 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 82.9% of 35, recall 98.1%, precision
85.0%, on the committed detector 4e66037 (after round 45); leak-free by language ar 4, bn 5, en 5, pa 4, pl 3, ro 4, ur 4 of 5.
On the detector as it landed before rounds 34 to 45 (87cfc38): 82.9% (the same).
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2ax-en-01",
        "en",
        _s("""
My Nani asked me to write this for her because her English is "only for the shop", so this is her story in her own words, translated from Punjabi by me, her grandson [[PERSON:Jaspal]] (everyone calls me [[PERSON:Jas]]). Her name is [[PERSON:Surinder Kaur Bains]] ([[PERSON:ਸੁਰਿੰਦਰ ਕੌਰ ਬੈਂਸ]] in Gurmukhi) and she lives on her own at [[ADDRESS:41 Albert Terrace]], Leicester, [[POSTCODE:le4 6jd]], a house of [[ORGANISATION:Soarbank Homes]]. She is [[AGE:79]] and has [[HEALTH:COPD]] and [[HEALTH:arthritis]] in both knees.

"When the cold started (she means October last year) the boiler gave only cold water. I rang the repair line, [[PHONE:0116 496 0284]], and the girl said engineer is coming Tuesday. Tuesday came, nobody came. Four Tuesdays like this." [Nani counts time in Tuesdays because that is her gurdwara day. It was about a month.] The repair job number was [[REFERENCE:SBH/R/558120]].

"I was boiling water in the big patila to wash my body. My chest became tight like a rope. Doctor [[PERSON:Gill]] at [[ADDRESS:Belgrave Lane Medical Centre]] gave a letter that the cold house is making my [[HEALTH:COPD]] more."

I sent a formal complaint on 14 November, reference [[REFERENCE:CMP-20931]]. A lady called [[PERSON:Bev]] rang back (Nani means [[PERSON:Beverley Marsh]], the housing officer, not [[PERSON:Bev]] from the langar kitchen). Mrs [[PERSON:Marsh]] came the next morning. In Nani's words: "She sat on my sofa, drank my tea, and said sorry with her full heart."

What was put right: [[ORGANISATION:Hallam Gas Services]] fitted a new boiler within a week, Nani got £450 for the weeks without hot water, and an occupational therapist is arranging a downstairs shower. What changed: [[ORGANISATION:Soarbank Homes]] now keeps a list of tenants who are old or have breathing illness, and for them no heating is a 24-hour job. They also ring me on [[PHONE:07700 900 417]] now, because Nani cannot hear the landline. Nani says if any lady from [[ADDRESS:Guru Tegh Bahadur Gurdwara]] has the same problem, she can come to [[ADDRESS:number 41]] and Nani will explain how to complain, with tea.
"""),
    ),
    (
        "fv2ax-en-02",
        "en",
        _s("""
[Translated from Polish by [[PERSON:Dawn Fletcher]], her neighbour in [[ADDRESS:flat 19]]. I kept a few of her expressions because they say it better than I can.]

My name is [[PERSON:Halina Wróbel]]. I live with my son [[PERSON:Tomasz]] (at home he is [[PERSON:Tomek]] or [[PERSON:Tomuś]]) on the eighth floor of [[ADDRESS:Kestrel Court]], [[ADDRESS:flat 22]], Manchester [[POSTCODE:M11 4QW]]. [[PERSON:Tomek]] is [[AGE:11]] and has [[HEALTH:autism]]; for him, stairs full of strangers is like a war.

In February the lift "fell down dead" (winda padła, she means it stopped working, nobody was hurt). Seven weeks it stayed like this. [[ORGANISATION:Apex Lift Solutions]] came, looked, went. Every time I phoned [[ORGANISATION:Redfern Housing Association]] on [[PHONE:0161 496 0735]] they said "the part is ordered". I wrote the complaint with [[PERSON:Dawn]]'s help, reference [[REFERENCE:RHA-CX-40172]], and on the form I wrote my email as [[EMAIL:halina dot wrobel at example dot net]] because the @ on my phone keyboard does not work (truly).

Nobody answered, so I put videos of me carrying shopping up eight floors on TikTok, my account is [[OTHER_ID:@halinaw_m11]]. After this pan [[PERSON:Greg]] rang me (she means Mr [[PERSON:Greg Hollis]], the area manager; she calls everybody pan and pani, even the English ones). Pan [[PERSON:Greg]] said sorry and admitted my complaint had "gone away through the bones" (rozeszło się po kościach, it quietly died between two teams).

How it was put right: for five weeks they moved us to an empty flat on the ground floor, [[ADDRESS:flat 3]], with our furniture. They paid £900, and they painted a parking bay by the door for my car, [[OTHER_ID:KM17 XRT]], because of [[PERSON:Tomek]]'s blue badge. The Ombudsman case, [[REFERENCE:202412876]], was closed because everything was already fixed.

What changed: now when the lift breaks, every flat in the block gets a text the same day with the date of the repair. Before, I thought nobody listens because we are [[OTHER_SPECIAL:Polish]]. Now I think they simply had no system. And [[PERSON:Tomek]] says "good morning" to pan [[PERSON:Greg]].
"""),
    ),
    (
        "fv2ax-en-03",
        "en",
        _s("""
This is my mother's story. She told it in Somali and I, her daughter [[PERSON:Ifrah Warsame]], wrote it in English. Where she says "the government" she means the council, and "the office" is the [[ORGANISATION:Avonmere City Council]] housing office.

My name is [[PERSON:Hodan Abdi Warsame]] ([[PERSON:Xoodan]] in Somali spelling; at the school they say [[PERSON:Hoda]]). I live at [[ADDRESS:212a Stapleton Road]], Bristol, above [[ADDRESS:Barwaaqo Minimarket]], post code [[POSTCODE:bs50nt]]. We are six people in two bedrooms: me, my husband's mother, my daughters [[PERSON:Ifrah]] and [[PERSON:Sagal]], my son [[PERSON:Mahad]], and the small one we call [[PERSON:Abdi Yare]] ([[PERSON:Little Abdi]]), who is [[AGE:4]].

In the kitchen the cockroaches were so many that at night "the floor was walking". [[PERSON:Ifrah]] has [[HEALTH:asthma]] and the spray from the pest company made her cough all night. [[ORGANISATION:PestAway Bristol]] came three times but only sprayed; nobody closed the holes behind the cooker.

I telephoned [[PHONE:oh one one seven, four nine six, oh three three two]] many, many times. [Mum gave me the number in words like this, so I have left it.] The complaint number is [[REFERENCE:COMP-77310]]. For the transfer list they asked again for papers about my [[OTHER_SPECIAL:refugee status]], and I sent my BRP number, [[OTHER_ID:ZU4418205]], for the third time. Our housing register number is [[REFERENCE:HR/0098771]].

The teacher at [[ADDRESS:Harwood Park Primary]], Miss [[PERSON:Okafor]], wrote a letter because [[PERSON:Abdi Yare]] was sleeping in class. [I think this letter is what made them move.]

How it was put right: the housing manager, Mr [[PERSON:Dean Rowntree]], came himself. A different contractor sealed the kitchen and fitted new cupboards. We got £600 and were put in Band A, and in June we were offered a four-bedroom house (I will not write the new address here). What changed: [[ORGANISATION:Avonmere City Council]] now treats the whole building when one flat has insects, and they keep a copy of the BRP so families do not send it again and again. My mother says: "As a [[OTHER_SPECIAL:Somali]] woman I was afraid to complain. Don't be afraid."
"""),
    ),
    (
        "fv2ax-en-04",
        "en",
        _s("""
Written up by a volunteer from Mr [[PERSON:Abdul Mannan]]'s Bengali. In Bangla his name is [[PERSON:আব্দুল মান্নান]]; he spells it [[PERSON:Abdul Mannan]], but the housing association had him as [[PERSON:Abdul Manan]] with one n, which turned out to be part of the problem.

Mr [[PERSON:Mannan]] was born on the [[DATE_OF_BIRTH:first of March nineteen fifty-two]] and lives with his wife, Mrs [[PERSON:Rokeya Begum]], in [[ADDRESS:flat 14]], [[ADDRESS:Cordwainer House]], London [[POSTCODE:E14 6RG]], "the block just behind the [[ADDRESS:Shapla Community Centre]]", as he puts it. Their landlord is [[ORGANISATION:Poplar Vale Homes]].

In his words: "Water was coming from the ceiling like the rain comes inside. The bathroom light was making tss-tss. My heart was in my mouth for my wife, because she has [[HEALTH:dementia]] and she touches everything."

He reported the leak three times. Each time a new job was raised under a different spelling, so the system thought they were different tenants and nobody saw the pattern. The job numbers he kept are [[REFERENCE:7731902]] and [[REFERENCE:7731955]]; his complaint reference is [[REFERENCE:PVH-C-2291]].

[He keeps calling the repairs manager "the big sir". He means Mr [[PERSON:Kevin Doyle]].] When the complaint reached Mr [[PERSON:Doyle]] he came with an electrician from [[ORGANISATION:Brightline Electrical]] that same afternoon, and they found that the flat above, [[ADDRESS:flat 18]], had a cracked waste pipe that had been leaking for months.

How it was put right: the pipe and the bathroom ceiling were replaced, the light was made safe, and Mr [[PERSON:Mannan]] received £700 and an apology with his name spelled right. The hospital letter he showed me had Mrs [[PERSON:Begum]]'s NHS number on it, [[OTHER_ID:485 777 3456]]; I asked if he wanted it left out and he said no, he wants them to see he is a real person with a real wife.

What changed: [[ORGANISATION:Poplar Vale Homes]] merged the duplicate records and now flags repeat repairs at the same address whatever name is on them. For appointments they ring his grandson [[PERSON:Tuhin]] on [[PHONE:+44 (0)20 7946 0719]] or email [[EMAIL:mannan.family@example.org]].
"""),
    ),
    (
        "fv2ax-en-05",
        "en",
        _s("""
Translated from Arabic by [[PERSON:Rachel Ibbotson]], the family's ESOL teacher, with their permission. Names are given the way the family writes them, in English and in Arabic.

We are the family of [[PERSON:Ahmad Al-Khatib]] ([[PERSON:أحمد الخطيب]]) and [[PERSON:Rasha]] ([[PERSON:رشا]]). We came to Leeds as [[OTHER_SPECIAL:Syrian]] [[OTHER_SPECIAL:refugees]] in 2019 and [[ORGANISATION:Aire Valley Homes]] gave us the house at [[ADDRESS:9 Harehills Grove]], [[POSTCODE:LS8 5QR]]. It is the house with the green door opposite [[ADDRESS:Masjid Al-Noor]], everybody knows it.

Our daughter [[PERSON:Lina]] ([[PERSON:لينا]]), [[AGE:9 years]], and our son [[PERSON:Omar]], [[AGE:3]], sleep in the back bedroom. From the first winter the walls were "crying water" (this is [[PERSON:Rasha]]'s expression: condensation and black mould). [[PERSON:Omar]] was in hospital two times with [[HEALTH:bronchiolitis]]. The window frames were rotten, so the windows never closed properly.

We told the housing officer many times. [[PERSON:Ahmad]] cannot speak English well on the phone, so [[PERSON:Lina]] was translating for her father at [[AGE:nine years old]], and this was not right. [Teacher's note: I saw her doing it at parents' evening at [[ADDRESS:Brookfield Primary School]].]

I sent the formal complaint for them from my own email, [[EMAIL:r.ibbotson@example.ac.uk]]; the reference is [[REFERENCE:AVH/COMP/6614]]. "The lady from the housing, Ms [[PERSON:Claire Oduya]], told us to also write to their Twitter, [[OTHER_ID:@AireValleyHelp]], because it is faster. It was faster!"

How it was put right: [[ORGANISATION:Kirkstall Glazing Ltd]] replaced every window, the mould was treated, an extractor fan was fitted and we were given a dehumidifier. They paid £1,150 compensation into [[PERSON:Ahmad]]'s account, the one ending [[OTHER_ID:6817]]. What changed: Ms [[PERSON:Oduya]] now books an Arabic interpreter for every visit, and [[ORGANISATION:Aire Valley Homes]] has a rule that children are never used to interpret. [[PERSON:Ahmad]] is happy to talk to other families: [[PHONE:0113 496 0582]] (WhatsApp is better, same number).
"""),
    ),
    (
        "fv2ax-ar-01",
        "ar",
        _s("""
ملاحظة من المترجم: هذه قصة والدي [[PERSON:كاوه عزيز]] ([[PERSON:Kawa Aziz]]). حكاها بالكردية، وترجمتها أنا، ابنه [[PERSON:ريبين]] ([[PERSON:Rebin]])، إلى العربية لأن أبي يريد أن يقرأها أصدقاؤه العرب في المقهى. تركت أسماء الأماكن بالإنجليزية كما هي، وما بين القوسين من عندي.

"اسمي [[PERSON:كاوه عزيز]]، عمري [[AGE:58 سنة]]، وأسكن منذ 2015 في [[ADDRESS:شقة رقم 6]] في بناية [[ADDRESS:Ashdown House]] داخل [[ADDRESS:Meadow Lane Estate]] في Nottingham، والرمز البريدي [[POSTCODE:NG2 3HR]]. المالك هو [[ORGANISATION:Trentholme Housing]] (أبي يسميها 'الحكومة'، وهو يقصد جمعية الإسكان).

في الشتاء الماضي انكسر زجاج نافذة غرفة النوم من الريح، وبقي مكسوراً ثلاثة أشهر، ووضعنا عليه كرتوناً وشريطاً لاصقاً. عندي [[HEALTH:روماتيزم]] في الظهر (يقصد [[HEALTH:التهاب المفاصل الروماتويدي]])، والبرد كان يدخل إلى عظامي مثل الماء.

اتصلت بقسم الصيانة على [[PHONE:0115 496 0391]] سبع مرات، وفي كل مرة يقولون: سجلنا الطلب. رقم الطلب [[REFERENCE:TH-REP-30417]]. جاء عامل من [[ORGANISATION:Trentside Glazing]] مرة واحدة، قاس النافذة وذهب، ولم يرجع."

بعدها كتبتُ شكوى رسمية من بريدي [[EMAIL:rebin.aziz@example.com]]، ورقمها [[REFERENCE:C-5521]]. (بالكردية قال أبي: "صار قلبي مثل ذلك الزجاج"، يعني أنه تعب كثيراً.) وقال جارنا [[PERSON:أبو سامي]] إن أحداً لن يسمع لنا لأننا [[OTHER_SPECIAL:أكراد]]، لكن هذا لم يكن صحيحاً.

"اتصل بنا السيد [[PERSON:مارك]] ([[PERSON:Mark Tillotson]])، مدير الحي، واعتذر. وفي يومين رُكّبت نافذة جديدة، ودفعوا لنا 300 جنيه تعويضاً."

ما الذي تغير؟ الآن عند [[ORGANISATION:Trentholme Housing]] قاعدة: أي زجاج مكسور يُصلح أو يُغطى بلوح خشب خلال 24 ساعة، وإذا لم يأتِ المقاول يتصل المدير بنفسه. أبي يقول: "الشباك الجديد يسكّر مثل باب البنك." ومن يريد أن يسأله عن التجربة يمكنه الاتصال بي على [[PHONE:٠٧٧٠٠ ٩٠٠ ٢٤٦]].
"""),
    ),
    (
        "fv2ax-ar-02",
        "ar",
        _s("""
كتبت أمي هذه القصة بالعامية المصرية على ورق، وأنا ابنتها [[PERSON:نورهان]] ([[PERSON:Nourhan]]) نقلتها إلى الفصحى. ما بين القوسين شرح مني لكلمات أمي.

أنا [[PERSON:سامية عبد الحميد فهمي]]، من مواليد [[DATE_OF_BIRTH:الخامس عشر من أيار 1968]]، وأسكن مع ولديّ في [[ADDRESS:47 Marlowe Crescent]] في Birmingham، والرمز [[POSTCODE:b10 9qe]]. البيت تابع لـ[[ORGANISATION:Cole Valley Housing Trust]].

منذ سنتين سكن في البيت الملاصق، [[ADDRESS:رقم 49]]، رجل اسمه [[PERSON:غاري]] ([[PERSON:Gary]]). كان يشغّل الموسيقى كل ليلة حتى الفجر ويخبط على الحائط (أمي تكتب "بيخبّط"، أي يطرق بقوة). ابني الصغير [[PERSON:يوسف]]، [[AGE:12 سنة]]، عنده [[HEALTH:صرع]]، والطبيبة في [[ADDRESS:Small Heath Medical Practice]] قالت إن قلة النوم تزيد النوبات. ومرة كتب [[PERSON:غاري]] على بابنا كلاماً قبيحاً لأننا [[OTHER_SPECIAL:مسلمون]].

اتصلت كثيراً على [[PHONE:٠١٢١ ٤٩٦ ٠٦٥٣]]. فتحوا قضية سلوك معادٍ للمجتمع رقمها [[REFERENCE:ASB-2024-0193]]، وقالوا لي: "اكتبي مذكرات" (يقصدون دفتر تسجيل الإزعاج). كتبت مئة صفحة! ولم يتغير شيء ستة أشهر، "كأنك بتأذّن في مالطا" كما تقول أمي (يعني لا أحد يسمع).

قدّمنا شكوى رسمية رقمها [[REFERENCE:CVHT-88412]]، ثم ذهبنا إلى أمين المظالم (Housing Ombudsman) ورقم القضية هناك [[REFERENCE:202311490]]. بعدها اتصلت بنا الموظفة [[PERSON:جاكي]] ([[PERSON:Jackie Pemberton]]) من فريق السلوك المعادي للمجتمع، وجاءت بنفسها إلى البيت.

كيف تم الإصلاح: ركّبوا جهاز تسجيل للضوضاء في غرفة [[PERSON:يوسف]]، ووقّع [[PERSON:غاري]] على اتفاق سلوك، ثم نُقل إلى سكن آخر بعد أن خالفه. دفعوا لنا 500 جنيه واعتذروا كتابياً. ما الذي تغير: صار فريق [[PERSON:جاكي]] يرد على كل بلاغ خلال خمسة أيام، وأي كتابة عنصرية تُعامل كحادث كراهية من أول يوم.

للتواصل مع العائلة: [[EMAIL:nourhan dot fahmy at example dot org]] (أكتبه هكذا حتى لا تصل الرسائل المزعجة).
"""),
    ),
    (
        "fv2ax-ar-03",
        "ar",
        _s("""
ترجمة [[PERSON:فاطمة الزبيدي]]، متطوعة في مركز الجالية. حكى لي العم [[PERSON:صالح محمد القاضي]] ([[PERSON:Saleh Mohammed Al-Qadhi]]) قصته باللهجة اليمنية، وكتبتها كما قالها تقريباً.

"عمري [[AGE:81 عاماً]]، أسكن وحدي في [[ADDRESS:23 Fircroft Lane]] في Sheffield، [[POSTCODE:S9 3HW]]، خلف [[ADDRESS:Al-Hikma Community Centre]] مباشرة. البيت لـ[[ORGANISATION:Don Valley Homes]]. عندي [[HEALTH:باركنسون]] ويداي ترتجفان.

في 2023 جاءت المعالجة المهنية [[PERSON:بريا]] ([[PERSON:Priya Nandra]]) وقالت إنني أحتاج دُشّاً أرضياً بدل البانيو، لأنني وقعت مرتين. قالوا: ستة أسابيع. مرت أربعة عشر شهراً." (يقول العم: "ستة أسابيع إنجليزية"، ويضحك.)

"رقم طلب التعديل [[REFERENCE:DVH-AD-10293]]. كلما اتصلت على [[PHONE:0114 496 0827]] يقولون إن الطلب عند [[ORGANISATION:Access Adapt Ltd]]، والشركة تقول إنه عند الجمعية. ابني [[PERSON:عبد الله]] (نناديه [[PERSON:عبده]]) كان يأتي من Rotherham كل يوم ليساعدني في الاستحمام."

كتبتُ أنا الشكوى باسمه في آذار، ورقمها [[REFERENCE:7730-C]]، وأرفقنا رسالة الطبيب وفيها رقمه في NHS: [[OTHER_ID:٤٦٢ ٩١٨ ٣٠٥٧]] (طلب العم أن أكتبه هنا كما هو). وإذا أراد أحد أن يراسله فبريده (كما أملاه عليّ): [[EMAIL:s dot alqadhi at example dot com]].

بعد الشكوى جاء مدير الصيانة السيد [[PERSON:نايجل]] ([[PERSON:Nigel Crabtree]]) واعتذر، وقال إن الطلب ضاع بين قائمتين. رُكّب الدُّش خلال ثلاثة أسابيع، مع مقعد وقضبان للإمساك، ودفعوا 650 جنيهاً.

ما الذي تغير: صار لكل طلب تعديل موظف واحد مسؤول عنه من البداية إلى النهاية، ويرسلون رسالة كل أسبوعين بموعد العمل. العم يقول: "الآن أستحم قبل صلاة الجمعة في [[ADDRESS:مسجد الرحمة]] بدون أن أنتظر [[PERSON:عبده]]."
"""),
    ),
    (
        "fv2ax-ar-04",
        "ar",
        _s("""
هذه قصة خالتي [[PERSON:خديجة بنعلي]] ([[PERSON:Khadija Benali]])، حكتها بالدارجة المغربية وترجمتها أنا، ابنة أختها [[PERSON:سلمى]]، إلى العربية الفصحى. كلمات خالتي التي لا ترجمة لها تركتها بين قوسين.

خالتي [[OTHER_SPECIAL:مغربية]]، تسكن في London في [[ADDRESS:شقة رقم 2]] في [[ADDRESS:118 Wornington Parade]]، [[POSTCODE:w10 5pz]]، مع ابنها [[PERSON:ياسين]] وعمره [[AGE:سبع سنوات]] وابنتها [[PERSON:مريم]] وعمرها [[AGE:18 شهراً]]. [[PERSON:ياسين]] يدرس في [[ADDRESS:Harrowdene Primary]]. المالك [[ORGANISATION:Portobello Homes Trust]].

في الشتاء شمّت رائحة غاز في المطبخ. جاء فني من [[ORGANISATION:NorthFlame Heating]]، أغلق الفرن بشريط أصفر وذهب دون أن يقول كلمة. (خالتي تقول: "سدّ الكوزينة ومشى"، أي أغلق المطبخ ومشى.) كتبتُ رقم سيارته لأنه لم يترك ورقة: [[OTHER_ID:WX68 KPO]].

خمسة أسابيع بلا طبخ، ومعها طفلة صغيرة. وفي الوقت نفسه ظهرت الفئران تحت المغسلة. رقم البلاغ [[REFERENCE:PHT/GAS/55019]]. اتصلت خالتي من رقمها [[PHONE:+44 7700 900 318]] أكثر من عشرين مرة.

قدّمنا شكوى رسمية رقمها [[REFERENCE:PHT-CMP-1207]]. ردّ السيد [[PERSON:أوين]] ([[PERSON:Owen Reilly]]) في المرحلة الأولى بأن "الغاز مسؤولية المقاول". فطلبنا المرحلة الثانية، وهناك قرأت المديرة [[PERSON:ديردري]] ([[PERSON:Deirdre Obi]]) الملف كله، واعترفت بأن أحداً لم يتابع.

كيف أصلحوا الأمر: جاء مهندس غاز في اليوم التالي وغيّر أنبوباً صغيراً خلف الفرن، وسدّت شركة مكافحة القوارض الثقوب في المطبخ. دفعوا لخالتي 750 جنيهاً، منها مبلغ لطعام الأسابيع الخمسة، واعتذر السيد [[PERSON:أوين]] بنفسه. ما الذي تغير: الآن يجب على أي فني يغلق جهاز غاز أن يترك ورقة بالسبب وبرقم الطلب، ويتصل المكتب بالساكن في اليوم نفسه. خالتي تقول: "ما بقاش الخوف" (لم أعد خائفة).
"""),
    ),
    (
        "fv2ax-ar-05",
        "ar",
        _s("""
كتبت هذه القصة [[PERSON:ليلى حداد]]، جارة العائلة في [[ADDRESS:شقة 15]]، نقلاً عن [[PERSON:إخلاص]] التي حكتها بالعامية السودانية. تركت بعض كلماتها كما قالتها مع الشرح.

أنا [[PERSON:إخلاص عمر الطيب]] ([[PERSON:Ikhlas Omar Eltayeb]])، [[OTHER_SPECIAL:سودانية]]، حصلنا على [[OTHER_SPECIAL:حق اللجوء]] سنة 2020. نسكن أنا وزوجي [[PERSON:مجدي]] وأولادنا الأربعة في [[ADDRESS:شقة 14]] في [[ADDRESS:Beaumont Tower]] في Liverpool، [[POSTCODE:L6 3BQ]]. الشقة غرفتان فقط، والمالك [[ORGANISATION:Mersey Reach Housing]].

ابني الكبير [[PERSON:محمد]]، [[AGE:15 سنة]]، كان ينام في الصالة، والبنات الثلاث في غرفة واحدة فيها عفن أسود. ابنتي [[PERSON:رؤى]] تدرس في [[ADDRESS:Balgray Hill Academy]] وكانت تذاكر في الحمام لأنه المكان الوحيد الهادئ. ([[PERSON:إخلاص]] تقول: "البيت ضيّق زي علبة الكبريت"، أي ضيق جداً.)

رقمنا في قائمة الإسكان [[REFERENCE:MRH-HR-204418]]، وبقينا أربع سنوات في Band C. قدّمنا شكوى رسمية رقمها [[REFERENCE:MR/0412/24]]. لم يرد أحد، فنشرت [[PERSON:رؤى]] صور العفن على إنستغرام في حسابها [[OTHER_ID:@ruaa.eltayeb]]، وبعد يومين اتصلت بنا موظفة اسمها [[PERSON:شيفون]] ([[PERSON:Siobhan Kerr]]).

كيف أصلحوا الأمر: عالجوا العفن وركّبوا مروحة تهوية، وأعادوا تقييم حالتنا فنقلونا إلى Band A بسبب الاكتظاظ، وفي مارس عُرض علينا بيت بأربع غرف. دفعوا 900 جنيه تعويضاً في حسابي. (كتبتْ لي [[PERSON:إخلاص]] الأرقام على ورقة فنقلتها كما هي: sort code [[OTHER_ID:82-61-09]]، رقم الحساب [[OTHER_ID:40118276]].)

ما الذي تغير: صارت الجمعية تزور كل عائلة تنتظر أكثر من سنتين لتعيد تقييم وضعها، ولا تنتظر أن تشتكي. رقم [[PERSON:مجدي]] لمن يريد المساعدة من الجيران: [[PHONE:0151 496 0274]].
"""),
    ),
    (
        "fv2ax-bn-01",
        "bn",
        _s("""
অনুবাদকের কথা: এটি আমার নানির গল্প। নানি সিলেটিতে বলেছেন, আর আমি, তাঁর নাতি [[PERSON:রাহাত চৌধুরী]] ([[PERSON:Rahat Chowdhury]]), সেটা শুদ্ধ বাংলায় লিখেছি। জায়গার নামগুলো ইংরেজিতেই রাখলাম, কারণ নানিও ইংরেজিতেই বলেন। বন্ধনীর ভেতরের কথাগুলো আমার।

"আমার নাম [[PERSON:রাবেয়া খাতুন]] ([[PERSON:Rabeya Khatun]])। বয়স [[AGE:৮৩ বছর]]। আমি [[ADDRESS:Tilbury House]]-এর [[ADDRESS:ফ্ল্যাট নম্বর ১১]]-তে একা থাকি, পোস্টকোড [[POSTCODE:e1 5hu]]। বাড়িওয়ালা [[ORGANISATION:Whitechapel Vale Homes]]।" (নানি এদের 'কাউন্সিল' বলেন, কিন্তু আসলে এটা হাউজিং অ্যাসোসিয়েশন।)

"আমার [[HEALTH:ডায়াবেটিস]] আছে" (নানি বলেন '[[HEALTH:সুগার]]'), "হাড়ও দুর্বল। গত বছর বাথরুমের মেঝে নরম হয়ে গেল।" নানির ভাষায়: 'মাটি নরম অই গেছে'। পা দিলে মেঝে দেবে যেত। আমি [[PHONE:০২০ ৭৯৪৬ ০৫১৮]] নম্বরে তিনবার ফোন করলাম। রিপেয়ার নম্বর দিল [[REFERENCE:WVH-558301]]। কেউ আসেনি।

"মার্চ মাসে আমি বাথরুমে পড়ে গেলাম, হাতের কব্জি ভেঙে গেল।" (নানি চার দিন হাসপাতালে ছিলেন।) "[[ADDRESS:Old Montague Surgery]]-র ডাক্তার [[PERSON:হক]] চিঠি লিখে দিলেন যে মেঝে ঠিক না করলে আবার পড়ব।"

এরপর আমি নিজের ইমেইল [[EMAIL:rahat.chowdhury@example.co.uk]] থেকে অভিযোগ পাঠালাম, রেফারেন্স [[REFERENCE:CMP/24/0917]]। দুই দিন পরে হাউজিং অফিসার মিসেস [[PERSON:জেনি]] ([[PERSON:Jenny Akers]]) নানির বাড়িতে এলেন। নানি বলেন, "মেয়েটা আমার হাত ধরে মাফ চাইল, আমার চোখে পানি এসে গেল।"

কীভাবে ঠিক করা হলো: দুই সপ্তাহের মধ্যে পুরো বাথরুমের মেঝে নতুন করা হলো, বাথটাবের জায়গায় হেঁটে ঢোকার মতো শাওয়ার বসানো হলো, আর নানিকে ৮০০ পাউন্ড ক্ষতিপূরণ দেওয়া হলো। কী বদলেছে: [[ORGANISATION:Whitechapel Vale Homes]] এখন আশি বছরের বেশি বয়সী সব ভাড়াটের বাথরুম প্রতি বছর নিজেরা এসে দেখে যায়। নানি প্রতি শুক্রবার [[ADDRESS:Baitul Aman Masjid]]-এ মহিলাদের অংশে যান, সেখানে সবাইকে বলেছেন: "চুপ থেকো না, লিখে জানাও।"
"""),
    ),
    (
        "fv2ax-bn-02",
        "bn",
        _s("""
আম্মার কথাগুলো আমি, তাঁর মেয়ে [[PERSON:তাসলিমা]] ([[PERSON:Taslima]]), লিখে দিলাম। আম্মা বাংলা আর ইংরেজি মিশিয়ে কথা বলেন, সেগুলো যেমন ছিল তেমনই রাখলাম, দরকার হলে বন্ধনীতে বুঝিয়ে দিয়েছি।

"আমি [[PERSON:শাহানা পারভীন]] ([[PERSON:Shahana Parvin]])। স্বামী [[PERSON:জামাল উদ্দিন]] আর তিন ছেলেমেয়ে নিয়ে [[ADDRESS:27 Fenwick Road]], Oldham, [[POSTCODE:OL8 1TX]]-এ থাকি। বাড়িটা [[ORGANISATION:Pennine Edge Housing]]-এর। মেয়ে [[PERSON:নুসরাতের]] [[HEALTH:হাঁপানি]] আছে (ইংরেজিতে [[HEALTH:অ্যাজমা]]), আর ছোট ছেলে [[PERSON:আয়ান]], বয়স [[AGE:৬ বছর]], [[ADDRESS:Werneth Brook Primary]]-তে পড়ে।

দুই বছর ধরে বাচ্চাদের ঘরের দেয়ালে কালো ছাতা (মোল্ড) পড়ছিল। যতবার বলি, ওরা বলে 'lifestyle'। মানে আমরা নাকি ঘরে কাপড় শুকাই বলে এমন হয়। আমি বললাম, বাইরে তো সারা বছর বৃষ্টি, কাপড় কোথায় শুকাব?" (আম্মা এখানে রাগ করে আরও অনেক কথা বলেছেন, সেগুলো লিখলাম না।)

"[[PERSON:নুসরাত]] রাতে কাশতে কাশতে ঘুমাতে পারত না। [[PERSON:আয়ানের]] স্কুল থেকেও চিঠি এল যে সে ক্লাসে ঘুমায়। অভিযোগ করলাম, নম্বর [[REFERENCE:PEH-COMP-33017]]। প্রথম উত্তরে আবার সেই 'ventilation-এর অভ্যাস' কথা।" তখন আমি, [[PERSON:তাসলিমা]], Housing Ombudsman-এ কেস করলাম, নম্বর [[REFERENCE:202401339]]।

"এরপর সার্ভেয়ার [[PERSON:স্টিভ]] ([[PERSON:Steve Whitworth]]) এসে দেখলেন ছাদের নালা (গাটার) ভাঙা আর দেয়ালের ভেতরের ইনসুলেশন ভেজা। উনি নিজেই বললেন, 'এটা lifestyle না, এটা building'।"

কীভাবে ঠিক হলো: নালা আর দেয়াল মেরামত হলো, ঘর নতুন করে রং করা হলো, ১২০০ পাউন্ড ক্ষতিপূরণ আর লিখিত ক্ষমা চাওয়া। কী বদলেছে: [[ORGANISATION:Pennine Edge Housing]] বলেছে, এখন থেকে সার্ভে না করে কোনো স্টাফ ভাড়াটেকে দোষ দিতে পারবে না। কেউ কথা বলতে চাইলে আম্মার নম্বর: [[PHONE:জিরো সেভেন সেভেন জিরো জিরো, নাইন জিরো জিরো, ওয়ান ফাইভ সিক্স]] (আম্মা নম্বরটা এভাবেই বলেন, তাই এভাবেই লিখলাম)।
"""),
    ),
    (
        "fv2ax-bn-03",
        "bn",
        _s("""
চাচার হয়ে আমি, [[PERSON:ফাহিম আহমেদ]], এটা লিখছি। চাচা ইংরেজি পড়তে পারেন না, তাই ওনার মুখে শুনে বাংলায় লিখলাম; চিঠিপত্রের ইংরেজি কথাগুলো বন্ধনীতে রেখেছি।

চাচার নাম [[PERSON:মোহাম্মদ ইউনুস মিয়া]] (কাগজে লেখা [[PERSON:Mohammed Yunus Miah]])। জন্ম [[DATE_OF_BIRTH:১৯৫৮ সালের ১২ই জুলাই]]। থাকেন [[ADDRESS:63 Kenelm Grove]], Birmingham, [[POSTCODE:B11 4NS]]-এ, [[ORGANISATION:Greet Mill Housing]]-এর বাড়িতে। ওনার [[HEALTH:অ্যানজাইনা]] আছে।

গত নভেম্বরে রাতে চোর ঢুকে সামনের দরজার তালা ভেঙে দেয়, চাচার গাড়ির চাবিও নিয়ে যায়। গাড়িটা ([[OTHER_ID:FN62 WBX]]) পরদিন পুলিশ খুঁজে পায়। পুলিশের ক্রাইম নম্বর [[REFERENCE:20/118834/24]]।

চাচা বলেন: "দরজা ছিল খোলা মুখের মতো" (মানে দরজা বন্ধই হচ্ছিল না)। রিপেয়ার নম্বর [[REFERENCE:GMH/77/40216]] দিয়ে ওরা শুধু একটা কাঠের তক্তা লাগিয়ে গেল। তিন সপ্তাহ চাচা রাতে সোফায় বসে দরজা পাহারা দিতেন। ডাক্তার বললেন ওনার [[HEALTH:ডিপ্রেশন]] শুরু হয়েছে। ডাক্তারের সেই চিঠিতে ওনার NHS নম্বর ([[OTHER_ID:৭০৩ ৫৫১ ৮৮২০]]) ছিল, চিঠিটা আমরা অভিযোগের সাথে পাঠিয়েছিলাম।

আমি [[PHONE:০১২১ ৪৯৬ ০৮৭৭]] নম্বরে ফোন করে অভিযোগ জানালাম (complaint ref [[REFERENCE:GMH-CX-6613]])। হাউজিং ম্যানেজার মিস্টার [[PERSON:পল]] ([[PERSON:Paul Kemble]]) পরদিন ফোন করলেন। উনি বললেন, "This should have been an emergency" — মানে এটা জরুরি কাজ হওয়ার কথা ছিল।

কীভাবে ঠিক হলো: দুই দিনের মধ্যে [[ORGANISATION:SecureFix Locksmiths]] নতুন মজবুত দরজা, জানালার তালা আর ক্যামেরাওয়ালা ডোরবেল লাগাল। চাচাকে ৩৫০ পাউন্ড দেওয়া হলো, আর মিস্টার [[PERSON:কেম্বল]] নিজে এসে মাফ চাইলেন।

কী বদলেছে: [[ORGANISATION:Greet Mill Housing]] এখন চুরির পর দরজা বা তালা ভাঙলে চার ঘণ্টার মধ্যে ঠিক করে, আর বয়স্ক ভাড়াটেদের পরের সপ্তাহে আবার খোঁজ নেয়। চাচা এখন আবার বিছানায় ঘুমান।
"""),
    ),
    (
        "fv2ax-bn-04",
        "bn",
        _s("""
মূল লেখাটা আমাদের ছেলে [[PERSON:ঋজু]] ([[PERSON:Riju]]) স্কুলের প্রজেক্টের জন্য ইংরেজিতে লিখেছিল। আমি, ওর মা [[PERSON:মৌমিতা ঘোষ]], বাংলায় অনুবাদ করলাম, যাতে আমাদের [[ADDRESS:Sri Durga Mandir]]-এর দিদিরাও পড়তে পারেন। [[PERSON:ঋজুর]] ইংরেজি শব্দগুলো কোথাও কোথাও রেখে দিয়েছি।

"আমার নাম [[PERSON:ঋজু ঘোষ]]। আমার বয়স [[AGE:এগারো বছর]]। আমরা থাকি [[ADDRESS:Marigold Court]]-এর [[ADDRESS:Flat 5B]]-তে, Croydon, [[POSTCODE:cr02nd]]। বাড়িটা [[ORGANISATION:Addiscombe Homes]]-এর। আমার বাবা [[PERSON:সুদীপ্ত ঘোষ]] ([[PERSON:Sudipta Ghosh]]), মা [[PERSON:মৌমিতা]], সবাই মাকে বলে [[PERSON:মৌ]]।

গত বছর ঝড়ের পর ছাদ দিয়ে জল পড়তে শুরু করল, ঠিক আমাদের ঠাকুরঘরের ওপর।" ([[PERSON:ঋজু]] লিখেছিল 'the prayer corner'; আমরা [[OTHER_SPECIAL:হিন্দু]], ঘরে ছোট্ট একটা ঠাকুরের আসন আছে।) "মা বালতি পেতে রাখত, রাতে তিনবার উঠে খালি করত।

বাবা [[PHONE:020 7946 0842]] নম্বরে ফোন করে রিপেয়ার বুক করল। দুবার লোক এল, ছাদে উঠল না, বলল 'scaffolding লাগবে'। তারপর আর কেউ এল না।

তখন মা অভিযোগ করল, রেফারেন্স [[REFERENCE:AH/CX/90122]]।" (আমার ইমেইল দিয়েছিলাম [[EMAIL:moumita ডট ghosh অ্যাট example ডট com]]; এখানে এভাবে লিখলাম যাতে স্প্যাম না আসে।) "হাউজিং অফিসার [[PERSON:প্রিয়াঙ্কা]] দিদি ([[PERSON:Priyanka Shah]]) আমাদের ফ্ল্যাটে এসে সব ছবি তুললেন। উনি বললেন, 'This is not acceptable', আর এক সপ্তাহের মধ্যে scaffolding এল।"

কীভাবে ঠিক হলো: পুরো ছাদের টালি বদলানো হলো, ঘরের সিলিং নতুন হলো, আর আমাদের ৬৫০ পাউন্ড দেওয়া হলো। কী বদলেছে: এখন ছাদের কাজে scaffolding লাগলে [[ORGANISATION:Addiscombe Homes]] সেটা প্রথম ভিজিটেই বুক করে, পরিবারকে আবার অপেক্ষা করায় না। [[PERSON:ঋজু]] প্রজেক্টটা নিজের ব্লগেও দিয়েছে: [[OTHER_ID:rijuwrites.example.com]] (ওর টিচার বলেছেন খুব ভালো হয়েছে)।
"""),
    ),
    (
        "fv2ax-bn-05",
        "bn",
        _s("""
আমার ছোট বোন [[PERSON:সুমাইয়া]] সিলেটিতে ভয়েস মেসেজ পাঠিয়েছিল; আমি, ওর বড় বোন [[PERSON:নাজমা]], সেগুলো শুনে বাংলায় লিখলাম। [[PERSON:সুমাইয়ার]] কথা উদ্ধৃতিতে, আমার কথা বন্ধনীতে।

(ওর পুরো নাম [[PERSON:সুমাইয়া বেগম]], ইংরেজিতে [[PERSON:Sumaiya Begum]]। ও থাকে Luton-এ, [[ADDRESS:Sylhet Sweet Centre]]-এর ঠিক উপরের ফ্ল্যাটে: [[ADDRESS:ফ্ল্যাট ৮]], [[ADDRESS:Dunstable Lodge]], [[POSTCODE:LU4 8QH]]। স্বামী [[PERSON:রুবেল]] এখনো [[OTHER_SPECIAL:স্পাউস ভিসা]]-তে আছে, তাই ওরা ভয় পেত যে বেশি অভিযোগ করলে সমস্যা হবে। এটা ভুল ধারণা, পরে জেনেছি। বাড়িওয়ালা [[ORGANISATION:Lea Vale Housing]]।)

"আমার মেয়ে [[PERSON:জারা]], [[AGE:১৮ মাস]], জন্ম থেকেই দুর্বল। শোবার ঘরের জানালার চারপাশে কালো দাগ, দেয়াল দিয়ে পানি গড়ায়। [[ADDRESS:Hightown Family Practice]]-এর নার্স বললেন ঘরটা বাচ্চার জন্য ঠিক না।" ([[PERSON:জারার]] দুবার বুকে ইনফেকশন হয়েছিল।)

"আমি ফেসবুকে সব ছবি দিয়েছিলাম, [[OTHER_ID:facebook.com/sumaiya.begum.luton]]-এ। [[ORGANISATION:Lea Vale Housing]]-এর ইনস্টাগ্রাম [[OTHER_ID:@LeaValeHousing]]-কেও ট্যাগ করেছিলাম।" অভিযোগ নম্বর [[REFERENCE:LVH-DM-6620]]। (ওরা [[PERSON:সুমাইয়ার]] ফোনে, [[PHONE:০৭৭০০ ৯০০৯৫২]], কখনো ফোন করত না, শুধু ইংরেজিতে চিঠি পাঠাত। আমিই চিঠিগুলো পড়ে দিতাম।)

শেষে ড্যাম্প টিমের [[PERSON:মার্কাস]] ([[PERSON:Marcus Bell]]) এসে ছাদের পানির ট্যাঙ্কের লিক খুঁজে পেলেন। উনি [[PERSON:সুমাইয়াকে]] বললেন, ভিসার সাথে এই অভিযোগের কোনো সম্পর্ক নেই। "সেদিন প্রথম রাতে শান্তিতে ঘুমালাম।"

কীভাবে ঠিক হলো: লিক সারানো হলো, দেয়াল শুকিয়ে ছত্রাকরোধী রং করা হলো, জানালায় ট্রিকল ভেন্ট বসল, আর ৭০০ পাউন্ড ক্ষতিপূরণ। কী বদলেছে: [[ORGANISATION:Lea Vale Housing]] এখন প্রথম চিঠিতেই লিখে দেয় যে অভিযোগ করলে ভিসা বা ভাড়াটে হিসেবে কোনো ক্ষতি হবে না, আর বাংলায় অনুবাদও দেয়। [[PERSON:সুমাইয়ার]] ইমেইল: [[EMAIL:sumaiya.b@example.net]]।
"""),
    ),
    (
        "fv2ax-pa-01",
        "pa",
        _s("""
ਇਹ ਕਹਾਣੀ ਮੇਰੇ ਬੀਬੀ ਜੀ (ਦਾਦੀ) ਦੀ ਹੈ। ਉਨ੍ਹਾਂ ਨੇ ਪੰਜਾਬੀ ਵਿੱਚ ਬੋਲ ਕੇ ਦੱਸੀ ਅਤੇ ਮੈਂ, ਉਨ੍ਹਾਂ ਦੀ ਪੋਤੀ [[PERSON:ਸਿਮਰਨ]] ([[PERSON:Simran Dhillon]]), ਨੇ ਲਿਖੀ। ਥਾਵਾਂ ਦੇ ਨਾਂ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਹੀ ਰੱਖੇ ਹਨ। ਬਰੈਕਟਾਂ ਵਿੱਚ ਮੇਰੀਆਂ ਗੱਲਾਂ ਹਨ।

"ਮੇਰਾ ਨਾਮ [[PERSON:ਗੁਰਮੀਤ ਕੌਰ ਢਿੱਲੋਂ]] ([[PERSON:Gurmeet Kaur Dhillon]]) ਹੈ। ਮੇਰੀ ਜਨਮ ਤਾਰੀਖ਼ [[DATE_OF_BIRTH:੧੨ ਅਪ੍ਰੈਲ ੧੯੪੪]] ਹੈ। ਮੈਂ [[ADDRESS:18 Grove Lane]], Handsworth, [[POSTCODE:b21 9eq]] ਵਿੱਚ ਰਹਿੰਦੀ ਹਾਂ। ਘਰ [[ORGANISATION:Handsworth Park Homes]] ਦਾ ਹੈ।" (ਬੀਬੀ ਜੀ ਇਨ੍ਹਾਂ ਨੂੰ 'ਕਮੇਟੀ' ਕਹਿੰਦੇ ਹਨ, ਮਤਲਬ ਕੌਂਸਲ, ਪਰ ਅਸਲ ਵਿੱਚ ਇਹ ਹਾਊਸਿੰਗ ਐਸੋਸੀਏਸ਼ਨ ਹੈ।)

"ਪਿਛਲੇ ਸਾਲ ਰਸੋਈ ਦੀ ਛੱਤ ਰੋਣ ਲੱਗ ਪਈ।" (ਬੀਬੀ ਜੀ ਦਾ ਮਤਲਬ ਹੈ ਉੱਪਰੋਂ ਪਾਣੀ ਚੋਂਦਾ ਸੀ।) "ਮੈਂ ਹੇਠਾਂ ਭਾਂਡਾ ਰੱਖ ਦਿੰਦੀ ਸੀ। ਇੱਕ ਦਿਨ ਛੱਤ ਦਾ ਟੁਕੜਾ ਹੇਠਾਂ ਡਿੱਗ ਪਿਆ, ਮੈਂ ਦੋ ਕਦਮ ਦੂਰ ਖੜ੍ਹੀ ਸੀ। ਮੈਨੂੰ [[HEALTH:ਹਾਈ ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ]] ਹੈ, ਉਸ ਦਿਨ ਦਿਲ ਬਹੁਤ ਘਬਰਾਇਆ।

ਮੇਰੀ ਪੋਤੀ [[PERSON:ਸਿਮੀ]] ਨੇ ਫ਼ੋਨ ਕੀਤਾ, ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:HPH-41902]] ਮਿਲਿਆ। ਪਹਿਲਾ ਜਵਾਬ ਆਇਆ ਕਿ ਟੈਨੈਂਟ ਨੇ ਲੀਕ ਦੇਰ ਨਾਲ ਦੱਸੀ। ਇਹ ਝੂਠ ਸੀ, ਅਸੀਂ ਛੇ ਵਾਰ ਫ਼ੋਨ ਕੀਤੇ ਸਨ।" (ਮੈਂ ਸਾਰੀਆਂ ਕਾਲਾਂ ਦੀ ਲਿਸਟ ਬਣਾ ਕੇ ਆਪਣੀ ਈਮੇਲ [[EMAIL:simran.dhillon@example.co.uk]] ਤੋਂ ਭੇਜੀ।)

"ਫਿਰ ਮਿਸਿਜ਼ [[PERSON:ਕੈਰਨ]] ([[PERSON:Karen Whitlock]]) ਘਰ ਆਈ। ਉਸ ਨੇ ਛੱਤ ਵੇਖੀ ਅਤੇ ਕਿਹਾ, 'ਸੌਰੀ ਬੀਬੀ ਜੀ'। ਮੈਨੂੰ ਚੰਗਾ ਲੱਗਾ ਕਿ ਉਸ ਨੇ ਮੈਨੂੰ ਬੀਬੀ ਜੀ ਕਿਹਾ।"

ਕੀ ਠੀਕ ਕੀਤਾ ਗਿਆ: ਉੱਪਰਲੇ ਬਾਥਰੂਮ ਦੀ ਪਾਈਪ ਬਦਲੀ ਗਈ, ਰਸੋਈ ਦੀ ਨਵੀਂ ਛੱਤ ਪਈ, ਅਤੇ £550 ਮੁਆਵਜ਼ਾ ਮਿਲਿਆ। ਕੀ ਬਦਲਿਆ: ਹੁਣ [[ORGANISATION:Handsworth Park Homes]] ਦਾ ਨਿਯਮ ਹੈ ਕਿ ਜਿੱਥੇ ਛੱਤ ਡਿੱਗਣ ਦਾ ਖ਼ਤਰਾ ਹੋਵੇ, ਉੱਥੇ ਉਸੇ ਦਿਨ ਕੋਈ ਆਵੇ। ਜੇ ਕਿਸੇ ਨੂੰ ਮਦਦ ਚਾਹੀਦੀ ਹੈ ਤਾਂ ਮੈਨੂੰ [[PHONE:੦੭੭੦੦ ੯੦੦੬੨੧]] 'ਤੇ ਫ਼ੋਨ ਕਰੋ। ਬੀਬੀ ਜੀ ਐਤਵਾਰ ਨੂੰ [[ADDRESS:ਗੁਰਦੁਆਰਾ ਅਕਾਲ ਪ੍ਰਕਾਸ਼]] ਜਾਂਦੇ ਹਨ, ਉੱਥੇ ਵੀ ਮਿਲ ਸਕਦੇ ਹੋ।
"""),
    ),
    (
        "fv2ax-pa-02",
        "pa",
        _s("""
ਇਹ ਮੇਰੇ ਦੋਸਤ [[PERSON:ਮੁਹੰਮਦ ਅਸ਼ਰਫ਼]] ([[PERSON:محمد اشرف]]) ਦੀ ਕਹਾਣੀ ਹੈ। ਉਨ੍ਹਾਂ ਨੇ ਸ਼ਾਹਮੁਖੀ ਵਿੱਚ ਲਿਖੀ ਸੀ, ਮੈਂ, [[PERSON:ਬਲਜਿੰਦਰ ਸਿੰਘ]], ਨੇ ਗੁਰਮੁਖੀ ਵਿੱਚ ਕਰ ਦਿੱਤੀ ਤਾਂ ਜੋ ਸਾਡੇ ਗੁਰਦੁਆਰੇ ਦੇ ਬੰਦੇ ਵੀ ਪੜ੍ਹ ਸਕਣ। ਅਸੀਂ ਦੋਵੇਂ ਤੀਹ ਸਾਲ ਇਕੱਠੇ ਟੈਕਸੀ ਚਲਾਉਂਦੇ ਰਹੇ ਹਾਂ।

"ਮੈਂ [[OTHER_SPECIAL:ਪਾਕਿਸਤਾਨੀ]] [[OTHER_SPECIAL:ਮੁਸਲਮਾਨ]] ਹਾਂ, ਉਮਰ [[AGE:67 ਸਾਲ]]। ਮੈਂ [[ADDRESS:52 Elmhurst Street]], Manchester, [[POSTCODE:M8 0QB]] ਵਿੱਚ ਰਹਿੰਦਾ ਹਾਂ, [[ADDRESS:ਮਸਜਿਦ ਨੂਰ-ਏ-ਮਦੀਨਾ]] ਦੇ ਪਿੱਛੇ ਵਾਲੀ ਗਲੀ ਵਿੱਚ। ਮਕਾਨ [[ORGANISATION:Irk Valley Housing]] ਦਾ ਹੈ। ਮੇਰੀ ਪੋਤੀ [[PERSON:ਆਇਸ਼ਾ]] ਮੇਰੇ ਨਾਲ ਰਹਿੰਦੀ ਹੈ, ਉਸ ਨੂੰ [[HEALTH:ਡਾਊਨ ਸਿੰਡਰੋਮ]] ਹੈ।

ਪਿਛਲੇ ਸਿਆਲ ਛੱਤ ਵਿੱਚੋਂ ਪਾਣੀ ਬਿਜਲੀ ਦੇ ਬੋਰਡ ਵਿੱਚ ਜਾ ਪਿਆ। ਅੱਧੇ ਘਰ ਦੀ ਬਿਜਲੀ ਛੇ ਹਫ਼ਤੇ ਬੰਦ ਰਹੀ।" [[PERSON:ਅਸ਼ਰਫ਼]] ਭਾਈ ਲਿਖਦੇ ਹਨ: 'ਘਰ ਵਿੱਚ ਅੱਧਾ ਦਿਨ, ਅੱਧੀ ਰਾਤ' (ਮਤਲਬ ਅੱਧੇ ਕਮਰਿਆਂ ਵਿੱਚ ਹਨੇਰਾ)।

"ਮੈਂ ਰਾਤ ਨੂੰ ਟੈਕਸੀ ਚਲਾਉਂਦਾ ਹਾਂ ਅਤੇ ਦਿਨੇ ਸੌਂਦਾ ਹਾਂ; ਠੰਢੇ ਕਮਰੇ ਵਿੱਚ ਨੀਂਦ ਨਹੀਂ ਆਉਂਦੀ ਸੀ। ਰਿਪੇਅਰ ਨੰਬਰ [[REFERENCE:IVH/E/20577]] ਸੀ। [[ORGANISATION:Volt North Electrical]] ਵਾਲਾ [[PERSON:ਜੇਸਨ]] ਆਇਆ, ਬੋਰਡ ਦੇਖ ਕੇ ਕਹਿੰਦਾ ਪਹਿਲਾਂ ਛੱਤ ਠੀਕ ਕਰਾਓ। ਛੱਤ ਵਾਲੇ ਕਹਿੰਦੇ ਪਹਿਲਾਂ ਬਿਜਲੀ ਠੀਕ ਕਰਾਓ।

ਮੈਂ [[PHONE:0161 496 0558]] 'ਤੇ ਫ਼ੋਨ ਕਰ ਕਰ ਕੇ ਥੱਕ ਗਿਆ। ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਕੀਤੀ ([[REFERENCE:IVH-CMP-7741]]), ਜਵਾਬ ਨਾ ਆਇਆ, ਫਿਰ ਹਾਊਸਿੰਗ ਓਮਬਡਸਮੈਨ ਕੋਲ ਗਿਆ, ਕੇਸ ਨੰਬਰ [[REFERENCE:202500812]]। ਉਸ ਤੋਂ ਬਾਅਦ ਮਿਸਟਰ [[PERSON:ਐਂਡਰਿਊ]] ([[PERSON:Andrew Kaye]]) ਆਏ ਅਤੇ ਛੱਤ ਵਾਲੇ ਤੇ ਬਿਜਲੀ ਵਾਲੇ ਦੋਹਾਂ ਨੂੰ ਇੱਕੋ ਦਿਨ ਬੁਲਾਇਆ।"

ਕੀ ਠੀਕ ਹੋਇਆ: ਛੱਤ ਦੀ ਮੁਰੰਮਤ, ਨਵਾਂ ਬਿਜਲੀ ਬੋਰਡ, ਅਤੇ £800 ਮੁਆਵਜ਼ਾ, ਜਿਸ ਵਿੱਚ ਹੀਟਰਾਂ ਦੀ ਬਿਜਲੀ ਦਾ ਖ਼ਰਚਾ ਵੀ ਸੀ। ਕੀ ਬਦਲਿਆ: ਹੁਣ [[ORGANISATION:Irk Valley Housing]] ਇੱਕ ਤੋਂ ਵੱਧ ਠੇਕੇਦਾਰਾਂ ਵਾਲੇ ਕੰਮ ਲਈ ਇੱਕ ਅਫ਼ਸਰ ਲਾਉਂਦੀ ਹੈ ਜੋ ਸਭ ਨੂੰ ਇਕੱਠਾ ਬੁਲਾਵੇ। [[PERSON:ਅਸ਼ਰਫ਼]] ਭਾਈ ਦੀ ਟੈਕਸੀ ([[OTHER_ID:MA19 ZPT]]) ਫਿਰ ਤੋਂ ਰਾਤਾਂ ਨੂੰ ਚੱਲਦੀ ਹੈ ਅਤੇ ਉਹ ਦਿਨੇ ਨਿੱਘੇ ਕਮਰੇ ਵਿੱਚ ਸੌਂਦੇ ਹਨ।
"""),
    ),
    (
        "fv2ax-pa-03",
        "pa",
        _s("""
ਪਿਤਾ ਜੀ ਨੇ ਆਪਣੀ ਗੱਲ ਵਟਸਐਪ 'ਤੇ ਪੰਜਾਬੀ ਵੌਇਸ ਨੋਟਾਂ ਰਾਹੀਂ ਦੱਸੀ ਅਤੇ ਮੈਂ, ਉਨ੍ਹਾਂ ਦਾ ਪੁੱਤਰ [[PERSON:ਮਨਪ੍ਰੀਤ ਰੰਧਾਵਾ]] (ਘਰ ਵਿੱਚ [[PERSON:ਮਨੀ]]), ਨੇ ਇੱਥੇ ਲਿਖ ਦਿੱਤੀ। ਕਈ ਥਾਂ ਪਿਤਾ ਜੀ ਅੰਗਰੇਜ਼ੀ ਸ਼ਬਦ ਵਰਤਦੇ ਹਨ, ਉਹ ਮੈਂ ਉਸੇ ਤਰ੍ਹਾਂ ਰੱਖੇ ਹਨ।

"ਮੈਂ [[PERSON:ਅਵਤਾਰ ਸਿੰਘ ਰੰਧਾਵਾ]] ([[PERSON:Avtar Singh Randhawa]]) ਹਾਂ। [[ADDRESS:7 Roundhay View]], Leeds, [[POSTCODE:LS7 3PJ]] ਵਿੱਚ ਪੱਚੀ ਸਾਲ ਤੋਂ ਰਹਿੰਦਾ ਹਾਂ। ਮਕਾਨ [[ORGANISATION:Meanwood Valley Housing]] ਦਾ ਹੈ। ਮੈਨੂੰ [[HEALTH:ਡਾਇਬਟੀਜ਼]] ਹੈ ਅਤੇ ਰੋਟੀ ਟਾਈਮ ਸਿਰ ਖਾਣੀ ਪੈਂਦੀ ਹੈ।

ਪਿਛਲੇ ਮਾਰਚ ਉਨ੍ਹਾਂ ਨੇ ਨਵੀਂ ਰਸੋਈ ਲਾਉਣੀ ਸੀ। ਠੇਕੇਦਾਰ [[ORGANISATION:Kirkgate Build Ltd]] ਦੇ ਦੋ ਮੁੰਡੇ, [[PERSON:ਡੈਨੀ]] ਤੇ [[PERSON:ਟੋਨੀ]], ਪੁਰਾਣੀ ਰਸੋਈ ਪੁੱਟ ਕੇ ਚਲੇ ਗਏ ਅਤੇ ਚਾਰ ਮਹੀਨੇ ਨਹੀਂ ਮੁੜੇ। ਗੈਸ ਬੰਦ, ਸਿੰਕ ਨਹੀਂ। ਮੈਂ ਬਾਥਰੂਮ ਵਿੱਚ ਭਾਂਡੇ ਧੋਂਦਾ ਰਿਹਾ।" (ਪਿਤਾ ਜੀ ਕਹਿੰਦੇ ਹਨ: 'ਰਸੋਈ ਦਾ ਤਾਂ ਭੋਗ ਪੈ ਗਿਆ', ਮਤਲਬ ਰਸੋਈ ਖ਼ਤਮ ਹੋ ਗਈ।)

"ਰਿਪੇਅਰ ਨੰਬਰ [[REFERENCE:MVH-778412]] ਸੀ। ਮੈਂ [[PHONE:0113 496 0916]] 'ਤੇ ਫ਼ੋਨ ਕਰਦਾ ਤਾਂ ਕਹਿੰਦੇ ਕੰਟਰੈਕਟਰ ਨੂੰ ਪੁੱਛਾਂਗੇ। ਮੈਂ [[ADDRESS:ਗੁਰਦੁਆਰਾ ਦਸਮੇਸ਼ ਦਰਬਾਰ]] ਦੇ ਲੰਗਰ ਤੋਂ ਰੋਟੀ ਲਿਆ ਕੇ ਖਾਂਦਾ ਰਿਹਾ।"

ਫਿਰ ਮੈਂ, [[PERSON:ਮਨੀ]], ਨੇ ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਨੰਬਰ [[REFERENCE:ST2-0098]]। ਮੈਨੇਜਰ ਮਿਸ [[PERSON:ਲੂਸੀ]] ([[PERSON:Lucy Armitage]]) ਨੇ ਮੰਨਿਆ ਕਿ ਠੇਕੇਦਾਰ ਨੂੰ ਕਿਸੇ ਨੇ ਚੈੱਕ ਨਹੀਂ ਕੀਤਾ।

ਕੀ ਠੀਕ ਹੋਇਆ: ਦੋ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਨਵੀਂ ਰਸੋਈ ਲੱਗ ਗਈ (ਇਸ ਵਾਰ ਦੂਜੇ ਠੇਕੇਦਾਰ ਨੇ ਲਾਈ), ਅਤੇ ਖਾਣੇ ਦੇ ਖ਼ਰਚੇ ਸਮੇਤ £1,200 ਮਿਲੇ। ਪਹਿਲੀ ਵਾਰ ਪੈਸੇ ਗ਼ਲਤ ਖਾਤੇ ਵਿੱਚ ਚਲੇ ਗਏ, ਇਸ ਲਈ ਸਾਨੂੰ ਦੁਬਾਰਾ ਭੇਜਣਾ ਪਿਆ: ਸੌਰਟ ਕੋਡ [[OTHER_ID:30-94-57]], ਖਾਤਾ ਨੰਬਰ [[OTHER_ID:00715526]]। ਕੀ ਬਦਲਿਆ: ਹੁਣ ਜੇ ਕਿਸੇ ਦੀ ਰਸੋਈ ਜਾਂ ਬਾਥਰੂਮ ਪੁੱਟਿਆ ਜਾਵੇ ਤਾਂ [[ORGANISATION:Meanwood Valley Housing]] ਦਾ ਬੰਦਾ ਹਰ ਹਫ਼ਤੇ ਆ ਕੇ ਵੇਖਦਾ ਹੈ, ਅਤੇ ਬਜ਼ੁਰਗਾਂ ਨੂੰ ਆਰਜ਼ੀ ਰਸੋਈ ਦਿੱਤੀ ਜਾਂਦੀ ਹੈ।
"""),
    ),
    (
        "fv2ax-pa-04",
        "pa",
        _s("""
ਇਹ ਕਹਾਣੀ ਮੇਰੇ ਸਹੁਰਾ ਜੀ ਅਤੇ ਸੱਸ ਜੀ ਦੀ ਹੈ। ਮੈਂ ਇੰਗਲੈਂਡ ਵਿੱਚ ਜੰਮੀ ਹਾਂ, ਮੇਰੀ ਪੰਜਾਬੀ ਬਹੁਤ ਵਧੀਆ ਨਹੀਂ, ਇਸ ਲਈ ਕਈ ਸ਼ਬਦ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਹੀ ਹਨ। ਮੇਰਾ ਨਾਮ [[PERSON:ਰੁਪਿੰਦਰ]] ([[PERSON:Rupi]]) ਹੈ।

ਬਾਪੂ ਜੀ, [[PERSON:ਕਰਨੈਲ ਸਿੰਘ ਮਾਨ]] ([[PERSON:Karnail Singh Mann]]), [[AGE:84 ਸਾਲ]] ਦੇ ਹਨ। ਪਿਛਲੇ ਸਾਲ ਉਨ੍ਹਾਂ ਨੂੰ [[HEALTH:ਸਟ੍ਰੋਕ]] ਹੋਇਆ ਅਤੇ ਹੁਣ ਉਹ ਵ੍ਹੀਲਚੇਅਰ ਵਰਤਦੇ ਹਨ। ਬੀਜੀ, [[PERSON:ਜਸਵੰਤ ਕੌਰ]], ਉਨ੍ਹਾਂ ਦੀ ਦੇਖਭਾਲ ਕਰਦੇ ਹਨ। ਉਹ [[ADDRESS:Foleshill Heights]] ਦੇ [[ADDRESS:ਫਲੈਟ ਨੰਬਰ 31]] ਵਿੱਚ ਰਹਿੰਦੇ ਸਨ, ਤੀਜੀ ਮੰਜ਼ਿਲ 'ਤੇ, Coventry [[POSTCODE:cv6 5lg]]। ਮਕਾਨ-ਮਾਲਕ [[ORGANISATION:Sherbourne Valley Homes]] ਹੈ।

ਲਿਫਟ ਵਿੱਚ ਵ੍ਹੀਲਚੇਅਰ ਨਹੀਂ ਸਮਾਉਂਦੀ ਸੀ। ਬਾਪੂ ਜੀ ਪੰਜ ਮਹੀਨੇ ਘਰੋਂ ਬਾਹਰ ਨਹੀਂ ਨਿਕਲੇ, ਗੁਰਦੁਆਰੇ ਵੀ ਨਹੀਂ ਜਾ ਸਕੇ। ਬੀਜੀ ਕਹਿੰਦੇ: 'ਅਸੀਂ ਤਾਂ ਪਿੰਜਰੇ ਦੇ ਤੋਤੇ ਬਣ ਗਏ' (like parrots in a cage, ਮਤਲਬ ਕੈਦ ਹੋ ਗਏ)।

ਅਸੀਂ transfer ਲਈ apply ਕੀਤਾ, ਹਾਊਸਿੰਗ ਰਜਿਸਟਰ ਨੰਬਰ [[REFERENCE:SVH-TR-00561]]। ਉਨ੍ਹਾਂ ਨੇ ID ਮੰਗੀ ਤਾਂ ਅਸੀਂ ਬਾਪੂ ਜੀ ਦਾ ਪਾਸਪੋਰਟ ਨੰਬਰ [[OTHER_ID:559203417]] ਭੇਜਿਆ, ਫਿਰ ਵੀ ਫ਼ਾਈਲ ਤਿੰਨ ਮਹੀਨੇ 'pending' ਰਹੀ। ਮੈਂ [[PHONE:01632 960 443]] 'ਤੇ ਹਰ ਹਫ਼ਤੇ ਫ਼ੋਨ ਕੀਤਾ।

ਫਿਰ ਮੈਂ complaint ਕੀਤੀ ([[REFERENCE:SVH/CX/2087]])। ਅਫ਼ਸਰ [[PERSON:ਰਾਜ]] ([[PERSON:Raj Bhogal]]) ਨੇ ਪੰਜਾਬੀ ਵਿੱਚ ਬੀਜੀ ਨਾਲ ਗੱਲ ਕੀਤੀ। ਉਨ੍ਹਾਂ ਨੇ ਮੰਨਿਆ ਕਿ ਬਾਪੂ ਜੀ ਦਾ ਕੇਸ ਪਹਿਲਾਂ ਹੀ 'urgent medical' ਹੋਣਾ ਚਾਹੀਦਾ ਸੀ।

ਕੀ ਠੀਕ ਹੋਇਆ: ਛੇ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਉਨ੍ਹਾਂ ਨੂੰ ਜ਼ਮੀਨੀ ਮੰਜ਼ਿਲ ਦਾ ਬੰਗਲਾ ਮਿਲ ਗਿਆ, ਜਿਸ ਵਿੱਚ walk-in shower ਹੈ, ਅਤੇ ਸ਼ਿਫ਼ਟ ਕਰਨ ਦਾ ਖ਼ਰਚਾ ਅਤੇ £400 ਮਿਲੇ। ਕੀ ਬਦਲਿਆ: ਹੁਣ [[ORGANISATION:Sherbourne Valley Homes]] ਹਸਪਤਾਲ ਤੋਂ ਵ੍ਹੀਲਚੇਅਰ ਵਾਲੇ ਮਰੀਜ਼ ਦੀ ਛੁੱਟੀ ਤੋਂ ਪਹਿਲਾਂ ਹੀ ਘਰ ਚੈੱਕ ਕਰਦੀ ਹੈ। ਬਾਪੂ ਜੀ ਹੁਣ ਹਰ ਐਤਵਾਰ ਗੁਰਦੁਆਰੇ ਜਾਂਦੇ ਹਨ। ਮੇਰੀ ਈਮੇਲ: [[EMAIL:rupi.mann@example.com]]।
"""),
    ),
    (
        "fv2ax-pa-05",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਅਮਨਦੀਪ]] ([[PERSON:Aman]]) ਹਾਂ, [[AGE:19 ਸਾਲ]] ਦਾ। ਮੇਰੇ ਮੰਮੀ ਪੰਜਾਬੀ ਵਿੱਚ ਬੋਲਦੇ ਗਏ ਅਤੇ ਮੈਂ ਲਿਖਦਾ ਗਿਆ। ਮੰਮੀ ਜਿੱਥੇ 'ਕੌਂਸਲ' ਕਹਿੰਦੇ ਹਨ, ਉੱਥੇ ਉਨ੍ਹਾਂ ਦਾ ਮਤਲਬ [[ORGANISATION:Crane Valley Housing]] ਹੈ।

"ਮੇਰਾ ਨਾਮ [[PERSON:ਹਰਜੀਤ ਕੌਰ]] ਹੈ। ਮੈਂ ਆਪਣੇ ਦੋ ਬੱਚਿਆਂ ਨਾਲ [[ADDRESS:9c Kingfisher Parade]], Hounslow, [[POSTCODE:TW3 1XA]] ਵਿੱਚ ਰਹਿੰਦੀ ਹਾਂ। ਮੇਰਾ ਟੈਨੈਂਸੀ ਨੰਬਰ [[REFERENCE:CVH/T/118204]] ਹੈ। ਮੇਰੀ ਧੀ [[PERSON:ਨਵਨੀਤ]], ਜਿਸ ਨੂੰ ਅਸੀਂ [[PERSON:ਨਵੀ]] ਕਹਿੰਦੇ ਹਾਂ, [[AGE:ਸੱਤ ਸਾਲ]] ਦੀ ਹੈ ਅਤੇ [[ADDRESS:Havelock Fields Primary]] ਵਿੱਚ ਪੜ੍ਹਦੀ ਹੈ।

ਹੇਠਲੇ [[ADDRESS:ਫਲੈਟ 9a]] ਵਿੱਚ [[PERSON:ਡੈਰਨ]] ਨਾਂ ਦਾ ਬੰਦਾ ਰਹਿੰਦਾ ਸੀ। ਉਹ ਸਾਨੂੰ [[OTHER_SPECIAL:ਸਿੱਖ]] ਹੋਣ ਕਰਕੇ ਗਾਲ੍ਹਾਂ ਕੱਢਦਾ ਸੀ, ਮੇਰੇ ਪੁੱਤ ਦੀ ਪੱਗ ਬਾਰੇ ਬੋਲਦਾ ਸੀ, ਅਤੇ ਸਾਡੇ ਦਰਵਾਜ਼ੇ ਦੀਆਂ ਵੀਡੀਓ ਬਣਾ ਕੇ ਆਪਣੇ ਅਕਾਊਂਟ [[OTHER_ID:@dazza_tw3]] ਤੋਂ ਟਿਕ-ਟਿਕ 'ਤੇ ਪਾਉਂਦਾ ਸੀ।" (ਮੰਮੀ TikTok ਨੂੰ 'ਟਿਕ-ਟਿਕ' ਕਹਿੰਦੇ ਹਨ।)

"ਅਸੀਂ [[PHONE:020-7946-0368]] 'ਤੇ ASB ਟੀਮ ਨੂੰ ਦੱਸਿਆ, ਕੇਸ ਨੰਬਰ [[REFERENCE:ASB/24/3317]]। ਛੇ ਮਹੀਨੇ ਸਿਰਫ਼ ਇਹੀ ਕਿਹਾ ਗਿਆ: ਡਾਇਰੀ ਰੱਖੋ। ਮੈਂ ਡਾਇਰੀ ਨਹੀਂ, ਪੂਰੀ ਕਿਤਾਬ ਲਿਖ ਦਿੱਤੀ।"

ਫਿਰ ਮੈਂ ਮੰਮੀ ਦੀ ਈਮੇਲ ਤੋਂ ਸ਼ਿਕਾਇਤ ਭੇਜੀ: [[EMAIL:harjit ਡੌਟ kaur ਐਟ example ਡੌਟ org]] (ਇੱਥੇ ਜਾਣ-ਬੁੱਝ ਕੇ ਇਸ ਤਰ੍ਹਾਂ ਲਿਖ ਰਿਹਾ ਹਾਂ)। ਨਵੀਂ ਅਫ਼ਸਰ ਮਿਸ [[PERSON:ਏਮਾ]] ([[PERSON:Emma Castillo]]) ਨੇ ਉਸੇ ਹਫ਼ਤੇ ਪੁਲਿਸ ਨਾਲ ਮੀਟਿੰਗ ਕੀਤੀ ਅਤੇ ਇਸ ਨੂੰ ਨਫ਼ਰਤੀ ਘਟਨਾ (hate incident) ਮੰਨਿਆ।

ਕੀ ਠੀਕ ਹੋਇਆ: [[PERSON:ਡੈਰਨ]] ਨੂੰ ਅਦਾਲਤ ਵੱਲੋਂ ਰੋਕ ਦਾ ਹੁਕਮ ਮਿਲਿਆ, ਵੀਡੀਓ ਹਟਾਏ ਗਏ, ਸਾਡੇ ਦਰਵਾਜ਼ੇ 'ਤੇ ਕੈਮਰਾ ਲੱਗਿਆ ਅਤੇ £500 ਮਿਲੇ। ਬਾਅਦ ਵਿੱਚ ਉਹ ਫਲੈਟ ਛੱਡ ਗਿਆ। ਕੀ ਬਦਲਿਆ: ਹੁਣ [[ORGANISATION:Crane Valley Housing]] ਧਰਮ ਜਾਂ ਨਸਲ ਬਾਰੇ ਗਾਲ੍ਹਾਂ ਵਾਲੇ ਕੇਸ ਪਹਿਲੇ ਦਿਨ ਤੋਂ ਹੀ ਪਹਿਲ ਦੇ ਕੇ ਦੇਖਦੀ ਹੈ। [[PERSON:ਨਵੀ]] ਹੁਣ ਫਿਰ ਤੋਂ ਬਾਹਰ ਖੇਡਦੀ ਹੈ।
"""),
    ),
    (
        "fv2ax-pl-01",
        "pl",
        _s("""
[Przetłumaczyła z ukraińskiego [[PERSON:Bożena Kaczmarek]], sąsiadka spod [[ADDRESS:numeru 12]]. Imiona zostawiam tak, jak pisze je [[PERSON:Oksana]]: cyrylicą i po angielsku. W nawiasach moje uwagi.]

Nazywam się [[PERSON:Оксана Мельник]] ([[PERSON:Oksana Melnyk]]). Do Anglii przyjechałam w 2022 roku z córką [[PERSON:Соломія]] ([[PERSON:Solomiia]]), w domu mówimy na nią [[PERSON:Соля]]. Ma [[AGE:9 lat]] i [[HEALTH:cukrzycę typu 1]]. Jesteśmy [[OTHER_SPECIAL:Ukrainkami]], mieszkamy tu na [[OTHER_SPECIAL:wizie Homes for Ukraine]], a od 2023 roku w domu należącym do [[ORGANISATION:Sherwood Lea Housing]]: [[ADDRESS:14 Beech Walk]], Nottingham, [[POSTCODE:NG5 9DF]].

W listopadzie zepsuło się ogrzewanie. Przez dziewięć tygodni grzałyśmy się dwoma elektrycznymi grzejnikami, a rachunek za prąd „zjadł nam pół pensji” ([[PERSON:Oksana]] pisze dosłownie: «з'їв пів зарплати»). [[PERSON:Solia]] chodziła do [[ADDRESS:Bestwood Park Primary]] w dwóch swetrach.

Zgłoszenie naprawy miało numer [[REFERENCE:SLH-R-88213]]. Firma [[ORGANISATION:Midshire Heating Ltd]] przychodziła trzy razy i za każdym razem mówiła, że „część jest w drodze”. Dzwoniłam na [[PHONE:0115 496 0247]], ale mój angielski był wtedy słaby i rozmowy kończyły się na „sorry, can you repeat”.

Wtedy poprosiłam o pomoc [[PERSON:Bożenę]]. Napisałyśmy formalną skargę, numer [[REFERENCE:SLH-2024-07715]]. Przy weryfikacji chcieli dokument, więc podałam numer mojego ukraińskiego paszportu, [[OTHER_ID:FX612048]]. ([[PERSON:Oksana]] mówi „rada”, ale chodzi jej o housing association, nie o council.)

Odpowiedziała pani [[PERSON:Sandra]] ([[PERSON:Sandra Pickering]]), kierowniczka zespołu. Przyjechała z tłumaczką i powiedziała, że gdy w domu jest dziecko z [[HEALTH:cukrzycą]], brak ogrzewania trzeba naprawić w 24 godziny.

Jak to naprawiono: w ciągu trzech dni założyli nowy piec, oddali pieniądze za prąd i dali 400 funtów odszkodowania. Co się zmieniło: [[ORGANISATION:Sherwood Lea Housing]] zapisuje teraz w kartotece lokatora chorobę dziecka i potrzebę tłumacza, żeby każdy pracownik to widział. Mój numer, gdyby ktoś z naszej społeczności potrzebował rady: [[PHONE:+44 7700 900 583]].
"""),
    ),
    (
        "fv2ax-pl-02",
        "pl",
        _s("""
Piszę w imieniu dziadka, bo on sam pisze już tylko kartki na święta. Jestem jego wnuczką, [[PERSON:Natalia Nowicka]] (dziadek mówi na mnie [[PERSON:Natka]]). Urodziłam się w Londynie i mój polski jest „angielski”, więc przepraszam za błędy; dziadek opowiadał, a ja tłumaczyłam jego gawędę na normalne zdania.

Dziadek to pan [[PERSON:Zdzisław Nowicki]], dla sąsiadów pan [[PERSON:Zdzisiek]], urodzony [[DATE_OF_BIRTH:7 listopada 1939]], czyli ma [[AGE:85 lat]]. Mieszka w [[ADDRESS:mieszkaniu 4]] w [[ADDRESS:Sikorski House]], Ealing, [[POSTCODE:w5 3ty]]. Właścicielem jest [[ORGANISATION:Brentmere Housing Trust]]. Dziadek ma [[HEALTH:jaskrę]] i prawie nie widzi.

W zeszłym roku wymienili drzwi do bloku na nowe, na breloczek (fob), z domofonem z malutkim ekranem. Dziadek nie widział przycisków. Dwa razy stał w deszczu pod drzwiami przez godzinę, aż ktoś wyszedł. Raz wracał z mszy w [[ADDRESS:kościele św. Wojciecha]] i przemókł do suchej nitki („do suchej nitki” to jego słowa, ja bym powiedziała soaked).

Złożyłam komplejnt (skargę, wiem, wiem) mailem z [[EMAIL:natalia.nowicka@example.co.uk]], numer [[REFERENCE:BHT/CMP/3390]]. Pierwsza odpowiedź: „wszyscy lokatorzy dostali instrukcję”. Instrukcję drobnym drukiem, dla człowieka z [[HEALTH:jaskrą]]!

Potem zadzwoniła pani [[PERSON:Agnieszka]] z biura (podpisuje się [[PERSON:Aggie Turner]], wyszła za Anglika). Przyszła osobiście, zobaczyła, jak dziadek szuka przycisku, i powiedziała: „This is on us”. Dziadek do dziś powtarza „dis is on as” i się śmieje.

Jak to naprawiono: dziadek dostał duży pilot z jednym przyciskiem, który otwiera drzwi, a przy wejściu zamontowano głośnik, który mówi, co się dzieje. Dostał też 250 funtów i list z przeprosinami dużą czcionką. Co się zmieniło: [[ORGANISATION:Brentmere Housing Trust]] przed każdą zmianą drzwi czy domofonu sprawdza teraz listę lokatorów z problemami ze wzrokiem albo słuchem. Gdyby ktoś chciał porozmawiać z dziadkiem, proszę dzwonić na [[PHONE:020 7946 0155]], tylko głośno.
"""),
    ),
    (
        "fv2ax-pl-03",
        "pl",
        _s("""
Tłumaczenie: [[PERSON:Marek Wiśniewski]], sąsiad z klatki obok. [[PERSON:Ionela]] opowiadała mi po rumuńsku i trochę po angielsku, a ja znam rumuński od żony, więc przełożyłem na polski dla naszej grupy na Facebooku. Rumuńskie słówka zostawiłem w nawiasach.

Nazywam się [[PERSON:Ionela Dumitrescu]], jestem [[OTHER_SPECIAL:Rumunką]] i mam [[OTHER_SPECIAL:pre-settled status]]. Mieszkam z mężem [[PERSON:Constantinem]] (wszyscy mówią na niego [[PERSON:Costel]]) i synkiem [[PERSON:Ștefanem]], który ma [[AGE:półtora roku]], w [[ADDRESS:mieszkaniu nr 7]] w bloku [[ADDRESS:Orton Court]], Peterborough, [[POSTCODE:PE2 6QL]]. Właściciel to [[ORGANISATION:Orton Vale Homes]].

Wiosną z odpływu w łazience zaczęły wychodzić ścieki. „Mizerie”, mówi [[PERSON:Ionela]] (po rumuńsku to znaczy bieda, ale ona ma na myśli brud i smród). Wanna była pełna tego, co spływało z pięter wyżej. Zgłoszenie [[REFERENCE:OVH-55102]]. Firma [[ORGANISATION:DrainRight Services]] przysłała pana [[PERSON:Lee]], który przepchał rurę i powiedział, że „to wróci”. Wróciło, jeszcze cztery razy.

[[PERSON:Ionela]] dzwoniła na [[PHONE:01632 960 118]] i pisała maile, a adres podawała tak: [[EMAIL:ionela punkt dumitrescu małpa example kropka com]] (przepisuję dokładnie, jak mi podyktowała). Formalna skarga dostała numer [[REFERENCE:OVH/CX/4409]].

Po skardze przyszła kierowniczka, pani [[PERSON:Hannah]] ([[PERSON:Hannah Olawale]]), i zamówiła kamerę do rur. Okazało się, że pion kanalizacyjny jest pęknięty i częściowo zapadnięty pod blokiem.

Jak to naprawiono: wymienili cały pion, przez dwa tygodnie mieszkaliśmy w hotelu na ich koszt, łazienka jest nowa i dostaliśmy 850 funtów, także za zniszczone ubranka [[PERSON:Ștefana]]. Co się zmieniło: jeśli w tym samym mieszkaniu kanalizacja cofnie się drugi raz, [[ORGANISATION:Orton Vale Homes]] od razu wysyła kamerę, a nie kolejnego hydraulika z przepychaczką. [[PERSON:Costel]] mówi, że teraz „mulțumim” i „dziękujemy” to jego dwa ulubione słowa.
"""),
    ),
    (
        "fv2ax-pl-04",
        "pl",
        _s("""
Mama jest [[HEALTH:głucha]] od urodzenia i jej pierwszy język to polski język migowy (PJM). Opowiedziała mi wszystko w PJM, a ja, jej córka [[PERSON:Aleksandra]] ([[PERSON:Ola]]), spisałam to po polsku. Migowy ma inny szyk zdań, więc niektóre zdania zostawiłam „po maminemu”.

Moja mama to [[PERSON:Grażyna Lis]], data urodzenia [[DATE_OF_BIRTH:03.03.1962]]. Mieszka sama w [[ADDRESS:23 Maple Close]], Sheffield, [[POSTCODE:S6 2WN]], w domu od [[ORGANISATION:Loxley Homes]].

„Alarm dym piszczy. Ja nie słyszę. Sąsiad puka okno. Kuchnia dym.” (Mama w zeszłym roku zostawiła garnek na gazie. Czujnik dymu działał, ale mama go nie słyszy. Uratował ją sąsiad, pan [[PERSON:Trevor]] spod [[ADDRESS:numeru 21]].)

Mama od 2019 roku prosiła o alarm z migającym światłem i wibracją pod poduszką. Zgłoszenie [[REFERENCE:LH-ASR-0981]] było „zamknięte”, bo nikt nie zastał mamy w domu. Oczywiście, że była w domu: pukali do drzwi, a ona nie słyszy pukania! Dzwonili na jej komórkę [[PHONE:07700 900 264]], choć w kartotece jest napisane: tylko SMS.

Złożyłam skargę, a potem sprawę do Housing Ombudsmana, numer [[REFERENCE:202406215]]. Wtedy odezwał się pan [[PERSON:Phil]] ([[PERSON:Philip Adeyemi]]), kierownik ds. dostępności. Umówił wizytę przez SMS i przyszedł z tłumaczem BSL. (Mama zna też BSL, mieszka tu od trzydziestu lat.)

Jak to naprawiono: w tydzień [[ORGANISATION:Sentinel Fire & Safety]] zamontowała migające czujniki dymu i czadu, poduszkę wibracyjną i dzwonek z lampą. Mama dostała 600 funtów i przeprosiny, po angielsku i w BSL na wideo. Co się zmieniło: [[ORGANISATION:Loxley Homes]] ma teraz w systemie znacznik „kontakt tylko SMS/e-mail” i nikt nie może zamknąć zgłoszenia tylko dlatego, że lokator „nie otworzył”. „Teraz ja śpię spokój”, miga mama. Jej obrazy można zobaczyć na Instagramie: [[OTHER_ID:@grazyna.lis.art]].
"""),
    ),
    (
        "fv2ax-pl-05",
        "pl",
        _s("""
Tę historię mąż opowiadał mi na zmianę po litewsku i po rosyjsku, a ja, [[PERSON:Beata Jankauskienė]] (z domu [[PERSON:Kowalczyk]]), przetłumaczyłam ją na polski. Mąż to [[PERSON:Vytautas Jankauskas]], po polsku byłby [[PERSON:Witold]]; koledzy w pracy mówią na niego [[PERSON:Vytas]]. Jest [[OTHER_SPECIAL:Litwinem]], urodzonym [[DATE_OF_BIRTH:17 sierpnia 1971]].

Mieszkamy pod [[ADDRESS:numerem 31]] na osiedlu [[ADDRESS:Willow Park]] w Boston, [[POSTCODE:pe21 8rn]]. Dom należy do [[ORGANISATION:Fenland Coast Homes]]. Mamy synka [[PERSON:Jonasa]] ([[PERSON:Jonaszek]], [[AGE:4 lata]]).

[[PERSON:Vytautas]] ma [[HEALTH:POChP]] po latach pracy w pakowni. Przez dwie zimy w sypialni rosła czarna pleśń, „jak futro” (tak mówi po litewsku: kaip kailis). W kuchni i łazience nie było działających wentylatorów. Dzwoniliśmy na [[PHONE:01632 960 871]]; zgłoszenie miało numer [[REFERENCE:FCH-DM-7120]]. Przyjechał malarz, zamalował pleśń farbą i po miesiącu wszystko wróciło.

W styczniu [[PERSON:Vytas]] trafił do szpitala z zaostrzeniem. Lekarz rodzinny z [[ADDRESS:Wyberton Medical Practice]] napisał list, w którym był też jego numer NHS, [[OTHER_ID:401 223 7785]]; dołączyłam go do skargi (numer [[REFERENCE:FCH/CX/1518]]).

Po skardze przyjechała pani [[PERSON:Kirsty]] z działu wilgoci i pleśni, tym razem z rzeczoznawcą (surveyor). Znaleźli przeciekającą rynnę i źle położoną izolację na strychu.

Jak to naprawiono: wymieniono rynny i izolację, założono nowe wentylatory z czujnikiem wilgoci, a pleśń usunięto specjalnym środkiem, nie farbą. Dostaliśmy 1000 funtów na konto kończące się na [[OTHER_ID:2290]] i przeprosiny. Co się zmieniło: [[ORGANISATION:Fenland Coast Homes]] nie pozwala już zamalowywać pleśni bez znalezienia przyczyny, a lokatorom z chorobami płuc robi kontrolę co pół roku. [[PERSON:Jonaszek]] śpi teraz w pokoju, który pachnie, jak mówi, „nowym domem”.
"""),
    ),
    (
        "fv2ax-ro-01",
        "ro",
        _s("""
[Traducere din poloneză: [[PERSON:Mihaela Stan]], vecina de la [[ADDRESS:apartamentul 8]]. Am lăsat numele așa cum le scrie ea, cu literele poloneze. Ce e între paranteze e de la mine.]

Mă numesc [[PERSON:Krystyna Zając]], dar toată lumea din bloc îmi spune pani [[PERSON:Krysia]] (pani înseamnă „doamna”; așa îi spunem și noi acum). Locuiesc cu soțul meu, [[PERSON:Władysław]] ([[PERSON:Władek]]), în [[ADDRESS:apartamentul 6]] din [[ADDRESS:Heron Point]], Reading, [[POSTCODE:RG1 7XY]]. Proprietarul este [[ORGANISATION:Kennet Bridge Housing]] (ea scrie „administracja”, adică asociația de locuințe). [[PERSON:Władek]] are [[HEALTH:scleroză multiplă]] și merge cu cadrul.

Anul trecut a început să curgă apă din tavanul băii, de la [[ADDRESS:apartamentul 10]], de deasupra. Am sunat la [[PHONE:0118 496 0620]] de unsprezece ori. Numărul reparației: [[REFERENCE:KBH-R-30662]]. Au venit de trei ori, au bătut la ușa vecinului de sus, nu a răspuns nimeni și au plecat. Tavanul s-a umflat ca o pâine (în poloneză: „jak bochenek”).

(Aici [[PERSON:Krystyna]] a zis „mam tego po dziurki w nosie”, literal „am până la găurile din nas”, adică se săturase de tot.)

Am făcut plângere scrisă, numărul [[REFERENCE:KBH-C-70431]], de pe adresa mea [[EMAIL:k.zajac@poczta.example.net]]. A răspuns domnul [[PERSON:Tariq]] ([[PERSON:Tariq Hussain]]), managerul de zonă, care a cerut cheia de rezervă a apartamentului de sus și a intrat cu un instalator. Țeava de sub cadă era spartă de luni de zile.

Cum s-a rezolvat: țeava a fost schimbată în aceeași zi, tavanul băii refăcut, iar pentru că [[PERSON:Władek]] nu putea folosi baia, ne-au pus temporar un scaun de duș în bucătărie (nu râdeți, a mers). Am primit 600 de lire. Ce s-a schimbat: acum, dacă o scurgere vine din alt apartament și nu răspunde nimeni, [[ORGANISATION:Kennet Bridge Housing]] intră în 48 de ore cu cheia lor. [[PERSON:Krysia]] spune că, fiind [[OTHER_SPECIAL:poloneză]], credea că nu are voie să se plângă. Acum știe că are.
"""),
    ),
    (
        "fv2ax-ro-02",
        "ro",
        _s("""
Scriu eu, [[PERSON:Vlad Rusu]], nepotul ei. Bunica vorbește o română „de acasă”, cu multe cuvinte rusești, așa că am tradus-o într-o română mai curată și am pus explicații în paranteze. Numele ei pe actele vechi e scris cu chirilice, [[PERSON:Евдокия Русу]]; în pașaport e [[PERSON:Eudochia Rusu]]. Eu îi spun buni, iar vecinele îi spun tanti [[PERSON:Dochița]].

Bunica s-a născut pe [[DATE_OF_BIRTH:2 februarie 1949]] și locuiește în [[ADDRESS:Flat 3]], [[ADDRESS:112 Heigham Crescent]], East Ham, [[POSTCODE:e6 2pl]]. Proprietarul e [[ORGANISATION:Roding Homes]] (ea zice „primăria”, se gândește la council, deși de fapt e o asociație). Are [[HEALTH:diabet]] și [[HEALTH:hipertensiune]].

„În bucătărie au apărut șoareci, mulți, ca la țară în hambar. Am cerut remont (adică reparație), mi-au dat număr, [[REFERENCE:RH/REP/44817]], și mi-au zis să aștept.” Firma [[ORGANISATION:Urban Pest Solutions]] a pus otravă de două ori, dar găurile de pe lângă țevi au rămas. Bunica nu mai dormea: „stăteam noaptea cu mătura lângă pat”.

Am sunat eu de pe numărul meu, [[PHONE:07700 900 739]], apoi am depus plângere, [[REFERENCE:RH-CX-1160]]. Doctorița ei de la [[ADDRESS:Heigham Medical Practice]] a scris că stresul îi urcă tensiunea.

La etapa a doua a venit doamna [[PERSON:Precious]] ([[PERSON:Precious Mensah]]), ofițer de locuințe. Bunica a zis că numele ei „e ca o rugăciune” și i-a dat plăcinte cu brânză. Doamna [[PERSON:Mensah]] a trimis un tâmplar care a astupat toate găurile și a schimbat plinta din bucătărie.

Cum s-a rezolvat: șoarecii au dispărut în trei săptămâni, bunica a primit 350 de lire și o scrisoare de scuze. Ce s-a schimbat: [[ORGANISATION:Roding Homes]] nu mai trimite doar firma de deratizare, ci verifică și pe unde intră animalele. Duminica bunica merge iar liniștită la [[ADDRESS:biserica Sfântul Nicolae]], care e la două străzi de casă.
"""),
    ),
    (
        "fv2ax-ro-03",
        "ro",
        _s("""
Povestea familiei [[PERSON:Căldăraru]] am scris-o eu, [[PERSON:Ana-Maria Gheorghe]], lucrătoare comunitară. [[PERSON:Florin]] și [[PERSON:Lăcrămioara]] mi-au povestit-o în romani, iar eu am tradus-o în română; familia vrea să fie publicată. Unde ei folosesc cuvinte englezești, le-am lăsat așa.

Suntem [[PERSON:Florin Căldăraru]] și soția mea, [[PERSON:Lăcrămioara]] (îi zicem [[PERSON:Lăcri]]), [[OTHER_SPECIAL:romi]] din Craiova. Locuim cu cinci copii în [[ADDRESS:58 Owler Mount]], Sheffield, [[POSTCODE:S4 8JR]], o casă de la [[ORGANISATION:Hallamshire Homes]]. Cea mare, [[PERSON:Denisa]], are [[AGE:13 ani]], iar cel mic, [[PERSON:Mario]], are [[AGE:5 ani]] și merge la [[ADDRESS:Pitsmoor Hill Primary]].

„Toaleta s-a stricat și trei săptămâni am mers la toaleta de la benzinărie, cu copiii, noaptea.” Numărul reparației a fost [[REFERENCE:HH-R-91724]]. Când [[PERSON:Florin]] a sunat la [[PHONE:0114 496 0663]], un ofițer, domnul [[PERSON:Craig]], i-a spus „you people”. ([[PERSON:Florin]] zice că a simțit vorba asta „ca o palmă peste față”.)

Am făcut împreună o plângere scrisă, cu numărul [[REFERENCE:HH/COMP/51290]], și am spus clar că e vorba de discriminare. [[PERSON:Lăcri]] a adăugat: „Noi plătim chiria în fiecare lună. Nu cerem pomană.” Vecinii fotografiaseră și mașina lui [[PERSON:Florin]], [[OTHER_ID:YD14 HNF]], și o trimiseseră la asociație, spunând că e parcată ilegal, deși stătea în fața casei.

Răspunsul la etapa a doua l-a dat doamna [[PERSON:Sunita Rao]], șefa serviciului pentru clienți. A venit acasă cu mine, s-a uitat la baie și și-a cerut scuze pentru vorbele lui [[PERSON:Craig]].

Cum s-a rezolvat: toaleta și țevile au fost schimbate a doua zi, familia a primit 500 de lire, iar [[PERSON:Craig]] a fost mutat din zonă și a făcut un curs despre egalitate. Ce s-a schimbat: [[ORGANISATION:Hallamshire Homes]] înregistrează acum orice plângere despre vorbe rasiste ca incident separat, cu răspuns în cinci zile, și a angajat un lucrător care vorbește romani și slovacă. [[PERSON:Denisa]] zice că acum nu-i mai e rușine să aducă prietene acasă.
"""),
    ),
    (
        "fv2ax-ro-04",
        "ro",
        _s("""
Tata nu scrie bine nici în română, nici în engleză, așa că eu, fiica lui, [[PERSON:Andreea Popa]], am pus în cuvinte ce mi-a povestit la telefon. Am păstrat expresiile lui. Unde zice „primăria” sau „ei”, se referă la [[ORGANISATION:Severnside District Council]] (adică consiliul).

„Mă numesc [[PERSON:Gheorghe Popa]], am [[AGE:62 de ani]] și locuiesc în [[ADDRESS:apartamentul 9C]] din [[ADDRESS:Avonmouth Heights]], Bristol, [[POSTCODE:BS11 0QD]]. Lucrez în tura de noapte la un depozit și am [[HEALTH:hernie de disc]], așa că oricum dorm greu.

Caloriferele electrice (storage heaters) erau moarte de doi ani. Iarna dormeam ziua îmbrăcat cu geaca. Am cerut de zeci de ori, dar mereu «mâine-poimâine».” (Adică niciodată.)

Am depus plângere ([[REFERENCE:SDC/HSG/00912]]), iar când n-a răspuns nimeni opt săptămâni, am dus cazul la Housing Ombudsman: [[REFERENCE:202509944]]. E-mailul lui tata e [[EMAIL:gheorghe punct popa62 la example punct com]] (l-a dictat așa și așa îl las). Au cerut și act de identitate, așa că am trimis buletinul lui românesc, seria și numărul [[OTHER_ID:RX 482913]].

A venit doamna [[PERSON:Julie]] ([[PERSON:Julie Nakamura]]) de la echipa de reparații. S-a uitat la calorifere și a zis un cuvânt pe care nu-l scriu aici. [[ORGANISATION:Westbury Electrical Contractors]] a schimbat toate caloriferele și tabloul electric în zece zile.

Cum s-a rezolvat: despăgubire de 1.100 de lire. Prima plată a ajuns într-un cont greșit, așa că am trimis din nou datele: sort code [[OTHER_ID:20-32-06]], cont [[OTHER_ID:63019428]]. A doua oară a ajuns. Ce s-a schimbat: consiliul verifică acum încălzirea în toate apartamentele din bloc în fiecare toamnă, nu doar când sună cineva. Tata zice: „Acum dorm ca un om, nu ca un urs în bârlog.” Telefonul meu, dacă vreți să vorbiți cu el: [[PHONE:0117 496 0285]].
"""),
    ),
    (
        "fv2ax-ro-05",
        "ro",
        _s("""
Prietena mea [[PERSON:Kovács Erzsébet]] (în actele românești [[PERSON:Elisabeta Kovacs]], noi îi zicem [[PERSON:Erzsi]]) e [[OTHER_SPECIAL:maghiară]] din Ardeal și vorbește mai bine ungurește decât românește. Mi-a povestit în maghiară și română amestecat, iar eu, [[PERSON:Ramona Lungu]], am scris-o în română. Unele vorbe ungurești le-am lăsat.

[[PERSON:Erzsi]] are [[AGE:71 de ani]] și locuiește singură în [[ADDRESS:17 Abington Rise]], Northampton, [[POSTCODE:nn32lt]], casă de la [[ORGANISATION:Nene Meadows Housing]]. Nepoțelul ei, [[PERSON:Bence]], de [[AGE:8 ani]], stă la ea în fiecare vacanță.

„Peretele s-a crăpat ca o coajă de ou, de jos până la fereastră. Prin crăpătură vedeam lumina din grădină.” [[PERSON:Erzsi]] a sunat la [[PHONE:01632 960 507]] și i s-a dat numărul de reparație [[REFERENCE:NMH-SB-2209]]. Au venit, au pus chit în crăpătură și au plecat. După trei luni crăpătura era la loc, mai mare. (Ea zice „Istenem”, adică „Doamne”.) De când a murit soțul ei, [[PERSON:László]], are [[HEALTH:depresie]], iar peretele crăpat o făcea să nu mai doarmă.

Am scris plângerea de pe adresa mea, [[EMAIL:ramona.lungu@example.org]], numărul [[REFERENCE:NMH-CX-0317]]. Am pus poze și pe blogul ei de grădinărit, [[OTHER_ID:erzsi-kertje.example.org]], unde are mulți cititori.

A răspuns domnul [[PERSON:Gareth]] ([[PERSON:Gareth Pryce]]), inginer structural la asociație. A venit cu aparate și a pus senzori pe perete. După două luni a zis: subsidență, rădăcinile unui copac din spate trag apa de sub fundație.

Cum s-a rezolvat: copacul a fost tăiat, fundația consolidată de [[ORGANISATION:Midland Underpinning Ltd]], peretele refăcut. [[PERSON:Erzsi]] a stat cinci săptămâni la [[ADDRESS:numărul 19]], o casă goală a asociației de pe aceeași stradă, și a primit 700 de lire. Ce s-a schimbat: [[ORGANISATION:Nene Meadows Housing]] nu mai acoperă crăpăturile cu chit fără ca un inginer să le vadă. [[PERSON:Erzsi]] zice: „Most nyugodtan alszom”, adică acum dorm liniștită.
"""),
    ),
    (
        "fv2ax-ur-01",
        "ur",
        _s("""
مترجم کی طرف سے: یہ میری دادی اماں کی کہانی ہے۔ دادی پنجابی بولتی ہیں، میں، ان کا پوتا [[PERSON:عمران رفیق]] ([[PERSON:Imran Rafiq]])، نے اسے اردو میں لکھا ہے۔ جگہوں کے نام انگریزی میں ہی رہنے دیے ہیں۔ قوسین میں میری باتیں ہیں۔

"میرا نام [[PERSON:زبیدہ بیگم]] ([[PERSON:Zubaida Begum]]) ہے، عمر [[AGE:76 سال]]۔ میں [[ADDRESS:88 Walford Grove]], Birmingham [[POSTCODE:B12 8SX]] میں رہتی ہوں، [[ADDRESS:Madina Stores]] کے بالکل سامنے۔ گھر [[ORGANISATION:Moseley Gate Housing]] کا ہے۔" (دادی انہیں 'کمیٹی' کہتی ہیں، ان کا مطلب کونسل ہے، حالانکہ یہ ہاؤسنگ ایسوسی ایشن ہے۔)

"پچھلی سردیوں میں پچھلے کمرے کی چھت سے پانی ٹپکنے لگا اور دیواروں پر کالی پھپھوندی آ گئی۔ مجھے [[HEALTH:دمہ]] ہے، رات کو سانس نہیں آتا تھا۔" دادی نے پنجابی میں کہا: 'ساڈا کوئی والی وارث نئیں' (یعنی ہمارا کوئی پرسانِ حال نہیں)۔

"میں نے [[PHONE:۰۱۲۱ ۴۹۶ ۰۱۹۴]] پر فون کیا۔ وہ کہتے رہے سروے ہوگا۔ چار مہینے گزر گئے۔ میرا بیٹا [[PERSON:شفیق]] باہر گیا ہوا تھا، اس لیے انگریزی میں بات کرنے والا کوئی نہیں تھا۔" (چاچا [[PERSON:شفیق]] میرے والد کے بھائی ہیں۔)

پھر میں نے ای میل سے شکایت کی، شکایت نمبر [[REFERENCE:MGH-2024-5561]]۔ ہمارے ڈاکٹر، [[ADDRESS:Stoney Lane Surgery]] والے، نے بھی خط لکھا کہ پھپھوندی [[HEALTH:دمے]] کے مریض کے لیے خطرناک ہے۔ "مسٹر [[PERSON:ڈیوڈ]] ([[PERSON:David Price]]) آئے، چھت دیکھی اور کہا 'I am so sorry'۔ میں نے ان کو چائے پلائی اور پھر خوب سنائیں۔" (یہ آخری بات دادی نے خود لکھوانے کو کہا۔)

کیسے ٹھیک ہوا: چھت کی ٹائلیں بدلی گئیں، پھپھوندی صاف کر کے خاص پینٹ کیا گیا، کمرے میں ایگزاسٹ فین لگا، اور 500 پاؤنڈ ملے۔ کیا بدلا: اب [[ORGANISATION:Moseley Gate Housing]] ہر بزرگ کرایہ دار کی فائل پر لکھتی ہے کہ گھر والوں میں سے کس سے بات کرنی ہے، اور سروے چار ہفتے کے اندر ہوتا ہے۔ اگر کسی کو مدد چاہیے تو مجھے [[EMAIL:imran.rafiq@example.com]] پر لکھیں۔
"""),
    ),
    (
        "fv2ax-ur-02",
        "ur",
        _s("""
یہ میرے والد صاحب کی کہانی ہے۔ وہ پشتو بولتے ہیں، میں، ان کا بیٹا [[PERSON:شاہد گل]]، نے اسے اردو میں ترجمہ کیا ہے۔ جہاں ابا کوئی پشتو لفظ بولتے ہیں، وہ میں نے قوسین میں سمجھا دیا ہے۔

"میرا نام [[PERSON:گل زمان خان]] ([[PERSON:Gul Zaman Khan]]) ہے۔ میں [[OTHER_SPECIAL:پشتون]] ہوں، تاریخ پیدائش [[DATE_OF_BIRTH:یکم جنوری 1955]]۔ ہم [[ADDRESS:فلیٹ نمبر 12]]، [[ADDRESS:Lister Court]]، Bradford، [[POSTCODE:BD8 7LQ]] میں رہتے ہیں۔ مالک [[ORGANISATION:Bronte Vale Housing]] ہے۔ مجھے [[HEALTH:شوگر]] ہے (یعنی [[HEALTH:ذیابیطس]]) اور دل بھی کمزور ہے۔

پچھلے سال بوائلر سے عجیب بو آتی تھی اور سر میں درد رہتا تھا۔ کاربن مونو آکسائیڈ کا الارم نہیں تھا۔ میں نے کئی بار فون کیا، مرمت نمبر [[REFERENCE:BVH-GS-40871]]۔ [[ORGANISATION:Pennine Gas Care]] کا آدمی [[PERSON:ٹام]] ([[PERSON:Tom]]) آیا، دیکھا اور کہا 'ٹھیک ہے'۔

پھر ایک رات میری بیوی [[PERSON:نازیہ]] بے ہوش ہو گئیں۔ ایمبولینس والوں نے کہا کاربن مونو آکسائیڈ ہے۔" (ابا نے پشتو میں کہا 'زړه مې ولوېد'، یعنی میرا دل گر گیا؛ مطلب وہ بہت ڈر گئے تھے۔)

میں نے شکایت درج کی، نمبر [[REFERENCE:BVH-C-9902]]، اور اپنے فون [[PHONE:07700 900 884]] سے بار بار کال کی۔ ڈاکٹر کے خط میں ابا کا NHS نمبر [[OTHER_ID:۴۳۸ ۰۹۱ ۲۲۷۶]] بھی تھا، وہ بھی ساتھ لگایا۔ شکایت کے جواب میں ان کی مینیجر مس [[PERSON:ہیلن]] ([[PERSON:Helen Booth]]) خود آئیں۔

کیسے ٹھیک ہوا: اسی دن بوائلر بند کر کے نیا لگایا گیا، ہر کمرے میں کاربن مونو آکسائیڈ الارم لگا، اور 900 پاؤنڈ اور تحریری معافی ملی۔ [[PERSON:ٹام]] اب اس کمپنی کے لیے کام نہیں کرتا۔ کیا بدلا: اب [[ORGANISATION:Bronte Vale Housing]] ہر گیس چیک کے بعد کسی دوسرے انجینئر سے دوبارہ جانچ کرواتی ہے، اور تمام گھروں میں الارم لگائے گئے ہیں۔ ابا کہتے ہیں: "اللہ کا شکر، [[PERSON:نازیہ]] ٹھیک ہے۔"
"""),
    ),
    (
        "fv2ax-ur-03",
        "ur",
        _s("""
امی کی باتیں میں، ان کی بیٹی [[PERSON:صائمہ اختر]] ([[PERSON:Saima Akhtar]])، لکھ رہی ہوں۔ امی میرپوری بولتی ہیں، اس لیے ان کے کچھ الفاظ ویسے ہی رکھے ہیں اور ساتھ مطلب لکھ دیا ہے۔

"میں [[PERSON:نسرین اختر]] ([[PERSON:Nasreen Akhtar]]) ہوں، [[OTHER_SPECIAL:کشمیری]] ہوں۔ ہم [[ADDRESS:31 Milnrow Terrace]], Rochdale [[POSTCODE:ol16 4hw]] میں رہتے ہیں۔ گلی میں سب ہمارے گھر کو '[[ADDRESS:نمبر 31]] والا' کہتے ہیں۔ مالک [[ORGANISATION:Roch Valley Homes]] ہے۔

میرے تین بچے ہیں: [[PERSON:صائمہ]]، [[PERSON:ریحان]] جو [[AGE:گیارہ سال]] کا ہے اور [[ADDRESS:Falinge Park Primary]] میں پڑھتا ہے، اور سب سے چھوٹی [[PERSON:مہک]]، جسے ہم [[PERSON:مہکو]] کہتے ہیں۔

بیڈروم کی کھڑکی کا فریم گل گیا تھا۔ ایک دن پورا شیشہ باہر صحن میں جا گرا۔" امی کہتی ہیں: 'دل مُٹھ وچ آ گیا' (یعنی دل مٹھی میں آ گیا، بہت ڈر لگا)۔

"ہم نے [[PHONE:+44 7700 900 127]] سے کال کی تو انہوں نے کہا کھڑکیوں کا 'programme' اگلے سال ہے۔" شکایت نمبر [[REFERENCE:RVH/CMP/2203]]۔ شکایت کی ای میل میں نے [[EMAIL:saima ڈاٹ akhtar ایٹ example ڈاٹ com]] سے بھیجی (یہاں ایسے لکھ رہی ہوں تاکہ اسپام نہ آئے)۔

جواب نہیں آیا تو میں، [[PERSON:صائمہ]]، نے انسٹاگرام پر اپنے اکاؤنٹ [[OTHER_ID:@saima_akh_writes]] سے ویڈیو ڈالی۔ اگلے دن مس [[PERSON:لورین]] ([[PERSON:Lauren Heywood]]) کا فون آیا اور وہ شام کو خود گھر آئیں۔

کیسے ٹھیک ہوا: دو ہفتوں میں تمام کھڑکیاں بدل دی گئیں، کام [[ORGANISATION:Pennine Frame Co]] نے کیا، اور 450 پاؤنڈ ملے۔ کیا بدلا: اب [[ORGANISATION:Roch Valley Homes]] خطرناک کھڑکی کو 'programme' کا انتظار نہیں کراتی؛ چوبیس گھنٹے میں عارضی حفاظت اور ایک مہینے میں نئی کھڑکی۔ [[PERSON:مہکو]] اب پھر سے اپنے کمرے میں سوتی ہے۔
"""),
    ),
    (
        "fv2ax-ur-04",
        "ur",
        _s("""
یہ کہانی حاجی [[PERSON:غلام رسول]] صاحب ([[PERSON:Ghulam Rasool]]) کی ہے۔ میں، [[PERSON:بلال احمد]]، مسجد کمیٹی میں رضاکار ہوں۔ حاجی صاحب روز [[ADDRESS:مدینہ مسجد]] آتے ہیں اور وہیں انہوں نے مجھے پنجابی میں اپنی بات سنائی، میں نے اردو میں لکھ دی۔

"میں [[AGE:78 برس]] کا ہوں۔ پیدائش [[DATE_OF_BIRTH:پندرہ اگست انیس سو چھیالیس]]۔ [[ADDRESS:7 Radford Close]], Nottingham, [[POSTCODE:NG7 3EP]] میں رہتا ہوں، گھر [[ORGANISATION:Trent Meadow Homes]] کا ہے۔ آنکھوں میں [[HEALTH:موتیا]] ہے، پڑھ نہیں سکتا۔

سیڑھی کا جنگلا ڈھیلا ہو گیا تھا۔ انہوں نے مرمت کے لیے خط بھیجے، انگریزی میں، تین بار۔ میں پڑھ نہیں سکا، دروازہ نہیں کھولا، اور انہوں نے لکھ دیا 'no access'۔ پھر میں سیڑھی سے گر گیا اور کولہے کی ہڈی ٹوٹ گئی۔" (حاجی صاحب کہتے ہیں: 'خط آیا، خط گیا، میں گر گیا'۔)

"مرمت کا نمبر [[REFERENCE:TMH-RP-60552]] تھا۔ میں نے ان کے نمبر [[PHONE:0115 4960771]] پر فون کیا تو مشین نے کہا 'press one, press two'، میں کچھ نہیں سمجھا۔"

میں نے ان کی طرف سے شکایت لکھی، نمبر [[REFERENCE:TMH-C-11840]]۔ شناخت کے لیے انہوں نے پاسپورٹ مانگا، تو ہم نے حاجی صاحب کا [[OTHER_SPECIAL:پاکستانی]] پاسپورٹ نمبر [[OTHER_ID:KR4418027]] دیا۔ اس کے بعد مسز [[PERSON:شیرون]] ([[PERSON:Sharon Whitfield]]) آئیں، ساتھ اردو کی ترجمان تھی۔ انہوں نے مانا کہ 'no access' لکھنا غلط تھا۔

کیسے ٹھیک ہوا: دونوں طرف نئے جنگلے لگے، سیڑھیوں پر روشنی بہتر ہوئی، 700 پاؤنڈ ملے، اور نیچے کے کمرے میں بستر کے لیے مدد ملی۔ کیا بدلا: اب [[ORGANISATION:Trent Meadow Homes]] کے ریکارڈ میں لکھا ہے کہ حاجی صاحب کو خط نہیں، فون پر اردو میں بتایا جائے، اور 'no access' لکھنے سے پہلے گھر والوں کو فون کرنا لازمی ہے۔ ان کا پوتا [[PERSON:زید]] ان کی طرف سے فون سنتا ہے: [[PHONE:07700 900 315]]۔
"""),
    ),
    (
        "fv2ax-ur-05",
        "ur",
        _s("""
یہ میرے شوہر [[PERSON:فرید احمدی]] ([[PERSON:Farid Ahmadi]]) کی کہانی ہے۔ وہ دری بولتے ہیں اور اردو تھوڑی سمجھتے ہیں۔ میں، [[PERSON:ثنا]]، [[OTHER_SPECIAL:پاکستانی]] ہوں؛ ان کی بات سن کر اردو میں لکھ رہی ہوں۔ دری کے الفاظ قوسین میں ہیں۔

"میں [[OTHER_SPECIAL:افغان]] ہوں، 2021 میں Kabul سے آیا اور مجھے [[OTHER_SPECIAL:پناہ گزین]] کا درجہ ملا۔ میرا BRP نمبر [[OTHER_ID:RT7701922]] ہے۔ ہم Cardiff میں [[ADDRESS:flat 2]], [[ADDRESS:44 Tredegar Row]], [[POSTCODE:CF24 3LX]] میں رہتے ہیں، مالک [[ORGANISATION:Taff Rhymney Housing]] ہے۔ ہماری بیٹی [[PERSON:زینب]] [[AGE:سوا سال]] کی ہے۔"

کچن کی چھت پر پیلا داغ بڑھتا گیا۔ پانی اوپر والے [[ADDRESS:flat 4]] سے آ رہا تھا۔ ہم نے [[PHONE:029 2018 0493]] پر بتایا، مرمت نمبر [[REFERENCE:TRH-31077]]۔ وہ کہتے رہے 'monitoring'۔ [[PERSON:فرید]] کہتے ہیں: 'سقف گریه می‌کرد' (یعنی چھت رو رہی تھی)۔ پھر ایک صبح چھت کا ایک ٹکڑا چولہے پر گرا؛ [[PERSON:زینب]] دو منٹ پہلے وہیں تھی۔

ہم نے شکایت کی، نمبر [[REFERENCE:TRH-CX-5820]]۔ پہلے جواب میں لکھا تھا کہ tenant نے دیر سے بتایا۔ [[PERSON:فرید]] کابل میں سول انجینئر تھے؛ انہوں نے اپنی LinkedIn پروفائل [[OTHER_ID:linkedin.com/in/farid-ahmadi-cdf]] پر داغ کی تصویریں تاریخوں کے ساتھ لگائیں، جن سے صاف پتا چلتا تھا کہ ہم نے کب کب بتایا۔

دوسرے مرحلے میں مسٹر [[PERSON:رِیس]] ([[PERSON:Rhys Morgan]]) آئے اور مانا کہ ہماری ساری کالز ان کے ریکارڈ میں موجود تھیں۔

کیسے ٹھیک ہوا: اوپر والے فلیٹ کا پائپ اور ہماری چھت ٹھیک ہوئی، کچن کا سامان بدلا گیا، اور 1,000 پاؤنڈ ملے۔ کیا بدلا: اب [[ORGANISATION:Taff Rhymney Housing]] چھت پر پانی کے داغ کو 'monitoring' پر نہیں چھوڑتی، دو ہفتے میں سروے لازمی ہے۔ [[PERSON:فرید]] کہتے ہیں کہ اب وہ [[OTHER_SPECIAL:پناہ گزین]] ہونے کی وجہ سے شکایت کرنے سے نہیں ڈرتے۔ رابطہ: [[PERSON:ثنا]]، [[EMAIL:sana.ahmadi@example.net]]۔
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
