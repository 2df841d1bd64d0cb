"""An eighth batch of fresh stories under version 2 of the marking, by an eighth writer.

Twelve English stories and five each in Arabic, Bengali, Punjabi (Gurmukhi), Polish, Romanian
and Urdu, in forms the earlier batches did not use: a landlord's quarterly "learning from complaints"
report naming residents by first name (with a narrowboat mooring), a resident's numbered X thread with
@handles and a TikTok address, a homecare visit log signed with carers' initials, an Ombudsman-style
determination, a prose poem, an email chain with forwarded From/To/Date headers, a complaint quoting a
GP letter, a tenancy sustainment handover with benefit, council tax and bank details, a Year 5 essay,
a Romany grandfather dictating to his granddaughter with her asides, Roman Urdu WhatsApp messages inside
English, and scrutiny panel minutes. The other languages mix formal letters, a Levantine voice note and
an Egyptian Instagram post, a Bengali community radio transcript, Banglish and Punjabi social posts, a
Bengali case note, a Punjabi poem and a letter to the Ombudsman, Polish Ponglish and a Facebook group
thread, a Polish Saturday-school essay, Romanian WhatsApp typed without diacritics, a Romanian carer's
log and interview, an Urdu diary and an email chain with English headers. Names that are ordinary words
(Precious, Lis, Speranța/speranța, Floare/floare, أمل, سعيد, আশা, মুক্তা, ਖ਼ੁਸ਼ੀ, راحت, امید) appear both
as names and, unmarked, as words; English names are transliterated (جيمز, জেমস, ਜੇਮਜ਼, جیمز); people
appear by initials (EP, J.B., Mrs K, S.K.D., M.D.), nicknames (Big Lenny, Wiesiek, Wojtuś, Vica, টুনি,
ਜੱਸ, گڑیا) and inflected forms (Różą, Michałem, আনিকার).

Measured on 7 December 2026 at first sight: leak-free stories 59.5% (25 of 42), recall 91.6%,
precision 89.7%, special recall 84.8%; leak-free by language: en 58.3% (7 of 12), ar 80%, bn 20%,
pa 100%, pl 40%, ro 60%, ur 60%. The misses were initials standing for people in logs and notes
(EP, DM, SK, JO'C, LS, AV, M.D., J.B., S.K.D., a sign-off "K" or "G"), bare or worded ages ("23",
"67", "87 de ani", "półtora roku"), the date of birth "b. 4/7/49", a job number read aloud, partial
or named places (Block C, flat 22; the end terrace at 3 Prospect Row; Block 3; the Red Lion; Evans
the Chemist; a Polish Saturday school; a school named in Bengali text; two mosques in Urdu text), a
Romanian identity card number, the Polish diminutive Wojtuś and surname Lis, the tail of an Arabic
nasab and an inflected Bengali name.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block):
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    # ------------------------------------------------------------------ English
    (
        "fv2h-en-01",
        "en",
        _s("""
Learning from complaints – Quarter 2 report to the Customer Voice Committee,
[[ORGANISATION:Fernhollow Housing]]. Prepared by [[PERSON:Gideon Ashworth-Pryce]],
Head of Complaints and Resolution.

This quarter we received 214 stage 1 complaints and 31 at stage 2. We answered 88% of
stage 1 complaints within ten working days, up from 71% a year ago. Three cases are
summarised below. Each resident agreed to be named by first name only.

Case A: damp. [[PERSON:Precious]] lives at [[ADDRESS:Block C, flat 22]] on the
[[ADDRESS:Holloway Fields estate]] with her twin boys, aged [[AGE:7]]. She reported black
mould nine times before she complained. Our surveyor, [[PERSON:Callum]], had closed each
job as "condensation – lifestyle". [[PERSON:Precious]] told the committee: "Lifestyle? I
take my washing to the launderette." We have removed that wording from our repairs system.

Case B: a missed gas safety check. [[PERSON:Teodor]], who is [[AGE:81]], went without
heating over the Easter weekend because his appointment letter was delivered to
[[ADDRESS:flat 12]] instead of his own, [[ADDRESS:flat 21]]. His daughter
[[PERSON:Mirela]] took the complaint to the Housing Ombudsman (case
[[REFERENCE:202508811]]). We accepted a finding of maladministration and paid £450.

Case C: noise. [[PERSON:Bashir]], a night-shift baker who lives aboard a narrowboat on
[[ADDRESS:mooring 12]] at [[ADDRESS:Cutler's Wharf]], said our antisocial behaviour team
"only ever rang me at 10am, when I'm asleep". ASB case [[REFERENCE:AS/4471/25]] is now
closed, and officers now ask every complainant when they can take a call.

What we are changing: surveyors can no longer close a damp job without photographs;
letters are checked against the tenancy record before they are posted; and every
complaint file records the resident's preferred contact time.
"""),
    ),
    (
        "fv2h-en-02",
        "en",
        _s("""
1/ Right, thread time. 14 months of being polite has got me nowhere, so
[[OTHER_ID:@BrackwaterHomes]] you can have this in public. 🧵

2/ I'm [[PERSON:Shannon]]. I live at [[ADDRESS:6 Gorse Lane]] with my partner
[[PERSON:Lee]] and our [[AGE:3-year-old]], [[PERSON:Mason]]. [[PERSON:Mason]] has
[[HEALTH:asthma]]. His bedroom wall has been black since last October.

3/ Your surveyor came in January, took 40 photos, said "that's bad, that is" and left.
Complaint ref [[REFERENCE:BH-C-20931]]. Stage 1 reply: "open your windows." It's
February. He's [[AGE:3]].

4/ Meanwhile your contractor's van ([[ORGANISATION:Kestrel Property Services]], reg
[[OTHER_ID:WN19 ZKP]]) has been parked across our drive every Tuesday for a job at
[[ADDRESS:number 8]] – [[PERSON:Jodie]]'s nan's house – that never finishes.

5/ Shoutout to [[OTHER_ID:@cllr_dee_ferris]], who actually came round and smelled it
herself, to [[OTHER_ID:@TilburyTenantsUnion]] for the template letter, and to Shelter's
helpline for telling me about the Ombudsman.

6/ Full video of the wall is on my TikTok, [[OTHER_ID:tiktok.com/@shannonandmason_]], 30k
views, so don't tell me it's lifestyle.

7/ UPDATE, Thursday 4pm: [[OTHER_ID:@BrackwaterHomes]] have rung. Escalated to stage 2,
damp specialist booked for Monday 8am, and they're moving us to a decant flat while it's
treated. [[PERSON:Ellie]] from their complaints team was lovely tbh. Will report back.
"""),
    ),
    (
        "fv2h-en-03",
        "en",
        _s("""
Homecare visit log – [[ORGANISATION:Sunrise Domiciliary Care]]. Service user: Mr
[[PERSON:Eustace Pelling]] ([[PERSON:EP]]), DOB [[DATE_OF_BIRTH:02.03.1958]],
[[ADDRESS:flat 7, Ellerby House]]. NHS no. [[OTHER_ID:4857723019]]. Lead carer:
[[PERSON:Dorota Malik]] ([[PERSON:DM]]).

Mon 3 Nov, 07:45, [[PERSON:DM]]. [[PERSON:EP]] in bed, says he was cold all night.
Heating off again, thermostat display blank. Room 13°C on my thermometer. Breakfast
given, meds as per MAR. Rang [[ORGANISATION:Castlegate Homes]] repairs on
[[PHONE:0161 496 0213]] at 08:10; job no. [[REFERENCE:7734129]], told "within 5 working
days".

Mon 3 Nov, 12:30, [[PERSON:SK]]. Still no heating. [[PERSON:EP]]'s [[HEALTH:COPD]] worse,
using his reliever inhaler more often. Left two fan heaters from the office.

Tue 4 Nov, 07:50, [[PERSON:DM]]. Daughter [[PERSON:Bernadette]] visited last night and
says she will put in a complaint. [[PERSON:EP]] asked me to write down that "he's
[[AGE:67]], not dead".

Wed 5 Nov, 18:15, [[PERSON:JO'C]]. Engineer from [[ORGANISATION:Castlegate]] came at 3pm.
Part ordered.

Fri 7 Nov, 08:00, [[PERSON:DM]]. Heating working, flat 21°C. [[PERSON:Bernadette]] says
[[ORGANISATION:Castlegate]]'s complaints officer, Mr [[PERSON:Hollis]], rang her,
apologised, agreed a £150 goodwill payment and put a priority flag on [[PERSON:EP]]'s
tenancy because of his [[HEALTH:COPD]] and [[HEALTH:type 2 diabetes]]. Flag added on our
system too.

Manager's note ([[PERSON:R. Quaye]]): good escalation by [[PERSON:DM]]. Share at
Thursday's team meeting.
"""),
    ),
    (
        "fv2h-en-04",
        "en",
        _s("""
Determination – summary published with the resident's consent.

Complaint reference: [[REFERENCE:202514307]]. Landlord: [[ORGANISATION:Riverlea Housing
Group]]. Resident: Mrs [[PERSON:Ngozi Adebayo-Clarke]], [[ADDRESS:14 Quarry Bank]],
[[POSTCODE:WF13 4RT]].

Background. The resident holds an assured tenancy of a three-bedroom house, where she
lives with her three children. The youngest, [[PERSON:Chidera]], is
[[HEALTH:autistic]] and was [[AGE:eight]] when the complaint was made. The landlord knew
of the child's needs from a letter sent by the family's GP at [[ADDRESS:Ravensthorpe
Health Centre]] in April 2024.

The complaint. The resident reported a leaking roof on 12 occasions between November 2023
and June 2024. Repair jobs [[REFERENCE:RL/778214]] and [[REFERENCE:RL/781090]] were
raised and closed without anyone inspecting the roof. The stage 1 response took 38
working days; the Complaint Handling Code allows 10.

Findings. The Ombudsman finds severe maladministration in the landlord's handling of the
repair, and maladministration in its complaint handling. The landlord's systems held the
resident as "Mrs [[PERSON:Adebayo]]" in one place and "Mrs [[PERSON:Clarke]]" in another,
so her reports were never linked. The repairs manager, Mr [[PERSON:Desmond Okafor]],
accepted this at interview.

Orders. Within four weeks the landlord must apologise in writing through its chief
executive; pay the resident £1,350; inspect and repair the roof; and review how it
records double-barrelled surnames.

Compliance. The landlord has complied with all orders. Mrs
[[PERSON:Adebayo-Clarke]] told us: "[[PERSON:Chidera]] sleeps through the rain now."
"""),
    ),
    (
        "fv2h-en-05",
        "en",
        _s("""
What the walls remember – [[PERSON:Rhiannon Kaye]]

The [[ADDRESS:end terrace at 3 Prospect Row]] has held four generations of us. / My nan,
[[PERSON:Gwladys]], papered the back bedroom in 1971. / My mam was born in it. / I carried
[[PERSON:Cerys]] home to it in a hospital blanket, in the snow.

The walls remember all of that. / They remember, too, the winter the gutter split, / the
brown bloom that crept down from the ceiling / like a map of somewhere cold, / the smell
that got into [[PERSON:Cerys]]'s coats.

I rang [[ORGANISATION:Valleyside Homes]] eleven times. / I know, because I wrote each call
on the back of the calendar / from [[ADDRESS:Evans the Chemist]], two doors down: / a
name, a date, a promise. / [[PERSON:Kieran]]. [[PERSON:Joanne]]. "A lady called
[[PERSON:Sam]]." / Job [[REFERENCE:55120]]. Job [[REFERENCE:55987]]. Job
[[REFERENCE:56340]].

Then I wrote it down properly, as a complaint, / and something shifted, / like a key that
finally turns.

A man called [[PERSON:Aled]] came with a ladder and a real apology. / New guttering, new
plaster, / and a letter that said / we should have listened the first time.

[[PERSON:Cerys]] is [[AGE:6]] now. / She draws our house with a sun over it. / The walls
are white again. / They remember that too.
"""),
    ),
    (
        "fv2h-en-06",
        "en",
        _s("""
From: [[PERSON:Sophie Wainwright]] <[[EMAIL:sophiewainwright83@example.com]]>
To: Citizens Advice Leeds <[[EMAIL:housing@leedscab.example]]>
Date: Tue, 21 Oct 2025, 19:02
Subject: Fwd: RE: Complaint [[REFERENCE:44-1187]] – lift out of service,
[[ADDRESS:Tamarind Tower]]

Hi, forwarding the chain as you asked on the phone. The motor did NOT arrive on the
20th. Dad's neighbour, Mrs [[PERSON:K]], who is in her eighties herself, has been carrying
his shopping up fifteen floors. I'd like help taking this to the Ombudsman.
[[PERSON:Sophie]]

---------- Forwarded message ----------
From: [[PERSON:Priya Ramaswamy]] <[[EMAIL:p.ramaswamy@northmoor-homes.example]]>
Date: Tue, 14 Oct 2025, 09:12
To: [[PERSON:Sophie Wainwright]] <[[EMAIL:sophiewainwright83@example.com]]>
Subject: RE: Complaint [[REFERENCE:44-1187]] – lift out of service,
[[ADDRESS:Tamarind Tower]]

Dear Ms [[PERSON:Wainwright]], thank you for your patience. I can confirm the replacement
motor is due on 20 October. Until then we can arrange a stair-climber for your father, Mr
[[PERSON:Leonard Wainwright]], on request. Please call me directly on
[[PHONE:+44 (0)113 496 0547]]. Kind regards, [[PERSON:Priya Ramaswamy]], Complaints
Resolution Officer, [[ORGANISATION:Northmoor Homes]]

---------- Original message ----------
From: [[PERSON:Sophie Wainwright]] <[[EMAIL:sophiewainwright83@example.com]]>
Date: Mon, 13 Oct 2025, 22:47
To: [[EMAIL:complaints@northmoor-homes.example]]
Cc: [[EMAIL:len.wainwright@example.org]]
Subject: Complaint – lift out of service, [[ADDRESS:Tamarind Tower]]

My dad is [[AGE:84]], lives on the 15th floor of [[ADDRESS:Tamarind Tower]]
([[ADDRESS:flat 152]]) and has [[HEALTH:Parkinson's]]. The lift has been out for 19 days.
He has missed two appointments at St James's. Please treat this as a formal complaint.

[Added by [[PERSON:Sophie]] in December: with Citizens Advice's help the complaint went to
stage 2. [[ORGANISATION:Northmoor]] fitted the motor, paid £600 and now keep a list of
residents who cannot use the stairs.]
"""),
    ),
    (
        "fv2h-en-07",
        "en",
        _s("""
To: Complaints Team, [[ORGANISATION:Greenhithe Community Housing]]
From: Mrs [[PERSON:Shazia Mahmood]], [[ADDRESS:27 Calder Road]], [[POSTCODE:BD8 7QJ]]
Re: Tenancy [[REFERENCE:GCH/T/00918]] – stage 2 complaint, damp and my son's health

I am escalating my complaint about the damp in our back bedroom. Your stage 1 letter said
there was "no evidence of a health impact". Environmental Health came out in August and
disagreed, and here is the evidence you asked for. Our GP wrote this on 2 September:

"To whom it may concern. I write in support of the [[PERSON:Mahmood]] family of
[[ADDRESS:27 Calder Road]]. [[PERSON:Dawud Mahmood]] (DOB [[DATE_OF_BIRTH:11 January
2022]], NHS number [[OTHER_ID:943 476 5919]]) has been seen at this practice seven times
since March with a persistent wheeze and has now been diagnosed with [[HEALTH:asthma]].
His mother, Mrs [[PERSON:Shazia Mahmood]], has a history of [[HEALTH:depression]], which
is made worse by the family's housing. In my opinion the damp in the child's bedroom is
contributing to his symptoms. Dr [[PERSON:Helen Rowse]], [[ADDRESS:Lilycroft Medical
Practice]]."

[[PERSON:Dawud]]'s cough is worst at night. He is [[AGE:4]], and he sleeps in our room now
because I cannot put him back in there. My husband [[PERSON:Tariq]] works nights, and our
older girl, [[PERSON:Inaya]], does her homework on the kitchen table because her desk is
in the mouldy room.

Everyone at [[ADDRESS:Jamia Masjid Ghausia]] knows our house as the one with the blue
tarpaulin on the roof, because [[PERSON:Tariq]] put it up himself in July.

I want the roof and the wall repaired properly, and I want the £250 you offered to be
reconsidered.
"""),
    ),
    (
        "fv2h-en-08",
        "en",
        _s("""
HANDOVER – tenancy sustainment caseload, from [[PERSON:Mo Farouk]] to
[[PERSON:Gemma Li]] (covering my leave 1–19 Dec)

1. [[PERSON:J.B.]] ([[PERSON:Jordan Birch]]), [[AGE:23]], [[ADDRESS:flat 4b, Wren
House]]. Care leaver, first tenancy, 11 weeks in arrears (£1,126). His housing benefit
claim [[REFERENCE:HB/0451187/3]] was suspended in October when he started agency work; we
re-applied together and the new claim number is [[REFERENCE:HB/0459920/1]]. Council tax
account [[REFERENCE:6003318842]] has a summons pending – ring the council's recovery team
before the 12th. He's agreed a direct debit for rent from January: sort code
[[OTHER_ID:04-00-04]], account ending [[OTHER_ID:0412]]. NI number, if the council asks:
[[NI_NUMBER:JT 48 27 91 C]]. Has [[HEALTH:ADHD]]; prefers texts to calls,
[[PHONE:07700 900418]].

2. Mrs [[PERSON:K]] ([[PERSON:Krystyna Kowal]]), [[ADDRESS:flat 4a]], next door. She made
the noise complaint (ASB case [[REFERENCE:25/0871]]) that led to [[PERSON:J.B.]]'s first
warning. No reports since we moved his speakers off the party wall. She is [[AGE:78]] and
nervous of visitors – always knock and say who you are.

3. [[PERSON:J.B.]] also has a stage 1 complaint open about the broken door entry system
([[REFERENCE:CMP-33190]]). Response due 9 Dec. Repairs say the part is "on the van".
Please chase.

Thanks [[PERSON:G]] – any worries, call me, but only if it's on fire. [[PERSON:Mo]]
"""),
    ),
    (
        "fv2h-en-09",
        "en",
        _s("""
My Home – by [[PERSON:Amara Osei]], Year 5, [[ADDRESS:Oakfield Juniors]]

My home is [[ADDRESS:flat 9c, Larkspur House]]. It is on the ninth floor, so from our
window you can see the whole of Croydon and the trams going past. I live with my mum, my
little brother [[PERSON:Kofi]], who is a [[AGE:3-year-old]], and my Nana
[[PERSON:Adwoa]], who is [[AGE:90]] next month.

The best thing about my home is the kitchen window, because you can see fireworks from
it. The worst thing was the lift. Last year the lift was broken for nearly all of the
summer holidays. Nana could not go to [[ADDRESS:Christ Apostolic Church]] on Sundays
because she has [[HEALTH:arthritis]] in her knees, and my mum had to carry
[[PERSON:Kofi]]'s buggy down nine floors every day.

My mum wrote a complaint to [[ORGANISATION:Ashburton Living]]. She let me check the
spelling. We said Nana cannot manage the stairs and the lift is the only way out. Then a
lady called Mrs [[PERSON:Fontaine]] came to our flat and said sorry to Nana. They fixed
the lift, gave us some money and wrote on their computer that they must ring us first if
the lift breaks again.

I learned that if something is wrong you can write it down, and someone has to answer
you. When I grow up I want to be the person who answers.

Teacher's comment: Lovely writing, [[PERSON:Amara]]! Great use of paragraphs. – Mr
[[PERSON:Doherty]]
"""),
    ),
    (
        "fv2h-en-10",
        "en",
        _s("""
Written down by my granddaughter [[PERSON:Kayleigh]], because my hands shake and my
spelling was never up to much. (Grandad says to put that in.)

My name is [[PERSON:Wilfred Amos Tuckett]], b. [[DATE_OF_BIRTH:4/7/49]], and I've had
[[ADDRESS:pitch 6]] on the [[ADDRESS:Ashen Lane site]] since before the council took it
over. I'm [[OTHER_SPECIAL:Romany]] and proud of it, and I've paid my pitch fee every week
for thirty-one years. Our [[PERSON:Danny]], born in '72, has [[ADDRESS:pitch 7]] next to
me.

The trouble was the amenity block – the little brick shed with the toilet and shower.
Ours had no hot water from November to March. I'm [[AGE:77]], and with my
[[HEALTH:emphysema]] I can't be washing in cold water in winter.

I told the site warden, a decent man called [[PERSON:Frank Stirrup]], every Monday.
[[PERSON:Frank]] told the council. The council told [[PERSON:Frank]]. Round and round.
The girl on the phone gave me a job number and I wrote it on my fag packet:
[[REFERENCE:seven two four, double oh, five one]]. Nobody ever rang back.

In the end our [[PERSON:Kayleigh]] found the complaints form online. (I did it on my phone
in the car park of the [[ADDRESS:Red Lion]] at the top of our lane, Grandad, because
there's no signal on the site.)

The council wrote back in nine days. They admitted the water heater had missed its annual
service. They fitted a new one, took £300 off my fees, and gave us a direct number for
repairs: [[PHONE:01632 960418]]. If anybody doubts it's me ringing, my van's the green
Transit, [[OTHER_ID:R732 KHF]].

(Grandad wants me to add that he is not a man who complains. He is. – [[PERSON:K]])
"""),
    ),
    (
        "fv2h-en-11",
        "en",
        _s("""
I'm sharing this for the Make Things Right campaign because my mum, [[PERSON:Rukhsana]],
would never have complained without a push. She lives on her own at [[ADDRESS:flat 4,
Alder House]], opposite [[ADDRESS:Madina Masjid]]. These are some of her WhatsApp
messages to me from last winter, exactly as she sent them:

"[[PERSON:Hafsa]] beta, aaj phir chhat se paani tapak raha hai, bucket rakh di hai.
Repairs walon ko phone kiya, keh rahe hain Thursday tak koi aayega."

"Thursday guzar gaya, koi nahi aaya. [[PERSON:Bilal]] bhai upar wale flat se keh rahe thay
unke bathroom ka pipe leak hai, shayad wahin se aa raha hai."

"Meri [[HEALTH:sugar]] phir high hai beta, is tap tap ki wajah se neend nahi aati."

After that last one I rang [[ORGANISATION:Harbourside Homes]] myself. I gave them her
number, [[PHONE:07700 900563]], and asked them to log a formal complaint. The reference
was [[REFERENCE:C-2025-4418]]. I reminded them she is [[AGE:71]], [[HEALTH:diabetic]] and
lives alone – all things already on her file.

The stage 1 reply came in eight working days. The leak was from [[ADDRESS:flat 8]]
upstairs, where [[PERSON:Bilal]]'s bathroom pipe had cracked. They fixed it, replaced
Mum's ceiling and paid £275. Mum's verdict, in a voice note: "Shukar hai, ab sukoon hai.
Lekin pehle kyun nahi kiya?" (Thank God, there's peace now. But why didn't they do it
before?)

– [[PERSON:Hafsa]]
"""),
    ),
    (
        "fv2h-en-12",
        "en",
        _s("""
[[ORGANISATION:Hearthstone Homes]] Tenants' Scrutiny Panel – minutes, Wednesday 11
November 2026, 6.30pm

Present: [[PERSON:Marcia Thelwell]] (chair), [[PERSON:Ifeoma O.]],
[[PERSON:Stan Greaves]], [[PERSON:Yusuf Hamdan]], [[PERSON:Bogdan P.]] (minutes). For the
landlord: [[PERSON:Claire Dunmore]], Head of Repairs. Apologies: [[PERSON:Pat Kinsella]].

1. Minutes of the October meeting agreed.

2. Damp and mould case review. The panel read three anonymised complaint files.
[[PERSON:Stan]], who lives at [[ADDRESS:no. 14]] on the same close as one of the
complainants, pointed out that one file header still read "Mrs [[PERSON:D. Achterberg]],
[[ADDRESS:41 Tansy Close]]". [[PERSON:Claire]] apologised and will report it to the data
protection officer.

3. Resident story. [[PERSON:Yusuf]] described his complaint about the communal door at
[[ADDRESS:Pennine Court]], where he lives with his wife and two children. The door was
broken for 5 weeks, and his son, aged [[AGE:12]], was followed into the block one evening.
The stage 2 response upheld the complaint and the door was replaced within 48 hours.
[[PERSON:Yusuf]] asked the panel to thank the caretaker, [[PERSON:Big Lenny]], who stayed
late three nights running to keep the door shut.

4. Social media. [[PERSON:Marcia]] reported that a tenant who posts as
[[OTHER_ID:facebook.com/dionne.r.bakes]] had been answered publicly by staff, with the
name of her block. Agreed: replies move to private messages straight away.

5. AOB. Next meeting Wednesday 9 December. Action: [[PERSON:Claire]] to bring the Q3
complaints figures and the breakdown of the 92% satisfaction survey.
"""),
    ),
    # ------------------------------------------------------------------- Polish
    (
        "fv2h-pl-01",
        "pl",
        _s("""
Hej, piszę tutaj, bo może komuś się przyda. Mieszkam z mężem [[PERSON:Wiesiem]] i córką
[[PERSON:Różą]] (ma [[AGE:5 lat]]) pod [[ADDRESS:17 Bramble Way]], w tym domu na rogu,
obok polskiego sklepu [[ADDRESS:Smaczek]]. Od marca mieliśmy leak z dachu i woda kapała
prosto na łóżeczko [[PERSON:Róży]]. Dzwoniłam do housing association
([[ORGANISATION:Larchfield Homes]]) chyba z dziesięć razy i za każdym razem to samo: „we'll
book you an appointment”, a potem nikt nie przyjeżdżał. [[PERSON:Wiesiek]] w końcu sam
wlazł na drabinę i zakleił dachówki taśmą, co oczywiście nic nie dało.

Sąsiadka, pani [[PERSON:Halina]] spod [[ADDRESS:numeru 19]], powiedziała mi, że trzeba
złożyć formal complaint na piśmie, a nie tylko dzwonić. Napisałam maila na
[[EMAIL:complaints@larchfield.example]] i podałam numer joba z ostatniego telefonu,
[[REFERENCE:LF-208813]]. Po tygodniu oddzwonił pan [[PERSON:Gareth]] z complaints teamu,
przeprosił i przyznał, że nasze zgłoszenia „ginęły w systemie”. Dach naprawili w 10 dni,
dostaliśmy 300 funtów odszkodowania i nowy materac dla [[PERSON:Róży]].

Najlepsze, że przy okazji przycięli też żywopłot i róże przed domem w końcu mają słońce.
[[PERSON:Róża]] mówi, że to jej kwiatki, bo mają takie samo imię 😊

Nie bójcie się pisać skarg. Serio.
"""),
    ),
    (
        "fv2h-pl-02",
        "pl",
        _s("""
Szanowni Państwo,

nazywam się [[PERSON:Zbigniew Ćwik]], urodziłem się [[DATE_OF_BIRTH:12 sierpnia 1947]] r.
w Lublinie, a od 2006 roku mieszkam w [[ADDRESS:mieszkaniu nr 3 przy 62 Hazel Road]],
[[POSTCODE:M14 6LB]]. Mam [[AGE:78 lat]], [[HEALTH:cukrzycę]] i [[HEALTH:niewydolność
serca]].

Piszę po polsku, bo tak mi łatwiej, a wnuczka [[PERSON:Natalka]] przetłumaczy list na
angielski. Od października nie działa ogrzewanie w mojej sypialni. Kaloryfer jest zimny,
a nocą temperatura spada do 12 stopni. Zgłaszałem to pięć razy pod numerem
[[PHONE:0161 496 0882]] i za każdym razem dostawałem nowy numer zlecenia (ostatni:
[[REFERENCE:MH/55/20931]]).

Gdy poprosiłem o wizytę hydraulika, w biurze zażądano ode mnie dokumentu tożsamości.
Podałem numer dowodu osobistego, [[OTHER_ID:ABS 482117]], i numer NHS,
[[OTHER_ID:401 023 2137]], ale i tak nikt nie przyszedł.

Proszę o rozpatrzenie tej skargi zgodnie z procedurą i o kontakt przez wnuczkę:
[[EMAIL:natalia.cwik@example.com]].

Z poważaniem
[[PERSON:Zbigniew Ćwik]]

Dopisek [[PERSON:Natalki]], marzec: skargę uznano już na pierwszym etapie.
[[ORGANISATION:Rusholme Vale Homes]] w ciągu tygodnia wymieniło kaloryfer i zawór,
przeprosiło dziadka na piśmie i wypłaciło 200 funtów. Pan [[PERSON:Okoro]] z działu
napraw dzwoni teraz do dziadka raz w miesiącu, żeby zapytać, czy wszystko w porządku.
"""),
    ),
    (
        "fv2h-pl-03",
        "pl",
        _s("""
[Post w grupie „Polacy w Bostonie i okolicach”]

[[PERSON:Agnieszka Wróbel]]: Dziewczyny, potrzebuję rady. Od trzech tygodni sąsiad z
naszego bloku ([[ADDRESS:Saxon Court]], mieszkamy na parterze, [[ADDRESS:mieszkanie 2]])
parkuje swojego białego vana, [[OTHER_ID:KN68 WYR]], na miejscu dla niepełnosprawnych, a
mój mąż [[PERSON:Wojtek]] ma [[HEALTH:paraplegię]] po wypadku w pracy i jeździ na wózku.
Housing officer mówi, że „to sprawa dla policji”, a policja, że „to prywatny parking
landlorda”. Co robić??

Komentarz – [[PERSON:Beata Lis]]: [[PERSON:Aga]], składaj oficjalną skargę do landlorda,
nie pisz do housing officer. Ja tak zrobiłam w zeszłym roku z [[ORGANISATION:Fenland Rural
Homes]] i po 10 dniach było po sprawie. Napisz do mnie na priv, mój profil to
[[OTHER_ID:facebook.com/beata.lis.boston]], podeślę ci wzór.

Komentarz – [[PERSON:Agnieszka Wróbel]] (dwa miesiące później): Aktualizacja, bo
pytałyście. Złożyłam skargę, numer [[REFERENCE:FRH-C-7712]]. Landlord przyznał, że to jego
parking, namalował nowe oznaczenia, postawił składany słupek z kluczem tylko dla nas i
wysłał sąsiadowi oficjalne ostrzeżenie. [[PERSON:Wojtuś]] znowu może sam podjechać pod
same drzwi. Dzięki, [[PERSON:Beata]], jesteś złota ❤️
"""),
    ),
    (
        "fv2h-pl-04",
        "pl",
        _s("""
Krótko o naszej sprawie u Rzecznika (Housing Ombudsman), bo dużo osób pyta.

W 2024 roku razem z mężem, [[PERSON:Michałem Zawadzkim]], złożyliśmy skargę na
[[ORGANISATION:Pennant Housing]] w sprawie grzyba w naszym mieszkaniu, [[ADDRESS:flat 11,
Carraway House]]. Nasza córka [[PERSON:Ewa]] ma [[HEALTH:astmę]], a synek
[[PERSON:Kacper]] miał wtedy dopiero [[AGE:półtora roku]].

Landlord odpowiedział na pierwszym etapie po dwóch miesiącach, a na drugim wcale. Dlatego
sami zgłosiliśmy sprawę do Rzecznika. Numer sprawy: [[REFERENCE:202409932]].

W decyzji Rzecznik stwierdził „poważne zaniedbanie” (severe maladministration). Napisano,
że landlord „nie wziął pod uwagę stanu zdrowia [[PERSON:Ewy]]” i że z
[[PERSON:Michałem]] kontaktowano się wyłącznie po angielsku, chociaż prosił o tłumacza.
Landlord musiał nas przeprosić, wypłacić 1200 funtów i w ciągu 28 dni usunąć przyczynę
wilgoci.

Najbardziej pomogła nam pani [[PERSON:Teresa Nowicka]] z Citizens Advice, która
przetłumaczyła wszystkie pisma. Na czas remontu przeprowadziliśmy się z [[PERSON:Ewą]] i
[[PERSON:Kacprem]] do siostry [[PERSON:Michała]], [[PERSON:Doroty]], a w lutym wróciliśmy
do suchego mieszkania.

Jeśli landlord nie odpowiada – nie czekajcie. Rzecznik naprawdę czyta każdą kartkę.

[[PERSON:Ilona Zawadzka]]
"""),
    ),
    (
        "fv2h-pl-05",
        "pl",
        _s("""
Wypracowanie: „Moje miejsce na ziemi”. [[ADDRESS:Polska Szkoła Sobotnia im. Jana Pawła
II]] w Slough, klasa 4. Autorka: [[PERSON:Zuzia Kamińska]], [[AGE:9 lat]].

Moje miejsce na ziemi to nasze mieszkanie na siódmym piętrze w bloku [[ADDRESS:Beacon
Tower]]. Mieszkam tam z mamą, tatą i bratem [[PERSON:Filipkiem]], który ma [[AGE:3
latka]] i ciągle zabiera mi kredki. W tygodniu chodzę do angielskiej szkoły
[[ADDRESS:Willowbrook Primary]], a w soboty do polskiej.

Najładniejsze w naszym mieszkaniu jest okno w moim pokoju, bo widać z niego samoloty.
Zimą było gorzej, bo w łazience zrobił się czarny grzyb i [[PERSON:Filipek]] ciągle
kaszlał. Mama dzwoniła do landlorda, a tata mówił przez telefon brzydkie słowa po
angielsku. W końcu mama napisała skargę, taką prawdziwą, na piśmie, a ja sprawdzałam, czy
dobrze napisała słowo „mould”.

Potem przyszedł pan [[PERSON:Dev]] z [[ORGANISATION:Kennet Side Homes]]. Był bardzo miły i
powiedział, że to ich wina, a nie nasza. Pomalowali łazienkę specjalną farbą i założyli
wentylator, który buczy jak pszczoła.

Teraz [[PERSON:Filipek]] już nie kaszle, a ja mam moje miejsce na ziemi bez grzyba.

Ocena: 5+. Bardzo ciekawie, [[PERSON:Zuziu]]! – pani [[PERSON:Renata]]
"""),
    ),
    # ----------------------------------------------------------------- Romanian
    (
        "fv2h-ro-01",
        "ro",
        _s("""
Mă numesc [[PERSON:Speranța Munteanu]] și de patru ani locuiesc cu soacra mea, tanti
[[PERSON:Floare]], și cu fetița mea, [[PERSON:Ilinca]], de [[AGE:6 ani]], la
[[ADDRESS:numărul 8 din Foundry Street]], chiar lângă [[ADDRESS:Biserica Betel]]. Suntem
[[OTHER_SPECIAL:penticostali]] și duminica mergem pe jos la slujbă.

Prietenii glumesc că am un nume potrivit, pentru că nu-mi pierd niciodată speranța. Ei
bine, iarna trecută aproape că mi-am pierdut-o.

În noiembrie s-a spart geamul din camera în care doarme tanti [[PERSON:Floare]]. Are
[[AGE:82 de ani]] și [[HEALTH:artrită]], iar frigul o chinuie. Am sunat la
[[ORGANISATION:Wyvern Homes]] de șapte ori și de fiecare dată mi s-a spus că „un tâmplar
va veni în 28 de zile”. Între timp am pus carton și folie.

O vecină, doamna [[PERSON:Rodica]] de la [[ADDRESS:numărul 10]], m-a ajutat să scriu o
reclamație oficială în engleză, cu numărul contractului de închiriere,
[[REFERENCE:WH-T-48812]]. După cinci zile m-a sunat domnul [[PERSON:Patel]], managerul de
reparații, și și-a cerut scuze. Geamul a fost schimbat a doua zi, iar pentru toată
perioada ne-au dat 180 de lire.

Acum tanti [[PERSON:Floare]] zice că e așa de cald în cameră, încât fiecare floare de pe
pervaz a înflorit din nou. Cine zice că o reclamație nu schimbă nimic? Pe noi ne-a scăpat
de o iarnă grea.
"""),
    ),
    (
        "fv2h-ro-02",
        "ro",
        _s("""
[Grup WhatsApp „Vecini [[ADDRESS:Cedar House]]”]

[12/01, 21:14] [[PERSON:Costel]]: Salut vecini, la voi merge caldura?? La noi in
[[ADDRESS:flat 14]] iar e rece de 3 zile si copilul are febra 38.5

[12/01, 21:16] [[PERSON:Mirela B.]]: La noi nici apa calda nu e. Am sunat la
[[ORGANISATION:Tamesis Homes]], zic ca e problema la boilerul central si vine inginerul
„asap” 🙄

[12/01, 21:20] [[PERSON:Gabi]] ([[ADDRESS:flat 9]]): Eu am facut complaint pe site ieri,
referinta [[REFERENCE:TH/2291/C]]. Faceti si voi, cu cat suntem mai multi cu atat se misca
mai repede

[13/01, 08:02] [[PERSON:Costel]]: Am facut si eu. Le-am lasat si nr meu,
[[PHONE:07700 900731]], sa ma sune

[15/01, 17:45] [[PERSON:Mirela B.]]: Update: m-a sunat o doamna de la complaints,
[[PERSON:Lorraine]]. A recunoscut ca boilerul era defect din noiembrie si nu a anuntat
nimeni nimic. Ne dau 8 lire pe zi pentru fiecare zi fara caldura si aeroterme pana se
repara

[15/01, 17:47] [[PERSON:Costel]]: Super!! [[PERSON:Luca]] al meu e mai bine, i-a trecut
febra 🙏

[20/01, 19:30] [[PERSON:Gabi]] ([[ADDRESS:flat 9]]): MERGE CALDURA!!! Blocul e iar
locuibil 😂 Multumim [[PERSON:Lorraine]], si multumim [[PERSON:Mirela]] ca ai sunat zilnic
"""),
    ),
    (
        "fv2h-ro-03",
        "ro",
        _s("""
Către: Departamentul Reclamații, [[ORGANISATION:Mersey Bankside Homes]]
Subiect: Reclamație – etapa a doua

Subsemnatul [[PERSON:Ionuț-Florin Căldăraru]], domiciliat în [[ADDRESS:23 Kelso Walk]],
[[POSTCODE:L7 2PN]], vă adresez prezenta reclamație pentru etapa a doua a procedurii.

Sunt [[OTHER_SPECIAL:rom]], cetățean [[OTHER_SPECIAL:român]], și am
[[OTHER_SPECIAL:statut de rezident permanent]] ([[OTHER_SPECIAL:settled status]]).
Locuiesc aici cu soția mea, [[PERSON:Mădălina]], și cu cei trei copii ai noștri. De când
ne-am mutat, în martie, am anunțat de nouă ori că ușa din spate nu se încuie. De fiecare
dată mi s-a cerut să-mi dovedesc identitatea: am trimis copia cărții de identitate,
[[OTHER_ID:RX 774512]], și numărul de asigurări sociale, [[NI_NUMBER:SN552918B]].

În răspunsul de la prima etapă, semnat de domnul [[PERSON:Anthony Greaves]], se spune că
„familiile de acest tip schimbă des încuietorile”. Consider această frază
discriminatorie.

Solicit: repararea ușii în cel mult 7 zile; scuze în scris; verificarea felului în care
personalul vorbește despre familiile [[OTHER_SPECIAL:rome]].

Cu stimă,
[[PERSON:Ionuț-Florin Căldăraru]], tel. [[PHONE:0151 496 0329]]

Notă adăugată ulterior: reclamația a fost admisă la etapa a doua. Ușa a fost schimbată în
3 zile, am primit scuze scrise și 250 de lire, iar domnul [[PERSON:Greaves]] a urmat un
curs de formare.
"""),
    ),
    (
        "fv2h-ro-04",
        "ro",
        _s("""
Jurnal de vizite – îngrijitoare [[PERSON:Loredana Stan]] ([[PERSON:LS]]). Clientă:
doamna [[PERSON:Aurelia Vasiliu]] ([[PERSON:AV]]), [[AGE:87 de ani]],
[[ADDRESS:apartamentul 5, Heron Court]]. Jurnalul se ține în română, la cererea familiei.

Luni, 08:30 – [[PERSON:LS]]. [[PERSON:AV]] se plânge că iar picură apă din tavanul băii.
Am pus un lighean. Am sunat la [[ORGANISATION:Brookmead Housing]],
[[PHONE:0117 496 0655]], nr. lucrare [[REFERENCE:3318207]].

Luni, 19:00 – [[PERSON:CT]] ([[PERSON:Cristi]]). Ligheanul plin. Tavanul s-a umflat.
[[PERSON:AV]] speriată, nu vrea să intre în baie. Am ajutat-o să se spele în bucătărie.

Marți, 08:40 – [[PERSON:LS]]. Nimeni de la [[ORGANISATION:Brookmead]]. Am vorbit cu fiul
ei, [[PERSON:Sorin]], care a făcut reclamație online. Ref. [[REFERENCE:BMH-C-0917]].

Miercuri, 09:10 – [[PERSON:LS]]. Instalatorul a venit la 8. Țeava de la
[[ADDRESS:apartamentul 8]], de deasupra, era fisurată. Tavanul urmează să fie refăcut.

Vineri, 08:35 – [[PERSON:LS]]. Tavan nou, baia uscată. [[PERSON:AV]] spune că
[[PERSON:Sorin]] i-a citit scrisoarea de scuze de la [[ORGANISATION:Brookmead]] și că vor
primi 120 de lire. [[PERSON:AV]] are [[HEALTH:demență]] ușoară, dar a ținut minte să-mi
spună: „Scrie că până la urmă s-au purtat frumos.”

Notă coordonator ([[PERSON:M.D.]]): bine documentat, copie la dosar.
"""),
    ),
    (
        "fv2h-ro-05",
        "ro",
        _s("""
Interviu pentru campania „Make Things Right” – transcris de voluntara [[PERSON:Alina
Dobre]].

– Cum vă numiți?
– Mă cheamă [[PERSON:Paraschiva Enache]], dar toată lumea îmi zice tanti
[[PERSON:Vica]]. M-am născut pe [[DATE_OF_BIRTH:trei martie 1950]], la Focșani, și am
venit în Anglia în 2010, după fiica mea.
– Unde locuiți acum?
– În Leyton, la parter: [[ADDRESS:flat 1, 48 Lindisfarne Road]], [[POSTCODE:E10 6QS]].
Stau lângă [[ADDRESS:Biserica Sfântul Gheorghe]], unde merg în fiecare duminică, că sunt
[[OTHER_SPECIAL:ortodoxă]].
– Ce problemă ați avut?
– Șoareci. Veneau din pivniță, prin găurile de lângă țevi. Îmi era frică să dorm. Am
[[HEALTH:diabet]] și doctorița de la [[ADDRESS:Leyton Green Surgery]] mi-a zis să nu țin
mâncarea descoperită. Ajunsesem să nu mai gătesc deloc.
– Și ce ați făcut?
– Nepotul meu, [[PERSON:Răzvan]], a scris reclamația. A trecut și numărul meu de NHS,
[[OTHER_ID:9434765870]], pentru că ei cereau dovezi de la medic. Cei de la
[[ORGANISATION:Leaside Homes]] au trimis întâi doar otravă. La etapa a doua a venit un
domn, Mr [[PERSON:Adeyemi]], a astupat toate găurile cu plasă de sârmă și și-a cerut
iertare.
– Și acum?
– Acum dorm liniștită. I-am făcut și un cozonac.
"""),
    ),
    # ------------------------------------------------------------------- Arabic
    (
        "fv2h-ar-01",
        "ar",
        _s("""
السادة قسم الشكاوى في [[ORGANISATION:Marlowe Vale Homes]] المحترمين،

أنا [[PERSON:سعيد الحمصي]]، [[OTHER_SPECIAL:لاجئ]] [[OTHER_SPECIAL:سوري]]، أسكن منذ عام
2018 في [[ADDRESS:41 Beechfield Avenue]] مع زوجتي وابنتينا: الكبرى [[PERSON:أمل]]
وعمرها [[AGE:١٢ سنة]]، والصغرى [[PERSON:جود]] وعمرها [[AGE:٧ سنوات]]. أكتب إليكم للمرة
الثالثة بخصوص الرطوبة والعفن في غرفة البنتين.

منذ الشتاء الماضي والجدار أسود، وتبيّن أن [[PERSON:جود]] مصابة بمرض [[HEALTH:الربو]]،
وقد كتب لكم طبيب العائلة في [[ADDRESS:Beechfield Medical Centre]] رسالة بذلك في شهر
شباط. رقم طلب الإصلاح الأخير لديكم هو [[REFERENCE:MVH-448120]]، ولم يأتِ أحد حتى الآن.

لن أخفي عليكم أنني لست سعيدًا بطريقة التعامل معنا. قيل لي على الهاتف إن العفن سببه
«طبخنا»، وكأننا نحن المشكلة. ولم يعد لي أمل في الاتصالات الهاتفية، لذلك أرسل هذه
الشكوى الرسمية مكتوبة.

أرجو التواصل معي على الرقم [[PHONE:07700 900284]] أو عن طريق ابنتي [[PERSON:أمل]]، فهي
تتقن الإنجليزية.

مع الشكر،
[[PERSON:سعيد الحمصي]]

ملاحظة أضيفت لاحقًا: جاء الرد خلال أسبوع. اعترفت الشركة بالتقصير، وعالجت الجدار وركّبت
مروحة تهوية، ودفعت تعويضًا قدره ٣٥٠ جنيهًا. وقالت مسؤولة الشكاوى، السيدة
[[PERSON:Karen Whitby]]، إن تعليق «الطبخ» ما كان ينبغي أن يُقال.
"""),
    ),
    (
        "fv2h-ar-02",
        "ar",
        _s("""
(رسالة صوتية من [[PERSON:أم يوسف]] لمجموعة نسوان الحارة، كتبتها بنتها [[PERSON:نور]])

يا صبايا، بدي احكيلكن شو صار معنا مع الـlandlord، لأنه في كتير منكن عندهن نفس المشكلة.
من تلت شهور والـboiler عنا يطفي كل يوم، والولاد عم يتحمموا بمي باردة. [[PERSON:يوسف]]
عمره [[AGE:عشر سنين]] وصار يمرض كل جمعة.

كل ما احكي مع الـcall centre بيقولولي «engineer رح يجي». مرة إجا شب اسمه
[[PERSON:جيمز]]، منيح والله، بس قال القطعة مش موجودة وراح.

بنتي [[PERSON:نور]] قالتلي: ماما، لازم تعملي complaint رسمي، مش بس تلفونات. كتبناه
سوا، وحطينا رقم الشقة، [[ADDRESS:flat 6]] في [[ADDRESS:Willow Court]]، ورقم الـtenancy
تبعنا [[REFERENCE:WC/118/07]]. بعد أسبوع دقتلي وحدة اسمها [[PERSON:ساندرا]] من
[[ORGANISATION:Eastgate Living]]، وقالت إنهن آسفين وإنه الـboiler الجديد رح ينركب يوم
الخميس. وفعلاً إجوا الخميس الساعة تسعة الصبح، وحتى [[PERSON:جيمز]] كان معهن، ضحك وقال
«told you I'd be back».

وعطونا ٢٠٠ باوند تعويض. فاللي عندها مشكلة لا تسكت، اكتبي complaint، وإذا بدك مساعدة
[[PERSON:نور]] بتساعدك، رقمها [[PHONE:07700 900915]].
"""),
    ),
    (
        "fv2h-ar-03",
        "ar",
        _s("""
اسمي [[PERSON:فاطمة عبده القدسي]]، [[OTHER_SPECIAL:يمنية]]، وتاريخ ميلادي
[[DATE_OF_BIRTH:١٢/٠٥/١٩٧٨]]. أسكن في الطابق الأرضي من [[ADDRESS:Tamworth House]]، في
[[ADDRESS:الشقة رقم ٣]]، قريبًا من [[ADDRESS:مسجد الرحمة]] الذي يصلّي فيه زوجي كل جمعة.

أعاني من [[HEALTH:التهاب المفاصل الروماتويدي]] منذ سنوات، ولم أعد أستطيع الدخول إلى
حوض الاستحمام. في عام 2022 أوصت أخصائية العلاج الوظيفي بتركيب دُش أرضي بلا عتبة،
وأرسلت الأخصائية الاجتماعية [[PERSON:Joanne Blake]] التوصية إلى
[[ORGANISATION:Anchorage Housing Trust]].

مرّت سنة ونصف ولم يحدث شيء. وكلما اتصلتُ طلبوا مني رقم التأمين الوطني من جديد،
فأعطيهم إياه: [[NI_NUMBER:PX731028D]]. ثم أغلقوا شكواي في المرحلة الثانية دون أي موعد
للعمل.

عندها رفعتُ الأمر إلى أمين مظالم الإسكان، ورقم قضيتي [[REFERENCE:202317745]]. وجد
الأمين «سوء إدارة» في تعامل المالك، وأمره بتركيب الدُش خلال ثمانية أسابيع، ودفع ٦٠٠
جنيه تعويضًا، ومراجعة سجلّات التعديلات لكل المستأجرين ذوي الإعاقة.

اليوم عندي دُش بلا عتبة، وأستطيع أن أستحمّ وحدي دون مساعدة ابنتي [[PERSON:سلوى]].
الحمد لله.
"""),
    ),
    (
        "fv2h-ar-04",
        "ar",
        _s("""
بسم الله الرحمن الرحيم

إلى من يهمه الأمر في [[ORGANISATION:Hollybrook Borough Council]]،

أنا الشيخ [[PERSON:عبد الرحمن الفاسي]] ([[PERSON:Abdelrahman El Fassi]])، إمام
[[ADDRESS:مركز النور الإسلامي]] في Hollybrook. أكتب هذه الرسالة دعمًا لأخينا
[[PERSON:حسن بن علي الزياني]] وأسرته، وهم من روّاد مسجدنا منذ ست سنوات، ويسكنون في
[[ADDRESS:9 Cotton Mill Lane]] على بُعد دقيقتين منّا.

الأخ [[PERSON:حسن]] [[OTHER_SPECIAL:مغربي]] الأصل، ويعمل سائق أجرة، وسيارته ذات اللوحة
[[OTHER_ID:LD21 HVT]] هي مصدر رزقه الوحيد. منذ شهر أيار يرمي بعض الجيران القمامة على
سيارته، ويكتبون على باب بيته عبارات مسيئة لأنه [[OTHER_SPECIAL:مسلم]]. وقد أبلغ البلدية
عن ذلك مرارًا، وأُعطي رقم بلاغ السلوك المعادي للمجتمع [[REFERENCE:ASB-2025-0388]]، لكن
شيئًا لم يتغيّر.

زوجته الأخت [[PERSON:ثريا]] حامل في شهرها السابع، وابنهما [[PERSON:آدم]]، البالغ من
العمر [[AGE:خمس سنوات]]، صار يخاف من الخروج إلى الحديقة.

أرجو أن تُؤخذ شكواهم بجدية، وأنا مستعد لحضور أي اجتماع. يمكن التواصل معي على الرقم
[[PHONE:0121 496 0774]] أو عبر البريد [[EMAIL:imam.alnoor@example.org]].

(أضاف [[PERSON:حسن]] لاحقًا: بعد المرحلة الثانية من الشكوى ركّبت البلدية كاميرا مراقبة،
ووجّهت إنذارًا رسميًا للجيران المعنيين، ودفعت تكاليف تنظيف السيارة. جزى الله الشيخ
[[PERSON:عبد الرحمن]] خيرًا.)
"""),
    ),
    (
        "fv2h-ar-05",
        "ar",
        _s("""
📍 منشور على إنستغرام من حساب [[OTHER_ID:@omar.builds.ldn]]

أنا [[PERSON:عمر]]، [[OTHER_SPECIAL:مصري]] وعايش في لندن بقالي ١٠ سنين. ساكن مع أبويا،
اللي عنده [[AGE:٧٤ سنة]]، في شقة صغيرة، [[ADDRESS:flat 31]] في [[ADDRESS:Kingfisher
House]]، في الدور التاسع. أبويا جتله [[HEALTH:جلطة]] من سنتين ومش بيقدر يمشي كويس.

الأسانسير عطلان من شهرين. كتبت لـ [[OTHER_ID:@HarrowfieldHomes]] هنا أكتر من عشر مرات،
وكل مرة يردّوا "please DM us". بعتلهم DM، وبعتلهم رقم تسجيلنا في قائمة الإسكان
[[REFERENCE:HR-20931-K]]، وطلبنا نقل لشقة في دور أرضي.

في الآخر قدّمت complaint رسمي، والموظفة اللي اسمها [[PERSON:Bethany]] ردّت عليّا في ٦
أيام. اعترفوا إن التأخير غلط، صلّحوا الأسانسير، وحطّوا أبويا على أولوية النقل، وعرضوا
٤٠٠ جنيه تعويض.

اللي عايز يشوف فيديوهات أبويا وهو بيطلع السلم قبل التصليح، موجودة على صفحتي
[[OTHER_ID:instagram.com/omar.builds.ldn]] — وشكرًا لكل اللي عمل share.

#MakeThingsRight
"""),
    ),
    # ------------------------------------------------------------------ Bengali
    (
        "fv2h-bn-01",
        "bn",
        _s("""
আমার নাম [[PERSON:রোকেয়া বেগম]]। আমি মেয়ে [[PERSON:আশা]] ([[AGE:১৪ বছর]]) আর ছেলে
[[PERSON:তানভীর]]-কে নিয়ে থাকি [[ADDRESS:27 Varden Street]]-এ, Whitechapel স্টেশন থেকে
পাঁচ মিনিট। আমাদের গলির মাথায় [[ADDRESS:বায়তুল আমান মসজিদ]]। [[PERSON:আশা]] পড়ে
[[ADDRESS:Brayford Secondary]]-তে।

গত বছর মার্চে রান্নাঘরের সিলিং ভেঙে পড়ল। ভাগ্য ভালো, তখন [[PERSON:আশা]] স্কুলে, আর
[[PERSON:তানভীর]] আমার সাথে বাজারে। ছয় মাস ধরে ওপরের ফ্ল্যাট থেকে পানি চুইয়ে পড়ছিল,
আমি [[ORGANISATION:Spitalbrook Housing]]-কে অন্তত দশবার ফোন করেছিলাম। প্রতিবার বলত
"someone will call you back"। সত্যি বলতে, কোনো আশা দেখছিলাম না।

তারপর Citizens Advice-এর এক আপা, [[PERSON:শাহনাজ]], বললেন লিখিত complaint করতে।
রেফারেন্স নম্বর পেলাম [[REFERENCE:SH-77120]]। দুই সপ্তাহের মধ্যে নতুন সিলিং হলো, তারা
চিঠিতে ক্ষমা চাইল আর ২২০ পাউন্ড দিল। ধুলোয় [[PERSON:তানভীর]]-এর [[HEALTH:হাঁপানি]]
বেড়ে গিয়েছিল, সেটাও তারা চিঠিতে স্বীকার করেছে।

এখন [[PERSON:আশা]] হেসে বলে, "আম্মু, তুমি তো আমার নামটাই সার্থক করলে।"
"""),
    ),
    (
        "fv2h-bn-02",
        "bn",
        _s("""
(দাদু বলছেন, আমি লিখছি — [[PERSON:সুমাইয়া]])

আমার নাম [[PERSON:আব্দুল মতিন চৌধুরী]]। জন্ম [[DATE_OF_BIRTH:১৯৪৫ সালের ১০ই
অক্টোবর]], সিলেটের বিশ্বনাথে। (দাদু, বিশ্বনাথও লিখব? — হ্যাঁ, লেখো, ওটাই আমার
পরিচয়।) ১৯৭৪ সাল থেকে এই দেশে আছি। এখন Shadwell-এ [[ADDRESS:Pelham House]]-এর
[[ADDRESS:ফ্ল্যাট ১২]]-তে একা থাকি।

গত শীতে শোবার ঘরের জানালার কাচ ফেটে গেল। সারা রাত ঠান্ডা হাওয়া ঢুকত। আমার বুকের
অসুখ আছে, ডাক্তার বলে [[HEALTH:COPD]]। (দাদু সারা রাত কাশতেন, আমি ফোনে শুনতাম। —
[[PERSON:সুমাইয়া]])

রিপেয়ারের জন্য তিনবার ফোন করলাম। একজন সাহেব এলেন, নাম [[PERSON:জেমস]], খুব
ভদ্রলোক, মাপজোখ নিয়ে গেলেন, কিন্তু আর ফিরলেন না। জব নম্বর দিয়েছিল
[[REFERENCE:5521907]]।

তারপর নাতনি বলল, দাদু, complaint করতে হবে। সে অনলাইনে ফর্ম ভরল, আমার ফোন নম্বর দিল
[[PHONE:020 7946 0381]]। পাঁচ দিনের মধ্যে [[ORGANISATION:Limehouse Community Homes]] থেকে
এক মহিলা ফোন করলেন, মিসেস [[PERSON:ওকাফোর]]। উনি মাফ চাইলেন, বললেন
[[PERSON:জেমস]]-এর রিপোর্ট ভুল ফাইলে পড়ে ছিল। দুই দিনের মধ্যে নতুন ডাবল গ্লেজিং
লাগল।

(দাদু বলছেন এটা লিখতে: আমার বয়স [[AGE:৮০]], এত বছরে এই প্রথম কেউ লিখিতভাবে sorry
বলল। — [[PERSON:সুমাইয়া]])
"""),
    ),
    (
        "fv2h-bn-03",
        "bn",
        _s("""
Facebook পোস্ট — [[OTHER_ID:facebook.com/tuni.rahman.22]]

ঠিক আছে, পোস্টটা একটু লম্বা হবে 😅 আমি [[PERSON:টুনি]] (আসল নাম [[PERSON:তাহমিনা
রহমান]]), বয়স [[AGE:২২]], আম্মুর full-time carer। আম্মুর [[HEALTH:MS]] আছে,
wheelchair ছাড়া চলতে পারেন না। আমরা থাকি Bow-তে, [[ADDRESS:Tredegar Fields
estate]]-এ, [[ADDRESS:Block 3]]-এর ground floor-এ।

এক বছর ধরে আমাদের block-এর ramp ভাঙা। আম্মুকে বাইরে নিতে হলে আমি আর আমার ভাই
[[PERSON:রাজু]] মিলে wheelchair তুলে সিঁড়ি দিয়ে নামাই। GP, hospital, সব
appointment-এ এই কষ্ট। [[ORGANISATION:Bowline Homes]]-কে
[[EMAIL:tuni.rahman@example.com]] থেকে বারোটা email করেছি, উত্তর শুধু auto-reply।

তারপর Ombudsman-এর website পড়ে বুঝলাম, আগে landlord-এর কাছে formal complaint করতে
হবে। করলাম, reference [[REFERENCE:BH/CMP/3391]]। Stage 1-এ বলল "under review"। Stage
2-তে ওদের Head of Housing, Mr [[PERSON:Delaney]], নিজে এসে দেখে গেলেন। তিন সপ্তাহে
নতুন ramp, সাথে handrail-ও।

আম্মু প্রথম দিন নিজে ramp দিয়ে নেমে পার্কে গেলেন। [[PERSON:রাজু]] ভিডিও করেছে,
কমেন্টে দিলাম 💚

যাদের একই সমস্যা, লিখিত complaint করুন। ফোনে কিছু হয় না।
"""),
    ),
    (
        "fv2h-bn-04",
        "bn",
        _s("""
কেস নোট — টেনেন্সি সাপোর্ট, [[ORGANISATION:Rivermead Housing]]। ক্লায়েন্ট: শ্রী
[[PERSON:শ্যামল কুমার দাস]] ([[PERSON:S.K.D.]]), বয়স [[AGE:৫৮]], ঠিকানা:
[[ADDRESS:12B Myrtle Row]], Luton [[POSTCODE:LU4 8HF]]। সাপোর্ট ওয়ার্কার:
[[PERSON:নাজনীন আক্তার]]।

১৮/১১: [[PERSON:S.K.D.]]-এর বাসায় দেখা করলাম। গত মাসে [[HEALTH:স্ট্রোক]] হওয়ার পর উনি
চাকরি হারিয়েছেন। ভাড়া বকেয়া £৮৪০। পুরনো ঠিকানায় কাগজ যাওয়ায় Housing Benefit বন্ধ
হয়ে গিয়েছিল; নতুন করে আবেদন করলাম, claim নম্বর [[REFERENCE:HB 7730125]]। উনি প্রতি
সন্ধ্যায় [[ADDRESS:শ্রী রাধাকৃষ্ণ মন্দির]]-এ যান, বাসা থেকে পাঁচ মিনিট; ওখানকার
পুরোহিত জানালেন দরকারে উনি অনুবাদে সাহায্য করবেন।

২০/১১: কাউন্সিল ট্যাক্স অফিসে ফোন করলাম, অ্যাকাউন্ট নম্বর
[[REFERENCE:40018822371]]; কিস্তির ব্যবস্থা হয়েছে। উনার ন্যাশনাল ইন্স্যুরেন্স নম্বর
[[NI_NUMBER:NE 71 30 64 B]] DWP-কে দিয়েছি।

২৫/১১: [[PERSON:S.K.D.]] landlord-এর বিরুদ্ধে complaint করতে চান — রেন্ট অ্যাকাউন্টে
দুই মাসের ভাড়া ভুল করে দুবার কাটা হয়েছে। আমি লিখে দিলাম; রেফারেন্স
[[REFERENCE:RMH-2211]]।

০৪/১২: [[ORGANISATION:Rivermead]] ভুল স্বীকার করেছে, £৯১০ ফেরত দিয়েছে, arrears নোটিশ
তুলে নিয়েছে। [[PERSON:S.K.D.]] বললেন, "[[PERSON:নাজনীন]] দিদি, এই প্রথম মনে হলো কেউ
আমার কথা শুনছে।"

পরবর্তী ভিজিট: ১১/১২, সকাল ১০টা। স্ত্রী [[PERSON:মালতী]]-ও থাকবেন।
"""),
    ),
    (
        "fv2h-bn-05",
        "bn",
        _s("""
রেডিও অনুষ্ঠান "আমাদের ঘর" — শ্রোতার ফোন (অনুলিপি)

উপস্থাপক ([[PERSON:শিরিন]]): লাইনে আছেন ওল্ডহ্যাম থেকে একজন শ্রোতা। আসসালামু
আলাইকুম, আপনার নামটা বলবেন?

শ্রোতা: ওয়ালাইকুম আসসালাম। আমি [[PERSON:মুক্তা]], [[PERSON:মুক্তা খাতুন]]।
[[ADDRESS:58 Roundthorn Road]]-এ থাকি, [[ADDRESS:Alder Brook Primary]]-র ঠিক পেছনে।

উপস্থাপক: কী সমস্যা হয়েছিল?

[[PERSON:মুক্তা]]: ইঁদুর, আপা। মেঝের নিচে, দেওয়ালের ভেতরে। আমার ছোট মেয়ে
[[PERSON:আনিকা]], এখন [[AGE:তিন বছর]], একদিন রাতে দেখি ওর খাটের পাশে ইঁদুর। সেই রাতে
আর ঘুমাইনি।

উপস্থাপক: landlord কী বলল?

[[PERSON:মুক্তা]]: [[ORGANISATION:Pennine Gate Homes]] প্রথমে বলল pest control আমাদের
নিজেদের খরচে করাতে হবে। আমার স্বামী [[PERSON:রফিক]] বলল, বাদ দাও। কিন্তু বড় ছেলে
[[PERSON:ইমন]] ইন্টারনেটে দেখল, এটা landlord-এর দায়িত্ব। ও tenancy নম্বর দিয়ে
complaint লিখে দিল: [[REFERENCE:PGH-T-55817]]।

উপস্থাপক: তারপর?

[[PERSON:মুক্তা]]: দশ দিনে উত্তর এল। ওরা মাফ চাইল, সব ফাঁকফোকর বন্ধ করল, পুরো বাড়ির
মেঝে পরীক্ষা করল। [[PERSON:আনিকার]] জন্য নতুন খাটও দিল।

উপস্থাপক: [[PERSON:মুক্তা]] আপা, আপনার কথাগুলো সত্যিই মুক্তার মতো দামি। শ্রোতারা,
সমস্যা হলে লিখিত অভিযোগ করুন। আমাদের স্টুডিওর নম্বর [[PHONE:0161 496 0757]]।
"""),
    ),
    # ----------------------------------------------------------------- Punjabi
    (
        "fv2h-pa-01",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਮ [[PERSON:ਗੁਰਮੀਤ ਕੌਰ ਸੰਧੂ]] ਹੈ। ਮੈਂ [[AGE:73 ਸਾਲ]] ਦੀ ਹਾਂ ਅਤੇ ਆਪਣੀ ਪੋਤੀ
[[PERSON:ਖ਼ੁਸ਼ੀ]] ਨਾਲ [[ADDRESS:14 Wellington Street]], Smethwick ਵਿੱਚ ਰਹਿੰਦੀ ਹਾਂ,
[[ADDRESS:ਗੁਰਦੁਆਰਾ ਬਾਬਾ ਦੀਪ ਸਿੰਘ ਜੀ]] ਤੋਂ ਦੋ ਗਲੀਆਂ ਦੂਰ। [[PERSON:ਖ਼ੁਸ਼ੀ]] [[AGE:9
ਸਾਲ]] ਦੀ ਹੈ ਅਤੇ [[ADDRESS:Rolfe Lane Primary School]] ਵਿੱਚ ਪੜ੍ਹਦੀ ਹੈ।

ਪਿਛਲੇ ਸਾਲ ਰਸੋਈ ਦੇ ਸਿੰਕ ਹੇਠਾਂ ਪਾਈਪ ਲੀਕ ਕਰਨ ਲੱਗ ਪਈ। ਫ਼ਰਸ਼ ਦੇ ਫੱਟੇ ਫੁੱਲ ਗਏ ਅਤੇ ਇੱਕ ਦਿਨ
ਮੈਂ ਤਿਲਕ ਕੇ ਡਿੱਗ ਪਈ। ਮੇਰੇ ਗੋਡਿਆਂ ਵਿੱਚ ਪਹਿਲਾਂ ਹੀ [[HEALTH:ਗਠੀਆ]] ਹੈ।

ਮੈਂ [[ORGANISATION:Rood End Housing]] ਨੂੰ ਪੰਜ ਵਾਰ ਫ਼ੋਨ ਕੀਤਾ। ਹਰ ਵਾਰ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ
ਲੰਮੀਆਂ ਗੱਲਾਂ, ਮੈਨੂੰ ਅੱਧੀਆਂ ਹੀ ਸਮਝ ਆਉਂਦੀਆਂ। ਫਿਰ [[PERSON:ਖ਼ੁਸ਼ੀ]] ਨੇ ਕਿਹਾ, "ਬੀਬੀ
ਜੀ, ਲਿਖ ਕੇ complaint ਕਰੋ।" ਉਸ ਨੇ ਆਪਣੀ ਟੀਚਰ ਦੀ ਮਦਦ ਨਾਲ ਚਿੱਠੀ ਲਿਖੀ।

ਦਸ ਦਿਨਾਂ ਵਿੱਚ ਜਵਾਬ ਆ ਗਿਆ। ਉਨ੍ਹਾਂ ਨੇ ਮੰਨਿਆ ਕਿ ਰਿਪੇਅਰ ਜੌਬ ਨੰਬਰ [[REFERENCE:RE-60318]]
ਬਿਨਾਂ ਕੰਮ ਕੀਤੇ ਬੰਦ ਕਰ ਦਿੱਤਾ ਗਿਆ ਸੀ। ਨਵੀਂ ਪਾਈਪ ਅਤੇ ਨਵਾਂ ਫ਼ਰਸ਼ ਲੱਗਿਆ, ਅਤੇ ਪੰਜਾਬੀ
ਬੋਲਣ ਵਾਲੀ ਇੱਕ ਅਫ਼ਸਰ, [[PERSON:ਹਰਜਿੰਦਰ]], ਨੇ ਮੇਰੇ ਨਾਲ ਆਪ ਗੱਲ ਕੀਤੀ ਅਤੇ ਮਾਫ਼ੀ ਮੰਗੀ।

ਉਸ ਦਿਨ ਮੈਨੂੰ ਜਿੰਨੀ ਖ਼ੁਸ਼ੀ ਹੋਈ, ਦੱਸ ਨਹੀਂ ਸਕਦੀ। ਸੱਚ ਪੁੱਛੋ ਤਾਂ ਸਾਡੀ [[PERSON:ਖ਼ੁਸ਼ੀ]]
ਨੇ ਹੀ ਇਸ ਘਰ ਵਿੱਚ ਖ਼ੁਸ਼ੀ ਵਾਪਸ ਲਿਆਂਦੀ।
"""),
    ),
    (
        "fv2h-pa-02",
        "pa",
        _s("""
ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਸਾਰਿਆਂ ਨੂੰ 🙏 ਮੈਂ [[PERSON:ਜਸਕਰਨ ਢਿੱਲੋਂ]] ਹਾਂ, ਸਾਰੇ ਮੈਨੂੰ
[[PERSON:ਜੱਸ]] ਕਹਿੰਦੇ ਨੇ। ਇਹ ਪੋਸਟ ਉਹਨਾਂ ਲਈ ਹੈ ਜਿਹੜੇ ਸੋਚਦੇ ਨੇ ਕਿ complaint ਕਰਨ ਦਾ ਕੋਈ
ਫ਼ਾਇਦਾ ਨਹੀਂ।

ਅਸੀਂ Southall ਵਿੱਚ [[ADDRESS:Brent Meadow estate]] ਤੇ, [[ADDRESS:ਫਲੈਟ 27]] ਵਿੱਚ
ਰਹਿੰਦੇ ਹਾਂ। ਛੇ ਮਹੀਨੇ ਸਾਡੀ ਪਾਰਕਿੰਗ ਵਿੱਚ ਇੱਕ ਸੜੀ ਹੋਈ ਕਾਰ ਖੜ੍ਹੀ ਰਹੀ, ਨੰਬਰ
[[OTHER_ID:BD09 XUM]]। ਸ਼ੀਸ਼ੇ ਟੁੱਟੇ ਹੋਏ, ਅਤੇ ਨਿਆਣੇ ਉਸ ਵਿੱਚ ਖੇਡਦੇ। ਮੇਰਾ ਭਤੀਜਾ
[[PERSON:ਅਰਜਨ]], [[AGE:6 ਸਾਲ]] ਦਾ, ਇੱਕ ਦਿਨ ਕੱਚ ਨਾਲ ਹੱਥ ਵਢਾ ਬੈਠਾ।

ਮੈਂ [[OTHER_ID:@GreenfordValeHomes]] ਨੂੰ ਟੈਗ ਕਰ-ਕਰ ਕੇ ਥੱਕ ਗਿਆ। ਫਿਰ ਮੇਰੀ ਭੈਣ
[[PERSON:ਪ੍ਰੀਤ]] ([[OTHER_ID:@preet.kaur.art]]) ਨੇ ਕਿਹਾ, "ਵੀਰੇ, ਟੈਗ ਛੱਡ, formal
complaint ਪਾ।"

ਅਸੀਂ ਵੈੱਬਸਾਈਟ ਤੇ complaint ਪਾਈ, ref [[REFERENCE:GVH/C/40271]]। Stage 1 ਵਿੱਚ ਕਹਿੰਦੇ
ਕਾਰ ਕੌਂਸਲ ਦੀ ਜ਼ਿੰਮੇਵਾਰੀ ਹੈ। Stage 2 ਵਿੱਚ ਮੈਂ ਉਹਨਾਂ ਦਾ ਆਪਣਾ ਨਕਸ਼ਾ ਭੇਜਿਆ ਜਿਸ ਵਿੱਚ
ਪਾਰਕਿੰਗ ਉਹਨਾਂ ਦੀ ਜ਼ਮੀਨ ਤੇ ਦਿਖਦੀ ਸੀ। ਤਿੰਨ ਦਿਨਾਂ ਵਿੱਚ ਕਾਰ ਚੁੱਕੀ ਗਈ, ਅਤੇ ਉਹਨਾਂ ਦੀ
officer [[PERSON:ਲੀਸਾ]] ਨੇ [[PERSON:ਅਰਜਨ]] ਵਾਸਤੇ ਮਾਫ਼ੀ ਵੀ ਮੰਗੀ।

ਪੂਰੀ ਵੀਡੀਓ ਮੇਰੇ TikTok ਤੇ ਹੈ: [[OTHER_ID:tiktok.com/@jassdhillon_27]]। ਹਾਰ ਨਾ ਮੰਨੋ,
ਲਿਖ ਕੇ complaint ਕਰੋ ✊
"""),
    ),
    (
        "fv2h-pa-03",
        "pa",
        _s("""
ਸੇਵਾ ਵਿਖੇ, Housing Ombudsman Service

ਵਿਸ਼ਾ: ਕੇਸ ਨੰਬਰ [[REFERENCE:202521068]] — [[ORGANISATION:Leabrook Homes]] ਵਿਰੁੱਧ
ਸ਼ਿਕਾਇਤ

ਸ੍ਰੀਮਾਨ ਜੀ,

ਮੈਂ [[PERSON:ਬਲਵਿੰਦਰ ਸਿੰਘ ਗਿੱਲ]], ਜਨਮ ਮਿਤੀ [[DATE_OF_BIRTH:15-08-1955]],
[[ADDRESS:ਫ਼ਲੈਟ 3, 112 Soho Road]], Handsworth ਵਿਖੇ ਰਹਿੰਦਾ ਹਾਂ। ਮੇਰੀ ਉਮਰ [[AGE:70
ਸਾਲ]] ਹੈ, ਮੈਂ ਸਾਬਕਾ ਫ਼ੌਜੀ ਹਾਂ, ਅਤੇ ਮੈਨੂੰ [[HEALTH:ਪਾਰਕਿੰਸਨ]] ਦੀ ਬਿਮਾਰੀ ਹੈ।

2023 ਵਿੱਚ occupational therapist ਨੇ ਮੇਰੀਆਂ ਪੌੜੀਆਂ ਲਈ stairlift ਦੀ ਸਿਫ਼ਾਰਸ਼ ਕੀਤੀ।
ਮੇਰੀ ਡਾਕਟਰ, Dr [[PERSON:Anjali Mehra]], [[ADDRESS:Villa Road Surgery]], ਨੇ ਵੀ ਚਿੱਠੀ
ਦਿੱਤੀ, ਜਿਸ ਵਿੱਚ ਮੇਰਾ NHS ਨੰਬਰ [[OTHER_ID:485 777 3456]] ਲਿਖਿਆ ਹੈ।

Landlord ਦੇ ਸਰਵੇਅਰ [[PERSON:ਜੇਮਜ਼ ਹਾਰਟਲੀ]] ਨੇ 2024 ਵਿੱਚ ਮਾਪ ਲਏ, ਪਰ ਫਿਰ ਕਦੇ ਨਹੀਂ ਆਇਆ।
ਜਦੋਂ ਮੈਂ ਪੁੱਛਿਆ, ਤਾਂ ਦੱਸਿਆ ਗਿਆ ਕਿ [[PERSON:ਜੇਮਜ਼]] ਨੌਕਰੀ ਛੱਡ ਗਿਆ ਹੈ ਅਤੇ ਫ਼ਾਈਲ ਗੁੰਮ ਹੋ
ਗਈ ਹੈ। ਮੈਂ ਦੋਵੇਂ ਪੜਾਵਾਂ ਵਿੱਚ ਸ਼ਿਕਾਇਤ ਕੀਤੀ (ਹਵਾਲਾ [[REFERENCE:LH-88190]]), ਪਰ ਦੂਜੇ
ਪੜਾਅ ਦਾ ਜਵਾਬ 14 ਹਫ਼ਤਿਆਂ ਬਾਅਦ ਆਇਆ ਅਤੇ ਉਸ ਵਿੱਚ ਕੰਮ ਦੀ ਕੋਈ ਤਾਰੀਖ਼ ਨਹੀਂ ਸੀ।

ਮੇਰੀ ਬੇਨਤੀ ਹੈ ਕਿ ਤੁਸੀਂ ਇਸ ਮਾਮਲੇ ਦੀ ਜਾਂਚ ਕਰੋ। ਮੇਰੀ ਧੀ [[PERSON:ਪ੍ਰਭਜੋਤ]] ਮੇਰੇ ਵੱਲੋਂ
ਗੱਲ ਕਰ ਸਕਦੀ ਹੈ: [[PHONE:0121 496 0552]], [[EMAIL:prabhjot.gill@example.com]]।

ਧੰਨਵਾਦ ਸਹਿਤ, [[PERSON:ਬਲਵਿੰਦਰ ਸਿੰਘ ਗਿੱਲ]]

(ਛੇ ਮਹੀਨੇ ਬਾਅਦ [[PERSON:ਪ੍ਰਭਜੋਤ]] ਵੱਲੋਂ ਨੋਟ: Ombudsman ਨੇ maladministration ਪਾਈ। ਪਾਪਾ
ਜੀ ਦੀਆਂ ਪੌੜੀਆਂ ਤੇ stairlift ਲੱਗ ਗਈ ਹੈ ਅਤੇ £750 ਮੁਆਵਜ਼ਾ ਮਿਲਿਆ ਹੈ।)
"""),
    ),
    (
        "fv2h-pa-04",
        "pa",
        _s("""
ਕੰਧਾਂ ਦੀ ਸਿੱਲ੍ਹ — [[PERSON:ਸਿਮਰਨ ਕੌਰ ਬਰਾੜ]]

ਮੇਰੀ ਮਾਂ ਕਹਿੰਦੀ ਸੀ, ਘਰ ਦੀਆਂ ਕੰਧਾਂ ਸਭ ਸੁਣਦੀਆਂ ਨੇ। / ਸਾਡੇ [[ADDRESS:52 Nelson Road]]
ਵਾਲੇ ਘਰ ਦੀਆਂ ਕੰਧਾਂ ਨੇ ਤਿੰਨ ਸਰਦੀਆਂ ਖੰਘ ਸੁਣੀ — / ਨਿੱਕੇ [[PERSON:ਗੁਰਨੂਰ]] ਦੀ ਖੰਘ,
ਜਿਹੜਾ ਉਦੋਂ ਹਾਲੇ [[AGE:2 ਸਾਲ]] ਦਾ ਸੀ, / ਅਤੇ ਬਾਪੂ ਜੀ ਦੀ, ਜਿਨ੍ਹਾਂ ਨੂੰ [[HEALTH:ਦਮਾ]]
ਹੈ।

ਕੰਧਾਂ ਉੱਤੇ ਕਾਲੇ ਫੁੱਲ ਖਿੜੇ, / ਜਿਵੇਂ ਕਿਸੇ ਨੇ ਸਿਆਹੀ ਡੋਲ੍ਹ ਦਿੱਤੀ ਹੋਵੇ। / ਅਸੀਂ ਫ਼ੋਨ
ਕੀਤੇ — ਇੱਕ, ਦੋ, ਗਿਆਰਾਂ ਵਾਰ। / ਹਰ ਵਾਰ ਇੱਕ ਨਵਾਂ ਨੰਬਰ: [[REFERENCE:44718]],
[[REFERENCE:45102]], [[REFERENCE:46630]]।

ਫਿਰ ਮੈਂ ਲਿਖਣਾ ਸ਼ੁਰੂ ਕੀਤਾ। / ਤਾਰੀਖ਼ਾਂ, ਤਸਵੀਰਾਂ, / ਅਤੇ [[PERSON:ਗੁਰਨੂਰ]] ਦੇ ਇਨਹੇਲਰ
ਦੀ ਪਰਚੀ। / [[ORGANISATION:Northfield Homes]] ਨੂੰ ਇੱਕ ਚਿੱਠੀ, / ਜਿਸ ਦਾ ਸਿਰਲੇਖ ਸੀ:
ਸ਼ਿਕਾਇਤ।

ਉਸ ਚਿੱਠੀ ਨੇ ਉਹ ਕਰ ਦਿੱਤਾ / ਜੋ ਗਿਆਰਾਂ ਫ਼ੋਨ ਨਾ ਕਰ ਸਕੇ। / [[PERSON:ਡੇਵਿਡ]] ਨਾਂ ਦਾ ਇੱਕ
ਬੰਦਾ ਆਇਆ, / ਨਮੀ ਮਾਪਣ ਵਾਲੀ ਮਸ਼ੀਨ ਲੈ ਕੇ, / ਅਤੇ ਪਹਿਲੀ ਵਾਰ ਕਿਸੇ ਨੇ ਕਿਹਾ: ਗ਼ਲਤੀ
ਸਾਡੀ ਹੈ।

ਹੁਣ ਕੰਧਾਂ ਚਿੱਟੀਆਂ ਨੇ। / [[PERSON:ਗੁਰਨੂਰ]] [[AGE:ਚਾਰ ਸਾਲ]] ਦਾ ਹੈ, / ਅਤੇ
[[ADDRESS:ਗੁਰਦੁਆਰਾ ਸਿੰਘ ਸਭਾ]] ਤੋਂ ਘਰ ਤੱਕ ਦੌੜ ਕੇ ਆਉਂਦਾ ਹੈ। / ਕੰਧਾਂ ਹੁਣ ਉਸ ਦਾ ਹਾਸਾ
ਸੁਣਦੀਆਂ ਨੇ।
"""),
    ),
    (
        "fv2h-pa-05",
        "pa",
        _s("""
ਕੇਸ ਰਿਪੋਰਟ — ਸਾਂਝ ਸਲਾਹ ਕੇਂਦਰ, Beeston। ਵਲੰਟੀਅਰ: [[PERSON:ਹਰਪ੍ਰੀਤ ਸੋਹਲ]]

ਕਲਾਇੰਟ: [[PERSON:ਮਨਜੀਤ ਕੌਰ]] ([[PERSON:Manjit Kaur]]), ਉਮਰ [[AGE:44]],
[[ADDRESS:ਫ਼ਲੈਟ 8B, Ashgrove House]], [[POSTCODE:LS11 0QT]]। ਬੱਚੇ: ਬੇਟਾ
[[PERSON:ਅਮਨਦੀਪ]] ([[AGE:15]]) ਅਤੇ ਬੇਟੀ [[PERSON:ਸਿਮਰ]] ([[AGE:11]])।

ਪਿਛੋਕੜ: [[PERSON:ਮਨਜੀਤ]] ਜੀ ਦੇ ਪਤੀ, ਸਰਦਾਰ [[PERSON:ਕੁਲਦੀਪ ਸਿੰਘ]], ਦੀ ਮਾਰਚ ਵਿੱਚ
[[HEALTH:ਦਿਲ ਦੇ ਦੌਰੇ]] ਨਾਲ ਮੌਤ ਹੋ ਗਈ। ਟੈਨੈਂਸੀ ਉਹਨਾਂ ਦੇ ਨਾਂ ਤੇ ਸੀ।
[[ORGANISATION:Holbeck Rise Housing]] ਨੇ ਚਿੱਠੀ ਭੇਜੀ ਕਿ [[PERSON:ਮਨਜੀਤ]] ਜੀ ਨੂੰ 'use
and occupation' ਦੇ ਪੈਸੇ ਭਰਨੇ ਪੈਣਗੇ ਅਤੇ ਘਰ ਖ਼ਾਲੀ ਕਰਨਾ ਪਵੇਗਾ, ਜਦ ਕਿ ਕਾਨੂੰਨ ਮੁਤਾਬਕ
ਪਤਨੀ ਨੂੰ succession ਦਾ ਹੱਕ ਹੈ। ਉਸੇ ਵੇਲੇ Housing Benefit ਵੀ ਰੁਕ ਗਿਆ।

ਕਾਰਵਾਈ: ਅਸੀਂ stage 1 complaint ਲਿਖੀ (tenancy ref [[REFERENCE:HRH/004417]])। ਕੌਂਸਲ ਨੂੰ
Housing Benefit claim ਨੰਬਰ [[REFERENCE:31094475]] ਅਤੇ [[PERSON:ਮਨਜੀਤ]] ਜੀ ਦਾ NI ਨੰਬਰ
[[NI_NUMBER:TK402815C]] ਭੇਜ ਕੇ claim ਮੁੜ ਚਾਲੂ ਕਰਵਾਇਆ।

ਨਤੀਜਾ: ਦਸ ਦਿਨਾਂ ਵਿੱਚ landlord ਨੇ ਗ਼ਲਤੀ ਮੰਨੀ, ਟੈਨੈਂਸੀ [[PERSON:ਮਨਜੀਤ]] ਜੀ ਦੇ ਨਾਂ ਕਰ
ਦਿੱਤੀ, ਅਤੇ ਵੱਧ ਵਸੂਲੇ £612 ਉਹਨਾਂ ਦੇ ਖਾਤੇ ਵਿੱਚ ਵਾਪਸ ਪਾਏ: sort code
[[OTHER_ID:20-45-77]], account [[OTHER_ID:83920174]]। ਲਿਖਤੀ ਮਾਫ਼ੀ ਵੀ ਆਈ।

[[PERSON:ਮਨਜੀਤ]] ਜੀ ਦਾ ਕਹਿਣਾ ਹੈ: "ਦੁੱਖ ਦੇ ਦਿਨਾਂ ਵਿੱਚ ਘਰ ਖੁੱਸ ਜਾਣ ਦਾ ਡਰ ਸਭ ਤੋਂ ਵੱਡਾ
ਸੀ। ਹੁਣ ਬੱਚੇ ਆਪਣੇ ਸਕੂਲ ਦੇ ਨੇੜੇ ਹੀ ਰਹਿਣਗੇ।"

ਸੰਪਰਕ: [[PERSON:ਹਰਪ੍ਰੀਤ]], [[PHONE:0113 496 0281]]
"""),
    ),
    # -------------------------------------------------------------------- Urdu
    (
        "fv2h-ur-01",
        "ur",
        _s("""
میرا نام [[PERSON:راحت جبیں]] ہے۔ میں اپنی بیٹی [[PERSON:امید]] کے ساتھ
[[ADDRESS:33 Crossgate Terrace]] میں رہتی ہوں، [[ADDRESS:مدینہ مسجد]] کے بالکل سامنے۔
[[PERSON:امید]] [[AGE:سات سال]] کی ہے اور [[ADDRESS:Bankside Primary]] میں پڑھتی ہے۔

پچھلے سال جنوری میں ہمارا بوائلر خراب ہو گیا۔ میں نے [[ORGANISATION:Gledhow Homes]] کو
فون کیا تو ہر بار یہی جواب ملا کہ انجینئر "next week" آئے گا۔ تین ہفتے ہم نے کیتلی میں
پانی گرم کر کے گزارے۔ اسی دوران [[PERSON:امید]] کو [[HEALTH:سینے کا انفیکشن]] ہو گیا اور
دو راتیں ہسپتال میں گزریں۔

لوگ کہتے ہیں میرے نام کا مطلب سکون ہے، لیکن اس سردی میں مجھے ذرا بھی راحت نہیں ملی۔ سچ
کہوں تو مجھے کوئی امید نہیں تھی کہ ایک خط سے کچھ بدلے گا۔

پھر میری پڑوسن، خالہ [[PERSON:نسیم]]، نے کہا کہ فون چھوڑو، تحریری شکایت کرو۔ انہوں نے
انگریزی میں خط لکھنے میں مدد کی، اور مجھے شکایت کا نمبر ملا: [[REFERENCE:GH-CMP-20577]]۔
سات دن کے اندر جواب آیا۔ [[ORGANISATION:Gledhow Homes]] نے معافی مانگی، نیا بوائلر لگایا،
۱۶۰ پاؤنڈ ہرجانہ دیا، اور ہمارے ریکارڈ میں لکھ دیا کہ گھر میں چھوٹی بچی ہے اس لیے ہیٹنگ
کی خرابی ایمرجنسی مانی جائے گی۔

اب جب [[PERSON:امید]] گرم پانی سے نہاتی ہے تو ہنس کر کہتی ہے: "امی، اب تو ہمیں بھی
راحت مل گئی!"
"""),
    ),
    (
        "fv2h-ur-02",
        "ur",
        _s("""
روزنامچہ — [[PERSON:محمد اقبال قریشی]]، [[ADDRESS:71 Pelican Street]]

۳ جنوری: آج پھر چھت سے پانی ٹپکا۔ بیٹھک میں بالٹی رکھ دی۔

۵ جنوری: [[ORGANISATION:Bowling Park Homes]] کو فون کیا۔ ایک لڑکی نے جاب نمبر
[[REFERENCE:66120]] دیا اور کہا دس دن میں کوئی آئے گا۔

۱۶ جنوری: کوئی نہیں آیا۔ پوتے [[PERSON:زین]] نے کہا، دادا ابو، آپ ای میل کریں۔ میں نے
کہا بیٹا، میری عمر [[AGE:۷۸ برس]] ہے، ای میل تم ہی کرو۔

۲۲ جنوری: [[PERSON:جیمز]] نام کا ایک انجینئر آیا۔ شریف آدمی ہے، چائے پی، سیڑھی لگا کر
چھت دیکھی اور کہا ٹائلیں ٹوٹی ہیں، scaffolding لگے گی۔

۱۴ فروری: scaffolding نہیں لگی۔ بیگم [[PERSON:شمیم]] کی کھانسی بڑھ گئی، ڈاکٹر نے کہا
[[HEALTH:نمونیا]] ہے۔

۱۵ فروری: [[PERSON:زین]] نے آن لائن شکایت لکھ دی۔ فارم میں تاریخِ پیدائش بھی مانگی تھی،
تو [[DATE_OF_BIRTH:۱۴-۰۸-۱۹۴۷]] لکھوائی۔ (وہ ہنس کر بولا، دادا ابو، آپ تو بہت پرانا ماڈل
ہیں۔)

۲۸ فروری: جواب آ گیا، حوالہ نمبر [[REFERENCE:BPH/C/7781]]۔ معافی مانگی اور لکھا کہ
[[PERSON:جیمز]] کی رپورٹ سسٹم میں درج ہی نہیں ہوئی تھی۔

۱۰ مارچ: scaffolding لگ گئی، نئی ٹائلیں لگیں۔ ۲۵۰ پاؤنڈ ہرجانہ بھی ملا۔

۱۱ مارچ: آج خوب بارش ہوئی اور بالٹی خالی رہی۔ الحمدللہ۔ [[PERSON:شمیم]] نے کہا،
[[PERSON:اقبال]] صاحب، اب ڈائری میں کچھ اچھا بھی لکھ دیجیے۔
"""),
    ),
    (
        "fv2h-ur-03",
        "ur",
        _s("""
بخدمت: شعبۂ شکایات، [[ORGANISATION:Fairhaven Housing Association]]
موضوع: اسٹیج 2 شکایت — مرمت میں تاخیر اور امتیازی سلوک

محترم جناب / محترمہ،

میں، [[PERSON:نسرین اختر]]، [[ADDRESS:Flat 15, Kestrel House]]، Walsall
[[POSTCODE:WS2 8PL]] کی کرایہ دار ہوں۔ میں 2021 میں [[OTHER_SPECIAL:پناہ گزین]] کی حیثیت
سے برطانیہ آئی تھی اور اب میرے پاس [[OTHER_SPECIAL:refugee status]] ہے۔

پچھلے آٹھ مہینے سے ہمارے غسل خانے کا فرش گل رہا ہے اور ایک جگہ سے دھنس بھی گیا ہے۔ میرا
بیٹا [[PERSON:فیضان]]، عمر [[AGE:گیارہ سال]]، ایک بار اس میں پاؤں پھنسا کر گر چکا ہے۔

ہر بار فون پر مجھ سے میرا BRP نمبر مانگا گیا، جو میں نے دیا: [[OTHER_ID:ZU4518372]]۔
حالانکہ مرمت کا میری امیگریشن حیثیت سے کوئی تعلق نہیں۔ میرا نیشنل انشورنس نمبر
[[NI_NUMBER:SK 20 46 81 A]] بھی آپ کے ریکارڈ میں پہلے سے موجود ہے۔

اسٹیج 1 کے جواب (حوالہ [[REFERENCE:FHA/ST1/5521]]) میں صرف اتنا لکھا تھا کہ "کام شیڈول
ہو گیا ہے"، مگر کوئی تاریخ نہیں دی گئی۔ ہماری مسجد، [[ADDRESS:مرکزی جامع مسجد بلال]]، کے
امام صاحب نے بھی اس خط کی تائید میں دستخط کیے ہیں۔

میرا مطالبہ ہے کہ فرش دو ہفتے کے اندر ٹھیک کیا جائے، اور آئندہ مرمت کے لیے امیگریشن
دستاویزات نہ مانگی جائیں۔ رابطہ: [[PHONE:07700 900167]]۔

(بعد میں: اسٹیج 2 پر شکایت منظور ہوئی۔ نیا فرش لگ گیا، اور [[ORGANISATION:Fairhaven]] نے
تحریری طور پر تسلیم کیا کہ BRP نمبر مانگنا غلط تھا۔)
"""),
    ),
    (
        "fv2h-ur-04",
        "ur",
        _s("""
انسٹاگرام پوسٹ — [[OTHER_ID:@sana.bakes.brum]]

تو guys، آج ایک serious post 🙏 میں [[PERSON:ثنا]] ہوں، اور میری چھوٹی بہن، جسے سب
[[PERSON:گڑیا]] کہتے ہیں (اصل نام [[PERSON:عائشہ]])، [[AGE:۱۹ سال]] کی ہے اور اسے
[[HEALTH:مرگی]] ([[HEALTH:epilepsy]]) ہے۔ ہم امی کے ساتھ Sparkbrook میں
[[ADDRESS:Stratford Court]] کے [[ADDRESS:فلیٹ نمبر ۲۰۴]] میں رہتے ہیں۔

پچھلے سال ہمارے block کا fire alarm مہینوں خراب رہا۔ [[PERSON:گڑیا]] کو رات کو fits آتے
ہیں، اور امی کو ڈر تھا کہ اگر آگ لگی تو ہمیں پتا بھی نہیں چلے گا۔ ہم نے
[[OTHER_ID:@BrumCityHomes]] کو بار بار DM کیا، جواب بس "we've passed this on" 🙄

پھر ایک رات fire brigade والے خود آ گئے، کسی اور کی کال پر، اور پوچھنے لگے یہ alarm کب
سے بند ہے؟ اسی رات میں نے proper complaint لکھی، ref [[REFERENCE:BCH-77314]]۔ Stage 1
میں جواب آیا کہ غلطی contractor کی تھی، [[ORGANISATION:Sentinel Fire Systems]] کی۔ میں
نے لکھا: contractor آپ کا ہے، تو ذمہ داری بھی آپ کی ہے۔

Stage 2 میں انہوں نے مان لیا۔ پورے block میں نیا alarm لگا، [[PERSON:گڑیا]] کے کمرے میں
vibrating pillow alarm بھی، اور £300۔ Housing officer، مس [[PERSON:ریچل]]، نے گھر آ کر
امی سے معافی مانگی۔

آپ کا alarm بھی کام نہیں کر رہا؟ DM مت کریں، complaint کریں ✊
"""),
    ),
    (
        "fv2h-ur-05",
        "ur",
        _s("""
From: [[PERSON:Tahir Mehmood]] <[[EMAIL:tahir.mehmood72@example.com]]>
Date: Mon, 2 Mar 2026, 10:41
To: [[PERSON:Shabana Mehmood]] <[[EMAIL:shabana.m@example.org]]>
Subject: Fwd: RE: Damp complaint – [[ADDRESS:19 Mill Lane]]

[[PERSON:شبانہ]]، نیچے [[ORGANISATION:Hollins Brook Homes]] کا جواب دیکھو۔ آخرکار انہوں
نے مان لیا ہے۔ میں نے ڈاکٹر کا خط بھی بھیجا تھا جس میں [[PERSON:حمزہ]] کا NHS نمبر
[[OTHER_ID:9990412635]] لکھا ہوا تھا، شاید اسی سے فرق پڑا۔ بدھ کو میں چھٹی لے لوں گا
تاکہ سروے والوں کے ساتھ رہ سکوں۔

---------- Forwarded message ----------
From: Complaints Team <[[EMAIL:complaints@hollinsbrook.example]]>
Date: Fri, 27 Feb 2026, 16:05
To: [[EMAIL:tahir.mehmood72@example.com]]
Subject: RE: Damp complaint – [[ADDRESS:19 Mill Lane]]

Dear Mr [[PERSON:Mehmood]], your stage 1 complaint (ref [[REFERENCE:HBH-1190]]) is
upheld. A damp survey is booked for Wednesday 4 March at 9am, and we will pay £200 for the
time this has taken. Yours sincerely, [[PERSON:Alison Carr]], Complaints Officer

---------- Original message ----------
From: [[PERSON:Tahir Mehmood]] <[[EMAIL:tahir.mehmood72@example.com]]>
Date: Sun, 15 Feb 2026, 21:30
Subject: Damp complaint – [[ADDRESS:19 Mill Lane]]

محترم، میں [[ADDRESS:19 Mill Lane]] میں اپنی بیوی [[PERSON:شبانہ]] اور دو بچوں کے ساتھ
رہتا ہوں۔ بچوں کے کمرے میں سیلن اور کالی پھپھوندی ہے۔ میرے بیٹے [[PERSON:حمزہ]] کی عمر
[[AGE:پانچ سال]] ہے اور اسے [[HEALTH:دمہ]] ہے۔ میں نے پانچ بار فون کیا؛ آخری کال پر کہا
گیا کہ کھڑکیاں کھولیں۔ فروری میں؟ برائے مہربانی اسے باضابطہ شکایت سمجھا جائے۔ فون:
[[PHONE:0113 496 0719]]۔ [[PERSON:طاہر محمود]]
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
