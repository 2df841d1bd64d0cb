"""Fresh version-2 PII test stories, batch aq.

Residents with learning disabilities, low literacy or little schooling, writing simply with a
support worker or a family member: short spoken sentences, repetition, odd or missing capitals,
phonetic and inconsistent spellings of names, streets and landlords ("Brookfeild Rd", "Fenland
Hołms", "Grinhil Hausing"), numbers written as they are said (phone numbers in words, in native
digits, with +44), and the helper's short notes in brackets. The stories carry names (full names,
nicknames, diminutives, lower-case names, English names written in Arabic, Bengali, Gurmukhi and
Urdu script), full and partial addresses, named blocks, sites, schools, surgeries, mosques, churches,
a gurdwara, a pub and shops, postcodes in any case, phones, spelt-out emails, complaint, repair, ASB
and Ombudsman references, dates of birth in figures and words, ages, NHS numbers, vehicle
registrations, social media handles, a profile address, BRP and passport numbers, sort codes and
account numbers, with landlords, contractors, conditions, national origin, religion and immigration
status.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 7 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 60.0% of 35, recall 96.8%, precision
79.2%, on the committed detector 01e2b12 (after round 41); leak-free by language ar 2, bn 2, en 3, pa 4, pl 2, ro 4, ur 4 of 5.
On the detector as it landed before rounds 34 to 42 (87cfc38): 57.1%.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2aq-en-01",
        "en",
        _s("""
my name is [[PERSON:Darren Pickles]] but evry one calls me [[PERSON:Dazza]]. my birthday is the
[[DATE_OF_BIRTH:third of june nineteen ninety]]. i live at [[ADDRESS:14 Brookfeild Rd]] [[POSTCODE:ls12 4xq]].
its the flat on the bottom. My landlord is [[ORGANISATION:Brookfeild Homes]]. (support worker note: the
landlord is [[ORGANISATION:Brookfield Homes]], [[PERSON:Darren]] spells it like his road. [[PERSON:Sharon]])

my toilet was broke. it was broke for a long time. it was broke from xmas to easter. i had to use the toilet
at the [[ADDRESS:Kings Arms]] over the road. the man in there [[PERSON:Big Steve]] said thats not right mate,
thats not right.

i rang them lots. i rang [[PHONE:0113 496 0218]]. i rang and rang and rang. a lady called [[PERSON:Kerry]]
said a man called [[PERSON:will]] will come tuesday. no man come. i rang again. she said a man will come. no
man come.

[[PERSON:sharron]] helped me do a complant. the complant number is [[REFERENCE:BH 4471]]. (I rang too and gave
them my work mobile [[PHONE:07700 900 416]] so they can text me, as [[PERSON:Darren]] cant do emails.
[[PERSON:Sharon]])

then a man came called Mr [[PERSON:Ali]]. he was nice. he said sorry [[PERSON:Dazza]] this is bad. he put a
new toilet in. a NEW one not a fixed one. i got £150 for the trouble and a letter saying sorry.

I have [[HEALTH:epilepsy]] and my tablets make me need the toilet quick so it was bad. really bad. now they put
a flag on my file so if my toilet brakes they come the same day. i like that. my mum says good.
"""),
    ),
    (
        "fv2aq-en-02",
        "en",
        _s("""
hello my name is [[PERSON:Tracey-Ann Mulligan]]. my daughter [[PERSON:Kayleigh]] is writing this for me
because i dont read or write good. we live at [[ADDRESS:flat 9]], [[ADDRESS:Holloway Court]] on the
[[ADDRESS:Marsh Lane estate]], [[POSTCODE:M40 7TB]]. The landlord is [[ORGANISATION:Northgate Living]].

there was black mould in the back bedroom. Black all up the wall and on the cot. my little one
[[PERSON:Alfie]] is [[AGE:4]] and he has [[HEALTH:asmer]] (she means [[HEALTH:asthma]], [[PERSON:Kayleigh]]).
He kept being off from [[ADDRESS:St Annes Primary]] with his chest and the doctor at
[[ADDRESS:Cheetwood Medical Centre]] wrote a letter for us.

i rang [[ORGANISATION:northgate]]. i rang them like twenty times. the number is
[[PHONE:oh one six one four nine six oh five five two]]. they said wipe it with bleach. we wiped it with
bleach. it come back. it always come back.

then [[PERSON:Kayleigh]] done a complaint on the computer. the complaint number is [[REFERENCE:NGL/C/20931]].
they wrote back to [[PERSON:Kayleigh]]'s email thats [[EMAIL:kayleigh.m97 at example dot com]].

a man called [[PERSON:Gaz]] from [[ORGANISATION:Dampcure North]] came. he was good. he said the air brick was
blocked and the fan never even worked. he put a new fan in and they done the wall and painted it. we got a
new matress for [[PERSON:Alfie]] and £300.

now they come back every 6 month to check. [[PERSON:Alfie]] is better. he is not off school so much. thank
you to [[PERSON:Gaz]] and to Mrs [[PERSON:Begum]] who listened to me on the phone and did not rush me.
"""),
    ),
    (
        "fv2aq-en-03",
        "en",
        _s("""
Me name is [[PERSON:Patrick Joseph Doyle]], people call me [[PERSON:Paddy]], at the club its
[[PERSON:Old Paddy]]. I am [[AGE:81]]. I never went to school much so my nephew [[PERSON:Sean]] is writing
what I say.

I live at [[ADDRESS:number 64]] [[ADDRESS:Cromwell House]], thats the tall block behind the
[[ADDRESS:Greenway Spar]]. The landlord is [[ORGANISATION:Castlegate Housing Trust]],
[[ORGANISATION:Castelgate]] I call them.

The lift was broke. Six weeks it was broke. I am on the eleventh floor. With my [[HEALTH:COPD]] I cant do them
stairs, no way. I was stuck in like a prisoner. [[PERSON:Sean]] had to bring me shopping up every day after
work.

I rung the repairs [[PHONE:0121 496 0735]]. They said the part is coming from germany. Then they said next
week. Every week it was next week. My car is sat downstairs, the blue Micra [[OTHER_ID:KE12 PWD]], and I
couldnt get down to it for my hospital.

([[PERSON:Sean]]: I made a complaint for my uncle by email from [[EMAIL:sean.doyle@example.net]], reference
[[REFERENCE:CHT-88214]]. They took five weeks to answer so we went to the Housing Ombudsman, case number
[[REFERENCE:202412087]].)

Then the manager Mrs [[PERSON:Olawale]] came round herself. She said sorry to me. She put me in a ground
floor flat, [[ADDRESS:flat 1]], till the lift was done. They give me £400 and a new lift. The new lift has a
phone in it.

Now when the lift is broke they ring everyone in the block with a disabilty on the first day. Thats a good
thing. Thank you [[PERSON:Sean]].
"""),
    ),
    (
        "fv2aq-en-04",
        "en",
        _s("""
I am [[PERSON:Jodie]]. [[PERSON:Jodie Marie Clarke]]. I am [[AGE:22]]. I have [[HEALTH:downs syndrome]] and I
live on my own with help. I live in [[ADDRESS:flat 3b]] [[ADDRESS:Willow Gardens]] [[POSTCODE:S6 2PJ]]. My
landlord is [[ORGANISATION:Don Valley Homes]].

My boiler broke when it was cold. No hot water. No heat. I was cold. I wore my coat in bed. I wore my hat in
bed.

I told [[PERSON:Bev]]. [[PERSON:Bev]] is my support worker. (Note from [[PERSON:Bev Ashworth]], support
worker: [[PERSON:Jodie]] reported it on the Monday, repair job [[REFERENCE:R-556102]]. The engineer did not
come for 9 days.)

I phone them. I phone them on [[PHONE:0114 496 0871]]. The man said you are on the list. I said I am cold. He
said you are on the list.

My mum put it on facebook. I put it on my instagram it is [[OTHER_ID:@jodiesparkles22]]. Lots of people said
thats bad [[PERSON:Jodie]].

[[PERSON:Bev]] helped me make a complaint. The complaint number is [[REFERENCE:DVH-COMP-7730]].

A lady [[PERSON:Priya]] from complaints rang me. She was kind. She talked slow for me. She said sorry. They
brought 2 heaters the same day. The boiler man [[PERSON:Tony]] from [[ORGANISATION:Heatright Services]] came
the next day and put a new part in.

I got £250. I bought a new duvet with stars. Now there is a note on my file that I need help and if my
heating breaks they come in 24 hours. (They have also agreed to ring me on [[PHONE:07700900583]] as well as
[[PERSON:Jodie]], as [[PERSON:Jodie]] finds phone calls hard. [[PERSON:Bev]])
"""),
    ),
    (
        "fv2aq-en-05",
        "en",
        _s("""
my name is [[PERSON:Bridget McDonagh]] and im a [[OTHER_SPECIAL:Irish Traveller]]. i cant read or write much
so my cousin [[PERSON:Nora]] is putting this down for me word for word.

we live on [[ADDRESS:pitch 11]] at [[ADDRESS:Hollins Lane site]], thats the council site,
[[POSTCODE:wf103ns]]. The site is run by [[ORGANISATION:Calder vale council]].

the sewer was coming up by the washing block. the smell was desprate. my youngest [[PERSON:Mikey]] is only
[[AGE:18 month]] and he was crawling out there. my other boy [[PERSON:Johnjo]] is [[AGE:six]] and he had it
on his shoes into the trailer.

i rang the site man Mr [[PERSON:Hanley]] on [[PHONE:07700 900 127]] loads of times. He said its not his job
its the drains people. the drains people said its the council. the council said its Mr [[PERSON:Hanley]].
round and round.

([[PERSON:Nora]]: I rang the council and made a complaint for [[PERSON:Bridget]], the number they gave was
[[REFERENCE:CV 30418]]. They asked for her date of birth, she said it was the
[[DATE_OF_BIRTH:twelth of march eighty seven]].)

After the complaint men from [[ORGANISATION:Pennine Drainage]] came and dug it all up and put a new pipe in.
the council said sorry and said the old pipe was broke for years. They give us £200 and it went in the bank,
the account ending [[OTHER_ID:6650]].

now the council checks the drains every 3 months and theres a number on the board by the gate you can ring
for drains straight away. [[PERSON:Mikey]] can play out again. Thank you [[PERSON:Nora]].
"""),
    ),
    (
        "fv2aq-ar-01",
        "ar",
        _s("""
اسمي [[PERSON:آمنة عبد الرحيم]]. انا [[OTHER_SPECIAL:سودانيه]] وجيت بريطانيا [[OTHER_SPECIAL:لاجئه]] سنة
٢٠١٩. ما قريت كتير في المدرسه، بنتي [[PERSON:سلمى]] بتكتب معاي.

ساكنين في [[ADDRESS:شقه ٧]] في [[ADDRESS:ريفرسايد هاوس]]، الرمز [[POSTCODE:b10 0se]]. البيت تبع شركه
اسمها [[ORGANISATION:ميدلاند هومز]] ([[ORGANISATION:Midland Homes]]).

في عفن في غرفة الاولاد. اسود في الحيطه وفي الشباك. ولدي [[PERSON:ياسر]] عمرو [[AGE:٦ سنين]] عندو
[[HEALTH:ربو]]. كل ليله يكح ويكح. بنتي الصغيره [[PERSON:رنا]] عمرها [[AGE:سنتين]] وكمان بقت تكح.

الدكتوره [[PERSON:هيلين]] في [[ADDRESS:عيادة سمول هيث]] كتبت جواب انو العفن بيتعب [[PERSON:ياسر]]. والمدرسه
[[ADDRESS:مدرسة غرين لين الابتدائيه]] قالو هو بيغيب كتير.

اتصلت على [[PHONE:٠١٢١ ٤٩٦ ٠٤٨٢]] كم مره. قالو امسحي بالكلور. مسحنا بالكلور. رجع تاني. مسحنا تاني. رجع
تاني.

[[PERSON:سلمى]] عملت شكوه في الانترنت، الرقم [[REFERENCE:MH-C-61820]]. هم ردو على ايميل
[[PERSON:سلمى]] [[EMAIL:salma.a.rahim@example.com]] وبعدين الموظف [[PERSON:جيمس]] جا البيت وشاف بعينو.

جو ناس من شركة [[ORGANISATION:درايهوم]] حطو مروحه جديده وعالجو الحيطه ودهنو. ادونا ٢٥٠ جنيه واعتذرو.
ومن داك الوقت بيجو يشيكو كل ٣ شهور.

هسه [[PERSON:ياسر]] احسن والحمد لله، وما بيغيب من المدرسه زي زمان. شكرا للاستاذ [[PERSON:جيمس]].
"""),
    ),
    (
        "fv2aq-ar-02",
        "ar",
        _s("""
انا [[PERSON:محمود الحلبي]]، ابني [[PERSON:حمزه]] عم يكتب عني لانو انا ما بعرف اكتب منيح، وراسي صار بطيء
شوي من [[HEALTH:الجلطه]] هيك قال الدكتور.

بيتنا [[ADDRESS:٥٢ ستانلي رود]]، [[POSTCODE:BD7 1QN]]. البيت تبع [[ORGANISATION:انكلوود هاوسينغ]]، بالانكليزي
[[ORGANISATION:Inglewood Housing]].

شباك غرفة النوم مكسور من الشتي. الهوا بيفوت والمي كمان. صار في رطوبه وريحه. ام [[PERSON:حمزه]] صارت تنام
بالصالون من البرد.

اتصلنا على [[PHONE:01632 960 377]]. قالو في عامل رح يجي. اجا واحد اسمو [[PERSON:ريك]] وحط كرتونه مكان
القزاز وراح. كرتونه! تلات شهور كرتونه.

[[PERSON:حمزه]] كتب شكوى من ايميلو [[EMAIL:hamza dot halabi at example dot org]]. رقم الشكوى
[[REFERENCE:IWH 39055]]. ما ردو. كتب مره تانيه. ما ردو.

بعدين اجت ست اسمها [[PERSON:ميشيل]] من قسم الشكاوي، واعتذرت. قالت الشباك لازم يتصلح باسبوع مش ب٣ شهور.
جابو شركة [[ORGANISATION:كلير فيو ويندوز]] وركبو شباك جديد دبل. وعالجو الرطوبه ودهنو الحيط.

ادونا ١٨٠ باوند. وكمان سيارتي [[OTHER_ID:YB14 HZP]] كانت واقفه تحت الشباك، والقزاز المكسور وقع عليها
وكسر الضو، دفعولي تصليحو.

هلق صار عندهم قاعده: الشباك المكسور بيتصلح خلال ٧ ايام. الحمد لله البيت دافي. شكرا [[PERSON:حمزه]] يا ابني.
"""),
    ),
    (
        "fv2aq-ar-03",
        "ar",
        _s("""
اني [[PERSON:نجيبه كاظم]]، عمري [[AGE:٨٣ سنه]]. حفيدتي [[PERSON:زينب]] تكتب لان اني ما اعرف اقره واكتب زين،
بس سنتين رحت للمدرسه بالعماره. مواليدي
[[DATE_OF_BIRTH:اول تموز سنة الف وتسعميه واحد واربعين]].

ساكنه بالطابق التاسع في عماره اسمها [[ADDRESS:بيكون تاور]]، [[ADDRESS:شقه ٩٣]]، يم [[ADDRESS:جامع الزهراء]]،
[[POSTCODE:W12 8LR]]. الشركه اسمها [[ORGANISATION:ويستبورن ليفنغ]].

المصعد خربان. خربان شهرين. اني گاعده بالبيت مثل المحبوسه. اني عندي [[HEALTH:سكر]] وعندي [[HEALTH:ضغط]] ورجلي تعبانه. ما اگدر انزل الدرج.
ما رحت للجامع ولا للدكتور. [[PERSON:زينب]] تجيب لي الاكل والدوا كل يوم بعد الدوام.

اتصلنا على [[PHONE:٠٢٠ ٧٩٤٦ ٠٨٣٩]]. كل مره يگولون القطعه جايه. القطعه جايه. شهرين والقطعه جايه.

[[PERSON:زينب]] سوت شكوى، رقمها [[REFERENCE:WL-88107]]. ما صار شي. بعدين كتبت للامبودسمان، رقم القضيه
[[REFERENCE:202503318]].

بعدها اجه مدير اسمه [[PERSON:مارك]] وگال اسفين. نقلوني لشقه بالطابق الارضي، [[ADDRESS:شقه ٢]]، لحد ما
صلحو المصعد. شركة [[ORGANISATION:ابيكس لفتس]] بدلت المكينه كلها.

انطوني ٤٥٠ باونه وورقه بيها اعتذار. وهسه اذا المصعد خرب يتصلون بكل واحد كبير بالعمر او مريض بنفس اليوم.
الحمد لله رجعت اروح [[ADDRESS:جامع الزهراء]] يوم الجمعه. الله يخلي [[PERSON:زينب]].
"""),
    ),
    (
        "fv2aq-ar-04",
        "ar",
        _s("""
انا اسمي [[PERSON:عبده سالم القاضي]]، الناس يقولو لي [[PERSON:عبده]]. اشتغل في دكان. ما اعرف كتابه كثير.

ساكن في [[ADDRESS:١٨ ويلو ستريت]]، [[POSTCODE:l82ty]]. البيت من [[ORGANISATION:ميرسي بانكس هومز]].

الجيران في [[ADDRESS:رقم ٢٠]]، الولد [[PERSON:جيدن]] وصاحبه، يرمو زباله قدام بابي ويكتبو على الجدار كلام
وسخ عن [[OTHER_SPECIAL:المسلمين]]. ويصورو وينزلو في تيك توك على حساب [[OTHER_ID:@jaydn.l8]]. كل يوم. كل
يوم.

اتصلت على الرقم [[PHONE:0151 496 0347]] وقالو هذي مشكلة شرطه. الشرطه قالو هذي مشكلة السكن. رحت وجيت.
صرت خايف اطلع من البيت، وصرت اسكر الدكان بدري عشان ما اتاخر بالليل.

(ملاحظه من [[PERSON:فاطمه الزبيدي]]، عاملة دعم: ساعدنا [[PERSON:عبده]] يقدم شكوى رسمية، رقم قضية السلوك
المعادي للمجتمع [[REFERENCE:ASB/2024/1173]]. وضحنا ان هذا تحرش بسبب الدين.)

بعدها جات الموظفه [[PERSON:كلير]] مع شرطي اسمه [[PERSON:داني]]. ركبو كاميرا فوق بابي. شافو كل شي. ام
[[PERSON:جيدن]] اخذت انذار اخير، ونظفو الجدار، والفيديوهات انشالت.

قالو لي اسفين ان الموضوع طول ٥ شهور. اعطوني ١٥٠ جنيه. والحين عندهم موظف خاص لقضايا الكراهيه يرد في
نفس الاسبوع. اذا احد يحتاجني رقمي [[PHONE:٠٧٧٠٠ ٩٠٠٢٦٥]]. شكرا [[PERSON:فاطمه]].
"""),
    ),
    (
        "fv2aq-ar-05",
        "ar",
        _s("""
سلام. انا [[PERSON:خديجة]]. [[PERSON:خديجه بنعلي]]. عندي [[AGE:٢٤ عام]]. عندي [[HEALTH:اعاقه ذهنيه]].
كنكتب مع [[PERSON:صوفي]]، هي الموظفه ديالي.

كنسكن في [[ADDRESS:شقه نمره ٤]] في [[ADDRESS:كيتس هاوس]]، [[POSTCODE:N15 4XB]]. الدار ديال
[[ORGANISATION:نورث ريفر هومز]].

الشوفاج ما خدامش. الما السخون ماكاينش. البرد بزاف. كنت كنعس بالجاكيط. كنت كنعس بالجاكيط والطاقيه. ما
قدرتش ندوش. ما قدرتش نغسل حوايجي. كنت كنبكي فالليل بوحدي وما عرفتش شنو ندير.

عيطت على [[PHONE:020 7946 0762]]. قالو ليا تسناي. تسنيت. تسنيت. عاود عيطت. قالو تسناي.

(ملاحظة [[PERSON:صوفي]]: [[PERSON:خديجة]] [[OTHER_SPECIAL:لاجئة]] وعندها بطاقة الاقامة BRP رقم
[[OTHER_ID:ZR8014427]]. الشركة طلبو منها هاد الرقم قبل ما يصلحو الشوفاج، وهذا ماشي ضروري. درنا شكاية رقم
[[REFERENCE:NRH-3302]].)

من بعد الشكاية جا [[PERSON:علي]] من شركة [[ORGANISATION:هيت بلس]] وبدل الشوديير. ولى كلشي سخون.

عطاوني ٢٢٠ جنيه وكتبو ليا سماحه. قالو ماغاديش يطلبو الاوراق ديال الاقامة باش يصلحو. دابا ملي كيخسر
الشوفاج كيجيو نفس النهار، وكيعيطو حتى على [[PERSON:صوفي]] فالنمرة [[PHONE:07700 900 818]].

دابا الدار سخونه وكنعس مزيان. انا فرحانه. شكرا [[PERSON:صوفي]]. شكرا [[PERSON:علي]].
"""),
    ),
    (
        "fv2aq-bn-01",
        "bn",
        _s("""
আমার নাম [[PERSON:রুকসানা বেগম]]। সবাই আমারে [[PERSON:রুকু]] ডাকে। আমি বেশি লেখাপড়া জানিনা, আমার বড়
মেয়ে [[PERSON:তানিয়া]] লিখে দিতেছে।

আমরা থাকি [[ADDRESS:ফ্লাট ২২]], [[ADDRESS:লিটন হাউস]], [[POSTCODE:E1 4PR]]। [[ADDRESS:বায়তুল আমান মসজিদ]] এর
পাশে। বাড়িওয়ালা [[ORGANISATION:টাওয়ার ভিউ হোমস]]।

দুই বেডরুম ফ্লাটে আমরা ৬ জন। ঘরের দেয়ালে কালো ফাংগাস। বাথরুমে পানি পড়ে। আমার ছোট ছেলে
[[PERSON:আয়ান]] এর বয়স [[AGE:৩ বছর]], ওর [[HEALTH:এজমা]]। মেজো মেয়ে [[PERSON:নুসরাত]] [[AGE:৯ বছর]], পড়ে
[[ADDRESS:হ্যানবারি প্রাইমারি]] স্কুলে। [[ADDRESS:জুবিলি হেলথ সেন্টার]] এর ডাক্তার চিঠি দিছে।

আমি ফোন করছি [[PHONE:০২০ ৭৯৪৬ ০৬৭৪]] কতবার। তারা বলে জানালা খুলে রাখো। শীতের মধ্যে জানালা খুলে রাখমু
কেমনে? বাচ্চা ঠান্ডা লাগে।

[[PERSON:তানিয়া]] কমপ্লেইন করছে, নাম্বার [[REFERENCE:TVH-10427]]। উত্তর আইছে না। আবার লিখছে। উত্তর আইছে না।
তারপর হাউজিং অম্বুডসম্যানের কাছে গেছি, কেস নাম্বার [[REFERENCE:202406652]]।

অম্বুডসম্যান বলছে বাড়িওয়ালার দোষ। তারপর মিস্টার [[PERSON:হাসান]] আইসা ঘর দেখছে। [[ORGANISATION:ড্রাইওয়াল লিমিটেড]]
এর লোক ফাংগাস সাফ করছে, নতুন ফ্যান লাগাইছে। আমাদের ৬০০ পাউন্ড দিছে আর বড় বাসার লিস্টে আমাদের উপরে
তুলছে।

এখন তারা বলে বাচ্চার অসুখ থাকলে ফাংগাসের কেস আগে দেখবে। [[PERSON:আয়ান]] এখন রাতে কম কাশে। আল্লাহর রহমত।
[[PERSON:তানিয়া]] মা তোমারে ধন্যবাদ।
"""),
    ),
    (
        "fv2aq-bn-02",
        "bn",
        _s("""
আমি [[PERSON:মোহাম্মদ আব্দুল মতিন]]। বয়স [[AGE:৭৯]]। জন্ম তারিখ [[DATE_OF_BIRTH:১২/০৮/১৯৪৫]]। আমার ছেলে
[[PERSON:জুবের]] লিখতেছে, আমি গ্রামে কেলাস থ্রি পর্যন্ত পড়ছি, তারপর খেতে কাম।

থাকি [[ADDRESS:৪৭ ব্রেমলি রোড]], [[POSTCODE:e3 4lg]]। বাড়িওয়ালা [[ORGANISATION:পপলার রিভারসাইড হাউজিং]]।

আমার বউ নাই, ছেলে কামে যায়, দিনে আমি একা থাকি। আমার [[HEALTH:ডাইবেটিস]], পায়ে জোর নাই। বাথটাবে উঠতে পারি না। একবার পড়ে গেছি, মাথা ফাটছে। [[PERSON:জুবের]]
ফোন দিছে [[PHONE:জিরো টু জিরো সেভেন নাইন ফোর সিক্স জিরো থ্রি নাইন ওয়ান]] এই নাম্বারে। তারা বলে ওটি আসবে।
৭ মাস কেউ আসে নাই। ৭ মাস আমি গোসল করি বাটি দিয়া।

কমপ্লেইন নাম্বার [[REFERENCE:PRH/AD/3381]]। তারা আমার এনএইচএস নাম্বার চাইছে, দিছি
[[OTHER_ID:৬৪৩ ৮৮২ ১০৫৭]]। তবু কেউ আসে না।

তারপর [[PERSON:জুবের]] আবার ফোন দিছে, ম্যানেজার মিস [[PERSON:রেবেকা]] ধরছে। উনি ভালো মানুষ, সরি বলছে।
দুই সপ্তাহে ওটি আসছে। [[ORGANISATION:ইজিঅ্যাকসেস বাথরুমস]] এর [[PERSON:কামাল]] ভাই আর [[PERSON:পিট]] মিলে
ওয়াক-ইন শাওয়ার বানাইছে, ধরার হাতল দিছে, বসার চেয়ার দিছে।

৩০০ পাউন্ড দিছে আর সরি চিঠি। এখন নিয়ম হইছে, ৮ সপ্তাহের মধ্যে ওটি আসবে। আমি এখন নিজে গোসল করি।
জুম্মার দিন হাঁইটা [[ADDRESS:দারুল হুদা মসজিদ]] পর্যন্ত যাই। আলহামদুলিল্লাহ।
"""),
    ),
    (
        "fv2aq-bn-03",
        "bn",
        _s("""
আমি [[PERSON:রাজু]]। আসল নাম [[PERSON:রাজিব আহমেদ]]। আমার [[AGE:২৫ বছর]]। আমার [[HEALTH:অটিজম]] আছে।
[[PERSON:শিলা]] আপা আমারে লিখতে হেল্প করে।

আমি থাকি [[ADDRESS:ফ্লাট ৫, ৩ হাইফিল্ড রোড]], [[POSTCODE:OL8 1HX]]। বাড়িওয়ালা
[[ORGANISATION:পেনাইন এজ হোমস]]।

উপরের ফ্লাট থেকে পানি পড়ে। আমার রুমে। আমার বিছানায়। আমার কম্পিউটারে। কম্পিউটার নষ্ট। আমি কান্দি।

আমি ফোন করি [[PHONE:০১৬১ ৪৯৬ ০৯২৩]]। তারা বলে উপরের লোকের সাথে কথা কও। উপরের লোক [[PERSON:গ্যারি]]
দরজা খুলে না। আমি ভয় পাই।

(নোট, [[PERSON:শিলা চৌধুরী]], সাপোর্ট ওয়ার্কার: আমরা অনলাইনে কমপ্লেইন করছি, রেফারেন্স
[[REFERENCE:PEH 20871]]। জবাব আসছে আমার ইমেইলে [[EMAIL:shila dot chowdhury at example dot net]]।
[[PERSON:রাজু]] ফোনে কথা বলতে ভয় পায়, তাই আমার নাম্বার দিছি [[PHONE:07700 900 248]]।)

তারপর [[PERSON:ডেবি]] ম্যাডাম আসছে। উনি উপরে [[PERSON:গ্যারি]] এর দরজায় গেছে। প্লাম্বার [[PERSON:স্টিভ]]
আসছে [[ORGANISATION:আরকে প্লাম্বিং]] থেকে, পাইপ ঠিক করছে। আমার সিলিং নতুন রং করছে। আমারে নতুন
কম্পিউটারের টাকা দিছে, ৪৫০ পাউন্ড।

এখন তারা বলছে লিক হইলে উপরের ফ্লাটে তারা নিজেরা যাইবো, আমারে আর কথা কইতে বলবো না। আমি খুশি। থ্যাংক
ইউ [[PERSON:শিলা]] আপা। থ্যাংক ইউ [[PERSON:ডেবি]] ম্যাডাম।
"""),
    ),
    (
        "fv2aq-bn-04",
        "bn",
        _s("""
আমার নাম [[PERSON:শাহনাজ পারভিন]], আমি লেখাপড়া কম জানি, ভুল হইলে মাফ করবেন। আমার জামাই লিখতে পারে না,
তাই আমি নিজেই লিখতেছি।

আমরা থাকি [[ADDRESS:১০৯ কভেন্ট্রি রোড]], [[POSTCODE:B10 0RX]], [[ADDRESS:সোনার বাংলা সুপারস্টোর]] এর উপরের
ফ্লাট। বাড়িওয়ালা [[ORGANISATION:স্মল হিত হাউজিং]]।

রান্নাঘরে তেলাপোকা। অনেক। রাতে লাইট দিলে দৌড়ায়। বাচ্চাদের খাবারে, বাচ্চাদের বিছানায়। আমার ছেলে
[[PERSON:আরিয়ান]] [[AGE:১১ বছরের]], মেয়ে [[PERSON:মিম]] এর বয়স [[AGE:সাত]]। [[PERSON:মিম]] পোকা দেখলে চিল্লায়। বাচ্চারা রাতে ঘুমাইতে পারে না, আমিও পারি না।

আমি ফোন দিছি [[PHONE:জিরো ওয়ান টু ওয়ান ফোর নাইন সিক্স জিরো ফাইভ এইট এইট]]। তারা স্প্রে দিছে, কাজ হয়
নাই। আবার স্প্রে দিছে। কাজ হয় নাই।

কমপ্লেইন করছি, নাম্বার [[REFERENCE:SHH-77219]]। [[ORGANISATION:স্মল হিথ হাউজিং]] থেকে ইনস্পেক্টর
[[PERSON:জোনাথন]] আসছে। উনি বলছে পেছনের ড্রেন ভাঙা, ওখান দিয়া পোকা আসে। কাজের দিন আমাদের গাড়ি
[[OTHER_ID:BK21 OTM]] সরাইতে কইছে, কারণ পেছনে ড্রেন খুলতে হইবো।

[[ORGANISATION:বাগবাস্টারস]] এর লোক আইসা ড্রেন ঠিক করছে, ৩ বার স্প্রে দিছে। কিচেনের কাবার্ড নতুন দিছে।
২০০ পাউন্ড দিছে।

এখন তারা বলে একবার স্প্রে করে কাজ না হইলে ড্রেন চেক করবে। আর পোকা নাই। ধন্যবাদ মিস্টার
[[PERSON:জোনাথন]]।
"""),
    ),
    (
        "fv2aq-bn-05",
        "bn",
        _s("""
আমি [[PERSON:ফারজানা খাতুন]], আমার ছোট বোন [[PERSON:পিংকি]] লিখে দিল। আমরা [[OTHER_SPECIAL:বাঙালি]]
[[OTHER_SPECIAL:মুসলিম]] ফ্যামিলি।

আমরা থাকি [[ADDRESS:৬ নাম্বার ফ্লাটে]], [[ADDRESS:ম্যাপল কোর্ট]], [[POSTCODE:lu2 7dd]]। আমাদের বিল্ডিং
[[ADDRESS:বারি পার্ক কমিউনিটি সেন্টার]] এর পিছনে। বাড়িওয়ালা [[ORGANISATION:চিলটার্ন গেট হাউজিং]]।

পাশের ফ্লাটের মহিলা [[PERSON:ডনা]] আর ওর ছেলে [[PERSON:রাইলি]] আমাদের দরজায় থুথু দেয়, আমার হিজাব নিয়া
খারাপ কথা বলে, বলে দেশে ফেরত যাও। [[PERSON:রাইলি]] টিকটকে ভিডিও দেয় [[OTHER_ID:@rileyy_lu2]] নামে, আমার
মায়েরে নিয়া হাসাহাসি করে।

আমার মায়ের [[HEALTH:ডিপ্রেশন]] বাড়ছে। আম্মা ঘর থেকে বাইর হয় না। আম্মা কান্দে। আমরা ভয়ে রাতে লাইট বন্ধ করি না।

ফোন দিছি [[PHONE:০১৬৩২ ৯৬০ ৪৯০]]। তারা বলে দুই পক্ষের ঝগড়া। ঝগড়া না, এটা হেইট।

[[PERSON:পিংকি]] ইমেইল করছে [[EMAIL:pinky.khatun@example.co.uk]] থেকে, সাথে ভিডিও লিংক। এএসবি কেস নাম্বার
[[REFERENCE:CGH/ASB/5021]]।

তারপর কমিউনিটি অফিসার [[PERSON:নাদিয়া]] আর ম্যানেজার মিস্টার [[PERSON:কলিন্স]] আসছে। তারা [[PERSON:ডনা]]
কে শেষ ওয়ার্নিং দিছে, টিকটক থেকে ভিডিও নামাইছে। আমাদের দরজায় ক্যামেরা দিছে। ১৫০ পাউন্ড দিছে, সরি
বলছে যে প্রথমে বিশ্বাস করে নাই।

এখন তারা হেইট কেস আলাদা করে দেখে। আম্মা আবার [[ADDRESS:বারি পার্ক কমিউনিটি সেন্টার]] এ সেলাই ক্লাসে যায়।
"""),
    ),
    (
        "fv2aq-pa-01",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਂ [[PERSON:ਕਰਤਾਰ ਸਿੰਘ ਢਿੱਲੋਂ]] ਹੈ। ਮੇਰੀ ਉਮਰ [[AGE:੮੪ ਸਾਲ]] ਏ। ਮੈਂ ਸਕੂਲ ਨਹੀਂ ਗਿਆ, ਪਿੰਡ ਡੰਗਰ
ਚਾਰਦਾ ਸੀ। ਪੋਤਾ [[PERSON:ਗੁਰਵੀਰ]] ਲਿਖਦਾ ਪਿਆ ਜੋ ਮੈਂ ਬੋਲਦਾ ਹਾਂ। ਜਨਮ ਤਰੀਕ [[DATE_OF_BIRTH:੨੦ ਜਨਵਰੀ ੧੯੪੧]]।

ਅਸੀਂ [[ADDRESS:੯ ਗ੍ਰੀਨਵੁੱਡ ਐਵੇਨਿਊ]] ਤੇ ਰਹਿੰਦੇ ਹਾਂ, [[POSTCODE:WV4 6JT]], [[ADDRESS:ਗੁਰਦੁਆਰਾ ਗੁਰੂ ਤੇਗ ਬਹਾਦਰ ਸਾਹਿਬ]]
ਦੀ ਪਿਛਲੀ ਗਲੀ। ਘਰ [[ORGANISATION:ਬਲੈਕ ਕੰਟਰੀ ਲਿਵਿੰਗ]] ਦਾ ਹੈ।

ਛੱਤ ਚੋਂਦੀ ਸੀ। ਮੀਂਹ ਪਵੇ ਤਾਂ ਪਾਣੀ ਮੇਰੇ ਕਮਰੇ ਚ ਆਵੇ। ਮੇਰੀ ਪੱਗਾਂ ਵਾਲੀ ਅਲਮਾਰੀ ਗਿੱਲੀ ਹੋ ਗਈ। ਮੈਨੂੰ
[[HEALTH:ਗਠੀਆ]] ਐ, ਠੰਡ ਚ ਗੋਡੇ ਬਹੁਤ ਦੁਖਦੇ। ਰਾਤ ਨੂੰ ਬਾਲਟੀ ਰੱਖ ਕੇ ਸੌਂਦਾ ਸੀ।

[[PERSON:ਗੁਰਵੀਰ]] ਨੇ [[PHONE:੦੧੬੩੨ ੯੬੦ ੧੫੫]] ਤੇ ਫੋਨ ਕੀਤਾ। ਉਹਨਾ ਕਿਹਾ ਲਿਸਟ ਤੇ ਹੋ। ਚਾਰ ਮਹੀਨੇ ਲਿਸਟ ਤੇ।
ਲਿਸਟ ਤੇ ਲਿਸਟ ਤੇ।

ਫੇਰ ਸਿਕਾਇਤ ਕੀਤੀ, ਨੰਬਰ [[REFERENCE:BCL-62093]]। [[PERSON:ਗੁਰਵੀਰ]] ਨੇ ਆਪਣੀ ਈਮੇਲ
[[EMAIL:gurveer.dhillon@example.com]] ਦਿੱਤੀ ਤਾਂ ਜਵਾਬ ਆਇਆ।

ਫੇਰ ਸਰਵੇਅਰ [[PERSON:ਪੌਲ]] ਆਇਆ। ਉਹਨੇ ਉੱਤੇ ਚੜ੍ਹ ਕੇ ਵੇਖਿਆ, ਫਲੈਸ਼ਿੰਗ ਟੁੱਟੀ ਸੀ। [[ORGANISATION:ਸਟੈਫੋਰਡ ਰੂਫਿੰਗ]]
ਵਾਲਿਆਂ ਨੇ ਦੋ ਦਿਨਾਂ ਚ ਛੱਤ ਠੀਕ ਕਰ ਦਿੱਤੀ। ਕਮਰਾ ਸੁਕਾ ਕੇ ਰੰਗ ਕੀਤਾ। ਨਵੀਂ ਅਲਮਾਰੀ ਦਿੱਤੀ ਤੇ ੨੦੦ ਪੌਂਡ।

ਹੁਣ ਉਹ ਕਹਿੰਦੇ ਬਜ਼ੁਰਗਾਂ ਦੇ ਘਰ ਛੱਤ ਦਾ ਕੰਮ ੨ ਹਫ਼ਤਿਆਂ ਚ ਹੋਊ। ਵਾਹਿਗੁਰੂ ਦੀ ਕਿਰਪਾ। ਗੁਰਦੁਆਰੇ ਵਾਲੇ ਭਾਈ
[[PERSON:ਜਸਵੰਤ]] ਨੇ ਵੀ ਚਿੱਠੀ ਲਿਖ ਕੇ ਮਦਦ ਕੀਤੀ।
"""),
    ),
    (
        "fv2aq-pa-02",
        "pa",
        _s("""
ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ ਜੀ। ਮੈਂ [[PERSON:ਰਾਜਵਿੰਦਰ ਕੌਰ]] ਹਾਂ, ਘਰ ਚ ਸਾਰੇ [[PERSON:ਰਾਜੀ]] ਕਹਿੰਦੇ। ਮੈਂ ਪੰਜ ਜਮਾਤਾਂ
ਪੜ੍ਹੀ ਆਂ, ਗਲਤੀਆਂ ਮਾਫ ਕਰਨੀਆਂ।

ਅਸੀਂ [[ADDRESS:ਫਲੈਟ ੧੪]], [[ADDRESS:ਐਲਮਹਰਸਟ ਕੋਰਟ]] ਚ ਰਹਿੰਦੇ ਆਂ, [[POSTCODE:ub2 4nq]]। ਮਾਲਕ
[[ORGANISATION:ਵੈਸਟਵੇਅ ਹਾਊਸਿੰਗ]] ਆ।

ਮੇਰੇ ਤਿੰਨ ਬੱਚੇ। [[PERSON:ਸਿਮਰ]] [[AGE:੧੦ ਸਾਲ]] ਦੀ, [[PERSON:ਹਰਜੋਤ]] ਉਰਫ਼ [[PERSON:ਜੋਤੀ]] [[AGE:੭ ਸਾਲ]] ਦਾ,
ਤੇ ਸਭ ਤੋਂ ਛੋਟਾ [[PERSON:ਬੱਬੂ]] [[AGE:੧੪ ਮਹੀਨੇ]] ਦਾ। ਦੋਵੇਂ ਵੱਡੇ [[ADDRESS:ਟੈਂਟਰ ਲੇਨ ਪ੍ਰਾਇਮਰੀ]] ਜਾਂਦੇ।

ਕੰਧਾਂ ਤੇ ਕਾਲੀ ਉੱਲੀ। ਅਲਮਾਰੀ ਚ ਵੀ, [[PERSON:ਬੱਬੂ]] ਦੇ ਕਪੜਿਆਂ ਤੇ ਵੀ। [[PERSON:ਬੱਬੂ]] ਨੂੰ ਸਾਹ ਦੀ ਤਕਲੀਫ ਹੋ
ਗਈ, [[ADDRESS:ਨੌਰਵੁੱਡ ਗਰੀਨ ਮੈਡੀਕਲ ਸੈਂਟਰ]] ਵਾਲੀ ਡਾਕਟਰ [[PERSON:ਚੀਮਾ]] ਨੇ [[HEALTH:ਬ੍ਰੌਂਕਾਈਟਿਸ]] ਦੱਸਿਆ।

ਮੈਂ ਫੋਨ ਕੀਤੇ [[PHONE:੦੨੦ ੭੯੪੬ ੦੯੧੭]] ਤੇ। ਕਹਿੰਦੇ ਬਲੀਚ ਲਾਓ, ਬਾਰੀ ਖੋਲ੍ਹੋ। ਬਲੀਚ ਲਾਈ। ਉੱਲੀ ਫੇਰ ਆ ਗਈ।

ਮੇਰੀ ਨਣਦ [[PERSON:ਪਰਮਜੀਤ]] ਨੇ ਸਿਕਾਇਤ ਲਿਖ ਕੇ ਭੇਜੀ, ਨੰਬਰ [[REFERENCE:WWH-C-4418]]। ਉਹਨਾਂ ਨੇ ਜਵਾਬ
ਨਹੀਂ ਦਿੱਤਾ ਤਾਂ ਅਸੀਂ ਕੌਂਸਲਰ [[PERSON:ਗਿੱਲ]] ਕੋਲ ਗਏ।

ਫੇਰ [[ORGANISATION:ਵੈਸਟਵੇ ਹਾਉਸਿੰਗ]] ਦਾ ਮੈਨੇਜਰ [[PERSON:ਐਂਡਰਿਊ]] ਆਇਆ। ਉਹਨੇ ਮੰਨਿਆ ਕਿ ਛੱਤ ਹੇਠ ਇਨਸੂਲੇਸ਼ਨ
ਹੀ ਨਹੀਂ ਸੀ। ਇਨਸੂਲੇਸ਼ਨ ਪਾਈ, ਪੱਖਾ ਲਾਇਆ, ਕੰਧਾਂ ਸਾਫ ਕੀਤੀਆਂ। ੪੦੦ ਪੌਂਡ ਤੇ ਬੱਚਿਆਂ ਲਈ ਨਵੇਂ ਗੱਦੇ।

ਹੁਣ ਛੋਟੇ ਬੱਚਿਆਂ ਵਾਲੇ ਘਰਾਂ ਚ ਉੱਲੀ ਦੀ ਗੱਲ ਹੋਵੇ ਤਾਂ ੧੦ ਦਿਨਾਂ ਚ ਕੰਮ ਹੁੰਦਾ। [[PERSON:ਬੱਬੂ]] ਹੁਣ ਠੀਕ ਆ।
"""),
    ),
    (
        "fv2aq-pa-03",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਮਨੀ]]। ਪੂਰਾ ਨਾਮ [[PERSON:ਮਨਪ੍ਰੀਤ ਸਿੰਘ ਬਰਾੜ]]। ਮੈਂ [[AGE:੩੧]] ਦਾ ਹਾਂ। ਮੈਨੂੰ
[[HEALTH:ਲਰਨਿੰਗ ਡਿਸਏਬਿਲਟੀ]] ਹੈ। [[PERSON:ਕਿਰਨ]] ਦੀਦੀ ਮੇਰੀ ਮਦਦ ਕਰਦੀ, ਉਹ ਸਪੋਰਟ ਵਰਕਰ ਹੈ।

ਮੈਂ ਇਕੱਲਾ ਰਹਿੰਦਾ [[ADDRESS:੨੫ ਓਕਫੀਲਡ ਰੋਡ]] ਤੇ, ਉਪਰਲਾ ਫਲੈਟ, [[POSTCODE:LE5 3AW]]। ਮੇਰਾ ਲੈਂਡਲਾਰਡ
[[ORGANISATION:ਬੈਲਗ੍ਰੇਵ ਹਾਊਸਿੰਗ]]।

ਹੀਟਿੰਗ ਬੰਦ। ਗਰਮ ਪਾਣੀ ਬੰਦ। ਠੰਡ ਬਹੁਤ। ਮੈਂ ਕੰਬਲ ਲੈ ਕੇ ਬੈਠਾ ਰਿਹਾ। ਮੈਂ [[PHONE:੦੧੧੬ ੪੯੬ ੦੪੨੬]] ਤੇ ਫੋਨ
ਕੀਤਾ। ਉਹ ਬੋਲਦੇ ਬਹੁਤ ਤੇਜ਼, ਮੈਨੂੰ ਸਮਝ ਨਹੀਂ ਆਇਆ।

([[PERSON:ਕਿਰਨ ਬਾਜਵਾ]], ਸਪੋਰਟ ਵਰਕਰ: [[PERSON:ਮਨੀ]] ਨੇ ੩ ਵਾਰ ਰਿਪੋਰਟ ਕੀਤਾ ਪਰ ਰਿਪੇਅਰ ਜੌਬ
[[REFERENCE:BH/R/708114]] ਬੰਦ ਕਰ ਦਿੱਤੀ ਗਈ ਕਿਉਂਕਿ ਇੰਜੀਨੀਅਰ ਨੂੰ ਦਰਵਾਜ਼ਾ ਨਹੀਂ ਖੁੱਲ੍ਹਿਆ। [[PERSON:ਮਨੀ]] ਨੂੰ
ਕਿਸੇ ਨੇ ਦੱਸਿਆ ਹੀ ਨਹੀਂ ਸੀ ਕਿ ਉਹ ਕਦੋਂ ਆਉਣਗੇ।)

ਅਸੀਂ ਸਿਕਾਇਤ ਕੀਤੀ, ਨੰਬਰ [[REFERENCE:BH-CMP-2210]]। ਮੈਡਮ [[PERSON:ਜੈਸਿਕਾ]] ਨੇ ਫੋਨ ਕੀਤਾ, ਹੌਲੀ ਹੌਲੀ ਗੱਲ
ਕੀਤੀ। ਸੌਰੀ ਬੋਲਿਆ। ਅਗਲੇ ਦਿਨ [[PERSON:ਹਰਜੀਤ]] ਆਇਆ [[ORGANISATION:ਮਿਡਲੈਂਡ ਗੈਸ ਕੇਅਰ]] ਤੋਂ ਤੇ ਬੋਇਲਰ ਠੀਕ
ਕੀਤਾ।

ਮੈਨੂੰ ੧੫੦ ਪੌਂਡ ਮਿਲੇ। ਹੁਣ ਉਹ ਪਹਿਲਾਂ ਟੈਕਸਟ ਭੇਜਦੇ ਕਿ ਕਦੋਂ ਆਉਣਾ, ਤੇ [[PERSON:ਕਿਰਨ]] ਦੀਦੀ ਨੂੰ ਵੀ
[[PHONE:07700 900 692]] ਤੇ ਦੱਸਦੇ। ਮੇਰਾ ਫੋਨ
[[PHONE:ਜ਼ੀਰੋ ਸੱਤ ਸੱਤ ਜ਼ੀਰੋ ਜ਼ੀਰੋ ਨੌਂ ਜ਼ੀਰੋ ਜ਼ੀਰੋ ਤਿੰਨ ਇੱਕ ਪੰਜ]] ਆ, ਮੇਰੀ ਈਮੇਲ
[[EMAIL:mani.brar31@example.net]]। ਹੁਣ ਘਰ ਨਿੱਘਾ। ਮੈਂ ਖੁਸ਼।
"""),
    ),
    (
        "fv2aq-pa-04",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਸੁਖਵਿੰਦਰ ਕੌਰ ਰੰਧਾਵਾ]]। ਮੈਂ ਬਹੁਤਾ ਪੜ੍ਹੀ ਨਹੀਂ, ਮੇਰੀ ਧੀ [[PERSON:ਨਵਨੀਤ]] ਲਿਖਦੀ ਆ।

ਅਸੀਂ ਰਹਿੰਦੇ [[ADDRESS:੬੮ ਹੌਲੀ ਲੇਨ]], [[POSTCODE:ws2 9hp]]। ਘਰ [[ORGANISATION:ਟੇਮ ਵੈਲੀ ਹਾਊਸਿੰਗ]] ਦਾ।

ਨਾਲ ਵਾਲੇ ਘਰ [[ADDRESS:੭੦ ਨੰਬਰ]] ਵਾਲਾ ਬੰਦਾ [[PERSON:ਡੈਰਨ]] ਆਪਣੀ ਵੈਨ [[OTHER_ID:LR16 BXF]] ਸਾਡੇ ਡਰਾਈਵ ਅੱਗੇ
ਖੜ੍ਹੀ ਕਰਦਾ। ਮੇਰੇ ਪਤੀ ਨੂੰ [[HEALTH:ਗੁਰਦਿਆਂ ਦੀ ਬਿਮਾਰੀ]] ਆ, ਹਫ਼ਤੇ ਚ ਤਿੰਨ ਵਾਰ ਹਸਪਤਾਲ ਜਾਣਾ ਹੁੰਦਾ, ਗੱਡੀ ਨਹੀਂ
ਨਿਕਲਦੀ।

ਜਦੋਂ ਕਹੀਏ ਤਾਂ ਉਹ ਮੇਰੇ ਪਤੀ ਦੀ ਪੱਗ ਦਾ ਮਜ਼ਾਕ ਉਡਾਉਂਦਾ, ਸਾਡੇ [[OTHER_SPECIAL:ਸਿੱਖ]] ਹੋਣ ਬਾਰੇ ਗੰਦੀਆਂ ਗੱਲਾਂ
ਕਰਦਾ। ਉਹਦਾ ਮੁੰਡਾ ਇੰਸਟਾ ਤੇ ਵੀਡੀਓ ਪਾਉਂਦਾ, ਅਕਾਊਂਟ [[OTHER_ID:@dazzaboyz_ws2]]।

ਅਸੀਂ [[PHONE:+੪੪ ੧੨੧ ੪੯੬ ੦੩੮੧]] ਤੇ ਕਈ ਵਾਰ ਫੋਨ ਕੀਤਾ। ਉਹ ਕਹਿੰਦੇ ਗੁਆਂਢੀਆਂ ਨਾਲ ਆਪ ਗੱਲ ਕਰੋ। ਗੱਲ ਕੀਤੀ ਤਾਂ
ਗਾਲਾਂ ਮਿਲੀਆਂ।

[[PERSON:ਨਵਨੀਤ]] ਨੇ ਈਮੇਲ ਕੀਤੀ [[EMAIL:navneet.randhawa@example.org]] ਤੋਂ, ਵੀਡੀਓ ਵੀ ਭੇਜੀਆਂ। ਏ.ਐਸ.ਬੀ. ਕੇਸ
ਨੰਬਰ [[REFERENCE:TVH/ASB/3390]]।

ਫੇਰ ਅਫ਼ਸਰ [[PERSON:ਲੀਐਨ]] ਆਈ। ਉਹਨੇ [[PERSON:ਡੈਰਨ]] ਨੂੰ ਲਿਖਤੀ ਵਾਰਨਿੰਗ ਦਿੱਤੀ, ਤੇ ਕੌਂਸਲ ਨੇ ਸਾਡੇ ਡਰਾਈਵ ਅੱਗੇ
ਪੀਲੀਆਂ ਲਾਈਨਾਂ ਲਾ ਦਿੱਤੀਆਂ। ਇੰਸਟਾ ਵਾਲੀਆਂ ਵੀਡੀਓ ਹਟ ਗਈਆਂ। ਉਹਨਾਂ ਨੇ ਮੰਨਿਆ ਕਿ ਇਹ ਨਫ਼ਰਤ ਵਾਲਾ ਮਾਮਲਾ ਸੀ,
ਤੇ ਮਾਫ਼ੀ ਮੰਗੀ ਕਿ ਪਹਿਲਾਂ ਨਹੀਂ ਸੁਣਿਆ।

ਹੁਣ ਉਹ ਐਹੋ ਜਿਹੇ ਕੇਸ ਇੱਕ ਹਫ਼ਤੇ ਚ ਵੇਖਦੇ। ਹੁਣ ਸ਼ਾਂਤੀ ਆ। [[PERSON:ਨਵਨੀਤ]] ਦਾ ਧੰਨਵਾਦ।
"""),
    ),
    (
        "fv2aq-pa-05",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਅਮਨਦੀਪ]], ਦੋਸਤ ਮੈਨੂੰ [[PERSON:ਅਮਨ]] ਜਾਂ [[PERSON:ਲੰਬੂ ਅਮਨ]] ਕਹਿੰਦੇ। ਪੂਰਾ ਨਾਂ
[[PERSON:ਅਮਨਦੀਪ ਸਿੰਘ ਸੰਘਾ]]। ਮੈਂ [[AGE:੧੯ ਸਾਲਾਂ]] ਦਾ। ਮੈਨੂੰ [[HEALTH:ਡਿਸਲੈਕਸੀਆ]] ਆ, ਲਿਖਣਾ ਔਖਾ, ਮੰਮੀ ਨਾਲ
ਬੈਠੀ ਆ।

ਅਸੀਂ [[ADDRESS:ਫਲੈਟ ੩ਏ]], [[ADDRESS:ਰੋਜ਼ਬੈਰੀ ਹਾਊਸ]], [[POSTCODE:G51 2RT]] ਚ ਰਹਿੰਦੇ। ਮਾਲਕ
[[ORGANISATION:ਕਲਾਈਡਸਾਈਡ ਹਾਊਸਿੰਗ]]।

ਸਾਡੇ ਘਰ ਚੋਰੀ ਹੋਈ। ਚੋਰ ਪਿੱਛੇ ਵਾਲੀ ਬਾਰੀ ਚੋਂ ਆਏ, ਬਾਰੀ ਦਾ ਲੌਕ ਪਹਿਲਾਂ ਈ ਟੁੱਟਿਆ ਸੀ। ਅਸੀਂ ਤਿੰਨ ਵਾਰ ਦੱਸਿਆ ਸੀ,
ਰਿਪੇਅਰ ਨੰਬਰ [[REFERENCE:CH-R-90412]]। ਮੇਰਾ ਲੈਪਟਾਪ ਗਿਆ, ਮੰਮੀ ਦਾ ਸੋਨਾ ਗਿਆ।

ਮੈਂ [[PHONE:੦੧੪੧ ੪੯੬ ੦੫੫੯]] ਤੇ ਫੋਨ ਕੀਤਾ। ਕਹਿੰਦੇ ਪੁਲਿਸ ਕੋਲ ਜਾਓ। ਪੁਲਿਸ ਕਹਿੰਦੀ ਲੌਕ ਤਾਂ ਠੀਕ ਹੋਣਾ ਚਾਹੀਦਾ
ਸੀ। ਮੰਮੀ ਰਾਤ ਨੂੰ ਸੌਂਦੀ ਨਹੀਂ ਸੀ।

ਮੈਂ ਸਿਕਾਇਤ ਲਿਖੀ, ਨੰਬਰ [[REFERENCE:CH-C-1176]]। ਜਵਾਬ ਮੇਰੀ ਈਮੇਲ ਤੇ ਆਇਆ,
[[EMAIL:amansangha19 ਐਟ example ਡੌਟ net]]।

ਫੇਰ ਮਿਸ [[PERSON:ਫ਼ਿਓਨਾ]] ਨੇ ਫੋਨ ਕੀਤਾ। ਉਹਨਾਂ ਮੰਨਿਆ ਕਿ ਲੌਕ ਤਿੰਨ ਵਾਰ ਰਿਪੋਰਟ ਹੋਇਆ ਤੇ ਕਿਸੇ ਨੇ ਠੀਕ ਨਹੀਂ
ਕੀਤਾ। [[ORGANISATION:ਸਕਾਟਲੌਕ ਸਿਕਿਓਰਿਟੀ]] ਦਾ [[PERSON:ਜੇਮੀ]] ਉਸੇ ਦਿਨ ਆਇਆ, ਸਾਰੀਆਂ ਬਾਰੀਆਂ ਤੇ ਨਵੇਂ ਲੌਕ
ਲਾਏ ਤੇ ਦਰਵਾਜ਼ੇ ਤੇ ਚੇਨ।

ਉਹਨਾਂ ਨੇ ੩੫੦ ਪੌਂਡ ਦਿੱਤੇ, ਮੇਰੇ ਖਾਤੇ ਚ ਪਾਏ, ਸੌਰਟ ਕੋਡ [[OTHER_ID:82-61-04]], ਖਾਤਾ [[OTHER_ID:10447829]]।

ਹੁਣ ਉਹ ਕਹਿੰਦੇ ਟੁੱਟਿਆ ਲੌਕ ੨੪ ਘੰਟਿਆਂ ਚ ਠੀਕ ਹੋਊ। ਮੰਮੀ ਹੁਣ ਰਾਤ ਨੂੰ ਸੌਂਦੀ ਆ।
"""),
    ),
    (
        "fv2aq-pl-01",
        "pl",
        _s("""
Nazywam sie [[PERSON:Grazyna Wójcik]]. Mam [[AGE:41 lat]]. Pisze razem z siostrą [[PERSON:Bożeną]] bo sama
nie umiem dobrze pisac. Mieszkam w [[ADDRESS:Aspen Haus]], [[ADDRESS:mieszkanie numer 5]],
[[POSTCODE:pe1 5qx]]. Mieszkanie jest od [[ORGANISATION:Fenland Hołms]].

(dopisek [[PERSON:Bożeny]]: chodzi o [[ORGANISATION:Fenland Homes]], [[PERSON:Grażynka]] pisze tak jak słyszy.)

W łazience ciekło z sufitu. Ciekło i ciekło. Woda leciała na pralke. Ja sie bałam ze prąd mnie kopnie.
Dzwoniłam na numer [[PHONE:01632 960 441]] chyba dziesięć razy. Pan mówił ze to od sąsiadki z góry.
Sąsiadka z góry pani [[PERSON:Sandra]] mówiła ze nie od niej. I tak trzy miesiace.

Siostra zrobiła skarge przez internet. Numer skargi [[REFERENCE:FH-2291-C]]. Odpisywali na maila siostry
[[EMAIL:bozena.wojcik78@example.com]] bo ja maila nie mam.

Potem przyszedł pan [[PERSON:Marek]] z firmy [[ORGANISATION:Anglia Plumbing]]. On tesz [[OTHER_SPECIAL:Polak]]
to mogłam z nim gadac normalnie. Pan [[PERSON:Marek]] znalazł ze rura pod wanną u pani [[PERSON:Sandry]]
pękła. Naprawił w jeden dzien. Potem malarze pomalowali sufit na biało. Dostałam 180 funtów i list z
przeprosinami od pani [[PERSON:Claire Hutton]], ona jest kierowniczka.

Ja mam [[HEALTH:padaczke]] i lekarka z [[ADDRESS:Lincoln Road Surgery]] napisała list ze stres mi szkodzi.
Teraz jak cieknie to przychodzą w 24 godziny i od razu sprawdzają mieszkanie nad. Jest dobrze. Dziekuje
[[PERSON:Bożenka]] i dziekuje panu [[PERSON:Markowi]].
"""),
    ),
    (
        "fv2aq-pl-02",
        "pl",
        _s("""
Ja [[PERSON:Zdzisław Kowalczyk]], urodzony
[[DATE_OF_BIRTH:trzeciego maja tysiąc dziewięćset czterdziestego ósmego]]. Wnuczek [[PERSON:Kuba]] pisze za
mnie bo ja po angielsku nic a po polsku tesz słabo, cztery klasy skonczyłem i do roboty.

Mieszkam [[ADDRESS:31 Hawthorn Close]], [[POSTCODE:ME2 4RW]], dom od kaunsilu, to jest
[[ORGANISATION:Ridgeway Council]]. Na ulicy mówią na mnie [[PERSON:Stary Zdzichu]].

Okna stare, drewniane, zgniłe. Wiatr hula przez okna. Zimą w pokoju było dwanaście stopni. Dwanaście! Ja po
[[HEALTH:zawale]] i mam [[HEALTH:cukszyce]], lekarz mówił ze w zimnie nie wolno.

[[PERSON:Kuba]] dzwonił do nich na [[PHONE:+44 (0)1632 960815]] i pisał maile. Skarga numer
[[REFERENCE:RC/COMP/5510]]. W pierwszym etapie napisali ze okna są "w akceptowalnym stanie". Ja sie śmiałem,
akceptowalny, niech sami tu śpią. (dopisek [[PERSON:Kuby]]: potem napisałem do Ombudsmana, numer sprawy
[[REFERENCE:202501944]].)

Jak Ombudsman sie odezwał to nagle szybko. Przyjechał pan [[PERSON:Dejw]] z firmy [[ORGANISATION:Kentglaze]],
ich auto [[OTHER_ID:GJ19 WKF]] stało pod [[ADDRESS:numerem 31]] cały tydzień, a sąsiad [[PERSON:Rysiek]] spod
[[ADDRESS:trzydziestki trójki]] sie śmiał ze ja mam teraz ochrone.

Wymienili wszystkie okna na plastikowe. Dali 350 funtów i przeprosiny na piśmie. Teraz
[[ORGANISATION:Ridgway]] ma liste starszych ludzi i sprawdzają im okna przed zimą. Ciepło teraz. [[PERSON:Kuba]]
dobry chłopak.
"""),
    ),
    (
        "fv2aq-pl-03",
        "pl",
        _s("""
Hej, jestem [[PERSON:Paulina]], [[PERSON:Paulina Zielińska]]. Mam [[HEALTH:dysleksje]] wiec sory za błendy.

Mieszkamy na osiedlu [[ADDRESS:Bramley Fields]], [[ADDRESS:flat 12]], [[POSTCODE:NG7 3HD]], ja i dzieci. Mam
dwoje, [[PERSON:Zuzia]] ma [[AGE:3 latka]] a [[PERSON:Antoś]] [[AGE:półtora roku]]. W kuchni były myszy.
Myszy w szafkach, myszy pod zlewem, kupy wszedzie. Ja nie spałam bo sie bałam ze wejdą do łużeczka
[[PERSON:Antosia]].

Dzwoniłam do [[ORGANISATION:Trentside Housing]] na [[PHONE:0115 4960312]]. Przyszedł pan od myszy dwa razy,
położył trutke i poszedł. Trutka przy dzieciach! [[PERSON:Zuzia]] raz wzieła do ręki, dobrze ze widziałam.

Koleżanka [[PERSON:Kasia]] z [[ADDRESS:St Mary's Nursery]] gdzie chodzi [[PERSON:Zuzia]] powiedziała zebym
pisała skarge. Napisałam skarge, numer [[REFERENCE:TH 66910]]. Wrzuciłam tesz zdjęcia na fejsa, mój profil
to [[OTHER_ID:facebook.com/paulina.zielinska.nottm]].

Potem zadzwoniła pani [[PERSON:Hayley]] z [[ORGANISATION:Trentside]] i była miła. Przysłali firme
[[ORGANISATION:Pestaway Midlands]], pan [[PERSON:Dean]] zatkał dziury za kuchenką i pod zlewem, i już myszy
nie ma. Wymienili dwie szafki co były zjedzone. Dostałam 120 funtów.

Teraz mówią ze przy małych dzieciach nie kładą trutki na podłodze tylko pudełka zamykane. Jak ktoś ma to
samo to piszcie do mnie [[EMAIL:paula.z.nottm@example.org]], pomoge.
"""),
    ),
    (
        "fv2aq-pl-04",
        "pl",
        _s("""
Ja jestem [[PERSON:Tomek]]. [[PERSON:Tomasz Lis]]. Mam [[AGE:29 lat]]. Ja mam [[HEALTH:autyzm]] i trudno mi z
głośnym. Pani [[PERSON:Aga]] mi pomaga pisać, ona jest z opieki.

Mieszkam w bloku [[ADDRESS:Jubilee Tower]], [[ADDRESS:mieszkanie 8]], [[POSTCODE:b23 6ty]]. Landlord to
[[ORGANISATION:Kingstending Homs]].

Sąsiad nade mną pan [[PERSON:Lee]] puszczał muzyke w nocy. Bum bum bum. Druga w nocy, trzecia w nocy. Ja nie
spałem. Ja płakałem. Pan [[PERSON:Lee]] mówił do mnie brzydko, ze jestem [[OTHER_SPECIAL:Polak]] i mam
wracać. Ja mam [[OTHER_SPECIAL:settled status]], ja tu mieszkam od dziecka.

(dopisek [[PERSON:Agnieszki]]: zgłosiliśmy to jako ASB, numer sprawy [[REFERENCE:ASB-40217]].
[[PERSON:Tomek]] dzwonił też sam na [[PHONE:0121 496 0299]] ale bardzo się denerwuje przy telefonie.)

Pani [[PERSON:Shabnam]] z ASB przyszła do mnie. Ona słuchała. Dała mi aplikacje w telefonie do nagrywania
hałasu. Ja nagrałem czternaście nocy.

Potem [[ORGANISATION:Kingstanding Homes]] dali panu [[PERSON:Lee]] ostrzeżenie na piśmie. Muzyka sie skończyła.
Zmienili mi tesz drzwi na takie grubsze co nie słychać. I mnie przeprosili ze za długo czekałem, 4 miesiace.

Teraz jak ktoś ma [[HEALTH:autyzm]] albo podobnie to oni zapisują w komputerze i dzwonią do opiekuna. Numer do
pani [[PERSON:Agi]] mają: [[PHONE:07700 900 364]]. Jest cicho. Ja śpię.
"""),
    ),
    (
        "fv2aq-pl-05",
        "pl",
        _s("""
Ja [[PERSON:Halina Kaczmarek]], pisze córka [[PERSON:Ewa]] co ja mówie. Mam [[AGE:78 lat]], urodzona
[[DATE_OF_BIRTH:14.02.1946]]. Szkoły dużo nie miałam, wojna, potem praca.

Mieszkam sama od śmierci męża. Mieszkanie na parterze, [[ADDRESS:2 Rosemary Walk]], zaraz koło
[[ADDRESS:kościoła Matki Boskiej Częstochowskiej]] gdzie chodze na msze. Landlord to
[[ORGANISATION:Ealing Vale Housing]].

Wilgoć w sypialni, grzyb za szafą. Czarny grzyb. Ja mam [[HEALTH:astme]] od młodości i kaszle po nocach.
Lekarz z [[ADDRESS:Northfields Surgery]] dał list.

Dzwoniłam ja, dzwoniła [[PERSON:Ewa]]. Numer [[PHONE:020 7946 0581]]. Przychodził pan, patrzył, mówił
"condensation" i ze mam otwierać okno. W zimie otwierać okno, dla starej kobiety!

[[PERSON:Ewa]] napisała skarge, numer [[REFERENCE:EVH-C-10344]]. Chcieli mój numer ubezpieczenia, to
[[NI_NUMBER:PK 51 03 77 D]].

Potem przyszedł inny pan, [[PERSON:Robert Kane]], i znalazł ze rynna pęknięta i woda idzie w ściane.
Naprawili rynne, osuszyli ściane, dali nowy wentylator i pomalowali. Przeprosili i dali 220 funtów.

Ksiądz [[PERSON:Andrzej]] z parafii tesz pomógł, napisał list. Teraz oni mówią ze jak starsza osoba zgłasza
grzyb to przychodzi od razu specjalista, nie zwykły pan. Dziękuje. Jak ktoś chce zapytać to pisać do córki,
[[EMAIL:ewa kropka kaczmarek małpa example kropka net]].
"""),
    ),
    (
        "fv2aq-ro-01",
        "ro",
        _s("""
Ma numesc [[PERSON:Ionut Dragomir]], lumea imi zice [[PERSON:Nelu]]. Eu nam facut multa scoala, scriu cum pot,
sa ma iertati. Lucrez pe constructi.

Stam la [[ADDRESS:27 Brucfild Rod]] (pe scrisoare scrie [[ADDRESS:27 Brookfield Road]]), [[POSTCODE:LE4 9DS]],
cu sotia [[PERSON:Mariana]] si fetita [[PERSON:Denisa]] care are [[AGE:5 ani]]. Casa e de la
[[ORGANISATION:Grinhil Hausing]], adica [[ORGANISATION:Greenhill Housing]].

Acoperisul curgea. Cand ploua curgea apa in camera la [[PERSON:Denisa]], pe perete, pe jucari. Am pus
galeata. Galeata se umplea. Noaptea ma sculam sa o golesc.

Am sunat la ei la [[PHONE:zero unu unu sase patru noua sase zero sapte sapte unu]]. Au zis ca vine cineva. Nu
a venit nimeni. Iar am sunat. Iar au zis ca vine. Nu a venit.

[[PERSON:Mariana]] a scris plangere pe email de la ea, [[EMAIL:mariana.dragomir85@example.com]]. Numarul de
la plangere e [[REFERENCE:GHH/44702]]. Neau raspuns dupa 3 saptamani ca "se programeaza".

Dupa aia a venit un domn, [[PERSON:Kevin]] de la [[ORGANISATION:Soar Roofing]], sa uitat si a zis ca lipsesc
tigle de un an. Un an! Au pus tigle noi si au schimbat si jgheabul. Au vopsit camera fetitei si au dat 275 de
lire pentru jucarii si pentru neplacere.

Acum zic ca la fiecare plangere cu apa vine cineva in 5 zile sa vada acoperisul. [[PERSON:Denisa]] doarme iar
in camera ei. Multumim doamnei [[PERSON:Joanne]] de la plangeri care a sunat pe [[PERSON:Mariana]] si a
vorbit frumos.
"""),
    ),
    (
        "fv2aq-ro-02",
        "ro",
        _s("""
Eu sunt [[PERSON:Florica Stanciu]], suntem [[OTHER_SPECIAL:romi]], [[OTHER_SPECIAL:tigani]] cum zice lumea. Nu
stiu sa scriu bine, scrie fiumeu [[PERSON:Marius]] ce zic eu.

Stam in [[ADDRESS:apartamentu 4]] la [[ADDRESS:Clifton Haus]], [[POSTCODE:s47hh]], vizavi de
[[ADDRESS:Burngreave Mini Market]]. Blocul e de la [[ORGANISATION:Sheaf Valley Homes]].

Avem 4 copii. Cel mic [[PERSON:Robertino]] are [[AGE:2 ani]], [[PERSON:Bianca]] are [[AGE:9 ani]] si merge la
[[ADDRESS:Pitsmoor Primari]].

Usa de la intrare nu se inchidea. Broasca rupta. Noaptea puneam dulapul in usa. Am sunat la
[[PHONE:0114 496 0926]] de multe ori. O data o doamna a zis "voi oamenii ăștia stricati tot". Asta nu e
corect. Noi nu am stricat, era rupta de cand am venit.

[[PERSON:Marius]] a facut plangere si a scris si ce a zis doamna aia. Numar plangere
[[REFERENCE:SVH-CMP-2087]]. A venit un domn manager, [[PERSON:Gareth Owen]], si a zis scuze pentru ce a zis
doamna la telefon, ca nu e voie sa vorbeasca asa cu nimeni. Au trimis pe [[PERSON:Dan]] de la
[[ORGANISATION:Securelock Ltd]] si a pus usa noua cu broasca noua in 2 zile.

Neau dat 300 de lire. Leau pus in cont, sort code [[OTHER_ID:30-96-18]], cont [[OTHER_ID:41873302]], e contul
lui [[PERSON:Marius]] ca eu nu am cont.

Acum zice ca toti de la telefon fac curs cum sa vorbeasca cu oamenii. Noi dormim linistiti. [[PERSON:Bianca]]
nu mai plange noaptea.
"""),
    ),
    (
        "fv2aq-ro-03",
        "ro",
        _s("""
Buna. Eu sunt [[PERSON:Anca]]. [[PERSON:Anca Maria Petrescu]]. Am [[AGE:26 de ani]]. Am
[[HEALTH:dizabilitate de invatare]]. Ma ajuta [[PERSON:Cristina]] sa scriu, ea e asistenta mea.

Stau singura in [[ADDRESS:flat 2, 43 Alma Strit]], [[POSTCODE:LU1 3ER]]. Casa e de la
[[ORGANISATION:Chiltern Edge Housing]].

Caldura nu mergea. Caloriferele reci. Era iarna. Eu am dormit cu haine. Apa calda nu era. Ma spalam cu apa din
fierbator.

Am sunat. Am sunat la [[PHONE:01632 960 208]]. Au zis asteapta. Am asteptat. Am sunat iar. Au zis asteapta.
[[PERSON:Cristina]] a sunat si ea.

(nota [[PERSON:Cristina]]: [[PERSON:Anca]] are [[OTHER_SPECIAL:pre-settled status]] si cineva de la telefon
i-a cerut "dovada ca ai voie sa stai" inainte sa trimita reparatia. Nu era treaba lor. Am facut plangere,
numar [[REFERENCE:CEH 7715]].)

Dupa plangere a sunat un domn, [[PERSON:Imran]], manager. A zis ca nu trebuia sa intrebe de acte pentru
reparatie. A trimis pe [[PERSON:Phil]] de la [[ORGANISATION:Warmfix Heating]] chiar atunci. Centrala era
stricata de tot. Au pus centrala noua.

Am primit 200 lire si o scrisoare de scuze. Acum ei au scris ca nu intreaba de acte la reparatii. Si mau pus
pe lista cu oameni care au nevoie de ajutor, si suna la [[PERSON:Cristina]] la [[PHONE:07700 900 751]].

Eu am pus poza cu centrala noua pe tiktok, sunt [[OTHER_ID:@anca.mariaa]]. Acum e cald. Multumesc.
"""),
    ),
    (
        "fv2aq-ro-04",
        "ro",
        _s("""
Scriu pentru socrul meu, [[PERSON:Gheorghe Munteanu]], nea [[PERSON:Ghita]] cum ii zicem noi. Eu sunt nora lui,
[[PERSON:Loredana]]. El nu stie sa scrie, a fost la oi de mic.

El sa nascut pe [[DATE_OF_BIRTH:9 noiembrie 1944]], are [[AGE:80 de ani]]. Sta cu noi la
[[ADDRESS:112 Kingsbury Rd]], [[POSTCODE:NW9 8AB]], langa [[ADDRESS:biserica Sfantul Nicolae]], ca noi suntem
[[OTHER_SPECIAL:ortodocsi]] si mergem acolo duminica.

Casa e de la [[ORGANISATION:Brent Meadow Housing]]. Socrul are [[HEALTH:Parkinson]] si nu mai poate intra in
cada. A cazut o data in baie. Am cerut dus la nivel, walk-in shower cum zic ei.

Am sunat la [[PHONE:020 7946 0143]]. Au zis ca trebuie evaluare de la terapeut. Terapeutul a venit dupa 5 luni.
Apoi au zis ca nu sunt bani. Nu sunt bani, nu sunt bani.

Am facut plangere, numar [[REFERENCE:BMH-54128]]. Neau cerut si numarul NHS al lui,
[[OTHER_ID:485 221 9076]]. Raspunsul a fost tot "nu sunt bani". Am scris la Ombudsman, caz
[[REFERENCE:202409361]].

Ombudsmanul a zis ca au intarziat prea mult. Dupa aia au venit [[PERSON:Steve]] si [[PERSON:Radu]] de la
[[ORGANISATION:Ableway Adaptations]] si au facut dusul in 2 saptamani. [[PERSON:Radu]] era de-al nostru,
[[OTHER_SPECIAL:roman]], si vorbea cu nea [[PERSON:Ghita]] in romaneste.

Au dat 500 de lire si scuze. Acum au regula ca evaluarea se face in 6 saptamani. Socrul se spala singur acum si
e mandru de asta.
"""),
    ),
    (
        "fv2aq-ro-05",
        "ro",
        _s("""
Ma cheama [[PERSON:Sebi]]. Adica [[PERSON:Sebastian Nistor]]. Am [[AGE:19 ani]]. Am [[HEALTH:ADHD]] si invat mai
greu. Stau cu mama la [[ADDRESS:nr 7]], [[ADDRESS:Primrose Court]], [[POSTCODE:cv6 5ln]]. Blocul e de la
[[ORGANISATION:Whitmore Park Homes]].

Niste baieti din bloc imi scriau pe usa. Scriau urat. Unul, [[PERSON:Kyle]], imi lua banii de la magazin. El ma
filma si punea pe instagram la el, [[OTHER_ID:@kyle_wpk]]. Ma facea prost. Ma facea prost in fata la toti.

Mama a sunat la [[ORGANISATION:Witmor Parc]] la [[PHONE:01632 960 583]]. Au zis ca e treaba politiei. Politia a
zis ca e treaba lor. Eu nu mai ieseam din casa.

(nota de la [[PERSON:Elena]], lucratoare de suport: am facut plangere pe [[EMAIL:elena.support@example.org]],
numar caz ASB [[REFERENCE:WPH-ASB-0931]]. Am dat si numarul de la masina cu care vin baietii,
[[OTHER_ID:HN68 YDC]].)

A venit domnul [[PERSON:Harpreet]] de la ASB. Au pus camera pe hol. Au vazut tot. Lui [[PERSON:Kyle]] iau dat
avertisment si mama lui a semnat ceva sa nu mai faca. Mi-au curatat usa si au pus usa noua.

Miau zis scuze ca nu mau crezut de la inceput. Acum ei au un om care vorbeste cu oamenii cu dizabilitati cand
e ASB. Eu ma simt mai bine. Merg iar singur la [[ADDRESS:Tile Hill College]]. Multumesc [[PERSON:Elena]].
"""),
    ),
    (
        "fv2aq-ur-01",
        "ur",
        _s("""
میرا نام [[PERSON:نسرین اختر]] ہے۔ میں ذیادہ پڑھی لکھی نہیں ہوں، میرا بیٹا [[PERSON:بلال]] لکھ رہا ہے۔

ہم [[ADDRESS:۳۸ گرینج روڈ]]، [[POSTCODE:BD8 7PQ]] میں رہتے ہیں، [[ADDRESS:جامع مسجد حنفیہ]] کے ساتھ والی
گلی۔ گھر [[ORGANISATION:ایئرڈیل کمیونٹی ہاؤسنگ]] کا ہے۔

گھر میں سیلن ہے۔ دیواروں پر کالا کالا۔ بچوں کے کمرے میں ذیادہ۔ چھوٹی بیٹی [[PERSON:عائشہ]] [[AGE:۵ سال]] کی
ہے، اسکو [[HEALTH:دمہ]] ہے۔ بیٹا [[PERSON:عمر]] [[AGE:۸ سال]] کا ہے، وہ [[ADDRESS:سینٹ جانز پرائمری]] جاتا ہے۔
ڈاکٹر [[PERSON:شاہ]] نے [[ADDRESS:لٹل ہارٹن ہیلتھ سینٹر]] سے خط دیا کہ سیلن سے بچی بیمار ہو رہی ہے۔

میں نے [[PHONE:۰۱۱۳ ۴۹۶ ۰۷۹۲]] پر فون کیا۔ بار بار کیا۔ وہ کہتے کھڑکی کھولو، ہیٹنگ چلاؤ۔ ہیٹنگ چلائیں تو بل کون
دے گا؟

[[PERSON:بلال]] نے شکائت کی، نمبر [[REFERENCE:ACH-2024-5531]]۔ جواب آیا کہ یہ ہمارے رہنے کے طریقے کی وجہ سے
ہے۔ ہمیں بہت برا لگا۔ پھر [[PERSON:بلال]] نے کونسلر [[PERSON:رابنسن]] کو ای میل کی
[[EMAIL:bilal.akhtar@example.co.uk]] سے۔

اس کے بعد سروئیر [[PERSON:اینڈی]] آیا، اس نے دیکھا کہ باہر کی دیوار میں دراڑ ہے اور پانی اندر آتا ہے۔
[[ORGANISATION:یارکشائر ڈیمپ پروفنگ]] والوں نے دیوار ٹھیک کی، اندر سے صاف کیا، رنگ کیا۔ ۳۵۰ پاؤنڈ دیے اور
معافی مانگی کہ ہمیں الزام دیا۔

اب وہ کہتے ہیں پہلے گھر چیک کریں گے، کرایہ دار کو الزام نہیں دیں گے۔ [[PERSON:عائشہ]] اب بہتر ہے، الحمدللہ۔
"""),
    ),
    (
        "fv2aq-ur-02",
        "ur",
        _s("""
میں [[PERSON:غلام رسول چوہدری]] ہوں، عمر [[AGE:۸۷ برس]]۔ میں نے گاؤں میں صرف قرآن پڑھا تھا، انگریزی بلکل
نہیں۔ میری بہو [[PERSON:شازیہ]] لکھ رہی ہے۔ میری پیدائش [[DATE_OF_BIRTH:پندرہ اگست انیس سو سینتیس]] کی ہے۔

ہم [[ADDRESS:مکان نمبر ۱۱ ایشفیلڈ کلوز]]، [[POSTCODE:OL9 6BN]] میں رہتے ہیں۔ مالک [[ORGANISATION:میڈلاک ہومز]]
ہے۔

[[HEALTH:فالج]] کے بعد میں وہیل چیئر پر ہوں۔ گھر کے آگے تین سیڑھیاں ہیں۔ میں باہر نہیں جا سکتا۔ مسجد نہیں جا
سکتا۔ ڈیڑھ سال گھر میں قید۔

[[PERSON:شازیہ]] نے ریمپ کیلئے کہا۔ ہم نے [[PHONE:۰۱۶۱ ۴۹۶ ۰۲۳۸]] پر فون کیا۔ انہوں نے کہا او ٹی کا لیٹر
چاہئے۔ او ٹی کا لیٹر دیا۔ پھر کہا بجٹ نہیں۔ پھر کہا اگلے سال۔

شکائت کا نمبر [[REFERENCE:MH/CMP/77410]] ہے۔ انہوں نے میرا این ایچ ایس نمبر مانگا، [[OTHER_ID:۷۳۱ ۰۹۴ ۲۲۵۸]]۔
پھر بھی کچھ نہیں ہوا۔ پھر ہاؤسنگ اومبڈزمین کو لکھا، کیس [[REFERENCE:202410077]]۔

اومبڈزمین نے کہا دیر بہت ہوئی۔ پھر مینیجر مسز [[PERSON:ہیوز]] گھر آئیں اور معافی مانگی۔
[[ORGANISATION:ایکسیس رائٹ]] والوں نے ریمپ اور ہینڈریل لگایا۔ ۶۰۰ پاؤنڈ دیے۔

اب انہوں نے اصول بنایا ہے کہ ریمپ ۱۲ ہفتے میں لگے گا۔ اب میں جمعہ کو [[ADDRESS:مسجد نور الاسلام]] خود جاتا
ہوں، [[PERSON:شازیہ]] کا بیٹا [[PERSON:دانیال]] کرسی دھکیلتا ہے۔ اللہ سب کا بھلا کرے۔
"""),
    ),
    (
        "fv2aq-ur-03",
        "ur",
        _s("""
میں [[PERSON:فیصل]] ہوں۔ [[PERSON:محمد فیصل اقبال]]۔ لوگ مجھے [[PERSON:فیصی]] کہتے۔ میری عمر [[AGE:۳۴ سال]]۔
مجھے [[HEALTH:لرننگ ڈس ایبلٹی]] ہے اور [[HEALTH:مرگی]] بھی۔ میری سپورٹ ورکر [[PERSON:ثمینہ]] باجی مدد کرتی
ہیں۔

میں [[ADDRESS:فلیٹ نمبر ۲۰]]، [[ADDRESS:ہالی ویل ٹاور]] میں رہتا ہوں، [[POSTCODE:m8 0ty]]۔
[[ORGANISATION:چیتھم ہل ہومز]] کا فلیٹ ہے۔

بوائلر خراب۔ پانی ٹھنڈا۔ کمرہ ٹھنڈا۔ میں دس دن نہا نہیں سکا۔ میں نے
[[PHONE:صفر ایک چھ ایک چار نو چھ صفر آٹھ چار پانچ]] پر فون کیا۔ وہ کہتے انجینئر آئے گا۔ نہیں آیا۔

(نوٹ از [[PERSON:ثمینہ ملک]]، سپورٹ ورکر: [[PERSON:فیصل]] نے ۴ بار رپورٹ کیا، ریپئر نمبر
[[REFERENCE:CHH-R-33017]]۔ انجینئر آیا مگر دروازہ نہیں کھلا کیونکہ [[PERSON:فیصل]] کو دوائی کی وجہ سے نیند
آتی ہے۔ وہ کارڈ چھوڑ کر چلا گیا اور جاب بند کر دی گئی۔)

[[PERSON:ثمینہ]] باجی نے شکائت کی، نمبر [[REFERENCE:CHH-C-0419]]۔ جواب میرے ای میل پر آیا
[[EMAIL:faisi.iqbal@example.com]]۔

پھر [[PERSON:کیرن]] میڈم آئیں، انہوں نے سوری بولا۔ [[ORGANISATION:نارتھ ویسٹ گیس سروسز]] سے [[PERSON:عرفان]]
بھائی آئے، نیا بوائلر لگایا۔ ۲۰۰ پاؤنڈ ملے۔

اب میری فائل پر لکھا ہے کہ پہلے [[PERSON:ثمینہ]] باجی کو [[PHONE:07700 900 539]] پر فون کریں، پھر آئیں۔ اب
گرم پانی ہے۔ میں خوش ہوں۔
"""),
    ),
    (
        "fv2aq-ur-04",
        "ur",
        _s("""
السلام علیکم۔ میرا نام [[PERSON:رضیہ بی بی]] ہے۔ میں پڑھی لکھی نہیں، میری بیٹی [[PERSON:سدرہ]] لکھ رہی ہے۔

ہمارا گھر [[ADDRESS:۵ کوئنز ٹیرس]]، [[POSTCODE:LS11 5DX]] ہے، [[ADDRESS:مدینہ مسجد]] کے پیچھے والی گلی میں۔
گھر [[ORGANISATION:ایئر اینڈ کالڈر ہاؤسنگ]] کا ہے۔

سامنے والے گھر کے لڑکے رات کو ہمارے دروازے پر انڈے مارتے، گاڑی پر خراش ڈالی۔ ایک لڑکا [[PERSON:ٹائلر]] بہت
بدتمیز ہے۔ وہ ہمارے [[OTHER_SPECIAL:مسلمان]] ہونے پر گالیاں دیتا۔ اس کی ویڈیو سنیپ چیٹ پر
[[OTHER_ID:@tyler.b_ls11]] والے اکاؤنٹ پر ڈالتا۔

میرے شوہر کو [[HEALTH:دل کی بیماری]] ہے، ڈر سے ان کی طبیعت اور خراب ہوئی۔

ہم نے [[PHONE:0113-496-0655]] پر فون کیا۔ [[PERSON:سدرہ]] نے آن لائن رپورٹ کی، ASB نمبر
[[REFERENCE:AC/ASB/81147]]۔ پہلے کہا ثبوت لاؤ۔ ثبوت لاؤ۔

پھر [[PERSON:سدرہ]] نے ویڈیو بھیجی۔ افسر [[PERSON:جواد]] صاحب آئے، پولیس والی [[PERSON:کیٹ]] بھی۔
[[PERSON:ٹائلر]] کے گھر والوں کو آخری وارننگ ملی، اور ہمارے دروازے پر کیمرہ اور نئی لائٹ لگی۔ ہماری گاڑی
[[OTHER_ID:YD63 LMU]] کی مرمت کے پیسے بھی دیے، ۳۰۰ پاؤنڈ۔

اب وہ نفرت والے کیس ایک ہفتے میں دیکھتے ہیں۔ [[ADDRESS:مدینہ مسجد]] کے امام صاحب نے بھی مدد کی۔ سب کا
شکریہ۔
"""),
    ),
    (
        "fv2aq-ur-05",
        "ur",
        _s("""
میں [[PERSON:کلثوم]] ہوں، پورا نام [[PERSON:ام کلثوم شیخ]]۔ میرے شوہر پچھلے سال فوت ہو گئے۔ میں
[[OTHER_SPECIAL:سپاؤس ویزا]] پر آئی تھی، اب [[OTHER_SPECIAL:ILR]] کی درخواست دی ہے۔ میں پانچ جماعت پڑھی
ہوں، بھائی [[PERSON:عدنان]] ساتھ بیٹھ کے لکھوا رہا ہے۔

میں اپنی بیٹی [[PERSON:منال]] کے ساتھ رہتی ہوں، وہ [[AGE:ڈیڑھ سال]] کی ہے۔ ہم [[ADDRESS:۱۷ ایلڈن روڈ]] کے نیچے
والے فلیٹ میں ہیں، [[POSTCODE:e7 9jb]]۔ مالک [[ORGANISATION:ایسٹ فیلڈز ہاؤسنگ]] ہے۔

کچن میں چوہے۔ بڑے بڑے۔ رات کو آواز آتی۔ [[PERSON:منال]] کے دودھ کی بوتل کتری ہوئی ملی۔ میں ساری رات جاگتی۔

میں نے [[PHONE:۰۲۰۷ ۹۴۶ ۰۴۴۸]] پر فون کیا۔ انہوں نے کہا پہلے اپنا پاسپورٹ نمبر اور ویزا بتاؤ، پھر دیکھیں گے۔ میں
نے بتایا، [[OTHER_ID:AB7730291]]۔ پھر بھی کوئی نہیں آیا۔

[[PERSON:عدنان]] بھائی نے شکائت لکھی، نمبر [[REFERENCE:EFH-40192]]۔ اس میں یہ بھی لکھا کہ مرمت کے لیے ویزا
کیوں مانگا۔

پھر [[PERSON:لوسی]] میڈم کا فون آیا۔ انہوں نے کہا ویزا پوچھنا غلط تھا، معافی مانگی۔
[[ORGANISATION:ریٹ اوے سروسز]] والے [[PERSON:ڈینی]] نے دیوار میں سوراخ بند کیے، نالی پر جالی لگائی۔ کچن کی
الماریاں نئی لگیں۔

۲۵۰ پاؤنڈ میرے بینک میں آئے، سورٹ کوڈ [[OTHER_ID:60-83-71]]، اکاؤنٹ [[OTHER_ID:29104476]]۔ اب وہ مرمت کے لیے
کسی سے ویزا نہیں پوچھتے۔ [[ADDRESS:۱۷ نمبر]] میں اب چوہے نہیں۔
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
