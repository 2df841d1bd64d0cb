"""Fresh version-2 PII test stories, batch au.

An ordinary inbox: the everyday stories tenants send to the campaign, with no special theme
(damp and mould, leaks, boilers, broken lifts, noise, doors, missed appointments and letters nobody
answered), written by residents of all ages in seven languages, some careful and some rushed, some
typed by a son, daughter or grandchild. The stories carry a natural mix of names (full names, first
names, nicknames, diminutives, inflected forms, English names written in Arabic, Bengali, Gurmukhi
and Urdu script), full and partial addresses, named blocks, schools, surgeries, mosques, gurdwaras,
churches and a pub or shop used to say where home is, postcodes in every case and spacing, phones
in figures, native digits and words, emails in full or spelt out, repair, complaint, tenancy,
police and Ombudsman references, dates of birth in figures and words, ages, and OTHER_ID values
(NHS numbers, car registrations, handles, a blog address, BRP and passport numbers, sort codes and
account numbers), with landlords, contractors, conditions, religion, origin and immigration status.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 7 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 82.9% of 35, recall 98.7%, precision
82.5%, on the committed detector 4e66037 (after round 45); leak-free by language ar 3, bn 4, en 5, pa 5, pl 5, ro 4, ur 3 of 5.
On the detector as it landed before rounds 34 to 45 (87cfc38): 82.9% (the same).
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2au-en-01",
        "en",
        _s("""
My name is [[PERSON:Maureen Tolley]] and I have lived at [[ADDRESS:14 Gorsey Bank Road]], Stockport,
[[POSTCODE:SK5 8JW]] since 1987. I am [[AGE:79]] now and have [[HEALTH:macular degeneration]], so my
granddaughter [[PERSON:Chloe]] is typing this for me.

In the winter of 2023 black mould came up behind the wardrobe in the back bedroom and right across
the bathroom ceiling. I reported it to [[ORGANISATION:Brinnington Vale Homes]] on the repairs line,
[[PHONE:0161 496 0273]], and was given job number [[REFERENCE:RJ/448215]]. A man from
[[ORGANISATION:Pennine Damp Solutions]] came, sprayed it with something and left. It was back within
three weeks.

[[PERSON:Chloe]] helped me put in a formal complaint in February (reference
[[REFERENCE:CMP-2024-0917]]). Nothing happened for six weeks, so she emailed the housing officer, a
Mr [[PERSON:Desmond Achebe]], at [[EMAIL:d.achebe@brinningtonvale.example.org]]. To be fair to
Mr [[PERSON:Achebe]], he came the following Tuesday with a surveyor called [[PERSON:Ruth]], and they
found the extractor fan had never been wired in when the bathroom was refitted in 2019.

The stage one reply apologised properly. They wired in the fan, fitted a new one in the kitchen,
treated and repainted both rooms and replaced my wardrobe, which had gone green at the back. I was
paid £420. My doctor at [[ADDRESS:Reddish Green Medical Practice]] had written to say the damp was
making my [[HEALTH:COPD]] worse, and I think that letter is what got things moving.

What has changed is that they now send someone back six weeks after any mould treatment to check it
has not returned. My neighbour at [[ADDRESS:number 16]], [[PERSON:Stan]], had his done the same
month. If anybody on the road wants advice, [[PERSON:Chloe]] says she is happy to help:
[[EMAIL:chloe.tolley97@example.com]].
"""),
    ),
    (
        "fv2au-en-02",
        "en",
        _s("""
Writing this quick cos I said I would. Both lifts at [[ADDRESS:Corbridge Tower]] (the big block
behind the [[ADDRESS:Crown and Anchor]]) were out for 5 weeks last October. We're on the 14th floor,
[[ADDRESS:flat 142]]: me, my partner [[PERSON:Jade]], our [[AGE:2 year old]] [[PERSON:Kai]] and the
baby, who was [[AGE:3 weeks old]] at the time. [[PERSON:Jade]] was dragging the buggy up 14 flights
twice a day. My nan on the 6th couldn't get out at all and missed two hospital appointments.

Rang [[ORGANISATION:Northgate Living]] pretty much every day on [[PHONE:0113 496 0588]], always
"engineer booked". Job ref [[REFERENCE:NGL-77310]]. Turns out [[ORGANISATION:Apex Lift Services]]
were waiting on a part from Italy and nobody told any of us. Put a complaint in on the app, got an
auto reply, then nothing.

What actually worked was messaging our councillor, Cllr [[PERSON:Priya Nand]], who got someone
called [[PERSON:Gemma Rourke]] from the complaints team to ring me the same afternoon on
[[PHONE:07700 900417]]. She was honest, said they'd got it wrong and logged it as a stage 1
([[REFERENCE:CX-2023-4410]]).

Result: they hired a stair climber chair and two porters for anyone who needed help, paid every flat
from floor 8 up £150, and we got an extra £300 because of the baby. There's now a rule that if a
lift is out more than 48 hours every flat gets a letter with a date on it, and a text if that date
changes. They fixed the intercom while they were at it lol.

Message me if you want to know more, I'm [[OTHER_ID:@kaisdad_ls9]] on insta. [[PERSON:Tyler]]
"""),
    ),
    (
        "fv2au-en-03",
        "en",
        _s("""
I am writing on behalf of my mother, [[PERSON:Hodan Warsame]], who lives on her own at
[[ADDRESS:27b Malvern Crescent]], Sparkhill, [[POSTCODE:b11 4ru]]. Mum is [[AGE:66]],
[[OTHER_SPECIAL:Somali]], and doesn't read English well, so I, her son [[PERSON:Abdirahman]]
(everyone calls me [[PERSON:Abdi]]), deal with her landlord,
[[ORGANISATION:Eastfield & Lea Housing Association]].

Her boiler stopped working on 2 December. Mum has [[HEALTH:sickle cell disease]] and cold weather
brings on her crises, which I told them on the very first call. The repair was logged as
[[REFERENCE:EL/REP/903316]] but treated as routine. [[ORGANISATION:Midland Boilercare Ltd]] came
twice, said it needed a part, and then nothing for over a week. She had no heating or hot water for
19 days and ended up in Heartlands Hospital for four nights. I sent them the discharge letter, which
has her NHS number on it ([[OTHER_ID:943 476 5919]]), so there was no question of whether it was
true.

I drove over every evening with heaters from my own house, and because visitor parking on the
estate is run by a private firm, my car ([[OTHER_ID:BV68 KXP]]) got three £70 tickets while I was
there.

The formal complaint ([[REFERENCE:ELH-C-2117]]) got a stage 1 reply that blamed the contractor. I
asked for stage 2 and at the same time went to the Housing Ombudsman (case
[[REFERENCE:202412087]]). Before the Ombudsman decided, a manager, [[PERSON:Lorraine Tuffin]],
visited with an interpreter, the first time anyone from the association had spoken to Mum in her
own language in six years.

They accepted that a broken boiler for someone with her condition is an emergency. She got £900,
the parking tickets were cancelled and she has a new boiler. The association now puts a
vulnerability flag on the account so anyone with a serious health condition gets a same-day visit
and temporary heaters, and letters to Mum now come translated as well as in English. If it helps anyone, my
number is [[PHONE:0121 496 0159]].
"""),
    ),
    (
        "fv2au-en-04",
        "en",
        _s("""
I'm [[PERSON:Ken Rutherford]], [[ADDRESS:flat 3]], [[ADDRESS:Shieldfield Court]],
[[POSTCODE:NE6 4PL]]. For the best part of a year the flat above me, [[ADDRESS:flat 7]], had music
going till three or four in the morning most weekends and a fair few weeknights. The lad up there,
everyone round here calls him [[PERSON:Little Robbie]], was alright to talk to on the stairs but it
never stopped. I'm [[AGE:71]], I've got [[HEALTH:tinnitus]] as it is, and I was getting no sleep at
all.

I reported it to [[ORGANISATION:Ouseburn Homes]] about ten times. Different person every time, and
every time it was 'we'll log that for you'. Nobody ever rang back. It was only when my daughter
[[PERSON:Janice]] told me to ask for a formal complaint (number [[REFERENCE:OH/C/5521]]) that
anybody looked at the whole history. The ASB officer, [[PERSON:Sandra Pike]], came out the same
week, put recording kit in my front room for a fortnight and opened a proper antisocial behaviour
case ([[REFERENCE:ASB-0934]]).

[[PERSON:Robbie]] got a written warning and, to be fair to him, it's mostly stopped. They also put
sound insulation into my ceiling, which they admitted should have gone in when the building was
converted into flats in the nineties. I got a letter of apology and £200 for the time it all took.

The best part is they now keep all the noise reports from one address on a single case instead of
starting from scratch every time somebody rings. If anyone wants a chat about it my landline is
[[PHONE:0191 498 0632]], I'm in most days.
"""),
    ),
    (
        "fv2au-en-05",
        "en",
        _s("""
Hi, I'm [[PERSON:Mariam Tesfaye]]. I'm [[OTHER_SPECIAL:Eritrean]], I got
[[OTHER_SPECIAL:refugee status]] in 2020, and since 2021 I've rented
[[ADDRESS:Flat 5, 61 Harcourt Road]], Bristol [[POSTCODE:BS5 6TN]] from
[[ORGANISATION:Greenway Homes Trust]].

In March last year water started coming through my kitchen ceiling from the bathroom of
[[ADDRESS:flat 9]] upstairs. Every time the man there showered, my ceiling light filled with water.
I reported it the first day (repair ref [[REFERENCE:GHT-418820]]) and for eight months the plumbers
from [[ORGANISATION:Avonside Plumbing & Heating]] kept going to [[ADDRESS:flat 9]] when nobody was
in, or coming to me when the problem was upstairs.

I complained in writing in October (complaint [[REFERENCE:C-24-06613]]). My caseworker
[[PERSON:Owen Pryce]] was honestly great once he had it: he got the upstairs bath resealed and the
waste pipe replaced, and my ceiling was re-plastered in December. They offered £650.

Then it went wrong again. To pay me they asked for a copy of my BRP ([[OTHER_ID:ZR4810375]]) "for
ID", which I don't think they needed, and then paid the money into the wrong account because someone
typed my sort code as [[OTHER_ID:30-91-47]] instead of [[OTHER_ID:30-94-17]]. Sorting that out took
another seven weeks. In the end [[PERSON:Owen]] phoned me, checked my date of birth
([[DATE_OF_BIRTH:twenty-third of June 1994]]) and read my account number, [[OTHER_ID:22718406]],
back to me digit by digit, and the money arrived two days later with an extra £100.

Because of my complaint they've stopped asking for immigration documents before paying
compensation, and bank details are now confirmed by phone before any payment goes out. I wrote the
whole saga up on my blog, [[OTHER_ID:mariamtesfaye.example.net/greenway]]. You can email me at
[[EMAIL:mariam dot tesfaye at example dot net]] or ring
[[PHONE:oh seven seven double oh, nine double oh, eight five two]].
"""),
    ),
    (
        "fv2au-ar-01",
        "ar",
        _s("""
اسمي [[PERSON:رنا الحلبي]]، وأسكن مع زوجي [[PERSON:ماهر]] وأولادنا الثلاثة في
[[ADDRESS:42 Alum Rock Road]] في برمنغهام، الرمز البريدي [[POSTCODE:B8 1JT]]. البيت مستأجر من
[[ORGANISATION:Saltley Gate Housing]]. نحن عائلة [[OTHER_SPECIAL:سورية]] وصلنا إلى بريطانيا
[[OTHER_SPECIAL:لاجئين]] سنة ٢٠١٧، ولغتي الإنجليزية ما زالت ضعيفة.

في شتاء ٢٠٢٢ بدأت الرطوبة تظهر في غرفة الأولاد، وبعد أسابيع صار العفن الأسود يغطي الجدار خلف
السرير. ابني [[PERSON:يوسف]] عمره [[AGE:٦ سنوات]] وعنده [[HEALTH:ربو]]، وصار يستيقظ في الليل من
السعال. طبيبة العائلة في [[ADDRESS:Washwood Heath Health Centre]] كتبت رسالة تقول إن العفن يضر
بصحته.

اتصلت بقسم الصيانة على [[PHONE:٠١٢١ ٤٩٦ ٠٧٤١]] أكثر من عشر مرات، وفي كل مرة يعطونني رقم طلب
جديداً، آخرها [[REFERENCE:SGH-R-60214]]. جاء عامل من شركة [[ORGANISATION:Brumfix Maintenance]]
ودهن الجدار بدهان أبيض ومشى، وبعد شهر رجع العفن كما كان.

جارتنا [[PERSON:أم خالد]] من [[ADDRESS:رقم ٤٠]] ساعدتني في كتابة شكوى رسمية بالإنجليزية، ورقمها
[[REFERENCE:CMP/2023/1178]]. بعد أسبوعين اتصلت بي موظفة اسمها [[PERSON:كلير]]
([[PERSON:Claire Hobbs]]) واعتذرت، وأرسلت مسّاحاً اكتشف أن المزراب فوق غرفة الأولاد مكسور وأن
الماء ينزل داخل الجدار منذ سنوات.

أصلحوا المزراب، وعالجوا الجدار وأعادوا دهنه، وأعطونا جهاز تجفيف ومبلغ ٥٠٠ جنيه تعويضاً. والأهم
أن [[ORGANISATION:Saltley Gate Housing]] صارت ترسل مترجماً عربياً في الزيارات بدل أن تعتمد على
الأطفال في الترجمة. [[PERSON:يوسف]] اليوم ينام الليل كله، والحمد لله.
"""),
    ),
    (
        "fv2au-ar-02",
        "ar",
        _s("""
السلام عليكم. أنا [[PERSON:عبد الستار جاسم العبيدي]]، متقاعد، عمري [[AGE:٧٣ سنة]]، وتاريخ ميلادي
[[DATE_OF_BIRTH:الخامس عشر من آب ١٩٥١]]. أسكن وحدي في [[ADDRESS:شقة ١١٤]] في الطابق الحادي عشر
من [[ADDRESS:برج ويلوبي]] ([[ADDRESS:Willoughby Tower]])، لندن [[POSTCODE:SE11 5QH]]، والمالك
هو [[ORGANISATION:Southbank Community Homes]].

في كانون الثاني الماضي توقفت التدفئة المركزية في البرج كله ثلاثة أسابيع. عندي
[[HEALTH:قصور في القلب]]، والطبيب قال لي أكثر من مرة إن البرد خطر عليّ. اتصلت بالرقم
[[PHONE:+44 (0)20 7946 0385]] فقالوا إن شركة [[ORGANISATION:ThermaServe]] تعمل على المشكلة. مرّ
أسبوع ولم يأتِ أحد ولم يخبرنا أحد بشيء، لا رسالة ولا ورقة على باب المصعد.

ابني [[PERSON:مصطفى]] أرسل شكوى بالبريد الإلكتروني من عنوانه [[EMAIL:mustafa.jasim@example.net]]،
وأخذنا رقم الشكوى [[REFERENCE:SCH-44817]]. ثم دخلت المستشفى ليلتين بسبب ضيق النفس، فأرسلنا لهم
رسالة المستشفى وفيها رقمي في الخدمة الصحية [[OTHER_ID:٤٥٠ ٥٥٧ ٣٢١٨]].

جاء الرد الأول رسالة جاهزة لا تقول شيئاً. فكتبنا إلى أمين المظالم للإسكان، ورقم القضية
[[REFERENCE:202409954]]. بعدها زارني السيد [[PERSON:بيتر مولوني]]، مدير الخدمات، واعترف بأنهم لم
يكونوا يعرفون أي السكان عندهم أمراض، وأنهم لم يوزعوا المدافئ إلا بعد عشرة أيام.

النتيجة: أعطوني ٧٥٠ جنيهاً، وصار عندهم سجل للسكان المرضى وكبار السن في كل برج، وإذا تعطلت
التدفئة يطرقون بابنا في اليوم نفسه ومعهم مدفأة. وأعطاني السيد [[PERSON:مولوني]] رقمه المباشر،
وصار إمام [[ADDRESS:مسجد الرحمة]] القريب من البرج يعلن عن أي عطل بعد صلاة الجمعة حتى ينتبه
الجيران لكبار السن.
"""),
    ),
    (
        "fv2au-ar-03",
        "ar",
        _s("""
بكتب بسرعة لأني في الشغل. أنا [[PERSON:هوى عثمان]]، ساكنة مع بتي [[PERSON:آمنة]]
([[AGE:٩ سنين]]) في [[ADDRESS:19 Bonsall Street]]، مانشستر، [[POSTCODE:m15 5ah]]. البيت تبع
[[ORGANISATION:Hulme Brook Housing]].

في يونيو الفات زول كسر باب الشقة وسرق اللابتوب. الشرطة جات وادتني رقم بلاغ
[[REFERENCE:MP-23-118840]]. الباب ما بقى يتقفل خالص. اتصلت على خط الطوارئ [[PHONE:0161 496 0902]]
قالوا ده ما طوارئ، وسجلوه تصليح عادي رقم [[REFERENCE:HBH/77312]].

قعدنا تلاتة أسابيع والباب مربوط بحبل وكرسي وراه. [[PERSON:آمنة]] بقت تخاف تنوم براها، والأستاذة
في [[ADDRESS:مدرسة سانت ماري الابتدائية]] اتصلت تسألني ليه البت دايماً تعبانة. وأنا عندي
[[HEALTH:اكتئاب]] من زمان والحكاية دي خلتني أسوأ.

كتبت شكوى، وجاني رد من موظف اسمه [[PERSON:دارين]] قال "نعتذر عن الإزعاج" وبس. تاني يوم مشيت
المكتب بنفسي ومعاي صاحبتي [[PERSON:سلمى]]، وقابلنا مديرة الفريق [[PERSON:جو ويتاكر]]. هي فهمت
طوالي إنه باب مكسور لأم براها مع بت صغيرة يعني طوارئ.

في نفس اليوم جات شركة [[ORGANISATION:LockRight Manchester]] وركبت باب جديد بقفلين وعين سحرية.
ادوني ٣٥٠ جنيه، وغيروا القاعدة: أي باب خارجي ما بيتقفل بقى طوارئ لازم يتصلح خلال ٢٤ ساعة.
[[PERSON:آمنة]] رجعت تنوم في أوضتها. لو في زول محتاج مساعدة في حالة زي دي، ايميلي
[[EMAIL:hawa.osman @ example.org]] وتلفوني [[PHONE:07700 900 336]].
"""),
    ),
    (
        "fv2au-ar-04",
        "ar",
        _s("""
أنا [[PERSON:شريف عبد الحميد]]، [[OTHER_SPECIAL:مصري]]، أعيش في ليدز منذ ٢٠١٦ مع زوجتي
[[PERSON:نادية]] وابننا [[PERSON:عمر]] الذي كان عمره [[AGE:١٨ شهراً]] حين بدأت المشكلة. نسكن في
الطابق الأخير من [[ADDRESS:عمارة كاسلتون]] ([[ADDRESS:Castleton Court]])، [[ADDRESS:شقة ٢٣]]،
[[POSTCODE:LS12 3BQ]]، والمالك [[ORGANISATION:Aire Valley Homes]]، ورقم عقد الإيجار
[[REFERENCE:AVH-T-0081542]].

منذ خريف ٢٠٢٢ كان السقف يسرّب الماء في غرفة النوم كلما أمطرت، وفي ليدز تمطر كثيراً. كنا نضع
ثلاثة دلاء كل ليلة. بلّغت ست مرات على [[PHONE:0113 496 0217]]، وجاءت شركة
[[ORGANISATION:Kirkstall Roofing]] وقالت إن العمل يحتاج سقالات. نُصبت السقالات وبقيت شهرين كاملين
دون أن يصعد عليها أحد.

في ليلة من ليالي كانون الثاني سقطت قطعة من الجبس بجانب سرير [[PERSON:عمر]]. الحمد لله لم يُصب
بشيء، لكن [[PERSON:نادية]] لم تنم بعدها. قدّمت شكوى رسمية رقمها [[REFERENCE:AVH-CF-2291]] ولم
يرد أحد خلال المدة المحددة.

عندها نشرت الصور على تويتر من حسابي [[OTHER_ID:@sherif_leeds]] وذكرت حساب الشركة
[[OTHER_ID:@AireValleyHomes]]. في اليوم التالي اتصل بي مدير قسم الصيانة، اسمه [[PERSON:أندرو]]،
واعتذر، وقال إن الطلب ضاع بين المقاول والمكتب.

استُبدل السقف كله خلال ثلاثة أسابيع، وأصلحوا الجبس والدهان، ودفعوا لنا ١١٠٠ جنيه تعويضاً عن
سنة كاملة. والذي تغيّر أن أي سقالة تبقى أكثر من عشرة أيام بلا عمل يجب أن يصل السكان بسببها خطاب
فيه موعد واضح. [[PERSON:عمر]] الآن في الحضانة وغرفته جافة.
"""),
    ),
    (
        "fv2au-ar-05",
        "ar",
        _s("""
أكتب هذه القصة عن والدتي [[PERSON:فاطمة صالح المقطري]]، المولودة في [[DATE_OF_BIRTH:03/11/1949]].
أصيبت أمي بـ[[HEALTH:جلطة دماغية]] سنة ٢٠٢٢، وصار عندها [[HEALTH:شلل نصفي]] في الجانب الأيمن،
ولم تعد تستطيع دخول حوض الاستحمام. تسكن في [[ADDRESS:7 Staniforth Walk]]، شيفيلد،
[[POSTCODE:S9 3FQ]]، قريباً من [[ADDRESS:مسجد عثمان]]، والبيت تابع لـ[[ORGANISATION:Sheaf Valley Housing]].

في آب ٢٠٢٢ أوصت المعالجة المهنية [[PERSON:هيلين]] ([[PERSON:Helen Marsh]]) بتحويل الحمام إلى دش
بلا عتبة. مرّت سنة كاملة ولم يحدث شيء. كنت أتصل على [[PHONE:0114 496 0528]] وأذكر رقم الطلب
[[REFERENCE:ADP-22-0339]]، وفي كل مرة يقولون إن الطلب عند لجنة التمويل.

طوال تلك السنة كنت أنا وأخي [[PERSON:وليد]] نغسّلها بالإسفنج في غرفة النوم. أمي امرأة
[[OTHER_SPECIAL:مسلمة]] محافظة، وكان هذا صعباً جداً عليها وعلى كرامتها.

قدّمت شكوى رسمية رقمها [[REFERENCE:SVH-COMP-5520]]. وبدل أن يردوا على الشكوى طلبوا نسخة من جواز
سفرها، رقمه [[OTHER_ID:04418273]]، "لإثبات أنها تسكن في العنوان"، مع أنها مستأجرة عندهم منذ ٢٠٠٤.

في المرحلة الثانية راجع الملف موظف اسمه [[PERSON:غاري]]، واكتشف أن الطلب ضاع عندما تغيّر فريق
التعديلات، ولم يكن عند أحد علم به أصلاً. ركّبت شركة [[ORGANISATION:Access Living Adaptations]]
الدش خلال ستة أسابيع، ودفعوا ٦٠٠ جنيه، واعتذروا عن طلب الجواز. الآن كل طلب تعديل له متابعة،
ويصل المستأجر خطاب كل شهر حتى ينتهي العمل. من يحتاج نصيحة يمكنه مراسلتي، [[PERSON:أمل]]:
[[EMAIL:amal.almaqtari@example.com]].
"""),
    ),
    (
        "fv2au-bn-01",
        "bn",
        _s("""
আমার নাম [[PERSON:রোকেয়া বেগম]]। স্বামী [[PERSON:জামাল উদ্দিন]] আর তিন ছেলেমেয়ে নিয়ে আমরা
[[ADDRESS:ক্লিভল্যান্ড হাউস]]-এর [[ADDRESS:ফ্ল্যাট ৮]]-এ থাকি, পোস্টকোড [[POSTCODE:E1 4RT]]। বাড়িওয়ালা
[[ORGANISATION:Poplar Gate Homes]]।

গত বছর অক্টোবর থেকে ওপরের ফ্ল্যাট থেকে বাথরুমের সিলিং দিয়ে পানি পড়তে শুরু করে। কয়েক সপ্তাহের
মধ্যে বাচ্চাদের ঘরের দেয়ালেও কালো ছত্রাক ধরে যায়। আমার ছোট ছেলে [[PERSON:রাইয়ান]]-এর
[[HEALTH:হাঁপানি]] আছে, ওর বয়স মাত্র [[AGE:৫ বছর]]। রাতে ইনহেলার ছাড়া ঘুমাতে পারত না, আর
[[ADDRESS:হার্বার্ট স্ট্রিট প্রাইমারি]] থেকে বারবার ফোন আসত যে ও স্কুলে আসেনি।

আমি [[PHONE:০২০ ৭৯৪৬ ০১৫৮]] নম্বরে রিপেয়ার লাইনে বারবার ফোন করেছি। প্রতিবার বলে "লগ করা হয়েছে"।
রিপেয়ার নম্বর ছিল [[REFERENCE:PGH-551907]]। আমার মেয়ে [[PERSON:তানজিলা]], বয়স [[AGE:১১ বছর]],
ও-ই ফোনে ইংরেজিতে কথা বলত। ওইটুকু মেয়ের এসব করার কথা না।

শেষে [[ADDRESS:শাহজালাল মসজিদ]]-এর অ্যাডভাইস ডেস্কে গেলাম। ওখানে [[PERSON:শাহেদ]] ভাই আমাকে
লিখিত অভিযোগ করতে সাহায্য করলেন, অভিযোগ নম্বর [[REFERENCE:PGH-CMP-2291]]। দশ দিন পর হাউজিং
অফিসার [[PERSON:সারা]] ([[PERSON:Sarah Lindqvist]]) একজন বাংলা দোভাষী নিয়ে বাসায় এলেন। দেখা গেল
ওপরের ফ্ল্যাটের বাথটাবের পাইপ দুই বছর ধরে লিক করছে।

পাইপ ঠিক হয়েছে, সিলিং আর দেয়াল নতুন করে প্লাস্টার ও রং করা হয়েছে, একটা ডিহিউমিডিফায়ার দিয়েছে,
আর ৪৫০ পাউন্ড ক্ষতিপূরণ পেয়েছি। সবচেয়ে বড় পরিবর্তন হলো, [[ORGANISATION:Poplar Gate Homes]] এখন
বাংলাভাষী ভাড়াটেদের জন্য দোভাষী দেয়, বাচ্চাদের দিয়ে আর অনুবাদ করায় না। [[PERSON:রাইয়ান]] এখন
প্রতিদিন স্কুলে যায়।
"""),
    ),
    (
        "fv2au-bn-02",
        "bn",
        _s("""
আমি [[PERSON:রহিম মালিক]], আমার আব্বা [[PERSON:আব্দুল মালিক]]-এর হয়ে লিখছি। আব্বার বয়স
[[AGE:৭৮ বছর]], জন্ম [[DATE_OF_BIRTH:১২ই জানুয়ারি ১৯৪৬]]। উনি [[ADDRESS:৫৬ ওয়ারউইক স্ট্রিট]], ওল্ডহ্যাম,
[[POSTCODE:OL9 6HS]]-এ একা থাকেন। বাড়িটা [[ORGANISATION:Chadderton Homes Partnership]]-এর।

আব্বার [[HEALTH:ডায়াবেটিস]] আর [[HEALTH:কিডনির অসুখ]] আছে, সপ্তাহে তিন দিন ডায়ালাইসিসে যান। গত
নভেম্বরে বয়লার নষ্ট হয়ে যায়। [[ORGANISATION:HeatWise North]]-এর ইঞ্জিনিয়ার এসে বলল পার্ট লাগবে,
তারপর দুই সপ্তাহ কোনো খবর নেই। ঘরে হিটিং নেই, গরম পানি নেই, বাইরে মাইনাস দুই ডিগ্রি।

আমি ম্যানচেস্টারে থাকি, প্রতিদিন অফিসের পর গিয়ে দেখে আসতাম। [[PHONE:0161 496 0814]] নম্বরে
কমপক্ষে পনেরোবার ফোন করেছি, জব নম্বর [[REFERENCE:CHP/R/220871]]। পাশের বাড়ির
[[ADDRESS:৫৮ নম্বর]]-এর [[PERSON:জর্জ]] চাচা রোজ সকালে আব্বার খোঁজ নিতেন, উনি না থাকলে কী হতো জানি
না।

শেষে [[EMAIL:rahim.malik@example.co.uk]] থেকে লিখিত অভিযোগ পাঠালাম, সঙ্গে হাসপাতালের চিঠি, যেখানে
আব্বার NHS নম্বর [[OTHER_ID:621 448 9037]] আর ডায়ালাইসিসের কথা লেখা। অভিযোগ নম্বর
[[REFERENCE:CHP-C-1093]]। পরদিন একজন ম্যানেজার, মিসেস [[PERSON:ডনা কেলি]], ফোন করে ক্ষমা চাইলেন।
বললেন, আমাদের সিস্টেমে আব্বাকে "ঝুঁকিপূর্ণ" হিসেবে চিহ্নিত করা ছিল না।

দুই দিনের মধ্যে নতুন বয়লার বসানো হয়, তার আগে দুটো হিটার দিয়ে যায়। আব্বা ৫০০ পাউন্ড
ক্ষতিপূরণ পেয়েছেন। এখন ওরা শীতের আগে সব বয়স্ক ভাড়াটের বয়লার সার্ভিস করে, আর কারও গুরুতর
অসুখ থাকলে বয়লার নষ্ট হওয়াকে জরুরি কাজ ধরে। কারও প্রশ্ন থাকলে ফোন করবেন:
[[PHONE:07700 900 263]]।
"""),
    ),
    (
        "fv2au-bn-03",
        "bn",
        _s("""
হাই, আমি [[PERSON:নুসরাত]], বয়স [[AGE:২৪]]। থাকি স্মল হিথে, [[ADDRESS:গ্রিনওয়ে কোর্ট]]-এর
[[ADDRESS:ফ্ল্যাট ৩২]]-এ, পোস্টকোড [[POSTCODE:b100nj]]। বিল্ডিংটা [[ORGANISATION:Small Heath Living]]-এর।

আমাদের ওপরের ব্যালকনিগুলোর কংক্রিট অনেক দিন ধরে খসে খসে পড়ছিল। কয়েকবার রিপোর্ট করেছি, কেউ
আসেনি। ফেব্রুয়ারিতে একটা বড় টুকরো পড়ে নিচে পার্ক করা আমার গাড়ির ([[OTHER_ID:FD21 WXL]])
উইন্ডস্ক্রিন ভেঙে দেয়। ঠিক ওই জায়গায় আমার ভাগ্নে [[PERSON:ইশান]] ([[AGE:৭]]) আর পাশের বাসার
বাচ্চারা বিকেলে ফুটবল খেলে। ভাবলেই গা কাঁপে।

ওরা বলল গাড়ির ক্ষতি ওদের দায়িত্ব না, ইন্স্যুরেন্সে ক্লেইম করো। ব্যালকনি নিয়ে কিছুই বলল না।
কমপ্লেইন করলাম, নম্বর [[REFERENCE:SHL-2024-C-338]], তিন সপ্তাহ কোনো উত্তর নেই।

তখন টিকটকে ভিডিও দিলাম, আমার অ্যাকাউন্ট [[OTHER_ID:@nusrat.b_brum]]। দুই দিনে চল্লিশ হাজার
ভিউ। পরদিনই বিল্ডিং সেফটি টিমের [[PERSON:মার্টিন]] ([[PERSON:Martin Greaves]]) এসে হাজির, নিজেও
মানলেন যে অবস্থা বিপজ্জনক।

এক সপ্তাহের মধ্যে নিচে জাল লাগানো হলো, [[ORGANISATION:Structura Surveys]] পুরো ব্লকের সব ব্যালকনি
চেক করল, আর ছয়টা ব্যালকনি মেরামত হলো। উইন্ডস্ক্রিনের এক্সেস ২৫০ পাউন্ড আর আরও ২০০ পাউন্ড
ক্ষতিপূরণ দিয়েছে। এখন থেকে ওদের সব ব্লকে প্রতি বছর ব্যালকনি সার্ভে হবে, আর রিপোর্ট ভাড়াটেদের
পাঠানো হবে। [[PERSON:ইশান]] আবার নিচে খেলছে। কিছু জানতে চাইলে টেক্সট করুন
[[PHONE:০৭৭০০ ৯০০৬৪৫]]।
"""),
    ),
    (
        "fv2au-bn-04",
        "bn",
        _s("""
আমি [[PERSON:ফাহিম হোসেন]], আমার নানা-নানির হয়ে লিখছি। নানা [[PERSON:আব্দুল হান্নান]]-এর বয়স
[[AGE:৮২]], নানি [[PERSON:সুফিয়া খাতুন]]-এর [[AGE:৭৯]]। ওঁরা বো-তে [[ADDRESS:ডেনহোম টাওয়ার]]-এর বারো
তলায় [[ADDRESS:ফ্ল্যাট ৬১]]-এ থাকেন, পোস্টকোড [[POSTCODE:E3 2LW]]। বাড়িওয়ালা
[[ORGANISATION:Lea Bridge Homes]]।

গত জুলাইয়ে টাওয়ারের একমাত্র লিফট তিন সপ্তাহ বন্ধ ছিল। নানির [[HEALTH:আর্থ্রাইটিস]], সিঁড়ি দিয়ে এক
তলাও নামতে পারেন না। নানার শুরুর দিকের [[HEALTH:ডিমেনশিয়া]] আছে, একা বের হলে পথ হারিয়ে ফেলেন।
এই তিন সপ্তাহে ওঁরা একবারও বাইরে যেতে পারেননি, [[ADDRESS:স্টেপনি গ্রিন সার্জারি]]-তে নানার দুটো
অ্যাপয়েন্টমেন্টও বাদ গেছে।

আমি [[PHONE:020 7946 0712]] নম্বরে রোজ ফোন করতাম। ওরা বলত [[ORGANISATION:Capital Lift Engineering]]
কাজ করছে। কবে শেষ হবে কেউ বলতে পারত না। অভিযোগ করলাম, নম্বর [[REFERENCE:LBH/CMP/4471]]।
কমপ্লেইন্টস অফিসার [[PERSON:মার্ক]] উত্তরে লিখলেন, "লিফটের সমস্যা ঠিকাদারের দায়িত্ব।"

তখন হাউজিং ওমবাডসম্যানের কাছে গেলাম, কেস নম্বর [[REFERENCE:202501346]]। ওমবাডসম্যান জানতে
চাওয়ার পর [[ORGANISATION:Lea Bridge Homes]] নিজেরাই যোগাযোগ করে। [[PERSON:মার্ক]] নিজে এসে
ক্ষমা চাইলেন।

নানা-নানিকে কাজ চলার সময় নিচতলার একটা খালি ফ্ল্যাটে রাখা হয়, লিফট পুরো নতুন করা হয়, আর ওঁরা
৮০০ পাউন্ড পান। এখন কোনো টাওয়ারে লিফট বন্ধ থাকলে বয়স্ক ও প্রতিবন্ধী বাসিন্দাদের প্রতিদিন ফোন
করে খোঁজ নেওয়া হয়। আমার ইমেইল [[EMAIL:fahim.h@example.org]]।
"""),
    ),
    (
        "fv2au-bn-05",
        "bn",
        _s("""
আমি [[PERSON:শিরিন বেগম]]। স্বামী [[PERSON:কামরুল]] আর মেয়ে [[PERSON:আরিফা]] ([[AGE:৩ বছর]]) কে নিয়ে
লুটনে [[ADDRESS:9 Ashburnham Road]], [[POSTCODE:lu1 3hb]]-এ থাকি। বাড়িটা
[[ORGANISATION:Chiltern Vale Housing]]-এর, আমার টেন্যান্সি নম্বর [[REFERENCE:LTH-0049127]]।

গত মার্চে বাথটাবের নিচ থেকে পানি চুইয়ে রান্নাঘরের সিলিংয়ে পড়তে থাকে। ফোন করলাম, ওরা
[[ORGANISATION:QuickFix Property Services]]-কে পাঠাবে বলল। চারবার অ্যাপয়েন্টমেন্ট দিল, চারবারই কেউ
এল না। প্রতিবার আমি কাজ থেকে ছুটি নিয়েছি, বিনা বেতনে। [[PERSON:কামরুল]] ট্যাক্সি চালায়, ও-ও
দুই দিন গাড়ি বের করতে পারেনি।

মে মাসে রান্নাঘরের সিলিংয়ের একটা অংশ ভেঙে পড়ে, ঠিক যেখানে [[PERSON:আরিফা]]-র হাই চেয়ার থাকে।
ভাগ্য ভালো তখন ও ঘুমাচ্ছিল। সেদিনই অভিযোগ করি, নম্বর [[REFERENCE:CVH-C-77120]]।

অফিসার [[PERSON:লিসা]] খুব ভালোভাবে কথা বললেন। দুই দিনের মধ্যে প্লাম্বার এল, বাথটাবের সিল আর
পাইপ বদলাল, পরের সপ্তাহে সিলিং নতুন হলো। প্রতিটা মিস করা অ্যাপয়েন্টমেন্টের জন্য ৫০ পাউন্ড আর
হারানো বেতন মিলিয়ে ৪১০ পাউন্ড দিতে রাজি হলো।

কিন্তু টাকা দেওয়ার সময় আবার ঝামেলা। সর্ট কোড [[OTHER_ID:40-18-62]] আর অ্যাকাউন্ট নম্বর
[[OTHER_ID:51938204]] তিনবার তিনজনকে দিতে হয়েছে। শেষে [[PERSON:লিসা]] নিজে দায়িত্ব নিলেন। এখন
ওদের নিয়ম, ঠিকাদার না এলে সেদিনই ভাড়াটেকে টেক্সট যায় আর ক্ষতিপূরণ আপনা থেকেই দেওয়া হয়। আমার
ইমেইল [[EMAIL:shirin ডট begum অ্যাট example ডট com]], ফোন [[PHONE:০৭৭০০ ৯০০ ৫৮১]]।
"""),
    ),
    (
        "fv2au-pa-01",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਮ [[PERSON:ਮਨਜੀਤ ਕੌਰ ਢਿੱਲੋਂ]] ਹੈ। ਮੈਂ ਆਪਣੇ ਪਤੀ [[PERSON:ਸੁਖਵਿੰਦਰ ਸਿੰਘ]] (ਸਾਰੇ ਉਨ੍ਹਾਂ ਨੂੰ
[[PERSON:ਸੁੱਖੀ]] ਕਹਿੰਦੇ ਹਨ) ਅਤੇ ਦੋ ਧੀਆਂ ਨਾਲ [[ADDRESS:48 Loughcroft Road]], ਲੈਸਟਰ,
[[POSTCODE:LE4 6PX]] ਵਿੱਚ ਰਹਿੰਦੀ ਹਾਂ। ਸਾਡਾ ਘਰ [[ADDRESS:ਗੁਰਦੁਆਰਾ ਨਾਨਕਸਰ ਸਾਹਿਬ]] ਦੇ ਬਿਲਕੁਲ ਪਿੱਛੇ ਹੈ।
ਮਕਾਨ [[ORGANISATION:Belgrave Homes Trust]] ਦਾ ਹੈ।

ਦੋ ਸਾਲ ਪਹਿਲਾਂ ਬਾਥਰੂਮ ਦਾ ਪੱਖਾ ਖ਼ਰਾਬ ਹੋ ਗਿਆ। ਹੌਲੀ ਹੌਲੀ ਛੱਤ 'ਤੇ ਕਾਲੀ ਉੱਲੀ ਲੱਗ ਗਈ ਅਤੇ ਪਲਸਤਰ ਝੜਨ
ਲੱਗ ਪਿਆ। ਛੋਟੀ ਧੀ [[PERSON:ਸਿਮਰਨ]] [[AGE:੮ ਸਾਲ]] ਦੀ ਹੈ, ਉਸ ਨੂੰ [[HEALTH:ਐਗਜ਼ੀਮਾ]] ਹੈ ਅਤੇ ਸਿੱਲ੍ਹ ਨਾਲ
ਉਸ ਦੀਆਂ ਬਾਹਾਂ ਲਾਲ ਹੋ ਜਾਂਦੀਆਂ ਸਨ।

ਮੈਂ [[PHONE:0116 496 0377]] 'ਤੇ ਕਈ ਵਾਰ ਫ਼ੋਨ ਕੀਤਾ, ਰਿਪੇਅਰ ਨੰਬਰ [[REFERENCE:BHT-R-40918]] ਮਿਲਿਆ।
[[ORGANISATION:Soar Valley Building Services]] ਦਾ ਬੰਦਾ ਆਇਆ, ਉੱਲੀ ਉੱਤੇ ਰੰਗ ਕਰ ਗਿਆ ਅਤੇ ਪੱਖੇ ਨੂੰ
ਹੱਥ ਵੀ ਨਹੀਂ ਲਾਇਆ। ਦੋ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਉੱਲੀ ਵਾਪਸ ਆ ਗਈ।

ਫਿਰ ਵੱਡੀ ਧੀ [[PERSON:ਹਰਲੀਨ]] ਨੇ ਆਪਣੀ ਈਮੇਲ [[EMAIL:harleen.dhillon@example.com]] ਤੋਂ ਫੋਟੋਆਂ ਸਮੇਤ
ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਭੇਜੀ। ਹਾਊਸਿੰਗ ਅਫ਼ਸਰ [[PERSON:ਜੈਨੀ]] ([[PERSON:Jenny Whitlock]]) ਅਗਲੇ ਹਫ਼ਤੇ ਘਰ
ਆਈ। ਉਸ ਨੇ ਮੰਨਿਆ ਕਿ ਜੌਬ ਬਿਨਾਂ ਦੇਖੇ ਹੀ "ਪੂਰਾ" ਲਿਖ ਕੇ ਬੰਦ ਕਰ ਦਿੱਤਾ ਗਿਆ ਸੀ।

ਹੁਣ ਨਮੀ ਵਾਲਾ ਸੈਂਸਰ ਲੱਗਿਆ ਨਵਾਂ ਪੱਖਾ ਲੱਗ ਗਿਆ ਹੈ, ਛੱਤ ਦਾ ਨਵਾਂ ਪਲਸਤਰ ਹੋਇਆ ਹੈ ਅਤੇ ਸਾਨੂੰ ੩੫੦ ਪੌਂਡ
ਮਿਲੇ। ਸਭ ਤੋਂ ਵੱਡੀ ਤਬਦੀਲੀ ਇਹ ਹੈ ਕਿ ਹੁਣ ਉੱਲੀ ਦਾ ਕੋਈ ਵੀ ਕੰਮ ਫੋਟੋ ਲਏ ਬਿਨਾਂ ਬੰਦ ਨਹੀਂ ਹੁੰਦਾ।
[[PERSON:ਸੁੱਖੀ]] ਕਹਿੰਦੇ ਹਨ ਕਿ [[PERSON:ਹਰਲੀਨ]] ਦੀ ਈਮੇਲ ਨੇ ਉਹ ਕੰਮ ਕਰ ਦਿੱਤਾ ਜੋ ਸਾਡੇ ਵੀਹ ਫ਼ੋਨ ਨਹੀਂ ਕਰ
ਸਕੇ।
"""),
    ),
    (
        "fv2au-pa-02",
        "pa",
        _s("""
ਇਹ ਕਹਾਣੀ ਮੇਰੇ ਪਿਤਾ ਜੀ, [[PERSON:ਕਰਨੈਲ ਸਿੰਘ ਬਾਜਵਾ]], ਦੀ ਹੈ। ਉਨ੍ਹਾਂ ਦੀ ਉਮਰ [[AGE:੮੧ ਸਾਲ]] ਹੈ, ਜਨਮ
ਮਿਤੀ [[DATE_OF_BIRTH:੧੭-੦੬-੧੯੪੩]]। ਉਹ ਸਾਊਥਾਲ ਵਿੱਚ [[ADDRESS:ਹੈਵਲੌਕ ਕੋਰਟ]] ਦੀ ਪੰਜਵੀਂ ਮੰਜ਼ਿਲ 'ਤੇ
[[ADDRESS:ਫਲੈਟ ਨੰਬਰ ੨੭]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ, ਪੋਸਟਕੋਡ [[POSTCODE:UB2 4NE]]। ਬਿਲਡਿੰਗ
[[ORGANISATION:Ealing Brookside Homes]] ਦੀ ਹੈ।

ਪਿਤਾ ਜੀ ਨੂੰ [[HEALTH:ਐਂਜਾਈਨਾ]] ਹੈ, ਡਾਕਟਰ ਨੇ ਪੌੜੀਆਂ ਚੜ੍ਹਨ ਤੋਂ ਮਨ੍ਹਾ ਕੀਤਾ ਹੋਇਆ ਹੈ। ਪਿਛਲੀ ਬਸੰਤ
ਵਿੱਚ ਲਿਫਟ ਛੇ ਹਫ਼ਤੇ ਬੰਦ ਰਹੀ। ਉਹ ਹਰ ਰੋਜ਼ ਸਵੇਰੇ [[ADDRESS:ਗੁਰਦੁਆਰਾ ਰਾਮਗੜ੍ਹੀਆ ਸਭਾ]] ਜਾਂਦੇ ਸਨ, ਉਹ
ਸਭ ਬੰਦ ਹੋ ਗਿਆ। ਛੇ ਹਫ਼ਤੇ ਘਰ ਵਿੱਚ ਕੈਦ ਰਹੇ।

ਮੈਂ ਕੰਪਨੀ ਨੂੰ [[PHONE:੦੨੦ ੭੯੪੬ ੦੯੧੪]] 'ਤੇ ਘੱਟੋ ਘੱਟ ਵੀਹ ਵਾਰ ਫ਼ੋਨ ਕੀਤਾ। ਹਰ ਵਾਰ ਕਹਿੰਦੇ, "ਇੰਜੀਨੀਅਰ
ਅਗਲੇ ਹਫ਼ਤੇ ਆਵੇਗਾ"। ਕਿਸੇ ਨੇ ਇਹ ਨਹੀਂ ਪੁੱਛਿਆ ਕਿ ਉੱਪਰ ਕੋਈ ਬਜ਼ੁਰਗ ਫਸਿਆ ਹੈ ਜਾਂ ਨਹੀਂ। ਆਖ਼ਰ ਮੈਂ
ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਨੰਬਰ [[REFERENCE:EBH/2024/C/0612]]।

ਦੋ ਦਿਨਾਂ ਬਾਅਦ ਮਿਸਟਰ [[PERSON:ਟੌਮ ਬ੍ਰੈਡਸ਼ਾ]] ਦਾ ਫ਼ੋਨ ਆਇਆ। ਉਨ੍ਹਾਂ ਨੇ ਸਿੱਧਾ ਮੰਨਿਆ ਕਿ ਲਿਫਟ ਦੇ
ਪੁਰਜ਼ੇ ਦਾ ਆਰਡਰ ਹੀ ਨਹੀਂ ਗਿਆ ਸੀ। ਉਸੇ ਹਫ਼ਤੇ ਪਿਤਾ ਜੀ ਨੂੰ ਹੇਠਲੀ ਮੰਜ਼ਿਲ ਦੇ ਇੱਕ ਖ਼ਾਲੀ ਫਲੈਟ ਵਿੱਚ
ਆਰਜ਼ੀ ਤੌਰ 'ਤੇ ਰੱਖਿਆ ਗਿਆ, ਅਤੇ ਦਸ ਦਿਨਾਂ ਵਿੱਚ ਲਿਫਟ ਚੱਲ ਪਈ।

ਪਿਤਾ ਜੀ ਨੂੰ ੬੦੦ ਪੌਂਡ ਮਿਲੇ। ਹੁਣ ਲਿਫਟ ਬੰਦ ਹੋਣ 'ਤੇ ਹਰ ਫਲੈਟ ਨੂੰ ਮੈਸੇਜ ਆਉਂਦਾ ਹੈ ਕਿ ਕਦੋਂ ਠੀਕ ਹੋਵੇਗੀ,
ਅਤੇ ਜਿਨ੍ਹਾਂ ਨੂੰ ਤੁਰਨ ਵਿੱਚ ਔਖ ਹੈ ਉਨ੍ਹਾਂ ਦੀ ਅਲੱਗ ਸੂਚੀ ਬਣੀ ਹੈ। ਕਿਸੇ ਨੂੰ ਗੱਲ ਕਰਨੀ ਹੋਵੇ ਤਾਂ ਮੈਂ,
[[PERSON:ਅਮਰਜੀਤ]], [[PHONE:07700 900 158]] 'ਤੇ ਮਿਲ ਜਾਵਾਂਗਾ।
"""),
    ),
    (
        "fv2au-pa-03",
        "pa",
        _s("""
ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ ਜੀ। ਮੈਂ [[PERSON:ਗੁਰਵੀਰ ਸਿੰਘ]], ਉਮਰ [[AGE:੨੬ ਸਾਲ]], ਮੰਮੀ ਨਾਲ
[[ADDRESS:12 Dunstall Grove]], ਵੁਲਵਰਹੈਂਪਟਨ, [[POSTCODE:wv6 0pt]] ਵਿੱਚ ਰਹਿੰਦਾ ਹਾਂ। ਘਰ
[[ORGANISATION:Tettenhall Homes]] ਦਾ ਹੈ। ਜਲਦੀ ਵਿੱਚ ਲਿਖ ਰਿਹਾ ਹਾਂ, ਗ਼ਲਤੀਆਂ ਮਾਫ਼।

ਨਾਲ ਦੇ ਘਰ [[ADDRESS:ਨੰਬਰ 14]] ਵਿੱਚ [[PERSON:ਡੈਨੀ]] ਨਾਂ ਦਾ ਬੰਦਾ ਰਹਿੰਦਾ ਹੈ। ਉਸ ਦੇ ਦੋ ਵੱਡੇ ਕੁੱਤੇ
ਸਾਰੀ ਰਾਤ ਭੌਂਕਦੇ ਸਨ, ਤੇ ਦਿਨੇ ਉਹ ਆਪਣੀ ਵੈਨ ([[OTHER_ID:WV19 KTD]]) ਸਾਡੇ ਡਰਾਈਵਵੇ ਦੇ ਅੱਗੇ ਲਾ
ਦਿੰਦਾ ਸੀ। ਮੰਮੀ ਨੂੰ [[HEALTH:ਮਾਈਗ੍ਰੇਨ]] ਹੈ, ਨੀਂਦ ਨਾ ਆਉਣ ਕਰਕੇ ਹਫ਼ਤੇ ਵਿੱਚ ਤਿੰਨ ਚਾਰ ਵਾਰ ਦੌਰਾ
ਪੈਂਦਾ ਸੀ।

ਅੱਠ ਮਹੀਨੇ ਰਿਪੋਰਟਾਂ ਕੀਤੀਆਂ। ASB ਕੇਸ [[REFERENCE:ASB/WV/2291]] ਖੁੱਲ੍ਹਿਆ ਪਰ ਹਰ ਵਾਰ ਨਵਾਂ ਅਫ਼ਸਰ, ਹਰ
ਵਾਰ ਸਾਰੀ ਕਹਾਣੀ ਫਿਰ ਤੋਂ। ਇੱਕ ਵਾਰ ਤਾਂ ਚਿੱਠੀ ਸਾਡੇ ਨਾਂ ਦੀ ਥਾਂ [[PERSON:ਡੈਨੀ]] ਦੇ ਘਰ ਚਲੀ ਗਈ, ਜਿਸ
ਵਿੱਚ ਸਾਡੀਆਂ ਸ਼ਿਕਾਇਤਾਂ ਲਿਖੀਆਂ ਸਨ। ਉਸ ਤੋਂ ਬਾਅਦ ਉਹ ਸਾਡੇ ਨਾਲ ਹੋਰ ਵੀ ਔਖਾ ਹੋ ਗਿਆ।

ਫਿਰ ਮੈਂ ਇੰਸਟਾ 'ਤੇ [[OTHER_ID:@gurveer_wolves]] ਤੋਂ ਪੋਸਟ ਪਾਈ ਤੇ ਲੋਕਲ ਕੌਂਸਲਰ ਨੂੰ ਟੈਗ ਕੀਤਾ।
ਅਗਲੇ ਦਿਨ ASB ਟੀਮ ਦੀ ਮੈਨੇਜਰ [[PERSON:ਕੈਰਨ]] ਦਾ ਫ਼ੋਨ ਆਇਆ। ਉਸ ਨੇ ਮੰਨਿਆ ਕਿ ਚਿੱਠੀ ਗ਼ਲਤ ਘਰ ਭੇਜਣਾ
ਡਾਟਾ ਦੀ ਵੱਡੀ ਗ਼ਲਤੀ ਸੀ ਅਤੇ ਕੇਸ ਆਪ ਸੰਭਾਲਿਆ।

ਹੁਣ [[PERSON:ਡੈਨੀ]] ਨੂੰ ਲਿਖਤੀ ਚੇਤਾਵਨੀ ਮਿਲੀ, ਕੁੱਤੇ ਰਾਤ ਨੂੰ ਅੰਦਰ ਰਹਿੰਦੇ ਨੇ, ਤੇ ਡਰਾਈਵਵੇ ਅੱਗੇ ਪੀਲੀ
ਲਾਈਨ ਲੱਗ ਗਈ। ਸਾਨੂੰ ੨੫੦ ਪੌਂਡ ਤੇ ਮਾਫ਼ੀ ਦੀ ਚਿੱਠੀ ਮਿਲੀ। ਹੁਣ ਹਰ ASB ਕੇਸ ਦਾ ਇੱਕੋ ਅਫ਼ਸਰ ਰਹਿੰਦਾ ਹੈ।
ਗੱਲ ਕਰਨੀ ਹੋਵੇ ਤਾਂ ਫ਼ੋਨ ਕਰੋ:
[[PHONE:ਜ਼ੀਰੋ ਸੱਤ ਸੱਤ ਜ਼ੀਰੋ ਜ਼ੀਰੋ ਨੌਂ ਜ਼ੀਰੋ ਜ਼ੀਰੋ ਚਾਰ ਦੋ ਇੱਕ]]।
"""),
    ),
    (
        "fv2au-pa-04",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਰਾਜਵਿੰਦਰ ਕੌਰ]] ਹਾਂ, ਆਪਣੇ ਪੁੱਤਰ [[PERSON:ਜਸਪ੍ਰੀਤ]] (ਘਰ ਦਾ ਨਾਂ [[PERSON:ਜੱਸ]], ਉਮਰ
[[AGE:੧੫ ਸਾਲ]]) ਨਾਲ [[ADDRESS:91 Raglan Road]], ਸਮੈਦਿਕ, [[POSTCODE:B66 3NX]] ਵਿੱਚ ਰਹਿੰਦੀ ਹਾਂ।
ਮਕਾਨ [[ORGANISATION:Sandwell Brook Homes]] ਦਾ ਹੈ, ਕਿਰਾਏਦਾਰੀ ਨੰਬਰ [[REFERENCE:SBC-T-7730915]]।

ਮੈਨੂੰ [[HEALTH:ਫਾਈਬਰੋਮਾਇਲਜੀਆ]] ਹੈ, ਠੰਢ ਵਿੱਚ ਸਾਰਾ ਸਰੀਰ ਦੁਖਦਾ ਹੈ। ਪਿਛਲੀ ਸਰਦੀ ਵਿੱਚ ਸਾਡਾ ਬੌਇਲਰ
ਪੰਜ ਵਾਰ ਬੰਦ ਹੋਇਆ। ਹਰ ਵਾਰ [[ORGANISATION:Gasway Heating]] ਦਾ ਨਵਾਂ ਇੰਜੀਨੀਅਰ ਆਉਂਦਾ, ਰੀਸੈੱਟ ਕਰਕੇ
ਚਲਾ ਜਾਂਦਾ। ਕਿਸੇ ਨੇ ਪਿਛਲੀ ਵਾਰ ਦਾ ਰਿਕਾਰਡ ਨਹੀਂ ਦੇਖਿਆ।

ਉੱਤੋਂ ਚਿੱਠੀਆਂ ਸਿਰਫ਼ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਆਉਂਦੀਆਂ, ਅਤੇ ਉਨ੍ਹਾਂ ਕੋਲ ਮੇਰਾ ਪੁਰਾਣਾ ਫ਼ੋਨ ਨੰਬਰ ਸੀ, ਇਸ ਲਈ
ਅਪੌਇੰਟਮੈਂਟ ਦੇ ਮੈਸੇਜ ਮੈਨੂੰ ਮਿਲਦੇ ਹੀ ਨਹੀਂ ਸਨ। ਦੋ ਵਾਰ ਇੰਜੀਨੀਅਰ ਆ ਕੇ ਮੁੜ ਗਿਆ ਤੇ ਉਲਟਾ ਲਿਖ ਦਿੱਤਾ
ਕਿ ਕਿਰਾਏਦਾਰ ਘਰ ਨਹੀਂ ਸੀ। [[PERSON:ਜੱਸ]] ਨੇ ਸਕੂਲ ਤੋਂ ਛੁੱਟੀ ਲੈ ਕੇ ਫ਼ੋਨ ਕੀਤੇ।

ਪਹਿਲੇ ਪੜਾਅ ਦੀ ਸ਼ਿਕਾਇਤ ਦਾ ਜਵਾਬ ਠੀਕ ਨਹੀਂ ਸੀ, ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ [[PERSON:ਮਾਈਕਲ ਓਬੀ]] ਨੇ ਫ਼ਾਈਲ ਦੇਖੀ।
ਉਨ੍ਹਾਂ ਨੇ ਪੰਜਾਂ ਵਿਜ਼ਿਟਾਂ ਨੂੰ ਜੋੜ ਕੇ ਦੇਖਿਆ ਅਤੇ ਮੰਨਿਆ ਕਿ ਬੌਇਲਰ ਮੁਰੰਮਤ ਦੇ ਲਾਇਕ ਨਹੀਂ ਸੀ। ਨਵਾਂ
ਬੌਇਲਰ ਲੱਗਿਆ, ਮੇਰਾ ਨੰਬਰ ਠੀਕ ਹੋਇਆ, ਅਤੇ ਹੁਣ ਚਿੱਠੀਆਂ ਪੰਜਾਬੀ ਵਿੱਚ ਵੀ ਆਉਂਦੀਆਂ ਹਨ।

੪੮੦ ਪੌਂਡ ਮੁਆਵਜ਼ਾ ਸਿੱਧਾ ਬੈਂਕ ਵਿੱਚ ਆਇਆ: ਸੌਰਟ ਕੋਡ [[OTHER_ID:20-77-41]], ਖਾਤਾ
[[OTHER_ID:63019248]]। ਹੁਣ ਜੇ ਕੋਈ ਬੌਇਲਰ ਤਿੰਨ ਮਹੀਨਿਆਂ ਵਿੱਚ ਤਿੰਨ ਵਾਰ ਖ਼ਰਾਬ ਹੋਵੇ ਤਾਂ ਆਪਣੇ ਆਪ
ਸਰਵੇਅਰ ਭੇਜਿਆ ਜਾਂਦਾ ਹੈ। ਮੇਰੀ ਈਮੇਲ ਹੈ [[EMAIL:raj ਡਾਟ kaur ਐਟ example ਡਾਟ net]]।
"""),
    ),
    (
        "fv2au-pa-05",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਨਵਨੀਤ ਸੰਘਾ]] ਹਾਂ, [[AGE:੧੯ ਸਾਲਾਂ]] ਦੀ, ਅਤੇ ਇਹ ਮੇਰੇ ਨਾਨੀ ਜੀ [[PERSON:ਬਲਬੀਰ ਕੌਰ]] ਦੀ
ਕਹਾਣੀ ਹੈ। ਨਾਨੀ ਜੀ ਗ੍ਰੇਵਜ਼ੈਂਡ ਵਿੱਚ [[ADDRESS:33 Orchard Vale]], [[POSTCODE:DA11 0QP]] ਵਿੱਚ ਇਕੱਲੇ
ਰਹਿੰਦੇ ਹਨ। ਘਰ [[ORGANISATION:Thameside Kent Housing]] ਦਾ ਹੈ। ਮੇਰਾ ਛੋਟਾ ਭਰਾ [[PERSON:ਅਰਮਾਨ]]
[[ADDRESS:Riverview Academy]] ਤੋਂ ਛੁੱਟੀ ਤੋਂ ਬਾਅਦ ਹਰ ਰੋਜ਼ ਨਾਨੀ ਜੀ ਕੋਲ ਜਾਂਦਾ ਹੈ।

ਪਿਛਲੇ ਸਾਲ ਅਗਸਤ ਵਿੱਚ ਪਿਛਲੇ ਕਮਰੇ ਦੀ ਛੱਤ ਚੋਣ ਲੱਗ ਪਈ। ਅਸੀਂ [[PHONE:01632 960 448]] 'ਤੇ ਦੱਸਿਆ,
ਰਿਪੇਅਰ ਨੰਬਰ [[REFERENCE:TKH-77021]]। [[ORGANISATION:Medway Roofline]] ਵਾਲੇ ਦੋ ਵਾਰ ਆਏ ਪਰ ਛੱਤ 'ਤੇ
ਚੜ੍ਹੇ ਬਿਨਾਂ ਹੀ ਮੁੜ ਗਏ, ਕਹਿੰਦੇ ਪੌੜੀ ਛੋਟੀ ਹੈ।

ਨਾਨੀ ਜੀ ਨੂੰ ਸ਼ੁਰੂਆਤੀ [[HEALTH:ਅਲਜ਼ਾਈਮਰ]] ਹੈ। ਉਹ ਭੁੱਲ ਜਾਂਦੇ ਸਨ ਕਿ ਫ਼ਰਸ਼ ਗਿੱਲਾ ਹੈ। ਅਕਤੂਬਰ ਵਿੱਚ
ਉਹ ਤਿਲਕ ਕੇ ਡਿੱਗ ਪਏ ਅਤੇ ਗੁੱਟ ਟੁੱਟ ਗਿਆ। ਹਸਪਤਾਲ ਦੀ ਚਿੱਠੀ, ਜਿਸ ਉੱਤੇ ਉਨ੍ਹਾਂ ਦਾ NHS ਨੰਬਰ
[[OTHER_ID:੪੮੫ ੭੭੭ ੩੪੫੬]] ਸੀ, ਮੈਂ ਸ਼ਿਕਾਇਤ ਨਾਲ ਲਾ ਕੇ ਭੇਜੀ। [[ADDRESS:Stonebridge Surgery]] ਦੀ
ਡਾਕਟਰ ਨੇ ਵੀ ਲਿਖਿਆ ਕਿ ਗਿੱਲਾ ਘਰ ਉਨ੍ਹਾਂ ਲਈ ਖ਼ਤਰਨਾਕ ਹੈ।

ਸ਼ਿਕਾਇਤ ਦਾ ਨੰਬਰ [[REFERENCE:TKH-CMP-1502]] ਸੀ। ਕੰਪਲੇਂਟਸ ਟੀਮ ਦੀ [[PERSON:ਐਮਾ]] ਨੇ ਖ਼ੁਦ ਆ ਕੇ ਦੇਖਿਆ
ਅਤੇ ਮੰਨਿਆ ਕਿ ਰਿਕਾਰਡ ਵਿੱਚ ਕਿਤੇ ਨਹੀਂ ਲਿਖਿਆ ਸੀ ਕਿ ਨਾਨੀ ਜੀ ਇਕੱਲੇ ਅਤੇ ਬਿਮਾਰ ਹਨ।

ਦੋ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਛੱਤ ਦੀਆਂ ਟਾਈਲਾਂ ਬਦਲੀਆਂ ਗਈਆਂ, ਕਮਰੇ ਦੀ ਮੁਰੰਮਤ ਹੋਈ, ਅਤੇ ਨਾਨੀ ਜੀ ਨੂੰ ੭੦੦ ਪੌਂਡ
ਮਿਲੇ। ਹੁਣ ਉਨ੍ਹਾਂ ਦੇ ਖਾਤੇ 'ਤੇ "ਵਾਧੂ ਦੇਖਭਾਲ" ਦਾ ਨਿਸ਼ਾਨ ਹੈ ਅਤੇ ਹਰ ਰਿਪੇਅਰ ਦੀ ਖ਼ਬਰ ਮੈਨੂੰ ਵੀ ਆਉਂਦੀ
ਹੈ। [[PERSON:ਅਰਮਾਨ]] ਕਹਿੰਦਾ ਹੈ ਕਿ ਨਾਨੀ ਜੀ ਦਾ ਕਮਰਾ ਹੁਣ ਸਾਡੇ ਘਰ ਨਾਲੋਂ ਵੀ ਸੋਹਣਾ ਹੈ।
"""),
    ),
    (
        "fv2au-pl-01",
        "pl",
        _s("""
Nazywam się [[PERSON:Agnieszka Nowicka]]. Od 2018 roku mieszkam z synem w
[[ADDRESS:mieszkaniu nr 4]] w bloku [[ADDRESS:Bretton House]] w Peterborough, [[POSTCODE:PE3 8DW]].
Właścicielem jest [[ORGANISATION:Fenland Gate Housing]].

Zimą 2022 roku w pokoju syna zaczęła się pojawiać pleśń, najpierw w rogu przy oknie, potem na całej
ścianie. [[PERSON:Kuba]] ma [[AGE:4 lata]] i jesienią zdiagnozowano u niego [[HEALTH:astmę]]. Lekarka
powiedziała wprost, że wilgoć mu szkodzi. W przedszkolu [[ADDRESS:Little Acorns Nursery]] panie
pytały, czemu [[PERSON:Kuby]] tak często nie ma.

Dzwoniłam na [[PHONE:01632 960 214]] chyba piętnaście razy. Zgłoszenie nr [[REFERENCE:FGH-30217]].
Przyszedł pan z firmy [[ORGANISATION:Nene Property Care]], przemalował ścianę i powiedział, że mamy
częściej wietrzyć. Po miesiącu wszystko wróciło.

Moja koleżanka [[PERSON:Gosia]], która lepiej pisze po angielsku, pomogła mi złożyć formalną skargę
(numer [[REFERENCE:FG/CMP/1184]]). Odezwała się pani [[PERSON:Rachel Doyle]] z działu skarg. Z panią
[[PERSON:Doyle]] rozmawiało się naprawdę dobrze: przyjechała z inspektorem, który stwierdził, że
ściana zewnętrzna nie ma izolacji, a wentylator w łazience nie działa od lat.

Ocieplili ścianę, założyli wentylację z odzyskiem ciepła, wymienili okno w pokoju
[[PERSON:Kuby]] i wypłacili 400 funtów odszkodowania. Najważniejsze jest to, co się zmieniło: teraz
przy każdym zgłoszeniu pleśni przychodzi inspektor, a nie malarz, a informacje o wilgoci są też po
polsku. [[PERSON:Kubuś]] od pół roku nie miał ataku. Jeśli ktoś z bloku potrzebuje pomocy, chętnie
doradzę.
"""),
    ),
    (
        "fv2au-pl-02",
        "pl",
        _s("""
Jestem [[PERSON:Zbigniew Krawczyk]], urodziłem się [[DATE_OF_BIRTH:dwunastego maja 1954]] roku w
Radomiu, a od piętnastu lat mieszkam w Slough pod adresem [[ADDRESS:22 Wexham Close]],
[[POSTCODE:SL2 5JU]]. Dom należy do [[ORGANISATION:Thames Berks Housing]].

Mam [[HEALTH:cukrzycę]] i [[HEALTH:neuropatię]], stopy marzną mi nawet latem. Przez całą zeszłą zimę
kaloryfery grzały tylko do połowy, a w sypialni było czternaście stopni. Dwa razy przyjeżdżał
monter z [[ORGANISATION:Windsor Heating Services]], odpowietrzał kaloryfery i odjeżdżał. Po dwóch
dniach było to samo.

Moja córka [[PERSON:Magda]] pomogła mi napisać skargę z mojego adresu
[[EMAIL:z.krawczyk@example.net]]. Dostaliśmy numer [[REFERENCE:TBH-C-66104]] i przez miesiąc
nic. Dopiero kiedy razem z [[PERSON:Magdą]] zadzwoniliśmy na [[PHONE:01632 960 581]] i poprosiliśmy
o kierownika, zajął się tym pan [[PERSON:Gareth Lloyd]].

Muszę przyznać, że pana [[PERSON:Garetha]] trzeba pochwalić. Przyjechał sam, zmierzył temperaturę
w każdym pokoju i stwierdził, że cała instalacja jest zamulona, a pompa przy piecu ledwo działa.
Firma przepłukała system, wymieniła pompę i dwa kaloryfery. Dostałem 300 funtów i przeprosiny na
piśmie.

Teraz co roku we wrześniu ktoś przychodzi sprawdzić ogrzewanie u starszych lokatorów, zanim
przyjdą mrozy. W niedzielę po mszy w [[ADDRESS:kościele św. Antoniego]] opowiedziałem o tym
znajomym, bo kilku z nich ma ten sam problem i nie wiedziało, że można złożyć skargę.
"""),
    ),
    (
        "fv2au-pl-03",
        "pl",
        _s("""
Cześć, tu [[PERSON:Ola]], czyli [[PERSON:Aleksandra Wiśniewska]], [[AGE:29 lat]]. Mieszkam z córką
[[PERSON:Zuzią]] ([[AGE:3 latka]]) w wieżowcu [[ADDRESS:Kelvin Heights]] w Glasgow,
[[ADDRESS:mieszkanie 57]] na dziewiątym piętrze, kod [[POSTCODE:g20 6lq]]. Właściciel to
[[ORGANISATION:Maryhill Vale Housing Association]].

Piszę krótko, bo [[PERSON:Zuzia]] zaraz się obudzi. Zeszłej zimy zepsuł się domofon i drzwi na dole
były cały czas otwarte. Na klatce zaczęli nocować obcy ludzie, leżały strzykawki. Potem stanęła
winda na trzy tygodnie, a ja z wózkiem po schodach przez te strzykawki. Na parkingu ktoś włamał się
do mojego auta ([[OTHER_ID:SK70 DFN]]), a kamery od miesięcy nie działały.

Zgłaszałam wszystko na [[PHONE:0141 496 0683]]. Sprawa antyspołecznych zachowań dostała numer
[[REFERENCE:ASB-G-7714]], ale nikt nie oddzwaniał. Sąsiad z [[ADDRESS:mieszkania nr 59]], pan
[[PERSON:Hamish]], też dzwonił i też nic.

W końcu wrzuciłam zdjęcia klatki na Instagram ([[OTHER_ID:@ola.w.glasgow]]) i oznaczyłam
spółdzielnię. Następnego dnia zadzwoniła [[PERSON:Fiona Baird]], kierowniczka osiedla. Przyszła z
ochroną i przyznała, że zgłoszenia lądowały w trzech różnych działach i nikt nie widział całości.

Domofon naprawili w dwa dni, kamery w tydzień, windę w następnym tygodniu. Przez trzy miesiące w
nocy był ochroniarz na dole. Dostałam 250 funtów, pan [[PERSON:Hamish]] też. Teraz każde zgłoszenie
z naszego bloku trafia do jednej osoby, a co miesiąc jest spotkanie z mieszkańcami.
"""),
    ),
    (
        "fv2au-pl-04",
        "pl",
        _s("""
[[PERSON:Tomasz Wróbel]], [[ADDRESS:84 Portswood Rise]], Southampton [[POSTCODE:SO17 2GH]], numer
umowy najmu [[REFERENCE:SSH/T/558102]]. Wynajmuję od [[ORGANISATION:Solent Shore Homes]].

Okno w kuchni nie domykało się od października. Jak padało, woda lała się po parapecie na
podłogę. Zgłosiłem. Potem zgłosiłem jeszcze raz. Łącznie siedem wizyt umówionych z firmą
[[ORGANISATION:Hampshire Glazing Direct]], pięć razy nikt nie przyszedł, dwa razy przyszedł ktoś
bez części. Numery zleceń: [[REFERENCE:SSH-J-118203]], [[REFERENCE:SSH-J-118977]],
[[REFERENCE:SSH-J-120146]]. Pracuję na magazynie na nocki, więc każda taka wizyta to był dzień bez
snu albo wzięty urlop. Żona, [[PERSON:Ewa]], też brała wolne.

Złożyłem skargę. Odpisała pani [[PERSON:Lucy Harding]], że przeprasza za niedogodności. Na tym się
skończyło. Napisałem drugi raz, już ostrzej, razem z [[PERSON:Ewą]] wypisaliśmy wszystkie daty,
godziny i ile dni urlopu to nas kosztowało.

Po drugim etapie skargi przyznali, że firma nie miała w systemie zamówionego okna, więc każda wizyta
była bez sensu od początku. Okno wymienili w ciągu tygodnia. Dostaliśmy 40 funtów za każdą
nieodbytą wizytę i zwrot za dni urlopu, razem 520 funtów.

Co się zmieniło: teraz przed wizytą przychodzi SMS z dwugodzinnym oknem czasowym, a rano tego dnia
potwierdzenie, że fachowiec ma części. Nasz syn [[PERSON:Bartek]] się śmieje, że w końcu okno ma
okno. Kontakt: [[PHONE:+44 7700 900 734]] albo
[[EMAIL:tomek kropka wrobel małpa example kropka com]].
"""),
    ),
    (
        "fv2au-pl-05",
        "pl",
        _s("""
Nazywam się [[PERSON:Katarzyna Lewandowska]]. Z mężem [[PERSON:Piotrem]] i synem
[[PERSON:Wojtkiem]] mieszkamy w Norwich, [[ADDRESS:15 Heathgate Close]], [[POSTCODE:NR3 4QY]]. Dom
wynajmujemy od [[ORGANISATION:Broadland Vale Homes]]. [[PERSON:Wojtuś]] ma [[AGE:7 lat]] i
[[HEALTH:mózgowe porażenie dziecięce]], porusza się na wózku.

W 2022 roku terapeutka zajęciowa, pani [[PERSON:Sophie Grant]], zaleciła podjazd przy drzwiach i
łazienkę na parterze. Wniosek dostał numer [[REFERENCE:BVH-ADP-0412]]. Przez ponad rok co miesiąc
dzwoniłam na [[PHONE:01632 960 377]] i słyszałam, że sprawa czeka na budżet. W tym czasie nosiliśmy
[[PERSON:Wojtka]] po schodach na górę do łazienki, a [[PERSON:Piotr]] nabawił się przepukliny.

Raz przyszło pismo z prośbą o potwierdzenie niepełnosprawności syna, choć od początku mieli
wszystkie dokumenty, łącznie z jego numerem NHS [[OTHER_ID:702 118 4596]]. Drugi raz wysłali
inspektora pod zły adres.

Złożyłam skargę, numer [[REFERENCE:BVH-2024-0788]]. Pomogła mi pani [[PERSON:Sophie]], która
napisała, że opóźnienie szkodzi dziecku. Na drugim etapie przyznano, że wniosek zaginął przy zmianie
systemu komputerowego.

Podjazd i łazienka są gotowe od marca. Dostaliśmy 900 funtów na konto (sort code
[[OTHER_ID:09-01-28]], numer konta [[OTHER_ID:17340952]]) i przeprosiny. Teraz każda adaptacja ma
swojego opiekuna i termin. [[PERSON:Wojtek]] sam wjeżdża do domu po powrocie z
[[ADDRESS:Hollyfield Primary]], a w niedziele wjeżdża też do [[ADDRESS:kościoła św. Kazimierza]],
bo parafia po naszej historii też zrobiła podjazd.
"""),
    ),
    (
        "fv2au-ro-01",
        "ro",
        _s("""
Mă numesc [[PERSON:Mihaela Dumitrescu]] și locuiesc cu soțul meu, [[PERSON:Cătălin]], și cu băiatul
nostru, [[PERSON:Ionuț]], care are [[AGE:5 ani]], în [[ADDRESS:apartamentul 9]] din
[[ADDRESS:Kenton Court]], Harrow, [[POSTCODE:HA3 8TL]]. Proprietarul este
[[ORGANISATION:Metroview Homes]].

Din toamna lui 2022 a apărut mucegai negru în dormitorul lui [[PERSON:Ionuț]], pe peretele de lângă
pat și pe tavan. Copilul a făcut [[HEALTH:bronșită astmatiformă]] de trei ori într-o singură iarnă,
iar medicul de la [[ADDRESS:Belmont Circle Surgery]] ne-a dat o scrisoare pentru proprietar.

Am sunat la [[PHONE:020 7946 0461]] de nenumărate ori, numărul reparației era
[[REFERENCE:MVH-RP-33092]]. A venit un om de la [[ORGANISATION:CleanAir Damp & Mould]], a dat cu un
spray și a plecat. După trei săptămâni mucegaiul era la loc.

Am făcut plângere oficială, numărul [[REFERENCE:MVH/CMP/0457]]. Răspunsul la prima etapă spunea că
noi nu aerisim destul. M-am supărat și am cerut a doua etapă. De data asta a venit chiar doamna
[[PERSON:Patel]], managera de zonă, împreună cu un inspector. Doamnei [[PERSON:Patel]] i-a fost de
ajuns să vadă peretele: izolația din spatele lui era udă, pentru că burlanul de afară era spart.

Au schimbat burlanul, au scos tencuiala udă, au izolat și au zugrăvit, au montat un ventilator și
ne-au dat 550 de lire despăgubire. Mi-au cerut scuze în scris pentru ce scria în primul răspuns.
Acum, la orice sesizare de mucegai vine întâi un inspector, nu o echipă de curățenie. [[PERSON:Ionuț]]
n-a mai lipsit de la [[ADDRESS:Woodcroft Primary]] de trei luni, iar [[PERSON:Cătălin]] zice că
abia acum simte că stăm într-o casă adevărată.
"""),
    ),
    (
        "fv2au-ro-02",
        "ro",
        _s("""
Sunt [[PERSON:Gheorghe Stan]], am [[AGE:68 de ani]] și m-am născut pe
[[DATE_OF_BIRTH:șapte martie o mie nouă sute cincizeci și șase]], la Focșani. Locuiesc cu soția mea,
[[PERSON:Lenuța]], la [[ADDRESS:3 Glebe Farm Walk]], Birmingham, [[POSTCODE:B33 9PL]], într-o casă de
la [[ORGANISATION:Cole Valley Housing Trust]]. Stăm la două străzi de
[[ADDRESS:Parohia Ortodoxă Sfântul Nicolae]], unde mergem în fiecare duminică.

Eu am [[HEALTH:BPOC]] și respir greu la frig. În ianuarie s-a stricat centrala și am stat
douăsprezece zile fără căldură și fără apă caldă. Am sunat la [[PHONE:0121 496 0827]] în fiecare zi.
Reparația avea numărul [[REFERENCE:CVHT-R-80314]]. Ni s-a spus că „se așteaptă piesa” și atât.
[[PERSON:Lenuța]] fierbea apă în oale ca să ne spălăm.

Fiul nostru, [[PERSON:Vlad]], care stă la Coventry, a scris o plângere de pe adresa lui,
[[EMAIL:vlad.stan@example.com]]. A primit numărul [[REFERENCE:CVHT-56120]] și o scrisoare tip. A
insistat, a trimis și scrisoarea de la medic, și după o săptămână ne-a sunat domnul
[[PERSON:Simon Hale]] de la conducere.

Domnul [[PERSON:Hale]] a recunoscut că nimeni nu verificase cine locuiește în casă și că pentru un om
cu boală de plămâni lipsa căldurii e urgență. A doua zi ne-au adus două radiatoare electrice, iar
peste trei zile aveam centrală nouă. Ne-au dat 450 de lire și ne-au plătit și curentul pentru
radiatoare.

Acum au o listă cu chiriașii bolnavi și bătrâni, iar dacă ni se strică centrala iarna, vin în aceeași
zi. Părintele [[PERSON:Nicolae]] a anunțat la biserică, ca să știe și ceilalți români din zonă că se
poate face plângere.
"""),
    ),
    (
        "fv2au-ro-03",
        "ro",
        _s("""
Salut. [[PERSON:Andrei Munteanu]], [[AGE:27 de ani]], lucrez pe șantier și scriu de pe telefon, deci
scurt. Stau în [[ADDRESS:Flat 2, 118 Marston Vale Road]], Oxford, [[POSTCODE:OX3 0RP]], locuință de la
[[ORGANISATION:Cherwell Rise Housing]].

Din martie curgea apă din tavan în baie de fiecare dată când ploua. Am raportat de vreo opt ori, ref
[[REFERENCE:CRH-40771]]. Au venit o dată, au zis că e de la acoperiș și că trebuie altă echipă. Altă
echipă n-a venit niciodată.

Apoi, culmea, în iunie mi-au ridicat mașina ([[OTHER_ID:LN17 HGE]]) din parcarea blocului, deși
aveam permis plătit. Cineva de la birou ștersese toate permisele din sistem și nu anunțase pe
nimeni. 200 de lire ca s-o scot de la depozit. Colegul meu de apartament, [[PERSON:Bogdan]] (noi îi
zicem [[PERSON:Bogdi]]), a pățit la fel.

Am făcut plângere, numărul [[REFERENCE:CRH-C-2093]]. Răspuns după o lună: „ne pare rău”. Am pus un
clip pe TikTok de pe [[OTHER_ID:@andrei.munteanu.ox]] cu apa care curge în baie și povestea cu
mașina. A doua zi m-a sunat [[PERSON:Kelly]] de la relații cu chiriașii, foarte de treabă, a zis că
preia ea personal.

În două săptămâni au reparat acoperișul și tavanul din baie. Mi-au dat înapoi cei 200 de lire și
încă 300 pentru scurgere, lui [[PERSON:Bogdi]] la fel. Acum înainte să schimbe ceva la parcare
trimit scrisoare la fiecare apartament, iar pentru infiltrații e o singură echipă, nu se mai
plimbă hârtia între ei. Dacă vreți detalii, sunați-mă la [[PHONE:07700 900 519]].
"""),
    ),
    (
        "fv2au-ro-04",
        "ro",
        _s("""
Mă numesc [[PERSON:Florentina Ilie]] și locuiesc cu fiica mea, [[PERSON:Bianca]], de
[[AGE:13 ani]], la [[ADDRESS:41 Hartley Mews]], Nottingham, [[POSTCODE:ng7 3fb]]. Casa e de la
[[ORGANISATION:Lenton Fields Homes]]. Sunt aici din 2014 și am [[OTHER_SPECIAL:settled status]].

Vecinul de la [[ADDRESS:numărul 43]], [[PERSON:Craig]], a început în 2023 să bată în perete noaptea,
să pună muzica tare și să strige la noi peste gard că suntem [[OTHER_SPECIAL:români]] și să ne
întoarcem acasă. [[PERSON:Bianca]] nu mai voia să iasă în curte.

Am sunat la [[PHONE:0115 496 0372]] și s-a deschis un caz de comportament antisocial,
[[REFERENCE:LFH-ASB-2207]]. Prima ofițeră de caz mi-a cerut... pașaportul. Mi-a zis că „trebuie
să verifice dreptul de ședere” înainte să se ocupe de plângere. I l-am dat, seria
[[OTHER_ID:058213476]], deși nu avea nicio legătură. Apoi două luni nu s-a întâmplat nimic.

Am cerut ajutor la centrul comunitar [[ADDRESS:Radford Unity Centre]], chiar la colțul străzii noastre, și de acolo
m-au ajutat să fac plângere oficială, [[REFERENCE:LFH-CMP-0613]]. Cazul a fost preluat de
[[PERSON:Nadia Rahman]], care a tratat-o de la început ca hărțuire rasistă. A pus camere, a
vorbit cu poliția, și [[PERSON:Craig]] a primit un avertisment scris, apoi un ordin de la
tribunal.

Mi-au cerut scuze pentru cererea de pașaport și au șters copia. Am primit 300 de lire. Acum
personalul nu mai are voie să ceară acte de imigrare la plângeri, iar cazurile de hărțuire rasistă
merg direct la o echipă specială. [[PERSON:Bianca]] iese iar în curte și a început chiar să
planteze flori.
"""),
    ),
    (
        "fv2au-ro-05",
        "ro",
        _s("""
Scriu pentru mama mea, [[PERSON:Maria Popa]], care are [[AGE:84 de ani]] și
[[HEALTH:boala Parkinson]]. Mama locuiește singură în blocul [[ADDRESS:Rushmoor Point]] din Romford,
[[ADDRESS:apartamentul 73]], la etajul șapte, [[POSTCODE:RM7 0XB]]. Contractul de închiriere e cu
[[ORGANISATION:Havering Reach Homes]], numărul [[REFERENCE:HRH-T-0937711]].

Liftul s-a stricat de patru ori în toamna trecută, o dată pentru aproape o lună. Mama n-a putut
ajunge la controalele de la [[ADDRESS:Rom Valley Practice]] și a rămas fără o rețetă. Eu,
[[PERSON:Daniela]], lucrez în tură și nu puteam fi zilnic acolo. Sunam și ni se spunea că „se lucrează
la el”.

Am depus plângere în scris de pe [[EMAIL:daniela.popa@example.co.uk]], numărul
[[REFERENCE:HRH-C-10884]]. Am trimis și scrisoarea medicului cu numărul ei NHS,
[[OTHER_ID:634 229 0817]], ca să nu mai aibă dubii. La etapa a doua n-a răspuns nimeni în termen,
așa că m-am adresat Ombudsmanului pentru locuințe, cazul [[REFERENCE:202406318]].

Abia atunci a apărut domnul [[PERSON:Steven Oduya]] de la conducere. A recunoscut că nu aveau nicio
evidență cu locatarii care nu pot urca scările și că firma de lifturi nu avea contract de intervenție
rapidă.

Liftul a fost modernizat, iar mama a primit 650 de lire în contul ei (sort code
[[OTHER_ID:60-83-71]], cont [[OTHER_ID:40127735]]). Acum, când liftul nu merge mai mult de o zi,
cineva o sună pe mama și îi aduce cumpărăturile, iar firma trebuie să vină în patru ore. Ombudsmanul
a cerut și un audit pentru toate blocurile înalte ale lor.
"""),
    ),
    (
        "fv2au-ur-01",
        "ur",
        _s("""
میرا نام [[PERSON:نسرین اختر]] ہے۔ میں اپنے شوہر [[PERSON:طارق محمود]] اور تین بچوں کے ساتھ
[[ADDRESS:36 Whetley Grove]]، بریڈفورڈ، [[POSTCODE:BD8 9HS]] میں رہتی ہوں۔ ہمارا گھر
[[ADDRESS:جامع مسجد نور الاسلام]] کے بالکل سامنے ہے۔ مکان [[ORGANISATION:Manningham Hill Homes]] کا ہے۔

پچھلے سال سردیوں میں بچوں کے کمرے کی دیوار پر نمی آنا شروع ہوئی، پھر کالی پھپھوندی پوری دیوار پر
پھیل گئی۔ بیٹی [[PERSON:زینب]] [[AGE:۷ سال]] کی ہے اور بیٹا [[PERSON:حمزہ]] [[AGE:۴ سال]] کا۔
[[PERSON:حمزہ]] کو [[HEALTH:دمہ]] ہے، رات کو کھانس کھانس کر اٹھ جاتا تھا۔ [[ADDRESS:Lister Park Surgery]]
کی ڈاکٹر نے خط لکھ کر دیا کہ نمی بچے کی صحت کے لیے خطرناک ہے۔

میں نے [[PHONE:0113 496 0654]] پر بار بار فون کیا، مرمت کا نمبر [[REFERENCE:MHH-R-72031]] ملا۔
[[ORGANISATION:Aire Damp Care]] کا آدمی آیا، دیوار پر سفید رنگ پھیرا اور چلا گیا۔ ایک مہینے میں سب کچھ
واپس آ گیا۔

پھر میرے شوہر نے باقاعدہ شکایت لکھی، شکایت نمبر [[REFERENCE:MHH/C/3390]]۔ دو ہفتے بعد ہاؤسنگ آفیسر
[[PERSON:سٹیو]] ([[PERSON:Steve Barker]]) گھر آئے۔ انہوں نے خود مانا کہ باہر کی نالی ٹوٹی ہوئی تھی
اور پانی دیوار کے اندر جا رہا تھا، اور پچھلی رپورٹوں میں کسی نے یہ نہیں دیکھا۔

نالی بدلی گئی، دیوار کا پلستر نیا ہوا، کمرے میں نمی نکالنے والا پنکھا لگا، اور ہمیں ۴۵۰ پاؤنڈ
ملے۔ اب کمپنی نے اصول بنایا ہے کہ پھپھوندی کی ہر شکایت پر پہلے سروے ہوگا، رنگ بعد میں۔ مسجد کے
اعلان میں بھی بتایا گیا کہ ایسی شکایت کیسے کی جائے، کیونکہ محلے میں اور بھی گھروں کا یہی حال تھا۔
"""),
    ),
    (
        "fv2au-ur-02",
        "ur",
        _s("""
میں [[PERSON:محمد اسلم]] ہوں، عمر [[AGE:۷۶ سال]]، تاریخ پیدائش [[DATE_OF_BIRTH:۱۴/۰۸/۱۹۴۸]]۔ میں
برمنگھم میں [[ADDRESS:ہالی ویل ٹاور]] کی نویں منزل پر [[ADDRESS:فلیٹ نمبر ۸۲]] میں اکیلا رہتا ہوں،
پوسٹ کوڈ [[POSTCODE:B12 0QS]]۔ فلیٹ [[ORGANISATION:Balsall Heath Community Housing]] کا ہے۔

مجھے [[HEALTH:شوگر]] ہے اور گھٹنوں میں [[HEALTH:گٹھیا]]۔ پچھلے رمضان میں لفٹ پورا ایک مہینہ بند
رہی۔ میں ساری زندگی [[ADDRESS:مسجد بلال]] میں جمعہ پڑھتا رہا ہوں، اس مہینے ایک جمعہ بھی نہ جا سکا۔
نو منزلیں سیڑھیاں اترنا میرے بس میں نہیں۔

میرا بیٹا [[PERSON:عمران]] روز [[PHONE:۰۱۲۱ ۴۹۶ ۰۲۹۴]] پر فون کرتا۔ جواب ملتا کہ ٹھیکیدار کام کر رہا ہے۔
کوئی یہ نہیں بتاتا تھا کہ کب ٹھیک ہوگی۔ نہ کوئی خط آیا، نہ نوٹس لگا۔ پڑوس کے [[PERSON:جمیل]] صاحب
میرا سودا لا دیتے تھے، ورنہ پتا نہیں کیا ہوتا۔

[[PERSON:عمران]] نے تحریری شکایت کی، نمبر [[REFERENCE:BHCH-4410]]۔ ایک ہفتے بعد مسز
[[PERSON:جولی ہیرس]] خود ملنے آئیں۔ انہوں نے معافی مانگی اور مانا کہ ان کے پاس کوئی فہرست ہی
نہیں تھی کہ ٹاور میں کون بزرگ یا معذور ہے۔

لفٹ کا نیا موٹر لگا اور تب سے ٹھیک چل رہی ہے۔ مجھے ۵۰۰ پاؤنڈ ملے۔ اب ہر ٹاور میں ایسے رہائشیوں کی
فہرست بنی ہے، اور لفٹ بند ہو تو مسز [[PERSON:ہیرس]] کی ٹیم ان سب کو اسی دن فون کرتی ہے اور ضرورت ہو
تو سامان پہنچاتی ہے۔ اللہ کا شکر ہے، اس جمعہ میں پھر مسجد گیا۔
"""),
    ),
    (
        "fv2au-ur-03",
        "ur",
        _s("""
السلام علیکم، میں [[PERSON:عائشہ ملک]] ہوں، سب مجھے [[PERSON:عاشی]] کہتے ہیں۔ عمر [[AGE:۲۳ سال]]۔
الفورڈ میں [[ADDRESS:کرینبروک ہاؤس]] کے [[ADDRESS:فلیٹ ۸]] میں امی کے ساتھ رہتی ہوں، یہ وہی بلڈنگ
ہے جو [[ADDRESS:الفلاح سویٹ سینٹر]] کے اوپر ہے۔ پوسٹ کوڈ [[POSTCODE:ig1 4tw]]۔ مالک
[[ORGANISATION:Ilford Crescent Homes]] ہے۔

اوپر [[ADDRESS:فلیٹ ۱۲]] میں نئے لوگ آئے تو روز رات دو تین بجے تک پارٹی۔ اوپر سے بالکونی سے سگریٹ
اور بوتلیں نیچے پھینکتے، میری گاڑی ([[OTHER_ID:EY20 LMK]]) کا شیشہ بھی ایک بار ٹوٹ گیا۔ امی کی
[[HEALTH:ہائی بلڈ پریشر]] کی دوائی چل رہی ہے، نیند نہ ہونے سے طبیعت اور خراب ہوئی۔

[[PHONE:020 7946 0827]] پر فون کیا، کیس نمبر [[REFERENCE:ICH-ASB-3318]] بنا۔ پھر تین مہینے خاموشی۔
ایک دن خط آیا کہ "کیس بند کر دیا گیا کیونکہ مزید شکایت نہیں ملی"۔ حالانکہ میں ہر ہفتے ای میل کر رہی
تھی!

پھر میں نے ٹوئٹر پر [[OTHER_ID:@aashi.ilford]] سے ویڈیو ڈالی جس میں رات تین بجے کا شور تھا۔ اگلے دن
[[PERSON:ڈینیئل]] نام کے آفیسر کا فون آیا۔ انہوں نے مانا کہ میری ای میلز ایک پرانے ان باکس میں جا
رہی تھیں جسے کوئی دیکھتا ہی نہیں تھا۔

کیس دوبارہ کھلا، اوپر والوں کو وارننگ ملی، اور اب رات کو خاموشی ہے۔ گاڑی کے شیشے کے پیسے اور ۲۰۰
پاؤنڈ ملے۔ وہ پرانا ان باکس بند ہو گیا اور اب ہر ای میل کا خودکار جواب آتا ہے جس میں کیس نمبر ہوتا
ہے۔ امی کہتی ہیں، [[PERSON:عاشی]]، تم نے کمال کر دیا۔
"""),
    ),
    (
        "fv2au-ur-04",
        "ur",
        _s("""
میرا نام [[PERSON:منصور احمد قریشی]] ہے۔ میں اپنی بیوی [[PERSON:سعدیہ]] اور بیٹی [[PERSON:ماہ نور]]
([[AGE:۱۰ سال]]) کے ساتھ [[ADDRESS:58 Ladybarn Grove]]، مانچسٹر، [[POSTCODE:M14 6WE]] میں رہتا ہوں۔
گھر [[ORGANISATION:Fallowfield Community Homes]] کا ہے۔ ہم [[OTHER_SPECIAL:احمدی]] ہیں اور
[[ADDRESS:بیت الصمد]] میں نماز پڑھنے جاتے ہیں۔

پچھلے سال اکتوبر میں کسی نے رات کو ہمارے دروازے اور دیوار پر ہماری جماعت کے خلاف نفرت بھرے جملے
لکھ دیے۔ پولیس آئی، رپورٹ نمبر [[REFERENCE:GMP-24-0447125]]۔ میں نے اگلی صبح کمپنی کو فون کیا کہ یہ
فوراً صاف کیا جائے، کیونکہ [[PERSON:ماہ نور]] روز اسی دروازے سے [[ADDRESS:Birchdale Primary]] جاتی ہے
اور سب پڑھ سکتی تھی۔

جواب ملا کہ گرافیٹی ہٹانا "معمول کا کام" ہے، اٹھائیس دن میں ہوگا۔ فون پر ایک خاتون نے یہ بھی پوچھا
کہ "کیا آپ کو یقین ہے کہ یہ نفرت پر مبنی ہے؟" تین ہفتے تک وہ الفاظ ہمارے دروازے پر لکھے رہے۔

میں نے تحریری شکایت کی، نمبر [[REFERENCE:FCH-HC-0091]]۔ کمیونٹی سیفٹی مینیجر [[PERSON:کیتھرین]]
([[PERSON:Catherine Moss]]) نے جواب دیا، خود گھر آئیں، اور کہا کہ یہ کمپنی کی ناکامی تھی۔ اسی
شام دروازہ بدل دیا گیا اور دیوار صاف ہوئی۔

ہمیں تحریری معافی اور ۲۵۰ پاؤنڈ ملے، دروازے پر کیمرا لگایا گیا۔ اب نفرت پر مبنی گرافیٹی چوبیس گھنٹے
میں صاف کرنا لازمی ہے، اور فون سننے والے عملے کی تربیت ہوئی ہے کہ ایسا سوال دوبارہ نہ پوچھا جائے۔
کوئی بات کرنا چاہے تو میرا نمبر [[PHONE:07700 900 906]] ہے۔
"""),
    ),
    (
        "fv2au-ur-05",
        "ur",
        _s("""
میں [[PERSON:فرحانہ شاہین]] ہوں اور اپنے دو بچوں کے ساتھ [[ADDRESS:Flat 3, 17 Britwell Rise]]،
سلاؤ، [[POSTCODE:SL1 9DF]] میں رہتی ہوں۔ یہ فلیٹ [[ORGANISATION:Colnbrook Housing Group]] کا ہے۔
مجھے ۲۰۲۱ میں [[OTHER_SPECIAL:پناہ گزین]] کا درجہ ملا تھا۔

پچھلے دسمبر میں کاربن مونو آکسائیڈ کا الارم بجا۔ گیس کا انجینئر آیا، بوائلر بند کر کے چلا گیا اور کہا
کمپنی نیا لگائے گی۔ دس دن نہ ہیٹنگ، نہ گرم پانی۔ چھوٹا بیٹا [[PERSON:علی]] تب صرف
[[AGE:ڈیڑھ سال]] کا تھا اور بیٹی [[PERSON:مریم]] [[AGE:۶ سال]] کی۔

میں نے عارضی ہیٹر مانگے تو فون پر کہا گیا کہ پہلے اپنا بی آر پی نمبر دیں۔ میں نے دیا،
[[OTHER_ID:ZU7204918]]، پھر بھی تین دن کچھ نہیں آیا۔ بعد میں پتا چلا کہ اس کی ضرورت ہی نہیں تھی،
میں تو چار سال سے ان کی کرایہ دار ہوں۔

میری سہیلی [[PERSON:رخسانہ]] آپا نے شکایت لکھنے میں مدد کی، نمبر [[REFERENCE:CHG-C-60347]]۔ ای میل
[[PERSON:جیمز]] نام کے آفیسر کو گئی، جنہوں نے اگلے ہی دن ہیٹر بھجوائے اور چوتھے دن نیا بوائلر
[[ORGANISATION:Thames Valley Gas Services]] نے لگا دیا۔

مرحلہ ایک کے جواب میں کمپنی نے مانا کہ امیگریشن کاغذات مانگنا غلط تھا۔ ہمیں ۴۰۰ پاؤنڈ ملے، جو میرے
اکاؤنٹ میں آئے: سارٹ کوڈ [[OTHER_ID:07-11-40]]، اکاؤنٹ نمبر [[OTHER_ID:39018265]]۔ اب ان کا اصول
ہے کہ بچوں والے گھر میں ہیٹنگ بند ہو تو اسی دن ہیٹر پہنچیں، اور کسی سے امیگریشن کاغذ نہیں مانگے جاتے۔
میری ای میل: [[EMAIL:farhana ڈاٹ shaheen ایٹ example ڈاٹ org]]۔
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
