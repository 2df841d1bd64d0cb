"""A ninth batch of fresh stories under version 2 of the marking, by a ninth writer.

Twelve English stories and four each in Arabic, Bengali, Gurmukhi Punjabi, Polish,
Romanian and Urdu, none of them a tidy letter: a podcast transcript whose guest's name is
the capitalised speaker label, exhibition photo captions, a resident's notebook dated "the
3rd of the 4th", a Welsh landlord's press release (with the soft-mutated "Dŵr Cadno"), a
Traveller-site petition signed by pitch, a mediator's account of a neighbour dispute, survey
answers (Q1:, س1:, ਸਵਾਲ 1., Întrebarea 1.), witness statements signed with initials, text
exchanges without timestamps whose speaker labels are nicknames, a thank-you card in Scots, an
older woman's single run-on sentence with a phone number and a date of birth in words, an
interpreter's third-person summary, a Facebook-group thread whose speakers are @handles, a
Polish pensioner dictating a number as words, and community-radio interviews. Names that are
also ordinary words sit beside their ordinary uses (Summer/summer, Grace/grace,
Precious/precious, أمل, صابر, جميل, খুশি, আশা, তারা, আলো, রুপালি, ਜੋਤ, ਅਮਨ, ਫ਼ਤਿਹ, Lis/lis,
Kot/kot, Mróz/mróz, Róża/róże, Floarea/floare, Doina/doina, Ursu/urs, سحر, شمع, خوشی,
امید); kinship words, kunyas (أبو يوسف, أم يوسف), diminutives and inflected forms; partial
addresses (flats, pitches, rooms, blocks, "piątki"); schools, surgeries, a mosque, a
gurdwara, a mandir, churches, a pub and corner shops that place a home; NHS, NI, passport,
residence-permit, bank and vehicle numbers; and plenty of unmarked towns, hospitals, job
titles, Citizens Advice, Shelter, the Ombudsman, money, dates and counts.

Measured on 7 December 2026 at first sight: leak-free 36.1% of 36 (13 stories), recall
90.3%, precision 89.8%, special recall 86.4%; leak-free by language en 50.0% of 12, ar
50.0%, bn 25.0%, pa 0.0%, pl 0.0%, ro 50.0%, ur 50.0% of 4 each. The misses were bare first
names and nicknames in Arabic and Gurmukhi speaker labels and vocatives (كريم, نور, ਪ੍ਰੀਤ,
ਅਮਨ), names that are also ordinary words (Mercy Lee, Patience Smith, Spider, তারা মিয়া,
امید علی, صبا) and Polish diminutives (Grzesiek), Gurmukhi initials, a pub, a corner shop, a
Traveller site, pitches and a bare "14b" as addresses, bare ages in answers and speech
("four", "61", "58 de ani", "আট বছর"), a Polish date of birth in words and an account's last
four digits.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block):
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2i-en-01",
        "en",
        _s("""
Four Walls, episode 14, transcript. HOST: Welcome back to Four Walls, the Make Things
Right podcast. I'm [[PERSON:Rhys Penhaligon]], and with me is [[PERSON:Dawn Ashworth]], who
spent two winters without proper heating. [[PERSON:Dawn]], set the scene.
[[PERSON:DAWN]]: Top floor, [[ADDRESS:flat 47, Gresley House]], on the
[[ADDRESS:Marsh Lane estate]] in Bootle. Seventeen floors, and the lifts broke every other
Tuesday. HOST: And the landlord? [[PERSON:DAWN]]: [[ORGANISATION:Merseyvale Homes]]. The
boiler went in the November. They kept sending a lad called [[PERSON:Sonny]] who'd bleed the
radiators and go. Lovely lad, wrong job. HOST: When did it turn? [[PERSON:DAWN]]: When my
youngest, [[PERSON:Summer]], she was [[AGE:four]] then, got [[HEALTH:bronchiolitis]] and
spent six nights on a ward at Alder Hey. Everyone kept telling me it would sort itself out by
summer. Our health visitor wrote to them, and I went to the Housing Ombudsman, case
[[REFERENCE:202414577]]. HOST: And the outcome? [[PERSON:DAWN]]: New boiler in nine days,
an apology from the director, and £1,150. HOST: Any advice for listeners?
[[PERSON:DAWN]]: Keep a notebook. Dates, times, names, the lot. And if you're stuck,
Shelter's helpline got me started. HOST: [[PERSON:Dawn]], thank you.
"""),
    ),
    (
        "fv2i-en-02",
        "en",
        _s("""
Captions for the Make Things Right exhibition, [[ADDRESS:Calder Point]] panel. Photo 1: The stairwell at
[[ADDRESS:Calder Point]], [[POSTCODE:hx1 5tn]], in March 2025. Water ran down these steps for
eleven weeks. Photo by [[PERSON:Benedict Osei]] ([[OTHER_ID:@benny_shoots_halifax]]).
Photo 2: [[PERSON:Benny]]'s own hallway at [[ADDRESS:flat 9c]]. The black marks reach 1.4
metres. Photo 3: Mrs [[PERSON:Grace Mbeki-Lowe]], [[AGE:79]], on her doorstep at
[[ADDRESS:number 12]] with her grandson [[PERSON:Tayo]]. She put up with the leak with good
grace for far too long, she says. Photo 4: The van that finally came:
[[ORGANISATION:Pennine Damp & Roofing]], registration [[OTHER_ID:YK21 HDW]], parked outside
[[ADDRESS:the Weavers Rest]], which is how every visitor is told to find the block. Photo 5:
The complaint letter to [[ORGANISATION:Calderdale Community Homes]], reference
[[REFERENCE:CCH-4471-R]], with the reply underneath. Photo 6: The new roof membrane,
October, 340 square metres of it. Photo 7: [[PERSON:Tayo]] painting the mural by the bin
store. Photo 8: The residents' group, left to right: [[PERSON:Benny]],
[[PERSON:Shazia Noor]], Mrs [[PERSON:Mbeki-Lowe]], the caretaker, and the chair of the
board. All photographs shown with permission. Prints for sale at £5; write to
[[EMAIL:calderpoint.residents@example.org]].
"""),
    ),
    (
        "fv2i-en-03",
        "en",
        _s("""
From my notebook, copied out for the campaign. Mon 3rd of the 4th: Rang
[[ORGANISATION:Wrekin Vale Housing]] again about the damp in [[PERSON:Lily]]'s room. 40 mins
on hold. Told a surveyor would ring. Weds 5th: Nobody rang. [[PERSON:Lily]] coughing all
night. Fri 7th: Took her to [[ADDRESS:Oakengates Medical Practice]]. Dr
[[PERSON:Amadi]] says the [[HEALTH:asthma]] is worse and wrote a letter, NHS no.
[[OTHER_ID:401 223 9087]] at the top. Mon 10th: Emailed the letter to
[[EMAIL:complaints@wrekinvale.example.org]]. Got ref [[REFERENCE:WVH/CMP/30917]]. 22nd of
the 4th: Surveyor from [[ORGANISATION:Hallam Building Surveys]] at last. Cavity insulation
failed on the whole gable end. Said, off the record, this should never have been left. 2nd
of the 5th: Moved us to the ground-floor flat at [[ADDRESS:8 Bourne Walk]] while the works
are done. [[PERSON:Lily]] turned [[AGE:seven]] on the Sunday, cake on a borrowed table, a
bunch of lilies from next door. 19th of the 6th: Back home to
[[ADDRESS:flat 3, 27 Holyhead Road]]. Walls dry. Stage 2 reply admits "unacceptable delay",
£900 and a new extractor fan in the kitchen and bathroom. [[PERSON:Lily]] slept right
through for the first time since January.
"""),
    ),
    (
        "fv2i-en-04",
        "en",
        _s("""
PRESS RELEASE, for immediate use. [[ORGANISATION:Taf Ely Housing]] says sorry to
[[ADDRESS:Tŵr Cadno]] residents after 11-week lift outage. The housing association has paid
£185,000 in compensation to 140 households in the Pontypridd block and replaced both lifts.
Tenant [[PERSON:Iolo Vaughan-Price]], [[AGE:67]], who has lived at [[ADDRESS:flat 88]]
since 1991 and has used a wheelchair since a [[HEALTH:stroke]], said: "Croeso i
[[ADDRESS:Dŵr Cadno]], we used to joke. For eleven weeks I couldn't get to the shop, let alone
chapel. My neighbour [[PERSON:Catrin]] from [[ADDRESS:number 86]] carried my shopping up
fourteen floors. Duw, she's a star. Diolch to her, not to them." Chief Executive
[[PERSON:Fenella Dowd]] said: "We failed Mr [[PERSON:Vaughan-Price]] and his neighbours. We
should have hired temporary stair climbers in week one, not week nine." The Housing
Ombudsman's investigation, case [[REFERENCE:202501983]], found severe maladministration.
Both lifts now have remote monitoring and a four-hour response target. Media enquiries:
[[EMAIL:press@tafely.example.com]] or [[PHONE:020 7946 0417]], out of hours
[[PHONE:07700 900 236]]. Notes to editors: the association manages 9,400 homes across
Rhondda Cynon Taf and is regulated by the Welsh Government.
"""),
    ),
    (
        "fv2i-en-05",
        "en",
        _s("""
PETITION to [[ORGANISATION:Fenmarsh District Council]]. We, the undersigned residents of the
[[ADDRESS:Long Drove Traveller Site]], ask the council, as our landlord, to put right what
its own inspection found in July: three amenity blocks with no hot water, a septic tank
overflowing onto [[ADDRESS:pitches 4 to 7]], and no lighting on the track. We have been at
the mercy of that tank for two summers. Most of us are [[OTHER_SPECIAL:Romany Gypsy]] or
[[OTHER_SPECIAL:Irish Traveller]] families who have lived here for thirty years. Complaint
reference [[REFERENCE:FDC-COMP-11820]]. Signed: 1. [[PERSON:Bridie Doherty]],
[[ADDRESS:pitch 3]]. 2. [[PERSON:Johnny 'Spider' Ward]], [[ADDRESS:pitch 4]]. 3.
[[PERSON:Mercy Lee]], [[ADDRESS:pitch 5]], aged [[AGE:81]], who has
[[HEALTH:kidney failure]] and needs clean water for her machine. 4.
[[PERSON:Nelson Smith]], [[ADDRESS:pitch 7]]. 5. [[PERSON:Patience Smith]],
[[ADDRESS:pitch 7]]. 6. [[PERSON:Levi Boswell]], [[ADDRESS:pitch 9]], on behalf of his
mother and three children under 10. [[PERSON:Spider]] will hand this in at the council
offices on Thursday 4 September at 10am. Questions to [[PERSON:Bridie]] on
[[PHONE:0113 496 0552]].
"""),
    ),
    (
        "fv2i-en-06",
        "en",
        _s("""
Mediator's account, shared with both parties' agreement. I met [[PERSON:Wendell Forbes]], who
lives in the ground-floor flat at [[ADDRESS:14a Pargeter Street]], and
[[PERSON:Agnieszka Rudd]], who lives above him at [[ADDRESS:14b]], in the library on two
Thursday evenings in May. [[ORGANISATION:Blakenall Homes]] had opened an antisocial behaviour
case against each of them, [[REFERENCE:ASB-22/1047]] and [[REFERENCE:ASB-22/1051]]. Mr
[[PERSON:Forbes]] has [[HEALTH:tinnitus]] and hears the spin cycle through his ceiling at
2am. Ms [[PERSON:Rudd]] is a night porter at Walsall Manor Hospital and does her washing
when she gets in. Her son [[PERSON:Kacper]], [[AGE:15]], practises the drums after school,
which [[PERSON:Wendell]] called the last straw. What neither knew was that the floor between
them had no sound insulation at all: the boards had been lifted for a rewire in 2019 and never
made good. Once they saw the surveyor's photos, the anger moved from each other to the
landlord. Both cases were closed. [[ORGANISATION:Blakenall]] laid acoustic matting and a floating floor in
June and paid each household £350. [[PERSON:Kacper]] now practises at the youth club, and
[[PERSON:Wendell]] has promised to come to his first gig.
"""),
    ),
    (
        "fv2i-en-07",
        "en",
        _s("""
Make Things Right resident survey, response 318. Q1. Your name (optional):
[[PERSON:Rowan Teague]] Q2. Date of birth: [[DATE_OF_BIRTH:30.01.90]] Q3. Who is your
landlord? [[ORGANISATION:Tamar Cross Housing]] Q4. What kind of home? A room in a shared
house, [[ADDRESS:Room 6, 41 Mutley Plain]], [[POSTCODE:PL4 6LB]]. Q5. What went wrong? The
shower room had black mould on the ceiling and the fan hadn't worked since I moved in. With
my [[HEALTH:COPD]] I was on steroids twice last winter. Q6. How long did it take to fix?
Fourteen months from the first report. Q7. Who helped you? Citizens Advice, and my support
worker [[PERSON:Jojo]] from the tenancy sustainment team. Q8. What was the outcome? New fan,
ceiling treated and repainted, £640 compensation, and a named officer,
[[PERSON:Stacey Lanyon]], who actually calls back. Q9. Tenancy or complaint number
(optional): [[REFERENCE:TCH-0098813]] Q10. May we contact you? Yes:
[[EMAIL:rowan.teague@example.org]] or [[PHONE:07700 900 318]], weekdays after 4pm. Q11.
Anything else? Ask for the damp and mould policy in writing. 92% of it is fine; the 8% that
isn't is the part that matters.
"""),
    ),
    (
        "fv2i-en-08",
        "en",
        _s("""
WITNESS STATEMENT. Name: [[PERSON:Hortense Abernathy-Clarke]]. Address:
[[ADDRESS:Flat 2, Cedar Lodge, 7 Wyndham Road]], London [[POSTCODE:SE5 9QA]]. Date of
birth: [[DATE_OF_BIRTH:14/03/1953]]. I, [[PERSON:Hortense Abernathy-Clarke]], will say as
follows. 1. I am a retired nurse aged [[AGE:72]]. I have been a secure tenant of
[[ORGANISATION:Camberwell Green Homes]] since 1988, tenancy reference
[[REFERENCE:CGH-T-004471]]. 2. On Saturday 8 February 2025 at about 6.30am water came through
my bathroom ceiling from the flat above. I telephoned the out-of-hours line on
[[PHONE:020 7946 0388]] four times. 3. My neighbour, Mr [[PERSON:Desmond Achebe]] of
[[ADDRESS:Flat 4]], turned off the stopcock himself. No engineer attended until the Monday.
4. Because of my [[HEALTH:osteoporosis]] I could not mop the floor, and Pastor
[[PERSON:Lionel Asante]] from [[ADDRESS:Emmanuel Pentecostal Church]], which is across the
road from my block, sent two young men from the congregation to help. 5. The ceiling was not
repaired until 19 May. My complaint was upheld at stage 2, and I received a written apology
and £1,275. I believe that the facts stated in this witness statement are true. Signed:
[[PERSON:H. Abernathy-Clarke]]. Dated: 3 June 2025.
"""),
    ),
    (
        "fv2i-en-09",
        "en",
        _s("""
[[PERSON:Kez]]: u in?? theres a man from [[ORGANISATION:Brightwell Repairs]] outside ur door
[[PERSON:Precious]]: no at work till 6. is it the damp guy [[PERSON:Kez]]: says hes called
[[PERSON:Marlon]]. white van [[OTHER_ID:LR68 UXT]] [[PERSON:Precious]]: omg finally. tell
him its [[ADDRESS:flat 19]] not 16, the buzzers broke [[PERSON:Kez]]: he says the job sheet
says 16 lol [[PERSON:Precious]]: ref is [[REFERENCE:BR-772019]] tell him that
[[PERSON:Kez]]: hes on the phone to the office now [[PERSON:Kez]]: he wants a number to call
u, giving him [[PHONE:07700900655]] yeah? [[PERSON:Precious]]: yeh. and if he needs the key
auntie [[PERSON:Bisi]] at [[ADDRESS:number 21]] has one [[PERSON:Kez]]:
[[PERSON:Marlon]] says the mould is "quite bad" and hes taking pics [[PERSON:Precious]]:
QUITE bad. [[PERSON:Tobi]] has been wheezing since feb [[PERSON:Kez]]: he says the office
will ring u about moving u out while they do it [[PERSON:Precious]]: they said that in march
[[PERSON:Kez]]: babe i know. screenshot everything and send it to the ombudsman
[[PERSON:Precious]]: already did, its my precious evidence lol. copy went to
[[EMAIL:precious.adeyemi@example.com]] as well so i dont lose it [[PERSON:Kez]]: ur
precious evidence haha. ok hes gone, said tuesday [[PERSON:Precious]]: love u
[[PERSON:kez]]. jollof on me saturday
"""),
    ),
    (
        "fv2i-en-10",
        "en",
        _s("""
Dear [[PERSON:Morag]] and aw the repairs squad at
[[ORGANISATION:Clydeholm Housing Association]], just a wee card tae say thank you. Ye'll mind
the hoose at [[ADDRESS:3 Balgray Wynd]], [[POSTCODE:g51 4ed]], the wan wi the drookit kitchen
an the ceilin that came doon on Hogmanay. Ah wis greetin for days. Ma man [[PERSON:Tam]] has
[[HEALTH:MS]] an couldnae get up the stair tae the bathroom, so we wis baith sleepin in the
livin room wi buckets. Efter ah phoned an emailed an phoned again, ye sent
[[PERSON:Big Davie]] an his laddie, an they had the roof sorted in twa days in the maist
dreich weather ye ever saw. Then the stairlift, then the new kitchen in March. The wee lassie
next door, [[PERSON:Ellie-Mae]], helped pick the tiles, and she's only [[AGE:eight]]. Ah'll
no forget it. If onybody asks whaur we are noo, tell them jist up fae
[[ADDRESS:the Thistle Vaults]], second close on the left, an there's aye a cup o tea an a
blether waitin. [[PERSON:Tam]] says tae tell [[PERSON:Davie]] the kettle's on. Wi love,
[[PERSON:Jessie]] an [[PERSON:Tam McGlashan]] x
"""),
    ),
    (
        "fv2i-en-11",
        "en",
        _s("""
Well I'll tell you how it was because nobody else will, I have been in the bungalow at
[[ADDRESS:number seventeen, Heol y Felin]] since my husband died, twenty-two years
this Christmas, and I was born on the [[DATE_OF_BIRTH:second of February nineteen forty-four]]
so I'm [[AGE:eighty-one]] and I'm not daft whatever they think down the office, and the back
door had been swollen since the autumn so I couldn't lock it and I was frightened at night,
cariad, and I told the girl on the phone and she said it was a low priority job, low
priority, and I said you come and sit here with the door open, and then my
granddaughter [[PERSON:Ffion]] put her own number on the letter,
[[PHONE:oh seven seven double oh, nine double oh, four one two]], and wrote to
[[ORGANISATION:Cwm Arian Housing]] and to the Ombudsman and told them her mam-gu has
[[HEALTH:macular degeneration]] and can't see the key, and a man came out on the
Friday, a lovely boy from [[ORGANISATION:Gower Joinery]], and he put a new door in, and they
sent flowers and a letter saying sorry and two hundred and fifty pounds, which I
gave to [[ADDRESS:Bethania Chapel]] at the end of my road, and the minister, Mr
[[PERSON:Gwilym Rees]], said a prayer for the boy, duw duw, there we are.
"""),
    ),
    (
        "fv2i-en-12",
        "en",
        _s("""
Interpreter's summary (Tigrinya to English) of a meeting at the housing office on 14 October.
Present: Ms [[PERSON:Senait Haile]], tenant; her housing officer,
[[PERSON:Bernadette Quigley]]; the interpreter. Ms [[PERSON:Haile]] says she is
[[OTHER_SPECIAL:Eritrean]] and came to the UK in 2019; she was granted
[[OTHER_SPECIAL:refugee status]] in 2021 and her residence permit number is
[[OTHER_ID:ZR4471093]]. She explains that since she moved into
[[ADDRESS:flat 5, Oxhill Court]], the entrance door has not closed properly and men from the
next block have come into the hallway at night. She says her daughter [[PERSON:Luwam]], who
is [[AGE:nine]] and goes to [[ADDRESS:Hockley Brook Primary]], is now afraid to sleep alone.
She adds that she worships at [[ADDRESS:St Gabriel's Eritrean Orthodox Church]], and the
deacon there helped her write the first complaint in English. Ms [[PERSON:Quigley]]
confirms that the door will be replaced by [[ORGANISATION:Soho Road Building Services]] under
repair job [[REFERENCE:RJ-550281]] and that [[ORGANISATION:Ladywood Homes]] will pay £300.
Ms [[PERSON:Haile]] asks for the money to go to her account, sort code
[[OTHER_ID:20-45-77]], account number [[OTHER_ID:61839025]], and to be called on
[[PHONE:0121 496 0733]] rather than written to.
"""),
    ),
    (
        "fv2i-ar-01",
        "ar",
        _s("""
رسائل بيني وبين ابني، نسختها كما هي لحملة Make Things Right. ماما: [[PERSON:كريم]] حبيبي،
السقف في المطبخ عم ينقّط مرة تانية [[PERSON:كريم]]: من وين بالضبط؟ صوّريلي ماما: من عند
اللمبة. جارتنا [[PERSON:أمل]] من [[ADDRESS:الشقة 7]] بتقول عندها نفس الشي [[PERSON:كريم]]:
هلق بحكي مع [[ORGANISATION:Harbourside Homes]]. شو رقم البلاغ؟ ماما:
[[REFERENCE:HH-R-60418]] [[PERSON:كريم]]: حكيت معهم. قالوا بيجي حدا يوم الخميس الصبح
ماما: نفس الحكي قالوه الشهر الماضي. ما عندي أمل فيهم [[PERSON:كريم]]: لا تيأسي. رح اكتب
شكوى رسمية وحط رقمي [[PHONE:07700 900 871]] بدل رقمك، وعنوانك
[[ADDRESS:الشقة 12، Wellington House]]، اللي فوق [[ADDRESS:Al-Noor Bakery]] ماما: الله
يرضى عليك. أختك [[PERSON:نور]] بتقول لازم نروح على Citizens Advice [[PERSON:كريم]]: منيح.
وإذا ما ردّوا خلال تمن أسابيع منشتكي لأمين المظالم للإسكان ماما: الفني وصل. اسمه
[[PERSON:Darren]]، وسيارته [[OTHER_ID:BF19 KMO]] صافة قدام الفرن [[PERSON:كريم]]: صوّري
السقف قبل ما يبلّش، وابعتيلي الصور على [[EMAIL:karim.haddad@example.com]] ماما: حاضر يا
أستاذ
"""),
    ),
    (
        "fv2i-ar-02",
        "ar",
        _s("""
استبيان السكان، حملة Make Things Right (النسخة العربية). س1: الاسم:
[[PERSON:سعيد عبد الرحمن الحسيني]] س2: تاريخ الميلاد: [[DATE_OF_BIRTH:الخامس عشر من آب 1968]]
س3: الأصل (اختياري): [[OTHER_SPECIAL:يمني]] س4: الجهة المالكة للسكن:
[[ORGANISATION:Tyneside Riverside Housing]] س5: العنوان: [[ADDRESS:14 Hadrian Terrace]]،
[[POSTCODE:NE6 2BX]] س6: ما المشكلة؟ تسرّب غاز من المرجل في تشرين الثاني، وكانت الرائحة
قوية في غرفة النوم. زوجتي مريضة ب[[HEALTH:الربو]]، وابننا [[PERSON:صابر]] عمره
[[AGE:ست سنوات]]. س7: كم استغرق الإصلاح؟ جاء فنّي الطوارئ بعد أربع ساعات وأغلق الغاز، لكن
المرجل الجديد لم يُركَّب إلا بعد ٢٣ يوماً، وبقينا بلا تدفئة ولا ماء ساخن، وكنت صابراً طوال
الوقت. س8: هل ساعدك أحد؟ نعم، إمام [[ADDRESS:مسجد التوحيد]] القريب من بيتنا أعطانا مدفأتين
كهربائيتين. س9: النتيجة؟ اعتذار مكتوب وتعويض قدره ٤٢٠ جنيهاً. رقم الشكوى
[[REFERENCE:TRH-C-7731]]. س10: رقم الهاتف: [[PHONE:٠٧٧٠٠ ٩٠٠ ٥٢٩]] س11: رقم التأمين
الوطني (اختياري): [[NI_NUMBER:SJ 73 41 08 B]] س12: كلمة أخيرة؟ اكتبوا كل شيء بالتاريخ
والساعة، ولا تقبلوا بالوعود على الهاتف.
"""),
    ),
    (
        "fv2i-ar-03",
        "ar",
        _s("""
مقتطف من حلقة برنامج «بيتنا» على إذاعة مجتمعية في برمنغهام. المذيع: معنا اليوم السيدة
[[PERSON:هدى الطيّب]]، وهي أم لثلاثة أطفال. أهلاً بكِ. [[PERSON:هدى]]: أهلاً بكم. المذيع:
حدّثينا عن المشكلة. [[PERSON:هدى]]: نسكن في [[ADDRESS:البيت رقم 62، Ladypool Road]] منذ
2017، والمالك هو [[ORGANISATION:Balsall Heath Homes]]. في الشتاء الماضي ظهر العفن في كل
الغرف، حتى على ثياب المدرسة. ابنتي [[PERSON:رؤى]]، وعمرها [[AGE:ثماني سنوات]]، أصيبت
ب[[HEALTH:التهاب رئوي]] مرتين، ومعلمتها في [[ADDRESS:Clifton Road Primary]] لاحظت أنها تسعل
طوال الوقت. المذيع: وماذا فعلتِ؟ [[PERSON:هدى]]: كتبت شكوى بمساعدة جارنا العم
[[PERSON:بشير]]، لأن إنجليزيتي ضعيفة. نحن عائلة [[OTHER_SPECIAL:سودانية]] وصلنا قبل ثماني
سنوات. ردّوا بعد شهرين بأن السبب هو نشر الغسيل داخل البيت! المذيع: وهل استجابوا في النهاية؟
[[PERSON:هدى]]: بعد أن رفعنا الأمر إلى أمين المظالم، برقم القضية
[[REFERENCE:202507714]]، جاء فريق كامل وعزل الجدار الخارجي وركّب مراوح جديدة، ودفعوا ٨٥٠
جنيهاً. المذيع: كلمة أخيرة للمستمعين؟ [[PERSON:هدى]]: لا تسكتوا، ولا تخجلوا من لغتكم. ومن
أراد أن يتواصل معنا فليكتب إلى [[EMAIL:baytuna.radio@example.org]].
"""),
    ),
    (
        "fv2i-ar-04",
        "ar",
        _s("""
إلى الإخوة في [[ORGANISATION:Medway Vale Housing]]، السلام عليكم ورحمة الله وبركاته. أنا
[[PERSON:أبو يوسف]]، واسمي في الأوراق [[PERSON:محمود الخطيب]]، عمري
[[AGE:أربعة وسبعون عاماً]]، وأسكن مع [[PERSON:أم يوسف]] في
[[ADDRESS:الشقة الأرضية في 9 Chatham Hill Road]]، خلف [[ADDRESS:مسجد السلام]]، وقد وصلنا إلى
هذه البلاد [[OTHER_SPECIAL:لاجئين]] سنة 2016، وأكتب لكم هذه الرسالة لأشكركم بعد أن كنت قد
كتبت لكم قبلها رسائل غاضبة كثيرة، ف[[PERSON:أم يوسف]] عندها [[HEALTH:التهاب المفاصل]] ولم تكن تستطيع
دخول حوض الاستحمام منذ سنتين، وكل مرة تقولون إن الطلب عند المعالج الوظيفي، حتى كتب حفيدي
[[PERSON:يوسف]] شكوى رسمية برقم [[REFERENCE:MVH-OT-2291]]، فجاء بعد ثلاثة أسابيع شاب اسمه
[[PERSON:جميل]] وركّب لنا حماماً بلا عتبة، وكان عمله جميلاً ومتقناً، ونظّف كل شيء قبل أن
يخرج، وصوّره [[PERSON:يوسف]] ونشره على حسابه [[OTHER_ID:@yousef_builds_kent]] فأعجب الناس به، فجزاكم
الله خيراً وجزى [[PERSON:جميل]] خيراً، وأرجو أن تعاملوا كل كبار السن بهذه الطريقة من أول مرة
لا من عاشر مرة.
"""),
    ),
    (
        "fv2i-bn-01",
        "bn",
        _s("""
আমার ডায়েরি থেকে, Make Things Right-এর জন্য তুলে দিলাম। ১২ জানুয়ারি, সোমবার: আজ আবার
[[ORGANISATION:Poplar Riverside Homes]]-এ ফোন করলাম। বাথরুমের ছাদ দিয়ে তিন সপ্তাহ ধরে
পানি পড়ছে। পঁয়তাল্লিশ মিনিট অপেক্ষার পর লাইন কেটে গেল। ১৫ জানুয়ারি: উপরের
[[ADDRESS:ফ্ল্যাট ৩৪]]-এর ভাই বললেন ওনার পাইপ ফেটে গেছে, উনিও রিপোর্ট করেছেন। আমাদের
[[ADDRESS:ফ্ল্যাট ৩০, Brabazon House]]-এর বাথরুমে এখন ঢোকাই যায় না। ২০ জানুয়ারি: মেয়ে
[[PERSON:খুশির]] [[HEALTH:একজিমা]] বেড়ে গেছে। [[ADDRESS:Langdon Park Surgery]]-র ডাক্তার
চিঠি লিখে দিলেন। এই অবস্থায় খুশি হওয়ার মতো কিছুই নেই। ২ ফেব্রুয়ারি: ইমেইল পাঠালাম
[[EMAIL:complaints@poplarriverside.example.org]]-এ। রেফারেন্স পেলাম
[[REFERENCE:PRH/44820]]। ১০ ফেব্রুয়ারি: Citizens Advice-এর আপা বললেন আট সপ্তাহে উত্তর না
এলে Housing Ombudsman-এ যাওয়া যাবে। ৩ মার্চ: অবশেষে প্লাম্বার এলেন, নাম
[[PERSON:Callum]], [[ORGANISATION:Limehouse Plumbing Ltd]]-এর ভ্যান নিয়ে, নম্বর
[[OTHER_ID:LD70 PWE]]। ২১ মার্চ: নতুন ছাদ, নতুন ফ্যান, ক্ষমা চেয়ে চিঠি আর ৫৫০ পাউন্ড।
আজই [[PERSON:খুশির]] [[AGE:আট বছর]] পূর্ণ হলো। এবার সত্যিই খুশির দিন।
[[PERSON:শাহানা বেগম]]
"""),
    ),
    (
        "fv2i-bn-02",
        "bn",
        _s("""
আবেদনপত্র। প্রতি: [[ORGANISATION:Stepney Green Housing Association]]। আমরা
[[ADDRESS:Fournier Estate]]-এর [[ADDRESS:Maplin House]] ব্লকের বাসিন্দারা জানাতে চাই যে
গত পাঁচ মাস ধরে লিফট নষ্ট, আবর্জনার ঘরে ইঁদুর, আর সিঁড়ির আলো জ্বলে না। তারা প্রতিবার বলে
"পার্টস আসছে"। আমাদের আশা, এই আবেদনের পর তারা কাজ শুরু করবে। অভিযোগ নম্বর
[[REFERENCE:SGHA-2025-3381]]। আমাদের ব্লক [[ADDRESS:বায়তুল আমান মসজিদ]]-এর ঠিক পাশে,
নামাজের পর বয়স্ক মুসল্লিরা সাত তলা সিঁড়ি ভেঙে ওঠেন। স্বাক্ষর: ১.
[[PERSON:আশা খাতুন]], [[ADDRESS:ফ্ল্যাট ১২]] ২. [[PERSON:মুজিবুর রহমান]]
([[PERSON:Mujibur Rahman]]), [[ADDRESS:ফ্ল্যাট ১৪]], বয়স [[AGE:৭৮]],
[[HEALTH:পারকিনসন্স]] রোগে ভুগছেন ৩. [[PERSON:তারা মিয়া]], [[ADDRESS:ফ্ল্যাট ২১]] ৪.
[[PERSON:Kelly Marsh]], [[ADDRESS:ফ্ল্যাট ২২]] ৫. [[PERSON:আলো বিবি]],
[[ADDRESS:ফ্ল্যাট ৩০]] ৬. [[PERSON:রুবেল আহমেদ]], [[ADDRESS:ফ্ল্যাট ৩১]], তাঁর
[[AGE:৯ বছরের]] মেয়ে [[PERSON:তানিয়া]] প্রতিদিন স্কুলে যাওয়ার সময় অন্ধকার সিঁড়িতে ভয়
পায়। আমরা চাই চার সপ্তাহের মধ্যে লিফট ঠিক হোক এবং প্রতিটি পরিবারকে ক্ষতিপূরণ দেওয়া হোক।
যোগাযোগ: [[PERSON:আশা]], [[PHONE:07700 900 157]]।
"""),
    ),
    (
        "fv2i-bn-03",
        "bn",
        _s("""
দোভাষীর সারসংক্ষেপ, ১৮ নভেম্বরের সভা। জনাব [[PERSON:আব্দুল মতিন]] জানান যে তিনি ২০০৩ সাল
থেকে [[ADDRESS:৪৭ Cannon Street Road]]-এ [[ORGANISATION:Whitechapel Community Homes]]-এর
ভাড়াটে হিসেবে থাকেন। তাঁর জন্মতারিখ [[DATE_OF_BIRTH:৭ই মার্চ ১৯৫৯]], বয়স
[[AGE:৬৬ বছর]]। তিনি বলেন, অক্টোবর থেকে বয়লার বারবার বন্ধ হয়ে যাচ্ছে, আর তাঁর স্ত্রীর
[[HEALTH:ডায়াবেটিস]] ও [[HEALTH:উচ্চ রক্তচাপ]] থাকায় ঠান্ডায় তাঁর কষ্ট বাড়ছে। তাঁর ছোট
ছেলে, যাকে সবাই [[PERSON:সোনা]] বলে ডাকে, ইংরেজিতে অভিযোগ লিখে দিয়েছিল, কিন্তু ছয় সপ্তাহেও
কোনো উত্তর আসেনি। জনাব [[PERSON:মতিন]] অনুরোধ করেন যেন চিঠি না পাঠিয়ে তাঁকে
[[PHONE:020 7946 0561]] নম্বরে ফোন করা হয়, কারণ তিনি ইংরেজি পড়তে পারেন না। তিনি স্ত্রীর
এনএইচএস নম্বর [[OTHER_ID:৪৮৫ ৭৭৭ ৩৪৫৬]] দিয়েছেন, যাতে ডাক্তারের চিঠির সঙ্গে মিলিয়ে দেখা
যায়। হাউজিং অফিসার [[PERSON:Priya Nandy]] জানান যে নতুন বয়লার ১২ দিনের মধ্যে বসানো হবে,
জব নম্বর [[REFERENCE:WCH-J-90113]], এবং দেরির জন্য ৩০০ পাউন্ড ক্ষতিপূরণ দেওয়া হবে। ততদিন
দুটি বৈদ্যুতিক হিটার দেওয়া হবে। জনাব [[PERSON:মতিন]] ধন্যবাদ জানান এবং বলেন, বিষয়টি
Citizens Advice-কেও জানানো আছে।
"""),
    ),
    (
        "fv2i-bn-04",
        "bn",
        _s("""
প্রদর্শনীর ছবির ক্যাপশন: [[ADDRESS:Mulberry Court]], [[POSTCODE:e3 4qp]]। ছবি ১: ব্লকের
সামনের দরজা, যেটা চার মাস ভাঙা ছিল। ছবি ২: [[PERSON:রুপালি দাস]] তাঁর রান্নাঘরে,
[[ADDRESS:ফ্ল্যাট ৬]]। দেয়ালের কালো দাগগুলো ছত্রাকের। ছবি ৩: [[PERSON:রুপালির]] মেয়ে
[[PERSON:টুম্পা]], [[AGE:১১ বছর]], জানালার পাশে বসে পড়ছে; সে [[ADDRESS:Roman Road Primary]]-তে
পড়ে। ছবি ৪: জানালার ফাঁকে রুপালি ফয়েল গুঁজে রাখা, ঠান্ডা আটকানোর জন্য। ছবি ৫: ঠিকাদার
[[ORGANISATION:Bow Common Builders]]-এর ভ্যান, নম্বর [[OTHER_ID:EY19 TKD]]। ছবি ৬: নতুন
জানালা লাগানোর পর, জুলাই মাসে। ছবি ৭: পাশের [[ADDRESS:শ্রী রাধাকৃষ্ণ মন্দির]]-এর পুরোহিত
মশাই, যিনি প্রথম অভিযোগপত্রটি ইংরেজিতে লিখে দেন; [[PERSON:রুপালি]] বলেন মন্দিরের গলিতেই
তাঁদের বাড়ি। ছবি ৮: [[PERSON:টুম্পার]] আঁকা ছবি, "আমাদের শুকনো ঘর"। বাড়িওয়ালা
[[ORGANISATION:Tredegar Homes]] অভিযোগ নম্বর [[REFERENCE:TH-CX-5520]] মেনে নিয়ে ৭২০ পাউন্ড
দিয়েছে। সব ছবি অনুমতি নিয়ে ব্যবহার করা। আরও ছবি ইনস্টাগ্রামে:
[[OTHER_ID:@rupali.paints.e3]]।
"""),
    ),
    (
        "fv2i-pa-01",
        "pa",
        _s("""
ਗਵਾਹ ਦਾ ਬਿਆਨ। ਮੈਂ, [[PERSON:ਹਰਪ੍ਰੀਤ ਕੌਰ ਸੰਧੂ]], ਵਾਸੀ [[ADDRESS:56 Whitehall Road]],
Wolverhampton, [[POSTCODE:WV4 5HL]], ਇਹ ਬਿਆਨ ਦਿੰਦੀ ਹਾਂ: 1. ਮੇਰੀ ਜਨਮ ਤਾਰੀਖ਼
[[DATE_OF_BIRTH:12-08-1977]] ਹੈ ਅਤੇ ਮੇਰੀ ਉਮਰ [[AGE:47 ਸਾਲ]] ਹੈ। ਮੈਂ 2014 ਤੋਂ
[[ORGANISATION:Black Country Living]] ਦੀ ਕਿਰਾਏਦਾਰ ਹਾਂ, ਕਿਰਾਏਦਾਰੀ ਨੰਬਰ
[[REFERENCE:BCL-009342]]। 2. ਪਿਛਲੇ ਸਾਲ ਅਕਤੂਬਰ ਵਿੱਚ ਨਾਲ ਦੇ ਘਰ, [[ADDRESS:ਨੰਬਰ 58]], ਵਿੱਚ
ਨਵੇਂ ਕਿਰਾਏਦਾਰ ਆਏ। ਹਰ ਸ਼ੁੱਕਰਵਾਰ ਅਤੇ ਸ਼ਨਿੱਚਰਵਾਰ ਰਾਤ ਦੋ-ਤਿੰਨ ਵਜੇ ਤੱਕ ਉੱਚਾ ਸੰਗੀਤ ਵੱਜਦਾ ਸੀ
ਅਤੇ ਸਾਡੇ ਬਾਗ਼ ਵਿੱਚ ਬੋਤਲਾਂ ਸੁੱਟੀਆਂ ਜਾਂਦੀਆਂ ਸਨ। 3. ਮੇਰੇ ਪਤੀ [[PERSON:ਸੁਖਵਿੰਦਰ ਸਿੰਘ]] (ਘਰ
ਵਿੱਚ [[PERSON:ਸੁੱਖੀ]]) ਨੂੰ [[HEALTH:ਦਿਲ ਦੀ ਬੀਮਾਰੀ]] ਹੈ ਅਤੇ ਡਾਕਟਰ ਨੇ ਪੂਰੀ ਨੀਂਦ ਲੈਣ ਲਈ
ਕਿਹਾ ਹੈ। ਸਾਡਾ ਸੁੱਖ-ਚੈਨ ਬਿਲਕੁਲ ਖ਼ਤਮ ਹੋ ਗਿਆ ਸੀ। 4. ਸਾਡਾ ਘਰ
[[ADDRESS:ਗੁਰਦੁਆਰਾ ਗੁਰੂ ਨਾਨਕ ਸਤਿਸੰਗ ਸਭਾ]] ਦੇ ਬਿਲਕੁਲ ਸਾਹਮਣੇ ਹੈ, ਅਤੇ ਗ੍ਰੰਥੀ ਜੀ ਨੇ ਵੀ ਅੰਮ੍ਰਿਤ
ਵੇਲੇ ਆਉਂਦਿਆਂ ਇਹ ਰੌਲਾ ਸੁਣਿਆ ਹੈ। 5. ਮੈਂ ਪੰਜ ਵਾਰ ਸ਼ਿਕਾਇਤ ਕੀਤੀ। ਦਸੰਬਰ ਵਿੱਚ ਐਂਟੀਸੋਸ਼ਲ ਬਿਹੇਵੀਅਰ
ਕੇਸ [[REFERENCE:ASB/WV/3318]] ਖੋਲ੍ਹਿਆ ਗਿਆ, ਸ਼ੋਰ ਮਾਪਣ ਵਾਲੀ ਮਸ਼ੀਨ ਲਗਾਈ ਗਈ ਅਤੇ ਅਫ਼ਸਰ
[[PERSON:Natalie Birch]] ਨੇ ਦੋਹਾਂ ਘਰਾਂ ਨਾਲ ਗੱਲ ਕੀਤੀ। ਮਾਰਚ ਤੋਂ ਰਾਤਾਂ ਸ਼ਾਂਤ ਹਨ ਅਤੇ ਦੇਰੀ ਲਈ
ਸਾਨੂੰ £250 ਮਿਲੇ। ਮੈਂ ਮੰਨਦੀ ਹਾਂ ਕਿ ਇਸ ਬਿਆਨ ਵਿਚਲੀਆਂ ਗੱਲਾਂ ਸੱਚ ਹਨ। ਦਸਤਖ਼ਤ:
[[PERSON:ਹ. ਕ. ਸੰਧੂ]], 9 ਅਪ੍ਰੈਲ 2025
"""),
    ),
    (
        "fv2i-pa-02",
        "pa",
        _s("""
ਬੀਜੀ: [[PERSON:ਪ੍ਰੀਤ]] ਪੁੱਤ, ਹੀਟਰ ਫੇਰ ਬੰਦ ਹੋ ਗਿਆ [[PERSON:ਪ੍ਰੀਤ]]: ਬੀਜੀ ਤੁਸੀਂ ਰਜਾਈ ਲੈ
ਲਓ, ਮੈਂ ਹੁਣੇ ਫ਼ੋਨ ਕਰਦੀ ਹਾਂ ਬੀਜੀ: ਉਹ ਤਾਂ ਮੰਗਲਵਾਰ ਦਾ ਕਹਿੰਦੇ ਸੀ [[PERSON:ਪ੍ਰੀਤ]]:
[[ORGANISATION:Westgate Homes Leicester]] ਵਾਲਿਆਂ ਨੇ ਕਿਹਾ ਇੰਜੀਨੀਅਰ ਅੱਜ ਸ਼ਾਮ ਛੇ ਵਜੇ ਤੱਕ
ਆ ਜਾਊ। ਜੌਬ ਨੰਬਰ [[REFERENCE:LWH-558102]] ਬੀਜੀ: ਮੈਨੂੰ ਕਿਵੇਂ ਪਤਾ ਲੱਗੂ ਕਿ ਉਹੀ ਬੰਦਾ ਹੈ?
[[PERSON:ਪ੍ਰੀਤ]]: ਉਹਦਾ ਨਾਂ [[PERSON:Gurdeep]] ਹੈ, ਗੱਡੀ [[OTHER_ID:FN22 OXA]]। ਮੈਂ ਪਤਾ ਵੀ
ਲਿਖਵਾ ਦਿੱਤਾ, [[ADDRESS:ਫ਼ਲੈਟ 3, Belgrave Mews]], ਪਿਛਲਾ ਦਰਵਾਜ਼ਾ,
[[ADDRESS:Sher-e-Punjab Sweets]] ਦੇ ਉੱਤੇ ਬੀਜੀ: ਤੇਰੇ ਭਾਪਾ ਜੀ ਨੂੰ [[HEALTH:ਸ਼ੂਗਰ]] ਕਰਕੇ
ਠੰਢ ਬਹੁਤ ਲੱਗਦੀ ਏ [[PERSON:ਪ੍ਰੀਤ]]: ਪਤਾ ਹੈ ਬੀਜੀ। ਮੈਂ ਸ਼ਿਕਾਇਤ ਵਿੱਚ ਲਿਖ ਦਿੱਤਾ ਕਿ ਭਾਪਾ ਜੀ
[[AGE:83 ਸਾਲ]] ਦੇ ਨੇ ਤੇ ਤਿੰਨ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਇਹ ਚੌਥੀ ਵਾਰ ਹੈ ਬੀਜੀ: ਅੱਜ ਸਵੇਰੇ ਮੈਂ ਦੀਵੇ ਦੀ
ਜੋਤ ਜਗਾਈ ਸੀ, ਬੱਸ ਓਹੀ ਨਿੱਘ ਸੀ ਘਰ ਵਿੱਚ [[PERSON:ਪ੍ਰੀਤ]]: ਹਾਏ ਬੀਜੀ। [[PERSON:ਜੋਤ]] ਨੂੰ
ਕਹਿੰਦੀ ਹਾਂ [[ADDRESS:Belgrave Hall Academy]] ਤੋਂ ਛੁੱਟੀ ਹੁੰਦੇ ਹੀ ਤੁਹਾਡੇ ਕੋਲ ਆ ਜਾਵੇ ਤੇ
ਸਾਡਾ ਵੱਡਾ ਹੀਟਰ ਲੈ ਆਵੇ ਬੀਜੀ: ਜਿਊਂਦੀ ਰਹਿ। ਇੰਜੀਨੀਅਰ ਦਾ ਨੰਬਰ ਦੇ ਦੇ [[PERSON:ਪ੍ਰੀਤ]]:
[[PHONE:07700 900 147]]। ਜੇ ਛੇ ਵਜੇ ਤੱਕ ਨਾ ਆਇਆ ਤਾਂ ਮੈਂ ਕੱਲ੍ਹ Housing Ombudsman ਨੂੰ
ਲਿਖਾਂਗੀ ਬੀਜੀ: ਚੰਗਾ ਪੁੱਤ, ਰੱਬ ਰਾਖਾ
"""),
    ),
    (
        "fv2i-pa-03",
        "pa",
        _s("""
ਵਿਚੋਲੇ ਦਾ ਬਿਰਤਾਂਤ, ਦੋਹਾਂ ਧਿਰਾਂ ਦੀ ਸਹਿਮਤੀ ਨਾਲ। [[ORGANISATION:Hounslow Heath Housing]] ਨੇ
ਮੈਨੂੰ ਦੋ ਗੁਆਂਢੀਆਂ ਵਿਚਕਾਰ ਗੱਲਬਾਤ ਕਰਵਾਉਣ ਲਈ ਕਿਹਾ: [[PERSON:ਅਮਨਦੀਪ ਗਿੱਲ]], ਜੋ
[[ADDRESS:ਫ਼ਲੈਟ A, 22 Vicarage Farm Road]] ਵਿੱਚ ਰਹਿੰਦਾ ਹੈ, ਅਤੇ ਮਿਸਿਜ਼
[[PERSON:Doreen Pike]], ਜੋ ਉੱਪਰ [[ADDRESS:ਫ਼ਲੈਟ B]] ਵਿੱਚ ਰਹਿੰਦੀ ਹੈ। ਸਾਂਝੇ ਬਾਗ਼ ਨੂੰ ਲੈ ਕੇ
ਦੋ ਸਾਲਾਂ ਤੋਂ ਝਗੜਾ ਸੀ: [[PERSON:ਅਮਨ]] ਦਾ ਕੁੱਤਾ ਮਿਸਿਜ਼ [[PERSON:Pike]] ਦੇ ਸੁੱਕਣੇ ਪਾਏ ਕੱਪੜੇ
ਖ਼ਰਾਬ ਕਰ ਦਿੰਦਾ ਸੀ, ਅਤੇ ਉਹ ਹਰ ਹਫ਼ਤੇ ਸ਼ਿਕਾਇਤ ਕਰਦੀ ਸੀ। ਦੋਹਾਂ ਉੱਤੇ ਐਂਟੀਸੋਸ਼ਲ ਬਿਹੇਵੀਅਰ ਕੇਸ
ਖੁੱਲ੍ਹੇ ਹੋਏ ਸਨ, [[REFERENCE:HHH-ASB-0902]] ਅਤੇ [[REFERENCE:HHH-ASB-0917]]। ਮਿਸਿਜ਼
[[PERSON:Pike]] [[AGE:80 ਸਾਲ]] ਦੀ ਹੈ ਅਤੇ ਉਸ ਨੂੰ [[HEALTH:ਦਮਾ]] ਹੈ; [[PERSON:ਅਮਨ]] ਰਾਤ ਦੀ
ਸ਼ਿਫ਼ਟ ਵਿੱਚ Heathrow ਤੇ ਕੰਮ ਕਰਦਾ ਹੈ। ਲਾਇਬ੍ਰੇਰੀ ਵਿੱਚ ਦੋ ਮੁਲਾਕਾਤਾਂ ਤੋਂ ਬਾਅਦ ਪਤਾ ਲੱਗਾ ਕਿ
ਅਸਲ ਮਸਲਾ ਵਿਚਕਾਰਲੀ ਵਾੜ ਸੀ, ਜੋ 2023 ਵਿੱਚ ਠੇਕੇਦਾਰ [[ORGANISATION:Feltham Fencing Co]] ਨੇ
ਤੋੜ ਦਿੱਤੀ ਸੀ ਅਤੇ ਕਦੇ ਠੀਕ ਨਹੀਂ ਕੀਤੀ। ਮਕਾਨ-ਮਾਲਕ ਨੇ ਜੂਨ ਵਿੱਚ ਨਵੀਂ ਵਾੜ ਅਤੇ ਗੇਟ ਲਗਾਇਆ,
ਦੋਵੇਂ ਕੇਸ ਬੰਦ ਹੋਏ, ਅਤੇ ਹਰ ਘਰ ਨੂੰ £200 ਮਿਲੇ। ਹੁਣ ਦੋਹਾਂ ਘਰਾਂ ਵਿਚਕਾਰ ਅਮਨ-ਸ਼ਾਂਤੀ ਹੈ, ਅਤੇ
[[PERSON:ਅਮਨ]] ਹਰ ਐਤਵਾਰ ਮਿਸਿਜ਼ [[PERSON:Pike]] ਦਾ ਕੂੜਾਦਾਨ ਬਾਹਰ ਰੱਖ ਦਿੰਦਾ ਹੈ।
"""),
    ),
    (
        "fv2i-pa-04",
        "pa",
        _s("""
ਵਸਨੀਕ ਸਰਵੇਖਣ, Make Things Right। ਸਵਾਲ 1. ਨਾਮ: [[PERSON:ਬਲਜੀਤ ਸਿੰਘ ਗਰੇਵਾਲ]]
([[PERSON:Baljit Singh Grewal]]) ਸਵਾਲ 2. ਉਮਰ: [[AGE:61]] ਸਵਾਲ 3. ਧਰਮ (ਚਾਹੋ ਤਾਂ):
[[OTHER_SPECIAL:ਸਿੱਖ]] ਸਵਾਲ 4. ਮਕਾਨ-ਮਾਲਕ: [[ORGANISATION:Southall Broadway Homes]] ਸਵਾਲ
5. ਪਤਾ: [[ADDRESS:ਬਲਾਕ C, ਫ਼ਲੈਟ 41, Norwood Green Estate]], [[POSTCODE:ub2 4nd]] ਸਵਾਲ 6.
ਕੀ ਸਮੱਸਿਆ ਸੀ? ਨੌਂ ਮਹੀਨੇ ਲਿਫ਼ਟ ਬੰਦ ਰਹੀ। ਮੈਨੂੰ [[HEALTH:ਗਠੀਆ]] ਹੈ ਤੇ ਅੱਠਵੀਂ ਮੰਜ਼ਿਲ ਤੱਕ
ਪੌੜੀਆਂ ਚੜ੍ਹਨਾ ਅਸੰਭਵ ਸੀ। ਕਈ ਹਫ਼ਤੇ ਮੈਂ ਗੁਰਦੁਆਰੇ ਵੀ ਨਹੀਂ ਜਾ ਸਕਿਆ। ਸਵਾਲ 7. ਗੱਡੀ ਦਾ ਨੰਬਰ
(ਪਾਰਕਿੰਗ ਪਰਮਿਟ ਲਈ): [[OTHER_ID:WR17 KFN]] ਸਵਾਲ 8. ਨੈਸ਼ਨਲ ਇੰਸ਼ੋਰੈਂਸ ਨੰਬਰ:
[[NI_NUMBER:JK 20 58 93 C]] ਸਵਾਲ 9. ਨਤੀਜਾ ਕੀ ਨਿਕਲਿਆ? Housing Ombudsman ਦੇ ਕੇਸ
[[REFERENCE:202409851]] ਤੋਂ ਬਾਅਦ ਨਵੀਂ ਲਿਫ਼ਟ ਲੱਗੀ ਅਤੇ £1,400 ਮੁਆਵਜ਼ਾ ਮਿਲਿਆ। ਸਵਾਲ 10.
ਸੰਪਰਕ: [[EMAIL:bsgrewal@example.com]], [[PHONE:020 7946 0923]] ਸਵਾਲ 11. ਹੋਰ ਕੁਝ?
ਮੇਰੇ ਪੋਤੇ [[PERSON:ਫ਼ਤਿਹ]] ਨੇ, ਜੋ ਹਾਲੇ [[AGE:14 ਸਾਲ]] ਦਾ ਹੈ, ਸਾਰੀਆਂ ਚਿੱਠੀਆਂ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ
ਲਿਖੀਆਂ। [[PERSON:ਫ਼ਤਿਹ]] ਵਰਗਾ ਪੋਤਾ ਹਰ ਘਰ ਹੋਵੇ। ਵਾਹਿਗੁਰੂ ਜੀ ਕਾ ਖ਼ਾਲਸਾ, ਵਾਹਿਗੁਰੂ ਜੀ ਕੀ
ਫ਼ਤਿਹ।
"""),
    ),
    (
        "fv2i-pl-01",
        "pl",
        _s("""
Wątek z grupy „Polacy w Peterborough – mieszkania”, przeklejony za zgodą autorów.
[[OTHER_ID:@ewelina_z_millfield]]: Dziewczyny, miał ktoś sprawę z
[[ORGANISATION:Nene Park Homes]]? Od listopada mamy grzyb w sypialni małego
[[PERSON:Stasia]] (ma [[AGE:3 latka]]), a oni każą tylko otwierać okna.
[[OTHER_ID:@kasia.wrobel.pb]]: Miałam to samo na [[ADDRESS:Lincoln Road 212]]. Nie dzwoń,
pisz oficjalną skargę. Mnie pomogła pani [[PERSON:Jagoda]] z Citizens Advice, mówi po
polsku. [[OTHER_ID:@ewelina_z_millfield]]: A długo czekałaś? [[OTHER_ID:@kasia.wrobel.pb]]:
Osiem tygodni na drugi etap, potem Housing Ombudsman. Ćwierkałam im nad uchem jak wróbel,
codziennie, aż dali 700 funtów i nowy wentylator. [[OTHER_ID:@bartek_lis_pb]]: U nas w
[[ADDRESS:Kestrel House, mieszkanie 5]] było gorzej, bo jeszcze lis rozwala worki ze śmieciami
pod blokiem. Poszedłem do radnego i od razu się ruszyło. Podpisuję się imieniem i nazwiskiem:
[[PERSON:Bartek Lis]]. [[OTHER_ID:@ewelina_z_millfield]]: Dzięki wam! Piszę dziś. Numer
zgłoszenia już mam, [[REFERENCE:NPH-DM-40817]]. Jak ktoś chce pogadać, [[PERSON:Ewelina]],
[[PHONE:07700 900 604]]. Lekarka z [[ADDRESS:Millfield Medical Centre]] też da zaświadczenie,
bo [[PERSON:Staś]] ma [[HEALTH:astmę]].
"""),
    ),
    (
        "fv2i-pl-02",
        "pl",
        _s("""
Mój dziennik remontu, który nie chciał się zacząć. 3.03, poniedziałek: Znowu zalało łazienkę.
Dzwoniłam do [[ORGANISATION:Severnside Homes]], zgłoszenie nr [[REFERENCE:SH-118204]]. 5.03:
Przyszedł hydraulik, pan [[PERSON:Gary]], popatrzył, powiedział „it's the seal” i poszedł.
12.03: Woda kapie już do kuchni pani [[PERSON:Wiesławy Kot]] z [[ADDRESS:mieszkania nr 2]],
pod nami. Jej kot chowa się pod łóżkiem. 20.03: Babcia [[PERSON:Róża]] przyjechała z Opola
na Wielkanoc i śpi u nas na kanapie. Przy jej [[HEALTH:cukrzycy]] musi często wstawać w nocy,
a łazienka bez światła. 2.04: Wysłałam skargę mailem na
[[EMAIL:skargi.complaints@severnside.example.com]], w załączniku zdjęcia i list od lekarza z
[[ADDRESS:Bewdley Road Surgery]]. 15.04: Odpowiedź, etap 1: „nie stwierdzono usterki”.
Płakałam w samochodzie. 30.04: Etap 2. Przyjechała pani [[PERSON:Hayley]] z działu skarg,
obejrzała sufit u pani [[PERSON:Wiesławy]] i przeprosiła nas obie. 14.05: Nowy brodzik, nowe
rury, 480 funtów odszkodowania. Babcia [[PERSON:Róża]] posadziła przed blokiem czerwone róże
na pamiątkę. Dla porządku adres: [[ADDRESS:mieszkanie 6, Blackstone House]],
[[POSTCODE:DY12 1AX]]. [[PERSON:Danka]]
"""),
    ),
    (
        "fv2i-pl-03",
        "pl",
        _s("""
Kochana Pani [[PERSON:Jadziu]]! Dziękujemy z całego serca za pomoc z naszym mieszkaniem przy
[[ADDRESS:Tavistock Street 9]]. Gdyby nie Pani, dalej spalibyśmy we czwórkę w jednym pokoju,
a [[ORGANISATION:Bedford Riverside Housing]] dalej odpisywałby, że „lista oczekujących jest
długa”. Pani przetłumaczyła każdy list, poszła z nami na spotkanie i wywalczyła przeprowadzkę
do domu z trzema sypialniami na [[ADDRESS:Marlborough Road 41A]]. [[PERSON:Bartuś]] ma
[[AGE:pięć lat]] i pierwszy raz w życiu ma własny pokój, a [[PERSON:Zuzia]], która ma
[[HEALTH:autyzm]], wreszcie śpi spokojnie, bo nikt jej nie budzi. Do szkoły,
[[ADDRESS:St Joseph's Catholic Primary]], ma teraz pięć minut piechotą, a pani
[[PERSON:Nicola]] mówi, że jest dużo spokojniejsza na lekcjach. [[PERSON:Grzesiek]] mówi, że
postawi Pani piwo, a ja, że lepiej ciasto. Wysyłamy też słoik domowego dżemu malinowego.
Numer sprawy, gdyby ktoś pytał: [[REFERENCE:BRH-HR-6612]]. Ściskamy mocno,
[[PERSON:Marta]], [[PERSON:Grzesiek]], [[PERSON:Bartuś]] i [[PERSON:Zuzia]]
[[PERSON:Malinowscy]]
"""),
    ),
    (
        "fv2i-pl-04",
        "pl",
        _s("""
Panie redaktorze, ja to powiem po kolei, bo mi się wszystko plącze, nazywam się
[[PERSON:Zdzisław Mróz]], urodziłem się
[[DATE_OF_BIRTH:dwudziestego marca czterdziestego dziewiątego]], czyli mam
[[AGE:siedemdziesiąt sześć lat]], i mieszkam w tym samym mieszkaniu na
[[ADDRESS:Culmington Road 14, mieszkanie 3]], zaraz przy
[[ADDRESS:kościele Świętej Jadwigi]], od osiemdziesiątego szóstego roku, i jak w lutym
przyszedł taki mróz, że woda w rurach zamarzła, to ja trzy dni byłem bez wody, a mam
[[HEALTH:rozedmę płuc]] i tlen w domu, i dzwoniłem do [[ORGANISATION:Ealing Broadway Homes]]
trzeciego drugiego i piątego drugiego, i za każdym razem pani mówiła, że przekaże, aż
sąsiadka, pani [[PERSON:Halinka]] spod [[ADDRESS:piątki]], zadzwoniła do mojego wnuka
[[PERSON:Kuby]], a on napisał skargę i dał swój numer,
[[PHONE:zero siedem siedem zero zero, dziewięćset, trzysta dwanaście]], i dopiero wtedy
przyjechali, wymienili rury i ocieplili je porządnie, i przysłali list z przeprosinami i
trzysta funtów, i jeszcze numer ubezpieczenia chcieli, [[NI_NUMBER:PZ 44 19 73 D]], żeby
przelać, no to podałem, i tyle, niech pan to napisze tak, jak mówię, bo to wszystko prawda.
"""),
    ),
    (
        "fv2i-ro-01",
        "ro",
        _s("""
[[PERSON:Lenuța]]: Ai vorbit cu ăia de la [[ORGANISATION:Barking Reach Homes]]?
[[PERSON:Crina]]: Da. Zic că vine cineva joi între 8 și 12. Numărul reclamației e
[[REFERENCE:BRH-77120]]. Le-am dat și adresa ta, [[ADDRESS:apartamentul 12, Ripple Court]],
[[POSTCODE:IG11 0PQ]]. [[PERSON:Lenuța]]: Joi lucrez. Să las cheia la doamna de la
[[ADDRESS:apartamentul 11]]? [[PERSON:Crina]]: Nu, las-o la
[[ADDRESS:Mini Market Transilvania]] de jos, toată strada știe că stai deasupra.
[[PERSON:Lenuța]]: Bine. [[PERSON:Ionuț]] iar tușește noaptea, doctorița de la
[[ADDRESS:Ripple Road Surgery]] zice că e de la mucegai. [[PERSON:Crina]]: Scrie asta în
reclamație! Și trimite poza cu peretele din camera lui. [[PERSON:Lenuța]]: Am trimis-o deja
pe mail la [[EMAIL:repairs@barkingreach.example.org]]. [[PERSON:Crina]]: Dacă nu rezolvă în 8
săptămâni, mergem la Ombudsman. Domnul [[PERSON:Ursu]] de la biserică a făcut la fel și a
primit 600 de lire. [[PERSON:Lenuța]]: [[PERSON:Ursu]] ăla morocănos? Ăla e urs, nu om.
[[PERSON:Crina]]: Exact de-aia a câștigat, nu s-a lăsat. Numărul lui e
[[PHONE:07700 900 483]], sună-l diseară. [[PERSON:Lenuța]]: Ok. Mersi,
[[PERSON:Crinuța]]. Te pup.
"""),
    ),
    (
        "fv2i-ro-02",
        "ro",
        _s("""
DECLARAȚIE DE MARTOR. Subsemnatul [[PERSON:Vasile Ciobanu]], născut la
[[DATE_OF_BIRTH:7 noiembrie 1981]], cu domiciliul la [[ADDRESS:31 Kenton Lane]], Harrow,
[[POSTCODE:HA3 8RT]], pașaport românesc nr. [[OTHER_ID:058813472]], declar următoarele: 1.
Sunt chiriaș al [[ORGANISATION:Harrow Weald Housing Trust]] din 2018 și am
[[OTHER_SPECIAL:settled status]]. 2. Din august anul trecut, vecinul de la
[[ADDRESS:numărul 33]] își parchează duba, [[OTHER_ID:KX66 RVB]], de-a curmezișul aleii
comune, în fiecare seară. 3. Soția mea, [[PERSON:Mirela]], are [[HEALTH:epilepsie]]. Pe 14
ianuarie, la ora 23:40, ambulanța nu a putut ajunge la ușa noastră și paramedicii au cărat-o
pe targă aproape 60 de metri. 4. Am raportat de nouă ori. Cazul de comportament antisocial a
primit numărul [[REFERENCE:HWHT-ASB-2209]] abia în martie. 5. După reclamația de la etapa a
doua, proprietarul a montat stâlpi și o barieră, iar ofițerul [[PERSON:Dev Raithatha]] ne-a
cerut scuze în scris. Am primit 350 de lire. 6. Tata a fost cioban la noi în sat și m-a
învățat să nu mă plâng degeaba, dar de data asta a fost nevoie. Declar că cele de mai sus sunt
adevărate. Semnătura: [[PERSON:V. Ciobanu]], 2 mai 2025.
"""),
    ),
    (
        "fv2i-ro-03",
        "ro",
        _s("""
Chestionar pentru locatari, Make Things Right. Întrebarea 1. Numele:
[[PERSON:Floarea Moraru]] Întrebarea 2. Vârsta: [[AGE:58 de ani]] Întrebarea 3. Etnie
(opțional): [[OTHER_SPECIAL:romă]] Întrebarea 4. Proprietarul locuinței:
[[ORGANISATION:Bishopsworth Homes]] Întrebarea 5. Adresa:
[[ADDRESS:Blocul B, apartamentul 40, Winterstoke House]] Întrebarea 6. Care a fost problema?
Igrasie și mucegai în toate camerele. Pe balcon nu mai crește nicio floare de atâta umezeală.
Nepoata mea, [[PERSON:Denisa]], [[AGE:7 ani]], care stă la noi, merge la
[[ADDRESS:Dundry View Primary]] și a lipsit trei săptămâni cu [[HEALTH:bronșită]].
Întrebarea 7. Cine v-a ajutat? Doctorul de la [[ADDRESS:Withywood Medical Practice]] și o
doamnă de la Shelter. Întrebarea 8. Ce s-a rezolvat? Ventilație nouă, geamuri noi, 900 de
lire și scuze în scris. A durat unsprezece luni. Întrebarea 9. Ați simțit că ați fost tratată
altfel? Da. La început mi s-a spus că „așa trăiesc oamenii ca voi”. Am scris și asta în
reclamația [[REFERENCE:BH-CMP-30411]], și s-au cerut scuze și pentru asta. Întrebarea 10.
Contact: [[PHONE:+44 7700 900 926]], [[EMAIL:floarea.m@example.com]]
"""),
    ),
    (
        "fv2i-ro-04",
        "ro",
        _s("""
Podcastul „Acasă în Anglia”, episodul 9 (transcriere). REALIZATOR: Bună seara. Invitata
noastră e doamna [[PERSON:Doina Munteanu]], din Luton. [[PERSON:DOINA]]: Bună seara.
REALIZATOR: Ce v-a adus la noi? [[PERSON:DOINA]]: Băiatul meu, [[PERSON:Mihăiță]], are
[[AGE:12 ani]] și [[HEALTH:paralizie cerebrală]]. Folosește scaun cu rotile, iar noi stăteam
la [[ADDRESS:etajul întâi, 18 Dunstable Place]]. Trei ani am cerut o rampă și o ușă mai lată
de la [[ORGANISATION:Chiltern Gate Housing]]. REALIZATOR: Și ce vă răspundeau?
[[PERSON:DOINA]]: Că e pe listă. Pe 3 a patra am făcut reclamație oficială, cu numărul
[[REFERENCE:CGH-ADP-1187]]. O doamnă de la Citizens Advice, [[PERSON:Roxana]], m-a ajutat cu
engleza. REALIZATOR: Și cum s-a terminat? [[PERSON:DOINA]]: După Ombudsman ne-au mutat într-o
casă adaptată, la parter, lângă [[ADDRESS:Biserica Ortodoxă Sfântul Nicolae]], unde mergem
duminica. [[PERSON:Mihăiță]] iese singur în grădină. REALIZATOR: Ce le spuneți
ascultătorilor? [[PERSON:DOINA]]: Să nu cânte doina de jale acasă, ci să scrie. Și cine vrea
să vadă cum arată rampa ne găsește pe [[OTHER_ID:@doina.si.mihaita]]. REALIZATOR: Vă
mulțumim, doamna [[PERSON:Munteanu]].
"""),
    ),
    (
        "fv2i-ur-01",
        "ur",
        _s("""
مترجم کا خلاصہ، 22 اکتوبر کی ملاقات۔ محترمہ [[PERSON:نسرین اختر]] نے بتایا کہ وہ
[[OTHER_SPECIAL:پاکستانی]] نژاد ہیں اور 2009 سے [[ADDRESS:مکان نمبر 23، Lumb Lane]]،
[[POSTCODE:BD8 7QU]] میں [[ORGANISATION:Manningham Vale Homes]] کی کرایہ دار ہیں۔ ان کے
مطابق پچھلے رمضان میں پورا مہینہ ہیٹنگ بند رہی، یہاں تک کہ سحر کے وقت بچے کمبل اوڑھ کر کھانا
کھاتے تھے۔ ان کے شوہر [[PERSON:جاوید]] کو [[HEALTH:گردوں کی بیماری]] ہے اور وہ ہفتے میں تین
بار ڈائیلاسز کے لیے ہسپتال جاتے ہیں۔ محترمہ [[PERSON:اختر]] نے کہا کہ ان کی بڑی بیٹی
[[PERSON:سحر]]، جو [[AGE:سترہ سال]] کی ہے، نے انگریزی میں شکایت لکھی، جس کا نمبر
[[REFERENCE:MVH-C-48120]] ہے۔ انہوں نے یہ بھی بتایا کہ ان کی ساس ان دنوں
[[OTHER_SPECIAL:وزٹ ویزا]] پر آئی ہوئی ہیں اور انہیں ڈر تھا کہ شکایت کرنے سے کوئی مسئلہ بنے
گا۔ میں نے انہیں یقین دلایا کہ ایسا نہیں ہے۔ ہاؤسنگ افسر [[PERSON:Ruth Ackroyd]] نے بتایا کہ
نیا بوائلر نصب ہو چکا ہے اور 650 پاؤنڈ ہرجانہ دیا جائے گا۔ محترمہ [[PERSON:اختر]] چاہتی ہیں
کہ آئندہ خط کے بجائے انہیں [[PHONE:0113 496 0871]] پر فون کیا جائے، اور ہر ملاقات میں اردو
مترجم موجود ہو۔
"""),
    ),
    (
        "fv2i-ur-02",
        "ur",
        _s("""
میری ڈائری سے، Make Things Right کے لیے۔ 3 جنوری، جمعہ: بوائلر پھر بند۔
[[ORGANISATION:Oldham Moorside Housing]] کو فون کیا، ایک گھنٹہ انتظار۔ 4 جنوری: رات کو
بجلی بھی چلی گئی تو شمع جلا کر بیٹھے رہے۔ میری بیٹی [[PERSON:شمع]] ہنس کر بولی، امی آج تو
میرا نام روشن ہو گیا۔ 7 جنوری: آپا [[PERSON:رضیہ]] نے بتایا کہ
[[ADDRESS:جامع مسجد غوثیہ]] والی گلی میں سب گھروں کا یہی حال ہے، ہمارا گھر بھی اسی گلی میں
ہے، [[ADDRESS:41 Featherstall Road]]۔ 9 جنوری: [[ADDRESS:Werneth Health Centre]] کی
ڈاکٹر نے [[PERSON:شمع]] کے [[HEALTH:دمے]] کے بارے میں خط لکھ دیا۔ 15 جنوری: آن لائن شکایت
درج کی، حوالہ نمبر [[REFERENCE:OMH/COMP/7719]]۔ یہی شکایت
[[EMAIL:complaints@oldhammoorside.example]] پر بھی بھیجی۔ 2 فروری: ٹھیکیدار
[[ORGANISATION:Pennine Heat Ltd]] کا آدمی آیا، نام [[PERSON:Shane]]، گاڑی
[[OTHER_ID:MA19 RVZ]]۔ کہنے لگا پورا سسٹم پرانا ہے۔ 20 فروری: نیا بوائلر لگ گیا۔ معافی کا
خط آیا اور 380 پاؤنڈ اس اکاؤنٹ میں آئے جس کے آخر میں [[OTHER_ID:7731]] ہے۔
[[PERSON:شمع]] اگلے ہفتے [[AGE:بارہ سال]] کی ہو جائے گی، اور اس بار سالگرہ گرم کمرے میں
منائے گی۔ [[PERSON:نصرت پروین]]
"""),
    ),
    (
        "fv2i-ur-03",
        "ur",
        _s("""
مشترکہ درخواست بنام [[ORGANISATION:Sparkbrook Community Housing]]۔ ہم
[[ADDRESS:Ashfield Court]] کے رہائشی، جو [[ADDRESS:Sparkhill Sweet Centre]] کے بالکل اوپر
ہے، یہ درخواست دیتے ہیں کہ چھت کی ٹینکی سے چھ ماہ سے پانی رس رہا ہے، سیڑھیوں پر اندھیرا ہے
اور کچرے کے کمرے میں چوہے ہیں۔ ہمیں اس حال میں رہتے ہوئے کوئی خوشی نہیں، لیکن امید ہے کہ اس
بار آپ سنجیدگی سے کارروائی کریں گے۔ شکایت نمبر [[REFERENCE:SCH-2025-0613]]۔ دستخط کنندگان:
1۔ [[PERSON:امید علی]]، [[ADDRESS:فلیٹ 2]] 2۔ [[PERSON:خوشی بی بی]]، [[ADDRESS:فلیٹ 3]]،
عمر [[AGE:76 سال]]، [[HEALTH:فالج]] کی مریضہ 3۔ [[PERSON:Connor Walsh]]،
[[ADDRESS:فلیٹ 5]] 4۔ حافظ [[PERSON:عبدالقدوس]]، [[ADDRESS:فلیٹ 6]]، جو
[[ADDRESS:مسجد بلال]] میں بچوں کو قرآن پڑھاتے ہیں 5۔ [[PERSON:صبا]] اور
[[PERSON:عمران قریشی]]، [[ADDRESS:فلیٹ 8]]۔ ہم چاہتے ہیں کہ چار ہفتوں کے اندر ٹینکی بدلی
جائے، سیڑھیوں پر روشنی لگائی جائے اور ہر گھر کو نقصان کا ہرجانہ دیا جائے۔ رابطے کے لیے:
[[PERSON:امید]] بھائی، [[PHONE:0121 496 0318]]، [[EMAIL:umeed.ali@example.org]]
"""),
    ),
    (
        "fv2i-ur-04",
        "ur",
        _s("""
ریڈیو پروگرام «اپنا گھر» کا ایک حصہ۔ میزبان: آج ہمارے ساتھ ہیں
[[PERSON:طارق محمود چوہدری]]، جو سلاؤ سے تعلق رکھتے ہیں۔ [[PERSON:طارق]] صاحب، خوش آمدید۔
[[PERSON:طارق]]: شکریہ۔ میزبان: آپ کی شکایت کیا تھی؟ [[PERSON:طارق]]: ہم سات لوگ دو کمروں
کے فلیٹ میں رہتے تھے، [[ADDRESS:فلیٹ 19، Chalvey Tower]] میں۔ میری بیٹی [[PERSON:عائشہ]]،
جس کی تاریخ پیدائش [[DATE_OF_BIRTH:دو مئی دو ہزار سولہ]] ہے، [[HEALTH:آٹزم]] کا شکار ہے اور
اسے اپنے کمرے کی سخت ضرورت تھی۔ ہم چار سال سے ہاؤسنگ رجسٹر پر تھے، نمبر
[[REFERENCE:HR-558190]]۔ میزبان: [[ORGANISATION:Slough Borough Homes]] نے کیا کہا؟
[[PERSON:طارق]]: ہر بار یہی کہ آپ بینڈ بی میں ہیں، انتظار کریں۔ پھر ایک رضاکار،
[[PERSON:Gemma]]، نے بتایا کہ طبی بنیاد پر درخواست دیں۔ میزبان: اور نتیجہ؟
[[PERSON:طارق]]: ہاؤسنگ اومبڈسمین کے پاس جانے کے بعد بینڈ اے ملا، اور تین ماہ میں چار کمروں
کا گھر مل گیا، [[ADDRESS:Salt Hill Primary]] کے قریب، جہاں میرے بیٹے [[PERSON:حمزہ]] اور
[[PERSON:زید]] پڑھتے ہیں۔ میزبان: سامعین کے لیے کوئی پیغام؟ [[PERSON:طارق]]: ہمت نہ ہاریں،
ہر بات لکھ کر رکھیں۔ اگر کوئی مشورہ چاہے تو مجھے
[[EMAIL:tariq.chaudhry@radio.example]] پر لکھ سکتا ہے۔ میزبان: بہت شکریہ
[[PERSON:چوہدری]] صاحب۔
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
