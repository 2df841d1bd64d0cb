"""Fresh PII test stories, batch v2s (nineteenth writer).

Thirty-five stories, five each in English, Arabic, Bengali, Punjabi (Gurmukhi),
Polish, Romanian and Urdu, marked under version 2 of the marking described in
/work/shared/pii/README.md. They are written as formal documents about social
housing complaints put right: stage 1 and stage 2 complaint-response letters,
Housing Ombudsman-style determinations in plain words, councillor casework
emails, tenants' association newsletter items, learning reviews presented at
staff meetings, antisocial behaviour witness statements and support-worker
referral forms. Each names several people (residents, children, neighbours,
officers, operatives, councillors), by full name, surname alone, initials and
surname, role and name together, with particles, hyphenated and
double-barrelled surnames, nicknames, diminutives and inflected forms, and
English names written in Arabic, Bengali, Gurmukhi and Urdu script, beside
pseudonyms and ordinary words that are not names. Details include full and
partial addresses, named blocks, estates, schools, surgeries, places of worship
and shops, postcodes in several spellings, phone numbers (some in native digits
or spoken), emails (some spelled out), references, NI numbers, dates of birth
in figures and words, ages, OTHER_ID (NHS numbers, vehicle registrations,
social handles, passport and residence permit numbers, sort codes, account
numbers and endings), landlord and contractor names, health conditions, and
ethnicity, religion and immigration status.

Measured on 7 December 2026 at first sight, on two detectors neither changed for this batch:
the detector as it landed after round 14 (leak-free 40.0% of 35, recall 93.2%, precision 91.9%;
by language en 100%, ar 0%, bn 0%, pa 20%, pl 60%, ro 80%, ur 20% of 5 each), and the same
with round 15's first part, the recall-first layer written before this batch was opened:
leak-free 45.7%, recall 94.5%, precision 88.1% (ar 20%, bn 20%). The misses were mostly the
other half of a name (an initial, "بريا" before "نايدو", "ও'" before "রাইলি", a hyphened second
surname), and surgeries and schools named in English words written in the scripts ("آڈلے رینج
میڈیکل سینٹر", "প্লাট লেন মেডিক্যাল সেন্টার"). After round 15's second part: 71.4% / 98.2% / 86.0%.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2s-en-01",
        "en",
        _s("""
Stage 1 complaint response. Our reference: [[REFERENCE:CVH/C/30418]]. Dear Ms
[[PERSON:Adeyemi-Clarke]], thank you for your complaint of 4 March about damp and
mould at [[ADDRESS:Flat 7, Winterbourne Court, 31 Saltash Road]], [[POSTCODE:pl2 1qx]],
which you first made by phone from [[PHONE:07700 900318]] and then by email from
[[EMAIL:precious.ac@example.com]]. I am sorry that it took three reports before anyone
from [[ORGANISATION:Calder Vale Homes]] came out. What we found: the surveyor,
[[PERSON:Dainius Zabielskas]], visited on 11 March with our contractor
[[ORGANISATION:Brightwall Damp Solutions]]. The bathroom extractor fan had never been
wired in, and the bedroom shared by [[PERSON:Tobi]], who is [[AGE:9]], and baby
[[PERSON:Grace]], [[AGE:14 months]], had black mould behind the wardrobe. The letter
from Dr [[PERSON:Halloran]] at [[ADDRESS:Highfield Lane Medical Practice]] confirms that
[[PERSON:Tobi]]'s [[HEALTH:asthma]] has worsened since November and that he has missed
eleven days at [[ADDRESS:St Aldhelm's Primary School]]. What we will do: the fan will be
wired and a humidistat fitted by 25 March, and the mould wash and stain-block done the
same week. While the bedroom is treated you may stay at [[ADDRESS:number 12]] on the
ground floor, which is empty. Mr [[PERSON:Zabielskas]] will return after six weeks with
a moisture meter. We offer £350, paid into the account ending [[OTHER_ID:5527]]. What we
have learned: our call handlers logged your first two calls as "condensation advice"
and booked nothing. From April, any report of mould in a home with a child under five
goes straight to a surveyor. If you are not satisfied, you can ask for stage 2 within 20
working days, or contact the Housing Ombudsman. Yours sincerely,
[[PERSON:Harriet Loveday-Ncube]], Complaints Resolution Officer. Copy to Cllr
[[PERSON:Imran Shafiq]].
"""),
    ),
    (
        "fv2s-en-02",
        "en",
        _s("""
Determination in plain words. Case [[REFERENCE:202405117]]. Landlord:
[[ORGANISATION:Tamesis Housing Group]]. Resident: Mr [[PERSON:Desmond Clarke-Whyte]],
known to neighbours as [[PERSON:Dez]], aged [[AGE:78]], of
[[ADDRESS:Flat 143, Marlowe Tower]] on the [[ADDRESS:Ferncliffe Estate]],
[[POSTCODE:SE15 4RW]]. What the complaint was about: between October and February both
lifts in the tower were out of action at once on nine occasions, once for sixteen days.
Mr [[PERSON:Clarke-Whyte]] lives on the fourteenth floor, has [[HEALTH:COPD]] and uses
home oxygen. During the longest outage he missed two clinic appointments and his
daughter, [[PERSON:Marcia]], carried his shopping up the stairs each evening. His
neighbour at [[ADDRESS:flat 141]], [[PERSON:Kofi Mensah]], rang the landlord from
[[PHONE:020 7946 0733]] on his behalf at least five times. What the landlord did: it
passed every report to its lift contractor, [[ORGANISATION:Apex Vertical Ltd]], but kept
no list of residents who could not use the stairs. Its stage 1 reply, signed by
[[PERSON:J. Okonkwo-Hart]], called the lifts "old but serviceable". At stage 2 the head
of repairs, [[PERSON:Marguerite de la Haye]], accepted that nobody had checked on him.
The ward councillor, [[PERSON:Niamh O'Driscoll]], also wrote in support. Finding:
maladministration. Orders: the chief executive to apologise in person; £900 to Mr
[[PERSON:Clarke-Whyte]]; a register of residents who cannot use the stairs, with each
called within four hours of any outage; and a plan for replacing the lift controls
within 12 weeks. What others can learn: a contractor's fault log does not tell a
landlord who is stuck at home.
"""),
    ),
    (
        "fv2s-en-03",
        "en",
        _s("""
From: Cllr [[PERSON:Rukhsana Iqbal-Lowe]] <[[EMAIL:r.iqbal-lowe@example.org]]>.
To: Housing Options, [[ORGANISATION:Kirkmoor Borough Council]]. Subject: casework,
overcrowding, [[PERSON:Warsame]] family, housing register [[REFERENCE:HR-061793]]. Dear
[[PERSON:Gareth]], thank you for moving quickly on this. For the file: I met Mr
[[PERSON:Abdirahman Warsame]] and his wife [[PERSON:Hodan]] at my surgery in March. They
rent a two-bedroom house at [[ADDRESS:14 Cottam Street]], [[POSTCODE:BD7 3nh]], from
[[ORGANISATION:Aire Valley Housing]], and there are seven of them: [[PERSON:Ayaan]]
([[AGE:15]]), [[PERSON:Sagal]] ([[AGE:12]]), the twins [[PERSON:Bashir]] and
[[PERSON:Idil]] ([[AGE:6]]) and baby [[PERSON:Nasra]]. [[PERSON:Ayaan]] revises for his
GCSEs on the landing, and his head of year at [[ADDRESS:Thornton Grange Academy]], Ms
[[PERSON:Okafor]], wrote that his attendance was slipping. The family are
[[OTHER_SPECIAL:Somali]] and worship at [[ADDRESS:Masjid Al-Furqan]], and
said they would only move if they could stay near it and the school. Your team found
that [[PERSON:Nasra]] had never been added to the application, so the family sat in the
wrong band for eight months. They have now been placed in Band A and offered the
four-bedroom house at [[ADDRESS:27 Kensal Rise]], which they accepted. Please keep in
touch with Mr [[PERSON:Warsame]] by phone on [[PHONE:oh seven seven double oh, nine hundred,
five four one]]; [[PERSON:Hodan]] prefers email at
[[EMAIL:hodan dot warsame at example dot net]]. The lesson I would like your team to
take: check every household change reported at a tenancy visit against the register.
Best wishes, [[PERSON:Rukhsana]].
"""),
    ),
    (
        "fv2s-en-04",
        "en",
        _s("""
WITNESS STATEMENT. Antisocial behaviour case [[REFERENCE:ASB/2024/0271]]. Name:
[[PERSON:Dawn Elizabeth Fairweather]]. Date of birth: [[DATE_OF_BIRTH:the second of
August nineteen sixty-nine]]. Address: [[ADDRESS:22 Pollard Walk]], [[POSTCODE:NE6 2TJ]].
1. I have lived at [[ADDRESS:number 22]] since 2009 with my son [[PERSON:Will]], who is
[[AGE:16]], and my partner, [[PERSON:Chidi Nwosu]]. 2. Since last May the tenant at
[[ADDRESS:number 24]], [[PERSON:Terence Mabey]], known locally as
"[[PERSON:Big Tel]]", has played music through the party wall until three or four in
the morning, most weekends. 3. On 14 September at about 11pm he shouted at
[[PERSON:Chidi]] in the street and called him names because he is
[[OTHER_SPECIAL:Black]] and [[OTHER_SPECIAL:Nigerian]]. 4. He parks his white van,
registration [[OTHER_ID:NK68 YTB]], across my drive, and has posted photographs of my
front door from the account [[OTHER_ID:@big_tel_toon]]. 5. My neighbour at
[[ADDRESS:number 20]], Mrs [[PERSON:Vera Hollis]], who is [[AGE:84]], has also heard the
shouting and will give a statement. 6. I reported all of this to the housing officer,
[[PERSON:Kasia Wróblewska]] of [[ORGANISATION:Tyneside Homes Partnership]]. Ms
[[PERSON:Wróblewska]] gave me diary sheets, which I have kept since June. 7. Since the
incident I have been treated for [[HEALTH:anxiety]] by my GP at
[[ADDRESS:Byker Bridge Surgery]]. I will attend court if asked. I believe that the facts
in this statement are true. Signed: [[PERSON:D. E. Fairweather]]. Taken by
[[PERSON:K. Wróblewska]], telephone [[PHONE:0191 498 0264]]. Note added for the learning
file: the first two reports were closed as "noise, civil matter". After Ms
[[PERSON:Fairweather]] complained, the landlord apologised, paid £250, fitted a doorbell
camera and obtained an injunction against Mr [[PERSON:Mabey]]. Lesson: hate incidents
must be opened as an antisocial behaviour case on the day they are reported.
"""),
    ),
    (
        "fv2s-en-05",
        "en",
        _s("""
REFERRAL FORM, Tenancy Support Service. Referrer: [[PERSON:Rory Tan]], support worker,
[[PHONE:0117 496 0582]], [[EMAIL:rory.tan@example.org]]. Client: Ms
[[PERSON:Siobhán Ní Bhriain]] (prefers "[[PERSON:Shiv]]"). Date of birth:
[[DATE_OF_BIRTH:19/11/1978]]. NI number: [[NI_NUMBER:JT 48 20 91 B]]. NHS number:
[[OTHER_ID:929 414 6545]]. Address: [[ADDRESS:Ground floor flat, 5 Cotterell Row]],
[[POSTCODE:BS5 6PQ]]. Landlord: [[ORGANISATION:Avonmead Housing Co-operative]], tenancy
reference [[REFERENCE:AHC-00918]]. GP: [[ADDRESS:Easton Vale Surgery]]. Household:
client and daughter [[PERSON:Aoife]], [[AGE:13]], who attends
[[ADDRESS:Redfield Edge Academy]]. Reason for referral: the client has
[[HEALTH:multiple sclerosis]] and since a relapse in January uses a wheelchair indoors.
The occupational therapist, [[PERSON:Funmilayo Bankole]], recommended a level-access
shower and a ramp last June. In October the landlord's adaptations officer, Mr
[[PERSON:Greig]], told her the paperwork had been "lost between teams". Her stage 1
complaint brought an apology but no date. After a stage 2 review by
[[PERSON:Alasdair MacKinnon-Reid]], the landlord agreed to fit the shower by the end of
May, to pay £600 and to name one contact for adaptations. It recorded the lesson that
every OT recommendation must be logged as a job with its own number, here
[[REFERENCE:AD-7731]], so that it cannot fall between teams. Support needed: help to
chase the works, a benefits check, and someone to attend the pre-start meeting with
[[PERSON:Shiv]] and [[PERSON:Aoife]]. Please do not call before 10am; text
[[PHONE:07700 900 917]] instead. Consent given verbally on 3 April.
"""),
    ),
    (
        "fv2s-pl-01",
        "pl",
        _s("""
Odpowiedź na skargę – etap 2. Numer skargi: [[REFERENCE:WL-C-55902]]. Pani
[[PERSON:Bożena Kaczmarczyk-Lis]], [[ADDRESS:mieszkanie nr 4, Ashcombe House, 17 Holloway
Crescent]], [[POSTCODE:LS9 7ET]]. Szanowna Pani [[PERSON:Bożeno]], dziękujemy za
prośbę o ponowne rozpatrzenie skargi. Dotyczyła ona przecieku z lokalu nad Pani
mieszkaniem. Przebieg sprawy: pierwszy przeciek zgłosiła Pani 2 listopada. Hydraulik
firmy [[ORGANISATION:Fenwick Property Care]], pan [[PERSON:Mirosław]], ustalił, że
przecieka odpływ wanny u sąsiada z [[ADDRESS:mieszkania nr 8]], pana
[[PERSON:Dereka Stubbsa]]. Pan [[PERSON:Stubbs]] nie wpuszczał ekipy aż do stycznia, a
my przez ten czas nie skorzystaliśmy z prawa wejścia do lokalu. Woda kapała na łóżko
Pani syna [[PERSON:Kuby]], który ma [[AGE:6 lat]], i na półkę z zabawkami
[[PERSON:Zuzi]]. Na etapie 1 pani [[PERSON:Joanna Whitcombe-Nowak]] odpisała, że to
sprawa między sąsiadami. Ta odpowiedź była błędna i przepraszamy za nią. Decyzja:
skarga jest uzasadniona. [[ORGANISATION:Wharfedale Living]] naprawił odpływ 19
stycznia. Do końca miesiąca wymienimy sufit i pomalujemy pokój [[PERSON:Jakuba]],
kupimy nowy materac, a odszkodowanie w kwocie 780 funtów przelejemy na konto kończące
się cyframi [[OTHER_ID:0913]]. Czego się nauczyliśmy: gdy woda leje się z innego
lokalu, a lokator nie otwiera, w ciągu 10 dni występujemy o wejście, zamiast czekać.
Pracownicy działu skarg przeszli szkolenie z naszych uprawnień. W razie pytań proszę
dzwonić pod numer [[PHONE:0113 496 0871]] lub pisać na adres
[[EMAIL:skargi.etap2@example.org]]. Jeśli nadal będzie Pani niezadowolona, może Pani
zwrócić się do Rzecznika ds. Mieszkalnictwa (Housing Ombudsman). Z poważaniem,
[[PERSON:Tomasz Greenhalgh]], kierownik ds. skarg.
"""),
    ),
    (
        "fv2s-pl-02",
        "pl",
        _s("""
Biuletyn Stowarzyszenia Lokatorów osiedla [[ADDRESS:Greenacre]], wydanie wiosenne.
Karaluchy w [[ADDRESS:Thornbury House]] – jak sprawa została rozwiązana. Od jesieni
lokatorzy z kilku pięter skarżyli się na karaluchy. Pani [[PERSON:Halina Dudek]] z
[[ADDRESS:mieszkania 23]] znajdowała je nawet w łóżeczku wnuczki [[PERSON:Oliwki]],
która ma [[AGE:3 lata]]. Pan [[PERSON:Zdzisław Nowicki]], którego wszyscy znają jako
„[[PERSON:Zdzicha]]”, zrobił zdjęcia zsypu na śmieci i przekazał je dozorcy,
[[PERSON:Terry'emu]]. Firma [[ORGANISATION:Verminex Services]] przychodziła trzy razy,
ale spryskiwała tylko pojedyncze mieszkania, więc owady przenosiły się piętro wyżej.
W styczniu nasza przewodnicząca, [[PERSON:Marianne Okoro]], złożyła w imieniu
czternastu gospodarstw skargę zbiorową (numer [[REFERENCE:PGH-GRP-0042]]) do
[[ORGANISATION:Pennine Gate Homes]]. Odpowiedź na etapie 1 podpisała pani
[[PERSON:Sunita Varma-Holt]]. Przyznała, że problem dotyczy całego budynku. Co
zrobiono: cały blok opryskano w ciągu jednego tygodnia, zsyp uszczelniono, a każde
gospodarstwo dostało 150 funtów. Technik, pan [[PERSON:Lee]], wraca co miesiąc do
czerwca. Pani [[PERSON:Halinie]] wymieniono też kuchenne szafki. Czego nauczył się
wynajmujący: przy szkodnikach w bloku trzeba działać na cały budynek, a nie na
pojedyncze zgłoszenia. Jeśli nadal widzicie karaluchy, piszcie do nas:
[[EMAIL:lokatorzy.greenacre@example.net]] albo dzwońcie wieczorem pod
[[PHONE:0113 496 0412]]. Dziękujemy [[PERSON:Zdzichowi]] i pani [[PERSON:Halinie]] za
upór!
"""),
    ),
    (
        "fv2s-pl-03",
        "pl",
        _s("""
FORMULARZ SKIEROWANIA – wsparcie mieszkaniowe. Osoba kierująca:
[[PERSON:Agata Sowińska]], pracownica wsparcia, tel. [[PHONE:0121 496 0357]], e-mail
[[EMAIL:a.sowinska@example.org]]. Klient: pan [[PERSON:Wiesław Kubiak]], ur.
[[DATE_OF_BIRTH:12 maja 1961]] r. Adres: [[ADDRESS:mieszkanie 2, 48 Larkhill Road]],
Birmingham, [[POSTCODE:B10 0ST]]. Numer NI: [[NI_NUMBER:PX583016A]]. Numer NHS:
[[OTHER_ID:154 099 3132]]. Paszport: [[OTHER_ID:EK4419027]]. Status imigracyjny:
[[OTHER_SPECIAL:pre-settled status]]. Wynajmujący:
[[ORGANISATION:Midland Heartwood Housing]], numer najmu [[REFERENCE:MHH-T-204417]].
Lekarz rodzinny: [[ADDRESS:Larkhill Medical Centre]]. Powód skierowania: od
października pan [[PERSON:Wiesław]] nie miał ogrzewania, bo kocioł uznano za
niebezpieczny. Dostał dwa grzejniki elektryczne, a rachunki za prąd wzrosły
trzykrotnie. Choruje na [[HEALTH:cukrzycę typu 2]] i [[HEALTH:POChP]]. Słabo mówi po
angielsku; dzwonić pomagała mu sąsiadka z [[ADDRESS:mieszkania 4]], pani
[[PERSON:Róża Mazurek]]. Na etapie 1 pan [[PERSON:D. Hargreaves]] odpisał tylko, że
części są zamówione. Po skardze na etapie 2 firma [[ORGANISATION:Corrie Heating Ltd]]
zamontowała nowy kocioł 8 grudnia, a wynajmujący zwrócił 420 funtów za prąd i
przeprosił. Wynajmujący zapisał wniosek, że osoba starsza i chora bez ogrzewania
dłużej niż 48 godzin ma dostać kontakt do jednej osoby prowadzącej. Potrzebne
wsparcie: wniosek o Pension Credit, pomoc z zaległym rachunkiem za prąd, tłumacz na
wizytę kontrolną. Panu [[PERSON:Kubiakowi]] wygodniej jest, gdy dzwoni się po 12:00.
Zgoda na przekazanie danych: udzielona pisemnie.
"""),
    ),
    (
        "fv2s-pl-04",
        "pl",
        _s("""
Od: radna [[PERSON:Agnieszka Fitzgerald-Mazur]]
<[[EMAIL:agnieszka.fitzgerald-mazur@example.org]]>. Do: pani [[PERSON:Renata Wójcik]].
Temat: Pani sprawa – wilgoć i pleśń, [[ADDRESS:14 Marsh Lane]], [[POSTCODE:ne6 5xt]].
Szanowna Pani [[PERSON:Renato]], piszę po wczorajszej rozmowie z dyrektorem napraw w
[[ORGANISATION:Ouseburn Homes]], panem [[PERSON:Callumem Whitakerem]]. Przyznał on, że
zgłoszenie naprawy nr [[REFERENCE:OH-R-778120]] zamknięto w styczniu bez żadnej
wizyty, z adnotacją „lokatorka nieobecna”. Wiem od Pani, że tego dnia nikt nie
pukał. Pan [[PERSON:Whitaker]] zobaczył też list od dr [[PERSON:Priyi Raman]] z
[[ADDRESS:Sandhill Surgery]] o tym, że [[HEALTH:astma]] Pani córki
[[PERSON:Natalki]], która ma [[AGE:4 lata]], zaostrzyła się od jesieni, i że
dziewczynka opuściła kilka tygodni w [[ADDRESS:Little Acorns Nursery]]. Ustalenia:
w czwartek przyjdzie inspektor, pan [[PERSON:Oluwaseun Adebayo]], z osuszaczem; do
końca miesiąca zostanie zamontowany wentylator w sypialni i usunięta pleśń; czynsz za
dwa tygodnie, gdy pokój będzie wyłączony, zostanie zwrócony; otrzyma Pani 400 funtów i
pisemne przeprosiny. Pani sąsiadka z [[ADDRESS:numeru 16]], pani
[[PERSON:Krystyna]], mówiła mi, że u niej jest to samo, więc poprosiłam pana
[[PERSON:Whitakera]], aby sprawdzono cały szereg domów. Wynajmujący obiecał, że
zgłoszenia zamknięte z powodu „nieobecności” będą teraz sprawdzane telefonicznie, zanim
się je zamknie. Gdyby ktoś nie przyszedł w czwartek, proszę dzwonić do biura napraw pod
[[PHONE:0191 498 0519]] albo bezpośrednio do mnie. Z wyrazami szacunku,
[[PERSON:Agnieszka Fitzgerald-Mazur]], radna okręgu Heaton.
"""),
    ),
    (
        "fv2s-pl-05",
        "pl",
        _s("""
Rozstrzygnięcie w prostych słowach (tłumaczenie). Sprawa Rzecznika nr
[[REFERENCE:202318864]]. Mieszkaniec: pan [[PERSON:Ryszard Bąk]]. Wynajmujący:
[[ORGANISATION:Trentside Community Housing]]. O co chodziło: pan [[PERSON:Bąk]], lat
[[AGE:67]], mieszka z żoną [[PERSON:Teresą]] w domu [[ADDRESS:nr 9 przy Sherwood
Close]], [[POSTCODE:ng59hl]]. Po [[HEALTH:udarze]] w 2022 roku porusza się na wózku.
Terapeutka zajęciowa, pani [[PERSON:Mei Ling Ng]], zaleciła podnośnik schodowy i
poszerzenie drzwi do łazienki. Wynajmujący zwlekał czternaście miesięcy. Kierownik
adaptacji, pan [[PERSON:Pritchard]], trzy razy pisał, że czeka na wycenę od firmy
[[ORGANISATION:Lift & Access Midlands]], ale nikt jej nie zamówił. Przez ten czas pan
[[PERSON:Ryszard]] spał w salonie, a do łazienki nosił go zięć,
[[PERSON:Marcin Zieliński-Hart]]. Ksiądz [[PERSON:Jan Wierzbicki]] z
[[ADDRESS:kościoła św. Barbary]], do którego państwo [[PERSON:Bąkowie]] chodzą,
napisał do wynajmującego w ich imieniu, ale nie dostał odpowiedzi. Ustalenie:
nieprawidłowe administrowanie. Co nakazaliśmy: pisemne przeprosiny od dyrektor
naczelnej, pani [[PERSON:Helen Oyelaran-Batty]]; 1200 funtów odszkodowania; montaż
podnośnika i poszerzenie drzwi w ciągu ośmiu tygodni; przegląd wszystkich zaleceń
terapeutów, które czekają dłużej niż trzy miesiące. Wynajmujący wykonał prace w
siedem tygodni. Wnioski dla innych: zalecenie terapeuty trzeba traktować jak zlecenie
naprawy z terminem, a nie jak list do przeczytania. Listy od osób wspierających
mieszkańca, także od duchownych, wymagają odpowiedzi.
"""),
    ),
    (
        "fv2s-ro-01",
        "ro",
        _s("""
Răspuns la reclamație – etapa 1. Referința noastră: [[REFERENCE:SRH-CMP-61207]].
Stimată doamnă [[PERSON:Lăcătușu]], vă mulțumim pentru reclamația din 9 ianuarie
privind igrasia și mucegaiul din locuința dumneavoastră, [[ADDRESS:apartamentul 5,
Kingfisher House, 2 Wharf Street]], [[POSTCODE:GL1 2BQ]]. Ce s-a întâmplat: ați
raportat problema de patru ori din octombrie, de pe numărul [[PHONE:07700 900 622]],
dar lucrarea a fost închisă de fiecare dată fără vizită. Inspectorul nostru, domnul
[[PERSON:Gheorghe-Andrei Vlad]], a venit pe 16 ianuarie împreună cu tehnicianul firmei
[[ORGANISATION:DryLine Services]], pe care toată lumea îl știe drept
[[PERSON:Nelu]]. Mucegaiul acoperea peretele din camera lui [[PERSON:Ionuț]], care are
[[AGE:7 ani]]. Scrisoarea doamnei doctor [[PERSON:Ama Owusu]] de la
[[ADDRESS:Bristol Road Surgery]] arată că [[HEALTH:bronșita astmatiformă]] a
copilului s-a agravat, iar învățătoarea de la [[ADDRESS:Tredworth Junior School]] ne-a
confirmat absențele. Am discutat totul și cu soțul dumneavoastră, [[PERSON:Costel]],
și cu bunica, doamna [[PERSON:Viorica]], care locuiește cu dumneavoastră. Ce vom face:
până pe 2 februarie vom curăța și trata pereții, vom monta un ventilator cu senzor de
umiditate și vom înlocui garnitura ferestrei. Domnul [[PERSON:Vlad]] va reveni după
șase săptămâni. Vă oferim 325 de lire pentru neplăceri și pentru hainele lui
[[PERSON:Ionuț]] distruse de mucegai. Ce am învățat: raportările repetate de igrasie
nu mai pot fi închise fără inspecție, iar fiecare caz cu un copil bolnav primește un
responsabil. Dacă nu sunteți mulțumită, puteți cere etapa a doua în 20 de zile
lucrătoare sau vă puteți adresa Ombudsmanului pentru Locuințe. Cu stimă,
[[PERSON:Olivia Pennington-Rusu]], ofițer reclamații,
[[ORGANISATION:Severn Reach Housing]].
"""),
    ),
    (
        "fv2s-ro-02",
        "ro",
        _s("""
DECLARAȚIE DE MARTOR (traducere). Dosar de comportament antisocial nr.
[[REFERENCE:ASB-24-0388]]. Nume: [[PERSON:Petru Chirilă]]. Data nașterii:
[[DATE_OF_BIRTH:3 februarie 1975]]. Adresa: [[ADDRESS:apartamentul 11, Calloway
Court]], [[POSTCODE:lu4 8gh]]. 1. Locuiesc în [[ADDRESS:Calloway Court]] din 2017, cu
soția mea, [[PERSON:Doina]], și cu fiul nostru, [[PERSON:Sorinel]], de
[[AGE:14 ani]]. 2. Din august, seara, pe casa scării de la parter se strânge un grup de
tineri. Pe unul dintre ei îl știu ca „[[PERSON:Bodo]]”. Administratorul clădirii,
domnul [[PERSON:Aidan Keogh]], mi-a spus că îl cheamă [[PERSON:Bogdan Rusnac]] și că
locuiește la [[ADDRESS:nr. 3]]. 3. Pe 2 octombrie l-am văzut pe [[PERSON:Rusnac]]
dând pachețele dintr-un BMW negru cu numărul [[OTHER_ID:LD19 KZE]]. 4. Pe TikTok,
contul [[OTHER_ID:@bodo.luton]] a pus un filmuleț cu ușa noastră și ne-a insultat
pentru că suntem [[OTHER_SPECIAL:romi]]. 5. Soția mea are [[HEALTH:epilepsie]] și, de
la acel filmuleț, nu mai iese singură din casă. [[PERSON:Sorinel]] merge la
[[ADDRESS:Wardown Vale Academy]] pe alt drum, ca să nu treacă pe lângă ei. 6. Am anunțat
totul ofițerei pentru comportament antisocial, doamna [[PERSON:Simone Baptiste]], de la
[[ORGANISATION:Chiltern Vale Housing]]. Declar că faptele de mai sus sunt adevărate.
Semnat: [[PERSON:P. Chirilă]]. Notă adăugată ulterior, pentru dosarul de învățare:
primele două sesizări ale domnului [[PERSON:Chirilă]] au primit doar o scrisoare
standard. După reclamația lui, proprietarul a montat camere și o ușă cu cod, a obținut
un ordin împotriva lui [[PERSON:Rusnac]] și a plătit familiei 300 de lire. Lecția:
când o sesizare pomenește amenințări legate de etnie, ofițerul sună victima în aceeași
zi.
"""),
    ),
    (
        "fv2s-ro-03",
        "ro",
        _s("""
Analiză de învățare, prezentată la ședința echipei de reparații din 12 martie.
Prezintă: [[PERSON:Teodora Munteanu-Popescu]], ofițer pentru calitate. Cazul: doamna
[[PERSON:Ecaterina Zamfir]], „tanti [[PERSON:Cati]]” pentru vecini, are
[[AGE:82 de ani]] și locuiește singură la [[ADDRESS:37 Ravensdale Road]],
[[POSTCODE:CV6 4LB]]. În decembrie centrala s-a oprit de trei ori. Nepoata ei,
[[PERSON:Alina]], ne-a scris de la [[EMAIL:alina.zamfir88@example.com]] și a sunat de pe
[[PHONE:0121 496 0194]]. Inginerul de la [[ORGANISATION:Thermaflow Heating]], domnul
[[PERSON:Kwabena Asamoah]], a schimbat o piesă, dar dispeceră noastră,
[[PERSON:Lucy]], a închis lucrarea [[REFERENCE:RJ-449021]] înainte ca instalația să fie
verificată. Doamna [[PERSON:Zamfir]] are [[HEALTH:insuficiență cardiacă]], lucru
trecut în dosarul ei, dar contractorul nu vedea acest semnal. Medicul de familie de la
[[ADDRESS:Hollybush Surgery]] ne-a scris că a stat trei nopți fără căldură. Ce a mers
prost: trei lucrări separate pentru aceeași defecțiune; nimeni nu a sunat-o înapoi;
răspunsul de la etapa 1, semnat [[PERSON:R. Tănase]], spunea că „nu există
înregistrări”. Ce am schimbat: semnalele de vulnerabilitate ajung acum automat la
contractor; o lucrare de încălzire pentru o persoană vulnerabilă nu se închide fără un
telefon către locatar; reclamațiile repetate merg la un singur coordonator,
domnul [[PERSON:Dorin Sava]]. Rezultatul pentru doamna
[[PERSON:Zamfir]]: centrală nouă montată pe 22 decembrie, scuze în scris și 500 de
lire. Întrebări pentru echipă: câte alte cazuri închise în decembrie au avut aceeași
problemă?
"""),
    ),
    (
        "fv2s-ro-04",
        "ro",
        _s("""
De la: consilier [[PERSON:Marius Ionescu-Blake]]
<[[EMAIL:cllr.ionescu-blake@example.org]]>. Către: domnul [[PERSON:Florin Stoica]].
Subiect: cererea dumneavoastră de locuință, registrul nr. [[REFERENCE:LBH-HR-330817]].
Stimate domnule [[PERSON:Stoica]], vă scriu după întâlnirea de ieri cu doamna
[[PERSON:Gemma Ruddock]], șefa echipei de alocări de la
[[ORGANISATION:Lea Bridge Homes]]. Rezumat: sunteți opt persoane într-un apartament cu
două camere, [[ADDRESS:flat 19, Beaumont Point]], [[POSTCODE:E5 0QR]]. Copiii,
[[PERSON:Rebeca]] ([[AGE:16 ani]]), [[PERSON:Denisa]] ([[AGE:13 ani]]), gemenii
[[PERSON:Luca]] și [[PERSON:Gigel]] ([[AGE:8 ani]]) și micuța
[[PERSON:Ariana]], dorm câte trei într-un pat, iar mama dumneavoastră,
[[PERSON:Lenuța]], doarme pe canapea. Doamnei [[PERSON:Lenuța]] i s-a pus diagnosticul de
[[HEALTH:BPOC]], agravată de mucegaiul din cameră. În 2022, ofițerul care v-a evaluat,
domnul [[PERSON:Hollis-Grant]], a notat greșit că aveți trei camere. Ați spus că familia
a simțit că a fost tratată altfel pentru că este [[OTHER_SPECIAL:romă]]; doamna
[[PERSON:Ruddock]] a luat asta în serios și a trimis cazul la verificare. Rezultatul:
evaluarea a fost refăcută, sunteți acum în banda A, iar la [[ADDRESS:Kenworthy Fields
Primary]], unde învață gemenii, școala a primit o scrisoare ca să nu fie mutați până la
vară. Vi s-a oferit o casă cu patru camere și 450 de lire pentru anii de așteptare.
Lecția pe care au notat-o: orice evaluare contestată este verificată de altă persoană.
Am trecut numărul dumneavoastră, [[PHONE:zero șapte șapte zero zero, nouă sute, unu
trei cinci]], pe cererea de contact, ca să vă sune direct. Cu stimă,
[[PERSON:Marius]].
"""),
    ),
    (
        "fv2s-ro-05",
        "ro",
        _s("""
Buletinul Asociatiei Locatarilor din [[ADDRESS:Harrow Point]]: lifturile, in sfarsit
reparate. Cine locuieste in blocul de langa [[ADDRESS:Dacia Market]] stie ca anul
trecut cele doua lifturi au stat mai mult oprite decat pornite. Domnul
[[PERSON:Radu Enache]], de [[AGE:71 de ani]], care are [[HEALTH:Parkinson]] si sta la
[[ADDRESS:apartamentul 64]], la etajul 16, nu a putut cobori trei saptamani. Nea
[[PERSON:Fane]] de la parter i-a carat cumparaturile, iar [[PERSON:Tudorel]], baiatul
doamnei [[PERSON:Mihaela Dumitrescu]], a tinut un jurnal cu fiecare zi de pana. Cu
jurnalul lui [[PERSON:Tudorel]], asociatia a facut o reclamatie colectiva la
[[ORGANISATION:Harrow Vale Housing Trust]], numarul [[REFERENCE:HVHT-COL-2291]]. La
etapa 1, domnul [[PERSON:Ogunleye]] de la serviciul clienti ne-a raspuns ca firma
[[ORGANISATION:Liftwise UK]] "face tot posibilul". Nu ne-am multumit si am cerut etapa
2. Directoarea de reparatii, doamna [[PERSON:Clare Fitzpatrick-Oduya]], a venit la
intalnirea noastra si a recunoscut ca piesele fusesera comandate abia dupa doua luni.
Ce s-a schimbat: ambele lifturi au acum sisteme noi de control, fiecare locatar care nu
poate folosi scarile este trecut pe o lista si este sunat in aceeasi zi cand se
opreste un lift, iar domnul [[PERSON:Enache]] a primit 800 de lire. Lectia pentru
proprietar: o pana repetata este o problema, nu o serie de incidente separate. Scrieti-ne
la [[EMAIL:asociatia.harrowpoint@example.net]] sau sunati-o pe
[[PERSON:Mihaela]] la [[PHONE:020 7946 0358]].
"""),
    ),
    (
        "fv2s-ar-01",
        "ar",
        _s("""
قرار أمين المظالم للإسكان بلغة مبسطة. رقم القضية: [[REFERENCE:202407733]]. المستأجرة:
السيدة [[PERSON:سلمى الحداد]]. الجهة المؤجرة: [[ORGANISATION:ميرسي كيز للإسكان]].
موضوع الشكوى: تسكن السيدة [[PERSON:الحداد]] مع زوجها [[PERSON:وليد]] وأطفالهما الثلاثة في
[[ADDRESS:الشقة 12، كرانبورن هاوس، 40 شارع أليرتون]]، الرمز البريدي [[POSTCODE:L8 5SP]].
منذ شتاء 2022 ينتشر العفن الأسود في غرفة الأطفال. ابنها [[PERSON:يوسف]]، وعمره
[[AGE:5 سنوات]]، مصاب بمرض [[HEALTH:الربو]]، وقد كتبت طبيبته في
[[ADDRESS:مركز بارك رود الصحي]] أن حالته تسوء كلما اشتد العفن. وجارتها في
[[ADDRESS:الشقة 14]]، [[PERSON:أم خالد]]، اشتكت من المشكلة نفسها. ما فعله المؤجر: أرسل
المسّاح [[PERSON:غاري طومسون]] مرتين، فنصح الأسرة بفتح النوافذ وتجفيف الملابس في الخارج.
ورد المرحلة الأولى، بتوقيع [[PERSON:ك. أوبراين]]، نسب العفن إلى "نمط المعيشة". كتبت
السيدة [[PERSON:سلمى]] بعدها من بريدها [[EMAIL:salma.haddad@example.com]] تطلب المرحلة
الثانية، فأرسل المؤجر مقاول [[ORGANISATION:Dryfix North West]]، الذي وجد أن ماسورة
المطر فوق النافذة مكسورة منذ سنوات وأن الماء يتسرب داخل الجدار. القرار: سوء إدارة
جسيم. الأوامر: اعتذار مكتوب من المدير التنفيذي، السيد [[PERSON:ريتشارد أمبروز-كيلي]]؛
دفع 1100 جنيه إسترليني؛ إصلاح الماسورة والجدار خلال ثمانية أسابيع؛ ومراجعة كل الشكاوى
المشابهة في المبنى. وقد أكد المؤجر أن الأعمال انتهت في الموعد. ما يمكن أن يتعلمه
غيره: لا يجوز لوم الأسرة على العفن قبل فحص المبنى نفسه، ولا بد من الرد على تقارير
الأطباء حين تصل.
"""),
    ),
    (
        "fv2s-ar-02",
        "ar",
        _s("""
الرد على الشكوى – المرحلة الثانية. مرجع الشكوى: [[REFERENCE:HHT/ST2/0917]]. السيد
[[PERSON:حيدر الموسوي]]، [[ADDRESS:29 طريق هولمفيلد]]، [[POSTCODE:s6 3ld]]. عزيزي السيد
[[PERSON:حيدر]]، راجعتُ شكواك بنفسي بعد أن طلبت نقلها إلى المرحلة الثانية. منذ الربيع
الماضي يعلّق جارك في [[ADDRESS:الرقم 31]]، السيد [[PERSON:كيفن دوبسون]]، أوراقًا مسيئة على
سياج حديقتك، ويصرخ عليك وعلى زوجتك [[PERSON:زينب]] لأنكما [[OTHER_SPECIAL:عراقيان]]
و[[OTHER_SPECIAL:مسلمان]]، ويوقف سيارته ذات اللوحة [[OTHER_ID:YK17 HNB]] أمام بابك. ابنك
[[PERSON:علي]]، البالغ [[AGE:11 عامًا]]، صار يخاف المشي إلى
[[ADDRESS:مدرسة وودلاندز الابتدائية]]. ما الخطأ الذي وقع: مسؤولة السلوك المعادي للمجتمع،
[[PERSON:بريا نايدو]]، كانت في إجازة طويلة ولم يُنقل ملفك إلى زميل. ورد المرحلة الأولى،
بتوقيع [[PERSON:ت. هيوز]]، وصف ما حدث بأنه "خلاف بين جيران". هذا غير مقبول، وأعتذر عنه.
ما سنفعله: فتحنا قضية سلوك معادٍ للمجتمع برقم [[REFERENCE:ASB-HHT-5530]]، وتقدمنا بطلب أمر
قضائي ضد السيد [[PERSON:دوبسون]]، وركّبنا كاميرا على واجهة منزلك، وندفع لك 600 جنيه. وطلبنا
من الشرطة زيادة الدوريات في الشارع بين بيتك و[[ADDRESS:مسجد النور]]. سيكون مسؤول قضيتك
من الآن السيد [[PERSON:عمر فاروق]]، وهاتفه المباشر [[PHONE:0114 496 0290]]. ما تعلمناه:
أي بلاغ فيه إساءة بسبب الأصل أو الدين يُسجَّل في اليوم نفسه، ولا يُترك في بريد موظف غائب.
إن لم تكن راضيًا، يمكنك التوجه إلى أمين المظالم للإسكان. مع التحية،
[[PERSON:إليانور غرانت-محمود]]، مديرة خدمات المستأجرين،
[[ORGANISATION:Hallam Heights Trust]].
"""),
    ),
    (
        "fv2s-ar-03",
        "ar",
        _s("""
استمارة إحالة – خدمة دعم السكن. الجهة المُحيلة: [[PERSON:ريما عبد النور]]، عاملة دعم،
هاتف [[PHONE:0121 496 0738]]، بريد [[EMAIL:rima.abdulnour@example.org]]. المستفيد:
السيد [[PERSON:محمد خير الشامي]]. تاريخ الميلاد: [[DATE_OF_BIRTH:١٤/٠٣/١٩٨١]]. رقم التأمين
الوطني: [[NI_NUMBER:SK 62 77 14 C]]. رقم بطاقة الإقامة: [[OTHER_ID:ZR1046372]]. الوضع
القانوني: [[OTHER_SPECIAL:لاجئ حاصل على حق الحماية]]. العنوان:
[[ADDRESS:الشقة العلوية، 63 طريق كينغزبري]]، [[POSTCODE:B24 9PH]]. المؤجر:
[[ORGANISATION:Brindley Housing Association]]، رقم عقد الإيجار [[REFERENCE:BHA-T-55018]].
الأسرة: الزوجة [[PERSON:رهف]]، والأبناء [[PERSON:ماهر]] ([[AGE:13 سنة]]) و[[PERSON:جود]]
([[AGE:9 سنوات]]) و[[PERSON:تيم]] ([[AGE:4 سنوات]]). رقم NHS الخاص بـ[[PERSON:جود]]:
[[OTHER_ID:187 611 6013]]. سبب الإحالة: تعاني [[PERSON:جود]] من [[HEALTH:الشلل الدماغي]]
وتستخدم كرسيًا متحركًا، والشقة في الطابق الثاني بلا مصعد، والحمّام يسرّب الماء إلى الشقة
السفلية منذ أشهر. اشتكت الأسرة، فزار ضابط الإسكان السيد [[PERSON:غراهام بيتس]] المنزل، ثم
أُغلقت الشكوى دون أي رد. بعد أن طلبنا المرحلة الثانية، اعتذرت مديرة الخدمات
[[PERSON:ديبورا فيني]]، وأُصلح التسريب خلال أسبوعين، ودُفع للأسرة 500 جنيه، ورُفعت أولويتها
لمنزل في الطابق الأرضي. وسجّل المؤجر درسًا: كل شكوى تُغلق دون رد مكتوب يُعاد فتحها
تلقائيًا. المطلوب: مساعدة في طلب منحة الأثاث، ومرافقة الأسرة عند معاينة المنزل الجديد،
والتواصل مع مدرسة [[PERSON:ماهر]]، [[ADDRESS:أكاديمية إردينغتون الثانوية]]. الموافقة:
وقّع السيد [[PERSON:الشامي]] على الموافقة بتاريخ 2 أيار.
"""),
    ),
    (
        "fv2s-ar-04",
        "ar",
        _s("""
مراجعة للتعلّم، عُرضت في اجتماع فريق الإسكان الشهري. قدّمتها: [[PERSON:نادية بن سالم]]،
مشرفة الشكاوى. الحالة: أسرة السيد [[PERSON:عبده قاسم]] في
[[ADDRESS:المنزل رقم 8، ممر سبرينغويل]]، [[POSTCODE:ls12 4hx]]، المستأجر من
[[ORGANISATION:إيربورو للإسكان]]، ورقم الشكوى [[REFERENCE:AH-C-80271]]. الأسرة
[[OTHER_SPECIAL:يمنية]]، والأب لا يتحدث الإنجليزية، فكان ابنه [[PERSON:صالح]]،
[[AGE:15 عامًا]]، يترجم في كل اتصال. ماذا حدث: في أيلول أبلغت الأسرة عن فئران تحت أرضية
المطبخ. زار فني شركة [[ORGANISATION:Pestguard Yorkshire]]، [[PERSON:داني]]، ثلاث مرات،
ووضع مصائد فقط. وجدت الأم [[PERSON:أروى]] فضلات الفئران قرب سرير ابنتها
[[PERSON:أمل]]، وعمرها [[AGE:3 سنوات]]. وكانت الأسرة تتصل كل أسبوع على أمل أن يأتي أحد
غير الفني نفسه. جارتهم في [[ADDRESS:الرقم 10]]، السيدة [[PERSON:بيتي ماكغي]]، رأت الفئران
في حديقتها أيضًا، لكن لم يربط أحد بين البلاغين. بعد أن تدخّلت عضوة المجلس
[[PERSON:شازيا رفيق]]، أرسلنا المسّاح [[PERSON:أوكونكوو]]، فوجد بكاميرا الصرف أنبوبًا
مكسورًا تحت المنزلين. النتيجة: أُصلح الأنبوب وسُدّت الفتحات واستُبدلت خزائن المطبخ،
واعتذرنا للأسرة ودفعنا 700 جنيه. الدروس: أولًا، ثلاث زيارات لمكافحة الآفات دون نتيجة
تعني فحص الصرف فورًا. ثانيًا، البلاغات من بيوت متجاورة تُربط في ملف واحد. ثالثًا، لا نعتمد
على طفل للترجمة، بل نحجز مترجمًا. سؤال للنقاش: كم حالة أخرى لدينا أُغلقت بعد زيارات
مصائد فقط؟
"""),
    ),
    (
        "fv2s-ar-05",
        "ar",
        _s("""
من: عضو المجلس [[PERSON:سامر خوري]] <[[EMAIL:samer.khoury.cllr@example.org]]>. إلى:
السيدة [[PERSON:ديانا بروكس-أوجو]]، مديرة الإصلاحات في [[ORGANISATION:Northgate Living]].
الموضوع: السيدة [[PERSON:شيلان رشيد]]، [[ADDRESS:14 بيرش غروف]]، [[POSTCODE:DE23 6QA]].
عزيزتي [[PERSON:ديانا]]، شكرًا لك على متابعة هذه الحالة. للتوثيق: أسرة السيدة
[[PERSON:رشيد]] [[OTHER_SPECIAL:كردية]]، وهي لا تقرأ الإنجليزية. انقطعت التدفئة عن البيت
خمسة أسابيع في تشرين الثاني وكانون الأول، وحماتها [[PERSON:كولالة]] مصابة بـ[[HEALTH:السكري]]
وتعيش معهم. جاء المهندس [[PERSON:ستيف]] من شركة [[ORGANISATION:Trent Gas Care]] مرتين،
وترك بطاقة "مررنا ولم نجد أحدًا" بالإنجليزية، فأُغلق طلب الإصلاح رقم
[[REFERENCE:NL-R-662730]]. كان ابنها [[PERSON:آزاد]]، [[AGE:17 عامًا]]، يترجم كل الرسائل،
وفاته امتحان في الكلية بسبب ذلك. بعد تدخلك رُكّب جهاز جديد في 12 كانون الأول، ودُفع
للأسرة 380 جنيهًا مع اعتذار مكتوب مترجم. أرجو أن تبقى هذه الدروس مسجلة: تُسجَّل لغة
المستأجر المفضلة في ملفه، ويُتصل به هاتفيًا قبل إغلاق أي طلب بحجة الغياب، ولا تُرسل
مواعيد الإصلاح برسالة إنجليزية فقط. رقم السيدة [[PERSON:شيلان]] كما أملته علي:
[[PHONE:صفر سبعة سبعة صفر صفر، تسعة صفر صفر، سبعة ثمانية واحد]]، وبريد ابنها
[[EMAIL:azad.rashid at example dot com]]. مع التحية، [[PERSON:سامر]].
"""),
    ),
    (
        "fv2s-bn-01",
        "bn",
        _s("""
অভিযোগের জবাব – প্রথম ধাপ। আমাদের রেফারেন্স: [[REFERENCE:EGH/CP/24-0617]]। প্রিয় মিসেস
[[PERSON:রাহেলা খাতুন]], [[ADDRESS:ফ্ল্যাট ৯, ক্যাবট হাউস, ১২ হ্যানবেরি স্ট্রিট]],
[[POSTCODE:E1 5JP]]। গত ১৪ জানুয়ারি আপনার জামাই জনাব [[PERSON:ফয়সাল আহমেদ]]
[[PHONE:০২০ ৭৯৪৬ ০৫৫৮]] নম্বর থেকে ফোন করে আপনার পক্ষে অভিযোগ করেছেন। অভিযোগটি ছিল
শোবার ঘরের স্যাঁতসেঁতে দেয়াল ও কালো ছত্রাক নিয়ে। অক্টোবর থেকে তিনবার জানানোর পরও কেউ
আসেনি, এজন্য আমরা দুঃখিত। আমরা যা পেয়েছি: সার্ভেয়ার জনাব [[PERSON:কেভিন ও'রাইলি]]
২১ জানুয়ারি এসে দেখেন যে ছাদের নালা আটকে পানি দেয়ালে ঢুকছে। আপনার স্বামী
[[PERSON:আব্দুস সালাম]]-এর [[HEALTH:সিওপিডি]] আছে, এবং
[[ADDRESS:ভ্যালেন্স রোড সার্জারি]]-র ডা. [[PERSON:নুসরাত জাহান]] লিখেছেন যে ছত্রাকের কারণে
তাঁর শ্বাসকষ্ট বেড়েছে। আপনার নাতি [[PERSON:সাকিব]] ([[AGE:১০ বছর]]) আর নাতনি
[[PERSON:মুক্তা]] একই ঘরে ঘুমায়। আমরা যা করব: ঠিকাদার
[[ORGANISATION:Thameside Damp & Roofing]] ৭ ফেব্রুয়ারির মধ্যে নালা মেরামত করবে, দেয়াল
শুকিয়ে ছত্রাক-প্রতিরোধী রং করবে এবং শোবার ঘরে একটি ফ্যান লাগাবে। জনাব
[[PERSON:ও'রাইলি]] ছয় সপ্তাহ পরে আবার আসবেন। ক্ষতিপূরণ হিসেবে আমরা ৩৫০ পাউন্ড দিচ্ছি।
আমরা যা শিখেছি: একই ঠিকানা থেকে তিনবার একই অভিযোগ এলে এখন সরাসরি সার্ভেয়ার পাঠানো
হবে, আর কোনো আত্মীয় ফোন করলে তাঁর নাম ও নম্বর ফাইলে রাখা হবে। সন্তুষ্ট না হলে ২০
কার্যদিবসের মধ্যে দ্বিতীয় ধাপে যেতে পারেন, অথবা হাউজিং অম্বুডসম্যানের সাথে যোগাযোগ করতে
পারেন। বিনীত, [[PERSON:লুসি চ্যান-হকিন্স]], অভিযোগ কর্মকর্তা,
[[ORGANISATION:ইস্টগেট হোমস]]।
"""),
    ),
    (
        "fv2s-bn-02",
        "bn",
        _s("""
[[ADDRESS:ব্ল্যাকথর্ন এস্টেট]] ভাড়াটিয়া সমিতির নিউজলেটার, বসন্ত সংখ্যা। ছাদ দিয়ে পানি পড়া:
অবশেষে সমাধান। গত দুই বছর ধরে [[ADDRESS:হথর্ন ব্লক]]-এর ওপরের তলায় বৃষ্টি হলেই ছাদ
চুঁইয়ে পানি পড়ত। [[ADDRESS:৪১ নম্বর ফ্ল্যাটে]] থাকেন মিসেস [[PERSON:জোন্স]], বয়স
[[AGE:৮৮ বছর]]; তাঁর রান্নাঘরের ছাদের প্লাস্টার খসে পড়েছিল। পাশের
[[ADDRESS:৪৩ নম্বরে]] থাকেন আমাদের সম্পাদক [[PERSON:শান্তি দাস]] ও তাঁর ছেলে
[[PERSON:অর্ক]]; [[PERSON:অর্ক]]-র বিছানার ওপর বালতি রাখতে হতো। সমিতির সভাপতি জনাব
[[PERSON:নুরুল ইসলাম]], যাঁকে সবাই "[[PERSON:নুরু]] ভাই" বলে ডাকে, প্রতিটি ঘটনার ছবি
তুলে রেখেছিলেন। সেই ছবি দিয়ে সমিতি [[ORGANISATION:লাইমহাউস কাট হাউজিং]]-এর কাছে যৌথ
অভিযোগ করে, নম্বর [[REFERENCE:LCH-GC-0318]]। প্রথম ধাপে মিস্টার [[PERSON:হার্ভে]] লিখলেন,
"ঠিকাদার শিগগিরই আসবে।" কেউ এল না। দ্বিতীয় ধাপে পরিচালক মিজ
[[PERSON:অ্যাডেওলা ফাসানিয়া]] নিজে এসে ছাদে উঠলেন এবং স্বীকার করলেন যে একই ছাদের জন্য
আলাদা আলাদা মেরামতের কাজ খোলায় সমস্যাটা চাপা পড়ে ছিল। ফলাফল:
[[ORGANISATION:Kestrel Roofing]] পুরো ছাদ নতুন করে দিয়েছে, ভিতরের ছাদ মেরামত হয়েছে, আর
ক্ষতিগ্রস্ত চারটি পরিবার ২০০ থেকে ৬০০ পাউন্ড করে পেয়েছে। এখন পুরো ব্লকের জন্য একটিই
ফাইল। বৃষ্টির রাতেও এখন একটু শান্তি। কোথাও নতুন করে পানি পড়লে আমাদের লিখুন:
[[EMAIL:blackthorn.tra@example.org]], অথবা [[PERSON:শান্তি]]-কে ফোন করুন
[[PHONE:07700 900 204]] নম্বরে।
"""),
    ),
    (
        "fv2s-bn-03",
        "bn",
        _s("""
সাক্ষীর বিবৃতি। অসামাজিক আচরণ মামলা নম্বর [[REFERENCE:ASB/23/1142]]। নাম:
[[PERSON:আব্দুল মালেক চৌধুরী]]। জন্ম তারিখ: [[DATE_OF_BIRTH:১৫ জানুয়ারি ১৯৫৮]]। ঠিকানা:
[[ADDRESS:৭ ল্যাভেন্ডার ক্লোজ]], [[POSTCODE:M13 9HN]]। ১. আমি স্ত্রী
[[PERSON:রোকেয়া বেগম]] ও নাতনি [[PERSON:আলো]]-র সাথে থাকি। [[PERSON:আলো]]-র বয়স
[[AGE:৬ বছর]]। ২. [[ADDRESS:৯ নম্বর]] বাড়ির ভাড়াটিয়া [[PERSON:ড্যানিয়েল কেইন]], যাঁকে
সবাই "[[PERSON:ড্যানি]]" বলে ডাকে, গত জুন থেকে দুটি বড় কুকুর খোলা রাখেন। কুকুর দুটি
তিনবার আমাদের বাগানের বেড়া ভেঙে ঢুকেছে। ৩. ১০ আগস্ট সন্ধ্যায় একটি কুকুর
[[PERSON:আলো]]-কে তাড়া করে। মিস্টার [[PERSON:কেইন]] হেসে বলেন, "তোমরা
[[OTHER_SPECIAL:বাংলাদেশি]] লোকেরা সব কিছুতেই ভয় পাও।" ৪. তিনি তাঁর ভ্যান, নম্বর
[[OTHER_ID:MA21 RXO]], প্রায়ই আমার গেটের সামনে রাখেন। ৫. আমার [[HEALTH:হৃদরোগ]] আছে;
[[ADDRESS:প্লাট লেন মেডিক্যাল সেন্টার]]-এর ডাক্তার আমাকে দুশ্চিন্তা কমাতে বলেছেন। ৬. আমি
[[ORGANISATION:Longsight Community Homes]]-এর হাউজিং অফিসার মিজ
[[PERSON:ফিওনা ম্যাকলিওড]]-কে বারবার জানিয়েছি। পাশের [[ADDRESS:৫ নম্বর]]-এর মিস্টার
[[PERSON:ওয়াং]]-ও একই ঘটনা দেখেছেন। আমি বিশ্বাস করি এই বিবৃতির তথ্য সত্য। স্বাক্ষর:
[[PERSON:আ. মা. চৌধুরী]]। বিবৃতি নিয়েছেন [[PERSON:এফ. ম্যাকলিওড]], ফোন
[[PHONE:0161 496 0729]]। শেখার জন্য টীকা: প্রথম দুটি অভিযোগ "পোষা প্রাণী বিষয়ক" বলে
বন্ধ করা হয়েছিল। দ্বিতীয় ধাপে বাড়িওয়ালা ক্ষমা চায়, বেড়া মেরামত করে, ৪০০ পাউন্ড দেয়
এবং মিস্টার [[PERSON:কেইন]]-এর বিরুদ্ধে আদালতের নিষেধাজ্ঞা নেয়। শিক্ষা: বিপজ্জনক
কুকুরের অভিযোগ অসামাজিক আচরণ হিসেবে খোলা হবে, আর জাতিগত গালির উল্লেখ থাকলে সেদিনই
ফোন করা হবে।
"""),
    ),
    (
        "fv2s-bn-04",
        "bn",
        _s("""
হাউজিং অম্বুডসম্যানের সিদ্ধান্ত, সহজ ভাষায়। মামলা নম্বর [[REFERENCE:202311209]]।
বাসিন্দা: জনাব [[PERSON:মোহাম্মদ হারুন মিয়া]], বয়স [[AGE:৭৩ বছর]], ঠিকানা
[[ADDRESS:৫৫ ওয়েলিংটন রো]], [[POSTCODE:e2 7bb]]। বাড়িওয়ালা:
[[ORGANISATION:বেথনাল গ্রিন গেটওয়ে হোমস]]। অভিযোগ: ২০২২ সালে [[HEALTH:স্ট্রোক]]-এর পর
জনাব [[PERSON:মিয়া]]-র শরীরের বাঁ দিক অবশ হয়ে যায়। অকুপেশনাল থেরাপিস্ট মিজ
[[PERSON:হানা কোয়ালস্কা]] সিঁড়ির লিফট ও একটি ওয়েট রুম সুপারিশ করেন। বাড়িওয়ালার
অ্যাডাপটেশন অফিসার [[PERSON:মার্ক হোয়াইটলি]] এক বছরে চারবার লেখেন, "কাজটি পরিকল্পনায়
আছে।" মেয়ে [[PERSON:নাসরিন আক্তার]] অভিযোগ করলে প্রথম ধাপের জবাবে
[[PERSON:ডি. ফার্নান্দেস]] লেখেন যে এ বছর বাজেট নেই। এর মধ্যে জনাব [[PERSON:হারুন]]
কার্যত ঘরবন্দি হয়ে পড়েন। আগে তিনি রোজ [[ADDRESS:বেথনাল গ্রিন জামে মসজিদে]] যেতেন, বাড়ি
থেকে পাঁচ মিনিটের পথ। তাঁর জিপি, [[ADDRESS:ব্লিথ স্ট্রিট মেডিক্যাল প্র্যাকটিস]], জানায়
যে তিনি [[HEALTH:বিষণ্ণতায়]] ভুগছেন। দ্বিতীয় ধাপে বাড়িওয়ালা দুঃখ প্রকাশ করলেও কোনো তারিখ
দেয়নি। সিদ্ধান্ত: গুরুতর অব্যবস্থাপনা। আদেশ: প্রধান নির্বাহীর লিখিত ক্ষমাপ্রার্থনা;
১৫০০ পাউন্ড ক্ষতিপূরণ; ছয় সপ্তাহের মধ্যে সিঁড়ির লিফট ও আট সপ্তাহের মধ্যে ওয়েট রুম; এবং
তিন মাসের বেশি অপেক্ষমাণ সব সুপারিশের পর্যালোচনা। বাড়িওয়ালা নির্ধারিত সময়ের মধ্যে সব কাজ
শেষ করেছে। অন্যদের জন্য শিক্ষা: থেরাপিস্টের সুপারিশ বাজেটের অজুহাতে ফেলে রাখা যায় না;
প্রতিটি সুপারিশের জন্য বাসিন্দাকে একটি তারিখ জানাতে হবে।
"""),
    ),
    (
        "fv2s-bn-05",
        "bn",
        _s("""
রেফারেল ফর্ম – টেন্যান্সি সাপোর্ট সার্ভিস। রেফারকারী: [[PERSON:তানজিলা রহমান-ওয়াটস]],
সাপোর্ট ওয়ার্কার; ফোন [[PHONE:0121 496 0813]]; ইমেইল
[[EMAIL:t.rahman-watts@example.org]]। ক্লায়েন্ট: মিসেস [[PERSON:শিউলি বেগম]]। জন্ম
তারিখ: [[DATE_OF_BIRTH:২ মার্চ ১৯৯০]]। এনআই নম্বর: [[NI_NUMBER:WL 30 59 82 A]]।
এনএইচএস নম্বর: [[OTHER_ID:966 749 8263]]। ঠিকানা: [[ADDRESS:ফ্ল্যাট ৩বি, ২৭ মিলবুক রোড]],
[[POSTCODE:b94rx]]। বাড়িওয়ালা: [[ORGANISATION:Saltley Gate Housing]], টেন্যান্সি নম্বর
[[REFERENCE:SGH-T-71582]]। পরিবার: স্বামী [[PERSON:জাকির হোসেন]]; সন্তান
[[PERSON:রিয়া]] ([[AGE:৮ বছর]]), [[PERSON:সাগর]] ([[AGE:৫ বছর]]) ও [[PERSON:তুহিন]]
([[AGE:১৮ মাস]])। [[PERSON:রিয়া]] ও [[PERSON:সাগর]] পড়ে
[[ADDRESS:হলি ব্রুক প্রাইমারি স্কুল]]-এ। রেফারেলের কারণ: পাঁচজন একটি এক-বেডরুম
ফ্ল্যাটে থাকেন। জানালার ফ্রেম পচে পানি ঢোকে, দেয়ালে ছত্রাক। মিসেস [[PERSON:বেগম]]
[[HEALTH:প্রসব-পরবর্তী বিষণ্ণতায়]] ভুগছেন। হাউজিং অফিসার মিস্টার
[[PERSON:ক্লিভ ব্রাউন]] ভুল করে লিখেছিলেন যে পরিবারের দুই বেডরুম লাগবে, তাই তাঁরা ভুল
ব্যান্ডে ছিলেন। দ্বিতীয় ধাপের পর্যালোচনায় মিজ [[PERSON:ফাতিমা ও'কনর]] ভুলটি স্বীকার
করেন। ফলাফল: জানালা মেরামত, ছত্রাক পরিষ্কার, ব্যান্ড পরিবর্তন, এবং ৪৫০ পাউন্ড
ক্ষতিপূরণ। বাড়িওয়ালা লিখেছে, পরিবারে নতুন সদস্য এলে আবেদন সেদিনই হালনাগাদ হবে।
ক্ষতিপূরণ যাবে এই অ্যাকাউন্টে: সর্ট কোড [[OTHER_ID:30-96-41]], অ্যাকাউন্ট নম্বর
[[OTHER_ID:51827703]]। প্রয়োজনীয় সহায়তা: হাউজিং রেজিস্টারে বিড করা, জিপির সাথে যোগাযোগ,
স্কুল ইউনিফর্ম অনুদান। সম্মতি: মৌখিকভাবে দেওয়া, ৯ এপ্রিল।
"""),
    ),
    (
        "fv2s-pa-01",
        "pa",
        _s("""
ਵੱਲੋਂ: ਕੌਂਸਲਰ [[PERSON:ਹਰਜੀਤ ਕੌਰ ਸੰਧੂ]] <[[EMAIL:cllr.h.sandhu@example.org]]>। ਵੱਲ:
[[PERSON:ਸਾਈਮਨ ਐਸ਼ਵਰਥ]], ਮੁਰੰਮਤ ਵਿਭਾਗ ਦੇ ਮੁਖੀ, [[ORGANISATION:ਬਲੈਕ ਕੰਟਰੀ ਹੋਮਜ਼]]। ਵਿਸ਼ਾ:
ਸ. [[PERSON:ਗਿੱਲ]] ਦਾ ਮਾਮਲਾ – ਸਿੱਲ੍ਹ ਅਤੇ ਉੱਲੀ, [[ADDRESS:42 ਵਿਕਟੋਰੀਆ ਟੈਰੇਸ]],
[[POSTCODE:WV2 3HJ]]। ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ [[PERSON:ਸਾਈਮਨ]] ਜੀ, ਇਹ ਮਾਮਲਾ ਠੀਕ ਕਰਵਾਉਣ ਲਈ
ਤੁਹਾਡਾ ਧੰਨਵਾਦ। ਰਿਕਾਰਡ ਲਈ ਸੰਖੇਪ: ਸ. [[PERSON:ਬਲਵਿੰਦਰ ਸਿੰਘ ਗਿੱਲ]] ([[AGE:74 ਸਾਲ]]) ਅਤੇ
ਉਹਨਾਂ ਦੀ ਪਤਨੀ [[PERSON:ਪਰਮਜੀਤ ਕੌਰ]] ਪਿਛਲੇ ਸਾਲ ਤੋਂ ਪਿਛਲੇ ਕਮਰੇ ਦੀ ਕੰਧ ਉੱਤੇ ਕਾਲੀ ਉੱਲੀ
ਦੀ ਸ਼ਿਕਾਇਤ ਕਰ ਰਹੇ ਸਨ। ਬੀਬੀ [[PERSON:ਪਰਮਜੀਤ]] ਨੂੰ [[HEALTH:ਗਠੀਆ]] ਹੈ, ਅਤੇ ਉਹਨਾਂ ਦਾ ਪੋਤਾ
[[PERSON:ਜੋਤ]], [[AGE:2 ਸਾਲ]], ਜਿਸ ਨੂੰ [[HEALTH:ਦਮਾ]] ਹੈ, ਹਫ਼ਤੇ ਵਿੱਚ ਚਾਰ ਦਿਨ ਉੱਥੇ ਰਹਿੰਦਾ
ਹੈ। ਮੁਰੰਮਤ ਨੰਬਰ [[REFERENCE:BCH-R-339104]] ਦੋ ਵਾਰ ਬੰਦ ਕਰ ਦਿੱਤਾ ਗਿਆ, ਕਿਉਂਕਿ ਠੇਕੇਦਾਰ
[[ORGANISATION:Midland Mould Care]] ਦਾ ਮਿਸਤਰੀ ਬਿਨਾਂ ਦੱਸੇ ਸਵੇਰੇ ਸੱਤ ਵਜੇ ਆਇਆ। ਪਰਿਵਾਰ
[[OTHER_SPECIAL:ਅੰਮ੍ਰਿਤਧਾਰੀ ਸਿੱਖ]] ਹੈ ਅਤੇ ਉਸ ਵੇਲੇ [[ADDRESS:ਗੁਰਦੁਆਰਾ ਸਾਹਿਬ ਪਾਰਕ ਲੇਨ]]
ਗਿਆ ਹੁੰਦਾ ਹੈ, ਜੋ ਘਰ ਤੋਂ ਦੋ ਗਲੀਆਂ ਦੂਰ ਹੈ। ਜਦੋਂ ਤੁਹਾਡੇ ਸਰਵੇਅਰ [[PERSON:ਪੀਟਰ ਓਕੋਲੀ]]
ਆਏ, ਉਹਨਾਂ ਨੇ ਲੱਭਿਆ ਕਿ ਬਾਹਰਲੀ ਕੰਧ ਦਾ ਪਰਨਾਲਾ ਟੁੱਟਿਆ ਹੋਇਆ ਸੀ। ਹੁਣ ਪਰਨਾਲਾ ਬਦਲ ਦਿੱਤਾ
ਗਿਆ ਹੈ, ਕੰਧ ਦਾ ਇਲਾਜ ਹੋ ਗਿਆ ਹੈ, ਨਵਾਂ ਪੱਖਾ ਲੱਗ ਗਿਆ ਹੈ ਅਤੇ ਪਰਿਵਾਰ ਨੂੰ 375 ਪੌਂਡ ਮਿਲ ਗਏ
ਹਨ। ਮੈਂ ਚਾਹਾਂਗੀ ਕਿ ਇਹ ਸਬਕ ਲਿਖਤੀ ਰੂਪ ਵਿੱਚ ਰਹਿਣ: ਮੁਲਾਕਾਤ ਦਾ ਸਮਾਂ ਪਹਿਲਾਂ ਫ਼ੋਨ ਕਰਕੇ ਤੈਅ
ਹੋਵੇ, ਅਤੇ "ਘਰ ਕੋਈ ਨਹੀਂ ਸੀ" ਲਿਖ ਕੇ ਕੰਮ ਬੰਦ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ ਕਿਰਾਏਦਾਰ ਨਾਲ ਗੱਲ ਹੋਵੇ। ਅੱਗੇ
ਤੋਂ ਪਰਿਵਾਰ ਨਾਲ ਉਹਨਾਂ ਦੇ ਪੁੱਤਰ [[PERSON:ਕੁਲਦੀਪ]] ਰਾਹੀਂ ਸੰਪਰਕ ਕਰੋ, ਨੰਬਰ
[[PHONE:07700 900 376]]। ਧੰਨਵਾਦ ਸਹਿਤ, [[PERSON:ਹਰਜੀਤ]]।
"""),
    ),
    (
        "fv2s-pa-02",
        "pa",
        _s("""
ਸ਼ਿਕਾਇਤ ਦਾ ਜਵਾਬ – ਦੂਜਾ ਪੜਾਅ। ਸ਼ਿਕਾਇਤ ਨੰਬਰ: [[REFERENCE:SLH-2-40562]]। ਸਤਿਕਾਰਯੋਗ
ਸ੍ਰੀਮਤੀ [[PERSON:ਸੁਰਿੰਦਰ ਕੌਰ ਬਾਜਵਾ]] ਜੀ, [[ADDRESS:ਫਲੈਟ 6, ਹੈਵਲਾਕ ਕੋਰਟ]],
[[POSTCODE:ub1 3dz]]। ਤੁਹਾਡੇ ਪੋਤੇ [[PERSON:ਅਮਨ]] ਨੇ [[EMAIL:aman.bajwa@example.net]] ਤੋਂ
ਈਮੇਲ ਕਰਕੇ ਦੂਜੇ ਪੜਾਅ ਦੀ ਮੰਗ ਕੀਤੀ ਸੀ। ਮੈਂ ਸਾਰਾ ਰਿਕਾਰਡ ਮੁੜ ਦੇਖਿਆ ਹੈ। ਕੀ ਹੋਇਆ: ਜਨਵਰੀ
ਵਿੱਚ ਤੁਹਾਡੀ ਹੀਟਿੰਗ ਅਤੇ ਗਰਮ ਪਾਣੀ 19 ਦਿਨ ਬੰਦ ਰਹੇ। ਤੁਸੀਂ [[AGE:79 ਸਾਲ]] ਦੇ ਹੋ ਅਤੇ ਤੁਹਾਨੂੰ
[[HEALTH:ਦਿਲ ਦੀ ਕਮਜ਼ੋਰੀ]] ਹੈ; [[ADDRESS:ਡੌਰਮਰਜ਼ ਵੈੱਲਜ਼ ਮੈਡੀਕਲ ਸੈਂਟਰ]] ਦੀ ਡਾ.
[[PERSON:ਅਨੀਤਾ ਚੋਪੜਾ]] ਨੇ ਸਾਨੂੰ ਲਿਖਿਆ ਸੀ ਕਿ ਠੰਢ ਤੁਹਾਡੇ ਲਈ ਖ਼ਤਰਨਾਕ ਹੈ।
[[ORGANISATION:Westway Gas Services]] ਦਾ ਇੰਜੀਨੀਅਰ [[PERSON:ਡੈਰਨ]] ਤਿੰਨ ਵਾਰ ਆਇਆ, ਪਰ
ਬੋਇਲਰ ਦਾ ਪੁਰਜ਼ਾ ਨਹੀਂ ਮਿਲਿਆ। ਪਹਿਲੇ ਪੜਾਅ ਦੇ ਜਵਾਬ ਵਿੱਚ [[PERSON:ਐਮ. ਕੋਵਾਲਸਕੀ]] ਨੇ ਲਿਖਿਆ
ਕਿ "ਕੋਈ ਨੁਕਸ ਨਹੀਂ ਮਿਲਿਆ", ਜੋ ਗ਼ਲਤ ਸੀ। ਇਸ ਦੌਰਾਨ [[ADDRESS:ਫਲੈਟ 5]] ਵਾਲੀ ਤੁਹਾਡੀ ਗੁਆਂਢਣ,
ਸ੍ਰੀਮਤੀ [[PERSON:ਡੋਰੀਨ ਮਰਫ਼ੀ]], ਤੁਹਾਨੂੰ ਗਰਮ ਪਾਣੀ ਦਿੰਦੀ ਰਹੀ। ਫ਼ੈਸਲਾ: ਸ਼ਿਕਾਇਤ ਪੂਰੀ ਤਰ੍ਹਾਂ
ਸਹੀ ਹੈ। ਅਸੀਂ ਕੀ ਕੀਤਾ ਹੈ: 2 ਫ਼ਰਵਰੀ ਨੂੰ ਨਵਾਂ ਬੋਇਲਰ ਲਗਾਇਆ ਗਿਆ; ਬਿਜਲੀ ਵਾਲੇ ਹੀਟਰਾਂ ਦਾ
ਖ਼ਰਚਾ ਅਤੇ 650 ਪੌਂਡ ਮੁਆਵਜ਼ਾ ਉਸ ਖਾਤੇ ਵਿੱਚ ਭੇਜਿਆ ਗਿਆ ਜਿਸ ਦੇ ਆਖ਼ਰੀ ਅੰਕ [[OTHER_ID:2290]]
ਹਨ। ਅਸੀਂ ਕੀ ਸਿੱਖਿਆ: ਜੇ 75 ਸਾਲ ਤੋਂ ਵੱਧ ਉਮਰ ਦੇ ਜਾਂ ਬਿਮਾਰ ਕਿਰਾਏਦਾਰ ਦੀ ਹੀਟਿੰਗ 24 ਘੰਟਿਆਂ
ਵਿੱਚ ਠੀਕ ਨਾ ਹੋਵੇ, ਤਾਂ ਹੀਟਰ ਉਸੇ ਦਿਨ ਪਹੁੰਚਣ ਅਤੇ ਮੈਨੇਜਰ ਨੂੰ ਖ਼ਬਰ ਦਿੱਤੀ ਜਾਵੇ। ਜੇ ਤੁਸੀਂ ਫਿਰ
ਵੀ ਸੰਤੁਸ਼ਟ ਨਹੀਂ ਹੋ, ਤਾਂ ਹਾਊਸਿੰਗ ਓਮਬਡਸਮੈਨ ਕੋਲ ਜਾ ਸਕਦੇ ਹੋ। ਆਦਰ ਸਹਿਤ,
[[PERSON:ਰੇਬੇਕਾ ਓਸੇਈ-ਬੋਨਸੂ]], ਸ਼ਿਕਾਇਤਾਂ ਦੀ ਮੈਨੇਜਰ, [[ORGANISATION:Southall Lane Housing]],
ਫ਼ੋਨ [[PHONE:020 7946 0381]]।
"""),
    ),
    (
        "fv2s-pa-03",
        "pa",
        _s("""
ਸਿੱਖਣ ਲਈ ਸਮੀਖਿਆ – ਸਟਾਫ਼ ਮੀਟਿੰਗ ਵਿੱਚ ਪੇਸ਼ ਕੀਤੀ ਗਈ। ਪੇਸ਼ਕਾਰ: [[PERSON:ਨਵਦੀਪ ਢਿੱਲੋਂ]], ਗਾਹਕ
ਅਨੁਭਵ ਟੀਮ। ਮਾਮਲਾ: ਸ੍ਰੀ [[PERSON:ਜਸਵੰਤ ਰਾਏ]] ਅਤੇ ਉਹਨਾਂ ਦੀ ਪਤਨੀ [[PERSON:ਕਮਲਜੀਤ]],
[[ADDRESS:ਉੱਪਰਲਾ ਫਲੈਟ, 88 ਬਰਡ ਸਟ੍ਰੀਟ]], [[POSTCODE:LE4 6GB]]। ਮਕਾਨ-ਮਾਲਕ:
[[ORGANISATION:Belgrave Gate Homes]], ਯਾਨੀ ਅਸੀਂ। ਕੀ ਹੋਇਆ: ਚਾਰ ਮਹੀਨਿਆਂ ਵਿੱਚ ਛੱਤ ਚੋਣ ਦੀਆਂ
ਸੱਤ ਰਿਪੋਰਟਾਂ ਆਈਆਂ ਅਤੇ ਤਿੰਨ ਵੱਖਰੇ ਕੰਮ ਨੰਬਰ ਖੁੱਲ੍ਹੇ ਤੇ ਬੰਦ ਹੋਏ: [[REFERENCE:RP-551203]],
[[REFERENCE:RP-551977]] ਅਤੇ [[REFERENCE:RP-552410]]। ਠੇਕੇਦਾਰ
[[ORGANISATION:Soar Valley Roofing]] ਦਾ ਕਾਰੀਗਰ [[PERSON:ਬਿੱਲੀ]] ਹਰ ਵਾਰ ਕੁਝ ਟਾਈਲਾਂ ਬਦਲ
ਕੇ ਚਲਾ ਗਿਆ; ਕਿਸੇ ਨੇ ਨਹੀਂ ਦੇਖਿਆ ਕਿ ਪਰਨਾਲੇ ਦਾ ਜੋੜ ਫਟਿਆ ਹੋਇਆ ਸੀ। ਧੀ [[PERSON:ਖੁਸ਼ੀ]]
([[AGE:15 ਸਾਲ]]) ਦੇ ਕਮਰੇ ਦੀ ਛੱਤ ਡਿੱਗ ਪਈ, ਅਤੇ ਇਮਤਿਹਾਨਾਂ ਦੌਰਾਨ ਉਸ ਨੂੰ
[[ADDRESS:ਮੋਇਰਾ ਰੋਡ ਅਕੈਡਮੀ]] ਦੀ ਲਾਇਬ੍ਰੇਰੀ ਵਿੱਚ ਪੜ੍ਹਨਾ ਪਿਆ। ਗੱਲਬਾਤ ਵਿੱਚ ਕੀ ਗ਼ਲਤ ਹੋਇਆ:
ਚਿੱਠੀਆਂ ਪਰਿਵਾਰ ਦੇ ਪੁਰਾਣੇ ਪਤੇ, [[ADDRESS:12 ਕੈਟਰਿੰਗ ਰੋਡ]], ਉੱਤੇ ਜਾਂਦੀਆਂ ਰਹੀਆਂ, ਅਤੇ ਸਿਸਟਮ
ਵਿੱਚ ਨੰਬਰ [[PHONE:0116 496 0752]] ਦੀ ਥਾਂ [[PHONE:0116 496 0725]] ਦਰਜ ਸੀ। ਸ੍ਰੀ
[[PERSON:ਰਾਏ]] ਦੀ ਸ਼ਿਕਾਇਤ ਤੋਂ ਬਾਅਦ ਕੇਸ ਮੈਨੇਜਰ [[PERSON:ਸਟੈਫ਼]] ([[PERSON:ਸਟੈਫ਼ਨੀ ਵਾਰਡ]])
ਨੇ ਕੇਸ ਆਪਣੇ ਹੱਥ ਲਿਆ। ਨਤੀਜਾ: ਪੂਰੀ ਛੱਤ ਬਦਲੀ ਗਈ, ਕਮਰਾ ਮੁੜ ਬਣਾਇਆ ਗਿਆ, 720 ਪੌਂਡ ਅਤੇ
ਲਿਖਤੀ ਮੁਆਫ਼ੀ ਦਿੱਤੀ ਗਈ। ਸਬਕ: ਇੱਕੋ ਘਰ ਵਿੱਚ ਇੱਕੋ ਨੁਕਸ ਲਈ ਤੀਜਾ ਕੰਮ ਨੰਬਰ ਨਹੀਂ ਖੁੱਲ੍ਹੇਗਾ,
ਸਗੋਂ ਸਰਵੇਅਰ ਜਾਵੇਗਾ; ਹਰ ਸ਼ਿਕਾਇਤ ਵੇਲੇ ਫ਼ੋਨ ਅਤੇ ਪਤਾ ਕਿਰਾਏਦਾਰ ਨਾਲ ਪੱਕਾ ਕੀਤਾ ਜਾਵੇਗਾ; ਇੱਕ
ਕੇਸ, ਇੱਕ ਜ਼ਿੰਮੇਵਾਰ ਵਿਅਕਤੀ। ਸਾਨੂੰ ਖੁਸ਼ੀ ਹੈ ਕਿ ਪਰਿਵਾਰ ਨੇ ਇਹ ਕੇਸ ਸਿਖਲਾਈ ਲਈ ਵਰਤਣ ਦੀ ਇਜਾਜ਼ਤ
ਦਿੱਤੀ।
"""),
    ),
    (
        "fv2s-pa-04",
        "pa",
        _s("""
ਗਵਾਹ ਦਾ ਬਿਆਨ। ਸਮਾਜ-ਵਿਰੋਧੀ ਵਿਹਾਰ ਕੇਸ ਨੰਬਰ [[REFERENCE:ASB-0745-24]]। ਨਾਮ:
[[PERSON:ਮਨਪ੍ਰੀਤ ਕੌਰ ਔਜਲਾ]]। ਜਨਮ ਮਿਤੀ: [[DATE_OF_BIRTH:ਸੱਤ ਜੂਨ ਉੱਨੀ ਸੌ ਅਠਾਸੀ]]। ਪਤਾ:
[[ADDRESS:ਫਲੈਟ 21, ਹੈਰਨ ਹਾਈਟਸ]], [[POSTCODE:SL1 4QE]]। 1. ਮੈਂ ਆਪਣੇ ਪਤੀ
[[PERSON:ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ]] ਅਤੇ ਧੀ [[PERSON:ਸਿਮਰਨ]] ([[AGE:9 ਸਾਲ]]) ਨਾਲ ਰਹਿੰਦੀ ਹਾਂ।
[[PERSON:ਸਿਮਰਨ]] ਨੂੰ [[HEALTH:ਔਟਿਜ਼ਮ]] ਹੈ ਅਤੇ ਉਹ [[ADDRESS:ਵੈਕਸਹੈਮ ਪਾਰਕ ਪ੍ਰਾਇਮਰੀ ਸਕੂਲ]]
ਵਿੱਚ ਪੜ੍ਹਦੀ ਹੈ; ਉੱਚੀ ਆਵਾਜ਼ ਨਾਲ ਉਹ ਬਹੁਤ ਘਬਰਾ ਜਾਂਦੀ ਹੈ। 2. ਪਿਛਲੇ ਅਕਤੂਬਰ ਤੋਂ
[[ADDRESS:ਫਲੈਟ 22]] ਵਿੱਚ ਰਹਿੰਦਾ [[PERSON:ਕੌਨਰ ਬਰਨਜ਼]] ਰਾਤ ਨੂੰ ਬਾਲਕੋਨੀ ਤੋਂ ਬੋਤਲਾਂ ਸੁੱਟਦਾ
ਅਤੇ ਉੱਚਾ ਸੰਗੀਤ ਵਜਾਉਂਦਾ ਹੈ। 3. 3 ਦਸੰਬਰ ਨੂੰ ਲਿਫ਼ਟ ਵਿੱਚ ਉਸ ਨੇ [[PERSON:ਗੁਰਪ੍ਰੀਤ]] ਦੀ ਪੱਗ
ਵੱਲ ਇਸ਼ਾਰਾ ਕਰਕੇ ਉਹਨਾਂ ਨੂੰ [[OTHER_SPECIAL:ਸਿੱਖ]] ਹੋਣ ਕਰਕੇ ਗਾਲ੍ਹਾਂ ਕੱਢੀਆਂ। 4. ਉਹ ਆਪਣਾ
ਮੋਪੇਡ, ਨੰਬਰ [[OTHER_ID:WU20 FGK]], ਪੌੜੀਆਂ ਕੋਲ ਖੜ੍ਹਾ ਕਰਦਾ ਹੈ, ਅਤੇ ਉਸ ਨੇ ਇੰਸਟਾਗ੍ਰਾਮ ਖਾਤੇ
[[OTHER_ID:@connor_b_slough]] ਉੱਤੇ ਸਾਡੇ ਦਰਵਾਜ਼ੇ ਦੀ ਵੀਡੀਓ ਪਾਈ ਸੀ। 5. ਸਾਡੀ ਗੁਆਂਢਣ ਆਂਟੀ
[[PERSON:ਗ੍ਰੇਸ]], ਯਾਨੀ ਸ੍ਰੀਮਤੀ [[PERSON:ਗ੍ਰੇਸ ਓਬੀ]], ਜੋ [[ADDRESS:ਫਲੈਟ 20]] ਵਿੱਚ ਰਹਿੰਦੀ
ਹੈ, ਨੇ ਵੀ ਇਹ ਸਭ ਸੁਣਿਆ। 6. ਮੈਂ [[ORGANISATION:Thames Valley Homes Trust]] ਦੇ ਹਾਊਸਿੰਗ
ਅਫ਼ਸਰ [[PERSON:ਟੌਮ ਹੈਰਿੰਗਟਨ]] ਨੂੰ ਪੰਜ ਵਾਰ ਦੱਸਿਆ। ਮੈਂ ਮੰਨਦੀ ਹਾਂ ਕਿ ਇਸ ਬਿਆਨ ਦੀਆਂ ਗੱਲਾਂ
ਸੱਚ ਹਨ। ਦਸਤਖ਼ਤ: [[PERSON:ਐਮ. ਕੇ. ਔਜਲਾ]]। ਫ਼ੋਨ: [[PHONE:07700 900 833]]। ਬਾਅਦ ਵਿੱਚ ਜੋੜਿਆ
ਨੋਟ: ਪਹਿਲੀ ਸ਼ਿਕਾਇਤ ਦਾ ਜਵਾਬ ਛੇ ਹਫ਼ਤੇ ਨਹੀਂ ਆਇਆ। ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ ਮਕਾਨ-ਮਾਲਕ ਨੇ ਮੁਆਫ਼ੀ
ਮੰਗੀ, ਪੌੜੀਆਂ ਵਿੱਚ ਕੈਮਰਾ ਲਾਇਆ, ਸ੍ਰੀ [[PERSON:ਬਰਨਜ਼]] ਵਿਰੁੱਧ ਅਦਾਲਤੀ ਹੁਕਮ ਲਿਆ ਅਤੇ ਪਰਿਵਾਰ
ਨੂੰ 350 ਪੌਂਡ ਦਿੱਤੇ। ਸਬਕ: ਧਾਰਮਿਕ ਜਾਂ ਨਸਲੀ ਗਾਲ੍ਹਾਂ ਵਾਲੀ ਹਰ ਰਿਪੋਰਟ ਉਸੇ ਦਿਨ ਕੇਸ ਬਣਦੀ ਹੈ।
"""),
    ),
    (
        "fv2s-pa-05",
        "pa",
        _s("""
ਹਾਊਸਿੰਗ ਓਮਬਡਸਮੈਨ ਦਾ ਫ਼ੈਸਲਾ – ਸੌਖੇ ਸ਼ਬਦਾਂ ਵਿੱਚ। ਕੇਸ ਨੰਬਰ [[REFERENCE:202402891]]।
ਸ਼ਿਕਾਇਤਕਰਤਾ: ਸ੍ਰੀਮਤੀ ਕੇ। ਮਕਾਨ-ਮਾਲਕ: [[ORGANISATION:ਹੈਂਡਜ਼ਵਰਥ ਪਾਰਕ ਹੋਮਜ਼]]। ਸ਼ਿਕਾਇਤ:
ਸ੍ਰੀਮਤੀ ਕੇ ਆਪਣੇ ਪੁੱਤਰ ਨਾਲ, ਜਿਸ ਦੀ ਉਮਰ [[AGE:12 ਸਾਲ]] ਹੈ, [[ADDRESS:ਵਿਲੋਜ਼ ਕੋਰਟ]] ਬਲਾਕ
ਵਿੱਚ ਰਹਿੰਦੀ ਹੈ। 2023 ਦੀਆਂ ਗਰਮੀਆਂ ਤੋਂ ਫਲੈਟ ਵਿੱਚ ਖਟਮਲ ਸਨ। ਪੁੱਤਰ ਨੂੰ [[HEALTH:ਚੰਬਲ]] ਹੈ
ਅਤੇ ਕੱਟਣ ਨਾਲ ਉਸ ਦੀ ਚਮੜੀ ਹੋਰ ਖ਼ਰਾਬ ਹੋ ਗਈ; [[ADDRESS:ਸੋਹੋ ਰੋਡ ਹੈਲਥ ਸੈਂਟਰ]] ਦੇ ਡਾਕਟਰ ਨੇ
ਇਸ ਬਾਰੇ ਚਿੱਠੀ ਲਿਖੀ। ਮਕਾਨ-ਮਾਲਕ ਦੇ ਅਫ਼ਸਰ [[PERSON:ਡੇਵਿਡ ਓ'ਨੀਲ]] ਨੇ ਕਿਹਾ ਕਿ ਖਟਮਲ
ਕਿਰਾਏਦਾਰ ਦੀ ਜ਼ਿੰਮੇਵਾਰੀ ਹਨ, ਅਤੇ ਗੁਆਂਢੀ [[ADDRESS:ਫਲੈਟ 7]] ਉੱਤੇ ਸ਼ੱਕ ਕੀਤਾ। ਕੀਟ-ਨਾਸ਼ਕ ਫ਼ਰਮ
[[ORGANISATION:ਕਲੀਨਸਵੀਪ ਪੈਸਟ ਕੰਟਰੋਲ]] ਦੇ [[PERSON:ਰਾਜੇਸ਼ ਮਹਿਤਾ]] ਨੇ ਅਪ੍ਰੈਲ ਵਿੱਚ ਲਿਖਿਆ ਕਿ
ਪੂਰੇ ਬਲਾਕ ਦਾ ਇਲਾਜ ਚਾਹੀਦਾ ਹੈ, ਪਰ ਇਹ ਰਿਪੋਰਟ ਚਾਰ ਮਹੀਨੇ ਕਿਸੇ ਨੇ ਨਹੀਂ ਪੜ੍ਹੀ। ਦੂਜੇ ਪੜਾਅ ਦੇ
ਜਵਾਬ ਵਿੱਚ [[PERSON:ਸ਼ਬਨਮ ਅਖ਼ਤਰ-ਲੀ]] ਨੇ ਦੇਰੀ ਮੰਨੀ, ਪਰ ਕੋਈ ਮੁਆਵਜ਼ਾ ਨਹੀਂ ਦਿੱਤਾ। ਵਾਰਡ ਕੌਂਸਲਰ
[[PERSON:ਡੈਸਮੰਡ ਐਂਡਰਸਨ]] ਨੇ ਵੀ ਪਰਿਵਾਰ ਦੇ ਹੱਕ ਵਿੱਚ ਲਿਖਿਆ। ਫ਼ੈਸਲਾ: ਕੁਪ੍ਰਬੰਧ
(maladministration)। ਹੁਕਮ: ਲਿਖਤੀ ਮੁਆਫ਼ੀ; 850 ਪੌਂਡ, ਜਿਸ ਵਿੱਚ ਨਵੇਂ ਬਿਸਤਰੇ ਅਤੇ ਸੋਫ਼ੇ ਦਾ
ਖ਼ਰਚਾ ਸ਼ਾਮਲ ਹੈ; ਚਾਰ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਪੂਰੇ ਬਲਾਕ ਦਾ ਇਲਾਜ; ਅਤੇ ਠੇਕੇਦਾਰਾਂ ਦੀਆਂ ਰਿਪੋਰਟਾਂ ਪੜ੍ਹਨ
ਅਤੇ ਉਹਨਾਂ ਉੱਤੇ ਕਾਰਵਾਈ ਕਰਨ ਦਾ ਨਵਾਂ ਤਰੀਕਾ। ਮਕਾਨ-ਮਾਲਕ ਨੇ ਸਾਰੇ ਹੁਕਮ ਮੰਨ ਲਏ ਹਨ ਅਤੇ ਇਲਾਜ
ਪੂਰਾ ਹੋ ਗਿਆ ਹੈ। ਦੂਜਿਆਂ ਲਈ ਸਬਕ: ਬਲਾਕ ਵਿੱਚ ਕੀੜੇ ਕਿਸੇ ਇੱਕ ਘਰ ਦਾ ਕਸੂਰ ਨਹੀਂ ਹੁੰਦੇ, ਅਤੇ
ਸਬੂਤ ਦੇਖੇ ਬਿਨਾਂ ਕਿਰਾਏਦਾਰ ਨੂੰ ਦੋਸ਼ ਨਹੀਂ ਦੇਣਾ ਚਾਹੀਦਾ।
"""),
    ),
    (
        "fv2s-ur-01",
        "ur",
        _s("""
ریفرل فارم – ہاؤسنگ سپورٹ سروس۔ ریفر کرنے والی: [[PERSON:ہیلن ژاؤ]]، سپورٹ ورکر، فون
[[PHONE:0161 496 0843]]، ای میل [[EMAIL:helen.zhao@example.org]]۔ کلائنٹ: محترمہ
[[PERSON:نسرین اختر]]۔ تاریخ پیدائش: [[DATE_OF_BIRTH:22 اکتوبر 1966]]۔ این آئی نمبر:
[[NI_NUMBER:NR 41 09 73 D]]۔ این ایچ ایس نمبر: [[OTHER_ID:389 136 3222]]۔ پتہ:
[[ADDRESS:مکان نمبر 19، ایلم ٹری ایونیو]]، [[POSTCODE:BB1 8LS]]۔ مالک مکان:
[[ORGANISATION:Ribble Edge Housing]]، کرایہ داری نمبر [[REFERENCE:REH-T-30977]]۔ جی پی:
[[ADDRESS:آڈلے رینج میڈیکل سینٹر]]۔ گھرانہ: محترمہ [[PERSON:نسرین]] اپنے بیٹے
[[PERSON:فیضان]]، عمر [[AGE:24 سال]]، کے ساتھ رہتی ہیں۔ [[PERSON:فیضان]] کو
[[HEALTH:ڈاؤن سنڈروم]] ہے، اور محترمہ [[PERSON:نسرین]] کو [[HEALTH:گٹھیا]] اور
[[HEALTH:ذیابیطس]] ہے۔ ان کی بہن [[PERSON:روبی]] روزانہ آتی ہیں۔ گھر
[[ADDRESS:جامع مسجد غوثیہ]] کے بالکل سامنے ہے۔ ریفرل کی وجہ: سیڑھیوں والی لفٹ سات ہفتے
سے خراب ہے، اور غسل خانے کی تبدیلی، جس کی سفارش آکیوپیشنل تھراپسٹ [[PERSON:اولی بریڈشا]]
نے پچھلے سال کی تھی، کبھی شروع نہیں ہوئی۔ محترمہ [[PERSON:نسرین]] اوپر نہیں جا سکتیں اور
نیچے صوفے پر سوتی ہیں۔ پہلے مرحلے کے جواب میں [[PERSON:کیرن واٹکنز-شاہ]] نے لکھا کہ لفٹ
ٹھیکیدار کی ذمہ داری ہے۔ دوسرے مرحلے میں مالک مکان نے غلطی مانی:
[[ORGANISATION:Ascent Mobility Services]] نے دو دن میں لفٹ ٹھیک کی، غسل خانے کا کام جون
میں طے ہوا، اور 550 پاؤنڈ دیے گئے۔ مالک مکان نے یہ سبق لکھا کہ ٹھیکیدار کے سامان کی خرابی
بھی اسی کی ذمہ داری ہے۔ مدد درکار: کام کی نگرانی، بینیفٹ چیک، اور کیئرر الاؤنس کی درخواست
میں [[PERSON:روبی]] کی مدد۔ کلائنٹ سے رابطہ: [[PHONE:07700 900 452]]؛ ای میل
[[EMAIL:nasreen dot akhtar66 at example dot com]]۔ رضامندی: دستخط شدہ۔
"""),
    ),
    (
        "fv2s-ur-02",
        "ur",
        _s("""
ہاؤسنگ محتسب کا فیصلہ – آسان الفاظ میں۔ کیس نمبر [[REFERENCE:202309456]]۔ کرایہ دار: جناب
[[PERSON:طارق محمود بٹ]] اور بیگم [[PERSON:صائمہ طارق]]۔ پتہ:
[[ADDRESS:فلیٹ 3سی، ہارٹ ویل ہاؤس]]، [[POSTCODE:OL9 6RT]]۔ مالک مکان:
[[ORGANISATION:ہائی مور ہاؤسنگ]]۔ شکایت کیا تھی: 2022 کی سردیوں سے بچوں کے کمرے میں نمی
اور کالی پھپھوندی تھی۔ بیٹے [[PERSON:حمزہ]]، عمر [[AGE:6 سال]]، کو [[HEALTH:دمہ]] ہے اور وہ
دو بار ہسپتال میں داخل ہوا۔ بیٹی [[PERSON:عنایہ]] [[AGE:18 ماہ]] کی ہے۔
[[ADDRESS:گلوڈوک ہیلتھ سینٹر]] کی ڈاکٹر [[PERSON:ریحانہ چوہدری]] نے لکھا کہ پھپھوندی سے
[[PERSON:حمزہ]] کی حالت بگڑ رہی ہے، اور اس کے سکول، [[ADDRESS:سینٹ ہلڈا پرائمری سکول]]، نے
غیر حاضریوں کا ریکارڈ بھیجا۔ مالک مکان نے کیا کیا: سروئیر [[PERSON:ڈومینک فلن]] نے دو بار
معائنہ کیا اور خاندان کو کھڑکیاں کھولنے کا مشورہ دیا۔ پہلے مرحلے کا جواب، جس پر
[[PERSON:جے. رابنسن]] کے دستخط تھے، کپڑے اندر سکھانے کو وجہ بتاتا تھا۔ ٹھیکیدار
[[ORGANISATION:ProVent Solutions]] نے صرف رنگ کیا۔ دوسرے مرحلے میں پتہ چلا کہ چھت کے نیچے
انسولیشن سرے سے موجود ہی نہیں تھی۔ فیصلہ: سنگین بدانتظامی۔ احکامات: چیف ایگزیکٹو،
[[PERSON:اینڈریو اوکیکے]]، کی طرف سے تحریری معافی؛ 2400 پاؤنڈ؛ کام کے دوران خاندان کے لیے
عارضی گھر؛ اور پورے بلاک کا سروے۔ مالک مکان نے انسولیشن لگا دی اور سروے مکمل کر لیا۔
دوسروں کے لیے سبق: بچوں کی صحت کے خطرے کو "طرزِ زندگی" کہہ کر نہیں ٹالا جا سکتا، اور ڈاکٹر
کے خط کا جواب دینا ضروری ہے۔
"""),
    ),
    (
        "fv2s-ur-03",
        "ur",
        _s("""
[[ADDRESS:ہولی ویل اسٹیٹ]] ٹیننٹس ایسوسی ایشن کا خبرنامہ: [[ADDRESS:روون ہاؤس]] کا دروازہ
آخر کار ٹھیک ہو گیا۔ جو لوگ [[ADDRESS:نور مارکیٹ]] کے پیچھے والے بلاک میں رہتے ہیں، وہ جانتے
ہیں کہ پچھلے سال داخلی دروازے کا تالا مہینوں خراب رہا اور رات کو اجنبی لوگ سیڑھیوں میں نشہ
کرتے تھے۔ خالہ [[PERSON:زبیدہ]]، جو [[ADDRESS:فلیٹ 12]] میں رہتی ہیں اور [[AGE:81 سال]] کی
ہیں، شام کے بعد باہر نکلنا چھوڑ چکی تھیں۔ مسٹر [[PERSON:ہیریسن]]، جو [[ADDRESS:فلیٹ 14]]
میں رہتے ہیں، کی گاڑی کا شیشہ بھی توڑا گیا۔ ہمارے نوجوان رضاکار [[PERSON:بلال]]، جسے سب
"[[PERSON:بلو]]" کہتے ہیں، نے ہر واقعے کی تاریخ اور تصویر محفوظ کی۔ ایسوسی ایشن کی سیکرٹری
[[PERSON:امید علی]] نے یہ ثبوت [[ORGANISATION:Aston Reach Homes]] کو اجتماعی شکایت کے ساتھ
بھیجے، حوالہ [[REFERENCE:ARH-GC-118]]۔ پہلے مرحلے میں افسر [[PERSON:لیام کاوانا]] نے لکھا
کہ ٹھیکیدار "جلد آئے گا"۔ کوئی نہیں آیا۔ دوسرے مرحلے میں ہاؤسنگ مینیجر محترمہ
[[PERSON:وی لنگ چن]] خود آئیں اور مانا کہ مرمت کی ہر رپورٹ الگ الگ بند کی جا رہی تھی۔
نتیجہ: [[ORGANISATION:SecureEntry Systems]] نے نیا دروازہ اور کارڈ والا نظام لگایا،
سیڑھیوں میں روشنی اور کیمرے لگے، اور ہر گھر کو 100 پاؤنڈ ملے۔ مالک مکان نے یہ سیکھا کہ
مشترکہ دروازے کی خرابی حفاظت کا مسئلہ ہے، عام مرمت نہیں۔ ہمیں امید ہے کہ اب سب شام کو بے
فکر ہو کر گھر آ سکیں گے۔ شکریہ [[PERSON:بلو]] اور [[PERSON:امید]] کا! رابطہ:
[[PHONE:0121 496 0645]]، [[EMAIL:holywell.tenants@example.org]]۔
"""),
    ),
    (
        "fv2s-ur-04",
        "ur",
        _s("""
شکایت کا جواب – پہلا مرحلہ۔ ہمارا حوالہ: [[REFERENCE:NWH/ST1/77310]]۔ محترم جناب
[[PERSON:شاہد اقبال قریشی]] صاحب، [[ADDRESS:مکان نمبر 61، ولو بینک روڈ]]،
[[POSTCODE:bd8 7pq]]۔ آپ کی شکایت کا شکریہ جو آپ نے 9 فروری کو فون پر درج کرائی۔ آپ نے
بتایا کہ 2 فروری کو گھر میں چوری کے بعد پچھلا دروازہ اور باورچی خانے کی کھڑکی تین ہفتے ٹوٹی
رہیں۔ کیا ہوا: ہمارے کال سینٹر میں [[PERSON:کرسٹل]] نے کام کو فوری کے بجائے عام مرمت درج
کیا۔ ٹھیکیدار [[ORGANISATION:Keystone Glazing]] کا کاریگر [[PERSON:ڈیو]] دو بار آیا لیکن
صحیح ناپ کا فریم نہیں لایا۔ مرمت نمبر [[REFERENCE:KG-204411]] تھا۔ آپ کی اہلیہ
[[PERSON:شگفتہ]] کو [[HEALTH:ڈپریشن]] ہے اور چوری کے بعد وہ راتوں کو سو نہیں پا رہی تھیں۔
[[ADDRESS:نمبر 63]] والی آپ کی پڑوسن، مسز [[PERSON:کولنز]]، نے کئی راتیں آپ کی بیٹی
[[PERSON:عائشہ]]، عمر [[AGE:14 سال]]، کو اپنے گھر سلایا۔ ہم کیا کر چکے ہیں: 26 فروری کو نیا
دروازہ اور کھڑکی لگا دی گئی اور اضافی تالے بھی۔ ہم 300 پاؤنڈ معاوضہ اس اکاؤنٹ میں بھیج رہے
ہیں جس کا سورٹ کوڈ [[OTHER_ID:40-11-62]] اور اکاؤنٹ نمبر [[OTHER_ID:73310958]] ہے۔ ہم نے
کیا سیکھا: چوری یا توڑ پھوڑ کے بعد گھر کو محفوظ کرنا 24 گھنٹے کا ہنگامی کام ہے، اور کال
سینٹر کے عملے کو اس کی نئی ہدایات دی گئی ہیں۔ آپ نے اپنا نمبر یوں لکھوایا تھا:
[[PHONE:صفر سات سات صفر صفر، نو صفر صفر، دو چھ نو]]؛ ہم اسی نمبر پر رابطہ کریں گے۔ اگر آپ
مطمئن نہیں تو 20 کاروباری دنوں میں دوسرے مرحلے کی درخواست دے سکتے ہیں یا ہاؤسنگ محتسب سے
رجوع کر سکتے ہیں۔ مخلص، [[PERSON:ایما ہارٹلے-سمتھ]]، شکایات افسر،
[[ORGANISATION:Northwold Homes]]۔
"""),
    ),
    (
        "fv2s-ur-05",
        "ur",
        _s("""
از: کونسلر [[PERSON:فرحان اسلم]] <[[EMAIL:cllr.f.aslam@example.org]]>۔ بنام:
[[PERSON:ریچل ایڈورڈز]]، ڈائریکٹر ہاؤسنگ، [[ORGANISATION:Wandle Vale Homes]]۔ موضوع:
محترمہ [[PERSON:منصورہ احمد]] – رساؤ اور پھپھوندی، [[ADDRESS:فلیٹ 44بی، گرینج ڈرائیو]]،
[[POSTCODE:sm4 5pz]]۔ محترمہ [[PERSON:ریچل]]، معاملہ حل کرنے کا شکریہ۔ ریکارڈ کے لیے خلاصہ:
اکتوبر سے اوپر والے [[ADDRESS:فلیٹ 46بی]] کے غسل خانے کا پانی محترمہ [[PERSON:منصورہ]] کی
چھت سے ٹپک رہا تھا۔ اوپر کے کرایہ دار [[PERSON:جیک پیٹرسن]] نے خود بھی رپورٹ کی، پھر بھی
مرمت نمبر [[REFERENCE:WVH-R-118462]] تین بار "مکمل" لکھ کر بند کیا گیا۔ ان کی بیٹی
[[PERSON:ماہ نور]]، عمر [[AGE:10 سال]]، کے کمرے میں پھپھوندی آ گئی، اور ان کی ساس
[[PERSON:امۃ الحفیظ]] کو [[HEALTH:سی او پی ڈی]] ہے۔ ایک اور سنگین بات: ٹھیکیدار
[[ORGANISATION:Morden Plumbing & Heating]] کے ایک کاریگر نے خاندان کے
[[OTHER_SPECIAL:احمدی]] عقیدے پر طنزیہ باتیں کیں۔ پہلے مرحلے کے جواب میں، جس پر
[[PERSON:ٹی. نوواک]] کے دستخط تھے، اس کا ذکر تک نہیں تھا۔ اب صورت یہ ہے: پائپ بدل دیا گیا،
چھت اور کمرہ ٹھیک ہو گئے، 650 پاؤنڈ اور تحریری معافی دی گئی، اور اس کاریگر کو آپ کے
کنٹریکٹ سے ہٹا دیا گیا۔ میں چاہتا ہوں کہ دو سبق ریکارڈ میں رہیں: رساؤ کی مرمت کو "مکمل"
لکھنے سے پہلے نیچے والے گھر میں جانچ ہو، اور ٹھیکیدار کے رویے کی شکایت الگ سے درج ہو۔ آئندہ
خاندان سے ان کے شوہر [[PERSON:نوید احمد]] کے ذریعے [[PHONE:020 7946 0912]] پر رابطہ کریں۔
والسلام، [[PERSON:فرحان]]۔
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
