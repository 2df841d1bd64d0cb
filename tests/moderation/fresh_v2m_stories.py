"""A thirteenth batch of fresh stories under version 2 of the marking, by a thirteenth writer.

Thirty-five stories, five each in English, Arabic, Bengali (Bengali script), Punjabi (Gurmukhi),
Polish, Romanian and Urdu (Urdu script), written the way people in each language's UK community
really talk: Glasgow, Belfast, Cardiff, Liverpool, Jamaican-British and Nigerian-British English;
Egyptian, Iraqi, Sudanese, Moroccan and Gulf Arabic beside formal standard Arabic; Sylheti-flavoured
Bengali; Doabi and Malwai Punjabi; Podhale highland and Silesian Polish beside everyday and
Ponglish; Moldovan, Oltenian and Transylvanian-tinged Romanian; Mirpuri/Pothwari-flavoured Urdu.
The forms are transcribed voice notes and spoken testimony, WhatsApp group chats, Facebook and
Instagram posts, forum threads, residents' meeting notes, community radio phone-ins, formal
complaint letters and emails, an advice-desk note, a gurdwara newsletter page, a blog and a diary.
People are named by nicknames, pet names, kin-plus-name forms (Auntie Bev, ਚਾਚਾ ਬਿੰਦਰ, খালা রহিমা,
خالة سعاد, ciocia Basia, tanti Lenuța), family names used alone, initials, and names that are also
ordinary words used unmarked elsewhere in the same story; addresses are mostly partial or
landmark-style (a floor of a named block, flats above shops, houses behind places of worship, a
Traveller pitch, a narrowboat mooring, a caravan plot) with some full ones; identifiers are written
as people write them (spelled-out emails, phone numbers in words, in native digits or oddly spaced,
dates of birth in words, ages in each language's own constructions, references, NI and NHS numbers,
car registrations, handles, profile addresses, sort codes and account endings).

Measured on 7 December 2026 at first sight (the detector as changed for batch N, never for
this batch): leak-free 31.4% of 35 (11 stories), recall 90.1%, precision 85.3%, special
recall 83.3%; leak-free by language en 20%, ar 40%, bn 40%, pa 20%, pl 20%, ro 60%, ur 20%
of 5 each. The misses were ages said bare or in dialect (eleven, seventy-eight, ست سنين,
ষোল বছর, 76 ਵਰ੍ਹਿਆਂ, siedem roków, piyńć lot, نو سال), family names used alone (الجبوري, চৌধুরী,
چوہدری), pet names (زينوبة, طامو, شیدو, شیفی, ਮੇਲਾ), initials (J.S., R.T.), dialect spellings
of flats and numbers (third flair o', numerym 112, pod czterdziestką, نا پچھلا فلیٹ), places by
their kind (Thistle Bar, a mooring, a caravan plot, a floor of a tower) and a date of birth
in Arabic month names and in Punjabi words.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block):
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2m-en-01",
        "en",
        _s("""
Transcribed from a voice note for the tenants' group newsletter. Right, so. Ah'm [[PERSON:Senga]],
well, [[PERSON:Agnes Docherty]] oan the tenancy, but naebody's called me [[PERSON:Agnes]] since ma
granny passed. Ah've been oan the [[ADDRESS:third flair o' Dunmore Court]] twenty-two year, the
block wi the broken clock across fae the [[ADDRESS:Thistle Bar]]. Since last November the rain's been
comin in roon the livin room windae like a wee burn. Ma grandwean [[PERSON:Kayden]] bides wi me,
he's [[AGE:six]], an he's got the [[HEALTH:asthma]], an the black mould wis creepin up the wa'
behind his bed. Ah phoned [[ORGANISATION:Clydeview Housing]] that many times the lassie oan the phone
knew ma voice. Every time: a surveyor will be in touch. Naw he wisnae. [[PERSON:Wee Shug]] fae the
fourth flair, him that used tae be a roofer, came doon, had a look an says, "[[PERSON:Senga]] hen,
that's yer flashin, no yer windae." So Ah wrote it aw doon, every date, every name, an made a proper
complaint. Ma reference wis [[REFERENCE:CV-2023-44817]]. [[PERSON:Kayden]]'s school,
[[ADDRESS:Ashgill Primary]], sent a letter an aw sayin he'd missed eleven days wi his chest. At
stage two they admitted the first surveyor never went up oan the roof at aw.
[[ORGANISATION:Dalziel Roofing]] did the flashin in two days, a squad treated the mould, an they gied
us £450 an a dehumidifier. If ye want tae ask me anythin aboot it, ma mobile's
[[PHONE:oh-seven-seven-double-oh, nine-double-oh, four-one-seven]]. Dinnae let them fob ye aff,
hen. It's no a favour ye're askin for, it's yer hame.
"""),
    ),
    (
        "fv2m-en-02",
        "en",
        _s("""
Bout ye all. Posting this for anybody in the same boat. I'm [[PERSON:Bernadette McGurk]],
[[PERSON:Bernie]] to yous, at [[ADDRESS:14 Glenard Walk]], [[POSTCODE:BT14 7QJ]], the wee end house
beside the [[ADDRESS:Oriel Bar]]. Me ma lives with me, she's [[AGE:eighty-one]] and she has the
[[HEALTH:COPD]], so the damp is no joke, so it isn't. The back gutter's been hanging off since the
storm in January and every time it rains it pours down the back wall. There's a black mark up the
kitchen ceiling now the size of a dinner plate. I rang [[ORGANISATION:Farset Housing]] that often I
had their number off by heart. A fella called [[PERSON:Mark]] kept telling me it was "on the system".
Catch yourself on, [[PERSON:Mark]]. Our [[PERSON:Ciara]] done the complaint for me online, she's far
better with the computers. She put her own email on it,
[[EMAIL:ciara dot mcgurk at example dot net]], and me ma's date of birth, the
[[DATE_OF_BIRTH:ninth of February 1943]], because they wanted it for the vulnerability form. The
reference came back [[REFERENCE:FHA-REP-30918]]. The [[PERSON:McAreaveys]] next door had the very
same bother, and their [[PERSON:Dessie]] says it's the one gutter run the whole length of the row.
Stage one they told me it was condensation and to open a window. Wee buns, says they. Stage two a
manager, Mrs [[PERSON:Okafor]], came out herself, stood in the yard in the rain and said, "Aye,
that's not condensation." New guttering the whole row, the ceiling redone, and £300 towards me ma's
heating. If you're stuck, ring me on [[PHONE:07700 900 862]] and I'll talk you through it. Don't be
sitting in the damp, it's wick.
"""),
    ),
    (
        "fv2m-en-03",
        "en",
        _s("""
Alright butt, it's [[PERSON:Gaz]], [[PERSON:Gareth Pritchard]] if you're being posh, from the
[[ADDRESS:flat above the Golden Fry at 40 Clifton Street]]. You said to send you everything before
the meeting so here it is, all in one go like. No hot water since the second week of October. The
boiler's in the cupboard by there and it's been cutting out every night. I'm boiling the kettle to
bath [[PERSON:Seren]], she's only [[AGE:four]], and she've got [[HEALTH:eczema]] so she can't be sat
in cold water. Aunty [[PERSON:Glen]] can't have her no more neither, she's
[[OTHER_SPECIAL:Romany Gypsy]] and lives out on [[ADDRESS:pitch 4 on the Willowbrook site]], and her
trailer's rammed now with the grandkids. I rang [[ORGANISATION:Rhymney Vale Housing]] nine times.
They sent [[ORGANISATION:Pengam Gas Services]] twice and the boy said "I'll be back now in a minute
with the part." Never seen him again, mun. Then a fella called [[PERSON:Will]] said he will chase
it. He did not chase it. They made me give my NI number on the phone,
[[NI_NUMBER:JK 40 27 18 C]], dunno why. Complaint went in on the 3rd of November, ref
[[REFERENCE:RVH/C/5520]], with a letter from the nurse at [[ADDRESS:Moorland Park Surgery]] about
[[PERSON:Seren]]'s skin. Stage one come back in a week: sorry, new boiler fitted in four days, tidy
job to be fair, and £220 for the kettle and the electric. Lush. If anyone wants to ask me about it,
my number's [[PHONE:02920 180553]]. Cheers butt, see you Thursday, I'll bring the Welsh cakes.
"""),
    ),
    (
        "fv2m-en-04",
        "en",
        _s("""
Alright, long one, sorry. Posting cos loads of yous on here have messaged me asking how we got it
sorted. It's [[PERSON:Kel]] by the way, [[PERSON:Kelly Rimmer]]. Me, our [[PERSON:Jayden]] and me
nan are in [[ADDRESS:flat 22, Ashfield House]], the block by the
[[ADDRESS:Tesco Express on Lodge Lane]]. For about a year a fella everyone calls
[[PERSON:Big Tone]] was parking his removals van, [[OTHER_ID:LV19 KXO]], right across the fire exit
and the ramp. Me nan's on a scooter, so half the time she couldn't get out, and our
[[PERSON:Jayden]]'s [[AGE:eleven]] and has [[HEALTH:epilepsy]], so if the ambulance ever needed that
door we'd have been proper stuck. [[PERSON:Macca]], the caretaker, sound fella, told me to log every
single time. So I did, with photos and the time on. I even found [[PERSON:Tone]] advertising on
Insta as [[OTHER_ID:@bigtone_removals]] with our car park in the back of his pics.
[[ORGANISATION:Kensington Fields Housing]] kept saying it was "a parking matter" and nothing to do
with them. I put in a complaint, ASB case [[REFERENCE:KFH-ASB-07731]], and at stage two they finally
read me log. They put bollards in, had the van moved, wrote to him about his tenancy and gave me nan
a proper space by the door. Made up, to be honest. Took eleven months when it should've took a week,
but it's done. If you're in the same boat, text me on [[PHONE:07700 9002 91]] and I'll send you me
template. Don't let them tell you it's not their problem, la.
"""),
    ),
    (
        "fv2m-en-05",
        "en",
        _s("""
Notes from the [[ADDRESS:Rookwood Estate]] residents' meeting, Thursday, community room. Twelve
present. Item 3: the leaks in [[ADDRESS:Carnegie House]]. Auntie [[PERSON:Bev]]
([[PERSON:Beverley Campbell]], [[ADDRESS:flat 9]]) spoke first and asked that her words go in as she
said them: "Mi tell dem from January, water a come through mi bathroom ceiling. Dem send one likkle
bwoy wid a bucket. Bucket nuh fix nutten! Mi a [[AGE:seventy-eight]], mi have di
[[HEALTH:diabetes]] and mi foot dem bad, mi cyaan be mopping floor every night." She said her
granddaughter [[PERSON:Patience]] had rung [[ORGANISATION:Southbank Living]] eleven times "and mi
patience done run out now". Brother [[PERSON:Tunde]] ([[ADDRESS:flat 14]]) said: "Abeg, this is the
same wahala we have had since 2022. The tank in the roof is leaking into every bathroom on that side,
ehn. I have written, I have called, oya now we do it properly." He has helped several residents with
formal complaints and offered to help Auntie [[PERSON:Bev]]. His wife [[PERSON:Blessing]], who is a
nurse, has already written down Auntie [[PERSON:Bev]]'s NHS number, [[OTHER_ID:999 604 2213]], so
that the letter from [[ADDRESS:Lambert Road Medical Centre]] can go with the complaint. Actions:
[[PERSON:Tunde]] to send the complaint from [[EMAIL:tunde dot adeyemi at example dot org]]; existing
repair job for [[ADDRESS:flat 9]] is [[REFERENCE:SL-RJ-118204]]; [[PERSON:Patience]] to be the contact for
updates on [[PHONE:020 7946 0318]]. Item 4: bins. Item 5: Christmas social. Auntie [[PERSON:Bev]]
will bring rice and peas, [[PERSON:Blessing]] the jollof, and everyone agreed it was a blessing to
have the community room back after the flood. Update added in March: stage one upheld, tank
replaced, £400 to Auntie [[PERSON:Bev]] and a written apology.
"""),
    ),
    (
        "fv2m-ar-01",
        "ar",
        _s("""
(رسالة صوتية اتكتبت زي ما اتقالت لجروب السكان على الواتساب) يا جماعة السلام عليكم، أنا
[[PERSON:أم ياسين]]، من [[ADDRESS:الشقة ١٢ في Wolseley Court]]، العمارة اللي جنب
[[ADDRESS:Cairo Bakery]] على الناصية. بقالنا أربع شهور النور بيقطع كل ليلة في المطبخ والحمام،
والفيشة اللي جنب التلاجة سودا ومحروقة. بنتي [[PERSON:نور]] عندها [[AGE:ست سنين]] وعندها
[[HEALTH:ربو]]، والجهاز بتاعها بيشتغل بالكهربا، فتخيلوا لما النور يقطع بالليل واحنا قاعدين في
الضلمة. كلمت [[ORGANISATION:Eastfield Homes]] ييجي مية مرة، وكل مرة يقولولي "هنبعت حد". جه واحد
من [[ORGANISATION:Sparkright Electrical]] بص على الفيشة وقال "ده مش شغلي" ومشي. خالة
[[PERSON:سعاد]] جارتنا في الدور التالت قالتلي: "يا بنتي متسكتيش، اعملي شكوى رسمية مكتوبة."
ابني [[PERSON:ياسين]] كتبها بالإنجليزي عشان هو في [[ADDRESS:Hollybrook Academy]] وإنجليزيته أحسن
مني بكتير. رقم الشكوى [[REFERENCE:EFH/C/90412]]. والحمد لله، في المرحلة الأولى بعتوا كهربائي
تاني غيّر اللوحة كلها في يومين، واعتذروا، ودفعوا ٢٥٠ جنيه استرليني. الست اللي مسكت الشكوى اسمها
[[PERSON:Karen Boateng]] وكانت محترمة جدا وكلمتني بنفسها. خالة [[PERSON:سعاد]] قالت: "شفتي؟ الكلام
المكتوب ليه هيبة." اللي عايز يسأل يكلمني على [[PHONE:٠٧٧٠٠ ٩٠٠ ٥٤٨]]، أو يبعتلي على الإيميل
[[EMAIL:umm.yassin@example.com]]. متسكتوش يا جماعة، النور ده مش رفاهية.
"""),
    ),
    (
        "fv2m-ar-02",
        "ar",
        _s("""
من مجموعة "جيران [[ADDRESS:Kelvin Tower]]" على الواتساب، منقولة بإذن أصحابها.
[[PERSON:أبو حيدر]]: يا جماعة اكو أحد عنده نفس مشكلتي؟ سقف الحمام يخر ماي من شهرين، من
[[ADDRESS:شقة ٤٣]] اللي فوگنا.
[[PERSON:أم زينب]]: [[PERSON:أبو حيدر]] هاي مو أول مرة، بيت [[PERSON:الجبوري]] بالطابق الثامن صار عدهم نفس
الشي السنة الفاتت.
[[PERSON:أبو حيدر]]: والله هواية خابرت [[ORGANISATION:Northgate Living]]، كل مرة يگولون نبعث
واحد، وماكو أحد يجي. أمي عمرها [[AGE:٧٩ سنة]] وعدها [[HEALTH:جلطة]] من قبل سنتين، ما تگدر تطلع
من البيت، والحمام صار مثل الحمام التركي.
[[PERSON:زينب]]: عمو، لازم تسوي complaint رسمي. آني سويت وحدة لأمي السنة الماضية وطلعت خوش
نتيجة.
[[PERSON:أبو حيدر]]: شلون أسويها؟ آني إنگليزيتي على گدي. دزيتلهم تاريخ ميلاد أمي
[[DATE_OF_BIRTH:١ تموز ١٩٤٥]] ورقم الـNHS مالها [[OTHER_ID:٩٩٩ ٢٥١ ٤٠٨٨]] وبعد ماكو.
[[PERSON:زينب]]: دزلي رقمك وأخابرك هسه.
[[PERSON:أبو حيدر]]: [[PHONE:٠٧٧٠٠٩ ٠٠١٣٦]]
(بعد أسبوعين)
[[PERSON:أبو حيدر]]: بشارة يا جماعة! [[PERSON:زينب]] كتبت الشكوى ورقمها
[[REFERENCE:NGL-44120]]. بالمرحلة الأولى اعترفوا إن الماي من أنبوب مشترك مو من شقة
[[PERSON:الجبوري]]، وبدلوه بثلاث أيام، وصبغوا السقف، وانطونا ٣٠٠ باوند.
[[PERSON:أم زينب]]: الحمد لله، الله يخليها [[PERSON:زينوبة]]، من زغرها شاطرة.
[[PERSON:أبو حيدر]]: وآني ممنون هم من الموظف [[PERSON:Daniel Shaw]]، خابرني بنفسه واعتذر. يمعود
محد يسكت بعد، اكتبوا.
"""),
    ),
    (
        "fv2m-ar-03",
        "ar",
        _s("""
مقابلة من برنامج "صوت الجالية" على إذاعة محلية، بالعامية كما قيلت.
المذيع: مرحب بيك يا خالة، عرّفي المستمعين بنفسك.
الضيفة: أنا [[PERSON:آمنة الطيب]]، والناس هنا بينادوني [[PERSON:أم الحسن]]. أنا
[[OTHER_SPECIAL:سودانية]]، جينا بريطانيا سنة ٢٠١٩ وبعدين اتقبلنا [[OTHER_SPECIAL:لاجئين]].
ساكنين في [[ADDRESS:٧ Hanover Close]]، ورا [[ADDRESS:Al-Hikma Mosque]] طوالي.
المذيع: شنو كانت المشكلة؟
الضيفة: ياخ المشكلة كانت الرطوبة، شديد شديد. الحيطة بتاعة أوضة الأولاد بقت سودا ساي. ولدي
[[PERSON:الحسن]] عمرو [[AGE:عشرة سنين]]، وبتي [[PERSON:أمل]] عمرها [[AGE:خمسة سنين]] وعندها
[[HEALTH:الأنيميا المنجلية]]، والدكتور في [[ADDRESS:Hanover Medical Centre]] قال البرد والرطوبة
ديل بيتعبوها عديل.
المذيع: واتصلتي بالمالك؟
الضيفة: اتصلت بـ[[ORGANISATION:Riverside Crescent Homes]] أكتر من عشرين مرة. يقولوا لي "افتحي
الشباك". في عز الشتا يا زول! أنا قلت خلاص ما في أمل. لكن جارنا [[PERSON:أبو شنب]]، راجل طيب،
قال لي: يا [[PERSON:أم الحسن]]، الكلام بالتلفون ساي ما بنفع، اكتبي شكوى.
المذيع: وحصل شنو؟
الضيفة: [[PERSON:الحسن]] كتب الشكوى معاي، ورقمها [[REFERENCE:RCH-20931]]. في المرحلة التانية جو
ناس ولقوا إنو المزراب مكسور من زمن والموية بتدخل في الحيطة. صلحوهو، وعالجوا الحيطة، ودفعوا لينا
تعويض، وقالوا آسفين. هسي [[PERSON:أمل]] بقت تنوم كويس. عشان كدا بقول للناس: ما تقطعوا الأمل.
المذيع: ولو في زول داير يسألك؟
الضيفة: رقمي [[PHONE:07700 900 693]]، أي زول يضرب لي، مرحب بيهو.
"""),
    ),
    (
        "fv2m-ar-04",
        "ar",
        _s("""
السلام عليكم يا الجماعة، أنا [[PERSON:فاطمة بناني]]، وكلشي كيعرفني ب[[PERSON:طامو]]. بغيت نحكي
ليكم على المشكل اللي كان عندي مع الفيران ف [[ADDRESS:23 Clarendon Road]]،
[[POSTCODE:n154qa]]، الدار اللي حدا [[ADDRESS:Atlas Halal Butchers]]. عام كامل وأنا كنشوف الفيران
ف الكوزينة، وولدي [[PERSON:سعيد]] عندو [[AGE:ثلاث سنين]] وكان كيخاف بزاف يدخل للكوزينة بوحدو.
عيطت ل[[ORGANISATION:Harrowfield Housing]] شي خمسطاش المرة، وكل مرة كيصيفطو واحد من
[[ORGANISATION:PestAway Services]] كيحط شوية ديال السم وكيمشي، وما كيسدوش التقوب اللي تحت
البلاكار. خالتي [[PERSON:فاطنة]] اللي ساكنة ف [[ADDRESS:الرقم 25]] قالت ليا: "أ بنتي، ما
تبقايش ساكتة، دير شكاية رسمية بالكتابة." صافي، بنتي الكبيرة [[PERSON:هند]] كتبات الشكاية
بالنجليزية وصيفطاتها من الإيميل ديالي
[[EMAIL:fatima.bennani arobase example point org]]. الرقم ديال الشكاية
[[REFERENCE:HH/COMP/6617]]. ف المرحلة الأولى جاو ناس مزيانين، سدو كاع التقوب، بدلو الباب ديال
الكوزينة، وعطاونا 200 جنيه. والمسؤول [[PERSON:Ravi Patel]] عيط ليا بنفسو باش يعتذر. دابا الحمد
لله، [[PERSON:سعيد]] ولا كيدخل للكوزينة بلا خوف، وكان نهار سعيد ملي سالات الخدمة. خالتي
[[PERSON:فاطنة]] دارت لينا أتاي باش نحتافلو. إلا شي واحد بغا يسولني، راني ف انستغرام
[[OTHER_ID:@tamou_f_london]]. ما تسكتوش، الحق ديالكم هذا.
"""),
    ),
    (
        "fv2m-ar-05",
        "ar",
        _s("""
إلى مسؤول الشكاوى في [[ORGANISATION:Severnside Community Housing]]
الموضوع: شكوى رسمية، المرحلة الثانية، رقم الشكوى [[REFERENCE:SCH-2024-0815]]
تحية طيبة وبعد،
أكتب إليكم نيابةً عن جاري السيد [[PERSON:سالم العتيبي]]، المعروف بين الجيران بـ«[[PERSON:بو فهد]]»،
المقيم في [[ADDRESS:الشقة 5 في Palmer Court]]، [[POSTCODE:CF24 3XE]]، ورقم عقد إيجاره
[[REFERENCE:PC-T-00517]]، وقد أذن لي بذلك كتابيًا. يبلغ السيد [[PERSON:العتيبي]] من العمر
[[AGE:82 عامًا]]، وتاريخ ميلاده [[DATE_OF_BIRTH:الثالث من فبراير 1942]]، وهو مصاب
بـ[[HEALTH:مرض الانسداد الرئوي المزمن]] ويستخدم جهاز أكسجين في البيت.
منذ شهر أكتوبر الماضي والتدفئة في شقته معطلة. أرسلتم فنيًا من شركة
[[ORGANISATION:Taff Heating Ltd]] ثلاث مرات، وفي كل مرة كان يغادر دون إصلاح. وقد قال لي بلهجته:
«يا ولدي، البيت برد وايد، والله ما أقدر أنام، الهيتر ما يشتغل، وكل ما اتصلت قالوا لي باچر نجيك،
وباچر ما يجي.»
وقد كتب طبيبه في [[ADDRESS:Canal Park Surgery]] رسالة تؤكد خطورة البرد على حالته، وأرسلتها ابنته
[[PERSON:نورة]] من بريدها الإلكتروني [[EMAIL:noura.alotaibi@example.net]] في 14 نوفمبر، ولم يصلها
أي رد. كما أن رد المرحلة الأولى، الذي وقّعه [[PERSON:D. Price]]، لم يذكر الرسالة الطبية إطلاقًا.
نطلب إصلاح التدفئة خلال أيام، وتسجيل السيد [[PERSON:العتيبي]] ساكنًا ذا احتياجات خاصة، وتعويضًا عن
الأشهر الماضية. ويمكنكم التواصل معي على الرقم [[PHONE:029 2018 0742]].
مع خالص التحية،
[[PERSON:يوسف المقطري]]، جار ومتطوع
ملاحظة أُضيفت بعد ثلاثة أسابيع: جاء رد المرحلة الثانية باعتذار واضح، ورُكّب مرجل جديد خلال يومين،
ودُفع تعويض قدره 600 جنيه إسترليني. وعندما زرت [[PERSON:بو فهد]] قال ضاحكًا: «الحين زين، الحين
البيت دافي، الله يعطيك العافية.»
"""),
    ),
    (
        "fv2m-bn-01",
        "bn",
        _s("""
(ভয়েস মেসেজ থাকি লেখা, যেমন কইছইন তেমন) আসসালামু আলাইকুম। আমি [[PERSON:রহিমা খাতুন]],
[[ADDRESS:Bramley House]]-এর বেকে আমারে খালা [[PERSON:রহিমা]] ডাকইন। আমরা থাকি
[[ADDRESS:ফ্ল্যাট ৫৪, Bramley House]]-এ, নয় তলাত, [[ADDRESS:Baitul Aman Masjid]]-এর উল্টা দিকে।
হুনইন, গেল শীতর সময় থাকি লিফট ভালা নায়। তিন মাস অইগেছে। আমার জামাইর [[HEALTH:ডায়াবেটিস]],
পাও ফুলি গেছে, সিঁড়ি দিয়া নামতা পারইন না। হাসপাতালর দুইটা অ্যাপয়েন্টমেন্ট মিস অইছে। আমার
নাতনি [[PERSON:বৃষ্টি]], তার বয়স [[AGE:আট বছর]], [[ADDRESS:Cannon Street Primary]]-ত পড়ে,
প্রতিদিন নয় তলা উঠানামা করে। বৃষ্টি অইলে আবার সিঁড়ির জানালা দিয়া পানি আয়, সিঁড়ি পিছলা অই যায়।
[[ORGANISATION:Eastbank Homes]]-রে কতবার ফোন দিছি, হিসাব নাই। তারা খালি কয় "ইঞ্জিনিয়ার
আইবা"। কেউ আইলা না। শেষে আমার ফুত [[PERSON:শাহীন]] কইল, "আম্মা, কমপ্লেইন লেখো, খালি মাতিয়া
লাভ নাই।" হে লিখিয়া দিল, রেফারেন্স [[REFERENCE:EBH-LIFT-2291]]। পাশর ফ্ল্যাটর
[[PERSON:Doreen]] আফা-ও সই দিলা, তাইনেও সিঁড়ি দিয়া নামতা পারইন না। দুই সপ্তার ভিতরে লিফট ঠিক
করছে, আমার জামাইর লাগি হাসপাতালত যাওয়ার টেক্সি দিছে, আর চিঠি দিয়া মাফ চাইছে।
[[PERSON:বৃষ্টি]] অখন লিফটো উঠিয়া হাসে। কেউ কিছু জানতা চাইলে আমার নম্বর
[[PHONE:০৭৭০০ ৯০০ ২৮৪]]। ডরাইও না, মাতো।
"""),
    ),
    (
        "fv2m-bn-02",
        "bn",
        _s("""
বিষয়: আমার বাবার বাথরুম পরিবর্তনের কাজ নিয়ে আনুষ্ঠানিক অভিযোগ, দ্বিতীয় ধাপ। প্রিয়
মহোদয়/মহোদয়া, আমি [[PERSON:নাজমা বেগম]], আমার বাবা [[PERSON:আব্দুল মালিক]]-এর পক্ষ থেকে
লিখছি। তিনি [[ADDRESS:৬২ Heathcote Road]], [[POSTCODE:b109pq]]-এ একা থাকেন; পাড়ার সবাই তাঁকে
[[PERSON:মালিক]] চাচা বলে ডাকে। তাঁর জন্ম তারিখ [[DATE_OF_BIRTH:৭ই জানুয়ারি ১৯৫১]], এনএইচএস
নম্বর [[OTHER_ID:৯৯৯ ৩৮২ ১০৪৭]]। ২০২৩ সালের মার্চে তাঁর [[HEALTH:স্ট্রোক]] হয়, তারপর থেকে ডান
হাত-পা দুর্বল। [[ADDRESS:Green Lane Family Practice]]-এর ডাক্তার এবং হাসপাতালের অকুপেশনাল
থেরাপিস্ট দুজনেই বাথটাব সরিয়ে ওয়াক-ইন শাওয়ার বসানোর সুপারিশ করেন। বাড়ির মালিক
[[ORGANISATION:Poplar Reach Housing]] আট মাসেও কাজ শুরু করেনি। আব্বা নিজের ভাষায় বলেন, "আমি
কিতা করমু, ছয় মাস ধরি ঠিকমতো গোসল করতাম পারছি না।" প্রথম ধাপের উত্তরে (রেফারেন্স
[[REFERENCE:PRH-CMP-30552]]) আপনারা লিখেছিলেন যে ঠিকাদার [[ORGANISATION:Adapt-Ability Ltd]]-এর
তালিকায় তাঁর নাম আছে। কিন্তু কেউ আসেনি, কেউ ফোনও করেনি। অনুরোধ করছি, দুই সপ্তাহের মধ্যে কাজের
তারিখ জানান। যোগাযোগ: [[PHONE:0121 496 0573]] অথবা
[[EMAIL:nazma ডট begum অ্যাট example ডট com]]। বিনীত, [[PERSON:নাজমা বেগম]]। পুনশ্চ, তিন সপ্তাহ
পরে যোগ করা: দ্বিতীয় ধাপে তারা দেরির জন্য ক্ষমা চেয়েছে, দশ দিনের মধ্যে শাওয়ার বসিয়েছে এবং ৪০০
পাউন্ড ক্ষতিপূরণ দিয়েছে। [[PERSON:মালিক]] চাচা এখন হেসে বলেন, "অখন আরাম, বাড়ির মালিকে কথা
রাখছে।"
"""),
    ),
    (
        "fv2m-bn-03",
        "bn",
        _s("""
পরিবারের হোয়াটসঅ্যাপ গ্রুপ "আমরার ঘর" থাকি, বেকের অনুমতি লইয়া। [[PERSON:টুনি]] মানে আমি,
[[PERSON:তাহমিনা বেগম]]।
[[PERSON:টুনি]]: আম্মা, আইজও নিচর ফ্ল্যাট থাকি গন্ধ আইরো নি?
আম্মা: হয় রে মাই, সারা রাইত গান আর গাঞ্জার গন্ধ। [[PERSON:বাবলু]] ঘুমাইত পারছে না, পরীক্ষা
সামনে।
[[PERSON:বাবলু]]: ami sob record korsi, আম্মা। চৌদ্দ রাইতর ভিডিও আছে।
[[PERSON:টুনি]]: ঠিক আছে, আমি কমপ্লেইন করমু। ঠিকানা দিমু [[ADDRESS:১৭ Wellington Street]],
[[ADDRESS:Shapla Grocers]]-এর পিছনের বাসা, ঠিক নি?
আম্মা: হ। আর লেখিছ যে [[PERSON:চৌধুরী]] সাবও একই কথা কইছইন, উনি [[ADDRESS:১৯ নম্বর]]-এ থাকইন।
[[PERSON:বাবলু]]: ওই বেটার কালা গাড়ি [[OTHER_ID:BF68 WZN]] সবসময় আমরার গেটর সামনে রাখে। আর হে
instagram-এ [[OTHER_ID:@lil_dreamz_b11]] নামে ভিডিও দেয়, আমরার সিঁড়ি দেখা যায়।
[[PERSON:টুনি]]: done. [[ORGANISATION:Moseley Vale Homes]]-এ পাঠাইলাম, ASB কেস নম্বর
[[REFERENCE:MVH-ASB-4470]]। আমার ইমেইল দিছি, [[EMAIL:tuni.begum@example.org]]।
(তিন সপ্তাহ পরে)
[[PERSON:টুনি]]: আম্মা, অফিসার [[PERSON:Sarah Whitlock]] ফোন দিছলা। তারা নোটিশ দিছে, সিঁড়িত
ক্যামেরা লাগাইছে, আর পুলিশর লগে মিলিয়া ব্যবস্থা নিছে।
আম্মা: আলহামদুলিল্লাহ। [[PERSON:বাবলু]], অখন পড়াত মন দে। তোর বয়স [[AGE:ষোল বছর]], এই বছর
জিসিএসই।
[[PERSON:বাবলু]]: ok আম্মা। আর [[PERSON:চৌধুরী]] নানারেও কইয়া দিমু, উনি খুশি অইবা।
আম্মা: [[PERSON:টুনি]] মাই, তুই না থাকলে কিচ্ছু অইত না।
"""),
    ),
    (
        "fv2m-bn-04",
        "bn",
        _s("""
শিরোনাম: মা হওয়ার পর প্রথম শীত। আমি [[PERSON:সুমাইয়া রহমান]], বন্ধুরা ডাকে [[PERSON:সুমি]]।
আমরা থাকি [[ADDRESS:৪০ Mafeking Road-এর বেসমেন্ট ফ্ল্যাটে]], মোড়ের
[[ADDRESS:Green Street Launderette]]-এর ঠিক উল্টো দিকে। আমার মেয়ের জন্ম
[[DATE_OF_BIRTH:১৫ই আগস্ট ২০২৩]]। নামটা রেখেছিলাম [[PERSON:আলো]], কারণ বেসমেন্টে আলো খুব কম
আসে, ভেবেছিলাম ও-ই আমাদের ঘর আলো করবে। শীত আসতেই দেয়াল ভরে গেল কালো ছত্রাকে।
[[PERSON:আলো]]-র বয়স তখন [[AGE:তিন মাস]], দুবার [[HEALTH:ব্রঙ্কিওলাইটিস]] নিয়ে হাসপাতালে গেল।
আমি নিজেও তখন [[HEALTH:প্রসব-পরবর্তী বিষণ্ণতায়]] ভুগছিলাম। হেলথ ভিজিটর [[PERSON:Jo]] এসে
দেয়ালের ছবি তুললেন আর [[ADDRESS:Greenleaf Family Practice]]-এর ডাক্তারকে জানালেন। ওপরতলার
[[PERSON:জোবেদা]] নানু নিজের টানে বললেন, "ইতা ঘরো বাইচ্চা রাখা যাইত নায়, মাই। লেখিয়া কমপ্লেইন
দেও।" বাড়িওয়ালা [[ORGANISATION:Forest Gate Homes Partnership]]-কে লিখলাম, রেফারেন্স
[[REFERENCE:FGHP-DM-6120]]। প্রথম ধাপে বলল "জীবনযাপনের কারণে ঘনীভবন"। দ্বিতীয় ধাপে সার্ভেয়ার
এসে দেখল বাইরের ড্রেন ভাঙা, দেয়ালে পানি ঢুকছে। আমাদের ছয় সপ্তাহের জন্য অন্য ফ্ল্যাটে রাখল,
দেয়াল শুকিয়ে নতুন ফ্যান বসাল, আর ৬০০ পাউন্ড ক্ষতিপূরণ পাঠাল আমার অ্যাকাউন্টে, যার শেষ চার
সংখ্যা [[OTHER_ID:৪৪১৯]]। কারও প্রশ্ন থাকলে সন্ধ্যার পর ফোন করুন
[[PHONE:+44 (0)20 7946 0881]]। আর [[PERSON:আলো]]? সে এখন হামাগুড়ি দেয়, আর নতুন জানালা দিয়ে
আসা আলোয় হাসে।
"""),
    ),
    (
        "fv2m-bn-05",
        "bn",
        _s("""
(কমিউনিটি রেডিওর "আমরার কথা" অনুষ্ঠানের ফোন-ইন, লিখিত রূপ)
উপস্থাপক: আমাদের লাইনে আছেন [[PERSON:মকবুল]] চাচা। চাচা, কেমন আছইন?
[[PERSON:মকবুল]]: ভালা আছি বাবা, আল্লাহর রহমতে। আমি [[PERSON:মকবুল হোসেন]], থাকি
[[ADDRESS:১২ Whitefield Row]]-এ, [[ADDRESS:Whitefield Primary]]-র ফাশর গলিত। বয়স
[[AGE:সাতাত্তর বছর]]।
উপস্থাপক: কিতা সমস্যা অইছিল, চাচা?
[[PERSON:মকবুল]]: ছাদ দিয়া পানি পড়ত, বাবা, বাথরুমর উপরে, তিন বছর ধরি। আর গ্যাসর বয়লারর
সার্ভিস দুই বছর ধরি অয় নাই। আমার ঘরর মানুষ [[PERSON:ছালেহার]] [[HEALTH:বাত]], ঠান্ডাত হাত-পাও
টান লাগে। উনারা ফোনো আমার ইন্সুরেন্স নম্বর চাইলা, আমি দিলাম, [[NI_NUMBER:SK ৫২ ১৯ ৭৩ B]]...
উপস্থাপক: চাচা, চাচা, রেডিওত নম্বর কইন না! শ্রোতারা, এইটা কেউ লেখিয়া রাখবা না।
[[PERSON:মকবুল]]: অ, মাফ করবা বাবা। যাই হউক, আমার ফুয়া [[PERSON:রুবেল]] কইল, "আব্বা, ফোনে কাম
অইত নায়, লেখিয়া কমপ্লেইন দেও।" হে [[ORGANISATION:Whitefield Housing Co-op]]-এ লেখিয়া দিল,
নম্বর [[REFERENCE:WFH/2291/RL]]।
উপস্থাপক: তারপর?
[[PERSON:মকবুল]]: দুই সপ্তার ভিতরে [[ORGANISATION:Bolt & Slate Roofing]] আইয়া ছাদ ঠিক করছে,
গ্যাসর মানুষ আইয়া বয়লার দেখছে, আর চিঠি দিয়া কইছে, দেরি অইছে, মাফ চাই। দেড়শো পাউন্ডও দিছে।
উপস্থাপক: শ্রোতাদের লাগি কিছু কইবা?
[[PERSON:মকবুল]]: ডরাইও না। লেখিয়া দেও। আর আমার ফুয়া [[PERSON:রুবেলরে]] দোয়া করবা।
উপস্থাপক: ধন্যবাদ [[PERSON:মকবুল]] চাচা। শ্রোতারা, আপনারাও ফোন করইন [[PHONE:0113 496 0210]]
নম্বরে, বা ইমেইল করইন [[EMAIL:amrarkotha@radio-bangla.example]]।
"""),
    ),
    (
        "fv2m-pa-01",
        "pa",
        _s("""
(ਵੌਇਸ ਨੋਟ, ਜਿਵੇਂ ਬੋਲਿਆ ਉਵੇਂ ਲਿਖਿਆ) ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ ਬਾਈ ਜੀ। ਮੈਂ [[PERSON:ਗੁਰਮੇਲ ਸਿੰਘ ਸਿੱਧੂ]] ਆਂ,
ਪਰ ਐਥੇ ਸਾਰੇ ਮੈਨੂੰ [[PERSON:ਮੇਲਾ]] ਈ ਕਹਿੰਦੇ ਆ। ਆਪਾਂ [[ADDRESS:52 Cranbrook Road]] ਰਹਿੰਨੇ ਆਂ,
[[ADDRESS:ਗੁਰਦੁਆਰਾ ਬਾਬਾ ਜ਼ੋਰਾਵਰ ਸਿੰਘ]] ਦੇ ਪਿੱਛੇ ਆਲਾ ਘਰ। ਥੋਨੂੰ ਕੀ ਦੱਸਾਂ, ਰਸੋਈ ਦਾ ਫ਼ਰਸ਼ ਪੋਲਾ ਹੋ
ਗਿਆ ਸੀ, ਪੈਰ ਰੱਖੋ ਤਾਂ ਥੱਲੇ ਨੂੰ ਧਸ ਜਾਂਦਾ। ਬਾਪੂ ਜੀ [[AGE:84 ਸਾਲ]] ਦੇ ਆ, ਉਹਨਾਂ ਨੂੰ
[[HEALTH:ਗਠੀਆ]] ਆ, ਤੇ ਇੱਕ ਵਾਰੀ ਤਾਂ ਡਿੱਗਦੇ-ਡਿੱਗਦੇ ਮਸਾਂ ਬਚੇ।
[[ORGANISATION:Tettenhall Rise Housing]] ਨੂੰ ਛੇ ਵਾਰੀ ਫ਼ੋਨ ਕੀਤਾ। ਕਹਿੰਦੇ "ਸਰਵੇਅਰ ਆਊਗਾ"। ਆਇਆ
ਕੋਈ ਨਾ। ਫੇਰ ਚਾਚਾ [[PERSON:ਬਿੰਦਰ]], ਜਿਹੜਾ ਸਾਰੀ ਉਮਰ ਤਰਖਾਣਾ ਕੰਮ ਕਰਦਾ ਰਿਹਾ, ਆ ਕੇ ਕਹਿੰਦਾ,
"[[PERSON:ਮੇਲਿਆ]], ਇਹ ਥੱਲਿਓਂ ਸਿੱਲ੍ਹ ਆ, ਸ਼ਤੀਰੀਆਂ ਗਲ਼ ਗਈਆਂ। ਫ਼ੋਨ ਛੱਡ, ਲਿਖਤੀ complaint ਕਰ।" ਮੇਰੀ
ਪੋਤੀ [[PERSON:ਖ਼ੁਸ਼ੀ]], ਜਿਹੜੀ [[ADDRESS:Merridale Primary]] 'ਚ ਪੜ੍ਹਦੀ ਆ, ਉਹਨੇ ਆਪਣੇ ਡੈਡੀ ਨਾਲ ਬਹਿ
ਕੇ ਈਮੇਲ ਟਾਈਪ ਕੀਤੀ। ਹਵਾਲਾ ਨੰਬਰ ਆਇਆ [[REFERENCE:TRH-88120]]। ਦੂਜੀ ਸਟੇਜ 'ਤੇ ਉਹਨਾਂ ਨੇ ਮੰਨਿਆ ਕਿ
ਪਹਿਲਾ ਜੌਬ ਗ਼ਲਤੀ ਨਾਲ ਬੰਦ ਕਰ 'ਤਾ ਸੀ। ਦੋ ਹਫ਼ਤਿਆਂ 'ਚ ਨਵਾਂ ਫ਼ਰਸ਼ ਪਾ 'ਤਾ ਤੇ £300 ਵੀ ਦਿੱਤੇ। ਬਾਪੂ ਜੀ
[[OTHER_SPECIAL:ਅੰਮ੍ਰਿਤਧਾਰੀ ਸਿੱਖ]] ਆ, ਤਾਂ ਮੈਂ ਮਿਸਤਰੀਆਂ ਨੂੰ ਕਿਹਾ ਪਾਠ ਆਲੇ ਕਮਰੇ 'ਚ ਜੁੱਤੀਆਂ ਲਾਹ
ਕੇ ਜਾਇਓ, ਤੇ ਉਹਨਾਂ ਨੇ ਪੂਰਾ ਖ਼ਿਆਲ ਰੱਖਿਆ। ਸੱਚੀਂ, ਬੜੀ ਖ਼ੁਸ਼ੀ ਹੋਈ। ਜੇ ਕਿਸੇ ਨੇ ਕੁਝ ਪੁੱਛਣਾ ਹੋਵੇ ਤਾਂ
ਮੇਰਾ ਨੰਬਰ [[PHONE:੦੭੭੦੦ ੯੦੦ ੩੪੧]] ਆ। ਐਤਕੀਂ ਵਿਸਾਖੀ ਦੇ ਮੇਲੇ 'ਤੇ ਵੀ ਮਿਲਾਂਗੇ।
"""),
    ),
    (
        "fv2m-pa-02",
        "pa",
        _s("""
(ਫੇਸਬੁੱਕ ਗਰੁੱਪ 'ਚ ਪਾਈ ਪੋਸਟ) ਸਾਰੀਆਂ ਭੈਣਾਂ-ਭਰਾਵਾਂ ਨੂੰ ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ। ਮੈਂ
[[PERSON:ਜਸਪ੍ਰੀਤ ਕੌਰ ਬਸਰਾ]] ਆਂ, ਘਰਦੇ [[PERSON:ਜੱਸੀ]] ਆਖਦੇ ਆ। ਕਈਆਂ ਨੇ ਪੁੱਛਿਆ ਸੀ ਕਿ ਵੱਡਾ ਘਰ
ਕਿੱਦਾਂ ਮਿਲਿਆ, ਤਾਂ ਸਾਰੀ ਗੱਲ ਲਿਖ ਦਿੰਨੀ ਆਂ। ਅਸੀਂ ਛੇ ਜੀਅ [[ADDRESS:Sandhu Sweet Centre]] ਦੇ ਉੱਤੇ
ਆਲੇ ਦੋ ਕਮਰਿਆਂ ਦੇ [[ADDRESS:ਫਲੈਟ 3]] 'ਚ ਰਹਿੰਦੇ ਸੀ: ਭਾਪਾ ਜੀ, ਬੀਬੀ ਜੀ, ਮੈਂ, ਮੇਰੇ ਘਰਵਾਲੇ
[[PERSON:ਸੋਨੂੰ]], ਤੇ ਦੋ ਨਿਆਣੇ। ਵੱਡਾ ਮੁੰਡਾ [[PERSON:ਗੈਵੀ]] [[AGE:13 ਸਾਲਾਂ]] ਦਾ ਤੇ ਨਿੱਕੀ
[[PERSON:ਰੂਬੀ]] [[AGE:ਚਾਰ ਸਾਲਾਂ]] ਦੀ। ਭਾਪਾ ਜੀ ਨੂੰ [[HEALTH:ਡਿਮੈਂਸ਼ੀਆ]] ਆ, ਰਾਤ ਨੂੰ ਉੱਠ ਕੇ ਤੁਰਦੇ
ਰਹਿੰਦੇ, ਤੇ ਅਸੀਂ ਸਾਰੇ ਇੱਕੋ ਕਮਰੇ 'ਚ ਸੌਂਦੇ ਸੀ। ਅਸੀਂ 2019 'ਚ ਆਏ ਸੀ ਤੇ ਸਾਡੇ ਕੋਲ
[[OTHER_SPECIAL:settled status]] ਆ, ਪਰ ਕੌਂਸਲ ਆਲੇ ਹਰ ਵਾਰੀ ਪਾਸਪੋਰਟ ਮੰਗ ਲੈਂਦੇ। ਮੈਂ ਭਾਪਾ ਜੀ ਦੀ
ਜਨਮ ਤਰੀਕ [[DATE_OF_BIRTH:14 ਅਪ੍ਰੈਲ 1947]] ਤੇ NHS ਨੰਬਰ [[OTHER_ID:999 570 2316]] ਵੀ ਭੇਜਿਆ,
[[ADDRESS:Heathfield Road Surgery]] ਦੇ ਡਾਕਟਰ ਦੀ ਚਿੱਠੀ ਨਾਲ। ਹਾਊਸਿੰਗ ਰਜਿਸਟਰ ਨੰਬਰ
[[REFERENCE:HR-0982217]] ਸੀ, ਪਰ ਬੈਂਡ ਨਾ ਬਦਲਿਆ। ਫੇਰ ਬੀਬੀ [[PERSON:ਕੁਲਵੰਤ]], ਜਿਹੜੇ ਗੁਰਦੁਆਰੇ
ਐਤਵਾਰ ਨੂੰ ਸਲਾਹ ਦਿੰਦੇ ਆ, ਉਹਨਾਂ ਆਖਿਆ, "ਕੁੜੇ, ਰਿਵਿਊ ਮੰਗ, ਤੇ complaint ਕਰ ਕਿ ਡਾਕਟਰ ਦੀ ਚਿੱਠੀ
ਪੜ੍ਹੀ ਈ ਨਹੀਂ।" ਮੈਂ ਕੀਤੀ। ਦੂਜੀ ਸਟੇਜ 'ਤੇ ਮੰਨ ਗਏ ਕਿ ਚਿੱਠੀ ਫਾਈਲ 'ਚ ਲੱਗੀ ਈ ਨਹੀਂ ਸੀ। ਬੈਂਡ ਬਦਲਿਆ,
ਤੇ ਚਾਰ ਮਹੀਨਿਆਂ 'ਚ ਚਾਰ ਕਮਰਿਆਂ ਦਾ ਘਰ ਮਿਲ ਗਿਆ, [[ADDRESS:Grove Lane Primary]] ਦੇ ਨੇੜੇ, ਜਿੱਥੇ
[[PERSON:ਰੂਬੀ]] ਹੁਣ ਨਰਸਰੀ ਜਾਂਦੀ ਆ। ਕੋਈ ਗੱਲ ਪੁੱਛਣੀ ਹੋਵੇ ਤਾਂ ਈਮੇਲ ਕਰੋ:
[[EMAIL:jassi ਡਾਟ basra ਐਟ example ਡਾਟ com]]।
"""),
    ),
    (
        "fv2m-pa-03",
        "pa",
        _s("""
(ਵੌਇਸ ਨੋਟ ਦਾ ਲਿਖਤੀ ਰੂਪ) ਹਾਂ ਜੀ, ਮੈਂ [[PERSON:ਪਿੰਕੀ]] ਬੋਲਦੀ ਆਂ, [[PERSON:ਪਰਮਜੀਤ ਸਹੋਤਾ]],
[[ADDRESS:ਬੰਗਲਾ ਨੰਬਰ 7, Ashdown Close]] ਤੋਂ। ਦਾਰ ਜੀ ਤੇ ਬੀਜੀ ਵਾਸਤੇ ਇਹ ਸਾਰੀ ਗੱਲ ਰਿਕਾਰਡ ਕਰ ਰਹੀ
ਆਂ ਤਾਂ ਜੋ ਰੈਜ਼ੀਡੈਂਟਸ ਕਮੇਟੀ ਆਲੇ ਸੁਣ ਲੈਣ। ਦਸੰਬਰ ਤੋਂ ਹੀਟਿੰਗ ਬੰਦ ਸੀ। ਦਾਰ ਜੀ [[AGE:ਨੱਬੇ ਸਾਲਾਂ]]
ਦੇ ਨੇ ਤੇ ਉਹਨਾਂ ਨੂੰ [[HEALTH:ਦਿਲ ਦੀ ਬਿਮਾਰੀ]] ਆ, ਡਾਕਟਰ ਆਖਦਾ ਠੰਢ ਬਿਲਕੁਲ ਨਹੀਂ ਲੱਗਣੀ ਚਾਹੀਦੀ।
[[ORGANISATION:Oakfield Gas Care]] ਦਾ ਇੱਕ ਮੁੰਡਾ ਆਇਆ, ਵੈਨ [[OTHER_ID:YR21 OGC]] ਬੂਹੇ ਅੱਗੇ ਲਾਈ,
ਤੇ ਬਿਨਾਂ ਪੁੱਛੇ ਦਾਰ ਜੀ ਦੇ ਕਮਰੇ ਦੀਆਂ ਫ਼ੋਟੋਆਂ ਖਿੱਚ ਕੇ ਟਿਕਟੌਕ 'ਤੇ [[OTHER_ID:@brum_boiler_bro]]
ਆਲੇ ਖਾਤੇ 'ਤੇ ਪਾ ਦਿੱਤੀਆਂ, ਲਿਖਿਆ "old school heating lol"। ਸਾਡੀ ਗਲੀ ਦਾ ਬੋਰਡ ਵੀ ਦਿਸਦਾ ਸੀ। ਮੇਰੇ
ਭਰਾ [[PERSON:ਟੀਟੂ]] ਨੇ [[ORGANISATION:Handsworth Vale Homes]] ਨੂੰ ਲਿਖਤੀ complaint ਕੀਤੀ, ਦੋ
ਗੱਲਾਂ: ਹੀਟਿੰਗ ਤੇ ਫ਼ੋਟੋਆਂ। ਰੈਫ਼ਰੈਂਸ [[REFERENCE:HVH/CX/20417]]। ਜਵਾਬ ਦੀ ਚਿੱਠੀ 'ਤੇ ਸਿਰਫ਼
[[PERSON:J.S.]] ਲਿਖਿਆ ਸੀ, ਪੂਰਾ ਨਾਂ ਨਹੀਂ। ਮੈਂ ਫ਼ੋਨ ਕੀਤਾ
[[PHONE:ਜ਼ੀਰੋ ਇੱਕ ਦੋ ਇੱਕ, ਚਾਰ ਨੌਂ ਛੇ, ਜ਼ੀਰੋ ਅੱਠ ਪੰਜ ਦੋ]] 'ਤੇ, ਤੇ ਪਤਾ ਲੱਗਾ ਬਈ [[PERSON:J.S.]]
ਮਤਲਬ [[PERSON:Jo Stanton]], ਸ਼ਿਕਾਇਤਾਂ ਆਲੀ ਮੈਨੇਜਰ। ਉਹਨੇ ਫ਼ੋਟੋਆਂ ਹਟਵਾਈਆਂ, ਮੁੰਡੇ ਨੂੰ ਟ੍ਰੇਨਿੰਗ 'ਤੇ
ਘੱਲਿਆ, ਤਿੰਨਾਂ ਦਿਨਾਂ 'ਚ ਨਵਾਂ ਬੋਇਲਰ ਲਾਇਆ ਤੇ ਮਾਫ਼ੀ ਦੀ ਚਿੱਠੀ ਦਾਰ ਜੀ ਦੇ ਨਾਂ 'ਤੇ ਭੇਜੀ। ਗੁਆਂਢੀ
[[PERSON:ਢਿੱਲੋਂਆਂ]] ਦੀ ਨੂੰਹ ਨੇ ਵੀ ਹੁਣ ਇਹੀ ਰਾਹ ਫੜਿਆ ਜੇ। ਚੰਗਾ ਜੀ, ਰੱਬ ਰਾਖਾ।
"""),
    ),
    (
        "fv2m-pa-04",
        "pa",
        _s("""
ਸਲਾਹ ਕੇਂਦਰ ਦਾ ਨੋਟ, ਵਲੰਟੀਅਰ ਵੱਲੋਂ ਲਿਖਿਆ। ਮਿਲਣ ਆਏ: [[PERSON:ਹਰਦੀਪ ਸਿੰਘ ਬਰਾੜ]] (ਘਰ ਦਾ ਨਾਂ
[[PERSON:ਦੀਪਾ]]) ਅਤੇ ਉਸ ਦੇ ਮਾਤਾ ਜੀ। ਪਤਾ: [[ADDRESS:ਫਲੈਟ 11, Sutlej House]],
[[POSTCODE:ub13qz]]। ਮਾਤਾ ਜੀ ਦੀ ਜਨਮ ਤਰੀਕ, ਉਹਨਾਂ ਦੇ ਆਪਣੇ ਬੋਲਾਂ ਵਿੱਚ: "ਮੇਰਾ ਜਨਮ ਤਾਂ ਪੁੱਤ
[[DATE_OF_BIRTH:ਪੰਜ ਮਾਰਚ ਸੱਠ]] ਦਾ ਆ।" ਸਮੱਸਿਆ: ਖਿੜਕੀਆਂ ਦੇ ਫ਼ਰੇਮ ਗਲ਼ੇ ਹੋਏ, ਸਿਆਲਾਂ 'ਚ ਠੰਢੀ
ਹਵਾ ਅੰਦਰ ਆਉਂਦੀ ਹੈ। [[PERSON:ਦੀਪੇ]] ਦੀ ਧੀ [[PERSON:ਗੁੱਡੀ]] ([[AGE:ਛੇ ਸਾਲ]]) ਨੂੰ
[[HEALTH:ਦਮਾ]] ਹੈ। ਮਾਤਾ ਜੀ ਦੇ ਬੋਲ: "ਪੁੱਤ, ਕਿੱਦਾਂ ਦੱਸਾਂ, ਰਾਤ ਨੂੰ ਐਨੀ ਠੰਢ ਹੁੰਦੀ ਆ ਕਿ ਕੁੜੀ ਆਪਣੀ
ਗੁੱਡੀ ਵੀ ਕੰਬਲ 'ਚ ਲਪੇਟ ਕੇ ਰੱਖਦੀ ਆ। ਦਫ਼ਤਰ ਆਲੇ ਕਹਿੰਦੇ ਰਹੇ ਮੋਟੇ ਪਰਦੇ ਲਾ ਲਓ। ਪਰਦਿਆਂ ਨਾਲ ਕੀ
ਬਣਦਾ, ਥੋਨੂੰ ਦੱਸੋ?" ਮਕਾਨ-ਮਾਲਕ: [[ORGANISATION:Havelock Green Housing]]। ਪਹਿਲੀ ਸ਼ਿਕਾਇਤ ਨੰਬਰ
[[REFERENCE:HGH-51207]]; ਪਹਿਲੇ ਪੜਾਅ ਦਾ ਜਵਾਬ: "ਅਗਲੇ ਸਾਲ ਦੇ ਪ੍ਰੋਗਰਾਮ ਵਿੱਚ"। ਕੀਤਾ: ਦੂਜੇ ਪੜਾਅ
ਲਈ ਚਿੱਠੀ ਲਿਖੀ, [[ADDRESS:Featherstone Lane Surgery]] ਦੀ ਚਿੱਠੀ ਨਾਲ। [[PERSON:ਦੀਪੇ]] ਨੇ
ਮੁਆਵਜ਼ੇ ਲਈ ਆਪਣਾ NI ਨੰਬਰ [[NI_NUMBER:PB 73 40 51 D]] ਤੇ ਬੈਂਕ ਖਾਤੇ ਦੇ ਆਖ਼ਰੀ ਚਾਰ ਅੰਕ
[[OTHER_ID:6603]] ਦੱਸੇ। ਸੰਪਰਕ: [[PHONE:020 7946 0 619]], ਈਮੇਲ
[[EMAIL:deepa.brar@example.net]]। ਨਤੀਜਾ (ਛੇ ਹਫ਼ਤੇ ਬਾਅਦ ਜੋੜਿਆ): ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ ਮਕਾਨ-ਮਾਲਕ ਨੇ
ਮੰਨਿਆ ਕਿ ਬੱਚੀ ਦੀ ਸਿਹਤ ਨੂੰ ਧਿਆਨ ਵਿੱਚ ਨਹੀਂ ਰੱਖਿਆ ਗਿਆ। ਸਾਰੀਆਂ ਖਿੜਕੀਆਂ ਬਦਲੀਆਂ ਗਈਆਂ ਅਤੇ £350
ਮੁਆਵਜ਼ਾ ਮਿਲਿਆ। ਮਾਤਾ ਜੀ ਨੇ ਆਖਿਆ: "ਚਲੋ, ਰੱਬ ਭਲਾ ਕਰੇ, ਹੁਣ ਸਾਡੀ [[PERSON:ਗੁੱਡੀ]] ਨਿੱਘੀ ਸੌਂਦੀ ਆ।"
"""),
    ),
    (
        "fv2m-pa-05",
        "pa",
        _s("""
ਸੇਵਾ ਸੁਨੇਹਾ, ਗੁਰਦੁਆਰਾ ਸਾਹਿਬ ਦਾ ਮਹੀਨਾਵਾਰ ਪਰਚਾ: ਹਾਊਸਿੰਗ ਹੈਲਪ ਡੈਸਕ ਦਾ ਪੰਨਾ। ਇਸ ਵਾਰ ਦੀ ਕਹਾਣੀ ਮਾਸੀ
[[PERSON:ਸੁਰਜੀਤ ਕੌਰ]] ਦੀ ਹੈ, ਜਿਨ੍ਹਾਂ ਨੂੰ ਸੰਗਤ ਵਿੱਚ ਸਭ ਮਾਸੀ [[PERSON:ਜੀਤੋ]] ਕਹਿੰਦੇ ਹਨ। ਉਹਨਾਂ
ਦੀ ਇਜਾਜ਼ਤ ਨਾਲ ਛਾਪ ਰਹੇ ਹਾਂ। ਮਾਸੀ ਜੀ [[AGE:76 ਵਰ੍ਹਿਆਂ]] ਦੇ ਹਨ ਅਤੇ
[[ADDRESS:ਫਲੈਟ 4, Harehills Mansions]] ਵਿੱਚ ਇਕੱਲੇ ਰਹਿੰਦੇ ਹਨ, ਲੰਗਰ ਹਾਲ ਦੇ ਪਿਛਲੇ ਪਾਸੇ ਵਾਲੀ
ਇਮਾਰਤ। ਪਿਛਲੀ ਬਸੰਤ ਤੋਂ ਉਹਨਾਂ ਦੀ ਬਾਲਕੋਨੀ ਉੱਤੇ ਕਬੂਤਰਾਂ ਨੇ ਡੇਰਾ ਲਾ ਲਿਆ। ਗੰਦਗੀ ਨਾਲ ਫ਼ਰਸ਼ ਤਿਲਕਣਾ
ਹੋ ਗਿਆ, ਅਤੇ ਮਾਸੀ ਜੀ, ਜਿਨ੍ਹਾਂ ਨੂੰ [[HEALTH:ਕਾਲਾ ਮੋਤੀਆ]] ਹੈ, ਦੋ ਵਾਰ ਤਿਲਕ ਕੇ ਡਿੱਗੇ। ਉਹਨਾਂ ਦੇ
ਆਪਣੇ ਸ਼ਬਦ: "ਵੇ ਭਾਈ, ਆਪਾਂ ਕੀਹਨੂੰ ਆਖੀਏ, ਕੋਈ ਸੁਣਦਾ ਈ ਨੀ। ਮੈਂ ਤਾਂ ਕਹਿੰਦੀ ਸੀ ਰੱਬ ਦੀ ਮਰਜ਼ੀ।" ਤਾਇਆ
[[PERSON:ਮੱਖਣ]] ਜੀ, ਜੋ ਹਰ ਐਤਵਾਰ ਲੰਗਰ ਵਿੱਚ ਮੱਖਣ ਵਾਲੇ ਪਰੌਂਠਿਆਂ ਦੀ ਸੇਵਾ ਕਰਦੇ ਹਨ, ਉਹਨਾਂ ਨੂੰ
ਹੈਲਪ ਡੈਸਕ 'ਤੇ ਲੈ ਕੇ ਆਏ। ਅਸੀਂ [[ORGANISATION:Aire Valley Homes]] ਨੂੰ ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਭੇਜੀ
(ਹਵਾਲਾ [[REFERENCE:AVH-0441-PX]])। ਮਾਸੀ ਜੀ ਦੇ ਪੋਤੇ [[PERSON:ਅਰਜਨ]] ਨੇ ਬਾਲਕੋਨੀ ਦੀਆਂ ਤਸਵੀਰਾਂ
ਆਪਣੇ ਇੰਸਟਾਗ੍ਰਾਮ [[OTHER_ID:@arjan.clicks.leeds]] ਤੋਂ ਮਕਾਨ-ਮਾਲਕ ਨੂੰ ਭੇਜੀਆਂ। ਪਹਿਲੇ ਪੜਾਅ ਵਿੱਚ ਹੀ
ਗ਼ਲਤੀ ਮੰਨ ਲਈ ਗਈ: [[ORGANISATION:Pennine Pest Solutions]] ਨੇ ਜਾਲੀ ਲਾਈ, ਬਾਲਕੋਨੀ ਸਾਫ਼ ਕੀਤੀ, ਅਤੇ
ਮਾਸੀ ਜੀ ਦੇ ਦਰਵਾਜ਼ੇ ਕੋਲ ਹੱਥ ਫੜਨ ਲਈ ਰੇਲਿੰਗ ਲੱਗੀ। ਮਾਸੀ [[PERSON:ਜੀਤੋ]] ਹੁਣ ਕਹਿੰਦੇ ਹਨ, "ਲਿਖਿਆ
ਤਾਂ ਸੁਣੀ ਗਈ।" ਹੈਲਪ ਡੈਸਕ: ਹਰ ਐਤਵਾਰ ਦੁਪਹਿਰ 1 ਤੋਂ 3 ਵਜੇ, ਲੰਗਰ ਹਾਲ ਦੇ ਨਾਲ ਵਾਲੇ ਕਮਰੇ ਵਿੱਚ।
ਸੰਪਰਕ: ਭਾਈ [[PERSON:ਰਣਜੀਤ ਸਿੰਘ]], [[PHONE:੦੧੧੩ ੪੯੬ ੦੪੨੭]],
[[EMAIL:sewa.desk@gurdwara-leeds.example]]।
"""),
    ),
    (
        "fv2m-pl-01",
        "pl",
        _s("""
Spisane z nagrania na zebraniu lokatorów, gwarą, tak jak pani [[PERSON:Zofia]] godała. Jo jest
[[PERSON:Zofia Gąsienica]], ale syćka godajom na mnie [[PERSON:Zośka]], a w bloku kazdy wie, kaj
mieszko [[PERSON:Gąsienicowa]]. Z córkom i z wnuckiem [[PERSON:Jędrusiem]] momy
[[ADDRESS:mieszkanie nr 6 nad sklepem Krakowiak na Warwick Road]]. Hej, ludzie, telo casu my
marźli! Od października grzanie nie robiło, kaloryfery zimne jak kamienie w potoku. U nos w górach
zimom mróz, ale w chałupie zawse ciepło było. A tu? [[PERSON:Jędruś]] mo [[AGE:siedem roków]],
kasłoł całom zime, a jo mom [[HEALTH:reumatyzm]] i kości mnie łomało, ze ani z izby nie wyjść. Latem
to jesce na parapecie gąsienica łaziła, taka wilgoć była, a zimom ani muchy, tak zimno. Córka
dzwoniła do [[ORGANISATION:Westmarch Housing]] ze piętnaście razy. Przysed jeden chłopok,
popatrzył i pedzioł, ze cęść trza zamówić. I przepod. Ciocia [[PERSON:Basia]] z dołu,
[[PERSON:Barbara Krzeptowska]], co tu juz dwadzieścia roków siedzi, pedziała: „[[PERSON:Zośka]], pis
skarge, nie ma na co cekać!” To my napisali, z wnuckiem, bo on po angielsku lepiej godo. Numer skargi
[[REFERENCE:WMH-C-38812]]. Po drugim etapie przyjechali dwa chłopy, załozyli nowy piec w dwa dni, i
dali nom trzysta funtów na przeprosiny. Ciocia [[PERSON:Basia]] upiekła kołoc z tej okazji. Córka
dała swój numer dla ludzi, co by kcieli pytać:
[[PHONE:zero siedem siedem zero zero, dziewięćset, czterysta dwanaście]]. Dzwońcie śmiało, hej!
"""),
    ),
    (
        "fv2m-pl-02",
        "pl",
        _s("""
Wpis na fejsbukowej grupie dlo sōmsiadōw, pisany po naszymu. Witejcie! Jo żech je
[[PERSON:Hanka Pyka]], ale wszyscy godajōm na mie [[PERSON:Ruda]], bo mom take włosy ôd bajtla.
Mieszkōmy z chopym i synkiym na [[ADDRESS:Elmfield Estate]], pod [[ADDRESS:numerym 112]], zarŏz
za kościołym [[ADDRESS:St Anne's]]. Bez pōł roku z kranu leciała ruda woda, fest ruda, jak kafej z
mlykiym. Synek [[PERSON:Zeflik]] mo [[AGE:piyńć lot]] i mo [[HEALTH:atopowe zapalynie skōry]], a po
kōmpieli w takij wodzie cały boł czerwōny i sie drapoł. Dzwōniłach do
[[ORGANISATION:Irwell Bank Homes]] sztyjc, a ôni yno: „to je normalne, niech pani puści woda”. Ôma
[[PERSON:Trudka]] z naszego ganku, co tu je ôd dziewiyńdziesiōntego roku, padała: „Dziołszka, niy
dej sie, pisz skarga.” Napisałach, numer [[REFERENCE:IBH/22/0919]]. Przijechali z
[[ORGANISATION:Northway Plumbing]], zmiyniyli stare ôłowiane rury we cołkim blōku, przeprosiyli i dali
250 funtōw. Pijōndze przyszły na moje kōnto, sort code [[OTHER_ID:20-44-91]], kōniec
[[OTHER_ID:7781]], tak jak chcieli. Teroz [[PERSON:Zeflik]] sie kōmpie bez płakanio, a
[[PERSON:Trudka]] godo, że to bez nia. Jak fto mo podobny problym, dzwōńcie:
[[PHONE:0161 4960 287]]. Gryfnie, że sie udało!
"""),
    ),
    (
        "fv2m-pl-03",
        "pl",
        _s("""
Temat: Jak wygrałem z administracją (długie, sorry). Siema. Jestem [[PERSON:Krzysztof Wróbel]], dla
kumpli [[PERSON:Krzychu]], a sąsiedzi mówią na mnie po prostu [[PERSON:Wróbel]]. Przez sześć lat
mieszkałem na łódce, [[ADDRESS:miejsce cumowania nr 14 przy Kingfisher Wharf]], aż w zeszłym roku
dostałem w końcu mieszkanie socjalne: [[ADDRESS:mieszkanie 3C w Osprey Point]], ten blok przy śluzie.
Masakra zaczęła się od pierwszego dnia. Drzwi wejściowe do klatki w ogóle się nie zamykały, a zamek w
moich drzwiach się zacinał. Mam [[HEALTH:zespół stresu pourazowego]] po wojsku i serio nie śpię, jak
wiem, że każdy może wejść na klatkę. Rano na schodach siedziały wróble i gołębie, bo drzwi stały
otworem. Dzwoniłem do [[ORGANISATION:Canalside Living]] dziesięć razy. „Zgłoszone”. Kropka. Pani
[[PERSON:Danuta]] z parteru, która zna wszystkich w bloku, poradziła mi: „Panie [[PERSON:Krzysiu]],
niech pan pisze skargę, a nie dzwoni.” Napisałem z maila
[[EMAIL:krzychu kropka wrobel małpa example kropka net]]. Numer skargi: [[REFERENCE:CSL-7730-B]].
Chcieli jeszcze mój numer NI, [[NI_NUMBER:SH 83 12 66 A]], nie wiem po co, ale podałem. Po pierwszym
etapie: nowy zamek w dwa dni, drzwi do klatki naprawione w tydzień, 150 funtów za stres. Pan
[[PERSON:Oyelaran]] z działu skarg zadzwonił osobiście i przeprosił. Spoko gość. A mój busik,
[[OTHER_ID:WU67 BHN]], stoi teraz legalnie na parkingu, bo przy okazji dali mi pozwolenie. Jak ktoś
chce pogadać, pisz albo dzwoń: [[PHONE:07700-900-733]].
"""),
    ),
    (
        "fv2m-pl-04",
        "pl",
        _s("""
Szanowni Państwo, (list do [[ORGANISATION:Bramhall Cross Housing]], przepisany przez wnuczkę)
nazywam się [[PERSON:Janina Mróz]], urodziłam się
[[DATE_OF_BIRTH:trzeciego marca tysiąc dziewięćset czterdziestego dziewiątego roku]]. Mieszkam sama
w domku [[ADDRESS:nr 5, Orchard Row]], [[POSTCODE:bs5 6tw]], to ten mały szeregowiec za
[[ADDRESS:kościołem Matki Bożej Częstochowskiej]]. Od listopada, jak tylko przyszedł mróz, dach
zaczął przeciekać nad sypialnią, bo woda w rynnie zamarzała i szła pod dachówki. Mam
[[HEALTH:cukrzycę]] i [[HEALTH:osteoporozę]], lekarz z [[ADDRESS:Easton Green Surgery]] mówi, że nie
wolno mi się przewrócić, a ja w nocy chodzę z miską po mokrej podłodze. Zgłaszałam to pięć razy,
numer zgłoszenia [[REFERENCE:BCH-R-110452]]. Sąsiedzi, państwo [[PERSON:Kowalscy]] spod
[[ADDRESS:siódemki]], też dzwonili. Pani [[PERSON:Halinka]] z parafii przychodzi do mnie w czwartki i
widziała wszystko na własne oczy. Proszę traktować ten list jako formalną skargę. Mój numer NHS:
[[OTHER_ID:999 118 6042]]; telefon do wnuczki [[PERSON:Zuzi]], która mi pomaga:
[[PHONE:0117 496 0385]], e-mail [[EMAIL:zuzia.mroz@example.org]]. Z poważaniem,
[[PERSON:Janina Mróz]]. Dopisek [[PERSON:Zuzi]], miesiąc później: babcia dostała odpowiedź po
pierwszym etapie. Przeprosili, naprawili rynny i dach w ciągu tygodnia, a do tego ktoś przyjechał
sprawdzić, czy w domu jest bezpiecznie, i założyli poręcz przy schodach. Babcia mówi, że teraz niech
sobie ten mróz przychodzi, a pani [[PERSON:Halinka]] przyniosła sernik.
"""),
    ),
    (
        "fv2m-pl-05",
        "pl",
        _s("""
Story time, bo dużo osób pytało w DM-ach. Jestem [[PERSON:Magda Kaczmarek]], dla was
[[PERSON:Madzia]], tu na insta [[OTHER_ID:@madzia_w_uk]]. Z [[PERSON:Bartkiem]] i naszym
[[AGE:ośmiomiesięcznym]] [[PERSON:Franiem]] mieszkamy w
[[ADDRESS:mieszkaniu nad pralnią pod czterdziestką]], tym z żółtym szyldem naprzeciwko
[[ADDRESS:The Red Lion]]. Jak się wprowadziliśmy, w ogóle nie było czujnika dymu, a w kuchni
iskrzyło z gniazdka. Serio, iskrzyło. [[PERSON:Bartek]] ma [[HEALTH:astmę]], a w kuchni ciągle czuć
było spaleniznę. Landlord, czyli [[ORGANISATION:Lowther Vale Homes]], mówił, że „elektryk przyjedzie
w ciągu 28 dni”. Z niemowlakiem w domu. No sorry. Wujek [[PERSON:Zbyszek]], który robi na budowie,
powiedział: „[[PERSON:Madzia]], to jest zagrożenie pożarowe, piszesz complaint i tyle.” Napisałam.
Dali numer [[REFERENCE:LVH-CMP-22817]]. Mieli jeszcze czelność zapytać o mój
[[OTHER_SPECIAL:pre-settled status]], jakby to miało coś wspólnego z gniazdkiem. Odpowiedź po
pierwszym etapie ktoś podpisał tylko inicjałami [[PERSON:R.T.]], ale w środku było konkretnie:
przeprosiny, [[ORGANISATION:Brightwire Electrical]] następnego dnia, nowe gniazdka i czujniki w całym
budynku, 200 funtów. [[PERSON:Bartek]] z [[PERSON:Franiem]] nie muszą już spać w salonie. Jakby ktoś
potrzebował pomocy z angielskim pismem, dzwońcie [[PHONE:+44 7700 900 958]] albo piszcie tu w
komentarzach. Nie dajcie się zbyć!
"""),
    ),
    (
        "fv2m-ro-01",
        "ro",
        _s("""
(Înregistrare de la întâlnirea chiriașilor, transcrisă cum a vorbit) Bună ziua la toată lumea. Eu îs
[[PERSON:Lilia Cebotari]], da' toți îmi zic [[PERSON:Lili]]. Îs [[OTHER_SPECIAL:moldoveancă]], sîntem
aici di șasă ani. Stăm în [[ADDRESS:apartamentul 15]] din blocul de lângă
[[ADDRESS:Tesco Express de pe Albert Road]], la etajul trei. Amu, să vă spun: de anul trecut, cum o
început toamna, pe pereți în odaia copiilor o ieșit mucegai negru, tăt peretele, normalno negru.
Fetița, [[PERSON:Doinița]], are [[AGE:cinci anișori]] și are [[HEALTH:astm]], și iarna o stat de trei
ori în spital. Am sunat la [[ORGANISATION:Ashby Gate Housing]] de nu mai știu câte ori. Îmi ziceau
„deschideți geamul, doamnă”. Da' geamul nu se închidea ghini nici așa, era stricat! Tanti
[[PERSON:Lenuța]] de la parter, care-i aici de doișpe ani, mi-o zis: „[[PERSON:Lili]], draga mea,
davai, fă plângere în scris, că altfel nu te aude nimeni.” Am scris-o cu ajutorul lui
[[PERSON:Ionuț]], băiatul lui nenea [[PERSON:Vasile]]. Numărul plângerii:
[[REFERENCE:AGH-2024-5531]]. La etapa a doua o venit doi meșteri, o schimbat geamurile, o tratat
pereții și mi-o dat 500 de lire. Recunosc, speranța mea era mică, da' uite că s-o putut. Și mulțumesc
lui tanti [[PERSON:Speranța]] de la biserică, că ne-o adunat pe toți aici azi. Dacă vreți să mă
întrebați ceva, numărul meu îi
[[PHONE:zero șapte șapte zero zero, nouă zero zero, unu cinci doi]].
"""),
    ),
    (
        "fv2m-ro-02",
        "ro",
        _s("""
Subiect: Plângere formală – comportament antisocial – dosar [[REFERENCE:ASB/4471/KH]]. Stimată
doamnă [[PERSON:Whitfield]], mă numesc [[PERSON:Mihai Dumitru]], născut la
[[DATE_OF_BIRTH:12 mai 1948]], chiriaș la [[ADDRESS:numărul 27, Lark Rise]], [[POSTCODE:LS9 7RB]].
Locuiesc cu soția mea, [[PERSON:Ileana]], care are [[HEALTH:boala Parkinson]] și merge cu cadrul. Vă
scriu în numele amândurora. De opt luni, vecinul de la [[ADDRESS:numărul 29]] ține în curte un câine
mare, pe nume Bruno, care latră de la cinci dimineața și s-a aruncat de două ori la gard când soția
mea ieșea la aer. Am raportat la [[ORGANISATION:Kirkstall Hill Homes]] de șapte ori; mi s-a spus că
„animalele nu sunt treaba proprietarului”. Totuși, colegul dumneavoastră, domnul
[[PERSON:Hargreaves]], mi-a confirmat la telefon că nici contractul vecinului nu permite câini mari
fără acord. Vă rog să tratați acest e-mail ca plângere în prima etapă. Mă puteți contacta la
[[PHONE:0113 4960784]] sau pe e-mail, la [[EMAIL:mihai punct dumitru arond example punct org]]
(fiica mea m-a învățat să-l scriu așa, ca să nu-l prindă roboții). Cu stimă,
[[PERSON:Mihai Dumitru]]. Notă adăugată de fiica lor, [[PERSON:Corina]], o lună mai târziu: s-a
rezolvat la prima etapă. Proprietarul a pus un gard nou, mai înalt, vecinul a primit avertisment
scris, iar câinele a fost mutat la o rudă de-a lui. Tata a primit scuze în scris și zice, în felul
lui: „No, amu-i bine.” Mama iese iar în curte, la straturile ei de roșii.
"""),
    ),
    (
        "fv2m-ro-03",
        "ro",
        _s("""
Conversație de pe grupul de WhatsApp al femeilor de la biserică, copiată cu voie.
[[PERSON:Mașa]]: Fetelor, [[PERSON:Tania]] m-o rugat să scriu cum o fost cu rulota lor, că poate
ajută pe cineva.
[[PERSON:Tania]]: Da, davai, scrie tu, că eu n-am răbdare.
[[PERSON:Mașa]]: Koroce. [[PERSON:Tania]] cu [[PERSON:Vanea]] și cu cei doi copii au stat nouă luni în
[[ADDRESS:rulota de pe parcela 23, Meadowbank Caravan Park]], pusă de
[[ORGANISATION:Marshfield District Council]] ca „temporary accommodation”. Iarna apa îngheța în
țevi, frig de-ți venea să urli ca lupu'. Mezinul, [[PERSON:Sașa]], are [[AGE:doi ani]] și
[[HEALTH:bronșită cronică]], tușea toată noaptea.
[[PERSON:Tania]]: Și doctorița de la [[ADDRESS:Westgate Surgery]] o zis că nu-i normal să stea copilu'
așa.
[[PERSON:Mașa]]: Familia [[PERSON:Lupu]] de pe parcela vecină, [[ADDRESS:parcela 24]], o pățit la
fel, da' ei n-au zis nimic.
[[PERSON:Tania]]: [[PERSON:Vanea]] o pus pe TikTok filmulețe cu gheața din rulotă, pe contul lui
[[OTHER_ID:@vanea.constructii.uk]], și abia atunci ne-o sunat cineva de la consiliu.
[[PERSON:Mașa]]: Apoi am făcut plângere formală la consiliu, numărul [[REFERENCE:MDC-HOM-00871]]. La
etapa a doua au recunoscut că rulota nu era potrivită pentru un copil bolnav. În trei săptămâni i-au
mutat în [[ADDRESS:apartamentul 2, Fairview House]] și le-au dat 900 de lire.
[[PERSON:Tania]]: Mulțumesc, [[PERSON:Mașunea]], ești de aur. Cine vrea detalii, sunați-mă:
[[PHONE:+44 7700 900 064]]. Și spuneți-le și lui [[PERSON:Lupu]], poate amu se mișcă și ei.
"""),
    ),
    (
        "fv2m-ro-04",
        "ro",
        _s("""
(Din emisiunea „Acasă, departe de casă”, fragment transcris)
Realizator: Bună seara, suntem în direct cu o ascultătoare din Londra. Cum vă numiți?
Ascultătoare: Bună seara, sunt [[PERSON:Florentina Zamfir]], dar toată lumea îmi zice
[[PERSON:Flori]].
Realizator: Ce ne povestiți, doamna [[PERSON:Flori]]?
[[PERSON:Flori]]: Păi, noi stăm în [[ADDRESS:apartamentul 9 de pe Cavendish Street]], deasupra
farmaciei [[ADDRESS:Cavendish Pharmacy]]. Anul trecut, în februarie, începu să curgă apa din baia
vecinului de sus prin tavanul de la bucătărie. Mă dusei sus, îi zisei, omul nu știa nimic. Sunai la
[[ORGANISATION:Thamesreach Homes]], ziseră că trimit pe cineva. Nu veni nimeni trei luni. Într-o
dimineață căzu o bucată de tavan fix pe masă. Aveam flori la geam, le acoperi tot molozul. Noroc că
[[PERSON:Răzvan]], care are [[AGE:unsprezece ani]], și [[PERSON:Bianca]], de [[AGE:șapte ani]], erau la
școală, la [[ADDRESS:Hollyfield Primary]].
Realizator: Doamne ferește! Și ce-ați făcut?
[[PERSON:Flori]]: Eu de atunci am [[HEALTH:anxietate]], nu mai dormeam. Nenea [[PERSON:Gică]], vecinul
de la parter, om bătrân și înțelept, îmi zise: „Fată, plângere în scris, cu poze, altfel te plimbă.”
Făcui plângerea, numărul e [[REFERENCE:TRH/DS/90233]]. La prima etapă mi-au zis că „e problema
vecinului”. La a doua au recunoscut că țeava era a lor. Au trimis [[ORGANISATION:Rapid Ceilings Ltd]],
au pus tavan nou, au reparat țeava și mi-au dat 650 de lire.
Realizator: Dacă ascultătorii vor să vă contacteze?
[[PERSON:Flori]]: Pot să-mi scrie la [[EMAIL:flori.zamfir@example.com]]. Și mulțumesc lui nenea
[[PERSON:Gică]], fără el nu făceam nimic.
Realizator: Iar pentru cei care vor să ne sune, numărul emisiunii e [[PHONE:020 7946 0125]]. Noapte
bună, doamna [[PERSON:Flori]], și să aveți numai flori la geam!
"""),
    ),
    (
        "fv2m-ro-05",
        "ro",
        _s("""
Postare pe un grup de Facebook al comunității. Bună, oameni buni. Scriu pentru bunelul meu,
[[PERSON:Tudor Ciobanu]], care are [[AGE:84 de ani]], că el nu știe a umbla cu telefonu'. Toți din
bloc îi zic „domnul [[PERSON:Ciobanu]]” ori „moș [[PERSON:Tudor]]”. O fost cioban toată viața acasă,
la oi, și amu stă la [[ADDRESS:etajul 11 din Marlowe Tower]], lângă
[[ADDRESS:Biserica Sfântul Nicolae]]. Liftul o fost stricat șapte săptămâni. Bunelul are
[[HEALTH:insuficiență cardiacă]] și nu poate urca unsprezece etaje, așa că o pierdut două programări
la [[ADDRESS:Summerfield Health Centre]]. Am sunat la [[ORGANISATION:Ladywood Rise Homes]] de zeci de
ori. De fiecare dată îmi cereau data nașterii lui, [[DATE_OF_BIRTH:întâi ianuarie 1940]], și numărul
NHS, [[OTHER_ID:999 431 7720]], și pe urmă „vă sunăm noi”. Nu ne suna nimeni. Bunelul zicea: „Ci să
fac, măi băiete, dacă nu scrii, nu-i.” Așa că am scris plângere formală, numărul
[[REFERENCE:LRH-LIFT-6620]]. După prima etapă, în zece zile, cei de la
[[ORGANISATION:Apex Lift Engineering]] o reparat liftul, iar până atunci i-au plătit taxiul la
doctor. Mi-o scris și o doamnă, [[PERSON:Claire Bennett]], cu scuze. Dacă aveți bunei în aceeași
situație, scrieți-mi aici: [[OTHER_ID:facebook.com/andrei.ciobanu.bhm]] sau sunați la
[[PHONE:0121 496 0913]]. Cu drag, [[PERSON:Andrei]].
"""),
    ),
    (
        "fv2m-ur-01",
        "ur",
        _s("""
(وائس نوٹ، جیسے بولا گیا ویسے لکھا) اسلام علیکم۔ میں [[PERSON:رشیدہ بی بی]] آں، محلے آلے ماسی
[[PERSON:شیدو]] آخنے ہن۔ اساں [[ADDRESS:۱۸ Oakroyd Terrace]] رہنے آں،
[[ADDRESS:جامع مسجد غوثیہ]] نے بالکل پچھے آلا گھر۔ گل اے وے کہ پچھلے سال توں چھت چوندی پئی اے۔
جد وی بارش ہوندی، اُتلے کمرے وچ بالٹیاں رکھنیاں پیندیاں۔ میرا پوترا [[PERSON:زین]]،
[[AGE:نو سال]] نا اے، اوہنوں [[HEALTH:دمہ]] اے، تے اوہی کمرہ اوہدا اے۔
[[ORGANISATION:Manningham Vale Homes]] نوں میں کئی واری فون کیتا، ہر واری آخن "جاب بک ہو گئی
اے"۔ جاب نمبر [[REFERENCE:MVH-JB-775120]]۔ کوئی نئیں آیا۔ فیر چاچا [[PERSON:بشیر]]، جیہڑا ساری
عمر مستری رہیا، آخن لگا، "[[PERSON:شیدو]]، فون چھوڑ، لکھ کے شکایت دے۔" میری دھی [[PERSON:بہار]] نے
انگریزی وچ لکھ کے ای میل کیتی۔ بہار آئی تے جواب وی آ گیا۔ پہلے سٹیج اُتے اُنہاں منیا کہ جاب غلطی
نال بند ہو گئی سی۔ دو ہفتیاں وچ نویں چھت، کمرے نی مرمت، تے ساڈھے تین سو پاؤنڈ۔ ہُن
[[PERSON:زین]] اپنے کمرے وچ سکون نال سوندا اے، تے چاچا [[PERSON:بشیر]] آخدا اے میں پہلے ای آخیا
سی۔ جے کسے نوں پچھنا ہووے تے میرا نمبر [[PHONE:۰۷۷۰۰ ۹۰۰ ۵۰۲]] اے۔ ڈرو نہ، گل کرو۔
"""),
    ),
    (
        "fv2m-ur-02",
        "ur",
        _s("""
بخدمت شکایات ٹیم، [[ORGANISATION:Bury Park Housing Trust]]۔ موضوع: رسمی شکایت، مرحلہ اول۔ جناب
عالی، میں [[PERSON:عمران اختر]] اپنے والد محترم [[PERSON:محمد اختر]] کی طرف سے یہ خط لکھ رہا ہوں،
جو [[ADDRESS:۴۱ Dunstable Place]]، [[POSTCODE:LU4 8HF]] میں مقیم ہیں۔ ان کی تاریخ پیدائش
[[DATE_OF_BIRTH:بارہ جون انیس سو پینتالیس]] ہے اور عمر [[AGE:اناسی برس]]۔ ان کا NHS نمبر
[[OTHER_ID:۹۹۹ ۶۲۳ ۰۸۱۴]] ہے۔ گزشتہ برس انہیں [[HEALTH:فالج]] کا حملہ ہوا، جس کے بعد بایاں ہاتھ
اور پاؤں کمزور ہیں۔ [[ADDRESS:Marsh Farm Family Practice]] کے ڈاکٹر نے جنوری میں سیڑھیوں پر
ریلنگ اور دروازے پر ریمپ کی سفارش کی تھی۔ آپ کے ادارے نے مارچ میں جائزہ لیا (حوالہ
[[REFERENCE:BPHT-ADP-4018]]) مگر اب تک کام شروع نہیں ہوا۔ والد صاحب اپنی بولی میں کہتے ہیں:
"پتر، میں ہک قدم وی باہر نئیں رکھ سکنا، جمعے واسطے مسیتے وی نئیں جا سکیا۔" ہمارے ہمسائے
[[PERSON:چوہدری]] صاحب، جن کے گھر [[ADDRESS:نمبر ۴۳]] میں یہی کام تین ہفتوں میں ہو گیا تھا، بھی
حیران ہیں کہ ہمارے ساتھ یہ تاخیر کیوں۔ گزارش ہے کہ دو ہفتوں میں کام کی تاریخ دی جائے۔ رابطہ:
[[PHONE:077009 00279]]، ای میل: [[EMAIL:imran ڈاٹ akhtar ایٹ example ڈاٹ com]]۔ والسلام،
[[PERSON:عمران اختر]]۔ نوٹ، بعد میں شامل کیا گیا: چار ہفتوں بعد ریمپ اور ریلنگ لگ گئیں اور ادارے
نے تاخیر پر معذرت کے ساتھ ڈھائی سو پاؤنڈ دیے۔ ابا جی اب جمعے کو خود چل کر جاتے ہیں، اور
[[PERSON:چوہدری]] صاحب ان کے ساتھ۔
"""),
    ),
    (
        "fv2m-ur-03",
        "ur",
        _s("""
فیملی واٹس ایپ گروپ "گھر آلے" توں، سارے آں نی اجازت نال۔
[[PERSON:گڈو]]: باجی، کونسل آلیاں اج فیر کوئی جواب نئیں دتا؟
[[PERSON:نسرین]]: نئیں یار۔ اوہ چٹی کار [[OTHER_ID:FD20 XKR]] فیر پارکنگ وچ آ کے کھلوتی، تے منڈے
ساری رات سیڑھیاں وچ بیٹھے رہے۔ میری [[PERSON:عائشہ]] [[AGE:بارہ سال]] نی اے، سکولوں آندیاں
ڈرنی اے۔
[[PERSON:گڈو]]: تساں ویڈیو بنائی سی؟
[[PERSON:نسرین]]: ہاں، چودہ ویڈیوز۔ اک منڈا انسٹاگرام اُتے [[OTHER_ID:@sparky_b11_boss]] نا
اکاؤنٹ چلاندا اے، اوتھے اپنی ویڈیو پائی ہوئی اے ساڈے بلاک نے دروازے اگے۔
[[PERSON:پپو]]: باجی، میں ASB آلی شکایت لکھ دینا آں۔ ایڈریس کیہہ لکھاں،
[[ADDRESS:فلیٹ ۷، Shakespeare House]]؟
[[PERSON:نسرین]]: ہاں، تے لکھیں کہ [[ADDRESS:Al-Madina Superstore]] نے اُتے آلا بلاک۔
[[PERSON:پپو]]: ہو گیا۔ [[ORGANISATION:Sparkbrook Community Housing]] نوں بھیج دتی، کیس نمبر
[[REFERENCE:SCH-ASB-2290]]۔ اپنا ای میل وی دتا اے، [[EMAIL:faisal.pappu@example.net]]۔
(دو ہفتیاں بعد)
[[PERSON:نسرین]]: [[PERSON:پپو]]، اوہ آفیسر [[PERSON:Leanne Hughes]] آئی سی۔ سیڑھیاں وچ کیمرہ
لگ گیا، دروازے نا نواں لاک، تے پولیس نال مل کے اوہناں منڈیاں نوں ہٹا دتا۔
[[PERSON:گڈو]]: شکر الحمدللہ۔ امی جی نوں دسو۔
[[PERSON:نسرین]]: امی جی آخدے، "[[PERSON:پپو]] ساڈا ہیرا اے۔" اصل ناں تے [[PERSON:فیصل]] اے،
پر ہیرا ای سمجھو۔
"""),
    ),
    (
        "fv2m-ur-04",
        "ur",
        _s("""
عنوان: دادی، نمی اور ایک شکایت۔ میرا نام [[PERSON:ثنا قریشی]] ہے، گھر والے [[PERSON:ثنو]] کہتے
ہیں۔ ہم چھ لوگ [[ADDRESS:Lahori Chaska Sweets]] والی گلی کے تیسرے گھر میں رہتے ہیں: امی، ابو،
میں، میری بہن [[PERSON:خوشی]]، چھوٹا بھائی اور دادی جان۔ دادی کی عمر [[AGE:اکیاسی سال]] ہے اور
انہیں [[HEALTH:ڈیمنشیا]] ہے۔ جب وہ دیوار پر کالی پھپھوندی دیکھتی ہیں تو اپنی بولی میں کہتی ہیں:
"اے کِدھر آ گئے آں اساں، اِتھے تے کندھاں وی روندیاں نیں۔" سچ یہ ہے کہ دیواریں واقعی روتی تھیں، ہر
صبح پانی کی لکیریں۔ ہم نے [[ORGANISATION:Levenshulme Homes]] کو سال بھر میں سترہ بار فون کیا۔ ہر
بار کہا گیا کہ کھڑکی کھولیں اور کپڑے باہر سکھائیں۔ [[ADDRESS:Stockport Road Medical Practice]] کی
ڈاکٹر نے لکھ کر دیا کہ نمی دادی کے سینے کے لیے خطرناک ہے۔ میں نے وہ خط لگا کر باقاعدہ شکایت کی،
حوالہ نمبر [[REFERENCE:LH-DM-33901]]۔ دوسرے مرحلے میں سروے کرنے والے نے مانا کہ چھت کی نالی ٹوٹی
ہوئی تھی اور پانی دیوار میں جا رہا تھا۔ نالی بدلی گئی، دیواریں سکھا کر دوبارہ پلستر ہوئیں، اور
پانچ سو پاؤنڈ ہرجانہ ملا۔ انہوں نے ای میل پر ابو کا سورٹ کوڈ [[OTHER_ID:40-11-62]] اور اکاؤنٹ
نمبر [[OTHER_ID:31940087]] مانگا، اور ہفتے کے اندر رقم آ گئی۔ جب کام ختم ہوا تو [[PERSON:خوشی]] کی
خوشی دیکھنے والی تھی، وہ سارا دن نئی دیوار پر اپنی تصویریں لگاتی رہی۔ اگر کسی کو مدد چاہیے تو
مجھے [[EMAIL:sana.q@blogmail.example]] پر لکھیں یا شام کو [[PHONE:۰۱۶۱ ۴۹۶ ۰۶۳۸]] پر فون
کریں۔
"""),
    ),
    (
        "fv2m-ur-05",
        "ur",
        _s("""
ایک ٹیکسی ڈرائیور نی ڈائری دے ورقے، اجازت نال چھاپے گئے۔ ۳ جنوری: اج فیر چھت نا پانی رسوئی وچ
آیا۔ [[PERSON:شازیہ]] ساری رات بالٹیاں بدلدی رہی۔ میں [[PERSON:محمد شفیق]] آں، پر سٹینڈ اُتے سارے
[[PERSON:شیفی]] آخنے۔ اج کم اُتے وی نئیں جا سکیا۔ اساں [[ADDRESS:۶۰ Midland Road نا پچھلا فلیٹ]]
وچ رہنے آں، ٹیکسی سٹینڈ توں ماڑا جیا اگے۔ ۱۰ جنوری: [[ORGANISATION:Chiltern Edge Housing]] نوں
فون کیتا، جاب نمبر [[REFERENCE:CEH-550128]]۔ آخن لگے اٹھائی دناں وچ آساں۔ ۹ فروری: کوئی نئیں
آیا۔ میری [[HEALTH:سلپ ڈسک]] نی تکلیف ودھ گئی، بالٹیاں چک چک کے۔ [[PERSON:ڈار]] صاحب، اُتلے
فلیٹ آلے، آخن لگے، "[[PERSON:شیفی]] پائی، لکھ کے شکایت کر، فون نال کجھ نئیں ہونا۔" ۱۲ فروری:
میرا پتر [[PERSON:علی]]، [[AGE:سترہ سال]] دا، کالج توں آ کے شکایت ٹائپ کیتی۔ ای میل
[[EMAIL:shafiq.taxi@example.com]] توں گئی۔ ۲۰ مارچ: دوجے سٹیج نا جواب وی نئیں آیا۔
[[PERSON:علی]] آخیا، ابا، ہاؤسنگ اومبڈسمین کول چلو۔ کیس نمبر [[REFERENCE:HOS-202412877]]۔ ۱۸
اپریل: اومبڈسمین نے [[ORGANISATION:Chiltern Edge Housing]] نوں لکھیا۔ اگلے ہفتے
[[ORGANISATION:Luton Roofline Ltd]] آلے آئے، ساری چھت نویں، رسوئی نا پلستر نواں، تے چار سو
پاؤنڈ۔ [[PERSON:شازیہ]] آخیا، ہُن سکون نال سوں سکساں۔ ۲۰ اپریل: اج سٹینڈ اُتے سارے پچھدے رہے۔ میں
آخیا، لکھ کے دیو، تے ہمت نہ ہارو۔ گڈی [[OTHER_ID:KX18 TLN]] وی اج دھوئی، خوشی وچ۔ [[PERSON:ڈار]]
صاحب نوں مٹھائی دا ڈبہ دتا۔
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
