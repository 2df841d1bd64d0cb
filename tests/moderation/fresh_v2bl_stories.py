"""Fresh version-2 PII test stories, batch bl.

Minutes and meeting notes: a landlord's complaints review panel, a TRA AGM, a board paper, a multi-agency case
conference and a scrutiny panel in English; Polish parish and tenants' groups, Romanian association and church
committees, Arab, Yemeni and mosque committees, Urdu women's and mosque groups, Bengali forums and a TRA, and gurdwara
and Punjabi women's committees in their own languages. Attendee lists, apologies, initials in ACTIONs, flats and
blocks, references, phones, e-mails, NI numbers, DOBs, NHS numbers, share codes, passport and BRP numbers, vehicle
registrations, handles, sort codes and account numbers. Decisions: initials of real attendees and action owners, kunyas
("أم ياسين") and nicknames are PERSON; roles (imam sahib, granthi singh, ksiądz proboszcz) and honorifics or kinship words
(Cllr, ks., fratele, الحاج, صاحب, باجی, আপা, ভাই, ਬੀਬੀ, ਸ., ਜੀ) stay outside. Named estates and blocks, also in a TRA's
title, are ADDRESS; advice groups, community associations, offices and unnamed halls are not marked. Stated ethnicity,
religion and immigration status (Roma, Syrian, refugee, (pre-)settled status, spouse visa, British citizen) are
OTHER_SPECIAL; police crime numbers are REFERENCE; meeting dates, money, counts and age ranges stay unmarked.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 7 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 68.6% of 35, recall 97.4%, precision 77.6%, on the committed
detector 5e6acc4 (the detector that landed, after round 55); leak-free by language ar 4, bn 5, en 1, pa 5, pl 0, ro 4, ur 5 of 5.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2bl-en-01",
        "en",
        _s("""
[[ORGANISATION:Northgate Homes]] – Complaints Review Panel. Minutes of the meeting held on Wednesday
14 October 2026 at 5.30pm, Committee Room 2, Carver House, Leeds.
Present: [[PERSON:Marguerite Osei-Bonsu]] (independent chair), Cllr [[PERSON:Declan Furey]],
[[PERSON:Halina Wróbel]] (tenant panel member), [[PERSON:Tom Ashworth]] (Head of Repairs). In
attendance: [[PERSON:Priya Kaur]] (Complaints Officer), [[PERSON:BL]] (minutes). Apologies: Revd
[[PERSON:Sunday Adeyemi]].
1. Declarations of interest: none.
2. Case for review – complaint ref [[REFERENCE:NH/CX/26/0719]], stage 2. Resident: Ms
[[PERSON:Keisha Brammer]], [[ADDRESS:Flat 6, Tennyson Rise]], [[POSTCODE:LS9 7QD]]. Household: Ms
[[PERSON:Brammer]], her son [[PERSON:Jaylen]] ([[AGE:4]]) and daughter [[PERSON:Amara]]
([[AGE:10 months]]). [[PERSON:Jaylen]] has [[HEALTH:asthma]] and was admitted to St James's twice
last winter.
[[PERSON:PK]] summarised the timeline. Black mould was first reported in the back bedroom on 3 January.
[[ORGANISATION:Aireside Property Services]] carried out three "mould washes"; no surveyor attended until
9 May. The stage 1 letter blamed drying clothes indoors. [[PERSON:HW]] asked whether anyone had checked
the extractor fan: it had been disconnected since the 2019 kitchen refit.
Ms [[PERSON:Brammer]] joined by phone ([[PHONE:07700 900417]]) and said that for six weeks nobody
returned her calls.
Findings: maladministration. The panel upheld the complaint in full. Remedy: £1,150 compensation; fan
replaced, loft insulation topped up, wall treated and bedroom redecorated (all completed 2 September).
Lessons: a surveyor within ten working days of any mould report where a child has a breathing
condition; "lifestyle" wording removed from all response templates.
ACTION: [[PERSON:TA]] to report on the fans in every flat at [[ADDRESS:Tennyson Rise]] by December.
ACTION: [[PERSON:PK]] to write to Ms [[PERSON:Brammer]] confirming the outcome.
AOB: none. Date of next meeting: 11 November 2026.
"""),
    ),
    (
        "fv2bl-en-02",
        "en",
        _s("""
[[ADDRESS:Marlowe Estate]] Tenants' and Residents' Association – Annual General Meeting. Thursday 18
June 2026, 7pm, community room under [[ADDRESS:Chaucer House]]. 31 residents signed the attendance
sheet.
Committee: [[PERSON:Grace Mwangi]] (chair), [[PERSON:Paddy Doyle]] (treasurer), [[PERSON:Will Okafor]]
(secretary). Guests: [[PERSON:Siobhán Carty]], Neighbourhood Officer,
[[ORGANISATION:Southbank Unity Housing]]; PC [[PERSON:Marsh]], Safer Neighbourhood Team.
Apologies: [[PERSON:Rose]] at [[ADDRESS:number 12]]; Mr and Mrs [[PERSON:Baptiste]].
1. Minutes of the 2025 AGM agreed (proposed [[PERSON:PD]], seconded [[PERSON:GM]]).
2. Chair's report. [[PERSON:Grace]] said the year had been dominated by noise from
[[ADDRESS:flat 40]]. She thanked Mrs [[PERSON:Dorothy Achterberg]] ([[AGE:81]]), who lives directly
below at [[ADDRESS:flat 36]] and agreed to her case being discussed. For eight months Mrs
[[PERSON:Achterberg]] kept a diary of music and shouting until 4am. Her ASB case
([[REFERENCE:SUH-ASB-04471]]) was closed twice "for lack of evidence" without anyone visiting at night.
The TRA wrote to the chief executive in February. After that a noise app was installed, an officer
visited at 1am, a tenancy warning was served and the tenant of [[ADDRESS:flat 40]] accepted a move.
[[ORGANISATION:Southbank Unity]] apologised in writing and paid Mrs [[PERSON:Achterberg]] £600; sound
insulation has since gone into both flats. [[PERSON:Grace]]'s lesson for members: "Write it down, and
never let them close a case over the phone."
3. Treasurer's report. Balance £1,312.40; the summer fun day cost £286.
4. Election of officers. All three re-elected unopposed. [[PERSON:Will]] said he will stand down next
year and hopes someone younger will take over.
5. AOB. Bins in the [[ADDRESS:Chaucer House]] courtyard still overflowing. ACTION: [[PERSON:SC]] to
chase the cleaning contract. Residents can email the committee at [[EMAIL:marlowe.tra@example.org]] or
text [[PERSON:Will]] on [[PHONE:07700 900 358]].
Next AGM: June 2027.
"""),
    ),
    (
        "fv2bl-en-03",
        "en",
        _s("""
[[ORGANISATION:Crestwood Living]] – Board of Management, 23 September 2026. Agenda item 7, paper B7:
Learning from complaints – case summary.
Author: [[PERSON:Nadia Farouk]], Director of Customer Experience. Sponsor: [[PERSON:Graham Hollis]],
Chief Executive.
Purpose: to set out a stage 2 complaint found against us by the Housing Ombudsman (case
[[REFERENCE:202514876]]) and the changes made since. The resident asked not to be named and is called
Resident A in this paper.
Summary: Resident A is [[AGE:79]], lives alone in a ground-floor flat at [[ADDRESS:Weaver's Court]], one
of our three sheltered schemes in Salford, and has [[HEALTH:COPD]] and [[HEALTH:heart failure]]. The
communal heating plant failed on 28 November 2025. Our contractor, [[ORGANISATION:Thermaflow Heating
Ltd]], fitted temporary heaters in 14 of the 22 flats. Resident A's flat was missed because her tenancy
record still carried a flat number that stopped existing after the 2021 renumbering. She was without
heating for nineteen days, over Christmas. Her complaint (ref [[REFERENCE:CRW-C-118832]]) was logged as
a repair, and the stage 1 reply took 41 working days.
The Ombudsman found severe maladministration and ordered £2,400 compensation and a written apology from
the Chief Executive.
What has changed: every sheltered scheme now has a vulnerability register checked monthly against the
asset database; heating outages affecting over-75s are escalated within four hours; complaint triage
has been retrained.
Board discussion: [[PERSON:GH]] confirmed he delivered the apology in person. [[PERSON:Ayo Bankole]]
(tenant board member) asked whether the renumbering had caused other errors; six more records have been
corrected.
RESOLVED: the Board noted the paper. ACTION: [[PERSON:NF]] to bring a six-month update to the March
2027 meeting.
"""),
    ),
    (
        "fv2bl-en-04",
        "en",
        _s("""
Multi-agency case conference – notes. 2 March 2026, Howden House, Sheffield.
Family: Mr [[PERSON:Abiodun Lawal]] and Mrs [[PERSON:Funmilayo Lawal]], [[ADDRESS:41 Cobden
Terrace]], [[POSTCODE:S11 8HR]]; children [[PERSON:Tobi]] ([[AGE:14]]), [[PERSON:Kemi]] ([[AGE:11]])
and [[PERSON:Ife]] ([[AGE:8]]). [[PERSON:Ife]], DOB [[DATE_OF_BIRTH:02/08/2017]], NHS no.
[[OTHER_ID:485 777 3456]], has [[HEALTH:cerebral palsy]] and uses a powered wheelchair.
Attendees: [[PERSON:RS]] (Housing Options, chair and notes), [[PERSON:Joanne Pryce]] (OT),
[[PERSON:DK]] (social worker), [[PERSON:Lorraine Bell]] (SENCo, [[ADDRESS:Hallam Lane Primary]]), Mr
and Mrs [[PERSON:Lawal]].
Background: the family have lived in a two-bed council house for nine years. [[PERSON:Ife]] is now
carried upstairs by her father, who has a [[HEALTH:slipped disc]]. Housing register ref
[[REFERENCE:HR-7730951]], band B since 2023. A complaint ([[REFERENCE:SCC-COMP-33870]]) said the OT
assessment had been lost twice; [[ORGANISATION:Sheffield City Council]] accepted this at stage 1 and
apologised.
Discussion: [[PERSON:JP]] confirmed a through-floor lift is not possible, the stairs being too narrow.
[[PERSON:RS]] said a four-bed adapted bungalow at [[ADDRESS:7 Larkspur Close]] becomes available in
April. Mrs [[PERSON:Lawal]] asked for the blue badge bay to move with them: vehicle
[[OTHER_ID:YK19 ZPT]]. A letter from [[ADDRESS:Ecclesall Park Surgery]] supports the move.
Outcome: direct offer approved; ceiling hoist and level-access shower to be fitted before the move.
Lesson: OT referrals are now tracked on the same system as the housing register, so they cannot drop
between teams.
ACTIONS: [[PERSON:RS]] to send the offer letter by 9 March. [[PERSON:JP]] to visit
[[ADDRESS:Larkspur Close]] with the family. [[PERSON:DK]] to update the child in need plan. Family
contact: [[PHONE:0114 496 0582]].
Review: 13 April 2026.
"""),
    ),
    (
        "fv2bl-en-05",
        "en",
        _s("""
[[ORGANISATION:Pennine Vale Housing]] – Resident Scrutiny Panel. Review of service charge complaints,
session 3 of 4. Held on Teams, 9 July 2026.
Present: [[PERSON:Hamish Dunbar]] (lead scrutineer), [[PERSON:Yetunde Afolabi-Clarke]],
[[PERSON:Mark Kowalewski]], [[PERSON:Hope Nnamdi]]. Officers: [[PERSON:Chris Gent]] (Income Manager),
[[PERSON:SR]] (Governance, minutes).
1. Sample case 2, discussed with the resident's consent. Mr [[PERSON:Eamon Gallagher]],
[[ADDRESS:18 Ridgeway Court]], [[POSTCODE:hx36tq]]. His weekly service charge rose from £11.20 to
£19.85 in April 2025 with no breakdown. He emailed [[EMAIL:income@example.com]] from
[[EMAIL:eamon.gallagher58@example.net]] six times over five months. The only real reply asked him to
"confirm your NI number by return", and he sent [[NI_NUMBER:JT 48 19 27 B]] in a plain email. The
panel recorded a data protection concern: nobody needed that number to answer his question.
A recalculation in January found the block had been charged for a lift serving the next building. Mr
[[PERSON:Gallagher]] received an apology and a refund of £412.60 to the account ending
[[OTHER_ID:7183]]. Tenants had meanwhile been posting their bills on [[OTHER_ID:@RidgewayTenants]],
which [[PERSON:Hope]] said was how the panel first heard of it.
2. Findings. Breakdowns were not sent; the shared inbox had no owner; staff asked for personal data
they did not need.
3. Recommendations. (a) Itemised statements every year; (b) never ask for NI numbers by email; (c) a
named officer for every service charge query. [[PERSON:CG]] accepted (a) and (b); (c) goes to the
executive team.
ACTIONS: [[PERSON:HD]] to draft the panel report for the September board. [[PERSON:YAC]] and
[[PERSON:MK]] to check ten more sampled accounts. [[PERSON:Mark]] will ask whether any other blocks
share the lift charge.
Next session: 6 August 2026.
"""),
    ),
    (
        "fv2bl-pl-01",
        "pl",
        _s("""
PROTOKÓŁ z zebrania grupy „Lokatorzy Razem” działającej przy polskiej parafii. 20 listopada 2026 r.,
godz. 19.00, sala pod kościołem.
Obecni: [[PERSON:Krystyna Zając]] (przewodnicząca), [[PERSON:Marek Dudek]], ks. [[PERSON:Andrzej
Wilk]], [[PERSON:Bożena Kowalczyk]] (we własnej sprawie), [[PERSON:Ola Nowicka]] (protokół).
Usprawiedliwieni: [[PERSON:Wojtek Sadowski]] (nocna zmiana).
1. Wilgoć i grzyb u pani [[PERSON:Bożeny]]. Pani [[PERSON:Kowalczyk]] mieszka z córką
[[PERSON:Zuzią]] ([[AGE:6 lat]]) pod adresem [[ADDRESS:flat 9, Ashby House]], [[POSTCODE:nw10 4rb]].
Mieszkanie należy do [[ORGANISATION:Harlesden Homes Partnership]]. Grzyb w sypialni jest od zeszłej
zimy; [[PERSON:Zuzia]] ma [[HEALTH:astmę]] i dwa razy trafiła na pogotowie. Zgłoszenia telefoniczne nic
nie dały – w „repairs” za każdym razem słyszała, że to „condensation” i żeby otwierać okna (numer
zgłoszenia [[REFERENCE:RP4417092]]).
[[PERSON:Krystyna]] pomogła napisać formalną skargę po angielsku (complaint ref.
[[REFERENCE:HHP-CMP-2026-3391]]) i dołączyć list od lekarza. Dwa tygodnie później przyszedł surveyor:
nieszczelna rynna i brak izolacji nad oknem. Naprawę skończono w październiku, sypialnię odmalowano,
rodzina dostała £800 rekompensaty i pisemne przeprosiny. Pani [[PERSON:Bożena]] podziękowała grupie.
Wnioski: nie czekać miesiącami na telefon – od razu pisać skargę na piśmie, robić zdjęcia z datą,
prosić o nazwisko osoby prowadzącej sprawę.
DO ZROBIENIA: [[PERSON:MD]] – prosta instrukcja po polsku „jak złożyć complaint” na następne zebranie.
[[PERSON:KZ]] – zadzwonić do pani [[PERSON:Kowalczyk]] za miesiąc ([[PHONE:07700 900 263]]) i
sprawdzić, czy grzyb nie wraca.
2. Sprawy różne. Ks. [[PERSON:Andrzej]] ogłosi spotkania grupy po mszach. Dwie rodziny z Acton pytały
o pomoc przy przeludnieniu – zaprosić je na styczeń.
Następne zebranie: 15 stycznia 2027 r. Protokołowała: [[PERSON:A. Nowicka]].
"""),
    ),
    (
        "fv2bl-pl-02",
        "pl",
        _s("""
Komisja mieszkaniowa rady parafialnej – notatka ze spotkania, 4 lutego 2026 r., salka katechetyczna,
Slough.
Obecni: p. [[PERSON:Teresa Mazur]] (przewodnicząca), [[PERSON:Grzegorz Lis]] (notatki),
[[PERSON:Danuta Król]], gość: [[PERSON:Kuba Pietrzak]] (wnuk pana [[PERSON:Zdzisława]]).
Sprawa pana [[PERSON:Zdzisława Pietrzaka]]. Pan [[PERSON:Zdzisław]], ur. [[DATE_OF_BIRTH:3 maja
1942]] r., mieszka sam pod adresem [[ADDRESS:27 Gorse Lane]], [[POSTCODE:SL1 3PW]], w domu
[[ORGANISATION:Thames Meadow Homes]]. Choruje na [[HEALTH:POChP]] i [[HEALTH:cukrzycę]], ma też
[[HEALTH:niedosłuch]].
9 grudnia zepsuł się piec gazowy. Przez trzy tygodnie pan [[PERSON:Pietrzak]] miał tylko dwa
grzejniki elektryczne, a rachunek za prąd wzrósł o £140. Firma [[ORGANISATION:Boilerline Services]]
dwa razy „nie zastała lokatora”, bo nikt nie zapisał, że pan [[PERSON:Zdzisław]] nie słyszy telefonu
ani dzwonka – technik postał pod drzwiami i odjechał.
[[PERSON:Kuba]] napisał skargę mailem ([[EMAIL:kuba.pietrzak@example.com]]); numer sprawy
[[REFERENCE:TMH/C/55120]]. Odpowiedź przyszła w tydzień: przeprosiny, nowy piec zamontowany 30
grudnia, zwrot £140 za prąd i £350 rekompensaty. W systemie jest teraz adnotacja „contact via
grandson” i numer [[PERSON:Kuby]].
Wnioski: przy awarii ogrzewania u starszej osoby landlord powinien od razu pytać o rodzinę do kontaktu
i o to, czy lokator dobrze słyszy. Dla nas: starsi parafianie często nie wiedzą, że w ogóle mogą
złożyć skargę.
Działania: [[PERSON:TM]] – poprosi księdza proboszcza o ogłoszenie dla parafian powyżej 70 lat.
[[PERSON:DK]] – odwiedzi pana [[PERSON:Zdzisława]] w przyszłym tygodniu i sprawdzi, czy ogrzewanie
działa. [[PERSON:GL]] – przepisze notatkę i roześle ją mailem.
Następne spotkanie: 4 marca 2026 r. po mszy wieczornej.
"""),
    ),
    (
        "fv2bl-pl-03",
        "pl",
        _s("""
Notatki ze spotkania polskich mieszkańców bloku [[ADDRESS:Cedar Court]], 11 kwietnia 2026, u pani
[[PERSON:Halinki]] w [[ADDRESS:mieszkaniu 14]].
Byli: [[PERSON:Halina Sobczak]], [[PERSON:Jarek Baran]] i [[PERSON:Gosia Baran]] z
[[ADDRESS:mieszkania 22]], [[PERSON:Piotr Wiśniewski]] z parteru, [[PERSON:Ewelina Kaczmarek]]
(notatki). Nie przyszedł [[PERSON:Sławek]] – zmiana w magazynie.
Temat: hałas i picie na klatce schodowej. Od stycznia obcy ludzie wchodzą przez zepsute drzwi od
strony parkingu, piją i palą przy zejściu do piwnicy, czasem do trzeciej w nocy. [[PERSON:Gosia]]
zgłaszała to do [[ORGANISATION:Brookfield Housing Trust]] jedenaście razy (sprawa ASB nr
[[REFERENCE:ASB/26/0193]]) i dostawała tylko maile „we have passed this to the relevant team”.
Co pomogło: [[PERSON:Jarek]] założył konto [[OTHER_ID:@cedarcourt_lokatorzy]] i wrzucał tam zdjęcia
zniszczonych drzwi z datą. Pod koniec marca przyszła pani [[PERSON:Sandra Okoye]] z zespołu ASB,
spotkała się z nami na klatce i w ciągu tygodnia drzwi wymieniono na zamek z kodem, a przy wejściu
zamontowano kamerę. [[ORGANISATION:Brookfield]] przeprosił za brak odpowiedzi i dał nam stały kontakt
do pani [[PERSON:Okoye]]. Od tamtej pory jest spokój.
Wnioski: jedno wspólne pismo od kilku mieszkań działa lepiej niż pojedyncze telefony; zawsze prosić o
nazwisko osoby prowadzącej sprawę; robić zdjęcia z datą i godziną.
Do zrobienia: [[PERSON:EK]] napisze podziękowanie do pani [[PERSON:Sandry]]; wspólny adres grupy to
[[EMAIL:cedar.court.tenants@example.net]]. [[PERSON:Piotrek]] sprawdzi w nocy, czy kamera nagrywa.
[[PERSON:Halinka]] zapyta sąsiadów z bloku obok, czy mają ten sam problem.
Następne spotkanie: we wrześniu, po wakacjach.
"""),
    ),
    (
        "fv2bl-pl-04",
        "pl",
        _s("""
NOTATKA ze spotkania w sprawie rodziny [[PERSON:Nowaków]] – przeludnienie. 7 września 2026 r., punkt
porad, Peterborough.
Obecni: [[PERSON:Agnieszka Nowak]] i [[PERSON:Tomasz Nowak]], [[PERSON:Renata Górska]] (doradczyni,
notatki), telefonicznie [[PERSON:Liam O'Connell]] z [[ORGANISATION:Nene Vale District Council]].
Sytuacja: sześć osób w mieszkaniu z dwiema sypialniami, [[ADDRESS:58B Lincoln Road]],
[[POSTCODE:PE1 2SN]], wynajmowanym od [[ORGANISATION:Fenland Gate Homes]]. Dzieci:
[[PERSON:Kacper]] ([[AGE:15 lat]]) i [[PERSON:Lena]] ([[AGE:12 lat]]) chodzą do [[ADDRESS:Orton Vale
Academy]], bliźniaczki [[PERSON:Maja]] i [[PERSON:Hania]] ([[AGE:4 lata]]) do zerówki w
[[ADDRESS:St Joseph's Catholic Primary]]. [[PERSON:Kacper]] śpi na kanapie w salonie.
Problem: wniosek na housing register (nr [[REFERENCE:HRG-0048817]]) zamknięto w maju, bo urzędnik
uznał, że [[OTHER_SPECIAL:pre-settled status]] pani [[PERSON:Agnieszki]] nie daje prawa do pomocy. To
był błąd – pan [[PERSON:Tomasz]] ma [[OTHER_SPECIAL:settled status]], oboje pracują. Pani
[[PERSON:Agnieszka]] podała share code [[OTHER_ID:W4K 7PM 2QX]], ale nikt go nie sprawdził. Skarga z
12 czerwca ma numer [[REFERENCE:NVDC-CX-22019]].
Wynik: urząd przyznał się do błędu, przywrócił datę wniosku z 2024 r., przyznał band A za
przeludnienie i przeprosił na piśmie. W zeszłym tygodniu rodzina obejrzała dom z czterema sypialniami;
klucze mają być w październiku.
Wnioski: urzędnicy muszą sprawdzać status w systemie online, a nie zgadywać; zawsze prosić o decyzję na
piśmie, żeby było od czego się odwołać.
Działania: [[PERSON:RG]] – pilnować terminu przekazania kluczy. [[PERSON:Tomek]] – zebrać listy ze
szkół na wypadek opóźnienia. Kontakt do rodziny: [[PHONE:01632 960447]].
Następne spotkanie: 5 października 2026 r.
"""),
    ),
    (
        "fv2bl-pl-05",
        "pl",
        _s("""
PROTOKÓŁ nr 7/2026 z posiedzenia zarządu stowarzyszenia lokatorów, Bradford, 26 sierpnia 2026 r.
Obecni: [[PERSON:Jadwiga Kamińska]] (prezes), [[PERSON:Łukasz Wróbel]] (protokolant), [[PERSON:Irena
Kot]], gość: [[PERSON:Dawid Majewski]], syn lokatorki.
Punkt 3. Przeciek z mieszkania powyżej – sprawa pani [[PERSON:Stanisławy Majewskiej]], [[ADDRESS:12a
Heaton Grove]], [[POSTCODE:BD9 4LE]]. Właściciel: [[ORGANISATION:Aire Valley Homes]].
[[PERSON:Dawid]] opowiedział, że od marca woda z łazienki sąsiada kapała przez lampę w kuchni mamy.
Elektryk odłączył prąd w kuchni i na tym się skończyło – przez trzy miesiące mama gotowała na
kuchence turystycznej. Mama słabo mówi po angielsku, a infolinia ani razu nie zaproponowała tłumacza.
Kiedy [[PERSON:Dawid]] zadzwonił w jej imieniu, kazano mu najpierw przesłać skan paszportu mamy (nr
[[OTHER_ID:EK4719302]]) „do weryfikacji” – zarząd uważa, że to była przesada.
Skarga złożona 2 czerwca, nr [[REFERENCE:AVH-COMP-10458]]. Odpowiedź na etapie 1 przyszła po terminie,
ale była uczciwa: przyznano brak tłumacza, naprawiono pion kanalizacyjny u sąsiada, założono nową
instalację w kuchni, wypłacono £500 rekompensaty i ustalono, że listy do pani
[[PERSON:Majewskiej]] będą po polsku.
Wnioski dla stowarzyszenia: mówić członkom, że mają prawo do darmowego tłumacza (interpreter); nie
wysyłać skanów dokumentów, jeśli nie ma takiej potrzeby.
Działania: [[PERSON:JK]] – ulotka o prawie do tłumacza. [[PERSON:Irenka]] – zapytać, czy ktoś jeszcze
z [[ADDRESS:Heaton Grove]] ma podobne przecieki. Kontakt do zarządu:
[[EMAIL:zarzad.lokatorzy@example.org]].
Następne posiedzenie: 30 września 2026 r.
"""),
    ),
    (
        "fv2bl-ro-01",
        "ro",
        _s("""
PROCES-VERBAL al ședinței grupului de sprijin pentru locuințe, Asociația Românilor din Harrow, 9 martie
2026, ora 18:30.
Prezenți: [[PERSON:Cristina Popescu]] (coordonatoare), [[PERSON:Mihai Stan]], [[PERSON:Gigi Bălan]],
[[PERSON:Ana-Maria Roman]] (a consemnat). Absent motivat: [[PERSON:Florin]] (tură de noapte).
1. Familia [[PERSON:Dumitrescu]] – igrasie și mucegai. Doamna [[PERSON:Elena Dumitrescu]] locuiește cu
soțul, [[PERSON:Marius]], și cu băiatul lor, [[PERSON:Ionuț]] ([[AGE:5 ani]]), în
[[ADDRESS:apartamentul 3, Belmont Court]], [[POSTCODE:HA3 7JU]]. Proprietar: [[ORGANISATION:Kenton Vale
Housing]]. [[PERSON:Ionuț]] are [[HEALTH:bronșită astmatiformă]], iar medicul de familie de la
[[ADDRESS:Kenmore Medical Centre]] a scris o scrisoare despre mucegai.
Mucegaiul a apărut în noiembrie pe peretele dinspre nord. Au sunat la „repairs” de cinci ori și de
fiecare dată li s-a spus să deschidă geamurile și să nu usuce rufe în casă. [[PERSON:Cristina]] a
ajutat-o pe doamna [[PERSON:Elena]] să trimită o plângere scrisă (nr. [[REFERENCE:KVH-2026-0217]]), cu
poze și cu scrisoarea medicului.
Rezultat: în trei săptămâni a venit un inspector, care a găsit o țeavă fisurată în perete. S-a
reparat, s-a montat un ventilator nou, s-a tratat peretele și s-a zugrăvit camera. Despăgubire: £650 și
scuze în scris. Familia le mulțumește tuturor.
Concluzii: scrisoarea medicului a cântărit mult; plângerea scrisă funcționează, telefonul nu.
DE FĂCUT: [[PERSON:C.P.]] – un model de plângere în română și engleză. [[PERSON:M.S.]] – să sune în
aprilie la familia [[PERSON:Dumitrescu]], la [[PHONE:07700 900 781]], să vadă dacă a revenit
mucegaiul.
2. Diverse: [[PERSON:Gigi]] propune o seară despre drepturile chiriașilor. Următoarea ședință: 13
aprilie 2026, ora 18:30.
"""),
    ),
    (
        "fv2bl-ro-02",
        "ro",
        _s("""
Minuta ședinței comitetului social al parohiei, duminică, 1 februarie 2026, după Sfânta Liturghie,
Nottingham.
Participanți: părintele [[PERSON:Vasile Munteanu]], [[PERSON:Doina Ciobanu]] (secretar),
[[PERSON:Lenuța Rusu]], [[PERSON:Costel Ardeleanu]]. Și-a cerut scuze: doamna [[PERSON:Viorica]].
Punctul 2. Familia [[PERSON:Georgescu]] – fără încălzire. Domnul [[PERSON:Nicolae Georgescu]], născut
la [[DATE_OF_BIRTH:11.03.1949]], și soția dumnealui, [[PERSON:Aurelia]], locuiesc la [[ADDRESS:4
Thornfield Walk]], [[POSTCODE:ng7 2ba]], într-o casă a [[ORGANISATION:Trentside Homes]]. Domnul
[[PERSON:Nicolae]] are [[HEALTH:Parkinson]], iar doamna [[PERSON:Aurelia]] – [[HEALTH:artrită
reumatoidă]].
Centrala s-a stricat pe 2 ianuarie, în plin ger. Au primit două radiatoare electrice, iar tehnicianul
de la [[ORGANISATION:WarmFix Midlands]] a venit de trei ori fără piesa potrivită. Nimeni nu i-a sunat
înapoi. [[PERSON:Costel]] a sunat el însuși la [[ORGANISATION:Trentside]] ([[PHONE:0115 496 0274]]) și
a cerut ca apelul să fie înregistrat ca plângere (nr. [[REFERENCE:TH-C-61732]]).
Pe 20 ianuarie s-a montat o centrală nouă. [[ORGANISATION:Trentside]] și-a cerut scuze în scris, a
plătit £300 pentru curentul consumat de radiatoare și a trecut în dosar că familia are prioritate la
avariile de încălzire.
Concluzii: mulți bătrâni din parohie nu știu că pot face plângere formală și rabdă în frig. Comitetul
va organiza o întâlnire de informare după slujbă.
Sarcini: [[PERSON:D.C.]] pregătește întâlnirea pentru martie. [[PERSON:L.R.]] îi vizitează pe soții
[[PERSON:Georgescu]] săptămâna viitoare.
Următoarea ședință: 1 martie 2026.
"""),
    ),
    (
        "fv2bl-ro-03",
        "ro",
        _s("""
NOTE DE ȘEDINȚĂ – grupul comunitar din Sheffield, 22 mai 2026.
Prezenți: [[PERSON:Florica Lăcătuș]], [[PERSON:Nelu Căldăraru]], [[PERSON:Sorina Stoica]] (mediatoare,
notițe), [[PERSON:Helen Firth]] (ofițer ASB, [[ORGANISATION:Sheffield City Council]]).
Cazul familiei [[PERSON:Lăcătuș]]. Doamna [[PERSON:Florica]], soțul ei, [[PERSON:Dănuț]], și cei patru
copii locuiesc la [[ADDRESS:89 Marcliffe Road]], [[POSTCODE:S4 8HJ]]. Familia este de etnie
[[OTHER_SPECIAL:romă]]. Din ianuarie, un vecin de la [[ADDRESS:nr. 91]] le aruncă gunoi în curte, a
scris injurii pe poartă și strigă la copii când vin de la școală.
Doamna [[PERSON:Florica]] a raportat la consiliu de șapte ori (caz ASB [[REFERENCE:SCC-ASB-88214]]),
iar la poliție o dată (nr. [[REFERENCE:14/77310/26]]). Prima dată i s-a spus că e „o ceartă între
vecini”.
În aprilie, [[PERSON:Helen]] a venit acasă la ei împreună cu [[PERSON:Sorina]], a văzut inscripțiile și
a recunoscut că sunt incidente motivate de ură. Vecinul a primit avertisment scris, consiliul a montat
o cameră, poarta a fost înlocuită și familia a primit scuze. Au fost trecuți și pe lista de transfer
pentru o casă mai mare, cu trei dormitoare (nr. [[REFERENCE:HR/5530127]]).
Concluzii: incidentele de ură trebuie înregistrate ca atare de la prima sesizare; un mediator care
vorbește limba familiei a schimbat totul.
Acțiuni: [[PERSON:H.F.]] – verificare lunară până în septembrie. [[PERSON:S.S.]] – ține legătura cu
familia, tel. [[PHONE:0114 496 0937]]. [[PERSON:Nelu]] – le spune și altor familii că pot cere
mediator.
Următoarea întâlnire: 19 iunie 2026.
"""),
    ),
    (
        "fv2bl-ro-04",
        "ro",
        _s("""
Minuta întâlnirii de consiliere – Asociația „Casa Noastră”, Birmingham, 15 octombrie 2026.
Prezenți: [[PERSON:Raluca Neagu]] (președintă), [[PERSON:Bogdan Iliescu]], [[PERSON:Ștefan Pop]],
[[PERSON:Larisa]] (voluntară, notițe). Invitat: domnul [[PERSON:Adrian Toma]].
Cazul domnului [[PERSON:Toma]]. Domnul [[PERSON:Adrian]] locuiește în [[ADDRESS:flat 17, Lyndhurst
House]], [[POSTCODE:B15 2TT]], chiriaș la [[ORGANISATION:Edgbaston Park Homes]] (contract nr.
[[REFERENCE:EPH-T-009381]]).
Din aprilie, contul de chirie arăta o datorie de £1.246. În realitate, plata din Universal Credit
ajungea, dar era trecută pe contul altui chiriaș cu același nume de familie. În august, domnul
[[PERSON:Toma]] a primit o notificare de evacuare (notice seeking possession). La telefon i s-a cerut
de trei ori NI number-ul, [[NI_NUMBER:SH 71 40 22 D]], și de fiecare dată i s-a spus că „se verifică”.
[[PERSON:Bogdan]] a scris la [[EMAIL:rents@example.org]] și a deschis o plângere de etapa 2 (nr.
[[REFERENCE:EPH-CX-4410]]).
Rezultat: s-a găsit greșeala de alocare, notificarea a fost retrasă, domnul [[PERSON:Toma]] a primit
scuze și £250 pentru stres, iar cele £180 plătite în plus i-au fost returnate în contul cu sort code
[[OTHER_ID:20-45-77]], care se termină în [[OTHER_ID:3318]].
Concluzii: când apare brusc o datorie, cereți în scris extrasul complet (rent statement); nu semnați
niciun acord de plată până nu verificați; păstrați dovezile de la Universal Credit.
Acțiuni: [[PERSON:R.N.]] – fișă informativă în română despre rent statement. [[PERSON:B.I.]] – îl sună
pe domnul [[PERSON:Adrian]] la [[PHONE:0121 496 0615]] peste o lună, să verifice soldul.
Următoarea întâlnire: 12 noiembrie 2026.
"""),
    ),
    (
        "fv2bl-ro-05",
        "ro",
        _s("""
Proces-verbal – comitetul de ajutor social al bisericii, Luton, 8 februarie 2026.
Prezenți: fratele [[PERSON:Daniel Sârbu]] (prezbiter), sora [[PERSON:Lidia Cozma]] (notițe),
[[PERSON:Beni Oprea]], sora [[PERSON:Ruth Câmpean]].
Cazul fratelui [[PERSON:Ioan Moldovan]]. Fratele [[PERSON:Ioan]], născut pe [[DATE_OF_BIRTH:unsprezece
martie 1958]], a avut un [[HEALTH:AVC]] în august 2025 și de atunci folosește scaun cu rotile.
Locuiește cu soția, [[PERSON:Maria]], la [[ADDRESS:36 Wenlock Road]], [[POSTCODE:LU2 0QB]], casă a
[[ORGANISATION:Chiltern Edge Housing]].
Cererea de adaptare (duș la nivelul podelei și rampă la intrare) a stat patru luni fără răspuns (ref.
[[REFERENCE:CEH-AD-2207]]). S-a aflat că evaluarea terapeutului ocupațional fusese trimisă la o adresă
greșită. [[PERSON:Beni]] a făcut plângere pe email și în două săptămâni s-a programat lucrarea.
Familia, fiind [[OTHER_SPECIAL:adventistă]], a cerut să nu se lucreze sâmbăta, iar constructorul a
respectat. S-a marcat și un loc de parcare pentru persoane cu dizabilități, pentru mașina
[[OTHER_ID:KX68 WFD]].
Rezultat: dușul și rampa au fost gata la sfârșitul lui ianuarie; scuze scrise și £400 despăgubire.
Sora [[PERSON:Maria]] spune că fratele [[PERSON:Ioan]] poate ieși din nou singur în curte.
Concluzii: să verificăm că evaluările ajung la adresa bună; să cerem de la început un termen scris.
Sarcini: fratele [[PERSON:Daniel]] – vizită la familie. [[PERSON:Beni]] – mulțumiri către echipa de
adaptări ([[EMAIL:adaptations@example.net]]). Sora [[PERSON:Lidia]] – o listă cu frații vârstnici care
ar putea avea nevoie de adaptări. Telefon familie: [[PHONE:01632 960 512]].
Următoarea ședință: 8 martie 2026.
"""),
    ),
    (
        "fv2bl-ar-01",
        "ar",
        _s("""
محضر اجتماع لجنة الإسكان – الجالية العربية في مانشستر. الخميس ١٢ تشرين الثاني/نوفمبر ٢٠٢٦، الساعة
السادسة مساءً.
الحاضرون: الحاج [[PERSON:عبد الرحمن الشامي]] (رئيس اللجنة)، الأخت [[PERSON:سعاد بن علي]]، الأستاذ
[[PERSON:كريم حداد]]، [[PERSON:رنا]] (أمينة السر). اعتذر عن الحضور: [[PERSON:أبو فارس]].
البند الأول: حالة السيدة [[PERSON:هدى الزعبي]] ([[PERSON:أم ياسين]]).
تسكن الأخت [[PERSON:هدى]] مع أولادها الثلاثة في [[ADDRESS:الشقة ١٤، Hanover Tower]]،
[[POSTCODE:M13 9PL]]، والمالك هو [[ORGANISATION:Irwell Bridge Housing]]. ابنها [[PERSON:ياسين]] عمره
[[AGE:٧ سنوات]] ولديه [[HEALTH:ربو]].
منذ الشتاء الماضي انتشر العفن الأسود في غرفة الأولاد. اتصلت بقسم الـ repairs أكثر من عشر مرات، وكان
الجواب دائمًا: «افتحي الشباك وشغّلي التدفئة». رقم البلاغ [[REFERENCE:IBH-R-774120]].
ساعدها الأستاذ [[PERSON:كريم]] في كتابة شكوى رسمية بالإنجليزية (رقم الشكوى
[[REFERENCE:IBH-CMP-3051]]) وأرفق بها صورًا ورسالة من طبيبة العائلة. بعد أسبوعين جاء الـ surveyor
ووجد تسريبًا من السطح فوق الشقة مباشرة. أُصلح السطح، ورُكّبت مروحة شفط جديدة، وأُعيد دهان الغرفة،
واعتذرت الجمعية كتابيًا ودفعت تعويضًا قدره ٧٥٠ جنيهًا.
الدروس المستفادة: الشكوى المكتوبة مع تقرير طبي أقوى من عشرات المكالمات، ويجب دائمًا طلب اسم الموظف
المسؤول عن الملف.
المهام: يعدّ الأستاذ [[PERSON:كريم]] نموذج شكوى بالعربية والإنجليزية. تكلّم الأخت [[PERSON:سعاد]]
[[PERSON:أم ياسين]] بعد شهر على الرقم [[PHONE:٠٧٧٠٠ ٩٠٠٥٣١]] للتأكد من أن العفن لم يرجع.
ما يستجد من أعمال: اقترحت [[PERSON:رنا]] جلسة توعية للنساء عن حقوق المستأجرين. الاجتماع القادم: ١٠
كانون الأول/ديسمبر ٢٠٢٦.
"""),
    ),
    (
        "fv2bl-ar-02",
        "ar",
        _s("""
محضر جلسة لجنة شؤون السكن – جمعية الجالية اليمنية، برمنغهام. التاريخ: ٣ آذار ٢٠٢٦.
الحضور: [[PERSON:عبده القباطي]] ([[PERSON:Abdo Al-Qubati]]) رئيسًا، [[PERSON:فاطمة صالح]]،
[[PERSON:ناصر العولقي]]، والمترجم [[PERSON:وليد]]. كتب المحضر: [[PERSON:ناصر]].
الحالة: الأخ [[PERSON:محمد أحمد سيف]]، [[AGE:٦٨ سنة]]، يسكن وحده في [[ADDRESS:52 Bordesley Park
Road]]، [[POSTCODE:B8 1QS]]، في بيت تابع لـ[[ORGANISATION:Birmingham City Council]].
في تشرين الثاني سقط جزء من سقف الحمّام بسبب تسريب من خزان الماء في العلّية. لم يأتِ أحد مدة ٩
أيام. الأخ [[PERSON:محمد]] لا يتكلم الإنجليزية، وكلما اتصل بالـ call centre أُغلق الخط في وجهه. الرقم
الذي أعطوه لابن أخيه: [[REFERENCE:٤٨٣٣٢١٠٧]].
تدخّل [[PERSON:وليد]] وأرسل إيميلاً مع الصور إلى [[EMAIL:housing.repairs@example.org]]، وفتح شكوى
رسمية رقمها [[REFERENCE:BCC-CF-20260915]]. خلال ٤٨ ساعة جاءت شركة [[ORGANISATION:Heartland Building
Services]] وأصلحت الخزان والسقف. اعتذرت الـ council، ودفعت ٤٥٠ جنيهًا، وسجّلت في ملفه أنه يحتاج
مترجمًا في كل اتصال.
الدروس: من حق كل مستأجر أن يطلب interpreter مجانًا، ويجب أن تكون لغة المستأجر مسجّلة في ملفه من أول
يوم، لا أن يُترك لأقاربه أن يتصلوا عنه.
القرارات: يتابع [[PERSON:ناصر]] مع الأخ [[PERSON:محمد]] على الرقم [[PHONE:0121 496 0752]]. تُعدّ
الأخت [[PERSON:فاطمة]] ورقة بالعربية عن الحق في الترجمة توزَّع بعد صلاة الجمعة.
الجلسة القادمة: بعد عيد الفطر.
"""),
    ),
    (
        "fv2bl-ar-03",
        "ar",
        _s("""
ملاحظات اجتماع حالة (case conference) – عائلة [[PERSON:الحمصي]]. التاريخ: ١٥/٠٤/٢٠٢٦. المكان: مكتب
الإسكان، كوفنتري.
الحاضرون: [[PERSON:Gemma Pike]] (Housing Officer، [[ORGANISATION:Coventry Cross Housing]])،
[[PERSON:لينا مراد]] (مسؤولة ملف إعادة التوطين)، السيد [[PERSON:خالد الحمصي]]، زوجته [[PERSON:أمل]]،
والمترجمة [[PERSON:نور]]. المحضر: [[PERSON:ل.م.]]
الخلفية: وصلت العائلة [[OTHER_SPECIAL:السورية]] عام ٢٠٢٢ عبر برنامج إعادة التوطين، ولديها
[[OTHER_SPECIAL:صفة لاجئ]]. يعيش سبعة أشخاص في [[ADDRESS:الشقة ٢٢، Foleshill Court]]،
[[POSTCODE:cv6 5ga]]، وهي شقة بغرفتي نوم. الأولاد: [[PERSON:عمر]] ([[AGE:١٦]])، [[PERSON:رهف]]
([[AGE:١٣]])، [[PERSON:جود]] ([[AGE:٩]])، [[PERSON:تيم]] ([[AGE:٦]])، و[[PERSON:سلمى]] ([[AGE:٣
سنوات]]). [[PERSON:رهف]] تعاني من [[HEALTH:الصرع]]، وتقول رسالة الطبيب من [[ADDRESS:Bell Green Health
Centre]] إنها تحتاج غرفة وحدها.
الشكوى: رقم العائلة في الـ housing register هو [[REFERENCE:CCH-HR-118240]]. طلبت العائلة الانتقال
منذ ١٨ شهرًا ولم يصلها أي رد، فقدّم السيد [[PERSON:خالد]] شكوى في آذار (رقم
[[REFERENCE:CCH-CX-0932]]).
النتيجة: اعترفت [[ORGANISATION:Coventry Cross Housing]] بأن الرسالة الطبية ضاعت بين قسمين، ووضعت
العائلة في الـ band الأعلى، وعرضت عليها بيتًا بأربع غرف نوم قرب مدرسة الأولاد. واعتذرت كتابيًا ودفعت
٣٠٠ جنيه.
الدروس: تُسجَّل الرسائل الطبية فور وصولها ويُبلَّغ المستأجر بذلك كتابيًا.
المهام: [[PERSON:Gemma]] ترسل عرض البيت رسميًا قبل ٢٢ نيسان. [[PERSON:لينا]] ترافق العائلة لمعاينة
البيت. رقم السيد [[PERSON:خالد]]: [[PHONE:٠٧٧٠٠ ٩٠٠٨٦٢]].
الاجتماع القادم: ١٣ أيار ٢٠٢٦.
"""),
    ),
    (
        "fv2bl-ar-04",
        "ar",
        _s("""
محضر اجتماع لجنة السكن والرعاية في المسجد – كارديف. الجمعة ٦ شباط ٢٠٢٦، بعد صلاة العشاء.
الحاضرون: الشيخ [[PERSON:مصطفى العمري]]، الأخ [[PERSON:طارق يونس]] (كاتب المحضر)، الأخت
[[PERSON:زينب موسى]]، الأخ [[PERSON:Ibrahim Conteh]].
البند الثاني: الأخت [[PERSON:سارة عبد الله]]. تسكن مع ابنها [[PERSON:آدم]] ([[AGE:١٠ سنوات]]) في
[[ADDRESS:الشقة ٣١]] في [[ADDRESS:Maelfa House]]، [[POSTCODE:CF3 4PL]]، والمالك [[ORGANISATION:Cartrefi
Glan Taf]]. الأخت [[PERSON:سارة]] [[OTHER_SPECIAL:مسلمة]] وترتدي الحجاب، ومنذ أيلول يكتب جارها في
[[ADDRESS:الشقة ٣٠]] عبارات مسيئة على بابها ويصرخ عليها في الدرج. وصار [[PERSON:آدم]] يخاف الذهاب
وحده إلى مدرسته، [[ADDRESS:Ysgol Glan yr Afon]].
بلّغت الشرطة (رقم الحادثة [[REFERENCE:2500318447]]) والجمعية السكنية (قضية ASB رقم
[[REFERENCE:CGT-ASB-6619]]). في البداية اعتبرت الجمعية الأمر «خلافًا بين جيران». بعد أن كتب الشيخ
[[PERSON:مصطفى]] رسالة، ورافقها الأخ [[PERSON:Ibrahim]] إلى اجتماع مع مديرة الحي، اعترفت الجمعية بأنها
حوادث كراهية (hate incidents)، فركّبت كاميرا عند الباب، ونقلت الجار إلى مكان آخر بعد إنذار رسمي،
واعتذرت ودفعت ٥٠٠ جنيه.
الدروس: لا يجوز تسجيل الإساءة الدينية على أنها «خلاف جيران»؛ وحضور شخص من اللجنة في الاجتماعات يغيّر
طريقة التعامل.
المهام: تتابع الأخت [[PERSON:زينب]] مع الأخت [[PERSON:سارة]] أسبوعيًا. يرسل الأخ [[PERSON:Ibrahim]]
رسالة شكر إلى [[EMAIL:asb.team@example.com]]. يكتب الأخ [[PERSON:طارق]] ملخصًا للمحضر بالإنجليزية.
الاجتماع القادم: الجمعة ٦ آذار ٢٠٢٦.
"""),
    ),
    (
        "fv2bl-ar-05",
        "ar",
        _s("""
محضر اجتماع مجموعة المستأجرين الناطقين بالعربية – [[ADDRESS:Bell Yard Estate]]، لندن. ٢٢ أيلول
٢٠٢٦.
الحضور: [[PERSON:ليلى منصور]] (الرئيسة)، [[PERSON:سمير]]، [[PERSON:Hassan Jaber]]، [[PERSON:منى]]
(المحضر). بحضور [[PERSON:Deborah Quaye]] من [[ORGANISATION:Paddington Quarter Housing]].
البند ١: رسوم الخدمات. ارتفعت رسوم الخدمات (service charge) من ١٤٫٢٠ إلى ٢٢٫٩٠ جنيهًا في الأسبوع دون
أي تفصيل. وعدت [[PERSON:Deborah]] بجدول مفصّل.
البند ٢: حالة الأخ [[PERSON:يوسف المصري]]، [[ADDRESS:شقة ٩، Tulip House]]، [[POSTCODE:NW8 8LR]]. حسابه
مسجّل عند الجمعية باسم [[PERSON:Yousef El-Masry]]، بينما يدفع الـ Universal Credit باسم
[[PERSON:Youssef Elmasri]]. بقيت الدفعات ستة أشهر في حساب معلّق، ووصلته رسالة تقول إن عليه متأخرات
٩٦٠ جنيهًا. رقم عقد الإيجار [[REFERENCE:PQH-0027715]]، ورقم الـ NI [[NI_NUMBER:PW 62 18 94 A]]،
وكلاهما كان في الملف من البداية.
بعد شكوى رسمية (رقم [[REFERENCE:PQH-CX-7714]]) رُبط الحسابان، وشُطب الدين، ووصل اعتذار مكتوب وتعويض
١٥٠ جنيهًا.
الدرس: يجب البحث برقم الـ NI أو رقم العقد، لا بتهجئة الاسم، خصوصًا مع الأسماء التي تُكتب بالإنجليزية
بأكثر من طريقة.
المهام: يجمع [[PERSON:Hassan]] الحالات المشابهة في [[ADDRESS:Bell Yard Estate]]. تقدّم
[[PERSON:Deborah]] التفصيل في الاجتماع القادم. بريد المجموعة: [[EMAIL:bellyard.arabic@example.net]].
ما يستجد: شكر [[PERSON:سمير]] المتطوعين على توزيع الأوراق. الاجتماع القادم: ٢٠ تشرين الأول ٢٠٢٦.
"""),
    ),
    (
        "fv2bl-ur-01",
        "ur",
        _s("""
مسجد ہاؤسنگ کمیٹی – اجلاس کی کارروائی، اتوار ۱۸ جنوری ۲۰۲۶، بعد نمازِ ظہر، بریڈفورڈ۔
حاضرین: حاجی [[PERSON:محمد یونس]] (صدر)، [[PERSON:نسیم اختر]] (سیکرٹری)، ڈاکٹر [[PERSON:عائشہ
قریشی]]، [[PERSON:بلال]] (نوجوان رضاکار)۔ معذرت: چوہدری [[PERSON:اکرم]]۔
ایجنڈا ۱: [[PERSON:طارق محمود]] صاحب کا کیس۔ [[PERSON:طارق]] صاحب اپنی بیگم [[PERSON:شازیہ]] اور تین
بچوں کے ساتھ [[ADDRESS:14 Whetley Lane]]، [[POSTCODE:BD8 9HP]] میں رہتے ہیں۔ گھر
[[ORGANISATION:Airedale Community Homes]] کا ہے۔ بیٹی [[PERSON:مریم]] کی عمر [[AGE:۹ سال]] ہے اور اسے
[[HEALTH:دمہ]] ہے؛ بچے [[ADDRESS:Lister Park Primary]] میں پڑھتے ہیں۔
پچھلے اکتوبر سے بچوں کے کمرے میں کالی پھپھوندی (black mould) تھی۔ [[PERSON:طارق]] صاحب نے ریپیئر لائن پر
آٹھ بار فون کیا، ہر دفعہ یہی جواب ملا کہ کپڑے اندر نہ سکھائیں، کھڑکی کھولیں۔ ریپیئر نمبر
[[REFERENCE:ACH-558204]]۔
[[PERSON:بلال]] بھائی نے انگریزی میں کمپلینٹ لکھ کر [[EMAIL:tariq.mahmood786@example.com]] سے ای میل کی
(کمپلینٹ نمبر [[REFERENCE:ACH/CMP/0193]])۔ دو ہفتے بعد سروے والا آیا اور باہر کی دیوار میں دراڑ اور ٹوٹا
ہوا پرنالہ ملا۔ دیوار ٹھیک ہوئی، نیا extractor fan لگا، کمرے میں پینٹ ہوا، معافی کا خط آیا اور ۶۰۰
پاؤنڈ معاوضہ ملا۔
سبق: فون کے بجائے لکھ کر شکایت کریں، تاریخ والی تصویریں رکھیں، اور ڈاکٹر کا خط ساتھ لگائیں۔
فیصلے: [[PERSON:بلال]] اردو اور انگریزی میں کمپلینٹ کا نمونہ بنائیں گے۔ ڈاکٹر [[PERSON:عائشہ]]
[[PERSON:مریم]] کی صحت کے بارے میں فیملی سے رابطے میں رہیں گی۔ [[PERSON:نسیم]] صاحب جمعہ کے اعلانات میں
بتائیں گے کہ کمیٹی ایسے معاملات میں مدد کرتی ہے۔
اگلا اجلاس: ۱۵ فروری ۲۰۲۶، بعد نمازِ ظہر۔
"""),
    ),
    (
        "fv2bl-ur-02",
        "ur",
        _s("""
خواتین ہاؤسنگ گروپ – میٹنگ کے نوٹس، ۹ دسمبر ۲۰۲۶، مانچسٹر۔
حاضر: [[PERSON:رخسانہ بی بی]]، [[PERSON:شمع]]، [[PERSON:پروین ملک]]، [[PERSON:Sadia Hussain]] (ایڈوائس
ورکر، نوٹس بھی انہوں نے لیے)۔
کیس: اماں [[PERSON:زبیدہ خانم]]، عمر [[AGE:۸۶ برس]]، [[ADDRESS:فلیٹ نمبر ۷، Kenworthy House]]،
لانگسائٹ، [[POSTCODE:m13 0xr]]۔ لینڈلارڈ [[ORGANISATION:Mancunia Homes]]۔ اماں جی کو [[HEALTH:گٹھیا]] اور
[[HEALTH:ہائی بلڈ پریشر]] ہے اور وہ اکیلی رہتی ہیں۔ ان کا پوتا [[PERSON:گڈو]] (اصل نام [[PERSON:فہد]])
روز آتا ہے۔
ستمبر سے نومبر تک ہیٹنگ اور گرم پانی بار بار بند ہوتے رہے۔ [[PERSON:گڈو]] نے [[PHONE:0161 496 0318]] پر
کئی بار فون کیا، جاب نمبر [[REFERENCE:MH-HT-90217]] ملا، انجینئر تین بار آیا اور ہر بار کہا کہ پارٹ
آرڈر پر ہے۔ اماں جی رات کو کوٹ پہن کر سوتی رہیں۔
پھر [[PERSON:شمع]] باجی نے کونسلر [[PERSON:Naveed Iqbal]] کو فون کیا، اور [[PERSON:Sadia]] نے باقاعدہ
کمپلینٹ لکھوائی۔ ایک ہفتے کے اندر نیا بوائلر لگ گیا۔ اماں جی کو بجلی کے ہیٹر کے خرچ کے ۲۰۰ پاؤنڈ اور
تکلیف کے ۳۵۰ پاؤنڈ ملے، اور ان کے ریکارڈ پر vulnerable – priority repairs لکھ دیا گیا۔
سبق: بزرگوں کا کیس ہو تو پہلے ہی فون پر priority مانگیں، اور گھر والوں کا نمبر ریکارڈ پر ڈلوائیں۔ ۷۵
سال سے زیادہ عمر کی ممبرز کی الگ فہرست ہونی چاہیے۔
کام: [[PERSON:پروین]] اگلے ہفتے اماں جی کے گھر جائیں گی۔ [[PERSON:Sadia]] بزرگ ممبرز کی فہرست بنائیں
گی۔ [[PERSON:رخسانہ]] آپا [[PERSON:گڈو]] کا شکریہ ادا کرنے کے لیے کارڈ بھیجیں گی۔
اگلی میٹنگ: ۱۳ جنوری ۲۰۲۷۔
"""),
    ),
    (
        "fv2bl-ur-03",
        "ur",
        _s("""
کیس کانفرنس کے نوٹس – ۲۸ مئی ۲۰۲۶ – کونسل کا دفتر، لوٹن۔
شرکاء: [[PERSON:Kelly Armstrong]] (Housing Options، [[ORGANISATION:Luton Borough Council]])،
[[PERSON:عمران شاہ]] (ایڈوائس ورکر، نوٹس)، [[PERSON:نازیہ پروین]]، مترجم [[PERSON:فرح]]۔
خاندان: [[PERSON:نازیہ]] اور ان کے شوہر [[PERSON:آصف علی]] چار بچوں کے ساتھ ایک بیڈروم فلیٹ
[[ADDRESS:3B Hightown Parade]]، [[POSTCODE:LU2 7BX]] میں رہتے ہیں۔ سب سے چھوٹا بیٹا [[PERSON:حمزہ]]،
تاریخ پیدائش [[DATE_OF_BIRTH:۱۲ اپریل ۲۰۲۳]]، NHS نمبر [[OTHER_ID:721 448 9036]]، [[HEALTH:سکل سیل]]
کا مریض ہے اور اسے اکثر ہسپتال جانا پڑتا ہے۔
مسئلہ: خاندان ۲۰۲۲ سے housing register پر ہے (نمبر [[REFERENCE:LBC/HR/2291844]])۔ پچھلے سال کونسل نے
ایک خط پرانے پتے پر بھیجا، جواب نہ ملنے پر درخواست بند کر دی، اور کسی نے فون تک نہیں کیا۔
[[PERSON:عمران]] نے کمپلینٹ درج کی (نمبر [[REFERENCE:CF-31187]])۔
نتیجہ: [[PERSON:Kelly]] نے مانا کہ غلطی کونسل کی تھی۔ درخواست دوبارہ کھولی گئی، پرانی تاریخ بحال
ہوئی، [[PERSON:حمزہ]] کی بیماری کی وجہ سے میڈیکل priority ملی اور band B ہو گیا۔ اگلے مہینے تین بیڈروم
کا عارضی گھر ملے گا، اور کونسل نے تحریری معافی بھی دی۔
سبق: پتا بدلنے پر کونسل SMS سے بھی تصدیق کرے؛ کوئی درخواست بغیر فون کیے بند نہ ہو۔
کام: [[PERSON:Kelly]] میڈیکل فارم پینل کو بھیجیں گی۔ [[PERSON:عمران]] خاندان کو ہر تبدیلی بتانے کی یاد
دہانی کرائیں گے۔ خاندان کا فون: [[PHONE:۰۱۶۳۲ ۹۶۰۸۸۱]]۔
اگلی میٹنگ: ۲۵ جون ۲۰۲۶۔
"""),
    ),
    (
        "fv2bl-ur-04",
        "ur",
        _s("""
[[ADDRESS:Alderney House]] کے رہائشیوں کی میٹنگ – نوٹس۔ ۱۴ مارچ ۲۰۲۶، اولڈہم۔
حاضرین: [[PERSON:ظفر اقبال]]، [[PERSON:سلمیٰ]]، [[PERSON:Tom Bradshaw]] ([[PERSON:ٹام]] بھائی)،
[[PERSON:نعیم]] (نوٹس)۔ مہمان: [[PERSON:Lucy Chambers]]، [[ORGANISATION:Medlock Homes]]۔
مسئلہ: [[ADDRESS:فلیٹ ۱۹]] میں پچھلے سال سے ہر ویک اینڈ نئے لوگ آتے ہیں، رات بھر پارٹیاں ہوتی ہیں اور
سیڑھیوں پر بوتلیں پڑی رہتی ہیں۔ [[PERSON:ظفر]] صاحب بالکل نیچے [[ADDRESS:فلیٹ ۱۶]] میں رہتے ہیں؛ وہ
رات کی شفٹ کرتے ہیں اور ان کی بیگم کو [[HEALTH:ڈپریشن]] ہے۔ انہوں نے چار مہینے noise app پر ریکارڈنگ
کی۔ ASB کیس نمبر [[REFERENCE:MH-ASB-2604]]۔
پہلے جواب ملا کہ یہ عام زندگی کا شور ہے۔ پھر [[PERSON:Tom]] اور [[PERSON:سلمیٰ]] نے بھی اپنی ریکارڈنگز
بھیجیں۔ [[PERSON:Lucy]] نے تحقیق کی تو پتا چلا کہ [[ADDRESS:فلیٹ ۱۹]] کا کرایہ دار خود وہاں نہیں رہتا
بلکہ فلیٹ short let پر دے رہا تھا۔ [[ORGANISATION:Medlock Homes]] نے tenancy fraud کا کیس بنایا، فلیٹ
واپس لیا، [[PERSON:ظفر]] صاحب سے معافی مانگی اور ۴۰۰ پاؤنڈ بھی دیے۔
سبق: کئی ہمسائے مل کر ثبوت دیں تو کیس آگے بڑھتا ہے؛ ریکارڈنگ میں تاریخ اور وقت ضرور ہو۔
کام: [[PERSON:نعیم]] نوٹس سب کو بھیجیں گے۔ [[PERSON:Lucy]] باقی فلیٹوں کی tenancy چیک کریں گی۔ رابطہ:
[[EMAIL:zafar.iqbal.oldham@example.org]]، [[PHONE:07700 900 146]]۔
اگلی میٹنگ: اپریل کے آخر میں۔
"""),
    ),
    (
        "fv2bl-ur-05",
        "ur",
        _s("""
جامع مسجد ہاؤسنگ سب کمیٹی – کیس نوٹس، ۲۱ ستمبر ۲۰۲۶، برسٹل۔
حاضرین: مولانا [[PERSON:عبدالقادر]]، [[PERSON:ثمینہ کوثر]]، [[PERSON:Adnan Raza]] (نوٹس)،
[[PERSON:رضوانہ حسین]] (بچے کی والدہ)۔
کیس: [[PERSON:رضوانہ]] اور ان کے شوہر [[PERSON:جاوید حسین]] کا بیٹا [[PERSON:ایان]]، عمر [[AGE:۱۲
سال]]، [[HEALTH:آٹزم]] اور [[HEALTH:مرگی]] کا مریض ہے۔ خاندان [[ADDRESS:71 Mivart Walk]]، [[POSTCODE:BS5
6JH]] میں [[ORGANISATION:Avonside Housing Group]] کے گھر میں رہتا ہے۔
۲۰۲۴ میں OT نے لکھا تھا کہ پچھلے باغ میں اونچی باڑ، کھڑکیوں پر restrictors اور سیڑھیوں پر نرم فرش ضروری
ہیں، کیونکہ [[PERSON:ایان]] کئی بار گھر سے نکل کر سڑک تک پہنچ گیا تھا۔ چودہ مہینے کچھ نہیں ہوا۔
[[PERSON:رضوانہ]] نے تنگ آ کر ٹک ٹاک پر [[OTHER_ID:@ayaan_ki_ammi]] کے نام سے ویڈیو ڈالی۔
اس کے بعد [[PERSON:Adnan]] بھائی نے کمپلینٹ Housing Ombudsman تک پہنچائی (کیس [[REFERENCE:202419338]])۔
Ombudsman نے maladministration کا فیصلہ دیا: ۱۰۰۰ پاؤنڈ معاوضہ، تحریری معافی، اور آٹھ ہفتوں میں کام
مکمل۔ اگست میں باڑ، restrictors اور فرش لگ گئے۔
سبق: OT کی رپورٹ کی کاپی خود رکھیں اور تاریخ کے ساتھ لینڈلارڈ کو بھیجیں؛ دو stage کے بعد بھی بات نہ بنے
تو Ombudsman کے پاس جائیں۔
کام: [[PERSON:ثمینہ]] باجی خاندان سے ماہانہ رابطہ رکھیں گی ([[PHONE:0117 496 0428]])۔ مولانا صاحب جمعہ
کے بیان میں بتائیں گے کہ معذور بچوں والے خاندان کمیٹی سے رابطہ کریں۔
اگلا اجلاس: ۱۹ اکتوبر ۲۰۲۶۔
"""),
    ),
    (
        "fv2bl-bn-01",
        "bn",
        _s("""
সভার কার্যবিবরণী – বাংলাদেশি মহিলা হাউজিং গ্রুপ, পূর্ব লন্ডন। তারিখ: ১৪ অক্টোবর ২০২৬, বিকাল ৫টা।
উপস্থিত: [[PERSON:রাবেয়া খাতুন]] (সভাপতি), [[PERSON:শাহনাজ পারভীন]], [[PERSON:মিনু]] আপা,
[[PERSON:Sultana Ahmed]] (অ্যাডভাইস ওয়ার্কার)। কার্যবিবরণী লিখেছেন [[PERSON:তাসলিমা]]।
আলোচ্য বিষয় ১: [[PERSON:জোবেদা বেগম]]-এর ঘরে ড্যাম্প আর মোল্ড। [[PERSON:জোবেদা]] আপা স্বামী
[[PERSON:আব্দুল মালিক]] ও চার ছেলেমেয়ে নিয়ে [[ADDRESS:ফ্ল্যাট ১১, Wessex House]], [[POSTCODE:E2
0QY]]-এ থাকেন। বাড়িওয়ালা [[ORGANISATION:Poplar Riverside Homes]]। সবচেয়ে ছোট মেয়ে [[PERSON:আলো]],
বয়স [[AGE:৩ বছর]], তার [[HEALTH:হাঁপানি]] আছে।
গত শীত থেকে বাচ্চাদের রুমের দেয়ালে কালো মোল্ড। আপা বারবার repairs-এ ফোন করেছেন, ওরা শুধু বলে
জানালা খোলা রাখুন, কাপড় বাইরে শুকান। রিপেয়ার নম্বর [[REFERENCE:৪৪৭১৯০২]]।
[[PERSON:Sultana]] আপা ইংরেজিতে complaint লিখে দেন (নম্বর [[REFERENCE:PRH/CX/26/611]]), সাথে ছবি
আর জিপির চিঠি। তিন সপ্তাহ পর surveyor এসে দেখেন ছাদের পানির পাইপ ফাটা। পাইপ বদলানো হয়েছে, নতুন
extractor fan লাগানো হয়েছে, রুম রং করা হয়েছে। লিখিতভাবে ক্ষমা চাওয়া হয়েছে আর ৭০০ পাউন্ড
ক্ষতিপূরণ দেওয়া হয়েছে।
শিক্ষা: শুধু ফোনে না বলে লিখিত complaint করতে হবে; তারিখসহ ছবি রাখতে হবে; যে অফিসার কেস দেখছেন
তাঁর নাম চেয়ে নিতে হবে।
সিদ্ধান্ত: [[PERSON:শাহনাজ]] বাংলায় একটা ছোট লিফলেট বানাবেন। [[PERSON:রাবেয়া]] আপা এক মাস পরে
[[PERSON:জোবেদা]] আপাকে [[PHONE:০৭৭০০ ৯০০৬২৪]] নম্বরে ফোন করে খোঁজ নেবেন।
পরবর্তী সভা: ১১ নভেম্বর ২০২৬।
"""),
    ),
    (
        "fv2bl-bn-02",
        "bn",
        _s("""
মসজিদ হাউজিং কমিটির সভা – ওল্ডহ্যাম। তারিখ: ২ মার্চ ২০২৬, মাগরিবের নামাজের পর।
উপস্থিত: ইমাম সাহেব, হাজী [[PERSON:আব্দুস সালাম]] (সভাপতি), [[PERSON:মো. রফিকুল ইসলাম]],
[[PERSON:Shipon Miah]], [[PERSON:জুবায়ের আহমদ]] (কার্যবিবরণী)। অনুপস্থিত: [[PERSON:বাবলু]] ভাই।
বিষয়: চাচা [[PERSON:নূর মিয়া]], বয়স [[AGE:৭৯]], একা থাকেন [[ADDRESS:23 Featherstall Walk]],
[[POSTCODE:ol9 6hq]]-এ। বাড়িওয়ালা [[ORGANISATION:Oldham Vale Homes]]। চাচার [[HEALTH:ডায়াবেটিস]]
আর [[HEALTH:কিডনির রোগ]] আছে।
জানুয়ারির শেষে উপরের ফ্ল্যাটের বাথরুম থেকে পানি পড়ে চাচার রান্নাঘরের সিলিং ভেঙে পড়ে।
[[PERSON:Shipon]] ফোন করলে ওরা প্রথমে চাচার NI নম্বর চায় ([[NI_NUMBER:NR 55 03 71 C]]), তারপর বলে
কেউ আসবে। বারো দিন কেউ আসেনি। কেস নম্বর [[REFERENCE:OVH-LK-20931]]।
তারপর কমিটি থেকে [[PERSON:রফিক]] ভাই একটা চিঠি লিখে [[EMAIL:complaints@example.org]]-এ পাঠান, আর
কাউন্সিলর [[PERSON:Jenny Hartley]]-কে জানান। ৪৮ ঘণ্টার মধ্যে plumber আসে, উপরের ফ্ল্যাটের পাইপ ঠিক
হয়, চাচার সিলিং নতুন করে লাগানো হয়। [[ORGANISATION:Oldham Vale Homes]] ক্ষমা চেয়েছে, ৩৫০ পাউন্ড
দিয়েছে, আর চাচার ফাইলে লিখেছে যে তাঁর সাথে কথা বলতে দোভাষী লাগবে।
শিক্ষা: বয়স্ক মানুষের ঘরে পানি পড়লে সেটা emergency; প্রথম দিনেই লিখিতভাবে জানাতে হবে, শুধু
ফোনে নয়।
দায়িত্ব: [[PERSON:রফিক]] ভাই প্রতি সপ্তাহে চাচার খোঁজ নেবেন ([[PHONE:0161 496 0583]])।
[[PERSON:জুবায়ের]] কার্যবিবরণী ইমাম সাহেবকে দেবেন, যাতে জুমার পরে ঘোষণা হয়।
পরবর্তী সভা: রমজানের পরে।
"""),
    ),
    (
        "fv2bl-bn-03",
        "bn",
        _s("""
কেস কনফারেন্স নোট – তারিখ: ১৯/০৫/২০২৬, কাউন্সিলের হাউজিং অফিস।
উপস্থিত: [[PERSON:Claire Tobin]] (Housing Options, [[ORGANISATION:Limehouse Borough Council]]),
[[PERSON:Kamrul Hasan]] (অ্যাডভাইস ওয়ার্কার), [[PERSON:নাসরিন আক্তার]] (মা), স্কুলের learning
mentor মি. [[PERSON:ওকোনকো]]। নোট নিয়েছেন [[PERSON:KH]]।
পরিবার: [[PERSON:নাসরিন]] ও স্বামী [[PERSON:জসিম উদ্দিন]] পাঁচ সন্তান নিয়ে দুই বেডরুমের ফ্ল্যাটে
থাকেন, ঠিকানা [[ADDRESS:47B Cannon Drive]], [[POSTCODE:E1 2NJ]]। বড় ছেলে [[PERSON:রায়হান]]
([[AGE:১৭ বছর]]) A-level দিচ্ছে, পড়ার কোনো জায়গা নেই। মেজো মেয়ে [[PERSON:সুমাইয়া]], জন্মতারিখ
[[DATE_OF_BIRTH:০৩/০৯/২০১৫]], [[ADDRESS:Harford Street Primary]]-তে পড়ে; তার [[HEALTH:অটিজম]]
আছে, ভাইবোনদের সাথে এক রুমে ঘুমাতে পারে না।
সমস্যা: ২০১৮ থেকে housing register-এ আছেন (নম্বর [[REFERENCE:HR-0918273]]), band 3। গত বছর
মেডিক্যাল ফর্ম জমা দেওয়া হয়েছিল, কিন্তু কাউন্সিল বলে কোনো ফর্ম পায়নি। [[PERSON:Kamrul]]
complaint করেন (নম্বর [[REFERENCE:LBC-C-44721]])।
ফলাফল: stage 1-এ কাউন্সিল স্বীকার করে যে ফর্ম স্ক্যান হয়নি। নতুন মেডিক্যাল assessment হয়েছে,
পরিবারকে band 1-এ তোলা হয়েছে, আর এলাকার ভিতরে চার বেডরুমের একটা বাড়ির offer আসছে। মি.
[[PERSON:ওকোনকো]] স্কুল থেকে সমর্থনের চিঠি দিয়েছেন।
শিক্ষা: যেকোনো কাগজ জমা দিলে রসিদ চাইতে হবে; কাউন্সিলেরও প্রতিটা ফর্মের acknowledgement পাঠানো
উচিত।
দায়িত্ব: [[PERSON:CT]] – offer letter পাঠাবেন। [[PERSON:KH]] – পরিবারকে নিয়ে বাড়ি দেখতে যাবেন।
পরিবারের ফোন: [[PHONE:020 7946 0815]]।
পরবর্তী রিভিউ: ১৬ জুন ২০২৬।
"""),
    ),
    (
        "fv2bl-bn-04",
        "bn",
        _s("""
বার্ষিক সাধারণ সভা (AGM) – [[ADDRESS:Holloway Fields Estate]] টেন্যান্টস অ্যান্ড রেসিডেন্টস
অ্যাসোসিয়েশন। ২৭ জুন ২০২৬, এস্টেটের কমিউনিটি হলে। উপস্থিত বাসিন্দা: ৪২ জন।
কমিটি: [[PERSON:আনোয়ার হোসেন]] (চেয়ার), [[PERSON:Sabina Yasmin]] (সেক্রেটারি), [[PERSON:Derek
Lamb]] (ট্রেজারার), [[PERSON:ফাতেমা]]। অতিথি: [[PERSON:Rachel Stone]], neighbourhood manager,
[[ORGANISATION:Eastgate Housing Association]]।
চেয়ারের রিপোর্ট: এ বছর দুটো বড় সমস্যা ছিল – গ্যারেজের পেছনে মাদক বিক্রি, আর [[ADDRESS:Kestrel
House]]-এর লিফট। [[ADDRESS:Kestrel House]]-এর [[ADDRESS:বারো তলার ফ্ল্যাট ৮৭]]-তে থাকেন
[[PERSON:হাসনা বানু]]; তাঁর [[HEALTH:মাল্টিপল স্ক্লেরোসিস]], হুইলচেয়ার ছাড়া চলতে পারেন না। মার্চে
লিফট ছয় সপ্তাহ বন্ধ ছিল, তিনি একবারও নিচে নামতে পারেননি। কমিটি তাঁর পক্ষ থেকে complaint করে
(নম্বর [[REFERENCE:EHA-22871]]), আর গ্যারেজের জন্য আলাদা ASB কেস খোলা হয়
([[REFERENCE:EHA-ASB-1190]])।
ফলাফল: লিফটে নতুন মোটর, গ্যারেজে আলো আর CCTV, পুলিশের নিয়মিত টহল। [[PERSON:হাসনা]] আপাকে ৯০০
পাউন্ড ক্ষতিপূরণ আর একটা personal evacuation plan দেওয়া হয়েছে। [[PERSON:Rachel]] সভায় ক্ষমা
চেয়েছেন এবং বলেছেন, এখন থেকে লিফট ৪৮ ঘণ্টার বেশি বন্ধ থাকলে প্রতিটি ফ্ল্যাটে খোঁজ নেওয়া হবে।
ট্রেজারারের রিপোর্ট: ব্যাংকে £865.50, পরিবার দিবসের খরচ £210।
নির্বাচন: কমিটির সবাই পুনর্নির্বাচিত। [[PERSON:Derek]] আগামী বছর সরে দাঁড়াবেন।
অন্যান্য: অ্যাসোসিয়েশনের ফেসবুক পেজ [[OTHER_ID:@hollowayfieldsTRA]], ইমেল
[[EMAIL:hftra@example.org]]। দায়িত্ব: [[PERSON:SY]] – লিফটের সার্ভিস রেকর্ড চাইবেন।
[[PERSON:আনোয়ার]] ভাই – থানার সাথে মাসিক মিটিং ঠিক করবেন।
পরবর্তী AGM: জুন ২০২৭।
"""),
    ),
    (
        "fv2bl-bn-05",
        "bn",
        _s("""
বাংলাদেশি কমিউনিটি অ্যাডভাইস ফোরাম – কেস রিভিউ সভা, বার্মিংহাম। তারিখ: ৮ সেপ্টেম্বর ২০২৬।
উপস্থিত: [[PERSON:মাহবুব চৌধুরী]] ([[PERSON:Mahbub Chowdhury]]), সভাপতি; [[PERSON:শিরিন]];
[[PERSON:Tanvir]]; আর ভাতিজা হিসেবে [[PERSON:রুবেল]]। নোট লিখেছেন [[PERSON:শিরিন]]।
কেস: [[PERSON:রোকেয়া বিবি]], বয়স [[AGE:৭২]], একা থাকেন [[ADDRESS:19 Muntz Grove]], [[POSTCODE:B10
0PX]]-এ। বাড়িওয়ালা [[ORGANISATION:Heartwood Homes]], টেন্যান্সি নম্বর [[REFERENCE:HWH/T/044190]]।
[[PERSON:রোকেয়া]] খালা ইংরেজি পড়তে পারেন না। গ্যাস সেফটি চেকের তিনটা চিঠি ইংরেজিতে এসেছিল, তিনি
বুঝতে পারেননি, তাই দরজা খোলেননি। এরপর বাড়িওয়ালা court-এ injunction-এর আবেদন করে আর ২৭৫ পাউন্ড
court cost তাঁর rent account-এ যোগ করে দেয়, direct debit থেকে কেটেও নেয়। [[PERSON:রুবেল]] চিঠি দেখে
ফোরামে আসেন।
[[PERSON:Tanvir]] complaint লেখেন (নম্বর [[REFERENCE:HWH-CX-05517]])। ফলাফল: court-এর আবেদন তুলে
নেওয়া হয়েছে; ২৭৫ পাউন্ড ফেরত গেছে তাঁর যে অ্যাকাউন্টের শেষ চার সংখ্যা [[OTHER_ID:৫৫২১]] সেখানে;
দোভাষী নিয়ে গ্যাস চেক হয়েছে; আর ফাইলে লেখা হয়েছে, সব চিঠি বাংলায় পাঠাতে হবে ও আগে ফোন করতে হবে।
সাথে লিখিত ক্ষমা আর ২০০ পাউন্ড ক্ষতিপূরণ।
শিক্ষা: যাঁরা ইংরেজি পড়তে পারেন না, তাঁদের কাছে ইংরেজি চিঠির কোনো মানে নেই; বাড়িওয়ালাকে ভাষার
তথ্য রাখতে হবে। আইনি পদক্ষেপের আগে অন্তত একবার বাড়িতে যাওয়া উচিত।
দায়িত্ব: [[PERSON:মাহবুব]] ভাই – [[ORGANISATION:Heartwood]]-এর সাথে ফোরামের মিটিং ঠিক করবেন।
[[PERSON:রুবেল]] – খালার নতুন ফোন নম্বর ([[PHONE:0121 496 0193]]) অফিসে দেওয়া হয়েছে কিনা দেখবেন।
পরবর্তী সভা: ১৩ অক্টোবর ২০২৬।
"""),
    ),
    (
        "fv2bl-pa-01",
        "pa",
        _s("""
ਗੁਰਦੁਆਰਾ ਸਾਹਿਬ ਹਾਊਸਿੰਗ ਸੇਵਾ ਕਮੇਟੀ – ਮੀਟਿੰਗ ਦੀ ਕਾਰਵਾਈ। ੧੫ ਮਾਰਚ ੨੦੨੬, ਸ਼ਾਮ ਦੇ ਦੀਵਾਨ ਤੋਂ ਬਾਅਦ,
ਸਾਊਥਾਲ।
ਹਾਜ਼ਰ: ਭਾਈ [[PERSON:ਹਰਜੀਤ ਸਿੰਘ ਬਾਜਵਾ]] (ਪ੍ਰਧਾਨ), ਬੀਬੀ [[PERSON:ਸੁਰਿੰਦਰ ਕੌਰ]] (ਸਕੱਤਰ),
[[PERSON:Mandeep Sahota]] (ਯੂਥ ਸੇਵਾਦਾਰ), ਗ੍ਰੰਥੀ ਸਿੰਘ ਜੀ। ਛੁੱਟੀ: [[PERSON:ਕੁਲਵੰਤ]] ਜੀ।
ਮਸਲਾ ੧: ਬੀਬੀ [[PERSON:ਜਸਵੀਰ ਕੌਰ]] ਦੇ ਘਰ ਸਿੱਲ੍ਹ ਤੇ ਉੱਲੀ। ਬੀਬੀ ਜੀ ਆਪਣੇ ਪੁੱਤ-ਨੂੰਹ ਅਤੇ ਪੋਤੇ
[[PERSON:ਫ਼ਤਿਹ]] ([[AGE:੨ ਸਾਲ]]) ਨਾਲ [[ADDRESS:38 Havelock Terrace]], [[POSTCODE:UB2 4NR]] ਵਿੱਚ
ਰਹਿੰਦੇ ਹਨ। ਘਰ [[ORGANISATION:Ealing Brook Housing]] ਦਾ ਹੈ। [[PERSON:ਫ਼ਤਿਹ]] ਨੂੰ ਸਰਦੀਆਂ ਵਿੱਚ ਤਿੰਨ
ਵਾਰ [[HEALTH:ਛਾਤੀ ਦੀ ਇਨਫੈਕਸ਼ਨ]] ਹੋਈ।
ਪਿਛਲੇ ਨਵੰਬਰ ਤੋਂ ਪਿਛਲੇ ਕਮਰੇ ਦੀ ਕੰਧ ਕਾਲੀ ਹੋ ਗਈ। ਰਿਪੇਅਰ ਵਾਲਿਆਂ ਨੂੰ ਛੇ ਵਾਰ ਫ਼ੋਨ ਕੀਤਾ, ਹਰ ਵਾਰ ਇਹੀ
ਜਵਾਬ ਮਿਲਿਆ ਕਿ ਖਿੜਕੀ ਖੋਲ੍ਹ ਕੇ ਰੱਖੋ। ਜੌਬ ਨੰਬਰ [[REFERENCE:੭੭੩੦੧੮]] ਸੀ।
[[PERSON:ਮਨਦੀਪ]] ਨੇ ਆਪਣੀ ਈਮੇਲ [[EMAIL:mandeep.sahota@example.com]] ਤੋਂ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਸ਼ਿਕਾਇਤ
ਭੇਜੀ, ਫ਼ੋਟੋਆਂ ਤੇ ਜੀਪੀ ਦੀ ਚਿੱਠੀ ਨਾਲ। ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:EBH-C-2026-118]]। ਦਸ ਦਿਨਾਂ ਵਿੱਚ
ਸਰਵੇਅਰ ਆਇਆ: ਛੱਤ ਦੀ ਟੁੱਟੀ ਟਾਈਲ ਤੇ ਬੰਦ ਪਰਨਾਲਾ। ਦੋਵੇਂ ਠੀਕ ਹੋਏ, ਕੰਧ ਦਾ ਇਲਾਜ ਤੇ ਪੇਂਟ ਹੋਇਆ, ਮਾਫ਼ੀ
ਦੀ ਚਿੱਠੀ ਆਈ ਅਤੇ £੫੦੦ ਮੁਆਵਜ਼ਾ ਮਿਲਿਆ।
ਸਬਕ: ਫ਼ੋਨ ਦੀ ਥਾਂ ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਕਰੋ; ਤਰੀਕ ਵਾਲੀਆਂ ਫ਼ੋਟੋਆਂ ਰੱਖੋ; ਡਾਕਟਰ ਦੀ ਚਿੱਠੀ ਬਹੁਤ ਕੰਮ ਆਉਂਦੀ
ਹੈ।
ਕਾਰਵਾਈ: ਬੀਬੀ [[PERSON:ਸੁਰਿੰਦਰ ਕੌਰ]] ਜੀ ਇੱਕ ਮਹੀਨੇ ਬਾਅਦ ਪਰਿਵਾਰ ਨੂੰ [[PHONE:੦੨੦ ੭੯੪੬ ੦੩੭੧]] 'ਤੇ
ਫ਼ੋਨ ਕਰਨਗੇ। [[PERSON:ਮਨਦੀਪ]] ਪੰਜਾਬੀ ਵਿੱਚ ਸ਼ਿਕਾਇਤ ਦਾ ਨਮੂਨਾ ਬਣਾਏਗਾ। ਭਾਈ ਸਾਹਿਬ ਐਤਵਾਰ ਦੇ ਦੀਵਾਨ
ਵਿੱਚ ਐਲਾਨ ਕਰਨਗੇ।
ਅਗਲੀ ਮੀਟਿੰਗ: ੧੨ ਅਪ੍ਰੈਲ ੨੦੨੬।
"""),
    ),
    (
        "fv2bl-pa-02",
        "pa",
        _s("""
ਹਾਊਸਿੰਗ ਕਮੇਟੀ, ਗੁਰਦੁਆਰਾ – ਮੀਟਿੰਗ ਨੋਟਸ। ੮ ਫ਼ਰਵਰੀ ੨੦੨੬, ਵੁਲਵਰਹੈਂਪਟਨ।
ਹਾਜ਼ਰ: ਸ. [[PERSON:ਅਵਤਾਰ ਸਿੰਘ ਢਿੱਲੋਂ]] (ਪ੍ਰਧਾਨ), ਬੀਬੀ [[PERSON:ਪਰਮਜੀਤ ਕੌਰ]], [[PERSON:ਜੱਸ]]
(ਨੋਟਸ)। ਮਹਿਮਾਨ: [[PERSON:Ravinder Bains]] (OT, ਕੌਂਸਲ)।
ਕੇਸ: ਸ. [[PERSON:ਕਰਤਾਰ ਸਿੰਘ ਗਰੇਵਾਲ]], ਜਨਮ ਮਿਤੀ [[DATE_OF_BIRTH:੧੯ ਜੂਨ ੧੯੪੪]], [[ADDRESS:6 Dunstall
Crescent]], [[POSTCODE:WV6 0LS]]। ਘਰ [[ORGANISATION:Black Country Living]] ਦਾ ਹੈ। ਉਹਨਾਂ ਨੂੰ
[[HEALTH:ਪਾਰਕਿੰਸਨ]] ਹੈ ਅਤੇ ਪਿਛਲੇ ਸਾਲ ਡਿੱਗਣ ਤੋਂ ਬਾਅਦ ਕੂਲ੍ਹਾ ਬਦਲਿਆ ਗਿਆ।
ਅਗਸਤ ੨੦੨੫ ਵਿੱਚ OT ਨੇ ਲਿਖਿਆ ਕਿ ਬਾਥਟੱਬ ਕੱਢ ਕੇ walk-in shower ਲਗਾਇਆ ਜਾਵੇ। ਪੰਜ ਮਹੀਨੇ ਕੁਝ ਨਹੀਂ
ਹੋਇਆ – ਅਡੈਪਟੇਸ਼ਨ ਟੀਮ ਕੋਲ ਫ਼ਾਰਮ ਗੁੰਮ ਹੋ ਗਿਆ ਸੀ। ਸਰਦਾਰ ਜੀ [[OTHER_SPECIAL:ਗੁਰਸਿੱਖ]] ਹਨ ਅਤੇ ਰੋਜ਼
ਕੇਸੀ ਇਸ਼ਨਾਨ ਕਰਦੇ ਹਨ, ਇਸ ਲਈ ਉਹਨਾਂ ਨੂੰ ਹਰ ਰੋਜ਼ ਪੁੱਤਰ [[PERSON:ਸੁਖਵਿੰਦਰ]] ([[PERSON:ਸੁੱਖੀ]]) ਦੇ
ਘਰ ਜਾਣਾ ਪੈਂਦਾ ਸੀ।
[[PERSON:ਸੁੱਖੀ]] ਨੇ ਸ਼ਿਕਾਇਤ ਕੀਤੀ (ਨੰਬਰ [[REFERENCE:BCL/ADP/3307]])। ਕਮੇਟੀ ਨੇ [[PERSON:Ravinder]] ਜੀ
ਨਾਲ ਗੱਲ ਕੀਤੀ, ਜਿਨ੍ਹਾਂ ਨੇ ਨਵਾਂ ਫ਼ਾਰਮ ਉਸੇ ਦਿਨ ਭੇਜਿਆ। ਜਨਵਰੀ ਦੇ ਅਖੀਰ ਵਿੱਚ ਸ਼ਾਵਰ, ਫੜਨ ਵਾਲੀਆਂ
ਰੇਲਿੰਗਾਂ ਤੇ ਸੀਟ ਲੱਗ ਗਈਆਂ। [[ORGANISATION:Black Country Living]] ਨੇ ਮਾਫ਼ੀ ਮੰਗੀ ਅਤੇ £600 ਦਿੱਤੇ;
ਹੁਣ ਹਰ ਅਡੈਪਟੇਸ਼ਨ ਇੱਕ tracker 'ਤੇ ਦਰਜ ਹੁੰਦੀ ਹੈ।
ਸਬਕ: OT ਦੀ ਰਿਪੋਰਟ ਦੀ ਕਾਪੀ ਹਮੇਸ਼ਾ ਆਪਣੇ ਕੋਲ ਰੱਖੋ; ਹਰ ਮਹੀਨੇ ਪੁੱਛੋ ਕਿ ਕੰਮ ਕਿੱਥੇ ਪਹੁੰਚਿਆ।
ਕਾਰਵਾਈ: [[PERSON:ਜੱਸ]] ਸੰਗਤ ਵਿੱਚੋਂ ੭੦ ਸਾਲ ਤੋਂ ਉੱਪਰ ਵਾਲਿਆਂ ਦੀ ਲਿਸਟ ਬਣਾਏਗਾ। ਬੀਬੀ
[[PERSON:ਪਰਮਜੀਤ ਕੌਰ]] ਸਰਦਾਰ ਜੀ ਦਾ ਹਾਲ ਪੁੱਛਣਗੇ – [[PERSON:ਸੁੱਖੀ]] ਦਾ ਨੰਬਰ [[PHONE:07700 900 913]]।
ਅਗਲੀ ਮੀਟਿੰਗ: ੮ ਮਾਰਚ ੨੦੨੬।
"""),
    ),
    (
        "fv2bl-pa-03",
        "pa",
        _s("""
ਇਸਤਰੀ ਸਭਾ – ਕੇਸ ਮੀਟਿੰਗ ਦੇ ਨੋਟਸ। ੨੧/੦੭/੨੦੨੬, ਲੈਸਟਰ।
ਹਾਜ਼ਰ: [[PERSON:ਮਨਜੀਤ ਕੌਰ ਜੌਹਲ]] (ਪ੍ਰਧਾਨ), [[PERSON:ਰਾਜ]] ਆਂਟੀ, [[PERSON:Simran Dhaliwal]]
(ਐਡਵਾਈਸ ਵਰਕਰ), [[PERSON:ਨਵਨੀਤ]] (ਨੋਟਸ), ਅਤੇ [[PERSON:ਰੁਪਿੰਦਰ ਕੌਰ]] ਆਪ।
ਕੇਸ: [[PERSON:ਰੁਪਿੰਦਰ]] (ਸਾਰੇ ਉਸਨੂੰ [[PERSON:ਰੂਪੀ]] ਕਹਿੰਦੇ ਹਨ) ਆਪਣੇ ਪਤੀ [[PERSON:ਹਰਮਨਦੀਪ ਸਿੰਘ]],
ਸੱਸ-ਸਹੁਰੇ ਅਤੇ ਤਿੰਨ ਬੱਚਿਆਂ ਨਾਲ ਦੋ ਕਮਰਿਆਂ ਵਾਲੇ ਘਰ [[ADDRESS:112 Cossington Walk]], [[POSTCODE:le4
6gb]] ਵਿੱਚ ਰਹਿੰਦੀ ਹੈ – ਕੁੱਲ ਸੱਤ ਜੀਅ। ਵੱਡਾ ਪੁੱਤਰ [[PERSON:ਏਕਮ]] ([[AGE:੧੦ ਸਾਲ]]) ਬੈਠਕ ਵਿੱਚ ਸੌਂਦਾ
ਹੈ, ਅਤੇ [[ADDRESS:Thurmaston Fields Primary]] ਦੀ ਟੀਚਰ ਨੇ ਲਿਖਿਆ ਹੈ ਕਿ ਉਹ ਕਲਾਸ ਵਿੱਚ ਥੱਕਿਆ ਰਹਿੰਦਾ ਹੈ।
ਮਸਲਾ: [[PERSON:ਰੂਪੀ]] [[OTHER_SPECIAL:ਸਪਾਊਜ਼ ਵੀਜ਼ੇ]] 'ਤੇ ਹੈ (BRP ਨੰਬਰ [[OTHER_ID:ZX9051734]])।
ਕੌਂਸਲ ਦੇ ਮੁਲਾਜ਼ਮ ਨੇ ਕਿਹਾ ਕਿ ਇਸ ਕਰਕੇ ਪੂਰਾ ਪਰਿਵਾਰ housing register 'ਤੇ ਨਹੀਂ ਆ ਸਕਦਾ, ਜਦਕਿ
[[PERSON:ਹਰਮਨਦੀਪ]] [[OTHER_SPECIAL:ਬ੍ਰਿਟਿਸ਼ ਨਾਗਰਿਕ]] ਹੈ ਅਤੇ ਅਰਜ਼ੀ ਉਸਦੇ ਨਾਂ 'ਤੇ ਹੋ ਸਕਦੀ ਸੀ।
[[PERSON:Simran]] ਨੇ ਸ਼ਿਕਾਇਤ ਕੀਤੀ (ਨੰਬਰ [[REFERENCE:LCC-CMP-88013]])। [[ORGANISATION:Leicester City
Council]] ਨੇ ਮੰਨਿਆ ਕਿ ਗ਼ਲਤ ਸਲਾਹ ਦਿੱਤੀ ਗਈ ਸੀ। ਅਰਜ਼ੀ [[PERSON:ਹਰਮਨਦੀਪ]] ਦੇ ਨਾਂ 'ਤੇ ਪਹਿਲੀ ਤਰੀਕ ਤੋਂ
ਦਰਜ ਹੋਈ (ਰਜਿਸਟਰ ਨੰਬਰ [[REFERENCE:LCC-HR-650912]]), ਜ਼ਿਆਦਾ ਭੀੜ ਕਰਕੇ band 2 ਮਿਲਿਆ, ਅਤੇ ਮਾਫ਼ੀ ਦੀ
ਚਿੱਠੀ ਆਈ।
ਸਬਕ: ਵੀਜ਼ੇ ਵਾਲੀ ਗੱਲ 'ਤੇ ਮੁਲਾਜ਼ਮ ਦੀ ਗੱਲ ਅੱਖਾਂ ਮੀਟ ਕੇ ਨਾ ਮੰਨੋ; ਫ਼ੈਸਲਾ ਲਿਖਤੀ ਮੰਗੋ।
ਕੰਮ: [[PERSON:Simran]] ਹਰ ਹਫ਼ਤੇ bidding ਵਿੱਚ ਮਦਦ ਕਰੇਗੀ। [[PERSON:ਰਾਜ]] ਆਂਟੀ ਸਕੂਲ ਤੋਂ ਨਵੀਂ ਚਿੱਠੀ
ਲਿਆਉਣਗੇ। ਪਰਿਵਾਰ ਦਾ ਫ਼ੋਨ: [[PHONE:0116 496 0729]]।
ਅਗਲੀ ਮੀਟਿੰਗ: ੧੮ ਅਗਸਤ ੨੦੨੬।
"""),
    ),
    (
        "fv2bl-pa-04",
        "pa",
        _s("""
ਗੁਰਦੁਆਰਾ ਕਮੇਟੀ (ਹਾਊਸਿੰਗ ਤੇ ਭਲਾਈ) – ਮੀਟਿੰਗ ਦੀ ਕਾਰਵਾਈ, ੧੦ ਮਈ ੨੦੨੬, ਕਵੈਂਟਰੀ।
ਹਾਜ਼ਰ: ਭਾਈ [[PERSON:ਜਗਜੀਤ ਸਿੰਘ]] (ਪ੍ਰਧਾਨ), ਬੀਬੀ [[PERSON:ਬਲਜਿੰਦਰ ਕੌਰ ਸੰਘਾ]], [[PERSON:ਇਕਬਾਲ ਸਿੰਘ
ਰੰਧਾਵਾ]], [[PERSON:Daljit Thind]] (ਕਾਰਵਾਈ ਲਿਖੀ)।
ਕੇਸ: ਸ. [[PERSON:ਗੁਰਮੇਲ ਸਿੰਘ ਪੁਰੇਵਾਲ]], ਟੈਕਸੀ ਡਰਾਈਵਰ, [[ADDRESS:29 Wyken Croft Lane]],
[[POSTCODE:CV2 3DP]], ਘਰ [[ORGANISATION:Sherbourne Valley Homes]] ਦਾ। ਪਿਛਲੇ ਸਤੰਬਰ ਤੋਂ
[[ADDRESS:ਨੰਬਰ ੩੧]] ਵਾਲਾ ਗੁਆਂਢੀ ਉਹਨਾਂ ਦੀ ਗੱਡੀ ([[OTHER_ID:WR21 KHE]]) ਦੇ ਅੱਗੇ ਆਪਣੀ ਵੈਨ ਲਾ
ਦਿੰਦਾ, ਦੋ ਵਾਰ ਗੱਡੀ 'ਤੇ ਝਰੀਟਾਂ ਪਾਈਆਂ, ਅਤੇ ਉਹਨਾਂ ਦੇ [[OTHER_SPECIAL:ਸਿੱਖ]] ਹੋਣ ਬਾਰੇ ਗਾਲ੍ਹਾਂ
ਕੱਢੀਆਂ।
ਪੁਲਿਸ ਕ੍ਰਾਈਮ ਨੰਬਰ [[REFERENCE:20/441873/25]], ASB ਕੇਸ [[REFERENCE:SVH-ASB-0712]]। ਪਹਿਲਾਂ ਹਾਊਸਿੰਗ
ਅਫ਼ਸਰ ਨੇ ਕਿਹਾ ਕਿ ਇਹ ਪਾਰਕਿੰਗ ਦਾ ਝਗੜਾ ਹੈ। ਕਮੇਟੀ ਨੇ ਚਿੱਠੀ ਲਿਖੀ ਅਤੇ [[PERSON:ਇਕਬਾਲ]] ਜੀ ਸਰਦਾਰ ਜੀ
ਨਾਲ ਮੀਟਿੰਗ ਵਿੱਚ ਗਏ। ਉਸ ਤੋਂ ਬਾਅਦ ਇਸਨੂੰ hate incident ਮੰਨਿਆ ਗਿਆ: ਗੁਆਂਢੀ ਨੂੰ ਲਿਖਤੀ ਚੇਤਾਵਨੀ ਤੇ
ਫਿਰ injunction, ਘਰ ਦੇ ਅੱਗੇ CCTV, ਅਤੇ ਸਰਦਾਰ ਜੀ ਲਈ ਪੱਕੀ ਪਾਰਕਿੰਗ ਥਾਂ। ਮਾਫ਼ੀ ਦੀ ਚਿੱਠੀ ਅਤੇ £300 ਵੀ
ਮਿਲੇ।
ਸਬਕ: ਧਾਰਮਿਕ ਗਾਲ੍ਹਾਂ ਨੂੰ ਗੁਆਂਢੀਆਂ ਦਾ ਝਗੜਾ ਨਾ ਕਹਿਣ ਦਿਓ; ਹਰ ਘਟਨਾ ਦੀ ਤਰੀਕ, ਸਮਾਂ ਤੇ ਫ਼ੋਟੋ ਰੱਖੋ।
ਕੰਮ: [[PERSON:ਦਲਜੀਤ]] ਕਾਰਵਾਈ ਦੀ ਕਾਪੀ ਸਰਦਾਰ ਜੀ ਨੂੰ [[EMAIL:gurmel.purewal@example.net]] 'ਤੇ
ਭੇਜੇਗਾ। ਬੀਬੀ [[PERSON:ਬਲਜਿੰਦਰ]] ਜੀ ਤਿੰਨ ਮਹੀਨੇ ਬਾਅਦ ਹਾਲ ਪੁੱਛਣਗੇ।
ਅਗਲੀ ਮੀਟਿੰਗ: ੧੪ ਜੂਨ ੨੦੨੬।
"""),
    ),
    (
        "fv2bl-pa-05",
        "pa",
        _s("""
ਕਿਰਾਏਦਾਰ ਪੈਨਲ – ਪੰਜਾਬੀ ਬੋਲਣ ਵਾਲੇ ਮੈਂਬਰਾਂ ਦੀ ਮੀਟਿੰਗ ਦੇ ਨੋਟਸ। ੩ ਨਵੰਬਰ ੨੦੨੬, ਹੰਸਲੋ।
ਹਾਜ਼ਰ: [[PERSON:ਸੁਖਦੇਵ ਸਿੰਘ ਬੱਲ]] (ਚੇਅਰ), [[PERSON:Amrit Gill]], [[PERSON:ਹਰਲੀਨ]] (ਨੋਟਸ), ਅਤੇ
[[ORGANISATION:Westway Meadows Housing]] ਵੱਲੋਂ [[PERSON:Owen Price]] (ਇਨਕਮ ਮੈਨੇਜਰ)।
ਕੇਸ: ਸ੍ਰੀਮਤੀ [[PERSON:ਕਮਲਜੀਤ ਕੌਰ]], [[ADDRESS:ਫਲੈਟ ੫, Cranford House]], [[POSTCODE:TW4 6JS]],
ਟੈਨੈਂਸੀ ਨੰਬਰ [[REFERENCE:WMH-004418]]। ਤਿੰਨ ਸਾਲਾਂ ਤੋਂ ਉਹਨਾਂ ਦੇ ਸਰਵਿਸ ਚਾਰਜ ਵਿੱਚ communal gardening
ਲੱਗਦੀ ਰਹੀ, ਪਰ [[ADDRESS:Cranford House]] ਦੇ ਨਾਲ ਕੋਈ ਬਾਗ਼ ਹੀ ਨਹੀਂ – ਸਿਰਫ਼ ਕਾਰ ਪਾਰਕ ਹੈ।
ਉਹਨਾਂ ਦੀ ਧੀ ਨੇ [[EMAIL:servicecharges@example.com]] 'ਤੇ ਚਾਰ ਮਹੀਨਿਆਂ ਵਿੱਚ ਪੰਜ ਈਮੇਲਾਂ ਭੇਜੀਆਂ, ਕੋਈ
ਜਵਾਬ ਨਹੀਂ ਆਇਆ। ਫਿਰ ਪੈਨਲ ਨੇ ਸ਼ਿਕਾਇਤ ਚੁੱਕੀ (ਨੰਬਰ [[REFERENCE:WMH-SC-0291]])।
ਨਤੀਜਾ: [[PERSON:Owen]] ਨੇ ਮੰਨਿਆ ਕਿ ਬਲਾਕ ਨੂੰ ਗ਼ਲਤ ਕੋਡ ਲੱਗਿਆ ਹੋਇਆ ਸੀ। ਸ੍ਰੀਮਤੀ [[PERSON:ਕਮਲਜੀਤ]]
ਨੂੰ £312 ਵਾਪਸ ਮਿਲੇ – sort code [[OTHER_ID:40-12-76]], ਖਾਤਾ [[OTHER_ID:61839204]] ਵਿੱਚ – ਅਤੇ ਬਲਾਕ
ਦੇ ਸਾਰੇ ੨੪ ਫਲੈਟਾਂ ਨੂੰ ਵੀ ਪੈਸੇ ਵਾਪਸ ਹੋਣਗੇ। ਈਮੇਲਾਂ ਦਾ ਜਵਾਬ ਨਾ ਦੇਣ ਲਈ ਮਾਫ਼ੀ ਅਤੇ £100 ਵੱਖਰੇ।
ਸਬਕ: ਸਰਵਿਸ ਚਾਰਜ ਦਾ ਪੂਰਾ ਵੇਰਵਾ ਹਰ ਸਾਲ ਮੰਗੋ; ਜੋ ਸੇਵਾ ਮਿਲਦੀ ਹੀ ਨਹੀਂ, ਉਸਦੇ ਪੈਸੇ ਨਾ ਦਿਓ।
ਕਾਰਵਾਈ: [[PERSON:Owen]] ਦਸੰਬਰ ਤੱਕ ਬਾਕੀ ਬਲਾਕਾਂ ਦੇ ਕੋਡ ਚੈੱਕ ਕਰੇਗਾ। [[PERSON:ਅੰਮ੍ਰਿਤ]] ਪੰਜਾਬੀ ਵਿੱਚ
ਸਰਵਿਸ ਚਾਰਜ ਬਾਰੇ ਪਰਚਾ ਬਣਾਏਗੀ। ਪੈਨਲ ਦਾ ਨੰਬਰ: [[PHONE:020 7946 0662]]।
ਅਗਲੀ ਮੀਟਿੰਗ: ੮ ਦਸੰਬਰ ੨੦੨੬।
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
