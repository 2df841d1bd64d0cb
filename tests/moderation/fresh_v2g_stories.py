"""A seventh batch of fresh stories under version 2 of the marking, by a seventh writer.

Sixteen English stories (not twelve: the brief's total of forty left sixteen once the
other six languages had four each) range over a pasted SMS thread with a repairs line, an
automatic voicemail transcript that says its phone number, email, job number and street number
in words, a complaints manager's lessons-learned write-up naming staff and residents, a
teenager writing for her dyslexic mum, a councillor's casework email with the landlord's reply,
a Romany Gypsy resident's pitches and van registration, sheltered-scheme minutes full of Rose,
Bill, Faith and Win, a narrowboat on a residential berth, a support worker's third-person note
from a young people's hostel, a shared owner's filled-in form, a WhatsApp-style group chat
(Hope, Sunny, Big Mo, the flat above the chippy at 40), a Tigrinya interpreter's note, a public
Facebook thread with a profile address, a contact-centre call log, a Caribbean church elder
with Mother, Sister, Brother and Pastor before the names, and a numbered witness statement with
two vehicle registrations. Arabic has a Levantine WhatsApp voice note with kunyas (أم يزن، أبو
يزن), an imam's formal letter with a date of birth in words and a name that is also an
adjective (سعيد / سعيدًا), tenants' committee minutes where أمل, نور and كريم are both names and
words, and a student's form for his Moroccan father with a Latin-script name beside its Arabic
one. Bengali has a grandson writing for his Nani (আশা as name and as "I hope"), a support
worker's hostel report with suffixed names (মাহফুজের, মাহফুজকে, সুমন ভাইয়ের), a Facebook post
with a baby called আলো next to the stair light, and a community-radio phone-in with a number
spoken in English words written in Bengali script. Punjabi (Gurmukhi) has a gurdwara seva-desk
case note (ਬੀਬੀ ... ਜੀ), a family WhatsApp chat where ਖ਼ੁਸ਼ੀ and ਅਮਨ are people and words, a
grandson's account of a sheltered scheme (ਬਾਪੂ ਜੀ, ਭੂਆ ਜੀ, ਡਾ.), and a landlord's translated
lessons-learned piece with a postcode in lower case without its space. Polish has an SMS thread
with diminutives and inflections (Gosia/Gosi, Ewie, Ewą, Zuzią, Tomkiem, spod dwójki) and a
surname that is also "winter" (pani Zima / Zima w tym roku), a voicemail transcript with phone
and email said in Polish words, a Facebook post (Różą, Różyczka, Różyczki, pod piątką, a named
parish) and a filled-in form with a PESEL and an account ending. Romanian has a WhatsApp message
from a mother called Speranța who later loses her speranța, a support worker's note about a Roma
family in a hostel room with pre-settled status, a quoted slur and a CNP, a dated diary (tanti
Viorica, părintele Gheorghe, Floarea / Floarei / o floare), and a teenager writing for her
grandparents with a TikTok handle, nea Nelu and a shop that locates the home. Urdu has a
Kashmiri man's story mixing English street names into Urdu, with a date of birth in words and
a mosque opposite the house, a voice note with the phone number and email spoken in Urdu script
and a boy called عمر whose عمر is given, a councillor's surgery note with an NHS number and
چاچا جی, and a shared-ownership form with a sort code, an account ending and a husband called
راحت beside the راحت of relief. Every story carries unmarked noise: cities, boroughs, months,
weekdays, rooms, job titles, hospitals, "the council", Citizens Advice, Environmental Health,
the Housing Ombudsman, money, times and counts.

Measured on 7 December 2026 at first sight: 57.5% of stories leak-free (23 of 40),
recall 94.9%, precision 91.2%, special recall 84.2%; leak-free by language: English 68.8% (11 of
16), Punjabi and Romanian 75%, Polish and Urdu 50%, Arabic and Bengali 25% (English recall 95.3%,
precision 96.4%; other languages 94.5% / 87.5%). Misses: first names that are also English words
(Rose, Hope, Sunny, Grace) and their Punjabi and Arabic kin (ਅਮਨ, كريم), a short Arabic name
and a surname after an Arabic first name, Polish and Romanian diminutives (Krzysiek, Dănuț),
numbers said in words (a job number, a street number, an Urdu-script phone and email, a Polish
age), a date of birth as 3/4/81 and one in Arabic words, a bare housing register number, flats
and rooms written in Bengali or Urdu script, and named places with no cue word (a surgery
inside Arabic, a sweet shop, a corner shop, the flat above the chippy at 40).
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block):
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2g-en-01",
        "en",
        _s("""
Pasted from my phone, because the landlord's first reply said I had "never reported" the
leak. This is the whole thread with their "text us" repairs number, word for word.

Tue 14 Nov 08:12, me: Hi its [[PERSON:Shannon Pryce]] at [[ADDRESS:Flat 6, Marlowe House]],
[[POSTCODE:SE15 3RN]]. Water coming thru the bathroom light again. Job ref from October was
[[REFERENCE:RJ-448120]]
Tue 14 Nov 08:40, Repairs: Thanks [[PERSON:Shannon]]. An operative will call you today. Please
keep the light switched off.
Tue 14 Nov 17:55, me: nobody called. my mobile is [[PHONE:07700 900418]] in case its wrong on
the system
Wed 15 Nov 09:03, Repairs: Hi, [[PERSON:Dele]] here from [[ORGANISATION:Brookmill Property
Services]]. Can u send a photo pls
Wed 15 Nov 09:05, me: sent 3 photos to [[PHONE:07700 900107]] like your letter says 📸
Wed 15 Nov 09:31, Repairs: Got them. Leak is from [[ADDRESS:flat 9]] above, we need access
there first
Fri 17 Nov 20:47, me: [[ADDRESS:flat 9]] has been empty since the summer?? its worse now. my
son [[PERSON:Tyler]] ([[AGE:9]]) is brushing his teeth by torchlight 🔦😡
Mon 20 Nov 11:20, Repairs: Sorry for the delay. Our supervisor [[PERSON:Joanne Ruddick]] has
escalated this.

Then nothing for three weeks, so I complained to [[ORGANISATION:Southwark Rye Homes]] and
attached the screenshots. The stage 1 reply from [[PERSON:Joanne]]'s manager said texts to that
number were "for appointments only" and were never logged as repairs. I went to stage 2 with
the thread above. This time they agreed the texts were reports, an electrician and a roofer
came the same Friday, and I got £180 towards the dehumidifier and the electric. The part I'm
proudest of: every text to that number now opens a repair job, so nobody else in Peckham has to
prove they asked.
"""),
    ),
    (
        "fv2g-en-02",
        "en",
        _s("""
From our tenants' association newsletter. [[PERSON:Maureen]] said we could print the automatic
transcript of the voicemail she left on our Plymouth helpline, mistakes and all, because it
shows how many times people have to ring before anyone listens.

"hiya it's er [[PERSON:Maureen]], [[PERSON:Maureen Tully]], from [[ADDRESS:forty two Saltash
Road]], that's [[POSTCODE:pl5 3dx]]. the heating's gone again, third time since bonfire night,
and I've got [[PERSON:Bill]] here with his [[HEALTH:COPD]] so he can't be sat in the cold. I've
rang the council, well not the council, [[ORGANISATION:Tamar Crescent Housing]], and the girl
give me a job number, [[REFERENCE:two two seven four one nine]], and said Thursday. Thursday
come and went. can someone ring me back on [[PHONE:oh seven seven double oh nine hundred three
one six]], or my daughter [[PERSON:Hope]] does my emails, it's [[EMAIL:hope dot tully eighty one
at example dot com]]. I'm not being funny but I hope somebody rings before the weekend because
we're running them little heaters and I dread to think what the bill will be. ta-ra."

We passed it on that afternoon. [[PERSON:Priya Nandra]] from the landlord's complaints team rang
[[PERSON:Maureen]] back within the hour and logged it as a formal complaint. [[PERSON:Bill]] is
[[AGE:eighty-six]], and the engineer found the same part had been fitted wrong twice. A new
boiler went in the following Tuesday, and [[ORGANISATION:Tamar Crescent]] paid £95 towards the
electric, with a written apology. [[PERSON:Maureen]] says the bill came in at £41 for the week,
which was still £41 too much.
"""),
    ),
    (
        "fv2g-en-03",
        "en",
        _s("""
Lessons learned: nineteen days without a lift at [[ADDRESS:Calder View]]. By [[PERSON:Gareth
Amos]], Complaints and Resolution Manager, [[ORGANISATION:Pennine Edge Housing]].

Both residents in this case study asked to be named; a third asked not to be, and we call him
Mr K.

In January the only lift at [[ADDRESS:Calder View]], a ten-storey block in Halifax, failed on a
Friday evening. Our contractor, [[ORGANISATION:Vertex Lift Engineering]], attended 3 times in
the first week, but the part had to come from Germany. Mr [[PERSON:Ivor Pengelly]], who lives
at [[ADDRESS:flat 52]] and has used a wheelchair since a [[HEALTH:stroke]], could not leave the
building for nineteen days. Mrs [[PERSON:Gloria Baptiste]], [[AGE:81]], of [[ADDRESS:flat 23]],
who has [[HEALTH:kidney disease]], missed two dialysis sessions at the Royal Infirmary. Her GP at
[[ADDRESS:Siddal Lane Surgery]] wrote to us on day six. Our housing officer, [[PERSON:Natalie
Crisp]], visited every resident above the fourth floor, but we had no list of who could not use
the stairs, so it took her two days to knock on every door.

Mr [[PERSON:Pengelly]] complained on day four and went to the Housing Ombudsman when our stage 2
reply took 31 working days instead of 20 (case [[REFERENCE:202418337]]). The Ombudsman found
maladministration, and we paid him £900 and Mrs [[PERSON:Baptiste]] £750.

What we changed. Every block with a lift now has a vulnerability list, reviewed each quarter by
the housing officer. If a lift is out for more than 24 hours, everyone on that list is offered a
hotel or help with the stairs, and we pay for taxis to medical appointments. [[PERSON:Ivor]] now
sits on our scrutiny panel, and [[PERSON:Gloria]]'s daughter, [[PERSON:Marcia]], helped us
rewrite the letter we send when a lift fails. I track every stage 2 response weekly. Mr K tells
us the lift has broken once since, for four hours.
"""),
    ),
    (
        "fv2g-en-04",
        "en",
        _s("""
Hi. My mum asked me to write this because she's got [[HEALTH:dyslexia]] and forms make her cry,
and she says I'm better at complaining anyway 😂. I'm [[PERSON:Summer]], I'm [[AGE:fifteen]],
and I'm in Year 10 at [[ADDRESS:Kingsmead Academy]]. Mum is [[PERSON:Donna Keane]] and my little
brother [[PERSON:Alfie]] is [[AGE:six]] and goes to [[ADDRESS:Parklands Brook Primary]]. We live
at [[ADDRESS:112 Brindley Way]], Northampton, [[POSTCODE:NN4 8QS]], and our landlord is
[[ORGANISATION:Nene Valley Homes]].

Every summer our back bedroom gets hot like an oven because of the flat roof, and every winter
the same roof leaks onto [[PERSON:Alfie]]'s bed. He has [[HEALTH:eczema]] and the damp makes it
flare up so badly he gets sent home from school. Our GP at [[ADDRESS:Far Cotton Health
Centre]] wrote a letter in March.

When I rang [[PHONE:01632 960214]] they asked for mum's date of birth to prove I was allowed to
talk for her, so I said [[DATE_OF_BIRTH:3/4/81]], and they still said she had to come on the
phone herself. She did. They said someone would come. Nobody came. 3 times.

In the end I found the complaints form online and filled it in with her sitting next to me.
Stage 1 came back from a Mr [[PERSON:Hollis]] who said the roof was "within its expected
lifespan". I wrote stage 2 myself and put in the photos of [[PERSON:Alfie]]'s arms. That worked.
A surveyor came, the roof was replaced in July, and we got £400 and a proper apology letter
addressed to me AND mum. Mum framed it lol.
"""),
    ),
    (
        "fv2g-en-05",
        "en",
        _s("""
From: Cllr [[PERSON:Ruth Adebayo-Finch]] <[[EMAIL:cllr.adebayo-finch@lambhurst.example]]>
To: Complaints <[[EMAIL:complaints@greenwayha.example.org]]>
Subject: Casework – Mr [[PERSON:D. Oyelaran]], damp and move request

Dear [[PERSON:Sanjay]],

I'm writing about my constituent Mr [[PERSON:Desmond Oyelaran]] (DOB
[[DATE_OF_BIRTH:14.02.1958]]) of [[ADDRESS:3 Quarry Mews]], [[POSTCODE:SE27 0JD]], who came to
my surgery at the library on Saturday. I know he no longer needs a councillor to take his case
to the Housing Ombudsman, but he asked me to help and I'm happy to.

Mr [[PERSON:Oyelaran]] has [[HEALTH:Parkinson's]] and lives alone. His bathroom extractor fan
has not worked since August and there is now black mould across the ceiling. His tenancy
reference is [[REFERENCE:GW00912734]] and he has reported it at least 5 times; I attach his call
log. He is also on the housing register ([[REFERENCE:LHR/227045]]), band B, for a ground-floor
flat, and I'd be grateful if your allocations team could confirm that the medical evidence from
[[ADDRESS:Knights Hill Surgery]] has been received.

Could you treat this as a stage 1 complaint and let me know the name of the officer dealing with
it? His son, [[PERSON:Kayode]], is the best contact and is happy to be called on
[[PHONE:020 7946 0588]].

Kind regards,
Cllr [[PERSON:Ruth Adebayo-Finch]]
Member for Knights Hill ward, [[ORGANISATION:London Borough of Lambhurst]]
[[PHONE:07700 900582]]

Reply, eleven days later: "Dear Cllr [[PERSON:Adebayo-Finch]], thank you. I've logged this as
complaint [[REFERENCE:GHA-C-88230]]. A new fan and a mould wash are booked for Wednesday 4
December between 8am and 12pm, and [[PERSON:Lena]] in allocations confirms the GP letter is on
file. [[PERSON:Sanjay Mehrotra]], Complaints Lead, [[ORGANISATION:Greenway Housing
Association]]"
"""),
    ),
    (
        "fv2g-en-06",
        "en",
        _s("""
My name's [[PERSON:Roseanne Loveridge]], but nobody's called me anything but [[PERSON:Rosie]]
since I was a babby. I'm a [[OTHER_SPECIAL:Romany Gypsy]] and I've lived on [[ADDRESS:Meadowbank
Caravan Site]] most of my life. My mam had [[ADDRESS:pitch 4]], and I've had [[ADDRESS:pitch
11]], the one by the gate, since 1998. I was born in the spring of '61, so I've seen a few
landlords come and go.

The site belongs to [[ORGANISATION:Ashdown Vale District Council]]. Every pitch has its own
little amenity block with a toilet, a shower and a sink. Mine had no hot water from October to
March. The site warden wrote down my van reg, [[OTHER_ID:KR14 DVO]], and asked how long I'd "be
staying", like I was passing through. When the drains backed up, the water rose right up over
the step of the block.

My grandson [[PERSON:Levi]] is [[AGE:four]] and started at [[ADDRESS:St Barnabas Primary]] in
September; some days he went in unwashed and I was ashamed. My neighbour on [[ADDRESS:pitch
12]], [[PERSON:Big Nelson]], said don't bother, they never listen to us.

I rang the Traveller Movement helpline and a lady there helped me put it in writing. The
complaint number was [[REFERENCE:AVDC-44719]]. The stage 1 letter from [[PERSON:Colin Marsh]],
the Gypsy and Traveller liaison officer, apologised and said the boiler would be fixed, and it
was, two weeks later. What made me proud was stage 2: they agreed to check every amenity block
on the site each autumn, and to write to us like tenants, not trespassers. You can ring me on
[[PHONE:07700 900 239]] if you live on a site and want to know how I did it.
"""),
    ),
    (
        "fv2g-en-07",
        "en",
        _s("""
[[ADDRESS:Alder House]] sheltered scheme. Residents' meeting, Thursday 9 May, 2pm, in the
lounge.

Present: [[PERSON:Rose Kettering]] (chair, [[ADDRESS:flat 2]]), [[PERSON:Bill Harker]]
([[ADDRESS:flat 14]]), [[PERSON:Faith Okafor]] ([[ADDRESS:flat 7]]), [[PERSON:Stan]] and
[[PERSON:Mavis Dodd]] ([[ADDRESS:flat 19]]), [[PERSON:Lorraine Beech]] (scheme manager,
[[ORGANISATION:Hearthstone Housing]]), [[PERSON:Kwame Asante]] ([[ORGANISATION:Clearflow
Plumbing]]). Apologies: [[PERSON:Win Pardoe]] (hospital appointment).

1. Minutes of the last meeting agreed. Large-print copies to go to [[PERSON:Mavis]] because of
her [[HEALTH:macular degeneration]].

2. Pull cords. [[PERSON:Faith]] said the cleaners tied up the pull cord in her bathroom 3 times
in April so it would not get wet. [[PERSON:Faith]] is [[AGE:ninety-one]] and the cord is the only
way she can call for help if she falls. [[PERSON:Lorraine]] apologised and will brief the
cleaning contractor. [[PERSON:Bill]] asked who would pay the bill if the alarm system had to be
replaced. [[PERSON:Lorraine]] said the landlord, not residents.

3. Hot water complaint. [[PERSON:Rose]]'s complaint about the hot water (ref
[[REFERENCE:HH-C-30418]]) went to stage 2 after the water was lukewarm for six weeks.
[[PERSON:Kwame]] explained that the new cylinder is fitted and is tested daily.
[[ORGANISATION:Hearthstone]] has agreed £250 compensation for every flat on the second floor.
[[PERSON:Rose]] thanked everyone who kept a temperature diary. [[PERSON:Stan]] said he hopes
they remember this when the service charge goes up.

4. Any other business. The roses by the front door need pruning; [[PERSON:Bill]] will ask his
grandson [[PERSON:Kieran]]. [[PERSON:Mavis]] asked whether residents over 80 can have a daily
call; [[PERSON:Lorraine]] to check.

Next meeting: Thursday 13 June, 2pm.
"""),
    ),
    (
        "fv2g-en-08",
        "en",
        _s("""
People assume living on a boat means you're on your own when something breaks. It doesn't have
to be.

I'm [[PERSON:Dougal Fairweather]] and I rent [[ADDRESS:berth 17]] at [[ADDRESS:Kingfisher
Wharf]], one of the residential moorings that [[ORGANISATION:Isis Reach Housing Co-operative]]
lets to members in Oxford. My partner [[PERSON:Sunny]] (short for [[PERSON:Sunitha]], which
only her mum uses) has [[HEALTH:type 1 diabetes]], and her insulin lives in our little fridge,
so the shore power bollard on our pontoon isn't a luxury. On a sunny day the solar panel copes.
In November it doesn't.

The bollard failed on 2 November. The co-op's maintenance firm, [[ORGANISATION:Wharfside
Electrical]], came out twice and said the cable under the towpath belonged to the navigation
authority; the navigation authority said it belonged to the co-op. For 23 days we ran a
generator we couldn't really afford, and [[PERSON:Old Tom]] on [[ADDRESS:berth 18]] let us keep
the insulin in his fridge.

I complained in writing to [[EMAIL:moorings@isisreach.example.org]], asked for the lease plan,
and went to the Housing Ombudsman when stage 1 said "not our asset". The Ombudsman's case number
was [[REFERENCE:202503219]]. Before they reached a decision, the co-op's secretary,
[[PERSON:Hannah Leclerc]], found the plan herself: the cable was theirs. It was replaced within
a week, we were paid £310 for fuel, and the co-op now keeps a list of which boats have medical
needs. You can reach me at [[EMAIL:dougal.f@example.org]] if you moor somewhere similar.
"""),
    ),
    (
        "fv2g-en-09",
        "en",
        _s("""
Written by [[PERSON:Abi Mensah]], tenancy support worker, with [[PERSON:Jordan]]'s agreement.
[[PERSON:Jordan]] read it and changed two words.

[[PERSON:Jordan]] is [[AGE:nineteen]] and came to [[ADDRESS:Cobden Lodge]], a young people's
hostel run by [[ORGANISATION:Fairhaven Housing Trust]] in Bristol, after leaving care last
spring. He has [[HEALTH:ADHD]] and, since a bad winter, [[HEALTH:anxiety]], and he finds phone
calls very hard.

In October [[PERSON:Jordan]] told me the radiator in [[ADDRESS:room 14]] had been cold for a
month and that he had been sleeping in his coat. He had told the night manager,
[[PERSON:Grace]], who logged it, but the repair was closed as "no access": the contractor had
knocked at 8am while [[PERSON:Jordan]] was at college. Residents get a "grace period" of 28 days
to report problems, and the duty manager told him he had missed it.

[[PERSON:Jordan]] did not want to complain. He worried it would affect his move-on: his housing
register number is [[REFERENCE:BRS-HR-661902]] and he is waiting for a one-bedroom flat. I
explained that a complaint cannot count against him, and we wrote it together. He had also
posted photos of his frosty window on Instagram as [[OTHER_ID:@jordz.makes.beats]], which the
trust's social media team saw before the complaint arrived.

The stage 1 response came in six working days. [[ORGANISATION:Fairhaven]] apologised, fitted a
new radiator the next morning, and paid £120 into [[PERSON:Jordan]]'s account ending
[[OTHER_ID:3307]]. The hostel now texts residents before a repair visit and will not close a job
for "no access" without a second appointment. [[PERSON:Jordan]] says the best bit was that
[[PERSON:Grace]] came up to check the room herself.
"""),
    ),
    (
        "fv2g-en-10",
        "en",
        _s("""
COMPLAINT FORM – STAGE 1 (copied from my form exactly as I filled it in)
Name: [[PERSON:Precious Nwachukwu-Hale]]
Date of birth: [[DATE_OF_BIRTH:22nd Sept 1990]]
Address: [[ADDRESS:Apartment 31, Weaver's Quay]], Manchester [[POSTCODE:M4 7HB]]
Phone: [[PHONE:0161 496 0273]]
Email: [[EMAIL:precious.nh@example.com]]
Tenure: shared ownership (40% share)
Lease account no.: [[REFERENCE:SO-MAN-00431]]
NI number (optional): [[NI_NUMBER:JT 48 91 27 B]]
Health condition or disability: [[HEALTH:sickle cell disease]]
Ethnicity (optional): [[OTHER_SPECIAL:Black African]]
Who lives with you: daughter, [[PERSON:Joy]], [[AGE:7]]
Date problem started: Monday 3 February
What is your complaint? I own 40% of my flat with [[ORGANISATION:Irwell Shared Homes]] and pay
rent on the other 60%, plus a service charge of £148.20 a month. Since February the communal
heating in our building has failed again and again. Cold triggers my crises: I was admitted to
the Manchester Royal Infirmary twice in March. I've had no joy with the managing agent,
[[ORGANISATION:Castlefield Block Management]], who say it's [[ORGANISATION:Irwell]]'s problem,
and [[ORGANISATION:Irwell]] say it's the agent's. [[PERSON:Callum]] in your leasehold team told me
shared owners "have to sort their own repairs". That's not right for a communal system I pay for.
What would put it right? Fix the heating, refund the service charge for the months it didn't
work, and tell me in writing who is responsible.

What happened next: the stage 1 reply agreed that the communal plant is the landlord's job, not
mine. The heating was repaired in April and I was refunded £444, three months of service
charge. I've kept the form in case anyone else in the building needs it.
"""),
    ),
    (
        "fv2g-en-11",
        "en",
        _s("""
Our building's group chat did more than any letter. Here's a bit of it from the night the hot
water went, copied with everyone's OK 👍

[18:02] [[PERSON:Big Mo]]: anyone else's hot water off AGAIN 😤
[18:03] [[PERSON:Hope]] ([[ADDRESS:flat 5]]): yep since 3. been on hold to [[PHONE:0113 496
0552]] for 40 mins
[18:05] [[PERSON:Sunny]]: same here. fingers crossed 🤞 hope someone answers before the kids'
bath time
[18:07] [[PERSON:Big Mo]]: got through. ref [[REFERENCE:LH-778201]], engineer tmrw between 8
and 1 apparently
[18:09] [[PERSON:Kaz]]: they told me that on Tuesday lol
[18:10] [[PERSON:Kaz]]: for the new people, I'm in the [[ADDRESS:flat above the chippy at
40]], same boiler as you lot
[18:12] [[PERSON:Dev]]: and I'm above [[ADDRESS:Golden Fry]], no water since lunch. tagging
[[OTHER_ID:@LowfieldHomes]] on X now 📸
[18:20] [[PERSON:Hope]] ([[ADDRESS:flat 5]]): my nan's staying with me this week and she's
[[AGE:eighty-eight]] 😢 boiling kettles for a wash

The next morning [[PERSON:Karen Mulvey]] ([[PERSON:Kaz]] to all of us) printed the whole chat and
took it to the [[ORGANISATION:Lowfield Homes]] office in Leeds with a complaint signed by nine
flats. Because the chat showed dates and times, the stage 1 response couldn't say "no previous
reports". They replaced the shared boiler within a fortnight, paid every flat £75, and gave us a
named contact, [[PERSON:Dean]], who now answers in the group himself. [[PERSON:Mo]] says it's
the first time he's ever been thanked for moaning.
"""),
    ),
    (
        "fv2g-en-12",
        "en",
        _s("""
Interpreter's note (Tigrinya–English), written for the landlord's complaints team by
[[PERSON:Yonas Haile]], community interpreter. I have translated in the first person, as the
client spoke. My own comments are in square brackets.

Client: Mrs [[PERSON:Selam Tesfay]].

"I am [[OTHER_SPECIAL:Eritrean]]. I came to Britain in 2019 and I have [[OTHER_SPECIAL:refugee
status]]. I live at [[ADDRESS:flat 3, 27 Harcourt Road]], Birmingham, with my daughters
[[PERSON:Luwam]], who is [[AGE:nine]], and [[PERSON:Saba]], who is [[AGE:five]]." [Interpreter:
the client gave the postcode as [[POSTCODE:B11 4JR]].] "Every Sunday we go to [[ADDRESS:St
Gabriel's Eritrean Orthodox Church]], and the deacon's wife asked me why my girls cough so much.

The mould started in the bedroom and then it was in the girls' clothes. When I called, the man
asked me every time for my residence permit number. I gave it, [[OTHER_ID:ZU4301872]], three
times. I do not know why a leak needs this."

[Interpreter: she calls the surveyor "the tall man"; the letter gives his name as Mr
[[PERSON:Okoro]].]

"The tall man came in May and said it is our cooking. I cook like everybody cooks. Then a
neighbour from church helped me complain to [[ORGANISATION:Kelvin Gate Housing]]."

Outcome, added with the client's permission: at stage 1 [[ORGANISATION:Kelvin Gate]]
apologised for asking for her permit number, which they said they did not need, and sent a damp
specialist who found a broken gutter. The bedroom was treated and redecorated, and £275 was paid
into her account ending [[OTHER_ID:5518]]. For future appointments, please book me on
[[PHONE:0121 496 0815]].
"""),
    ),
    (
        "fv2g-en-13",
        "en",
        _s("""
Posted publicly on Facebook by [[PERSON:Leanne Corrigan]]
([[OTHER_ID:facebook.com/leanne.corrigan.77]]), shared here with her permission, comments
included.

[[PERSON:Leanne Corrigan]]: Right. 11 months. ELEVEN. Of a hole in my kitchen ceiling at
[[ADDRESS:27 Plover Close]] 🤬 [[ORGANISATION:Merseyview Homes]] have been out 6 times and
"monitored" it. My little girl [[PERSON:Autumn]] is [[AGE:3]] and she's had
[[HEALTH:bronchitis]] twice since last autumn. Anyone know how to actually make them do
something??

[[PERSON:Tash Evans]]: hun complain in writing, not on the phone. they HAVE to reply in 10
working days now

[[PERSON:Gary Nuttall]]: I'm at [[ADDRESS:number 31]], same builder same ceiling 😂 got mine
done after going to the ombudsman

[[PERSON:Leanne Corrigan]]: [[PERSON:Gary]] how long did it take??

[[PERSON:Gary Nuttall]]: about 3 months all in. ask for [[PERSON:Bernie]] in complaints, she's
sound

[[ORGANISATION:Merseyview Homes]]: Hi [[PERSON:Leanne]], we're sorry to read this. Please send
us a private message with your tenancy reference and we'll pick this up today.

UPDATE, six weeks later: Fair play. [[PERSON:Bernie]] rang me the next morning, logged it as a
complaint (ref [[REFERENCE:MVH/2291/C]]), and a surveyor found a leaking pipe from the bathroom
above that nobody had ever looked at. New ceiling, new pipe, a dehumidifier for the winter and
£350. [[PERSON:Autumn]]'s chest is better already. Don't suffer in silence in Bootle, girls,
complain in writing. [[PERSON:Autumn]] says thank you to everyone who commented 🍂💕
"""),
    ),
    (
        "fv2g-en-14",
        "en",
        _s("""
Extract from our contact centre's call log, used in complaint-handling training with the
resident's agreement.

14/01 09:12 INBOUND. Caller: Ms [[PERSON:Abena Owusu-Banks]]. ID&V passed: DOB
[[DATE_OF_BIRTH:09/10/1987]], first line of address [[ADDRESS:Flat 2, 58 Cranbrook Road]],
postcode [[POSTCODE:E17 6QA]]. Reports front door lock broken after attempted break-in
overnight. Cust advised lock change is a 24hr emergency. Job [[REFERENCE:0047731]] raised to
[[ORGANISATION:Keystone Locks]]. Cust has [[HEALTH:PTSD]] (note on file), asked for a female
operative. Pref contact [[PHONE:07700 900 516]].
14/01 17:40 INBOUND. Ms [[PERSON:Owusu-Banks]] chasing, no attendance. Advised operative
delayed. Cust upset, children aged [[AGE:4]] and [[AGE:6]] in property.
15/01 08:05 OUTBOUND by [[PERSON:Kyle]] (repairs). No answer. Voicemail left.
15/01 10:30 INBOUND. Neighbour at [[ADDRESS:flat 3]], Mr [[PERSON:Terence Bright]], reports door
at [[ADDRESS:flat 2]] wedged shut with a chair.
15/01 14:02 Complaint logged by [[PERSON:Priti Sharma]], ref [[REFERENCE:CMP-26-0114]]. Lock
fitted 15:30 same day.

Trainer's note: thirty hours for an emergency lock, with a woman with [[HEALTH:PTSD]] and two small
children behind a door wedged with a chair. At stage 1 we apologised, paid £150 and changed our
contractor rules: an emergency lock job not attended within 4 hours now rings a supervisor's
phone automatically. [[PERSON:Abena]] helped us write this note and asked us to add: "It's not
the lock. It's being believed."
"""),
    ),
    (
        "fv2g-en-15",
        "en",
        _s("""
I am [[PERSON:Pearline Edwards]], though at church everybody calls me Mother
[[PERSON:Edwards]]. I am [[OTHER_SPECIAL:Jamaican]] by birth and a Londoner by choice, I am
[[AGE:eighty-one years old]], and I live in the [[ADDRESS:ground-floor flat at 19 Bellingham
Gardens]], right by [[ADDRESS:Mount Zion Pentecostal Church]] on the corner.

Two summers ago, every time it rained heavy, sewage came up through the drain in my back garden
and into my kitchen. I have [[HEALTH:glaucoma]] and [[HEALTH:diabetes]], and I was on my knees
with a bucket and bleach more times than I want to tell you. I rang
[[ORGANISATION:Ravensbourne Housing Trust]] on my telephone, [[PHONE:020 7946 0733]], again
and again, and each time they sent a man with a rod who said it was the water company's pipe.

Sister [[PERSON:Joy]] from church typed my letter of complaint, and to my joy she knew about
the new rules. Pastor [[PERSON:Winston Reid]] wrote a few lines too. Brother [[PERSON:Lloyd]]
from [[ADDRESS:number 21]] mended the fence the men kept knocking down, and my grandson,
[[PERSON:Little Jermaine]], took photographs on his phone, because he says nobody believes an
old lady without pictures.

The complaint number was [[REFERENCE:RHT-58820]]. The first answer said the water company
again. The second answer was different: a man came with a camera, found the pipe had fallen in
under my own path, and it was dug up and made new in a week. They paid me £300 and sent flowers.
The Lord is good, and in the end, so was the housing.
"""),
    ),
    (
        "fv2g-en-16",
        "en",
        _s("""
WITNESS STATEMENT (for the landlord's review of my antisocial behaviour complaint)

I, [[PERSON:Farhan Qadir]], of [[ADDRESS:14 Larkspur Walk]], [[POSTCODE:S2 5TE]], will say as
follows:

1. I am [[AGE:forty-four years old]] and I work nights as a porter at the Royal Hallamshire
Hospital.
2. I have lived at the above address since 2014 with my wife, [[PERSON:Mehreen]], and our son,
[[PERSON:Zain]], who is [[AGE:12]] and attends [[ADDRESS:Heeley Bank Academy]].
3. From March to September last year the occupant of [[ADDRESS:number 16]] ran a car repair
business from the shared driveway. Vehicles I noted included [[OTHER_ID:SY61 KHD]] and
[[OTHER_ID:YR09 BPX]]. Engines were revved between 11pm and 2am on most weekdays.
4. I reported this to [[ORGANISATION:Sheaf Rise Housing]] 9 times. The case officer,
[[PERSON:Debbie Lockwood]], gave me an antisocial behaviour case number,
[[REFERENCE:ASB/22/1904]].
5. [[PERSON:Zain]]'s [[HEALTH:asthma]] worsened with the fumes, and our GP at
[[ADDRESS:Sharrow Lane Medical Centre]] wrote to the landlord on 12 June.
6. I believe the facts in this statement are true.
Signed: [[PERSON:F. Qadir]]. Dated: 3 November.

Afterwards: the review upheld my complaint. The landlord accepted it had closed the case twice
without ever visiting at night. It served a notice, the business stopped within a month, and I
was paid £250 for the distress. I have kept this statement because it was the first time
anyone asked me to write down exactly what happened, in order.
"""),
    ),
    (
        "fv2g-ar-01",
        "ar",
        _s("""
هذه رسالة صوتية أرسلتها إليّ جارتي [[PERSON:أم يزن]] على واتساب، وقد نقلتها كتابةً بإذنها كما
قالتها تمامًا، لأنها تختصر ما عاشته عائلتها شهورًا:

«مرحبا [[PERSON:ريم]] حبيبتي، أنا [[PERSON:هالة]]، [[PERSON:أم يزن]]. بدي خبّرك شو صار معنا. العفن
رجع بغرفة الولاد وصار أسود على الحيط كلّه. [[PERSON:يزن]] عمره [[AGE:ست سنين]] وعنده
[[HEALTH:ربو]]، والدكتورة بـ[[ADDRESS:Larchwood Surgery]] قالت ما لازم ينام بهالغرفة أبدًا.
اتصلت على [[ORGANISATION:Greenacre Homes]] أكتر من عشر مرات على الرقم [[PHONE:٠١١٦ ٤٩٦ ٠٣٤٢]]،
وكل مرة بيعطوني رقم طلب جديد، آخر واحد [[REFERENCE:GA-55917]]. جوزي [[PERSON:أبو يزن]] راح
لعندهم عالمكتب يوم التنين، قالوله افتحوا الشبابيك! بعزّ الشتا؟ وبنتي [[PERSON:لمى]] بمدرسة
[[ADDRESS:Braunstone Primary]]، المعلمة سألتني ليش عم تسعل طول الوقت. إذا بتعرفي كيف منشتكي
رسميًا، دخيلك قوليلي.»

ساعدتُ [[PERSON:هالة السيد]] ([[PERSON:Hala Al-Sayed]]) في كتابة شكوى رسمية باسمها وعنوانها:
[[ADDRESS:الشقة 4، 19 Wycliffe Road]]، ليستر، [[POSTCODE:LE3 1BW]]. وصلت العائلة إلى بريطانيا قبل
ست سنوات بصفة [[OTHER_SPECIAL:لاجئين]]، وكانت [[PERSON:هالة]] تخشى أن تؤثّر الشكوى في إقامتهم،
فشرحتُ لها أن ذلك غير صحيح.

جاء ردّ المرحلة الأولى بعد أسبوعين. اعتذرت الشركة، وأرسلت مسّاحًا وجد أن مزراب السطح مكسور،
فأُصلح خلال عشرة أيام، ونُظّفت الغرفة وطُليت، ودُفع للعائلة ٣٠٠ جنيه تعويضًا. وقالت لنا مسؤولة
الشكاوى، السيدة [[PERSON:كارين]]، إن أي بلاغ عن العفن في بيت فيه طفل مريض صار يُعامل الآن على
أنه عاجل.
"""),
    ),
    (
        "fv2g-ar-02",
        "ar",
        _s("""
بسم الله الرحمن الرحيم

إلى قسم الشكاوى في [[ORGANISATION:Mersey Gate Housing]]،

تحية طيبة وبعد،

أكتب إليكم بصفتي إمام [[ADDRESS:مسجد النور]] في حيّ توكستيث، نيابةً عن أحد المصلّين الدائمين
عندنا، الحاج [[PERSON:محمود عبد الله الشرعبي]]، وهو رجل [[OTHER_SPECIAL:يمني]] من مواليد
[[DATE_OF_BIRTH:الخامس من آذار ١٩٥٢]]، يسكن وحده في [[ADDRESS:الشقة 11، Sefton Court]]،
ليفربول [[POSTCODE:L8 2TA]]. لا يقرأ الحاج الإنجليزية، وقد طلب مني أن أكتب عنه.

يعاني الحاج [[PERSON:محمود]] من [[HEALTH:التهاب المفاصل الروماتويدي]]، ولم يعد يستطيع دخول حوض
الاستحمام. أوصت أخصائية العلاج الوظيفي في أيار الماضي بتركيب دُشّ أرضي، وأرسلت إليكم الإحالة
رقم [[REFERENCE:OT-2291-MG]]. مرّت سبعة أشهر، واتصلنا بكم من هاتف المسجد [[PHONE:0151 496
0729]] ست مرات، وفي كل مرة يُقال لنا إن الإحالة «غير موجودة في النظام». ابنه [[PERSON:سعيد]]
يعمل في الخليج ولا يستطيع الحضور، ولم يكن الحاج سعيدًا وهو يغتسل عند جيرانه في الطابق الأول.

نرجو اعتبار هذه الرسالة شكوى رسمية في المرحلة الأولى، والردّ على بريد المسجد
[[EMAIL:office@alnoor-mosque.example]].

مع الشكر،
الشيخ [[PERSON:عبد الرحمن الحسيني]]

ملاحظة أُضيفت لاحقًا: بعد أسبوع اتصلت بنا السيدة [[PERSON:جيني ووكر]] ([[PERSON:Jenny Walker]])
من فريق التعديلات المنزلية، واعتذرت عن ضياع الإحالة مرتين. رُكّب الدشّ خلال ستة أسابيع، ودُفع
للحاج ٢٠٠ جنيه، وصار الفريق يرسل رسالة نصية تؤكد استلام كل إحالة. جزاهم الله خيرًا.
"""),
    ),
    (
        "fv2g-ar-03",
        "ar",
        _s("""
محضر اجتماع لجنة سكان [[ADDRESS:Ashburton Estate]]

التاريخ: الأربعاء ١٢ شباط، الساعة السابعة مساءً، في القاعة المشتركة.

الحاضرون: [[PERSON:أمل حداد]] (رئيسة اللجنة، [[ADDRESS:الشقة 7، Beacon House]])، [[PERSON:نور
الدين بلقاسم]]، [[PERSON:سميرة الزين]]، [[PERSON:جورج خوري]]، والسيدة [[PERSON:Claire Hobbs]]
مسؤولة الحيّ في [[ORGANISATION:Ashburton Homes]].

١. المصعد: ذكرت [[PERSON:أمل]] أن مصعد [[ADDRESS:Beacon House]] توقف أربع مرات خلال كانون
الثاني. وعدت السيدة [[PERSON:Hobbs]] بزيارة من الشركة المتعاقدة [[ORGANISATION:Apex Lifts]]
قبل نهاية الشهر. وعبّر الحاضرون عن أملهم ألّا يتكرر ما حدث في الشتاء الماضي.

٢. شكوى الرطوبة: انتقلت شكوى [[PERSON:سميرة]] (رقم [[REFERENCE:AH/CMP/0923]]) إلى المرحلة
الثانية. ابنها [[PERSON:كريم]] ([[AGE:١١ عامًا]]) يدرس في [[ADDRESS:Ashburton Park School]]،
وقد تغيّب أسبوعين بسبب نوبات [[HEALTH:الربو]]. طلبت اللجنة أن يكون التعويض كريمًا لا رمزيًا.

٣. قضية السيد [[PERSON:نور الدين]] أمام أمين المظالم الإسكاني (Housing Ombudsman): رقم القضية
[[REFERENCE:202416604]]. قرّر أمين المظالم أن المالك تأخّر في إصلاح النافذة، وأمر بدفع ٥٥٠
جنيهًا. وشكر [[PERSON:نور الدين]] اللجنة على متابعتها.

٤. سجلّ الإسكان: سألت [[PERSON:سميرة]] عن ترتيبها في قائمة الانتظار؛ رقمها في سجل الإسكان لدى
البلدية [[REFERENCE:0448172]]. سيتابع [[PERSON:جورج]] الأمر مع مكتب البلدية في كرويدن.

للتواصل مع اللجنة: [[PHONE:020 7946 0617]] أو [[EMAIL:lajnat.ashburton@example.org]].
موعد الاجتماع القادم: الأربعاء ١٢ آذار.
"""),
    ),
    (
        "fv2g-ar-04",
        "ar",
        _s("""
أنا [[PERSON:يوسف]]، طالب في سنتي الأولى بالجامعة، وأكتب هذه القصة عن أبي لأنه يتكلم
الإنجليزية جيدًا لكنه لا يحب كتابتها. عبّأتُ له نموذج الشكوى على موقع المالك، وهذه بياناته كما
كتبتها:

الاسم: [[PERSON:Tariq Benali]] ([[PERSON:طارق بن علي]])
تاريخ الميلاد: [[DATE_OF_BIRTH:١٩٦٨/٠٧/٢٣]]
العنوان: [[ADDRESS:27 Clover Street]]، برادفورد، [[POSTCODE:BD7 2PQ]]
الهاتف: [[PHONE:+44 (0)7700 900683]]
البريد الإلكتروني: [[EMAIL:tariq.benali@example.com]]
رقم عقد الإيجار: [[REFERENCE:BDH-447120]]

أبي [[OTHER_SPECIAL:مغربي]] ويعمل سائق تاكسي، وسيارته مصدر رزقنا. في أيلول الماضي سحبت شركة
[[ORGANISATION:Parkguard Enforcement]]، التي يتعاقد معها المالك [[ORGANISATION:Bradford Dale
Homes]]، سيارته ذات الرقم [[OTHER_ID:YG68 KWL]] من الموقف الخلفي، مع أن تصريح الوقوف كان على
الزجاج. دفع ٢٥٠ جنيهًا لاستعادتها وخسر يومين من العمل.

اتصل أبي بالمالك خمس مرات، وكانوا يقولون إن الموقف «ليس مسؤوليتهم». فكتبتُ إلى حسابهم على
إنستغرام من حسابي [[OTHER_ID:@yusuf.benali_]]، ثم قدّمنا الشكوى الرسمية. أختي الصغيرة
[[PERSON:جميلة]]، وعمرها [[AGE:ثماني سنوات]]، رسمت لهم السيارة فوق شاحنة السحب وأرفقنا الرسمة،
وقالت إنها رسمة جميلة تستحق الرد!

جاء الرد في المرحلة الأولى من السيد [[PERSON:Martin Greaves]]: اعتذروا، وأعادوا لأبي ٢٥٠
جنيهًا ومعها ١٨٠ جنيهًا عن يومي العمل، وأنهوا التعاقد مع شركة السحب في الموقف الخلفي. أبي يقول
الآن إن الشكوى أسهل مما كان يظن.
"""),
    ),
    (
        "fv2g-bn-01",
        "bn",
        _s("""
আমি [[PERSON:তানভীর আহমেদ]], বয়স [[AGE:ষোলো বছর]], [[ADDRESS:Stepney Green School]]-এ ইয়ার
ইলেভেনে পড়ি। আমার নানু [[PERSON:আশা বেগম]] ইংরেজি পড়তে পারেন না, তাই তাঁর হয়ে এই লেখাটা আমি
লিখছি। নানু একা থাকেন [[ADDRESS:৩৮ Redman's Road]], [[POSTCODE:E1 3AQ]]-এ। তাঁর বয়স
[[AGE:আটাত্তর]], [[HEALTH:হাঁটুর বাত]] আর [[HEALTH:উচ্চ রক্তচাপ]] আছে।

গত বছর শীতের শুরুতে নানুর বাথরুমের মেঝে নরম হয়ে যায়। টয়লেটের পাশে কাঠ পচে গিয়ে একটা গর্ত
হয়েছিল, আর নানু দুবার পা হড়কে পড়ে গিয়েছিলেন। আমি [[ORGANISATION:Limehouse Cut Homes]]-এর
রিপেয়ার লাইনে [[PHONE:০২০ ৭৯৪৬ ০২৫৮]] নম্বরে চারবার ফোন করেছিলাম। মেরামতের নম্বর ছিল
[[REFERENCE:LCH-R-77310]], কিন্তু প্রতিবার বলত "ইন্সপেক্টর আসবে"।

নানু প্রতি শুক্রবার [[ADDRESS:বায়তুল আমান মসজিদে]] যান। সেখানে এক আঙ্কেল বললেন, এখন নাকি
সরাসরি লিখিত অভিযোগ করা যায়, আগে এমপির কাছে যেতে হয় না। তাই আমি অনলাইনে ফর্ম পূরণ করলাম আর
মেঝের ছবি দিলাম।

প্রথম ধাপের উত্তরে মিসেস [[PERSON:ক্লেয়ার]] ক্ষমা চাইলেন এবং স্বীকার করলেন যে নানুর বয়স আর
অসুখের কথা তাঁদের রেকর্ডে ছিল না। তিন সপ্তাহের মধ্যে নতুন মেঝে আর হাতল লাগানো ওয়াক-ইন
শাওয়ার বসানো হলো, সঙ্গে ৩৫০ পাউন্ড। নানু এখন নিশ্চিন্তে গোসল করেন। আশা করি আমাদের মতো অন্য
পরিবারও ভয় না পেয়ে অভিযোগ করবে।
"""),
    ),
    (
        "fv2g-bn-02",
        "bn",
        _s("""
এই প্রতিবেদনটি লিখেছেন [[PERSON:রুমানা চৌধুরী]], [[ORGANISATION:Wellspring Housing Trust]]-এর
সাপোর্ট ওয়ার্কার, [[PERSON:মাহফুজ]]-এর অনুমতি নিয়ে।

[[PERSON:মাহফুজুর রহমান]] শেফিল্ডের [[ADDRESS:Beacon Lodge]] হোস্টেলের [[ADDRESS:রুম ৯]]-এ
থাকেন। তাঁর বয়স [[AGE:তেইশ বছর]], জন্মতারিখ [[DATE_OF_BIRTH:১২-০৮-২০০৩]]। [[PERSON:মাহফুজের]]
[[HEALTH:মৃগী রোগ]] আছে, মাসে দু-একবার খিঁচুনি হয়।

গত জুলাইয়ে শাওয়ারে খিঁচুনি হয়ে তিনি পড়ে যান, কারণ দেয়ালের হাতলটা আগেই খুলে পড়ে গিয়েছিল।
নর্দার্ন জেনারেল হাসপাতালে তাঁর মাথায় চারটা সেলাই লাগে। হাতলের কথা তিনি তিনবার অফিসে
বলেছিলেন, কিন্তু কেউ লিখে রাখেনি।

[[PERSON:মাহফুজ]] প্রথমে অভিযোগ করতে চাননি; ভেবেছিলেন এতে তাঁর মুভ-অন আটকে যাবে। কাউন্সিলের
হাউজিং রেজিস্টারে তাঁর নম্বর [[REFERENCE:SHF-2231907]]। তাঁর বড় ভাই [[PERSON:সুমন]] আর আমি
মিলে তাঁকে বোঝালাম যে অভিযোগ করলে কোনো ক্ষতি হবে না। আমরা একসঙ্গে অভিযোগ লিখলাম, আর
যোগাযোগের জন্য আমার নম্বর [[PHONE:07700 900 861]] দিলাম।

প্রথম ধাপের উত্তর এল আট কর্মদিবসে। হোস্টেল ম্যানেজার [[PERSON:রিচার্ড]] সাহেব নিজে এসে ক্ষমা
চাইলেন, পরদিনই সব বাথরুমে নতুন হাতল আর পিছলে না যাওয়া মেঝে লাগানো হলো, আর
[[PERSON:মাহফুজকে]] ২০০ পাউন্ড দেওয়া হলো। এখন হোস্টেলে মুখে বলা প্রতিটি মেরামতের কথা একটা
খাতায় লেখা হয়। [[PERSON:মাহফুজ]] বলেন, [[PERSON:সুমন]] ভাইয়ের জোরাজুরি না থাকলে তিনি কিছুই
বলতেন না।
"""),
    ),
    (
        "fv2g-bn-03",
        "bn",
        _s("""
📢 সবাইকে আসসালামু আলাইকুম! অনেকে জিজ্ঞেস করেছেন আমাদের বিল্ডিংয়ের ইঁদুরের ঝামেলা কীভাবে
মিটল, তাই লিখছি 🙏

আমি [[PERSON:সুমাইয়া ইসলাম]]। আমরা হোয়াইটচ্যাপেলে [[ADDRESS:Rupali Sweets]]-এর উপরের ফ্ল্যাটে
থাকি: আমি, আমার স্বামী [[PERSON:রাজু]] আর আমাদের মেয়ে [[PERSON:আলো]]। [[PERSON:আলোর]] বয়স
মাত্র [[AGE:আট মাস]] 👶

গত বসন্তে রান্নাঘরে ইঁদুর দেখা দিল 🐀😡 রাতে শব্দে [[PERSON:আলো]] জেগে উঠত। সিঁড়ির আলোও নষ্ট
ছিল, তাই অন্ধকারে প্র্যামসহ ওকে নামাতে হতো। পাশের [[ADDRESS:৪২ নম্বর]] বাড়িতেও একই অবস্থা।

[[ORGANISATION:Aldgate Square Housing]]-কে [[PHONE:০২০ ৭৯৪৬ ০৯১৪]] নম্বরে ফোন করলে বলত
কীটনাশক পাঠাবে। দুবার লোক এসে বিষ রেখে গেল, কিন্তু ইঁদুর ঢোকার ফাঁক কেউ খুঁজল না। তখন আমি
X-এ [[OTHER_ID:@sumaiya_e1]] থেকে ছবি পোস্ট করলাম, আর [[PERSON:রাজু]] এনভায়রনমেন্টাল হেলথে
খবর দিলেন।

তারপর লিখিত অভিযোগ করলাম, নম্বর [[REFERENCE:ASH-PC-2093]]। প্রথম ধাপেই ওরা মেনে নিল যে
দোকানের পেছনের ভাঙা ড্রেন দিয়ে ইঁদুর আসছিল। ড্রেন সারানো হলো, সিঁড়ির আলো বদলানো হলো, আর আমরা
পেলাম ২৫০ পাউন্ড 💪

তাই বোনেরা, ভয় পাবেন না, লিখিত অভিযোগ করুন! কারও সাহায্য লাগলে ইনবক্স করুন ❤️
"""),
    ),
    (
        "fv2g-bn-04",
        "bn",
        _s("""
কমিউনিটি রেডিওর "আমাদের ঘর" অনুষ্ঠানের একটি অংশ, শ্রোতার অনুমতি নিয়ে লিখিত রূপে।

উপস্থাপক: আজ ফোনে আমাদের সঙ্গে আছেন ওল্ডহ্যাম থেকে [[PERSON:রহিমা খাতুন]]। [[PERSON:রহিমা]]
আপা, আসসালামু আলাইকুম।

[[PERSON:রহিমা]]: ওয়ালাইকুম আসসালাম, ভাই। আমি শেয়ার্ড ওনারশিপে [[ADDRESS:ফ্ল্যাট ১২, Werneth
Mill]]-এ থাকি, মেয়ে [[PERSON:শান্তি]]-কে নিয়ে। [[PERSON:শান্তির]] বয়স [[AGE:নয় বছর]]। আমাদের
অংশ পঁয়ত্রিশ শতাংশ, বাকিটা [[ORGANISATION:Pennine Shared Ownership]]-এর।

উপস্থাপক: সমস্যাটা কী ছিল?

[[PERSON:রহিমা]]: ছাদের পানির ট্যাংক ফেটে আমার সিলিং ভেঙে পড়ল। ওরা বলল, শেয়ার্ড ওনার হিসেবে
মেরামতের পুরো খরচ আমার, চৌদ্দশো পাউন্ড। মনে একদম শান্তি ছিল না, ভাই। অথচ ট্যাংকটা পুরো
বিল্ডিংয়ের।

উপস্থাপক: তারপর?

[[PERSON:রহিমা]]: সিটিজেনস অ্যাডভাইসে গেলাম। ওরা বলল, ট্যাংক কমিউনাল, তাই দায়িত্ব
বাড়িওয়ালার। অভিযোগ করলাম, দ্বিতীয় ধাপেও না মানায় হাউজিং ওম্বুডসম্যানে গেলাম। কেস নম্বর
[[REFERENCE:202409915]]। ওম্বুডসম্যান বলল খরচ ওদের, আর আমাকে ৬০০ পাউন্ড ক্ষতিপূরণ দিতে হবে।

উপস্থাপক: যাঁরা শুনছেন, তাঁদের জন্য কিছু বলবেন?

[[PERSON:রহিমা]]: কেউ একই ঝামেলায় থাকলে আমাকে ফোন করবেন, নম্বর [[PHONE:জিরো সেভেন সেভেন
ডাবল জিরো, নাইন জিরো জিরো, ফোর ফাইভ টু]]। আর কাউন্সিলের হাউজিং রেজিস্টারেও আমার নাম আছে,
নম্বর [[REFERENCE:OLD-HR-55102]]; বড় ফ্ল্যাট পেলে চলে যাব, কিন্তু নিজের অধিকার ছাড়ব না।
"""),
    ),
    (
        "fv2g-pa-01",
        "pa",
        _s("""
ਕੇਸ ਨੋਟ — ਸੇਵਾ ਡੈਸਕ, [[ADDRESS:ਗੁਰਦੁਆਰਾ ਗੁਰੂ ਤੇਗ ਬਹਾਦਰ ਸਾਹਿਬ]], ਲੈਸਟਰ। ਲਿਖਣ ਵਾਲੀ:
[[PERSON:ਮਨਪ੍ਰੀਤ ਕੌਰ]] (ਵਲੰਟੀਅਰ)।

ਬੀਬੀ [[PERSON:ਸੁਰਜੀਤ ਕੌਰ]] ਜੀ ਹਰ ਐਤਵਾਰ ਦੀਵਾਨ ਵਿੱਚ ਆਉਂਦੇ ਹਨ। ਉਨ੍ਹਾਂ ਦੀ ਉਮਰ [[AGE:੮੪ ਸਾਲ]] ਹੈ
(ਜਨਮ ਮਿਤੀ [[DATE_OF_BIRTH:੧੨ ਫ਼ਰਵਰੀ ੧੯੪੨]])। ਉਹ ਇਕੱਲੇ [[ADDRESS:16 Moira Street]],
[[POSTCODE:LE4 6NH]] ਵਿੱਚ [[ORGANISATION:Belgrave Rise Housing]] ਦੇ ਘਰ ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ। ਉਨ੍ਹਾਂ
ਨੂੰ [[HEALTH:ਦਿਲ ਦੀ ਬਿਮਾਰੀ]] ਹੈ, ਅਤੇ ਡਾਕਟਰ ਨੇ ਕਿਹਾ ਹੈ ਕਿ ਘਰ ਨਿੱਘਾ ਰਹਿਣਾ ਚਾਹੀਦਾ ਹੈ। ਪੁੱਤਰ
[[PERSON:ਕੁਲਵਿੰਦਰ]] ਕੈਨੇਡਾ ਵਿੱਚ ਹੈ, ਇਸ ਲਈ ਫ਼ੋਨ ਮੈਂ ਕਰਦੀ ਹਾਂ।

ਨਵੰਬਰ ਵਿੱਚ ਬੋਇਲਰ ਬੰਦ ਹੋ ਗਿਆ। [[ORGANISATION:Soar Heating Ltd]] ਦੇ ਇੰਜੀਨੀਅਰ ਨੇ ਆ ਕੇ ਉਸ ਉੱਤੇ
"ਖ਼ਤਰਨਾਕ" ਦਾ ਸਟਿੱਕਰ ਲਾ ਦਿੱਤਾ ਅਤੇ ਚਲਾ ਗਿਆ। ਨਾ ਕੋਈ ਹੀਟਰ, ਨਾ ਕੋਈ ਤਾਰੀਖ਼। ਬੀਬੀ ਜੀ ਨੌਂ ਦਿਨ
ਰਜਾਈਆਂ ਵਿੱਚ ਬੈਠੇ ਰਹੇ। ਉਨ੍ਹਾਂ ਦਾ NHS ਨੰਬਰ [[OTHER_ID:943 476 5919]] ਅਤੇ ਡਾਕਟਰ ਦੀ ਚਿੱਠੀ ਮੈਂ
ਈਮੇਲ ਕੀਤੀ, ਪਰ ਕਿਸੇ ਨੇ ਜਵਾਬ ਨਹੀਂ ਦਿੱਤਾ।

ਫਿਰ ਅਸੀਂ ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਨੰਬਰ [[REFERENCE:BRH/24/1187]]। ਦੂਜੇ ਦਿਨ ਹੀ ਸ਼ਿਕਾਇਤ ਅਫ਼ਸਰ
[[PERSON:ਸਟੀਵ]] ਦਾ ਫ਼ੋਨ ਆਇਆ। ਉਸੇ ਸ਼ਾਮ ਦੋ ਹੀਟਰ ਪਹੁੰਚ ਗਏ ਅਤੇ ਹਫ਼ਤੇ ਵਿੱਚ ਨਵਾਂ ਬੋਇਲਰ ਲੱਗ ਗਿਆ।
ਬੀਬੀ ਜੀ ਨੂੰ ੧੫੦ ਪੌਂਡ ਮਿਲੇ, ਅਤੇ ਹੁਣ ਉਨ੍ਹਾਂ ਦੀ ਫ਼ਾਈਲ ਉੱਤੇ ਲਿਖਿਆ ਹੈ ਕਿ ਹੀਟਿੰਗ ਖ਼ਰਾਬ ਹੋਵੇ ਤਾਂ ਉਸੇ
ਦਿਨ ਆਉਣਾ ਹੈ। ਬੀਬੀ ਜੀ ਦਾ ਸੁਨੇਹਾ: "ਡਰੋ ਨਾ, ਆਪਣੀ ਗੱਲ ਲਿਖ ਕੇ ਦਿਓ।" ਸੇਵਾ ਡੈਸਕ ਦਾ ਫ਼ੋਨ:
[[PHONE:0116 496 0531]]।
"""),
    ),
    (
        "fv2g-pa-02",
        "pa",
        _s("""
ਸਾਡੇ ਪਰਿਵਾਰ ਦੇ ਵਟਸਐਪ ਗਰੁੱਪ ਵਿੱਚੋਂ ਕੁਝ ਸੁਨੇਹੇ, ਜਿਨ੍ਹਾਂ ਤੋਂ ਇਹ ਸ਼ਿਕਾਇਤ ਸ਼ੁਰੂ ਹੋਈ:

[ਸ਼ਾਮ 7:14] ਮੰਮੀ: ਪੁੱਤ, ਅੱਜ ਫਿਰ ਛੱਤ ਚੋਈ 😩 ਬਾਲਟੀ ਭਰ ਗਈ
[7:16] [[PERSON:ਖ਼ੁਸ਼ੀ]]: ਮੰਮੀ ਮੈਂ ਕੱਲ੍ਹ ਸਵੇਰੇ ਫ਼ੋਨ ਕਰਾਂਗੀ। ref ਨੰਬਰ ਕੀ ਸੀ?
[7:20] ਮੰਮੀ: [[REFERENCE:WH330918]] ਕਾਗ਼ਜ਼ ਉੱਤੇ ਲਿਖਿਆ ਸੀ
[7:21] [[PERSON:ਅਮਨ]]: ਮੈਂ ਸ਼ਨੀਵਾਰ ਆ ਕੇ ਛੱਤ ਦੀਆਂ ਫ਼ੋਟੋਆਂ ਲੈ ਲਵਾਂਗਾ 📸
[7:25] ਡੈਡੀ: ਰਾਤ ਨੂੰ ਟਪ ਟਪ ਦੀ ਆਵਾਜ਼ ਨਾਲ ਨੀਂਦ ਨਹੀਂ ਆਉਂਦੀ। ਘਰ ਵਿੱਚ ਕੋਈ ਅਮਨ ਚੈਨ ਨਹੀਂ 🙏

ਮੈਂ [[PERSON:ਖ਼ੁਸ਼ੀ ਢਿੱਲੋਂ]] ਹਾਂ। ਮੇਰੇ ਮੰਮੀ ਡੈਡੀ ਵੁਲਵਰਹੈਂਪਟਨ ਵਿੱਚ [[ADDRESS:ਫ਼ਲੈਟ 8, Kingsway
House]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ, ਜੋ ਸਭ ਤੋਂ ਉੱਪਰਲੀ ਮੰਜ਼ਿਲ ਉੱਤੇ ਹੈ। ਡੈਡੀ ਦੀ ਉਮਰ [[AGE:ਸੱਤਰ ਸਾਲ]] ਹੈ ਅਤੇ
ਉਨ੍ਹਾਂ ਨੂੰ [[HEALTH:ਸੀਓਪੀਡੀ]] ਹੈ, ਇਸ ਲਈ ਸਿੱਲ੍ਹ ਉਨ੍ਹਾਂ ਲਈ ਬਹੁਤ ਮਾੜੀ ਹੈ। ਛੱਤ ਅੱਠ ਮਹੀਨੇ ਚੋਂਦੀ
ਰਹੀ ਅਤੇ [[ORGANISATION:Wulfrun Homes]] ਵਾਲੇ ਹਰ ਵਾਰ ਕਹਿੰਦੇ ਕਿ ਠੇਕੇਦਾਰ ਆਵੇਗਾ।

ਮੈਂ ਆਪਣੀ ਈਮੇਲ [[EMAIL:khushi.dhillon@example.org]] ਤੋਂ ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਭੇਜੀ, ਨਾਲ
[[PERSON:ਅਮਨ]] ਦੀਆਂ ਫ਼ੋਟੋਆਂ ਅਤੇ ਵਟਸਐਪ ਦੇ ਇਹ ਸੁਨੇਹੇ। ਪਹਿਲੇ ਪੜਾਅ ਦਾ ਜਵਾਬ [[PERSON:Becky
Lowe]] ਨੇ ਦਿੱਤਾ: ਉਨ੍ਹਾਂ ਨੇ ਮੰਨਿਆ ਕਿ ਛੱਤ ਦਾ ਕੰਮ ਤਿੰਨ ਵਾਰ ਰੱਦ ਹੋਇਆ ਸੀ। ਦੋ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਛੱਤ
ਨਵੀਂ ਪਾਈ ਗਈ ਅਤੇ ੪੦੦ ਪੌਂਡ ਮਿਲੇ। ਸਭ ਤੋਂ ਵੱਡੀ ਖ਼ੁਸ਼ੀ ਇਹ ਹੈ ਕਿ ਡੈਡੀ ਹੁਣ ਰਾਤ ਨੂੰ ਚੈਨ ਨਾਲ ਸੌਂ
ਜਾਂਦੇ ਹਨ।
"""),
    ),
    (
        "fv2g-pa-03",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਹਰਮਨ]] ਹਾਂ, ਅਤੇ ਇਹ ਕਹਾਣੀ ਮੇਰੇ ਬਾਪੂ ਜੀ, ਸਰਦਾਰ [[PERSON:ਗੁਰਬਚਨ ਸਿੰਘ ਰੰਧਾਵਾ]] ਦੀ
ਹੈ। ਬਾਪੂ ਜੀ [[AGE:ਨੱਬੇ ਸਾਲਾਂ]] ਦੇ ਹਨ — ਉਹ ਕਹਿੰਦੇ ਹਨ ਕਿ ਉਹ ਵੰਡ ਤੋਂ ਕੁਝ ਸਾਲ ਪਹਿਲਾਂ ਜੰਮੇ ਸਨ —
ਅਤੇ ਹੈਂਡਜ਼ਵਰਥ ਦੀ ਬਜ਼ੁਰਗਾਂ ਵਾਲੀ ਸਕੀਮ [[ADDRESS:Rosewood Court]] ਦੇ [[ADDRESS:ਫ਼ਲੈਟ 3]] ਵਿੱਚ
ਰਹਿੰਦੇ ਹਨ। ਉਨ੍ਹਾਂ ਨੂੰ [[HEALTH:ਪਾਰਕਿੰਸਨ]] ਹੈ ਅਤੇ ਉਹ ਹੌਲੀ ਹੌਲੀ ਤੁਰਦੇ ਹਨ।

ਪਿਛਲੇ ਸਾਲ ਸਕੀਮ ਦੇ ਮਾਲਕ [[ORGANISATION:Handsworth Vale Homes]] ਨੇ ਦਿਨ ਵਾਲਾ ਵਾਰਡਨ ਹਟਾ ਦਿੱਤਾ
ਅਤੇ ਕਿਹਾ ਕਿ ਹੁਣ ਅਲਾਰਮ ਦੀ ਡੋਰੀ ਖਿੱਚਣ ਨਾਲ ਕਾਲ ਸੈਂਟਰ ਨਾਲ ਗੱਲ ਹੋਵੇਗੀ। ਪਰ ਕਾਲ ਸੈਂਟਰ ਵਾਲੇ ਸਿਰਫ਼
ਅੰਗਰੇਜ਼ੀ ਬੋਲਦੇ ਸਨ। ਮਾਰਚ ਵਿੱਚ ਬਾਪੂ ਜੀ ਬਾਥਰੂਮ ਵਿੱਚ ਡਿੱਗ ਪਏ, ਡੋਰੀ ਖਿੱਚੀ, ਪਰ ਆਪਣੀ ਗੱਲ ਨਹੀਂ
ਸਮਝਾ ਸਕੇ। ਉਹ ਤਿੰਨ ਘੰਟੇ ਫ਼ਰਸ਼ ਉੱਤੇ ਪਏ ਰਹੇ, ਜਦ ਤੱਕ ਭੂਆ ਜੀ ਨਹੀਂ ਆਏ।

ਡਾ. [[PERSON:ਸਿੱਧੂ]] ਨੇ [[ADDRESS:Soho Road Medical Practice]] ਤੋਂ ਚਿੱਠੀ ਲਿਖੀ ਕਿ ਬਾਪੂ ਜੀ ਨੂੰ
ਪੰਜਾਬੀ ਬੋਲਣ ਵਾਲੀ ਸੇਵਾ ਚਾਹੀਦੀ ਹੈ। ਮੈਂ ਸਕੀਮ ਮੈਨੇਜਰ [[PERSON:ਸ਼ੈਰਨ]] ਨਾਲ ਗੱਲ ਕੀਤੀ ਅਤੇ ਫਿਰ
ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਕੀਤੀ (ਹਵਾਲਾ ਨੰਬਰ [[REFERENCE:HVH-SC-0642]])।

ਦੂਜੇ ਪੜਾਅ ਤੋਂ ਬਾਅਦ ਉਨ੍ਹਾਂ ਨੇ ਮੰਨਿਆ ਕਿ ਬਦਲਾਅ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ ਵਸਨੀਕਾਂ ਦੀਆਂ ਲੋੜਾਂ ਨਹੀਂ ਦੇਖੀਆਂ
ਗਈਆਂ। ਹੁਣ ਕਾਲ ਸੈਂਟਰ ਵਿੱਚ ਪੰਜਾਬੀ ਅਤੇ ਉਰਦੂ ਬੋਲਣ ਵਾਲੇ ਹਨ, ਹਰ ਸਵੇਰੇ [[PERSON:ਸ਼ੈਰਨ]] ਬਾਪੂ ਜੀ ਦਾ
ਦਰਵਾਜ਼ਾ ਖੜਕਾਉਂਦੀ ਹੈ, ਅਤੇ ਉਨ੍ਹਾਂ ਦੇ ਗੁੱਟ ਉੱਤੇ ਡਿੱਗਣ ਦਾ ਪਤਾ ਲਾਉਣ ਵਾਲੀ ਘੜੀ ਹੈ। ਮੇਰਾ ਨੰਬਰ ਸਕੀਮ
ਦੀ ਫ਼ਾਈਲ ਉੱਤੇ ਹੈ: [[PHONE:07700 900 376]]।
"""),
    ),
    (
        "fv2g-pa-04",
        "pa",
        _s("""
ਸ਼ਿਕਾਇਤ ਤੋਂ ਸਬਕ: ਜਦੋਂ ਚਿੱਠੀ ਸਮਝ ਨਾ ਆਵੇ। [[ORGANISATION:Tamebridge Homes]] ਦੇ ਸ਼ਿਕਾਇਤ
ਪ੍ਰਬੰਧਕ [[PERSON:ਰਾਜਵਿੰਦਰ ਸਹੋਤਾ]] ਵੱਲੋਂ (ਪੰਜਾਬੀ ਅਨੁਵਾਦ)।

ਸ੍ਰੀਮਤੀ [[PERSON:ਦਲਜੀਤ ਕੌਰ ਮਾਨ]] ਨੇ ਸਾਨੂੰ ਆਪਣਾ ਨਾਮ ਵਰਤਣ ਦੀ ਇਜਾਜ਼ਤ ਦਿੱਤੀ ਹੈ। ਉਹ [[ADDRESS:42
Tame Street]], ਵੈੱਡਨਸਬਰੀ, [[POSTCODE:ws108jq]] ਵਿੱਚ ਆਪਣੇ ਪੋਤੇ [[PERSON:ਸੰਨੀ]] ([[AGE:੧੪]]) ਨਾਲ
ਰਹਿੰਦੇ ਹਨ। ਉਹ ਅੰਗਰੇਜ਼ੀ ਨਹੀਂ ਪੜ੍ਹ ਸਕਦੇ।

ਪਿਛਲੇ ਸਾਲ ਅਸੀਂ ਉਨ੍ਹਾਂ ਨੂੰ ਗੈਸ ਸੇਫ਼ਟੀ ਜਾਂਚ ਲਈ ਤਿੰਨ ਚਿੱਠੀਆਂ ਭੇਜੀਆਂ, ਸਾਰੀਆਂ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ। ਜਦੋਂ
ਸਾਡਾ ਠੇਕੇਦਾਰ [[ORGANISATION:Midland Gas Safe Services]] ਤਿੰਨ ਵਾਰ ਅੰਦਰ ਨਾ ਜਾ ਸਕਿਆ, ਤਾਂ ਸਾਡੀ
ਟੀਮ ਨੇ ਅਦਾਲਤੀ ਹੁਕਮ ਦੀ ਚੇਤਾਵਨੀ ਭੇਜ ਦਿੱਤੀ। [[PERSON:ਸੰਨੀ]] ਨੇ ਉਹ ਚਿੱਠੀ ਆਪਣੀ ਦਾਦੀ ਨੂੰ ਪੜ੍ਹ ਕੇ
ਸੁਣਾਈ, ਅਤੇ ਉਹ ਡਰ ਨਾਲ ਬੀਮਾਰ ਹੋ ਗਏ।

ਉਨ੍ਹਾਂ ਦੀ ਧੀ [[PERSON:ਪਰਮਿੰਦਰ]] ਨੇ ਸ਼ਿਕਾਇਤ ਕੀਤੀ ਅਤੇ ਮਾਮਲਾ ਹਾਊਸਿੰਗ ਓਮਬਡਸਮੈਨ ਕੋਲ ਗਿਆ (ਕੇਸ
[[REFERENCE:202311458]])। ਓਮਬਡਸਮੈਨ ਨੇ ਕਿਹਾ ਕਿ ਸਾਡੇ ਰਿਕਾਰਡ ਵਿੱਚ ਭਾਸ਼ਾ ਦੀ ਲੋੜ ਦਰਜ ਸੀ, ਪਰ
ਕਿਸੇ ਨੇ ਦੇਖੀ ਨਹੀਂ। ਸਾਡੇ ਗੈਸ ਟੀਮ ਲੀਡਰ [[PERSON:Ryan Cole]] ਨੇ ਖ਼ੁਦ ਘਰ ਜਾ ਕੇ ਮਾਫ਼ੀ ਮੰਗੀ।

ਅਸੀਂ ਕੀ ਬਦਲਿਆ: ਹਰ ਕਿਰਾਏਦਾਰ ਦੀ ਭਾਸ਼ਾ ਹੁਣ ਹਰ ਚਿੱਠੀ ਬਣਾਉਣ ਵੇਲੇ ਸਿਸਟਮ ਵਿੱਚ ਦਿਸਦੀ ਹੈ, ਅਤੇ
ਪੰਜਾਬੀ, ਉਰਦੂ ਅਤੇ ਬੰਗਾਲੀ ਵਿੱਚ ਚਿੱਠੀਆਂ ਜਾਂਦੀਆਂ ਹਨ। ਕਾਨੂੰਨੀ ਕਾਰਵਾਈ ਤੋਂ ਪਹਿਲਾਂ ਕੋਈ ਅਫ਼ਸਰ ਘਰ
ਜਾ ਕੇ ਗੱਲ ਕਰਦਾ ਹੈ। ਸਾਡੀ ਹੈਲਪਲਾਈਨ [[PHONE:0121 496 0447]] ਉੱਤੇ ਹੁਣ ਪੰਜਾਬੀ ਲਈ ਵੱਖਰਾ ਬਟਨ ਹੈ।

ਸ੍ਰੀਮਤੀ [[PERSON:ਮਾਨ]] ਨੂੰ ੫੦੦ ਪੌਂਡ ਮੁਆਵਜ਼ਾ ਦਿੱਤਾ ਗਿਆ। ਉਨ੍ਹਾਂ ਦੀ ਗੈਸ ਜਾਂਚ ਹੁਣ ਹਰ ਸਾਲ
[[PERSON:ਸੰਨੀ]] ਦੀ ਸਕੂਲ ਤੋਂ ਛੁੱਟੀ ਵਾਲੇ ਦਿਨ ਹੁੰਦੀ ਹੈ।
"""),
    ),
    (
        "fv2g-pl-01",
        "pl",
        _s("""
Wklejam SMS-y z sąsiadką, bo administracja najpierw odpisała, że „nikt wcześniej nic nie
zgłaszał”.

[pon. 06:48] [[PERSON:Gosia]]: [[PERSON:Bartek]], macie ciepłą wodę? U nas lodowata 🥶
[pon. 06:52] Ja: Nie mamy. [[PERSON:Zuzia]] płacze, bo miała się umyć przed szkołą
[pon. 07:30] [[PERSON:Gosia]]: Dzwoniłam na [[PHONE:0114 496 0387]], nagrałam się. Podałam
numer zgłoszenia z zeszłego tygodnia, [[REFERENCE:SH-20331]]
[wt. 18:05] Ja: Był ktoś u Was? U nas nie. Pani [[PERSON:Halinka]] spod [[ADDRESS:dwójki]]
mówi, że u niej też zimno, a ona ma [[HEALTH:cukrzycę]]
[śr. 21:14] [[PERSON:Gosia]]: Jutro idę do Citizens Advice. Powiedz [[PERSON:Ewie]], żeby się
nie martwiła 💪
[czw. 12:02] [[PERSON:Gosia]]: Złożyłam skargę! Przyjęła ją pani [[PERSON:Zima]] z
[[ORGANISATION:Sheaf Valley Homes]], numer [[REFERENCE:SVH-C-5518]]

Nazywam się [[PERSON:Bartłomiej Nowicki]] i mieszkam z żoną [[PERSON:Ewą]], córką
[[PERSON:Zuzią]] ([[AGE:8 lat]]) i synem [[PERSON:Tomkiem]] ([[AGE:5 lat]]) w
[[ADDRESS:mieszkaniu nr 4]] w bloku [[ADDRESS:Kelham Court]] w Sheffield. Moja sąsiadka,
[[PERSON:Małgorzata Lis]], okazała się lepsza od niejednego prawnika. Zima w tym roku przyszła
wcześnie, a wspólna kotłownia psuła się co kilka dni.

Dzięki tym SMS-om było widać, kto, kiedy i ile razy zgłaszał awarię. W odpowiedzi na pierwszym
etapie skargi landlord przeprosił, wymienił pompę w kotłowni i wypłacił każdemu mieszkaniu po
150 funtów. Pani [[PERSON:Zima]] obiecała też, że zgłoszenia wysłane SMS-em będą od teraz
traktowane tak samo jak telefoniczne. [[PERSON:Zuzia]] znowu kąpie się przed szkołą, a
[[PERSON:Gosi]] kupiliśmy kwiaty.
"""),
    ),
    (
        "fv2g-pl-02",
        "pl",
        _s("""
Poniżej transkrypcja wiadomości, którą nagrałam na poczcie głosowej działu skarg. Dostałam ją
później razem z kopią moich danych i wklejam bez poprawek, bo dobrze pokazuje, jak długo
czekaliśmy.

„Dzień dobry, mówi [[PERSON:Danuta Kowalczyk]], [[ADDRESS:flat numer trzy, Orchard House]], kod
[[POSTCODE:pe1 5xt]]. Dzwonię już piąty raz w sprawie przecieku z dachu. Woda leci po ścianie w
sypialni, a mój mąż, [[PERSON:Zbyszek]], ma [[HEALTH:POChP]] i [[AGE:siedemdziesiąt dwa lata]], i
nie może spać w takiej wilgoci. Proszę do mnie oddzwonić, numer [[PHONE:zero siedem siedem zero
zero, dziewięćset, dwieście sześćdziesiąt cztery]], albo napisać maila na [[EMAIL:danuta kropka
kowalczyk małpa example kropka org]]. Jakby mnie nie było, to do córki, [[PERSON:Agnieszki]], ona
lepiej mówi po angielsku. Dziękuję, do widzenia.”

Oddzwoniła dopiero po tygodniu pani [[PERSON:Sharon Leigh]] z [[ORGANISATION:Fletton Homes]].
Przeprosiła, że wiadomości nikt nie odsłuchiwał, bo skrzynka była „nieobsadzona”. Zarejestrowała
skargę pod numerem [[REFERENCE:FH/COMP/7730]] i jeszcze w tym samym tygodniu przysłała dekarzy.
[[PERSON:Zbyszek]] urodził się zimą, tuż po wojnie, i mówi, że takiej ulewy w sypialni nie widział
nawet na wsi.

Dach naprawiono, ścianę osuszono, a na pierwszym etapie dostaliśmy 275 funtów odszkodowania.
Najważniejsze jednak, że po naszej skardze [[ORGANISATION:Fletton Homes]] ustaliło, że poczta
głosowa działu skarg jest odsłuchiwana codziennie do godziny 16:00. Peterborough to nieduże
miasto i wiem, że nie tylko my tam dzwoniliśmy.
"""),
    ),
    (
        "fv2g-pl-03",
        "pl",
        _s("""
Post z grupy „Mieszkańcy Britwell – pomoc i porady” 🏠

Hej wszystkim! 👋 Obiecałam opisać, jak wygrałam z grzybem, więc piszę. Mieszkamy z mężem
[[PERSON:Krzyśkiem]] i córeczką [[PERSON:Różą]] pod [[ADDRESS:piątką]], tą z niebieskimi
drzwiami naprzeciwko [[ADDRESS:Britwell Corner Shop]]. [[PERSON:Różyczka]] ma [[AGE:trzy
latka]] i [[HEALTH:atopowe zapalenie skóry]], a od jesieni w jej pokoju był czarny grzyb na
całym suficie 😢

Dzwoniłam do [[ORGANISATION:Berkshire Vale Housing]] chyba z dziesięć razy. Za każdym razem
„ktoś oddzwoni”. Nie oddzwonił nikt. W końcu napisałam do nich na Instagramie z konta
[[OTHER_ID:@roza_i_mama]] i wrzuciłam zdjęcia. Po godzinie odpisali, że mam złożyć skargę
oficjalnie, to złożyłam – numer [[REFERENCE:BVH-COMP-4471]].

Ksiądz [[PERSON:Marian]] z [[ADDRESS:parafii Matki Bożej Częstochowskiej]] napisał list, że
[[PERSON:Krzysiek]] i ja od miesięcy prosiliśmy o pomoc (cała parafia wiedziała 😅). Lekarka z
[[ADDRESS:Wexham Road Surgery]] też dała zaświadczenie.

Efekt? 🎉 Na pierwszym etapie przeprosili, wymienili wentylację w łazience, oczyścili i
pomalowali pokój [[PERSON:Różyczki]], a my dostaliśmy 350 funtów. Róże w ogródku też przeżyły
remont 🌹 Jeśli ktoś w Slough ma podobny problem, piszcie śmiało na priv!
"""),
    ),
    (
        "fv2g-pl-04",
        "pl",
        _s("""
Formularz skargi wypełniłem w punkcie porad, a doradczyni pozwoliła mi go tu przepisać.

Imię i nazwisko: [[PERSON:Jarosław Pietrzak]]
Data urodzenia: [[DATE_OF_BIRTH:7 listopada 1983]]
Adres: [[ADDRESS:Flat 2B, 118 Roundhay Road]], Leeds, [[POSTCODE:LS8 5AJ]]
Telefon: [[PHONE:0113 496 0871]]
Numer NI: [[NI_NUMBER:SX 62 84 03 A]]
PESEL (punkt porad pyta o niego z przyzwyczajenia): [[OTHER_ID:83110714577]]
Wynajmujący: [[ORGANISATION:Leeds Northside Homes]]
Numer umowy najmu: [[REFERENCE:LNH-0082291]]

Opis sprawy: Wszyscy mówią na mnie [[PERSON:Jarek]]. Od 2019 roku płacę czynsz co miesiąc
zleceniem stałym z konta kończącego się na [[OTHER_ID:7741]]. W marcu dostałem list, że mam
1260 funtów zaległości i że sprawa pójdzie do sądu. Okazało się, że po zmianie systemu moje
wpłaty przypisano innemu najemcy o tym samym nazwisku. Dzwoniłem 6 razy. Pani [[PERSON:Joannie]]
z działu czynszów wysłałem wyciągi bankowe, ale list z groźbą sądu przyszedł jeszcze raz. Moja
żona [[PERSON:Beata]] przez to nie spała, a syn [[PERSON:Kacper]] ([[AGE:14 lat]]) bał się, że
stracimy mieszkanie.

Rezultat: po skardze [[ORGANISATION:Leeds Northside Homes]] przeprosiło na piśmie, poprawiło
konto, wycofało list i zapłaciło 200 funtów za stres. Pani [[PERSON:Joanna]] zadzwoniła do mnie
osobiście. Teraz każdy list o zaległościach sprawdza człowiek, a nie tylko system.
"""),
    ),
    (
        "fv2g-ro-01",
        "ro",
        _s("""
Am trimis mesajul ăsta pe WhatsApp, la numărul de urgență al asociației, într-o duminică seara.
Îl copiez aici cum l-am scris, cu greșeli cu tot:

„Bună seara, sunt [[PERSON:Speranța Dumitrescu]] de la [[ADDRESS:apartamentul 15, Cedar
House]], Harlow. Vă scriu a patra oară pentru mucegaiul din camera fetiței. [[PERSON:Ioana]] are
[[AGE:patru ani]] și [[HEALTH:astm]], iar doctorița de la [[ADDRESS:Nettleswell Surgery]] a zis
clar că nu are voie să doarmă acolo. Numărul reclamației e [[REFERENCE:HGH-448-201]]. Vă rog
frumos să-l sunați pe soțul meu, [[PERSON:Mihai]], la [[PHONE:07700 900 735]], eu lucrez în ture
🙏😞”

Nu a răspuns nimeni. Recunosc că mi-am pierdut speranța după a treia vizită a instalatorului de
la [[ORGANISATION:Stort Building Services]], care a spălat peretele cu clor și a plecat.

Atunci o colegă de la muncă mi-a spus de noile reguli: landlordul are termene clare, iar dacă nu
le respectă, poți merge direct la Ombudsman. Am depus reclamația oficială la
[[ORGANISATION:Harlow Gate Housing]] prin e-mail, cu pozele și scrisoarea medicului.

La prima etapă mi-a răspuns doamna [[PERSON:Kelly Arnott]]. Și-a cerut scuze, a trimis un
inspector care a găsit o țeavă spartă în perete, iar în trei săptămâni camera
[[PERSON:Ioanei]] a fost reparată și zugrăvită. Am primit 320 de lire despăgubire. Acum
[[PERSON:Ioana]] doarme din nou în patul ei, iar lui [[PERSON:Mihai]] i-am promis că nu mai
trimit mesaje duminica seara.
"""),
    ),
    (
        "fv2g-ro-02",
        "ro",
        _s("""
Notă scrisă de [[PERSON:Adriana Lungu]], lucrătoare de sprijin, cu acordul familiei.

[[PERSON:Florin Stoica]] are [[AGE:treizeci și unu de ani]] (născut pe
[[DATE_OF_BIRTH:14.09.1995]]) și locuiește de opt luni cu soția, [[PERSON:Lenuța]], și băiatul
lor, [[PERSON:Dănuț]], în [[ADDRESS:camera 22]] de la [[ADDRESS:Marsh Lane House]], un cămin
pentru familii fără locuință administrat de [[ORGANISATION:Tilbury Reach Housing]]. Familia este
de etnie [[OTHER_SPECIAL:romă]] și are [[OTHER_SPECIAL:statut pre-settled]].

În martie, după ce [[PERSON:Lenuța]] a cerut să fie reparat geamul spart, un angajat al
căminului i-a spus, de față cu alți locatari, că „[[OTHER_SPECIAL:țiganii]] strică tot”. Geamul
a rămas spart trei săptămâni, iar [[PERSON:Dănuț]], care are [[AGE:doi ani]], a răcit de două
ori; la spitalul din Basildon i s-a pus diagnosticul de [[HEALTH:bronșiolită]].

[[PERSON:Florin]] nu voia să facă plângere, pentru că se temea că îi va afecta cererea de
locuință. L-am ajutat să scrie reclamația (numărul [[REFERENCE:TRH/ASB/3306]]) și am cerut ca
episodul să fie tratat ca incident rasist. Căminul ne-a cerut chiar și codul numeric personal al
lui [[PERSON:Florin]], [[OTHER_ID:1950914160219]], deși nu avea nevoie de el.

Răspunsul de la etapa a doua a venit de la directoarea de servicii, doamna [[PERSON:Patricia
Hale]]. [[ORGANISATION:Tilbury Reach]] a recunoscut discriminarea, angajatul a fost sancționat,
geamul a fost înlocuit a doua zi, iar familia a primit 600 de lire. Tot personalul căminului face
acum un curs despre discriminare. Pe [[PERSON:Florin]] îl găsiți la [[PHONE:01632 960 417]]
dacă vreți să vorbiți cu el în română.
"""),
    ),
    (
        "fv2g-ro-03",
        "ro",
        _s("""
Jurnalul tavanului din baie, de [[PERSON:Cornel Vasilescu]]. L-am ținut la sfatul unui
prieten, iar la final el a fost dovada mea.

Luni, 3 februarie. A căzut tencuiala din tavanul băii, chiar lângă cadă. Am sunat la
[[ORGANISATION:Saltley Lane Homes]], la [[PHONE:0121 496 0266]]. Mi-au dat numărul de lucrare
[[REFERENCE:SLH-R-90215]].
Joi, 6 februarie. A venit un instalator de la [[ORGANISATION:Brumwell Building Services]]. A zis
că apa vine de la vecinii din [[ADDRESS:apartamentul 14]] și că nu e treaba lui.
Vineri, 14 februarie. Soacra mea, tanti [[PERSON:Viorica]], a venit în vizită și a văzut găleata
din baie. A zis că nici la țară nu era așa.
Duminică, 16 februarie. După slujba de la [[ADDRESS:Biserica Sfântul Nicolae]], părintele
[[PERSON:Gheorghe]] m-a întrebat de ce n-am făcut reclamație. I-am zis că mi-e frică să nu ne
mute.
Marți, 3 martie. Fiul meu, [[PERSON:Luca]], are [[AGE:nouă ani]] și merge la
[[ADDRESS:Cherrywood Lane Primary]]. A scris la școală o compunere despre „ploaia din baie”.
Învățătoarea a sunat-o pe soția mea, [[PERSON:Floarea]].
Miercuri, 4 martie. Am făcut reclamație oficială. În formular au cerut data nașterii titularului
contractului, adică a [[PERSON:Floarei]]: [[DATE_OF_BIRTH:2 mai 1988]].
Luni, 23 martie. Răspuns la prima etapă de la domnul [[PERSON:Imran Qureshi]]: și-au cerut
scuze, au reparat țeava vecinilor și tavanul nostru.
Vineri, 3 aprilie. Am primit 240 de lire. [[PERSON:Floarea]] a pus o floare nouă pe geamul din
baie, ca să sărbătorim.
"""),
    ),
    (
        "fv2g-ro-04",
        "ro",
        _s("""
Salut! Sunt [[PERSON:Denisa]], am [[AGE:șaisprezece ani]] și scriu povestea asta pentru bunicii
mei, care nu știu engleză. Stăm toți trei la [[ADDRESS:numărul 40]], pe strada din spatele
gării din Ilford, chiar deasupra magazinului [[ADDRESS:Carpați Market]], așa că dacă ați
cumpărat vreodată cozonac de acolo, ați fost la noi la ușă 😄

Bunicul, [[PERSON:Ion Ursu]], are [[AGE:șaptezeci și nouă de ani]] și [[HEALTH:Alzheimer]] în
fază incipientă. Bunica, [[PERSON:Aurica]], s-a născut pe [[DATE_OF_BIRTH:1 decembrie 1950]],
de ziua națională, și zice mereu că de-aia e așa încăpățânată. Toată strada îi spune bunicului
nea [[PERSON:Nelu]].

Problema: de un an, ușa de la intrare nu se închidea bine și, de două ori, bunicul a ieșit
noaptea în stradă fără să știe unde merge. Bunica l-a găsit o dată la stația de autobuz, în
pijama. Am cerut de la [[ORGANISATION:Ilford Gateway Homes]] o yală nouă și un senzor la ușă.
Ne-au zis că nu e „reparație”, ci „îmbunătățire”.

Atunci am filmat ușa și am pus clipul pe TikTok, pe contul meu [[OTHER_ID:@denisa.vlogs.uk]]. A
avut 40.000 de vizualizări 😳 A doua zi ne-a scris cineva de la ei. Apoi am trimis reclamația
oficială pe [[EMAIL:reclamatii@ilfordgateway.example]] (au adresă și pentru română, cine
știa?).

La prima etapă, doamna [[PERSON:Sandra Pike]] a venit personal. Ușa a fost schimbată într-o
săptămână, au pus senzor și ne-au trecut în registrul de locatari vulnerabili. Bunica a plâns.
Nea [[PERSON:Nelu]] a zis doar: „Bravo, fată!” Acum doarme liniștit, ca un urs iarna.
"""),
    ),
    (
        "fv2g-ur-01",
        "ur",
        _s("""
میرا نام [[PERSON:محمد اکرم]] ہے، مگر محلے میں سب مجھے [[PERSON:اکرم]] صاحب کہتے ہیں۔ ہم
[[OTHER_SPECIAL:کشمیری]] ہیں؛ میں انیس سو ستتر میں میرپور سے روچڈیل آیا تھا۔ میری تاریخ پیدائش
[[DATE_OF_BIRTH:پندرہ اگست انیس سو باسٹھ]] ہے، اور یہ بات اس لیے لکھ رہا ہوں کہ مالک مکان نے ہر
فون پر یہی پوچھا۔

ہمارا گھر [[ADDRESS:14 Milkstone Road]]، [[POSTCODE:OL11 1EB]] پر ہے، بالکل [[ADDRESS:جامع مسجد
غوثیہ]] کے سامنے۔ گھر [[ORGANISATION:Pennine Rose Homes]] کا ہے۔ میری اہلیہ [[PERSON:رخسانہ]] کو
[[HEALTH:ملٹیپل سکلیروسس]] ہے اور وہ وہیل چیئر استعمال کرتی ہیں۔

پچھلے سال دروازے کے باہر والا ریمپ ٹوٹ گیا۔ [[ORGANISATION:Roch Valley Builders]] والے آئے، پیمائش
کی اور چلے گئے۔ چھ مہینے تک [[PERSON:رخسانہ]] گھر سے باہر نہیں نکل سکیں، اور جمعے کو میں اکیلا
نماز پڑھنے جاتا تھا۔ ہمارے پڑوسی، [[ADDRESS:نمبر 16]] والے [[PERSON:ڈیوڈ]] بھائی، کئی بار انہیں
اٹھا کر گاڑی تک لے گئے۔

میں نے [[PHONE:0161 496 0188]] پر درجنوں بار فون کیا۔ آخر بیٹی [[PERSON:صبا]] نے آن لائن شکایت درج
کی، نمبر [[REFERENCE:PRH-CMP-3392]]۔ پہلے مرحلے میں انہوں نے معذرت کی مگر کوئی تاریخ نہیں دی۔
دوسرے مرحلے میں مسز [[PERSON:ہیدر]] گھر آئیں، [[PERSON:رخسانہ]] سے خود بات کی، اور تین ہفتوں میں
نیا ریمپ اور ہینڈ ریل لگ گئے۔ ہمیں ۴۰۰ پاؤنڈ ملے۔ اب [[PERSON:رخسانہ]] پھر سے بازار جاتی ہیں، اور
جمعے کو میں اکیلا نہیں جاتا۔
"""),
    ),
    (
        "fv2g-ur-02",
        "ur",
        _s("""
یہ وائس نوٹ [[PERSON:نادیہ]] نے لیوٹن میں ہماری کمیونٹی ہیلپ لائن کی رضاکار کو بھیجا تھا۔ انہوں
نے اجازت دی کہ ہم اسے لکھ کر شائع کریں:

«السلام علیکم [[PERSON:شمیم]] باجی، میں [[PERSON:نادیہ]] بول رہی ہوں، وہی جس کی امی کو آپ نے
پچھلے ہفتے مسجد میں دیکھا تھا۔ باجی، ہم پانچ لوگ دو کمروں کے فلیٹ میں رہ رہے ہیں، [[ADDRESS:فلیٹ
12، Hightown Court]] میں۔ [[PERSON:عمر]] کی عمر [[AGE:نو سال]] ہے، وہ اور اس کی دونوں بہنیں ایک ہی
کمرے میں سوتے ہیں، اور [[PERSON:عمر]] کو [[HEALTH:آٹزم]] ہے تو رات کو کوئی نہیں سو پاتا۔ کونسل کے
ہاؤسنگ رجسٹر پر ہمارا نمبر [[REFERENCE:LBC-447709]] ہے، چار سال سے۔ [[ORGANISATION:Lea Valley
Homes]] والے کہتے ہیں ٹرانسفر لسٹ میں نام ہے، بس انتظار کریں۔ آپ مجھے واپس فون کر لیں، نمبر ہے
[[PHONE:زیرو سیون سیون ڈبل زیرو، نائن ہنڈرڈ، فائیو سکس ٹو]]، یا ای میل کر دیں،
[[EMAIL:نادیہ ڈاٹ رحمان ایٹ ایگزامپل ڈاٹ او آر جی]]۔ اللہ حافظ۔»

[[PERSON:شمیم]] باجی نے اسی شام [[PERSON:نادیہ]] کو فون کیا۔ دونوں نے مل کر
[[ORGANISATION:Lea Valley Homes]] کو باقاعدہ شکایت لکھی، اور ساتھ [[PERSON:عمر]] کے اسکول
[[ADDRESS:Lime Kiln Primary]] کی ہیڈ ٹیچر کا خط لگایا۔ پہلے مرحلے کے جواب میں مسٹر
[[PERSON:گیرتھ]] نے تسلیم کیا کہ خاندان کی طبی ضرورت ریکارڈ میں درج ہی نہیں ہوئی تھی۔ اس کے بعد
درخواست ایمرجنسی بینڈ میں گئی، اور تین ماہ بعد انہیں تین کمروں کا گھر مل گیا۔ [[PERSON:نادیہ]]
کہتی ہیں کہ اب [[PERSON:عمر]] کا اپنا کمرہ ہے اور پورا گھر سکون سے سوتا ہے۔
"""),
    ),
    (
        "fv2g-ur-03",
        "ur",
        _s("""
کونسلر [[PERSON:طاہرہ ملک]] کی ہفتہ وار سرجری سے، کمیونٹی نیوز لیٹر کے لیے۔

اس مہینے میری سرجری میں سب سے اہم معاملہ برمنگھم کے [[ADDRESS:Cromwell Tower]] کا تھا۔ وہاں
[[ADDRESS:فلیٹ نمبر 9]] میں [[PERSON:غلام رسول]] صاحب رہتے ہیں، جنہیں سب چاچا جی کہتے ہیں۔ ان کی
تاریخ پیدائش [[DATE_OF_BIRTH:12/11/1949]] ہے اور انہیں [[HEALTH:سماعت سے محرومی]] کا مسئلہ ہے،
یعنی وہ دھوئیں کا عام الارم نہیں سن سکتے۔

[[ORGANISATION:Aston Brook Housing Trust]] نے پچھلے سال عمارت میں نئے فائر الارم لگوائے، مگر
[[ORGANISATION:Redline Fire Protection]] نے چاچا جی کے فلیٹ میں جلنے بجھنے والی روشنی اور تکیے کے
نیچے ہلنے والا الارم نہیں لگایا، حالانکہ ان کے جی پی نے، [[ADDRESS:Lozells Health Centre]] سے،
یہ بات لکھ کر دی تھی۔ ان کا این ایچ ایس نمبر [[OTHER_ID:485 777 3457]] بھی اس خط میں درج تھا۔

چاچا جی کے بھتیجے [[PERSON:شاہد]] نے کئی بار فون کیا۔ جب وہ میرے پاس آئے تو میں نے انہیں بتایا
کہ اب کسی کونسلر کے ریفرل کی ضرورت نہیں؛ آپ خود ہاؤسنگ اومبڈزمین کے پاس جا سکتے ہیں۔ پھر بھی میں
نے ٹرسٹ کو ای میل کی اور شکایت نمبر [[REFERENCE:ABHT-5063-F]] ملا۔

دو ہفتے میں خصوصی الارم لگ گیا، اور ٹرسٹ نے عمارت کے تمام رہائشیوں سے پوچھا ہے کہ کسی اور کو ایسی
ضرورت تو نہیں۔ اگر آپ کا بھی کوئی مسئلہ ہو تو مجھے [[PHONE:0121 496 0902]] پر فون کریں یا
[[EMAIL:cllr.malik@council.example]] پر لکھیں۔
"""),
    ),
    (
        "fv2g-ur-04",
        "ur",
        _s("""
شیئرڈ اونرشپ شکایت فارم (میری بہن نے اردو میں ترجمہ کر کے یہاں لکھا)

نام: [[PERSON:ثمینہ کوثر]]
والد کا نام: [[PERSON:محمد یوسف]]
تاریخ پیدائش: [[DATE_OF_BIRTH:۲۳ مارچ ۱۹۸۵]]
پتہ: [[ADDRESS:اپارٹمنٹ 6، Canalside Lofts]]، ناٹنگھم، [[POSTCODE:NG7 2RF]]
فون: [[PHONE:0115 496 0624]]
ای میل: [[EMAIL:sameena.k@example.org]]
نیشنل انشورنس نمبر: [[NI_NUMBER:TW 51 07 93 C]]
حصہ: ۳۵ فیصد، باقی کا کرایہ [[ORGANISATION:Trent Shared Living]] کو

شکایت: میں نے اور میرے شوہر [[PERSON:راحت]] نے ۲۰۲۱ میں یہ فلیٹ شیئرڈ اونرشپ پر لیا۔ سروس چارج
میں ہر ماہ ’عمارت کی صفائی‘ اور ’لفٹ کی دیکھ بھال‘ کے پیسے لیے گئے، مگر ہماری عمارت میں لفٹ ہے ہی
نہیں! تین سال میں یہ رقم ۹۶۰ پاؤنڈ بنی۔ ہماری بیٹی [[PERSON:عائشہ]]، جو [[ADDRESS:Radford Bridge
Primary]] میں پڑھتی ہے، [[HEALTH:مرگی]] کی مریضہ ہے، اور ان پیسوں سے اس کی دوائیں آ سکتی تھیں۔

میں نے [[ORGANISATION:Trent Shared Living]] کو چار خط لکھے۔ ہر بار جواب آیا کہ ’حساب درست ہے‘۔
پھر [[PERSON:راحت]] نے سالانہ اکاؤنٹس منگوائے، اور ان میں کسی دوسری عمارت کی لفٹ کا بل ہمارے نام
پر تھا۔

نتیجہ: دوسرے مرحلے میں مسٹر [[PERSON:Owen Pryce]] نے غلطی مان لی۔ پوری رقم، اور ۱۵۰ پاؤنڈ معاوضہ،
ہمارے اس اکاؤنٹ میں آیا جس کا سارٹ کوڈ [[OTHER_ID:30-96-12]] ہے اور آخری چار ہندسے
[[OTHER_ID:2290]] ہیں۔ اس دن دل کو واقعی راحت ملی۔
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
