"""Fresh version-2 PII test stories, batch bw.

Petitions, open letters and joint complaints signed by many residents: a block's petition about
a broken lift, cladding, rats or cold radiators, with the text and then a list of signatories; an
open letter to a landlord's chief executive naming the officers involved; a mosque, gurdwara or
parish committee's joint complaint with its members listed; parents' letters about damp in a
nursery building; and the landlord's reply naming who will act. Signatory lists are numbered,
comma-separated, one per line or in pipe tables; some people give only initials and a flat
(K.T., ج.م., ম.হ.), a nickname ("Smudge", ਬਿੱਟੂ, Gigi), a name that is also a word (Joy, Rose,
Hope, Sunny, Ivy, Róża, Lăcrămioara, أمل, ورد, مسکان, আলো, ਖ਼ੁਸ਼ੀ) or sign in two scripts
(Gurpreet Sandhu / ਗੁਰਪ੍ਰੀਤ ਸੰਧੂ).
Marking choices: every signatory, officer, chief executive and named child is PERSON, initials
and nicknames included, in every inflected form (Haliny, Zdzisława, Agnieszko, Mariei) and both
scripts; a flat or house number given beside a signatory ("Flat 121", "m. 12", "no. 22", "ap.
14", "ফ্ল্যাট ১৪", "ਫਲੈਟ 9") is an ADDRESS of its own, written with the word for flat or number
inside the span; a named block, estate, nursery, community hall, mosque, gurdwara or church the
signatories live in or attend is its own ADDRESS, and a number with its street is one span;
ages beside names are AGE with their unit where one is written; landlords, councils and
contractors are ORGANISATION; petition, complaint, repair and Ombudsman numbers are REFERENCE
(the value only); named conditions are HEALTH and religion or national origin said of the
signatories (Muslim, Sikh, ortodoxe, বাঙালি) is OTHER_SPECIAL, while the words mosque, church or
gurdwara alone are not. Titles and honorifics (Mr, Ms, Haji, pan, pani, domnul, doamna, السيد,
الحاج, جناب, জনাব, ਸਰਦਾਰ, ਜੀ, صاحب), kinship words, floors, household counts, towns, boroughs,
hospitals, event dates, money and age ranges ("80 ਤੋਂ ਉੱਪਰ") stay unmarked; a kunya (أم صالح, أبو تيم)
is marked whole as a name; an Arabic prefix joined to a name or term (و, ب, لـ) stays outside the
span, while the attached article ال of a word for flat or house stays inside it, and a Bengali case
ending after a hyphen (-এর, -র) stays outside.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 8 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 5.7% of 35, recall 92.9%, precision 88.5%, on the committed
detector feb0262 (after round 68); leak-free by language ar 0, bn 0, en 1, pa 0, pl 0, ro 1, ur 0 of 5.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2bw-en-01",
        "en",
        _s("""
PETITION: FIX BOTH LIFTS AT [[ADDRESS:HARLAND HOUSE]] NOW. To [[ORGANISATION:Brookmere Housing]],
handed in at the housing office on 9 January, petition ref [[REFERENCE:BH-PET-0117]].

Both lifts in our fourteen-storey block have been out of action since Boxing Day. There are 96
flats. People on the upper floors include wheelchair users, people on home oxygen and families
with buggies. Paramedics have had to carry Mr [[PERSON:Okafor]] down from the twelfth floor twice
in a carry chair. We have reported the fault 31 times and been told "the part is on order" every
time. We ask for both lifts to be repaired, a powered stair-climber to be kept on site until they
are, and one named officer who answers the phone.

Signed:
1. [[PERSON:Patience Okafor]], [[ADDRESS:Flat 121]], on behalf of her father [[PERSON:Emmanuel
Okafor]] ([[AGE:84]], [[HEALTH:COPD]])
2. [[PERSON:Dermot Hegarty]], [[ADDRESS:Flat 88]]
3. [[PERSON:K.T.]], [[ADDRESS:Flat 97]]
4. [[PERSON:Saoirse]] and [[PERSON:Rory Byrne]], [[ADDRESS:Flat 64]], tel [[PHONE:07700 900418]]
5. [[PERSON:Amina Warsame]], [[ADDRESS:Flat 110]], mum of [[PERSON:Hodan]] ([[AGE:6]]) and
[[PERSON:Ilhan]] ([[AGE:9 months]])
6. "[[PERSON:Jo-Jo]]" ([[PERSON:Josephine Mensah]]), [[ADDRESS:Flat 133]], aged [[AGE:79]]
7. [[PERSON:Will Tranter]], [[ADDRESS:Flat 12]], tenants' rep, [[EMAIL:harlandtenants@example.org]]
... and 63 more households.

Reply from [[ORGANISATION:Brookmere Housing]], 16 January: Thank you, Ms [[PERSON:Okafor]], and
everyone who signed. We are sorry. Our lift contractor, [[ORGANISATION:Apex Vertical Ltd]], will
replace the controller on lift A by 30 January and lift B by 14 February. [[PERSON:Gareth
Lloyd]], our Head of Building Safety, is accountable for the work. [[PERSON:Priya Nandra]], your
housing officer, will visit every household above the sixth floor this week, starting with
Mr [[PERSON:Okafor]] and [[PERSON:Josephine]], and a stair-climber with two trained operatives
will be on site from Monday. [[PERSON:Priya]] is on [[PHONE:020 7946 0582]]; please quote
complaint reference [[REFERENCE:CMP/24/33871]].
"""),
    ),
    (
        "fv2bw-en-02",
        "en",
        _s("""
An open letter to [[PERSON:Marianne Cole]], Chief Executive, [[ORGANISATION:Northbank Homes
Group]]

Dear Ms [[PERSON:Cole]],

We write as the residents' association of [[ADDRESS:Linnet Quay]], the two towers at
[[ADDRESS:1-3 Wharf Lane]], [[POSTCODE:SE16 4XT]]. Eighteen months after your own fire engineers
found combustible panels on our east elevations, the scaffolding is still up, the waking watch
has been withdrawn and nobody can tell us when work will start. Your officers have told us
different things. [[PERSON:Colin Ash]], Asset Manager, said in March that works would begin in
June. [[PERSON:Fern Adeyemi]], Resident Liaison, said in July that funding was "under review".
Our stage 1 complaint, [[REFERENCE:NHG-C-204471]], was closed by [[PERSON:S. Whitlock]] without
anyone visiting, and the stage 2 response is now six weeks late.

We ask you to publish the remediation programme, to restore the waking watch until the panels
are gone, and to meet us in person.

Signed on behalf of 112 households:
[[PERSON:Tomasz Wrona]] (chair, [[ADDRESS:flat 14B]]), [[PERSON:Grace Idowu]] (secretary,
[[ADDRESS:flat 7A]]), [[PERSON:R.M.]] ([[ADDRESS:flat 22A]]), [[PERSON:Hope Achterberg]]
([[ADDRESS:flat 3B]]), [[PERSON:Luis]] and [[PERSON:Carmen Ortega]] ([[ADDRESS:flat 19A]]),
[[PERSON:Bev]] ([[ADDRESS:flat 11B]]) for her son [[PERSON:Kyle]], [[AGE:15]], who has
[[HEALTH:cerebral palsy]] and cannot manage the stairs in an evacuation.

Contact the association at [[EMAIL:linnetquay.ra@example.com]] or on [[PHONE:07700 900 273]].

Reply from the Chief Executive's office, 2 October: [[PERSON:Marianne Cole]] has read your letter
and will meet the committee on 21 October. She has asked [[PERSON:Dev Sharma]], Director of
Property, to lead the remediation personally. [[ORGANISATION:Calder Facades Ltd]] will start on
site on 3 March, and the waking watch resumes on Monday. [[PERSON:Colin]] and [[PERSON:Fern]] will
attend your AGM, and your complaint has been reopened at stage 2 under the same reference. A
personal evacuation plan for [[PERSON:Kyle]] will be agreed with [[PERSON:Bev]] this week.
"""),
    ),
    (
        "fv2bw-en-03",
        "en",
        _s("""
Joint letter from parents at [[ADDRESS:Little Acorns Nursery]], [[ADDRESS:St Jude's Community
Hall]], [[POSTCODE:M14 5QB]], to [[ORGANISATION:Rusholme Park Homes]]

We are parents of children at [[ADDRESS:Little Acorns]], which rents the ground floor of the hall
from you. Several of us also live in your flats above it. Since October the baby room has smelt
of damp and black mould is growing behind the radiators and along the skirting in the sleep
room. [[PERSON:Nia]]'s son [[PERSON:Ezra]], [[AGE:2]], was admitted to hospital in November with
[[HEALTH:bronchiolitis]]. [[PERSON:Faisal]] and [[PERSON:Rukhsana]]'s daughter [[PERSON:Inaya]],
[[AGE:3]], has [[HEALTH:asthma]] and has been kept at home for a month. The manager,
[[PERSON:Deb Lowther]], has logged repairs [[REFERENCE:RPH-R-77120]] and
[[REFERENCE:RPH-R-77395]]; nobody has come.

Signed:
[[PERSON:Nia Roberts]], mum of [[PERSON:Ezra]], [[ADDRESS:flat 4]] above the hall
[[PERSON:Faisal Mir]] / [[PERSON:Rukhsana Mir]], parents of [[PERSON:Inaya]]
[[PERSON:Bilal]], dad of [[PERSON:Sunny]] ([[AGE:18 months]])
[[PERSON:C.J.]], [[ADDRESS:flat 2]]
[[PERSON:Precious Dube]], mum of the twins [[PERSON:Tari]] and [[PERSON:Tendai]] ([[AGE:4]])
[[PERSON:Marek Zielinski]], [[EMAIL:marek.z@example.org]]
[[PERSON:Deb Lowther]], nursery manager, on behalf of staff

Reply from [[PERSON:Joanne Pratt]], Repairs Manager, [[ORGANISATION:Rusholme Park Homes]]: I am
sorry that children have been in rooms like this. Our damp and mould specialist, [[PERSON:Adam
Quayle]], will survey the nursery and [[ADDRESS:flats 2 and 4]] on Tuesday. [[ORGANISATION:Dryline
Treatments]] will install positive-input ventilation and strip and treat the affected walls over
the half-term closure, so no child is in the building while the work is done. I will write to
every family when it is finished. Please contact me directly on [[PHONE:0161 496 0734]] or
[[EMAIL:j.pratt@rusholmepark.example.org]].
"""),
    ),
    (
        "fv2bw-en-04",
        "en",
        _s("""
Joint complaint from the management committee of [[ADDRESS:Masjid Al-Huda]], Leeds, on behalf of
members living at [[ADDRESS:Beech Court]], [[POSTCODE:LS8 4HG]]

To the Customer Relations team, [[ORGANISATION:Pennine Crest Housing]]

Many of our older [[OTHER_SPECIAL:Muslim]] members live in your sheltered scheme at [[ADDRESS:Beech
Court]], next door to the masjid. During the cold snap the communal boiler failed three times in
a fortnight, and each time the scheme manager's line went to voicemail. Several residents came to
the masjid only to keep warm. Our volunteers carried hot meals and blankets up the stairs. The
residents below have asked us to complain for them, and each has agreed to be named.

| Name | Flat | Age | Note |
| Haji [[PERSON:Abdul Rauf]] | [[ADDRESS:Flat 6]] | [[AGE:88]] | [[HEALTH:type 1 diabetes]], insulin must stay cool but he must stay warm |
| [[PERSON:Zubeda Khatoon]] | [[ADDRESS:Flat 11]] | [[AGE:81]] | lives alone |
| [[PERSON:Khurshid Begum]], signed by her son [[PERSON:Mohammed Iqbal]] | [[ADDRESS:Flat 2]] | [[AGE:93]] | [[HEALTH:dementia]] |
| [[PERSON:Nazir]] and [[PERSON:Parveen Akhtar]] | [[ADDRESS:Flat 15]] | [[AGE:76]] and [[AGE:72]] | |
| [[PERSON:S.H.]] | [[ADDRESS:Flat 9]] | | prefers initials |

Signed for the committee: [[PERSON:Tariq Mahmood]] (chair, [[PHONE:0113 496 0218]]), Dr
[[PERSON:Shabana Latif]] (welfare), [[PERSON:Usman]] "[[PERSON:Ozzy]]" [[PERSON:Qureshi]] (youth
volunteers), [[EMAIL:committee@alhuda-leeds.example.org]]. Boiler repair references
[[REFERENCE:PCH-40611]], [[REFERENCE:PCH-40688]], [[REFERENCE:PCH-40702]].

Reply from [[ORGANISATION:Pennine Crest Housing]]: We accept that we let these residents down.
[[PERSON:Helen Marsh]], Head of Older People's Services, will meet the committee and the residents
at the masjid on Friday. [[ORGANISATION:Aire Heating Services]] will replace the boiler before the
end of the month, and until then every flat will have an oil-filled heater and we will pay the
extra electricity. A 24-hour number, [[PHONE:0113 496 0990]], now replaces the scheme manager's
voicemail.
"""),
    ),
    (
        "fv2bw-en-05",
        "en",
        _s("""
From: [[ORGANISATION:Castlefield and District Homes]], Neighbourhood Services
To: Mrs [[PERSON:Folake Adebayo]], lead petitioner, [[ADDRESS:22 Orchard Rise]], [[POSTCODE:b338nt]]
Our ref: [[REFERENCE:CDH/PET/2291]]

Dear Mrs [[PERSON:Adebayo]],

Thank you for the petition from residents of [[ADDRESS:Orchard Rise]], signed by 58 households,
which we received on 2 May. You told us that rats have been coming up from the drains into the
bin stores and into at least three kitchens, and that a little boy, [[PERSON:Jayden]], at
[[ADDRESS:number 17]], was bitten on the hand. We are very sorry, and we should have acted on the
first reports in March.

The first signatories on the petition were: [[PERSON:Folake Adebayo]] ([[ADDRESS:no. 22]]),
[[PERSON:Frank]] and [[PERSON:Joy Pemberton]] ([[ADDRESS:no. 9]]), [[PERSON:Rose]] ([[ADDRESS:no.
15]], "ring the bell twice"), [[PERSON:Gurpreet Sandhu]] / [[PERSON:ਗੁਰਪ੍ਰੀਤ ਸੰਧੂ]] ([[ADDRESS:no.
31]]), "[[PERSON:Smudge]]" (the [[ADDRESS:flat over the launderette]]), [[PERSON:A.K.]]
([[ADDRESS:no. 28]]), and [[PERSON:Mark]] and [[PERSON:Bill Kettering]] ([[ADDRESS:no. 36]]),
aged [[AGE:91]] and [[AGE:88]], who signed with a cross and asked their neighbour
[[PERSON:Joy]] to write their names.

What we will do. [[PERSON:Leon Fairweather]], our pest control lead, and [[ORGANISATION:Midland
Drain Services]] will survey the drains by camera on 9 May and fit non-return valves wherever rats
are getting in; the job number is [[REFERENCE:JOB-559120]]. Every kitchen that has had rats will
be baited and its gaps sealed within ten working days. [[PERSON:Nasreen Chaudhry]], your
neighbourhood officer, will call at every home that signed, starting with [[PERSON:Jayden]]'s
family and with [[PERSON:Mark]] and [[PERSON:Bill]]. She is on [[PHONE:0121 496 0655]] and
[[EMAIL:n.chaudhry@castlefield.example.org]]. If you are unhappy with this response you can ask
for stage 2, and after that go to the Housing Ombudsman.

Yours sincerely,
[[PERSON:Owen Bradshaw]], Neighbourhood Services Manager
"""),
    ),
    (
        "fv2bw-pl-01",
        "pl",
        _s("""
PETYCJA mieszkańców [[ADDRESS:Fairmount House]] w Slough do [[ORGANISATION:Thameside Living]].
Numer petycji nadany przez biuro: [[REFERENCE:TL-PET-0342]].

My, niżej podpisani lokatorzy [[ADDRESS:Fairmount House]], [[POSTCODE:SL1 3PE]], domagamy się
pilnej naprawy windy, która stoi od 14 lutego. W budynku mieszka wiele osób starszych i rodzin z
małymi dziećmi. Pan [[PERSON:Zdzisław]] z [[ADDRESS:mieszkania 41]] od trzech tygodni nie
wychodzi z domu, bo po [[HEALTH:udarze]] nie da rady zejść z ósmego piętra. Mamy z wózkami noszą
zakupy i dzieci po schodach. Zgłoszenia napraw: [[REFERENCE:TL-58821]] i [[REFERENCE:TL-58907]];
skarga formalna [[REFERENCE:CMP-3310]] od miesiąca jest bez odpowiedzi.

Żądamy naprawy windy do końca marca, krzesła schodowego na czas naprawy i jednej osoby
kontaktowej, która odbiera telefon.

Podpisy:
1. [[PERSON:Agnieszka Wróbel]], [[ADDRESS:m. 12]], także w imieniu mamy, [[PERSON:Haliny
Wróbel]] ([[AGE:83 lata]])
2. [[PERSON:Zdzisław Kmiecik]], [[ADDRESS:m. 41]] (podpisał syn, [[PERSON:Kuba]])
3. [[PERSON:J.P.]], [[ADDRESS:m. 7]]
4. [[PERSON:Ola]] i [[PERSON:Bartek Sowa]], [[ADDRESS:m. 33]], z [[PERSON:Antosiem]] ([[AGE:2
latka]])
5. [[PERSON:Wiesława Pająk]], [[ADDRESS:m. 50]], tel. [[PHONE:07700 900 561]]
6. [[PERSON:Róża Nowicka]], [[ADDRESS:m. 29]], [[EMAIL:roza.nowicka@example.com]]
7. [[PERSON:Tadeusz Szpakowski]] („[[PERSON:Szpak]]”), [[ADDRESS:m. 18]]

Odpowiedź [[ORGANISATION:Thameside Living]] (tłumaczenie z angielskiego), 6 marca: Szanowna Pani
[[PERSON:Agnieszko]], dziękujemy za petycję i przepraszamy wszystkich mieszkańców. Firma
[[ORGANISATION:Liftcare South]] wymieni silnik i sterownik windy do 28 marca. Za naprawę
odpowiada [[PERSON:Neil Hargreaves]], kierownik ds. bezpieczeństwa budynków. Od poniedziałku na
parterze będzie krzesło schodowe z obsługą, a [[PERSON:Sandra Obi]], opiekunka budynku, będzie
codziennie odwiedzać pana [[PERSON:Zdzisława]] i panią [[PERSON:Halinę]]. Kontakt:
[[PHONE:0118 496 0377]], [[EMAIL:fairmount@thameside.example.org]].
"""),
    ),
    (
        "fv2bw-pl-02",
        "pl",
        _s("""
List otwarty do pani [[PERSON:Catherine Doyle]], dyrektor generalnej [[ORGANISATION:Greenway
Homes]]

Szanowna Pani Dyrektor,

piszemy jako [[OTHER_SPECIAL:polskie]] rodziny z osiedla [[ADDRESS:Cedar Fields]] w
Peterborough, [[POSTCODE:PE1 4RW]]. Od dwóch zim w naszych domach pojawia się czarny grzyb.
Zgłaszaliśmy to wielokrotnie. Pan [[PERSON:Steve Barker]] z działu napraw powiedział nam, że to
„kwestia stylu życia”, czyli suszenia prania w domu. Pani [[PERSON:Leanne Moss]] z biura obsługi
kilka razy obiecywała oddzwonić i nigdy tego nie zrobiła. Inspektor [[PERSON:Gary]] przyszedł
raz, zrobił zdjęcia i zniknął. Dopiero gdy córka państwa [[PERSON:Nowaków]], [[PERSON:Lenka]]
([[AGE:5 lat]]), trafiła do szpitala z [[HEALTH:zapaleniem płuc]], ktoś zaczął nas słuchać.
Nasze skargi mają numery [[REFERENCE:GH-COMP-11874]], [[REFERENCE:GH-COMP-11902]] i
[[REFERENCE:GH-COMP-12015]].

Prosimy o niezależny przegląd wszystkich domów na osiedlu, przeprosiny za słowa o „stylu życia”
i wyznaczenie jednej osoby odpowiedzialnej za sprawę.

Podpisali: [[PERSON:Marzena]] i [[PERSON:Robert Lis]] ([[ADDRESS:nr 3]]), [[PERSON:Magdalena]]
i [[PERSON:Krystian Nowak]] ([[ADDRESS:nr 8]]), [[PERSON:Jadwiga Baran]] ([[ADDRESS:nr 11]],
[[AGE:77 lat]]), [[PERSON:Wojtek]] ([[ADDRESS:nr 14]]), [[PERSON:M.K.]] ([[ADDRESS:nr 20]]),
[[PERSON:Irena Zając]] ([[ADDRESS:nr 21]]) w imieniu syna [[PERSON:Pawła]], który ma
[[HEALTH:astmę]]. Kontakt w imieniu wszystkich: [[PERSON:Marzena Lis]], [[PHONE:07700 900 814]].

Odpowiedź przyszła po tygodniu. Pani [[PERSON:Doyle]] przeprosiła za słowa pana
[[PERSON:Barkera]] i napisała, że przegląd wszystkich 46 domów przeprowadzi firma
[[ORGANISATION:Hallam Building Surveys]], a całość nadzoruje [[PERSON:Priya Kaur]], nowa
kierowniczka ds. wilgoci i pleśni. U państwa [[PERSON:Nowaków]] i u pani [[PERSON:Ireny]] prace
zaczną się w pierwszej kolejności, jeszcze przed świętami.
"""),
    ),
    (
        "fv2bw-pl-03",
        "pl",
        _s("""
Wspólna skarga rady parafialnej przy [[ADDRESS:kościele św. Jadwigi]] w Bedford do
[[ORGANISATION:Ouse Valley Housing Association]]

Wielu naszych starszych parafian mieszka w domu dla seniorów [[ADDRESS:Willow Lodge]],
[[ADDRESS:140 Elstow Lane]], [[POSTCODE:MK42 9DP]]. Od listopada nie działa tam domofon ani
przyciski alarmowe w mieszkaniach. Gdy pani [[PERSON:Genowefa]] upadła w łazience, przez dwie
godziny nikt nie przyszedł; znalazła ją sąsiadka, pani [[PERSON:Stasia]]. Kierowniczka domu,
pani [[PERSON:Janet Rowe]], pracuje tylko dwa dni w tygodniu, a numer awaryjny przełącza na
pocztę głosową. Nasza [[OTHER_SPECIAL:katolicka]] wspólnota odwiedza tych ludzi codziennie, ale
wolontariusze nie zastąpią systemu alarmowego.

Poniżsi mieszkańcy poprosili radę, by złożyła skargę w ich imieniu:
– pani [[PERSON:Genowefa Kaczmarek]], [[ADDRESS:mieszkanie 4]], [[AGE:89 lat]],
[[HEALTH:osteoporoza]]
– pan [[PERSON:Henryk]] i pani [[PERSON:Bożena Wilk]], [[ADDRESS:mieszkanie 9]], [[AGE:84]] i
[[AGE:80 lat]]
– pani [[PERSON:Stanisława Dudek]] („[[PERSON:Stasia]]”), [[ADDRESS:mieszkanie 5]]
– pan [[PERSON:E.M.]], [[ADDRESS:mieszkanie 12]]
– pan [[PERSON:Leszek Grabowski]], [[ADDRESS:mieszkanie 2]], po [[HEALTH:amputacji nogi]]

Za radę parafialną: [[PERSON:Danuta Sikora]] (przewodnicząca), [[PERSON:Grzegorz Mazur]]
(sekretarz), tel. [[PHONE:01632 960 418]], [[EMAIL:rada.sw.jadwigi@example.org]]. Numery
zgłoszeń: [[REFERENCE:OVH-88213]] i [[REFERENCE:OVH-88390]].

Odpowiedź stowarzyszenia: pan [[PERSON:Martin Cheung]], dyrektor ds. mieszkań dla seniorów,
przeprosił radę, panią [[PERSON:Genowefę]] i jej rodzinę. Firma [[ORGANISATION:Careline
Systems]] wymieniła domofon i przyciski alarmowe w ciągu dziesięciu dni. Do czasu zatrudnienia
drugiej kierowniczki dyżury w [[ADDRESS:Willow Lodge]] pełni [[PERSON:Kelly Osei]], a numer
awaryjny odbiera teraz całodobowe centrum. Pan [[PERSON:Cheung]] spotkał się też z panią
[[PERSON:Danutą]] i obiecał co miesiąc przysyłać radzie raport z testów alarmów.
"""),
    ),
    (
        "fv2bw-pl-04",
        "pl",
        _s("""
List rodziców dzieci z przedszkola [[ADDRESS:Tęczowy Domek]] do [[ORGANISATION:Lea Bridge
Homes]]

Szanowni Państwo,

jesteśmy rodzicami dzieci chodzących do polskiego przedszkola [[ADDRESS:Tęczowy Domek]], które
wynajmuje od Państwa parter bloku [[ADDRESS:Marsh House]], [[POSTCODE:E10 7QL]]. Większość z nas
mieszka w tym samym bloku. Od jesieni w sali maluchów ściany są mokre, a za szafkami rośnie
pleśń. Dyrektorka przedszkola, pani [[PERSON:Beata Grzelak]], zgłaszała to trzy razy (numery
[[REFERENCE:LBH-40127]], [[REFERENCE:LBH-40555]] i [[REFERENCE:LBH-41002]]). Przyszedł tylko
malarz, który zamalował grzyb.

Nasze dzieci chorują bez przerwy. [[PERSON:Zuzia]] ([[AGE:3 lata]]) ma [[HEALTH:astmę]] i w
tym miesiącu dwa razy dostała sterydy. [[PERSON:Staś]] ([[AGE:4 lata]]) ma [[HEALTH:atopowe
zapalenie skóry]], które zaostrza się po każdym tygodniu w przedszkolu.

Podpisani rodzice:
[[PERSON:Kinga]] i [[PERSON:Michał Dąbrowscy]], rodzice [[PERSON:Zuzi]], [[ADDRESS:mieszkanie
16]]
[[PERSON:Jagoda Pietrzak]], mama [[PERSON:Stasia]], [[ADDRESS:mieszkanie 3]]
[[PERSON:Ewelina Kwiatkowska]], mama [[PERSON:Lilki]] i [[PERSON:Franka]]
[[PERSON:A.S.]], [[ADDRESS:mieszkanie 22]]
[[PERSON:Karol Wiśniewski]], tata [[PERSON:Igi]], [[EMAIL:karol.wisniewski@example.com]]
[[PERSON:Beata Grzelak]], dyrektorka, w imieniu zespołu

Odpowiedź: pani [[PERSON:Sharon Blake]], kierowniczka ds. napraw w [[ORGANISATION:Lea Bridge
Homes]], odpisała, że przeprasza rodziców i personel. W czasie ferii ekipa
[[ORGANISATION:Dampcure London]] skuje tynk, osuszy ściany i zamontuje wentylację mechaniczną,
tak aby żadne dziecko nie przebywało w budynku podczas prac. Nadzoruje to inspektor
[[PERSON:Dariusz Kowal]], który mówi po polsku; rodzice mogą dzwonić do niego pod numer
[[PHONE:020 7946 0419]]. Sprawdzone zostaną też [[ADDRESS:mieszkania 3, 16 i 22]] nad
przedszkolem, a mama [[PERSON:Zuzi]] dostanie osuszacz jeszcze w tym tygodniu.
"""),
    ),
    (
        "fv2bw-pl-05",
        "pl",
        _s("""
Odpowiedź [[ORGANISATION:Solent Harbour Homes]] na petycję mieszkańców [[ADDRESS:Anchor Point]]
(tłumaczenie na język polski: [[PERSON:Iwona Majewska]])

Nasz numer: [[REFERENCE:SHH-PET-0781]]
Do: pan [[PERSON:Przemysław Gołębiowski]], [[ADDRESS:m. 57]], [[ADDRESS:Anchor Point]],
[[POSTCODE:so14 3ju]]

Szanowny Panie [[PERSON:Przemysławie]],

dziękujemy za petycję w sprawie okładziny elewacji, podpisaną przez 74 gospodarstwa domowe.
Potwierdzamy, że panele na ścianie północnej nie spełniają obecnych norm. Poniżej powtarzamy
listę pierwszych sygnatariuszy, tak jak nam ją przekazano:

| Imię i nazwisko | Mieszkanie | Uwagi |
| [[PERSON:Przemysław Gołębiowski]] | [[ADDRESS:m. 57]] | organizator petycji |
| [[PERSON:Celina Rutkowska]] | [[ADDRESS:m. 12]] | [[AGE:91 lat]], [[HEALTH:niewidoma]] |
| [[PERSON:Dawid]] i [[PERSON:Natalia Kozioł]] | [[ADDRESS:m. 40]] | bliźnięta, [[AGE:7 miesięcy]] |
| [[PERSON:Gosia]] | [[ADDRESS:m. 66]] | tel. [[PHONE:07700 900 129]] |
| [[PERSON:R.T.]] | [[ADDRESS:m. 8]] | |
| [[PERSON:Mariusz Kot]] („[[PERSON:Kotek]]”) | [[ADDRESS:m. 23]] | porusza się na wózku |

Co zrobimy. Za wymianę paneli odpowiada pan [[PERSON:Richard Ellis]], dyrektor ds.
bezpieczeństwa budynków. Prace wykona firma [[ORGANISATION:Southcoast Cladding Ltd]];
rusztowania staną w kwietniu, a całość potrwa około siedmiu miesięcy. Do zakończenia prac w
budynku przez całą dobę będą dyżurować strażnicy przeciwpożarowi. Pani [[PERSON:Amanda Reid]] z
zespołu ds. mieszkańców przygotuje indywidualne plany ewakuacji dla pani [[PERSON:Celiny
Rutkowskiej]], pana [[PERSON:Mariusza]] i rodziny [[PERSON:Koziołów]] i odwiedzi ich w przyszłym
tygodniu. Pytania prosimy kierować na adres [[EMAIL:anchorpoint@solentharbour.example.org]] lub
pod numer [[PHONE:01632 960 552]], podając numer petycji.

Z poważaniem,
[[PERSON:Richard Ellis]]
"""),
    ),
    (
        "fv2bw-ro-01",
        "ro",
        _s("""
PETIȚIE a locatarilor din [[ADDRESS:Kenton Tower]], Harrow, către [[ORGANISATION:Northolt and
Harrow Homes]]

Noi, locatarii din [[ADDRESS:Kenton Tower]], [[POSTCODE:HA3 8QT]], cerem repararea urgentă a
centralei termice comune. Din 3 decembrie caloriferele sunt reci, iar apa caldă vine doar câteva
ore pe zi. În bloc locuiesc mulți pensionari și copii mici. Doamna [[PERSON:Aurelia]] de la
[[ADDRESS:apartamentul 9]], care are [[HEALTH:insuficiență cardiacă]], doarme îmbrăcată cu
paltonul. Fetița familiei [[PERSON:Stoica]], [[PERSON:Crina]], de [[AGE:8 luni]], a fost dusă la
urgențe cu febră mare. Am raportat defecțiunea de 19 ori; numerele lucrărilor sunt
[[REFERENCE:NHH-R-661040]] și [[REFERENCE:NHH-R-661295]], iar plângerea oficială
[[REFERENCE:NHH-C-7782]] a rămas fără răspuns.

Semnatari:
1. [[PERSON:Aurelia Munteanu]], [[ADDRESS:ap. 9]], [[AGE:78 de ani]]; semnează fiica ei,
[[PERSON:Doina]]
2. [[PERSON:Ionuț]] și [[PERSON:Speranța Stoica]], [[ADDRESS:ap. 31]], părinții
[[PERSON:Crinei]]
3. [[PERSON:V.D.]], [[ADDRESS:ap. 14]]
4. [[PERSON:Gheorghe Bălan]] („[[PERSON:Gigi]]”), [[ADDRESS:ap. 52]], tel. [[PHONE:07700 900
736]]
5. [[PERSON:Mihaela Radu]], [[ADDRESS:ap. 27]], [[EMAIL:mihaela.radu@example.com]]
6. [[PERSON:Costel Ene]], [[ADDRESS:ap. 40]], pentru mama lui, [[PERSON:Veronica Ene]],
[[AGE:86 de ani]]

Răspunsul [[ORGANISATION:Northolt and Harrow Homes]], 12 decembrie (tradus): Stimată doamnă
[[PERSON:Munteanu]], vă mulțumim dumneavoastră și tuturor semnatarilor și ne cerem scuze. Firma
[[ORGANISATION:Thermatech Services]] va înlocui pompa și vasul de expansiune până vineri.
Lucrarea este coordonată de [[PERSON:Alan Pritchard]], managerul de întreținere. Până atunci
fiecare apartament primește un radiator electric, iar ofițerul de locuințe [[PERSON:Roxana
Ilie]], care vorbește românește, va trece pe la doamna [[PERSON:Aurelia]], pe la familia
[[PERSON:Stoica]] și pe la doamna [[PERSON:Veronica]]. Ne puteți suna oricând la [[PHONE:020 7946
0664]].
"""),
    ),
    (
        "fv2bw-ro-02",
        "ro",
        _s("""
Scrisoare deschisă către domnul [[PERSON:Graham Whitfield]], director executiv al
[[ORGANISATION:Trent Meadows Housing]]

Stimate domnule [[PERSON:Whitfield]],

Vă scriem în numele a 40 de familii din blocul [[ADDRESS:Sherwood Court]], [[ADDRESS:212 Lenton
Vale]], [[POSTCODE:NG7 5FD]]. Ușa de la intrare nu se mai încuie din august. Pe scări dorm
străini, găsim seringi lângă cutiile poștale, iar copiii noștri trec pe lângă ele în drum spre
școală. Am vorbit cu doamna [[PERSON:Kerry Dunn]], responsabilă cu comportamentul antisocial,
care ne-a spus doar să sunăm la poliție. Domnul [[PERSON:Phil Jarvis]], de la reparații, a
închis lucrarea [[REFERENCE:TMH-402288]] ca „finalizată”, deși nu a venit nimeni. Dosarul de
comportament antisocial [[REFERENCE:ASB-2291]] nu a mai fost actualizat de șase săptămâni, iar
plângerea noastră de etapa 1, [[REFERENCE:TMH-CF-10563]], a fost respinsă de [[PERSON:J.
Okonjo]] fără să ne întrebe nimic.

Cerem o ușă nouă cu interfon, curățenie imediată și o întâlnire cu dumneavoastră.

Semnează: [[PERSON:Florin]] și [[PERSON:Lăcrămioara Dobre]] ([[ADDRESS:ap. 3]]),
[[PERSON:Nicoleta Pavel]] ([[ADDRESS:ap. 7]]), [[PERSON:Ștefan Marin]] ([[ADDRESS:ap. 11]],
[[AGE:81 de ani]]), [[PERSON:A.C.]] ([[ADDRESS:ap. 15]]), [[PERSON:Bianca]] ([[ADDRESS:ap.
18]]) și fiul ei [[PERSON:Darius]], de [[AGE:6 ani]], care are [[HEALTH:autism]] și se sperie de
oamenii de pe scări, [[PERSON:Radu Neagu]] ([[ADDRESS:ap. 22]]), [[PERSON:Tudorița]]
([[ADDRESS:ap. 24]]). Contact: [[PERSON:Nicoleta Pavel]], [[PHONE:0115 496 0273]],
[[EMAIL:sherwoodcourt.locatari@example.org]].

Domnul [[PERSON:Whitfield]] a răspuns în zece zile. A cerut scuze pentru felul în care doamna
[[PERSON:Dunn]] și domnul [[PERSON:Jarvis]] au tratat sesizările și a numit-o pe
[[PERSON:Samira Haddad]], șefa echipei de siguranță a comunității, să se ocupe personal de bloc.
Firma [[ORGANISATION:Secure Entry Midlands]] a montat o ușă nouă cu interfon pe 14 noiembrie,
scările au fost curățate a doua zi, iar [[PERSON:Samira]] se întâlnește lunar cu locatarii. Fiul
[[PERSON:Biancăi]] a primit o cartelă de acces proprie.
"""),
    ),
    (
        "fv2bw-ro-03",
        "ro",
        _s("""
Către: [[ORGANISATION:Soar Valley Homes]], departamentul de reclamații
De la: consiliul parohial al [[ADDRESS:bisericii Sfântul Nicolae]], Leicester

Plângere comună

Mai multe familii din parohia noastră locuiesc în casele dumneavoastră de pe [[ADDRESS:Humberstone
Mews]], [[POSTCODE:LE5 3NB]]. Toate au aceeași problemă: acoperișurile plouă de doi ani, iar
„reparațiile” se fac cu bandă adezivă. Mai grav, când domnul [[PERSON:Valentin]] a sunat a patra
oară, un angajat pe nume [[PERSON:Darren]] i-a spus că „dacă nu-i place, să se întoarcă în
România”. Familiile sunt [[OTHER_SPECIAL:românce]] și [[OTHER_SPECIAL:ortodoxe]], iar comunitatea
noastră crede că au fost tratate altfel din acest motiv.

Familiile care ne-au cerut să depunem plângerea:
• [[PERSON:Valentin]] și [[PERSON:Rodica Cojocaru]], [[ADDRESS:nr. 2]], cu [[PERSON:Luca]]
([[AGE:11 ani]])
• [[PERSON:Maria Sârbu]], [[ADDRESS:nr. 5]], [[AGE:72 de ani]], văduvă, cu [[HEALTH:boala
Parkinson]]
• [[PERSON:Ovidiu Tănase]], [[ADDRESS:nr. 6]], pentru soacra lui, doamna [[PERSON:Ecaterina]]
• [[PERSON:M.B.]], [[ADDRESS:nr. 9]]
• [[PERSON:Ilinca]] și [[PERSON:Sorin Pop]], [[ADDRESS:nr. 11]]

Semnează pentru consiliu: părintele [[PERSON:Constantin Vlad]] și [[PERSON:Elisabeta Mureșan]]
(epitrop), tel. [[PHONE:0116 496 0381]], [[EMAIL:consiliu.sfnicolae@example.org]]. Reclamații
anterioare: [[REFERENCE:SVH-12055]], [[REFERENCE:SVH-12170]].

Răspunsul primit după trei săptămâni: doamna [[PERSON:Harjit Sandhu]], directoarea pentru
relații cu clienții, a confirmat că remarca lui [[PERSON:Darren]] a fost investigată separat și
că s-au luat măsuri. Acoperișurile tuturor celor cinci case vor fi refăcute de
[[ORGANISATION:Charnwood Roofing]] până în iulie, începând cu casa [[PERSON:Mariei Sârbu]].
Fiecare familie primește despăgubiri, iar părintele [[PERSON:Constantin]] a fost invitat în
panelul de locatari care verifică felul în care sunt tratate plângerile.
"""),
    ),
    (
        "fv2bw-ro-04",
        "ro",
        _s("""
Scrisoarea părinților de la [[ADDRESS:Bright Beginnings Nursery]] către [[ORGANISATION:Edmonton
Green Housing]]

Bună ziua,

Suntem un grup de părinți, cei mai mulți [[OTHER_SPECIAL:români]], ai căror copii merg la
grădinița de la parterul blocului [[ADDRESS:Cornwall House]], [[POSTCODE:n9 0tz]]. Din octombrie,
în camera de somn a celor mici tencuiala e umedă, miroase a mucegai și pe tavan au apărut pete
negre. Conducătoarea grădiniței, doamna [[PERSON:Yvonne Clarke]], a raportat problema de trei ori
(lucrările [[REFERENCE:EGH-308815]] și [[REFERENCE:EGH-309104]]), dar nu a venit nimeni. Copiii
tușesc toată iarna: [[PERSON:Matei]], de [[AGE:2 ani]], a fost internat cu
[[HEALTH:bronșiolită]], iar [[PERSON:Sofia]], de [[AGE:4 ani]], are [[HEALTH:astm]] și a lipsit
trei săptămâni.

Semnăm:
– [[PERSON:Luminița]] și [[PERSON:Cătălin Husar]], părinții lui [[PERSON:Matei]],
[[ADDRESS:ap. 12]] din același bloc
– [[PERSON:Andreea Vasilescu]], mama [[PERSON:Sofiei]], [[PHONE:07700 900 392]]
– [[PERSON:Irina Toma]], mama lui [[PERSON:Bogdănel]] ([[AGE:3 ani]]) și a [[PERSON:Evei]]
– [[PERSON:D.N.]], [[ADDRESS:ap. 4]]
– [[PERSON:Ianis Lungu]], [[EMAIL:ianis.lungu@example.com]]
– [[PERSON:Yvonne Clarke]], în numele personalului

Răspunsul (tradus): domnul [[PERSON:Kwame Asante]], managerul de reparații al
[[ORGANISATION:Edmonton Green Housing]], ne-a scris că îi pare rău că a fost nevoie de o
scrisoare ca să se miște lucrurile. Inspectorul [[PERSON:Tom Halliday]] a verificat joi
grădinița și [[ADDRESS:apartamentele 4 și 12]]. Firma [[ORGANISATION:Northside Damp Solutions]]
va reface tencuiala și va monta ventilație mecanică în vacanța din februarie, când grădinița e
închisă. Până atunci camera de somn nu se mai folosește. Pentru orice problemă, părinții îl pot
suna direct pe domnul [[PERSON:Asante]] la [[PHONE:020 7946 0871]].
"""),
    ),
    (
        "fv2bw-ro-05",
        "ro",
        _s("""
Răspunsul [[ORGANISATION:Avon Quay Housing]] la petiția locatarilor de pe [[ADDRESS:Riverside
Walk]] (traducere în limba română: [[PERSON:Corina Stan]])

Referința noastră: [[REFERENCE:AQH/PT/0456]]
Către: doamna [[PERSON:Elena-Simona Barbu]], [[ADDRESS:ap. 2]], [[ADDRESS:Riverside Walk]],
[[POSTCODE:BS1 6XR]]

Stimată doamnă [[PERSON:Barbu]],

Vă mulțumim pentru petiția semnată de 31 de gospodării și ne cerem scuze. Ați descris
canalizarea care se revarsă în apartamentele de la parter după fiecare ploaie puternică și
mirosul care rămâne zile întregi. Redăm mai jos lista primilor semnatari, așa cum ne-a fost
trimisă:

[[PERSON:Elena-Simona Barbu]], [[ADDRESS:ap. 2]], organizatoarea petiției
[[PERSON:Nelu Preda]], [[ADDRESS:ap. 1]], [[AGE:80 de ani]], [[HEALTH:diabet]]
[[PERSON:Paula]] și [[PERSON:Adrian Constantinescu]], [[ADDRESS:ap. 3]], cu gemenii de [[AGE:5
ani]]
[[PERSON:Petruța]], [[ADDRESS:ap. 5]]
[[PERSON:G.I.]], [[ADDRESS:ap. 6]]
[[PERSON:Virgil Oprea]], [[ADDRESS:ap. 4]], pentru fratele lui, [[PERSON:Marcel]], care are
[[HEALTH:schizofrenie]]

Ce vom face. [[PERSON:Duncan Reeve]], șeful echipei de proprietăți, răspunde personal de
lucrare. Firma [[ORGANISATION:Severnside Drainage]] va monta supape de sens pe toate scurgerile
de la parter și va curăța colectorul până la 30 aprilie; lucrarea are numărul
[[REFERENCE:JOB-771204]]. Domnului [[PERSON:Nelu Preda]] și familiei
[[PERSON:Constantinescu]] le oferim cazare temporară pe durata lucrărilor, iar pentru domnul
[[PERSON:Marcel]] vom vorbi mai întâi cu domnul [[PERSON:Oprea]], ca mutarea să nu-l
tulbure. Ofițera de locuințe [[PERSON:Gemma Lyle]] vă va suna în fiecare săptămână; o găsiți la
[[PHONE:0117 496 0528]] sau la [[EMAIL:g.lyle@avonquay.example.org]].

Cu stimă,
[[PERSON:Duncan Reeve]]
"""),
    ),
    (
        "fv2bw-ar-01",
        "ar",
        _s("""
عريضة من سكان [[ADDRESS:برج كليفتون]] ([[ADDRESS:Clifton Tower]])، [[POSTCODE:S3 7QR]]، إلى
[[ORGANISATION:Don Valley Homes]]

نحن الموقّعين أدناه، سكان البرج، نطالب بإصلاح مضخة المياه الرئيسية فوراً. منذ ١٢ يناير لا تصل
المياه إلى الطوابق فوق السابع إلا ساعتين في الليل. العائلات تحمل الماء في دلاء على السلالم،
وكبار السن لا يستطيعون ذلك. الحاج [[PERSON:عبد الكريم]] في [[ADDRESS:شقة رقم ٨٤]] يعاني من
[[HEALTH:الفشل الكلوي]] ويحتاج إلى ماء نظيف كل يوم. بلّغنا عن العطل مرات كثيرة، وأرقام البلاغات
[[REFERENCE:DVH-230917]] و[[REFERENCE:DVH-231044]]، أما الشكوى الرسمية رقم [[REFERENCE:C-55102]]
فما زالت بلا رد.

الموقّعون:
١. [[PERSON:سعاد الحسيني]]، [[ADDRESS:شقة ٥٢]]، نيابةً عن والدتها [[PERSON:نجاة]] ([[AGE:٨٠
عاماً]])
٢. [[PERSON:عبد الكريم الزين]]، [[ADDRESS:شقة ٨٤]]، وقّع عنه ابنه [[PERSON:يوسف]]
٣. [[PERSON:ج.م.]]، [[ADDRESS:شقة ٦٣]]
٤. [[PERSON:أمل]] و[[PERSON:طارق بن سالم]]، [[ADDRESS:شقة ٧١]]، مع طفلتهما [[PERSON:جود]]
([[AGE:١٠ أشهر]])
٥. [[PERSON:Hassan Darwish]] / [[PERSON:حسن درويش]]، [[ADDRESS:شقة ٩٠]]، هاتف [[PHONE:07700 900
647]]
٦. [[PERSON:ليلى عثمان]] ("[[PERSON:لولو]]")، [[ADDRESS:شقة ٥٨]]،
[[EMAIL:layla.othman@example.com]]
٧. [[PERSON:Gary Thompson]]، [[ADDRESS:شقة ٧٥]]، ممثل السكان

ردّ [[ORGANISATION:Don Valley Homes]] (مترجم)، ٢٠ يناير: عزيزتي السيدة [[PERSON:سعاد]]، شكراً لكِ
ولجميع الموقّعين، ونعتذر عمّا حدث. ستركّب شركة [[ORGANISATION:Pennine Pumps Ltd]] مضخة جديدة قبل
٣١ يناير، ويشرف على العمل [[PERSON:Stuart Bell]]، مدير الصيانة. وحتى ذلك الحين سنوزّع الماء
المعبّأ يومياً على الطوابق العليا، وستزور موظفة الإسكان [[PERSON:رنا خليل]] الحاج
[[PERSON:عبد الكريم]] والسيدة [[PERSON:نجاة]] كل صباح. للتواصل: [[PHONE:0114 496 0318]].
"""),
    ),
    (
        "fv2bw-ar-02",
        "ar",
        _s("""
شكوى مشتركة من لجنة [[ADDRESS:مسجد النور]] في كارديف إلى [[ORGANISATION:Taff Riverside
Housing]]

الموضوع: أوضاع عائلات من جماعة المسجد في مجمّع [[ADDRESS:Glan-yr-Afon Court]]،
[[POSTCODE:CF24 2LD]]

السادة المحترمون،

نكتب إليكم بصفتنا لجنة المسجد، بعد أن جاءتنا عدة عائلات [[OTHER_SPECIAL:يمنية]]
و[[OTHER_SPECIAL:صومالية]] من المصلّين تسكن في مجمّعكم، تشكو من الرطوبة والعفن وتسرّب المياه من
السقف منذ أكثر من سنة. وقد طلبت منا هذه العائلات أن نشتكي نيابةً عنها، ووافق كلٌّ منها على ذكر
اسمه:

| الاسم | الشقة | ملاحظات |
| [[PERSON:عبده قاسم الحميري]] | [[ADDRESS:شقة ٣]] | [[AGE:٧٤ سنة]]، [[HEALTH:ربو مزمن]] |
| [[PERSON:فاطمة]] و[[PERSON:محمد علي نور]] | [[ADDRESS:شقة ٨]] | ابنهما [[PERSON:إدريس]] ([[AGE:٩ سنوات]]) مصاب ب[[HEALTH:الشلل الدماغي]] |
| [[PERSON:أم صالح]] | [[ADDRESS:شقة ١٢]] | أرملة، تفضّل ذكر كنيتها فقط |
| [[PERSON:ع.ح.]] | [[ADDRESS:شقة ١٥]] | |
| [[PERSON:هدى بركات]] | [[ADDRESS:شقة ٢٠]] | [[HEALTH:حامل]]، الهاتف [[PHONE:07700 900 205]] |

عن اللجنة: الشيخ [[PERSON:عبد الله المقطري]] (الإمام)، [[PERSON:نبيل سعيد]] (الرئيس،
[[PHONE:029 2018 0447]])، [[PERSON:خديجة فارح]] (مسؤولة شؤون النساء)،
[[EMAIL:lajna@masjid-alnoor.example.org]]. أرقام البلاغات السابقة: [[REFERENCE:TRH-60231]]،
[[REFERENCE:TRH-60477]].

الرد: كتبت [[PERSON:Siân Morgan]]، مديرة خدمة العملاء في [[ORGANISATION:Taff Riverside
Housing]]، أنها ستحضر بنفسها إلى المسجد يوم الجمعة بعد الصلاة للقاء العائلات. وستصلح شركة
[[ORGANISATION:Cymru Roofing and Damp]] السقف وتعالج العفن في الشقق الخمس خلال ستة أسابيع، على أن
تُنقل عائلة [[PERSON:إدريس]] إلى شقة أرضية مهيّأة لكرسيه المتحرك. وشكرت السيدة
[[PERSON:Morgan]] الشيخ [[PERSON:عبد الله]] واللجنة على جمع الشكاوى في رسالة واحدة.
"""),
    ),
    (
        "fv2bw-ar-03",
        "ar",
        _s("""
إلى: [[ORGANISATION:Paddington Green Homes]]
من: أولياء أمور أطفال [[ADDRESS:Sunshine Corner Nursery]] في [[ADDRESS:Westbourne Community
Centre]]، [[POSTCODE:w25xe]]

نحن أولياء أمور أطفال الحضانة التي تستأجر الطابق الأرضي من المركز المجتمعي التابع لكم، ويسكن
بعضنا في الشقق التي فوقه. منذ الخريف تنتشر الرطوبة في غرفة نوم الرُّضّع، ويظهر العفن الأسود خلف
الخزائن. بلّغت مديرة الحضانة، السيدة [[PERSON:Claire Fenton]]، عن المشكلة ثلاث مرات (رقما الطلبين
[[REFERENCE:PGH-R-48812]] و[[REFERENCE:PGH-R-49030]])، ولم يأتِ أحد. ابنتنا [[PERSON:ورد]]
([[AGE:سنتان]]) دخلت المستشفى ب[[HEALTH:التهاب القصيبات]]، و[[PERSON:آدم]] ([[AGE:٤ سنوات]])
مصاب ب[[HEALTH:الربو]] وتضاعفت نوباته هذا الشتاء.

الموقّعون:
- [[PERSON:منى]] و[[PERSON:كريم العبيدي]]، والدا [[PERSON:ورد]]، [[ADDRESS:شقة ٦]] فوق المركز
- [[PERSON:Samira Benali]] / [[PERSON:سميرة بن علي]]، والدة [[PERSON:آدم]]، هاتف
[[PHONE:07700 900 958]]
- [[PERSON:أبو تيم]]، والد [[PERSON:تيم]] ([[AGE:١٨ شهراً]])
- [[PERSON:ر.ش.]]، [[ADDRESS:شقة ٢]]
- [[PERSON:ريم الصبّاغ]]، والدة [[PERSON:زين]] و[[PERSON:لين]]،
[[EMAIL:reem.sabbagh@example.org]]
- [[PERSON:Claire Fenton]]، المديرة، نيابةً عن العاملات

الرد (مترجم): كتب [[PERSON:Marcus Hale]]، مدير الإصلاحات: "نعتذر للأطفال والأهالي والعاملات.
سيزور خبير الرطوبة [[PERSON:Imran Shah]] الحضانة و[[ADDRESS:الشقتين ٢ و٦]] يوم الثلاثاء، وستعالج
شركة [[ORGANISATION:Clearair Damp Ltd]] الجدران وتركّب تهوية ميكانيكية خلال عطلة منتصف الفصل، فلا
يكون أي طفل في المبنى أثناء العمل. يمكنكم الاتصال بي مباشرة على [[PHONE:020 7946 0155]]." وبعد
العطلة كتبت والدة [[PERSON:ورد]] أن غرفة النوم صارت جافة لأول مرة منذ سنة.
"""),
    ),
    (
        "fv2bw-ar-04",
        "ar",
        _s("""
رسالة مفتوحة إلى السيد [[PERSON:Andrew Pike]]، الرئيس التنفيذي لـ[[ORGANISATION:Heartlands
Living]]

حضرة السيد [[PERSON:Pike]]،

نحن مستأجرو المنازل في [[ADDRESS:Saltley Gardens]]، [[POSTCODE:B8 1TW]]، نكتب إليكم لأن شكاوانا
تضيع بين موظفيكم منذ سنة. النوافذ الخشبية متعفّنة ولا تُغلق، وفي الشتاء نلصق البطانيات عليها.
قال لنا مسؤول الأصول [[PERSON:Neil Cartwright]] في الربيع إن النوافذ ضمن برنامج الاستبدال لهذا
العام، ثم قالت لنا [[PERSON:Tracy Gould]] من خدمة العملاء إنه لا يوجد برنامج أصلاً. أما مسؤول الحي
[[PERSON:Kevin]] فأغلق شكوانا الجماعية رقم [[REFERENCE:HL-CMP-30982]] دون أي زيارة. الوحيدة
التي ساعدتنا كانت [[PERSON:Aisha Mohamed]] من فريق دعم المستأجرين، وقد نُقلت الآن إلى قسم آخر.

نطلب جدولاً مكتوباً لاستبدال النوافذ، ولقاءً معكم، وموظفاً واحداً مسؤولاً عن ملفنا.

الموقّعون: [[PERSON:عثمان]] و[[PERSON:إخلاص عبد الرحيم]] ([[ADDRESS:رقم ٤]])، [[PERSON:الطيب
حامد]] ([[ADDRESS:رقم ٧]]، [[AGE:٨٢ عاماً]])، [[PERSON:ن.أ.]] ([[ADDRESS:رقم ١٠]])،
[[PERSON:سارة]] ([[ADDRESS:رقم ١٣]]) عن ابنها [[PERSON:مازن]]، [[AGE:١٢ سنة]]، المصاب ب[[HEALTH:فقر
الدم المنجلي]]، [[PERSON:Mohamed Idris]] ("[[PERSON:Hamoudi]]") ([[ADDRESS:رقم ١٦]])،
[[PERSON:صفاء]] ([[ADDRESS:رقم ١٩]]). للتواصل: [[PERSON:إخلاص عبد الرحيم]]، [[PHONE:0121 496
0874]]، [[EMAIL:saltley.residents@example.org]].

الرد: ردّ السيد [[PERSON:Pike]] بعد أسبوعين، واعتذر عن المعلومات المتضاربة، وعيّن [[PERSON:Helen
Osei]]، مديرة الاستثمار في المساكن، مسؤولةً عن المشروع. ستستبدل شركة [[ORGANISATION:Midland
Windows Ltd]] النوافذ في المنازل العشرين قبل نوفمبر، بدءاً ب[[ADDRESS:المنزل رقم ١٣]] ومنزل السيد
[[PERSON:الطيب]]، لأن [[PERSON:مازن]] يمرض مع كل موجة برد. كما أعاد [[PERSON:Aisha Mohamed]]
للتواصل مع السكان حتى انتهاء الأعمال.
"""),
    ),
    (
        "fv2bw-ar-05",
        "ar",
        _s("""
ردّ [[ORGANISATION:Mersey Gate Housing]] على عريضة سكان [[ADDRESS:Marlowe Estate]] (ترجمة:
[[PERSON:دينا عيسى]])

مرجعنا: [[REFERENCE:MGH-PT-1193]]
إلى: السيدة [[PERSON:Noura Al-Tamimi]] / [[PERSON:نورة التميمي]]، [[ADDRESS:14 Marlowe Close]]،
[[POSTCODE:L7 2PN]]

عزيزتي السيدة [[PERSON:التميمي]]،

شكراً على العريضة التي وقّعها ٤٧ بيتاً. لقد وصفتم إنارة معطّلة في موقف السيارات وممرات المشاة
منذ أكتوبر، وكاميرات مراقبة لا تعمل، وتحرّشاً تعرّضت له نساء وفتيات في طريق عودتهن مساءً. نحن
آسفون، وكان علينا أن نتحرّك قبل ذلك بكثير. هذه أسماء الموقّعين الأوائل كما وصلتنا:

[[PERSON:نورة التميمي]]، [[ADDRESS:رقم 14]]، منظِّمة العريضة
[[PERSON:بشرى]] و[[PERSON:وليد حداد]]، [[ADDRESS:رقم 3]]، مع ابنتهما [[PERSON:تالا]] ([[AGE:١٦
سنة]])
[[PERSON:Abdelkader Mansouri]] / [[PERSON:عبد القادر منصوري]]، [[ADDRESS:رقم 22]]، [[AGE:٧٠
عاماً]]
[[PERSON:ف.ز.]]، [[ADDRESS:رقم 9]]
[[PERSON:Colette Byrne]]، [[ADDRESS:رقم 17]]، هاتف [[PHONE:07700 900 583]]
[[PERSON:هادي]]، [[ADDRESS:رقم 30]]، يستخدم كرسياً متحركاً بسبب [[HEALTH:التصلّب المتعدد]]

ما سنفعله: يتولّى [[PERSON:Paul Devlin]]، رئيس فريق أمن الأحياء، المسؤولية الشخصية عن العمل.
ستُصلح شركة [[ORGANISATION:Northlight Electrical]] جميع أعمدة الإنارة خلال أسبوعين وتضيف أعمدة
جديدة عند الممر المؤدي إلى منحدر [[PERSON:هادي]]، ثم تركّب شركة [[ORGANISATION:Vigil Security
Systems]] كاميرات جديدة قبل نهاية الشهر، وسينسّق [[PERSON:Paul]] مع الشرطة. موظفة الحي
[[PERSON:Yasmin Farouk]] تتحدث العربية وستزور كل من وقّع؛ هاتفها [[PHONE:0151 496 0712]] وبريدها
[[EMAIL:y.farouk@merseygate.example.org]].

مع التحية،
[[PERSON:Paul Devlin]]
"""),
    ),
    (
        "fv2bw-ur-01",
        "ur",
        _s("""
[[ADDRESS:ایلم ٹری ہاؤس]] ([[ADDRESS:Elm Tree House]]) کے رہائشیوں کی پٹیشن، بنام
[[ORGANISATION:Ardwick Vale Housing]]

ہم نیچے دستخط کرنے والے رہائشی مطالبہ کرتے ہیں کہ عمارت کی دونوں لفٹیں فوراً ٹھیک کی جائیں۔ ۱۸
نومبر سے ایک لفٹ بند ہے اور دوسری ہفتے میں تین چار دن خراب رہتی ہے۔ دسویں منزل پر رہنے والی اماں
جی [[PERSON:رضیہ]]، جنہیں [[HEALTH:گٹھیا]] ہے، تین ہفتوں سے گھر سے نہیں نکلیں۔ ماؤں کو بچوں اور
پرام سمیت سیڑھیاں چڑھنی پڑتی ہیں۔ ہم نے ۲۲ بار شکایت کی؛ مرمت نمبر [[REFERENCE:AVH-771530]] اور
[[REFERENCE:AVH-772118]] ہیں، اور باقاعدہ شکایت [[REFERENCE:AVH-CS-4410]] کا ابھی تک کوئی جواب نہیں
آیا۔

دستخط:
۱۔ [[PERSON:شازیہ پروین]]، [[ADDRESS:فلیٹ ۱۰۴]]، اپنی والدہ [[PERSON:رضیہ بیگم]] ([[AGE:۸۱ سال]])
کی طرف سے
۲۔ [[PERSON:محمد آصف]]، [[ADDRESS:فلیٹ ۸۷]]
۳۔ [[PERSON:ع۔ر۔]]، [[ADDRESS:فلیٹ ۹۵]]
۴۔ [[PERSON:مسکان]] اور [[PERSON:عمران ملک]]، [[ADDRESS:فلیٹ ۹۲]]، بیٹی [[PERSON:انابیہ]] ([[AGE:۱۴
ماہ]]) کے ساتھ
۵۔ [[PERSON:بلال حسین]] ("[[PERSON:بلّو]]")، [[ADDRESS:فلیٹ ۷۸]]، فون [[PHONE:07700 900 441]]
۶۔ [[PERSON:Sarah Connolly]]، [[ADDRESS:فلیٹ ۱۱۰]]، [[EMAIL:sarah.c@example.org]]
۷۔ [[PERSON:اکرم جاوید]]، [[ADDRESS:فلیٹ ۹۹]]، [[AGE:۷۶ سال]]، [[HEALTH:دل کے مریض]]

جواب ([[ORGANISATION:Ardwick Vale Housing]]، ترجمہ)، ۲ دسمبر: محترمہ [[PERSON:شازیہ]]، آپ کا اور
تمام دستخط کنندگان کا شکریہ، ہم معذرت خواہ ہیں۔ کمپنی [[ORGANISATION:Northern Lift Engineering]]
۲۰ دسمبر تک دونوں لفٹوں کے کنٹرول پینل بدل دے گی۔ اس کام کے ذمہ دار [[PERSON:Mark Hewitt]] ہیں، جو
عمارتوں کے تحفظ کے سربراہ ہیں۔ تب تک ایک سیڑھی چڑھنے والی کرسی اور دو تربیت یافتہ اہلکار عمارت میں
رہیں گے، اور ہاؤسنگ افسر [[PERSON:نصرت علی]] روزانہ اماں جی [[PERSON:رضیہ]] اور [[PERSON:اکرم]]
صاحب کی خیریت معلوم کریں گی۔ رابطہ: [[PHONE:0161 496 0529]]۔
"""),
    ),
    (
        "fv2bw-ur-02",
        "ur",
        _s("""
[[ADDRESS:جامع مسجد غوثیہ]] کی انتظامی کمیٹی کی مشترکہ شکایت، بنام [[ORGANISATION:Brumside
Homes]]

جنابِ عالی،

ہماری مسجد کے کئی نمازی خاندان آپ کے مکانات [[ADDRESS:واش وڈ ٹیرس]] ([[ADDRESS:Washwood
Terrace]])، [[POSTCODE:B8 2QA]] میں رہتے ہیں۔ اکتوبر میں گیس سیفٹی چیک کے بعد آپ کے ٹھیکیدار نے چھ
گھروں کے بوائلر بند کر دیے اور کہا کہ نئے بوائلر "جلد" لگیں گے۔ سات ہفتے گزر گئے ہیں۔ ان گھروں میں
زیادہ تر [[OTHER_SPECIAL:کشمیری]] بزرگ رہتے ہیں جو انگریزی نہیں بولتے، اور کئی لوگ صرف گرم رہنے کے
لیے مسجد آتے ہیں۔ متاثرہ خاندانوں نے ہمیں اپنی طرف سے شکایت کرنے اور نام لکھنے کی اجازت دی ہے:

| نام | مکان | عمر | کیفیت |
| حاجی [[PERSON:غلام رسول]] | [[ADDRESS:نمبر ۳]] | [[AGE:۸۷]] | [[HEALTH:ذیابیطس]] |
| [[PERSON:نسیم اختر]] | [[ADDRESS:نمبر ۵]] | [[AGE:۷۹]] | اکیلی رہتی ہیں |
| [[PERSON:طاہر]] اور [[PERSON:روبینہ محمود]] | [[ADDRESS:نمبر ۸]] | | جڑواں بچے، [[AGE:۶ ماہ]] |
| [[PERSON:ف۔ب۔]] | [[ADDRESS:نمبر ۱۱]] | | صرف ابتدائی حروف |
| [[PERSON:زبیر احمد]] ("[[PERSON:جمی]]") | [[ADDRESS:نمبر ۱۴]] | | والدہ [[PERSON:سکینہ]] کی طرف سے، [[HEALTH:فالج]] |

کمیٹی کی جانب سے: [[PERSON:محمد شفیق]] (صدر، [[PHONE:0121 496 0362]])، مولانا
[[PERSON:عبدالرحمٰن]] (امام)، [[PERSON:عظمیٰ نواز]] (خواتین ونگ)،
[[EMAIL:committee@ghausia-bham.example.org]]۔ سابقہ شکایات: [[REFERENCE:BH-GAS-00931]]،
[[REFERENCE:BH-GAS-00957]]۔

جواب: [[ORGANISATION:Brumside Homes]] کی ڈائریکٹر برائے پراپرٹی، [[PERSON:Joanne Whitaker]]، نے
معافی مانگی اور لکھا کہ [[ORGANISATION:Heatwise Midlands]] دس دن کے اندر چھ نئے بوائلر لگائے گی،
سب سے پہلے حاجی [[PERSON:غلام رسول]] اور [[PERSON:نسیم]] صاحبہ کے گھروں میں۔ تب تک ہر گھر کو دو
الیکٹرک ہیٹر اور بجلی کے اضافی بل کی رقم ملے گی۔ افسر [[PERSON:Sajid Hussain]] ہر ہفتے کمیٹی سے
رابطہ رکھیں گے اور جمعے کو مسجد میں بزرگوں سے خود ملیں گے۔
"""),
    ),
    (
        "fv2bw-ur-03",
        "ur",
        _s("""
بخدمت [[ORGANISATION:Sneinton Homes]]
منجانب: [[ADDRESS:لٹل اسٹارز نرسری]] ([[ADDRESS:Little Stars Nursery]])، [[ADDRESS:روکری ہاؤس]]،
[[POSTCODE:NG2 4LU]] کے بچوں کے والدین

ہم ان بچوں کے والدین ہیں جو آپ کی عمارت [[ADDRESS:روکری ہاؤس]] کی نچلی منزل پر واقع نرسری میں جاتے
ہیں۔ ہم میں سے کئی اسی عمارت کے فلیٹوں میں رہتے ہیں۔ ستمبر سے بچوں کے سونے والے کمرے کی دیواریں
گیلی ہیں اور کونوں میں کالی پھپھوندی ہے۔ نرسری کی منیجر، مسز [[PERSON:Angela Price]]، نے تین بار
مرمت کی درخواست دی ([[REFERENCE:SH-RP-20817]]، [[REFERENCE:SH-RP-21044]]،
[[REFERENCE:SH-RP-21190]])، مگر صرف ایک پینٹر آیا جس نے پھپھوندی پر رنگ کر دیا۔ ہماری بیٹی
[[PERSON:نور]] ([[AGE:۳ سال]]) کو [[HEALTH:دمہ]] ہے اور اس مہینے اسے دو بار ہسپتال لے جانا پڑا۔
[[PERSON:ہادی]] ([[AGE:۲ سال]]) کو [[HEALTH:ایگزیما]] ہے جو ہر ہفتے بگڑ جاتا ہے۔

دستخط کنندگان:
[[PERSON:ثناء]] اور [[PERSON:فیصل رشید]]، [[PERSON:نور]] کے والدین، [[ADDRESS:فلیٹ ۱۲]]
[[PERSON:مریم اقبال]]، [[PERSON:ہادی]] کی امی، فون [[PHONE:07700 900 317]]
[[PERSON:Kelly Adams]]، [[PERSON:Mason]] کی ماں، [[ADDRESS:فلیٹ ۴]]
[[PERSON:ا۔ش۔]]، [[ADDRESS:فلیٹ ۷]]
[[PERSON:عدنان]]، [[PERSON:علیزے]] ([[AGE:۴ سال]]) اور [[PERSON:ایان]] کے ابو،
[[EMAIL:adnan.q@example.com]]
مسز [[PERSON:Angela Price]]، عملے کی طرف سے

جواب: [[ORGANISATION:Sneinton Homes]] کے مرمتی مینیجر [[PERSON:Graham Cole]] نے والدین سے معذرت
کی۔ ان کے مطابق نمی کے ماہر [[PERSON:Farhan Aziz]] بدھ کو نرسری اور [[ADDRESS:فلیٹ ۴، ۷ اور ۱۲]]
کا معائنہ کریں گے، اور کمپنی [[ORGANISATION:DryWall Remedial Ltd]] ہاف ٹرم کی چھٹیوں میں دیواروں کا
علاج کرے گی اور وینٹیلیشن لگائے گی تاکہ کام کے دوران کوئی بچہ عمارت میں نہ ہو۔ والدین ان سے براہِ
راست [[PHONE:0115 496 0648]] پر رابطہ کر سکتے ہیں۔
"""),
    ),
    (
        "fv2bw-ur-04",
        "ur",
        _s("""
کھلا خط، بنام محترمہ [[PERSON:Sandra Okoye]]، چیف ایگزیکٹو، [[ORGANISATION:Eastway Housing
Group]]

محترمہ [[PERSON:Okoye]]،

ہم [[ADDRESS:گرین لیف کورٹ]] ([[ADDRESS:Greenleaf Court]])، [[POSTCODE:E7 9HX]] کے رہائشی ہیں۔
پچھلے دو سال سے ہم سے صفائی، باغبانی اور راہداری کی بتیوں کے لیے سروس چارج لیا جا رہا ہے، حالانکہ
سیڑھیاں مہینوں صاف نہیں ہوتیں اور آدھی بتیاں بجھی رہتی ہیں۔ آپ کے افسر [[PERSON:Darren Holt]] نے
کہا کہ یہ "ٹھیکیدار کا مسئلہ" ہے۔ [[PERSON:Michelle Tan]] نے ہماری پہلی شکایت
[[REFERENCE:EHG-SC-5521]] بغیر جانچ کے بند کر دی۔ لیس ہولڈ ٹیم کی [[PERSON:Rebecca]] نے تین
ای میلوں کا جواب نہیں دیا۔ ہاؤسنگ محتسب کے ہاں ہمارا کیس نمبر [[REFERENCE:HO-202418876]] ہے۔

ہمارا مطالبہ ہے کہ زائد چارجز واپس کیے جائیں، ٹھیکیدار کی کارکردگی کا جائزہ لیا جائے اور آپ خود ہم
سے ملیں۔

دستخط: [[PERSON:پرویز قریشی]] (چیئرمین، [[ADDRESS:فلیٹ 2]])، [[PERSON:ناہید]] ([[ADDRESS:فلیٹ
5]])، [[PERSON:James O'Brien]] ([[ADDRESS:فلیٹ 9]])، [[PERSON:ش۔ب۔]] ([[ADDRESS:فلیٹ 11]])،
[[PERSON:امجد]] اور [[PERSON:فرزانہ حسین]] ([[ADDRESS:فلیٹ 14]])، [[PERSON:گڈو]] ([[ADDRESS:فلیٹ
16]])، اور بابا [[PERSON:کرم دین]] ([[ADDRESS:فلیٹ 1]]، [[AGE:۹۰ سال]]) جن کی طرف سے ان کے پوتے
[[PERSON:دانیال]] نے دستخط کیے۔ رابطہ: [[PHONE:020 7946 0938]]،
[[EMAIL:greenleaf.residents@example.org]]۔

جواب: محترمہ [[PERSON:Okoye]] نے ایک ہفتے میں جواب دیا اور تسلیم کیا کہ چارجز ان خدمات کے لیے لیے
گئے جو فراہم ہی نہیں ہوئیں۔ انہوں نے ڈائریکٹر آف ہوم اونرشپ [[PERSON:Priya Desai]] کو ذمہ داری
سونپی۔ ہر گھر کو دو سال کے چارجز کا چالیس فیصد واپس ملے گا، صفائی کا نیا ٹھیکہ
[[ORGANISATION:BrightStair Cleaning]] کو دیا گیا ہے، اور [[PERSON:Darren]] اور [[PERSON:Michelle]]
شکایات کے طریقۂ کار کی تربیت لیں گے۔ [[PERSON:Priya]] ہر مہینے [[PERSON:پرویز]] صاحب کو رپورٹ
بھیجیں گی۔
"""),
    ),
    (
        "fv2bw-ur-05",
        "ur",
        _s("""
[[ORGANISATION:Chiltern Gate Homes]] کا جواب، [[ADDRESS:ہائی فیلڈ ہاؤس]] کے رہائشیوں کی پٹیشن پر
(اردو ترجمہ: [[PERSON:صائمہ نذیر]])

ہمارا حوالہ: [[REFERENCE:CGH/PET/0612]]
بنام: جناب [[PERSON:Tanveer Ahmed]] / [[PERSON:تنویر احمد]]، [[ADDRESS:فلیٹ ۳۱]]،
[[ADDRESS:Highfield House]]، [[POSTCODE:lu1 3hq]]

جناب [[PERSON:تنویر]] صاحب،

آپ کی پٹیشن کا شکریہ، جس پر ۵۲ گھرانوں نے دستخط کیے۔ آپ نے بتایا کہ چھت پر رکھی پانی کی ٹنکیوں سے
بار بار رساؤ ہو رہا ہے اور پچھلے مہینے [[ADDRESS:فلیٹ ۳۴]] کی چھت کا ایک حصہ اس وقت گر گیا جب گھر
میں ایک بچہ سو رہا تھا۔ ہم دل سے معذرت خواہ ہیں۔ پہلے دستخط کنندگان کی فہرست، جیسی ہمیں ملی:

۱۔ [[PERSON:تنویر احمد]]، [[ADDRESS:فلیٹ ۳۱]]، پٹیشن کے منتظم
۲۔ [[PERSON:کوثر]] اور [[PERSON:ندیم اسلم]]، [[ADDRESS:فلیٹ ۳۴]]، بیٹا [[PERSON:عرفان]] ([[AGE:۵
سال]])
۳۔ [[PERSON:Dorothy Keane]]، [[ADDRESS:فلیٹ ۳۲]]، [[AGE:۸۸ سال]]، [[HEALTH:نابینا]]
۴۔ [[PERSON:م۔ع۔]]، [[ADDRESS:فلیٹ ۳۵]]
۵۔ [[PERSON:صدف]]، [[ADDRESS:فلیٹ ۳۰]]، فون [[PHONE:07700 900 862]]
۶۔ [[PERSON:شاہد رفیق]] ("[[PERSON:شادو]]")، [[ADDRESS:فلیٹ ۳۳]]، [[HEALTH:مرگی]] کے مریض

ہم کیا کریں گے: عمارتوں کے سربراہ [[PERSON:Ian Brooks]] اس کام کے ذاتی طور پر ذمہ دار ہیں۔ کمپنی
[[ORGANISATION:Vale Plumbing and Roofing]] چھ ہفتوں میں تمام ٹنکیاں اور پائپ بدل دے گی؛ کام کا نمبر
[[REFERENCE:JOB-880417]] ہے۔ [[PERSON:کوثر]] صاحبہ کے خاندان کو مرمت مکمل ہونے تک عارضی گھر دیا
جائے گا، اور [[PERSON:Dorothy]] کے فلیٹ کی چھت کا معائنہ اسی ہفتے ہوگا۔ ہاؤسنگ افسر
[[PERSON:Rukhsana Begum]] ہر ہفتے عمارت میں آئیں گی؛ فون [[PHONE:01632 960 275]]، ای میل
[[EMAIL:r.begum@chilterngate.example.org]]۔

نیک تمناؤں کے ساتھ،
[[PERSON:Ian Brooks]]
"""),
    ),
    (
        "fv2bw-bn-01",
        "bn",
        _s("""
[[ADDRESS:বসওয়ার্থ হাউস]] ([[ADDRESS:Bosworth House]])-এর বাসিন্দাদের আবেদনপত্র
প্রতি: [[ORGANISATION:Spitalfields Community Homes]]
আবেদন নম্বর: [[REFERENCE:SCH-PT-2208]]

আমরা নিচে স্বাক্ষরকারী বাসিন্দারা জানাচ্ছি যে গত ৪ মার্চ [[ADDRESS:ফ্ল্যাট ১৪]]-এর রান্নাঘরে আগুন
লাগার পর দেখা গেল সিঁড়ির একটি দরজাও আগুন-প্রতিরোধী নয় এবং করিডোরের ফায়ার অ্যালার্ম বাজেনি।
ভাগ্য ভালো যে কেউ আহত হননি। আমরা এর আগে ১১ বার অভিযোগ করেছি (রিপেয়ার নম্বর
[[REFERENCE:SCH-R-90411]] ও [[REFERENCE:SCH-R-90876]])। ভবনে অনেক বয়স্ক মানুষ আর ছোট বাচ্চা থাকে।
আমাদের দাবি: সব ফায়ার ডোর বদলানো হোক, অ্যালার্ম ঠিক করা হোক এবং প্রতি মাসে পরীক্ষা করা হোক।

স্বাক্ষর:
১. [[PERSON:রহিমা খাতুন]], [[ADDRESS:ফ্ল্যাট ১৪]], [[AGE:৬৮ বছর]]; তাঁর পক্ষে ছেলে [[PERSON:জাহিদ]] সই
করেছেন
২. [[PERSON:আব্দুল মালিক]], [[ADDRESS:ফ্ল্যাট ৯]]
৩. [[PERSON:ম.হ.]], [[ADDRESS:ফ্ল্যাট ২১]]
৪. [[PERSON:শাপলা]] ও [[PERSON:তানভীর আহমেদ]], [[ADDRESS:ফ্ল্যাট ১৮]], মেয়ে [[PERSON:মুক্তা]]
([[AGE:৩ বছর]])
৫. [[PERSON:Jamal Uddin]] / [[PERSON:জামাল উদ্দিন]], [[ADDRESS:ফ্ল্যাট ২৭]], ফোন [[PHONE:07700
900 734]]
৬. [[PERSON:Maureen Flaherty]], [[ADDRESS:ফ্ল্যাট ৩]], [[AGE:৮৪ বছর]], [[HEALTH:পারকিনসন্স]] রোগী
৭. "[[PERSON:বাবলু]]" ([[PERSON:মোহাম্মদ শফিকুর রহমান]]), [[ADDRESS:ফ্ল্যাট ৩০]],
[[EMAIL:shafiq.rahman@example.com]]

উত্তর ([[ORGANISATION:Spitalfields Community Homes]], অনুবাদ), ১৫ মার্চ: প্রিয় [[PERSON:জাহিদ]]
সাহেব ও সকল স্বাক্ষরকারী, আমরা আন্তরিকভাবে দুঃখিত। ফায়ার সেফটি প্রধান [[PERSON:Rachel Owusu]]
ব্যক্তিগতভাবে এই কাজের দায়িত্বে আছেন। [[ORGANISATION:Guardian Fire Doors Ltd]] ৩০ এপ্রিলের মধ্যে
সব দরজা বদলাবে, আর এই সপ্তাহেই অ্যালার্ম মেরামত হবে। হাউজিং অফিসার [[PERSON:নাসরিন বেগম]]
[[PERSON:রহিমা]] খালা ও [[PERSON:Maureen]]-এর জন্য আলাদা জরুরি উদ্ধার পরিকল্পনা তৈরি করবেন।
যোগাযোগ: [[PHONE:020 7946 0247]]।
"""),
    ),
    (
        "fv2bw-bn-02",
        "bn",
        _s("""
[[ADDRESS:বায়তুল আমান জামে মসজিদ]] কমিটির যৌথ অভিযোগ
প্রতি: [[ORGANISATION:Oldham Moorside Housing]]

জনাব,

আমাদের মসজিদে নিয়মিত আসা কয়েকটি [[OTHER_SPECIAL:বাঙালি]] পরিবার আপনাদের বাড়িতে থাকেন,
[[ADDRESS:ওয়ার্নেথ রো]] ([[ADDRESS:Werneth Row]]), [[POSTCODE:OL8 1QS]]। তাঁরা দুই বছর ধরে ছাদ
চুঁইয়ে পানি পড়া, দেয়ালে কালো ছত্রাক আর ভাঙা জানালার কথা জানিয়ে আসছেন, কিন্তু কেউ আসে না।
অনেকে ইংরেজি ভালো বলতে পারেন না, তাই ফোনে অভিযোগ করতে পারেন না। তাঁরা আমাদের তাঁদের পক্ষে
লিখতে অনুরোধ করেছেন এবং নাম প্রকাশে রাজি হয়েছেন:

| নাম | বাড়ি | মন্তব্য |
| জনাব [[PERSON:আব্দুস সোবহান]] | [[ADDRESS:নং ৭]] | [[AGE:৭৯ বছর]], [[HEALTH:কিডনি রোগ]] |
| [[PERSON:ফাতেমা]] ও [[PERSON:নূর আলম]] | [[ADDRESS:নং ১১]] | ছেলে [[PERSON:আরিয়ান]] ([[AGE:৭ বছর]]), [[HEALTH:অটিজম]] |
| [[PERSON:আলো বেগম]] | [[ADDRESS:নং ১৫]] | বিধবা, একা থাকেন |
| [[PERSON:স.আ.]] | [[ADDRESS:নং ১৯]] | শুধু আদ্যক্ষর |
| [[PERSON:মিঠু]] ([[PERSON:মাহবুবুর রহমান]]) | [[ADDRESS:নং ২৩]] | মা [[PERSON:জোবেদা]]-র পক্ষে |

কমিটির পক্ষে: [[PERSON:হাফিজুর রহমান চৌধুরী]] (সভাপতি), ইমাম মাওলানা [[PERSON:আবুল কালাম]],
[[PERSON:রোকসানা পারভীন]] (মহিলা শাখা), ফোন [[PHONE:0161 496 0813]],
[[EMAIL:committee@baitulaman-oldham.example.org]]। আগের অভিযোগ নম্বর: [[REFERENCE:OMH-33190]],
[[REFERENCE:OMH-33452]]।

উত্তর: [[ORGANISATION:Oldham Moorside Housing]]-এর কাস্টমার সার্ভিস প্রধান [[PERSON:Louise
Grant]] ক্ষমা চেয়ে লিখেছেন যে [[ORGANISATION:Pennine Roofline]] ছয় সপ্তাহের মধ্যে পাঁচটি বাড়ির
ছাদ ও জানালা ঠিক করবে। বাংলাভাষী অফিসার [[PERSON:শাহানা আক্তার]] শুক্রবার মসজিদে গিয়ে
পরিবারগুলোর সাথে দেখা করবেন, এবং এখন থেকে দোভাষীর মাধ্যমে ফোনে অভিযোগ নেওয়া হবে।
[[PERSON:আরিয়ান]]-এর ঘরের কাজ হবে স্কুলের সময়ে, যাতে সে ভয় না পায়।
"""),
    ),
    (
        "fv2bw-bn-03",
        "bn",
        _s("""
প্রতি: [[ORGANISATION:Coventry Road Housing Co-operative]]
বিষয়: [[ADDRESS:Rainbow Tots Nursery]]-র ভবনে স্যাঁতসেঁতে ভাব ও ছত্রাক

আমরা [[ADDRESS:রেইনবো টটস নার্সারি]]-তে যাওয়া শিশুদের বাবা-মা। নার্সারিটি আপনাদের
[[ADDRESS:Oakwood Community Centre]]-এর নিচতলায়, [[POSTCODE:B10 0HJ]]; আমাদের কয়েকজন ওপরের
ফ্ল্যাটেই থাকি। অক্টোবর থেকে ছোটদের ঘুমের ঘরের দেয়াল ভেজা, জানালার পাশে কালো ছত্রাক। নার্সারির
ম্যানেজার [[PERSON:Sharon Hughes]] তিনবার রিপোর্ট করেছেন ([[REFERENCE:CRH-5518]],
[[REFERENCE:CRH-5590]], [[REFERENCE:CRH-5647]]), কিন্তু শুধু একজন এসে ছবি তুলে চলে গেছেন।
আমাদের মেয়ে [[PERSON:বৃষ্টি]] ([[AGE:২ বছর]]) [[HEALTH:ব্রঙ্কিওলাইটিস]] নিয়ে হাসপাতালে ছিল, আর
[[PERSON:আয়ান]] ([[AGE:৪ বছর]])-এর [[HEALTH:হাঁপানি]] অনেক বেড়ে গেছে।

স্বাক্ষরকারী অভিভাবক:
- [[PERSON:সুমাইয়া]] ও [[PERSON:রাকিব হাসান]], [[PERSON:বৃষ্টি]]-র বাবা-মা, [[ADDRESS:ফ্ল্যাট ৫]]
- [[PERSON:নাজমা চৌধুরী]], [[PERSON:আয়ান]]-এর মা, ফোন [[PHONE:07700 900 519]]
- [[PERSON:Leanne Walsh]], [[PERSON:Harley]]-র মা, [[ADDRESS:ফ্ল্যাট ২]]
- [[PERSON:র.ক.]], [[ADDRESS:ফ্ল্যাট ৮]]
- [[PERSON:ইমরান]], [[PERSON:সারা]] ও [[PERSON:টুনি]] ([[AGE:৩ বছর]])-র বাবা,
[[EMAIL:imran.k@example.org]]
- [[PERSON:Sharon Hughes]], কর্মীদের পক্ষে

উত্তর: কো-অপারেটিভের রিপেয়ার ম্যানেজার [[PERSON:Daniel Fox]] লিখেছেন যে তাঁরা দুঃখিত এবং
শিশুদের এমন ঘরে থাকতে দেওয়া ঠিক হয়নি। ড্যাম্প বিশেষজ্ঞ [[PERSON:Kamal Hossain]] সোমবার নার্সারি
আর [[ADDRESS:ফ্ল্যাট ২, ৫ ও ৮]] দেখবেন, আর [[ORGANISATION:Midlands Damp Care]] হাফ-টার্মের ছুটিতে
দেয়াল শুকিয়ে নতুন ভেন্টিলেশন বসাবে, যাতে কাজের সময় কোনো শিশু ভবনে না থাকে। সরাসরি যোগাযোগ:
[[PHONE:0121 496 0936]]।
"""),
    ),
    (
        "fv2bw-bn-04",
        "bn",
        _s("""
খোলা চিঠি
প্রতি: জনাব [[PERSON:Jonathan Reeves]], প্রধান নির্বাহী, [[ORGANISATION:Poplar Riverside
Homes]]

জনাব [[PERSON:Reeves]],

আমরা [[ADDRESS:লাইমহাউস ফিল্ডস]] ([[ADDRESS:Limehouse Fields]]) এস্টেটের বাসিন্দা,
[[POSTCODE:E14 7LB]]। গত শীতে সেন্ট্রাল হিটিং সাতবার বন্ধ হয়েছে, প্রতিবার দুই-তিন দিন গরম পানি
ছিল না। আপনার অফিসার [[PERSON:Tony Briggs]] বলেছিলেন নতুন বয়লার "পাইপলাইনে আছে"। কাস্টমার
সার্ভিসের [[PERSON:Debbie]] আমাদের যৌথ অভিযোগ [[REFERENCE:PRH-CX-41177]] একবার খুলে আবার বন্ধ
করে দেন। স্টেজ ২-এর উত্তর দেন [[PERSON:R. Patel]], যিনি আমাদের সাথে কথাই বলেননি। এখন বিষয়টি
হাউজিং অম্বুডসম্যানের কাছে, কেস নম্বর [[REFERENCE:HO-202407731]]।

আমাদের দাবি: নতুন বয়লার বসানোর লিখিত তারিখ, ক্ষতিপূরণ, এবং আপনার সাথে একটি সভা।

স্বাক্ষর করেছেন: [[PERSON:আনোয়ার হোসেন]] (সভাপতি, [[ADDRESS:২২ নম্বর]]), [[PERSON:কুলসুম নেসা]]
([[ADDRESS:১৪ নম্বর]], [[AGE:৮৬ বছর]]), [[PERSON:Patrick Doyle]] ([[ADDRESS:৩১ নম্বর]]),
[[PERSON:শ.ই.]] ([[ADDRESS:৯ নম্বর]]), [[PERSON:মুন্নি]] ও [[PERSON:সাইফুল ইসলাম]] ([[ADDRESS:৪০
নম্বর]]), যাঁদের ছেলে [[PERSON:রাইয়ান]] ([[AGE:১১ বছর]])-এর [[HEALTH:সিকল সেল]] রোগ আছে এবং ঠান্ডায়
অসুস্থ হয়ে পড়ে, এবং [[PERSON:বুলবুল]] ([[ADDRESS:২৭ নম্বর]])। যোগাযোগ: [[PHONE:020 7946 0702]],
[[EMAIL:limehousefields.tra@example.org]]।

উত্তর: জনাব [[PERSON:Reeves]] তিন সপ্তাহ পরে উত্তর দেন। তিনি পরস্পরবিরোধী কথার জন্য ক্ষমা চান
এবং প্রপার্টি ডিরেক্টর [[PERSON:Fiona McLeod]]-কে দায়িত্ব দেন। [[ORGANISATION:Thames Energy
Services]] গ্রীষ্মে নতুন বয়লার বসাবে; প্রতিটি পরিবার ক্ষতিপূরণ পাবে, আর কাজ শেষ না হওয়া পর্যন্ত
[[PERSON:রাইয়ান]]-দের বাড়িতে ও [[PERSON:কুলসুম]] নানির ঘরে বৈদ্যুতিক হিটার দেওয়া হয়েছে।
[[PERSON:Fiona]] প্রতি মাসে [[PERSON:আনোয়ার]] ভাইকে অগ্রগতি জানাবেন।
"""),
    ),
    (
        "fv2bw-bn-05",
        "bn",
        _s("""
[[ORGANISATION:Bow Common Housing Trust]]-এর উত্তর, [[ADDRESS:মাইল এন্ড টাওয়ার]]-এর বাসিন্দাদের
আবেদনের প্রেক্ষিতে (বাংলা অনুবাদ: [[PERSON:তাহমিনা খান]])

আমাদের রেফারেন্স: [[REFERENCE:BCHT/PT/0339]]
প্রতি: [[PERSON:Parveen Sultana]] / [[PERSON:পারভীন সুলতানা]], [[ADDRESS:ফ্ল্যাট ৬১]],
[[ADDRESS:Mile End Tower]], [[POSTCODE:e34pq]]

প্রিয় [[PERSON:পারভীন]] আপা,

আপনার আবেদনে ৬৮টি পরিবার সই করেছেন। আপনারা জানিয়েছেন যে ভেন্টিলেশন ডাক্ট দিয়ে তেলাপোকা এক
ফ্ল্যাট থেকে আরেক ফ্ল্যাটে ছড়াচ্ছে, আর আলাদা আলাদা ফ্ল্যাটে স্প্রে করায় কোনো লাভ হয়নি। আমরা
দুঃখিত; পুরো ভবন একসাথে চিকিৎসা করা উচিত ছিল। প্রথম স্বাক্ষরকারীদের তালিকা, যেমন পেয়েছি:

[[PERSON:পারভীন সুলতানা]], [[ADDRESS:ফ্ল্যাট ৬১]], আবেদনের আয়োজক
[[PERSON:আব্দুল হান্নান]] ও [[PERSON:জোছনা বেগম]], [[ADDRESS:ফ্ল্যাট ৫৮]], নাতি [[PERSON:ইশান]]
([[AGE:৯ মাস]])
[[PERSON:Tracey Kemp]], [[ADDRESS:ফ্ল্যাট ৬৪]], [[AGE:৭২ বছর]], [[HEALTH:সিওপিডি]]
[[PERSON:ন.উ.]], [[ADDRESS:ফ্ল্যাট ৫৫]]
[[PERSON:টিপু]], [[ADDRESS:ফ্ল্যাট ৬৬]], ফোন [[PHONE:07700 900 377]]
[[PERSON:ফারহানা ইয়াসমিন]], [[ADDRESS:ফ্ল্যাট ৬০]], ছেলে [[PERSON:আদনান]]-এর পক্ষে, যার
[[HEALTH:হাঁপানি]] তেলাপোকার কারণে বেড়েছে

আমরা যা করব: পেস্ট কন্ট্রোল দলের প্রধান [[PERSON:Marcus Webb]] নিজে এই কাজের দায়িত্বে আছেন।
[[ORGANISATION:Eastside Pest Solutions]] ১০ জুন থেকে পুরো টাওয়ারের সব ফ্ল্যাট ও ডাক্ট একসাথে
চিকিৎসা করবে; কাজের নম্বর [[REFERENCE:JOB-662908]]। [[PERSON:Tracey]] ও [[PERSON:ইশান]]-এর
পরিবারকে চিকিৎসার দিনগুলোতে অস্থায়ী থাকার জায়গা দেওয়া হবে। বাংলাভাষী হাউজিং অফিসার
[[PERSON:Rezaul Karim]] প্রতি সপ্তাহে খোঁজ নেবেন: ফোন [[PHONE:020 7946 0361]], ইমেল
[[EMAIL:r.karim@bowcommon.example.org]]।

শুভেচ্ছাসহ,
[[PERSON:Marcus Webb]]
"""),
    ),
    (
        "fv2bw-pa-01",
        "pa",
        _s("""
[[ADDRESS:ਗੁਰਦੁਆਰਾ ਦਸਮੇਸ਼ ਦਰਬਾਰ]] ਦੀ ਪ੍ਰਬੰਧਕ ਕਮੇਟੀ ਵੱਲੋਂ ਸਾਂਝੀ ਸ਼ਿਕਾਇਤ
ਵੱਲ: [[ORGANISATION:Hounslow Heath Housing]]

ਸਤਿਕਾਰਯੋਗ ਜੀ,

ਸਾਡੀ ਸੰਗਤ ਦੇ ਕਈ ਬਜ਼ੁਰਗ ਤੁਹਾਡੀ ਸ਼ੈਲਟਰਡ ਸਕੀਮ [[ADDRESS:ਹੈਵਲੌਕ ਕੋਰਟ]] ([[ADDRESS:Havelock Court]]),
[[POSTCODE:TW3 4PL]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ। ਕੌਂਸਲ ਦੀ ਆਕੂਪੇਸ਼ਨਲ ਥੈਰੇਪਿਸਟ ਨੇ ਪਿਛਲੇ ਸਾਲ ਲਿਖਿਆ ਸੀ ਕਿ ਇਨ੍ਹਾਂ
ਫਲੈਟਾਂ ਵਿੱਚੋਂ ਬਾਥ ਹਟਾ ਕੇ ਵਾਕ-ਇਨ ਸ਼ਾਵਰ ਅਤੇ ਸਹਾਰੇ ਵਾਲੀਆਂ ਰੇਲਿੰਗਾਂ ਲਾਈਆਂ ਜਾਣ, ਪਰ ਅਜੇ ਤੱਕ ਕੁਝ ਨਹੀਂ
ਹੋਇਆ। ਮਾਤਾ [[PERSON:ਕੁਲਵੰਤ ਕੌਰ]] ਜੀ ਮਾਰਚ ਵਿੱਚ ਬਾਥ ਵਿੱਚੋਂ ਨਿਕਲਦਿਆਂ ਡਿੱਗ ਪਏ ਅਤੇ ਛੇ ਹਫ਼ਤੇ ਹਸਪਤਾਲ
ਰਹੇ। ਕਈ [[OTHER_SPECIAL:ਸਿੱਖ]] ਬਜ਼ੁਰਗ ਹੁਣ ਇਸ਼ਨਾਨ ਕਰਨ ਲਈ ਗੁਰਦੁਆਰੇ ਆਉਂਦੇ ਹਨ।

ਹੇਠ ਲਿਖੇ ਨਿਵਾਸੀਆਂ ਨੇ ਕਮੇਟੀ ਨੂੰ ਆਪਣੇ ਵੱਲੋਂ ਸ਼ਿਕਾਇਤ ਕਰਨ ਲਈ ਕਿਹਾ ਹੈ:
1. ਮਾਤਾ [[PERSON:ਕੁਲਵੰਤ ਕੌਰ]], [[ADDRESS:ਫਲੈਟ 3]], [[AGE:84 ਸਾਲ]], [[HEALTH:ਗਠੀਆ]]
2. ਸਰਦਾਰ [[PERSON:ਹਰਭਜਨ ਸਿੰਘ ਗਿੱਲ]], [[ADDRESS:ਫਲੈਟ 7]], [[AGE:88 ਸਾਲ]], [[HEALTH:ਪਾਰਕਿੰਸਨ]]
3. [[PERSON:ਗੁਰਮੀਤ ਕੌਰ]] ਅਤੇ [[PERSON:ਅਮਰੀਕ ਸਿੰਘ]], [[ADDRESS:ਫਲੈਟ 11]], ਦੋਵੇਂ 80 ਤੋਂ ਉੱਪਰ
4. [[PERSON:ਜ.ਕ.]], [[ADDRESS:ਫਲੈਟ 14]]
5. ਬੀਬੀ [[PERSON:ਸੁਰਜੀਤ ਕੌਰ]], [[ADDRESS:ਫਲੈਟ 2]]; ਉਨ੍ਹਾਂ ਵੱਲੋਂ ਪੁੱਤਰ [[PERSON:ਬਲਵਿੰਦਰ]]
("[[PERSON:ਬਿੱਟੂ]]") ਨੇ ਦਸਤਖ਼ਤ ਕੀਤੇ, ਫ਼ੋਨ [[PHONE:07700 900 684]]

ਕਮੇਟੀ ਵੱਲੋਂ: [[PERSON:ਦਲਜੀਤ ਸਿੰਘ ਸੰਧੂ]] (ਪ੍ਰਧਾਨ), [[PERSON:ਮਨਜੀਤ ਕੌਰ ਢਿੱਲੋਂ]] (ਸਕੱਤਰ,
[[PHONE:020 7946 0513]]), ਗ੍ਰੰਥੀ ਭਾਈ [[PERSON:ਸਤਨਾਮ ਸਿੰਘ]],
[[EMAIL:committee@dasmesh-darbar.example.org]]। ਪੁਰਾਣੀਆਂ ਸ਼ਿਕਾਇਤਾਂ: [[REFERENCE:HHH-ADP-2210]],
[[REFERENCE:HHH-ADP-2287]]।

ਜਵਾਬ: [[ORGANISATION:Hounslow Heath Housing]] ਦੀ ਅਡੈਪਟੇਸ਼ਨ ਮੈਨੇਜਰ [[PERSON:Claire Donovan]] ਨੇ
ਮੁਆਫ਼ੀ ਮੰਗੀ ਅਤੇ ਲਿਖਿਆ ਕਿ [[ORGANISATION:Accessible Bathrooms UK]] ਅੱਠ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਪੰਜਾਂ ਫਲੈਟਾਂ
ਵਿੱਚ ਸ਼ਾਵਰ ਲਾਏਗੀ, ਸਭ ਤੋਂ ਪਹਿਲਾਂ ਮਾਤਾ [[PERSON:ਕੁਲਵੰਤ ਕੌਰ]] ਜੀ ਦੇ ਫਲੈਟ ਵਿੱਚ। ਪੰਜਾਬੀ ਬੋਲਣ ਵਾਲੇ
ਅਫ਼ਸਰ [[PERSON:Harpreet Johal]] ਹਰ ਹਫ਼ਤੇ ਸਕੀਮ ਵਿੱਚ ਆਉਣਗੇ ਅਤੇ [[PERSON:ਦਲਜੀਤ]] ਜੀ ਨੂੰ ਰਿਪੋਰਟ
ਦੇਣਗੇ।
"""),
    ),
    (
        "fv2bw-pa-02",
        "pa",
        _s("""
[[ADDRESS:ਐਸ਼ਮੋਰ ਹਾਈਟਸ]] ([[ADDRESS:Ashmore Heights]]), [[POSTCODE:CV6 5RN]], ਦੇ ਵਸਨੀਕਾਂ ਦੀ ਪਟੀਸ਼ਨ
ਵੱਲ: [[ORGANISATION:Foleshill Homes]] | ਪਟੀਸ਼ਨ ਨੰਬਰ [[REFERENCE:FH-PET-0458]]

ਪਿਛਲੀਆਂ ਗਰਮੀਆਂ ਵਿੱਚ ਬਿਲਡਿੰਗ ਦੀ ਬਾਹਰਲੀ ਇਨਸੂਲੇਸ਼ਨ ਉਤਾਰ ਦਿੱਤੀ ਗਈ ਸੀ ਅਤੇ ਨਵੀਂ ਅਜੇ ਤੱਕ ਨਹੀਂ ਲੱਗੀ।
ਹੁਣ ਕੰਧਾਂ ਠੰਢੀਆਂ ਹਨ, ਹਰ ਫਲੈਟ ਵਿੱਚ ਕਾਲੀ ਉੱਲੀ ਲੱਗ ਗਈ ਹੈ ਅਤੇ ਗੈਸ ਦੇ ਬਿੱਲ ਦੁੱਗਣੇ ਹੋ ਗਏ ਹਨ। ਅਸੀਂ ਮੰਗ
ਕਰਦੇ ਹਾਂ ਕਿ ਨਵੀਂ ਇਨਸੂਲੇਸ਼ਨ ਦੀ ਤਾਰੀਖ਼ ਲਿਖ ਕੇ ਦਿੱਤੀ ਜਾਵੇ, ਸਾਰੇ ਫਲੈਟਾਂ ਵਿੱਚ ਉੱਲੀ ਦਾ ਇਲਾਜ ਹੋਵੇ ਅਤੇ
ਵਾਧੂ ਬਿੱਲਾਂ ਦਾ ਮੁਆਵਜ਼ਾ ਮਿਲੇ। ਸਾਡੀ ਸਾਂਝੀ ਸ਼ਿਕਾਇਤ [[REFERENCE:FH-C-77014]] ਦੋ ਮਹੀਨਿਆਂ ਤੋਂ ਖੁੱਲ੍ਹੀ
ਪਈ ਹੈ।

ਦਸਤਖ਼ਤ:
੧. [[PERSON:ਜਸਵਿੰਦਰ ਕੌਰ ਬਾਜਵਾ]] / [[PERSON:Jaswinder Kaur Bajwa]], [[ADDRESS:ਫਲੈਟ 21]]
੨. [[PERSON:ਸੁਖ]] ਅਤੇ [[PERSON:ਪ੍ਰੀਤ ਮਾਨ]], [[ADDRESS:ਫਲੈਟ 34]]; ਧੀ [[PERSON:ਜੋਤ]] ([[AGE:੫ ਸਾਲ]])
ਨੂੰ [[HEALTH:ਦਮਾ]] ਹੈ
੩. [[PERSON:Tom Bellamy]], [[ADDRESS:ਫਲੈਟ 8]]
੪. [[PERSON:ਪ.ਸ.]], [[ADDRESS:ਫਲੈਟ 15]]
੫. [[PERSON:ਪਿੰਕੀ]] ([[PERSON:ਪਰਮਿੰਦਰ ਕੌਰ]]), [[ADDRESS:ਫਲੈਟ 40]], ਆਪਣੀ ਸੱਸ [[PERSON:ਗੁਰਦੇਵ ਕੌਰ]]
([[AGE:੯੧ ਸਾਲ]]) ਵੱਲੋਂ ਵੀ
੬. [[PERSON:Ravinder Atwal]] / [[PERSON:ਰਵਿੰਦਰ ਅਟਵਾਲ]], [[ADDRESS:ਫਲੈਟ 12]], [[PHONE:07700 900
952]], [[EMAIL:ravi.atwal@example.com]]
੭. [[PERSON:ਖ਼ੁਸ਼ੀ]], [[ADDRESS:ਫਲੈਟ 27]], ਉਮਰ [[AGE:19]], ਕਿਰਾਏਦਾਰ ਯੂਨੀਅਨ ਦੀ ਨੁਮਾਇੰਦਾ

ਜਵਾਬ ([[ORGANISATION:Foleshill Homes]], ਅਨੁਵਾਦ): ਪਿਆਰੇ [[PERSON:ਜਸਵਿੰਦਰ]] ਜੀ ਅਤੇ ਸਾਰੇ ਦਸਤਖ਼ਤ
ਕਰਨ ਵਾਲਿਓ, ਸਾਨੂੰ ਅਫ਼ਸੋਸ ਹੈ। ਐਸੈਟ ਡਾਇਰੈਕਟਰ [[PERSON:Philip Hurst]] ਇਸ ਕੰਮ ਦੇ ਜ਼ਿੰਮੇਵਾਰ ਹਨ।
[[ORGANISATION:Warmshell Insulation Ltd]] 1 ਸਤੰਬਰ ਤੋਂ ਨਵੀਂ ਇਨਸੂਲੇਸ਼ਨ ਲਾਉਣੀ ਸ਼ੁਰੂ ਕਰੇਗੀ, ਉੱਲੀ ਦਾ
ਇਲਾਜ ਇਸੇ ਮਹੀਨੇ ਹੋਵੇਗਾ, ਅਤੇ ਹਰ ਘਰ ਨੂੰ £250 ਮੁਆਵਜ਼ਾ ਮਿਲੇਗਾ। ਹਾਊਸਿੰਗ ਅਫ਼ਸਰ [[PERSON:ਨਵਨੀਤ
ਗਰੇਵਾਲ]] ਸਭ ਤੋਂ ਪਹਿਲਾਂ [[PERSON:ਜੋਤ]] ਦੇ ਪਰਿਵਾਰ ਅਤੇ ਬੀਬੀ [[PERSON:ਗੁਰਦੇਵ ਕੌਰ]] ਨੂੰ ਮਿਲਣਗੇ।
ਸੰਪਰਕ: [[PHONE:01632 960 741]]।
"""),
    ),
    (
        "fv2bw-pa-03",
        "pa",
        _s("""
ਵੱਲ: [[ORGANISATION:Leeds Northfield Homes]]
ਵਿਸ਼ਾ: [[ADDRESS:ਲਿਟਲ ਲਾਇਨਜ਼ ਨਰਸਰੀ]] ([[ADDRESS:Little Lions Nursery]]) ਵਿੱਚ ਸਿੱਲ੍ਹ ਅਤੇ ਉੱਲੀ

ਅਸੀਂ ਉਨ੍ਹਾਂ ਬੱਚਿਆਂ ਦੇ ਮਾਪੇ ਹਾਂ ਜੋ ਤੁਹਾਡੇ [[ADDRESS:Foxglove Community Hall]], [[POSTCODE:ls74bq]],
ਦੀ ਹੇਠਲੀ ਮੰਜ਼ਿਲ 'ਤੇ ਚੱਲਦੀ ਨਰਸਰੀ ਵਿੱਚ ਜਾਂਦੇ ਹਨ; ਸਾਡੇ ਵਿੱਚੋਂ ਕੁਝ ਉੱਪਰਲੇ ਫਲੈਟਾਂ ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ। ਨਵੰਬਰ
ਤੋਂ ਛੋਟੇ ਬੱਚਿਆਂ ਦੇ ਸੌਣ ਵਾਲੇ ਕਮਰੇ ਦੀ ਛੱਤ ਚੋਂਦੀ ਹੈ ਅਤੇ ਕੰਧਾਂ 'ਤੇ ਕਾਲੀ ਉੱਲੀ ਹੈ। ਨਰਸਰੀ ਦੀ ਮੈਨੇਜਰ
[[PERSON:Joanne Kirk]] ਨੇ ਤਿੰਨ ਵਾਰ ਰਿਪੋਰਟ ਕੀਤੀ ([[REFERENCE:LNH-240915]],
[[REFERENCE:LNH-241388]]), ਪਰ ਕੋਈ ਨਹੀਂ ਆਇਆ। ਸਾਡੀ ਧੀ [[PERSON:ਸਿਮਰ]] ([[AGE:੨ ਸਾਲ]]) ਨੂੰ
[[HEALTH:ਨਿਮੋਨੀਆ]] ਹੋ ਗਿਆ ਅਤੇ [[PERSON:ਏਕਮ]] ([[AGE:੩ ਸਾਲ]]) ਦਾ [[HEALTH:ਐਗਜ਼ੀਮਾ]] ਬਹੁਤ ਵਿਗੜ ਗਿਆ
ਹੈ।

ਦਸਤਖ਼ਤ ਕਰਨ ਵਾਲੇ ਮਾਪੇ:
- [[PERSON:ਹਰਲੀਨ]] ਅਤੇ [[PERSON:ਕਰਨਵੀਰ ਸਿੱਧੂ]], [[PERSON:ਸਿਮਰ]] ਦੇ ਮਾਪੇ, [[ADDRESS:ਫਲੈਟ 6]]
- [[PERSON:ਅਮਨਦੀਪ ਕੌਰ]], [[PERSON:ਏਕਮ]] ਦੀ ਮਾਂ, ਫ਼ੋਨ [[PHONE:07700 900 286]]
- [[PERSON:Chloe Brennan]], [[PERSON:Ivy]] ਦੀ ਮਾਂ, [[ADDRESS:ਫਲੈਟ 3]]
- [[PERSON:ਗ.ਸ.]], [[ADDRESS:ਫਲੈਟ 9]]
- [[PERSON:ਰਾਜਵਿੰਦਰ]], [[PERSON:ਅਰਜਨ]] ("[[PERSON:ਗੋਲੂ]]", [[AGE:੪ ਸਾਲ]]) ਦੇ ਪਿਤਾ,
[[EMAIL:rajwinder.s@example.org]]
- [[PERSON:Joanne Kirk]], ਸਟਾਫ਼ ਵੱਲੋਂ

ਜਵਾਬ: [[ORGANISATION:Leeds Northfield Homes]] ਦੇ ਰਿਪੇਅਰ ਮੈਨੇਜਰ [[PERSON:Stephen Ward]] ਨੇ ਮਾਪਿਆਂ
ਤੋਂ ਮੁਆਫ਼ੀ ਮੰਗੀ। ਸਿੱਲ੍ਹ ਦੇ ਮਾਹਿਰ [[PERSON:Gurjit Bains]] ਵੀਰਵਾਰ ਨੂੰ ਨਰਸਰੀ ਅਤੇ [[ADDRESS:ਫਲੈਟ 3, 6
ਅਤੇ 9]] ਦੇਖਣਗੇ; [[ORGANISATION:Yorkshire Roof and Damp]] ਛੁੱਟੀਆਂ ਦੌਰਾਨ ਛੱਤ ਠੀਕ ਕਰੇਗੀ ਅਤੇ
ਕੰਧਾਂ ਦਾ ਇਲਾਜ ਕਰੇਗੀ, ਤਾਂ ਜੋ ਕੰਮ ਵੇਲੇ ਕੋਈ ਬੱਚਾ ਇਮਾਰਤ ਵਿੱਚ ਨਾ ਹੋਵੇ। ਮਾਪੇ ਉਨ੍ਹਾਂ ਨੂੰ ਸਿੱਧਾ [[PHONE:0113
496 0471]] 'ਤੇ ਫ਼ੋਨ ਕਰ ਸਕਦੇ ਹਨ।
"""),
    ),
    (
        "fv2bw-pa-04",
        "pa",
        _s("""
ਖੁੱਲ੍ਹੀ ਚਿੱਠੀ: ਸ੍ਰੀਮਤੀ [[PERSON:Rebecca Lowe]], ਮੁੱਖ ਕਾਰਜਕਾਰੀ, [[ORGANISATION:Brentside Living]]
ਦੇ ਨਾਂ

ਸਤਿਕਾਰਯੋਗ ਸ੍ਰੀਮਤੀ [[PERSON:Lowe]] ਜੀ,

ਅਸੀਂ [[ADDRESS:ਮਾਰਟਿਨ ਕਲੋਜ਼]] ([[ADDRESS:Martin Close]]), [[POSTCODE:UB2 5NT]] ਦੇ ਘਰਾਂ ਦੇ
ਕਿਰਾਏਦਾਰ ਹਾਂ। ਦੋ ਸਾਲਾਂ ਤੋਂ ਸਾਡੇ ਘਰਾਂ ਦੀਆਂ ਕੰਧਾਂ ਵਿੱਚ ਤਰੇੜਾਂ ਵਧ ਰਹੀਆਂ ਹਨ, ਦਰਵਾਜ਼ੇ ਬੰਦ ਨਹੀਂ ਹੁੰਦੇ
ਅਤੇ [[ADDRESS:ਘਰ ਨੰ. 9]] ਦੀ ਰਸੋਈ ਦਾ ਫ਼ਰਸ਼ ਬੈਠ ਗਿਆ ਹੈ। ਤੁਹਾਡੇ ਸਰਵੇਅਰ [[PERSON:Gary Nolan]] ਨੇ ਕਿਹਾ
ਕਿ ਤਰੇੜਾਂ "ਸਿਰਫ਼ ਦਿਖਾਵਟੀ" ਹਨ। ਰਿਪੇਅਰ ਵਾਲੇ [[PERSON:Mo]] ਨੇ ਚਾਰ ਵਾਰ ਮੁਲਾਕਾਤ ਰੱਦ ਕੀਤੀ। ਕਸਟਮਰ
ਰਿਲੇਸ਼ਨਜ਼ ਦੀ [[PERSON:Lorraine Hunt]] ਨੇ ਸਾਡੀ ਸਾਂਝੀ ਸ਼ਿਕਾਇਤ [[REFERENCE:BL-CMP-66120]] ਬਿਨਾਂ
ਕਿਸੇ ਮੁਆਇਨੇ ਦੇ ਬੰਦ ਕਰ ਦਿੱਤੀ। ਅਸੀਂ ਇੱਕ ਆਜ਼ਾਦ ਸਟ੍ਰਕਚਰਲ ਇੰਜੀਨੀਅਰ ਦੀ ਰਿਪੋਰਟ ਅਤੇ ਤੁਹਾਡੇ ਨਾਲ
ਮੁਲਾਕਾਤ ਦੀ ਮੰਗ ਕਰਦੇ ਹਾਂ।

ਦਸਤਖ਼ਤ: ਸਰਦਾਰ [[PERSON:ਮੋਹਨ ਸਿੰਘ ਰੰਧਾਵਾ]] ([[ADDRESS:ਘਰ ਨੰ. 9]], [[AGE:੭੭ ਸਾਲ]]),
[[PERSON:ਬਲਜੀਤ]] ਅਤੇ [[PERSON:ਰਾਜ ਕੌਰ ਸੋਹਲ]] ([[ADDRESS:ਘਰ ਨੰ. 4]]), [[PERSON:Dean Fletcher]]
([[ADDRESS:ਘਰ ਨੰ. 6]]), [[PERSON:ਹ.ਕ.]] ([[ADDRESS:ਘਰ ਨੰ. 11]]), [[PERSON:ਨੀਲਮ]] ([[ADDRESS:ਘਰ
ਨੰ. 2]]) ਆਪਣੇ ਪੁੱਤਰ [[PERSON:ਹਰਮਨ]] ([[AGE:੧੪ ਸਾਲ]]) ਵੱਲੋਂ ਵੀ, ਜਿਸ ਨੂੰ [[HEALTH:ਮਿਰਗੀ]] ਹੈ, ਅਤੇ
[[PERSON:ਲਾਡੀ]] ([[ADDRESS:ਘਰ ਨੰ. 13]])। ਸੰਪਰਕ: [[PERSON:ਰਾਜ ਕੌਰ ਸੋਹਲ]], [[PHONE:020 7946
0826]], [[EMAIL:martinclose.tenants@example.com]]।

ਜਵਾਬ: ਸ੍ਰੀਮਤੀ [[PERSON:Lowe]] ਨੇ ਦਸ ਦਿਨਾਂ ਵਿੱਚ ਜਵਾਬ ਦਿੱਤਾ, ਮੁਆਫ਼ੀ ਮੰਗੀ ਅਤੇ ਮੰਨਿਆ ਕਿ ਸ਼ਿਕਾਇਤ ਗ਼ਲਤ
ਢੰਗ ਨਾਲ ਬੰਦ ਕੀਤੀ ਗਈ ਸੀ। ਪ੍ਰਾਪਰਟੀ ਡਾਇਰੈਕਟਰ [[PERSON:Simon Ashworth]] ਨੂੰ ਜ਼ਿੰਮੇਵਾਰੀ ਦਿੱਤੀ ਗਈ।
ਆਜ਼ਾਦ ਇੰਜੀਨੀਅਰਾਂ, [[ORGANISATION:Marlow Structural Consultants]], ਨੇ ਨੀਂਹਾਂ ਦੀ ਜਾਂਚ ਕੀਤੀ ਅਤੇ ਪੰਜ
ਘਰਾਂ ਵਿੱਚ ਅੰਡਰਪਿਨਿੰਗ ਦੀ ਸਿਫ਼ਾਰਸ਼ ਕੀਤੀ। ਕੰਮ ਦੌਰਾਨ ਸਰਦਾਰ [[PERSON:ਮੋਹਨ ਸਿੰਘ]] ਜੀ ਅਤੇ
[[PERSON:ਨੀਲਮ]] ਦੇ ਪਰਿਵਾਰ ਨੂੰ ਆਰਜ਼ੀ ਘਰ ਮਿਲੇਗਾ, ਅਤੇ [[PERSON:Simon]] ਹਰ ਮਹੀਨੇ ਕਿਰਾਏਦਾਰਾਂ ਨੂੰ
ਮਿਲਣਗੇ।
"""),
    ),
    (
        "fv2bw-pa-05",
        "pa",
        _s("""
[[ORGANISATION:Soho Road Housing Trust]] ਵੱਲੋਂ [[ADDRESS:ਰੁੱਕਵੁੱਡ ਗਾਰਡਨਜ਼]] ਦੇ ਵਸਨੀਕਾਂ ਦੀ ਪਟੀਸ਼ਨ ਦਾ
ਜਵਾਬ (ਪੰਜਾਬੀ ਅਨੁਵਾਦ: [[PERSON:ਸਿਮਰਨਜੀਤ ਕੌਰ]])

ਸਾਡਾ ਹਵਾਲਾ: [[REFERENCE:SRHT/PT/0927]]
ਵੱਲ: ਸ੍ਰੀ [[PERSON:Kuldip Singh Virdi]] / [[PERSON:ਕੁਲਦੀਪ ਸਿੰਘ ਵਿਰਦੀ]], [[ADDRESS:ਫਲੈਟ 1]],
[[ADDRESS:Rookwood Gardens]], [[POSTCODE:B21 9EW]]

ਸਤਿਕਾਰਯੋਗ [[PERSON:ਕੁਲਦੀਪ]] ਜੀ,

ਤੁਹਾਡੀ ਪਟੀਸ਼ਨ ਲਈ ਧੰਨਵਾਦ, ਜਿਸ 'ਤੇ 39 ਘਰਾਂ ਨੇ ਦਸਤਖ਼ਤ ਕੀਤੇ। ਤੁਸੀਂ ਦੱਸਿਆ ਕਿ ਹੇਠਲੀ ਮੰਜ਼ਿਲ ਦੀਆਂ
ਖਿੜਕੀਆਂ ਦੇ ਤਾਲੇ ਟੁੱਟੇ ਹੋਏ ਹਨ ਅਤੇ ਤਿੰਨ ਮਹੀਨਿਆਂ ਵਿੱਚ ਚਾਰ ਫਲੈਟਾਂ ਵਿੱਚ ਚੋਰੀ ਹੋਈ, ਜਦਕਿ ਤਾਲਿਆਂ ਦੀ ਸ਼ਿਕਾਇਤ
ਪਿਛਲੇ ਸਾਲ ਤੋਂ ਕੀਤੀ ਜਾ ਰਹੀ ਸੀ। ਸਾਨੂੰ ਬਹੁਤ ਅਫ਼ਸੋਸ ਹੈ। ਪਹਿਲੇ ਦਸਤਖ਼ਤ ਕਰਨ ਵਾਲਿਆਂ ਦੀ ਸੂਚੀ, ਜਿਵੇਂ ਸਾਨੂੰ
ਮਿਲੀ:

[[PERSON:ਕੁਲਦੀਪ ਸਿੰਘ ਵਿਰਦੀ]], [[ADDRESS:ਫਲੈਟ 1]], ਪਟੀਸ਼ਨ ਦੇ ਪ੍ਰਬੰਧਕ
[[PERSON:ਰਣਜੀਤ ਕੌਰ]], [[ADDRESS:ਫਲੈਟ 3]], [[AGE:੮੦ ਸਾਲ]], ਇਕੱਲੇ ਰਹਿੰਦੇ ਹਨ; ਦੋ ਵਾਰ ਚੋਰੀ ਹੋਈ
[[PERSON:Tasha Morris]], [[ADDRESS:ਫਲੈਟ 4]], ਪੁੱਤਰ [[PERSON:Kai]] ([[AGE:6 ਸਾਲ]]) ਨਾਲ
[[PERSON:ਅ.ਗ.]], [[ADDRESS:ਫਲੈਟ 2]]
[[PERSON:ਜੋਗਿੰਦਰ ਪਾਲ]], [[ADDRESS:ਫਲੈਟ 6]], [[HEALTH:ਡਿਮੈਂਸ਼ੀਆ]]; ਧੀ [[PERSON:ਰੀਨਾ]] ਵੱਲੋਂ
ਦਸਤਖ਼ਤ, ਫ਼ੋਨ [[PHONE:07700 900 190]]
"[[PERSON:ਟਿੰਕੂ]]" ([[PERSON:ਤਰਨਜੀਤ ਸਿੰਘ]]), [[ADDRESS:ਫਲੈਟ 5]], [[EMAIL:tinku.tsingh@example.org]]

ਅਸੀਂ ਕੀ ਕਰਾਂਗੇ: ਕਮਿਊਨਿਟੀ ਸੇਫ਼ਟੀ ਮੈਨੇਜਰ [[PERSON:Angela Frost]] ਇਸ ਕੰਮ ਦੀ ਜ਼ਿੰਮੇਵਾਰ ਹੈ।
[[ORGANISATION:Secure Windows Midlands]] ਦੋ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਹੇਠਲੀ ਮੰਜ਼ਿਲ ਦੇ ਸਾਰੇ ਫਲੈਟਾਂ ਵਿੱਚ ਨਵੇਂ
ਤਾਲੇ ਲਾਏਗੀ, ਸਭ ਤੋਂ ਪਹਿਲਾਂ ਬੀਬੀ [[PERSON:ਰਣਜੀਤ ਕੌਰ]] ਅਤੇ [[PERSON:ਜੋਗਿੰਦਰ]] ਜੀ ਦੇ ਫਲੈਟਾਂ ਵਿੱਚ;
ਕੰਮ ਦਾ ਨੰਬਰ [[REFERENCE:JOB-304561]] ਹੈ। ਪਾਰਕਿੰਗ ਅਤੇ ਪਿਛਲੇ ਰਸਤੇ ਵਿੱਚ ਨਵੀਆਂ ਲਾਈਟਾਂ ਵੀ ਲੱਗਣਗੀਆਂ।
ਹਾਊਸਿੰਗ ਅਫ਼ਸਰ [[PERSON:Manjit Dhaliwal]] ਹਰ ਹਫ਼ਤੇ ਆਉਣਗੇ: [[PHONE:0121 496 0297]],
[[EMAIL:m.dhaliwal@sohoroad.example.org]]।
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
