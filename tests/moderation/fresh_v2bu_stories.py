"""Fresh version-2 PII test stories, batch bu.

Bilingual side-by-side stories, as community translators prepare them for the toolkit: each
paragraph is given in the resident's language and then in English (or English first), after
" / ", in brackets or behind EN:/PL:-style labels; the English stories pair a resident's own
words with an editor's plain-English version. Names recur in both halves, often in two scripts
(رنا الحمصي / Rana Al-Homsi, ਸੰਨੀ / Sunny), inflected (Zuzią, Haliny Dąbrowskiej, আলোকে), as
diminutives the translator expands (Szymek / Szymon, Antoś / Antoni) or as words (Precious, Grace,
Will, Jagoda, أمل, نور, خوشی, دانش, আলো); street names are sometimes translated (ul. Lipowa 12 /
12 Lime Street), numbers switch between native and ASCII digits, and the translator drops or
softens details in one half only (a date of birth, NHS number, handle, phone or church name).
Every occurrence in both halves is marked; kinship words (Dadi ji, nani, Abba ji, Dziadek),
titles (Lalla, Bibi, tanti, Mrs, Pastor, ভাই, ਭੈਣ ਜੀ), towns, districts, hospitals, offices,
durations, counts, money, event dates and generic mentions of visas or "mental health" are left
unmarked; a kunya (أم خالد / Umm Khaled) is marked whole as a name, "account ending 0412" marks
only the digits, and a flat number with its named block is one span when written together.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 7 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 85.7% of 35, recall 99.0%, precision 86.7%, on the committed
detector 3f061ca (after round 61); leak-free by language ar 4, bn 4, en 5, pa 4, pl 4, ro 5, ur 4 of 5.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2bu-en-01",
        "en",
        _s("""
[[PERSON:Shannon]]'s words, as she told them to the toolkit team: Me and our [[PERSON:Tiernan]]
have been in [[ADDRESS:flat 14]] at [[ADDRESS:Kestrel Court]], [[POSTCODE:L8 7RF]], since 2019.
He's [[AGE:4]] and he's got [[HEALTH:asthma]], and the black mould in his room was coming back
every fortnight. I rang [[ORGANISATION:Mersey Vale Homes]] that many times I knew the hold music
off by heart. (Editor's plain English: [[PERSON:Shannon Kavanagh]] lives at [[ADDRESS:flat 14,
Kestrel Court]], [[POSTCODE:L8 7RF]], with her son [[PERSON:Tiernan]], aged [[AGE:4]], who has
[[HEALTH:asthma]]. Mould in his bedroom kept coming back. She phoned her landlord,
[[ORGANISATION:Mersey Vale Homes]], many times.)

The fella from environmental health came out on 3 March and said it was the extractor fan, which
nobody had tested in years. I put it all in an email to
[[EMAIL:complaints@merseyvale.example.org]] with my rent ref [[REFERENCE:40 118 2276]] and, fair
play, they answered inside a week. (An environmental health officer visited on 3 March and found
the extractor fan had failed. [[PERSON:Shannon]] emailed
[[EMAIL:complaints@merseyvale.example.org]], quoting her rent account reference
[[REFERENCE:40 118 2276]], and got a reply within a week.)

They put a new fan in, treated the walls and did a proper survey. Our [[PERSON:Tiernan]]'s nan,
[[PERSON:Bernie]], says the place even smells different now. My advice is write everything down,
keep the dates, and get the surveyor's name. Mine was [[PERSON:Gaz]], sound as a pound. (The
landlord fitted a new fan, treated the mould and carried out a full survey. The family says the
home is much better. [[PERSON:Shannon]]'s advice: keep written records and dates, and ask for the
surveyor's name.)
"""),
    ),
    (
        "fv2bu-en-02",
        "en",
        _s("""
In her own words: I am [[PERSON:Lorna Ferguson]], [[AGE:eighty-one years old]], and I been living
at [[ADDRESS:27 Vassall Grove]], [[POSTCODE:SW9 6QD]] since I come from
[[OTHER_SPECIAL:Jamaica]] in 1968. Last winter the heating dead three times between November and
February. [[ORGANISATION:Southbank Park Housing]] send a man, he look, he leave, nothing change.
(Plain version: Mrs [[PERSON:Lorna Ferguson]], who is over 75, has lived at
[[ADDRESS:27 Vassall Grove]], [[POSTCODE:SW9 6QD]], for many years. Her heating failed three
times last winter and the first repair visits by [[ORGANISATION:Southbank Park Housing]] did not
fix it.)

My grandson [[PERSON:Will]], he is the one with the computer, he write to them and say his
grandmother have [[HEALTH:arthritis]] and a bad chest and cannot sit in a cold house. He put the
job number, [[REFERENCE:7730218]], and my phone, [[PHONE:020 7946 0381]], and he say he will go
to the Ombudsman if nobody come. (Her grandson [[PERSON:Will]] wrote to the landlord explaining
that she has [[HEALTH:arthritis]] and a chest condition. He quoted repair job number
[[REFERENCE:7730218]] and her phone number, [[PHONE:020 7946 0381]], and said he would contact
the Housing Ombudsman if the problem continued.)

Well, they listen. [[ORGANISATION:Warmline Heating]] come with a whole new boiler in one day, and
a lady called [[PERSON:Precious]] from the office ring me every Friday to check. They pay me £200
for the trouble too. What I learn is, don't be shy, and put it in writing. (The contractor,
[[ORGANISATION:Warmline Heating]], replaced the boiler in a single day and a member of staff
phoned weekly to check on her. The landlord paid £200 compensation. Her lesson: do not be shy
about complaining, and put it in writing.)
"""),
    ),
    (
        "fv2bu-en-03",
        "en",
        _s("""
[[PERSON:Aoife]], writing for the toolkit: I'm at [[ADDRESS:7 Hollin Mews]],
[[POSTCODE:bd7 2xw]], and the house behind, on the corner, is where [[PERSON:Dean]] lives. Music
till four most nights, his van, [[OTHER_ID:YB68 KLO]], parked across my gate, and videos of my
front door on his TikTok, [[OTHER_ID:@deano_bassline]]. I've [[HEALTH:MS]] and I'm not sleeping.
(Editor: [[PERSON:Aoife Brennan]] lives at [[ADDRESS:number 7]]. A neighbour played loud music
late at night, blocked her gate with his van and posted videos of her home online.
[[PERSON:Aoife]] has [[HEALTH:multiple sclerosis]] and the noise was affecting her sleep.)

[[ORGANISATION:Calderstone Homes]] opened case [[REFERENCE:ASB/22/0917]] and then went quiet. I
rang the number on the letter, [[PHONE:01632 960 552]], eleven times. A housing officer finally
came out in June, a young lad called [[PERSON:Kwame Asante]], and he was great, honestly.
([[ORGANISATION:Calderstone Homes]] opened antisocial behaviour case
[[REFERENCE:ASB/22/0917]] but did not keep her updated. She phoned
[[PHONE:01632 960552]] eleven times. In June, housing officer [[PERSON:Kwame Asante]] visited.)

He got noise monitoring put in, an acceptable behaviour contract signed and the van moved. He
gave me his direct email, [[EMAIL:k.asante@calderstone.example.net]], and he answers the same
day. Lesson for landlords: ring people back. Lesson for us: keep a diary, even a rubbish one.
(The landlord installed noise monitoring equipment and the neighbour signed an acceptable
behaviour contract. The lesson for landlords is to call tenants back; the lesson for tenants is
to keep a diary of incidents.)
"""),
    ),
    (
        "fv2bu-en-04",
        "en",
        _s("""
[[PERSON:Adaeze]]'s account: My daughter [[PERSON:Chidinma]], whom everyone calls
[[PERSON:Chi-Chi]], is an [[AGE:11-year-old]] with [[HEALTH:cerebral palsy]], born
[[DATE_OF_BIRTH:14/02/2013]]. She uses a wheelchair and attends [[ADDRESS:Hillcrest Primary]].
For two years our bungalow at [[ADDRESS:3 Ashby Fold]], [[POSTCODE:LE4 0QS]], had no ramp at the
back door and a bath she could not use. (In plain English: [[PERSON:Adaeze Okonkwo]]'s daughter,
aged [[AGE:11]], has [[HEALTH:cerebral palsy]] and uses a wheelchair. For two years their
bungalow had no rear ramp and an unsuitable bath.)

[[ORGANISATION:Greenhaven Housing]] kept telling me the adaptation was "with the council". The
occupational therapist, [[PERSON:Priya Raman]], had already sent her report. I gave them
[[PERSON:Chi-Chi]]'s NHS number, [[OTHER_ID:485 777 3456]], three times. In the end our pastor
at [[ADDRESS:St Barnabas]] helped me write a formal complaint.
([[ORGANISATION:Greenhaven Housing]] said the adaptation was waiting for council approval,
although the occupational therapist had already sent her report. A member of the family's church
helped write a formal complaint.)

Within six weeks of complaint [[REFERENCE:GH-C-30281]] the ramp was built and a level-access
shower fitted. [[ORGANISATION:Greenhaven]] apologised and now names one officer for each
adaptation case. Call me on [[PHONE:0116 496 0215]] if your family is in the same place. (After
complaint [[REFERENCE:GH-C-30281]], the landlord built the ramp and fitted a level-access shower
within six weeks. It apologised and now gives every adaptation case one named officer.)
"""),
    ),
    (
        "fv2bu-en-05",
        "en",
        _s("""
[[PERSON:Vytas]] wrote this himself: I am [[PERSON:Vytautas Petrauskas]] but all call me
[[PERSON:Vytas]]. From 2021 I rent [[ADDRESS:Apartment 31]] in [[ADDRESS:Vyse Works]] with my
partner [[PERSON:Grace]]. In 2023 [[ORGANISATION:Harbourgate Living]] say we owe £1,284.60
service charge, but we pay every month by standing order from sort code
[[OTHER_ID:20-45-77]], account ending [[OTHER_ID:0412]]. (Editor: [[PERSON:Vytautas]]
'[[PERSON:Vytas]]' [[PERSON:Petrauskas]] and his partner, [[PERSON:Grace]], rent
[[ADDRESS:apartment 31]] at [[ADDRESS:Vyse Works]]. In 2023 their landlord,
[[ORGANISATION:Harbourgate Living]], said they owed £1,284.60 in service charges, although they
had paid monthly by standing order.)

The managing agent, [[ORGANISATION:Priory Block Management]], answer my emails with "we are
looking". They also ask my National Insurance number, [[NI_NUMBER:JT 48 27 19 B]], and my
[[OTHER_SPECIAL:settled status]] share code, I do not understand why. I call
[[PHONE:0121 496 0742]] many times. (The managing agent,
[[ORGANISATION:Priory Block Management]], replied without resolving anything and asked for
personal documents that were not needed. [[PERSON:Vytas]] phoned [[PHONE:0121 496 0742]] many
times.)

With help from Citizens Advice I make complaint [[REFERENCE:SC-2023-4471]]. After eight weeks
they find my payments was put on another tenant's account by mistake, and they remove all the
charge, plus £150 for the stress. Lesson: keep bank statements. Lesson for them: check before you
send a debt letter. (With help from Citizens Advice, he made complaint
[[REFERENCE:SC-2023-4471]]. The landlord found his payments had been credited to another
tenant's account, cancelled the charge and paid £150 compensation. The lesson for landlords:
check records before sending a debt letter.)
"""),
    ),
    (
        "fv2bu-pl-01",
        "pl",
        _s("""
Historia pani [[PERSON:Agnieszki]], tłumaczona akapit po akapicie.

Nazywam się [[PERSON:Agnieszka Wróbel]]. Mieszkam z mężem [[PERSON:Pawłem]] i córką
[[PERSON:Zuzią]] na [[ADDRESS:ul. Lipowej 12]], [[POSTCODE:NG7 1FE]]. [[PERSON:Zuzia]] ma
[[AGE:6 lat]] i [[HEALTH:atopowe zapalenie skóry]], a ściana w jej pokoju była czarna od grzyba,
od podłogi aż po sufit. / My name is [[PERSON:Agnieszka Wróbel]]. I live with my husband
[[PERSON:Paweł]] and our daughter [[PERSON:Zuzia]] at [[ADDRESS:12 Lime Street]],
[[POSTCODE:NG7 1FE]]. [[PERSON:Zuzia]] is [[AGE:6]] and has [[HEALTH:eczema]], and the wall in
her room was black with mould from floor to ceiling.

Od listopada zgłaszałam to do [[ORGANISATION:Lindenfield Housing]], numer zgłoszenia
[[REFERENCE:RJ-558120]], ale przysyłali tylko pana z farbą. Pomogła dopiero sąsiadka z parteru,
pani [[PERSON:Hania]], która dobrze pisze po angielsku: razem napisałyśmy oficjalną skargę i
wysłałyśmy kopię do radnego. / From November I reported it to
[[ORGANISATION:Lindenfield Housing]], reference [[REFERENCE:RJ-558120]], but they only sent a man
with a tin of paint. What finally helped was our downstairs neighbour, who writes good English:
together we wrote a formal complaint and copied in our councillor.

W ciągu miesiąca wymienili wentylator, osuszyli ścianę i wypłacili nam odszkodowanie.
[[PERSON:Zuzia]] od marca śpi w swoim łóżku, a nie z nami. Moja rada: róbcie zdjęcia z datą i
piszcie maile, nie tylko dzwońcie. Jak ktoś potrzebuje pomocy, mój numer to
[[PHONE:07700 900 417]]. / Within a month they replaced the fan, dried out the wall and paid us
compensation. Since March [[PERSON:Zuzia]] has slept in her own bed again. My advice: take dated
photos and send emails, don't only phone. Anyone who needs help can call me on
[[PHONE:07700 900417]].
"""),
    ),
    (
        "fv2bu-pl-02",
        "pl",
        _s("""
Spisał wnuk, [[PERSON:Jakub Nowicki]].

EN: My grandad, [[PERSON:Zdzisław Nowicki]], is [[AGE:78]] and has [[HEALTH:COPD]]. He and my nan
[[PERSON:Krystyna]] live in [[ADDRESS:flat 47]] on the eleventh floor of
[[ADDRESS:Beaumont Tower]]. In January their heating and hot water stopped for nine days. PL: Mój
dziadek, [[PERSON:Zdzisław Nowicki]], ma [[AGE:78 lat]] i [[HEALTH:POChP]]. Razem z babcią
[[PERSON:Krysią]] mieszka w [[ADDRESS:mieszkaniu nr 47]] na jedenastym piętrze
[[ADDRESS:Beaumont Tower]]. W styczniu przez dziewięć dni nie mieli ogrzewania ani ciepłej wody.

EN: [[ORGANISATION:Irwell Side Homes]] sent [[ORGANISATION:HeatFix North]] twice. Both times the
engineer said a part was on order. Dziadek stayed in bed in his coat. I rang
[[PHONE:0161 496 0583]] every day and got a new reference each time; the one that finally counted
was [[REFERENCE:HMS/0098812]]. PL: [[ORGANISATION:Irwell Side Homes]] dwa razy przysłało
[[ORGANISATION:HeatFix North]]. Za każdym razem monter mówił, że część jest zamówiona.
Dziadziuś leżał w łóżku w kurtce. Dzwoniłem codziennie pod [[PHONE:0161 496 0583]] i za każdym
razem dostawałem nowy numer; ten, który w końcu zadziałał, to [[REFERENCE:HMS/0098812]].

EN: When I emailed the complaints team from [[EMAIL:kuba.nowicki@example.net]] and mentioned his
[[HEALTH:COPD]], a manager came the next morning with two electric heaters, and the boiler part
arrived that afternoon. They paid £150 and flagged them as vulnerable tenants. Lesson: tell them
about health conditions in writing. PL: Kiedy napisałem do działu skarg z adresu
[[EMAIL:kuba.nowicki@example.net]] i wspomniałem o [[HEALTH:POChP]] dziadka, następnego ranka
przyjechał kierownik z dwoma grzejnikami, a część do pieca dotarła jeszcze tego samego dnia.
Wypłacili 150 funtów i oznaczyli dziadków jako lokatorów wymagających szczególnej uwagi.
Wniosek: o chorobach piszcie, nie tylko mówcie.
"""),
    ),
    (
        "fv2bu-pl-03",
        "pl",
        _s("""
[[PERSON:Marta Zielińska]]: Od 2019 roku mieszkamy w szóstkę w dwupokojowym mieszkaniu przy
[[ADDRESS:41 Cowper Street]], [[POSTCODE:LS7 4DR]]. Mąż [[PERSON:Łukasz]], ja,
[[PERSON:Oliwia]] ([[AGE:12 lat]]), [[PERSON:Szymek]] ([[AGE:9 lat]]) i bliźniaki
[[PERSON:Antoś]] i [[PERSON:Staś]], którzy mają po [[AGE:3 lata]]. Dzieci śpią w jednym pokoju,
a [[PERSON:Oliwia]] odrabia lekcje w łazience. ([[PERSON:Marta Zielińska]]: Since 2019 six of us
have lived in a two-bedroom flat at [[ADDRESS:41 Cowper Street]], [[POSTCODE:LS7 4DR]]: my husband
[[PERSON:Łukasz]], me, [[PERSON:Oliwia]] ([[AGE:12]]), [[PERSON:Szymon]] ([[AGE:9]]) and the
twins, [[PERSON:Antoni]] and [[PERSON:Stanisław]], who are both [[AGE:3]]. The children share
one room and [[PERSON:Oliwia]] does her homework in the bathroom.)

[[ORGANISATION:Leeds City Council]] przez trzy lata trzymał nas w paśmie C na liście
mieszkaniowej (numer [[REFERENCE:HR 2021 77340]]), choć przepełnienie było oczywiste.
Wychowawczyni z [[ADDRESS:Bankside Primary]] napisała, że [[PERSON:Szymek]] zasypia na lekcjach.
[[PERSON:Łukasz]] podał nawet swój numer NI, [[NI_NUMBER:PZ 63 11 08 A]], żeby szybciej
sprawdzili dochody. (For three years [[ORGANISATION:Leeds City Council]] kept us in band C on the
housing register, number [[REFERENCE:HR 2021 77340]], although the overcrowding was obvious. The
class teacher at [[ADDRESS:Bankside Primary]] wrote that [[PERSON:Szymon]] was falling asleep in
lessons. [[PERSON:Łukasz]] even gave his National Insurance number so they could check our
income faster.)

Po skardze do Housing Ombudsman (sprawa [[REFERENCE:202207731]]) rada przeliczyła punkty i
przeniosła nas do pasma A. W październiku dostaliśmy dom z czterema sypialniami na Harehills.
Wniosek dla urzędników: odpowiadajcie na listy. Dla rodzin: zbierajcie pisma ze szkoły i od
lekarza. (After a complaint to the Housing Ombudsman, case [[REFERENCE:202207731]], the council
reassessed our points and moved us to band A. In October we were offered a four-bedroom house in
Harehills. Lesson for officials: answer letters. For families: collect letters from the school
and the GP.)
"""),
    ),
    (
        "fv2bu-pl-04",
        "pl",
        _s("""
[[PERSON:Bartłomiej Kaczmarek]], „[[PERSON:Bartek]]”: Pracuję na nocki w magazynie pod Dartford
i śpię w dzień. Od lutego sąsiad nad nami codziennie od 9 do 17 robił remont, a wieczorami
urządzał imprezy. Mieszkam z dziewczyną, [[PERSON:Jagodą]], w [[ADDRESS:mieszkaniu 22]] w
[[ADDRESS:Orchard House]]. Przez brak snu wróciły mi [[HEALTH:migreny]]. /
[[PERSON:Bartłomiej Kaczmarek]], '[[PERSON:Bartek]]': I work nights at a warehouse near Dartford
and sleep during the day. From February the neighbour above us did building work every day from
9 to 5, with parties in the evenings. I live with my girlfriend [[PERSON:Jagoda]] in
[[ADDRESS:flat 22]], [[ADDRESS:Orchard House]]. Because I couldn't sleep, my
[[HEALTH:migraines]] came back.

[[ORGANISATION:Riverbend Housing Trust]] przez dwa miesiące odpisywało tylko „przekazaliśmy
sprawę”. Nagrałem hałas i wrzuciłem na TikToka, konto [[OTHER_ID:@bartek_nocna_zmiana]], i
dopiero wtedy zadzwonili, z numeru [[PHONE:020 7946 0129]]. Dostałem numer sprawy
[[REFERENCE:ASB-23-1190]]. / For two months [[ORGANISATION:Riverbend Housing Trust]] only
replied "we have passed it on". I recorded the noise and put it on TikTok, and only then did they
ring me, from [[PHONE:020 7946 0129]]. I was given case number [[REFERENCE:ASB-23-1190]].

Okazało się, że remont był bez zgody administracji. Wstrzymali go, a imprezy skończyły się po
wizycie pracownika od ASB. Dostaliśmy przeprosiny i zwrot 85 funtów za zatyczki do uszu i
zasłony zaciemniające. Na jagody do lasu dawno nie jeździłem, ale przynajmniej śpię. Lekcja:
pierwsze zgłoszenie powinno wystarczyć, nie post w internecie. / It turned out the works had no
permission from the landlord. They were stopped, and the parties ended after a visit from the
antisocial behaviour officer. We got an apology and £85 back for earplugs and blackout curtains.
Lesson: the first report should be enough, not a post online.
"""),
    ),
    (
        "fv2bu-pl-05",
        "pl",
        _s("""
Piszę w imieniu mamy, [[PERSON:Haliny Dąbrowskiej]] (ur. [[DATE_OF_BIRTH:3 maja 1961]]), która
choruje na [[HEALTH:stwardnienie rozsiane]] i od 2022 roku porusza się na wózku. Mama mieszka sama
w bungalowie przy [[ADDRESS:8 Thornfield Close]], [[POSTCODE:s6 3ht]], i nie mogła sama wejść do
wanny ani przejechać przez próg. (I am writing on behalf of my mother, [[PERSON:Halina
Dąbrowska]], who has [[HEALTH:multiple sclerosis]] and has used a wheelchair since 2022. She
lives alone in a bungalow at [[ADDRESS:8 Thornfield Close]], [[POSTCODE:s6 3ht]], and could not
get into the bath or over the doorstep on her own.)

Terapeutka zajęciowa, pani [[PERSON:Sinéad Murphy]], zaleciła prysznic bez brodzika i podjazd
już w maju. [[ORGANISATION:Don Valley Housing]] dwa razy zgubiło jej raport. Lekarka z
[[ADDRESS:Hillsborough Medical Centre]] wysłała trzecią kopię, z numerem NHS mamy
[[OTHER_ID:943 476 5919]], a ja co tydzień dzwoniłam do nich pod [[PHONE:0114 496 0360]]. (The
occupational therapist, [[PERSON:Sinéad Murphy]], recommended a level-access shower and a ramp
in May. [[ORGANISATION:Don Valley Housing]] lost her report twice. Mum's GP at
[[ADDRESS:Hillsborough Medical Centre]] sent a third copy, and I rang the landlord on
[[PHONE:0114 496 0360]] every week.)

W końcu poprosiłam o rozmowę z dyrektorem. Pan [[PERSON:Rafferty]] przeprosił, w sześć tygodni
zrobili łazienkę i podjazd, a teraz każdy raport OT dostaje numer i termin. Mama mówi, że znowu
czuje się u siebie. Gdyby ktoś potrzebował porady, mój mail to
[[EMAIL:ewa.dabrowska@example.org]]. — [[PERSON:Ewa]] (In the end I asked to speak to a director.
Mr [[PERSON:Rafferty]] apologised; within six weeks the bathroom and ramp were done, and every OT
report now gets a reference number and a deadline. Mum says she feels at home again.
— [[PERSON:Ewa]])
"""),
    ),
    (
        "fv2bu-ro-01",
        "ro",
        _s("""
Mă numesc [[PERSON:Ionela Popescu]] și locuiesc cu soțul meu, [[PERSON:Mihai]], și cu băiatul
nostru, [[PERSON:Darius]], la [[ADDRESS:Flat 5, 18 Gladstone Road]], [[POSTCODE:LU1 3NB]].
[[PERSON:Darius]] are [[AGE:3 ani]] și [[HEALTH:astm]], iar din octombrie pereții din dormitor
s-au umplut de mucegai negru. / My name is [[PERSON:Ionela Popescu]] and I live with my husband
[[PERSON:Mihai]] and our son [[PERSON:Darius]] at [[ADDRESS:Flat 5, 18 Gladstone Road]],
[[POSTCODE:LU1 3NB]]. [[PERSON:Darius]] is [[AGE:3]] and has [[HEALTH:asthma]], and from October
the bedroom walls were covered in black mould.

Am sunat la [[ORGANISATION:Chiltern Edge Homes]] de cel puțin zece ori. Mi-au dat numărul de
reparație [[REFERENCE:CR0045512]] și mi-au spus să deschid geamul. Doamna doctor de la
[[ADDRESS:Bury Park Surgery]] a scris o scrisoare că lui [[PERSON:Darius]] i se agravează
[[HEALTH:astmul]] din cauza casei. / I phoned [[ORGANISATION:Chiltern Edge Homes]] at least ten
times. They gave me repair number [[REFERENCE:CR0045512]] and told me to open the window. Our GP
at [[ADDRESS:Bury Park Surgery]] wrote a letter saying [[PERSON:Darius]]'s [[HEALTH:asthma]] was
getting worse because of the house.

Cu ajutorul unei voluntare de la centrul comunitar, [[PERSON:Roxana]], am făcut plângere
oficială. În trei săptămâni au venit cu un inspector, au pus ventilație nouă și au tratat
pereții. Ne-au oferit și 300 de lire despăgubire. Sfatul meu: cereți totul pe email și păstrați
pozele. Dacă aveți întrebări, sunați-mă la [[PHONE:07700 900 263]]. / With help from
[[PERSON:Roxana]], a volunteer at the community centre, I made a formal complaint. Within three
weeks they sent an inspector, fitted new ventilation and treated the walls, and offered £300
compensation. My advice: ask for everything by email and keep your photos.
"""),
    ),
    (
        "fv2bu-ro-02",
        "ro",
        _s("""
EN: We are a [[OTHER_SPECIAL:Roma]] family, [[PERSON:Florin]] and [[PERSON:Mirela Stănescu]],
with our four children, at [[ADDRESS:14 The Maltings]], [[POSTCODE:PE1 2TZ]]. In the storms last
winter water came through the ceiling of the children's room, right into the light fitting.
RO: Suntem o familie de [[OTHER_SPECIAL:romi]], [[PERSON:Florin]] și
[[PERSON:Mirela Stănescu]], cu cei patru copii ai noștri, la [[ADDRESS:14 The Maltings]],
[[POSTCODE:PE1 2TZ]]. La furtunile de iarna trecută a intrat apa prin tavanul camerei copiilor,
chiar în lustră.

EN: [[ORGANISATION:Brookmere Housing Association]] sent [[ORGANISATION:Apex Roofing]], who put a
bucket under it and said the roof needed scaffolding. Then nothing for eleven weeks. I felt they
did not hurry because of who we are. Pastor [[PERSON:Daniel]] from
[[ADDRESS:Betel Pentecostal Church]], where we pray, came with me to the office. RO:
[[ORGANISATION:Brookmere Housing Association]] a trimis firma [[ORGANISATION:Apex Roofing]],
care a pus o găleată și a zis că trebuie schelă. Apoi nimic, unsprezece săptămâni. Am simțit că
nu se grăbesc din cauza a ceea ce suntem. Pastorul [[PERSON:Daniel]] de la
[[ADDRESS:Biserica Penticostală Betel]], unde ne rugăm, a venit cu mine la birou.

EN: The complaint went to the Housing Ombudsman as case [[REFERENCE:202214567]]. The landlord
admitted service failure, fixed the roof in four days once the scaffolding was booked,
redecorated the room and paid £450. They now also offer a Romanian interpreter. Lesson: if you
feel treated differently, say so in writing. RO: Plângerea a ajuns la Housing Ombudsman, cazul
[[REFERENCE:202214567]]. Proprietarul a recunoscut greșeala, a reparat acoperișul în patru zile
după ce a venit schela, a zugrăvit camera și ne-a plătit 450 de lire. Acum oferă și interpret de
română. Lecția: dacă simțiți că sunteți tratați altfel, scrieți asta negru pe alb.
"""),
    ),
    (
        "fv2bu-ro-03",
        "ro",
        _s("""
Sunt [[PERSON:Cristina Dumitrescu]], născută pe [[DATE_OF_BIRTH:14.09.1988]], chiriașă la
[[ORGANISATION:Marlow Fields Housing]] din 2020, în [[ADDRESS:apartamentul 9]] din
[[ADDRESS:Kingfisher House]]. În martie am primit o scrisoare că am datorii la chirie de 2.140 de
lire și că risc evacuarea. (I am [[PERSON:Cristina Dumitrescu]], a
[[ORGANISATION:Marlow Fields Housing]] tenant since 2020 in [[ADDRESS:flat 9]] at
[[ADDRESS:Kingfisher House]]. In March I received a letter saying I owed £2,140 in rent and
risked eviction.)

Plătesc chiria parțial din Universal Credit și parțial din contul meu, sort code
[[OTHER_ID:30-96-14]], cont [[OTHER_ID:18273645]]. Am trimis extrase la
[[EMAIL:rent@marlowfields.example.com]], cu numărul contului de chirie [[REFERENCE:RA-883104]]
și cu numărul de National Insurance [[NI_NUMBER:SH 71 04 92 D]], dar nu a răspuns nimeni. Aveam
[[OTHER_SPECIAL:statut pre-settled]] și mi-era frică să nu-mi afecteze cererea. (I pay my rent
partly through Universal Credit and partly from my own bank account. I sent statements to
[[EMAIL:rent@marlowfields.example.com]] with my rent account number [[REFERENCE:RA-883104]], but
nobody replied. I had [[OTHER_SPECIAL:pre-settled status]] and was afraid it would affect my
application.)

Până la urmă, consiliera de la Citizens Advice, [[PERSON:Nadia]], a sunat-o direct pe
managera de chirii, [[PERSON:Joanne Pike]]. S-a descoperit că plățile din Universal Credit
fuseseră puse pe alt cont. Au anulat datoria, au retras scrisoarea și mi-au cerut scuze în scris.
Lecția: nu trimiți scrisoare de evacuare înainte să verifici plățile. (In the end
[[PERSON:Nadia]], an adviser at Citizens Advice, rang the rent manager, [[PERSON:Joanne Pike]],
directly. It turned out the Universal Credit payments had been put on another account. They
cancelled the debt, withdrew the letter and apologised in writing. Lesson: don't send an eviction
letter before checking the payments.)
"""),
    ),
    (
        "fv2bu-ro-04",
        "ro",
        _s("""
Sunt [[PERSON:Sorin]], nepotul ei, și scriu pentru tanti [[PERSON:Veta]], adică
[[PERSON:Elisabeta Moraru]], care are [[AGE:76 de ani]] și [[HEALTH:insuficiență cardiacă]]. Stă
singură în [[ADDRESS:Sefton Court]], [[ADDRESS:apartamentul 12]], la etajul trei, și nu
vorbește engleză. În decembrie caloriferele au mers doar pe jumătate, iar în baie nu era deloc
căldură. / I am [[PERSON:Sorin]], her nephew, writing for my aunt, [[PERSON:Elisabeta Moraru]],
known as [[PERSON:Veta]], who is [[AGE:76]] and has [[HEALTH:heart failure]]. She lives alone in
[[ADDRESS:flat 12]] at [[ADDRESS:Sefton Court]], on the third floor, and doesn't speak English.
In December the radiators only half worked and there was no heat in the bathroom at all.

Am sunat la [[ORGANISATION:Merseyside Crescent Housing]] de pe telefonul ei fix,
[[PHONE:0151 496 0824]], și mi s-a spus că sistemul comun e „în grafic”. Nimeni nu a întrebat
dacă locuiește acolo o persoană vulnerabilă. A ajuns de două ori la Arrowe Park cu respirația
grea. Vecina ei, doamna [[PERSON:Floarea]], îi aducea supă caldă. / I rang
[[ORGANISATION:Merseyside Crescent Housing]] from her landline, [[PHONE:0151 496 0824]], and was
told the communal system was "on schedule". Nobody asked whether a vulnerable person lived
there. She ended up at Arrowe Park twice with breathing problems. A neighbour brought her hot
soup.

După ce am trimis plângerea pe email, de la [[EMAIL:sorin.moraru@example.net]], cu numărul
[[REFERENCE:MCH-C-7745]], au venit în două zile, au aerisit tot sistemul și au pus un calorifer
nou în baie. Acum tanti [[PERSON:Veta]] e pe lista lor de chiriași vulnerabili și o sună cineva
când se oprește încălzirea. Lecția: întrebați cine locuiește în casă, nu doar ce s-a stricat. /
After I emailed a complaint, reference [[REFERENCE:MCH-C-7745]], they came within two days, bled
the whole system and fitted a new bathroom radiator. Now my aunt is on their vulnerable tenants
list and someone calls her when the heating goes off. Lesson: ask who lives in the home, not just
what is broken.
"""),
    ),
    (
        "fv2bu-ro-05",
        "ro",
        _s("""
EN: My name is [[PERSON:Gheorghe Marin]], [[PERSON:Ghiță]] to friends. My son [[PERSON:Luca]] is
[[AGE:8]] and [[HEALTH:autistic]], and he goes to [[ADDRESS:Riverside Academy]]. Five of us live
in a two-bed flat at [[ADDRESS:61 Tanner Street]], [[POSTCODE:IG11 8QH]], and [[PERSON:Luca]] has
nowhere quiet to calm down. RO: Mă numesc [[PERSON:Gheorghe Marin]], pentru prieteni
[[PERSON:Ghiță]]. Fiul meu, [[PERSON:Luca]], are [[AGE:8 ani]] și [[HEALTH:autism]] și merge la
[[ADDRESS:Riverside Academy]]. Stăm cinci persoane într-un apartament cu două camere, pe
[[ADDRESS:61 Tanner Street]], [[POSTCODE:IG11 8QH]], iar [[PERSON:Luca]] nu are niciun colț
liniștit unde să se calmeze.

EN: [[ORGANISATION:Havenbridge Borough Council]] had us on the register, number
[[REFERENCE:HRN 0051277]], but the form said [[PERSON:Luca]] had "no medical need". Our car,
[[OTHER_ID:LR17 XGT]], has a blue badge, and we also needed parking near the door. I posted our
story on [[OTHER_ID:facebook.com/ghita.marin.ldn]] and a councillor saw it. RO:
[[ORGANISATION:Havenbridge Borough Council]] ne avea pe listă cu numărul
[[REFERENCE:HRN 0051277]], dar în formular scria că [[PERSON:Luca]] nu are „nevoi medicale”.
Mașina noastră are blue badge și aveam nevoie și de un loc de parcare lângă ușă. Am pus povestea
pe Facebook și a văzut-o un consilier.

EN: The medical panel looked again with a letter from his paediatrician. We moved up a band and
in September got a three-bed house with a small garden. The council now asks families directly
about [[HEALTH:autism]] instead of relying on the form. RO: Comisia medicală a revizuit cazul cu
o scrisoare de la pediatrul lui. Am urcat o bandă și în septembrie am primit o casă cu trei
camere și o grădină mică. Acum consiliul întreabă familiile direct despre [[HEALTH:autism]], nu
se bazează doar pe formular.
"""),
    ),
    (
        "fv2bu-ar-01",
        "ar",
        _s("""
أنا [[PERSON:رنا الحمصي]]، [[PERSON:أم خالد]]. وصلنا إلى بريطانيا بصفة
[[OTHER_SPECIAL:لاجئين]] من [[OTHER_SPECIAL:سوريا]] سنة ٢٠١٨، ونسكن الآن في
[[ADDRESS:٢٧ شارع كلارندون]]، [[POSTCODE:M16 8LP]]، مع زوجي [[PERSON:عمر]] وأولادنا الثلاثة.
ابني [[PERSON:خالد]] عمره [[AGE:٩ سنوات]] وعنده [[HEALTH:الربو]]، والعفن الأسود كان يغطي
زاوية غرفته. (I am [[PERSON:Rana Al-Homsi]], [[PERSON:Umm Khaled]]. We came to Britain as
[[OTHER_SPECIAL:refugees]] from [[OTHER_SPECIAL:Syria]] in 2018 and now live at
[[ADDRESS:27 Clarendon Road]], [[POSTCODE:M16 8LP]], with my husband [[PERSON:Omar]] and our
three children. My son [[PERSON:Khaled]] is [[AGE:9]] and has [[HEALTH:asthma]], and black mould
covered the corner of his room.)

اتصلت بشركة [[ORGANISATION:Pennine Gate Housing]] أكثر من عشرين مرة. كانوا يقولون إن السبب هو
التنفس والطبخ ونشر الغسيل داخل البيت. طبيبة العائلة في
[[ADDRESS:Alexandra Park Health Centre]] كتبت رسالة، والمدرسة كمان. (I rang
[[ORGANISATION:Pennine Gate Housing]] more than twenty times. They kept saying it was caused by
breathing, cooking and drying washing indoors. Our family doctor at
[[ADDRESS:Alexandra Park Health Centre]] wrote a letter, and so did the school.)

بعد الشكوى الرسمية رقم [[REFERENCE:PGH-CMP-2291]] جاء مسّاح، ووجد أن المزراب مكسور والماء
ينزل داخل الجدار. صلّحوه، وعالجوا العفن، وأعطونا ٢٥٠ جنيهاً. نصيحتي: لا تقبلوا جملة «هذا
تكثّف» بدون فحص. رقمي لمن يحتاج مساعدة بالعربي: [[PHONE:٠٧٧٠٠ ٩٠٠ ٥٦١]]. (After formal
complaint [[REFERENCE:PGH-CMP-2291]] a surveyor came and found the gutter was broken and water was
running inside the wall. They repaired it, treated the mould and gave us £250. My advice: don't
accept "it's condensation" without an inspection. Anyone who needs help in Arabic can call me on
[[PHONE:07700 900561]].)
"""),
    ),
    (
        "fv2bu-ar-02",
        "ar",
        _s("""
اسمي [[PERSON:فاطمة عبد الرحمن]]، من [[OTHER_SPECIAL:السودان]]، وأسكن مع بناتي [[PERSON:نور]]
و[[PERSON:هبة]] في [[ADDRESS:شقة ٣، ١٥ هارنال لين]]، [[POSTCODE:CV1 5AE]]، قرب
[[ADDRESS:مسجد النور]] الذي نصلي فيه. من شهر مايو والماء ينزل من سقف المطبخ كلما استحم الجيران
فوقنا. / My name is [[PERSON:Fatima Abdelrahman]], I am from [[OTHER_SPECIAL:Sudan]], and I live
with my daughters [[PERSON:Noor]] and [[PERSON:Hiba]] in [[ADDRESS:flat 3, 15 Harnall Lane]],
[[POSTCODE:CV1 5AE]], near the [[ADDRESS:Al-Noor Mosque]] where we pray. Since May water has come
through the kitchen ceiling whenever the neighbours upstairs shower.

[[ORGANISATION:Coventry Canalside Homes]] فتحوا بلاغ إصلاح رقم [[REFERENCE:LK/44871]]، ثم
أغلقوه مرتين دون أن يأتي أحد. كهرباء المطبخ صارت خطيرة، وابنتي [[PERSON:هبة]] عندها
[[HEALTH:صرع]]، فكنت خائفة جداً. أرسلت الصور من بريدي [[EMAIL:f.abdelrahman@example.com]] إلى
بريدهم [[EMAIL:repairs@canalside.example.org]]. / [[ORGANISATION:Coventry Canalside Homes]]
opened repair report [[REFERENCE:LK/44871]], then closed it twice without anyone coming. The
kitchen electrics became dangerous, and [[PERSON:Hiba]] has [[HEALTH:epilepsy]], so I was very
frightened. I sent photos from [[EMAIL:f.abdelrahman@example.com]] to
[[EMAIL:repairs@canalside.example.org]].

في النهاية جاء مدير الإصلاحات بنفسه، واكتشف أن أنبوب الصرف عند الجيران مكسور. صلّحوه في يوم
واحد، وغيّروا سقف المطبخ، واعتذروا. الآن لا يُغلق أي بلاغ إلا بعد الاتصال بالمستأجر، وهذا
كان أملي من البداية. / In the end the repairs manager came himself and found the neighbours'
waste pipe was broken. They fixed it in one day, replaced the kitchen ceiling and apologised. Now
no report is closed until the tenant has been contacted, which is all I hoped for from the start.
"""),
    ),
    (
        "fv2bu-ar-03",
        "ar",
        _s("""
أنا [[PERSON:حيدر الموسوي]]، من [[OTHER_SPECIAL:العراق]]، أسكن في [[ADDRESS:شقة رقم 9c]] في
عمارة [[ADDRESS:هادريان هاوس]] مع زوجتي [[PERSON:زينب]]. منذ الصيف الماضي صار شباب من العمارة
يكتبون كلاماً ضد [[OTHER_SPECIAL:المسلمين]] على بابنا، وكسروا مرآة سيارتنا
[[OTHER_ID:FD21 KXU]] مرتين. (I am [[PERSON:Haider Al-Musawi]], from
[[OTHER_SPECIAL:Iraq]]. I live in [[ADDRESS:flat 9c]] in [[ADDRESS:Hadrian House]] with my wife
[[PERSON:Zainab]]. Since last summer some young men from the building have been writing words
against [[OTHER_SPECIAL:Muslims]] on our door, and they broke the mirror of our car,
[[OTHER_ID:FD21 KXU]], twice.)

أبلغنا [[ORGANISATION:Tyne Riverside Homes]] والشرطة، ورقم قضية السلوك المعادي للمجتمع
[[REFERENCE:ASB/NC/23/0456]]. كنت أتصل على [[PHONE:٠١٩١ ٤٩٨ ٠٢٣٧]] ولا أحد يرد. زوجتي صارت
تخاف أن تنزل وحدها، والطبيب قال إن عندها [[HEALTH:اكتئاب]]. (We reported it to
[[ORGANISATION:Tyne Riverside Homes]] and the police; the antisocial behaviour case number is
[[REFERENCE:ASB/NC/23/0456]]. I kept calling [[PHONE:0191 498 0237]] and nobody answered. My wife
became afraid to go out alone, and the doctor said she has [[HEALTH:depression]].)

تغيّر كل شيء عندما استلمت القضية موظفة اسمها [[PERSON:كلير دوبسون]]. ركّبوا كاميرا على الدرج،
وأنذروا عائلتين رسمياً، وبعد شهرين نقلونا إلى شقة أرضية في حي آخر. الدرس: العنصرية ليست
«خلاف جيران»، ويجب أن تُعامل كجريمة كراهية من أول يوم. (Everything changed when an officer
called [[PERSON:Claire Dobson]] took over the case. They put a camera on the stairs, gave two
families formal warnings and, two months later, moved us to a ground-floor flat in another area.
The lesson: racism is not a "neighbour dispute" and must be treated as a hate crime from day one.)
"""),
    ),
    (
        "fv2bu-ar-04",
        "ar",
        _s("""
EN: I am writing for my grandmother, Lalla [[PERSON:Zohra Bennani]]. She is [[AGE:82]], has
[[HEALTH:diabetes]] and lives at [[ADDRESS:flat 31, Elkstone House]], [[POSTCODE:w10 5ub]]. From
October to December her hot water came and went, and the heating only worked in one room. AR:
أكتب نيابةً عن جدتي، للا [[PERSON:زهرة بناني]]. عمرها [[AGE:٨٢ سنة]]، وعندها
[[HEALTH:السكري]]، وتسكن في [[ADDRESS:شقة ٣١، إلكستون هاوس]]، [[POSTCODE:w10 5ub]]. من أكتوبر
إلى ديسمبر كان الماء الساخن ينقطع ويرجع، والتدفئة تشتغل في غرفة واحدة فقط.

EN: [[ORGANISATION:Westway Community Homes]] kept booking engineers on weekdays when I,
[[PERSON:Youssef]], was at work, and she will not open the door to strangers unless I am there.
Her NHS number, [[OTHER_ID:485 201 7736]], was on every form I sent, because the
[[HEALTH:diabetes]] nurse wanted it recorded that the cold was affecting her. AR: كانت
[[ORGANISATION:Westway Community Homes]] تحجز الفنيين في أيام الدوام وأنا، [[PERSON:يوسف]]،
في الشغل، وجدتي لا تفتح الباب للغرباء إلا وأنا معها. رقمها في الـNHS كان على كل ورقة أرسلتها،
لأن ممرضة [[HEALTH:السكري]] أرادت أن يُسجَّل أن البرد يؤثر عليها.

EN: After I complained and asked for a Saturday visit, they came on a Saturday, replaced the hot
water cylinder and added a note about access to her file. They also gave me a direct number,
[[PHONE:020 7946 0952]]. Lesson: ask how the tenant can let you in, not just when you are free.
AR: بعد ما اشتكيت وطلبت موعداً يوم السبت، جاؤوا يوم السبت، وغيّروا خزان الماء الساخن، وكتبوا
ملاحظة في ملفها عن المواعيد. وأعطوني رقماً مباشراً: [[PHONE:٠٢٠ ٧٩٤٦ ٠٩٥٢]]. الدرس: اسألوا
كيف يستطيع المستأجر أن يفتح لكم الباب، لا متى أنتم فاضيين فقط.
"""),
    ),
    (
        "fv2bu-ar-05",
        "ar",
        _s("""
أنا [[PERSON:أمل الحكيمي]]، [[OTHER_SPECIAL:يمنية]]، عندي ستة أولاد، ونسكن في بيت من غرفتين في
[[ADDRESS:٥٢ ستانيفورث رود]]، [[POSTCODE:S9 3FT]]. آخر العنقود، [[PERSON:مريم]]، وُلدت في
[[DATE_OF_BIRTH:١٢/٠٣/٢٠٢٣]]، وتنام معي ومع أبيها في نفس الغرفة مع أخويها الصغيرين. / I am
[[PERSON:Amal Al-Hakimi]], I am [[OTHER_SPECIAL:Yemeni]], I have six children and we live in a
two-bedroom house at [[ADDRESS:52 Staniforth Road]], [[POSTCODE:S9 3FT]]. Our youngest,
[[PERSON:Maryam]], was born on [[DATE_OF_BIRTH:12/03/2023]] and sleeps in our room with her
father, me and her two little brothers.

[[ORGANISATION:Sheffield City Council]] سجلتنا على قائمة الإسكان برقم
[[REFERENCE:SHR-0077415]]، لكن كل سنة يطلبون الأوراق من جديد. ابني الكبير [[PERSON:سعيد]]
عمره [[AGE:١٦ سنة]] ويراجع للامتحانات على درج البيت، والصغار في مدرسة
[[ADDRESS:Phillimore Community Primary]]. / [[ORGANISATION:Sheffield City Council]] put us on
the housing register, number [[REFERENCE:SHR-0077415]], but every year they asked for the papers
again. My eldest, [[PERSON:Saeed]], is [[AGE:16]] and revises for his exams on the stairs, and
the little ones go to [[ADDRESS:Phillimore Community Primary]].

بعد تقييم جديد للاكتظاظ ورسالة من المدرسة، رفعونا إلى Band A، وفي مارس عرضوا علينا بيتاً من
أربع غرف قريباً من المدرسة نفسها. أنا سعيدة جداً، وعندي أمل أن يتغيّر النظام للجميع: لا داعي
أن نعيد نفس الأوراق كل سنة. / After a new overcrowding assessment and a letter from the school,
they moved us up to Band A, and in March they offered us a four-bedroom house near the same
school. I am very happy, and I have hope the system will change for everyone: there is no need
to send the same papers every year.
"""),
    ),
    (
        "fv2bu-ur-01",
        "ur",
        _s("""
میرا نام [[PERSON:شازیہ بی بی]] ہے۔ میں اپنے شوہر [[PERSON:عمران]] اور تین بچوں کے ساتھ
[[ADDRESS:۳۸ لیگرامز لین]]، [[POSTCODE:BD7 1NQ]] میں رہتی ہوں، بالکل [[ADDRESS:مسجد بلال]] کے
سامنے۔ میرے بیٹے [[PERSON:علی]] کی عمر [[AGE:۷ سال]] ہے اور اسے [[HEALTH:دمہ]] ہے۔ پچھلی
سردیوں میں اس کے کمرے کی دیوار پر کالی پھپھوندی پھیل گئی۔ (My name is
[[PERSON:Shazia Bibi]]. I live with my husband [[PERSON:Imran]] and our three children at
[[ADDRESS:38 Legrams Lane]], [[POSTCODE:BD7 1NQ]], right opposite [[ADDRESS:Bilal Mosque]]. My
son [[PERSON:Ali]] is [[AGE:7]] and has [[HEALTH:asthma]]. Last winter black mould spread across
the wall of his room.)

ہم نے [[ORGANISATION:Moorside Homes]] کو بار بار فون کیا، ریپیئر نمبر
[[REFERENCE:MH-R-60418]] بھی ملا، لیکن وہ بس یہی کہتے تھے کہ کھڑکی کھولیں اور کپڑے اندر نہ
سکھائیں۔ جی پی نے خط لکھا کہ [[PERSON:علی]] کو دو بار ہسپتال جانا پڑا۔ (We phoned
[[ORGANISATION:Moorside Homes]] again and again and got repair number [[REFERENCE:MH-R-60418]],
but they only told us to open the windows and not dry clothes indoors. The GP wrote a letter
saying [[PERSON:Ali]] had been taken to hospital twice.)

آخرکار ہماری کونسلر نے ساتھ دیا اور باقاعدہ شکایت درج ہوئی۔ سروے میں پتا چلا کہ چھت کا پرنالہ
ٹوٹا ہوا تھا۔ دو ہفتوں میں مرمت ہو گئی، نیا فین لگا اور کمرہ دوبارہ پینٹ ہوا۔ جس کو مدد چاہیے،
مجھے [[PHONE:۰۷۷۰۰ ۹۰۰۳۴۸]] پر کال کرے۔ سبق: ہر فون کال کے بعد ای میل ضرور کریں۔ (In the end
our councillor backed us and a formal complaint was logged. The survey found the roof gutter was
broken. Within two weeks it was repaired, a new fan fitted and the room repainted. Lesson: always
follow every phone call with an email.)
"""),
    ),
    (
        "fv2bu-ur-02",
        "ur",
        _s("""
EN: My father, [[PERSON:Muhammad Rafiq]], is [[AGE:84]]. Since his [[HEALTH:stroke]] in 2022 he
uses a wheelchair, and he could not get up the two steps into our house at
[[ADDRESS:117 Alum Rock Road]], [[POSTCODE:b8 1hz]], or use the upstairs bathroom. UR: میرے
والد، [[PERSON:محمد رفیق]]، [[AGE:۸۴ برس]] کے ہیں۔ ۲۰۲۲ میں [[HEALTH:فالج]] کے بعد سے وہ
وہیل چیئر استعمال کرتے ہیں، اور ہمارے گھر [[ADDRESS:۱۱۷ ایلم راک روڈ]]، [[POSTCODE:b8 1hz]]
کی دو سیڑھیاں نہیں چڑھ سکتے تھے، نہ اوپر والا باتھ روم استعمال کر سکتے تھے۔

EN: [[ORGANISATION:Birmingham City Council]] approved a ramp and a downstairs wet room in March,
adaptation reference [[REFERENCE:ADP-22-0419]], and then nothing happened for seven months. Abba
ji washed at the kitchen sink. I, [[PERSON:Tariq]], rang [[PHONE:0121 496 0193]] so often that
the call handlers knew my voice. UR: [[ORGANISATION:Birmingham City Council]] نے مارچ میں ریمپ
اور نیچے ویٹ روم کی منظوری دی، ریفرنس [[REFERENCE:ADP-22-0419]]، لیکن اس کے بعد سات مہینے
کچھ نہیں ہوا۔ ابا جی کچن کے سنک پر نہاتے رہے۔ میں، [[PERSON:طارق محمود]]،
[[PHONE:۰۱۲۱ ۴۹۶ ۰۱۹۳]] پر اتنی بار فون کرتا رہا کہ عملہ میری آواز پہچاننے لگا۔

EN: Our MP's caseworker, Ms [[PERSON:Kelly Adebayo]], asked the council for a timetable. Within
five weeks the contractor, [[ORGANISATION:Midland Access Builders]], fitted the ramp and wet
room. The council apologised and now sends a monthly update on every approved adaptation.
Lesson: a decision is not a repair. UR: ہمارے ایم پی کے دفتر سے مس [[PERSON:کیلی]] نے کونسل
سے ٹائم ٹیبل مانگا۔ پانچ ہفتوں کے اندر ٹھیکیدار [[ORGANISATION:Midland Access Builders]] نے
ریمپ اور ویٹ روم بنا دیا۔ کونسل نے معافی مانگی اور اب ہر منظور شدہ ایڈاپٹیشن پر ہر مہینے
اپ ڈیٹ بھیجتی ہے۔ سبق: منظوری مرمت نہیں ہوتی۔
"""),
    ),
    (
        "fv2bu-ur-03",
        "ur",
        _s("""
میں [[PERSON:نسرین اختر]] ہوں، اکیلی رہتی ہوں، [[ADDRESS:Kirkgate Court]] کے
[[ADDRESS:فلیٹ نمبر ۱۴]] میں۔ مجھے [[HEALTH:انزائٹی]] کا مرض ہے۔ ساتھ والے فلیٹ میں ایک بڑا
کتا سارا دن بھونکتا تھا اور رات کو اس کا مالک اونچی آواز میں گانے لگاتا تھا۔ / I am
[[PERSON:Nasreen Akhtar]]. I live alone in [[ADDRESS:flat 14]] at [[ADDRESS:Kirkgate Court]]. I
have an [[HEALTH:anxiety disorder]]. In the flat next door a big dog barked all day, and at night
its owner played loud music.

[[ORGANISATION:Pennine Crescent Housing]] نے ASB کیس نمبر [[REFERENCE:7731-22]] کھولا لیکن
تین مہینے تک کوئی جواب نہیں آیا۔ کتے کا تو انسٹاگرام پر اپنا اکاؤنٹ بھی تھا،
[[OTHER_ID:@rocky_the_staffie]]، جس پر میرے دروازے کی ویڈیوز تھیں۔ میں نے
[[EMAIL:nasreen dot akhtar at example dot org]] سے ای میل کی، اور
[[PHONE:۰۱۱۳ ۴۹۶ ۰۷۱۵]] پر کئی بار فون بھی کیا۔ / [[ORGANISATION:Pennine Crescent Housing]]
opened ASB case [[REFERENCE:7731-22]] but there was no reply for three months. The dog even had
its own Instagram account with videos of my front door. I emailed from
[[EMAIL:nasreen dot akhtar at example dot org]] and rang [[PHONE:0113 496 0715]] several times.

پھر ایک نئی ہاؤسنگ آفیسر، [[PERSON:سعدیہ]]، آئیں۔ انہوں نے شور ریکارڈ کرنے والی ایپ دی، پڑوسی
کو وارننگ دی اور کتے کی ٹریننگ کی شرط رکھی۔ اب سکون ہے، اور ہر دو ہفتے مجھے فون آتا ہے۔ سبق:
کمزور کرایہ دار کی شکایت کو قطار میں نہ ڈالیں۔ / Then a new housing officer,
[[PERSON:Sadia]], came. She gave me a noise recording app, warned the neighbour and made training
for the dog a condition. Now it is peaceful, and I get a call every two weeks. Lesson: don't put
a vulnerable tenant's complaint in a queue.
"""),
    ),
    (
        "fv2bu-ur-04",
        "ur",
        _s("""
میرا نام [[PERSON:اسلم چوہدری]] ہے، عمر [[AGE:۵۸ سال]]۔ میں، میری بیوی [[PERSON:پروین]] اور
ہماری بیٹی [[PERSON:خوشی]] ۲۰۱۵ سے [[ORGANISATION:Lancashire Valley Housing]] کے
[[ADDRESS:فلیٹ ۶، Peel Mill]] میں رہتے ہیں۔ ۲۰۲۳ میں سروس چارج اچانک ۴۲ پاؤنڈ سے ۱۱۸ پاؤنڈ
مہینہ ہو گیا۔ (My name is [[PERSON:Aslam Chaudhry]], I am [[AGE:58]]. My wife
[[PERSON:Parveen]], our daughter [[PERSON:Khushi]] and I have lived in
[[ADDRESS:flat 6, Peel Mill]], a [[ORGANISATION:Lancashire Valley Housing]] building, since 2015.
In 2023 our service charge suddenly went up from £42 to £118 a month.)

ہم نے تفصیل مانگی تو صرف ایک لائن آئی: communal costs۔ میں نے شکایت نمبر
[[REFERENCE:LVH/SC/2023/118]] کے ساتھ اپنا NI نمبر [[NI_NUMBER:NE 24 68 13 C]] اور بینک کی
تفصیل، سورٹ کوڈ [[OTHER_ID:61-09-22]] اور اکاؤنٹ [[OTHER_ID:55102938]]، بھی دی کیونکہ انہوں نے
مانگی تھی۔ ہاؤسنگ کے نمبر [[PHONE:۰۱۶۱ ۴۹۶ ۰۸۸۰]] پر کوئی نہیں اٹھاتا تھا۔ (We asked for a
breakdown and got a single line: "communal costs". I quoted complaint number
[[REFERENCE:LVH/SC/2023/118]] and, because they asked, gave my National Insurance and bank
details. Nobody answered the housing number, [[PHONE:0161 496 0880]].)

آخرکار ٹیننٹس ایسوسی ایشن نے سب کرایہ داروں کی طرف سے حساب مانگا۔ پتا چلا کہ دوسری بلڈنگ کی
لفٹ کا خرچ ہم پر ڈال دیا گیا تھا۔ چارج واپس ۴۵ پاؤنڈ ہوا اور زائد رقم واپس ملی۔
[[PERSON:خوشی]] نے کہا: ابو، لکھا ہوا کام آتا ہے۔ ہمیں بھی بڑی خوشی ہوئی۔ (In the end the
tenants' association asked for the accounts on behalf of all residents. It turned out another
building's lift costs had been charged to us. The charge went back to £45 and the overpayment
was refunded. [[PERSON:Khushi]] said: Dad, writing things down works. We were very happy too.)
"""),
    ),
    (
        "fv2bu-ur-05",
        "ur",
        _s("""
EN: I am [[PERSON:Rukhsana Iqbal]]. I came on a [[OTHER_SPECIAL:spouse visa]] in 2019 and live
with my husband [[PERSON:Asif]] and our son [[PERSON:Danish]], who is [[AGE:15]], in
[[ADDRESS:flat 2, Kingsway House]], [[POSTCODE:LU4 8EJ]]. Last winter the boiler leaked onto the
electrics and we had no heating for two weeks. UR: میں [[PERSON:رخسانہ اقبال]] ہوں۔ ۲۰۱۹ میں
[[OTHER_SPECIAL:اسپاؤس ویزا]] پر آئی تھی اور اپنے شوہر [[PERSON:آصف]] اور بیٹے
[[PERSON:دانش]] کے ساتھ، جس کی عمر [[AGE:۱۵ سال]] ہے، [[ADDRESS:فلیٹ ۲، کنگز وے ہاؤس]]،
[[POSTCODE:LU4 8EJ]] میں رہتی ہوں۔ پچھلی سردیوں میں بوائلر کا پانی بجلی کی تاروں پر ٹپکنے لگا
اور دو ہفتے ہیٹنگ بند رہی۔

EN: [[ORGANISATION:Luton Northside Homes]] sent [[ORGANISATION:Swiftflow Plumbing]], who switched
off the electrics and left. [[PERSON:Danish]] did his homework by torchlight. I was scared to
complain because of my visa, so [[PERSON:Danish]] wrote the emails, and when nothing happened he
rang the Housing Ombudsman, who gave case number [[REFERENCE:202301998]]. UR:
[[ORGANISATION:Luton Northside Homes]] نے [[ORGANISATION:Swiftflow Plumbing]] کو بھیجا، جو
بجلی بند کر کے چلے گئے۔ [[PERSON:دانش]] نے ٹارچ کی روشنی میں ہوم ورک کیا۔ میں ویزا کی وجہ سے
شکایت کرنے سے ڈرتی تھی، اس لیے ای میلز [[PERSON:دانش]] نے لکھیں، اور جب کچھ نہ ہوا تو اس نے
ہاؤسنگ اومبڈزمین کو فون کیا اور کیس نمبر [[REFERENCE:۲۰۲۳۰۱۹۹۸]] ملا۔ دانش مندی یہی تھی۔

EN: Within a week of the Ombudsman's call the landlord replaced the boiler, rewired the kitchen
and paid £350. They told me clearly that complaining never affects anyone's immigration status.
Their direct line for tenants in Luton is [[PHONE:01632 960184]]. Lesson: tell tenants it is
safe to complain. UR: اومبڈزمین کے فون کے ایک ہفتے کے اندر لینڈلارڈ نے نیا بوائلر لگایا، کچن
کی وائرنگ بدلی اور ۳۵۰ پاؤنڈ دیے۔ انہوں نے صاف کہا کہ شکایت کرنے سے کسی کے امیگریشن اسٹیٹس پر
کوئی اثر نہیں پڑتا۔ سبق: کرایہ داروں کو بتائیں کہ شکایت کرنا محفوظ ہے۔
"""),
    ),
    (
        "fv2bu-bn-01",
        "bn",
        _s("""
আমার নাম [[PERSON:শাহিন আহমেদ]]। স্ত্রী [[PERSON:রুমানা]] আর মেয়ে [[PERSON:আলোকে]] নিয়ে
থাকি, ঠিকানা [[ADDRESS:ফ্ল্যাট ২৩, পেলহাম হাউস]], [[POSTCODE:E1 5LJ]],
[[ADDRESS:বায়তুল আমান মসজিদের]] ঠিক পেছনে। [[PERSON:আলোর]] বয়স [[AGE:৫ বছর]], ওর
[[HEALTH:হাঁপানি]] আছে। গত বছর বাথরুম আর ওর ঘরের দেয়াল কালো ছত্রাকে ভরে গেল। (My name is
[[PERSON:Shahin Ahmed]]. I live with my wife [[PERSON:Rumana]] and daughter [[PERSON:Alo]] at
[[ADDRESS:flat 23, Pelham House]], [[POSTCODE:E1 5LJ]], just behind
[[ADDRESS:Baitul Aman Mosque]]. [[PERSON:Alo]] is [[AGE:5]] and has [[HEALTH:asthma]]. Last year
the bathroom and her bedroom walls were covered in black mould.)

[[ORGANISATION:Spitalbrook Homes]]-কে অনেকবার ফোন করেছি, রিপেয়ার নম্বর
[[REFERENCE:SB-448201]]। ওরা বলত জানালা খোলা রাখতে। [[PERSON:রুমানা]] ইমেইল করল
[[EMAIL:rumana.begum@example.com]] থেকে, তাও কোনো উত্তর নেই। [[PERSON:আলো]] দুবার রয়্যাল
লন্ডনে ভর্তি হলো। (We phoned [[ORGANISATION:Spitalbrook Homes]] many times; the repair number
was [[REFERENCE:SB-448201]]. They told us to keep the windows open. [[PERSON:Rumana]] emailed from
[[EMAIL:rumana.begum@example.com]] and still got no answer. [[PERSON:Alo]] was admitted to the
Royal London twice.)

শেষে আমরা লিখিত অভিযোগ করলাম, আর কাউন্সিলর আমাদের বাসায় এলেন। সার্ভেয়ার দেখলেন ছাদের
পাইপ ফাটা। এক মাসের মধ্যে পাইপ, ফ্যান আর দেয়াল সব ঠিক হলো। এখন জানালা দিয়ে সকালের আলো
ঢোকে, দেয়ালে আর দাগ নেই। শিক্ষা: ফোনের পরে সবসময় লিখে রাখুন। (In the end we made a written
complaint and a councillor visited us. The surveyor found a cracked pipe from the roof. Within a
month the pipe, the fan and the walls were all fixed. Now the morning light comes through the
window and the walls are clean. Lesson: always put it in writing after a phone call.)
"""),
    ),
    (
        "fv2bu-bn-02",
        "bn",
        _s("""
EN: This is my nani's story. Her name is [[PERSON:Najma Begum]], she is [[AGE:72]], and she lives
in the ground-floor flat at [[ADDRESS:40 Aston Street]], [[POSTCODE:E14 7NG]]. BN: এটা আমার
নানির গল্প। ওঁর নাম [[PERSON:নাজমা বেগম]], বয়স [[AGE:৭২ বছর]], জন্মতারিখ
[[DATE_OF_BIRTH:১২ জানুয়ারি ১৯৫১]]। উনি থাকেন [[ADDRESS:৪০ অ্যাস্টন স্ট্রিটের]] নিচতলার
ফ্ল্যাটে, [[POSTCODE:E14 7NG]]।

EN: For five months water dripped from the flat above into her bathroom.
[[ORGANISATION:Leaside Homes]] gave repair reference [[REFERENCE:REP-204477]] and sent someone
three times, but nobody checked upstairs. Nani has [[HEALTH:arthritis]] and slipped on the wet
floor in April. I'm [[PERSON:Raju]], by the way, her grandson, and I rang
[[PHONE:020 7946 0672]] every week. BN: পাঁচ মাস ধরে উপরের ফ্ল্যাট থেকে বাথরুমে পানি পড়ত।
[[ORGANISATION:Leaside Homes]] রিপেয়ার রেফারেন্স দিল [[REFERENCE:REP-204477]], তিনবার লোক
পাঠাল, কিন্তু কেউ উপরে গিয়ে দেখল না। নানির [[HEALTH:বাতের ব্যথা]] আছে, এপ্রিলে ভেজা মেঝেতে
পড়ে গেলেন। আমি [[PERSON:রাজু]], ওঁর নাতি, প্রতি সপ্তাহে [[PHONE:০২০ ৭৯৪৬ ০৬৭২]] নম্বরে
ফোন করতাম।

EN: I made a formal complaint and asked for a manager to visit. In the flat upstairs they found a
cracked toilet seal, fixed it the same day, replaced Nani's bathroom floor and fitted a grab
rail. [[ORGANISATION:Leaside]] now checks the flat above first for every ceiling leak. BN: আমি
লিখিত অভিযোগ করলাম আর বললাম একজন ম্যানেজার আসুক। উপরের ফ্ল্যাটে দেখা গেল টয়লেটের সিল
ফাটা। সেদিনই ঠিক করল, নানির বাথরুমের মেঝে বদলাল আর একটা হাতল লাগিয়ে দিল। এখন
[[ORGANISATION:Leaside]] ছাদ চুঁইয়ে পানি পড়লে আগে উপরের ফ্ল্যাট দেখে।
"""),
    ),
    (
        "fv2bu-bn-03",
        "bn",
        _s("""
আমি [[PERSON:মো. জসিম উদ্দিন]]। ওল্ডহ্যামে [[ADDRESS:৬৪ ফেদারস্টল রোড]],
[[POSTCODE:OL9 6HN]]-এ আমাদের দুই রুমের বাসা। আমরা সাতজন: আমি, স্ত্রী [[PERSON:শাহনাজ]],
আমার মা, আর তিন বাচ্চা, [[PERSON:তানিয়া]] ([[AGE:১৪]]), [[PERSON:সুমাইয়া]] ([[AGE:১১]]) আর
[[PERSON:ইমন]] ([[AGE:৮]])। / I am [[PERSON:Md Jashim Uddin]]. Our home in Oldham is a
two-bedroom house at [[ADDRESS:64 Featherstall Road]], [[POSTCODE:OL9 6HN]]. There are seven of
us: me, my wife [[PERSON:Shahnaz]], my mother and three children, [[PERSON:Tania]]
([[AGE:14]]), [[PERSON:Sumaiya]] ([[AGE:11]]) and [[PERSON:Emon]] ([[AGE:8]]).

[[ORGANISATION:Oldham Council]] আমাদের হাউজিং রেজিস্টার নম্বর দিয়েছিল
[[REFERENCE:OHR/19/22871]], কিন্তু চার বছরেও কোনো অফার আসেনি। [[PERSON:তানিয়া]] পরীক্ষার
পড়া পড়ে রান্নাঘরে, আর [[PERSON:ইমনের]] স্কুল [[ADDRESS:Werneth Primary]] থেকে চিঠি এল যে ও
ক্লাসে ঘুমিয়ে পড়ে। মায়ের [[HEALTH:ডায়াবেটিস]], রাতে বারবার উঠতে হয়। /
[[ORGANISATION:Oldham Council]] gave us housing register number [[REFERENCE:OHR/19/22871]], but
in four years no offer came. [[PERSON:Tania]] revises for exams in the kitchen, and
[[PERSON:Emon]]'s school, [[ADDRESS:Werneth Primary]], wrote that he falls asleep in class. My
mother has [[HEALTH:diabetes]] and has to get up several times a night.

আমরা একটা কমপ্লেইন করলাম, সঙ্গে স্কুলের চিঠি আর জিপির চিঠি। কাউন্সিল স্বীকার করল যে আমাদের
মেডিক্যাল পয়েন্ট ভুল হিসাব হয়েছিল। ছয় সপ্তাহ পরে চার বেডরুমের একটা বাড়ির অফার পেলাম।
শিক্ষা: কাগজপত্র এক ফাইলে রাখুন, আর কাউন্সিলকে নিয়মিত জিজ্ঞেস করুন। যোগাযোগ:
[[PHONE:০১৬১ ৪৯৬ ০৪৪৭]]। / We made a complaint with letters from the school and the GP. The
council admitted our medical points had been worked out wrongly. Six weeks later we were offered
a four-bedroom house. Lesson: keep your papers in one file and keep asking the council. Contact:
[[PHONE:0161 496 0447]].
"""),
    ),
    (
        "fv2bu-bn-04",
        "bn",
        _s("""
EN: People on the [[ADDRESS:Carmine Estate]] call me [[PERSON:Mintu]] bhai; my real name is
[[PERSON:Mizanur Rahman]]. I've lived in [[ADDRESS:Brindle House]] for 20 years. Last year the
stairwell by my door became a place for drug dealing, day and night, with a silver car,
[[OTHER_ID:BD19 WXR]], waiting below. BN: [[ADDRESS:কারমাইন এস্টেটে]] সবাই আমাকে
[[PERSON:মিন্টু]] ভাই ডাকে; আসল নাম [[PERSON:মিজানুর রহমান]]। [[ADDRESS:ব্রিন্ডল হাউসে]]
আছি ২০ বছর। গত বছর আমার দরজার পাশের সিঁড়িতে দিনরাত মাদক বেচাকেনা শুরু হলো, নিচে একটা
সিলভার গাড়ি, [[OTHER_ID:BD19 WXR]], অপেক্ষা করত।

EN: [[ORGANISATION:Eastbridge Housing Partnership]] opened case [[REFERENCE:ASB-2023-0612]] but
told me to call the police. The residents' group posted photos on [[OTHER_ID:@carmine_residents]]
and the landlord said that was "unhelpful". Their officer's number was
[[PHONE:07700 900819]] and it always went to voicemail. BN:
[[ORGANISATION:Eastbridge Housing Partnership]] কেস খুলল [[REFERENCE:ASB-2023-0612]], কিন্তু
বলল পুলিশকে ফোন করুন। রেসিডেন্টস গ্রুপ [[OTHER_ID:@carmine_residents]]-এ ছবি দিল, আর ওরা বলল
এটা "সাহায্য করছে না"। অফিসারের নম্বর [[PHONE:০৭৭০০ ৯০০৮১৯]], সবসময় ভয়েসমেইলে যেত।

EN: What worked was a joint meeting at the community centre with the police, the landlord and
us. They fitted a secure door and CCTV, locked the stairwell at night and evicted the tenant who
was letting the dealers in. Lesson: ASB is a housing problem, not only a police one. BN: কাজ হলো
কমিউনিটি সেন্টারে পুলিশ, ল্যান্ডলর্ড আর আমাদের একসাথে মিটিংয়ের পর। ওরা সিকিউর দরজা আর
সিসিটিভি লাগাল, রাতে সিঁড়ি বন্ধ করল, আর যে ভাড়াটে ডিলারদের ঢুকতে দিত তাকে উচ্ছেদ করল।
শিক্ষা: এএসবি শুধু পুলিশের না, হাউজিংয়েরও দায়িত্ব।
"""),
    ),
    (
        "fv2bu-bn-05",
        "bn",
        _s("""
আমি [[PERSON:রিনা দাস]], স্বামী [[PERSON:সুব্রত]] আর [[AGE:আট মাসের]] ছেলে [[PERSON:ঋজুকে]]
নিয়ে থাকি [[ADDRESS:১৯ লিচফিল্ড ক্রেসেন্টে]], [[POSTCODE:B6 5TR]]। আমরা
[[OTHER_SPECIAL:হিন্দু]], পুজোর সময় বাড়িতে অনেক আত্মীয় আসে। গত নভেম্বরে বয়লার বন্ধ হয়ে
গেল, আর [[PERSON:ঋজুর]] [[HEALTH:ব্রঙ্কিওলাইটিস]] ধরা পড়ল। (I am [[PERSON:Rina Das]]. I live
with my husband [[PERSON:Subrata]] and our [[AGE:8-month-old]] son [[PERSON:Riju]] at
[[ADDRESS:19 Lichfield Crescent]], [[POSTCODE:B6 5TR]]. Last November the boiler stopped, and
[[PERSON:Riju]] was diagnosed with [[HEALTH:bronchiolitis]].)

[[ORGANISATION:Brindley Homes]]-এর হেল্পলাইনে ফোন করলাম। ওরা বলল আগে ভাড়ার অ্যাকাউন্ট যাচাই
করতে হবে, আমার ন্যাশনাল ইনস্যুরেন্স নম্বর চাইল, [[NI_NUMBER:KR 35 90 17 A]], তারপর বলল
ইঞ্জিনিয়ার পাঁচ দিন পরে আসবে। আমি [[EMAIL:rina.das@example.net]] থেকে ইমেইল করলাম, কোনো উত্তর
নেই। (I rang the [[ORGANISATION:Brindley Homes]] helpline. They said they first had to verify my
rent account and asked for my National Insurance number, then said an engineer would come in
five days. I emailed from [[EMAIL:rina.das@example.net]] and got no reply.)

শেষে বাচ্চার হেলথ ভিজিটর, মিসেস [[PERSON:ওকাফোর]], সরাসরি ল্যান্ডলর্ডকে চিঠি লিখলেন।
পরদিনই ইঞ্জিনিয়ার এসে নতুন বয়লার বসাল, আর দুটো হিটার দিয়ে গেল। অভিযোগ নম্বর
[[REFERENCE:BH-CC-5523]]। ওরা ক্ষমা চাইল, আর এখন ছোট বাচ্চা থাকলে জরুরি কেস ধরে। শিক্ষা:
বয়লার নষ্ট হলে আগে জিজ্ঞেস করুন বাড়িতে কে থাকে। (In the end our health visitor, Mrs
[[PERSON:Okafor]], wrote directly to the landlord. The next day an engineer fitted a new boiler
and they left two heaters. Complaint number [[REFERENCE:BH-CC-5523]]. They apologised and now
treat homes with a baby as emergencies. Lesson: when a boiler fails, first ask who lives there.)
"""),
    ),
    (
        "fv2bu-pa-01",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਂ [[PERSON:ਹਰਪ੍ਰੀਤ ਕੌਰ]] ਹੈ। ਮੈਂ ਆਪਣੇ ਪਤੀ [[PERSON:ਜਸਵਿੰਦਰ ਸਿੰਘ]] ਅਤੇ ਪੁੱਤਰ
[[PERSON:ਅਰਜਨ]] ਨਾਲ [[ADDRESS:੪੨ ਫੈਦਰਸਟੋਨ ਰੋਡ]], [[POSTCODE:UB2 5AB]] ਵਿੱਚ ਰਹਿੰਦੀ ਹਾਂ,
[[ADDRESS:ਗੁਰਦੁਆਰਾ ਨਾਨਕਸਰ ਦਰਬਾਰ]] ਤੋਂ ਦੋ ਮਿੰਟ ਦੂਰ। [[PERSON:ਅਰਜਨ]] [[AGE:੮ ਸਾਲ]] ਦਾ ਹੈ ਅਤੇ
ਉਸਨੂੰ [[HEALTH:ਦਮਾ]] ਹੈ। ਪਿਛਲੀਆਂ ਸਰਦੀਆਂ ਵਿੱਚ ਕੰਧਾਂ 'ਤੇ ਕਾਲੀ ਉੱਲੀ ਲੱਗ ਗਈ। / My name is
[[PERSON:Harpreet Kaur]]. I live with my husband [[PERSON:Jaswinder Singh]] and our son
[[PERSON:Arjan]] at [[ADDRESS:42 Featherstone Road]], [[POSTCODE:UB2 5AB]], two minutes from
[[ADDRESS:Nanaksar Darbar Gurdwara]]. [[PERSON:Arjan]] is [[AGE:8]] and has [[HEALTH:asthma]].
Last winter black mould grew on the walls.

ਅਸੀਂ ਚਾਰ ਮਹੀਨੇ [[ORGANISATION:Brentside Homes]] ਨੂੰ ਫ਼ੋਨ ਕੀਤੇ, ਰਿਪੇਅਰ ਨੰਬਰ
[[REFERENCE:BH-71092]] ਮਿਲਿਆ, ਪਰ ਉਹ ਹਰ ਵਾਰ ਕਹਿੰਦੇ ਕਿ ਕੱਪੜੇ ਅੰਦਰ ਨਾ ਸੁਕਾਓ।
[[PERSON:ਅਰਜਨ]] ਦੇ ਸਕੂਲ, [[ADDRESS:Brookfield Junior]], ਤੋਂ ਚਿੱਠੀ ਆਈ ਕਿ ਉਹ ਬਹੁਤ ਛੁੱਟੀਆਂ
ਕਰ ਰਿਹਾ ਹੈ। / For four months we phoned [[ORGANISATION:Brentside Homes]] and got repair number
[[REFERENCE:BH-71092]], but every time they said don't dry clothes indoors. [[PERSON:Arjan]]'s
school wrote that he was missing a lot of days.

ਫਿਰ [[PERSON:ਜਸਵਿੰਦਰ]] ਨੇ ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਕੀਤੀ ਅਤੇ ਸਰਵੇਅਰ ਨੇ ਦੇਖਿਆ ਕਿ ਛੱਤ ਵਿੱਚ ਇਨਸੂਲੇਸ਼ਨ ਹੀ
ਨਹੀਂ ਸੀ। ਛੇ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਇਨਸੂਲੇਸ਼ਨ, ਨਵਾਂ ਪੱਖਾ ਅਤੇ ਪੇਂਟ ਹੋ ਗਿਆ। ਕਿਸੇ ਨੂੰ ਮਦਦ ਚਾਹੀਦੀ ਹੋਵੇ
ਤਾਂ ਮੈਨੂੰ [[PHONE:੦੭੭੦੦ ੯੦੦੬੦੨]] 'ਤੇ ਫ਼ੋਨ ਕਰੋ। ਸਬਕ: ਗੱਲ ਲਿਖਤੀ ਰੂਪ ਵਿੱਚ ਕਰੋ। / Then
[[PERSON:Jaswinder]] made a written complaint, and the surveyor found there was no insulation in
the loft at all. Within six weeks the insulation, a new fan and the paint were done. Anyone who
needs help can ring me on [[PHONE:07700 900602]]. Lesson: put it in writing.
"""),
    ),
    (
        "fv2bu-pa-02",
        "pa",
        _s("""
EN: My grandmother, Bibi [[PERSON:Gurmeet Kaur]], is [[AGE:79]] and has [[HEALTH:arthritis]] in
both knees. She lives with us at [[ADDRESS:9 Green Lane]], [[POSTCODE:wv2 3ep]], and for a year
she could not climb the stairs to the only toilet. I'm her grandson [[PERSON:Sunny]]
([[PERSON:Sukhdeep]] on paper). PA: ਮੇਰੇ ਦਾਦੀ ਜੀ, ਬੀਬੀ [[PERSON:ਗੁਰਮੀਤ ਕੌਰ]],
[[AGE:੭੯ ਸਾਲ]] ਦੇ ਹਨ ਅਤੇ ਦੋਵਾਂ ਗੋਡਿਆਂ ਵਿੱਚ [[HEALTH:ਗਠੀਆ]] ਹੈ। ਉਹ ਸਾਡੇ ਨਾਲ
[[ADDRESS:੯ ਗ੍ਰੀਨ ਲੇਨ]], [[POSTCODE:wv2 3ep]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ, ਅਤੇ ਇੱਕ ਸਾਲ ਤੱਕ ਇਕਲੌਤੇ ਟਾਇਲਟ
ਤੱਕ ਪੌੜੀਆਂ ਨਹੀਂ ਚੜ੍ਹ ਸਕੇ। ਮੈਂ ਉਨ੍ਹਾਂ ਦਾ ਪੋਤਾ [[PERSON:ਸੰਨੀ]] ਹਾਂ, ਕਾਗਜ਼ਾਂ ਵਿੱਚ
[[PERSON:ਸੁਖਦੀਪ]]।

EN: [[ORGANISATION:Black Country Homes Partnership]] agreed a stairlift and a downstairs toilet
after the OT visit, reference [[REFERENCE:BCH/ADP/0917]]. Then the file sat "with the surveyor"
for eight months. We were told to call [[PHONE:0121 496 0058]], which was always busy. PA:
[[ORGANISATION:Black Country Homes Partnership]] ਨੇ OT ਦੀ ਵਿਜ਼ਿਟ ਤੋਂ ਬਾਅਦ ਸਟੇਅਰਲਿਫਟ ਅਤੇ
ਹੇਠਾਂ ਟਾਇਲਟ ਮਨਜ਼ੂਰ ਕਰ ਦਿੱਤਾ, ਰੈਫਰੈਂਸ [[REFERENCE:BCH/ADP/0917]]। ਫਿਰ ਅੱਠ ਮਹੀਨੇ ਫਾਈਲ
"ਸਰਵੇਅਰ ਕੋਲ" ਪਈ ਰਹੀ। ਸਾਨੂੰ [[PHONE:੦੧੨੧ ੪੯੬ ੦੦੫੮]] 'ਤੇ ਫ਼ੋਨ ਕਰਨ ਨੂੰ ਕਿਹਾ, ਜੋ ਹਮੇਸ਼ਾ ਬਿਜ਼ੀ
ਹੁੰਦਾ।

EN: I emailed the chief executive's office from [[EMAIL:sukhdeep.gill@example.com]] with photos
of Dadi ji on the stairs. Within a month the stairlift and toilet were in, and they apologised
for losing the file. Now she sits in the garden on sunny days. Lesson: one named person should
own every adaptation. PA: ਮੈਂ [[EMAIL:sukhdeep.gill@example.com]] ਤੋਂ ਚੀਫ਼ ਐਗਜ਼ੈਕਟਿਵ ਦੇ
ਦਫ਼ਤਰ ਨੂੰ ਈਮੇਲ ਕੀਤੀ, ਨਾਲ ਦਾਦੀ ਜੀ ਦੀਆਂ ਪੌੜੀਆਂ 'ਤੇ ਫ਼ੋਟੋਆਂ। ਇੱਕ ਮਹੀਨੇ ਵਿੱਚ ਸਟੇਅਰਲਿਫਟ ਅਤੇ
ਟਾਇਲਟ ਲੱਗ ਗਏ, ਅਤੇ ਉਨ੍ਹਾਂ ਨੇ ਫਾਈਲ ਗੁਆਉਣ ਲਈ ਮਾਫ਼ੀ ਮੰਗੀ। ਹੁਣ ਧੁੱਪ ਵਾਲੇ ਦਿਨ ਉਹ ਬਾਗ਼ ਵਿੱਚ
ਬੈਠਦੇ ਹਨ। ਸਬਕ: ਹਰ ਅਡੈਪਟੇਸ਼ਨ ਦਾ ਇੱਕ ਨਾਂ ਵਾਲਾ ਜ਼ਿੰਮੇਵਾਰ ਬੰਦਾ ਹੋਵੇ।
"""),
    ),
    (
        "fv2bu-pa-03",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਮਨਪ੍ਰੀਤ ਸਿੰਘ]] ਹਾਂ, ਸਾਰੇ ਮੈਨੂੰ [[PERSON:ਮਨੀ]] ਕਹਿੰਦੇ ਹਨ। ਮੈਂ
[[ADDRESS:ਸੀਡਰ ਕੋਰਟ]] ਦੇ [[ADDRESS:ਫਲੈਟ ੧੬]] ਵਿੱਚ ਇਕੱਲਾ ਰਹਿੰਦਾ ਹਾਂ, [[POSTCODE:LE5 3RT]]।
ਮੈਨੂੰ [[HEALTH:ਡਿਪਰੈਸ਼ਨ]] ਹੈ ਅਤੇ ਦਵਾਈ ਲੈਂਦਾ ਹਾਂ। ਪਿਛਲੇ ਸਾਲ ਹੇਠਲਾ ਫਲੈਟ Airbnb ਵਾਂਗ ਕਿਰਾਏ
'ਤੇ ਦਿੱਤਾ ਜਾਣ ਲੱਗਾ, ਹਰ ਵੀਕਐਂਡ ਪਾਰਟੀਆਂ। (I'm [[PERSON:Manpreet Singh]]; everyone calls me
[[PERSON:Mani]]. I live alone in [[ADDRESS:flat 16]], [[ADDRESS:Cedar Court]],
[[POSTCODE:LE5 3RT]]. I have [[HEALTH:depression]] and take medication. Last year the flat below
started being let out like an Airbnb, with parties every weekend.)

ਮੈਂ [[ORGANISATION:Charnwood Edge Housing]] ਨੂੰ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ASB ਕੇਸ ਨੰਬਰ
[[REFERENCE:CEH-ASB-3390]]। ਮੇਰੇ ਦੋਸਤ [[PERSON:ਗੋਲਡੀ]] ਨੇ ਵੀਡੀਓ ਬਣਾ ਕੇ ਮੇਰੇ ਇੰਸਟਾ
[[OTHER_ID:@mani_le5]] 'ਤੇ ਪਾਈਆਂ। ਹਾਊਸਿੰਗ ਆਫ਼ਿਸਰ ਦਾ ਨੰਬਰ [[PHONE:੦੧੧੬ ੪੯੬ ੦੩੨੯]] ਸੀ ਪਰ
ਕਦੇ ਕਿਸੇ ਨੇ ਨਹੀਂ ਚੁੱਕਿਆ। (I complained to [[ORGANISATION:Charnwood Edge Housing]], ASB case
number [[REFERENCE:CEH-ASB-3390]]. My friend [[PERSON:Goldy]] filmed videos and put them on my
Instagram. The housing officer's number was [[PHONE:0116 496 0329]] but no one ever picked up.)

ਅਖ਼ੀਰ ਮੈਂ [[EMAIL:manpreet.s@example.org]] ਤੋਂ ਈਮੇਲ ਕੀਤੀ ਤੇ ਲਿਖਿਆ ਕਿ ਮੇਰੀ ਮਾਨਸਿਕ ਸਿਹਤ ਖ਼ਰਾਬ
ਹੋ ਰਹੀ ਹੈ। ਦੋ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਪਤਾ ਲੱਗਾ ਕਿ ਕਿਰਾਏਦਾਰ ਫਲੈਟ ਗੈਰ-ਕਾਨੂੰਨੀ ਤੌਰ 'ਤੇ ਸਬਲੈਟ ਕਰ ਰਿਹਾ
ਸੀ। ਹਾਊਸਿੰਗ ਵਾਲਿਆਂ ਨੇ ਫਲੈਟ ਵਾਪਸ ਲੈ ਲਿਆ, ਅਤੇ ਹੁਣ ਹਰ ਮਹੀਨੇ ਆਫ਼ਿਸਰ ਮੈਨੂੰ ਫ਼ੋਨ ਕਰਦੀ ਹੈ।
ਸਬਕ: ਸ਼ਿਕਾਇਤ ਕਰਨ ਵਾਲੇ ਦੀ ਸਿਹਤ ਬਾਰੇ ਵੀ ਪੁੱਛੋ। (In the end I emailed from
[[EMAIL:manpreet.s@example.org]] and wrote that my mental health was getting worse. Within two
weeks they found the tenant was illegally subletting the flat. The landlord took the flat back,
and now the officer phones me every month. Lesson: ask about the health of the person
complaining too.)
"""),
    ),
    (
        "fv2bu-pa-04",
        "pa",
        _s("""
EN: I am [[PERSON:Balvinder Singh Sandhu]], a tenant of [[ORGANISATION:Derwent Park Homes]] at
[[ADDRESS:5 Moorfield Terrace]], [[POSTCODE:DE23 8LS]]. In June I got a letter saying I was
£1,920 in arrears and would be taken to court. I have paid by direct debit every month since
2012. PA: ਮੈਂ [[PERSON:ਬਲਵਿੰਦਰ ਸਿੰਘ ਸੰਧੂ]] ਹਾਂ, [[ADDRESS:੫ ਮੂਰਫੀਲਡ ਟੈਰੇਸ]],
[[POSTCODE:DE23 8LS]] ਵਿੱਚ [[ORGANISATION:Derwent Park Homes]] ਦਾ ਕਿਰਾਏਦਾਰ, ਜਨਮ ਮਿਤੀ
[[DATE_OF_BIRTH:੧੫-੦੮-੧੯੭੬]]। ਜੂਨ ਵਿੱਚ ਚਿੱਠੀ ਆਈ ਕਿ ਮੇਰੇ ਸਿਰ £1,920 ਕਿਰਾਇਆ ਬਕਾਇਆ ਹੈ ਅਤੇ
ਕੇਸ ਅਦਾਲਤ ਜਾਵੇਗਾ। ਮੈਂ ੨੦੧੨ ਤੋਂ ਹਰ ਮਹੀਨੇ ਡਾਇਰੈਕਟ ਡੈਬਿਟ ਨਾਲ ਕਿਰਾਇਆ ਦਿੰਦਾ ਹਾਂ।

EN: The letter quoted tenancy reference [[REFERENCE:DPH-T-004417]]. I sent bank statements
showing sort code [[OTHER_ID:40-11-62]] and account [[OTHER_ID:71946203]], my National Insurance
number, [[NI_NUMBER:SP 50 77 21 B]], and my email,
[[EMAIL:balvinder dot sandhu at example dot com]], but the income team kept saying the system was
right. PA: ਚਿੱਠੀ ਵਿੱਚ ਟੈਨੈਂਸੀ ਰੈਫਰੈਂਸ [[REFERENCE:DPH-T-004417]] ਸੀ। ਮੈਂ ਬੈਂਕ ਸਟੇਟਮੈਂਟਾਂ
ਭੇਜੀਆਂ, ਸੌਰਟ ਕੋਡ [[OTHER_ID:40-11-62]], ਖਾਤਾ [[OTHER_ID:੭੧੯੪੬੨੦੩]], ਨਾਲੇ NI ਨੰਬਰ
[[NI_NUMBER:SP 50 77 21 B]], ਪਰ ਇਨਕਮ ਟੀਮ ਕਹਿੰਦੀ ਰਹੀ ਕਿ ਸਿਸਟਮ ਠੀਕ ਹੈ। ਮੇਰੀ ਈਮੇਲ:
[[EMAIL:balvinder dot sandhu at example dot com]]।

EN: My son [[PERSON:Jaspal]] found the problem: when the landlord changed software in 2023, two
months of payments were matched to someone else's tenancy. They cancelled the court action,
corrected the account and wrote to apologise. Ring me on [[PHONE:01632 960771]] if the same
happens to you. Lesson: check your own records before you threaten court. PA: ਮੇਰੇ ਪੁੱਤਰ
[[PERSON:ਜਸਪਾਲ]] ਨੇ ਗ਼ਲਤੀ ਲੱਭੀ: ੨੦੨੩ ਵਿੱਚ ਸੌਫ਼ਟਵੇਅਰ ਬਦਲਣ ਵੇਲੇ ਦੋ ਮਹੀਨਿਆਂ ਦੇ ਪੈਸੇ ਕਿਸੇ ਹੋਰ
ਦੀ ਟੈਨੈਂਸੀ 'ਤੇ ਲੱਗ ਗਏ ਸਨ। ਉਨ੍ਹਾਂ ਨੇ ਅਦਾਲਤੀ ਕਾਰਵਾਈ ਰੱਦ ਕੀਤੀ, ਖਾਤਾ ਠੀਕ ਕੀਤਾ ਅਤੇ ਲਿਖ ਕੇ
ਮਾਫ਼ੀ ਮੰਗੀ। ਸਬਕ: ਅਦਾਲਤ ਦੀ ਧਮਕੀ ਦੇਣ ਤੋਂ ਪਹਿਲਾਂ ਆਪਣਾ ਰਿਕਾਰਡ ਚੈੱਕ ਕਰੋ।
"""),
    ),
    (
        "fv2bu-pa-05",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਂ [[PERSON:ਸਿਮਰਨਜੀਤ ਕੌਰ]] ਹੈ। ਅਸੀਂ ਤਿੰਨ ਪੀੜ੍ਹੀਆਂ, ਸੱਤ ਜਣੇ, ਦੋ ਕਮਰਿਆਂ ਵਾਲੇ ਘਰ ਵਿੱਚ
ਰਹਿੰਦੇ ਹਾਂ: [[ADDRESS:੨੭ ਮੈਲਟਨ ਵਾਕ]], [[POSTCODE:LE4 6PQ]]। ਮੇਰੀ ਸੱਸ
[[PERSON:ਸੁਖਵਿੰਦਰ ਕੌਰ]] ਵੀ ਸਾਡੇ ਨਾਲ ਹਨ, ਅਤੇ ਮੇਰੀ ਛੋਟੀ ਧੀ [[PERSON:ਨਵਨੀਤ]] ਸਿਰਫ਼
[[AGE:੧੮ ਮਹੀਨਿਆਂ]] ਦੀ ਹੈ। ਮੀਂਹ ਪੈਂਦਾ ਤਾਂ ਛੱਤ ਚੋਂਦੀ ਸੀ, ਸਿੱਧਾ ਉਸਦੇ ਪੰਘੂੜੇ ਕੋਲ। (My name is
[[PERSON:Simranjeet Kaur]]. Three generations, seven people, live in our two-bedroom house at
[[ADDRESS:27 Melton Walk]], [[POSTCODE:LE4 6PQ]]. My mother-in-law, [[PERSON:Sukhwinder Kaur]],
lives with us, and my youngest daughter, [[PERSON:Navneet]], is only [[AGE:18 months]] old. When
it rained the roof leaked right next to her cot.)

ਮੇਰੇ ਪਤੀ [[PERSON:ਗਗਨਦੀਪ]] ਨੂੰ ਪਿਛਲੇ ਸਾਲ [[OTHER_SPECIAL:ILR]] ਮਿਲ ਗਿਆ ਸੀ, ਪਰ
[[ORGANISATION:Leicester City Council]] ਵਾਲੇ ਫਿਰ ਵੀ ਉਨ੍ਹਾਂ ਦਾ BRP ਨੰਬਰ,
[[OTHER_ID:ZU7305581]], ਮੰਗਦੇ ਰਹੇ ਅਤੇ ਸਾਡੀ ਹਾਊਸਿੰਗ ਰਜਿਸਟਰ ਅਰਜ਼ੀ [[REFERENCE:LCC-HR-58814]]
ਤਿੰਨ ਮਹੀਨੇ ਰੁਕੀ ਰਹੀ। ਛੱਤ ਲਈ ਸਾਨੂੰ ਸਿਰਫ਼ ਇੱਕ ਬਾਲਟੀ ਮਿਲੀ। (My husband,
[[PERSON:Gagandeep]], got [[OTHER_SPECIAL:indefinite leave to remain]] last year, but
[[ORGANISATION:Leicester City Council]] still kept asking for his residence permit number, and
our housing register application, [[REFERENCE:LCC-HR-58814]], was stuck for three months. For the
roof all we got was a bucket.)

ਗੁਰਦੁਆਰੇ ਦੇ ਐਡਵਾਈਸ ਡੈਸਕ ਵਾਲੇ ਭੈਣ ਜੀ, [[PERSON:ਕਮਲਜੀਤ]], ਨੇ ਸ਼ਿਕਾਇਤ ਲਿਖਣ ਵਿੱਚ ਮਦਦ ਕੀਤੀ।
ਕੌਂਸਲ ਨੇ ਮੰਨਿਆ ਕਿ [[OTHER_SPECIAL:ILR]] ਤੋਂ ਬਾਅਦ BRP ਦੀ ਲੋੜ ਨਹੀਂ ਸੀ, ਛੱਤ ਦੋ ਹਫ਼ਤਿਆਂ ਵਿੱਚ
ਠੀਕ ਕੀਤੀ, ਅਤੇ ਸਾਨੂੰ ਬੈਂਡ 1 ਵਿੱਚ ਪਾ ਦਿੱਤਾ। ਹੁਣ ਜਾ ਕੇ ਸੁਖ ਦਾ ਸਾਹ ਆਇਆ। ਸਬਕ: ਉਹ ਕਾਗਜ਼ ਨਾ ਮੰਗੋ
ਜਿਨ੍ਹਾਂ ਦੀ ਲੋੜ ਨਹੀਂ। ([[PERSON:Kamaljit]], a volunteer at the gurdwara's advice desk, helped me
write a complaint. The council admitted the residence permit was not needed after
[[OTHER_SPECIAL:indefinite leave to remain]], fixed the roof within two weeks and put us in band
1. Now at last we can breathe easy. Lesson: don't ask for papers you don't need.)
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
