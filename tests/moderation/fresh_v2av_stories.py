"""Fresh version-2 PII test stories, batch av.

Regional and dialect voices. The English stories are written in Scouse, Geordie, Glaswegian,
Black Country and Jamaican-patois-influenced London speech (with a Cockney neighbour), with
dialect spellings and family words ("me nan", "our kid", "wor lass", "ma maw", "ar kid").
The other languages use regional varieties: Iraqi, Sudanese and Yemeni Arabic, Sylheti-flavoured
Bengali, Doabi and Majhi Punjabi, Silesian and Podhale (Goral) Polish, Moldovan Romanian and
Mirpuri/Pothwari-flavoured Urdu, each with its own words for family, numbers and places.
The stories carry names with diminutives, nicknames, vocatives and kunyas, transliterated
English names, full and partial addresses (Glasgow "2/1" flats, "number 31", inflected
Polish "flacie numer 12"), named blocks, estates, schools, GP surgeries, mosques, gurdwaras,
parishes, shops and community centres, postcodes in lower case and without the space, phone
numbers in native digits and in words (including regional numerals), spelt-out emails,
complaint, repair, tenancy, register, ASB, police and Ombudsman references, dates of birth in
figures and words, ages in each language's way, and OTHER_ID values (NHS numbers, UK and
Polish vehicle registrations, @handles, a residence-permit and passport numbers, sort codes,
account numbers and endings, a blog and a profile address), with landlords, contractors,
health conditions, religion, national origin and immigration status.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 7 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 51.4% of 35, recall 95.8%, precision
63.9%, on the committed detector 4e66037 (after round 45); leak-free by language ar 3, bn 5, en 3, pa 3, pl 0, ro 3, ur 1 of 5.
On the detector as it landed before rounds 34 to 45 (87cfc38): 51.4% (the same).
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2av-en-01",
        "en",
        _s("""
Me name's [[PERSON:Kayleigh Dunphy]] an I've been in [[ADDRESS:flat 14]] on the ninth floor of
[[ADDRESS:Orrell Heights]] since our [[PERSON:Jayden]] was a baby. Landlord's
[[ORGANISATION:Mersey Vale Homes]]. Me nan, [[PERSON:Nora]], lives with us an all. She's [[AGE:84]],
she's got [[HEALTH:COPD]] an she's on oxygen, so when the lift went last November she was proper stuck.

It was out for seven weeks, la. Seven. Our kid [[PERSON:Deano]] was luggin her shoppin up nine flights
every Sat'dee an I couldn't get the pram down in the mornings, so [[PERSON:Jayden]], who's only [[AGE:6]],
was missin days at [[ADDRESS:St Cuthbert's Primary]]. I rang the repairs line on [[PHONE:0151 496 0732]]
that many times I knew the hold music off by heart. Job number [[REFERENCE:MVH-448210]], an every time it
was "the part's comin from Germany".

So I put a proper complaint in, ref [[REFERENCE:CMP/22781]], from me email,
[[EMAIL:kayleigh.dunphy@example.com]]. I also put a video of me nan on the stairs on Facebook an tagged
them, an that's when things moved. A fella called [[PERSON:Gary Nolan]] from their complaints team come
out an, fair play, he walked up all nine flights himself an said straight off "this isn't on".

What they done: they had [[ORGANISATION:Liftright Engineering]] do a temporary fix within the week, paid
for taxis for all me nan's hospital appointments an gave us £450. [[PERSON:Gary]] rang every Friday till
the new motor was in. They've brought in a rule now where if a lift in any of their towers is down more
than 48 hours, they ring everyone on the vulnerable list an sort out help with shoppin an appointments.

Me nan's made up. She says [[PERSON:Gary]]'s the only one who ever took his coat off an had a brew with
her. If anyone on the estate wants to know how we done it, message me on Insta at
[[OTHER_ID:@kayleigh_d_l4]] or ring me on [[PHONE:07700 900 318]].
"""),
    ),
    (
        "fv2av-en-02",
        "en",
        _s("""
Wor lass [[PERSON:Shelley]] telt us ah should write this doon for other folk, so here gans. Ah'm
[[PERSON:Craig Armstrong]], ah'm [[AGE:52]], an we've rented [[ADDRESS:27 Heworth Bank Terrace]],
[[POSTCODE:ne10 7qx]], off [[ORGANISATION:Tynebridge Homes]] for nigh on twenty year. Wor granddaughter
[[PERSON:Ellie-Rose]] stops wi us most of the week. She's [[AGE:three]] an she's got [[HEALTH:asthma]]
summat chronic.

Back end of 2022 the back bedroom went black wi mould, reet up the walls an ower the ceiling. Ah rang
them on [[PHONE:0191 498 0226]] that many times ah lost count, an they kept sendin a lad to spray it an
paint ower it. Divvent dae that, man, it just comes back. The nurse at
[[ADDRESS:Windy Nook Health Centre]] wrote a letter sayin the damp was makin the bairn's chest worse, an
still nowt happened.

So ah put a complaint in, number [[REFERENCE:TBH-C-30917]], an when that went nowhere ah went to the
Ombudsman, case [[REFERENCE:202314458]]. After that the housin officer, [[PERSON:Pauline Stobbart]], came
oot hersel, an ah'll give her her due, she went up in the loft wi a torch an found the insulation had
been dragged back when the roofers were in the year before.

[[ORGANISATION:Coquet Roofing]] came back an relaid the loft, they put an extractor in the bathroom an a
new window in the back room. Ah had to shift me van, [[OTHER_ID:ND66 FKE]], off the drive for a fortnight
for the scaffold, but ah wasn't complainin by then. The mould hasn't come back this winter an
[[PERSON:Ellie-Rose]] has only been to the doctor's the once. We got £750 an all.

[[ORGANISATION:Tynebridge]] noo check the loft an the ventilation in every hoose on the estate where
there's a bairn on their list wi breathin problems. If anybody round Felling wants a word, ring us on
[[PHONE:oh seven seven double oh, nine double oh, one four two]] an ask for [[PERSON:Craigy]].
"""),
    ),
    (
        "fv2av-en-03",
        "en",
        _s("""
Ah'm [[PERSON:Senga McAllister]] an ah stay at [[ADDRESS:2/1, 48 Wellhouse Crescent]],
[[POSTCODE:G33 4LR]], wi ma boy [[PERSON:Kyle]], who's [[AGE:nine]], an ma maw, who's got
[[HEALTH:emphysema]] an cannae dae the stairs quick. The hoose is
[[ORGANISATION:Easterhill Housing Co-operative]]. This is aboot oor close door.

The entry system wis broke fae the February tae the September. Anybody could walk in aff the street, an
they did. We had folk sleepin on the landin, needles at the fit o the stair, an wee [[PERSON:Kyle]] fund
wan behind the bins. Auld Mrs [[PERSON:Devlin]] oan the tap flair wis that feart she stoapped gaun oot
for her messages.

Ah phoned [[PHONE:0141 496 0871]] week in, week oot. Every time it wis "we've passed it tae
[[ORGANISATION:Clydeside Door Systems]], hen". Ah emailed an aw, fae
[[EMAIL:senga dot mcallister at example dot net]], an goat hee-haw back.

Ma pal [[PERSON:Agnes]] fae the chapel, [[ADDRESS:St Jude's]], telt me tae make it a formal complaint,
so ah did: reference [[REFERENCE:EHC/COMP/0392]]. The stage wan letter said it wis "awaiting parts". Ah
went tae stage two an [[PERSON:Fiona Rennie]], the housin manager, came roon hersel. She stood in the
close, seen the state o it, an said sorry tae ma face, which naebody had done up tae then.

Within a fortnight there wis a new door an a new entry system, [[PERSON:Kyle]] goat his ain fob, an they
pit a camera in the close. The co-op gied us £300 an they've chinged their rules: if a close door's no
secure, somebody has tae make it safe within 24 hoors, even if it's a joiner wi a padlock while they wait
for the parts.

Mrs [[PERSON:Devlin]] gets her messages again, an ma maw can sit at the windae withoot worryin. Ah've
telt aw the mammies at the gates o [[ADDRESS:St Brendan's Primary]], cos hauf o them stay in closes jist
like oors. Stick at it, hen.
"""),
    ),
    (
        "fv2av-en-04",
        "en",
        _s("""
Ow bist, bab? I'm [[PERSON:Darren Pearsall]] an this is about me mom's 'ouse, [[ADDRESS:number 31]] on
the [[ADDRESS:Dingle Fold Estate]], just round the back o' the [[ADDRESS:Swan Inn]]. Mom's
[[PERSON:Brenda Pearsall]], she's [[AGE:79]] an she's got [[HEALTH:dementia]], early days like. The
landlord's [[ORGANISATION:Dudley Wood Housing Trust]].

'Er boiler packed up on Christmas Eve 2023. Ar kid [[PERSON:Wayne]] went round an she was sat in 'er
coat wi' the oven door open, which ay safe. We rung [[PHONE:0121 496 0154]] an they said an engineer'd
come in 24 hours. Nobody come. Boxing Day, nobody. [[PERSON:Trev]] from
[[ORGANISATION:Halesowen Heating Services]] finally turned up on the 29th, said it wanted a new part, an
left 'er two little electric heaters that tripped the fuse every time she put the kettle on.

'Er job number was [[REFERENCE:DWHT 55102]]. I med a complaint on the 2nd o' January, reference
[[REFERENCE:COM-8816]], an on the form I put 'er date o' birth, [[DATE_OF_BIRTH:3rd March 1944]], an
that she's meant to be on their vulnerable list. Turned out she wor. Nobody'd added 'er when the
diagnosis come through, even though the nurse from [[ADDRESS:Quarry Bank Surgery]] had wrote to 'em.

Their complaints lady, [[PERSON:Jas Bains]], rung me back the same day, an I'll say this, 'er sorted
it. New boiler in by the 8th, £350 for the electric an the upset, an she put Mom on the list proper. The
trust now checks the list every time a GP or a social worker writes in, an anybody on it gets heaters
an a visit the same day if the heatin goes.

Mom's warm again. Ar kid an me tek turns gooin round of a night, an 'er Motability car,
[[OTHER_ID:DY17 KPV]], finally 'as somewhere to park, cos they sorted the disabled bay out front while
they was at it. Tara a bit.
"""),
    ),
    (
        "fv2av-en-05",
        "en",
        _s("""
Mi name [[PERSON:Marcia Campbell]] but roun' here everybody call mi [[PERSON:Big Marsh]]. Mi come from
[[OTHER_SPECIAL:Jamaica]] inna 1979. Mi live a [[ADDRESS:flat 9c]], [[ADDRESS:Kestrel House]], pon di
[[ADDRESS:Pembury Rise Estate]], [[POSTCODE:e58qr]], wid mi grandson [[PERSON:Tyrese]]. Him a
[[AGE:11-year-old]] an him have [[HEALTH:sickle cell]], so di cold an di damp dem is a serious ting fi
him. Landlord is [[ORGANISATION:Lea Bridge Homes]].

Last March di flat upstairs, [[ADDRESS:10c]], have a leak an di water come t'rough mi kitchen ceiling fi
weeks. Mi call dem pon [[PHONE:020 7946 0593]] an dem sen' a man, him look up, say "it's not coming from
us, love", an gone. Den one Sunday mi come home from [[ADDRESS:Mount Zion Pentecostal]] an di whole
ceiling deh pon di floor. Mi neighbour [[PERSON:Tel]], Cockney man from downstairs, him come up an seh
"Gawd, [[PERSON:Marsh]], that's a right two-and-eight, innit", an him help mi sweep it up.

Mi did mek a complaint, reference [[REFERENCE:LBH/CX/60219]], an di pastor daughter [[PERSON:Abigail]]
help mi write it. Mr [[PERSON:Okafor]] from di housing come di nex' day an him was vex' wid dem own
people. Him find out seh nobody never even go inna [[ADDRESS:10c]].

Dem sen' [[ORGANISATION:Hackney Brook Builders]] fi fix di pipe upstairs an put up new ceiling, dem dry
out di walls wid machine, an give mi £500 an new cupboard. [[PERSON:Tyrese]]'s nurse at
[[ADDRESS:Millfields Medical Centre]] did write a letter too, an dat help. Now if a leak come from next
door, dem haffi go inna both flat di same day.

[[PERSON:Tyrese]] put di whole ting pon TikTok, [[OTHER_ID:@tyrese.e5]], an nuff people inna di block
message him seh dem have di same problem. Mi glad it done. Any a di older ones dem wah talk, mi email is
[[EMAIL:marsh.campbell@example.org]].
"""),
    ),
    (
        "fv2av-ar-01",
        "ar",
        _s("""
اسمي [[PERSON:زينب كاظم الساعدي]]، ساكنة ويا زوجي [[PERSON:حيدر]] وجهالنا الثلاثة ب[[ADDRESS:شقة ٧]]،
[[ADDRESS:Ashbrook Court]]، [[POSTCODE:M19 2WD]]. العمارة تابعة ل[[ORGANISATION:Medlock Housing Trust]].
إحنا [[OTHER_SPECIAL:عراقيين]] وجينا [[OTHER_SPECIAL:لاجئين]] سنة ٢٠١٦. بيبي، أم زوجي، ساكنة ويانا،
عمرها [[AGE:٨١ سنة]] وعندها [[HEALTH:تليّف بالرئة]]، وتستعمل جهاز أوكسجين يشتغل بالكهرباء ليل ونهار.

من الصيف الفات، البلكات بالمطبخ صارت تطگ شرار، والفيوز يطفي كل يوم مرتين ثلاث. كل ما يطفي، جهاز بيبي
يوگف وأركض أجيب الأسطوانة الاحتياط. خابرتهم على [[PHONE:0161 496 0583]] يمكن عشرين مرة. جان يجي واحد
اسمه [[PERSON:ستيف]] يباوع ويرجّع الفيوز ويگول "ماكو مشكلة"، ويروح. رقم التصليح [[REFERENCE:MHT-884213]].

يوم من الأيام ابني الزغير [[PERSON:علي]]، عمره [[AGE:٤ سنين]]، لزم البلك وضربته الكهرباء، الحمد لله
جت سليمة. هنا بنتي [[PERSON:نور]]، عمرها [[AGE:١٥ سنة]] وتدرس ب[[ADDRESS:Burnage Park Academy]]،
كتبت الشكوى بالإنگليزي، ورقمها [[REFERENCE:C-2024-0917]].

بعد يومين اجت مديرة اسمها [[PERSON:ريبيكا هاوز]] ([[PERSON:Rebecca Hawes]])، وجابت ويّاها كهربائي من
شركة [[ORGANISATION:Northpoint Electrical]]. لگوا الوايرات كلها عتيگة ومحروگة من ورا البلكات. بيوم واحد
بدّلوا البورد، وبأسبوع بدّلوا وايرات البيت كله، وحطّوا بيبي على قائمة الأولوية الطبية حتى إذا صار قطع
كهرباء يجون بنفس اليوم. وعوّضونا ٦٠٠ پاوند واعتذروا رسمياً.

وهسه [[ORGANISATION:Medlock]] يسوّون فحص كهرباء لكل شقة بيها جهاز طبي، مو بس كل خمس سنين. الحمد لله
[[PERSON:علوّي]] ما يخاف من البلكات بعد. إذا أحد من الجالية يحتاج مساعدة بالشكوى، إيميلي
[[EMAIL:zainab.alsaadi@example.com]].
"""),
    ),
    (
        "fv2av-ar-02",
        "ar",
        _s("""
أنا [[PERSON:عوضية عبد الرحيم]]، ساكنة مع راجلي [[PERSON:الطيب]] والشفع في [[ADDRESS:12 Harewood Grove]]،
[[POSTCODE:LS8 4PJ]]، جنب [[ADDRESS:مسجد الهدى]] طوالي. البيت تبع [[ORGANISATION:Aire Valley Housing]].
نحنا جينا البلد دي [[OTHER_SPECIAL:لاجئين]] سنة ٢٠١٨.

الحكاية بدت في ديسمبر الفات. البويلر اتعطّل وقعدنا تلاتة أسابيع بلا موية حارة ولا دفّاية. بتي الصغيرة
[[PERSON:ملاذ]] عمرها [[AGE:٨ شهور]] بس، وحبوبتي [[PERSON:ست النفر]] القاعدة معانا عندها
[[HEALTH:روماتيزم]]، والبرد كان بيكتلها كتل.

ضربت ليهم في [[PHONE:٠١١٣ ٤٩٦ ٠٦٢٥]] ياخي مية مرة، ورقم البلاغ [[REFERENCE:AVH-R-302214]]. كل مرة
يقولوا لي "المهندس جاي بكرة". جا زول من [[ORGANISATION:Kirkstall Gas & Heating]] مرة واحدة، عاين
البويلر وقال القطعة ما موجودة ومشى. وبعدين مستر [[PERSON:بيتر]] بتاع السكن قال لي لازم أرسل ليهو صورة
بطاقة الإقامة تاني عشان "يتأكدوا من الملف"، مع إنو عندهم صورتها من زمان، ورقمها [[OTHER_ID:ZR7390164]].
اتضايقت شديد، حسّيت إنهم بيعاملونا كدا عشان نحنا [[OTHER_SPECIAL:لاجئين]].

ولدي الكبير [[PERSON:محمد]]، عمرو [[AGE:١٧ سنة]]، كتب الشكوى بالإنجليزي من إيميلي
[[EMAIL:awadia.rahim@example.net]]، ورقمها [[REFERENCE:AVH-CMP-11408]]. بعد أسبوع اتصلت علي مسز
[[PERSON:هيلين كارتر]]، مديرة الشكاوي، واعتذرت. قالت إنو طلب البطاقة ده ما كان في محلو أصلاً، وإنو ما
في زول يطلب أوراق هجرة عشان عطل في البيت.

هسع ركّبوا لينا بويلر جديد، وجابوا دفّايات كهربا لحدي ما البويلر اتركّب، وأدونا ٤٢٠ جنيه تعويض. وقالوا
إنهم ح يدرّبوا الموظفين، وأي بيت فيهو شافع صغير أو زول كبير عيان البويلر بتاعو يتصلّح في ٢٤ ساعة.
[[PERSON:الطيب]] قال لي "أكتبي الحكاية دي عشان الناس التانيين يعرفوا حقهم". الحمد لله،
[[PERSON:ملاذ]] هسع دافية، وحبوبة بقت كويسة.
"""),
    ),
    (
        "fv2av-ar-03",
        "ar",
        _s("""
أنا [[PERSON:أحمد عبده قائد]]، وهذي قصة أبي، [[PERSON:عبده قائد ناجي]]، اللي ساكن في
[[ADDRESS:22 Staniforth Walk]]، [[POSTCODE:s93ht]]، من سنة ١٩٨٦. البيت حق [[ORGANISATION:Don Valley Homes]].
أبي [[OTHER_SPECIAL:يمني]]، جا بريطانيا شاب واشتغل في مصانع الحديد ثلاثين سنة، وتاريخ ميلاده في الأوراق
[[DATE_OF_BIRTH:١/١/١٩٤٨]] زي كثير من كبارنا. عنده [[HEALTH:السكر]]، وجاته [[HEALTH:جلطة]] في ٢٠٢٢،
ومن ذاك اليوم ما عاد يقدر يدخل البانيو.

الدكتورة في [[ADDRESS:Darnall Road Surgery]] كتبت رسالة، والـOT حق الكاونسل، واحدة اسمها
[[PERSON:جاكي]]، جت البيت وقالت لازم شاور على مستوى الأرض. في الإحالة حقها كتبت رقم الـNHS حق أبي،
[[OTHER_ID:485 221 7096]]، وأعطونا رقم طلب [[REFERENCE:DVH-ADP-2291]]. وبعدين؟ ولا شي. سنة كاملة وأبي
يتغسّل على كرسي في المطبخ وأمي تصب عليه الماء بالكوز.

اتصلت على [[PHONE:0114 496 0378]] مرات ما أقدر أحسبها، وكل مرة "القائمة طويلة". قدّمت شكوى رسمية رقمها
[[REFERENCE:CMP-48833]]، وفي المرحلة الأولى قالوا "نعتذر على التأخير" وخلاص. رحت للمرحلة الثانية،
وبعدين للأمبودسمان، رقم القضية [[REFERENCE:202409871]].

بعد ما دخل الأمبودسمان، جا مدير اسمه [[PERSON:مارك ويلسون]] وزار أبي بنفسه وشرب معه شاهي. شركة
[[ORGANISATION:Hallam Adaptations Ltd]] ركّبت الشاور في ثلاثة أسابيع، وعوّضونا ٩٠٠ جنيه. والأمبودسمان قال
إن [[ORGANISATION:Don Valley Homes]] لازم تراجع كل طلبات التعديل اللي متأخرة أكثر من ستة أشهر، وذلحين
الكبار في السن والمرضى لهم أولوية.

أبي يقول: "الحمد لله، ذلحين با أتوضأ بروحي". في [[ADDRESS:مسجد الإصلاح]] حقنا فيه كبار كثير بنفس
المشكلة، فإذا حد منهم يشتي مساعدة، رقمي [[PHONE:07700 900 671]]، أو يسألوا عن [[PERSON:أحمد]] ولد
[[PERSON:عبده]].
"""),
    ),
    (
        "fv2av-ar-04",
        "ar",
        _s("""
أنا [[PERSON:جاسم محمد الربيعي]]، وبالجالية يعرفوني [[PERSON:أبو مصطفى]]. ساكن ويا مرتي [[PERSON:سهاد]]
وجهالي ب[[ADDRESS:5 Clos y Wern]]، [[POSTCODE:CF3 1RB]]، بيتنا بالضبط ورا
[[ADDRESS:Rumney Community Centre]]. البيت تابع ل[[ORGANISATION:Rhymney Vale Housing]]. قصتي مو عن
تصليح، قصتي عن جار.

بصيف ٢٠٢٣ سكن واحد جديد ب[[ADDRESS:رقم ٧]]، اسمه [[PERSON:كونور]]. من أول أسبوع صار يسب
[[PERSON:سهاد]] لأنها لابسة حجاب، ويصيح علينا "روحوا لبلدكم"، ويحچي كلام وصخ عن
[[OTHER_SPECIAL:المسلمين]] وعن [[OTHER_SPECIAL:العراقيين]]. مرة كسر مراية سيارتي [[OTHER_ID:CU19 XKM]]،
ومرة ذب زبالة بحديقتنا. ابني [[PERSON:مصطفى]]، عمره [[AGE:١٢ سنة]]، صار يخاف يمشي وحده لمدرسته
[[ADDRESS:Rumney Brook High School]].

بلّغت الشرطة، رقم البلاغ [[REFERENCE:CF-2023-118764]]، وخابرت الهاوسنگ على [[PHONE:029 2018 0749]].
فتحوا ملف سلوك مزعج رقمه [[REFERENCE:ASB-3372]]، بس گالولي "هذا خلاف جيران، حلّوه بيناتكم"، وبعدها
شهرين ماكو شي.

قدّمت شكوى رسمية، رقمها [[REFERENCE:RVH/COMP/5521]]، وكتبتها بنتي [[PERSON:رسل]] لأن إنگليزيتها أحسن
مني. بالمرحلة الثانية اجاني مسؤول السلوك المزعج [[PERSON:گاريث ديفيز]] ([[PERSON:Gareth Davies]])،
وگعد ويانا ساعتين، وسمع التسجيلات اللي سجّلتها [[PERSON:سهاد]] بالتلفون. گال بصراحة إن الملف جان لازم
ينعامل كحادث كراهية من أول يوم.

بعدها ركّبوا إلنا جرس باب بكاميرا، وخلّوا [[PERSON:كونور]] يوقّع اتفاقية سلوك، ولمن ما التزم نقلوه لبيت
بمنطقة ثانية. وعوّضونا ٢٥٠ پاوند واعتذروا بالكتابة. وهسه [[ORGANISATION:Rhymney Vale]] عدهم قاعدة: أي
بلاغ بيه عنصرية أو دين، يتصلون بالعائلة خلال يوم عمل واحد، ويجيبون مترجم إذا احتاجوا.

[[PERSON:مصطفى]] رجع يمشي للمدرسة ويا أصدقائه. وإذا أحد يريد يحچي وياي، رقمي [[PHONE:07700 900 417]].
"""),
    ),
    (
        "fv2av-ar-05",
        "ar",
        _s("""
أنا [[PERSON:أمير عثمان حسن]]، عمري [[AGE:٢٣ سنة]]، وساكن مع أمي [[PERSON:نفيسة]] وأخواني الصغار في
[[ADDRESS:شقة ٤١]]، الدور العاشر في [[ADDRESS:Rowan Tower]]، [[POSTCODE:SE15 3XN]]، قدّام
[[ADDRESS:Bellenden Community Centre]] طوالي. العمارة تبع [[ORGANISATION:Northgate Homes]].

من أول ما جينا، الصراصير كانت في المطبخ، لكن في ٢٠٢٤ الحكاية بقت شديدة خلاص: فيران كمان، بالليل تسمعها
جوه الحيطة. أختي [[PERSON:تسنيم]]، عمرها [[AGE:ست سنين]]، عندها [[HEALTH:إكزيما]]، وطلعت ليها حبوب في
كل جسمها، والدكتورة في [[ADDRESS:Lyndhurst Grove Surgery]] قالت الوساخة دي ما كويسة ليها.

أمي ما بتعرف إنجليزي كويس، فأنا البضرب ليهم على [[PHONE:020 7946 0382]]. كل مرة يرسلوا
[[ORGANISATION:PestAway London]] يرشّوا ويمشوا ساي. رقم الطلب [[REFERENCE:NGH-PC-20931]]. ست مرات يا
جماعة! والفيران قاعدة.

زهجت، صوّرت فيديو للفيران في المطبخ ونزّلتو في إكس في حسابي [[OTHER_ID:@amir_osman_sd]]، وعملت تاغ
لكاونسلر المنطقة. الفيديو انتشر، وبعد يومين اتصلت بينا مس [[PERSON:كلير أوكونور]] من قسم الشكاوي. فتحت
شكوى رقم [[REFERENCE:CMP-77013]] وجات بي نفسها.

لقوا فتحات كبيرة جنب المواسير في كل الشقق الفوق بعض، من الدور الأرضي لحدي فوق. [[ORGANISATION:Northgate Homes]]
جابوا شركة تانية، [[ORGANISATION:Fortis Pest Solutions]]، قفلوا الفتحات في البرج كلو، نضّفوا، وغيّروا
دواليب المطبخ بتاعنا. ودفعوا لأمي ٥٥٠ جنيه. هسي بقوا بيعملوا كشف على البرج كلو كل ٣ شهور، ولو جا
بلاغين من نفس العمود بيقفلوا الفتحات بدل ما يرشّوا بس.

أمي قالت لي "يا [[PERSON:أمّور]]، أكتب للناس عشان ما يسكتوا". لو في زول في البرج داير مساعدة، رقمي
[[PHONE:+44 7700 900245]].
"""),
    ),
    (
        "fv2av-bn-01",
        "bn",
        _s("""
আমার নাম [[PERSON:রুবিনা বেগম]]। আমি আমার জামাই [[PERSON:আব্দুল মালিক]] আর তিন পুয়াপুড়ি লইয়া পপলারো
[[ADDRESS:Kessock House]]-র [[ADDRESS:ফ্ল্যাট ২৩]]-এ থাকি, পোস্টকোড [[POSTCODE:E14 3QT]]। ঘরটা
[[ORGANISATION:Limehouse Cut Housing]]-র।

গেল বছর শীতকালো বড় রুমর দেওয়াল আর ছাদ কালা অই গেছিল, খালি ফাঙ্গাস আর ফাঙ্গাস। আমার ছোট পুড়ি
[[PERSON:সুমাইয়া]], তাইর বয়স [[AGE:সাড়ে তিন বছর]], তাইর [[HEALTH:হাঁপানি]] আছে। রাইত অইলে কাশতে কাশতে
ঘুমাইত পারত না। আমরার জিপি [[ADDRESS:Limehouse Fields Surgery]]-র ডাক্তার সাবও চিঠি লেখি দিছলা।

আমি [[PHONE:০২০ ৭৯৪৬ ০৪১৮]] নম্বরো বউত বার ফোন করছি। খালি কইন "মানুষ আইবা"। একদিন একজন আইলা,
[[PERSON:ডেভ]] নাম, ফাঙ্গাস মুছিয়া উপরে রং লাগাইয়া গেলা। দুই সপ্তাহ বাদে আবার আগর লাখান কালা। রিপেয়ার
নম্বর আছিল [[REFERENCE:LCH-R-75520]]।

তখন আমার বড় ফুয়া [[PERSON:রাহিম]], যার বয়স [[AGE:১৯]], ইংরেজিত কমপ্লেইন লেখিয়া দিল, নম্বর
[[REFERENCE:CX-3094]]। আমরার মসজিদ [[ADDRESS:বায়তুল আমান মসজিদ]]-র ইমাম সাবও একটা চিঠি দিলা। বাদে
কমপ্লেইন অফিসার মিস [[PERSON:হান্নাহ প্রাইস]] বাড়িত আইয়া হকল কিছু নিজর চউখে দেখলা আর মাফ চাইলা।
তাইন কইলা, "ইটা রং দিয়া ঢাকার জিনিস নায়"।

অখন [[ORGANISATION:Brightwall Damp Specialists]] আইয়া দেওয়ালো নতুন ইনসুলেশন দিছে, বাথরুম আর কিচেনো
ফ্যান লাগাইছে। আমরারে ৬৫০ পাউন্ড দিছে। [[ORGANISATION:Limehouse Cut Housing]] অখন নিয়ম করছে যে ঘরো
ছোট বাচ্চা বা অসুস্থ মানুষ থাকলে ফাঙ্গাসর রিপোর্টর দশ দিনর ভিতরে সার্ভেয়ার আইবা। [[PERSON:সুমাইয়া]]
অখন রাইতে ভালা ঘুমায়। কেউর কুনু কথা জানার থাকলে ইমেইল করইন: [[EMAIL:rubina.malik@example.co.uk]]
"""),
    ),
    (
        "fv2av-bn-02",
        "bn",
        _s("""
আসসালামু আলাইকুম। আমি [[PERSON:মোহাম্মদ জুনেদ আহমদ]], হকলে আমারে [[PERSON:জুনু]] ডাকে। ওল্ডহ্যামো
[[ADDRESS:৬২ মিলব্রুক স্ট্রিট]], [[POSTCODE:OL8 1NU]]-এ [[ORGANISATION:Pennine Moor Homes]]-র দুই বেডরুমর
একটা ঘরো আমরা ছয়জন থাকি: আমি, আমার বউ [[PERSON:শাহানা]], আম্মা, আর তিন পুয়া। বড়জন
[[PERSON:ইমরান]], [[AGE:১৪ বছর]], আর জমজ দুইজন [[PERSON:আয়ান]] আর [[PERSON:আরিশ]], তারার বয়স
[[AGE:৭ বছর]]। [[PERSON:আয়ানর]] [[HEALTH:অটিজম]] আছে। রাইতে ঘুমায় না, চিল্লায়, আর [[PERSON:ইমরান]] আর
[[PERSON:আরিশ]] এক রুমো তার লগে থাকে, কেউর ঘুম অয় না।

আমরা ২০১৯ সালো হাউজিং রেজিস্টারো নাম দিছলাম, নম্বর [[REFERENCE:OHR-0093376]]। [[PERSON:আয়ানর]]
ডাক্তার আর তার স্কুল, [[ADDRESS:Hathershaw Brook Primary]], দুইওজনে চিঠি দিছলা, তবু চার বছর ধরি ব্যান্ড
সি-তই আটকা। কিতা করতাম, বুঝি পাইছলাম না।

শেষে [[PHONE:০১৬১ ৪৯৬ ০২৭৭]]-এ ফোন করিয়া কমপ্লেইন দিলাম, নম্বর [[REFERENCE:OC-2024-6612]]। অফিসার
[[PERSON:জুলি]] মাতলা, পরে খুঁজিয়া বার করলা যে আমরার মেডিকেল ফর্মো আমার ন্যাশনাল ইনস্যুরেন্স নম্বর ভুল
উঠছিল। আসল নম্বর [[NI_NUMBER:JH 47 29 61 B]], তারা ওঠাইছিল আরেকটা, এর লাগি ফর্মটা কম্পিউটারো আরেকজনর
নামো পড়ি রইছিল। [[PERSON:আয়ানর]] জন্ম তারিখ [[DATE_OF_BIRTH:১২/০৮/২০১৭]] দিয়াও কেউ খুঁজি পাইছইন না।

ইটা শুনিয়া আমার মাথা গরম অই গেছিল। হাউজিং অম্বাডসম্যানো গেলাম, কেস [[REFERENCE:202411902]]। বাদে
কাউন্সিল মানি নিল, আমরারে ২০২২ থাকি মেডিকেল প্রায়োরিটি দিল, আর [[ORGANISATION:Pennine Moor Homes]] গত
মাসে চার বেডরুমর ঘর দিছে, [[ADDRESS:18 Hollins Lane]]-এ, বাগানসহ। ক্ষতিপূরণ ৫০০ পাউন্ড। অখন তারা
মেডিকেল ফর্ম ২৮ দিনর ভিতরে দেখে, আর কুনু নম্বর না মিলিলে ফোন করিয়া জিগায়।

[[PERSON:আয়ান]] অখন নিজর রুমো ঘুমায়। আলহামদুলিল্লাহ।
"""),
    ),
    (
        "fv2av-bn-03",
        "bn",
        _s("""
আমি [[PERSON:নাজমা খাতুন]]। আমার আব্বা হাজী [[PERSON:আব্দুর রউফ]], বয়স [[AGE:৮৭]], স্পার্কহিলো
[[ADDRESS:১৫ গ্র্যান্থাম রোড]], [[POSTCODE:b112lx]]-এ একলা থাকইন, [[ADDRESS:সিলেট সুইট সেন্টার]]-র ঠিক
পিছের ঘরখান। ঘরটা [[ORGANISATION:Sparkbrook Community Homes]]-র। আব্বার জন্ম
[[DATE_OF_BIRTH:পয়লা মার্চ, উনিশশো আটত্রিশ]], আর গেল বছর তান [[HEALTH:ডিমেনশিয়া]] ধরা পড়ছে।

২০২৪ সালর অক্টোবরো ঝড়ে ছাদর টাইল উড়ি গেল, আব্বার বেডরুমো পানি পড়া শুরু। আমি
[[PHONE:0121 496 0915]]-এ ফোন করলাম, রিপেয়ার নম্বর [[REFERENCE:SCH/RP/31847]]।
[[ORGANISATION:Moseley Roofing & Building]]-র মানুষ আইয়া উপরে একটা তেরপল দিয়া গেল, কইলো "দুই সপ্তাহর
ভিতরে আইমু"। তিন মাস কেউ আইছে না। তেরপল বাতাসো ছিঁড়ি গেল, আব্বা বালতি পাতিয়া ঘুমাইতা।

আমি [[EMAIL:repairs@sparkbrookhomes.example.org]]-এ তিনবার ইমেইল করলাম, হাউজিং অফিসার
[[PERSON:ক্যারেন উইলিয়ামস]]-রেও লেখলাম। কুনু জবাব নাই। লন্ডন থাকি আমার ভাইসাব [[PERSON:শামীম]] ফোন
করিয়া চিল্লাইলা, তবু কিচ্ছু না। আব্বার জিপি, [[ADDRESS:Walford Road Health Centre]]-র ডাক্তার, চিঠি
দিলা যে ঠান্ডা আর ভিজা ঘর আব্বার লাগি বিপদ।

তখন আমি লিখিত কমপ্লেইন দিলাম, নম্বর [[REFERENCE:SCH-C-0412]]। দুই সপ্তাহ বাদে ম্যানেজার
[[PERSON:রিচার্ড ও'নিল]] আইলা, আব্বার রুম দেখিয়া নিজেই লজ্জা পাইলা। দশ দিনর ভিতরে পুরা ছাদ নতুন করি
দিলা, রুমর ছাদ আর দেওয়াল ঠিক করলা, নতুন বিছানা কিনিয়া দিলা, আর ৮০০ পাউন্ড দিলা। ঠিক অওয়া পর্যন্ত
আব্বা আমার ঘরো আছলা।

অখন [[ORGANISATION:Sparkbrook Community Homes]] নিয়ম করছে যে অস্থায়ী কাম করলে ২৮ দিনর ভিতরে স্থায়ী
মেরামত অইব, আর বয়স্ক একলা মানুষর পরিবাররে একজন নির্দিষ্ট অফিসারর নাম আর নম্বর দেওয়া অয়। আব্বা অখন
কইন, "[[PERSON:নাজমা]], তুই না থাকলে আমি ভাসি যাইতাম"।
"""),
    ),
    (
        "fv2av-bn-04",
        "bn",
        _s("""
আমার নাম [[PERSON:তাহমিনা চৌধুরী]], বয়স [[AGE:৩৪]]। লুটনো [[ADDRESS:Farley Meadows]] এস্টেটর
[[ADDRESS:৯ নম্বর]] ঘরো আমি আর আমার দুই ফুড়ি থাকি, [[ADDRESS:মদিনা মসজিদ]]-র উল্টা দিকে। ঘরটা
[[ORGANISATION:Chiltern Gate Housing]]-র। আমরা [[OTHER_SPECIAL:মুসলমান]], আমি হিজাব পরি।

২০২৩ সালর গরমর দিন থাকি এস্টেটর কয়টা পুয়া আমার দরজাত ডিম মারা শুরু করল। রাস্তাত দেখলে চিল্লাইত "গো
হোম", কারণ আমরা [[OTHER_SPECIAL:বাংলাদেশি]]। একদিন আমার বড় ফুড়ি [[PERSON:মাহি]], যার বয়স
[[AGE:এগারো বছর]], [[ADDRESS:Ashcroft Academy]] থাকি আওয়ার সময় হেরা তার হিজাব টানি দিছে, আর এর ভিডিও
টিকটকো দিছে, একাউন্ট [[OTHER_ID:@farley_boyz_07]]।

আমি [[PHONE:01632 960 538]]-এ ফোন করলাম, এএসবি কেস নম্বর [[REFERENCE:CGH-ASB-1046]]। অফিসার
[[PERSON:ড্যানিয়েল]] কইলা "বাচ্চা মানুষ, খেলরা"। আমার তো মাথাত আগুন। পুলিশো রিপোর্ট করলাম, রেফারেন্স
[[REFERENCE:BED-23-0418872]]।

তখন আমার বইন [[PERSON:রুমানা]] কমপ্লেইন লেখিয়া দিল, নম্বর [[REFERENCE:CGH-C-7730]], আর পরিষ্কার লেখল
যে ইটা হেইট ক্রাইম। দুই নম্বর স্টেজো কমিউনিটি সেফটির ম্যানেজার মিসেস [[PERSON:লরা বেনেট]] আইয়া
আমরারে দেখলা, ভিডিও দেখলা আর সরি কইলা।

অখন তারা দরজাত ক্যামেরা লাগাইছে, এস্টেটো আলো বাড়াইছে, আর পুয়াইনতর বাপ-মার লগে পুলিশ লইয়া মাতছে।
একজনর পরিবাররে "অ্যাকসেপ্টেবল বিহেভিয়ার কন্ট্রাক্ট" সই করাইছে। আমরারে ৩০০ পাউন্ড দিছে। আর নিয়ম
করছে: ধর্ম বা জাতি লইয়া কুনু হয়রানির রিপোর্ট আইলে এক দিনর ভিতরে ফোন করবা, আর
[[ORGANISATION:Chiltern Gate]] নিজে পুলিশর লগে মাতবা। [[PERSON:মাহি]] অখন আবার একলা স্কুলো যায়।
"""),
    ),
    (
        "fv2av-bn-05",
        "bn",
        _s("""
আমি [[PERSON:শাপলা মিয়া]], ম্যানচেস্টারো [[ADDRESS:Cheetwood Tower]]-র আট তলাত
[[ADDRESS:ফ্ল্যাট নম্বর ৫২]]-এ থাকি, পোস্টকোড [[POSTCODE:m8 0rh]]। বিল্ডিংটা
[[ORGANISATION:Irk Valley Homes]]-র। আমার জামাই [[PERSON:কামরুল]] রাইতে রেস্টুরেন্টো কাম করইন, দিনো
ঘুমাইন, বাচ্চাইনতরে আমি একলাই সামলাই। ফুড়ি [[PERSON:জারা]] [[AGE:৫ বছর]], ফুয়া [[PERSON:রায়ান]]
[[AGE:৩ বছর]]।

গেল বছর মে মাসো বেডরুমর জানালার লক (রেস্ট্রিক্টর) ভাঙি গেল। জানালা পুরা খুলি যায়, আট তলা উপরে! আমি
ডরে হাতল রশি দিয়া বান্দি রাখলাম। [[PHONE:0161 496 0348]]-এ ফোন দিলাম, নম্বর
[[REFERENCE:IVH-R-16607]]। কইলো "নন-আর্জেন্ট", ২৮ দিন লাগব। [[ORGANISATION:Northern Glazing Co]]-র মানুষ
একবার আইয়া মাপ নিয়া গেল, আর আইছে না।

[[PERSON:রায়ান]] একদিন খাটর উপরে উঠিয়া জানালার রশি টানরা, আমি দৌড়াইয়া ধরলাম। হেদিন রাইত আমি বউত
কান্দিলাম। আমার ননদ [[PERSON:লিপি]] ইংরেজিত কমপ্লেইন লেখিয়া দিলা, নম্বর [[REFERENCE:IVH-C-2290]], আর
আমার ইমেইল দিলা: [[EMAIL:shapla dot miah at example dot com]]।

পরদিনই অফিসার [[PERSON:মার্টিন]] ফোন দিলা, আর বিকালর মাঝে নতুন রেস্ট্রিক্টর লাগি গেল। তারা মানলা যে
ছোট বাচ্চার ঘরো উঁচা তলার জানালা ভাঙা মানে ইমার্জেন্সি। পুরা টাওয়ারর হকল জানালা চেক করাইলা, আরো ১৪টা
ফ্ল্যাটো একই সমস্যা পাইলা। আমারে ২০০ পাউন্ড দিলা, আমার অ্যাকাউন্টো, যেটার শেষে [[OTHER_ID:৭৭২১]]।

অখন [[ORGANISATION:Irk Valley Homes]]-র নিয়ম: উঁচা বিল্ডিংয়ো জানালার রেস্ট্রিক্টর ভাঙলে ২৪ ঘণ্টার
ভিতরে ঠিক অইব। কেউ কুনু কথা জিগাইতে চাইলে আমারে ফোন দিবা:
[[PHONE:শূন্য সাত সাত শূন্য শূন্য, নয় শূন্য শূন্য, পাঁচ এক আট]]।
"""),
    ),
    (
        "fv2av-pa-01",
        "pa",
        _s("""
ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ ਜੀ। ਮੈਂ [[PERSON:ਕੁਲਵਿੰਦਰ ਕੌਰ ਜੌਹਲ]] ਆਂ, ਪਰ ਸਾਰੇ ਮੈਨੂੰ [[PERSON:ਕਿੰਦੋ]] ਕਹਿੰਦੇ ਆ। ਮੈਂ ਆਪਣੀ
ਬੇਬੇ ਨਾਲ ਸਾਊਥਾਲ ਵਿੱਚ [[ADDRESS:ਫਲੈਟ ੬]], [[ADDRESS:Havelock Court]], [[POSTCODE:UB2 4RW]] ਵਿੱਚ ਰਹਿੰਦੀ
ਆਂ, ਜਿਹੜਾ [[ADDRESS:ਗੁਰਦੁਆਰਾ ਨਾਨਕ ਦਰਬਾਰ]] ਦੇ ਬਿਲਕੁਲ ਸਾਹਮਣੇ ਆ। ਬੇਬੇ [[AGE:੮੩ ਸਾਲਾਂ]] ਦੇ ਆ ਤੇ ਉਹਨਾਂ
ਨੂੰ [[HEALTH:ਅਲਜ਼ਾਈਮਰ]] ਆ। ਫਲੈਟ [[ORGANISATION:Dormers Vale Housing]] ਦਾ ਆ।

ਪਿਛਲੇ ਸਾਲ ਮਾਰਚ ਵਿੱਚ ਚਿੱਠੀ ਆਈ ਕਿ ਸਾਡੇ ਕਿਰਾਏ ਦਾ £1,940 ਬਕਾਇਆ ਆ ਤੇ ਜੇ ਨਾ ਭਰਿਆ ਤਾਂ ਘਰੋਂ ਕੱਢਣ ਦੀ
ਕਾਰਵਾਈ ਹੋਊ। ਮੈਂ ਤਾਂ ਡਰ ਗਈ ਸੀਗੀ। ਸਾਡਾ ਕਿਰਾਇਆ ਯੂਨੀਵਰਸਲ ਕ੍ਰੈਡਿਟ ਤੋਂ ਸਿੱਧਾ ਜਾਂਦਾ ਸੀ, ਤੇ ਬਾਕੀ ਦਾ ਮੈਂ ਆਪਣੇ
ਖਾਤੇ ਤੋਂ ਭਰਦੀ ਸੀ। ਮੇਰੇ ਜਵਾਈ [[PERSON:ਹਰਮਨ]] ਨੇ ਬੈਂਕ ਦੀਆਂ ਸਟੇਟਮੈਂਟਾਂ ਕੱਢੀਆਂ, ਓਸ ਖਾਤੇ ਦੀਆਂ ਜਿਹਦੇ ਅਖੀਰ
ਵਿੱਚ [[OTHER_ID:੫੫੨੧]] ਆ, ਤੇ ਦੇਖਿਆ ਕਿ ਹਰ ਮਹੀਨੇ ਪੈਸੇ ਪੂਰੇ ਗਏ ਸੀ।

ਫੇਰ ਪਤਾ ਲੱਗਾ ਕਿ ਸਾਡਾ ਟੈਨੈਂਸੀ ਨੰਬਰ [[REFERENCE:DVH-T-004417]] ਆ ਤੇ ਕਿਸੇ ਹੋਰ ਦਾ
[[REFERENCE:DVH-T-004471]], ਤੇ ਸਾਡੇ ਪੈਸੇ ਉਹਦੇ ਖਾਤੇ ਵਿੱਚ ਜਾਂਦੇ ਰਹੇ। ਮੈਂ [[PHONE:+੪੪ ੨੦ ੭੯੪੬ ੦੨੩੯]] 'ਤੇ
ਫੋਨ ਕੀਤੇ, ਕੋਈ ਸੁਣਦਾ ਈ ਨੀ ਸੀ। ਫੇਰ ਮੈਂ ਸ਼ਿਕਾਇਤ ਪਾਈ, ਨੰਬਰ [[REFERENCE:CC-55218]]।

ਇਨਕਮ ਟੀਮ ਦੇ [[PERSON:ਸਟੀਵਨ ਕੁੱਕ]] ਨੇ ਪਹਿਲਾਂ ਤਾਂ ਕਿਹਾ ਕਿ "ਬਕਾਇਆ ਤਾਂ ਭਰਨਾ ਈ ਪਊ"। ਪਰ ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ
ਮੈਨੇਜਰ ਮਿਸਿਜ਼ [[PERSON:ਅਨੀਤਾ ਢੇਸੀ]] ਨੇ ਸਾਰਾ ਹਿਸਾਬ ਦੇਖਿਆ ਤੇ ਮੰਨ ਲਿਆ ਕਿ ਗਲਤੀ ਉਹਨਾਂ ਦੀ ਸੀ। ਉਹ ਪੰਜਾਬੀ
ਬੋਲਦੇ ਸੀ, ਬੇਬੇ ਨਾਲ ਵੀ ਬੈਠ ਕੇ ਗੱਲ ਕੀਤੀ, ਬੇਬੇ ਬੜੇ ਖੁਸ਼ ਹੋਏ।

ਹੁਣ ਸਾਡਾ ਖਾਤਾ ਸਾਫ਼ ਆ, ਕੱਢਣ ਵਾਲੀ ਚਿੱਠੀ ਵਾਪਸ ਲੈ ਲਈ, ਤੇ ਸਾਨੂੰ £250 ਮਿਲੇ। [[ORGANISATION:Dormers Vale]]
ਨੇ ਹੁਣ ਨਿਯਮ ਬਣਾਇਆ ਕਿ ਬਕਾਏ ਦੀ ਚਿੱਠੀ ਭੇਜਣ ਤੋਂ ਪਹਿਲਾਂ ਕੋਈ ਬੰਦਾ ਫੋਨ ਕਰਕੇ ਗੱਲ ਕਰੂ, ਤੇ ਮਿਲਦੇ-ਜੁਲਦੇ
ਨੰਬਰਾਂ ਦੀ ਜਾਂਚ ਹੁੰਦੀ ਆ। ਜੇ ਕਿਸੇ ਹੋਰ ਨਾਲ ਇੱਦਾਂ ਹੋਇਆ ਹੋਵੇ ਤਾਂ ਮੈਨੂੰ [[EMAIL:kindo.johal@example.co.uk]]
'ਤੇ ਲਿਖੋ।
"""),
    ),
    (
        "fv2av-pa-02",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਗੁਰਮੀਤ ਸਿੰਘ ਰੰਧਾਵਾ]] ਵਾਂ, ਅੰਮ੍ਰਿਤਸਰ ਜ਼ਿਲ੍ਹੇ ਦਾ, ਪਰ ਤੀਹ ਸਾਲਾਂ ਤੋਂ ਵੁਲਵਰਹੈਂਪਟਨ ਰਹਿੰਦਾ ਵਾਂ। ਸਾਡਾ
ਘਰ [[ADDRESS:੪੪ Rookery Lane]], [[POSTCODE:wv4 6hn]], ਕੌਂਸਲ ਦਾ ਨਹੀਂ,
[[ORGANISATION:Black Country Pathways Housing]] ਦਾ ਏ। ਮੇਰੇ ਨਾਲ ਮੇਰੀ ਘਰਵਾਲੀ [[PERSON:ਬਲਜੀਤ]], ਭਾਪਾ
ਜੀ, ਤੇ ਪੁੱਤਰ [[PERSON:ਹਰਜੋਤ]] ਦਾ ਟੱਬਰ ਰਹਿੰਦਾ ਏ।

ਭਾਪਾ ਜੀ ਦੇ [[HEALTH:ਗੁਰਦੇ ਫੇਲ੍ਹ]] ਨੇ, ਘਰੇ ਈ ਡਾਇਲਸਿਸ ਹੁੰਦਾ ਏ, ਇਸ ਕਰਕੇ ਸਫ਼ਾਈ ਬੜੀ ਜ਼ਰੂਰੀ ਏ। ਪਿਛਲੇ ਸਾਲ
ਅਕਤੂਬਰ ਤੋਂ ਜਦ ਵੀ ਮੀਂਹ ਪੈਂਦਾ, ਪਿਛਲੇ ਵਿਹੜੇ ਦੀ ਨਾਲੀ ਉੱਛਲ ਜਾਂਦੀ ਤੇ ਗੰਦਾ ਪਾਣੀ ਰਸੋਈ ਦੇ ਬੂਹੇ ਤੀਕ ਆ
ਜਾਂਦਾ। ਮੇਰਾ ਪੋਤਾ [[PERSON:ਫ਼ਤਹਿ]], [[AGE:ਢਾਈ ਸਾਲਾਂ]] ਦਾ, ਓਥੇ ਈ ਖੇਡਦਾ ਸੀ।

ਮੈਂ [[PHONE:0121 496 0627]] 'ਤੇ ਫ਼ੋਨ ਕੀਤਾ। [[ORGANISATION:DrainFix Midlands]] ਵਾਲੇ ਤਿੰਨ ਵਾਰ ਆਏ, ਪਾਈਪ
ਵਿੱਚ ਰਾਡ ਮਾਰੀ ਤੇ ਤੁਰ ਗਏ। ਜੌਬ ਨੰਬਰ [[REFERENCE:BCP-J-710364]]। ਮੈਂ ਆਖਿਆ, ਭਾਈ, ਏਹ ਕੀਹ ਤਰੀਕਾ ਏ?
ਕੈਮਰਾ ਪਾ ਕੇ ਵੇਖੋ! ਕਿਸੇ ਨਾ ਸੁਣੀ।

ਫ਼ੇਰ ਮੇਰੀ ਨੂੰਹ [[PERSON:ਨਵਨੀਤ]] ਨੇ [[EMAIL:gurmeet.randhawa@example.co.uk]] ਤੋਂ ਈਮੇਲ ਰਾਹੀਂ ਸ਼ਿਕਾਇਤ
ਪਾਈ, ਨੰਬਰ [[REFERENCE:CF/2291/24]]। ਜਵਾਬ ਆਇਆ ਕਿ "ਨਾਲੀ ਸਾਫ਼ ਕਰ ਦਿੱਤੀ ਗਈ ਏ"। ਅਸੀਂ ਹਾਊਸਿੰਗ
ਓਮਬਡਸਮੈਨ ਕੋਲ ਗਏ, ਕੇਸ ਨੰਬਰ [[REFERENCE:202500316]]।

ਓਮਬਡਸਮੈਨ ਦੇ ਕਹਿਣ 'ਤੇ ਸਰਵੇਅਰ [[PERSON:ਕ੍ਰਿਸ ਹੌਲ]] ਆਇਆ, ਕੈਮਰਾ ਪਾਇਆ ਤੇ ਪਤਾ ਲੱਗਾ ਕਿ ਪਾਈਪ ਰੁੱਖ ਦੀਆਂ
ਜੜ੍ਹਾਂ ਨਾਲ ਟੁੱਟੀ ਪਈ ਸੀ। ਦੋ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਨਵੀਂ ਪਾਈਪ ਪਾ ਦਿੱਤੀ, ਵਿਹੜਾ ਸਾਫ਼ ਕੀਤਾ ਤੇ ਸਾਨੂੰ £900 ਦਿੱਤੇ। ਹੁਣ
ਉਹਨਾਂ ਦਾ ਨਿਯਮ ਏ ਕਿ ਜੇ ਇੱਕੋ ਨਾਲੀ ਤਿੰਨ ਮਹੀਨਿਆਂ ਵਿੱਚ ਦੋ ਵਾਰ ਬੰਦ ਹੋਵੇ ਤਾਂ ਕੈਮਰਾ ਸਰਵੇ ਲਾਜ਼ਮੀ ਏ।

ਭਾਪਾ ਜੀ ਆਖਦੇ ਨੇ, "[[PERSON:ਮੀਤਿਆ]], ਤੂੰ ਡਟਿਆ ਰਿਹਾ, ਤਾਂ ਈ ਕੰਮ ਹੋਇਆ।"
"""),
    ),
    (
        "fv2av-pa-03",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਂ [[PERSON:ਜਸਪ੍ਰੀਤ ਬੈਂਸ]] ਆ, ਯਾਰ ਬੇਲੀ [[PERSON:ਜੱਸ]] ਕਹਿੰਦੇ ਆ। ਏਹ ਕਹਾਣੀ ਮੇਰੇ ਨਾਨੀ ਜੀ,
[[PERSON:ਸੁਰਜੀਤ ਕੌਰ]] ਦੀ ਆ। ਉਹ [[AGE:ਬਿਆਸੀ ਸਾਲਾਂ]] ਦੇ ਆ ਤੇ ਲੈਸਟਰ ਵਿੱਚ [[ADDRESS:੧੯ ਹੋਲਡਨ ਸਟਰੀਟ]],
[[POSTCODE:LE4 6GQ]] ਵਿੱਚ ਕੱਲੇ ਰਹਿੰਦੇ ਆ, [[ORGANISATION:Soar Valley Homes]] ਦੇ ਘਰ ਵਿੱਚ। ਨਾਨੀ ਜੀ ਨੂੰ
ਅੰਗਰੇਜ਼ੀ ਨੀ ਆਉਂਦੀ, ਪੰਜਾਬੀ ਈ ਪੜ੍ਹਦੇ ਆ।

ਪਿਛਲੇ ਸਾਲ ਗੈਸ ਸੇਫ਼ਟੀ ਚੈੱਕ ਦੀਆਂ ਚਿੱਠੀਆਂ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਆਈਆਂ। ਨਾਨੀ ਜੀ ਨੇ ਪੜ੍ਹੀਆਂ ਈ ਨੀ, ਤੇ ਜਿਹੜਾ ਬੰਦਾ
ਆਇਆ ਉਹਨੂੰ ਓਪਰਾ ਸਮਝ ਕੇ ਬੂਹਾ ਨੀ ਖੋਲ੍ਹਿਆ। ਤਿੰਨ ਵਾਰ ਇੱਦਾਂ ਹੋਇਆ। ਫੇਰ ਫਰਵਰੀ ਦੀ ਠੰਢ ਵਿੱਚ
[[ORGANISATION:Gasway Services]] ਵਾਲਿਆਂ ਨੇ ਬਾਹਰੋਂ ਈ ਗੈਸ ਕੱਟ ਦਿੱਤੀ। ਨਾ ਹੀਟਿੰਗ, ਨਾ ਗਰਮ ਪਾਣੀ। ਗੁਆਂਢਣ
[[PERSON:ਮਨਜੀਤ]] ਆਂਟੀ ਨੇ ਮੈਨੂੰ ਫ਼ੋਨ ਕੀਤਾ, ਮੈਂ ਭੱਜਾ ਗਿਆ।

ਚਿੱਠੀਆਂ ਉੱਤੇ ਨਾਨੀ ਜੀ ਦੀ ਜਨਮ ਤਰੀਕ [[DATE_OF_BIRTH:੧੫ ਅਗਸਤ ੧੯੪੨]] ਤਾਂ ਠੀਕ ਲਿਖੀ ਸੀ, ਪਰ ਕਿਤੇ ਏਹ ਨੀ
ਲਿਖਿਆ ਸੀ ਕਿ ਉਹ ਅੰਗਰੇਜ਼ੀ ਨੀ ਪੜ੍ਹ ਸਕਦੇ, ਜਦ ਕਿ ਅਸੀਂ ਦੋ ਵਾਰ ਦੱਸਿਆ ਸੀਗਾ। ਮੈਂ [[PHONE:0116 496 0731]] 'ਤੇ
ਫ਼ੋਨ ਕੀਤਾ ਤੇ ਓਸੇ ਦਿਨ ਸ਼ਿਕਾਇਤ ਪਾਈ, ਨੰਬਰ [[REFERENCE:SVH-2025-0148]]।

ਅਗਲੇ ਦਿਨ ਟੈਨੈਂਸੀ ਸਪੋਰਟ ਵਾਲੇ [[PERSON:ਪ੍ਰਿਆ ਪਟੇਲ]] ਦਾ ਫ਼ੋਨ ਆਇਆ। ਉਹ ਪੰਜਾਬੀ ਬੋਲਣ ਵਾਲੀ ਸਾਥਣ
[[PERSON:ਰਮਨ]] ਨੂੰ ਨਾਲ ਲੈ ਕੇ ਆਏ। ਓਸੇ ਸ਼ਾਮ ਗੈਸ ਚਾਲੂ ਹੋ ਗਈ, ਸੇਫ਼ਟੀ ਚੈੱਕ ਹੋ ਗਿਆ, ਤੇ ਨਾਨੀ ਜੀ ਨੂੰ ਦੋ ਹੀਟਰ
ਵੀ ਦੇ ਗਏ। ਸਾਨੂੰ £400 ਮਿਲੇ ਤੇ ਪੰਜਾਬੀ ਵਿੱਚ ਮੁਆਫ਼ੀ ਦੀ ਚਿੱਠੀ।

ਹੁਣ [[ORGANISATION:Soar Valley]] ਹਰ ਕਿਰਾਏਦਾਰ ਦੀ ਬੋਲੀ ਰਿਕਾਰਡ ਕਰਦੀ ਆ, ਜ਼ਰੂਰੀ ਚਿੱਠੀਆਂ ਓਸੇ ਬੋਲੀ ਵਿੱਚ
ਜਾਂਦੀਆਂ, ਤੇ ਕਿਸੇ ਬਜ਼ੁਰਗ ਦੀ ਗੈਸ ਕੱਟਣ ਤੋਂ ਪਹਿਲਾਂ ਪਰਿਵਾਰ ਨੂੰ ਫ਼ੋਨ ਕਰਨਾ ਲਾਜ਼ਮੀ ਆ।

ਨਾਨੀ ਜੀ ਹੁਣ ਕਹਿੰਦੇ ਆ, "[[PERSON:ਜੱਸੀ]], ਤੂੰ ਨਾ ਹੁੰਦਾ ਤਾਂ ਮੈਂ ਠੰਢ ਨਾਲ ਮਰ ਜਾਂਦੀ।" ਪੂਰੀ ਕਹਾਣੀ ਮੈਂ ਆਪਣੇ
ਬਲੌਗ [[OTHER_ID:jassbains.example.net]] 'ਤੇ ਵੀ ਪਾਈ ਆ।
"""),
    ),
    (
        "fv2av-pa-04",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਰਾਜਵਿੰਦਰ ਸਿੰਘ ਢਿੱਲੋਂ]] ਵਾਂ, ਘਰ ਦੇ ਮੈਨੂੰ [[PERSON:ਰਾਜੂ]] ਆਖਦੇ ਨੇ। ਸਾਡਾ
[[OTHER_SPECIAL:ਸਿੱਖ]] ਟੱਬਰ ਏ। ਮੇਰੇ ਭਾਪਾ ਜੀ, ਸਰਦਾਰ [[PERSON:ਕਰਨੈਲ ਸਿੰਘ ਢਿੱਲੋਂ]], ਗ੍ਰੇਵਜ਼ੈਂਡ ਵਿੱਚ
[[ADDRESS:27 Parrock Mews]], [[POSTCODE:DA12 1XE]] ਵਾਲੇ ਘਰ ਦੇ ਕਿਰਾਏਦਾਰ ਸਨ, ੧੯੯੧ ਤੋਂ। ਘਰ
[[ORGANISATION:Medway Quay Homes]] ਦਾ ਏ। ਭਾਪਾ ਜੀ ਨੂੰ [[HEALTH:ਪਾਰਕਿੰਸਨ]] ਸੀ, ਤੇ ਮੈਂ ੨੦੧੨ ਵਿੱਚ
ਨੌਕਰੀ ਛੱਡ ਕੇ ਉਹਨਾਂ ਦੀ ਸੇਵਾ ਲਈ ਓਥੇ ਆ ਗਿਆ ਸਾਂ।

ਪਿਛਲੇ ਸਾਲ ਜਨਵਰੀ ਵਿੱਚ ਭਾਪਾ ਜੀ ਪੂਰੇ ਹੋ ਗਏ। [[ADDRESS:ਗੁਰਦੁਆਰਾ ਦਸਮੇਸ਼ ਦਰਬਾਰ]] ਵਿੱਚ ਭੋਗ ਪਿਆ ਈ ਸੀ ਕਿ
ਦੋ ਹਫ਼ਤਿਆਂ ਮਗਰੋਂ ਹਾਊਸਿੰਗ ਅਫ਼ਸਰ [[PERSON:ਜੈਨੀ]] ਦੀ ਚਿੱਠੀ ਆ ਗਈ: ਘਰ ਖ਼ਾਲੀ ਕਰੋ, ਕਿਉਂਕਿ ਟੈਨੈਂਸੀ
[[REFERENCE:MQH/TEN/33019]] 'ਤੇ ਮੇਰਾ ਨਾਂ ਨਹੀਂ। ਮੈਂ ਆਖਿਆ, ਮੈਂ ਬਾਰਾਂ ਸਾਲਾਂ ਤੋਂ ਏਥੇ ਰਹਿੰਦਾ ਵਾਂ! ਕੌਂਸਲ
ਟੈਕਸ ਦੇ ਬਿੱਲ, [[ADDRESS:Pelham Medical Practice]] ਵਿੱਚ ਰਜਿਸਟ੍ਰੇਸ਼ਨ, ਸਭ ਕੁਝ ਏਸੇ ਪਤੇ 'ਤੇ ਏ।

ਉਹਨਾਂ ਨੇ ਸਬੂਤ ਵਜੋਂ ਮੇਰਾ ਪਾਸਪੋਰਟ ਮੰਗਿਆ। ਮੈਂ ਕਾਪੀ ਦਿੱਤੀ, ਨੰਬਰ [[OTHER_ID:548812093]], ਤੇ ਮਹੀਨੇ
ਮਗਰੋਂ ਆਖਣ ਲੱਗੇ ਕਿ ਕਾਪੀ ਗੁਆਚ ਗਈ। ਮੈਂ [[PHONE:01632 960 451]] 'ਤੇ ਫ਼ੋਨ ਕਰ ਕਰ ਥੱਕ ਗਿਆ। ਫੇਰ ਲਿਖਤੀ
ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਨੰਬਰ [[REFERENCE:MQH-CMP-8820]], ਤੇ ਹਾਊਸਿੰਗ ਓਮਬਡਸਮੈਨ ਨੂੰ ਵੀ ਲਿਖਿਆ।

ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ ਮੈਨੇਜਰ [[PERSON:ਐਲਿਸਨ ਗ੍ਰੇ]] ਨੇ ਸਾਰੇ ਕਾਗਜ਼ ਵੇਖੇ ਤੇ ਮੰਨਿਆ ਕਿ ਮੈਨੂੰ ਕਾਨੂੰਨ ਮੁਤਾਬਕ ਵਾਰਸ
ਵਜੋਂ ਟੈਨੈਂਸੀ ਦਾ ਹੱਕ ਏ। ਚਿੱਠੀ ਵਾਪਸ ਲਈ, ਟੈਨੈਂਸੀ ਮੇਰੇ ਨਾਂ ਹੋ ਗਈ, ਲਿਖਤੀ ਮੁਆਫ਼ੀ ਤੇ £300 ਦਿੱਤੇ। ਹੁਣ
[[ORGANISATION:Medway Quay]] ਕਿਸੇ ਦੀ ਮੌਤ ਮਗਰੋਂ ਪਹਿਲਾਂ ਟੱਬਰ ਨੂੰ ਮਿਲ ਕੇ ਵਾਰਸੀ ਦੀ ਜਾਂਚ ਕਰਦੀ ਏ, ਚਿੱਠੀ
ਬਾਅਦ ਵਿੱਚ।

ਜੇ ਕਿਸੇ ਹੋਰ ਟੱਬਰ ਨਾਲ ਇੰਜ ਹੋ ਰਿਹਾ ਹੋਵੇ, ਮੈਨੂੰ [[PHONE:07700 900 584]] 'ਤੇ ਫ਼ੋਨ ਕਰੋ ਤੇ
[[PERSON:ਰਾਜੂ]] ਪੁੱਛਿਓ।
"""),
    ),
    (
        "fv2av-pa-05",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਅਮਨਦੀਪ ਕੌਰ ਸਹੋਤਾ]] ਆਂ, ਉਮਰ [[AGE:੩੮ ਸਾਲ]]। ਅਸੀਂ ਲੀਡਜ਼ ਵਿੱਚ [[ADDRESS:8 Tong Way]],
[[POSTCODE:LS12 5PU]] 'ਤੇ ਰਹਿੰਦੇ ਆਂ, ਘਰ [[ORGANISATION:Calder Rise Homes]] ਦਾ ਆ। ਮੇਰੀ ਧੀ
[[PERSON:ਸਿਮਰਨ]], ਜਿਹਨੂੰ ਅਸੀਂ [[PERSON:ਸਿੰਮੀ]] ਕਹਿੰਦੇ ਆਂ, [[AGE:੧੧ ਸਾਲਾਂ]] ਦੀ ਆ। ਉਹਨੂੰ
[[HEALTH:ਸੇਰੇਬ੍ਰਲ ਪਾਲਸੀ]] ਆ ਤੇ ਉਹ ਵ੍ਹੀਲਚੇਅਰ 'ਤੇ ਆ।

੨੦੨੩ ਦੀਆਂ ਗਰਮੀਆਂ ਵਿੱਚ ਪਿਛਲੀ ਕੰਧ ਕੋਲੋਂ ਜਪਾਨੀ ਨੌਟਵੀਡ ਉੱਗ ਆਈ। ਸਾਨੂੰ ਪਤਾ ਈ ਨੀ ਸੀਗਾ ਕਿ ਏਹ ਕੀ ਬਲਾ ਆ।
ਸਾਲ ਵਿੱਚ ਈ ਉਹਨੇ ਰੈਂਪ ਤੇ ਪਾਥ ਪਾੜ ਦਿੱਤੇ। [[PERSON:ਸਿੰਮੀ]] ਦੀ ਵ੍ਹੀਲਚੇਅਰ ਟੋਇਆਂ ਵਿੱਚ ਫਸ ਜਾਂਦੀ, ਮੋਟੇਬਿਲਿਟੀ
ਵੈਨ [[OTHER_ID:YH68 RZT]] ਤਾਂਈਂ ਲਿਜਾਣਾ ਔਖਾ ਹੋ ਗਿਆ, ਤੇ ਕਈ ਦਿਨ ਉਹ [[ADDRESS:Wortley Hall Primary]] ਨੀ
ਜਾ ਸਕੀ।

ਮੈਂ [[PHONE:0113-4960452]] 'ਤੇ ਫ਼ੋਨ ਕੀਤੇ, ਰਿਪੇਅਰ ਨੰਬਰ [[REFERENCE:CRH-88120]]। ਇੱਕ ਬੰਦਾ ਆਇਆ, ਬੂਟੇ ਵੱਢ
ਗਿਆ, ਜਿਹੜਾ ਨੌਟਵੀਡ ਨਾਲ ਕਰਨਾ ਈ ਨੀ ਚਾਹੀਦਾ। ਅਗਲੇ ਮਹੀਨੇ ਦੂਣੀ ਹੋ ਗਈ। ਮੇਰੇ ਘਰਵਾਲੇ [[PERSON:ਬਲਰਾਜ]] ਨੇ
ਕਿਹਾ, ਹੁਣ ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਕਰ। ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:CRH-C-1953]]।

ਸ਼ਿਕਾਇਤਾਂ ਵਾਲੇ [[PERSON:ਡੈਨੀ ਹਿਊਜ਼]] ਘਰ ਆਏ। ਉਹਨਾਂ ਨੇ [[PERSON:ਸਿੰਮੀ]] ਨੂੰ ਵ੍ਹੀਲਚੇਅਰ ਵਿੱਚ ਰੈਂਪ ਤੋਂ
ਉਤਰਦਿਆਂ ਦੇਖਿਆ ਤੇ ਓਸੇ ਵੇਲੇ ਮੰਨ ਗਏ ਕਿ ਏਹ ਐਮਰਜੈਂਸੀ ਆ। [[ORGANISATION:Yorkshire Knotweed Control]] ਨੂੰ
ਬੁਲਾਇਆ, ਜਿਹਨਾਂ ਨੇ ਤਿੰਨ ਸਾਲ ਦਾ ਇਲਾਜ ਸ਼ੁਰੂ ਕੀਤਾ, ਤੇ ਦੋ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਨਵਾਂ ਰੈਂਪ ਤੇ ਪਾਥ ਬਣ ਗਏ। ਸਾਨੂੰ £500
ਮਿਲੇ ਤੇ ਲਿਖਤੀ ਮੁਆਫ਼ੀ।

ਹੁਣ [[ORGANISATION:Calder Rise]] ਵਿੱਚ ਵ੍ਹੀਲਚੇਅਰ ਵਾਲਿਆਂ ਦੇ ਰੈਂਪ ਤੇ ਰਸਤੇ ਦੀ ਮੁਰੰਮਤ ੨੪ ਘੰਟਿਆਂ ਵਾਲੀ
ਐਮਰਜੈਂਸੀ ਗਿਣੀ ਜਾਂਦੀ ਆ। ਸਾਡੇ [[ADDRESS:੮ ਨੰਬਰ]] ਦੇ ਸਾਹਮਣੇ ਹੁਣ ਸੋਹਣਾ ਪੱਕਾ ਰਸਤਾ ਆ, ਤੇ [[PERSON:ਸਿੰਮੀ]]
ਆਪ ਵੈਨ ਤੀਕ ਜਾਂਦੀ ਆ। ਕਿਸੇ ਨੂੰ ਮਦਦ ਚਾਹੀਦੀ ਹੋਵੇ ਤਾਂ [[EMAIL:aman.sahota@example.org]] 'ਤੇ ਲਿਖੋ।
"""),
    ),
    (
        "fv2av-pl-01",
        "pl",
        _s("""
Jo żech je [[PERSON:Krystian Pieczka]], rodem z Rudy, a ôd dziewiyńciu lot mieszkōm w Peterborough.
Mieszkōmy z mojōm babōm [[PERSON:Gabi]] i dwōma bajtlami w [[ADDRESS:mieszkaniu nr 4]] na
[[ADDRESS:17 Gladstone Street]], [[POSTCODE:PE1 2BQ]]. Chałpa je ôd [[ORGANISATION:Nene Valley Homes]].

Ôkna były stare, drzewiane, przegnite. Kej w zimie wioło, to firanki sie ruszały przi zawartym ôknie. Na
ścianach w izbie bajtli wylazł czorny grzyb. Nasz synek [[PERSON:Nikodem]] mo [[AGE:5 lot]] i
[[HEALTH:astma]], a mało [[PERSON:Hanysia]], co mo [[AGE:półtora roku]], ciōngle kasłała. Pani doktor z
[[ADDRESS:Millfield Medical Centre]] napisała list, iże to bez ta wilgoć.

Dzwōniōłech na [[PHONE:01632 960 774]] chyba ze trzydzieści razy. Numer naprawy
[[REFERENCE:NVH-RP-60318]]. Prziszoł chop ôd [[ORGANISATION:Fenland Windows Ltd]], pomierzył, a potym
prziszoł zaś za pōł roku, coby pomierzyć jeszcze roz. Richtig cyrk.

Moja starka zawsze godała: „Kto sie niy upōmni, tyn nic niy dostanie". Tak żech napisoł skarga, numer
[[REFERENCE:C/2024/1187]], z maila [[EMAIL:krystian.pieczka@example.com]]. Ôdpisała pani
[[PERSON:Sharon Pike]] z działu skarg. Pō tydniu sama prziszła, ôbejrzała izba bajtli i pedziała, iże to
je „niedopuszczalne".

Za trzi tydnie mieli my nowe ôkna we cołkim mieszkaniu, wentylator w łazience i ściany ôczyszczōne ze
grzyba. Dostali my 700 funtōw, przelali je na kōnto z kōńcōwkōm [[OTHER_ID:3806]].
[[ORGANISATION:Nene Valley]] terŏz sprawdzo ôkna we wszyskich starych chałpach na naszyj ulicy, niy ino u
nos.

[[PERSON:Nikodem]] już niy musi brać inhalatora co noc, a [[PERSON:Hanysia]] śpi jak aniołek. Gryfnie. Jak
ftoś potrzebuje pōmocy ze skargōm, to piszcie.
"""),
    ),
    (
        "fv2av-pl-02",
        "pl",
        _s("""
Hej! Jo jest [[PERSON:Józek Gąsienica]], z Podhala, a teroz mieszkom w Slough, we [[ADDRESS:flacie numer 12]]
w bloku [[ADDRESS:Brunel House]], kod [[POSTCODE:sl12pq]]. Mom tu gaździnę [[PERSON:Marysię]] i syna
[[PERSON:Stasia]], co mo ino [[AGE:trzy miesiące]]. Blok jest [[ORGANISATION:Thames Crest Housing]].

Kie przysła zima, w grudniu grzanie w całym bloku przestało działać. Ciepło było ino w kuchni od piekarnika.
[[PERSON:Marysia]] siedziała ze [[PERSON:Stasiem]] w kurtce, a mały telo płakał, ze my myśleli, ze sie
rozchoruje. Dzwoniłek na [[PHONE:0118 496 0891]] raz, drugi, dziesiąty. Numer zgłoszenia
[[REFERENCE:TCH-44190]]. Godali, ze [[ORGANISATION:Windsor Gas Services]] przyjadą „w ciągu 24 godzin". Nie
przyjechali przez cały tydzień. Jak grzanie wróciło, zaś siadło po trzech dniach. I tak dwa razy. Syćko
przez stary kocioł w piwnicy.

Napisołek skargę, numer [[REFERENCE:TCH-CMP-2207]]. Pomógł mi [[PERSON:Tomek]] z
[[ADDRESS:parafii św. Józefa]], co lepiej godo po angielsku. W końcu przyjechał kierownik, pan
[[PERSON:Darren Holt]], i przyznoł, ze rodziny z dzieckami i starzyki powinni byli dostać grzejniki od
razu. Dali nam dwa grzejniki elektryczne i zwrot za prąd, 320 funtów za syćko. Kocioł wymienili w lutym.
Teroz majom listę: kie grzanie siada w bloku, do rodzin z małymi dziećmi dzwonią tego samego dnia i
przywożą grzejniki.

Jo ni mom nic przeciw nikomu, ale trza było krzyceć, coby coś zrobili. Kie ftoś z bloku fce pogodać,
dzwońcie: [[PHONE:zero siedem siedem zero zero, dziewięćset, trzysta dwadzieścia jeden]]. Abo zostawcie
kartkę za wycieraczką mojego busa, [[OTHER_ID:KNT 4G21]], stoi zawse pod blokiem.
"""),
    ),
    (
        "fv2av-pl-03",
        "pl",
        _s("""
Mōm na miano [[PERSON:Hildegarda Kowol]], ale wszyscy godajōm na mie [[PERSON:Hilda]]. Mōm [[AGE:71 lot]]
i mieszkōm sama w [[ADDRESS:mieszkaniu 2]] na parterze w [[ADDRESS:Cedar Court]], [[POSTCODE:NN3 8LQ]].
Chałpa je ôd [[ORGANISATION:Weston Favell Housing]]. Co niedziela łaża do
[[ADDRESS:parafii Matki Bożej Częstochowskiej]], to mie tam wszyscy znajōm.

W 2023 roku w [[ADDRESS:mieszkaniu 5]] nade mnōm wprowadził sie nowy lokator. Ôd tego czasu co noc muzyka do
sztwortej rano, tupanie, krziki. Jo przechodziła wtedy chemia, bo mōm [[HEALTH:raka piersi]], i
potrzebowałach spać. Niy szło.

Dzwōniłach na [[PHONE:01632 960 417]] i zgłosiłach to jako ASB, numer [[REFERENCE:WFH-ASB-0931]]. Pan
[[PERSON:Liam]] z biura padoł, iże „to sōm normalne odgłosy życia codziennego". Normalne! O sztwortej!

Mōj syn [[PERSON:Zeflik]] zadzwōnił z Katowic i pedzioł: „Mamo, niy dej sie". Ksiōndz [[PERSON:Marek]] z
parafii pomōg mi zainstalować na telefōnie aplikacja do nagrywanio hałasu. Napisałach skarga, numer
[[REFERENCE:WFH/C/2024/118]], z mojigo maila: [[EMAIL:hilda.kowol małpa example kropka org]].

Potym prziszła pani [[PERSON:Angela Moss]], kierowniczka ôd spraw sōmsiedzkich, przesłuchała nagrania i
pedziała, iże [[PERSON:Liam]] niy powinien był mie tak zbyć. Postawili sprzynt do mierzenio hałasu, dali
lokatorowi dwa ôstrzeżenia, a w kōńcu przeniesli go kaj indziej. W suficie dali izolacja akustyczno.

Dostałach 200 funtōw i list z przeprosinami. Terŏz majōm zasada, iże jak ASB zgłasza ftoś chory abo stary,
to ftoś z biura dzwōni co tydzień, aż sprawa sie skōńczy. Terŏz śpiym jak bajtel. Dziynki Pōnbōczkowi.
"""),
    ),
    (
        "fv2av-pl-04",
        "pl",
        _s("""
Piszę jo, [[PERSON:Kaśka Chowaniec]], mama [[PERSON:Wojtusia]]. Nas [[PERSON:Wojtuś]] mo
[[AGE:cztery roki]], urodził sie [[DATE_OF_BIRTH:7 marca 2021]] i mo [[HEALTH:rdzeniowy zanik mięśni]]
([[HEALTH:SMA]]). Jeździ na wózku. Mieszkomy w Crawley, [[ADDRESS:9 Hazel Walk]], [[POSTCODE:RH11 0TG]], na
piyrsym piętrze, bez windy. Chałupa je od [[ORGANISATION:Downsview Homes]]. Mój chłop [[PERSON:Jędrek]]
nosi [[PERSON:Wojtusia]] i wózek po schodach trzy razy na dzień, a kie [[PERSON:Jędrek]] jest w robocie,
jo sama nie dom rady.

W 2023 my złozyli wniosek o przeniesienie na parter, numer w rejestrze [[REFERENCE:CRW-HR-21577]].
Terapeutka zajęciowa, pani [[PERSON:Gemma Ford]], napisała, ze to pilne. Z przedszkola,
[[ADDRESS:Little Acorns Nursery]], tyz napisali list, bo kie było ślisko, to my ze schodów ledwo zjechali.
Dzwoniłak na [[PHONE:01632 960 285]] co tydzień. Ino godali: „jest pani na liście". Papiery lezały, a
[[PERSON:Wojtuś]] rósł.

W końcu złozyłak skargę, numer [[REFERENCE:DVH-CMP-3319]], a potem posłak do Ombudsmana, sprawa
[[REFERENCE:202406655]]. Wtedy przyjechał pan [[PERSON:Stuart Lyle]] z zarządu i przyznoł, ze przez cały rok
nikt nie patrzył na nase papiery, bo numer NHS [[PERSON:Wojtusia]], [[OTHER_ID:721 448 9035]], wpisali z
błędem i list od terapeutki wisiał przy cudzym wniosku.

Po trzech miesiącach dostali my parterowy dom pod [[ADDRESS:numerem 2]] na tej samej ulicy, z podjazdem i
łazienką dla wózka. Dali nam 850 funtów. Teroz w [[ORGANISATION:Downsview Homes]] co miesiąc ftoś przegląda
syćkie pilne wnioski medyczne, a nie ino kie ftoś zadzwoni.

[[PERSON:Wojtuś]] sam wyjeżdża do ogródka. Piyknie. Jak fto fce pogodać, piscie na
[[EMAIL:kaska.chowaniec@example.com]].
"""),
    ),
    (
        "fv2av-pl-05",
        "pl",
        _s("""
Jo je [[PERSON:Gerard Mrozek]], ale kamraty godajōm na mie [[PERSON:Gerdzio]]. Mieszkōm w Swindon, we
[[ADDRESS:flacie 23]] we bloku [[ADDRESS:Kingfisher House]] na ôsiedlu [[ADDRESS:Moredon Rise]],
[[POSTCODE:SN2 7JF]]. Landlord to je [[ORGANISATION:Wiltshire Vale Housing]].

Ôd kwietnia 2023 płaciłech w czynszu 14 funtōw tydniowo za „communal cleaning". Ino że na klatce nikt niy
sprzōntoł. Cołki rok. Śmieci, psie kupy, szkło, smród ôd zsypu. Pani [[PERSON:Ula]] z
[[ADDRESS:flatu 19]], co mo [[AGE:80 lot]] i łazi z balkōnikiem, dwa razy sie pośliznyła na schodach.

Prowadziyli my z sōmsiadami zeszyt: kej, kaj, co. Zrobiōłech zdjyńcia. Dzwōniōłech na
[[PHONE:01632 960 092]], numer sprawy [[REFERENCE:WVH-SC-55710]]. Godali, iże
[[ORGANISATION:Sparkle Facilities Ltd]] przichodzi co tydzień. Jo ich niy widzioł ani roz, a jo je na rencie
ôd [[HEALTH:pylicy]] i siedza doma cołki dzień.

Skarga numer [[REFERENCE:WVH-C-8842]] poszła w czerwcu. Ôdpisoł pan [[PERSON:Martin Greaves]] i przyznoł,
iże firma ôd sprzōntanio fakturowała za 52 tydnie, a była ino dziewiyńć razy. Ôddali nōm wszyskim po 612
funtōw. Ale mie przelali na cudze kōnto! Dopiyro jak żech im trzeci roz podoł sort code
[[OTHER_ID:30-96-14]] i numer kōnta [[OTHER_ID:41176289]], pieniōndze przyszły.

Terŏz [[ORGANISATION:Wiltshire Vale]] mo nowo firma, a na klatce wisi lista z podpisami sprzōntaczy i numer
do [[PERSON:Martina]], kaj idzie dzwōnić. Co trzi miesiōnce robiōm ôbchōd z mieszkańcami. Gryfnie je terŏz
na klatce. [[PERSON:Ula]] padała, iże piyrszy roz ôd lot niy boi sie schodōw.
"""),
    ),
    (
        "fv2av-ro-01",
        "ro",
        _s("""
Mă numesc [[PERSON:Ion Ciobanu]], îs [[OTHER_SPECIAL:moldovean]], din Bălți, și amu stăm în Londra, în
[[ADDRESS:flatul 5]] de la [[ADDRESS:38 Carnforth Road]], [[POSTCODE:E6 2LS]]. Locuința-i a
[[ORGANISATION:Newham Riverside Homes]]. Stau cu soția, [[PERSON:Olguța]], și cu feciorul nostru,
[[PERSON:Sandu]], care are [[AGE:doi anișori]].

Iarna trecută, în dormitor o apărut mucegai negru pi tăt peretele dinspre stradă. [[PERSON:Sandu]] o făcut
de trei ori [[HEALTH:bronșită]], o dată am stat cu el o noapte întreagă la spital. Am sunat la
[[PHONE:020 7946 0127]] de nu mai știu câte ori, numărul de reparație era [[REFERENCE:NRH-449017]]. O vinit
un băiat, [[PERSON:Kevin]], o dat cu un spray, o zugrăvit și s-o dus. Peste o lună, iar tăt negru. Așa
remont, zic eu, nici la noi în sat nu se face.

Atunci mămuca, [[PERSON:Valentina]], care era la noi în vizită, mi-o zis: „[[PERSON:Ioane]], scrie
plângere, nu tăcea". Am scris de pe [[EMAIL:ion.ciobanu87@example.com]], plângerea are numărul
[[REFERENCE:CX-2024-5581]]. M-o sunat doamna [[PERSON:Patel]] de la departamentul de plângeri și o zis cî
vine ea singură. O vinit, o văzut și o spus cî-i vina lor, cî ventilația din flat nu lucra deloc.

Amu [[ORGANISATION:Newham Riverside]] o pus un ventilator nou în pod, o izolat peretele de afară și o
schimbat geamurile. Ne-o dat 450 de lire despăgubire și o scrisoare de scuze. Am aflat cî amu au regulă:
dacă cineva raportează mucegai de două ori în șase luni, vine obligatoriu un inspector, nu numa un om cu
spray.

[[PERSON:Sandu]] îi ghini, respiră ușor. Dacă cineva din zonă are aceeași problemă, să-mi scrie, ajut cu ce
pot.
"""),
    ),
    (
        "fv2av-ro-02",
        "ro",
        _s("""
Mă cheamă [[PERSON:Tatiana Rusu]], da' toți îmi zic [[PERSON:Tanea]]. Stau în Birmingham, în
[[ADDRESS:apartamentul 3]], [[ADDRESS:Holly Bank House]], cod poștal [[POSTCODE:b237qa]], cu fetița mea
[[PERSON:Cristinuța]], de [[AGE:9 ani]], și cu mama, [[PERSON:Vera]], care are [[HEALTH:diabet]] și
[[HEALTH:neuropatie]] la picioare. Blocu-i a [[ORGANISATION:Erdington Vale Homes]].

În octombrie s-o stricat boilerul și cinci săptămâni n-am avut apă caldă. Cinci săptămâni! Încălzeam apă
în cratiță ca s-o spăl pi mama, că ea nu poate sta mult în picioare. Am sunat la [[PHONE:0121 496 0863]],
mi-o dat număr de lucrare, [[REFERENCE:EVH/W/128830]]. [[ORGANISATION:Midland Boiler Care]] o vinit de
două ori și o zis cî piesa vine din Italia. Iaca așa.

[[PERSON:Cristinuța]] mergea la [[ADDRESS:Wood End Primary]] nespălată ca lumea; învățătoarea, doamna
[[PERSON:Hughes]], m-o întrebat dacă totul e bine acasă. Mi-o fost o rușine...

Atunci am scris plângere pe mail, de pe [[EMAIL:tanea.rusu@example.net]], nr. [[REFERENCE:EVH-C-4471]].
Mi-o răspuns domnul [[PERSON:Singh]], managerul de reparații. El o recunoscut cî nimeni nu văzuse cî mama e
pe lista de persoane vulnerabile. Într-o săptămână am avut boiler nou.

Ne-o dat 375 de lire și un calorifer portabil pentru baie. Amu au schimbat regula: când o familie cu o
persoană vulnerabilă rămâne fără apă caldă, îi aduc imediat un boiler electric temporar și nu mai așteaptă
piese. Mama zice: „[[PERSON:Tanea]], dacă nu scriai, mai stăteam și amu cu cratița".
"""),
    ),
    (
        "fv2av-ro-03",
        "ro",
        _s("""
Salut. Îs [[PERSON:Vasile Munteanu]], pentru prieteni [[PERSON:Vasea]]. Stăm în [[ADDRESS:apartamentul 17]]
din [[ADDRESS:Saffron Heights]], [[POSTCODE:LE2 9RT]], eu, soția [[PERSON:Ludmila]] și fetița
[[PERSON:Doinița]], de [[AGE:4 ani]]. Proprietarul e [[ORGANISATION:Aylestone Housing Partnership]].

Din prima zi am văzut gândaci, tarakani cum zicem noi, în bucătărie. Am crezut cî îi de la mâncare, am
spălat tăt cu clor. Nimic. Noaptea aprinzi lumina și fug zeci pi perete. [[PERSON:Doinița]] are
[[HEALTH:astm alergic]], și doctorul o zis cî gândacii îi fac mai rău.

Am sunat la [[PHONE:0116 496 0294]], lucrarea [[REFERENCE:AHP-PC-7713]]. [[ORGANISATION:Midshires Pest Control]]
o vinit de cinci ori, o dat cu spray și o plecat. După două săptămâni, iar tăt plin. Vărul meu
[[PERSON:Petrică]], care lucrează în construcții, s-o uitat după dulapuri și o găsit o gaură mare lângă
țevi, care dă direct în camera de gunoi a blocului. De acolo vineau tăți.

Am făcut plângere, nr. [[REFERENCE:AHP/COMP/0388]], și am pus poze pe Facebook, pe pagina mea
[[OTHER_ID:facebook.com/vasea.munteanu.77]], să vadă și vecinii. A doua zi m-o sunat doamna
[[PERSON:Joanne Ellis]] de la plângeri. O vinit cu un inspector, o văzut gaura și o zis: „Blin", adică
nu, o zis ceva în engleză, da' fața zicea tăt.

În trei săptămâni o astupat toate găurile din bloc, o schimbat mobila de bucătărie la noi și la încă
patru vecini, și o tratat tăt blocul odată. Ne-o dat 500 de lire. Amu, dacă trei apartamente din același
bloc raportează gândaci, tratează blocul întreg și caută de unde vin, nu dau doar cu spray.

[[PERSON:Doinița]] doarme fără să se scarpine. Normalno, cum zice lumea la noi.
"""),
    ),
    (
        "fv2av-ro-04",
        "ro",
        _s("""
Bună ziua. Mă numesc [[PERSON:Lilia Cebotari]], născută pe [[DATE_OF_BIRTH:14.09.1986]], și stau cu
copiii în [[ADDRESS:22 Hillrise Walk]], Romford, [[POSTCODE:RM3 9DW]], aproape de
[[ADDRESS:biserica Sfânta Parascheva]], unde mergem duminica. Casa-i de la
[[ORGANISATION:Havering Gate Homes]].

În august 2024 mi s-o oprit ajutorul pentru chirie. Calculatorul de la council zicea cî statutul meu o
expirat, da' eu am [[OTHER_SPECIAL:settled status]], [[OTHER_SPECIAL:rezidență permanentă]], de din 2020. Până să înțeleg ce-i,
s-o strâns o datorie de 1.300 de lire. Și [[ORGANISATION:Havering Gate]] mi-o trimis direct o scrisoare
de evacuare, fără să mă sune măcar o dată. Feciorul, [[PERSON:Mihăiță]], care are [[AGE:13 ani]], o găsit
scrisoarea înaintea mea și n-o dormit toată noaptea.

Am sunat la [[PHONE:020 7946 0914]], le-am dat numărul contractului, [[REFERENCE:HGH-T-20387]]. Doamna
[[PERSON:Yvonne]] de la chirii mi-o zis cî asta nu-i problema lor. Atunci nănașa [[PERSON:Aurelia]] m-o
ajutat să scriu plângere, nr. [[REFERENCE:HGH-CMP-6652]], și am trimis și la council copie după
pașaport, nr. [[OTHER_ID:058213947]], cu tot cu dovada de statut.

La etapa a doua m-o sunat domnul [[PERSON:Daniel Okoro]], managerul. O oprit imediat procedura, o trimis
un om de la ei să mă ajute cu council-ul, și în trei săptămâni mi s-o plătit tăt înapoi. Scrisoarea de
evacuare o fost retrasă, mi-o dat 200 de lire pentru stres și o scrisoare de scuze pentru copii.

Amu au regulă: înainte de orice scrisoare de evacuare, cineva te sună și verifică dacă nu-i o problemă cu
ajutorul de chirie. Cine are aceeași grijă, mă găsiți la [[PHONE:+44 7700 900 863]]. Sunați-o pe
[[PERSON:Liliuța]], cum îmi zic ai mei.
"""),
    ),
    (
        "fv2av-ro-05",
        "ro",
        _s("""
Mă numesc [[PERSON:Nadejda Botnari]], [[PERSON:Nadea]] pentru ai mei. Stau în Bristol, în
[[ADDRESS:flatul 2]], [[ADDRESS:41 Mina Road]], [[POSTCODE:BS5 6EF]], chiar deasupra magazinului
[[ADDRESS:Aroma Market]]. Landlordul e [[ORGANISATION:Frome Valley Housing]]. Stau singură cu copiii,
[[PERSON:Maxim]], de [[AGE:15 ani]], și [[PERSON:Ilinca]], de [[AGE:7 ani]].

În aprilie 2024 cineva o încercat noaptea să intre la noi, o dat cu piciorul în ușă până s-o crăpat tocul.
O vinit poliția, numărul de caz [[REFERENCE:5224089134]]. La două noaptea am sunat la reparații urgente,
[[PHONE:0117 496 0652]]. O vinit un om, o bătut o bucată de placaj și un lacăt. Lucrarea
[[REFERENCE:FVH-E-93021]]. Și așa am stat nouă săptămâni, cu placaj în loc de ușă. Eu am
[[HEALTH:tulburare de anxietate]] și nu mai dormeam deloc, stăteam cu luminile aprinse.

[[ORGANISATION:SecureFit Doors]] o zis cî ușa trebuie făcută pe comandă și durează. [[PERSON:Maxim]] o
scris plângerea în engleză, de pe mailul meu, [[EMAIL:nadea.botnari@example.org]], nr.
[[REFERENCE:FVH-CMP-2091]]. În două zile m-o sunat [[PERSON:Nathan]] de la plângeri, o vinit și o văzut
cu ochii lui.

În cinci zile aveam o ușă metalică temporară, cu încuietoare adevărată, și după trei săptămâni ușa nouă,
rezistentă la foc. Ne-o dat 350 de lire. Amu au regulă: după o spargere, ușa temporară sigură se pune în 24
de ore, nu placaj.

[[PERSON:Ilinca]] iar doarme în camera ei. Dacă cineva din cartier are aceeași problemă, mă găsiți la
[[PHONE:zero șapte șapte zero zero, nouă sute, trei sute cincizeci și patru]].
"""),
    ),
    (
        "fv2av-ur-01",
        "ur",
        _s("""
میرا ناں [[PERSON:نسیم اختر]] اے۔ اساں بریڈفورڈ وچ [[ADDRESS:۳۴ فیئرویو روڈ]]، [[POSTCODE:BD8 7HS]] آلے
گھر وچ رہنے آں، جیہڑا [[ORGANISATION:Airedale Community Housing]] نا اے۔ گھر [[ADDRESS:جامع مسجد بلال]]
نے بالکل پچھے اے۔ میرے نال میرے گھر آلے [[PERSON:محمد اشرف]]، میری ساس، جنہاں کی اساں بے بے جی آخنے آں،
تے پنج جاتک رہنے نیں۔

سب توں نکی کُڑی [[PERSON:عائشہ]] [[AGE:ڈیڑھ سال]] نی اے، تے بے بے جی [[AGE:اٹھہتر سال]] نے نیں، انہاں کی
[[HEALTH:دمہ]] اے۔ پچھلے دو سیالاں توں پچھلے کوٹھے نی کندھ کالی ہو گئی سی، تے چھت توں پانی ٹپکنا سی۔

میں [[PHONE:۰۱۱۳ ۴۹۶ ۰۷۶۲]] تے پتہ نئیں کتنی واری فون کیتا۔ مرمت نا نمبر [[REFERENCE:ACH/R/90214]] سی۔
[[ORGANISATION:Pennine Damp & Timber]] آلے آئے، کندھ تے سپرے کیتا تے ٹُر گئے۔ ہک مہینے بعد فیر اوہی حال۔

میرا وڈا پُتر [[PERSON:عمران]]، جیہڑا [[AGE:انی سال]] نا اے تے یونیورسٹی پڑھنا اے، اس نے انگریزی وچ شکایت
لکھی، نمبر [[REFERENCE:CMP-2024-3381]]۔ اس نے ہاؤسنگ آفیسر [[PERSON:ریچل گرین]] کی اپنی ای میل
[[EMAIL:imran.ashraf@example.co.uk]] توں وی لکھیا۔ ڈاکٹر صاحب، [[ADDRESS:Whetley Lane Surgery]] آلے،
خط لکھیا کہ بچی نا سینہ خراب ہو رہیا اے۔

فیر [[PERSON:ریچل]] آپ آئی، تے اس نے منیا کہ غلطی انہاں نی اے۔ چھت نا پرنالہ ٹُٹا ہویا سی تے پانی کندھ وچ جا
رہیا سی۔ انہاں نے پرنالہ تے چھت ٹھیک کیتی، کندھ تے انسولیشن لائی، پنکھے لائے، تے اساں کی ۶۰۰ پاؤنڈ دتے۔
ہُن انہاں نا قاعدہ اے کہ جس گھر وچ نکا بچہ یا بیمار بزرگ ہووے، اوتھے اُلی نی رپورٹ تے دس دناں وچ سروے ہونا
اے۔

اللہ نا شکر، ہُن [[PERSON:عاشی]] رات کی سکون نال سُتی اے۔
"""),
    ),
    (
        "fv2av-ur-02",
        "ur",
        _s("""
میں [[PERSON:طارق محمود]] آں۔ اساں [[OTHER_SPECIAL:کشمیری]] لوک آں، میرپور نے، تے تریہہ ورھیاں توں
برمنگھم رہنے آں۔ ہُن [[ADDRESS:12 Ellesmere Close]]، [[POSTCODE:B8 1QE]] وچ، جیہڑا
[[ORGANISATION:Saltley Gate Homes]] نا گھر اے۔ نال میری اماں جی [[PERSON:رشیدہ بی بی]] رہنی اے، جیہڑی
[[AGE:اسی سال]] نی اے تے [[HEALTH:دل نی بیماری]] اے۔ اماں جی نی تاریخ پیدائش
[[DATE_OF_BIRTH:یکم جنوری ۱۹۴۵]] اے۔

پچھلے سال فروری وچ [[ORGANISATION:Saltley Gate]] آلیاں نویں کچن لانا شروع کیتا۔
[[ORGANISATION:Brumfit Kitchens]] آلے پرانی کچن پٹ کے لے گئے، گیس نا چولہا وی لاہ دتا، تے فیر غائب۔ ہک
مہینہ، دو، ترے، چار مہینے۔ روزے آ گئے، اساں سحری تے افطاری کیمپنگ آلے چولہے تے بنانے رہے، تے میری گھر
آلی [[PERSON:شمیم]] باتھ روم نے سنک وچ برتن دھونی رہی۔

میں [[PHONE:۰۱۲۱ ۴۹۶ ۰۵۱۳]] تے فون کیتے، مرمت نا نمبر [[REFERENCE:SGH-KR-64410]]۔ ہر واری آخنے سن
"ورک ٹاپ ابھی نئیں آیا"۔ فیر میرے بھتیجے [[PERSON:عدنان]]، جس کی اساں [[PERSON:عدی]] آخنے آں، نے شکایت
لکھی، نمبر [[REFERENCE:SGH-C-23019]]۔

ہک ہفتے بعد منیجر [[PERSON:کیلی ہیرس]] آپ آئی۔ اس نے کچن نا حال ویکھیا تے اماں جی کولوں معافی منگی۔ دس
دناں وچ پوری کچن لگ گئی، نواں چولہا وی۔ اساں کی کھانے نے خرچے تے تکلیف نے بدلے ۷۰۰ پاؤنڈ دتے۔ ہُن انہاں نا
قاعدہ اے کہ جدوں تک سارا سامان نہ آ جائے، کسے نی کچن نئیں پٹنی، تے جے دو دناں توں زیادہ کھانا پکانے نی جگہ نہ
ہووے تے عارضی کُکر دینا اے۔

اماں جی آخنی اے، "[[PERSON:طارقا]]، تُساں ہمت نئیں ہاری، تاں کم ہویا"۔ کسے کی مدد چاہیدی ہووے تے میری
ای میل [[EMAIL:tariq.mahmood@example.net]] اے۔
"""),
    ),
    (
        "fv2av-ur-03",
        "ur",
        _s("""
میرا ناں [[PERSON:شازیہ پروین]] اے۔ اساں ہائی وائیکم وچ [[ADDRESS:71 Totteridge Close]]،
[[POSTCODE:hp135ja]] وچ رہنے آں۔ گھر [[ORGANISATION:Chiltern Dene Housing]] نا اے۔ میرے گھر آلے
[[PERSON:ظفر اقبال]] ٹیکسی چلانے نیں۔ اساں نے ترے جاتک نیں: پُتر [[PERSON:حمزہ]]، [[AGE:بارہ سال]] نا، تے
دو کُڑیاں، [[PERSON:مریم]] [[AGE:نو سال]] نی تے [[PERSON:زینب]] [[AGE:پنج سال]] نی۔ [[PERSON:مریم]] کی
[[HEALTH:مرگی]] نے دورے پینے نیں، اکثر راتی۔

کاغذاں وچ ساڈا گھر ترے کوٹھیاں آلا لکھیا اے، پر تیجا کوٹھا ہک نکی جئی کوٹھڑی اے، جس وچ منجی وی پوری نئیں
آنی۔ اس واسطے کونسل آخنی رہی کہ اساں "اوور کراؤڈڈ" نئیں۔ [[PERSON:حمزہ]] بیٹھک وچ صوفے تے سونا اے، تے
[[PERSON:مریم]] تے [[PERSON:زینب]] ہک کوٹھے وچ۔ ہاؤسنگ رجسٹر نا نمبر [[REFERENCE:WYC-HR-558102]] اے۔

ڈاکٹر صاحبہ، [[ADDRESS:Desborough Park Surgery]] آلی، تے [[PERSON:مریم]] نے سکول
[[ADDRESS:Hatters Lane Primary]] نی استانی نے خط لکھے کہ کُڑی کی علیحدہ کوٹھا چاہیدا اے۔ میں
[[PHONE:01632 960 729]] تے فون کیتا، آفیسر [[PERSON:سٹیفن]] آخیا "قاعدہ ای ایہہ اے"۔

فیر میں شکایت کیتی، نمبر [[REFERENCE:CDH-C-40077]]۔ دوجے مرحلے وچ انہاں نا سرویئر آیا، کوٹھڑی ناپی، تے منیا
کہ ایہہ سونے نا کوٹھا ہے ای نئیں۔ انہاں نے ریکارڈ ٹھیک کیتا، ساڈا بینڈ اُتے کیتا، تے ۱۵۰ پاؤنڈ دتے۔ اس سال
اساں کی چار کوٹھیاں آلا گھر ملیا اے۔

ہُن [[ORGANISATION:Chiltern Dene]] ہر گھر نے کوٹھے ناپ کے لکھنے نیں۔ کسے کی ایہو جیا مسئلہ ہووے تے مینوں فون
کرو: [[PHONE:زیرو سَت سَت زیرو زیرو، نو سو، چار ترے اٹھ]]۔
"""),
    ),
    (
        "fv2av-ur-04",
        "ur",
        _s("""
میرا ناں [[PERSON:نازیہ کوثر]] اے۔ میں اپنی ساس، جنہاں کی اساں ماں جی آخنے آں، تے اپنے پُتر
[[PERSON:ایان]] نال، جیہڑا [[AGE:ست ورھیاں]] نا اے، [[ADDRESS:Kingsway Tower]] نی نوویں منزل تے
[[ADDRESS:فلیٹ نمبر ۶۳]] وچ رہنی آں۔ پوسٹ کوڈ [[POSTCODE:OL16 5QZ]] اے۔ ٹاور
[[ORGANISATION:Roch Valley Homes]] نا اے۔ ماں جی کی پچھلے سال [[HEALTH:فالج]] ہویا سی، ہُن او وہیل چیئر تے
نیں۔

پچھلی گرمیاں وچ پنجویں منزل تے ہک فلیٹ وچ اگ لگی۔ سارے ٹاور وچ دھواں، تے لفٹ بند۔ اساں ماں جی کی تھلے نئیں
لے جا سکے۔ فیر پتہ لگا کہ ساڈے فلیٹ نا سموک الارم کم ای نئیں کرنا سی، تے پوڑیاں نا فائر ڈور بند ای نئیں ہونا
سی۔ ماں جی واسطے کوئی ایمرجنسی پلان (PEEP) وی نئیں سی۔

میں [[PHONE:0161 496 0189]] تے فون کیتا، نمبر [[REFERENCE:RVH-FS-30715]]۔ آفیسر [[PERSON:ڈیبی]] آخیا
"اساں لسٹ وچ پا دتا اے"۔ دو مہینے کجھ نئیں ہویا۔ فیر میں ٹک ٹاک تے ویڈیو پائی، اپنے اکاؤنٹ
[[OTHER_ID:@nazia_rochdale]] توں، تے شکایت وی کیتی، نمبر [[REFERENCE:RVH-C-9154]]، ای میل
[[EMAIL:nazia.kausar@example.com]] توں۔

ہک ہفتے اندر [[ORGANISATION:Firesafe North West]] آلے آئے، سارے فائر ڈور ٹھیک کیتے، فلیٹ وچ نویں جُڑے
ہوئے الارم لائے۔ فائر سیفٹی منیجر [[PERSON:پال ایونز]] آپ آ کے ماں جی واسطے پلان بنایا، تے ماں جی کی تھلی منزل
آلے فلیٹ واسطے ترجیح دتی۔ اساں کی ۲۵۰ پاؤنڈ وی دتے۔

ہُن [[ORGANISATION:Roch Valley]] ہر ٹاور وچ ہر معذور بندے نا پلان ہک مہینے اندر بنانا اے۔ [[PERSON:ایان]]
آخنا اے، "امی، ہُن ڈر نئیں لگنا"۔
"""),
    ),
    (
        "fv2av-ur-05",
        "ur",
        _s("""
میں [[PERSON:محمد یونس]] آں، پر برادری وچ سارے [[PERSON:یونسا]] آخنے نیں۔ اساں نیلسن وچ
[[ADDRESS:9 Bradley Fold]]، [[POSTCODE:BB9 7SX]] وچ رہنے آں، [[ADDRESS:نور مسجد]] نے بالکل نیڑے۔ گھر
[[ORGANISATION:Pendle Brook Housing]] نا اے۔ اساں چھی جنے آں: میں، گھر آلی [[PERSON:رفعت]]، تے چار جاتک۔

پچھلے سال مئی وچ انہاں نا پلمبر باتھ روم بدلن آیا، تے فرش نیاں ٹائلاں پٹیاں تے تھلے ایسبسٹاس نکلیا۔ اسے دن
اساں کی آخیا گیا کہ ہُنے گھر چھوڑو۔ اساں کی برنلی نے ہک ہوٹل وچ دو کوٹھے دتے گئے، چھی بندیاں واسطے، تے
ست ہفتے اوتھے رہے۔ نہ کچن، نہ کپڑے دھونے نی جگہ۔

میری کُڑی [[PERSON:سدرہ]]، جیہڑی [[AGE:سولہ سال]] نی اے، اوہناں دناں وچ [[ADDRESS:Walverden High School]] وچ
جی سی ایس ای نے پیپر دے رہی سی۔ روز ہوٹل توں سکول ڈیڑھ گھنٹہ لگنا سی۔ ہوٹل آلے آخنے سن گڈی نا پرمٹ
چاہیدا اے، میں گڈی نا نمبر [[OTHER_ID:KX70 NHD]] دس دس کے تھک گیا، فیر وی جرمانہ لگ گیا۔

میں [[PHONE:01632 960 866]] تے فون کیتے، کیس نمبر [[REFERENCE:PBH-AS-4402]]۔ شکایت کیتی، نمبر
[[REFERENCE:PBH-C-1187]]، تے جدوں جواب ٹھیک نہ آیا، ہاؤسنگ اومبڈسمین کول گئے، کیس [[REFERENCE:202508832]]۔

فیر انہاں نی منیجر [[PERSON:ایما براؤن]] ساڈے نال ملی، منیا کہ کم شروع کرن توں پہلے ایسبسٹاس سروے ہونا
چاہیدا سی۔ انہاں نے کھانے، سفر تے جرمانے نا سارا خرچہ دتا، تکلیف واسطے وی، کل ۱۸۰۰ پاؤنڈ۔ گھر صاف کر کے نواں
فرش تے باتھ روم لایا۔ ہُن ہر کم توں پہلے ایسبسٹاس سروے ہونا اے، تے جے کسے ٹبر کی گھر چھوڑنا پوے تے امتحان آلے
بچیاں نا سکول نیڑے ای رہن نا بندوبست ہونا اے۔

[[PERSON:سدرہ]] نے پیپر چنگے ہوئے، اللہ نا شکر۔
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
