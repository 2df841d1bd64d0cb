"""Fresh version-2 PII test stories, batch ai.

Stories told aloud to a volunteer at a drop-in advice session and typed up as a
near-verbatim transcript, in English, Arabic, Bengali, Punjabi (Gurmukhi), Polish,
Romanian and Urdu: spoken rhythm, fillers and run-on sentences, self-corrections
("no wait, it was the twelfth"), the volunteer's short questions in brackets, people
dropped in mid-sentence by first name, nickname or diminutive (inflected in Polish,
Romanian and Bengali, English names written in the script), addresses given in pieces
("number 31", "pitch 14", the block, the shop or mosque the home is by, the child's
school, the GP surgery), postcodes in lower case or run together, phone numbers and
emails read out in words or in native digits, dates of birth in words, ages the way
each language says them, complaint, repair, register and Ombudsman references, and
other identifiers (NHS numbers, car registrations, @handles, profile addresses, BRP,
passport and identity card numbers, sort codes and account numbers), with landlords
and contractors, named conditions, religion, ethnicity and immigration status.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 7 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 37.1% of 35, recall 94.4%, precision
80.1%, on the committed detector b4a564d (as landed after round 33, with speed tests that change
no finding); leak-free by language ar 0, bn 3, en 1, pa 1, pl 4, ro 2, ur 2 of 5.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2ai-en-01",
        "en",
        _s("""
Okay so — my name's [[PERSON:Bernadette Mulcahy]], but it's [[PERSON:Bernie]], nobody calls me
[[PERSON:Bernadette]] except the housing. I'm at [[ADDRESS:number 31]], the one on the corner of
[[ADDRESS:Tannery Lane]], by [[ADDRESS:Nadeem's]], the paper shop with the green shutter. (Who's
your landlord?) [[ORGANISATION:Castlegate Homes]]. Well it was
[[ORGANISATION:Wexford Road Housing Co-op]] before they merged, doesn't matter. So the boiler went,
last winter, it was the ninth of January — no wait, it was the twelfth, because it was the day after
my grandson [[PERSON:Kian]]'s birthday, he was [[AGE:four]]. And I've got [[HEALTH:COPD]], so I
can't be sitting in the cold, can I. I rang the repairs line,
[[PHONE:oh two oh, seven nine four six, oh three one eight]], must have rung it twenty times. They
gave me a job number, [[REFERENCE:CG-448120]], then another one, [[REFERENCE:CG-448377]], because
the first one "closed itself", that's what the girl said. A lad came out from
[[ORGANISATION:Heatright Services]], [[PERSON:Tomasz]] his name was, lovely lad, said the part's on
order. Three weeks with a fan heater. My daughter [[PERSON:Siobhan]] wrote the complaint in the end,
sent it from hers, [[EMAIL:siobhan.m.reilly@example.com]], and they come back with a stage one
saying sorry, here's fifty quid. Fifty quid! So she put in stage two, complaint number
[[REFERENCE:COMP/2291/B]]. (What happened then?) Well then this manager rang me, Mr
[[PERSON:Adebayo]], [[PERSON:Femi]] he said to call him, and he actually came round and sat in my
kitchen with his coat on. New boiler that Friday, and they paid me three hundred and twenty for the
electric and the upset. And what's changed is, if you're on their vulnerable list — which I am now,
because of the [[HEALTH:COPD]] — they have to bring you heaters the same day, and a job can't close
without somebody ringing you first. [[PERSON:Siobhan]] checks up on them. She's like that.
"""),
    ),
    (
        "fv2ai-en-02",
        "en",
        _s("""
Yeah so it's about the lift, mainly, and the bay. I'm [[PERSON:Kwabena Asante]], people say
[[PERSON:Kobby]]. We're in [[ADDRESS:Harrier Court]], that's on the [[ADDRESS:Pendle Rise estate]],
[[ADDRESS:flat 52]], eighth floor. My wife [[PERSON:Akosua]] has [[HEALTH:MS]] — [[HEALTH:multiple sclerosis]] — she's in the chair most days now. So when the lift goes, she's stuck, simple as. And
it went the whole of October nearly, from the third till — no, the fifth — till the thirtieth.
(Who's the landlord?) [[ORGANISATION:Lowmoor Housing Association]]. I reported it, reference
[[REFERENCE:LHA 77-3190]], I've got it written here, and they said it's
[[ORGANISATION:Apex Vertical Ltd]]'s problem, that's the lift people. Then there's the bay outside,
the blue badge bay, people from the other block park in it. I asked for it to be marked for our car,
grey Zafira, [[OTHER_ID:L K six seven, Z P W]], and [[PERSON:Dionne]] at the housing office said
they can't do personal bays. So I went to my councillor, Cllr [[PERSON:Harinder Bassi]], she emailed
them and suddenly things move. (Did you go to the Ombudsman?) We did, case number
[[REFERENCE:202314467]], but it got sorted before. They put an evacuation chair on our floor, they
gave [[PERSON:Akosua]] a named contact, [[PERSON:Gary]] something — [[PERSON:Gary Whitlock]] —
direct line [[PHONE:0113 496 0725]], and the bay's got our reg on the sign now. And they've made a
rule, if the lift's down more than forty-eight hours and somebody on the list is stuck, they can move
them into the ground floor flat they keep empty in [[ADDRESS:Kestrel House]] next door. Oh, and five
hundred pounds. My boy [[PERSON:Yaw]], he's [[AGE:nine]], keeps asking when we're getting the lift
that talks. The new one talks, you see.
"""),
    ),
    (
        "fv2ai-en-03",
        "en",
        _s("""
So basically it's the mould. In the kids' room. I've got [[PERSON:Millie]] — well,
[[PERSON:Amelia-Rose]], but she's [[PERSON:Millie]] — she's [[AGE:six]], and the baby,
[[PERSON:Jaxon]], he's [[AGE:eighteen months]]. (And you are?) Oh sorry, [[PERSON:Chantelle Brooks]]. We're at [[ADDRESS:forty-four Nettleton Road]], postcode's [[POSTCODE:ls96qt]], I always
say it like that. [[PERSON:Jaxon]]'s been on inhalers since he was about ten months, the doctor at
[[ADDRESS:Brookfield Medical Centre]] said it's [[HEALTH:asthma]] and wrote a letter saying it's
the damp, it's got his NHS number on, [[OTHER_ID:999 402 7713]], I gave them a copy. And
[[PERSON:Millie]]'s been off poorly so much [[ADDRESS:St Bede's Primary]] rang me about her
attendance. [[ORGANISATION:Ferncliffe Homes]] kept sending a painter. Painter, right,
[[PERSON:Lee]], paints over it with the special paint, three weeks later it's back. I complained,
it was March, the second — no, the third, the Monday. Complaint ref [[REFERENCE:FH/CMP/10382]].
Nothing. Then there was that thing on the news with the little boy, and suddenly they're all over
it. A surveyor, [[PERSON:Rukhsana]], brilliant actually, found the extractor in the bathroom was
never connected, just blew into the loft. Since we moved in! They put us up at a Travelodge for a
week — no, eight nights — did the loft, new extractor, new window in the kids' room, and paid seven
hundred and something. They wanted both kids' dates of birth for the vulnerability list,
[[PERSON:Millie]]'s [[DATE_OF_BIRTH:21/6/18]] and [[PERSON:Jaxon]]'s the
[[DATE_OF_BIRTH:ninth of November twenty twenty-three]]. Now they do a damp check every autumn on
every house with little ones in. (Can we contact you?) Yeah, email's best,
[[EMAIL:chantelle dot b ninety-seven at example dot net]], or text me,
[[PHONE:07700 900 418]].
"""),
    ),
    (
        "fv2ai-en-04",
        "en",
        _s("""
Me? I'm [[PERSON:Winston Campbell]]. Everybody at church call me Brother [[PERSON:Winnie]]. I'm
[[AGE:eighty-two]] — born the [[DATE_OF_BIRTH:fourth of May, nineteen forty-two]] — I'm a
[[OTHER_SPECIAL:Jamaican]] man, came here in sixty-one and I been in the same house thirty-eight
years. [[ADDRESS:Alma Terrace, number seventeen]], right behind [[ADDRESS:Mount Zion Pentecostal Church]]. (And the problem was?) The bath. I got the [[HEALTH:arthritis]] in both hips, and the
lady from the council, the OT, Mrs [[PERSON:Osei]], she come and say I need a walk-in shower. That
was — two thousand and twenty-one? Twenty-two. Twenty-two. Then nothing. My grandson
[[PERSON:Devon]] ring and ring. [[ORGANISATION:Hollins Vale Council]] say it's with the
contractor, [[ORGANISATION:Adapt-Able Bathrooms]], and they say they waiting on the council. Round
and round. One day I slip getting out, I lie there till [[PERSON:Devon]] come. After that he write
the complaint, reference [[REFERENCE:HVC 0093-21]], and when they don't answer he send it to the
Ombudsman, [[REFERENCE:202401288]]. (Did the council apologise?) Yes, yes, a gentleman, Mr
[[PERSON:Hargreaves]], write me a proper letter, say they lost the paperwork between the two
teams. They put the shower in October, lovely job, the young fella [[PERSON:Kyle]] fit a seat and
rails. And they pay me eight hundred pound for the two years. Straight in the bank — [[PERSON:Devon]]
give them the numbers, sort code [[OTHER_ID:six oh, two two, one nine]], the account ending
[[OTHER_ID:4471]]. Now they have one person who follow your adaptation from start to end, and they
ring you every month. If they'd done that from the start I wouldn't be on the floor of my bathroom.
"""),
    ),
    (
        "fv2ai-en-05",
        "en",
        _s("""
(Do you want me to write it how you say it?) Yeah, just write it. So it's [[PERSON:Mary-Kate Joyce]], I'm on the council site out at [[ADDRESS:Meadowbank Lane]], [[ADDRESS:pitch 14]]. We're
[[OTHER_SPECIAL:Irish Travellers]], been on that site nineteen years, my mother before me. So the
amenity block — that's your little shed with the toilet and shower — it was flooding every time it
rained, the drain outside was broke and it was coming up through the floor, I'm not going into it.
And I've a little one, [[PERSON:Little Johnny]] we call him, cause his daddy's [[PERSON:Johnny]]
too, he's [[AGE:three]], and he's [[HEALTH:autistic]], he doesn't understand don't go in there. The
site manager, [[PERSON:Aled]], nice enough fella, but he says it's not his budget, it's
[[ORGANISATION:Ridgeway Property Services]] do the drains. They come out, rodded it, went off.
Came back. Rodded it. Five times, I counted. (Did you complain in writing?) My niece
[[PERSON:Shannon]] did it on the computer, to [[ORGANISATION:Carrick District Council]], complaint
number — hang on, it's on my phone — [[REFERENCE:CDC-2024-06613]]. And then, this is what did it,
somebody put a video of the flood on TikTok, not us, a girl off the next pitch, she's
[[OTHER_ID:@meadowbank_mammy]] on it, and it got thousands of views, and the next week there's a man
from the council in a suit standing in my block with his trousers rolled up. Mr
[[PERSON:Pritchard]]. Fair play to him, he had the whole drain dug out and relaid, new floor in my
block and in [[ADDRESS:pitch 15]] next door too, and four hundred for the damage. And now there's a
proper number for the site, [[PHONE:oh one one three, four nine six, oh five nine two]], goes to
an actual person, and they check all the blocks every spring. Not before time.
"""),
    ),
    (
        "fv2ai-ar-01",
        "ar",
        _s("""
طيب، بلّش؟ (المتطوعة: إيه، احكي متل ما بدك.) أنا اسمي [[PERSON:رهف الحمصي]]، بس كل الجيران بينادوني
[[PERSON:أم خالد]]. نحنا [[OTHER_SPECIAL:لاجئين سوريين]]، إجينا سنة ألفين وتمنتعش، وساكنين هلق في
[[ADDRESS:٢٧ لارش غروف]]، البيت اللي قبال [[ADDRESS:جامع السلام]]، بتعرفيه؟ الرمز البريدي
[[POSTCODE:B11 4RW]]. البيت تبع [[ORGANISATION:بريندلي هومز]]. المهم، الشوفاج خرب، كان هاد بكانون
التاني... لا لا، بشباط، أول شباط، لأنو كان عيد ميلاد بنتي [[PERSON:لين]]، صار عمرها [[AGE:سبع سنين]]،
وهي عندها [[HEALTH:ربو]] والبرد كان عم يتعبها كتير. ابني [[PERSON:خالد]] عمره [[AGE:إحدعش سنة]]، هو
اللي كان يحكي مع الشركة بالإنكليزي لأنو لغتي ضعيفة. اتصلنا على [[PHONE:٠١٢١ ٤٩٦ ٠٢٣٩]] يمكن عشرين
مرة. عطونا رقم تصليح [[REFERENCE:BH-58821]] وقالوا الفني جاي. إجا واحد اسمه [[PERSON:ستيف]] من شركة
[[ORGANISATION:كوزي هيت]]، تطلّع وقال بدها قطعة وراح. أسبوعين، تلات أسابيع، ما حدا رجع. (المتطوعة:
وكيف قدمتوا الشكوى؟) أختي [[PERSON:سوسن]] ساعدتني، كتبنا شكوى رسمية ورقمها [[REFERENCE:CMP-3307]].
بعدين اتصلت فيني وحدة اسمها [[PERSON:جاكي]]، مديرة الشكاوى، واعتذرت كتير. جابولنا دفايات كهربا بنفس
اليوم، وركّبوا بويلر جديد خلال خمس أيام، وعطونا تعويض ٤٥٠ باوند ودفعوا فاتورة الكهربا كمان. وهلق صار
عندهم نظام: إذا في بالبيت ولد مريض أو حدا كبير بالعمر، بيجوا خلال أربعة وعشرين ساعة، وحطوا ملاحظة
على ملفي إنو بدنا مترجم عربي. [[PERSON:جاكي]] عطتني رقمها المباشر،
[[PHONE:صفر سبعة سبعة صفر صفر، تسعمية، تلاتة أربعة سبعة]]، وقالت إذا صار أي شي احكيني أنا.
"""),
    ),
    (
        "fv2ai-ar-02",
        "ar",
        _s("""
أني [[PERSON:أحمد جباري]]، [[OTHER_SPECIAL:كردي]] من كركوك، صارلي بهالبلد من ألفين وتسعطعش. ساكن ويا
مرتي [[PERSON:شيرين]] والجهال في [[ADDRESS:شقة ثمانية]]، عمارة [[ADDRESS:مارسدن هاوس]]، يم
[[ADDRESS:سوبرماركت الريان]] إذا تعرفيه. (المتطوعة: منو المالك؟) [[ORGANISATION:هارتلي هاوسنغ]].
القصة إنو الماي كان ينزل من السقف، من الشقة اللي فوقنا، [[ADDRESS:رقم اثنعش]]. جارنا [[PERSON:داني]]
خوش رجال، هو نفسه ما يدري، البوري مالته مكسور جوه الأرضية. بلّغت بالشهر التاسع، لا، العاشر، بداية
العاشر، ورقم البلاغ [[REFERENCE:HH-RP-60412]]. جو مرتين، حطوا سطل وراحوا. وبليلة من الليالي وگع
قطعة من السقف بغرفة الجهال، بنتي [[PERSON:زينب]] عمرها [[AGE:خمس سنين]] چانت نايمة بيها، الحمد لله
ما صار عليها شي. بعدها كتبت شكوى بالإيميل، إيميلي
[[EMAIL:a dot jabbari 82 at example dot com]]، وشي غريب، ردوا علي يطلبون رقم الإقامة حتى يثبتون
هويتي، [[OTHER_ID:ZR4418207]]، ليش؟ أني مستأجر عدهم ست سنين! رقم الشكوى [[REFERENCE:C-22871]].
(المتطوعة: وبعدين؟) رحت للأومبدسمان، رقم القضية [[REFERENCE:202409915]]، وقبل ما يقررون، اتصلت بيه
مديرة اسمها [[PERSON:راشيل]]، اعتذرت عن سؤال الإقامة وگالت هذا غلط ما المفروض يصير. صلّحوا البوري
بشقة [[PERSON:داني]] ويا السقف كامل، وفحصوا كل البواري بالعمارة، وعطونا ستمية باوند. وهسه أي تسريب
ماي يجون خلال يوم واحد، وما يطلبون أوراق الإقامة من المستأجرين بعد. رقمي إذا تحتاجوني
[[PHONE:07700 900 286]].
"""),
    ),
    (
        "fv2ai-ar-03",
        "ar",
        _s("""
أنا [[PERSON:هبة عبد الفتاح]]، وجوزي [[PERSON:محمود]]، وابني [[PERSON:يوسف]] عنده
[[AGE:أربعتاشر سنة]]. ساكنين في [[ADDRESS:19 Cedar Walk]]، ورا البار اللي اسمه
[[ADDRESS:Fox and Anchor]]، والبيت تبع [[ORGANISATION:إيستبروك هومز]]. من حوالي سنة ونص بدأت
المضايقات، شباب من البيت اللي جنبنا، عشان أنا [[OTHER_SPECIAL:محجبة]] وإحنا [[OTHER_SPECIAL:مسلمين]]،
كانوا بيشتموني وأنا داخلة، وكتبوا كلام وحش على الباب. وواحد فيهم صوّرني ونزّل الفيديو على انستجرام، من
حساب اسمه [[OTHER_ID:@cedar_lads_99]]. (المتطوعة: بلغتي مين؟) بلّغت موظف الإسكان، اسمه
[[PERSON:كيران]]، فتحلي ملف إزعاج رقمه [[REFERENCE:ASB/0917]]، بس قال دي "خلافات جيران" وقفل الملف
بعد شهر. تخيّلي! [[PERSON:يوسف]] بقى بيخاف يروح [[ADDRESS:مدرسة ثورنبري]] لوحده، وأنا جالي
[[HEALTH:اكتئاب]]، الدكتور كتبلي دوا. بعدين جارتنا [[PERSON:بريندا]]، ست [[OTHER_SPECIAL:إنجليزية]] كبيرة، قالتلي
اشتكي رسمي ومتسكتيش. فكتبنا شكوى، رقمها [[REFERENCE:EH-COMP-5520]]، في أول مارس، لا استني، آخر
فبراير، المهم. رد عليا مستر [[PERSON:أوكونكوو]]، مدير الفريق، وقال إن الملف اتقفل غلط وإن ده
حادث كراهية مش خلاف جيران. ركّبوا كاميرا على الباب وجرس بفيديو، وبعتوا إنذار للعيلة اللي جنبنا،
والحساب اتقفل بعد ما بلغوا عنه. واعتذروا كتابة وادّوني ٣٥٠ جنيه. ودلوقتي أي بلاغ كراهية بيروح لفريق
متخصص في نفس اليوم. لو حد عايز يكلمني، رقمي [[PHONE:020 7946 0581]]، قولوله يسأل على
[[PERSON:أم يوسف]].
"""),
    ),
    (
        "fv2ai-ar-04",
        "ar",
        _s("""
السلام عليكم. أنا [[PERSON:عثمان الطيب محمد]]، [[OTHER_SPECIAL:سوداني]]، وساكن في ليدز، في بلوك
[[ADDRESS:ويلو بانك]]، الشقة [[ADDRESS:رقم تلاتة وعشرين]]، البوستكود [[POSTCODE:ls73np]]. (المتطوعة:
قديش عدد العيلة؟) نحن سبعة في شقة غرفتين. زوجتي [[PERSON:آمنة]]، وعندها
[[HEALTH:فقر الدم المنجلي]]، والأولاد: [[PERSON:مصطفى]] [[AGE:تلتاشر سنة]]، و[[PERSON:ريان]]،
والتوأم [[PERSON:حسن]] و[[PERSON:حسين]] عمرهم [[AGE:ست سنين]]، والصغيرة [[PERSON:ملاذ]]. سجّلنا
في قائمة الإسكان، رقم التسجيل [[REFERENCE:HR-118402]]، بس البلدية حطّتنا في الباند التالت، كأنو ما
عندنا مشكلة. قالوا الشقة فيها "غرفتين وصالة"، يعني الصالة محسوبة غرفة نوم! والشيخ
[[PERSON:عبد الرحيم]] من المسجد ساعدني أكتب الاعتراض. الدكتورة في [[ADDRESS:مركز هاروود الصحي]]
كتبت رسالة إنو [[PERSON:آمنة]] لما تجيها النوبة بتحتاج غرفة لحالها، وفيها رقمها الصحي
[[OTHER_ID:٩٩٩ ٣٨٢ ٠٤٥٦]]. أول مرة رفضوا، والتانية رفضوا. بعدين اشتكيت شكوى رسمية، رقمها
[[REFERENCE:LCC-CF-77310]]، وجات موظفة اسمها [[PERSON:بريا]]، شافت البيت بنفسها، وقالت الحساب
غلط من الأول. رجّعوا الباند للأول من تاريخ التسجيل الأصلي، يعني من سنة ٢٠٢٠، وبعد أربعة شهور، لا،
خمسة، عطونا بيت أربع غرف من [[ORGANISATION:إير فالي هومز]] في [[ADDRESS:١٢ بيتشوود كلوز]]. وقالوا
هسي بيراجعوا كل الطلبات اللي فيها صالة محسوبة غرفة. أنا ممنون لـ[[PERSON:بريا]]، ربنا يجزيها خير.
إذا دايرين تتصلوا: [[PHONE:صفر سبعة سبعة صفر صفر، تسعة صفر صفر، خمسة صفر تسعة]].
"""),
    ),
    (
        "fv2ai-ar-05",
        "ar",
        _s("""
أنا [[PERSON:فاطمة الزهراء بنعلي]]، ولكن كيقولوا لي [[PERSON:فاطيمة]]. (المتطوعة: فين كتسكني؟)
فمانشستر، [[ADDRESS:شقة 3B]]، بناية [[ADDRESS:Carlton Mews]]، الكود ديالها
[[POSTCODE:m40 7qj]]. الدار ديال [[ORGANISATION:إيرويل بانك هاوسنغ]]. كنت حاملة فالشهر السادس،
وعندي [[HEALTH:سكري الحمل]]، وراجلي [[PERSON:يونس]] كيخدم بالليل. والشرجم ديال بيت النعاس، الإطار
ديالو كان خامج، وفواحد النهار، كان هذا فنونبر، لا سمحي ليا، فالأول ديال دجنبر، طاح الزاج كامل فالأرض.
ولدي [[PERSON:آدم]]، عندو [[AGE:عامين ونص]]، كان غير قريب ليه. عيطت على الإصلاحات، عطاوني رقم
[[REFERENCE:IBH-R-20931]]، وجا واحد من [[ORGANISATION:كلير فيو ويندوز]] سميتو [[PERSON:ستيف]]،
حط لوحة ديال الخشب وقال غادي نرجع. ما رجع حتى واحد. شهرين والبرد داخل. كتبت فالفيسبوك ديالي،
[[OTHER_ID:facebook.com/fz.benali.mcr]]، وصيفطت شكوى بالإيميل من
[[EMAIL:fatimazahra.b@example.org]]، رقم الشكوى [[REFERENCE:IBH-C-4418]]. (المتطوعة: شكون جاوبك؟)
وحدة سميتها [[PERSON:لورين]]، من فريق الشكاوى، قالت ليا أن الطلب تسجل غلط كـ"غير مستعجل". فأسبوع
بدلوا الشرجم كامل، ودارو فحص لجميع الشراجم فالبناية، وعطاوني ٣٠٠ جنيه. ودابا كاينة قاعدة: أي شرجم
مكسور فيه خطر كيتصلح فـ٢٤ ساعة، والرسائل ولات كتجي بالعربية ولا بالفرنسية إلا طلبتيها. وبنتي
[[PERSON:سلمى]] تزادت فمارس، الحمد لله فدار سخونة.
"""),
    ),
    (
        "fv2ai-bn-01",
        "bn",
        _s("""
আমার নাম [[PERSON:রাশিদা বেগম]]। (স্বেচ্ছাসেবক: কোথায় থাকেন?) [[ADDRESS:কেনমুর হাউস, ফ্ল্যাট ২৩]],
চারতলায়। [[ADDRESS:শাহজালাল মসজিদ]]-এর ঠিক পেছনে যে বিল্ডিংটা, ওইটা। বাড়িওয়ালা হলো
[[ORGANISATION:লাইমহাউস গেট হাউজিং]]। আমার স্বামী [[PERSON:জামাল]], আর দুই বাচ্চা — মেয়ে
[[PERSON:তানিয়া]], [[AGE:নয় বছর]], আর ছেলে [[PERSON:আয়ান]], [[AGE:দেড় বছর]]। তো সমস্যাটা হলো
ড্যাম্প, বাচ্চাদের ঘরে দেয়াল পুরা কালো হয়ে গেছিল, জানালার নিচে পানি জমে থাকত। [[PERSON:আয়ান]]-এর
বুকে শোঁ শোঁ আওয়াজ, [[ADDRESS:বেলগ্রেভ সার্জারি]]-র ডাক্তার বলল [[HEALTH:ব্রঙ্কিওলাইটিস]]।
আমি রিপেয়ার লাইনে ফোন করছি, [[PHONE:০২০ ৭৯৪৬ ০১৫৪]], কতবার যে করছি! রিপেয়ার নম্বর দিল
[[REFERENCE:LGH-33019]], তারপর একজন আসল, [[PERSON:মাইক]] নাম, স্প্রে দিয়া মুছে চলে গেল। দুই
সপ্তাহ পরে আবার একই। (স্বেচ্ছাসেবক: অভিযোগ কখন করলেন?) গত বছর নভেম্বরে, না না, অক্টোবরের শেষে।
[[PERSON:তানিয়া]] স্কুলে, মানে [[ADDRESS:হার্বার্ট স্ট্রিট প্রাইমারি]]-তে, টিচারকে বলছিল যে ওর ঘরে
গন্ধ, তখন স্কুলের মিসেস [[PERSON:কলিন্স]] আমাকে অভিযোগ লিখতে সাহায্য করলেন। অভিযোগ নম্বর
[[REFERENCE:LGH/C/7781]]। তারপর [[PERSON:ক্যারেন]] নামে একজন ম্যানেজার আসলেন, উনি নিজে দেয়ালে
মিটার লাগায়া দেখলেন। ছাদের উপরে ড্রেন বন্ধ ছিল, পানি দেয়ালের ভিতর দিয়া নামত। ড্রেন ঠিক করল,
দেয়াল শুকায়া নতুন প্লাস্টার, নতুন ফ্যান, আর ৫৫০ পাউন্ড দিল। এখন উনারা বলছে বাচ্চা থাকলে ড্যাম্পের
রিপোর্ট পাইলে দশ দিনের মধ্যে সার্ভেয়ার পাঠাবে। আমার মোবাইল [[PHONE:০৭৭০০ ৯০০৬১২]], [[PERSON:জামাল]]
ইংরেজিতে কথা বলতে পারে।
"""),
    ),
    (
        "fv2ai-bn-02",
        "bn",
        _s("""
জি, আমি [[PERSON:নাসির উদ্দিন চৌধুরী]], বয়স [[AGE:সাতষট্টি]]। জন্ম
[[DATE_OF_BIRTH:বারোই আগস্ট, উনিশশো আটান্ন]]। থাকি ওল্ডহামে, [[ADDRESS:৫৮ ওয়েস্টউড রোড]], নিচে
[[ADDRESS:রহমান গ্রোসারি]], উপরে আমরা। বাড়িটা [[ORGANISATION:মুরসাইড কমিউনিটি হোমস]]-এর। আমার
[[HEALTH:ডায়াবেটিস]], পায়ে ঘা হইছিল, ডাক্তার বলছে ঘর পরিষ্কার রাখতে। তো সমস্যা হইল ইঁদুর।
রান্নাঘরে, আলমারির ভিতরে, রাত্রে দৌড়াদৌড়ি। আমার ছেলে [[PERSON:রুবেল]] — ভালো নাম
[[PERSON:রফিকুল]] — ও ফোন করত, অনলাইনে রিপোর্ট করত। [[ORGANISATION:পেস্টগার্ড]] থেকে লোক আসত, বিষ
রাখত, যাইত। তিনবার, না, চারবার। রেফারেন্স [[REFERENCE:MCH-P-1207]]। (স্বেচ্ছাসেবক: তারপর?)
তারপর আমার বউমা [[PERSON:শিলা]] বলল আব্বা, লিখিত অভিযোগ করেন। ও ইমেইল করল ওর অ্যাকাউন্ট থেকে,
[[EMAIL:sheela.c@example.co.uk]], অভিযোগ নম্বর [[REFERENCE:MCH-CMP-0448]]। উত্তর দিলেন মিস্টার
[[PERSON:ব্র্যাডশ]], উনি বললেন আসল সমস্যা দেখা হয় নাই, দোকান আর আমাদের ফ্লোরের মাঝখানে পাইপের
পাশে বড় ফাঁক। সার্ভেয়ার [[PERSON:ইয়াসমিন]] আপা আসলেন, উনি বাংলায় কথা বললেন, ভালো লাগছে। ফাঁক
সব বন্ধ করল, রান্নাঘরের আলমারি নতুন দিল, আর ৩০০ পাউন্ড দিল — ব্যাংকে দিছে, অ্যাকাউন্টের শেষে
[[OTHER_ID:৭৭১৯]], [[PERSON:রুবেল]] নম্বরটা দিছিল। এখন উনারা নিয়ম করছে, একই বাড়িতে দুইবারের
বেশি ইঁদুর আসলে সার্ভেয়ার আসবে, শুধু বিষ দিয়া শেষ না। ফোন করতে চাইলে
[[PHONE:০১৬১ ৪৯৬ ০৭৩০]], এইটা [[PERSON:রুবেল]]-এর নম্বর।
"""),
    ),
    (
        "fv2ai-bn-03",
        "bn",
        _s("""
আমার নাম [[PERSON:সুমাইয়া আক্তার]], সবাই [[PERSON:সুমি]] ডাকে। আমি থাকি [[ADDRESS:ফ্ল্যাট চোদ্দো বি, ক্ল্যারেন্ডন রোড]], পোস্টকোড [[POSTCODE:e16 2ld]]। এটা [[ORGANISATION:রিভারগেট হোমস]]-এর
ফ্ল্যাট। সমস্যাটা ছিল ভাড়া নিয়া, কিন্তু আসলে ভুল ওদের। (স্বেচ্ছাসেবক: একটু বুঝিয়ে বলবেন?) হ্যাঁ।
ওরা একটা চিঠি পাঠাইছিল, নতুন ব্যাংক ডিটেইলস, সর্ট কোড [[OTHER_ID:৪০-২২-১৮]], অ্যাকাউন্ট
[[OTHER_ID:৫৫৩১০৯৮২]]। আমি ওইখানে ভাড়া দিছি ছয় মাস। পরে দেখি ওইটা অন্য এক ভাড়াটিয়ার রেন্ট
অ্যাকাউন্ট, ওদের সিস্টেমে ভুল। আর আমার অ্যাকাউন্টে দেখায় বকেয়া, ১৯০০ পাউন্ড! তারপর একটা নোটিশ
আসল, উচ্ছেদের কথা লেখা। আমি তো কাঁদতেছি। আমার টেন্যান্সি নম্বর [[REFERENCE:RGH-T-30551]]।
ফোন করলাম, [[PERSON:ড্যানিয়েল]] নামে একজন বলল "আপনি ভুল জায়গায় টাকা দিছেন, আপনার দায়"।
আমার দায়? ওদেরই চিঠি! আমার ফুপাতো ভাই [[PERSON:তানভীর]] চিঠিটা স্ক্যান করে অভিযোগ পাঠাইল,
নম্বর [[REFERENCE:RGH-CF-9902]], মার্চের পাঁচ তারিখে, না, ছয়। আমার ইমেইলে উত্তর আসছে,
[[EMAIL:সুমি ডট আক্তার নাইনটি নাইন অ্যাট example ডট কম]]। মিসেস [[PERSON:ওকাফোর]], কমপ্লেইন্ট
ম্যানেজার, উনি মেনে নিলেন যে চিঠিতে ভুল অ্যাকাউন্ট ছাপা হইছিল, আর শুধু আমার না, এগারো জনের।
টাকা সব আমার অ্যাকাউন্টে সরায়া দিল, নোটিশ তুলে নিল, লিখিত মাফ চাইল, আর ২৫০ পাউন্ড দিল। এখন
ব্যাংক ডিটেইলস বদলাইলে দুইজন চেক করে, আর কারো বকেয়া হঠাৎ বাড়লে নোটিশের আগে কেউ ফোন করে। আমার
বয়স তখন [[AGE:বাইশ]], প্রথম নিজের ফ্ল্যাট, খুব ভয় পাইছিলাম।
"""),
    ),
    (
        "fv2ai-bn-04",
        "bn",
        _s("""
আমি [[PERSON:হাসনা বানু]]। আমার ছেলে [[PERSON:ইমরান]], [[AGE:পনেরো বছরের]], ওর
[[HEALTH:সেরিব্রাল পালসি]], হুইলচেয়ার লাগে। আমরা থাকি [[ADDRESS:হাইফিল্ড ক্রিসেন্ট, ৯ নম্বর]],
[[ADDRESS:বায়তুল আমান মসজিদ]]-এর গলিতে। (স্বেচ্ছাসেবক: বাড়িওয়ালা কে?) কাউন্সিল,
[[ORGANISATION:ব্রুকভেল বরো কাউন্সিল]]। দুই হাজার বাইশে ওটি আসছিলেন, [[PERSON:জুলি]] নামে, উনি বললেন
সামনে র‍্যাম্প লাগবে আর বাথরুমে হয়েস্ট। কিন্তু কাজ আর হয় না। [[PERSON:ইমরান]]-কে প্রতিদিন সকালে
আমি আর ওর আব্বা কোলে করে সিঁড়ি দিয়া নামাই, ওর স্কুলের বাস আসে, [[ADDRESS:ওকলিফ স্পেশাল স্কুল]]-এর।
আমার কোমরে ব্যথা হয়ে গেছে। আর আমাদের গাড়ির জন্য জায়গা নাই, মোটাবিলিটির ভ্যান,
[[OTHER_ID:BD21 KXR]], রাস্তায় রাখি, অনেকবার টিকিট খাইছি। (স্বেচ্ছাসেবক: অভিযোগ করেছিলেন?)
হ্যাঁ, [[PERSON:মুন্নী]], আমার মেয়ে, ও লিখছে। অভিযোগ নম্বর [[REFERENCE:BBC/ADP/2207]]। প্রথমে বলল
ঠিকাদার [[ORGANISATION:অ্যাক্সেসওয়ে বিল্ডার্স]] ব্যস্ত। তারপর আমরা হাউজিং ওমবাডসম্যানে গেলাম,
কেস নম্বর [[REFERENCE:202211734]]। ওমবাডসম্যান বলল কাউন্সিলের গাফিলতি হইছে। তারপরেই সব হইল —
র‍্যাম্প, হয়েস্ট, আর বাড়ির সামনে ড্রপ কার্ব যাতে ভ্যান ভিতরে রাখা যায়। ক্ষতিপূরণ ৯০০ পাউন্ড।
এখন উনারা প্রতিটা অ্যাডাপটেশনের জন্য একজন কেস অফিসার দেয়, আমাদের হইল [[PERSON:নাদিয়া]], প্রতি
মাসে ফোন করে। [[PERSON:ইমরান]] এখন নিজে চেয়ার চালায়া বাইরে যায়, মাশাআল্লাহ।
"""),
    ),
    (
        "fv2ai-bn-05",
        "bn",
        _s("""
(স্বেচ্ছাসেবক: আপনার নামটা?) [[PERSON:মনোয়ারা খাতুন]]। জন্ম তারিখ কাগজে
[[DATE_OF_BIRTH:১/১/১৯৫২]], সবার যেমন থাকে, হা হা। আমি একলা থাকি, স্বামী মারা গেছেন। বিল্ডিংটার নাম
[[ADDRESS:অ্যাশফোর্ড টাওয়ার]], আমি বারো তলায়, [[ADDRESS:ফ্ল্যাট ৮৭]]। [[ORGANISATION:ক্রসওয়েজ হাউজিং]]-এর।
আমার নাতি [[PERSON:টিপু]] — ওর আসল নাম [[PERSON:তৌফিক]] — ও আমার সাথে সব করে। তো সিঁড়ির বাতি
দুই মাস বন্ধ ছিল, আর লিফট একটা নষ্ট। একদিন লিফট বন্ধ, আমি সিঁড়ি দিয়া নামতেছি, অন্ধকার, পড়ে
গেলাম, হাত ভাঙল। আমার [[HEALTH:অস্টিওপোরোসিস]], হাড় এমনিতেই নরম। পাশের ফ্ল্যাটের মিসেস
[[PERSON:ডসন]] চিৎকার শুনে আসলেন, উনিই অ্যাম্বুলেন্স ডাকলেন। (স্বেচ্ছাসেবক: বাতির কথা আগে জানিয়েছিলেন?)
জানাইছি না? [[PERSON:টিপু]] তিনবার রিপোর্ট করছে, রেফারেন্স [[REFERENCE:CWH-L-6620]], আর ও একটা ভিডিও
দিছিল ওর টিকটকে, [[OTHER_ID:@tipu_bhai_ldn]], অন্ধকার সিঁড়ির। তারপর অভিযোগ, অক্টোবরের দশ তারিখে,
না, বারো, নম্বর [[REFERENCE:CWH-CMP-1185]]। একজন অফিসার, [[PERSON:গ্রেস]], উনি আমার ফ্ল্যাটে এসে
চা খাইলেন আর মাফ চাইলেন। সব তলায় নতুন বাতি, সেন্সর দেওয়া, আর লিফটের জন্য এখন আটচল্লিশ ঘণ্টার
মধ্যে ঠিক করার নিয়ম। আমাকে ৭০০ পাউন্ড দিল। আর এখন আমার মতো যারা একলা থাকে উপরের তলায়, তাদের
একটা তালিকা রাখে, লিফট বন্ধ হলে ফোন করে খোঁজ নেয়। [[PERSON:টিপু]]-র নম্বর দিলাম,
[[PHONE:+৪৪ ৭৭০০ ৯০০৭৮৩]]।
"""),
    ),
    (
        "fv2ai-pa-01",
        "pa",
        _s("""
ਪੁੱਤ, ਮੇਰਾ ਨਾਂ [[PERSON:ਸੁਰਿੰਦਰ ਕੌਰ]] ਆ। (ਵਲੰਟੀਅਰ: ਤੁਸੀਂ ਕਿੱਥੇ ਰਹਿੰਦੇ ਹੋ?) ਸਾਊਥਾਲ, [[ADDRESS:੪੧ ਬਰਕਲੇ ਐਵੇਨਿਊ]],
ਪੋਸਟਕੋਡ ਮੇਰੇ ਪੋਤੇ ਨੇ ਲਿਖਿਆ ਸੀ ਏਥੇ — [[POSTCODE:ub25hx]]। ਸਾਡਾ ਘਰ [[ADDRESS:ਗੁਰਦੁਆਰਾ ਸ੍ਰੀ ਗੁਰੂ ਰਵਿਦਾਸ ਸਭਾ]]
ਦੇ ਪਿਛਲੀ ਗਲੀ ਚ ਆ, ਮੈਂ ਰੋਜ਼ ਤੁਰ ਕੇ ਜਾਂਦੀ ਆਂ। ਘਰ [[ORGANISATION:ਗ੍ਰੀਨਵੇ ਹੋਮਜ਼]] ਦਾ ਆ। ਗੱਲ ਇਹ ਸੀ ਕਿ ਰਸੋਈ ਚ
ਸਿੰਕ ਦੇ ਥੱਲੇ ਪਾਈਪ ਚੋਂਦੀ ਰਹੀ, ਫੇਰ ਕੰਧ ਕਾਲੀ ਹੋ ਗਈ, ਫੇਰ ਫ਼ਰਸ਼ ਦਾ ਫੱਟਾ ਗਲ਼ ਗਿਆ। ਮੈਨੂੰ
[[HEALTH:ਗਠੀਆ]] ਆ, ਗੋਡੇ ਕੰਮ ਨਹੀਂ ਕਰਦੇ, ਇੱਕ ਦਿਨ ਗਿੱਲੇ ਫ਼ਰਸ਼ ਤੇ ਤਿਲਕ ਗਈ। ਮੇਰਾ ਮੁੰਡਾ [[PERSON:ਪੰਮੀ]] —
[[PERSON:ਪਰਮਜੀਤ]] — ਉਹਨੇ ਫ਼ੋਨ ਕੀਤਾ [[PHONE:੦੨੦ ੭੯੪੬ ੦੭੭੧]] ਤੇ, ਰਿਪੇਅਰ ਨੰਬਰ ਮਿਲਿਆ
[[REFERENCE:GWH-240318]]। ਦੋ ਵਾਰੀ ਬੰਦਾ ਆਇਆ, ਪਹਿਲੀ ਵਾਰ [[PERSON:ਡੈਰਨ]], ਦੂਜੀ ਵਾਰ ਕੋਈ ਹੋਰ, ਨਾਂ ਯਾਦ
ਨਹੀਂ। ਟੇਪ ਲਾ ਕੇ ਚਲੇ ਗਏ। (ਵਲੰਟੀਅਰ: ਸ਼ਿਕਾਇਤ ਕਦੋਂ ਕੀਤੀ?) ਜਨਵਰੀ ਚ, ਨਹੀਂ ਨਹੀਂ, ਦਸੰਬਰ ਦੇ ਅਖ਼ੀਰ ਚ,
ਕ੍ਰਿਸਮਸ ਤੋਂ ਬਾਅਦ। ਮੇਰੀ ਪੋਤੀ [[PERSON:ਨਿੱਕੀ]] ਨੇ ਕੰਪਿਊਟਰ ਤੇ ਲਿਖੀ, ਸ਼ਿਕਾਇਤ ਨੰਬਰ
[[REFERENCE:GWH/CX/5613]]। ਉਹਦਾ ਭਰਾ [[PERSON:ਜੋਸ਼]], [[AGE:ਅੱਠਾਂ ਸਾਲਾਂ]] ਦਾ, ਕਹਿੰਦਾ ਬੀਜੀ ਤੁਸੀਂ
ਟੀਵੀ ਤੇ ਜਾਓ, ਹਾਹਾ। ਫੇਰ ਇੱਕ ਕੁੜੀ ਆਈ, [[PERSON:ਮਨਦੀਪ]], ਹਾਊਸਿੰਗ ਵਾਲਿਆਂ ਦੀ, ਪੰਜਾਬੀ ਬੋਲਦੀ ਸੀ, ਉਹਨੇ
ਸਾਰਾ ਦੇਖਿਆ ਤੇ ਕਿਹਾ ਬੀਬੀ ਜੀ ਇਹ ਤਾਂ ਛੇ ਮਹੀਨੇ ਪਹਿਲਾਂ ਠੀਕ ਹੋ ਜਾਣਾ ਚਾਹੀਦਾ ਸੀ। ਨਵੀਂ ਪਾਈਪ, ਨਵਾਂ ਫ਼ਰਸ਼,
ਕੰਧ ਦਾ ਪਲਸਤਰ, ਤੇ ਚਾਰ ਸੌ ਪੌਂਡ। ਹੁਣ ਓਹ ਕਹਿੰਦੇ ਜੇ ਇੱਕੋ ਲੀਕ ਲਈ ਦੋ ਵਾਰੀ ਬੰਦਾ ਆਵੇ ਤਾਂ ਤੀਜੀ ਵਾਰੀ ਸੁਪਰਵਾਈਜ਼ਰ
ਆਊਗਾ। [[PERSON:ਮਨਦੀਪ]] ਦਾ ਨੰਬਰ ਮੇਰੇ ਕੋਲ ਆ, ਪਰ ਮੇਰਾ ਆਪਣਾ [[PHONE:ਜ਼ੀਰੋ ਸੱਤ ਸੱਤ ਜ਼ੀਰੋ ਜ਼ੀਰੋ, ਨੌਂ ਸੌ, ਤਿੰਨ ਸੌ ਪੰਜ]]
ਆ, ਜੇ ਕਿਸੇ ਨੂੰ ਲੋੜ ਹੋਵੇ।
"""),
    ),
    (
        "fv2ai-pa-02",
        "pa",
        _s("""
ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ। ਮੈਂ [[PERSON:ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਢਿੱਲੋਂ]], ਕੰਮ ਤੇ ਸਾਰੇ [[PERSON:ਗੈਰੀ]] ਕਹਿੰਦੇ ਆ। ਮੈਂ ਤੇ ਮੇਰੀ ਘਰਵਾਲੀ
[[PERSON:ਰਮਨਦੀਪ]] ਸਮੈਦਿਕ ਚ ਰਹਿੰਦੇ ਆਂ, [[ADDRESS:ਫਲੈਟ ੭]], ਥੱਲੇ [[ADDRESS:ਸੰਧੂ ਸਵੀਟ ਸੈਂਟਰ]] ਆ, ਓਹੀ
ਜਿੱਥੋਂ ਸਾਰੇ ਜਲੇਬੀਆਂ ਲੈਂਦੇ ਆ। ਲੈਂਡਲਾਰਡ [[ORGANISATION:ਬਲੈਕਬਰੂਕ ਹਾਊਸਿੰਗ]]। (ਵਲੰਟੀਅਰ: ਕੀ ਹੋਇਆ ਸੀ?)
ਬਿਜਲੀ ਦੇ ਸਾਕਟ ਚੋਂ ਚੰਗਿਆੜੇ ਨਿਕਲਦੇ ਸੀ, ਰਸੋਈ ਵਾਲੇ ਚੋਂ। ਇੱਕ ਵਾਰ ਕੇਤਲੀ ਲਾਈ ਤੇ ਧੂੰਆਂ। ਮੈਂ ਰਿਪੋਰਟ ਕੀਤਾ,
ਜੌਬ ਨੰਬਰ [[REFERENCE:BBH 61 0457]], [[ORGANISATION:ਵੋਲਟਵਾਈਜ਼ ਇਲੈਕਟ੍ਰੀਕਲ]] ਦਾ [[PERSON:ਮਾਰਕ]] ਆਇਆ,
ਕਹਿੰਦਾ ਸਾਕਟ ਬੰਦ ਕਰ ਦਿਓ, ਵਰਤੋ ਨਾ। ਸਾਕਟ ਬੰਦ ਕਰ ਦਿਓ! ਤੇ ਫੇਰ ਤਿੰਨ ਮਹੀਨੇ ਕੋਈ ਨਹੀਂ ਆਇਆ।
[[PERSON:ਰਮਨਦੀਪ]] ਉਦੋਂ ਪ੍ਰੈਗਨੈਂਟ ਸੀ, ਐਕਸਟੈਂਸ਼ਨ ਲੀਡਾਂ ਤੇ ਸਾਰਾ ਕੁਝ ਚੱਲਦਾ ਸੀ। ਫੇਰ ਮੈਂ ਸ਼ਿਕਾਇਤ ਭੇਜੀ,
ਈਮੇਲ ਤੋਂ [[EMAIL:gurpreet.dhillon90@example.com]], ਨੰਬਰ [[REFERENCE:BBH-CMP-2278]]। ਉਹਨਾਂ ਨੇ
ਪਹਿਲਾਂ ਮੇਰੀ ਆਈਡੀ ਮੰਗੀ, ਮੇਰੀ ਜਨਮ ਤਾਰੀਖ਼ — [[DATE_OF_BIRTH:ਸੱਤ ਜੁਲਾਈ ਉੱਨੀ ਸੌ ਨੱਬੇ]] — ਤੇ
[[PERSON:ਰਮਨਦੀਪ]] ਦਾ ਬੀ.ਆਰ.ਪੀ. ਨੰਬਰ ਵੀ, [[OTHER_ID:RT7730215]], ਕਿਉਂਕਿ ਉਹ
[[OTHER_SPECIAL:ਸਪਾਊਜ਼ ਵੀਜ਼ੇ]] ਤੇ ਆ। ਮੈਂ ਕਿਹਾ ਇਹਦਾ ਸਾਕਟ ਨਾਲ ਕੀ ਲੈਣਾ? (ਵਲੰਟੀਅਰ: ਫੇਰ?) ਫੇਰ ਇੱਕ ਮੈਨੇਜਰ,
ਮਿਸਿਜ਼ [[PERSON:ਥੌਮਸਨ]], ਉਹਨੇ ਮੰਨਿਆ ਕਿ ਜੌਬ "ਲੋ ਪ੍ਰਾਇਓਰਿਟੀ" ਲੱਗੀ ਹੋਈ ਸੀ, ਗ਼ਲਤੀ ਨਾਲ। ਦੋ ਦਿਨਾਂ ਚ ਸਾਰੇ
ਫਲੈਟ ਦੀ ਵਾਇਰਿੰਗ ਚੈੱਕ ਹੋਈ, ਪੂਰਾ ਰੀਵਾਇਰ ਹੋਇਆ, ਤੇ ਪੰਜ ਸੌ ਪੌਂਡ ਮਿਲੇ। ਤੇ ਹੁਣ ਨਿਯਮ ਆ ਕਿ ਚੰਗਿਆੜੇ ਜਾਂ ਧੂੰਏਂ
ਵਾਲੀ ਕੋਈ ਵੀ ਰਿਪੋਰਟ ਐਮਰਜੈਂਸੀ ਗਿਣੀ ਜਾਂਦੀ ਆ, ਤੇ ਸ਼ਿਕਾਇਤ ਵਾਸਤੇ ਇਮੀਗ੍ਰੇਸ਼ਨ ਕਾਗ਼ਜ਼ ਨਹੀਂ ਮੰਗਦੇ। ਸਾਡੀ ਕੁੜੀ
[[PERSON:ਸੀਰਤ]] ਹੁਣ [[AGE:ਚਾਰ ਮਹੀਨਿਆਂ]] ਦੀ ਆ।
"""),
    ),
    (
        "fv2ai-pa-03",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਂ [[PERSON:ਜਸਵਿੰਦਰ ਕੌਰ ਗਰੇਵਾਲ]], ਪਰ [[PERSON:ਜੱਸੀ]] ਲਿਖ ਲਓ, ਸਾਰੇ ਇਹੀ ਕਹਿੰਦੇ। ਅਸੀਂ
[[ADDRESS:ਨੰਬਰ ਬਾਈ, ਹੌਥੌਰਨ ਵੇਅ]] ਤੇ ਰਹਿੰਦੇ ਆਂ, ਲੈਸਟਰ, [[ORGANISATION:ਸੋਅਰ ਵੈਲੀ ਹੋਮਜ਼]] ਦਾ
ਘਰ ਆ। ਨਾਲ ਦੇ ਘਰ, [[ADDRESS:ਚੌਵੀ ਨੰਬਰ]] ਚ, ਇੱਕ ਬੰਦਾ ਆਇਆ, [[PERSON:ਟੈਰੀ]], ਦੋ ਵੱਡੇ ਕੁੱਤੇ ਰੱਖੇ
ਹੋਏ, ਸਾਰੀ ਰਾਤ ਭੌਂਕਦੇ, ਤੇ ਓਹ ਆਪ ਵੀ ਰਾਤ ਦੇ ਦੋ ਵਜੇ ਉੱਚੀ ਮਿਊਜ਼ਿਕ। ਮੇਰੀ ਕੁੜੀ [[PERSON:ਅਵਨੀਤ]]
[[AGE:ਗਿਆਰਾਂ ਸਾਲਾਂ]] ਦੀ ਆ, [[ADDRESS:ਮੇਪਲ ਲੀਜ਼ ਪ੍ਰਾਇਮਰੀ]] ਚ ਪੜ੍ਹਦੀ ਆ, ਟੀਚਰ ਕਹਿੰਦੀ ਕੁੜੀ ਕਲਾਸ ਚ ਸੌਂ ਜਾਂਦੀ।
ਤੇ ਮੁੰਡਾ [[PERSON:ਫ਼ਤਿਹ]], [[AGE:ਪੰਜ]] ਦਾ, ਕੁੱਤਿਆਂ ਤੋਂ ਡਰਦਾ ਬਾਹਰ ਨਹੀਂ ਜਾਂਦਾ। ਇੱਕ ਵਾਰ [[PERSON:ਟੈਰੀ]] ਨੇ
ਮੇਰੇ ਘਰਵਾਲੇ ਦੀ ਪੱਗ ਬਾਰੇ ਗੰਦੀ ਗੱਲ ਕਹੀ — ਅਸੀਂ [[OTHER_SPECIAL:ਸਿੱਖ]] ਆਂ, ਤੁਹਾਨੂੰ ਪਤਾ — ਓਹ ਵੀ ਮੈਂ
ਰਿਪੋਰਟ ਕੀਤੀ। (ਵਲੰਟੀਅਰ: ਹਾਊਸਿੰਗ ਨੇ ਕੀ ਕਿਹਾ?) ਹਾਊਸਿੰਗ ਅਫ਼ਸਰ [[PERSON:ਕਲੇਅਰ]] ਨੇ ਏ.ਐਸ.ਬੀ. ਕੇਸ
ਖੋਲ੍ਹਿਆ, [[REFERENCE:SVH/ASB/1164]], ਤੇ ਡਾਇਰੀ ਦਿੱਤੀ ਲਿਖਣ ਨੂੰ। ਮੈਂ ਚਾਰ ਮਹੀਨੇ ਲਿਖਿਆ। ਫੇਰ ਕਹਿੰਦੇ ਕੇਸ ਬੰਦ,
"ਸਬੂਤ ਕਾਫ਼ੀ ਨਹੀਂ"। ਜਦ ਕਿ ਮੈਂ ਫ਼ੋਨ ਤੇ ਰਿਕਾਰਡਿੰਗਾਂ ਵੀ ਭੇਜੀਆਂ ਸੀ! ਫੇਰ ਮੈਂ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਅਪ੍ਰੈਲ ਦੀ ਤਿੰਨ ਨੂੰ,
ਨਹੀਂ, ਚਾਰ ਨੂੰ, ਨੰਬਰ [[REFERENCE:SVH-C-80291]]। ਜਵਾਬ ਮਿਸਟਰ [[PERSON:ਓਕੋਰੋ]] ਨੇ ਦਿੱਤਾ, ਉਹਨੇ
ਕਿਹਾ ਰਿਕਾਰਡਿੰਗਾਂ ਕਿਸੇ ਨੇ ਸੁਣੀਆਂ ਹੀ ਨਹੀਂ ਸੀ, ਤੇ ਪੱਗ ਵਾਲੀ ਗੱਲ ਨਫ਼ਰਤ ਵਾਲੀ ਘਟਨਾ ਵਜੋਂ ਦਰਜ ਹੋਣੀ ਚਾਹੀਦੀ ਸੀ।
ਕੇਸ ਦੁਬਾਰਾ ਖੁੱਲ੍ਹਿਆ, [[PERSON:ਟੈਰੀ]] ਨੂੰ ਲਿਖਤੀ ਚੇਤਾਵਨੀ ਮਿਲੀ, ਕੁੱਤੇ ਹੁਣ ਬਾਹਰ ਨਹੀਂ ਛੱਡਦਾ, ਤੇ ਸਾਨੂੰ ਤਿੰਨ ਸੌ
ਪੌਂਡ ਤੇ ਮੁਆਫ਼ੀ। ਹੁਣ ਹਰ ਕੇਸ ਬੰਦ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ ਮੈਨੇਜਰ ਸਬੂਤ ਦੇਖਦਾ। ਮੇਰਾ ਨੰਬਰ [[PHONE:0116 496 0842]] ਆ।
"""),
    ),
    (
        "fv2ai-pa-04",
        "pa",
        _s("""
ਇਹ ਮੇਰੇ ਡੈਡੀ ਜੀ ਦੀ ਗੱਲ ਆ, ਮੈਂ ਉਹਨਾਂ ਦੀ ਧੀ ਆਂ, [[PERSON:ਕਮਲਜੀਤ]], [[PERSON:ਕਮਲ]] ਕਹਿ ਲਓ। ਡੈਡੀ ਜੀ ਦਾ ਨਾਂ
[[PERSON:ਬਲਦੇਵ ਸਿੰਘ ਰੰਧਾਵਾ]], ਜਨਮ [[DATE_OF_BIRTH:੧੪/੦੨/੧੯੪੬]], ਮਤਲਬ ਹੁਣ [[AGE:ਉਨਾਸੀ]] ਦੇ ਆ।
ਪਿਛਲੇ ਸਾਲ ਉਹਨਾਂ ਨੂੰ [[HEALTH:ਸਟ੍ਰੋਕ]] ਹੋਇਆ, ਸੱਜਾ ਪਾਸਾ ਕਮਜ਼ੋਰ ਆ। ਓਹ ਰਹਿੰਦੇ
[[ADDRESS:ਕੈਂਟਰਬਰੀ ਰੋਡ, ਮਕਾਨ ਨੰਬਰ ੧੦੩]] ਚ ਆ, [[ADDRESS:ਗੁਰੂ ਅਮਰਦਾਸ ਗੁਰਦੁਆਰਾ]] ਤੋਂ ਦੋ ਘਰ ਛੱਡ ਕੇ।
[[ORGANISATION:ਹਾਈਫੀਲਡਜ਼ ਸਿਟੀ ਕੌਂਸਲ]] ਦਾ ਘਰ ਆ। (ਵਲੰਟੀਅਰ: ਮਸਲਾ ਕੀ ਸੀ?) ਹਸਪਤਾਲ ਵਾਲਿਆਂ ਨੇ ਕਿਹਾ ਸੀ ਥੱਲੇ
ਸ਼ਾਵਰ ਤੇ ਟਾਇਲਟ ਚਾਹੀਦਾ, ਉਹਨਾਂ ਨੇ ਕੌਂਸਲ ਨੂੰ ਲਿਖਿਆ। ਕੌਂਸਲ ਨੇ ਕਿਹਾ ਛੇ ਹਫ਼ਤੇ। ਛੇ ਹਫ਼ਤੇ ਛੇ ਮਹੀਨੇ ਬਣ ਗਏ।
ਡੈਡੀ ਜੀ ਕਮੋਡ ਤੇ, ਬੈਠਕ ਚ ਮੰਜਾ, ਨਹਾਉਣਾ ਬੰਦ। ਮੇਰਾ ਭਰਾ [[PERSON:ਸੁੱਖੀ]] ਕੈਨੇਡਾ ਤੋਂ ਰੋਜ਼ ਫ਼ੋਨ ਕਰਦਾ। ਮੈਂ
ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਨੰਬਰ [[REFERENCE:HCC-ADAPT-4471]], ਜਵਾਬ ਆਇਆ ਕਿ ਓ.ਟੀ. ਦੀ ਰਿਪੋਰਟ ਨਹੀਂ ਮਿਲੀ। ਮੈਂ ਕਿਹਾ
ਲਓ, ਮੇਰੇ ਕੋਲ ਆ, ਡਾਕਟਰ ਦੀ ਚਿੱਠੀ ਵੀ, ਡੈਡੀ ਜੀ ਦਾ ਐਨ.ਐਚ.ਐਸ. ਨੰਬਰ [[OTHER_ID:੯੯੯ ੬੧੭ ੩੦੨੮]] ਸਣੇ। ਫੇਰ ਵੀ
ਕੁਝ ਨਹੀਂ। ਫੇਰ ਅਸੀਂ ਹਾਊਸਿੰਗ ਓਮਬਡਸਮੈਨ ਕੋਲ ਗਏ, ਕੇਸ [[REFERENCE:202503392]], ਸਤੰਬਰ ਚ... ਨਹੀਂ, ਅਗਸਤ ਦੇ
ਅਖ਼ੀਰ ਚ। ਓਮਬਡਸਮੈਨ ਦੇ ਪੁੱਛਣ ਤੋਂ ਬਾਅਦ ਕੌਂਸਲ ਦੀ ਅਡੈਪਟੇਸ਼ਨ ਮੈਨੇਜਰ, [[PERSON:ਸ਼ਬਨਮ]], ਆਪ ਘਰ ਆਈ। ਦੋ ਮਹੀਨਿਆਂ
ਚ ਥੱਲੇ ਵੈੱਟ ਰੂਮ ਬਣ ਗਿਆ, [[ORGANISATION:ਮਿਡਲੈਂਡ ਐਕਸੈੱਸ ਬਿਲਡਰਜ਼]] ਨੇ ਬਣਾਇਆ, ਵਧੀਆ ਕੰਮ। ਸੱਤ ਸੌ ਪੌਂਡ ਮੁਆਵਜ਼ਾ।
ਤੇ ਹੁਣ ਕੌਂਸਲ ਹਸਪਤਾਲ ਤੋਂ ਆਏ ਕੇਸਾਂ ਨੂੰ ਵੱਖਰੀ ਲਿਸਟ ਤੇ ਰੱਖਦੀ ਆ। ਮੇਰਾ ਈਮੇਲ ਲਿਖ ਲਓ —
[[EMAIL:kamal dot randhawa at example dot org]]।
"""),
    ),
    (
        "fv2ai-pa-05",
        "pa",
        _s("""
ਜੀ ਮੈਂ [[PERSON:ਹਰਜੀਤ ਕੌਰ ਬੈਂਸ]]। ਅਸੀਂ [[ADDRESS:ਓਕਟ੍ਰੀ ਕੋਰਟ]] ਚ ਰਹਿੰਦੇ ਆਂ, ਵੁਲਵਰਹੈਂਪਟਨ, ਚੌਥੀ
ਮੰਜ਼ਿਲ, [[ADDRESS:ਫਲੈਟ ਨੰਬਰ ਉਨੀ]]। ਪੋਸਟਕੋਡ [[POSTCODE:wv3 0pt]]। ਮਾਲਕ [[ORGANISATION:ਹਾਈਗੇਟ ਹਿੱਲ ਹਾਊਸਿੰਗ]]।
ਸਾਡੇ ਬਲਾਕ ਚ ਸਾਂਝੀ ਹੀਟਿੰਗ ਆ, ਸਾਰਿਆਂ ਦਾ ਇੱਕੋ ਬੌਇਲਰ। ਪਿਛਲੇ ਸਾਲ ਬਿੱਲ ਆਇਆ, ਸਰਵਿਸ ਚਾਰਜ ਡਬਲ! ਤੇ ਉਸੇ
ਸਿਆਲ ਚ ਹੀਟਿੰਗ ਅੱਧਾ ਟਾਈਮ ਬੰਦ। ਮੇਰੇ ਘਰਵਾਲੇ [[PERSON:ਰਜਿੰਦਰ]], ਸਾਰੇ [[PERSON:ਰਾਜੂ]] ਕਹਿੰਦੇ, ਉਹਨਾਂ ਨੂੰ
[[HEALTH:ਦਿਲ ਦੀ ਬਿਮਾਰੀ]] ਆ, ਠੰਢ ਚ ਛਾਤੀ ਚ ਦਰਦ ਹੁੰਦਾ। ਮੁੰਡਾ [[PERSON:ਅਰਮਾਨ]] [[AGE:ਅੱਠ ਸਾਲ]] ਦਾ, ਉਹ
ਕੰਬਲ ਲੈ ਕੇ ਹੋਮਵਰਕ ਕਰਦਾ ਸੀ। (ਵਲੰਟੀਅਰ: ਬਿੱਲ ਬਾਰੇ ਪੁੱਛਿਆ?) ਹਾਂ ਜੀ, ਰੈਂਟ ਅਕਾਊਂਟ ਨੰਬਰ
[[REFERENCE:HHH-004417-B]] ਦੱਸ ਕੇ। ਫ਼ੋਨ ਤੇ [[PERSON:ਜੇਸਨ]] ਨਾਂ ਦਾ ਮੁੰਡਾ ਕਹਿੰਦਾ ਬਿੱਲ ਠੀਕ ਆ, ਤੁਸੀਂ ਡਾਇਰੈਕਟ
ਡੈਬਿਟ ਚ ਪੈਸੇ ਦਿੰਦੇ ਰਹੋ। ਪੈਸੇ ਸਾਡੇ ਬੈਂਕ ਚੋਂ ਕੱਟਦੇ ਰਹੇ, ਸੌਰਟ ਕੋਡ [[OTHER_ID:੩੦-੯੪-੫੭]], ਖਾਤਾ
[[OTHER_ID:੨੧੦੪੮੮੩੬]]। ਫੇਰ ਮੇਰੀ ਨੂੰਹ [[PERSON:ਪ੍ਰੀਤੀ]] ਨੇ ਸਾਰਾ ਹਿਸਾਬ ਕੀਤਾ, ਉਹ ਅਕਾਊਂਟੈਂਟ ਆ। ਪਤਾ ਲੱਗਾ ਕਿ
ਉਹਨਾਂ ਨੇ ਸਾਰੇ ਬਲਾਕ ਦਾ ਖ਼ਰਚਾ ਵੀਹ ਦੀ ਥਾਂ ਦਸ ਫਲੈਟਾਂ ਤੇ ਵੰਡ ਦਿੱਤਾ ਸੀ। ਸ਼ਿਕਾਇਤ ਭੇਜੀ [[PERSON:ਪ੍ਰੀਤੀ]] ਨੇ
ਆਪਣੀ ਈਮੇਲ ਤੋਂ, [[EMAIL:preeti.bains@example.co.uk]], ਨੰਬਰ [[REFERENCE:HHH/SC/0392]]। ਫੇਰ
ਸਰਵਿਸ ਚਾਰਜ ਵਾਲੀ ਮੈਨੇਜਰ ਮਿਸ [[PERSON:ਐਡਵਰਡਜ਼]] ਨੇ ਲਿਖ ਕੇ ਮੰਨਿਆ। ਸਾਰੇ ਬਲਾਕ ਨੂੰ ਪੈਸੇ ਵਾਪਸ ਮਿਲੇ, ਸਾਨੂੰ
ਛੇ ਸੌ ਚਾਲੀ ਪੌਂਡ, ਤੇ ਬੌਇਲਰ ਨਵਾਂ ਲੱਗਿਆ। ਹੁਣ ਬਿੱਲ ਭੇਜਣ ਤੋਂ ਪਹਿਲਾਂ ਰਹਿਣ ਵਾਲਿਆਂ ਦੀ ਮੀਟਿੰਗ ਹੁੰਦੀ ਆ। ਮੇਰਾ
ਨੰਬਰ [[PHONE:+44 (0)7700 900 634]], ਵਟਸਐਪ ਵੀ ਇਹੀ।
"""),
    ),
    (
        "fv2ai-pl-01",
        "pl",
        _s("""
No więc tak. Nazywam się [[PERSON:Małgorzata Wiśniewska]], ale wszyscy mówią [[PERSON:Gosia]]. Mieszkamy
na [[ADDRESS:Fenwick Street dwanaście]], to jest zaraz koło kościoła [[ADDRESS:św. Józefa]], tam gdzie
chodzimy w niedzielę. Mąż, [[PERSON:Wojtek]], i dzieci — [[PERSON:Zuzia]] ma [[AGE:pięć lat]], chodzi do
[[ADDRESS:Oakwood Primary]], a [[PERSON:Kubuś]] ma [[AGE:półtora roku]]. Dom jest od
[[ORGANISATION:Pennine Crest Housing]]. (Wolontariuszka: I co się działo?) Grzyb. W sypialni dzieci,
za szafą, na suficie, wszędzie. [[PERSON:Kubuś]] ciągle kaszlał, lekarka powiedziała, że to
[[HEALTH:astma]], no, podejrzenie [[HEALTH:astmy]]. Dzwoniłam na [[PHONE:0161 496 0418]] chyba z dziesięć razy,
numer zgłoszenia [[REFERENCE:PCH-R-77201]]. Przysłali [[PERSON:Dave'a]], on przyszedł, popsikał czymś
i powiedział, że mamy otwierać okna. W styczniu, proszę pani! Potem rozmawiałam z panią
[[PERSON:Sharon]] z biura, ona też: wietrzyć, suszyć pranie na zewnątrz. Dopiero jak złożyłam skargę na
piśmie — to było czternastego lutego, nie, przepraszam, piętnastego, bo w walentynki
[[PERSON:Wojtek]] miał nockę — numer skargi [[REFERENCE:PCH/CX/3390]], to przyszedł taki pan
[[PERSON:Imran]], surveyor, z wilgotnościomierzem. I okazało się, że rynna nad sypialnią była pęknięta,
woda lała się po ścianie od lat. Naprawili rynnę, osuszyli ścianę, nowy tynk, wentylator, a nas na
tydzień przenieśli do hotelu. Dostaliśmy sześćset funtów odszkodowania. A teraz, jak ktoś zgłasza
grzyb i są małe dzieci, to od razu przychodzi surveyor, a nie malarz. [[PERSON:Zuzia]] mówi, że
pokój pachnie jak nowy. Jak trzeba, to mój mail: [[EMAIL:gosia.wisniewska@example.com]].
"""),
    ),
    (
        "fv2ai-pl-02",
        "pl",
        _s("""
Ja jestem [[PERSON:Zbigniew Kowalczyk]], [[PERSON:Zbyszek]]. Mam [[AGE:siedemdziesiąt jeden lat]],
mieszkam z żoną, z [[PERSON:Haliną]], w Gillingham, [[ADDRESS:mieszkanie numer sześć, Beacon House]],
na parterze, kod [[POSTCODE:ME7 2QS]]. Właściciel to
[[ORGANISATION:Medway Vale Homes]]. [[PERSON:Halinka]] ma [[HEALTH:cukrzycę]], i jeszcze
[[HEALTH:neuropatię]], nogi jej marzną, musi być ciepło. (Wolontariusz: Co się zepsuło?) Piec. W
listopadzie, koło Wszystkich Świętych, nie, zaraz po, bo byliśmy na cmentarzu, to znaczy na mszy za
zmarłych. Piec staje, pokazuje błąd. Dzwonię, przyjeżdża [[ORGANISATION:ThermaCare]], młody chłopak,
[[PERSON:Connor]], resetuje, działa dzień, staje. Sześć razy, proszę pana, sześć wizyt. Numer naprawy
[[REFERENCE:MVH 22 91 047]]. Sąsiad, pan [[PERSON:Rysiek]], ten z góry, mówił: panie
[[PERSON:Zbyszku]], pan pisze skargę. To wnuczka, [[PERSON:Ola]], napisała, po angielsku, z mojego
maila, [[EMAIL:zbyszek kropka kowalczyk małpa example kropka com]]. A oni mi odpisują, że muszą
potwierdzić tożsamość, i chcą numer dowodu osobistego, [[OTHER_ID:AYK 402618]]. Dałem, co miałem
zrobić. Numer skargi [[REFERENCE:MVH-CMP-6015]]. Potem zadzwoniła pani [[PERSON:Patricia Nwosu]], kierowniczka,
bardzo grzeczna, i powiedziała, że piec był do wymiany od dwóch lat, tylko nikt nie zamówił. Nowy
piec w trzy dni, dali nam dwa grzejniki olejowe na ten czas i czterysta funtów. I teraz jak ten sam
piec psuje się trzeci raz, to automatycznie idzie do wymiany. A z tym dowodem przeprosili, że nie
musieli o to pytać. [[PERSON:Halinie]] już lepiej, śpi w ciepłym.
"""),
    ),
    (
        "fv2ai-pl-03",
        "pl",
        _s("""
(Wolontariuszka: Może pani mówić po polsku, ja zapiszę.) Dobra. [[PERSON:Katarzyna Nowak]], [[PERSON:Kasia]].
Mam [[AGE:dwadzieścia osiem lat]], pracuję w magazynie na nocki. Mieszkam sama w kawalerce, w bloku
[[ADDRESS:Linden Court, numer dziewięć c]], to na tym osiedlu za
[[ADDRESS:Tesco Express na Derby Road]]. Mieszkanie jest od [[ORGANISATION:Trentside Homes]]. No i
myszy. Wie pani, najpierw myślałam, że to mi się wydaje, a potem w szafce z chlebem. Dziura za
kuchenką, taka na pięść. Zgłosiłam, numer [[REFERENCE:TH-2211-PC]], przyszedł pan z
[[ORGANISATION:Pestaway]], [[PERSON:Gareth]], rozłożył trutkę i tyle. Dziury nawet nie obejrzał. I w
międzyczasie dostałam list, że mam potwierdzić [[OTHER_SPECIAL:settled status]], bo inaczej mogą
"przejrzeć najem". Nie wiem, co to miało wspólnego z myszami, ale się przestraszyłam. (Wolontariuszka:
Złożyła pani skargę?) Tak, z koleżanką, z [[PERSON:Magdą]], ona lepiej pisze po angielsku. Numer
[[REFERENCE:TH/COMP/4471]]. Odpisał pan [[PERSON:Rahul]], nie, [[PERSON:Rohan]], [[PERSON:Rohan Mehta]],
że list o statusie wysłali przez pomyłkę do całego bloku, a myszy — że faktycznie nikt nie
szukał, skąd wchodzą. Zaszpachlowali wszystkie dziury, wymienili listwy, wyczyścili, przeprosili na
piśmie i dali dwieście pięćdziesiąt funtów. I teraz przy szkodnikach zawsze ktoś szuka wejścia, nie
tylko trutka. Mój numer to [[PHONE:zero siedem siedem zero zero, dziewięćset, sto dwadzieścia trzy]],
a mail — [[EMAIL:kasia kropka nowak małpa example kropka net]], wszystko małymi literami.
"""),
    ),
    (
        "fv2ai-pl-04",
        "pl",
        _s("""
Dzień dobry. [[PERSON:Bartosz Zieliński]], mówcie mi [[PERSON:Bartek]]. Jestem hydraulikiem, mam swoją
stronkę nawet, [[OTHER_ID:www.bartek-hydraulik.example.co.uk]], ale to nie o to chodzi. Chodzi o
mojego [[AGE:dziewięcioletniego]] syna, o [[PERSON:Olka]]. Ma [[HEALTH:autyzm]], i czasem, jak się
przestraszy, krzyczy. Długo. Mieszkamy w szeregowcu na [[ADDRESS:Alder Rise, numer czterdzieści siedem]],
od [[ORGANISATION:Harbourside Homes]]. Sąsiad z [[ADDRESS:czterdziestki dziewiątki]], pan
[[PERSON:Terry]], zaczął zgłaszać hałas. I dostaliśmy list, że to "zachowanie antyspołeczne", numer
sprawy [[REFERENCE:HSH-ASB-0358]], i że naruszamy umowę najmu. Umowa najmu, numer
[[REFERENCE:T-118-47-Z]], wszystko tam przytoczone. Żona płakała cały wieczór. (Wolontariusz: Czy
ktoś z wami rozmawiał wcześniej?) Nikt. Nikt nie zapytał. Pani [[PERSON:Jadwiga]] z drugiej strony,
też [[OTHER_SPECIAL:Polka]], starsza pani, sama napisała list, że zna [[PERSON:Olka]] od małego i że to nie jest żadne
antyspołeczne. Ja złożyłem skargę, ósmego maja — albo dziewiątego, w każdym razie w tym tygodniu —
numer [[REFERENCE:HSH/C/2290]], i dołączyłem list ze szkoły, z [[ADDRESS:Riverside Academy]]. Potem
przyszła pani [[PERSON:Bernadette]], z zespołu od wsparcia, i powiedziała wprost: wysłanie tego listu
bez rozmowy to był błąd. Sprawę zamknęli, list wycofali na piśmie, dali nam sto pięćdziesiąt funtów i
wyciszyli ścianę od strony [[PERSON:Terry'ego]], bo tam jest pokój [[PERSON:Olka]]. Z
[[PERSON:Terrym]] teraz mówimy sobie dzień dobry. A u nich nowa zasada: zanim ktoś dostanie list o
hałasie, sprawdzają, czy w domu nie ma kogoś z niepełnosprawnością. Telefon:
[[PHONE:0117 496 0539]].
"""),
    ),
    (
        "fv2ai-pl-05",
        "pl",
        _s("""
Ja już stara jestem, proszę pani, więc wnuczka będzie pomagać. [[PERSON:Jadwiga Lewandowska]]. Urodzona
[[DATE_OF_BIRTH:trzeciego maja czterdziestego ósmego roku]], w Bydgoszczy. Tu jestem od dziewięćdziesiątego
piątego. Mieszkam w [[ADDRESS:mieszkaniu numer cztery]], na ostatnim piętrze, w takim starym domu
przerobionym na mieszkania, [[ADDRESS:Rosebank Villas]], zaraz obok parafii
[[ADDRESS:Chrystusa Króla]] — ja jestem [[OTHER_SPECIAL:katoliczka]], co niedzielę chodzę, jak
nogi pozwolą. Mam [[HEALTH:Parkinsona]], ręce się trzęsą. (Wnuczka: Babciu, powiedz o dachu.) No tak,
dach. Przeciekał nad sypialnią. Wiadro stało na łóżku, wyobraża sobie pani? Dzwoniłam do
[[ORGANISATION:Westmere Housing Trust]], wnuczka, [[PERSON:Natalka]], też dzwoniła, numer naprawy
[[REFERENCE:WHT 55190]]. Przyszli, popatrzyli, powiedzieli, że potrzebne rusztowanie i trzeba czekać.
Czekałam od kwietnia do... do września? (Wnuczka: Do października, babciu.) Do października. Potem
spadł kawałek sufitu, na szczęście rano, jak byłam w kuchni. [[PERSON:Natalka]] napisała skargę, numer
[[REFERENCE:WHT-CF-1029]], i dała mój numer NHS, [[OTHER_ID:999 713 2284]], bo pytali o zdrowie. I
wtedy przyszedł pan [[PERSON:Kowalski]], on nawet po polsku nie mówi, tylko nazwisko ma po dziadku,
[[PERSON:Adam]]. On przepraszał. Dach zrobili w dwa tygodnie, sufit nowy, pomalowali, a mnie dali
pięćset funtów i kogoś od nich, kto raz w miesiącu dzwoni, czy wszystko dobrze. Mówią, że teraz
starsze osoby z przeciekiem mają pierwszeństwo. Jak chcecie, telefon do
[[PERSON:Natalki]]: [[PHONE:07700 900 857]].
"""),
    ),
    (
        "fv2ai-ro-01",
        "ro",
        _s("""
Bun, deci... eu sunt [[PERSON:Mihaela Dumitrescu]], dar toată lumea îmi zice [[PERSON:Miha]]. Stăm în
Luton, pe [[ADDRESS:Birchwood Avenue numărul 58]], casa cu gardul albastru, lângă
magazinul românesc, [[ADDRESS:Carpați]]. Eu, soțul meu, [[PERSON:Ionuț]], și fetița, [[PERSON:Ariana]],
care are [[AGE:patru ani]]. Casa e de la [[ORGANISATION:Chiltern Gate Housing]]. Avem
[[OTHER_SPECIAL:settled status]], zic asta pentru că la început ne-au întrebat de acte, nu știu de ce.
(Voluntara: Și care a fost problema?) Mucegai. În camera [[PERSON:Arianei]], pe tavan, negru de tot.
Fata tușea toată iarna, doamna doctor de la [[ADDRESS:Leagrave Health Centre]] a zis că e
[[HEALTH:bronșită astmatiformă]] și că umezeala nu ajută. Am sunat la reparații, la
[[PHONE:01632 960 274]], numărul lucrării era [[REFERENCE:CGH-10548]]. A venit unul, [[PERSON:Steve]],
a dat cu un spray și a zis să deschidem geamurile. I-am zis lui [[PERSON:Steve]] că e decembrie, omule!
Apoi am făcut plângere, pe unșpe... nu, pe doișpe ianuarie, numărul [[REFERENCE:CGH/CMP/2207]]. Mi-a
răspuns doamna [[PERSON:Patel]], [[PERSON:Anjali Patel]], de la reclamații, și a trimis un inspector.
Au găsit că izolația din pod lipsea complet deasupra camerei [[PERSON:Arianei]]. Au pus izolație,
ventilator nou, au tratat pereții, au zugrăvit, și ne-au dat cinci sute de lire. Acum, zice doamna
[[PERSON:Patel]], orice raport de mucegai unde sunt copii mici primește inspector în două săptămâni,
nu doar zugrav. Dacă vreți să mă contactați,
[[PHONE:zero șapte șapte zero zero, nouă sute, cinci sute șaizeci și unu]], sau pe mail, [[EMAIL:miha.dumitrescu@example.net]].
"""),
    ),
    (
        "fv2ai-ro-02",
        "ro",
        _s("""
Eu sunt [[PERSON:Florin Stoica]], [[PERSON:Flori]] îmi zic ăștia de la muncă. Noi suntem
[[OTHER_SPECIAL:romi]], din Craiova, și asta contează în poveste, o să vedeți. Stăm pe
[[ADDRESS:Hollyhock Close, numărul 9]], cu nevastă-mea, [[PERSON:Luminița]], [[PERSON:Lumi]], și cu copiii,
[[PERSON:Denisa]], de [[AGE:doisprezece ani]], și [[PERSON:Robert]], de [[AGE:șapte]]. Casa e a
[[ORGANISATION:Kettlebrook Borough Council]]. (Voluntarul: Ce s-a întâmplat?) S-a stricat
centrala în octombrie. Am sunat, am dat numărul de chiriaș, [[REFERENCE:KBC-T-61930]]. A venit un
instalator de la [[ORGANISATION:Warmline Heating]], a stat în ușă, s-a uitat la noi, a zis "nu intru
aici" și a plecat. Pe fișă a scris "acces refuzat de chiriaș". Refuzat de cine, domnule? Eu eram în ușă
cu ușa deschisă! Iar la birou, o doamnă, [[PERSON:Karen]], zicea că n-au ce face, că noi am refuzat.
[[PERSON:Robert]] are [[HEALTH:epilepsie]], frigul nu e bun deloc. Am mers la biserică, la [[ADDRESS:Betel]], de pe stradă — suntem
[[OTHER_SPECIAL:penticostali]] — și pastorul, fratele [[PERSON:Marian]], m-a ajutat să scriu
plângerea. Ne-au cerut și buletinul, seria și numărul, [[OTHER_ID:DX 739214]]. Număr plângere
[[REFERENCE:KBC-COMP-08812]]. Au răspuns după trei săptămâni — nu, patru — domnul
[[PERSON:Whitfield]], șeful de la reparații. Au ascultat apelul, au vorbit cu instalatorul, și a
recunoscut că n-a vrut să intre "la [[OTHER_SPECIAL:țigani]]". Ne-au cerut scuze în scris, firma a fost scoasă de pe
lista lor, centrala nouă în două zile și șase sute de lire. Și acum, zice domnul [[PERSON:Whitfield]],
orice "acces refuzat" trebuie confirmat cu chiriașul la telefon înainte să închidă lucrarea.
[[PERSON:Denisa]] a scris și ea o scrisoare de mulțumire. Telefonul meu e [[PHONE:0121 496 0618]].
"""),
    ),
    (
        "fv2ai-ro-03",
        "ro",
        _s("""
Salut. [[PERSON:Andrei Popa]], am [[AGE:douăzeci și patru de ani]], lucrez ca livrator, pe bicicletă. Stau
în [[ADDRESS:Severn Tower]], la [[ADDRESS:apartamentul 41]], blocul ăla înalt de lângă
pubul [[ADDRESS:Black Swan]], codul poștal e [[POSTCODE:gl14ns]], așa, lipit. Blocul e al
[[ORGANISATION:Severnside Living]]. (Voluntara: Care a fost problema?) Ușa de la intrare. Încuietoarea
era stricată, ușa stătea deschisă zi și noapte, intra oricine, dormeau oameni pe scări. Și într-o
noapte mi-au furat bicicleta din hol, cu tot cu cutia de livrări, adică mi-au furat munca. Am
raportat, nr. [[REFERENCE:SL-CW-3348]], au zis că vine [[ORGANISATION:LockSafe Solutions]]. N-a
venit nimeni o lună. Am pus și video pe Instagram, la mine pe cont,
[[OTHER_ID:@andrei.pedaleaza]], cu ușa deschisă la trei noaptea, mulți vecini au dat share. Apoi
i-am scris [[PERSON:Gemmei]], ofițerul de bloc, de pe mailul meu,
[[EMAIL:andrei punct popa arond example punct com]], și am făcut plângere formală, nr.
[[REFERENCE:SL/COMP/7719]]. [[PERSON:Gemma]] a fost de treabă, sincer, ea a împins-o mai sus. A
răspuns un manager, [[PERSON:Dev]], [[PERSON:Devinder Sahota]], care a zis că lucrarea fusese pusă
"de rutină" în loc de "urgentă, securitate". Au schimbat ușa cu una nouă, cu cartelă, au pus cameră
în hol și un loc închis pentru biciclete. Mie mi-au dat trei sute cincizeci de lire pentru bicicletă
și ca despăgubire. Acum orice problemă la ușa de intrare se repară în douăzeci și patru de ore. Vecinul
meu, [[PERSON:Tudor]], de la [[ADDRESS:apartamentul 38]], zice că doarme mai liniștit.
"""),
    ),
    (
        "fv2ai-ro-04",
        "ro",
        _s("""
E vorba de mama mea, eu sunt fiica, [[PERSON:Elena Marinescu]]. Mama e [[PERSON:Maria Ghiță]], născută
pe [[DATE_OF_BIRTH:doisprezece martie o mie nouă sute patruzeci și șase]], deci are
[[AGE:șaptezeci și nouă de ani]]. Are [[HEALTH:demență]], [[HEALTH:Alzheimer]], la început. Stă
singură, într-un apartament mic de bătrâni, [[ADDRESS:Primrose Court, numărul 6]], cod
[[POSTCODE:NG5 8EW]], de la [[ORGANISATION:Sherwood Fields Housing]], chiar lângă biserica noastră,
[[ADDRESS:Sfântul Nicolae]]. Suntem [[OTHER_SPECIAL:ortodocși]], părintele
[[PERSON:Vasile]] o vizitează des, el a observat primul. (Voluntarul: Ce anume?) Că n-are apă caldă.
Mama nu știa să spună, ea uită. Părintele [[PERSON:Vasile]] m-a sunat, eu am sunat la ei, la
[[PHONE:0115 496 0392]], și mi-au zis că nu pot vorbi cu mine, că nu sunt chiriașa. Le-am zis că
mama are [[HEALTH:demență]], m-au pus să trimit acte, i-am trimis și pașaportul mamei, numărul
[[OTHER_ID:058147396]], și tot nu. Trei săptămâni fără apă caldă, în noiembrie. (Voluntarul: Și
plângerea?) Am făcut-o pe data de... cinci decembrie, nu, patru, numărul
[[REFERENCE:SFH-C-22015]]. A sunat doamna [[PERSON:Stan]], [[PERSON:Carmen Stan]], care e tot
[[OTHER_SPECIAL:româncă]], lucrează la ei la chiriași vulnerabili, și s-a ocupat ea. Boilerul schimbat în două zile,
scuze în scris, două sute de lire pentru mama, și acum eu sunt trecută oficial ca persoană de contact,
cu acordul mamei, semnat. Mai mult, acum au o listă cu toți bătrânii cu [[HEALTH:demență]] și
verifică încălzirea la ei în fiecare toamnă. Mailul meu: [[EMAIL:elena.marinescu@example.com]].
"""),
    ),
    (
        "fv2ai-ro-05",
        "ro",
        _s("""
Io sunt [[PERSON:Costel Radu]], [[PERSON:Costică]] pentru prieteni. Stăm în Reading, nevastă-mea
[[PERSON:Roxana]], [[PERSON:Roxi]], și băiatul, [[PERSON:David]], care are [[AGE:zece ani]] și e la
[[ADDRESS:Greenhill Academy]]. Adresa e [[ADDRESS:Kennet Walk 112]], [[POSTCODE:rg14bq]]. Proprietarul e
[[ORGANISATION:Loddon Vale Homes]]. (Voluntara: Ce s-a întâmplat?) Mirosea a gaz. În bucătărie. Eu
lucrez pe șantier, vin seara, și [[PERSON:Roxi]] zice: [[PERSON:Costele]], miroase. Am sunat la urgență, au venit,
au închis gazul și au lipit o etichetă pe aragaz, "nu folosiți". Bun. Și apoi... nimic. Două
săptămâni fără aragaz, fără încălzire, cu [[PERSON:Roxi]] însărcinată în luna a șaptea. Am sunat de
nu știu câte ori, nr. [[REFERENCE:LVH-GAS-0473]]. Firma, [[ORGANISATION:SafeFlame Gas Services]],
ne tot dădea programări și nu venea. Un tip, [[PERSON:Liam]], a venit o dată, a zis că nu are piesa.
(Voluntara: Ați făcut plângere?) Da, băiatul a scris-o, [[PERSON:David]], că el știe engleză mai bine
ca noi. Nr. [[REFERENCE:LVH/CMP/5561]], pe treișpe februarie, sau paișpe, nu mai știu. A răspuns
doamna [[PERSON:O'Brien]], [[PERSON:Niamh]], și a zis că programările s-au pierdut între firmă și ei.
În două zile ne-au schimbat țeava de gaz și aragazul, și ne-au dat bani pentru mâncare gătită, tot ce
am cumpărat, plus patru sute de lire. Banii au venit în cont, sort code [[OTHER_ID:20-45-77]],
cont [[OTHER_ID:63018842]]. Acum, zic ei, dacă gazul e oprit la o familie, trebuie să vină cineva
în trei zile, și îți dau plită electrică până atunci. Și [[PERSON:Roxi]] a născut, fată,
[[PERSON:Ilinca]]. Telefon: [[PHONE:07700 900 192]].
"""),
    ),
    (
        "fv2ai-ur-01",
        "ur",
        _s("""
جی، میرا نام [[PERSON:نسرین اختر]] ہے۔ ہم بریڈفورڈ میں رہتے ہیں، [[ADDRESS:۱۶ ہیدر بینک روڈ]]، وہ جو
[[ADDRESS:جامع مسجد حنفیہ]] کے بالکل سامنے والی گلی ہے۔ گھر [[ORGANISATION:ایئر ڈیل ہومز]] کا ہے۔ میرے
شوہر [[PERSON:طارق]]، اور دو بچے — بیٹی [[PERSON:علیشہ]]، [[AGE:آٹھ سال]] کی، اور بیٹا [[PERSON:حمزہ]]،
[[AGE:دو سال]] کا۔ (رضاکار: مسئلہ کیا تھا؟) نمی، سیلن، کالی پھپھوندی۔ بچوں کے کمرے میں کھڑکی کے نیچے
پوری دیوار کالی۔ [[PERSON:حمزہ]] کو بار بار سینے کا انفیکشن، [[ADDRESS:لٹل ہارٹن میڈیکل سینٹر]] کی ڈاکٹر
صاحبہ نے کہا کہ اسے [[HEALTH:دمہ]] ہو رہا ہے اور نمی کی وجہ سے۔ میں نے فون کیا [[PHONE:۰۱۱۳ ۴۹۶ ۰۵۱۸]]
پر، مرمت کا نمبر ملا [[REFERENCE:ADH-44172]]۔ ایک بندہ آیا، [[PERSON:کریگ]]، اس نے سپرے کیا، پینٹ کیا،
بولا کپڑے اندر مت سکھاؤ۔ بھئی سردی میں کہاں سکھائیں؟ دو مہینے بعد پھر وہی۔ پھر میری نند [[PERSON:رخسانہ]]
نے، وہ انگریزی اچھی لکھتی ہے، شکایت لکھی، نومبر کی آٹھ تاریخ کو، نہیں، نو کو، شکایت نمبر
[[REFERENCE:ADH/CMP/9031]]۔ اس کے بعد مسز [[PERSON:ہیوز]] آئیں، کمپلینٹ ٹیم سے، اور انہوں نے ایک
سروے کرنے والا بھیجا۔ پتا چلا کہ اوپر چھت کا پرنالہ ٹوٹا ہوا تھا، پانی سیدھا دیوار میں جا رہا تھا۔
سال بھر سے! پرنالہ ٹھیک کیا، دیوار سکھائی، نیا پلستر، کمرے میں پنکھا لگایا، اور پانچ سو پاؤنڈ دیے۔
اب وہ کہتے ہیں کہ جہاں چھوٹے بچے ہوں، وہاں پھپھوندی کی شکایت پر پہلے سروے ہوگا، پینٹ بعد میں۔
[[PERSON:علیشہ]] اب اپنے کمرے میں سوتی ہے، پہلے میرے ساتھ سوتی تھی۔ میرا موبائل لکھ لیں،
[[PHONE:صفر سات سات صفر صفر، نو سو، چار سو اکیس]]۔
"""),
    ),
    (
        "fv2ai-ur-02",
        "ur",
        _s("""
السلام علیکم۔ میں [[PERSON:محمد عارف]]، لیکن سب مجھے [[PERSON:پپو]] کہتے ہیں۔ برمنگھم، سپارک ہل میں،
[[ADDRESS:ایلم ووڈ روڈ، مکان نمبر ۸۸]]، [[ADDRESS:مدینہ کیش اینڈ کیری]] سے تین گھر آگے۔ کونسل کا گھر
نہیں، [[ORGANISATION:ہارٹ لینڈز ہاؤسنگ ٹرسٹ]] کا ہے۔ (رضاکار: کیا ہوا تھا؟) چھت ٹپکتی تھی جی۔ سیڑھیوں
کے اوپر۔ پہلے ایک دھبہ، پھر بالٹی، پھر دو بالٹیاں۔ میں ٹیکسی چلاتا ہوں، رات کو آتا ہوں، ایک رات اندھیرے
میں پھسل گیا اور کمر میں چوٹ آ گئی، [[HEALTH:سلپ ڈسک]]۔ تین ہفتے گاڑی نہیں چلا سکا — میری گاڑی،
[[OTHER_ID:BN19 TXL]]، گھر کے باہر کھڑی رہی، کمائی بند۔ رپورٹ نمبر [[REFERENCE:HHT-R-30846]]۔ ٹھیکیدار
[[ORGANISATION:پرائم روفنگ]] والے دو دفعہ آئے، ایک دفعہ بولے سیڑھی چھوٹی ہے، دوسری دفعہ بولے بارش ہو
رہی ہے۔ ہاہا۔ پھر میری بیٹی [[PERSON:سارہ]] نے — جی میری بیٹی کا نام بھی [[PERSON:سارہ]] ہے اور ان کی
افسر کا بھی، بڑا کنفیوژن ہوا — اس نے شکایت لکھی، نمبر [[REFERENCE:HHT-C-1193]]۔ ان کی والی
[[PERSON:سارہ]]، [[PERSON:سارہ جینکنز]]، اس نے جواب دیا کہ ٹھیکیدار کا کام ہے۔ تو ہم ہاؤسنگ اومبڈسمین کے
پاس گئے، کیس نمبر [[REFERENCE:202406571]]، یہ مئی تھا... نہیں، جون کا شروع۔ اومبڈسمین کے کہنے پر
[[PERSON:کیون]] نام کا مینیجر آیا، اس نے خود اوپر چڑھ کر دیکھا۔ پوری چھت کی ٹائلیں نئی لگیں، سیڑھیوں
کا پلستر، اور سات سو پچاس پاؤنڈ، جس میں میری کمائی کا نقصان بھی شامل تھا۔ اب وہ ہر چھت کی شکایت پر
دوسری بار کے بعد اپنا سروئیر بھیجتے ہیں۔ بیٹی کا ای میل دے دیتا ہوں، وہ دیکھتی ہے:
[[EMAIL:sarah.arif@example.co.uk]]۔
"""),
    ),
    (
        "fv2ai-ur-03",
        "ur",
        _s("""
میرا نام [[PERSON:سلیم مسیح]] ہے۔ ہم [[OTHER_SPECIAL:پاکستانی مسیحی]] ہیں، گوجرانوالہ سے آئے
تھے۔ ہم ساؤتھ آل میں، [[ADDRESS:ونڈسر ہاؤس]] میں رہتے ہیں، [[ADDRESS:فلیٹ نمبر بتیس]]، یہ
[[ADDRESS:سینٹ اینڈریوز چرچ]] کے پیچھے والا بلاک ہے، ہم وہیں اردو والی سروس میں جاتے ہیں۔ بلاک
[[ORGANISATION:کولنی بروک ہوم]] کا ہے۔ میری بیوی [[PERSON:روبینہ]]، بچے [[PERSON:جوزف]] اور
[[PERSON:مریم]]، [[PERSON:جوزف]] [[AGE:بارہ سال]] کا ہے۔ (رضاکار: شکایت کس بارے میں تھی؟) آگ سے حفاظت۔
ہمارے فلور کا فائر ڈور ٹوٹا ہوا تھا، بند ہی نہیں ہوتا تھا، اور سیڑھیوں کے دھوئیں والے الارم کی بتی بند۔
گرین فیل کے بعد تو ہم ڈرتے ہیں نا۔ میں نے رپورٹ کیا، ریفرنس [[REFERENCE:CBH-FS-2025-118]]، وہ
[[ORGANISATION:فائر گارڈ سسٹمز]] کو بھیج دیتے، وہ آ کر تصویر لیتے اور چلے جاتے۔ چار مہینے۔ پھر ایک
رات واقعی نیچے کوڑے میں آگ لگی، دھواں سیڑھیوں میں، الارم نہیں بجا۔ ہمارے پڑوسی [[PERSON:ڈینی]] نے
دروازے کھٹکھٹائے۔ [[PERSON:روبینہ]] کو [[HEALTH:اینجائنا]] ہے، وہ بہت گھبرا گئی۔ اس کے
بعد میں نے شکایت کی، اکتیس مارچ کو — نہیں، یکم اپریل تھی، اپریل فول والا دن، یاد ہے — نمبر
[[REFERENCE:CBH/C/6402]]۔ [[PERSON:جوزف]] نے اپنے فون سے ویڈیو بھی بھیجی۔ پھر ان کے سیفٹی مینیجر،
مسٹر [[PERSON:اولووالے]]، ہمارے فلیٹ آئے، معافی مانگی، کہا کہ ہماری رپورٹیں "کاسمیٹک" سمجھی گئیں۔ ایک
ہفتے میں سارے فائر ڈور نئے، نئے الارم، اور ہر ہفتے چیک۔ ہمیں دو سو پچاس پاؤنڈ دیے۔ اب انہوں نے ہر
بلاک میں ایک رہائشی کو فائر ریپ بنایا ہے، ہمارے بلاک میں میں ہوں۔ میرا نمبر [[PHONE:020 7946 0263]]۔
"""),
    ),
    (
        "fv2ai-ur-04",
        "ur",
        _s("""
(رضاکار: آپ کس کی طرف سے بات کر رہی ہیں؟) میرے سسر کی طرف سے، حاجی صاحب، [[PERSON:غلام رسول]]۔ میں ان
کی بہو ہوں، [[PERSON:شازیہ بی بی]]۔ ابا جی کی تاریخِ پیدائش [[DATE_OF_BIRTH:یکم جنوری ۱۹۴۹]] ہے، سب
کاغذوں پر یہی ہے، ہاہا۔ عمر [[AGE:چھہتر سال]]۔ ان کو [[HEALTH:سی او پی ڈی]] ہے، سانس پھولتا ہے۔ وہ
اکیلے رہتے تھے، تیسری منزل کے فلیٹ میں، [[ADDRESS:گلیڈ سٹون کورٹ، فلیٹ بائیس]]، پوسٹ کوڈ
[[POSTCODE:bd89lk]]، اور بلڈنگ میں لفٹ نہیں ہے۔ مالک [[ORGANISATION:انکام ویلی ہاؤسنگ]]۔ ڈاکٹر صاحب نے
خط لکھا تھا، [[ADDRESS:ویسٹ گیٹ سرجری]] سے، کہ ان کو گراؤنڈ فلور چاہیے، اس پر ان کا این ایچ ایس نمبر
بھی ہے، [[OTHER_ID:۹۹۹ ۵۰۴ ۱۷۶۳]]۔ ہم نے ٹرانسفر کی درخواست دی، نمبر [[REFERENCE:IVH-TR-5027]]۔ ایک
سال۔ ایک سال کچھ نہیں ہوا۔ ابا جی سیڑھیاں چڑھتے ہوئے دو دفعہ بیٹھ گئے، ایک دفعہ ایمبولینس آئی۔ میرے
شوہر [[PERSON:ندیم]] نے فون کیے، [[PERSON:کلیئر]] نام کی لڑکی کہتی رہی "آپ لسٹ پر ہیں"۔ پھر ہم نے
شکایت کی، نمبر [[REFERENCE:IVH-CF-0881]]۔ (رضاکار: پھر کیا ہوا؟) پھر مسٹر [[PERSON:چوہدری]] کا فون
آیا، [[PERSON:عمران چوہدری]]، انہوں نے مانا کہ ڈاکٹر کا خط فائل میں لگا ہی نہیں تھا۔ دو مہینے میں ابا جی
کو ہمارے پاس ہی، [[ADDRESS:بیلمونٹ ٹیرس]] پر، ایک گراؤنڈ فلور فلیٹ مل گیا، سامان بھی انہوں نے خود شفٹ
کروایا، اور تین سو پاؤنڈ دیے۔ پیسے ابا جی کے اکاؤنٹ میں آئے، سورٹ کوڈ [[OTHER_ID:۰۹-۰۱-۲۸]]، اکاؤنٹ
نمبر [[OTHER_ID:۴۴۷۱۲۰۹۳]]۔ اب وہ کہتے ہیں کہ ڈاکٹر کا خط آئے تو ایک ہفتے میں کوئی فون کرے گا۔
"""),
    ),
    (
        "fv2ai-ur-05",
        "ur",
        _s("""
ہائے، میں [[PERSON:ایمان ملک]] ہوں، [[AGE:تئیس سال]] کی، نرسنگ کی سٹوڈنٹ ہوں۔ مانچسٹر میں، لانگسائٹ میں،
[[ADDRESS:۳ اے، ہولی روڈ]]، اوپر والا فلیٹ، نیچے [[ADDRESS:کراچی سویٹس]] ہے۔ پوسٹ کوڈ
[[POSTCODE:M13 0RX]]۔ فلیٹ [[ORGANISATION:پینائن گیٹ ہاؤسنگ]] کا ہے۔ (رضاکار: کیا مسئلہ تھا؟) بوائلر۔
یار، پوری سردیاں۔ گرم پانی کبھی آتا کبھی نہیں۔ میں ہسپتال سے بارہ گھنٹے کی شفٹ کر کے آتی، ٹھنڈے پانی
سے نہاتی۔ میں نے رپورٹ کیا، جاب نمبر [[REFERENCE:PGH 7781 3]]، پھر دوسرا [[REFERENCE:PGH 7790 1]]۔
[[ORGANISATION:ہیٹ کیئر نارتھ]] کا انجینئر، [[PERSON:جیمی]]، ہر بار ری سیٹ کر کے چلا جاتا۔ ساتھ والی آنٹی
[[PERSON:شمیم]]، وہ [[ADDRESS:۳ بی]] میں رہتی ہیں، ان کا بھی یہی حال، ان کا بوائلر بھی وہی پرانا۔ تو میں نے
انسٹاگرام پر سٹوری ڈالی، [[OTHER_ID:@iman.in.scrubs]] سے، اور کمپنی کو ٹیگ کیا۔ اگلے دن ای میل آئی! میں
نے باقاعدہ شکایت کی، اپنی ای میل سے، [[EMAIL:iman dot malik ninety eight at example dot com]]،
شکایت نمبر [[REFERENCE:PGH-CMP-4406]]۔ دسمبر کی بیس تاریخ، نہیں، اکیس، جمعہ تھا۔ مس
[[PERSON:اوکافور]] نے جواب دیا، [[PERSON:چیومے]] — میں نے نام پوچھا تھا، [[PERSON:چی اوو مے]] — اور کہا کہ دونوں
فلیٹوں کے بوائلر دس سال پرانے ہیں اور بدلنے کی لسٹ میں تھے۔ جنوری میں دونوں نئے لگ گئے، مجھے دو سو
پاؤنڈ، آنٹی کو بھی۔ اب ان کا رول ہے کہ ایک ہی بوائلر تین بار ری سیٹ ہو تو بدلا جائے گا۔ نمبر چاہیے تو
[[PHONE:+44 161 496 0927]]، واٹس ایپ پر بھی ہوں۔
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
