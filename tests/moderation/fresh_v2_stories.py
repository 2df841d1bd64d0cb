"""Fresh labelled stories for measuring the PII detector under version 2 of the marking.

These 42 stories (6 each in English, Polish, Romanian, Arabic, Urdu, Bengali and
Punjabi in Gurmukhi) were written under version 2 of the marking rules in
``/work/shared/pii/README.md`` by a writer who never saw the detector
(``moderation/pii/``), its tests, or the development sets (``dev.jsonl``,
``dev2.jsonl``). They are meant to measure the detector honestly: do not tune the
detector against them, or they stop measuring anything.

Spans are marked inline as ``[[KIND:text]]`` (the format of ``heldout_stories``)
and turned into offsets by ``parse``. ``as_jsonl_lines`` gives the
``{"id", "language", "text", "gold"}`` lines that ``score.py`` reads: text
NFC-normalised, offsets in code points, end exclusive.

Besides the identifying details, the stories deliberately carry things that must
NOT be marked: towns, boroughs and hospitals, "the council", "a number of times",
"a flat roof", Will/Mark/Rose/Hope used as ordinary words (and their equivalents
in other languages), sums of money and durations.

All people, places, organisations, numbers and handles are invented. Phone
numbers are in Ofcom's drama ranges; e-mail addresses are at example.com/.org/.net;
NI numbers use the QQ prefix.
"""

from __future__ import annotations

import textwrap

from tests.moderation.heldout_stories import stories_as_jsonl, story_records

LANGUAGES = ("en", "pl", "ro", "ar", "ur", "bn", "pa")

KINDS = frozenset(
    {
        "PERSON",
        "ADDRESS",
        "POSTCODE",
        "PHONE",
        "EMAIL",
        "NI_NUMBER",
        "REFERENCE",
        "DATE_OF_BIRTH",
        "AGE",
        "OTHER_ID",
        "ORGANISATION",
        "HEALTH",
        "OTHER_SPECIAL",
    }
)


def _t(marked: str) -> str:
    """Dedent a story written as an indented triple-quoted string."""
    return textwrap.dedent(marked).strip("\n")


STORIES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ English
    (
        "fv2-en-01",
        "en",
        _t("""
        Dear Sir or Madam,

        Complaint reference [[REFERENCE:WVH-C-230914]] (stage 2)

        I am writing on behalf of my mother, Mrs [[PERSON:Folasade Okonjo-Bright]], who has lived at [[ADDRESS:14 Tanners Row]], Walsall [[POSTCODE:WS2 8NQ]] since 1998 as a tenant of [[ORGANISATION:Wyvern Vale Homes]]. She is [[AGE:81]] and has [[HEALTH:COPD]], and the black mould in her back bedroom has been reported a number of times since February. Her GP at [[ADDRESS:Pleck Lane Surgery]] wrote to you on 3 May; her NHS number is [[OTHER_ID:721 449 0385]] should you need to check anything with the practice.

        Your contractor, [[ORGANISATION:Brightline Damp Solutions]], attended twice. On the second visit the operative left his van, [[OTHER_ID:KX21 WPD]], across her drive for four hours, so the district nurse could not park. When my mother asked him to move it, he told her to "go back where she came from". She is [[OTHER_SPECIAL:Nigerian]] by birth and has been a British citizen for forty years. She was shaken for days.

        I ask that you treat this as two complaints: the damp, and the operative's conduct. Please write to me rather than to her, as official letters distress her: [[PERSON:Tunde Okonjo-Bright]], [[EMAIL:tunde.ob@example.com]], [[PHONE:07700 900418]].

        Yours faithfully,
        [[PERSON:Tunde Okonjo-Bright]]
        """),
    ),
    (
        "fv2-en-02",
        "en",
        _t("""
        ok so this is the 4th time im writing this. we're at [[ADDRESS:number 31]], the house with the green door opposite the [[ADDRESS:Drovers Arms]], and on tuesday night the ceiling in the kids room came down. [[PERSON:little Kayden]] was asleep in there, hes [[AGE:3]]. by some miracle he will be fine, the a&e doctor at pinderfields said just a bump and a scratch but i havent slept since.

        your repairs line kept me on hold 55 mins and then cut off. the guy [[ORGANISATION:Aire Valley Homes]] finally sent from [[ORGANISATION:Castleford Maintenance]], [[PERSON:Gaz]], said the flat roof is rotten and has been for years and its "above his pay grade". mark my words if that roof isnt sorted this week im going to the papers and the ombudsman.

        my partner [[PERSON:Jodie]] put the video on tiktok ([[OTHER_ID:@jodiesays_xo]]) and its got 40k views already so dont pretend you didnt know. the asb case about next door is [[REFERENCE:ASB-55102]] and thats been open since march as well, nobody has rung us about that either.

        ring me on [[PHONE:oh seven seven double oh, nine double oh, two six one]]. not email, i dont check it.
        [[PERSON:Dean]]
        """),
    ),
    (
        "fv2-en-03",
        "en",
        _t("""
        Learning from complaints: case review
        Prepared by [[PERSON:Harriet Lowe]], Complaints Manager, [[ORGANISATION:Fenland Rural Housing]]
        Complaint [[REFERENCE:FRH/2023/0771]]

        Mr [[PERSON:Patrick Ward]] (known to everyone on site as [[PERSON:Paddy]]) holds [[ADDRESS:pitch 11]] on [[ADDRESS:Hollowbrook Park]], our Traveller site near Wisbech. He and his family are [[OTHER_SPECIAL:Irish Travellers]]. In October the amenity block on his pitch flooded and stayed unusable for six weeks. Our gas engineer, [[PERSON:Marek Zieliński]], recorded the fault on day one, but the job was closed in error when the drainage contractor, [[ORGANISATION:Ouse Valley Drainage]], reported "no access".

        Mr [[PERSON:Ward]]'s grandson [[PERSON:Michael]], aged [[AGE:9]], has [[HEALTH:cerebral palsy]] and could not be bathed at home during that time. The family went to relatives in Peterborough in the hope that the repair would be done while they were away. It was not.

        We also made a data error: the compensation letter (£1,150) was delivered to [[ADDRESS:pitch 14]] and showed the last digits of Mr [[PERSON:Ward]]'s bank account, the account ending [[OTHER_ID:8137]]. We apologised, reported it to our data protection officer and changed the letter template.

        Lessons: no job is closed on "no access" without a call to the resident, and every letter is checked against the pitch register before it goes out.
        """),
    ),
    (
        "fv2-en-04",
        "en",
        _t("""
        Hello, my name is [[PERSON:Semhar Tesfamariam]]. I am from [[OTHER_SPECIAL:Eritrea]] and I have [[OTHER_SPECIAL:refugee status]] since 2021, my BRP number is [[OTHER_ID:ZU7104392]], I write it here because the housing officer ask me for it every time. I live with my two daughters in the basement flat, [[ADDRESS:40 Coniston Road]], Luton, postcode [[POSTCODE:lu27hb]].

        From October the water is coming through the wall from [[ADDRESS:number 42]], the wall is always wet and the smell is very bad. The small one [[PERSON:Luwam]] is [[AGE:2]] and she go to [[ADDRESS:Little Acorns Nursery]], the nursery lady say her cough is not normal. The doctor at [[ADDRESS:Marsh Farm Health Centre]] say it is [[HEALTH:bronchiolitis]] and she was one night in Luton and Dunstable Hospital.

        The landlord [[ORGANISATION:Chiltern Gate Housing]] send a man two times, he paint the wall and go. After one week the black come back. When it rain hard the water rose to my ankle in the bathroom.

        We are [[OTHER_SPECIAL:Orthodox Christian]] and the people from [[ADDRESS:St Gabriel Eritrean Church]] help us with heaters, but the electric is very expensive, £40 every week.

        My neighbour [[PERSON:Rose]] help me write this. My tenancy number is [[REFERENCE:CGH-004417-T]]. Please write to me [[EMAIL:semhar dot t at example dot net]] or call [[PHONE:01632 960584]].
        """),
    ),
    (
        "fv2-en-05",
        "en",
        _t("""
        From: [[PERSON:Danielle Achterberg]] <[[EMAIL:d.achterberg@example.org]]>
        To: Planned Works, [[ORGANISATION:Keystone Property Care]]
        Subject: Job [[REFERENCE:KPC-88214]] - please mark as P1

        Hi [[PERSON:Sunil]],

        Chasing the leak into [[ADDRESS:flat 7]] from [[ADDRESS:flat 11]] at [[ADDRESS:Harcourt House]]. This is my third chase this month, so I'd be grateful if you could mark it as P1 today.

        The tenant in [[ADDRESS:flat 7]], Mr [[PERSON:Will Ferreira]], has used a wheelchair since a [[HEALTH:spinal cord injury]] and cannot use the stairs while the lift is out, so please send someone who can do the ceiling and the lift check on the same visit. He will be in from 8am; if he doesn't answer, his daughter [[PERSON:Bea]] has a key, [[PHONE:+44 (0)7700 900733]].

        Ms [[PERSON:Orla Kinsella]] upstairs works nights, so please knock after 1pm. She has already had a number of visits where nothing was done and is understandably fed up.

        Also: your operative's van, [[OTHER_ID:YR68 KTE]], got a ticket in the residents' bay last week. Please get him a permit from the estate office rather than sending the ticket to us.

        The caretaker says the flat roof above the stairwell has been patched a number of times; I'll raise that separately with our surveyor in Hackney.

        Thanks,
        [[PERSON:Danielle]]
        Tenancy Services, [[ORGANISATION:Northbrook Homes]] | [[PHONE:+44 (0)20 7946 0318]]
        """),
    ),
    (
        "fv2-en-06",
        "en",
        _t("""
        My name is [[PERSON:Everton Clarke]], but everybody on the [[ADDRESS:Cranmer Estate]] know me as [[PERSON:Big E]]. I was born on the [[DATE_OF_BIRTH:fourth of August, nineteen fifty-one]] in Clarendon, [[OTHER_SPECIAL:Jamaica]], and I come over in 1962. I tell you that because when the heating break down last winter, the lady on the phone ask me for my passport number before she would book the job. I give it to her, [[OTHER_ID:533018724]], and my national insurance, [[NI_NUMBER:qq 52 04 19 d]], and still nobody come for nineteen days.

        I live at [[ADDRESS:22 Mandela Walk]], the block behind the [[ADDRESS:Lighthouse Social Club]]. I am [[AGE:seventy-two]] and I have [[HEALTH:type 2 diabetes]] and [[HEALTH:glaucoma]], so the cold go straight in my bones and I cannot see to fix nothing myself. Sundays I go to [[ADDRESS:Mount Zion Tabernacle]], and the pastor, Brother [[PERSON:Linval]], bring me two heater from the church.

        My grandson [[PERSON:Jaylen]] put pictures of the boiler on his website, [[OTHER_ID:jaylenclarke.example.com/grandad]], and write to the landlord, [[ORGANISATION:Southbank Mutual Homes]]. Two days after, a man come and say the boiler older than [[PERSON:Jaylen]]. The council say it is not their business. I just want to be warm in my own home.
        """),
    ),
    # ------------------------------------------------------------------- Polish
    (
        "fv2-pl-01",
        "pl",
        _t("""
        Szanowni Państwo,

        nazywam się [[PERSON:Katarzyna Wróblewska]] i od 2017 roku wynajmuję mieszkanie od [[ORGANISATION:Northfield Community Homes]]. Mieszkamy w [[ADDRESS:mieszkaniu 9c]] w bloku [[ADDRESS:Ashdown Court]], Slough [[POSTCODE:SL1 4RT]]. Moja córka [[PERSON:Zuzia]] ma [[AGE:6 lat]] i chodzi do [[ADDRESS:St Ethelbert's Primary]]. Od listopada na ścianie w jej pokoju jest czarna pleśń. Lekarka z [[ADDRESS:Farnham Road Surgery]] stwierdziła u [[PERSON:Zuzi]] [[HEALTH:astmę]] i napisała do Państwa list, który pozostał bez odpowiedzi.

        Zgłaszałam problem wiele razy, telefonicznie pod numerem [[PHONE:01632 960217]] i mailowo. Numer zgłoszenia: [[REFERENCE:NCH-REP-66120]]. Pracownik firmy [[ORGANISATION:ProSeal Contractors]], pan [[PERSON:Darek]], pomalował ścianę i powiedział, że to „tylko kondensacja” i że mamy częściej otwierać okna. Otwieramy je codziennie, nawet w mrozy.

        Mój mąż [[PERSON:Tomasz]] pracuje na nocne zmiany, a ja słabo mówię po angielsku, dlatego przy pisaniu pomaga mi sąsiadka, pani [[PERSON:Halinka]] spod [[ADDRESS:dziesiątki]]. Proszę o kontakt ze mną: [[EMAIL:kasia.wroblewska@example.com]]. Na prośbę Państwa biura podaję też numer mojego dowodu osobistego: [[OTHER_ID:AYK 482913]].

        Z poważaniem
        [[PERSON:Katarzyna Wróblewska]]
        """),
    ),
    (
        "fv2-pl-02",
        "pl",
        _t("""
        siema, pisze tutaj bo na infolinii nikt nie odbiera od tygodnia. mieszkam pod [[ADDRESS:41b]] na [[ADDRESS:Beacon Hill Estate]] w peterborough, ten blok za polskim sklepem [[ADDRESS:Smaki Mazur]]. od 3 tygodni nie ma cieplej wody ani ogrzewania a mam w domu malego [[PERSON:Kube]], ma [[AGE:7 miesiecy]] i [[HEALTH:refluks]], kapiemy go w misce z czajnika. sasiad [[PERSON:Slawek]] spod [[ADDRESS:41a]] ma to samo.

        w zeszly czwartek przyjechal gosc z [[ORGANISATION:Fenway Plumbing]], zaparkowal busa [[OTHER_ID:AF19 ZPL]] na miejscu dla niepelnosprawnych, popatrzyl na piec 5 minut i powiedzial ze czesc jest zamowiona. zadnej czesci nie ma, sprawdzalem. zgloszenie ma numer [[REFERENCE:BH/445/2024]], a [[ORGANISATION:Nene Valley Living]] dalej pisze ze "sprawa w toku".

        wrzucilem filmik na insta [[OTHER_ID:@kuba_tata_pboro]] i ludzie pytaja czy to w ogole legalne. moja dziewczyna [[PERSON:Ola]] chce juz isc do rady miasta i do ombudsmana, ja mysle ze to nic nie da ale niech bedzie.

        dzwoncie [[PHONE:07700 900846]] albo piszcie [[EMAIL:mati.k93@example.net]]
        [[PERSON:Mateusz]]
        """),
    ),
    (
        "fv2-pl-03",
        "pl",
        _t("""
        Szanowna Pani [[PERSON:Agnieszko]],

        dziękujemy za Pani skargę z 4 marca (numer sprawy: [[REFERENCE:LCH-COMP-20931]]) dotyczącą nocnego hałasu z [[ADDRESS:mieszkania nr 14]]. Rozmawialiśmy już z najemcą, panem [[PERSON:Garym Holdenem]], i wystawiliśmy mu pisemne ostrzeżenie. Jeśli hałas się powtórzy, prosimy zapisywać daty i godziny w dzienniczku, który przesyłamy w załączeniu.

        Zgodnie z Pani prośbą sprawdziliśmy też dane w naszym systemie: [[PERSON:Agnieszka Nowicka-Byrne]], ur. [[DATE_OF_BIRTH:14.03.1979]], numer National Insurance [[NI_NUMBER:QQ 71 30 58 B]], adres: [[ADDRESS:mieszkanie nr 12, Pelham Court, 9 Wharf Street]], Leicester [[POSTCODE:LE1 2HD]]. Prosimy o informację, jeśli coś się nie zgadza.

        Rozumiemy, że hałas szczególnie dotyka Pani syna [[PERSON:Oskara]] ([[AGE:15 lat]]), który ma [[HEALTH:autyzm]] i przygotowuje się do egzaminów w [[ADDRESS:Abbey Meadows College]]. Proponujemy wizytę naszego doradcy ds. wsparcia najemców w ciągu 10 dni roboczych.

        W razie pytań prosimy dzwonić pod numer [[PHONE:0116 496 0735]] lub pisać na adres [[EMAIL:j.sikorska@leicestercivic.example.org]].

        Z poważaniem
        [[PERSON:Joanna Sikorska]]
        opiekunka najemców, [[ORGANISATION:Leicester Civic Homes]]
        """),
    ),
    (
        "fv2-pl-04",
        "pl",
        _t("""
        Piszę, bo wnuczek mówi, że tu trzeba napisać. Nazywam się [[PERSON:Helena Kowalczyk]], mam [[AGE:78 lat]] i od czterdziestu lat mieszkam na parterze pod [[ADDRESS:numerem 6]], [[ADDRESS:Jubilee Cottages]], w Ealing. Właścicielem jest [[ORGANISATION:Thameside Almshouse Charity]]. Kiedy żył mój mąż, [[PERSON:Wojtek]], wszystko naprawiał sam, ale po śmierci [[PERSON:Wojtka]] zostałam z tym domem sama.

        W zeszłą zimę pękła rura pod zlewem. Dzwoniłam kilka razy, przyszedł młody pan, zakręcił wodę i powiedział, że „ktoś przyjdzie”. Nikt nie przyszedł przez dwanaście dni. Mam [[HEALTH:osteoporozę]] i jestem po [[HEALTH:udarze]], nie mogę nosić wiader z wodą od sąsiadki, pani [[PERSON:Ireny]].

        Jestem [[OTHER_SPECIAL:katoliczką]], chodzę co niedzielę do [[ADDRESS:kościoła św. Jadwigi]] i to ksiądz [[PERSON:Paweł]] w końcu zadzwonił do biura. Wtedy przyjechali tego samego dnia.

        Obiecali mi £420 odszkodowania na konto kończące się na [[OTHER_ID:3391]], ale do dziś nic nie przyszło. Mój numer NHS to [[OTHER_ID:402 118 6673]], bo pytali też o szpital. Wnuczek [[PERSON:Franio]] (właściwie [[PERSON:Franciszek]]) ma [[AGE:17 lat]] i pomógł mi to wszystko napisać na komputerze.
        """),
    ),
    (
        "fv2-pl-05",
        "pl",
        _t("""
        [[PERSON:Ania]]: Dziewczyny, znowu nie ma ogrzewania w całym [[ADDRESS:Kingfisher House]] 😡 ktoś już dzwonił?
        [[PERSON:Gosia]]: Ja rano. Numer zgłoszenia [[REFERENCE:RX-771045]], powiedzieli 48 godzin 🙄
        [[PERSON:Marta B.]]: U mnie w [[ADDRESS:mieszkaniu 23]] jest 14 stopni. [[PERSON:Staś]] znowu kaszle, a ma dopiero [[AGE:2 latka]]
        [[PERSON:Gosia]]: A pani [[PERSON:Basia]] spod [[ADDRESS:czwórki]] z tym swoim [[HEALTH:POChP]]? Trzeba do niej zajrzeć
        [[PERSON:Ania]]: Byłam u niej, ma grzejnik od syna. Słuchajcie, piszemy wspólną skargę do [[ORGANISATION:Riverway Housing Group]]? W zeszłym roku było to samo, kilka razy
        [[PERSON:Marta B.]]: Tak! Zapytam [[PERSON:Mariusza]] z komitetu mieszkańców, on zna tę panią z biura, [[PERSON:Lindę]]
        [[PERSON:Ania]]: Ok, to wysyłajcie mi numery mieszkań. Mój mail: [[EMAIL:ania kropka zaremba małpa example kropka com]], albo dzwońcie [[PHONE:zero siedem siedem zero zero, dziewięćset, pięćset dwanaście]]
        [[PERSON:Gosia]]: Dopiszę, że mój [[PERSON:Kacperek]] ma [[HEALTH:astmę]] i w lutym był w szpitalu w Croydon
        [[PERSON:Marta B.]]: 👍 i niech każdy zrobi zdjęcie termometru z datą
        [[PERSON:Ania]]: Super. Wysyłam w piątek, do tego czasu zbieram wszystko
        """),
    ),
    (
        "fv2-pl-06",
        "pl",
        _t("""
        Raport z wizyt, 17.01
        Brygadzista: [[PERSON:Zbigniew Kaczmarczyk]], [[ORGANISATION:Midland Roof & Render]], bus [[OTHER_ID:BV70 HRZ]]
        Zlecenie: [[REFERENCE:MRR-40218]] (klient: [[ORGANISATION:Black Country Homes]])

        1) [[ADDRESS:3 Poplar Grove]], Dudley [[POSTCODE:dy14pq]]. Dach płaski nad kuchnią, membrana popękana w kilku miejscach, woda wchodzi przy kominie. Najemczyni, pani [[PERSON:Shabnam Qureshi]], prosiła, żeby przychodzić po 15:00, bo odbiera córkę ze szkoły [[ADDRESS:Priory Park Academy]]. Zrobione tymczasowe zabezpieczenie, potrzebne rusztowanie.

        2) Ten sam szereg, [[ADDRESS:numer 7]]. Najemca, pan [[PERSON:Ionuț Moldovan]], mówi tylko po rumuńsku, tłumaczył syn [[PERSON:Andrei]], tel. [[PHONE:0121 496 0483]]. Z panem [[PERSON:Ionuțem]] umówiłem się na czwartek. W sypialni grzyb na suficie, młodsze dziecko ma [[HEALTH:astmę]], proszę o priorytet.

        3) [[ADDRESS:mieszkanie 17]] w [[ADDRESS:Lye Cross House]]: nikogo nie było, zostawiłem kartkę. Sąsiad mówi, że lokatorka, [[PERSON:Jackie]], leży w szpitalu w Wolverhampton.

        Uwagi: rynny na całym szeregu do wymiany. Proszę [[PERSON:Marka]] z biura o zamówienie rusztowania na poniedziałek, bo w środę ma padać.
        """),
    ),
    # ---------------------------------------------------------------- Romanian
    (
        "fv2-ro-01",
        "ro",
        _t("""
        Stimată doamnă, stimate domn,

        Mă numesc [[PERSON:Mihaela Dumitrescu]] și locuiesc în [[ADDRESS:apartamentul 5B]] din blocul [[ADDRESS:Orchard Tower]], Harlow [[POSTCODE:CM20 3LX]], ca chiriașă a [[ORGANISATION:Essex Heartland Homes]]. Vă scriu pentru a treia oară despre infiltrațiile de apă din dormitorul fiicei mele, [[PERSON:Ioana]], care are [[AGE:4 ani]] și suferă de [[HEALTH:bronșită cronică]]. Medicul de familie de la [[ADDRESS:Potter Street Health Centre]] a confirmat în scris că mucegaiul îi agravează starea [[PERSON:Ioanei]]; în ianuarie a stat două nopți la Spitalul Princess Alexandra.

        Am sunat de mai multe ori la [[PHONE:01632 960903]]. Numărul reclamației este [[REFERENCE:EHH-77310]]. La ultimul apel, un angajat, domnul [[PERSON:Craig]], mi-a spus că „voi, [[OTHER_SPECIAL:românii]], vă plângeți de orice”. Consider această remarcă discriminatorie și vă rog să o tratați ca pe o reclamație separată.

        Pentru verificare: numărul meu de asigurare națională este [[NI_NUMBER:QQ 40 87 13 C]], iar cartea mea de identitate românească are seria și numărul [[OTHER_ID:RX 447190]].

        Vă rog să îmi răspundeți în scris la [[EMAIL:mihaela.dumitrescu@example.org]].

        Cu stimă,
        [[PERSON:Mihaela Dumitrescu]]
        """),
    ),
    (
        "fv2-ro-02",
        "ro",
        _t("""
        salut. nu mai suport, scriu aici ca la telefon nu raspunde nimeni. stau la [[ADDRESS:nr 12]] deasupra la pubul [[ADDRESS:Crown & Anchor]] in wellingborough si de 2 luni curge apa din tavan in baie, pe langa bec. am sunat la [[ORGANISATION:Nene Shires Housing]] de vreo 10 ori. au trimis un baiat, [[PERSON:Fane]], [[OTHER_SPECIAL:roman]] si el, care a zis ca e de la acoperis si ca trebuie sa vina altii cu schela. de atunci n-a mai venit nimeni.

        nevasta-mea [[PERSON:Alina]] are [[HEALTH:diabet]] si fata noastra [[PERSON:Bianca]] e de [[AGE:5 ani]], nu pot sa fac baie la copil cu apa care picura din tavan. colegul meu [[PERSON:Gigi]] a filmat tot si a pus pe tiktok la [[OTHER_ID:@gigi.wboro]], are deja o gramada de comentarii.

        numarul de dosar e [[REFERENCE:NSH-2291-R]]. si inca ceva: mi-au dat amenda pe masina [[OTHER_ID:MX15 RTU]] ca am parcat in fata la usa cand carau astia sculele, asta e culmea.

        sunati-ma la [[PHONE:zero sapte sapte zero zero noua zero zero trei opt unu]], dupa ora 6 ca lucrez.
        [[PERSON:Costi]]
        """),
    ),
    (
        "fv2-ro-03",
        "ro",
        _t("""
        Notă de caz: vizită la domiciliu, 12 martie
        Consilier: [[PERSON:Raluca Ene]], [[ORGANISATION:Ashfield Mutual Housing]]
        Referință sprijin: [[REFERENCE:AMH-TS-3307]]

        Familia [[PERSON:Stoica]] locuiește la [[ADDRESS:numărul 8, Brook Lane]], Sheffield, din 2019. Doamna [[PERSON:Lăcrămioara Stoica]] spune că familia este [[OTHER_SPECIAL:romă]] și că vecinii de la [[ADDRESS:numărul 10]] le strigă jigniri de când s-au mutat. Sunt [[OTHER_SPECIAL:penticostali]] și merg în fiecare duminică la [[ADDRESS:Biserica Penticostală Maranata]], unde pastorul îi ajută cu traducerile.

        I-am explicat [[PERSON:Mariei]], fiica cea mare, în vârstă de [[AGE:13 ani]], cum să țină un jurnal al incidentelor. Fratele ei, [[PERSON:Costel]] (născut la [[DATE_OF_BIRTH:02.11.2016]]), are [[HEALTH:epilepsie]] și a avut două crize după ultimul scandal; a fost dus la Spitalul de Copii din Sheffield. Învață la [[ADDRESS:Hallam Brook Primary]], iar școala a confirmat că lipsește des. Numărul NHS al lui [[PERSON:Costel]]: [[OTHER_ID:615 903 2284]].

        Acțiuni: deschid dosar de comportament antisocial; o sun pe doamna [[PERSON:Stoica]] la [[PHONE:0114 496 0952]] vineri; cer repararea ușii de la intrare, spartă în februarie.
        """),
    ),
    (
        "fv2-ro-04",
        "ro",
        _t("""
        [[PERSON:Tavi]]: ai vorbit cu ăia de la [[ORGANISATION:Brentside Homes]] despre mami?
        [[PERSON:Luci]]: da, azi dimineață. le-am dat referința [[REFERENCE:BSH 60-1184]], zic că vine cineva joi între 8 și 12
        [[PERSON:Tavi]]: joi lucrez. poți tu?
        [[PERSON:Luci]]: pot. dar n-au vrut să vorbească cu mine până nu le-am dat data nașterii lui mami. [[DATE_OF_BIRTH:9 iunie 1956]], nu?
        [[PERSON:Tavi]]: da. și zi-le de [[HEALTH:Parkinson]], că nu se poate urca pe scaun să închidă geamul de sus
        [[PERSON:Luci]]: le-am zis. femeia de la telefon, [[PERSON:Sharon]], a zis că dacă nu se rezolvă în 20 de zile lucrătoare putem scrie la ombudsman
        [[PERSON:Tavi]]: vecina de la [[ADDRESS:nr. 21]], tanti [[PERSON:Veta]], zice că și la ea intră apa pe geam. tot blocul [[ADDRESS:Elmcroft House]] are problema asta
        [[PERSON:Luci]]: mami stă la [[ADDRESS:nr. 19]] de 30 de ani și n-a fost niciodată așa. trimite-mi mailul tău să te pun în copie
        [[PERSON:Tavi]]: [[EMAIL:tavi punct pop la example punct net]]
        [[PERSON:Luci]]: ok. și scrie-i lui [[PERSON:Doru]] pe insta, [[OTHER_ID:@doru_pop_ldn]], că are poze cu geamul de anul trecut
        [[PERSON:Tavi]]: îi scriu acum. și o sun pe mami diseară, să nu se sperie când vine omul
        [[PERSON:Luci]]: mersi frate. și zi-i să nu mai urce pe scaun până atunci
        """),
    ),
    (
        "fv2-ro-05",
        "ro",
        _t("""
        Bună ziua. Numele meu este [[PERSON:Vasile Rusu]], sunt născut pe [[DATE_OF_BIRTH:douăzeci și trei aprilie o mie nouă sute șaizeci și doi]], în Bălți, și sunt [[OTHER_SPECIAL:moldovean]], nu român, cum scrie greșit în toate hârtiile de la [[ORGANISATION:Medway Coastal Homes]]. Am și cetățenie română, pașaportul nr. [[OTHER_ID:058814273]].

        Locuiesc singur în [[ADDRESS:apartamentul 2, 17 Dock Road]], Chatham [[POSTCODE:ME4 4TL]], de când a murit soția mea, [[PERSON:Nadia]]. Am [[HEALTH:insuficiență cardiacă]] și nu pot urca multe scări.

        Problema este liftul. Din septembrie merge o săptămână și stă două. Am scris de mai multe ori, referința este [[REFERENCE:MCH/LIFT/0932]]. Odată am stat trei ore pe scări până m-a ajutat vecinul din [[ADDRESS:apartamentul 4]], un băiat bun, [[PERSON:Radu]]. Duminica mă duce cu mașina la [[ADDRESS:Biserica Ortodoxă Sfântul Nicolae]], unde merg de zece ani.

        Compensația de £250 au trimis-o în contul vechi. Sort code-ul meu nou este [[OTHER_ID:40-11-62]], contul [[OTHER_ID:71184205]]. Vă rog să nu mai trimiteți nimic în contul care se termina în [[OTHER_ID:5519]], l-am închis.

        Mașina mea, [[OTHER_ID:GN09 XVB]], stă în parcare de luni de zile, pentru că nu pot coborî. Fiul meu [[PERSON:Sergiu]] vine din Londra o dată pe lună. Telefonul meu: [[PHONE:01632 960355]].
        """),
    ),
    (
        "fv2-ro-06",
        "ro",
        _t("""
        [[ORGANISATION:Nenevale Homes]], Serviciul pentru chiriași
        Către: domnul [[PERSON:Florin Bălan]], [[ADDRESS:44 Ferndale Crescent]], Northampton, [[POSTCODE:nn26lq]]
        Referința reclamației: [[REFERENCE:NVH-CX-51876]]

        Stimate domnule [[PERSON:Bălan]],

        Vă mulțumim pentru reclamația din 2 octombrie privind acoperișul plat de deasupra bucătăriei. Inspectoarea noastră, doamna [[PERSON:Priya Raman]], a vizitat locuința pe 9 octombrie și a confirmat că membrana trebuie înlocuită. Lucrarea va fi făcută de [[ORGANISATION:Northants Roofline Ltd]] în cel mult 28 de zile.

        Recunoaștem că am răspuns cu 15 zile lucrătoare întârziere la prima etapă și vă oferim £175 compensație. Conform evidențelor noastre, plata va fi făcută în contul care se termină în [[OTHER_ID:7720]], cod de sortare [[OTHER_ID:09-01-28]]. Dacă datele s-au schimbat, vă rugăm să ne anunțați.

        Am notat că soția dumneavoastră, doamna [[PERSON:Elena Bălan]], are [[HEALTH:scleroză multiplă]] și că preferați vizitele după ora 10. Am notat și că fiul dumneavoastră, [[PERSON:Robert]], în vârstă de [[AGE:16 ani]], vă poate ajuta cu traducerea la telefon.

        Pentru întrebări, sunați la [[PHONE:+44 (0)1632 960271]] sau scrieți la [[EMAIL:chiriasi@nenevale.example.org]].

        Cu stimă,
        [[PERSON:Ruxandra Pop]]
        Ofițer pentru reclamații
        """),
    ),
    # ------------------------------------------------------------------ Arabic
    (
        "fv2-ar-01",
        "ar",
        _t("""
        السادة في [[ORGANISATION:Irwell Bridge Housing]]،

        اسمي [[PERSON:رهف الحلبي]] ([[PERSON:Rahaf Al-Halabi]])، وأسكن مع أطفالي الثلاثة في [[ADDRESS:الشقة رقم 9]] في مبنى [[ADDRESS:Willow Tower]] بمدينة مانشستر، الرمز البريدي [[POSTCODE:M8 0QT]]. أنا [[OTHER_SPECIAL:لاجئة سورية]] وصلت إلى بريطانيا عام 2019.

        منذ أكثر من ستة أشهر تتسرب المياه من السقف إلى غرفة الأطفال، وقد أبلغت عن المشكلة عدة مرات، ورقم الشكوى هو [[REFERENCE:IBH-449120]]. ابني [[PERSON:يوسف]] عمره [[AGE:٧ سنوات]] ويدرس في مدرسة [[ADDRESS:Cheetwood Vale Primary]]، وابنتي الصغيرة [[PERSON:لين]] عمرها [[AGE:سنتان]] فقط وتعاني من [[HEALTH:الربو]]. طبيبة العائلة في [[ADDRESS:Waterloo Place Medical Centre]] كتبت لكم رسالة تؤكد أن الرطوبة تضر بصحة [[PERSON:لين]]، وقد نقلناها مرتين إلى مستشفى نورث مانشستر العام.

        جاء عامل من شركة [[ORGANISATION:Pennine Damp Care]] ودهن الجدار فقط، وبعد أسبوعين عاد العفن كما كان. جارتنا [[PERSON:أم خالد]]، التي نلتقي بها كل جمعة في [[ADDRESS:مسجد النور]]، تساعدني في كتابة هذه الرسالة.

        يمكنكم التواصل معي على الرقم [[PHONE:٠٧٧٠٠ ٩٠٠ ٥٥٣]] أو عبر البريد الإلكتروني [[EMAIL:rahaf.halabi@example.com]].

        مع الشكر،
        [[PERSON:رهف]]
        """),
    ),
    (
        "fv2-ar-02",
        "ar",
        _t("""
        مرحبا أستاذة [[PERSON:ديما]] 🙏 أنا [[PERSON:حمودة]]، ابن [[PERSON:أبو فراس]]، ساكنين ب[[ADDRESS:رقم ٣١]] بآخر الشارع، البيت اللي فوق [[ADDRESS:فرن الشام]] (the bakery).

        الجيران بالطابق الفوقاني عم يعملوا حفلات كل ليلة لبعد الساعة ٣ الصبح، وأبوي عنده [[HEALTH:سرطان]] وعم ياخد علاج كيماوي وما عم ينام أبداً. بلّغنا [[ORGANISATION:Tameside Urban Homes]] أكتر من مرة، ورقم قضية السلوك المعادي للمجتمع [[REFERENCE:ASB/24/0618]].

        الشب اللي ساكن فوق اسمه [[PERSON:داني]] وعنده حساب تيك توك [[OTHER_ID:@danny.decks.mcr]] بينزّل عليه فيديوهات الحفلات نفسها، يعني الدليل موجود. وسيارته [[OTHER_ID:WN17 ODX]] بيصفّها قدام باب البناية وما منقدر نطلّع الكرسي المتحرك.

        إذا بدك تحكي مع أبوي مباشرة رقمه [[PHONE:0161 496 0274]]، بس هو ما بيحكي إنكليزي منيح. أو ابعتيلي على [[EMAIL:hamouda.f@example.net]] وأنا بترجم.

        وشكراً إلك كتير، والله تعبنا. صار لنا ثلاث شهور هيك، وإذا لازم بجي عالمكتب بأي وقت بيناسبك.
        """),
    ),
    (
        "fv2-ar-03",
        "ar",
        _t("""
        [[ORGANISATION:Oakvale Homes]]، قسم الإيجارات
        إلى: السيد [[PERSON:عبد الرحمن القاسمي]]
        [[ADDRESS:14 Linden Close]]، برمنغهام [[POSTCODE:B12 7DX]]
        مرجع الإيجار: [[REFERENCE:OVH-T-118305]]

        حضرة السيد [[PERSON:القاسمي]] المحترم،

        نشكركم على زيارتكم لمكتبنا يوم الثلاثاء. كما طلبتم، نؤكد البيانات المسجلة لدينا: تاريخ الميلاد [[DATE_OF_BIRTH:١٥/٠٢/١٩٨٤]]، ورقم التأمين الوطني [[NI_NUMBER:QQ 29 61 07 A]]، ورقم تصريح الإقامة البيومتري [[OTHER_ID:ZR9036518]]. يرجى إبلاغنا إذا تغيّر وضعكم، فحالتكم مسجلة لدينا على أنها [[OTHER_SPECIAL:حماية إنسانية]].

        بخصوص طلب النقل إلى شقة في الطابق الأرضي: نحن على علم بأن زوجتكم السيدة [[PERSON:سلمى]] تستخدم كرسياً متحركاً بسبب [[HEALTH:التصلب المتعدد]]، وقد أضفنا تقرير طبيب العائلة في [[ADDRESS:Highgate Family Practice]] إلى ملفكم. رقم طلبكم في سجل الإسكان هو [[REFERENCE:HR-2024-55781]].

        سيُدفع مبلغ التعويض (٣٢٠ جنيهاً إسترلينياً) إلى حسابكم المنتهي بالأرقام [[OTHER_ID:6150]] خلال عشرة أيام عمل.

        للاستفسار: [[PHONE:+44 (0)121 496 0614]] أو [[EMAIL:tenancy@oakvale.example.org]].

        مع التحية،
        [[PERSON:نادية بن عمر]]
        مسؤولة الإيجارات
        """),
    ),
    (
        "fv2-ar-04",
        "ar",
        _t("""
        السلام عليكم. اسمي [[PERSON:جبار كاظم العبيدي]]، وأنا [[OTHER_SPECIAL:عراقي]] من البصرة، ولدت في [[DATE_OF_BIRTH:الأول من تموز سنة ألف وتسعمائة وخمسين]]، وأعيش في لندن منذ سنة ١٩٩٢. أسكن في [[ADDRESS:الشقة ١٠٤]] في الطابق العاشر من مبنى [[ADDRESS:Tamarind House]]، وعمري الآن [[AGE:أربعة وسبعون عاماً]].

        الأولاد كلهم كبروا وتزوجوا، وبقيت وحدي بعد وفاة زوجتي [[PERSON:أم أحمد]] رحمها الله. المصعد معطل منذ شهرين، وأنا عندي [[HEALTH:ضعف في عضلة القلب]] ولا أستطيع صعود عشرة طوابق. قلت ل[[PERSON:سعاد]] في مكتب الإسكان أكثر من مرة، فقالت إن شركة [[ORGANISATION:Apex Lift Services]] تنتظر قطعة من ألمانيا.

        ابني [[PERSON:حسين]] يأتي كل جمعة بعد الصلاة في [[ADDRESS:مركز الإمام علي الإسلامي]] ويحمل لي الأكياس على الدرج. وطبيبي في المستشفى سألني عن رقم الـNHS الخاص بي، وهو [[OTHER_ID:489 220 7716]]، ليكتب رسالة إلى [[ORGANISATION:Silverdale Housing Trust]].

        حفيدتي [[PERSON:زهراء]]، عمرها [[AGE:١٦ سنة]]، كتبت هذه الرسالة بالكمبيوتر، وأعطيتهم رقم هاتفها [[PHONE:07700 900127]]. رقم الشكوى [[REFERENCE:SE-LIFT-20731]]. أرجو ألا تتركوني أنتظر شهراً آخر، فما بقي عندي إلا الأمل بالله ثم بكم.
        """),
    ),
    (
        "fv2-ar-05",
        "ar",
        _t("""
        [09:12] صباح الخير أستاذ [[PERSON:مارك]]، معاك [[PERSON:إخلاص عثمان]] من [[ADDRESS:الشقة 3ب]] في [[ADDRESS:Rowan Court]]. الجار في [[ADDRESS:رقم ١٤]] رجع يضرب الباب بالليل تاني.
        [09:15] صورت عربيته امبارح، رقمها [[OTHER_ID:LD21 KHA]]، وهو نفسه صاحب حساب [[OTHER_ID:@kev_rowan14]] اللي كتب عننا كلام عنصري عشان نحن [[OTHER_SPECIAL:سودانيين]] و[[OTHER_SPECIAL:مسيحيين]].
        [09:21] بتي [[PERSON:ملاذ]] عمرها [[AGE:١١ سنة]] وبقت تخاف ترجع من مدرسة [[ADDRESS:Grove Hill Academy]] براها.
        [09:40] ده رقم القضية اللي اداني ليهو زميلك [[PERSON:كريس]] الشهر الفات: [[REFERENCE:ASB-30917]]
        [09:42] ورقم البلاغ عند الشرطة [[REFERENCE:CRN 4418/23]]
        [10:05] لو ما رديت في التلفون ابعت رسالة لراجلي [[PERSON:عوض]] على [[PHONE:07700 900672]]. أنا عندي [[HEALTH:اكتئاب]] والدكتور في [[ADDRESS:Kingsbury Green Surgery]] قال لازم أبعد من التوتر.
        [10:06] وما تنسى تكلم [[ORGANISATION:Brent Cross Homes]] عن الكاميرا اللي وعدونا بيها من شهر ستة.
        [10:07] شكراً ليك كتير، ربنا يخليك
        """),
    ),
    (
        "fv2-ar-06",
        "ar",
        _t("""
        السلام عليكم،

        أنا [[PERSON:فاطمة الزهراء بناني]] ([[PERSON:Fatima-Zahra Bennani]])، [[OTHER_SPECIAL:مغربية]]، ومقيمة في بريطانيا ب[[OTHER_SPECIAL:تأشيرة زوجية]]. أكتب إليكم للمرة الرابعة بخصوص الصراصير في مطبخ [[ADDRESS:الشقة 12ب]] في [[ADDRESS:Marlowe House]]، الرمز البريدي [[POSTCODE:e148rt]].

        ابنتي [[PERSON:أمل]] عمرها [[AGE:ثلاث سنوات]] وتذهب إلى حضانة [[ADDRESS:Rainbow Tots]] القريبة من البيت، والمربية هناك لاحظت لسعات على يديها. بصراحة بدأت أفقد الأمل في أن تحلّوا المشكلة. شركة [[ORGANISATION:CleanSweep Pest Control]] جاءت مرتين ورشّت مادة لها رائحة قوية، حتى زهرة الياسمين على الشباك ماتت، وزوجي [[PERSON:يونس]] عنده [[HEALTH:حساسية في الصدر]] ولم يستطع النوم في البيت ليلتين.

        طلبوا مني في المكتب رقم جواز سفري للتحقق من هويتي، وهو [[OTHER_ID:RB4172093]]، وأعطيتهم إياه. رقم الشكوى [[REFERENCE:PRH-C-60288]]، والمالك هو [[ORGANISATION:Poplar Riverside Homes]].

        راسلوني على [[EMAIL:fz dot bennani at example dot net]] أو اتصلوا على [[PHONE:+44 (0)20 7946 0952]] بعد الساعة الثالثة.

        شكراً،
        [[PERSON:فاطمة الزهراء]]
        """),
    ),
    # -------------------------------------------------------------------- Urdu
    (
        "fv2-ur-01",
        "ur",
        _t("""
        محترم جناب،

        میرا نام [[PERSON:نسرین اختر]] ([[PERSON:Nasreen Akhtar]]) ہے اور میں [[ORGANISATION:Saltley Gate Housing]] کی کرایہ دار ہوں۔ ہم [[ADDRESS:مکان نمبر 31]] میں رہتے ہیں، جو [[ADDRESS:جامع مسجد غوثیہ]] کے بالکل سامنے ہے، پوسٹ کوڈ [[POSTCODE:B8 1QS]]۔

        پچھلے آٹھ مہینوں سے باورچی خانے کی چھت سے پانی ٹپک رہا ہے۔ میں نے کئی بار فون کیا، شکایت نمبر [[REFERENCE:SGH-71562]] ہے۔ میرا بیٹا [[PERSON:زین]]، جس کی عمر [[AGE:8 سال]] ہے، [[ADDRESS:Saltley Brook Primary]] میں پڑھتا ہے اور اسے [[HEALTH:دمہ]] ہے۔ [[ADDRESS:Washwood Lane Medical Centre]] کے ڈاکٹر نے لکھ کر دیا ہے کہ نمی اس کی بیماری بڑھا رہی ہے۔ پچھلے مہینے اسے ہارٹ لینڈز ہسپتال لے جانا پڑا۔

        ٹھیکیدار [[ORGANISATION:Midway Building Services]] کا آدمی، [[PERSON:ڈیو]] ([[PERSON:Dave]])، آیا اور کہا کہ یہ کونسل کا مسئلہ ہے۔ کونسل کہتی ہے کہ یہ آپ کا مسئلہ ہے۔ ہم برمنگھم میں بیس سال سے رہ رہے ہیں اور ایسا کبھی نہیں ہوا۔

        میرے شوہر [[PERSON:عمران]] صبح سے رات تک ٹیکسی چلاتے ہیں، اس لیے براہ کرم مجھ سے رابطہ کریں: [[PHONE:0121 496 0827]] یا [[EMAIL:nasreen.akhtar@example.com]]۔

        شکریہ،
        [[PERSON:نسرین اختر]]
        """),
    ),
    (
        "fv2-ur-02",
        "ur",
        _t("""
        [[PERSON:Bilal]] bhai salam 🙏 yaar woh [[ADDRESS:flat 6]] wala masla abhi tak hal nahi hua. [[PERSON:Chotu]] ke kamre mein phir se chhat se paani aa raha hai, aur ammi ki [[HEALTH:sugar]] ki wajah se woh zyada der khari nahi ho saktin, balti kaun uthaye.

        [[ORGANISATION:Pennine Vale Homes]] walon ko 6 baar call ki hai, har baar [[PERSON:Tracy]] naam ki aurat uthati hai aur kehti hai "job raised". job number yeh hai: [[REFERENCE:PVH 204 771]]. teen hafte ho gaye, koi nahi aaya.

        Aap ne kaha tha councillor sahab se baat karoge? Unko batana ghar [[ADDRESS:Madni Masjid]] ke peeche wali gali mein hai, [[ADDRESS:number 18]], hara darwaza. Bradford mein sab is gali ko jaante hain.

        [[PERSON:Pappu]] ne tiktok pe video dali thi, [[OTHER_ID:@pappu_bfd_786]], us pe 20 hazar views hain, phir bhi company wale kehte hain "we are aware".

        Mera number toh aap ke paas hai, phir bhi: [[PHONE:zero saat saat zero zero, nau sau, paanch sau tees]]. Email: [[EMAIL:shaz.rafiq@example.net]]

        Allah hafiz,
        [[PERSON:Shazia]]
        """),
    ),
    (
        "fv2-ur-03",
        "ur",
        _t("""
        [[ORGANISATION:Kirklees Valley Homes]]
        محترمہ [[PERSON:شازیہ پروین]] صاحبہ،
        [[ADDRESS:فلیٹ 9سی]]، [[ADDRESS:Beaumont Towers]]، ہڈرزفیلڈ [[POSTCODE:HD1 5PW]]
        کرایہ داری نمبر: [[REFERENCE:KVH-TEN-330918]]

        آپ کی 5 فروری کی شکایت کا شکریہ۔ ہم تسلیم کرتے ہیں کہ آپ کے فلیٹ میں ہیٹنگ 23 دن تک بند رہی، جو ناقابل قبول ہے، اور ہم اس پر معذرت خواہ ہیں۔

        ہمارے ریکارڈ کے مطابق آپ کی تاریخ پیدائش [[DATE_OF_BIRTH:3 ستمبر 1988]] اور نیشنل انشورنس نمبر [[NI_NUMBER:QQ 64 20 91 C]] ہے۔ ہم £230 معاوضہ آپ کے اس اکاؤنٹ میں بھیجیں گے جس کا سورٹ کوڈ [[OTHER_ID:20-67-35]] اور اکاؤنٹ نمبر [[OTHER_ID:43019826]] ہے۔

        ہمیں معلوم ہے کہ آپ کی والدہ، جو آپ کے ساتھ رہتی ہیں، [[HEALTH:گٹھیا]] کی مریضہ ہیں اور آپ کے بیٹے [[PERSON:ایان]] ([[PERSON:Ayaan]]) کی عمر صرف [[AGE:18 ماہ]] ہے۔ اسی لیے ہم نے آپ کے کیس کو ترجیح دی ہے۔

        ہمارے ٹھیکیدار [[ORGANISATION:Calder Heat Ltd]] نے نیا بوائلر لگا دیا ہے۔ اگر دوبارہ مسئلہ ہو تو براہ راست [[PHONE:01632 960741]] پر فون کریں اور یہ جاب نمبر بتائیں: [[REFERENCE:CH-J-88105]]۔

        خیر اندیش،
        [[PERSON:طارق محمود]]
        شکایات افسر، [[EMAIL:complaints@kirkleesvalley.example.org]]
        """),
    ),
    (
        "fv2-ur-04",
        "ur",
        _t("""
        میرا نام [[PERSON:محمد شریف]] ہے، محلے میں سب مجھے [[PERSON:شیدا]] کہتے ہیں۔ کاغذوں میں میری تاریخ پیدائش [[DATE_OF_BIRTH:یکم جنوری انیس سو چوالیس]] لکھی ہے، اصل کا کسی کو پتا نہیں۔ میں [[OTHER_SPECIAL:کشمیری]] ہوں، میرپور سے 1966 میں آیا تھا اور تیس سال مل میں کام کیا۔ اب میں [[AGE:80 سال]] کا ہوں۔

        میں [[ADDRESS:12 Cromer Terrace]] میں اکیلا رہتا ہوں، اولڈہم میں، [[ADDRESS:جامع مسجد فاروقیہ]] کے قریب۔ پچھلی سردیوں میں کھڑکیاں اتنی خراب تھیں کہ ہوا سیدھی اندر آتی تھی۔ مجھے [[HEALTH:دل کی بیماری]] ہے اور [[HEALTH:ذیابیطس]] بھی، ڈاکٹر کہتا ہے ٹھنڈ میرے لیے خطرناک ہے۔ ہسپتال والوں نے میرا این ایچ ایس نمبر [[OTHER_ID:570 334 9120]] لکھ کر دیا تاکہ [[ORGANISATION:Oldham Community Lettings]] کو دکھا سکوں۔

        میری گاڑی [[OTHER_ID:MA08 FJU]] بھی باہر کھڑی ہے، اب چلاتا نہیں، پوتا [[PERSON:حمزہ]] کبھی کبھی لے جاتا ہے۔ اسی نے اپنے انسٹاگرام [[OTHER_ID:@hamza.oldham]] پر کھڑکیوں کی تصویریں ڈالیں تو کمپنی والے دو دن میں آ گئے۔ پہلے چار مہینے کوئی نہیں آیا تھا۔

        شکایت نمبر [[REFERENCE:OCL-5520]] ہے۔ میرا فون [[PHONE:0161 496 0390]] ہے، لیکن اونچا سنتا ہوں، اس لیے [[PERSON:حمزہ]] کو فون کریں تو بہتر ہے۔
        """),
    ),
    (
        "fv2-ur-05",
        "ur",
        _t("""
        میں [[PERSON:عائمہ خان]] ([[PERSON:Aima Khan]]) ہوں، عمر [[AGE:24 سال]]، اور وہیل چیئر استعمال کرتی ہوں کیونکہ مجھے [[HEALTH:سپائنا بیفیڈا]] ہے۔ میں اپنی امی کے ساتھ [[ADDRESS:Lahore Sweet Centre]] کے اوپر والے فلیٹ میں رہتی ہوں۔

        ہم [[OTHER_SPECIAL:احمدی]] ہیں، اور پچھلے سال سے گلی کے کچھ لڑکے ہمیں گالیاں دیتے ہیں اور دروازے پر لکھ کر چلے جاتے ہیں۔ ان میں سے ایک، جس کا نام [[PERSON:کاشی]] ہے، اپنے سنیپ چیٹ [[OTHER_ID:@kashi_b11]] پر ویڈیو ڈالتا ہے۔ پولیس کو بتایا، مگر انہوں نے کہا یہ ہاؤسنگ کا معاملہ ہے۔

        [[ORGANISATION:Moseley Park Homes]] نے وعدہ کیا تھا کہ ہمیں گراؤنڈ فلور پر منتقل کریں گے۔ ہاؤسنگ رجسٹر نمبر [[REFERENCE:HR/00918/B]] ہے، مگر دو سال گزر گئے۔ لفٹ ہفتے میں تین دن خراب رہتی ہے اور میں [[ADDRESS:Ladypool Road Surgery]] بھی نہیں جا پاتی۔

        ہماری کیس ورکر [[PERSON:امید]] باجی بہت مدد کرتی ہیں، ان کی وجہ سے مجھے اب بھی امید ہے کہ کچھ بدلے گا۔

        مجھے ای میل کریں: [[EMAIL:aima dot khan at example dot org]]، یا [[PHONE:07700 900958]] پر ٹیکسٹ کریں۔ میں فون پر بات کرنے سے گھبراتی ہوں۔
        """),
    ),
    (
        "fv2-ur-06",
        "ur",
        _t("""
        [[PERSON:رضوانہ]]: بہنو، [[ADDRESS:Elm Court]] میں کسی کی ہیٹنگ چل رہی ہے؟
        [[PERSON:صائمہ]]: نہیں، [[ADDRESS:فلیٹ 4]] میں بھی ٹھنڈ ہے۔ میں نے [[ORGANISATION:Greenhill Housing Partnership]] کو فون کیا، حوالہ [[REFERENCE:GHP-RJ-40713]]
        [[PERSON:رضوانہ]]: میری [[PERSON:گڑیا]] کو پھر بخار ہے، ابھی [[AGE:4 سال]] کی ہے
        [[PERSON:نازیہ]]: [[PERSON:پروین]] آنٹی کو کسی نے دیکھا؟ ان کو [[HEALTH:گردوں کی بیماری]] ہے
        [[PERSON:صائمہ]]: میں گئی تھی، [[ADDRESS:نمبر 11]] میں، ٹھیک ہیں۔ بیٹا ہیٹر دے گیا ہے
        [[PERSON:رضوانہ]]: چلو سب مل کر ایک شکایت لکھتے ہیں۔ میرا نمبر: [[PHONE:زیرو سیون سیون ڈبل زیرو، نائن ڈبل زیرو، فور ایٹ سکس]]
        [[PERSON:نازیہ]]: میں [[PERSON:جمیل]] بھائی سے کہوں گی، وہ [[ADDRESS:Al-Hikmah Community Centre]] میں ٹیننٹس میٹنگ کرواتے ہیں، جو ہمارے بلاک کے بالکل ساتھ ہے
        [[PERSON:صائمہ]]: ٹھیک ہے۔ اور کوئی [[PERSON:ٹریسی]] سے پوچھے کہ پچھلے سال کا £150 معاوضہ کب آئے گا
        [[PERSON:رضوانہ]]: میں ای میل بھی کر دیتی ہوں: [[EMAIL:rizwana.elmcourt@example.com]]
        [[PERSON:نازیہ]]: شاباش۔ اور کونسل کو بھی کاپی کرنا، پچھلی بار انہوں نے کئی بار کہا تھا کہ ان کو کچھ پتا نہیں
        """),
    ),
    # ----------------------------------------------------------------- Bengali
    (
        "fv2-bn-01",
        "bn",
        _t("""
        মাননীয় মহোদয়/মহোদয়া,

        আমার নাম [[PERSON:রোকসানা বেগম]] ([[PERSON:Roksana Begum]])। আমি [[ORGANISATION:Limehouse Reach Housing]]-এর ভাড়াটিয়া। আমরা [[ADDRESS:ফ্ল্যাট ৯সি]], [[ADDRESS:Jamuna House]]-এ থাকি, পোস্টকোড [[POSTCODE:E1 2QN]]। আমাদের বিল্ডিং [[ADDRESS:বায়তুল আমান মসজিদ]]-এর ঠিক পেছনে।

        গত শীত থেকে বাথরুমের দেয়ালে কালো ছত্রাক। আমার ছেলে [[PERSON:আরিয়ান]]-এর বয়স [[AGE:৬ বছর]], ওর [[HEALTH:হাঁপানি]] আছে। ও [[ADDRESS:Ocean Walk Primary]]-তে পড়ে, স্কুলের নার্সও বলেছে ছত্রাক ওর জন্য খারাপ। আমাদের জিপি [[ADDRESS:Jubilee Street Practice]]-এর ডাক্তার চিঠি লিখে দিয়েছেন। জানুয়ারিতে ওকে রয়্যাল লন্ডন হাসপাতালে নিতে হয়েছিল।

        আমি বহুবার ফোন করেছি, অভিযোগ নম্বর [[REFERENCE:LRH-CMP-58214]]। [[ORGANISATION:Docklands Damp & Mould Ltd]] থেকে একজন লোক এসে শুধু রং করে গেছে, দুই সপ্তাহ পরে আবার কালো হয়ে গেছে। কাউন্সিলে ফোন করলে বলে বাড়িওয়ালার সাথে কথা বলুন।

        আমার স্বামী [[PERSON:জাহাঙ্গীর]] রেস্টুরেন্টে রাতে কাজ করেন, তাই দয়া করে আমার সাথে যোগাযোগ করুন: [[PHONE:020 7946 0661]] অথবা [[EMAIL:roksana.begum@example.net]]।

        ধন্যবাদান্তে,
        [[PERSON:রোকসানা বেগম]]
        """),
    ),
    (
        "fv2-bn-02",
        "bn",
        _t("""
        [[PERSON:মুন্নি]]: ভাইয়া, হাউজিং থেকে কেউ ফোন করেছিল?
        [[PERSON:বাবলু]]: না রে। [[ORGANISATION:Eastway Community Homes]] এখনো কিছু বলেনি। রেফারেন্স [[REFERENCE:ECH 7720 41]] দিয়ে আবার ইমেইল করলাম
        [[PERSON:মুন্নি]]: আম্মার ঘরে পানি পড়া বন্ধ হয়নি। আম্মার তো [[HEALTH:ডায়াবেটিস]], ঠান্ডায় পা ফুলে যায়
        [[PERSON:বাবলু]]: জানি। কাল [[PERSON:রুবেল]] ভাইয়ের সাথে দেখা হলো, বলল ওদের [[ADDRESS:২২ নম্বর]]-এও একই অবস্থা
        [[PERSON:মুন্নি]]: অফিসে বলো আমাদের বাসা [[ADDRESS:Sylhet Cash & Carry]]-র ঠিক উপরে, ওরা ঠিকানা নিয়ে সবসময় গোলমাল করে
        [[PERSON:বাবলু]]: বলেছি তিনবার। যে লোকটা এসেছিল তার ভ্যানের নম্বর [[OTHER_ID:LK19 BNX]], ও তো ছাদ দেখেই চলে গেল
        [[PERSON:মুন্নি]]: ছবি তুলে রেখো। আমি [[PERSON:টুটুল]]-কে বলেছি ফেসবুকে দিতে, ওর পেজ [[OTHER_ID:facebook.com/tutul.rahman.77]]
        [[PERSON:বাবলু]]: অফিসের মহিলার নাম্বারটা দে তো
        [[PERSON:মুন্নি]]: [[PHONE:০২০ ৭৯৪৬ ০২৮৩]], নাম [[PERSON:ক্যারেন]]। সোমবার থেকে বৃহস্পতিবার বসে
        [[PERSON:বাবলু]]: ঠিক আছে। আশা করি এবার কিছু হবে। নইলে কাউন্সিলরের কাছে যাব
        [[PERSON:মুন্নি]]: আম্মাকে বলো না এত চিন্তা করতে, প্রেশার বেড়ে যায়
        """),
    ),
    (
        "fv2-bn-03",
        "bn",
        _t("""
        [[ORGANISATION:Riverbank East Homes]]
        প্রিয় জনাব [[PERSON:আব্দুল করিম]],
        [[ADDRESS:ফ্ল্যাট ২৬, Kestrel House]], লন্ডন [[POSTCODE:e3 4hq]]
        ভাড়ার চুক্তি নম্বর: [[REFERENCE:RBE-T-66023]]

        আপনার ১০ জানুয়ারির চিঠির জন্য ধন্যবাদ। আপনার অনুরোধ অনুযায়ী আমাদের রেকর্ডে থাকা তথ্য নিশ্চিত করছি: জন্ম তারিখ [[DATE_OF_BIRTH:১২ মার্চ ১৯৭১]], ন্যাশনাল ইন্স্যুরেন্স নম্বর [[NI_NUMBER:QQ 83 19 44 A]]।

        আমরা জানি যে আপনার স্ত্রী [[PERSON:শাহানারা খাতুনের]] [[HEALTH:কিডনি রোগ]] আছে এবং সপ্তাহে তিন দিন ডায়ালাইসিসে যেতে হয়। হাসপাতালের অনুরোধে ওনার এনএইচএস নম্বর [[OTHER_ID:634 178 2056]] আমরা ফাইলে রেখেছি। নিচতলার ফ্ল্যাটে স্থানান্তরের আবেদনটি হাউজিং রেজিস্টারে [[REFERENCE:HRG-2023-19407]] নম্বরে নথিভুক্ত হয়েছে।

        যাচাইয়ের জন্য আপনি যে [[OTHER_SPECIAL:বাংলাদেশি]] পাসপোর্টের কপি দিয়েছিলেন (নম্বর [[OTHER_ID:BX0945217]]), সেটি এই চিঠির সাথে ফেরত পাঠাচ্ছি।

        আপনার অভিযোগের পূর্ণ জবাব আমরা ২০ কার্যদিবসের মধ্যে দেব। তাতে সন্তুষ্ট না হলে আপনি হাউজিং অম্বুডসম্যানের কাছে যেতে পারেন।

        কোনো প্রশ্ন থাকলে [[PHONE:020 7946 0479]] নম্বরে ফোন করুন, অথবা [[EMAIL:lettings@riverbankeast.example.org]]-এ লিখুন।

        বিনীত,
        [[PERSON:নাসিমা চৌধুরী]]
        টেন্যান্সি অফিসার
        """),
    ),
    (
        "fv2-bn-04",
        "bn",
        _t("""
        আমি [[PERSON:কমলা দাশগুপ্ত]], বয়স [[AGE:৭৬]]। আমার জন্ম [[DATE_OF_BIRTH:পাঁচই আগস্ট, উনিশশো আটচল্লিশ]], কলকাতায়। ১৯৭৪ সালে স্বামীর সাথে এদেশে এসেছি। আমি [[OTHER_SPECIAL:হিন্দু]], প্রতি বৃহস্পতিবার [[ADDRESS:শ্রী শ্রী রাধাকৃষ্ণ মন্দির]]-এ যাই, আমার বাসা থেকে পাঁচ মিনিটের হাঁটা পথ।

        আমি থাকি [[ADDRESS:Hazelwood Gardens]]-এর [[ADDRESS:৩ নম্বর ফ্ল্যাটে]], ওয়েম্বলিতে। স্বামী মারা গেছেন ২০১৫ সালে। ডাক্তার বলেছেন আমার [[HEALTH:ডিমেনশিয়া]] শুরু হয়েছে, তাই নাতনি [[PERSON:টুম্পা]] (ভালো নাম [[PERSON:ঐন্দ্রিলা]]) এই চিঠি লিখে দিচ্ছে।

        সমস্যা হলো বাথরুমের কল। ছয় মাস ধরে গরম জল আসে না, শীতে ঠান্ডা জলে স্নান করতে হয়। [[ORGANISATION:Brent Harmony Housing]]-কে অনেকবার বলেছি, রিপেয়ার জব নম্বর [[REFERENCE:BHH-RJ-30115]]। একবার মিস্ত্রি [[PERSON:স্টিভ]] এসে বলল পার্ট অর্ডার করা আছে। তারপর আর কেউ আসেনি।

        ক্ষতিপূরণের টাকা আমার যে অ্যাকাউন্টের শেষ চারটি সংখ্যা [[OTHER_ID:৮৮৩০]], সেখানে পাঠাবেন। চিঠি পাঠালে আমি পড়তে পারি না, তাই [[PERSON:টুম্পার]] ফোনে যোগাযোগ করবেন: [[PHONE:07700 900194]]।

        আমি আর বেশি কিছু চাই না, শুধু একটু গরম জল।
        """),
    ),
    (
        "fv2-bn-05",
        "bn",
        _t("""
        ভাই সত্যি বলছি আর পারছি না। আমরা [[ADDRESS:ফ্ল্যাট ১২বি]], [[ADDRESS:Meridian Heights]]-এ থাকি। উপরের [[ADDRESS:১৪ নম্বর]]-এর ছেলেটা প্রতি রাতে ২টা পর্যন্ত মিউজিক বাজায়। ওর নাম [[PERSON:Jordan]], ইনস্টাতে [[OTHER_ID:@jxrdan_beats]] নামে লাইভ করে, প্রমাণ সব ওখানেই আছে।

        আমি [[ORGANISATION:Canary View Housing]]-কে ৮ বার ইমেইল করেছি। এএসবি কেস নম্বর [[REFERENCE:CVH/ASB/2291]]। অফিসার [[PERSON:মার্ক]] বলে "নয়েজ অ্যাপে রেকর্ড করুন"। করেছি তো! আমার ছোট বোন [[PERSON:তৃষা]], বয়স [[AGE:১৬]], ওর GCSE চলছে, রাতে ঘুমাতে পারে না, মক পরীক্ষায় মার্ক কম এসেছে।

        আর ওর গাড়ি [[OTHER_ID:EY70 JRD]] আমাদের ডিসেবল বে-তে রাখে। আব্বুর [[HEALTH:স্ট্রোক]] হওয়ার পর থেকে উনি বেশি হাঁটতে পারেন না, গাড়ি দূরে রাখতে হয়।

        কাউন্সিলের এনভায়রনমেন্টাল হেলথে বলেছি, ওরা বলে ল্যান্ডলর্ডের দায়িত্ব। ল্যান্ডলর্ড বলে কাউন্সিলের। মাঝখানে আমরা।

        আমাকে ইমেইল করো: [[EMAIL:sabbir dot hossain at example dot com]], অথবা [[PHONE:07700 900881]]-এ হোয়াটসঅ্যাপ।
        [[PERSON:সাব্বির]]
        """),
    ),
    (
        "fv2-bn-06",
        "bn",
        _t("""
        [[ADDRESS:Padma Court]] বাসিন্দা সমিতির সভার কার্যবিবরণী, ৮ মার্চ

        উপস্থিত: [[PERSON:আশা রায়]] (সভাপতি), [[PERSON:মোস্তফা কামাল]], [[PERSON:লিপি]], [[PERSON:ডলি আক্তার]], এবং [[ORGANISATION:Thames Gateway Homes]]-এর প্রতিনিধি [[PERSON:গ্যারি হিউজ]]।

        ১. লিফট: ফেব্রুয়ারিতে ১৯ দিন বন্ধ ছিল। [[ADDRESS:৭০৩ নম্বর]]-এর [[PERSON:নূরজাহান]] খালার [[HEALTH:হার্টের অসুখ]], উনি এই সময়ে একবারও নিচে নামতে পারেননি। [[PERSON:গ্যারি]] সাহেব জানালেন, নতুন কন্ট্রাক্টর [[ORGANISATION:Liftwise UK]] এপ্রিল থেকে দায়িত্ব নেবে।

        ২. নিরাপত্তা: [[PERSON:লিপি]] জানালেন, একটা সাদা ভ্যান [[OTHER_ID:GF66 PLM]] প্রায় প্রতি রাতে পার্কিং-এ দাঁড়িয়ে থাকে। [[PERSON:ডলি]]-র মেয়ে [[PERSON:সুমাইয়া]] ([[AGE:১০ বছর]]) স্কুল থেকে ফেরার সময় ভয় পায়।

        ৩. যোগাযোগ: [[PERSON:আশা]] আপা জানালেন, সমিতির নতুন ইমেইল [[EMAIL:padmacourt.residents@example.org]]। জরুরি হলে [[PERSON:মোস্তফা]] ভাইয়ের নম্বরে ফোন: [[PHONE:020 7946 0538]]।

        ৪. সভাপতি বললেন, "আমরা আশা করি এই বছর কাউন্সিল আর বাড়িওয়ালা একসাথে বসবে।" গত বছরের £2,000 অনুদান দিয়ে বাচ্চাদের খেলার জায়গা ঠিক করা হয়েছে।

        পরবর্তী সভা: ১২ এপ্রিল, [[ADDRESS:Shapla Community Centre]]-এ, আমাদের বিল্ডিংয়ের নিচতলায়।
        """),
    ),
    # ------------------------------------------------------- Punjabi (Gurmukhi)
    (
        "fv2-pa-01",
        "pa",
        _t("""
        ਸਤਿਕਾਰਯੋਗ ਜੀ,

        ਮੇਰਾ ਨਾਮ [[PERSON:ਹਰਪ੍ਰੀਤ ਕੌਰ ਸੰਧੂ]] ([[PERSON:Harpreet Kaur Sandhu]]) ਹੈ। ਮੈਂ [[ORGANISATION:Brentford Lock Housing]] ਦੀ ਕਿਰਾਏਦਾਰ ਹਾਂ ਅਤੇ [[ADDRESS:ਮਕਾਨ ਨੰਬਰ 31]], [[ADDRESS:Marigold Estate]] ਵਿੱਚ ਰਹਿੰਦੀ ਹਾਂ, ਜੋ [[ADDRESS:ਗੁਰਦੁਆਰਾ ਨਾਨਕ ਦਰਬਾਰ]] ਦੇ ਬਿਲਕੁਲ ਨਾਲ ਹੈ। ਪੋਸਟਕੋਡ [[POSTCODE:UB2 4LT]] ਹੈ। ਅਸੀਂ ਸਾਊਥਾਲ ਵਿੱਚ 12 ਸਾਲ ਤੋਂ ਰਹਿੰਦੇ ਹਾਂ।

        ਪਿਛਲੇ ਸਾਲ ਤੋਂ ਬੈੱਡਰੂਮ ਦੀ ਕੰਧ 'ਤੇ ਉੱਲੀ ਲੱਗੀ ਹੋਈ ਹੈ। ਮੇਰੇ ਪੁੱਤਰ [[PERSON:ਜਸਕਰਨ]] ਦੀ ਉਮਰ [[AGE:9 ਸਾਲ]] ਹੈ ਅਤੇ ਉਸਨੂੰ [[HEALTH:ਦਮਾ]] ਹੈ। ਉਹ [[ADDRESS:Featherstone Brook Primary]] ਵਿੱਚ ਪੜ੍ਹਦਾ ਹੈ ਅਤੇ ਇਸ ਸਰਦੀ ਵਿੱਚ ਦੋ ਹਫ਼ਤੇ ਸਕੂਲ ਨਹੀਂ ਜਾ ਸਕਿਆ। ਸਾਡੇ ਜੀਪੀ, [[ADDRESS:Lady Margaret Surgery]] ਦੇ ਡਾਕਟਰ ਨੇ ਚਿੱਠੀ ਲਿਖ ਕੇ ਦਿੱਤੀ ਹੈ।

        ਮੈਂ ਕਈ ਵਾਰ ਫ਼ੋਨ ਕੀਤਾ, ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:BLH-24-30876]] ਹੈ। ਠੇਕੇਦਾਰ [[ORGANISATION:Westway Damp Ltd]] ਦਾ ਬੰਦਾ ਆਇਆ ਅਤੇ ਕੰਧ 'ਤੇ ਪੇਂਟ ਕਰਕੇ ਚਲਾ ਗਿਆ। ਕੌਂਸਲ ਕਹਿੰਦੀ ਹੈ ਕਿ ਇਹ ਮਕਾਨ ਮਾਲਕ ਦਾ ਕੰਮ ਹੈ।

        ਮੇਰੇ ਪਤੀ [[PERSON:ਗੁਰਵਿੰਦਰ]] ਨੂੰ [[HEALTH:ਸ਼ੂਗਰ]] ਹੈ ਅਤੇ ਉਹਨਾਂ ਦਾ ਇਲਾਜ ਈਲਿੰਗ ਹਸਪਤਾਲ ਵਿੱਚ ਚੱਲ ਰਿਹਾ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਮੈਨੂੰ [[PHONE:020 7946 0127]] 'ਤੇ ਫ਼ੋਨ ਕਰੋ ਜਾਂ [[EMAIL:harpreet.sandhu@example.com]] 'ਤੇ ਲਿਖੋ।

        ਧੰਨਵਾਦ ਸਹਿਤ,
        [[PERSON:ਹਰਪ੍ਰੀਤ ਕੌਰ]]
        """),
    ),
    (
        "fv2-pa-02",
        "pa",
        _t("""
        [[PERSON:ਪਿੰਕੀ]]: ਵੀਰੇ, ਹਾਊਸਿੰਗ ਵਾਲਿਆਂ ਦਾ ਕੋਈ ਫ਼ੋਨ ਆਇਆ?
        [[PERSON:ਬਿੱਟੂ]]: ਨਹੀਂ। [[ORGANISATION:Sandwell Crest Homes]] ਵਾਲੇ ਕਹਿੰਦੇ ਜੌਬ ਨੰਬਰ [[REFERENCE:SCH-R-55190]] ਖੁੱਲ੍ਹਾ ਹੈ, ਬੱਸ ਇੰਨਾ ਹੀ
        [[PERSON:ਪਿੰਕੀ]]: ਬੀਜੀ ਦੇ ਕਮਰੇ ਦੀ ਖਿੜਕੀ ਅਜੇ ਵੀ ਟੁੱਟੀ ਹੋਈ ਹੈ। ਰਾਤ ਨੂੰ ਬਹੁਤ ਠੰਢ ਹੁੰਦੀ ਹੈ, ਉਹਨਾਂ ਨੂੰ [[HEALTH:ਗਠੀਆ]] ਹੈ
        [[PERSON:ਬਿੱਟੂ]]: ਪਤਾ ਹੈ। ਮੈਂ [[PERSON:ਛੋਟਾ ਗੁੱਡੂ]] ਨੂੰ ਕਿਹਾ ਹੈ ਵੀਡੀਓ ਬਣਾ ਕੇ ਪਾਵੇ, ਉਹਦਾ ਟਿਕਟੌਕ [[OTHER_ID:@guddu.smethwick]] ਹੈ
        [[PERSON:ਪਿੰਕੀ]]: ਜਿਹੜਾ ਬੰਦਾ ਪਿਛਲੇ ਹਫ਼ਤੇ ਆਇਆ ਸੀ, ਉਹਦੀ ਵੈਨ ਦਾ ਨੰਬਰ [[OTHER_ID:FH67 WLK]] ਸੀ। ਖਿੜਕੀ ਦੇਖ ਕੇ ਹੱਸਿਆ ਤੇ ਚਲਾ ਗਿਆ
        [[PERSON:ਬਿੱਟੂ]]: ਦਫ਼ਤਰ ਵਾਲੀ ਕੁੜੀ ਦਾ ਨੰਬਰ ਭੇਜ
        [[PERSON:ਪਿੰਕੀ]]: [[PHONE:੦੧੨੧ ੪੯੬ ੦੭੫੫]], ਨਾਮ [[PERSON:ਕਿਰਨ]] ਹੈ। ਉਹ ਕਹਿੰਦੀ ਸੀ ਪੂਰਾ ਪਤਾ ਦੱਸੋ, ਮੈਂ ਦੱਸਿਆ [[ADDRESS:58 Regent Mill Road]], [[POSTCODE:b664rj]]
        [[PERSON:ਬਿੱਟੂ]]: ਠੀਕ। ਮੈਂ ਐਤਵਾਰ ਨੂੰ ਕੌਂਸਲਰ ਨੂੰ ਮਿਲਾਂਗਾ, ਉਹ ਸਰਜਰੀ ਕਰਦੇ ਨੇ ਲਾਇਬ੍ਰੇਰੀ ਵਿੱਚ
        [[PERSON:ਪਿੰਕੀ]]: ਚੰਗਾ। ਤਿੰਨ ਮਹੀਨੇ ਹੋ ਗਏ ਨੇ, ਹੁਣ ਬੱਸ ਕਰੋ
        [[PERSON:ਬਿੱਟੂ]]: ਬੀਜੀ ਨੂੰ ਕਹਿ ਦੇ ਫ਼ਿਕਰ ਨਾ ਕਰਨ, ਮੈਂ ਸ਼ਾਮ ਨੂੰ ਹੀਟਰ ਲੈ ਕੇ ਆਵਾਂਗਾ
        """),
    ),
    (
        "fv2-pa-03",
        "pa",
        _t("""
        [[ORGANISATION:Wolverhampton Heritage Homes]]
        ਸ੍ਰੀਮਾਨ [[PERSON:ਗੁਰਮੀਤ ਸਿੰਘ ਬਾਜਵਾ]] ਜੀ,
        [[ADDRESS:ਫਲੈਟ 9ਸੀ]], [[ADDRESS:Penn Brook Court]], [[POSTCODE:WV3 7QA]]
        ਕਿਰਾਏਦਾਰੀ ਨੰਬਰ: [[REFERENCE:WHH-T-774120]]

        ਤੁਹਾਡੀ 14 ਜਨਵਰੀ ਦੀ ਸ਼ਿਕਾਇਤ ਲਈ ਧੰਨਵਾਦ। ਅਸੀਂ ਮੰਨਦੇ ਹਾਂ ਕਿ ਲਿਫ਼ਟ 26 ਦਿਨ ਬੰਦ ਰਹੀ ਅਤੇ ਤੁਹਾਡੀ ਪਤਨੀ ਸ੍ਰੀਮਤੀ [[PERSON:ਬਲਜੀਤ ਕੌਰ]], ਜਿਨ੍ਹਾਂ ਨੂੰ [[HEALTH:ਪਾਰਕਿੰਸਨ]] ਹੈ, ਇਸ ਦੌਰਾਨ ਘਰੋਂ ਬਾਹਰ ਨਹੀਂ ਜਾ ਸਕੇ। ਇਸ ਲਈ ਅਸੀਂ ਮੁਆਫ਼ੀ ਮੰਗਦੇ ਹਾਂ।

        ਸਾਡੇ ਰਿਕਾਰਡ ਅਨੁਸਾਰ ਤੁਹਾਡੀ ਜਨਮ ਮਿਤੀ [[DATE_OF_BIRTH:22/07/1958]] ਅਤੇ ਨੈਸ਼ਨਲ ਇੰਸ਼ੋਰੈਂਸ ਨੰਬਰ [[NI_NUMBER:QQ 17 42 88 B]] ਹੈ। £300 ਮੁਆਵਜ਼ਾ ਉਸ ਖਾਤੇ ਵਿੱਚ ਭੇਜਿਆ ਜਾਵੇਗਾ ਜਿਸਦੇ ਆਖ਼ਰੀ ਚਾਰ ਅੰਕ [[OTHER_ID:2086]] ਹਨ।

        ਨਵਾਂ ਠੇਕੇਦਾਰ [[ORGANISATION:Midlands Lift Care]] ਹੁਣ ਹਰ ਮਹੀਨੇ ਲਿਫ਼ਟ ਦੀ ਜਾਂਚ ਕਰੇਗਾ। ਜੇ ਤੁਸੀਂ ਸਾਡੇ ਜਵਾਬ ਤੋਂ ਸੰਤੁਸ਼ਟ ਨਹੀਂ ਹੋ, ਤਾਂ ਤੁਸੀਂ ਹਾਊਸਿੰਗ ਓਮਬਡਸਮੈਨ ਕੋਲ ਜਾ ਸਕਦੇ ਹੋ।

        ਤੁਹਾਡੇ ਪੋਤੇ [[PERSON:ਅਰਜਨ]] ਨੇ ਜੋ ਈਮੇਲ [[EMAIL:arjan.bajwa@example.net]] ਤੋਂ ਭੇਜੀ ਸੀ, ਉਸਦਾ ਜਵਾਬ ਵੀ ਅਸੀਂ ਉਸੇ ਪਤੇ 'ਤੇ ਭੇਜ ਰਹੇ ਹਾਂ।

        ਸਤਿਕਾਰ ਸਹਿਤ,
        [[PERSON:ਸਿਮਰਨ ਗਿੱਲ]]
        ਸ਼ਿਕਾਇਤ ਅਧਿਕਾਰੀ, [[PHONE:0121 496 0318]]
        """),
    ),
    (
        "fv2-pa-04",
        "pa",
        _t("""
        ਮੈਂ [[PERSON:ਕਰਤਾਰ ਸਿੰਘ ਢਿੱਲੋਂ]] ਹਾਂ, ਜਨਮ [[DATE_OF_BIRTH:ਦਸ ਮਾਰਚ ਉੱਨੀ ਸੌ ਅਠੱਤੀ]]। ਜਲੰਧਰ ਤੋਂ 1961 ਵਿੱਚ ਆਇਆ ਸੀ ਅਤੇ ਤੀਹ ਸਾਲ ਫਾਊਂਡਰੀ ਵਿੱਚ ਕੰਮ ਕੀਤਾ। ਹੁਣ ਮੈਂ [[AGE:86 ਸਾਲ]] ਦਾ ਹਾਂ। ਮੈਂ ਅੰਮ੍ਰਿਤਧਾਰੀ [[OTHER_SPECIAL:ਸਿੱਖ]] ਹਾਂ ਅਤੇ ਪੱਗ ਬੰਨ੍ਹਦਾ ਹਾਂ।

        ਮੇਰਾ ਘਰ [[ADDRESS:Red Lion]] ਪੱਬ ਦੇ ਸਾਹਮਣੇ ਹੈ, [[ADDRESS:ਨੰਬਰ 9]]। ਪਿਛਲੇ ਛੇ ਮਹੀਨਿਆਂ ਤੋਂ ਕੁਝ ਮੁੰਡੇ ਪੱਬ ਤੋਂ ਨਿਕਲ ਕੇ ਮੇਰੇ ਦਰਵਾਜ਼ੇ 'ਤੇ ਬੋਤਲਾਂ ਸੁੱਟਦੇ ਹਨ ਅਤੇ ਮੇਰੀ ਪੱਗ ਬਾਰੇ ਗੰਦੀਆਂ ਗੱਲਾਂ ਕਹਿੰਦੇ ਹਨ। ਉਹਨਾਂ ਵਿੱਚੋਂ ਇੱਕ ਨੂੰ ਸਾਰੇ [[PERSON:ਵੱਡਾ ਲੂਈਸ]] ਕਹਿੰਦੇ ਹਨ।

        ਮੈਂ [[ORGANISATION:Tipton Canal Homes]] ਨੂੰ ਕਈ ਵਾਰ ਦੱਸਿਆ, ਐਂਟੀ ਸੋਸ਼ਲ ਕੇਸ ਨੰਬਰ [[REFERENCE:TCH-ASB-0457]] ਹੈ। ਪੁਲਿਸ ਵਾਲੇ ਵੀ ਆਏ, ਪਰ ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।

        ਮੈਨੂੰ [[HEALTH:ਦਿਲ ਦੀ ਬਿਮਾਰੀ]] ਹੈ, ਅਤੇ ਡਾਕਟਰ ਨੇ ਕਿਹਾ ਕਿ ਇਹ ਤਣਾਅ ਮੇਰੇ ਲਈ ਠੀਕ ਨਹੀਂ। ਮੇਰਾ ਐਨਐਚਐਸ ਨੰਬਰ [[OTHER_ID:708 552 1934]] ਹੈ, ਹਸਪਤਾਲ ਦੀ ਚਿੱਠੀ ਨਾਲ ਲਾ ਦਿੱਤੀ ਹੈ। ਮੈਂ ਹਰ ਰੋਜ਼ ਸਵੇਰੇ [[ADDRESS:ਗੁਰਦੁਆਰਾ ਗੁਰੂ ਤੇਗ ਬਹਾਦਰ ਸਾਹਿਬ]] ਜਾਂਦਾ ਹਾਂ, ਹੁਣ ਘਰੋਂ ਨਿਕਲਦੇ ਵੀ ਡਰ ਲੱਗਦਾ ਹੈ।

        ਮੇਰੀ ਪੋਤੀ [[PERSON:ਮਨਪ੍ਰੀਤ]] ([[PERSON:Manpreet]]) ਇਹ ਲਿਖ ਰਹੀ ਹੈ। ਉਸਦਾ ਫ਼ੋਨ [[PHONE:07700 900266]] ਹੈ, ਮੇਰੇ ਨਾਲ ਗੱਲ ਕਰਨੀ ਹੋਵੇ ਤਾਂ ਉਸ ਨੂੰ ਫ਼ੋਨ ਕਰੋ।
        """),
    ),
    (
        "fv2-pa-05",
        "pa",
        _t("""
        ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ। ਮੈਂ [[PERSON:ਨਵਨੀਤ ਕੌਰ]] ਹਾਂ, ਉਮਰ [[AGE:27 ਸਾਲ]]। ਮੈਂ 2022 ਵਿੱਚ [[OTHER_SPECIAL:ਸਪਾਊਸ ਵੀਜ਼ਾ]] 'ਤੇ [[OTHER_SPECIAL:ਭਾਰਤ]] ਤੋਂ ਆਈ ਸੀ, ਮੇਰੇ ਬੀਆਰਪੀ ਕਾਰਡ ਦਾ ਨੰਬਰ [[OTHER_ID:ZT5518027]] ਹੈ। ਮੈਂ ਅਤੇ ਮੇਰੇ ਪਤੀ [[PERSON:ਅਮਨਦੀਪ]] ([[PERSON:Aman]]) [[ADDRESS:ਨੰਬਰ 40 ਦੇ ਬੇਸਮੈਂਟ ਫਲੈਟ]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ, ਪੋਸਟਕੋਡ [[POSTCODE:cv65ha]]। ਸਾਡੇ ਨਾਲ ਮੇਰੇ ਪਤੀ ਦੇ ਨਾਨੀ ਜੀ ਵੀ ਰਹਿੰਦੇ ਹਨ।

        ਫਲੈਟ ਵਿੱਚ ਚੂਹੇ ਹਨ। ਰਾਤ ਨੂੰ ਰਸੋਈ ਵਿੱਚ ਉਹਨਾਂ ਦੀ ਆਵਾਜ਼ ਆਉਂਦੀ ਹੈ। [[ORGANISATION:Foleshill Community Housing]] ਨੂੰ ਕਈ ਵਾਰ ਦੱਸਿਆ, ਪੈਸਟ ਕੰਟਰੋਲ ਵਾਲੇ [[ORGANISATION:Pestaway Midlands]] ਤਿੰਨ ਵਾਰ ਆਏ, ਪਰ ਚੂਹੇ ਅਜੇ ਵੀ ਹਨ। ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:FCH/C/10482]] ਹੈ।

        ਮੈਨੂੰ [[HEALTH:ਡਿਪਰੈਸ਼ਨ]] ਹੈ ਅਤੇ ਮੈਂ ਰਾਤ ਨੂੰ ਸੌਂ ਨਹੀਂ ਸਕਦੀ। ਮੇਰੀ ਸਹੇਲੀ [[PERSON:ਖ਼ੁਸ਼ੀ]] ਨੇ ਆਪਣੇ ਇੰਸਟਾਗ੍ਰਾਮ [[OTHER_ID:@khushi.cov]] 'ਤੇ ਸਾਡੀ ਰਸੋਈ ਦੀ ਵੀਡੀਓ ਪਾਈ, ਤਾਂ ਜਾ ਕੇ ਕਿਸੇ ਨੇ ਫ਼ੋਨ ਕੀਤਾ।

        ਜੇ ਤੁਸੀਂ ਇਹ ਮਸਲਾ ਹੱਲ ਕਰ ਦਿਓ ਤਾਂ ਮੈਨੂੰ ਬਹੁਤ ਖ਼ੁਸ਼ੀ ਹੋਵੇਗੀ। ਮੇਰਾ ਅੰਗਰੇਜ਼ੀ ਲਿਖਣਾ ਕਮਜ਼ੋਰ ਹੈ, ਇਸ ਲਈ ਪੰਜਾਬੀ ਵਿੱਚ ਲਿਖ ਰਹੀ ਹਾਂ। ਮੈਨੂੰ ਈਮੇਲ ਕਰੋ: [[EMAIL:navneet dot kaur at example dot org]], ਜਾਂ [[PHONE:01632 960688]] 'ਤੇ ਫ਼ੋਨ ਕਰੋ।
        """),
    ),
    (
        "fv2-pa-06",
        "pa",
        _t("""
        [[PERSON:ਜੈਸਿਕਾ]] ਮੈਡਮ, ਮੈਂ [[PERSON:ਸੁੱਖੀ]] ਬੋਲ ਰਿਹਾ ਹਾਂ, ਕੇਅਰਟੇਕਰ। ਅੱਜ [[ADDRESS:Orchard Rise]] ਦੇ ਬਲਾਕ ਦਾ ਪੂਰਾ ਚੱਕਰ ਲਾਇਆ, ਇਹ ਰਹੀ ਰਿਪੋਰਟ।

        [[ADDRESS:ਫਲੈਟ 2]] ਵਿੱਚ [[PERSON:ਜੋਗਿੰਦਰ]] ਅੰਕਲ ਦੀ ਛੱਤ ਫਿਰ ਚੋ ਰਹੀ ਹੈ, ਉੱਪਰ flat roof 'ਤੇ ਪਾਣੀ ਖੜ੍ਹਾ ਹੈ। ਉਹਨਾਂ ਨੂੰ [[HEALTH:ਡਿਮੈਂਸ਼ੀਆ]] ਹੈ, ਇਸ ਲਈ ਕੋਈ ਵੀ ਜਾਵੇ ਤਾਂ ਪਹਿਲਾਂ ਉਹਨਾਂ ਦੇ ਮੁੰਡੇ [[PERSON:ਰਾਜੂ]] ਨੂੰ ਫ਼ੋਨ ਕਰੇ।

        [[ADDRESS:ਫਲੈਟ 5]] ਵਾਲੀ [[OTHER_SPECIAL:ਪੋਲਿਸ਼]] ਬੀਬੀ, [[PERSON:ਮਾਲਗੋਸ਼ਾ]], ਕਹਿੰਦੀ ਹੈ ਬਾਥਰੂਮ ਦਾ ਪੱਖਾ ਦੋ ਮਹੀਨਿਆਂ ਤੋਂ ਬੰਦ ਹੈ। [[ADDRESS:ਫਲੈਟ 7]] ਵਾਲਿਆਂ ਦੀ ਕੁੜੀ [[PERSON:ਖ਼ੁਸ਼ੀ]], [[AGE:ਛੇ ਸਾਲ]] ਦੀ, ਪੌੜੀਆਂ 'ਤੇ ਟੁੱਟੇ ਸ਼ੀਸ਼ੇ ਨਾਲ ਹੱਥ ਕੱਟ ਬੈਠੀ, ਸ਼ੀਸ਼ਾ ਮੈਂ ਸਾਫ਼ ਕਰ ਦਿੱਤਾ ਹੈ।

        ਬਾਹਰ ਇੱਕ ਕਾਲੀ ਕਾਰ [[OTHER_ID:KP14 UZE]] ਤਿੰਨ ਹਫ਼ਤਿਆਂ ਤੋਂ ਖੜ੍ਹੀ ਹੈ, ਟੈਕਸ ਵੀ ਨਹੀਂ। ਕੌਂਸਲ ਨੂੰ ਦੱਸ ਦਿੱਤਾ ਹੈ।

        ਛੱਤ ਲਈ ਰਿਪੇਅਰ ਜੌਬ [[REFERENCE:OR-44718]] ਅਤੇ ਪੱਖੇ ਲਈ [[REFERENCE:OR-44719]] ਖੋਲ੍ਹ ਦਿੱਤੇ ਹਨ, ਦੋਵੇਂ [[ORGANISATION:Trent Edge Roofing]] ਨੂੰ ਗਏ ਹਨ। ਨੌਟਿੰਘਮ ਵਾਲੇ ਦਫ਼ਤਰ ਨੂੰ ਕਾਪੀ ਭੇਜ ਦਿਓ।

        ਮੇਰਾ ਨਵਾਂ ਨੰਬਰ [[PHONE:0115 496 0862]] ਹੈ ਅਤੇ ਈਮੇਲ [[EMAIL:sukhi.caretaker@example.org]]। ਸ਼ੁੱਕਰਵਾਰ ਨੂੰ ਛੁੱਟੀ 'ਤੇ ਹਾਂ।
        """),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
