"""A fifth batch of fresh stories under version 2 of the marking, by a fifth writer.

Forty-two accounts sent to the "Make Things Right" campaign, six in each of English, Polish,
Romanian, Arabic, Urdu, Bengali and Punjabi (Gurmukhi). In each language the six stories use
different forms: an unpunctuated lower-case WhatsApp message (Polish and Romanian without
diacritics; Urdu and Bengali written in Latin script and mixed with English; Arabic and
Punjabi mixed with English words), a formal letter, a voice note written down by a
volunteer, with phone numbers, emails, postcodes and reference numbers spoken out in words
(in English and the writer's own language: "double oh", "małpa", "punct", "آت جي ميل دوت
كوم", "ਐਟ ਜੀਮੇਲ ਡਾਟ ਕਾਮ"), case notes by a support worker writing in the third person, a
child translating for a parent or grandparent, and a numbered list of problems. Three are
written by landlord or contractor staff, and two of those refer to the resident by a
pseudonym that is not marked. Many names are also ordinary words, and some stories use the
name and the word side by side (Hope/hope, Patience, Bill/bill, Mark/mark, Dawn/dawn,
Summer, Ivy, jagoda/jagody, Róża/róże, Speranța, Floarea, Doina/doină, Victoria/victorie,
أمل, سعيد, جميلة, نور, khushi, مسکان, asha, শান্তি, মুক্তি, জয়, জোছনা, ਖੁਸ਼ੀ, ਜੋਤ, ਬਿੱਲ).
There are also diminutives and nicknames (zuzia, Kubuś, Halinka, Sławek, نونو, ਸੁੱਖੀ, ਨਵੀ),
kunyas (أم علي, أبو سامي), inflected Polish forms, and a name next to its transliteration.
Addresses come as partial references ("number nine", "siódemki", "شقة ١٤", "ਇੱਕੀ ਨੰਬਰ") and
by landmark: a shop, pub, mosque, church, temple or gurdwara, a block of an estate, a
school, a GP surgery or a workplace. Dates of birth appear in many formats and scripts, and
ages are given in words and digits. There are NI and NHS numbers, number plates, social
media handles and profile links, sort codes and account numbers (including "the account
ending"), Arabic-Indic and Bengali digits, and postcodes in lower case without the space.
The stories also contain plenty of details that are not marked: towns, months, rooms, the
Housing Ombudsman, generic councils and officers, and hospitals.

Measured at first sight on 7 December 2026, before any change made for it: 33.3% of
stories leak-free, recall 87.7%, precision 89.7% (English 33.3% / 88.8%; Arabic 50%,
Punjabi 50%, Polish 33%, Romanian 33%, Bengali 17%, Urdu 17% leak-free). Misses by kind:
PERSON 88.5%, ADDRESS 83.0%, EMAIL 68.4% (spoken), AGE 80.0%, REFERENCE 84.4%, DATE_OF_BIRTH
84.6%. The writer was asked for deliberately varied forms (unpunctuated messages,
transcribed voice notes, child interpreters, code-switching, names that are words) and
never saw the detector or the other sets. Named councils are marked ORGANISATION, as the
marking's README says.

After round 5 (kinds of expression, not these stories' words: identifiers said in words in
every script, ages in words, landmarks on a street, numbers in words for flats and houses,
dates of birth with the year in pairs, surnames that are also words): 66.7% leak-free,
recall 95.8%, precision 90.5% (English 83.3% / 98.8%; Romanian 83.3%, Arabic, Bengali,
Punjabi, Polish 66.7%, Urdu 33.3%; EMAIL, REFERENCE, AGE and DATE_OF_BIRTH now 100%);
what still leaks is mostly names (names that are ordinary words, nicknames, names inside
other scripts).

Same format as ``fresh_v2_stories``: ``[[KIND:text]]`` inline, ``as_jsonl_lines`` for
``score.py``. All people, places, organisations and numbers are invented.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block):
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2e-en-01",
        "en",
        _s("""
hi its me again from the flats behind the [[ADDRESS:tesco on harrow lane]] [[ADDRESS:flat 14]] the mould is back in the little bedroom where my daughter [[PERSON:hope]] sleeps she is [[AGE:4]] and her inhaler is going twice as fast now the gp at [[ADDRESS:brookfield surgery]] said its the damp making her [[HEALTH:asthma]] worse. honestly i lost all hope with them they sent a man in march who just painted over it and it was black again in 3 weeks complaint number is [[REFERENCE:c-40918]] and the lady from the council said itd be sorted by easter never happened. my partner [[PERSON:dwayne]] rings every day from his phone [[PHONE:07700 900417]] nobody picks up or they say a surveyor will call back lol. i wash the bedding every week but it smells of mould the minute its dry and [[PERSON:hope]] wakes up coughing at 3am. our postcode is [[POSTCODE:wv108ps]] if anyone from make things right can help pls msg me on here or email [[EMAIL:tasha.mbeki88@example.com]] i just want my kids to breathe properly thanks [[PERSON:tash]] x
"""),
    ),
    (
        "fv2e-en-02",
        "en",
        _s("""
Dear Make Things Right team, I am the Complaints Resolution Manager at [[ORGANISATION:Fernhill Homes]] and I am writing, with the resident's permission, about a complaint we handled badly and have since put right. The resident has asked to be called Mrs D and does not want her home identified beyond saying it is a ground-floor flat on one of our estates in Nottingham. In January Mrs D reported water coming through her bathroom ceiling from the flat above. Our contractor, [[ORGANISATION:Kestrel Building Services]], attended three times and closed the job each time without tracing the source. By April the ceiling had partly collapsed. Her stage one complaint ([[REFERENCE:FH-CMP-20931]]) was answered late and suggested the problem was condensation. After she went to the Housing Ombudsman (case [[REFERENCE:202407781]]) we reviewed the whole file. Our surveyor, [[PERSON:Graham Pettifer]], found a failed waste pipe in the flat above within an hour. We replaced the ceiling, treated the mould, refunded her electricity bill for running a dehumidifier for five months and paid £850 compensation. We have also changed our procedure so that no leak job can be closed without a photo of the repair. I would be glad to answer any questions from the campaign. Yours sincerely, [[PERSON:Bill Ashworth]], Complaints Resolution Manager, [[ORGANISATION:Fernhill Homes]], [[PHONE:0115 496 0732]], [[EMAIL:complaints@fernhillhomes.org.uk]]
"""),
    ),
    (
        "fv2e-en-03",
        "en",
        _s("""
[Voice note, transcribed by a campaign volunteer] Hello love, yes, it's [[PERSON:Patience]] here, [[PERSON:Patience Oduya]], from [[ADDRESS:number nine Merrow Walk]]. Now I'm [[AGE:seventy-three years old]] and I have had no heating since the boiler packed up in November, and I'll be honest with you, my patience has run out. They always ask for the date of birth so I'll say it, it's the [[DATE_OF_BIRTH:second of February nineteen fifty-two]]. The engineer from [[ORGANISATION:Brightwarm Heating]] came twice, said a part was on order, and that was that. My grandson [[PERSON:Kofi]] brings me electric heaters but the bills, oh, the bills. I've got [[HEALTH:COPD]] and the cold goes straight to my chest. Thank God for Pastor [[PERSON:Grace]] at [[ADDRESS:Bethel Gospel Hall]], she lets me sit in the warm hall in the afternoons. My tenancy number, hang on, I've got the letter here, it's [[REFERENCE:T, zero zero four, eight one seven]]. My phone is [[PHONE:oh seven seven double oh, nine double oh, two six one]], and [[PERSON:Kofi]] set me up an email, it's [[EMAIL:patience dot oduya fifty-two at gmail dot com]]. Postcode, [[POSTCODE:C F twenty-four, three R Q]]. Somebody please ring me back, I'm not going anywhere in this weather.
"""),
    ),
    (
        "fv2e-en-04",
        "en",
        _s("""
Tenancy sustainment notes (shared with client's consent). Client: [[PERSON:Bill Tranter]], DOB [[DATE_OF_BIRTH:14/02/1967]]. Address: [[ADDRESS:Flat 3, Linnet House]], [[POSTCODE:L17 2AW]]. NI [[NI_NUMBER:JT 48 21 93 C]]. NHS no. [[OTHER_ID:612 448 3170]]. GP: [[ADDRESS:Aintree Lane Medical Practice]]. Condition: [[HEALTH:multiple sclerosis]], using a wheelchair indoors since last winter. Landlord: [[ORGANISATION:Mersey Vale Housing]]. Blue badge vehicle [[OTHER_ID:MF19 KZT]], needs a marked bay outside the block. — 12 Mar: OT assessment, recommends level-access shower and a wider bathroom door. — 2 Apr: landlord agreed, asked for a "grace period" of eight weeks for the survey. — 3 Jun: nothing. [[PERSON:Bill]] rang the repairs line ([[PHONE:0151 496 0288]]), job ref [[REFERENCE:ADP/22871]]. He is washing at the kitchen sink; his electricity bill has doubled because he runs the immersion all day. Black mark spreading on the bathroom ceiling from an old leak. — 20 Jun: stage 1 complaint [[REFERENCE:MVH-C-3094]] submitted, copied to the local councillor. — 18 Jul: wet room fitted by [[ORGANISATION:Coldwell Adaptations Ltd]], door widened, bay painted. [[PERSON:Bill]]: "first proper shower in two years." Sister [[PERSON:Maureen]] (next of kin, [[PHONE:0151 496 0943]]) confirms he is managing well. Case closed. Worker: [[PERSON:Mark Oyelaran]], Tenancy Support.
"""),
    ),
    (
        "fv2e-en-05",
        "en",
        _s("""
hello, my name is [[PERSON:Rahwa]] and I am [[AGE:14]]. I am writing this for my mum because her English is still not strong. Everyone here calls her [[PERSON:Rose]] but her real name is [[PERSON:Roza]]. We are from [[OTHER_SPECIAL:Eritrea]] and we got [[OTHER_SPECIAL:refugee status]] three years ago. We live in [[ADDRESS:Block C of the Ashgrove estate]] and the only nice thing there is the rose bush by the entrance. The man in [[ADDRESS:flat 41]] plays loud music every night until 4am and shouts at my mum on the stairs. His friends park a white van, [[OTHER_ID:YC71 HRU]], across the bin store so the bins don't get emptied and now there are rats. Last month he filmed our door and put it on TikTok from [[OTHER_ID:@ashgrove_kingz]] saying horrible things about us being [[OTHER_SPECIAL:Muslim]]. Mum has reported it 9 times. The antisocial behaviour case number is [[REFERENCE:ASB-3317-K]]. The housing officer, a lady called [[PERSON:Grace]], was kind but she says they need more diary sheets, so I fill them in at night. Sometimes I miss school at [[ADDRESS:Holloway Park Academy]] to translate at meetings. My little brother [[PERSON:Yonas]] is [[AGE:6]] and he will not go on the stairs alone any more. Mum's number is [[PHONE:07700 900583]] but please call after 4 when I am home. Thank you.
"""),
    ),
    (
        "fv2e-en-06",
        "en",
        _s("""
To whoever reads these — I'm [[PERSON:Dawn Kettering]]. I'm up before dawn for my shift at [[ADDRESS:Riverside Bakery]], so I'm writing this on the bus. Six of us live in a two-bed flat above the old [[ADDRESS:Red Lion on Dock Street]]: me, my husband [[PERSON:Frank]], our [[AGE:11-year-old]] [[PERSON:Summer]], the twins [[PERSON:Jack]] and [[PERSON:Lily]] (born [[DATE_OF_BIRTH:2.9.15]]) and baby [[PERSON:Ivy]], [[AGE:18 months]]. [[PERSON:Frank]] sleeps on the sofa. In summer the condensation is bad, in winter it runs down the walls. We've been on the housing register since 2019 (number [[REFERENCE:HR-0099214]], band B) and [[ORGANISATION:Eastmarsh Borough Council]] keep saying there's nothing bigger. When the ceiling in the boys' room came down they finally took the complaint seriously and offered £250 for the delay. I gave them my sort code, [[OTHER_ID:30-91-57]], and account number, [[OTHER_ID:18837462]], in May and it still hasn't arrived. [[PERSON:Frank]]'s put every photo of the mould on his page, [[OTHER_ID:facebook.com/frank.kettering.77]], and the vicar at [[ADDRESS:St Barnabas Church]] wrote a letter for us. The Ombudsman says we have to wait for stage two to finish. I just want a door I can shut. Email: [[EMAIL:dawnkettering82@btinternet.com]]
"""),
    ),
    (
        "fv2e-pl-01",
        "pl",
        _s("""
czesc pisze do was bo juz nie mam sily. mieszkamy z mezem [[PERSON:kuba]] i corka [[PERSON:zuzia]] w bloku za [[ADDRESS:lidlem na stanley road]], [[ADDRESS:mieszkanie 27]]. grzyb jest wszedzie w sypialni, na scianach za szafa, nawet na butach w przedpokoju. [[PERSON:zuzia]] ma [[AGE:3 latka]] i caly czas kaszle, lekarz w [[ADDRESS:Hawthorn Medical Centre]] mowi ze to od wilgoci. sasiadka z gory [[PERSON:jagoda]] ma to samo, smieje sie ze jak pojedzie na dzialke zbierac jagody to przynajmniej sobie pooddycha. zglaszalismy 5 razy numer zgloszenia [[REFERENCE:R-558120]], przyszedl pan z [[ORGANISATION:Northgate Living]] pomalowal jakas biala farba i po dwoch tygodniach znowu czarne. w pazdzierniku napisalismy skarge do ombudsmana i dopiero wtedy ktos zadzwonil. teraz obiecali osuszacz i nowy wentylator w lazience ale nikt nie przyszedl. kod [[POSTCODE:l59tq]] tel [[PHONE:07700900348]] (do [[PERSON:kuby]]) albo mail [[EMAIL:kuba.nowak.lpool@gmail.com]]. pozdrawiam [[PERSON:ola]]
"""),
    ),
    (
        "fv2e-pl-02",
        "pl",
        _s("""
Szanowni Państwo, piszę do kampanii „Make Things Right” w imieniu mojej mamy, pani [[PERSON:Ewy Zielińskiej]], urodzonej [[DATE_OF_BIRTH:12.05.1951]], zamieszkałej pod adresem [[ADDRESS:14 Thornbury Close]], [[POSTCODE:BS5 6NW]]. Mama wynajmuje mieszkanie od [[ORGANISATION:Avonmere Housing Trust]] od 2004 roku (numer umowy najmu: [[REFERENCE:AHT-77120-Z]]). Od zeszłej zimy przez dach cieknie woda do sypialni; tapeta w róże, którą mama sama kładła, odpadła płatami, a na suficie pojawił się grzyb. Mama choruje na [[HEALTH:astmę]] i [[HEALTH:cukrzycę]], więc przeniosła się do pokoju dziennego i śpi w fotelu. Zgłoszenia telefoniczne przyjmowała pani [[PERSON:Róża Kowalczyk]] z działu napraw; z panią [[PERSON:Różą]] rozmawiałam łącznie siedem razy i za każdym razem słyszałam, że ekipa „jest w drodze”. Sąsiad, pan [[PERSON:Zbigniew Malec]], potwierdził na piśmie, że rynna jest pęknięta od lat. Dopiero po skardze do Rzecznika ds. Mieszkalnictwa dach naprawiono w czerwcu, a mama otrzymała 600 funtów rekompensaty. Do wniosku o zwrot kosztów dołączyłam kopię jej dowodu osobistego nr [[OTHER_ID:AXC418203]]. Dziękuję za Państwa pracę. Z poważaniem, [[PERSON:Katarzyna Zielińska-Hart]], tel. [[PHONE:0117 496 0561]]
"""),
    ),
    (
        "fv2e-pl-03",
        "pl",
        _s("""
[Wiadomość głosowa, spisana przez wolontariuszkę] Halo? Dzień dobry, tu [[PERSON:Marek]], [[PERSON:Marek Wiśniewski]], dzwonię w sprawie ogrzewania. Mieszkamy z żoną na [[ADDRESS:Harcourt Street czterdzieści dwa]], to ten szary dom koło pralni. Od października kocioł nie działa, jakiś stary, nawet nie wiem jakiej marki. Ja mam [[AGE:sześćdziesiąt osiem lat]], a żona, [[PERSON:Halinka]], ma [[HEALTH:POChP]] i w zimnie się dusi. Przyszedł pan z [[ORGANISATION:Aire Valley Homes]], powiedział, że część zamówiona, i tyle go widzieliśmy. Dali nam dwa małe grzejniki olejowe, a rachunek za prąd wyszedł trzysta funtów. Numer zgłoszenia... zaraz, okulary... [[REFERENCE:H jak Halina, dwa, dziewięć, cztery, zero, siedem]]. Telefon do mnie: [[PHONE:zero siedem siedem zero zero, dziewięćset, sto dwadzieścia trzy]]. Mail: [[EMAIL:marek kropka wisniewski małpa wp kropka pl]]. Kod pocztowy [[POSTCODE:LS8 4HD]]. Proszę, niech ktoś do nas oddzwoni, bo [[PERSON:Halinka]] już mówi, że pojedzie na zimę do siostry do Bristolu, a ja tu sam zostanę z tym zimnem.
"""),
    ),
    (
        "fv2e-pl-04",
        "pl",
        _s("""
Notatka z wizyty – Tenancy Support. Klientka: [[PERSON:Róża Kamińska]], DOB [[DATE_OF_BIRTH:3 Sept 1972]]. Adres: [[ADDRESS:Flat 8, Kestrel Court]], [[POSTCODE:PE1 5GX]]. NI: [[NI_NUMBER:SK 72 04 19 B]], NHS no. [[OTHER_ID:448 209 6613]]. GP: [[ADDRESS:Millfield Surgery]]. Diagnoza: [[HEALTH:stwardnienie rozsiane]], od 2023 porusza się na wózku. Problem: jedyna łazienka jest na piętrze, pani [[PERSON:Róża]] od czterech miesięcy myje się w kuchni. OT assessment w lutym – rekomendacja: stairlift + wet room. Landlord, [[ORGANISATION:Fenland Community Homes]], odpisał, że „brak budżetu w tym roku”. Złożyłam complaint stage 1 ([[REFERENCE:FCH/C/10442]]), odpowiedź przyszła po 9 tygodniach, bez daty prac. Poinformowałam, że idziemy do Housing Ombudsman. Update 14/07: stairlift zamontowany przez [[ORGANISATION:LiftRight Midlands]], wet room w trakcie, termin koniec sierpnia. Pani [[PERSON:Kamińska]] mówi, że pierwszy raz od zimy wyszła do ogródka zobaczyć swoje róże. Kontakt awaryjny: córka [[PERSON:Agnieszka]], [[PHONE:07700 900774]]. Następna wizyta: wrzesień. – [[PERSON:T. Lewandowska]]
"""),
    ),
    (
        "fv2e-pl-05",
        "pl",
        _s("""
Dzień dobry, mam na imię [[PERSON:Wiktoria]], mam [[AGE:13 lat]] i piszę za tatę, bo on nie pisze dobrze po angielsku, a po polsku też woli mówić niż pisać 😅. Mieszkamy pod [[ADDRESS:numerem 5]] na [[ADDRESS:osiedlu Brackenfield]]. Od roku sąsiedzi spod [[ADDRESS:siódemki]] nie dają nam żyć. Ich syn jeździ w nocy czarnym audi [[OTHER_ID:WR68 FXD]] w kółko po parkingu, trąbi i puszcza muzykę. Na Snapchacie ma konto [[OTHER_ID:@brackz_bandit]] i wrzucił zdjęcie naszego okna z podpisem, żebyśmy się wynosili. Tata, [[PERSON:Sławek]], zgłaszał to na policję i do [[ORGANISATION:Brackenfield Homes]], numer sprawy ASB [[REFERENCE:ASB/24/0613]]. Powiedzieli, że to „konflikt sąsiedzki”. Mój brat [[PERSON:Kubuś]] ma [[AGE:5 lat]] i chodzi ze mną do [[ADDRESS:St Oswald's Catholic Primary]], a przez te hałasy śpi z rodzicami. Dopiero po skardze do Ombudsmana założyli kamerę na parkingu, a tamtą rodzinę przenieśli w marcu. Jest lepiej, [[PERSON:Kubuś]] znowu śpi u siebie. Tata prosi, żeby napisać, że dziękuje pani [[PERSON:Helen]] z biura, bo tylko ona nas słuchała.
"""),
    ),
    (
        "fv2e-pl-06",
        "pl",
        _s("""
Lista usterek – stan na 1 listopada (piszę punktami, bo inaczej się pogubię). Landlord: [[ORGANISATION:Greyfield Homes]]. 1. Winda w [[ADDRESS:Orchard House]] nie działa od 6 tygodni. Mieszkam wysoko, [[ADDRESS:mieszkanie 9C]], i z zakupami wchodzę pół godziny. 2. Myszy w piwnicy i w kuchni, firma od szkodników [[ORGANISATION:PestAway Services]] była raz, zostawiła trutkę i koniec. 3. Światło na klatce schodowej między szóstym a siódmym piętrem nie działa – pani [[PERSON:Jadzia]] spod [[ADDRESS:7B]] przewróciła się w grudniu. 4. Śmieci przy zsypie leżą tygodniami. 5. Odszkodowanie 300 funtów za windę (sprawa [[REFERENCE:GH-COMP-8841]]) miało przyjść na moje konto: sort code [[OTHER_ID:60-83-14]], nr konta [[OTHER_ID:55120937]] – do dziś nic. 6. W niedzielę po mszy w [[ADDRESS:kościele św. Kazimierza na Beeston Road]] zbieramy podpisy pod petycją, mamy już 64. Administrator budynku, pan [[PERSON:Dariusz]], mówi, że „wszystko jest w systemie”. Kontakt: [[PERSON:Zdzisław Bąk]], [[EMAIL:zdzichu.bak@o2.pl]], [[PHONE:0113 496 0629]].
"""),
    ),
    (
        "fv2e-ro-01",
        "ro",
        _s("""
buna ziua, va scriu de pe telefon scuze de greseli. stam in [[ADDRESS:blocul D de pe Larkspur estate]], [[ADDRESS:ap 17]], langa benzinarie. mucegaiul a intrat peste tot in camera copiilor, pe tavan si pe geamuri, hainele miros a jilav. fetita mea [[PERSON:speranta]] are [[AGE:2 ani]] si doctorita de la [[ADDRESS:Grays Riverside Practice]] zice ca de aia tuseste toata noaptea. sincer nu mai am nicio speranta ca o sa repare ceva. sotul meu [[PERSON:costel]] lucreaza noaptea la [[ADDRESS:depozitul Fastline]] si ziua suna la [[ORGANISATION:Thurrock Vale Housing]], am sunat de 11 ori, numar reclamatie [[REFERENCE:TVH-48213]]. au venit o data au dat cu spray si au zis ca e condens de la noi ca uscam rufe in casa. dar unde sa le uscam?? in septembrie am facut plangere la ombudsman si abia acum ne au zis ca vin sa schimbe ventilatia. va rog ajutati ne. tel [[PHONE:07700 900662]], cod [[POSTCODE:rm176ly]]. multumesc, [[PERSON:mirela]]
"""),
    ),
    (
        "fv2e-ro-02",
        "ro",
        _s("""
Stimată echipă Make Things Right, Subsemnata [[PERSON:Floarea Munteanu]], născută la [[DATE_OF_BIRTH:7 noiembrie 1963]], domiciliată în [[ADDRESS:Flat 2, 61 Wellesley Road]], [[POSTCODE:E11 4PR]], chiriașă a [[ORGANISATION:Leyton Common Housing Co-operative]], vă scriu pentru a vă povesti cum a fost rezolvată, în sfârșit, plângerea mea. Timp de doi ani ferestrele din sufragerie și din dormitor nu s-au mai închis; ramele erau putrede, iar iarna curgea apă pe pervaz, unde nicio floare nu mai rezista. Am cerut reparații de nenumărate ori. După ce am trimis dosarul la Ombudsmanul pentru Locuințe (nr. caz [[REFERENCE:202318840]]), proprietarul a recunoscut întârzierea. Firma [[ORGANISATION:Sashline Glazing]] a montat ferestre noi în martie, iar eu am primit 1.100 de lire despăgubire. Pentru plată mi s-a cerut numărul de asigurare națională, [[NI_NUMBER:PW 61 38 72 A]], pe care l-am dat doamnei [[PERSON:Lavinia]] de la biroul de chirii. Vreau să mulțumesc și vecinei mele, doamna [[PERSON:Viorica Pop]], care a tradus la fiecare întâlnire. Vă rog să folosiți povestea mea ca să-i ajutați și pe alții. Cu stimă, [[PERSON:Floarea Munteanu]], [[PHONE:020 7946 0318]], [[EMAIL:floarea.munteanu63@yahoo.com]]
"""),
    ),
    (
        "fv2e-ro-03",
        "ro",
        _s("""
[Mesaj vocal, transcris de un voluntar] Alo, da, bună ziua, sunt [[PERSON:Mihai]], [[PERSON:Mihai Dobre]], de la [[ADDRESS:numărul treizeci și unu de pe Cromwell Street]], casa cu gard albastru. Deci, la noi nu merge căldura de la începutul lui decembrie. Eu am [[AGE:cincizeci și patru de ani]], soția mea, [[PERSON:Victoria]], e însărcinată în luna a opta și stăm toți în bucătărie cu cuptorul deschis. Am sunat la [[ORGANISATION:Kingsreach Homes]], mi-au dat un număr de lucrare, stați să-l citesc, [[REFERENCE:K R, patru, cinci, nouă, zero, doi]]. Au venit doi băieți, au zis că e pompa, și n-au mai venit. Pentru noi ar fi o victorie să avem apă caldă până naște [[PERSON:Victoria]]. Telefonul meu e [[PHONE:zero șapte șapte zero zero, nouă sute, patru sute nouăzeci]] și mailul [[EMAIL:mihai punct dobre șaptezeci și nouă at yahoo punct com]]. Dacă nu răspund, sunați-l pe cumnatul meu, [[PERSON:Gelu]], la [[PHONE:zero unu unu șase, patru nouă șase, zero trei doi unu]]. Mulțumesc frumos și Doamne ajută.
"""),
    ),
    (
        "fv2e-ro-04",
        "ro",
        _s("""
Case summary pentru campanie (cu acordul familiei). Familia [[PERSON:Lungu]]: [[PERSON:Adrian]] și [[PERSON:Ionela Lungu]], cu cinci copii: [[PERSON:Denisa]] ([[AGE:12 ani]]), [[PERSON:Rareș]] ([[AGE:9 ani]], diagnosticat cu [[HEALTH:autism]]), gemenii [[PERSON:Luca]] și [[PERSON:Matei]], născuți pe [[DATE_OF_BIRTH:03.08.2019]], și bebelușul [[PERSON:Ianis]], [[AGE:10 luni]]. Locuiesc șapte persoane într-un two-bed de la [[ORGANISATION:Harlow Fields District Council]], la [[ADDRESS:8 Tansy Walk]]. Familia este de etnie [[OTHER_SPECIAL:romă]] și are [[OTHER_SPECIAL:pre-settled status]]; la primul interviu li s-a spus greșit că nu au dreptul să se înscrie pe housing register. Am contestat, iar acum au numărul [[REFERENCE:5530217]], band A pentru supraaglomerare. [[PERSON:Rareș]] are nevoie de camera lui, spune și GP-ul de la [[ADDRESS:Oakwood Health Centre]]; [[PERSON:Denisa]] își face temele pe hol, pe o cutie. Școala, [[ADDRESS:Kingfisher Primary]], ne-a trimis o scrisoare de susținere. Update octombrie: li s-a oferit o casă cu patru dormitoare, mutarea e în noiembrie. Pentru întrebări: [[PERSON:Oana Petrescu]], support worker, [[EMAIL:oana.petrescu@brightpath-support.org.uk]].
"""),
    ),
    (
        "fv2e-ro-05",
        "ro",
        _s("""
Bună, sunt [[PERSON:Ilinca]], am [[AGE:16 ani]] și scriu pentru bunica mea, [[PERSON:Doina Stan]], pentru că ea nu scrie în engleză. Bunica are [[AGE:79 de ani]], are [[HEALTH:Parkinson]] și [[HEALTH:artrită]] la genunchi. Stă singură în [[ADDRESS:apartamentul 4]] din [[ADDRESS:Heron Court]], la parter, dar la intrare sunt trei trepte și nu era nicio balustradă. Anul trecut a căzut de două ori. Terapeuta ocupațională a cerut o rampă și bare în baie încă din aprilie. Proprietarul, [[ORGANISATION:Wyvern Housing]], a zis că trebuie aprobare de la consiliu. Am făcut reclamație, numărul [[REFERENCE:WH/ADAPT/3372]], și a mai durat cinci luni. Acum rampa e gata și bunica poate merge din nou duminica la [[ADDRESS:Biserica Ortodoxă Sfântul Dumitru de pe Mill Lane]]. Când a văzut rampa a cântat o doină veche, cum cânta în sat. Dacă vreți să vorbiți cu ea, sunați-mă pe mine, [[PHONE:07700 900219]], sau scrieți-mi pe Instagram la [[OTHER_ID:@ilinca.stn]]. Numărul ei NHS e [[OTHER_ID:721 063 5584]], l-au cerut cei de la OT, îl pun aici ca să nu-l mai caut. [[PERSON:Doina]] vă mulțumește!
"""),
    ),
    (
        "fv2e-ro-06",
        "ro",
        _s("""
Sunt [[PERSON:Sorin Bălan]], supervizor la [[ORGANISATION:Drywell Roofing]], firma care face reparațiile de acoperiș pentru [[ORGANISATION:Marlowe Housing]]. Vreau să spun și partea noastră, pentru că și noi am greșit. Chiriașul, pe care o să-l numesc domnul R., avea o infiltrație din acoperiș în [[ADDRESS:Osprey House]] încă din octombrie. Colegul meu [[PERSON:Nelu]] a fost trimis de trei ori, dar de fiecare dată job-ul [[REFERENCE:DR-2291-07]] era închis cu „no access”, pentru că duba, [[OTHER_ID:GN70 WTK]], nu avea unde parca și nimeni nu suna la interfon. Domnul R. stătea cu găleți în sufragerie și avea deja mucegai pe pereți. Când am aflat, în ianuarie, am mers eu personal, am găsit o membrană ruptă și am reparat-o în aceeași zi. [[ORGANISATION:Marlowe]] i-a plătit compensație, iar noi acum sunăm chiriașul înainte de fiecare vizită. Dacă alți contractori vor să vorbească despre asta, mă găsiți pe [[OTHER_ID:linkedin.com/in/sorin-balan-roofing]] sau la birou, [[PHONE:0121 496 0855]]. Nu e ușor să recunoști, dar oamenii nu trebuie să stea în apă.
"""),
    ),
    (
        "fv2e-ar-01",
        "ar",
        _s("""
السلام عليكم، أنا [[PERSON:أمل]]، ساكنة في [[ADDRESS:flat 12]] في [[ADDRESS:Tamarind House]]. الـ mould رجع بغرفة النوم بعد ما دهنوه الشهر الماضي، وبنتي [[PERSON:جنى]] عمرها [[AGE:سنتين]] وصارت تكح كل ليلة، والدكتورة بـ[[ADDRESS:Larchwood Family Practice]] قالت لازم ما تنام بهالغرفة. بصراحة فقدت الأمل منهم. زوجي [[PERSON:سعيد]] بيشتغل delivery وبيتصل كل يوم على الـ repairs line والجواب دايماً "we will pass it on". والله مش سعيد أبداً بهالسكن. الـ landlord اسمه [[ORGANISATION:Crestway Homes]] ورقم الشكوى [[REFERENCE:CW-61704]]. قدّمنا complaint stage 2 من شهرين وما حدا رد، وهلق بدنا نكتب للـ Ombudsman. إذا بدكم تحكوا معي رقمي [[PHONE:٠٧٧٠٠ ٩٠٠٢٣٨]] والـ postcode [[POSTCODE:B11 4QT]]. كل يوم الصبح بمسح الشبابيك والميّ بتنقط على الأرض. وجارتي بالـ flat اللي تحتنا عندها نفس المشكلة، بس خايفة تشتكي لأنها جديدة. الله يعطيكم العافية 🙏
"""),
    ),
    (
        "fv2e-ar-02",
        "ar",
        _s("""
السادة القائمون على حملة Make Things Right المحترمون، تحية طيبة وبعد، أنا الموقّع أدناه [[PERSON:عبد الرحمن الحسيني]]، من مواليد [[DATE_OF_BIRTH:١٥ نيسان ١٩٧٦]]، مستأجر لدى [[ORGANISATION:Northwold Housing Group]] منذ عام ٢٠١١، وعنواني [[ADDRESS:47 Greenfield Road]]، [[POSTCODE:M8 9FJ]]، ورقم عقد الإيجار [[REFERENCE:NWH/33/50817]]. أكتب إليكم لأروي كيف عولجت شكواي بعد طول انتظار. منذ شتاء ٢٠٢٢ كانت إطارات النوافذ الخشبية متعفنة، وتتسرب مياه الأمطار إلى غرفة ابني [[PERSON:كريم]] حتى تلف سريره، فاستضافه جارنا [[PERSON:أبو سامي]] عدة أسابيع وكان كريماً معنا. رفعت شكوى رسمية ثم لجأت إلى أمين مظالم الإسكان، الذي قرر أن المالك أخفق في واجباته. وفي أيار الماضي استُبدلت النوافذ كلها، ودُفع لنا تعويض قدره ٩٠٠ جنيه. أشكر بصفة خاصة الموظفة [[PERSON:هيلين]] التي تابعت الملف بأمانة. أرجو أن تنفع قصتي غيري، فليس كل المستأجرين يعرفون حقوقهم. للتواصل: [[PHONE:0161 496 0470]] أو [[EMAIL:a.alhusseini76@hotmail.co.uk]]. وتفضلوا بقبول فائق الاحترام، [[PERSON:عبد الرحمن الحسيني]] ([[PERSON:Abdulrahman Al-Husseini]])
"""),
    ),
    (
        "fv2e-ar-03",
        "ar",
        _s("""
[رسالة صوتية، فرّغها متطوع] ألو… مرحبا، معك [[PERSON:جميلة]]، [[PERSON:جميلة عثمان]]. أنا ساكنة بالبناية اللي ورا [[ADDRESS:مسجد الرحمة على Coventry Road]]، [[ADDRESS:شقة تسعة]]. عمري [[AGE:اثنين وستين سنة]] وعندي [[HEALTH:السكري]]. المشكلة الفيران، يا ريت تشوفوا المطبخ، صاروا يطلعوا من ورا الغسالة ويوكلوا الخبز. الشقة كانت جميلة لما سكنّاها، هلق صارت ما بتنطاق. اتصلت بالـ council أكتر من عشر مرات، وبعتوا شركة اسمها [[ORGANISATION:Verminex]]، حطوا سم ومشيوا. رقم البلاغ، لحظة… [[REFERENCE:بي سي، سبعة، أربعة، واحد، صفر، ثمانية]]. رقم تلفوني [[PHONE:صفر سبعة سبعة صفر صفر، تسعة صفر صفر، ثلاثة واحد خمسة]]، والإيميل تبعي [[EMAIL:جميلة دوت عثمان ستة اتنين آت جي ميل دوت كوم]]. بنتي [[PERSON:هبة]] بتساعدني بالإنجليزي إذا بدكم تكتبولي. وكمان الزبالة بالممر ما حدا بيشيلها، والريحة واصلة للدرج. جوزي الله يرحمه كان يسد الفتحات بإيده، هلق أنا لحالي. الله يخليكم ساعدونا قبل ما يعضوا حدا.
"""),
    ),
    (
        "fv2e-ar-04",
        "ar",
        _s("""
ملخّص حالة كتبته [[PERSON:ليلى منصور]]، عاملة دعم في جمعية خيرية لمساعدة اللاجئين، بموافقة العائلة. العائلة [[OTHER_SPECIAL:سورية]] وحصلت على [[OTHER_SPECIAL:حق اللجوء]] عام ٢٠٢٠، وتسكن في [[ADDRESS:شقة ٣، 18 Pelham Street]]، [[POSTCODE:S2 5HN]]. الأب [[PERSON:محمود الخطيب]]، رقم التأمين الوطني [[NI_NUMBER:ZH 41 77 02 D]]، والأم [[PERSON:رهف]] تعاني من [[HEALTH:اكتئاب]] منذ ولادة الطفل الثالث. الشقة غرفة نوم واحدة لخمسة أشخاص، والرطوبة في كل الجدران. البنت الكبرى [[PERSON:تالا]]، [[AGE:٨ سنوات]]، تلميذة في [[ADDRESS:Moorside Primary School]]، وأصيبت بالتهاب رئوي مرتين هذا الشتاء؛ رقمها في NHS هو [[OTHER_ID:934 871 2260]] وقد أرفقته بطلب الأولوية الطبية. طبيب العائلة في [[ADDRESS:Hartshead Medical Centre]] كتب رسالة دعم، وكذلك إمام [[ADDRESS:مسجد التقوى]] الذي تصلي فيه العائلة. قدّمنا شكوى إلى المالك، [[ORGANISATION:Sheaf Valley Homes]]، برقم [[REFERENCE:SVH-44017]]. النتيجة: نُقلت العائلة في أيلول إلى بيت من ثلاث غرف، وحصلت على تعويض عن الأغراض التالفة. [[PERSON:محمود]] يقول إنه نام لأول مرة منذ سنة.
"""),
    ),
    (
        "fv2e-ar-05",
        "ar",
        _s("""
اسمي [[PERSON:يوسف]] وعمري [[AGE:١٥ سنة]]، وأكتب هذه القصة عن أبي [[PERSON:خالد الزين]] لأن إنجليزيته ضعيفة. نسكن في [[ADDRESS:٢٣ Fairview Crescent]]. جيراننا في [[ADDRESS:رقم ٢٥]] عندهم كلب كبير يتركونه ينبح طول الليل، وابنهم يصف سيارته السوداء [[OTHER_ID:LD19 OKV]] أمام بابنا، وصوّرنا ونشر الفيديو على إنستغرام بحسابه [[OTHER_ID:@fairview_menace]] مع كلام عنصري. أنا و[[PERSON:ريم]] أختي الصغيرة ([[AGE:٧ سنوات]]) صرنا نخاف نطلع للمدرسة، وأنا في [[ADDRESS:Hollybrook Academy]]. أبي بلّغ الـ housing officer وفتحوا ملف سلوك معادٍ للمجتمع رقمه [[REFERENCE:ASB-2024-5519]]، لكن لم يحدث شيء حتى ذهبت أمي [[PERSON:مريم]] إلى المكتب وبكت أمامهم. بعدها ركّبوا كاميرا وأرسلوا للجيران warning letter، والكلب لم يعد ينبح في الليل. الوضع أحسن قليلاً، لكن [[PERSON:ريم]] ما زالت تنام في غرفة أمي. إذا أردتم التواصل: [[PHONE:07700 900836]]، هذا رقم أبي، وأنا أترجم.
"""),
    ),
    (
        "fv2e-ar-06",
        "ar",
        _s("""
ملاحظات الأسبوع — [[PERSON:نور حداد]]، مشرفة المبنى في [[ORGANISATION:Larchfield Housing]] (كتبتها للحملة بموافقة السكان). ١) النور في درج البلوك B مطفأ منذ أسبوعين، وأبلغت عنه ثلاث مرات (طلب رقم [[REFERENCE:LH-R-77302]]). ٢) الحاجة [[PERSON:أم علي]] في [[ADDRESS:شقة ١٤]] تعثرت في العتمة وكسرت معصمها. ٣) الفئران في غرفة النفايات؛ شركة المكافحة [[ORGANISATION:CleanSweep Pest Control]] تأتي كل أسبوعين ولا يتغير شيء. ٤) السيد [[PERSON:حسن]] في [[ADDRESS:شقة ٢٢]] يسأل عن تعويض تعطل المصعد: أدخلت بيانات حسابه، sort code [[OTHER_ID:20-71-48]]، والحساب المنتهي بـ [[OTHER_ID:3391]]. ٥) رائحة رطوبة قوية في الممر الأرضي، والسجاد مبلول. ٦) اتصلت السيدة [[PERSON:سلمى]] على رقم المكتب [[PHONE:020 7946 0584]] تشكو من تسرب الماء من السقف فوق سرير ابنها. السكان هنا ينادونني «[[PERSON:نونو]]»، وأكتب هذا لأنهم يستحقون أن يروا النور في آخر النفق، لا أن ينتظروا شهوراً لتبديل لمبة.
"""),
    ),
    (
        "fv2e-ur-01",
        "ur",
        _s("""
Assalam o alaikum bhai, mera naam [[PERSON:Rubina]] hai. Hum [[ADDRESS:Baitul Aman masjid]] ke peeche wale flats mein rehte hain, [[ADDRESS:flat 6]], top floor. Bedroom ki deewar pe kaali phaphoond phir se aa gayi hai, paint ke neeche se nikal aati hai. Meri beti [[PERSON:khushi]] sirf [[AGE:5 saal]] ki hai, usay [[HEALTH:asthma]] hai aur raat ko inhaler ke baghair so nahi sakti. Sach bataun to is ghar mein ab koi khushi nahi rahi. Mere husband [[PERSON:Imran]] ne [[ORGANISATION:Westmere Homes]] ko 8 dafa call ki, complaint no. [[REFERENCE:WMH-20557]]. Ek banda aaya, spray kiya, bola "ventilation karo, window kholo". Bhai December mein window kholein? Bachi ko thand lag jaye gi. GP [[ADDRESS:Alder Road Surgery]] ne letter bhi likh diya ke ghar ki wajah se bachi beemar hai. Ab humne Ombudsman ko likha hai, dekhte hain. Please koi help karo, mera number [[PHONE:07700 900127]] hai, WhatsApp bhi isi pe. Postcode [[POSTCODE:b81ap]]. Jazakallah, [[PERSON:Rubina]] ([[PERSON:Khushi]] ki ammi)
"""),
    ),
    (
        "fv2e-ur-02",
        "ur",
        _s("""
بخدمت جناب Make Things Right ٹیم، السلام علیکم۔ گزارش ہے کہ میں، [[PERSON:محمد اشفاق چوہدری]]، تاریخ پیدائش [[DATE_OF_BIRTH:۲۲ جنوری ۱۹۵۹]]، [[ADDRESS:33 Birchfield Avenue]]، [[POSTCODE:BD3 0HS]] کا رہائشی ہوں اور [[ORGANISATION:Airedale Community Housing]] کا کرایہ دار ہوں۔ میرا ٹیننسی نمبر [[REFERENCE:ACH-204-7781]] ہے۔ گزشتہ دو برس سے چھت ٹپک رہی تھی اور بارش میں پانی سیدھا باورچی خانے میں گرتا تھا، یہاں تک کہ بجلی کے ساکٹ بھی گیلے ہو گئے۔ میں نے بارہا شکایت کی مگر ہر بار کہا گیا کہ ٹھیکیدار آئے گا۔ آخرکار میرے بیٹے [[PERSON:عدنان]] نے ہاؤسنگ اومبڈسمین کو درخواست دی۔ اس کے بعد ادارے نے اپنی غلطی تسلیم کی، نئی چھت ڈالی گئی اور مجھے سات سو پاؤنڈ ہرجانہ ملا۔ ادائیگی کے لیے انہوں نے میرا نیشنل انشورنس نمبر [[NI_NUMBER:NY 20 58 14 A]] مانگا جو میں نے دے دیا۔ میں مسٹر [[PERSON:ڈیوڈ ہیرس]] کا بھی شکر گزار ہوں جو سروے کرنے آئے اور بہت تمیز سے پیش آئے۔ میری درخواست ہے کہ دوسرے بزرگ کرایہ داروں کو بھی بتایا جائے کہ شکایت کرنا ان کا حق ہے۔ والسلام، [[PERSON:محمد اشفاق چوہدری]]، فون [[PHONE:01632 960112]]، ای میل [[EMAIL:ashfaq.chaudhry59@gmail.com]]
"""),
    ),
    (
        "fv2e-ur-03",
        "ur",
        _s("""
[وائس نوٹ، رضاکار نے لکھا] ہیلو؟ جی السلام علیکم، میں [[PERSON:نسرین اختر]] بول رہی ہوں، [[ADDRESS:Jubilee Court]] کے [[ADDRESS:فلیٹ نمبر گیارہ]] سے۔ بیٹا، ہمارا ہیٹنگ تین ہفتے سے بند ہے۔ میری عمر [[AGE:اڑسٹھ سال]] ہے اور میرے شوہر [[PERSON:شوکت]] صاحب کو [[HEALTH:دل کی بیماری]] ہے، ڈاکٹر نے کہا ہے کہ انہیں گرم رکھنا ہے۔ ہم رات کو کمبل اوڑھ کر بیٹھے رہتے ہیں۔ مرمت والے آئے، بولے پرزہ منگوایا ہے، پھر کوئی نہیں آیا۔ ریفرنس نمبر لکھ لیں، [[REFERENCE:جے سی، چار، سات، ایک، ایک، نو]]۔ میرا فون نمبر ہے [[PHONE:زیرو سات سات زیرو زیرو، نو زیرو زیرو، چھ چار ایک]]۔ اور ای میل میری بہو نے بنائی تھی، [[EMAIL:نسرین ڈاٹ اختر ساٹھ ایٹ جی میل ڈاٹ کام]]۔ ہاں، اور پوسٹ کوڈ [[POSTCODE:ایل ایس سات، تین پی ڈبلیو]]۔ [[PERSON:شوکت]] صاحب کہہ رہے ہیں کہ یہ بھی بتاؤ کہ ہم نے کونسل کو دو خط لکھے ہیں۔ اللہ آپ کا بھلا کرے، کوئی جلدی فون کر دے۔
"""),
    ),
    (
        "fv2e-ur-04",
        "ur",
        _s("""
کیس نوٹس (خاندان کی اجازت سے) — لکھنے والی: [[PERSON:فرزانہ ملک]]، ٹیننسی سپورٹ ورکر۔ کلائنٹ: [[PERSON:زاہدہ پروین]]، عمر [[AGE:اکیاسی برس]]، بیوہ۔ پتہ: [[ADDRESS:12 Hollins Row]]، [[POSTCODE:OL9 6TE]]۔ NHS نمبر: [[OTHER_ID:703 518 2296]]۔ GP: [[ADDRESS:Werneth Vale Surgery]]۔ گزشتہ سال [[HEALTH:فالج]] کے بعد سے بائیں طرف کمزوری ہے اور سیڑھیاں نہیں چڑھ سکتیں۔ مالک مکان [[ORGANISATION:Pennine Edge Homes]] نے جنوری میں stairlift اور grab rails کا وعدہ کیا۔ اپریل تک کچھ نہیں ہوا؛ [[PERSON:زاہدہ]] صاحبہ نیچے صوفے پر سوتی رہیں اور بہو [[PERSON:صائمہ]] روز نہلانے آتی رہی۔ [[PERSON:صائمہ]] کی گاڑی [[OTHER_ID:FH21 PXA]] کے لیے disabled bay کی درخواست بھی لٹکی رہی۔ ہم نے شکایت نمبر [[REFERENCE:PEH-ADP-0923]] کے تحت کیس stage 2 تک بڑھایا اور Housing Ombudsman کا حوالہ دیا۔ جون میں stairlift لگ گئی اور bay بھی بن گیا۔ [[PERSON:زاہدہ]] صاحبہ کہتی ہیں کہ اب وہ جمعہ کو دوبارہ [[ADDRESS:جامع مسجد غوثیہ]] جا سکتی ہیں جہاں ان کی سہیلیاں ملتی ہیں۔ کیس بند۔
"""),
    ),
    (
        "fv2e-ur-05",
        "ur",
        _s("""
میرا نام [[PERSON:علی رضا]] ہے، میں [[AGE:سولہ سال]] کا ہوں اور امی کی طرف سے لکھ رہا ہوں۔ ہم سات لوگ [[ADDRESS:ہل کریسٹ اسٹیٹ]] کے [[ADDRESS:فلیٹ نمبر ۹]] میں رہتے ہیں جس میں صرف دو کمرے ہیں۔ میں اور میرے بھائی [[PERSON:بلال]] ([[AGE:۱۳]]) اور [[PERSON:حمزہ]] ([[AGE:۸]]) ایک کمرے میں سوتے ہیں، امی ابو اور چھوٹی بہن [[PERSON:مسکان]] دوسرے کمرے میں، اور دادی لاؤنج میں۔ میرے GCSE ہیں اور میں [[ADDRESS:Parkside Community School]] کی لائبریری میں شام تک پڑھتا ہوں کیونکہ گھر میں جگہ نہیں۔ ہم 2018 سے housing register پر ہیں، نمبر [[REFERENCE:HRG/118/5530]]۔ کونسل کہتی ہے بڑے گھر نہیں ہیں۔ امی کے چہرے پر اب کبھی مسکان نہیں آتی۔ پچھلے مہینے ایک councillor ہمارے گھر آئے اور انہوں نے کیس آگے بڑھایا، اب ہمیں band A مل گیا ہے اور چار کمروں والے گھر کی بات چل رہی ہے۔ امی کا نمبر [[PHONE:07700 900955]] ہے لیکن وہ انگریزی نہیں بولتیں، اس لیے مجھے ای میل کریں: [[EMAIL:alireza.hc09@outlook.com]]۔
"""),
    ),
    (
        "fv2e-ur-06",
        "ur",
        _s("""
Problems کی list — [[ADDRESS:Flat 2B, Marigold Court]]، [[POSTCODE:LU4 8SG]]۔ لکھنے والا: [[PERSON:نوید قریشی]]۔ ۱۔ اوپر والے فلیٹ سے bathroom ceiling میں leak، تین مہینے سے۔ [[ORGANISATION:Chiltern Gate Housing]] کا plumber دو بار آیا، job no. [[REFERENCE:CGH-J-66015]]۔ ۲۔ Kitchen میں cockroaches، pest control والے کہتے ہیں پوری building کا treatment ہوگا۔ ۳۔ Communal door کا lock ٹوٹا ہوا ہے، رات کو باہر کے لوگ سیڑھیوں میں سوتے ہیں۔ ۴۔ پڑوسی [[PERSON:Tariq]] bhai کی گاڑی [[OTHER_ID:KP17 VNM]] کا شیشہ بھی توڑ دیا گیا۔ ۵۔ Compensation کے لیے housing officer Mrs [[PERSON:Patel]] نے bank details مانگیں: sort code [[OTHER_ID:09-01-28]]، account [[OTHER_ID:61730045]]۔ ابھی تک پیسے نہیں آئے۔ ۶۔ تمام photos میرے Facebook پر ہیں: [[OTHER_ID:facebook.com/naveed.qureshi.lu4]]۔ Update: 10 مارچ کو leak ٹھیک ہو گیا، ceiling نئی لگ گئی۔ باقی سب ابھی pending ہے۔
"""),
    ),
    (
        "fv2e-bn-01",
        "bn",
        _s("""
salam apa, ami [[PERSON:shirin]]. amra thaki [[ADDRESS:Shah Jalal Stores]] er pichoner building e, [[ADDRESS:flat 5]], [[ORGANISATION:Tower Quay Homes]] er flat. bathroom ar bedroom er deyale kalo kalo dag, mould, ar janala diye pani dhuke. amar meye [[PERSON:asha]] [[AGE:7 bochor]], or school [[ADDRESS:Cubitt Lane Primary]] theke teacher bolse o class e khub kashi dey. doctor bolse ghorer damp er jonno. sotti bolte amar r kono asha nai je ora thik korbe. amar husband [[PERSON:rafiq]] 10 bar phone korse, complaint number [[REFERENCE:TQH-70331]], ekbar ek bhai ashe spray kore gelo, bolse window khola rakhben. winter e janala khola rakhbo?? choto baby ta thanda lagbe. ekhon ombudsman e likhsi, dekhi ki hoy. [[PERSON:asha]] r abbu o onek try korse. amar number [[PHONE:07700 900706]], postcode [[POSTCODE:e140rt]]. please keu help korte parle janaben. dhonnobad
"""),
    ),
    (
        "fv2e-bn-02",
        "bn",
        _s("""
বরাবর, Make Things Right ক্যাম্পেইন টিম। বিষয়: আমার অভিযোগের সমাধান প্রসঙ্গে। জনাব, আমি [[PERSON:মোহাম্মদ আব্দুল হান্নান]], জন্ম তারিখ [[DATE_OF_BIRTH:০৩/০৯/১৯৬৮]], ঠিকানা [[ADDRESS:২১ ক্যানন স্ট্রিট]], [[POSTCODE:E1 2QX]]। আমি [[ORGANISATION:ইস্টগেট হাউজিং অ্যাসোসিয়েশন]]-এর ভাড়াটিয়া, টেনেন্সি নম্বর [[REFERENCE:EHA-009381]]। ২০২২ সালের শীত থেকে আমাদের বসার ঘরের ছাদ দিয়ে পানি পড়ত। আমার স্ত্রী [[PERSON:শান্তি বেগম]]-এর [[HEALTH:বাত]] আছে, স্যাঁতসেঁতে ঘরে তাঁর কষ্ট অনেক বেড়ে যায়। ঘরে একদিনও শান্তি ছিল না। বহুবার অভিযোগ করেও কাজ না হওয়ায় আমার ছেলে [[PERSON:রহিম]] হাউজিং ওমবাডসম্যানের কাছে আবেদন করে। ওমবাডসম্যান সিদ্ধান্ত দেন যে বাড়িওয়ালা দায়িত্ব পালনে ব্যর্থ হয়েছে। এ বছর এপ্রিল মাসে ছাদ সম্পূর্ণ মেরামত করা হয় এবং আমরা ৭৫০ পাউন্ড ক্ষতিপূরণ পাই। ক্ষতিপূরণের জন্য তারা আমার ন্যাশনাল ইন্স্যুরেন্স নম্বর [[NI_NUMBER:TH 60 21 47 B]] চেয়েছিল। আমি বিশেষ করে সার্ভেয়ার [[PERSON:জেমস]] সাহেবকে ধন্যবাদ জানাই। অন্য বয়স্ক ভাড়াটিয়ারা যেন জানেন যে অভিযোগ করার অধিকার তাঁদের আছে। বিনীত, [[PERSON:মোহাম্মদ আব্দুল হান্নান]], ফোন: [[PHONE:০২০ ৭৯৪৬ ০৭২১]]
"""),
    ),
    (
        "fv2e-bn-03",
        "bn",
        _s("""
[ভয়েস নোট থেকে লেখা, একজন স্বেচ্ছাসেবক লিখেছেন] হ্যালো, আসসালামু আলাইকুম, আমি [[PERSON:রূপা খাতুন]] বলছি, [[ADDRESS:বারো নম্বর Lisbon Walk]] থেকে। দুই সপ্তাহ ধরে বাসায় হিটিং নাই, গরম পানিও নাই। আমার শাশুড়ির বয়স [[AGE:বাহাত্তর বছর]], উনার [[HEALTH:হাঁপানি]], ঠান্ডায় খুব কষ্ট পাচ্ছেন। বাচ্চারা স্কুলে যাওয়ার আগে কেটলিতে পানি গরম করে গোসল করে। রিপেয়ারের লোক আসলো, বললো বয়লার পুরানা, পার্ট অর্ডার দিসে, তারপর আর কোনো খবর নাই। জব নাম্বারটা বলি, [[REFERENCE:এইচ আর, ফোর, ওয়ান, নাইন, সেভেন, থ্রি]]। আমার ফোন নাম্বার [[PHONE:জিরো সেভেন সেভেন ডাবল জিরো, নাইন ডাবল জিরো, সেভেন ফাইভ টু]]। ইমেইল আমার মেয়ে খুলে দিসে, [[EMAIL:রূপা ডট খাতুন এইটি ফোর অ্যাট জিমেইল ডট কম]]। আমার মেয়ের নাম [[PERSON:তানিয়া]], ও ইংরেজিতে কথা বলতে পারবে, স্কুল থেকে চারটার পরে আসে। আল্লাহর ওয়াস্তে একটু দেখেন, শীতটা আর সহ্য হয় না।
"""),
    ),
    (
        "fv2e-bn-04",
        "bn",
        _s("""
কেস সারাংশ — লিখেছেন [[PERSON:তানভীর আহমেদ]], অ্যাডভোকেসি কর্মী (পরিবারের অনুমতি নিয়ে)। ক্লায়েন্ট: [[PERSON:মুক্তি রানী দাস]], জন্ম [[DATE_OF_BIRTH:১৯৪৯ সালের ১২ই মার্চ]], থাকেন [[ADDRESS:ফ্ল্যাট ৭, Sycamore House]], [[POSTCODE:N17 9PB]]। তিনি [[OTHER_SPECIAL:হিন্দু]] ধর্মাবলম্বী, প্রতি সপ্তাহে [[ADDRESS:শ্রী রাধাগোবিন্দ মন্দির]]-এ যান। [[HEALTH:ডিমেনশিয়া]]-র প্রাথমিক পর্যায়। NHS নম্বর [[OTHER_ID:412 390 6657]]; জিপি: [[ADDRESS:Bruce Park Surgery]]। সমস্যা: রান্নাঘরের সিঙ্কের নিচে লিক, মেঝের কাঠ পচে গেছে, তিনি দুবার পিছলে পড়েছেন। তিনি একা থাকেন, ইংরেজি বলতে পারেন না, তাই ফোনে রিপেয়ার বুক করতে পারতেন না। বাড়িওয়ালা [[ORGANISATION:Haringmoor Homes]] ছয় মাসে চারবার লোক পাঠিয়েছে কিন্তু কাজ শেষ করেনি (রিপেয়ার রেফারেন্স [[REFERENCE:HH-RJ-51882]])। [[PERSON:মুক্তি]] দি আমাকে বলেছিলেন, "এই কষ্ট থেকে কবে মুক্তি পাব?" আমরা stage 1 অভিযোগ করি, তারপর হাউজিং ওমবাডসম্যানকে জানাই। অক্টোবরে মেঝে ও পাইপ পুরো বদলানো হয়েছে, বাড়িওয়ালা ক্ষমা চেয়ে চিঠি দিয়েছে। তাঁর ভাইপো [[PERSON:সুব্রত]] ([[PHONE:07700 900318]]) এখন প্রতি সপ্তাহে দেখে যান।
"""),
    ),
    (
        "fv2e-bn-05",
        "bn",
        _s("""
আমার নাম [[PERSON:সাদিয়া]], বয়স [[AGE:১২]]। আম্মুর হয়ে লিখছি, আম্মুর নাম [[PERSON:পারভীন আক্তার]]। আমরা থাকি [[ADDRESS:Rowan Estate]]-এর [[ADDRESS:ব্লক এফ]]-এ। উপরের তলার একটা ছেলে রাতে বারান্দা থেকে সিগারেট আর ময়লা ফেলে, আম্মুকে গালি দেয়, আর আম্মু রাতে কাজ থেকে ফিরলে আমাদের দরজায় লাথি দেয়। ওর একটা TikTok আছে, [[OTHER_ID:@kaz_the_don99]], ওখানে আমাদের দরজার ভিডিও দিয়েছে। ওর বন্ধুরা একটা লাল গাড়ি, নম্বর [[OTHER_ID:EY20 LKP]], সিঁড়ির সামনে রেখে দেয় যাতে আমরা বের হতে না পারি। আমার ছোট ভাই [[PERSON:আয়ান]] [[AGE:পাঁচ বছরের]], ও ভয়ে রাতে কাঁদে। আমি [[ADDRESS:Ashfield Girls' Academy]]-তে পড়ি, পরীক্ষার আগে ঘুমাতে পারি না। আম্মু পুলিশকে আর হাউজিং অফিসে বলেছে, ASB কেস নম্বর [[REFERENCE:ASB/0917/TQ]]। অফিসের [[PERSON:জয়]] নামের একজন অফিসার খুব ভালো, উনি বলেছেন ক্যামেরা লাগাবে আর ছেলেটার পরিবারকে সতর্ক করবে। আম্মু বলে, শেষে আমাদেরই জয় হবে। আম্মুর ফোন [[PHONE:07700 900642]]।
"""),
    ),
    (
        "fv2e-bn-06",
        "bn",
        _s("""
সমস্যার তালিকা (জমা দিলাম ১৪ই ফেব্রুয়ারি) — [[PERSON:জোছনা বিবি]], [[ADDRESS:ফ্ল্যাট ৫সি]], [[ADDRESS:Cotton House]], [[POSTCODE:E2 7LW]]। বাড়িওয়ালা: [[ORGANISATION:Globe Hill Housing]]। ১. বেডরুমে ছারপোকা, তিনবার স্প্রে করেছে, যায়নি। ২. রান্নাঘরে ইঁদুর, রাতে শব্দ শুনি। ৩. লিফট নষ্ট, পাঁচতলায় বাজার নিয়ে উঠি। ৪. সিঁড়ির আলো নেই, জোছনা রাতে জানালা দিয়ে যেটুকু আলো আসে সেটুকুই। ৫. কন্ট্রাক্টর [[ORGANISATION:Brightline Maintenance]]-এর ভ্যান [[OTHER_ID:YK66 BPX]] প্রতিদিন পার্কিং জুড়ে থাকে কিন্তু কাজ হয় না। ৬. ক্ষতিপূরণের ২০০ পাউন্ড এখনো আসেনি; আমি ব্যাংক ডিটেইলস দিয়েছি: সর্ট কোড [[OTHER_ID:23-05-80]], অ্যাকাউন্ট নম্বর [[OTHER_ID:40917736]]। অভিযোগ নম্বর [[REFERENCE:GHA-3306]]। ৭. বাথরুমের জানালা বন্ধ হয় না, শীতে খুব ঠান্ডা বাতাস আসে, আর গত বছরের অভিযোগেরও কোনো উত্তর পাইনি। ৮. হাউজিং অফিসার [[PERSON:মার্ক]] বলেছেন মার্চের মধ্যে সব ঠিক হবে। দেখা যাক। আমার নাতি [[PERSON:সাকিব]] এই তালিকা টাইপ করে দিয়েছে, ওর ইমেইল [[EMAIL:sakib.hossain.e2@gmail.com]]।
"""),
    ),
    (
        "fv2e-pa-01",
        "pa",
        _s("""
ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ ਮੈਂ [[PERSON:ਜਸਵੀਰ]] ਆਂ ਅਸੀਂ [[ADDRESS:ਗੁਰਦੁਆਰਾ ਨਾਨਕਸਰ ਦਰਬਾਰ]] ਦੇ ਪਿੱਛੇ ਵਾਲੇ ਘਰਾਂ ਚ ਰਹਿੰਦੇ ਆਂ [[ADDRESS:ਨੰਬਰ 48]] ਬੈੱਡਰੂਮ ਦੀਆਂ ਕੰਧਾਂ ਤੇ ਕਾਲੀ ਉੱਲੀ ਲੱਗੀ ਪਈ ਆ mould mould ਕਹਿ ਕਹਿ ਕੇ ਥੱਕ ਗਏ ਸਾਡੀ ਧੀ [[PERSON:ਖੁਸ਼ੀ]] [[AGE:6 ਸਾਲ]] ਦੀ ਆ ਉਹਨੂੰ ਸਾਹ ਦੀ ਤਕਲੀਫ਼ ਆ ਡਾਕਟਰ ਕਹਿੰਦਾ [[HEALTH:ਦਮਾ]] ਵਧ ਗਿਆ ਘਰ ਚ ਕੋਈ ਖੁਸ਼ੀ ਨੀ ਰਹੀ ਜੀ [[ORGANISATION:Sandford Vale Homes]] ਵਾਲਿਆਂ ਨੂੰ 9 ਵਾਰ ਫੋਨ ਕੀਤਾ complaint ਨੰਬਰ [[REFERENCE:SVH-13980]] ਇੱਕ ਬੰਦਾ ਆਇਆ ਪੇਂਟ ਕਰ ਗਿਆ ਦੋ ਹਫ਼ਤਿਆਂ ਚ ਫੇਰ ਕਾਲਾ ਮੇਰੇ ਘਰਵਾਲੇ [[PERSON:ਗੁਰਨਾਮ]] ਨੇ ombudsman ਨੂੰ ਲਿਖਿਆ ਹੁਣ ਕਹਿੰਦੇ dehumidifier ਦੇਵਾਂਗੇ ਤੇ extractor fan ਲਾਵਾਂਗੇ ਦੇਖੋ ਕਦੋਂ ਆਉਂਦੇ ਆ [[PERSON:ਖੁਸ਼ੀ]] ਹੁਣ ਸਾਡੇ ਨਾਲ ਲਿਵਿੰਗ ਰੂਮ ਚ ਸੌਂਦੀ ਆ ਮੇਰਾ ਨੰਬਰ [[PHONE:07700 900534]] postcode [[POSTCODE:b219nh]] ਕਿਰਪਾ ਕਰਕੇ ਮਦਦ ਕਰੋ ਜੀ
"""),
    ),
    (
        "fv2e-pa-02",
        "pa",
        _s("""
ਸਤਿਕਾਰਯੋਗ Make Things Right ਟੀਮ ਜੀ, ਮੈਂ [[PERSON:ਗੁਰਮੀਤ ਕੌਰ ਸੰਧੂ]], ਜਨਮ ਮਿਤੀ [[DATE_OF_BIRTH:9 ਅਗਸਤ 1955]], ਪਤਾ [[ADDRESS:5 Orchard Gardens]], [[POSTCODE:TW4 7BN]], ਆਪ ਜੀ ਨੂੰ ਆਪਣੀ ਸ਼ਿਕਾਇਤ ਬਾਰੇ ਲਿਖ ਰਹੀ ਹਾਂ। ਮੈਂ [[ORGANISATION:Westbridge Housing Trust]] ਦੀ ਕਿਰਾਏਦਾਰ ਹਾਂ, ਟੈਨੈਂਸੀ ਨੰਬਰ [[REFERENCE:WHT/55/20914]]। ਪਿਛਲੇ ਸਾਲ ਉੱਪਰਲੇ ਫਲੈਟ ਤੋਂ ਪਾਣੀ ਰਸੋਈ ਦੀ ਛੱਤ ਵਿੱਚੋਂ ਚੋਂਦਾ ਰਿਹਾ ਅਤੇ ਬਿਜਲੀ ਦੀਆਂ ਤਾਰਾਂ ਗਿੱਲੀਆਂ ਹੋ ਗਈਆਂ। ਮੈਨੂੰ [[HEALTH:ਗਠੀਆ]] ਹੈ, ਬਾਲਟੀਆਂ ਚੁੱਕਣੀਆਂ ਬਹੁਤ ਔਖੀਆਂ ਸਨ। ਮੇਰੇ ਪੁੱਤਰ [[PERSON:ਹਰਪ੍ਰੀਤ]] ([[PERSON:Harpreet]]) ਨੇ ਹਾਊਸਿੰਗ ਓਮਬਡਸਮੈਨ ਕੋਲ ਕੇਸ ਪਾਇਆ, ਕੇਸ ਨੰਬਰ [[REFERENCE:202411207]]। ਫ਼ੈਸਲੇ ਤੋਂ ਬਾਅਦ ਪਾਈਪ ਬਦਲੀ ਗਈ, ਛੱਤ ਨਵੀਂ ਪਾਈ ਗਈ ਅਤੇ 650 ਪੌਂਡ ਮੁਆਵਜ਼ਾ ਮਿਲਿਆ। ਅਸੀਂ [[OTHER_SPECIAL:ਸਿੱਖ]] ਪਰਿਵਾਰ ਹਾਂ ਅਤੇ ਜਦੋਂ ਘਰ ਰਹਿਣ ਜੋਗਾ ਨਹੀਂ ਸੀ, [[ADDRESS:ਗੁਰਦੁਆਰਾ ਦਸਮੇਸ਼ ਦਰਬਾਰ]] ਦੀ ਸੰਗਤ ਨੇ ਸਾਨੂੰ ਲੰਗਰ ਅਤੇ ਹੀਟਰ ਦਿੱਤੇ। ਮੈਂ ਸਰਵੇਅਰ ਬੀਬੀ [[PERSON:ਕਲੇਅਰ]] ਦਾ ਵੀ ਧੰਨਵਾਦ ਕਰਦੀ ਹਾਂ ਜਿਸ ਨੇ ਸਾਡੀ ਗੱਲ ਸੁਣੀ। ਹੋਰ ਬਜ਼ੁਰਗ ਵੀ ਹਿੰਮਤ ਕਰਕੇ ਸ਼ਿਕਾਇਤ ਕਰਨ। ਧੰਨਵਾਦ ਸਹਿਤ, [[PERSON:ਗੁਰਮੀਤ ਕੌਰ ਸੰਧੂ]], ਫ਼ੋਨ [[PHONE:020 7946 0263]]
"""),
    ),
    (
        "fv2e-pa-03",
        "pa",
        _s("""
[ਵੌਇਸ ਨੋਟ, ਵਲੰਟੀਅਰ ਵੱਲੋਂ ਲਿਖਿਆ] ਹੈਲੋ ਜੀ, ਮੈਂ [[PERSON:ਸੁਖਦੇਵ ਸਿੰਘ ਸਿੱਧੂ]] ਬੋਲ ਰਿਹਾ, ਸਾਰੇ ਮੈਨੂੰ [[PERSON:ਸੁੱਖੀ]] ਕਹਿੰਦੇ ਨੇ, [[ADDRESS:ਇੱਕੀ ਨੰਬਰ Larch Road]] ਤੋਂ। ਜੀ ਸਾਡਾ boiler ਦਸੰਬਰ ਤੋਂ ਬੰਦ ਆ, ਮੇਰੀ ਉਮਰ [[AGE:ਸੱਤਰ ਸਾਲ]] ਆ ਤੇ ਘਰਵਾਲੀ ਨੂੰ [[HEALTH:ਸ਼ੂਗਰ]] ਆ। ਇਲੈਕਟ੍ਰਿਕ ਹੀਟਰ ਚਲਾ ਚਲਾ ਕੇ ਬਿਜਲੀ ਦਾ ਬਿੱਲ ਤਿੰਨ ਸੌ ਪੌਂਡ ਆ ਗਿਆ। [[ORGANISATION:Trentside Homes]] ਵਾਲੇ ਆਉਂਦੇ ਆ, ਦੇਖ ਕੇ ਚਲੇ ਜਾਂਦੇ ਆ। ਜੌਬ ਨੰਬਰ ਲਿਖ ਲਓ ਜੀ, [[REFERENCE:ਟੀ ਐਚ, ਅੱਠ, ਦੋ, ਛੇ, ਇੱਕ, ਪੰਜ]]। ਮੇਰਾ ਫ਼ੋਨ [[PHONE:ਜ਼ੀਰੋ ਸੱਤ ਸੱਤ ਡਬਲ ਜ਼ੀਰੋ, ਨੌਂ ਡਬਲ ਜ਼ੀਰੋ, ਤਿੰਨ ਅੱਠ ਪੰਜ]], ਤੇ ਈਮੇਲ ਮੇਰੇ ਪੋਤੇ ਨੇ ਬਣਾਈ ਸੀ, [[EMAIL:ਸੁੱਖੀ ਸਿੱਧੂ ਪੰਜਾਹ ਪੰਜ ਐਟ ਜੀਮੇਲ ਡਾਟ ਕਾਮ]]। ਪੋਤੇ ਦਾ ਨਾਂ [[PERSON:ਅਰਜਨ]] ਆ, ਉਹ English ਚ ਗੱਲ ਕਰ ਲਊ, ਸ਼ਾਮ ਨੂੰ ਕੰਮ ਤੋਂ ਆਉਂਦਾ। ਬੱਸ ਜੀ ਕੋਈ ਛੇਤੀ ਆ ਕੇ ਬੋਇਲਰ ਠੀਕ ਕਰ ਦੇਵੇ। ਵਾਹਿਗੁਰੂ ਭਲਾ ਕਰੇ।
"""),
    ),
    (
        "fv2e-pa-04",
        "pa",
        _s("""
ਕੇਸ ਨੋਟ (ਪਰਿਵਾਰ ਦੀ ਸਹਿਮਤੀ ਨਾਲ) — ਲਿਖਤ: [[PERSON:ਮਨਦੀਪ ਗਿੱਲ]], ਸਪੋਰਟ ਵਰਕਰ। ਕਲਾਇੰਟ: [[PERSON:ਬਲਵੰਤ ਸਿੰਘ]], ਜਨਮ [[DATE_OF_BIRTH:01-04-1944]], [[ADDRESS:ਫਲੈਟ 3, Kingsway Court]], [[POSTCODE:LE5 2RJ]]। ਨੈਸ਼ਨਲ ਇੰਸ਼ੋਰੈਂਸ: [[NI_NUMBER:WL 19 44 08 C]]। NHS ਨੰਬਰ: [[OTHER_ID:590 114 3867]]। ਜੀਪੀ: [[ADDRESS:Victoria Park Medical Centre]]। ਬਿਮਾਰੀ: [[HEALTH:ਪਾਰਕਿੰਸਨ]], ਤੁਰਨ ਵਿੱਚ ਔਖ। ਸਮੱਸਿਆ: ਬਾਥਰੂਮ ਵਿੱਚ ਉੱਚਾ ਬਾਥ, [[PERSON:ਬਲਵੰਤ]] ਜੀ ਤਿੰਨ ਵਾਰ ਡਿੱਗੇ। OT ਨੇ ਜਨਵਰੀ ਵਿੱਚ walk-in shower ਦੀ ਸਿਫ਼ਾਰਸ਼ ਕੀਤੀ। ਮਕਾਨ ਮਾਲਕ [[ORGANISATION:Soar Valley Housing]] ਨੇ ਚਾਰ ਮਹੀਨੇ ਜਵਾਬ ਨਹੀਂ ਦਿੱਤਾ। ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:SVH/ADP/7713]]। ਉਨ੍ਹਾਂ ਦੇ ਪੁੱਤਰ [[PERSON:ਕੁਲਦੀਪ]] ਦੀ ਕਾਰ [[OTHER_ID:BK18 SNG]] ਲਈ ਬਲੂ ਬੈਜ ਬੇ ਵੀ ਮੰਗਿਆ। Housing Ombudsman ਦਾ ਜ਼ਿਕਰ ਕਰਨ ਤੋਂ ਬਾਅਦ ਦੋ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਸਰਵੇ ਹੋ ਗਿਆ। ਜੂਨ ਵਿੱਚ ਸ਼ਾਵਰ ਲੱਗ ਗਿਆ, ਬੇ ਅਜੇ ਬਾਕੀ ਹੈ। [[PERSON:ਬਲਵੰਤ]] ਜੀ ਨੇ ਕਿਹਾ: "ਹੁਣ ਮੈਂ ਆਪ ਨਹਾ ਸਕਦਾ ਹਾਂ, ਕਿਸੇ ਦੀ ਲੋੜ ਨਹੀਂ।"
"""),
    ),
    (
        "fv2e-pa-05",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਂ [[PERSON:ਨਵਪ੍ਰੀਤ]] ਹੈ, ਘਰ ਵਿੱਚ ਸਾਰੇ [[PERSON:ਨਵੀ]] ਕਹਿੰਦੇ ਨੇ। ਮੈਂ [[AGE:ਤੇਰ੍ਹਾਂ ਸਾਲ]] ਦੀ ਹਾਂ ਅਤੇ ਬੇਬੇ ਜੀ ਲਈ ਲਿਖ ਰਹੀ ਹਾਂ ਕਿਉਂਕਿ ਉਹ ਅੰਗਰੇਜ਼ੀ ਨਹੀਂ ਪੜ੍ਹ ਸਕਦੇ। ਬੇਬੇ ਜੀ ਦਾ ਨਾਂ [[PERSON:ਜੋਤ ਕੌਰ]] ਹੈ ਅਤੇ ਉਹ [[ADDRESS:Meadow Lane ਵਾਲੀ Spar]] ਦੇ ਉੱਪਰ ਵਾਲੇ ਫਲੈਟ ਵਿੱਚ ਇਕੱਲੇ ਰਹਿੰਦੇ ਹਨ। ਨਾਲ ਵਾਲੇ ਫਲੈਟ ਦੇ ਮੁੰਡੇ ਰਾਤ ਨੂੰ ਪੌੜੀਆਂ ਵਿੱਚ ਬੈਠ ਕੇ ਨਸ਼ਾ ਕਰਦੇ ਹਨ, ਉੱਚੀ ਗਾਲ੍ਹਾਂ ਕੱਢਦੇ ਹਨ ਅਤੇ ਬੇਬੇ ਜੀ ਦੀ ਚੁੰਨੀ ਖਿੱਚ ਕੇ ਹੱਸਦੇ ਹਨ। ਉਨ੍ਹਾਂ ਵਿੱਚੋਂ ਇੱਕ ਦਾ Instagram [[OTHER_ID:@meadowlane_mandeep]] ਹੈ, ਉੱਥੇ ਬੇਬੇ ਜੀ ਦੀ ਵੀਡੀਓ ਪਾਈ। ਉਨ੍ਹਾਂ ਦੀ ਚਿੱਟੀ ਕਾਰ [[OTHER_ID:FY69 XOD]] ਹਮੇਸ਼ਾ ਦਰਵਾਜ਼ੇ ਅੱਗੇ ਖੜ੍ਹੀ ਹੁੰਦੀ ਹੈ। ASB ਕੇਸ ਨੰਬਰ [[REFERENCE:ASB-5581-ML]] ਹੈ। ਮੈਂ ਸਕੂਲ ਤੋਂ ਬਾਅਦ ([[ADDRESS:Highfields Academy]]) ਸਿੱਧੀ ਬੇਬੇ ਜੀ ਕੋਲ ਜਾਂਦੀ ਹਾਂ। ਸ਼ਾਮ ਨੂੰ ਉਹ ਜੋਤ ਜਗਾ ਕੇ ਪਾਠ ਕਰਦੇ ਹਨ ਅਤੇ ਡਰਦੇ ਹਨ ਕਿ ਕੋਈ ਦਰਵਾਜ਼ਾ ਨਾ ਖੜਕਾਏ। ਹਾਊਸਿੰਗ ਅਫ਼ਸਰ [[PERSON:Sam]] ਨੇ ਕਿਹਾ ਹੈ ਕਿ ਸੀਸੀਟੀਵੀ ਲੱਗੇਗਾ। ਮੇਰੇ ਡੈਡੀ ਦਾ ਨੰਬਰ [[PHONE:07700 900461]] ਹੈ।
"""),
    ),
    (
        "fv2e-pa-06",
        "pa",
        _s("""
ਮਸਲਿਆਂ ਦੀ ਸੂਚੀ — [[ADDRESS:ਫਲੈਟ 11]], [[ADDRESS:Poplar Court]], [[POSTCODE:WV2 3EJ]]। ਲਿਖਤ: [[PERSON:ਰਾਜਿੰਦਰ ਕੌਰ]]। ਮਕਾਨ ਮਾਲਕ: [[ORGANISATION:Penn Common Homes]]। 1. ਬਾਥਰੂਮ ਦੀ ਛੱਤ ਤੋਂ ਲੀਕ, ਉੱਪਰ ਵਾਲੇ [[ADDRESS:ਫਲੈਟ 15]] ਤੋਂ। 2. ਰਸੋਈ ਵਿੱਚ ਕਾਕਰੋਚ। 3. ਕਮਿਊਨਲ ਦਰਵਾਜ਼ੇ ਦਾ ਤਾਲਾ ਟੁੱਟਾ ਹੋਇਆ। 4. ਡੀਹਿਊਮਿਡੀਫਾਇਰ ਕਰਕੇ ਬਿਜਲੀ ਦਾ ਬਿੱਲ ਦੁੱਗਣਾ ਹੋ ਗਿਆ। 5. ਹਾਊਸਿੰਗ ਅਫ਼ਸਰ [[PERSON:ਬਿੱਲ]] ਨੇ ਕਿਹਾ ਕਿ ਬਿੱਲ ਦਾ ਹਿੱਸਾ ਵਾਪਸ ਮਿਲੇਗਾ, ਇਸ ਲਈ ਬੈਂਕ ਡਿਟੇਲ ਦਿੱਤੀ: ਸੌਰਟ ਕੋਡ [[OTHER_ID:40-22-19]], ਖਾਤਾ [[OTHER_ID:73016482]]। 6. ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:PCH-C-4470]]। 7. ਠੇਕੇਦਾਰ [[ORGANISATION:AquaSeal Plumbing]] ਦੋ ਵਾਰ ਆਇਆ, ਦੂਜੀ ਵਾਰ ਕੰਮ ਅੱਧਾ ਛੱਡ ਗਿਆ। ਅਪਡੇਟ: 20 ਮਈ ਨੂੰ ਲੀਕ ਠੀਕ ਹੋ ਗਈ, ਛੱਤ ਨਵੀਂ ਲੱਗ ਗਈ ਅਤੇ ਮੁਆਵਜ਼ਾ ਵੀ ਆ ਗਿਆ। ਕਾਕਰੋਚ ਅਜੇ ਵੀ ਹਨ, ਪੌੜੀਆਂ ਵਿੱਚ ਕੂੜਾ ਪਿਆ ਰਹਿੰਦਾ ਹੈ ਅਤੇ ਗਲਿਆਰੇ ਦੀ ਬੱਤੀ ਹਫ਼ਤਿਆਂ ਤੋਂ ਬੰਦ ਹੈ। [[PERSON:ਬਿੱਲ]] ਜੀ ਦਾ ਧੰਨਵਾਦ। ਈਮੇਲ: [[EMAIL:rajinder.kaur.wv2@gmail.com]]
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
