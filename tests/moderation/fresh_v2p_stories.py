"""A sixteenth batch of fresh stories under version 2 of the marking, by a sixteenth writer.

Thirty-two case studies of housing complaints put right: eight in English and four
each in Arabic, Bengali (Bengali script), Punjabi (Gurmukhi script), Polish, Romanian
and Urdu (Urdu script). They cover damp and mould, repairs, heating, noise and
antisocial behaviour, rent and service charge errors, lifts, pests and communication
failures, and are written in many voices: formal complaint letters, a relative's
email, lower-case forum and social media posts, a WhatsApp-style voice of a young
tenant, a caretaker's terse handover notes, a councillor's casework note, a residents'
association's minutes, landlord staff case studies and "what we changed" write-ups,
a community newsletter interview and letters dictated by older tenants. Personal data
appears as full names, first names, nicknames and diminutives, inflected Polish and
Romanian forms, names that are ordinary words (Rose, Will, Hope, Bill, Amal, Noor),
English names written in Arabic, Bengali, Gurmukhi and Urdu script beside native
names, sign-offs, full and partial addresses (flat and house numbers in every
language), named schools, GP surgeries, mosques, gurdwaras, churches, shops and pubs
that locate the home, postcodes with and without the space, phone numbers in digits,
in words and in Arabic-Indic, Bengali and Gurmukhi numerals, emails written plainly
and spelled out, NI numbers, tenancy, complaint, repair and Ombudsman references,
dates of birth in figures and words, ages in digits and words, NHS numbers, vehicle
registrations, social media handles, bank account endings and passport and residence
permit numbers, alongside landlord and contractor names, health conditions,
ethnicity, religion and immigration status.

Measured on 7 December 2026 at first sight (the detector after round 12, never changed for
this batch): leak-free 68.8% of 32 (22 stories), recall 97.4%, precision 90.4%, special
recall 90.0%; leak-free by language en 62.5% of 8, ar 25%, bn 75%, pa 50%, pl 75%, ro 100%,
ur 100% of 4 each. The misses were a bare age ("19"), a lower-case first name, "Flat 3,
Block B", English names in Arabic and Gurmukhi script (ريكي, ਐਂਜੇਲਾ), a reference after its
letters (AHT 772019), a phone number said in spoken Arabic words, a pet name (বাবু), an
e-mail beside Bengali text, a Punjabi compound name and the Polish surname Lis after an
inflected given name.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block):
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2p-en-01",
        "en",
        _s("""
Dear Sir or Madam, I am writing as the tenant of [[ADDRESS:27 Pelham Rise]],
[[POSTCODE:BD7 4QR]] (date of birth [[DATE_OF_BIRTH:14 March 1951]]), to thank you, which
is not something I expected to be doing when I first complained last October. My
grandson [[PERSON:Callum]], who is [[AGE:six]], stays with me four nights a week while
his mother works nights at the hospital. The black mould in his bedroom came back
every winter, and in November he was diagnosed with [[HEALTH:asthma]] by Dr
[[PERSON:Pryce]] at [[ADDRESS:Manningham Lane Surgery]]. The first reply from
[[ORGANISATION:Aire Valley Homes]] told me to open the windows and wipe the walls with
bleach. I have been doing that since 2006. My complaint reference is
[[REFERENCE:AVH/CMP/30918]]. What changed things was the surveyor, [[PERSON:Nadeem]],
who came out in January with a damp meter and found that the extractor fan in the
bathroom had never been connected to the mains. The cavity wall insulation on the
gable end had also slipped. Within five weeks the fan was wired in, the insulation
was topped up, and the bedroom was treated and redecorated. You also paid me £450 and
put [[PERSON:Callum]]'s room on the list for a damp check every autumn. Please pass my
thanks to [[PERSON:Nadeem]], and to [[PERSON:Sharon Kettlewell]] in the complaints
team, who rang me back every Friday as she promised she would. If anyone needs to
reach me, my number is [[PHONE:0113 496 0274]], and I am usually in after two.
Yours faithfully, [[PERSON:Maureen Tillotson]] (Mrs)
"""),
    ),
    (
        "fv2p-en-02",
        "en",
        _s("""
Subject: my dad, [[ADDRESS:flat 88]], lifts out again. Hi, I'm
[[PERSON:Priya Chandrasekaran]] and I'm writing for my father,
[[PERSON:Venkat Chandrasekaran]], who lives at [[ADDRESS:flat 88, Tolworth Heights]].
He is [[AGE:81]], has [[HEALTH:COPD]] and is on home oxygen, and the flat is on the
fourteenth floor. His date of birth is [[DATE_OF_BIRTH:02/02/1944]] and his NHS number
is [[OTHER_ID:999 204 7781]], which his respiratory nurse has already sent to your
vulnerability team. Both lifts were out for nine days in August. Dad missed a clinic
appointment and ran low on cylinders because the supplier's driver would not carry
them up fourteen flights. I rang the repairs line on [[PHONE:020 7946 0513]] every
day and got a new job number each time: [[REFERENCE:LFT-44102]],
[[REFERENCE:LFT-44167]] and [[REFERENCE:LFT-44230]]. Nobody joined them up. When I
finally made a complaint, [[PERSON:Grace Adomako]] from
[[ORGANISATION:Kingsmere Housing Association]] called me back within two hours. [[PERSON:Grace]]
was brilliant. She got a porter to carry the cylinders up, arranged a ground floor
guest flat for Dad until the lifts were fixed, and found out that the lift
contractor, [[ORGANISATION:Vertex Lift Services]], had been waiting for a part nobody
had ordered. The stage one reply apologised properly and paid £300. Dad is now on a
list of residents who get a phone call whenever a lift fails, and the porter service
starts automatically after twenty-four hours. Please copy me into anything you send
him: [[EMAIL:priya.chandra@example.net]] or [[PHONE:07700 900418]]. Thanks again,
[[PERSON:Priya]]
"""),
    ),
    (
        "fv2p-en-03",
        "en",
        _s("""
Case study: a party wall, a drum kit and a mediation that worked.
[[ORGANISATION:Northgate Community Housing]], tenancy sustainment team. In spring 2024
we received a complaint from a tenant we will call Ms D, who lives at
[[ADDRESS:number 12]] on the [[ADDRESS:Harrowfield estate]], [[POSTCODE:HX3 6LB]]. Her
neighbour at [[ADDRESS:number 14]], a young man known on the estate as
[[PERSON:Big Sid]], practised the drums most evenings until after midnight. Ms D works
early shifts at a bakery and has [[HEALTH:epilepsy]], and lack of sleep makes her
seizures more likely. Our first response was poor. The antisocial behaviour case,
[[REFERENCE:ASB/2024/0187]], was closed after two weeks because the recordings on the
noise app did not meet our threshold. Ms D complained, and our complaints officer
[[PERSON:Lorraine Mbatha]] reopened the case. [[PERSON:Lorraine]] visited both homes.
[[PERSON:Sid]], whose name on the tenancy is [[PERSON:Sidney Okafor]], turned out to
be [[AGE:19]] and practising for a music college audition. He had no idea the wall was
so thin. With the help of [[ORGANISATION:Calderbridge Mediation]], the two neighbours
agreed practice hours, we fitted acoustic panels to the party wall, and [[PERSON:Sid]] moved to
an electronic kit with headphones after nine at night. Ms D received £250 for the way
her case had been handled. [[PERSON:Sid]] got his place. What we changed: an antisocial behaviour
case can no longer be closed without a phone call to the person who reported it, and
officers now look at what is behind the noise before they decide whether it meets a
threshold.
"""),
    ),
    (
        "fv2p-en-04",
        "en",
        _s("""
posting this in case it helps anyone else in a shared ownership flat. i'm
[[PERSON:tom]] (well, [[PERSON:Tomasz Ridley]] on paper), [[ADDRESS:flat 6]] in
[[ADDRESS:Bramble Yard]], the new block behind the [[ADDRESS:Lidl on Farrow Road]]. the
whole building is on a communal heat network and for most of last winter it just
didn't work. radiators lukewarm, hot water on and off. meanwhile
[[ORGANISATION:Harbourline Living]] kept charging us £96 a month each for heat on the
service charge. i set up a group chat for the block and our neighbour on the ground
floor, everyone calls her auntie [[PERSON:Bea]], she's [[AGE:seventy-nine]], was
sleeping in her coat. that's what got me to put in a formal complaint, ref
[[REFERENCE:HL-C-20931]]. the first reply blamed the heat contractor,
[[ORGANISATION:Thermapoint Energy]], and said it was "outside our control". i went to
stage two and pointed out that the lease makes the landlord responsible for the
service. second reply was a different story. they got an engineer in who found a
failed pump and a valve someone had left shut, refunded the heat charge for four
months, £384 each, and gave
[[PERSON:bea]] a fan heater and a hotel night during the worst week. if you're in the same boat
message me at [[OTHER_ID:@bramble_yard_tenants]] or email
[[EMAIL:tom dot ridley at example dot com]]. or ring, i don't mind,
[[PHONE:oh seven seven double oh, nine hundred, three one two]]. keep every bill.
"""),
    ),
    (
        "fv2p-en-05",
        "en",
        _s("""
To the Complaints Manager. My name is [[PERSON:Errol Baptiste]] and I am the tenant at
[[ADDRESS:41 Sycamore Walk]], [[POSTCODE:b237nd]]. I am a [[OTHER_SPECIAL:Trinidadian]]
man of [[AGE:67]] and I have paid my rent on time for thirty-one years, so you can
imagine how I felt when a notice of seeking possession came through my door in May.
My tenancy reference is [[REFERENCE:0094471/02]] and my National Insurance number is
[[NI_NUMBER:JR 52 80 17 B]], which I gave your income team four times. The housing
costs part of my Universal Credit was being paid to [[ORGANISATION:Brookvale Homes]]
every month, but somebody had been putting it on the account of another Mr
[[PERSON:Baptiste]] who lives at [[ADDRESS:number 14]] on the next road. My own
account showed arrears of £2,310 that did not exist. My direct debit for the water
charge, from my account ending [[OTHER_ID:7719]], was still going out, so I had the
bank statements to prove it. Pastor [[PERSON:Clement Joseph]] from
[[ADDRESS:Kingsway Pentecostal Church]] helped me write my complaint, because my eyes
are not what they were. Mrs [[PERSON:Feeney]] in the income team was very good once
she saw the papers. Within ten days the payments were moved to the right account,
the notice was withdrawn in writing, the other gentleman's account was corrected
without him losing anything, and I was paid £150 for the worry. I have been told
that a second person will now check any notice before it is sent to a tenant with a
clear rent history. I would like that in writing too. Yours sincerely,
[[PERSON:E. Baptiste]]
"""),
    ),
    (
        "fv2p-en-06",
        "en",
        _s("""
Handover notes, [[ADDRESS:Ferncliffe Court]], week 32, from [[PERSON:Kwame]] to
[[PERSON:Jo]]. Rats: bait boxes round blocks A to C checked by
[[ORGANISATION:Pestguard North]] on Tuesday, two boxes taken. [[ADDRESS:Flat 3, Block B]]
(Mrs [[PERSON:Halloran]]) still finding droppings under the sink. Her complaint is
open, ref [[REFERENCE:PST-7731]], and the stage one reply is due Friday. She is
[[AGE:92]] and very deaf, so press the doorbell, which flashes a light, and don't
bother knocking. If no answer ring her daughter [[PERSON:Siobhan]] on
[[PHONE:0161 496 0832]]. Found a gap round the boiler pipe behind her cooker, filled
it with wire wool and sealant on the 9th. [[ORGANISATION:Pestguard]] to come back in a fortnight.
[[ADDRESS:Flat 11]]: [[PERSON:Dezzy]] (Mr [[PERSON:Desmond Achterberg]]) feeding the
pigeons off his balcony again. Spoke to him, friendly enough, said he'd stop. His van,
[[OTHER_ID:YK68 RZT]], was parked across the bin store again Wednesday. Asked him to
move it, he did. [[ADDRESS:Flat 19]]: new family in, the [[PERSON:Osei-Bonsus]], three
kids, two at [[ADDRESS:Ferncliffe Primary]]. Showed them the bins and the drying
room. Mum asked about the mould on the bathroom ceiling, raised a repair. [[ADDRESS:Flat 7]]
mice complaint closed at stage two: they were coming in through the empty flat next
door, which is now proofed, and the tenant got £120. Lift in Block C making a noise
again, reported to the contractor. Skip arriving Thursday for the bulky waste day. Any
problems text me, [[PHONE:07700 900157]].
"""),
    ),
    (
        "fv2p-en-07",
        "en",
        _s("""
Casework note, Cllr [[PERSON:Aisha Rahman]], Beeston Hill ward. Constituent:
[[PERSON:Gareth Lloyd-Evans]], [[ADDRESS:2 Chapel Mews]], [[POSTCODE:LS11 8PW]], date
of birth [[DATE_OF_BIRTH:30.09.1978]]. Mr [[PERSON:Lloyd-Evans]] is
[[HEALTH:profoundly deaf]] and uses British Sign Language. His landlord,
[[ORGANISATION:Hollins Park Housing]], has his contact preference recorded as text
or email, to [[PHONE:07700 900765]] or [[EMAIL:g.lloydevans@example.org]], yet for
seven months its repairs team phoned him to book appointments for a leaking roof
(repair job [[REFERENCE:RJ-558201]]). When he did not answer, the jobs were cancelled
as no access. Twice the team rang his partner, [[PERSON:Huw]], and asked him to pass
messages on, which [[PERSON:Gareth]] had not agreed to. Water came through the
bedroom ceiling in February. He complained at stage one and was told the notes
showed he had been contacted. At stage two he asked for an interpreter and none was
booked. He then went to the Housing Ombudsman, case [[REFERENCE:202418833]], and
asked for my help. I met the head of repairs, [[PERSON:Ben Okoro]], with a BSL
interpreter present. Outcome: the roof was fixed in eleven days; a flag on his record
now blocks phone calls; interpreters are booked for every visit; and the landlord
paid £600 and apologised in writing and in a signed video. The Ombudsman case was
closed as resolved. Follow up in three months to check the flag has carried over to
the new repairs system.
"""),
    ),
    (
        "fv2p-en-08",
        "en",
        _s("""
Minutes of the [[ADDRESS:Gatehouse Estate]] Residents' Association, held in
[[ADDRESS:St Barnabas church hall]], across the road from block one, on 4 June. Present: [[PERSON:Rose Adeyemi]] (chair),
[[PERSON:Will Sumner]] (treasurer), [[PERSON:Hope]] from [[ADDRESS:number 3]],
[[PERSON:Bill]] from the flat above the [[ADDRESS:Golden Fry]], and
[[PERSON:Mark Tsang]], service charge officer at [[ORGANISATION:Gatehouse Homes]].
1. Window cleaning. [[PERSON:Will]] reported that the service charge has included
window cleaning for three years, at £28.20 a year per flat, and that nobody has ever
seen a window cleaner. [[PERSON:Bill]] said he would swear to that, as he sits at his
window most of the day. [[PERSON:Mark]] had checked and confirmed the contract was
cancelled in 2021 but the charge was never taken off. Each flat will be refunded
£84.60 on the next statement, and the landlord will write to every household.
2. Lighting. The stairwell light outside [[PERSON:Hope]]'s door is still out.
[[PERSON:Hope]]'s son [[PERSON:Kai]], [[AGE:12]], fell on the stairs last month.
[[PERSON:Mark]] will chase repair [[REFERENCE:GH-R-66102]] and report back.
3. Pigeons. Mesh on the roof of block two is loose again. [[PERSON:Rose]] will take
photos.
4. Any other business. Residents who want the minutes by email can write to
[[EMAIL:gatehouse.ra@example.org]] or ring [[PERSON:Rose]] on
[[PHONE:0121 496 0381]]. The chair thanked [[PERSON:Mark]] for coming and said she
hoped the landlord will keep sending someone. Next meeting 2 July, same place.
"""),
    ),
    (
        "fv2p-ar-01",
        "ar",
        _s("""
اسمي [[PERSON:رهف العلي]] ([[PERSON:Rahaf Al-Ali]])، وأسكن مع زوجي [[PERSON:ماهر]]
وأطفالنا الثلاثة في [[ADDRESS:البيت رقم 16، Wensley Close]]، [[POSTCODE:M8 0JT]]. نحن
[[OTHER_SPECIAL:سوريون]]، ووصلنا إلى بريطانيا سنة 2019 عن طريق برنامج إعادة التوطين.
منذ شتائنا الأول ظهر العفن الأسود في غرفة الأطفال وفي الحمّام، وكانت الملابس في
الخزانة تتعفن. ابنتي [[PERSON:أمل]] عمرها [[AGE:ثماني سنوات]] وتدرس في
[[ADDRESS:Cheetham Hill Primary]]، وابني الصغير [[PERSON:يزن]] عمره [[AGE:سنتان]]،
وقد شخّصت طبيبة العائلة في [[ADDRESS:Woodlands Medical Centre]] حالته بأنها
[[HEALTH:ربو]]، وكتبت رسالة إلى المالك. اتصلتُ بشركة
[[ORGANISATION:Irwell Valley Living]] أكثر من عشر مرات على الرقم
[[PHONE:٠١٦١ ٤٩٦ ٠٥٢٧]]، وفي كل مرة كانوا يقولون إن المشكلة من التكثيف وإن علينا فتح
النوافذ في الشتاء. بصراحة، كنت قد فقدت الأمل. ثم ساعدتني جارتي [[PERSON:سوزان]] في
كتابة شكوى رسمية بالإنجليزية، ورقمها [[REFERENCE:IVL-58214]]. بعد أسبوعين زارتنا
الموظفة [[PERSON:كلير]] ([[PERSON:Claire Hennessy]]) مع مسّاح، فوجدا أن مزراب
السطح مكسور وأن الماء ينزل داخل الجدار منذ سنوات. أصلحوا المزراب، وركّبوا مراوح
تهوية في الحمّام والمطبخ، وعالجوا الجدران وأعادوا طلاءها، ودفعوا لنا 350 جنيهًا
تعويضًا عن الملابس والإزعاج. وصار عندنا موعد فحص كل خريف. من يريد أن يسألني عن
التجربة يمكنه أن يكتب لي على [[EMAIL:rahaf.alali@example.com]]. مع الشكر،
[[PERSON:أم يزن]]
"""),
    ),
    (
        "fv2p-ar-02",
        "ar",
        _s("""
من نشرة المستأجرين في [[ORGANISATION:Thameside Homes]]: ماذا تعلّمنا من شكوى ضجيج.
أنا [[PERSON:نور الهدى حداد]]، مسؤولة سكن في الفريق الشرقي. في العام الماضي وصلتنا
شكوى من السيد [[PERSON:سعيد المصري]]، وهو رجل عمره [[AGE:73 عامًا]] يسكن في
[[ADDRESS:الشقة 4]] في [[ADDRESS:Riverside Court]]، قرب [[ADDRESS:مسجد النور]] الذي
يصلّي فيه الفجر كل يوم. السيد [[PERSON:سعيد]] مصاب بمرض [[HEALTH:باركنسون]]، وكان
جاره في [[ADDRESS:الشقة 8]]، الذي يسمّيه الجميع [[PERSON:ريكي]]، يشغّل الموسيقى
بصوت عالٍ حتى الثالثة فجرًا، وكلبه ينبح طوال النهار. لم يكن الرجل سعيدًا بطريقة
تعاملنا معه في البداية: فُتح ملف سلوك معادٍ للمجتمع برقم [[REFERENCE:ASB-33871]]،
ثم أُغلق بعد شهر لأن أحدًا لم يرد على مكالماته. قدّم ابنه [[PERSON:كريم]] شكوى
رسمية، فأعدتُ فتح الملف. زرت الشقتين، وتبيّن أن [[PERSON:ريكي]] (واسمه في العقد
[[PERSON:Richard Pell]]) يعمل ليلًا ولا يعرف أن الجدران رقيقة إلى هذا الحد. رتّبنا
جلسة وساطة، وركّبنا جهاز قياس للضجيج، ووافق على خفض الصوت بعد العاشرة وعلى تدريب
الكلب. دفعنا للسيد [[PERSON:المصري]] 200 جنيه عن التأخير، واعتذرنا كتابيًا. ما
الذي غيّرناه؟ لا يُغلق أي ملف ضجيج قبل أن نتحدث مع صاحب الشكوى وجهًا لوجه أو
بالهاتف. ومن يريد الحديث معي بالعربية يمكنه الاتصال على [[PHONE:020 7946 0338]] أو
مراسلتي على [[EMAIL:n.haddad@thamesidehomes.example]].
"""),
    ),
    (
        "fv2p-ar-03",
        "ar",
        _s("""
السلام عليكم، أنا [[PERSON:عثمان]]، وأكتب نيابةً عن والدي الحاج
[[PERSON:الطيب عبد الرحيم]]، وهو [[OTHER_SPECIAL:سوداني]] من مواليد
[[DATE_OF_BIRTH:الأول من يناير 1949]]، ويسكن وحده في [[ADDRESS:22 Hollybush Lane]]،
[[POSTCODE:bs57ht]]. رقم التأمين الوطني الخاص به [[NI_NUMBER:NW 38 61 04 D]]، وقد
طلبوه منّا مرتين للتأكد من هويته. في ديسمبر الماضي تعطّل المرجل، وبقي البيت بلا
تدفئة ولا ماء ساخن اثني عشر يومًا. والدي مريض بـ[[HEALTH:السكري]] وعنده
[[HEALTH:فشل كلوي]]، والبرد خطر عليه. اتصلنا بشركة
[[ORGANISATION:Avonside Housing Trust]] من هاتف البيت [[PHONE:٠١١٧ ٤٩٦ ٠٦٤٩]]، فأرسلوا
المقاول [[ORGANISATION:Severn Gas Services]]، وجاء المهندس [[PERSON:ستيف]] ثلاث مرات
وقال في كل مرة إن القطعة لم تصل. أعطونا سخّانًا كهربائيًا صغيرًا واحدًا لبيت من
ثلاث غرف. كتبتُ شكوى رسمية، رقمها [[REFERENCE:AHT 772019]]، وذكرت فيها أن والدي كان
يجب أن يكون على قائمة الأولوية منذ البداية. جاء الرد خلال خمسة أيام: اعتذروا،
وقالوا إن ملفه لم يكن فيه أي إشارة إلى حالته الصحية رغم أن طبيبه أرسل رسالة قبل
سنة. ركّبوا مرجلًا جديدًا في اليوم التالي، وأعطوه ثلاثة سخانات، ودفعوا 275 جنيهًا
تعويضًا وثمن الكهرباء الإضافية. والآن في ملفه علامة تعني أن أي عطل في التدفئة
يُصلح خلال أربع وعشرين ساعة. أرجو أن ترسلوا أي مراسلات لي أيضًا على
[[EMAIL:othman.altayeb@example.net]]. وجزاكم الله خيرًا. [[PERSON:عثمان الطيب]]
"""),
    ),
    (
        "fv2p-ar-04",
        "ar",
        _s("""
مرحبا [[PERSON:ديما]]، هاي قصة الصراصير يلي وعدتك فيها، إذا بدك تحطيها بصفحة الجالية.
أنا [[PERSON:لينا]]، بس الكل بينادوني [[PERSON:لولو]]، ساكنة بالطابق التالت بـ
[[ADDRESS:Marlowe House]]، البناية يلي فوق [[ADDRESS:فرن الشام]] مباشرة. من الصيف
الماضي والصراصير بكل مكان، بالمطبخ وبالحمام وحتى بغرفة النوم. جارتي
[[PERSON:أم فادي]] يلي ب[[ADDRESS:الشقة 12]] نفس الشي، وعندها بنت عمرها
[[AGE:خمس سنين]]. المضحك إنو شركة [[ORGANISATION:Clearwater Estates]] كانت عم تاخد
مننا 240 باوند بالسنة ضمن رسوم الخدمة على "مكافحة الحشرات"، وما حدا شاف ولا مرة
حدا جاي يرش شي. كتبت شكوى وحطيت صور الصراصير والفاتورة، ورقم الشكوى
[[REFERENCE:CW/SC/4410]]. أول رد كان إنو الشغل "بينعمل كل ثلاث شهور". طلبت أشوف
تقارير الزيارات، وما قدروا يبعتوا ولا تقرير. بعدين اتصل فيني موظف اسمه
[[PERSON:جوناثان]]، ذوق كتير، واعترف إنو العقد مع الشركة انتهى من سنتين وضلّوا
يحسبوه علينا. رجّعولنا الفلوس عن سنتين، وإجت شركة رش جديدة وعالجت البناية كلها،
وسدّوا الفتحات حوالين المواسير. إذا حدا بدو يحكي معي: رقمي
[[PHONE:صفر سبعة سبعة صفر صفر، تسعمية، تسعة خمسة تسعة]]، أو عالانستا
[[OTHER_ID:@lulu.bakes.ldn]]. وخبريهم يصوروا كل شي ويطلبوا التقارير، هاد يلي غيّر
كل شي.
"""),
    ),
    (
        "fv2p-bn-01",
        "bn",
        _s("""
আমার নাম [[PERSON:রুবিনা খাতুন]]। আমি আমার স্বামী [[PERSON:জামাল]] আর তিন বাচ্চা নিয়ে
[[ADDRESS:৩৭ নম্বর Ashfield Street]]-এ থাকি, পোস্টকোড [[POSTCODE:E1 2PJ]]।
[[ADDRESS:Darul Hadis Masjid]]-এর ঠিক পেছনের বাড়িটা আমাদের। বড় মেয়ে
[[PERSON:শান্তি]]-র বয়স [[AGE:১২ বছর]], সে [[ADDRESS:Harford Street Primary]]-তে পড়ত,
এখন সেকেন্ডারিতে। ছোট ছেলে [[PERSON:আরিয়ান]]-এর বয়স [[AGE:তিন বছর]]। দুই বছর ধরে
বাচ্চাদের ঘরের দেয়ালে কালো ছত্রাক। [[PERSON:আরিয়ানের]]
কথা বলতে গেলে, [[ADDRESS:Stepney Green Medical Practice]]-এর ডাক্তার বললেন ওর
[[HEALTH:হাঁপানি]] হয়েছে, আর ঘরের স্যাঁতসেঁতে ভাব এর একটা কারণ। রাতে শান্তিতে
ঘুমাতে পারতাম না, ওর কাশির শব্দে। [[ORGANISATION:Tower Quay Homes]]-কে বারবার
ফোন করেছি [[PHONE:০৭৭০০ ৯০০৬২১]] নম্বর থেকে, ওরা শুধু বলত জানালা খুলে রাখুন। শেষে
আমার ভাগ্নে লিখিত অভিযোগ করতে সাহায্য করল, রেফারেন্স [[REFERENCE:TQH-91027]]। তারপর
[[PERSON:সারা ওয়াটসন]] নামে একজন অফিসার এলেন, সঙ্গে একজন সার্ভেয়ার। তাঁরা দেখলেন
ছাদের একটা টালি ভাঙা, বৃষ্টির পানি দেয়ালের ভেতর দিয়ে নামছে। এক মাসের মধ্যে
ছাদ ঠিক হলো, ঘরে একটা বাতাস চলাচলের মেশিন বসানো হলো, দেয়াল নতুন করে রং করা
হলো। ওরা ক্ষমা চেয়ে চিঠি দিল আর ৪০০ পাউন্ড ক্ষতিপূরণ দিল। এখন
[[PERSON:আরিয়ান]] অনেক ভালো আছে, ইনহেলার কম লাগে। যাদের একই সমস্যা, তাদের বলব,
ডাক্তারের চিঠি নিয়ে লিখিত অভিযোগ করুন, ফোনে কিছু হয় না। [[PERSON:রুবিনা]]
"""),
    ),
    (
        "fv2p-bn-02",
        "bn",
        _s("""
আমি [[PERSON:তানভীর আহমেদ]], [[ORGANISATION:Limehouse Cut Housing]]-এর কমিউনিটি
অফিসার। আমাদের বাংলা নিউজলেটারের জন্য একটা অভিযোগের কথা লিখছি, ভাড়াটিয়ার
অনুমতি নিয়ে। জনাব [[PERSON:আব্দুল মালিক]], বয়স [[AGE:৮৪]], থাকেন
[[ADDRESS:ফ্ল্যাট ৫২, Bow Common Tower]]-এ, ষোলো তলায়। তাঁর [[HEALTH:কিডনি রোগ]]
আছে, সপ্তাহে তিন দিন হাসপাতালে ডায়ালাইসিসে যেতে হয়। গত শীতে টাওয়ারের দুটো লিফটই
তিন সপ্তাহ বন্ধ ছিল। তাঁর নাতি [[PERSON:রনি]] প্রতিদিন আমাদের ফোন করত, কিন্তু
প্রতিবার নতুন কেউ ফোন ধরত আর বলত ইঞ্জিনিয়ার আসছে। লিফট কোম্পানি
[[ORGANISATION:Liftcare London]] একটা যন্ত্রাংশের অপেক্ষায় ছিল, সেটা কেউ অর্ডারই করেনি।
জনাব [[PERSON:মালিক]] দুটো ডায়ালাইসিস মিস করেন। তখন [[PERSON:রনি]] লিখিত অভিযোগ করে,
রেফারেন্স [[REFERENCE:LCH/2024/1183]], সঙ্গে দাদার NHS নম্বর
[[OTHER_ID:৯৯৯ ৫১৮ ৩৩০৬]] আর হাসপাতালের চিঠি। অভিযোগটা আমার কাছে আসার পর আমরা একই
দিনে সিঁড়ি দিয়ে নামানোর একটা যন্ত্র আর দুজন প্রশিক্ষিত কর্মী পাঠাই, হাসপাতালে
যাওয়ার জন্য ট্যাক্সির ব্যবস্থা করি। লিফট ঠিক হয় আরও পাঁচ দিন পর। আমরা লিখিতভাবে
ক্ষমা চেয়েছি আর ৩৫০ পাউন্ড দিয়েছি। কী বদলালাম: প্রতিটি টাওয়ারে যাঁরা সিঁড়ি ব্যবহার
করতে পারেন না তাঁদের একটা তালিকা এখন আছে, আর লিফট ২৪ ঘণ্টার বেশি বন্ধ থাকলে
তাঁদের সবাইকে আমরা নিজেরাই ফোন করি। বাংলায় কথা বলতে চাইলে আমাকে ফোন করুন
[[PHONE:020 7946 0945]] নম্বরে।
"""),
    ),
    (
        "fv2p-bn-03",
        "bn",
        _s("""
ভাই, অনেকে জিজ্ঞেস করছিল ভাড়ার ঝামেলাটা কীভাবে মিটল, তাই এখানে লিখে দিলাম। আমি
[[PERSON:শাকিল]], পুরো নাম [[PERSON:শাকিল হোসেন চৌধুরী]], থাকি
[[ADDRESS:ফ্ল্যাট 3B, Cedar House]]-এ, [[ADDRESS:Sadia Sweets]]-এর ঠিক উপরে। জুন
মাসে দেখি [[ORGANISATION:Eastgate Living]] আমার অ্যাকাউন্ট থেকে একই মাসের ভাড়া দুবার
কেটে নিয়েছে, তারপর জুলাইয়েও দুবার। যে অ্যাকাউন্টের শেষে [[OTHER_ID:৪৪০২]], সেটা
প্রায় খালি হয়ে গেল, আমার বন্ধু [[PERSON:বাবু]]-র কাছ থেকে ধার করে বাজার করতে হলো।
ফোনে বলল সিস্টেম আপডেটের সমস্যা, ঠিক হয়ে যাবে। ঠিক হলো না। উল্টো পরের চিঠিতে
লেখা আমার নাকি বকেয়া আছে! তখন অনলাইনে অভিযোগ করলাম, রেফারেন্স
[[REFERENCE:EGL-RA-30771]]। ওরা পরিচয় যাচাইয়ের জন্য আমার জন্মতারিখ
[[DATE_OF_BIRTH:১৯৯৮ সালের ৫ মে]] আর ন্যাশনাল ইনস্যুরেন্স নম্বর
[[NI_NUMBER:SH 71 40 28 C]] চাইল, দিলাম। দশ দিন পর [[PERSON:ক্যারেন]] নামে
একজন ফোন করলেন, খুব ভদ্র। উনি স্বীকার করলেন যে নতুন সিস্টেমে প্রায় চল্লিশ জন
ভাড়াটের ডাইরেক্ট ডেবিট দুবার চলেছে। আমার ১,০৪০ পাউন্ড ফেরত এল, সঙ্গে ৭৫ পাউন্ড
ক্ষতিপূরণ আর ব্যাংকের চার্জ। ভুল বকেয়ার চিঠিটাও লিখিতভাবে তুলে নিল। কেউ যদি একই
ঝামেলায় থাকেন, ইমেইল করতে পারেন [[EMAIL:shakil.hc@example.com]]-এ, আমি আমার চিঠিগুলো
দেখিয়ে দেব। আর হ্যাঁ, ব্যাংক স্টেটমেন্টের স্ক্রিনশট রেখে দেবেন।
"""),
    ),
    (
        "fv2p-bn-04",
        "bn",
        _s("""
পাড়ার কথা: এই সংখ্যায় আমরা কথা বলেছি [[ADDRESS:Collingwood Estate]]-এর
[[PERSON:মিনারা বেগম]]-এর সঙ্গে। তাঁর বয়স [[AGE:পঞ্চান্ন বছর]], সেলাইয়ের কাজ করেন।
প্রশ্ন: সমস্যাটা কী ছিল? [[PERSON:মিনারা]]: আমাদের উপরের [[ADDRESS:১৪ নম্বর ফ্ল্যাট]]-এ একজন নতুন
লোক এল, সবাই ওকে [[PERSON:ড্যানি]] বলে। প্রতি রাতে জোরে গান, চিৎকার, দরজা
ধাক্কানো। আমার ছেলে [[PERSON:ইমরান]] তখন [[ADDRESS:Morpeth School]]-এ জিসিএসই দিচ্ছিল,
পড়তে পারত না। প্রশ্ন: বাড়িওয়ালাকে জানিয়েছিলেন? [[PERSON:মিনারা]]: [[ORGANISATION:Poplar Reach Housing]]-কে
অনেকবার জানিয়েছি। একটা কেস খুলল, নম্বর [[REFERENCE:ASB-22-0419]], কিন্তু তিন মাস কেউ
আসেনি। আমাকে ডায়েরি লিখতে বলল, আমি লিখলাম, কেউ পড়ল না। প্রশ্ন: তারপর?
[[PERSON:মিনারা]]: আমার বোনের মেয়ে [[PERSON:তাসলিমা]] আনুষ্ঠানিক অভিযোগ লিখে দিল। তখন
[[PERSON:পিটার]] নামে একজন ম্যানেজার এসে ডায়েরি পড়লেন, রাতে শব্দ মাপার যন্ত্র
বসালেন। [[PERSON:ড্যানির]] সঙ্গে কথা বলে জানা গেল ওর কিছু সমস্যা ছিল, ওকে সাহায্যের ব্যবস্থা
করা হলো। এখন অনেক শান্ত। ওরা লিখিতভাবে দুঃখ প্রকাশ করেছে আর ২৫০ পাউন্ড দিয়েছে।
প্রশ্ন: পাঠকদের জন্য কোনো পরামর্শ? [[PERSON:মিনারা]]: চুপ করে থাকবেন না। আমাকে ফোন করতে
পারেন [[PHONE:০২০ ৭৯৪৬ ০৭৭২]]। আপনার গল্পও আমাদের পাঠান, আমাদের পেজ
[[OTHER_ID:@banglapara_news]]।
"""),
    ),
    (
        "fv2p-pa-01",
        "pa",
        _s("""
ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ। ਮੇਰਾ ਨਾਮ [[PERSON:ਗੁਰਬਚਨ ਸਿੰਘ ਸੰਧੂ]] ਹੈ, ਉਮਰ [[AGE:78 ਸਾਲ]]। ਮੈਂ ਅਤੇ ਮੇਰੀ
ਘਰਵਾਲੀ [[PERSON:ਸੁਰਜੀਤ ਕੌਰ]] [[ADDRESS:ਮਕਾਨ ਨੰਬਰ 9, Lime Tree Avenue]], [[POSTCODE:B20 3LS]]
ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ, [[ADDRESS:ਗੁਰਦੁਆਰਾ ਸਿੰਘ ਸਭਾ]] ਤੋਂ ਦੋ ਘਰ ਛੱਡ ਕੇ। ਅਸੀਂ
[[OTHER_SPECIAL:ਅੰਮ੍ਰਿਤਧਾਰੀ ਸਿੱਖ]] ਹਾਂ ਅਤੇ ਰੋਜ਼ ਸਵੇਰੇ ਗੁਰਦੁਆਰੇ ਜਾਂਦੇ ਹਾਂ। ਪਿਛਲੇ ਦਸੰਬਰ
ਸਾਡਾ ਬੋਇਲਰ ਬੰਦ ਹੋ ਗਿਆ। [[PERSON:ਸੁਰਜੀਤ]] ਨੂੰ [[HEALTH:ਗਠੀਆ]] ਹੈ, ਠੰਢ ਵਿੱਚ ਉਸਦੇ ਜੋੜ ਬਹੁਤ
ਦੁਖਦੇ ਹਨ। ਮੈਂ [[ORGANISATION:Handsworth Vale Homes]] ਨੂੰ ਆਪਣੇ ਘਰ ਦੇ ਫ਼ੋਨ
[[PHONE:੦੧੨੧ ੪੯੬ ੦੭੧੪]] ਤੋਂ ਪੰਜ ਵਾਰ ਫ਼ੋਨ ਕੀਤਾ। ਇੰਜੀਨੀਅਰ [[PERSON:ਡੇਵ]] ਦੋ ਵਾਰ ਆਇਆ,
ਦੋਵੇਂ ਵਾਰ ਕਿਹਾ ਕਿ ਪੁਰਜ਼ਾ ਮੰਗਵਾਇਆ ਹੈ। ਨੌਂ ਦਿਨ ਅਸੀਂ ਇੱਕ ਛੋਟੇ ਹੀਟਰ ਨਾਲ ਕੱਟੇ। ਫਿਰ
ਮੇਰੇ ਪੋਤੇ, ਜਿਸਨੂੰ ਸਾਰੇ [[PERSON:ਹੈਪੀ]] ਕਹਿੰਦੇ ਹਨ, ਨੇ ਈਮੇਲ ਰਾਹੀਂ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਨੰਬਰ
[[REFERENCE:HVH-40318]]। ਉਸਨੇ ਲਿਖਿਆ ਕਿ ਘਰ ਵਿੱਚ ਦੋ ਬਜ਼ੁਰਗ ਹਨ ਅਤੇ ਇੱਕ ਬਿਮਾਰ ਹੈ।
ਅਗਲੇ ਹੀ ਦਿਨ [[PERSON:ਐਂਜੇਲਾ]] ਨਾਂ ਦੀ ਅਫ਼ਸਰ ਦਾ ਫ਼ੋਨ ਆਇਆ। ਉਸਨੇ ਮਾਫ਼ੀ ਮੰਗੀ, ਤਿੰਨ ਤੇਲ
ਵਾਲੇ ਹੀਟਰ ਭੇਜੇ, ਅਤੇ ਦੋ ਦਿਨਾਂ ਵਿੱਚ ਨਵਾਂ ਬੋਇਲਰ ਲੱਗ ਗਿਆ। ਲਿਖਤੀ ਜਵਾਬ ਵਿੱਚ ਉਨ੍ਹਾਂ
ਮੰਨਿਆ ਕਿ ਸਾਡੇ ਰਿਕਾਰਡ ਵਿੱਚ ਉਮਰ ਅਤੇ ਬਿਮਾਰੀ ਦਾ ਕੋਈ ਨੋਟ ਨਹੀਂ ਸੀ। ਹੁਣ ਨੋਟ ਲੱਗ ਗਿਆ
ਹੈ, ਅਤੇ 200 ਪੌਂਡ ਬਿਜਲੀ ਦੇ ਖ਼ਰਚ ਲਈ ਵੀ ਮਿਲੇ। ਹੁਣ ਅਸੀਂ ਖ਼ੁਸ਼ ਹਾਂ। [[PERSON:ਹੈਪੀ]] ਪੁੱਤਰ
ਦਾ ਬਹੁਤ ਧੰਨਵਾਦ। ਵਾਹਿਗੁਰੂ ਮਿਹਰ ਕਰੇ।
"""),
    ),
    (
        "fv2p-pa-02",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਹਰਪ੍ਰੀਤ ਕੌਰ ਢਿੱਲੋਂ]] ([[PERSON:Harpreet Kaur Dhillon]]) ਹਾਂ। ਅਸੀਂ ਆਪਣੀ ਸੱਸ
ਅਤੇ ਦੋ ਬੱਚਿਆਂ ਨਾਲ [[ADDRESS:14 Ravensworth Road]], [[POSTCODE:ne47fr]] ਵਿੱਚ ਰਹਿੰਦੇ
ਹਾਂ। ਵੱਡਾ ਪੁੱਤਰ [[PERSON:ਜੱਸ]] [[AGE:ਸੱਤ ਸਾਲ]] ਦਾ ਹੈ ਅਤੇ
[[ADDRESS:Benwell Hill Primary]] ਵਿੱਚ ਪੜ੍ਹਦਾ ਹੈ, ਛੋਟੀ ਧੀ [[PERSON:ਖ਼ੁਸ਼ੀ]] [[AGE:4
ਸਾਲਾਂ]] ਦੀ ਹੈ। ਸਾਡੇ ਘਰ ਦੀ ਪਿਛਲੀ ਕੰਧ ਵਿੱਚ ਸਾਲਾਂ ਤੋਂ ਸਿੱਲ੍ਹ ਸੀ, ਅਤੇ ਸੱਸ ਜੀ ਦੇ ਕਮਰੇ
ਵਿੱਚ ਉੱਲੀ ਛੱਤ ਤੱਕ ਪਹੁੰਚ ਗਈ ਸੀ। ਉਨ੍ਹਾਂ ਨੂੰ [[HEALTH:ਸੀਓਪੀਡੀ]] ਹੈ। ਉਨ੍ਹਾਂ ਦੇ ਡਾਕਟਰ ਨੇ
[[ADDRESS:Elswick Family Practice]] ਤੋਂ ਚਿੱਠੀ ਲਿਖੀ, ਜਿਸ ਵਿੱਚ ਉਨ੍ਹਾਂ ਦਾ NHS ਨੰਬਰ
[[OTHER_ID:999 613 2458]] ਸੀ। ਮੈਂ ਇਹ ਚਿੱਠੀ [[ORGANISATION:Tyne Gateway Housing]] ਨੂੰ
ਭੇਜੀ, ਪਰ ਤਿੰਨ ਮਹੀਨੇ ਕੋਈ ਜਵਾਬ ਨਹੀਂ ਆਇਆ। ਫਿਰ ਮੈਂ ਰਸਮੀ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਹਵਾਲਾ ਨੰਬਰ
[[REFERENCE:TGH/DM/2093]]। ਸਰਵੇਅਰ [[PERSON:ਮਾਈਕਲ]] ਆਇਆ ਅਤੇ ਉਸਨੇ ਦੇਖਿਆ ਕਿ ਬਾਹਰ
ਮਿੱਟੀ ਕੰਧ ਦੇ ਡੈਂਪ ਕੋਰਸ ਤੋਂ ਉੱਚੀ ਹੋ ਗਈ ਸੀ ਅਤੇ ਪਾਣੀ ਅੰਦਰ ਆ ਰਿਹਾ ਸੀ। ਉਨ੍ਹਾਂ ਨੇ
ਮਿੱਟੀ ਹਟਾਈ, ਕੰਧ ਸੁਕਾਈ, ਨਵਾਂ ਪਲਸਤਰ ਕੀਤਾ ਅਤੇ ਕਮਰੇ ਵਿੱਚ ਪੱਖਾ ਲਗਾਇਆ। ਸੱਸ ਜੀ ਇਸ
ਦੌਰਾਨ ਮੇਰੀ ਨਣਾਨ ਦੇ ਘਰ ਰਹੇ। ਉਨ੍ਹਾਂ ਨੇ ਮਾਫ਼ੀ ਮੰਗੀ ਅਤੇ 500 ਪੌਂਡ ਮੁਆਵਜ਼ਾ ਦਿੱਤਾ, ਨਾਲ ਹੀ
ਮੰਨਿਆ ਕਿ ਡਾਕਟਰ ਦੀ ਚਿੱਠੀ ਗ਼ਲਤ ਫ਼ਾਈਲ ਵਿੱਚ ਲੱਗ ਗਈ ਸੀ। [[PERSON:ਜੱਸ]] ਹੁਣ ਕਹਿੰਦਾ ਹੈ ਕਿ
ਦਾਦੀ ਦਾ ਕਮਰਾ ਸਭ ਤੋਂ ਸੋਹਣਾ ਹੈ। ਕੋਈ ਗੱਲ ਕਰਨੀ ਹੋਵੇ ਤਾਂ [[PHONE:0191 498 0627]] ਜਾਂ
[[EMAIL:harpreet.dhillon@example.org]] ਉੱਤੇ ਸੰਪਰਕ ਕਰੋ।
"""),
    ),
    (
        "fv2p-pa-03",
        "pa",
        _s("""
[[ORGANISATION:Southall Green Housing]] ਵੱਲੋਂ ਕੇਸ ਸਟੱਡੀ। ਲਿਖਣ ਵਾਲੀ: [[PERSON:ਮਨਦੀਪ ਗਿੱਲ]],
ਟੈਨੈਂਸੀ ਅਫ਼ਸਰ। ਪਿਛਲੇ ਸਾਲ ਬੀਬੀ [[PERSON:ਬਲਵਿੰਦਰ ਕੌਰ]], ਜੋ [[ADDRESS:ਫਲੈਟ 2, Havelock Court]]
ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ, ਨੇ ਸ਼ਿਕਾਇਤ ਕੀਤੀ ਕਿ ਬਿਲਡਿੰਗ ਦੀ ਪਾਰਕਿੰਗ ਵਿੱਚ ਇੱਕ ਆਦਮੀ, ਜਿਸਨੂੰ ਸਾਰੇ
[[PERSON:ਲੱਕੀ]] ਕਹਿੰਦੇ ਹਨ, ਕਾਰਾਂ ਦੀ ਮੁਰੰਮਤ ਦਾ ਕੰਮ ਚਲਾ ਰਿਹਾ ਸੀ। ਹਰ ਵੇਲੇ ਦੋ ਤਿੰਨ ਕਾਰਾਂ
ਖੜ੍ਹੀਆਂ ਰਹਿੰਦੀਆਂ, ਜਿਵੇਂ [[OTHER_ID:WN19 FHT]] ਅਤੇ [[OTHER_ID:LD63 YBC]], ਇੰਜਣ ਚੱਲਦੇ,
ਤੇਲ ਡੁੱਲ੍ਹਦਾ, ਅਤੇ ਰਾਤ ਨੂੰ ਹਥੌੜੇ ਵੱਜਦੇ। ਬੀਬੀ ਜੀ ਦਾ ਪੋਤਾ [[PERSON:ਅਰਜਨ]], ਜੋ
[[AGE:ਨੌਂ ਸਾਲ]] ਦਾ ਹੈ, ਉਨ੍ਹਾਂ ਕੋਲ ਰਹਿੰਦਾ ਹੈ ਅਤੇ ਉਸਨੂੰ [[HEALTH:ਦਮਾ]] ਹੈ; ਧੂੰਏਂ ਨਾਲ ਉਸਦੀ
ਤਕਲੀਫ਼ ਵਧ ਗਈ। ਪਹਿਲਾਂ ਅਸੀਂ ਇਹ ਕੇਸ, ਨੰਬਰ [[REFERENCE:SGH-ASB-0912]], "ਪਾਰਕਿੰਗ ਦਾ
ਮਾਮਲਾ" ਕਹਿ ਕੇ ਕੌਂਸਲ ਵੱਲ ਭੇਜ ਦਿੱਤਾ। ਇਹ ਸਾਡੀ ਗ਼ਲਤੀ ਸੀ, ਕਿਉਂਕਿ ਪਾਰਕਿੰਗ ਸਾਡੀ ਜ਼ਮੀਨ ਹੈ।
ਬੀਬੀ [[PERSON:ਬਲਵਿੰਦਰ]] ਜੀ ਨੇ ਦੂਜੇ ਪੜਾਅ ਦੀ ਸ਼ਿਕਾਇਤ ਕੀਤੀ। ਮੈਂ ਜਾ ਕੇ ਦੇਖਿਆ, ਫ਼ੋਟੋਆਂ
ਲਈਆਂ, ਅਤੇ [[PERSON:ਲੱਕੀ]] ਨਾਲ, ਜਿਸਦਾ ਪੂਰਾ ਨਾਮ [[PERSON:ਲਖਵਿੰਦਰ ਸਿੰਘ ਮਾਨ]] ਹੈ, ਗੱਲ
ਕੀਤੀ। ਉਸਨੂੰ ਲਿਖਤੀ ਚੇਤਾਵਨੀ ਦਿੱਤੀ ਗਈ, ਤਿੰਨ ਕਾਰਾਂ ਹਟਵਾਈਆਂ ਗਈਆਂ, ਅਤੇ ਪਾਰਕਿੰਗ ਵਿੱਚ
ਪਰਮਿਟ ਸਕੀਮ ਸ਼ੁਰੂ ਹੋਈ। ਬੀਬੀ ਜੀ ਨੂੰ 300 ਪੌਂਡ ਅਤੇ ਲਿਖਤੀ ਮਾਫ਼ੀ ਮਿਲੀ। ਅਸੀਂ ਕੀ ਬਦਲਿਆ:
ਹੁਣ ਕੋਈ ਵੀ ਐਂਟੀਸੋਸ਼ਲ ਕੇਸ ਕਿਸੇ ਹੋਰ ਦਫ਼ਤਰ ਵੱਲ ਭੇਜਣ ਤੋਂ ਪਹਿਲਾਂ ਅਸੀਂ ਜ਼ਮੀਨ ਦੀ ਮਾਲਕੀ
ਚੈੱਕ ਕਰਦੇ ਹਾਂ। ਪੰਜਾਬੀ ਵਿੱਚ ਗੱਲ ਕਰਨ ਲਈ ਮੈਨੂੰ [[PHONE:020 7946 0861]] ਉੱਤੇ ਫ਼ੋਨ ਕਰੋ।
"""),
    ),
    (
        "fv2p-pa-04",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਰਾਜਿੰਦਰ ਪਾਲ]] ਹਾਂ, ਪਰ ਮੁਹੱਲੇ ਵਿੱਚ ਸਾਰੇ ਮੈਨੂੰ [[PERSON:ਰਾਜੂ]] ਕਹਿੰਦੇ ਹਨ। ਸਾਡੀ
ਦੁਕਾਨ [[ADDRESS:Raju's Mini Market]] ਹੈ, ਅਤੇ ਅਸੀਂ ਦੁਕਾਨ ਦੇ ਉੱਤੇ
[[ADDRESS:ਫਲੈਟ 1A, 88 Soho Hill]], [[POSTCODE:B19 1AE]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ। ਫਲੈਟ
[[ORGANISATION:Midland Heartlands Housing]] ਦਾ ਹੈ। ਪਿਛਲੀਆਂ ਸਰਦੀਆਂ ਵਿੱਚ ਫਲੈਟ ਵਿੱਚ ਚੂਹੇ
ਆ ਗਏ, ਰਸੋਈ ਵਿੱਚ, ਅਲਮਾਰੀਆਂ ਵਿੱਚ, ਬੱਚਿਆਂ ਦੇ ਕਮਰੇ ਵਿੱਚ ਵੀ। ਮੇਰੀ ਘਰਵਾਲੀ [[PERSON:ਕਮਲ]]
ਸਾਰੀ ਰਾਤ ਜਾਗਦੀ ਰਹਿੰਦੀ। ਲੈਂਡਲਾਰਡ ਨੇ [[ORGANISATION:Rapid Pest Solutions]] ਨੂੰ ਭੇਜਿਆ, ਉਹ
ਜ਼ਹਿਰ ਰੱਖ ਕੇ ਚਲੇ ਗਏ, ਪਰ ਚੂਹੇ ਆਉਂਦੇ ਰਹੇ। ਮੈਂ ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਹਵਾਲਾ
[[REFERENCE:MHH-PC-5521]]। ਉਨ੍ਹਾਂ ਨੇ ਪਹਿਚਾਣ ਲਈ ਮੇਰੀ ਜਨਮ ਮਿਤੀ
[[DATE_OF_BIRTH:੩ ਅਗਸਤ ੧੯੬੫]] ਅਤੇ ਨੈਸ਼ਨਲ ਇੰਸ਼ੋਰੈਂਸ ਨੰਬਰ [[NI_NUMBER:PK 40 92 61 A]] ਮੰਗਿਆ।
ਪਹਿਲਾ ਜਵਾਬ ਆਇਆ ਕਿ ਚੂਹੇ ਦੁਕਾਨ ਵਿੱਚੋਂ ਆ ਰਹੇ ਹਨ, ਇਸ ਲਈ ਇਹ ਮੇਰੀ ਜ਼ਿੰਮੇਵਾਰੀ ਹੈ। ਪਰ
ਦੁਕਾਨ ਵਿੱਚ ਤਾਂ ਇੱਕ ਵੀ ਚੂਹਾ ਨਹੀਂ ਸੀ, ਕੌਂਸਲ ਦਾ ਫ਼ੂਡ ਇੰਸਪੈਕਟਰ ਵੀ ਇਹ ਲਿਖ ਕੇ ਗਿਆ ਸੀ।
ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ ਸਰਵੇਅਰ [[PERSON:ਪੌਲ ਬ੍ਰਿਗਸ]] ਆਇਆ ਅਤੇ ਛੱਤ ਦੇ ਕੋਲ ਪਾਈਪ ਦੇ ਨਾਲ ਵੱਡਾ ਮੋਰਾ
ਲੱਭਿਆ, ਜਿਹੜਾ ਨਾਲ ਦੀ ਖਾਲੀ ਬਿਲਡਿੰਗ ਵੱਲ ਖੁੱਲ੍ਹਦਾ ਸੀ। ਮੋਰਾ ਬੰਦ ਕੀਤਾ ਗਿਆ, ਖ਼ਰਾਬ ਹੋਇਆ
ਸਾਮਾਨ ਬਦਲਿਆ ਗਿਆ, ਅਤੇ 450 ਪੌਂਡ ਮਿਲੇ। ਕਿਸੇ ਨੂੰ ਸਲਾਹ ਚਾਹੀਦੀ ਹੋਵੇ ਤਾਂ ਈਮੇਲ ਕਰੋ
[[EMAIL:raju.minimarket@example.com]] ਜਾਂ ਫ਼ੋਨ ਕਰੋ
[[PHONE:ਜ਼ੀਰੋ ਸੱਤ ਸੱਤ ਜ਼ੀਰੋ ਜ਼ੀਰੋ, ਨੌਂ ਸੌ, ਤਿੰਨ ਪੰਜ ਅੱਠ]]। [[PERSON:ਰਾਜੂ]]
"""),
    ),
    (
        "fv2p-pl-01",
        "pl",
        _s("""
Szanowni Państwo, nazywam się [[PERSON:Krzysztof Wilczyński]] (data urodzenia
[[DATE_OF_BIRTH:17.11.1962]], numer NI [[NI_NUMBER:WL 63 88 20 A]]) i wraz z żoną
[[PERSON:Bożeną]] wynajmuję [[ADDRESS:mieszkanie nr 15, Lambert House]],
[[POSTCODE:NG7 3HR]], od [[ORGANISATION:Trentside Homes]]. Piszę, aby podsumować
sprawę opłaty za ogrzewanie, która została już rozwiązana, ale która kosztowała nas
wiele nerwów. Budynek ma wspólną kotłownię, a koszt ciepła jest doliczany do opłaty
serwisowej według odczytów liczników. Od kwietnia 2023 roku nasz rachunek wzrósł z 38
do 141 funtów miesięcznie, choć zużywaliśmy mniej niż wcześniej, bo
[[PERSON:Bożena]] przez pół roku była w Polsce u chorej siostry. Dzwoniłem wiele razy.
Za każdym razem słyszałem, że „liczniki nie kłamią”. Złożyłem formalną skargę, numer
[[REFERENCE:TH/SC/88105]], i dołączyłem zdjęcia licznika z datami. Sprawą zajęła się
pani [[PERSON:Joanne Hughes]] z zespołu opłat serwisowych. Po rozmowie z panią
[[PERSON:Hughes]] okazało się, że nasz licznik został w systemie zamieniony z
licznikiem mieszkania piętro wyżej, gdzie mieszka pięcioosobowa rodzina. Odpowiedź na
skargę przyznała błąd. Zwrócono nam 1 236 funtów nadpłaty, dodano 100 funtów
rekompensaty, a rodzina z góry nie musiała dopłacać różnicy naraz, tylko w ratach.
Sprawdzono też liczniki w całym budynku. Dziękuję pani [[PERSON:Joanne]] za
cierpliwość. Proszę o korespondencję na adres [[EMAIL:k.wilczynski@example.net]] lub
telefonicznie pod numerem [[PHONE:07700 900246]]. Z poważaniem,
[[PERSON:K. Wilczyński]]
"""),
    ),
    (
        "fv2p-pl-02",
        "pl",
        _s("""
Cześć dziewczyny, piszę, bo może komuś się przyda, a w grupie sporo z Was pytało o
grzyb. Jestem [[PERSON:Gosia]] (na profilu [[OTHER_ID:@gosia_w_anglii]]), mieszkamy z
mężem i dziećmi pod [[ADDRESS:dziewiątką]] na [[ADDRESS:Meadowbank estate]]. [[PERSON:Zosia]]
ma [[AGE:5 lat]] i chodzi do [[ADDRESS:Meadowbank Infants]], a [[PERSON:Bartek]] ma
[[AGE:dwa latka]]. Od zeszłej jesieni w sypialni dzieci zaczął się czarny grzyb, za
szafą i przy oknie. W styczniu [[PERSON:Bartuś]] dostał [[HEALTH:zapalenia oskrzeli]]
i lekarka z [[ADDRESS:Larkfield Surgery]] od razu zapytała, czy mamy wilgoć w domu.
[[ORGANISATION:Greenacre Housing Group]] najpierw przysłało ulotkę o wietrzeniu, potem
pana, który pomalował ścianę farbą antygrzybiczną. Po trzech tygodniach grzyb wrócił.
Sąsiadka [[PERSON:Sharon]] spod [[ADDRESS:siódemki]] powiedziała mi, żebym złożyła
oficjalną skargę i opisała wszystko z datami. Tak zrobiłam, numer skargi
[[REFERENCE:GHG-114502]]. Pomógł mi też ksiądz z [[ADDRESS:parafii Matki Boskiej
Częstochowskiej]], bo napisał list, że dzieci chorują. Tym razem przyszedł inspektor z
kamerą termowizyjną i znalazł dziurę w izolacji nad oknem. W dwa tygodnie
naprawili ścianę, założyli wentylator, wymienili okno, a za zniszczone ubranka i meble
dostaliśmy 380 funtów. Dostałam też przeprosiny na piśmie. Od kwietnia
[[PERSON:Bartusia]] ani razu nie bolało gardło, a [[PERSON:Zosi]] wreszcie nie
śmierdzą ubrania. Nie odpuszczajcie, piszcie skargi, róbcie zdjęcia!
"""),
    ),
    (
        "fv2p-pl-03",
        "pl",
        _s("""
Studium przypadku przygotowane przez [[PERSON:Martę Kowalczyk-Reid]], specjalistkę ds.
skarg w [[ORGANISATION:Wharfedale Housing]]. Pani [[PERSON:Halina]],
[[AGE:88-letnia]] lokatorka [[ADDRESS:mieszkania 71, Kirkgate Tower]], choruje na
[[HEALTH:chorobę Alzheimera]] i mieszka sama na dziewiętnastym piętrze. Jesienią
2024 roku winda w budynku psuła się jedenaście razy w ciągu dwóch miesięcy. Firma
serwisowa [[ORGANISATION:Apex Lifts]] za każdym razem ją uruchamiała, ale nikt nie
szukał przyczyny. Pani [[PERSON:Halina]] utknęła w windzie dwukrotnie, raz na ponad
godzinę, i bardzo się przestraszyła. Jej syn, [[PERSON:Paweł Nowicki]], złożył
skargę, numer [[REFERENCE:WH-LIFT-2207]], dołączając list od pielęgniarki z numerem NHS
mamy, [[OTHER_ID:999 872 1046]]. Skarga trafiła do mnie. Po rozmowie z
[[PERSON:Pawłem]] i wizycie u pani [[PERSON:Haliny]] ustaliliśmy trzy rzeczy: winda
miała zużyty sterownik drzwi, który trzeba było wymienić, nasz rejestr osób wymagających
pomocy przy ewakuacji nie obejmował pani [[PERSON:Haliny]], a telefony
[[PERSON:Pawła]] trafiały za każdym razem do innej osoby. Sterownik wymieniono w ciągu
tygodnia. Do planu ewakuacji dodano osobisty plan dla pani [[PERSON:Haliny]], a w
windzie zamontowano telefon alarmowy z dużymi przyciskami. Rodzina otrzymała 250
funtów i przeprosiny. Teraz każda rodzina ma jednego opiekuna sprawy. Kontakt ze mną
po polsku: [[PHONE:0113 496 0918]].
"""),
    ),
    (
        "fv2p-pl-04",
        "pl",
        _s("""
Piszę w imieniu mojej mamy, [[PERSON:Danuty Lis]], która mieszka pod adresem
[[ADDRESS:12 Orchard Row]], [[POSTCODE:SL1 4XW]], niedaleko
[[ADDRESS:kościoła św. Antoniego]], do którego chodzi codziennie. Mama ma
[[AGE:70 lat]] (urodziła się [[DATE_OF_BIRTH:3 marca 1955]]) i mieszka sama od śmierci
taty. Od lutego w domu obok, pod [[ADDRESS:numerem 14]], zamieszkał mężczyzna o imieniu
[[PERSON:Dean]]. Imprezy do rana, trzaskanie drzwiami, a kiedy mama zwróciła mu uwagę,
zaczął krzyczeć, że jest [[OTHER_SPECIAL:Polką]] i ma „wracać do siebie”. Mama bała się
wychodzić z domu. Zgłaszałem to do [[ORGANISATION:Riverside Vale Homes]] kilkanaście
razy, założono sprawę [[REFERENCE:RVH/ASB/5530]], ale nic się nie działo. Co gorsza,
przy jednym zgłoszeniu poproszono mamę o numer paszportu, [[OTHER_ID:ER4419072]], „do
weryfikacji”, jakby to ona była podejrzana. Złożyłem formalną skargę. Odpowiedział pan
[[PERSON:Adrian Cole]] z zespołu ds. zachowań antyspołecznych. Przyznał, że obelgi
powinny być od razu potraktowane jako incydent na tle nienawiści i że paszport nie był
potrzebny. Rozmawiał z [[PERSON:Deanem]] razem z policją, wydano ostrzeżenie na
piśmie, a mamie zamontowano kamerę przy drzwiach. Od czterech miesięcy jest spokój.
Mama dostała 300 funtów rekompensaty i list z przeprosinami. Jeśli ktoś ma podobny
problem, proszę pisać: [[EMAIL:michal.lis@poczta.example]]. [[PERSON:Michał Lis]]
"""),
    ),
    (
        "fv2p-ro-01",
        "ro",
        _s("""
Stimate domnule sau doamnă, mă numesc [[PERSON:Ioana Stănescu]] și locuiesc cu soțul
meu, [[PERSON:Radu]], și cu fiul nostru, [[PERSON:Ștefan]], în
[[ADDRESS:apartamentul 5, Brunswick House]], [[POSTCODE:N17 6RB]]. [[PERSON:Ștefan]] are
[[AGE:9 ani]] și învață la [[ADDRESS:Lordship Lane Primary]]. Vă scriu ca să vă
mulțumesc pentru felul în care s-a încheiat plângerea noastră despre igrasie, numărul
[[REFERENCE:LVH-DM-7714]]. Timp de doi ani, peretele din camera lui
[[PERSON:Ștefan]] a fost acoperit de mucegai negru. Medicul de familie de la
[[ADDRESS:Philip Lane Surgery]] a confirmat că băiatul are [[HEALTH:astm]] și ne-a dat o
scrisoare pentru proprietar. Am trimis-o la [[ORGANISATION:Lea Valley Homes]] de trei
ori. De fiecare dată am primit același răspuns: să aerisim și să nu uscăm rufe în
casă. În aprilie am făcut plângere oficială. A venit domnul [[PERSON:Gary Whitfield]],
inspector, care a găsit o țeavă de scurgere spartă în peretele dintre noi și vecinii
de la [[ADDRESS:numărul 6]]. Mulțumită lui [[PERSON:Gary]], țeava a fost înlocuită în
zece zile, peretele a fost uscat și tratat, iar camera a fost zugrăvită din nou. Am
primit o scrisoare de scuze și 420 de lire despăgubire pentru mobila stricată. Soțul
meu, [[PERSON:Radu]], spune că abia acum simte că locuim într-o casă, nu într-o
pivniță. Dacă aveți nevoie de mine, mă găsiți la [[PHONE:020 7946 0294]]. Cu
stimă, [[PERSON:Ioana Stănescu]]
"""),
    ),
    (
        "fv2p-ro-02",
        "ro",
        _s("""
Salutare tuturor din grup! Vă povestesc pe scurt cum am rezolvat cu chiria, poate
ajută pe cineva. Sunt [[PERSON:Florin Dumitru]], stau cu soția mea,
[[PERSON:Floarea]], la [[ADDRESS:48 Hathersage Road]], chiar lângă
[[ADDRESS:Magazin Transilvania]], cine ne știe știe. În martie, agenția
[[ORGANISATION:Castlegate Lettings]] mi-a luat chiria de două ori din contul care se
termină în [[OTHER_ID:3381]], cod de sortare [[OTHER_ID:20-45-77]]. Apoi mi-au trimis
scrisoare că am restanțe de 650 de lire, că plata din aprilie „n-a intrat”. Am sunat,
mi-au zis că e problema băncii. Banca zicea că e problema lor. Un prieten,
[[PERSON:Gigi]], care a mai avut o pățanie la fel, mi-a zis să fac plângere în scris
și să cer extrasul contului de chirie. Am făcut-o, numărul plângerii e
[[REFERENCE:CGL-20417]]. Mi-au cerut să confirm identitatea cu numărul de asigurare
[[NI_NUMBER:TC 58 30 61 D]]. După două săptămâni m-a sunat o doamnă,
[[PERSON:Bernadette]], de la departamentul de conturi. Sistemul lor nou pusese plata
din aprilie pe alt chiriaș cu același nume de familie. Mi-au returnat plata dublă,
au șters restanța, mi-au dat 80 de lire pentru comisioanele băncii și o scrisoare de
scuze. Deci: cereți extrasul, nu vă luați după ce zic la telefon! Pentru întrebări,
scrieți-mi la [[EMAIL:florin.dumitru88@example.com]] sau sunați la
[[PHONE:0161 496 0457]]. Sănătate tuturor!
"""),
    ),
    (
        "fv2p-ro-03",
        "ro",
        _s("""
Studiu de caz, echipa de locuire a [[ORGANISATION:Medway Shore Housing]]. Familia
[[PERSON:Lăcătuș]] locuiește la [[ADDRESS:numărul 27]] din [[ADDRESS:Saxon Fields estate]]
și merge duminica la [[ADDRESS:Biserica Penticostală Betel]], aflată pe aceeași stradă.
Sunt o familie de [[OTHER_SPECIAL:romi]] din România. Mama, [[PERSON:Mirela Lăcătuș]],
vorbește bine românește, dar puțin engleză. Anul trecut, acoperișul a început să
curgă. Am trimis șase scrisori despre lucrarea [[REFERENCE:MSH-J-66031]], toate în
engleză. Fiica ei, [[PERSON:Speranța]], de [[AGE:14 ani]], le traducea seara, iar de două
ori a lipsit de la școală ca să-l primească pe muncitor. Când echipa nu a găsit pe
nimeni acasă, lucrarea a fost anulată. Familia aproape își pierduse speranța. Doamna
[[PERSON:Mirela]] a făcut plângere cu ajutorul pastorului [[PERSON:Viorel]]. Colega
noastră, [[PERSON:Adriana Popa]], care vorbește românește, a preluat cazul. Ea a
constatat că în dosar nu fusese trecută limba preferată, deși familia o ceruse la
semnarea contractului. Acoperișul a fost reparat într-o săptămână, iar familia a
primit 250 de lire și scuze scrise în română. Ce am schimbat: limba preferată apare
acum pe fiecare ordin de lucru, iar copiii nu mai sunt folosiți ca interpreți. Pentru
cazuri în română, [[PERSON:Adriana]] poate fi sunată la [[PHONE:07700 900830]].
"""),
    ),
    (
        "fv2p-ro-04",
        "ro",
        _s("""
Subsemnatul [[PERSON:Gheorghe Munteanu]], născut la [[DATE_OF_BIRTH:2 aprilie 1950]],
chiriaș la [[ADDRESS:casa nr. 6, Beech Grove]], [[POSTCODE:LE4 7BN]], împreună cu
soția mea, [[PERSON:Lenuța]], în vârstă de [[AGE:72 de ani]]. Scrisoarea o scrie fiul
nostru, [[PERSON:Cosmin]], după ce i-am spus ce să pună. Suntem
[[OTHER_SPECIAL:ortodocși]] și mergem la [[ADDRESS:Parohia Ortodoxă Română Sfântul
Nicolae]], care e la zece minute de casă. Din octombrie am auzit noaptea zgârieturi în
pod. Erau șobolani. Au ros firele de la lumină și o țeavă, și apa a curs pe tavanul
din dormitor. Eu am [[HEALTH:diabet]] și soția are probleme cu inima, așa că ne-a fost
frică. Am sunat la [[ORGANISATION:Soar Valley Housing]] de multe ori. Au venit de două
ori și au pus otravă, dar nu au închis găurile pe unde intrau. Atunci
[[PERSON:Cosmin]] a făcut plângere, numărul [[REFERENCE:SVH 30-118]]. A venit domnul
[[PERSON:Nigel Barrowby]], care a găsit o gaură mare lângă burlan și sub țiglele de
la marginea acoperișului. În trei săptămâni au închis găurile, au schimbat firele și
țeava, au reparat tavanul și au curățat podul. Ne-au cerut scuze în scris și ne-au
dat 300 de lire. Mulțumim mult. Pentru orice întrebare, numărul nostru este
[[PHONE:zero unu unu trei, patru nouă șase, zero trei doi unu]]. Cu respect,
[[PERSON:Gheorghe]] și [[PERSON:Lenuța Munteanu]]
"""),
    ),
    (
        "fv2p-ur-01",
        "ur",
        _s("""
میرا نام [[PERSON:فرزانہ کوثر]] ہے۔ میں اپنے شوہر [[PERSON:آصف]] اور دو بچوں کے ساتھ
[[ADDRESS:مکان نمبر 52، Whitworth Street]]، [[POSTCODE:OL11 3DN]] میں رہتی ہوں،
[[ADDRESS:جامع مسجد غوثیہ]] کے بالکل سامنے۔ بیٹی [[PERSON:سحر]] [[AGE:11 سال]] کی ہے اور
[[ADDRESS:Deeplish Primary]] میں پڑھتی ہے۔ میرا بیٹا [[PERSON:عمر]]، جس کی عمر
[[AGE:تین سال]] ہے، پچھلی سردیوں میں بار بار بیمار ہوا۔ [[ADDRESS:Milkstone Road Surgery]]
کے ڈاکٹر نے بتایا کہ اسے [[HEALTH:دمہ]] ہے اور گھر کی نمی اسے اور بگاڑ رہی ہے۔ بچوں کے
کمرے کی دیوار پر کالی پھپھوندی تھی، الماری کے پیچھے کپڑے خراب ہو جاتے تھے۔ میں نے
[[ORGANISATION:Pennine Rise Housing]] کو اپنے نمبر [[PHONE:0161 496 0719]] سے کئی بار فون
کیا، ہر بار کہا گیا کہ کھڑکیاں کھولیں اور کپڑے اندر نہ سکھائیں۔ آخرکار میں نے تحریری
شکایت کی، حوالہ نمبر [[REFERENCE:PRH-46620]]۔ اس کے بعد [[PERSON:ڈیبی]] نام کی ایک
افسر آئیں، بہت اچھی خاتون تھیں۔ ان کے ساتھ آئے سروے کرنے والے نے دیکھا کہ باہر کی
گٹر کی پائپ ٹوٹی ہوئی ہے اور بارش کا پانی سیدھا دیوار میں جا رہا ہے۔ تین ہفتوں میں پائپ
بدلا گیا، دیوار خشک کر کے نیا پلستر کیا گیا، اور کمرے میں ہوا کا پنکھا لگایا گیا۔ انہوں
نے تحریری معافی مانگی اور 350 پاؤنڈ معاوضہ دیا۔ اب [[PERSON:عمر]] کو انہیلر کی ضرورت کم
پڑتی ہے اور [[PERSON:سحر]] کہتی ہے کہ اس کے کمرے سے اب بو نہیں آتی۔ جن بہنوں کو یہی
مسئلہ ہے، ان سے گزارش ہے کہ ڈاکٹر کا خط ساتھ لگا کر لکھ کر شکایت کریں۔ والسلام،
[[PERSON:فرزانہ]]
"""),
    ),
    (
        "fv2p-ur-02",
        "ur",
        _s("""
[[ORGANISATION:Aston Brook Homes]] کی طرف سے ایک کیس اسٹڈی، تحریر: [[PERSON:عمران بٹ]]،
کمیونٹی ہاؤسنگ افسر۔ محترمہ [[PERSON:زبیدہ خانم]] کی عمر [[AGE:86 برس]] ہے اور وہ
[[ADDRESS:فلیٹ نمبر ۹۱، Lyndhurst Tower]] میں اکیلی رہتی ہیں، جو سترہویں منزل پر ہے۔ دو
سال پہلے انہیں [[HEALTH:فالج]] ہوا تھا اور اب وہ واکر کے بغیر نہیں چل سکتیں۔ پچھلے
مارچ میں ٹاور کی دونوں لفٹیں سترہ دن بند رہیں۔ لفٹ کمپنی
[[ORGANISATION:Midland Lift Engineering]] کا کہنا تھا کہ پرزہ جرمنی سے آئے گا۔ اس دوران
محترمہ [[PERSON:زبیدہ]] فزیوتھراپی کے تین سیشن اور ایک ڈاکٹر کی ملاقات سے محروم رہیں۔
ان کا پوتا [[PERSON:بلال]]، جسے گھر والے [[PERSON:بلو]] کہتے ہیں، روزانہ سیڑھیاں چڑھ کر
کھانا پہنچاتا رہا۔ [[PERSON:بلال]] نے شکایت درج کرائی، حوالہ [[REFERENCE:ABH/LF/3091]]،
اور ساتھ ہسپتال کا خط اور دادی کا NHS نمبر [[OTHER_ID:۹۹۹ ۳۰۷ ۶۶۱۸]] بھی بھیجا۔
ہماری غلطی یہ تھی کہ ہمارے پاس یہ فہرست ہی نہیں تھی کہ کون سے رہائشی سیڑھیاں استعمال
نہیں کر سکتے۔ شکایت ملنے کے بعد ہم نے اسی ہفتے ان کے لیے گراؤنڈ فلور پر ایک عارضی فلیٹ
کا انتظام کیا، ٹیکسی سے ان کی ملاقاتیں دوبارہ طے کروائیں، اور 400 پاؤنڈ معاوضہ دیا۔
اب ہر ٹاور میں ایسے رہائشیوں کی فہرست موجود ہے، اور لفٹ بارہ گھنٹے سے زیادہ بند ہو تو
ہم خود ان سے رابطہ کرتے ہیں۔ اردو یا پنجابی میں بات کرنے کے لیے مجھے
[[PHONE:0121 496 0552]] پر فون کریں۔
"""),
    ),
    (
        "fv2p-ur-03",
        "ur",
        _s("""
میں [[PERSON:شاہد اقبال]] ہوں اور اپنی بیوی [[PERSON:نسرین]] کے ساتھ
[[ADDRESS:7 Moorland Terrace]]، [[POSTCODE:bd89lp]] میں رہتا ہوں۔ ہمارے ساتھ والے گھر میں
ایک آدمی رہتا ہے جسے سب [[PERSON:ٹونی]] کہتے ہیں۔ پچھلے سال وہ ہر رات دیر تک اونچی
آواز میں موسیقی لگاتا، اور آدھی رات کو اپنی گاڑی [[OTHER_ID:BF16 UKM]] کا انجن گھر کے
سامنے زور زور سے چلاتا۔ جب میں نے اسے روکا تو اس نے ہمیں [[OTHER_SPECIAL:مسلمان]] ہونے
کی وجہ سے گالیاں دیں، اور پھر اپنے اکاؤنٹ [[OTHER_ID:@tonyb_bd8]] سے ہمارے گھر کی
تصویر ڈال کر مذاق اڑایا۔ [[PERSON:نسرین]] کو پہلے ہی [[HEALTH:ڈپریشن]] ہے، وہ گھر سے
نکلنے سے ڈرنے لگی۔ میں نے [[ORGANISATION:Bradford Moor Homes]] کو شکایت کی، کیس نمبر
[[REFERENCE:BMH-ASB-7702]]۔ پہلے دو مہینے کچھ نہ ہوا، صرف کہا گیا کہ شور کی ڈائری رکھیں۔
پھر میں نے باقاعدہ شکایت لکھی اور ڈائری کے ساتھ وہ پوسٹ بھی بھیجی۔ اس کے بعد
[[PERSON:ریچل]] نام کی افسر نے فون کیا، معافی مانگی اور کہا کہ یہ نفرت پر مبنی واقعہ ہے
اور اسے اسی طرح دیکھا جانا چاہیے تھا۔ انہوں نے پولیس کے ساتھ مل کر [[PERSON:ٹونی]] کو
تحریری وارننگ دی، پوسٹ ہٹوائی، اور ہمارے دروازے پر کیمرا لگوایا۔ ہمیں 250 پاؤنڈ بھی ملے۔
اب چھ مہینے سے سکون ہے۔ اگر کسی کے ساتھ ایسا ہو رہا ہو تو مجھ سے بات کر سکتے ہیں:
[[PHONE:۰۷۷۰۰ ۹۰۰۵۳۸]]۔ [[PERSON:شاہد]]
"""),
    ),
    (
        "fv2p-ur-04",
        "ur",
        _s("""
محترم جناب، میں [[PERSON:نوید الرحمٰن]] ([[PERSON:Naveed Ur Rehman]])، تاریخ پیدائش
[[DATE_OF_BIRTH:۱۵ جنوری ۱۹۹۰]]، [[ADDRESS:فلیٹ 4C، Sandringham Court]]،
[[POSTCODE:LS8 2QE]] کا کرایہ دار ہوں۔ مجھے دو سال پہلے [[OTHER_SPECIAL:پناہ گزین]] کا
درجہ ملا اور یہ میرا پہلا گھر ہے۔ [[ORGANISATION:Roundhay Park Housing]] نے پچھلے سال
میرے سروس چارج میں "باغبانی" کے 312 پاؤنڈ ڈالے، حالانکہ ہماری عمارت کے ساتھ کوئی باغ
ہی نہیں، صرف کار پارک ہے۔ میں نے فون کیا تو کہا گیا کہ پہلے اپنی شناخت ثابت کریں، اور
مجھ سے میرا BRP نمبر [[OTHER_ID:ZR8402613]] اور نیشنل انشورنس نمبر
[[NI_NUMBER:SP 29 41 07 B]] مانگا گیا۔ پھر بھی کوئی جواب نہ آیا۔ ایڈوائس سینٹر میں
[[PERSON:نور]] نام کی ایک رضاکار نے میری مدد کی اور ہم نے مل کر تحریری شکایت لکھی،
حوالہ نمبر [[REFERENCE:RPH-SC-1906]]۔ جواب میں کمپنی نے مانا کہ باغبانی کا ٹھیکہ غلطی
سے ساتھ والی عمارت کے بجائے ہماری عمارت پر لگ گیا تھا، اور یہ غلطی عمارت کے تمام
بارہ فلیٹوں کے ساتھ ہوئی۔ سب کو رقم واپس ملی، مجھے 312 پاؤنڈ کے ساتھ 50 پاؤنڈ اضافی،
اور یہ بھی تسلیم کیا گیا کہ سروس چارج کے سوال کے لیے BRP نمبر مانگنا ضروری نہیں تھا۔
[[PERSON:نور]] باجی کا بہت شکریہ، ان کی وجہ سے اندھیرے میں روشنی نظر آئی۔ آئندہ خط و
کتابت کے لیے میرا ای میل [[EMAIL:naveed.rehman@mail.example]] ہے۔ شکریہ،
[[PERSON:نوید]]
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
