"""Fresh PII test stories, batch v2x (the twenty-fourth writer).

Thirty-five case studies of UK social housing complaints put right, five each
in English, Arabic, Bengali, Punjabi (Gurmukhi), Polish, Romanian and Urdu,
marked under version 2 of the marking in ``/work/shared/pii/README.md``.
They alternate between write-ups by a landlord's complaints team for the
toolkit's "lessons learned" section and residents' own accounts; some are one
long paragraph, some use headings ("What happened", "What we did", "What we
learned" and their equivalents), and a few Polish and Romanian ones are typed
without diacritics. Topics: damp and mould, leaks, heating, lifts,
adaptations, pests, antisocial behaviour and hate incidents, overcrowding,
security repairs and communication failures.

Details marked: people of every role (residents, children, neighbours,
caseworkers, contractor staff, advocates, councillors, police), with
nicknames, diminutives, ordinary-word names and inflected forms, English names
in Arabic, Bengali, Gurmukhi and Urdu script and a transliteration beside a
name; full and partial addresses, flats, blocks, estates, and schools, GP
surgeries, places of worship, shops and pubs that locate a home; postcodes in
several spellings; phones (one spoken in English, one in Romanian) and emails
(some spelled out); references (complaint, repair, antisocial behaviour,
housing register, Housing Ombudsman, police); NI numbers; dates of birth in
figures and words; ages; OTHER_ID (NHS numbers, vehicle registrations, social
handles, a passport number, a sort code, account endings); and ORGANISATION,
HEALTH and OTHER_SPECIAL (ethnicity, national origin, religion, immigration
status).

Measured on 7 December 2026 at first sight, on the detector after round 18 (commit e9d7333,
never changed for this batch): leak-free 74.3% of 35, recall 97.9%, precision 80.7%; by language
en 100%, ar 60%, bn 100%, pa 60%, pl 80%, ro 60%, ur 60% of 5 each. The detector as it landed
before this session's rounds scored 48.6% / 95.1% / 90.1% on it. The misses were surnames
that are words after a job word ("دانيال ويب", "ਸਟੈਫ਼ਨੀ ਵਾਰਡ"), "سنة ونصف" as an age, a
gurdwara named with its title, a church's saint typed without marks, a Polish age "mial 4
miesiace", a girls' academy in Urdu and "علی" (which folds to the word "on").
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2x-en-01",
        "en",
        _s("""
Case study: recurring mould in a ground-floor flat.

What happened: Mrs [[PERSON:Adaeze Okonkwo-Bell]] rents [[ADDRESS:flat 4, Kestrel Court]] on the
[[ADDRESS:Ferncliffe estate]], [[POSTCODE:LS9 6PW]], from [[ORGANISATION:Aire Valley Homes]]. She lives
there with her sons [[PERSON:Chidi]], [[AGE:9]], and [[PERSON:Tobenna]], [[AGE:4]], who has
[[HEALTH:asthma]]. Black mould came back in the boys' bedroom three times in 2022. Each time an
operative from [[ORGANISATION:Brightwall Maintenance]] wiped it down and painted over it, and our
surveyor's note blamed "lifestyle", meaning clothes dried indoors, in a flat with no balcony or
garden. [[PERSON:Tobenna]] was admitted to hospital twice that winter.

What we did: Her complaint (reference [[REFERENCE:AVH/CMP/22-3187]]) went to caseworker
[[PERSON:Lorna Pettigrew]], who visited within two days with [[PERSON:Wes Darby]] from our damp
team. They found a failed cavity tray above the bedroom window, letting rain into the wall. We
rebuilt that section, fitted a continuous extract fan, moved the family into a furnished flat at
[[ADDRESS:12 Sorrel Way]] for three weeks and paid £1,150 in compensation. Mrs
[[PERSON:Okonkwo-Bell]] now has a direct line to [[PERSON:Lorna]] on [[PHONE:0113 496 0372]].

What we learned: "Condensation" is not a diagnosis. Surveyors must find and record the cause in the
building before they say anything about how a family lives. The word "lifestyle" has gone from our
templates, and any mould report in a home with a child under five now gets a visit within five
working days.
"""),
    ),
    (
        "fv2x-en-02",
        "en",
        _s("""
My name is [[PERSON:Dawn Fairweather]] and I've lived on the eleventh floor of
[[ADDRESS:Harrier House]], the tall block behind the [[ADDRESS:Golden Lion]], since 1998. I'm
[[AGE:78]] and I have [[HEALTH:COPD]], so when both lifts went off last February I was stuck
indoors for nineteen days. My granddaughter [[PERSON:Hope]], who's [[AGE:16]], carried my shopping
up every night after college, eleven floors, and we hope never to go through that again. I rang
[[ORGANISATION:Castlegate Housing]] every single day and nobody called back. In the end the lad in
[[ADDRESS:flat 84]], who everyone calls [[PERSON:Big Tunde]], sat with me and typed a complaint to
[[EMAIL:complaints.castlegate@example.org]]. The answer came in nine days from a lady called
[[PERSON:Bernadette Quayle]], and she said sorry properly, not the usual "we apologise for any
inconvenience". She had an engineer from [[ORGANISATION:Skyline Lift Services]] there the next
morning, arranged for me to stay at my daughter's until the new motor came, and paid me £600. She
also put a note on my file, reference [[REFERENCE:CH-40917]], that I'm to be phoned first if the
lifts fail again. She rings me on my mobile, [[PHONE:oh seven seven double oh, nine double oh, three
one six]], and she's done it twice since. If you're stuck upstairs, don't wait like I did. Put it in
writing, keep the reference, and if they don't sort it, go straight to the Housing Ombudsman. You
don't need to go through your MP any more.
"""),
    ),
    (
        "fv2x-en-03",
        "en",
        _s("""
Lessons learned: a level-access shower that took two years.

What happened: [[PERSON:Hodan Warsame]] and her husband [[PERSON:Abdirahman]] live in a
[[ORGANISATION:Severnside Homes]] house at [[ADDRESS:27 Tannery Lane]], [[POSTCODE:bs5 9qe]], with
their four children. Their daughter [[PERSON:Ifrah]], born on [[DATE_OF_BIRTH:14 August 2013]], has
[[HEALTH:cerebral palsy]] and goes to [[ADDRESS:Redfield Meadow Academy]]. An occupational therapist
asked for a level-access shower in March 2021. The request sat in a shared inbox for eleven months,
and when Mrs [[PERSON:Warsame]] chased it she was told to reapply. Meanwhile Mr [[PERSON:Warsame]]
carried [[PERSON:Ifrah]], now [[AGE:10]], up and down the stairs every day.

What we did: The family's complaint ([[REFERENCE:SVH-COMP-5521]]) was taken to stage 2 by
[[PERSON:Priya Rathod]], our adaptations lead, who met them at home with their advocate,
[[PERSON:Sahra Guled]] of [[ORGANISATION:Eastside Families Advice]]. The family, who are
[[OTHER_SPECIAL:Muslim]], had asked that visits avoid Friday lunchtime, and that request had also
been ignored. We found that [[PERSON:Ifrah]]'s NHS number, [[OTHER_ID:612 408 9375]], had been
mistyped on the referral, which is partly why it stalled. Works by
[[ORGANISATION:Marlow & Finch Builders]] were finished in six weeks; we apologised in writing and
paid £2,400.

What we learned: Every adaptation request now has a named owner from day one and a monthly update to
the family. A referral never goes back to the start because of our own error, and we check the
details on it with the family by phone. Families can reach the adaptations team at
[[EMAIL:adaptations@example.net]] or on [[PHONE:0117 496 0815]].
"""),
    ),
    (
        "fv2x-en-04",
        "en",
        _s("""
I'm [[PERSON:Marcia Gayle]], and for most of last year I didn't sleep. A man renting the
ground-floor flat under mine at [[ADDRESS:6 Belvedere Gardens]], [[POSTCODE:B11 4TN]], ran a car
repair business from the shared drive, revving engines until two in the morning. His van,
[[OTHER_ID:FY68 KRU]], blocked my son's car most nights. My son [[PERSON:Junior]] is [[AGE:24]],
works nights at the depot and has [[HEALTH:sickle cell]], so the fumes and the stress were making
him ill.

I kept a diary and filmed it. The man even advertised on Instagram as
[[OTHER_ID:@brumfixit_motors]], with photos of our drive in the background.

I reported it to [[ORGANISATION:Heartwood Housing Trust]] four times. The first officer closed the
case after one letter. When I complained, a new officer, [[PERSON:Gavin Osei]], reopened it under
antisocial behaviour reference [[REFERENCE:ASB/2023/0688]]. He came round at eleven at night to
hear it for himself, which nobody had done before. Within two months there was a warning, then an
injunction, and the business stopped.

[[ORGANISATION:Heartwood]] paid me £350 for the time it took and admitted their first officer should have looked at
my evidence. [[PERSON:Gavin]] gave me his number, [[PHONE:0121 496 0493]], and he still checks in
now and then.

What I learned: keep a diary with dates and times, and film what you can. Evidence gets things
moving, and a complaint gets a fresh pair of eyes on it.
"""),
    ),
    (
        "fv2x-en-05",
        "en",
        _s("""
Case study from [[ORGANISATION:Northgate Riverside Homes]]: overcrowding and a typing error. Mr
[[PERSON:Liang Wei]] and his wife, Mrs [[PERSON:Chen Xiaoyu]], live in the
[[ADDRESS:top flat at 31 Cobden Terrace]], [[POSTCODE:ne6 2hd]], with their children
[[PERSON:Jasmine]] ([[AGE:13]]), [[PERSON:Leo]] ([[AGE:11]]) and baby [[PERSON:Mei-Mei]], born
[[DATE_OF_BIRTH:2 January 2023]], in one bedroom. They joined the housing register in 2021
(register number [[REFERENCE:HR-338214]]), but the application was suspended because our own staff
had typed Mr [[PERSON:Liang]]'s National Insurance number, [[NI_NUMBER:SK 71 40 93 C]], with two
digits swapped. For eighteen months the family received automated letters in English asking for
"missing documents"; Mrs [[PERSON:Chen]] could not read them, and the emails went to an old account
instead of the one Mr [[PERSON:Liang]] had given us, [[EMAIL:liang dot wei at example dot com]].
The children's school, [[ADDRESS:St Oswin's Primary]], wrote to us about the overcrowding as a
safeguarding concern; the letter was filed and nobody acted on it. When Mr [[PERSON:Liang]]
complained, [[PERSON:Siobhan Mulcahy]] in our complaints team found the error in one afternoon. We
corrected the record and backdated the application to 2021, which put the family in band A, and
paid £900. They moved to a three-bedroom house in August. What we learned: never suspend an
application without phoning the applicant; send letters in the language the household reads; and
treat a school's safeguarding letter as urgent.
"""),
    ),
    (
        "fv2x-ar-01",
        "ar",
        _s("""
اسمي [[PERSON:رهف الخطيب]]، أسكن مع زوجي [[PERSON:ماهر]] وأطفالنا الثلاثة في [[ADDRESS:الشقة 7ب]]
في مبنى [[ADDRESS:ويلو كورت]] قرب [[ADDRESS:مسجد النور]] في برادفورد، والرمز البريدي
[[POSTCODE:BD7 1RX]]. وصلنا إلى بريطانيا [[OTHER_SPECIAL:لاجئين من سوريا]] سنة 2019. منذ شتاء 2022
صار الماء ينزل من السقف إلى غرفة الأولاد كلما أمطرت. ابني [[PERSON:سامر]] عمره [[AGE:8 سنوات]]
ويعاني من [[HEALTH:الربو]]، وابنتي [[PERSON:لين]] عمرها [[AGE:5 سنوات]]. اتصلت بشركة
[[ORGANISATION:كالدر فالي هومز]] أكثر من عشر مرات، وفي كل مرة يأتي عامل يضع دلواً ويذهب. لم أكن
أعرف أن من حقي تقديم شكوى رسمية، وكنت أخاف أن تؤثر الشكوى على إقامتنا. ساعدتني متطوعة اسمها
[[PERSON:جوسلين]] ([[PERSON:Jocelyn]]) في كتابة الشكوى بالإنجليزية، وأعطوني رقماً لها:
[[REFERENCE:CVH-77412]]. بعد أسبوعين زارنا موظف الشكاوى [[PERSON:دانيال ويب]] مع فريق من شركة
[[ORGANISATION:Pennine Roofing]]، واعتذر وقال إن البلاغات السابقة سُجّلت خطأً على أنها تكاثف
وليست تسرباً من السطح. أصلحوا السطح كله خلال شهر، وعالجوا العفن في الجدران، ودفعوا لنا تعويضاً
قدره 750 جنيهاً. ما زال [[PERSON:دانيال]] يتصل بي على [[PHONE:07700 900582]] ليطمئن علينا.
نصيحتي لكل عائلة مثلنا: الشكوى حق لكل ساكن، ولا علاقة لها بالإقامة أو باللجوء، ولا تسكتوا حتى
يمرض أولادكم.
"""),
    ),
    (
        "fv2x-ar-02",
        "ar",
        _s("""
دراسة حالة من فريق الشكاوى في [[ORGANISATION:ستيل سيتي هاوسنغ]].

ما الذي حدث: السيد [[PERSON:هوشيار عزيز]]، وعمره [[AGE:81 عاماً]]، رجل
[[OTHER_SPECIAL:كردي من العراق]] يعيش وحده في [[ADDRESS:19 شارع ألبيون]]، [[POSTCODE:s4 8gu]]،
ويعاني من [[HEALTH:مرض باركنسون]]. في ديسمبر الماضي تعطّلت الغلاية ثلاث مرات خلال أسبوعين، وفي كل
مرة كان المقاول [[ORGANISATION:HeatRight Services]] يغلق البلاغ بعد إعادة تشغيلها، من دون تبديل
الصمام التالف. قضى السيد [[PERSON:عزيز]] عدة ليالٍ بلا تدفئة، إلى أن لاحظ جاره في
[[ADDRESS:الرقم 21]]، [[PERSON:غاري]]، أن الأنوار مطفأة فاتصل بابنته [[PERSON:نسرين]].

ما الذي فعلناه: قدّمت [[PERSON:نسرين]] شكوى برقم [[REFERENCE:SCH-C-2290]]، وتولّتها مسؤولة الحالة
[[PERSON:ريبيكا هولمز]]. خلال 24 ساعة رُكّبت غلاية جديدة، وأحضرنا مدفأتين كهربائيتين إلى أن انتهى
العمل، ودفعنا 420 جنيهاً تعويضاً إضافة إلى فرق فاتورة الكهرباء. وأضفنا إلى ملفه أنه ساكن معرّض
للخطر، وسجّلنا رقم ابنته [[PHONE:0114 496 0731]] للاتصال في الطوارئ.

ما الذي تعلّمناه: لا يُغلق أي بلاغ تدفئة لساكن فوق الخامسة والسبعين قبل أن يتأكد مشرف من أن
الإصلاح اكتمل، ونطلب الآن من المقاول صورة للقطعة التي بُدّلت. والأهم: هذه المرة أنقذ الموقف جار
منتبه، ولا يجوز أن نعتمد على ذلك.
"""),
    ),
    (
        "fv2x-ar-03",
        "ar",
        _s("""
أنا [[PERSON:فاطمة الزهراء بنعلي]]، [[OTHER_SPECIAL:مغربية]]، أسكن في [[ADDRESS:الشقة 42]] في مجمّع
[[ADDRESS:بيكونفيلد]] شرق لندن، [[POSTCODE:e143xl]]. طوال صيف 2023 كانت الفئران تخرج من فتحة خلف
خزانة المطبخ. ابني الصغير [[PERSON:يوسف]]، عمره [[AGE:سنتان]]، صار يخاف أن ينام في غرفته، وابنتي
[[PERSON:سلمى]] التي تدرس في [[ADDRESS:مدرسة سانت جيمس الابتدائية]] كانت تخجل من دعوة صديقاتها
إلى البيت. أرسلت شركة [[ORGANISATION:ريفرسايد إيست هاوسنغ]] عامل مكافحة الحشرات أربع مرات، وكل
مرة يضع السم ويقول إن المشكلة من الجيران. لم يسأل أحد من أين تدخل الفئران أصلاً. في النهاية كتبت
شكوى من بريدي [[EMAIL:fatima.zahra.b at example dot org]] وحصلت على الرقم
[[REFERENCE:REH/PC/10554]]. اتصلت بي [[PERSON:ميغان أوسوليفان]] من فريق الشكاوى خلال ثلاثة أيام،
ثم جاءت بنفسها مع فني من [[ORGANISATION:Clearway Pest Control]] اسمه [[PERSON:كوفي]]. وجدا أن
أنبوب الصرف تحت المبنى مكسور، وأن الفئران تصعد منه إلى ثلاث شقق. أُصلح الأنبوب وسُدّت الفتحات
كلها، ولم نرَ فأراً واحداً منذ أكتوبر. وصلني اعتذار مكتوب و300 جنيه، وقالت [[PERSON:ميغان]] إنهم
صاروا يفحصون المبنى كله عندما تتكرر الشكوى من شقة واحدة. تعلمت أن أكتب كل شيء وأطلب رقم الشكوى،
وأن أسأل: ما سبب المشكلة؟ وليس فقط: متى يأتي العامل؟
"""),
    ),
    (
        "fv2x-ar-04",
        "ar",
        _s("""
ملخّص حالة للدروس المستفادة، [[ORGANISATION:ميرسي غيت هومز]]: تسكن أسرة السيد
[[PERSON:أبرهام تسفاي]] وزوجته [[PERSON:سابا]]، وهما [[OTHER_SPECIAL:من إريتريا]]، في
[[ADDRESS:الشقة 3، 48 شارع ويفرتري]] في ليفربول، [[POSTCODE:L8 2SQ]]، مع أطفالهما
[[PERSON:ميرون]] ([[AGE:14]]) و[[PERSON:دانيئيل]] ([[AGE:9]]) و[[PERSON:هيلين]] ([[AGE:3]]). بدأ
تسرب من حمّام الشقة العلوية في أبريل، وأبلغ السيد [[PERSON:تسفاي]] عنه خمس مرات. لكن نظامنا كان
قد سجّل اسمه مقلوباً، فكانت كل مكالمة تُفتح كبلاغ جديد باسم مختلف، ولم يرَ أحد أن المشكلة تتكرر.
وعندما طلب أحد الموظفين تاريخ ميلاده للتحقق، [[DATE_OF_BIRTH:3/11/1979]]، لم يتطابق مع السجل
فأُغلق البلاغ. في يوليو سقط جزء من سقف المطبخ. بعدها قدّم شكوى ([[REFERENCE:MGH-2024-0419]])،
ثم توجّه إلى Housing Ombudsman الذي فتح القضية رقم [[REFERENCE:202405873]]. هنا تولّى
[[PERSON:توم برينان]] من فريقنا الملف، فدمج السجلات، وأرسل السبّاك [[PERSON:ستيف]] من شركة
[[ORGANISATION:AquaFix Plumbing]] في اليوم نفسه، وأُصلح السقف خلال أسبوعين، ودفعنا 1,300 جنيه
تعويضاً مع اعتذار مكتوب ترجمناه إلى التغرينية. يمكن للأسرة الآن الاتصال بـ[[PERSON:توم]] مباشرة
على [[PHONE:+44 151 496 0264]]. الدرس: ترتيب الأسماء يختلف بين الثقافات، وخطأ واحد في إدخال الاسم
يمكن أن يخفي خمسة بلاغات. صرنا نبحث بالعنوان ورقم الهاتف قبل فتح أي بلاغ جديد، ولا نغلق بلاغاً
لأن تاريخاً لم يتطابق.
"""),
    ),
    (
        "fv2x-ar-05",
        "ar",
        _s("""
ما حدث: اسمي [[PERSON:نجيب القاضي]]، [[OTHER_SPECIAL:يمني]]، أسكن مع زوجتي [[PERSON:أروى]] وبناتنا
الثلاث في [[ADDRESS:62 شارع هيذرفيلد]] في برمنغهام، [[POSTCODE:b19 1jt]]، قرب
[[ADDRESS:مدرسة بيرش هيل الابتدائية]] حيث تدرس ابنتنا [[PERSON:أمل]]، وعمرها [[AGE:7 سنوات]].
النوافذ الخشبية في البيت متعفنة ولا تُغلق، والمطر يدخل إلى غرفة البنات، وابنتنا الصغرى
[[PERSON:نور]]، وعمرها [[AGE:سنة ونصف]]، أصيبت مرتين بمرض [[HEALTH:التهاب القصيبات]]. بلّغت شركة
[[ORGANISATION:Aston Brook Homes]] منذ 2021، وكانوا يقولون إن تبديل النوافذ "في البرنامج". كان
عندنا أمل مع كل رسالة، لكن لا شيء يحدث.

ما فعلوه: كتبت على تويتر إلى حسابهم [[OTHER_ID:@AstonBrookHomes]]، فردّت عليّ موظفة اسمها
[[PERSON:سيريدوين إيفانز]] وطلبت أن أقدّم شكوى رسمية. أخذت الشكوى الرقم [[REFERENCE:ABH/CP/30912]].
جاءت [[PERSON:سيريدوين]] بنفسها مع النجّار [[PERSON:باتريك]] من شركة
[[ORGANISATION:Oakline Windows]]، وقالت إن البيت كان في البرنامج فعلاً لكنه أُجّل ثلاث مرات بلا
سبب مكتوب. رُكّبت نوافذ جديدة خلال خمسة أسابيع، ودفعوا لنا 650 جنيهاً.

ما تعلمته: لا تنتظر "البرنامج". اطلب رداً مكتوباً وتاريخاً محدداً. رقم فريق الشكاوى
[[PHONE:0121 496 0467]]، وإن لم يحلّوا المشكلة فاذهب إلى أمين المظالم للإسكان.
"""),
    ),
    (
        "fv2x-bn-01",
        "bn",
        _s("""
কেস স্টাডি: [[ORGANISATION:পেনাইন এজ হোমস]]-এর অভিযোগ দল।

কী ঘটেছিল: জনাব [[PERSON:আব্দুল মালিক]] ও তাঁর স্ত্রী [[PERSON:সুফিয়া খাতুন]] তিন সন্তান নিয়ে
ওল্ডহ্যামে [[ADDRESS:৩৩ হলিওয়েল স্ট্রিট]], [[POSTCODE:OL8 1HS]]-এ থাকেন। বড় ছেলে
[[PERSON:তানভীর]] ([[AGE:১২]]), মেয়ে [[PERSON:সামিয়া]] ([[AGE:৮]]) আর ছোট ছেলে [[PERSON:রাফি]]
([[AGE:৩]])। [[PERSON:রাফির]] [[HEALTH:হাঁপানি]] আছে। ২০২২ সালের অক্টোবর থেকে শোবার ঘরের দেয়ালে
কালো ছত্রাক জমছিল। আমাদের ঠিকাদার [[ORGANISATION:DryLine Damp Solutions]] দুবার এসে রং করে চলে
যায়, কিন্তু কারণ খোঁজেনি। জনাব [[PERSON:মালিক]] ফোন করলে প্রতিবার বলা হতো জানালা খুলে রাখতে।

আমরা কী করেছি: অভিযোগ নম্বর [[REFERENCE:PEH-DM-6620]] পাওয়ার পর কেসওয়ার্কার
[[PERSON:জোয়ান কেলি]] একজন সিলেটি দোভাষী নিয়ে বাড়িতে যান। তাঁরা দেখেন ছাদের নালা ভাঙা, বৃষ্টির
পানি দেয়ালের ভেতরে ঢুকছে। তিন সপ্তাহের মধ্যে নালা বদলানো হয়, দেয়াল শুকিয়ে নতুন করে প্লাস্টার
করা হয় এবং দুটি এক্সট্র্যাক্টর ফ্যান বসানো হয়। পরিবারটিকে ৯৫০ পাউন্ড ক্ষতিপূরণ দেওয়া হয় এবং
লিখিতভাবে ক্ষমা চাওয়া হয়। [[PERSON:জোয়ান]] এখন প্রতি মাসে [[PHONE:0161 496 0928]] নম্বর থেকে
ফোন করে খোঁজ নেন।

আমরা কী শিখেছি: ছত্রাকের ওপর রং করা সমাধান নয়। প্রতিটি ছত্রাকের অভিযোগে আগে কারণ খুঁজতে হবে,
আর যে পরিবার ইংরেজিতে স্বচ্ছন্দ নয় তাদের সঙ্গে প্রথম দিন থেকেই দোভাষী রাখতে হবে। ছোট শিশু বা
শ্বাসকষ্টের রোগী থাকলে পাঁচ কার্যদিবসের মধ্যে পরিদর্শন এখন বাধ্যতামূলক।
"""),
    ),
    (
        "fv2x-bn-02",
        "bn",
        _s("""
আমার নাম [[PERSON:নাসরিন আক্তার]]। আমি দুই সন্তান নিয়ে [[ADDRESS:ফ্ল্যাট ১৯]],
[[ADDRESS:কোলেট হাউস]]-এ থাকি, [[ADDRESS:বায়তুল আমান মসজিদ]]-এর ঠিক পেছনে, পোস্টকোড
[[POSTCODE:e1 6qd]]। গত বছর আমাদের সিঁড়িঘর মাদক বিক্রির জায়গা হয়ে গিয়েছিল। রাতে লোকজন চিৎকার
করত, সিঁড়িতে সুঁই পড়ে থাকত। আমার ছেলে [[PERSON:রায়হান]], বয়স [[AGE:১৫ বছর]], স্কুল থেকে ফেরার
পথে একদিন হুমকি পায়। মেয়ে [[PERSON:মুন্নী]] ([[AGE:৯]]) একা নিচে নামতে ভয় পেত।
[[ORGANISATION:স্পিটালফিল্ডস কমিউনিটি হাউজিং]]-কে ছয়বার জানিয়েছি, ওরা শুধু বলত পুলিশকে বলুন।
তখন পাশের ফ্ল্যাটের [[PERSON:টুনু]] ভাই বললেন লিখিত অভিযোগ করতে। আমি
[[EMAIL:nasrin dot akter at example dot net]] থেকে ইমেল করি, অভিযোগের নম্বর পাই
[[REFERENCE:ASB-TH-3391]]। এরপর অ্যান্টিসোশ্যাল বিহেভিয়ার অফিসার [[PERSON:ড্যারেন মার্শ]] নিজে
এসে সিঁড়িঘর দেখে যান। দুই সপ্তাহের মধ্যে সামনের দরজায় নতুন তালা আর ক্যামেরা বসানো হয়, আর যারা
বাইরে থেকে ঢুকত তাদের বিরুদ্ধে পুলিশের সঙ্গে মিলে ব্যবস্থা নেওয়া হয়। কাউন্সিলর
[[PERSON:শাহানা হক]]-ও খোঁজ নিয়েছিলেন, তবে [[PERSON:ড্যারেন]] আমাকে বুঝিয়ে বললেন, এখন আর
অম্বাডসম্যানের কাছে যেতে কাউন্সিলরের মাধ্যমে যেতে হয় না। আমার কাছে ক্ষমা চেয়ে চিঠিও এসেছে।
[[PERSON:মুন্নীকে]] এখন আমি আবার নিচে খেলতে পাঠাই। আমার শিক্ষা: একবার ফোন করে থামবেন না, লিখে
জানান, নম্বরটা রেখে দিন।
"""),
    ),
    (
        "fv2x-bn-03",
        "bn",
        _s("""
[[ORGANISATION:চিলটার্ন ভ্যালি হাউজিং]] — শিক্ষণীয় ঘটনা। হাজী [[PERSON:সিরাজুল ইসলাম]], জন্ম
[[DATE_OF_BIRTH:পাঁচই মার্চ উনিশশো ছেচল্লিশ]], লুটনে [[ADDRESS:৮ বেরি লেন]],
[[POSTCODE:LU1 3EZ]]-এ একা থাকেন। ২০২৩ সালের জানুয়ারিতে [[HEALTH:স্ট্রোক]] হওয়ার পর তিনি আর
সিঁড়ি বেয়ে ওপরের বাথরুমে যেতে পারতেন না। তাঁর জিপি, [[ADDRESS:ডালো রোড মেডিক্যাল সেন্টার]],
এবং অকুপেশনাল থেরাপিস্ট [[PERSON:হেলেন ম্যাকগ্রা]] সিঁড়ি-লিফট ও হাতল লাগানোর সুপারিশ করেন।
কিন্তু রেফারেলে তাঁর এনএইচএস নম্বর [[OTHER_ID:721 503 8846]] ভুল টাইপ হওয়ায় আমাদের সিস্টেমে
সেটি অন্য এক ভাড়াটের নামে চলে যায়। পাঁচ মাস তিনি নিচতলার সোফায় ঘুমিয়েছেন, আর নাতি
[[PERSON:আরিফ]] ([[AGE:১৯]]) প্রতিদিন এসে তাঁকে গোসল করাতে সাহায্য করেছে। [[PERSON:আরিফ]]
অভিযোগ করলে (নম্বর [[REFERENCE:CHV/ADP/0917]]) আমাদের কেসওয়ার্কার
[[PERSON:ডমিনিক ফ্লাহার্টি]] এক সপ্তাহের মধ্যে রেফারেলটি খুঁজে বের করেন, ঠিকাদার
[[ORGANISATION:স্টেয়ারওয়ে মোবিলিটি]] দশ দিনে লিফট বসায়, আর নিচতলায় একটি ছোট শাওয়ার রুম তৈরি
হয়। আমরা লিখিতভাবে ক্ষমা চেয়েছি এবং ৮০০ পাউন্ড ক্ষতিপূরণ দিয়েছি। শিক্ষা: রেফারেল এলে নাম,
জন্মতারিখ ও ঠিকানা তিনটিই মিলিয়ে দেখতে হবে, আর কোনো রেফারেল দুই সপ্তাহ পড়ে থাকলে দলনেতার
কাছে স্বয়ংক্রিয় সতর্কবার্তা যাবে।
"""),
    ),
    (
        "fv2x-bn-04",
        "bn",
        _s("""
কী হয়েছিল: আমি [[PERSON:শাহজাহান মিয়া]]। স্ত্রী [[PERSON:কুলসুম]] আর দুই সন্তান
[[PERSON:ইমরান]] ([[AGE:৯]]) ও [[PERSON:টুম্পা]] ([[AGE:৬]])-কে নিয়ে বার্মিংহামের স্মল হিথে
[[ADDRESS:৫৭ ওয়ার্ডেন স্ট্রিট]]-এ থাকি, পোস্টকোড [[POSTCODE:b109ln]]। গত ডিসেম্বরে বয়লার নষ্ট
হয়ে যায়। পাঁচ সপ্তাহ ঘরে গরম পানি বা হিটিং ছিল না। [[ORGANISATION:মিডল্যান্ড হার্থ হোমস]]-এর
ঠিকাদার [[ORGANISATION:ওয়ার্মহোম গ্যাস সার্ভিসেস]] থেকে [[PERSON:কেভিন]] নামে একজন ইঞ্জিনিয়ার
তিনবার এসে বলেন যন্ত্রাংশ আসছে। বাচ্চারা প্রতি রাতে জ্যাকেট পরে ঘুমাত, আর ঠান্ডা লেগে
[[PERSON:টুম্পার]] [[HEALTH:নিউমোনিয়া]] হয়।

কী করা হলো: আমার ভাই ওয়েবসাইট থেকে অভিযোগের ফর্ম পূরণ করে দেয়। নম্বর আসে
[[REFERENCE:MHH-HT-11873]]। অভিযোগ কর্মকর্তা [[PERSON:অ্যাঞ্জেলা রবার্টস]] পরদিন ফোন করে ক্ষমা
চান এবং দুই দিনের মধ্যে নতুন বয়লার বসানোর ব্যবস্থা করেন। তিনি আমাদের দুটি হিটার দেন আর
বিদ্যুৎ বিলের টাকাও দেন। ৫৫০ পাউন্ড ক্ষতিপূরণ আমার অ্যাকাউন্টে আসে, সর্ট কোড
[[OTHER_ID:20-45-77]], অ্যাকাউন্টের শেষ চার সংখ্যা [[OTHER_ID:৩৩৯১]]। [[PERSON:অ্যাঞ্জেলা]] তাঁর
সরাসরি নম্বর দিয়েছেন: [[PHONE:0121 496 0655]]।

আমি কী শিখলাম: শুধু ইঞ্জিনিয়ারকে বলে লাভ নেই। অভিযোগ লিখিতভাবে করুন, তাহলে কেউ না কেউ দায়িত্ব
নেয়। ল্যান্ডলর্ডের দুই ধাপের পরেও সমাধান না হলে হাউজিং অম্বাডসম্যানের কাছে যাওয়া যায়।
"""),
    ),
    (
        "fv2x-bn-05",
        "bn",
        _s("""
[[ORGANISATION:ফ্লিট রিভার হাউজিং]]-এর অভিযোগ পর্যালোচনা। মিসেস [[PERSON:রোকেয়া সুলতানা]] লন্ডনের
[[ADDRESS:ক্যাসলমিড এস্টেট]]-এ [[ADDRESS:ফ্ল্যাট ৭এ]]-তে দুই ছেলেকে নিয়ে থাকেন। বড় ছেলে
[[PERSON:সাব্বির]], [[AGE:২৩ বছর]], [[HEALTH:অটিজম]]-এ আক্রান্ত এবং হঠাৎ শব্দে খুব অস্থির হয়ে
পড়েন; ছোট ছেলে [[PERSON:নাঈম]] [[AGE:১৭ বছর]] বয়সী। ২০২৩ সালে ওপরের ফ্ল্যাটে মেরামতের কাজ
চলাকালীন আমরা পরিবারকে আগে থেকে কিছু জানাইনি। তিন সপ্তাহ ধরে সকাল আটটা থেকে ড্রিলিং চলেছে, আর
[[PERSON:সাব্বিরের]] ডে সেন্টারে যাওয়া বন্ধ হয়ে যায়। [[PERSON:রোকেয়ার]] ফোনকলগুলো সাধারণ
মেরামতের লাইনে গিয়েছিল, কেউ ফেরত ফোন করেনি। তিনি অভিযোগ করেন (নম্বর
[[REFERENCE:FRH-CX-4471]]), কিন্তু প্রথম ধাপের উত্তর আসে আট সপ্তাহ পরে, শুধু ইংরেজিতে। তিনি
সরাসরি হাউজিং অম্বাডসম্যানের কাছে যান, কেস নম্বর [[REFERENCE:202315562]]। দ্বিতীয় ধাপে আমাদের
কেসওয়ার্কার [[PERSON:ওলুওয়াসেউন আদেয়েমি]] বাংলাভাষী এক সহকর্মীকে নিয়ে বাড়িতে যান, পরিবারের
যোগাযোগের পছন্দ লিখে রাখেন এবং ভবিষ্যতের সব কাজের অন্তত এক সপ্তাহ আগে নোটিশ দেওয়ার ব্যবস্থা
করেন। ৭০০ পাউন্ড ক্ষতিপূরণ দেওয়া হয়। পরিবারটি এখন সরাসরি [[PHONE:020 7946 0318]] নম্বরে বা
[[EMAIL:fleetriver.complaints@example.org]] ঠিকানায় যোগাযোগ করতে পারে। শিক্ষা: কোনো পরিবারের
বিশেষ চাহিদা নথিতে থাকলে তা ঠিকাদারের কাছেও পৌঁছাতে হবে, আর প্রথম ধাপের উত্তর দশ কার্যদিবসের
মধ্যে, পরিবারের ভাষায় দিতে হবে।
"""),
    ),
    (
        "fv2x-pa-01",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਂ [[PERSON:ਹਰਜੀਤ ਕੌਰ ਗਿੱਲ]] ਹੈ ਅਤੇ ਮੈਂ ਆਪਣੇ ਪਤੀ [[PERSON:ਸੁਖਦੇਵ]] ਨਾਲ ਵੁਲਵਰਹੈਂਪਟਨ ਵਿੱਚ
[[ADDRESS:ਫ਼ਲੈਟ 1, 41 ਲੈਂਗਲੀ ਰੋਡ]], [[POSTCODE:WV2 4PL]] ਵਿਖੇ ਰਹਿੰਦੀ ਹਾਂ। [[PERSON:ਸੁਖਦੇਵ]] ਜੀ
[[AGE:67 ਸਾਲ]] ਦੇ ਹਨ ਅਤੇ ਉਨ੍ਹਾਂ ਨੂੰ [[HEALTH:ਦਿਲ ਦੀ ਬਿਮਾਰੀ]] ਹੈ। ਪਿਛਲੇ ਸਾਲ ਮਾਰਚ ਵਿੱਚ ਉੱਪਰ ਵਾਲੇ
ਫ਼ਲੈਟ ਦੇ ਬਾਥਰੂਮ ਤੋਂ ਪਾਣੀ ਸਾਡੀ ਰਸੋਈ ਦੀ ਛੱਤ ਵਿੱਚ ਆਉਣ ਲੱਗਾ। ਅਸੀਂ [[ORGANISATION:ਟੈਟਨਹਾਲ ਹਾਊਸਿੰਗ]]
ਨੂੰ ਸੱਤ ਵਾਰ ਫ਼ੋਨ ਕੀਤਾ। ਹਰ ਵਾਰ ਕਹਿੰਦੇ ਸਨ ਕਿ ਪਲੰਬਰ ਆ ਜਾਵੇਗਾ, ਪਰ ਕੋਈ ਨਹੀਂ ਆਇਆ। ਮਈ ਵਿੱਚ ਛੱਤ ਦਾ
ਇੱਕ ਹਿੱਸਾ ਡਿੱਗ ਪਿਆ; ਸ਼ੁਕਰ ਹੈ ਉਸ ਵੇਲੇ ਸਾਡਾ ਪੋਤਾ [[PERSON:ਬੱਬੂ]] ਰਸੋਈ ਵਿੱਚ ਨਹੀਂ ਸੀ। ਫਿਰ ਮੇਰੀ ਧੀ
[[PERSON:ਅਮਨਦੀਪ]] ਨੇ ਔਨਲਾਈਨ ਸ਼ਿਕਾਇਤ ਕੀਤੀ ਅਤੇ ਸਾਨੂੰ ਨੰਬਰ [[REFERENCE:TH/RP/55017]] ਮਿਲਿਆ। ਦੋ
ਦਿਨਾਂ ਵਿੱਚ ਸ਼ਿਕਾਇਤ ਅਫ਼ਸਰ [[PERSON:ਸਟੈਫ਼ਨੀ ਵਾਰਡ]] ਨੇ ਫ਼ੋਨ ਕੀਤਾ ਅਤੇ ਅਗਲੇ ਦਿਨ ਪਲੰਬਰ
[[PERSON:ਡੈਨੀ]] ਆਇਆ, ਜਿਸ ਨੇ ਦੱਸਿਆ ਕਿ ਉੱਪਰ ਵਾਲੀ ਪਾਈਪ ਮਹੀਨਿਆਂ ਤੋਂ ਟੁੱਟੀ ਹੋਈ ਸੀ। ਹਾਊਸਿੰਗ
ਵਾਲਿਆਂ ਨੇ ਛੱਤ ਨਵੀਂ ਬਣਵਾਈ, ਰਸੋਈ ਦੀਆਂ ਅਲਮਾਰੀਆਂ ਬਦਲੀਆਂ, ਅਤੇ ਲਿਖਤੀ ਮੁਆਫ਼ੀ ਨਾਲ 800 ਪੌਂਡ ਦਿੱਤੇ।
[[PERSON:ਸਟੈਫ਼ਨੀ]] ਨੇ ਮੰਨਿਆ ਕਿ ਸਾਡੀਆਂ ਕਾਲਾਂ ਹਰ ਵਾਰ ਨਵੀਂ ਰਿਪੋਰਟ ਵਜੋਂ ਦਰਜ ਹੁੰਦੀਆਂ ਸਨ ਅਤੇ ਕਿਸੇ
ਨੇ ਉਨ੍ਹਾਂ ਨੂੰ ਇਕੱਠਿਆਂ ਨਹੀਂ ਦੇਖਿਆ। ਹੁਣ ਉਹ ਮੇਰੇ ਮੋਬਾਈਲ [[PHONE:07700 900741]] 'ਤੇ ਹਰ ਮਹੀਨੇ ਖ਼ਬਰ
ਲੈਂਦੀ ਹੈ। ਮੇਰੀ ਸਲਾਹ: ਜੇ ਫ਼ੋਨ ਨਾਲ ਗੱਲ ਨਹੀਂ ਬਣਦੀ ਤਾਂ ਲਿਖ ਕੇ ਸ਼ਿਕਾਇਤ ਕਰੋ ਅਤੇ ਨੰਬਰ ਸੰਭਾਲ ਕੇ ਰੱਖੋ।
"""),
    ),
    (
        "fv2x-pa-02",
        "pa",
        _s("""
[[ORGANISATION:ਬ੍ਰੈਂਟ ਰਿਵਰ ਹਾਊਸਿੰਗ]] ਦਾ ਕੇਸ ਅਧਿਐਨ।

ਕੀ ਹੋਇਆ: ਸ੍ਰੀ [[PERSON:ਮਨਜੀਤ ਸਿੰਘ ਸੰਧੂ]] (ਜਨਮ ਮਿਤੀ [[DATE_OF_BIRTH:12-09-1961]]) ਆਪਣੀ ਪਤਨੀ
[[PERSON:ਪਰਮਿੰਦਰ ਕੌਰ]] ਨਾਲ ਸਾਊਥਾਲ ਵਿੱਚ [[ADDRESS:ਫ਼ਲੈਟ 2, ਹੈਵਲਾਕ ਕੋਰਟ]], [[POSTCODE:UB2 5JX]]
ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ। 2021 ਵਿੱਚ ਉਨ੍ਹਾਂ ਨੂੰ [[HEALTH:ਮਲਟੀਪਲ ਸਕਲੇਰੋਸਿਸ]] ਦੀ ਪੁਸ਼ਟੀ ਹੋਈ ਅਤੇ ਹੁਣ ਉਹ
ਵ੍ਹੀਲਚੇਅਰ ਵਰਤਦੇ ਹਨ। ਮੁੱਖ ਦਰਵਾਜ਼ੇ 'ਤੇ ਦੋ ਪੌੜੀਆਂ ਹਨ ਅਤੇ ਬਾਥਰੂਮ ਵਿੱਚ ਉੱਚਾ ਟੱਬ। ਰੈਂਪ ਅਤੇ ਵੈੱਟ
ਰੂਮ ਦੀ ਬੇਨਤੀ ਚੌਦਾਂ ਮਹੀਨੇ ਰੁਕੀ ਰਹੀ, ਕਿਉਂਕਿ ਸਾਡੀ ਫ਼ਾਈਲ ਵਿੱਚ ਉਨ੍ਹਾਂ ਦਾ ਨੈਸ਼ਨਲ ਇੰਸ਼ੋਰੈਂਸ ਨੰਬਰ
[[NI_NUMBER:JB 64 28 17 D]] ਕਿਸੇ ਹੋਰ ਕਿਰਾਏਦਾਰ ਨਾਲ ਜੁੜ ਗਿਆ ਸੀ ਅਤੇ ਸਿਸਟਮ ਦਿਖਾਉਂਦਾ ਸੀ ਕਿ ਕੰਮ
ਪਹਿਲਾਂ ਹੀ ਹੋ ਚੁੱਕਾ ਹੈ। ਸ੍ਰੀਮਤੀ [[PERSON:ਪਰਮਿੰਦਰ]] ਹਰ ਰੋਜ਼ ਉਨ੍ਹਾਂ ਨੂੰ ਸਹਾਰਾ ਦੇ ਕੇ ਪੌੜੀਆਂ ਉਤਾਰਦੀ
ਸੀ ਅਤੇ ਦੋ ਵਾਰ ਦੋਵੇਂ ਡਿੱਗਦਿਆਂ-ਡਿੱਗਦਿਆਂ ਬਚੇ।

ਅਸੀਂ ਕੀ ਕੀਤਾ: ਸ਼ਿਕਾਇਤ ([[REFERENCE:BRH-ADP-3302]]) ਮਿਲਣ 'ਤੇ ਅਡੈਪਟੇਸ਼ਨ ਅਫ਼ਸਰ
[[PERSON:ਆਇਸ਼ਾ ਮਹਿਮੂਦ]] ਨੇ ਉਸੇ ਹਫ਼ਤੇ ਘਰ ਦਾ ਦੌਰਾ ਕੀਤਾ ਅਤੇ ਗ਼ਲਤੀ ਲੱਭੀ। ਠੇਕੇਦਾਰ
[[ORGANISATION:Access Build Ltd]] ਨੇ ਪੰਜ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਰੈਂਪ ਅਤੇ ਵੈੱਟ ਰੂਮ ਤਿਆਰ ਕੀਤੇ। ਅਸੀਂ ਲਿਖਤੀ
ਮੁਆਫ਼ੀ ਮੰਗੀ ਅਤੇ 1,800 ਪੌਂਡ ਮੁਆਵਜ਼ਾ ਦਿੱਤਾ।

ਅਸੀਂ ਕੀ ਸਿੱਖਿਆ: ਜਦੋਂ ਸਿਸਟਮ ਕਹੇ ਕਿ ਕੰਮ ਹੋ ਚੁੱਕਾ ਹੈ, ਤਾਂ ਕਿਰਾਏਦਾਰ ਨੂੰ ਪੁੱਛ ਕੇ ਪੱਕਾ ਕਰੋ। ਹੁਣ ਹਰ
ਅਡੈਪਟੇਸ਼ਨ ਬੇਨਤੀ ਲਈ ਇੱਕ ਅਫ਼ਸਰ ਜ਼ਿੰਮੇਵਾਰ ਹੈ, ਅਤੇ ਪਰਿਵਾਰ [[EMAIL:adaptations.team@example.com]]
'ਤੇ ਸਿੱਧਾ ਲਿਖ ਸਕਦੇ ਹਨ।
"""),
    ),
    (
        "fv2x-pa-03",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਂ [[PERSON:ਰਾਜਵਿੰਦਰ ਕੌਰ]] ਹੈ, ਪਰ ਸਾਰੇ ਮੈਨੂੰ [[PERSON:ਪਿੰਕੀ]] ਕਹਿੰਦੇ ਹਨ। ਅਸੀਂ ਸਮੈਦਿਕ ਵਿੱਚ
[[ADDRESS:ਮੋਤੀ ਮਹਿਲ ਸਵੀਟਸ]] ਦੇ ਉੱਪਰ ਵਾਲੇ ਫ਼ਲੈਟ ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ, [[POSTCODE:b66 3dn]]।

ਕੀ ਹੋਇਆ: ਮੇਰੇ ਦੋ ਬੱਚੇ ਹਨ, [[PERSON:ਜਸਲੀਨ]] [[AGE:17 ਸਾਲ]] ਦੀ ਅਤੇ [[PERSON:ਅਰਜਨ]]
[[AGE:10 ਸਾਲ]] ਦਾ, ਜੋ [[ADDRESS:ਹੋਲੀ ਟ੍ਰਿਨਿਟੀ ਪ੍ਰਾਇਮਰੀ]] ਵਿੱਚ ਪੜ੍ਹਦਾ ਹੈ। ਦੋ ਸਰਦੀਆਂ ਤੋਂ ਬੱਚਿਆਂ ਦੇ
ਕਮਰੇ ਵਿੱਚ ਉੱਲੀ ਲੱਗ ਰਹੀ ਸੀ। ਕੱਪੜੇ ਅਤੇ [[PERSON:ਜਸਲੀਨ]] ਦੀਆਂ ਕਿਤਾਬਾਂ ਖ਼ਰਾਬ ਹੋ ਗਈਆਂ, ਅਤੇ
[[PERSON:ਅਰਜਨ]] ਦੀ [[HEALTH:ਐਗਜ਼ੀਮਾ]] ਬਹੁਤ ਵਧ ਗਈ। [[ORGANISATION:ਸੈਂਡਵੈੱਲ ਕੀਸਟੋਨ ਹੋਮਜ਼]] ਨੇ
ਕਿਹਾ ਕਿ ਅਸੀਂ ਖਿੜਕੀਆਂ ਨਹੀਂ ਖੋਲ੍ਹਦੇ।

ਫਿਰ ਕੀ ਹੋਇਆ: ਗੁਰਦੁਆਰੇ ਦੀ ਇੱਕ ਭੈਣ ਜੀ ਨੇ ਮੈਨੂੰ ਸ਼ਿਕਾਇਤ ਲਿਖਣ ਵਿੱਚ ਮਦਦ ਕੀਤੀ। ਮੈਂ ਆਪਣੀ ਈਮੇਲ
[[EMAIL:pinkykaur84 at example dot com]] ਤੋਂ ਭੇਜੀ ਅਤੇ ਹਵਾਲਾ ਨੰਬਰ
[[REFERENCE:SKH-DMP-2024-061]] ਮਿਲਿਆ। ਕੇਸਵਰਕਰ [[PERSON:ਗ੍ਰੇਸ ਅਡੇਬਾਯੋ]] ਆਪ ਘਰ ਆਈ। ਉਸ ਨੇ ਦੇਖਿਆ
ਕਿ ਹੇਠਾਂ ਦੁਕਾਨ ਦੀ ਰਸੋਈ ਦੀ ਭਾਫ਼ ਵਾਲੀ ਨਾਲੀ ਟੁੱਟੀ ਹੋਈ ਸੀ ਅਤੇ ਸਾਰੀ ਭਾਫ਼ ਸਾਡੀ ਕੰਧ ਵਿੱਚ ਜਾ ਰਹੀ ਸੀ;
ਖਿੜਕੀਆਂ ਦਾ ਕੋਈ ਕਸੂਰ ਨਹੀਂ ਸੀ। ਛੇ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਕੰਧ ਠੀਕ ਹੋਈ, ਨਵਾਂ ਪੱਖਾ ਲੱਗਾ ਅਤੇ ਸਾਨੂੰ 600 ਪੌਂਡ
ਅਤੇ ਨਵੇਂ ਗੱਦਿਆਂ ਦੇ ਪੈਸੇ ਮਿਲੇ। [[PERSON:ਗ੍ਰੇਸ]] ਨੇ ਇਸ ਗੱਲ ਦੀ ਮੁਆਫ਼ੀ ਵੀ ਮੰਗੀ ਕਿ ਸਾਨੂੰ ਦੋਸ਼ ਦਿੱਤਾ
ਗਿਆ ਸੀ।

ਮੈਂ ਕੀ ਸਿੱਖਿਆ: ਜੇ ਕੋਈ ਕਹੇ ਕਿ ਉੱਲੀ ਤੁਹਾਡੀ ਗ਼ਲਤੀ ਹੈ, ਤਾਂ ਚੁੱਪ ਨਾ ਰਹੋ। ਫ਼ੋਟੋਆਂ ਖਿੱਚੋ, ਤਾਰੀਖ਼ਾਂ ਲਿਖੋ,
ਅਤੇ ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਕਰੋ।
"""),
    ),
    (
        "fv2x-pa-04",
        "pa",
        _s("""
[[ORGANISATION:ਸੋਅਰ ਵੈਲੀ ਹਾਊਸਿੰਗ]] — ਸ਼ਿਕਾਇਤ ਤੋਂ ਸਬਕ। ਸ੍ਰੀ [[PERSON:ਗੁਰਮੀਤ ਸਿੰਘ ਢਿੱਲੋਂ]],
[[AGE:58 ਸਾਲ]], ਲੈਸਟਰ ਵਿੱਚ [[ADDRESS:ਮਕਾਨ ਨੰਬਰ 9, ਰੋਜ਼ਮੀਡ ਕਲੋਜ਼]], [[POSTCODE:LE4 6FT]] ਵਿੱਚ
ਰਹਿੰਦੇ ਹਨ। ਉਨ੍ਹਾਂ ਨੂੰ [[HEALTH:ਬੋਲ਼ਾਪਣ]] ਹੈ ਅਤੇ ਉਹ ਬ੍ਰਿਟਿਸ਼ ਸਾਈਨ ਲੈਂਗੂਏਜ ਵਰਤਦੇ ਹਨ। ਉਨ੍ਹਾਂ ਦੀ ਫ਼ਾਈਲ
'ਤੇ ਲਿਖਿਆ ਸੀ ਕਿ ਸਿਰਫ਼ ਟੈਕਸਟ ਜਾਂ ਈਮੇਲ ਰਾਹੀਂ ਸੰਪਰਕ ਕੀਤਾ ਜਾਵੇ, ਫਿਰ ਵੀ ਸਾਡੀ ਮੁਰੰਮਤ ਟੀਮ ਉਨ੍ਹਾਂ ਨੂੰ
ਫ਼ੋਨ ਕਰਦੀ ਰਹੀ। ਪਿਛਲੇ ਅਕਤੂਬਰ ਮੂਹਰਲੇ ਦਰਵਾਜ਼ੇ ਦਾ ਤਾਲਾ ਟੁੱਟ ਗਿਆ ਅਤੇ ਘਰ ਤਿੰਨ ਹਫ਼ਤੇ ਬੰਦ ਨਹੀਂ ਹੋ
ਸਕਿਆ, ਕਿਉਂਕਿ ਠੇਕੇਦਾਰ [[ORGANISATION:SecureFit Locksmiths]] ਦਾ ਕਾਰੀਗਰ ਦੋ ਵਾਰ ਆ ਕੇ ਘੰਟੀ ਵਜਾ
ਕੇ ਚਲਾ ਗਿਆ ਅਤੇ ਰਿਕਾਰਡ 'ਤੇ "ਕੋਈ ਘਰ ਨਹੀਂ" ਲਿਖ ਦਿੱਤਾ। ਉਨ੍ਹਾਂ ਦੇ ਪੁੱਤਰ [[PERSON:ਹਰਮਨ]],
[[AGE:22 ਸਾਲ]], ਨੇ ਸ਼ਿਕਾਇਤ ਕੀਤੀ (ਹਵਾਲਾ [[REFERENCE:SVH-55-1904]])। ਕੇਸਵਰਕਰ
[[PERSON:ਨਿਆਮ ਓ'ਕੌਨਰ]] ਨੇ BSL ਦੁਭਾਸ਼ੀਏ ਨਾਲ ਮੁਲਾਕਾਤ ਰੱਖੀ, ਉਸੇ ਦਿਨ ਤਾਲਾ ਬਦਲਵਾਇਆ, ਦਰਵਾਜ਼ੇ 'ਤੇ
ਰੌਸ਼ਨੀ ਵਾਲੀ ਘੰਟੀ ਲਗਵਾਈ ਅਤੇ 450 ਪੌਂਡ ਦਿੱਤੇ। ਹੁਣ ਸ੍ਰੀ [[PERSON:ਢਿੱਲੋਂ]] ਨੂੰ ਮੁਰੰਮਤ ਦੀਆਂ ਤਾਰੀਖ਼ਾਂ
[[PHONE:07700 900219]] 'ਤੇ ਟੈਕਸਟ ਰਾਹੀਂ ਮਿਲਦੀਆਂ ਹਨ। ਸਬਕ: ਸੰਪਰਕ ਦੀ ਲੋੜ ਫ਼ਾਈਲ ਵਿੱਚ ਲਿਖ ਦੇਣਾ ਕਾਫ਼ੀ
ਨਹੀਂ; ਇਹ ਹਰ ਠੇਕੇਦਾਰ ਦੀ ਜੌਬ ਸ਼ੀਟ 'ਤੇ ਵੀ ਦਿਖਣੀ ਚਾਹੀਦੀ ਹੈ, ਅਤੇ "ਕੋਈ ਘਰ ਨਹੀਂ" ਦਰਜ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ
ਟੈਕਸਟ ਭੇਜਣਾ ਲਾਜ਼ਮੀ ਹੈ।
"""),
    ),
    (
        "fv2x-pa-05",
        "pa",
        _s("""
ਕੀ ਹੋਇਆ: ਮੈਂ [[PERSON:ਕੁਲਦੀਪ ਸਿੰਘ ਬਾਜਵਾ]] ਹਾਂ। ਮੈਂ, ਮੇਰੀ ਪਤਨੀ [[PERSON:ਸਿਮਰਨ]] ਅਤੇ ਸਾਡੀ ਧੀ,
ਜਿਸ ਨੂੰ ਅਸੀਂ ਪਿਆਰ ਨਾਲ [[PERSON:ਨਿੱਕੀ]] ਕਹਿੰਦੇ ਹਾਂ, ਗ੍ਰੇਵਜ਼ੈਂਡ ਵਿੱਚ
[[ADDRESS:73 ਕਲੈਰੈਂਸ ਰੋਡ ਦੇ ਉੱਪਰਲੇ ਫ਼ਲੈਟ]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ। [[PERSON:ਨਿੱਕੀ]] [[AGE:7 ਸਾਲ]] ਦੀ
ਹੈ। ਅਸੀਂ [[OTHER_SPECIAL:ਅੰਮ੍ਰਿਤਧਾਰੀ ਸਿੱਖ]] ਹਾਂ ਅਤੇ ਮੈਂ ਪੱਗ ਬੰਨ੍ਹਦਾ ਹਾਂ। ਪਿਛਲੇ ਸਾਲ ਹੇਠਲੇ ਫ਼ਲੈਟ
ਵਿੱਚ ਆਏ ਇੱਕ ਨੌਜਵਾਨ ਨੇ ਮੈਨੂੰ ਗਾਲ੍ਹਾਂ ਕੱਢਣੀਆਂ ਸ਼ੁਰੂ ਕੀਤੀਆਂ, ਸਾਡੀ ਕਾਰ 'ਤੇ ਥੁੱਕਿਆ ਅਤੇ ਟਿਕਟੌਕ 'ਤੇ
[[OTHER_ID:@kent_lad_77]] ਨਾਂ ਤੋਂ ਸਾਡੀਆਂ ਵੀਡੀਓ ਪਾਈਆਂ। ਉਸ ਦੀ ਵੈਨ [[OTHER_ID:GX21 TNO]] ਹਮੇਸ਼ਾ
ਸਾਡਾ ਰਾਹ ਰੋਕਦੀ ਸੀ। [[PERSON:ਨਿੱਕੀ]] ਸਕੂਲ ਜਾਣ ਤੋਂ ਡਰਨ ਲੱਗੀ।

ਫਿਰ ਕੀ ਹੋਇਆ: [[ORGANISATION:ਮੈਡਵੇ ਗੇਟ ਹਾਊਸਿੰਗ]] ਨੇ ਪਹਿਲਾਂ ਕਿਹਾ ਕਿ ਇਹ ਗੁਆਂਢੀਆਂ ਦਾ ਝਗੜਾ ਹੈ।
[[ADDRESS:ਗੁਰਦੁਆਰਾ ਸ੍ਰੀ ਦਸਮੇਸ਼ ਦਰਬਾਰ]] ਦੀ ਕਮੇਟੀ ਦੇ ਇੱਕ ਵੀਰ ਨੇ ਮੈਨੂੰ ਦੱਸਿਆ ਕਿ ਇਹ ਨਫ਼ਰਤੀ ਘਟਨਾ
ਹੈ ਅਤੇ ਰਸਮੀ ਸ਼ਿਕਾਇਤ ਕਰਨੀ ਚਾਹੀਦੀ ਹੈ। ਸ਼ਿਕਾਇਤ ਤੋਂ ਬਾਅਦ ਐਂਟੀਸੋਸ਼ਲ ਬਿਹੇਵੀਅਰ ਅਫ਼ਸਰ
[[PERSON:ਕ੍ਰਿਸ ਹੈਮੰਡ]] ਨੇ ਕੇਸ ਨੰਬਰ [[REFERENCE:ASB-24-0077]] ਖੋਲ੍ਹਿਆ ਅਤੇ ਪੁਲਿਸ ਦੀ ਪੀਸੀ
[[PERSON:ਸਾਰਾ ਲੋਅ]] ਨਾਲ ਮਿਲ ਕੇ ਕੰਮ ਕੀਤਾ। ਉਸ ਆਦਮੀ ਨੂੰ ਲਿਖਤੀ ਚੇਤਾਵਨੀ ਮਿਲੀ ਅਤੇ ਬਾਅਦ ਵਿੱਚ ਉਸ ਦੀ
ਕਿਰਾਏਦਾਰੀ ਖ਼ਤਮ ਹੋਈ। ਹਾਊਸਿੰਗ ਨੇ ਮੁਆਫ਼ੀ ਮੰਗੀ ਅਤੇ ਸਾਡੇ ਦਰਵਾਜ਼ੇ 'ਤੇ ਕੈਮਰਾ ਲਗਵਾਇਆ।
[[PERSON:ਕ੍ਰਿਸ]] ਦਾ ਨੰਬਰ [[PHONE:07700 900633]] ਹੁਣ ਵੀ ਮੇਰੇ ਫ਼ੋਨ ਵਿੱਚ ਹੈ।

ਮੈਂ ਕੀ ਸਿੱਖਿਆ: ਨਸਲੀ ਜਾਂ ਧਾਰਮਿਕ ਨਫ਼ਰਤ ਨੂੰ ਕਿਸੇ ਨੂੰ "ਝਗੜਾ" ਨਾ ਕਹਿਣ ਦਿਓ। ਹਰ ਘਟਨਾ ਦੀ ਤਾਰੀਖ਼ ਲਿਖੋ
ਅਤੇ ਵੀਡੀਓ ਸੰਭਾਲ ਕੇ ਰੱਖੋ।
"""),
    ),
    (
        "fv2x-pl-01",
        "pl",
        _s("""
Studium przypadku, [[ORGANISATION:Fenland Gate Housing]].

Co się stało: Pani [[PERSON:Bożena Wróblewska]] mieszka z mężem [[PERSON:Tadeuszem]] i dwójką
dzieci w [[ADDRESS:mieszkaniu nr 14]] w bloku [[ADDRESS:Brampton House]] w Peterborough,
[[POSTCODE:PE1 2SN]]. [[PERSON:Kuba]] ma [[AGE:8 lat]], a [[PERSON:Zuzia]] [[AGE:3 lata]]. Od
jesieni 2022 r. w pokoju dzieci pojawiała się czarna pleśń. Dwukrotnie przyjeżdżała ekipa
[[ORGANISATION:Nene Damp & Timber]], myła ściany środkiem grzybobójczym i malowała. Po kilku
tygodniach pleśń wracała. [[PERSON:Zuzia]] trzy razy trafiła do lekarza w
[[ADDRESS:Millfield Medical Centre]] z [[HEALTH:zapaleniem oskrzeli]]. Nasze pisma do rodziny
wysyłaliśmy wyłącznie po angielsku, a w notatkach zapisano „brak wietrzenia przez lokatorów”.

Co zrobiliśmy: Skargę (nr [[REFERENCE:FGH/DM/2023/118]]) przejął [[PERSON:Gareth Pryce]]. Przyszedł
z tłumaczką i inspektorem, który stwierdził nieszczelną rynnę nad oknem i zawilgocony mur.
Naprawiliśmy rynnę, osuszyliśmy ścianę, zamontowaliśmy wentylator z higrostatem i na dwa tygodnie
przenieśliśmy rodzinę do mieszkania zastępczego. Rodzina otrzymała 1050 funtów i przeprosiny na
piśmie, po polsku. Pani [[PERSON:Bożena]] kontaktuje się teraz bezpośrednio z [[PERSON:Garethem]]
pod numerem [[PHONE:07700 900 884]].

Czego się nauczyliśmy: Malowanie pleśni to nie naprawa. Każde zgłoszenie wilgoci wymaga ustalenia
przyczyny w budynku, a korespondencję wysyłamy w języku, który rodzina rozumie. Nie wpisujemy do akt
ocen zachowania lokatorów, dopóki nie sprawdzimy budynku.
"""),
    ),
    (
        "fv2x-pl-02",
        "pl",
        _s("""
Nazywam sie [[PERSON:Kasia Nowicka]], mieszkam z partnerem [[PERSON:Wojtkiem]] i synkiem
[[PERSON:Antosiem]] w [[ADDRESS:mieszkaniu 9F]] na dziewiatym pietrze w
[[ADDRESS:Carrington Point]] w Nottingham, kod [[POSTCODE:ng5 1ht]]. Kiedy [[PERSON:Antos]] mial
[[AGE:4 miesiace]], obie windy staly prawie piec tygodni. Ja po cesarce nie moglam nosic wozka po
schodach, a [[PERSON:Wojtek]] pracuje na zmiany w magazynie. Dzwonilam do
[[ORGANISATION:Trent Meadows Housing]] codziennie i slyszalam tylko "czekamy na czesc". Nikt nie
zapytal, czy w bloku sa osoby, ktore nie moga chodzic po schodach. Kolezanka z
[[ADDRESS:parafii Matki Bozej Czestochowskiej]] powiedziala mi, ze moge zlozyc formalna skarge i ze
nie potrzebuje do tego zadnego radnego. Napisalam maila z [[EMAIL:kasia.nowicka88@example.com]] i
dostalam numer [[REFERENCE:TMH-4471-LIFT]]. Oddzwonila pani [[PERSON:Morag Lindsay]] z dzialu
skarg. Przyznala, ze firma [[ORGANISATION:Liftcare Midlands]] zamowila zla czesc i nikt tego nie
sprawdzil. W ciagu dwoch dni dala nam tymczasowe mieszkanie na parterze, a technik
[[PERSON:Dariusz]] z [[ORGANISATION:Liftcare Midlands]], okazalo sie, ze tez
[[OTHER_SPECIAL:Polak]], naprawil jedna winde w tydzien. Dostalismy 500 funtow i przeprosiny na
pismie. Teraz mam bezposredni numer do pani [[PERSON:Morag]], [[PHONE:0115 496 0277]], i jak winda
staje, to ona do mnie dzwoni, a nie ja do nich. Moja rada: nie czekajcie tygodniami, piszcie skarge
od razu i zapisujcie daty.
"""),
    ),
    (
        "fv2x-pl-03",
        "pl",
        _s("""
Z notatek zespołu skarg [[ORGANISATION:Avon Quay Homes]]: [[AGE:79-letni]] pan
[[PERSON:Zbigniew Kaczmarczyk]], ur. [[DATE_OF_BIRTH:17 maja 1944]], mieszka sam w
[[ADDRESS:Flat 3, 118 Carlton Road]] w Bristolu, [[POSTCODE:BS3 4LN]]. Choruje na
[[HEALTH:POChP]] i słabo mówi po angielsku. Zimą 2023 r. przestało działać ogrzewanie. Pan
[[PERSON:Kaczmarczyk]] dzwonił trzy razy, ale nasz konsultant nie rozumiał, o co chodzi, i zamykał
zgłoszenia jako „brak usterki”. Przez jedenaście dni mieszkał w jednym pokoju z grzejnikiem
olejowym. Sprawę zgłosiła jego wnuczka [[PERSON:Ola]], która zadzwoniła na numer
[[PHONE:0117 496 0248]] i poprosiła o formalną skargę ([[REFERENCE:AQH-HEAT-0931]]). Sprawę przejęła
[[PERSON:Fiona Brennan]]. Jeszcze tego samego dnia inżynier z [[ORGANISATION:Severn Gas Care]]
wymienił pompę. [[PERSON:Fiona]] odwiedziła pana [[PERSON:Zbigniewa]] z tłumaczem, przeprosiła i
przyznała 380 funtów rekompensaty oraz zwrot za prąd. W systemie zapisaliśmy, że pan
[[PERSON:Kaczmarczyk]] potrzebuje tłumacza, a w razie awarii kontaktujemy się także z
[[PERSON:Olą]]. Wnioski: zgłoszenia, którego nie rozumiemy, nie wolno zamykać jako „brak usterki”.
Konsultanci mają teraz dostęp do tłumacza telefonicznego w ciągu minuty, a każde zgłoszenie braku
ogrzewania od osoby po 75. roku życia traktujemy jako pilne.
"""),
    ),
    (
        "fv2x-pl-04",
        "pl",
        _s("""
Co się działo: Jestem [[PERSON:Marek Zieliński]]. Mieszkam z żoną [[PERSON:Agnieszką]] i córką
[[PERSON:Leną]] w [[ADDRESS:mieszkaniu 22]] na [[ADDRESS:Gascoyne Estate]] w Hackney,
[[POSTCODE:E9 7PQ]]. [[PERSON:Lena]] ma [[AGE:6 lat]] i chodzi do
[[ADDRESS:Morning Lane Primary]]. W marcu zauważyliśmy pluskwy w łóżku córki, potem karaluchy w
kuchni. [[ORGANISATION:Lea Bridge Housing Co-operative]] przysłała firmę dwa razy, ale opryskali
tylko nasze mieszkanie, a robactwo wracało z szachtu instalacyjnego. [[PERSON:Lena]] miała
pogryzione ręce i nie chciała spać we własnym pokoju, a [[PERSON:Aga]] prała wszystko co drugi
dzień.

Co zrobili: Napisałem formalną skargę, numer [[REFERENCE:LBH-PC-2207]]. Zadzwoniła pani
[[PERSON:Hannah Kowalczyk]] z działu skarg, która mówi trochę po polsku. Przyszła z technikiem z
[[ORGANISATION:PestAway London]], [[PERSON:Dwayne'em]]. Sprawdzili cały pion, sześć mieszkań, i
znaleźli gniazdo w szachcie. Uszczelnili rury, zrobili trzy zabiegi w całym pionie i dali nowy
materac dla [[PERSON:Leny]]. Dostaliśmy też 400 funtów. Do przelewu potrzebowali numeru NI, podałem
[[NI_NUMBER:PW 73 19 62 B]]. Mam bezpośredni numer do pani [[PERSON:Hanny]]:
[[PHONE:020 7946 0513]].

Czego się nauczyłem: jeśli problem wraca, pytajcie, skąd przychodzi. I nie wstydźcie się: robactwo
to nie wina lokatora.
"""),
    ),
    (
        "fv2x-pl-05",
        "pl",
        _s("""
[[ORGANISATION:Chapeltown Vale Homes]] – przypadek do zestawu „wnioski”. Pani
[[PERSON:Jolanta Dąbrowska]] wynajmuje od nas dom z dwiema sypialniami przy
[[ADDRESS:4 Cowper Grove]] w Leeds, [[POSTCODE:LS8 5DB]]. Mieszka z córką [[PERSON:Weroniką]],
[[AGE:16 lat]], i synem [[PERSON:Piotrusiem]], [[AGE:11 lat]], który ma [[HEALTH:autyzm]] i
potrzebuje własnego pokoju. W 2022 r. złożyła wniosek o większy dom i o wpis do rejestru
mieszkaniowego (nr [[REFERENCE:LHR-204417]]). Wszystkie nasze listy szły jednak na jej poprzedni
adres, [[ADDRESS:27 Roundhay View]], choć zmianę zgłosiła na piśmie. Przez rok nie wiedziała, że
wniosek zamknięto z powodu „braku odpowiedzi”.

Po skardze ([[REFERENCE:CVL-C-8816]]) sprawą zajął się pan [[PERSON:Imran Qureshi]]. Zadzwonił na
numer [[PHONE:0113 496 0164]], przeprosił i dalej wszystko ustalał e-mailem, na adres, który pani
[[PERSON:Jolanta]] podyktowała mu przez telefon: [[EMAIL:jola kropka dabrowska małpa example kropka
com]]. Przywróciliśmy wniosek z pierwotną datą, lekarz [[PERSON:Piotrusia]] przysłał opinię, rodzina
dostała priorytet i w marcu przeprowadziła się do domu z trzema sypialniami. Przyznaliśmy 650
funtów.

Wnioski: zmiana adresu musi trafiać do wszystkich systemów jednocześnie, a żadnego wniosku nie
zamykamy bez rozmowy telefonicznej z wnioskodawcą.
"""),
    ),
    (
        "fv2x-ro-01",
        "ro",
        _s("""
Mă numesc [[PERSON:Florentina Stoica]] și locuiesc cu soțul meu, [[PERSON:Gicu]], și cei doi copii
în [[ADDRESS:apartamentul 5]] din [[ADDRESS:Thornbury House]], în Barking, [[POSTCODE:IG11 8SB]].
[[PERSON:Darius]] are [[AGE:10 ani]], iar [[PERSON:Ariana]] avea doar [[AGE:8 luni]] când a apărut
mucegaiul în dormitor, în toamna lui 2022. De două ori a ajuns la spital cu
[[HEALTH:bronșiolită]]. Am sunat la [[ORGANISATION:Roding Riverside Homes]] de nu mai știu câte
ori. Au venit cei de la [[ORGANISATION:Eastern Damp Solutions]], au dat cu spray și cu vopsea și
au plecat. Mi s-a spus că e vina noastră pentru că uscăm rufele în casă, dar unde să le usuci
într-un apartament fără balcon? Doamna [[PERSON:Rodica]], vecina de la [[ADDRESS:numărul 7]], m-a
ajutat să scriu o plângere oficială și am primit numărul [[REFERENCE:RRH-DAMP-7730]]. După o
săptămână m-a sunat doamna [[PERSON:Claire Hughes]], care s-a ocupat de caz. A venit cu un
inspector care a găsit o țeavă spartă în perete, exact în spatele pătuțului [[PERSON:Arianei]].
Au reparat țeava, au uscat peretele, ne-au pus un ventilator nou și ne-au mutat trei săptămâni
într-un alt apartament. Am primit scuze în scris și 900 de lire. Doamna [[PERSON:Claire]] mi-a
lăsat numărul ei, [[PHONE:zero șapte șapte zero zero, nouă sute, patru cinci opt]], și mi-a spus
că pot suna oricând. Sfatul meu: nu lăsați pe nimeni să vă spună că mucegaiul e vina voastră până
nu caută cauza.
"""),
    ),
    (
        "fv2x-ro-02",
        "ro",
        _s("""
Studiu de caz – [[ORGANISATION:Mancunian Way Housing]].

Ce s-a întâmplat: Doamna [[PERSON:Georgeta Munteanu]] locuiește cu fiul ei, [[PERSON:Ionuț]], de
[[AGE:14 ani]], la [[ADDRESS:42 Hathersage Close]], Manchester, [[POSTCODE:M13 0DF]]. În ianuarie
casa a fost spartă, iar ușa din spate și o fereastră au rămas distruse. Noi am pus doar o placă de
lemn și am trecut lucrarea drept „neurgentă”. Timp de șapte săptămâni familia a dormit cu ușa
proptită cu un scaun. [[PERSON:Ionuț]] a început să lipsească de la școală, iar doamna
[[PERSON:Munteanu]] a primit un diagnostic de [[HEALTH:tulburare de anxietate]]. Când a sunat să
se plângă, un coleg i-a cerut dovada dreptului de ședere și o copie a pașaportului, al cărui număr,
[[OTHER_ID:058214937]], a ajuns chiar în notițele noastre, deși doamna [[PERSON:Munteanu]] are
[[OTHER_SPECIAL:settled status]] și contractul ei nu avea nicio legătură cu asta.

Ce am făcut: Plângerea (nr. [[REFERENCE:MWH/R/55810]]) a fost preluată de
[[PERSON:Chukwuemeka Eze]], căruia toată lumea îi spune [[PERSON:Emeka]]. În două zile,
[[ORGANISATION:Medlock Glazing]] a montat o ușă nouă și geam securizat; montatorul [[PERSON:Lee]]
a verificat și celelalte încuietori. Am cerut scuze în scris, inclusiv pentru cererea de documente,
am șters datele din pașaport și am plătit 700 de lire. [[PERSON:Emeka]] rămâne persoana de contact a
familiei, la [[PHONE:0161 496 0634]].

Ce am învățat: După o spargere, securizarea locuinței este urgentă, nu „neurgentă”. Și nu cerem
niciodată acte de imigrare când cineva face o plângere: nu sunt necesare și îi sperie pe oameni.
"""),
    ),
    (
        "fv2x-ro-03",
        "ro",
        _s("""
Ce s-a intamplat: Ma numesc [[PERSON:Mihai Dobre]] si stau cu sotia mea [[PERSON:Loredana]] si
fata noastra [[PERSON:Bianca]], de [[AGE:13 ani]], la [[ADDRESS:19 Foxglove Road]] in Edmonton,
[[POSTCODE:n9 8yw]]. Vecinul de la [[ADDRESS:nr. 21]] tinea doi caini mari in gradina si ii lasa sa
latre toata noaptea. Cand i-am zis ceva, m-a amenintat si mi-a zgariat masina. Masina lui,
[[OTHER_ID:LR19 WXA]], bloca mereu aleea. [[PERSON:Bianca]], care invata la
[[ADDRESS:Silverdale Academy]], nu mai putea dormi inainte de examene. Am sunat la
[[ORGANISATION:Northfield Arches Housing]] de opt ori si mi-au zis ca e o "disputa intre vecini".

Ce au facut: Parintele de la [[ADDRESS:biserica Sfantul Nicolae]], unde mergem duminica (suntem
[[OTHER_SPECIAL:ortodocsi]]), m-a ajutat sa scriu o plangere. Am primit numarul de caz
[[REFERENCE:NAH-ASB-6652]]. Ofiterul [[PERSON:Yusuf Demir]] a venit seara, a auzit cainii si a
vorbit cu vecinul. S-a facut un acord scris, apoi un avertisment oficial. Cand vecinul a continuat,
asociatia a mers in instanta. Acum e liniste. Ne-au platit 250 de lire si au recunoscut ca primul
raspuns a fost gresit. [[PERSON:Yusuf]] ne-a dat si emailul lui, [[EMAIL:y.demir@example.net]], ca
sa-i scriem direct daca incepe iar.

Ce am invatat: tineti un jurnal cu zilele si orele si filmati. Fara dovezi, totul pare o cearta
intre vecini.
"""),
    ),
    (
        "fv2x-ro-04",
        "ro",
        _s("""
Extras din raportul anual al [[ORGANISATION:Don Valley Homes]], secțiunea „lecții învățate”.
Familia lui [[PERSON:Costel Lăcătuș]] și a [[PERSON:Mirelei Lăcătuș]], [[OTHER_SPECIAL:romi din
România]], locuiește într-o casă cu trei dormitoare la [[ADDRESS:88 Owler Grove]], Sheffield,
[[POSTCODE:s4 7bn]], cu cei cinci copii: [[PERSON:Denisa]] ([[AGE:15]]), [[PERSON:Alex]]
([[AGE:12]]), [[PERSON:Bogdan]] ([[AGE:9]]), [[PERSON:Rebeca]] ([[AGE:6]]) și [[PERSON:Narcisa]]
([[AGE:2]]). Din primăvara lui 2023 casa a avut șoareci. Contractorul nostru a notat de trei ori
„fără acces”, deși familia era acasă; am aflat ulterior că operatorul nici nu a sunat la ușă,
pentru că un coleg îi spusese că „familiile astea nu deschid”. [[PERSON:Rebeca]], care are
[[HEALTH:epilepsie]], a fost mușcată de mână, iar scrisoarea spitalului, cu numărul ei NHS
[[OTHER_ID:634 118 2207]], a ajuns la noi abia după două luni. Plângerea (nr.
[[REFERENCE:DVH-CMP-3140]]) a ajuns la [[PERSON:Shauna Doherty]], care a vizitat familia cu un
mediator vorbitor de română. Am schimbat contractorul cu [[ORGANISATION:Hallam Pest Services]], am
astupat golurile din fundație, iar șoarecii au dispărut în trei săptămâni. Familia a primit 850 de
lire și scuze în scris, colegul a fost sancționat, iar toată echipa a urmat un curs despre
discriminare. Pentru supraaglomerare, familia a trecut în banda prioritară. Lecții: orice „fără
acces” se verifică printr-un telefon la locatar și nu presupunem nimic despre o familie după
originea ei. Contact direct pentru familie: [[PHONE:0114 496 0392]].
"""),
    ),
    (
        "fv2x-ro-05",
        "ro",
        _s("""
Problema: Sunt [[PERSON:Ana-Maria Popescu]] și locuiesc cu partenerul meu, [[PERSON:Radu]], și
fetița noastră, [[PERSON:Sofia]], de [[AGE:9 luni]], în [[ADDRESS:apartamentul de sus de la 12
Amity Road]], Reading, [[POSTCODE:rg1 3lp]]. Acoperișul curgea din noiembrie. Am pus lighene în hol
și în camera fetiței, iar tavanul s-a umflat. De fiecare dată când sunam la
[[ORGANISATION:Kennet Thames Housing]], mi se spunea că „e pe lista de lucrări”. Nimeni nu venea și
nimeni nu răspundea la emailurile pe care le trimiteam de pe
[[EMAIL:anamaria.popescu@example.net]].

Ce s-a rezolvat: În februarie am făcut plângere oficială pe site și am primit referința
[[REFERENCE:KTH-2024-00871]]. M-a sunat [[PERSON:Bethany Cole]], de la echipa de plângeri, care a
recunoscut că lucrarea fusese anulată din greșeală când s-a schimbat contractorul. Într-o săptămână
au venit cei de la [[ORGANISATION:Berkshire Roofline]]; [[PERSON:Stuart]], șeful echipei, a găsit
țiglele sparte și a refăcut toată streașina. Au reparat și tavanul. Pentru plată mi-au cerut
numărul de asigurări sociale, [[NI_NUMBER:RH 40 27 85 A]], și am primit 520 de lire, plus banii
pentru un dezumidificator.

Ce am învățat: Nu vă mulțumiți cu „e pe listă”. Cereți o dată și un nume. Dacă nici după plângere
nu se rezolvă, puteți merge direct la Housing Ombudsman, fără deputat sau consilier.
"""),
    ),
    (
        "fv2x-ur-01",
        "ur",
        _s("""
[[ORGANISATION:ایئرڈیل کمیونٹی ہومز]] کیس اسٹڈی۔

کیا ہوا: محترمہ [[PERSON:شازیہ پروین]] اپنے شوہر [[PERSON:طارق محمود]] اور دو بچوں کے ساتھ بریڈفورڈ
میں [[ADDRESS:64 لمسڈن اسٹریٹ]]، [[POSTCODE:BD8 7AS]] میں رہتی ہیں۔ بیٹی [[PERSON:عائشہ]] کی عمر
[[AGE:6 سال]] ہے اور بیٹا [[PERSON:حمزہ]] [[AGE:18 ماہ]] کا ہے۔ [[PERSON:حمزہ]] کو [[HEALTH:دمہ]]
ہے۔ 2022 کی سردیوں میں سونے کے کمرے کی دیوار اور کھڑکی کے گرد سیاہ پھپھوندی پھیل گئی۔ ہمارے
ٹھیکیدار [[ORGANISATION:ہیٹن ڈیمپ پروفنگ]] نے دو بار اسپرے کر کے رنگ کر دیا، اور ہمارے عملے نے فون پر
کہا کہ کپڑے گھر کے اندر نہ سکھائیں۔

ہم نے کیا کیا: شکایت نمبر [[REFERENCE:ACH-DM-40288]] آنے کے بعد کیس ورکر [[PERSON:کیرن ووڈ]] ایک
اردو بولنے والی ساتھی کے ساتھ گھر گئیں۔ پتا چلا کہ پچھلے سال لگائی گئی بیرونی انسولیشن کے نیچے بارش کا
پانی جمع ہو رہا تھا۔ تین ہفتوں میں انسولیشن کا وہ حصہ دوبارہ لگایا گیا، دیوار خشک کر کے پلستر کی گئی، اور
ایکسٹریکٹر فین لگا۔ خاندان کو 1,000 پاؤنڈ اور تحریری معافی دی گئی۔ [[PERSON:کیرن]] اب ہر ماہ
[[PHONE:07700 900527]] پر محترمہ [[PERSON:شازیہ]] سے رابطہ کرتی ہیں۔

ہم نے کیا سیکھا: پھپھوندی پر رنگ کرنا مرمت نہیں۔ ہر شکایت میں پہلے عمارت میں وجہ تلاش کی جائے، اور
خاندان کو الزام دینے والی زبان استعمال نہ کی جائے۔ چھوٹے بچوں والے گھروں میں پانچ دن کے اندر معائنہ
اب لازمی ہے، اور ہر نیا انسولیشن کا کام ایک سال بعد دوبارہ دیکھا جاتا ہے۔
"""),
    ),
    (
        "fv2x-ur-02",
        "ur",
        _s("""
میرا نام [[PERSON:نسیم اختر]] ہے۔ میں برمنگھم میں [[ADDRESS:مدینہ کیش اینڈ کیری]] کے اوپر
[[ADDRESS:فلیٹ 2]] میں رہتی ہوں، پوسٹ کوڈ [[POSTCODE:b11 1qw]]۔ میرے ساتھ میرا بیٹا
[[PERSON:عمران]] رہتا ہے جسے سب [[PERSON:گڈو]] کہتے ہیں، وہ [[AGE:19 سال]] کا ہے، اور میری بیٹی
[[PERSON:صبا]] [[AGE:12 سال]] کی ہے۔ پچھلے سال اوپر والے فلیٹ کے باتھ روم سے پانی ہمارے سونے کے کمرے
کی چھت سے ٹپکنے لگا۔ میں نے [[ORGANISATION:بالسال ہیتھ ہاؤسنگ]] کو کئی بار فون کیا، لیکن انگریزی اچھی
نہ ہونے کی وجہ سے ہر بار بات ادھوری رہ جاتی۔ کسی نے مترجم کی پیشکش نہیں کی۔ آخر [[PERSON:گڈو]] نے
اپنی ای میل [[EMAIL:guddu.imran at example dot com]] سے شکایت لکھی اور نمبر
[[REFERENCE:BHH-55732]] ملا۔ دس دن بعد افسر [[PERSON:شان میکارتھی]] کا فون آیا۔ انہوں نے اردو مترجم
کو لائن پر لیا اور مجھ سے پوری بات سنی۔ اگلے دن [[ORGANISATION:Midland Plumb & Heat]] کا پلمبر آیا اور
پائپ بدل دیا۔ چھت کی مرمت ہوئی، گیلا قالین بدلا گیا، اور مجھے 400 پاؤنڈ ملے۔ [[PERSON:شان]] صاحب نے
لکھ کر معافی مانگی اور بتایا کہ اب میرے ریکارڈ میں لکھا ہے کہ مجھے ہمیشہ مترجم چاہیے۔ میری بہنوں سے
گزارش ہے: زبان کی وجہ سے چپ نہ رہیں۔ مترجم مانگنا آپ کا حق ہے، اور اگر پھر بھی بات نہ بنے تو ہاؤسنگ
اومبڈسمین کے پاس جا سکتی ہیں۔
"""),
    ),
    (
        "fv2x-ur-03",
        "ur",
        _s("""
[[ORGANISATION:اولڈہم ویلی ہاؤسنگ]] — سیکھے گئے سبق۔ جناب [[PERSON:ذوالفقار علی]]، جنہیں محلے میں سب
[[PERSON:ذلفی]] بھائی کہتے ہیں، اپنی بیوی [[PERSON:رخسانہ]] اور بیٹی [[PERSON:مہک]] کے ساتھ
[[ADDRESS:ہولی بینک اسٹیٹ]] پر [[ADDRESS:مکان نمبر 5]] میں رہتے ہیں، [[POSTCODE:OL1 4HZ]]۔
[[PERSON:مہک]] [[AGE:14 سال]] کی ہے اور [[ADDRESS:ویسٹ ووڈ گرلز اکیڈمی]] میں پڑھتی ہے۔ یہ
[[OTHER_SPECIAL:مسلمان]] خاندان ہے۔ 2023 میں کچھ نوجوانوں نے ان کے دروازے پر نفرت انگیز نعرے لکھے،
کھڑکی پر انڈے پھینکے، اور ایک سفید گاڑی، نمبر [[OTHER_ID:MA17 XKP]]، رات کو گھر کے سامنے کھڑی ہو کر
ہارن بجاتی رہی۔ پولیس نے کرائم ریفرنس [[REFERENCE:MP-23-118804]] دیا، لیکن ہمارے عملے نے معاملے کو
"پڑوسیوں کا جھگڑا" لکھ کر بند کر دیا۔ [[PERSON:مہک]] نے ایک ہفتہ اسکول جانا چھوڑ دیا۔ جناب
[[PERSON:علی]] نے شکایت کی تو اینٹی سوشل بیہیویئر افسر [[PERSON:ڈیبرا نائٹ]] نے کیس
[[REFERENCE:ASB/OVH/2023/212]] دوبارہ کھولا، اسے نفرت پر مبنی واقعہ درج کیا، گھر پر سی سی ٹی وی
لگوایا اور پولیس کے ساتھ مل کر ذمہ داروں کی نشاندہی کی۔ دو خاندانوں کو تحریری وارننگ دی گئی اور ایک کے
خلاف عدالت سے حکم لیا گیا۔ ہم نے معافی مانگی اور 500 پاؤنڈ ادا کیے۔ [[PERSON:ڈیبرا]] کا براہ راست
نمبر [[PHONE:0161 496 0389]] خاندان کے پاس ہے۔ سبق: نفرت پر مبنی واقعے کو کبھی "جھگڑا" نہ لکھا
جائے، اور ہر ایسے کیس میں متاثرہ خاندان سے ہفتہ وار رابطہ رکھا جائے۔
"""),
    ),
    (
        "fv2x-ur-04",
        "ur",
        _s("""
کیا ہوا: میں [[PERSON:پروین کوثر]] ہوں۔ میرے شوہر [[PERSON:اشفاق احمد]]، تاریخ پیدائش
[[DATE_OF_BIRTH:یکم جنوری 1958]]، کو 2022 میں [[HEALTH:فالج]] ہوا اور اب وہ سیڑھیاں نہیں چڑھ سکتے۔
ہم الفورڈ میں [[ADDRESS:47 ایلڈروڈ گارڈنز]]، [[POSTCODE:IG1 4UF]] میں رہتے ہیں، اور ہمارے ساتھ
ہمارا پوتا [[PERSON:زین]] بھی ہے جو [[AGE:11 سال]] کا ہے۔ ہسپتال کی او ٹی [[PERSON:ریچل گرین]] نے
نیچے باتھ روم اور سیڑھی والی لفٹ کی سفارش کی۔ [[ORGANISATION:ویلنٹائنز پارک ہومز]] نے فارم لے لیا اور
پھر ایک سال تک کچھ نہیں ہوا۔ میرے شوہر نیچے صوفے پر سوتے رہے اور میں انہیں بالٹی سے نہلاتی رہی۔

پھر کیا ہوا: میری بیٹی نے آن لائن شکایت کی اور ہمیں نمبر [[REFERENCE:VPH-AD-7715]] ملا۔ کیس ورکر
[[PERSON:کوامے مینسا]] نے فون کیا اور بتایا کہ فارم پر میرے شوہر کا این ایچ ایس نمبر
[[OTHER_ID:402 917 6638]] غلط لکھا گیا تھا، اس لیے ہسپتال کی رپورٹ ان کے ریکارڈ سے جڑ نہیں سکی۔
انہوں نے خود ہسپتال سے بات کی۔ چھ ہفتوں میں [[ORGANISATION:EasyAccess Adaptations]] نے نیچے شاور روم
بنایا اور لفٹ لگا دی۔ ہمیں 1,200 پاؤنڈ اور معافی کا خط ملا۔ [[PERSON:کوامے]] کا نمبر
[[PHONE:020 7946 0772]] ہے، وہ اب بھی کبھی کبھی خیریت پوچھ لیتے ہیں۔

میں نے کیا سیکھا: انتظار نہ کریں۔ ایک مہینے میں جواب نہ آئے تو تحریری شکایت کریں، اور اگر پھر بھی
مسئلہ حل نہ ہو تو سیدھا ہاؤسنگ اومبڈسمین کو لکھیں۔
"""),
    ),
    (
        "fv2x-ur-05",
        "ur",
        _s("""
[[ORGANISATION:ریڈ کائٹ ہومز]] — شکایت سے سبق۔ محترمہ [[PERSON:بشریٰ نواز]] اپنے جڑواں بیٹوں
[[PERSON:علی]] اور [[PERSON:عثمان]] کے ساتھ، جو دونوں [[AGE:4 سال]] کے ہیں، لوٹن میں
[[ADDRESS:فلیٹ 11، ہائی ٹاؤن کورٹ]] میں رہتی ہیں، جو [[ADDRESS:غوثیہ مسجد]] کے بالکل سامنے ہے،
[[POSTCODE:LU2 7DZ]]۔ جولائی سے عمارت میں کاکروچ پھیل گئے۔ ہمارے ٹھیکیدار
[[ORGANISATION:Bugbusters UK]] نے صرف ان کے فلیٹ میں اسپرے کیا، حالانکہ مسئلہ کوڑے کے کمرے اور
مشترکہ پائپوں میں تھا۔ محترمہ [[PERSON:نواز]] نے چار بار ای میل کی، لیکن ہمارا خودکار نظام ان کے
پیغامات "عمومی سوال" میں ڈالتا رہا۔ اسی دوران [[PERSON:علی]] کا [[HEALTH:دمہ]] بگڑ گیا۔ شکایت نمبر
[[REFERENCE:RKH-PC-2093]] درج ہونے پر کیس ورکر [[PERSON:ایملی چن]] نے پوری عمارت کا معائنہ کرایا۔
کوڑے کا کمرہ صاف کر کے بند کیا گیا، تمام بارہ فلیٹوں میں تین بار علاج ہوا، اور مشترکہ پائپوں کے سوراخ
سیل کیے گئے۔ ہم نے معافی مانگی اور 350 پاؤنڈ اس اکاؤنٹ میں بھیجے جس کا نمبر [[OTHER_ID:7713]] پر
ختم ہوتا ہے۔ اب محترمہ [[PERSON:بشریٰ]] براہ راست [[EMAIL:emily.chen@example.org]] پر لکھتی ہیں۔
سبق: جو ای میل "شکایت" یا "مرمت" کا ذکر کرے اسے خودکار طور پر عمومی سوال میں نہ ڈالا جائے، اور ایک
فلیٹ میں کیڑے ہوں تو پوری عمارت دیکھی جائے۔
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
