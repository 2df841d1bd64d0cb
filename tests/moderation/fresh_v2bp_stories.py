"""Fresh version-2 PII test stories, batch bp.

Formal determinations and reviews: Ombudsman-style decision summaries, landlords' learning-from-
complaints reviews, internal audit notes and a board report in English; community advice organisations'
formal case reports in Polish, Romanian, Arabic, Urdu, Bengali and Punjabi (Gurmukhi). People are
referred to by role or pseudonym ("Mrs A", "pani M.", "السيدة ف.", "ਸ੍ਰੀਮਤੀ ਜ."), which stay unmarked,
but the documents leak full names in quoted emails and job sheets, staff names, flat numbers, DOBs and
NI numbers in appended chronologies, references, schools, GP surgeries and places of worship, vehicle
registrations, handles, NHS numbers and bank details. "Ms K Begum"-style initial-plus-surname is PERSON;
advice organisations are ORGANISATION like landlords (a town after the name stays outside). Hard cases:
names that are ordinary words (Will, Rich, Dawn, Lis, نور, أمل, هبة, আলো, শান্তি, ਹੈਪੀ/Happy) and
Bengali মালিক, marked as a surname but not where it means "owner". Paragraph numbers, event dates,
amounts, counts, age ranges, towns, statutes and HHSRS categories are unmarked.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 7 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 97.1% of 35, recall 99.8%, precision 82.2%, on the committed
detector 053f949 (after round 57); leak-free by language ar 5, bn 5, en 5, pa 5, pl 5, ro 4, ur 5 of 5.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2bp-en-01",
        "en",
        _s("""
Decision summary. Our reference: [[REFERENCE:202318846]]. Landlord: [[ORGANISATION:Calder Moor
Housing Association]]. 1. The complaint. 1.1 The resident, Mrs A, complained about the
landlord's handling of her reports of damp and mould at her two-bedroom flat,
[[ADDRESS:Flat 12, Kestrel Court]], [[POSTCODE:HX3 6QT]], and about its communication with
her during its internal complaints process (landlord reference [[REFERENCE:CMH/C/44817]]).
2. Background. 2.1 The resident lives with her two children. The landlord's vulnerability
record shows that her daughter, then aged [[AGE:6]], has [[HEALTH:sickle cell anaemia]] and
was admitted to hospital twice during the period under review. 2.2 On 14 March 2023 the
resident emailed the landlord's Halifax office: "This is [[PERSON:Abimbola Adeyemi]] at
[[ADDRESS:Kestrel Court]] again. I have reported the mould in the children's room four times
and nobody has come. Please reply to [[EMAIL:abimbola.adeyemi@example.com]] or call me."
3. Assessment. 3.1 The landlord's surveyor, [[PERSON:Gareth Pollitt]], inspected on 2 May 2023
and recorded the mould as an HHSRS Category 1 hazard, but no works order was raised for a
further eleven weeks. 3.2 Para 14 of the landlord's own damp and mould policy required a call
back within two working days; the resident's calls to the repairs line on
[[PHONE:01632 960 418]] were logged but not returned. 3.3 The landlord did not meet its
obligations under Section 11 of the Landlord and Tenant Act 1985 within a reasonable time.
4. Determination. 4.1 There was severe maladministration in the handling of the repairs and
maladministration in the complaint handling. 4.2 The landlord was ordered to apologise in
writing, pay £1,150 in compensation and complete the works within 28 days. 5. Learning. 5.1
The landlord has since completed the works, added a vulnerability flag that triggers a
surveyor visit within five days where a child has a respiratory or blood condition, and
retrained its 14 contact centre staff on call backs.
"""),
    ),
    (
        "fv2bp-en-02",
        "en",
        _s("""
Learning from Complaints Review 2024/07: noise and antisocial behaviour on the
[[ADDRESS:Brackenfield]] estate. Prepared for [[ORGANISATION:Pennine Gate Homes]] Tenant
Scrutiny Panel. Summary. The complainant (Mr D) lives at [[ADDRESS:number 29]] with his son.
Between January and August he reported loud music, shouting and door slamming after midnight
from [[ADDRESS:number 31]], whose tenant, [[PERSON:Shane Kitching]], is known to neighbours as
"[[PERSON:Kitch]]". The ASB case ([[REFERENCE:ASB-24-0193]]) was opened by the Neighbourhood
Officer, [[PERSON:Dawn Mercer]], but closed after six weeks on the ground that no diary sheets
had been returned. Mr D says he was never sent any. Vulnerability note. Mr D's son, aged
[[AGE:14]], has [[HEALTH:ADHD]] and was preparing for mock exams at
[[ADDRESS:Moorside Academy]]; the school wrote to say his attendance had dropped. What went
wrong. (a) The case was closed without anyone speaking to the complainant. (b) Voicemails left
by Mr D on [[PHONE:07700 900 284]] asking for a call back went to a shared mailbox that
nobody monitored over the summer. (c) When the case was handed to [[PERSON:Will]] in the
Tenancy Enforcement team, the noise app recordings were not passed on. What we did. A stage 2
response apologised, reopened the case and paid £400 for distress and inconvenience. [[PERSON:Will]]
served a warning, the Community Safety Partnership installed a noise monitor for three weeks,
and an acceptable behaviour contract was signed. No further reports have been received since
October. Learning. 1. ASB cases will not be closed without a closure call to the complainant.
2. Shared mailboxes now have a named owner. 3. The panel noted that residents over 60 and
households with children sitting exams should be offered a weekly contact as standard; this
has been adopted.
"""),
    ),
    (
        "fv2bp-en-03",
        "en",
        _s("""
Internal Audit: case file review, heating and hot water, sheltered housing. Landlord:
[[ORGANISATION:Severnside Homes]]. Contractor: [[ORGANISATION:Thermaline Heating Services
Ltd]]. Property: [[ADDRESS:Flat 3, Ashcombe House]], [[POSTCODE:bs5 9ql]]. 1. Scope. The
auditor sampled one complaint file from the Q3 register to test compliance with the heating
repair standard, which requires temporary heaters within 24 hours for residents over 75. 2.
Findings. 2.1 The resident, Mr O, is [[AGE:87]] and has [[HEALTH:COPD]]. His boiler failed on
9 December. The repair job ([[REFERENCE:RJ-889134]]) was raised as routine rather than
emergency, and temporary heaters were not delivered until 15 December. 2.2 The resident's
daughter, [[PERSON:Niamh]], called from Cork on four occasions from [[PHONE:07700 900 731]];
two calls were recorded against the wrong tenancy. 2.3 Data handling: the resident's National
Insurance number, [[NI_NUMBER:PK 63 19 04 D]], had been typed into the free-text notes of the
repair job by a contact centre adviser, where it was visible to the contractor. This is a
reportable weakness. 3. Outcome. The complaint was upheld at stage 1 by
[[PERSON:Lorraine Beddoes]], Complaints Lead. A new boiler was fitted on 19 December, the
resident received £350 and an apology, and the NI number has been removed from the job
record. 4. Recommendations. R1: the vulnerability field should force emergency priority for
heating failures. R2: free-text fields visible to contractors should be screened. R3: calls
from relatives should be linked to the correct tenancy. Appendix B, chronology extracted from
the CRM record: tenant [[PERSON:Séamus Ó Briain]], date of birth [[DATE_OF_BIRTH:2 November
1936]]; tenancy start 2011; 9 Dec boiler fault reported; 12 Dec contractor no access; 15 Dec
heaters delivered; 19 Dec boiler replaced; 3 Jan complaint closed.
"""),
    ),
    (
        "fv2bp-en-04",
        "en",
        _s("""
Report to the Customer Experience Committee. Agenda item 7: complaint case study, overcrowding
and adaptations (Family K). 7.1 Ms [[PERSON:K Begum]] and her five children lived in a
two-bedroom flat at [[ADDRESS:48 Foundry Walk]], [[POSTCODE:OL8 4DE]], let by
[[ORGANISATION:Oldacre Community Housing]]. Her eldest son (aged [[AGE:15]]) has
[[HEALTH:autism]] and her youngest child uses a wheelchair because of
[[HEALTH:spina bifida]]. The household is statutorily overcrowded under Part 10 of the
Housing Act 1985. 7.2 Ms [[PERSON:Begum]] had been on the housing register since 2019
(register number [[REFERENCE:HR-0077315]]) but her medical evidence was never assessed, so
she remained in band C. 7.3 The complaint was raised on her behalf by her family support
worker, [[PERSON:Priya Raman]]; her email, reproduced at Appendix 2, gives the family's
contact as [[EMAIL:kbegum84@example.net]]. 7.4 Members will note that the family, who are
[[OTHER_SPECIAL:Muslim]], asked to stay within walking distance of the
[[ADDRESS:Jamia Masjid Ghausia]] and of [[ADDRESS:Holy Trinity CE Primary]], where the
younger children are settled. 7.5 Outcome. At stage 2 the medical evidence was assessed, the
family was moved to band A and offered a four-bedroom adapted house at
[[ADDRESS:27 Wharfedale Rise]]. The landlord met £2,400 of removal costs and marked a
disabled parking bay for the family's vehicle, [[OTHER_ID:MA19 KHU]]. 7.6 Learning. Of 312
households in band A, 41 have a disabled member; all 41 files have now been reviewed.
Medical forms received by the allocations team are logged on the day of receipt, and the
Head of Lettings, [[PERSON:Stephen Okafor]], reports quarterly to this committee. 7.7
Recommendation: that the committee notes the case and the actions taken.
"""),
    ),
    (
        "fv2bp-en-05",
        "en",
        _s("""
Decision summary, investigation [[REFERENCE:202401573]]. The resident, Ms T, is an assured
tenant of [[ORGANISATION:Larkhill Housing Trust]] at [[ADDRESS:17 Beaconsfield]],
[[POSTCODE:B23 5NW]]. She complained about a recurring leak from the flat above,
[[ADDRESS:number 21]], and about service charges for communal cleaning that she said was not
being carried out. Findings. 1. The contractor's job sheet for the first visit, dated 3 June,
lists the tenant as "[[PERSON:Marcia Thompson-Clarke]], tel [[PHONE:0121 496 0752]]" and
records that the operative, [[PERSON:Rich]], could not gain access upstairs. Four further
visits followed before the waste pipe under the bath at [[ADDRESS:number 21]] was replaced in October.
2. The resident posted photographs of the stained ceiling on Instagram as
[[OTHER_ID:@marcia.t.brum]]; the landlord's social media team replied but did not pass the
report to repairs. 3. The landlord could not show cleaning records for 19 of the 26 weeks in
question although it charged £14.62 a week (service charge account
[[REFERENCE:SC-0041-1882]]). Determination. There was maladministration in the landlord's
response to the leak and in its service charge administration. Orders. The landlord has
refunded £277.78 of service charges and paid £600 compensation. Its letter confirming payment
to sort code [[OTHER_ID:40-12-76]], account ending [[OTHER_ID:0093]], was copied to us.
Learning. The landlord now passes repair reports received through social media to repairs
within one working day, publishes monthly cleaning logs for each block, and its Head of
Property, [[PERSON:Yvonne Sterling]], has written to the 38 other households in the block
offering a review of their charges. The requirements of Section 20 of the Landlord and Tenant
Act 1985 did not apply.
"""),
    ),
    (
        "fv2bp-pl-01",
        "pl",
        _s("""
Sprawozdanie z prowadzenia sprawy. [[ORGANISATION:Polskie Centrum Doradztwa Społecznego]],
punkt porad w Bradford. Sygnatura: [[REFERENCE:PCDS/BD/2023/118]]. 1. Dane sprawy. Klientka
(dalej: pani M.) jest najemczynią mieszkania należącego do [[ORGANISATION:Northfold Homes]],
pod adresem [[ADDRESS:27 Ashgrove Road, flat 3]], [[POSTCODE:bd7 1ph]]. Mieszka sama z córką
[[PERSON:Zuzią]] ([[AGE:4 lata]]), u której w lutym zdiagnozowano [[HEALTH:astmę]]. 2.
Przebieg zdarzeń. 2.1 Od listopada 2022 r. klientka zgłaszała na infolinię repairs wilgoć i
czarny grzyb na ścianie w sypialni dziecka. Przyjeżdżali różni pracownicy, zostawiali środek
grzybobójczy i zamykali zlecenie. 2.2 W e-mailu z 9 stycznia 2023 r., którego kopię klientka
nam przekazała, czytamy: „Nazywam się [[PERSON:Magdalena Wróbel]], piszę już piąty raz, grzyb
jest na łóżeczku [[PERSON:Zuzi]], proszę o kontakt pod [[EMAIL:m.wrobel@example.com]]”. 2.3
Odpowiedź nadeszła po pięciu tygodniach od pani [[PERSON:Karen Whitley]], Housing Officer, i
dotyczyła wyłącznie „wietrzenia mieszkania”. 3. Działania Centrum. Doradca, pan
[[PERSON:Tomasz Grabowski]], pomógł złożyć formalną skargę (numer skargi:
[[REFERENCE:NFH-CMP-20931]]) i kilkakrotnie dzwonił do działu skarg pod numer
[[PHONE:0113 496 0588]]. Poprosiliśmy też o inspekcję według HHSRS. Inspektor stwierdził
zagrożenie kategorii 1 oraz niesprawny wentylator w łazience. 4. Rozstrzygnięcie. Na drugim
etapie landlord uznał skargę, przeprosił panią [[PERSON:Wróbel]] na piśmie, wymienił
wentylator, zamontował nawiewniki w oknach, usunął grzyb i odmalował pokój. Klientka otrzymała
850 funtów rekompensaty. 5. Wnioski. Landlord zobowiązał się, że przy każdym zgłoszeniu grzyba
w domu z małym dzieckiem inspektor przyjedzie w ciągu 10 dni roboczych. Z naszej strony: w
podobnych sprawach od razu wnioskujemy o inspekcję, zamiast czekać na kolejne wizyty ekip.
"""),
    ),
    (
        "fv2bp-pl-02",
        "pl",
        _s("""
Karta sprawy nr [[REFERENCE:SPS-2291]]. [[ORGANISATION:Stowarzyszenie Polaków w Slough]],
sekcja porad mieszkaniowych. Notatka końcowa. 1. Klient, pan R., [[AGE:72-letni]] emeryt,
mieszka samotnie w [[ADDRESS:Wexham Court]] ([[ADDRESS:mieszkanie nr 7]]),
[[POSTCODE:SL2 5HQ]]. Landlordem jest [[ORGANISATION:Colnbrook Housing Partnership]]. Klient
choruje na [[HEALTH:przewlekłą obturacyjną chorobę płuc]] i korzysta w domu z tlenu. 2. Stan
faktyczny. 8 stycznia 2024 r. zepsuł się piec gazowy. Firma [[ORGANISATION:HeatFirst
Services]] przyjechała dwa razy, za każdym razem bez części. Zlecenie
([[REFERENCE:HF-40917]]) zamknięto omyłkowo 15 stycznia. Przez 23 dni klient nie miał
ogrzewania ani ciepłej wody. Sąsiadka, pani [[PERSON:Halina]], zgłosiła się do nas i
powiedziała: „[[PERSON:Rysiek]] siedzi w domu w kurtce i czapce, boję się o niego”. 3. Nasze
działania. Skontaktowaliśmy się z landlordem i zażądaliśmy grzejników tymczasowych oraz
rozpatrzenia skargi w trybie pilnym. Grzejniki dostarczono następnego dnia, a nowy piec
zamontowano 31 stycznia. 4. Rozstrzygnięcie. W odpowiedzi na skargę drugiego etapu landlord
przyznał, że nie sprawdził, czy w mieszkaniu mieszka osoba wrażliwa, przeprosił i wypłacił 520
funtów, w tym zwrot kosztów prądu za grzejniki. Pracownik ds. skarg, pan
[[PERSON:Imran Siddiqui]], odwiedził klienta osobiście. 5. Wnioski. Landlord wprowadził w
systemie napraw oznaczenie „vulnerable – no heat = emergency”. Zalecamy klientom przekazywanie
landlordowi informacji o chorobach przewlekłych na piśmie. Załącznik A – chronologia (dane z
formularza zgody): [[PERSON:Ryszard Kowalczyk]], ur. [[DATE_OF_BIRTH:12.05.1951]], nr NI
[[NI_NUMBER:SN 44 72 19 A]], telefon kontaktowy [[PHONE:07700900612]]; 8.01 awaria; 10.01 i
12.01 wizyty technika; 15.01 zamknięcie zlecenia; 19.01 zgłoszenie do Stowarzyszenia; 31.01
nowy piec.
"""),
    ),
    (
        "fv2bp-pl-03",
        "pl",
        _s("""
Sprawozdanie z interwencji: zachowania antyspołeczne i incydent na tle narodowościowym.
[[ORGANISATION:Centrum Wsparcia Polonii „Most”]], numer sprawy
[[REFERENCE:MOST/ASB/24/07]]. 1. Klientka, pani [[PERSON:Ewa]] (nazwisko znane Centrum),
mieszka z mężem i synem [[PERSON:Kubą]] ([[AGE:9 lat]]) pod adresem
[[ADDRESS:112 Canal Street]], [[POSTCODE:NG1 7EH]], w mieszkaniu
[[ORGANISATION:Trent Basin Homes]]. Rodzina jest [[OTHER_SPECIAL:pochodzenia polskiego]]. 2.
Od marca 2024 r. lokator z [[ADDRESS:mieszkania nr 15]] wielokrotnie wykrzykiwał pod adresem
rodziny obelgi, m.in. „go back to Poland”, a na drzwiach pojawiło się graffiti. Nagrania tych
zdarzeń publikował w serwisie TikTok z konta [[OTHER_ID:@canalst_lad]]. [[PERSON:Kuba]] bał
się chodzić sam do [[ADDRESS:St Joseph's Catholic Primary School]]; wychowawczyni zgłosiła
pogorszenie jego samopoczucia. 3. Sprawa została zarejestrowana u landlorda jako ASB pod
numerem [[REFERENCE:ASB/2291/24]], a policja nadała zdarzeniu numer
[[REFERENCE:14/88213/24]]. Prowadząca sprawę, pani [[PERSON:Dawn Ellery]], przez pierwsze dwa
miesiące traktowała ją jako „spór sąsiedzki”, a nie hate incident. 4. Interwencja Centrum.
Nasza doradczyni, [[PERSON:Agnieszka Lis]], przygotowała zestawienie 17 zdarzeń z datami i
złożyła skargę formalną. Poprosiła też, aby landlord zgłosił nagrania do moderacji serwisu. 5.
Rozstrzygnięcie. Landlord przyznał, że sprawa od początku powinna była być traktowana jako
incydent z nienawiści. Sprawcy wręczono ostrzeżenie, a następnie uzyskano injunction.
Zamontowano kamerę na klatce schodowej, graffiti usunięto w ciągu 24 godzin, a rodzinie
wypłacono 700 funtów. Od lipca nie odnotowano nowych zdarzeń. 6. Wnioski. Każde zgłoszenie
zawierające obelgi dotyczące narodowości jest teraz od razu oznaczane jako hate incident, a
poszkodowana rodzina dostaje jednego, stałego opiekuna sprawy.
"""),
    ),
    (
        "fv2bp-pl-04",
        "pl",
        _s("""
Raport doradczy: przeludnienie i błędy w rejestracji. [[ORGANISATION:Fundacja Pomocy Rodzinie
„Dom”]], Leicester. 1. Klientka, pani O., przebywa w Wielkiej Brytanii na podstawie
[[OTHER_SPECIAL:wizy w ramach programu Homes for Ukraine]]. Mieszka z mężem i trojgiem dzieci
w mieszkaniu z jedną sypialnią na ósmym piętrze [[ADDRESS:Beaumont Tower]], wynajmowanym od
[[ORGANISATION:Kirkby Vale Borough Council]]. Najmłodszy syn, [[PERSON:Dmytro]]
([[AGE:14 miesięcy]]), śpi w łóżeczku w sypialni rodziców, a starsze dzieci,
[[PERSON:Sasza]] ([[AGE:8 lat]]) i [[PERSON:Iwanka]], śpią w salonie. [[PERSON:Sasza]] ma
[[HEALTH:cukrzycę typu 1]]. 2. Klientka jest na liście mieszkaniowej (numer
[[REFERENCE:HR 0044812]]) od 2022 r. Wniosek o wyższe pasmo z zaświadczeniem lekarskim
odrzucono z powodu „braku kopii dokumentu pobytowego”, choć wysłano ją dwukrotnie. W piśmie z 3
kwietnia pani [[PERSON:Oksana Melnyk]] podała numer swojej karty BRP
([[OTHER_ID:ZU4417093]]) oraz adres [[EMAIL:oksana.melnyk@example.org]] i prosiła o
potwierdzenie. Nie dostała odpowiedzi. 3. Działania Fundacji. Nasz doradca ustalił, że
dokumenty były w systemie, ale przypisano je do innej sprawy. Złożyliśmy skargę w imieniu
[[PERSON:Oksany Melnyk]] (numer [[REFERENCE:KV-CF-61200]]). 4. Rozstrzygnięcie. The council
przeprosiła, przyznała pasmo B z datą wsteczną i wypłaciła 250 funtów. W sierpniu rodzina
przeprowadziła się do domu z trzema sypialniami przy [[ADDRESS:19 Tern Close]]. 5. Wnioski.
Rada wprowadziła kontrolę, czy dokumenty nie trafiają do cudzych spraw, a my zawsze prosimy o
pisemne potwierdzenie odbioru. Podobny problem zgłosiło nam jeszcze 6 rodzin z tego samego
budynku.
"""),
    ),
    (
        "fv2bp-pl-05",
        "pl",
        _s("""
Sprawozdanie w sprawie czynszu i opłat serwisowych. [[ORGANISATION:Polski Punkt Porad w
Leeds]], sygn. [[REFERENCE:PPP-L/0412]]. 1. Klienci: pan G. i jego żona, najemcy
[[ORGANISATION:Aireborough Living]], zamieszkali przy [[ADDRESS:5 Harewood Mews]],
[[POSTCODE:LS19 7RA]]. Numer umowy najmu: [[REFERENCE:TEN-558201]]. 2. Problem. Od kwietnia
2023 r. w rozliczeniu czynszu pojawiła się opłata „lift maintenance” w wysokości 6,80 funta
tygodniowo, choć w budynku nie ma windy. Dodatkowo w styczniu Direct Debit pobrano
dwukrotnie. Pismo od landlorda zaczynało się od słów „Dear Mr [[PERSON:Grzegorz Mazur]], your
account is in arrears” i zapowiadało wszczęcie procedury z Section 8. Żona klienta, pani
[[PERSON:Bożena]], bardzo to przeżyła, a sąsiedzi mówią, że „[[PERSON:Grześ]] przestał spać
po nocach”. 3. Działania Punktu. Doradczyni, pani [[PERSON:Renata Kaczmarek]], zestawiła
wyciągi bankowe z kontem czynszowym i wykazała nadpłatę w kwocie 1 236,40 funta. Złożono
skargę formalną (numer [[REFERENCE:AL-COMP-7715]]). Pierwsza odpowiedź, podpisana przez pana
[[PERSON:Jonathana Price'a]], podtrzymywała jednak zaległość. 4. Rozstrzygnięcie. Na drugim
etapie landlord usunął opłatę, wycofał zawiadomienie, przeprosił i zwrócił nadpłatę na konto
klientów (sort code [[OTHER_ID:20-45-77]], rachunek kończący się na [[OTHER_ID:3318]]),
dopłacając 300 funtów rekompensaty. 5. Wnioski. Landlord przejrzał opłaty serwisowe we
wszystkich 64 mieszkaniach na osiedlu i zwrócił pieniądze jeszcze 11 gospodarstwom. Klientom
radzimy, aby co roku prosili o szczegółowe rozliczenie opłat serwisowych i sprawdzali, za co
płacą.
"""),
    ),
    (
        "fv2bp-ro-01",
        "ro",
        _s("""
Raport de caz. [[ORGANISATION:Asociația Românilor din Luton]], dosar nr.
[[REFERENCE:ARL-2023-0457]]. 1. Situația beneficiarei. Doamna C. locuiește împreună cu fiul
ei, [[PERSON:Andrei]] ([[AGE:7 ani]]), în [[ADDRESS:apartamentul 8 din Milford Court]],
[[POSTCODE:lu2 0hy]], închiriat de la [[ORGANISATION:Leaside Community Homes]].
[[PERSON:Andrei]] suferă de [[HEALTH:astm bronșic]] și este elev la
[[ADDRESS:Beechwood Junior School]]. 2. Istoric. Din octombrie 2022 pe peretele dormitorului
copilului a apărut mucegai negru. Doamna a sunat de nouă ori la linia de repairs și de fiecare
dată i s-a spus să deschidă geamul și să folosească soluție anti-mucegai. Într-un e-mail din 6
februarie, anexat dosarului, scria: „Sunt [[PERSON:Cristina Popescu]] și copilul meu doarme
într-o cameră cu pereții negri. Vă rog să trimiteți pe cineva. Răspundeți-mi la
[[EMAIL:cristina.popescu85@example.net]].” Răspunsul a venit după o lună de la domnul
[[PERSON:Neil Hartley]], Repairs Coordinator, care a programat doar o curățare. 3. Intervenția
noastră. Consiliera [[PERSON:Ioana Dumitrescu]] a depus o plângere formală (referința
[[REFERENCE:LCH/COMP/7781]]) și a cerut o inspecție HHSRS. Medicul de familie a trimis o
scrisoare despre agravarea astmului. 4. Rezultat. La etapa a doua, landlordul a recunoscut
întârzierea, a instalat ventilație mecanică, a tratat pereții, a refăcut izolația la colțul
exterior și i-a plătit doamnei [[PERSON:Popescu]] 900 de lire compensație. 5. Lecții.
Landlordul a introdus o regulă nouă: orice raport de mucegai într-o locuință cu un copil
bolnav primește inspecție în cel mult 10 zile lucrătoare. Noi am învățat să cerem de la
început dovezile medicale și să le trimitem odată cu plângerea.
"""),
    ),
    (
        "fv2bp-ro-02",
        "ro",
        _s("""
Notă de caz nr. [[REFERENCE:CCR-0912]], [[ORGANISATION:Centrul Comunitar Român Harrow]]. 1.
Beneficiarul, domnul G., pensionar în vârstă de [[AGE:75 de ani]], locuiește singur la
[[ADDRESS:14 Kenton Parade]], [[POSTCODE:HA3 8DN]], într-o locuință a
[[ORGANISATION:Northwick Homes]]. Suferă de [[HEALTH:boala Parkinson]] și se deplasează greu.
2. Problema. Din decembrie, la fiecare ploaie apa curgea prin tavanul dormitorului. Firma
[[ORGANISATION:Apex Roofing & Building Ltd]] a venit de cinci ori și a pus de fiecare dată
„un petic”. Nepotul său, [[PERSON:Vlad]], a mutat patul în sufragerie, iar bătrânul a dormit
acolo patru luni. 3. Intervenția. Am trimis o plângere formală în numele domnului
[[PERSON:Stănescu]] (referința landlordului [[REFERENCE:NWH-55320]]) și am cerut o inspecție
completă a acoperișului. Ofițerul de plângeri, doamna [[PERSON:Bernadette Quinn]], a vizitat
locuința în aprilie, împreună cu un inspector. 4. Rezultat. Acoperișul a fost refăcut în
iunie, tavanul a fost reparat, iar beneficiarul a primit 1.200 de lire compensație și
rambursarea facturii la curent pentru aeroterma folosită peste iarnă. Landlordul a recunoscut
că nu și-a respectat obligațiile din Secțiunea 11. 5. Lecții. Landlordul verifică acum dacă
aceeași reparație se repetă de mai mult de două ori și, dacă da, trimite automat un inspector
în loc de o echipă de intervenție. Anexa 1, date de identificare (confidențial):
[[PERSON:Gheorghe Stănescu]], născut la [[DATE_OF_BIRTH:3 martie 1949]], număr de asigurare
națională [[NI_NUMBER:JX 62 11 47 B]], telefon [[PHONE:+44 (0)20 7946 0815]].
"""),
    ),
    (
        "fv2bp-ro-03",
        "ro",
        _s("""
Raport privind un caz de comportament antisocial. [[ORGANISATION:Asociația Drom
Peterborough]]. 1. Beneficiarii, domnul [[PERSON:Florin Lăcătuș]] și soția sa,
[[PERSON:Lăcrămioara]] (pe care toată lumea o strigă „[[PERSON:Lăcri]]”), familie de etnie
[[OTHER_SPECIAL:romă]], locuiesc cu trei copii la [[ADDRESS:52 Gladstone Street]],
[[POSTCODE:PE1 2BX]], într-o casă a [[ORGANISATION:Fenland Gate Housing]]. Familia
frecventează [[ADDRESS:Biserica Penticostală Betel]], aflată la două străzi distanță. 2.
Faptele. Din mai 2023, un grup de tineri de la [[ADDRESS:numărul 47]] a aruncat gunoaie în
curtea familiei, a strigat insulte rasiste și a zgâriat mașina familiei,
[[OTHER_ID:GN17 XKD]]. Poliția a fost chemată de trei ori. Cazul ASB
([[REFERENCE:ASB-PB-3306]]) a fost închis de ofițerul [[PERSON:Sharon Lyle]] după ce vecinii
au negat totul. 3. Intervenția noastră. Mediatorul nostru, [[PERSON:Marius Căldăraru]], a
adunat înregistrările de la camera de pe ușa familiei și o declarație a pastorului bisericii,
apoi a depus o plângere formală (referința [[REFERENCE:FGH-C-2207]]), cerând redeschiderea
cazului și tratarea lui ca incident motivat de ură. 4. Rezultat. Landlordul a redeschis
cazul, a trimis un avertisment scris gospodăriei de la [[ADDRESS:numărul 47]], a montat o
cameră pe stâlpul din fața casei și a plătit familiei 450 de lire. Și-a cerut scuze pentru
că ofițerul vorbise despre „vină de ambele părți”. Din ianuarie nu s-au mai raportat
incidente, iar doamna [[PERSON:Lăcătuș]] spune că acum copiii se joacă din nou în curte. 5.
Lecții. Insultele legate de etnie sunt înregistrate acum automat ca hate incident, iar un caz
nu mai poate fi închis doar pentru că persoanele reclamate neagă faptele.
"""),
    ),
    (
        "fv2bp-ro-04",
        "ro",
        _s("""
Raport de evaluare a plângerii: adaptări pentru persoane cu dizabilități.
[[ORGANISATION:Centrul de Consiliere Casa Noastră]], Dagenham. 1. Beneficiara, doamna D.,
este mama [[PERSON:Anei-Maria]] ([[AGE:11 ani]]), care are [[HEALTH:paralizie cerebrală]] și
folosește scaun cu rotile. Familia locuiește la [[ADDRESS:3 Wickham Way]],
[[POSTCODE:RM9 6LP]], într-o casă a [[ORGANISATION:Thameside Homes Trust]].
[[PERSON:Ana-Maria]] învață la [[ADDRESS:Oakfield Special School]]. 2. În martie 2023,
terapeuta ocupațională [[PERSON:Kerry Boateng]] a recomandat o rampă la ușa din spate, un duș
fără prag și un lift între etaje. Landlordul a confirmat primirea recomandării (referința
[[REFERENCE:THT-ADP-4410]]), dar timp de zece luni nu a programat nicio lucrare. Mama o căra pe
fată pe scări în fiecare seară. 3. În e-mailul din 12 ianuarie, pe care îl anexăm, doamna
[[PERSON:Daniela Rusu]] scria de pe adresa [[EMAIL:daniela.rusu@example.net]]: „Nu mai pot s-o
ridic, am probleme cu spatele. Vă rog, cineva să-mi răspundă.” Nu a primit niciun răspuns. 4.
Intervenția. Consilierul nostru, [[PERSON:Radu Ene]], a depus plângere formală și a contactat
serviciul de adaptări al consiliului pentru Disabled Facilities Grant. 5. Rezultat.
Landlordul și-a cerut scuze în scris, rampa și dușul au fost montate în mai, iar liftul în
august. Familia a primit 1.000 de lire compensație pentru cele zece luni de întârziere. 6.
Lecții. Landlordul are acum un singur coordonator pentru adaptări, iar orice recomandare a unui
terapeut ocupațional primește o vizită în cel mult 20 de zile. Am recomandat familiilor cu
copii peste 10 ani care folosesc scaun cu rotile să ceară evaluarea cât mai devreme.
"""),
    ),
    (
        "fv2bp-ro-05",
        "ro",
        _s("""
Raport de caz: comunicare deficitară și lipsa interpretului. [[ORGANISATION:Punctul de Sprijin
Românesc Gillingham]]. 1. Beneficiara, doamna E.M., vorbește puțină engleză. Locuiește cu
soțul ei, [[PERSON:Ionuț]], într-un apartament al [[ORGANISATION:Medway Reach Housing]], la
[[ADDRESS:Flat 4, 61 Canterbury Street]], [[POSTCODE:ME7 5TR]]. Este în tratament pentru
[[HEALTH:depresie]] la [[ADDRESS:Bridge Street Medical Practice]]. 2. Din iulie, apa din baia
vecinului de sus a picurat în bucătărie. Toate scrisorile landlordului au venit doar în
engleză, iar la telefon nu i s-a oferit niciodată interpret, deși în dosar scria „Romanian
speaker”. Landlordul a sunat-o de patru ori la [[PHONE:07700 900 563]] și a notat de fiecare
dată „tenant did not understand”. Disperată, a postat fotografii ale tavanului pe pagina ei,
[[OTHER_ID:facebook.com/elena.munteanu.78]]. 3. Intervenția. Am depus plângerea (referința
[[REFERENCE:CX-118204]]) în numele [[PERSON:Elenei Munteanu]]. Managerul de plângeri, domnul
[[PERSON:Callum Reid]], a acceptat o întâlnire la noi la birou, cu interpret. 4. Rezultat.
Țeava vecinului a fost înlocuită în trei zile, tavanul a fost refăcut, beneficiara a primit
400 de lire, iar în sistem s-a adăugat obligația de a folosi interpret pentru ea și pentru
alți 23 de chiriași care vorbesc română. 5. Lecții. Un marcaj de limbă în dosar nu ajută dacă
nimeni nu îl citește. Landlordul trimite acum scrisorile importante și în limba chiriașului.
"""),
    ),
    (
        "fv2bp-ar-01",
        "ar",
        _s("""
تقرير حالة. [[ORGANISATION:مركز الجالية العربية للإرشاد في مانشستر]]، رقم الملف
[[REFERENCE:ACC-MCR-2023-061]]. ١. بيانات الحالة: المستفيدة، السيدة ف.، تسكن مع أطفالها
الثلاثة في [[ADDRESS:Flat 5, 19 Moss Lane East]]، [[POSTCODE:M14 5TT]]، وهي شقة مستأجرة من
[[ORGANISATION:Medlock Park Housing]]. ابنها الأوسط [[PERSON:يوسف]] ([[AGE:٨ سنوات]]) مصاب
بمرض [[HEALTH:الربو]] ويدرس في [[ADDRESS:Claremont Road Primary School]]. ٢. الوقائع: منذ
شتاء ٢٠٢٢ ظهر العفن الأسود على جدران غرفة الأطفال. أبلغت المستفيدة قسم الصيانة (repairs)
سبع مرات، وفي كل مرة كان العامل يرش مادة مضادة للعفن ويغادر. وفي رسالة إلكترونية مؤرخة في
٢٠ يناير، أُرفقت نسخة منها بالملف، كتبت: "أنا [[PERSON:فاطمة الزهراء حداد]]، أسكن في
[[ADDRESS:الشقة رقم ٥]]، وابني يسعل كل ليلة بسبب العفن." وجاء الرد من موظف الصيانة
[[PERSON:Darren Holt]] بعد ستة أسابيع، واكتفى بنصحها بفتح النوافذ. ٣. تدخل المركز: قدمت
المستشارة [[PERSON:رنا سليمان]] شكوى رسمية (رقم الشكوى [[REFERENCE:MPH-CMP-33019]])،
واتصلت بقسم الشكاوى على الرقم [[PHONE:٠١٦١ ٤٩٦ ٠٢٧٣]]، وطلبت فحص المسكن وفق نظام HHSRS،
فأثبت المفتش وجود خطر من الفئة الأولى. ٤. النتيجة: في المرحلة الثانية اعترف المالك
بالتقصير، فركّب مراوح شفط، وعالج الجدران وأعاد طلاءها، ودفع للسيدة [[PERSON:حداد]] تعويضاً
قدره ٧٥٠ جنيهاً إسترلينياً مع اعتذار مكتوب. ٥. الدروس المستفادة: أصبح المالك يرسل مفتشاً
خلال عشرة أيام عمل لكل بلاغ عن العفن في بيت فيه طفل مريض. ونحن نوصي الأسر بالاحتفاظ بنسخ
من كل رسالة وصورة، وبإرفاق التقارير الطبية بالشكوى منذ البداية.
"""),
    ),
    (
        "fv2bp-ar-02",
        "ar",
        _s("""
ملخص قضية اكتظاظ سكني. [[ORGANISATION:جمعية البيت العربي للخدمات الاجتماعية]]، شيفيلد. ١.
المستفيد، السيد ع.، [[OTHER_SPECIAL:لاجئ سوري]] وصل مع أسرته عام ٢٠١٧ ضمن برنامج إعادة
التوطين. تعيش الأسرة المكونة من سبعة أفراد في شقة بغرفتي نوم في الطابق الرابع عشر من
[[ADDRESS:Brunswick Tower]]، وهي من مساكن [[ORGANISATION:Stockbridge Metropolitan Borough
Council]]. ٢. ابنته الكبرى [[PERSON:نور]] ([[AGE:١٣ عاماً]]) مصابة بمرض [[HEALTH:الصرع]]،
وتنام مع أخواتها الثلاث في غرفة واحدة، وقد سقطت أثناء نوبة وارتطم رأسها بالسرير المجاور.
وتقول [[PERSON:نور]] إنها لا تجد مكاناً هادئاً للمذاكرة. ٣. كانت الأسرة مسجلة في قائمة
الإسكان برقم [[REFERENCE:HRN-204771]] في الفئة C، ولم يُنظر في التقرير الطبي الذي أرسله
طبيب الأعصاب. قدّم المركز شكوى رسمية، وتولى الرد عليها مدير قسم التخصيص
[[PERSON:Paul Whitaker]]. ٤. النتيجة: أقر المجلس بأن التقرير الطبي أُهمل، فرفع أولوية
الأسرة إلى الفئة A بأثر رجعي، ودفع ٥٠٠ جنيه تعويضاً. وفي مارس انتقلت الأسرة إلى بيت بأربع
غرف نوم في [[ADDRESS:12 Heaton Grove]]، [[POSTCODE:S6 3QB]]. ٥. الدروس: يسجّل المجلس الآن
كل تقرير طبي يوم وصوله، ويراجع ملفات ٤٠ أسرة أخرى في البرج نفسه. ملحق (التسلسل الزمني):
رب الأسرة [[PERSON:عمر الخطيب]] ([[PERSON:Omar Al-Khatib]])، تاريخ الميلاد
[[DATE_OF_BIRTH:١٩٨٢/٠٤/١٥]]؛ ٢٠١٩ التسجيل في القائمة؛ ٢٠٢٢ سقوط [[PERSON:نور]]؛ ٢٠٢٣
تقديم الشكوى؛ ٢٠٢٤ الانتقال إلى البيت الجديد.
"""),
    ),
    (
        "fv2bp-ar-03",
        "ar",
        _s("""
مذكرة متابعة داخلية، قسم الإسكان، [[ORGANISATION:مركز اليمن المجتمعي في برمنغهام]]. ١.
المستفيد: الحاج ع. ق.، [[AGE:٨١ عاماً]]، [[OTHER_SPECIAL:يمني الأصل]]، يعيش وحده في بيت صغير
تملكه [[ORGANISATION:Sandwell Rise Homes]] على بعد دقائق من [[ADDRESS:مسجد النور]] الذي يصلي
فيه يومياً. يعاني من [[HEALTH:السكري]] ومن ضعف في الدورة الدموية. ٢. في ١٢ نوفمبر تعطلت
الغلاية. أرسلت شركة [[ORGANISATION:Warmway Gas Services]] فنياً مرتين دون قطع الغيار، وأُغلق
أمر الإصلاح رقم [[REFERENCE:٤٤٠٩١٨]] بالخطأ، فبقي الحاج تسعة عشر يوماً بلا تدفئة. ولاحظ
إمام المسجد غيابه عن صلاة الفجر فزاره ووجده ملتفاً بالبطانيات. ٣. اتصل ابنه
[[PERSON:سالم]] بالمالك خمس مرات من رقمه [[PHONE:07700 900 146]]. وفي تقرير الفني المرفق ورد
الاسم الكامل للمستأجر "[[PERSON:Abdullah Qasim]]" ورقم تأمينه الوطني
[[NI_NUMBER:AB 39 72 05 C]]، وهي بيانات ما كان ينبغي أن تصل إلى المقاول. ٤. النتيجة: بعد
تدخل المركز وُضعت مدافئ مؤقتة في اليوم التالي، ورُكّبت غلاية جديدة بعد أسبوع، وحصل
المستفيد على ٤٢٠ جنيهاً تعويضاً واعتذار مكتوب من مديرة الخدمات
[[PERSON:Claire Dunmore]]. كما أقر المالك بخطأ مشاركة رقم التأمين الوطني مع المقاول وأبلغ
مسؤول حماية البيانات. ٥. الدروس: أصبح انقطاع التدفئة عند المرضى ممن تجاوزوا السبعين يُعامل
حالةً طارئة، ويُحذف أي رقم شخصي من أوامر العمل قبل إرسالها إلى المقاولين.
"""),
    ),
    (
        "fv2bp-ar-04",
        "ar",
        _s("""
تقرير حالة سلوك معادٍ للمجتمع. [[ORGANISATION:رابطة المرأة العربية في نيوكاسل]]. ١.
المستفيدة [[PERSON:ليلى]] (اسم العائلة محفوظ لدى الرابطة)، [[OTHER_SPECIAL:مسلمة]] ترتدي
الحجاب، تسكن مع ابنتيها في [[ADDRESS:7 Elswick Terrace]]، [[POSTCODE:ne4 6sq]]، وهو بيت
مستأجر من [[ORGANISATION:Tyne Bridge Homes]]. ٢. منذ صيف ٢٠٢٣ يتعرض البيت لرمي البيض
والقمامة، وتُوجَّه إلى المستفيدة شتائم عنصرية من شبان يجتمعون أمام البيت
[[ADDRESS:رقم ٩]]. ونشر أحدهم صوراً لبابها على إنستغرام من حساب
[[OTHER_ID:@geordie_lad_88]] مع تعليقات مسيئة. قالت [[PERSON:أمل]]، ابنتها الكبرى، إنها لم
تعد تخرج إلى الحديقة، أما الصغرى [[PERSON:هبة]] ([[AGE:٦ سنوات]]) فصارت تبكي كلما طُرق
الباب. ٣. فُتحت قضية لدى المالك برقم [[REFERENCE:ASB/NE/5521]]، لكن الموظفة المسؤولة
[[PERSON:Kirsty Mallon]] كتبت أن "الأدلة غير كافية" رغم وجود تسجيلات كاميرا الباب. ٤. تدخل
الرابطة: أرسلت منسقتنا [[PERSON:سهى المصري]] التسجيلات ولقطات الشاشة إلى المالك، وطلبت
تصنيف القضية حادثة كراهية، وتقدمت بشكوى رسمية في المرحلة الأولى. ٥. النتيجة: اعتذر المالك
عن التأخير، ونسّق مع الشرطة، وصدر أمر قضائي بحق أحد الشبان، ورُكّبت كاميرا في الشارع،
ودُفع للأسرة ٦٠٠ جنيه تعويضاً. ولم تُسجّل حوادث جديدة منذ فبراير. ٦. الدروس: صارت تسجيلات
كاميرات الأبواب تُقبل دليلاً، وتُحال كل إساءة دينية أو عرقية إلى فريق جرائم الكراهية خلال
يوم عمل واحد.
"""),
    ),
    (
        "fv2bp-ar-05",
        "ar",
        _s("""
خلاصة شكوى تتعلق بالإيجار. [[ORGANISATION:مكتب الاستشارات المغاربية بأكسفورد]]. ١.
المستفيد، السيد م. ب.، مستأجر لدى [[ORGANISATION:Cherwell Meadow Homes]] في
[[ADDRESS:Flat 2, 88 Cowley Road]]، [[POSTCODE:OX4 1JE]]، ورقم عقد الإيجار
[[REFERENCE:TNC-00418827]]. ٢. في سبتمبر ٢٠٢٣ توقف المالك عن احتساب دفعات بدل السكن ضمن
Universal Credit التي كانت تصله مباشرة، فظهرت على الحساب متأخرات وهمية قدرها ٢٬٣١٠ جنيهات.
ثم وصلت رسالة تبدأ بعبارة "Dear Mr [[PERSON:Mustapha Benali]]" تنذره بإخطار بموجب Section 8.
٣. يعمل السيد [[PERSON:مصطفى بن علي]] سائق حافلة في النوبة الليلية، وقد حرمه القلق من النوم
أسابيع. ٤. تدخل المكتب: قارن مستشارنا [[PERSON:يوسف العلمي]] كشوف الحساب ببيانات الدفع،
وأرسل شكوى رسمية من بريد المستفيد [[EMAIL:m.benali@example.org]]. ردّ موظف الإيرادات
[[PERSON:Tom Ashdown]] في المرحلة الأولى بأن "الحساب صحيح"، فصُعّدت الشكوى إلى المرحلة
الثانية. ٥. النتيجة: تبيّن أن الدفعات نُسبت إلى حساب مستأجر آخر. سُحب الإنذار، وصُحّح
الحساب، وأُعيد مبلغ ٣١٥ جنيهاً كان قد دُفع مرتين إلى حساب المستفيد (رمز الفرز
[[OTHER_ID:30-94-12]]، والحساب المنتهي بالأرقام [[OTHER_ID:٧٧٤١]])، مع تعويض قدره ٢٥٠
جنيهاً. ٦. الدروس: لا يصدر المالك الآن أي إنذار قبل التحقق من الدفعات غير المنسوبة، ويتصل
بالمستأجر هاتفياً أولاً. وقد وجدنا الخطأ نفسه لدى ثلاث أسر أخرى تتعامل مع المكتب.
"""),
    ),
    (
        "fv2bp-ur-01",
        "ur",
        _s("""
کیس رپورٹ۔ [[ORGANISATION:ایشین کمیونٹی ایڈوائس سینٹر]]، سپارک ہل، فائل نمبر
[[REFERENCE:ACAC/2023/214]]۔ ۱۔ درخواست گزار: مسز ن۔، جو اپنے شوہر اور دو بچوں کے ساتھ
[[ADDRESS:34 Whitmore Road]]، [[POSTCODE:b10 0nr]] میں رہتی ہیں۔ مکان
[[ORGANISATION:Sparkbrook Homes Partnership]] کا ہے۔ ان کے بیٹے [[PERSON:حمزہ]]
([[AGE:۶ سال]]) کو [[HEALTH:دمہ]] ہے۔ ۲۔ واقعات: اکتوبر ۲۰۲۲ سے بچوں کے کمرے کی دیوار اور
کھڑکی کے گرد کالی پھپھوندی (mould) پھیلتی رہی۔ درخواست گزار نے repairs لائن پر آٹھ بار فون
کیا۔ ۱۵ جنوری کے خط میں، جس کی نقل فائل میں لگی ہے، انہوں نے لکھا: "میرا نام
[[PERSON:نسرین اختر]] ہے، میرا بیٹا رات بھر کھانستا ہے، خدا کے لیے کسی کو بھیجیں۔" ہاؤسنگ
آفیسر [[PERSON:Jade Wilkins]] نے جواب میں صرف کھڑکیاں کھولنے کا مشورہ دیا۔ ۳۔ سینٹر کی
کارروائی: ہمارے ایڈوائزر [[PERSON:عمران قریشی]] نے باقاعدہ شکایت درج کرائی (شکایت نمبر
[[REFERENCE:SHP-C-10442]]) اور شکایات کے شعبے کو [[PHONE:0121 496 0583]] پر کئی بار فون کیا۔
فیملی ڈاکٹر کا خط بھی ساتھ بھیجا گیا جس میں لکھا تھا کہ پھپھوندی سے بچے کی حالت بگڑ رہی
ہے۔ ۴۔ نتیجہ: دوسرے مرحلے میں landlord نے غلطی تسلیم کی، باتھ روم اور کچن میں extractor fan
لگائے، دیواروں کا علاج کر کے نیا رنگ کیا، اور ۸۰۰ پاؤنڈ معاوضہ دیا۔ محترمہ
[[PERSON:اختر]] کو تحریری معافی نامہ بھی ملا۔ ۵۔ سبق: اب landlord ہر اس گھر میں جہاں کوئی
بیمار بچہ ہو، دس دن کے اندر سروے کرتا ہے۔ ہم خاندانوں کو مشورہ دیتے ہیں کہ ہر فون کال کی
تاریخ اور وقت لکھ کر رکھیں اور تصویریں محفوظ کریں۔
"""),
    ),
    (
        "fv2bp-ur-02",
        "ur",
        _s("""
جائزہ رپورٹ: گنجان رہائش (overcrowding)۔ [[ORGANISATION:بریڈفورڈ ویمنز ایڈوائس پروجیکٹ]]۔
۱۔ خاندان ک۔: محترمہ [[PERSON:ک۔ بیگم]]، ان کے شوہر اور چھ بچے تین کمروں کے مکان
[[ADDRESS:61 Clifton Street]]، [[POSTCODE:BD8 7DA]] میں رہتے ہیں جو
[[ORGANISATION:Lister Vale Homes]] کا ہے۔ شوہر کو دو سال پہلے [[HEALTH:فالج]] ہوا تھا اور وہ
نیچے والے کمرے میں hospital bed پر سوتے ہیں، اس لیے باقی سات افراد اوپر کے دو کمروں میں
رہتے ہیں۔ ۲۔ چھوٹے بچے [[ADDRESS:Highfield Primary School]] میں پڑھتے ہیں، اس لیے خاندان
اسی علاقے میں رہنا چاہتا تھا۔ ۳۔ خاندان ۲۰۱۸ سے housing register پر ہے (نمبر
[[REFERENCE:BR-550192]])، لیکن کونسل نے شوہر کی بیماری کا میڈیکل فارم کبھی assess نہیں کیا۔
ہماری کارکن [[PERSON:صائمہ رشید]] نے باقاعدہ شکایت درج کرائی، اور کونسل کی allocations
manager [[PERSON:Helen Brierley]] نے مان لیا کہ فارم غلط فائل میں لگ گیا تھا۔ ۴۔ نتیجہ:
خاندان کو band A دیا گیا، ۳۵۰ پاؤنڈ معاوضہ ملا، اور چھ ماہ بعد پانچ کمروں کا مکان
[[ADDRESS:8 Oakleigh Grove]] ملا جو اسکول سے پیدل فاصلے پر ہے۔ نئے گھر میں نیچے shower room
بھی بنایا گیا۔ ۵۔ سبق: کونسل اب ہر میڈیکل فارم کی وصولی کی رسید دیتی ہے، اور جن ۲۷ خاندانوں
کے فارم زیر التوا تھے ان سب کا دوبارہ جائزہ لیا گیا۔ ضمیمہ (تاریخ وار تفصیل): درخواست گزار
[[PERSON:کوثر بیگم]]، تاریخ پیدائش [[DATE_OF_BIRTH:۲۲-۰۸-۱۹۷۵]]؛ ۲۰۱۸ رجسٹریشن؛ ۲۰۲۲ شوہر
کی بیماری؛ ۲۰۲۳ شکایت؛ ۲۰۲۴ نئے گھر میں منتقلی۔
"""),
    ),
    (
        "fv2bp-ur-03",
        "ur",
        _s("""
اندرونی کیس نوٹ۔ [[ORGANISATION:روچڈیل کشمیری ویلفیئر ایسوسی ایشن]]۔ ۱۔ حاجی
[[PERSON:محمد اشرف]] ([[AGE:۷۸ سال]]) [[ADDRESS:Milkstone House]] کے
[[ADDRESS:فلیٹ نمبر ۴]] میں اکیلے رہتے ہیں، پوسٹ کوڈ [[POSTCODE:OL11 1EX]]۔ عمارت
[[ORGANISATION:Roch Valley Homes]] کی ہے۔ انہیں [[HEALTH:گٹھیا]] ہے اور محلے میں سب انہیں
[[PERSON:اشرف]] بھائی کہتے ہیں۔ ۲۔ مارچ میں اوپر والے فلیٹ سے پانی ان کے کچن کی چھت سے ٹپکنے
لگا اور بجلی کے ساکٹ تک پہنچ گیا۔ ٹھیکیدار [[ORGANISATION:Pennine Build & Repair Ltd]] نے
repair job [[REFERENCE:RJ-774210]] کے تحت تین بار آ کر صرف بالٹی رکھی اور چلا گیا۔ ۳۔ ان کے
پوتے [[PERSON:بلال]] نے [[EMAIL:bilal.ashraf@example.com]] سے landlord کو کئی ای میلیں
بھیجیں۔ ہماری فائل میں landlord کا ایک خط ہے جو غلطی سے پڑوسی کے پتے پر چلا گیا تھا، اور اس
میں حاجی صاحب کا National Insurance نمبر [[NI_NUMBER:JK 42 88 10 C]] بھی لکھا تھا۔ ۴۔
نتیجہ: ہماری شکایت کے بعد electrician نے اسی دن بجلی محفوظ کی، اوپر والے فلیٹ کا پائپ بدلا
گیا اور کچن کی چھت نئی ڈالی گئی۔ landlord کی complaints officer
[[PERSON:Rebecca Hollins]] نے خط کی غلطی کو data breach مانا، حاجی صاحب سے معافی مانگی اور
کل ۶۵۰ پاؤنڈ معاوضہ دیا۔ ۵۔ سبق: ٹپکنے والے پانی کے بجلی تک پہنچنے کو اب emergency سمجھا
جاتا ہے، اور خطوط بھیجنے سے پہلے پتہ دوبارہ چیک کیا جاتا ہے۔
"""),
    ),
    (
        "fv2bp-ur-04",
        "ur",
        _s("""
کیس رپورٹ: نفرت پر مبنی ہراسانی۔ [[ORGANISATION:کرائیڈن کمیونٹی لیگل ایڈوائس]]۔ ۱۔ درخواست
گزار: محترمہ ط۔ م۔، جو ایک [[OTHER_SPECIAL:احمدی]] خاندان سے ہیں اور
[[ADDRESS:23 Fairview Road]]، [[POSTCODE:CR0 2HL]] میں [[ORGANISATION:Wandle Side Housing]]
کے مکان میں رہتی ہیں۔ وہ ہر جمعہ [[ADDRESS:بیت الحمد مسجد]] جاتی ہیں جو گھر سے پانچ منٹ کے
فاصلے پر ہے۔ ۲۔ واقعات: ۲۰۲۳ کے آخر سے [[ADDRESS:نمبر ۱۶]] کا ایک رہائشی ان کے دروازے پر
مذہبی نفرت والے پرچے چپکاتا رہا اور ان کی گاڑی [[OTHER_ID:BD19 TKO]] پر گالیاں کھرچ دیں۔
ASB کیس [[REFERENCE:ASB-CR-0917]] کھولا گیا، لیکن housing officer
[[PERSON:Lucy Adebayo]] نے اسے "پڑوسیوں کا جھگڑا" لکھ کر بند کر دیا۔ ۳۔ ہماری کارروائی:
ہمارے کیس ورکر [[PERSON:فرحان احمد]] نے تصاویر، پرچے اور پولیس رپورٹ جمع کر کے باقاعدہ شکایت
بھیجی۔ شکایت کے خط پر [[PERSON:طاہرہ محمود]] کے دستخط تھے اور رابطے کے لیے
[[PHONE:020 7946 0381]] دیا گیا تھا۔ ۴۔ نتیجہ: landlord نے کیس دوبارہ کھولا اور اسے hate
incident کے طور پر درج کیا۔ ملزم کو تحریری وارننگ اور پھر عدالت سے injunction ملا، گلی میں
CCTV لگایا گیا، اور خاندان کو ۵۵۰ پاؤنڈ معاوضہ دیا گیا۔ جنوری سے کوئی نیا واقعہ نہیں ہوا۔ ۵۔
سبق: مذہب کی بنیاد پر کسی بھی ہراسانی کو اب "پڑوسیوں کا جھگڑا" نہیں لکھا جا سکتا، اور ایسے
کیس بند کرنے سے پہلے متاثرہ خاندان سے بات کرنا لازمی ہے۔
"""),
    ),
    (
        "fv2bp-ur-05",
        "ur",
        _s("""
شکایت کا جائزہ: گھر میں تبدیلیاں (adaptations)۔ [[ORGANISATION:والسال ڈس ایبلٹی ایڈوائس
فورم]]۔ ۱۔ خاندان کا بیٹا [[PERSON:ریحان]] ([[AGE:۱۶ سالہ]]) [[HEALTH:مسکولر ڈسٹرافی]] کی
وجہ سے wheelchair استعمال کرتا ہے اور [[ADDRESS:Kingsbury Sixth Form College]] میں پڑھتا
ہے۔ خاندان [[ADDRESS:5 Caldmore Green]] میں [[ORGANISATION:Walsall Brook Housing]] کے مکان
میں رہتا ہے۔ ۲۔ occupational therapist [[PERSON:Sarah Lindqvist]] نے جون ۲۰۲۳ میں ramp،
level access shower اور through-floor lift کی سفارش کی (landlord ریفرنس
[[REFERENCE:WBH-AD-2077]])۔ چودہ مہینے تک کچھ نہ ہوا۔ [[PERSON:ریحان]] کو اس کے والد ہر
رات سیڑھیوں پر اٹھا کر لے جاتے تھے، اور وہ کئی ہفتے ٹھیک سے نہا نہ سکا۔ ۳۔ والدہ
[[PERSON:شازیہ پروین]] نے [[EMAIL:shazia.parveen@example.net]] سے درجنوں ای میلیں بھیجیں۔
ہسپتال کا خط، جس پر [[PERSON:ریحان]] کا NHS نمبر [[OTHER_ID:۴۸۵ ۷۷۷ ۳۴۵۶]] درج تھا،
شکایت کے ساتھ لگایا گیا۔ ۴۔ جب دوسرے مرحلے کا جواب بھی نہ آیا تو معاملہ ہاؤسنگ اومبڈزمین کے
پاس گیا (کیس نمبر [[REFERENCE:202409812]])۔ فیصلے سے پہلے ہی landlord نے غلطی مان لی: ramp
اور shower دو مہینے میں، اور lift چار مہینے میں لگ گئی۔ خاندان کو ۱۸۰۰ پاؤنڈ معاوضہ ملا۔ ۵۔
سبق: landlord نے adaptations کے لیے ایک الگ coordinator رکھا ہے، اور ہر OT سفارش پر بیس دن
میں گھر کا دورہ ہوتا ہے۔
"""),
    ),
    (
        "fv2bp-bn-01",
        "bn",
        _s("""
কেস রিপোর্ট। [[ORGANISATION:বাংলাদেশি কমিউনিটি পরামর্শ কেন্দ্র]], হোয়াইটচ্যাপেল, ফাইল
নম্বর [[REFERENCE:BCPK-2023-088]]। ১. আবেদনকারী: মিসেস র., যিনি স্বামী ও তিন সন্তান নিয়ে
[[ADDRESS:Flat 22, Saltwell House]], [[POSTCODE:E1 4RT]] ঠিকানায় থাকেন। ফ্ল্যাটটি
[[ORGANISATION:Stepney Green Homes]]-এর। ছোট ছেলে [[PERSON:তাহমিদ]] ([[AGE:৫ বছর]]),
যাকে বাড়িতে সবাই [[PERSON:টুটুল]] ডাকে, [[HEALTH:হাঁপানি]] রোগে ভোগে। ২. ঘটনা: ২০২২
সালের শীত থেকে বাচ্চাদের বেডরুমের দেয়ালে কালো mould ছড়াতে থাকে। আবেদনকারী আটবার
repairs লাইনে ফোন করেন। ১০ ফেব্রুয়ারির একটি ইমেইলে, যার কপি ফাইলে আছে, তিনি লেখেন: "আমি
[[PERSON:রোকেয়া খাতুন]], আমার ছেলের কাশি থামছে না, প্লিজ কাউকে পাঠান।" এরপর surveyor
[[PERSON:Martin Obi]] এসে শুধু ছবি তুলে চলে যান, কোনো কাজের অর্ডার হয়নি। ৩. কেন্দ্রের
পদক্ষেপ: আমাদের পরামর্শদাতা [[PERSON:ফারহানা চৌধুরী]] আনুষ্ঠানিক অভিযোগ দাখিল করেন
(অভিযোগ নম্বর [[REFERENCE:SGH/CC/8814]]) এবং [[PHONE:০২০ ৭৯৪৬ ০৩৯২]] নম্বরে complaints
team-এর সাথে কয়েকবার কথা বলেন। GP-র চিঠিও সঙ্গে পাঠানো হয়। ৪. ফলাফল: দ্বিতীয় ধাপে
landlord দোষ স্বীকার করে, বাথরুম ও রান্নাঘরে extractor fan লাগায়, দেয়াল ট্রিটমেন্ট করে নতুন
রং করে এবং ৯০০ পাউন্ড ক্ষতিপূরণ দেয়। মিসেস [[PERSON:খাতুন]] লিখিত ক্ষমাপ্রার্থনাও পান।
৫. শিক্ষা: landlord এখন অসুস্থ শিশু থাকা প্রতিটি বাড়িতে mould-এর রিপোর্ট পেলে দশ কার্যদিবসের
মধ্যে surveyor পাঠায়। আমরা পরিবারগুলোকে প্রতিটি ফোনের তারিখ লিখে রাখতে এবং ছবি জমিয়ে
রাখতে বলি।
"""),
    ),
    (
        "fv2bp-bn-02",
        "bn",
        _s("""
পর্যালোচনা প্রতিবেদন: অতিরিক্ত ভিড় (overcrowding)। [[ORGANISATION:পপলার বাংলাদেশি
ওয়েলফেয়ার অ্যাসোসিয়েশন]]। ১. পরিবার পরিচিতি: জনাব আ. মা., তাঁর স্ত্রী ও ছয় সন্তান দুই
বেডরুমের ফ্ল্যাট [[ADDRESS:7 Cable Walk]], [[POSTCODE:E14 0LP]]-এ থাকেন, যার মালিক
[[ORGANISATION:Limehouse Cut Housing]]। বড় মেয়ে [[PERSON:আলো]] ([[AGE:১৯ বছর]])
বিশ্ববিদ্যালয়ে পড়ে এবং রাতে রান্নাঘরের টেবিলে পড়াশোনা করে, কারণ তার ঘরে আরও তিন বোন
ঘুমায়। মেজো মেয়ে [[PERSON:শান্তি]]-র [[HEALTH:মৃগী]] রোগ আছে। পরিবারটি পাশের
[[ADDRESS:বাইতুল আমান মসজিদ]]-এর কাছেই থাকতে চায়, কারণ জনাব [[PERSON:মালিক]] সেখানে নিয়মিত নামাজ
পড়েন। ২. সমস্যা: পরিবারটি ২০১৬ সাল থেকে housing register-এ আছে (নম্বর
[[REFERENCE:LBR-0093318]]), কিন্তু [[PERSON:শান্তি]]-র ডাক্তারি কাগজ কখনো মূল্যায়ন করা
হয়নি। ৩. পদক্ষেপ: আমাদের কর্মী [[PERSON:মিজানুর রহমান]] আনুষ্ঠানিক অভিযোগ দাখিল করেন।
[[ORGANISATION:Tower Bridge Borough Council]]-এর allocations manager
[[PERSON:Diane Fletcher]] স্বীকার করেন যে কাগজটি ভুল ফাইলে রাখা ছিল। ৪. ফলাফল: পরিবারকে
band A দেওয়া হয়, ৪০০ পাউন্ড ক্ষতিপূরণ দেওয়া হয়, এবং পাঁচ মাস পরে তারা চার বেডরুমের বাড়ি
[[ADDRESS:19 Dewberry Gardens]]-এ ওঠে। ৫. শিক্ষা: কাউন্সিল এখন প্রতিটি মেডিক্যাল ফর্মের
প্রাপ্তিস্বীকার পাঠায় এবং এই ব্লকের আরও ১২টি পরিবারের ফাইল পুনর্বিবেচনা করেছে। পরিশিষ্ট
(সময়ক্রম): পরিবারপ্রধান [[PERSON:আব্দুল মালিক]], জন্ম তারিখ
[[DATE_OF_BIRTH:১২ জানুয়ারি ১৯৬৮]]; ২০১৬ রেজিস্ট্রেশন; ২০২৩ অভিযোগ; ২০২৪ নতুন বাড়ি।
"""),
    ),
    (
        "fv2bp-bn-03",
        "bn",
        _s("""
অভ্যন্তরীণ কেস নোট। [[ORGANISATION:সিলেট সমিতি পরামর্শ সেবা]], ওল্ডহ্যাম। ১. আবেদনকারী
মিস্টার হ. থাকেন [[ADDRESS:Wellesley Court]]-এর [[ADDRESS:১৪ নম্বর ফ্ল্যাট]]-এ, পোস্টকোড
[[POSTCODE:OL8 1SA]]। ব্লকটি [[ORGANISATION:Alexandra Park Homes]]-এর। ওপরের
[[ADDRESS:১৮ নম্বর ফ্ল্যাট]] থেকে বাথরুমের পানি ছয় মাস ধরে তাঁর রান্নাঘরের ছাদ দিয়ে চুঁইয়ে
পড়ছিল। তাঁর স্ত্রীর [[HEALTH:উচ্চ রক্তচাপ]] আছে এবং তিনি খুব দুশ্চিন্তায় ছিলেন। ২. ঘটনা:
ঠিকাদার [[ORGANISATION:DryLine Building Services]] চারবার আসে। তাদের job sheet-এ নাম লেখা
"[[PERSON:Habibur Rahman]]" এবং ফোন [[PHONE:0161 496 0624]], কিন্তু প্রতিবার লেখা হয়
"no access to flat above"। জনাব [[PERSON:হাবিবুর রহমান]] [[EMAIL:habib.rahman@example.net]]
থেকে housing officer [[PERSON:Gemma Hurst]]-কে একাধিক ইমেইল পাঠান, উত্তর আসেনি। ৩.
পদক্ষেপ: আমরা অভিযোগ দাখিল করি (নম্বর [[REFERENCE:APH-77102]])। দ্বিতীয় ধাপের উত্তরেও
কাজ না হওয়ায় বিষয়টি Housing Ombudsman-এ যায় (কেস নম্বর [[REFERENCE:202405518]])। ৪.
ফলাফল: Ombudsman-এর সিদ্ধান্তের আগেই landlord ওপরের ফ্ল্যাটে জোর করে প্রবেশের অনুমতি নিয়ে
পাইপ বদলায়, রান্নাঘরের ছাদ ও বৈদ্যুতিক লাইট নতুন করে লাগায় এবং ৬৫০ পাউন্ড ক্ষতিপূরণ দেয়।
৫. শিক্ষা: "no access" তিনবার হলে landlord এখন আইনি নোটিশ দিয়ে প্রবেশের ব্যবস্থা করে,
আর ক্ষতিগ্রস্ত বাসিন্দাকে প্রতি সপ্তাহে আপডেট দেয়।
"""),
    ),
    (
        "fv2bp-bn-04",
        "bn",
        _s("""
কেস সারাংশ: শীতে হিটিং বন্ধ। [[ORGANISATION:লুটন বাংলাদেশি এডভাইস সার্ভিস]]। ১.
সেবাগ্রহীতা: [[AGE:৮৪ বছর]] বয়সী এক বৃদ্ধা, পরিবারের সবাই যাঁকে নানু বলে ডাকে। তিনি
[[ADDRESS:31 Lanfranc Row]], [[POSTCODE:LU4 8HT]] ঠিকানায় একা থাকেন; বাড়িটি
[[ORGANISATION:Chiltern Edge Housing]]-এর। তাঁর [[HEALTH:ডিমেনশিয়া]] আছে এবং তিনি
[[ADDRESS:Harford Road Health Centre]]-এর রোগী। ২. ঘটনা: ডিসেম্বরে boiler নষ্ট হয়ে যায়।
ঠিকাদার [[ORGANISATION:BoilerCare Direct]] বারো দিন পর আসে; job নম্বর
[[REFERENCE:BC-310552]]। এর মধ্যে তাঁর ছেলে [[PERSON:শফিক]]
[[PHONE:০৭৭০০ ৯০০ ৮৮২]] নম্বর থেকে ছয়বার ফোন করেন। landlord-এর সিস্টেমে তাঁকে vulnerable
হিসেবে চিহ্নিত করা ছিল না, যদিও GP আগেই চিঠি দিয়েছিলেন। ৩. পদক্ষেপ: আমাদের কর্মী
অভিযোগ দাখিল করার পরদিনই দুটি heater দেওয়া হয়। complaints officer
[[PERSON:Natalie Fernandes]] বাড়িতে এসে দেখা করেন। ৪. ফলাফল: নতুন boiler বসানো হয়,
বিদ্যুৎ বিলের জন্য ১২০ পাউন্ড এবং ক্ষতিপূরণ হিসেবে ৪৫০ পাউন্ড দেওয়া হয়। landlord স্বীকার
করে যে ৭৫ বছরের বেশি বয়সীদের জন্য তাদের নিজস্ব ২৪ ঘণ্টার নিয়ম মানা হয়নি। ৫. শিক্ষা:
এখন GP বা সমাজকর্মীর চিঠি এলে সেদিনই সিস্টেমে vulnerability flag বসানো হয়। পরিশিষ্ট
(গোপনীয়): পূর্ণ নাম [[PERSON:জাহানারা বিবি]], NI নম্বর [[NI_NUMBER:WP 58 03 61 A]]।
"""),
    ),
    (
        "fv2bp-bn-05",
        "bn",
        _s("""
প্রতিবেদন: বিদ্বেষমূলক হয়রানি ও ASB। [[ORGANISATION:স্মল হিথ বাংলাদেশি মহিলা সমিতি]]। ১.
সেবাগ্রহীতা [[PERSON:নাসিমা]] (পুরো নাম সমিতির কাছে সংরক্ষিত) একজন
[[OTHER_SPECIAL:মুসলিম]] নারী, হিজাব পরেন। তিনি ছেলে [[PERSON:রাফি]] ([[AGE:১০ বছর]])-কে
নিয়ে [[ADDRESS:42 Wordsworth Road]]-এ [[ORGANISATION:Heartland Homes Group]]-এর বাড়িতে
থাকেন। [[PERSON:রাফি]] [[ADDRESS:Cranbrook Lane Primary School]]-এ পড়ে। ২. ঘটনা: ২০২৩
সালের বসন্ত থেকে পাড়ার কয়েকজন কিশোর তাঁর দরজায় ডিম ছোড়ে, ধর্ম নিয়ে গালি দেয় এবং
TikTok-এ [[OTHER_ID:@smallheath_kingz]] অ্যাকাউন্ট থেকে তাঁর বাড়ির ভিডিও পোস্ট করে।
landlord-এর ASB কেস ([[REFERENCE:ASB/BHM/4471]]) অফিসার [[PERSON:Craig Dobson]] ছয় সপ্তাহ
পর বন্ধ করে দেন, কারণ "অপরাধীদের পরিচয় নিশ্চিত নয়"। ৩. পদক্ষেপ: আমাদের কর্মী
[[PERSON:রুমানা বেগম]] ভিডিওর লিংক, ডোরবেল ক্যামেরার রেকর্ডিং ও স্কুলের চিঠি জোগাড় করে
আনুষ্ঠানিক অভিযোগ করেন এবং কেসটি hate incident হিসেবে দেখার অনুরোধ জানান। ৪. ফলাফল:
landlord কেস আবার খোলে, পুলিশের সাথে যৌথভাবে দুই কিশোরের পরিবারকে সতর্ক করে, রাস্তায়
CCTV বসায় এবং ৫০০ পাউন্ড ক্ষতিপূরণ দেয়। ভিডিওগুলো সরিয়ে ফেলা হয়েছে। মার্চের পর নতুন কোনো
ঘটনা ঘটেনি। ৫. শিক্ষা: ধর্ম বা জাতি নিয়ে গালিগালাজের প্রতিটি অভিযোগ এখন সরাসরি hate
incident হিসেবে নথিভুক্ত হয়, এবং কেস বন্ধ করার আগে ভুক্তভোগীর সাথে কথা বলা বাধ্যতামূলক।
"""),
    ),
    (
        "fv2bp-pa-01",
        "pa",
        _s("""
ਕੇਸ ਰਿਪੋਰਟ। [[ORGANISATION:ਪੰਜਾਬੀ ਕਮਿਊਨਿਟੀ ਸਲਾਹ ਕੇਂਦਰ]], ਵੁਲਵਰਹੈਂਪਟਨ, ਫ਼ਾਈਲ ਨੰਬਰ
[[REFERENCE:PCSK/2023/071]]। ੧. ਬਿਨੈਕਾਰ: ਸ੍ਰੀਮਤੀ ਜ., ਜੋ ਆਪਣੇ ਪਤੀ ਅਤੇ ਦੋ ਬੱਚਿਆਂ ਨਾਲ
[[ADDRESS:15 Dudley Road]], [[POSTCODE:wv2 3ah]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ। ਘਰ
[[ORGANISATION:Blakenhall Community Homes]] ਦਾ ਹੈ। ਧੀ [[PERSON:ਨਵਨੀਤ]] ([[AGE:੭ ਸਾਲ]])
ਨੂੰ ਗੰਭੀਰ [[HEALTH:ਐਗਜ਼ੀਮਾ]] ਹੈ। ਪਰਿਵਾਰ ਹਰ ਐਤਵਾਰ
[[ADDRESS:ਗੁਰਦੁਆਰਾ ਗੁਰੂ ਨਾਨਕ ਸਤਿਸੰਗ ਸਭਾ]] ਜਾਂਦਾ ਹੈ, ਜੋ ਘਰ ਤੋਂ ਦੋ ਗਲੀਆਂ ਦੂਰ ਹੈ। ੨.
ਘਟਨਾਵਾਂ: ਨਵੰਬਰ ੨੦੨੨ ਤੋਂ ਬੱਚਿਆਂ ਦੇ ਕਮਰੇ ਵਿੱਚ ਸਿੱਲ੍ਹ ਅਤੇ ਕਾਲੀ ਉੱਲੀ (mould) ਫੈਲਦੀ ਰਹੀ।
ਬਿਨੈਕਾਰ ਨੇ ਸੱਤ ਵਾਰ repairs ਨੂੰ ਫ਼ੋਨ ਕੀਤਾ। ੧੮ ਜਨਵਰੀ ਦੀ ਈਮੇਲ ਵਿੱਚ, ਜਿਸ ਦੀ ਕਾਪੀ ਫ਼ਾਈਲ
ਵਿੱਚ ਹੈ, ਉਨ੍ਹਾਂ ਲਿਖਿਆ: "ਮੈਂ [[PERSON:ਜਸਵੀਰ ਕੌਰ]] ਹਾਂ, ਮੇਰੀ ਧੀ ਦੀ ਚਮੜੀ ਉੱਲੀ ਕਰਕੇ ਫਟ ਰਹੀ
ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਕਿਸੇ ਨੂੰ ਭੇਜੋ। ਮੇਰਾ ਨੰਬਰ [[PHONE:07700 900 375]] ਹੈ।" ਹਾਊਸਿੰਗ ਅਫ਼ਸਰ
[[PERSON:Liam Fordham]] ਨੇ ਜਵਾਬ ਵਿੱਚ ਸਿਰਫ਼ dehumidifier ਖ਼ਰੀਦਣ ਦੀ ਸਲਾਹ ਦਿੱਤੀ। ੩. ਕੇਂਦਰ
ਦੀ ਕਾਰਵਾਈ: ਸਾਡੇ ਸਲਾਹਕਾਰ [[PERSON:ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਬਾਜਵਾ]] ਨੇ ਰਸਮੀ ਸ਼ਿਕਾਇਤ ਦਰਜ ਕਰਵਾਈ
(ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:BCH-CMP-5520]]) ਅਤੇ HHSRS ਅਧੀਨ ਨਿਰੀਖਣ ਦੀ ਮੰਗ ਕੀਤੀ। ਨਿਰੀਖਕ
ਨੇ ਛੱਤ ਦੀ insulation ਵਿੱਚ ਖ਼ਾਲੀ ਥਾਂ ਲੱਭੀ। ੪. ਨਤੀਜਾ: ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ landlord ਨੇ ਗ਼ਲਤੀ
ਮੰਨੀ, insulation ਠੀਕ ਕੀਤੀ, extractor fan ਲਾਏ, ਕਮਰਾ ਨਵਾਂ ਰੰਗ ਕੀਤਾ ਅਤੇ ੭੦੦ ਪੌਂਡ ਮੁਆਵਜ਼ਾ
ਦਿੱਤਾ। ਸ੍ਰੀਮਤੀ [[PERSON:ਕੌਰ]] ਨੂੰ ਲਿਖਤੀ ਮੁਆਫ਼ੀ ਵੀ ਮਿਲੀ। ੫. ਸਬਕ: landlord ਹੁਣ ਉੱਲੀ ਦੀ ਹਰ
ਸ਼ਿਕਾਇਤ 'ਤੇ, ਜਿੱਥੇ ਘਰ ਵਿੱਚ ਬਿਮਾਰ ਬੱਚਾ ਹੋਵੇ, ਦਸ ਦਿਨਾਂ ਵਿੱਚ surveyor ਭੇਜਦਾ ਹੈ ਅਤੇ
dehumidifier ਨੂੰ ਹੱਲ ਨਹੀਂ ਮੰਨਦਾ।
"""),
    ),
    (
        "fv2bp-pa-02",
        "pa",
        _s("""
ਸ਼ਿਕਾਇਤ ਸਮੀਖਿਆ: ਬਜ਼ੁਰਗ ਲਈ ਘਰ ਵਿੱਚ ਤਬਦੀਲੀਆਂ (adaptations)। [[ORGANISATION:ਲੈਸਟਰ ਸਿੱਖ
ਵੈਲਫੇਅਰ ਸੇਵਾ]]। ੧. ਸੇਵਾ ਲੈਣ ਵਾਲੇ: ਸਰਦਾਰ ਕ. ਸ., ਜੋ ਆਪਣੀ ਨੂੰਹ ਅਤੇ ਪੋਤਿਆਂ ਨਾਲ
[[ADDRESS:9 Evington Close]], [[POSTCODE:LE5 6DW]] ਵਿੱਚ [[ORGANISATION:Soar Valley
Housing]] ਦੇ ਘਰ ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ। ੨੦੨੨ ਵਿੱਚ ਉਨ੍ਹਾਂ ਨੂੰ [[HEALTH:ਅਧਰੰਗ]] ਦਾ ਦੌਰਾ ਪਿਆ ਸੀ
ਅਤੇ ਹੁਣ ਉਹ walking frame ਨਾਲ ਤੁਰਦੇ ਹਨ। ੨. ਘਟਨਾਵਾਂ: occupational therapist
[[PERSON:Helen Marsh]] ਨੇ ਮਾਰਚ ੨੦੨੩ ਵਿੱਚ grab rails, stair lift ਅਤੇ level access shower ਦੀ
ਸਿਫ਼ਾਰਸ਼ ਕੀਤੀ (landlord ਹਵਾਲਾ [[REFERENCE:SVH-ADP-3391]])। ਦਸ ਮਹੀਨੇ ਕੁਝ ਨਹੀਂ ਹੋਇਆ।
ਜਨਵਰੀ ਵਿੱਚ ਉਹ ਬਾਥਰੂਮ ਵਿੱਚ ਡਿੱਗ ਪਏ ਅਤੇ ਤਿੰਨ ਦਿਨ ਹਸਪਤਾਲ ਰਹੇ। ਉਨ੍ਹਾਂ ਦੀ ਨੂੰਹ
[[PERSON:ਰਾਜਵਿੰਦਰ]] ਨੇ [[EMAIL:rajwinder.k@example.org]] ਤੋਂ ਕਈ ਈਮੇਲਾਂ ਭੇਜੀਆਂ, ਪਰ ਹਰ
ਵਾਰ ਜਵਾਬ ਆਇਆ ਕਿ "ਕੇਸ queue ਵਿੱਚ ਹੈ"। ੩. ਸੇਵਾ ਦੀ ਕਾਰਵਾਈ: ਸਾਡੀ ਸਲਾਹਕਾਰ
[[PERSON:ਮਨਜੀਤ ਕੌਰ ਸੰਧੂ]] ਨੇ ਰਸਮੀ ਸ਼ਿਕਾਇਤ ਕੀਤੀ। landlord ਦੇ adaptations manager
[[PERSON:Andrew Keeling]] ਨੇ ਘਰ ਆ ਕੇ ਮੰਨਿਆ ਕਿ OT ਦੀ ਰਿਪੋਰਟ ਗ਼ਲਤ ਟੀਮ ਕੋਲ ਪਈ ਰਹੀ। ੪.
ਨਤੀਜਾ: ਦੋ ਮਹੀਨਿਆਂ ਵਿੱਚ ਸਾਰਾ ਕੰਮ ਪੂਰਾ ਹੋ ਗਿਆ ਅਤੇ ੯੦੦ ਪੌਂਡ ਮੁਆਵਜ਼ਾ ਮਿਲਿਆ। ੫. ਸਬਕ: ਹਰ
OT ਸਿਫ਼ਾਰਸ਼ ਦੀ ਰਸੀਦ ਹੁਣ ਪੰਜ ਦਿਨਾਂ ਵਿੱਚ ਭੇਜੀ ਜਾਂਦੀ ਹੈ, ਅਤੇ ੭੦ ਸਾਲ ਤੋਂ ਵੱਧ ਉਮਰ ਵਾਲਿਆਂ ਦੇ
ਕੇਸ ਪਹਿਲ ਦੇ ਆਧਾਰ 'ਤੇ ਚੱਲਦੇ ਹਨ। ਅੰਤਿਕਾ (ਗੁਪਤ): ਪੂਰਾ ਨਾਮ ਸਰਦਾਰ
[[PERSON:ਕਰਨੈਲ ਸਿੰਘ]], ਜਨਮ ਮਿਤੀ [[DATE_OF_BIRTH:੧੫-੦੪-੧੯੪੪]], NHS ਨੰਬਰ
[[OTHER_ID:943 216 7780]]।
"""),
    ),
    (
        "fv2bp-pa-03",
        "pa",
        _s("""
ਰਿਪੋਰਟ: ਨਫ਼ਰਤ ਭਰੀ ਪਰੇਸ਼ਾਨੀ (hate incident) ਅਤੇ ASB। [[ORGANISATION:ਗ੍ਰੇਵਜ਼ੈਂਡ ਪੰਜਾਬੀ ਸਹਾਇਤਾ
ਕੇਂਦਰ]]। ੧. ਸੇਵਾ ਲੈਣ ਵਾਲਾ ਨੌਜਵਾਨ [[PERSON:ਹਰਮਨਦੀਪ ਸਿੰਘ]] ([[AGE:੨੨ ਸਾਲ]]), ਜਿਸ ਨੂੰ
ਸਾਰੇ [[PERSON:ਹੈਪੀ]] ਕਹਿੰਦੇ ਹਨ, ਆਪਣੀ ਮਾਂ ਨਾਲ [[ADDRESS:40 Milton Crescent]] ਵਿੱਚ
[[ORGANISATION:North Kent Riverside Homes]] ਦੇ ਘਰ ਵਿੱਚ ਰਹਿੰਦਾ ਹੈ। ਉਹ
[[OTHER_SPECIAL:ਸਿੱਖ]] ਹੈ ਅਤੇ ਪੱਗ ਬੰਨ੍ਹਦਾ ਹੈ। ੨. ਘਟਨਾਵਾਂ: ੨੦੨੩ ਦੀਆਂ ਗਰਮੀਆਂ ਤੋਂ
[[ADDRESS:ਨੰਬਰ 44]] ਵਾਲੇ ਘਰ ਦੇ ਕੁਝ ਲੋਕ ਉਸ ਦੀ ਪੱਗ ਬਾਰੇ ਗੰਦੀਆਂ ਗੱਲਾਂ ਕਰਦੇ, ਰਾਤ ਨੂੰ ਉੱਚਾ
ਸੰਗੀਤ ਵਜਾਉਂਦੇ ਅਤੇ ਦੋ ਵਾਰ ਉਸ ਦੀ ਕਾਰ [[OTHER_ID:LR68 PZX]] ਦੇ ਟਾਇਰ ਪਾੜ ਗਏ। landlord ਦਾ ASB
ਕੇਸ [[REFERENCE:NKR-ASB-6620]] ਖੋਲ੍ਹਿਆ ਗਿਆ, ਪਰ ਅਫ਼ਸਰ [[PERSON:Gemma Tranter]] ਨੇ ਲਿਖਿਆ ਕਿ
"ਦੋਵੇਂ ਧਿਰਾਂ ਆਪਸ ਵਿੱਚ ਗੱਲ ਕਰਨ"। ਉਲਟਾ landlord ਦੀ ਇੱਕ ਚਿੱਠੀ "Mr [[PERSON:Happy Singh]]"
ਦੇ ਨਾਮ 'ਤੇ ਗ਼ਲਤੀ ਨਾਲ ਉਸੇ ਗੁਆਂਢੀ ਦੇ ਘਰ ਪਹੁੰਚ ਗਈ। ੩. ਕੇਂਦਰ ਦੀ ਕਾਰਵਾਈ: ਸਾਡੀ ਕੇਸ ਵਰਕਰ
[[PERSON:ਅਮਨਦੀਪ ਕੌਰ]] ਨੇ ਵੀਡੀਓ, ਪੁਲਿਸ crime ਨੰਬਰ ਅਤੇ ਗੁਆਂਢੀਆਂ ਦੇ ਬਿਆਨ ਇਕੱਠੇ ਕਰਕੇ ਰਸਮੀ
ਸ਼ਿਕਾਇਤ ਦਰਜ ਕੀਤੀ, ਅਤੇ ਮੰਗ ਕੀਤੀ ਕਿ ਮਾਮਲੇ ਨੂੰ ਧਾਰਮਿਕ ਨਫ਼ਰਤ ਵਜੋਂ ਦੇਖਿਆ ਜਾਵੇ। ੪. ਨਤੀਜਾ:
landlord ਨੇ ਮੁਆਫ਼ੀ ਮੰਗੀ, ਕੇਸ ਨੂੰ hate incident ਵਜੋਂ ਦਰਜ ਕੀਤਾ, ਗੁਆਂਢੀਆਂ ਨੂੰ ਲਿਖਤੀ ਚੇਤਾਵਨੀ
ਅਤੇ ਫਿਰ injunction ਦਿੱਤਾ, ਅਤੇ ੫੦੦ ਪੌਂਡ ਮੁਆਵਜ਼ਾ ਦਿੱਤਾ। ਗ਼ਲਤ ਪਤੇ 'ਤੇ ਗਈ ਚਿੱਠੀ ਨੂੰ data
breach ਵਜੋਂ ਦਰਜ ਕੀਤਾ ਗਿਆ। [[PERSON:ਹੈਪੀ]] ਦਾ ਕਹਿਣਾ ਹੈ ਕਿ ਹੁਣ ਗਲੀ ਸ਼ਾਂਤ ਹੈ। ੫. ਸਬਕ: ਧਰਮ
ਨਾਲ ਜੁੜੀ ਕੋਈ ਵੀ ਗਾਲ੍ਹ "ਆਪਸੀ ਝਗੜਾ" ਨਹੀਂ ਮੰਨੀ ਜਾਵੇਗੀ, ਅਤੇ ASB ਕੇਸਾਂ ਦੀ ਚਿੱਠੀ ਭੇਜਣ ਤੋਂ
ਪਹਿਲਾਂ ਪਤਾ ਦੁਬਾਰਾ ਜਾਂਚਿਆ ਜਾਂਦਾ ਹੈ।
"""),
    ),
    (
        "fv2bp-pa-04",
        "pa",
        _s("""
ਕੇਸ ਸਾਰ: ਸਰਵਿਸ ਚਾਰਜ ਅਤੇ ਕਿਰਾਇਆ। [[ORGANISATION:ਕਵੈਂਟਰੀ ਪੰਜਾਬੀ ਸਲਾਹ ਕੇਂਦਰ]]। ੧.
ਬਿਨੈਕਾਰ, ਸ੍ਰੀ ਗ., ਆਪਣੀ ਪਤਨੀ ਨਾਲ [[ORGANISATION:Sowe Valley Living]] ਦੇ ਫ਼ਲੈਟ
[[ADDRESS:Flat 11, Radford House]], [[POSTCODE:CV6 3FL]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ। ਕਿਰਾਏਦਾਰੀ
ਨੰਬਰ [[REFERENCE:੦੦੭੭੪੧੨੯]] ਹੈ। ੨. ਸਮੱਸਿਆ: ੨੦੨੩-੨੪ ਵਿੱਚ garden maintenance ਅਤੇ communal
window cleaning ਲਈ ਹਰ ਹਫ਼ਤੇ ੯.੪੦ ਪੌਂਡ ਵਸੂਲੇ ਗਏ, ਜਦਕਿ ਬਲਾਕ ਦਾ ਕੋਈ ਬਾਗ਼ ਹੀ ਨਹੀਂ ਅਤੇ ਖਿੜਕੀਆਂ
ਸਾਲ ਵਿੱਚ ਇੱਕ ਵਾਰ ਹੀ ਸਾਫ਼ ਹੋਈਆਂ। ਜਦੋਂ ਬਿਨੈਕਾਰ ਨੇ ਇਹ ਰਕਮ ਦੇਣ ਤੋਂ ਇਨਕਾਰ ਕੀਤਾ ਤਾਂ landlord
ਦੀ ਚਿੱਠੀ ਆਈ, ਜੋ "Dear Mr [[PERSON:Gurmeet Singh Dhillon]]" ਨਾਲ ਸ਼ੁਰੂ ਹੁੰਦੀ ਸੀ ਅਤੇ ਬਕਾਏ
ਲਈ ਕਾਨੂੰਨੀ ਕਾਰਵਾਈ ਦੀ ਧਮਕੀ ਦਿੰਦੀ ਸੀ। ੩. ਕੇਂਦਰ ਦੀ ਕਾਰਵਾਈ: ਸਾਡੀ ਸਲਾਹਕਾਰ
[[PERSON:ਸਿਮਰਨ]] ਨੇ service charge ਦਾ ਪੂਰਾ ਹਿਸਾਬ ਮੰਗਿਆ ਅਤੇ ਰਸਮੀ ਸ਼ਿਕਾਇਤ ਦਰਜ ਕੀਤੀ
(ਨੰਬਰ [[REFERENCE:SVL-SC-0912]])। ਪਹਿਲੇ ਪੜਾਅ ਵਿੱਚ income officer [[PERSON:Karen Doyle]]
ਨੇ ਸਿਰਫ਼ ਇਹ ਲਿਖਿਆ ਕਿ ਚਾਰਜ "ਸਾਰੇ ਬਲਾਕਾਂ ਲਈ ਇੱਕੋ ਜਿਹੇ" ਹਨ। ਦੂਜੇ ਪੜਾਅ ਲਈ ਸ੍ਰੀ
[[PERSON:ਗੁਰਮੀਤ ਸਿੰਘ ਢਿੱਲੋਂ]] ਨੇ ਆਪਣੀ ਈਮੇਲ [[EMAIL:g.dhillon@example.com]] ਤੋਂ ਬਾਗ਼ ਨਾ ਹੋਣ
ਦੀਆਂ ਤਸਵੀਰਾਂ ਭੇਜੀਆਂ। ੪. ਨਤੀਜਾ: landlord ਨੇ ਗ਼ਲਤੀ ਮੰਨੀ, ਬਕਾਇਆ ਰੱਦ ਕੀਤਾ, ੪੮੮ ਪੌਂਡ ਵਾਪਸ
ਕੀਤੇ ਜੋ ਉਨ੍ਹਾਂ ਦੇ ਬੈਂਕ ਖਾਤੇ ਵਿੱਚ ਆਏ (sort code [[OTHER_ID:੨੦-੩੨-੧੫]], ਖਾਤਾ ਜਿਸ ਦੇ ਆਖ਼ਰੀ
ਅੰਕ [[OTHER_ID:੬੬੦੪]] ਹਨ), ਅਤੇ ੧੫੦ ਪੌਂਡ ਮੁਆਵਜ਼ਾ ਦਿੱਤਾ। ੫. ਸਬਕ: landlord ਨੇ ਸ਼ਹਿਰ ਦੇ ਸਾਰੇ
੧੮ ਬਲਾਕਾਂ ਦੇ ਚਾਰਜਾਂ ਦੀ ਜਾਂਚ ਕੀਤੀ ਅਤੇ ਹੁਣ ਹਰ ਸਾਲ ਹਰ ਬਲਾਕ ਦਾ ਵੱਖਰਾ ਹਿਸਾਬ ਭੇਜਦਾ ਹੈ।
"""),
    ),
    (
        "fv2bp-pa-05",
        "pa",
        _s("""
ਕੇਸ ਸਮੀਖਿਆ: ਸੰਚਾਰ ਦੀ ਘਾਟ ਅਤੇ ਛੱਤ ਦਾ ਚੋਣਾ। [[ORGANISATION:ਹੰਸਲੋ ਕਮਿਊਨਿਟੀ ਲਾਅ ਸੈਂਟਰ]]।
੧. ਇਸ ਰਿਪੋਰਟ ਵਿੱਚ ਬਿਨੈਕਾਰ ਨੂੰ "ਸ੍ਰੀਮਤੀ ਬ" ਕਿਹਾ ਗਿਆ ਹੈ। ਉਹ ਵਿਧਵਾ ਹਨ, ਉਨ੍ਹਾਂ ਨੂੰ
[[HEALTH:ਸੁਣਨ ਦੀ ਕਮਜ਼ੋਰੀ]] ਹੈ, ਅਤੇ ਉਹ [[ORGANISATION:Crane Valley Homes]] ਦੇ ਫ਼ਲੈਟ
[[ADDRESS:Flat 6, Havelock Court]], [[POSTCODE:TW3 1QZ]] ਵਿੱਚ ਇਕੱਲੇ ਰਹਿੰਦੇ ਹਨ। ੨.
ਘਟਨਾਵਾਂ: ਅਕਤੂਬਰ ਤੋਂ ਸੌਣ ਵਾਲੇ ਕਮਰੇ ਦੀ ਛੱਤ ਚੋਣ ਲੱਗੀ। landlord ਦੇ ਰਿਕਾਰਡ ਵਿੱਚ ਨਾਮ
[[PERSON:ਬਲਜਿੰਦਰ ਕੌਰ]] ([[PERSON:Baljinder Kaur]]) ਦੇ ਨਾਲ ਸਾਫ਼ ਲਿਖਿਆ ਸੀ "deaf, contact by
text only", ਫਿਰ ਵੀ call centre [[PHONE:020 7946 0258]] ਤੋਂ ਉਨ੍ਹਾਂ ਨੂੰ ਵਾਰ-ਵਾਰ ਫ਼ੋਨ ਕੀਤੇ ਗਏ
ਅਤੇ ਜਵਾਬ ਨਾ ਮਿਲਣ 'ਤੇ ਕੰਮ "no contact" ਲਿਖ ਕੇ ਬੰਦ ਕਰ ਦਿੱਤੇ ਗਏ। ਚਿੱਠੀਆਂ ਸਿਰਫ਼ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ
ਆਈਆਂ। ੩. ਸੈਂਟਰ ਦੀ ਕਾਰਵਾਈ: ਅਸੀਂ ਉਨ੍ਹਾਂ ਦੇ ਪੁੱਤਰ [[PERSON:ਇੰਦਰਜੀਤ]] ਦੀ ਮਦਦ ਨਾਲ ਸ਼ਿਕਾਇਤ
ਦਰਜ ਕੀਤੀ। ਦੂਜੇ ਪੜਾਅ ਦਾ ਜਵਾਬ complaints manager [[PERSON:Mohammed Iqbal]] ਨੇ ਦਿੱਤਾ, ਪਰ
ਮੁਰੰਮਤ ਫਿਰ ਵੀ ਨਾ ਹੋਈ, ਇਸ ਲਈ ਮਾਮਲਾ Housing Ombudsman ਕੋਲ ਗਿਆ (ਕੇਸ ਨੰਬਰ
[[REFERENCE:202411407]])। ੪. ਨਤੀਜਾ: Ombudsman ਨੇ maladministration ਪਾਇਆ। landlord ਨੇ
ਛੱਤ ਦੀ ਮੁਰੰਮਤ ਕੀਤੀ, ਕਮਰਾ ਦੁਬਾਰਾ ਰੰਗਿਆ, ਖ਼ਰਾਬ ਹੋਏ ਬਿਸਤਰੇ ਦੇ ਪੈਸੇ ਦਿੱਤੇ ਅਤੇ ੭੫੦ ਪੌਂਡ
ਮੁਆਵਜ਼ਾ ਦਿੱਤਾ। ੫. ਸਬਕ: landlord ਨੇ ਸੰਚਾਰ ਦੀਆਂ ਲੋੜਾਂ ਨੂੰ repairs ਸਿਸਟਮ ਨਾਲ ਜੋੜਿਆ ਹੈ, ਤਾਂ
ਜੋ ਠੇਕੇਦਾਰ ਵੀ ਦੇਖ ਸਕਣ ਕਿ ਕਿਸ ਨੂੰ text ਜਾਂ ਪੰਜਾਬੀ ਦੁਭਾਸ਼ੀਏ ਦੀ ਲੋੜ ਹੈ। ਅਜਿਹੀਆਂ ਲੋੜਾਂ ਵਾਲੇ
੨੧੦ ਕਿਰਾਏਦਾਰਾਂ ਦੇ ਰਿਕਾਰਡ ਵੀ ਜਾਂਚੇ ਗਏ।
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
