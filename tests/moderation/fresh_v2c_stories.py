"""A third batch of fresh stories under version 2 of the marking, by a third writer.

35 stories (5 each in English, Polish, Romanian, Arabic, Urdu, Bengali and Punjabi in
Gurmukhi): complaints written as lists of questions, second person, a social worker's
formal retelling, SMS threads, stories with eight or more people each named several
ways, number-heavy stories, ALL CAPS and lower case without punctuation, names that are
ordinary words. The writer never saw the detector, its tests or the other sets.

Measured once, at first sight, on 7 December 2026: 37.1% of stories leak-free, recall
92.6%, precision 94.6% (en 40.0% / 96.8%; ar 20.0% / 88.4%; bn 20.0% / 91.8%; pa 60.0% /
97.5%; pl 20.0% / 88.5%; ro 40.0% / 89.8%; ur 60.0% / 96.1%). Its misses have not been
looked at: the next round of work should measure on a new batch written by someone else
before using this one for development.

Same format as ``fresh_v2_stories``: ``[[KIND:text]]`` inline, ``as_jsonl_lines`` for
``score.py``. All people, places, organisations and numbers are invented.
"""

from __future__ import annotations

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def P(s):
    """Prose: strip, and fold the source line breaks into single spaces."""
    return " ".join(line.strip() for line in s.strip().splitlines() if line.strip())


def K(s):
    """Keep line breaks (SMS threads, numbered lists)."""
    return "\n".join(line.strip() for line in s.strip().splitlines() if line.strip())


STORIES = [
    # ------------------------------------------------------------------ English
    (
        "fv2c-en-01",
        "en",
        K("""
Questions for [[ORGANISATION:Castlebrook Homes]] from the tenant at [[ADDRESS:flat 14b]], [[ADDRESS:Juniper House]]:
1. Why did it take 63 days to send anyone about the leak I first reported on 2 February?
2. Why was repair job [[REFERENCE:RJ/448213]] closed as "no access" when I was home all day with my son [[PERSON:Will]], who is [[AGE:8]]?
3. Will anyone explain why the surveyor, Mr [[PERSON:Dunmore]], wrote "lifestyle condensation" when my daughter [[PERSON:Hope]] has [[HEALTH:cystic fibrosis]]?
4. Is there any hope at all of a transfer before winter?
5. Did [[PERSON:Janet]] in lettings ever pass on my letter? She said "leave it with me, [[PERSON:Rosie]]" and that was in March.
6. Why does the text from [[PHONE:07700 900412]] give my address as [[ADDRESS:41 Juniper Road]], where I have never lived?
7. Why was complaint [[REFERENCE:CX-2024-01177]] answered by [[PERSON:Tom Ashby]], the same manager I complained about?
8. Can [[ORGANISATION:Kellow Damp Solutions]] explain why their operative left a bottle of mould spray on [[PERSON:Will]]'s bed?
9. Who will pay the £212 electricity bill for the dehumidifier you told me to run day and night?
10. When will somebody ring me back on [[PHONE:01632 960 587]] or write to [[EMAIL:rosie.marchetti@example.net]]?
[[PERSON:Rosie Marchetti]], [[POSTCODE:ne6 2qd]]
"""),
    ),
    (
        "fv2c-en-02",
        "en",
        P("""
You wake at dawn because the boiler at [[ADDRESS:number 9]] bangs like somebody at the door. You are [[PERSON:Dawn]]:
your mother named you for the hour you were born on the [[DATE_OF_BIRTH:fourteenth of May, nineteen fifty-three]], and
now you are [[AGE:71]] and you have [[HEALTH:COPD]]. You ring [[ORGANISATION:Harlow Vale Housing]] at eight and get
[[PERSON:Kieran]] again, who promises the engineer's van, [[OTHER_ID:LK19 WXH]], is on its way. You live opposite the
[[ADDRESS:Bell and Anchor]], so you see every van that comes and goes, and that one never turns into your road.
Your grandson [[PERSON:Sunny]], who calls you [[PERSON:Dawnie]] when he wants something, films the radiators on a sunny
afternoon and posts it from [[OTHER_ID:@sunny_days_77]], tagging [[OTHER_ID:@HarlowValeHomes]]. By teatime a
manager, Ms [[PERSON:Oyelaran]], is on the phone. You give her your tenancy reference, [[REFERENCE:HVH-T-20931]],
and your NHS number, [[OTHER_ID:485 777 3456]], because the GP at [[ADDRESS:Brookfield Surgery]] wants the cold
written down. She says sorry twice. You write it all in the notebook you keep by the kettle, in case you need it.
"""),
    ),
    (
        "fv2c-en-03",
        "en",
        K("""
[09:14] Me: hi its [[PERSON:Grace]] at [[ADDRESS:flat 3, 22 Mercer Street]] is the plumber still coming today
[09:31] [[ORGANISATION:Northgate Living]]: Hi [[PERSON:Grace]], your job ref is [[REFERENCE:NL-JOB-55102]]. Operative [[PERSON:Bill]] will attend between 12 and 4.
[09:33] Me: [[PERSON:bill]] as in [[PERSON:Bill Okoro]]? last time he turned the water off and left
[09:40] [[ORGANISATION:Northgate Living]]: We can't say which operative. If you miss the slot there is no grace period.
[12:02] Me: my sister [[PERSON:Joy]] is staying, she has [[HEALTH:MS]] and cant manage the stairs to the bathroom at [[ADDRESS:number 5]] next door
[14:10] [[ORGANISATION:Northgate Living]]: Operative running late. Please call [[PHONE:020 7946 0377]] with any questions.
[14:12] Me: rang [[PHONE:020 7946 0377]] twice. no joy
[16:45] Me: nobody came. putting in a complaint. email is [[EMAIL:grace dot okafor at example dot com]], postcode [[POSTCODE:E15 4RT]], mobile [[PHONE:07700 900 268]]
[16:50] [[ORGANISATION:Northgate Living]]: Complaint logged, ref [[REFERENCE:CMP-88213]]. Goodwill payments go to the account ending [[OTHER_ID:7731]].
[16:52] Me: that's not even my account. and i want a date not a bill for the call out
"""),
    ),
    (
        "fv2c-en-04",
        "en",
        P("""
I am secretary of the residents' association and I am writing about the water coming through the roof at
[[ADDRESS:Kingfisher Walk]]. Mrs [[PERSON:Margaret Hollis]] at [[ADDRESS:number 2]], [[PERSON:Peggy]] to all of us, first
reported it in October. Her son [[PERSON:Daniel Hollis]] ([[PERSON:Danny]]) came over from Derby and rang
[[ORGANISATION:Avonmere Housing]] himself. [[PERSON:Danny]]'s little girl, [[PERSON:Little Izzy]], was staying and woke
up with plaster in her hair. Our neighbour [[PERSON:Rose Kettering]] took photos; [[PERSON:Rosie]] also kept the
roses in the front bed alive through all this, which nobody thanked her for. Mr [[PERSON:Tariq Aziz]] from the end
house lent buckets, and [[PERSON:Tariq]]'s ladder is how the contractor, [[PERSON:Gareth Pryce]] of
[[ORGANISATION:Pryce Roofing]], got up at all. "[[PERSON:Big Gaz]]", as he introduced himself, said the felt was
rotten. The housing officer, Ms [[PERSON:Fiona McBride]], then sent a surveyor, Mr [[PERSON:Nikolai Petrov]].
[[PERSON:Nick]] agreed with [[PERSON:Gaz]]. Ms [[PERSON:McBride]] still closed the case, [[REFERENCE:AVH-4471-R]],
saying "no further action". Cllr [[PERSON:Sandra Lowe]] has asked why. So do we. [[PERSON:Maggie]], as her late husband
called her, is [[AGE:88]] and deserves a dry ceiling.
"""),
    ),
    (
        "fv2c-en-05",
        "en",
        P("""
Case summary for the stage 2 panel. Tenant: [[PERSON:Hope Farrier]], [[AGE:34]], of [[ADDRESS:flat 27, 118 Linden Way]],
[[POSTCODE:M14 6RX]], since 01/09/2016. Children: [[PERSON:Ellis]] ([[AGE:9]]), [[PERSON:Mabel]] ([[AGE:4]]) and
[[PERSON:Tiggy]] ([[AGE:7 months]]). Rent £143.62 a week; arrears £1,208.40 at 31/03, cleared 15/04. Tenancy ref
[[REFERENCE:TA-0049-7712]]; complaint [[REFERENCE:C/24/3391]]; Ombudsman [[REFERENCE:202412507]]. Repairs: 17 visits
between 04/01 and 22/06, 6 missed, 3 of them in the 08:00-12:00 slot. Bedroom at 11°C on 12/02 at 07:30. [[PERSON:Mabel]]'s
NHS number [[OTHER_ID:401 023 2137]], date of birth [[DATE_OF_BIRTH:12/08/2019]], [[HEALTH:bronchiolitis]] twice
this winter. Phone [[PHONE:07700 900 175]]; landline [[PHONE:+44 (0)1632 960 318]]. NI number
[[NI_NUMBER:QQ 58 21 04 D]]. Car [[OTHER_ID:MA21 KPE]] was towed from bay 12 during the scaffold works on 3 floors.
Offer: £350 to sort code [[OTHER_ID:20-45-77]], account [[OTHER_ID:41098823]], plus 2 rent-free weeks. Officer:
[[PERSON:Hugh Bellamy]], ext 4410. Landlord: [[ORGANISATION:Rusholme Park Homes]].
"""),
    ),
    # ------------------------------------------------------------------ Polish
    (
        "fv2c-pl-01",
        "pl",
        P("""
PISZĘ DRUGI RAZ I TERAZ WIELKIMI LITERAMI, BO NIKT TEGO NIE CZYTA. NAZYWAM SIĘ [[PERSON:WIESŁAW KOWALCZYK]], MAM
[[AGE:67 LAT]], MIESZKAM W [[ADDRESS:MIESZKANIU 12B]] W [[ADDRESS:ASHDOWN COURT]], [[POSTCODE:LU2 8PW]]. OD LISTOPADA
W SYPIALNI CIEKNIE Z SUFITU. MOJA ŻONA [[PERSON:RÓŻA]] MA [[HEALTH:CUKRZYCĘ]] I [[HEALTH:CHOROBĘ PARKINSONA]], NIE MOŻE
SPAĆ W WILGOCI. NAWET RÓŻA W DONICZCE NA PARAPECIE SPLEŚNIAŁA. PAN [[PERSON:HUGHES]] Z DZIAŁU NAPRAW
[[ORGANISATION:HOLLYBANK HOMES]] TRZY RAZY OBIECYWAŁ WIZYTĘ. NUMER ZGŁOSZENIA [[REFERENCE:HB-REP-300917]], NUMER SKARGI
[[REFERENCE:HB-CMP-4410]]. SĄSIAD Z [[ADDRESS:NUMERU 14]], PAN [[PERSON:GRZEGORZ]], WIDZIAŁ, JAK FACHOWIEC Z FIRMY
[[ORGANISATION:SPEEDYFIX]] ZROBIŁ ZDJĘCIE I ODJECHAŁ. NASZ WNUK [[PERSON:KUBUŚ]], KTÓRY MA [[AGE:5 LAT]], SPAŁ U NAS
W ŚWIĘTA I DO DZIŚ KASZLE. PANI [[PERSON:RÓŻY]] LEKARZ KAZAŁ TO ZGŁOSIĆ NA PIŚMIE. PROSZĘ DZWONIĆ NA
[[PHONE:07700 900 863]] ALBO PISAĆ NA [[EMAIL:W.KOWALCZYK@EXAMPLE.NET]]. NIE CHCĘ ODSZKODOWANIA, CHCĘ SUCHEGO DOMU.
JESTEŚMY [[OTHER_SPECIAL:POLAKAMI]] I CZUJĘ, ŻE TRAKTUJE SIĘ NAS JAK GOŚCI DRUGIEJ KATEGORII.
"""),
    ),
    (
        "fv2c-pl-02",
        "pl",
        P("""
Notatka służbowa. Sporządziła: [[PERSON:Anna Zielińska]], pracownik socjalny, [[ORGANISATION:Eastmere Borough Council]].
Niniejszym przedstawiam relację pani [[PERSON:Stanisławy Nowickiej]] (ur. [[DATE_OF_BIRTH:2 lutego 1941]] r.),
przekazaną ustnie w obecności jej wnuczki, pani [[PERSON:Justyny]]. Pani [[PERSON:Nowicka]] zamieszkuje od 2009 roku
[[ADDRESS:lokal nr 4 przy 9 Cedar Close]], [[POSTCODE:PE1 5JN]], wynajmowany od [[ORGANISATION:Fenland Crest Housing]].
Podopieczna relacjonuje, iż od października ubiegłego roku w łazience występuje zawilgocenie, a grzyb przeszedł na
ścianę sypialni. Z uwagi na [[HEALTH:przewlekłą obturacyjną chorobę płuc]] oraz [[HEALTH:zaćmę]] pani
[[PERSON:Stanisława]] nie jest w stanie samodzielnie usuwać pleśni. Wskazała, że pracownik administracji, pan
[[PERSON:Derek Sloane]], podczas wizyty w dniu 14 marca miał stwierdzić, że „starsze osoby za mało wietrzą”.
Zgłoszenie zarejestrowano pod numerem [[REFERENCE:FCH/DMP/77031]]. Numer NHS podopiecznej:
[[OTHER_ID:612 448 9023]]. Kontakt z rodziną: pani [[PERSON:Justyna Nowicka-Lee]], tel. [[PHONE:020 7946 0482]].
Podopieczna uczęszcza na msze do [[ADDRESS:kościoła św. Kazimierza]] na tej samej ulicy i prosi, by ewentualny lokal
zastępczy znajdował się w jego pobliżu. Rekomenduję pilną inspekcję oraz rozważenie przeniesienia na parter.
"""),
    ),
    (
        "fv2c-pl-03",
        "pl",
        P("""
Piszę w imieniu całej klatki z [[ADDRESS:Maple Court]]. Pani [[PERSON:Róża Malinowska]] z [[ADDRESS:mieszkania 3]],
dla nas po prostu [[PERSON:Różyczka]], pierwsza zauważyła zaciek. Jej mąż, [[PERSON:Wiesław]], u nas
[[PERSON:Wiesiek]], zadzwonił do [[ORGANISATION:Greenhollow Homes]]. Odebrała pani [[PERSON:Claire]], która obiecała,
że przyjdzie pan [[PERSON:Okafor]]. Pan [[PERSON:Okafor]] przyszedł po trzech tygodniach, obejrzał sufit u
[[PERSON:Wieśka]] i u [[PERSON:Róży]] i orzekł, że to „kondensacja”. Tymczasem u państwa [[PERSON:Dudków]] pod
[[ADDRESS:szóstką]] woda lała się po kablach. [[PERSON:Mariusz Dudek]] wyłączył bezpieczniki, bo ich synek,
mały [[PERSON:Tymek]], ma [[AGE:trzy latka]] i wszędzie wkłada palce. Sąsiadka [[PERSON:Halina]], czyli
[[PERSON:Halinka]] spod [[ADDRESS:dziesiątki]], nagrała wszystko telefonem, a jej córka [[PERSON:Zuzia]] wrzuciła film na
[[OTHER_ID:@zuzia.z.maple]]. Dopiero wtedy zadzwonił kierownik, pan [[PERSON:Graham Pike]]. Z panem
[[PERSON:Pikiem]] rozmawiał [[PERSON:Wiesław Malinowski]] osobiście i dostał numer sprawy
[[REFERENCE:GH-C-55821]]. Róża, którą pani [[PERSON:Malinowska]] hodowała na balkonie, zgniła od wilgoci, a
[[PERSON:Tymkowi]] lekarz przepisał inhalator. Prosimy o odpowiedź na adres [[EMAIL:klatka.b.maple@example.org]].
"""),
    ),
    (
        "fv2c-pl-04",
        "pl",
        K("""
[pon 08:02] Ja: Dzień dobry, tu [[PERSON:Kasia Lewandowska]], [[ADDRESS:flat 7, 31 Tanner Row]]. Znowu nie ma ciepłej wody.
[pon 08:40] [[ORGANISATION:Brightwater Housing]]: Dzień dobry Pani [[PERSON:Katarzyno]], zgłoszenie [[REFERENCE:BW-778120]]. Technik z [[ORGANISATION:Hotflow Heating]] będzie jutro między 8 a 13.
[pon 08:41] Ja: Jutro? Mam w domu [[AGE:6-tygodniowe]] dziecko i kąpię je w garnku.
[wt 13:15] Ja: Nikt nie przyszedł. Dzwoniłam na [[PHONE:01632960144]] cztery razy.
[wt 13:50] [[ORGANISATION:Brightwater Housing]]: Przepraszamy. Technik [[PERSON:Dean]] miał awarię auta. Nowy termin: środa.
[wt 14:02] Ja: Proszę w razie czego dzwonić do mojego partnera, [[PERSON:Tomka]], [[PHONE:+44 7700 900 590]]. Mail: [[EMAIL:tomek kropka wisniewski małpa example kropka com]]
[śr 07:55] [[ORGANISATION:Brightwater Housing]]: Prosimy nie parkować [[OTHER_ID:KS70 BNV]] przy bramie, technik potrzebuje miejsca.
[śr 12:30] Ja: Woda jest! Podziękowania dla pana [[PERSON:Deana]]. Ale skargę i tak składam, bo to trzeci raz w tym roku.
[śr 12:41] [[ORGANISATION:Brightwater Housing]]: Rozumiemy. Skarga [[REFERENCE:BW-CMP-2210]], odpowiedź w ciągu 10 dni roboczych.
"""),
    ),
    (
        "fv2c-pl-05",
        "pl",
        P("""
nie wiem gdzie to napisac wiec pisze tutaj wynajmuje [[ADDRESS:pokoj nr 4 w domu na 88 station road]]
[[POSTCODE:sk43hy]] przez agencje [[ORGANISATION:citynest lettings]] wlasciciel to mr [[PERSON:khan]] ale nikt go nie
widzial od roku w kuchni nie ma okna a w lazience od marca jest grzyb czarny jak smola moj kolega z [[ADDRESS:pokoju 2]]
[[PERSON:bartek]] ma [[HEALTH:padaczke]] i po nocy w tym zapachu mial atak karetka przyjechala o 3 w nocy
ja mam [[AGE:36 lat]] urodzilem sie [[DATE_OF_BIRTH:3 maja 1988]] i pierwszy raz mieszkam w takim syfie
pani [[PERSON:roza]] z agencji powiedziala ze to nie ich sprawa bo umowa jest z mr [[PERSON:khanem]] a mr
[[PERSON:khan]] nie odbiera numeru [[PHONE:07700900311]] pisalem tez do rady gminy i dostalem numer
[[REFERENCE:hmo 2024 0193]] ale dalej nic [[PERSON:bartka]] mama chce go zabrac do polski moje dane [[PERSON:jerzy baran]]
[[EMAIL:jerzy.b@example.org]] numer ubezpieczenia [[NI_NUMBER:qq 73 19 40 b]] jak ktos wie co dalej robic to prosze
napisac bo ja juz nie mam sily
"""),
    ),
    # ------------------------------------------------------------------ Romanian
    (
        "fv2c-ro-01",
        "ro",
        P("""
buna ziua ma numesc [[PERSON:florin tudose]] si stau in [[ADDRESS:apartamentul 9c]] din [[ADDRESS:harcourt tower]]
cod postal [[POSTCODE:e16 1qz]] de 4 luni curge apa pe peretele din bucatarie am sunat la
[[ORGANISATION:eastbank homes]] de 12 ori si mi au dat numarul [[REFERENCE:ebh 2024 66104]] dar n a venit nimeni doar
un domn [[PERSON:steve]] care a zis ca e de la vecinul de sus de la [[ADDRESS:10c]] si ca nu e treaba lor sotia mea
[[PERSON:ionela]] lucreaza noaptea si doarme ziua in camera cu mucegai baiatul nostru [[PERSON:darius]] are
[[AGE:2 ani si jumatate]] si doctorita de la [[ADDRESS:riverside medical centre]] zice ca mucegaiul ii agraveaza
[[HEALTH:bronsita astmatiforma]] lui [[PERSON:darius]] am cerut sa ne mute si doamna [[PERSON:priya]] de la
locuinte a zis ca lista e lunga suntem [[OTHER_SPECIAL:romani]] dar stam aici de 9 ani si platim chiria la timp
numarul meu e [[PHONE:07700 900 027]] sau mail [[EMAIL:florin.tudose@example.com]] va rog sa ma sunati pana nu se
strica si tavanul multumesc
"""),
    ),
    (
        "fv2c-ro-02",
        "ro",
        P("""
Te trezești la cinci și primul lucru pe care îl simți e mirosul. Ești [[PERSON:Speranța Vlad]], ai
[[AGE:46 de ani]] și locuiești în [[ADDRESS:garsoniera de la subsolul numărului 40, Lister Road]] de când ai venit în
țară. Speranța că cineva de la [[ORGANISATION:Lister Housing Co-operative]] va repara peretele ți s-a terminat prin
februarie. Fiul tău, [[PERSON:Matei]], are [[AGE:14 ani]] și învață la [[ADDRESS:St John's Academy]]; profesoara lui,
doamna [[PERSON:Okonkwo]], te-a întrebat de ce hainele lui miros a umezeală. Suni la [[PHONE:020 7946 0561]] și ți se
cere dovada dreptului de ședere. Le trimiți codul [[OTHER_ID:W8K 4PX 2RT]] și le explici că ai
[[OTHER_SPECIAL:statut de rezident stabilit]]. Doamna [[PERSON:Bernadette]] de la telefon îți spune „dragă” și îți
dă numărul plângerii, [[REFERENCE:LHC-1183]]. Îi scrii apoi pe [[EMAIL:speranta.vlad@example.org]] domnului
[[PERSON:Fairclough]], șeful ei. [[PERSON:Matei]] îți spune seara, „mamă, nu mai avea speranțe”, dar tu le mai ai.
Pe formular scrii pentru a treia oară data nașterii, [[DATE_OF_BIRTH:12 martie 1978]], și aștepți din nou.
"""),
    ),
    (
        "fv2c-ro-03",
        "ro",
        K("""
ÎNTREBĂRI PENTRU [[ORGANISATION:HARTWELL BOROUGH COUNCIL]], DE LA FIUL CHIRIAȘEI DE LA [[ADDRESS:NUMĂRUL 57]]:
1. DE CE AȚI ÎNCHIS CEREREA [[REFERENCE:HW/REP/90412]] FĂRĂ SĂ VENIȚI?
2. CINE ESTE DOMNUL [[PERSON:PEARCE]] ȘI DE CE SCRIE CĂ AM REFUZAT ACCESUL?
3. DE CE MAMA MEA, [[PERSON:ELENA GHEORGHIU]], ÎN VÂRSTĂ DE [[AGE:82 DE ANI]], A STAT FĂRĂ CĂLDURĂ DE PE 3 PÂNĂ PE 19 DECEMBRIE?
4. ȘTIȚI CĂ DOAMNA [[PERSON:GHEORGHIU]] ARE [[HEALTH:DEMENȚĂ VASCULARĂ]] ȘI NU POATE DESCHIDE UȘA SINGURĂ?
5. DE CE COLEGA DUMNEAVOASTRĂ [[PERSON:AURORA]] MI-A SPUS SĂ SUN ÎN ZORI, CÂND SE IVEȘTE AURORA, CA SĂ PRIND PE CINEVA?
6. DE CE FIRMA [[ORGANISATION:ACE BOILERS LTD]] A LĂSAT CENTRALA DESFĂCUTĂ?
7. DE CE NU RĂSPUNDEȚI LA [[EMAIL:MIHAI.GHEORGHIU@EXAMPLE.ORG]]?
8. TREBUIE SĂ VĂ DAU A TREIA OARĂ CODUL POȘTAL, [[POSTCODE:HA0 4NB]]?
9. VREȚI ȘI CNP-UL EI ROMÂNESC, [[OTHER_ID:2410317400123]], CA SĂ CREDEȚI CĂ EXISTĂ?
10. CÂND ÎL SUNAȚI PE FRATELE MEU [[PERSON:SORIN]] LA [[PHONE:07700 900 944]], DACĂ PE MINE NU?
[[PERSON:MIHAI GHEORGHIU]]
"""),
    ),
    (
        "fv2c-ro-04",
        "ro",
        P("""
Rezumat dosar [[REFERENCE:WH-2024-0871]], [[ORGANISATION:Westhaven Homes]]. Chiriaș: [[PERSON:Cristian-Andrei Munteanu]],
[[AGE:41 de ani]], născut la [[DATE_OF_BIRTH:09.11.1982]], [[ADDRESS:ap. 203, 5 Quarry Hill]], [[POSTCODE:LS2 7EW]].
Chirie 612,40 £ pe lună, fără restanțe. Telefon [[PHONE:0044 7700 900 706]], fix [[PHONE:01632 960 033]]. NI
[[NI_NUMBER:QQ 41 88 20 A]]. Copii: [[PERSON:Ilinca]] ([[AGE:11]]), [[PERSON:Luca]] ([[AGE:6]]) și [[PERSON:Sofia]]
([[AGE:18 luni]]). Numărul NHS al [[PERSON:Sofiei]]: [[OTHER_ID:732 019 4456]]. Reparații: 9 vizite între 12.01 și
30.05, 4 ratate, 2 anulate la 07:45 prin SMS. Lucrare [[REFERENCE:RJ 55 219 07]], contractor
[[ORGANISATION:Dalebrook Maintenance]]. Temperatura în dormitor: 13 °C la 23:00, pe 7 februarie. Etajul 2, liftul
oprit 26 de zile. Mașina [[OTHER_ID:LD68 XRT]] avariată de apă în parcarea subterană, locul 14; daune 1.380 £.
Despăgubire propusă: 475 £ în contul cu sort code [[OTHER_ID:30-91-58]], numărul [[OTHER_ID:60014932]]. Ofițer de caz:
[[PERSON:Nadine Frost]], interior 2207. Plângerea trece în etapa 2 dacă nu se răspunde în 20 de zile lucrătoare.
"""),
    ),
    (
        "fv2c-ro-05",
        "ro",
        P("""
Eu sunt [[PERSON:Gabriela Stoica]], dar toată strada îmi zice [[PERSON:Gabi]]. Stau la
[[ADDRESS:numărul 12 pe Fenwick Street]]. Vecina de la [[ADDRESS:numărul 14]], tanti [[PERSON:Floarea]] –
[[PERSON:Florica]] pentru noi –, a văzut prima crăpătura. Floarea de pe pervazul ei s-a uscat de frig. Soțul meu,
[[PERSON:Ion]], [[PERSON:Nelu]] acasă, a urcat pe scară cu băiatul [[PERSON:Mariei]], [[PERSON:Ionuț]]. Lui
[[PERSON:Ionuț]] i-a căzut tencuială în cap. [[PERSON:Maria Dragomir]] a sunat la [[ORGANISATION:Fenwick Housing Trust]]
și a vorbit cu domnul [[PERSON:Bradley]]. Domnul [[PERSON:Bradley]] a trimis un instalator, [[PERSON:Kev]] – pe
card scria [[PERSON:Kevin Doyle]] –, care a zis că „nu e pe fișa lui”. Am scris apoi doamnei [[PERSON:Hassan]],
managera, și i-am dat numărul [[REFERENCE:FHT/0042/AC]]. Doamna [[PERSON:Hassan]] n-a răspuns. Până la urmă
consilierul [[PERSON:Patel]] a venit în persoană, s-a uitat la tavanul lui [[PERSON:Nelu]] și a zis „rușinos”.
[[PERSON:Florica]] are [[HEALTH:artrită]], eu am [[HEALTH:depresie]]; nu ne mai permitem iarna asta. Telefonul meu:
[[PHONE:07700 900 533]].
"""),
    ),
    # ------------------------------------------------------------------ Arabic
    (
        "fv2c-ar-01",
        "ar",
        P("""
تقرير الأخصائية الاجتماعية [[PERSON:ريم العبيدي]] بشأن السيدة [[PERSON:فاطمة منصور]] ([[PERSON:Fatima Mansour]])، البالغة
من العمر [[AGE:78 عامًا]]. تقيم السيدة [[PERSON:منصور]] منذ عام 2011 في [[ADDRESS:شقة رقم 6، 19 Holloway Gardens]]،
[[POSTCODE:N7 9QS]]، المستأجرة من [[ORGANISATION:Highbury Crescent Housing]]. روت لي السيدة، بحضور حفيدتها
[[PERSON:نور]]، أن المصعد معطّل منذ أحد عشر أسبوعًا، وأن الشقة في الطابق الخامس لا يدخلها النور إلا ساعة في اليوم
بسبب السقالات. وتعاني السيدة من [[HEALTH:هشاشة العظام]] ومن [[HEALTH:قصور القلب]]، ولا تستطيع صعود الدرج. وأفادت بأنها
[[OTHER_SPECIAL:لاجئة سورية]] وتخشى أن تؤثر الشكوى على وضعها. وهي تصلّي الجمعة في [[ADDRESS:مسجد نور الهدى]] المجاور
للعمارة، ولم تتمكن من الذهاب منذ تعطّل المصعد. رقم الشكوى [[REFERENCE:HCH-ASC-5032]]، ورقم الخدمة الصحية
[[OTHER_ID:708 311 6624]]. يمكن التواصل مع ابنها السيد [[PERSON:سامر]] على الرقم [[PHONE:07700 900 488]]. أوصي
بإصلاح المصعد خلال أسبوع، أو نقل السيدة مؤقتًا إلى شقة في الطابق الأرضي.
"""),
    ),
    (
        "fv2c-ar-02",
        "ar",
        K("""
[٠٨:١٥] أنا: صباح الخير، أنا [[PERSON:أمل]] من [[ADDRESS:شقة ٢١]] في [[ADDRESS:برج كينغزلي]]، [[POSTCODE:B5 7RN]]. السخان لا يعمل منذ يومين.
[٠٨:٤٢] [[ORGANISATION:Canalside Homes]]: Hi [[PERSON:Amal]], job ref [[REFERENCE:CSH-41190]]. Engineer [[PERSON:Rob]] will attend tomorrow AM.
[٠٨:٥٠] أنا: غدًا؟ ابني [[PERSON:آدم]] عمره [[AGE:٣ أشهر]] وأحمّمه بماء مغلي في القدر.
[١٢:٠٥] أنا: اتصلت على [[PHONE:٠٢٠ ٧٩٤٦ ٠٣٣٨]] ثلاث مرات ولم يرد أحد.
[١٢:٣٠] [[ORGANISATION:Canalside Homes]]: Sorry [[PERSON:Amal]]. Can you confirm your mobile?
[١٢:٣١] أنا: [[PHONE:٠٧٧٠٠ ٩٠٠ ٦١٩]]، وإذا لم أرد راسلوا زوجي [[PERSON:كريم]] على [[EMAIL:karim.haddad@example.net]]
[١٨:٤٠] أنا: جارتنا [[PERSON:أم يوسف]] في الشقة المقابلة تقول إن سخانها تعطل أيضًا. لم يعد عندي أمل في هذه الشركة.
[١٨:٥٥] [[ORGANISATION:Canalside Homes]]: We have raised a complaint for you, ref [[REFERENCE:CSH-C-9087]].
[١٩:٠٢] أنا: شكرًا. لكن أريد أن يأتي أحد، لا رقمًا جديدًا.
"""),
    ),
    (
        "fv2c-ar-03",
        "ar",
        K("""
أسئلتي إلى [[ORGANISATION:Riverbend Housing Association]]، وأرجو أن يجيب عنها شخص وليس رسالة آلية:
١. لماذا أُغلق طلب الإصلاح رقم [[REFERENCE:RB-REP-20817]] وأنا لم أوقّع على أي شيء؟
٢. لماذا أرسلتم الفني [[PERSON:جيسون]] إلى [[ADDRESS:رقم 62]] بدلًا من [[ADDRESS:رقم 26]]، ثم كتبتم أنني لم أفتح الباب؟
٣. هل قرأ أحد رسالة طبيب ابنتي [[PERSON:هدى]] من [[ADDRESS:عيادة ميدوبانك]] عن [[HEALTH:الصرع]] الذي تعاني منه؟
٤. هل تعلمون أن [[PERSON:هدى]] عمرها [[AGE:12 سنة]] وتنام في غرفة جدارها أسود من العفن؟
٥. لماذا قالت الموظفة [[PERSON:ستيفاني]] إن الأمر «ليس أولوية»؟
٦. لماذا لم يتصل بي المدير السيد [[PERSON:ويليامز]] كما وعد في رسالته؟
٧. هل تريدون رقم هاتفي مرة رابعة؟ إنه [[PHONE:+44 7700 900 152]].
٨. هل تحتاجون رقم التأمين الوطني أيضًا؟ [[NI_NUMBER:QQ 20 15 73 B]]
٩. هل يتأخر الرد لأنني [[OTHER_SPECIAL:مسلمة]] وأرتدي الحجاب؟
١٠. متى سيرد أحد على بريدي [[EMAIL:wedad.alshami@example.com]]؟
[[PERSON:وداد الشامي]]
"""),
    ),
    (
        "fv2c-ar-04",
        "ar",
        P("""
أنا [[PERSON:حسن درويش]]، ويناديني الجيران [[PERSON:أبو علي]]، أسكن في [[ADDRESS:بيت رقم 15 في Paxton Row]]. أكتب عن
الجدار الخلفي الذي انهار في يناير. زوجتي [[PERSON:ليلى]]، [[PERSON:لولو]] كما يسميها ابننا، اتصلت أولًا بموظفة الإسكان
[[PERSON:جيما]] في [[ORGANISATION:Paxton Vale Homes]]. قالت [[PERSON:جيما]] إن المقاول [[PERSON:دارن]] سيأتي خلال
يومين. جاء [[PERSON:دارن]] بعد ثلاثة أسابيع، وقال إن المسّاح السيد [[PERSON:أوسي]] يجب أن يراه أولًا. السيد
[[PERSON:أوسي]] لم يأتِ. ابني [[PERSON:علي]]، و[[PERSON:علّوش]] عند أمه، عمره [[AGE:10 سنوات]]، وكان يلعب بجانب الجدار
قبل سقوطه بدقائق. جارتنا مسز [[PERSON:برينان]] من [[ADDRESS:رقم 17]] رأت كل شيء، وابنتها [[PERSON:نور]] صوّرت الحجارة
على الرصيف. الشيخ [[PERSON:عبد الله]] إمام [[ADDRESS:مسجد الفرقان]] في آخر الشارع كتب رسالة دعم. وبعد ذلك كله وصلت
المستشارة [[PERSON:باركر]]، فوعدت بمتابعة الشكوى [[REFERENCE:PVH-77120]]. أخيرًا جاء [[PERSON:دارن]] ومعه السيد
[[PERSON:أوسي]] ومعهما نور الكشافات في الساعة التاسعة ليلًا. يا [[PERSON:أبا علي]]، قالت [[PERSON:ليلى]]، لا تصدّق حتى
تراه مبنيًّا.
"""),
    ),
    (
        "fv2c-ar-05",
        "ar",
        P("""
الاسم: [[PERSON:طارق الساعدي]] ([[PERSON:Tariq Al-Saadi]]). العمر: [[AGE:39]]. تاريخ الميلاد:
[[DATE_OF_BIRTH:٢٣/٠٤/١٩٨٥]]. العنوان: [[ADDRESS:Flat 4A, 77 Brunswick Road]]، [[POSTCODE:CF24 3LP]]. المؤجر:
[[ORGANISATION:Bayside Cymru Homes]]. الإيجار ١٥٨٫٢٠ جنيهًا أسبوعيًا، وتم دفع ٢٤ أسبوعًا مقدمًا. رقم عقد الإيجار
[[REFERENCE:TN-336-091]]، ورقم الشكوى [[REFERENCE:CF/2024/0447]]، ورقم قضية أمين المظالم [[REFERENCE:202409931]].
الهاتف: [[PHONE:٠٧٧٠٠ ٩٠٠ ٢٤٠]]. ابني [[PERSON:زين]] عمره [[AGE:٧ سنوات]]، ورقمه في الخدمة الصحية
[[OTHER_ID:٤٨٥ ٢٢٠ ٩١٧٣]]، وعنده [[HEALTH:فقر دم منجلي]]. وضعي: [[OTHER_SPECIAL:لاجئ معترف به]]، ورقم تصريح الإقامة
[[OTHER_ID:ZX1029384]]، ورقم جواز السفر [[OTHER_ID:U48203917]]. السيارة [[OTHER_ID:CY19 HHP]] غمرها الماء في الموقف
رقم ٣. الوقائع: ١٤ يومًا بلا ماء ساخن، ٣ زيارات فاشلة في ٢، ٩، ١٦ مارس بين الساعة ٨ و١٢، وفاتورة كهرباء ٢٢٠ جنيهًا
للسخانات. أطلب تعويضًا قدره ٦٠٠ جنيه إلى الحساب رقم [[OTHER_ID:83310927]]. الموظف المسؤول: [[PERSON:Owen Price]].
"""),
    ),
    # ------------------------------------------------------------------ Urdu
    (
        "fv2c-ur-01",
        "ur",
        P("""
سماجی کارکن کی رپورٹ۔ تحریر: [[PERSON:صائمہ رشید]]، [[ORGANISATION:Ashcombe Borough Council]]۔ محترمہ
[[PERSON:زبیدہ بیگم]] ([[PERSON:Zubaida Begum]])، عمر [[AGE:84 سال]]، سن 1998 سے
[[ADDRESS:فلیٹ نمبر 2، 56 Clarendon Street]]، [[POSTCODE:BD8 7HT]] میں مقیم ہیں، جو [[ORGANISATION:Moorside Homes]]
کی ملکیت ہے۔ انہوں نے اپنی نواسی [[PERSON:امید]] کی موجودگی میں بتایا کہ پچھلے سات ماہ سے کھڑکیوں سے پانی اندر آتا
ہے اور دیواروں پر سیاہ پھپھوندی ہے۔ محترمہ کو [[HEALTH:گٹھیا]] اور [[HEALTH:ذیابیطس]] ہے اور وہ خود صفائی نہیں کر سکتیں۔
ان کا کہنا ہے کہ انہیں اب کوئی امید نہیں کہ ادارہ کچھ کرے گا۔ ٹھیکیدار کا کارکن [[PERSON:ڈیو]] ایک بار آیا اور صرف
تصویریں لے کر چلا گیا۔ وہ ہر جمعہ [[ADDRESS:مسجد بلال]] جاتی ہیں جو گلی کے کونے پر ہے، اس لیے کسی دور علاقے میں منتقل
ہونا نہیں چاہتیں۔ مرمت کا حوالہ نمبر [[REFERENCE:MH-RJ-610293]]، این ایچ ایس نمبر [[OTHER_ID:450 557 7104]]۔ ان کے
بیٹے جناب [[PERSON:طارق محمود]] سے رابطہ [[PHONE:07700 900 356]] پر کیا جا سکتا ہے۔ سفارش: فوری معائنہ اور کھڑکیوں
کی تبدیلی۔
"""),
    ),
    (
        "fv2c-ur-02",
        "ur",
        K("""
[10:02] Main: Salam, main [[PERSON:Nadia Qureshi]] hoon, [[ADDRESS:flat 5, 8 Lytton Road]] se. Kitchen ki chhat se pani tapak raha hai.
[10:20] [[ORGANISATION:Greenway Housing]]: Hi [[PERSON:Nadia]], please send your postcode.
[10:21] Main: [[POSTCODE:ox41xy]]. Meri ammi ko [[HEALTH:gurday ki bimari]] hai, unki DOB [[DATE_OF_BIRTH:5-6-1952]] hai, woh pani mein phisal sakti hain.
[10:25] [[ORGANISATION:Greenway Housing]]: Job ref [[REFERENCE:GW-339105]]. An operative will call ahead.
[13:40] Main: Koi nahi aaya. Mera bhai [[PERSON:Sunny]] aaj ghar pe hai, uska number [[PHONE:07700-900-803]].
[13:41] Main: Asal naam [[PERSON:Sanaullah]] hai, lekin sab [[PERSON:Sunny]] hi kehte hain.
[14:15] [[ORGANISATION:Greenway Housing]]: Thanks. [[PERSON:Imran]] from our team will ring [[PERSON:Sunny]].
[16:05] Main: [[PERSON:Imran]] bhai ne kaha kal aayenge. Aaj itna sunny din tha aur hum balti le kar baithe rahe.
[16:07] Main: Complaint karni hai. Email [[EMAIL:nadia.q@example.org]].
[16:30] [[ORGANISATION:Greenway Housing]]: Complaint logged, ref [[REFERENCE:GWC-5520]]. Sorry for the wait.
"""),
    ),
    (
        "fv2c-ur-03",
        "ur",
        P("""
آپ صبح چھ بجے اٹھتے ہیں اور سب سے پہلے دیوار پر پھیلتی پھپھوندی دیکھتے ہیں۔ آپ کا نام [[PERSON:فرحان علی]] ہے، عمر
[[AGE:29 سال]]، اور آپ [[ADDRESS:مکان نمبر 73، Sefton Grove]] میں کرائے پر رہتے ہیں۔ آپ کی بیٹی [[PERSON:حرا]]
[[ADDRESS:Sefton Vale Primary]] میں پڑھتی ہے اور اسے [[HEALTH:دمہ]] ہے۔ آپ [[ORGANISATION:Mersey Gate Housing]] کو
[[PHONE:020 7946 0619]] پر فون کرتے ہیں اور چالیس منٹ انتظار کے بعد [[PERSON:کرسٹین]] نامی خاتون کہتی ہیں کہ کیس
نمبر [[REFERENCE:MGH-CS-40177]] "زیرِ غور" ہے۔ آپ اپنے ٹک ٹاک [[OTHER_ID:@farhan_fixes_nothing]] پر ویڈیو ڈالتے ہیں،
اور اگلے دن مینیجر مسٹر [[PERSON:ہیریسن]] خود فون کرتے ہیں۔ وہ پوچھتے ہیں کہ کیا آپ کی گاڑی [[OTHER_ID:KP17 ZLD]]
باہر کھڑی ہے تاکہ ان کا سرویئر پہچان لے۔ آپ ان کو بتاتے ہیں کہ آپ [[OTHER_SPECIAL:پاکستانی]] ہیں اور کسی نے پچھلی بار
کہا تھا کہ "آپ لوگ کھڑکی نہیں کھولتے"۔ وہ معافی مانگتے ہیں۔ آپ سب کچھ [[EMAIL:farhan.ali@example.com]] سے تحریری طور
پر بھیج دیتے ہیں، کیونکہ اب آپ کو زبانی وعدوں پر بھروسہ نہیں رہا۔
"""),
    ),
    (
        "fv2c-ur-04",
        "ur",
        P("""
میں [[PERSON:شبانہ اختر]] ہوں، محلے میں سب [[PERSON:شبو]] کہتے ہیں۔ ہم [[ADDRESS:Rowan Terrace کے
گھر نمبر 4]] میں رہتے ہیں۔ میرے شوہر [[PERSON:جاوید]] صاحب نے پہلی بار [[ORGANISATION:Calder Valley Homes]] کو
بتایا کہ چھت ٹپک رہی ہے۔ ہماری بیٹی [[PERSON:امید]]، جسے ہم [[PERSON:مِدّو]] کہتے ہیں، [[AGE:6 سال]] کی ہے اور اس کے
کمرے میں پانی آتا ہے۔ بیٹا [[PERSON:بلال]]، یعنی [[PERSON:بلو]]، رات کو بالٹیاں خالی کرتا ہے۔ ہاؤسنگ افسر مس
[[PERSON:ہیلن وارڈ]] آئیں، [[PERSON:ہیلن]] نے تصویریں لیں اور کہا پلمبر [[PERSON:گیری]] آئے گا۔ [[PERSON:گیری]]
آیا تو کہا یہ اس کا کام نہیں۔ ساتھ والی مسز [[PERSON:کوالسکی]] کی چھت بھی ٹپکتی ہے، اور [[PERSON:رفیق]] چچا نے اپنی
سیڑھی دی۔ آخر میں مینیجر [[PERSON:تھامسن]] صاحب نے شکایت [[REFERENCE:CVH/2291/Q]] درج کی۔ [[PERSON:تھامسن]] صاحب کہتے
ہیں کہ اگلے مہینے تک چھت بدل دیں گے۔ امید ہے وہ اس بار سچ کہہ رہے ہیں، کیونکہ [[PERSON:امید]] کو ہر رات کھانسی ہوتی ہے۔
رابطہ: [[PHONE:01632 960 721]]۔
"""),
    ),
    (
        "fv2c-ur-05",
        "ur",
        K("""
[[ORGANISATION:Brentwick Housing Trust]] سے چند سوال:
1۔ میری شکایت [[REFERENCE:BCH-77-30418]] کو 41 دن کیوں ہو گئے؟
2۔ آپ کا عملہ بار بار [[ADDRESS:فلیٹ 9c]] کیوں جاتا ہے جبکہ ہم [[ADDRESS:فلیٹ 9e]] میں رہتے ہیں؟
3۔ کیا آپ کو پتا ہے کہ میری بیوی [[PERSON:ثمینہ]] کی تاریخ پیدائش [[DATE_OF_BIRTH:17 اگست 1990]] ہے اور وہ [[HEALTH:ملٹیپل سکلیروسس]] کی مریضہ ہیں؟
4۔ ہمارے بیٹے [[PERSON:زید]] کی عمر [[AGE:3 سال]] ہے؛ کیا تین سال کا بچہ 12 ڈگری والے کمرے میں سو سکتا ہے؟
5۔ آپ نے £85 کا واؤچر کیوں بھیجا جب ہمارا بجلی کا بل £340 آیا؟
6۔ آپ کے کارکن [[PERSON:مارک]] نے کیوں کہا کہ ہم [[OTHER_SPECIAL:بنگلہ دیشی]] لوگ پیسے بچانے کے لیے ہیٹنگ بند رکھتے ہیں؟
7۔ کیا میرا قومی بیمہ نمبر [[NI_NUMBER:QQ 64 02 17 C]] اور [[PERSON:ثمینہ]] کا این ایچ ایس نمبر [[OTHER_ID:622 904 1185]] دوبارہ بھیجنا ہوگا؟
8۔ معاوضہ کس اکاؤنٹ میں آئے گا، سارٹ کوڈ [[OTHER_ID:11-72-40]] یا پرانا اکاؤنٹ جس کے آخری ہندسے [[OTHER_ID:0583]] ہیں؟
9۔ مجھے [[PHONE:07700 900 097]] پر کال کب آئے گی؟
[[PERSON:عامر حسین]]، [[POSTCODE:NW9 6TE]]
"""),
    ),
    # ------------------------------------------------------------------ Bengali
    (
        "fv2c-bn-01",
        "bn",
        P("""
আমার নাম [[PERSON:রুবিনা খাতুন]]। আমরা [[ORGANISATION:Tower Quay Housing]]-এর ভাড়াটে, থাকি
[[ADDRESS:ফ্ল্যাট ১৮, ৪২ Cable Street]], [[POSTCODE:E1 8JQ]]। আমার মেয়ে [[PERSON:আশার]] বয়স [[AGE:৯ বছর]], ওর
[[HEALTH:হাঁপানি]] আছে। বাথরুমের ছাদ থেকে তিন মাস ধরে পানি পড়ছে। আমরা আশা করেছিলাম শীতের আগে ঠিক হবে, কিন্তু এখন আর
কোনো আশার আলো দেখি না। মিস্ত্রি [[PERSON:জেমস]] দুবার এসে শুধু ছবি তুলে গেছে। হাউজিং অফিসার মিসেস [[PERSON:ক্লার্ক]]
বলেছেন এটা "কনডেনসেশন"। পাশের ফ্ল্যাটের [[PERSON:সেলিনা]] আপা তাঁকে নিজের দেয়াল দেখিয়েছেন, সেখানেও একই অবস্থা।
আমার স্বামী [[PERSON:জাহাঙ্গীরকে]] অফিস থেকে বলা হয়েছে অপেক্ষা করতে। [[PERSON:আশা]] পড়ে
[[ADDRESS:Larkspur Green Primary]]-তে, ওর শিক্ষিকা চিঠি দিয়েছেন যে কাশির জন্য ও প্রায়ই স্কুলে আসতে পারে না।
[[PERSON:আশাকে]] নিয়ে ডাক্তারের কাছে গেলাম গত সপ্তাহে। অভিযোগ নম্বর [[REFERENCE:TQH-C-70214]]। ফোন
[[PHONE:০৭৭০০ ৯০০ ৪৪১]]। ইমেইল [[EMAIL:rubina dot k at example dot com]]। আশা করি এবার কেউ উত্তর দেবেন।
"""),
    ),
    (
        "fv2c-bn-02",
        "bn",
        K("""
[[ORGANISATION:Poplar Reach Homes]]-এর কাছে আমার প্রশ্নগুলো:
১. মেরামতের কাজ [[REFERENCE:PRH-RJ-118830]] কেন "সম্পন্ন" লেখা হলো, যখন জানালা এখনও ভাঙা?
২. ঠিকাদার [[ORGANISATION:Swiftglaze Ltd]]-এর লোক [[PERSON:মাইকেল]] কেন [[ADDRESS:৭ নম্বর]] বাড়িতে না গিয়ে [[ADDRESS:১৭ নম্বরে]] গেলেন?
৩. আমার শাশুড়ি [[PERSON:মনোয়ারা বেগম]], বয়স [[AGE:৭৬]], [[HEALTH:স্ট্রোকের]] পর থেকে বিছানায়; ঠান্ডা ঘরে তিনি কীভাবে থাকবেন?
৪. মিস্টার [[PERSON:গ্রিন]] ফোনে কেন বললেন "আপনারা তো এমনিতেই গরম দেশের মানুষ"?
৫. আমাদের ধর্ম [[OTHER_SPECIAL:হিন্দু]] বলে কি পূজার প্রদীপ নিয়ে আলাদা নিয়ম?
৬. আমার ছেলে [[PERSON:অর্ক]] [[ADDRESS:Millharbour Park School]]-এ পড়ে; স্কুল থেকে চিঠি লাগবে?
৭. আর কতবার আমাকে পোস্টকোড [[POSTCODE:E14 0RB]] আর জাতীয় বীমা নম্বর [[NI_NUMBER:QQ 33 90 12 A]] বলতে হবে?
৮. আমার ফোন [[PHONE:+৪৪ ৭৭০০ ৯০০ ৭২৮]] এ কেউ ফোন করবেন কবে?
৯. ইমেইল [[EMAIL:dipa.sarkar@example.net]] পেয়েছেন কি?
— [[PERSON:দীপা সরকার]] ([[PERSON:Dipa Sarkar]])
"""),
    ),
    (
        "fv2c-bn-03",
        "bn",
        P("""
সংক্ষিপ্ত বিবরণ। ভাড়াটে: [[PERSON:মোহাম্মদ শফিকুল ইসলাম]], বয়স [[AGE:৫২]], জন্ম [[DATE_OF_BIRTH:১১/০২/১৯৭২]]।
ঠিকানা: [[ADDRESS:ফ্ল্যাট ৩০৪, ১২ Hanbury Street]], [[POSTCODE:E1 5JL]]। বাড়িওয়ালা: [[ORGANISATION:Spitalfields Crescent Homes]]।
সাপ্তাহিক ভাড়া £১৬৭.৫০, বকেয়া £০। ভাড়ার রেফারেন্স [[REFERENCE:SCH-T-004519]], অভিযোগ [[REFERENCE:SCH/C/24/118]]।
ফোন [[PHONE:০২০ ৭৯৪৬ ০৯১২]], মোবাইল [[PHONE:07700 900 634]]। জাতীয় বীমা [[NI_NUMBER:QQ 91 04 66 C]]। স্ত্রী
[[PERSON:রাহেলা]], মেয়ে [[PERSON:তানিয়া]] ([[AGE:১৫]]) এবং ছেলে [[PERSON:রাফি]] ([[AGE:৮ মাস]])। [[PERSON:রাফির]] এনএইচএস
নম্বর [[OTHER_ID:৫৫১ ৩০৯ ৮৮২০]]। ঘটনা: ২৭ দিন গরম পানি নেই, ১১ বার ফোন, ৪টি অ্যাপয়েন্টমেন্ট বাতিল (সকাল ৮টা থেকে
দুপুর ১২টা)। শোবার ঘরের তাপমাত্রা রাত ১১টায় ১২°সে। বিদ্যুৎ বিল £২৮৬। গাড়ি [[OTHER_ID:LB66 RTA]] পার্কিং-এর ৯ নম্বর
জায়গায় ছাদের পানিতে নষ্ট। ক্ষতিপূরণ চাই £৫০০, সর্ট কোড [[OTHER_ID:৪০-১১-৬২]], অ্যাকাউন্ট [[OTHER_ID:৭১৩৩০৮৪৯]]।
দায়িত্বপ্রাপ্ত কর্মকর্তা: [[PERSON:Lucy Marsh]]। মসজিদ কমিটির সাধারণ সম্পাদক হিসেবে আমি প্রতিদিন
[[ADDRESS:Baitul Noor Masjid]]-এ যাই, তাই এই এলাকা ছাড়তে চাই না।
"""),
    ),
    (
        "fv2c-bn-04",
        "bn",
        P("""
সমাজকর্মীর প্রতিবেদন। প্রস্তুতকারী: [[PERSON:ফারহানা হক]], [[ORGANISATION:Newham Vale Council]]। শ্রীমতী
[[PERSON:সুরবালা দাস]] ([[PERSON:Surobala Das]]), জন্ম [[DATE_OF_BIRTH:৩ আষাঢ় ১৩৪৯]] (তাঁর নিজের ভাষায়), আনুমানিক বয়স
[[AGE:৮১ বছর]], ২০০৪ সাল থেকে [[ADDRESS:১১ নম্বর Ashgrove Close]], [[POSTCODE:E6 2PN]]-এ বসবাস করছেন। তাঁর নাতনি
[[PERSON:মৌ]]-এর উপস্থিতিতে তিনি জানান যে গত নভেম্বর থেকে রান্নাঘরের মেঝে স্যাঁতসেঁতে এবং তিনি দুবার পড়ে গেছেন।
শ্রীমতী [[PERSON:দাস]] [[HEALTH:পারকিনসন্স রোগে]] আক্রান্ত এবং ওয়াকার ব্যবহার করেন। তিনি বলেন, ঠিকাদার
[[ORGANISATION:Eastway Property Care]]-এর কর্মী [[PERSON:ড্যানি]] মেঝে দেখে বলেছিলেন "দিদিমা, এ কিছু না"। তিনি প্রতি
সন্ধ্যায় [[ADDRESS:শ্রী শ্রী রাধাকৃষ্ণ মন্দিরে]] যান, যা তাঁর বাড়ির দুই গলি পরে। মেরামতের রেফারেন্স
[[REFERENCE:NVC-HR-58213]]। এনএইচএস নম্বর [[OTHER_ID:418 602 3379]]। পরিবারের সঙ্গে যোগাযোগ: ছেলে শ্রী
[[PERSON:বিপ্লব দাস]], [[PHONE:01632 960 845]]। শ্রীমতী [[PERSON:সুরবালা]] একা থাকেন এবং অন্য এলাকায় স্থানান্তরে রাজি নন। সুপারিশ: অবিলম্বে মেঝে মেরামত, হাতল লাগানো এবং পেশাগত থেরাপিস্টের মূল্যায়ন।
"""),
    ),
    (
        "fv2c-bn-05",
        "bn",
        K("""
[০৭:৫০] আমি: সালাম, আমি [[PERSON:নাসরিন]], [[ADDRESS:ফ্ল্যাট ৬এ]], [[ADDRESS:Brunel House]]। আবার লিফট বন্ধ।
[০৮:১৫] [[ORGANISATION:Thameside Living]]: Hi [[PERSON:Nasrin]], lift fault logged, ref [[REFERENCE:TL-LIFT-2044]].
[০৮:১৭] আমি: আমার আব্বার [[HEALTH:হার্টের অসুখ]], উনি ১১ তলা সিঁড়ি দিয়ে নামতে পারবেন না। আজ ১১টায় [[ADDRESS:Wharfside Surgery]]-তে অ্যাপয়েন্টমেন্ট।
[০৯:০২] [[ORGANISATION:Thameside Living]]: Engineer from [[ORGANISATION:Liftright]] on the way.
[১০:৪০] আমি: কেউ আসেনি। ভাই [[PERSON:সানি]] নিচে দাঁড়িয়ে আছে, ওর নম্বর [[PHONE:০৭৭০০ ৯০০ ৩৮৫]]।
[১০:৪৪] [[ORGANISATION:Thameside Living]]: Thanks. Our officer [[PERSON:Paul]] will ring [[PERSON:Sunny]]. Is he the tenant?
[১০:৪৬] আমি: না, ভাড়াটে আমার আব্বা [[PERSON:আবুল বাশার]]। ভাইয়ের আসল নাম [[PERSON:সানাউল]], সবাই [[PERSON:সানি]] ডাকে।
[১১:২০] আমি: [[PERSON:পল]] ফোন করেছিল, বলে ২টার পর। অ্যাপয়েন্টমেন্ট মিস।
[১৫:০৫] আমি: আমি অভিযোগ করছি। আমার জন্ম তারিখ লাগলে [[DATE_OF_BIRTH:২২ জানুয়ারি ১৯৯১]]। ইমেইল [[EMAIL:nasrin.b@example.org]]।
[১৫:৩০] [[ORGANISATION:Thameside Living]]: Complaint ref [[REFERENCE:TLC-60117]]. Apologies to your father.
[১৫:৩২] আমি: ধন্যবাদ। কিন্তু লিফট এই মাসে চারবার বন্ধ হলো, সেটাও অভিযোগে লিখবেন।
"""),
    ),
    # ------------------------------------------------------------------ Punjabi (Gurmukhi)
    (
        "fv2c-pa-01",
        "pa",
        P("""
ਮੇਰਾ ਨਾਮ [[PERSON:ਗੁਰਮੀਤ ਕੌਰ]] ਹੈ, ਪਰ ਸਾਰੇ ਮੈਨੂੰ [[PERSON:ਪੰਮੀ]] ਕਹਿੰਦੇ ਹਨ। ਅਸੀਂ [[ADDRESS:ਮਕਾਨ ਨੰਬਰ 22, Elmfield Road]],
[[POSTCODE:UB2 4QT]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ, ਜੋ [[ORGANISATION:Southmead Green Housing]] ਦਾ ਹੈ। ਮੇਰੀ ਧੀ [[PERSON:ਖ਼ੁਸ਼ੀ]] [[AGE:7 ਸਾਲ]]
ਦੀ ਹੈ ਅਤੇ ਉਸ ਦੇ ਕਮਰੇ ਵਿੱਚ ਕਾਲੀ ਉੱਲੀ ਹੈ। ਸਾਨੂੰ ਕੋਈ ਖ਼ੁਸ਼ੀ ਨਹੀਂ ਕਿ ਹਰ ਹਫ਼ਤੇ ਸ਼ਿਕਾਇਤ ਕਰਨੀ ਪੈਂਦੀ ਹੈ। ਮੇਰੇ ਪਤੀ
[[PERSON:ਬਲਵਿੰਦਰ]], ਜਿਨ੍ਹਾਂ ਨੂੰ ਯਾਰ [[PERSON:ਬਿੱਲਾ]] ਕਹਿੰਦੇ ਹਨ, ਨੇ ਹਾਊਸਿੰਗ ਅਫ਼ਸਰ [[PERSON:ਸ਼ੈਰਨ]] ਨੂੰ ਤਿੰਨ ਵਾਰ ਫ਼ੋਨ ਕੀਤਾ।
[[PERSON:ਸ਼ੈਰਨ]] ਨੇ ਕਿਹਾ ਠੇਕੇਦਾਰ [[PERSON:ਕ੍ਰੇਗ]] ਆਵੇਗਾ। [[PERSON:ਕ੍ਰੇਗ]] ਆਇਆ, ਪੇਂਟ ਕੀਤਾ ਅਤੇ ਚਲਾ ਗਿਆ। ਦੋ ਹਫ਼ਤਿਆਂ ਵਿੱਚ
ਉੱਲੀ ਵਾਪਸ। ਗੁਆਂਢੀ [[PERSON:ਸੁਰਜੀਤ]] ਅੰਕਲ ਨੇ ਕਿਹਾ ਕਿ [[PERSON:ਬਿੱਲੇ]] ਨੂੰ ਕੌਂਸਲਰ ਕੋਲ ਜਾਣਾ ਚਾਹੀਦਾ ਹੈ। ਉਨ੍ਹਾਂ ਦੀ ਨੂੰਹ
[[PERSON:ਗੋਗੀ]] ਨੇ ਵੀਡੀਓ ਬਣਾਈ। ਮੈਂ [[ADDRESS:ਗੁਰਦੁਆਰਾ ਨਾਨਕਸਰ ਐਲਮਫ਼ੀਲਡ]] ਦੇ ਨੇੜੇ ਰਹਿੰਦੀ ਹਾਂ, ਉੱਥੇ ਸੇਵਾਦਾਰ ਵੀ ਕਹਿੰਦੇ ਹਨ
ਕਿ ਸਾਡੀ ਗਲੀ ਦੇ ਸਾਰੇ ਘਰਾਂ ਦਾ ਇਹੀ ਹਾਲ ਹੈ। [[PERSON:ਖ਼ੁਸ਼ੀ]] ਨੂੰ ਡਾਕਟਰ ਨੇ [[HEALTH:ਦਮੇ]] ਦਾ ਪੰਪ ਦਿੱਤਾ ਹੈ। ਸ਼ਿਕਾਇਤ ਨੰਬਰ
[[REFERENCE:SGH-C-31907]], ਫ਼ੋਨ [[PHONE:07700 900 216]]।
"""),
    ),
    (
        "fv2c-pa-02",
        "pa",
        P("""
ਤੁਸੀਂ ਰਾਤ ਦੀ ਸ਼ਿਫ਼ਟ ਤੋਂ ਸਵੇਰੇ ਛੇ ਵਜੇ ਘਰ ਆਉਂਦੇ ਹੋ ਅਤੇ ਦਰਵਾਜ਼ਾ ਖੋਲ੍ਹਦੇ ਹੀ ਪਾਣੀ ਵਿੱਚ ਪੈਰ ਰੱਖਦੇ ਹੋ। ਤੁਸੀਂ
[[PERSON:ਹਰਪ੍ਰੀਤ ਸਿੰਘ]] ([[PERSON:Harpreet Singh]]) ਹੋ, [[AGE:33 ਸਾਲ]] ਦੇ, ਅਤੇ [[ADDRESS:ਫ਼ਲੈਟ 11, Orchard Mews]]
ਵਿੱਚ ਰਹਿੰਦੇ ਹੋ। ਉੱਪਰਲੇ [[ADDRESS:ਫ਼ਲੈਟ 15]] ਦੀ ਪਾਈਪ ਫਿਰ ਫਟ ਗਈ ਹੈ। ਤੁਸੀਂ [[ORGANISATION:Orchard Mews Housing Co-op]]
ਨੂੰ [[PHONE:020 7946 0733]] ਤੇ ਫ਼ੋਨ ਕਰਦੇ ਹੋ; [[PERSON:ਡੈਨੀਅਲ]] ਨਾਮ ਦਾ ਮੁੰਡਾ ਕਹਿੰਦਾ ਹੈ ਕਿ ਪਲੰਬਰ ਦੁਪਹਿਰ ਤੱਕ ਆਵੇਗਾ।
ਤੁਹਾਡੀ ਪਤਨੀ [[PERSON:ਜਸਲੀਨ]] ਨੂੰ [[HEALTH:ਸ਼ੂਗਰ]] ਹੈ ਅਤੇ ਉਹ ਗਿੱਲੇ ਫ਼ਰਸ਼ ਤੇ ਤਿਲਕ ਸਕਦੀ ਹੈ। ਤੁਸੀਂ ਇੰਸਟਾਗ੍ਰਾਮ [[OTHER_ID:@harpreet.orchardmews]] ਤੇ
ਛੱਤ ਦੀਆਂ ਫੋਟੋਆਂ ਪਾਉਂਦੇ ਹੋ। ਸ਼ਾਮ ਨੂੰ ਮੈਨੇਜਰ ਮਿਸਿਜ਼ [[PERSON:ਕੋਲਿਨਜ਼]] ਈਮੇਲ ਕਰਦੀ ਹੈ ਅਤੇ ਕੇਸ ਨੰਬਰ
[[REFERENCE:OMH-2024-118]] ਦਿੰਦੀ ਹੈ। ਤੁਸੀਂ ਜਵਾਬ [[EMAIL:harpreet.singh@example.net]] ਤੋਂ ਭੇਜਦੇ ਹੋ ਅਤੇ ਆਪਣਾ ਨੈਸ਼ਨਲ ਇੰਸ਼ੋਰੈਂਸ
ਨੰਬਰ [[NI_NUMBER:QQ 80 46 31 D]] ਵੀ ਲਿਖ ਦਿੰਦੇ ਹੋ ਕਿਉਂਕਿ ਉਨ੍ਹਾਂ ਨੇ ਪਿਛਲੀ ਵਾਰ ਮੰਗਿਆ ਸੀ। ਤੁਸੀਂ ਸੋਚਦੇ ਹੋ ਕਿ ਤੁਹਾਡੇ ਪਿਤਾ
ਜੀ ਨੇ ਕਿਹਾ ਸੀ, ਇੰਗਲੈਂਡ ਵਿੱਚ ਸਭ ਕੁਝ ਵਕਤ ਤੇ ਹੁੰਦਾ ਹੈ। ਤੁਸੀਂ ਹੱਸਦੇ ਹੋ, ਅਤੇ ਬਾਲਟੀ ਫਿਰ ਖ਼ਾਲੀ ਕਰਦੇ ਹੋ।
"""),
    ),
    (
        "fv2c-pa-03",
        "pa",
        P("""
ਸਮਾਜਿਕ ਕਾਰਕੁਨ ਦੀ ਰਿਪੋਰਟ। ਤਿਆਰ ਕਰਤਾ: [[PERSON:ਮਨਦੀਪ ਗਿੱਲ]], [[ORGANISATION:Penwood Borough Council]]। ਸ੍ਰੀਮਤੀ
[[PERSON:ਕਰਤਾਰ ਕੌਰ]] ([[PERSON:Kartar Kaur]]), ਉਮਰ [[AGE:89 ਸਾਲ]], ਜਿਨ੍ਹਾਂ ਨੂੰ ਪਰਿਵਾਰ ਬੀਜੀ ਕਹਿੰਦਾ ਹੈ, 1987 ਤੋਂ
[[ADDRESS:9 Vicarage Lane]], [[POSTCODE:WV4 6AZ]] ਵਿੱਚ ਰਹਿ ਰਹੇ ਹਨ, ਜੋ [[ORGANISATION:Blackbrook Vale Homes]] ਦੀ ਜਾਇਦਾਦ ਹੈ।
ਉਨ੍ਹਾਂ ਨੇ ਆਪਣੇ ਪੋਤੇ [[PERSON:ਅਮਨਦੀਪ]] ਦੀ ਹਾਜ਼ਰੀ ਵਿੱਚ ਦੱਸਿਆ ਕਿ ਪਿਛਲੇ ਦਸੰਬਰ ਤੋਂ ਹੀਟਿੰਗ ਠੀਕ ਤਰ੍ਹਾਂ ਕੰਮ ਨਹੀਂ ਕਰਦੀ ਅਤੇ ਰਾਤ
ਨੂੰ ਕਮਰੇ ਦਾ ਤਾਪਮਾਨ ਦਸ ਡਿਗਰੀ ਤੱਕ ਡਿੱਗ ਜਾਂਦਾ ਹੈ। ਸ੍ਰੀਮਤੀ [[PERSON:ਕੌਰ]] ਨੂੰ [[HEALTH:ਦਿਲ ਦੀ ਬਿਮਾਰੀ]] ਅਤੇ
[[HEALTH:ਗਠੀਆ]] ਹੈ। ਉਨ੍ਹਾਂ ਅਨੁਸਾਰ ਠੇਕੇਦਾਰ ਦੇ ਕਰਮਚਾਰੀ ਮਿਸਟਰ [[PERSON:ਬੇਕਰ]] ਨੇ ਕਿਹਾ ਸੀ ਕਿ "ਪੁਰਾਣੇ ਲੋਕ ਬਹੁਤ ਸ਼ਿਕਾਇਤ
ਕਰਦੇ ਹਨ"। ਉਹ ਹਰ ਸਵੇਰ [[ADDRESS:ਗੁਰੂ ਨਾਨਕ ਗੁਰਦੁਆਰਾ]] ਜਾਂਦੇ ਹਨ, ਜੋ ਘਰ ਤੋਂ ਪੈਦਲ ਪੰਜ ਮਿੰਟ ਹੈ, ਅਤੇ ਕਿਸੇ ਹੋਰ ਥਾਂ ਜਾਣਾ ਨਹੀਂ
ਚਾਹੁੰਦੇ। ਉਨ੍ਹਾਂ ਦੇ ਡਾਕਟਰ [[ADDRESS:Penwood Road Medical Practice]] ਵਿੱਚ ਹਨ। ਮੁਰੰਮਤ ਹਵਾਲਾ [[REFERENCE:BCH-HT-44019]],
ਐੱਨਐੱਚਐੱਸ ਨੰਬਰ [[OTHER_ID:537 118 2946]]। ਪਰਿਵਾਰਕ ਸੰਪਰਕ: ਪੁੱਤਰ ਸ੍ਰੀ [[PERSON:ਜਸਵੰਤ ਸਿੰਘ]], [[PHONE:01632 960 590]]।
ਸਿਫ਼ਾਰਸ਼: ਤੁਰੰਤ ਬਾਇਲਰ ਬਦਲਿਆ ਜਾਵੇ।
"""),
    ),
    (
        "fv2c-pa-04",
        "pa",
        K("""
[੦੯:੦੫] ਮੈਂ: ਸਤ ਸ੍ਰੀ ਅਕਾਲ, ਮੈਂ [[PERSON:ਰਾਜਵਿੰਦਰ]] ਹਾਂ, [[ADDRESS:ਫ਼ਲੈਟ 2ਬੀ]], [[ADDRESS:Sycamore Court]] ਤੋਂ। ਬਾਥਰੂਮ ਦੀ ਛੱਤ ਡਿੱਗ ਪਈ ਹੈ।
[੦੯:੩੦] [[ORGANISATION:Leawood Homes]]: Hi [[PERSON:Rajvinder]], emergency job [[REFERENCE:LWH-E-90133]] raised.
[੦੯:੩੨] ਮੈਂ: ਮੇਰੀ ਮਾਤਾ ਜੀ ਨੂੰ [[HEALTH:ਡਿਮੈਂਸ਼ੀਆ]] ਹੈ, ਉਹ ਡਰ ਗਏ ਹਨ। ਮੇਰਾ ਮੁੰਡਾ [[PERSON:ਜੱਸੀ]] [[AGE:4 ਸਾਲ]] ਦਾ ਹੈ।
[੧੧:੧੫] ਮੈਂ: ਕੋਈ ਨਹੀਂ ਆਇਆ। ਮੈਂ [[PHONE:੦੭੭੦੦ ੯੦੦ ੫੭੨]] ਤੇ ਹਾਂ।
[੧੧:੪੦] [[ORGANISATION:Leawood Homes]]: Our contractor [[ORGANISATION:Rapid Response Plumbing]] is on the way. Operative [[PERSON:Lee]].
[੧੩:੦੦] ਮੈਂ: [[PERSON:ਲੀ]] ਆ ਗਿਆ। ਉਹ ਕਹਿੰਦਾ ਹੈ ਉੱਪਰ [[ADDRESS:ਫ਼ਲੈਟ 6ਬੀ]] ਤੋਂ ਲੀਕ ਹੈ।
[੧੩:੦੫] ਮੈਂ: ਵੈਨ [[OTHER_ID:VN21 OPL]] ਪਾਰਕਿੰਗ ਵਿੱਚ ਮੇਰੀ ਥਾਂ ਤੇ ਖੜ੍ਹੀ ਹੈ, ਕੋਈ ਗੱਲ ਨਹੀਂ।
[੧੬:੨੦] ਮੈਂ: ਮੈਂ ਸ਼ਿਕਾਇਤ ਕਰਨੀ ਹੈ। ਈਮੇਲ [[EMAIL:rajvinder.k@example.com]], ਪੋਸਟਕੋਡ [[POSTCODE:le3 9ft]]।
[੧੬:੪੫] [[ORGANISATION:Leawood Homes]]: Complaint ref [[REFERENCE:LWH-C-2281]]. Our manager [[PERSON:Anita Shah]] will call you.
[੧੭:੧੦] ਮੈਂ: [[PERSON:ਅਨੀਤਾ]] ਜੀ ਦਾ ਫ਼ੋਨ ਆ ਗਿਆ, ਧੰਨਵਾਦ।
"""),
    ),
    (
        "fv2c-pa-05",
        "pa",
        K("""
[[ORGANISATION:Hawthorn Park Housing]] ਨੂੰ ਕੁਝ ਸਵਾਲ:
੧. ਮੇਰੀ ਸ਼ਿਕਾਇਤ [[REFERENCE:HPH/24/6610]] ਨੂੰ 58 ਦਿਨ ਕਿਉਂ ਹੋ ਗਏ, ਜਦਕਿ ਤੁਹਾਡੀ ਨੀਤੀ 10 ਦਿਨ ਕਹਿੰਦੀ ਹੈ?
੨. ਤੁਹਾਡਾ ਸਰਵੇਅਰ ਮਿਸਟਰ [[PERSON:ਡੌਸਨ]] [[ADDRESS:ਨੰਬਰ 113]] ਤੇ ਕਿਉਂ ਗਿਆ, ਜਦਕਿ ਅਸੀਂ [[ADDRESS:ਨੰਬਰ 131]] ਤੇ ਰਹਿੰਦੇ ਹਾਂ?
੩. ਕੀ ਤੁਹਾਨੂੰ ਪਤਾ ਹੈ ਕਿ ਮੇਰੀ ਪਤਨੀ [[PERSON:ਸੁਖਪ੍ਰੀਤ]] ਦਾ ਜਨਮ [[DATE_OF_BIRTH:੧੪ ਅਪ੍ਰੈਲ ੧੯੮੭]] ਨੂੰ ਹੋਇਆ ਅਤੇ ਉਸ ਨੂੰ [[HEALTH:ਮਿਰਗੀ]] ਹੈ?
੪. ਸਾਡੀ ਧੀ [[PERSON:ਨਵਨੀਤ]], [[AGE:੧੩ ਸਾਲ]], [[ADDRESS:Hollybrook School]] ਜਾਂਦੀ ਹੈ; ਕੀ ਉਹ ਬਿਨਾਂ ਗਰਮ ਪਾਣੀ ਦੇ ਨਹਾ ਕੇ ਜਾਵੇ?
੫. ਤੁਸੀਂ £120 ਦਾ ਵਾਊਚਰ ਕਿਉਂ ਭੇਜਿਆ ਜਦਕਿ ਸਾਡਾ ਗੈਸ ਦਾ ਬਿੱਲ £415 ਆਇਆ?
੬. ਕੀ ਮੈਂ ਆਪਣਾ ਪਾਸਪੋਰਟ ਨੰਬਰ [[OTHER_ID:548203116]] ਤੇ ਨੈਸ਼ਨਲ ਇੰਸ਼ੋਰੈਂਸ [[NI_NUMBER:QQ 12 70 39 B]] ਫਿਰ ਭੇਜਾਂ?
੭. ਮੁਆਵਜ਼ਾ ਕਿਹੜੇ ਖਾਤੇ ਵਿੱਚ ਜਾਵੇਗਾ, ਸੌਰਟ ਕੋਡ [[OTHER_ID:09-01-28]] ਖਾਤਾ [[OTHER_ID:33017265]] ਵਿੱਚ?
੮. ਕੀ ਕੋਈ ਮੈਨੂੰ [[PHONE:07700 900 650]] ਤੇ ਜਾਂ [[EMAIL:kuldeep.sandhu@example.org]] ਤੇ ਜਵਾਬ ਦੇਵੇਗਾ?
[[PERSON:ਕੁਲਦੀਪ ਸੰਧੂ]], [[POSTCODE:B20 2QL]]
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
