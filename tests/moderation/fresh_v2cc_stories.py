"""Fresh version-2 PII test stories, batch cc.

Technical property reports pasted into residents' stories: damp and mould surveys, landlord gas
safety records (CP12), electrical installation condition reports (EICR), asbestos surveys, fire
risk assessment notes, pest control visit sheets and disabled facilities grant OT-and-surveyor
joint visit notes. The reports keep their headed fields (Property address, Tenant, Occupants,
Engineer, Gas Safe ID, Job no., Date of visit), readings (RH 78%, 32 WME, CO 80 ppm), room-by-room
findings and appliance makes and serial numbers; around them the resident or a relative says what
happened and how the complaint was put right. In Arabic, Bengali, Punjabi, Polish, Romanian and
Urdu the writer quotes the report's English fields and then explains them, so names appear both
in English and in the native script or an inflected form (Kasia / Kubą / Kuby, Toma, Zbyszkiem,
Marka Sowę, Floarei, Ilincăi, Biancăi, Harjit Singh / ਹਰਜੀਤ ਸਿੰਘ, তানিয়াকে, মিজানের), sometimes
without the diacritics an English form drops (Wrobel, Paun); ages and dates of birth are written
in native digits and words as well (٥ سنوات, ੮੪ ਸਾਲ, ৫ আগস্ট ১৯৫৬, dziesięć miesięcy).

Marking choices: engineers', electricians', surveyors', assessors', pest technicians' and
occupational therapists' registration, licence, certificate and membership numbers (Gas Safe,
NICEIC, NAPIT, PCA, BPCA, RSPH, IFE, FRACS, HCPC, BOHS P402/P403) are OTHER_ID, as are NHS numbers;
the scheme names and qualifications themselves (Gas Safe, NICEIC, RSPH Level 2, MIFireE, CSRT) are
not marked. Job, report, certificate, survey, record, case and complaint numbers are REFERENCE
(value only); appliance makes and serial numbers (including Johnson and Starley), sample numbers
(A-07, K-01), readings, visit dates, "age of wiring" and appliance ages are not marked. A
contiguous flat-block-street line ("Flat 9C, Ashdown House, Whitworth Lane") is one ADDRESS span;
a bare "flat 62", "mieszkanie nr 141", "الشقة 93" or "ফ্ল্যাট ১২৪" is its own span; floors are
not marked; a named GP surgery, school, nursery, mosque or gurdwara is ADDRESS. Landlords,
contractors and advice groups are ORGANISATION; towns, hospitals and "the council" are not.
Occupants' ages are marked with their unit when they have one ("4 yrs", "10 months"). HEALTH
covers named conditions and disabilities (asthma, COPD, thalassaemia major, profoundly deaf,
spastic diplegia), not symptoms, equipment, wheelchair use or procedures (headaches, home oxygen,
dialysis, knee replacements). Polish, Romanian and Bengali case endings are inside the name span
(Kuby, Floarei, তানিয়ার); the Arabic conjunction و and hyphenated Bengali -এ after an English
address stay outside. Kinship words and honorifics (Mum, Dad, tata, mama, ابا جی, امی, আম্মা,
ਬੀਬੀ ਜੀ, ਨਾਨੀ ਜੀ, صاحب, ভাই, আপা, ਭੈਣ ਜੀ) are unmarked, while a kunya (أم يوسف, أبو خالد) is a
name. Words that are also names are left unmarked where they are words (floarea-soarelui, w maju,
شبنم on the windows, بادِ صبا, الأمل, قال لي, শাপলা ফুল, ਫ਼ਤਿਹ as victory).

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 8 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 51.4% of 35, recall 95.9%, precision 81.8%, on the committed
detector feb0262 (after round 68); leak-free by language ar 3, bn 3, en 3, pa 3, pl 1, ro 3, ur 2 of 5.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2cc-en-01",
        "en",
        _s("""
[[PERSON:Dawn Pickering]] sent us the survey that finally got her landlord moving, with her own
notes typed underneath in capitals.

DAMP AND MOULD SURVEY REPORT. Client: [[ORGANISATION:Calder Riverside Homes]]. Surveyor:
[[PERSON:Marcus Oyelaran]] CSRT, [[ORGANISATION:Brightwall Damp Solutions]], PCA membership no.
[[OTHER_ID:PCA/4417]]. Job no. [[REFERENCE:BDS-22817]]. Date of visit: 14/11/2024. Property
address: [[ADDRESS:14 Sowerby Terrace]], Halifax, [[POSTCODE:HX6 2QB]]. Tenant: Ms
[[PERSON:D. Pickering]]. Occupants: 1 adult, 1 child ([[AGE:4 yrs]], [[HEALTH:asthma]], per
tenant). External: gutter blocked above rear bedroom, pointing eroded to gable. Readings: rear
bedroom RH 78%, air temp 14.2C, wall moisture 32 WME at skirting; bathroom RH 84%, extractor fan
not operating (isolator off, no run-on); kitchen RH 71%. Findings: condensation mould, category 2,
to rear bedroom north wall behind wardrobe and to bathroom ceiling; penetrating damp below the
defective gutter; no evidence of rising damp. Recommendations: clear and reseal gutter, replace
bathroom fan with humidistat model, fit PIV unit to landing, mould wash and stain block, re-inspect
in 8 weeks.

MY NOTES. THE "1 CHILD" IS [[PERSON:ROWAN]] AND THAT BACK BEDROOM IS HIS. His asthma nurse at
[[ADDRESS:Ryburn Valley Health Centre]] wrote a letter saying the mould wasn't helping. I had
reported it four times since March under repair ref [[REFERENCE:CRH-0093314]] and every time
someone came and painted over it. After the survey I emailed
[[EMAIL:repairs@calderriverside.example.org]] and rang [[PHONE:0113 496 0274]] and made it a
formal complaint, ref [[REFERENCE:CRH-C-5120]].

To be fair to them, once they had [[PERSON:Marcus]]'s report in black and white they stopped
arguing. The gutter was done within a week, the new fan and the PIV unit went in before Christmas,
and [[PERSON:Rowan]] has not needed his brown inhaler since January. They paid £300 for the
decorating and the ruined bedding. Ask for the readings, not just "condensation, advise
ventilation".
"""),
    ),
    (
        "fv2cc-en-02",
        "en",
        _s("""
From [[PERSON:Kwame Boateng]]: I am posting our gas safety record because people should know what
to look for on theirs. My granddaughter [[PERSON:Efua]] typed this up for me.

LANDLORD GAS SAFETY RECORD (CP12). Record no. [[REFERENCE:NGV-CP12-558120]]. Landlord:
[[ORGANISATION:Northgate Valley Housing Trust]], contact centre tel [[PHONE:0161 496 0732]].
Engineer: [[PERSON:Bill Hargreaves]], [[ORGANISATION:Irwell Gas Services Ltd]], Gas Safe
registration no. [[OTHER_ID:518364]], licence no. [[OTHER_ID:4072219]]. Job address:
[[ADDRESS:Flat 9C, Ashdown House, Whitworth Lane]], Manchester, [[POSTCODE:M14 5TR]]. Tenant: Mr
[[PERSON:K. Boateng]]. Date of inspection: 06/02/2025. Appliance 1: combi boiler, Worcester
Greenstar 30i, serial 47311820-0194, kitchen cupboard, room-sealed, operating pressure 20 mbar,
CO/CO2 ratio 0.0021, safety devices OK, safe to use: YES. Appliance 2: gas cooker, Belling FS60G,
serial BL60-77102, kitchen, flame picture yellow and lazy on rear burners, oven FSD: FAIL, CO above
hob 38 ppm. Classification: IMMEDIATELY DANGEROUS, disconnected and labelled with the tenant's
permission. CO alarm: present in kitchen, tested OK; second alarm advised in bedroom 1. Next
inspection due: 06/02/2026.

My own words now. I am [[AGE:72]] and my wife [[PERSON:Abena]] is [[AGE:69]] and has
[[HEALTH:COPD]]. For months we both had headaches in the kitchen and thought it was our age.
[[PERSON:Bill]] was the only person who sat down and explained what "immediately dangerous" means.
After that the trust left us three weeks with no cooker at all, just a microwave, so
[[PERSON:Efua]] made a complaint from her email, [[EMAIL:efua.boateng@example.com]], reference
[[REFERENCE:NVHT/COMP/20931]].

At stage 2 they said sorry, fitted a new electric cooker and a second CO alarm, and paid £350. A
lady called [[PERSON:Joy]] from the trust rang every Friday until it was done. Read the whole
record, not just the tick at the bottom.
"""),
    ),
    (
        "fv2cc-en-03",
        "en",
        _s("""
[[PERSON:Summer Hale]] wrote: The landlord had this report for four months before anybody told me
what C1 meant. Here is the top of it.

ELECTRICAL INSTALLATION CONDITION REPORT. Report ref: [[REFERENCE:SW-EICR-24-03318]]. Contractor:
[[ORGANISATION:Sparkwise Electrical Ltd]], NICEIC enrolment no. [[OTHER_ID:604417]]. Inspector:
[[PERSON:Mark Tolley]]. Client: [[ORGANISATION:Pennine Edge Homes]]. Installation address:
[[ADDRESS:3 Larkspur Close]], Accrington, [[POSTCODE:BB5 4LN]]. Occupier: Miss
[[PERSON:S. Hale]] and 2 children (aged [[AGE:7]] and [[AGE:2]]). Estimated age of wiring: 35
years. Consumer unit: rewireable fuses, no RCD protection. Observations: C1, exposed live
conductors at double socket behind fridge, made safe on day of test; C2, no RCD protection to
socket circuits; C2, bathroom light fitting unsuitable for zone 1; C3, no main bonding label; FI,
upstairs lighting circuit insulation resistance 0.4 megohms. Overall assessment: UNSATISFACTORY.

The live wires were behind the fridge, which is exactly where my [[PERSON:Rose]] used to post her
crayons. [[PERSON:Mark]] showed me with his tester and I felt sick. I rang
[[ORGANISATION:Pennine Edge Homes]] on [[PHONE:01632 960518]] and they said the report "had been
actioned", which it hadn't. A volunteer from [[ORGANISATION:Hyndburn Tenants Network]] helped me
write a stage 1 complaint, ref [[REFERENCE:PEH-118204]], and copy in my councillor.

Then it moved fast. They put me, [[PERSON:Rose]] and [[PERSON:Alfie]] in a hotel for ten days and
did a full rewire with a new consumer unit. I still had to get [[PERSON:Rose]] to
[[ADDRESS:Larkhill Primary]] every morning on two buses, so they paid the fares as well as £425
for the disruption. The new certificate says SATISFACTORY. If your report says C1, ask what was
done on the day and get it in writing.
"""),
    ),
    (
        "fv2cc-en-04",
        "en",
        _s("""
[[PERSON:Ifeoma Nwosu]] put two reports side by side to show how long the same defect sat there.

ASBESTOS REFURBISHMENT SURVEY (extract). Survey ref [[REFERENCE:ACS-R-70254]]. Surveyor:
[[PERSON:Priya Raman]], BOHS P402 cert. no. [[OTHER_ID:P402-118733]],
[[ORGANISATION:Amberline Consulting]]. Client: [[ORGANISATION:Peckbourne Housing Co-operative]].
Property: [[ADDRESS:Flat 62, Cranleigh Tower]], London, [[POSTCODE:SE15 3RJ]]. Date: 02/05/2023.
Occupants: tenant, mother ([[AGE:74]], [[HEALTH:COPD]], home oxygen), son ([[AGE:11]]). Sample
A-03: textured coating to kitchen ceiling, chrysotile, good condition, score 5, manage. Sample
A-07: thermoplastic floor tiles, hallway, chrysotile, lifted and broken near front door, score 8,
remove before works. Sample A-09: insulating board panel to riser cupboard on landing, amosite
detected, screw holes and impact damage, score 10, licensed removal required.

FIRE RISK ASSESSMENT, common parts, Type 1. Assessor: [[PERSON:Gethin Morgan]] MIFireE, IFE
membership no. [[OTHER_ID:00046217]], [[ORGANISATION:Keystone Fire Safety]]. Ref
[[REFERENCE:KFS-FRA-3391]]. Date: 21/03/2024. Floor 6: riser panel damaged (see asbestos register),
compartmentation breached. [[ADDRESS:Flat 62]]: entrance door not self-closing, intumescent strips
painted over. Resident with oxygen in use at [[ADDRESS:flat 62]], no PEEP on file. Priority: HIGH.

So, ten months after [[PERSON:Priya]] wrote "licensed removal required", the same broken board was
still outside my door with my mum [[PERSON:Ngozi]] breathing from an oxygen cylinder a few metres
away. [[PERSON:Chidi]] kicks his football against that landing wall. I sent both reports to the
co-op's complaints inbox, [[EMAIL:complaints@peckbourne.example.org]], from my own address,
[[EMAIL:ifeoma.n@example.com]], and got complaint no. [[REFERENCE:PHC-C-4471]].

The stage 2 letter admitted the two reports were never linked up. A licensed contractor removed
the riser panel and the hallway tiles in June, we got a new FD30S front door, and the fire brigade
came round with the housing officer to write a PEEP for Mum. Keep every report they give you.
"""),
    ),
    (
        "fv2cc-en-05",
        "en",
        _s("""
Shared by [[PERSON:Tina Oakes]] with her dad's agreement: This is the joint visit note that
started his adaptations. It took eleven months to get this far.

DISABLED FACILITIES GRANT, JOINT VISIT NOTE (OT AND SURVEYOR). Case ref: [[REFERENCE:DFG/24/0517]].
Applicant: Mr [[PERSON:Reginald Oakes]] (known as [[PERSON:Reg]]). DOB:
[[DATE_OF_BIRTH:03/11/1946]]. NHS no.: [[OTHER_ID:628 194 8211]]. Address:
[[ADDRESS:22 Cobden Street]], Darwen, [[POSTCODE:BB3 1HJ]]. Tel: [[PHONE:01632 960744]]. Tenure:
assured tenant of [[ORGANISATION:Moorside Vale Housing]]. GP: [[ADDRESS:Hollins Lane Surgery]].
Diagnoses: [[HEALTH:Parkinson's disease]] (2019), [[HEALTH:stroke]] (2022) with left-sided
weakness. Household: wife [[PERSON:Jean Oakes]] ([[AGE:77]]), main carer. OT:
[[PERSON:Grace Mbeki-Lowe]], HCPC reg. [[OTHER_ID:OT61720]]. Surveyor: [[PERSON:Stuart Penn]]
MCIOB, [[ORGANISATION:Staywell Home Improvement Agency]]. Date of visit: 19/09/2024. Observations:
unable to step into bath, strip washing at sink; two falls on stairs in past 6 months; front step
180 mm, no rail. Measurements: stair width 760 mm, straight flight, suitable for stairlift;
bathroom 1.7 m x 2.1 m, suitable for level access shower with tip-up seat. Recommendations: level
access shower, straight stairlift, ramp and rails to front door, lever taps. Priority: urgent.
Estimate £14,800, within mandatory grant limit.

My notes. [[PERSON:Reg]] fell twice on those stairs while the landlord and the council argued
about whose job the ramp was. [[PERSON:Grace]] was brilliant and told Mum to keep a diary of every
fall. I made a complaint to [[ORGANISATION:Moorside Vale Housing]] at
[[EMAIL:customerfirst@moorsidevale.example.org]], ref [[REFERENCE:MVH-STG2-3302]], and at stage 2
they apologised, paid for the ramp themselves and agreed to fast-track landlord consent on every
DFG from now on. The shower went in before Christmas. Dad says it is the first proper wash he has
had in two years.
"""),
    ),
    (
        "fv2cc-pl-01",
        "pl",
        _s("""
Nazywam się [[PERSON:Katarzyna Wróbel]], dla znajomych [[PERSON:Kasia]]. Mieszkam z synkiem,
[[PERSON:Kubą]], przy [[ADDRESS:41 Brookside Road]] w Telford, [[POSTCODE:TF3 2NW]]. Przez dwa lata
zgłaszałam pleśń do [[ORGANISATION:Wrekin Meadows Housing]] i słyszałam tylko, że mam częściej
wietrzyć. Dopiero raport rzeczoznawcy coś zmienił, więc wklejam najważniejsze pola i tłumaczę je
po polsku.

„DAMP AND MOULD SURVEY. Surveyor: [[PERSON:Tom Ashworth]], [[ORGANISATION:DryHome Surveys Ltd]], PCA
no. [[OTHER_ID:PCA/5120]]. Job no. [[REFERENCE:DHS-40992]]. Date of visit: 08/01/2025. Tenant:
[[PERSON:Katarzyna Wrobel]]. Occupants: 1 adult, 1 child ([[AGE:3 yrs]], [[HEALTH:asthma]])”.
Czyli jedna osoba dorosła i dziecko, [[AGE:trzy lata]], [[HEALTH:astma]].

„Child's bedroom: RH 81%, surface temp 9.8C, wall moisture 29 WME, black mould to external wall
corner and window reveal. Cause: cold bridging at lintel, missing cavity insulation, trickle vents
sealed.” Po naszemu: w pokoju dziecka wilgotność 81%, ściana przy oknie zimna i mokra, nad oknem
mostek termiczny, w ścianie brakuje izolacji, a nawiewniki w oknach były zaklejone jeszcze przez
poprzedniego lokatora.

Pan [[PERSON:Tom]] pokazał mi wilgotnościomierz i wytłumaczył, że samo wietrzenie nic tu nie da.
Z raportem od pana [[PERSON:Toma]] napisałam formalną skargę na adres
[[EMAIL:complaints@wrekinmeadows.example.org]], numer sprawy [[REFERENCE:WMH-CMP-7718]].
Pielęgniarka z [[ADDRESS:Malinslee Surgery]] dopisała list, że [[HEALTH:astma]] [[PERSON:Kuby]]
się pogarsza, a od razu po tym zadzwonił do mnie kierownik napraw.

Skutek: w marcu docieplili ścianę, odblokowali nawiewniki, założyli nowy wentylator w łazience i
odmalowali pokój środkiem przeciwgrzybicznym. Dostałam 250 funtów za zniszczone meble i ubranka.
[[PERSON:Kuba]] znowu chodzi do żłobka [[ADDRESS:Little Acorns]] i od tygodni nie kaszle w nocy.
Moja rada: proście o pomiary na piśmie, a nie o „poradę w sprawie wietrzenia”. Pozdrawiam,
[[PERSON:Kasia]].
"""),
    ),
    (
        "fv2cc-pl-02",
        "pl",
        _s("""
Piszę ja, [[PERSON:Bożena Lis]], z [[ADDRESS:mieszkania nr 5]] w bloku [[ADDRESS:Marlowe House]] w
Luton. Mieszkam z mężem, [[PERSON:Zbyszkiem]], a w tygodniu opiekujemy się wnukiem,
[[PERSON:Oskarkiem]]. Najpierw były myszy, potem prusaki. Oto karta z trzeciej wizyty
deratyzatora:

„PEST CONTROL VISIT REPORT. Contractor: [[ORGANISATION:Pestguard South Ltd]]. Technician:
[[PERSON:Dean Fairclough]], RSPH Level 2, BPCA member no. [[OTHER_ID:BPCA-20931]]. Job no.
[[REFERENCE:PGS-771045]]. Visit 3 of 4. Address: [[ADDRESS:Flat 5, Marlowe House]],
[[POSTCODE:LU2 0QS]]. Tenant: Mrs [[PERSON:B. Lis]]. Target pest: German cockroach, house mouse.
Findings: heavy activity behind kitchen plinths and in boxing around heating pipes; droppings in
airing cupboard. Entry points: gaps around pipework at floor level, shared service riser.
Treatment: gel bait placed out of reach (infant in household, [[AGE:10 months]]), 6 monitors, 2
tamper-resistant mouse boxes. Recommendation to landlord: proofing of riser and pipe gaps
REQUIRED, treat adjoining flats.”

Po polsku: pan [[PERSON:Dean]] trzy razy wykładał żel i pułapki, ale napisał czarno na białym, że
bez uszczelnienia szachtu nic to nie da, bo robactwo przychodzi od sąsiadów rurami. A
[[ORGANISATION:Chiltern Gate Homes]] przez dwa miesiące odpisywało, że to „sprawa lokatora”. Mój
[[PERSON:Zbigniew]] ma [[HEALTH:cukrzycę]] i trzyma insulinę w lodówce, a prusaki siedziały właśnie
za lodówką. [[PERSON:Oskar]] ma [[AGE:dziesięć miesięcy]] i wszystko bierze do buzi.

Skargę pomogła mi napisać córka, [[PERSON:Magda]], z jej adresu
[[EMAIL:magda.lis84@example.com]], numer skargi [[REFERENCE:CGH-C-30418]]. Podała też mój numer,
[[PHONE:01632 960207]], żeby dzwonili do mnie, a nie do niej. Kopię karty od pana
[[PERSON:Deana]] dołączyłyśmy do maila.

W końcu landlord zamówił uszczelnienie szachtu na całym piętrze i jeszcze dwie wizyty
[[ORGANISATION:Pestguard]] u wszystkich sąsiadów. Od marca ani jednego karalucha. Przeprosili
na piśmie i dali 150 funtów za wyrzucone jedzenie. Mąż żartuje, że teraz tęskni za towarzystwem.
"""),
    ),
    (
        "fv2cc-pl-03",
        "pl",
        _s("""
Jestem [[PERSON:Paweł Nowicki]], mieszkam sam z córką [[PERSON:Zuzią]] przy [[ADDRESS:17 Ely Road]]
w Peterborough, [[POSTCODE:PE1 5XR]]. Wklejam fragment świadectwa bezpieczeństwa gazowego (CP12),
bo wiele osób nie wie, jak je czytać, a ja też nie wiedziałem.

„LANDLORD GAS SAFETY RECORD. Record no. [[REFERENCE:FRH-GS-240117]]. Engineer:
[[PERSON:Darren Lee]], Gas Safe ID [[OTHER_ID:602853]]. Landlord: [[ORGANISATION:Fenland Rivers
Housing]]. Tenant: Mr [[PERSON:P. Nowicki]]. Occupants: 1 adult, 1 child ([[AGE:8]],
[[HEALTH:epilepsy]]). Appliance 1: boiler, Ideal Logic 24, serial 1928-44710, kitchen, safe.
Appliance 2: gas fire, Valor Homeflame, serial VH-2281774, living room. Spillage test: FAIL.
Flue: obstructed, debris in chimney. Classification: AT RISK, turned off with tenant's consent.
CO alarm: NOT PRESENT, fitted on the day.”

W skrócie: kominek gazowy w salonie cofał spaliny do pokoju (test „spillage” nie przeszedł), a w
mieszkaniu w ogóle nie było czujnika czadu. Pan [[PERSON:Darren]] zamontował go od ręki i wyłączył
kominek, bo komin był zapchany gruzem. Dla nas to ważne podwójnie: [[PERSON:Zuzia]] ma
[[HEALTH:padaczkę]], a lekarz mówił, że bóle głowy i zmęczenie mogą zwiększać ryzyko napadów.

Potem przez pięć tygodni, w styczniu, nikt nic nie zrobił. Dostaliśmy dwa grzejniki olejowe i
tyle. Wysłałem skargę z [[EMAIL:pawel.nowicki@example.com]], numer [[REFERENCE:FRH-COMP-9902]], i
dołączyłem raport pana [[PERSON:Darrena]]. Szkoła [[PERSON:Zuzi]], [[ADDRESS:Millfield Brook
Primary]], napisała, że mała przychodzi zmarznięta, i to też poszło do akt.

Po skardze kominek usunięto, w salonie założono normalny kaloryfer podłączony do pieca, a za
rachunki za prąd zwrócili mi 200 funtów. Teraz co roku czytam CP12 od deski do deski. Jeśli
widzicie „AT RISK” albo „IMMEDIATELY DANGEROUS”, od razu piszcie skargę.
"""),
    ),
    (
        "fv2cc-pl-04",
        "pl",
        _s("""
Jestem [[PERSON:Agnieszka Maj]] i w maju minął rok, odkąd elektryk napisał, że nasz prysznic jest
groźny dla życia. Mieszkamy z córką, [[PERSON:Różą]], pod adresem [[ADDRESS:Flat 2, 118
Canterbury Street]], Gillingham, [[POSTCODE:ME7 5UJ]]. Tak wyglądał raport:

„ELECTRICAL INSTALLATION CONDITION REPORT. Certificate no. [[REFERENCE:KES-2024-1187]].
Contractor: [[ORGANISATION:Kingsferry Electrical Services]]. Inspector: [[PERSON:Lewis Grant]],
NAPIT membership no. [[OTHER_ID:NAP-38172]]. Client: [[ORGANISATION:Medway Harbour Homes]].
Occupier: Ms [[PERSON:A. Maj]] + 1 ([[AGE:15]]). Observations: C1, shower circuit, no earth
continuity, danger present, circuit isolated; C2, scorching at cooker switch; C2, socket in
bedroom 2 loose, evidence of arcing; C3, no surge protection. Overall: UNSATISFACTORY.”

C1 to najwyższy stopień: „zagrożenie występuje”. Pan [[PERSON:Lewis]] od razu odłączył prysznic,
bo obwód nie miał uziemienia, i kazał nie używać gniazdka w pokoju [[PERSON:Róży]], bo iskrzyło.
[[PERSON:Róża]] ma [[AGE:15 lat]], gra w siatkówkę i przez sześć tygodni myła się albo na
siłowni, albo u mojej koleżanki, [[PERSON:Ewy]]. Ja chodziłam z miską.

[[ORGANISATION:Medway Harbour Homes]] najpierw odpisało, że „czeka na wycenę”. Zadzwoniłam na
[[PHONE:020 7946 0935]] i złożyłam skargę, numer [[REFERENCE:MHH/ST1/40377]]. Pomogła mi pani
[[PERSON:Grażyna]] z centrum porad, która zna angielskie przepisy lepiej niż ja. W piśmie
przytoczyłyśmy raport pana [[PERSON:Lewisa]] słowo w słowo.

Dwa dni po skardze prysznic działał. Potem przyszła wymiana całej instalacji i nowa rozdzielnica.
Za karnety na siłownię i kąpiele zwrócili 180 funtów. Razem z [[PERSON:Różą]] powiesiłyśmy nowy
certyfikat na lodówce: SATISFACTORY.
"""),
    ),
    (
        "fv2cc-pl-05",
        "pl",
        _s("""
Piszę za tatę, [[PERSON:Marka Sowę]]. Tata ma [[AGE:67 lat]], [[HEALTH:POChP]], korzysta z
koncentratora tlenu i porusza się na wózku. Mieszka w [[ADDRESS:mieszkaniu nr 141]] na 14. piętrze
wieżowca [[ADDRESS:Beaumont Heights]] w Manchesterze, [[POSTCODE:M22 4BX]]. Poniżej notatki z
oceny ryzyka pożarowego, które administracja dostała jesienią:

„FIRE RISK ASSESSMENT, Type 1, common parts. Assessor: [[PERSON:Helen Crossley]], CFPA Dip,
[[ORGANISATION:Northlight Fire Consultants]], FRACS reg. [[OTHER_ID:FRACS-1187]]. Ref
[[REFERENCE:NFC-FRA-2291]]. Client: [[ORGANISATION:Irk Valley Homes]]. Floor 14: dry riser outlet
cap missing; lobby door closer defective; [[ADDRESS:Flat 141]]: occupant uses wheelchair and
oxygen concentrator, unable to self-evacuate, no PEEP or person-centred fire risk assessment.
Evacuation strategy: stay put. Lifts: 1 of 2 out of service. Action priority: HIGH. Arrange
PEEP, inform fire service, restore lift within 28 days.”

Tłumaczę: na piętrze taty brakuje zaślepki pionu pożarowego, drzwi na klatkę się nie domykają, a
nikt nie przygotował dla niego indywidualnego planu ewakuacji, chociaż sam nie zejdzie z
czternastego piętra. Pani [[PERSON:Helen]] zaznaczyła to jako priorytet wysoki. Tymczasem jedna
winda stała siedem tygodni, a druga co chwilę się psuła, więc tata nie dojechał na dwie wizyty w
szpitalu.

Złożyłam skargę, numer [[REFERENCE:IVH/CX/66120]], i dołączyłam raport pani
[[PERSON:Crossley]]. Opiekun osiedla, [[PERSON:Gary]], oddzwonił z [[PHONE:0161 496 0589]] już
następnego dnia i przyznał, że nikt nie przeczytał tej oceny do końca.

W ciągu miesiąca naprawili windę, dorobili zaślepkę i samozamykacz, a straż pożarna przyszła z
wizytą „Safe and Well” i spisała plan ewakuacji dla [[PERSON:Marka]]. Dostał też 300 funtów
rekompensaty. Tata mówi, że pierwszy raz od lat śpi spokojnie. [[PERSON:Joanna Sowa]], córka.
"""),
    ),
    (
        "fv2cc-ro-01",
        "ro",
        _s("""
Mă numesc [[PERSON:Mihaela Dobre]] și locuiesc cu soțul meu, [[PERSON:Ionuț]], și cu fetița
noastră, [[PERSON:Ilinca]], la [[ADDRESS:58 Manor Way]], Erith, [[POSTCODE:DA8 1LT]]. Vă traduc
fișa de siguranță a gazului (CP12) primită în noiembrie, pentru că mulți nu știu ce scrie în ea.

„LANDLORD GAS SAFETY RECORD. Record no. [[REFERENCE:EMH-CP12-88301]]. Landlord:
[[ORGANISATION:Erith Marsh Housing]]. Engineer: [[PERSON:Steve Rushworth]], Gas Safe reg. no.
[[OTHER_ID:571906]]. Tenant: Mrs [[PERSON:M. Dobre]]. Occupants: 2 adults, 1 infant
([[AGE:8 months]]). Appliance: combi boiler, Baxi 600, serial 5114-302877, kitchen. Flue gas
analysis: CO 410 ppm, CO/CO2 ratio 0.0086, above limit. Flue joint leaking in loft void.
Classification: IMMEDIATELY DANGEROUS. Gas to boiler isolated, warning notice issued. CO alarm:
battery removed, replaced.”

Pe românește: centrala scotea prea mult monoxid de carbon, iar îmbinarea coșului era fisurată în
pod, exact deasupra camerei [[PERSON:Ilincăi]]. Domnul [[PERSON:Steve]] a oprit gazul la centrală
și a pus un detector nou, fiindcă cel vechi nu avea baterie. [[PERSON:Ilinca]] avea atunci
[[AGE:8 luni]] și tocmai ieșise dintr-o [[HEALTH:bronșiolită]].

Au urmat 19 zile fără căldură și fără apă caldă, în decembrie. [[PERSON:Ionuț]] a sunat zilnic la
[[PHONE:020 7946 0412]], iar eu am trimis o plângere de pe [[EMAIL:mihaela.dobre@example.com]],
numărul [[REFERENCE:EMH/CMP/55092]], cu raportul lui [[PERSON:Steve]] atașat. Asistenta de la
[[ADDRESS:Belmont Vale Surgery]] ne-a scris o scrisoare despre plămânii fetiței. Noaptea dormeam
la vecina noastră, doamna [[PERSON:Rodica]], care avea calorifere bune.

După plângere, lucrurile s-au mișcat în două zile: centrală nouă, coș nou, două radiatoare
electrice până la montaj și 400 de lire despăgubire, plus banii pe curent. Sfatul meu: dacă pe
fișă scrie „IMMEDIATELY DANGEROUS”, cereți în scris data reparației, nu doar „vă sunăm noi”.
"""),
    ),
    (
        "fv2cc-ro-02",
        "ro",
        _s("""
Scrie [[PERSON:Vasile Lungu]], de la [[ADDRESS:Flat 7, Harlow Court, 23 Ealing Road]], Wembley,
[[POSTCODE:HA0 4PT]]. Eu și soția mea, [[PERSON:Floarea]], avem grijă de nepotul nostru,
[[PERSON:Tudor]], cât timp părinții lui sunt la muncă. Iată raportul care a pus capăt unui an de
pereți uzi.

„DAMP, MOULD AND CONDENSATION INSPECTION. Ref [[REFERENCE:CAPC-DM-6610]]. Surveyor:
[[PERSON:Aisha Bello]], [[ORGANISATION:ClearAir Property Care]], PCA member no.
[[OTHER_ID:PCA/3096]]. Landlord: [[ORGANISATION:Brent Garden Homes]]. Tenant: Mr
[[PERSON:V. Lungu]]. Occupants: 2 adults ([[AGE:71]], [[AGE:68]]), 1 child ([[AGE:6]],
[[HEALTH:asthma]]) most weekdays. Readings: bedroom 2 RH 79%, dew point reached on external wall,
wall moisture 35 WME at 300 mm; lounge RH 66%. Findings: leaking soil stack in wall void from
flat above, penetrating damp; mould category 3 to bedroom 2 (ceiling, wardrobe, carpet).
Recommendations: repair stack (access via flat above), hack off and replaster, mould treatment,
replace carpet.”

Pe scurt: nu era „condens de la uscatul rufelor”, cum ni se tot spunea, ci țeava de scurgere a
vecinului de sus, care curgea prin perete. Doamna [[PERSON:Aisha]] a măsurat totul în fața noastră.
[[PERSON:Tudor]] are [[AGE:6 ani]] și [[HEALTH:astm]], iar camera în care doarme el era cea mai
udă. [[PERSON:Floarea]] are [[HEALTH:artrită reumatoidă]] și frigul umed o chinuia; degeaba
cumpărase floarea-soarelui pentru balcon, nu mai ieșea din pat.

[[ORGANISATION:Brent Garden Homes]] a răspuns că apartamentul de sus e al unui proprietar privat
și nu e treaba lor. Fiul nostru, [[PERSON:Cătălin]], a scris plângerea formală, numărul
[[REFERENCE:BGH-0447215]], și a dat telefonul lui, [[PHONE:07700 900548]]. La etapa a doua au
recunoscut că ei trebuie să obțină accesul la țeavă.

Au reparat-o în trei săptămâni, au refăcut tencuiala și au pus mochetă nouă. Ne-au dat 650 de
lire. Rufele [[PERSON:Floarei]] stau acum la uscat în liniște, și nimeni nu ne mai spune să
deschidem geamul.
"""),
    ),
    (
        "fv2cc-ro-03",
        "ro",
        _s("""
Sunt [[PERSON:Alina Păun]] și locuiesc cu copiii, [[PERSON:Sorina]] și [[PERSON:Matei]], la
[[ADDRESS:Flat 3, 27 Gorse Hill Road]], Bristol, [[POSTCODE:BS13 8HD]]. Apartamentul a venit
mobilat de la [[ORGANISATION:Avonmead Homes]], iar ploșnițele au venit odată cu mobila. Iată fișa
primei vizite:

„PEST CONTROL SERVICE SHEET. Company: [[ORGANISATION:Bugsafe Environmental]]. Technician:
[[PERSON:Connor Walsh]], RSPH Level 2 cert. no. [[OTHER_ID:RSPH-2311507]]. Job no.
[[REFERENCE:BSE-20466]]. Customer: [[ORGANISATION:Avonmead Homes]] on behalf of tenant Ms
[[PERSON:A. Paun]]. Pest: bed bugs (Cimex lectularius). Infestation level: SEVERE, 3 bedrooms and
sofa. Evidence: live insects and eggs in bed frames, skirting joints and behind headboards; blood
spotting on mattresses. Occupants: 1 adult, 2 children ([[AGE:9]], [[AGE:5]]); younger child has
[[HEALTH:eczema]], bites infected per tenant. Treatment 1 of 3: residual insecticide and steam.
Recommendation: landlord to replace 2 mattresses and bed bases, heat treatment if activity
persists.”

Adică: infestare gravă, în toate cele trei paturi și în canapea, cu ouă în rame și după plinte.
Domnul [[PERSON:Connor]] a spus clar că saltelele sunt ale proprietarului și trebuie schimbate.
[[PERSON:Matei]] are [[AGE:5 ani]] și [[HEALTH:eczemă atopică]]; s-a scărpinat până la sânge, iar
doctorița de la [[ADDRESS:Gorse Hill Medical Practice]] i-a dat antibiotic. [[PERSON:Sorina]] are
[[AGE:9 ani]] și îi era rușine, pentru că învățătoarea de la [[ADDRESS:Withywood Park Primary]] a
găsit o ploșniță în ghiozdanul [[PERSON:Sorinei]].

Proprietarul a zis că „lenjeria e responsabilitatea chiriașului”. Am trimis plângerea de pe
[[EMAIL:alina.paun@example.org]], numărul [[REFERENCE:AVH-CMP-11952]], cu fișa lui
[[PERSON:Connor]] atașată și cu pozele cu mușcăturile lui [[PERSON:Matei]].

În zece zile am primit paturi și saltele noi, tratament termic în tot apartamentul și banii pentru
spălătorie. Plus 500 de lire despăgubire și o scrisoare de scuze. Dacă aveți ploșnițe într-o
locuință mobilată, mobila nu e problema voastră.
"""),
    ),
    (
        "fv2cc-ro-04",
        "ro",
        _s("""
Sunt [[PERSON:Cristian Munteanu]], dar toată lumea îmi zice [[PERSON:Cristi]]. Am grijă de mama,
[[PERSON:Elena Munteanu]], care are [[AGE:81 de ani]] și [[HEALTH:Alzheimer]]. Locuim la
[[ADDRESS:9 Tamworth Road]], Croydon, [[POSTCODE:CR0 1XT]], într-o casă a
[[ORGANISATION:Wandle Reach Housing]]. Raportul electric de anul trecut spunea așa:

„ELECTRICAL INSTALLATION CONDITION REPORT. Report no. [[REFERENCE:WRH-E-30952]]. Contractor:
[[ORGANISATION:Voltcheck Services]], NAPIT reg. no. [[OTHER_ID:NAP-40219]]. Inspector:
[[PERSON:Jordan Pike]]. Occupier: Mrs [[PERSON:E. Munteanu]] ([[AGE:81]], [[HEALTH:dementia]]),
son resident as carer. Age of installation: approx. 40 years. Observations: C2, overheated cable
at immersion heater switch, insulation discoloured; C2, no RCD protection; C2, extension leads
daisy-chained for storage heater in bedroom 1, insufficient sockets; C3, obsolete consumer unit.
Overall: UNSATISFACTORY. Note: vulnerable occupant, recommend priority remedials.”

Pe înțelesul tuturor: cablul de la întrerupătorul boilerului se înnegrise de căldură, nu exista
protecție diferențială, iar în camera mamei totul mergea pe prelungitoare legate una de alta.
Mama uită boilerul pornit zile întregi. Domnul [[PERSON:Jordan]] a scris special „vulnerable
occupant” și mi-a spus să nu las lucrurile așa.

Proprietarul mi-a răspuns că remedierile se fac „în 90 de zile”. Am făcut plângere de pe
[[EMAIL:cristi.munteanu@example.com]], numărul [[REFERENCE:WRH/CC/7021]], și am atașat raportul lui
[[PERSON:Jordan]]. Asistenta socială a doamnei [[PERSON:Elena]], [[PERSON:Sandra]], a sunat și ea la
[[PHONE:020 7946 0167]] și a explicat ce înseamnă [[HEALTH:demență]] într-o casă cu fire încinse.

În șase zile au schimbat cablul și tabloul, au pus prize noi în camera mamei și detectoare de fum
și căldură legate între ele. Ne-au dat și 150 de lire. Acum dorm liniștit. Dacă aveți în grijă
un părinte, spuneți-o de la început electricianului: contează.
"""),
    ),
    (
        "fv2cc-ro-05",
        "ro",
        _s("""
Sunt [[PERSON:Viorica Stan]], mama [[PERSON:Biancăi]]. Locuim la [[ADDRESS:31 Lichfield Avenue]],
Leicester, [[POSTCODE:LE4 7QS]], cu chirie la [[ORGANISATION:Soar Valley Housing]]. Traduc nota de
la vizita comună a terapeutului ocupațional și a inspectorului, pentru alți părinți în situația
noastră.

„DISABLED FACILITIES GRANT, JOINT VISIT (OT / TECHNICAL OFFICER). Case no.
[[REFERENCE:DFG-2024-0873]]. Child: [[PERSON:Bianca Stan]], DOB [[DATE_OF_BIRTH:17/06/2012]], NHS
no. [[OTHER_ID:186 091 3903]]. Diagnosis: [[HEALTH:cerebral palsy]] ([[HEALTH:spastic diplegia]]), wheelchair
user; [[HEALTH:epilepsy]], controlled. Parents: [[PERSON:Gheorghe Stan]], [[PERSON:Viorica Stan]].
School: [[ADDRESS:Thurmaston Brook Academy]]. OT: [[PERSON:Hannah Whitlock]], HCPC reg.
[[OTHER_ID:OT58213]]. Technical officer: [[PERSON:Raj Sandhu]], [[ORGANISATION:Soar Home
Adaptations Service]]. Findings: child carried upstairs by father (38 kg); bathroom first floor
only; doorways 680 mm, wheelchair 640 mm; two steps at front door. Recommendations: through-floor
lift, wet room with changing bench and ceiling track hoist, widen doors to 850 mm, ramp. Priority:
HIGH. Landlord consent required.”

[[PERSON:Bianca]] are [[AGE:12 ani]] și [[HEALTH:paralizie cerebrală]]. Soțul meu,
[[PERSON:Gheorghe]], o căra în brațe pe scări de două ori pe zi, până când spatele lui
[[PERSON:Gheorghe]] a cedat. Doamna [[PERSON:Hannah]] a scris prioritate mare, dar
[[ORGANISATION:Soar Valley Housing]] a ținut cererea cinci luni fără să dea acordul.

Am făcut plângere, numărul [[REFERENCE:SVH-C-2290]], și am lăsat numărul meu,
[[PHONE:0116 496 0371]]. La etapa întâi au recunoscut întârzierea, au dat acordul în zece zile și
ne-au plătit 400 de lire. Liftul și baia nouă au fost gata în iulie, înainte de vacanță.

Acum [[PERSON:Bianca]] urcă singură în camera ei. Sfatul meu: întrebați în scris cine trebuie să
semneze acordul și până când.
"""),
    ),
    (
        "fv2cc-ar-01",
        "ar",
        _s("""
اسمي [[PERSON:مريم النجار]]، والجيران ينادونني [[PERSON:أم يوسف]]. أسكن مع ابني [[PERSON:يوسف]] في
[[ADDRESS:12 Clifton Grove]] في برمنغهام، الرمز البريدي [[POSTCODE:B12 9HT]]. منذ سنتين والعفن
الأسود يغطي جدار غرفته، وكانت [[ORGANISATION:Highgate Moor Housing]] ترد كل مرة بأن السبب هو نشر
الغسيل داخل البيت. ثم جاء تقرير المساح، وأنقل هنا أهم ما فيه بالإنجليزية كما هو:

"DAMP AND MOULD SURVEY. Surveyor: [[PERSON:Daniel Okafor]], [[ORGANISATION:Heartland Damp
Surveys]], PCA no. [[OTHER_ID:PCA/2871]]. Job no. [[REFERENCE:HDS-15530]]. Date of visit:
11/10/2024. Tenant: Mrs [[PERSON:Mariam Al-Najjar]]. Occupants: 1 adult, 1 child
([[AGE:5 yrs]], [[HEALTH:asthma]]). Bedroom 2: RH 83%, wall moisture 30 WME, mould category 3
behind bed. Bathroom: no extract ventilation. Cause: roof leak at valley gutter; condensation
secondary."

والمعنى: الرطوبة في غرفة الطفل ٨٣٪، والجدار مبلل، والعفن من الدرجة الثالثة خلف السرير، والسبب
الأساسي تسرب من السطح وليس الغسيل، مع عدم وجود مروحة شفط في الحمام. ابني [[PERSON:يوسف]] عمره
[[AGE:٥ سنوات]] ويعاني من [[HEALTH:الربو]]، وكان يستيقظ كل ليلة على السعال. المساح
[[PERSON:دانيال]] صوّر كل شيء وقال لي بوضوح إن الدهان فوق العفن لا يحل المشكلة.

أرسلت شكوى رسمية إلى [[EMAIL:complaints@highgatemoor.example.org]] مع التقرير، ورقم الشكوى
[[REFERENCE:HMH-CX-20784]]، وتركت رقم هاتفي [[PHONE:0121 496 0658]]. كما كتبت ممرضة الربو في
[[ADDRESS:Cannon Hill Surgery]] رسالة تؤكد أن حالة [[PERSON:يوسف]] تسوء في الشتاء.

بعد ثلاثة أسابيع أصلحوا السطح والمزراب، وركّبوا مروحة في الحمام، وعالجوا الجدار وأعادوا دهانه،
ودفعوا ٣٥٠ جنيهًا تعويضًا عن السرير والملابس. نصيحتي: اطلبوا القراءات مكتوبة، فالأرقام أقوى من
الكلام.
"""),
    ),
    (
        "fv2cc-ar-02",
        "ar",
        _s("""
أنا [[PERSON:خالد حداد]]، أعيش مع والدي [[PERSON:سليم حداد]]، وهو [[PERSON:أبو خالد]] عند كل من يعرفه
في الحي، وعمره [[AGE:٧٨ عامًا]] ويعاني من [[HEALTH:قصور القلب]]. عنواننا
[[ADDRESS:Flat 4, Beech House, Mayfield Road]]، كارديف، [[POSTCODE:CF24 3DL]]. هذه شهادة سلامة
الغاز التي غيّرت كل شيء:

"LANDLORD GAS SAFETY RECORD. Record no. [[REFERENCE:TBH-LGSR-41276]]. Landlord:
[[ORGANISATION:Taff Bridge Housing]]. Engineer: [[PERSON:Lee Brennan]], [[ORGANISATION:Cardiff Bay
Heating Ltd]], Gas Safe ID [[OTHER_ID:530477]]. Tenant: Mr [[PERSON:K. Haddad]]. Occupants: 2
adults, one aged [[AGE:78]] ([[HEALTH:heart failure]]). Appliance: gas fire with back boiler, Baxi
Bermuda, serial BB-55102, living room. Ventilation: INADEQUATE, fixed vent blocked. Heat exchanger
corroded, appliance over 30 years old. Classification: AT RISK, turned off with consent. CO alarm:
none present, fitted on the day."

الترجمة: المدفأة القديمة مع المرجل الخلفي في غرفة الجلوس صدئة، وفتحة التهوية مسدودة، فصنّفها
المهندس "معرضة للخطر" وأطفأها، ولم يكن في الشقة أي جهاز إنذار لأول أكسيد الكربون. قال لي المهندس
[[PERSON:لي]] إن هذا النوع من المدافئ يجب استبداله لا إصلاحه.

بعد ذلك بقي أبي شهرين بلا تدفئة مركزية ولا ماء ساخن إلا من غلاية كهربائية، رغم حالته الصحية. قدمت
شكوى برقم [[REFERENCE:TBH/C/31905]] واتصلت مرارًا بالرقم [[PHONE:029 2018 0693]]. ساعدني في كتابة
الرسالة جارنا [[PERSON:يعقوب]] الذي نلتقيه في [[ADDRESS:مسجد الهدى]]، وأرفقنا تقرير
[[PERSON:لي برينان]] ورسالة من طبيب [[PERSON:أبو خالد]].

في المرحلة الثانية اعتذرت الجمعية، وركّبت مرجلًا جديدًا ومشعات في كل الغرف خلال أسبوع، ودفعت
٣٠٠ جنيه، وأضافت والدي إلى قائمة السكان الأكثر حاجة للرعاية. لا تقبلوا بعبارة "سنتواصل معكم".
"""),
    ),
    (
        "fv2cc-ar-03",
        "ar",
        _s("""
أنا [[PERSON:أمل]]، وزوجي [[PERSON:حسن]]. جئنا إلى بريطانيا [[OTHER_SPECIAL:لاجئين من سوريا]]،
ونسكن منذ ٢٠٢٢ في [[ADDRESS:Flat 18, Wellington House]] في كوفنتري، [[POSTCODE:CV1 5LR]]، مع أطفالنا
الثلاثة. في الربيع تسرب الماء من الشقة العلوية إلى سقف المطبخ، فأرسلت
[[ORGANISATION:Three Spires Housing]] عاملًا بدأ يكشط السقف بيده قبل أي فحص. بعد أيام جاء مساح
الأسبستوس، وهذا ما كتبه:

"ASBESTOS MANAGEMENT SURVEY, pre-works, kitchen. Survey ref [[REFERENCE:CAS-M-48819]]. Surveyor:
[[PERSON:Shaun Doyle]], BOHS P402 no. [[OTHER_ID:P402-207514]], [[ORGANISATION:Midland Asbestos
Surveys]]. Client: [[ORGANISATION:Three Spires Housing]]. Address: [[ADDRESS:Flat 18, Wellington
House]]. Occupants: 2 adults, 3 children ([[AGE:9]], [[AGE:6]], [[AGE:1]]). Sample K-01: textured
coating to kitchen ceiling, chrysotile detected, water damaged and partly scraped, fibre release
possible. Sample K-02: bitumen floor adhesive, chrysotile, good condition. Recommendation: do NOT
disturb; restrict access to kitchen; licensed contractor to remove K-01 before ceiling repair."

يعني أن طلاء السقف يحتوي على الأسبستوس، وأنه تضرر وكُشط جزئيًا، وأن علينا ألا ندخل المطبخ. ابنتنا
[[PERSON:ليان]] عمرها [[AGE:٩ سنوات]]، و[[PERSON:عمر]] عمره [[AGE:٦ سنوات]]، والصغيرة
[[PERSON:جنى]] لم تكمل [[AGE:سنة]] بعد، وكانت تحبو على أرض المطبخ حين كان العامل يكشط.

ستة أسابيع ونحن نطبخ على موقد تخييم في الممر، وكدت أفقد الأمل. ثم ساعدتني [[PERSON:بتول]]،
المتطوعة في [[ORGANISATION:Bridge Welcome Project]]، في تقديم شكوى برقم
[[REFERENCE:TSH-CMP-9183]]، وأعطيناهم رقم [[PERSON:حسن]]: [[PHONE:07700 900214]].

اعترفت الجمعية بأن العامل لم يكن يجب أن يلمس السقف دون فحص. أزال مقاول مرخص الطلاء، وأُصلح السقف،
ونُقلنا إلى فندق أسبوعًا، ودُفع لنا ٦٠٠ جنيه. الأمل لا يكفي، الأوراق هي التي تنفع.
"""),
    ),
    (
        "fv2cc-ar-04",
        "ar",
        _s("""
اسمي [[PERSON:نور الشامي]]، أسكن في الطابق التاسع من برج [[ADDRESS:Tabard Point]] في شرق لندن،
[[POSTCODE:E3 4RN]]، مع أمي [[PERSON:سعاد]] التي تعاني من [[HEALTH:التصلب المتعدد]] وتستخدم كرسيًا
متحركًا. المالك هو [[ORGANISATION:Bow Common Homes]]. هذه ملاحظات تقييم مخاطر الحريق للمبنى، كما
وصلتني بعد أن طلبتها:

"FIRE RISK ASSESSMENT, Type 3 sample flats. Assessor: [[PERSON:Rachel Finch]], MIFireE, IFE
membership no. [[OTHER_ID:00051833]], [[ORGANISATION:Ember Risk Consulting]]. Ref
[[REFERENCE:ERC-FRA-5527]]. Floor 9: bin chute hopper door broken, not self-closing;
[[ADDRESS:Flat 93]]: entrance door not FD30S, letterbox unsealed, no smoke detection inside flat;
occupant with [[HEALTH:multiple sclerosis]], wheelchair user, unable to use stairs, no PEEP.
Evacuation strategy: stay put. Stair lighting: emergency lights failed on floors 7 to 10. Action:
HIGH."

الخلاصة: باب شقتنا لا يصمد أمام النار، ولا يوجد جهاز كشف دخان داخلها، وباب مجرى القمامة مكسور، وأمي
لا تستطيع النزول على الدرج ولا توجد خطة إخلاء لها. حتى النور في الدرج كان مطفأ منذ أشهر. السيدة
[[PERSON:راشيل]] كتبت أن الأولوية عالية، لكن لم يتغير شيء خلال أربعة أشهر.

أرسلت شكوى من بريدي [[EMAIL:nour.shami@example.com]] ورقمها [[REFERENCE:BCH-7734-C]]، وأرفقت
التقرير. ردّ علي مسؤول السلامة [[PERSON:Tom Reilly]] واتصل بي على [[PHONE:020 7946 0881]].
شرحت له أن [[PERSON:سعاد]] تبقى وحدها في [[ADDRESS:الشقة 93]] ساعات طويلة حين أكون في العمل.

خلال ستة أسابيع ركّبوا بابًا جديدًا مقاومًا للحريق، وأجهزة إنذار دخان مترابطة، وأصلحوا باب
القمامة وإضاءة الطوارئ، وكتبوا خطة إخلاء شخصية لأمي مع كرسي إخلاء في الطابق، ودفعوا ٢٠٠ جنيه.
نصيحتي: اطلبوا تقييم الحريق لمبناكم، فهو حق لكم.
"""),
    ),
    (
        "fv2cc-ar-05",
        "ar",
        _s("""
معكم [[PERSON:سامي الأحمد]]. نسكن أنا وزوجتي [[PERSON:هبة]] وطفلانا [[PERSON:رهف]] و[[PERSON:آدم]]
في بيت صغير في [[ADDRESS:44 Pelham Street]]، نوتنغهام، [[POSTCODE:NG7 3AW]]، تملكه
[[ORGANISATION:Lenton Abbey Housing]]. الجرذان كانت تدخل المطبخ من تحت المغسلة، وهذه ورقة زيارة
شركة المكافحة:

"PEST CONTROL VISIT SHEET. Contractor: [[ORGANISATION:Trentside Pest Services]]. Technician:
[[PERSON:Kyle Mercer]], RSPH Level 2, BPCA reg. no. [[OTHER_ID:BPCA-31760]]. Job no.
[[REFERENCE:TPS-88214]]. Tenant: Mr [[PERSON:S. Al-Ahmad]]. Target pest: brown rat. Findings:
burrows in rear yard; rats entering kitchen via broken drain under sink; droppings in food
cupboards; gnaw marks on children's toys. Treatment: 4 tamper-resistant bait stations outside
only, no bait indoors (children aged [[AGE:7]] and [[AGE:3]]). Landlord action: CCTV drain survey
and drain repair URGENT, proof gaps under sink."

يعني أن الفني [[PERSON:كايل]] وجد جحورًا في الفناء الخلفي، وأن الجرذان تدخل من مصرف مكسور تحت
المغسلة، ولم يضع السم داخل البيت لأن [[PERSON:رهف]] عمرها [[AGE:٧ سنوات]] و[[PERSON:آدم]] عمره
[[AGE:٣ سنوات]]. وكتب بخط واضح أن إصلاح المصرف "عاجل".

ومع ذلك مرت سبعة أسابيع. [[PERSON:هبة]] لم تعد تنام، وقال طبيب العائلة في
[[ADDRESS:Lenton Fields Surgery]] إنها تعاني من [[HEALTH:القلق]]. قدمت شكوى برقم
[[REFERENCE:LAH-CX-5612]] من بريدي [[EMAIL:sami.alahmad@example.org]]، ورقم هاتفي
[[PHONE:0115 496 0349]]، وأرسلت صور الألعاب المقضومة.

بعد الشكوى جاءت كاميرا المصارف فورًا، ووجدوا أنبوبًا منهارًا تحت الفناء، فأصلحوه، وسدّوا الفتحات،
وغيّروا خزائن المطبخ. اعتذرت الجمعية ودفعت ٤٥٠ جنيهًا. منذ شهرين لم نر جرذًا واحدًا.
"""),
    ),
    (
        "fv2cc-ur-01",
        "ur",
        _s("""
میرا نام [[PERSON:رخسانہ کوثر]] ہے۔ میں اپنے سسر [[PERSON:بشیر احمد]] کی دیکھ بھال کرتی ہوں، جنہیں
سب ابا جی کہتے ہیں۔ ہمارا گھر [[ADDRESS:7 Whitby Road]]، بریڈفورڈ، [[POSTCODE:BD8 9JR]] ہے اور
مالک مکان [[ORGANISATION:Manningham Fold Housing]] ہے۔ ذیل میں اوکیوپیشنل تھراپسٹ اور سرویئر کی
مشترکہ وزٹ کا نوٹ ہے:

"DISABLED FACILITIES GRANT, JOINT VISIT NOTE. Case ref [[REFERENCE:BDC-DFG-11402]]. Applicant:
Mr [[PERSON:Bashir Ahmed]]. DOB: [[DATE_OF_BIRTH:12/04/1950]]. NHS no.
[[OTHER_ID:993 518 1901]]. Diagnoses: [[HEALTH:type 2 diabetes]] with
[[HEALTH:peripheral neuropathy]]; [[HEALTH:stroke]] (2023). OT: [[PERSON:Sarah Kettlewell]], HCPC
reg. [[OTHER_ID:OT70384]]. Surveyor: [[PERSON:Imran Qureshi]], [[ORGANISATION:Wharfe Care and
Repair]]. Findings: walking frame indoors; cannot manage stairs; sleeping on sofa in front room;
only WC is upstairs; using commode. Recommendations: ground-floor wet room with WC, grab rails,
profiling bed in front room, key safe. Priority: URGENT. Landlord consent required."

آسان الفاظ میں: ابا جی کی عمر [[AGE:74 سال]] ہے، انہیں [[HEALTH:شوگر]] ہے اور پچھلے سال
[[HEALTH:فالج]] ہوا، اس لیے وہ سیڑھیاں نہیں چڑھ سکتے۔ گھر میں واحد ٹوائلٹ اوپر ہے، اس لیے وہ
مہینوں سے نیچے صوفے پر سو رہے تھے اور کموڈ استعمال کر رہے تھے۔ [[PERSON:سارہ]] صاحبہ نے لکھا کہ
نیچے شاور روم اور ٹوائلٹ فوراً بننا چاہیے۔

کونسل کی گرانٹ منظور ہو گئی، مگر [[ORGANISATION:Manningham Fold Housing]] نے چار مہینے تک اجازت
نامہ نہیں بھیجا۔ میں نے [[EMAIL:rukhsana.kausar@example.com]] سے شکایت کی، حوالہ نمبر
[[REFERENCE:MFH-CMP-3318]]، اور اپنا نمبر [[PHONE:07700 900682]] دیا۔ [[PERSON:عمران]] بھائی، یعنی
سرویئر، نے بھی ان کو خط لکھا۔

دوسرے مرحلے پر انہوں نے معافی مانگی، دس دن میں اجازت دے دی اور تاخیر کے لیے 250 پاؤنڈ دیے۔ اب
[[PERSON:بشیر]] صاحب نیچے والے کمرے میں اپنے بستر پر سوتے ہیں اور خود نہا لیتے ہیں۔ میری
نصیحت: اجازت نامے کی آخری تاریخ تحریری طور پر مانگیں۔
"""),
    ),
    (
        "fv2cc-ur-02",
        "ur",
        _s("""
میں [[PERSON:شبنم فیصل]] ہوں۔ سردیوں میں ہمارے گھر کی کھڑکیوں پر اندر کی طرف شبنم کی طرح پانی جم
جاتا تھا اور دیواروں پر کالی پھپھوندی پھیل گئی تھی۔ ہم [[ADDRESS:23 Coppice Street]]، اولڈہم،
[[POSTCODE:OL8 1BQ]] میں رہتے ہیں: میں، میرے شوہر [[PERSON:فیصل]]، بیٹی [[PERSON:زارا]] اور بیٹا
[[PERSON:ایان]]۔ آخرکار [[ORGANISATION:Medlock Valley Housing]] نے سروے کروایا:

"DAMP AND MOULD SURVEY. Surveyor: [[PERSON:Jade Whitfield]], [[ORGANISATION:Pennine Moisture
Diagnostics]], PCA no. [[OTHER_ID:PCA/3652]]. Job no. [[REFERENCE:PMD-7104]]. Tenant: Mrs
[[PERSON:S. Faisal]]. Occupants: 2 adults, 2 children ([[AGE:6]], [[HEALTH:asthma]]; [[AGE:3]]).
Thermal imaging: bedroom 1 ceiling junction 8.1C, RH 76%, mould category 2; loft insulation 50 mm,
missing over bedroom 1. Kitchen: cooker hood recirculating only, no ducted extract. Bathroom fan:
1 l/s, ineffective. Recommendations: top up loft insulation to 300 mm, ducted kitchen extract,
replace bathroom fan, mould wash, re-inspect in 6 weeks."

مطلب یہ کہ بچوں کے کمرے کے اوپر چھت میں انسولیشن تھی ہی نہیں، اس لیے چھت ٹھنڈی رہتی اور نمی
وہیں جمتی۔ [[PERSON:زارا]] کی عمر [[AGE:چھ سال]] ہے اور اسے [[HEALTH:دمہ]] ہے؛ رات کو وہ انہیلر کے
بغیر سو نہیں پاتی تھی۔ [[PERSON:جیڈ]] صاحبہ نے تھرمل کیمرے سے ہمیں ٹھنڈی جگہیں دکھائیں۔

پہلے وہ کہتے رہے کہ ہم کپڑے گھر میں سکھاتے ہیں۔ میں نے سروے کے ساتھ باقاعدہ شکایت کی، نمبر
[[REFERENCE:MVH-DM-28841]]، اور [[PHONE:0161 496 0127]] پر بار بار فون کیا۔ [[PERSON:ایان]] کی
نرسری [[ADDRESS:Rainbow Steps Nursery]] نے بھی لکھا کہ وہ اکثر بیمار رہتا ہے۔

تین ہفتوں میں چھت میں پوری انسولیشن ڈال دی گئی، باورچی خانے اور غسل خانے میں نئے پنکھے لگے،
پھپھوندی صاف کر کے نیا رنگ ہوا، اور 300 پاؤنڈ ہرجانہ ملا۔ اب کھڑکیوں پر شبنم نہیں آتی، اور
[[PERSON:زارا]] پوری رات سوتی ہے۔
"""),
    ),
    (
        "fv2cc-ur-03",
        "ur",
        _s("""
میرا نام [[PERSON:طارق محمود]] ہے۔ ہم [[ADDRESS:Flat 2, 81 Stoney Lane]]، شیفیلڈ،
[[POSTCODE:S4 7QP]] میں رہتے ہیں۔ میری بیوی [[PERSON:نصرت]]، بیٹی [[PERSON:عائشہ]] اور میں، تینوں
کو مہینوں سے سر درد رہتا تھا۔ گیس کے سالانہ معائنے میں یہ لکھا آیا:

"LANDLORD GAS SAFETY RECORD. Record no. [[REFERENCE:DVH-GSR-60271]]. Landlord:
[[ORGANISATION:Don Valley Homes]]. Engineer: [[PERSON:Wayne Sutcliffe]], Gas Safe reg.
[[OTHER_ID:549120]], licence card [[OTHER_ID:3318476]]. Tenant: Mr [[PERSON:T. Mehmood]].
Occupants: 2 adults, 1 child ([[AGE:14]], [[HEALTH:thalassaemia major]]). Appliance: combi
boiler, Vaillant ecoTEC Plus 831, serial 21184400-0532, airing cupboard in hallway. Case seal
missing, flue joint not sealed. CO in room: 12 ppm, CO alarm sounding on arrival (alarm 6 years
old). Classification: IMMEDIATELY DANGEROUS. Gas isolated, appliance labelled DO NOT USE."

سیدھی بات: بوائلر کا ڈھکن ٹھیک سے بند نہیں تھا اور دھویں کی نالی کا جوڑ کھلا تھا، اس لیے کاربن
مونو آکسائیڈ گھر کے اندر آ رہی تھی۔ جب [[PERSON:وین]] صاحب آئے تو الارم بج رہا تھا۔ ہم سمجھتے تھے
کہ الارم خراب ہے۔ [[PERSON:عائشہ]] [[AGE:چودہ سال]] کی ہے اور اسے [[HEALTH:تھیلیسیمیا]] ہے، اس کا
خون پہلے ہی کمزور ہے، اور ڈاکٹر نے کہا کہ گیس نے اس کی حالت اور خراب کی۔

اس کے بعد تین ہفتے نہ گرم پانی تھا نہ ہیٹنگ۔ میں نے شکایت نمبر [[REFERENCE:DVH/CMP/14490]] درج
کی اور اپنا نمبر [[PHONE:0114 496 0836]] دیا۔ ہماری مسجد [[ADDRESS:مدینہ مسجد]] کے ایک بھائی،
[[PERSON:ذیشان]]، جو ہاؤسنگ کا کام جانتے ہیں، انہوں نے خط لکھنے میں مدد کی۔

[[ORGANISATION:Don Valley Homes]] نے مانا کہ پچھلے سال کے معائنے میں بھی ڈھکن کا نوٹ تھا۔ نیا بوائلر
لگا، ہر کمرے میں نیا الارم، اور 500 پاؤنڈ ملے۔ الارم بجے تو اسے خراب نہ سمجھیں، فوراً باہر نکلیں۔
"""),
    ),
    (
        "fv2cc-ur-04",
        "ur",
        _s("""
میں [[PERSON:نسرین اختر]] ہوں، اپنے بیٹے [[PERSON:سلیم]] کے ساتھ [[ADDRESS:88 Farnham Road]]، سلاؤ،
[[POSTCODE:SL1 4UH]] میں رہتی ہوں۔ [[PERSON:سلیم]] کی عمر [[AGE:دس سال]] ہے اور اسے [[HEALTH:آٹزم]]
ہے؛ وہ ہر چیز کو کھول کر دیکھتا ہے۔ اسی لیے بجلی کی یہ رپورٹ میرے لیے بہت اہم تھی:

"ELECTRICAL INSTALLATION CONDITION REPORT. Report no. [[REFERENCE:BEC-EICR-50718]]. Contractor:
[[ORGANISATION:Brightline Electrical Contractors]], NICEIC enrolment no. [[OTHER_ID:611853]].
Inspector: [[PERSON:Ravi Chauhan]]. Client: [[ORGANISATION:Thames Meadow Housing]]. Occupier: Ms
[[PERSON:N. Akhtar]] and son ([[AGE:10]], [[HEALTH:autism]]). Observations: C1, socket faceplate
broken in bedroom 2, live parts accessible, made safe; C2, no RCD protection on socket circuits;
C2, cooker cable undersized; FI, kitchen ring final circuit discontinuity. Overall:
UNSATISFACTORY. Inspector's note: child in household, recommend tamper-resistant sockets and
blanking plates."

یعنی [[PERSON:سلیم]] کے کمرے کے ساکٹ کا ڈھکن ٹوٹا ہوا تھا اور اندر کی تاریں کھلی تھیں۔ [[PERSON:روی]]
صاحب نے اسی دن اسے بند کیا اور لکھا کہ پورے گھر میں بچوں کے لیے محفوظ ساکٹ لگنے چاہییں۔ مالک
مکان نے رپورٹ فائل میں رکھ دی اور دو مہینے کچھ نہیں ہوا۔

میں نے [[EMAIL:nasreen.akhtar@example.org]] سے شکایت بھیجی، نمبر [[REFERENCE:TMH-C-88107]]۔
[[PERSON:سلیم]] کے اسکول [[ADDRESS:Cippenham Green Primary]] کی SENCo، مس [[PERSON:Hollis]]، نے بھی
خط لکھا کہ وہ خطرہ نہیں سمجھتا۔

پہلے مرحلے میں ہی انہوں نے مان لیا۔ نیا بورڈ، RCD، نئی کُکر کیبل اور ہر کمرے میں محفوظ ساکٹ لگے، اور
150 پاؤنڈ دیے گئے۔ جن کے بچے خاص ضرورت والے ہیں، وہ یہ بات رپورٹ میں لکھوائیں۔
"""),
    ),
    (
        "fv2cc-ur-05",
        "ur",
        _s("""
السلام علیکم، میں [[PERSON:عمران]] ہوں۔ ہم [[ADDRESS:Flat 57, Falcon Heights]]، لیڈز،
[[POSTCODE:LS9 6DT]] کی آٹھویں منزل پر رہتے ہیں: میں، بیوی [[PERSON:صبا]]، بیٹا [[PERSON:حمزہ]] اور
میری والدہ۔ بالکونی کے نیچے کبوتروں نے گھونسلے بنا لیے تھے اور ان سے چھوٹے کیڑے، یعنی برڈ مائٹس،
کمرے میں آنے لگے۔ یہ پیسٹ کنٹرول والوں کی شیٹ ہے:

"PEST CONTROL VISIT SHEET. Contractor: [[ORGANISATION:Clearview Bird Control]]. Technician:
[[PERSON:Paul Brady]], RSPH Level 2, BPCA member no. [[OTHER_ID:BPCA-27415]]. Job no.
[[REFERENCE:CBC-4409]]. Landlord: [[ORGANISATION:Aire Side Homes]]. Tenant: Mr
[[PERSON:Imran Siddiqui]]. Pest: feral pigeons, approx. 15 birds nesting under balcony decking;
bird mites entering via window frame to bedroom. Guano build-up 40 mm. Occupants include infant
([[AGE:8 months]]) and adult with [[HEALTH:asthma]]. Treatment: nests and guano removed with
PPE, mite treatment to window reveals and bedroom. Recommendation: landlord to net all balconies
on this stack; without proofing birds will return."

مطلب: پندرہ کے قریب کبوتر بالکونی کے نیچے رہ رہے تھے، گندگی چار سینٹی میٹر موٹی تھی، اور کیڑے
کھڑکی کے فریم سے بیڈروم میں آ رہے تھے۔ [[PERSON:حمزہ]] کی عمر [[AGE:آٹھ مہینے]] تھی اور اس کے جسم
پر دانے نکل آئے تھے۔ امی کو [[HEALTH:دمہ]] ہے اور کبوتروں کی گندگی سے ان کی کھانسی بڑھ گئی۔

[[PERSON:پال]] صاحب نے صاف لکھا کہ جالی لگائے بغیر کبوتر واپس آئیں گے۔ [[ORGANISATION:Aire Side
Homes]] نے کہا کہ بالکونی کی صفائی کرایہ دار کی ذمہ داری ہے۔ [[PERSON:صبا]] نے
[[EMAIL:saba.imran@example.com]] سے شکایت کی، نمبر [[REFERENCE:ASH-CX-60952]]، اور میرا نمبر
[[PHONE:0113 496 0571]] دیا۔

دوسرے مرحلے پر انہوں نے مانا کہ یہ پوری عمارت کا مسئلہ ہے۔ سارے اسٹیک کی بالکونیوں پر جالی لگی، ہمارے
بیڈروم کی دوبارہ صفائی ہوئی اور 200 پاؤنڈ ملے۔ اب صبح بالکونی پر صرف بادِ صبا آتی ہے، کبوتر نہیں۔
"""),
    ),
    (
        "fv2cc-bn-01",
        "bn",
        _s("""
আমার নাম [[PERSON:রুবিনা বেগম]]। আমি স্বামী [[PERSON:জামাল]] আর মেয়ে [[PERSON:তানিয়াকে]] নিয়ে
[[ADDRESS:Flat 31, Cable Wharf House]], লন্ডন, [[POSTCODE:E1 2QD]]-এ থাকি। দুই বছর ধরে
[[PERSON:তানিয়ার]] ঘরের দেয়ালে কালো ছত্রাক। [[ORGANISATION:Stepney Green Homes]] বারবার বলত জানালা
খুলে রাখুন। শেষে তারা একজন সার্ভেয়ার পাঠায়, তার রিপোর্টের মূল অংশ ইংরেজিতেই দিলাম:

"DAMP AND MOULD SURVEY. Surveyor: [[PERSON:Oliver Quinn]], [[ORGANISATION:Thermascan Building
Surveys]], PCA no. [[OTHER_ID:PCA/4803]]. Job no. [[REFERENCE:TBS-31958]]. Date of visit:
20/01/2025. Tenant: Mrs [[PERSON:Rubina Begum]]. Occupants: 2 adults, 1 child ([[AGE:8 yrs]],
[[HEALTH:asthma]]). Bedroom 2: RH 80%, surface temp 10.2C, wall moisture 31 WME, mould category 2
to external wall and window reveal. Cause: failed cavity wall insulation (wet fill) and defective
window seals. Recommendations: extract and replace cavity fill, renew window seals, fit
humidity-controlled fan to bathroom, mould treatment."

বাংলায় বললে: মেয়ের ঘরে আর্দ্রতা ৮০%, দেয়াল ভেজা, আর সমস্যা আমাদের কাপড় শুকানো নয়, দেয়ালের
ভেতরের ইনসুলেশন ভিজে নষ্ট হয়ে গেছে আর জানালার সিল খারাপ। [[PERSON:তানিয়ার]] বয়স
[[AGE:৮ বছর]], ওর [[HEALTH:হাঁপানি]] আছে, রাতে প্রায়ই ইনহেলার লাগত। সার্ভেয়ার
[[PERSON:অলিভার]] সাহেব আমাকে মিটারে রিডিং দেখিয়ে বুঝিয়ে দিলেন।

আমি রিপোর্টসহ আনুষ্ঠানিক অভিযোগ করি, রেফারেন্স [[REFERENCE:SGH-CMP-40126]], ইমেইল
[[EMAIL:rubina.begum@example.com]] থেকে, আর ফোন নম্বর দিই [[PHONE:020 7946 0298]]।
[[PERSON:তানিয়ার]] স্কুল [[ADDRESS:Watney Market Primary]]-এর নার্সও একটা চিঠি লিখে দেন।

তিন সপ্তাহের মধ্যে তারা দেয়ালের ইনসুলেশন বদলায়, নতুন জানালার সিল আর বাথরুমে ফ্যান লাগায়,
আর ৩২০ পাউন্ড ক্ষতিপূরণ দেয়। এখন [[PERSON:তানিয়া]] সারা রাত ঘুমায়। আমার পরামর্শ: রিডিং লিখিত
চেয়ে নিন।
"""),
    ),
    (
        "fv2cc-bn-02",
        "bn",
        _s("""
আমি [[PERSON:আব্দুল করিম]], বয়স [[AGE:৬৬]]। স্ত্রী [[PERSON:হালিমা]] আর নাতি [[PERSON:রাইয়ানকে]] নিয়ে
[[ADDRESS:45 Cherrywood Road]], বার্মিংহাম, [[POSTCODE:B10 0RX]]-এ থাকি। রান্নাঘরে গ্যাসের গন্ধ
পেতাম, কিন্তু কেউ গুরুত্ব দেয়নি। শেষে গ্যাস সেফটি চেক হলো, এই হলো রিপোর্ট:

"LANDLORD GAS SAFETY RECORD. Record no. [[REFERENCE:CVH-LGSR-73015]]. Landlord:
[[ORGANISATION:Cole Valley Housing]]. Engineer: [[PERSON:Nathan Price]], Gas Safe ID
[[OTHER_ID:588014]]. Tenant: Mr [[PERSON:A. Karim]]. Occupants: 2 adults ([[AGE:66]],
[[AGE:61]]), 1 child ([[AGE:2]]). Previous record: expired 14 months ago. Tightness test: FAIL,
drop 4 mbar in 2 minutes. Gas escape traced to cooker hose and bayonet. Appliance: freestanding
cooker, Leisure Gourmet 55, serial LG55-08812. Classification: IMMEDIATELY DANGEROUS, cooker
disconnected, emergency service informed. Boiler: Ideal Vogue C32, serial 2307-11095, safe. CO
alarm: none, fitted."

মানে: চুলার পাইপ থেকে গ্যাস লিক হচ্ছিল, আর আগের সেফটি সার্টিফিকেটের মেয়াদ চৌদ্দ মাস আগেই শেষ।
ইঞ্জিনিয়ার [[PERSON:নাথান]] সাথে সাথে চুলা বন্ধ করে দেন। আমার [[HEALTH:ডায়াবেটিস]] আছে,
[[PERSON:হালিমার]] [[HEALTH:উচ্চ রক্তচাপ]], আর [[PERSON:রাইয়ান]] মাত্র [[AGE:দুই বছরের]], সারাদিন
রান্নাঘরে খেলে।

চার সপ্তাহ চুলা ছাড়া ছিলাম। আমার মেয়ে [[PERSON:শিরিন]] অভিযোগ লেখে, রেফারেন্স
[[REFERENCE:CVH/CX/2207]], আর আমার নম্বর দেয় [[PHONE:0121 496 0945]]। আমরা যে মসজিদে যাই,
[[ADDRESS:বায়তুল আমান মসজিদ]], সেখানকার একজন ভাইও কাউন্সিলরকে জানান।

দ্বিতীয় ধাপে [[ORGANISATION:Cole Valley Housing]] স্বীকার করে যে গ্যাস চেক সময়মতো হয়নি। নতুন
চুলা, দুইটা CO অ্যালার্ম, আর ৪০০ পাউন্ড দেয়। এখন আমি প্রতি বছর সার্টিফিকেটের তারিখ দেখি।
"""),
    ),
    (
        "fv2cc-bn-03",
        "bn",
        _s("""
আমার নাম [[PERSON:শাপলা আক্তার]]। দাদি নাম রেখেছিলেন গ্রামের পুকুরে শাপলা ফুল দেখে। এখন থাকি
পূর্ব লন্ডনের [[ADDRESS:Marlin Tower]]-এর বারো তলায়, [[ADDRESS:ফ্ল্যাট ১২৪]]-এ, [[POSTCODE:E14 6LS]]।
আমার স্বামী [[PERSON:মিজান]] [[HEALTH:বধির]], স্মোক অ্যালার্ম শুনতে পান না। ছেলে
[[PERSON:আরিয়ানের]] বয়স [[AGE:১২]]। বিল্ডিংয়ের ফায়ার রিস্ক অ্যাসেসমেন্টে যা লেখা ছিল:

"FIRE RISK ASSESSMENT, Type 3. Assessor: [[PERSON:Martin Gale]], [[ORGANISATION:Safeguard Fire
Engineering]], IFE reg. no. [[OTHER_ID:00039210]]. Ref [[REFERENCE:SFE-FRA-1804]]. Client:
[[ORGANISATION:Lea Mouth Housing]]. Address: [[ADDRESS:Flat 124, Marlin Tower]]. Entrance door
self-closer missing; fire stopping absent around heating pipes entering flat from riser; smoke
alarm in hallway only, not linked. Occupant [[HEALTH:profoundly deaf]]: requires visual and
vibrating pillow alarm; no PEEP recorded. Action priority: HIGH, within 1 month."

অর্থাৎ: আমাদের দরজা নিজে থেকে বন্ধ হয় না, রাইজার থেকে পাইপ যেখানে ঢুকেছে সেখানে আগুন আটকানোর
কিছু নেই, আর [[PERSON:মিজানের]] জন্য আলো জ্বলা ও বালিশে কাঁপা অ্যালার্ম দরকার। অ্যাসেসর
[[PERSON:মার্টিন]] এক মাসের সময়সীমা দিয়েছিলেন, কিন্তু পাঁচ মাস কিছুই হয়নি।

আমি [[EMAIL:shapla.akter@example.org]] থেকে অভিযোগ পাঠাই, রেফারেন্স [[REFERENCE:LMH-FS-6630]]।
[[PERSON:আরিয়ান]] ইংরেজিতে চিঠিটা গুছিয়ে দেয়। হাউজিং অফিসার [[PERSON:Priya Shah]] ফোন করেন
[[PHONE:020 7946 0753]] থেকে, আর নিজে এসে দেখে যান।

এক মাসের মধ্যে নতুন ফায়ার ডোর, পাইপের চারপাশে ফায়ার স্টপিং, ঘরে ঘরে সংযুক্ত অ্যালার্ম আর
[[PERSON:মিজান]] ভাইয়ের জন্য বালিশের নিচে কাঁপা অ্যালার্ম বসানো হয়। ফায়ার সার্ভিস এসে একটা
ইভাকুয়েশন প্ল্যানও লিখে দেয়। ক্ষতিপূরণ ২৫০ পাউন্ড।
"""),
    ),
    (
        "fv2cc-bn-04",
        "bn",
        _s("""
আমি [[PERSON:জুয়েল আহমেদ]]। স্ত্রী [[PERSON:নাসিমা]] আর মেয়ে [[PERSON:মীমকে]] নিয়ে
[[ADDRESS:9 Heigham Close]], নরউইচ, [[POSTCODE:NR3 2JX]]-এ থাকি। বাড়িওয়ালা
[[ORGANISATION:Wensum Homes]]-এর ঠিকাদার স্মোক অ্যালার্ম লাগাতে এসে হলওয়ের সিলিংয়ে ড্রিল করে,
সাদা গুঁড়ো কার্পেটে পড়ে থাকে। পরে সার্ভে হলে জানা যায় ওটা অ্যাসবেস্টস:

"ASBESTOS SURVEY FOLLOWING DISTURBANCE. Survey ref [[REFERENCE:AFC-D-22951]]. Surveyor:
[[PERSON:Kelly Armitage]], BOHS P402 no. [[OTHER_ID:P402-330915]], [[ORGANISATION:Anglia Fibre
Consultants]]. Tenant: Mr [[PERSON:Jewel Ahmed]]. Occupants: 2 adults, 1 child ([[AGE:4]]).
Location: hallway ceiling, textured coating drilled in 3 places, debris on carpet and stairs.
Result: chrysotile detected. Recommendation: restrict access to hallway, licensed clean of
hallway and stairs, carpet to be disposed of as asbestos waste, four-stage clearance and air test
before reoccupation. Analyst for clearance: [[PERSON:Dominic Reyes]], P403 no.
[[OTHER_ID:P403-118472]]."

বাংলায়: সিলিংয়ের টেক্সচার্ড কোটিংয়ে অ্যাসবেস্টস ছিল, ড্রিলের গুঁড়ো হলওয়ে আর সিঁড়িতে ছড়িয়েছে,
কার্পেট ফেলে দিতে হবে, আর বাতাস পরীক্ষা না হওয়া পর্যন্ত ওখানে যাওয়া যাবে না। [[PERSON:মীম]]
[[AGE:চার বছরের]], ওই কার্পেটেই খেলত। [[PERSON:নাসিমার]] [[HEALTH:অ্যাজমা]] আছে, তাই আরও ভয়
পেয়েছিলাম।

দুই সপ্তাহ আমরা পেছনের দরজা দিয়ে ঢুকেছি। অভিযোগ করি [[EMAIL:jewel.ahmed@example.com]] থেকে,
রেফারেন্স [[REFERENCE:WH-COMP-51884]], ফোন [[PHONE:01632 960153]]। [[PERSON:কেলি]] ম্যাডামের
রিপোর্ট সাথে দিই।

[[ORGANISATION:Wensum Homes]] স্বীকার করে যে ড্রিলের আগে অ্যাসবেস্টস রেজিস্টার দেখা হয়নি।
লাইসেন্সধারী কোম্পানি পরিষ্কার করে, বাতাস পরীক্ষায় পাস হয়, নতুন কার্পেট দেয়, আর ৫৫০ পাউন্ড
ক্ষতিপূরণ। এখন সব ঠিকাদারকে কাজের আগে রেজিস্টার দেখতে হয়।
"""),
    ),
    (
        "fv2cc-bn-05",
        "bn",
        _s("""
আমি [[PERSON:সোহেল মিয়া]], আমার আম্মা [[PERSON:হাসনা বানুর]] হয়ে লিখছি। আম্মার বয়স [[AGE:৬৮]],
[[HEALTH:রিউমাটয়েড আর্থ্রাইটিস]] আর দুই হাঁটুই বদলানো। আমরা থাকি
[[ADDRESS:16 Ashfield Terrace]], নিউক্যাসল, [[POSTCODE:NE4 6SQ]]-এ, বাড়িওয়ালা
[[ORGANISATION:Tyne Arches Housing]]। ওটি আর সার্ভেয়ারের যৌথ ভিজিটের নোটটা এরকম:

"DISABLED FACILITIES GRANT, JOINT VISIT NOTE. Case ref [[REFERENCE:NCC-DFG-60458]]. Applicant:
Mrs [[PERSON:Hasna Banu]]. DOB: [[DATE_OF_BIRTH:05/08/1956]]. NHS no.
[[OTHER_ID:937 865 7974]]. GP: [[ADDRESS:Rye Hill Medical Group]]. Diagnosis:
[[HEALTH:rheumatoid arthritis]], bilateral knee replacements. OT: [[PERSON:Megan Lister]], HCPC
reg. [[OTHER_ID:OT66390]]. Surveyor: [[PERSON:Callum Robson]]. Findings: climbs stairs on hands
and knees; unable to get out of bath; back door has two steep steps to yard, outside WC in use.
Recommendations: stairlift, bath replaced with level access shower, half steps and rail to back
door, raised toilet seat. Priority: HIGH."

সহজ কথায়: আম্মা হাত-পায়ে ভর দিয়ে সিঁড়ি ওঠেন, বাথটাবে নামতে পারেন না। রিপোর্টে আম্মার জন্ম তারিখ
লেখা [[DATE_OF_BIRTH:৫ আগস্ট ১৯৫৬]]। ওটি [[PERSON:মেগান]] আপা খুব যত্ন নিয়ে সব মেপে গেছেন।

সমস্যা হলো, [[ORGANISATION:Tyne Arches Housing]] বলল বাথটাব সরাতে তাদের নিজস্ব সার্ভে লাগবে,
তারপর ছয় মাস চুপ। আমি [[PHONE:0191 498 0426]] নম্বরে দশবার ফোন করেছি। শেষে অভিযোগ করি,
রেফারেন্স [[REFERENCE:TAH-ST1-9043]], ইমেইল [[EMAIL:sohel.miah@example.org]]।

প্রথম ধাপেই তারা দেরির জন্য দুঃখ প্রকাশ করে, দুই সপ্তাহে অনুমতি দেয়, আর ১৭৫ পাউন্ড দেয়। এখন
[[PERSON:হাসনা বানু]] নিজে সিঁড়ি দিয়ে উঠতে পারেন আর শাওয়ারে বসে গোসল করেন।
"""),
    ),
    (
        "fv2cc-pa-01",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਮ [[PERSON:ਹਰਜੀਤ ਸਿੰਘ]] ਹੈ। ਮੈਂ ਆਪਣੀ ਪਤਨੀ [[PERSON:ਮਨਜੀਤ ਕੌਰ]] ਅਤੇ ਬੀਬੀ ਜੀ ਨਾਲ
[[ADDRESS:62 Havelock Road]], ਸਾਊਥਹਾਲ, [[POSTCODE:UB2 4NS]] ਵਿੱਚ ਰਹਿੰਦਾ ਹਾਂ। ਘਰ
[[ORGANISATION:Grand Union Homes]] ਦਾ ਹੈ। ਪੁਰਾਣੇ ਗਰਮ ਹਵਾ ਵਾਲੇ ਹੀਟਰ ਬਾਰੇ ਗੈਸ ਸੇਫ਼ਟੀ ਰਿਕਾਰਡ ਵਿੱਚ
ਇਹ ਲਿਖਿਆ ਸੀ:

"LANDLORD GAS SAFETY RECORD. Record no. [[REFERENCE:GUH-GSR-90342]]. Engineer:
[[PERSON:Kevin Doherty]], Gas Safe ID [[OTHER_ID:563018]]. Tenant: Mr [[PERSON:Harjit Singh]].
Occupants: 3 adults, one aged [[AGE:84]] ([[HEALTH:angina]]). Appliance 1: warm air unit, Johnson
and Starley, serial JS-44017, hall cupboard. Flue spillage test: FAIL. CO at draught diverter: 80
ppm. Return air path unsealed. Classification: IMMEDIATELY DANGEROUS, disconnected, warning label
attached. Appliance 2: gas hob, safe. CO alarm: none, fitted. Remarks: whole heating system
beyond economic repair, recommend replacement."

ਸਿੱਧੀ ਗੱਲ: ਹੀਟਰ ਦਾ ਧੂੰਆਂ ਬਾਹਰ ਜਾਣ ਦੀ ਥਾਂ ਘਰ ਵਿੱਚ ਵਾਪਸ ਆ ਰਿਹਾ ਸੀ, ਅਤੇ ਘਰ ਵਿੱਚ ਕੋਈ CO ਅਲਾਰਮ ਨਹੀਂ ਸੀ।
[[PERSON:ਕੇਵਿਨ]] ਜੀ ਨੇ ਉਸੇ ਵੇਲੇ ਹੀਟਰ ਬੰਦ ਕਰ ਦਿੱਤਾ। ਬੀਬੀ ਜੀ ਦੀ ਉਮਰ [[AGE:੮੪ ਸਾਲ]] ਹੈ ਅਤੇ ਉਨ੍ਹਾਂ ਨੂੰ
[[HEALTH:ਐਂਜਾਈਨਾ]] ਹੈ; ਉਹ ਕਈ ਮਹੀਨਿਆਂ ਤੋਂ ਸਿਰ ਦਰਦ ਅਤੇ ਚੱਕਰ ਦੀ ਸ਼ਿਕਾਇਤ ਕਰਦੇ ਸਨ।

ਫਿਰ ਨਵੰਬਰ ਵਿੱਚ ਪੰਜ ਹਫ਼ਤੇ ਬਿਨਾਂ ਹੀਟਿੰਗ ਦੇ ਲੰਘੇ। [[PERSON:ਮਨਜੀਤ]] ਨੇ
[[EMAIL:manjit.kaur62@example.com]] ਤੋਂ ਸ਼ਿਕਾਇਤ ਭੇਜੀ, ਨੰਬਰ [[REFERENCE:GUH/CMP/48826]], ਅਤੇ ਮੈਂ
[[PHONE:020 7946 0517]] ਤੇ ਰੋਜ਼ ਫ਼ੋਨ ਕੀਤਾ। [[ADDRESS:ਗੁਰਦੁਆਰਾ ਨਾਨਕ ਦਰਬਾਰ]] ਦੇ ਸੇਵਾਦਾਰ
[[PERSON:ਗੁਰਪ੍ਰੀਤ]] ਨੇ ਚਿੱਠੀ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਲਿਖਣ ਵਿੱਚ ਮਦਦ ਕੀਤੀ।

ਦੂਜੇ ਪੜਾਅ ਤੇ [[ORGANISATION:Grand Union Homes]] ਨੇ ਮੰਨਿਆ ਕਿ ਬਜ਼ੁਰਗ ਦੇ ਘਰ ਨੂੰ ਪਹਿਲ ਮਿਲਣੀ ਚਾਹੀਦੀ
ਸੀ। ਨਵਾਂ ਬੋਇਲਰ, ਰੇਡੀਏਟਰ ਅਤੇ ਦੋ CO ਅਲਾਰਮ ਲੱਗੇ, ਅਤੇ 450 ਪੌਂਡ ਮੁਆਵਜ਼ਾ ਮਿਲਿਆ। ਆਪਣਾ ਗੈਸ ਰਿਕਾਰਡ ਜ਼ਰੂਰ
ਪੜ੍ਹੋ।
"""),
    ),
    (
        "fv2cc-pa-02",
        "pa",
        _s("""
ਸਤ ਸ੍ਰੀ ਅਕਾਲ, ਮੈਂ [[PERSON:ਜਸਲੀਨ ਕੌਰ]] ਹਾਂ। ਮੈਂ ਆਪਣੇ ਦੋ ਬੱਚਿਆਂ, [[PERSON:ਸਿਮਰਨ]] ਅਤੇ [[PERSON:ਫ਼ਤਿਹ]], ਨਾਲ
[[ADDRESS:Flat 6, Tudor Court, 14 Park Lane]], ਵੁਲਵਰਹੈਂਪਟਨ, [[POSTCODE:WV10 9QD]] ਵਿੱਚ ਰਹਿੰਦੀ ਹਾਂ।
ਦੋ ਸਰਦੀਆਂ ਤੋਂ ਕੰਧਾਂ ਤੇ ਉੱਲੀ ਸੀ, ਅਤੇ [[ORGANISATION:Black Country Living Homes]] ਹਰ ਵਾਰ ਕਹਿੰਦੇ ਕਿ
ਖਿੜਕੀਆਂ ਖੋਲ੍ਹੋ। ਆਖ਼ਰ ਸਰਵੇ ਹੋਇਆ:

"DAMP AND MOULD SURVEY. Surveyor: [[PERSON:Sophie Clarke]], [[ORGANISATION:Midlands Moisture
Surveys]], PCA no. [[OTHER_ID:PCA/5538]]. Job no. [[REFERENCE:MMS-62017]]. Tenant: Ms
[[PERSON:Jasleen Kaur]]. Occupants: 1 adult, 2 children ([[AGE:5]]; [[AGE:2]],
[[HEALTH:eczema]]). Readings: bedroom 2 RH 82%, wall moisture 34 WME, mould category 3 to ceiling
and wardrobe; living room RH 70%. Cause: roof covering defective above bedroom 2 (flat roof,
ponding), plus no trickle vents. Recommendations: renew flat roof covering, install trickle vents,
remove damaged plaster, mould treatment, replace child's mattress."

ਮਤਲਬ: ਬੱਚਿਆਂ ਵਾਲੇ ਕਮਰੇ ਵਿੱਚ ਨਮੀ 82% ਸੀ ਅਤੇ ਉੱਪਰਲੀ ਸਮਤਲ ਛੱਤ ਤੇ ਪਾਣੀ ਖੜ੍ਹਾ ਰਹਿੰਦਾ ਸੀ, ਇਸ ਲਈ ਛੱਤ
ਚੋਂਦੀ ਸੀ। ਇਹ ਕੱਪੜੇ ਸੁਕਾਉਣ ਦਾ ਮਸਲਾ ਨਹੀਂ ਸੀ। [[PERSON:ਫ਼ਤਿਹ]] [[AGE:ਦੋ ਸਾਲ]] ਦਾ ਹੈ ਅਤੇ ਉਸ ਨੂੰ
[[HEALTH:ਐਗਜ਼ੀਮਾ]] ਹੈ, ਜੋ ਉੱਲੀ ਨਾਲ ਬਹੁਤ ਵਧ ਗਿਆ। [[PERSON:ਸਿਮਰਨ]] [[AGE:ਪੰਜ ਸਾਲ]] ਦੀ ਹੈ ਅਤੇ
[[ADDRESS:Bushbury Brook Nursery]] ਜਾਂਦੀ ਹੈ, ਜਿੱਥੋਂ ਉਹਨਾਂ ਨੇ ਵੀ ਚਿੱਠੀ ਲਿਖੀ।

ਸਰਵੇਅਰ [[PERSON:ਸੋਫ਼ੀ]] ਜੀ ਦੀ ਰਿਪੋਰਟ ਨਾਲ ਮੈਂ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਹਵਾਲਾ [[REFERENCE:BCLH-0318842]], ਈਮੇਲ
[[EMAIL:jasleen.k@example.org]], ਫ਼ੋਨ [[PHONE:0121 496 0783]]। ਆਖ਼ਰ ਸਾਡੀ ਫ਼ਤਿਹ ਹੋਈ।

ਇੱਕ ਮਹੀਨੇ ਵਿੱਚ ਛੱਤ ਨਵੀਂ ਪਈ, ਖਿੜਕੀਆਂ ਵਿੱਚ ਵੈਂਟ ਲੱਗੇ, ਕਮਰਾ ਨਵਾਂ ਪਲੱਸਤਰ ਅਤੇ ਰੰਗ ਹੋਇਆ, ਨਵਾਂ ਗੱਦਾ ਮਿਲਿਆ ਅਤੇ
380 ਪੌਂਡ ਮੁਆਵਜ਼ਾ ਵੀ। ਸਲਾਹ: ਰੀਡਿੰਗਾਂ ਲਿਖਤੀ ਮੰਗੋ।
"""),
    ),
    (
        "fv2cc-pa-03",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਰਵਨੀਤ]] ਹਾਂ ਅਤੇ ਆਪਣੇ ਨਾਨੀ ਜੀ, [[PERSON:ਗੁਰਮੀਤ ਕੌਰ]], ਵੱਲੋਂ ਲਿਖ ਰਹੀ ਹਾਂ। ਨਾਨੀ ਜੀ
[[ADDRESS:27 Pelham Road]], ਗ੍ਰੇਵਜ਼ੈਂਡ, [[POSTCODE:DA11 0HT]] ਵਿੱਚ ਇਕੱਲੇ ਰਹਿੰਦੇ ਹਨ। ਉਨ੍ਹਾਂ ਦੇ
[[HEALTH:ਗੁਰਦੇ ਫ਼ੇਲ੍ਹ]] ਹੋ ਚੁੱਕੇ ਹਨ ਅਤੇ ਘਰ ਵਿੱਚ ਹਫ਼ਤੇ ਵਿੱਚ ਚਾਰ ਵਾਰ ਡਾਇਲਸਿਸ ਮਸ਼ੀਨ ਚੱਲਦੀ ਹੈ, ਇਸ ਲਈ ਬਿਜਲੀ ਦਾ
ਠੀਕ ਹੋਣਾ ਜ਼ਿੰਦਗੀ ਮੌਤ ਦਾ ਸਵਾਲ ਹੈ। ਬਿਜਲੀ ਦੀ ਰਿਪੋਰਟ ਵਿੱਚ ਇਹ ਸੀ:

"ELECTRICAL INSTALLATION CONDITION REPORT. Report no. [[REFERENCE:MLW-EICR-7719]]. Contractor:
[[ORGANISATION:Medway Live Wire Ltd]], NICEIC enrolment no. [[OTHER_ID:620174]]. Inspector:
[[PERSON:Aaron Fletcher]]. Client: [[ORGANISATION:North Kent Riverside Homes]]. Occupier: Mrs
[[PERSON:G. Kaur]], lives alone, on home haemodialysis ([[HEALTH:kidney failure]]). Observations:
C2, dialysis machine supplied via extension lead from hall socket, no dedicated circuit; C2, no
RCD protection; C2, main earthing conductor undersized; C3, plastic consumer unit. Overall:
UNSATISFACTORY. Recommend dedicated RCBO-protected radial for medical equipment, priority."

ਸੌਖੇ ਸ਼ਬਦਾਂ ਵਿੱਚ: ਨਾਨੀ ਜੀ ਦੀ ਡਾਇਲਸਿਸ ਮਸ਼ੀਨ ਇੱਕ ਐਕਸਟੈਂਸ਼ਨ ਤਾਰ ਤੇ ਚੱਲ ਰਹੀ ਸੀ, ਅਰਥਿੰਗ ਕਮਜ਼ੋਰ ਸੀ ਅਤੇ
RCD ਨਹੀਂ ਸੀ। [[PERSON:ਐਰਨ]] ਜੀ ਨੇ ਲਿਖਿਆ ਕਿ ਮਸ਼ੀਨ ਲਈ ਵੱਖਰਾ ਸਰਕਟ ਪਹਿਲ ਦੇ ਆਧਾਰ ਤੇ ਲੱਗੇ। ਨਾਨੀ ਜੀ ਦੀ
ਉਮਰ [[AGE:76 ਸਾਲ]] ਹੈ।

ਛੇ ਹਫ਼ਤੇ ਕੁਝ ਨਾ ਹੋਇਆ। ਮੈਂ [[EMAIL:ravneet.sandhu@example.com]] ਤੋਂ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਨੰਬਰ
[[REFERENCE:NKRH-C-20617]]। ਹਸਪਤਾਲ ਦੀ ਹੋਮ ਡਾਇਲਸਿਸ ਨਰਸ [[PERSON:Linda Carey]] ਨੇ
[[PHONE:01632 960638]] ਤੋਂ ਉਨ੍ਹਾਂ ਨੂੰ ਫ਼ੋਨ ਕਰਕੇ ਖ਼ਤਰਾ ਸਮਝਾਇਆ।

ਪਹਿਲੇ ਪੜਾਅ ਵਿੱਚ ਹੀ ਉਨ੍ਹਾਂ ਨੇ ਗ਼ਲਤੀ ਮੰਨੀ। ਤਿੰਨ ਦਿਨਾਂ ਵਿੱਚ ਮਸ਼ੀਨ ਲਈ ਵੱਖਰਾ ਸਰਕਟ, ਨਵਾਂ ਬੋਰਡ ਅਤੇ ਨਵੀਂ
ਅਰਥਿੰਗ ਲੱਗ ਗਈ, ਅਤੇ ਨਾਨੀ ਜੀ ਨੂੰ ਪ੍ਰਾਥਮਿਕਤਾ ਵਾਲੀ ਸੂਚੀ ਵਿੱਚ ਪਾਇਆ ਗਿਆ। [[PERSON:ਗੁਰਮੀਤ]] ਜੀ ਹੁਣ ਬੇਫ਼ਿਕਰ
ਸੌਂਦੇ ਹਨ।
"""),
    ),
    (
        "fv2cc-pa-04",
        "pa",
        _s("""
ਮੇਰਾ ਪੂਰਾ ਨਾਮ [[PERSON:ਸੁਖਪ੍ਰੀਤ ਗਿੱਲ]] ਹੈ, ਪਰ ਘਰ ਵਿੱਚ ਸਾਰੇ [[PERSON:ਸੋਨੂ]] ਕਹਿੰਦੇ ਹਨ। ਅਸੀਂ ਤਿੰਨ ਜਣੇ, ਮੈਂ, ਮੇਰੀ
ਪਤਨੀ [[PERSON:ਪ੍ਰੀਤੀ]] ਅਤੇ ਛੋਟਾ [[PERSON:ਅਰਜਨ]], [[ADDRESS:31 Laburnum Avenue]], ਹੇਜ਼,
[[POSTCODE:UB3 2LE]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ। ਛੱਤ ਵਿੱਚ ਗਾਲ੍ਹੜ ਅਤੇ ਰਸੋਈ ਵਿੱਚ ਚੂਹੇ ਸਨ। ਇਹ ਪੈਸਟ ਕੰਟਰੋਲ ਦੀ ਸ਼ੀਟ ਹੈ:

"PEST CONTROL VISIT REPORT. Contractor: [[ORGANISATION:Swift Pest Solutions]]. Technician:
[[PERSON:Gareth Evans]], RSPH Level 2, BPCA member no. [[OTHER_ID:BPCA-18846]]. Job no.
[[REFERENCE:SPS-30571]]. Client: [[ORGANISATION:Colne Brook Housing]]. Tenant: Mr
[[PERSON:Sukhpreet Gill]]. Pests: grey squirrels in loft, house mice in kitchen. Findings:
squirrel entry via rotten fascia at front elevation; loft insulation shredded; cables chewed
near junction box above bedroom 1, electrician to inspect; mouse droppings under sink and behind
cooker. Occupants: 2 adults, newborn ([[AGE:6 weeks]]). Treatment: one-way door fitted at squirrel
entry, mouse bait boxes outside kitchen only. Landlord: replace fascia, re-lay insulation, proof
gaps around pipes, electrical check URGENT."

ਮਤਲਬ: ਗਾਲ੍ਹੜ ਸਾਹਮਣੇ ਵਾਲੀ ਗਲ਼ੀ ਹੋਈ ਲੱਕੜ ਵਿੱਚੋਂ ਅੰਦਰ ਆਉਂਦੀਆਂ ਸਨ ਅਤੇ ਬੱਚੇ ਦੇ ਕਮਰੇ ਦੇ ਉੱਪਰ ਬਿਜਲੀ ਦੀਆਂ ਤਾਰਾਂ
ਕੁਤਰ ਰਹੀਆਂ ਸਨ। [[PERSON:ਅਰਜਨ]] ਸਿਰਫ਼ [[AGE:ਛੇ ਹਫ਼ਤਿਆਂ]] ਦਾ ਸੀ। [[PERSON:ਗੈਰਥ]] ਜੀ ਨੇ ਲਾਲ ਅੱਖਰਾਂ ਵਿੱਚ
URGENT ਲਿਖਿਆ, ਫਿਰ ਵੀ ਮਹੀਨਾ ਲੰਘ ਗਿਆ। [[PERSON:ਪ੍ਰੀਤੀ]] ਨੂੰ ਜਣੇਪੇ ਤੋਂ ਬਾਅਦ
[[HEALTH:ਡਿਪ੍ਰੈਸ਼ਨ]] ਸੀ ਅਤੇ ਰਾਤ ਨੂੰ ਛੱਤ ਵਿੱਚ ਖੜਕਾ ਸੁਣ ਕੇ ਉਹ ਸੌਂ ਨਹੀਂ ਸਕਦੀ ਸੀ।

ਮੈਂ [[EMAIL:sonu.gill@example.com]] ਤੋਂ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਨੰਬਰ [[REFERENCE:CBH-CX-7205]], ਅਤੇ ਫ਼ੋਨ
[[PHONE:07700 900873]] ਦਿੱਤਾ। ਸਾਡੇ ਹੈਲਥ ਵਿਜ਼ਿਟਰ ਨੇ ਵੀ ਚਿੱਠੀ ਲਿਖੀ।

ਸ਼ਿਕਾਇਤ ਤੋਂ ਦੋ ਦਿਨ ਬਾਅਦ ਇਲੈਕਟ੍ਰੀਸ਼ਨ ਆਇਆ, ਫਿਰ ਨਵੀਂ ਫ਼ੇਸ਼ੀਆ, ਨਵੀਂ ਇਨਸੂਲੇਸ਼ਨ ਅਤੇ ਸਾਰੇ ਛੇਕ ਬੰਦ। 300 ਪੌਂਡ
ਮੁਆਵਜ਼ਾ ਵੀ ਮਿਲਿਆ। ਹੁਣ ਰਾਤਾਂ ਸ਼ਾਂਤ ਹਨ।
"""),
    ),
    (
        "fv2cc-pa-05",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਅਮਨਦੀਪ ਸਿੰਘ]] ਹਾਂ, ਦੋਸਤ ਮੈਨੂੰ [[PERSON:ਅਮਨ]] ਕਹਿੰਦੇ ਹਨ। ਮੇਰੇ ਪਿਤਾ ਜੀ,
[[PERSON:ਬਲਦੇਵ ਸਿੰਘ]], ਨੂੰ [[HEALTH:ਮੋਟਰ ਨਿਊਰੋਨ ਰੋਗ]] ਹੈ ਅਤੇ ਬਿਮਾਰੀ ਤੇਜ਼ੀ ਨਾਲ ਵਧ ਰਹੀ ਹੈ। ਅਸੀਂ
[[ADDRESS:8 Grove Lane]], ਸਮੈਥਵਿਕ, [[POSTCODE:B66 2SE]] ਵਿੱਚ [[ORGANISATION:Cape Hill Housing]] ਦੇ
ਘਰ ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ। ਓਟੀ ਅਤੇ ਸਰਵੇਅਰ ਦੀ ਸਾਂਝੀ ਫੇਰੀ ਦਾ ਨੋਟ:

"DISABLED FACILITIES GRANT, JOINT VISIT NOTE. Case ref [[REFERENCE:SMBC-DFG-0392]]. Applicant:
Mr [[PERSON:Baldev Singh]]. DOB: [[DATE_OF_BIRTH:22/02/1958]]. NHS no.
[[OTHER_ID:543 231 9489]]. Diagnosis: [[HEALTH:motor neurone disease]], rapidly progressing;
powered wheelchair user since March. OT: [[PERSON:Leah Dawson]], HCPC reg. [[OTHER_ID:OT72051]].
Surveyor: [[PERSON:Harpreet Bains]], [[ORGANISATION:Sandwell Adapt Partnership]]. Findings:
bedroom and only bathroom on first floor; staircase too narrow for stairlift; client sleeping in
dining room; front step 200 mm. Recommendations: ground-floor bedroom and wet room extension with
ceiling hoist, ramp, door entry system. Priority: FAST TRACK (progressive condition)."

ਪੰਜਾਬੀ ਵਿੱਚ: ਪਿਤਾ ਜੀ ਦੀ ਜਨਮ ਤਾਰੀਖ਼ [[DATE_OF_BIRTH:22 ਫ਼ਰਵਰੀ 1958]] ਹੈ, ਉਮਰ [[AGE:੬੬ ਸਾਲ]]। ਉਹ ਹੁਣ
ਪੌੜੀਆਂ ਨਹੀਂ ਚੜ੍ਹ ਸਕਦੇ ਅਤੇ ਡਾਇਨਿੰਗ ਰੂਮ ਵਿੱਚ ਸੌਂਦੇ ਹਨ। [[PERSON:ਲੀਆ]] ਜੀ ਨੇ ਫ਼ਾਸਟ ਟਰੈਕ ਲਿਖਿਆ, ਪਰ
[[ORGANISATION:Cape Hill Housing]] ਨੇ ਐਕਸਟੈਂਸ਼ਨ ਲਈ ਇਜਾਜ਼ਤ ਦੇਣ ਵਿੱਚ ਚਾਰ ਮਹੀਨੇ ਲਾ ਦਿੱਤੇ।

ਮੈਂ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਨੰਬਰ [[REFERENCE:CHH/ST2/1157]], ਅਤੇ ਆਪਣਾ ਨੰਬਰ [[PHONE:0121 496 0264]] ਦਿੱਤਾ।
ਸਰਵੇਅਰ [[PERSON:ਹਰਪ੍ਰੀਤ]] ਭੈਣ ਜੀ ਨੇ ਵੀ ਲਿਖਿਆ ਕਿ ਹੋਰ ਦੇਰੀ ਹੋਈ ਤਾਂ ਸ਼ਾਇਦ ਪਿਤਾ ਜੀ ਨੂੰ ਨਵਾਂ ਕਮਰਾ ਕਦੇ
ਨਸੀਬ ਹੀ ਨਾ ਹੋਵੇ।

ਦੂਜੇ ਪੜਾਅ ਤੇ ਉਨ੍ਹਾਂ ਨੇ ਮਾਫ਼ੀ ਮੰਗੀ, ਇੱਕ ਹਫ਼ਤੇ ਵਿੱਚ ਇਜਾਜ਼ਤ ਦਿੱਤੀ, ਅਤੇ ਉਸਾਰੀ ਦੌਰਾਨ ਕਿਰਾਏ ਤੇ ਹੋਇਸਟ ਅਤੇ
ਹਸਪਤਾਲ ਵਾਲਾ ਬੈੱਡ ਲਿਆ ਦਿੱਤਾ। 500 ਪੌਂਡ ਵੀ ਦਿੱਤੇ। ਹੁਣ [[PERSON:ਬਲਦੇਵ]] ਜੀ ਆਪਣੇ ਨਵੇਂ ਕਮਰੇ ਵਿੱਚੋਂ ਬਾਗ਼
ਦੇਖਦੇ ਹਨ।
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
