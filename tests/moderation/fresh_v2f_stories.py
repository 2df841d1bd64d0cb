"""A sixth batch of fresh stories under version 2 of the marking, by a sixth writer.

The English stories range from a furious parent on her third email, through a housing
officer's terse case summary for a complaints panel and an 84-year-old's dictated
thank-you, to a residents' association chair's round-robin and a carer's plea that
spells out his phone number and email in words. The Polish ones mix a mother's long
complaint with diminutives (Zuzia, Wojtek), a clipped leak report with mixed English
addresses, a pensioner's formal thanks with inflected names (Ewie, Steve'owi), a
daughter's account of racist harassment with a TikTok handle and car registration, and
an Ombudsman success story quoting emails and a bank account ending. Romanian covers a
mother's careful letter, a shift worker's terse pest report with a lower-case postcode,
a daughter writing for her mother with Parkinson's, a Roma family's message typed
without diacritics, and a Facebook-style post about pre-settled status with a profile
address. Arabic moves between standard letters, an Egyptian-dialect leak report with
Arabic-Indic digits and clitic-attached references, a community support worker's case
note, and an elderly man's thanks naming his wife by kunya. Urdu, Bengali and Punjabi
(Gurmukhi) stories use honorifics and kinship terms left outside the marks (باجی، خالہ،
আপা، খালা، ਭੈਣ ਜੀ, ਬੀਬੀ, ਸਰਦਾਰ), inflected and suffixed names and addresses (তানিয়ার,
ফ্ল্যাট ২৩ ...-এ), Bengali-digit phone numbers, a date of birth in Punjabi words, named
mosques, gurdwaras, churches, schools and surgeries that place a home, tenant-committee
good news, and staff quoted in English or translation. Every story carries unmarked
noise: cities, months, rooms, job titles, 'the council', Citizens Advice, Environmental
Health, the Housing Ombudsman and the NHS.

Measured on 7 December 2026 without anyone who worked on the detector seeing it: 77.1% of
stories leak-free, recall 97.3%, precision 93.1% (English 60% / 96.7%; Bengali and Polish
100%, Punjabi and Romanian 80%, Arabic and Urdu 60% leak-free). Written while round 5 was
under way and measured twice, before and after the round's last parts: the same figures.
Misses: names of three words whose last is a title or a caste name (Urdu, Arabic), a
pub and a community centre named without a cue, a reference in Arabic-Indic digits, a date
of birth with the day in Punjabi words.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block):
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2f-en-01",
        "en",
        _s("""
Third time I'm writing about this so please actually read it. My name is [[PERSON:Kerry-Ann
Whitlock]], I live at [[ADDRESS:Flat 12, Linden Court, Mercer Road]], [[POSTCODE:LS9 6RW]],
tenancy ref [[REFERENCE:LC/0012/WH]]. The black mould in my daughter's bedroom is back and worse
than before. [[PERSON:Millie]] is [[AGE:4]] and has [[HEALTH:asthma]], and the GP at
[[ADDRESS:Oakwell Medical Practice]] has written a letter saying the damp is making it worse. I
sent that letter to [[EMAIL:repairs@greystone-homes.example]] on 3 February and got an automatic
reply and nothing else. When the surveyor came in December he said, and I quote, "it's
condensation, open a window and wipe it down with bleach." I have been doing that for two years.
The window in her room doesn't even open properly since the frame swelled.
[[ORGANISATION:Greystone Homes]] keep booking appointments and then the contractor,
[[ORGANISATION:Mendwell Property Services]], just doesn't turn up. I took a day off work unpaid
on the 19th and waited in from 8 till 6. Nobody rang. My complaint number is
[[REFERENCE:CMP-448120]]. If I don't hear back by the end of the month I'm going to the Housing
Ombudsman. You can ring me on [[PHONE:07700 900417]] after 3pm when I've picked her up from
[[ADDRESS:Highfield Nursery]]. I just want my little girl to be able to sleep in her own room
without waking up wheezing.
"""),
    ),
    (
        "fv2f-en-02",
        "en",
        _s("""
Case summary for complaints panel. ASB ref [[REFERENCE:ASB/24/0731]]. Complainant: Mr
[[PERSON:Tobias Nwankwo-Reid]], DOB [[DATE_OF_BIRTH:22/08/1961]], secure tenant at [[ADDRESS:27
Fenwick Walk]] on the [[ADDRESS:Ashgrove estate]] since 2009. Alleged perpetrator: occupant of
[[ADDRESS:no. 29]], Ms [[PERSON:J. Corrigan]], and visitors. Reports: loud music most nights
between 11pm and 3am, shouting in the shared stairwell, a vehicle reg [[OTHER_ID:YK68 TFN]]
repeatedly parked across the complainant's drive. Mr [[PERSON:Nwankwo-Reid]] has [[HEALTH:COPD]]
and uses oxygen at night; he reports sleep loss and stress. Actions to date: diary sheets issued
14 March, noise app installed, two warning letters sent to [[ADDRESS:number 29]]. Joint visit
with the police neighbourhood team on 2 April. Mediation offered, declined by the alleged
perpetrator. Complainant's son, [[PERSON:Chidi]], has been calling on his father's behalf from
[[PHONE:0113 496 0582]] and is frustrated that calls were not returned in February. Stage 1
complaint [[REFERENCE:ST1-20931]] upheld in part: we accept response times were too slow and
that the case was not handed over when the previous officer left. Recommendation: proceed to
Community Protection Warning, continue diary monitoring, officer to call Mr
[[PERSON:Nwankwo-Reid]] weekly. Compensation of £150 offered for time and trouble. Prepared by
the housing officer, east patch; reviewed by the team leader.
"""),
    ),
    (
        "fv2f-en-03",
        "en",
        _s("""
I am [[AGE:84]] and I don't do computers so my granddaughter [[PERSON:Shannon]] is typing this
for me while I talk. I wanted to say thank you, which I know you don't get much of. I'm Mrs
[[PERSON:Dorothy Pembury]], [[ADDRESS:6 Clough Lane]], the bungalow just past the [[ADDRESS:Red
Lion]]. My boiler packed in the week before Bonfire Night and I was sat in my coat with a hot
water bottle. I rang the number on the card, [[PHONE:03069 990214]], and a lady called
[[PERSON:Priya]] answered and she was lovely. Because of my [[HEALTH:arthritis]] and my heart
she put me down as vulnerable and the engineer, [[PERSON:Gaz]] he said to call him, came the
same afternoon. He couldn't fix it, the part had to come from Manchester, but he brought two oil
heaters and he came back on the Thursday and it's been right as rain since. My late husband
[[PERSON:Ron]] would have been out there with a spanner himself. I have been with
[[ORGANISATION:Calderbrook Housing]] since 1978 and it has not always been like this, believe
me, the damp in the back bedroom took three years to sort, so credit where it's due. If anybody
wants to ring me to check, my number is [[PHONE:01632 960338]], but let it ring a while, I'm
slow getting to the phone. Please pass my thanks to [[PERSON:Priya]] and [[PERSON:Gaz]]. Mrs
[[PERSON:D. Pembury]]
"""),
    ),
    (
        "fv2f-en-04",
        "en",
        _s("""
From the chair of the residents' association on the [[ADDRESS:Brackenfield estate]]. I'm
[[PERSON:Imran Mirza]], [[ADDRESS:flat 31, Hawthorn House]]. We've had a bad summer with mice
and cockroaches in the bin stores of [[ADDRESS:Hawthorn House]] and [[ADDRESS:Sycamore House]],
and it's spreading into the flats. [[ORGANISATION:Wexley Borough Council]] pest control came
once in June, sprayed the chute room and left. The worst affected is a family on the fourth
floor. I won't name them here but they've given permission for their case to be raised: two
adults and four children in a two-bed, the youngest is [[AGE:8 months]] and sleeping in a travel
cot in the parents' room because there's literally no space. They've been on the housing
register since 2019, ref [[REFERENCE:HR-0093381]], band B, and every time they ring they're told
"there are families in worse situations." Our landlord, [[ORGANISATION:Wexley Homes]], says
overcrowding is the council's job and the council says pests are the landlord's job. Meanwhile
people are catching mice in their kitchens and the kids are scared to go in the bathroom at
night. We'd like someone from the campaign to come to our next meeting, first Tuesday of the
month, 7pm, in the [[ADDRESS:Brackenfield Community Hub]]. Contact me on
[[EMAIL:imran.brackenfieldra@example.co.uk]] or [[PHONE:07700 900835]]. We also post updates on
[[OTHER_ID:@BrackenfieldRA]]. Cheers, [[PERSON:Imran]]
"""),
    ),
    (
        "fv2f-en-05",
        "en",
        _s("""
I don't know who else to tell. My wife [[PERSON:Bernadette]] has had [[HEALTH:MS]] for eleven
years and since last spring she can't manage the stairs at all. We live at [[ADDRESS:54 Tansley
Grove]], [[POSTCODE:ng54dq]]. The OT assessed her in May and recommended a stairlift and a level
access shower. [[ORGANISATION:Trentside Living]] approved it in writing, I have the letter in
front of me, and then in August a man from the adaptations team rang and said "the budget's
frozen till April, there's nothing I can do, mate." She has been washing at the kitchen sink for
nine months. Her dignity is gone. I am her carer and I'm [[AGE:71]] myself with a bad back, and
I can't carry her up anymore, so she sleeps in the front room on a bed from the hospice. The
complaint went through both stages, reference [[REFERENCE:TL-COMP-22817]], and the final
response said they "recognise the impact" but gave no date. We've now gone to the Housing
Ombudsman, their case number is [[REFERENCE:202401953]]. Her NHS number is [[OTHER_ID:485 777
3456]] if the OT needs it again, and my NI is [[NI_NUMBER:JK 30 19 84 C]]. My phone is
[[PHONE:oh seven seven double oh, nine double oh, five two six]], or email [[EMAIL:gerry dot
fallon at example dot net]]. Please, anyone. [[PERSON:Gerard Fallon]]
"""),
    ),
    (
        "fv2f-pl-01",
        "pl",
        _s("""
Dzień dobry, piszę już kolejny raz w sprawie pleśni. Nazywam się [[PERSON:Agnieszka
Wróblewska]], mieszkam z mężem i dwójką dzieci pod adresem [[ADDRESS:41 Brompton Road]],
[[POSTCODE:BD7 2NE]]. Od października ściany w pokoju dzieci są czarne, tapeta odchodzi, a
ubrania w szafie śmierdzą stęchlizną. Młodsza, [[PERSON:Zuzia]], ma [[AGE:3 latka]] i od zimy
ciągle kaszle, lekarka z [[ADDRESS:Moorside Surgery]] podejrzewa [[HEALTH:astmę]]. Starszy syn,
[[PERSON:Kacper]], chodzi do [[ADDRESS:St Anne's Primary]] i wstydzi się zapraszać kolegów.
Dzwoniłam do [[ORGANISATION:Pennine Vale Housing]] chyba dziesięć razy. Za każdym razem słyszę,
że to „lifestyle”, że suszymy pranie w domu. Nie mamy suszarki ani balkonu, to gdzie mam suszyć?
Pan, który przyszedł w styczniu, popsikał ścianę jakimś sprayem i powiedział, że za dwa tygodnie
wróci. Nie wrócił. Numer zgłoszenia to [[REFERENCE:PVH-77310]]. Mąż pracuje na nocki, ja na
zmiany w magazynie, nie możemy ciągle brać wolnego na czekanie. Proszę o kontakt mailowy:
[[EMAIL:a.wroblewska88@example.com]] albo SMS na [[PHONE:07700 900148]]. Chcę tylko, żeby dzieci
spały w suchym pokoju.
"""),
    ),
    (
        "fv2f-pl-02",
        "pl",
        _s("""
Przeciek z sufitu w łazience od 3 tyg. Woda leci z [[ADDRESS:mieszkania 14]] nad nami, pan
[[PERSON:Marek]] stamtąd mówi, że u niego wszystko sucho. Zgłoszenie [[REFERENCE:R-5520914]],
potem drugie [[REFERENCE:R-5521388]]. Dwa razy był hydraulik z [[ORGANISATION:FixRight
Plumbing]], popatrzył, zrobił zdjęcie i pojechał. Lampa w łazience nie działa, bo zalana,
elektryk kazał nie włączać. Kąpię małego przy latarce z telefonu. Administracja mówi, że to
sprawa ubezpieczenia i mam czekać na rzeczoznawcę. Ile czekać? Nikt nie wie. Sufit się
wybrzusza, boję się, że spadnie komuś na głowę. Jeśli do piątku nikt nie przyjdzie, zgłaszam do
Ombudsmana i do Environmental Health. Adres: [[ADDRESS:flat 10, Wellington Court, 3 Sheepscar
Street]], Leeds. Tel. [[PHONE:0113 496 0774]] po 18. [[PERSON:Tomasz Kędzierski]]
"""),
    ),
    (
        "fv2f-pl-03",
        "pl",
        _s("""
Szanowni Państwo, chciałem podziękować, bo zwykle ludzie piszą tylko skargi. Jestem emerytem,
mam [[AGE:76 lat]], mieszkam sam pod [[ADDRESS:3 Orchard Close]], niedaleko [[ADDRESS:kościoła
św. Kazimierza]], do którego chodzę co niedzielę. W grudniu zepsuło się ogrzewanie, kaloryfery
zimne jak lód, a ja mam [[HEALTH:cukrzycę]] i kłopoty z krążeniem. Syn, [[PERSON:Wojtek]],
zadzwonił do [[ORGANISATION:Airedale Homes]] i już następnego dnia przyszedł monter, pan
[[PERSON:Steve]], bardzo uprzejmy człowiek. Wymienił pompę, sprawdził wszystkie kaloryfery,
nawet odpowietrzył ten w przedpokoju, o który nikt nie prosił. Potem pani [[PERSON:Ewa Nowicka]]
z biura zadzwoniła, żeby zapytać, czy wszystko w porządku, i cierpliwie mi wszystko
wytłumaczyła, bo ja słabo słyszę przez telefon. Tak powinno być zawsze. Pamiętam, jak kilka lat
temu czekałem pół roku na nowe okno, więc wiem, że nie zawsze tak jest. Bardzo dziękuję pani
[[PERSON:Ewie]] i panu [[PERSON:Steve'owi]]. Numer zgłoszenia, gdyby był potrzebny:
[[REFERENCE:AH-219904]]. Z poważaniem, [[PERSON:Zdzisław Grabowski]], ur.
[[DATE_OF_BIRTH:12.05.1948]]
"""),
    ),
    (
        "fv2f-pl-04",
        "pl",
        _s("""
Piszę w imieniu mojej mamy, pani [[PERSON:Haliny Brzezińskiej]], która mieszka na parterze, w
[[ADDRESS:mieszkaniu nr 2]] w bloku [[ADDRESS:Kestrel House]], [[POSTCODE:M8 5UT]]. Od pół roku
grupa młodych ludzi przesiaduje na klatce schodowej, palą, zostawiają śmieci, a raz nawet
strzykawki. Gdy mama zwróciła im uwagę, zaczęli krzyczeć, że ma wracać do siebie, bo jest
[[OTHER_SPECIAL:Polką]]. Jeden z nich nagrał ją telefonem i wrzucił filmik na TikToka, konto
[[OTHER_ID:@kestrel_lads_08]]. Pod blokiem codziennie stoi też srebrne audi, rejestracja
[[OTHER_ID:MA19 XPE]], z którego chyba handlują. Mama ma [[AGE:81 lat]], jest po
[[HEALTH:udarze]] i teraz boi się wychodzić nawet do sklepu. Zgłaszaliśmy to do
[[ORGANISATION:Irwell Riverside Housing]], numer sprawy ASB [[REFERENCE:ASB-3310/24]], i na
policję. Pani z biura powiedziała przez telefon: „Nie możemy nic zrobić, jeśli nie wiemy, z
którego mieszkania są ci ludzie”. Przecież to ich zadanie, żeby to ustalić! Mama płacze przez
telefon prawie codziennie. Proszę o pomoc. [[PERSON:Joanna Brzezińska-Lee]], córka, tel.
[[PHONE:+44 7700 900692]]
"""),
    ),
    (
        "fv2f-pl-05",
        "pl",
        _s("""
Chcę opisać naszą historię, bo może komuś się przyda. W 2021 roku wprowadziliśmy się z mężem
[[PERSON:Piotrkiem]] i córką [[PERSON:Olą]] do [[ADDRESS:7 Ferncliffe Terrace]] w Bradford. Już
pierwszej zimy zaczął przeciekać dach nad sypialnią. Zgłaszaliśmy to do [[ORGANISATION:Northgate
Housing Association]] chyba dwadzieścia razy, mam wszystkie maile. W jednym z nich, z adresu
[[EMAIL:complaints@northgate-ha.example]], napisali: „Prace dachowe są zaplanowane w programie
na rok 2023/24, prosimy o cierpliwość”. W lutym 2023 kawałek sufitu spadł na łóżko, na szczęście
[[PERSON:Ola]] spała wtedy z nami. Dopiero wtedy przyjechała ekipa z [[ORGANISATION:Apex Roofing
Ltd]]. Złożyłam skargę, numer [[REFERENCE:NHA/CF/0458]], odpowiedź dostałam po czterech
miesiącach. Koleżanka z pracy poradziła mi Housing Ombudsman. Sprawa [[REFERENCE:202307721]]
trwała prawie rok, ale w końcu Ombudsman stwierdził „severe maladministration” i nakazał 1850
funtów odszkodowania plus przeprosiny od dyrektora. Przy wypłacie poprosili o mój numer NI,
[[NI_NUMBER:SN 62 48 17 A]], i pieniądze przyszły na konto kończące się na [[OTHER_ID:4471]].
Dach jest nowy. Czy było warto? Tak, ale to trwało o wiele za długo. Jak ktoś chce porady,
piszcie: [[EMAIL:marta.piekarska@example.pl]]. [[PERSON:Marta Piekarska]]
"""),
    ),
    (
        "fv2f-ro-01",
        "ro",
        _s("""
Bună ziua, mă numesc [[PERSON:Florentina Dumitrescu]] și locuiesc cu cei doi copii ai mei în
[[ADDRESS:apartamentul 8 din Carlton House, Willow Street]], [[POSTCODE:LE2 7HS]]. Vă scriu
pentru că nu mai știu ce să fac cu mucegaiul. A apărut în octombrie în colțul de lângă fereastră
și acum e pe tot peretele din dormitor, și pe saltea, și pe hainele copiilor. Fetița mea,
[[PERSON:Ioana]], are [[AGE:6 ani]] și are [[HEALTH:eczemă]], iar de când dormim acolo i s-a
umplut tot corpul de bube. Băiatul, [[PERSON:Răzvan]], are [[AGE:2 ani]] și tușește noaptea. Am
sunat la [[ORGANISATION:Soar Valley Homes]] de mai multe ori. Domnul care a venit în noiembrie
mi-a spus: „Deschideți geamurile și porniți extractorul.” Extractorul din baie nu funcționează
din martie, am raportat și asta. Numărul de reclamație este [[REFERENCE:SVH-20471]]. Am citit
despre campania voastră pe grupul de mame de la [[ADDRESS:Narborough Road Children's Centre]] și
o prietenă mi-a zis să vă scriu. Vă rog să mă sunați la [[PHONE:07700 900659]] sau să-mi scrieți
la [[EMAIL:florentina.dumitrescu@example.com]]. Mulțumesc frumos.
"""),
    ),
    (
        "fv2f-ro-02",
        "ro",
        _s("""
Șoareci în bucătărie de 2 luni. Am găsit excremente în dulap, lângă mâncarea copiilor. Am sunat
la [[PHONE:0121 496 0233]] de 4 ori, mi-au dat număr de lucrare [[REFERENCE:WO-88213]] și atât.
Omul de la [[ORGANISATION:PestAway Midlands]] a venit o dată, a pus otravă și a zis că găurile
din spatele chiuvetei trebuie astupate de proprietar. De atunci nimic. Vecinul de la
[[ADDRESS:nr. 114]], domnul [[PERSON:Sandu]], are aceeași problemă, deci e clar că vin din pod
sau din canalizare. Lucrez în ture de 12 ore, soția la fel, nu putem sta acasă toată ziua să
așteptăm. Vreau o dată fixă, nu „între 8 și 6”. [[PERSON:Ionuț Bălan]], [[ADDRESS:112 Coventry
Road]], [[POSTCODE:b100rt]]. Sunați-mă sau scrieți pe WhatsApp la [[PHONE:07700 900371]].
"""),
    ),
    (
        "fv2f-ro-03",
        "ro",
        _s("""
Scriu în numele mamei mele, doamna [[PERSON:Elena Vasilescu]], născută pe [[DATE_OF_BIRTH:3
martie 1944]]. Mama locuiește singură la [[ADDRESS:19 Mulberry Way]], aproape de
[[ADDRESS:Biserica Sfântul Nicolae]], unde merge în fiecare duminică dacă o duc eu cu mașina.
Are [[HEALTH:Parkinson]] de câțiva ani și merge tot mai greu, cu cadru. Terapeuta ocupațională a
recomandat încă din iulie bare de sprijin în baie, un duș fără prag și o balustradă la scara din
față. Am trimis formularele la [[ORGANISATION:Blackbrook Council]], iar doamna [[PERSON:Claire]]
de la echipa de adaptări mi-a răspuns foarte repede, trebuie să recunosc. Barele au fost montate
în septembrie. Dușul însă tot nu e făcut, pentru că proprietarul, [[ORGANISATION:Heathmoor
Housing Trust]], spune că trebuie întâi să aprobe lucrarea și nu răspunde la e-mailuri. Am
întrebat de trei ori, referința cererii este [[REFERENCE:ADP-00719]]. Între timp mama s-a spălat
la chiuvetă toată toamna. Eu lucrez la Nottingham și vin la ea doar în weekend. Dacă puteți
ajuta, mă găsiți la [[EMAIL:cristina.vasilescu.uk@example.com]] sau [[PHONE:01632 960874]].
[[PERSON:Cristina]], fiica doamnei [[PERSON:Vasilescu]]
"""),
    ),
    (
        "fv2f-ro-04",
        "ro",
        _s("""
Buna ziua. Va scriu pentru ca nu mai suportam. Suntem o familie de [[OTHER_SPECIAL:romi]], stam
la [[ADDRESS:23 Canal Side]] de trei ani si de anul trecut vecinii ne fac viata un iad. Ne
arunca gunoiul in gradina, au scris pe usa cuvinte urate despre noi, si luna trecuta ne-au spart
geamul la masina, un Ford gri, numarul [[OTHER_ID:LR15 KZD]]. Baiatul cel mare,
[[PERSON:Marius]], are [[AGE:14 ani]] si nu mai vrea sa mearga la [[ADDRESS:Hillcrest Academy]]
pentru ca il asteapta copiii lor la colt. Am sunat la [[ORGANISATION:Castlegate Homes]] si
doamna de la telefon a zis: "Nu e treaba noastra, sunati la politie." Am sunat si la politie,
ne-au dat numar de crima [[REFERENCE:CR/55183/24]]. Apoi cei de la locuinte au deschis caz ASB
cu numarul [[REFERENCE:ASB-7702]] dar nimeni nu a venit sa vorbeasca cu noi. Sotul meu
[[PERSON:Florin]] nu mai doarme, sta la geam toata noaptea. Noi vrem doar liniste sau sa ne mute
in alta parte. Numele meu este [[PERSON:Gabriela Stoica]], telefon [[PHONE:07700 900488]].
"""),
    ),
    (
        "fv2f-ro-05",
        "ro",
        _s("""
Salut tuturor, vreau să vă povestesc cum s-a rezolvat până la urmă, poate ajută pe cineva. Eu și
soția, [[PERSON:Daniela]], cu cei trei copii, am stat aproape doi ani într-un apartament cu un
singur dormitor, la [[ADDRESS:flat 5, Nelson Court]]. Când am cerut să fim puși pe lista de
locuințe, [[ORGANISATION:Eastfield Borough Council]] ne-a refuzat pe motiv că avem
[[OTHER_SPECIAL:pre-settled status]]. Mi-au zis la telefon: „Nu sunteți eligibili, nu putem face
nimic.” Am mers la Citizens Advice, o doamnă de acolo a scris o scrisoare foarte bună și a
contestat decizia. După șase săptămâni ne-au acceptat pe listă, cu referința
[[REFERENCE:EBC/HR/220981]], în banda A pentru supraaglomerare. În martie am primit o ofertă
pentru o casă cu trei dormitoare de la [[ORGANISATION:Unity Homes]], aproape de
[[ADDRESS:Westgate Primary School]], unde merg deja copiii. Ne-am mutat luna trecută. Omul de la
[[ORGANISATION:Unity]] care ne-a arătat casa a fost super de treabă. Deci nu renunțați dacă vi
se spune „nu” prima dată! Dacă aveți întrebări, scrieți-mi pe Facebook,
[[OTHER_ID:facebook.com/andrei.munteanu.77]], sau pe mail la
[[EMAIL:andrei.munteanu77@example.ro]]. [[PERSON:Andrei Munteanu]]
"""),
    ),
    (
        "fv2f-ar-01",
        "ar",
        _s("""
السلام عليكم، اسمي [[PERSON:رنا الحلبي]]، وأسكن مع زوجي وأولادي الثلاثة في [[ADDRESS:14 Rowan
Street]]، [[POSTCODE:S4 8GB]]. جئنا إلى بريطانيا [[OTHER_SPECIAL:لاجئين]] سنة 2019، ومنذ أول
شتاء والعفن الأسود يغطي جدران غرفة الأطفال وسقف الحمّام. ابني [[PERSON:يوسف]] عمره [[AGE:5
سنوات]] ويعاني من [[HEALTH:الربو]]، وقد دخل المستشفى مرتين هذا الشتاء. أرسلت صوراً إلى
[[ORGANISATION:Don Valley Homes]] أكثر من مرة، وجاء موظف وقال لنا بالحرف: "المشكلة من طريقة
معيشتكم، افتحوا الشبابيك ولا تطبخوا كثيراً". كيف لا نطبخ ونحن خمسة في البيت؟ رقم الشكوى
[[REFERENCE:DVH-C-30418]]. المترجمة في مدرسة [[ADDRESS:Fir Vale Primary]] ساعدتني في كتابة
الرسالة الأولى في شهر نوفمبر، ولم يرد علينا أحد حتى الآن. أرجو أن يتصل بي أحد على الرقم
[[PHONE:07700 900523]]، أو يراسلني على [[EMAIL:rana.h.sheff@example.com]]. نحن لا نطلب الكثير،
فقط بيتاً لا يمرض فيه أطفالنا.
"""),
    ),
    (
        "fv2f-ar-02",
        "ar",
        _s("""
تسريب مية من سقف المطبخ من أسبوعين. المية نازلة على فيشة الكهربا والنور بيفصل كل يوم. بلّغت
مرتين، رقم البلاغ [[REFERENCE:٥٥٧١٢٠]] و[[REFERENCE:٥٥٨٠٤٣]]. الجار اللي فوق، في [[ADDRESS:شقة
٢١]]، مسافر ومحدش معاه مفتاح. قالولي في التليفون من [[ORGANISATION:Riverline Housing]]: "ده مش
طارئ، هنبعت حد خلال ٢٨ يوم". ٢٨ يوم والسقف ممكن يقع علينا! عندي بنت عمرها [[AGE:سنتين]] وبخاف
أسيبها في المطبخ لحظة. الحمّام كمان بدأ يبان فيه بقع رطوبة وريحة عفن. مراتي تعبانة ومش قادرة
تنضّف وتمسح كل شوية. إحنا بندفع الإيجار كامل كل شهر من خمس سنين، وكل اللي بنطلبه إن حد ييجي
ويصلّح. لو محدش جه لحد يوم الخميس هشتكي للـ Ombudsman وللمجلس. العنوان: [[ADDRESS:شقة ١٧،
Marlowe Tower]]، [[POSTCODE:E14 3QX]]. تليفوني [[PHONE:٠٧٧٠٠ ٩٠٠٦١٤]]. [[PERSON:محمود عبد
الرازق]]
"""),
    ),
    (
        "fv2f-ar-03",
        "ar",
        _s("""
إلى القائمين على حملة Make Things Right، تحية طيبة وبعد، أنا [[PERSON:عبد الله الزبيدي]]، عمري
[[AGE:68 عاماً]]، أسكن في [[ADDRESS:9 Clement Road]] قرب [[ADDRESS:مسجد التقوى]] الذي أصلّي فيه
الفجر كل يوم. منذ الصيف الماضي تتجمع مجموعة من الشباب في الممر خلف البيت، يشربون ويكسرون
الزجاجات ويرفعون صوت الموسيقى حتى الثالثة فجراً. وفي إحدى الليالي كتبوا على بابي كلاماً مسيئاً
ضد [[OTHER_SPECIAL:المسلمين]]. ابني [[PERSON:طارق]] ركّب كاميرا على الباب وصوّر سيارتهم أكثر من
مرة، ورقمها [[OTHER_ID:BX21 OHD]]. أبلغنا [[ORGANISATION:Southmere Housing Trust]] وفتحوا ملفاً
برقم [[REFERENCE:ASB2024-0612]]، لكن الموظفة [[PERSON:Lisa]] قالت لي: "لا نستطيع فعل شيء من دون
أدلة أكثر". أي أدلة أكثر من الفيديو؟ زوجتي لم تعد تخرج وحدها بعد المغرب. لا أريد مشاكل مع أحد،
أريد فقط أن أعيش بسلام في البيت الذي أسكنه منذ عشرين سنة. هاتف البيت [[PHONE:020 7946 0318]].
وجزاكم الله خيراً.
"""),
    ),
    (
        "fv2f-ar-04",
        "ar",
        _s("""
ملخص حالة – أعدّته [[PERSON:هالة منصور]]، عاملة دعم مجتمعي. المستأجرة: السيدة [[PERSON:فاطمة
الزهراء بن علي]]، تاريخ الميلاد [[DATE_OF_BIRTH:17/04/1980]]. العنوان: [[ADDRESS:شقة 3، Alder
House]]، [[ADDRESS:Gorse Hill estate]]. المالك: [[ORGANISATION:Mersey Heights Homes]]. الوضع:
التدفئة والماء الساخن لا يعملان منذ ستة أسابيع. السيدة تعاني من [[HEALTH:فقر الدم المنجلي]]
([[HEALTH:sickle cell]])، والبرد يسبب لها نوبات ألم شديدة، ودخلت الطوارئ مرة في يناير. رقمها في
NHS: [[OTHER_ID:612 448 9031]]. أُرسلت رسالة من طبيبها في [[ADDRESS:Princes Park Health Centre]]
إلى المالك في 2 مارس ولم يُرد عليها. تعيش معها ابنتها [[PERSON:مريم]] ([[AGE:12 سنة]]) وابنها
[[PERSON:آدم]] ([[AGE:9 سنوات]]). الإجراءات: شكوى من المرحلة الأولى برقم
[[REFERENCE:MHH-ST1-9902]]؛ إبلاغ قسم الصحة البيئية؛ وصلت مدفأتان مؤقتتان في 10 مارس. المطلوب:
موعد محدد لتبديل الغلاية، وتعويض عن فواتير الكهرباء الإضافية. للتواصل معي:
[[EMAIL:hala.mansour@example.org.uk]] أو [[PHONE:0151 496 0427]].
"""),
    ),
    (
        "fv2f-ar-05",
        "ar",
        _s("""
أحب أن أشكر فريق الصيانة من كل قلبي. أنا [[PERSON:كريم جاسم]]، متقاعد، أسكن مع زوجتي أم
[[PERSON:علي]] في الطابق الأرضي في [[ADDRESS:31 Ashby Street]]. في الأسبوع الماضي تعطلت الغلاية
فجأة ليلة الجمعة، والدنيا برد، وزوجتي عندها [[HEALTH:السكري]] ولا تتحمل البرد. اتصلت على رقم
الطوارئ وأعطوني رقم طلب [[REFERENCE:LVH-R-66120]]، وصباح السبت جاء المهندس [[PERSON:جيمس]]
([[PERSON:James]]) وأصلح العطل خلال ساعة، وكان محترماً جداً وخلع حذاءه عند الباب من نفسه. ثم
اتصلت بنا السيدة [[PERSON:نادية]] من [[ORGANISATION:Lea Valley Housing]] يوم الإثنين لتتأكد أن
كل شيء بخير. صدقوني، قبل ثلاث سنوات انتظرنا شهرين لإصلاح تسريب في الحمام، فالفرق كبير. ابني
[[PERSON:علي]] هو الذي كتب هذه الرسالة على الكمبيوتر لأن عيني لم تعد كما كانت. إذا أردتم التأكد
فرقمي [[PHONE:07700 900197]]. شكراً لكم.
"""),
    ),
    (
        "fv2f-ur-01",
        "ur",
        _s("""
السلام علیکم۔ میرا نام [[PERSON:شازیہ پروین]] ہے اور میں اپنے شوہر اور تین بچوں کے ساتھ
[[ADDRESS:27 Whetley Lane]]، [[POSTCODE:BD8 9HH]] میں رہتی ہوں۔ پچھلے دو سال سے بچوں کے کمرے میں
سیلن اور کالی پھپھوندی ہے، دیوار پر جتنا بھی صاف کرو دو ہفتے میں پھر واپس آ جاتی ہے۔ چھوٹی بیٹی
[[PERSON:عائشہ]] [[AGE:چار سال]] کی ہے اور اسے [[HEALTH:دمہ]] ہے، ہر مہینے نیا انہیلر لینا پڑتا
ہے۔ [[ORGANISATION:Bradwell Homes]] کو کئی بار فون کیا، ایک صاحب آئے اور کہنے لگے "آپ لوگ کھانا
بہت پکاتے ہیں، یہ بھاپ کی وجہ سے ہے"۔ یہ سن کر بہت دکھ ہوا۔ کیا ہم کھانا بھی نہ پکائیں؟ شکایت
نمبر [[REFERENCE:BH-CMP-51044]] ہے۔ ہم نے [[ADDRESS:Lister Lane Surgery]] سے ڈاکٹر کا خط بھی
لکھوا کر بھیجا، اس کا بھی کوئی جواب نہیں آیا۔ میری نند [[PERSON:رخسانہ]] باجی نے بتایا کہ آپ کی
مہم لوگوں کی مدد کرتی ہے، اس لیے لکھ رہی ہوں۔ میرا نمبر [[PHONE:07700 900274]] ہے۔ مہربانی کر کے
شام کو فون کریں کیونکہ دن میں بچوں کو [[ADDRESS:Green Lane Primary]] چھوڑنا اور لانا ہوتا ہے۔
"""),
    ),
    (
        "fv2f-ur-02",
        "ur",
        _s("""
محترم صاحب، میں اپنے والد صاحب [[PERSON:محمد اسلم چوہدری]]، تاریخ پیدائش [[DATE_OF_BIRTH:5 جنوری
1951]]، کی طرف سے لکھ رہا ہوں۔ پچھلے سال مارچ میں ابو جی کو [[HEALTH:فالج]] ہوا تھا اور اب ان کا
دایاں حصہ ٹھیک سے کام نہیں کرتا۔ وہ [[ADDRESS:88 Naseby Road]] پر رہتے ہیں، [[ADDRESS:جامع مسجد
غوثیہ]] کے بالکل قریب، جہاں وہ پہلے پانچوں وقت نماز پڑھنے جاتے تھے۔ ہسپتال کی OT نے لکھ کر دیا
کہ نیچے ایک شاور روم اور سامنے کے دروازے پر ریمپ چاہیے۔ [[ORGANISATION:Tame Valley Council]] نے
گرانٹ منظور کر دی، ریفرنس [[REFERENCE:DFG/23/1187]]، لیکن مالک مکان [[ORGANISATION:Saltley Gate
Housing]] آٹھ مہینے سے کہہ رہے ہیں کہ "سروے ہونا باقی ہے"۔ اس دوران ابو جی اوپر نہیں جا سکتے،
بیٹھک میں ہی سوتے ہیں اور امی جی ان کو بالٹی سے نہلاتی ہیں۔ ان کا NHS نمبر [[OTHER_ID:721 093
5584]] ہے، اگر کسی کو ضرورت ہو۔ میں نے تین ای میل کیں، آخری ای میل کے جواب میں لکھا تھا "we are
chasing the surveyor"۔ براہ کرم مدد کریں۔ [[PERSON:فیصل چوہدری]]،
[[EMAIL:faisal.chaudhry@example.co.uk]]
"""),
    ),
    (
        "fv2f-ur-03",
        "ur",
        _s("""
ہم سات لوگ دو کمروں کے فلیٹ میں رہتے ہیں۔ پتہ: [[ADDRESS:فلیٹ 42، Beaumont Tower]]،
[[POSTCODE:B19 2LD]]۔ میں، میری بیوی، میری والدہ اور چار بچے۔ بڑا بیٹا [[PERSON:حمزہ]] [[AGE:17
سال]] کا ہے اور اس سال امتحان ہیں، مگر پڑھنے کی کوئی جگہ نہیں، وہ باتھ روم میں بیٹھ کر پڑھتا ہے۔
بیوی کو [[HEALTH:ڈپریشن]] ہے اور ڈاکٹر نے بھی خط میں لکھا ہے کہ گھر کی تنگی کی وجہ سے حالت خراب
ہو رہی ہے۔ ہم 2017 سے ہاؤسنگ رجسٹر پر ہیں، نمبر [[REFERENCE:HRG-771045]]۔ پچھلے ہفتے فون کیا تو
خاتون نے کہا: "آپ band C میں ہیں، انتظار کرنا ہو گا، شاید دس سال اور"۔ دس سال اور؟ تب تک بچے بڑے
ہو کر چلے جائیں گے۔ لفٹ بھی آدھا وقت خراب رہتی ہے اور والدہ سیڑھیاں نہیں چڑھ سکتیں۔ کوئی بتائے
ہم کیا کریں۔ [[PERSON:ندیم اختر]]، فون [[PHONE:0121 496 0719]]
"""),
    ),
    (
        "fv2f-ur-04",
        "ur",
        _s("""
میں بہت پریشان ہو کر لکھ رہی ہوں۔ ہمارے ساتھ والے گھر، [[ADDRESS:نمبر 15]] میں، پچھلے سال سے نئے
کرایہ دار آئے ہیں اور تب سے ہمارا سکون ختم ہے۔ رات بھر گاڑیاں آتی جاتی ہیں، لڑکے باہر کھڑے ہو کر
سگریٹ اور پتا نہیں کیا کیا پیتے ہیں۔ ایک کالی گاڑی [[OTHER_ID:FD17 WRC]] روز ہمارے دروازے کے آگے
کھڑی ہوتی ہے۔ ان کا بڑا کتا دو دفعہ ہماری دیوار پھلانگ کر آ چکا ہے، میری بیٹی [[PERSON:مہک]]
اتنی ڈر گئی کہ اب باہر کھیلنے نہیں جاتی۔ ان میں سے ایک لڑکا انسٹاگرام پر
[[OTHER_ID:@zainy_bwoy15]] کے نام سے ہماری گلی کی ویڈیوز ڈالتا ہے۔ ہم نے
[[ORGANISATION:Pennybrook Homes]] کو شکایت کی، کیس نمبر [[REFERENCE:ASB-44190]]۔ ہاؤسنگ آفیسر نے
فون پر کہا "یہ پرائیویٹ کرایہ دار ہیں، ہمارا ان پر اختیار نہیں"۔ تو پھر ہم کس کے پاس جائیں؟
ہماری ہمسائی [[PERSON:پروین]] خالہ بھی یہی سب برداشت کر رہی ہیں مگر وہ انگریزی نہیں لکھ سکتیں۔
میرا نام [[PERSON:سمیرا نواز]] ہے، [[ADDRESS:17 Carlisle Street]]، فون [[PHONE:07700 900903]]۔
"""),
    ),
    (
        "fv2f-ur-05",
        "ur",
        _s("""
ٹیننٹس کمیٹی کی طرف سے ایک اچھی خبر شیئر کرنی ہے۔ ہمارے بلاک کے سب سے پرانے رہائشی حاجی
[[PERSON:غلام رسول]] صاحب، جن کی عمر [[AGE:86 سال]] ہے، تین سال سے چھت کے رساؤ کی شکایت کر رہے
تھے۔ ان کے بیڈروم میں بالٹیاں رکھی رہتی تھیں۔ [[ORGANISATION:Northbridge Housing Group]] ہر بار
عارضی مرمت کر کے چلے جاتے۔ آخر ہم نے ان کے بیٹے [[PERSON:شاہد]] بھائی کے ساتھ مل کر Housing
Ombudsman کو شکایت بھیجی، کیس نمبر [[REFERENCE:202215530]]۔ فیصلے میں Ombudsman نے لکھا کہ مالک
مکان نے "غیر معقول تاخیر" کی، اور 2,400 پاؤنڈ معاوضہ اور پوری چھت بدلنے کا حکم دیا۔ پچھلے مہینے
نئی چھت لگ گئی اور حاجی صاحب کہتے ہیں کہ برسوں بعد سکون کی نیند آئی ہے۔ جو لوگ سوچتے ہیں کہ
شکایت کا کوئی فائدہ نہیں، وہ ہم سے رابطہ کریں۔ ہماری میٹنگ ہر مہینے کے آخری جمعہ کو
[[ADDRESS:Darul Falah Community Centre]] میں ہوتی ہے۔ ای میل: [[EMAIL:tahira dot begum at
example dot com]]۔ [[PERSON:طاہرہ بیگم]]، سیکرٹری
"""),
    ),
    (
        "fv2f-bn-01",
        "bn",
        _s("""
আসসালামু আলাইকুম। আমার নাম [[PERSON:নাসিমা খাতুন]]। আমি আমার স্বামী আর তিন ছেলেমেয়ে নিয়ে
[[ADDRESS:ফ্ল্যাট ২৩, Tarling House]]-এ থাকি, পোস্টকোড [[POSTCODE:E1 2PN]]। গত দুই বছর ধরে
বাচ্চাদের ঘরে আর রান্নাঘরে কালো ছত্রাক, দেয়াল সবসময় ভেজা থাকে। আমার ছোট মেয়ে
[[PERSON:তানিয়ার]] বয়স [[AGE:৬ বছর]], ওর [[HEALTH:হাঁপানি]] আছে, রাতে কাশতে কাশতে ঘুমাতে পারে
না। [[ORGANISATION:Limehouse Cross Homes]]-কে অনেকবার ফোন করেছি। একজন লোক এসে দেখে বলল, "জানালা
খোলা রাখুন, কাপড় ঘরে শুকাবেন না।" শীতের মধ্যে জানালা খুলে রাখলে বাচ্চারা ঠান্ডায় কাঁপে। অভিযোগ
নম্বর [[REFERENCE:LCH-88127]]। স্কুলের ফ্যামিলি সাপোর্ট ওয়ার্কার, [[ADDRESS:Harford Fields
Primary]] থেকে, একটা চিঠিও লিখে দিয়েছেন। তবুও কিছু হয়নি। আমি ইংরেজি ভালো লিখতে পারি না, তাই
বাংলায় লিখলাম। দয়া করে আমাকে ফোন করবেন [[PHONE:০৭৭০০ ৯০০৩৮২]] নম্বরে। আমার বড় ছেলে
[[PERSON:সাইফুল]] ইংরেজিতে কথা বলতে পারবে।
"""),
    ),
    (
        "fv2f-bn-02",
        "bn",
        _s("""
রান্নাঘরের ছাদ দিয়ে পানি পড়ছে তিন সপ্তাহ ধরে। উপরের [[ADDRESS:ফ্ল্যাট ৩১]]-এর পাইপ ফাটা, ওরা
বলে ওদের দোষ না। রিপেয়ার জব নম্বর [[REFERENCE:RJ-403391]]। [[ORGANISATION:Quickfix Building
Services]]-এর লোক দুইবার এসে শুধু ছবি তুলে গেছে, বলেছে "আমাদের অর্ডারে শুধু ইন্সপেকশন লেখা আছে।"
ছাদের প্লাস্টার ফুলে গেছে, বাল্বের পাশ দিয়ে পানি চুইয়ে পড়ে, ভয়ে লাইট জ্বালাই না। আমি রাতের
শিফটে কাজ করি, দিনে ঘুমাতে পারি না বালতির টপটপ শব্দে। আমার স্ত্রী আর দুই বাচ্চা এখন বেশিরভাগ
সময় বোনের বাসায় থাকে, কারণ রান্নাঘর ব্যবহার করা যায় না। প্রতি মাসে ভাড়া ঠিকমতো দিই, তাহলে
সার্ভিস কেন পাব না? এক সপ্তাহের মধ্যে কেউ না এলে Environmental Health আর Ombudsman-এ যাব। নাম:
[[PERSON:মোঃ জাহাঙ্গীর আলম]]। ঠিকানা: [[ADDRESS:12 Brick Row]], [[POSTCODE:e39ld]]। মোবাইল:
[[PHONE:07700 900756]]।
"""),
    ),
    (
        "fv2f-bn-03",
        "bn",
        _s("""
কোথা থেকে শুরু করব বুঝতে পারছি না। আমরা আটজন মানুষ একটা দুই বেডরুমের ফ্ল্যাটে থাকি,
[[ADDRESS:বায়তুল আমান মসজিদ]]-এর ঠিক পিছনের ব্লকে, [[ADDRESS:Cressfield House]]। আমি, আমার
স্বামী [[PERSON:রফিক]], পাঁচ ছেলেমেয়ে আর আমার শাশুড়ি। শাশুড়ির [[HEALTH:ডিমেনশিয়া]] হয়েছে,
রাতে উঠে দরজা খুলে বাইরে চলে যেতে চান, তাই আমি ঠিকমতো ঘুমাতে পারি না। বড় ছেলে [[PERSON:সাকিব]],
বয়স [[AGE:১৫ বছর]], লিভিং রুমের সোফায় ঘুমায়। ছোট দুইজন আমাদের সাথে এক বিছানায়।
[[ORGANISATION:Eastbridge Council]]-এর হাউজিং রেজিস্টারে আছি ২০১৬ থেকে, নম্বর
[[REFERENCE:EBR-0455218]]। প্রতিবার বিড করি, কিন্তু কখনো ৩০০ জনের নিচে আসি না। পাশের ফ্ল্যাটের
[[PERSON:রহিমা]] আপা বললেন আপনাদের কাছে লিখতে, উনি আমাকে সাহায্য করছেন। আমি শুধু চাই বাচ্চারা
একটু জায়গা পাক, পড়াশোনা করতে পারুক। কেউ যদি যোগাযোগ করতে চান:
[[EMAIL:shahana.begum82@example.com]]। [[PERSON:শাহানা বেগম]]
"""),
    ),
    (
        "fv2f-bn-04",
        "bn",
        _s("""
আমার বয়স [[AGE:৭২]], একাই থাকি [[ADDRESS:৪৮ নম্বর Sutton Street]]-এ। গত মার্চ থেকে বাসায়
ছারপোকা আর ইঁদুর। রাতে ইঁদুর রান্নাঘরে দৌড়ায়, চাল আর ডালের বস্তা কেটে ফেলে। ছারপোকার কামড়ে
সারা গায়ে দাগ, ডাক্তার বললেন [[HEALTH:ডায়াবেটিস]] থাকায় ঘা শুকাতে দেরি হচ্ছে।
[[ORGANISATION:Poplar Reach Housing]] বলল পোকামাকড় ভাড়াটিয়ার দায়িত্ব, নিজের টাকায় লোক ডাকতে
হবে। আমি পেনশনে চলি, এত টাকা কোথায় পাব? আমার ছেলে [[PERSON:রাজু]], ডাকনাম [[PERSON:বাবলু]],
বার্মিংহামে থাকে, ও ফোনে ঝগড়া করার পর ওরা একবার লোক পাঠাল, কিন্তু শুধু রান্নাঘরে ওষুধ দিয়ে চলে
গেল। দেয়ালের ফুটো যেমন ছিল তেমনই আছে। রাতে ঘুমাতে ভয় লাগে, লাইট জ্বালিয়ে চেয়ারে বসে থাকি।
মসজিদে গেলে সবাই বলে চাচা, আপনাকে এত ক্লান্ত দেখায় কেন। রেফারেন্স নম্বর
[[REFERENCE:PRH/PC/3391]]। যোগাযোগ: বাসার ফোন [[PHONE:020 7946 0852]]। ইতি, [[PERSON:আব্দুল
মতিন]]।
"""),
    ),
    (
        "fv2f-bn-05",
        "bn",
        _s("""
সবাইকে একটা সুখবর দিতে চাই! [[ADDRESS:Marden Park estate]]-এর টেন্যান্টস অ্যাসোসিয়েশনের পক্ষ
থেকে লিখছি, আমি [[PERSON:ফারহানা চৌধুরী]], সেক্রেটারি। নভেম্বরে আমাদের তিনটা ব্লকের কমিউনাল
হিটিং নষ্ট হয়ে গিয়েছিল, চল্লিশটা পরিবার প্রায় তিন সপ্তাহ গরম পানি আর হিটিং ছাড়া ছিল। সবচেয়ে
কষ্ট হয়েছিল [[PERSON:সুফিয়া]] খালার, উনার বয়স [[AGE:৮৭ বছর]], কম্বল জড়িয়ে বসে থাকতেন। আমরা
সবাই মিলে [[ORGANISATION:Harbour Gate Homes]]-এর চিফ এক্সিকিউটিভকে চিঠি দিলাম, লোকাল কাউন্সিলরকে
জানালাম, আর আপনাদের ক্যাম্পেইনে ছবি পাঠালাম। এক সপ্তাহের মধ্যে [[ORGANISATION:Thermaflow Ltd]]
নতুন পাম্প লাগিয়ে দিল, আর প্রত্যেক পরিবারকে ২৫০ পাউন্ড ক্ষতিপূরণ দেওয়া হয়েছে। হাউজিং অফিসার
[[PERSON:Jenny]] নিজে এসে বয়স্কদের বাসায় বাসায় গিয়ে খোঁজ নিয়েছেন, উনাকে বিশেষ ধন্যবাদ।
একসাথে থাকলে কাজ হয়! আমাদের আপডেট পাবেন [[OTHER_ID:@mardenpark_tenants]] পেজে, আর ফোন করতে
পারেন [[PHONE:07700 900164]] নম্বরে।
"""),
    ),
    (
        "fv2f-pa-01",
        "pa",
        _s("""
ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ। ਮੈਂ [[PERSON:ਹਰਪ੍ਰੀਤ ਸਿੰਘ ਗਿੱਲ]] ਆਪਣੇ ਪਿਤਾ ਜੀ, ਸਰਦਾਰ [[PERSON:ਗੁਰਬਚਨ ਸਿੰਘ
ਗਿੱਲ]], ਵੱਲੋਂ ਲਿਖ ਰਿਹਾ ਹਾਂ। ਪਿਤਾ ਜੀ [[AGE:83 ਸਾਲ]] ਦੇ ਹਨ ਅਤੇ [[ADDRESS:45 Villiers Road]],
[[POSTCODE:UB1 3HT]] ਵਿੱਚ ਇਕੱਲੇ ਰਹਿੰਦੇ ਹਨ, [[ADDRESS:ਗੁਰਦੁਆਰਾ ਸੱਚਖੰਡ ਸਾਹਿਬ]] ਦੇ ਬਿਲਕੁਲ ਨੇੜੇ।
ਤਿੰਨ ਹਫ਼ਤਿਆਂ ਤੋਂ ਉਨ੍ਹਾਂ ਦਾ ਬੋਇਲਰ ਖ਼ਰਾਬ ਹੈ, ਨਾ ਹੀਟਿੰਗ ਨਾ ਗਰਮ ਪਾਣੀ। ਉਨ੍ਹਾਂ ਨੂੰ [[HEALTH:ਸ਼ੂਗਰ]] ਹੈ
ਅਤੇ ਪਿਛਲੇ ਸਾਲ [[HEALTH:ਹਾਰਟ ਅਟੈਕ]] ਵੀ ਹੋਇਆ ਸੀ, ਠੰਡ ਉਨ੍ਹਾਂ ਲਈ ਬਹੁਤ ਖ਼ਤਰਨਾਕ ਹੈ।
[[ORGANISATION:Brentside Homes]] ਨੂੰ ਹਰ ਦੂਜੇ ਦਿਨ ਫ਼ੋਨ ਕਰਦਾ ਹਾਂ, ਹਰ ਵਾਰ ਇਹੀ ਜਵਾਬ: "ਪਾਰਟ ਆਰਡਰ ਹੋਇਆ
ਹੈ, ਅਗਲੇ ਹਫ਼ਤੇ ਇੰਜੀਨੀਅਰ ਆਏਗਾ।" ਜੌਬ ਨੰਬਰ [[REFERENCE:BH-409182]] ਹੈ। ਇੱਕ ਛੋਟਾ ਜਿਹਾ ਬਿਜਲੀ ਵਾਲਾ
ਹੀਟਰ ਦਿੱਤਾ ਹੈ ਜੋ ਸਿਰਫ਼ ਇੱਕ ਕਮਰਾ ਗਰਮ ਕਰਦਾ ਹੈ, ਅਤੇ ਬਿਜਲੀ ਦਾ ਬਿੱਲ ਕੌਣ ਭਰੇਗਾ? ਪਿਤਾ ਜੀ ਸ਼ਿਕਾਇਤ ਨਹੀਂ
ਕਰਦੇ, ਕਹਿੰਦੇ ਨੇ "ਪੁੱਤਰ, ਕੋਈ ਗੱਲ ਨਹੀਂ", ਪਰ ਮੈਂ ਉਨ੍ਹਾਂ ਨੂੰ ਕੰਬਦੇ ਦੇਖਿਆ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਮਦਦ ਕਰੋ।
ਮੇਰਾ ਨੰਬਰ [[PHONE:020 7946 0561]] ਹੈ।
"""),
    ),
    (
        "fv2f-pa-02",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਂ [[PERSON:ਮਨਦੀਪ ਕੌਰ ਸੰਧੂ]] ਹੈ। ਅਸੀਂ [[ADDRESS:ਫਲੈਟ 6, Jubilee Court]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ,
[[POSTCODE:WV2 4NP]]। ਮੈਂ ਬਹੁਤ ਥੱਕ ਗਈ ਹਾਂ। ਮੇਰੀ ਧੀ [[PERSON:ਸਿਮਰਨ]], ਜਿਸ ਨੂੰ ਅਸੀਂ ਪਿਆਰ ਨਾਲ
[[PERSON:ਸਿੰਮੀ]] ਕਹਿੰਦੇ ਹਾਂ, ਸਿਰਫ਼ [[AGE:2 ਸਾਲ]] ਦੀ ਹੈ ਅਤੇ ਉਸ ਦੇ ਕਮਰੇ ਦੀਆਂ ਕੰਧਾਂ ਉੱਤੇ ਕਾਲੀ ਉੱਲੀ
ਲੱਗੀ ਹੋਈ ਹੈ। ਹੈਲਥ ਵਿਜ਼ਿਟਰ ਨੇ ਕਿਹਾ ਕਿ ਬੱਚੀ ਨੂੰ ਉਸ ਕਮਰੇ ਵਿੱਚ ਨਾ ਸੁਲਾਓ, ਹੁਣ ਅਸੀਂ ਤਿੰਨੇ ਇੱਕ ਕਮਰੇ
ਵਿੱਚ ਸੌਂਦੇ ਹਾਂ। [[ORGANISATION:Wolverbrook Homes]] ਦਾ ਸਰਵੇਅਰ ਆਇਆ, ਉਸ ਨੇ ਕਿਹਾ "ਇਹ ਤਾਂ ਮਾਮੂਲੀ ਹੈ,
ਬਲੀਚ ਨਾਲ ਸਾਫ਼ ਕਰ ਲਓ।" ਅਸੀਂ ਹਰ ਹਫ਼ਤੇ ਸਾਫ਼ ਕਰਦੇ ਹਾਂ! ਮੇਰੇ ਪਤੀ ਨੇ ਜਨਵਰੀ ਵਿੱਚ ਈਮੇਲ ਭੇਜੀ ਸੀ, ਸ਼ਿਕਾਇਤ
ਨੰਬਰ [[REFERENCE:WH/DM/2291]] ਮਿਲਿਆ, ਪਰ ਅੱਜ ਤੱਕ ਕੋਈ ਕੰਮ ਨਹੀਂ ਹੋਇਆ। ਮੈਨੂੰ ਡਰ ਹੈ ਕਿ ਮੇਰੀ ਬੱਚੀ
ਬਿਮਾਰ ਹੋ ਜਾਵੇਗੀ, ਮੈਂ ਖ਼ਬਰਾਂ ਵਿੱਚ ਉਸ ਛੋਟੇ ਬੱਚੇ ਬਾਰੇ ਪੜ੍ਹਿਆ ਸੀ ਜੋ ਉੱਲੀ ਕਾਰਨ ਮਰ ਗਿਆ। ਕਿਰਪਾ ਕਰਕੇ
ਮੈਨੂੰ [[EMAIL:mandeep.k.sandhu@example.com]] ਉੱਤੇ ਲਿਖੋ ਜਾਂ [[PHONE:07700 900312]] ਉੱਤੇ ਫ਼ੋਨ ਕਰੋ।
"""),
    ),
    (
        "fv2f-pa-03",
        "pa",
        _s("""
ਮੇਰੇ ਪਤੀ [[PERSON:ਬਲਜਿੰਦਰ ਸਿੰਘ ਬੈਂਸ]] ਦੀ ਦੋ ਸਾਲ ਪਹਿਲਾਂ ਕੰਮ ਉੱਤੇ [[HEALTH:ਰੀੜ੍ਹ ਦੀ ਹੱਡੀ ਦੀ ਸੱਟ]]
ਲੱਗੀ ਸੀ ਅਤੇ ਹੁਣ ਉਹ ਵ੍ਹੀਲਚੇਅਰ ਉੱਤੇ ਹਨ। ਸਾਡਾ ਘਰ [[ADDRESS:62 Ashmore Avenue]] ਹੈ। ਦਰਵਾਜ਼ੇ ਅੱਗੇ ਦੋ
ਪੌੜੀਆਂ ਹਨ, ਬਾਥਰੂਮ ਉੱਪਰ ਹੈ। [[ORGANISATION:Wolverbrook City Council]] ਦੀ OT ਨੇ ਰੈਂਪ ਅਤੇ ਹੇਠਾਂ
ਵੈੱਟ ਰੂਮ ਦੀ ਸਿਫ਼ਾਰਸ਼ ਕੀਤੀ, ਰੈਫ਼ਰੈਂਸ [[REFERENCE:OT-5531]]। ਅਠਾਰਾਂ ਮਹੀਨੇ ਹੋ ਗਏ। ਪਿਛਲੀ ਈਮੇਲ ਵਿੱਚ
ਉਨ੍ਹਾਂ ਲਿਖਿਆ: "Your case is on the waiting list for a contractor." ਬੱਸ ਇਹੀ। ਪਤੀ ਹੁਣ ਘਰੋਂ ਬਾਹਰ
ਨਹੀਂ ਨਿਕਲ ਸਕਦੇ, ਗੁਆਂਢੀ [[PERSON:ਜਸਵੀਰ]] ਭੈਣ ਜੀ ਦਾ ਮੁੰਡਾ ਉਨ੍ਹਾਂ ਨੂੰ ਚੁੱਕ ਕੇ ਕਾਰ ਵਿੱਚ ਬਿਠਾਉਂਦਾ ਹੈ
ਜਦੋਂ ਹਸਪਤਾਲ ਜਾਣਾ ਹੋਵੇ। ਅਸੀਂ ਹੁਣ Housing Ombudsman ਕੋਲ ਸ਼ਿਕਾਇਤ ਕੀਤੀ ਹੈ, ਕੇਸ
[[REFERENCE:202409876]]। ਮੇਰਾ NI ਨੰਬਰ [[NI_NUMBER:PT 84 11 63 D]] ਉਨ੍ਹਾਂ ਨੇ ਮੰਗਿਆ ਸੀ, ਉਹ ਵੀ ਦੇ
ਦਿੱਤਾ। ਫ਼ੋਨ [[PHONE:01632 960425]]। [[PERSON:ਕੁਲਵਿੰਦਰ ਕੌਰ ਬੈਂਸ]]
"""),
    ),
    (
        "fv2f-pa-04",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਅਮਰਜੀਤ ਸਿੰਘ ਢਿੱਲੋਂ]], [[ADDRESS:8 Kingfisher Close]] ਤੋਂ ਲਿਖ ਰਿਹਾ ਹਾਂ। ਸਾਡੇ ਗੁਆਂਢੀ
[[ADDRESS:ਨੰਬਰ 10]] ਵਾਲਿਆਂ ਦੇ ਘਰ ਹਰ ਹਫ਼ਤੇ ਦੇਰ ਰਾਤ ਤੱਕ ਪਾਰਟੀਆਂ ਹੁੰਦੀਆਂ ਹਨ। ਉਨ੍ਹਾਂ ਦਾ ਇੱਕ ਮੁੰਡਾ
ਮੇਰੀ ਪੱਗ ਦਾ ਮਜ਼ਾਕ ਉਡਾਉਂਦਾ ਹੈ ਅਤੇ ਗਾਲ੍ਹਾਂ ਕੱਢਦਾ ਹੈ ਕਿਉਂਕਿ ਅਸੀਂ [[OTHER_SPECIAL:ਸਿੱਖ]] ਹਾਂ। ਉਸ ਨੇ
ਸਨੈਪਚੈਟ ਉੱਤੇ [[OTHER_ID:@tazz_wv10]] ਤੋਂ ਮੇਰੀ ਵੀਡੀਓ ਪਾਈ। ਪਿਛਲੇ ਮਹੀਨੇ ਉਨ੍ਹਾਂ ਦੀ ਚਿੱਟੀ ਵੈਨ, ਨੰਬਰ
[[OTHER_ID:WV66 HLO]], ਨੇ ਮੇਰੀ ਕਾਰ ਦਾ ਸ਼ੀਸ਼ਾ ਤੋੜ ਦਿੱਤਾ ਅਤੇ ਭੱਜ ਗਏ। ਪੁਲਿਸ ਨੇ ਕ੍ਰਾਈਮ ਨੰਬਰ
[[REFERENCE:WM-24-118305]] ਦਿੱਤਾ। [[ORGANISATION:Black Country Living]] ਨੂੰ ਦੱਸਿਆ ਤਾਂ ਹਾਊਸਿੰਗ
ਅਫ਼ਸਰ ਨੇ ਕਿਹਾ, "ਇਹ ਗੁਆਂਢੀਆਂ ਦਾ ਆਪਸੀ ਝਗੜਾ ਹੈ, ਤੁਸੀਂ ਮੀਡੀਏਸ਼ਨ ਕਰ ਲਓ।" ਇਹ ਝਗੜਾ ਨਹੀਂ, ਨਫ਼ਰਤ ਹੈ। ASB
ਕੇਸ ਨੰਬਰ [[REFERENCE:BCL-ASB-0871]]। ਮੇਰੀ ਪਤਨੀ ਅਤੇ ਧੀ [[PERSON:ਗੁਰਲੀਨ]] ਹੁਣ ਸ਼ਾਮ ਨੂੰ ਬਾਹਰ ਜਾਣ
ਤੋਂ ਡਰਦੀਆਂ ਹਨ। ਮੇਰਾ ਨੰਬਰ [[PHONE:07700 900745]] ਹੈ।
"""),
    ),
    (
        "fv2f-pa-05",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਨਵਨੀਤ ਕੌਰ]] ਹਾਂ, ਘਰ ਵਿੱਚ ਸਾਰੇ ਮੈਨੂੰ [[PERSON:ਨਵੀ]] ਕਹਿੰਦੇ ਹਨ। ਇਹ ਮੈਂ ਆਪਣੀ ਦਾਦੀ ਜੀ,
ਬੀਬੀ [[PERSON:ਸੁਰਿੰਦਰ ਕੌਰ]], ਵੱਲੋਂ ਧੰਨਵਾਦ ਲਈ ਲਿਖ ਰਹੀ ਹਾਂ। ਦਾਦੀ ਜੀ ਦਾ ਜਨਮ [[DATE_OF_BIRTH:ਪੰਦਰਾਂ
ਅਗਸਤ 1947]] ਨੂੰ ਹੋਇਆ ਸੀ, ਉਹ ਹਮੇਸ਼ਾ ਮਾਣ ਨਾਲ ਦੱਸਦੇ ਹਨ। ਉਹ [[ADDRESS:ਫਲੈਟ 2, Oakfield Lodge]] ਵਿੱਚ
ਰਹਿੰਦੇ ਹਨ। ਪਿਛਲੀ ਸਰਦੀ ਵਿੱਚ ਰਸੋਈ ਦੇ ਹੇਠਾਂ ਚੂਹੇ ਆ ਗਏ ਸਨ ਅਤੇ ਬਾਥਰੂਮ ਦੀ ਛੱਤ ਚੋਂਦੀ ਸੀ। ਅਸੀਂ ਡਰਦੇ ਸੀ
ਕਿ ਫਿਰ ਮਹੀਨਿਆਂ ਤੱਕ ਕੋਈ ਨਹੀਂ ਆਵੇਗਾ। ਪਰ ਹਾਊਸਿੰਗ ਅਫ਼ਸਰ [[PERSON:ਸਾਰਾ]] ([[PERSON:Sarah]]) ਨੇ ਆਪ ਆ
ਕੇ ਦੇਖਿਆ, ਦਾਦੀ ਜੀ ਨਾਲ ਚਾਹ ਪੀਤੀ, ਅਤੇ ਇੱਕ ਹਫ਼ਤੇ ਵਿੱਚ [[ORGANISATION:Greenway Pest Control]] ਵਾਲੇ ਆ
ਗਏ। ਛੱਤ ਵੀ ਦਸ ਦਿਨਾਂ ਵਿੱਚ ਠੀਕ ਹੋ ਗਈ। [[ORGANISATION:Medway Heath Housing]] ਤੋਂ ਪਹਿਲੀ ਵਾਰ ਇੰਨੀ
ਚੰਗੀ ਸੇਵਾ ਮਿਲੀ। ਦਾਦੀ ਜੀ ਕਹਿੰਦੇ ਹਨ "ਰੱਬ ਉਸ ਕੁੜੀ ਦਾ ਭਲਾ ਕਰੇ।" ਰਿਪੇਅਰ ਨੰਬਰ [[REFERENCE:MHH-77645]]
ਸੀ, ਜੇ ਕਿਸੇ ਨੂੰ ਚਾਹੀਦਾ ਹੋਵੇ। ਮੇਰਾ ਨੰਬਰ [[PHONE:07700 900538]]।
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
