"""Our own labelled stories, written apart from the shared development set.

The detector is tuned on the shared set; these check that it generalises. Spans are
marked inline as ``[[KIND:text]]`` and turned into offsets by ``parse``. All people,
places, organisations and numbers are invented.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable

_MARK = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]", re.S)

STORIES: list[tuple[str, str, str]] = [
    (
        "ho-en-01",
        "en",
        "My name is [[PERSON:Grace Adeyemi]] and I rent from [[ORGANISATION:Meadowgate Housing Trust]]. "
        "We live at [[ADDRESS:Flat 12, 40 Kestrel Avenue]], Leeds [[POSTCODE:LS9 7QP]]. The bathroom "
        "ceiling leaked for months. My daughter [[PERSON:Amara]], who is [[AGE:6]], has [[HEALTH:asthma]] and "
        "the damp made it worse. I rang repairs on [[PHONE:0113 496 0571]] so many times. My complaint "
        "reference was [[REFERENCE:MHT/CMP/40917]]. In the end a surveyor called [[PERSON:Declan]] came "
        "and sorted it, and they paid £300 compensation.",
    ),
    (
        "ho-en-02",
        "en",
        "honestly i gave up ringing. my neighbour [[PERSON:mo]] said go to the ombudsman so i did. the "
        "heating in [[ADDRESS:Larch Court]] was off for 3 weeks in january. the housing officer "
        "[[PERSON:Bill]] kept saying it would be fixed soon. it was not. the ombudsman case number was "
        "[[REFERENCE:202318842]]. now they have a new boiler contractor and they text you when they are coming. "
        "you can email me at [[EMAIL:tenant.larch@example.net]] if you want to know more.",
    ),
    (
        "ho-en-03",
        "en",
        "I am a [[OTHER_SPECIAL:Muslim]] woman and I was scared to complain because of my "
        "[[OTHER_SPECIAL:refugee status]]. Mrs [[PERSON:Hope Mensah]] from the tenants group helped me. "
        "My son [[PERSON:Kwame]]'s bedroom had black mould. He was born on [[DATE_OF_BIRTH:3 March 2017]]. "
        "Our tenancy number is [[REFERENCE:TEN-558201]] and my National Insurance number is "
        "[[NI_NUMBER:QQ 12 34 56 C]]. The landlord, [[ORGANISATION:Riverside Green Homes]], apologised at stage 2.",
    ),
    (
        "ho-en-04",
        "en",
        "We are a small housing association. A resident in her 80s reported a broken lift at "
        "[[ADDRESS:Thornbury House]] and waited eleven weeks. Our complaints lead, [[PERSON:Priya Natarajan]], "
        "reviewed the case and found our contractor, [[ORGANISATION:Liftcare Services Ltd]], had no escalation "
        "route. We changed the contract. Escalations to stage 2 fell from 41 to 17 in a year. Contact: "
        "[[EMAIL:complaints@meadowgate.example.org]] or [[PHONE:020 7946 0815]].",
    ),
    (
        "ho-en-05",
        "en",
        "Nothing identifying here: the council fixed the gutters after my stage 1 complaint, within 10 "
        "working days, and the Housing Ombudsman was not needed. Things are better now.",
    ),
    (
        "ho-pl-01",
        "pl",
        "Nazywam się [[PERSON:Agnieszka Wróbel]] i mieszkam w [[ADDRESS:mieszkaniu 5, 18 Poplar Street]], "
        "[[POSTCODE:B12 9TX]]. Sąsiadka, pani [[PERSON:Bożena]], pomogła mi napisać skargę. Mój syn ma "
        "[[AGE:4 lata]] i choruje na [[HEALTH:astmę]]. Numer skargi: [[REFERENCE:CMP-77120]]. Rozmawiałam z "
        "[[PERSON:Krzysztofem]] z działu napraw. Mój telefon: [[PHONE:07700 900 614]].",
    ),
    (
        "ho-ro-01",
        "ro",
        "Mă numesc [[PERSON:Ioana Popescu]] și locuiesc la [[ADDRESS:apartamentul 3, 27 Orchard Lane]]. "
        "Fiica mea, [[PERSON:Maria]], are [[AGE:9 ani]]. Am sunat la [[PHONE:+44 7700 900 238]] de zeci de ori. "
        "Domnul [[PERSON:Radu]] de la reparații a venit abia după plângerea de etapa 2. Referința: "
        "[[REFERENCE:RJ-2024-5531]].",
    ),
    (
        "ho-ar-01",
        "ar",
        "اسمي [[PERSON:سلمى حداد]] وأسكن في [[ADDRESS:شقة 7، 15 Willow Road]]. ابني [[PERSON:يوسف]] "
        "عمره [[AGE:5 سنوات]] ويعاني من [[HEALTH:الربو]]. جاري [[PERSON:خالد]] ساعدني في كتابة الشكوى. "
        "رقم الشكوى [[REFERENCE:CMP-30418]] ورقم هاتفي [[PHONE:07700 900 771]].",
    ),
    (
        "ho-ur-01",
        "ur",
        "میرا نام [[PERSON:نسرین اختر]] ہے۔ میرے بیٹے [[PERSON:عمران]] کی عمر [[AGE:8 سال]] ہے اور اسے "
        "[[HEALTH:دمہ]] ہے۔ ہمارے گھر [[ADDRESS:فلیٹ 2، 9 Cedar Close]] میں نمی تھی۔ شکایت نمبر "
        "[[REFERENCE:HA-55102]] ہے۔",
    ),
    (
        "ho-bn-01",
        "bn",
        "আমার নাম [[PERSON:রাশেদা খাতুন]]। আমার মেয়ে [[PERSON:নুসরাত]] এর বয়স [[AGE:৭ বছর]]। আমরা "
        "[[ADDRESS:ফ্ল্যাট ৩, ২২ Birch Street]] এ থাকি। অভিযোগ নম্বর [[REFERENCE:CMP-81230]]। "
        "আমার ফোন [[PHONE:07700 900 452]]।",
    ),
    (
        "ho-pa-01",
        "pa",
        "ਮੇਰਾ ਨਾਮ [[PERSON:ਗੁਰਪ੍ਰੀਤ ਕੌਰ]] ਹੈ। ਮੇਰੇ ਪੁੱਤਰ [[PERSON:ਹਰਮਨ]] ਦੀ ਉਮਰ [[AGE:6 ਸਾਲ]] ਹੈ। "
        "ਸਾਡੇ ਘਰ ਵਿੱਚ ਸਿੱਲ੍ਹ ਸੀ। ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:CMP-66019]] ਹੈ। ਮੇਰਾ ਫ਼ੋਨ [[PHONE:07700 900 389]] ਹੈ।",
    ),
    (
        "ho-cy-01",
        "cy",
        "Fy enw i yw [[PERSON:Siân Roberts]] ac rwy'n byw yn [[ADDRESS:Fflat 6, 14 Heol y Felin]], "
        "[[POSTCODE:SA1 4PQ]]. Roedd y to yn gollwng. Helpodd [[PERSON:Gareth]] o'r tîm atgyweirio yn y diwedd. "
        "Cyfeirnod y gŵyn: [[REFERENCE:CYM-20931]].",
    ),
    # A second batch, written after the detector was built and never tuned on.
    (
        "h2-en-01",
        "en",
        "ok so this is about the damp. me and my partner [[PERSON:jade]] moved into [[ADDRESS:no 7 ashgrove terrace]] in 2021. the bedroom wall was wet to touch. i told the repairs guy, [[PERSON:Terry]], and he said its condensation open a window. our baby [[PERSON:Lily-Mae]] was [[AGE:8 months]] and kept getting chest infections. i complained to [[ORGANISATION:Pennine Vale Homes]] and quoted my tenancy ref [[REFERENCE:PVH 0045521]]. stage 2 came back late. ring me on [[PHONE:07700900514]] if you need anything.",
    ),
    (
        "h2-en-02",
        "en",
        "I want to thank [[PERSON:Mark Whitfield]] at the council's complaints team. Mark listened. Our estate, [[ADDRESS:Greenacre Park estate]], had no lighting in the stairwells for a year and my dad, who is [[AGE:78]] and has [[HEALTH:Parkinson's]], fell twice. Will my story help anyone? I hope so. My email is [[EMAIL:j.okafor77@example.co.uk]].",
    ),
    (
        "h2-en-03",
        "en",
        "The contractor, [[ORGANISATION:Ashdown Roofing Ltd]], left scaffolding up for 14 weeks. Mrs [[PERSON:Patel]] next door could not open her windows. My complaint number was [[REFERENCE:ASC-2291]]. When the Ombudsman looked at it they found service failure and ordered £250. I was born [[DATE_OF_BIRTH:12/05/1961]] and I've never had to fight like this. Our postcode is [[POSTCODE:wf10 4rt]].",
    ),
    (
        "h2-en-04",
        "en",
        "My name's [[PERSON:Rose]] and I'm a carer for my husband [[PERSON:Des]], he's got [[HEALTH:COPD]]. The heating broke in November. We live in [[ADDRESS:Flat 3B, Hawthorn Tower]]. [[PERSON:Des]] was on oxygen and the flat was freezing. A man called [[PERSON:Kofi]] from the contact centre escalated it the same day once I said the word complaint.",
    ),
    (
        "h2-pl-01",
        "pl",
        "Mój mąż [[PERSON:Tomasz]] ma [[HEALTH:cukrzycę]]. Mieszkamy przy [[ADDRESS:14 Hazel Road]] od sześciu lat. Pani [[PERSON:Joanna]] z biura mieszkaniowego obiecała naprawę, ale nic się nie działo. Złożyłam skargę, numer [[REFERENCE:HR-44810]]. Naszej córce [[PERSON:Zuzi]] zrobiło się zimno w pokoju.",
    ),
    (
        "h2-ro-01",
        "ro",
        "Sunt [[PERSON:Andrei Ionescu]], am [[AGE:42 de ani]] și lucrez în construcții. Apartamentul nostru din [[ADDRESS:Cobden House]] avea igrasie. Am vorbit cu doamna [[PERSON:Elena]] de la asociație. Telefonul meu este [[PHONE:07700 900 862]].",
    ),
    (
        "h2-ar-01",
        "ar",
        "أنا [[PERSON:منى الشريف]]، أعيش مع زوجي [[PERSON:أحمد]] وابنتنا [[PERSON:ليلى]] البالغة من العمر [[AGE:ثلاث سنوات]]. كان السقف يسرب الماء. بريدي الإلكتروني [[EMAIL:mona.s@example.org]].",
    ),
    (
        "h2-bn-01",
        "bn",
        "আমি [[PERSON:ফারহানা ইসলাম]]। আমার স্বামী [[PERSON:কামরুল]] অসুস্থ, তাঁর [[HEALTH:ডায়াবেটিস]] আছে। বাড়িওয়ালা [[ORGANISATION:ইস্টসাইড হোমস]] অনেক দেরি করেছে। আমাদের পোস্টকোড [[POSTCODE:E1 6QR]]।",
    ),
    (
        "h2-ur-01",
        "ur",
        "میں [[PERSON:شازیہ]] ہوں۔ ہمارے پڑوسی [[PERSON:طارق]] صاحب نے مدد کی۔ میری بیٹی [[PERSON:حنا]] کو [[HEALTH:الرجی]] ہے۔ میرا فون نمبر [[PHONE:07700 900 913]] ہے۔",
    ),
    (
        "h2-pa-01",
        "pa",
        "ਮੈਂ [[PERSON:ਜਸਵਿੰਦਰ ਸਿੰਘ]] ਹਾਂ। ਮੇਰੀ ਪਤਨੀ [[PERSON:ਮਨਜੀਤ]] ਨੂੰ [[HEALTH:ਦਮਾ]] ਹੈ। ਸਾਡਾ ਪਤਾ [[ADDRESS:23 Elm Grove]] ਹੈ। ਹਵਾਲਾ ਨੰਬਰ [[REFERENCE:EG-77310]]।",
    ),
    # A third batch, harder: names that are words, lower case, lists of names.
    (
        "h3-en-01",
        "en",
        "When the roof started leaking I rang and rang. Eventually [[PERSON:Will]] from the repairs hub came out. [[PERSON:Will]] was great, but he said the job needed scaffolding. We waited. I will be honest, I nearly gave up. My sister [[PERSON:Grace]] told me to put it in writing. The ombudsman reference is [[REFERENCE:202412345]]. We're at [[ADDRESS:22 Sandpiper Close]], [[POSTCODE:NE23 6YH]].",
    ),
    (
        "h3-en-02",
        "en",
        "Our housing officer is called [[PERSON:Rhiannon Pryce-Davies]]. She was kind. I have [[HEALTH:fibromyalgia]] and can't climb stairs, and the lift in our block had been broken since spring. I'm a [[OTHER_SPECIAL:Sikh]] and my turban got soaked from the ceiling drip in the hallway, which sounds funny but wasn't. Mr [[PERSON:O'Donnell]] upstairs had it worse.",
    ),
    (
        "h3-en-03",
        "en",
        "Dear team, I am writing about my mum, [[PERSON:Margaret Ellison]], who is [[AGE:91]]. She lives alone at [[ADDRESS:4 Chapel Row]]. Her carer [[PERSON:Abi]] noticed the mould. Please call me, her son [[PERSON:Stephen]], on [[PHONE:+44 (0)1632 960 442]] or email [[EMAIL:s.ellison@example.com]].",
    ),
    (
        "h3-en-04",
        "en",
        "The council sorted out the boiler in two weeks after my stage 1 complaint. I didn't need the Housing Ombudsman in the end. Thank you to everyone who helped.",
    ),
    (
        "h3-en-05",
        "en",
        "my kids [[PERSON:tyler]] and [[PERSON:mason]] share a room. [[PERSON:tyler]] is [[AGE:9]] and [[PERSON:mason]] is [[AGE:5]]. the window frame rotted through and in winter the wind came right in. i spoke to [[PERSON:sharon]] at the office about 10 times before she logged a complaint.",
    ),
    (
        "h3-pl-01",
        "pl",
        "Dzień dobry, jestem [[PERSON:Marek Kowalczyk]]. Pan [[PERSON:Nowak]] z administracji nie odpowiadał na maile. Mój numer najmu to [[REFERENCE:TN 448120]]. Mieszkam na [[ADDRESS:Willow Court]] z żoną [[PERSON:Ewą]].",
    ),
    (
        "h3-ro-01",
        "ro",
        "Vecinul meu, [[PERSON:Gheorghe]], m-a ajutat să scriu plângerea. Eu am [[HEALTH:diabet]]. Fiul meu [[PERSON:Luca]] are [[AGE:3 ani]]. Adresa: [[ADDRESS:8 Maple Drive]], [[POSTCODE:LE4 5GH]].",
    ),
    (
        "h3-ar-01",
        "ar",
        "تحدثت مع موظفة اسمها [[PERSON:سارة]] في قسم الصيانة. زوجي [[PERSON:عمر]] يعاني من [[HEALTH:السكري]]. رقم القضية لدى أمين المظالم [[REFERENCE:202455120]].",
    ),
    (
        "h3-bn-01",
        "bn",
        "আমার প্রতিবেশী [[PERSON:রহিম]] ভাই সাহায্য করেছেন। আমার ছেলে [[PERSON:আরিফ]] এর বয়স [[AGE:১১ বছর]]। ইমেইল: [[EMAIL:arif.mum@example.com]]।",
    ),
    (
        "h3-ur-01",
        "ur",
        "مرمت کے محکمے سے [[PERSON:عائشہ]] نے فون کیا۔ میری والدہ [[PERSON:زبیدہ]] کی عمر [[AGE:80 سال]] ہے۔ ہمارا پوسٹ کوڈ [[POSTCODE:BD8 7PL]] ہے۔",
    ),
    (
        "h3-pa-01",
        "pa",
        "ਮੁਰੰਮਤ ਵਾਲਾ ਬੰਦਾ [[PERSON:ਬਲਜੀਤ]] ਦੋ ਵਾਰ ਆਇਆ। ਮੇਰੀ ਧੀ [[PERSON:ਸਿਮਰਨ]] ਨੂੰ [[HEALTH:ਐਲਰਜੀ]] ਹੈ। ਮੇਰਾ ਈਮੇਲ [[EMAIL:kaur.family@example.com]] ਹੈ।",
    ),
    # A fourth batch, written by a second author who had only the marking rules and
    # never saw the detector: the first measurement of it found the misses fixed since.
    (
        "u-en-01",
        "en",
        """My name is [[PERSON:Rosalind Achterberg-Hale]] and I have lived at [[ADDRESS:Flat 7, 38 Quarry Bank Road]], Sheffield [[POSTCODE:S6 3RW]] since 2014. My landlord is [[ORGANISATION:Pennine Vale Housing]].

In the winter of 2022 black mould spread across the back bedroom where my daughter [[PERSON:Grace]] sleeps. [[PERSON:Grace]] is [[AGE:9]] and has [[HEALTH:asthma]], and by January she was using her blue inhaler four times a day. I reported it on [[PHONE:0114 496 0385]] and was given repair job number [[REFERENCE:RJ-558172]]. A man from [[ORGANISATION:Brightwall Damp Solutions]] sprayed the wall and left. The mould was back within three weeks.

My stage 1 complaint (reference [[REFERENCE:PVH/CMP/30914]]) was answered by [[PERSON:Neil]], who put it down to "lifestyle condensation". At stage 2 I asked for a survey and was refused, so I went to the Housing Ombudsman. Our case number there was [[REFERENCE:202304417]], and the investigator, Mrs [[PERSON:Adebayo]], went through every photo I had sent.

The Ombudsman found maladministration and ordered a survey and £900 compensation. The surveyor found a missing cavity tray above the window. It was fixed in the summer, and I hope that is the end of it. [[PERSON:Grace]]'s inhaler mostly stays in the drawer now.""",
    ),
    (
        "u-en-02",
        "en",
        """hiya so im [[PERSON:dawn mcallister]] and ive been at [[ADDRESS:14b larkspur court]] [[POSTCODE:ls9 7qr]] for about 6 yrs. at the crack of dawn on a sunday in feb i woke up to water pouring thru the light in the kitchen. the lad upstairs [[PERSON:kyle]] had a pipe burst under his sink and he wasnt even in.

rang [[ORGANISATION:northgate living]] out of hours on [[PHONE:0113 496 0772]] and they said somebody wud come within 4 hrs. nobody came til the next afternoon and by then half the cieling was on the floor. my little boy [[PERSON:jack]] is [[AGE:4]] and his cot was in the next room, i dont even want to think about it.

my mate [[PERSON:shaz]] told me to put a complaint in so i did, ref [[REFERENCE:nl-44821]]. a woman called [[PERSON:amber]] rang me back the same week and honestly she was lovely, she actually said sorry like she meant it. stage 1 they paid for the carpet and £250 for the hassle. took 3 months to get a plasterer tho and i had to chase [[PERSON:amber]] twice.

[[PERSON:kyle]] still says sorry every time he sees me lol. not his fault tbh, the pipe was ancient.""",
    ),
    (
        "u-en-03",
        "en",
        """I have been Complaints Manager at [[ORGANISATION:Cinderford Housing Group]] for three years, and I want to share one case that changed how we work.

Mrs [[PERSON:Khatun]], who lives on the ninth floor of [[ADDRESS:Ashgrove Tower]], complained that her bathroom extractor fan had not worked for a year. Each time she rang, a new repair was raised and the old one was closed. When I pulled the history there were eleven jobs, all closed as "no access" or "completed". Our contractor, [[ORGANISATION:Tidewell Maintenance Ltd]], had been paid for most of them.

My colleague [[PERSON:Will Okonjo]] visited with her and found that the fan had never been wired in. We upheld the complaint at stage 1, fitted a new fan the same week and offered £400. We also disputed the bill from the contractor, which will now be checked against photos before we pay it.

The bigger change is that a repair can no longer be closed as "no access" without a card left and a call logged. Residents who want to talk to us about a complaint can email [[EMAIL:complaints@cinderford-hg.example.org]] or ring [[PHONE:01632 960 184]]. I'd rather hear about a problem in week one than in year one.""",
    ),
    (
        "u-en-04",
        "en",
        """I'm [[PERSON:Joy Mensah-Bright]]. I live at [[ADDRESS:52 Tamworth Gardens]], Coventry [[POSTCODE:CV2 4HN]], with my husband [[PERSON:Kwame]] and our twins, [[PERSON:Hope]] and [[PERSON:Faith]], who are [[AGE:11]].

Last year a house across the road was let to a man who ran a car repair business from the pavement. Engines revving at midnight, oil down the drain, people shouting. When [[PERSON:Kwame]] asked him to keep it down he was threatened. There was no joy in going outside.

We reported it to [[ORGANISATION:Meriden Heath Homes]] and they opened ASB case [[REFERENCE:ASB/2023/0672]]. The officer, [[PERSON:Sunny Dhaliwal]], gave us diary sheets and to be fair he came out twice. [[PERSON:Bill]] from next door, who is [[AGE:80]], kept a diary too, though he was frightened to sign it.

Months passed, so I complained. The stage 1 response said the case was "ongoing". I honestly lost hope at that point. Cllr [[PERSON:Maureen O'Halloran]] came to see us and asked for a stage 2 review, which found that the diaries had never been passed to the police or used for a warning letter. A formal warning followed, then an injunction. The street is quiet again and [[PERSON:Hope]] and [[PERSON:Faith]] play out on their bikes.""",
    ),
    (
        "u-en-05",
        "en",
        """I am writing this on behalf of my father, Mr [[PERSON:Desmond Fairweather-Lloyd]]. Dad is [[AGE:84]], lives alone at [[ADDRESS:3 Holloway Close]], Bristol [[POSTCODE:BS4 2PX]], and has [[HEALTH:COPD]] and early [[HEALTH:vascular dementia]]. His landlord is [[ORGANISATION:Severnside Community Housing]].

His boiler broke on 9 December. I rang the repairs line on [[PHONE:0117 496 0241]] and was asked for his date of birth, [[DATE_OF_BIRTH:02/11/1939]], and his National Insurance number, [[NI_NUMBER:JT 62 48 19 B]], before they would log it. The call handler, [[PERSON:Rose]], was kind and marked him as vulnerable. Even so, no engineer came for six days. Two fan heaters were dropped off, and his electricity bill that month was more than he could cover.

I complained and asked why a man with a lung condition had been left without heat. The stage 1 reply blamed a parts shortage. At stage 2 the manager, [[PERSON:Colin]], admitted the vulnerability flag on Dad's record had never reached the contractor. They refunded the extra electricity, paid £350 and now text me as well as Dad whenever a job is booked. The damp that rose up the bedroom wall while the heating was off has been treated too.""",
    ),
    (
        "u-en-06",
        "en",
        """Our block has one lift and eleven floors. When it broke down last summer it stayed broken for nine weeks. People with prams carried them up the stairs, and older neighbours who could not manage the stairs did not go out at all.

We phoned the repairs line almost every day. Each time we were told an engineer was booked, and each time the date moved. In the end a group of us wrote one complaint together and signed it. The stage 1 reply said the part had to come from abroad and apologised for the delay. It did not explain why no one had told us that.

At stage 2 we asked for three things: a written update every week, help with the stairs for anyone who needed it, and a plan for next time. The landlord agreed to all three and paid each household £75. The lift was fixed in the autumn.

The landlord now keeps a spare control board for lifts of that age and posts updates in the lobby. We will see whether it holds, but I would tell anyone in a tower block to complain as a group. One letter with thirty signatures on it is hard to ignore, and nobody had to do it alone.""",
    ),
    (
        "u-en-07",
        "en",
        """My name is [[PERSON:Tariq Al-Rashidi]]. I am [[OTHER_SPECIAL:Syrian]] and I was granted [[OTHER_SPECIAL:refugee status]] in 2019. Since then my wife [[PERSON:Lina]], our sons [[PERSON:Omar]], [[AGE:15]], and [[PERSON:Yusuf]], [[AGE:12]], and I have lived at [[ADDRESS:Flat 22, Marlowe House]] on the [[ADDRESS:Penhallow Estate]], [[POSTCODE:N17 9XA]].

Two bedrooms for four people is tight, but the real problem was the damp. Water came through the bathroom wall from next door, and the boys' room smelt of it. I wrote many times from [[EMAIL:t.alrashidi@example.net]] to [[ORGANISATION:Kingsmoor Borough Council]]. The replies said a job had been raised, but no one came.

I also asked to move. Our housing register number is [[REFERENCE:7730194]], and for two years our banding was never reviewed, even after our GP wrote that [[PERSON:Omar]]'s [[HEALTH:eczema]] was worse in the flat. An officer once told me that as [[OTHER_SPECIAL:Muslims]] we would "prefer to stay near the mosque", which I had never said.

I made a formal complaint, reference [[REFERENCE:KBC-CF-20931]]. At stage 2 the council apologised for the comment, fixed the leak and reviewed our banding. We are now in a higher band and have bid on two larger homes. It is not finished, but at last someone answers my emails.""",
    ),
    (
        "u-en-08",
        "en",
        """I'm [[PERSON:Mark]] and I've been a surveyor with [[ORGANISATION:Thornbury Gate Homes]] for 11 years. One case made me rethink how I do my job.

Last summer I was sent to a flat on the twelfth floor of [[ADDRESS:Beacon Tower]] about a dark mark on the bedroom ceiling. The tenant, [[PERSON:Summer Okafor]], had reported it four times. Her son [[PERSON:Tobi]] has [[HEALTH:sickle cell disease]] and gets chest infections, so damp is not a small thing for them. Job [[REFERENCE:J0093371]] said "stain, paint over", and honestly that's what I expected to do.

Once I got into the loft void, it was clear the roof membrane had failed. I raised it with [[ORGANISATION:Hallam & Pryce Roofing]], but the order sat unapproved for two months. [[PERSON:Summer]] complained, and [[PERSON:Dawn]] in the complaints team rang me to ask why nothing had happened. I didn't have a good answer.

The stage 1 response upheld the complaint and the roof was repaired in October. Now any job where a child's health is mentioned comes to me flagged, and I can approve roof work up to a set amount without waiting for sign-off. [[PERSON:Summer]] told me [[PERSON:Tobi]] hasn't been in hospital since the spring. That's the best feedback I've had.""",
    ),
    (
        "u-en-09",
        "en",
        """This story is about being ignored. I'm [[PERSON:Bridget O'Donoghue]], I'm an [[OTHER_SPECIAL:Irish Traveller]], and I've rented from [[ORGANISATION:Greystoke Housing Partnership]] for six years at [[ADDRESS:9 Cowley Rise]], London [[POSTCODE:se154rt]].

In March my front door was damaged in a break-in attempt and would not lock. I rang [[PHONE:(020) 7946 0318]] and was told it was an emergency job. Nobody came that night or the next. My daughter [[PERSON:Kathleen]] stayed with me and we pushed a chest of drawers against the door.

I emailed [[EMAIL:customer.care@greystoke-housing.example.co.uk]] three times and gave my mobile, [[PHONE:+44 7700 900461]], each time. Not one call back. When I got through, the woman said the notes described me as "aggressive". I had never raised my voice. I felt written off because of who I am.

I complained at stage 1, complaint number [[REFERENCE:GHP-2023-01177]]. They fixed the door, ten days late, and apologised. At stage 2 I asked them to remove the comment from my record. They agreed it should never have been written, deleted it, and put their call handlers through equality training. A housing officer, [[PERSON:Declan]], now rings me once a month to check in. I never thought I'd say that.""",
    ),
    (
        "u-en-10",
        "en",
        """MY NAME IS [[PERSON:BILL HAWORTH]] and I want people to know what we went through. We live at [[ADDRESS:27 Ferncliffe Avenue]], Manchester [[POSTCODE:M14 6PD]], a house owned by [[ORGANISATION:Irwell Bridge Housing]].

The back bedroom window frame rotted through and in the end the pane fell into the garden. My wife [[PERSON:Brenda]] has [[HEALTH:multiple sclerosis]] and the cold makes her legs seize up. Our grandson [[PERSON:Tyler]] was staying that week and he's only [[AGE:6]]. We taped a board over the hole ourselves.

They sent [[ORGANISATION:ClearPane Glazing]], who measured up and said 8 weeks for a new window. EIGHT WEEKS. In winter. I put a complaint in, reference [[REFERENCE:IBH-C-000487]], and heard nothing for a month. Then the stage 1 letter said the wait was "within our published timescales". I didn't need timescales, I needed a window.

When stage 2 said the same I went to the Housing Ombudsman. Before they had even finished, the landlord rang to offer a new window within the week and £600. The Ombudsman's decision said they should have put a temporary window in on day one. I'll keep that letter. And the BILL for the board and tape? Paid, eventually.
[[PERSON:BILL]]""",
    ),
    (
        "u-en-11",
        "en",
        """I work in the complaints team at a medium-sized housing association. I want to write about what we learned from a year of damp and mould complaints, because I think the lessons apply anywhere.

First, we were treating each report as a separate job. A resident might report mould in March, again in June and again in November, and each time an operative would wipe it down and close the job. Nobody looked at the history. Now three reports in a year trigger a survey.

Second, our letters blamed residents. Phrases like "lifestyle" and "drying clothes indoors" appeared in almost every stage 1 response. We removed them. If a home cannot be kept dry with normal living, that is a problem with the home.

Third, we waited for the Housing Ombudsman to tell us what we should have known. After two findings of maladministration in one quarter, our board asked for a monthly report on every open damp case. It is the most useful thing we produce.

None of this was expensive. It took honesty, a bit of will and a change in who signs off a letter. Complaints fell by a third the following year, and the ones we get now are mostly things we can fix quickly.""",
    ),
    (
        "u-en-12",
        "en",
        """im [[AGE:19]] and i got my first flat last year, [[ADDRESS:Flat 2, 115 Stratford Lane]], Birmingham [[POSTCODE:B11 3JU]]. my name is [[PERSON:Kacey-Leigh Brennan]], the landlord is [[ORGANISATION:Rea Valley Homes]] and my tenancy number is [[REFERENCE:RVH0088142]].

my baby [[PERSON:Amber-Rose]] was [[AGE:7 months]] when we moved in. within a few weeks there was mould in every corner of the bedroom and on her cot mattress. i had [[HEALTH:postnatal depression]] at the time and honestly i thought it was my fault for not cleaning enough. my boyfriend [[PERSON:Dazza]] kept scrubbing it with bleach but it came back every week.

my support worker [[PERSON:Hannah]] said it wasnt my fault and helped me write a complaint. we got a letter from Dr [[PERSON:Chaudhry]] at the surgery saying [[PERSON:Amber-Rose]] had been wheezy since we moved. i rang [[PHONE:0121 496 0935]] to chase and they gave me complaint number [[REFERENCE:RVH-CMP-5561]].

the stage 1 reply said the extractor was broken and there were no trickle vents, and they fitted both in a week. they gave me a new mattress and £300 as well. the mould hasnt come back and [[PERSON:Amber-Rose]] sleeps loads better. if its your first place dont think you have to put up with it""",
    ),
    (
        "u-pl-01",
        "pl",
        """Nazywam się [[PERSON:Katarzyna Wróblewska]] i od czterech lat mieszkam z synem pod adresem [[ADDRESS:9 Whitmore Road]], Peterborough, [[POSTCODE:PE2 8LW]]. Mój syn [[PERSON:Kuba]] ma [[AGE:6 lat]] i choruje na [[HEALTH:astmę]]. Mieszkanie należy do [[ORGANISATION:Fenland Crest Homes]].

Zeszłej zimy w pokoju [[PERSON:Kuby]] pojawiła się czarna pleśń, najpierw za szafą, potem nad oknem. Z [[PERSON:Kubą]] chodziliśmy do lekarza co tydzień, a [[PERSON:Kubie]] lekarz przepisał drugi inhalator. Dzwoniłam z komórki [[PHONE:07700 900584]] chyba dziesięć razy. Raz przyszedł fachowiec, umył ścianę i poszedł.

Złożyłam skargę, numer [[REFERENCE:FCH-77120]]. Rozmawiałam z panią [[PERSON:Sandrą]] z działu skarg i powiedziałam jej, że czuję się traktowana gorzej, bo jestem [[OTHER_SPECIAL:Polką]]. Pani [[PERSON:Sandra]] przeprosiła i obiecała, że sprawą zajmie się kierownik.

W drugim etapie przyznali, że problemem był brak wentylacji i przeciekająca rynna. Wymienili rynnę, zamontowali wentylator i zapłacili 500 funtów odszkodowania. Teraz [[PERSON:Kuba]] śpi spokojnie, a ja wiem, że warto skarżyć się na piśmie.""",
    ),
    (
        "u-pl-02",
        "pl",
        """Jestem [[PERSON:Wojciech Zieliński]], mam [[AGE:58 lat]] i mieszkam na osiedlu [[ADDRESS:Ravenscroft]] w Slough, w mieszkaniu [[ADDRESS:Flat 31, Dunmore Court]], [[POSTCODE:SL1 4GJ]]. Właścicielem budynku jest [[ORGANISATION:Castlegate Homes]].

Przez całą zimę nie działało ogrzewanie w bloku. Mój sąsiad, pan [[PERSON:Tadeusz]], ma [[AGE:81 lat]] i [[HEALTH:chorobę Parkinsona]], więc razem z [[PERSON:Ewą]], jego córką, nosiliśmy mu grzejniki elektryczne. Pisałem do landlorda z adresu [[EMAIL:wojtek.zielinski@example.com]], podając numer najmu [[REFERENCE:CGH-T-402218]] i nawet numer ubezpieczenia [[NI_NUMBER:qq458122d]], bo o niego prosili.

Dopiero kiedy napisałem skargę razem z [[PERSON:Tadeuszem]], coś się ruszyło. [[PERSON:Tadeuszowi]] przysłali technika w ciągu dwóch dni. Pan [[PERSON:Marek]] z biura skarg zadzwonił do mnie osobiście. Od [[PERSON:Marka]] dowiedziałem się, że kocioł w piwnicy był zgłoszony do wymiany już rok wcześniej.

W odpowiedzi na skargę w drugim etapie przeprosili, wymienili kocioł i wypłacili każdemu mieszkaniu 200 funtów. Teraz mają plan awaryjny na zimę.""",
    ),
    (
        "u-ro-01",
        "ro",
        """Mă numesc [[PERSON:Ionela Ștefănescu]] și locuiesc cu soțul meu, [[PERSON:Cătălin]], și cu fetița noastră, [[PERSON:Ilinca]], la adresa [[ADDRESS:40 Gorse Hill Road]], Ilford, [[POSTCODE:ig1 2ne]]. Proprietarul este [[ORGANISATION:Eastbrook Living]].

Anul trecut, în noiembrie, a apărut mucegai negru pe peretele din dormitorul [[PERSON:Ilincăi]]. [[PERSON:Ilinca]] are [[AGE:3 ani]] și a făcut de două ori [[HEALTH:bronșiolită]] în iarna aceea. Am sunat la [[PHONE:020 7946 0592]] de nenumărate ori. Domnul [[PERSON:Gareth]] de la reparații a venit, a dat cu vopsea anti-mucegai și a plecat.

Am depus o plângere cu numărul [[REFERENCE:EBL-5520981]]. Răspunsul de la etapa 1 spunea că este „condensare din cauza stilului de viață”. La etapa 2 [[PERSON:Cătălin]] a trimis fotografii și scrisoarea medicului. Când nici asta n-a mers, am scris la Housing Ombudsman.

Ombudsmanul a constatat administrare defectuoasă. Au izolat peretele exterior, au montat un ventilator și ne-au plătit 750 de lire. Îi mulțumesc și lui [[PERSON:Gareth]], care până la urmă a recunoscut că vopseaua nu rezolvă nimic.""",
    ),
    (
        "u-ro-02",
        "ro",
        """Sunt [[PERSON:Florin Bălănescu]], născut pe [[DATE_OF_BIRTH:17.08.1983]], și locuiesc în [[ADDRESS:Wheatsheaf Tower]], la etajul 14, cod poștal [[POSTCODE:LU2 0PT]]. Am [[OTHER_SPECIAL:settled status]] și lucrez în construcții. Suntem o familie de [[OTHER_SPECIAL:romi]], lucru pe care îl spun doar pentru că are legătură cu ce s-a întâmplat.

Vecinii de deasupra aruncau gunoi pe balconul nostru și ne strigau în fiecare seară să „ne întoarcem acasă”. Am raportat la [[ORGANISATION:Chiltern Brook Homes]], iar cazul de comportament antisocial a primit numărul [[REFERENCE:ASB-1194-CB]]. Soția mea, [[PERSON:Mihaela]], a ținut un jurnal. [[PERSON:Mihaelei]] îi era frică să mai iasă singură seara.

Ofițerul de caz, [[PERSON:Priya]], ne-a cerut numărul de asigurare socială, [[NI_NUMBER:SN 73 09 41 A]], și un e-mail, așa că i-am dat [[EMAIL:florin.balanescu@example.com]]. După două luni nu se schimbase nimic și am depus plângere. La etapa 2 au recunoscut că n-au tratat incidentele ca infracțiuni motivate de ură.

Au trimis avertismente oficiale, au instalat o cameră pe hol, iar vecinii au fost mutați în altă clădire. [[PERSON:Mihaela]] zâmbește din nou.""",
    ),
    (
        "u-ar-01",
        "ar",
        """اسمي [[PERSON:سلمى الحداد]]، وأسكن مع أطفالي في [[ADDRESS:18 Clarendon Street]] في ليفربول، والرمز البريدي [[POSTCODE:L6 1BX]]. المالك هو [[ORGANISATION:Mersey Harbour Homes]].

منذ الشتاء الماضي كان سقف المطبخ يسرّب الماء كلما أمطرت. ابني [[PERSON:يوسف]] عمره [[AGE:٨ سنوات]] ومصاب بمرض [[HEALTH:الربو]]، ورائحة الرطوبة كانت تجعله يسعل طوال الليل. اتصلت بالرقم [[PHONE:٠١٥١ ٤٩٦ ٠٧٢٦]] أكثر من عشر مرات، وفي كل مرة يعطونني رقم إصلاح جديداً.

قدّمت شكوى رسمية برقم [[REFERENCE:MHH-44710]]. الموظف [[PERSON:ديفيد]] كان مهذباً لكنه قال إن المشكلة سببها التكاثف. في المرحلة الثانية أرسلت صوراً وتقريراً من طبيب [[PERSON:يوسف]]، وساعدتني ابنتي [[PERSON:ليان]] في كتابة الرسالة بالإنجليزية.

بعد المرحلة الثانية اعترفوا بأن السطح متضرر، وأصلحوه خلال ثلاثة أسابيع، ودفعوا لنا ٤٠٠ جنيه. الآن ينام [[PERSON:يوسف]] بشكل أفضل، وتعلّمت أن أكتب كل شيء وأحتفظ بالنسخ.""",
    ),
    (
        "u-ar-02",
        "ar",
        """أنا [[PERSON:عبد الرحمن عثمان]]، [[OTHER_SPECIAL:سوداني]]، وحصلت على [[OTHER_SPECIAL:حق اللجوء]] في بريطانيا سنة ٢٠١٧. تاريخ ميلادي [[DATE_OF_BIRTH:١٢/٠٥/١٩٧٨]]، وأسكن في مبنى [[ADDRESS:Ashcombe House]]، [[POSTCODE:E3 5QT]]، التابع لـ[[ORGANISATION:Lea Marsh Housing Association]].

لمدة سنة كان جاري في الطابق العلوي يشغّل الموسيقى بصوت عالٍ بعد منتصف الليل ويكتب كلمات مسيئة على بابنا لأننا [[OTHER_SPECIAL:مسلمون]]. زوجتي [[PERSON:فاطمة]] توقفت عن الخروج وحدها. بلّغت عن ذلك وفتحوا قضية سلوك معادٍ للمجتمع برقم [[REFERENCE:٢٠٢٣٠٤١٨]].

طلبوا رقم التأمين الوطني [[NI_NUMBER:QQ 71 30 26 B]] وبريدي الإلكتروني [[EMAIL:a.osman78@example.org]]، ثم لم يتصل بي أحد لمدة ثلاثة أشهر. قدّمت شكوى، وفي المرحلة الثانية قالت المسؤولة [[PERSON:كلير]] إنهم لم يعتبروا الكتابة على الباب جريمة كراهية، وكان ذلك خطأ.

رفعت الأمر إلى Housing Ombudsman ورقم القضية [[REFERENCE:٢٠٢٣١٠٥٥٢]]. وجد سوء إدارة، فنُقل الجار إلى مكان آخر، ودفعوا لنا تعويضاً، وأرسلوا لـ[[PERSON:فاطمة]] رسالة اعتذار خاصة.""",
    ),
    (
        "u-ur-01",
        "ur",
        """میرا نام [[PERSON:شازیہ پروین]] ہے۔ میں اپنے شوہر [[PERSON:عمران]] اور ساس کے ساتھ [[ADDRESS:61 Belgrave Road]]، بریڈفورڈ، [[POSTCODE:BD8 9JA]] میں رہتی ہوں۔ ہمارا گھر [[ORGANISATION:Aire Valley Homes]] کا ہے اور کرایہ داری نمبر [[REFERENCE:۴۴۰۱۹۸۲۷]] ہے۔

پچھلے سال باتھ روم کی چھت سے پانی ٹپکنے لگا اور دیواروں پر کالی پھپھوندی آ گئی۔ میری ساس کی عمر [[AGE:۷۶ سال]] ہے اور انہیں [[HEALTH:ذیابیطس]] اور [[HEALTH:گٹھیا]] ہے، اس لیے وہ سیڑھیاں بھی مشکل سے چڑھتی ہیں۔ میں نے [[PHONE:۰۷۷۰۰ ۹۰۰۵۱۹]] سے کئی بار فون کیا، ہر بار کہا گیا کہ کوئی آئے گا۔

آخر کار میں نے شکایت درج کی۔ شکایات والی [[PERSON:سارہ]] نے پہلی بار ہماری بات سنی اور خود آ کر گھر دیکھا۔ [[PERSON:عمران]] نے ان کو ساری تصویریں دکھائیں۔ پہلے مرحلے کے جواب میں انہوں نے مانا کہ اوپر والے فلیٹ کا پائپ ٹوٹا ہوا تھا۔

پائپ بدل دیا گیا، چھت نئی بنی، اور ہمیں ۳۰۰ پاؤنڈ ملے۔ اب ساس کے لیے نیچے والے کمرے میں شاور بھی لگ رہا ہے۔ [[PERSON:سارہ]] کا شکریہ۔""",
    ),
    (
        "u-ur-02",
        "ur",
        """السلام علیکم، میں [[PERSON:زبیر حسین]] ہوں اور [[ADDRESS:Moorside Estate]] پر [[ADDRESS:22 Heywood Walk]] میں رہتا ہوں، پوسٹ کوڈ [[POSTCODE:ol9 7hs]]۔ ہم [[OTHER_SPECIAL:پاکستانی]] [[OTHER_SPECIAL:مسلمان]] خاندان ہیں اور یہ علاقہ ہمیں پسند ہے، مگر پچھلے سال کچھ لڑکوں نے ہماری گاڑی کے شیشے توڑ دیے اور دروازے پر گالیاں لکھ دیں۔

میں نے [[ORGANISATION:Pennington Moss Council]] کو [[PHONE:0161 496 0637]] پر اطلاع دی اور ای میل [[EMAIL:zubair.hussain@example.co.uk]] سے تصویریں بھیجیں۔ اینٹی سوشل بیہیویئر کیس نمبر [[REFERENCE:ASB/PM/3381]] ملا، لیکن افسر [[PERSON:جیسن]] نے کہا کہ یہ "بچوں کی شرارت" ہے۔

میرے بیٹے [[PERSON:حمزہ]] کی عمر [[AGE:۱۴ سال]] ہے، وہ اتنا ڈر گیا کہ اس نے اکیلے اسکول جانا چھوڑ دیا۔ میں نے شکایت کی اور کونسلر [[PERSON:ریچل]] سے بھی بات کی۔ دوسرے مرحلے میں کوئی تبدیلی نہیں آئی تو میں نے Housing Ombudsman کو لکھا۔ کیس نمبر [[REFERENCE:202311209]] تھا۔

فیصلے میں کہا گیا کہ کونسل نے نسلی نفرت کو سنجیدگی سے نہیں لیا۔ اب گلی میں کیمرے لگ گئے ہیں اور [[PERSON:حمزہ]] دوبارہ اکیلا اسکول جاتا ہے۔""",
    ),
    (
        "u-bn-01",
        "bn",
        """আমার নাম [[PERSON:রুবিনা আক্তার]]। আমি আমার দুই ছেলেকে নিয়ে [[ADDRESS:Flat 8, 14 Ropemaker Walk]], লন্ডন [[POSTCODE:E1 3RZ]]-এ থাকি। বাড়িওয়ালা হলো [[ORGANISATION:Limehurst Housing Trust]]।

আমার বড় ছেলে [[PERSON:তানভীর]]-এর বয়স [[AGE:১০ বছর]], ওর [[HEALTH:অটিজম]] আছে। গত বছর বাথরুমের পাইপ ফেটে নিচের ঘরে পানি চলে যায়, আর মেরামতের লোক আসতে লাগে তিন সপ্তাহ। [[PERSON:তানভীর]] হঠাৎ পরিবর্তন সহ্য করতে পারে না, ভেজা কার্পেট আর গন্ধে ও রাতে ঘুমাতে পারত না।

আমি [[PHONE:০৭৭০০ ৯০০৬৮২]] থেকে বারবার ফোন করেছি। শেষে অভিযোগ করলাম, নম্বর [[REFERENCE:LHT-22098]]। অভিযোগ বিভাগের [[PERSON:জেমস]] প্রথমে বলল এটা জরুরি নয়। আমার ছোট ছেলে [[PERSON:রাইয়ান]] ইংরেজিতে চিঠি লিখতে সাহায্য করল।

দ্বিতীয় ধাপে তারা মেনে নিল যে [[PERSON:তানভীর]]-এর প্রয়োজনের কথা রেকর্ডে থাকা সত্ত্বেও কেউ তা দেখেনি। নতুন কার্পেট, ৩৫০ পাউন্ড ক্ষতিপূরণ, আর এখন আমাদের ফাইলে একটা সতর্কতা আছে যাতে মেরামতের আগে আমাকে ফোন করা হয়। [[PERSON:জেমস]] নিজেও পরে ক্ষমা চেয়েছে।""",
    ),
    (
        "u-bn-02",
        "bn",
        """আমি [[PERSON:মাহমুদা খাতুন]], জন্ম তারিখ [[DATE_OF_BIRTH:০৩/০৯/১৯৬৫]]। আমি [[OTHER_SPECIAL:বাংলাদেশি]] বংশোদ্ভূত, [[ADDRESS:Kingfisher Tower]]-এর ১১ তলায় থাকি, পোস্টকোড [[POSTCODE:e14 6lb]]। আমাদের বাড়িওয়ালা [[ORGANISATION:Millwall Quay Housing]]।

আমার স্বামী [[PERSON:আব্দুল করিম]]-এর [[HEALTH:হৃদরোগ]] আছে, গত বছর একটা [[HEALTH:স্ট্রোক]]ও হয়েছে। জানুয়ারিতে টাওয়ারের হিটিং দুই সপ্তাহ বন্ধ ছিল। আমি [[EMAIL:mahmuda.k@example.net]] থেকে ইমেইল করেছি, জাতীয় বীমা নম্বর [[NI_NUMBER:QQ 93 17 64 A]] সহ, কারণ ফর্মে সেটা চেয়েছিল। কেউ উত্তর দেয়নি।

আমার মেয়ে [[PERSON:নাসরিন]] অফিসে ফোন করল [[PHONE:020 7946 0261]] নম্বরে। তখন [[PERSON:লিসা]] নামে একজন বলল, অভিযোগ করতে হবে। অভিযোগ নম্বর [[REFERENCE:MQH/C/4517]]।

দ্বিতীয় ধাপের উত্তরে তারা ক্ষমা চাইল, আর এখন [[PERSON:করিম]] সাহেবের মতো অসুস্থ মানুষদের জন্য হিটার আর অস্থায়ী ব্যবস্থা রাখে। আমরা ২৫০ পাউন্ড পেয়েছি। তবে সবচেয়ে বড় কথা, এখন কেউ ফোন ধরে।""",
    ),
    (
        "u-pa-01",
        "pa",
        """ਮੇਰਾ ਨਾਮ [[PERSON:ਹਰਪ੍ਰੀਤ ਕੌਰ]] ਹੈ। ਮੈਂ ਆਪਣੇ ਪਤੀ [[PERSON:ਮਨਜੀਤ]] ਅਤੇ ਸਹੁਰਾ ਜੀ ਨਾਲ [[ADDRESS:46 Havelock Crescent]], ਸਾਊਥਾਲ, [[POSTCODE:UB1 2QS]] ਵਿੱਚ ਰਹਿੰਦੀ ਹਾਂ। ਘਰ [[ORGANISATION:Brentwater Housing]] ਦਾ ਹੈ।

ਮੇਰੇ ਸਹੁਰਾ ਜੀ, [[PERSON:ਗੁਰਦੀਪ ਸਿੰਘ]], [[AGE:੮੧ ਸਾਲ]] ਦੇ ਹਨ। ਉਹਨਾਂ ਨੂੰ [[HEALTH:ਗਠੀਆ]] ਅਤੇ [[HEALTH:ਸ਼ੂਗਰ]] ਹੈ। ਪਿਛਲੀਆਂ ਸਰਦੀਆਂ ਵਿੱਚ ਬਾਇਲਰ ਤਿੰਨ ਵਾਰ ਖ਼ਰਾਬ ਹੋਇਆ। ਮੈਂ [[PHONE:੦੭੭੦੦ ੯੦੦੭੪੩]] ਤੋਂ ਰਿਪੇਅਰ ਲਾਈਨ ਨੂੰ ਫ਼ੋਨ ਕਰਦੀ ਰਹੀ। ਰਿਪੇਅਰ ਜੌਬ ਨੰਬਰ [[REFERENCE:੫੫੩੨੧੯]] ਮਿਲਿਆ, ਪਰ ਇੰਜੀਨੀਅਰ ਹਰ ਵਾਰ ਆਰਜ਼ੀ ਤੌਰ ਤੇ ਠੀਕ ਕਰਕੇ ਚਲਾ ਜਾਂਦਾ।

ਅਸੀਂ [[OTHER_SPECIAL:ਸਿੱਖ]] ਪਰਿਵਾਰ ਹਾਂ ਅਤੇ ਬਾਪੂ ਜੀ ਸਵੇਰੇ ਜਲਦੀ ਇਸ਼ਨਾਨ ਕਰਦੇ ਹਨ, ਗਰਮ ਪਾਣੀ ਤੋਂ ਬਿਨਾਂ ਬਹੁਤ ਔਖਾ ਸੀ। ਮੈਂ ਸ਼ਿਕਾਇਤ ਕੀਤੀ। ਸ਼ਿਕਾਇਤਾਂ ਵਾਲੀ [[PERSON:ਲੂਸੀ]] ਨੇ ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ ਮੰਨਿਆ ਕਿ ਬਾਇਲਰ ਪਹਿਲਾਂ ਹੀ ਬਦਲਣਾ ਚਾਹੀਦਾ ਸੀ।

ਨਵਾਂ ਬਾਇਲਰ ਦੋ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਲੱਗ ਗਿਆ ਅਤੇ ਸਾਨੂੰ ੪੦੦ ਪੌਂਡ ਮੁਆਵਜ਼ਾ ਮਿਲਿਆ। [[PERSON:ਮਨਜੀਤ]] ਕਹਿੰਦੇ ਹਨ ਕਿ ਸਾਨੂੰ ਸ਼ੁਰੂ ਵਿੱਚ ਹੀ ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਕਰਨੀ ਚਾਹੀਦੀ ਸੀ।""",
    ),
    (
        "u-pa-02",
        "pa",
        """ਮੈਂ [[PERSON:ਜਸਵਿੰਦਰ ਸਿੰਘ ਗਿੱਲ]] ਹਾਂ, [[ADDRESS:Foxhollow Estate]] ਤੇ [[ADDRESS:7 Linden Walk]] ਵਿੱਚ ਰਹਿੰਦਾ ਹਾਂ, ਪੋਸਟਕੋਡ [[POSTCODE:WV10 9BE]]। ਮੇਰਾ ਕਿਰਾਏਦਾਰੀ ਨੰਬਰ [[REFERENCE:PVC-883104]] ਹੈ ਅਤੇ ਮਕਾਨ ਮਾਲਕ [[ORGANISATION:Penkridge Vale Council]] ਹੈ।

ਸਾਡੀ ਸਮੱਸਿਆ ਗੱਲਬਾਤ ਦੀ ਸੀ। ਰਸੋਈ ਦੀ ਛੱਤ ਵਿੱਚੋਂ ਪਾਣੀ ਚੋਂਦਾ ਸੀ ਅਤੇ ਮੈਂ ਛੇ ਮਹੀਨੇ [[EMAIL:jas.gill@example.org]] ਤੋਂ ਈਮੇਲਾਂ ਭੇਜੀਆਂ। ਹਰ ਵਾਰ ਜਵਾਬ ਆਉਂਦਾ ਕਿ ਮਾਮਲਾ ਅੱਗੇ ਭੇਜ ਦਿੱਤਾ ਹੈ। ਮੇਰੀ ਧੀ [[PERSON:ਸਿਮਰਨ]], ਜੋ [[AGE:੧੬ ਸਾਲ]] ਦੀ ਹੈ, ਨੇ ਸਾਰੀਆਂ ਈਮੇਲਾਂ ਦੀ ਇੱਕ ਸੂਚੀ ਬਣਾਈ।

ਫਿਰ ਮੈਂ [[PHONE:0121 496 0158]] ਤੇ ਫ਼ੋਨ ਕਰਕੇ ਰਸਮੀ ਸ਼ਿਕਾਇਤ ਕੀਤੀ। ਕੌਂਸਲਰ [[PERSON:ਪਾਲ ਰਿਚਰਡਸ]] ਨੇ ਵੀ ਚਿੱਠੀ ਲਿਖੀ। ਪਹਿਲੇ ਪੜਾਅ ਵਿੱਚ ਕੌਂਸਲ ਨੇ ਮੰਨਿਆ ਕਿ ਮੇਰੀਆਂ ਈਮੇਲਾਂ ਇੱਕ ਪੁਰਾਣੇ ਇਨਬਾਕਸ ਵਿੱਚ ਜਾ ਰਹੀਆਂ ਸਨ ਜਿਸਨੂੰ ਕੋਈ ਨਹੀਂ ਵੇਖਦਾ ਸੀ।

ਹੁਣ ਛੱਤ ਠੀਕ ਹੋ ਗਈ ਹੈ, ਸਾਨੂੰ ੨੦੦ ਪੌਂਡ ਮਿਲੇ, ਅਤੇ ਕੌਂਸਲ ਨੇ ਹਰ ਈਮੇਲ ਦਾ ਪੰਜ ਦਿਨਾਂ ਵਿੱਚ ਜਵਾਬ ਦੇਣ ਦਾ ਨਿਯਮ ਬਣਾਇਆ ਹੈ। [[PERSON:ਸਿਮਰਨ]] ਦੀ ਸੂਚੀ ਨੇ ਸਭ ਕੁਝ ਬਦਲ ਦਿੱਤਾ।""",
    ),
    (
        "u-cy-01",
        "cy",
        """Fy enw i yw [[PERSON:Eirlys Protheroe]] ac rwy'n byw yn fflat 6 yn [[ADDRESS:Nhŷ Glyndŵr]], bloc o fflatiau ar ystâd [[ADDRESS:Bryn Celyn]], Aberdâr, [[POSTCODE:CF44 8TD]]. Ein landlord yw [[ORGANISATION:Cartrefi Dyffryn Aur]].

Mae gan fy ngŵr, [[PERSON:Dafydd]], [[HEALTH:glefyd Parkinson]], ac mae'n cwympo'n hawdd. Am wyth mis roedd y golau ar y grisiau wedi torri. Ffoniais i [[PHONE:029 2018 0467]] dro ar ôl tro a chael rhif swydd newydd bob tro. Un noson cwympodd [[PERSON:Dafydd]] ar y grisiau tywyll a thorri ei arddwrn.

Gwnes i gŵyn ffurfiol, cyfeirnod [[REFERENCE:CDA/2023/1187]]. Ysgrifennodd ein hwyres, [[PERSON:Gwenllian]], y llythyr i mi yn Gymraeg ac yn Saesneg. Ymddiheurodd [[PERSON:Rhodri]] o'r tîm cwynion i [[PERSON:Ddafydd]] yn bersonol.

Yn yr ail gam, cyfaddefodd y landlord nad oedd neb wedi gwirio'r goleuadau cymunedol ers blwyddyn. Mae pawb ym [[ADDRESS:Mryn Celyn]] yn gwybod am y broblem nawr, ac mae goleuadau newydd ym mhob bloc. Ar ôl i mi gysylltu â'r Ombwdsmon, ysgrifennodd y swyddfa at [[ORGANISATION:Gartrefi Dyffryn Aur]] i ofyn am gynllun i wirio'r grisiau bob mis.""",
    ),
    # A fifth batch by another author with only the marking rules. First measurement:
    # recall 94.2%, leak-free 52.4%, precision 96.0%; the general fixes that followed
    # are in the commit that added it.
    (
        "v-en-01",
        "en",
        """Typed up by my granddaughter [[PERSON:Keeley]], because my hands aren't what they were with the [[HEALTH:arthritis]].

My name is [[PERSON:Walter Pennington]]. I'm aged [[AGE:87]], born [[DATE_OF_BIRTH:2 February 1937]], and I've lived at [[ADDRESS:14 Sorrel Walk]], Darlington [[POSTCODE:DL3 0QH]] since the year decimal money came in. The house belongs to [[ORGANISATION:Tees Crescent Homes]] now; it was the council's when I moved in.

Two winters ago the boiler started cutting out at night. I'd wake at three with the radiators stone cold, and with my [[HEALTH:COPD]] the cold goes straight to my chest. I rang the repairs line, [[PHONE:0191 498 0627]], so often that [[PERSON:Keeley]] wrote the calls on the calendar: eleven in six weeks. Each time a lad from [[ORGANISATION:Northgate Heating Services]] came, reset it and went.

[[PERSON:Keeley]] said, Grandad, that's a complaint, not a repair. She put it in for me and it got the number [[REFERENCE:CF-30418]]. The stage 1 letter from a Mr [[PERSON:Okereke]] said the boiler was "within its expected life". At stage 2 a lady called [[PERSON:Frances Whitlock]] came to the house, sat in my kitchen with her coat on and agreed it was too cold. New boiler within a fortnight, and £300 for the trouble.

What changed? There's a flag on my tenancy now, so if I ring about the heating somebody comes the same day. [[PERSON:Keeley]] says I should thank [[PERSON:Frances]], so: thank you, [[PERSON:Frances]].""",
    ),
    (
        "v-en-02",
        "en",
        """My mum asked me to write this because she says my English is better than hers (it is lol). I'm [[PERSON:Amarachi]], I'm [[AGE:15]], and I live with my mum [[PERSON:Ngozi Eze]] and my little sister [[PERSON:Hope]] at [[ADDRESS:Flat 3B, 41 Varden Road]], London [[POSTCODE:se15 3ty]]. We're [[OTHER_SPECIAL:Nigerian]] and Mum has [[HEALTH:sickle cell]], so cold and damp is actually dangerous for her, not just annoying.

Last January brown water started coming through our bathroom ceiling from the flat above. [[ORGANISATION:Lapwing Vale Housing]] sent [[ORGANISATION:Dryline Property Care]], who said it was condensation. It was NOT condensation, it smelled. My [[AGE:6-year-old]] sister had to have her baths at our auntie's.

I helped Mum put in a stage 1 complaint by email from [[EMAIL:ngozi.eze74@example.com]]. The reference was [[REFERENCE:LVH/CMP/77120]]. Nobody rang her on [[PHONE:07700 900284]] like they promised, and by then we'd honestly lost all hope in them. Stage 2 said sorry but fixed nothing, so we went to the Housing Ombudsman (case [[REFERENCE:202412907]]). Two weeks later a manager, Mr [[PERSON:Adeyemi-Clarke]], turned up with a plumber and they found a cracked waste pipe upstairs.

The Ombudsman found maladministration and [[ORGANISATION:Lapwing Vale]] had to pay Mum £900. Now any leak gets a plumber first, not a damp person. [[PERSON:Hope]] says thank you to the plumber.""",
    ),
    (
        "v-en-03",
        "en",
        """Lessons learned: the [[ADDRESS:Halden Tower]] lift outage
[[PERSON:Siobhan Carraway]], Complaints and Resolution Manager, [[ORGANISATION:Penhallow Housing Group]]

In March the only lift in [[ADDRESS:Halden Tower]], a 14-storey block on the [[ADDRESS:Merridge Estate]], failed and stayed out of service for 23 days. Our contractor, [[ORGANISATION:Caldwell & Frame Elevators]], needed a drive board from Italy. That is the explanation, not an excuse. Our failure was communication: residents were told "a few days" three times.

We received 31 stage 1 complaints, logged under parent case [[REFERENCE:PHG-C-5508]]. [[PERSON:Cliff Marchetti]] handled them carefully but was working from the same wrong information. When [[PERSON:Ray Osei]] from Resident Safety started door-knocking on day 9, he found a man aged [[AGE:91]] on the twelfth floor who had not been out for a week, and Mrs [[PERSON:Delacroix]], who has [[HEALTH:kidney failure]], had missed two dialysis sessions.

What we changed:
- A named lift liaison (currently [[PERSON:Ray]]) for any outage over 48 hours, direct line [[PHONE:0115 496 0872]].
- Welfare calls by day 2 to every household flagged as vulnerable.
- Taxi fares to medical appointments paid without argument.

Thanks to [[PERSON:Cliff]] and [[PERSON:Ray]], to the residents' association chair [[PERSON:Winifred Mbatha]] for her frank feedback, and to [[PERSON:Frank Hollis]] on the tenth floor, whose spreadsheet of lift updates was more accurate than ours. It was a ray of light in a bad month.""",
    ),
    (
        "v-en-04",
        "en",
        """Tenants' and Residents' Association – chair's report
[[PERSON:Dolores Finch-Mahoney]]

Our big fight this year was the garages behind the maisonettes on the [[ADDRESS:Ashgrove Estate]], used for dealing most nights since last spring. I want to name the neighbours who kept the logs.

[[PERSON:Iris Templeton]] at [[ADDRESS:4 Linnet Close]] is [[AGE:82]], barely sleeps, and wrote down every car. Mr and Mrs [[PERSON:Hussain]] at [[ADDRESS:22 Linnet Close]] had their window smashed twice, and the police logged it as a hate incident because they are [[OTHER_SPECIAL:Muslim]]. [[PERSON:Abdirahman Warsame]], a [[OTHER_SPECIAL:Somali]] [[OTHER_SPECIAL:refugee]], photographed the fires. [[PERSON:Wren Achterberg]] fixed the broken security light twice with his own ladder and money (there's a wren nesting above it now).

[[ORGANISATION:Brackley Borough Council]] gave every report its own ASB number ([[REFERENCE:ASB/24/0193]], [[REFERENCE:ASB/24/0211]] and [[REFERENCE:ASB/24/0240]] were the main ones) but nobody joined them up. We complained as an association, stage 1 then stage 2. The stage 2 reply from [[PERSON:Sandy Okafor]], the neighbourhood manager, was the first honest thing we'd had: the cases were never linked.

Since then: gates, CCTV, and monthly meetings with [[PERSON:Sandy]]. The sandy patch by the garages is a planter now, with yellow iris in it, and in December the carol singers stood outside [[PERSON:Iris]]'s without anyone frightened to open the door.""",
    ),
    (
        "v-en-05",
        "en",
        """hiya its [[PERSON:shaz]] from [[ADDRESS:7c hawthorn court]] [[POSTCODE:ls98pq]] sorry bout spelling lol so basically the mould in my kids room is proper bad again my youngest [[PERSON:kayden]] is [[AGE:2]] and hes been on his inhaler 4 times this week cos of his [[HEALTH:asthma]] gp said its the damp i rang [[ORGANISATION:brightwell homes]] like 10 times my number is [[PHONE:07700900915]] if anyone actualy wants to ring back ref [[REFERENCE:55018342]] the guy from [[ORGANISATION:mouldaway]] said just wipe it with bleach babe i said ive been wiping it since march babe my mate [[PERSON:jade]] said go ombudsman so i done stage 1 first they said 10 working days it was 6 weeks then stage 2 they sent a surveyor called [[PERSON:drew]] who was actualy sound he drew a little map of where the water was getting in turns out the gutter was blocked the whole time now theyve done the gutter and the wall and give me 250 quid and [[PERSON:kayden]] aint needed his inhaler since xx""",
    ),
    (
        "v-en-06",
        "en",
        """Complaints Team
[[ORGANISATION:Marchbank Housing Trust]]

Dear Sir or Madam,

Stage 2 complaint – your reference [[REFERENCE:MHT-ST1-20931]]
Tenancy reference: [[REFERENCE:4400-1187-02]]

I write on behalf of my father, Mr [[PERSON:Tadeusz Kowalski]] (date of birth [[DATE_OF_BIRTH:11.09.1946]]), tenant of [[ADDRESS:Flat 2/1, 118 Dunmore Street]], Glasgow [[POSTCODE:G31 4RP]], to escalate the complaint you closed at stage 1 on 4 October.

My father is [[OTHER_SPECIAL:Polish]], lives alone and has [[HEALTH:vascular dementia]]. Since August the communal heating to the close has failed repeatedly. Your stage 1 response from Ms [[PERSON:Harkins]] said an engineer from [[ORGANISATION:Clydeforth Mechanical]] attended and found no fault. The job sheet, which I have obtained, reads "[[PERSON:Kowalski]] not home – card left". He was at home. He is also [[HEALTH:partially deaf]] and does not always hear the door.

For verification, his National Insurance number is [[NI_NUMBER:JT 48 19 62 C]].

I ask that you restore reliable heating, arrange visits through me, and record his needs on your system. If this is not resolved I will refer the matter to the Ombudsman.

Yours faithfully,

Dr [[PERSON:Anna Kowalski-Reid]]
Daughter and authorised representative
[[ADDRESS:23 Ferncliff Avenue]], Paisley [[POSTCODE:PA2 7LN]]
Tel: [[PHONE:0141 496 0385]]
[[EMAIL:anna.kowalskireid@example.co.uk]]""",
    ),
    (
        "v-en-07",
        "en",
        """I've lived in [[ADDRESS:Clarendon Heights]] nineteen years and everyone knows everyone. This is about the bin chutes and the rats.

[[PERSON:Big Dave]] on the 6th floor noticed first. Then [[PERSON:JP]] ([[PERSON:Jean-Pierre]], who runs the gardening club) saw one in the lift. Mrs [[PERSON:K]] on the 11th floor – she's [[AGE:93]] and sharp as a tack – found one in her kitchen. She's [[OTHER_SPECIAL:Ukrainian]] and has survived worse than rats, but with her [[HEALTH:angina]] I didn't like her being frightened.

We reported it to [[ORGANISATION:Calloway Homes]]. They sent [[ORGANISATION:Vermex Pest Control]] three times, who put poison down and left. [[PERSON:Jack]], the caretaker, said the real problem was that the chute hoppers on every floor didn't shut. He keeps a trolley jack in the bin store for the big bins and isn't allowed to touch anything else.

My neighbour [[PERSON:Pat Nwosu]] wrote the complaint with me. [[PERSON:Pat]]'s good with letters. Stage 1 said the infestation had been "treated". We went to stage 2 with photos and [[PERSON:Jack]]'s notes (ref [[REFERENCE:2023/CH/0416]]), and a new manager, [[PERSON:Priya Raman]], came out and listened. All 18 hoppers were replaced and the bin room sealed.

Lessons: keep a diary, take photos, and find someone like [[PERSON:Pat]] to do the writing. Just don't pat yourselves on the back too early. [[PERSON:Dave]]'s still checking the bin room every morning.

– [[PERSON:Lorraine]], [[ADDRESS:flat 63, Clarendon Heights]], [[POSTCODE:m40 7jf]]""",
    ),
    (
        "v-en-08",
        "en",
        """Case study for the tenancy sustainment team
By [[PERSON:Brook Ashworth]], Tenancy Sustainment Officer, [[ORGANISATION:Wexcombe District Council]]

I first met Mrs [[PERSON:Li Xiuying]] in October, in her top floor flat at [[ADDRESS:9 Pelham Terrace]], [[POSTCODE:TA6 3JN]]. She lives with her son [[PERSON:Wei]], who is [[AGE:9]] and [[HEALTH:autistic]]. Mrs [[PERSON:Li]] is [[OTHER_SPECIAL:Chinese]], was granted [[OTHER_SPECIAL:indefinite leave to remain]] in 2019, and had been reporting a roof leak since spring without anyone understanding what she was describing.

Water ran down the inside wall of [[PERSON:Wei]]'s bedroom whenever it rained. Because of his [[HEALTH:autism]], moving his bed was a huge deal, so he was sleeping beside a wet wall.

I raised a complaint on her behalf (case [[REFERENCE:CX-44180]]). [[ORGANISATION:Summit Roofing & Cladding Ltd]] had been twice and patched the flashing. At stage 1 my colleague [[PERSON:Drew Pollard]] asked the obvious question: had anyone looked at the gutter? Nobody had. It was full of silt from the brook behind the terrace, which floods most winters.

Stage 2 went to [[PERSON:Amjad Chaudhry]], the area manager, who ordered a full roof inspection and moved Mrs [[PERSON:Li]] up the housing register (number [[REFERENCE:HR-0092217]]) while the work was done. The heather on the bank has grown back, and so has [[PERSON:Wei]]'s confidence.

What changed: on every leak we now ask "when did it start, and what's above it?" And we book interpreters for the first visit, not the third.""",
    ),
    (
        "v-en-09",
        "en",
        """What I wish I'd known before I complained

I've been a council tenant most of my adult life, and for most of that time I thought complaining was pointless. Here's what I'd tell anyone in my position now.

A repair request and a complaint are different things. If you've reported the same leak three times, stop reporting it and ask, in writing, for it to be logged as a formal complaint. Use the word "complaint".

Stage 1 should be answered within ten working days, stage 2 within twenty. If the landlord misses those, say so. Be frank: keep it short, say what went wrong, what you want done and by when.

Keep a diary: dates, times, who you spoke to, what they said. Take photos with the date on. One neighbour of ours who is over 75 kept hers in a school exercise book, and it was the most useful thing anyone had.

If stage 2 doesn't sort it, you can go to the Housing Ombudsman. It's free. You can also ask a councillor or your MP to help, and your GP or the NHS can write a letter if damp is affecting your health. That letter carries weight.

Don't lose hope, and don't lose faith in yourself. Most of the people answering the phone want to help; the system just needs pushing. Things do change: in our block the landlord now sends someone within a fortnight for any mould report, and that only happened because tenants kept complaining.""",
    ),
    (
        "v-en-10",
        "en",
        """My name is [[PERSON:Shwan Mahmoud]]. I am [[OTHER_SPECIAL:Kurdish]] and came here as an [[OTHER_SPECIAL:asylum seeker]] in 2016. Now I have [[OTHER_SPECIAL:refugee status]] and a tenancy with [[ORGANISATION:Hollybank Community Housing]] at [[ADDRESS:Flat 12, Ravensworth House]], [[ADDRESS:200 Marlowe Road]], Birmingham [[POSTCODE:B21 9ET]]. I live with my wife [[PERSON:Runak]] and our daughter [[PERSON:Dilan]], who is [[AGE:18 months]].

The problem was noise from the flat above, day and night: shouting, banging, a dog. [[PERSON:Carol Ainsworth]], our housing officer, said it was "normal living noise" and that maybe in my culture people are used to more quiet. I did not like that.

I opened an antisocial behaviour case, [[REFERENCE:HCH-ASB-7781]]. Mr [[PERSON:Popescu]] downstairs, who is [[OTHER_SPECIAL:Romanian]], wrote a statement for me. [[PERSON:Popescu]] said he had complained two years before and nothing happened.

I made a complaint by email from [[EMAIL:shwan.mahmoud@example.net]]. They asked for my National Insurance number to prove who I was: [[NI_NUMBER:PR 57 39 20 B]]. The stage 2 manager, [[PERSON:Tomasz Wierzbicki]], rang me on [[PHONE:+44 (0)7700 900 771]], apologised for what [[PERSON:Carol]] said and put a noise monitor in. The monitor proved everything.

The neighbour above has had a warning and the dog is gone. At Christmas [[PERSON:Runak]] and I went to the carol concert at the community centre. [[ORGANISATION:Hollybank]]'s ASB line is [[PHONE:(0121) 496 0557]].""",
    ),
    (
        "v-pl-01",
        "pl",
        """Nazywam się [[PERSON:Magdalena Wróbel]] i od 2019 roku wynajmuję mieszkanie od [[ORGANISATION:Berkwood Housing]] pod adresem [[ADDRESS:Flat 5, 27 Orchard Vale Road]], Slough, [[POSTCODE:SL1 4XB]]. Mieszkam z mężem [[PERSON:Piotrem]] i synkiem [[PERSON:Kubą]], który ma [[AGE:4 lata]].

Zimą na ścianie w sypialni [[PERSON:Kuby]] pojawił się czarny grzyb. [[PERSON:Kuba]] ma [[HEALTH:astmę]] i po każdej nocy w tym pokoju budził się z kaszlem. Zgłaszałam to przez telefon ([[PHONE:07700 900173]]) i mailem z adresu [[EMAIL:magda.wrobel@example.com]], a firma [[ORGANISATION:PureWall Remediation]] dwa razy przyszła tylko pomalować ścianę.

W lutym złożyłam skargę pierwszego etapu, numer sprawy [[REFERENCE:BH-22817]]. Odpowiedziała mi pani [[PERSON:Joanne Tillery]], że „problem został rozwiązany”. Nie był. [[PERSON:Piotr]] robił zdjęcia z datami i na drugim etapie przyszedł inspektor, pan [[PERSON:Hollins]], który stwierdził brak wentylacji w całym budynku.

Teraz mamy nowy wentylator, ocieplone ściany i 400 funtów odszkodowania. [[PERSON:Kubie]] jest dużo lepiej. Radzę wszystkim: róbcie zdjęcia i zapisujcie daty.""",
    ),
    (
        "v-pl-02",
        "pl",
        """Nazywam się [[PERSON:Zbigniew Nowakowski]], urodziłem się [[DATE_OF_BIRTH:7 marca 1958]] roku. Mieszkam pod adresem [[ADDRESS:14 Alder Court]], na osiedlu [[ADDRESS:Fenbrook]] w Peterborough, [[POSTCODE:PE4 6RS]]. Właścicielem jest [[ORGANISATION:Fenland Gate Housing]].

Przez ponad rok sąsiad z góry, [[PERSON:Tyler]], puszczał muzykę do trzeciej w nocy i wyzywał nas na klatce schodowej, bo jesteśmy [[OTHER_SPECIAL:Polakami]]. Moja żona [[PERSON:Danuta]] ma [[HEALTH:cukrzycę]] i [[HEALTH:nadciśnienie]], a lekarz mówił, że stres bardzo jej szkodzi.

Zgłaszałem hałas wiele razy. Sprawa dostała numer [[REFERENCE:ASB-PE-3391]], ale nic się nie działo. W formularzu skargi musiałem podać numer National Insurance — [[NI_NUMBER:SK 20 84 16 D]] — i telefon [[PHONE:07700 900 456]]. Po skardze pierwszego etapu rozmawiałem z panią [[PERSON:Sandrą Blake]], która przyznała, że nikt nie przeczytał mojego dziennika hałasu. Na drugim etapie [[PERSON:Tyler]] dostał ostrzeżenie, a potem sądowy zakaz. [[PERSON:Danusia]] w końcu śpi spokojnie.

[[ORGANISATION:Fenland Gate]] przeprosił na piśmie i teraz każdy zgłoszony incydent na tle rasowym trafia od razu do kierownika.""",
    ),
    (
        "v-ro-01",
        "ro",
        """Mă numesc [[PERSON:Ionela Dumitrescu]] și locuiesc cu fiica mea, [[PERSON:Bianca]], de [[AGE:11 ani]], la [[ADDRESS:Flat 1A, 8 Gorse Hill Lane]], Leicester, [[POSTCODE:LE4 7FU]]. Proprietarul este [[ORGANISATION:Charnwood Edge Homes]].

În noiembrie centrala termică s-a stricat. Am stat trei săptămâni fără încălzire și fără apă caldă. [[PERSON:Bianca]] are [[HEALTH:epilepsie]], iar frigul și lipsa somnului îi provoacă crize. Am sunat la [[PHONE:0116 496 0241]] de zeci de ori; de fiecare dată venea un tehnician de la [[ORGANISATION:ThermaServ Ltd]], care spunea că piesa „e comandată”.

Am depus o plângere la etapa 1 (referința [[REFERENCE:CEH/2024/1175]]) de pe adresa [[EMAIL:ionela.dumitrescu@example.com]]. Răspunsul a venit după o lună și spunea doar „ne pare rău”. La etapa 2 s-a ocupat de caz domnul [[PERSON:Gareth Pryce]], care m-a sunat personal și în aceeași săptămână ne-a adus două radiatoare electrice și a plătit factura de curent.

Acum au o regulă: dacă în casă locuiește un copil cu o boală cronică, centrala se repară în 24 de ore. [[PERSON:Bianca]] a făcut o felicitare pentru domnul [[PERSON:Pryce]].""",
    ),
    (
        "v-ro-02",
        "ro",
        """Mă numesc [[PERSON:Florin Căldăraru]], sunt născut la [[DATE_OF_BIRTH:22.01.1986]] și locuiesc la [[ADDRESS:27B Ferrand Street]], Sheffield, [[POSTCODE:s4 8lq]], cu soția mea, [[PERSON:Mirela]], și copiii noștri, [[PERSON:Denis]] ([[AGE:7 ani]]) și [[PERSON:Larisa]] ([[AGE:3 ani]]). Suntem [[OTHER_SPECIAL:romi]] și de multe ori am simțit că nu suntem luați în serios.

Casa, închiriată de la [[ORGANISATION:Loxley Bridge Housing]], avea mucegai în toate camerele. [[PERSON:Larisa]] a tușit toată iarna. [[PERSON:Mirela]] suferă de [[HEALTH:depresie]], iar faptul că nu puteam face nimic o apăsa și mai tare.

Am cerut transfer și am fost trecut pe lista de locuințe cu numărul [[REFERENCE:SHR-558104]], dar mi s-a spus că mucegaiul vine din „stilul nostru de viață”. Am făcut plângere la etapa 1 și apoi la etapa 2, iar răspunsul a fost același. Atunci am mers la Housing Ombudsman (cazul [[REFERENCE:202407731]]). Ombudsmanul a constatat administrare defectuoasă și a cerut proprietarului să își ceară scuze pentru acel comentariu.

Acum o doamnă de la [[ORGANISATION:Loxley Bridge]], [[PERSON:Hope Ellery]], ne sună în fiecare lună, iar eu o pot suna direct la [[PHONE:0114 496 0918]]. Casa a fost tratată și pereții sunt uscați.""",
    ),
    (
        "v-ar-01",
        "ar",
        """اسمي [[PERSON:سامر الحلبي]]، وأنا [[OTHER_SPECIAL:لاجئ]] [[OTHER_SPECIAL:سوري]] أعيش مع زوجتي [[PERSON:هبة]] وأطفالنا الثلاثة في الطابق الثالث من مبنى [[ADDRESS:Beaumont House]] في [[ADDRESS:Tilehurst Estate]] بمدينة ريدينغ، الرمز البريدي [[POSTCODE:rg30 4nd]]. المالك هو [[ORGANISATION:Kennet Mill Housing]].

منذ الشتاء الماضي ظهر العفن الأسود في غرفة الأطفال. ابني [[PERSON:يوسف]] عمره [[AGE:٦ سنوات]] ويعاني من [[HEALTH:الربو]]، وصار يستيقظ كل ليلة وهو يسعل. اتصلت بالمالك مرات كثيرة، وأعطيتهم رقمي [[PHONE:٠٧٧٠٠ ٩٠٠٣٥٢]] وبريدي [[EMAIL:samer.halabi@example.com]]، لكن لم يتصل بي أحد.

قدمت شكوى رسمية برقم [[REFERENCE:KMH-74302]]. في المرحلة الأولى قالوا إن السبب هو نشر الغسيل داخل البيت. في المرحلة الثانية جاءت موظفة اسمها [[PERSON:كارين بيل]]، وفحصت الجدار بجهاز، ووجدت أن الماء يتسرب من شرفة الجيران فوقنا.

أصلحوا الشرفة، وعالجوا الجدار، ودفعوا لنا ٤٥٠ جنيهاً. الآن ينام [[PERSON:يوسف]] بشكل أفضل، و[[PERSON:هبة]] تقول إن البيت أصبح بيتاً أخيراً.""",
    ),
    (
        "v-ar-02",
        "ar",
        """اسمي [[PERSON:أمينة عثمان]]، [[OTHER_SPECIAL:سودانية]]، تاريخ ميلادي [[DATE_OF_BIRTH:١٢/٠٨/١٩٧٩]]. عنواني: [[ADDRESS:Flat 15, Marlowe Point]], [[POSTCODE:B7 4HU]]، في الطابق السابع عشر. المالك هو [[ORGANISATION:Thornbury Vale Homes]].

ابنتي [[PERSON:سلمى]] عمرها [[AGE:١٤ سنة]] ولديها [[HEALTH:شلل دماغي]] وتستخدم كرسياً متحركاً. في شهر مايو توقف المصعد الوحيد في البرج لمدة خمسة أسابيع. [[PERSON:سلمى]] لم تذهب إلى المدرسة طوال هذه المدة، لأننا لا نستطيع حملها على الدرج.

اتصلت بخط الإصلاحات [[PHONE:0121 496 0690]] كل يوم. شركة [[ORGANISATION:Ascend Lift Engineering]] قالت إن القطعة غير متوفرة. قدمت شكوى (رقم المرجع [[REFERENCE:TVH/C/6612]])، وكان رد المرحلة الأولى مجرد اعتذار. في المرحلة الثانية تابع الملف السيد [[PERSON:Daniel Okoro]]، ونقلنا مؤقتاً إلى شقة في الطابق الأرضي حتى تم إصلاح المصعد.

بعد ذلك رفعت الأمر إلى Housing Ombudsman، ورقم القضية [[REFERENCE:٢٠٢٣١٩٥٤٠]]. قرر أن المالك تأخر في التصرف، ودفعوا تعويضاً. الآن لديهم قائمة بكل السكان الذين لا يستطيعون استخدام الدرج.""",
    ),
    (
        "v-ur-01",
        "ur",
        """میرا نام [[PERSON:محمد عارف]] ہے۔ میں اپنی بیوی [[PERSON:نسرین]]، تین بچوں اور اپنی والدہ کے ساتھ [[ADDRESS:43 Brayshaw Terrace]], Bradford [[POSTCODE:BD8 9QP]] میں رہتا ہوں۔ یہ گھر [[ORGANISATION:Calderbrook Housing]] کا ہے۔ میری والدہ کی عمر [[AGE:۷۸ سال]] ہے اور انہیں [[HEALTH:دمہ]] اور [[HEALTH:ذیابیطس]] ہے۔

دو سال سے پچھلے کمرے کی دیوار پر سیاہ پھپھوندی تھی۔ [[ORGANISATION:DryHome Solutions]] والے آئے، اسپرے کیا اور چلے گئے۔ ایک مہینے بعد پھپھوندی پھر واپس آ گئی۔

میں نے شکایت درج کروائی اور حوالہ نمبر [[REFERENCE:CBH/2024/3318]] ملا۔ میں نے اپنا فون نمبر [[PHONE:۰۷۷۰۰ ۹۰۰۶۴۱]] اور ای میل [[EMAIL:arif.m@example.co.uk]] دیا۔ پہلے مرحلے میں کہا گیا کہ ہم کھانا پکاتے وقت کھڑکی نہیں کھولتے۔ دوسرے مرحلے میں ایک سروے کرنے والی خاتون، مس [[PERSON:Rachel Dunmore]]، آئیں اور انہوں نے دیکھا کہ چھت کا پرنالہ ٹوٹا ہوا ہے اور پانی سیدھا دیوار میں جا رہا ہے۔

اب پرنالہ نیا ہے، دیوار خشک ہے اور امی کی سانس بہتر ہے۔ [[ORGANISATION:Calderbrook]] نے معافی مانگی اور ۳۰۰ پاؤنڈ دیے۔""",
    ),
    (
        "v-ur-02",
        "ur",
        """میں [[PERSON:شازیہ پروین]] ہوں، تاریخ پیدائش [[DATE_OF_BIRTH:۱۵-۰۴-۱۹۸۲]]۔ ہم [[ADDRESS:فلیٹ نمبر 2، Rosebank Court]], Oldham [[POSTCODE:ol8 1ud]] میں رہتے ہیں، جو [[ORGANISATION:Medlock Vale Housing]] کی عمارت ہے۔ میرے شوہر [[PERSON:عمران]] ٹیکسی چلاتے ہیں اور ہمارا بیٹا [[PERSON:حمزہ]] [[AGE:۱۷ سال]] کا ہے اور اسے [[HEALTH:آٹزم]] ہے۔

پچھلے سال اوپر والے فلیٹ میں نئے کرایہ دار آئے۔ وہ رات کو سیڑھیوں پر شراب پیتے اور ہمیں دیکھ کر گالیاں دیتے، کیونکہ ہم [[OTHER_SPECIAL:مسلمان]] اور [[OTHER_SPECIAL:پاکستانی]] ہیں۔ ایک دن انہوں نے ہمارے دروازے پر کچرا پھینک دیا۔ [[PERSON:حمزہ]] باہر جانے سے ڈرنے لگا۔

میں نے رپورٹ کی تو ASB کیس نمبر [[REFERENCE:20931]] دیا گیا۔ شکایت فارم پر میرا نیشنل انشورنس نمبر [[NI_NUMBER:WL 73 05 18 A]] مانگا گیا۔ کئی ہفتے کچھ نہیں ہوا تو میں نے باقاعدہ شکایت کی۔ دوسرے مرحلے میں ہاؤسنگ افسر Mr [[PERSON:Callum Reid]] نے پولیس کے ساتھ مل کر اسے نفرت پر مبنی جرم کے طور پر دیکھا۔ کرایہ داروں کو وارننگ ملی اور بعد میں وہ چلے گئے۔

اب [[ORGANISATION:Medlock Vale]] میں نسلی یا مذہبی ہراسانی کی ہر رپورٹ پر ۲۴ گھنٹے میں رابطہ کیا جاتا ہے۔ آپ ان سے [[PHONE:0161 496 0214]] پر بات کر سکتے ہیں۔""",
    ),
    (
        "v-bn-01",
        "bn",
        """আমার নাম [[PERSON:রুমানা বেগম]]। আমি আমার স্বামী [[PERSON:আবদুল করিম]] আর দুই মেয়েকে নিয়ে [[ADDRESS:Flat 19, Kelvedon House]], London [[POSTCODE:E14 6PH]]-এ থাকি। বাড়িওয়ালা হলো [[ORGANISATION:Poplar Wharf Homes]]। আমরা [[OTHER_SPECIAL:বাংলাদেশি]], ইংরেজি ভালো বলতে পারি না বলে ফোনে কথা বলা কঠিন ছিল।

গত বছর বাথরুমের ছাদ থেকে পানি পড়তে শুরু করে। উপরের ফ্ল্যাটের পাইপ ফাটা ছিল। আমার ছোট মেয়ে [[PERSON:তাসনিমের]] বয়স [[AGE:৯ বছর]], ওর [[HEALTH:হাঁপানি]] আছে, আর স্যাঁতসেঁতে ঘরে ওর কাশি বেড়ে যায়।

আমি অনেকবার ফোন করেছি। আমার নম্বর [[PHONE:০৭৭০০ ৯০০৫১৯]], ইমেইল [[EMAIL:rumana.begum@example.com]]। শেষে স্টেজ ১ অভিযোগ করি, রেফারেন্স [[REFERENCE:PWH-C-90215]]। উত্তরে বলা হয় প্লাম্বার পাঠানো হয়েছে, কিন্তু কেউ আসেনি। স্টেজ ২-তে Ms [[PERSON:Bethany Cole]] নামে একজন ম্যানেজার নিজে এসে দেখে যান। দুই সপ্তাহের মধ্যে পাইপ বদলানো হয় আর ছাদ নতুন করে লাগানো হয়।

এখন [[ORGANISATION:Poplar Wharf Homes]] প্রতিটি অভিযোগে একজন নির্দিষ্ট অফিসার দেয়। [[PERSON:আবদুল]] বলে, আগে জানলে আরও আগে অভিযোগ করতাম।""",
    ),
    (
        "v-bn-02",
        "bn",
        """আমাদের ভবনের বাসিন্দাদের জন্য কিছু পরামর্শ

অনেকে মনে করেন অভিযোগ করলে বাড়িওয়ালা রাগ করবে, বা ভাড়াটিয়া হিসেবে সমস্যা হবে। এটা ঠিক নয়। অভিযোগ করা আপনার অধিকার।

প্রথমে মেরামতের অনুরোধ করুন। একই সমস্যা বারবার হলে লিখিতভাবে বলুন যে আপনি আনুষ্ঠানিক অভিযোগ করতে চান। স্টেজ ১-এর উত্তর সাধারণত ১০ কার্যদিবসের মধ্যে আসার কথা, আর স্টেজ ২-এর উত্তর ২০ কার্যদিবসের মধ্যে।

সব কিছু লিখে রাখুন: তারিখ, সময়, কার সঙ্গে কথা বলেছেন, কী বলা হয়েছে। ছাদ চুঁইয়ে পানি পড়লে বা দেয়ালে ছত্রাক দেখা দিলে তারিখসহ ছবি তুলুন। ডাক্তারের কাছ থেকে একটি চিঠি নিলে অনেক সাহায্য হয়।

স্টেজ ২-এর পরেও সমাধান না হলে আপনি Housing Ombudsman-এর কাছে যেতে পারেন। এটি বিনামূল্যে। চাইলে স্থানীয় কাউন্সিলর বা এমপির সাহায্যও নিতে পারেন।

আমাদের ভবনে কয়েকজন মিলে অভিযোগ করার পর এখন ছত্রাকের রিপোর্ট পেলে দুই সপ্তাহের মধ্যে কেউ দেখতে আসে। একসাথে কথা বললে পরিবর্তন আসে।""",
    ),
    (
        "v-pa-01",
        "pa",
        """ਮੇਰਾ ਨਾਮ [[PERSON:ਹਰਪ੍ਰੀਤ ਕੌਰ]] ਹੈ। ਅਸੀਂ [[ADDRESS:56 Dunstall Avenue]], Wolverhampton [[POSTCODE:WV6 0NR]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ। ਘਰ [[ORGANISATION:Penn Brook Housing]] ਦਾ ਹੈ। ਮੇਰੇ ਪਤੀ [[PERSON:ਜਸਵਿੰਦਰ ਸਿੰਘ]], ਸਾਡੇ ਦੋ ਬੱਚੇ ਅਤੇ ਮੇਰੇ ਸਹੁਰਾ ਜੀ ਸਾਡੇ ਨਾਲ ਰਹਿੰਦੇ ਹਨ। ਸਹੁਰਾ ਜੀ ਦੀ ਉਮਰ [[AGE:੮੪ ਸਾਲ]] ਹੈ (ਜਨਮ ਮਿਤੀ [[DATE_OF_BIRTH:੦੯/੧੧/੧੯੪੦]]) ਅਤੇ ਉਨ੍ਹਾਂ ਨੂੰ [[HEALTH:ਡਿਮੈਂਸ਼ੀਆ]] ਹੈ।

ਪਿਛਲੀ ਸਰਦੀ ਵਿੱਚ ਬੋਇਲਰ ਵਾਰ-ਵਾਰ ਬੰਦ ਹੋ ਜਾਂਦਾ ਸੀ। [[ORGANISATION:Midland Heat & Gas]] ਵਾਲੇ ਤਿੰਨ ਵਾਰ ਆਏ ਪਰ ਠੀਕ ਨਹੀਂ ਹੋਇਆ। ਸਹੁਰਾ ਜੀ ਠੰਢ ਵਿੱਚ ਬਹੁਤ ਉਲਝ ਜਾਂਦੇ ਸਨ। ਅਸੀਂ [[OTHER_SPECIAL:ਸਿੱਖ]] ਪਰਿਵਾਰ ਹਾਂ, ਅਤੇ ਪਹਿਲੇ ਇੰਜੀਨੀਅਰ ਨੇ ਸਹੁਰਾ ਜੀ ਦੀ ਪੱਗ ਬਾਰੇ ਬੇਇੱਜ਼ਤੀ ਵਾਲੀ ਗੱਲ ਕਹੀ, ਜੋ ਅਸੀਂ ਸ਼ਿਕਾਇਤ ਵਿੱਚ ਲਿਖੀ।

ਮੈਂ ਸ਼ਿਕਾਇਤ ਕੀਤੀ ਅਤੇ ਨੰਬਰ [[REFERENCE:PBH 6620-14]] ਮਿਲਿਆ। ਮੇਰਾ ਫ਼ੋਨ [[PHONE:੦੭੭੦੦ ੯੦੦੮੨੬]] ਹੈ। ਪਹਿਲੇ ਪੜਾਅ ਵਿੱਚ ਜਵਾਬ ਆਇਆ ਕਿ ਬੋਇਲਰ ਠੀਕ ਹੈ। ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ ਅਫ਼ਸਰ Ms [[PERSON:Kirsty Vaughan]] ਨੇ ਘਰ ਆ ਕੇ ਦੇਖਿਆ, ਮੁਆਫ਼ੀ ਮੰਗੀ ਅਤੇ ਨਵਾਂ ਬੋਇਲਰ ਲਗਵਾਇਆ।

ਹੁਣ [[ORGANISATION:Penn Brook]] ਕੋਲ ਹਰ ਬਜ਼ੁਰਗ ਕਿਰਾਏਦਾਰ ਦੀ ਸੂਚੀ ਹੈ ਜਿਸਦੀ ਹੀਟਿੰਗ ਪਹਿਲਾਂ ਠੀਕ ਕੀਤੀ ਜਾਂਦੀ ਹੈ। [[PERSON:ਜਸਵਿੰਦਰ]] ਕਹਿੰਦੇ ਹਨ ਕਿ ਸ਼ਿਕਾਇਤ ਕਰਨ ਤੋਂ ਡਰਨਾ ਨਹੀਂ ਚਾਹੀਦਾ।""",
    ),
    (
        "v-pa-02",
        "pa",
        """ਮੇਰਾ ਨਾਮ [[PERSON:ਗੁਰਪ੍ਰੀਤ ਸੰਧੂ]] ਹੈ ਅਤੇ ਮੈਂ [[ORGANISATION:Brentside Housing]] ਦੀ ਸ਼ਿਕਾਇਤਾਂ ਵਾਲੀ ਟੀਮ ਵਿੱਚ ਕੰਮ ਕਰਦੀ ਹਾਂ। ਇਹ ਕੇਸ ਸਾਡੇ ਲਈ ਇੱਕ ਵੱਡਾ ਸਬਕ ਸੀ।

ਸ੍ਰੀਮਤੀ [[PERSON:ਮਨਜੀਤ ਕੌਰ ਗਿੱਲ]], ਉਮਰ [[AGE:੬੯ ਸਾਲ]], [[ADDRESS:Flat 6, Tamarind Lodge]], [[POSTCODE:UB2 5RX]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ। ਉਨ੍ਹਾਂ ਨੂੰ [[HEALTH:ਗਠੀਆ]] ਹੈ ਅਤੇ ਉਹ ਅੰਗਰੇਜ਼ੀ ਨਹੀਂ ਪੜ੍ਹ ਸਕਦੇ। ਉਨ੍ਹਾਂ ਦੀ ਰਸੋਈ ਦੀ ਛੱਤ ਤੋਂ ਛੇ ਮਹੀਨੇ ਪਾਣੀ ਟਪਕਦਾ ਰਿਹਾ। ਅਸੀਂ ਉਨ੍ਹਾਂ ਨੂੰ ਚਾਰ ਚਿੱਠੀਆਂ ਭੇਜੀਆਂ, ਸਾਰੀਆਂ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ। ਉਨ੍ਹਾਂ ਨੂੰ ਪਤਾ ਹੀ ਨਹੀਂ ਸੀ ਕਿ ਮੁਰੰਮਤ ਦੀਆਂ ਤਰੀਕਾਂ ਦਿੱਤੀਆਂ ਗਈਆਂ ਸਨ।

ਉਨ੍ਹਾਂ ਦੇ ਪੋਤੇ [[PERSON:ਅਮਨ]] ਨੇ ਸ਼ਿਕਾਇਤ ਦਰਜ ਕਰਵਾਈ (ਹਵਾਲਾ [[REFERENCE:BSH/ST2/0477]])। ਪਹਿਲੇ ਪੜਾਅ ਦਾ ਜਵਾਬ ਮੇਰੇ ਸਾਥੀ [[PERSON:Tom Fairley]] ਨੇ ਦਿੱਤਾ, ਜੋ ਸਹੀ ਤਾਂ ਸੀ ਪਰ ਫਿਰ ਵੀ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਸੀ। ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ ਮੈਂ ਖ਼ੁਦ ਉਨ੍ਹਾਂ ਦੇ ਘਰ ਗਈ ਅਤੇ ਪੰਜਾਬੀ ਵਿੱਚ ਗੱਲ ਕੀਤੀ। [[ORGANISATION:Aquaseal Roofing]] ਨੇ ਦੋ ਦਿਨਾਂ ਵਿੱਚ ਛੱਤ ਠੀਕ ਕਰ ਦਿੱਤੀ।

ਅਸੀਂ ਕੀ ਬਦਲਿਆ: ਹੁਣ ਹਰ ਕਿਰਾਏਦਾਰ ਦੀ ਪਸੰਦੀਦਾ ਭਾਸ਼ਾ ਸਿਸਟਮ ਵਿੱਚ ਦਰਜ ਹੁੰਦੀ ਹੈ। ਸਵਾਲਾਂ ਲਈ [[EMAIL:complaints@brentside.example.org]] ਜਾਂ [[PHONE:020 7946 0371]] 'ਤੇ ਸੰਪਰਕ ਕਰੋ। [[PERSON:ਮਨਜੀਤ]] ਜੀ ਨੇ ਸਾਨੂੰ ਧੰਨਵਾਦ ਦਾ ਕਾਰਡ ਭੇਜਿਆ, ਜੋ [[PERSON:ਅਮਨ]] ਨੇ ਲਿਖਿਆ ਸੀ।""",
    ),
    (
        "v-cy-01",
        "cy",
        """Fy enw i yw [[PERSON:Elin Pritchard]] ac rwy'n byw yn [[ADDRESS:Fflat 8, Tŷ Gwyn]], ar stad [[ADDRESS:Bryn Eithin]] yng Nghaernarfon, [[POSTCODE:LL55 2TW]], gyda fy ngŵr [[PERSON:Dafydd]]. Mae [[PERSON:Dafydd]] yn [[AGE:79 oed]] ac mae ganddo [[HEALTH:glefyd Parkinson]]. Ein landlord yw [[ORGANISATION:Cartrefi Eryri Wen]].

Y gaeaf diwethaf roedd dŵr yn dod drwy'r to bob tro roedd hi'n bwrw. Roedd llwydni du ar wal yr ystafell wely. Mae sawl teulu arall yn [[ADDRESS:Nhŷ Gwyn]] wedi cael yr un broblem.

Ffoniais i'r swyddfa ar [[PHONE:029 2018 0734]] lawer gwaith ac anfon e-bost o [[EMAIL:elin.pritchard@example.cymru]]. Ces i rif cwyn, [[REFERENCE:CEW-4471]], ond roedd yr ateb cam 1 yn Saesneg yn unig, er fy mod i wedi gofyn am Gymraeg. Yng ngham 2 daeth [[PERSON:Huw Bebb]] o'r adran gwynion i'n gweld ni, siarad Cymraeg efo [[PERSON:Dafydd]], a threfnu i [[ORGANISATION:Adeiladwyr Glan Menai]] drwsio'r to.

Rŵan mae'r to yn sych, ac mae'r landlord yn anfon pob llythyr yn Gymraeg at bawb ym [[ADDRESS:Mryn Eithin]] sydd wedi gofyn. Os na fydd pethau'n gwella, gallwch fynd at Ombwdsmon Gwasanaethau Cyhoeddus Cymru.""",
    ),
    # A sixth batch by a third author. First measurement: English recall 100% and
    # leak-free 100%; other languages recall 89.9%, leak-free 41.7% (bracketed ages in
    # native scripts, kunyas, "ਮੈਂ X ਹਾਂ"), fixed in the commit that added it.
    (
        "w-en-01",
        "en",
        "Below is the email chain from my mould complaint, pasted as it was (I've only cut the adverts from the footers).\n\nFrom: [[PERSON:Hannah Ruddock]] <[[EMAIL:hannah.ruddock77@mailbox.co.uk]]>\nTo: [[EMAIL:complaints@merebrookhomes.org.uk]]\nSubject: Stage 1 complaint – black mould, [[ADDRESS:Flat 4, 118 Larkhill Road]]\n\nHello,\nI want to make a formal complaint. The black mould in my son's bedroom has come back three times since March. [[PERSON:Tobias]] is [[AGE:18 months]] old and has been to A&E twice with [[HEALTH:bronchiolitis]]. My tenancy reference is [[REFERENCE:MH/0042781]].\n[[PERSON:Hannah Ruddock]]\n[[ADDRESS:Flat 4, 118 Larkhill Road]], Stockport [[POSTCODE:sk4 2ny]]\n[[PHONE:07700 900 418]]\n\nFrom: [[PERSON:Priya Raghunathan]] <[[EMAIL:p.raghunathan@merebrookhomes.org.uk]]>\nSubject: RE: Stage 1 complaint – our ref [[REFERENCE:CMP-77310]]\n\nDear Ms [[PERSON:Ruddock]],\nThank you for your email. I have logged your complaint as [[REFERENCE:CMP-77310]] and asked our damp surveyor, [[PERSON:Callum]], to visit on Thursday morning.\nKind regards,\n[[PERSON:Priya Raghunathan]]\nComplaints Resolution Officer | [[ORGANISATION:Merebrook Homes]]\nT: [[PHONE:0161 496 0732]] | M: [[PHONE:+44 7700 900561]]\n\n[[PERSON:Callum]] came, found the bathroom extractor fan had never been wired in, and an electrician from [[ORGANISATION:Brightline Electrical]] fixed it the following week. Stage 1 closed with £250 and a full mould treatment. [[PERSON:Tobias]] hasn't wheezed since.",
    ),
    (
        "w-en-02",
        "en",
        "I'm a tenancy sustainment worker, and I want to write up two cases from this winter because they show the same failure from two sides.\n\nMrs [[PERSON:Adaeze Nwosu]], [[AGE:81]], lives on the eleventh floor of [[ADDRESS:Calloway Tower]] on the [[ADDRESS:Fernhill Estate]]. She has [[HEALTH:COPD]] and uses a wheelchair. When both lifts failed in November she was stuck indoors for nineteen days. Her daughter [[PERSON:Jordan]] rang [[ORGANISATION:Ashby Vale Housing]] every day on [[PHONE:0117 496 0284]] and got a different answer each time. I helped [[PERSON:Adaeze]] raise a stage 1 complaint (ref [[REFERENCE:AVH-C-55102]]) asking for a temporary move to a ground-floor flat. The reply didn't mention the move at all, so we went to stage 2 and then to the Housing Ombudsman (case [[REFERENCE:202406617]]).\n\nMy other client, Mr [[PERSON:Farid Haidari]], is an [[OTHER_SPECIAL:Afghan refugee]] who moved into [[ADDRESS:27 Osier Walk]], [[POSTCODE:BS5 9QL]], with his two boys, [[PERSON:Ahmad]] ([[AGE:7]]) and [[PERSON:Yusuf]] ([[AGE:4]]). His boiler broke on Christmas Eve. The contractor, [[ORGANISATION:Keyline Gas Services]], came twice without an interpreter and left a card in English. [[PERSON:Farid]] has [[HEALTH:PTSD]] and unexpected knocking frightens him, so he didn't open the door. Each time the job ([[REFERENCE:8840213]]) was closed as \"no access\".\n\nWhat changed: [[ORGANISATION:Ashby Vale]] now keeps a vulnerability flag on the file, so Mrs [[PERSON:Nwosu]] gets a call before any planned lift outage and Mr [[PERSON:Haidari]]'s jobs are booked through me. The Ombudsman found maladministration in [[PERSON:Adaeze]]'s case and ordered £900 compensation.",
    ),
    (
        "w-en-03",
        "en",
        "My name is [[PERSON:Marguerite Okonjo-Bell]] and I've rented from [[ORGANISATION:Calder Moor District Council]] since 1998. Two springs ago, water started coming through my kitchen ceiling every time it rained. I'll quote their stage 2 letter, because I've read it so often I know it by heart:\n\n“Dear Mrs [[PERSON:Okonjo-Bell]],\nRe: [[ADDRESS:3 Tannery Close]], Wakefield [[POSTCODE:WF2 8QT]]\nTenancy ref: [[REFERENCE:0093-4471-02]]   Date of birth: [[DATE_OF_BIRTH:02/11/1956]]\nI am sorry that the leak to your kitchen was not resolved at stage 1. Our investigation found that our roofing contractor, [[ORGANISATION:Halden Roofing Ltd]], repaired the wrong section of the flat roof in April and again in June. We have instructed them to return within 10 working days.\nYours sincerely,\n[[PERSON:D. Achterberg]]\nHead of Customer Experience”\n\nIt sounds reasonable, but Mr [[PERSON:Achterberg]]'s letter took eleven weeks to arrive, and [[ORGANISATION:Halden Roofing]] didn't come back for another two months. It was my granddaughter, [[PERSON:Sunita]], who pushed me to go to the Housing Ombudsman. Their case number was [[REFERENCE:202311948]].\n\nIn the end the council replaced the whole roof over our row, paid me £1,100 and, because of my [[HEALTH:rheumatoid arthritis]], sent a decorator to repaint the kitchen instead of leaving it to me. I still keep that letter in the drawer.",
    ),
    (
        "w-en-04",
        "en",
        "[[PERSON:DEVON]]: I'm [[PERSON:Devon Mbatha-Green]], and this is my wife [[PERSON:Chelsea]]. We rent [[ADDRESS:flat 2, 9 Kingfisher Parade]], Leeds [[POSTCODE:LS12 3PX]], from [[ORGANISATION:Greyhaven Housing]], with our kids, [[PERSON:Paris]] ([[AGE:11]]) and baby [[PERSON:Autumn]].\n[[PERSON:CHELSEA]]: Since new tenants moved in above us there's been music until 4am most weekends. [[PERSON:Paris]] had her SATs and couldn't sleep. [[PERSON:Autumn]] is [[AGE:9 months]] and woke up screaming.\n[[PERSON:DEVON]]: We kept the noise diary [[ORGANISATION:Greyhaven]] asked for. Twelve weeks of it. The ASB case number was [[REFERENCE:ASB/23/1187]], and it went nowhere.\n[[PERSON:CHELSEA]]: The worst bit was that nobody rang back. I left messages for the neighbourhood officer, Mr [[PERSON:Kowalczyk]], on [[PHONE:0113 496 0559]] and emailed him at [[EMAIL:t.kowalczyk@greyhaven.org.uk]]. Nothing.\n[[PERSON:DEVON]]: So we complained about how the case was handled, not the noise itself. Stage 1 upheld it. They lent us a noise app, the council's noise team recorded a party, and the tenants above got a formal warning.\n[[PERSON:CHELSEA]]: It's quiet now. [[PERSON:Paris]] is even saving for the school trip to Paris. And [[PERSON:Devon]] still thinks \"we moved up from Devon for a quiet life\" is a funny joke.",
    ),
    (
        "w-en-05",
        "en",
        "Case study: cockroaches at [[ADDRESS:Marlowe House]], written by the residents' rep for the block.\n\n[[ADDRESS:Marlowe House]] is 48 flats owned by [[ORGANISATION:Southgate Community Housing]]. Last summer cockroaches spread from the bin chute into at least nineteen homes. I'm [[PERSON:Rukhsana Iqbal]], the residents' rep, and I live on the sixth floor.\n\nHere is the cast, because that was half the problem:\n- [[PERSON:Neville]], the caretaker, saw them first and reported it in June.\n- [[PERSON:Penny]], in the repairs hub, logged each flat as a separate job, so there were nineteen job numbers and nobody in charge.\n- [[PERSON:Victor]], from [[ORGANISATION:Pestguard Environmental]], treated flats one at a time and never the chute.\n- [[PERSON:Colin]], the area housing manager, said the chute was \"a building safety matter\" and passed it to [[PERSON:Sydney]] in the asset team.\n- [[PERSON:Sydney]] went on leave for a month.\n- [[PERSON:Florence]], the complaints officer, finally merged everything into one stage 1 complaint, [[REFERENCE:SCH-2291]].\n\nWhat fixed it: [[PERSON:Florence]] got [[PERSON:Colin]], [[PERSON:Victor]] and [[PERSON:Neville]] on site together in September. [[ORGANISATION:Pestguard]] gel-baited the whole riser, [[PERSON:Neville]] sealed the chute hoppers, and [[PERSON:Penny]] now logs any block-wide infestation as a single job. No sightings since October. We didn't get a penny of compensation, but we did get a proper written apology and a quarterly pest check.",
    ),
    (
        "w-en-06",
        "en",
        "This is an anonymised learning review written by a landlord's complaints team for its residents' scrutiny panel.\n\nLast winter the communal heating in three of our older blocks failed repeatedly. Residents reported it through the contact centre, but each call was logged as a separate repair, so nobody could see that the same plant room was failing again and again. Several households went without heating for more than a week, including older residents and families with young children.\n\nComplaints reached stage 1 within days, but the responses were written by different officers and offered different amounts of compensation for the same outage. At stage 2 we accepted that this was unfair. We also took on board the Housing Ombudsman's view, in a similar case elsewhere, that a landlord should treat repeated failures as one problem rather than many.\n\nWhat changed: heating outages affecting more than five homes are now logged as a single incident with one named owner; temporary heaters are delivered within 24 hours; residents get a text update every day until the fault is fixed; and compensation is calculated with one published formula. Over the following winter, repeat heating complaints fell by more than half.",
    ),
    (
        "w-en-07",
        "en",
        "When I first rang about the mould, the housing officer, [[PERSON:Whitcombe]], told me to \"open a window and wipe it with bleach\". That was Mr [[PERSON:Whitcombe]]'s advice for eleven months.\n\nMy daughter [[PERSON:Florence]] is [[AGE:9]] and has [[HEALTH:asthma]]. In February Dr [[PERSON:Lindqvist]] at our surgery wrote that the mould in [[PERSON:Florence]]'s room was making her [[HEALTH:asthma]] worse and that either the damp was fixed or we needed to move. I sent that letter to [[ORGANISATION:Thornbury Housing Trust]] with my complaint. Mrs [[PERSON:Obuya]], the stage 1 investigator, rang me within two days, which was a first. [[PERSON:Obuya]] was brilliant: she came out herself, with a surveyor called [[PERSON:Harrington]] from [[ORGANISATION:Castlemere Surveying]], and [[PERSON:Harrington]] found a leaking soil stack boxed in behind the wall.\n\nAt stage 2 [[ORGANISATION:Thornbury]] accepted that [[PERSON:Whitcombe]] had failed to escalate and paid us £1,400. They moved us to a decant flat at [[ADDRESS:16 Partridge Row]] while the wall was rebuilt. We're back home at [[ADDRESS:5 Dunmore Terrace]], [[POSTCODE:NG7 1RA]], now, and [[PERSON:Florence]] has used her inhaler twice this term.",
    ),
    (
        "w-en-08",
        "en",
        'My mum, [[PERSON:Hope Abernethy]], is [[AGE:84]] and has [[HEALTH:Parkinson\'s disease]]. She lives alone at [[ADDRESS:Flat 1, 40 Greave Street]], Rochdale [[POSTCODE:OL11 4BU]], a ground-floor flat let by [[ORGANISATION:Pennine Crest Homes]]. In 2023 her occupational therapist recommended swapping the bath for a level-access shower, because [[PERSON:Hope]] had fallen twice getting out of it.\n\nThe referral disappeared. Then it reappeared as a "new request". Each time, someone asked me for her details again. I have typed her NI number, [[NI_NUMBER:PK 61 03 92 A]], and her date of birth, [[DATE_OF_BIRTH:23 July 1940]], into four separate forms, and quoted her tenancy number, [[REFERENCE:7730194]], on more calls to [[PHONE:0161 4960127]] than I can count.\n\nIn the end I wrote a stage 1 complaint from my own email, [[EMAIL:ewan.abernethy@freemail.net]], signed [[PERSON:Ewan Abernethy]], son and carer. The reply admitted the referral had been "closed in error". At stage 2 they apologised properly, paid £500, and booked [[ORGANISATION:Adapt-Ability Installations]] within three weeks.\n\nMum has had her shower since March. I nearly gave up hope more than once. What changed: adaptations now have one named coordinator, and nobody closes a referral without phoning the resident first.',
    ),
    (
        "w-en-09",
        "en",
        "heres what happened with our heating, copied off my phone bc i cant be bothered retyping it\n\nme to repairs line [[PHONE:03069 990412]]: boiler dead AGAIN, 3 kids in the house, job [[REFERENCE:5518820]]\nthem (text from [[PHONE:07700900733]]): Hi it's [[PERSON:Ginger]] from [[ORGANISATION:Ridgeway Heating]], can we come Tues between 8 and 6?\nme: yes\nthem: Sorry our engineer is off sick, new date tbc\n\nthat went on for 3 wks. [[REFERENCE:5518820]] was the only number anyone ever gave me. my mate [[PERSON:jordan]] said get your mp involved but i just did the stage 1 online instead. the reply came from someone called [[PERSON:s. baptiste]] at [[ORGANISATION:harrowfield homes]] saying theyd \"taken learnings\". [[PERSON:jordan]] laughed his head off at that.\n\nwhat actually worked was ringing [[PHONE:+44 161 496 0903]], the complaints manager's direct line ([[PERSON:ginger]] gave it me on the quiet). the manager, a bloke called [[PERSON:marek]], got a new boiler fitted within 48 hours and dropped off 2 heaters in the meantime. so thanks [[PERSON:ginger]]. my youngest, [[PERSON:kayden]], is [[AGE:2]] and was sleeping in his coat, im not exaggerating",
    ),
    (
        "w-en-10",
        "en",
        "I've worked in the complaints team at [[ORGANISATION:Brackenfield Housing Association]] for six years, and the case I learned most from was [[PERSON:Crystal Adeyemi-Hart]]'s. [[PERSON:Crystal]] lives at [[ADDRESS:22b Rosebery Walk]], Islington, [[POSTCODE:N7 6QE]], with her son [[PERSON:Rio]], who is [[AGE:14]] and [[HEALTH:autistic]]. Water had been dripping through her bathroom light fitting for seven months. Our contractor, [[ORGANISATION:Coldharbour Maintenance]], attended six times under six different job numbers.\n\nBy the time [[PERSON:Crystal]] complained, her first email was crystal clear: \"I don't want another visit, I want one person who owns this.\" So we gave her one. I put my own details at the bottom of every reply:\n\n[[PERSON:Neha Chaudhry]]\nComplaints Team Leader, [[ORGANISATION:Brackenfield Housing Association]]\n[[PHONE:020 7946 0318]] | [[EMAIL:neha.chaudhry@brackenfield-ha.org.uk]]\n\nThe real fault was a cracked waste pipe in the flat above, which Mr [[PERSON:Dlamini]], the only plumber who bothered to lift the floorboards upstairs, found in twenty minutes. [[PERSON:Crystal]] still took it to the Housing Ombudsman, [[REFERENCE:202417802]], mainly about the seven months, and she was right to. We paid £1,750, and now any leak with three visits goes to a surveyor automatically. I hope that means nobody else waits seven months.",
    ),
    (
        "w-pl-01",
        "pl",
        "Nazywam się [[PERSON:Agnieszka Wróblewska]] i od 2019 roku wynajmuję mieszkanie od [[ORGANISATION:Brookmere Housing]] pod adresem [[ADDRESS:17 Hazel Grove]], Bolton, [[POSTCODE:BL3 5DW]]. Zeszłej zimy w pokoju mojej córki [[PERSON:Zuzanny]] pojawił się czarny grzyb, najpierw za szafą, potem na całym suficie. [[PERSON:Zuzia]] ma [[AGE:4 lata]] i choruje na [[HEALTH:astmę]], więc każda noc z kaszlem była dla nas koszmarem.\n\nDzwoniłam na infolinię ([[PHONE:0161 496 0845]]) chyba dziesięć razy. Za każdym razem podawałam numer najmu [[REFERENCE:BH-330127]] i słyszałam, że ktoś oddzwoni. Nikt nie oddzwonił. W końcu sąsiadka, pani [[PERSON:Halina Majewska]], pomogła mi napisać skargę. Dostała ona numer [[REFERENCE:C-60412]].\n\nOdpowiedź na pierwszym etapie przyszła od pana [[PERSON:Gregory'ego Pike'a]] z działu skarg: zaproponowano tylko środek przeciwgrzybiczy. Razem z [[PERSON:Haliną]] napisałyśmy odwołanie do drugiego etapu. Dopiero wtedy przyjechał inspektor z firmy [[ORGANISATION:Dampcure North]] i znalazł pękniętą rynnę, z której woda lała się prosto w ścianę.\n\nRynnę wymieniono, ścianę osuszono i otynkowano na nowo, a [[PERSON:Zuzanna]] śpi spokojnie. Dostałyśmy 600 funtów odszkodowania. Rada dla innych: piszcie e-maile zamiast dzwonić. Ja pisałam z adresu [[EMAIL:aga.wroblewska@pocztex.pl]] i dzięki temu wszystko mam na piśmie.",
    ),
    (
        "w-pl-02",
        "pl",
        "Piszę ja, [[PERSON:Tomasz Zieliński]], ale tekst czytała i poprawiała moja żona, [[PERSON:Krystyna]]. Mieszkamy w bloku [[ADDRESS:Rowan Court]] na osiedlu [[ADDRESS:Kestrel Fields]] w Salford ([[POSTCODE:m6 8hs]]) i wynajmujemy od [[ORGANISATION:Irwell Bank Housing]].\n\nPrzez całą zimę ogrzewanie w bloku działało na pół gwizdka, a winda stawała co kilka dni. [[PERSON:Krystyna]] ma [[HEALTH:stwardnienie rozsiane]] i zimno bardzo nasila jej objawy. Opiekujemy się też wnukiem [[PERSON:Kubą]], który ma [[AGE:10 lat]] i spał w kurtce.\n\nFirma [[ORGANISATION:Thermaflow Services]] przyjeżdżała sześć razy. Kierowniczka budynku, [[PERSON:Lorraine]], była uprzejma, ale nic nie mogła zrobić. Gorzej, że na grupie mieszkańców ktoś napisał, że skoro jesteśmy [[OTHER_SPECIAL:Polakami]], to mamy „nie narzekać i wracać do siebie”. Zgłosiliśmy to jako osobną sprawę.\n\nSkarga pierwszego etapu nic nie dała, drugi etap przyznał nam 150 funtów. Dopiero Housing Ombudsman (sprawa nr [[REFERENCE:202415530]]) uznał, że landlord źle zarządzał problemem. Przy wniosku o zwrot kosztów grzejników elektrycznych musiałem podać swój numer ubezpieczenia [[NI_NUMBER:NX 42 71 09 B]] – nie wiem po co, ale pieniądze przyszły.\n\nTeraz w kotłowni stoi nowy kocioł, a [[PERSON:Lorraine]] co tydzień wysyła mieszkańcom e-mail z informacjami. Kontakt do nas: [[PHONE:07700 900 214]], [[EMAIL:t.zielinski@skrzynka.pl]].",
    ),
    (
        "w-ro-01",
        "ro",
        "Mă numesc [[PERSON:Ionela Dumitrescu]] și locuiesc cu soțul meu, [[PERSON:Cătălin]], și cu fetița noastră, [[PERSON:Ilinca]], care are [[AGE:2 ani]], la [[ADDRESS:41 Brunswick Street]], Leicester, [[POSTCODE:LE2 0PD]]. Proprietarul este [[ORGANISATION:Foxwood Housing]].\n\nÎn martie a început să curgă apă prin tavanul din baie, de la apartamentul de deasupra. Vecina de sus, doamna [[PERSON:Stoica]], a sunat și ea, dar instalatorii de la [[ORGANISATION:Aquaseal Plumbing]] veneau, se uitau și plecau. Într-o noapte o bucată de tencuială a căzut chiar lângă cădița [[PERSON:Ilincăi]]. [[PERSON:Cătălin]] are [[HEALTH:epilepsie]], iar stresul din acele săptămâni i-a declanșat două crize.\n\nAm făcut plângere la etapa 1 (numărul plângerii: [[REFERENCE:FWH/2024/0918]]). Răspunsul a venit după șase săptămâni, de la domnul [[PERSON:Okafor]], și spunea că „nu s-a găsit nicio scurgere”. Am simțit că nu suntem luați în serios pentru că suntem [[OTHER_SPECIAL:români]] și nu vorbim perfect engleza. Am cerut etapa 2 și i-am scris direct domnului [[PERSON:Okafor]] la [[EMAIL:m.okafor@foxwoodhousing.co.uk]], cu fotografii și cu tot istoricul apelurilor la [[PHONE:0116 496 0371]].\n\nLa etapa 2 au trimis un inspector care a găsit o țeavă spartă sub cada doamnei [[PERSON:Stoica]]. Au reparat-o în aceeași zi, ne-au refăcut tavanul și ne-au dat 700 de lire. Acum, orice scurgere raportată de doi vecini ajunge direct la un supervizor.",
    ),
    (
        "w-ro-02",
        "ro",
        "Ce am învățat din plângerea noastră despre umezeală – un ghid scurt pentru vecini\n\nMulți chiriași din locuințele sociale nu știu că pot face o plângere oficială. Procesul are, de obicei, două etape. La etapa 1, proprietarul trebuie să confirme plângerea în cinci zile lucrătoare și să răspundă în zece. Dacă nu ești mulțumit, ceri etapa 2, iar răspunsul trebuie să vină în douăzeci de zile lucrătoare. După aceea poți merge la Housing Ombudsman, care este gratuit și independent.\n\nSfaturile noastre: păstrați fotografii cu data pe ele, notați fiecare apel și numele persoanei cu care ați vorbit, cereți totul în scris și spuneți clar ce doriți să se schimbe. Dacă mucegaiul afectează sănătatea cuiva din casă, spuneți-o de la început, pentru că proprietarii au acum termene legale pentru pericolele grave legate de umezeală și mucegai.\n\nLa noi, după etapa a doua, s-au schimbat ventilatoarele din băi în tot blocul, iar proprietarul a promis inspecții anuale în fiecare apartament. Nu a fost rapid, dar a meritat.",
    ),
    (
        "w-ar-01",
        "ar",
        "اسمي [[PERSON:سلمى الحداد]]، أنا [[OTHER_SPECIAL:لاجئة سورية]] وصلت إلى بريطانيا قبل خمس سنوات، وأسكن مع أطفالي الثلاثة في مبنى [[ADDRESS:Thistle House]] ضمن [[ADDRESS:Meadowbank Estate]] في شيفيلد، الرمز البريدي [[POSTCODE:S5 8TQ]]. أطفالي هم [[PERSON:ريم]] ([[AGE:٩ سنوات]])، و[[PERSON:عمر]] ([[AGE:٥ سنوات]])، والصغيرة [[PERSON:نور]] وعمرها [[AGE:١٤ شهراً]].\n\nمنذ الشتاء الماضي ظهر العفن الأسود على جدران غرفة الأطفال. يعاني [[PERSON:عمر]] من [[HEALTH:الربو]]، وصار يستيقظ كل ليلة وهو يسعل. اتصلت بشركة [[ORGANISATION:Hallamshire Homes]] على الرقم [[PHONE:٠١١٤ ٤٩٦ ٠٥٢٨]] أكثر من عشر مرات، وفي كل مرة يقولون إن أحداً سيتصل بي.\n\nقدّمت شكوى رسمية في المرحلة الأولى، ورقم الشكوى [[REFERENCE:HH-4471]]. جاء السيد [[PERSON:كريغ]] من قسم الصيانة ومعه مترجم، وكتب أن السبب هو «نمط حياة العائلة» لأننا نجفف الملابس داخل الشقة. شعرت بالإهانة. ساعدتني جارتي [[PERSON:أم فادي]] في كتابة طلب المرحلة الثانية بالإنجليزية.\n\nفي المرحلة الثانية أرسلوا مهندساً من شركة [[ORGANISATION:DryHome Surveys]] فوجد أن مروحة التهوية في الحمام معطلة وأن العزل في الجدار الخارجي تالف. أصلحوا كل شيء خلال شهر، واعتذر السيد [[PERSON:كريغ]] كتابياً، ودفعوا لنا ٨٠٠ جنيه تعويضاً. اليوم غرفة الأطفال جافة، و[[PERSON:عمر]] لم يحتج إلى جهاز الاستنشاق منذ شهرين.",
    ),
    (
        "w-ar-02",
        "ar",
        "أعمل مرشدة دعم في جمعية خيرية تساعد كبار السن، وأكتب هنا عن أحد عملائي، السيد [[PERSON:يوسف المصري]]، وعمره [[AGE:٦٧ عاماً]]. يسكن السيد [[PERSON:يوسف]] في الطابق التاسع من [[ADDRESS:Greenacre Tower]] في برمنغهام ([[POSTCODE:b12 9ss]])، والمالك هو [[ORGANISATION:Westbury Park Housing]]. يعاني من [[HEALTH:شلل نصفي]] بعد [[HEALTH:جلطة دماغية]]، ومن [[HEALTH:السكري]]، ويستخدم كرسياً متحركاً.\n\nفي شهر أكتوبر تعطل المصعدان معاً لمدة ستة أسابيع. لم يستطع [[PERSON:أبو خالد]]، كما يحب أن يُنادى، الخروج إلى مواعيد المستشفى ولا إلى صلاة الجمعة، وهو [[OTHER_SPECIAL:مسلم]] ملتزم لم يفوّتها منذ سنوات.\n\nأرسلنا شكوى إلى [[EMAIL:lifts@westburypark.org.uk]] ثم اتصلنا بمديرة الإصلاحات [[PERSON:أماندا]] على [[PHONE:+44 7700 900 652]]. طلبوا منا تعبئة استمارة فيها رقم المستأجر [[REFERENCE:٧٧٠٣٢٨١]] وتاريخ ميلاده [[DATE_OF_BIRTH:١٢/٠٣/١٩٥٧]]، ثم لم يصلنا أي رد.\n\nبعد المرحلة الثانية من الشكوى اعترفت [[ORGANISATION:Westbury Park Housing]] بأنها لم تضع أي خطة للسكان الذين لا يستطيعون استخدام الدرج أثناء الأعطال. الآن لديهم سجل بهؤلاء السكان ويتصلون بهم قبل أي صيانة، وقد نُقل السيد [[PERSON:المصري]] إلى شقة مؤقتة في الطابق الأرضي حتى تم استبدال المصعدين، كما دفعوا له ٦٠٠ جنيه.",
    ),
    (
        "w-ur-01",
        "ur",
        "میرا نام [[PERSON:عمران بٹ]] ہے۔ میں اپنی والدہ [[PERSON:شمیم اختر]] کے ساتھ [[ADDRESS:۹ Ashfield Road]]، لیڈز، [[POSTCODE:LS8 4QJ]] میں رہتا ہوں۔ مکان [[ORGANISATION:Aire Valley Homes]] کا ہے۔ امی کی عمر [[AGE:۷۹ سال]] ہے اور انہیں [[HEALTH:ڈیمنشیا]] ہے، اس لیے سردی میں وہ بہت جلد بیمار ہو جاتی ہیں۔\n\nپچھلے دسمبر میں بوائلر تین بار خراب ہوا۔ ہر بار [[ORGANISATION:Warmline Gas]] کا انجینئر آ کر اسے عارضی طور پر ٹھیک کر دیتا، اور دو دن بعد پھر بند۔ میں نے ہیلپ لائن [[PHONE:۰۱۱۳ ۴۹۶ ۰۷۷۱]] پر بار بار فون کیا۔ ایک بار مسز [[PERSON:ہیلن]] نے وعدہ کیا کہ نیا بوائلر لگے گا، مگر کچھ نہیں ہوا۔\n\nآخرکار میں نے باقاعدہ شکایت درج کی، شکایت نمبر [[REFERENCE:AVH-ST1-20931]]۔ فارم میں امی کی تاریخ پیدائش [[DATE_OF_BIRTH:۱۴/۰۶/۱۹۴۵]] اور بجلی کے ہیٹر کے خرچ کی واپسی کے لیے میرا نیشنل انشورنس نمبر [[NI_NUMBER:JR 58 30 62 C]] بھی مانگا گیا۔ پہلے مرحلے کے جواب میں صرف معذرت تھی۔ دوسرے مرحلے میں [[PERSON:ہیلن]] کے مینیجر [[PERSON:گیری]] نے خود آ کر دیکھا کہ بوائلر پندرہ سال پرانا ہے۔\n\nایک ہفتے میں نیا بوائلر لگ گیا، ہمیں ۴۵۰ پاؤنڈ معاوضہ ملا، اور اب امی کا نام کمزور رہائشیوں کی فہرست میں ہے، تاکہ ہیٹنگ خراب ہو تو چوبیس گھنٹے کے اندر کوئی آئے۔",
    ),
    (
        "w-ur-02",
        "ur",
        "میں [[PERSON:فیصل محمود]] ہوں۔ میں، میری بیوی [[PERSON:نازیہ]] اور ہمارے بچے [[PERSON:زینب]] ([[AGE:۱۲ سال]]) اور [[PERSON:حمزہ]] ([[AGE:۸ سال]]) [[ADDRESS:Hawthorn Heights]] کی چوتھی منزل پر رہتے ہیں، جو [[ADDRESS:Birchfield Estate]]، لندن [[POSTCODE:E34RT]] میں ہے۔ ہمارا مالک مکان [[ORGANISATION:Cheswick Housing Partnership]] ہے۔\n\nاوپر والے فلیٹ سے رات بھر شور آتا تھا، اور جب میں نے شکایت کی تو ہمسائے نے ہمیں “[[OTHER_SPECIAL:پاکستانی]]” کہہ کر گالیاں دیں اور دروازے پر لکھ دیا کہ [[OTHER_SPECIAL:مسلمان]] یہاں سے چلے جائیں۔ [[PERSON:نازیہ]] پہلے ہی [[HEALTH:ڈپریشن]] کا علاج کروا رہی تھیں، اس کے بعد وہ گھر سے نکلنے سے ڈرنے لگیں۔\n\nہم نے [[EMAIL:asb.team@cheswickhp.org.uk]] پر ای میل کی اور [[PHONE:020 7946 0176]] پر فون کیا۔ کیس نمبر [[REFERENCE:ASB-7720-K]] ملا، مگر آفیسر [[PERSON:ڈینیئل]] نے چھ ہفتے تک کوئی جواب نہیں دیا۔ ہم نے شکایت کو دوسرے مرحلے تک پہنچایا اور پھر ہاؤسنگ اومبڈزمین کو لکھا۔\n\nاب [[ORGANISATION:Cheswick]] نے نفرت پر مبنی واقعات کے لیے الگ طریقہ بنایا ہے: چوبیس گھنٹے میں رابطہ اور پولیس کے ساتھ مشترکہ کارروائی۔ ہمسائے کو آخری وارننگ ملی اور دروازے کے پاس کیمرہ لگ گیا۔ [[PERSON:زینب]] اب پھر اکیلی اسکول جاتی ہے۔",
    ),
    (
        "w-bn-01",
        "bn",
        "আমার নাম [[PERSON:রুকসানা বেগম]]। আমি আমার স্বামী [[PERSON:জামাল]] আর দুই মেয়ে [[PERSON:তাসনিম]] ([[AGE:৭ বছর]]) ও [[PERSON:আয়েশা]] ([[AGE:৩ বছর]])-কে নিয়ে [[ADDRESS:Flat 14, 62 Cable Street]], লন্ডন [[POSTCODE:E1 8HW]]-এ থাকি। বাড়িওয়ালা [[ORGANISATION:Tower Wharf Homes]]।\n\nদুই বছর ধরে বেডরুমের দেয়াল ভিজে থাকত, জানালার কোণে কালো ছত্রাক। [[PERSON:আয়েশার]] [[HEALTH:হাঁপানি]] আছে, রাতে শ্বাসকষ্ট বেড়ে যেত। আমি [[PHONE:০২০ ৭৯৪৬ ০৩৮৯]] নম্বরে বহুবার ফোন করেছি, ভাড়াটিয়া নম্বর [[REFERENCE:TWH-008812]] বলেছি, কিন্তু শুধু “ব্লিচ দিয়ে মুছুন” উপদেশ পেয়েছি।\n\nশেষে আমাদের হাউজিং অফিসার মিস্টার [[PERSON:ওয়েন]]-কে লিখিত অভিযোগ দিলাম। প্রথম ধাপের উত্তর দেরিতে এল, তাতে কোনো সমাধান ছিল না। [[PERSON:জামাল]] তখন দ্বিতীয় ধাপে অভিযোগ তুললেন, সঙ্গে ডাক্তারের চিঠি আর ছবি। এবার [[ORGANISATION:Tower Wharf Homes]] একজন সার্ভেয়ার পাঠাল, যিনি দেখলেন বাইরের দেয়ালের পাইপ ফাটা।\n\nপাইপ বদলানো হয়েছে, দেয়াল শুকিয়ে নতুন প্লাস্টার হয়েছে, আর আমরা ৫০০ পাউন্ড ক্ষতিপূরণ পেয়েছি। এখন [[PERSON:তাসনিম]] আর [[PERSON:আয়েশা]] নিজেদের ঘরে শান্তিতে ঘুমায়।",
    ),
    (
        "w-bn-02",
        "bn",
        "আমি [[PERSON:শফিক মিয়া]]। আমার বাবা [[PERSON:আব্দুল করিম মিয়া]], বয়স [[AGE:৮২ বছর]], [[ADDRESS:Shadwell Gardens Estate]]-এর [[ADDRESS:Gaskell Building]]-এ পাঁচতলায় একা থাকেন, পোস্টকোড [[POSTCODE:e1w 3qz]]। তিনি [[OTHER_SPECIAL:বাংলাদেশি]] [[OTHER_SPECIAL:মুসলিম]], ইংরেজি কম বোঝেন, আর তাঁর [[HEALTH:ডায়াবেটিস]] আছে। বাড়িওয়ালা [[ORGANISATION:Limehouse Reach Housing Association]]।\n\nগত শীতে লিফট তিন সপ্তাহ বন্ধ ছিল, সঙ্গে হিটিংও। বাবা সিঁড়ি দিয়ে নামতে পারেননি, তাঁর ইনসুলিন আনতেও আমাকে যেতে হত। আমি [[EMAIL:shafiq.mia@postbox.co.uk]] থেকে অভিযোগ করি এবং আমার নম্বর [[PHONE:07700 900 947]] দিই। অভিযোগ নম্বর ছিল [[REFERENCE:LRHA/C/4412]]।\n\nদুই ধাপ শেষ হওয়ার পর আমরা হাউজিং ওম্বুডসম্যানের কাছে যাই। তাদের চিঠির একটা অংশ বাবাকে অনুবাদ করে শুনিয়েছিলাম: “কেস নম্বর [[REFERENCE:২০২৪১২৫৫৭]]। আমরা দেখেছি যে বাড়িওয়ালা জনাব [[PERSON:মিয়া]]-র বয়স ও স্বাস্থ্যের কথা বিবেচনা করেনি এবং তাঁর জন্য বিকল্প ব্যবস্থা করেনি। এটি গুরুতর অব্যবস্থাপনা।”\n\nএরপর [[ORGANISATION:Limehouse Reach]] বাবাকে ১,২০০ পাউন্ড দিয়েছে, আর এখন লিফট বন্ধ হলে বয়স্ক বাসিন্দাদের বাড়িতে খাবার ও ওষুধ পৌঁছে দেওয়ার ব্যবস্থা আছে। বাবার সঙ্গে কথা বলার জন্য তারা একজন দোভাষীও ঠিক করেছে।",
    ),
    (
        "w-pa-01",
        "pa",
        "ਮੇਰਾ ਨਾਮ [[PERSON:ਹਰਪ੍ਰੀਤ ਕੌਰ ਸੰਧੂ]] ਹੈ। ਮੈਂ ਆਪਣੇ ਪਤੀ [[PERSON:ਗੁਰਦੀਪ]] ਅਤੇ ਪੁੱਤਰ [[PERSON:ਅਰਜਨ]] ([[AGE:੬ ਸਾਲ]]) ਨਾਲ [[ADDRESS:23 Lime Tree Avenue]], ਸਾਊਥਾਲ, [[POSTCODE:UB1 2QF]] ਵਿੱਚ ਰਹਿੰਦੀ ਹਾਂ। ਘਰ [[ORGANISATION:Brentside Housing]] ਦਾ ਹੈ।\n\nਪਿਛਲੀਆਂ ਗਰਮੀਆਂ ਵਿੱਚ ਰਸੋਈ ਵਿੱਚ ਚੂਹੇ ਆਉਣ ਲੱਗ ਪਏ। ਅਸੀਂ [[OTHER_SPECIAL:ਅੰਮ੍ਰਿਤਧਾਰੀ ਸਿੱਖ]] ਪਰਿਵਾਰ ਹਾਂ ਅਤੇ ਘਰ ਵਿੱਚ ਗੁਟਕਾ ਸਾਹਿਬ ਰੱਖਦੇ ਹਾਂ, ਇਸ ਲਈ ਸਫ਼ਾਈ ਸਾਡੇ ਲਈ ਬਹੁਤ ਜ਼ਰੂਰੀ ਹੈ। [[PERSON:ਅਰਜਨ]] ਨੂੰ [[HEALTH:ਦਮਾ]] ਹੈ ਅਤੇ ਡਾਕਟਰ ਨੇ ਕਿਹਾ ਕਿ ਚੂਹਿਆਂ ਦੀ ਗੰਦਗੀ ਉਸ ਲਈ ਠੀਕ ਨਹੀਂ।\n\nਮੈਂ [[PHONE:੦੨੦ ੭੯੪੬ ੦੬੦੩]] 'ਤੇ ਕਈ ਵਾਰ ਫ਼ੋਨ ਕੀਤਾ। [[ORGANISATION:Swiftkill Pest Control]] ਵਾਲੇ ਦੋ ਵਾਰ ਆਏ, ਜ਼ਹਿਰ ਰੱਖ ਕੇ ਚਲੇ ਗਏ, ਪਰ ਕਿਸੇ ਨੇ ਇਹ ਨਹੀਂ ਦੇਖਿਆ ਕਿ ਚੂਹੇ ਅੰਦਰ ਕਿੱਥੋਂ ਆਉਂਦੇ ਹਨ। ਫਿਰ ਮੈਂ ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:BH-PC-3318]]। ਪਹਿਲੇ ਪੜਾਅ ਦਾ ਜਵਾਬ ਮਿਸ [[PERSON:ਲੌਰਾ]] ਨੇ ਦਿੱਤਾ, ਜਿਨ੍ਹਾਂ ਨੇ ਮੰਨਿਆ ਕਿ ਕੰਮ ਅਧੂਰਾ ਛੱਡਿਆ ਗਿਆ ਸੀ।\n\nਉਸ ਤੋਂ ਬਾਅਦ ਇੱਕ ਸਰਵੇਅਰ ਆਇਆ ਅਤੇ ਰਸੋਈ ਦੀ ਅਲਮਾਰੀ ਦੇ ਪਿੱਛੇ ਪਾਈਪ ਦੇ ਦੁਆਲੇ ਵੱਡਾ ਮੋਰਾ ਮਿਲਿਆ। ਉਹ ਬੰਦ ਕਰ ਦਿੱਤਾ ਗਿਆ, ਰਸੋਈ ਦੀ ਡੂੰਘੀ ਸਫ਼ਾਈ ਹੋਈ ਅਤੇ ਸਾਨੂੰ ੩੦੦ ਪੌਂਡ ਮਿਲੇ। ਹੁਣ [[ORGANISATION:Brentside Housing]] ਹਰ ਕੀੜਿਆਂ ਦੀ ਸ਼ਿਕਾਇਤ 'ਤੇ ਪਹਿਲਾਂ ਇਹ ਲੱਭਦੀ ਹੈ ਕਿ ਉਹ ਅੰਦਰ ਕਿਵੇਂ ਆਉਂਦੇ ਹਨ।",
    ),
    (
        "w-pa-02",
        "pa",
        "ਮੈਂ [[PERSON:ਜਸਕਰਨ ਗਿੱਲ]] ਹਾਂ ਅਤੇ ਇਹ ਕਹਾਣੀ ਮੇਰੇ ਦਾਦਾ ਜੀ, ਸਰਦਾਰ [[PERSON:ਬਲਵੰਤ ਸਿੰਘ ਗਿੱਲ]] ਦੀ ਹੈ। ਉਹ [[ADDRESS:7 Pinfold Street]], ਸਮੈਦਿਕ, [[POSTCODE:B66 3DL]] ਵਿੱਚ [[ORGANISATION:Tividale Borough Council]] ਦੇ ਘਰ ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ। ਉਨ੍ਹਾਂ ਦੀ ਜਨਮ ਮਿਤੀ [[DATE_OF_BIRTH:੦੩/੦੯/੧੯੪੧]] ਹੈ; ਉਨ੍ਹਾਂ ਨੂੰ [[HEALTH:ਸ਼ੂਗਰ]] ਹੈ ਅਤੇ ਗੋਡਿਆਂ ਦਾ [[HEALTH:ਗਠੀਆ]] ਵੀ।\n\nਉਨ੍ਹਾਂ ਦੀ ਸਟੇਅਰਲਿਫਟ ਮਈ ਵਿੱਚ ਖ਼ਰਾਬ ਹੋ ਗਈ। ਦਾਦਾ ਜੀ ਤਿੰਨ ਮਹੀਨੇ ਹੇਠਲੇ ਕਮਰੇ ਵਿੱਚ ਸੋਫ਼ੇ 'ਤੇ ਸੌਂਦੇ ਰਹੇ। ਰਿਪੇਅਰ ਨੰਬਰ [[REFERENCE:੫੫੩੧੨੦]] ਸੀ, ਪਰ [[ORGANISATION:Liftwell Mobility]] ਕਹਿੰਦੀ ਰਹੀ ਕਿ ਪੁਰਜ਼ਾ ਨਹੀਂ ਮਿਲਦਾ। ਮੈਂ ਕੌਂਸਲ ਨੂੰ [[PHONE:0121-496-0438]] 'ਤੇ ਫ਼ੋਨ ਕੀਤੇ ਅਤੇ [[EMAIL:jaskaran.gill@inboxmail.co.uk]] ਤੋਂ ਈਮੇਲਾਂ ਭੇਜੀਆਂ।\n\nਪਹਿਲੇ ਪੜਾਅ ਦੇ ਜਵਾਬ ਵਿੱਚ ਕਿਹਾ ਗਿਆ ਕਿ ਦੇਰੀ ਠੇਕੇਦਾਰ ਦੀ ਹੈ। ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ ਅਡੈਪਟੇਸ਼ਨ ਟੀਮ ਦੇ [[PERSON:ਡੇਵ]] ਨੇ ਘਰ ਆ ਕੇ ਦੇਖਿਆ ਅਤੇ ਮੰਨਿਆ ਕਿ ਇੰਨੀ ਦੇਰ ਕਿਸੇ ਬਜ਼ੁਰਗ ਲਈ ਠੀਕ ਨਹੀਂ। ਹਾਊਸਿੰਗ ਓਮਬਡਸਮੈਨ ਕੋਲ ਕੇਸ (ਨੰਬਰ [[REFERENCE:202507731]]) ਖੁੱਲ੍ਹਿਆ, ਪਰ ਉਸ ਦੇ ਫ਼ੈਸਲੇ ਤੋਂ ਪਹਿਲਾਂ ਹੀ ਨਵੀਂ ਲਿਫਟ ਲੱਗ ਗਈ।\n\nਹੁਣ ਕੌਂਸਲ ਨੇ ਨਿਯਮ ਬਣਾਇਆ ਹੈ ਕਿ ਜੇ ਸਟੇਅਰਲਿਫਟ ਦੋ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਠੀਕ ਨਾ ਹੋਵੇ ਤਾਂ ਨਵੀਂ ਲਗਾਈ ਜਾਵੇ। ਦਾਦਾ ਜੀ ਫਿਰ ਆਪਣੇ ਬਿਸਤਰੇ ਵਿੱਚ ਸੌਂਦੇ ਹਨ।",
    ),
    (
        "w-cy-01",
        "cy",
        "[[PERSON:Gwenllian Prys]] ydw i, ac rwy'n byw yn [[ADDRESS:Nhŷ Glyndŵr]], bloc o fflatiau ar gyrion Caerffili ([[POSTCODE:CF83 2NT]]). Symudais i [[ADDRESS:Faes y Dderwen]] yn 2016 gyda fy mab, [[PERSON:Dafydd]], sydd bellach yn [[AGE:12 oed]]. Ein landlord yw [[ORGANISATION:Tai Nant-y-Ffin]].\n\nAm ddwy flynedd roedd dŵr yn dod drwy do ystafell wely [[PERSON:Dafydd]] bob tro y byddai'n bwrw'n drwm. Mae ganddo [[HEALTH:asthma]], ac roedd y llwydni du ar y nenfwd yn ei wneud yn waeth. Ffoniais y llinell atgyweirio ar [[PHONE:029 2018 0467]] dro ar ôl tro, a daeth [[ORGANISATION:Adeiladwyr Teifi Cyf]] allan bedair gwaith i \"lanhau'r cafn\".\n\nYn y diwedd anfonais gŵyn ysgrifenedig at [[PERSON:Feinir]], fy swyddog tai (cyfeirnod cwyn: [[REFERENCE:TNF-0571]]). Atebodd [[PERSON:Meinir]] o fewn wythnos a threfnu i syrfëwr ddod. Ond ar gam 1 dim ond cynnig ail-baentio a gafwyd, felly es i gam 2, ac yna at yr Ombwdsmon.\n\nErbyn hyn mae to newydd ar y bloc cyfan, mae ystafell [[PERSON:Dafydd]] yn sych, a chawsom £650 o iawndal. Rhoddodd [[ORGANISATION:Tai Nant-y-Ffin]] lythyr o ymddiheuriad i [[PERSON:Ddafydd]] hefyd, ac roedd hynny'n golygu'r byd iddo. Os oes angen cyngor ar unrhyw un yn y bloc, e-bostiwch fi: [[EMAIL:gwenllian.prys@ebost.cymru]].",
    ),
]


def parse(marked: str) -> tuple[str, list[dict]]:
    """Turn ``[[KIND:text]]`` marks into plain text and gold spans."""
    text, gold, pos = [], [], 0
    length = 0
    for match in _MARK.finditer(marked):
        before = marked[pos : match.start()]
        text.append(before)
        length += len(before)
        kind, value = match.group(1), match.group(2)
        gold.append({"start": length, "end": length + len(value), "kind": kind})
        text.append(value)
        length += len(value)
        pos = match.end()
    text.append(marked[pos:])
    return "".join(text), gold


def records() -> list[dict]:
    out = []
    for story_id, language, marked in STORIES:
        text, gold = parse(marked)
        out.append({"id": story_id, "language": language, "text": text, "gold": gold})
    return out


def story_records(stories: Iterable[tuple[str, str, str]]) -> list[dict]:
    """Each ``(id, language, marked)`` story as a ``{"id", "language", "text", "gold"}`` dict.

    NFC first, then parse: the markers are ASCII, so offsets stay in code points of the
    normalised text."""
    records = []
    for story_id, language, marked in stories:
        text, gold = parse(unicodedata.normalize("NFC", marked))
        records.append({"id": story_id, "language": language, "text": text, "gold": gold})
    return records


def stories_as_jsonl(stories: Iterable[tuple[str, str, str]]) -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return [json.dumps(record, ensure_ascii=False) for record in story_records(stories)]
