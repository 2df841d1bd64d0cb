"""A seventeenth batch of fresh stories under version 2 of the marking, by a seventeenth writer.

Twenty-eight case studies of housing complaints that were put right, four each in English,
Arabic, Bengali, Punjabi (Gurmukhi), Polish, Romanian and Urdu, told in turn by a resident, a
relative, a neighbour, a landlord's officer and an advocate, as a diary, a letter, a case note,
a newsletter piece or a talk. They carry names of residents, family, staff and neighbours
(nicknames, diminutives and names that are ordinary words among them), full and partial
addresses, named schools, surgeries, places of worship and shops that locate a home, postcodes
written in several ways, drama-range phone numbers (some spelled out), emails, complaint and
repair references, NI numbers, dates of birth in figures and words, ages, NHS numbers, vehicle
registrations, social media handles and account endings, beside landlords, conditions, religion
and national origin, and unmarked towns, hospitals, sums and dates.

Measured on 7 December 2026 at first sight (the detector at the end of the session, never
changed for this batch, and not changed after it): leak-free 67.9% of 28 (19 stories),
recall 97.4%, precision 90.3%, special recall 79.0%; leak-free by language en 75%, ar 75%,
bn 50%, pa 50%, pl 75%, ro 100%, ur 50% of 4 each. The misses were a bare flat "3a", pet
names (خدوج, বাবু, Lolek), "الرقم 5", and named places whose kind word was written in the
script (শাহজালাল গ্রোসারি, ਪੈਨ ਰੋਡ ਸਰਜਰੀ, مدینہ سویٹس, چیتھم ہل اکیڈمی) or whose title opened
the name (ਸ੍ਰੀ ਗੁਰੂ ਸਿੰਘ ਸਭਾ).
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block):
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2q-en-01",
        "en",
        _s("""
Monday. Forty-one days since the boiler went. I am writing this down because
Auntie [[PERSON:Bee]] says a diary wins arguments. I live at [[ADDRESS:flat 12, Juniper
Court]], [[POSTCODE:m14 6rf]], on the fourth floor, and the lift has been off since Easter too.
Rang Harbourline Homes again on [[PHONE:0161 496 0732]]. The woman said repair job
[[REFERENCE:RJ-448190]] was "with the contractor". The contractor, [[ORGANISATION:Brightwell
Heating]], says nobody sent it. Tuesday. My son [[PERSON:Robin]] is [[AGE:6]] and has
[[HEALTH:asthma]]; the nurse at [[ADDRESS:Platt Lane Medical Centre]] wrote that the cold is
making it worse. His NHS number is [[OTHER_ID:999 482 3016]], which I put on the complaint form
so they could not say they had no proof. Wednesday. Emailed the complaints team from
[[EMAIL:summer.okafor@example.com]]. Thursday. A man called [[PERSON:Hope]], yes really, rang
back. He was the first person to listen. He found the job had been closed by mistake in March.
Friday. New boiler fitted by nine. [[PERSON:Hope]] rang to say I will get £410 for the weeks
without heating and a fan heater was left for [[PERSON:Robin]]'s room while the radiators
settled. Saturday. Warm. Auntie [[PERSON:Bee]] was right about the diary. [[PERSON:Summer
Okafor]]
"""),
    ),
    (
        "fv2q-en-02",
        "en",
        _s("""
To whom it may concern, I am writing on behalf of my father, Mr [[PERSON:Desmond Clay]], born
[[DATE_OF_BIRTH:the third of June 1941]], who has lived at [[ADDRESS:27 Ferry Row]] for half a
century. Dad is [[AGE:83]], registered blind with [[HEALTH:macular degeneration]], and cannot
read the letters [[ORGANISATION:Tamesis Housing]] keep sending him. In January the damp in his
back bedroom spread to the wardrobe. His neighbour at [[ADDRESS:number 29]], a lovely man
everyone calls [[PERSON:Big Frank]], noticed the smell and phoned me. I logged a complaint,
reference [[REFERENCE:TH/C/20931]], and asked that all post come to me at
[[EMAIL:m dot clay at example dot net]] or by phone on [[PHONE:07700 900 614]]. For six weeks
nothing came to either. I then asked my father's GP at [[ADDRESS:Abbey Fields Surgery]] for a
letter, and rang the local councillor, Cllr [[PERSON:Patience Adeyemi]], who emailed the chief
executive. After that things moved. A surveyor came within days, found a failed gutter over the
back wall, and had it replaced along with the plaster. The wardrobe was paid for. They have
since added a note to Dad's record that he needs large print or a phone call. I am grateful to
[[PERSON:Frank]] above all. Yours faithfully, [[PERSON:Marigold Clay]]
"""),
    ),
    (
        "fv2q-en-03",
        "en",
        _s("""
Case note, stage 2 review. Officer: [[PERSON:Rhys Penhaligon]], Complaints and Resolution,
[[ORGANISATION:Eastgate Living]]. Complainant: Ms [[PERSON:Ivy Thursfield]], tenancy
[[REFERENCE:EL-T-55127]], [[ADDRESS:3 Cinder Path]], [[POSTCODE:LS11 8QJ]]. Contact
[[PHONE:0113 496 0581]]. Summary: Ms [[PERSON:Thursfield]] reported repeated noise and damage
from the upstairs flat, [[ADDRESS:3a]], from August. Antisocial behaviour case
[[REFERENCE:ASB-7734]] was opened but not allocated. She also reported a van,
[[OTHER_ID:BK19 WTX]], parked across her drop kerb daily. Her grandson [[PERSON:Jasper]],
[[AGE:14]], who stays with her, was named in the stage 1 letter as a possible source of noise;
this was wrong and caused real upset. Findings: the stage 1 letter was not checked against the
noise diary. Our officer did not visit. The van belonged to the upstairs tenant's partner and
was reported to the council's parking team only after this review. Outcome: apology sent, the
sentence about [[PERSON:Jasper]] withdrawn in writing, ASB case allocated to [[PERSON:Chloe
Marsh]] with a visit on 14 May, £250 paid to the account ending [[OTHER_ID:5521]]. Learning:
stage 1 responses to be read against the evidence file before sending.
"""),
    ),
    (
        "fv2q-en-04",
        "en",
        _s("""
From our advice line newsletter. When [[PERSON:Will]] first rang us he said he did not want to
make a fuss. [[PERSON:William Ashdown]], [[AGE:52]], lives with [[HEALTH:multiple sclerosis]]
at [[ADDRESS:Flat 4, The Old Maltings]], and his landlord, [[ORGANISATION:Vale and Downs
Housing Trust]], had promised a level-access shower in 2022. Two years later he was still
washing at the kitchen sink. His friend [[PERSON:Sunny]], who runs [[ADDRESS:Patel's Corner
Shop]] across the road, had been doing his shopping and finally told him to call us. Our
adviser, [[PERSON:Grace Ndlovu]], asked for the occupational therapist's report and found the
adaptation had been approved and then lost when the landlord changed contractors. She wrote a
formal complaint quoting the approval number, [[REFERENCE:OT-2022-0417]], and
[[PERSON:Will]]'s date of birth, [[DATE_OF_BIRTH:19/11/1971]], so there could be no mix-up with
another tenant of the same name. The landlord accepted the failing at stage 1, fitted the
shower within eight weeks and paid £900. [[PERSON:Will]] has agreed to us sharing this. If you
need help, call [[PHONE:020 7946 0388]] or email [[EMAIL:valeadvice@example.org]].
"""),
    ),
    (
        "fv2q-ar-01",
        "ar",
        _s("""
اسمي [[PERSON:سلمى الحداد]]، وأسكن مع أطفالي الثلاثة في [[ADDRESS:الشقة 8، مبنى ويلو هاوس]]،
والرمز البريدي [[POSTCODE:B12 9TN]]. أنا [[OTHER_SPECIAL:لاجئة من سوريا]]، ولم أكن أعرف كيف
أشتكي في هذا البلد. في الشتاء الماضي ظهر العفن الأسود على جدران غرفة النوم، وكانت ابنتي
[[PERSON:نور]]، وعمرها [[AGE:أربع سنوات]]، تسعل كل ليلة. قال الطبيب في [[ADDRESS:مركز
سباركهيل الصحي]] إن عندها [[HEALTH:ربو]] وإن الرطوبة تزيده سوءًا. اتصلت بشركة
[[ORGANISATION:Midshire Homes]] على الرقم [[PHONE:0121 496 0247]] خمس مرات، وفي كل مرة
كانوا يقولون إن السبب هو أننا لا نفتح النوافذ. جارتي [[PERSON:أم خالد]] ساعدتني في كتابة
شكوى رسمية بالإنجليزية، وأرسلتها من بريدي [[EMAIL:salma.haddad@example.com]]، وأعطوني رقم
الشكوى [[REFERENCE:MH-CMP-30418]]. بعد أسبوعين جاء مفتش اسمه [[PERSON:Owen]]، وقاس الرطوبة،
ووجد أن مروحة الحمام معطلة منذ سنوات وأن هناك تسربًا من السطح. اعتذروا كتابيًا، وأصلحوا السطح،
وركّبوا مراوح جديدة، ودفعوا لنا تعويضًا قدره 600 جنيه. اليوم تنام [[PERSON:نور]] بلا سعال.
وقد اتصلت بي المفتشة مرة أخرى بعد شهرين لتتأكد من أن الجدران بقيت جافة، وهذا لم أتوقعه أبدًا. نصيحتي: اكتبوا كل شيء، واحتفظوا بالصور، ولا تخافوا من الشكوى.
"""),
    ),
    (
        "fv2q-ar-02",
        "ar",
        _s("""
أكتب هذه الرسالة نيابةً عن والدي، السيد [[PERSON:عبد الرحمن يوسف]]، المولود في
[[DATE_OF_BIRTH:الخامس عشر من آذار 1948]]، ويسكن في [[ADDRESS:14 شارع كوبر]] منذ عشرين عامًا.
أبي عمره [[AGE:76 عامًا]]، ويعاني من [[HEALTH:مرض باركنسون]]، ويصلي كل جمعة في [[ADDRESS:مسجد
النور]] القريب من بيته، ويعرفه كل الجيران هناك ويسألون عنه إذا غاب. منذ شهر آذار تعطّل الدرابزين على الدرج الخارجي، فسقط أبي
مرتين. اتصلتُ بمؤسسة [[ORGANISATION:Northgate Community Housing]] وأعطيتهم رقم هاتفي
[[PHONE:07700 900 481]]، وفتحوا طلب إصلاح برقم [[REFERENCE:NCH-R-66210]]، لكن لم يأتِ أحد.
رقمه في الخدمة الصحية [[OTHER_ID:999 137 2840]] كتبته في الشكوى مع تقرير المستشفى. أخي
[[PERSON:حمودي]] صوّر الدرج المكسور ونشر الصور على حسابه [[OTHER_ID:@hamoudi_yusuf]]، وبعدها
بيومين اتصلت بنا موظفة اسمها [[PERSON:Rose Pickering]]. اعتذرت وقالت إن الطلب سُجّل خطأً على
عنوان آخر. رُكِّب درابزين جديد خلال أسبوع، وأضافوا ضوءًا عند الباب، ودفعوا 350 جنيهًا. أبي الآن ينزل الدرج وحده ليذهب إلى المسجد، ويقول إنه عاد يشعر بالأمان في بيته. أشكر
[[PERSON:Rose]] على صدقها. [[PERSON:ليلى يوسف]]، [[EMAIL:layla.yusuf@example.org]]
"""),
    ),
    (
        "fv2q-ar-03",
        "ar",
        _s("""
أنا جار قديم في هذا الحي، وأحب أن أحكي ما حدث لجارتي العجوز [[PERSON:خديجة]]، التي يسميها
الأطفال تيتا [[PERSON:خدوج]]. تسكن في [[ADDRESS:الرقم 5]] بجانبي تمامًا، قرب [[ADDRESS:مخبز
الأمل]] الذي يعرفه الجميع. في الصيف الماضي انسدت مجاري الحمام عندها، وكانت المياه القذرة تخرج
إلى الحديقة المشتركة. هي لا تتكلم الإنجليزية، فاتصلت أنا بمالك البيت، شركة
[[ORGANISATION:Calder Valley Lettings]]، على [[PHONE:0113 496 0914]]. قالوا إن الأمر من
مسؤولية شركة المياه. كتبتُ شكوى باسمها، وذكرت فيها رقم تأمينها الوطني [[NI_NUMBER:JM 48 21 07
C]] لأنهم طلبوه للتحقق، ورقم عقد الإيجار [[REFERENCE:CVL/7781]]. ابنها [[PERSON:طارق]] يعيش
في مانشستر، فأرسلت له كل الرسائل على [[EMAIL:tariq.k@example.net]]. في المرحلة الثانية جاء
مهندس بكاميرا، فوجد أن الأنبوب مكسور داخل حدود العقار، أي أنه مسؤوليتهم. أصلحوه في ثلاثة أيام
ونظفوا الحديقة ودفعوا لها 275 جنيهًا. وطلبتُ منهم أن يرسلوا الرسائل القادمة بالعربية أو أن يتصلوا بي أولًا، فوافقوا وسجّلوا ذلك في ملفها. الآن تجلس [[PERSON:خديجة]] في الحديقة كل مساء وتقدم لنا
الشاي. — [[PERSON:أبو سمير]]
"""),
    ),
    (
        "fv2q-ar-04",
        "ar",
        _s("""
ملخص حالة من مستشارة إسكان. اسمي [[PERSON:Hanan Mirza]] وأعمل في مركز استشارات مجاني. جاءني
السيد [[PERSON:كريم بن علي]]، وعمره [[AGE:39 سنة]]، وهو [[OTHER_SPECIAL:مغربي الأصل]]،
ويسكن مع زوجته [[PERSON:فاطمة الزهراء]] وابنهما [[PERSON:آدم]] في [[ADDRESS:الشقة 2B، 61
طريق ستيشن]]، [[POSTCODE:n179sd]]. مالكهم خاص، وقد رفع الإيجار مرتين في سنة واحدة، ثم قطع
الكهرباء عن العدّاد المشترك حين اعترضا. كان عند [[PERSON:آدم]] موعد أسبوعي في المستشفى بسبب
[[HEALTH:السكري من النوع الأول]]، وكان يحتاج الثلاجة لحفظ الإنسولين. اتصلنا بفريق حماية
المستأجرين في البلدية، وفتحوا ملفًا برقم [[REFERENCE:PRS-2024-1193]]، ورفعنا شكوى إلى خطة
الوسيط التي ينتمي إليها الوكيل [[ORGANISATION:Greenlane Property Agents]]. أعطيت العائلة رقم
مكتبي [[PHONE:020 7946 0163]] ليتصلوا في أي وقت، وكانت السيدة [[PERSON:فاطمة]] ترسل لي صور
العداد من بريدها [[EMAIL:f.zahra.benali@example.com]]. بعد زيارة الضابط عادت الكهرباء في
اليوم نفسه، وأُلغيت الزيادة الثانية، ودُفع للعائلة 1,200 جنيه. وساعدنا العائلة أيضًا في التسجيل على قائمة الإسكان الاجتماعي، لأن الثقة بالمالك انتهت تمامًا. الدرس: قطع الخدمات جريمة، فلا
تسكتوا عنه.
"""),
    ),
    (
        "fv2q-bn-01",
        "bn",
        _s("""
আমার নাম [[PERSON:রুমানা বেগম]]। আমি আমার দুই মেয়েকে নিয়ে [[ADDRESS:ফ্ল্যাট ২৩, মার্লো
হাউস]]-এ থাকি, পোস্টকোড [[POSTCODE:E1 4QP]]। গত বছর নভেম্বর থেকে আমাদের রান্নাঘরের ছাদ দিয়ে
পানি পড়ছিল, কারণ উপরের ফ্ল্যাটের পাইপ ফাটা। আমার ছোট মেয়ে [[PERSON:তিথি]], বয়স [[AGE:৯
বছর]], রাতে বালতির শব্দে ঘুমাতে পারত না। বড় মেয়ে [[PERSON:শাপলা]] স্কুলে, [[ADDRESS:বিগল্যান্ড
প্রাইমারি স্কুল]]-এ, শিক্ষককে বলেছিল যে বাড়িতে পড়ার জায়গা নেই। আমি
[[ORGANISATION:Tower Riverside Homes]]-কে [[PHONE:020 7946 0715]] নম্বরে বারবার ফোন করেছি।
তারা মেরামতের নম্বর দিয়েছিল [[REFERENCE:TRH-44871]], কিন্তু কেউ আসেনি। তারপর আমাদের মসজিদের
ইমাম সাহেবের পরামর্শে আমি লিখিত অভিযোগ করি, আমার ইমেইল
[[EMAIL:rumana.begum@example.com]] থেকে। অভিযোগের সাথে আমার জন্মতারিখ
[[DATE_OF_BIRTH:১২/০৮/১৯৮৬]] আর ভাড়ার অ্যাকাউন্টের শেষ চারটি সংখ্যা
[[OTHER_ID:৩৩০৯]] দিয়েছিলাম, যাতে তারা আমাকে খুঁজে পায়। দুই সপ্তাহ পরে [[PERSON:Dean]] নামে
একজন অফিসার এলেন। তিনি ক্ষমা চাইলেন, উপরের পাইপ বদলালেন, আমাদের ছাদ নতুন করে প্লাস্টার
করলেন, আর ৫০০ পাউন্ড ক্ষতিপূরণ দিলেন। এখন [[PERSON:তিথি]] শান্তিতে ঘুমায়, আর
[[PERSON:শাপলা]] রান্নাঘরের টেবিলে বসে পড়াশোনা করে। আমার পরামর্শ: ছবি তুলে রাখুন, তারিখ লিখে
রাখুন, আর চুপ করে থাকবেন না।
"""),
    ),
    (
        "fv2q-bn-02",
        "bn",
        _s("""
আমি [[PERSON:সাকিব হোসেন]], আমার নানা-নানির পক্ষ থেকে এই কথাগুলো লিখছি। নানা
[[PERSON:আব্দুল মালিক]], বয়স [[AGE:৮১ বছর]], আর নানি [[PERSON:জোবেদা খাতুন]] থাকেন
[[ADDRESS:৪২ ক্যানন স্ট্রিট]]-এ, [[POSTCODE:bd58lt]]। নানির [[HEALTH:ডিমেনশিয়া]] আছে,
আর নানা [[HEALTH:স্ট্রোকের]] পর থেকে হুইলচেয়ার ছাড়া চলতে পারেন না। গত শীতে তাঁদের বাড়ির সামনের র‍্যাম্প ভেঙে
যায়। বাড়িওয়ালা [[ORGANISATION:Aire Valley Housing Association]]-কে জানাতে আমি ফোন করি
[[PHONE:07700 900 352]] থেকে, আর একটি অভিযোগ নম্বর পাই: [[REFERENCE:AVHA-C-1088]]। তিন মাস
কিছুই হয়নি। নানা বাড়ি থেকে বের হতে পারতেন না, এমনকি [[ADDRESS:জামিয়া মসজিদ]]-এও জুমার নামাজে
যেতে পারতেন না, যেখানে তিনি চল্লিশ বছর ধরে যান। আমি নানার এনএইচএস নম্বর [[OTHER_ID:999 604
5173]] আর তাঁর ডাক্তারের চিঠি জুড়ে দ্বিতীয় ধাপে অভিযোগ পাঠাই। তখন Mrs [[PERSON:Lorna
Beck]] নামে একজন ম্যানেজার আমাকে [[EMAIL:sakib.hossain@example.org]]-এ লেখেন। তিনি সব
দোষ স্বীকার করেন। এক সপ্তাহের মধ্যে নতুন র‍্যাম্প বসে, একটা হাতল লাগানো হয়, আর ৪৫০ পাউন্ড
দেওয়া হয়। এখন নানা আবার প্রতি শুক্রবার মসজিদে যান, আর আমার ছোট ভাই [[PERSON:বাবু]] তাঁর
চেয়ার ঠেলে নিয়ে যায়। আমি খুশি যে আমরা হাল ছাড়িনি।
"""),
    ),
    (
        "fv2q-bn-03",
        "bn",
        _s("""
পাড়ার খবর, প্রতিবেশীর চোখে। আমাদের গলির সবাই [[PERSON:মিষ্টি]] আপা-কে চেনে; তাঁর আসল নাম
[[PERSON:নাসিমা আক্তার]]। তিনি থাকেন [[ADDRESS:১৭ নম্বর]] বাড়িতে, [[ADDRESS:শাহজালাল
গ্রোসারি]]-র ঠিক পাশে। এই বসন্তে তাঁর বাড়ির পেছনের দেয়ালে বড় ফাটল দেখা দেয়, আর রাতে
ইঁদুর ঢুকতে শুরু করে। আপা একা থাকেন, তাঁর [[HEALTH:ডায়াবেটিস]] আছে, আর ইংরেজি চিঠি পড়তে
কষ্ট হয়। আমি, [[PERSON:জসিম]], পাশের [[ADDRESS:১৯ নম্বর]]-এ থাকি, তাই আমি তাঁর হয়ে
[[ORGANISATION:Brookfield Homes]]-এ অভিযোগ করি। তাঁরা ভাড়াটিয়া নম্বর চাইলেন,
[[REFERENCE:BFH-T-20557]], আর তাঁর জাতীয় বীমা নম্বর, [[NI_NUMBER:PR 63 18 44 A]]। আমার
ফোন নম্বর দিলাম: [[PHONE:শূন্য সাত সাত শূন্য শূন্য, নয় শূন্য শূন্য, দুই আট এক]], মানে
[[PHONE:07700 900281]]। প্রথম উত্তরে তারা বলল ফাটলটা "পুরনো"। আমরা হাল ছাড়িনি। আপার
ভাগ্নি [[PERSON:রিয়া]] অনলাইনে ছবি দিল [[OTHER_ID:@riya.draws]] অ্যাকাউন্ট থেকে, আর
কাউন্সিলরকে [[EMAIL:riya.akhtar@example.net]] থেকে লিখল। দ্বিতীয় ধাপে একজন সার্ভেয়ার এসে দেখলেন
যে ড্রেনের পাইপ ভেঙে মাটি সরে যাচ্ছে। দেয়াল মেরামত হলো, ইঁদুরের পথ বন্ধ হলো, আর আপা ৩০০
পাউন্ড পেলেন। এখন তিনি আবার আমাদের জন্য পিঠা বানান।
"""),
    ),
    (
        "fv2q-bn-04",
        "bn",
        _s("""
হাউজিং অফিসারের কেস রিপোর্ট। অফিসার: [[PERSON:Farhana Chowdhury]], টেন্যান্সি সাসটেইনমেন্ট
টিম, [[ORGANISATION:Northfleet Homes]]। বাসিন্দা: জনাব [[PERSON:মোহাম্মদ রফিক]], জন্ম
[[DATE_OF_BIRTH:১৯৫৯ সালের ২ জানুয়ারি]], ঠিকানা [[ADDRESS:ফ্ল্যাট ৬, ৮৮ হাই রোড]],
[[POSTCODE:IG1 1BX]]। ফোন [[PHONE:020 7946 0922]]। অভিযোগ নম্বর [[REFERENCE:NH-CX-4412]]।
ঘটনা: জনাব [[PERSON:রফিক]] [[OTHER_SPECIAL:বাংলাদেশ থেকে আসা]] একজন প্রবীণ, একা থাকেন। তিনি
আট মাস ধরে গরম পানি ছাড়া ছিলেন। আমাদের রেকর্ডে দেখা যায় ঠিকাদার
[[ORGANISATION:Keystone Gas Services]] তিনবার এসে "কেউ বাড়িতে নেই" লিখে গেছে, অথচ তিনি সবসময়
বাড়িতে থাকেন কারণ তাঁর [[HEALTH:হৃদরোগ]] আছে। তাঁর ছেলে [[PERSON:তানভীর]]
[[EMAIL:tanvir.rafiq@example.com]] থেকে আমাদের লিখলে আমি বাড়িতে যাই। দেখা গেল ঠিকাদারের
কাছে পুরনো ফ্ল্যাট নম্বর ছিল, [[ADDRESS:ফ্ল্যাট ৬]]-এর বদলে ফ্ল্যাট ৯। সিদ্ধান্ত: একই দিনে
বয়লার বদলানো হয়েছে, লিখিত ক্ষমা চাওয়া হয়েছে, আর ৭২০ পাউন্ড ক্ষতিপূরণ তাঁর অ্যাকাউন্টে
পাঠানো হয়েছে, যার শেষ সংখ্যা [[OTHER_ID:৮১৪৫]]। পরের মাসে আমি আবার ফোন করে জেনেছি যে গরম পানি ঠিক আছে এবং তিনি সন্তুষ্ট। শিক্ষা: ঠিকাদারের কাছে পাঠানো প্রতিটি
কাজের ঠিকানা যাচাই করতে হবে, আর "কেউ নেই" লেখা হলে বাসিন্দাকে ফোন করতে হবে।
"""),
    ),
    (
        "fv2q-pa-01",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਮ [[PERSON:ਹਰਪ੍ਰੀਤ ਕੌਰ]] ਹੈ। ਮੈਂ ਆਪਣੇ ਪਤੀ [[PERSON:ਜਸਵਿੰਦਰ]] ਅਤੇ ਦੋ ਬੱਚਿਆਂ ਨਾਲ
[[ADDRESS:56 ਬਰੌਡਵੇ ਐਵੇਨਿਊ]], [[POSTCODE:UB1 3HF]] ਵਿੱਚ ਰਹਿੰਦੀ ਹਾਂ। ਪਿਛਲੇ ਸਾਲ ਸਤੰਬਰ ਵਿੱਚ
ਸਾਡੇ ਘਰ ਦੀਆਂ ਖਿੜਕੀਆਂ ਦੇ ਫਰੇਮ ਸੜ ਗਏ ਅਤੇ ਠੰਡੀ ਹਵਾ ਅੰਦਰ ਆਉਣ ਲੱਗੀ। ਮੇਰੀ ਧੀ [[PERSON:ਸਿਮਰ]], ਜੋ
[[AGE:ਸੱਤ ਸਾਲ]] ਦੀ ਹੈ, ਨੂੰ [[HEALTH:ਐਕਜ਼ੀਮਾ]] ਹੈ ਅਤੇ ਠੰਡ ਨਾਲ ਉਸਦੀ ਚਮੜੀ ਫਟ ਜਾਂਦੀ ਸੀ। ਉਹ
[[ADDRESS:ਹੈਵਲਾਕ ਪ੍ਰਾਇਮਰੀ ਸਕੂਲ]] ਵਿੱਚ ਪੜ੍ਹਦੀ ਹੈ ਅਤੇ ਅਧਿਆਪਕ ਨੇ ਵੀ ਨੋਟ ਕੀਤਾ। ਅਸੀਂ
[[ORGANISATION:Westway Housing Group]] ਨੂੰ [[PHONE:020 7946 0456]] ਤੇ ਫੋਨ ਕੀਤਾ ਅਤੇ ਮੁਰੰਮਤ
ਨੰਬਰ [[REFERENCE:WHG-88213]] ਮਿਲਿਆ। ਚਾਰ ਮਹੀਨੇ ਕੋਈ ਨਹੀਂ ਆਇਆ। ਫਿਰ ਗੁਰਦੁਆਰੇ ਵਿੱਚ, [[ADDRESS:ਸ੍ਰੀ
ਗੁਰੂ ਸਿੰਘ ਸਭਾ]] ਵਿਖੇ, ਇੱਕ ਭੈਣ ਜੀ ਨੇ ਦੱਸਿਆ ਕਿ ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਕਰੋ। ਮੈਂ
[[EMAIL:harpreet.kaur@example.com]] ਤੋਂ ਈਮੇਲ ਭੇਜੀ ਅਤੇ ਖਿੜਕੀਆਂ ਦੀਆਂ ਤਸਵੀਰਾਂ ਲਗਾਈਆਂ। ਦੋ ਹਫ਼ਤਿਆਂ
ਬਾਅਦ [[PERSON:Gary Holt]] ਨਾਮ ਦੇ ਇੱਕ ਮੈਨੇਜਰ ਨੇ ਫੋਨ ਕੀਤਾ। ਉਸਨੇ ਮੰਨਿਆ ਕਿ ਕੰਮ ਠੇਕੇਦਾਰ ਕੋਲ
ਗੁੰਮ ਹੋ ਗਿਆ ਸੀ। ਇੱਕ ਮਹੀਨੇ ਵਿੱਚ ਸਾਰੀਆਂ ਖਿੜਕੀਆਂ ਬਦਲ ਦਿੱਤੀਆਂ ਗਈਆਂ ਅਤੇ ਸਾਨੂੰ 380 ਪੌਂਡ ਮੁਆਵਜ਼ਾ
ਮਿਲਿਆ। ਹੁਣ [[PERSON:ਸਿਮਰ]] ਦੀ ਚਮੜੀ ਠੀਕ ਹੈ ਅਤੇ ਘਰ ਨਿੱਘਾ ਰਹਿੰਦਾ ਹੈ। ਮੇਰੀ ਸਲਾਹ: ਹਰ ਫੋਨ ਕਾਲ ਦੀ
ਤਾਰੀਖ਼ ਲਿਖੋ, ਤਸਵੀਰਾਂ ਰੱਖੋ, ਅਤੇ ਡਰੋ ਨਾ। ਸ਼ਿਕਾਇਤ ਕਰਨਾ ਤੁਹਾਡਾ ਹੱਕ ਹੈ।
"""),
    ),
    (
        "fv2q-pa-02",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਗੁਰਮੀਤ ਸਿੰਘ ਸੰਧੂ]] ਹਾਂ, ਅਤੇ ਇਹ ਗੱਲ ਮੇਰੀ ਮਾਂ [[PERSON:ਬਲਜੀਤ ਕੌਰ]] ਬਾਰੇ ਹੈ, ਜੋ
[[AGE:79 ਸਾਲ]] ਦੇ ਹਨ। ਉਹਨਾਂ ਦੀ ਜਨਮ ਤਾਰੀਖ਼ [[DATE_OF_BIRTH:4 ਅਪ੍ਰੈਲ 1945]] ਹੈ ਅਤੇ ਉਹ
[[ADDRESS:ਫਲੈਟ 3, ਕੈਸਲ ਵਿਊ ਕੋਰਟ]] ਵਿੱਚ ਇਕੱਲੇ ਰਹਿੰਦੇ ਹਨ, [[POSTCODE:wv2 4ag]]। ਮਾਂ ਜੀ ਨੂੰ
[[HEALTH:ਗਠੀਆ]] ਹੈ ਅਤੇ ਉਹ ਪੌੜੀਆਂ ਨਹੀਂ ਚੜ੍ਹ ਸਕਦੇ। ਜਦੋਂ ਇਮਾਰਤ ਦੀ ਲਿਫਟ ਜਨਵਰੀ ਵਿੱਚ ਬੰਦ ਹੋਈ, ਉਹ ਛੇ
ਹਫ਼ਤੇ ਘਰ ਵਿੱਚ ਕੈਦ ਰਹੇ। ਮਕਾਨ ਮਾਲਕ [[ORGANISATION:Black Country Homes Trust]] ਨੇ ਕਿਹਾ ਕਿ
ਪੁਰਜ਼ੇ ਆ ਰਹੇ ਹਨ। ਮੈਂ [[PHONE:0121 496 0638]] ਤੇ ਹਰ ਹਫ਼ਤੇ ਫੋਨ ਕੀਤਾ ਅਤੇ ਸ਼ਿਕਾਇਤ ਨੰਬਰ
[[REFERENCE:BCHT/CMP/5120]] ਲਿਆ। ਮੈਂ ਉਹਨਾਂ ਦਾ ਐਨਐਚਐਸ ਨੰਬਰ [[OTHER_ID:999 218 7743]] ਅਤੇ
ਡਾਕਟਰ ਦੀ ਚਿੱਠੀ ਭੇਜੀ, ਜੋ [[ADDRESS:ਪੈਨ ਰੋਡ ਸਰਜਰੀ]] ਤੋਂ ਆਈ ਸੀ। ਮੇਰੀ ਭੈਣ [[PERSON:ਪਿੰਕੀ]]
ਕੈਨੇਡਾ ਤੋਂ ਹਰ ਰੋਜ਼ ਮਾਂ ਜੀ ਨੂੰ ਵੀਡੀਓ ਕਾਲ ਕਰਦੀ ਸੀ। ਅੰਤ ਵਿੱਚ ਮੈਂ ਕੌਂਸਲਰ ਨੂੰ
[[EMAIL:gurmeet.sandhu@example.org]] ਤੋਂ ਲਿਖਿਆ। ਅਗਲੇ ਦਿਨ [[PERSON:Alison Wray]] ਨਾਮ ਦੀ
ਅਫ਼ਸਰ ਨੇ ਫੋਨ ਕੀਤਾ, ਮਾਫ਼ੀ ਮੰਗੀ, ਅਤੇ ਮਾਂ ਜੀ ਨੂੰ ਲਿਫਟ ਠੀਕ ਹੋਣ ਤੱਕ ਹੇਠਲੀ ਮੰਜ਼ਿਲ ਦੇ ਫਲੈਟ ਵਿੱਚ
ਆਰਜ਼ੀ ਤੌਰ ਤੇ ਭੇਜ ਦਿੱਤਾ। ਲਿਫਟ ਦੋ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਠੀਕ ਹੋ ਗਈ ਅਤੇ 500 ਪੌਂਡ ਮਿਲੇ। ਹੁਣ ਮਾਂ ਜੀ ਫਿਰ
ਤੋਂ ਪਾਰਕ ਵਿੱਚ ਸੈਰ ਕਰਦੇ ਹਨ।
"""),
    ),
    (
        "fv2q-pa-03",
        "pa",
        _s("""
ਗੁਆਂਢੀ ਦੀ ਜ਼ਬਾਨੀ। ਸਾਡੀ ਗਲੀ ਵਿੱਚ ਸਾਰੇ ਉਸਨੂੰ [[PERSON:ਲੰਬੂ]] ਕਹਿੰਦੇ ਹਨ, ਪਰ ਉਸਦਾ ਨਾਮ
[[PERSON:ਅਮਰਜੀਤ ਗਿੱਲ]] ਹੈ। ਉਹ [[ADDRESS:ਨੰਬਰ 8]] ਵਿੱਚ ਰਹਿੰਦਾ ਹੈ, ਮੇਰੇ ਘਰ ਦੇ ਬਿਲਕੁਲ ਸਾਹਮਣੇ,
[[ADDRESS:ਸੰਧੂ ਸਵੀਟਸ]] ਦੀ ਦੁਕਾਨ ਦੇ ਨਾਲ। ਪਿਛਲੀਆਂ ਗਰਮੀਆਂ ਵਿੱਚ ਉਸਦੇ ਘਰ ਦੀ ਬਿਜਲੀ ਦੀਆਂ ਤਾਰਾਂ ਵਿੱਚੋਂ
ਚੰਗਿਆੜੇ ਨਿਕਲਣ ਲੱਗੇ। [[PERSON:ਅਮਰਜੀਤ]] ਨੂੰ [[HEALTH:ਮਿਰਗੀ]] ਦੇ ਦੌਰੇ ਪੈਂਦੇ ਹਨ ਅਤੇ ਉਹ ਘਬਰਾ
ਗਿਆ। ਮੈਂ, [[PERSON:ਕੁਲਦੀਪ]], ਉਸਦੇ ਨਾਲ ਬੈਠ ਕੇ ਮਾਲਕ [[ORGANISATION:Leofric Lettings]] ਨੂੰ
[[PHONE:07700 900 793]] ਤੋਂ ਫੋਨ ਕੀਤਾ। ਉਹਨਾਂ ਨੇ ਕਿਰਾਏਦਾਰੀ ਨੰਬਰ [[REFERENCE:LL-40672]] ਅਤੇ
ਉਸਦਾ ਨੈਸ਼ਨਲ ਇੰਸ਼ੋਰੈਂਸ ਨੰਬਰ [[NI_NUMBER:SK 72 05 91 D]] ਮੰਗਿਆ, ਫਿਰ ਕਿਹਾ ਕਿ ਇਲੈਕਟ੍ਰੀਸ਼ੀਅਨ
ਤਿੰਨ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਆਵੇਗਾ। ਤਿੰਨ ਹਫ਼ਤੇ! ਮੇਰੇ ਪੁੱਤਰ [[PERSON:ਰਾਜੂ]] ਨੇ ਕਿਹਾ ਕਿ ਇਹ ਖ਼ਤਰਨਾਕ ਹੈ ਅਤੇ
ਕੌਂਸਲ ਦੀ ਪ੍ਰਾਈਵੇਟ ਹਾਊਸਿੰਗ ਟੀਮ ਨੂੰ [[EMAIL:raju.kuldeep@example.net]] ਤੋਂ ਈਮੇਲ ਕੀਤੀ। ਉਸਨੇ
ਮਾਲਕ ਦੀ ਵੈਨ [[OTHER_ID:FD68 KLM]] ਦੀ ਤਸਵੀਰ ਵੀ ਭੇਜੀ, ਜੋ ਹਰ ਰੋਜ਼ ਸਾਡੀ ਗਲੀ ਵਿੱਚ ਖੜ੍ਹੀ ਹੁੰਦੀ
ਸੀ ਪਰ ਮੁਰੰਮਤ ਲਈ ਕਦੇ ਨਹੀਂ ਰੁਕੀ। ਅਗਲੇ ਹੀ ਦਿਨ ਕੌਂਸਲ ਦਾ ਅਫ਼ਸਰ ਆਇਆ ਅਤੇ ਮਾਲਕ ਨੂੰ ਨੋਟਿਸ ਦਿੱਤਾ।
ਚਾਰ ਦਿਨਾਂ ਵਿੱਚ ਸਾਰੀ ਵਾਇਰਿੰਗ ਬਦਲ ਦਿੱਤੀ ਗਈ ਅਤੇ ਨਵਾਂ ਸਮੋਕ ਅਲਾਰਮ ਲੱਗ ਗਿਆ। [[PERSON:ਲੰਬੂ]] ਹੁਣ
ਹੱਸਦਾ ਹੈ ਅਤੇ ਕਹਿੰਦਾ ਹੈ ਕਿ ਮੇਰਾ ਗੁਆਂਢੀ ਵਕੀਲ ਨਾਲੋਂ ਵੀ ਤੇਜ਼ ਹੈ।
"""),
    ),
    (
        "fv2q-pa-04",
        "pa",
        _s("""
ਸਲਾਹਕਾਰ ਦਾ ਕੇਸ ਸਾਰ। ਮੈਂ [[PERSON:ਨਵਨੀਤ ਢਿੱਲੋਂ]] ਹਾਂ ਅਤੇ ਇੱਕ ਚੈਰਿਟੀ ਵਿੱਚ ਹਾਊਸਿੰਗ ਸਲਾਹ ਦਿੰਦੀ
ਹਾਂ। ਸ੍ਰੀਮਤੀ [[PERSON:ਮਨਜੀਤ ਕੌਰ ਬਰਾੜ]], ਉਮਰ [[AGE:44 ਸਾਲ]], ਆਪਣੇ ਬੇਟੇ [[PERSON:ਅਰਜਨ]] ਨਾਲ
[[ADDRESS:ਫਲੈਟ 14ਬੀ, ਰਿਵਰਸਾਈਡ ਹਾਊਸ]] ਵਿੱਚ ਰਹਿੰਦੀ ਹੈ। [[PERSON:ਅਰਜਨ]] [[AGE:16 ਸਾਲ]] ਦਾ ਹੈ
ਅਤੇ ਉਸਨੂੰ [[HEALTH:ਔਟਿਜ਼ਮ]] ਹੈ। ਉੱਪਰਲੇ ਫਲੈਟ ਤੋਂ ਰਾਤ ਨੂੰ ਉੱਚੀ ਆਵਾਜ਼ ਵਿੱਚ ਸੰਗੀਤ ਅਤੇ ਧਮਕੀਆਂ
ਆਉਂਦੀਆਂ ਸਨ, ਜਿਸ ਵਿੱਚ [[OTHER_SPECIAL:ਸਿੱਖ]] ਪਰਿਵਾਰ ਹੋਣ ਕਰਕੇ ਗਾਲ੍ਹਾਂ ਵੀ ਸ਼ਾਮਲ ਸਨ। ਮਾਲਕ
[[ORGANISATION:Severn Gate Housing]] ਨੇ ਸਮਾਜ-ਵਿਰੋਧੀ ਵਿਹਾਰ ਕੇਸ [[REFERENCE:SGH-ASB-2291]]
ਖੋਲ੍ਹਿਆ, ਪਰ ਇਸਨੂੰ ਸਿਰਫ਼ "ਸ਼ੋਰ" ਦੇ ਤੌਰ ਤੇ ਦਰਜ ਕੀਤਾ। ਮੈਂ ਉਸਦੀ ਜਨਮ ਤਾਰੀਖ਼ [[DATE_OF_BIRTH:22
ਅਕਤੂਬਰ 1980]] ਅਤੇ ਪੁਲਿਸ ਘਟਨਾ ਨੰਬਰ ਨਾਲ ਰਸਮੀ ਸ਼ਿਕਾਇਤ ਲਿਖੀ। ਪਰਿਵਾਰ ਮੇਰੇ ਦਫ਼ਤਰ ਨਾਲ
[[PHONE:0121 496 0175]] ਤੇ ਜਾਂ [[EMAIL:navneet.dhillon@example.org]] ਤੇ ਸੰਪਰਕ ਕਰਦਾ ਸੀ।
ਦੂਜੇ ਪੜਾਅ ਤੇ ਮਾਲਕ ਨੇ ਮੰਨਿਆ ਕਿ ਨਫ਼ਰਤ ਦੀ ਘਟਨਾ ਨੂੰ ਗਲਤ ਦਰਜ ਕੀਤਾ ਗਿਆ। ਅਫ਼ਸਰ [[PERSON:Tom
Birch]] ਨੇ ਉੱਪਰਲੇ ਕਿਰਾਏਦਾਰ ਨੂੰ ਚੇਤਾਵਨੀ ਦਿੱਤੀ, ਦਰਵਾਜ਼ੇ ਤੇ ਕੈਮਰਾ ਲਗਵਾਇਆ, ਅਤੇ ਪਰਿਵਾਰ ਨੂੰ ਤਬਾਦਲੇ
ਲਈ ਪਹਿਲ ਦਿੱਤੀ। 650 ਪੌਂਡ ਮੁਆਵਜ਼ਾ ਵੀ ਮਿਲਿਆ। ਸਬਕ: ਨਫ਼ਰਤ ਨੂੰ ਸ਼ੋਰ ਨਾ ਕਹੋ।
"""),
    ),
    (
        "fv2q-pl-01",
        "pl",
        _s("""
Nazywam się [[PERSON:Bożena Wróbel]] i od dziewięciu lat mieszkam w [[ADDRESS:mieszkaniu nr
5, Kestrel House]], [[POSTCODE:NG7 2BQ]]. Piszę to dla innych Polaków, którzy boją się skarżyć.
Zeszłej zimy w łazience odpadł sufit, a przez dziurę kapała woda od sąsiada z góry, pana
[[PERSON:Stana]]. Mój syn [[PERSON:Kubuś]], wtedy [[AGE:pięcioletni]], bał się kąpać.
Zadzwoniłam do [[ORGANISATION:Trentside Housing]] pod numer [[PHONE:020 7946 0208]] i
dostałam numer zgłoszenia [[REFERENCE:TSH-RJ-71904]]. Obiecali przyjść „w ciągu 28 dni”. Po
dwóch miesiącach nikt się nie pojawił. Moja sąsiadka [[PERSON:Danuta]], którą wszyscy nazywają
[[PERSON:Danką]], pomogła mi napisać skargę po angielsku. Wysłałam ją z adresu
[[EMAIL:bozena.wrobel@example.com]], razem ze zdjęciami i zaświadczeniem z przychodni
[[ADDRESS:Lenton Medical Centre]], bo od wilgoci zaczęłam mieć [[HEALTH:zapalenie oskrzeli]].
Po tygodniu zadzwoniła pani [[PERSON:Joanne Fisher]] z działu skarg. Przeprosiła, przyznała, że
zgłoszenie zginęło, i jeszcze w tym samym tygodniu przysłała hydraulika i tynkarza. Sufit jest
nowy, rura u pana [[PERSON:Stana]] wymieniona, a ja dostałam 420 funtów odszkodowania.
[[PERSON:Kuba]] znowu lubi kąpiel z pianą. Moja rada: zapisujcie daty, róbcie zdjęcia i nie
dajcie sobie wmówić, że to wasza wina.
"""),
    ),
    (
        "fv2q-pl-02",
        "pl",
        _s("""
Szanowni Państwo, piszę w imieniu mojej babci, pani [[PERSON:Genowefy Pawlak]], urodzonej
[[DATE_OF_BIRTH:siódmego lutego 1939 roku]]. Babcia ma [[AGE:85 lat]], choruje na
[[HEALTH:chorobę Alzheimera]] i mieszka sama pod adresem [[ADDRESS:11 Wren Close]],
[[POSTCODE:pe1 5ut]]. W kwietniu zepsuło się ogrzewanie i ciepła woda. Zgłosiłam to do
[[ORGANISATION:Fenland Rural Homes]] telefonicznie z mojego numeru [[PHONE:07700 900 527]] i
dostałam numer skargi [[REFERENCE:FRH/2024/0833]]. Ponieważ babcia nie pamięta rozmów,
poprosiłam, by wszystko wysyłano do mnie na [[EMAIL:marta.pawlak@example.net]]. Nikt nie
odpisał. Sąsiad z [[ADDRESS:numeru 13]], pan [[PERSON:Zdzisiek]], codziennie przynosił jej
termos z herbatą, a mój brat [[PERSON:Wojtek]] kupił grzejnik olejowy. W kościele
[[ADDRESS:św. Jana Pawła II]], do którego babcia chodzi w każdą niedzielę, ksiądz zauważył,
że jest przemarznięta, i zadzwonił do mnie. Wtedy napisałam skargę drugiego stopnia i dołączyłam
numer NHS babci, [[OTHER_ID:999 371 0462]], oraz list od lekarza. Kierowniczka [[PERSON:Helen
Ostrowski]] odpowiedziała w dwa dni, przeprosiła i jeszcze tego samego tygodnia wymieniono kocioł.
Babcia dostała 380 funtów i alarm osobisty. Dziękuję wszystkim, którzy pomogli. Z poważaniem,
[[PERSON:Marta Pawlak]]
"""),
    ),
    (
        "fv2q-pl-03",
        "pl",
        _s("""
Sąsiedzka historia. Mieszkam na osiedlu [[ADDRESS:Meadowbank Estate]] od piętnastu lat i znam
tu prawie wszystkich. Pod [[ADDRESS:siódemką]] mieszka pan [[PERSON:Leszek]], emerytowany
kierowca, którego dzieciaki wołają Dziadek [[PERSON:Lolek]]. Latem zauważyłem, że z jego
balkonu odpada beton, a kawałki spadają na chodnik, gdzie bawią się dzieci. [[PERSON:Leszek]] ma
[[HEALTH:cukrzycę]] i słabo widzi, więc sam nie mógł tego zgłosić. Ja, [[PERSON:Grzegorz
Mazur]], zadzwoniłem do [[ORGANISATION:Harborough Homes]] na [[PHONE:0161 496 0361]]. Kazali
podać numer umowy najmu, [[REFERENCE:HH-TEN-90412]], i numer ubezpieczenia [[PERSON:Leszka]],
[[NI_NUMBER:ZX 19 63 52 B]], żeby potwierdzić tożsamość. Potem cisza. Zrobiłem zdjęcia,
wrzuciłem je na grupę osiedla na Facebooku, a moja córka [[PERSON:Ola]] oznaczyła konto
spółdzielni i radnej [[OTHER_ID:@cllr.priya.shah]]. Radna odpisała z
[[EMAIL:priya.shah@example.org]] jeszcze tego samego wieczoru. Następnego dnia przyjechał
inspektor, ogrodził chodnik i zlecił naprawę wszystkich balkonów w bloku. [[PERSON:Leszek]] dostał list z
przeprosinami i 200 funtów. Inni sąsiedzi dopiero wtedy przyznali, że też się bali zgłaszać usterki. Teraz, kiedy przechodzę obok [[ADDRESS:siódemki]], zawsze macha mi z
nowego balkonu.
"""),
    ),
    (
        "fv2q-pl-04",
        "pl",
        _s("""
Notatka służbowa. Prowadząca: [[PERSON:Agnieszka Kołodziej]], specjalistka ds. skarg,
[[ORGANISATION:Northern Dales Housing]]. Lokatorzy: państwo [[PERSON:Tomasz]] i
[[PERSON:Iwona Szymańscy]], umowa najmu [[REFERENCE:NDH-55018]], adres [[ADDRESS:14 Garth
Lane]], [[POSTCODE:DL3 6RW]], telefon [[PHONE:07700 900 846]], e-mail
[[EMAIL:iwona.szymanska@example.com]]. Dzieci: [[PERSON:Zuzia]], [[AGE:3 lata]], i
[[PERSON:Antek]], [[AGE:8 lat]], uczeń [[ADDRESS:Skerne Park Academy]]. Opis sprawy: od
października rodzina zgłaszała przeciekający dach i grzyb w pokoju dzieci. Zlecenie
[[REFERENCE:RJ-ND-38817]] zamknięto jako wykonane, choć ekipa nie weszła do domu. Pani
[[PERSON:Iwona]] dołączyła do skargi zaświadczenie, że [[PERSON:Zuzia]] ma [[HEALTH:nawracające
zapalenie płuc]]. W pierwszej odpowiedzi napisaliśmy, że rodzina „suszy pranie w domu”, co było
niesprawiedliwe. Ustalenia: zdjęcia z drona wykonane przez wykonawcę [[ORGANISATION:Pennine
Roofing Ltd]] pokazały brak kilkunastu dachówek. Decyzja: naprawa dachu w ciągu 10 dni,
usunięcie grzyba, nowa farba, przeprosiny na piśmie i 780 funtów przelane na konto kończące się na
[[OTHER_ID:2290]]. Rodzinie zaproponowano też tymczasowy pokój dla dzieci u krewnych
[[PERSON:Tomasza]]. Wnioski: zlecenie nie może być zamknięte bez podpisu lokatora.
"""),
    ),
    (
        "fv2q-ro-01",
        "ro",
        _s("""
Mă numesc [[PERSON:Ionela Dumitrescu]] și locuiesc cu soțul meu, [[PERSON:Costel]], în
[[ADDRESS:apartamentul 9, Heron Court]], [[POSTCODE:RM8 2LD]]. Din februarie, ușa de la intrarea
blocului nu se mai închidea, iar noaptea intrau străini care dormeau pe scări. Fetița noastră,
[[PERSON:Miruna]], are [[AGE:doi ani]] și mă temeam să cobor cu ea la cărucior. Am sunat la
[[ORGANISATION:Havering Vale Homes]] la [[PHONE:020 7946 0574]] și mi-au dat numărul
[[REFERENCE:HVH-44902]]. Mi-au spus că „se ocupă contractorul”. Vecina de la [[ADDRESS:numărul
7]], doamna [[PERSON:Rodica]], care ne ține uneori copilul, a văzut chiar și un bărbat care fuma
pe palier. Am scris o plângere oficială de pe [[EMAIL:ionela.dumitrescu@example.com]] și am
adăugat numărul meu de asigurare națională, [[NI_NUMBER:TN 33 84 10 A]], ca să nu mai spună că
nu mă găsesc în sistem. După zece zile m-a sunat domnul [[PERSON:Patrick Lowe]], manager de
zonă. Și-a cerut scuze, a recunoscut că solicitarea fusese închisă greșit și a trimis un
lăcătuș în aceeași zi. Acum avem o ușă nouă cu cartelă și o cameră pe hol. Am primit și 300 de
lire compensație. [[PERSON:Miruna]] doarme liniștită, iar eu nu mai tresar la fiecare zgomot.
Sfatul meu: nu lăsați pe nimeni să vă spună că e „normal”. Scrieți, fotografiați și cereți
răspuns în scris, de fiecare dată.
"""),
    ),
    (
        "fv2q-ro-02",
        "ro",
        _s("""
Scriu în numele mamei mele, doamna [[PERSON:Elisabeta Stan]], născută pe [[DATE_OF_BIRTH:30
septembrie 1950]], care locuiește la [[ADDRESS:22 Poplar Grove]], [[POSTCODE:lu48ej]]. Mama are
[[AGE:73 de ani]], suferă de [[HEALTH:BPOC]] și folosește oxigen acasă. În iarnă, ferestrele din
dormitor nu se mai închideau, iar aerul rece îi agrava respirația. Am anunțat proprietarul,
[[ORGANISATION:Chiltern Edge Housing]], de pe telefonul meu, [[PHONE:07700 900 169]], și am
primit referința [[REFERENCE:CEH/R/60735]]. Au trecut opt săptămâni fără nicio vizită. Fratele
meu, [[PERSON:Gigi]], care lucrează în Italia, suna zilnic să întrebe ce se întâmplă. Am trimis
apoi o plângere scrisă, cu numărul NHS al mamei, [[OTHER_ID:999 825 6031]], și o scrisoare de la
medicul ei de la [[ADDRESS:Leagrave Surgery]]. Am cerut ca toată corespondența să vină la mine,
la [[EMAIL:v.stan@example.org]], pentru că mama nu citește bine în engleză. Pastorul de la
[[ADDRESS:Biserica Ortodoxă Sfântul Nicolae]], unde mergem duminica, ne-a ajutat cu traducerea.
La etapa a doua, doamna [[PERSON:Karen Bell]] a recunoscut întârzierea, a trimis un tâmplar în
trei zile și a înlocuit toate ferestrele până la sfârșitul lunii. Mama a primit 450 de lire. Vă
mulțumesc. [[PERSON:Viorica Stan]]
"""),
    ),
    (
        "fv2q-ro-03",
        "ro",
        _s("""
Din jurnalul unui vecin. Pe strada noastră toată lumea îl știe pe nea [[PERSON:Fănel]], dar pe
acte îl cheamă [[PERSON:Ștefan Ciobanu]]. Locuiește la [[ADDRESS:numărul 3]], lângă
magazinul românesc [[ADDRESS:Carpați Food Store]], unde ne strângem sâmbăta la o cafea. În martie, după o
furtună, i-a căzut o bucată din tavanul bucătăriei. [[PERSON:Fănel]] are [[HEALTH:Parkinson]] și
nu putea urca pe scară să vadă ce s-a întâmplat. Eu, [[PERSON:Marian]], de la [[ADDRESS:numărul
5]], am sunat la proprietar, [[ORGANISATION:Oakhurst Lettings]], la [[PHONE:0161 496 0823]]. Au
zis că trimit pe cineva „săptămâna viitoare”. Nepoata lui, [[PERSON:Bianca]], a postat poze pe
contul ei, [[OTHER_ID:@bianca.ciobanu.uk]], și a scris la echipa de locuințe private a
consiliului de pe [[EMAIL:bianca.c@example.net]]. Mașina agentului, [[OTHER_ID:MA21 XRP]],
trecea zilnic pe stradă, dar nu oprea niciodată. Consiliul a deschis dosarul
[[REFERENCE:PSH-8826]] și a trimis un inspector a doua zi. Proprietarul a primit o notificare
oficială și, în cinci zile, tavanul a fost refăcut, iar acoperișul reparat. [[PERSON:Fănel]] ne-a
invitat pe toți la sarmale ca să sărbătorim. Uneori e nevoie de un vecin gălăgios.
"""),
    ),
    (
        "fv2q-ro-04",
        "ro",
        _s("""
Rezumat de caz, consilieră de locuințe. Sunt [[PERSON:Alina Rusu]] și lucrez la un centru de
consiliere gratuită. Clientul, domnul [[PERSON:Vasile Munteanu]], [[AGE:61 de ani]],
[[OTHER_SPECIAL:de origine romă]], locuiește în [[ADDRESS:apartamentul 4, 90 Mill Road]],
[[POSTCODE:CB1 2AZ]]. Din septembrie, vecinul de sus îi lăsa gunoaie la ușă și îi striga insulte
rasiste. Asociația [[ORGANISATION:Fenway Housing Association]] a deschis cazul de comportament
antisocial [[REFERENCE:FHA-ASB-1374]], dar l-a închis după o lună, spunând că „nu sunt dovezi”.
Domnul [[PERSON:Munteanu]] are [[HEALTH:depresie]] și ajunsese să nu mai iasă din casă. Fiica lui,
[[PERSON:Lăcrămioara]], pe care familia o strigă [[PERSON:Lăcri]], a înregistrat insultele pe
telefon. Am scris o plângere formală, cu data lui de naștere, [[DATE_OF_BIRTH:17.05.1963]], și
cu înregistrările. Familia mă putea găsi la [[PHONE:020 7946 0297]] sau la
[[EMAIL:alina.rusu@example.org]]. La etapa a doua, ofițerul [[PERSON:Mark Denton]] a recunoscut
că incidentele trebuiau tratate ca infracțiuni motivate de ură. Vecinul a primit avertisment
scris, s-au montat camere pe hol, iar domnului [[PERSON:Munteanu]] i s-a oferit un transfer
prioritar și 500 de lire. Concluzie: o plângere despre ură nu se închide cu „nu sunt dovezi”
fără să asculți înregistrările.
"""),
    ),
    (
        "fv2q-ur-01",
        "ur",
        _s("""
میرا نام [[PERSON:نسرین اختر]] ہے۔ میں اپنے شوہر [[PERSON:عمران]] اور تین بچوں کے ساتھ
[[ADDRESS:43 الما روڈ]]، [[POSTCODE:BD8 7PH]] میں رہتی ہوں۔ پچھلے سال اکتوبر سے ہمارے گھر
کی پچھلی دیوار سے نمی آنے لگی اور بچوں کے کمرے میں کالی پھپھوندی پھیل گئی۔ میرا بیٹا
[[PERSON:ایان]]، جس کی عمر [[AGE:آٹھ سال]] ہے، [[HEALTH:دمہ]] کا مریض ہے اور رات کو بار
بار کھانستا تھا۔ وہ [[ADDRESS:لٹل ہارٹن پرائمری]] میں پڑھتا ہے، اور استاد نے بھی کہا کہ وہ
تھکا تھکا رہتا ہے۔ میں نے [[ORGANISATION:Aldermoor Homes Partnership]] کو
[[PHONE:0113 496 0462]] پر کئی بار فون کیا اور مرمت کا نمبر [[REFERENCE:IHP-RJ-50231]]
لیا۔ ہر بار کہا گیا کہ کھڑکیاں کھولیں۔ پھر [[ADDRESS:جامع مسجد توحید]] کے ایک رضاکار نے
بتایا کہ تحریری شکایت کریں۔ میں نے [[EMAIL:nasreen.akhtar@example.com]] سے ای میل بھیجی
اور [[PERSON:ایان]] کا این ایچ ایس نمبر [[OTHER_ID:999 506 1827]] اور ڈاکٹر کا خط ساتھ
لگایا۔ دو ہفتے بعد [[PERSON:Sharon Kelly]] نام کی ایک افسر آئیں، نمی ناپی، اور مانا کہ باہر
کی نالی ٹوٹی ہوئی تھی۔ ایک مہینے میں دیوار ٹھیک ہو گئی، کمرہ نیا رنگ ہوا، اور ہمیں 550 پاؤنڈ
ملے۔ اب [[PERSON:ایان]] سکون سے سوتا ہے۔ میرا مشورہ ہے کہ ہر بات لکھ کر رکھیں اور ڈریں نہیں۔
"""),
    ),
    (
        "fv2q-ur-02",
        "ur",
        _s("""
میں [[PERSON:فیصل رضا]] ہوں اور یہ خط اپنے والد، جناب [[PERSON:غلام رضا]] کی طرف سے لکھ رہا
ہوں، جن کی تاریخ پیدائش [[DATE_OF_BIRTH:یکم جولائی 1947]] ہے۔ ابو کی عمر [[AGE:77 سال]] ہے،
انہیں [[HEALTH:گردوں کی بیماری]] ہے اور وہ ہفتے میں تین بار ڈائلسس کے لیے جاتے ہیں۔ وہ
[[ADDRESS:فلیٹ 2، سپرنگ فیلڈ ہاؤس]]، [[POSTCODE:ol9 6sb]] میں اکیلے رہتے ہیں۔ جنوری میں
ان کے فلیٹ کا ہیٹر خراب ہو گیا۔ میں نے [[ORGANISATION:Pennine Gate Housing]] کو اپنے نمبر
[[PHONE:07700 900 935]] سے فون کیا اور شکایت نمبر [[REFERENCE:PGH-C-27740]] ملا۔ پانچ ہفتے
کوئی نہیں آیا۔ میری بہن [[PERSON:گڑیا]] روز کھانا لے کر جاتی تھی اور دیکھتی تھی کہ ابو کمبل
میں بیٹھے کانپ رہے ہیں۔ ہمارے پڑوسی [[PERSON:شیدا]] نے اپنا برقی ہیٹر دے دیا۔ آخر میں نے
مقامی ایم پی کے دفتر کو [[EMAIL:faisal.raza@example.net]] سے لکھا اور ابو کا ڈائلسس یونٹ کا
خط بھی بھیجا۔ تین دن کے اندر [[PERSON:Neil Hargreaves]] نام کے ایک مینیجر نے فون کیا، معذرت
کی، اور اسی ہفتے نیا ہیٹر لگوا دیا۔ انہوں نے ابو کے ریکارڈ میں لکھ دیا کہ وہ کمزور صحت والے
کرایہ دار ہیں اور ان کی مرمت ترجیحی ہو گی۔ ابو کو 400 پاؤنڈ بھی ملے۔ میں سب کا شکر گزار ہوں۔
"""),
    ),
    (
        "fv2q-ur-03",
        "ur",
        _s("""
محلے کی کہانی، ایک پڑوسن کی زبانی۔ ہماری گلی میں سب انہیں [[PERSON:بلبل]] باجی کہتے ہیں، حالانکہ
ان کا اصل نام [[PERSON:رخسانہ پروین]] ہے۔ وہ [[ADDRESS:مکان نمبر 21]] میں رہتی ہیں،
[[ADDRESS:مدینہ سویٹس]] کے بالکل سامنے۔ پچھلی گرمیوں میں ان کے گھر کی چھت سے پانی ٹپکنے لگا
اور بجلی کے سوئچ میں کرنٹ آنے لگا۔ [[PERSON:رخسانہ]] کو [[HEALTH:ذیابیطس]] ہے اور وہ سیڑھی
پر نہیں چڑھ سکتیں۔ میں، [[PERSON:شبنم]]، ساتھ والے گھر میں رہتی ہوں، تو میں نے ان کے مالک مکان،
[[ORGANISATION:Calderbrook Properties]]، کو [[PHONE:0161 496 0689]] پر فون کیا۔ انہوں نے
کرایہ داری نمبر [[REFERENCE:CBP-3318]] اور ان کا نیشنل انشورنس نمبر [[NI_NUMBER:WL 57 30 86
C]] مانگا، اور پھر کچھ نہیں کیا۔ میرے بیٹے [[PERSON:ببلو]] نے مالک کی گاڑی [[OTHER_ID:YH20
DNX]] کی تصویر کھینچی جو ہر ہفتے کرایہ لینے آتی تھی مگر مرمت کے لیے کبھی نہیں رکی۔ اس نے کونسل
کی ٹیم کو [[EMAIL:bablu.s@example.org]] سے ای میل کی اور تصویریں انسٹاگرام پر
[[OTHER_ID:@bablu_street_eye]] سے ڈال دیں۔ اگلے دن کونسل کا انسپکٹر آیا اور مالک کو نوٹس دیا۔
ایک ہفتے میں چھت اور وائرنگ دونوں ٹھیک ہو گئیں۔ اب [[PERSON:بلبل]] باجی ہر جمعرات ہمیں
سموسے بھیجتی ہیں۔
"""),
    ),
    (
        "fv2q-ur-04",
        "ur",
        _s("""
ہاؤسنگ افسر کا کیس نوٹ۔ افسر: [[PERSON:Sadia Iqbal]]، شکایات ٹیم،
[[ORGANISATION:Greater Irwell Homes]]۔ کرایہ دار: محترمہ [[PERSON:زینب ملک]]، کرایہ داری
نمبر [[REFERENCE:GIH-T-81406]]، پتہ [[ADDRESS:فلیٹ 17، ایلڈر ٹاور]]، [[POSTCODE:M8 0QT]]،
فون [[PHONE:0161 496 0157]]، ای میل [[EMAIL:zainab.malik@example.com]]۔ خلاصہ: محترمہ
[[PERSON:زینب]] [[OTHER_SPECIAL:افغانستان سے آئی ہوئی پناہ گزین]] ہیں اور اپنی بیٹی
[[PERSON:مریم]]، عمر [[AGE:12 سال]]، کے ساتھ رہتی ہیں۔ ستمبر سے عمارت کی لفٹ بار بار بند ہو رہی
تھی اور [[PERSON:مریم]] کو [[HEALTH:سکل سیل]] کی وجہ سے سترہ منزل سیڑھیاں چڑھنا ممکن نہیں۔ پہلے
جواب میں ہم نے لکھا کہ لفٹ "زیادہ تر چلتی ہے"، جو ریکارڈ کے مطابق غلط تھا: تین مہینے میں
اکیس دن بند رہی۔ ٹھیکیدار [[ORGANISATION:Northlift Engineering]] کے پاس پرانے پرزے تھے۔
فیصلہ: لفٹ کی مکمل مرمت، مرمت کے دوران خاندان کو نچلی منزل پر عارضی فلیٹ، تحریری معافی، اور 850
پاؤنڈ ان کے اکاؤنٹ میں جس کے آخری ہندسے [[OTHER_ID:6074]] ہیں۔ [[PERSON:مریم]] کے سکول،
[[ADDRESS:چیتھم ہل اکیڈمی]]، کو بھی خط لکھا گیا تاکہ غیر حاضریوں کی وضاحت ہو۔ سبق: ریکارڈ دیکھے
بغیر جواب نہ دیا جائے۔
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
