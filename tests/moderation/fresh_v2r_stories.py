"""Fresh held-out PII stories, batch r (eighteenth writer), marked under version 2.

35 short case studies of social housing complaints put right, five each in English,
Arabic, Bengali, Punjabi (Gurmukhi), Polish, Romanian and Urdu. They are written as the
texts people really send: text-message and WhatsApp threads pasted into a complaint,
voicemail transcripts with the caseworker's note underneath, a resident's notes on the
back of a stage 2 letter, free-text replies to a landlord's satisfaction survey, and
forum or Facebook group posts asking for advice followed by the update once it was
fixed. The writing is informal: missing capitals, abbreviations, Polish and Romanian
typed with and without diacritics, English words mixed into the Arabic, Bengali,
Punjabi and Urdu, names typed in lower case, family nicknames and diminutives,
inflected Polish and Romanian names, and English names written in Arabic, Bengali,
Gurmukhi and Urdu script beside transliterations.

Kinds of detail: people in every role (residents, children, neighbours, officers,
operatives, advocates, caseworkers), full and partial addresses ("number 41", "flat
3b", "the basement flat at 5"), named blocks and estates, schools, nurseries, GP
surgeries, a mosque, a gurdwara and a church that locate a home, postcodes in several
spellings, phone numbers in Ofcom drama ranges (some spoken in words), emails (some
spelled out), landlord references, NI numbers, dates of birth in figures and words,
ages, NHS numbers, vehicle registrations, social handles, sort codes and account
endings, landlord and contractor names, health conditions, and ethnicity, religion or
immigration status.

Measured on 7 December 2026 at first sight, on two detectors neither changed for this batch:
the detector as it landed after round 14 (leak-free 74.3% of 35, recall 96.4%, precision 93.1%;
by language en 80%, ar 60%, bn 60%, pa 40%, pl 100%, ro 100%, ur 80% of 5 each), and the same
with round 15's first part, the recall-first layer written before this batch was opened
(scripts/_unknown_words, doubt.py): leak-free 77.1%, recall 97.4%, precision 89.5% (pa 60%).
After round 15's second part, made from batches S and T's misses: 82.9% / 98.1% / 89.1%.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2r-en-01",
        "en",
        _s("""
posted in the Renters Help forum by [[OTHER_ID:@damp_n_dismal]]:
hi all, need advice pls. we live in [[ADDRESS:flat 7 Bellhanger Court]] off the high st,
[[POSTCODE:ol9 6wx]]. black mould in both bedrooms since last winter and my youngest
[[PERSON:Tilly]] is [[AGE:3]], shes had [[HEALTH:bronchiolitis]] twice now. landlord is
[[ORGANISATION:Ashbrook Vale Housing]], they keep sending a guy everyone calls [[PERSON:Dazza]]
(real name [[PERSON:Darren]] i think) who sprays it with bleach and goes. repair ref
[[REFERENCE:AVH/R/220917]]. do i have to go thru my councillor before the ombudsman??
reply from [[OTHER_ID:@tenantsfriend_kath]]: no you dont, that rule went in 2022. put a
formal complaint in writing, say its stage 1, ask when they will reply. photos with dates on.
UPDATE 3 months on: thanks everyone. sent the complaint to
[[EMAIL:avh.complaints@example.org]], got ref [[REFERENCE:CMP-04471]]. they sent a surveyor,
mrs [[PERSON:Adeyemi]], who found the bathroom and bedroom extractor fans were never wired in
and the loft insulation was missing over our end of the block. new fans, insulation, mould
wash and repaint, and £400 for [[PERSON:Tilly]]'s ruined bedding and the extra heating.
[[PERSON:Adeyemi]] rang me every friday from [[PHONE:0161 496 0738]] which honestly made the
difference. their lesson: stop treating mould as a cleaning job. mine: put it in writing sooner.
"""),
    ),
    (
        "fv2r-en-02",
        "en",
        _s("""
voicemail tues 09:52, transcribed by the phone so excuse the spelling:
'hiya [[PERSON:Bernie]] love its [[PERSON:Gloria Mbatha]] from [[ADDRESS:flat 94 Kestrel House]],
you did my form last month. the lift's gone again, third time since easter, and I cant do
nine floors with my [[HEALTH:COPD]], I've not been out since saturday. my grandson
[[PERSON:Kwame]] has been bringing my shopping up, he's only [[AGE:12]] bless him. repairs just
say its logged, job number [[REFERENCE:LF-88213]]. can you ring me back on
[[PHONE:oh one two one, four nine six, oh four four one]], or ring my daughter
[[PERSON:Precious]] on [[PHONE:07700 900517]]. ta-ra.'
[[PERSON:Bernie]]'s notes underneath: rang [[PERSON:Gloria]] back 11:15. raised a stage 1
complaint with [[ORGANISATION:Hallmoor Homes]] the same day, said she has [[HEALTH:COPD]] and
that [[ADDRESS:Kestrel House]] has only the one lift. reply in 9 working days: their contractor
[[ORGANISATION:Upright Lift Services]] had been patching a failing controller board instead of
replacing it. board replaced, an evacuation chair and trained staff on call, welfare calls
every day the lift is down, and £250 to [[PERSON:Gloria]]. their lesson, in writing:
single-lift blocks with vulnerable residents need a plan before the lift fails, not after.
"""),
    ),
    (
        "fv2r-en-03",
        "en",
        _s("""
texts with my neighbour, pasted in for the complaint panel:
me: u hear that last night? 3am bass thru the wall again
[[PERSON:shaz]]: yeh. [[PERSON:ronnie]] at [[ADDRESS:number 41]]. my [[PERSON:kayden]] has
[[HEALTH:epilepsy]], no sleep sets him off, he had a fit sat morning
me: omg. did u log it?
[[PERSON:shaz]]: logged with [[ORGANISATION:Brindle Cross Homes]] asb team, case
[[REFERENCE:ASB-2023-0719]]. officer is [[PERSON:marek]] something
me: [[PERSON:marek wozniak]], he gave me his mobile [[PHONE:07700 900264]] but it just rings out
[[PERSON:shaz]]: they said keep diaries. weve kept diaries for 5 months!!
me: right im doing a formal complaint. stage 1. ur [[PERSON:kayden]] going in it
[[PERSON:shaz]]: do it babe
my note, 6 weeks later: complaint upheld at stage 1. they admitted our diaries sat unread
because [[PERSON:marek]] went off sick and nobody picked up his cases. they listened to the
noise app recordings, the tenant at [[ADDRESS:41 Pellow Road]] signed an acceptable behaviour
contract, they put acoustic boarding on the party wall in [[PERSON:shaz]]'s bedroom and
gave us a named backup officer, [[PERSON:Siu-Ling Chan]], who texts every week from
[[PHONE:0113 496 0390]]. £150 each for the time it took. lesson they wrote: no asb case goes
without an owner when staff are off.
"""),
    ),
    (
        "fv2r-en-04",
        "en",
        _s("""
residents survey 2024, free text answers, typed up by my granddaughter
Name (optional): [[PERSON:Winston Thorpe-Clarke]]
Address: [[ADDRESS:22a Mulberry Walk]], [[POSTCODE:B23 7QY]]
Tenancy ref: [[REFERENCE:T-0093321]]
Date of birth: [[DATE_OF_BIRTH:04/03/1951]]
Q7. Tell us about a time we put something right.
boiler packed up two days before christmas. I'm [[AGE:73]] and I have [[HEALTH:Raynaud's]] so
the cold gets in my hands bad. out of hours said no engineer til the 28th. my granddaughter
[[PERSON:Imani]] rang [[ORGANISATION:Castlebrook Housing Trust]] on [[PHONE:0121 496 0982]] and
asked them to log it as a complaint not a repair. within the hour a young man called
[[PERSON:Gethin]] from [[ORGANISATION:Warmfront Gas Ltd]] came with two oil heaters, and the
next day he fitted a new pump. they wrote after to say the out of hours script never asked
about age or health, and now it does.
Q8. Anything we could do better?
ask us. we are older than your computer. and put the complaints number on the boiler sticker,
not just the repairs one.
Q9. Can we contact you?
yes, through [[PERSON:Imani]], [[EMAIL:imani.tc@example.net]]
"""),
    ),
    (
        "fv2r-en-05",
        "en",
        _s("""
(written on the back of the stage 2 letter so I dont forget)
- 3 feb, first call, spoke to [[PERSON:Leanne]] in lettings. told her 7 of us in a 2 bed at
[[ADDRESS:flat 3b Greatorex Buildings]]. she said go on the list. we have BEEN on the list
since 2019, housing register no [[REFERENCE:HR-551902]]
- eldest [[PERSON:Hodan]] ([[AGE:16]]) sleeps on a mattress in the kitchen, doing GCSEs at
[[ADDRESS:St Aldhelm's Academy]]
- twins [[PERSON:Abdi]] and [[PERSON:Yusuf]] ([[AGE:9]]) share with baby [[PERSON:Ubah]]
- letter from [[ADDRESS:Whitehorse Lane Medical Centre]] about my [[HEALTH:asthma]] and the damp
- 14 march complaint emailed to [[ORGANISATION:Northbank Estates Housing]], stage 1 reply
said no further action
- my sister in law [[PERSON:Faadumo]] said dont give up, ask for stage 2
- stage 2 (this letter): they admit they had us down as a family of 5 not 7, never updated
after the twins and baby. band raised to A. offer 3 weeks later, 4 bed house at
[[ADDRESS:17 Caddick Grove]], [[POSTCODE:N15 3WE]]. apology and £300.
- officer Mr [[PERSON:Tesfaye]] booked an interpreter for the viewing without me asking, said
he knows how it is, he came here as a [[OTHER_SPECIAL:refugee from Eritrea]] himself
- lesson (their words): check household size every time someone calls, not only at application
- my mobile for them: [[PHONE:07700 900833]]
"""),
    ),
    (
        "fv2r-ar-01",
        "ar",
        _s("""
نسخت هالمحادثة من جروب واتساب سكان [[ADDRESS:Larkspur House]] وبعتها مع الشكوى:
[[PERSON:سمير]]: مسا الخير يا جماعة، التدفئة والمي السخنة مقطوعين من يوم الجمعة، حدا غيري؟
[[PERSON:أم يوسف]]: نحنا ساكنين [[ADDRESS:شقة 12]] ونفس الشي. [[PERSON:يوسف]] عمره
[[AGE:6 سنين]] وعنده [[HEALTH:ربو]]، البرد عم يتعبه كتير
[[PERSON:سمير]]: اتصلت على [[ORGANISATION:Harrowgate Living]] قالوا الـ boiler المركزي خربان وناطرين قطعة
[[PERSON:لينا]]: أنا قدمت complaint رسمي، الرقم [[REFERENCE:HLC-30562]]. الموظف اسمه
[[PERSON:ستيف]]، رقمه المباشر [[PHONE:0113 496 0275]]، احكوه كلكن
[[PERSON:أم يوسف]]: الله يجزيكي الخير يا [[PERSON:لولو]]
بعد أسبوعين كتبت [[PERSON:لينا]] بالجروب:
[[PERSON:لينا]]: أخبار حلوة! ردوا على الشكوى بالمرحلة الأولى. اعترفوا إنو ما حدا بلّغ السكان
بالعطل وإنو ما وزعوا دفايات متل ما لازم. رجعت التدفئة من امبارح، وكل شقة رح تاخد تعويض 150
جنيه، والعيل اللي فيها أطفال أو كبار بالعمر صار إلها أولوية. [[PERSON:ستيف]] قال إنهم رح
يبعتوا SMS لكل البناية بأي عطل جاي، وما حدا يضطر يتصل عشر مرات.
[[PERSON:سمير]]: يعني الشكوى بتفرق فعلاً. يسلمو [[PERSON:لينا]]
"""),
    ),
    (
        "fv2r-ar-02",
        "ar",
        _s("""
رسالة صوتية تركتها لمكتب المساعدة، مكتوبة زي ما اتقالت:
«السلام عليكم، معاكم [[PERSON:نور الهدى عبد الرحمن]]، ساكنة في [[ADDRESS:14 ثورنلي رود]]،
[[POSTCODE:LS11 7PN]]. سقف الحمام بينزل منه مية من الشقة اللي فوق بقاله تلات شهور، والمية
قريبة من لمبة الكهربا وأنا خايفة. اشتكيت لـ[[ORGANISATION:Airedale Community Homes]] خمس مرات
ورقم البلاغ [[REFERENCE:ACH 771 09]]. جوزي [[PERSON:حسام]] عنده [[HEALTH:السكري]] ورجله تعبانة ومش
بيقدر يطلع وينزل كتير. رقمي [[PHONE:صفر سبعة سبعة صفر صفر، تسعمية، تلاتة واحد أربعة]]، والإيميل
[[EMAIL:noor dot abdelrahman at example dot com]]. ياريت تكلموني بعد الساعة تلاتة لما بنتي
[[PERSON:جميلة]] ترجع من [[ADDRESS:مدرسة هولين بارك الابتدائية]] عشان هي اللي بتترجم لي. شكراً.»
ملاحظة المستشار [[PERSON:كريم]]: ساعدناها تقدم شكوى رسمية بالمرحلة الأولى. خلال عشر أيام
عمل جديد: السباك لقى ماسورة مكسورة تحت أرضية الشقة اللي فوق، اتصلحت، واتغير السقف، واتعمل فحص
كهربا كامل. اعتذروا لأنهم كانوا بيسجلوا كل بلاغ كأنه جديد ومحدش شاف التاريخ كله، ودفعوا 375
جنيه. الدرس اللي كتبوه: البلاغ اللي بيتكرر لازم يروح لمشرف من تاني مرة.
"""),
    ),
    (
        "fv2r-ar-03",
        "ar",
        _s("""
منشور في منتدى سكان مانشستر، قسم السكن:
العنوان: فئران بالشقة والجمعية ما ترد، شنو أسوي؟
السلام عليكم. أنا [[PERSON:آزاد]]، [[OTHER_SPECIAL:كردي من السليمانية]] وعندي
[[OTHER_SPECIAL:إقامة لاجئ]]، أسكن ويا زوجتي [[PERSON:شيلان]] وبنتنا [[PERSON:روناك]] عمرها
[[AGE:18 شهر]] في [[ADDRESS:9 كروسفيلد ستريت]]، ورا [[ADDRESS:جامع الرحمة]]. الفئران بالمطبخ ووره
الثلاجة، والعامل من [[ORGANISATION:Pestaway North]] يجي يحط سم ويروح. رقم الطلب
[[REFERENCE:PN-4478-B]]. المالك [[ORGANISATION:Irk Valley Housing]]. لازم أروح للنائب أول؟
رد [[OTHER_ID:@abu_hamza_mcr]]: لا أخي، من 2022 تگدر تروح للـ Housing Ombudsman مباشرة بعد ما
تخلص مراحل الشكوى عند المالك. اكتب شكوى رسمية واطلب رقمها وموعد الرد.
تحديث بعد شهرين: شكراً للجميع. دزيت الشكوى بالإيميل على [[EMAIL:complaints.ivh@example.org]]
واتصلت بيّ موظفة اسمها [[PERSON:بريدجيت]]. جابوا مسّاح وشاف فتحات حول الأنابيب تحت المغسلة
وبالجدار الخلفي. سدوها كلها بشبك معدني، ونظفوا، وبدلوا خزانات المطبخ. من وكتها ما شفنا ولا
فأر. اعتذروا وانطونا 200 باوند. الدرس اللي كتبوه: رش السم بدون سد المداخل مضيعة فلوس.
"""),
    ),
    (
        "fv2r-ar-04",
        "ar",
        _s("""
ردي على استبيان [[ORGANISATION:Tamesis Homes Group]] بعد قفل الشكوى:
الاسم: [[PERSON:عوض الكريم محجوب]]
العنوان: [[ADDRESS:شقة 5، فالكون ميوز]]، [[POSTCODE:se15 4ht]]
الهاتف: [[PHONE:020 7946 0613]]
كيف تقيّم تعاملنا مع شكواك؟ 4 من 5
التفاصيل: عمري [[AGE:67 سنة]]، وبعد [[HEALTH:الجلطة الدماغية]] السنة الفاتت ما بقدر أدخل
البانيو. أخصائية العلاج الوظيفي من [[ADDRESS:مركز كولفيلد الصحي]] طلبت غرفة استحمام (wet room)
من ست شهور، والطلب ضاع بين قسم الصيانة وقسم الـ adaptations. بتي [[PERSON:أمونة]] كتبت الشكوى،
رقمها [[REFERENCE:TH/COMP/8812]]. بعد الشكوى عيّنوا مسؤولة واحدة للملف، الأستاذة [[PERSON:فيكي]]،
وكانت بتتصل كل أسبوع. في سبعة أسابيع اتعمل الـ wet room وركبوا مسكات في الحمام والممر. اعتذروا
كتابة وقالوا إنه هسي عندهم سجل واحد لكل طلبات التعديل.
شنو الممكن يتحسن؟ الرد على التلفون. و[[PERSON:أمونة]] اضطرت تاخد إجازة من شغلها تلاتة مرات عشان
مواعيد ما جا فيها زول.
"""),
    ),
    (
        "fv2r-ar-05",
        "ar",
        _s("""
ملاحظات كتبتها على ظهر رسالة المرحلة الثانية:
- ٣ آذار: الجار اللي ساكن بـ[[ADDRESS:رقم ٢٧]] كتب على باب بيتنا كلام ضد [[OTHER_SPECIAL:المسلمين]]،
وبزق على مرتي [[PERSON:رهف]] لأنها [[OTHER_SPECIAL:محجبة]].
- ٤ آذار: بلّغت الشرطة، رقم البلاغ [[REFERENCE:WY-2403-118822]].
- بلّغت [[ORGANISATION:Calder Brook Housing]]، رقم ملف السلوك المعادي [[REFERENCE:ASB/0442/24]].
الموظف [[PERSON:غاري]] قال: «هاد خلاف بين جيران»!
- ابني [[PERSON:عمّورة]] (اسمه [[PERSON:عمر]]، [[AGE:١٠ سنين]]) صار يخاف يروح على
[[ADDRESS:مدرسة سانت ماثيو]] لحاله.
- ٢٠ آذار: شكوى رسمية مع صور الكاميرا. سيارة الجار اللي بيصفها قدام بابنا رقمها [[OTHER_ID:YK19 HXD]].
- ١٧ نيسان: رد المرحلة الأولى ضعيف. طلبت المرحلة الثانية.
- هالرسالة (٢٢ أيار): اعترفوا إنهم صنفوها غلط وإنها جريمة كراهية مش خلاف جيران. نقلوا الملف
لمسؤولة كبيرة اسمها [[PERSON:أنيتا باتيل]]، ركبوا كاميرا على المدخل، وعطوا الجار إنذار رسمي.
عرضوا علينا ننتقل، بس قررنا نبقى لأنو [[PERSON:عمر]] بيحب مدرسته.
- الدرس اللي كتبوه: كل موظفين قسم السلوك المعادي رح ياخدوا تدريب على جرائم الكراهية.
- رقم [[PERSON:أنيتا]] المباشر: [[PHONE:0113 496 0847]]
"""),
    ),
    (
        "fv2r-bn-01",
        "bn",
        _s("""
আমার আর ছোট ভাইয়ের WhatsApp chat, complaint-এর সাথে পাঠিয়েছিলাম:
[[PERSON:মিঠু]]: আপা, আম্মার ঘরে আবার mould। বাথরুমের দেয়াল পুরা কালো
আমি: আবার? গত মাসে না [[ORGANISATION:Limehouse Quay Homes]] এর লোক এসে paint করে গেল?
[[PERSON:মিঠু]]: হ্যাঁ, paint এর উপর দিয়েই আবার উঠছে। আম্মার [[HEALTH:হাঁপানি]] বেড়ে গেছে, কাল রাতে
inhaler দুইবার লাগছে
আমি: repair ref টা দে
[[PERSON:মিঠু]]: [[REFERENCE:LQH-RP-60341]]। আর officer এর নাম [[PERSON:জেসিকা]]
আমি: ঠিক আছে, আমি formal complaint করতেছি। আম্মার ঠিকানা [[ADDRESS:ফ্ল্যাট ২৩, হ্যাথওয়ে হাউস]],
postcode [[POSTCODE:E14 8RJ]] তো?
[[PERSON:মিঠু]]: হ্যাঁ। আর আম্মার GP [[ADDRESS:সাল্টওয়েল গ্রিন সার্জারি]], ওরা letter দিবে বলছে
(তিন সপ্তাহ পরে)
আমি: শোন, stage 1 এর উত্তর আসছে। surveyor দেখছে ছাদের gutter ভাঙা, পানি দেয়ালের ভিতরে
ঢুকতেছে। gutter ঠিক করবে, দেয়াল শুকাইয়া নতুন plaster, আর extractor fan লাগাইবে। কাজের সময়
আম্মারে দুই সপ্তাহ হোটেলে রাখবে, খরচ ওদের।
[[PERSON:মিঠু]]: আলহামদুলিল্লাহ। ক্ষতিপূরণ?
আমি: ৪৫০ পাউন্ড। আর [[PERSON:জেসিকা]] লিখছে এখন থেকে mould দেখলে আগে কারণ খুঁজবে, শুধু paint না।
[[PERSON:মিঠু]]: [[PERSON:রুনু]] আপা তুমি তো পুরা উকিল হয়ে গেলা
"""),
    ),
    (
        "fv2r-bn-02",
        "bn",
        _s("""
ভয়েসমেইল, আব্বার ফোনে রেকর্ড হয়েছিল, আমি লিখে রাখলাম:
«আসসালামু আলাইকুম, আমি [[PERSON:শাহানা বেগম চৌধুরী]], [[ORGANISATION:Spitalgate Housing Association]]
এর complaints team থেকে বলছি। [[PERSON:আব্দুল মালিক]] সাহেবের জন্য message। আপনার complaint,
number [[REFERENCE:SHA-2291-K]], ওটা নিয়ে। আপনার [[ADDRESS:ফ্ল্যাট ৭]]-এর রান্নাঘরের ছাদ থেকে পানি
পড়ার ব্যাপারে আমরা দেখেছি উপরের [[ADDRESS:ফ্ল্যাট ১১]]-এর washing machine এর pipe ফাটা ছিল, আর আমাদের
contractor [[ORGANISATION:Bowline Repairs]] তিনবার এসে শুধু আপনার ছাদ দেখেছে, উপরে যায়নি। সেটা
আমাদের ভুল। কাল সকাল দশটায় plumber [[PERSON:টমাস]] আসবে, আর ceiling পুরোটা বদলানো হবে। আপনার
নাতি [[PERSON:রাফি]]-র [[HEALTH:অটিজম]] এর কথা আপনি বলেছিলেন, তাই engineer কে আগে থেকে বলে রাখছি
আওয়াজ কম করতে। আমাকে সরাসরি ফোন করতে পারেন
[[PHONE:শূন্য দুই শূন্য, সাত নয় চার ছয়, শূন্য তিন আট দুই]] নম্বরে, অথবা email করবেন
[[EMAIL:shahana.chowdhury@example.org]]। ধন্যবাদ।»
পরে কী হলো: সব ঠিক হয়েছে। pipe বদলানো, ceiling নতুন, রান্নাঘরের cupboard দুইটা নতুন, আর ৩০০ পাউন্ড
compensation। ওরা চিঠিতে লিখেছে যে এখন থেকে কোনো leak হলে উপরের ফ্ল্যাটও একই দিনে দেখা হবে,
আর বয়স্ক resident দের বাংলায় ফোন করার ব্যবস্থা থাকবে। আব্বা খুব খুশি।
"""),
    ),
    (
        "fv2r-bn-03",
        "bn",
        _s("""
Facebook group 'ওল্ডহ্যাম কমিউনিটি হেল্প' তে post:
সবাইকে সালাম। আমি [[PERSON:নাজমুল হক]] ([[PERSON:Nazmul Haque]])। আমরা [[ADDRESS:ওয়েস্টউড টাওয়ার]]
এর [[ADDRESS:ফ্ল্যাট ১৪২]] এ থাকি। দুই মাস ধরে lift বন্ধ। আমার আব্বার বয়স [[AGE:৮১]], উনার
[[HEALTH:পারকিনসন্স]] আছে, উনি সিঁড়ি দিয়ে নামতে পারেন না, দুই মাস ঘর থেকে বের হননি।
[[ORGANISATION:Pennine Edge Homes]] কে ফোন করলে বলে 'parts আসতেছে'। কাউন্সিলর [[PERSON:মোনা আক্তার]]
কে বলব নাকি সরাসরি Ombudsman? কেউ জানলে বলবেন। inbox করেন অথবা ফোন [[PHONE:07700 900418]]।
কমেন্ট, [[PERSON:রুবি]] আপা: ভাই, আগে landlord এর কাছে লিখিত complaint দেন। এখন আর councillor
এর মাধ্যমে যাইতে হয় না, landlord এর process শেষ হলে নিজেই Ombudsman এ যাইতে পারবেন।
UPDATE (৬ সপ্তাহ পরে): আপনাদের পরামর্শে complaint দিলাম, ref [[REFERENCE:PEH/CX/40917]]। stage 1 এ
ওরা মেনে নিয়েছে যে lift contractor ভুল part order করেছিল আর কেউ খোঁজ নেয়নি। নতুন motor বসানো
হয়েছে, lift চলতেছে। বন্ধ থাকার সময়ের জন্য আব্বার একটা personal evacuation plan করেছে, আর
আমাদের ৫০০ পাউন্ড দিয়েছে। ওরা বলেছে এখন থেকে lift দুই দিনের বেশি বন্ধ থাকলে বয়স্ক আর অসুস্থ
resident দের নিজেরাই ফোন করবে। [[PERSON:রুবি]] আপা, অনেক ধন্যবাদ।
"""),
    ),
    (
        "fv2r-bn-04",
        "bn",
        _s("""
stage 2 চিঠির পিছনে লেখা, যাতে ভুলে না যাই:
১. প্রথম ফোন ৯ জানুয়ারি। ছারপোকা (bed bugs)। [[ORGANISATION:Manningham Vale Housing]] বলেছে এটা
আমার নিজের দায়িত্ব!
২. আমার নাম [[PERSON:সুফিয়া খাতুন]], ওরা system-এ লিখে রেখেছে [[PERSON:Sophia Catton]]।
৩. জন্ম তারিখও ভুল ছিল। আসল: [[DATE_OF_BIRTH:বারো আগস্ট উনিশশো আটষট্টি]]।
৪. NI number মিলাতে বলেছে: [[NI_NUMBER:PW 62 18 47 C]]
৫. tenancy number [[REFERENCE:BG-0048817]], ঠিকানা [[ADDRESS:৩১ ক্যালেন্ডার স্ট্রিট]],
[[POSTCODE:bd89ts]]
৬. নাতি [[PERSON:আয়ান]] ([[AGE:৪ বছর]]) কামড়ে লাল হয়ে গেছে, [[ADDRESS:লিটল ওকস নার্সারি]] থেকে ফোন করেছে।
৭. ভাগ্নি [[PERSON:টুম্পা]] complaint লিখে দিয়েছে, ওর email থেকে: [[EMAIL:tumpa.rahman@example.com]]
৮. stage 2 এর উত্তর (এই চিঠি): মেনেছে যে tenant দের জন্য pest control ওদেরই দায়িত্ব, call
handler ভুল বলেছিল। দুইবার heat treatment করেছে, নতুন খাট আর তোষক দিয়েছে, ২৫০ পাউন্ড। নাম আর
জন্ম তারিখ ঠিক করেছে।
৯. শিক্ষা (ওদের কথা): call handler দের নতুন script, আর interpreter লাগলে প্রথম ফোনেই দিবে।
১০. officer [[PERSON:মার্টিনা]], ফোন [[PHONE:0113 496 0561]]
"""),
    ),
    (
        "fv2r-bn-05",
        "bn",
        _s("""
landlord এর officer এর সাথে SMS, complaint file এর জন্য copy করলাম:
[[PERSON:Dan]] ([[ORGANISATION:Sandhill Homes]]): Hi Mrs [[PERSON:Begum]], [[PERSON:Dan]] here, re your ramp request.
আমি: জি, ramp এর কথা ৮ মাস হয়ে গেল। মেয়ে [[PERSON:তাসনিম]] এর wheelchair নিয়ে সামনের সিঁড়ি
দিয়ে নামতে পারি না। ওর [[HEALTH:সেরিব্রাল পালসি]], বয়স [[AGE:১১]]।
[[PERSON:Dan]]: Sorry, can you reply in English?
আমি (বড় মেয়ে [[PERSON:লুবনা]] লিখে দিল): The ramp was approved in March, ref [[REFERENCE:SH-ADP-1187]].
Nobody came. [[PERSON:Tasnim]] misses school trips.
[[PERSON:Dan]]: I can see it was approved but never sent to the contractor. I'm so sorry. I'll log
a complaint for you today.
ফলাফল: দুই সপ্তাহে ramp বসানো হয়েছে, সামনের দরজা চওড়া করেছে। ওরা ক্ষমা চেয়ে চিঠি দিয়েছে বাংলায়,
আর ৬০০ পাউন্ড। ওদের শিক্ষা: approve হওয়া adaptation কেউ track করত না, এখন প্রতি মাসে list দেখে।
আর [[PERSON:ড্যান]] নিজে বলেছে পরের বার থেকে বাংলা interpreter এর জন্য language line ব্যবহার করবে।
আমাদের ঠিকানা: [[ADDRESS:৫৬ ব্রুকফিল্ড রোড]], [[POSTCODE:L7 3EW]]। [[PERSON:ড্যান]] এর নম্বর:
[[PHONE:0151 496 0327]]
"""),
    ),
    (
        "fv2r-pa-01",
        "pa",
        _s("""
ਪਰਿਵਾਰ ਦੇ WhatsApp group ਵਿੱਚੋਂ, complaint ਨਾਲ ਲਾਉਣ ਲਈ copy ਕੀਤਾ:
[[PERSON:ਪਿੰਕੀ]]: ਬੀਬੀ ਜੀ ਦੇ ਕਮਰੇ ਵਿੱਚ ਫੇਰ ਸਿੱਲ੍ਹ ਤੇ ਉੱਲੀ। ਖਿੜਕੀ ਕੋਲ ਸਾਰੀ ਕੰਧ ਗਿੱਲੀ
[[PERSON:ਗੋਲਡੀ]]: ਮੈਂ [[ORGANISATION:Brentside Homes]] ਨੂੰ ਤਿੰਨ ਵਾਰੀ ਫ਼ੋਨ ਕੀਤਾ। ਹਰ ਵਾਰੀ ਨਵਾਂ job number
[[PERSON:ਪਿੰਕੀ]]: ਬੀਬੀ ਜੀ [[AGE:84 ਸਾਲ]] ਦੇ ਨੇ ਤੇ [[HEALTH:ਦਮਾ]] ਵੀ ਹੈ, ਇਹ ਠੀਕ ਨਹੀਂ
[[PERSON:ਗੋਲਡੀ]]: ਆਖ਼ਰੀ job number [[REFERENCE:BH-J-339021]]। ਜਿਹੜਾ ਬੰਦਾ ਆਇਆ ਸੀ, [[PERSON:ਜੇਸਨ]], ਕਹਿੰਦਾ
ਖਿੜਕੀਆਂ ਖੋਲ੍ਹ ਕੇ ਰੱਖੋ
[[PERSON:ਸਿਮਰ]]: ਸਰਦੀਆਂ ਵਿੱਚ?? ਮੈਂ formal complaint ਲਿਖਦੀ ਹਾਂ। ਘਰ ਦਾ address
[[ADDRESS:12 ਮਾਰਲੋ ਐਵਨਿਊ]] ਹੀ ਹੈ ਨਾ, [[POSTCODE:UB2 4NX]]?
[[PERSON:ਪਿੰਕੀ]]: ਹਾਂ। ਬੀਬੀ ਜੀ ਦਾ GP [[ADDRESS:ਟੈਂਟਲੋ ਲੇਨ ਸਰਜਰੀ]] ਚਿੱਠੀ ਦੇ ਦੇਵੇਗਾ
(ਦੋ ਹਫ਼ਤੇ ਬਾਅਦ)
[[PERSON:ਸਿਮਰ]]: Update: stage 1 ਦਾ ਜਵਾਬ ਆ ਗਿਆ। ਉਹਨਾਂ ਮੰਨਿਆ ਕਿ ਤਿੰਨੇ job ਇੱਕ ਦੂਜੇ ਨਾਲ ਜੋੜੇ ਹੀ ਨਹੀਂ
ਗਏ, ਹਰ ਵਾਰੀ ਨਵਾਂ ਬੰਦਾ ਨਵੇਂ ਸਿਰਿਓਂ। ਕੰਧ ਦੀ cavity insulation ਖ਼ਰਾਬ ਸੀ। ਨਵੀਂ insulation, ਕੰਧ ਦਾ
ਇਲਾਜ, ਨਵੀਂ double glazing, ਤੇ £350। ਕੰਮ ਦੌਰਾਨ ਬੀਬੀ ਜੀ ਸਾਡੇ ਕੋਲ ਰਹਿਣਗੇ।
[[PERSON:ਗੋਲਡੀ]]: ਵਾਹਿਗੁਰੂ ਮਿਹਰ ਕਰੇ। ਸ਼ਾਬਾਸ਼ [[PERSON:ਸਿੰਮੀ]]
[[PERSON:ਸਿਮਰ]]: ਉਹ ਕਹਿੰਦੇ ਹੁਣ ਇੱਕ ਘਰ ਦੀ ਇੱਕੋ ਸ਼ਿਕਾਇਤ ਦੇ ਸਾਰੇ job ਇੱਕ case ਹੇਠ ਰੱਖਣਗੇ, ਤੇ ਉੱਲੀ
ਵਾਲੇ ਘਰ ਵਿੱਚ ਪਹਿਲਾਂ surveyor ਜਾਵੇਗਾ।
"""),
    ),
    (
        "fv2r-pa-02",
        "pa",
        _s("""
ਵੌਇਸਮੇਲ, tenants association ਦੇ ਫ਼ੋਨ ਤੇ, ਜਿਵੇਂ ਬੋਲੀ ਗਈ:
«ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ ਜੀ, ਮੈਂ [[PERSON:ਹਰਭਜਨ ਸਿੰਘ ਢਿੱਲੋਂ]] ਬੋਲ ਰਿਹਾ ਹਾਂ, [[ADDRESS:ਗੁਰਦੁਆਰਾ ਅਕਾਲ ਪ੍ਰਕਾਸ਼]] ਦੇ ਬਿਲਕੁਲ
ਸਾਹਮਣੇ ਵਾਲੇ flats ਵਿੱਚੋਂ, [[ADDRESS:ਫ਼ਲੈਟ 6]]। ਤਿੰਨ ਮਹੀਨੇ ਤੋਂ ਕੁਝ ਮੁੰਡੇ car park ਵਿੱਚ ਰਾਤ ਨੂੰ ਨਸ਼ਾ
ਵੇਚਦੇ ਨੇ। ਇੱਕ ਕਾਲੀ car ਹੈ, number [[OTHER_ID:FV21 KZM]]। ਪਿਛਲੇ ਹਫ਼ਤੇ ਉਹਨਾਂ ਨੇ ਮੇਰੀ ਪੱਗ ਵੱਲ ਇਸ਼ਾਰਾ
ਕਰਕੇ [[OTHER_SPECIAL:ਸਿੱਖਾਂ]] ਬਾਰੇ ਗੰਦੀਆਂ ਗੱਲਾਂ ਕੀਤੀਆਂ ਤੇ ਮੇਰੇ ਪੋਤੇ [[PERSON:ਜੱਸੀ]] ਨੂੰ ਧੱਕਾ ਦਿੱਤਾ,
ਉਹ ਸਿਰਫ਼ [[AGE:14 ਸਾਲ]] ਦਾ ਹੈ। [[ORGANISATION:Soar Valley Housing]] ਨੂੰ ਦੱਸਿਆ, case number
[[REFERENCE:SVH-ASB-0926]], ਪਰ ਕੋਈ ਜਵਾਬ ਨਹੀਂ। ਮੇਰਾ number ਹੈ
[[PHONE:ਜ਼ੀਰੋ ਵਨ ਵਨ ਸਿਕਸ, ਫ਼ੋਰ ਨਾਈਨ ਸਿਕਸ, ਜ਼ੀਰੋ ਟੂ ਫ਼ਾਈਵ ਵਨ]]। ਕਿਰਪਾ ਕਰਕੇ call back ਕਰਨਾ।»
Association ਦੀ ਸਕੱਤਰ [[PERSON:ਮੌਰੀਨ]] ਦਾ note: ਅਸੀਂ [[PERSON:ਹਰਭਜਨ]] ਜੀ ਨਾਲ ਬੈਠ ਕੇ stage 1 complaint
ਲਿਖੀ। ਜਵਾਬ ਵਿੱਚ landlord ਨੇ ਮੰਨਿਆ ਕਿ ਇਸ ਨੂੰ ਪਹਿਲੇ ਦਿਨ ਤੋਂ hate incident ਵਜੋਂ ਦਰਜ ਕਰਨਾ ਚਾਹੀਦਾ ਸੀ।
car park ਵਿੱਚ ਨਵੀਆਂ lights ਤੇ CCTV ਲੱਗੇ, ਪੁਲਿਸ ਨਾਲ ਮਿਲ ਕੇ closure order ਲਿਆ, ਤੇ ਅਫ਼ਸਰ
[[PERSON:ਕਮਲਜੀਤ]] ਛੇ ਹਫ਼ਤੇ ਹਰ ਸੋਮਵਾਰ ਫ਼ੋਨ ਕਰਦੀ ਰਹੀ। £200 ਮੁਆਵਜ਼ਾ ਵੀ। ਸਿੱਖਿਆ: ਹਰ ASB ਰਿਪੋਰਟ ਤੇ
ਪੁੱਛੋ ਕਿ ਕੀ ਇਹ ਨਫ਼ਰਤ ਕਰਕੇ ਹੋ ਰਿਹਾ ਹੈ।
"""),
    ),
    (
        "fv2r-pa-03",
        "pa",
        _s("""
Facebook ਤੇ 'Smethwick Mums Help' group ਵਿੱਚ post:
ਭੈਣੋ, ਸਲਾਹ ਚਾਹੀਦੀ ਹੈ। ਅਸੀਂ [[ADDRESS:88 ਕੋਲਮੋਰ ਸਟ੍ਰੀਟ ਦੇ ਉੱਪਰਲੇ flat]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ। ਛੱਤ ਚੋਂਦੀ ਹੈ,
ਥਾਂ ਥਾਂ ਬਾਲਟੀਆਂ ਰੱਖੀਆਂ ਹੋਈਆਂ ਨੇ। ਬੱਚੇ ਦਾ ਕਮਰਾ ਸਭ ਤੋਂ ਮਾੜਾ, [[PERSON:ਨਿੱਕੂ]] ([[AGE:2 ਸਾਲ]]) ਹੁਣ
ਸਾਡੇ ਨਾਲ ਸੌਂਦਾ। landlord [[ORGANISATION:Tame Brook Homes]] ਨੇ scaffold ਲਾ ਕੇ ਚਾਰ ਮਹੀਨੇ ਤੋਂ ਉਂਝ ਹੀ
ਛੱਡਿਆ ਹੋਇਆ। ਕੋਈ ਕੰਮ ਨਹੀਂ। ਕੀ ਕਰਾਂ?
ਕਮੈਂਟ, [[OTHER_ID:@rajvinder.advice]]: ਭੈਣ ਜੀ, ਲਿਖਤੀ complaint ਕਰੋ, ਸਾਫ਼ ਲਿਖੋ ਕਿ ਇਹ complaint ਹੈ,
ਤੇ scaffold ਦੀਆਂ ਤਰੀਖ਼ ਵਾਲੀਆਂ ਫ਼ੋਟੋਆਂ ਭੇਜੋ।
UPDATE: ਸ਼ੁਕਰੀਆ ਸਭ ਦਾ! complaint ਭੇਜੀ [[EMAIL:tamebrook dot complaints at example dot org]] ਤੇ,
ਹਵਾਲਾ [[REFERENCE:TBH/2024/0613]] ਮਿਲਿਆ। ਇੱਕ ਹਫ਼ਤੇ ਵਿੱਚ surveyor [[PERSON:ਓਲੂਸੇਗੁਨ]] ਆਇਆ, ਪਤਾ ਲੱਗਾ
ਕਿ ਪੁਰਾਣੀ roofing company ਦਾ ਠੇਕਾ ਖ਼ਤਮ ਹੋ ਗਿਆ ਸੀ ਤੇ ਕਿਸੇ ਨੇ ਨਵੀਂ company ਨੂੰ ਦੱਸਿਆ ਹੀ ਨਹੀਂ। ਦਸ ਦਿਨਾਂ
ਵਿੱਚ ਨਵੀਂ ਛੱਤ, ਕਮਰੇ ਵਿੱਚ ਨਵਾਂ plaster, carpet ਦਾ ਖ਼ਰਚਾ, ਤੇ £420 ਮੁਆਵਜ਼ਾ। ਉਹਨਾਂ ਲਿਖਿਆ ਕਿ ਹੁਣ ਹਰ
scaffold ਦਾ ਇੱਕ ਜ਼ਿੰਮੇਵਾਰ ਅਫ਼ਸਰ ਹੋਵੇਗਾ ਤੇ ਠੇਕਾ ਬਦਲਣ ਵੇਲੇ ਅਧੂਰੇ ਕੰਮਾਂ ਦੀ list ਬਣੇਗੀ।
— [[PERSON:ਮਨਪ੍ਰੀਤ]] ([[PERSON:Manpreet]])
"""),
    ),
    (
        "fv2r-pa-04",
        "pa",
        _s("""
Stage 2 ਵਾਲੀ ਚਿੱਠੀ ਦੇ ਪਿੱਛੇ ਲਿਖਿਆ, ਆਪਣੇ ਯਾਦ ਰੱਖਣ ਲਈ:
• 2 ਨਵੰਬਰ: boiler ਬੰਦ। [[ORGANISATION:Northgate Heat Services]] ਵਾਲਾ [[PERSON:ਕੀਥ]] ਆਇਆ, ਕਹਿੰਦਾ part ਨਹੀਂ।
• ਘਰਵਾਲੇ [[PERSON:ਬਲਵਿੰਦਰ]] ਦੇ [[HEALTH:ਗੁਰਦੇ ਫ਼ੇਲ੍ਹ]] ਨੇ, ਹਫ਼ਤੇ ਵਿੱਚ ਤਿੰਨ ਵਾਰੀ dialysis, ਠੰਡ ਵਿੱਚ ਬਹੁਤ ਔਖੇ।
• 9 ਨਵੰਬਰ: ਪਹਿਲੀ complaint [[ORGANISATION:Wrekin Hills Housing]] ਨੂੰ, ref [[REFERENCE:WK-55190]]
• ਨੂੰਹ [[PERSON:ਰੂਬੀ]] ਨੇ ਆਪਣੀ email ਤੋਂ ਭੇਜੀ: [[EMAIL:ruby.sandhu@example.net]]
• 20 ਨਵੰਬਰ: ਜਵਾਬ ਆਇਆ, 'heaters ਦੇ ਦਿੱਤੇ'। ਕੋਈ heater ਨਹੀਂ ਆਇਆ!
• ਪੋਤੀ [[PERSON:ਖ਼ੁਸ਼ੀ]] ([[AGE:7]]) ਠੰਡ ਕਰਕੇ ਦੋ ਦਿਨ [[ADDRESS:ਸੇਂਟ ਕਲੈਮੈਂਟਸ ਪ੍ਰਾਇਮਰੀ]] ਨਹੀਂ ਗਈ।
• Stage 2 (ਇਹ ਚਿੱਠੀ): ਮੰਨਿਆ ਕਿ heaters ਗ਼ਲਤ ਘਰ ਚਲੇ ਗਏ, [[ADDRESS:ਨੰਬਰ 47]] ਦੀ ਥਾਂ [[ADDRESS:ਨੰਬਰ 74]] ਤੇ, ਤੇ
ਕਿਸੇ ਨੇ ਪੁਸ਼ਟੀ ਨਹੀਂ ਕੀਤੀ। ਨਵਾਂ boiler ਲੱਗ ਗਿਆ, £280 ਮੁਆਵਜ਼ਾ, ਤੇ ਬਿਜਲੀ ਦੇ ਵਾਧੂ ਬਿੱਲ ਦੇ £60।
• ਉਹਨਾਂ ਦੀ ਸਿੱਖਿਆ: ਜਿਸ ਘਰ ਵਿੱਚ ਕੋਈ ਬਹੁਤ ਬਿਮਾਰ ਹੈ ਉੱਥੇ boiler 24 ਘੰਟੇ ਵਿੱਚ, ਤੇ ਹਰ delivery ਦੀ
ਪੁਸ਼ਟੀ ਫ਼ੋਨ ਕਰਕੇ।
• ਅਫ਼ਸਰ ਮਿਸ [[PERSON:ਓਕੋਂਕਵੋ]], ਸਿੱਧਾ ਨੰਬਰ [[PHONE:0121 496 0739]]
"""),
    ),
    (
        "fv2r-pa-05",
        "pa",
        _s("""
[[ORGANISATION:Wolvercote Housing Partnership]] ਦਾ ਸਰਵੇ, ਮੇਰੇ ਜਵਾਬ (ਬੇਟੇ ਨੇ type ਕੀਤੇ)
ਨਾਮ: [[PERSON:ਸੁਰਜੀਤ ਕੌਰ ਗਿੱਲ]]
ਜਨਮ ਤਾਰੀਖ਼: [[DATE_OF_BIRTH:ਤੇਈ ਜੂਨ ਉੱਨੀ ਸੌ ਛਿਆਲੀ]]
ਪਤਾ: [[ADDRESS:ਫ਼ਲੈਟ 2, ਮੈਪਲ ਕੋਰਟ]], [[POSTCODE:wv10 6qz]]
ਫ਼ੋਨ: [[PHONE:07700 900692]]
ਸਵਾਲ 3: ਸਾਨੂੰ ਦੱਸੋ ਸ਼ਿਕਾਇਤ ਕਿਵੇਂ ਹੱਲ ਹੋਈ।
ਮੈਂ [[HEALTH:ਗਠੀਏ]] ਕਰਕੇ wheelchair ਵਰਤਦੀ ਹਾਂ। ਬਾਥਰੂਮ ਵਿੱਚ ਸਿਰਫ਼ bath ਹੈ, shower ਨਹੀਂ। occupational
therapist ਨੇ walk-in shower ਦੀ ਸਿਫ਼ਾਰਸ਼ ਕੀਤੀ, ਪਰ ਫ਼ਾਈਲ ਗੁੰਮ ਹੋ ਗਈ। ਮੈਂ ਆਪਣਾ NHS number
[[OTHER_ID:649 302 8817]] ਵੀ ਭੇਜਿਆ ਤਾਂ ਕਿ ਉਹ ਮੇਰੇ GP, [[ADDRESS:ਬਲੇਕਨਹਾਲ ਹੈਲਥ ਸੈਂਟਰ]], ਤੋਂ ਚਿੱਠੀ
ਲੈ ਸਕਣ। ਸ਼ਿਕਾਇਤ number [[REFERENCE:WHP-CC-21477]]। ਅਫ਼ਸਰ [[PERSON:ਬ੍ਰਾਇਓਨੀ]] ਨੇ ਹਰ ਹਫ਼ਤੇ update ਦਿੱਤਾ।
ਛੇ ਹਫ਼ਤਿਆਂ ਵਿੱਚ shower ਲੱਗ ਗਿਆ, grab rails ਵੀ, ਤੇ ਦਰਵਾਜ਼ਾ ਚੌੜਾ ਕੀਤਾ। ਮਾਫ਼ੀ ਦੀ ਚਿੱਠੀ ਪੰਜਾਬੀ ਵਿੱਚ
ਵੀ ਆਈ, ਤੇ £300।
ਸਵਾਲ 4: ਅਸੀਂ ਕੀ ਬਿਹਤਰ ਕਰ ਸਕਦੇ ਹਾਂ?
ਫ਼ਾਈਲਾਂ ਨਾ ਗੁਆਓ। ਮੇਰੇ ਬੇਟੇ [[PERSON:ਬੌਬੀ]] ਨੂੰ ਚਾਰ ਵਾਰੀ ਕੰਮ ਤੋਂ ਛੁੱਟੀ ਲੈਣੀ ਪਈ ਕਿਉਂਕਿ ਹਰ ਵਾਰੀ
ਨਵੇਂ ਬੰਦੇ ਨੂੰ ਸਾਰੀ ਕਹਾਣੀ ਸ਼ੁਰੂ ਤੋਂ ਦੱਸਣੀ ਪੈਂਦੀ ਸੀ।
"""),
    ),
    (
        "fv2r-pl-01",
        "pl",
        _s("""
post na forum Bristol i okolice, dzial Mieszkania:
hej, potrzebuje rady. mieszkam z mezem i corka pod [[ADDRESS:18 Rennison Close, flat 5]],
[[POSTCODE:bs5 9ny]]. od pazdziernika w lazience i sypialni grzyb, czarny az pod sufit. corka
[[PERSON:Zosia]] ma [[AGE:4 latka]] i ciagle kaszle, lekarka w [[ADDRESS:Sweetbriar Health Centre]]
mowi ze to moze byc od wilgoci. landlord to [[ORGANISATION:Avonmere Housing]], zglaszalam 4 razy,
nr zgloszenia [[REFERENCE:AM-774120]]. przyslali pana [[PERSON:Grega]] ktory tylko przetarl sciany
wybielaczem. czy moge od razu do Ombudsmana?
odpowiedz od [[OTHER_ID:@Bartek_z_Fishponds]]: najpierw formalna skarga (complaint) na pismie,
dwa etapy, potem Ombudsman. radny ani posel nie sa juz potrzebni.
AKTUALIZACJA po 2 miesiacach: dzieki wszystkim!! napisalam skarge mailem, dostalam nr
[[REFERENCE:CMP/2024/3318]]. przyjechala pani [[PERSON:Kasia Nowicka]] z ich zespolu (tez
[[OTHER_SPECIAL:Polka]], wiec moglam mowic po swojemu) i inspektor. okazalo sie ze rynna byla
peknieta a wentylator w lazience nigdy nie byl podlaczony. naprawili, osuszyli, pomalowali farba
przeciwgrzybiczna, dali 380 funtow i przeprosili na pismie. [[PERSON:Zosia]] juz duzo lepiej.
ich wniosek: grzyb to sprawdzic przyczyne, nie tylko myc. jakby ktos chcial pogadac, piszcie na
[[EMAIL:ania.kwiatkowska84@example.com]]. [[PERSON:Ania]]
"""),
    ),
    (
        "fv2r-pl-02",
        "pl",
        _s("""
rozmowa z siostrą na Messengerze, wklejona do skargi:
[[PERSON:Magda]]: i co, dalej zimno?
ja: dalej. trzeci tydzień bez ciepłej wody. kąpię [[PERSON:Kubusia]] w misce, grzeję wodę w czajniku
[[PERSON:Magda]]: a [[PERSON:Tomek]]?
ja: [[PERSON:Tomek]] na nocki, śpi w kurtce
[[PERSON:Magda]]: dzwoniłaś do nich?
ja: z 10 razy. [[ORGANISATION:Clydeway Homes]] mówi że wymiennik w kotłowni
[[ADDRESS:Brackenbrae Tower]] padł i czekają na część. numer sprawy [[REFERENCE:CW-HW-09913]]
[[PERSON:Magda]]: pisz skargę oficjalną. pani [[PERSON:Jadwidze]] z dwunastego piętra pomogli
dopiero po skardze
ja: dobra. [[PERSON:Kubuś]] ma [[HEALTH:atopowe zapalenie skóry]], lekarz kazał kąpać codziennie,
dołożę list od lekarza
(3 tygodnie później)
ja: słuchaj, odpisali. przyznali że nie informowali mieszkańców i nie rozdali grzejników, chociaż
powinni. tymczasowy kocioł w kotłowni od środy, od poniedziałku ciepła woda u wszystkich.
przeprosiny i 25 funtów za każdy dzień, razem 525. i od teraz SMS do całego bloku przy każdej awarii
[[PERSON:Magda]]: no brawo [[PERSON:Iwonka]]!!
ja: to pani [[PERSON:Jadzia]] mi podpowiedziała, zaniosę jej ciasto
"""),
    ),
    (
        "fv2r-pl-03",
        "pl",
        _s("""
wiadomość głosowa, przepisana słowo w słowo:
«Dzień dobry, tu [[PERSON:Stanisław Kołodziej]], dzwonię w sprawie sąsiada z [[ADDRESS:mieszkania 3]]
nad nami. Ma dwa psy, szczekają całą noc, a wczoraj jego kolega groził mojej żonie,
[[PERSON:Halinie]], na klatce schodowej, krzyczał na nas, bo jesteśmy [[OTHER_SPECIAL:Polakami]].
Zgłaszałem to do [[ORGANISATION:Fenland Rise Homes]], sprawa [[REFERENCE:FRH/ASB/2207]], ale nikt
nie oddzwonił. Żona ma [[HEALTH:nadciśnienie]] i teraz w ogóle nie śpi. Mój numer to
[[PHONE:zero siedem siedem zero zero, dziewięćset, sto czterdzieści osiem]]. Proszę o telefon po
piętnastej. Dziękuję.»
notatka doradczyni [[PERSON:Eweliny]]: oddzwoniłam tego samego dnia, pomogłam napisać skargę
etap 1, wysłaną na [[EMAIL:asb.team@example.org]]. W odpowiedzi landlord przyznał, że zgłoszenie
utknęło, bo oficer [[PERSON:Liam]] odszedł z pracy i nikt nie przejął jego spraw. Wysłali
ostrzeżenie do lokatora, założyli monitor hałasu, groźbę przekazali policji jako incydent na tle
nienawiści, a państwo [[PERSON:Kołodziejowie]] dostali nową opiekunkę sprawy i 200 funtów.
Wniosek landlorda: żadna sprawa nie może zostać bez właściciela, kiedy ktoś odchodzi.
"""),
    ),
    (
        "fv2r-pl-04",
        "pl",
        _s("""
ankieta po zamknięciu skargi, [[ORGANISATION:Crestline Homes]]
Imię i nazwisko: [[PERSON:Grażyna Wróblewska-Hall]]
Adres: [[ADDRESS:Flat 41, Lindqvist House]], [[POSTCODE:ME7 2LP]]
Data urodzenia: [[DATE_OF_BIRTH:17.11.1958]]
1. Czego dotyczyła skarga? winda. nie dzialala 5 tygodni, mieszkam na 9 pietrze, mam
[[HEALTH:stwardnienie rozsiane]] i chodze o kulach. wnuczek [[PERSON:Olek]] nosil mi zakupy
po szkole.
2. Jak rozwiązano? po skardze (nr [[REFERENCE:CL-55023]]) przyszedl kierownik, pan
[[PERSON:Okonkwo-Reed]], i przeprosil osobiscie. winde naprawili w 6 dni od skargi, wczesniej
tygodniami „czekali na wycene”. do czasu naprawy dali mi pokoj w hotelu na parterze. odszkodowanie
640 funtow przelali na moje konto, sort code [[OTHER_ID:40-11-62]], koncowka [[OTHER_ID:7731]].
3. Co możemy poprawić? zeby ktos sprawdzal kto w bloku nie da rady schodami ZANIM winda stanie.
i zeby nie kazali mi dzwonic do radnej, bo juz nie trzeba.
4. Zgoda na kontakt: tak, tel [[PHONE:01632 960214]]
"""),
    ),
    (
        "fv2r-pl-05",
        "pl",
        _s("""
notatki na odwrocie listu z etapu 2 (dla siebie):
- 12.02 pierwsze zgłoszenie, okno w pokoju [[PERSON:Wojtusia]] się nie domyka, wieje. nr naprawy
[[REFERENCE:RP-310874]]
- 19.02 nikt nie przyszedł. dzwoniłam, pani [[PERSON:Rose]] z call center mówi że „system pokazuje
wizytę wykonaną”!!
- 26.02 znowu nikt. sąsiad spod [[ADDRESS:nr 9]] widział białego vana [[ORGANISATION:Kestrel Glazing]],
rej. [[OTHER_ID:WU68 TPF]], stanął i odjechał bez pukania
- 01.03 [[PERSON:Basia]] z [[ADDRESS:parafii św. Józefa]] pomogła mi napisać skargę
- skarga etap 1, nr [[REFERENCE:CX-1142]], do [[ORGANISATION:Harbourside Living]]
- 15.03 odpowiedź: „okno naprawione”. NIE!
- etap 2, ten list: przyznali że firma zamykała zlecenia bez wizyty, sprawdzili GPS vana. nowe okno
wstawione 4.04, 150 funtów za dni wolne które brałam i 100 za ogrzewanie. piszą że teraz mieszkaniec
musi potwierdzić SMS-em zanim zlecenie się zamknie.
- mój adres mieli w systemie zły: [[ADDRESS:27 Holloway Lane]] zamiast [[ADDRESS:27A Holloway Lane]],
stąd część zamieszania. poprawione.
- [[PERSON:Wojtuś]] ma [[AGE:8 lat]], przez 2 miesiące spał u mnie w łóżku
"""),
    ),
    (
        "fv2r-ro-01",
        "ro",
        _s("""
conversație pe WhatsApp cu soțul, pusă la dosarul plângerii:
[[PERSON:Costel]]: iar curge din tavan la baie?
eu: da, și acum și pe hol. vecinii de la [[ADDRESS:apartamentul 14]] zic că nu e de la ei
[[PERSON:Costel]]: ai sunat la [[ORGANISATION:Lea Marsh Housing]]?
eu: am sunat, mi-au dat nr [[REFERENCE:LMH-72014]], a patra oară. vine un băiat, [[PERSON:Jordan]],
se uită și pleacă
[[PERSON:Costel]]: fă plângere scrisă, cum a zis doamna [[PERSON:Dobre]] de la biserică
eu: am scris-o. am pus că [[PERSON:Ionuț]] are [[HEALTH:astm]] și că dormim toți trei în sufragerie
de o lună
(peste o lună)
eu: a venit răspunsul la etapa 1. au găsit țeava de la calorifer spartă în perete, nu era de la
vecini deloc. au spart peretele, au schimbat țeava, zugrăveală nouă, dezumidificator două
săptămâni, și 300 de lire.
[[PERSON:Costel]]: bravo [[PERSON:Lumi]]!
eu: și au scris că acum dacă cineva raportează aceeași scurgere de 3 ori, vine direct un
supervizor. [[PERSON:Jordan]] a venit să-și ceară scuze, săracul, nu era vina lui
[[PERSON:Costel]]: spune-i [[PERSON:Ionuțului]] că se poate muta înapoi în camera lui
"""),
    ),
    (
        "fv2r-ro-02",
        "ro",
        _s("""
mesaj vocal lasat la asociatia de sprijin, transcris:
«Buna ziua, sunt [[PERSON:Florica Lacatus]], stau pe [[ADDRESS:63 Whitlow Street]]. Suntem sase
persoane intr-un apartament cu doua camere. [[PERSON:Marius]], sotul meu, doarme pe canapea, fetele
[[PERSON:Denisa]] si [[PERSON:Bianca]] intr-un pat, si baietii cu mine. Am cerut transfer de doi
ani, numarul de pe lista e [[REFERENCE:HRG-884021]]. La birou o doamna mi-a zis ca noi,
[[OTHER_SPECIAL:romii]], suntem obisnuiti asa. Asta m-a durut. Numarul meu e
[[PHONE:zero sapte sapte zero zero, noua sute, doi sapte noua]]. Va rog sunati-ma.»
nota voluntarului [[PERSON:Sorin]]: am facut plangere la [[ORGANISATION:Kingsmead Housing Co-operative]]
pe doua puncte: evaluarea gresita a supraaglomerarii si comentariul discriminatoriu. Raspuns etapa 1
in 8 zile lucratoare: au recunoscut ca nu au numarat copiii nascuti dupa cerere (cel mic,
[[PERSON:Rares]], are [[AGE:2 ani]]), au mutat familia in banda de prioritate, iar in 7 saptamani
au oferit o casa cu patru camere pe [[ADDRESS:5 Pennycress Road]]. Angajata a primit avertisment si
toata echipa face training. Compensatie 250 lire. Lectie: recalculati marimea familiei la fiecare
contact.
"""),
    ),
    (
        "fv2r-ro-03",
        "ro",
        _s("""
postare în grupul Luton, ajutor și sfaturi:
Salutare tuturor! Am nevoie de un sfat. Locuiesc cu mama (are [[AGE:76 de ani]]) în
[[ADDRESS:apartamentul 7 din Foxglove Court]]. Caloriferele electrice vechi nu mai merg, mama are
[[HEALTH:BPOC]] și stăm cu două radiatoare pe ulei, factura a ajuns la 280 de lire pe lună.
[[ORGANISATION:Chiltern Gate Homes]] zic că suntem pe „lista de înlocuiri” din 2022. Cum fac
plângere? Nu vreau probleme, mama are doar [[OTHER_SPECIAL:pre-settled status]].
comentariu de la [[OTHER_ID:@andreea.ajuta.uk]]: N-ai de ce să te temi, statutul nu contează
pentru o plângere. Scrie formal, cere număr de referință și termenul de răspuns.
UPDATE după 5 săptămâni: Mulțumesc mult! Am trimis plângerea, referința mea e
[[REFERENCE:CGH-00981-C]]. M-a sunat un domn, [[PERSON:Mehmet]], de la ei, cu interpret de română.
Au recunoscut că am fost uitați pe listă pentru că adresa era scrisă greșit în sistem. În 3
săptămâni ne-au pus încălzire nouă cu pompă de căldură și ne-au dat 420 de lire pentru facturi.
Acum ne trimit scrisorile și în română. Lecția lor: verifică listele de înlocuire începând cu
locatarii vulnerabili. Dacă mai are cineva nevoie, scrieți-mi la
[[EMAIL:roxana dot m at example dot com]]. Pupici, [[PERSON:Roxi]]
"""),
    ),
    (
        "fv2r-ro-04",
        "ro",
        _s("""
notite pe spatele scrisorii de la etapa 2:
- sotul, [[PERSON:Vasile Pătrașcu]] (nascut [[DATE_OF_BIRTH:3 mai 1962]]), [[HEALTH:amputat sub genunchi]]
dupa [[HEALTH:diabet]], din ianuarie in scaun cu rotile
- OT de la spital a cerut rampa, usa mai lata si dus la parter, in februarie
- [[ORGANISATION:Marshgate Homes]] au pierdut cererea de 2 ori. a trebuit sa trimit iar NI-ul lui:
[[NI_NUMBER:SZ 40 73 19 D]] si nr NHS [[OTHER_ID:712 448 0936]]
- plangere etapa 1: [[REFERENCE:MGH/C/7741]], 2 aprilie
- raspuns etapa 1: „lucrarea e programata”, fara nicio data!!
- [[PERSON:Geta]] de la [[ADDRESS:Biserica Sf. Nicolae]] m-a ajutat sa cer etapa 2
- etapa 2 (asta): recunosc ca nu aveau un singur responsabil pt adaptari, acum au. responsabila:
d-na [[PERSON:Adaeze Nwosu]], tel [[PHONE:020 7946 0176]]
- rampa gata in 3 sapt, usa si dusul in 6 sapt. 500 lire + 90 lire pt taxiurile la spital
- fiul [[PERSON:Gigel]] (de fapt [[PERSON:George]], [[AGE:15]]) nu mai trebuie sa-l care pe tata
pe scari!!
- adresa unde vin muncitorii: [[ADDRESS:41 Tilbury Walk]], [[POSTCODE:SE28 0JD]]
"""),
    ),
    (
        "fv2r-ro-05",
        "ro",
        _s("""
răspuns la chestionarul de satisfacție [[ORGANISATION:Greenhaven Estates Trust]]:
Nume: [[PERSON:Ileana Stoica]]
Adresă: [[ADDRESS:Bloc C, flat 22]], [[ADDRESS:Wyvern Estate]]
Cod poștal: [[POSTCODE:n17 8bu]]
Telefon: [[PHONE:+44 (0)20 7946 0529]]
Email: [[EMAIL:ileana.stoica@example.net]]
Despre ce a fost plângerea? Șoareci în bucătărie și în dulapuri, luni de zile. Fetița
[[PERSON:Ilinca]] ([[AGE:3 ani]]) a găsit unul în pătuț. Am sunat de 5 ori, de fiecare dată alt om
de la firma [[ORGANISATION:Vermex Solutions]], fiecare a pus otravă și a plecat.
Cum s-a rezolvat? După plângerea formală ([[REFERENCE:GET-2024-1190]]) a venit un inspector,
domnul [[PERSON:Patrick O'Rourke]], care a găsit o gaură mare în spatele cuptorului, legată de tot
blocul. Au astupat găurile în 8 apartamente, au curățat, au schimbat dulapurile de jos. De 2 luni
nu mai avem șoareci. Ne-au dat 275 de lire.
Ce putem îmbunătăți? Să citiți istoricul înainte să trimiteți pe cineva. Și să nu-mi mai scrieți
„doamna [[PERSON:Stoika]]”, pe toate scrisorile numele era greșit.
"""),
    ),
    (
        "fv2r-ur-01",
        "ur",
        _s("""
بیٹے کے ساتھ WhatsApp، complaint کے ساتھ لگا دی:
[[PERSON:گڈو]]: امی boiler ٹھیک ہوا؟
میں: نہیں بیٹا، آج پھر engineer نہیں آیا۔ اور CO alarm بار بار بج رہا ہے
[[PERSON:گڈو]]: امی!! یہ خطرناک ہے۔ فوراً gas emergency کو فون کریں اور کھڑکیاں کھولیں
میں: کر دیا، وہ آئے، boiler بند کر گئے، کہا landlord نیا لگائے گا
[[PERSON:گڈو]]: میں [[ORGANISATION:Pendle Moor Homes]] کو complaint بھیجتا ہوں۔ آپ کا tenancy number کیا ہے؟
میں: [[REFERENCE:PMH-T-20385]]۔ پتہ تو تمہیں یاد ہے، [[ADDRESS:9 ایلڈر گروو]]
[[PERSON:گڈو]]: جی۔ ابو کی [[HEALTH:دل کی بیماری]] کا بھی لکھ دوں گا، ٹھنڈ ان کے لیے ٹھیک نہیں
میں: اور لکھنا کہ تین ہفتے سے ہم electric heater پر ہیں
(دس دن بعد)
[[PERSON:گڈو]]: امی جواب آ گیا۔ وہ مانتے ہیں کہ gas engineer کی report دو ہفتے کسی کے inbox میں پڑی
رہی۔ کل نیا boiler لگے گا، [[PERSON:شیرون]] نام کی officer خود check کرنے آئیں گی۔ 320 پاؤنڈ معاوضہ
اور heaters کا بجلی کا بل بھی وہ دیں گے
میں: اللہ تمہیں خوش رکھے [[PERSON:بلال]]
[[PERSON:گڈو]]: اور لکھا ہے کہ اب ہر بند کیے گئے boiler کا ایک دن کے اندر follow up ہوگا، خاص طور پر
جہاں کوئی بیمار یا بزرگ ہو
"""),
    ),
    (
        "fv2r-ur-02",
        "ur",
        _s("""
MP کے دفتر کا voicemail، caseworker نے لکھا:
«السلام علیکم، میرا نام [[PERSON:نسرین اختر]] ہے، [[ADDRESS:فلیٹ 31، بریک سائیڈ ہاؤس]] سے بول رہی ہوں،
[[POSTCODE:M16 7GA]]۔ ہمارے bathroom کی چھت سے پانی ٹپکتا ہے، اوپر [[ADDRESS:فلیٹ 35]] سے۔ چار مہینے ہو
گئے۔ بجلی کی light کے پاس سے پانی آتا ہے، میں ڈرتی ہوں۔ [[ORGANISATION:Irwell Bank Housing]] کو کئی بار
بتایا، job نمبر [[REFERENCE:IBH 60 4471]]۔ میری بیٹی [[PERSON:ماہ نور]]، [[AGE:گیارہ سال]] کی، اسے
[[HEALTH:ٹائپ ون ذیابیطس]] ہے، رات کو بار بار bathroom جانا پڑتا ہے۔ کسی نے کہا آپ کے ذریعے ہی Ombudsman
جا سکتے ہیں۔ میرا نمبر [[PHONE:صفر ایک چھ ایک، چار نو چھ، صفر پانچ دو آٹھ]] ہے۔»
caseworker [[PERSON:جارج]] کا نوٹ: ہم نے واپس فون کر کے بتایا کہ اب MP یا کونسلر کے ذریعے جانا ضروری
نہیں، وہ landlord کا complaint process مکمل کر کے خود Ombudsman جا سکتی ہیں۔ ہم نے stage 1 complaint
لکھنے میں مدد کی۔ دو ہفتے میں جواب: plumber نے اوپر والے فلیٹ میں ٹوٹا ہوا waste pipe پایا، مرمت ہوئی،
electrician نے light بدل دی، چھت نئی لگی، اور 290 پاؤنڈ۔ landlord نے لکھا کہ بجلی کے قریب کسی بھی leak کو
اب emergency مانا جائے گا۔
"""),
    ),
    (
        "fv2r-ur-03",
        "ur",
        _s("""
Facebook گروپ 'برمنگھم کمیونٹی ہیلپ' میں پوسٹ:
سب کو سلام۔ مشورہ چاہیے۔ میری ساس [[PERSON:زبیدہ بی بی]]، عمر [[AGE:79 سال]]، [[HEALTH:آرتھرائٹس]] اور
[[HEALTH:ڈیمنشیا]] کی مریضہ ہیں اور [[ADDRESS:23 کوٹریل اسٹریٹ]] میں ہمارے ساتھ رہتی ہیں۔ stairlift چھ
ہفتے سے خراب ہے، وہ نیچے lounge میں سوتی ہیں اور toilet اوپر ہے۔ [[ORGANISATION:Rea Valley Homes]] کے
contractor [[ORGANISATION:LiftCare Midlands]] کو تین بار call کیا۔ کیا کروں؟
کمنٹ، [[PERSON:عائشہ]] باجی: formal complaint کریں، 'urgent adaptation' لکھیں، اور GP کا letter لگائیں۔
کمنٹ، [[OTHER_ID:@sajid_advice_brum]]: اور 8 ہفتے انتظار والی بات بھول جائیں، اب complaint process ختم
ہوتے ہی Ombudsman جا سکتے ہیں۔
اپڈیٹ: complaint [[REFERENCE:RVH/ADP/3372]] کے بعد سب بدل گیا۔ officer [[PERSON:کلیئر]] نے اسی ہفتے
commode اور عارضی bed رکھوایا، اور contractor بدل کر نئی stairlift لگوائی۔ انہوں نے مانا کہ contractor
کی calls کوئی check نہیں کر رہا تھا۔ 200 پاؤنڈ اور معافی کا خط اردو میں۔ اب ہر stairlift کی خرابی 48
گھنٹے میں ٹھیک کرنی ہوگی۔ جزاک اللہ سب کو۔ [[PERSON:فرحان]] (رابطہ: [[EMAIL:farhan.qureshi@example.com]])
"""),
    ),
    (
        "fv2r-ur-04",
        "ur",
        _s("""
stage 2 والے خط کی پشت پر لکھا:
- ہم [[ADDRESS:5 ایش ورتھ پلیس کا بیسمنٹ فلیٹ]] میں ہیں، [[ADDRESS:مسجد نورالاسلام]] کے بالکل پیچھے
- بیٹا [[PERSON:ایان]]، پیدائش [[DATE_OF_BIRTH:14 فروری 2024]]، پیدا ہوتے ہی کمرے میں کالی پھپھوندی
- health visitor [[PERSON:ڈیبی]] نے لکھ کر دیا کہ بچے کے لیے خطرہ ہے
- شوہر [[PERSON:عمران]] کا [[HEALTH:ڈپریشن]] بھی بڑھ گیا
- repair نمبر: [[REFERENCE:HH/R/99102]]، [[REFERENCE:HH/R/99547]]، [[REFERENCE:HH/R/100236]]
- stage 1 جواب: 'condensation ہے، کھڑکی کھولیں'
- compensation form کے لیے NI نمبر دیا: [[NI_NUMBER:JK 83 56 02 A]]
- stage 2 (یہ خط): مان گئے کہ basement کی tanking خراب ہے، زمین کا پانی دیوار میں آتا ہے۔ ہمیں
[[ADDRESS:فلیٹ 2، ہیدر فیلڈ ہاؤس]] میں عارضی منتقلی، کام کے بعد واپسی یا مستقل نیا گھر، ہماری مرضی۔ 650 پاؤنڈ۔
- landlord: [[ORGANISATION:Heatonfield Homes]]، officer مسٹر [[PERSON:داؤد]]، [[PHONE:0161 496 0914]]
- سبق (ان کے لفظوں میں): جس گھر میں نیا بچہ ہو وہاں mould کی رپورٹ پر 'condensation' لکھنے سے پہلے
surveyor بھیجیں۔
"""),
    ),
    (
        "fv2r-ur-05",
        "ur",
        _s("""
[[ORGANISATION:Ryburn Vale Housing]] سروے، شکایت کے بعد
نام: [[PERSON:محمد اقبال بٹ]]
پتہ: [[ADDRESS:فلیٹ 8، ونڈرمیئر کورٹ]]، [[POSTCODE:HX1 4RB]]
ای میل: [[EMAIL:iqbal.butt1957@example.net]]
عمر: [[AGE:67]]
1۔ شکایت کس بارے میں تھی؟
بلڈنگ کا مین دروازہ تین مہینے سے ٹوٹا ہوا تھا، کوئی بھی اندر آ جاتا۔ سیڑھیوں میں لوگ سوتے اور نشہ
کرتے۔ میری بیوی [[PERSON:رضیہ]] [[HEALTH:نابینا]] ہیں، اکیلے نیچے جانے سے ڈرتی تھیں۔ میں نے ہر بار فون
کیا، ہر بار کہا گیا letter آئے گا، اور letter انگریزی میں آیا جو ہم نہیں پڑھ سکتے۔
2۔ کیسے حل ہوا؟
پوتے [[PERSON:ریحان]] نے online complaint کیا، نمبر [[REFERENCE:RVH-CMP-5580]]۔ ایک ہفتے میں نیا door
entry system لگا، fob والا۔ officer [[PERSON:ٹریور]] خود آئے اور اردو بولنے والی ساتھی [[PERSON:شازیہ]] کو
ساتھ لائے۔ 150 پاؤنڈ اور معافی۔
3۔ کیا بہتر ہو سکتا ہے؟
ہماری زبان آپ کے system میں لکھی ہے، پھر بھی خط انگریزی میں۔ اب کہتے ہیں ٹھیک کر دیا ہے۔
ٹیلی فون: [[PHONE:07700 900376]]
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
