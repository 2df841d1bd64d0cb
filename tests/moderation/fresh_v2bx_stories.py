"""Fresh version-2 PII test stories, batch bx.

Home-swap (mutual exchange) adverts, classified notices and crowdfunding appeals written by social
housing tenants: "swap my 2 bed for a 3 bed nr my mum" listings with the block, floor, nearby
school, mosque or gurdwara and contact details; GoFundMe/zrzutka-style appeals with numbered
updates thanking donors and children by first name; community Facebook posts with comments; and
shop-window or noticeboard cards with a short English line at the bottom; each with the backstory
of a complaint that was put right, partly put right or not at all. Short and punchy, with
abbreviations (2 bed, GF, nr, pls, DM, tel.), prices, rents, room sizes and targets that are not
personal data; one Polish and one Romanian story are typed without diacritics, as on a phone.
Names recur inflected and as diminutives (Wojtkiem, Gosi, Stasiek, Jadwidze, Kasiu, Mădălinei,
Andreei, কামরুলকে, রাজুর, তানভীরের, ਜੱਸੀ, ਪੰਮੀ, گڈو), as nicknames with their adjective (Big
Stevie), in two scripts (রাজু / Raju Miah), and as ordinary words (Precious, Hope, Will, Mark,
Sunny, Jagoda, Speranța, Floarea, أمل, سعيد, كريم, جميلة, খুশি, সোনা, ਖੁਸ਼ੀ, ਸਾਹਿਬ, ਫ਼ਤਿਹ, خوشی,
پیٹ), while the same words used as words stay unmarked ("Will consider", "jagód", "cu
speranța", "على أمل", "الشقة جميلة", "খুব খুশি", "সোনার চেয়েও", "ਗੁਰਦੁਆਰਾ ਸਾਹਿਬ", "ਜੀ ਕੀ
ਫ਼ਤਿਹ", "بڑی خوشی"). Marking choices: named blocks, estates, a street given without a number,
"flat 31" / "no. 87" / "ap. 12" / "الشقة ٥٢" (the word for flat inside, a case ending or
hyphenated postposition outside), the child's named school, the family's named church, mosque or
gurdwara, and a named shop or pub used to say where the home is are ADDRESS; a swap-site listing
number and a housing register number are REFERENCE; @handles (a landlord's too), fundraiser page
and profile web addresses, vehicle registrations, sort codes and account numbers are OTHER_ID;
the name on a bank account is PERSON; a kunya (أم ليث, أبو عمر) is marked whole as a name;
donors thanked by name are PERSON, and a builder, electrician or garage thanked is ORGANISATION,
as is a landlord's short name ("Heartlands", "Avon Quay", "Fenland Rivers"). A quoted slur naming
the family's nationality (Polacy, বাংলাদেশিরা, پاکستانی), refugee status, settled status and a
spouse visa are OTHER_SPECIAL. Platforms (HomeSwapper, GoFundMe, Facebook, WhatsApp, TikTok),
Facebook group names, advice centres and charities, the towns and districts wanted in a swap,
floors, school years, update dates, the wrong year of birth a landlord held, and kinship words
or titles (Nanna, Pastor, pani, ksiądz, nea, doamna, părintele, আপা, ভাই, ভাবি, সাহেব, ਵੀਰ ਜੀ,
ਭੈਣ ਜੀ, ਸ., الأخ, الأخت, باجی, چاچا, انکل, مسز) are not marked.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 8 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 80.0% of 35, recall 98.8%, precision 80.4%, on the committed
detector c309750 (after round 64); leak-free by language ar 5, bn 4, en 4, pa 5, pl 3, ro 3, ur 4 of 5.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2bx-en-01",
        "en",
        _s("""
SWAP WANTED: my 2 bed flat in Peckham for a 3 bed nr my mum in Croydon / Thornton Heath. Hi all,
I'm [[PERSON:Kasia]] ([[PERSON:Katarzyna Nowicka]] on the tenancy), secure tenant with
[[ORGANISATION:Southwark Council]]. What I've got: 2 bed flat, 4th floor of
[[ADDRESS:Harrier Point]] on the [[ADDRESS:Elmgrove Estate]], [[POSTCODE:SE15 4QT]]. Lift works
(most days lol). Living room 4.2m x 3.6m, 2nd bedroom fits a double + bunk, kitchen refitted
2023, south-facing balcony over the park. Rent £128.40/wk incl. service charge. 5 min walk to
[[ADDRESS:Bellenden Rise Primary]], where my [[PERSON:Zuzia]] is in Yr 2, and the 12 and 171
stop right outside.

Why I'm moving: my mum [[PERSON:Halina]] had a [[HEALTH:stroke]] in the spring and I'm round hers
every day, 2 buses each way with a [[AGE:7-year-old]] in tow. It's not sustainable.

Before anyone asks about the leak: yes, there was one. Water came through from [[ADDRESS:flat 31]]
above for 8 months in 2022. I complained twice (ref [[REFERENCE:SC/COMP/2207731]]), got nowhere,
went to the Housing Ombudsman, and it DID get put right: new ceiling, new electrics in the
bathroom, full redecoration and £650 compensation. The surveyor, [[PERSON:Dev]], was brilliant
and I'm happy to pass his name on. Flat has been bone dry since.

Looking for: 3 bed house or GF / 1st floor flat in Croydon, Thornton Heath or Norbury, council or
HA, any garden at all would be a dream. Happy to do a 3-way.

Find me on HomeSwapper (listing [[REFERENCE:HS-5583021]]), WhatsApp [[PHONE:07700 900 418]] or
DM [[OTHER_ID:@kasia.swaps]] on insta. Viewings weekends only pls, no time wasters!!
"""),
    ),
    (
        "fv2bx-en-02",
        "en",
        _s("""
HELP THE [[PERSON:OKAFOR]] FAMILY GET HOME AFTER OUR CEILING CAME DOWN. Organised by
[[PERSON:Adaeze Okafor]] · [[OTHER_ID:gofundme.com/f/okafor-family-ceiling]] · £2,140 raised of
£3,000.

On the night of 14 January our kitchen ceiling at [[ADDRESS:22 Tamworth Court]],
[[POSTCODE:b67hn]], came down in one piece. Water had been coming through from the flat above
since August. We reported it to [[ORGANISATION:Heartlands Community Homes]] nine times (repair
jobs [[REFERENCE:HCH-R-448102]] and [[REFERENCE:HCH-R-451977]], both "closed, no access" even
though I was in every time). My son [[PERSON:Chidi]] ([[AGE:6]]) had been sitting at that table
two minutes before. My husband [[PERSON:Emeka]] has [[HEALTH:sickle cell]] and the cold and damp
have put him in hospital twice this winter.

We lost the cooker, the fridge freezer, both kids' school uniforms and all of baby
[[PERSON:Precious]]'s bedding and clothes (she is [[AGE:10 months]]). We are in a hotel in
Erdington for now. Every pound goes on replacing what we lost.

Update 1 (17 Jan): I cannot believe this. Thank you [[PERSON:Funmi]], [[PERSON:Tolu]],
[[PERSON:Grace Adeyemi]], Pastor [[PERSON:Olusegun]] and everyone at
[[ADDRESS:Christ Apostolic Church Aston]]. [[PERSON:Chidi]] says thank you for the football boots!!

Update 2 (3 Feb): [[ORGANISATION:Heartlands]] upheld my stage 1 complaint (ref
[[REFERENCE:CMP-2025-0193]]). They are paying for the hotel and replacing the cooker and fridge.
Still fighting them about the flat above.

Update 3 (28 Feb): WE ARE HOME. New ceiling, leak fixed at the source, mould treated, and £1,200
compensation. Special thanks to Mr [[PERSON:Brennan]] the surveyor who finally listened, and to
[[PERSON:Hope]] from the advice centre who wrote my letters. Whatever is left will go to the
breakfast club at [[ADDRESS:St Clement's Primary]], where [[PERSON:Chidi]] goes. God bless you
all. Questions: [[EMAIL:adaeze.okafor@example.com]]
"""),
    ),
    (
        "fv2bx-en-03",
        "en",
        _s("""
📌 Hulme Neighbours Noticeboard · post by [[PERSON:Dee Marsh]]

LIFTS!!! After two years of one or both lifts being out at [[ADDRESS:Birchfield Tower]]
([[POSTCODE:M15 5DX]]), [[ORGANISATION:Irwell Side Housing]] have agreed to replace BOTH, work
starts in March. Some of you asked how we got there so here goes.

The complaint was mine and [[PERSON:Barry Quigley]]'s from [[ADDRESS:no. 87]] (the one with the
gnome on the landing 😂). [[PERSON:Barry]]'s wife [[PERSON:Maureen]] is on oxygen for her
[[HEALTH:COPD]] and was stuck inside for six weeks last winter, 14th floor, no way down. I'm at
[[ADDRESS:number 112]] and I carried her shopping up 11 flights more times than I can count.
Stage 1 got us a "sorry for any inconvenience". Stage 2 (ref [[REFERENCE:ISH/ST2/00871]]) got us
a meeting. The Ombudsman's letter got us the new lifts, a stairclimber service for anyone who
needs it in the meantime, and £300 each for [[PERSON:Maureen]] and two others.

If you want a hand writing yours, message me on here or ring [[PHONE:0161 496 0572]] after 5.
Our block is the one behind the [[ADDRESS:Spinners Arms]], you can't miss us. Tag
[[OTHER_ID:@IrwellSideHsg]] on anything you post, they do read it.

💬 [[PERSON:Lorraine Pike]]: Well done [[PERSON:Dee]] and [[PERSON:Baz]]!! 👏

💬 [[PERSON:Big Stevie]] ([[ADDRESS:flat 64]]): about time. Will they fix the bin chute too or is
that another two years?

💬 [[PERSON:Dee Marsh]]: [[PERSON:Stevie]] that's next on the list mate, the chute job is ref
[[REFERENCE:ISH-RP-603318]], add your name to it.
"""),
    ),
    (
        "fv2bx-en-04",
        "en",
        _s("""
HOME SWAP WANTED (card in the window, please don't take it down)

HAVE: 1 bed 1st floor flat on [[ADDRESS:Cardigan Road]], Headingley, 2 doors down from
[[ADDRESS:Hyde Park Stores]]. Big bedroom (4m x 3.5m), gas CH, new boiler 2024, own front door,
shared yard. Rent £96.50 a week. Landlord [[ORGANISATION:Kirkstall Vale Housing Co-op]].

WANT: GF flat or bungalow, 1 bed, Bramley, Armley or Kirkstall, nr a bus stop. Will also look at
sheltered.

WHY: I'm [[AGE:68]] with [[HEALTH:arthritis]] in both knees and the stairs are finishing me off.
I complained for 18 months about the loose handrail and them refusing a stairlift (ref
[[REFERENCE:KVH-0093341]]). The Ombudsman found maladministration (case
[[REFERENCE:202317764]]), they fixed the rail and paid £400, but there's still no ground floor
flat on offer, so I'm doing it myself.

I go to [[ADDRESS:St Chad's]] every Sunday so anywhere within a bus ride of there would suit.

Ring [[PERSON:Will]] (Mr [[PERSON:W. Ashworth]]) on [[PHONE:0113 496 0219]] after 6, or text
[[PHONE:07700 900 763]] (my granddaughter [[PERSON:Amber]] reads them out to me). Will consider a
2-way or 3-way. No agents, no cold callers, thank you.
"""),
    ),
    (
        "fv2bx-en-05",
        "en",
        _s("""
[[PERSON:ALFIE]]'S ROOM: help us finish what [[ORGANISATION:Avon Quay Homes]] started.
[[OTHER_ID:crowdfunder.co.uk/p/alfies-room-bristol]]

Hi, I'm [[PERSON:Gemma Tozer]], mum to [[PERSON:Alfie]] ([[AGE:9]]), who has
[[HEALTH:Duchenne muscular dystrophy]], and [[PERSON:Skye]] ([[AGE:5]]). We live at
[[ADDRESS:7 Wedmore Vale]], [[POSTCODE:BS3 5HX]], a housing association house we love.
[[PERSON:Alfie]]'s OT said in 2022 he needed a downstairs bedroom and a wet room.
[[ORGANISATION:Avon Quay]] agreed, then their contractor went bust with the job half done,
leaving a wall knocked through and no floor in the wet room for 11 months.

I complained (ref [[REFERENCE:AQH-CF-2023-1187]]) and after the Ombudsman got involved they
finished the wet room, paid £1,500 and apologised in writing. But the new bedroom still has no
heating and the ceiling hoist isn't covered by anyone. The hoist is £2,800. That's what this is
for.

Update 1: Thank you Nanna [[PERSON:Jean]], [[PERSON:Mark]] and the lads at
[[ORGANISATION:Severn Roofing]], [[PERSON:Sunny]] from the [[ADDRESS:Knowle Park Primary]] PTA
([[PERSON:Alfie]]'s school 💙) and the 40 people who shared.

Update 2: Someone keyed our Motability van ([[OTHER_ID:WU19 KXT]]) outside the house last week. If
you saw anything pls DM me at [[OTHER_ID:facebook.com/gemma.tozer.77]]. Not letting it stop us.

Update 3: £2,650!! The hoist is ordered. [[PERSON:Alfie]] wants to say thank you to "everyone and
especially [[PERSON:Skye]] for the painting". [[PERSON:Skye]] says you're welcome.
[[ORGANISATION:Avon Quay]] have now agreed to fit the radiator as well. Anything extra goes to the
hospice that looks after us. Email [[EMAIL:gemma.tozer@example.org]].
"""),
    ),
    (
        "fv2bx-pl-01",
        "pl",
        _s("""
ZAMIANA MIESZKANIA 🔁 2 sypialnie w Luton ➡️ 3 sypialnie w Slough (blisko mamy). Cześć, tu
[[PERSON:Gosia]]! Mieszkam z mężem [[PERSON:Wojtkiem]] i dwójką dzieci w mieszkaniu od
[[ORGANISATION:Luton Borough Council]] (secure tenancy). Co mamy: 2 sypialnie, 3. piętro,
[[ADDRESS:Chiltern House]] na [[ADDRESS:Lewsey Green Estate]], [[POSTCODE:LU4 0QS]]. Winda,
domofon, salon 18 m², kuchnia po remoncie, balkon od południa. Czynsz £142/tydz. z opłatami.
5 min pieszo do [[ADDRESS:Ferrars Academy]], gdzie chodzi nasz [[PERSON:Staś]]
([[AGE:8 lat]]), przystanek pod blokiem.

Czemu się przenosimy: mama [[PERSON:Bożena]] po [[HEALTH:udarze]] mieszka sama w Slough, a ja
dojeżdżam do niej trzy razy w tygodniu, półtorej godziny w jedną stronę.

Uczciwie o historii mieszkania: przez rok mieliśmy grzyb w pokoju dzieci i [[PERSON:Stasiek]]
nabawił się [[HEALTH:astmy]]. Zgłaszaliśmy to ze sześć razy, skarga nr
[[REFERENCE:LBC-CF-77120]] utknęła na 2. etapie. Dopiero po Ombudsmanie (sprawa
[[REFERENCE:202401155]]) wymienili okna, zrobili wentylację, odgrzybili i wypłacili £750. Od
zimy jest sucho, mogę pokazać zdjęcia przed i po.

Szukamy: 3 sypialnie, dom albo mieszkanie max 2. piętro, Slough, Langley albo Cippenham, council
albo HA. Ogródek mile widziany, ale nie musi być.

Kontakt: pisz do [[PERSON:Gosi]] na WhatsApp [[PHONE:07700 900 527]] albo na maila
[[EMAIL:gosia.zamiana@example.com]]. Jak nie odbieram, dzwoń do [[PERSON:Wojtka]]:
[[PHONE:07700 900 528]]. Na HomeSwapperze jesteśmy pod numerem [[REFERENCE:HS-5590174]], na FB
jako [[PERSON:Małgorzata Wrona-Kęsik]]. Zamiana trójstronna też wchodzi w grę!
"""),
    ),
    (
        "fv2bx-pl-02",
        "pl",
        _s("""
🙏 Pomóżmy rodzinie [[PERSON:Kamińskich]] wrócić do domu po zalaniu.
[[OTHER_ID:zrzutka.pl/r7x4kp]] · zebrano 6 420 zł z 12 000 zł

Nazywam się [[PERSON:Anna Kamińska]]. Od 2018 roku mieszkamy w Telford, w
[[ADDRESS:Oakwood Court, mieszkanie nr 5]], [[POSTCODE:TF3 1LQ]], wynajmujemy od
[[ORGANISATION:Wrekin Meadow Homes]]. W listopadzie pękła rura w mieszkaniu nad nami. Przez
trzy tygodnie woda lała się po ścianach, a zgłoszenie naprawy [[REFERENCE:WMH-RJ-30917]] ciągle
było „w kolejce”. W końcu zawalił się sufit w sypialni dzieci. [[PERSON:Jagoda]]
([[AGE:4 latka]]) spała wtedy u babci, [[PERSON:Tymek]] ([[AGE:11 lat]]) zdążył wybiec. Mąż
[[PERSON:Piotr]] ma [[HEALTH:cukrzycę typu 1]] i insulina przepadła razem z lodówką. Przez
telefon usłyszałam od pracownika, że „[[OTHER_SPECIAL:Polacy]] zawsze przesadzają”. To też
poszło do skargi. Mieszkamy teraz w jednym pokoju hotelowym, zbiórka jest na nowe łóżka, ubrania
i rzeczy do szkoły.

Aktualizacja 1: Dziękujemy z całego serca! Pani [[PERSON:Jadwidze]] z parteru,
[[PERSON:Ani]] i [[PERSON:Marcinowi]], całej [[ADDRESS:parafii św. Józefa]] i księdzu
[[PERSON:Tomaszowi]] za ogłoszenie po mszy.

Aktualizacja 2: Skarga (nr [[REFERENCE:WMH-C-2291]]) uznana już na 1. etapie!
[[ORGANISATION:Wrekin Meadow]] przeprosiło na piśmie, także za tamten komentarz, płaci za hotel
i za remont.

Aktualizacja 3: Wróciliśmy!!! Nowy sufit, osuszanie, malowanie i £900 rekompensaty.
[[PERSON:Jagoda]] na powitanie zjadła całą miskę jagód 😄, a [[PERSON:Tymek]] dziękuje „panu
[[PERSON:Kevinowi]] od sufitu”. Nadwyżkę przekazujemy na świetlicę w szkole
[[PERSON:Tymka]], [[ADDRESS:Hadley Park Academy]]. Kontakt:
[[EMAIL:anna.kaminska@example.org]].
"""),
    ),
    (
        "fv2bx-pl-03",
        "pl",
        _s("""
KARTKA W OKNIE — ZAMIENIĘ KAWALERKĘ NA COKOLWIEK NA PARTERZE

MAM: kawalerkę na 4. piętrze, [[ADDRESS:Welland House]], [[POSTCODE:pe1 4pz]]. Mieszkam nad
[[ADDRESS:Polskimi Smakami]] na [[ADDRESS:Lincoln Road]], wejście od podwórza. Wynajmuję od
[[ORGANISATION:Nene Park Housing]], czynsz £88 tyg. Pokój 5 x 4 m, aneks kuchenny, łazienka z
prysznicem, nowe okna.

SZUKAM: parter albo bungalow, może być mniejsze, Peterborough albo okolice, byle blisko
autobusu.

DLACZEGO: mam [[AGE:71 lat]], [[HEALTH:POChP]], a od marca winda działa raz na tydzień.
Ogrzewanie też nie zawsze. Skarga nr [[REFERENCE:NPH/2024/5531]] — odpowiedzieli po czterech
miesiącach, że „sprawa zamknięta”, a naprawy nie było. Ombudsman przyjął sprawę (nr
[[REFERENCE:202408803]]), ale czekać trzeba z rok, a ja nie mam roku na tych schodach. Dlatego
ta kartka.

KONTAKT: [[PERSON:Zbigniew Lis]], tel. domowy [[PHONE:01632 960 441]], komórka
[[PHONE:07700 900 184]]. Dzwonić po 10 rano. Można też zostawić wiadomość w sklepie u pani
[[PERSON:Ewy]] albo u jej syna [[PERSON:Kuby]], oni mi przekażą. Po angielsku mówię słabo, więc
jeśli ktoś z Państwa zna angielski lepiej, proszę napisać SMS, wnuczka [[PERSON:Ola]] mi
przetłumaczy.

ENGLISH: Studio, 4th floor, swap for ground floor or bungalow. Call [[PERSON:Zbigniew]] on
[[PHONE:07700 900 184]] or ask in the shop for [[PERSON:Ewa]].
"""),
    ),
    (
        "fv2bx-pl-04",
        "pl",
        _s("""
Post w grupie "Leyton / Walthamstow - ogloszenia i pomoc":

[[PERSON:Lukasz Zielinski]]: Hej, moze ktos pomoze. Mamy mieszkanie od
[[ORGANISATION:Waltham Forest Council]], 2 pokoje, parter, [[ADDRESS:14 Cathall Road]],
[[POSTCODE:E11 4LF]]. Od pazdziernika nie dziala ogrzewanie w sypialni, zgloszone 5 razy, numer
naprawy [[REFERENCE:WF-2288134]]. Corka [[PERSON:Ola]] ma [[AGE:2 latka]] i juz drugi raz
[[HEALTH:zapalenie oskrzeli]]. Chcemy zamienic na cos cieplejszego albo chociaz wiedziec jak
napisac porzadna skarge. Mieszkanie fajne, duzy ogrod, 3 min do [[ADDRESS:Barclay Primary]].
Piszcie na priv albo [[PHONE:07700 900 651]].

💬 [[PERSON:Kasia Wrobel]]: Lukasz pisz skarge na maila
[[EMAIL:housing.complaints@walthamforest.example.org]], nie dzwon. Ja tak zrobilam w zeszlym
roku i po 10 dniach przyszedl fachowiec. Jak chcesz to moja siostra [[PERSON:Iza]] tlumaczy, tel
[[PHONE:07700 900 652]].

💬 [[PERSON:Lukasz Zielinski]]: Dzieki [[PERSON:Kasiu]]!! Napisze dzis wieczorem.

💬 [[PERSON:Mirek]] z [[ADDRESS:Beaumont Estate]]: u nas to samo, bloki [[ADDRESS:Jesse House]]
i [[ADDRESS:Kenton House]]? Chyba te same grzejniki. Daj znac co odpisali.

💬 [[PERSON:Lukasz Zielinski]] (tydzien pozniej): UPDATE: skarga poszla, nr
[[REFERENCE:WFC-ST1-40917]], w piatek wymienili grzejnik i zawor, dali £150 za niedogodnosci.
[[PERSON:Olka]] spi w cieple 🙂 Dzieki [[PERSON:Izie]] za list. Zamiane dalej rozwazam bo
potrzebujemy 3 pokoi, jak ktos ma 3 pokoje w Chingford albo Walthamstow i chce 2 z ogrodem to
piszcie. Moj insta [[OTHER_ID:@lukasz_z_leyton]].
"""),
    ),
    (
        "fv2bx-pl-05",
        "pl",
        _s("""
🔥 Pożar u [[PERSON:Doroty]] — pomóżmy jej i dzieciom stanąć na nogi. Zbiórkę prowadzi
[[PERSON:Renata Sowa]], sąsiadka. [[OTHER_ID:gofundme.com/f/pomoc-dla-doroty-wisbech]]

12 marca w nocy zapaliła się instalacja elektryczna w domu [[PERSON:Doroty Majewskiej]] przy
[[ADDRESS:9 Orchard Close]], [[POSTCODE:PE13 2TS]]. [[PERSON:Dorota]] od ponad roku zgłaszała
do [[ORGANISATION:Fenland Rivers Housing]], że gniazdka iskrzą i wywala korki. Mamy zrzuty
ekranu, numery zgłoszeń [[REFERENCE:FRH-44710]] i [[REFERENCE:FRH-45266]]. Elektryk przyszedł
raz, „nic nie znalazł”. Tamtej nocy [[PERSON:Dorota]] obudziła się od dymu i wyniosła
[[PERSON:Oliwkę]] ([[AGE:3 latka]]) i [[PERSON:Igorka]] ([[AGE:7 lat]]). Wszyscy żyją, ale
parter spłonął. [[PERSON:Igorek]] ma [[HEALTH:autyzm]] i bardzo przeżywa stratę swoich rzeczy.

Kto woli przelew bez prowizji: sort code [[OTHER_ID:40-11-62]], konto [[OTHER_ID:71234508]],
tytuł „Dla [[PERSON:Doroty]]”.

Aktualizacja 1: Dziękujemy [[PERSON:Krzysiowi]] i chłopakom z [[ORGANISATION:KB Builders]] za
darmowe zabezpieczenie dachu, pani [[PERSON:Halince]] za ubrania, a szkole
[[ADDRESS:Leverington Fields Primary]] za zbiórkę mundurków dla [[PERSON:Igorka]].

Aktualizacja 2: [[ORGANISATION:Fenland Rivers]] przyznało się do błędu już na 1. etapie skargi
(nr [[REFERENCE:FRH-COMP-0877]]): płaci za hotel i całą nową instalację, wypłaci £2 000
rekompensaty. Pan [[PERSON:Hughes]] z zarządu przyjechał przeprosić osobiście.

Aktualizacja 3: [[PERSON:Dorota]] z dziećmi wraca do domu w piątek! [[PERSON:Oliwka]] już
wybrała kolor ściany (różowy, oczywiście). To, co zostało, idzie na nowe łóżko dla
[[PERSON:Igorka]] i słuchawki wyciszające. Dziękujemy Wam! — [[PERSON:Renata]]
([[EMAIL:renata.sowa@example.com]])
"""),
    ),
    (
        "fv2bx-ro-01",
        "ro",
        _s("""
SCHIMB LOCUINȚĂ (mutual exchange) 🏠 Dau 2 camere în Harrow, caut 3 camere lângă mama, în
Romford. Bună, sunt [[PERSON:Mădălina]] (toată lumea îmi zice [[PERSON:Mădă]]). Stau cu soțul,
[[PERSON:Ionuț]], și cu cei doi copii într-un apartament de la [[ORGANISATION:Harrow Council]],
contract pe viață. Ce ofer: 2 dormitoare, etajul 2, [[ADDRESS:Kenton Lodge]],
[[POSTCODE:HA3 9PE]], bloc cu lift și parcare, sufragerie 5 x 3,8 m, bucătărie nouă din 2024,
balcon. Chiria £151/săpt. cu tot cu service charge. La 3 minute de
[[ADDRESS:Kenton Vale Primary]], unde merge [[PERSON:Ilinca]], [[AGE:6 ani]].

De ce mă mut: mama, [[PERSON:Floarea]], are [[HEALTH:Parkinson]] și stă singură. Fac naveta la
ea de patru ori pe săptămână și nu mai pot.

Povestea apartamentului, ca să știți: în 2023 am avut igrasie și mucegai în camera copiilor, iar
cel mic, [[PERSON:Luca]], a făcut [[HEALTH:bronșiolită]] la [[AGE:8 luni]]. Am făcut reclamație
(nr. [[REFERENCE:HC-COMP-118402]]), nu s-a mișcat nimic, apoi am mers la Ombudsman. Atunci au
rezolvat: ventilație nouă, tratament anti-mucegai, geamuri noi și £500 compensație. De atunci e
uscat, am poze înainte și după.

Caut: casă sau apartament cu 3 dormitoare în Romford, Harold Hill sau Gidea Park, parter sau
etajul 1, council sau asociație. Grădina ar fi un vis, dar nu e obligatoriu.

Contact: scrieți-i [[PERSON:Mădălinei]] pe WhatsApp la [[PHONE:07700 900 339]] sau sunați-l pe
[[PERSON:Ionuț]] la [[PHONE:07700 900 340]] după ora 18. Pe HomeSwapper anunțul e
[[REFERENCE:HS-5601288]]. Ne găsiți și pe TikTok: [[OTHER_ID:@mada.si.ionut]]. Accept și schimb
în trei!
"""),
    ),
    (
        "fv2bx-ro-02",
        "ro",
        _s("""
🙏 Ajutați familia [[PERSON:Ciobanu]] după inundația din apartament. Organizator:
[[PERSON:Elena Ciobanu]] · [[OTHER_ID:gofundme.com/f/familia-ciobanu-coventry]] · strânși
£1.870 din £4.000

Pe 2 februarie s-a spart țeava de apă caldă din tavan în apartamentul nostru,
[[ADDRESS:Flat 12, Radford House]], [[POSTCODE:CV6 3FR]]. Anunțasem
[[ORGANISATION:Midlands Crest Housing]] încă din noiembrie că picură (comenzile de reparații
[[REFERENCE:MCH-77301]] și [[REFERENCE:MCH-78012]]), de fiecare dată ni s-a spus că „nu e
urgent”. S-a udat tot: paturile copiilor, hainele, laptopul pe care [[PERSON:Andrei]]
([[AGE:15 ani]]) își făcea temele. Soțul meu, [[PERSON:Vasile]], are [[HEALTH:epilepsie]] și
stresul i-a adus două crize într-o săptămână. Fetița, [[PERSON:Speranța]] ([[AGE:3 ani]]), nu
mai vrea să doarmă singură.

Update 1: Mulțumim din suflet lui [[PERSON:Gheorghe]], doamnei [[PERSON:Lăcrămioara]],
părintelui [[PERSON:Cristian]] și întregii comunități de la [[ADDRESS:Biserica Sf. Nicolae]],
care ne-au adus haine și mâncare chiar a doua zi.

Update 2: Reclamația noastră (nr. [[REFERENCE:MCH-C-4410]]) a fost acceptată la etapa 1.
[[ORGANISATION:Midlands Crest]] plătește cazarea și mobila distrusă și și-a cerut scuze în scris.

Update 3: Suntem acasă! Tavan nou, instalație refăcută, £1.100 compensație. [[PERSON:Speranța]]
i-a desenat un curcubeu domnului [[PERSON:Dobson]], instalatorul, care a venit și duminica. Banii
rămași îi dăm școlii lui [[PERSON:Andrei]], [[ADDRESS:Radford Heath Academy]], pentru clubul de
teme. Cu speranța că nimeni nu mai trece prin așa ceva, vă mulțumim tuturor. Întrebări:
[[EMAIL:elena.ciobanu@example.com]]
"""),
    ),
    (
        "fv2bx-ro-03",
        "ro",
        _s("""
Postare în grupul „Vecini din Dagenham” de [[PERSON:Costel Bălan]]:

Cei din [[ADDRESS:Heathway Court]], [[POSTCODE:RM10 8QW]], citiți vă rog! De 7 luni nu merge
liftul de pe scara B și boilerul comun pică în fiecare săptămână. Eu stau la
[[ADDRESS:apartamentul 41]], etajul 6, cu soția, [[PERSON:Geta]], și cu băiatul nostru,
[[PERSON:Răzvan]], care are [[HEALTH:paralizie cerebrală]]. De 7 luni [[PERSON:Răzvan]] n-a mai
ieșit din casă decât când l-au cărat pompierii pe scări la spital.

Am făcut reclamație la [[ORGANISATION:Thames View Housing]] (nr. [[REFERENCE:TVH-2291-ST1]]),
apoi etapa 2 (nr. [[REFERENCE:TVH-2291-ST2]]). Răspunsul: „așteptăm piese”. Nicio compensație,
nicio dată. Am trimis totul la Ombudsman (nr. [[REFERENCE:202411372]]). Nu s-a rezolvat, dar nu
renunț.

Îi rog pe toți vecinii care au probleme cu liftul să semneze petiția. O găsiți la nea
[[PERSON:Mitică]] de la [[ADDRESS:ap. 12]] sau la magazinul [[ADDRESS:La Doi Pași]] de la
colțul blocului. Sau scrieți-mi: [[EMAIL:costel.balan@example.org]], [[PHONE:020 7946 0813]].
Scrieți și voi la [[OTHER_ID:@ThamesViewHsg]], poate ne bagă în seamă dacă suntem mulți.

💬 [[PERSON:Nicoleta Radu]]: Semnez! Și la noi, la [[ADDRESS:ap. 27]], curge apa pe scară când
plouă.

💬 [[PERSON:Mitică Stan]]: Am foile la mine, veniți seara după 7.

💬 [[PERSON:Costel Bălan]]: Mersi, nea [[PERSON:Mitică]]! Și mersi, [[PERSON:Nico]], te trec pe
listă. Sâmbătă ducem semnăturile la birou.
"""),
    ),
    (
        "fv2bx-ro-04",
        "ro",
        _s("""
ANUNȚ — SCHIMB LOCUINȚĂ. Garsonieră la etaj, caut o cameră la parter.

OFER: garsonieră la etajul 1, chiar deasupra magazinului [[ADDRESS:Gustul Casei]] de pe
[[ADDRESS:Lordship Lane]], [[POSTCODE:N22 5JQ]]. Proprietar: [[ORGANISATION:Haringey Council]].
Chirie £109/săpt., cameră 4,5 x 4 m, baie cu cadă, încălzire pe gaz, geamuri termopan.

CAUT: o cameră la parter sau în bloc cu lift, Wood Green, Tottenham sau Enfield.

DE CE: am [[AGE:63 de ani]] și [[HEALTH:scleroză multiplă]]. Scara e abruptă și avea balustradă
doar pe o parte. Am făcut reclamație (nr. [[REFERENCE:HGY-CS-0419337]]); după cinci luni mi-au
pus a doua balustradă și mi-au dat £250 pentru întârziere, dar terapeutul ocupațional zice că tot
am nevoie de parter. Așa că îmi caut singură schimb.

Sunați-mă: doamna [[PERSON:Aurelia Munteanu]], [[PHONE:020 7946 0274]] sau mobil
[[PHONE:07700 900 905]]. Dacă nu răspund, lăsați vorbă la [[PERSON:Florin]] în magazin sau la
fiica mea, [[PERSON:Oana]], [[PHONE:07700 900 906]]. Duminică dimineața sunt la slujbă la
[[ADDRESS:Sfânta Parascheva]], după ora 1 răspund sigur.

ENGLISH: Studio flat, 1st floor, above [[ADDRESS:Gustul Casei]] shop, swap for ground floor 1
bed. Call [[PERSON:Aurelia]] on [[PHONE:020 7946 0274]]. Thank you!
"""),
    ),
    (
        "fv2bx-ro-05",
        "ro",
        _s("""
Buna tuturor, sunt [[PERSON:Stefan Dumitrescu]] si va rog din suflet sa ne ajutati si sa dati
share. Stam pe [[ADDRESS:36 Fosse Road North]], [[POSTCODE:le3 5er]], casa de la
[[ORGANISATION:Soar Valley Living]]. Din octombrie le tot spunem ca miroase a canalizare in
baie, comanda de reparatie [[REFERENCE:SVL-RJ-62014]]. Pe 9 ianuarie a dat canalizarea afara in
toata casa, pana la glezne. Am pierdut canapeaua, paturile, hainele copiilor. [[PERSON:Bianca]]
([[AGE:10 ani]]) si [[PERSON:Matei]] ([[AGE:4 ani]]) dorm acum la sora
[[PERSON:Andreei]], sotia mea, iar noi pe jos in sufragerie. [[PERSON:Matei]] are [[HEALTH:astm]] si de la
umezeala a ajuns de doua ori la urgente.

Link donatii: [[OTHER_ID:gofundme.com/f/ajutor-familia-dumitrescu]], sau direct in cont: sort
code [[OTHER_ID:20-45-77]], cont [[OTHER_ID:53918264]], pe numele [[PERSON:S Dumitrescu]].

Update 1: Multumim [[PERSON:Bogdan]], [[PERSON:Lavinia]], [[PERSON:Sorin]] si baietii de la
[[ORGANISATION:SG Construct]] care ne-au adus doua dezumidificatoare, si familiei
[[PERSON:Iordache]] pentru mancare. Multumim si invatatoarei de la
[[ADDRESS:Westcotes Park Primary]] care a strans haine pentru [[PERSON:Bianca]].

Update 2: Am depus reclamatie (nr [[REFERENCE:SVL-CMP-1182]]). Au raspuns ca „e vina
locatarilor”, ca am aruncat servetele in toaleta. NU ne lasam.

Update 3: Ombudsmanul a preluat cazul (nr [[REFERENCE:202500417]]). Inca asteptam, dar
[[ORGANISATION:Soar Valley]] a trimis in sfarsit o echipa sa desfunde canalul si au gasit
radacini in teava, deci nu era vina noastra. Multumim lui [[PERSON:Andrei Pop]] care ne-a scris
scrisorile. Pentru orice: [[PHONE:07700 900 672]] sau pe insta [[OTHER_ID:@stefan.dmt]].
"""),
    ),
    (
        "fv2bx-ar-01",
        "ar",
        _s("""
🔁 للمبادلة: شقة بغرفتين في شيفيلد مقابل ٣ غرف قرب أمي في روثرهام. السلام عليكم، معكم
[[PERSON:هالة الشامي]]، مستأجرة لدى [[ORGANISATION:Sheffield City Council]] منذ ٢٠١٧.

الشقة: غرفتا نوم، الطابق الثالث في [[ADDRESS:Norwood Court]]، [[POSTCODE:S5 7BL]]. مصعد، صالة
٤ × ٣٫٥ م، مطبخ جديد، شرفة مشمسة. الإيجار ١١٨ جنيهاً في الأسبوع شامل الخدمات. مدرسة
[[ADDRESS:Parson Cross Primary]] على بُعد ٥ دقائق مشياً، وفيها ابنتي [[PERSON:نور]]
([[AGE:٩ سنوات]])، و[[ADDRESS:مسجد التوحيد]] في آخر الشارع.

سبب المبادلة: والدتي [[PERSON:أمل]] مصابة بمرض [[HEALTH:السكري]] وتعيش وحدها في روثرهام، وأنا
أذهب إليها بالباص ثلاث مرات في الأسبوع.

قصة الشكوى (للأمانة): كانت عندنا رطوبة وعفن أسود في غرفة الأولاد سنة كاملة، وابني
[[PERSON:سعيد]] صار عنده [[HEALTH:ربو]]. قدّمت شكوى (رقم [[REFERENCE:SCC-CMP-55190]]) ولم
يتحرك أحد، ثم رفعت الأمر إلى أمين مظالم الإسكان. بعدها أصلحوا التهوية وغيّروا الشبابيك ودفعوا
٦٠٠ جنيه تعويضاً. الشقة الآن جافة تماماً وأنا سعيدة جداً بالنتيجة.

المطلوب: بيت أو شقة بثلاث غرف في روثرهام، طابق أرضي أو أول، تابعة للبلدية أو لجمعية إسكان.
نقبل مبادلة ثلاثية. على أمل أن نجد عائلة تناسبنا 🤲

للتواصل: واتساب [[PHONE:07700 900 214]]، أو الإيميل [[EMAIL:hala.swap@example.com]]، أو رسالة
خاصة على إنستغرام [[OTHER_ID:@hala_sheffield]]. رقم الإعلان على HomeSwapper:
[[REFERENCE:HS-5577460]]. أو كلّموا زوجي [[PERSON:خالد]] على [[PHONE:07700 900 215]] بعد
الخامسة مساءً.
"""),
    ),
    (
        "fv2bx-ar-02",
        "ar",
        _s("""
🙏 ساعدوا عائلة [[PERSON:درويش]] بعد انهيار سقف المطبخ. المنظِّمة: [[PERSON:رنا درويش]] ·
[[OTHER_ID:gofundme.com/f/darwish-family-cardiff]] · جُمع ٢٬٣٠٠ جنيه من ٥٬٠٠٠

نحن [[OTHER_SPECIAL:لاجئون من سوريا]]، وصلنا إلى كارديف سنة ٢٠١٩ ونسكن في
[[ADDRESS:45 Clarence Road]]، [[POSTCODE:CF10 5FB]]، في بيت تابع لجمعية
[[ORGANISATION:Taff Cwm Homes]]. منذ أيلول ونحن نبلّغهم عن تسرّب من حمّام الطابق العلوي (أرقام
البلاغات [[REFERENCE:TCH-40917]] و[[REFERENCE:TCH-41388]])، وكل مرة يقولون "ليس طارئاً". في ٩
كانون الثاني سقط سقف المطبخ كله. كان ابني [[PERSON:كريم]] ([[AGE:٥ سنوات]]) في الغرفة
المجاورة. زوجي [[PERSON:محمود]] يعاني من [[HEALTH:اضطراب ما بعد الصدمة]] ومنذ الحادث لا ينام.
نحن الآن في فندق، والتبرعات لشراء أثاث المطبخ وأغراض المدرسة. شكراً لكل قلب كريم.

تحديث ١: شكراً من القلب للأخت [[PERSON:فاطمة]]، و[[PERSON:أبو عمر]] صاحب المخبز، ولجماعة
[[ADDRESS:مسجد دار السلام]] الذين جمعوا ٦٠٠ جنيه بعد صلاة الجمعة، ولـ[[PERSON:سارة]] معلمة
[[PERSON:كريم]].

تحديث ٢: قبلت [[ORGANISATION:Taff Cwm]] الشكوى في المرحلة الأولى (رقم
[[REFERENCE:TCH-COMP-2207]])، واعتذرت كتابياً، وستدفع تكاليف الفندق.

تحديث ٣: عدنا إلى البيت! سقف جديد، وإصلاح التسرّب من مصدره، وتعويض ٨٠٠ جنيه. رسم
[[PERSON:كريم]] لوحة للعامل [[PERSON:غاريث]] الذي كان يمازحه كل يوم. ما تبقّى من المال سنتبرع
به لـ[[ADDRESS:مدرسة نينيان بارك الابتدائية]] حيث يدرس [[PERSON:كريم]]. للتواصل:
[[EMAIL:rana.darwish@example.org]]
"""),
    ),
    (
        "fv2bx-ar-03",
        "ar",
        _s("""
منشور في مجموعة "أهالي تشيتهام هيل" — [[PERSON:سمير العلي]]:

يا جماعة، اللي ساكنين في [[ADDRESS:Waterloo House]] ([[POSTCODE:M8 8EB]])، صار لنا ٤ شهور بلا
تدفئة مركزية بالطوابق العليا. أنا ساكن في [[ADDRESS:الشقة ٥٢]] مع مرتي [[PERSON:جميلة]] وبنتنا
[[PERSON:ليان]] عمرها [[AGE:سنتين]]، والبنت مريضة كل أسبوعين. الشقة جميلة بس البرد ما بينطاق.

قدّمنا شكوى عند [[ORGANISATION:Irk Valley Homes]] (رقم [[REFERENCE:IVH-ST1-77413]]). عطونا
دفّايتين كهربا وقالوا استنّوا، والفاتورة صارت الضعف. لحد اليوم ما انحلّت.

إذا عندك نفس المشكلة ابعتلي رسالة أو اتصل على [[PHONE:0161 496 0938]]، أو اسأل عني بمحل
[[ADDRESS:حلويات الشام]] تحت العمارة. كل ما كنا أكتر، كل ما سمعوا أكتر.

💬 [[PERSON:أم ليث]]: نحنا بالطابق ٩ نفس الشي، [[ADDRESS:شقة ٩٤]]. الولد نايم بالجاكيت.

💬 [[PERSON:Ahmed Nasser]]: يا [[PERSON:سمير]]، في موظف بالجمعية اسمه [[PERSON:Tom Briggs]]
ساعدنا السنة الماضية، إيميله [[EMAIL:t.briggs@irkvalley.example.org]]، احكي معه مباشرة.

💬 [[PERSON:سمير العلي]]: تسلم [[PERSON:أحمد]] 🙏 بعتتله.

تحديث: بعد ما كتبنا كلنا سوا، انقبلت الشكوى بالمرحلة الثانية (رقم
[[REFERENCE:IVH-ST2-10562]]) وصلّحوا البويلر المركزي الأسبوع الماضي. بس رفضوا يعوّضونا عن
فاتورة الكهربا، فرح نرفع الموضوع لأمين المظالم. شكراً لـ[[PERSON:أم ليث]] ولكل الجيران.
"""),
    ),
    (
        "fv2bx-ar-04",
        "ar",
        _s("""
إعلان — مبادلة سكن (Mutual Exchange). الرجاء عدم نزع الورقة، جزاكم الله خيراً.

عندنا: بيت بثلاث غرف نوم، [[ADDRESS:18 Golden Hillock Road]]، [[POSTCODE:B10 0DP]]، تابع
لجمعية [[ORGANISATION:Tyseley Brook Housing]]. حديقة خلفية، مطبخ كبير، قريب جداً من
[[ADDRESS:مسجد الفرقان]] (خمس دقائق مشياً). الإيجار ١٣٦ جنيهاً في الأسبوع.

نريد: بيتاً بأربع غرف أو أكثر، في سمول هيث أو سباركهيل أو ألوم روك.

السبب: نحن سبعة في ثلاث غرف. ابنتي [[PERSON:هدى]] ([[AGE:١٤ سنة]]) تنام في الصالة، وابني
[[PERSON:عمر]] عنده [[HEALTH:توحّد]] ويحتاج غرفة وحده. اشتكينا للجمعية من الرطوبة والاكتظاظ
(رقم الشكوى [[REFERENCE:TBH-44817]]). أصلحوا الرطوبة ودفعوا ٣٠٠ جنيه، لكن قالوا إن الانتقال
إلى بيت أكبر "قد يستغرق سنوات" على قائمة الانتظار (رقم التسجيل [[REFERENCE:BHR-2019-66120]]).
لذلك نبحث عن مبادلة بأنفسنا.

للتواصل: الأخ [[PERSON:عبد الرحمن]] على [[PHONE:٠٧٧٠٠ ٩٠٠ ٤٧١]]، أو زوجته [[PERSON:أم عمر]]
على [[PHONE:٠٧٧٠٠ ٩٠٠ ٤٧٢]] (للأخوات). أو اسألوا عنه بعد صلاة العشاء.

In English: swap our 3 bed house nr [[ADDRESS:Masjid Al-Furqan]] for a 4 bed. Call
[[PERSON:Abdulrahman]] [[PHONE:07700 900471]].
"""),
    ),
    (
        "fv2bx-ar-05",
        "ar",
        _s("""
🕊️ ساعدونا نرجّع الدفء لبيت جدّتي [[PERSON:صبيحة]]. كتبتها: [[PERSON:زينب الجبوري]]
(حفيدتها) · [[OTHER_ID:gofundme.com/f/help-nana-sabiha]]

جدّتي [[PERSON:صبيحة الجبوري]] عمرها [[AGE:٨١ سنة]]، تسكن وحدها في
[[ADDRESS:الشقة رقم ٣، Brunel House]]، [[POSTCODE:w37qe]]، مستأجرة لدى
[[ORGANISATION:Westway Green Homes]] منذ ١٩٩٨ (رقم العقد [[REFERENCE:WGH-T-0048821]]). تعاني
من [[HEALTH:قصور في القلب]] ولا تتحمّل البرد.

تعطّل البويلر في ٢ تشرين الثاني. اتصلنا أكثر من عشر مرات. اكتشفنا بعد أسابيع أن الجمعية
مسجّلة سنة ميلادها ١٩٨٤ بدلاً من [[DATE_OF_BIRTH:٢ آذار ١٩٤٤]]، فلم يعتبروها من "الفئات
الهشّة" ولم يعطوها أي أولوية. التبرعات لشراء مدفأة زيت وبطانيات ودفع فاتورة الكهرباء. وللتحويل
المباشر: رمز الفرع (sort code) [[OTHER_ID:60-83-71]]، رقم الحساب [[OTHER_ID:31926480]]، باسم
[[PERSON:Z Al-Jubouri]].

تحديث ١: شكراً لخالي [[PERSON:حيدر]]، ولجيراننا [[PERSON:ماري]] و[[PERSON:باتريك]] من
[[ADDRESS:الشقة ٤]] اللذين يطبخان لها كل يوم، ولجماعة [[ADDRESS:جامع الرحمن]] في أكتون.

تحديث ٢: بعد الشكوى (رقم [[REFERENCE:WGH-CMP-3391]]) صحّحوا تاريخ الميلاد وأحضروا مدفأتين
مؤقتتين.

تحديث ٣: ركّبوا بويلر جديداً بعد تسعة أسابيع، لكنهم رفضوا دفع أي تعويض. رفعنا الأمر إلى أمين
مظالم الإسكان (رقم القضية [[REFERENCE:202501926]]). جدّتي تقول: "الله يخليكم كلكم". للتواصل:
[[EMAIL:zainab.j@example.org]] — [[PERSON:زينب]]
"""),
    ),
    (
        "fv2bx-bn-01",
        "bn",
        _s("""
🔁 বাসা বদল (মিউচুয়াল এক্সচেঞ্জ): ২ বেড, বো → ৩ বেড, আম্মার কাছে ইলফোর্ডে। আসসালামু আলাইকুম,
আমি [[PERSON:শাপলা বেগম]]। স্বামী [[PERSON:কামরুল]] আর দুই বাচ্চা নিয়ে
[[ORGANISATION:Poplar Reach Homes]]-এর ফ্ল্যাটে থাকি, সিকিউর টেনেন্সি।

যা আছে: ২ বেডরুম, ৫ তলায়, [[ADDRESS:Fairfoot Court]], [[POSTCODE:E3 4RN]]। লিফট আছে, বসার
ঘর ৪.১ × ৩.৪ মিটার, নতুন কিচেন, ব্যালকনি। ভাড়া সপ্তাহে £১৩৪, সার্ভিস চার্জসহ। পাঁচ মিনিট
হাঁটলে [[ADDRESS:Bow Common Primary]], সেখানে পড়ে আমার মেয়ে [[PERSON:খুশি]]
([[AGE:৭ বছর]])। [[ADDRESS:বায়তুল আমান মসজিদ]] একদম রাস্তার ওপারে।

কেন বদলাতে চাই: আমার আম্মা [[PERSON:রোকেয়া]] ইলফোর্ডে একা থাকেন, ওনার
[[HEALTH:ডিমেনশিয়া]] ধরা পড়েছে। রোজ দুই বাস বদলে যাওয়া আর সম্ভব হচ্ছে না।

আগের অভিযোগের কথা (লুকাব না): ২০২৩ সালে বাথরুমের ছাদ দিয়ে পানি পড়ত, দেয়ালে কালো ছত্রাক।
অভিযোগ নম্বর [[REFERENCE:PRH-C-30551]]। ছয় মাস কেউ আসেনি, পরে হাউজিং অম্বুডসম্যানে গেলে ওরা
ছাদ ঠিক করল, নতুন এক্সট্রাক্টর ফ্যান দিল, আর £৪৫০ ক্ষতিপূরণ দিল। এখন বাসা একদম শুকনো, আমরা
খুব খুশি।

চাই: ৩ বেডের বাড়ি বা ফ্ল্যাট, ইলফোর্ড বা সেভেন কিংস, নিচতলা বা দোতলা, কাউন্সিল বা হাউজিং
অ্যাসোসিয়েশন। থ্রি-ওয়ে সোয়াপেও রাজি।

যোগাযোগ: হোয়াটসঅ্যাপ [[PHONE:07700 900 146]], ইমেইল [[EMAIL:shapla.swap@example.com]], অথবা
[[PERSON:কামরুলকে]] ফোন করুন [[PHONE:০৭৭০০ ৯০০ ১৪৭]] (সন্ধ্যা ৬টার পরে)। HomeSwapper লিস্টিং
নম্বর [[REFERENCE:HS-5569032]]। প্লিজ সিরিয়াস হলে DM করুন 🙏
"""),
    ),
    (
        "fv2bx-bn-02",
        "bn",
        _s("""
🙏 [[PERSON:মিয়া]] পরিবারের পাশে দাঁড়ান — ঝড়ে ছাদ ভেঙে পড়েছে। আয়োজক: [[PERSON:মুক্তা মিয়া]]
· [[OTHER_ID:gofundme.com/f/miah-family-oldham]] · £১,৯৫০ উঠেছে, লক্ষ্য £৩,৫০০

ডিসেম্বরের ঝড়ে আমাদের বাসার ([[ADDRESS:৫২ ফেদারস্টল রোড]], [[POSTCODE:OL9 6PW]]) ছাদের একটা
অংশ ভেঙে বাচ্চাদের ঘরে পড়ে। ল্যান্ডলর্ড [[ORGANISATION:Pennine Moor Housing]]-কে আমরা অক্টোবর
থেকে বলছিলাম যে টাইল আলগা হয়ে গেছে (রিপেয়ার নম্বর [[REFERENCE:PMH-221840]]), কিন্তু কেউ
আসেনি। আল্লাহর রহমতে ওই রাতে বাচ্চারা আমার সাথে নিচে ঘুমাচ্ছিল। আমার স্বামী
[[PERSON:রাজুর]] ([[PERSON:Raju Miah]]) [[HEALTH:কিডনি ফেইলিওর]], সপ্তাহে তিনদিন ডায়ালাইসিস
লাগে, তাই ঠান্ডা ঘরে থাকা ওনার জন্য বিপজ্জনক। ছেলে [[PERSON:তানভীর]] ([[AGE:১২ বছর]]) আর ছোট
মেয়ে, আমরা ডাকি [[PERSON:সোনা]] ([[AGE:৩ বছর]]), দুজনেরই বিছানা, জামাকাপড়, বই সব ভিজে নষ্ট।

আপডেট ১: অসংখ্য ধন্যবাদ [[PERSON:রুবিনা]] আপা, [[PERSON:জামাল]] ভাই,
[[ADDRESS:জালালাবাদ জামে মসজিদ]]-এর সবাইকে, আর [[PERSON:তানভীরের]] স্কুল
[[ADDRESS:Werneth Park Academy]]-র শিক্ষকদের, যারা নতুন ইউনিফর্ম কিনে দিয়েছেন।

আপডেট ২: আমাদের অভিযোগ (নম্বর [[REFERENCE:PMH-CMP-0918]]) প্রথম ধাপেই মেনে নিয়েছে, হোটেলের
খরচ দিচ্ছে, লিখিতভাবে ক্ষমাও চেয়েছে।

আপডেট ৩: আমরা বাসায় ফিরেছি! নতুন ছাদ, নতুন সিলিং, ঘর শুকানো, আর £৯০০ ক্ষতিপূরণ।
[[PERSON:সোনা]] মিস্ত্রি [[PERSON:ড্যানি]]-কে নিজের আঁকা ছবি দিয়েছে। আপনাদের ভালোবাসা সোনার
চেয়েও দামি। বাকি টাকা [[PERSON:রাজুর]] ডায়ালাইসিস ইউনিটের রোগী তহবিলে দেব। যোগাযোগ:
[[EMAIL:mukta.miah@example.org]]
"""),
    ),
    (
        "fv2bx-bn-03",
        "bn",
        _s("""
স্টেপনি প্রতিবেশী গ্রুপে পোস্ট — [[PERSON:লিটন আহমেদ]]:

[[ADDRESS:Heneage Tower]] ([[POSTCODE:E1 3QJ]])-এর সবাই প্লিজ পড়ুন! তিন মাস ধরে দুইটা লিফটের
একটাও ঠিকমতো চলে না। আমি থাকি ১৬ তলায়, [[ADDRESS:ফ্ল্যাট ১৬৩]]-এ। আমার আব্বার
[[HEALTH:হার্টের অসুখ]], গত মাসে ক্লিনিকে যেতে পারেননি, ১৬ তলা সিঁড়ি ভাঙা ওনার পক্ষে অসম্ভব।

ল্যান্ডলর্ড [[ORGANISATION:East End Community Homes]]-এ অভিযোগ করেছি (নম্বর
[[REFERENCE:EECH-22731]]), দ্বিতীয় ধাপেও গেছি (নম্বর [[REFERENCE:EECH-22731-S2]])। উত্তর:
"পার্টস আসছে"। কোনো ক্ষতিপূরণ নেই, কোনো তারিখ নেই। এখনো সমাধান হয়নি। তাই অম্বুডসম্যানে যাচ্ছি,
যত বেশি পরিবার একসাথে লিখবে তত ভালো।

যারা সই দিতে চান, সন্ধ্যায় আমার কাছে আসুন, নয়তো নিচের [[ADDRESS:রহমান গ্রোসারি]]-তে কাগজ
রাখা আছে। ফোন/হোয়াটসঅ্যাপ [[PHONE:020 7946 0385]]। আর সবাই [[OTHER_ID:@EECHomes]]-কে ট্যাগ
করে পোস্ট দিন।

💬 [[PERSON:ঝুমা খাতুন]]: সই দেব ভাই। আমরা [[ADDRESS:৯৮ নম্বর]]-এ, আমার শাশুড়ি দুই মাস নিচে
নামেননি।

💬 [[PERSON:বাবলু]]: [[PERSON:লিটন]] ভাই, কাউন্সিলর [[PERSON:Sultana Rahman]]-কে মেইল করেন,
[[EMAIL:cllr.s.rahman@example.org]], উনি গত বছর আমাদের বিল্ডিংয়ের হিটিং ঠিক করিয়েছিলেন।

💬 [[PERSON:লিটন আহমেদ]]: ধন্যবাদ [[PERSON:বাবলু]] ভাই, আজই লিখছি। [[PERSON:ঝুমা]] আপা, রাতে
কাগজ নিয়ে আসব।
"""),
    ),
    (
        "fv2bx-bn-04",
        "bn",
        _s("""
দোকানের জানালার কার্ড — বাসা বদল চাই

আমার আছে: ৩ বেডের বাড়ি, ঘর দোতলায়, সিঁড়ি খাড়া। [[ADDRESS:Dunstable Road]]-এ,
[[ADDRESS:সিলেট ক্যাশ অ্যান্ড ক্যারি]]-র ঠিক পেছনে, [[POSTCODE:lu1 1ew]]। ল্যান্ডলর্ড
[[ORGANISATION:Luton Borough Council]]। বাগান বড়, নতুন বয়লার, ভাড়া সপ্তাহে £১৪৭।

চাই: ১ বা ২ বেডের নিচতলার ফ্ল্যাট বা বাংলো, বিউরি পার্ক বা লিগ্রেভ। বাসের স্টপ কাছে হলে ভালো,
কাউন্সিল বা হাউজিং অ্যাসোসিয়েশন দুটোতেই রাজি। আমাদের বাড়ি পরিষ্কার, কোনো ভাড়া বাকি নেই।

কেন: আমার বয়স [[AGE:৭৪ বছর]], [[HEALTH:হাঁটুর বাত]] আর [[HEALTH:ডায়াবেটিস]]। স্ত্রী
[[PERSON:হাসনা]] গত শীতে একবার সিঁড়িতে পড়ে গিয়েছিলেন। কাউন্সিলের কাছে রেলিং আর
স্টেয়ারলিফটের জন্য অভিযোগ করেছিলাম (নম্বর [[REFERENCE:LBC-ADP-60418]])। রেলিং লাগিয়েছে, ক্ষমা
চেয়েছে, £২০০ দিয়েছে, কিন্তু বলেছে স্টেয়ারলিফট বসানো যাবে না, বাসা বদলাতে হবে। তাই নিজেই
খুঁজছি।

যোগাযোগ: [[PERSON:আব্দুল মতিন]] সাহেব, ফোন [[PHONE:01632 960 518]]। জুম্মার পরে
[[ADDRESS:বিউরি পার্ক জামে মসজিদ]]-এ আমাকে পাবেন। ইংরেজিতে কথা বলতে চাইলে নাতি
[[PERSON:রাহি]]-কে ফোন বা ইমেইল করুন: [[PHONE:07700 900 731]],
[[EMAIL:rahi.matin@example.com]]।

English: 3 bed house, swap for GF flat or bungalow. Ask for [[PERSON:Rahi]],
[[PHONE:07700 900731]].
"""),
    ),
    (
        "fv2bx-bn-05",
        "bn",
        _s("""
📢 [[PERSON:নাজমা]] আর তার দুই বাচ্চার জন্য সাহায্য চাই। লিখেছেন: [[PERSON:পারভীন আক্তার]]
(প্রতিবেশী) · [[OTHER_ID:gofundme.com/f/help-najma-and-kids]]

[[PERSON:নাজমা খানম]] ([[PERSON:Najma Khanom]]) তিন বছর ধরে [[ADDRESS:Flat 2, 11 Highfield Road]],
[[POSTCODE:B8 3QF]]-এ থাকেন, ল্যান্ডলর্ড [[ORGANISATION:Saltley Gate Homes]]। দেয়ালে ফাটল,
জানালা বন্ধ হয় না, সব ঘরে ছত্রাক। বারবার রিপোর্ট করেছেন (রিপেয়ার নম্বর
[[REFERENCE:SGH-R-118064]])। ছেলে [[PERSON:আরিয়ানের]] ([[AGE:৮ বছর]]) [[HEALTH:হাঁপানি]]
বেড়ে গেছে, মেয়ে [[PERSON:মুনা]] মাত্র [[AGE:১৮ মাস]]। অফিসে গেলে এক স্টাফ বলেছিল "তোমরা
[[OTHER_SPECIAL:বাংলাদেশিরা]] সব বাড়িয়ে বলো", আরেকজন জানতে চেয়েছিল ওনার
[[OTHER_SPECIAL:সেটেলড স্ট্যাটাস]] আছে কিনা, যার সাথে মেরামতের কোনো সম্পর্ক নেই। এপ্রিলে
ছাদের প্লাস্টার খসে পড়ার পর কাউন্সিল ওদের একটা বি অ্যান্ড বি-তে পাঠিয়েছে: এক রুম, শেয়ার্ড
কিচেন।

সরাসরি পাঠাতে চাইলে: সর্ট কোড [[OTHER_ID:09-01-28]], অ্যাকাউন্ট [[OTHER_ID:40718253]]।
[[PERSON:নাজমা]] টিকটকে রান্নার ভিডিও দেন, [[OTHER_ID:@najma.cooks]], ওখানেও আপডেট পাবেন।

আপডেট ১: ধন্যবাদ [[PERSON:শিরিন]] ভাবি, [[PERSON:মাসুদ]] ভাই, আর [[PERSON:আরিয়ানের]] স্কুল
[[ADDRESS:Alum Rock Primary]]-র প্যারেন্টস গ্রুপকে।

আপডেট ২: অভিযোগ (নম্বর [[REFERENCE:SGH-CMP-2044]]) প্রথম ধাপে আংশিক মেনেছে: ওই মন্তব্যের জন্য
ক্ষমা আর £২৫০। কিন্তু মেরামতের কোনো তারিখ নেই। আমরা অম্বুডসম্যানে যাচ্ছি।

আপডেট ৩: এখনো বি অ্যান্ড বি-তে। [[PERSON:মুনা]] করিডোরে প্রথম হাঁটতে শিখেছে 💔 যোগাযোগ:
[[PHONE:0121 496 0744]] বা [[EMAIL:parveen.akter@example.org]]।
"""),
    ),
    (
        "fv2bx-pa-01",
        "pa",
        _s("""
🔁 ਘਰ ਬਦਲੀ (ਮਿਊਚੁਅਲ ਐਕਸਚੇਂਜ): ਸਾਊਥਾਲ ਦਾ 2 ਬੈੱਡ ਫਲੈਟ, ਬਦਲੇ ਵਿੱਚ ਹੰਸਲੋ ਵਿੱਚ 3 ਬੈੱਡ, ਮੰਮੀ ਦੇ
ਨੇੜੇ। ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ ਜੀ, ਮੈਂ [[PERSON:ਹਰਪ੍ਰੀਤ]] ਹਾਂ। ਮੈਂ ਆਪਣੇ ਪਤੀ [[PERSON:ਜਸਵੀਰ]] (ਸਾਰੇ
ਉਹਨੂੰ [[PERSON:ਜੱਸੀ]] ਕਹਿੰਦੇ ਨੇ) ਅਤੇ ਦੋ ਬੱਚਿਆਂ ਨਾਲ [[ORGANISATION:Ealing Council]] ਦੇ ਫਲੈਟ
ਵਿੱਚ ਰਹਿੰਦੀ ਹਾਂ।

ਸਾਡੇ ਕੋਲ: 2 ਬੈੱਡਰੂਮ, ਦੂਜੀ ਮੰਜ਼ਿਲ, [[ADDRESS:Havelock Court]], [[POSTCODE:UB2 4NX]]। ਲਿਫਟ ਹੈ,
ਬੈਠਕ 4.3 x 3.5 ਮੀਟਰ, ਨਵੀਂ ਰਸੋਈ, ਬਾਲਕੋਨੀ। ਕਿਰਾਇਆ £139 ਹਫ਼ਤਾ। [[ADDRESS:Havelock Green Primary]]
ਪੰਜ ਮਿੰਟ ਦੀ ਦੂਰੀ ਤੇ ਹੈ, ਜਿੱਥੇ ਸਾਡੀ ਧੀ [[PERSON:ਖੁਸ਼ੀ]] ([[AGE:8 ਸਾਲ]]) ਪੜ੍ਹਦੀ ਹੈ, ਤੇ
[[ADDRESS:ਗੁਰਦੁਆਰਾ ਸ੍ਰੀ ਗੁਰੂ ਸਿੰਘ ਸਭਾ]] ਤੁਰ ਕੇ ਦਸ ਮਿੰਟ।

ਕਿਉਂ: ਮੇਰੇ ਮੰਮੀ [[PERSON:ਸੁਰਜੀਤ ਕੌਰ]] ਨੂੰ ਪਿਛਲੇ ਸਾਲ [[HEALTH:ਕੈਂਸਰ]] ਦਾ ਪਤਾ ਲੱਗਾ। ਉਹ ਹੰਸਲੋ
ਵਿੱਚ ਇਕੱਲੇ ਰਹਿੰਦੇ ਹਨ ਅਤੇ ਮੈਂ ਹਰ ਰੋਜ਼ ਦੋ ਬੱਸਾਂ ਬਦਲ ਕੇ ਜਾਂਦੀ ਹਾਂ।

ਸ਼ਿਕਾਇਤ ਦੀ ਗੱਲ (ਸੱਚ ਦੱਸਾਂ): 2022 ਵਿੱਚ ਉੱਪਰਲੇ [[ADDRESS:ਫਲੈਟ 14]] ਦਾ ਪਾਣੀ ਸਾਡੇ ਬਾਥਰੂਮ ਦੀ
ਛੱਤ ਚੋਂ ਚੋਂਦਾ ਰਿਹਾ। ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:EAL-CMP-339105]]। ਛੇ ਮਹੀਨੇ ਕੁਝ ਨਾ ਹੋਇਆ, ਫਿਰ
ਹਾਊਸਿੰਗ ਓਮਬਡਸਮੈਨ ਕੋਲ ਗਏ ਤਾਂ ਨਵੀਂ ਛੱਤ, ਨਵੀਆਂ ਪਾਈਪਾਂ ਅਤੇ £550 ਮੁਆਵਜ਼ਾ ਮਿਲਿਆ। ਹੁਣ ਸਭ ਸੁੱਕਾ ਹੈ,
ਸਾਨੂੰ ਬਹੁਤ ਖੁਸ਼ੀ ਹੈ ਕਿ ਆਖ਼ਰ ਸੁਣਵਾਈ ਹੋਈ।

ਚਾਹੀਦਾ: 3 ਬੈੱਡ ਘਰ ਜਾਂ ਫਲੈਟ, ਹੰਸਲੋ, ਕ੍ਰੈਨਫੋਰਡ ਜਾਂ ਹੈਸਟਨ, ਜ਼ਮੀਨੀ ਜਾਂ ਪਹਿਲੀ ਮੰਜ਼ਿਲ, ਕੌਂਸਲ ਜਾਂ
ਹਾਊਸਿੰਗ ਐਸੋਸੀਏਸ਼ਨ।

ਸੰਪਰਕ: ਵਟਸਐਪ [[PHONE:07700 900 362]], ਈਮੇਲ [[EMAIL:harpreet.swap@example.com]], ਜਾਂ
[[PERSON:ਜੱਸੀ]] ਨੂੰ ਫ਼ੋਨ ਕਰੋ [[PHONE:੦੭੭੦੦ ੯੦੦ ੩੬੩]]। ਇੰਸਟਾ [[OTHER_ID:@harpreet_k_southall]]।
HomeSwapper ਨੰਬਰ [[REFERENCE:HS-5612740]]। ਪਲੀਜ਼ ਸਿਰਫ਼ ਸੀਰੀਅਸ ਲੋਕ DM ਕਰਨ 🙏
"""),
    ),
    (
        "fv2bx-pa-02",
        "pa",
        _s("""
🙏 [[PERSON:ਬਲਵਿੰਦਰ ਸਿੰਘ]] ਦੇ ਪਰਿਵਾਰ ਦੀ ਮਦਦ ਕਰੋ — ਰਸੋਈ ਦੀ ਛੱਤ ਡਿੱਗ ਪਈ। ਪ੍ਰਬੰਧਕ:
[[PERSON:ਪ੍ਰੀਤ ਕੌਰ]] · [[OTHER_ID:gofundme.com/f/singh-family-wolverhampton]] · £1,760 ਇਕੱਠੇ
ਹੋਏ, ਟੀਚਾ £4,000

ਮੇਰੇ ਪਤੀ [[PERSON:ਬਲਵਿੰਦਰ]] ਜੀ, ਮੈਂ ਅਤੇ ਸਾਡੇ ਤਿੰਨ ਬੱਚੇ [[ADDRESS:੨੭ ਡਨਸਟਾਲ ਐਵੇਨਿਊ]],
[[POSTCODE:WV6 0NH]] ਵਿਖੇ [[ORGANISATION:Black Country Vale Homes]] ਦੇ ਘਰ ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ।
ਨਵੰਬਰ ਤੋਂ ਅਸੀਂ ਦੱਸ ਰਹੇ ਸੀ ਕਿ ਰਸੋਈ ਦੀ ਛੱਤ ਵਿੱਚ ਤ੍ਰੇੜ ਹੈ ਅਤੇ ਪਾਣੀ ਰਿਸਦਾ ਹੈ (ਰਿਪੇਅਰ ਨੰਬਰ
[[REFERENCE:BCV-RJ-550213]])। 6 ਜਨਵਰੀ ਦੀ ਸ਼ਾਮ ਛੱਤ ਡਿੱਗ ਪਈ। ਵੱਡਾ ਪੁੱਤਰ [[PERSON:ਅਰਜਨ]]
([[AGE:13 ਸਾਲ]]) ਮੇਜ਼ ਤੇ ਹੋਮਵਰਕ ਕਰ ਰਿਹਾ ਸੀ, ਉਸਦੇ ਸਿਰ ਤੇ ਸੱਟ ਲੱਗੀ ਅਤੇ ਚਾਰ ਟਾਂਕੇ ਲੱਗੇ।
[[PERSON:ਬਲਵਿੰਦਰ]] ਜੀ ਨੂੰ [[HEALTH:ਸ਼ੂਗਰ]] ਹੈ ਅਤੇ ਉਹਨਾਂ ਦੀ ਇਨਸੁਲਿਨ ਵਾਲਾ ਫ਼ਰਿੱਜ ਵੀ ਟੁੱਟ ਗਿਆ।
ਵਿਚਕਾਰਲੀ [[PERSON:ਨਿਮਰਤ]] ਅਤੇ ਛੋਟੀ [[PERSON:ਜਸਲੀਨ]], ਜਿਸਨੂੰ ਸਾਰੇ [[PERSON:ਗੁੱਡੀ]] ਕਹਿੰਦੇ ਨੇ
([[AGE:੪ ਸਾਲ]]), ਹੁਣ ਸਾਡੇ ਨਾਲ ਹੋਟਲ ਦੇ ਇੱਕ ਕਮਰੇ ਵਿੱਚ ਹਨ।

ਅਪਡੇਟ 1: ਬਹੁਤ ਧੰਨਵਾਦ [[PERSON:ਮਿੰਟੂ]] ਵੀਰ ਜੀ, [[PERSON:ਰਾਣੀ]] ਭੈਣ ਜੀ ਅਤੇ
[[ADDRESS:ਗੁਰਦੁਆਰਾ ਗੁਰੂ ਨਾਨਕ ਸਤਸੰਗ]] ਦੀ ਸੰਗਤ ਦਾ, ਜਿਨ੍ਹਾਂ ਨੇ ਰੋਜ਼ ਲੰਗਰ ਤੋਂ ਖਾਣਾ ਭੇਜਿਆ।

ਅਪਡੇਟ 2: ਸ਼ਿਕਾਇਤ (ਨੰਬਰ [[REFERENCE:BCV-C-7702]]) ਪਹਿਲੇ ਪੜਾਅ ਤੇ ਹੀ ਮੰਨ ਲਈ ਗਈ। ਹੋਟਲ ਦਾ ਖਰਚਾ
ਅਤੇ ਨਵਾਂ ਫ਼ਰਿੱਜ [[ORGANISATION:Black Country Vale]] ਦੇਵੇਗੀ, ਲਿਖਤੀ ਮਾਫ਼ੀ ਵੀ ਆ ਗਈ।

ਅਪਡੇਟ 3: ਘਰ ਵਾਪਸ! ਨਵੀਂ ਛੱਤ, ਨਵੀਂ ਵਾਇਰਿੰਗ ਅਤੇ £1,000 ਮੁਆਵਜ਼ਾ। [[PERSON:ਗੁੱਡੀ]] ਨੇ ਮਿਸਤਰੀ
[[PERSON:ਸਟੀਵ]] ਨੂੰ ਆਪ ਬਣਾਇਆ ਕਾਰਡ ਦਿੱਤਾ। ਬਚੇ ਹੋਏ ਪੈਸੇ [[PERSON:ਅਰਜਨ]] ਦੇ ਸਕੂਲ
[[ADDRESS:Dunstall Hill Academy]] ਦੇ ਹੋਮਵਰਕ ਕਲੱਬ ਨੂੰ ਦੇਵਾਂਗੇ। ਸੰਪਰਕ:
[[EMAIL:preet.kaur@example.org]]
"""),
    ),
    (
        "fv2bx-pa-03",
        "pa",
        _s("""
"ਸਮੈਦਿਕ ਕਮਿਊਨਿਟੀ ਨੋਟਿਸ ਬੋਰਡ" ਵਿੱਚ ਪੋਸਟ — [[PERSON:ਗੁਰਮੀਤ ਸਿੰਘ ਢਿੱਲੋਂ]]:

ਕੀ ਕਿਸੇ ਹੋਰ ਦਾ ਵੀ [[ORGANISATION:Sandwell Brook Housing]] ਨਾਲ ਇਹੀ ਹਾਲ ਹੈ? ਅਸੀਂ
[[ADDRESS:43 Raglan Road]], [[POSTCODE:B66 3ND]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ। ਅੱਠ ਮਹੀਨਿਆਂ ਤੋਂ ਬੱਚਿਆਂ
ਦੇ ਕਮਰੇ ਵਿੱਚ ਕਾਲੀ ਉੱਲੀ ਹੈ। ਮੇਰੇ ਪੁੱਤਰ [[PERSON:ਸਾਹਿਬ]] ([[AGE:6 ਸਾਲ]]) ਨੂੰ [[HEALTH:ਦਮਾ]]
ਹੈ ਅਤੇ ਇਸ ਸਰਦੀ ਉਹ ਤਿੰਨ ਵਾਰ ਹਸਪਤਾਲ ਗਿਆ।

ਪਹਿਲੀ ਸ਼ਿਕਾਇਤ [[REFERENCE:SBH-ST1-90214]], ਫਿਰ ਦੂਜਾ ਪੜਾਅ [[REFERENCE:SBH-ST2-90214]]। ਜਵਾਬ:
"ਤੁਸੀਂ ਘਰ ਅੰਦਰ ਕੱਪੜੇ ਸੁਕਾਉਂਦੇ ਹੋ"। ਤਿੰਨ ਵਾਰ ਮੇਰਾ ਨੈਸ਼ਨਲ ਇੰਸ਼ੋਰੈਂਸ ਨੰਬਰ
([[NI_NUMBER:QQ 48 21 93 B]]) ਮੰਗਿਆ ਅਤੇ ਤਿੰਨੇ ਵਾਰ ਫ਼ਾਈਲ ਗੁਆ ਦਿੱਤੀ। ਹਾਲੇ ਤੱਕ ਕੁਝ ਠੀਕ ਨਹੀਂ
ਹੋਇਆ। ਗੁਰਦੁਆਰਾ ਸਾਹਿਬ ਦੇ ਐਡਵਾਈਸ ਡੈਸਕ ਵਾਲਿਆਂ ਨੇ ਹੁਣ ਓਮਬਡਸਮੈਨ ਲਈ ਚਿੱਠੀ ਲਿਖਣ ਵਿੱਚ ਮਦਦ ਕੀਤੀ
ਹੈ।

ਜਿਸ ਕਿਸੇ ਦਾ ਵੀ ਇਹੀ ਹਾਲ ਹੈ, ਮੈਨੂੰ ਫ਼ੋਨ ਕਰੋ [[PHONE:0121 496 0362]], ਜਾਂ ਮੇਰੀ ਘਰਵਾਲੀ
[[PERSON:ਜੋਤ]] ਨੂੰ ਇੰਸਟਾ ਤੇ ਮੈਸੇਜ ਕਰੋ [[OTHER_ID:@jot.dhillon]]। ਇਕੱਠੇ ਹੋਵਾਂਗੇ ਤਾਂ ਸੁਣਨਗੇ।

💬 [[PERSON:ਪਰਮਜੀਤ ਕੌਰ]]: ਵੀਰ ਜੀ ਸਾਡਾ ਵੀ ਇਹੀ ਹਾਲ ਹੈ, [[ADDRESS:ਨੰਬਰ 51]] ਵਿੱਚ। ਰਸੋਈ ਦੀ ਕੰਧ
ਕਾਲੀ ਹੋ ਗਈ।

💬 [[PERSON:Sarah Whitehouse]]: Hi [[PERSON:Gurmeet]], same at [[ADDRESS:no. 47]]. We're setting
up a residents' group, email [[EMAIL:raglanresidents@example.org]] and I'll add you.

💬 [[PERSON:ਗੁਰਮੀਤ ਸਿੰਘ ਢਿੱਲੋਂ]]: ਧੰਨਵਾਦ [[PERSON:ਪੰਮੀ]] ਭੈਣ ਜੀ ਤੇ [[PERSON:Sarah]]! ਅਗਲੇ
ਹਫ਼ਤੇ ਸਾਰੇ ਮਿਲ ਕੇ ਚਿੱਠੀ ਭੇਜਾਂਗੇ।
"""),
    ),
    (
        "fv2bx-pa-04",
        "pa",
        _s("""
ਸੂਚਨਾ — ਘਰ ਬਦਲਣਾ ਹੈ (ਗੁਰਦੁਆਰੇ ਦੇ ਨੋਟਿਸ ਬੋਰਡ ਲਈ, ਕਿਰਪਾ ਕਰਕੇ ਨਾ ਉਤਾਰੋ)

ਸਾਡੇ ਕੋਲ: 2 ਬੈੱਡ ਦਾ ਘਰ, ਬੈੱਡਰੂਮ ਪੌੜੀਆਂ ਉੱਪਰ, [[ADDRESS:19 Loughborough Road]],
[[POSTCODE:LE4 5LJ]]। ਮਾਲਕ [[ORGANISATION:Belgrave Soar Housing]]। ਪਿੱਛੇ ਛੋਟਾ ਬਾਗ਼, ਨਵਾਂ
ਬੌਇਲਰ, ਕਿਰਾਇਆ £112 ਹਫ਼ਤਾ।

ਚਾਹੀਦਾ: ਜ਼ਮੀਨੀ ਮੰਜ਼ਿਲ ਦਾ ਫਲੈਟ ਜਾਂ ਬੰਗਲਾ, ਬੈਲਗ੍ਰੇਵ ਜਾਂ ਰਸ਼ੀ ਮੀਡ ਵਿੱਚ।

ਕਿਉਂ: ਮੈਂ [[AGE:77 ਸਾਲ]] ਦਾ ਹਾਂ ਅਤੇ ਮੇਰੀ ਘਰਵਾਲੀ [[PERSON:ਦਲਜੀਤ ਕੌਰ]] ਨੂੰ [[HEALTH:ਗਠੀਆ]]
ਹੈ, ਉਹਨਾਂ ਤੋਂ ਪੌੜੀਆਂ ਨਹੀਂ ਚੜ੍ਹੀਆਂ ਜਾਂਦੀਆਂ। ਅਸੀਂ ਸ਼ਿਕਾਇਤ ਕੀਤੀ ਸੀ ਕਿ ਗੁਸਲਖਾਨਾ ਹੇਠਾਂ ਬਣਾ
ਦਿਓ (ਨੰਬਰ [[REFERENCE:BSH-OT-40112]])। ਉਹਨਾਂ ਨੇ ਦੂਜੀ ਰੇਲਿੰਗ ਲਾ ਦਿੱਤੀ, ਦੇਰੀ ਲਈ ਮਾਫ਼ੀ ਮੰਗੀ
ਅਤੇ £200 ਦਿੱਤੇ, ਪਰ ਕਹਿੰਦੇ ਨੇ ਘਰ ਛੋਟਾ ਹੈ, ਹੇਠਾਂ ਗੁਸਲਖਾਨਾ ਨਹੀਂ ਬਣ ਸਕਦਾ, ਬਦਲੀ ਕਰ ਲਓ। ਇਸ
ਲਈ ਆਪ ਹੀ ਲੱਭ ਰਹੇ ਹਾਂ।

ਸੰਪਰਕ: ਸ. [[PERSON:ਮੋਹਨ ਸਿੰਘ ਗਿੱਲ]], ਘਰ ਦਾ ਫ਼ੋਨ [[PHONE:0116 496 0271]], ਜਾਂ ਪੋਤਰਾ
[[PERSON:ਅਮਨ]] [[PHONE:07700 900 284]] (ਅੰਗਰੇਜ਼ੀ ਲਈ)। ਐਤਵਾਰ ਨੂੰ ਅਸੀਂ
[[ADDRESS:ਗੁਰਦੁਆਰਾ ਗੁਰੂ ਤੇਗ ਬਹਾਦਰ]] ਵਿਖੇ ਲੰਗਰ ਦੀ ਸੇਵਾ ਕਰਦੇ ਹਾਂ, ਓਥੇ ਵੀ ਮਿਲ ਸਕਦੇ ਹੋ।

In English: 2 bed house, swap for ground floor flat or bungalow. Ask for
[[PERSON:Mohan Singh Gill]] or his grandson [[PERSON:Aman]], [[PHONE:07700 900284]].
"""),
    ),
    (
        "fv2bx-pa-05",
        "pa",
        _s("""
🔥 [[PERSON:ਮਨਦੀਪ]] ਅਤੇ [[PERSON:ਰਾਜੀ]] ਦੇ ਘਰ ਅੱਗ ਲੱਗੀ — ਮਦਦ ਦੀ ਅਪੀਲ। ਲਿਖਿਆ:
[[PERSON:ਕਿਰਨਦੀਪ ਸੰਧੂ]] (ਸਹੇਲੀ) · [[OTHER_ID:gofundme.com/f/mandeep-raji-fire-gravesend]]

[[PERSON:ਮਨਦੀਪ ਸਿੰਘ]], ਉਸਦੀ ਪਤਨੀ [[PERSON:ਰਾਜਵਿੰਦਰ]] (ਸਾਡੀ [[PERSON:ਰਾਜੀ]]) ਅਤੇ ਪੁੱਤਰ
[[PERSON:ਫ਼ਤਿਹ]] ([[AGE:2 ਸਾਲ]]) [[ADDRESS:ਫਲੈਟ 8, Wrotham Court]], [[POSTCODE:DA11 0PB]] ਵਿੱਚ
[[ORGANISATION:Gravesham Borough Council]] ਦੇ ਕਿਰਾਏਦਾਰ ਹਨ। ਉਹ ਇੱਕ ਸਾਲ ਤੋਂ ਦੱਸ ਰਹੇ ਸਨ ਕਿ
ਰਸੋਈ ਦੇ ਸਾਕਟ ਵਿੱਚੋਂ ਚੰਗਿਆੜੇ ਨਿਕਲਦੇ ਹਨ (ਰਿਪੇਅਰ ਨੰਬਰ [[REFERENCE:GBC-R-288413]] ਅਤੇ
[[REFERENCE:GBC-R-291067]])। 20 ਫ਼ਰਵਰੀ ਦੀ ਰਾਤ ਰਸੋਈ ਸੜ ਗਈ। ਰੱਬ ਦਾ ਸ਼ੁਕਰ ਹੈ ਸਾਰੇ ਬਚ ਗਏ।
[[PERSON:ਰਾਜੀ]] ਇੱਥੇ [[OTHER_SPECIAL:ਸਪਾਊਸ ਵੀਜ਼ੇ]] ਤੇ ਹੈ, ਇਸ ਲਈ ਉਸਨੂੰ ਕੋਈ ਸਰਕਾਰੀ ਮਦਦ ਨਹੀਂ ਮਿਲ
ਸਕਦੀ, ਅਤੇ [[PERSON:ਮਨਦੀਪ]] ਦੀ ਤਨਖ਼ਾਹ ਨਾਲ ਸਭ ਕੁਝ ਦੁਬਾਰਾ ਖ਼ਰੀਦਣਾ ਔਖਾ ਹੈ।

ਸਿੱਧਾ ਭੇਜਣਾ ਹੋਵੇ ਤਾਂ: ਸੌਰਟ ਕੋਡ [[OTHER_ID:30-96-14]], ਖਾਤਾ [[OTHER_ID:62871940]]।

ਅਪਡੇਟ 1: ਧੰਨਵਾਦ [[PERSON:ਹਰਜੀਤ]] ਅਤੇ [[PERSON:ਸਿਮਰ]] ਦਾ, [[ORGANISATION:Sandhu Electricals]]
ਦਾ ਜਿਨ੍ਹਾਂ ਨੇ ਮੁਫ਼ਤ ਵਾਇਰਿੰਗ ਚੈੱਕ ਕੀਤੀ, ਅਤੇ [[ADDRESS:ਗੁਰੂ ਨਾਨਕ ਦਰਬਾਰ ਗੁਰਦੁਆਰਾ]] ਦੀ ਸੰਗਤ
ਦਾ।

ਅਪਡੇਟ 2: ਸ਼ਿਕਾਇਤ (ਨੰਬਰ [[REFERENCE:GBC-COMP-41870]]) ਅੰਸ਼ਕ ਤੌਰ ਤੇ ਮੰਨੀ ਗਈ: ਨਵੀਂ ਰਸੋਈ ਅਤੇ
ਪੂਰੀ ਵਾਇਰਿੰਗ ਕੌਂਸਲ ਕਰੇਗੀ, ਪਰ ਸਮਾਨ ਦਾ ਮੁਆਵਜ਼ਾ ਸਿਰਫ਼ £300। ਅਸੀਂ ਓਮਬਡਸਮੈਨ ਕੋਲ ਜਾ ਰਹੇ ਹਾਂ।

ਅਪਡੇਟ 3: ਪਰਿਵਾਰ ਘਰ ਵਾਪਸ ਆ ਗਿਆ! [[PERSON:ਫ਼ਤਿਹ]] ਨੂੰ ਨਵੀਂ ਰਸੋਈ ਦਾ ਹਰਾ ਦਰਵਾਜ਼ਾ ਬਹੁਤ
ਪਸੰਦ ਹੈ। ਸੰਪਰਕ: [[EMAIL:kirandeep.sandhu@example.com]]। ਵਾਹਿਗੁਰੂ ਜੀ ਕਾ ਖ਼ਾਲਸਾ, ਵਾਹਿਗੁਰੂ ਜੀ
ਕੀ ਫ਼ਤਿਹ।
"""),
    ),
    (
        "fv2bx-ur-01",
        "ur",
        _s("""
🔁 گھر کا تبادلہ (میوچل ایکسچینج): بریڈفورڈ کا ۲ بیڈ فلیٹ، بدلے میں کیتھلی میں ۳ بیڈ، امی کے
قریب۔ السلام علیکم، میں [[PERSON:ثمینہ]] ہوں۔ میں اپنے شوہر [[PERSON:عمران]] اور دو بچوں کے
ساتھ [[ORGANISATION:Bradford Moor Homes]] کے فلیٹ میں رہتی ہوں۔

ہمارے پاس: ۲ بیڈروم، تیسری منزل، [[ADDRESS:Thornbury Court]]، [[POSTCODE:BD3 8HQ]]۔ لفٹ ہے،
بیٹھک ۴ × ۳٫۵ میٹر، نیا کچن، بالکونی۔ کرایہ £۱۲۴ ہفتہ۔ پانچ منٹ پر
[[ADDRESS:Whetley Fold Primary]] ہے جہاں میری بیٹی [[PERSON:خوشی]] ([[AGE:۷ سال]]) پڑھتی ہے،
اور [[ADDRESS:مسجد نور الاسلام]] گلی کے کونے پر ہے۔

کیوں: میری امی [[PERSON:نسیم اختر]] کو [[HEALTH:گردوں کی بیماری]] ہے اور وہ کیتھلی میں اکیلی
رہتی ہیں۔ ہفتے میں تین بار ڈائیلاسز کے لیے انہیں میں ہی لے جاتی ہوں۔

شکایت کی بات (سچ سچ): ۲۰۲۳ میں بچوں کے کمرے میں کالی پھپھوندی تھی اور بیٹے [[PERSON:بلال]] کو
[[HEALTH:دمہ]] ہو گیا۔ شکایت نمبر [[REFERENCE:BMH-CMP-20931]]۔ چھ مہینے کچھ نہیں ہوا، پھر
ہاؤسنگ اومبڈسمین کے پاس گئے تو نئی کھڑکیاں لگیں، وینٹیلیشن ٹھیک ہوئی اور £۶۰۰ معاوضہ ملا۔ اب
گھر بالکل خشک ہے۔

چاہیے: ۳ بیڈ کا گھر، کیتھلی یا سلسڈن میں، گراؤنڈ یا پہلی منزل، کونسل یا ہاؤسنگ ایسوسی ایشن۔ کسی
فیملی کو ہمارا فلیٹ پسند آئے تو بڑی خوشی ہوگی۔

رابطہ: واٹس ایپ [[PHONE:07700 900 593]]، ای میل [[EMAIL:sameena.swap@example.com]]، یا
[[PERSON:عمران]] صاحب کو کال کریں [[PHONE:۰۷۷۰۰ ۹۰۰ ۵۹۴]]۔ HomeSwapper نمبر
[[REFERENCE:HS-5620385]]۔ فیس بک: [[OTHER_ID:facebook.com/sameena.imran.bd3]]
"""),
    ),
    (
        "fv2bx-ur-02",
        "ur",
        _s("""
🙏 [[PERSON:قریشی]] فیملی کی مدد کریں — بیڈروم کی چھت گر گئی۔ منتظم: [[PERSON:صائمہ قریشی]] ·
[[OTHER_ID:gofundme.com/f/qureshi-family-sparkhill]] · £۱،۴۸۰ جمع، ہدف £۳،۰۰۰

ہم [[ADDRESS:64 Stoney Lane]]، [[POSTCODE:B11 2NQ]] میں [[ORGANISATION:Springfield Heart Housing]]
کے گھر میں رہتے ہیں۔ اکتوبر سے ہم بتا رہے تھے کہ بیڈروم کی چھت پر پانی کے دھبے ہیں اور پلستر
پھول رہا ہے (مرمت نمبر [[REFERENCE:SHH-448713]])۔ ہماری بیٹی [[PERSON:عائشہ]]
[[DATE_OF_BIRTH:۱۴ دسمبر ۲۰۲۴]] کو پیدا ہوئی، اور صرف تین ہفتے بعد پلستر کا بڑا ٹکڑا اس کے
جھولے میں آ گرا۔ اللہ کا شکر ہے وہ اس وقت میری گود میں تھی۔ میرے شوہر [[PERSON:رضوان]] کو
[[HEALTH:مرگی]] ہے اور اس واقعے کے بعد انہیں دو دورے پڑے۔ بڑا بیٹا [[PERSON:حمزہ]]، جسے سب
[[PERSON:گڈو]] کہتے ہیں ([[AGE:۹ سال]])، اب اپنے کمرے میں سونے سے ڈرتا ہے۔

اپڈیٹ ۱: بہت شکریہ باجی [[PERSON:شازیہ]]، چاچا [[PERSON:رشید]]، [[PERSON:نعیم]] بھائی، اور
[[ADDRESS:جامع مسجد غوثیہ]] کے نمازیوں کا جنہوں نے جمعہ کے بعد چندہ کیا۔

اپڈیٹ ۲: ہماری شکایت (نمبر [[REFERENCE:SHH-C-5502]]) پہلے ہی مرحلے میں مان لی گئی۔ ہوٹل کا
خرچہ [[ORGANISATION:Springfield Heart]] دے گی، اور تحریری معافی بھی آ گئی۔

اپڈیٹ ۳: گھر واپس! نئی چھت، نیا پلستر، اور £۱،۲۰۰ معاوضہ۔ [[PERSON:گڈو]] نے مستری
[[PERSON:پیٹ]] کو اپنی بنائی ہوئی تصویر دی۔ بقایا رقم [[PERSON:حمزہ]] کے سکول
[[ADDRESS:Greet Park Primary]] کے ناشتے کے کلب کو دیں گے۔ رابطہ:
[[EMAIL:saima.qureshi@example.org]]
"""),
    ),
    (
        "fv2bx-ur-03",
        "ur",
        _s("""
روچڈیل کمیونٹی گروپ میں پوسٹ — [[PERSON:طارق محمود]]:

[[ADDRESS:Ashfield Tower]] ([[POSTCODE:OL11 1HF]]) والے سب لوگ یہ پڑھیں! میں
[[ADDRESS:فلیٹ ۷۳]] میں گیارہویں منزل پر رہتا ہوں۔ دس مہینے سے کھڑکیاں بند نہیں ہوتیں، بارش کا پانی
اندر آتا ہے اور دیواریں کالی ہو گئی ہیں۔ بیٹی [[PERSON:ماہ نور]] ([[AGE:۵ سال]]) کو بار بار
سینے کا انفیکشن ہوتا ہے، اور بیوی [[PERSON:نادیہ]] کا [[HEALTH:ڈپریشن]] اس گھر کی وجہ سے اور
بڑھ گیا ہے۔

[[ORGANISATION:Roch Valley Homes]] کو شکایت کی (نمبر [[REFERENCE:RVH-ST1-60318]])، پھر دوسرا
مرحلہ (نمبر [[REFERENCE:RVH-ST2-60318]])۔ جواب: "آپ گھر میں کپڑے سکھاتے ہیں"۔ کوئی مرمت نہیں، کوئی
معاوضہ نہیں۔ اب کیس اومبڈسمین کے پاس ہے (نمبر [[REFERENCE:202416655]])، لیکن ابھی تک کچھ حل نہیں
ہوا۔

اگر کسی کا بھی یہی مسئلہ ہے تو [[PHONE:0161 496 0451]] پر کال کریں، یا نیچے
[[ADDRESS:مدینہ سپر سٹور]] سے میرا نمبر لے لیں۔ جتنے زیادہ لوگ لکھیں گے اتنی جلدی سنیں گے۔

💬 [[PERSON:پپو]] بھائی: [[PERSON:طارق]] بھائی ہمارے [[ADDRESS:فلیٹ ۴۱]] میں بھی یہی حال ہے،
بچوں کا کمرہ بند کر دیا ہے۔

💬 [[PERSON:Kelly Shaw]]: [[PERSON:Tariq]] tag [[OTHER_ID:@RochValleyHomes]] and the local paper,
that's what got our boiler done at [[ADDRESS:Ashfield Tower]] last year.

💬 [[PERSON:طارق محمود]]: شکریہ [[PERSON:پپو]] بھائی اور [[PERSON:Kelly]]۔ جمعہ کی رات سب
مل کر ایک خط بھیجتے ہیں۔
"""),
    ),
    (
        "fv2bx-ur-04",
        "ur",
        _s("""
اطلاع — گھر کا تبادلہ چاہیے (دکان کی کھڑکی کے لیے)

میرے پاس: ۳ بیڈ کا گھر، [[ADDRESS:Dickenson Road]] پر، [[ADDRESS:لاہور سویٹس]] کے بالکل پیچھے،
[[POSTCODE:m13 0wg]]۔ مالک [[ORGANISATION:Longsight Vale Housing]]۔ بڑا باغ، گیراج، کرایہ £۱۴۱
ہفتہ۔

چاہیے: ۱ یا ۲ بیڈ کا گراؤنڈ فلور فلیٹ، لانگسائٹ یا لیونزہولم میں۔

کیوں: پچھلے سال میرے شوہر کا انتقال ہو گیا۔ میں [[AGE:۶۹ سال]] کی ہوں اور مجھے [[HEALTH:گٹھیا]]
ہے، اتنا بڑا گھر سنبھالنا اب مشکل ہے۔ سردیوں میں بوائلر تین ہفتے خراب رہا، شکایت کی (نمبر
[[REFERENCE:LVH-09127]]) تو نیا بوائلر لگا دیا، معافی مانگی اور £۱۵۰ دیے۔ انہوں نے ہی کہا کہ
چھوٹے گھر میں جانا ہو تو تبادلہ کر لیں، اس لیے یہ پرچہ لگایا ہے۔

رابطہ: مسز [[PERSON:رضیہ بیگم]]، فون [[PHONE:0161 496 0827]]۔ اردو یا پنجابی میں بات کریں۔
انگریزی کے لیے بیٹی [[PERSON:فرح]] سے بات کریں: [[PHONE:07700 900 815]]،
[[EMAIL:farah.r@example.com]]۔ ہر جمعرات عصر کے بعد میں [[ADDRESS:مسجد الامین]] میں درس میں
ہوتی ہوں۔

In English: 3 bed house, swap for 1-2 bed ground floor flat. Call Mrs [[PERSON:Razia Begum]] on
[[PHONE:0161 496 0827]] or her daughter [[PERSON:Farah]] on [[PHONE:07700 900815]].
"""),
    ),
    (
        "fv2bx-ur-05",
        "ur",
        _s("""
🙏 [[PERSON:یاسر]] بھائی کے لیے اپیل — گندے پانی کا سیلاب۔ لکھنے والی: [[PERSON:عنبرین اسلم]]
(بہن) · [[OTHER_ID:gofundme.com/f/help-yasir-slough]]

میرے بھائی [[PERSON:یاسر اسلم]] ([[AGE:۳۴ سال]]) کو [[HEALTH:ریڑھ کی ہڈی کی چوٹ]] ہے۔ وہ اپنی
بیوی [[PERSON:روبینہ]] اور بیٹے [[PERSON:دانیال]] ([[AGE:۱۱ سال]]) کے ساتھ
[[ADDRESS:Flat 3, Cippenham Lodge]]، [[POSTCODE:SL1 5AZ]] میں رہتے ہیں، مالک
[[ORGANISATION:Thames Meadow Housing]]۔ اکتوبر سے ہم بتا رہے تھے کہ باہر کا نالہ بند ہے (مرمت
نمبر [[REFERENCE:TMH-RJ-77120]])۔ مارچ میں گندا پانی پورے فلیٹ میں آ گیا اور نیچے کار پارک میں
کھڑی ان کی موٹیبلٹی گاڑی [[OTHER_ID:BD21 XKM]] بھی ڈوب گئی۔ فون پر ایک ملازم نے کہا: "آپ
[[OTHER_SPECIAL:پاکستانی]] لوگ ہر بات پر شکایت کرتے ہیں"۔

براہ راست مدد کے لیے: سورٹ کوڈ [[OTHER_ID:77-41-09]]، اکاؤنٹ [[OTHER_ID:18260953]]، نام
[[PERSON:R Aslam]]۔

اپڈیٹ ۱: شکریہ [[PERSON:جاوید]] انکل، [[PERSON:ثنا]] باجی، [[ADDRESS:سلاؤ اسلامک سینٹر]] کے
سب بھائیوں کا، اور [[PERSON:دانیال]] کے سکول [[ADDRESS:Cippenham Vale Primary]] کا جنہوں نے
یونیفارم دیا۔

اپڈیٹ ۲: شکایت (نمبر [[REFERENCE:TMH-C-3318]]) مان لی گئی، اس ملازم کے جملے کی بھی تحریری معافی
آئی۔ ہوٹل کا خرچہ [[ORGANISATION:Thames Meadow]] دے رہی ہے۔

اپڈیٹ ۳: نالہ نیا ڈالا گیا، فلیٹ صاف ہو گیا، نیا فرش اور £۱،۵۰۰ معاوضہ۔ گاڑی
[[ORGANISATION:Farnham Road Motors]] والوں نے آدھی قیمت پر ٹھیک کر دی۔ [[PERSON:یاسر]] بھائی
کہتے ہیں: "سب کا دل سے شکریہ"۔ رابطہ: [[EMAIL:ambreen.aslam@example.org]]
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
