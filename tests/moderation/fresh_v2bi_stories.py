"""Fresh version-2 PII test stories, batch bi.

Damp, repair and noise diaries: residents who were told by a housing officer, a
councillor or the Ombudsman to "write it all down" and then sent the log in as their
story, in English, Polish, Romanian, Arabic, Urdu, Bengali and Punjabi (Gurmukhi).
Entries are clipped and dated ("Mon 6 Jan -", "14.02 -", "٣ مارس:", "੧੧ ਨਵੰਬਰ:"), many
with times, and end with a few lines on how it was put right. They carry operatives'
first names and nicknames, surveyors' surnames, initials ("spoke to K"), neighbours'
flats by number, job, complaint, ASB, police and Ombudsman numbers, children's ages,
named schools, GP surgeries and places of worship (ADDRESS), DOBs given to surgeries,
NHS numbers, contractors' van registrations, portal usernames and an immigration share
code (OTHER_ID), bank sort code and account number, emails spelt out in words.
Decisions: a standalone initial is PERSON without its full stop; inflected and
genitive forms (Zuzi, Wojtka, নাফিসার) are marked whole; a bare flat or house number
that points at a home ("no. 25", "flat 5", "شقة ١٥", "ਫ਼ਲੈਟ ੧੮") is ADDRESS; kinship
words, honorifics (pan, nea, ভাই, ਆਂਟੀ), towns, hospitals, landlords' office streets,
dates of events, temperatures, money, counts, a boiler's age and age ranges
("over 75", "ponad 75 lat") stay unmarked; religion is OTHER_SPECIAL only where stated
outright, not where implied by attending a named mosque or church.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 7 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 68.6% of 35, recall 98.0%, precision 76.6%, on the committed
detector 5e6acc4 (the detector that landed, after round 55); leak-free by language ar 5, bn 4, en 3, pa 4, pl 4, ro 3, ur 1 of 5.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2bi-en-01",
        "en",
        _s("""
DAMP & MOULD LOG kept by [[PERSON:Shanice Campbell]], [[ADDRESS:Flat 14, Hawthorn Court]],
[[POSTCODE:ls9 7qp]]. Tenancy ref [[REFERENCE:AH/0093321]]. Started this because Mrs
[[PERSON:D. Okafor]] (housing officer) said write everything down with dates.

Mon 6 Jan - black mould back on the wall behind [[PERSON:Amara]]'s cot. she's
[[AGE:11 months]]. took 9 photos, sent to [[EMAIL:repairs@aireside.example.org]]. rang
[[PHONE:0113 496 0712]], job no [[REFERENCE:4471902]].
Thu 9 Jan - nobody came. rang again 11.20, spoke to [[PERSON:K]]. in the contact centre,
she said the job was "closed in error". new job [[REFERENCE:4471958]].
Tue 14 Jan, 8.40am - [[PERSON:Gaz]] came, sprayed the wall, told me open windows + stop
drying clothes inside. I don't dry clothes inside.
Fri 17 Jan - [[PERSON:Tyrell]] ([[AGE:6]]) coughing all night, kept him off
[[ADDRESS:Brackenwood Primary]]. GP at [[ADDRESS:Harehills Lane Surgery]] says his
[[HEALTH:asthma]] is worse + wrote a letter for [[ORGANISATION:Aireside Homes]].
Wed 22 Jan - formal complaint by email. complaint no. [[REFERENCE:CMP-22871]].
Mon 3 Feb - surveyor Mr [[PERSON:Whitlock]] came 2pm. gutter blocked above the bedroom,
downpipe cracked, cavity insulation soaked. Said straight out "this isn't condensation".
Tue 11 Feb - [[ORGANISATION:DampTech Solutions]] van outside ([[OTHER_ID:YD21 KFO]]), 2 men
all day. gutter cleared, pipe replaced, wall treated, fan in the bathroom.
Fri 28 Feb - wall dry. stage 1 reply upheld my complaint, £350 + £75 for the cot mattress.

How it got put right: once the surveyor came it took 8 days. Before that, 7 weeks of phone
calls. [[ORGANISATION:Aireside Homes]] told me a 2nd mould report on the same room now goes
straight to a surveyor, not an operative with a spray, and they've taken the word
"lifestyle" out of their letters. Keep a diary. It's the diary that did it.
"""),
    ),
    (
        "fv2bi-en-02",
        "en",
        _s("""
NOISE LOG for the ASB team at [[ORGANISATION:Thameshill Housing Association]], case
[[REFERENCE:ASB-2025-0417]]. [[PERSON:Declan O'Brien]], [[ADDRESS:Flat 21, Lanyard House]],
[[POSTCODE:SE8 4RW]]. Flat above = [[ADDRESS:no. 25]].

Sat 1 Mar, 23.40 – bass through the ceiling till 03.10. Recorded on the Noise App, report
[[REFERENCE:N-55102]].
Sun 2 Mar, 00.15 – same again. Went up. Lad who opened said he's [[PERSON:Rocco]], told me
to buy earplugs.
Tue 4 Mar – [[PERSON:Cillian]] ([[AGE:15]]) has mocks at [[ADDRESS:Ravensbourne Vale School]]
all week. Doing them on 4 hrs sleep.
Wed 5 Mar – rang the ASB line [[PHONE:020 7946 0381]]. Told [[PERSON:Priya]] from env
health would ring back. She didn't.
Fri 7 Mar, 01.50 – music + shouting on the landing, someone kicked our door. Police came,
CAD [[REFERENCE:1187/07MAR]].
Sun 9 Mar – turns out he posts the parties on TikTok, [[OTHER_ID:@rocco.beatz]]. You can
hear our light fitting rattle. Sent the links to [[EMAIL:asb@thameshill.example.org]].
Mon 10 Mar – GP upped my meds, my [[HEALTH:anxiety]] is the worst it's been.
[[PERSON:Siobhán]] took [[PERSON:Cill]] to her sister's in Lewisham for the week.
Thu 13 Mar – officer [[PERSON:T. Banjo]] came out, fitted a noise recorder for 14 nights.
Thu 27 Mar – recorder caught 9 nights over the limit. Warning letter to [[ADDRESS:no. 25]].
Tue 15 Apr – mediation at the [[ORGANISATION:Thameshill]] office on Creek Road. He came.
Said sorry to [[PERSON:Siobhán]], not to me, but fine.
May – quiet. His floor was bare boards (tenancy says carpet), so they laid acoustic
underlay and carpet up there at their cost.

What fixed it: the recorder, and dates + times instead of "it's constant".
[[ORGANISATION:Thameshill]] admitted my first 3 calls were logged as "noise – advice
given", not ASB, so nothing happened for a fortnight. Now a second call about the same
flat opens a case automatically and you get a named officer within 5 days. Keep the log
even when it feels pointless.
"""),
    ),
    (
        "fv2bi-en-03",
        "en",
        _s("""
Written up by [[PERSON:Nkechi Adeyemi]] for my mum, [[PERSON:Folasade Adeyemi]],
[[ADDRESS:41 Mountfield]], [[POSTCODE:BS5 6JX]]. Mum is [[AGE:76]], has [[HEALTH:COPD]]
and lives alone. Landlord [[ORGANISATION:Severnvale Homes]].

Heating + hot water log.
29.11 - boiler showing F28. rang [[PHONE:0117 496 0254]] 6pm. job [[REFERENCE:WL-883120]],
told 'within 24 hrs'. lounge 14°C.
30.11 - nobody. 13°C. took mum 2 fan heaters.
02.12 - [[PERSON:Mo]] from [[ORGANISATION:Warmline Gas Services]] came, van
[[OTHER_ID:WU70 GZK]]. needs a new gas valve, ordered.
05.12 - no part. mum's breathing bad, out-of-hours GP asked for her DOB,
[[DATE_OF_BIRTH:12/04/1948]], and NHS no. [[OTHER_ID:485 777 3456]]. said keep her warm!!
06.12 - logged into her account on the portal (username [[OTHER_ID:fadeyemi48]]) - job
says "completed". It is not completed.
09.12 - complaint by phone + email to [[EMAIL:customer.care@severnvale.example.com]].
complaint ref [[REFERENCE:SVH/CMP/4402]].
10.12 - [[PERSON:Janice]] from complaints rang back within the hour. Said mum should have
been flagged vulnerable from the start, she's been on their list since 2019.
11.12 - [[PERSON:Mo]] back, new valve fitted, radiators on by 3pm. 21°C by teatime.
18.12 - practice nurse at [[ADDRESS:Rosemead Health Centre]] checked mum over, chest better.

Put right: apology letter, £220, and a priority marker on mum's home. [[ORGANISATION:Severnvale
Homes]] told me their contact centre couldn't see the vulnerability flag when a job was
raised, so it went in as routine. They've changed the screen so it shows, and anyone with a
breathing condition or aged over 75 who has no heating now gets heaters the same day. The
portal said "completed" because the contractor closed jobs when it ordered parts; that's
been stopped.
"""),
    ),
    (
        "fv2bi-en-04",
        "en",
        _s("""
Leak diary. [[PERSON:Grace Mensah]], [[ADDRESS:27 Cobden Mill]], Ancoats,
[[POSTCODE:M4 6BH]]. [[ORGANISATION:Irwell Park Housing]] tenant since 2016.

Sun 14 Apr, 7am – water coming through the bathroom light fitting. Electrics tripped. Flat
above is [[ADDRESS:number 31]]. Knocked – no answer.
Sun 14 Apr, 9.30 – emergency line, [[PHONE:0161 496 0837]]. Man said the job number was
[[REFERENCE:four four nine, double two, eight one]]. Told to keep the lights off.
Mon 15 – [[PERSON:Bill]] from caretaking got in upstairs with the master key, washing machine
hose split. Stopped it. Mr [[PERSON:Hollis]] upstairs apologised, he'd been at his
daughter's.
Tue 16 – ceiling bulging, brown ring. [[PERSON:Kwame]] ([[AGE:9]]) won't use the bathroom,
scared it'll come down on him. Sent photos from [[EMAIL:gmensah@example.com]] to
[[EMAIL:repairs@irwellpark.example.net]].
Fri 19 – nobody. Water bill came, at least that's normal.
Mon 22 – rang 3 times. Each time "passed to the team".
Thu 25 – complaint online, ref [[REFERENCE:IPH-C-10492]].
Tue 30 – surveyor [[PERSON:Mark Ellery]] came. Said the plasterboard has to come down,
he can't mark it as cosmetic.
Thu 2 May – [[ORGANISATION:Pennine Plumbing Ltd]] electrician signed the lights off.
Wed 8 May – new ceiling, painted. I took 2 days' unpaid leave for the visits.

After: the stage 1 response agreed 3 weeks was too long for a bulging ceiling over a bath.
£300 + the 2 days' pay. [[ORGANISATION:Irwell Park]] now treat any leak that reaches
electrics as a 24-hour job, and the operative books the follow-up visit before leaving
instead of "passed to the team". I hope it sticks. [[PERSON:Bill]] was brilliant, I want
that on record.
"""),
    ),
    (
        "fv2bi-en-05",
        "en",
        _s("""
Adaptations diary – [[PERSON:Kev]] & [[PERSON:Donna Fairbrother]], [[ADDRESS:2a Ferncliffe]],
Lindley, [[POSTCODE:hd34er]]. Our OT said keep a log so here it is. [[PERSON:Donna]] has
[[HEALTH:MS]] and since last autumn can't manage the bath or the step at the back door.

8 Jul – OT assessment, [[PERSON:Ruth]], recommended level-access shower + ramp. Ref
[[REFERENCE:OT/55219]].
22 Jul – grant form for [[ORGANISATION:Wyreham District Council]]. Needed [[PERSON:Donna]]'s NI no.
[[NI_NUMBER:JR 73 55 20 C]] and DOB ([[DATE_OF_BIRTH:19th June 1981]]).
5 Aug – heard nothing. rang [[PHONE:01632 960418]]. grant ref [[REFERENCE:DFG/22/0183]].
2 Sep – [[PERSON:Donna]] fell getting out of the bath. A&E at Huddersfield Royal, no break.
3 Sep – emailed photos of the bathroom + the A&E letter to
[[EMAIL:adaptations@wyreham-dc.example.org]].
12 Sep – [[PERSON:Lily-Mae]] ([[AGE:3]]) started at [[ADDRESS:Little Acorns Nursery]]. I'm
doing drop-off + [[PERSON:Donna]]'s care, can't keep chasing as well.
20 Sep – Cllr [[PERSON:Haigh]] emailed them for us.
1 Oct – grant approved. [[ORGANISATION:Ableform Adaptations]] booked for 4 Nov.
4 Nov – 2 fitters, [[PERSON:Stu]] and [[PERSON:Robbie]]. Van reg [[OTHER_ID:YJ19 MXC]].
bath out.
15 Nov – shower done, ramp done. [[PERSON:Donna]] had her first shower on her own in a year.

Put right: the council apologised that the form sat in a shared inbox for 6 weeks. They now
text you the name of your grant officer within 5 working days, and a fall while you're
waiting bumps the case up. Lesson for anyone: get your councillor to ask, and write it all
down.
"""),
    ),
    (
        "fv2bi-pl-01",
        "pl",
        _s("""
Dziennik wilgoci – [[PERSON:Agnieszka Wróblewska]], [[ADDRESS:flat 3, 17 Dunstable Road]],
Luton, [[POSTCODE:lu4 8qd]]. Pani z housingu powiedziała, żeby wszystko zapisywać z datami,
to zapisuję.

12 lutego: grzyb w sypialni dzieci, czarne plamy za szafą i na suficie. Zdjęcia wysłane na
[[EMAIL:repairs@chilternvale.example.org]]. Dzwoniłam na [[PHONE:0808 157 0193]], nr
zlecenia [[REFERENCE:7730215]].
14.02 – [[PERSON:Zuzia]] ([[AGE:4 lata]]) znowu kaszle w nocy. Wizyta w
[[ADDRESS:Castle Street Medical Centre]], lekarka mówi [[HEALTH:zapalenie oskrzeli]].
17 lutego: przyszedł [[PERSON:Darek]] od kontraktora, pomalował ścianę farbą
przeciwgrzybiczą. 20 minut i poszedł.
21 lutego: plamy wracają. Sąsiadka z [[ADDRESS:flat 5]], pani [[PERSON:Ewa]], ma to samo w
kuchni.
24.02 – [[PERSON:Kuba]] ([[AGE:7 lat]]) nie poszedł do [[ADDRESS:Beechwood Primary]], bo
całą noc siedziałam z [[PERSON:Zuzią]] i rano nie dałam rady.
25 lutego: skarga na piśmie, nr skargi [[REFERENCE:CVH-1187]].
3 marca: surveyor, pan [[PERSON:Harrison]]. Zajrzał na strych – nad pokojem dzieci w
ogóle nie ma izolacji. Powiedział, że to nie nasza wina.
10–12 marca: [[ORGANISATION:Mould-Away Ltd]] – izolacja na strychu, nowy wentylator,
ściana skuta i otynkowana na nowo.
28 marca: odpowiedź na skargę: przeprosiny, 400 funtów, nowy materac dla [[PERSON:Zuzi]].

Jak to naprawili: od zgłoszenia do wizyty surveyora minęły trzy tygodnie, potem poszło
szybko. [[ORGANISATION:Chiltern Vale Housing]] sprawdziło strychy w całym bloku – w
czterech mieszkaniach też brakowało izolacji, między innymi u pani [[PERSON:Ewy]]. Rada
dla innych: róbcie zdjęcia co tydzień, z datą, i proście, żeby ktoś zajrzał na strych.
"""),
    ),
    (
        "fv2bi-pl-02",
        "pl",
        _s("""
Notatki o hałasie dla [[ORGANISATION:Nene Homes]], sprawa ASB nr
[[REFERENCE:NH-ASB-0662]]. [[PERSON:Marek Zieliński]], [[ADDRESS:44B Lincoln Road]],
Peterborough, [[POSTCODE:PE1 2SN]].

Sąsiad z góry, [[ADDRESS:44C]], wszyscy na ulicy mówią na niego [[PERSON:Łysy]].
pt 7.06, 23:15 – muzyka, bas, skakanie. Do 2:40.
sob 8.06, 0:30 – to samo + krzyki na klatce. [[PERSON:Antoś]] ([[AGE:8 miesięcy]])
obudzony trzy razy.
nd 9.06 – poszedłem na górę spokojnie pogadać. Usłyszałem, że "to jego mieszkanie".
wt 11.06 – dzwoniłem do [[ORGANISATION:Nene]], [[PHONE:0306 999 0147]]. Kazali pisać dziennik. Piszę.
śr 12.06 – żona, [[PERSON:Kasia]], u lekarza: [[HEALTH:depresja poporodowa]]. Lekarz pyta,
czy śpimy. Nie śpimy.
pt 14.06, 1:10 – policja, nr zdarzenia [[REFERENCE:PE-24-117305]].
pon 17.06 – pani [[PERSON:Sharon Mills]] z ASB oddzwoniła. Nagrania wysłałem na
[[EMAIL:s.mills@nenehomes.example.org]] z mojego [[EMAIL:marek.zielinski@example.net]].
24.06 – założyli nam urządzenie do nagrywania hałasu na 2 tygodnie.
8.07 – nagrało 11 nocy. [[PERSON:Łysy]] dostał ostrzeżenie na piśmie.
lipiec – mediacja w biurze [[ORGANISATION:Nene Homes]] na Bridge Street. Przyszedł.
Przeprosił nawet [[PERSON:Kasię]].
sierpień – cisza, raz tylko głośniej, w jego urodziny, do północy. Przeżyjemy.

Co pomogło: nagrania z datą i godziną, a nie ogólne "ciągle hałasują". [[ORGANISATION:Nene
Homes]] przyznało, że czekało z urządzeniem, aż będzie "wystarczająco dużo skarg", i teraz
wysyła je od razu, jeśli w domu jest małe dziecko albo ktoś chory. Z [[PERSON:Kasią]] w
końcu śpimy, [[PERSON:Antoś]] też.
"""),
    ),
    (
        "fv2bi-pl-03",
        "pl",
        _s("""
Zapiski o ogrzewaniu u mamy. Piszę ja, [[PERSON:Bożena Kowalczyk]], córka. Mama:
[[PERSON:Halina Nowak]], ur. [[DATE_OF_BIRTH:3 marca 1944]], [[ADDRESS:Flat 9, Orchard
House]], Slough, [[POSTCODE:sl1 3xq]]. Mama ma [[AGE:80 lat]], jest po [[HEALTH:udarze]],
ma [[HEALTH:cukrzycę]] i słabo mówi po angielsku.

pon. 2 grudnia – kaloryfery zimne, w kuchni 13 stopni. Mama zgłosiła, jak umiała, pod
[[PHONE:0118 496 0521]]. Nr joba [[REFERENCE:TV-40917]].
3 XII – nikt nie przyszedł. Zawiozłam grzejnik elektryczny i koce.
4 XII – na portalu [[ORGANISATION:Thames Valley Homes Trust]] (login mamy
[[OTHER_ID:hnowak1944]]) widzę: wizyta była wczoraj, "tenant refused". Mama mówi, że ktoś
coś mówił w drzwiach, nie zrozumiała, pan poszedł.
5 XII, 10:30 – byłam na miejscu. Pan [[PERSON:Steve]] z [[ORGANISATION:HeatFirst
Services]], biały van [[OTHER_ID:KX68 PLU]]. Pompa do wymiany, część zamówiona. Bardzo
miły, przepraszał.
9 XII – dalej brak części. Mamie spuchły nogi. Rejestracja w [[ADDRESS:Farnham Road
Practice]] pytała o datę urodzenia i numer NHS – [[OTHER_ID:721 448 9036]].
11 XII – skarga mailem z [[EMAIL:bozena.kowalczyk@example.com]], nr
[[REFERENCE:TVHT/CX/2290]]. Napisałam, że mama ma ponad 75 lat i mieszka sama.
12 XII – zadzwoniła pani [[PERSON:Marta]] z działu skarg, też [[OTHER_SPECIAL:Polka]],
rozmawiała z mamą po polsku. W ciągu godziny przywieźli dwa grzejniki olejowe.
13 XII – pan [[PERSON:Steve]] wrócił, pompa wymieniona, ciepło.

Jak naprawili: przeprosiny na piśmie, 250 funtów i zwrot za prąd. [[ORGANISATION:Thames
Valley Homes Trust]] przyznało, że "tenant refused" było nieprawdą – mama po prostu nie
zrozumiała. Teraz, jeśli lokator ma wpisany kontakt do rodziny, wykonawca dzwoni do tej
osoby przed wizytą. Ja jestem wpisana jako kontakt mamy. Polecam każdemu zaglądać na
portal, tam widać, co naprawdę piszą.
"""),
    ),
    (
        "fv2bi-pl-04",
        "pl",
        _s("""
Przeciek z dachu – dziennik. [[PERSON:Paweł Kaczmarek]], [[ADDRESS:mieszkanie nr 12]] w
bloku [[ADDRESS:Wensley Tower]], Reading, [[POSTCODE:RG1 7PN]]. Właściciel:
[[ORGANISATION:Loddon Homes]].

wrzesień
19.09 – po burzy kapie z sufitu w pokoju [[PERSON:Wojtka]]. Podstawiłem miskę.
20.09 – zgłoszenie pod [[PHONE:0118 496 0774]], job nr [[REFERENCE:5519077]]. Podałem
im maila: [[EMAIL:pawel kropka k małpa example kropka com]].
23.09 – przyszedł [[PERSON:Jason]] z [[ORGANISATION:SkyLine Roofing]], wszedł na dach,
"rynna zapchana", wyczyścił.
30.09 – znowu pada, znowu kapie. Wiadro i dwa ręczniki.
październik
2.10 – [[PERSON:Wojtek]] ([[AGE:11 lat]]) śpi u nas w salonie, plama na suficie rośnie.
7.10 – skarga, nr [[REFERENCE:RC/2024/00981]].
13.10 – po mszy u [[ADDRESS:św. Józefa]] proboszcz pytał, czemu [[PERSON:Wojtek]] taki
niewyspany na ministranturze. Wstyd mi było.
21.10 – stage 1: "monitorujemy". Odwołałem się do stage 2.
listopad
4.11 – surveyor, pan [[PERSON:Okonkwo]]: pęknięta membrana na całym rogu dachu, rynna nie
miała nic do rzeczy.
12.11 – sprawa w Ombudsmanie, nr [[REFERENCE:202418830]].
25–27.11 – rusztowanie, nowa membrana nad naszym i sąsiednim mieszkaniem.
grudzień
6.12 – sufit wyschnięty, pomalowany. [[PERSON:Wojtek]] wrócił do swojego pokoju.

Jak to się skończyło: [[ORGANISATION:Loddon Homes]] przyznało, że trzy razy wysłali tego
samego wykonawcę do tej samej "rynny". Dostaliśmy 600 funtów i przeprosiny. Teraz przy
drugim przecieku z dachu w ciągu trzech miesięcy od razu idzie surveyor. Ombudsman zamknął
sprawę, bo wszystko już zrobione.
"""),
    ),
    (
        "fv2bi-pl-05",
        "pl",
        _s("""
Mój dziennik – opłaty i ciasnota. [[PERSON:Justyna Lewandowska]], [[ADDRESS:56 Quayside
Walk]], Southampton, [[POSTCODE:SO14 3GH]]. Numer najmu [[REFERENCE:TA-55081-2]],
[[ORGANISATION:Harbourside Living]]. Mieszkamy w czwórkę w jednym pokoju z aneksem: ja, mąż
[[PERSON:Rafał]], [[PERSON:Oliwka]] ([[AGE:2 lata]]) i teściowa.

6.01 – list: service charge w górę o 38 funtów tygodniowo, "sprzątanie i winda". Winda nie
działa od listopada, sprzątania nie widziałam od lata.
8.01 – na portalu (login [[OTHER_ID:justyna.lewandowska84]]) zero rozbicia kosztów.
10.01 – dzwoniłam, [[PHONE:0808 157 0642]]. Pani [[PERSON:Beverley]] z income team: "musi
pani zapłacić, potem spór". Płacę, boję się długu.
20.01 – przy okazji housing register: numer [[REFERENCE:HR-003381]], band C. Pytali o nr
NI, [[NI_NUMBER:SN 62 14 88 A]], i czy mam [[OTHER_SPECIAL:settled status]] – mam, wysłałam
share code [[OTHER_ID:W7X 9KL 2PD]].
3.02 – skarga mailem z [[EMAIL:j.lewandowska@example.org]], nr [[REFERENCE:HL-CMP-7710]].
14.02 – [[PERSON:Oliwka]] ma [[HEALTH:atopowe zapalenie skóry]], śpi z nami w łóżku.
Lekarka z [[ADDRESS:Shirley Health Centre]] napisała list o ciasnocie.
28.02 – odpowiedź na skargę: przyznali, że liczyli sprzątanie jak dla całego osiedla, a u
nas sprzątali raz w miesiącu. Zwrot 412 funtów, winda naprawiona.
marzec – [[PERSON:Bev]] zadzwoniła przeprosić. Przez list lekarki dostaliśmy band B.
czerwiec – oferta: dwa pokoje, [[ADDRESS:flat 4, Portsview Close]]. Bierzemy!

Lekcja: [[ORGANISATION:Harbourside Living]] wysyła teraz rozbicie service charge co roku
razem z listem, a nie tylko "na życzenie". Warto prosić o wszystko na piśmie i trzymać
kopie. [[PERSON:Oliwka]] ma wreszcie swoje łóżeczko.
"""),
    ),
    (
        "fv2bi-ro-01",
        "ro",
        _s("""
Jurnal mucegai – [[PERSON:Ionela Popescu]], [[ADDRESS:31 Cathall Road]], Leyton,
[[POSTCODE:E11 4LA]]. Proprietar: [[ORGANISATION:Leaside Housing Group]]. Ofițerul de
locuințe mi-a zis să notez tot, cu date.

luni 3 feb. – mucegai negru în camera copilului, în colț lângă geam. Am sunat la repairs,
[[PHONE:020 7946 0528]], lucrare nr. [[REFERENCE:5590321]].
mier. 5 feb. – [[PERSON:Darius]] ([[AGE:5 ani]]) tușește toată noaptea.
joi 6 feb. – l-am ținut acasă de la [[ADDRESS:Sunflowers Nursery]]. Doctorița de la
[[ADDRESS:Bakers Lane Surgery]] zice [[HEALTH:bronșită astmatică]].
10 feb. – a venit nea [[PERSON:Costel]] de la [[ORGANISATION:ProDamp UK]], [[OTHER_SPECIAL:român]]
și el, a dat cu spray și mi-a zis: "doamnă, asta vine de afară, nu de la dumneavoastră".
L-am rugat să scrie asta în raport. A scris.
17 feb. – mucegaiul înapoi. Poze trimise pe [[EMAIL:repairs@leaside.example.org]].
19 feb. – reclamație oficială, nr. [[REFERENCE:LHG-30012]].
26 feb. – dl. [[PERSON:Fitzgerald]], surveyor. A găsit burlanul spart în zid, peretele ud
pe dinăuntru.
5–7 martie – [[ORGANISATION:ProDamp UK]] a schimbat burlanul, a scos tencuiala, a pus alta
și ventilator nou în baie.
24 martie – răspuns stage 1: scuze, 350 de lire, plus 80 pentru saltea.

Cum s-a rezolvat: până să vină surveyorul au trecut trei săptămâni, apoi totul s-a făcut
într-o săptămână. [[ORGANISATION:Leaside]] zice că acum, dacă un muncitor scrie în raport
că problema vine din exterior, se trimite automat surveyor, fără să mai sune chiriașul.
Lui [[PERSON:Darius]] i-a trecut tusea. Sfatul meu: cereți ca ce vă spune muncitorul să fie
scris în raport.
"""),
    ),
    (
        "fv2bi-ro-02",
        "ro",
        _s("""
Jurnal de zgomot pentru echipa ASB. [[PERSON:Bogdan Rusu]], [[ADDRESS:flat 7, 112 Soho
Road]], Handsworth, [[POSTCODE:B21 9DP]]. Dosar ASB nr. [[REFERENCE:ASB/7712]],
[[ORGANISATION:Brindley Homes]].

Lucrez în ture de noapte la depozit, dorm ziua. Vecinul de dedesubt, de la
[[ADDRESS:flat 4]], unul [[PERSON:Dean]], ține muzică tare și câinii lătrând de la prânz.
12.11 – 13:00–17:30, bas + câini. N-am dormit deloc.
13.11 – idem. Am înregistrat pe Noise App.
14.11 – am coborât să vorbesc frumos. Mi-a zis să mă întorc "în țara mea".
15.11 – soția, [[PERSON:Andreea]], a sunat la [[PHONE:0121 496 0915]]. I-au zis că
"zgomotul de zi nu e ASB".
18.11 – câinii au lătrat 4 ore. Am trimis 6 înregistrări ofițerului, de pe
[[EMAIL:bogdan.rusu at example dot org]].
20.11 – dna. [[PERSON:Clarke]] de la ASB a sunat înapoi. Prima oară când m-a ascultat
cineva.
22.11 – mașina lui, BMW negru [[OTHER_ID:BD17 ZXP]], parcată pe locul de handicap al
vecinei de la [[ADDRESS:flat 2]], a treia oară săptămâna asta. Poză.
25.11 – un om de la consiliu a venit să mă întrebe de [[OTHER_SPECIAL:pre-settled
status]]. N-avea nicio treabă cu zgomotul. Dna. [[PERSON:Clarke]] a zis că nu trebuia să
întrebe.
2.12 – avertisment scris pentru [[PERSON:Dean]]. De atunci câinii stau în spate.
ianuarie – liniște ziua. Mai latră din când în când, dar nu ore întregi.

Ce am învățat: [[ORGANISATION:Brindley Homes]] a schimbat ce se spune la telefon – zgomotul
de zi contează și el când lucrezi noaptea, nu-ți mai zic "nu e ASB". Și și-au cerut scuze
în scris pentru întrebarea despre status. Țineți jurnal cu ore exacte, altfel nu vă crede
nimeni.
"""),
    ),
    (
        "fv2bi-ro-03",
        "ro",
        _s("""
Reparații la mama – jurnal ținut de [[PERSON:Radu Dumitrescu]] pentru mama,
[[PERSON:Maria Dumitrescu]], născută pe [[DATE_OF_BIRTH:14.09.1957]], [[ADDRESS:6 Pinner
Croft]], Watford, [[POSTCODE:WD18 7QS]]. Proprietar [[ORGANISATION:Colne Valley Housing]].
Mama are [[HEALTH:artrită reumatoidă]] și nu poate împinge ușa din față când se umflă
lemnul.

4 oct. – geamul de la baie crăpat de vânt. Am sunat la [[PHONE:0306 999 0482]], job
[[REFERENCE:WG/44120]].
9 oct. – nimeni. Am lipit folie pe geam.
11 oct. – [[PERSON:Lee]] de la [[ORGANISATION:SecureFix Glazing]], duba
[[OTHER_ID:EK66 TYO]], a măsurat, zice 10 zile lucrătoare.
20 oct. – mama e [[OTHER_SPECIAL:ortodoxă]] și nu lipsește niciodată duminica de la
[[ADDRESS:biserica Sfântul Nicolae]]. Azi a lipsit: ușa nu se mai închidea și i-a fost
frică să plece de acasă.
25 oct. – ușa din față blocată de tot. Mama închisă în casă până am ajuns eu seara. Am sunat
de pe numărul meu, [[PHONE:07700 900388]].
28 oct. – reclamație pe email de la [[EMAIL:radu.dumitrescu@example.com]], nr.
[[REFERENCE:CVH/RC/0618]]. Am scris că are peste 65 de ani și stă singură.
30 oct. – dl. [[PERSON:Sandhu]] de la echipa de vulnerabilitate a sunat și a venit chiar a
doua zi.
6 nov. – geam nou, ușă nouă din compozit, cu mâner lung, ușor pentru mâinile mamei.

Cum s-a rezolvat: [[ORGANISATION:Colne Valley Housing]] a recunoscut că [[HEALTH:artrita]] mamei era
în dosar de la mutare, dar nimeni nu se uitase. Acum, când se deschide o lucrare, apare
obligatoriu întrebarea despre dizabilitate. Am primit 200 de lire și o scrisoare de scuze
pentru mama. Mama zice că ușa nouă e "ca la bancă".
"""),
    ),
    (
        "fv2bi-ro-04",
        "ro",
        _s("""
Jurnal încălzire și apă caldă – familia [[PERSON:Stan]], [[ADDRESS:18 Wolverton Street]],
Swindon, [[POSTCODE:SN1 5LG]]. Scrie [[PERSON:Mihaela]].

Suntem șase într-o casă cu două dormitoare: eu, [[PERSON:Florin]], [[PERSON:Alexia]]
([[AGE:9 ani]]), [[PERSON:Sebi]] ([[AGE:3 ani]]) și gemenii. Suntem [[OTHER_SPECIAL:romi]]
și știu cum se uită lumea la noi, de asta scriu tot cu date.
15 ian. – centrala nu pornește, nici apă caldă. Am sunat la [[ORGANISATION:Kennet &
Ridgeway Homes]], job [[REFERENCE:88-301-442]].
16 ian. – încălzim apă în oală pentru baie.
18 ian. – [[PERSON:Tariq]] de la [[ORGANISATION:BlueFlame Heating]]: placa arsă, comandată.
22 ian. – [[PERSON:Sebi]] internat la Great Western, [[HEALTH:pneumonie]].
23 ian. – [[PERSON:Alexia]] a lipsit de la [[ADDRESS:Gorse Hill Primary]], am stat toți la
spital.
24 ian. – pe portal (user [[OTHER_ID:mihaela_stan90]]) scrie doar "awaiting parts".
25 ian. – reclamație, nr. [[REFERENCE:KRH-2025-118]]. A scris-o în engleză fata vecinei, eu
am dictat.
27 ian. – dna. [[PERSON:O'Sullivan]] de la reclamații a venit acasă cu interpret. Au adus
două radiatoare electrice și au zis că plătesc ei curentul.
29 ian. – centrală nouă, nu reparată. Apă caldă!
feb. – dna. [[PERSON:O'Sullivan]] ne-a trecut pe lista de transfer pentru supraaglomerare,
nr. [[REFERENCE:SW/HR/44017]].

Cum s-a rezolvat: [[ORGANISATION:Kennet & Ridgeway Homes]] și-a cerut scuze că nu ne-au dat
interpret de la început, deși aveau scris în dosar că vorbim română. Acum întreabă de limbă
la primul telefon. Am primit 300 de lire. [[PERSON:Sebi]] e bine, aleargă prin casă.
"""),
    ),
    (
        "fv2bi-ro-05",
        "ro",
        _s("""
Liftul – jurnal. [[PERSON:Cristina Mocanu]], [[ADDRESS:ap. 114]], [[ADDRESS:Ashdown
Tower]], Romford, [[POSTCODE:rm7 0aj]]. Etajul 11. Soțul meu, [[PERSON:Ovidiu]], are
[[HEALTH:hernie de disc]] și nu poate urca scările. Băiatul, [[PERSON:Ianis]], are
[[AGE:18 luni]] și cărucior.

2 aprilie – liftul oprit. Am sunat la [[ORGANISATION:Havering Gate Homes]],
[[PHONE:+44 20 7946 0692]], ref. [[REFERENCE:HGH-L-2207]].
4 aprilie – [[PERSON:Kieran]] de la [[ORGANISATION:Apex Lift Services]]: "lipsește o piesă
din Italia".
8 aprilie – [[PERSON:Ovidiu]] a ratat programarea la fizioterapie. Eu car căruciorul 11
etaje.
11 aprilie – grupul chiriașilor de pe Facebook, [[OTHER_ID:@ashdowntenants]], a făcut
petiție. 40 de semnături.
15 aprilie – reclamație, nr. [[REFERENCE:HGH/C/9031]], de pe
[[EMAIL:cristina.mocanu@example.net]].
17 aprilie – vecina de la [[ADDRESS:ap. 112]], doamna [[PERSON:Joyce]], [[AGE:82 de ani]],
n-a mai ieșit din casă de două săptămâni. Îi duc eu cumpărăturile.
19 aprilie – dl. [[PERSON:Patel]], manager, a venit în bloc. A promis un porter pentru
cumpărături și scaun de evacuare pe scări.
25 aprilie – a venit piesa. Liftul merge.
3 mai – iar oprit 2 zile. Apoi merge.

Cum s-a rezolvat: [[ORGANISATION:Havering Gate Homes]] a recunoscut că n-aveau nicio listă
cu cine nu poate folosi scările. Acum au, și [[PERSON:Ovidiu]] și doamna [[PERSON:Joyce]]
sunt pe ea. Au dat 250 de lire fiecărei familii de pe listă și au comandat lift nou pentru
2026. Fără grupul de Facebook nu ne asculta nimeni.
"""),
    ),
    (
        "fv2bi-ar-01",
        "ar",
        _s("""
مذكّرات الرطوبة والعفن – [[PERSON:سمية الحداد]]، [[ADDRESS:22 Clifton Street]]، كارديف،
[[POSTCODE:CF24 1LS]]. نحن عائلة [[OTHER_SPECIAL:سورية]]، والبيت تابع لـ
[[ORGANISATION:Taff Ely Homes]]. نصحتني موظفة الإسكان أن أكتب كل شيء بالتاريخ.

٣ مارس: عفن أسود فوق سرير [[PERSON:ليان]]، عمرها [[AGE:سنتان]]. اتصلت بالـ repairs على
[[PHONE:٠٢٩ ٢٠١٨ ٠٦٤٢]]، رقم الـ job [[REFERENCE:٤٤٧١٠٩]].
٦ مارس: جاء [[PERSON:جيمي]]، رشّ الحائط وقال: افتحوا الشبابيك.
١٠ مارس: رجع العفن. [[PERSON:يوسف]] ([[AGE:٧ سنوات]]) يسعل طول الليل، أبقيته في البيت
ولم يذهب إلى [[ADDRESS:Moorland Primary]].
١١ مارس: الطبيبة في [[ADDRESS:Splott Road Surgery]] قالت إن عنده [[HEALTH:ربو]]، وكتبت
رسالة للمالك.
١٢ مارس: أرسلت الصور والرسالة إلى [[EMAIL:repairs@taffely.example.org]].
١٨ مارس: شكوى رسمية، رقمها [[REFERENCE:TEH-CMP-2231]].
٢٥ مارس: جاء المسّاح مستر [[PERSON:هيوز]] ومعه جهاز يقيس الرطوبة. وجد المزراب مكسوراً
والماء يدخل الجدار من الخارج. قال: هذا ليس خطأكم.
٢–٤ أبريل: شركة [[ORGANISATION:Valleys Damp Control]] غيّرت المزراب وعالجت الجدار وركّبت
مروحة في الحمّام.
٢٠ أبريل: ردّ المرحلة الأولى: اعتذار و٣٢٠ جنيهاً.

كيف حُلّت المشكلة: بعد زيارة المسّاح انتهى كل شيء في أسبوع. قالت
[[ORGANISATION:Taff Ely Homes]] إن كل عامل يذهب لبلاغ عفن صار يحمل جهاز قياس الرطوبة
ويكتب الرقم في التقرير، بدل أن يرشّ ويمشي. ونصيحتي: صوّروا كل أسبوع واكتبوا التاريخ على
الصورة.
"""),
    ),
    (
        "fv2bi-ar-02",
        "ar",
        _s("""
سجلّ الإزعاج – [[PERSON:خالد العمري]]، [[ADDRESS:شقة ١٥]]، [[ADDRESS:Woodthorpe House]]،
شيفيلد [[POSTCODE:S2 3QT]]. قضية الـ ASB رقم [[REFERENCE:ASB-23-0912]] عند
[[ORGANISATION:Don Valley Homes]]. الجار فوقنا في [[ADDRESS:شقة ١٩]]، اسمه [[PERSON:داني]]
كما قال لي.

السبت ٤ نوفمبر، ١١:٤٥ ليلاً: موسيقى عالية وضرب على الأرض حتى ٢:٣٠. ابني [[PERSON:عمر]]،
عمره [[AGE:٤ أشهر]]، استيقظ مرتين.
الأحد ٥ نوفمبر: ألعاب نارية من البلكونة. زوجتي [[PERSON:هالة]] خافت على الولد.
الثلاثاء ٧ نوفمبر: اتصلت على [[PHONE:0114 496 0387]]، قالوا: اكتب سجلاً. هذا هو السجل.
٩ نوفمبر، ١:١٠ فجراً: صراخ وكسر زجاج على الدرج. جاءت الشرطة، رقم الحادثة
[[REFERENCE:SY-0911-2317]].
١٣ نوفمبر: كلمتني مس [[PERSON:ريبيكا]] من فريق ASB، أرسلت لها التسجيلات من
[[EMAIL:khalid.omari@example.net]].
٢٠ نوفمبر: ركّبوا جهاز تسجيل في غرفة النوم لمدة أسبوعين.
٤ ديسمبر: الجهاز سجّل ٩ ليالٍ. [[PERSON:داني]] أخذ إنذاراً مكتوباً.
١٥ ديسمبر: جلسة وساطة في مكتب [[ORGANISATION:Don Valley Homes]] في وسط المدينة. اعتذر
من [[PERSON:هالة]].
يناير: هدوء تقريباً.

ما تعلّمته: التسجيل بالتاريخ والساعة أقوى من أي مكالمة. اعترفت
[[ORGANISATION:Don Valley Homes]] بأنهم انتظروا "شكاوى كافية" قبل الوساطة، والآن يعرضون
الوساطة من أول أسبوعين إذا كان في البيت رضيع. [[PERSON:عمر]] ينام الليل كله الآن.
"""),
    ),
    (
        "fv2bi-ar-03",
        "ar",
        _s("""
كتبت هذا السجل أنا [[PERSON:نور الشريف]] عن والدي [[PERSON:عبد الرحمن الشريف]]، عمره
[[AGE:٧٣ عاماً]]، يسكن في [[ADDRESS:9 Larden Crescent]]، [[POSTCODE:w12 9ap]]، خلف
[[ADDRESS:مسجد النور]] مباشرة. المالك [[ORGANISATION:Westway Housing Trust]]. عنده
[[HEALTH:سكري]] و[[HEALTH:قصور في القلب]].

١٨ ديسمبر: التدفئة لا تعمل. في البيت ١٢ درجة. اتصلت على [[PHONE:020 7946 0119]]، رقم
البلاغ [[REFERENCE:WHT-778120]].
١٩ ديسمبر: لم يأتِ أحد. أخذت له مدفأة كهربائية.
٢١ ديسمبر: جاء المهندس [[PERSON:بلال]] من [[ORGANISATION:HeatServe Ltd]]، سيارته
[[OTHER_ID:LR19 HNM]]. قال: المضخة تالفة، والقطعة بعد العطلة.
٢٣ ديسمبر: رفعت الصور على البوابة (اسم المستخدم [[OTHER_ID:a.alsharif51]]). لا ردّ.
٢٧ ديسمبر: أبي تعب. الممرضة في [[ADDRESS:Brook Green Medical Centre]] سألت عن تاريخ
ميلاده: [[DATE_OF_BIRTH:١٤/٠٢/١٩٥١]]. قالت: يجب أن يبقى دافئاً، والمدفأة الصغيرة لا تكفي.
٢٩ ديسمبر: شكوى بالإيميل من [[EMAIL:nour.alsharif@example.com]]، رقمها
[[REFERENCE:WHT/CX/0067]].
٣٠ ديسمبر: اتصلت السيدة [[PERSON:أديبايو]] من قسم الشكاوى خلال ساعة، وأرسلت مدفأتين
زيتيتين في نفس اليوم.
٢ يناير: رجع [[PERSON:بلال]] وركّب المضخة. البيت ٢١ درجة.

كيف حُلّت: اعتذار مكتوب و٢٥٠ جنيهاً. اعترفت [[ORGANISATION:Westway Housing Trust]] أن
المقاول لم يكن عنده قطع في المخزن خلال العطلة، والآن يحتفظون بمضخات ولوحات احتياطية من
ديسمبر إلى فبراير، ومن عمره فوق ٧٠ يأخذ مدفأة في نفس اليوم. أبي عاد إلى المسجد بعد
أسبوعين في البيت.
"""),
    ),
    (
        "fv2bi-ar-04",
        "ar",
        _s("""
مذكرات التسرّب – [[PERSON:أمل عثمان]]، [[ADDRESS:flat 17, 4 Cressfield Road]]، ليفربول
[[POSTCODE:L8 2YN]]. المالك: [[ORGANISATION:Mersey Bank Homes]].

الأربعاء ٩ يوليو: ماء ينزل من سقف المطبخ حول اللمبة، والكهرباء انقطعت. الماء من الحمّام
في [[ADDRESS:شقة رقم ٢١]] فوقنا. اتصلت بالطوارئ [[PHONE:0151 496 0678]]، رقم الـ job
[[REFERENCE:7781432]].
الخميس ١٠ يوليو: جاء [[PERSON:كريس]] من [[ORGANISATION:AquaStop Plumbing]]، قال إن أنبوباً
مكسوراً عند الجيران، وأغلق الماء عنهم.
١٤ يوليو: السقف منتفخ. [[PERSON:مهند]] ([[AGE:١٠ سنوات]]) و[[PERSON:سارة]] ([[AGE:٦]])
لا يدخلان المطبخ.
١٦ يوليو: أرسلت ١٢ صورة إلى [[EMAIL:repairs@merseybank.example.net]] من إيميلي
[[EMAIL:amal.osman@example.org]].
٢١ يوليو: لا أحد. اتصلت ثلاث مرات.
٢٣ يوليو: شكوى رسمية، رقم [[REFERENCE:MBH/COMP/5530]]. ساعدتني معلمة [[PERSON:مهند]] في
[[ADDRESS:Princes Vale Primary]] في كتابتها بالإنجليزي، لأني [[OTHER_SPECIAL:سودانية]]
ولغتي ضعيفة.
٤ أغسطس: ردّ المرحلة الأولى يقول "السقف آمن". لم يأتِ أحد ليراه!
١١ أغسطس: فتحت قضية عند الـ Housing Ombudsman، رقمها [[REFERENCE:٢٠٢٥٠٤٤١٧]].
١٥ أغسطس: المرحلة الثانية. جاء المسّاح Mr [[PERSON:Doyle]]، نظر إلى السقف وقال: يجب أن
ينزل اليوم.
١٨–٢٠ أغسطس: سقف جديد، أسلاك جديدة، ودهان.

كيف انتهت: اعترفت [[ORGANISATION:Mersey Bank Homes]] أن ردّ المرحلة الأولى كُتب بدون زيارة.
دفعوا ٤٥٠ جنيهاً وثمن الطعام الذي فسد في الثلاجة، وقالوا إن أي ردّ على شكوى عن سقف أو
كهرباء لا يُرسل الآن قبل زيارة. و[[PERSON:سارة]] رجعت تأكل في المطبخ.
"""),
    ),
    (
        "fv2bi-ar-05",
        "ar",
        _s("""
سجلّ التعديلات – [[PERSON:ليلى بن علي]]، [[ADDRESS:40a Milbury Road]]، ساوثهامبتون،
[[POSTCODE:so14 0pe]]. زوجي [[PERSON:رشيد]] أصيب بـ[[HEALTH:جلطة دماغية]] في الربيع
وصار على كرسي متحرك، وعند باب البيت ثلاث درجات.

٢ يونيو: زيارة أخصائية العلاج الوظيفي [[PERSON:جوان]]، أوصت بمنحدر وحمّام بلا عتبة. رقم
الإحالة [[REFERENCE:OT-2231-S]].
١٦ يونيو: أرسلت الاستمارة إلى [[ORGANISATION:Solent Cross Homes]]. طلبوا رقم التأمين
الوطني لـ[[PERSON:رشيد]] [[NI_NUMBER:NX 40 55 13 B]] وتاريخ ميلاده
[[DATE_OF_BIRTH:٣ يناير ١٩٦٨]].
١ يوليو: لا ردّ. البوابة (اسم المستخدم [[OTHER_ID:LBenali_77]]) تقول "قيد المراجعة".
٨ يوليو: اتصلت على [[PHONE:0306 999 0215]]. قالوا الاستمارة ضاعت!
١٠ يوليو: أرسلتها مرة ثانية من [[EMAIL:laila.benali@example.com]] وطلبت رقم شكوى:
[[REFERENCE:SCH-CP-8812]].
٢٢ يوليو: [[PERSON:رشيد]] لم يخرج من البيت منذ أسبوعين، حتى [[ADDRESS:مسجد الرحمة]] الذي
في آخر شارعنا لم يستطع الوصول إليه.
٥ أغسطس: جاء Mr [[PERSON:Kowalski]] من الإدارة واعتذر بنفسه.
١٩ أغسطس: بدأت [[ORGANISATION:RampRight]]، العامل اسمه [[PERSON:دين]]، والمنحدر خلص في
يومين.
٢ سبتمبر: الحمّام جاهز.

كيف حُلّت: اعترفت [[ORGANISATION:Solent Cross Homes]] أن الاستمارات الورقية كانت تذهب إلى
مكتب أُغلق. الآن كل طلب تعديل يأخذ رقماً في نفس اليوم مع رسالة نصية، ودفعوا ٣٠٠ جنيه.
[[PERSON:رشيد]] يخرج كل يوم إلى الحديقة.
"""),
    ),
    (
        "fv2bi-ur-01",
        "ur",
        _s("""
سیلن اور پھپھوندی کی ڈائری – [[PERSON:نسرین اختر]]، [[ADDRESS:14 Whetley Grove]]،
بریڈفورڈ [[POSTCODE:BD8 9HU]]۔ مالک: [[ORGANISATION:Airedale Community Homes]]۔ ہاؤسنگ
آفیسر نے کہا تھا ہر بات تاریخ کے ساتھ لکھیں، سو لکھ رہی ہوں۔

۵ جنوری: بچوں کے کمرے میں کالی پھپھوندی، کھڑکی کے اوپر اور الماری کے پیچھے۔ repairs کو
[[PHONE:۰۱۱۳ ۴۹۶ ۰۵۵۹]] پر فون کیا، جاب نمبر [[REFERENCE:5524019]]۔
۸ جنوری: [[PERSON:رکی]] آیا، سپرے کر کے چلا گیا۔ کہنے لگا کپڑے اندر نہ سکھائیں۔
۱۲ جنوری: پھپھوندی واپس۔ [[PERSON:عائشہ]] ([[AGE:۳ سال]]) کو رات بھر کھانسی۔
۱۳ جنوری: [[PERSON:حمزہ]] ([[AGE:۸ سال]]) کو [[ADDRESS:Oak Bank Primary]] نہیں بھیجا،
ساری رات سب جاگتے رہے۔
۱۴ جنوری: [[ADDRESS:Lister Lane Surgery]] میں ڈاکٹر نے کہا [[PERSON:عائشہ]] کو
[[HEALTH:دمہ]] ہو سکتا ہے، inhaler دیا اور مالک کے نام خط لکھ دیا۔
۱۵ جنوری: تصویریں اور خط [[EMAIL:nasreen.akhtar@example.com]] سے بھیجے۔
۲۰ جنوری: باقاعدہ شکایت، نمبر [[REFERENCE:ACH-CMP-7781]]۔
۲۸ جنوری: سروے والے مسٹر [[PERSON:ڈیوس]] آئے۔ چھت میں insulation ہی نہیں تھی، بولے یہ
آپ کی غلطی نہیں۔
۴ سے ۶ فروری: [[ORGANISATION:DryWall Damp Specialists]] والوں نے چھت میں insulation
ڈالی، دیوار صاف کر کے نیا پلستر کیا، باتھ روم میں پنکھا لگایا۔
۲۲ فروری: پہلے مرحلے کا جواب: معافی اور ۳۰۰ پاؤنڈ۔

کیسے ٹھیک ہوا: سرویئر کے آنے کے بعد ایک ہفتے میں کام ہو گیا۔ [[ORGANISATION:Airedale
Community Homes]] نے لکھا ہے کہ اب ہر پھپھوندی والے کام کے دو ہفتے بعد وہ خود فون کر کے
پوچھتے ہیں کہ واپس تو نہیں آئی۔ ساس کہتی ہیں کمرہ پہلی بار گرم لگتا ہے، اور
[[PERSON:عائشہ]] کو inhaler اب کم لگتا ہے۔
"""),
    ),
    (
        "fv2bi-ur-02",
        "ur",
        _s("""
شور کی ڈائری – [[PERSON:محمد عمران]]، [[ADDRESS:25 Thurcaston Row]]، لیسٹر
[[POSTCODE:le5 3gh]]۔ ASB کیس نمبر [[REFERENCE:ASB/L/2291]]، [[ORGANISATION:Soar Valley
Housing]]۔ ساتھ والا گھر [[ADDRESS:نمبر 27]] ہے، وہاں نیا کرایہ دار آیا ہے، سب اسے
[[PERSON:ٹونی]] کہتے ہیں۔

جمعہ ۱ مارچ، رات ۱۱:۳۰: اونچی موسیقی، دیوار پر مکے۔ ۳ بجے تک۔
ہفتہ ۲ مارچ: کتا سارا دن بھونکتا رہا۔
پیر ۴ مارچ: [[PERSON:علی]] ([[AGE:۱۵ سال]]) کا mock امتحان تھا، رات کو سو نہیں سکا۔
بدھ ۶ مارچ: [[PHONE:0116 496 0442]] پر فون کیا، کہا ای میل کریں۔
[[EMAIL:imran.m@example.org]] سے ریکارڈنگز بھیجیں۔
ہفتہ ۹ مارچ، رات ۱۲:۴۵: باہر گاڑی میں اونچا گانا۔ پولیس کو فون، کرائم نمبر
[[REFERENCE:LE-240309-0082]]۔
منگل ۱۲ مارچ: مس [[PERSON:کیرن]] نے فون کیا۔ پہلی دفعہ کسی نے پوری بات سنی۔
۱۳ مارچ: ابو کی طبیعت خراب، انہیں [[HEALTH:ہائی بلڈ پریشر]] ہے، ڈاکٹر نے کہا نیند پوری کریں۔
۱۸ مارچ: شور ناپنے والی مشین دو ہفتے کے لیے لگی۔
۲ اپریل: مشین نے ۸ راتیں ریکارڈ کیں۔ [[PERSON:ٹونی]] کو تحریری وارننگ ملی۔
اپریل: [[ADDRESS:مسجد بلال]] ہمارے گھر کے بالکل سامنے ہے، وہاں کے امام صاحب نے بھی دونوں
گھروں سے بات کی۔
مئی: خاموشی۔ کتا اب رات کو اندر رہتا ہے۔

سبق: تاریخ اور وقت کے ساتھ ریکارڈ سب سے زیادہ کام آیا۔ [[ORGANISATION:Soar Valley
Housing]] نے مانا کہ ویک اینڈ کی رات کو کوئی فون نہیں اٹھاتا تھا۔ اب جمعہ اور ہفتہ کو
رات ۳ بجے تک شور کی لائن کھلی رہتی ہے۔ [[PERSON:علی]] کے امتحان ٹھیک ہو گئے۔
"""),
    ),
    (
        "fv2bi-ur-03",
        "ur",
        _s("""
ابو جی کی ہیٹنگ کا ریکارڈ – لکھنے والی [[PERSON:شازیہ بی بی]]۔ ابو: [[PERSON:محمد اسلم]]،
[[ADDRESS:3 Fenton Fold]]، اولڈہم [[POSTCODE:OL8 1RT]]۔ عمر [[AGE:۷۵ سال]]،
[[HEALTH:ہارٹ فیلیئر]] کے مریض ہیں۔ مالک: [[ORGANISATION:Pennine Edge Housing]]۔

منگل ۲۶ نومبر: بوائلر بند، گرم پانی بھی نہیں۔ فون [[PHONE:0161 496 0271]]، جاب
[[REFERENCE:PEH-J-66012]]۔
۲۷ نومبر: کوئی نہیں آیا۔ کمرے میں ۱۴ ڈگری۔
۲۸ نومبر: [[ORGANISATION:Warmhaven Gas]] سے [[PERSON:گیری]] آیا، سفید وین
[[OTHER_ID:YK71 DVU]]۔ کہا fan خراب ہے، پرزہ منگوانا پڑے گا۔
۲ دسمبر: ابو کے پاؤں سوج گئے۔ [[ADDRESS:Werneth Medical Practice]] میں ریسپشن نے تاریخ
پیدائش پوچھی: [[DATE_OF_BIRTH:۱۰ اگست ۱۹۴۹]]، اور NHS نمبر [[OTHER_ID:613 298 4407]]۔
ڈاکٹر نے کہا گھر گرم رکھیں۔
۳ دسمبر: portal پر ابو کا login ([[OTHER_ID:aslam1949]]) کھولا، وہاں لکھا تھا "no
access"! ہم تو سارا دن گھر پر تھے۔
۴ دسمبر: شکایت [[EMAIL:shazia.bibi@example.net]] سے بھیجی، نمبر [[REFERENCE:PEH/CF/3391]]۔
۵ دسمبر: مسز [[PERSON:Hargreaves]] نے فون کیا، معافی مانگی، اسی دن دو ہیٹر بھجوائے اور
بجلی کا خرچہ دینے کا کہا۔
۷ دسمبر: ابو کو سانس کی تکلیف، ایک رات Royal Oldham میں رہے۔
۹ دسمبر: [[PERSON:گیری]] پرزہ لے کر آیا، ہیٹنگ چالو۔

کیسے ٹھیک ہوا: [[ORGANISATION:Pennine Edge Housing]] نے مانا کہ ٹھیکیدار نے غلط "no
access" لکھا تھا۔ اب "no access" لکھنے سے پہلے ٹھیکیدار کو دروازے کی تصویر اور فون کال
کا ثبوت دینا ہوتا ہے۔ ۲۰۰ پاؤنڈ اور بجلی کے ۴۵ پاؤنڈ ملے۔ ابو کے گھر پر اب "vulnerable"
کا نشان لگا ہے۔
"""),
    ),
    (
        "fv2bi-ur-04",
        "ur",
        _s("""
چھت سے پانی – ڈائری۔ [[PERSON:فرحان قریشی]]، [[ADDRESS:فلیٹ ۴۲]]، [[ADDRESS:Kestrel
House]]، والتھمسٹو [[POSTCODE:E17 6QL]]۔ ہم سب سے اوپر والی منزل پر ہیں۔ مالک
[[ORGANISATION:Lea Bridge Homes]]۔

۳ اکتوبر: بارش کے بعد بیڈروم کی چھت سے پانی ٹپکا، بالکل [[PERSON:زینب]] کے جھولے کے اوپر۔
وہ [[AGE:۶ مہینے]] کی ہے۔
۴ اکتوبر: repairs لائن [[PHONE:020 7946 0857]]، جاب نمبر [[REFERENCE:LBH 400 912]]۔
۹ اکتوبر: [[ORGANISATION:TopCoat Roofing]] کا [[PERSON:ڈیرن]] آیا، چھت پر گیا، بولا felt
ٹھیک کر دیا۔
۱۴ اکتوبر: پھر بارش، پھر پانی۔ دیوار پر کالے دھبے۔
۱۶ اکتوبر: [[PERSON:صبا]] بہت پریشان ہے۔ وہ [[OTHER_SPECIAL:spouse visa]] پر ہے اور ڈرتی
ہے کہ شکایت کی تو کوئی مسئلہ ہو گا۔ میں نے کہا ایسا کچھ نہیں ہوتا۔
۱۷ اکتوبر: شکایت درج، نمبر [[REFERENCE:LBH-CMP-20471]]۔ ٹوئٹر پر ویڈیو کے ساتھ
[[OTHER_ID:@LeaBridgeHomes]] کو ٹیگ بھی کیا۔
۱۸ اکتوبر: انہوں نے DM میں نمبر مانگا، دے دیا: [[PHONE:07700 900 845]]۔
۲۴ اکتوبر: سرویئر مسز [[PERSON:پٹیل]] آئیں۔ پوری چھت کی membrane پھٹی ہوئی تھی۔
۳۱ اکتوبر سے ۶ نومبر: scaffolding، نئی membrane۔
۲۰ نومبر: کمرہ خشک، dehumidifier واپس لے گئے، دیوار دوبارہ پینٹ ہوئی۔

کیسے ٹھیک ہوا: [[ORGANISATION:Lea Bridge Homes]] نے مانا کہ سب سے اوپر والے فلیٹ میں
دوسری دفعہ پانی آئے تو سرویئر جانا چاہیے تھا، اب یہی اصول ہے۔ ۴۰۰ پاؤنڈ ملے۔
[[PERSON:صبا]] کو انہوں نے خط میں لکھ کر دیا کہ شکایت کرنے سے ویزا پر کوئی اثر نہیں پڑتا۔
سبق: ویڈیو بنائیں، تاریخ کے ساتھ۔
"""),
    ),
    (
        "fv2bi-ur-05",
        "ur",
        _s("""
بھیڑ اور سیلن کی ڈائری – [[PERSON:رخسانہ کوثر]]، [[ADDRESS:61 Ravens Lane]]، ڈیوزبری
[[POSTCODE:WF13 2LQ]]۔ دو کمروں کا گھر، ہم چھ لوگ: میں، شوہر [[PERSON:طارق]]،
[[PERSON:بلال]] ([[AGE:۱۳ سال]])، [[PERSON:مریم]] ([[AGE:۱۱ سال]])، [[PERSON:یوسف]]
([[AGE:۴ سال]]) اور ساس۔ مالک [[ORGANISATION:Calder Park Homes]]۔

۸ ستمبر: ہاؤسنگ رجسٹر نمبر [[REFERENCE:HR/55-2310]]، band C۔ آن لائن bid کی، ۴۳ویں نمبر
پر۔
۱۵ ستمبر: [[PERSON:مریم]] کا [[HEALTH:ایگزیما]] بگڑ گیا۔ وہ اور [[PERSON:بلال]] ساس کے
ساتھ ایک کمرے میں سوتے ہیں، دیوار گیلی۔
۲۲ ستمبر: repairs کو فون [[PHONE:0113 496 0928]]، جاب [[REFERENCE:CPH-R-33015]]۔
۳۰ ستمبر: ہاؤسنگ آفیسر مسٹر [[PERSON:جونز]] گھر آئے، overcrowding کا فارم بھرا۔ میرا NI
نمبر لکھا: [[NI_NUMBER:SH643012D]]۔
۲ اکتوبر: [[ADDRESS:Savile Town Medical Practice]] کی ڈاکٹر نے [[PERSON:مریم]] کے لیے خط
دیا۔
۹ اکتوبر: خط اور تصویریں [[EMAIL:rukhsana.kausar@example.org]] سے بھیجیں۔
۱۶ اکتوبر: damp والے آئے، دیوار ٹریٹ کی، پنکھا لگایا۔
نومبر: شکایت نمبر [[REFERENCE:CPH-CF-1187]]، کیونکہ ڈاکٹر کا خط ۴ ہفتے کسی کے پاس پڑا رہا
اور band نہیں بدلا۔
۲۳ نومبر: band B مل گیا۔
۱۲ دسمبر: تین کمروں والے گھر کی offer آئی۔ [[PERSON:یوسف]] کو نئے گھر کے پاس
[[ADDRESS:Headfield Nursery]] میں جگہ بھی مل گئی۔

کیسے ٹھیک ہوا: [[ORGANISATION:Calder Park Homes]] نے معافی مانگی کہ میڈیکل خط ایک
shared inbox میں پڑا رہا۔ اب ہر خط کی رسید ۵ دن کے اندر آتی ہے۔ جنوری میں ہم نئے گھر میں
آ گئے۔ [[PERSON:مریم]] کی جلد اب بہت بہتر ہے۔
"""),
    ),
    (
        "fv2bi-bn-01",
        "bn",
        _s("""
ড্যাম্প আর মোল্ডের ডায়েরি – [[PERSON:রুমানা বেগম]], [[ADDRESS:ফ্ল্যাট ৩৩]],
[[ADDRESS:Brenton House]], [[POSTCODE:E1 5ND]]। ল্যান্ডলর্ড [[ORGANISATION:Eastbank Homes]]।
হাউজিং অফিসার বলেছিল তারিখ দিয়ে সব লিখে রাখতে।

৭ জানুয়ারি: বাচ্চাদের রুমে জানালার চারপাশে কালো মোল্ড। repairs-এ ফোন দিলাম
[[PHONE:০২০ ৭৯৪৬ ০৮৮১]], জব নম্বর [[REFERENCE:৬৬১২০৪৮]]।
১০ জানুয়ারি: [[PERSON:শন]] আসলো, স্প্রে করে চলে গেল। বললো কাপড় ভেতরে শুকাবেন না।
১৫ জানুয়ারি: মোল্ড আবার। [[PERSON:নাফিসা]] ([[AGE:৫ বছর]]) সারা রাত কাশছে।
১৬ জানুয়ারি: [[PERSON:তানভীর]] ([[AGE:৯ বছর]])-কে [[ADDRESS:Shadwell Fields Primary]]-তে
পাঠাইনি, কারো ঘুম হয়নি।
১৭ জানুয়ারি: [[ADDRESS:Watney Market Health Centre]]-এর ডাক্তার বললেন
[[PERSON:নাফিসার]] [[HEALTH:হাঁপানি]], ল্যান্ডলর্ডকে চিঠি লিখে দিলেন।
১৮ জানুয়ারি: ছবি আর চিঠি পাঠালাম [[EMAIL:rumana.begum@example.com]] থেকে। নিচের
[[ADDRESS:ফ্ল্যাট ২৮]]-এর খালারও একই অবস্থা।
২৪ জানুয়ারি: লিখিত কমপ্লেইন, নম্বর [[REFERENCE:EBH-4419]]।
৩ ফেব্রুয়ারি: সার্ভেয়ার মিস্টার [[PERSON:ক্যাম্পবেল]] আসলেন। বাইরের দেয়ালে লম্বা
ফাটল, বৃষ্টির পানি ঢুকছে। বললেন, আপনাদের দোষ না।
১০–১২ ফেব্রুয়ারি: [[ORGANISATION:MouldGuard]] দেয়াল মেরামত করলো, নতুন extractor fan
লাগালো।
২৮ ফেব্রুয়ারি: স্টেজ ১-এর উত্তর: সরি, আর ৩৫০ পাউন্ড।

কিভাবে ঠিক হলো: সার্ভেয়ার আসার পর এক সপ্তাহে সব হয়ে গেল। [[ORGANISATION:Eastbank
Homes]] পুরো ব্লকের বাইরের দেয়াল চেক করেছে, [[ADDRESS:ফ্ল্যাট ২৮]]-এও কাজ হয়েছে।
শিক্ষা: প্রতি সপ্তাহে ছবি তুলুন, আর প্রতিবেশীদের সাথে কথা বলুন — একই সমস্যা হলে একসাথে
লিখুন।
"""),
    ),
    (
        "fv2bi-bn-02",
        "bn",
        _s("""
এএসবি ডায়েরি – [[PERSON:মোহাম্মদ শাহজাহান মিয়া]], [[ADDRESS:৭ Dunsmore Road]], লুটন,
[[POSTCODE:lu1 5jt]]। আমাদের বাসা [[ADDRESS:মদিনা মসজিদ]]-এর ঠিক পাশে। ল্যান্ডলর্ড
[[ORGANISATION:Lea Crescent Homes]], ASB কেস [[REFERENCE:LCH-ASB-3120]]।

সমস্যা: বাসার পেছনের গলিতে রাতে গাড়ি এসে দাঁড়ায়, ড্রাগ বেচাকেনা, চিৎকার।
শুক্র ৬ সেপ্টেম্বর, রাত ১১:২০: সাদা গাড়ি, নম্বর [[OTHER_ID:LD68 WKE]], দুই ঘণ্টা ইঞ্জিন
চালু, জোরে গান।
শনি ৭ সেপ্টেম্বর, রাত ১টা: আমাদের গেটে বোতল ভাঙলো। [[PERSON:আয়েশা]]
([[AGE:৫ বছরের]]) ভয়ে কাঁদছে।
রবি ৮: পুলিশে ১০১, রেফারেন্স [[REFERENCE:BED-2409-0771]]।
মঙ্গল ১০: ল্যান্ডলর্ডকে ফোন দিলাম [[PHONE:০৮০৮ ১৫৭ ০৩৩৪]], বললো এটা পুলিশের ব্যাপার।
১৩ সেপ্টেম্বর: মসজিদ কমিটির [[PERSON:রফিক]] ভাই বললেন তারাও গাড়িটা দেখেছেন, ক্যামেরায়
আছে।
১৬ সেপ্টেম্বর: ASB অফিসার [[PERSON:জেন]] নিজে ফোন করলেন। ভিডিও পাঠালাম
[[EMAIL:shahjahan.mia@example.net]] থেকে।
২৩ সেপ্টেম্বর: গলির মুখে নতুন লাইট আর CCTV।
৩০ সেপ্টেম্বর: পুলিশ, কাউন্সিল আর [[ORGANISATION:Lea Crescent Homes]] একসাথে মিটিং,
মসজিদের হলে।
অক্টোবর: গাড়ি আর আসে না। দুইবার এসেছিল, লাইট দেখে চলে গেছে।

কী শিখলাম: প্রথমে সবাই বলেছিল "অন্যের দায়িত্ব"। ডায়েরিতে গাড়ির নম্বর আর সময় লেখা ছিল
বলে পুলিশ আর ল্যান্ডলর্ড একসাথে বসলো। [[ORGANISATION:Lea Crescent Homes]] এখন মাসে
একবার গলিটা চেক করে, আর ASB ফোনে "পুলিশের ব্যাপার" বলে রেখে দেয় না। [[PERSON:আয়েশা]]
এখন রাতে ঘুমায়।
"""),
    ),
    (
        "fv2bi-bn-03",
        "bn",
        _s("""
আম্মার হিটিংয়ের ডায়েরি – লিখছি [[PERSON:শিরিন আক্তার]]। আম্মা
[[PERSON:জাহানারা খাতুন]], বয়স [[AGE:৭৪ বছর]], থাকেন [[ADDRESS:১৯ Saracen Walk]], পপলার,
[[POSTCODE:E14 6RL]]। আম্মার [[HEALTH:ডায়াবেটিস]] আর [[HEALTH:কিডনির রোগ]] আছে, একা
থাকেন। ল্যান্ডলর্ড [[ORGANISATION:Poplar Reach Housing]]।

সোম ২ ডিসেম্বর: রেডিয়েটর ঠান্ডা, গরম পানি নাই। ফোন [[PHONE:০২০ ৭৯৪৬ ০২৪৭]], জব
[[REFERENCE:PRH-91207]], বললো routine, ৫ দিন।
মঙ্গল ৩: কেউ আসেনি। আমি হিটার নিয়ে গেলাম।
বৃহস্পতি ৫: [[PERSON:ড্যানি]] আসলো, বললো বোর্ড নষ্ট, অর্ডার দিতে হবে।
৯ ডিসেম্বর: আম্মার পা ফুলে গেছে। [[ADDRESS:Limehouse Fields Surgery]]-তে রিসেপশন
জন্মতারিখ চাইলো: [[DATE_OF_BIRTH:১৫/০৭/১৯৫০]]। NHS নম্বর [[OTHER_ID:৪০১ ২২৩ ৯৮৭৬]]।
১০ ডিসেম্বর: আমার নম্বর [[PHONE:07700 900632]] থেকে আবার ফোন — "parts on order"।
১১ ডিসেম্বর: ইমেইলে কমপ্লেইন, [[EMAIL:shirin.akter@example.org]] থেকে, রেফ
[[REFERENCE:PRH/CMP/2209]]। লিখলাম আম্মা একা থাকেন, ইংরেজি কম বোঝেন।
১২ ডিসেম্বর: মিসেস [[PERSON:চৌধুরী]] নিজে বাংলায় ফোন করলেন, দুটো অয়েল হিটার পাঠালেন,
বিদ্যুতের খরচ দেবেন বললেন।
১৬ ডিসেম্বর: নতুন বোর্ড লাগলো। ঘর গরম।

কিভাবে ঠিক হলো: [[ORGANISATION:Poplar Reach Housing]] স্বীকার করলো জবটা routine হিসেবে
গিয়েছিল কারণ কেউ জিজ্ঞেস করেনি বাসায় কে থাকে। এখন হিটিংয়ের প্রতিটা ফোনে জিজ্ঞেস করে,
বাসায় কেউ ৭০-এর বেশি বা অসুস্থ আছে কিনা। ২০০ পাউন্ড আর বিদ্যুতের ৫০ পাউন্ড দিয়েছে। আর
বাংলা, সিলেটি আর সোমালির জন্য interpreter লাইন চালু করেছে।
"""),
    ),
    (
        "fv2bi-bn-04",
        "bn",
        _s("""
ছাদ ভেঙে পড়ার ডায়েরি – [[PERSON:আব্দুল করিম]], [[ADDRESS:১২ Bowker Vale Gardens]],
ম্যানচেস্টার [[POSTCODE:M9 8XT]]। [[ORGANISATION:Irk Valley Homes]]-এর টেন্যান্ট।

২ মে: বাথরুমের উপরে সিলিংয়ে পানির দাগ, ফুলে উঠছে। পোর্টালে রিপোর্ট করলাম
(ইউজারনেম [[OTHER_ID:akarim_1979]]), জব [[REFERENCE:IVH-558103]]।
৬ মে: কেউ আসেনি। পোর্টালে লেখা "awaiting appointment"।
৯ মে, রাত ২টা: সিলিংয়ের একটা অংশ ভেঙে বাথটাবে পড়লো। [[PERSON:রাইয়ান]]
([[AGE:১৪ মাস]]) পাশের ঘরে ঘুমাচ্ছিল, আল্লাহর রহমতে কিছু হয়নি।
৯ মে সকাল: ইমার্জেন্সি লাইন [[PHONE:0161 496 0590]]। দুপুরে প্লাম্বার আসলো, ভ্যান
[[OTHER_ID:MA20 KLB]], উপরের পাইপের লিক বন্ধ করলো।
১০ মে: ছবি পাঠালাম [[EMAIL:abdul.karim79@example.net]] থেকে। বউ [[PERSON:শাহানা]]
বাচ্চা নিয়ে তার বোনের বাসায় গেল।
১৪ মে: কমপ্লেইন নম্বর [[REFERENCE:IVH-CF-0934]]।
২০ মে: সার্ভেয়ার মিসেস [[PERSON:ও'নিল]] এসে বললেন, ৬ তারিখেই এটা জরুরি ধরা উচিত ছিল।
২৭–৩০ মে: নতুন সিলিং, বাথরুমে ফ্যান, রং।
জুন: স্টেজ ১-এর উত্তর: ক্ষমা, ৫০০ পাউন্ড, আর [[PERSON:শাহানার]] বোনের বাসায় থাকার খরচ।

কী বদলালো: [[ORGANISATION:Irk Valley Homes]] এখন পোর্টালে "ceiling bulging" বাছলে সেটা
অটোমেটিক ২৪ ঘণ্টার জব হয়। আগে সব "routine" যেত। শিক্ষা: পোর্টালে লিখলেও ফোন করুন, আর
ছবিতে তারিখ রাখুন।
"""),
    ),
    (
        "fv2bi-bn-05",
        "bn",
        _s("""
[[PERSON:ইমরানের]] অ্যাডাপ্টেশন ডায়েরি – [[PERSON:নাজমা খানম]], [[ADDRESS:ফ্ল্যাট ৬, ৪৯
Witton Lodge Road]], বার্মিংহাম [[POSTCODE:B23 5AU]]। ছেলে [[PERSON:ইমরান]], বয়স
[[AGE:১২ বছর]], [[HEALTH:সেরিব্রাল পালসি]], হুইলচেয়ার ব্যবহার করে। আমরা দোতলায়, লিফট
নাই।

৩ মার্চ: ওটি [[PERSON:রেচেল]] আসলেন, বললেন নিচতলার বাসা লাগবে, আপাতত stair climber।
রেফ [[REFERENCE:OT/BHM/7741]]।
১০ মার্চ: [[ORGANISATION:Aston Brook Homes]]-কে ফোন [[PHONE:0121 496 0163]], ট্রান্সফারের
আবেদন।
১৭ মার্চ: ফর্মে আমার এনআই নম্বর [[NI_NUMBER:JN 55 27 83 C]] আর [[PERSON:ইমরানের]]
জন্মতারিখ [[DATE_OF_BIRTH:০৮.১১.২০১২]] দিলাম।
২৪ মার্চ: [[PERSON:ইমরান]] স্কুলে যেতে পারেনি, ট্যাক্সি ড্রাইভার সিঁড়ি দিয়ে চেয়ার নামাতে
রাজি না। [[ADDRESS:Brookfields Special School]]-এ ফোন করে জানালাম।
এপ্রিল: কয়েকবার ফোন, কেউ উত্তর দেয় না।
২ মে: ভাড়াটেদের ফেসবুক গ্রুপ [[OTHER_ID:@AstonBrookTenants]]-এ পোস্ট দিলাম।
৩ মে: মিস্টার [[PERSON:বেনেট]] ফোন করলেন, কমপ্লেইন [[REFERENCE:ABH-C-5012]] খুললেন।
১৫ মে: অস্থায়ী stair climber দিলো।
জুলাই: নিচতলার ২ বেডরুমের বাসা অফার, [[ADDRESS:৩ Kingsbury Close]]। ছবি চেয়ে পাঠালাম
[[EMAIL:najma.khanam@example.com]] থেকে।
১২ আগস্ট: নতুন বাসায় উঠলাম। wet room আর র‍্যাম্প আগেই লাগানো।

কিভাবে ঠিক হলো: [[ORGANISATION:Aston Brook Homes]] মানলো যে ওটির রিপোর্ট ৭ সপ্তাহ কারো
টেবিলে পড়ে ছিল। এখন মেডিকেল ট্রান্সফারে ১০ দিনের মধ্যে অফিসারের নামসহ চিঠি আসে।
[[PERSON:ইমরান]] এখন নিজেই দরজা খুলে বাগানে যায়।
"""),
    ),
    (
        "fv2bi-pa-01",
        "pa",
        _s("""
ਸਿੱਲ੍ਹ ਤੇ ਉੱਲੀ ਦੀ ਡਾਇਰੀ – [[PERSON:ਮਨਪ੍ਰੀਤ ਕੌਰ]], [[ADDRESS:52 Tentelow Crescent]], ਸਾਊਥਾਲ
[[POSTCODE:UB2 4JZ]]। ਘਰ [[ORGANISATION:Westbrook Housing]] ਦਾ ਹੈ। ਹਾਊਸਿੰਗ ਅਫ਼ਸਰ ਨੇ ਕਿਹਾ
ਸੀ ਸਭ ਕੁਝ ਤਰੀਕ ਨਾਲ ਲਿਖੋ, ਸੋ ਲਿਖ ਰਹੀ ਹਾਂ।

੪ ਨਵੰਬਰ: ਬੱਚਿਆਂ ਦੇ ਕਮਰੇ ਵਿੱਚ ਕਾਲੀ ਉੱਲੀ, ਖਿੜਕੀ ਦੇ ਦੁਆਲੇ। repairs ਨੂੰ
[[PHONE:੦੨੦ ੭੯੪੬ ੦੭੩੪]] 'ਤੇ ਫ਼ੋਨ, ਜੌਬ ਨੰਬਰ [[REFERENCE:WH-210877]]।
੭ ਨਵੰਬਰ: [[PERSON:ਜੇਸਨ]] ਆਇਆ, ਸਪਰੇਅ ਕਰਕੇ ਚਲਾ ਗਿਆ।
੧੧ ਨਵੰਬਰ: ਉੱਲੀ ਵਾਪਸ। [[PERSON:ਜੋਤ]] ([[AGE:੪ ਸਾਲ]]) ਨੂੰ ਸਾਰੀ ਰਾਤ ਖੰਘ।
੧੨ ਨਵੰਬਰ: [[ADDRESS:Featherstone Road Surgery]] ਵਿੱਚ ਡਾਕਟਰ ਨੇ ਕਿਹਾ
[[HEALTH:ਛਾਤੀ ਦੀ ਇਨਫੈਕਸ਼ਨ]] ਹੈ, ਐਂਟੀਬਾਇਓਟਿਕ ਦਿੱਤੀ।
੧੩ ਨਵੰਬਰ: [[PERSON:ਸਿਮਰਨ]] ([[AGE:੧੦ ਸਾਲ]]) ਨੂੰ [[ADDRESS:Havelock Park Primary]] ਨਹੀਂ
ਭੇਜਿਆ, ਰਾਤ ਭਰ ਕੋਈ ਨਹੀਂ ਸੁੱਤਾ।
੧੪ ਨਵੰਬਰ: ਫ਼ੋਟੋਆਂ [[EMAIL:manpreet.kaur@example.org]] ਤੋਂ ਭੇਜੀਆਂ।
੧੮ ਨਵੰਬਰ: ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:WH/C/5402]]। ਮੇਰੇ ਪਤੀ [[PERSON:ਰਣਜੀਤ]] ਨੇ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ
ਲਿਖੀ।
੨੬ ਨਵੰਬਰ: ਸਰਵੇਅਰ ਮਿਸਟਰ [[PERSON:ਓਕੋਰੋ]] ਆਏ। ਕੈਵਿਟੀ ਵਾਲ ਦੀ insulation ਗਿੱਲੀ, ਬਾਹਰ ਦੀ
ਪਾਈਪ ਟੁੱਟੀ ਹੋਈ।
੩ ਤੋਂ ੫ ਦਸੰਬਰ: [[ORGANISATION:DampCure Services]] ਨੇ ਪਾਈਪ ਬਦਲੀ, ਕੰਧ ਠੀਕ ਕੀਤੀ, ਪੱਖਾ
ਲਾਇਆ।
੨੦ ਦਸੰਬਰ: ਪਹਿਲੇ ਪੜਾਅ ਦਾ ਜਵਾਬ: ਮਾਫ਼ੀ ਤੇ ੩੫੦ ਪੌਂਡ।

ਕਿਵੇਂ ਠੀਕ ਹੋਇਆ: ਸਰਵੇਅਰ ਆਉਣ ਤੋਂ ਬਾਅਦ ਹਫ਼ਤੇ ਵਿੱਚ ਕੰਮ ਹੋ ਗਿਆ। [[ORGANISATION:Westbrook
Housing]] ਨੇ ਹੁਣ ਸਿੱਲ੍ਹ ਤੇ ਉੱਲੀ ਲਈ ਵੱਖਰੀ ਟੀਮ ਬਣਾਈ ਹੈ, ਸਿੱਧੇ ਨੰਬਰ ਨਾਲ, ਅਤੇ ਉੱਲੀ ਬਾਰੇ
ਪਰਚਾ ਪੰਜਾਬੀ ਵਿੱਚ ਵੀ ਛਾਪਿਆ ਹੈ। ਹੁਣ ਕਮਰਾ ਸੁੱਕਾ ਹੈ ਤੇ [[PERSON:ਜੋਤ]] ਦੀ ਖੰਘ ਹਟ ਗਈ।
"""),
    ),
    (
        "fv2bi-pa-02",
        "pa",
        _s("""
ਰੌਲੇ ਦੀ ਡਾਇਰੀ – [[PERSON:ਗੁਰਵਿੰਦਰ ਸਿੰਘ ਢਿੱਲੋਂ]], [[ADDRESS:ਫ਼ਲੈਟ ੧੫]], [[ADDRESS:Penn
Court]], ਵੁਲਵਰਹੈਂਪਟਨ [[POSTCODE:WV3 7EX]]। ASB ਕੇਸ [[REFERENCE:BCL-ASB-0581]],
[[ORGANISATION:Black Country Living]]।

ਮੈਂ ਟੈਕਸੀ ਚਲਾਉਂਦਾ ਹਾਂ, ਰਾਤ ਦੀ ਸ਼ਿਫ਼ਟ। ਉੱਪਰ [[ADDRESS:ਫ਼ਲੈਟ ੧੮]] ਵਿੱਚ ਨਵਾਂ ਮੁੰਡਾ ਆਇਆ,
ਸਾਰੇ ਉਹਨੂੰ [[PERSON:ਸ਼ੈਰੀ]] ਕਹਿੰਦੇ ਨੇ।
ਸ਼ਨਿੱਚਰ ੧੨ ਅਕਤੂਬਰ, ੧ ਵਜੇ ਤੋਂ ੬ ਵਜੇ ਤੱਕ: ਡਰਿੱਲ ਤੇ ਸਪੀਕਰ। ਮੈਂ ਸੌਂ ਨਹੀਂ ਸਕਿਆ।
ਐਤਵਾਰ ੧੩: ਉਹੀ। ਰਾਤ ਨੂੰ ਗੱਡੀ ਚਲਾਉਂਦਿਆਂ ਅੱਖਾਂ ਮੀਟ ਹੋਣ ਲੱਗੀਆਂ — ਖ਼ਤਰਨਾਕ।
੧੪ ਅਕਤੂਬਰ: ASB ਲਾਈਨ [[PHONE:0121 496 0326]] 'ਤੇ ਫ਼ੋਨ। ਕਿਹਾ ਡਾਇਰੀ ਰੱਖੋ।
੧੭ ਅਕਤੂਬਰ: ਪਾਰਕਿੰਗ ਵਿੱਚ ਮੇਰੀ ਟੈਕਸੀ ([[OTHER_ID:WV19 TXA]]) ਦੇ ਸ਼ੀਸ਼ੇ 'ਤੇ ਕਿਸੇ ਨੇ ਲਿਖਿਆ
"ਸ਼ਿਕਾਇਤਾਂ ਬੰਦ ਕਰ"। ਫ਼ੋਟੋ ਖਿੱਚੀ।
੨੦ ਅਕਤੂਬਰ: ਧੀ [[PERSON:ਨਵਨੀਤ]] ([[AGE:੧੬ ਸਾਲ]]) ਦੇ mock exams, ਉਹ ਲਾਇਬ੍ਰੇਰੀ ਜਾ ਕੇ
ਪੜ੍ਹਦੀ ਹੈ।
੨੨ ਅਕਤੂਬਰ: ਮਿਸ [[PERSON:ਹੈਲਨ]] (ASB) ਨੇ ਫ਼ੋਨ ਕੀਤਾ। ਰਿਕਾਰਡਿੰਗਾਂ
[[EMAIL:gurvinder.dhillon@example.com]] ਤੋਂ ਭੇਜੀਆਂ।
੨੮ ਅਕਤੂਬਰ: ਘਰਵਾਲੀ [[PERSON:ਪਰਮਜੀਤ]] ਨੇ [[PERSON:ਸ਼ੈਰੀ]] ਦੀ ਮਾਂ ਨਾਲ ਗੱਲ ਕੀਤੀ। ਚੰਗੀ ਔਰਤ
ਹੈ, ਕਹਿੰਦੀ ਪੁੱਤ ਘਰ ਠੀਕ ਕਰ ਰਿਹਾ ਸੀ।
੪ ਨਵੰਬਰ: ਮੀਡੀਏਸ਼ਨ। ਸਮਝੌਤਾ: ਡਰਿੱਲ ਸਿਰਫ਼ ੧੦ ਤੋਂ ੧੨ ਵਜੇ, ਸਪੀਕਰ ਬੰਦ। ਟੈਕਸੀ ਵਾਲੀ ਗੱਲ
ਪੁਲਿਸ ਨੂੰ ਦੱਸੀ, ਕ੍ਰਾਈਮ ਨੰਬਰ [[REFERENCE:20/118274/24]]।
ਦਸੰਬਰ: ਸ਼ਾਂਤੀ। [[PERSON:ਸ਼ੈਰੀ]] ਹੁਣ ਪਾਰਕਿੰਗ ਵਿੱਚ ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਵੀ ਬੁਲਾਉਂਦਾ ਹੈ।

ਕੀ ਸਿੱਖਿਆ: ਚਿੱਠੀਆਂ ਨਾਲੋਂ ਆਹਮੋ-ਸਾਹਮਣੇ ਗੱਲ ਚੰਗੀ ਰਹੀ। [[ORGANISATION:Black Country
Living]] ਨੇ ਮੰਨਿਆ ਕਿ ਮੀਡੀਏਸ਼ਨ ਪਹਿਲਾਂ ਹੋਣੀ ਚਾਹੀਦੀ ਸੀ, ਹੁਣ ਉਹ ਦੋ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਪੇਸ਼ ਕਰਦੇ ਨੇ।
ਤਰੀਕ ਤੇ ਸਮਾਂ ਲਿਖਦੇ ਰਹੋ।
"""),
    ),
    (
        "fv2bi-pa-03",
        "pa",
        _s("""
ਬੀਬੀ ਜੀ ਦੀ ਹੀਟਿੰਗ – ਲਿਖਣ ਵਾਲੀ [[PERSON:ਹਰਜੀਤ ਕੌਰ ਬੈਂਸ]] (ਨੂੰਹ)। ਬੀਬੀ ਜੀ:
[[PERSON:ਕਰਤਾਰ ਕੌਰ]], ਜਨਮ [[DATE_OF_BIRTH:੧੨ ਜਨਵਰੀ ੧੯੪੦]], [[ADDRESS:੧੧ Swanswell
Terrace]], ਕਵੈਂਟਰੀ [[POSTCODE:cv1 4dp]]। ਉਮਰ [[AGE:੮੪ ਸਾਲ]], [[HEALTH:ਡਿਮੈਂਸ਼ੀਆ]]। ਘਰ
[[ORGANISATION:Coventry Gate Homes]] ਦਾ।

੨੦ ਜਨਵਰੀ: ਬੋਇਲਰ ਬੰਦ। ਬੀਬੀ ਜੀ ਨੂੰ ਯਾਦ ਨਹੀਂ ਕਦੋਂ ਤੋਂ। ਫ਼ੋਨ [[PHONE:0121 496 0702]], ਜੌਬ
[[REFERENCE:CGH-448810]]।
੨੧ ਜਨਵਰੀ: ਬੀਬੀ ਜੀ ਨੂੰ ਆਪਣੇ ਘਰ ਲੈ ਆਏ।
੨੩ ਜਨਵਰੀ: ਇੰਜੀਨੀਅਰ [[PERSON:ਮਾਰਕ]], [[ORGANISATION:Midland Heat Care]], ਵੈਨ
[[OTHER_ID:FN18 OYR]]। ਬੋਇਲਰ ੧੮ ਸਾਲ ਪੁਰਾਣਾ, ਨਵਾਂ ਲੱਗੇਗਾ।
੨੫ ਜਨਵਰੀ: ਬੀਬੀ ਜੀ ਸਾਡੇ ਘਰ ਬੇਚੈਨ, ਰਾਤ ਨੂੰ ਉੱਠ ਕੇ "ਘਰ ਜਾਣਾ" ਕਹਿੰਦੇ। [[ADDRESS:Stoney
Stanton Surgery]] ਦੇ ਡਾਕਟਰ ਨੂੰ NHS ਨੰਬਰ [[OTHER_ID:੭੧੨ ੪੪੫ ੯੦੮੧]] ਦੱਸਿਆ, ਉਨ੍ਹਾਂ ਨੇ ਚਿੱਠੀ
ਲਿਖੀ।
੨੭ ਜਨਵਰੀ: ਪੋਰਟਲ 'ਤੇ (ਯੂਜ਼ਰਨੇਮ [[OTHER_ID:kartar.k40]]) ਨਵੇਂ ਬੋਇਲਰ ਦੀ ਕੋਈ ਤਰੀਕ ਨਹੀਂ।
੨੯ ਜਨਵਰੀ: ਸ਼ਿਕਾਇਤ [[EMAIL:harjit.bains@example.net]] ਤੋਂ, ਨੰਬਰ [[REFERENCE:CGH/CF/7720]]।
੩੧ ਜਨਵਰੀ: ਮਿਸ [[PERSON:ਕਲੇਅਰ]] ਨੇ ਫ਼ੋਨ ਕੀਤਾ। [[HEALTH:ਡਿਮੈਂਸ਼ੀਆ]] ਬਾਰੇ ਸਮਝਦੀ ਸੀ, ਉਹਦੀ
ਆਪਣੀ ਨਾਨੀ ਨੂੰ ਵੀ ਹੈ।
੫ ਫ਼ਰਵਰੀ: ਨਵਾਂ ਬੋਇਲਰ। ਥਰਮੋਸਟੈਟ ਵੱਡੇ ਬਟਨਾਂ ਵਾਲਾ, ਉੱਤੇ ਗੁਰਮੁਖੀ ਦਾ ਸਟਿੱਕਰ ਵੀ ਲਾਇਆ।
੬ ਫ਼ਰਵਰੀ: ਬੀਬੀ ਜੀ ਆਪਣੇ ਘਰ ਵਾਪਸ, ਬਹੁਤ ਖ਼ੁਸ਼।

ਕਿਵੇਂ ਠੀਕ ਹੋਇਆ: [[ORGANISATION:Coventry Gate Homes]] ਨੇ ਮੰਨਿਆ ਕਿ ੮੦ ਸਾਲ ਤੋਂ ਉੱਪਰ
ਵਾਲਿਆਂ ਦੇ ਪੁਰਾਣੇ ਬੋਇਲਰ ਪਹਿਲਾਂ ਬਦਲਣੇ ਚਾਹੀਦੇ ਸੀ, ਹੁਣ ਉਨ੍ਹਾਂ ਦੀ ਸੂਚੀ ਬਣਾਈ ਹੈ। ੧੫੦ ਪੌਂਡ
ਮਿਲੇ। ਸਿੱਖਿਆ: [[HEALTH:ਡਿਮੈਂਸ਼ੀਆ]] ਵਾਲੇ ਬਜ਼ੁਰਗਾਂ ਦੀ ਫ਼ਾਈਲ 'ਤੇ ਕਿਸੇ ਰਿਸ਼ਤੇਦਾਰ ਦਾ ਨੰਬਰ
ਜ਼ਰੂਰ ਲਿਖਵਾਓ।
"""),
    ),
    (
        "fv2bi-pa-04",
        "pa",
        _s("""
ਬਾਥਰੂਮ ਲੀਕ ਦੀ ਡਾਇਰੀ – [[PERSON:ਸੁਖਵਿੰਦਰ ਸਿੰਘ]] (ਸਾਰੇ [[PERSON:ਸੁੱਖੀ]] ਕਹਿੰਦੇ ਨੇ),
[[ADDRESS:੩੮ Pelham Rise]], ਗ੍ਰੇਵਜ਼ੈਂਡ [[POSTCODE:DA11 0HW]]। ਮਕਾਨ-ਮਾਲਕ
[[ORGANISATION:Medway Thames Homes]]।

੩ ਜੂਨ: ਬਾਥਰੂਮ ਦੇ ਫ਼ਰਸ਼ ਹੇਠੋਂ ਪਾਣੀ, ਰਸੋਈ ਦੀ ਛੱਤ 'ਤੇ ਦਾਗ਼। ਫ਼ੋਨ [[PHONE:0306 999 0361]],
ਜੌਬ [[REFERENCE:MTH 77 20 14]]।
੬ ਜੂਨ: ਪਲੰਬਰ [[PERSON:ਸਟੂਅਰਟ]] ਆਇਆ, ਟਾਇਲਟ ਦੀ ਸੀਲ ਬਦਲ ਗਿਆ।
੧੦ ਜੂਨ: ਫਿਰ ਲੀਕ। ਫ਼ਰਸ਼ ਨਰਮ, ਪੈਰ ਰੱਖੋ ਤਾਂ ਹਿੱਲਦਾ।
੧੨ ਜੂਨ: [[PERSON:ਫ਼ਤਿਹ]] ([[AGE:੭ ਸਾਲ]]) ਦਾ ਪੈਰ ਫ਼ਰਸ਼ ਵਿੱਚ ਧੱਸ ਗਿਆ, ਗਿੱਟੇ 'ਤੇ ਸੱਟ। ਦੋ ਦਿਨ
[[ADDRESS:Kingsferry Primary]] ਤੋਂ ਛੁੱਟੀ।
੧੩ ਜੂਨ: ਫ਼ੋਟੋਆਂ ਭੇਜੀਆਂ। ਫ਼ੋਨ 'ਤੇ ਆਪਣੀ ਈਮੇਲ ਇਉਂ ਦੱਸੀ: [[EMAIL:sukhi.singh ਐਟ example
ਡਾਟ net]]।
੧੮ ਜੂਨ: ਸ਼ਿਕਾਇਤ [[REFERENCE:MTH-CP-3307]]।
੨ ਜੁਲਾਈ: ਸਟੇਜ ੧ ਦਾ ਜਵਾਬ: "ਪਲੰਬਰ ਨੇ ਠੀਕ ਕਰ ਦਿੱਤਾ"। ਪਰ ਫ਼ਰਸ਼ ਅਜੇ ਵੀ ਹਿੱਲਦਾ!
੯ ਜੁਲਾਈ: ਹਾਊਸਿੰਗ ਓਮਬਡਸਮੈਨ ਨੂੰ ਲਿਖਿਆ, ਕੇਸ [[REFERENCE:202508816]]।
੧੫ ਜੁਲਾਈ: ਸਰਵੇਅਰ ਮਿਸਿਜ਼ [[PERSON:ਅਡੇਵਾਲੇ]] ਆਏ। ਫ਼ਰਸ਼ ਦੇ ਫੱਟੇ ਗਲੇ ਹੋਏ, ਹੇਠਲੇ ਸ਼ਤੀਰ ਵੀ।
ਧੀ [[PERSON:ਨੀਤੂ]] ਨੇ ਉਨ੍ਹਾਂ ਨੂੰ ਸਾਰੀ ਡਾਇਰੀ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਪੜ੍ਹ ਕੇ ਸੁਣਾਈ।
੨੨ ਤੋਂ ੨੬ ਜੁਲਾਈ: ਨਵਾਂ ਫ਼ਰਸ਼, ਨਵੀਂ ਪਾਈਪ, ਰਸੋਈ ਦੀ ਛੱਤ 'ਤੇ ਪੇਂਟ।

ਕਿਵੇਂ ਠੀਕ ਹੋਇਆ: [[ORGANISATION:Medway Thames Homes]] ਨੇ ਮੰਨਿਆ ਕਿ ਸਟੇਜ ੧ ਦਾ ਜਵਾਬ ਬਿਨਾਂ
ਦੇਖੇ ਲਿਖਿਆ ਗਿਆ ਸੀ। ੫੫੦ ਪੌਂਡ ਮਿਲੇ ਤੇ [[PERSON:ਫ਼ਤਿਹ]] ਦੀ ਸੱਟ ਲਈ ਮਾਫ਼ੀ। ਹੁਣ ਜਿੱਥੇ ਫ਼ਰਸ਼
ਨਰਮ ਹੋਵੇ, ਉੱਥੇ ਪਲੰਬਰ ਨਾਲ ਕਾਰਪੈਂਟਰ ਵੀ ਆਉਂਦਾ ਹੈ। ਓਮਬਡਸਮੈਨ ਨੇ ਕੇਸ ਬੰਦ ਕਰ ਦਿੱਤਾ।
"""),
    ),
    (
        "fv2bi-pa-05",
        "pa",
        _s("""
ਸਰਵਿਸ ਚਾਰਜ ਦੀ ਡਾਇਰੀ – [[PERSON:ਅਮਨਦੀਪ ਕੌਰ ਗਰੇਵਾਲ]], [[ADDRESS:ਫ਼ਲੈਟ ੭੦੩]],
[[ADDRESS:Lister Point]], ਡਰਬੀ [[POSTCODE:DE1 3RS]]। ਟੈਨੈਂਸੀ ਨੰਬਰ
[[REFERENCE:QVH-0071-703]], [[ORGANISATION:Quayview Homes]]।

੨ ਅਪ੍ਰੈਲ: ਨਵਾਂ ਸਾਲਾਨਾ ਬਿੱਲ — ਸਰਵਿਸ ਚਾਰਜ ੧੮ ਪੌਂਡ ਤੋਂ ੩੧ ਪੌਂਡ ਹਫ਼ਤਾ। ਲਿਫਟ, ਸਫ਼ਾਈ,
ਕੰਸੀਅਰਜ। ਕੰਸੀਅਰਜ ਤਾਂ ਪਿਛਲੇ ਸਾਲ ਤੋਂ ਹੈ ਹੀ ਨਹੀਂ।
੪ ਅਪ੍ਰੈਲ: ਪੋਰਟਲ ਵਿੱਚ ਲੌਗਇਨ ([[OTHER_ID:aman.grewal21]]), ਕੋਈ ਵੇਰਵਾ ਨਹੀਂ।
੮ ਅਪ੍ਰੈਲ: ਫ਼ੋਨ [[PHONE:0115 496 0624]]। ਕਹਿੰਦੇ: "ਪਹਿਲਾਂ ਭਰੋ, ਫਿਰ ਸ਼ਿਕਾਇਤ"।
੧੦ ਅਪ੍ਰੈਲ: ਇਨਕਮ ਅਫ਼ਸਰ ਮਿਸਟਰ [[PERSON:ਫ਼ਰਗੂਸਨ]] ਨੇ ਡਾਇਰੈਕਟ ਡੈਬਿਟ ਬਦਲਣ ਲਈ ਸੌਰਟ ਕੋਡ ਤੇ
ਖਾਤਾ ਨੰਬਰ ਪੁੱਛੇ, ਦੱਸ ਦਿੱਤੇ: [[OTHER_ID:20-45-77]], [[OTHER_ID:31884471]]।
੧੫ ਅਪ੍ਰੈਲ: ਮਿਸਟਰ [[PERSON:ਫ਼ਰਗੂਸਨ]] ਕਹਿੰਦਾ ਮੇਰੇ [[OTHER_SPECIAL:ILR]] ਦੇ ਕਾਗ਼ਜ਼ ਵੀ ਭੇਜੋ।
ਸਰਵਿਸ ਚਾਰਜ ਨਾਲ ਇਸ ਦਾ ਕੀ ਲੈਣਾ?
੧੭ ਅਪ੍ਰੈਲ: ਸ਼ਿਕਾਇਤ [[EMAIL:amandeep.grewal@example.com]] ਤੋਂ, ਨੰਬਰ
[[REFERENCE:QVH/CMP/1142]]। ਬਲਾਕ ਦੇ ਹੋਰ ਕਿਰਾਏਦਾਰਾਂ ਨੇ ਵੀ ਲਿਖਿਆ, [[ADDRESS:ਫ਼ਲੈਟ ੭੦੧]]
ਵਾਲੀ ਆਂਟੀ [[PERSON:ਗਲੋਰੀਆ]] ਨੇ ਵੀ।
੩ ਮਈ: ਮਿਸ [[PERSON:ਸ਼ਿਵਾਨੀ]] ਨੇ ਕਮਿਊਨਿਟੀ ਰੂਮ ਵਿੱਚ ਮੀਟਿੰਗ ਰੱਖੀ। ਮੰਨਿਆ ਕਿ ਕੰਸੀਅਰਜ
ਗ਼ਲਤੀ ਨਾਲ ਬਿੱਲ ਵਿੱਚ ਰਹਿ ਗਿਆ।
੨੦ ਮਈ: ਨਵਾਂ ਬਿੱਲ ੨੨ ਪੌਂਡ ਹਫ਼ਤਾ, ਵਾਧੂ ਭਰੇ ਪੈਸੇ ਵਾਪਸ। [[OTHER_SPECIAL:ILR]] ਵਾਲੀ ਗੱਲ ਲਈ
ਲਿਖਤੀ ਮਾਫ਼ੀ।

ਕਿਵੇਂ ਠੀਕ ਹੋਇਆ: [[ORGANISATION:Quayview Homes]] ਹੁਣ ਹਰ ਸਾਲ ਬਿੱਲ ਨਾਲ ਪੂਰਾ ਵੇਰਵਾ ਭੇਜਦੀ
ਹੈ, ਅਤੇ ਸਟਾਫ਼ ਨੂੰ ਦੱਸਿਆ ਗਿਆ ਹੈ ਕਿ ਇਮੀਗ੍ਰੇਸ਼ਨ ਦੇ ਕਾਗ਼ਜ਼ ਸਿਰਫ਼ ਨਵੀਂ ਟੈਨੈਂਸੀ ਵੇਲੇ ਮੰਗਣੇ
ਹਨ। ਸਿੱਖਿਆ: ਇਕੱਲੇ ਨਹੀਂ, ਪੂਰੇ ਬਲਾਕ ਵੱਲੋਂ ਸ਼ਿਕਾਇਤ ਕਰੋ।
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
