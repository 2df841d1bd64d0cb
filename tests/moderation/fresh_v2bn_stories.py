"""Fresh version-2 PII test stories, batch bn.

Thirty-five housing complaint stories that read as machine translated: residents' own Polish,
Romanian, Arabic, Bengali and Punjabi pasted into English, and campaign stories run from English
into the other languages. Names come out as words ("Hope Wolf" for Nadzieja Wilk, Polish
"Rachunek" for Bill, Romanian "Bucurie" for Joy, Arabic "نعمة" for Grace, "Lion"/"ਸ਼ੇਰ" for Singh),
one name is spelt several ways (Mohammed / Muhammad / Mohamed / محمد), streets and blocks are half
translated ("Ulica Kasztanowa 58" beside "58 Chestnut Road"), dates of birth appear in both day/month
orders, honorifics stay (pani, Domnul, السيد, সাহেব, ਸ੍ਰੀਮਤੀ) and a line of the original is left in.
Every translated name, variant and inflected form is PERSON, and a translated street or block and its
original are both ADDRESS; the ordinary word behind a translated name ("rachunek za prąd", "আলো" as
daylight, "ਸ਼ੇਰ ਵਾਂਗ") is left unmarked. Identifiers use native digits, lower case, words ("małpa",
"punct", "dot"); a settled-status share code, bank details, NHS numbers, vehicle registrations, a
profile address and handles are OTHER_ID. Towns, hospitals, money, repair dates and age ranges are not.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 7 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 60.0% of 35, recall 96.3%, precision 81.0%, on the committed
detector 9611102 (after round 58); leak-free by language ar 3, bn 1, en 3, pa 4, pl 2, ro 4, ur 4 of 5.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2bn-en-01",
        "en",
        _s("""
Good morning. I write this with help of the translator, please forgive the mistakes. My
name is [[PERSON:Hope Wolf]], in Polish it is [[PERSON:Nadzieja Wilk]], but the translator
made me "[[PERSON:Hope]]" and now the housing officer always write "Dear Mrs [[PERSON:Wolf]]",
so I keep it. I live with husband [[PERSON:Wojciech]] (everybody say [[PERSON:Wojtek]]) and
our daughter [[PERSON:Zuzia]], she has [[AGE:4 years]], in the [[ADDRESS:flat 12]] of block
[[ADDRESS:Birch Court]], [[POSTCODE:LS8 3QW]]. From October 2022 on the wall of the bedroom
of the small one was growing black mould, like a carpet. [[PERSON:Zuzia]] started to have
[[HEALTH:asthma]] and our doctor from [[ADDRESS:Oakwood Lane Surgery]] wrote a letter to the
landlord. I called to [[ORGANISATION:Northbridge Homes]] on [[PHONE:0113 496 0582]] maybe nine
times. Every time they said "we will come back to you". Nobody came back to me.

In March I wrote a complaint and got the number [[REFERENCE:NBH-CMP-40417]]. After this came
Mr. [[PERSON:Baker]], the surveyor, very kind man, he said the fan in the bathroom was never
connected since the building was made. The company [[ORGANISATION:Kestrel Property Services]]
put new extractor fan, they washed the mould with special liquid and painted with the
anti-fungus paint. For four nights we slept in the hotel in the city centre and they paid
it, also £300 for the carpet.

Nie wiem, czy to komuś pomoże, ale piszę.

What I learned: write down everything, the date and the name of the person on the
telephone. Don't wait one year like me, because the child is breathing this air. If another
mother wants advice, my email is [[EMAIL:nadzia.wilk@example.com]]. Big thanks to
[[PERSON:Grace]] from the tenants group who went with me to the meeting with the manager.
"""),
    ),
    (
        "fv2bn-en-02",
        "en",
        _s("""
Good day to all. We are the family [[PERSON:Ursu]]. In the first letter to the council the
translator put our name as "[[PERSON:Bear]]", so if you see Mr. [[PERSON:Bear]] in the
papers, this is my husband [[PERSON:Ionuț]], it is not a joke. I am [[PERSON:Mirela Ursu]].
We stay at [[ADDRESS:Oak Street no. 27, apartment 3]], [[POSTCODE:b10 9tq]], with the baby
[[PERSON:Ilinca]], who is born on [[DATE_OF_BIRTH:3.02.2023]] (the paper from the hospital
writes [[DATE_OF_BIRTH:02/03/2023]], the English way is opposite, I still get confused).

In the winter the boiler stopped, on the 14 of December, and outside it was minus three. We
called the line of repairs of [[ORGANISATION:Greenway Housing Trust]] and they gave us the
job number [[REFERENCE:GW/778120]]. They said the engineer comes in 5 working days. He did
not come. After three days in the cold the little one made fever and we went with her at
the hospital. I called again, I wrote on e-mail, nothing. My brother-in-law
[[PERSON:Costel]] told me to make formal complaint, which we made on 19/12 (at us in Romania
we write 19.12). Then they said the complaint waits until they verify the tenancy and they
asked the national insurance number of me, [[NI_NUMBER:QQ 48 27 19 C]], and of my husband,
[[NI_NUMBER:QQ482763D]], like we are criminals.

After this the manager, Mrs. [[PERSON:Sandra Okafor]], phoned us from
[[PHONE:0121 496 0417]] and she apologised very nice. They brought two electric heaters the
same evening and the new boiler was put in on 22 December. They gave £250 compensation and
paid the electricity for the heaters.

What we learned: ask for the temporary heaters from the first day, it is in their policy
when there is a child under 2 years or an old person in the house. And do not be shy to
call the manager, they are people also.

Mulțumim frumos tuturor celor care ne-au ajutat.
"""),
    ),
    (
        "fv2bn-en-03",
        "en",
        _s("""
In the name of God the Merciful. I am [[PERSON:Mohammed Al-Hashimi]] and I am writing with
the translation program, so excuse the language. I live with my wife [[PERSON:Umm Yusuf]],
our son [[PERSON:Yusuf]] and our daughter [[PERSON:Light]] (her name is [[PERSON:Noor]], but
the program translates it every time), she is [[AGE:9 years]], in [[ADDRESS:flat 7]],
[[ADDRESS:Fairfield House]], [[POSTCODE:M13 9PL]]. We are [[OTHER_SPECIAL:refugees]] from the
war and we came to this flat in 2021 by the council.

From the first month the neighbours above played music until three o'clock of the night and
they were hitting the floor. After, they wrote bad words on our door because we are
[[OTHER_SPECIAL:Arabs]] and [[OTHER_SPECIAL:Muslims]], and they put a video of my wife on
TikTok from the account [[OTHER_ID:@fairfield_lads_07]]. My daughter was afraid to go to the
school alone.

I reported to [[ORGANISATION:Pennine Crest Homes]] many times. The first officer wrote my
name [[PERSON:Muhammad]], the second letter [[PERSON:Mohamed]], and the Arabic leaflet
[[PERSON:محمد]], and every time the system opened a new case, so nobody saw the whole story.
The imam of [[ADDRESS:Masjid Bilal]] came with me to a meeting and asked them to join all the
cases in one. Then Mr. [[PERSON:Daniel Hughes]] took it, he gave us one number,
[[REFERENCE:ASB-2023-0619]], and one telephone, [[PHONE:0161 496 0340]].

They installed a camera on the corridor, they cleaned the door in the same week, the police
spoke with the neighbours and they signed a contract of good behaviour. After four months the
noise stopped and the video was removed.

الحمد لله، الآن نعيش بهدوء.

The lesson: ask them to put all your reports under one name and one number, and spell your
name for them in one way only. My phone is [[PHONE:07700 900284]] if any family needs help
with the process.
"""),
    ),
    (
        "fv2bn-en-04",
        "en",
        _s("""
Assalamu alaikum. This is translated by machine from Bangla, my son [[PERSON:Rafi]] checked
it. My name is [[PERSON:Abdul Karim Talukder]]. My wife's name is [[PERSON:Shapla]], but the
computer writes "[[PERSON:Water Lily]]", please don't laugh, on one form it wrote even "Mrs
[[PERSON:Water Lily Begum]]".

We are [[OTHER_SPECIAL:Bangladeshi]] family of seven persons, living since 2016 in two bedroom
flat at [[ADDRESS:19 Cressfield Street]], [[POSTCODE:E1 2JH]]. The children:
[[PERSON:Rafi]] [[AGE:17]], [[PERSON:Tania]] [[AGE:14]], the twins [[PERSON:Hasan]] and
[[PERSON:Husain]] who are [[AGE:8 years]], and little [[PERSON:Moni]] who is [[AGE:3]]. Three
boys slept in the living room on the floor. [[PERSON:Tania]] was doing homework in the
bathroom because it is the only door that is locking. In winter so much water was on the
windows that the walls became black.

We were on the housing register with the number [[REFERENCE:HR0093317]] in Band 3 for six
years. Nobody came to measure. In 2023 I wrote to Cllr [[PERSON:Shahana Miah]] and she asked
the council to make an overcrowding assessment. The officer came, counted the rooms, and said
we are "statutory overcrowded" by two bedrooms, so we went to Band 1.
[[ORGANISATION:Eastbrook Community Homes]] also fixed the window seals and put a bigger fan in
the kitchen.

In March this year we were offered a house of four bedrooms at [[ADDRESS:5 Kinder Close]],
near the twins' school, [[ADDRESS:Harford Street Primary]]. My wife cried water of happiness.

আল্লাহর রহমতে এখন সবাই আলাদা ঘরে ঘুমায়।

What we learned: ask for the overcrowding assessment in writing, don't only wait on the
bidding. Keep all letters in one file. The councillor's office number was
[[PHONE:020 7946 0318]], they are very helpful to the families.
"""),
    ),
    (
        "fv2bn-en-05",
        "en",
        _s("""
Sat Sri Akal ji. I am [[PERSON:Gurpreet Kaur Sandhu]] and I write for my father-in-law,
Sardar [[PERSON:Harbhajan Singh Sandhu]] ji, he is [[AGE:78 years]]. The translate app made
his name "Mr [[PERSON:Lion]]" in one email to the council, because [[PERSON:Singh]] means
lion, and the occupational therapist thought there are two old men in our house!

After the [[HEALTH:stroke]] in 2022 Bapu ji's left side is weak and he has
[[HEALTH:diabetes]] also. He could not go in the bath and he fell two times. We live in the
house on [[ADDRESS:number 41 of Ladypool Road]], [[POSTCODE:B12 8LH]], tenants of
[[ORGANISATION:Sparkbrook Homes Partnership]] from 1998.

The OT assessment said level access shower, two grab rails and a ramp at the front door.
Then fourteen months nothing. Every time we called, they said "the adaptation is in the
queue". I made complaint, reference [[REFERENCE:SHP 22 0981]], and I asked also for the
disabled parking bay for our car [[OTHER_ID:FD66 KXR]], because Bapu ji goes every morning to
[[ADDRESS:Ramgarhia Gurdwara]] and the driveway is too narrow for the wheelchair. We are
[[OTHER_SPECIAL:Sikh]] family and the Gurdwara is his life.

After the complaint Mrs. [[PERSON:Linda Moss]], the complaints manager, visited us herself.
She said sorry that the case was lost between two teams. The shower was finished in six
weeks by [[ORGANISATION:Ashworth Adaptations Ltd]], the ramp also, and the parking bay was
painted in front of the house.

ਵਾਹਿਗੁਰੂ ਦੀ ਕਿਰਪਾ ਨਾਲ ਹੁਣ ਬਾਪੂ ਜੀ ਆਪ ਨਹਾ ਲੈਂਦੇ ਹਨ।

Learning: ask who is the owner of your case, get the name of one person. Contact me on
[[EMAIL:g.k.sandhu@example.org]] or [[PHONE:0121 496 0733]].
"""),
    ),
    (
        "fv2bn-pl-01",
        "pl",
        _s("""
Ta historia została przetłumaczona automatycznie z języka angielskiego przez zespół
kampanii.

Nazywam się [[PERSON:Róża Thompson]] i mieszkam z moim mężem [[PERSON:Rachunkiem]] (po
angielsku [[PERSON:Bill]]) pod adresem [[ADDRESS:Ulica Kasztanowa 58]], to jest
[[ADDRESS:58 Chestnut Road]], [[POSTCODE:M14 6RB]]. Nasz dach przeciekał przez ponad dwie
zimy. Kiedy padało, woda biegła w dół ściany sypialni i kapała do wiadra obok łóżka.
[[PERSON:Rachunek]] ma [[HEALTH:POChP]] i wilgoć naprawdę położyła go na plecach, w styczniu
był tydzień w szpitalu.

Zgłaszaliśmy naprawę do [[ORGANISATION:Mieszkalnictwa Doliny Ashbourne]] co najmniej sześć
razy. Dostaliśmy numery zleceń [[REFERENCE:RJ-551902]] i [[REFERENCE:RJ-560114]], ale dekarz
przyszedł, popatrzył z ziemi i poszedł. Nikt nie wszedł na dach. Przyszli ponownie 12/03,
czyli, jak piszą Polacy, 3 grudnia, i znowu bez drabiny.

W końcu nasza córka [[PERSON:Becky]] napisała formalną skargę i poprosiła o kierownika.
Zadzwonił pan [[PERSON:Kowal]] (w oryginale pan [[PERSON:Smith]]) z numeru
[[PHONE:0161 496 0255]] i przyznał, że zlecenia były zamykane bez pracy. Firma
[[ORGANISATION:Pennine Dachy i Rynny]] wymieniła całą sekcję dachu w dwa dni. Dostaliśmy 600
funtów odszkodowania i osuszacz powietrza, a oni zapłacili też za prąd, bo rachunek za prąd
i tak był wysoki tej zimy.

Zanim sprawa ruszyła, mieliśmy już numer od Rzecznika ds. Mieszkalnictwa,
[[REFERENCE:202214587]], ale w końcu nie był potrzebny.

Czego się nauczyliśmy? Na koniec dnia, to co zrobiło różnicę, to było pisanie, nie
dzwonienie. Poproś o numer każdego zlecenia i zapytaj, kto je zamknął i dlaczego. Nie
pozwól im zamknąć zlecenia, zanim woda przestanie kapać.
"""),
    ),
    (
        "fv2bn-pl-02",
        "pl",
        _s("""
Historia przetłumaczona maszynowo z angielskiego. Imiona zostawiliśmy tak, jak wyszły.

Mieszkamy w [[ADDRESS:mieszkaniu 4B]] w [[ADDRESS:Domu Modrzewiowym]] (na listach:
[[ADDRESS:Larch House]]), [[POSTCODE:NG7 5JU]]. Jestem [[PERSON:Krzysztof Nowak]], dla
przyjaciół [[PERSON:Krzyś]], do tego żona [[PERSON:Agnieszka]] i nasz [[AGE:11-letni]] syn
[[PERSON:Kuba]]. Przez prawie rok nad nami mieszkał sąsiad, który robił imprezy w każdy
weekend do piątej rano, a jego pies szczekał cały dzień, kiedy jego nie było.

[[PERSON:Kuba]] nie mógł spać przed testami w [[ADDRESS:Szkole Podstawowej Katolickiej św.
Józefa]] i nauczycielka pytała, czy wszystko w porządku w domu. Zgłaszałem hałas do
council i do właściciela, [[ORGANISATION:Mieszkań Trentside]], przez telefon i przez
formularz online. Za każdym razem ktoś inny, za każdym razem „zajmiemy się tym”.

Pani [[PERSON:Hanna Boateng]], oficer od zachowań antyspołecznych, powiedział, że potrzebuje
dowodów. Dała nam aplikację do nagrywania hałasu i numer sprawy [[REFERENCE:ASB/24/0087]].
Nagraliśmy 43 nagrania w sześć tygodni. Potem było spotkanie mediacyjne, sąsiad dostał
ostrzeżenie na piśmie, a kiedy to nie pomogło, właściciel poszedł do sądu i sąsiad został
przeniesiony. Od marca jest cicho, [[PERSON:Kuba]] śpi, a my też.

Pani [[PERSON:Hanno]], jeśli to czytasz: dziękujemy, zrobiłaś różnicę.

Czego się nauczyliśmy: nie dzwoń tylko, nagrywaj i zapisuj godziny. Jedna skarga z
dowodami waży więcej niż dwadzieścia telefonów. Jeśli ktoś z sąsiadów ma podobny problem,
można pisać: [[EMAIL:krzys kropka nowak małpa example kropka net]].
"""),
    ),
    (
        "fv2bn-pl-03",
        "pl",
        _s("""
Automatyczne tłumaczenie historii pana [[PERSON:Winstona Clarke'a]]. W kilku miejscach
program zostawił angielskie słowa.

Mam [[AGE:81 lat]] i mieszkam w [[ADDRESS:Wieży Jaskółki]] ([[ADDRESS:Swallow Tower]]) od
1979 roku, na dziewiątym piętrze, [[ADDRESS:mieszkanie 92]]. Jestem
[[OTHER_SPECIAL:Jamajczykiem]] z pokolenia Windrush i całe życie płaciłem czynsz na czas. W
2023 opłata serwisowa skoczyła z 18 funtów na 47 funtów tygodniowo, bez żadnego
wyjaśnienia. Mój landlord to [[ORGANISATION:Rada Gminy Lambeth]]. Zadzwoniłem, powiedzieli,
że to „ogrzewanie wspólne i koszty energii” i że wszyscy płacą tak samo.

Moja córka [[PERSON:Drogocenna]] (po angielsku [[PERSON:Precious]]) nie wzięła tego na
tak. Poprosiła na piśmie o rozbicie kosztów, podając numer najmu [[REFERENCE:T-0044871]].
Czekaliśmy dziesięć tygodni. To nie był kawałek ciasta. W rozbiciu było 6 funtów tygodniowo
za konsjerża, którego w budynku nie ma od 2015, i serwis windy liczony dwa razy.

Po skardze zadzwonił pan [[PERSON:Amadi]] z zespołu opłat, z numeru [[PHONE:020 7946 0622]],
i przeprosił. Sprawdzili cały blok, nie tylko mnie. Dostałem zwrot 1140 funtów na konto
czynszowe, a wszyscy lokatorzy w wieży dostali list z poprawionymi opłatami.

Czego się nauczyłem: zawsze proś o rozbicie opłaty serwisowej, to jest twoje prawo.
Starsi ludzie często płacą i nic nie mówią. Ja mówiłem przez czterdzieści lat „nie chcę
robić problemu”. Teraz mówię: zapytaj.
"""),
    ),
    (
        "fv2bn-pl-04",
        "pl",
        _s("""
Historia rodziny z Leeds, przetłumaczona maszynowo z wersji angielskiej.

Jestem [[PERSON:Aleksandra Zielińska]], ale wszyscy mówią na mnie [[PERSON:Ola]]. Z mężem
[[PERSON:Piotrem]] i córeczką [[PERSON:Helenką]] mieszkamy przy [[ADDRESS:Drodze Burzy 14]]
(po angielsku [[ADDRESS:14 Tempest Road]]), kod [[POSTCODE:ls115pq]]. [[PERSON:Helenka]] urodziła się
[[DATE_OF_BIRTH:dwudziestego ósmego lutego 2022]] i już w pierwszą zimę w jej pokoju
zrobiło się czarno w rogach nad oknem.

Pani położna środowiskowa (health visitor) napisała list do właściciela, z numerem NHS
[[PERSON:Helenki]] [[OTHER_ID:485 777 3456]], że dziecko miało dwa razy
[[HEALTH:zapalenie oskrzelików]]. Nasza przychodnia, [[ADDRESS:Przychodnia Beeston Hill]],
też potwierdziła. [[ORGANISATION:Domy Doliny Aire]] przysłały pana, który powiedział, że to
kondensacja i że za dużo suszymy prania w środku. Pan [[PERSON:Zielony]] (w oryginale Mr
[[PERSON:Green]]), nasz housing officer, był miły, ale nic się nie ruszało.

Dopiero kiedy zadzwoniłam do nich z numeru [[PHONE:07700 900561]] i powiedziałam, że piszę
do posła, przyszedł surveyor z kamerą termowizyjną. Znalazł zepsutą rynnę i brak izolacji
w ścianie nad oknem, tak zwany mostek termiczny. Na dziesięć dni przenieśli nas do
mieszkania zastępczego, ocieplili ścianę, wymienili rynnę i okno, a pokój został wyczyszczony
i pomalowany.

Czego się nauczyłam: nie dawaj sobie wmówić, że to twoja wina. Poproś o inspekcję na
piśmie i dołącz listy od lekarza. Teraz [[PERSON:Ola]] i [[PERSON:Piotrek]] śpią spokojnie,
a mała też.
"""),
    ),
    (
        "fv2bn-pl-05",
        "pl",
        _s("""
Przetłumaczone automatycznie. Autor poprosił, żeby zostawić tekst tak, jak wyszedł.

Nazywam się [[PERSON:Grzegorz Wilk]], ale przez dwa lata listy przychodziły do „Mr
[[PERSON:G. Wolf]]”, bo ktoś w biurze przetłumaczył moje nazwisko przez Google. Jestem
[[HEALTH:głuchy]] od urodzenia i używam BSL. Mieszkam pod adresem [[ADDRESS:Głogi 22]] (po
angielsku [[ADDRESS:22 The Hawthorns]]), [[POSTCODE:S6 2GB]].

Kaloryfery w salonie i w sypialni ciekły od jesieni. Napisałem do
[[ORGANISATION:Hallam Vale Housing]], że kontakt tylko e-mailem albo SMS-em. Mimo to
dzwonili do mnie, żeby umówić naprawę, a kiedy nie odebrałem, zamykali zgłoszenie jako
„brak dostępu”. Tak było pięć razy. Mój brat [[PERSON:Marek]] (w domu [[PERSON:Mareczek]])
dzwonił za mnie, ale oni nie chcieli rozmawiać z nim bez mojej zgody.

W końcu złożyłem skargę przez Text Relay, [[PHONE:18001 0114 496 0911]], i dostałem numer
[[REFERENCE:HVH-R-20931]]. Pani z zespołu skarg odpisała w dwa dni. Dodali na moim koncie
flagę „kontakt tylko pisemny”, zgoda dla [[PERSON:Marka]] jest zapisana, a na wizytę
przyszedł tłumacz BSL. Kaloryfery wymienione, listy poprawione na właściwe nazwisko.

Czego się nauczyłem: napisz swoje potrzeby komunikacyjne na piśmie i poproś, żeby to było
na każdej karcie zlecenia, nie tylko w jednym systemie. Mój e-mail:
[[EMAIL:g.wilk.bsl@example.org]].
"""),
    ),
    (
        "fv2bn-ro-01",
        "ro",
        _s("""
Povestea de mai jos a fost tradusă automat din engleză de echipa campaniei.

Mă numesc [[PERSON:Bucurie Fletcher]] (în engleză [[PERSON:Joy]]) și am [[AGE:68 de ani]].
Locuiesc la [[ADDRESS:Aleea Frasinilor nr. 6]] ([[ADDRESS:6 Ash Grove]]),
[[POSTCODE:GL1 4SX]], împreună cu nepotul meu [[PERSON:Alfie]], care are [[AGE:6 ani]] și
stă cu mine de când mama lui lucrează în schimburi de noapte.

Mucegaiul a apărut mai întâi în spatele dulapului și apoi pe tavanul băii. Am sunat la
[[ORGANISATION:Asociația de Locuințe Severn Vale]] pe [[PHONE:0117 496 0802]] și mi-au spus
că este „condens de la stilul de viață” și să deschid fereastra. Am deschis fereastra. În
ianuarie. La [[AGE:68 de ani]].

I felt like nobody was listening.

[[PERSON:Alfie]] a început să tușească noaptea, iar asistenta de sănătate de la școală a
întrebat dacă avem umezeală acasă. Atunci am făcut o plângere formală și am primit numărul
[[REFERENCE:SV-COMP-2291]]. În două săptămâni a venit Doamna [[PERSON:Priya Nair]] de la
proprietar, împreună cu un specialist în umiditate. Au găsit un jgheab spart deasupra băii
și izolația lipsă din pod, pe o bucată de vreo doi metri.

Firma [[ORGANISATION:Reparații Cotswold]] a schimbat jgheabul, a pus izolație nouă, a spălat
mucegaiul și a montat un ventilator care merge tot timpul, încet. Mi-au dat 400 de lire
despăgubire și o scrisoare în care își cer scuze pentru prima apel.

Ce am învățat: nu lăsați pe nimeni să vă spună că e vina voastră pentru că respirați și
gătiți. Cereți o inspecție în scris, notați fiecare apel și numele persoanei. Și dacă aveți
copii în casă, spuneți asta de la început, pentru că schimbă prioritatea.
"""),
    ),
    (
        "fv2bn-ro-02",
        "ro",
        _s("""
Text tradus automat, cu mici corecturi de la familie.

Sunt [[PERSON:Vasile Munteanu]], toată lumea îmi spune [[PERSON:Vasilică]]. Soția mea este
[[PERSON:Lăcrămioara]]; la serviciu colegii îi spun [[PERSON:Lily]], iar într-o scrisoare
tradusă de la proprietar a apărut „doamna [[PERSON:Crin]]”. Locuim în
[[ADDRESS:apartamentul 15]] din blocul [[ADDRESS:Tudor Court]], [[POSTCODE:PE1 5DN]], din
2019, cu fiica noastră [[PERSON:Ioana]], care are [[AGE:10 ani]].

În august a început să curgă apă din baia vecinului de sus direct în camera
[[PERSON:Ioanei]]. Am sunat la [[ORGANISATION:Fenland Crescent Homes]] de la numărul meu,
[[PHONE:07700 900 713]]. Operatorul, în loc să trimită pe cineva, m-a întrebat dacă avem
[[OTHER_SPECIAL:settled status]] și mi-a cerut codul de partajare. I l-am dat,
[[OTHER_ID:W7X 2KP 9QM]], pentru că mi-a fost frică. După trei săptămâni tavanul a căzut pe
patul fetei. Din fericire ea era la școală.

Am făcut plângere, cu numărul [[REFERENCE:FCH/2024/3318]], și am scris că ni s-a cerut
statutul de imigrare doar pentru că suntem [[OTHER_SPECIAL:români]]. Domnul
[[PERSON:Gareth Price]], managerul de reparații, a venit personal a doua zi. A spus clar că
pentru o reparație nu se cere niciodată statutul și că operatorul va face training. Au
reparat țeava la vecin, au pus tavan nou și ne-au dat un voucher de 150 de lire pentru
zugrăvit și o saltea nouă pentru [[PERSON:Ioana]].

Ce am învățat: nu trebuie să arătați niciun document de imigrare ca să vi se repare casa.
Dacă vă cere cineva, întrebați de ce și scrieți numele lui. Și apa din tavan este urgență,
nu „reparație de rutină”.
"""),
    ),
    (
        "fv2bn-ro-03",
        "ro",
        _s("""
Povestea domnului [[PERSON:Tariq Mahmood]], tradusă automat. În unele locuri programul a
scris „[[PERSON:Tarik]]” sau „[[PERSON:Tareq]]”, este aceeași persoană.

Am [[AGE:67 de ani]] și locuiesc singur în [[ADDRESS:Turnul Lebedei]]
([[ADDRESS:Swan Tower]]), [[ADDRESS:apartamentul 88]], [[POSTCODE:L5 3RT]]. Am
[[HEALTH:insuficiență cardiacă]] și frigul îmi face foarte rău. Blocul are încălzire
centrală comună, iar taxa de serviciu pentru încălzire este 11 lire pe săptămână.

Iarna trecută caloriferele au fost reci timp de cinci săptămâni. Am plătit taxa întreagă.
Am sunat la [[ORGANISATION:Mersey Reach Housing]] pe [[PHONE:0151 496 0283]] aproape în
fiecare zi. Mi-au spus că „centrala blocului este în investigație”. Pe scrisoarea lor scria
că inginerul vine pe 07/03, programul de traducere a scris 3 iulie, și nimeni nu a înțeles
când vine de fapt.

Vecinul meu de la etajul 6 m-a ajutat să fac plângere formală:
[[REFERENCE:MRH-88-20417]]. Doamna [[PERSON:Claire Donnelly]] de la echipa de plângeri a
răspuns în zece zile. Au recunoscut că blocul a fost fără încălzire, au reparat pompa
principală și au pus termostate noi în fiecare apartament. Pentru mine și pentru ceilalți
locatari au returnat taxa de încălzire pe toată perioada. Eu am primit 412 lire direct în
bancă, pe codul de sortare [[OTHER_ID:20-45-77]], contul [[OTHER_ID:41926607]].

Ce am învățat: dacă serviciul nu există, nu trebuie să plătiți pentru el. Întrebați în
scris ce plătiți. Și dacă sunteți o persoană în vârstă cu probleme de sănătate, spuneți asta
de la primul telefon, nu după cinci săptămâni.
"""),
    ),
    (
        "fv2bn-ro-04",
        "ro",
        _s("""
Mă numesc [[PERSON:Andreea Păun]]. În e-mailurile de la consiliu traduse cu Google apar
uneori ca „doamna [[PERSON:Peacock]]”, pentru că păun în engleză este peacock. Nu e nicio
problemă, doar să știți că este aceeași persoană.

Fiul meu [[PERSON:Matei]], căruia îi spunem [[PERSON:Mateiaș]], are [[AGE:9 ani]]. S-a născut
pe [[DATE_OF_BIRTH:9 aprilie 2015]] și are [[HEALTH:autism]] și [[HEALTH:epilepsie]].
Locuim pe [[ADDRESS:Strada Ulmilor nr. 8]], adică Elm Street, cod poștal
[[POSTCODE:nn36ed]]. Merge la [[ADDRESS:Școala Pajiștile Verzi]] („Green Meadows School”),
cu microbuzul.

[[PERSON:Matei]] nu simte pericolul. A ieșit de două ori pe geam și o dată peste gardul din spate,
spre drum. Terapeutul ocupațional a recomandat opritoare la ferestre, o încuietoare la ușa
din față pe care el nu o poate deschide și un gard mai înalt. Proprietarul,
[[ORGANISATION:Nene Valley Living]], a spus că trebuie să aștepte „lista de adaptări”,
opt luni.

Am scris o plângere, numărul [[REFERENCE:NVL-ADP-0157]], și am explicat că nu e vorba de
confort, ci de viața copilului. Domnul [[PERSON:Femi Adebayo]], ofițerul de adaptări, a
venit cu terapeutul și a mutat cazul la urgență. Opritoarele și încuietoarea au fost puse
în aceeași săptămână, gardul în luna următoare.

Ce am învățat: folosiți cuvântul „siguranță” în scris, nu doar „adaptare”. Cereți să vă
spună pe ce listă sunteți și de ce. Acum dorm liniștită noaptea, și [[PERSON:Mateiaș]] se
joacă în grădină fără să fug după el.
"""),
    ),
    (
        "fv2bn-ro-05",
        "ro",
        _s("""
Traducere automată a poveștii lui [[PERSON:Seán Ó Briain]]; în documente apare ca
[[PERSON:Sean O'Brien]], iar programul de traducere l-a scris o dată „[[PERSON:Shaun]]”.

Eu și soția mea, [[PERSON:Chiamaka]] (îi spunem [[PERSON:Chi-Chi]]), locuim la
[[ADDRESS:numărul 3, Strada Morii]] ([[ADDRESS:Mill Lane]]), [[POSTCODE:E5 9PB]]. Eu sunt
[[OTHER_SPECIAL:irlandez]], ea este [[OTHER_SPECIAL:nigeriană]], și amândoi lucrăm în ture.
Ferestrele din dormitor erau putrede, iarna vântul mișca perdelele cu geamul închis.

Am raportat la [[ORGANISATION:Grupul Locativ Lea Bridge]]. În total ne-au dat unsprezece
programări. La șapte nu a venit nimeni, la trei a venit cineva când eram la muncă, deși le
spusesem orele, și o dată meșterul a venit fără fereastra. De fiecare dată trebuia să iau
zi liberă. Nimeni nu suna să anunțe că nu vine.

Până la urmă am făcut plângere formală, cu numărul [[REFERENCE:LBHG 7730 41]], și am
atașat un tabel cu toate datele și orele pierdute. Doamna [[PERSON:Ruth]] de la echipa de
plângeri m-a sunat înapoi pe [[PHONE:+44 (0)20 7946 0561]] și a spus că a citit tot
tabelul. Au schimbat toate ferestrele într-o singură zi, au promis programări doar
dimineața devreme și ne-au plătit zilele pierdute, 320 de lire.

Ce am învățat: notați fiecare programare ratată, cu ora, și cereți compensare pentru timpul
vostru, nu doar pentru reparație. Cine vrea tabelul meu ca model îmi poate scrie la
[[EMAIL:sean punct obrien la example punct org]].
"""),
    ),
    (
        "fv2bn-ar-01",
        "ar",
        _s("""
هذه القصة مترجمة آليًا من الإنجليزية، وتركنا بعض الجمل كما جاءت.

اسمي [[PERSON:سامر الخطيب]]، وفي الرسائل يكتبون [[PERSON:Samer Al-Khatib]] وأحيانًا «السيد
[[PERSON:خطيب]]». أسكن مع زوجتي [[PERSON:أمل]] وابنتنا [[PERSON:ليان]]، وعمرها
[[AGE:٥ سنوات]]، في [[ADDRESS:١٤ شارع البلوط]]، أي [[ADDRESS:14 Oak Street]]،
[[POSTCODE:S4 7AQ]]. نحن عائلة [[OTHER_SPECIAL:سورية]] وصلنا إلى هذا البيت بصفة
[[OTHER_SPECIAL:لاجئين]] في عام ٢٠١٩.

في الشتاء الثاني ظهر العفن الأسود في غرفة النوم، على الجدار خلف السرير وعلى ملابس الأطفال
في الخزانة. اتصلنا بـ [[ORGANISATION:منازل وادي شيف]] ([[ORGANISATION:Sheaf Valley Homes]])
على الرقم [[PHONE:٠١١٤ ٤٩٦ ٠٦٣٩]] أكثر من مرة. جاء رجل، نظر إلى الجدار، وترك لنا ورقة
بالإنجليزية مكتوب فيها:

Please keep the window open for ventilation.

فتحنا النافذة في شهر كانون الثاني، وأصيبت [[PERSON:ليان]] بـ [[HEALTH:التهاب القصبات]]
مرتين. عندها قدّمنا شكوى رسمية برقم [[REFERENCE:SVH-44081]] بمساعدة متطوعة من المركز
المجتمعي. اتصلت بنا السيدة [[PERSON:كارين]] من فريق الشكاوى، واعتذرت لأن أحدًا لم يرسل
مترجمًا في الزيارة الأولى.

جاء مسّاح مع كاميرا حرارية ووجد أنبوب ماء يسرّب داخل الجدار منذ مدة طويلة. نقلونا إلى شقة
مؤقتة لمدة عشرة أيام، وأصلحوا الأنبوب، وجفّفوا الجدار، ودهنوا الغرفة، وأعطونا جهاز تجفيف
وتعويضًا قدره ٥٠٠ جنيه.

ما تعلّمناه: في نهاية اليوم، العفن ليس دائمًا من التنفس والطبخ. اطلبوا زيارة من مسّاح
واطلبوا مترجمًا، فهذا حقكم. ولا تقبلوا ورقة لا تستطيعون قراءتها.
"""),
    ),
    (
        "fv2bn-ar-02",
        "ar",
        _s("""
ترجمة آلية من الإنجليزية لقصة أحد السكان.

أنا [[PERSON:عبد الرحمن الزبيدي]]، والجيران ينادونني [[PERSON:أبو خالد]]. في أوراق البلدية
اسمي [[PERSON:Abdulrahman Al-Zubaidi]]، وفي رسالة أخرى [[PERSON:Abdul Rahman Zubaidi]]،
وأصحابي في المقهى يقولون [[PERSON:عبدو]]. عمري [[AGE:٦٢ عامًا]]، وأسكن مع زوجتي في الشقة
التي فوق [[ADDRESS:بقالة السلام]] في [[ADDRESS:٢١٠ طريق كوفنتري]]، [[POSTCODE:B10 0RX]].

في الخريف بدأ الماء ينزل من السقف في المطبخ، قريبًا من المصباح ومن مقبس الكهرباء فوق
الغسالة. اتصلت بـ [[ORGANISATION:Shires Edge Housing]] وقلت إن هناك ماء وكهرباء معًا.
الموظفة طلبت مني رقم التأمين الوطني للتحقق، فأعطيتها [[NI_NUMBER:QQ 61 04 92 A]]، ثم قالت
إن الطلب «غير عاجل» وإن الموعد بعد أربعة أسابيع.

ابني [[PERSON:خالد]] كتب الشكوى بالإنجليزية من بريدي [[EMAIL:abu.khalid62@example.net]]،
وأخذنا رقم الشكوى [[REFERENCE:SEH-REP-7741]]. في اليوم نفسه جاء كهربائي طوارئ وفصل الدائرة،
وبعد ثلاثة أيام أصلحوا السطح وبدّلوا السقف في المطبخ. مدير الإصلاحات، السيد
[[PERSON:Tom Hargreaves]]، اتصل بنفسه واعتذر، وقال إن الموظفين سيتدربون على أن الماء قرب
الكهرباء يعني طوارئ دائمًا، وأعطونا ١٨٠ جنيهًا عن الطعام الذي فسد.

ما تعلّمته: قل الكلمات الصحيحة من أول مكالمة: «ماء قريب من الكهرباء». إذا قالوا إنه ليس
عاجلًا، اطلب المشرف فورًا. والحمد لله لم يُصب أحد بأذى.
"""),
    ),
    (
        "fv2bn-ar-03",
        "ar",
        _s("""
ترجمة آلية لقصة السيدة [[PERSON:نعمة أوكونور]]، واسمها بالإنجليزية
[[PERSON:Grace O'Connor]]. البرنامج ترجم اسمها الأول كلمةً، فتركناه كما هو.

أنا [[OTHER_SPECIAL:إيرلندية]] [[OTHER_SPECIAL:كاثوليكية]]، وُلدت في
[[DATE_OF_BIRTH:١٢ مارس ١٩٤٨]]، وأسكن وحدي في [[ADDRESS:٣ ممشى الزعرور]]
([[ADDRESS:3 Hawthorn Walk]])، [[POSTCODE:L8 2UE]]، منذ أربعين سنة. كل يوم أحد أذهب إلى
[[ADDRESS:كنيسة القديس مالاكي]] على بعد شارعين من بيتي.

في الربيع بدأت تصلني رسائل من [[ORGANISATION:Dingle Park Homes]] تقول إن عليّ متأخرات
إيجار قدرها ١٢٠٠ جنيه، ثم رسالة بعنوان «إشعار بنية الإخلاء». أنا أدفع الإيجار بالخصم
المباشر من الحساب المنتهي بـ [[OTHER_ID:٠٤١٢]] منذ سنوات، ولم أتأخر مرة واحدة. اتصلت ثلاث
مرات، وفي كل مرة قالوا «سنعود إليكِ».

حفيدي [[PERSON:ليام]] ([[PERSON:Liam]]) أخذ الرسائل وكشوف البنك وكتب شكوى برقم حساب
الإيجار [[REFERENCE:RA-00719352]]. بعد أسبوع اتصل بي السيد [[PERSON:بول]] من فريق
الإيرادات واعتذر كثيرًا: دفعاتي كانت تذهب إلى حساب مستأجرة أخرى اسمها قريب من اسمي منذ
تغيير نظام الكمبيوتر. صحّحوا الحساب، وسحبوا الإشعار كتابيًا، ودفعوا لي ٢٠٠ جنيه تعويضًا
عن القلق.

ما تعلّمته: لا تخافوا من الرسائل الرسمية، ولكن لا تتجاهلوها. احتفظوا بكشوف البنك، واطلبوا
أن يشرحوا لكم من أين جاء كل رقم. لم أكن أريد أن أقضي الصيف أبكي بسبب خطأ في الكمبيوتر.
"""),
    ),
    (
        "fv2bn-ar-04",
        "ar",
        _s("""
هذه القصة كتبها أحد السكان بالإنجليزية، وترجمها فريق الحملة آليًا إلى العربية.

اسمي [[PERSON:هيوا رشيد]] ([[PERSON:Hiwa Rashid]])، وأنا [[OTHER_SPECIAL:كردي]]. أسكن مع
زوجتي [[PERSON:شيلان]] وابنتي [[PERSON:نور]]، وعمرها [[AGE:١٣ سنة]]، في
[[ADDRESS:شقة رقم ٤٢]] في [[ADDRESS:برج كينغزميد]]، [[POSTCODE:NE4 6SQ]]. في إحدى الرسائل
كتب الموظف اسم ابنتي «[[PERSON:Light]]»، لأن برنامج الترجمة ترجم اسمها إلى كلمة، وضحكنا
كثيرًا، لكن الرسالة التالية ذهبت إلى العنوان الخطأ.

البرج فيه تدفئة مركزية مشتركة. في شتاء ٢٠٢٣ انقطعت التدفئة والماء الساخن ٢١ يومًا، على
ثلاث مرات. زوجتي مصابة بـ [[HEALTH:فقر الدم]] وتشعر بالبرد كثيرًا، وكانت [[PERSON:نور]]
تدرس وهي تلبس المعطف. اتصلنا بـ [[ORGANISATION:Tyne Gate Homes]] على
[[PHONE:٠١٩١ ٤٩٨ ٠٢٧٥]]، وكانوا يقولون كل مرة إن «القطعة في الطريق».

اجتمع السكان في غرفة الطابق الأرضي، ورئيسة جمعية السكان، [[PERSON:Jean]]، جمعت الشكاوى كلها
في شكوى واحدة برقم [[REFERENCE:TGH-HT-5512]]. جاء المدير بنفسه، وبدّلوا المبادل الحراري
القديم كله، ووزعوا مدافئ كهربائية على كل شقة، ودفعوا تعويضًا عن كل يوم بلا تدفئة، ١٥ جنيهًا
في اليوم.

ما تعلّمناه: الشكوى من عشرين عائلة أقوى من عشرين شكوى. وصحّحوا أسماءكم في السجلات من أول
رسالة، لأن الخطأ الصغير يكبر. الآن يصل النور إلى غرفة ابنتي والدفء أيضًا.
"""),
    ),
    (
        "fv2bn-ar-05",
        "ar",
        _s("""
ترجمة آلية من الإنجليزية. الأسماء كما كتبها البرنامج.

أنا [[PERSON:أحمد فاروق]]، وفي رسائل المقاول اسمي [[PERSON:Ahmed Farouk]]، وفي رسائل المالك
[[PERSON:Ahmad Farooq]]، وعلى الهاتف مرة «السيد [[PERSON:فاروق]]» ومرة «السيد
[[PERSON:أحمد]]». أنا [[OTHER_SPECIAL:مصري]]، وزوجتي [[PERSON:هبة]] لا تتكلم الإنجليزية
بعد. نسكن في [[ADDRESS:٧ طريق الصفصاف]] ([[ADDRESS:7 Willow Road]])، [[POSTCODE:le2 0hw]]،
في البيت المقابل لـ [[ADDRESS:مسجد الرحمة]].

بعد محاولة سرقة انكسر قفل الباب الأمامي ولم يعد الباب يُغلق. أبلغنا
[[ORGANISATION:Abbey Meadows Housing]]، فأرسلوا المقاول [[ORGANISATION:Soar Maintenance Ltd]].
جاء الفني وأنا في العمل، وطرق الباب، وتكلم بالإنجليزية بسرعة، و[[PERSON:هبة]] لم تفهم. ترك
ورقة «لا يوجد دخول» وذهب. جارنا صوّر الشاحنة ورقمها [[OTHER_ID:WU19 KRT]]، وكانت أمام البيت
دقيقتين فقط. حدث هذا مرتين، ونحن ننام أسبوعين والباب مربوط بحبل.

قدّمت شكوى برقم [[REFERENCE:٢٠٢٤/٥٥٣١]]، واتصلت بخط الترجمة عندهم على
[[PHONE:٠١١٦ ٤٩٦ ٠٨٤٤]]. في اليوم التالي جاء مشرف مع مترجم عربي، وبدّلوا القفل والباب في
نفس اليوم، وأصلحوا مقبض النافذة. وضعوا علامة على ملفنا: مترجم في كل زيارة، ورسائل نصية قبل
الموعد بساعة، والرسائل بالعربية.

ما تعلّمته: قولوا من البداية إنكم تحتاجون مترجمًا، واطلبوا أن يُكتب ذلك في الملف. والباب
المكسور أمان، وليس إصلاحًا عاديًا.
"""),
    ),
    (
        "fv2bn-ur-01",
        "ur",
        _s("""
یہ کہانی انگریزی سے مشین کے ذریعے ترجمہ کی گئی ہے، کچھ جملے ویسے ہی چھوڑ دیے ہیں۔

میرا نام [[PERSON:شازیہ پروین]] ہے، خطوں پر [[PERSON:Shazia Parveen]] لکھا ہوتا ہے۔ میں
اپنے شوہر [[PERSON:عمران]] اور تین بچوں کے ساتھ [[ADDRESS:۲۳ شاہ بلوط میدان روڈ]] (یعنی
[[ADDRESS:23 Oakfield Road]])، [[POSTCODE:BD8 7HS]] میں رہتی ہوں۔ بڑی بیٹی [[PERSON:زینب]]
[[AGE:۱۲ سال]] کی ہے، بیٹا [[PERSON:حمزہ]] [[AGE:۷ سال]] کا اور چھوٹی [[PERSON:مریم]] ابھی
[[AGE:۱۸ مہینے]] کی ہے۔

دو سال سے بچوں کے کمرے کی دیوار پر کالی پھپھوندی تھی۔ [[PERSON:حمزہ]] کو [[HEALTH:دمہ]] ہے
اور ہمارے ڈاکٹر، [[ADDRESS:لٹل ہارٹن ہیلتھ سینٹر]] والے، نے لکھا کہ گھر کی نمی اس کی سانس کو
خراب کر رہی ہے۔ میں نے [[ORGANISATION:ایئر مور ہاؤسنگ]] کو اپنے نمبر
[[PHONE:۰۷۷۰۰ ۹۰۰۴۴۸]] سے کئی بار فون کیا۔ ہر بار وہی جواب:

We take damp and mould very seriously.

لیکن کوئی نہیں آیا۔ ایک آدمی آیا تو اس نے کہا کھڑکی کھولو اور کپڑے باہر سکھاؤ۔ بریڈفورڈ
میں، دسمبر میں!

پھر میں نے باقاعدہ شکایت کی، نمبر [[REFERENCE:AMH-DM-3390]]۔ دو ہفتے بعد مسز
[[PERSON:Helen Carter]] خود آئیں، سروے کیا اور پتہ چلا کہ باہر کی دیوار میں دراڑ ہے اور پانی
اندر آ رہا ہے۔ انہوں نے دیوار ٹھیک کی، اندر سے انسولیشن لگائی، پھپھوندی صاف کی اور نیا رنگ
کیا۔ بچوں کے نئے گدے بھی دیے۔

ہم نے کیا سیکھا: دن کے آخر میں، لکھی ہوئی بات بولی ہوئی بات سے زیادہ طاقتور ہے۔ ڈاکٹر کا خط
شکایت کے ساتھ لگائیں۔ اور اگر کوئی کہے کہ یہ آپ کی زندگی کا طریقہ ہے تو اس کا نام لکھ لیں۔
"""),
    ),
    (
        "fv2bn-ur-02",
        "ur",
        _s("""
مشینی ترجمہ، انگریزی کہانی سے۔

میں [[PERSON:راجہ ذوالفقار علی]] ہوں۔ دوست مجھے [[PERSON:ذلفی]] کہتے ہیں، اور انگریز پڑوسی
[[PERSON:Zulfi]] یا "Mr [[PERSON:Ali]]"۔ ہم [[OTHER_SPECIAL:کشمیری]] خاندان ہیں اور
[[ADDRESS:مکان نمبر ۹، ایلم ٹری کلوز]]، [[POSTCODE:B8 2QN]] میں دس سال سے رہتے ہیں۔ جمعہ کو
میں [[ADDRESS:جامع مسجد غوثیہ]] جاتا ہوں، جو ہمارے گھر سے پانچ منٹ پر ہے۔

پچھلے سال سے گلی کے کچھ لڑکوں نے ہمیں تنگ کرنا شروع کیا۔ انہوں نے میری گاڑی
[[OTHER_ID:BK15 ZLF]] پر چابی سے خراشیں ڈالیں، دروازے پر انڈے پھینکے اور میری بیوی کو
[[OTHER_SPECIAL:مسلمان]] ہونے کی وجہ سے گالیاں دیں۔ میں نے ویڈیو اپنے فیس بک پیج
[[OTHER_ID:facebook.com/zulfi.raja.brum]] پر ڈالی تو لوگوں نے کہا ہاؤسنگ کو بتاؤ۔

[[ORGANISATION:Saltley Gate Homes]] میں ASB کی افسر [[PERSON:Kerry Walsh]]، جنہیں ترجمے میں
"[[PERSON:کیری والش]]" لکھا گیا، نے کیس نمبر [[REFERENCE:ASB-77-1024]] کھولا۔ انہوں نے پولیس
کے ساتھ مل کر اسے نفرت پر مبنی واقعہ درج کیا، گلی میں کیمرہ لگایا، اور دو خاندانوں کو تحریری
وارننگ دی۔ ایک لڑکے کے خلاف عدالت سے حکم امتناعی بھی لیا گیا۔ تب سے سکون ہے، اور میری
گاڑی کی مرمت کا خرچ بھی انشورنس سے مل گیا۔

ہم نے کیا سیکھا: ہر واقعے کی تاریخ اور وقت لکھیں، ویڈیو بنائیں مگر جھگڑا نہ کریں۔ اور "یہ
بچوں کی شرارت ہے" جیسی بات قبول نہ کریں۔ نفرت نفرت ہے، چاہے کرنے والا چھوٹا ہو یا بڑا۔
"""),
    ),
    (
        "fv2bn-ur-03",
        "ur",
        _s("""
یہ کہانی انگریزی سے خودکار ترجمہ ہے۔ ترجمے میں خاتون کا نام کبھی "[[PERSON:برکت]]" اور کبھی
"[[PERSON:بلیسنگ]]" آیا ہے؛ دونوں ایک ہی ہیں: [[PERSON:Blessing Adeyemi]]۔

میں [[OTHER_SPECIAL:نائیجیرین]] ہوں اور [[ADDRESS:ہیدر ہاؤس]] ([[ADDRESS:Heather House]]) کی
چودھویں منزل پر [[ADDRESS:فلیٹ ۱۴۳]] میں اپنے بیٹے [[PERSON:ٹوبی]] کے ساتھ رہتی ہوں، جو
[[AGE:۱۵ سال]] کا ہے۔ مجھے [[HEALTH:گٹھیا]] اور [[HEALTH:ہائی بلڈ پریشر]] ہے۔ اتوار کو میں
[[ADDRESS:ماؤنٹ زائن چرچ]] جاتی ہوں، لیکن سات ہفتے تک نہیں جا سکی۔

کیونکہ عمارت کی دونوں لفٹیں خراب تھیں۔ سات ہفتے! [[PERSON:ٹوبی]] اسکول سے آ کر سودا چودہ
منزلیں اوپر لاتا تھا۔ میں نے [[ORGANISATION:Wandle Reach Housing]] کو
[[PHONE:۰۲۰ ۷۹۴۶ ۰۱۸۵]] پر فون کیا تو کہا گیا کہ "پرزہ جرمنی سے آ رہا ہے"۔ ساٹھ سال سے زیادہ
عمر کے کئی رہائشی عمارت میں پھنسے ہوئے تھے۔

میں نے شکایت نمبر [[REFERENCE:WRH-LFT-0662]] کے ساتھ لکھا کہ میں ڈاکٹر کی اپوائنٹمنٹ پر نہیں
جا سکتی۔ اس کے بعد مسٹر [[PERSON:Oliver Grant]] نے فون کیا۔ انہوں نے مجھے عارضی طور پر
گراؤنڈ فلور کے ایک خالی فلیٹ میں منتقل کیا، کمزور رہائشیوں کی فہرست بنائی، روز ایک آدمی کو
سودا لانے کے لیے رکھا، اور لفٹ ٹھیک ہونے کے بعد دوسری لفٹ کا پورا نیا نظام منظور کیا۔

میں نے کیا سیکھا: اپنی صحت کے بارے میں بتائیں، شرمائیں نہیں۔ ہاؤسنگ کو پتہ ہونا چاہیے کہ کون
سیڑھیاں نہیں چڑھ سکتا۔ یہ برکت کی بات ہے کہ اب سب کچھ ٹھیک ہے۔
"""),
    ),
    (
        "fv2bn-ur-04",
        "ur",
        _s("""
میرا نام [[PERSON:بشیر احمد چوہدری]] ہے، محلے میں سب [[PERSON:چوہدری]] صاحب کہتے ہیں۔ میری
تاریخ پیدائش [[DATE_OF_BIRTH:۱۴/۰۸/۱۹۵۲]] ہے، لیکن ہاؤسنگ کے کمپیوٹر میں
[[DATE_OF_BIRTH:08/14/1952]] لکھا گیا، امریکی طریقے سے، اور اسی وجہ سے ان کا سسٹم مجھے
پہچانتا نہیں تھا۔

میں اپنی بیوی کے ساتھ [[ADDRESS:فلیٹ ۶]]، [[ADDRESS:پاپلر کورٹ]]، [[POSTCODE:OL8 1RF]] میں
رہتا ہوں۔ ہمارا مالک [[ORGANISATION:Medlock Vale Homes]] ہے۔ سروس چارج میں ہر ہفتے ۹ پاؤنڈ
"گراؤنڈز مینٹیننس" کے لیے جاتے تھے، مگر تین سال سے نہ گھاس کٹی نہ جھاڑیاں۔ باغ جنگل بن گیا
تھا۔

فون پر انہوں نے پہلے قومی بیمہ نمبر مانگا، [[NI_NUMBER:QQ 27 64 11 B]]، پھر تاریخ پیدائش،
اور کہا ریکارڈ میل نہیں کھاتا۔ میری پوتی [[PERSON:عائزہ]] نے اپنے ای میل
[[EMAIL:aiza.chaudhry@example.co.uk]] سے شکایت لکھی، نمبر [[REFERENCE:MVH/SC/22-118]]، اور
باغ کی تصویریں لگائیں۔

ایک مہینے میں جواب آیا۔ انہوں نے مانا کہ ٹھیکیدار کا معاہدہ ختم ہو چکا تھا اور چارج غلطی سے
چلتا رہا۔ پوری عمارت کو تین سال کا پیسہ واپس ملا، مجھے ۱۴۰۴ پاؤنڈ، اور اب ہر مہینے باغ کی
صفائی کا شیڈول نوٹس بورڈ پر لگتا ہے۔ میری تاریخ پیدائش بھی ٹھیک کر دی گئی۔

سبق: سروس چارج کی تفصیل مانگیں، ہر سال۔ بزرگ لوگ اکثر خاموش رہتے ہیں، لیکن یہ ہمارا پیسہ
ہے۔ اور اپنے کاغذات میں تاریخیں ایک ہی طرح لکھوائیں۔
"""),
    ),
    (
        "fv2bn-ur-05",
        "ur",
        _s("""
انگریزی سے مشینی ترجمہ۔ بیوی کا نام ترجمے میں کئی طرح لکھا گیا ہے۔

میں [[PERSON:بلال خان]] ہوں ([[PERSON:Bilal Khan]])۔ میری بیوی [[PERSON:عائشہ]]، جسے ہسپتال
[[PERSON:Aisha]] اور ہاؤسنگ [[PERSON:Ayesha]] لکھتے ہیں، پچھلی سردیوں میں سات مہینے کی
حاملہ تھیں اور انہیں [[HEALTH:حمل کی ذیابیطس]] تھی۔ ہم [[ADDRESS:۵۷ لارچ ایونیو]]،
[[POSTCODE:m85tx]] میں رہتے ہیں۔

جنوری میں بوائلر بند ہو گیا۔ نو دن نہ ہیٹنگ نہ گرم پانی۔ میں نے
[[ORGANISATION:Irwell Crest Housing]] کے نمبر [[PHONE:+44 (0)161 496 0827]] پر روز فون کیا۔
ہر بار کہا گیا کہ انجینئر "اپنے راستے پر ہے"۔ [[PERSON:عائشہ]] کی ڈاکٹر نے نارتھ مانچسٹر
جنرل ہسپتال سے خط لکھا کہ ٹھنڈ ان کے لیے خطرناک ہے، پھر بھی کچھ نہیں ہوا۔

آخر کار میں نے ای میل سے شکایت کی اور اس میں اپنا پتہ یوں لکھا:
[[EMAIL:bilal dot khan at example dot com]]، کیونکہ فارم میں @ کا نشان نہیں لگ رہا تھا۔
شکایت نمبر [[REFERENCE:ICH-40982]] ملا۔ اگلے دن مینیجر [[PERSON:Sophie Turner]] نے دو ہیٹر
بھیجے اور اسی ہفتے نیا بوائلر لگ گیا۔ انہوں نے بجلی کا خرچ اور ۳۵۰ پاؤنڈ معاوضہ دیا، اور
ہمارے ریکارڈ پر "کمزور گھرانہ" کا نشان لگایا۔

ہمارا بیٹا [[PERSON:ایان]] فروری میں خیریت سے پیدا ہوا۔

سبق: اگر گھر میں حاملہ خاتون، چھوٹا بچہ یا بیمار ہو تو پہلی کال میں بتائیں، اور پوچھیں کہ
آپ کو ترجیحی فہرست میں ڈالا گیا یا نہیں۔ دن کے آخر میں، ٹھنڈا گھر صرف تکلیف نہیں، خطرہ ہے۔
"""),
    ),
    (
        "fv2bn-bn-01",
        "bn",
        _s("""
এই লেখাটা ইংরেজি থেকে মেশিনে অনুবাদ করা, কিছু জায়গায় ভাষা একটু অদ্ভুত লাগতে পারে।

আমার নাম [[PERSON:রহিমা খাতুন]]। কাউন্সিলের চিঠিতে লেখে [[PERSON:Rahima Khatun]], আর
একবার লিখেছিল [[PERSON:Rohima Khatoon]]। আমি স্বামী [[PERSON:জামাল]] আর মেয়ে
[[PERSON:আলো]]-কে নিয়ে [[ADDRESS:ম্যাপল হাউস]]-এর [[ADDRESS:ফ্ল্যাট ৩২]]-এ থাকি, পোস্টকোড
[[POSTCODE:e14 0ps]]। [[PERSON:আলো]]-র বয়স [[AGE:৬ বছর]]।

আমাদের শোবার ঘরে জানালা দিয়ে আলো কম আসে, আর দেয়ালের কোণে কালো ছত্রাক জমে গিয়েছিল,
জামাকাপড়ে গন্ধ। [[PERSON:আলো]]-র [[HEALTH:হাঁপানি]] আছে, আর
[[ADDRESS:জুবিলি স্ট্রিট প্র্যাকটিস]]-এর ডাক্তার বলেছেন ছত্রাক তার জন্য খারাপ। আমি
[[ORGANISATION:লাইমহাউস কমিউনিটি হোমস]]-কে [[PHONE:০২০ ৭৯৪৬ ০৪৭১]] নম্বরে বারবার ফোন
করেছি। তারা বলেছিল "আমরা আপনার কাছে ফিরে আসব"। কেউ ফিরে আসেনি।

তারপর আমি লিখিত অভিযোগ করলাম, নম্বর [[REFERENCE:LCH-৫৫২১৮]]। এলাকার কমিউনিটি সেন্টারের
এক আপা ইংরেজিতে চিঠি লিখতে সাহায্য করলেন। দুই সপ্তাহ পরে মিস্টার [[PERSON:ড্যানিয়েল]]
নামে একজন সার্ভেয়ার এলেন। তিনি দেখলেন ছাদের পাইপ ফেটে দেয়ালের ভিতরে পানি ঢুকছে। তারা
পাইপ বদলে দিল, দেয়াল শুকিয়ে নতুন রং করল, আর একটা ফ্যান লাগাল যেটা সবসময় আস্তে চলে।
আমাদের ৩৫০ পাউন্ড ক্ষতিপূরণও দিল।

যা শিখলাম: দিনের শেষে, ফোনের চেয়ে লেখা বেশি কাজ করে। ডাক্তারের চিঠি সঙ্গে দিন। আর কেউ
যদি বলে "এটা আপনার রান্নার জন্য", তাহলে তার নাম লিখে রাখুন। এখন মেয়ের ঘরে রাতে কাশি
নেই, আলহামদুলিল্লাহ।
"""),
    ),
    (
        "fv2bn-bn-02",
        "bn",
        _s("""
এই গল্পটি ইংরেজি থেকে যন্ত্রে অনুবাদ করা। মিসেস [[PERSON:গোলাপ হিল]] (ইংরেজিতে
[[PERSON:Rose Hill]]; কোথাও কোথাও অনুবাদে এসেছে «[[PERSON:রোজ পাহাড়]]») আমাদের তাঁর
কথা বলতে দিয়েছেন।

আমার বয়স [[AGE:৭৪ বছর]], আমি একা থাকি [[ADDRESS:৯ চেস্টনাট ক্লোজ]]-এ,
[[POSTCODE:CV2 3LP]]। আমার বাড়ি [[ADDRESS:দ্য রেড লায়ন]] পাবের ঠিক পেছনে, সবাই চেনে। গত
শীতে কেউ আমার পেছনের দরজা ভেঙে ঢোকার চেষ্টা করেছিল। দরজার ফ্রেম ফেটে গেল, তালা আর
লাগে না, আর রান্নাঘরের জানালার কাচও ফাটা।

আমি [[ORGANISATION:Coventry Riverside Homes]]-কে ফোন করলাম। তারা বলল পুলিশের রেফারেন্স
লাগবে, তারপর বলল মেরামত "রুটিন", মানে ২৮ দিন। আমি চার সপ্তাহ দরজার সামনে চেয়ার রেখে
ঘুমিয়েছি। ঠিকাদার [[ORGANISATION:ব্রাইটওয়ার্কস মেইনটেন্যান্স]] দুবার এসে ভুল মাপের দরজা
নিয়ে এল।

আমার নাতি [[PERSON:জ্যাক]], বয়স [[AGE:১৯]], আমার ইমেইল [[EMAIL:rosehill48@example.co.uk]]
থেকে অভিযোগ লিখল, রেফারেন্স [[REFERENCE:CRH-77105]]। সে লিখল যে আমি একা থাকা একজন বয়স্ক
মহিলা, এবং ভাঙা দরজা একটা নিরাপত্তার ঝুঁকি। পরের দিন ম্যানেজার মিস [[PERSON:Aisha Begum]]
নিজে ফোন করলেন, সেদিনই অস্থায়ী তালা লাগানো হলো, আর এক সপ্তাহে নতুন দরজা ও জানালা।
তারা ক্ষমা চেয়ে চিঠিও পাঠাল।

যা শিখলাম: "নিরাপত্তা" শব্দটা ব্যবহার করুন, শুধু "মেরামত" না। আর বয়স্ক হলে সেটা জানাতে
লজ্জা পাবেন না, ৬৫-র বেশি বয়সীদের জন্য তাদের আলাদা নিয়ম আছে। বাগানের গোলাপগুলো এখন
আবার ফুটছে, আর আমি রাতে ঘুমাতে পারি।
"""),
    ),
    (
        "fv2bn-bn-03",
        "bn",
        _s("""
এই গল্পটা ইংরেজি থেকে মেশিন অনুবাদ। নামের বানান চিঠিতে যেমন ছিল তেমনই রাখা হয়েছে।

আমার আব্বা [[PERSON:মোহাম্মদ আবুল হোসেন]]। ব্যাংকে লেখা [[PERSON:Md. Abul Hossain]],
কাউন্সিলে [[PERSON:Mohammad Abul Hussain]], আর মসজিদে সবাই ডাকে [[PERSON:হোসেন]] সাহেব।
আব্বা আর আম্মা [[PERSON:ফাতেমা বেগম]] থাকেন [[ADDRESS:৬১ গ্রেঞ্জ রোড]],
[[POSTCODE:OL9 6EH]]-এ, [[ADDRESS:শাহজালাল মসজিদ]]-এর পাশে। আব্বা ইংরেজি পড়তে পারেন না।

গত বছর তাঁর হাউজিং বেনিফিট ইউনিভার্সাল ক্রেডিটে বদলানোর সময় চিঠি এসেছিল, সব ইংরেজিতে।
আব্বা চিঠিগুলো ড্রয়ারে রেখে দিলেন। তিন মাস পরে [[ORGANISATION:Werneth Park Housing]] থেকে
চিঠি এল যে ভাড়া বাকি ১,৮৬০ পাউন্ড, টেন্যান্সি নম্বর [[REFERENCE:WPH-T-300418]]। আম্মা ভয়ে
অসুস্থ হয়ে পড়লেন।

আমি, তাঁদের মেয়ে [[PERSON:নাজমা]], লন্ডন থেকে [[PHONE:০১৬১ ৪৯৬ ০৯১২]] নম্বরে ফোন করলাম।
প্রথমে তারা বলল আব্বার অনুমতি ছাড়া আমার সাথে কথা বলবে না। আমি লিখিত অভিযোগ করলাম,
নম্বর [[REFERENCE:CMP-২৪-০৭৭১]]। তারপর মিসেস [[PERSON:Rachel Dunn]] একজন বাংলা দোভাষী
নিয়ে আব্বার বাসায় গেলেন। তিনি ইউনিভার্সাল ক্রেডিটের আবেদন ঠিক করতে সাহায্য করলেন,
পুরনো মাসগুলোর ব্যাকডেট হলো, আর বাকি ভাড়া প্রায় সব মিটে গেল। তারা এখন আব্বার ফাইলে
লিখে রেখেছে: "বাংলায় যোগাযোগ, মেয়ে [[PERSON:নাজমা]]-কে কপি"।

যা শিখলাম: যাঁরা ইংরেজি পড়তে পারেন না, তাঁদের জন্য দোভাষী চাওয়া অধিকার। আর বয়স্ক
বাবা-মায়ের জন্য আগেই লিখিত অনুমতি দিয়ে রাখুন, যাতে দরকারে সন্তানরা কথা বলতে পারে।
"""),
    ),
    (
        "fv2bn-bn-04",
        "bn",
        _s("""
এটি আমাদের পরিবারের গল্প, ইংরেজি থেকে যন্ত্রে অনুবাদ।

আমার শ্বশুর [[PERSON:আব্দুস সালাম]] সাহেব, জন্ম [[DATE_OF_BIRTH:১৯৫১ সালের ২ জানুয়ারি]],
তাঁর [[HEALTH:ডিমেনশিয়া]] আর [[HEALTH:ডায়াবেটিস]] আছে। তিনি থাকেন
[[ADDRESS:১১ দ্য স্প্রিংস]], [[POSTCODE:LU4 8PW]]-এ, আমরা পাশের রাস্তায়। বাড়িটা
[[ORGANISATION:Chiltern Brook Homes]]-এর।

নভেম্বরে তাঁর স্টোরেজ হিটার দুটো নষ্ট হয়ে গেল। তিনি নিজে বুঝতে পারেননি, শুধু কম্বল জড়িয়ে
বসে থাকতেন। আমি, তাঁর পুত্রবধূ [[PERSON:নাসরিন]], যখন দেখলাম ঘর বরফের মতো ঠান্ডা, তখনই
ফোন করলাম। তারা জিজ্ঞেস করল তাঁর ন্যাশনাল ইনস্যুরেন্স নম্বর,
[[NI_NUMBER:QQ 44 19 73 C]], আর জন্মতারিখ, যেটা কম্পিউটারে উল্টো লেখা ছিল:
[[DATE_OF_BIRTH:01/02/1951]]। ফলে তারা বলল আমি "অননুমোদিত ব্যক্তি"।

জিপি-র নার্স একটা চিঠি দিলেন, তাতে তাঁর এনএইচএস নম্বর [[OTHER_ID:৬৩৪ ২১৮ ৯৯০৫]] আর লেখা
ছিল যে ঠান্ডা তাঁর জন্য বিপজ্জনক। আমি চিঠিটা লাগিয়ে অভিযোগ করলাম, রেফারেন্স
[[REFERENCE:CBH/REP/5027]], আমার নম্বর [[PHONE:০৭৭০০ ৯০০৫৬১]] দিয়ে। এবার দুই দিনের মধ্যে
ইলেকট্রিশিয়ান এসে নতুন হিটার লাগাল, যেটা চালানো সহজ। তারা জন্মতারিখ ঠিক করল, আমাকে তাঁর
পক্ষে কথা বলার অনুমতি রেকর্ড করল, আর তাঁর নাম "ঝুঁকিপূর্ণ বাসিন্দা" তালিকায় রাখল।

যা শিখলাম: বয়স্ক মানুষ অনেক সময় অভিযোগ করেন না। আশেপাশের লোকদের খেয়াল রাখতে হয়। আর
কম্পিউটারের তারিখ ভুল থাকলে সেটা আগে ঠিক করান, না হলে প্রতিবার একই ঝামেলা।
"""),
    ),
    (
        "fv2bn-bn-05",
        "bn",
        _s("""
আমি [[PERSON:শিরিন আক্তার]]। এই লেখা আমার বাংলা থেকে ইংরেজিতে, আর আবার ইংরেজি থেকে বাংলায়
মেশিনে অনুবাদ হয়েছে, তাই কিছু কথা একটু উল্টো শোনাতে পারে।

আমাদের ছেলে [[PERSON:তানভীর]] (ডাক নাম [[PERSON:টনু]], স্কুলে সবাই বলে [[PERSON:Tonu]]),
বয়স [[AGE:১২ বছর]]। তার [[HEALTH:সেরিব্রাল পালসি]] আছে এবং সে হুইলচেয়ার ব্যবহার করে। সে
[[ADDRESS:বেলভিউ স্কুল]]-এ পড়ে। আমরা থাকি [[ADDRESS:৪৭ লিন্ডেন ক্রিসেন্ট]],
[[POSTCODE:E6 3DT]], বাড়িটা [[ORGANISATION:নিউহ্যাম কাউন্সিল]]-এর।

[[PERSON:টনু]] বড় হয়ে গেছে, আমি আর তাকে কোলে করে সিঁড়ি দিয়ে বাথরুমে নিতে পারি না। আমার
পিঠে ব্যথা। হুইলচেয়ার দরজা দিয়ে ফিট হয় না। অকুপেশনাল থেরাপিস্ট মিস [[PERSON:হান্না]]
২০২২ সালে সিলিং হোয়েস্ট, নিচতলায় ওয়েট রুম আর চওড়া দরজার সুপারিশ করলেন। তারপর দেড়
বছর কিছুই হলো না।

আমি অভিযোগ করলাম, রেফারেন্স [[REFERENCE:DFG/২৩/০৪৪]]। আরেকটা সমস্যা ছিল গাড়ি রাখার জায়গা।
আমাদের অ্যাডাপ্টেড গাড়ি [[OTHER_ID:LC68 WXP]]-এর জন্য বাড়ির সামনে ড্রপ কার্ব দরকার ছিল,
সেটা আরেক বিভাগের কাজ। দুই বিভাগ একে অন্যকে দোষ দিচ্ছিল। কাউন্সিলরের অফিসে চিঠি দেওয়ার
পর মিস্টার [[PERSON:Kwame Mensah]] কেস ম্যানেজার হলেন, দুই বিভাগকে এক মিটিংয়ে বসালেন।
চার মাসে সব কাজ শেষ হলো।

যা শিখলাম: একজন মানুষকে কেস-এর দায়িত্ব নিতে বলুন। আমার স্বামী [[PERSON:রফিক]] বলেন,
দিনের শেষে একটাই নাম, একটাই ফোন নম্বর, তাহলেই কাজ হয়।
"""),
    ),
    (
        "fv2bn-pa-01",
        "pa",
        _s("""
ਇਹ ਕਹਾਣੀ ਅੰਗਰੇਜ਼ੀ ਤੋਂ ਮਸ਼ੀਨ ਨਾਲ ਅਨੁਵਾਦ ਕੀਤੀ ਗਈ ਹੈ।

ਮੇਰਾ ਨਾਮ ਸ੍ਰੀਮਤੀ [[PERSON:ਜਸਵਿੰਦਰ ਕੌਰ]] ਹੈ। ਚਿੱਠੀਆਂ ਵਿੱਚ ਕਦੇ [[PERSON:Jaswinder Kaur]] ਤੇ
ਕਦੇ [[PERSON:Jasvinder Kaur]] ਲਿਖਦੇ ਨੇ। ਮੈਂ ਆਪਣੇ ਪਤੀ ਸਰਦਾਰ [[PERSON:ਮਨਜੀਤ ਸਿੰਘ]], ਪੁੱਤਰ,
ਨੂੰਹ ਅਤੇ ਪੋਤੀ ਨਾਲ [[ADDRESS:੧੭ ਵਿਲੋ ਗਰੋਵ]], [[POSTCODE:UB2 4NR]] ਵਿੱਚ ਰਹਿੰਦੀ ਹਾਂ। ਪੋਤੀ
[[PERSON:ਸਿਮਰਨ]] ਅਜੇ [[AGE:੨ ਸਾਲ]] ਦੀ ਹੈ। ਅਸੀਂ [[OTHER_SPECIAL:ਸਿੱਖ]] ਪਰਿਵਾਰ ਹਾਂ ਅਤੇ ਰੋਜ਼
ਸ਼ਾਮ ਨੂੰ [[ADDRESS:ਗੁਰਦੁਆਰਾ ਸ੍ਰੀ ਗੁਰੂ ਸਿੰਘ ਸਭਾ]] ਜਾਂਦੇ ਹਾਂ, ਜੋ ਘਰ ਤੋਂ ਦਸ ਮਿੰਟ ਦੀ ਦੂਰੀ 'ਤੇ
ਹੈ।

ਪਿਛਲੇ ਦੋ ਸਿਆਲਾਂ ਤੋਂ ਪਿਛਲੇ ਕਮਰੇ ਦੀ ਛੱਤ 'ਤੇ ਕਾਲੀ ਉੱਲੀ ਲੱਗੀ ਹੋਈ ਸੀ। [[PERSON:ਸਿਮਰਨ]] ਨੂੰ ਤਿੰਨ
ਵਾਰ [[HEALTH:ਛਾਤੀ ਦੀ ਲਾਗ]] ਹੋਈ। ਅਸੀਂ [[ORGANISATION:ਵੈਸਟਵੇਅ ਹਾਊਸਿੰਗ]] ਨੂੰ
[[PHONE:੦੨੦ ੭੯੪੬ ੦੭੭੩]] 'ਤੇ ਫ਼ੋਨ ਕਰਦੇ ਰਹੇ। ਉਹ ਕਹਿੰਦੇ "ਖਿੜਕੀ ਖੋਲ੍ਹੋ, ਹੀਟਿੰਗ ਚਲਾਓ"। ਪਰ
ਹੀਟਿੰਗ ਚਲਾਉਣ ਨਾਲ ਗੈਸ ਦਾ ਬਿਲ ਬਹੁਤ ਵੱਧ ਗਿਆ ਅਤੇ ਉੱਲੀ ਫਿਰ ਵੀ ਨਾ ਗਈ।

ਮੇਰੇ ਪੁੱਤਰ [[PERSON:ਗੁਰਵਿੰਦਰ]] ਨੇ ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਨੰਬਰ [[REFERENCE:WWH-੨੦੨੪-੦੩੧੭]]। ਦੋ
ਹਫ਼ਤਿਆਂ ਬਾਅਦ ਸ੍ਰੀਮਾਨ [[PERSON:Mark Ellis]] ਆਏ। ਉਨ੍ਹਾਂ ਨੇ ਉੱਪਰ ਚੜ੍ਹ ਕੇ ਦੇਖਿਆ ਕਿ ਲੌਫਟ ਵਿੱਚ
ਇਨਸੂਲੇਸ਼ਨ ਹੀ ਨਹੀਂ ਸੀ। ਉਨ੍ਹਾਂ ਨੇ ਇਨਸੂਲੇਸ਼ਨ ਪਾਈ, ਉੱਲੀ ਸਾਫ਼ ਕੀਤੀ, ਨਵਾਂ ਪੱਖਾ ਲਾਇਆ ਅਤੇ
ਕਮਰਾ ਰੰਗ ਕੀਤਾ। ਸਾਨੂੰ ੩੦੦ ਪੌਂਡ ਮੁਆਵਜ਼ਾ ਵੀ ਮਿਲਿਆ।

ਅਸੀਂ ਕੀ ਸਿੱਖਿਆ: ਦਿਨ ਦੇ ਅੰਤ ਵਿੱਚ, ਸਿਰਫ਼ ਫ਼ੋਨ ਨਾ ਕਰੋ, ਲਿਖੋ। ਡਾਕਟਰ ਦੀ ਚਿੱਠੀ ਨਾਲ ਲਾਓ। ਅਤੇ
ਜੇ ਕੋਈ ਕਹੇ ਕਿ ਇਹ ਤੁਹਾਡੀ ਗਲਤੀ ਹੈ, ਤਾਂ ਸਰਵੇ ਮੰਗੋ।
"""),
    ),
    (
        "fv2bn-pa-02",
        "pa",
        _s("""
ਇਹ ਕਹਾਣੀ ਅੰਗਰੇਜ਼ੀ ਤੋਂ ਮਸ਼ੀਨ ਨਾਲ ਅਨੁਵਾਦ ਕੀਤੀ ਗਈ ਹੈ। ਕਹਾਣੀ ਸ੍ਰੀਮਾਨ [[PERSON:ਪੀਟਰ ਬੇਕਰ]] ਦੀ
ਹੈ; ਅਨੁਵਾਦ ਵਿੱਚ ਕਿਤੇ ਕਿਤੇ "ਸ੍ਰੀਮਾਨ [[PERSON:ਨਾਨਬਾਈ]]" ਵੀ ਆ ਗਿਆ, ਕਿਉਂਕਿ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ
[[PERSON:ਬੇਕਰ]] ਦਾ ਅਰਥ ਨਾਨਬਾਈ ਹੈ।

ਮੇਰੀ ਉਮਰ [[AGE:੭੧ ਸਾਲ]] ਹੈ। ਮੈਂ ਅਤੇ ਮੇਰੀ ਪਤਨੀ [[PERSON:ਮੌਰੀਨ]] [[ADDRESS:ਫਲੈਟ ੩]],
[[ADDRESS:ਕੈਸਲ ਮਿਊਜ਼]], [[POSTCODE:DY4 0QS]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ, [[ADDRESS:ਦ ਕਰਾਊਨ]] ਪੱਬ ਦੇ
ਬਿਲਕੁਲ ਸਾਹਮਣੇ।

ਦੋ ਸਾਲ ਪਹਿਲਾਂ ਉੱਪਰ ਵਾਲੇ ਫਲੈਟ ਵਿੱਚ ਨਵੇਂ ਕਿਰਾਏਦਾਰ ਆਏ। ਉਨ੍ਹਾਂ ਨੇ ਲੱਕੜ ਦਾ ਫਰਸ਼ ਬਿਨਾਂ ਗੱਦੀ
ਦੇ ਲਾ ਦਿੱਤਾ, ਅਤੇ ਹਰ ਕਦਮ ਸਾਡੀ ਛੱਤ ਵਿੱਚ ਢੋਲ ਵਾਂਗ ਵੱਜਦਾ ਸੀ, ਰਾਤ ਦੇ ਦੋ ਵਜੇ ਤੱਕ। ਮੈਨੂੰ
[[HEALTH:ਟਿੰਨੀਟਸ]] ਹੈ ਅਤੇ [[PERSON:ਮੌਰੀਨ]] ਨੂੰ [[HEALTH:ਡਿਪਰੈਸ਼ਨ]], ਅਤੇ ਨੀਂਦ ਨਾ ਆਉਣ ਨਾਲ
ਦੋਵੇਂ ਹੋਰ ਖਰਾਬ ਹੋ ਗਏ।

ਅਸੀਂ [[ORGANISATION:Black Country Living]] ਨੂੰ ਸ਼ਿਕਾਇਤ ਕੀਤੀ। ਪਹਿਲਾਂ ਕਿਹਾ ਗਿਆ ਕਿ ਇਹ
"ਰੋਜ਼ਾਨਾ ਜੀਵਨ ਦੀ ਆਵਾਜ਼" ਹੈ। ਮੈਂ ਈਮੇਲ [[EMAIL:p.baker71@example.com]] ਤੋਂ ਰਿਕਾਰਡਿੰਗਾਂ
ਭੇਜੀਆਂ, ਕੇਸ ਨੰਬਰ [[REFERENCE:BCL/ASB/0415]] ਮਿਲਿਆ। ਫਿਰ ਹਾਊਸਿੰਗ ਅਫ਼ਸਰ ਸ੍ਰੀਮਤੀ
[[PERSON:ਪਰਮਿੰਦਰ ਢਿੱਲੋਂ]] ਨੇ ਦੋਵਾਂ ਘਰਾਂ ਨਾਲ ਗੱਲ ਕੀਤੀ। ਪਤਾ ਲੱਗਾ ਕਿ ਕਿਰਾਏ ਦੇ ਸਮਝੌਤੇ ਵਿੱਚ
ਲਿਖਿਆ ਹੈ ਕਿ ਉੱਪਰਲੇ ਫਲੈਟਾਂ ਵਿੱਚ ਗਲੀਚਾ ਜਾਂ ਸਾਊਂਡ ਪੈਡ ਜ਼ਰੂਰੀ ਹੈ। ਮਕਾਨ-ਮਾਲਕ ਨੇ ਆਪਣੇ
ਖ਼ਰਚੇ 'ਤੇ ਉੱਪਰ ਸਾਊਂਡ ਪੈਡ ਅਤੇ ਗਲੀਚਾ ਲਵਾਇਆ। ਗੁਆਂਢੀ ਵੀ ਚੰਗੇ ਨਿਕਲੇ, ਉਨ੍ਹਾਂ ਨੂੰ ਪਤਾ ਹੀ ਨਹੀਂ
ਸੀ ਕਿ ਆਵਾਜ਼ ਹੇਠਾਂ ਇੰਨੀ ਜਾਂਦੀ ਹੈ।

ਮੈਂ ਕੀ ਸਿੱਖਿਆ: ਹਰ ਸ਼ੋਰ ਸਮਾਜ-ਵਿਰੋਧੀ ਵਿਵਹਾਰ ਨਹੀਂ ਹੁੰਦਾ, ਕਦੇ ਕਦੇ ਇਹ ਇਮਾਰਤ ਦੀ ਸਮੱਸਿਆ ਹੁੰਦੀ
ਹੈ। ਵਿਚੋਲਗੀ ਮੰਗੋ, ਲੜਾਈ ਨਹੀਂ।
"""),
    ),
    (
        "fv2bn-pa-03",
        "pa",
        _s("""
ਮੈਂ ਸਰਦਾਰ [[PERSON:ਕੁਲਦੀਪ ਸਿੰਘ ਗਿੱਲ]] ਹਾਂ, ਉਮਰ [[AGE:੫੮ ਸਾਲ]]। ਕੌਂਸਲ ਦੀ ਇੱਕ ਅੰਗਰੇਜ਼ੀ ਚਿੱਠੀ
ਦਾ ਪੰਜਾਬੀ ਅਨੁਵਾਦ ਜਦੋਂ ਮੈਨੂੰ ਮਿਲਿਆ, ਉਸ ਵਿੱਚ ਲਿਖਿਆ ਸੀ "ਪਿਆਰੇ ਸ੍ਰੀਮਾਨ [[PERSON:ਸ਼ੇਰ]]", ਅਤੇ
ਅੰਗਰੇਜ਼ੀ ਵਾਲੀ ਵਿੱਚ "Dear Mr [[PERSON:Gil]]"। ਨਾਮ ਦੀਆਂ ਗਲਤੀਆਂ ਛੱਡੋ, ਅਸਲ ਕਹਾਣੀ ਇਹ ਹੈ।

ਮੈਨੂੰ [[HEALTH:ਮਲਟੀਪਲ ਸਕਲੇਰੋਸਿਸ]] ਹੈ। ਅਸੀਂ [[ADDRESS:੩੩ ਗ੍ਰੇਂਜ ਐਵੇਨਿਊ]],
[[POSTCODE:WV14 7QA]] ਵਿੱਚ ਦੋ ਮੰਜ਼ਿਲਾ ਘਰ ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ, ਅਤੇ ਬਾਥਰੂਮ ਉੱਪਰ ਹੈ। ੨੦੨੨ ਤੋਂ
ਮੈਂ ਪੌੜੀਆਂ ਨਹੀਂ ਚੜ੍ਹ ਸਕਦਾ। ਮੇਰੀ ਪਤਨੀ [[PERSON:ਬਲਵਿੰਦਰ]] ਅਤੇ ਪੁੱਤਰ [[PERSON:ਹਰਮਨ]] ਮੈਨੂੰ
ਫੜ ਕੇ ਉੱਪਰ ਲੈ ਜਾਂਦੇ ਸਨ।

ਓਟੀ [[PERSON:Sarah]] ਨੇ ਸਟੇਅਰਲਿਫਟ ਅਤੇ ਹੇਠਾਂ ਸ਼ਾਵਰ ਦੀ ਸਿਫ਼ਾਰਸ਼ ਕੀਤੀ।
[[ORGANISATION:Tettenhall Vale Housing]] ਨੇ ਕਿਹਾ ਕਿ ਉਡੀਕ ਸੂਚੀ ਇੱਕ ਸਾਲ ਦੀ ਹੈ। ਨਾਲ ਹੀ ਮੈਂ
ਘਰ ਦੇ ਸਾਹਮਣੇ ਅਪਾਹਜ ਪਾਰਕਿੰਗ ਮੰਗੀ ਸੀ ਸਾਡੀ ਗੱਡੀ [[OTHER_ID:KX17 DNP]] ਲਈ, ਉਹ ਵੀ ਅਟਕੀ ਰਹੀ।

ਫਿਰ ਮੇਰੀ ਧੀ [[PERSON:ਨਵਜੋਤ]] ਨੇ ਸ਼ਿਕਾਇਤ ਲਿਖੀ, ਹਵਾਲਾ [[REFERENCE:TVH-ADAPT-2291]], ਅਤੇ ਪੁੱਛਿਆ
ਕਿ ਇੱਕ ਸਾਲ ਤੱਕ ਮੈਂ ਕਿਵੇਂ ਨਹਾਵਾਂ। ਦੋ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਜਵਾਬ ਆਇਆ। ਉਨ੍ਹਾਂ ਨੇ ਮੰਨਿਆ ਕਿ ਮੇਰਾ ਕੇਸ
ਗਲਤੀ ਨਾਲ "ਆਮ" ਵਿੱਚ ਰੱਖਿਆ ਗਿਆ ਸੀ, "ਜ਼ਰੂਰੀ" ਵਿੱਚ ਨਹੀਂ, ਕਿਉਂਕਿ ਦੋ ਨਾਮਾਂ ਹੇਠ ਦੋ ਫਾਈਲਾਂ ਬਣ
ਗਈਆਂ ਸਨ। ਛੇ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਸਟੇਅਰਲਿਫਟ ਲੱਗ ਗਈ, ਫਿਰ ਸ਼ਾਵਰ, ਅਤੇ ਪਾਰਕਿੰਗ ਬੇ ਦੀ ਲਾਈਨ ਵੀ ਵਾਹ
ਦਿੱਤੀ ਗਈ।

ਸਿੱਖਿਆ: ਆਪਣੇ ਕੇਸ ਦੀ ਤਰਜੀਹ ਪੁੱਛੋ, ਲਿਖਤੀ ਵਿੱਚ। ਅਤੇ ਜੇ ਨਾਮ ਗਲਤ ਲਿਖਿਆ ਹੋਵੇ, ਤਾਂ ਉਸੇ ਵੇਲੇ
ਠੀਕ ਕਰਵਾਓ। ਹੁਣ ਮੈਂ ਆਪ ਸ਼ੇਰ ਵਾਂਗ ਉੱਪਰ ਜਾਂਦਾ ਹਾਂ!
"""),
    ),
    (
        "fv2bn-pa-04",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਹਰਪ੍ਰੀਤ ਕੌਰ ਬਾਜਵਾ]] ਹਾਂ, ਘਰ ਵਿੱਚ ਸਾਰੇ [[PERSON:ਪ੍ਰੀਤੋ]] ਕਹਿੰਦੇ ਨੇ, ਅਤੇ ਕੰਮ 'ਤੇ
[[PERSON:Preeto]]। ਇਹ ਕਹਾਣੀ ਮੇਰੀ ਧੀ ਨੇ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਲਿਖੀ ਅਤੇ ਮਸ਼ੀਨ ਨੇ ਪੰਜਾਬੀ ਕੀਤੀ। ਅਸੀਂ
[[ADDRESS:ਬਲੂਤ ਦੀਆਂ ਜ਼ਮੀਨਾਂ ਕੋਰਟ]] ([[ADDRESS:Oaklands Court]]) ਦੇ [[ADDRESS:ਫਲੈਟ ੨੧]] ਵਿੱਚ
ਰਹਿੰਦੇ ਹਾਂ, [[POSTCODE:ub13ht]]।

ਸਾਡਾ ਸਰਵਿਸ ਚਾਰਜ ੨੦੨੩ ਵਿੱਚ ਹਫ਼ਤੇ ਦਾ ੧੪ ਪੌਂਡ ਤੋਂ ੨੬ ਪੌਂਡ ਹੋ ਗਿਆ। ਇਸ ਵਿੱਚ "ਪੌੜੀਆਂ ਦੀ
ਸਫ਼ਾਈ" ਅਤੇ "ਕਮਿਊਨਲ ਲਾਈਟਾਂ" ਸਨ। ਪਰ ਪੌੜੀਆਂ ਮਹੀਨਿਆਂ ਤੱਕ ਗੰਦੀਆਂ ਰਹੀਆਂ ਅਤੇ ਤੀਜੀ ਮੰਜ਼ਿਲ
ਦੀ ਬੱਤੀ ਅੱਧਾ ਸਾਲ ਬੰਦ ਰਹੀ। ਮੈਂ [[ORGANISATION:Hayes Meadow Housing]] ਨੂੰ ਤਿੰਨ ਵਾਰ ਲਿਖਿਆ,
ਕਿਰਾਏਦਾਰੀ ਨੰਬਰ [[REFERENCE:HMH-0027715]] ਨਾਲ, ਪਰ ਜਵਾਬ ਹਮੇਸ਼ਾ ਉਹੀ: "ਅਸੀਂ ਇਸ ਨੂੰ ਦੇਖ ਰਹੇ
ਹਾਂ"।

ਮੇਰੀ ਧੀ [[PERSON:ਨਵਨੀਤ]] ਨੇ ਹਨੇਰੀਆਂ ਪੌੜੀਆਂ ਦੀ ਵੀਡੀਓ ਆਪਣੇ ਖਾਤੇ [[OTHER_ID:@navbajwa_ldn]]
ਤੋਂ X 'ਤੇ ਪਾਈ ਅਤੇ ਹਾਊਸਿੰਗ ਨੂੰ ਟੈਗ ਕੀਤਾ। ਉਸੇ ਦਿਨ ਉਨ੍ਹਾਂ ਦੀ ਟੀਮ ਨੇ ਜਵਾਬ ਦਿੱਤਾ ਅਤੇ ਈਮੇਲ
ਮੰਗੀ, ਮੈਂ ਦਿੱਤੀ: [[EMAIL:preeto.bajwa@example.net]]। ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:HMH-CX-6630]]
ਬਣਿਆ। ਸ੍ਰੀਮਤੀ [[PERSON:Joanne Pike]] ਨੇ ਸਾਰੇ ਬਲਾਕ ਦੇ ਸਰਵਿਸ ਚਾਰਜ ਦੀ ਜਾਂਚ ਕੀਤੀ। ਪਤਾ ਲੱਗਾ
ਕਿ ਸਫ਼ਾਈ ਦਾ ਠੇਕਾ ਛੇ ਮਹੀਨੇ ਪਹਿਲਾਂ ਖ਼ਤਮ ਹੋ ਗਿਆ ਸੀ। ਹਰ ਫਲੈਟ ਨੂੰ ੧੮੦ ਪੌਂਡ ਵਾਪਸ ਮਿਲੇ,
ਬੱਤੀਆਂ ਬਦਲੀਆਂ ਗਈਆਂ, ਅਤੇ ਸਫ਼ਾਈ ਦੀ ਸੂਚੀ ਹੁਣ ਹਰ ਮੰਜ਼ਿਲ 'ਤੇ ਲੱਗੀ ਹੈ।

ਅਸੀਂ ਕੀ ਸਿੱਖਿਆ: ਸਰਵਿਸ ਚਾਰਜ ਦਾ ਹਿਸਾਬ ਮੰਗਣਾ ਤੁਹਾਡਾ ਹੱਕ ਹੈ। ਸੋਸ਼ਲ ਮੀਡੀਆ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ,
ਪਰ ਫਿਰ ਵੀ ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਜ਼ਰੂਰ ਕਰੋ, ਤਾਂ ਜੋ ਨੰਬਰ ਮਿਲੇ।
"""),
    ),
    (
        "fv2bn-pa-05",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਮ [[PERSON:ਅਮਨਦੀਪ ਸਿੰਘ ਧਾਲੀਵਾਲ]] ਹੈ, ਦੋਸਤ [[PERSON:ਅਮਨ]] ਕਹਿੰਦੇ ਹਨ, ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ
[[PERSON:Amandeep Dhaliwal]]। ਅਸੀਂ [[ADDRESS:੮੨ ਕੈਨਾਲਸਾਈਡ]], [[POSTCODE:UB6 8PZ]] ਵਿੱਚ
ਰਹਿੰਦੇ ਹਾਂ। ਸਾਡੀ ਧੀ [[PERSON:ਜੋਤ]] ਦਾ ਜਨਮ [[DATE_OF_BIRTH:੦੯.੧੧.੨੦੧੮]] ਨੂੰ ਹੋਇਆ ਸੀ;
ਹਾਊਸਿੰਗ ਦੀ ਚਿੱਠੀ ਵਿੱਚ ਇਹ [[DATE_OF_BIRTH:11/09/2018]] ਲਿਖਿਆ ਗਿਆ, ਅਤੇ ਕਿਸੇ ਨੇ ਮਸ਼ੀਨ ਨਾਲ
ਉਸ ਦਾ ਨਾਮ ਵੀ "[[PERSON:Flame]]" ਕਰ ਦਿੱਤਾ। ਉਹ [[ADDRESS:ਗ੍ਰੀਨਫੋਰਡ ਪ੍ਰਾਇਮਰੀ ਸਕੂਲ]] ਵਿੱਚ
ਪੜ੍ਹਦੀ ਹੈ।

ਪਿਛਲੇ ਦਸੰਬਰ ਛੱਤ ਵਿੱਚੋਂ ਪਾਣੀ ਬਿਜਲੀ ਦੇ ਬੋਰਡ ਵਿੱਚ ਪੈ ਗਿਆ, ਬਿਜਲੀ ਬੰਦ ਹੋ ਗਈ ਅਤੇ ਹੀਟਿੰਗ ਵੀ।
ਮੈਂ [[ORGANISATION:ਗ੍ਰੈਂਡ ਯੂਨੀਅਨ ਹੋਮਜ਼]] ਦੀ ਐਮਰਜੈਂਸੀ ਲਾਈਨ 'ਤੇ ਫ਼ੋਨ ਕੀਤਾ। ਇਲੈਕਟ੍ਰੀਸ਼ਨ ਰਾਤ
ਨੂੰ ਆਇਆ, ਸਰਕਟ ਬੰਦ ਕਰ ਗਿਆ, ਪਰ ਛੱਤ ਦੀ ਮੁਰੰਮਤ "ਰੂਟੀਨ" ਲਿਸਟ ਵਿੱਚ ਚਲੀ ਗਈ। ਤਿੰਨ ਹਫ਼ਤੇ
ਅਸੀਂ ਇੱਕ ਕਮਰੇ ਵਿੱਚ ਦੋ ਛੋਟੇ ਹੀਟਰਾਂ ਨਾਲ ਰਹੇ। [[PERSON:ਜੋਤ]] ਦੇ ਸਕੂਲ ਵਾਲਿਆਂ ਨੇ ਪੁੱਛਿਆ ਕਿ
ਉਹ ਇੰਨੀ ਥੱਕੀ ਕਿਉਂ ਹੈ।

ਮੈਂ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਨੰਬਰ [[REFERENCE:GUH-੭੭੩੨੦]], ਅਤੇ ਆਪਣਾ ਨੰਬਰ [[PHONE:੦੭੭੦੦ ੯੦੦੬੨੪]]
ਦਿੱਤਾ। ਸ੍ਰੀਮਾਨ [[PERSON:Patrick Doyle]] ਨੇ ਅਗਲੇ ਦਿਨ ਫ਼ੋਨ ਕਰਕੇ ਮਾਫ਼ੀ ਮੰਗੀ। ਦੋ ਦਿਨਾਂ ਵਿੱਚ ਛੱਤ
ਠੀਕ ਹੋਈ, ਬਿਜਲੀ ਦਾ ਬੋਰਡ ਨਵਾਂ ਲੱਗਿਆ, ਹੀਟਿੰਗ ਚਾਲੂ ਹੋਈ। ਉਨ੍ਹਾਂ ਨੇ ਬਿਜਲੀ ਦੇ ਵਾਧੂ ਖ਼ਰਚ ਲਈ
੨੨੦ ਪੌਂਡ ਦਿੱਤੇ ਅਤੇ ਚਿੱਠੀ ਵਿੱਚ ਧੀ ਦਾ ਨਾਮ ਅਤੇ ਜਨਮ ਤਰੀਕ ਵੀ ਠੀਕ ਕੀਤੀ।

ਅਸੀਂ ਕੀ ਸਿੱਖਿਆ: ਐਮਰਜੈਂਸੀ ਮੁਰੰਮਤ ਤੋਂ ਬਾਅਦ ਪੁੱਛੋ ਕਿ ਅਸਲ ਕਾਰਨ ਕਦੋਂ ਠੀਕ ਹੋਵੇਗਾ, ਤਾਰੀਖ਼ ਸਮੇਤ।
ਘਰ ਵਿੱਚ ਬੱਚਾ ਹੋਵੇ ਤਾਂ ਪਹਿਲੀ ਕਾਲ ਵਿੱਚ ਦੱਸੋ। ਹੁਣ ਘਰ ਨਿੱਘਾ ਹੈ ਅਤੇ ਰਾਤ ਨੂੰ ਦੀਵੇ ਦੀ ਜੋਤ ਵਾਂਗ
ਸ਼ਾਂਤੀ ਹੈ।
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
