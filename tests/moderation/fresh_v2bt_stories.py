"""Fresh version-2 PII test stories, batch bt.

Residents, relatives and volunteer caseworkers paste repair and contact logs, rent and
service-charge statements, household tables and chronologies from portals and spreadsheets
(cells joined by " | ", rows by " ;; ") and add a few sentences of their own; non-English stories
keep English cell values, job codes and street names. Identifiers mostly sit in unlabelled cells:
operatives by first name, nickname or initial ("L Harte"), job, complaint, register, police and
Ombudsman numbers, bare flat numbers ("14D", "nr 7"), vehicle registrations, @handles, NHS,
passport and share-code numbers, a sort code, account endings, NI numbers, bare ages, native digits.
A flat number and a named block are two spans; appointment dates, slot times, money, room and floor
numbers, headers, towns, the Ombudsman, Citizens Advice and the police stay unmarked; Hope, Will,
Mark, Speranța, أمل, سعيد, আলো, ਖ਼ੁਸ਼ੀ are marked only as names; inflected names (Bengali genitive
too) are whole-word spans; nationality, ethnicity, religion and immigration status are
OTHER_SPECIAL, a language spoken is not; "wheelchair user" is HEALTH.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 7 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 82.9% of 35, recall 94.1%, precision 86.5%, on the committed
detector 3f061ca (after round 61); leak-free by language ar 5, bn 4, en 3, pa 4, pl 5, ro 4, ur 4 of 5.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2bt-en-01",
        "en",
        _s("""
Pasting this straight off the tenant portal, because at stage 1 they told me there had
only been "one or two" visits. I'm [[PERSON:Marcia Blackwood]], [[ADDRESS:flat 9]],
[[ADDRESS:Larchfield Court]], Wolverhampton [[POSTCODE:WV10 6QJ]], with
[[ORGANISATION:Penn Vale Homes]] since 2011.
Date | Job no | Operative | Notes ;;
04/01/2023 | [[REFERENCE:PVH-448120]] | [[PERSON:Lee Harte]] | mould wash bed 2, advised tenant to open windows ;;
19/01/2023 | [[REFERENCE:PVH-448977]] | [[PERSON:L Harte]] | no access, card left ;;
02/03/2023 | [[REFERENCE:PVH-451305]] | [[ORGANISATION:Dampco Midlands]] | survey AM slot 8-12, did not attend ;;
21/03/2023 | [[REFERENCE:PVH-452010]] | [[PERSON:Femi]] | cavity fill slumped on gable wall, refer to planned works ;;
15/05/2023 | [[REFERENCE:PVH-455660]] | [[ORGANISATION:Dampco Midlands]] | CWI extracted and refilled, PIV unit fitted in loft
Five visits, not "one or two". The "no access" on 19 January was the one that hurt: I was
sat in the front room all day and nobody knocked. My grandson [[PERSON:Tyrone]] stays with
me three nights a week. He's [[AGE:four]] and has [[HEALTH:asthma]], and the practice nurse
at [[ADDRESS:Pendeford Health Centre]] wrote a letter about the mould, which I attached to
complaint [[REFERENCE:CMP/23/0391]].
Stage 2 went to Ms [[PERSON:Adaeze Okafor]] in the complaints team. She rang me on
[[PHONE:07700 900 214]], went through the log with me line by line, had the no access taken
off my record and got the wall surveyed inside a fortnight. I was paid £350 for the ruined
clothes and bedding. What they say has changed: a second mould call for the same room now
goes to a surveyor instead of another wash, and an operative can only record "no access"
with a photo of the front door. Bed 2 has been dry all winter.
"""),
    ),
    (
        "fv2bt-en-02",
        "en",
        _s("""
I volunteer as a caseworker at a tenants' advice drop-in in Armley. With her permission,
this is the contact log I kept for one client, exported from our case system, then a few
words about how it ended.
Client: [[PERSON:Hope Adjei]] | DOB [[DATE_OF_BIRTH:14.02.1979]] | Tel [[PHONE:07700 900318]] |
[[ADDRESS:27 Barley Mow Lane]], Leeds [[POSTCODE:LS12 4RT]] | Landlord:
[[ORGANISATION:Aire Valley Housing Trust]] | ASB case [[REFERENCE:ASB-2291]] ;;
Date | Type | With | Summary ;;
06 Feb | phone | [[PERSON:Will Pearson]] (HO) | music through party wall after midnight, 3-4 nights a week, diary sheets sent ;;
20 Feb | email | [[EMAIL:w.pearson@avht.example.org]] | chased diaries, auto-reply, on leave ;;
11 Mar | home visit | [[PERSON:Will]] + ASB officer | noise app installed on [[PERSON:Hope]]'s phone ;;
02 Apr | letter | complaints | stage 1 [[REFERENCE:AV/CX/0774]] logged re no updates ;;
18 Apr | phone | [[PERSON:Sandra Kowalczyk]] (ASB team lead) | acceptable behaviour contract agreed with neighbour
[[PERSON:Hope]] works early shifts at a care home and was getting three or four hours' sleep.
Her son [[PERSON:Kwame]], [[AGE:15]], was sitting his GCSEs at [[ADDRESS:Farnley Academy]] and
revising in the kitchen with earplugs in. The problem was never that nobody cared. The case
sat in one officer's inbox while he was off for five weeks, and nobody else could see it.
The stage 1 response apologised, paid £200 and, more usefully, moved every ASB case onto a
shared team queue so that annual leave doesn't stall them. The music stopped within a week
of the behaviour contract. [[PERSON:Will]] rang [[PERSON:Hope]] in May to check on her, which
she appreciated. I will keep logging like this for every client; a dated table is very hard
to argue with.
"""),
    ),
    (
        "fv2bt-en-03",
        "en",
        _s("""
Below is the rent statement [[ORGANISATION:Don Valley Homes]] sent me in August, copied out
of the PDF. I've added the last column myself.
Tenancy ref [[REFERENCE:DVH/0048213]] | [[PERSON:Declan O'Sullivan]] | [[ADDRESS:6 Ashgrove]],
Sheffield [[POSTCODE:s6 2ld]] ;;
Date | Description | Debit | Credit | Balance | My note ;;
03/06 | Rent wk 10 | £112.40 | | £0.00 | ;;
10/06 | UC housing costs | | £487.08 | -£374.68 | in credit ;;
17/06 | Rent wk 12 | £112.40 | | -£262.28 | ;;
24/06 | Service charge adj 2021-24 | £912.00 | | £649.72 | never told about this ;;
01/07 | DD collected a/c ending [[OTHER_ID:7731]] | | £112.40 | £537.32 | ;;
08/07 | Arrears letter stage 2 | | | £537.32 | first I'd heard of it
I'm [[AGE:67]] and on my own since my wife [[PERSON:Bernadette]] passed, and an arrears letter
talking about court out of the blue did my nerves no good at all. I rang
[[PHONE:0114 496 0582]] four times and got four different answers. My niece
[[PERSON:Siobhán]] emailed them from [[EMAIL:siobhan.osullivan@example.com]] asking what the
£912 was for.
It turned out to be communal cleaning and lighting for the flats next door. [[ADDRESS:Number 6]]
is a bungalow with its own front garden and no communal anything. Mr [[PERSON:Rahman]] from the
income team came out, saw that in five minutes, reversed the charge and withdrew the letter.
The complaint ([[REFERENCE:DVH-C-15520]]) was upheld and I got £150 for the distress. They have
since checked every property code on the estate and found eleven other homes charged the
same way. My advice: read your statement line by line, even the boring weeks.
"""),
    ),
    (
        "fv2bt-en-04",
        "en",
        _s("""
We were on the housing register for six years in a two-bed maisonette at
[[ADDRESS:41b Tenterden Walk]], Luton [[POSTCODE:LU4 9EX]]. This is the household page from
our bidding account, pasted as it shows on screen, because it explains the problem better
than I can.
Register no [[REFERENCE:HR 0093 3714]] | Band B | Bedroom need 4 ;;
Name | Relationship | Age | Notes ;;
[[PERSON:Abdirahman Warsame]] | applicant | [[AGE:44]] | ;;
[[PERSON:Hodan Ali]] | partner | [[AGE:39]] | ;;
[[PERSON:Ayaan]] | daughter | [[AGE:16]] | ;;
[[PERSON:Mustafe]] | son | [[AGE:11]] | [[HEALTH:cerebral palsy]], [[HEALTH:wheelchair user]], NHS no [[OTHER_ID:943 476 5919]] ;;
[[PERSON:Sagal]] | daughter | [[AGE:7]] | ;;
[[PERSON:Idil]] | daughter | [[AGE:9 months]] | not yet added
[[PERSON:Mustafe]] was being carried up fourteen stairs every day, and his chair lived in the
hallway. His occupational therapist sent a medical priority form in 2022. It was scanned to
the wrong applicant, so our band never changed, and nobody noticed for eighteen months.
I complained to the council (ref [[REFERENCE:LBC/HSG/24/1187]]) and our landlord,
[[ORGANISATION:Chiltern Gate Housing]], backed us with a letter about the stairs. The stage 2
officer, Mr [[PERSON:Dunmore]], found the misfiled form within a day, apologised in writing and
backdated our priority. We moved up to Band A in March and were offered a four-bed house with
a through-floor lift, close enough for [[PERSON:Mustafe]] to stay at
[[ADDRESS:Richmond Hill School]]. We were also paid £600.
As a [[OTHER_SPECIAL:Somali]] family we were often shown flats in one small area as if that
was all we would want; this time the officer simply asked us. The lesson I'd pass on: check
your household page yourself. Ours had [[PERSON:Idil]] missing for a year after she was born.
"""),
    ),
    (
        "fv2bt-en-05",
        "en",
        _s("""
The chronology I put together for the Ombudsman, copied from my spreadsheet. Staff names are
as they gave them to me.
When | What | Who / how ;;
Mon 13 Nov, 07:40 | boiler off, error F28, no heating or hot water | me, online form, job [[REFERENCE:HRG 55 19 03]] ;;
Tue 14 Nov | engineer due 12-6, no show | call centre, "[[PERSON:Mark]]" ;;
Thu 16 Nov | engineer [[PERSON:Gaz]] attended, needs gas valve, 3-5 days | van [[OTHER_ID:KX19 HVN]] ;;
Wed 22 Nov | nothing; posted to [[OTHER_ID:@HearthgateHomes]] with photo of ice inside the window | reply from [[OTHER_ID:@HGHomes_Care]] asking me to DM ;;
Fri 24 Nov | two oil heaters dropped off | [[PERSON:Paulette]], neighbourhood officer ;;
Mon 4 Dec | valve fitted, boiler working | [[ORGANISATION:Brightflame Gas Services]]
That is three weeks with no heating and a baby. I'm [[PERSON:Rasa Petrauskienė]]; we live at
[[ADDRESS:112 Coldharbour Road]], Gloucester [[POSTCODE:GL1 5NQ]], with my partner
[[PERSON:Tomas]] and our son [[PERSON:Jonukas]], who was [[AGE:5 months]] old then. I am
[[OTHER_SPECIAL:Lithuanian]] and my English on the phone is not perfect; twice the call
centre hung up on me. The oil heaters cost £46 in electricity in ten days.
[[ORGANISATION:Hearthgate Homes]] upheld my complaint at stage 2 (ref
[[REFERENCE:CF-2023-8841]]). They refunded the electricity, paid £250, and their engineers now
carry spare valves for our boiler model in the van instead of ordering one each time. The
repairs line has an interpreter option now as well. The Ombudsman case
([[REFERENCE:202318456]]) was closed as resolved. To be fair, the engineer did nothing wrong;
the black mark is the week of waiting for a part nobody had ordered.
"""),
    ),
    (
        "fv2bt-pl-01",
        "pl",
        _s("""
Wklejam historię zgłoszeń z portalu [[ORGANISATION:Trent Basin Homes]], bo przez pół roku
nikt mi nie wierzył, że pleśń wraca. Mieszkam z córką w [[ADDRESS:mieszkaniu 5]] pod adresem
[[ADDRESS:14 Tennyson Road]], Nottingham [[POSTCODE:NG7 5HF]].
Data | Nr zlecenia | Technik | Uwagi ;;
12.09.2023 | [[REFERENCE:TBH/301447]] | [[PERSON:D. Kowal]] | czyszczenie pleśni, sypialnia ;;
03.10.2023 | [[REFERENCE:TBH/302190]] | brak | "no access" – byłam w domu! ;;
27.10.2023 | [[REFERENCE:TBH/303318]] | [[PERSON:Shaun]] | farba antygrzybiczna ;;
20.11.2023 | [[REFERENCE:TBH/305002]] | [[ORGANISATION:Midshires Damp Solutions]] | pomiar wilgoci 8–13, wynik 28% ;;
11.01.2024 | [[REFERENCE:TBH/307761]] | [[ORGANISATION:Midshires Damp Solutions]] | nowa rynna, naprawa pęknięcia w murze
[[PERSON:Zuzia]] ma [[AGE:3 latka]] i od jesieni ciągle kaszlała, a lekarka z
[[ADDRESS:Radford Health Centre]] podejrzewała [[HEALTH:astmę]]. Dzwoniłam pod
[[PHONE:0115 496 0731]] tyle razy, że znałam na pamięć muzyczkę z infolinii. Po tym "no access"
z października złożyłam skargę (numer [[REFERENCE:CMP-11892]]), pisałam z
[[EMAIL:kasia.dudek@example.com]].
Przełom przyszedł, kiedy sprawę przejęła pani [[PERSON:Gemma Hollis]] z zespołu skarg.
Przyjechała osobiście, zobaczyła zaciek pod rynną i od razu zamówiła pomiar. Okazało się, że
woda od lat spływała po ścianie z pękniętej rynny. Po naprawie ściana wyschła w sześć tygodni.
Dostałam przeprosiny na piśmie i £300 rekompensaty, a "no access" usunięto z mojej kartoteki.
Czego się nauczyli? Że przy drugim zgłoszeniu pleśni w tym samym pokoju trzeba szukać
przyczyny, a nie znowu malować. – [[PERSON:Kasia Dudek]]
"""),
    ),
    (
        "fv2bt-pl-02",
        "pl",
        _s("""
Piszę w imieniu taty, [[PERSON:Wiesława Nowickiego]] (ur. [[DATE_OF_BIRTH:3 marca 1951]]),
który mieszka sam pod [[ADDRESS:18 Coppice Way]], Slough [[POSTCODE:sl19tq]]. Tata ma
[[HEALTH:POChP]] i nie może marznąć. Poniżej mój dziennik kontaktów z
[[ORGANISATION:Thames Crest Housing]], skopiowany z Excela.
Data | Z kim | Jak | Co ustalono ;;
2 gru | call centre | tel. [[PHONE:0118 496 0274]] | kaloryfery zimne, job [[REFERENCE:TC-77120]], termin 5 gru 8–12 ;;
5 gru | nikt | – | nikt nie przyszedł, tata czekał w kurtce ;;
6 gru | [[PERSON:Priya]] (repairs) | tel. | "engineer jutro", nie przyszedł ;;
9 gru | [[PERSON:Heniek]] z parteru | osobiście | pożyczył tacie farelkę ;;
11 gru | [[EMAIL:complaints@thamescrest.example.org]] | email | skarga [[REFERENCE:TCH/COMP/4408]] ;;
13 gru | pan [[PERSON:Marek Zieliński]] | wizyta | wymiana pompy, ogrzewanie działa
Najgorsze było to, że w systemie tata nie miał oznaczenia "vulnerable", chociaż list od
lekarza z [[ADDRESS:Farnham Road Surgery]] wysłałam jeszcze w lutym. Pan [[PERSON:Marek]],
hydraulik, który w końcu przyjechał, sam się dziwił, że nikt wcześniej nie sprawdził pompy,
bo to była robota na godzinę.
Skarga została uznana: £275 za jedenaście dni bez ogrzewania plus zwrot za prąd z farelki.
Ważniejsze jest to, że tata ma teraz flagę w systemie, a przy awarii ogrzewania u osoby z
chorobą płuc obowiązuje u nich termin 24 godzin. Dostaliśmy też bezpośredni numer do
koordynatorki zamiast infolinii. Gdyby ktoś w okolicy potrzebował pomocy z podobną sprawą,
mój numer to [[PHONE:07700 900 562]]. Dziękuję [[PERSON:Heńkowi]] za farelkę, bez niego byłoby
dużo gorzej. – [[PERSON:Ola]]
"""),
    ),
    (
        "fv2bt-pl-03",
        "pl",
        _s("""
Wyciąg z konta czynszowego, który dostałam od [[ORGANISATION:Harbourside Living]] w marcu.
Wklejam, bo może ktoś zobaczy u siebie to samo.
Najemca: [[PERSON:Magdalena Szymańska]] | Nr umowy [[REFERENCE:HL-TEN-208871]] |
[[ADDRESS:flat 22]], [[ADDRESS:Cormorant House]], [[POSTCODE:PO1 4DW]] ;;
Data | Opis | Obciążenie | Wpłata | Saldo ;;
01.01 | czynsz 4 tyg. | £498.36 | | £498.36 ;;
15.01 | UC – [[PERSON:M SZYMANSKA]] NI [[NI_NUMBER:JT 48 21 93 B]] | | £498.36 | £0.00 ;;
01.02 | czynsz 4 tyg. | £498.36 | | £498.36 ;;
14.02 | UC – przeniesienie na inne konto | £498.36 | | £996.72 ;;
01.03 | czynsz 4 tyg. | £498.36 | | £1,494.08
To "przeniesienie" z 14 lutego było pomyłką: ktoś w dziale finansów przesunął moją wpłatę z
Universal Credit na konto innej lokatorki o podobnym nazwisku, z [[ADDRESS:mieszkania nr 2]]
w tym samym bloku. Dostałam list o zaległościach i groźbę "notice seeking possession".
Pracuję na pół etatu w sklepie, sama wychowuję [[PERSON:Kubę]] ([[AGE:9 lat]]) i przez tydzień
nie spałam.
Pomogła mi doradczyni z Citizens Advice w Portsmouth, pani [[PERSON:Joanna]], która
zadzwoniła do działu czynszów i poprosiła o pełną historię wpłat. Po dwóch tygodniach przyszło
pismo: błąd po ich stronie, saldo wyzerowane, list o zaległościach wycofany, do tego £100 za
stres. Sprawdzili też inne konta i znaleźli jeszcze dwa podobne przypadki. Teraz każde
przeniesienie wpłaty między kontami musi zatwierdzić druga osoba.
Moja rada: jeśli saldo nagle skacze, proście o "full transaction history", a nie tylko o
wyciąg. I sprawdźcie, czy numer NI przy wpłacie jest naprawdę wasz.
"""),
    ),
    (
        "fv2bt-pl-04",
        "pl",
        _s("""
Jestem wolontariuszką w stowarzyszeniu w Peterborough i pomagam ludziom ze skargami do
landlordów. Za zgodą pani [[PERSON:Grażyny Lis]] wklejam notatki z naszego arkusza.
Data | Kto | Sprawa | Dalej ;;
08.05 | pani [[PERSON:Grażyna]] | hałas z mieszkania nad nią, [[ADDRESS:nr 7]], codziennie do 3 w nocy | dziennik hałasu ;;
15.05 | ja → housing officer [[PERSON:Callum Reid]] | zgłoszenie ASB [[REFERENCE:ASB/PB/1066]] | czekamy ;;
02.06 | [[PERSON:Callum]] | "brak dowodów" | prośba o nagrania ;;
20.06 | pani [[PERSON:Grażyna]] + syn [[PERSON:Tomek]] | nagrania z aplikacji, 14 nocy | skarga, etap 1, [[REFERENCE:NPH-C-3391]] ;;
09.07 | [[ORGANISATION:Nene Park Homes]] | mediacja | umowa z sąsiadem
Pani [[PERSON:Lis]] ma [[AGE:71 lat]], [[HEALTH:nadciśnienie]] i po kilku miesiącach bez snu
ciśnienie skakało jej tak, że wylądowała na SOR-ze. Mieszka w [[ADDRESS:Mill Court]],
naprzeciwko kościoła [[ADDRESS:Matki Bożej Częstochowskiej]], do którego chodzi co niedzielę,
i to proboszcz przysłał ją do nas. Kiedy raz zapukała do sąsiada, usłyszała, że "wy,
[[OTHER_SPECIAL:Polacy]], zawsze narzekacie". To też jest w skardze.
Pierwsza odpowiedź [[PERSON:Calluma]] była zła, ale nie złośliwa: nie wiedział, że nagrania z
aplikacji liczą się jako dowód. Po skardze przyszła jego kierowniczka, przeprosiła i
zorganizowała mediację. Sąsiad położył dywan, obiecał ciszę po 23 i na razie dotrzymuje
słowa. Uwaga o [[OTHER_SPECIAL:Polakach]] trafiła do zespołu ASB jako incydent na tle
narodowościowym.
Co się zmieniło: [[ORGANISATION:Nene Park Homes]] przeszkoliło officerów z aplikacji do
nagrywania hałasu i odpowiada teraz na zgłoszenia ASB w ciągu 5 dni roboczych. Jeśli ktoś
potrzebuje pomocy, piszcie: [[EMAIL:pomoc.peterborough@example.net]]. – [[PERSON:Bożena]]
"""),
    ),
    (
        "fv2bt-pl-05",
        "pl",
        _s("""
Mój mąż, [[PERSON:Zbigniew Kaczmarek]] (ur. [[DATE_OF_BIRTH:12.11.1954]]), po
[[HEALTH:udarze]] w 2022 roku nie mógł już wejść do wanny. Mieszkamy w domu
[[ORGANISATION:Wirral Coast Housing]] pod [[ADDRESS:3 Elm Grove]], Birkenhead
[[POSTCODE:CH41 8DR]]. Poniżej tabelka, którą zrobiłam dla radnej, bo sprawa przeróbki
łazienki ciągnęła się czternaście miesięcy.
Data | Kto | Co | Status ;;
03.2023 | OT ze szpitala | ocena, zalecenie walk-in shower, NHS [[OTHER_ID:485 777 3456]] | wysłane do council ;;
06.2023 | [[ORGANISATION:Wirral Coast Housing]] | "brak budżetu w tym roku" | odmowa ;;
09.2023 | radna [[PERSON:Pauline McGuire]] | [[EMAIL:p.mcguire.cllr@example.org]] | spotkanie ;;
11.2023 | DFG | wniosek [[REFERENCE:DFG/23/0619]] | zatwierdzony ;;
02.2024 | [[ORGANISATION:Mersey Access Bathrooms]] | montaż prysznica | 5 dni ;;
05.2024 | zatoka parkingowa | miejsce dla niepełnosprawnych, auto [[OTHER_ID:CX68 WNP]] | gotowe
Przez ten czas myłam [[PERSON:Zbyszka]] w misce przy zlewie. Dzwoniłam pod
[[PHONE:0151 496 0388]] i za każdym razem słyszałam coś innego: raz, że to sprawa council,
raz, że landlorda. Dopiero pani [[PERSON:McGuire]] posadziła obie strony przy jednym stole i
okazało się, że koszty można podzielić z grantu.
Prysznic jest piękny, z siedziskiem i poręczami. [[PERSON:Zbyszek]] sam się myje, pierwszy raz
od dwóch lat, i to dla niego ważniejsze niż wszystkie pieniądze. Dostaliśmy też przeprosiny i
£400 za opóźnienie. [[ORGANISATION:Wirral Coast Housing]] obiecało, że przeróbki zalecone przy
wypisie ze szpitala będą miały osobną, szybką ścieżkę i jednego opiekuna sprawy od początku do
końca.
Rada ode mnie: od pierwszego dnia prowadźcie tabelkę z datami i nazwiskami, bo wtedy nikt nie
powie, że "nie było zgłoszenia". – [[PERSON:Halina Kaczmarek]]
"""),
    ),
    (
        "fv2bt-ro-01",
        "ro",
        _s("""
Copiez mai jos istoricul reparațiilor din contul meu online de la
[[ORGANISATION:Kenton Vale Housing]]. Suntem trei: eu, soțul meu [[PERSON:Ionuț]] și fetița
noastră [[PERSON:Ilinca]], în [[ADDRESS:apartamentul 11]] din [[ADDRESS:Marigold House]],
Harrow [[POSTCODE:HA3 8QS]].
Data | Nr. lucrare | Tehnician | Observații ;;
14/10/2022 | [[REFERENCE:KVH-60391]] | [[PERSON:Costel]] | curățat mucegai baie + dormitor ;;
02/12/2022 | [[REFERENCE:KVH-61744]] | [[PERSON:Costel]] | vopsea anti-mucegai ;;
30/01/2023 | [[REFERENCE:KVH-63002]] | – | anulat de sistem ;;
21/02/2023 | [[REFERENCE:KVH-63568]] | [[ORGANISATION:Northwick Ventilation Ltd]] | ventilator montat în baie, neconectat ;;
07/03/2023 | [[REFERENCE:KVH-63901]] | [[PERSON:A. Mensah]] | ventilator legat la curent, testat
Ce nu apare în tabel: [[PERSON:Ilinca]] avea atunci [[AGE:un an și jumătate]] și a făcut
două [[HEALTH:bronșiolite]] în iarna aceea. Doamna doctor de la [[ADDRESS:Kenton Clinic]] ne-a
dat o scrisoare. Am sunat de nu mai știu câte ori la [[PHONE:020 7946 0837]] și de fiecare
dată mi se spunea că "e condens, deschideți geamul". Lucrarea din ianuarie s-a anulat singură
și nu ne-a anunțat nimeni. Trei săptămâni ventilatorul a stat pe perete fără să fie legat la
curent, iar noi credeam că merge.
Am făcut plângere (ref. [[REFERENCE:KVH/CP/2023/118]]) și mi-a răspuns doamna
[[PERSON:Bianca Stoica]]. A venit cu un inspector, au găsit ventilatorul mort și au văzut cât
de ud era peretele din spatele dulapului. Ne-au cerut scuze în scris, ne-au dat £400 și au
schimbat o regulă: o lucrare la ventilație nu se mai închide până nu e testată pornită, cu
poză.
Acum dormitorul e uscat și [[PERSON:Ilinca]] n-a mai fost bolnavă de două luni. Dacă aveți
aceeași problemă și vreți să vorbim: [[EMAIL:ioana.munteanu@example.net]]. –
[[PERSON:Ioana Munteanu]]
"""),
    ),
    (
        "fv2bt-ro-02",
        "ro",
        _s("""
Suntem șase într-un apartament cu un singur dormitor, la [[ADDRESS:47A Parsloes Avenue]],
Dagenham [[POSTCODE:rm95pl]]. Când am cerut transfer, ni s-a spus că nu suntem
supraaglomerați. Am pus aici tabelul pe care l-am trimis la
[[ORGANISATION:Becontree Green Homes]]:
Nume | Relație | Vârstă | Unde doarme ;;
[[PERSON:Florin Dumitrescu]] | eu | [[AGE:38]] | sufragerie, pe canapea ;;
[[PERSON:Speranța Dumitrescu]] | soția | [[AGE:35]] | dormitor ;;
[[PERSON:Darius]] | fiu | [[AGE:13]] | sufragerie, pe saltea ;;
[[PERSON:Denisa]] | fiică | [[AGE:10]] | dormitor ;;
[[PERSON:Raluca]] | fiică | [[AGE:6]] | dormitor ;;
[[PERSON:Matei]] | fiu | [[AGE:2]] | pătuț, dormitor
Pe lista de locuințe aveam numărul [[REFERENCE:HR-552-1903]]. Domnul [[PERSON:Patel]],
ofițerul care ne-a evaluat, a calculat "bedroom standard" doar pentru patru persoane, pentru
că [[PERSON:Raluca]] și [[PERSON:Matei]] nu fuseseră adăugați niciodată în sistem, deși
trimisesem certificatele de naștere de două ori. Am făcut plângere de pe
[[EMAIL:florin.dumitrescu@example.com]], cu numărul [[REFERENCE:BGH-COMP-8817]].
Soția mea, [[PERSON:Speranța]], a fost cea care n-a renunțat. Eu îmi pierdusem speranța,
sincer. Ea a sunat în fiecare săptămână la [[PHONE:020 7946 0152]] până când cineva de la
complaints a refăcut calculul: ne lipseau două dormitoare. Am trecut în banda de prioritate
și, după patru luni, am primit o casă cu trei dormitoare, aproape de școala
[[PERSON:Denisei]], [[ADDRESS:Warren Junior School]].
Ce s-a schimbat la ei: acum, când un copil nou apare în scrisorile de child benefit,
gospodăria se actualizează automat și nu mai trebuie să suni tu. Ne-au plătit și £350 pentru
întârziere. Sfatul meu: cereți să vedeți exact ce scrie în sistem despre familia voastră. Și
nu pierdeți speranța.
"""),
    ),
    (
        "fv2bt-ro-03",
        "ro",
        _s("""
Scriu în numele mamei mele, doamna [[PERSON:Elisabeta Rusu]], care are [[AGE:74 de ani]] și
locuiește singură la [[ADDRESS:14C Gorse Hill]], Swindon [[POSTCODE:SN2 1BE]]. Mama are
[[HEALTH:Parkinson]] și nu se descurcă la telefon, așa că m-am ocupat eu. Mai jos, notițele
mele din telefon:
Data | Cine | Cum | Ce s-a întâmplat ;;
3 aug | eu | linia de urgență, de pe [[PHONE:07700 900 681]] | apă din tavan în baie, job [[REFERENCE:WSH 7712 04]] ;;
3 aug | [[ORGANISATION:Kingsdown Plumbing]] | vizită de urgență | au închis apa la apartamentul de sus, [[ADDRESS:14D]] ;;
10 aug | mama | telefon | tavanul umflat, nu a revenit nimeni ;;
18 aug | eu | [[OTHER_ID:@WiltsStoneHousing]] | poze cu tavanul ;;
19 aug | [[PERSON:Gareth]] (customer care) | [[EMAIL:customercare@wiltsstone.example.org]] | plângere [[REFERENCE:WS-CMP-30127]] ;;
29 aug | [[ORGANISATION:Kingsdown Plumbing]] + tencuitor | vizită | tavan refăcut, uscător 5 zile
Problema nu a fost urgența: au venit în aceeași seară și au oprit apa. Problema a fost că
după asta nu a mai urmat nimic. Lucrarea de urgență s-a închis și nimeni n-a deschis alta
pentru tavan. Trei săptămâni mama s-a spălat la vecina ei, doamna [[PERSON:Pat]], pentru că îi
era frică să mai intre în baie.
Abia după ce am pus pozele pe Twitter m-a contactat [[PERSON:Gareth]], care a fost de treabă:
a recunoscut din primul email că lucrarea "a căzut între două scaune". Au refăcut tavanul, au
adus un uscător și i-au dat mamei £180. Acum, după fiecare vizită de urgență, sistemul lor
deschide automat o lucrare de follow-up, iar cineva sună chiriașul după o săptămână.
Lecția pentru noi: nu așteptați să vă sune ei înapoi. – [[PERSON:Cristi Rusu]]
"""),
    ),
    (
        "fv2bt-ro-04",
        "ro",
        _s("""
Am primit de la [[ORGANISATION:Canal Side Living]] decontul de service charge pe 2023/24 și
l-am copiat aici, cu observațiile mele:
Cont [[REFERENCE:CSL-SC-004417]] | Mr [[PERSON:G POPA]] | [[ADDRESS:Flat 28]],
[[ADDRESS:Bridgewater Point]], Manchester [[POSTCODE:M15 4RN]] ;;
Serviciu | Suma | Observații ;;
Întreținere lift | £386.00 | liftul a fost stricat 7 luni ;;
Curățenie spații comune | £214.50 | ok ;;
Grădinărit | £97.20 | nu avem grădină, doar parcare ;;
Concierge | £520.00 | biroul închis din martie ;;
Total | £1,217.70 |
Sunt [[PERSON:Gheorghe Popa]], am [[AGE:61 de ani]] și stau la etajul 9. Am [[HEALTH:diabet]]
și [[HEALTH:neuropatie]] la picioare, deci șapte luni fără lift au însemnat că ieșeam din casă
o dată pe săptămână, când venea fiica mea, [[PERSON:Alina]], să mă ajute pe scări. Am sunat la
[[PHONE:0161 496 0159]] și am fost și la biroul lor din Piccadilly, unde mi s-a spus să scriu
un email.
[[PERSON:Alina]] a scris plângerea oficială ([[REFERENCE:CSL/COMP/2291]]). Mi-a răspuns domnul
[[PERSON:Tariq Hussain]], manager de servicii, care a recunoscut că nu trebuia să plătim lift,
grădinărit și concierge pentru lunile în care nu au existat. Am primit înapoi £612.40 în contul
meu (sort code [[OTHER_ID:30-96-26]], contul care se termină în [[OTHER_ID:6835]]), plus £150
pentru perioada cu scările.
Ce au schimbat: acum publică în fiecare lună pe portal ce servicii s-au făcut efectiv în bloc,
iar taxa pentru lift se suspendă automat dacă liftul stă mai mult de 28 de zile. Pe vecinii
mei îi sfătuiesc să ceară mereu facturile din spatele fiecărui rând.
"""),
    ),
    (
        "fv2bt-ro-05",
        "ro",
        _s("""
Lucrez ca asistentă socială la o asociație care ajută familiile [[OTHER_SPECIAL:rome]] din
Sheffield. Familia [[PERSON:Căldăraru]] a fost de acord să public jurnalul cazului lor,
copiat din foaia noastră de lucru:
Data | Contact | Detalii | Rezultat ;;
11/03 | [[PERSON:Nicu Căldăraru]] | geam spart a treia oară, injurii rasiste | raportat la poliție, ref. [[REFERENCE:14/55823/24]] ;;
12/03 | ofițer ASB [[PERSON:Rachel Firth]] | caz [[REFERENCE:SCH-ASB-0932]] | "nu putem muta familia" ;;
19/03 | [[PERSON:Nicu]] la telefon | cerere de transfer | i s-a cerut share code [[OTHER_ID:W7K 9PX 2LM]] ;;
02/04 | [[PERSON:Rachel]] | geam reparat, cameră la ușă | ;;
22/04 | comisia de transfer | management move aprobat | ofertă acceptată
Familia locuia la [[ADDRESS:31 Popple Street]], [[POSTCODE:S4 7FF]], cu trei copii. Cel mic,
[[PERSON:Robi]], de [[AGE:8 ani]], nu mai voia să meargă la [[ADDRESS:Owler Brook Primary]],
pentru că băieții care spărgeau geamul îl așteptau pe drum. [[PERSON:Nicu]] are
[[OTHER_SPECIAL:pre-settled status]] și la telefon i s-a spus, greșit, că din cauza asta nu
poate cere transfer. Nu era adevărat: chiriașii existenți au aceleași drepturi, iar share
code-ul nici nu era necesar.
După ce am scris la [[EMAIL:housing.complaints@sheffcity.example.org]] și am pus totul pe
hârtie, lucrurile s-au mișcat repede. [[PERSON:Rachel]] a marcat cazul ca hate crime, iar
comisia a aprobat mutarea în trei săptămâni. Familia stă acum în altă parte a orașului și
[[PERSON:Robi]] merge iar la școală cu plăcere.
Consiliul a recunoscut greșeala și a organizat un training pentru call centre despre
drepturile chiriașilor cu statut de imigrare. Dacă lucrați cu familii [[OTHER_SPECIAL:rome]] și
aveți nevoie de sfaturi, ne găsiți la [[PHONE:0114 496 0913]]. – [[PERSON:Lavinia]]
"""),
    ),
    (
        "fv2bt-ar-01",
        "ar",
        _s("""
أنا [[PERSON:رنا الخطيب]]، أسكن مع زوجي [[PERSON:سامر]] وأولادنا الثلاثة في
[[ADDRESS:شقة رقم ٤]] في [[ADDRESS:Beech House]]، كوفنتري، [[POSTCODE:CV6 5LU]]. وصلنا إلى
بريطانيا [[OTHER_SPECIAL:لاجئين سوريين]] سنة ٢٠١٩، والبيت تابع لشركة
[[ORGANISATION:Whitmore Homes]]. هذا سجل الإصلاحات كما نسخته من حسابي على موقعهم:
التاريخ | رقم الطلب | الفني | ملاحظات ;;
03/11/2023 | [[REFERENCE:WMH-88214]] | [[PERSON:Dean]] | تنظيف العفن في غرفة الأولاد ;;
24/11/2023 | [[REFERENCE:WMH-88950]] | — | "No access" مع أنني كنت في البيت ;;
15/12/2023 | [[REFERENCE:WMH-89633]] | [[ORGANISATION:Dryline Surveys]] | قياس الرطوبة، تسرب من المزراب ;;
10/01/2024 | [[REFERENCE:WMH-90121]] | [[PERSON:Osman]] | تبديل المزراب ومعالجة الجدار
ابنتي [[PERSON:جنى]] عمرها [[AGE:٥ سنوات]] وعندها [[HEALTH:ربو]]، وأختها الصغيرة
[[PERSON:أمل]] كانت تسعل كل ليلة. في كل مرة كانوا يمسحون العفن فيرجع بعد أسبوعين. اتصلت
بخط الإصلاحات على [[PHONE:٠٧٧٠٠ ٩٠٠ ٤٤٧]] مرات كثيرة، وكانوا يقولون لي: "افتحي الشباك". في
الشتاء، ومع طفلة مريضة!
بعد الـ"No access" قدمت شكوى رسمية من إيميلي [[EMAIL:rana.khatib@example.com]]، ورقمها
[[REFERENCE:WH/CMP/5520]]. ردّت علي السيدة [[PERSON:كلير]] من فريق الشكاوى، وطلبت مترجماً
للمكالمة لأول مرة منذ سكنّا هنا. أرسلت شخصاً يقيس الرطوبة، فوجد أن المزراب مكسور والماء
ينزل على الحائط منذ زمن طويل.
بعد الإصلاح جفّ الحائط، وأعطونا ٤٥٠ جنيهاً تعويضاً واعتذاراً مكتوباً بالعربية. الآن عندهم
قاعدة: إذا رجع العفن مرتين في نفس الغرفة يأتي مسّاح، لا عامل تنظيف. أنا لم أفقد الأمل يوماً،
والحمد لله [[PERSON:أمل]] لم تعد تسعل.
"""),
    ),
    (
        "fv2bt-ar-02",
        "ar",
        _s("""
أكتب عن والدي، [[PERSON:عبد الكريم الجبوري]]، من مواليد [[DATE_OF_BIRTH:١٢/٠٧/١٩٤٨]]. يسكن
وحده في [[ADDRESS:22 Cardigan Road]]، ليدز [[POSTCODE:ls6 1ln]]، قريباً من
[[ADDRESS:مسجد الهدى]] الذي يصلي فيه كل يوم. عنده [[HEALTH:قصور في القلب]] ومرض
[[HEALTH:السكري]]، والبيت تابع لـ [[ORGANISATION:Kirkstall Housing Co-operative]]. في ديسمبر
الماضي تعطلت التدفئة، وهذا جدول الاتصالات الذي كتبته:
التاريخ | مع من | الوسيلة | النتيجة ;;
١ ديسمبر | خط الطوارئ [[PHONE:0113 496 0651]] | هاتف | طلب رقم [[REFERENCE:KHC/R/50277]]، موعد ٨–١٢ ;;
٢ ديسمبر | لم يأتِ أحد | — | — ;;
٤ ديسمبر | الفني [[PERSON:Steve]] | زيارة | يحتاج قطعة، "يومين" ;;
٩ ديسمبر | [[EMAIL:repairs@kirkstallcoop.example.org]] | إيميل | لا رد ;;
١١ ديسمبر | [[PERSON:Joanne]] من فريق الشكاوى | هاتف | شكوى [[REFERENCE:C-2023-0419]]، مدفأتان مؤقتتان ;;
١٣ ديسمبر | [[ORGANISATION:Aire Heating Services]] | زيارة | تبديل اللوحة الإلكترونية، التدفئة تعمل
اثنا عشر يوماً بلا تدفئة لرجل عمره [[AGE:٧٥ سنة]] وقلبه ضعيف. جارنا [[PERSON:سعيد]] كان يأخذه
إلى بيته في المساء ليتدفأ. أنا أسكن في مانشستر ولا أستطيع أن أكون عنده كل يوم، وأبي لا
يتكلم الإنجليزية جيداً، فكان يغلق الهاتف عندما يسمع الرسالة المسجلة.
السيدة [[PERSON:Joanne]] كانت أول من سأل: هل يوجد شخص ضعيف في البيت؟ بعد مكالمتها وصلت
المدافئ في نفس اليوم، وبعد يومين تم الإصلاح. قبلوا الشكوى، ودفعوا ٢٠٠ جنيه وفاتورة
الكهرباء، ووضعوا على ملف أبي علامة "vulnerable" ومعها رقمي [[PHONE:07700 900 135]] للتواصل.
والآن عندهم سؤال ثابت في كل بلاغ عن التدفئة: هل يسكن في البيت شخص كبير في السن أو مريض؟
شكراً لجارنا [[PERSON:سعيد]]. لم تكن أياماً سعيدة، لكنها انتهت على خير. — [[PERSON:حيدر]]
"""),
    ),
    (
        "fv2bt-ar-03",
        "ar",
        _s("""
اسمي [[PERSON:نفيسة عثمان]] ([[PERSON:Nafisa Osman]] كما يكتبونه في الرسائل)، وأسكن مع ابني
[[PERSON:يوسف]] في [[ADDRESS:شقة ٦]]، [[ADDRESS:Larkspur Court]]، برمنغهام
[[POSTCODE:B12 9QT]]. المالك هو [[ORGANISATION:Cannon Hill Homes]]. نسخت هذا من صفحة
الإصلاحات:
التاريخ | رقم الطلب | الفني | ملاحظات ;;
07/02 | [[REFERENCE:CHH/40812]] | [[ORGANISATION:Swift Response Plumbing]] | تسرب من [[ADDRESS:شقة 9]] فوقنا، إغلاق الماء ;;
07/02 | [[REFERENCE:CHH/40813]] | [[PERSON:Tunde]] (كهربائي) | قطع الكهرباء عن الحمام والممر ;;
21/02 | [[REFERENCE:CHH/41177]] | — | "awaiting parts" ;;
14/03 | [[REFERENCE:CHH/41905]] | [[PERSON:T. Adebayo]] | إعادة التمديدات وفحص السلامة ;;
20/03 | [[REFERENCE:CHH/42030]] | [[ORGANISATION:Swift Response Plumbing]] | سقف جديد للحمام
خمسة أسابيع بلا كهرباء في الحمام والممر. [[PERSON:يوسف]] عمره [[AGE:٩ سنوات]] وعنده
[[HEALTH:توحّد]]، والظلام في الممر كان يخيفه جداً فلم يعد ينام في غرفته. كنا نستحم على ضوء
الهاتف. مدرسته، [[ADDRESS:Clifton Brook Primary]]، كتبت رسالة للمؤسسة عن تغيّر سلوكه.
اتصلت على [[PHONE:0121 496 0822]] وكتبت لهم على [[EMAIL:nafisa.osman@example.org]]، ورقم
الشكوى [[REFERENCE:CHH-C-0998]]. في المرحلة الأولى قالوا إن القطعة غير متوفرة. في المرحلة
الثانية اتصل بي السيد [[PERSON:Graham Pike]] واعتذر، وقال إن الطلب بقي "awaiting parts"
لأن أحداً نسي أن يطلب القطعة أصلاً.
بعد ذلك أصلحوا كل شيء خلال أسبوع، ودفعوا ٥٠٠ جنيه، ووضعوا مصباحاً مؤقتاً بالبطارية في
الممر من أجل [[PERSON:يوسف]] حتى انتهى العمل. وصار عندهم نظام: أي طلب "awaiting parts" أكثر
من عشرة أيام يراجعه مشرف. نصيحتي لكل أم: اكتبي كل شيء بالتاريخ، ولا تقبلي كلمة "قريباً".
"""),
    ),
    (
        "fv2bt-ar-04",
        "ar",
        _s("""
نحن عائلة [[OTHER_SPECIAL:يمنية]]، نسكن في [[ADDRESS:شقة 3]]،
[[ADDRESS:15 Westmorland Road]]، نيوكاسل [[POSTCODE:NE4 7QJ]]، خلف [[ADDRESS:مسجد النور]]
مباشرة. العمارة تابعة لـ [[ORGANISATION:Tyne Gateway Homes]]. هذا ما سجلته منذ الصيف:
التاريخ | ماذا حدث | رقم البلاغ | الرد ;;
02/07 | شباب يتعاطون على الدرج، وسيارة [[OTHER_ID:NU21 KVD]] تقف تحت كل ليلة | شرطة [[REFERENCE:NP-230702-0417]] | — ;;
15/07 | باب المدخل مكسور، أي أحد يدخل | إصلاح [[REFERENCE:TGH-77031]] | "خلال 28 يوماً" ;;
04/08 | إبر في الممر قرب باب الشقة | ASB [[REFERENCE:TGH-ASB-2210]] | الموظفة [[PERSON:Kirsty Robson]] ;;
30/08 | الباب ما زال مكسوراً | شكوى [[REFERENCE:TGH-C-6612]] | [[PERSON:Kirsty]] زارتنا ;;
12/09 | باب جديد بكود وكاميرا | — | انتهى
اسمي [[PERSON:فيصل باعبّاد]]، وعندي بنتان. الكبيرة [[PERSON:نور]] عمرها [[AGE:١٢ سنة]]،
وكانت ترجع من مدرسة [[ADDRESS:Elswick Park Academy]] وتنتظر في الشارع حتى أنزل لأصعد معها،
لأنها تخاف من الشباب على الدرج. زوجتي كانت تحمل الصغيرة وعربتها ثلاثة طوابق وتمر من بينهم.
أصعب شيء لم يكن الشباب أنفسهم، بل الباب المكسور الذي بقي شهرين. الموظفة
[[PERSON:Kirsty]] جاءت بنفسها بعد الشكوى ورأت الإبر، واعترفت أن إصلاح الباب أُعطي أولوية
عادية ٢٨ يوماً مع أنه باب أمان. غيّروا الباب، ووضعوا كاميرا، وكلموا الشرطة عن السيارة،
فصار الدرج هادئاً. دفعوا لنا ٢٥٠ جنيهاً واعتذروا. والآن أي باب مدخل مكسور يعتبر عندهم
إصلاحاً طارئاً خلال ٢٤ ساعة.
من يسكن قريباً ويحتاج مساعدة في كتابة شكوى يمكنه الاتصال بي: [[PHONE:0191 498 0326]].
"""),
    ),
    (
        "fv2bt-ar-05",
        "ar",
        _s("""
أنا [[PERSON:Hicham Benali]]، [[OTHER_SPECIAL:مغربي]]، أسكن في [[ADDRESS:شقة 12]]،
[[ADDRESS:58 Wornington Road]]، لندن [[POSTCODE:W10 5QP]]، مستأجر عند
[[ORGANISATION:Golborne Housing Trust]] منذ ٢٠٠٨. المشكلة كلها بدأت من حرف زائد في اسمي. هذه
صفحة من كشف الإيجار الذي طلبته منهم:
الاسم: [[PERSON:HICHAM BENALLI]] | تاريخ الميلاد: [[DATE_OF_BIRTH:21/03/1969]] | NI: [[NI_NUMBER:SW628317C]] | رقم العقد: [[REFERENCE:GHT-T-11907]] ;;
التاريخ | البيان | مدين | دائن | الرصيد ;;
07/04 | إيجار أسبوعي | £199.35 | | £199.35 ;;
07/04 | Housing Benefit | | £185.15 | £14.20 ;;
14/04 | إيجار أسبوعي | £199.35 | | £213.55 ;;
14/04 | Housing Benefit | | £185.15 | £28.40 ;;
30/06 | الرصيد بعد ١٣ أسبوعاً | | | £184.60 ;;
05/07 | Notice of arrears | | | £184.60
رفعوا الإيجار في أبريل، وأرسلوا الإشعار إلى قسم الإعانات في البلدية باسم "Benalli"، فلم يجدوا
ملفي ولم يرفعوا الـ Housing Benefit. كل أسبوع ينقص ١٤ جنيهاً و٢٠ بنساً، ولم يتصل بي أحد. كل
الرسائل كانت بالإنجليزية فقط، وأنا أقرأ ببطء، فلم أفهم ماذا يحدث حتى وصلت رسالة الديون.
ابنتي [[PERSON:Salma]] كتبت الشكوى من [[EMAIL:h.benali69@example.net]]، وأعطتهم رقمي
[[PHONE:+44 (0)20 7946 0419]]. اتصلت بي السيدة [[PERSON:Maureen]] من قسم الإيجارات،
وصحّحت الاسم، وأرسلت الإشعار من جديد. البلدية دفعت الفرق بأثر رجعي، فصار الرصيد صفراً،
وسحبوا رسالة الديون، ودفعوا ١٠٠ جنيه اعتذاراً.
تعلموا شيئين: يتصلون الآن بالمستأجر قبل أي رسالة ديون، ويتأكدون أن الاسم في ملف الإيجار
مطابق لاسمه في البلدية. نصيحتي: اطلبوا كشف الحساب كل ثلاثة أشهر حتى لو لم تكن هناك مشكلة.
"""),
    ),
    (
        "fv2bt-ur-01",
        "ur",
        _s("""
میں [[PERSON:نسرین اختر]] ہوں اور [[ADDRESS:34 Whetley Lane]]، بریڈفورڈ
[[POSTCODE:BD8 9DX]] میں اپنے شوہر [[PERSON:طارق]] اور تین بچوں کے ساتھ رہتی ہوں۔ گھر
[[ORGANISATION:Airedale Community Housing]] کا ہے۔ نیچے ان کی ویب سائٹ سے repairs کی لسٹ
کاپی کی ہے:
تاریخ | جاب نمبر | مستری | تفصیل ;;
09/10/2023 | [[REFERENCE:ACH-219034]] | [[PERSON:Imran]] | باتھ روم کی چھت پر کالی پھپھوندی صاف کی ;;
13/11/2023 | [[REFERENCE:ACH-220871]] | [[PERSON:Imran]] | دوبارہ صفائی، "condensation" ;;
04/12/2023 | [[REFERENCE:ACH-221555]] | — | appointment cancelled by contractor ;;
08/01/2024 | [[REFERENCE:ACH-223002]] | [[ORGANISATION:Pennine Roofing & Damp]] | چھت کا معائنہ، ٹوٹی ہوئی ٹائلیں ;;
22/01/2024 | [[REFERENCE:ACH-223640]] | [[ORGANISATION:Pennine Roofing & Damp]] | ٹائلیں بدلیں، loft insulation
میری بیٹی [[PERSON:صبا]] کی عمر [[AGE:۸ سال]] ہے اور اسے [[HEALTH:دمہ]] ہے۔
[[ADDRESS:Lilycroft Medical Practice]] کی ڈاکٹر نے کہا کہ پھپھوندی کی وجہ سے اس کا inhaler
دوگنا استعمال ہو رہا ہے۔ ہر بار ہمیں یہی کہا جاتا تھا کہ کپڑے گھر کے اندر نہ سکھائیں۔ میں نے
[[PHONE:۰۷۷۰۰ ۹۰۰ ۴۳۸]] سے بار بار فون کیا اور آخرکار شکایت درج کروائی، نمبر
[[REFERENCE:ACH/CF/0612]]۔
شکایت کے بعد ہاؤسنگ آفیسر [[PERSON:رضوانہ]] صاحبہ خود گھر آئیں۔ انہوں نے اٹاری کھلوا کر دیکھا
تو چھت کی ٹائلیں ٹوٹی ہوئی تھیں اور بارش کا پانی اندر آ رہا تھا۔ یہ condensation نہیں تھی۔
دو ہفتے میں چھت ٹھیک ہو گئی، کمرہ سوکھ گیا اور ہمیں ۳۲۵ پاؤنڈ معاوضہ ملا۔ انہوں نے مانا کہ
دو بار صرف صفائی کر کے جاب بند کر دینا غلط تھا۔
اب [[ORGANISATION:Airedale Community Housing]] کا اصول ہے کہ اگر پھپھوندی دوسری بار آئے تو
سروے ضرور ہو گا۔ میرا مشورہ: ہر جاب نمبر لکھ کر رکھیں، ورنہ وہ کہتے ہیں آپ نے پہلے کبھی
بتایا ہی نہیں۔ [[PERSON:صبا]] اب رات کو بہت کم کھانستی ہے۔
"""),
    ),
    (
        "fv2bt-ur-02",
        "ur",
        _s("""
میں لوٹن کے ایک کمیونٹی ایڈوائس سینٹر میں رضاکار ہوں۔ [[PERSON:محمد عارف]] صاحب کی اجازت سے
ان کا کیس شیئر کر رہا ہوں، کیونکہ یہ غلطی کسی کے ساتھ بھی ہو سکتی ہے۔ ہماری کیس شیٹ سے:
Client | DOB | NI no | Tenancy ref ;;
[[PERSON:ARIF, Mohammed]] | [[DATE_OF_BIRTH:02/01/1956]] | [[NI_NUMBER:PX735012D]] | [[REFERENCE:LHH/T/55081]] ;;
مہینہ | کرایہ | Housing Benefit | بیلنس ;;
اپریل | £575.20 | £575.20 | £0.00 ;;
مئی | £575.20 | — | £575.20 ;;
جون | £575.20 | — | £1,150.40 ;;
جولائی | £575.20 | — | £1,725.60
[[PERSON:عارف]] صاحب کی عمر [[AGE:۶۸ سال]] ہے اور وہ [[ADDRESS:47 Selbourne Road]]،
[[POSTCODE:lu48nb]] میں اکیلے رہتے ہیں۔ اپریل میں ان کے بڑے بھائی کا میرپور میں انتقال ہو گیا
اور وہ جنازے اور چالیسویں کے لیے چھ ہفتے پاکستان میں رہے۔ کونسل نے کہا کہ چار ہفتے سے زیادہ
باہر رہنے پر Housing Benefit بند ہو جاتا ہے، اور [[ORGANISATION:Lea Hart Homes]] نے "notice
seeking possession" بھیج دیا۔ کسی نے یہ نہیں پوچھا کہ وہ کیوں گئے تھے۔
ہم نے بھائی کا death certificate اور ٹکٹ بھیجے، کیونکہ قریبی رشتہ دار کی وفات پر آٹھ ہفتے
تک کی اجازت ہوتی ہے۔ لینڈ لارڈ کی income officer [[PERSON:Sharon Gayle]] سے
[[PHONE:01632 960 514]] پر بات ہوئی اور انہوں نے اسی دن نوٹس روک دیا۔ شکایت
[[REFERENCE:LHH-CMP-2207]] منظور ہوئی: Housing Benefit پچھلی تاریخ سے بحال ہوا، بیلنس صفر ہو
گیا، نوٹس واپس لے لیا گیا اور ۱۵۰ پاؤنڈ معاوضہ ملا۔
اب [[ORGANISATION:Lea Hart Homes]] کوئی بھی نوٹس بھیجنے سے پہلے کرایہ دار کو فون کرتی ہے اور
ایڈوائس کے لیے ریفر کرتی ہے۔ [[PERSON:عارف]] صاحب کہتے ہیں کہ بھائی کے غم کے ساتھ گھر چھن
جانے کا ڈر بھی تھا، اب کم از کم وہ ڈر ختم ہو گیا ہے۔
"""),
    ),
    (
        "fv2bt-ur-03",
        "ur",
        _s("""
یہ میرا contact log ہے جو میں نے فون کے notes میں رکھا تھا۔ میں [[PERSON:بلال حسین]] ہوں،
امی کے ساتھ [[ADDRESS:فلیٹ ۷]]، [[ADDRESS:Beresford Court]]، مانچسٹر [[POSTCODE:M13 0RX]]
میں رہتا ہوں، اور اوپر والے فلیٹ سے ہمارے کچن میں پانی آ رہا تھا۔
تاریخ | کس سے | کیسے | کیا ہوا ;;
2 مارچ | repairs line [[PHONE:0161 496 0733]] | فون | کچن کی چھت سے پانی، جاب [[REFERENCE:LHP-660214]] ;;
4 مارچ | [[ORGANISATION:Northern Quarter Plumbing]] | وزٹ | اوپر [[ADDRESS:فلیٹ ۱۱]] میں کوئی نہیں، واپس چلے گئے ;;
12 مارچ | [[OTHER_ID:@LongsightHomes]] | ٹویٹ | "DM us your details" ;;
13 مارچ | [[EMAIL:repairs@longsighthomes.example.com]] | ای میل | تصویریں بھیجیں، کوئی جواب نہیں ;;
20 مارچ | [[PERSON:Jo]] (complaints) | فون | شکایت [[REFERENCE:LHP/C/1043]] ;;
22 مارچ | [[ORGANISATION:Northern Quarter Plumbing]] | وزٹ | [[ADDRESS:فلیٹ ۱۱]] میں واشنگ مشین کا پائپ بدلا ;;
5 اپریل | plasterer | وزٹ | کچن کی چھت نئی
امی کی عمر [[AGE:۶۳ سال]] ہے اور انہیں [[HEALTH:گٹھیا]] ہے۔ تین ہفتے بالٹیاں اٹھا اٹھا کر ان کے
ہاتھ جواب دے گئے۔ اصل مسئلہ یہ تھا کہ اوپر والا فلیٹ خالی (void) تھا اور
[[ORGANISATION:Longsight Homes Partnership]] میں کسی کو معلوم نہیں تھا کہ اس کی چابی کس کے پاس
ہے، اس لیے پلمبر ہر بار دروازے سے واپس چلا جاتا۔
complaints ٹیم میں [[PERSON:Jo]] نے دو دن میں چابی ڈھونڈ لی اور اسی ہفتے پائپ بدل گیا۔ انہوں
نے معافی مانگی، خراب ہونے والی الماریوں اور بجلی کے خرچ کے لیے ۲۲۰ پاؤنڈ دیے، اور بتایا کہ اب
ہر خالی فلیٹ کی چابی لوکل آفس میں رجسٹر ہوتی ہے۔ ان کے سوشل میڈیا پر آنے والی شکایت بھی اب
سیدھی جاب بن جاتی ہے، صرف "DM us" نہیں۔
اگر آپ کے اوپر بھی کوئی خالی فلیٹ ہے اور پانی آ رہا ہے تو پہلے دن ہی پوچھیں کہ چابی کہاں ہے۔
"""),
    ),
    (
        "fv2bt-ur-04",
        "ur",
        _s("""
ہم سات لوگ دو کمروں کے گھر میں رہتے ہیں، [[ADDRESS:112 Bowyer Road]]، برمنگھم
[[POSTCODE:B8 1ET]]۔ یہ وہ ٹیبل ہے جو میں نے council کو housing register کے فارم کے ساتھ
بھیجا تھا:
نام | رشتہ | عمر | کہاں سوتے ہیں ;;
[[PERSON:شازیہ پروین]] | میں | [[AGE:۴۰]] | نیچے والا کمرہ ;;
[[PERSON:ندیم اقبال]] | شوہر | [[AGE:۴۴]] | نیچے والا کمرہ ;;
[[PERSON:رشیدہ بیگم]] | ساس | [[AGE:۷۲]] | اوپر، چھوٹا کمرہ ;;
[[PERSON:عائشہ]] | بیٹی | [[AGE:۱۴]] | اوپر، بڑا کمرہ ;;
[[PERSON:زینب]] | بیٹی | [[AGE:۷]] | اوپر، بڑا کمرہ ;;
[[PERSON:حمزہ]] | بیٹا | [[AGE:۱۱]] | صوفہ ;;
[[PERSON:موسیٰ]] | بیٹا | [[AGE:۳]] | ہمارے ساتھ
ساس کو [[HEALTH:ڈیمنشیا]] ہے اور وہ رات کو اٹھ کر بچیوں کے کمرے میں چلی جاتی ہیں۔
[[PERSON:حمزہ]] صوفے پر سوتا ہے اور [[ADDRESS:Saltley Brook Primary]] کی ٹیچر نے بتایا کہ وہ
کلاس میں سو جاتا ہے۔ ہماری درخواست [[REFERENCE:HR/2021/338190]] تین سال سے Band C میں پڑی
تھی، کیونکہ سسٹم میں ساس کا نام ہی نہیں چڑھا تھا، حالانکہ انہوں نے ان کا پاسپورٹ نمبر
[[OTHER_ID:AB1834406]] تک لے لیا تھا۔
میں نے [[EMAIL:shazia.nadeem@example.com]] سے شکایت بھیجی اور کونسلر [[PERSON:اکرم شاہ]] کو بھی
کاپی کی۔ انہوں نے housing والوں سے میٹنگ کروائی۔ دوبارہ assessment ہوا تو پتا چلا کہ ہمیں چار
بیڈروم چاہئیں، اور ساس کی بیماری کی وجہ سے medical priority بھی بنتی تھی۔ ہمیں Band A ملا
اور چار مہینے بعد چار کمروں کا گھر، جو [[ADDRESS:مسجد فیضانِ مدینہ]] کے پاس ہے جہاں ہم جمعہ
پڑھتے ہیں۔
کونسل نے غلطی مانی، معافی نامہ بھیجا، اور اب ہر سال درخواست دینے والے کو گھر کے افراد کی
لسٹ چیک کرنے کے لیے بھیجی جاتی ہے۔ آپ بھی اپنی لسٹ ضرور دیکھیں۔
"""),
    ),
    (
        "fv2bt-ur-05",
        "ur",
        _s("""
میرے ابو، چوہدری [[PERSON:غلام رسول]]، تاریخ پیدائش [[DATE_OF_BIRTH:۱۵ اگست ۱۹۴۴]]،
[[ADDRESS:18 Forth Street]]، گلاسگو [[POSTCODE:G41 2SP]] میں
[[ORGANISATION:Pollok Glen Housing Association]] کے گھر میں رہتے ہیں۔ انہیں گھٹنوں کا
[[HEALTH:آرتھرائٹس]] اور [[HEALTH:انجائنا]] ہے، اور ان کا بیڈروم اوپر ہے۔ stairlift کے لیے
سات مہینے لگے، یہ رہا پورا حساب:
تاریخ | کون | کیا | حالت ;;
01/2024 | OT [[PERSON:Fiona]] | stairlift کی سفارش، NHS [[OTHER_ID:401 023 2137]] | بھیج دیا ;;
03/2024 | [[ORGANISATION:Pollok Glen Housing Association]] | survey | "سیڑھی بہت تنگ ہے" ;;
05/2024 | کوئی نہیں | — | خاموشی ;;
06/2024 | [[PERSON:Douglas]] (manager) | شکایت [[REFERENCE:PGHA-CP-0457]] | دوسرا survey ;;
08/2024 | [[ORGANISATION:Clyde Stairlifts]] | curved stairlift لگ گئی | مکمل
ابو کی عمر [[AGE:۷۹ برس]] ہے۔ ان سات مہینوں میں وہ نیچے والے کمرے میں صوفے پر سوتے رہے اور
اوپر غسل خانے تک نہیں جا سکتے تھے۔ پہلے survey والے نے صرف سیدھی lift کی ناپ لی اور لکھ دیا کہ
سیڑھی تنگ ہے، کسی نے curved lift کا سوچا ہی نہیں۔ مئی میں میں نے [[PHONE:0141 496 0562]] پر
کئی بار فون کیا مگر جواب ملتا "pending"۔
جون میں شکایت کے بعد [[PERSON:Douglas]] صاحب خود آئے، مانا کہ پہلا survey ادھورا تھا، اور
دوسری کمپنی سے curved lift لگوا دی۔ ساتھ ہی ابو کی Motability گاڑی [[OTHER_ID:SK73 RFO]] کے
لیے گھر کے باہر disabled bay بھی بن گیا، تاکہ وہ [[ADDRESS:Dar ul Quran Masjid]] جمعہ کے لیے
خود جا سکیں۔ معاوضہ ۳۰۰ پاؤنڈ ملا۔
اب association نے طے کیا ہے کہ اگر پہلا survey "نہیں ہو سکتا" کہے تو دوسرا specialist ضرور
دیکھے گا۔ کسی کو مدد چاہیے تو مجھے لکھیں: [[EMAIL:rubina.rasul@example.org]]۔ —
[[PERSON:روبینہ]]
"""),
    ),
    (
        "fv2bt-bn-01",
        "bn",
        _s("""
আমি [[PERSON:রুমানা বেগম]], থাকি [[ADDRESS:ফ্ল্যাট ১৪]], [[ADDRESS:Brunton House]],
[[POSTCODE:E14 6JN]]। বাড়িওয়ালা [[ORGANISATION:Limehouse Cut Housing]]। ওদের অনলাইন
অ্যাকাউন্ট থেকে repairs-এর লিস্টটা কপি করে দিলাম:
তারিখ | জব নম্বর | মিস্ত্রি | মন্তব্য ;;
18/09/2023 | [[REFERENCE:LCH-772031]] | [[PERSON:Shahin]] | বেডরুমের দেয়ালে mould wash ;;
30/10/2023 | [[REFERENCE:LCH-774512]] | [[PERSON:Shahin]] | আবার mould wash, "ventilate more" ;;
27/11/2023 | [[REFERENCE:LCH-776090]] | — | no access ;;
12/01/2024 | [[REFERENCE:LCH-779344]] | [[ORGANISATION:Thames Damp Diagnostics]] | থার্মাল ক্যামেরা, কোল্ড ব্রিজ ;;
19/02/2024 | [[REFERENCE:LCH-781005]] | [[ORGANISATION:Thames Damp Diagnostics]] | ইনসুলেশন বোর্ড, নতুন extractor fan
আমার মেয়ে [[PERSON:সুমাইয়া]], বয়স [[AGE:৬ বছর]], ওর [[HEALTH:অ্যাজমা]] আছে।
[[PERSON:সুমাইয়ার]] স্কুল [[ADDRESS:Millwall Dock Primary]] থেকে দুইবার ফোন করেছে, কাশির জন্য
ক্লাস করতে পারছিল না। নভেম্বরে ওরা লিখেছে no access, অথচ আমি সারাদিন বাসায় ছিলাম, আমার
শাশুড়িও ছিলেন। আমি [[PHONE:০২০ ৭৯৪৬ ০৫৫১]] নম্বরে বারবার ফোন করেছি। শেষে
[[EMAIL:rumana.begum@example.com]] থেকে complaint করলাম, নম্বর
[[REFERENCE:LCH/COMP/3317]]।
স্টেজ ১-এর জবাব দিলেন মিস [[PERSON:ক্যারেন হলওয়ে]]। উনি নিজে এসে দেখলেন এবং মানলেন যে
দুইবার শুধু মুছে দিয়ে জব বন্ধ করা ভুল হয়েছে। থার্মাল ক্যামেরায় দেখা গেল বাইরের দেয়ালের
কোণায় কোনো insulation নেই, তাই ঠান্ডা দেয়ালে পানি জমে।
কাজ শেষ হওয়ার পর ঘর শুকনো। ওরা ৩০০ পাউন্ড দিয়েছে, আমার রেকর্ড থেকে no access মুছে দিয়েছে,
আর আমার অ্যাকাউন্টে লিখে রেখেছে যে ফোনে বাংলা দোভাষী লাগবে। এখন ওদের নিয়ম: একই ঘরে
দ্বিতীয়বার mould হলে সার্ভেয়ার আসবে। সবাইকে বলি, জব নম্বরগুলো লিখে রাখুন।
"""),
    ),
    (
        "fv2bt-bn-02",
        "bn",
        _s("""
আমার আম্মা মোছাম্মৎ [[PERSON:জাহানারা খাতুন]], জন্ম [[DATE_OF_BIRTH:১০ ফেব্রুয়ারি ১৯৫০]],
একা থাকেন [[ADDRESS:7 Werneth Hall Road]], ওল্ডহ্যাম [[POSTCODE:OL8 1QZ]]-এ,
[[ADDRESS:Glodwick Jame Masjid]]-এর ঠিক পেছনে। বাড়িটা [[ORGANISATION:Pennine Edge Homes]]-এর।
জানুয়ারিতে ওনার বয়লার নষ্ট হয়ে গেল। আমার নোট থেকে:
তারিখ | কার সাথে | কিভাবে | কী হলো ;;
৫ জানুয়ারি | repairs line [[PHONE:0161 496 0287]] | ফোন | বয়লার বন্ধ, জব [[REFERENCE:PEH 40 77 12]] ;;
৬ জানুয়ারি | কেউ আসেনি | — | slot ৮টা-১টা ;;
৮ জানুয়ারি | engineer [[PERSON:Wayne]] | ভিজিট | PCB লাগবে, অর্ডার ;;
১০ জানুয়ারি | [[PERSON:Nasima]] (tenancy officer) | ফোন | দুইটা হিটার দিলেন ;;
১২ জানুয়ারি | complaint [[REFERENCE:PEH/CF/9071]] | ইমেইল [[EMAIL:tanvir.ahmed@example.org]] | acknowledge ;;
১৫ জানুয়ারি | [[ORGANISATION:Boilerline North West]] | ভিজিট | নতুন PCB, গরম পানি ফিরে এল
আম্মার বয়স [[AGE:৭৪ বছর]], ওনার [[HEALTH:ক্রনিক কিডনি ডিজিজ]] আছে, ঠান্ডা একদম সহ্য হয় না।
দশ দিন উনি কেটলিতে পানি গরম করে গোসল করেছেন। আমি লন্ডনে থাকি, প্রতিদিন আসতে পারি না। সবচেয়ে
খারাপ লেগেছে ৬ তারিখে, কেউ আসেনি, ফোনও করেনি, আম্মা দরজার পাশে চেয়ার নিয়ে বসে ছিলেন।
[[PERSON:নাসিমা]] আপা প্রথম মানুষ যিনি আম্মার সাথে সিলেটিতে কথা বললেন, আর সেদিনই হিটার পাঠালেন।
complaint স্টেজ ১-এই মেনে নেওয়া হয়েছে: ২৫০ পাউন্ড, বিদ্যুতের খরচ আলাদা, আর আম্মার ফাইলে এখন
"vulnerable – no heating = 24 hrs" লেখা আছে। ওরা বলেছে, এখন থেকে বয়স্ক কারো appointment
মিস হলে সেদিনই ফোন করে নতুন সময় দেবে।
যাদের বাবা-মা একা থাকেন, তাদের বলি: landlord-কে লিখে জানান যে উনি vulnerable, মুখে বললে হবে
না। — [[PERSON:তানভীর আহমেদ]]
"""),
    ),
    (
        "fv2bt-bn-03",
        "bn",
        _s("""
আমার rent account-এর স্টেটমেন্ট থেকে কপি করলাম, কারণ অনেকে হয়তো খেয়ালই করেন না:
Account [[REFERENCE:TEH-0038812]] | Mr [[PERSON:A MALIK]] | [[ADDRESS:Flat 3, 21 Clifton Street]], Cardiff [[POSTCODE:CF24 1LS]] | Sort code [[OTHER_ID:40-11-62]] | Acc [[OTHER_ID:21843307]] ;;
তারিখ | বিবরণ | ডেবিট | ক্রেডিট | ব্যালান্স ;;
01/02 | Rent + service charge | £468.90 | | £468.90 ;;
03/02 | Direct Debit | | £468.90 | £0.00 ;;
03/02 | Direct Debit | | £468.90 | -£468.90 ;;
01/03 | Rent + service charge | £468.90 | | £0.00 ;;
01/03 | Door entry maintenance | £36.00 | | £36.00
আমি [[PERSON:আব্দুল মালিক]], বয়স [[AGE:৫৮ বছর]]। ফেব্রুয়ারিতে একই দিনে দুইবার Direct Debit কেটে
নিল, আমার অ্যাকাউন্ট overdraft-এ চলে গেল, ব্যাংক চার্জ দিল ৩৫ পাউন্ড। আমি
[[PHONE:029 2018 0446]]-এ ফোন করলাম, বলল "পরের মাসে adjust হয়ে যাবে"। কিন্তু আমার তো সেই মাসেই
বাজার করা লাগে। আর মার্চে দেখি নতুন করে door entry চার্জ, অথচ বিল্ডিং-এর দরজার intercom এক বছর
ধরে নষ্ট।
আমার মেয়ে [[PERSON:তাসলিমা]] [[EMAIL:taslima.malik@example.net]] থেকে complaint লিখল, নম্বর
[[REFERENCE:TEH/C/7720]]। [[ORGANISATION:Taff Ely Homes]]-এর finance team-এর
[[PERSON:Rhys]] নামের একজন ফোন করলেন, দুঃখ প্রকাশ করলেন। দুই দিনের মধ্যে দ্বিতীয় DD ফেরত
দিলেন, ব্যাংক চার্জের ৩৫ পাউন্ডও দিলেন। intercom ঠিক না হওয়া পর্যন্ত door entry চার্জ বন্ধ,
আর যে মাসগুলো নষ্ট ছিল তার টাকাও ফেরত।
ওরা বলেছে, ভুলটা হয়েছিল নতুন payment system চালুর সময়, আরও ৪০টা account-এ একই জিনিস
হয়েছে, সবাইকে ফেরত দিচ্ছে। এখন কোনো service চালু না থাকলে তার চার্জ আপনা থেকে বন্ধ হয়।
স্টেটমেন্ট প্রতি মাসে একবার দেখে নিন, ভাই।
"""),
    ),
    (
        "fv2bt-bn-04",
        "bn",
        _s("""
আমি একটা tenants' advice project-এ caseworker। [[PERSON:আশা রানী দাস]] দিদির অনুমতি নিয়ে
ওনার কেসের log-টা দিলাম। উনি [[ADDRESS:৫৬ নম্বর ফ্ল্যাটে]] থাকেন,
[[ADDRESS:Mile End Gardens Estate]], [[POSTCODE:e3 4rq]]।
তারিখ | কে | কী ঘটেছে | পরের ধাপ ;;
02/05 | [[PERSON:আশা]] দি | দরজার সামনে ঠাকুরের ফুল-প্রদীপ লাথি মেরে ফেলা, গালি | পুলিশ, ref [[REFERENCE:CAD 4471/02MAY]] ;;
05/05 | housing officer [[PERSON:Daniel Osei]] | ASB কেস খোলা [[REFERENCE:ASB-MEG-0288]] | diary sheet ;;
19/05 | [[PERSON:আলো]] (মেয়ে) | সিঁড়িতে আবার গালি, ভিডিও আছে | hate incident হিসেবে লেখার অনুরোধ ;;
28/05 | complaint [[REFERENCE:MEG/CF/1561]] | "neighbour dispute" বলে বন্ধ করা হয়েছিল | স্টেজ ২ ;;
14/06 | [[PERSON:Daniel]] + পুলিশ | প্রতিবেশীকে warning, CCTV | ঠিক আছে
[[PERSON:আশা]] দি [[OTHER_SPECIAL:হিন্দু]], প্রতিদিন সন্ধ্যায় দরজার পাশে প্রদীপ জ্বালান, আর
শনিবার [[ADDRESS:Sri Radha Krishna Mandir]]-এ যান। ওনার বয়স [[AGE:৬৬ বছর]]। মেয়ে
[[PERSON:আলো]] কলেজে পড়ে, মায়ের সাথেই থাকে। সিঁড়ির আলো মাসখানেক ধরে নষ্ট ছিল, অন্ধকারে ওই
প্রতিবেশী দাঁড়িয়ে থাকত, তাই [[PERSON:আলো]] রাতে একা ফিরতে ভয় পেত।
প্রথমে [[ORGANISATION:Mile End Gardens Housing Co-op]] কেসটাকে দুই প্রতিবেশীর ঝগড়া বলে বন্ধ
করে দিয়েছিল। স্টেজ ২-এ আমরা ভিডিও আর পুলিশের ref পাঠালাম। তখন [[PERSON:Daniel]] নিজে এসে
ক্ষমা চাইলেন, কেসটাকে hate incident হিসেবে নতুন করে খুললেন, সিঁড়ির আলো ঠিক করালেন আর CCTV
লাগালেন। প্রতিবেশীকে tenancy warning দেওয়া হয়েছে, তারপর থেকে আর কিছু হয়নি।
co-op এখন ধর্ম বা জাতি নিয়ে গালি থাকলে কোনো ASB কেসকে "dispute" বলে বন্ধ করে না, আগে একজন
manager দেখেন। কারো সাথে এমন কিছু হলে আমাদের ফোন করুন: [[PHONE:020 7946 0298]]। —
[[PERSON:মাহফুজা]]
"""),
    ),
    (
        "fv2bt-bn-05",
        "bn",
        _s("""
আমরা আট জন তিন বেডরুমের একটা বাড়িতে থাকি, [[ADDRESS:63 Somerville Road]], স্মল হিথ,
বার্মিংহাম [[POSTCODE:B10 9EN]]। বাড়িটা [[ORGANISATION:Saltley Gate Homes]]-এর। transfer-এর
আবেদনের সাথে এই টেবিলটা দিয়েছিলাম:
নাম | সম্পর্ক | বয়স | কোথায় ঘুমায় ;;
[[PERSON:জয়নাল আবেদীন]] | আমি | [[AGE:৪৭]] | বেডরুম ১ ;;
[[PERSON:শাহনাজ পারভীন]] | স্ত্রী | [[AGE:৪২]] | বেডরুম ১ ;;
[[PERSON:আমেনা বিবি]] | মা | [[AGE:৭৮]] | বেডরুম ৩ (বক্স রুম) ;;
[[PERSON:সুমন]] | ছেলে | [[AGE:১৯]] | লিভিং রুম ;;
[[PERSON:রিপা]] | মেয়ে | [[AGE:১৬]] | বেডরুম ২ ;;
[[PERSON:তানিয়া]] | মেয়ে | [[AGE:১২]] | বেডরুম ২ ;;
[[PERSON:হাসান]] | ছেলে | [[AGE:৪]] | বেডরুম ১ ;;
[[PERSON:হোসেন]] | ছেলে | [[AGE:৪]] | বেডরুম ১
হাউজিং রেজিস্টারে আমাদের নম্বর [[REFERENCE:BHR-2019-771204]], পাঁচ বছর ধরে। বড় বাড়ি এই এলাকায়
প্রায় নেই, আর বাচ্চাদের স্কুল [[ADDRESS:Coventry Road Primary]] ছেড়ে দূরে যেতে চাই না।
[[PERSON:সুমন]] university-র পড়া লিভিং রুমে রাত দুইটায় করত, যখন সবাই ঘুমায়।
complaint করেছিলাম ([[REFERENCE:SGH-CX-4410]]), কারণ দুই বছর ধরে কেউ আমাদের ফাইল দেখেনি,
চিঠির উত্তরও দেয়নি। স্টেজ ১-এ মিস্টার [[PERSON:আহমেদ]] একটা নতুন আইডিয়া দিলেন: loft
conversion। [[ORGANISATION:Saltley Gate Homes]]-এর এমন স্কিম আগে থেকেই ছিল, কিন্তু কেউ আমাদের
বলেনি। surveyor এসে দেখে বলল, হবে।
ছয় মাস পর loft-এ একটা বড় বেডরুম আর ছোট শাওয়ার রুম হলো। [[PERSON:সুমন]] এখন উপরে, যমজ দুজন
নিজেদের ঘরে। দেরির জন্য ওরা ৪০০ পাউন্ড দিয়েছে, আর এখন overcrowded পরিবারগুলোকে বছরে একবার
ফোন করে জিজ্ঞেস করে কোনো বিকল্প আছে কিনা। আমাদের মতো [[OTHER_SPECIAL:বাংলাদেশি]] বড়
পরিবারের জন্য এটা বড় খবর। কেউ কথা বলতে চাইলে: [[PHONE:০১২১ ৪৯৬ ০৬৩৯]]।
"""),
    ),
    (
        "fv2bt-pa-01",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਮਨਜੀਤ ਕੌਰ ਬਾਜਵਾ]] ਹਾਂ। ਅਸੀਂ [[ADDRESS:ਫ਼ਲੈਟ ੪]], [[ADDRESS:Havelock House]],
ਸਾਊਥਾਲ [[POSTCODE:UB2 4NF]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ, [[ADDRESS:ਸ੍ਰੀ ਗੁਰੂ ਸਿੰਘ ਸਭਾ]] ਤੋਂ ਦੋ ਮਿੰਟ ਪੈਦਲ।
ਘਰ [[ORGANISATION:Brent Meadow Housing]] ਦਾ ਹੈ। ਉਨ੍ਹਾਂ ਦੇ ਪੋਰਟਲ ਤੋਂ ਰਿਪੇਅਰਾਂ ਦੀ ਲਿਸਟ ਕਾਪੀ ਕੀਤੀ ਹੈ:
ਤਾਰੀਖ | ਜੌਬ ਨੰਬਰ | ਮਿਸਤਰੀ | ਨੋਟ ;;
11/11/2023 | [[REFERENCE:BMH-530218]] | [[PERSON:Jag]] | ਬੱਚਿਆਂ ਦੇ ਕਮਰੇ ਵਿੱਚ ਉੱਲੀ ਸਾਫ਼ ;;
08/12/2023 | [[REFERENCE:BMH-531907]] | [[PERSON:Jag]] | ਫਿਰ ਸਫ਼ਾਈ, anti-mould paint ;;
19/01/2024 | [[REFERENCE:BMH-534410]] | [[ORGANISATION:Westway Building Services]] | ਖਿੜਕੀ ਦੀ ਸੀਲ ਖ਼ਰਾਬ, ਫ਼ਰੇਮ ਵਿੱਚ ਪਾਣੀ ;;
02/02/2024 | [[REFERENCE:BMH-535122]] | — | "parts on order" ;;
16/02/2024 | [[REFERENCE:BMH-536008]] | [[ORGANISATION:Westway Building Services]] | ਨਵੀਂ double glazed ਖਿੜਕੀ, trickle vent
ਮੇਰਾ ਪੁੱਤਰ [[PERSON:ਗੁਰਨੂਰ]] [[AGE:੭ ਸਾਲ]] ਦਾ ਹੈ ਅਤੇ ਉਸ ਨੂੰ [[HEALTH:ਦਮਾ]] ਹੈ। ਸਰਦੀਆਂ ਵਿੱਚ
ਉਹ ਦੋ ਵਾਰ ਹਸਪਤਾਲ ਗਿਆ। ਮੈਂ ਰਿਪੇਅਰ ਲਾਈਨ [[PHONE:੦੨੦ ੭੯੪੬ ੦੭੧੮]] 'ਤੇ ਅਣਗਿਣਤ ਵਾਰ ਫ਼ੋਨ ਕੀਤਾ।
ਹਰ ਵਾਰ ਕਹਿੰਦੇ ਸਨ ਕਿ ਕਮਰੇ ਵਿੱਚ ਕੱਪੜੇ ਨਾ ਸੁਕਾਓ, ਪਰ ਅਸਲ ਵਿੱਚ ਖਿੜਕੀ ਖ਼ਰਾਬ ਸੀ ਅਤੇ ਮੀਂਹ ਦਾ
ਪਾਣੀ ਕੰਧ ਵਿੱਚ ਜਾਂਦਾ ਸੀ।
ਫਿਰ ਮੇਰੇ ਪਤੀ [[PERSON:ਹਰਵਿੰਦਰ]] ਨੇ [[EMAIL:harvinder.bajwa@example.com]] ਤੋਂ ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ
ਭੇਜੀ, ਨੰਬਰ [[REFERENCE:BMH/CMP/2291]]। ਮਿਸ [[PERSON:ਐਮਾ ਕਲਾਰਕ]] ਨੇ ਸਟੇਜ ੧ ਦਾ ਜਵਾਬ ਦਿੱਤਾ ਅਤੇ
ਮੰਨਿਆ ਕਿ ਦੋ ਵਾਰ ਸਿਰਫ਼ ਉੱਲੀ ਸਾਫ਼ ਕਰਕੇ ਜੌਬ ਬੰਦ ਕਰਨਾ ਗ਼ਲਤ ਸੀ। "parts on order" ਵਾਲੀ ਜੌਬ ਵੀ
ਦੋ ਹਫ਼ਤੇ ਕਿਸੇ ਨੇ ਨਹੀਂ ਦੇਖੀ ਸੀ।
ਨਵੀਂ ਖਿੜਕੀ ਲੱਗਣ ਤੋਂ ਬਾਅਦ ਕਮਰਾ ਸੁੱਕਾ ਹੈ ਅਤੇ [[PERSON:ਗੁਰਨੂਰ]] ਦੀ ਖੰਘ ਬਹੁਤ ਘਟ ਗਈ ਹੈ। ਸਾਨੂੰ
੩੫੦ ਪੌਂਡ ਮੁਆਵਜ਼ਾ ਮਿਲਿਆ। ਹੁਣ ਉਨ੍ਹਾਂ ਦਾ ਨਿਯਮ ਹੈ ਕਿ ਦੂਜੀ ਵਾਰ ਉੱਲੀ ਦੀ ਸ਼ਿਕਾਇਤ ਆਵੇ ਤਾਂ ਸਰਵੇਅਰ
ਆਉਂਦਾ ਹੈ, ਸਫ਼ਾਈ ਵਾਲਾ ਨਹੀਂ। ਸਾਰਿਆਂ ਨੂੰ ਮੇਰੀ ਸਲਾਹ: ਹਰ ਜੌਬ ਨੰਬਰ ਲਿਖ ਕੇ ਰੱਖੋ।
"""),
    ),
    (
        "fv2bt-pa-02",
        "pa",
        _s("""
ਇਹ ਮੇਰੇ ਦਾਦਾ ਜੀ, ਸਰਦਾਰ [[PERSON:ਕਰਤਾਰ ਸਿੰਘ ਢਿੱਲੋਂ]], ਦੀ ਗੱਲ ਹੈ। ਉਨ੍ਹਾਂ ਦੀ ਜਨਮ ਤਾਰੀਖ
[[DATE_OF_BIRTH:੨੨-੦੪-੧੯੪੦]] ਹੈ ਅਤੇ ਉਹ [[ADDRESS:14 Lea Road]], ਵੁਲਵਰਹੈਂਪਟਨ
[[POSTCODE:wv3 0lh]] ਵਿੱਚ ਇਕੱਲੇ ਰਹਿੰਦੇ ਹਨ। ਉਨ੍ਹਾਂ ਨੂੰ [[HEALTH:ਐਂਜਾਈਨਾ]] ਹੈ। ਘਰ
[[ORGANISATION:Wednesfield Homes]] ਦਾ ਹੈ। ਫ਼ਰਵਰੀ ਵਿੱਚ ਹੀਟਿੰਗ ਬੰਦ ਹੋ ਗਈ; ਇਹ ਮੇਰੀ ਬਣਾਈ
ਲਿਸਟ ਹੈ:
ਤਾਰੀਖ | ਕਿਸ ਨਾਲ | ਕਿਵੇਂ | ਕੀ ਹੋਇਆ ;;
੩ ਫ਼ਰਵਰੀ | repairs [[PHONE:01632 960 377]] | ਫ਼ੋਨ | ਜੌਬ [[REFERENCE:WH/88/4410]], "5 working days" ;;
੮ ਫ਼ਰਵਰੀ | engineer [[PERSON:Kev]] | ਘਰ ਆਇਆ | ਪੰਪ ਖ਼ਰਾਬ, ਪੁਰਜ਼ਾ ਮੰਗਵਾਉਣਾ ;;
੧੨ ਫ਼ਰਵਰੀ | ਕੋਈ ਨਹੀਂ | — | ਦਾਦਾ ਜੀ ਕੰਬਲ ਵਿੱਚ ;;
੧੩ ਫ਼ਰਵਰੀ | [[EMAIL:complaints@wednesfieldhomes.example.org]] | ਈਮੇਲ | ਸ਼ਿਕਾਇਤ [[REFERENCE:WH-CF-1307]] ;;
੧੪ ਫ਼ਰਵਰੀ | [[PERSON:Parminder Sandhu]] (complaints) | ਫ਼ੋਨ | ਦੋ ਹੀਟਰ, ਉਸੇ ਦਿਨ ਪੰਪ
ਦਾਦਾ ਜੀ [[AGE:੮੩ ਸਾਲ]] ਦੇ ਹਨ ਅਤੇ ਫ਼ੋਨ 'ਤੇ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਗੱਲ ਨਹੀਂ ਕਰ ਸਕਦੇ। ਗਿਆਰਾਂ ਦਿਨ
ਉਹ ਠੰਢੇ ਘਰ ਵਿੱਚ ਰਹੇ; ਸ਼ਾਮ ਨੂੰ [[ADDRESS:ਗੁਰਦੁਆਰਾ ਗੁਰੂ ਨਾਨਕ ਸਤਿਸੰਗ ਸਭਾ]] ਜਾ ਕੇ ਬੈਠਦੇ ਸਨ
ਕਿਉਂਕਿ ਉੱਥੇ ਨਿੱਘ ਸੀ। ਇੰਜੀਨੀਅਰ ਦਾ ਕੋਈ ਕਸੂਰ ਨਹੀਂ ਸੀ; ਪੁਰਜ਼ੇ ਦਾ ਆਰਡਰ ਕਿਸੇ ਨੇ ਭੇਜਿਆ ਹੀ ਨਹੀਂ।
ਸ਼ਿਕਾਇਤ ਤੋਂ ਅਗਲੇ ਦਿਨ ਮਿਸਿਜ਼ [[PERSON:ਸੰਧੂ]] ਨੇ ਦਾਦਾ ਜੀ ਨਾਲ ਪੰਜਾਬੀ ਵਿੱਚ ਗੱਲ ਕੀਤੀ, ਉਸੇ
ਦਿਨ ਹੀਟਰ ਭਿਜਵਾਏ ਅਤੇ ਪੰਪ ਲਗਵਾ ਦਿੱਤਾ। ਸਟੇਜ ੧ ਵਿੱਚ ਸ਼ਿਕਾਇਤ ਮੰਨੀ ਗਈ: ੨੦੦ ਪੌਂਡ ਮੁਆਵਜ਼ਾ
ਅਤੇ ਬਿਜਲੀ ਦਾ ਖ਼ਰਚਾ। ਹੁਣ ਦਾਦਾ ਜੀ ਦੀ ਫ਼ਾਈਲ 'ਤੇ ਲਿਖਿਆ ਹੈ ਕਿ ਉਨ੍ਹਾਂ ਨਾਲ ਪੰਜਾਬੀ ਬੋਲਣ ਵਾਲਾ
ਸਟਾਫ਼ ਗੱਲ ਕਰੇ, ਅਤੇ ਮੇਰਾ ਨੰਬਰ [[PHONE:07700 900 826]] ਸੰਪਰਕ ਵਜੋਂ ਦਰਜ ਹੈ।
[[ORGANISATION:Wednesfield Homes]] ਨੇ ਇਹ ਵੀ ਦੱਸਿਆ ਕਿ ਹੁਣ ਹਰ "part ordered" ਜੌਬ ਨੂੰ ਤਿੰਨ ਦਿਨ
ਬਾਅਦ ਕੋਈ ਚੈੱਕ ਕਰਦਾ ਹੈ। — [[PERSON:ਸਿਮਰਨ]]
"""),
    ),
    (
        "fv2bt-pa-03",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਜਸਵਿੰਦਰ ਸਿੰਘ ਰੰਧਾਵਾ]] ਹਾਂ, ਪਰ ਸਾਰੇ ਮੈਨੂੰ [[PERSON:ਜੱਸੀ]] ਕਹਿੰਦੇ ਹਨ। ਅਸੀਂ
[[ADDRESS:88 Loughborough Road]], ਲੈਸਟਰ [[POSTCODE:LE4 5LB]] ਵਿੱਚ
[[ORGANISATION:Abbey Meadows Homes]] ਦੇ ਘਰ ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ। ਪਿਛਲੀ ਪਤਝੜ ਵਿੱਚ ਛੱਤ ਤੋਂ ਪਾਣੀ ਟਪਕਣ ਲੱਗ ਪਿਆ।
ਮੇਰਾ ਲੌਗ:
ਤਾਰੀਖ | ਕੌਣ | ਕਿਵੇਂ | ਨਤੀਜਾ ;;
੨੬ ਅਕਤੂਬਰ | repairs [[PHONE:0116 496 0382]] | ਫ਼ੋਨ | ਛੱਤ ਤੋਂ ਪਾਣੀ, ਜੌਬ [[REFERENCE:AMH-R-771093]] ;;
੨੭ ਅਕਤੂਬਰ | [[ORGANISATION:Soar Valley Roofing]] | ਆਏ | ਤਰਪਾਲ ਪਾਈ, "ਪੱਕਾ ਕੰਮ ਬਾਅਦ ਵਿੱਚ" ;;
੧੫ ਨਵੰਬਰ | ਤਰਪਾਲ ਹਵਾ ਨਾਲ ਉੱਡ ਗਈ | [[OTHER_ID:@AbbeyMeadowsHomes]] | ਫ਼ੋਟੋਆਂ ਪਾਈਆਂ ;;
੧੬ ਨਵੰਬਰ | [[PERSON:Lauren]] (customer team) | [[EMAIL:lauren.p@abbeymeadows.example.net]] | ਸ਼ਿਕਾਇਤ [[REFERENCE:AMH-C-20931]] ;;
੨੯ ਨਵੰਬਰ | [[ORGANISATION:Soar Valley Roofing]] | scaffolding | ਨਵੀਆਂ ਟਾਈਲਾਂ, ਛੱਤ ਠੀਕ
ਪਾਣੀ ਸਿੱਧਾ ਮੇਰੀ ਧੀ [[PERSON:ਨਵਨੀਤ]] ਦੇ ਕਮਰੇ ਵਿੱਚ ਆਉਂਦਾ ਸੀ। ਉਹ [[AGE:੧੬ ਸਾਲ]] ਦੀ ਹੈ ਅਤੇ GCSE
ਦੀ ਤਿਆਰੀ ਕਰ ਰਹੀ ਸੀ; ਉਸ ਦੀਆਂ ਕਿਤਾਬਾਂ ਅਤੇ ਲੈਪਟੌਪ ਭਿੱਜ ਗਏ। ਤਿੰਨ ਹਫ਼ਤੇ ਉਹ ਆਪਣੀ ਭੂਆ ਦੇ ਘਰ
ਸੁੱਤੀ। [[ADDRESS:Thurmaston Lane Academy]] ਨੇ ਵੀ ਚਿੱਠੀ ਲਿਖ ਕੇ ਦੱਸਿਆ ਕਿ ਉਹ ਥੱਕੀ ਹੋਈ ਸਕੂਲ
ਆਉਂਦੀ ਹੈ।
ਸ਼ਿਕਾਇਤ ਤੋਂ ਬਾਅਦ [[PERSON:Lauren]] ਹਰ ਹਫ਼ਤੇ ਫ਼ੋਨ ਕਰਕੇ ਦੱਸਦੀ ਰਹੀ ਕਿ ਕੰਮ ਕਿੱਥੇ ਤੱਕ ਪਹੁੰਚਿਆ।
ਉਨ੍ਹਾਂ ਨੇ ਮੰਨਿਆ ਕਿ ਤਰਪਾਲ ਵਾਲੀ ਆਰਜ਼ੀ ਜੌਬ ਬੰਦ ਹੋ ਗਈ ਸੀ ਅਤੇ ਪੱਕੇ ਕੰਮ ਦੀ ਜੌਬ ਕਦੇ ਬਣੀ ਹੀ ਨਹੀਂ।
ਛੱਤ ਠੀਕ ਹੋਣ ਤੋਂ ਬਾਅਦ ਕਮਰਾ ਸੁਕਾਇਆ, ਨਵਾਂ plaster ਅਤੇ ਰੰਗ ਕੀਤਾ, ਅਤੇ ਲੈਪਟੌਪ ਤੇ ਕਿਤਾਬਾਂ ਲਈ
੪੫੦ ਪੌਂਡ ਦਿੱਤੇ। ਹੁਣ ਹਰ ਆਰਜ਼ੀ ਮੁਰੰਮਤ ਨਾਲ ਪੱਕੀ ਜੌਬ ਆਪਣੇ ਆਪ ਬਣਦੀ ਹੈ। ਸ਼ੁਕਰ ਹੈ,
[[PERSON:ਨਵਨੀਤ]] ਦੇ ਪੇਪਰ ਵਧੀਆ ਹੋ ਗਏ।
"""),
    ),
    (
        "fv2bt-pa-04",
        "pa",
        _s("""
ਮੇਰੀ ਮੰਮੀ, [[PERSON:ਸੁਰਿੰਦਰ ਕੌਰ ਗਰੇਵਾਲ]], ਨੂੰ ਪਿਛਲੇ ਸਾਲ [[HEALTH:ਸਟਰੋਕ]] ਹੋਇਆ ਅਤੇ ਹੁਣ ਉਨ੍ਹਾਂ
ਦੇ ਸੱਜੇ ਪਾਸੇ [[HEALTH:ਅਧਰੰਗ]] ਹੈ। ਉਹ [[ADDRESS:5 Pelham Road]], ਗ੍ਰੇਵਜ਼ੈਂਡ
[[POSTCODE:DA11 0HU]] ਵਿੱਚ [[ORGANISATION:Medway Vale Homes]] ਦੇ ਘਰ ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ। ramp ਅਤੇ
wet room ਲਈ ਦਸ ਮਹੀਨੇ ਲੱਗੇ। ਮੇਰੀ spreadsheet ਤੋਂ:
ਤਾਰੀਖ | ਕੌਣ | ਕੀ | ਹਾਲਤ ;;
ਮਾਰਚ 2023 | OT [[PERSON:Bernice Adu]] | ramp + wet room, NHS [[OTHER_ID:650 338 2915]] | ਭੇਜਿਆ ;;
ਮਈ 2023 | [[ORGANISATION:Medway Vale Homes]] | "waiting list 18 months" | ਉਡੀਕ ;;
ਅਗਸਤ 2023 | [[PERSON:Gary]] (adaptations) | ਸ਼ਿਕਾਇਤ [[REFERENCE:MVH-CP-6120]] | "ਬਜਟ ਨਹੀਂ" ;;
ਅਕਤੂਬਰ 2023 | Housing Ombudsman | ਕੇਸ [[REFERENCE:202311874]] | ਖੁੱਲ੍ਹਿਆ ;;
ਜਨਵਰੀ 2024 | [[ORGANISATION:Kent Access Builders]] | ramp ਅਤੇ wet room | ਮੁਕੰਮਲ
ਮੰਮੀ ਦੀ ਉਮਰ [[AGE:੬੯ ਸਾਲ]] ਹੈ। ਨੌਂ ਮਹੀਨੇ ਉਹ ਘਰੋਂ ਬਾਹਰ ਨਹੀਂ ਨਿਕਲ ਸਕੇ ਕਿਉਂਕਿ ਦਰਵਾਜ਼ੇ ਅੱਗੇ ਤਿੰਨ
ਪੌੜੀਆਂ ਹਨ। ਮੇਰਾ ਭਰਾ [[PERSON:ਰਾਜੂ]] ਹਰ ਹਸਪਤਾਲ ਵਾਲੀ appointment 'ਤੇ ਉਨ੍ਹਾਂ ਨੂੰ ਚੁੱਕ ਕੇ
ਗੱਡੀ ([[OTHER_ID:GN70 PYK]]) ਵਿੱਚ ਬਿਠਾਉਂਦਾ ਸੀ, ਅਤੇ ਨਹਾਉਣ ਲਈ ਮੈਂ ਹਰ ਦੂਜੇ ਦਿਨ ਜਾਂਦੀ ਸੀ।
"ਬਜਟ ਨਹੀਂ" ਵਾਲੇ ਜਵਾਬ ਤੋਂ ਬਾਅਦ ਅਸੀਂ Ombudsman ਕੋਲ ਗਏ। ਉਸ ਤੋਂ ਬਾਅਦ
[[ORGANISATION:Medway Vale Homes]] ਨੇ ਆਪ ਕੇਸ ਦੁਬਾਰਾ ਦੇਖਿਆ, ਮੰਨਿਆ ਕਿ ਹਸਪਤਾਲੋਂ ਛੁੱਟੀ ਵਾਲੇ
ਕੇਸ ਨੂੰ ਆਮ ਲਿਸਟ ਵਿੱਚ ਨਹੀਂ ਪਾਉਣਾ ਚਾਹੀਦਾ ਸੀ, ਅਤੇ ਛੇ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਕੰਮ ਕਰਵਾ ਦਿੱਤਾ। ੭੫੦ ਪੌਂਡ
ਮੁਆਵਜ਼ਾ ਮਿਲਿਆ। ਹੁਣ ਉਹ OT ਵੱਲੋਂ ਜ਼ਰੂਰੀ ਦੱਸੇ ਕੰਮ ਪਹਿਲ ਦੇ ਆਧਾਰ 'ਤੇ ਕਰਦੇ ਹਨ ਅਤੇ ਕਿਰਾਏਦਾਰ ਨੂੰ
ਸੱਚਾ waiting time ਲਿਖ ਕੇ ਦੱਸਦੇ ਹਨ।
ਮੰਮੀ ਹੁਣ ਆਪ ਬਾਹਰ ਵਿਹੜੇ ਵਿੱਚ ਬੈਠਦੇ ਹਨ। ਕੋਈ ਗੱਲ ਕਰਨੀ ਹੋਵੇ ਤਾਂ:
[[EMAIL:preet.grewal@example.com]]। — [[PERSON:ਪ੍ਰੀਤ]]
"""),
    ),
    (
        "fv2bt-pa-05",
        "pa",
        _s("""
ਮੈਂ ਹੈਂਡਸਵਰਥ ਦੇ ਇੱਕ advice centre ਵਿੱਚ caseworker ਹਾਂ। ਇਹ ਬੀਬੀ [[PERSON:ਬਲਜੀਤ ਕੌਰ]] ਦੇ ਕੇਸ
ਦਾ ਲੌਗ ਹੈ, ਉਨ੍ਹਾਂ ਦੀ ਇਜਾਜ਼ਤ ਨਾਲ। ਉਹ ਆਪਣੀ ਪੋਤੀ [[PERSON:ਖ਼ੁਸ਼ੀ]] ([[AGE:੧੦ ਸਾਲ]]) ਨਾਲ
[[ADDRESS:ਫ਼ਲੈਟ ੨੩]], [[ADDRESS:Rookery Court]], [[POSTCODE:B21 9PN]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ।
ਤਾਰੀਖ | ਕੌਣ | ਕੀ ਹੋਇਆ | ਅਗਲਾ ਕਦਮ ;;
04/09 | ਬੀਬੀ ਜੀ | ਉੱਪਰਲੇ ਫ਼ਲੈਟ ਤੋਂ ਰਾਤ ਨੂੰ ਉੱਚਾ ਮਿਊਜ਼ਿਕ, ਦਰਵਾਜ਼ਾ ਖੜਕਾਉਣਾ | noise diary ;;
11/09 | housing officer [[PERSON:Marcus Bell]] | ASB [[REFERENCE:HPH/ASB/7719]] | warning letter ;;
25/09 | [[PERSON:ਖ਼ੁਸ਼ੀ]] | ਪੌੜੀਆਂ 'ਤੇ ਪਟਕੇ ਦਾ ਮਜ਼ਾਕ, ਧੱਕਾ | ਪੁਲਿਸ [[REFERENCE:20/118742/23]] ;;
02/10 | ਮੈਂ | ਸ਼ਿਕਾਇਤ [[REFERENCE:HPH-C-3318]], ਤਿੰਨ ਹਫ਼ਤਿਆਂ ਤੋਂ ਕੋਈ update ਨਹੀਂ | stage 1 ;;
20/10 | [[PERSON:Marcus]] + ਮੈਨੇਜਰ | ਘਰ ਆਏ, noise recorder ਲਾਇਆ | ਕਾਰਵਾਈ
ਬੀਬੀ ਜੀ [[AGE:੭੧ ਸਾਲ]] ਦੇ ਹਨ ਅਤੇ [[HEALTH:ਸ਼ੂਗਰ]] ਦੇ ਮਰੀਜ਼ ਹਨ; ਰਾਤਾਂ ਦੀ ਨੀਂਦ ਨਾ ਆਉਣ ਕਰਕੇ
ਉਨ੍ਹਾਂ ਦੀ ਸਿਹਤ ਵਿਗੜ ਰਹੀ ਸੀ। ਉਹ [[OTHER_SPECIAL:ਸਿੱਖ]] ਪਰਿਵਾਰ ਹਨ, ਅਤੇ ਸਤੰਬਰ ਵਿੱਚ ਉੱਪਰਲੇ ਫ਼ਲੈਟ
ਵਾਲੇ ਮੁੰਡਿਆਂ ਨੇ [[PERSON:ਖ਼ੁਸ਼ੀ]] ਦੇ ਪਟਕੇ ਦਾ ਮਜ਼ਾਕ ਉਡਾ ਕੇ ਉਸ ਨੂੰ ਧੱਕਾ ਦਿੱਤਾ। ਉਸ ਤੋਂ ਬਾਅਦ ਘਰ
ਵਿੱਚ ਕੋਈ ਖ਼ੁਸ਼ੀ ਨਹੀਂ ਰਹੀ; ਬੱਚੀ [[ADDRESS:Hamstead Road Primary]] ਜਾਣ ਤੋਂ ਵੀ ਡਰਦੀ ਸੀ।
ਸਾਡੀ ਸ਼ਿਕਾਇਤ ਇਹ ਸੀ ਕਿ warning letter ਤੋਂ ਬਾਅਦ ਤਿੰਨ ਹਫ਼ਤੇ ਕਿਸੇ ਨੇ ਕੁਝ ਨਹੀਂ ਦੱਸਿਆ। ਸਟੇਜ ੧
ਵਿੱਚ [[ORGANISATION:Handsworth Park Homes]] ਨੇ ਮੰਨਿਆ ਕਿ ਧਾਰਮਿਕ ਨਫ਼ਰਤ ਵਾਲੀ ਘਟਨਾ ਨੂੰ ਆਮ ਸ਼ੋਰ
ਵਾਲਾ ਕੇਸ ਸਮਝਿਆ ਗਿਆ ਸੀ। recorder ਦੇ ਸਬੂਤ ਨਾਲ ਉੱਪਰਲੇ ਕਿਰਾਏਦਾਰ ਨੂੰ final warning ਮਿਲੀ ਅਤੇ
ਹੁਣ ਰਾਤਾਂ ਸ਼ਾਂਤ ਹਨ। ਬੀਬੀ ਜੀ ਨੂੰ ੨੫੦ ਪੌਂਡ ਅਤੇ ਲਿਖਤੀ ਮੁਆਫ਼ੀ ਮਿਲੀ।
ਹੁਣ ਅਜਿਹੇ ਕੇਸ ਨੂੰ ਇੱਕ ਹੀ officer ਦੇਖਦਾ ਹੈ ਅਤੇ ਹਰ ਦਸ ਦਿਨਾਂ ਵਿੱਚ update ਦੇਣਾ ਲਾਜ਼ਮੀ ਹੈ। ਮਦਦ
ਚਾਹੀਦੀ ਹੋਵੇ ਤਾਂ [[PHONE:0121 496 0157]] ਜਾਂ [[EMAIL:advice.handsworth@example.org]]। —
[[PERSON:ਗਗਨਦੀਪ]]
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
