"""A fourteenth batch of fresh stories under version 2 of the marking, by a fourteenth writer.

Thirty-six stories: six in English and five each in Arabic, Bengali (Bengali script), Punjabi
(Gurmukhi), Polish, Romanian and Urdu (Urdu script), each told through the paperwork and the people
around a complaint rather than as a plain first-person account. The forms are a resident quoting the
landlord's letters and emails back at them (officers, job numbers, dates), a son or daughter writing
for a parent with the whole family listed by name, age and school, a neighbour's witness statement
naming who lives at each number on the landing, a hospital social worker's referral summary, a
tenants' association write-up listing members by flat, a councillor's account of a constituent
family, a resident comparing three repair visits by three named operatives, a grandchild retelling a
grandparent's life with their birth date and home village, and a long-time tenant listing every
address they have lived at. Names include middle names, double-barrelled and hyphenated surnames,
particles (van der, de, bin, Abu, al-, -ur-), Polish and Romanian case forms (Haliny, Zuzi, Hughesem,
Floarei, Sofiei), nicknames (Big Dave, Lal Mia, Old Tony, Nae, Gośka), native-script names beside Latin
spellings, and English officers' names written in Arabic, Bengali, Gurmukhi and Urdu script, including
Gurmukhi where the name Sarah and the word for "whole" are spelled alike. Addresses run from full
street addresses and flats in named blocks to partial ones (number 12, flat 9, Polish czternastką,
Bengali and Urdu flat numbers), previous addresses, schools, GP surgeries, mosques, gurdwaras and
churches. Identifiers include phone numbers in Ofcom drama ranges (one in Bengali digits), plain and
spelled-out emails, references in many formats, NI numbers, NHS numbers (one in Bengali digits), dates
of birth in figures and in words, ages, vehicle registrations, social media handles, bank account
endings, a residence permit, passports, a Polish identity card and a Romanian personal numeric code,
alongside unmarked money, event dates, counts, towns, hospitals and job titles.

Measured on 7 December 2026 at first sight (after round 10, written without this batch):
leak-free 41.7% of 36 (15 stories), recall 96.4%, precision 93.4%, special recall 77.8%;
leak-free by language en 66.7% of 6, ar 20%, bn 20%, pa 60%, pl 80%, ro 40%, ur 0% of 5
each. Most misses were English names written in Arabic, Bengali, Gurmukhi and Urdu script
(هيلين برايس, সারা পেমবার্টন, ਮਿਸ਼ੈਲ ਐਟਕਿਨਸ, ڈیرن اوکافور), names with particles (van der, bin),
a nickname with its adjective (بوڑھا ٹونی), bungalows by number, "83 عامًا", "86 de ani",
a Polish flat called by its number (Dwunastka) and a job number after its letters (JN 774120).
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block):
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2n-en-01",
        "en",
        _s("""
Subject: Stage 2 complaint to [[ORGANISATION:Larchmere Homes]], your ref [[REFERENCE:LMH/CMP/24/0917]]

Dear Ms [[PERSON:Priya Okafor-Lindqvist]],

I am writing from [[ADDRESS:flat 31, Kestrel House]], [[POSTCODE:S3 8RW]], to put your own words back in
front of you. On 9 January your colleague [[PERSON:Gareth Moyle]] wrote: "A surveyor will attend within 10
working days under job number [[REFERENCE:4471923/02]]." Nobody came. On 2 February [[PERSON:Gareth]]
emailed me from [[EMAIL:g.moyle@larchmerehomes.example]] to say the job had been "closed in error" and
reopened as [[REFERENCE:4471923/03]]. On 20 February Mr [[PERSON:Tobias van der Merwe]], your damp and
mould lead, told me on the phone that the black mould in my son's bedroom was "a lifestyle issue".

My son [[PERSON:Callum]] is [[AGE:6]] and has [[HEALTH:asthma]]. His consultant's letter of 21 February
gave his NHS number, [[OTHER_ID:999 604 2281]], so that you could check with the hospital. Your stage 1
reply, signed by [[PERSON:Gareth Moyle]] on 5 March, says "we hold no record of a vulnerable household".
It was in the very first email I sent you on 3 January from [[EMAIL:dawn.ashworth@example.net]], and in
the voicemail I left on your repairs line, [[PHONE:0113 496 0218]], the same week.

What I am asking for: the mould treated and the extractor fan replaced, a written apology, compensation
for the four months, and an explanation of why two job numbers were opened and closed without anyone
visiting. You can reach me on [[PHONE:07700 900614]]. My tenancy reference is [[REFERENCE:T-00583127]].

If I do not hear from you within 20 working days, I will take this to the Housing Ombudsman.

[[PERSON:Dawn Ashworth]]
"""),
    ),
    (
        "fv2n-en-02",
        "en",
        _s("""
I'm writing this on behalf of my mum, [[PERSON:Bernadette Mary Kilbride]], because her sight has gone
with [[HEALTH:macular degeneration]] and she can't read your letters any more. Mum is [[AGE:79]] and has
lived at [[ADDRESS:22 Foundry Row]], [[POSTCODE:bd71pn]], since 1981. Her date of birth, which your call
centre asks for every single time, is the [[DATE_OF_BIRTH:2nd of November 1945]].

So you know who is who when we ring: I'm [[PERSON:Siobhan Kilbride-Hart]], her daughter, and I live ten
minutes away at [[ADDRESS:5 Tanner Street]]. My husband is [[PERSON:Paul Hart]]. Our daughter
[[PERSON:Niamh]] is [[AGE:17]] and at [[ADDRESS:St Oswin's Catholic College]]; our son [[PERSON:Rory]] is
[[AGE:nine]] and at [[ADDRESS:Fernbank Primary]], which is round the corner from Mum's, so both kids go to
her after school. My brother [[PERSON:Declan Kilbride]] ([[AGE:48]]) works in Dubai and rings her on
Sundays. Mum's GP is at [[ADDRESS:Peel Park Surgery]] and she goes to Mass at [[ADDRESS:St Anne's]] when
she can get down the stairs.

The stairlift [[ORGANISATION:Calderbrook Housing]] fitted in 2019 has broken down five times since June.
The last time, Mum was stuck upstairs for two days until [[PERSON:Rory]] found her sitting on the top
step. The engineers from [[ORGANISATION:LiftCare North]] keep saying the part is on order. The repair
reference is [[REFERENCE:CB-RP-661204]], and before that it was [[REFERENCE:CB-RP-640187]].

Please treat this as a formal complaint. Contact me, not Mum, on [[PHONE:07700 900271]] or
[[EMAIL:siobhan dot hart at example dot com]]. We'd like the stairlift replaced, not patched again, and
a named person to call when it breaks.
"""),
    ),
    (
        "fv2n-en-03",
        "en",
        _s("""
Statement of [[PERSON:Marcus Adeyemi-Brown]], [[ADDRESS:flat 12, Lowther Court]], in support of Mrs
[[PERSON:Hyacinth Bellamy]]'s complaint to [[ORGANISATION:Wyvern Vale Homes]] (complaint ref
[[REFERENCE:WVH-C-30185]]).

There are six flats on our landing on the fourth floor. Mrs [[PERSON:Bellamy]] is at [[ADDRESS:flat 9]],
nearest the lift. [[ADDRESS:Flat 10]] is the [[PERSON:Nowak]] family, [[PERSON:Tomasz]] and
[[PERSON:Kasia]] and their baby [[PERSON:Zosia]]. [[ADDRESS:Flat 11]] has been empty since March. I am at
[[ADDRESS:number 12]] with my partner [[PERSON:Deji]]. [[ADDRESS:Flat 13]] is [[PERSON:Big Dave]], that's
[[PERSON:David Rourke]], and [[ADDRESS:flat 14]] is [[PERSON:Sunita]] and [[PERSON:Raj Mehta]].

On the night of 14 August, at about 11pm, water started pouring through the landing light outside
[[ADDRESS:flat 9]]. [[PERSON:Dave]] and I found the ceiling bulging and the fire alarm went off.
[[PERSON:Tomasz]] rang the out-of-hours line, [[PHONE:0121 496 0094]], and was told someone would come
"within four hours". Nobody came until 9.40 the next morning.

Mrs [[PERSON:Bellamy]] is [[AGE:88]] and uses an oxygen concentrator for her [[HEALTH:COPD]]. With the
electrics off she could not use it. Her grandson [[PERSON:Jaden]] drove over in his van,
[[OTHER_ID:LR19 BXN]], and took her to his house for three nights. The caretaker, [[PERSON:Len Forshaw]],
told all of us that the tank above had been reported leaking in May under job [[REFERENCE:88-40217]] and
never fixed.

I am happy to be contacted about this on [[PHONE:07700 900 388]].

Signed, [[PERSON:M. Adeyemi-Brown]], 2 September
"""),
    ),
    (
        "fv2n-en-04",
        "en",
        _s("""
HOSPITAL SOCIAL WORK: REFERRAL SUMMARY TO LANDLORD

Patient: Mr [[PERSON:Ernest Leopold Whitcombe]] (prefers "[[PERSON:Lenny]]"). DOB:
[[DATE_OF_BIRTH:04/07/1939]]. NHS no: [[OTHER_ID:9997310458]]. Home: [[ADDRESS:14 Cinderhill Walk]],
[[POSTCODE:BS5 9LR]], tenant of [[ORGANISATION:Avonlea Community Homes]], tenancy ref
[[REFERENCE:ACH-0047716]]. Referrer: [[PERSON:Abena Osei-Mensah]], hospital social worker, Ward 27,
[[PHONE:0117 496 0352]], [[EMAIL:abena.osei-mensah@nhs-trust.example]].

Summary: Mr [[PERSON:Whitcombe]], [[AGE:85]], was admitted on 28 October after a fall on the stairs at
home. He has [[HEALTH:vascular dementia]] and, since a stroke in 2022, [[HEALTH:left-sided weakness]]. He
is medically fit for discharge but cannot manage the stairs to his only bathroom.

A level-access shower downstairs was recommended by the community occupational therapist in 2022 (OT ref
[[REFERENCE:OT/22/58812]]). On 12 May 2023 the landlord's adaptations officer, [[PERSON:Gary Pendry]],
wrote to Mr [[PERSON:Whitcombe]] that the works were "approved, awaiting contractor", the contractor
named being [[ORGANISATION:Brunel Adapt Ltd]]. Nothing has happened since, and two chasing letters from
his GP at [[ADDRESS:Stapleton Road Surgery]] went unanswered.

Family: daughter Mrs [[PERSON:Carol Ann Pike]], of [[ADDRESS:3 Marlowe Close]], [[PHONE:07700 900845]],
visits daily; grandson [[PERSON:Kieran Pike]] ([[AGE:19]]) stays over at weekends. Neighbour at
[[ADDRESS:number 16]], Mrs [[PERSON:Joyce de Souza]], holds a key.

Request: please treat this referral as a stage 1 complaint on Mr [[PERSON:Whitcombe]]'s behalf and
confirm a start date for the works. Until they are done he is occupying an acute bed he does not need.
His daughter consents to this summary being shared with the landlord.
"""),
    ),
    (
        "fv2n-en-05",
        "en",
        _s("""
The [[ADDRESS:Beacon Fields estate]] Tenants' Association: our damp survey, winter 2024

Twelve of us met in the community room on 9 January. Our chair, [[PERSON:Josephine Mbatha]] (everyone
calls her [[PERSON:Jo]]), of [[ADDRESS:flat 2, Ashdown House]], opened by reading the reply from
[[ORGANISATION:Kingsmere Housing Group]] to our joint complaint, ref [[REFERENCE:KHG-STG2-00412]]. Our
secretary, [[PERSON:Wilf Enderby]] of [[ADDRESS:flat 17, Ashdown House]], had counted: nine households
had reported mould between them 31 times since 2022.

Here is who signed, by flat, with what they found. [[PERSON:Grace Adjei-Boateng]], our treasurer, at
[[ADDRESS:flat 5, Brecon House]]: mould behind both wardrobes. [[PERSON:Ahmed Noor]] at
[[ADDRESS:flat 8, Brecon House]]: two bedrooms unusable. [[PERSON:Lorraine]] and [[PERSON:Steve Pocock]]
at [[ADDRESS:flat 21, Brecon House]]: condensation on every window. [[PERSON:Marta Zielińska]] at
[[ADDRESS:flat 3, Ashdown House]], whose daughter [[PERSON:Ola]], [[AGE:4]], has [[HEALTH:bronchiectasis]]
and three chest infections this winter. Mr [[PERSON:Horace Linton]] at [[ADDRESS:flat 11, Ashdown House]],
who is [[AGE:91]] and was the first tenant in the block in 1968.

[[ORGANISATION:Kingsmere]] sent one surveyor, [[PERSON:Michelle Dodd]], who visited all nine flats in a single day and
found the same fault everywhere: the roof vents had been sealed when the cladding was replaced. The
landlord has now agreed to reopen the vents, fit humidity-controlled fans and pay each household £250.
Ward councillor Cllr [[PERSON:Faisal Qureshi]] came to the meeting and has asked for monthly updates.

New members welcome. Email [[EMAIL:beaconfieldsta@example.org]], find us on Facebook at
[[OTHER_ID:@BeaconFieldsTA]], or ring [[PERSON:Jo]] on [[PHONE:020 7946 0731]].
"""),
    ),
    (
        "fv2n-en-06",
        "en",
        _s("""
My name is [[PERSON:Maureen Patricia O'Driscoll-Hughes]], I am [[AGE:74]], and I have been a council
tenant in this city for fifty-two years. When [[ORGANISATION:Northgate Living]] took over the homes from
the council in 2019, they lost the lot. So here, for the record, is every address I have lived at.

1972: [[ADDRESS:27 Mafeking Street]], a two-up two-down, with my first husband, [[PERSON:Terry O'Driscoll]].
Pulled down in 1979.

1979: [[ADDRESS:flat 88, Sceptre Tower]], fourteenth floor, with [[PERSON:Terry]] and our girls,
[[PERSON:Louise]] and [[PERSON:Maxine]].

1991: [[ADDRESS:6 Orchard Mews]], [[POSTCODE:L8 3TU]], after the divorce.

2004: [[ADDRESS:flat 3, second floor, Linacre House]], where I married [[PERSON:Samuel Hughes]], God rest
him.

2016 to now: the [[ADDRESS:ground-floor flat at 41 Gladstone Road]], [[POSTCODE:l20 3hb]].

In March I asked about my preserved right to buy. Your officer, [[PERSON:Michelle Trent]], wrote back
that my discount would be worked out on "8 years of qualifying tenancy", because your system starts in
2016. I sent her my old rent books, my National Insurance number, [[NI_NUMBER:YH 27 40 18 B]], and my
old council rent account number, [[REFERENCE:0044-1723-9]]. She replied that they were "not
verifiable".

I complained. At stage 2, [[PERSON:Adrian Kealey]] from your complaints team found the council's
archive boxes in a storeroom in a day. He apologised, corrected my tenancy start date to 1972 and paid
£150 for my time. My daughter [[PERSON:Louise]] helped me write all this; she is on
[[PHONE:07700 900507]] if you need her.
"""),
    ),
    (
        "fv2n-ar-01",
        "ar",
        _s("""
أكتب هذه الرسالة نيابةً عن والدي [[PERSON:عبد الرحمن بن سعيد باوزير]]
([[PERSON:Abdulrahman bin Saeed Bawazir]])، لأن إنجليزيته ضعيفة وبصره لم يعد يسمح له بقراءة رسائلكم.
والدي عمره [[AGE:71 عامًا]]، وهو [[OTHER_SPECIAL:يمني]] الأصل، ويعاني من [[HEALTH:السكري]] ومن
[[HEALTH:اعتلال الشبكية]]. نسكن جميعًا في [[ADDRESS:42 Cheetwood Road]]، [[POSTCODE:M8 9QE]]، على بعد
شارعين من [[ADDRESS:مسجد التوحيد]] الذي يصلي فيه والدي كل يوم.

حتى يعرف موظفوكم من يتحدث معهم حين نتصل: أمي [[PERSON:فاطمة الزهراء باوزير]] عمرها [[AGE:63 عامًا]].
أنا [[PERSON:سعيد]]، عمري [[AGE:22 عامًا]]، وأدرس في الجامعة. أخي [[PERSON:يوسف]] عمره [[AGE:15 سنة]]
ويدرس في [[ADDRESS:Ridgewell Academy]]، وأختي الصغرى [[PERSON:مريم]] عمرها [[AGE:ثماني سنوات]] وتدرس في
[[ADDRESS:Irkdale Primary]]. طبيب العائلة في [[ADDRESS:Smedley Lane Medical Practice]].

المشكلة أن التدفئة معطلة منذ تشرين الثاني. في 14 تشرين الثاني اتصلتُ بشركة
[[ORGANISATION:Irkvale Homes]] فأعطوني رقم العمل [[REFERENCE:IVH-58213]]. في 2 كانون الأول كتبت لي
الموظفة [[PERSON:ميشيل]] أن «القطعة طُلبت». وفي 19 كانون الأول جاء المهندس [[PERSON:غاري]] وقال إن
المرجل كله يجب أن يُستبدل، ثم لم يتصل بنا أحد. والدي يجلس طوال اليوم تحت بطانيتين.

نطلب استبدال المرجل فورًا، ومدفأة كهربائية مؤقتة، وتعويضًا عن فواتير الكهرباء. رقم التأمين الوطني
لوالدي [[NI_NUMBER:JB 55 71 30 C]] إذا احتجتموه لدفع التعويض. يمكنكم الاتصال بي على
[[PHONE:0161 496 0427]] أو على الجوال [[PHONE:07700 900 536]]، أو مراسلتي على
[[EMAIL:saeed.bawazir@example.com]].
"""),
    ),
    (
        "fv2n-ar-02",
        "ar",
        _s("""
اسمي [[PERSON:رنا الخطيب]]، وأسكن في [[ADDRESS:الشقة 7، Bramall Court]] في الطابق الثالث مع ابنتي
[[PERSON:جنى]]. منذ شباط يتسرّب الماء من تحت حوض المطبخ إلى [[ADDRESS:الشقة 4]] تحتي، حيث تسكن جارتي
السيدة [[PERSON:بريندا كول]]. أرسلت [[ORGANISATION:Pennine Gate Housing]] ثلاثة عمّال في ثلاث زيارات،
وكل واحد منهم قال شيئًا مختلفًا.

الزيارة الأولى، 3 آذار، رقم العمل [[REFERENCE:WO-118402]]: جاء [[PERSON:غاري]] من شركة
[[ORGANISATION:Apex Response]]، نظر تحت الحوض عشر دقائق وقال إن الماء «من الجيران». لم يفتح اللوح
الخلفي للخزانة أصلًا.

الزيارة الثانية، 21 آذار، رقم العمل [[REFERENCE:WO-118977]]: جاء [[PERSON:داني أوكونور]]، وكان لطيفًا،
وغيّر الوصلة تحت الحوض. صوّرتُ لوحة سيارته [[OTHER_ID:KX21 PLV]] لأن الشركة قالت لاحقًا إنه لم يأتِ.
بعد يومين عاد التسرّب.

الزيارة الثالثة، 9 نيسان، رقم العمل [[REFERENCE:WO-120311]]: جاءت [[PERSON:سارة ويليامز]]، سبّاكة من
الشركة نفسها، ففكّت لوح الأرضية ووجدت أن الأنبوب الرئيسي مشقوق تحت البلاط. قالت لي بوضوح: «كان هذا
ظاهرًا من الزيارة الأولى».

كتبتُ شكوى رسمية وأرفقتُ صورة الأرضية وأسماء الثلاثة وتواريخ زياراتهم، ووقّعت معي السيدة
[[PERSON:كول]] من [[ADDRESS:الشقة 4]]. جاء الرد بعد أسبوعين من [[PERSON:هيلين برايس]] في قسم الشكاوى،
والمرجع [[REFERENCE:PGH/C/2291]]: اعتذار، وإصلاح الأنبوب خلال أسبوع، و350 جنيهًا لي و200 لجارتي.
وقالوا إن [[PERSON:سارة]] ستدرّب زملاءها على فحص الأنابيب تحت الأرضية.

من يريد أن يعرف كيف كتبتُ الشكوى يمكنه مراسلتي على [[EMAIL:rana.kh@example.org]].
"""),
    ),
    (
        "fv2n-ar-03",
        "ar",
        _s("""
أنا [[PERSON:ليلى]]، حفيدة [[PERSON:محمود إبراهيم أبو شنب]]، وأكتب قصة جدي لأنه يحكيها أفضل مما يكتبها.

وُلد جدي في [[DATE_OF_BIRTH:الأول من آذار 1941]] في قرية صغيرة من قرى الخليل، وهو
[[OTHER_SPECIAL:فلسطيني]] جاء إلى بريطانيا سنة 1968 ليعمل في مصنع للنسيج. عاش مع جدتي
[[PERSON:نجاح]]، رحمها الله، منذ 1987 في [[ADDRESS:9 Wickham Gardens]]، [[POSTCODE:SE4 1QT]]، قريبًا من
[[ADDRESS:مسجد الهدى]] الذي لم يفوّت فيه صلاة جمعة واحدة طوال ثلاثين سنة. عمره اليوم
[[AGE:83 عامًا]]، ويمشي بعكاز بسبب [[HEALTH:خشونة الركبة]].

في الشتاء الماضي انهارت درجات الباب الأمامي. وضعت [[ORGANISATION:Thamesreach Homes]] لوحًا خشبيًا
وشريطًا أحمر وقالوا إن الإصلاح خلال 28 يومًا. مرّت ثلاثة أشهر وجدي لا يخرج من البيت. اتصل بهم خالي
[[PERSON:إبراهيم]] من [[PHONE:020 7946 0862]] سبع مرات، وكل مرة كان الموظف [[PERSON:غاري هولمز]] يقول إن
«الطلب في قائمة الانتظار».

أنا التي كتبتُ الشكوى في النهاية، بالإنجليزية، وأرفقتُ صورًا للدرج ورسالة من طبيبه في
[[ADDRESS:Brockley Rise Surgery]] تذكر رقمه الصحي [[OTHER_ID:999 135 7720]]. رقم الشكوى
[[REFERENCE:TRH/COMP/7731]]. وكتبتُ لهم أن جدي، وُلد سنة 1941، لا يستطيع أن يقفز فوق لوح خشبي.

جاء الرد بعد تسعة أيام: اعتذار مكتوب، ودرجات جديدة مع درابزين ومنحدر صغير، و275 جنيهًا. أول ما فعله جدي
[[PERSON:أبو إبراهيم]] أنه مشى إلى المسجد يوم الجمعة، وأنا معه.
"""),
    ),
    (
        "fv2n-ar-04",
        "ar",
        _s("""
من دفتر المستشارة المحلية [[PERSON:أمينة الفاسي]]: قصة عائلة من دائرتي

في أيلول الماضي جاءني إلى مكتب الاستقبال الأسبوعي السيد [[PERSON:سمير بن عمّار]] وزوجته
[[PERSON:هالة]] ومعهما أطفالهما الأربعة: [[PERSON:عمر]] ([[AGE:12 سنة]])، و[[PERSON:سلمى]]
([[AGE:9 سنوات]])، والتوأم [[PERSON:آدم]] و[[PERSON:إياد]] ([[AGE:4 سنوات]]). العائلة تسكن منذ 2021 في
[[ADDRESS:الشقة 3، Fenwick House]]، [[POSTCODE:NE4 7HS]]، وهي شقة بغرفتي نوم لستة أشخاص. الأسرة لديها
[[OTHER_SPECIAL:صفة لاجئ]]، ورقم بطاقة الإقامة [[OTHER_ID:ZU4419023]].

[[PERSON:سلمى]] مصابة بـ[[HEALTH:التوحد]]، وتحتاج إلى غرفة هادئة تنام فيها، لكنها تنام مع إخوتها
الثلاثة. طلب الأب نقلًا على سجل الإسكان برقم [[REFERENCE:HRG/7734219]]، فوُضعت العائلة في الفئة C.
كتبت الموظفة [[PERSON:سارة]] من [[ORGANISATION:Tyneside Civic Homes]] في رسالة بتاريخ 6 حزيران أن
«الحاجة الطبية لم تُثبت»، مع أن رسالة الطبيبة في [[ADDRESS:Elswick Grange Health Centre]] كانت مرفقة.

راسلتُ رئيس قسم التخصيص السيد [[PERSON:كيفن ماكغراث]] وأرفقتُ الرسالة من جديد، وساعدتُ الأب على تقديم
شكوى رسمية. رقم الشكوى [[REFERENCE:TCH-CX-50862]]. بعد خمسة أسابيع رُفعت العائلة إلى الفئة B
واعترف المالك بأن الرسالة الطبية «لم تُقرأ».

في كانون الثاني انتقلوا إلى بيت بأربع غرف قرب [[ADDRESS:Rye Hill Primary]]، حيث سيدرس
[[PERSON:عمر]] و[[PERSON:سلمى]]. قال لي [[PERSON:سمير]] حين سلّمني مفتاح الشقة القديمة لأعيده إلى
المالك: «لم أكن أعرف أن من حقي أن أشتكي».

لمن لديه قصة مشابهة: بريدي [[EMAIL:cllr.alfassi@council.example]] وهاتف المكتب
[[PHONE:0191 498 0216]].
"""),
    ),
    (
        "fv2n-ar-05",
        "ar",
        _s("""
إلى قسم الشكاوى في [[ORGANISATION:Airedale Northern Homes]]
المرجع: [[REFERENCE:CMP-2024-03317]]

أكتب إليكم للمرة الرابعة، وسأقتبس كلامكم حرفيًا لأنكم تنسونه.

في رسالتكم المؤرخة 4 آذار كتب السيد [[PERSON:غاري ستيفنز]]: «سيزوركم مفتش خلال خمسة أيام عمل»، ورقم
العمل [[REFERENCE:JN 774120]]. لم يأتِ أحد.

في بريد إلكتروني بتاريخ 18 آذار من [[EMAIL:sarah.hussain@airedalenorthern.example]] كتبت
[[PERSON:سارة حسين]]: «أُغلق الطلب لأننا لم نتمكن من الوصول إليكم». كنت في البيت، وهاتفي
[[PHONE:0113 496 0975]] لم يرنّ مرة واحدة.

في ردّ المرحلة الأولى بتاريخ 2 نيسان كتبت [[PERSON:ديبورا أوني-ماركس]] أن العفن سببه «تجفيف الملابس
داخل الشقة».

أذكّركم بمن يسكن هنا: أنا [[PERSON:هدى الجبوري]]، وزوجي [[PERSON:كريم]]، وابني [[PERSON:آدم]]، عمره
[[AGE:12 عامًا]]، وهو مصاب بـ[[HEALTH:فقر الدم المنجلي]]، وأي التهاب في الصدر يعني أسبوعًا في
المستشفى. أرسلتُ لكم رسالة طبيبته في [[ADDRESS:Wortley Beck Surgery]] ومعها رقمه الصحي
[[OTHER_ID:999 552 0913]]، وأكدت السيدة [[PERSON:حسين]] استلامها.

عنواننا [[ADDRESS:17 Beaumont Street]]، [[POSTCODE:ls12 3jd]]، ورقم عقد الإيجار
[[REFERENCE:ANH-T-220415]].

أطلب معالجة العفن وتغيير المروحة، واعتذارًا مكتوبًا، وتعويضًا، وردّ المرحلة الثانية خلال عشرين يوم
عمل، وإلا رفعتُ الأمر إلى أمين المظالم للإسكان.

[[PERSON:هدى الجبوري]] ([[PERSON:Huda Al-Jubouri]])
[[EMAIL:huda.aljubouri@example.net]]
"""),
    ),
    (
        "fv2n-bn-01",
        "bn",
        _s("""
প্রতি: অভিযোগ বিভাগ, [[ORGANISATION:Spitalgate Homes]]
বিষয়: দ্বিতীয় ধাপের অভিযোগ, রেফারেন্স [[REFERENCE:SGH-CX-40928]]

আমার নাম [[PERSON:মোহাম্মদ হাবিব-উর-রহমান]] ([[PERSON:Mohammed Habib-ur-Rahman]])। আমি
[[ADDRESS:ফ্ল্যাট ১৪, Attlee House]], [[POSTCODE:E1 5QP]]-এ স্ত্রী আর দুই ছেলেকে নিয়ে থাকি। আপনারা
নিজেরা যা লিখেছেন, তা-ই আপনাদের সামনে তুলে ধরছি।

১০ জানুয়ারি [[PERSON:মিশেল ওয়াকার]] [[EMAIL:m.walker@spitalgate.example]] থেকে ইমেইলে লিখেছিলেন:
"জানালার কাজ ১৫ কার্যদিবসের মধ্যে হবে, জব নম্বর [[REFERENCE:SG/JOB/88213]]।" কেউ আসেনি।

২ ফেব্রুয়ারি [[PERSON:গ্যারি]] ফোনে বললেন, জবটা "ভুল করে বন্ধ হয়ে গেছে", নতুন নম্বর
[[REFERENCE:SG/JOB/90177]]।

১ মার্চ প্রথম ধাপের উত্তরে [[PERSON:সারা পেমবার্টন]] লিখলেন: "আমাদের রেকর্ডে ভাঙা জানালার কোনো
রিপোর্ট নেই।"

অথচ আমি প্রথম রিপোর্ট করেছি ৩ জানুয়ারি, আমার ইমেইল [[EMAIL:habib.rahman@example.com]] থেকে,
ছবিসহ, আর [[PERSON:মিশেল]] নিজেই তার উত্তর দিয়েছিলেন।

বেডরুমের জানালার কাচ ফাটা, রাতে ঠান্ডা বাতাস ঢোকে। আমার স্ত্রী [[PERSON:নাজমা]]-র
[[HEALTH:রিউমাটয়েড আর্থ্রাইটিস]], শীতে ব্যথা অনেক বাড়ে। বড় ছেলে [[PERSON:আরিফ]]
([[AGE:১১ বছর]]) আর ছোট ছেলে [[PERSON:ইয়াসিন]] ([[AGE:৫ বছর]]) দুজনেই
[[ADDRESS:Cudworth Street Primary]]-তে পড়ে, আর এই শীতে দুজনেরই তিনবার করে ঠান্ডা লেগেছে।

আমি চাই: নতুন জানালা, লিখিত ক্ষমা, আর তিন মাসের ক্ষতিপূরণ। আমার টেন্যান্সি নম্বর
[[REFERENCE:0093-448-17]]। আমার ফোন [[PHONE:০২০ ৭৯৪৬ ০৬১৫]]। বিশ কার্যদিবসের মধ্যে উত্তর না পেলে
হাউজিং ওম্বুডসম্যানের কাছে যাব।
"""),
    ),
    (
        "fv2n-bn-02",
        "bn",
        _s("""
সাক্ষীর বিবৃতি: [[PERSON:রুবিনা আক্তার]], [[ADDRESS:ফ্ল্যাট ২৩, Cranbrook House]]

আমাদের তিনতলার ল্যান্ডিংয়ে ছয়টি ফ্ল্যাট। কে কোথায় থাকে, আগে সেটা লিখছি:
[[ADDRESS:ফ্ল্যাট ২১]]: [[PERSON:সুলতানা বেগম]], [[AGE:৮২ বছর]], একা থাকেন, আমরা ডাকি
[[PERSON:সুলতানা]] খালা।
[[ADDRESS:ফ্ল্যাট ২২]]: মিস্টার [[PERSON:জেমস ও'নিল]] আর তাঁর কুকুর।
[[ADDRESS:ফ্ল্যাট ২৩]]: আমি, আমার স্বামী [[PERSON:কামরুল]] আর মেয়ে [[PERSON:আনিকা]]
([[AGE:১০ বছর]])।
[[ADDRESS:ফ্ল্যাট ২৪]]: [[PERSON:ডেনিস ফ্লেচার]] আর তাঁর নাতি [[PERSON:কায়ল]]।
[[ADDRESS:ফ্ল্যাট ২৫]]: আট মাস ধরে খালি, জানালায় বোর্ড লাগানো।
[[ADDRESS:ফ্ল্যাট ২৬]]: [[PERSON:পিওতর]] ([[PERSON:Piotr]]) আর তাঁর বোন [[PERSON:আগাতা]]।

২ নভেম্বর রাত একটার দিকে [[ADDRESS:ফ্ল্যাট ২৫]] থেকে ধোঁয়া বের হচ্ছিল। ল্যান্ডিংয়ের ফায়ার
ডোর জুন থেকে ভাঙা, বন্ধ হয় না, তাই ধোঁয়া পুরো করিডরে ছড়িয়ে পড়ে। [[PERSON:জেমস]] দমকল ডাকলেন,
[[PERSON:কামরুল]] আর [[PERSON:পিওতর]] মিলে [[PERSON:সুলতানা]] খালাকে সিঁড়ি দিয়ে নামালেন, কারণ তাঁর
[[HEALTH:ডিমেনশিয়া]] আছে আর তিনি ভয়ে দরজা খুলছিলেন না।

দমকলের অফিসার আমাদের সামনেই বললেন, দরজার ক্লোজার অনেক দিন ধরে নষ্ট। আমি জুলাই থেকে তিনবার
[[ORGANISATION:Eastway Homes]]-কে জানিয়েছি, আর খালি ফ্ল্যাটে অচেনা লোক ঢোকার কথা অ্যান্টিসোশ্যাল
বিহেভিয়ার কেস [[REFERENCE:ASB-23-1187]]-এ লিখিয়েছি। হাউজিং অফিসার [[PERSON:ক্যারেন]] বলেছিলেন
"দেখছি"।

এই বিবৃতি [[PERSON:সুলতানা]] খালার ভাইপো [[PERSON:শামীম আহমেদ]]-এর অভিযোগের সঙ্গে জমা দিচ্ছি।
আমার ফোন [[PHONE:07700 900 154]]।
"""),
    ),
    (
        "fv2n-bn-03",
        "bn",
        _s("""
আমার দাদা [[PERSON:আব্দুল মতিন চৌধুরী]] ([[PERSON:Abdul Motin Chowdhury]]), পাড়ার সবাই তাঁকে ডাকে
[[PERSON:লাল মিয়া]]। আমি তাঁর নাতনি [[PERSON:তাসনিম চৌধুরী]], বয়স [[AGE:১৯ বছর]], আর দাদার গল্পটা
আমি লিখছি কারণ তিনি আর লিখতে পারেন না।

দাদার জন্ম [[DATE_OF_BIRTH:১৫ জানুয়ারি ১৯৩৯]], সিলেটের বিয়ানীবাজারের একটা ছোট গ্রামে। তিনি
[[OTHER_SPECIAL:বাংলাদেশি]] বংশোদ্ভূত, ১৯৬১ সালে জাহাজে করে এদেশে আসেন আর ওল্ডহ্যামের সুতাকলে
বাইশ বছর কাজ করেন। ১৯৮৫ সাল থেকে তিনি [[ADDRESS:৬৮ Fernhurst Street]], [[POSTCODE:OL8 1RN]]-এ
থাকেন, [[ADDRESS:নূরানি জামে মসজিদ]]-এর ঠিক পেছনে। দাদি [[PERSON:রহিমা বেগম]] মারা গেছেন ২০১৮ সালে।

দাদার [[HEALTH:পারকিনসন্স রোগ]] আছে, হাত কাঁপে, বাথটাবে ঢুকতে পারেন না। ২০২২ সালে
[[ORGANISATION:Medlock Vale Housing]] বলেছিল বাথটাব সরিয়ে শাওয়ার বসাবে। অফিসার
[[PERSON:গ্যারি ডানকান]] চিঠিতে লিখেছিলেন "ছয় মাসের মধ্যে"। দুই বছর কেটে গেল।

আমি অভিযোগ লিখলাম, সঙ্গে দাদার জিপি [[ADDRESS:Hathershaw Lane Surgery]]-এর চিঠি, যাতে তাঁর এনএইচএস
নম্বর [[OTHER_ID:৯৯৯ ২৮১ ৫৫০৭]] দেওয়া। অভিযোগ নম্বর [[REFERENCE:MVH/24/00615]]। দাদার গল্পটা
ইনস্টাগ্রামে [[OTHER_ID:@tasnim.writes]] থেকেও লিখেছিলাম, আর অনেকে শেয়ার করেছিল।

তিন সপ্তাহ পর [[PERSON:হেলেন ব্রুক]] নামে একজন ম্যানেজার ফোন করলেন, ক্ষমা চাইলেন। এখন দাদার
বাথরুমে নতুন শাওয়ার, বসার সিট আর হাতল। দাদা বলেন, "[[PERSON:তাসনিম]], তুই আমার উকিল।"
"""),
    ),
    (
        "fv2n-bn-04",
        "bn",
        _s("""
[[ADDRESS:Bancroft এস্টেট]] টেন্যান্টস অ্যাসোসিয়েশন: লিফট নিয়ে আমাদের সাত সপ্তাহ

[[ADDRESS:Mulberry House]] বারোতলা ভবন, লিফট একটাই। ১৮ সেপ্টেম্বর সেটা বন্ধ হয়ে যায়, চালু হয়
৬ নভেম্বর। এই সময়ে কার কী হয়েছে, আমাদের সদস্যরা ফ্ল্যাট অনুযায়ী লিখে দিয়েছেন।

সভাপতি [[PERSON:শাহানা পারভীন]] ([[ADDRESS:ফ্ল্যাট ৩]]) প্রতিদিন ওপরের তলার বয়স্কদের বাজার পৌঁছে
দিয়েছেন। সম্পাদক [[PERSON:ডেভিড ক্লার্ক]] ([[ADDRESS:ফ্ল্যাট ১১]]) সব অভিযোগের তালিকা রেখেছেন।
কোষাধ্যক্ষ [[PERSON:আবুল কালাম আজাদ]] ([[ADDRESS:ফ্ল্যাট ৩২]]) নিজে [[HEALTH:হাঁপানি]]-র রোগী, তবু রোজ
আটতলা হেঁটে উঠেছেন। [[PERSON:মার্গারেট হ্যারিস]], যাঁকে সবাই [[PERSON:পেগি]] বলে
([[ADDRESS:ফ্ল্যাট ৪৫]]), [[AGE:৮৭ বছর]] বয়সে সাত সপ্তাহ ঘর থেকে বের হতে পারেননি।
[[PERSON:ফারজানা ইসলাম]] ([[ADDRESS:ফ্ল্যাট ৫০]])-এর ছেলে [[PERSON:রাইয়ান]], [[AGE:৮ বছর]], হুইলচেয়ার
ব্যবহার করে, কারণ তার [[HEALTH:সেরিব্রাল পালসি]]। সে [[ADDRESS:Stepney Green Primary]]-তে যেতে
পারেনি পুরো এক মাস।

আমরা একসঙ্গে [[ORGANISATION:Tower Quay Housing]]-এর কাছে যৌথ অভিযোগ করি, রেফারেন্স
[[REFERENCE:TQH-GRP-0193]]। কাউন্সিলর [[PERSON:রেহানা আমিন]] আমাদের সভায় এসেছিলেন এবং ল্যান্ডলর্ডের
পরিচালক [[PERSON:মার্ক বেনেট]]-কে চিঠি লিখেছিলেন। লিফট কোম্পানি [[ORGANISATION:Ascent Lift Services]]
বলেছিল যন্ত্রাংশ ইতালি থেকে আসবে।

ফলাফল: প্রতিটি পরিবার ২০০ পাউন্ড পেয়েছে, যাঁরা বের হতে পারেননি তাঁরা ৪০০। এখন থেকে লিফট বন্ধ হলে
৪৮ ঘণ্টার মধ্যে অস্থায়ী সহায়তা দেওয়া হবে।

যোগাযোগ: [[EMAIL:bancroft.ta@example.org]], হোয়াটসঅ্যাপ গ্রুপ [[PHONE:07700 900 412]]
([[PERSON:শাহানা]])।
"""),
    ),
    (
        "fv2n-bn-05",
        "bn",
        _s("""
হাসপাতাল সমাজকর্মীর রেফারেল সারসংক্ষেপ (পরিবারের জন্য বাংলায়)

রোগী: [[PERSON:জাহানারা খাতুন]] ([[PERSON:Jahanara Khatun]])
জন্মতারিখ: [[DATE_OF_BIRTH:০৩/০৯/১৯৪৭]]
এনএইচএস নম্বর: [[OTHER_ID:999 467 2038]]
ঠিকানা: [[ADDRESS:ফ্ল্যাট ৬, Ruskin Court]], [[POSTCODE:B10 0JD]]
বাড়িওয়ালা: [[ORGANISATION:Sparkbrook Community Housing]], টেন্যান্সি নম্বর [[REFERENCE:SCH-552019]]
রেফার করেছেন: [[PERSON:রেবেকা টমলিনসন]], হাসপাতাল সমাজকর্মী, ফোন [[PHONE:0121 496 0281]]

সারসংক্ষেপ: মিসেস [[PERSON:খাতুন]], [[AGE:৭৭ বছর]], ১২ ফেব্রুয়ারি বুকের সংক্রমণ নিয়ে ভর্তি হন। তাঁর
[[HEALTH:সিওপিডি]] ও [[HEALTH:হার্ট ফেইলিওর]] আছে। ফ্ল্যাটটি দোতলায়, শোবার ঘরের দেয়ালে কালো ছত্রাক,
আর নভেম্বর থেকে হিটার নষ্ট। রিপেয়ার জব [[REFERENCE:RJ-30411]] খোলা হয়েছিল ২০ নভেম্বর; অফিসার
[[PERSON:গ্যারি]] লিখেছিলেন "জানুয়ারির মধ্যে"। কিছুই হয়নি। মিসেস [[PERSON:খাতুন]] একা থাকেন;
ঠান্ডা ঘরে রাতে তাঁর শ্বাসকষ্ট বাড়ে বলে ওয়ার্ডের নার্সরা লিখেছেন।

পরিবার: ছেলে [[PERSON:শফিকুল ইসলাম]], ফোন [[PHONE:07700 900 763]], প্রতিদিন আসেন। পুত্রবধূ
[[PERSON:রুমানা]] রান্না করে দেন। নাতনি [[PERSON:সাদিয়া]], [[AGE:১৪ বছর]], [[ADDRESS:Ladypool Girls' School]]
থেকে ফেরার পথে দাদিকে দেখে যায়। জিপি: [[ADDRESS:Highgate Road Medical Practice]]।

অনুরোধ: ছুটির আগে হিটার মেরামত ও ছত্রাক পরিষ্কার জরুরি। মিসেস [[PERSON:খাতুন]]-এর সম্মতিতে এই
সারসংক্ষেপ বাড়িওয়ালার কাছে পাঠানো হলো, এটিকে প্রথম ধাপের অভিযোগ হিসেবে গণ্য করতে বলা হয়েছে।
ছেলের ইমেইল: [[EMAIL:shafiq.islam@example.net]]।
"""),
    ),
    (
        "fv2n-pa-01",
        "pa",
        _s("""
ਮੈਂ ਇਹ ਚਿੱਠੀ ਆਪਣੇ ਪਿਤਾ ਜੀ, [[PERSON:ਗੁਰਮੀਤ ਸਿੰਘ ਸੰਧੂ]] ([[PERSON:Gurmeet Singh Sandhu]]), ਵੱਲੋਂ ਲਿਖ
ਰਿਹਾ ਹਾਂ। ਪਿਤਾ ਜੀ ਦੀ ਉਮਰ [[AGE:76 ਸਾਲ]] ਹੈ ਅਤੇ ਉਨ੍ਹਾਂ ਨੂੰ [[HEALTH:ਡਿਮੈਂਸ਼ੀਆ]] ਦੀ ਸ਼ੁਰੂਆਤ ਹੈ,
ਇਸ ਲਈ ਫ਼ੋਨ ਉੱਤੇ ਉਹ ਘਬਰਾ ਜਾਂਦੇ ਹਨ। ਉਨ੍ਹਾਂ ਦੀ ਜਨਮ ਮਿਤੀ [[DATE_OF_BIRTH:11 ਸਤੰਬਰ 1948]] ਹੈ।

ਸਾਡਾ ਸਾਰਾ ਟੱਬਰ [[ADDRESS:58 Havelock Road]], [[POSTCODE:UB2 4NS]] ਵਿੱਚ ਇਕੱਠਾ ਰਹਿੰਦਾ ਹੈ: ਮਾਤਾ ਜੀ
[[PERSON:ਸੁਰਿੰਦਰ ਕੌਰ]] ([[AGE:72 ਸਾਲ]]); ਮੈਂ, [[PERSON:ਹਰਪ੍ਰੀਤ ਸਿੰਘ]], ਜਿਸ ਨੂੰ ਘਰ ਵਿੱਚ ਸਾਰੇ
[[PERSON:ਹੈਪੀ]] ਕਹਿੰਦੇ ਹਨ; ਮੇਰੀ ਪਤਨੀ [[PERSON:ਮਨਦੀਪ ਕੌਰ]]; ਸਾਡੀ ਧੀ [[PERSON:ਜਸਲੀਨ]]
([[AGE:13 ਸਾਲ]]), ਜੋ [[ADDRESS:Featherstone Park Academy]] ਵਿੱਚ ਪੜ੍ਹਦੀ ਹੈ; ਅਤੇ ਪੁੱਤਰ
[[PERSON:ਅਰਜਨ]] ([[AGE:7 ਸਾਲ]]), ਜੋ [[ADDRESS:Havelock Junior School]] ਵਿੱਚ ਹੈ। ਪਿਤਾ ਜੀ ਹਰ ਸਵੇਰ
[[ADDRESS:ਗੁਰਦੁਆਰਾ ਦਸਮੇਸ਼ ਦਰਬਾਰ]] ਜਾਂਦੇ ਹਨ, ਜੋ ਸਾਡੀ ਗਲੀ ਦੇ ਮੋੜ ਉੱਤੇ ਹੈ।

ਮਾਰਚ ਵਿੱਚ ਪਿਤਾ ਜੀ ਬਾਥਟੱਬ ਵਿੱਚ ਡਿੱਗ ਪਏ। ਓਕਿਊਪੇਸ਼ਨਲ ਥੈਰੇਪਿਸਟ ਨੇ ਵਾਕ-ਇਨ ਸ਼ਾਵਰ ਦੀ ਸਿਫ਼ਾਰਸ਼ ਕੀਤੀ।
[[ORGANISATION:Brentside Homes]] ਦੀ ਅਫ਼ਸਰ [[PERSON:ਸਾਰਾ ਮੈਕਡੋਨਲਡ]] ਨੇ 2 ਮਈ ਨੂੰ ਲਿਖਿਆ ਕਿ
"ਉਡੀਕ ਸੂਚੀ 18 ਮਹੀਨੇ ਦੀ ਹੈ"। ਕੇਸ ਨੰਬਰ [[REFERENCE:BH-ADP-20931]] ਹੈ। ਉਦੋਂ ਤੋਂ ਮੈਂ ਹਰ ਰੋਜ਼ ਕੰਮ ਤੋਂ
ਛੁੱਟੀ ਲੈ ਕੇ ਉਨ੍ਹਾਂ ਨੂੰ ਨਹਾਉਂਦਾ ਹਾਂ।

ਅਸੀਂ ਰਸਮੀ ਸ਼ਿਕਾਇਤ ਕਰਦੇ ਹਾਂ। ਸਾਨੂੰ ਸ਼ਾਵਰ ਦੀ ਤਾਰੀਖ਼ ਚਾਹੀਦੀ ਹੈ, ਅਤੇ ਫ਼ਾਈਲ ਉੱਤੇ ਨੋਟ ਕਿ ਪਿਤਾ ਜੀ
ਨਾਲ ਨਹੀਂ, ਮੇਰੇ ਨਾਲ ਗੱਲ ਕੀਤੀ ਜਾਵੇ। ਮੇਰਾ ਨੰਬਰ [[PHONE:020 7946 0588]] ਹੈ ਅਤੇ ਈਮੇਲ
[[EMAIL:harpreet.sandhu@example.com]]। [[PERSON:ਸਾਰਾ]] ਜੀ ਨੂੰ ਬੇਨਤੀ ਹੈ ਕਿ ਪਿਛਲੀ ਚਿੱਠੀ ਵੀ ਦੁਬਾਰਾ ਦੇਖਣ।
"""),
    ),
    (
        "fv2n-pa-02",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਮ [[PERSON:ਬਲਜੀਤ ਕੌਰ ਢਿੱਲੋਂ]] ਹੈ ਅਤੇ ਮੈਂ [[ADDRESS:ਫ਼ਲੈਟ 16, Ashgrove Court]],
[[POSTCODE:ls62pb]] ਵਿੱਚ ਆਪਣੇ ਪਤੀ [[PERSON:ਕੁਲਵੰਤ ਸਿੰਘ]] ਨਾਲ ਰਹਿੰਦੀ ਹਾਂ। [[PERSON:ਕੁਲਵੰਤ]] ਜੀ ਨੂੰ
[[HEALTH:ਗੁਰਦਿਆਂ ਦੀ ਬੀਮਾਰੀ]] ਹੈ ਅਤੇ ਘਰ ਵਿੱਚ ਡਾਇਲਸਿਸ ਹੁੰਦਾ ਹੈ, ਇਸ ਲਈ ਗਰਮ ਪਾਣੀ ਤੋਂ ਬਿਨਾਂ ਸਾਡਾ
ਗੁਜ਼ਾਰਾ ਨਹੀਂ। ਜਨਵਰੀ ਵਿੱਚ ਬੌਇਲਰ ਬੰਦ ਹੋ ਗਿਆ ਅਤੇ [[ORGANISATION:Kirkstall Valley Homes]] ਨੇ ਤਿੰਨ ਵਾਰ
ਤਿੰਨ ਵੱਖਰੇ ਬੰਦੇ ਭੇਜੇ।

ਪਹਿਲੀ ਵਾਰ, 8 ਜਨਵਰੀ, ਜੌਬ ਨੰਬਰ [[REFERENCE:72215-A]]: [[PERSON:ਗੈਰੀ]] ਆਇਆ, ਪ੍ਰੈਸ਼ਰ ਵਧਾਇਆ ਅਤੇ ਕਿਹਾ
"ਹੁਣ ਠੀਕ ਹੈ"। ਦੋ ਦਿਨ ਬਾਅਦ ਫਿਰ ਬੰਦ।

ਦੂਜੀ ਵਾਰ, 22 ਜਨਵਰੀ, ਜੌਬ ਨੰਬਰ [[REFERENCE:72215-B]]: [[PERSON:ਮਿਸ਼ੈਲ ਐਟਕਿਨਸ]] ਆਈ। ਉਸ ਨੇ ਲੀਕ
ਕਰਦਾ ਵਾਲਵ ਲੱਭਿਆ ਅਤੇ ਲਿਖਿਆ ਕਿ ਪੁਰਜ਼ਾ ਮੰਗਵਾ ਲਿਆ ਹੈ।

ਤੀਜੀ ਵਾਰ, 14 ਫ਼ਰਵਰੀ, ਜੌਬ ਨੰਬਰ [[REFERENCE:72988-A]]: [[PERSON:ਇਮਰਾਨ ਸ਼ਾਹ]] ਆਇਆ, ਜੋ
[[ORGANISATION:HeatRight Services]] ਵੱਲੋਂ ਸੀ। ਉਸ ਨੇ ਸਿਸਟਮ ਵਿੱਚ ਦੇਖ ਕੇ ਦੱਸਿਆ ਕਿ ਪੁਰਜ਼ਾ ਕਦੇ
ਮੰਗਵਾਇਆ ਹੀ ਨਹੀਂ ਗਿਆ ਸੀ। ਉਸ ਨੇ ਆਪਣੀ ਵੈਨ ਵਿੱਚੋਂ ਵਾਲਵ ਕੱਢ ਕੇ ਉਸੇ ਦਿਨ ਬੌਇਲਰ ਚਲਾ ਦਿੱਤਾ ਅਤੇ ਆਪਣਾ
ਨੰਬਰ [[PHONE:07700 900 093]] ਦੇ ਗਿਆ ਕਿ ਫਿਰ ਕੋਈ ਗੱਲ ਹੋਵੇ ਤਾਂ ਦੱਸਣਾ।

ਮੇਰੀ ਨੂੰਹ [[PERSON:ਰਾਜਵਿੰਦਰ]] ਨੇ [[EMAIL:rajwinder.dhillon@example.net]] ਤੋਂ ਸ਼ਿਕਾਇਤ ਭੇਜੀ, ਜਿਸ ਵਿੱਚ
ਤਿੰਨਾਂ ਦੇ ਨਾਮ ਅਤੇ ਤਾਰੀਖ਼ਾਂ ਲਿਖੀਆਂ। ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:KVH-C-1187]] ਮਿਲਿਆ। ਜਵਾਬ ਵਿੱਚ
ਉਨ੍ਹਾਂ ਨੇ ਮੰਨਿਆ ਕਿ ਪੁਰਜ਼ੇ ਦਾ ਆਰਡਰ ਗੁੰਮ ਹੋ ਗਿਆ ਸੀ, ਮਾਫ਼ੀ ਮੰਗੀ, 240 ਪੌਂਡ ਦਿੱਤੇ ਅਤੇ ਸਾਡੇ ਘਰ ਨੂੰ
ਤਰਜੀਹੀ ਸੂਚੀ ਵਿੱਚ ਪਾ ਦਿੱਤਾ।
"""),
    ),
    (
        "fv2n-pa-03",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਮ [[PERSON:ਮੋਹਨ ਲਾਲ ਬੰਗੜ]] ([[PERSON:Mohan Lal Bangar]]) ਹੈ, ਉਮਰ [[AGE:81 ਸਾਲ]]। ਮੈਂ 1974
ਵਿੱਚ ਬਰਮਿੰਘਮ ਆਇਆ ਸੀ ਅਤੇ ਪੰਜਾਹ ਸਾਲ ਤੋਂ ਕਿਰਾਏਦਾਰ ਹਾਂ। ਨਵੇਂ ਲੈਂਡਲਾਰਡ ਨੇ ਮੇਰਾ ਪੁਰਾਣਾ ਰਿਕਾਰਡ
ਗੁਆ ਦਿੱਤਾ, ਇਸ ਲਈ ਮੈਂ ਹਰ ਪਤਾ ਇੱਥੇ ਲਿਖ ਰਿਹਾ ਹਾਂ।

1974: [[ADDRESS:112 Soho Road]] ਉੱਤੇ ਦੁਕਾਨ ਦੇ ਉੱਪਰ ਇੱਕ ਕਮਰਾ।
1978: [[ADDRESS:ਫ਼ਲੈਟ 9, Clifton Tower]], ਪਤਨੀ [[PERSON:ਪ੍ਰੀਤਮ ਕੌਰ]] ਅਤੇ ਦੋ ਪੁੱਤਰਾਂ,
[[PERSON:ਰਾਜੂ]] ਅਤੇ [[PERSON:ਬਿੱਟੂ]], ਨਾਲ।
1989: [[ADDRESS:23 Grove Lane]], [[POSTCODE:B21 9HE]]।
2007: [[ADDRESS:5 Wattlebridge Road]], ਜਦੋਂ ਪੁੱਤਰ ਵਿਆਹੇ ਗਏ।
2018 ਤੋਂ ਹੁਣ ਤੱਕ: [[ADDRESS:ਬੰਗਲਾ ਨੰਬਰ 2, Millpool Close]], [[POSTCODE:B20 3LU]], [[ADDRESS:ਗੁਰਦੁਆਰਾ ਨਾਨਕ ਨਿਵਾਸ]] ਦੇ ਨੇੜੇ।

ਪਿਛਲੇ ਸਾਲ [[ORGANISATION:Handsworth Heritage Homes]] ਨੇ ਮੈਨੂੰ ਚਿੱਠੀ ਭੇਜੀ ਕਿ
[[ADDRESS:Clifton Tower]] ਵਾਲੇ ਫ਼ਲੈਟ ਦਾ 312 ਪੌਂਡ ਕਿਰਾਇਆ 1989 ਤੋਂ ਬਕਾਇਆ ਹੈ ਅਤੇ ਹੁਣ ਮੇਰੇ ਖਾਤੇ ਵਿੱਚ
ਜੋੜ ਦਿੱਤਾ ਗਿਆ ਹੈ। ਮੈਂ ਹੈਰਾਨ ਰਹਿ ਗਿਆ। ਮੇਰੇ ਕੋਲ ਸਾਰੀਆਂ ਕਿਰਾਇਆ ਕਿਤਾਬਾਂ ਸਾਂਭੀਆਂ ਪਈਆਂ ਹਨ।

ਮੇਰੇ ਪੋਤੇ [[PERSON:ਅਮਨਦੀਪ]] ਨੇ ਸ਼ਿਕਾਇਤ ਲਿਖੀ ਅਤੇ ਕਿਤਾਬਾਂ ਦੀਆਂ ਫ਼ੋਟੋਆਂ, ਮੇਰਾ ਨੈਸ਼ਨਲ ਇੰਸ਼ੋਰੈਂਸ
ਨੰਬਰ [[NI_NUMBER:SH 55 03 82 D]] ਅਤੇ ਕਿਰਾਏਦਾਰੀ ਨੰਬਰ [[REFERENCE:HHH-007734]] ਨਾਲ ਲਾਏ। ਅਫ਼ਸਰ
[[PERSON:ਮਿਸ਼ੈਲ]] ਨੇ ਪਹਿਲਾਂ ਕਿਹਾ "ਸਿਸਟਮ ਗ਼ਲਤ ਨਹੀਂ ਹੋ ਸਕਦਾ"। ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ ਮੈਨੇਜਰ
[[PERSON:ਡੇਵਿਡ ਓਕੋਂਕਵੋ]] ਨੇ ਕਿਤਾਬਾਂ ਦੇਖੀਆਂ, ਬਕਾਇਆ ਹਟਾ ਦਿੱਤਾ ਅਤੇ ਲਿਖਤੀ ਮਾਫ਼ੀ ਮੰਗੀ।

ਕੋਈ ਸਲਾਹ ਚਾਹੇ ਤਾਂ [[PERSON:ਅਮਨਦੀਪ]] ਦਾ ਨੰਬਰ [[PHONE:0121 496 0640]] ਹੈ।
"""),
    ),
    (
        "fv2n-pa-04",
        "pa",
        _s("""
ਕੌਂਸਲਰ [[PERSON:ਬਲਵਿੰਦਰ ਕੌਰ ਗਿੱਲ]] ਦੀ ਕਲਮ ਤੋਂ: ਮੇਰੇ ਵਾਰਡ ਦੇ ਇੱਕ ਪਰਿਵਾਰ ਦੀ ਕਹਾਣੀ

ਪਿਛਲੀ ਗਰਮੀ ਵਿੱਚ [[PERSON:ਅਵਤਾਰ ਸਿੰਘ ਜੌਹਲ]] ਜੀ ਦੀ ਪਤਨੀ [[PERSON:ਕੁਲਦੀਪ ਕੌਰ]] ਮੇਰੇ ਹਫ਼ਤਾਵਾਰੀ
ਦਫ਼ਤਰ ਆਏ। [[PERSON:ਅਵਤਾਰ]] ਜੀ [[AGE:58 ਸਾਲ]] ਦੇ ਹਨ, [[HEALTH:ਮਲਟੀਪਲ ਸਕਲੇਰੋਸਿਸ]] ਕਾਰਨ ਵ੍ਹੀਲਚੇਅਰ
ਵਰਤਦੇ ਹਨ, ਅਤੇ [[ADDRESS:ਫ਼ਲੈਟ 4, ਪਹਿਲੀ ਮੰਜ਼ਿਲ, Norton House]], [[POSTCODE:WV3 0QT]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ।
ਬਿਲਡਿੰਗ ਦੀ ਲਿਫ਼ਟ ਅਤੇ ਬਾਹਰਲਾ ਰੈਂਪ ਦੋਵੇਂ ਖ਼ਰਾਬ ਸਨ, ਅਤੇ ਉਹ ਛੇ ਹਫ਼ਤਿਆਂ ਤੋਂ ਘਰੋਂ ਬਾਹਰ ਨਹੀਂ ਨਿਕਲੇ ਸਨ।

ਉਨ੍ਹਾਂ ਦਾ ਪੁੱਤਰ [[PERSON:ਸੰਨੀ]] ਉਨ੍ਹਾਂ ਨੂੰ ਡਾਕਟਰ ਕੋਲ ਲਿਜਾਣ ਲਈ ਆਪਣੀ ਕਾਰ [[OTHER_ID:WV17 HGP]] ਲੈ ਕੇ
ਆਉਂਦਾ, ਪਰ ਪੌੜੀਆਂ ਤੋਂ ਹੇਠਾਂ ਲਿਆਉਣਾ ਨਾਮੁਮਕਿਨ ਸੀ। ਉਨ੍ਹਾਂ ਨੇ [[ORGANISATION:Wolverbrook Housing]] ਨੂੰ
ਸ਼ਿਕਾਇਤ ਕੀਤੀ ਸੀ, ਨੰਬਰ [[REFERENCE:WBH/ST1/4417]]। ਅਫ਼ਸਰ [[PERSON:ਗੈਰੀ ਹਿਊਜ਼]] ਨੇ ਜਵਾਬ ਦਿੱਤਾ ਕਿ
ਰੈਂਪ "ਕੌਂਸਲ ਦੀ ਜ਼ਮੀਨ ਉੱਤੇ" ਹੈ।

ਮੈਂ ਨਕਸ਼ਾ ਕਢਵਾਇਆ। ਰੈਂਪ ਲੈਂਡਲਾਰਡ ਦੀ ਹੀ ਜ਼ਮੀਨ ਉੱਤੇ ਸੀ। ਹੁਣ ਡੈਮੋਕ੍ਰੈਟਿਕ ਫ਼ਿਲਟਰ ਨਹੀਂ ਰਿਹਾ, ਇਸ ਲਈ
ਪਰਿਵਾਰ ਮੇਰੇ ਬਿਨਾਂ ਵੀ ਸਿੱਧਾ ਹਾਊਸਿੰਗ ਓਂਬਡਸਮੈਨ ਕੋਲ ਜਾ ਸਕਦਾ ਸੀ, ਅਤੇ ਉਨ੍ਹਾਂ ਨੇ ਇਹੀ ਕੀਤਾ। ਓਂਬਡਸਮੈਨ
ਕੇਸ ਨੰਬਰ [[REFERENCE:202301458]] ਹੈ। ਮੈਂ ਉਨ੍ਹਾਂ ਦੇ ਹੱਕ ਵਿੱਚ ਚਿੱਠੀ ਲਿਖੀ।

ਤਿੰਨ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਰੈਂਪ ਨਵਾਂ ਬਣ ਗਿਆ, ਲਿਫ਼ਟ ਠੀਕ ਹੋ ਗਈ ਅਤੇ ਪਰਿਵਾਰ ਨੂੰ 600 ਪੌਂਡ ਮਿਲੇ। ਪਹਿਲੇ ਐਤਵਾਰ
[[PERSON:ਅਵਤਾਰ]] ਜੀ [[ADDRESS:ਗੁਰਦੁਆਰਾ ਗੁਰੂ ਤੇਗ ਬਹਾਦਰ]] ਗਏ, ਜਿੱਥੇ ਉਹ ਤੀਹ ਸਾਲ ਤੋਂ ਸੇਵਾ ਕਰਦੇ ਆਏ ਹਨ।

ਮੇਰੇ ਵਾਰਡ ਦਾ ਕੋਈ ਵੀ ਵਸਨੀਕ ਮੈਨੂੰ [[EMAIL:cllr.b.gill@wardoffice.example]] ਜਾਂ
[[PHONE:0121 496 0377]] ਉੱਤੇ ਮਿਲ ਸਕਦਾ ਹੈ।
"""),
    ),
    (
        "fv2n-pa-05",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਮ [[PERSON:ਸਿਮਰਨ ਰੰਧਾਵਾ]] ([[PERSON:Simran Randhawa]]) ਹੈ। ਇਹ ਕਹਾਣੀ ਮੇਰੀ ਨਾਨੀ ਦੀ ਹੈ, ਜਿਹੜੀ ਉਹ
ਆਪ ਸੁਣਾਉਂਦੀ ਤਾਂ ਹੋਰ ਵੀ ਸੋਹਣੀ ਲੱਗਦੀ।

ਨਾਨੀ ਜੀ, [[PERSON:ਕਰਤਾਰ ਕੌਰ ਰੰਧਾਵਾ]], ਦਾ ਜਨਮ [[DATE_OF_BIRTH:3 ਅਪ੍ਰੈਲ 1942]] ਨੂੰ ਜਲੰਧਰ ਜ਼ਿਲ੍ਹੇ ਦੇ
ਇੱਕ ਪਿੰਡ ਵਿੱਚ ਹੋਇਆ। 1966 ਵਿੱਚ ਉਹ ਨਾਨਾ ਜੀ, [[PERSON:ਜਗੀਰ ਸਿੰਘ]], ਕੋਲ ਗ੍ਰੇਵਸੈਂਡ ਆਏ, ਜਿੱਥੇ ਨਾਨਾ ਜੀ
ਬੱਸਾਂ ਚਲਾਉਂਦੇ ਸਨ। ਉਹ ਦੋਵੇਂ ਪੱਕੇ [[OTHER_SPECIAL:ਸਿੱਖ]] ਸਨ ਅਤੇ ਨਾਨੀ ਜੀ ਅੱਜ ਵੀ ਹਰ ਐਤਵਾਰ
[[ADDRESS:ਗੁਰਦੁਆਰਾ ਬਾਬਾ ਬੁੱਢਾ ਜੀ]] ਵਿੱਚ ਲੰਗਰ ਦੀ ਸੇਵਾ ਕਰਦੇ ਹਨ। 1979 ਤੋਂ ਉਹ
[[ADDRESS:14 Pelham Road]], [[POSTCODE:da11 0jb]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ। ਹੁਣ ਉਨ੍ਹਾਂ ਦੀ ਉਮਰ
[[AGE:82 ਸਾਲ]] ਹੈ ਅਤੇ [[HEALTH:ਗਠੀਏ]] ਕਰਕੇ ਗੋਡੇ ਜਵਾਬ ਦੇ ਗਏ ਹਨ।

ਪਿਛਲੇ ਅਕਤੂਬਰ ਗੈਸ ਇੰਜੀਨੀਅਰ ਨੇ ਉਨ੍ਹਾਂ ਦਾ ਕੁੱਕਰ ਖ਼ਤਰਨਾਕ ਕਹਿ ਕੇ ਬੰਦ ਕਰ ਦਿੱਤਾ।
[[ORGANISATION:Kentmere Housing Trust]] ਦੀ ਅਫ਼ਸਰ [[PERSON:ਸਾਰਾ]] ਨੇ ਕਿਹਾ ਕਿ ਕੁੱਕਰ ਕਿਰਾਏਦਾਰ ਦਾ ਆਪਣਾ
ਹੈ। ਪਰ ਉਹ ਕੁੱਕਰ ਤਾਂ 1979 ਵਿੱਚ ਕੌਂਸਲ ਨੇ ਹੀ ਲਾਇਆ ਸੀ! ਦੋ ਮਹੀਨੇ ਨਾਨੀ ਜੀ ਨੇ ਇੱਕ ਛੋਟੀ ਬਿਜਲੀ ਵਾਲੀ
ਪਲੇਟ ਉੱਤੇ ਰੋਟੀ ਪਕਾਈ।

ਮੈਂ ਸ਼ਿਕਾਇਤ ਲਿਖੀ, ਪੁਰਾਣੇ ਕਿਰਾਏਨਾਮੇ ਦੀ ਕਾਪੀ ਨਾਲ, ਜਿਸ ਵਿੱਚ ਕੁੱਕਰ ਦਰਜ ਸੀ। ਨਾਲ ਹੀ
[[ADDRESS:Perry Street Surgery]] ਦੇ ਡਾਕਟਰ ਦੀ ਚਿੱਠੀ, ਜਿਸ ਉੱਤੇ ਨਾਨੀ ਜੀ ਦਾ NHS ਨੰਬਰ
[[OTHER_ID:999 083 6612]] ਸੀ। ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:KHT-88120]] ਮਿਲਿਆ।

ਦਸ ਦਿਨਾਂ ਵਿੱਚ ਨਵਾਂ ਕੁੱਕਰ ਲੱਗ ਗਿਆ ਅਤੇ [[PERSON:ਸਾਰਾ]] ਨੇ ਆਪ ਫ਼ੋਨ ਕਰਕੇ ਮਾਫ਼ੀ ਮੰਗੀ। ਕਿਸੇ ਨੂੰ ਮਦਦ
ਚਾਹੀਦੀ ਹੋਵੇ ਤਾਂ ਮੇਰਾ ਇੰਸਟਾਗ੍ਰਾਮ [[OTHER_ID:@simran.bakes.roti]] ਹੈ।
"""),
    ),
    (
        "fv2n-pl-01",
        "pl",
        _s("""
Szanowna Pani [[PERSON:Whitfield]],

piszę po raz czwarty w sprawie skargi nr [[REFERENCE:RH/24/118-C]] do [[ORGANISATION:Riverholm Housing]]
i tym razem zacytuję Państwa własne słowa.

6 lutego pan [[PERSON:Gary Hughes]], kierownik napraw, napisał: „Technik przyjdzie w ciągu 5 dni
roboczych, zlecenie [[REFERENCE:JOB-660914]]”. Nikt nie przyszedł. 20 lutego dostałam maila od pani
[[PERSON:Michelle Okafor]] z adresu [[EMAIL:m.okafor@riverholm.example]], że zlecenie „zamknięto, bo
lokatorki nie było w domu”. Byłam w domu cały dzień, a mój telefon [[PHONE:07700 900 327]] milczał.
4 marca, w odpowiedzi na pierwszym etapie, Pani sama napisała, że pleśń „wynika ze stylu życia”.

Przypominam, kto mieszka w [[ADDRESS:mieszkaniu 5, Tern House]]: ja, [[PERSON:Agnieszka Barbara Wróbel-Nowicka]],
mój mąż [[PERSON:Paweł]] i nasza córka [[PERSON:Zuzia]] ([[AGE:3 lata]]), która choruje na
[[HEALTH:astmę]]. Lekarka z [[ADDRESS:Riverside Medical Practice]] wysłała Państwu list z numerem NHS
[[PERSON:Zuzi]], [[OTHER_ID:999 218 4470]]. Podczas rozmowy telefonicznej 27 lutego pan
[[PERSON:Hughes]] potwierdził, że „list dotyczący [[PERSON:Zuzanny]] jest w aktach”. Rozmawiałam też
z panem [[PERSON:Hughesem]] o wentylatorze w łazience, który nie działa od jesieni.

Żądam: usunięcia pleśni i naprawy wentylatora w ciągu dwóch tygodni, pisemnych przeprosin,
rekompensaty za cztery miesiące oraz wyjaśnienia, dlaczego zlecenie zamknięto bez wizyty. Proszę
kontaktować się ze mną mailowo: [[EMAIL:agnieszka.wrobel@example.org]]. Numer umowy najmu:
[[REFERENCE:RH-T-041872]], kod pocztowy [[POSTCODE:NG7 2RE]].

Jeśli nie otrzymam odpowiedzi w ciągu 20 dni roboczych, zwrócę się do Housing Ombudsman.

Z poważaniem,
[[PERSON:Agnieszka Wróbel-Nowicka]]
"""),
    ),
    (
        "fv2n-pl-02",
        "pl",
        _s("""
Oświadczenie świadka

Nazywam się [[PERSON:Krzysztof Dąbrowski]] i mieszkam pod [[ADDRESS:czternastką]] w
[[ADDRESS:Marlow Court]], na trzecim piętrze. Na naszym piętrze jest pięć mieszkań. Pod
[[ADDRESS:dziesiątką]] mieszka pani [[PERSON:Irena Sobczak]], [[AGE:84 lata]], wdowa. Pod
[[ADDRESS:jedenastką]] rodzina [[PERSON:Okoro]]: [[PERSON:Chidi]], jego żona [[PERSON:Ngozi]] i dwóch
chłopców. [[ADDRESS:Dwunastka]] stoi pusta od stycznia. Pod [[ADDRESS:trzynastką]] mieszka
[[PERSON:Gośka]], czyli [[PERSON:Małgorzata Lis]], z synem [[PERSON:Frankiem]] ([[AGE:15 lat]]).

17 grudnia po ulewie z sufitu na korytarzu odpadł duży kawał tynku, prosto pod drzwiami pani
[[PERSON:Ireny]]. Rano pani [[PERSON:Sobczak]] wyszła po chleb, potknęła się o gruz i złamała
nadgarstek. Ma [[HEALTH:osteoporozę]], więc skończyło się operacją. [[PERSON:Chidi]] zawiózł ją do
szpitala, a ja zrobiłem zdjęcia korytarza.

Przeciek z dachu zgłaszaliśmy od października. Numer zlecenia naprawy to [[REFERENCE:44518270]].
Widziałem, że 19 grudnia pod blokiem stał bus firmy [[ORGANISATION:QuickFix Building]] o numerze
[[OTHER_ID:FN68 XTC]], ale nikt nie wszedł na górę. Gruz leżał pięć dni. [[PERSON:Franek]] i ja sami go
w końcu sprzątnęliśmy.

Córka pani [[PERSON:Ireny]], [[PERSON:Bożena]], złożyła w jej imieniu skargę do
[[ORGANISATION:Trentvale Homes]]. Potwierdzam, że wszystko, co opisała, widziałem na własne oczy. Z
[[PERSON:Ireną]] rozmawiam codziennie i wiem, że od tamtej pory boi się wychodzić na korytarz.

Jestem gotów złożyć dalsze wyjaśnienia pod numerem [[PHONE:07700 900 719]].

[[PERSON:K. Dąbrowski]], 8 stycznia
"""),
    ),
    (
        "fv2n-pl-03",
        "pl",
        _s("""
Piszę w imieniu mojej mamy, [[PERSON:Haliny Marii Kowalczyk]], bo od udaru mama ma
[[HEALTH:afazję]] i nie jest w stanie rozmawiać przez telefon. Mama urodziła się
[[DATE_OF_BIRTH:17 maja 1950]], ma [[AGE:74 lata]] i od 2006 roku mieszka w
[[ADDRESS:31 Bramley Street]], [[POSTCODE:pe15hq]]. W każdą niedzielę chodzi do
[[ADDRESS:kościoła św. Kazimierza]] dwie ulice dalej.

Żeby Państwo wiedzieli, kto dzwoni: ja jestem [[PERSON:Monika Kowalczyk-Evans]], córka, mieszkam przy
[[ADDRESS:9 Eastfield Road]]. Mój mąż to [[PERSON:Rhys Evans]]. Nasze dzieci: [[PERSON:Oliwia]]
([[AGE:12 lat]]) chodzi do [[ADDRESS:Fengate Academy]], a [[PERSON:Staś]] ([[AGE:6 lat]]) do
[[ADDRESS:St Thomas More Primary]], która jest naprzeciwko domu babci, więc oboje codziennie po
lekcjach są u niej. Mój brat [[PERSON:Tomasz]] mieszka w Leicester i przyjeżdża co drugi weekend.
Lekarz rodzinny mamy przyjmuje w [[ADDRESS:Parnwell Health Centre]].

W listopadzie zepsuł się zamek w drzwiach wejściowych. Od tamtej pory drzwi zamyka się tylko na
łańcuch. [[ORGANISATION:Nene Park Housing]] przysłało ślusarza dwa razy (zlecenia
[[REFERENCE:NPH-55102]] i [[REFERENCE:NPH-55871]]), ale za każdym razem brakowało części. Pani
[[PERSON:Sarah Bloom]] z biura obiecała mi 3 grudnia, że „sprawa jest priorytetowa”. Rozmawiałam też z
panem [[PERSON:Garym]] z działu napraw, który nie umiał powiedzieć, kiedy część przyjdzie.

Proszę potraktować ten list jako formalną skargę. Chcemy nowego zamka w ciągu tygodnia i rekompensaty
przelanej na konto mamy kończące się na [[OTHER_ID:4417]]. Proszę kontaktować się ze mną:
[[PHONE:07700 900 862]] lub [[EMAIL:monika.k.evans@example.com]]. Mama i [[PERSON:Staś]] bardzo się
boją, kiedy w nocy ktoś szarpie za klamkę.
"""),
    ),
    (
        "fv2n-pl-04",
        "pl",
        _s("""
Notatka szpitalnego pracownika socjalnego: skierowanie do właściciela mieszkania (tłumaczenie dla
rodziny)

Pacjent: pan [[PERSON:Stanisław Jerzy Mazur]]. Data urodzenia: [[DATE_OF_BIRTH:02.11.1944]]. Numer NHS:
[[OTHER_ID:999 640 1185]]. Adres: [[ADDRESS:mieszkanie 12, Cardigan House]], [[POSTCODE:SL1 4QR]].
Właściciel: [[ORGANISATION:Thames Valley Civic Homes]], numer najmu [[REFERENCE:TVC-339104]]. Dokument
tożsamości w aktach: dowód osobisty nr [[OTHER_ID:AYM482915]]. Sporządziła: [[PERSON:Joanna Pietrzak-Reid]],
pracownik socjalny, tel. [[PHONE:020 7946 0419]].

Pan [[PERSON:Mazur]], [[AGE:80 lat]], został przyjęty 3 stycznia z zaostrzeniem
[[HEALTH:niewydolności serca]]. Choruje też na [[HEALTH:cukrzycę typu 2]]. Jest gotowy do wypisu, ale
jego mieszkanie na czwartym piętrze jest od sześciu tygodni bez działającej windy, a pan
[[PERSON:Mazur]] nie pokona schodów. Zgłoszenie awarii windy ma numer [[REFERENCE:LFT-2291-07]]. Pan
[[PERSON:Darren Cole]] z biura właściciela powiedział synowi pacjenta, że „winda nie jest priorytetem,
bo w budynku są schody”.

Rodzina: syn [[PERSON:Marek Mazur]], tel. [[PHONE:07700 900 958]], mieszka przy
[[ADDRESS:40 Furnival Road]]; synowa [[PERSON:Dorota]]; wnuczka [[PERSON:Kasia]], [[AGE:16 lat]],
uczy się w [[ADDRESS:Langley Grammar]] i robi dziadkowi zakupy. Lekarz rodzinny: [[ADDRESS:Chalvey Road Surgery]].

Prośba: proszę potraktować to skierowanie jako skargę na pierwszym etapie w imieniu pana
[[PERSON:Mazura]] i podać termin naprawy windy albo zaproponować tymczasowe mieszkanie na parterze. Do
tego czasu pacjent zajmuje łóżko, którego nie potrzebuje. Syn pacjenta zgodził się na przekazanie tej
notatki; pisze do mnie z adresu [[EMAIL:marek.mazur@example.net]].
"""),
    ),
    (
        "fv2n-pl-05",
        "pl",
        _s("""
Jestem [[PERSON:Wojciech Zieliński]], ale wszyscy mówią na mnie [[PERSON:Wojtek]]. Mieszkam z żoną
[[PERSON:Ewą]] i synem [[PERSON:Kacprem]] ([[AGE:9 lat]]) w [[ADDRESS:22 Albion Terrace]],
[[POSTCODE:BS2 9HN]]. Od października przez dach kapie nam do pokoju [[PERSON:Kacpra]].
[[ORGANISATION:Severnside Homes]] przysłało trzech różnych ludzi i każdy mówił co innego.

Pierwsza wizyta, 14 października, zlecenie [[REFERENCE:R-7731/1]]: przyszedł pan [[PERSON:Lee Grant]]
z firmy [[ORGANISATION:Kingfisher Roofing]]. Z drabiny popatrzył na rynnę, wyczyścił liście i
powiedział, że to „tylko rynna”. Po tygodniu znowu kapało.

Druga wizyta, 4 listopada, zlecenie [[REFERENCE:R-7731/2]]: przyszła pani [[PERSON:Michelle Barnes]],
inspektorka. Weszła na strych i znalazła pękniętą dachówkę. Zapisała, że potrzebne jest rusztowanie.
Z [[PERSON:Michelle]] rozmawiało się najlepiej, wszystko tłumaczyła.

Trzecia wizyta, 2 grudnia, zlecenie [[REFERENCE:R-7802/1]]: przyszedł pan [[PERSON:Darek Zając]], też z
[[ORGANISATION:Kingfisher Roofing]]. Z [[PERSON:Darkiem]] od razu się dogadałem. Powiedział mi
wprost, że rusztowania nikt nie zamówił, a dachówkę da się wymienić z podnośnika w godzinę. Tak
zrobił.

Nagrałem krótki film o tych trzech wizytach i wrzuciłem na TikToka [[OTHER_ID:@wojtek_naprawia]].
Potem napisałem skargę: daty, nazwiska, numery zleceń. Skarga dostała numer
[[REFERENCE:SH-COMP-10472]]. Odpowiedziała pani [[PERSON:Priya Shah]] z działu skarg: przeprosiny,
nowy sufit w pokoju [[PERSON:Kacpra]] i 300 funtów. [[PERSON:Ewa]] kupiła za nie synowi nowe biurko.

Mój numer, gdyby ktoś potrzebował porady: [[PHONE:0117 496 0855]].
"""),
    ),
    (
        "fv2n-ro-01",
        "ro",
        _s("""
Asociația locatarilor din [[ADDRESS:Orchard Vale]]: raport despre iarna fără apă caldă

Ne-am întâlnit pe 12 februarie în sala comună, 23 de oameni din 19 apartamente. Președinta noastră,
[[PERSON:Mihaela-Andreea Popescu]] ([[ADDRESS:apartamentul 4, Linden House]]), a citit cronologia: sistemul
central de încălzire a căzut de șapte ori între noiembrie și februarie, iar [[ORGANISATION:Harrowby Homes]]
a dat vina de fiecare dată pe firma [[ORGANISATION:Vantage Heat Networks]].

Membrii care au semnat plângerea comună, pe apartamente:
[[PERSON:Doreen Platt]] ([[ADDRESS:apartamentul 19, Linden House]]), [[AGE:86 de ani]], a stat trei
săptămâni la fiica ei. Domnul [[PERSON:Ionuț Ciobanu]] ([[ADDRESS:apartamentul 7, Linden House]]) a
ținut un jurnal zilnic al temperaturii. Familia [[PERSON:Adebayo]] ([[ADDRESS:apartamentul 2, Rowan House]]),
cu fetița [[PERSON:Temi]], de [[AGE:5 ani]], care are [[HEALTH:fibroză chistică]] și nu are voie să stea
în frig. [[PERSON:Gheorghița Lupu]], căreia toată lumea îi spune [[PERSON:Gina]]
([[ADDRESS:apartamentul 11, Rowan House]]), a fotografiat fiecare aviz lipit pe ușa de la intrare.

Secretarul nostru, [[PERSON:Tom Hargreaves]] ([[ADDRESS:apartamentul 15, Rowan House]]), a trimis plângerea
comună, referința [[REFERENCE:HH-COL-2024-07]]. Răspunsul a venit de la doamna [[PERSON:Claire Dunmore]],
directoarea de locuințe: proprietarul recunoaște că el răspunde pentru sistem, nu firma, și plătește câte
180 de lire fiecărei gospodării, plus 300 celor cu copii mici sau persoane bolnave. Jurnalul lui
[[PERSON:Ionuț]] a fost, ne-a spus, „cea mai clară dovadă”.

Vrei să te alături? Scrie-ne la [[EMAIL:orchardvale.locatari@example.org]] sau sun-o pe
[[PERSON:Mihaela]] la [[PHONE:020 7946 0927]].
"""),
    ),
    (
        "fv2n-ro-02",
        "ro",
        _s("""
Sunt [[PERSON:Andrei Dumitrescu]] și scriu povestea bunicii mele, pentru că ea o spune mai bine decât
o pot scrie eu.

Bunica, [[PERSON:Floarea Maria Dumitrescu]], s-a născut pe [[DATE_OF_BIRTH:12 martie 1944]] într-un sat
din Maramureș, unde a fost învățătoare patruzeci de ani. A venit în Anglia în 2009 ca să ne crească pe
mine și pe sora mea, [[PERSON:Ioana]], cât timp părinții lucrau. Bunicul [[PERSON:Gheorghe]] a murit în
2015. De atunci bunica locuiește singură în [[ADDRESS:apartamentul 2, Kingsley House]],
[[POSTCODE:n176td]], lângă [[ADDRESS:Biserica Sfântul Ioan Botezătorul]], unde merge în fiecare
duminică. Are [[AGE:80 de ani]] și suferă de [[HEALTH:bronșită cronică]].

Iarna trecută pereții dormitorului s-au umplut de mucegai. Am sunat la
[[ORGANISATION:Lea Valley Living]] de nouă ori. Doamna [[PERSON:Sarah Kowalski]] ne-a spus că bunica
„nu aerisește destul”. Bunica, care deschide geamul și în ianuarie, a plâns după telefonul acela.

Am scris o plângere în numele [[PERSON:Floarei]], cu fotografii și cu scrisoarea medicului de la
[[ADDRESS:Bruce Grove Surgery]]. Au cerut să-i dovedim identitatea, așa că am trimis codul ei numeric
personal, [[OTHER_ID:2440312240183]]. Plângerea a primit referința [[REFERENCE:LVL-CMP-3390]].

După trei săptămâni, domnul [[PERSON:Kwame Asante]] de la departamentul de reclamații a venit personal.
A recunoscut că ventilația fusese blocată la renovarea din 2021, a cerut scuze și a trimis echipa în
aceeași lună. Bunica a primit 320 de lire și le-a dat pe toate la biserică. Dacă vreți să vorbiți cu
noi: [[EMAIL:andrei.dumitrescu@example.net]].
"""),
    ),
    (
        "fv2n-ro-03",
        "ro",
        _s("""
Către: [[EMAIL:plangeri@brookmere.example]]
Subiect: Plângere, etapa a doua, referința [[REFERENCE:BMH-2024-11873]]

Stimată doamnă [[PERSON:Whitlock]],

Vă scriu a patra oară și de data aceasta vă citez propriile e-mailuri.

Pe 7 octombrie, domnul [[PERSON:Gary Nolan]] mi-a scris de pe [[EMAIL:gary.nolan@brookmere.example]]:
„Lucrarea [[REFERENCE:W/55190]] este programată pentru 14 octombrie.” Pe 14 octombrie n-a venit nimeni.
Pe 21 octombrie, colega lui, doamna [[PERSON:Michelle Anand]], mi-a scris că lucrarea a fost „anulată de
chiriaș”. Nu am anulat nimic. Am cerut înregistrarea apelului; domnul [[PERSON:Nolan]] mi-a răspuns că
„nu există”. Pe 4 noiembrie, în răspunsul la prima etapă, chiar dumneavoastră ați scris că ușa „este
funcțională”.

Ușa de la intrare nu se încuie de la spargerea din 29 septembrie. Eu, [[PERSON:Cătălin-Vasile Munteanu]],
locuiesc la [[ADDRESS:27 Ferndale Avenue]], [[POSTCODE:CF5 3NT]], cu soția mea, [[PERSON:Roxana]], și
cu fiul nostru, [[PERSON:Luca]], de [[AGE:2 ani]]. Noaptea, [[PERSON:Roxana]] pune un scaun sub clanță.
Vecinul de la [[ADDRESS:numărul 25]], domnul [[PERSON:Emrys Pugh]], a văzut cum au intrat hoții și a
scris o declarație.

Apoi mi-ați cerut numărul de pașaport, [[OTHER_ID:058214736]], „pentru verificare”, ca și cum eu aș fi
problema. L-am trimis. Tot nu a venit nimeni. Vă cer: o ușă nouă cu încuietoare, scuze scrise, despăgubire
în contul care se termină în [[OTHER_ID:2291]] și o explicație de ce lui [[PERSON:Gary]] i s-a spus că
am anulat eu.

Mă puteți suna la [[PHONE:029 2018 0463]]. Dacă nu primesc răspuns în 20 de zile lucrătoare, merg la
Housing Ombudsman.

Cu stimă,
[[PERSON:Cătălin Munteanu]], chiriaș al [[ORGANISATION:Brookmere Housing]]
"""),
    ),
    (
        "fv2n-ro-04",
        "ro",
        _s("""
Din jurnalul consilierei locale [[PERSON:Elena van der Berg]]: o familie din cartierul meu

În martie au venit la cabinetul meu de cartier [[PERSON:Vasile]] și [[PERSON:Gabriela Stoica]], cu
cei trei copii: [[PERSON:Darius]], de [[AGE:14 ani]], elev la [[ADDRESS:Small Heath Leadership Academy]];
[[PERSON:Bianca]], de [[AGE:10 ani]]; și [[PERSON:Sofia]], de [[AGE:3 ani]], care are
[[HEALTH:epilepsie]]. Toți cinci locuiesc într-o garsonieră la [[ADDRESS:apartamentul 6, Tyburn House]],
[[POSTCODE:B8 1RQ]], deasupra magazinului [[ADDRESS:Tyburn Express]].

Familia are [[OTHER_SPECIAL:statut de rezident permanent]] din 2020. Cu toate acestea,
[[ORGANISATION:Castlegate Borough Council]] le-a scris că „nu sunt eligibili” pentru lista de locuințe,
confundând statutul lor cu cel provizoriu. [[PERSON:Gabriela]] arătase de două ori cartea de identitate, seria și
numărul [[OTHER_ID:RX 482915]], și scrisoarea de la Home Office. Funcționarul [[PERSON:Kevin Marsh]] le-a
spus la telefon că „sistemul nu acceptă”.

Le-am explicat că se pot plânge direct, în două etape, și că pot merge la ombudsman fără să treacă pe la
mine. Am scris totuși și eu. Doamna [[PERSON:Stoica]] a depus plângerea, referința
[[REFERENCE:CBC-HSG-77812]]. După trei săptămâni familia a fost înscrisă cu numărul
[[REFERENCE:HRN-2023-558102]], în banda B din cauza bolii [[PERSON:Sofiei]], și a primit scuze scrise.
Proprietarul garsonierei, [[ORGANISATION:Saltley Homes]], a reparat între timp geamul spart din camera
copiilor.

În ianuarie, familia [[PERSON:Stoica]] s-a mutat într-o casă cu trei dormitoare. [[PERSON:Vasile]] mi-a
trimis o poză cu [[PERSON:Darius]] și [[PERSON:Bianca]] în camerele lor.

Dacă și voi aveți o problemă: [[EMAIL:cllr.vanderberg@council.example]], [[PHONE:0121 496 0512]].
"""),
    ),
    (
        "fv2n-ro-05",
        "ro",
        _s("""
Mă numesc [[PERSON:Nicolae Ardelean]], dar toată lumea îmi spune [[PERSON:Nae]]. Am [[AGE:67 de ani]]
și sunt chiriaș în Londra din 2004. Anul trecut [[ORGANISATION:Greenway Housing Partnership]] mi-a
trimis un formular de „audit al chiriei” în care trebuia să scriu toate adresele din ultimii douăzeci
de ani. Iată-le:

2004–2007: o cameră la [[ADDRESS:61 Green Lanes]], deasupra unei brutării, cu colegul meu de
șantier [[PERSON:Mircea Oprea]].
2007–2012: [[ADDRESS:apartamentul 11, Holloway Court]], [[POSTCODE:N7 8PL]], cu soția mea,
[[PERSON:Viorica]].
2012–2019: [[ADDRESS:18 Tanner's Row]], unde s-a născut nepoțica noastră, [[PERSON:Ilinca]].
Din 2019 până azi: [[ADDRESS:apartamentul de la parter de la 3 Cedar Walk]], [[POSTCODE:n15 4gh]].

Funcționara [[PERSON:Rachel Obi]] mi-a scris pe 10 mai că „adresa din [[ADDRESS:Holloway Court]] nu figurează în
registre” și că, dacă nu dovedesc, chiria mea „va fi revizuită pentru posibilă fraudă”. Am crezut că
pierd casa. [[PERSON:Viorica]] a găsit în sertar vechile scrisori de la consiliu cu numărul meu de
asigurări sociale, [[NI_NUMBER:PW 30 61 58 B]], și cu vechiul număr de chiriaș,
[[REFERENCE:HC-11-00487]].

Am făcut plângere, referința [[REFERENCE:GHP/CX/2291-B]]. Domnul [[PERSON:Sanjay Mehta-Lowe]], de la
etapa a doua, a găsit greșeala: în sistem, [[ADDRESS:Holloway Court]] era scris „[[ADDRESS:Hollway Court]]”. Mi-a
cerut scuze, a închis auditul și mi-a plătit 150 de lire pentru stres.

Acum țin toate hârtiile într-un dosar albastru. Pentru sfaturi, fiica mea [[PERSON:Daniela]] răspunde
la [[EMAIL:daniela.ardelean@example.com]].
"""),
    ),
    (
        "fv2n-ur-01",
        "ur",
        _s("""
میں یہ خط اپنے والد [[PERSON:محمد اسلم چوہدری]] ([[PERSON:Muhammad Aslam Chaudhry]]) کی طرف سے لکھ
رہی ہوں، کیونکہ ابو کو [[HEALTH:گردوں کی بیماری]] ہے، ہفتے میں تین بار ڈائلسس ہوتا ہے اور وہ فون پر
زیادہ دیر بات نہیں کر سکتے۔ ابو کی عمر [[AGE:78 سال]] ہے اور ان کی تاریخ پیدائش
[[DATE_OF_BIRTH:یکم جنوری 1946]] ہے۔

آپ کے عملے کو معلوم ہو کہ گھر میں کون کون ہے: ہم سب [[ADDRESS:19 Carlisle Terrace]]،
[[POSTCODE:BD8 7JH]] میں رہتے ہیں۔ امی [[PERSON:نسرین بی بی]] کی عمر [[AGE:72 سال]] ہے۔ میں
[[PERSON:عائشہ اسلم]] ہوں، سب سے بڑی بیٹی۔ میرا بھائی [[PERSON:عمران]] ([[AGE:41 سال]]) ٹیکسی چلاتا
ہے، اور اس کی بیوی [[PERSON:صائمہ]] گھر سنبھالتی ہیں۔ ان کے بچے [[PERSON:زینب]] ([[AGE:9 سال]])
[[ADDRESS:Manningham Park Primary]] میں اور [[PERSON:علی]] ([[AGE:14 سال]])
[[ADDRESS:Heaton Grange Academy]] میں پڑھتے ہیں۔ ابو جمعہ کی نماز [[ADDRESS:جامع مسجد غوثیہ]] میں
پڑھتے ہیں جو ہماری گلی کے کونے پر ہے۔

مسئلہ یہ ہے کہ نیچے والا غسل خانہ، جو ابو کے لیے 2021 میں بنایا گیا تھا، آٹھ ہفتوں سے ٹپک رہا ہے اور
فرش گل گیا ہے۔ [[ORGANISATION:Aire Valley Homes]] کی افسر [[PERSON:سارہ]] نے 12 ستمبر کو لکھا کہ
«کام کا آرڈر دے دیا گیا ہے»، حوالہ نمبر [[REFERENCE:AVH-RP-73014]]۔ پھر ٹھیکیدار
[[ORGANISATION:Calder Plumbing]] کے [[PERSON:گیری]] آئے اور کہا کہ پورا فرش بدلنا پڑے گا۔ اس کے بعد خاموشی۔

ہم باقاعدہ شکایت کر رہے ہیں۔ ابو کے ڈاکٹر، [[ADDRESS:Lister Lane Surgery]]، کا خط ساتھ لگا ہے۔ مجھ سے
[[PHONE:0113 496 0529]] یا [[EMAIL:ayesha.aslam@example.org]] پر رابطہ کریں، ابو سے نہیں۔
"""),
    ),
    (
        "fv2n-ur-02",
        "ur",
        _s("""
میرا نام [[PERSON:شازیہ پروین]] ہے۔ میں [[ADDRESS:فلیٹ 8، Whitmore House]] میں اپنے دو بچوں کے ساتھ
رہتی ہوں۔ جون سے ہماری کھڑکیوں کے گرد سے بارش کا پانی اندر آ رہا ہے۔
[[ORGANISATION:Eastbrook Housing]] نے تین مرتبہ تین مختلف کاریگر بھیجے، اور تینوں کی کہانی الگ تھی۔

پہلی بار، 5 جولائی، جاب نمبر [[REFERENCE:EB-449120]]: [[PERSON:گیری]] آئے۔ کھڑکی کے گرد سیلیکون
لگایا اور کہا «اب ٹھیک ہے»۔ اگلی بارش میں پھر پانی۔

دوسری بار، 30 جولائی، جاب نمبر [[REFERENCE:EB-451877]]: [[PERSON:مشیل]] آئیں، جو سروے کرتی ہیں۔
انہوں نے باہر کی دیوار دیکھی اور لکھا کہ اوپر والے فلیٹ، [[ADDRESS:فلیٹ 12]]، کی بالکونی سے پانی آتا
ہے اور سکیفولڈنگ چاہیے۔

تیسری بار، 9 ستمبر، جاب نمبر [[REFERENCE:EB-460032]]: [[PERSON:ڈیرن اوکافور]] آئے، ٹھیکیدار
[[ORGANISATION:Northline Facades]] سے۔ میں نے ان کی وین کا نمبر [[OTHER_ID:BD62 RWO]] لکھ لیا۔ انہوں
نے کہا کہ سکیفولڈنگ کا کوئی آرڈر ان کے پاس ہے ہی نہیں، اور صرف کھڑکی دیکھ کر چلے گئے۔

میری بیٹی [[PERSON:حرا]]، [[AGE:12 سال]]، جس کا کمرہ وہی ہے، [[HEALTH:دمے]] کی مریضہ ہے۔ میں نے تینوں
ملاقاتوں کی تاریخیں، نام اور جاب نمبر لکھ کر شکایت کی، حوالہ [[REFERENCE:EBH/COMP/5521]]۔ جواب میں
شکایات کی مینیجر [[PERSON:سارہ تھامس]] نے مانا کہ [[PERSON:مشیل]] کی رپورٹ آگے بھیجی ہی نہیں گئی تھی۔
دو ہفتے میں سکیفولڈنگ لگی، [[ADDRESS:فلیٹ 12]] کی بالکونی ٹھیک ہوئی، اور مجھے 400 پاؤنڈ ملے۔

جو بہن بھائی مشورہ چاہیں، مجھے [[EMAIL:shazia.p@example.net]] پر لکھیں۔
"""),
    ),
    (
        "fv2n-ur-03",
        "ur",
        _s("""
ہسپتال کی سوشل ورکر کا ریفرل خلاصہ (خاندان کے لیے اردو میں)

مریض: [[PERSON:غلام رسول]] ([[PERSON:Ghulam Rasool]])۔ تاریخ پیدائش: [[DATE_OF_BIRTH:22/06/1943]]۔
این ایچ ایس نمبر: [[OTHER_ID:999 826 3017]]۔ پتہ: [[ADDRESS:فلیٹ 2، گراؤنڈ فلور، 44 Stratford Road]]،
[[POSTCODE:B11 1AS]]۔ مالک مکان: [[ORGANISATION:Balsall Heath Housing Co-operative]]، کرایہ داری نمبر
[[REFERENCE:BHHC-20417]]۔ ریفرل: [[PERSON:ریچل ہالینڈ]]، ہسپتال سوشل ورکر، فون
[[PHONE:0121 496 0168]]۔

خلاصہ: [[PERSON:رسول]] صاحب، عمر [[AGE:81 سال]]، 4 مارچ کو [[HEALTH:فالج]] کے بعد داخل ہوئے۔ انہیں
[[HEALTH:ذیابیطس]] بھی ہے۔ اب وہ وہیل چیئر استعمال کرتے ہیں۔ فلیٹ کے دروازے پر دو سیڑھیاں ہیں اور
غسل خانے کا دروازہ تنگ ہے۔ ہماری او ٹی نے ریمپ اور چوڑا دروازہ تجویز کیا ہے۔ مالک مکان کے
اڈاپٹیشن افسر [[PERSON:مائیکل بریڈی]] نے 20 مارچ کو لکھا کہ «فنڈ اگلے مالی سال میں ہوگا»۔

شناخت کے لیے فائل میں ان کا [[OTHER_SPECIAL:پاکستانی]] پاسپورٹ ہے، نمبر [[OTHER_ID:KQ4418027]]، کیونکہ
پنشن کے کاغذات اسی پر ہیں۔

خاندان: بیٹا [[PERSON:ثاقب رسول]]، فون [[PHONE:07700 900 236]]، روز آتا ہے؛ بہو [[PERSON:رضیہ]]؛ پوتا
[[PERSON:عبداللہ]]، [[AGE:16 سال]]، [[ADDRESS:Sparkhill Park Academy]] میں پڑھتا ہے اور شام کو دادا کے
پاس رہتا ہے۔ جی پی: [[ADDRESS:Ladypool Road Medical Centre]]۔ خاندان [[ADDRESS:مسجد بلال]] کے قریب
رہتا ہے اور [[PERSON:رسول]] صاحب کی خواہش ہے کہ وہ جمعہ کو وہاں جا سکیں۔

درخواست: اس خلاصے کو [[PERSON:رسول]] صاحب کی طرف سے پہلے مرحلے کی شکایت سمجھا جائے اور ڈسچارج سے
پہلے ریمپ لگایا جائے۔ بیٹے نے اجازت دی ہے؛ ان کا ای میل [[EMAIL:saqib.rasool@example.com]] ہے۔
"""),
    ),
    (
        "fv2n-ur-04",
        "ur",
        _s("""
گواہ کا بیان: [[PERSON:فرحانہ کوثر]]، [[ADDRESS:فلیٹ 34، Hollins Court]]

ہماری منزل پر چھ فلیٹ ہیں اور ہم سب ایک دوسرے کو جانتے ہیں۔ [[ADDRESS:فلیٹ 31]] میں مسز
[[PERSON:ڈوروتھی ایونز]] رہتی ہیں، عمر [[AGE:90 سال]]۔ [[ADDRESS:فلیٹ 32]] میں [[PERSON:کوفی]] اور
[[PERSON:ایفوا مینسا]] اور ان کے جڑواں بچے۔ [[ADDRESS:فلیٹ 33]] میں [[PERSON:بوڑھا ٹونی]] رہتا ہے، اصل
نام [[PERSON:انتھونی ریڈ]]۔ [[ADDRESS:فلیٹ 34]] میں میں، میرے شوہر [[PERSON:شبیر]] اور ہمارا بیٹا
[[PERSON:دانیال]]۔ [[ADDRESS:فلیٹ 35]] میں [[PERSON:ماریہ]] اور اس کی بہن، اور [[ADDRESS:فلیٹ 36]]
مارچ سے خالی ہے۔

اپریل میں [[ORGANISATION:Hollinwood Homes]] نے چھت کی مرمت کے لیے عمارت کے پیچھے سکیفولڈنگ لگائی۔ کام
مئی میں ختم ہو گیا، مگر سکیفولڈنگ اگست تک کھڑی رہی۔ ہم نے کئی بار شکایت کی کہ کوئی اس پر چڑھ کر
کھڑکیوں تک پہنچ سکتا ہے۔

3 اگست کی رات تقریباً دو بجے میں نے سکیفولڈنگ پر کسی کو چلتے دیکھا اور [[PERSON:شبیر]] کو جگایا۔ صبح پتا چلا کہ
مسز [[PERSON:ایونز]] کی کھڑکی توڑ کر ان کا پرس اور ان کے مرحوم شوہر کی گھڑی چوری ہو گئی۔ پولیس کا
کرائم نمبر [[REFERENCE:20/118473/24]] ہے۔ [[PERSON:بوڑھا ٹونی]] نے بتایا کہ اس نے جولائی میں ہاؤسنگ
افسر [[PERSON:گیری]] کو فون کیا تھا اور انہوں نے کہا تھا «اگلے ہفتے اتار دیں گے»۔

میں یہ بیان مسز [[PERSON:ایونز]] کی بیٹی [[PERSON:لنڈا]] کی شکایت، حوالہ [[REFERENCE:HH-CX-60219]]، کے
ساتھ دے رہی ہوں۔ مجھ سے [[PHONE:0161 496 0783]] پر رابطہ کیا جا سکتا ہے۔
"""),
    ),
    (
        "fv2n-ur-05",
        "ur",
        _s("""
میرا نام [[PERSON:بشیر احمد ملک]] ہے، لوگ مجھے [[PERSON:ملک]] صاحب کہتے ہیں۔ عمر [[AGE:83 سال]]۔ میں
1975 سے روچڈیل میں کرایہ دار ہوں۔ پچھلے سال [[ORGANISATION:Roch Valley Housing]] نے رائٹ ٹو بائے کی
رعایت کے لیے مجھ سے ہر پرانا پتہ مانگا، تو میں نے یہ فہرست بنائی:

1975: [[ADDRESS:7 Tweedale Street]]، ایک کمرہ، جہاں ہم چار مزدور اکٹھے رہتے تھے۔
1983: [[ADDRESS:فلیٹ 51، Ashfield Tower]]، بیگم [[PERSON:رشیدہ]] اور بیٹوں [[PERSON:طارق]] اور
[[PERSON:خالد]] کے ساتھ۔
1992: [[ADDRESS:23 Milkstone Road]]، [[POSTCODE:OL11 1EB]]، [[ADDRESS:مسجد نور الاسلام]] کے سامنے۔
2010 سے اب تک: [[ADDRESS:بنگلہ نمبر 6، Heights Close]]، [[POSTCODE:ol12 7tf]]۔

افسر [[PERSON:جیسن کرافٹ]] نے لکھا کہ ان کے ریکارڈ میں میری کرایہ داری 2010 سے شروع ہوتی ہے، اس لیے
رعایت صرف چودہ سال کی ملے گی۔ [[ADDRESS:Ashfield Tower]] تو 2002 میں گرا دیا گیا تھا، وہاں کے کاغذ میں
کہاں سے لاتا؟

میرے پوتے [[PERSON:ذیشان]] نے مدد کی۔ ہم نے پرانی کرایہ کی کاپیاں، میرا نیشنل انشورنس نمبر
[[NI_NUMBER:RK 19 64 07 A]] اور کونسل کا پرانا کرایہ داری نمبر [[REFERENCE:RMBC-0031877]] بھیجا۔ شکایت
کا حوالہ [[REFERENCE:RVH/C2/0912]] ملا۔ دوسرے مرحلے میں مینیجر [[PERSON:ہیلن اوکونکوو]] نے کونسل کے
آرکائیو سے فائل نکلوائی، اڑتالیس سال کی کرایہ داری مانی، غلطی پر معافی مانگی اور 200 پاؤنڈ دیے۔

جو بزرگ اسی مشکل میں ہوں، [[PERSON:ذیشان]] سے [[EMAIL:zeeshan.malik@example.net]] یا
[[PHONE:0161 496 0931]] پر بات کر سکتے ہیں۔
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
