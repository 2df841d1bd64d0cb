"""Fresh version-2 PII test stories, batch bq.

Written as health and social care letters pasted into a housing story: GP letters, health
visitor and midwife letters, occupational therapy assessments, mental health nurse and social
worker referrals and school SENCo letters, each wrapped in the resident's (or a relative's or
community worker's) covering note; outside English the letter is quoted in English or
translated inside the native-language story. They carry letterheads, "Re:" lines, NHS numbers,
a UPN, BRP and bank account endings, GMC/NMC/HCPC/Social Work England numbers and a vehicle
registration (all OTHER_ID), dates of birth in many formats and scripts, and named clinicians.
The family's own GP surgery or child's school is ADDRESS (with its street and postcode);
letterheads of hospitals, community teams and council offices, including one office postcode,
are left unmarked. Pregnancy and symptoms are not HEALTH, only named conditions (and
"autistic"); NHS trusts and teams are not ORGANISATION, councils and landlords are; generic
policy mentions ("over 75", "baby under one"), letter and visit dates, and money stay unmarked.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 7 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 62.9% of 35, recall 96.7%, precision 80.1%, on the committed
detector 053f949 (after round 57); leak-free by language ar 4, bn 3, en 3, pa 3, pl 4, ro 3, ur 2 of 5.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2bq-en-01",
        "en",
        _s("""
Covering note from [[PERSON:Declan Fahy]]: I'm putting my GP's letter up exactly as she
wrote it, because it is the one thing that moved [[ORGANISATION:Calderbrook Homes]] on the
mould in my bedroom after two winters of "wipe it with bleach and open a window".

[[ADDRESS:Stainbeck Fold Surgery]], [[ADDRESS:9 Stainbeck Fold]], Leeds [[POSTCODE:LS7 2PW]].
Telephone [[PHONE:0113 496 0217]]. [[EMAIL:admin@stainbeckfold.example.org]]

11 March 2024. To whom it may concern.

Re: Mr [[PERSON:Declan Fahy]], DOB [[DATE_OF_BIRTH:03/11/1958]], NHS No [[OTHER_ID:999 526 0182]],
[[ADDRESS:Flat 14, Harland House, Potternewton Lane]], Leeds [[POSTCODE:LS7 3DX]].

Mr [[PERSON:Fahy]] has been registered with this practice for over ten years. He has
[[HEALTH:chronic obstructive pulmonary disease]] and [[HEALTH:type 2 diabetes]]. Since
October he has needed three courses of antibiotics and oral steroids, and he spent four
nights in St James's in January. On my home visit on 4 March I saw black mould across the
outside wall of his bedroom and along the window reveals; the wall was cold and wet to
the touch. Damp and mould are well-recognised triggers for exacerbations of
[[HEALTH:COPD]]. In my opinion his housing is contributing directly to his ill health,
and I would support urgent repair or, failing that, a move to dry accommodation.

Yours faithfully, Dr [[PERSON:Anjali Mistry]] MBBS MRCGP, GP Partner, GMC No. [[OTHER_ID:7034512]]

What happened next: I sent this with my stage 1 complaint (ref [[REFERENCE:CBH-C-20931]]).
A surveyor, [[PERSON:Gary]], came eight days later and found the cavity insulation had
slumped and was wicking water through. They put me in an empty flat two floors up for
six weeks, stripped and re-insulated the wall and fitted a fan, and paid £750 for the two
winters. [[ORGANISATION:Calderbrook]] now ask at the very first damp report whether anyone in the home has
a breathing condition, instead of waiting for a doctor to write in. My chest has been
better this year.
"""),
    ),
    (
        "fv2bq-en-02",
        "en",
        _s("""
Posted by [[PERSON:Abena]], mum of [[PERSON:Hope]]. Our housing officer told me a letter
"from a professional" would help prioritise us. I didn't know that was how it worked, so
here is the one our health visitor wrote.

EASTSIDE 0-19 PUBLIC HEALTH NURSING SERVICE, Unit 4, Gatehouse Business Park, Tidal Basin
Road, London E16 1AQ. Tel [[PHONE:020 7946 0581]].

19 February 2024

Re: Baby [[PERSON:Hope Owusu-Mensah]], DOB [[DATE_OF_BIRTH:02.01.2024]], NHS number
[[OTHER_ID:999 159 0838]]. Mother: Ms [[PERSON:Abena Owusu]], DOB [[DATE_OF_BIRTH:14.06.1996]].
Address: [[ADDRESS:22 Kestrel Point]], [[ADDRESS:Gallions Reach Estate]], London [[POSTCODE:E16 4RF]].

Dear Sir or Madam, I am the named health visitor for [[PERSON:Hope]], who is now [[AGE:7 weeks]] old.
She was born at 34 weeks, spent twelve days in the neonatal unit and is on home oxygen
overnight for [[HEALTH:chronic lung disease of prematurity]]. At the new-birth visit and
again on 15 February I found water running down the inside of the bedroom window, a strong
damp smell and black mould behind the cot and on the ceiling above it. Ms [[PERSON:Owusu]] is drying
the walls with towels twice a day. She is also supported by our perinatal team for
[[HEALTH:postnatal depression]], and the state of the flat is making that harder. A
premature baby with a lung condition should not sleep in a room with visible mould. I ask
that this family is treated as a priority and moved while the repair is done.

Yours faithfully, [[PERSON:Rachel Dunn]] RN SCPHN, Health Visitor, NMC PIN [[OTHER_ID:09I2345E]],
[[EMAIL:rachel.dunn@eastside019.example.org]]

It worked. Within a week [[ORGANISATION:Docklands Community Homes]] moved me, [[PERSON:Hope]] and my
partner [[PERSON:Kwame]] into a flat in the next block while they fixed the wall and put in
a PIV unit (repair job [[REFERENCE:DCH-448120]]). We went back after five weeks and it is
dry. What they told me they learned: any mould report where there is a baby under one now
gets a surveyor within 48 hours, letter or no letter. You can reach me through the
campaign or on [[PHONE:07700 900418]].
"""),
    ),
    (
        "fv2bq-en-03",
        "en",
        _s("""
From [[PERSON:Sonia Campbell]]: Mum asked me to share her OT report for anyone else
fighting for a shower. Section 4 is the part that got it done.

[[ORGANISATION:Kingsmere Borough Council]], Adult Social Care, Community Occupational Therapy
Team, Civic Centre, Market Street. Tel: [[PHONE:01632 960 514]].

OCCUPATIONAL THERAPY ASSESSMENT: MAJOR ADAPTATION. Client: Mrs [[PERSON:Merlene Campbell]].
Date of birth: [[DATE_OF_BIRTH:21 September 1956]]. Address: [[ADDRESS:41 The Spinney]],
Bushbury, Wolverhampton [[POSTCODE:WV10 8JE]]. Landlord: [[ORGANISATION:Brookhaven Housing Association]]
(tenancy ref [[REFERENCE:BHA/T/006712]]). Assessed by: [[PERSON:Joanne Pryce]], Occupational
Therapist, HCPC [[OTHER_ID:OT61842]]. Date of visit: 7 May 2024.

1. Background. Mrs [[PERSON:Campbell]] is a [[AGE:67-year-old]] woman with
[[HEALTH:relapsing-remitting multiple sclerosis]], diagnosed in 2009, and
[[HEALTH:osteoarthritis]] of both knees. She lives alone; her daughter visits daily.
2. Mobility. Rollator indoors, wheelchair outdoors. Goes up and down the stairs on her bottom.
3. Bathing. Unable to use the bath since a fall in January; strip-washes at the kitchen sink.
4. Recommendation. Level-access shower with fold-down seat and grab rails on the ground
floor in place of the downstairs WC. This is necessary and appropriate to meet her assessed
needs and reasonable and practicable in this property. Urgent priority: falls risk.
Signed: [[PERSON:J. Pryce]]

[[ORGANISATION:Brookhaven]] then sat on the referral for five months, because they and the council each
thought the other was paying. I complained and left my mobile, [[PHONE:07700 900 762]].
The stage 2 manager, [[PERSON:Neil Okafor]], rang the next morning, admitted nobody owned
the under and over £1,000 split, and booked the work. The shower went in that August. They
have since agreed a joint protocol with the council so that an OT recommendation goes
straight onto the works list with a date, and tenants get a named contact.
"""),
    ),
    (
        "fv2bq-en-04",
        "en",
        _s("""
Sharing this with my nurse's permission. I have not taken anything out.

NORTH KIRKLEES COMMUNITY MENTAL HEALTH TEAM, The Beeches, Bradford Road, Dewsbury.
Duty line [[PHONE:01632 960 209]].

2 October 2023. To: Anti-social Behaviour Team, [[ORGANISATION:Pennine Vale Housing]].

Re: Ms [[PERSON:Dawn Teale]], date of birth the [[DATE_OF_BIRTH:ninth of August 1979]],
NHS number [[OTHER_ID:9990166137]], [[ADDRESS:Flat 7, Ravenscliffe Court]], Dewsbury
[[POSTCODE:WF13 4HL]]. Your ref: [[REFERENCE:ASB-2023-0613]].

I am Ms [[PERSON:Teale]]'s care coordinator. She has a diagnosis of
[[HEALTH:complex post-traumatic stress disorder]] and has been known to our team since
2019. Until this spring she was stable, working part time, and had not needed an admission
for four years. Since a new tenant moved into the flat above, [[ADDRESS:number 11]], she
has had music through the ceiling most nights until 3 or 4 am and knocking at her door,
and in August an Instagram account, [[OTHER_ID:@ravenscliffe_watch]], began posting
photographs of her front door with comments about her. She has stopped going out, her
sleep has collapsed and last month she disclosed thoughts of ending her life. I am now
seeing her weekly. I ask that you treat Ms [[PERSON:Teale]] as a vulnerable complainant, weigh the
effect on her mental health in every decision, and discuss a management transfer with her.

[[PERSON:Femi Adebayo]], Community Mental Health Nurse, NMC PIN [[OTHER_ID:14D0923E]]

After this the ASB officer, [[PERSON:Will Hardcastle]], came out with [[PERSON:Femi]] and stood in my
hallway at 1 am to hear it for himself. The Instagram page was reported and taken down.
[[ORGANISATION:Pennine Vale]] offered me a ground-floor flat across town and I moved in December; the tenant
upstairs was served a notice. The lesson they admitted themselves: there was a
"vulnerable" flag on my file and nobody read it for five months. They now check the flag
at every ASB case review. I will say it plainly: I am sleeping again.
"""),
    ),
    (
        "fv2bq-en-05",
        "en",
        _s("""
[[PERSON:Ayaan Warsame]] writing. My son's school wrote this for our housing register
review and I'm sharing it because I never knew a school could do that.

[[ADDRESS:Sampson Road Primary School]], [[ADDRESS:Sampson Road]], Sparkbrook, Birmingham
[[POSTCODE:B11 1JL]]. Tel [[PHONE:0121 496 0734]].
[[EMAIL:senco@sampsonroadprimary.example.org]]

14 June 2024. To the Housing Needs team.

Re: [[PERSON:Abdirahman Warsame]], Year 4, DOB [[DATE_OF_BIRTH:30/03/2015]], UPN
[[OTHER_ID:H801234501015]]

I am the Special Educational Needs Co-ordinator at the school attended by [[PERSON:Abdirahman]] and
two of his sisters. He has an Education, Health and Care plan for [[HEALTH:autism]] and
[[HEALTH:ADHD]] and is [[AGE:9 years]] old. He shares a bedroom with his three brothers,
the youngest of whom is [[AGE:18 months]]; the family of eight live in a two-bedroom flat.
His mother tells us he is regularly awake past midnight because he cannot settle with
others in the room. We see the effect every day: he arrives exhausted, incidents before
lunch have doubled this year and he has twice been collected early. A child with his needs
requires a quiet space of his own to sleep and to calm down. I ask that this is taken into
account when the family's priority is assessed.

Yours sincerely, Mrs [[PERSON:Faith Okonkwo]], SENCo and Assistant Head

Our register number was [[REFERENCE:HR0921847]] and we had been in Band C for four years.
With this letter and one from the paediatrician, the medical panel moved us to Band A in
July, and in October [[ORGANISATION:Sparkhill & Moseley Homes]] offered a four-bedroom
house ten minutes from the school. They told me the panel now asks schools directly for
evidence when a child has an EHC plan, so families don't have to know to ask. If anyone in
the [[OTHER_SPECIAL:Somali]] community wants help with this, email me:
[[EMAIL:ayaan dot warsame at example dot com]].
"""),
    ),
    (
        "fv2bq-pl-01",
        "pl",
        _s("""
Piszę w imieniu mojej babci, [[PERSON:Krystyny Wróbel]]. Babcia ma [[AGE:79 lat]] i mieszka
sama pod [[ADDRESS:14 Tarn Close]] w Leeds, [[POSTCODE:ls11 6ab]], w mieszkaniu od
[[ORGANISATION:Aire Valley Homes]]. W grudniu padł jej bojler i przez prawie trzy tygodnie
nie miała ani ogrzewania, ani ciepłej wody. Dzwoniłam chyba dziesięć razy, numer
zgłoszenia [[REFERENCE:AVH 301 558]], i zawsze słyszałam, że „the part is on order”.

Ruszyło dopiero, jak lekarka rodzinna babci napisała list. Wklejam go tak, jak przyszedł:

„[[ADDRESS:Beeston Hill Medical Centre]], [[ADDRESS:120 Cross Flatts Road]], Leeds
[[POSTCODE:LS11 7JD]], tel. [[PHONE:0113 496 0852]]. To whom it may concern. Re: Mrs
[[PERSON:Krystyna Wrobel]], DOB [[DATE_OF_BIRTH:17.05.1944]], NHS No [[OTHER_ID:999 186 0916]].
Mrs [[PERSON:Wrobel]] has [[HEALTH:heart failure]] and [[HEALTH:atrial fibrillation]] and is at
high risk in a cold home. She told me she has been sleeping in her coat. Please restore
her heating as an emergency. Dr [[PERSON:Harriet Quayle]], GMC [[OTHER_ID:6148820]]”

Dla tych, którzy nie czytają po angielsku: pani doktor napisała, że babcia ma
[[HEALTH:niewydolność serca]] i [[HEALTH:migotanie przedsionków]], więc zimno jest dla niej
groźne, i że śpi w płaszczu. To prawda, sama to widziałam.

Następnego dnia przywieźli dwa grzejniki olejowe, a po czterech dniach stał nowy bojler.
W odpowiedzi na skargę przyznali, że nikt nie zajrzał do systemu, gdzie babcia od lat jest
oznaczona jako „vulnerable”. Teraz, jak piszą, starsze i chore osoby dostają grzejniki w
ciągu 24 godzin, nawet jeśli sama naprawa potrwa dłużej. Babcia dostała też 250 funtów
rekompensaty i zapłacili jej za prąd z tych grzejników.

Gdyby ktoś chciał pogadać, jestem [[PERSON:Zuzia]], wnuczka pani
[[PERSON:Krysi]], tel. [[PHONE:+44 7700 900 315]].
"""),
    ),
    (
        "fv2bq-pl-02",
        "pl",
        _s("""
Jestem [[PERSON:Magda Kaczmarek]], mieszkam z mężem [[PERSON:Bartkiem]] i synkiem
[[PERSON:Stasiem]] ([[AGE:3 latka]]) pod adresem [[ADDRESS:Flat 3, 58 Dunstable Road]], Luton
[[POSTCODE:LU4 8JN]]. Pod koniec ciąży ściana w sypialni była czarna od pleśni, a z okna
kapało na podłogę. [[ORGANISATION:Chiltern Gate Housing]] przysłali pana, który pomalował
ścianę farbą „anti-mould” i po trzech tygodniach było to samo.

Moja położna, [[PERSON:Siobhan Kelly]], przyszła na wizytę domową i złapała się za głowę.
Napisała list, tłumaczę najważniejsze:

„Dotyczy: pani [[PERSON:Magdaleny Kaczmarek]], ur. [[DATE_OF_BIRTH:8 października 1992]],
NHS [[OTHER_ID:999 390 9963]], obecnie w 33. tygodniu ciąży. Pani [[PERSON:Kaczmarek]] ma
[[HEALTH:cukrzycę ciążową]] oraz [[HEALTH:astmę]], która w ostatnich miesiącach wyraźnie się
pogorszyła. W sypialni, w której ma spać noworodek, jest rozległa pleśń. Proszę o pilne
usunięcie przyczyny wilgoci przed porodem, planowanym na początek grudnia.
[[PERSON:S. Kelly]], Community Midwife, NMC PIN [[OTHER_ID:11H4402E]], Community Midwifery
Team, tel. [[PHONE:01632 960 877]]”

List wysłałam razem ze skargą (nr [[REFERENCE:CGH-77310]]) ze swojego maila,
[[EMAIL:madzia.kaczmarek@example.net]]. Tym razem przyszedł surveyor i znalazł pękniętą
rynnę nad oknem i mokrą izolację. W dwa tygodnie wymienili rynnę, odgrzybili ściany,
założyli wentylator i zostawili nam osuszacz. Córeczka, [[PERSON:Lenka]], urodziła się już
do suchego pokoju, a [[PERSON:Staś]] przestał kaszleć po nocach.

W odpowiedzi na skargę [[ORGANISATION:Chiltern Gate]] napisali, że zmienili procedurę: przy
zgłoszeniu pleśni pytają teraz, czy w domu jest kobieta w ciąży albo małe dziecko, i wtedy
najpierw wysyłają kogoś, kto szuka przyczyny, a nie malarza. Szkoda tylko, że musiała to
za nas wywalczyć położna.
"""),
    ),
    (
        "fv2bq-pl-03",
        "pl",
        _s("""
Nazywam się [[PERSON:Wojciech Nowicki]]. Nasz syn [[PERSON:Kuba]] ma [[AGE:9 lat]] i
[[HEALTH:mózgowe porażenie dziecięce]], od dwóch lat jeździ na wózku. Mieszkamy w domu
komunalnym [[ORGANISATION:Westbury Vale Council]] pod [[ADDRESS:27 Cherry Orchard]], Swindon,
[[POSTCODE:SN2 7PL]]. Przed drzwiami są trzy schodki, a łazienka jest na piętrze, więc żona
codziennie nosiła [[PERSON:Kubę]] po schodach na rękach.

Terapeutka zajęciowa z zespołu dziecięcego, [[PERSON:Priya Chandran]] (HCPC
[[OTHER_ID:OT58217]]), zrobiła ocenę w domu. Fragment jej raportu w tłumaczeniu pani
[[PERSON:Eli]] z naszej parafii:

„[[PERSON:Jakub Nowicki]], ur. [[DATE_OF_BIRTH:12.02.2015]], uczeń [[ADDRESS:Oakfield Academy]].
Zalecenia: rampa przy drzwiach wejściowych, poszerzenie drzwi, podnośnik sufitowy z
sypialni do łazienki, łazienka bez brodzika (wet room). Obecne przenoszenie dziecka na
rękach to ryzyko urazu dla dziecka i dla matki. Priorytet: wysoki.”

Raport poszedł do rady w marcu i zapadła cisza. Po czterech miesiącach złożyłem skargę,
numer [[REFERENCE:WVC/CF/2024/1182]]. Odpisał pan [[PERSON:Okoro]] z działu adaptacji i
przeprosił: raport leżał w skrzynce pracownika, który odszedł z pracy, i nikt go nie
przejął. Rampa była w sierpniu, wet room i podnośnik w listopadzie. Dostaliśmy 400 funtów
za opóźnienie.

Rada pisze, że każde zalecenie terapeuty trafia teraz do wspólnej skrzynki zespołu, a
rodzina ma dostać telefon w ciągu 10 dni roboczych, zamiast czekać, aż jedna osoba wróci z
urlopu. [[PERSON:Kubuś]] sam wjeżdża do łazienki i jest z tego strasznie dumny. Jeśli ktoś
ze Swindon ma podobny problem, mój numer to [[PHONE:07700 900 284]].
"""),
    ),
    (
        "fv2bq-pl-04",
        "pl",
        _s("""
Mój tata, [[PERSON:Henryk Zieliński]], ma [[AGE:82 lata]] i od trzech lat
[[HEALTH:chorobę Alzheimera]]. Mieszka w [[ADDRESS:mieszkaniu 8]] w bloku
[[ADDRESS:Horton Court]] w Bradford, [[POSTCODE:BD5 0QA]]. Latem z
[[ADDRESS:mieszkania nr 12]] nad nim zaczęła lecieć woda, najpierw w łazience, potem przez
lampę w przedpokoju. Tata nie rozumiał, co się dzieje, podstawiał garnki i nikomu nic
nie mówił. Zauważyłem to dopiero przy odwiedzinach.

Zgłosiłem przeciek do [[ORGANISATION:Bradford Moor Housing Trust]], nr zgłoszenia
[[REFERENCE:BMHT-R-90417]]. Przyszli dwa razy, ale sąsiad z góry nie otwierał i naprawę
zamykano jako „no access”. Pomógł dopiero pracownik socjalny taty, pan
[[PERSON:Marcus Boateng]]. Napisał do nich tak (tłumaczę):

„Dotyczy: pan [[PERSON:Henryk Zielinski]], data urodzenia [[DATE_OF_BIRTH:3 marca 1942]], NHS
[[OTHER_ID:999 030 8241]]. Pan [[PERSON:Zieliński]] ma umiarkowaną [[HEALTH:demencję]] i nie
jest w stanie sam zgłaszać usterek ani ocenić zagrożenia. Woda leje się obok instalacji
elektrycznej. To sprawa ochrony dorosłych (safeguarding). Proszę o pilne wejście do
mieszkania powyżej, w razie potrzeby na podstawie nakazu, oraz o kontakt ze mną lub z
synem pana [[PERSON:Zielińskiego]], [[PERSON:Grzegorzem]].
[[PERSON:M. Boateng]], Social Worker, Social Work England [[OTHER_ID:SW104523]],
[[EMAIL:marcus.boateng@bradfordasc.example.org]]”

Po tym liście w ciągu dwóch dni weszli do [[ADDRESS:dwunastki]] ze ślusarzem. Okazało się,
że pękł wąż od pralki. Elektryk sprawdził instalację u taty, osuszyli sufit i pomalowali.
W odpowiedzi na skargę przyznali, że po drugim „no access” powinni byli sami to
eskalować. Teraz, jeśli lokator ma oznaczenie „vulnerable”, po pierwszej nieudanej wizycie
dzwonią do rodziny albo opiekuna. Zostawiam swój numer: [[PHONE:07700 900 592]].
[[PERSON:Grzegorz Zieliński]]
"""),
    ),
    (
        "fv2bq-pl-05",
        "pl",
        _s("""
Nazywam się [[PERSON:Beata Lis]] i od 2022 roku mieszkam z córką [[PERSON:Olą]] pod
[[ADDRESS:12 Willow Bank]], Kingsbury, [[POSTCODE:NW9 7TE]]. Za ścianą zamieszkał sąsiad z
dwoma psami i imprezami do rana. [[PERSON:Ola]] ma [[AGE:13 lat]] i
[[HEALTH:zaburzenia lękowe]]. Od kiedy zaczął się hałas, przestała spać i chodzić do szkoły.
Zgłaszałam to do [[ORGANISATION:Brent Green Homes]] (sprawa ASB nr [[REFERENCE:ASB/4471/23]]),
ale odpisywali, że to „lifestyle noise”.

Koordynatorka SEN ze szkoły [[PERSON:Oli]], pani [[PERSON:Hope Adeyemi]], napisała list.
Zostawiam go po angielsku, bo tak go wysłałam:

„[[ADDRESS:Kingsbury Green High School]], Learning Support. Re: [[PERSON:Aleksandra Lis]]
(Year 8), DOB [[DATE_OF_BIRTH:04/07/2010]]. [[PERSON:Aleksandra]]'s attendance has fallen from 96% to
61% since January. She has a diagnosis of [[HEALTH:generalised anxiety disorder]] and is
known to CAMHS. She tells us, and her mother confirms, that she is kept awake most nights
by noise from next door, and she has had panic attacks in lessons after nights without
sleep. We would support any action that gives her a quiet home. Mrs [[PERSON:H. Adeyemi]],
SENCo, tel. [[PHONE:020 7946 0329]]”

Do listu dołączyłam nagrania z aplikacji. Tym razem oficer ASB przyszedł wieczorem i sam
usłyszał. Sąsiad dostał ostrzeżenie, potem podpisał „acceptable behaviour contract” i od
marca jest cicho. Dostałam przeprosiny i 300 funtów. [[ORGANISATION:Brent Green]] napisali,
że zmienili zasady: gdy hałas zgłasza rodzina z dzieckiem z niepełnosprawnością albo
problemami psychicznymi, oceniają teraz wpływ na to dziecko, a nie tylko liczbę
decybeli. [[PERSON:Ola]] wróciła do szkoły na cały tydzień. Jeśli ktoś potrzebuje
pomocy po polsku: [[EMAIL:beata.lis@example.com]].
"""),
    ),
    (
        "fv2bq-ro-01",
        "ro",
        _s("""
Mă numesc [[PERSON:Ionela Dumitrescu]] și stau cu băiatul meu, [[PERSON:Ionuț]], de
[[AGE:6 ani]], la [[ADDRESS:18 Roundhay Mount]], Leeds [[POSTCODE:LS8 4DW]]. Apartamentul e
de la [[ORGANISATION:Leeds Northside Homes]]. Din noiembrie a apărut mucegai negru pe
peretele din camera lui [[PERSON:Ionuț]], iar el a început să tușească noaptea. Am sunat la
repairs de cel puțin opt ori și mi s-a spus să deschid geamul și să șterg cu oțet.

Doctorița noastră de familie de la [[ADDRESS:Harehills Corner Surgery]], dr.
[[PERSON:Catherine Moss]], a scris o scrisoare. O copiez aici exact:

„Re: [[PERSON:Ionut Dumitrescu]], DOB [[DATE_OF_BIRTH:23/09/2017]], NHS No.
[[OTHER_ID:999 628 1949]]. This boy has [[HEALTH:asthma]] which has become poorly controlled
over the last three months, with two attendances at A&E and one course of oral steroids.
His mother reports black mould in his bedroom, a recognised trigger. I would be grateful
if the landlord could treat the repair as a priority. Dr [[PERSON:C. Moss]], GMC
[[OTHER_ID:4471029]]”

Am trimis scrisoarea odată cu plângerea (referința [[REFERENCE:LNH-CMP-55102]]) de pe adresa
mea, [[EMAIL:ionela.dumitrescu85@example.com]]. În zece zile a venit un inspector, care a
găsit o fisură în zidul exterior și un burlan spart chiar lângă fereastra băiatului. Au
reparat zidul, au tratat pereții, au montat un ventilator și mi-au dat 300 de lire
compensație pentru iarna pierdută.

Ce au învățat, mi-au scris ei: acum, când în casă e un copil cu o boală respiratorie,
sesizarea de mucegai ajunge direct la un inspector, fără să mai treacă prin call center.
[[PERSON:Ionuț]] doarme bine și n-a mai ajuns la urgențe de trei luni. Mulțumesc doamnei
doctor [[PERSON:Moss]], care nu s-a mulțumit să-mi prescrie încă un inhalator.
"""),
    ),
    (
        "fv2bq-ro-02",
        "ro",
        _s("""
Scris de [[PERSON:Crina Pop]], lucrătoare comunitară la un centru pentru familii din
Sheffield, la rugămintea familiei [[PERSON:Stoica]].

[[PERSON:Florin]] și [[PERSON:Luminița Stoica]] sunt [[OTHER_SPECIAL:romi]] din Craiova și
locuiesc din 2021 pe [[ADDRESS:Firth Park Road nr. 63]], [[POSTCODE:S5 6WE]], într-o casă de
la [[ORGANISATION:Don Valley Housing Co-operative]]. În ianuarie s-a stricat centrala. Băiețelul
lor, [[PERSON:Darius]], are acum [[AGE:5 luni]]. Familia a sunat de cinci ori la numărul de
urgență, [[PHONE:0114 496 0388]], și de fiecare dată li s-a spus că vine cineva „mâine”.

Asistenta comunitară (health visitor), doamna [[PERSON:Sally Bird]], a venit acasă și a
măsurat 12 grade în dormitor. A scris imediat cooperativei; traduc scrisoarea:

„Privind: [[PERSON:Darius Stoica]], născut la [[DATE_OF_BIRTH:14.10.2023]], NHS
[[OTHER_ID:999 821 9930]]. Copilul a fost internat în decembrie cu [[HEALTH:bronșiolită]].
Temperatura din locuință pune în pericol un sugar de această vârstă. Mama are
[[HEALTH:anemie]] severă după naștere. Vă rog să restabiliți încălzirea în 24 de ore sau să
mutați familia temporar. [[PERSON:S. Bird]], Health Visitor, NMC [[OTHER_ID:02J1187W]],
[[EMAIL:s.bird@sheffieldhv.example.net]]”

A doua zi au venit trei radiatoare electrice și cooperativa a plătit curentul. Centrala
nouă a fost montată după o săptămână (lucrarea [[REFERENCE:DVH/RJ/10236]]). În răspunsul la
plângere au recunoscut că nu aveau nicio notă despre bebeluș, deși familia anunțase
nașterea la telefon. Acum, la orice sesizare despre căldură, operatorul întreabă dacă în
casă sunt copii sub un an sau persoane bolnave, și asta schimbă termenul.

[[PERSON:Luminița]] m-a rugat să scriu și asta: „Mulțumim doamnei [[PERSON:Bird]]. Fără ea
stăteam tot în frig.”
"""),
    ),
    (
        "fv2bq-ro-03",
        "ro",
        _s("""
Tatăl meu, [[PERSON:Vasile Munteanu]], are [[AGE:74 de ani]] și a făcut în martie un
[[HEALTH:accident vascular cerebral]]. De atunci are partea dreaptă slăbită și merge cu
cadrul. Stă cu mama la [[ADDRESS:5 Beech Rise]], Harlow [[POSTCODE:CM20 3QE]], într-o casă de
la [[ORGANISATION:Stortside Homes]].

Terapeuta ocupațională de la spital, [[PERSON:Hannah Greenwood]], a venit acasă înainte de
externare. Raportul ei e în engleză; traduc ce contează:

„Domnul [[PERSON:Munteanu]] (data nașterii [[DATE_OF_BIRTH:2 februarie 1950]]) nu poate urca
scările în siguranță și nu poate intra în cadă. Diagnostic: [[HEALTH:hemipareză]] dreaptă,
[[HEALTH:disfagie]] ușoară. Recomand: stairlift, înlocuirea căzii cu duș cu acces la nivel,
bară de sprijin la ușa din față. Până la montare, pat la parter.
[[PERSON:H. Greenwood]], Occupational Therapist, HCPC [[OTHER_ID:OT70315]], Stroke
Rehabilitation Team”

Raportul a ajuns la [[ORGANISATION:Stortside]] în mai. Până în august nu s-a mișcat nimic:
tata dormea în sufragerie pe un pat pliant și se spăla cu lavetă. Am făcut plângere (nr.
[[REFERENCE:SH-2024-3371]]) și am sunat-o pe managera de adaptări, [[PERSON:Deborah]], la
[[PHONE:01632 960 445]]. Ea a recunoscut că cererea fusese pusă pe lista „non-urgent”
pentru că nimeni nu citise că e vorba de un AVC.

Stairlift-ul a fost montat în trei săptămâni, dușul în octombrie. Ne-au dat 500 de lire,
virate în contul tatei, cel care se termină în [[OTHER_ID:7731]]. Acum, spun ei, orice
recomandare de la spital la externare e tratată automat ca urgentă și cineva sună familia
în aceeași săptămână. Tata urcă singur la etaj și e mândru de asta.

[[PERSON:Doina]]
"""),
    ),
    (
        "fv2bq-ro-04",
        "ro",
        _s("""
Sunt [[PERSON:Marius Enache]]. Stau cu soția și cei trei copii într-un apartament cu un
singur dormitor, [[ADDRESS:apartamentul 4]] din [[ADDRESS:Clarendon House]], Northampton
[[POSTCODE:NN1 3LX]]. Proprietarul e [[ORGANISATION:Nene Valley Homes]]. Avem
[[OTHER_SPECIAL:pre-settled status]] și la ghișeu mi s-a spus că nu avem voie să cerem
transfer. Nu era adevărat.

Am [[HEALTH:depresie]] și [[HEALTH:atacuri de panică]] de la pandemie. Dorm pe canapea în
sufragerie, unde dorm și doi dintre copii. Asistentul meu de la echipa de sănătate mintală,
domnul [[PERSON:Kwabena Asante]], a trimis o scrisoare la housing. O pun aici, tradusă de
mine:

„Referitor la: dl [[PERSON:Marius Enache]], data nașterii [[DATE_OF_BIRTH:19/01/1986]], NHS
[[OTHER_ID:999 518 1908]]. Dl [[PERSON:Enache]] se află în grija echipei noastre pentru
[[HEALTH:tulburare depresivă recurentă]]. Supraaglomerarea severă (cinci persoane într-o
singură cameră de dormit) îi împiedică somnul și recuperarea și a contribuit la două crize
în ultimele luni. Susțin acordarea priorității medicale și un transfer.
[[PERSON:K. Asante]], Community Mental Health Nurse, NMC PIN [[OTHER_ID:16A2278E]], mobil
[[PHONE:07700 900 127]]”

Am completat formularul de housing register cu numărul meu de asigurare,
[[NI_NUMBER:SN620481C]], și am atașat scrisoarea. Numărul de pe listă e
[[REFERENCE:NVH-HR-33208]]. Medical panel ne-a dat prioritate, iar în februarie am primit o
ofertă pentru o casă cu trei dormitoare, tot în Northampton.

Plângerea am făcut-o pentru ce mi s-a spus la ghișeu. [[ORGANISATION:Nene Valley]] a
recunoscut că angajata nu cunoștea regulile și ne dăduse o informație greșită, și-a cerut scuze
și au făcut training pentru tot personalul de la recepție. Dacă cineva a primit același
răspuns, să nu renunțe.
"""),
    ),
    (
        "fv2bq-ro-05",
        "ro",
        _s("""
Fiica mea, [[PERSON:Ana-Maria]], are [[AGE:8 ani]] și e în Year 3 la
[[ADDRESS:Hillside Primary]], la două străzi de noi. Stăm pe
[[ADDRESS:Beaumont Street, la numărul 47]], Cardiff [[POSTCODE:CF24 3LP]], într-o casă de la
[[ORGANISATION:Taff Estuary Homes]]. Toamna trecută a început să curgă apă prin tavanul
camerei ei de fiecare dată când ploua. Pe perete a ieșit mucegai, iar
[[HEALTH:eczema atopică]] a fetei s-a agravat atât de tare încât se scărpina până la sânge.
Ea a început să doarmă cu mine în sufragerie.

Am sunat de multe ori, referința reparației era [[REFERENCE:TEH 662 091]], dar au venit doar
să pună o găleată și silicon. Profesorul de la școală care se ocupă de copiii cu nevoi
speciale a văzut ce se întâmplă și a scris această scrisoare:

„Re: [[PERSON:Ana-Maria Rusu]], Year 3, DOB [[DATE_OF_BIRTH:11.12.2015]]. [[PERSON:Ana-Maria]] has severe
[[HEALTH:atopic eczema]] and is on our SEN register. Since October she has come to school
with open, bleeding patches on her arms and neck and has fallen asleep in class several
times. Her mother has shown us photographs of the ceiling and wall in her bedroom. We are
worried about her wellbeing and have made an Early Help referral. Mr
[[PERSON:Rhys Morgan]], SENCo, [[ADDRESS:Hillside Primary School]],
[[EMAIL:r.morgan@hillsideprimary.example.org]]”

Am trimis scrisoarea cu o plângere scrisă. După o săptămână au pus schele și au găsit
țiglele sparte și jgheabul înfundat. Acoperișul a fost reparat, camera uscată și
zugrăvită, și am primit 350 de lire. [[ORGANISATION:Taff Estuary]] mi-a scris că acum, dacă
aceeași scurgere e raportată de două ori, trimit un supervizor, nu tot același muncitor.

[[PERSON:Ana-Maria]] doarme iar în camera ei și pielea i s-a vindecat. Pentru cine vrea
detalii: [[PERSON:Camelia Rusu]], [[PHONE:029 2018 0516]].
"""),
    ),
    (
        "fv2bq-ar-01",
        "ar",
        _s("""
اسمي [[PERSON:أحمد الحلبي]]. وصلنا إلى مانشستر سنة ٢٠١٨ ضمن برنامج إعادة التوطين، فنحن
[[OTHER_SPECIAL:لاجئون سوريون]]. نسكن في [[ADDRESS:Flat 5, 31 Ladybarn Lane]]،
[[POSTCODE:M14 6RX]]، والشقة تابعة لـ [[ORGANISATION:Fallowfield Community Housing]]. عند
التسجيل طلبوا رقم بطاقة الإقامة لزوجتي، وهو [[OTHER_ID:ZU4817263]]، وقالوا لاحقًا إنه ضاع
من الملف مرتين.

في أيلول بدأ الماء ينزل من سقف الحمام من الشقة التي فوقنا، ثم وصلت الرطوبة إلى غرفة النوم
وانتشر العفن الأسود على الجدار، وانقطع النور في الحمام لأن الماء دخل إلى المصباح. زوجتي
[[PERSON:نور]] عندها [[HEALTH:ربو]] شديد، ودخلت المستشفى مرتين في شهرين. طلبتُ من طبيبة
العائلة رسالة، وهذه هي كما وصلتنا بالإنجليزية:

"[[ADDRESS:Ladybarn Group Practice]], tel. [[PHONE:0161 496 0753]]. Re: Mrs
[[PERSON:Nour Al-Halabi]], DOB [[DATE_OF_BIRTH:02/02/1990]], NHS [[OTHER_ID:999 231 9488]].
Mrs [[PERSON:Al-Halabi]] has [[HEALTH:severe asthma]] and has been admitted twice since
September. There is extensive mould in the bedroom following a leak from the flat above.
Damp housing is a well-known trigger. I strongly support urgent repair. Dr
[[PERSON:Sarah Whitfield]], GMC [[OTHER_ID:6203318]]"

أرسلتُ الرسالة مع شكوى رسمية رقمها [[REFERENCE:FCH-41876]]. بعد أسبوع جاء فريق، وأصلحوا
الأنبوب المكسور في الشقة العلوية، وجففوا السقف، وعالجوا العفن، وغيّروا ورق الجدران،
ودفعوا تعويضًا قدره ٤٠٠ جنيه. قالت لنا الجمعية إنها صارت تفتح ملف الرطوبة فورًا إذا كان في
البيت مريض بالربو، وتتصل بالجيران في اليوم نفسه بدل الانتظار أسابيع.

الحمد لله، [[PERSON:نور]] لم تدخل المستشفى منذ أربعة أشهر. من يحتاج مساعدة في كتابة شكوى
بالعربية يمكنه الاتصال بي على [[PHONE:٠٧٧٠٠ ٩٠٠٦٣١]].
"""),
    ),
    (
        "fv2bq-ar-02",
        "ar",
        _s("""
ترجمة وتقديم: [[PERSON:هبة عثمان]]، متطوعة في جمعية للجالية السودانية في ليستر.

الأخت [[PERSON:مريم آدم]] تسكن مع زوجها [[PERSON:عبد الله]] وابنتهما [[PERSON:رؤى]]
([[AGE:٤ سنوات]]) في [[ADDRESS:الشقة ١٤]] في [[ADDRESS:Maxfield House]]، [[POSTCODE:le20qs]]،
وهي من مساكن [[ORGANISATION:Soar Valley Housing]]. في تشرين الثاني تعطلت التدفئة وبقيت
الشقة باردة ثلاثة أسابيع. كانت [[PERSON:مريم]] حاملًا في الشهر السابع، وعندها
[[HEALTH:فقر الدم المنجلي]]، والبرد قد يسبب لها أزمة ألم شديدة.

كتبت القابلة [[PERSON:Grace Mwangi]] رسالة إلى الجمعية، وأترجمها هنا:

«بخصوص: السيدة [[PERSON:مريم آدم]]، تاريخ الميلاد [[DATE_OF_BIRTH:١١/٣/١٩٩٤]]، رقم NHS
[[OTHER_ID:٩٩٩ ٧٦٠ ١٨٩٠]]. السيدة [[PERSON:آدم]] حامل في الأسبوع ٣١ ولديها
[[HEALTH:مرض الخلايا المنجلية]]. دخلت المستشفى الأسبوع الماضي بأزمة ألم، والبرد من أهم
أسباب هذه الأزمات. أطلب إصلاح التدفئة فورًا وتوفير مدافئ مؤقتة إلى حين الإصلاح.
[[PERSON:G. Mwangi]]، قابلة مجتمعية، NMC PIN [[OTHER_ID:07C5519E]]، هاتف الفريق
[[PHONE:0116 496 0912]]»

أرسلنا الرسالة مع شكوى مكتوبة، رقمها [[REFERENCE:SVH/HT/2207]]. وصلت مدفأتان في اليوم
التالي، وتم تغيير الغلاية بعد خمسة أيام. واعتذرت الجمعية لأن مكالمات
[[PERSON:عبد الله]] السابقة سُجّلت "طلبًا عاديًا"، إذ لم يسأله أحد عن صحة أفراد الأسرة.
والآن صار موظفو الهاتف يسألون في كل بلاغ عن التدفئة: هل في البيت امرأة حامل أو طفل صغير أو
شخص مريض؟ وإذا كان الجواب نعم، تُرسل المدافئ في اليوم نفسه.

وُلدت [[PERSON:سارة]] في شقة دافئة، والأم بخير. تقول [[PERSON:مريم]]: "كنت أظن أن الشكوى لن
تفيد، لكن رسالة القابلة فتحت الباب."
"""),
    ),
    (
        "fv2bq-ar-03",
        "ar",
        _s("""
أبي [[PERSON:كاظم جواد]] عمره [[AGE:٨١ عامًا]]، وعنده [[HEALTH:مرض باركنسون]] منذ سبع سنوات.
يعيش معي ومع زوجتي في [[ADDRESS:19 Clive Street]] في حي Grangetown بكارديف،
[[POSTCODE:CF11 7JB]]، قريبًا من [[ADDRESS:مسجد دار السلام]] الذي يصلي فيه كل جمعة. البيت
مستأجر من [[ORGANISATION:Tai Trelái Homes]]. الحمام في الطابق العلوي فيه حوض عالٍ، وقد سقط
أبي فيه مرتين.

جاءت أخصائية العلاج الوظيفي [[PERSON:Lucy Harrington]] من فريق الكونسل وكتبت تقريرًا،
وهذه أهم فقراته بترجمتي:

«العميل: السيد [[PERSON:Kadhim Jawad]]، تاريخ الميلاد [[DATE_OF_BIRTH:١ تموز ١٩٤٣]]، رقم NHS
[[OTHER_ID:999 366 7129]]. يعاني من [[HEALTH:داء باركنسون]] مع تجمّد في المشي وخطر سقوط مرتفع،
إضافة إلى [[HEALTH:هبوط ضغط الدم الانتصابي]]. التوصيات: إزالة الحوض وتركيب دوش بمستوى الأرض
مع مقعد ومقابض، ومصعد كرسي للدرج (stairlift)، ودرابزين ثانٍ. الأولوية: عاجلة.
[[PERSON:L. Harrington]]، أخصائية علاج وظيفي، HCPC [[OTHER_ID:OT49921]]»

مرت أربعة أشهر ولم يتصل بنا أحد. اتصلت على [[PHONE:029 2018 0694]] مرات كثيرة، وفي كل مرة
يقولون إن الطلب "مع فريق الـ adaptations". قدمت شكوى رقمها [[REFERENCE:TTH-COM-8812]]،
فاتصلت بي مديرة القسم، [[PERSON:Bethan Lloyd]]، واعترفت بأن التقرير وصل لكن أحدًا لم يضعه
على قائمة الأعمال لأن النموذج كان ينقصه توقيع واحد.

رُكّب مصعد الدرج خلال شهر، والدوش بعد سبعة أسابيع. قالوا إنهم الآن يتصلون بالعائلة خلال
أسبوعين من وصول أي تقرير علاج وظيفي، حتى لو كان فيه نقص، بدل أن يبقى في الدرج. أبي يستحم
الآن وحده، وهذا أعاد إليه شيئًا من كرامته.

[[PERSON:حيدر]]
"""),
    ),
    (
        "fv2bq-ar-04",
        "ar",
        _s("""
أنا [[PERSON:سمية الشرعبي]]، أم لثلاثة أطفال، أسكن في [[ADDRESS:7 Brunswick Terrace]]،
شيفيلد، [[POSTCODE:S10 2FN]]. الجيران في [[ADDRESS:البيت رقم ٩]] بدأوا يضايقوننا بعد
انتقالنا بقليل: يرمون القمامة في حديقتنا، ويصرخون عليّ بسبب الحجاب، ومرة شدّ أحدهم حجابي
في الشارع. أنا [[OTHER_SPECIAL:مسلمة]] ولم أتعرض لشيء كهذا من قبل. ابني [[PERSON:يوسف]] عمره
[[AGE:١٠ سنوات]] وعنده [[HEALTH:صرع]]، وصارت النوبات تزيد مع الخوف.

أبلغت [[ORGANISATION:Sheaf Valley Homes]] عن السلوك المعادي للمجتمع، ورقم الملف
[[REFERENCE:ASB/22/1093]]، لكن الرد كان "خلاف بين جيران". ثم كتب الأخصائي الاجتماعي الذي
يتابع [[PERSON:يوسف]]، السيد [[PERSON:Daniel O'Brien]]، هذه الرسالة، وترجمتها ابنة أختي:

«إلى فريق السلوك المعادي للمجتمع. بخصوص: السيدة [[PERSON:سمية الشرعبي]] وأطفالها، ومنهم
[[PERSON:يوسف]]، تاريخ الميلاد [[DATE_OF_BIRTH:٢٣/٥/٢٠١٤]]. أتابع الأسرة بسبب احتياجات
[[PERSON:يوسف]] الصحية. الحوادث الموصوفة ليست خلافًا بين جيران، بل تحرّش موجّه ضد الأسرة
بسبب دينها، ويجب التعامل معه كحادث كراهية. وقد أدى الضغط المستمر إلى زيادة واضحة في
نوبات [[HEALTH:الصرع]] عنده. أطلب اجتماعًا متعدد الجهات مع الشرطة.
[[PERSON:Daniel O'Brien]]، أخصائي اجتماعي، Social Work England [[OTHER_ID:SW88214]]،
[[PHONE:0114 496 0275]]»

بعد هذه الرسالة تغيّر كل شيء. سُجّلت القضية كحادث كراهية، وجاءت الشرطة مع موظفة من
الجمعية اسمها [[PERSON:Shazia]]، وتلقى الجيران إنذارًا رسميًا، وركّبوا لنا كاميرا عند
الباب. اعترفت الجمعية بأنها لم تسأل عن الدافع في البلاغ الأول، وقالت إن أي بلاغ فيه إهانة
بسبب الدين أو العرق يُصنَّف الآن فورًا كحادث كراهية ويُتابَع خلال يوم عمل واحد.

الوضع هادئ منذ الصيف، و[[PERSON:يوسف]] لم تأته نوبة منذ شهرين.
"""),
    ),
    (
        "fv2bq-ar-05",
        "ar",
        _s("""
ابنتي [[PERSON:أمل]] عمرها [[AGE:٧ سنوات]] وعندها [[HEALTH:اضطراب طيف التوحد]]. نسكن في
[[ADDRESS:شقة ٢، 48 Stapleton Road]] في بريستول، والمالك [[ORGANISATION:Avonside Homes]].
انكسر زجاج نافذة غرفتها في الشتاء، وبقيت مغطاة بلوح خشب أربعة أشهر. المقاول
[[ORGANISATION:Keystone Property Services]] جاء ست مرات بلا موعد، وفي كل مرة عامل مختلف،
ومرتين لم يأت أحد رغم الموعد. كانت [[PERSON:أمل]] تختبئ تحت الطاولة كلما دق الجرس، ولا تنام.

كتبت منسقة الاحتياجات الخاصة في مدرسة [[PERSON:أمل]] هذه الرسالة، وأتركها بالإنجليزية كما
أرسلتها:

"[[ADDRESS:Easton Brook Primary School]], tel. [[PHONE:0117 496 0381]]. Re:
[[PERSON:Amal Benali]], Year 2, DOB [[DATE_OF_BIRTH:09/05/2017]]. [[PERSON:Amal]] is
[[HEALTH:autistic]] and finds unexpected visitors extremely distressing. Her mother has told
us of repeated unannounced visits by different workmen. On the mornings after these visits
[[PERSON:Amal]] has arrived unable to enter the classroom. We ask that any future visit is
booked in advance and confirmed in writing, carried out where possible by the same person,
and that a photo of that person is sent beforehand so that she can be prepared. Ms
[[PERSON:Joanna Wiśniewska]], SENCo, [[EMAIL:senco@eastonbrook-primary.example.org]]"

قدّمت شكوى رقمها [[REFERENCE:AVH-2291-C]] وأرفقت الرسالة. اتصلت بي مشرفة من
[[ORGANISATION:Avonside]] واعتذرت، ثم أرسلوا لي صورة العامل [[PERSON:Lee]] قبل ثلاثة أيام، فعرضتها على
ابنتي كل يوم. جاء في الموعد بالضبط، وركّب النافذة في زيارة واحدة. قالوا إنهم أضافوا الآن
علامة "يحتاج إشعارًا مسبقًا" في نظام المقاول، ولا يُسمح بأي زيارة لم تؤكَّد كتابيًا.

كنا قد فقدنا الأمل، وعندي أمل أن تساعد قصتنا عائلات أخرى. [[PERSON:فاطمة بن علي]]،
[[PHONE:٠٧٧٠٠ ٩٠٠ ٨٥٢]]
"""),
    ),
    (
        "fv2bq-ur-01",
        "ur",
        _s("""
میرے ابو [[PERSON:محمد اسلم]] کی عمر [[AGE:۶۸ سال]] ہے۔ انہیں [[HEALTH:ذیابیطس]] اور
[[HEALTH:گردوں کی بیماری]] ہے اور ہفتے میں تین دن ڈائلیسس ہوتا ہے۔ وہ امی کے ساتھ
[[ADDRESS:۲۲ فریڈرک سٹریٹ]]، اولڈہم، [[POSTCODE:OL8 1QT]] میں رہتے ہیں۔ گھر
[[ORGANISATION:Oldham Moor Homes]] کا ہے۔

پچھلے دسمبر میں بوائلر خراب ہو گیا۔ ریپیئر نمبر [[REFERENCE:۴۴۷۱۲۰]] تھا۔ انجینئر دو بار
آیا، ایک پرزہ بدل کر گیا اور اگلے دن بوائلر پھر بند۔ ابو ڈائلیسس سے واپس آ کر ٹھنڈے گھر میں
کمبل اوڑھے بیٹھے رہتے۔ میں نے فون کیے، ای میلیں کیں، مگر ہر بار یہی جواب ملا کہ "آپ کی
ریپیئر کیو میں ہے"۔

آخر ہمارے جی پی ڈاکٹر [[PERSON:عمران صدیقی]] نے یہ خط لکھ دیا:

"[[ADDRESS:Werneth Park Surgery]], Oldham. Tel [[PHONE:0161 496 0148]]. Re: Mr
[[PERSON:Mohammed Aslam]], DOB [[DATE_OF_BIRTH:15/08/1956]], NHS No [[OTHER_ID:999 212 2331]].
Mr [[PERSON:Aslam]] has [[HEALTH:type 2 diabetes]] and [[HEALTH:stage 5 chronic kidney disease]]
and attends haemodialysis three times a week. Dialysis patients are particularly
vulnerable to cold, and he has been without heating for over two weeks. Please treat the
repair as an emergency. Dr [[PERSON:I. Siddiqui]], GMC [[OTHER_ID:5529013]]"

اس خط کے ساتھ میں نے باقاعدہ شکایت درج کی۔ دو دن کے اندر نیا بوائلر لگ گیا اور تب تک کے
لیے دو ہیٹر بھی دے گئے۔ شکایت کے جواب میں انہوں نے مانا کہ ابو کا نام ان کی vulnerable
لسٹ پر موجود تھا مگر ریپیئر ٹیم کو نظر ہی نہیں آتا تھا۔ اب یہ نشان انجینئر کے فون پر بھی
دکھائی دیتا ہے، اور ایسے گھروں میں ہیٹنگ ۲۴ گھنٹے میں ٹھیک یا تبدیل کی جاتی ہے۔ ابو کو ۲۰۰
پاؤنڈ معاوضہ بھی ملا۔

[[PERSON:عدنان]]، بیٹا، [[EMAIL:adnan.aslam@example.org]]
"""),
    ),
    (
        "fv2bq-ur-02",
        "ur",
        _s("""
میرا نام [[PERSON:صبا خان]] ہے۔ میرے جڑواں بچے [[PERSON:زین]] اور [[PERSON:زارا]] اب
[[AGE:۵ ماہ]] کے ہیں۔ ہم [[ADDRESS:فلیٹ نمبر ۹]]، [[ADDRESS:Ashworth House]]، ریڈنگ
[[POSTCODE:RG1 3PX]] میں رہتے ہیں، جو [[ORGANISATION:Kennet Homes]] کا ہے۔ بچوں کے کمرے
میں کھڑکی کے گرد اور الماری کے پیچھے کالی پھپھوندی تھی۔ میں روز صاف کرتی اور دو دن میں
وہ پھر واپس آ جاتی۔

ہماری ہیلتھ وزیٹر [[PERSON:Claire Hutchinson]] نے کمرہ دیکھا تو فوراً خط لکھا۔ ترجمہ میں نے
خود کیا ہے:

"بنام: [[ORGANISATION:Kennet Homes]]، ریپیئرز ٹیم۔ حوالہ: بچے [[PERSON:Zain Khan]] اور
[[PERSON:Zara Khan]]، تاریخ پیدائش [[DATE_OF_BIRTH:۱۲ جون ۲۰۲۴]]؛ والدہ محترمہ
[[PERSON:صبا خان]]۔ دونوں بچے قبل از وقت پیدا ہوئے۔ [[PERSON:زارا]] کو
[[HEALTH:برونکائیولائٹس]] کی وجہ سے اسپتال میں داخل کیا گیا تھا اور [[PERSON:زین]] کو بار
بار سانس کی تکلیف ہوتی ہے۔ کمرے کی پھپھوندی ان کی صحت کے لیے براہ راست خطرہ ہے۔ والدہ
[[HEALTH:پوسٹ نیٹل ڈپریشن]] کے علاج پر ہیں اور یہ صورت حال ان کی صحت یابی میں رکاوٹ ہے۔
براہ کرم فوری طور پر نمی کی وجہ تلاش کر کے دور کریں۔ [[PERSON:C. Hutchinson]]، ہیلتھ
وزیٹر، NMC PIN [[OTHER_ID:05K3390E]]، فون [[PHONE:0118 496 0264]]"

خط کے ساتھ میں نے شکایت بھیجی، نمبر [[REFERENCE:KH/DM/5518]]۔ ایک ہفتے میں سروئیر آیا اور
پتا چلا کہ باتھ روم کا ایگزاسٹ فین کبھی باہر سے جڑا ہی نہیں تھا، اور کھڑکی کے اوپر کی
دیوار ٹھنڈی رہتی تھی۔ تین ہفتوں میں فین ٹھیک ہوا، دیوار پر انسولیشن لگی اور کمرے کا علاج
کیا گیا۔ تب تک ڈی ہیومیڈیفائر دیا اور ۳۰۰ پاؤنڈ معاوضہ بھی۔

[[ORGANISATION:Kennet]] نے لکھا کہ اب جس گھر میں ایک سال سے کم عمر بچہ ہو، وہاں پھپھوندی کی
شکایت سیدھی ماہر ٹیم کو جاتی ہے جو پانچ دن کے اندر آتی ہے۔ کسی کو مدد چاہیے تو میرے شوہر
کا نمبر [[PHONE:07700 900 936]] ہے۔
"""),
    ),
    (
        "fv2bq-ur-03",
        "ur",
        _s("""
میری ساس [[PERSON:رضیہ بیگم]] ہمارے ساتھ [[ADDRESS:48 Pleckgate Grove]]، بلیک برن،
[[POSTCODE:bb19lt]] میں رہتی ہیں۔ ان کی عمر [[AGE:۷۸ برس]] ہے، گھٹنوں میں شدید
[[HEALTH:گٹھیا]] ہے اور [[HEALTH:دل کا مرض]] بھی۔ گھر [[ORGANISATION:Ribble Valley Community Homes]]
کا ہے اور ٹوائلٹ صرف اوپر ہے۔ امی جان سیڑھیاں نہیں چڑھ سکتیں، اس لیے دو سال سے بیٹھک میں
کموڈ استعمال کر رہی تھیں۔ ان کے لیے یہ عزت کا مسئلہ تھا۔

کونسل کی آکیوپیشنل تھراپسٹ [[PERSON:Aisha Rahman]] نے گھر آ کر اسسمنٹ کیا۔ رپورٹ کا خلاصہ
یہ ہے:

«نام: [[PERSON:Razia Begum]]۔ تاریخ پیدائش: [[DATE_OF_BIRTH:۰۱/۰۱/۱۹۴۶]]۔ NHS نمبر:
[[OTHER_ID:۹۹۹ ۰۷۹ ۲۴۴۵]]۔ مریضہ [[HEALTH:اوسٹیو آرتھرائٹس]] اور [[HEALTH:ہارٹ فیلیئر]] کی
وجہ سے سیڑھیاں محفوظ طریقے سے استعمال نہیں کر سکتیں۔ سفارشات: سیڑھیوں پر stairlift، نچلی
منزل پر ٹوائلٹ اور شاور (downstairs WC اور wet room)، سامنے کے دروازے پر ریلنگ۔ ترجیح:
زیادہ۔ [[PERSON:A. Rahman]]، Occupational Therapist، HCPC [[OTHER_ID:OT66104]]»

[[ORGANISATION:Ribble Valley]] نے جواب دیا کہ نیچے ٹوائلٹ کی جگہ نہیں، آپ بنگلے میں شفٹ ہو
جائیں، اور جو بنگلہ دکھایا وہ شہر کے دوسرے کنارے پر تھا۔ ہمارا سارا نظام یہیں ہے: امی جان
روز [[ADDRESS:مسجد نور الاسلام]] کی خواتین کی کلاس میں جاتی ہیں اور ان کا جی پی بھی پاس ہے۔

ہم نے شکایت کی، نمبر [[REFERENCE:RVCH-C-1029]]۔ دوسرے مرحلے پر سروئیر اور او ٹی اکٹھے
آئے اور دیکھا کہ پیچھے کا پرانا اسٹور روم شاور روم بن سکتا ہے۔ stairlift تین ہفتے میں لگ گئی
اور شاور روم پانچ مہینے میں تیار ہو گیا۔ اب ان کا اصول ہے کہ "ممکن نہیں" کہنے سے پہلے او ٹی
اور سروئیر مل کر گھر دیکھیں گے۔

[[PERSON:نسرین]]، بہو، [[PHONE:07700 900 471]]
"""),
    ),
    (
        "fv2bq-ur-04",
        "ur",
        _s("""
میں [[PERSON:ثناء محمود]] ہوں۔ میں اپنے شوہر [[PERSON:Faisal Mahmood]] اور بیٹے
[[PERSON:ایان]] کے ساتھ [[ADDRESS:Flat 2, 9 Coventry Road]]، برمنگھم [[POSTCODE:B10 0RX]] میں
رہتی ہوں۔ [[PERSON:ایان]] کی پیدائش کے بعد مجھے [[HEALTH:پوسٹ نیٹل ڈپریشن]] ہو گیا۔ انہی
دنوں اوپر والے فلیٹ میں نئے کرایہ دار آئے جو آدھی رات کے بعد اونچی آواز میں گانے لگاتے اور
جھگڑتے۔ بچہ سو نہیں پاتا تھا، اور میں بھی نہیں۔

میں نے [[ORGANISATION:Small Heath Housing Co-operative]] کو شکایت کی، کیس نمبر
[[REFERENCE:SHHC/ASB/0392]]۔ انہوں نے کہا ڈائری بھریں۔ میں نے تین مہینے ڈائری بھری، کچھ
نہیں ہوا۔ پھر میری پیری نیٹل مینٹل ہیلتھ نرس [[PERSON:Bethany]] نے یہ خط لکھا:

"Re: Mrs [[PERSON:Sana Mahmood]], DOB [[DATE_OF_BIRTH:27.11.1995]], NHS
[[OTHER_ID:999 026 8592]]. Mrs [[PERSON:Mahmood]] is under the Perinatal Mental Health Service
for [[HEALTH:severe postnatal depression]] with [[HEALTH:anxiety]]. Sleep is central to her
recovery. She and her [[AGE:4-month-old]] son are woken most nights between midnight and 4 am
by noise from the flat above. I would ask that this is treated as a priority and that the
household's vulnerability is taken into account. [[PERSON:Bethany Cole]] RMN, NMC PIN
[[OTHER_ID:18F0447E]], tel. [[PHONE:0121 496 0512]]"

اس خط کے بعد کوآپریٹو نے ہمارے فلیٹ میں شور ریکارڈ کرنے کا آلہ لگایا۔ دو ہفتے میں ثبوت مل
گیا، اوپر والوں کو تحریری وارننگ ملی، اور جب پھر بھی نہ رکے تو ٹیننسی کی خلاف ورزی پر کارروائی
ہوئی۔ وہ گرمیوں میں چلے گئے۔

جواب میں انہوں نے مانا کہ کمزور حالت والے رہائشیوں سے بھی تین مہینے ڈائری مانگنا غلط تھا۔ اب
اگر ڈاکٹر یا نرس کا خط ہو تو پہلے ہفتے میں ہی ریکارڈنگ کا آلہ لگا دیتے ہیں۔ [[PERSON:ایان]] اب
رات بھر سوتا ہے، اور میں بھی بہتر ہوں۔
"""),
    ),
    (
        "fv2bq-ur-05",
        "ur",
        _s("""
میرا نام [[PERSON:نگہت پروین]] ہے۔ میں اپنے تین بچوں کے ساتھ [[ADDRESS:مکان نمبر ۱۷، Elmdale Walk]]،
لونگسائٹ، مانچسٹر [[POSTCODE:M13 0PL]] میں رہتی ہوں۔ مالک [[ORGANISATION:Irwell Gate Housing]] ہے۔
پچھلے سال یونیورسل کریڈٹ میں کسی غلطی سے میرا ہاؤسنگ والا حصہ بند ہو گیا اور کرایہ ۲۱۰۰ پاؤنڈ
پیچھے چلا گیا۔ پھر گھر خالی کرنے کا نوٹس آ گیا۔

میرے بیٹے [[PERSON:حمزہ]] کی عمر [[AGE:۱۱ سال]] ہے۔ اسے [[HEALTH:آٹزم]] اور
[[HEALTH:ڈسلیکسیا]] ہے۔ اس نے میری بات فون پر سن لی کہ گھر جا سکتا ہے، اور اس کے بعد سے
اسکول میں کھانا چھوڑ دیا۔ اسکول کے SENCo نے یہ خط لکھا:

"[[ADDRESS:Longsight Park Academy]], Learning Support. To: Income Team,
[[ORGANISATION:Irwell Gate Housing]]. Re: [[PERSON:Hamza Iqbal]], Year 6, DOB
[[DATE_OF_BIRTH:03/02/2013]]. [[PERSON:Hamza]] is [[HEALTH:autistic]] and relies heavily on routine and
familiar places. Since learning that the family may lose their home he has stopped eating
at school and has had several shutdowns in class. A move away from this area would mean a
change of school months before his transition to secondary. We ask that you consider his
needs before taking any further action. Mr [[PERSON:Tariq Bashir]], SENCo, tel.
[[PHONE:0161 496 0627]]"

خط کے بعد [[ORGANISATION:Irwell Gate]] نے کارروائی روک دی اور ان کی منی ایڈوائزر
[[PERSON:Joanne]] نے مجھ سے رابطہ کیا۔ میں نے انہیں اپنا نیشنل انشورنس نمبر
[[NI_NUMBER:JT 73 55 02 A]] اور رینٹ اکاؤنٹ نمبر [[REFERENCE:IGH-RA-700431]] دیا۔ انہوں نے DWP
سے بات کی اور پتا چلا کہ غلطی انہی کی تھی۔ سارا پیسہ پیچھے سے ادا ہو گیا اور نوٹس واپس لے لیا
گیا۔

شکایت کے جواب میں [[ORGANISATION:Irwell Gate]] نے لکھا کہ اب کسی بھی نوٹس سے پہلے منی ایڈوائزر
خود کرایہ دار سے بات کرے گا اور گھر میں بچوں یا معذور افراد کی ضروریات دیکھی جائیں گی۔
[[PERSON:حمزہ]] پھر سے اسکول میں کھانا کھانے لگا ہے۔
"""),
    ),
    (
        "fv2bq-bn-01",
        "bn",
        _s("""
আমার আব্বা [[PERSON:আব্দুল মালিক]], বয়স [[AGE:৭৬ বছর]]। উনি [[HEALTH:সিওপিডি]]-র রোগী, ঘরে
সারাক্ষণ অক্সিজেন লাগে। আমরা থাকি [[ADDRESS:ফ্ল্যাট ১২, Mallory House]], লন্ডন
[[POSTCODE:E1 2HQ]]-এ। ফ্ল্যাটটা [[ORGANISATION:Stepney Green Homes]]-এর। আব্বার শোবার ঘরের
দেয়ালে কালো ছত্রাক, জানালার কাঁচে সারা রাত পানি জমে। তিনবার ওরা এসে রং করে দিয়ে গেছে,
দুই সপ্তাহ পর আবার একই অবস্থা।

আব্বার জিপি, [[ADDRESS:Sidney Square Surgery]]-র ডাক্তার [[PERSON:রুবিনা চৌধুরী]], একটা
চিঠি লিখে দিলেন। চিঠিটা ইংরেজিতে, হুবহু দিলাম:

"Re: Mr [[PERSON:Abdul Malik]], DOB [[DATE_OF_BIRTH:01/03/1948]], NHS No.
[[OTHER_ID:999 757 4915]]. Mr [[PERSON:Malik]] has severe [[HEALTH:COPD]] and is on long-term
oxygen therapy. He has had five chest infections in the past twelve months. His bedroom
has extensive mould and he cannot ventilate it because of the cold. In my opinion his
housing conditions are harming his health. I ask for urgent treatment of the cause and, if
needed, a temporary move. Dr [[PERSON:Rubina Chowdhury]], GMC [[OTHER_ID:6310875]], tel.
[[PHONE:020 7946 0472]]"

চিঠিসহ অভিযোগ করলাম, রেফারেন্স [[REFERENCE:SGH/DM/20417]]। এবার একজন সার্ভেয়ার এসে দেখলেন
বাথরুমের এক্সট্রাক্টর ফ্যান কোনোদিন বাইরের সাথে লাগানোই হয়নি, আর বাইরের দেয়ালে ফাটল।
কাজের সময় আব্বাকে তিন সপ্তাহ একই ব্লকের খালি ফ্ল্যাটে রাখা হলো। দেয়াল ঠিক করে, ছত্রাক
পরিষ্কার করে, নতুন ফ্যান আর PIV বসানো হলো।

জবাবে [[ORGANISATION:Stepney Green]] লিখেছে, এখন থেকে যাঁদের ঘরে অক্সিজেন লাগে বা শ্বাসকষ্টের
রোগ আছে, তাঁদের ছত্রাকের রিপোর্ট দশ দিনের মধ্যে সার্ভেয়ার দেখবেন, রং করে ফেলে রাখবেন না।
আব্বা এই শীতে একবারও হাসপাতালে যাননি। কেউ কথা বলতে চাইলে: [[PHONE:০৭৭০০ ৯০০ ৩৫৮]],
[[PERSON:রাহেল]] (ছেলে)।
"""),
    ),
    (
        "fv2bq-bn-02",
        "bn",
        _s("""
আমি [[PERSON:তাসলিমা বেগম]]। গত মার্চে সিজারিয়ান অপারেশনে আমার দ্বিতীয় সন্তান
[[PERSON:আয়ান]]-এর জন্ম হয়। আমরা থাকি [[ADDRESS:৩৬ Victoria Road]], অ্যাস্টন, বার্মিংহাম
[[POSTCODE:B6 5HB]]। বাড়িটা [[ORGANISATION:Aston Pride Homes]]-এর। হাসপাতাল থেকে ফিরে দেখি
গরম পানি নেই, বয়লারের একটা ভাল্ভ নষ্ট। পাঁচ সপ্তাহ কেটলিতে পানি গরম করে বাচ্চাকে গোসল
করিয়েছি, আর নিজে ঠান্ডা পানিতে।

আমার কমিউনিটি মিডওয়াইফ [[PERSON:Niamh Gallagher]] চিঠি লিখলেন। আমার স্বামী
[[PERSON:Shahed Ahmed]] বাংলায় অনুবাদ করে দিয়েছেন:

"বিষয়: মিসেস [[PERSON:তাসলিমা বেগম]], জন্ম তারিখ [[DATE_OF_BIRTH:০৯/০৪/১৯৯৭]], এবং শিশু
[[PERSON:আয়ান আহমেদ]], বয়স [[AGE:১২ দিন]]। মিসেস [[PERSON:বেগম]]-এর প্রসবের আগে
[[HEALTH:প্রি-এক্লাম্পসিয়া]] ছিল, আর এখন সেলাইয়ের জায়গায় [[HEALTH:সংক্রমণ]] হয়েছে। পরিষ্কার
গরম পানি ছাড়া ক্ষতের যত্ন আর নবজাতকের পরিচ্ছন্নতা নিশ্চিত করা সম্ভব নয়। অনুগ্রহ করে জরুরি
ভিত্তিতে গরম পানির ব্যবস্থা করুন। [[PERSON:N. Gallagher]], Community Midwife, NMC PIN
[[OTHER_ID:13B2061E]], ফোন [[PHONE:0121 496 0839]]"

চিঠি পাঠানোর পরদিনই ইঞ্জিনিয়ার এলেন (জব নম্বর [[REFERENCE:APH-RR-63310]])। আসলে ওরা পাঁচ
সপ্তাহ ধরে একটা পার্টসের অপেক্ষায় ছিল, অথচ মাঝখানে কোনো বিকল্প দেয়নি। সেদিনই একটা
ইলেকট্রিক ওয়াটার হিটার বসিয়ে দিল, আর দশ দিনের মধ্যে বয়লার ঠিক হলো। ক্ষতিপূরণ পেলাম
১৮০ পাউন্ড।

অভিযোগের জবাবে [[ORGANISATION:Aston Pride]] লিখেছে, এখন গরম পানি ৪৮ ঘণ্টার বেশি বন্ধ
থাকলে, আর ঘরে নবজাতক, অসুস্থ বা বয়স্ক কেউ থাকলে, সঙ্গে সঙ্গে অস্থায়ী হিটার দেওয়া হয়।
মিডওয়াইফের চিঠি ছাড়াই এটা হওয়া উচিত ছিল, কিন্তু অন্তত এখন নিয়ম হয়েছে। [[PERSON:আয়ান]] এখন
[[AGE:ছয় মাসের]], খুব দুষ্টু।
"""),
    ),
    (
        "fv2bq-bn-03",
        "bn",
        _s("""
আমাদের ছেলে [[PERSON:আকাশ]]-এর বয়স [[AGE:১৪ বছর]]। ওর [[HEALTH:ডুশেন মাসকুলার ডিস্ট্রফি]]
আছে, এখন সারাদিন পাওয়ার চেয়ারে থাকে। আমরা থাকি [[ADDRESS:৫৬ হিথফিল্ড রোড]], ওল্ডহ্যাম
[[POSTCODE:OL9 6DS]]-এ, [[ORGANISATION:Pennine Edge Housing]]-এর তিনতলা বাড়িতে। দুই বছর ধরে
[[PERSON:আকাশ]] বসার ঘরে ঘুমায়, কারণ উপরে যেতে পারে না। গোসল হয় গামলায়। সারাদিন জানালা দিয়ে
আকাশ দেখে আর বলে, "আমার নিজের একটা ঘর কবে হবে?"

ওর অকুপেশনাল থেরাপিস্ট রিপোর্টে লিখলেন:

"Client: [[PERSON:Akash Uddin]], DOB [[DATE_OF_BIRTH:22/07/2010]]. Diagnosis:
[[HEALTH:Duchenne muscular dystrophy]]. [[PERSON:Akash]] is a full-time powered wheelchair user
and needs a ceiling hoist for all transfers. The current property cannot reasonably be
adapted: the ground floor has no space for a bedroom and wet room. I recommend rehousing
to a fully adapted property with a level-access bedroom and wet room, as a priority.
[[PERSON:Mark Ellison]], Occupational Therapist, HCPC [[OTHER_ID:OT55873]]"

এই রিপোর্ট নিয়ে আমরা দুই বছর adapted housing register-এ ছিলাম, নম্বর
[[REFERENCE:PEH-AHR-0417]]। কেউ কিছু বলে না। শেষে অভিযোগ করলাম। তদন্তে বেরোল, একটা পুরো
অ্যাডাপ্টেড বাংলো তিন মাস খালি পড়ে ছিল, কারণ ওদের তালিকায় হুইলচেয়ারের ধরন লেখার কোনো
জায়গাই ছিল না, তাই কম্পিউটার আমাদের সাথে মেলায়নি।

এক মাসের মধ্যে আমরা বাংলোয় উঠলাম। [[ORGANISATION:Pennine Edge]] ক্ষমা চেয়েছে আর এখন সব
অ্যাডাপ্টেড বাড়ির আলাদা তালিকা রাখে, আর ওটির রিপোর্ট দেখে পরিবার মেলায়। [[PERSON:আকাশ]]-এর
এখন নিজের ঘর, নিজের শাওয়ার। ওর বাবা, [[PERSON:জাহাঙ্গীর উদ্দিন]],
[[EMAIL:jahangir.uddin@example.net]]
"""),
    ),
    (
        "fv2bq-bn-04",
        "bn",
        _s("""
লিখেছেন ও অনুবাদ করেছেন: [[PERSON:সুমাইয়া রহমান]], কমিউনিটি ওয়ার্কার।

[[PERSON:রোকেয়া খাতুন]], বয়স [[AGE:৮৪ বছর]], একা থাকেন [[ADDRESS:ফ্ল্যাট ৭, Redmead Court]]-এ,
[[ADDRESS:বায়তুল আমান মসজিদ]]-এর ঠিক পেছনে, পপলারে। বাড়িওয়ালা
[[ORGANISATION:Poplar Riverside Housing]]। ওনার [[HEALTH:ডিমেনশিয়া]] আছে। উপরের
[[ADDRESS:৯ নম্বর]] থেকে তিন মাস ধরে রান্নাঘরের ছাদ দিয়ে পানি পড়ছিল। উনি বালতি পেতে
রাখতেন, কাউকে বলতেন না। ওনার সোশ্যাল ওয়ার্কার [[PERSON:Joseph Mensah]] বাসায় এসে দেখে
এই চিঠি লেখেন। আমি বাংলায় অনুবাদ করে দিলাম:

"বিষয়: মিসেস [[PERSON:রোকেয়া খাতুন]], জন্ম তারিখ [[DATE_OF_BIRTH:১৯৪০ সালের ৫ই জানুয়ারি]],
NHS নম্বর [[OTHER_ID:৯৯৯ ৯৫২ ৮৯০২]]। মিসেস [[PERSON:খাতুন]]-এর মাঝারি পর্যায়ের
[[HEALTH:ভাস্কুলার ডিমেনশিয়া]] রয়েছে এবং তিনি একা থাকেন। তিনি নিজে মেরামতের কথা জানাতে বা
ঝুঁকি বুঝতে পারেন না। রান্নাঘরের মেঝে ভেজা ও পিচ্ছিল, পড়ে যাওয়ার ঝুঁকি বেশি, আর পানি
বৈদ্যুতিক লাইটের কাছ দিয়ে পড়ছে। এটিকে safeguarding বিষয় হিসেবে দেখুন এবং আজই উপরের
ফ্ল্যাটে প্রবেশের ব্যবস্থা করুন। [[PERSON:J. Mensah]], Social Worker, Social Work England
[[OTHER_ID:SW97301]], [[EMAIL:joseph.mensah@eastlondonasc.example.org]]"

চিঠির পর দুই দিনের মধ্যে ওরা উপরের ফ্ল্যাটে ঢুকে ফাটা পাইপ বদলাল (রেফারেন্স
[[REFERENCE:PRH 2024 0088]])। ইলেকট্রিশিয়ান লাইট পরীক্ষা করলেন, ছাদ শুকিয়ে রং করা হলো।
জানা গেল, আগে দুইবার লোক এসে দরজায় কার্ড রেখে চলে গিয়েছিল, কারণ খালা দরজা খোলেননি।

এখন [[ORGANISATION:Poplar Riverside]] রেকর্ড করে রাখে কার জন্য একজন নির্দিষ্ট যোগাযোগকারী
লাগবে। খালার সব চিঠি আর অ্যাপয়েন্টমেন্ট তাঁর ভাতিজা [[PERSON:মাহফুজ]]-এর কাছেও যায়,
[[PHONE:০৭৭০০ ৯০০ ২১৯]]।
"""),
    ),
    (
        "fv2bq-bn-05",
        "bn",
        _s("""
আমার মেয়ে [[PERSON:শান্তি]]-র বয়স [[AGE:৯ বছর]]। ওর [[HEALTH:ডাউন সিনড্রোম]] আছে, আর
হার্টে ছিদ্র ([[HEALTH:ভিএসডি]])। আমরা থাকি [[ADDRESS:Brierley Tower]]-এর নয় তলায়,
[[ADDRESS:৩৪ নম্বর ফ্ল্যাটে]], বো, লন্ডন [[POSTCODE:e3 4pb]]। বাড়িওয়ালা
[[ORGANISATION:Bow Common Housing]]। জানুয়ারিতে লিফট নষ্ট হলো, আর চলল সাত সপ্তাহ। নয় তলা
সিঁড়ি [[PERSON:শান্তি]] উঠতে পারে না, ডাক্তার নিষেধ করেছেন। তিন সপ্তাহ ও স্কুলে যায়নি, ঘরে
কারো মনে শান্তি ছিল না।

ওর স্কুলের SENCo এই চিঠি লিখলেন:

"[[ADDRESS:Mile End Park Primary School]]. Re: [[PERSON:Shanti Hossain]], Year 4, DOB
[[DATE_OF_BIRTH:17/10/2015]]. [[PERSON:Shanti]] has [[HEALTH:Down's syndrome]] and a
[[HEALTH:ventricular septal defect]], and her cardiologist has advised that she should not
climb more than one flight of stairs. Since the lift in her block failed on 8 January she
has missed 14 school days, including her speech and language therapy sessions, which take
place in school. We ask the landlord to treat the repair as urgent and, in the meantime,
to offer the family temporary ground-floor accommodation. Ms [[PERSON:Olivia Grant]], SENCo,
[[PHONE:020 7946 0793]]"

চিঠিসহ অভিযোগ করলাম, নম্বর [[REFERENCE:BCH-LIFT-2291]]। পাঁচ দিনের মধ্যে আমাদের পাশের
ব্লকের একতলায় একটা খালি ফ্ল্যাটে সাময়িকভাবে রাখা হলো, লিফট ঠিক হওয়া পর্যন্ত। জবাবে
[[ORGANISATION:Bow Common]] স্বীকার করেছে, সিঁড়ি ব্যবহার করতে পারেন না এমন বাসিন্দাদের কোনো
তালিকা তাদের ছিল না। এখন আছে: লিফট বন্ধ হলে ওই তালিকার সবাইকে সেদিনই ফোন করা হয়, দরকার
হলে বাজার পৌঁছে দেওয়া হয় বা অস্থায়ী ঘর দেওয়া হয়।

[[PERSON:মোস্তফা হোসেন]], [[PERSON:শান্তির]] বাবা, [[PHONE:০৭৭০০ ৯০০ ৬৮৪]]
"""),
    ),
    (
        "fv2bq-pa-01",
        "pa",
        _s("""
ਮੇਰੇ ਦਾਦਾ ਜੀ, ਸਰਦਾਰ [[PERSON:ਕਰਨੈਲ ਸਿੰਘ ਢਿੱਲੋਂ]], [[AGE:੮੩ ਸਾਲ]] ਦੇ ਹਨ ਅਤੇ ਦਾਦੀ ਜੀ ਨਾਲ
[[ADDRESS:64 Dormers Wells Lane]], ਸਾਊਥਾਲ, [[POSTCODE:UB1 3HY]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ। ਘਰ
[[ORGANISATION:Brentvale Homes]] ਦਾ ਹੈ। ਦਾਦਾ ਜੀ ਨੂੰ [[HEALTH:ਦਿਲ ਦੀ ਬਿਮਾਰੀ]] ਹੈ ਅਤੇ ਪਿਛਲੇ
ਸਾਲ ਪੇਸਮੇਕਰ ਲੱਗਿਆ ਸੀ।

ਜਨਵਰੀ ਵਿੱਚ ਹੀਟਿੰਗ ਬੰਦ ਹੋ ਗਈ। ਰੇਡੀਏਟਰ ਠੰਢੇ, ਅਤੇ ਘਰ ਅੰਦਰ ਸਾਹ ਨਾਲ ਭਾਫ਼ ਨਿਕਲਦੀ ਸੀ। ਮੈਂ
ਰਿਪੇਅਰ ਲਾਈਨ 'ਤੇ ਵਾਰ-ਵਾਰ ਫ਼ੋਨ ਕੀਤਾ, ਜੌਬ ਨੰਬਰ [[REFERENCE:BV-771204]], ਪਰ ਹਰ ਵਾਰ ਇਹੀ ਜਵਾਬ
ਮਿਲਦਾ ਕਿ engineer ਅਗਲੇ ਹਫ਼ਤੇ ਆਵੇਗਾ। ਫਿਰ ਦਾਦਾ ਜੀ ਦੇ ਡਾਕਟਰ ਨੇ ਇਹ ਚਿੱਠੀ ਲਿਖੀ:

"[[ADDRESS:Featherstone Road Surgery]], Southall. Tel [[PHONE:020 7946 0718]]. Re: Mr
[[PERSON:Karnail Singh Dhillon]], DOB [[DATE_OF_BIRTH:01/01/1941]], NHS No
[[OTHER_ID:999 176 0318]]. Mr [[PERSON:Dhillon]] has [[HEALTH:ischaemic heart disease]] and
[[HEALTH:heart failure]], and had a pacemaker fitted last year. A cold home significantly
raises the risk of heart attack and stroke in patients like him. I ask that his heating is
restored as an emergency. Dr [[PERSON:Paul Henderson]], GMC [[OTHER_ID:4839216]]"

ਚਿੱਠੀ ਈਮੇਲ ਕਰਨ ਤੋਂ ਬਾਅਦ ਉਸੇ ਸ਼ਾਮ ਦੋ ਹੀਟਰ ਆ ਗਏ ਅਤੇ ਤਿੰਨ ਦਿਨਾਂ ਵਿੱਚ ਨਵਾਂ ਬੌਇਲਰ ਲੱਗ ਗਿਆ।
ਸ਼ਿਕਾਇਤ ਦੇ ਜਵਾਬ ਵਿੱਚ [[ORGANISATION:Brentvale]] ਨੇ ਮੰਨਿਆ ਕਿ ਦਾਦਾ ਜੀ ਦੀ ਉਮਰ ਅਤੇ ਬਿਮਾਰੀ
ਉਹਨਾਂ ਦੇ ਰਿਕਾਰਡ ਵਿੱਚ ਦਰਜ ਸੀ, ਪਰ ਰਿਪੇਅਰ ਵਾਲੇ ਸਿਸਟਮ ਨਾਲ ਜੁੜੀ ਨਹੀਂ ਸੀ। ਹੁਣ ਦੋਵੇਂ ਸਿਸਟਮ
ਜੋੜ ਦਿੱਤੇ ਗਏ ਹਨ, ਅਤੇ ੭੫ ਸਾਲ ਤੋਂ ਵੱਧ ਉਮਰ ਵਾਲਿਆਂ ਜਾਂ ਗੰਭੀਰ ਬਿਮਾਰ ਕਿਰਾਏਦਾਰਾਂ ਦੀ ਹੀਟਿੰਗ
੨੪ ਘੰਟਿਆਂ ਵਿੱਚ ਠੀਕ ਕੀਤੀ ਜਾਂਦੀ ਹੈ ਜਾਂ ਉਸੇ ਦਿਨ ਹੀਟਰ ਦਿੱਤੇ ਜਾਂਦੇ ਹਨ। ਦਾਦਾ ਜੀ ਨੂੰ ੩੦੦ ਪੌਂਡ
ਮੁਆਵਜ਼ਾ ਵੀ ਮਿਲਿਆ।

[[PERSON:ਸਿਮਰਨ]], ਪੋਤੀ, [[EMAIL:simran.dhillon@example.co.uk]]
"""),
    ),
    (
        "fv2bq-pa-02",
        "pa",
        _s("""
ਇਹ ਕਹਾਣੀ [[PERSON:ਹਰਲੀਨ ਕੌਰ]] ਦੀ ਹੈ। ਮੈਂ, [[PERSON:ਬਲਜੀਤ ਕੌਰ ਗਰੇਵਾਲ]], ਗੁਰਦੁਆਰੇ ਵਿੱਚ
ਸੇਵਾ ਕਰਦੀ ਹਾਂ ਅਤੇ ਉਹਨਾਂ ਦੇ ਕਹਿਣ 'ਤੇ ਲਿਖ ਰਹੀ ਹਾਂ। [[PERSON:ਹਰਲੀਨ]] ਆਪਣੇ ਪਤੀ
[[PERSON:ਅਮਨਦੀਪ]] ਅਤੇ ਪੁੱਤਰ [[PERSON:ਫ਼ਤਿਹ]] ([[AGE:੪ ਮਹੀਨੇ]]) ਨਾਲ
[[ADDRESS:ਫਲੈਟ ੬, ੧੨ Clarence Row]], ਗ੍ਰੇਵਜ਼ੈਂਡ [[POSTCODE:DA12 1EH]] ਵਿੱਚ ਰਹਿੰਦੀ ਹੈ, ਜੋ
[[ADDRESS:ਗੁਰਦੁਆਰਾ ਸ੍ਰੀ ਦਸਮੇਸ਼ ਦਰਬਾਰ]] ਤੋਂ ਦੋ ਗਲੀਆਂ ਦੂਰ ਹੈ। ਫਲੈਟ
[[ORGANISATION:Medway Gate Housing]] ਦਾ ਹੈ। ਬੱਚੇ ਦੇ ਕਮਰੇ ਦੀ ਛੱਤ ਅਤੇ ਕੰਧਾਂ 'ਤੇ ਕਾਲੀ ਉੱਲੀ
ਫੈਲੀ ਹੋਈ ਸੀ।

ਹੈਲਥ ਵਿਜ਼ਟਰ [[PERSON:Jennifer Akinola]] ਨੇ ਘਰ ਆ ਕੇ ਦੇਖਿਆ ਅਤੇ ਚਿੱਠੀ ਲਿਖੀ। ਮੈਂ ਉਸ ਦਾ
ਪੰਜਾਬੀ ਤਰਜਮਾ ਕੀਤਾ ਹੈ:

"ਵਿਸ਼ਾ: ਬੱਚਾ [[PERSON:Fateh Singh Sandhu]], ਜਨਮ ਮਿਤੀ [[DATE_OF_BIRTH:੧੮ ਅਗਸਤ ੨੦੨੪]], NHS ਨੰਬਰ
[[OTHER_ID:999 010 9281]]। ਮਾਤਾ: [[PERSON:Harleen Kaur Sandhu]]। ਬੱਚੇ ਦੇ ਸੌਣ ਵਾਲੇ ਕਮਰੇ ਦੀਆਂ
ਕੰਧਾਂ ਅਤੇ ਛੱਤ 'ਤੇ ਕਾਲੀ ਉੱਲੀ ਹੈ। [[PERSON:ਫ਼ਤਿਹ]] ਨੂੰ ਦੋ ਵਾਰ ਛਾਤੀ ਦੀ ਲਾਗ ਹੋ ਚੁੱਕੀ ਹੈ
ਅਤੇ ਉਸ ਨੂੰ [[HEALTH:ਐਗਜ਼ੀਮਾ]] ਵੀ ਹੈ। ਮਾਂ ਦਿਨ ਵਿੱਚ ਦੋ ਵਾਰ ਕੰਧਾਂ ਸਾਫ਼ ਕਰਦੀ ਹੈ, ਪਰ ਉੱਲੀ
ਵਾਪਸ ਆ ਜਾਂਦੀ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਨੂੰ ਪਹਿਲ ਦਿਓ। [[PERSON:J. Akinola]], Health Visitor,
NMC PIN [[OTHER_ID:10G6628E]], ਫ਼ੋਨ [[PHONE:01632 960 358]]"

ਚਿੱਠੀ ਨਾਲ ਸ਼ਿਕਾਇਤ ਗਈ, ਨੰਬਰ [[REFERENCE:MGH/DMP/3306]]। ਸਰਵੇਅਰ ਨੇ ਦੇਖਿਆ ਕਿ ਖਿੜਕੀ ਦੀ
ਸੀਲ ਟੁੱਟੀ ਹੋਈ ਸੀ ਅਤੇ ਛੱਤ ਦੀ ਇਨਸੂਲੇਸ਼ਨ ਗਾਇਬ ਸੀ। ਕੰਮ ਦੌਰਾਨ ਪਰਿਵਾਰ ਨੂੰ ਦੋ ਹਫ਼ਤੇ ਲਈ ਦੂਜਾ
ਫਲੈਟ ਦਿੱਤਾ ਗਿਆ। ਹੁਣ ਕਮਰਾ ਸੁੱਕਾ ਹੈ।

[[ORGANISATION:Medway Gate]] ਨੇ ਮੰਨਿਆ ਕਿ [[PERSON:ਹਰਲੀਨ]] ਦੀਆਂ ਪਹਿਲੀਆਂ ਕਾਲਾਂ ਸਮਝੀਆਂ ਹੀ
ਨਹੀਂ ਗਈਆਂ ਸਨ। ਹੁਣ ਉਹ ਪਹਿਲੀ ਕਾਲ 'ਤੇ ਹੀ ਪੁੱਛਦੇ ਹਨ ਕਿ ਕਿਹੜੀ ਬੋਲੀ ਵਿੱਚ ਗੱਲ ਕਰਨੀ ਹੈ, ਅਤੇ
ਛੋਟੇ ਬੱਚੇ ਵਾਲੇ ਘਰ ਵਿੱਚ ਉੱਲੀ ਦੀ ਜਾਂਚ ਪੰਜ ਕੰਮ ਵਾਲੇ ਦਿਨਾਂ ਵਿੱਚ ਹੁੰਦੀ ਹੈ। ਵਾਹਿਗੁਰੂ ਜੀ ਕਾ
ਖ਼ਾਲਸਾ, ਵਾਹਿਗੁਰੂ ਜੀ ਕੀ ਫ਼ਤਿਹ।
"""),
    ),
    (
        "fv2bq-pa-03",
        "pa",
        _s("""
ਸਾਡੇ ਬੀਜੀ, [[PERSON:ਗੁਰਮੀਤ ਕੌਰ]], [[AGE:੭੬ ਸਾਲ]] ਦੇ ਹਨ। ਪਿਛਲੇ ਸਾਲ ਉਹਨਾਂ ਨੂੰ
[[HEALTH:ਅਧਰੰਗ]] ਹੋਇਆ ਅਤੇ ਸੱਜਾ ਪਾਸਾ ਕਮਜ਼ੋਰ ਹੋ ਗਿਆ। ਉਹ ਸਾਡੇ ਨਾਲ [[ADDRESS:੧੫ ਕੈਥਰੀਨ ਸਟ੍ਰੀਟ]],
ਲੈਸਟਰ [[POSTCODE:LE4 6PN]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ। ਘਰ [[ORGANISATION:Belgrave Community Housing]] ਦਾ
ਹੈ। ਬਾਥਰੂਮ ਵਿੱਚ ਉੱਚਾ ਟੱਬ ਹੈ, ਬੀਜੀ ਉਸ ਵਿੱਚ ਵੜ ਨਹੀਂ ਸਕਦੇ, ਇਸ ਲਈ ਮੰਮੀ ਉਹਨਾਂ ਨੂੰ ਕੁਰਸੀ 'ਤੇ
ਬਿਠਾ ਕੇ ਬਾਲਟੀ ਨਾਲ ਨਹਾਉਂਦੇ ਸਨ।

ਓਟੀ [[PERSON:Rajinder Bains]] ਨੇ ਘਰ ਆ ਕੇ ਰਿਪੋਰਟ ਲਿਖੀ। ਉਸ ਵਿੱਚੋਂ:

"Name: [[PERSON:Gurmeet Kaur]]. DOB: [[DATE_OF_BIRTH:12-04-1948]]. NHS: [[OTHER_ID:999 159 0137]].
Diagnosis: [[HEALTH:right hemiplegia]] following [[HEALTH:stroke]]; [[HEALTH:type 2 diabetes]].
Mrs [[PERSON:Kaur]] cannot step into the bath safely. As an [[OTHER_SPECIAL:Amritdhari Sikh]]
she keeps her kesh covered and prefers to bathe seated with privacy; the design below has
been agreed with her. Recommend: level-access shower with seat, grab rails, half-step at
rear door. Priority: high. [[PERSON:R. Bains]], Occupational Therapist, HCPC
[[OTHER_ID:OT72250]]"

ਰਿਪੋਰਟ ਤੋਂ ਬਾਅਦ [[ORGANISATION:Belgrave]] ਨੇ ਕਿਹਾ ਕਿ ਇਸ ਸਾਲ ਦਾ adaptations ਬਜਟ ਖ਼ਤਮ ਹੈ,
ਅਗਲੇ ਸਾਲ ਦੇਖਾਂਗੇ, ਯਾਨੀ ਚੌਦਾਂ ਮਹੀਨੇ ਦੀ ਉਡੀਕ। ਅਸੀਂ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਨੰਬਰ
[[REFERENCE:BCH-ADP-0932]]। ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ ਉਹਨਾਂ ਨੇ ਮੰਨਿਆ ਕਿ ਕੌਂਸਲ ਦੀ Disabled Facilities
Grant ਲਈ ਅਰਜ਼ੀ ਤੁਰੰਤ ਦਿੱਤੀ ਜਾ ਸਕਦੀ ਸੀ। ਅਰਜ਼ੀ ਗਈ ਅਤੇ ਅੱਠ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਸ਼ਾਵਰ ਲੱਗ ਗਿਆ।

ਹੁਣ ਉਹਨਾਂ ਦਾ ਨਿਯਮ ਹੈ ਕਿ ਬਜਟ ਕਰਕੇ ਕੋਈ adaptation ਨਹੀਂ ਰੋਕੀ ਜਾਵੇਗੀ; ਪੈਸਾ ਨਾ ਹੋਵੇ ਤਾਂ ਉਸੇ
ਵੇਲੇ DFG ਦੀ ਅਰਜ਼ੀ ਦਿੱਤੀ ਜਾਵੇਗੀ। ਬੀਜੀ ਹੁਣ ਆਪ ਨਹਾਉਂਦੇ ਹਨ ਅਤੇ ਕਹਿੰਦੇ ਹਨ ਕਿ ਉਹਨਾਂ ਦੀ ਇੱਜ਼ਤ
ਵਾਪਸ ਆ ਗਈ।

[[PERSON:ਮਨਪ੍ਰੀਤ]], ਪੋਤਾ, [[PHONE:੦੧੧੬ ੪੯੬ ੦੫੭੩]]
"""),
    ),
    (
        "fv2bq-pa-04",
        "pa",
        _s("""
ਮੇਰਾ ਪੁੱਤਰ [[PERSON:ਜੀਤ]] [[AGE:੨੪ ਸਾਲ]] ਦਾ ਹੈ ਅਤੇ ਉਸ ਨੂੰ [[HEALTH:ਸ਼ਾਈਜ਼ੋਫ਼ਰੀਨੀਆ]] ਹੈ।
ਅਸੀਂ [[ADDRESS:ਗੁਰਦੁਆਰਾ ਸਿੰਘ ਸਭਾ ਬਲੇਕਨਹਾਲ]] ਦੇ ਪਿੱਛੇ ਵਾਲੀ ਗਲੀ ਵਿੱਚ, [[ADDRESS:ਮਕਾਨ ਨੰਬਰ ੩]],
ਵੁਲਵਰਹੈਂਪਟਨ [[POSTCODE:wv2 3ej]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ। ਘਰ [[ORGANISATION:Blakenhall Housing Trust]]
ਦਾ ਹੈ। ਪਿਛਲੇ ਸਾਲ ਨਾਲ ਵਾਲੇ ਬਲਾਕ ਦੇ ਕੁਝ ਮੁੰਡੇ [[PERSON:ਜੀਤ]] ਨੂੰ ਤੰਗ ਕਰਨ ਲੱਗ ਪਏ: ਉਸ ਦੀ
ਪੱਗ ਦਾ ਮਜ਼ਾਕ, ਦਰਵਾਜ਼ੇ 'ਤੇ ਆਂਡੇ, ਅਤੇ ਸਾਡੀ ਕਾਰ [[OTHER_ID:WV19 KHJ]] 'ਤੇ ਗੰਦੀਆਂ ਗੱਲਾਂ
ਖੁਰਚ ਦਿੱਤੀਆਂ। ਅਸੀਂ [[OTHER_SPECIAL:ਸਿੱਖ]] ਪਰਿਵਾਰ ਹਾਂ, ਇਹ ਸਭ ਸਾਡੇ ਧਰਮ ਕਰਕੇ ਸੀ।
[[PERSON:ਜੀਤ]] ਘਰੋਂ ਨਿਕਲਣਾ ਬੰਦ ਕਰ ਗਿਆ ਅਤੇ ਉਸ ਦੀ ਹਾਲਤ ਫਿਰ ਵਿਗੜ ਗਈ।

ਉਸ ਦੇ ਨਰਸ ਨੇ ਹਾਊਸਿੰਗ ਨੂੰ ਇਹ ਚਿੱਠੀ ਭੇਜੀ:

"Re: Mr [[PERSON:Jeet Singh Rai]], DOB [[DATE_OF_BIRTH:06/06/2000]], NHS
[[OTHER_ID:999 962 4596]]. I am [[PERSON:Jeet]]'s care coordinator. [[PERSON:Jeet]] has
[[HEALTH:paranoid schizophrenia]] and had been stable on medication for two years. Repeated
targeted abuse, including religious and racial insults about his turban, has contributed
to a relapse and he is now being supported by our home treatment team. This should be
treated as hate-motivated anti-social behaviour. I support a multi-agency response.
[[PERSON:T. Whitaker]], Community Psychiatric Nurse, NMC PIN [[OTHER_ID:15E3871E]],
[[PHONE:01632 960 662]]"

ਪਹਿਲਾਂ ASB ਕੇਸ [[REFERENCE:BHT-ASB-0571]] ਨੂੰ "ਬੱਚਿਆਂ ਦੀ ਸ਼ਰਾਰਤ" ਲਿਖ ਕੇ ਬੰਦ ਕਰ ਦਿੱਤਾ ਗਿਆ
ਸੀ। ਚਿੱਠੀ ਤੋਂ ਬਾਅਦ ਕੇਸ ਦੁਬਾਰਾ ਖੁੱਲ੍ਹਿਆ, ਪੁਲਿਸ ਨਾਲ ਮੀਟਿੰਗ ਹੋਈ, ਗਲੀ ਵਿੱਚ ਕੈਮਰਾ ਲੱਗਾ ਅਤੇ
ਮੁੰਡਿਆਂ ਦੇ ਮਾਪਿਆਂ ਨੇ acceptable behaviour contract 'ਤੇ ਦਸਤਖ਼ਤ ਕੀਤੇ। ਟਰੱਸਟ ਨੇ ਮਾਫ਼ੀ ਮੰਗੀ
ਅਤੇ ਹੁਣ ਹਰ ASB ਸ਼ਿਕਾਇਤ ਵਿੱਚ ਪੁੱਛਿਆ ਜਾਂਦਾ ਹੈ ਕਿ ਕੀ ਇਹ ਧਰਮ, ਨਸਲ ਜਾਂ ਅਪੰਗਤਾ ਕਰਕੇ ਹੈ।

ਇਹ ਸਾਡੀ ਛੋਟੀ ਜਿਹੀ ਜਿੱਤ ਸੀ। [[PERSON:ਜੀਤ]] ਹੁਣ ਫਿਰ ਸ਼ਾਮ ਨੂੰ ਗੁਰਦੁਆਰੇ ਜਾਂਦਾ ਹੈ।
[[PERSON:ਸੁਰਿੰਦਰ ਕੌਰ ਰਾਏ]]
"""),
    ),
    (
        "fv2bq-pa-05",
        "pa",
        _s("""
ਮੇਰੀ ਧੀ [[PERSON:ਖੁਸ਼ੀ]] [[AGE:੧੨ ਸਾਲ]] ਦੀ ਹੈ। ਮੈਨੂੰ [[HEALTH:ਲੂਪਸ]] ਹੈ ਅਤੇ ਮੇਰੇ ਪਤੀ ਨੂੰ
ਅੰਗਰੇਜ਼ੀ ਘੱਟ ਆਉਂਦੀ ਹੈ। ਸਾਡੇ ਘਰ, [[ADDRESS:38 Havelock Road]], ਸਾਊਥਾਲ [[POSTCODE:ub2 4nz]],
ਵਿੱਚ ਦੋ ਮਹੀਨੇ ਗਰਮ ਪਾਣੀ ਅਤੇ ਹੀਟਿੰਗ ਵਾਰ-ਵਾਰ ਬੰਦ ਹੁੰਦੇ ਰਹੇ। ਘਰ
[[ORGANISATION:Northolt & Southall Homes]] ਦਾ ਹੈ। ਉਹਨਾਂ ਦੀਆਂ ਸਾਰੀਆਂ ਚਿੱਠੀਆਂ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ
ਆਉਂਦੀਆਂ ਅਤੇ ਫ਼ੋਨ 'ਤੇ ਮਸ਼ੀਨ ਵਾਲਾ ਮੀਨੂ। ਇਸ ਲਈ [[PERSON:ਖੁਸ਼ੀ]] ਸਕੂਲੋਂ ਛੁੱਟੀ ਕਰ ਕੇ
ਇੰਜੀਨੀਅਰ ਦੀ ਉਡੀਕ ਕਰਦੀ ਅਤੇ ਉਹਨਾਂ ਨੂੰ ਫ਼ੋਨ ਕਰਦੀ। ਸਾਨੂੰ ਪਤਾ ਹੀ ਨਹੀਂ ਸੀ ਕਿ ਇਹ ਕਿੰਨਾ ਗ਼ਲਤ
ਹੈ, ਜਦ ਤੱਕ ਸਕੂਲ ਨੇ ਇਹ ਚਿੱਠੀ ਨਹੀਂ ਲਿਖੀ:

"[[ADDRESS:Havelock Park High School]], Student Support. Re: [[PERSON:Khushi Grewal]], Year 7,
DOB [[DATE_OF_BIRTH:05/03/2012]]. [[PERSON:Khushi]] is identified as a young carer: her mother
has [[HEALTH:systemic lupus erythematosus]]. This term [[PERSON:Khushi]] has missed 11 days,
most of them waiting in for repair appointments or phoning the landlord for her family,
because letters and calls are only offered in English. A child should not be her family's
interpreter with their landlord. We ask that an interpreter is offered and that
appointments are arranged with her parents directly. Ms [[PERSON:Bernadette Quinn]], SENCo
and Young Carers Lead, [[EMAIL:b.quinn@havelockpark.example.org]]"

ਇਸ ਚਿੱਠੀ ਨਾਲ ਅਸੀਂ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਨੰਬਰ [[REFERENCE:NSH-CMP-40761]]। ਪੰਜਾਬੀ ਬੋਲਣ ਵਾਲੇ ਅਫ਼ਸਰ
[[PERSON:ਰਵਿੰਦਰ]] ਨੇ ਮੈਨੂੰ ਆਪ ਫ਼ੋਨ ਕੀਤਾ ਅਤੇ ਮਾਫ਼ੀ ਮੰਗੀ। ਇੱਕ ਹਫ਼ਤੇ ਵਿੱਚ ਨਵਾਂ ਬੌਇਲਰ ਲੱਗ ਗਿਆ।
ਹੁਣ ਉਹ ਹਰ ਕਿਰਾਏਦਾਰ ਦੀ ਬੋਲੀ ਰਿਕਾਰਡ ਵਿੱਚ ਲਿਖਦੇ ਹਨ, ਪੰਜਾਬੀ ਵਿੱਚ ਚਿੱਠੀ ਭੇਜਦੇ ਹਨ, ਦੁਭਾਸ਼ੀਏ
ਵਾਲੀ ਫ਼ੋਨ ਲਾਈਨ ਦਿੰਦੇ ਹਨ, ਅਤੇ ਕਿਸੇ ਬੱਚੇ ਰਾਹੀਂ ਰਿਪੇਅਰ ਬੁੱਕ ਨਹੀਂ ਕਰਦੇ।

ਮੈਨੂੰ ਬਹੁਤ ਖੁਸ਼ੀ ਹੈ ਕਿ ਹੁਣ ਉਹ ਪੂਰਾ ਹਫ਼ਤਾ ਸਕੂਲ ਜਾਂਦੀ ਹੈ।
[[PERSON:ਪਰਮਜੀਤ ਕੌਰ ਗਰੇਵਾਲ]]
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
