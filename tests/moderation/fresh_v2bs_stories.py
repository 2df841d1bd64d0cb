"""Fresh version-2 PII test stories, batch bs.

Pieces from community writing workshops on housing: free and rhyming verse, songs and Punjabi boliyan,
monologues, verse letters to the next tenant or the landlord, and short stories "based on true events"
by teenagers, mothers' groups, elders and tenants' groups, with " / " for line breaks. Names, streets,
blocks, flat numbers, children's ages, caseworkers, refrain-like complaint numbers (also in words),
phones in native digits or words, a mosque, church, parish, gurdwara, schools, surgeries, a pub that
locates the home, credit lines, plates, @handles, an NHS number, a share code and bank details appear.
Word-names (Hope, Grace, Patience, Precious, Joy, Will, Bill, Mróz, Speranța, Doina, أمل, فرح, صابر,
امید, خوشی, عمر, আশা, খুশি, জয়, ਖ਼ੁਸ਼ੀ, ਪ੍ਰੀਤ, ਫ਼ਤਿਹ) are marked only where they name someone. Flat and
block are separate ADDRESS spans; a street alone naming the home is ADDRESS; titles and honorifics
(Mr, pani, doamna, السيدة, للا, حاجی, bhai, আপা, ਜੀ), Arabic clitics and hyphenated Bengali endings stay
outside, inflected words inside; a toy mouse named after the officer is PERSON. Bus routes, police 101,
towns, regions, offices, money, counts, event dates and "eighty-odd" stay unmarked.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 7 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 74.3% of 35, recall 97.4%, precision 77.1%, on the committed
detector 3f061ca (after round 61); leak-free by language ar 5, bn 4, en 2, pa 4, pl 4, ro 5, ur 2 of 5.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2bs-en-01",
        "en",
        _s("""
[[PERSON:Hope]] at [[ADDRESS:Number Nine]] (free verse, Thursday group) /
[[PERSON:Hope]] at [[ADDRESS:number 9]] had none left by November. /
Ask anyone on [[ADDRESS:Tamworth Close]]. /
[[PERSON:Hope Adeyemi]]: three kids, a husband on nights, /
and a back bedroom wall that wept /
as if it had heard the news before we did. /
[[PERSON:Tobi]] was [[AGE:4]] and coughing like an old man. /
The doctor wrote [[HEALTH:asthma]] on a green slip, /
we wrote to [[ORGANISATION:Greywell Homes]], /
and [[ORGANISATION:Greywell Homes]] wrote back: /
condensation, open a window. /
We opened every window. The mould opened its own. /
[[PERSON:Grace]] at [[ADDRESS:number 11]] lent us her dehumidifier /
and her patience, which was longer than ours. /
Patience is a virtue, says my mum, /
and [[PERSON:Patience]] is my mum, so she would know. /
Complaint [[REFERENCE:GW-44817]]. Complaint [[REFERENCE:GW-44817]]. /
I said it in my sleep. I said it to the cat. /
I said it to the man at the housing office in town /
who said "bear with me" eleven times. /
Then a surveyor called [[PERSON:Declan]] climbed the ladder /
with a damp meter and a face that said sorry /
before his mouth did. /
It was the gutter, blocked since 2019, /
pouring into the cavity. Not our breathing, /
not our cooking, not our drying. Not us. /
In March they stripped the wall to the brick: /
new gutter, new vent, new plaster, /
a letter that used the word "failed" about themselves, /
eleven hundred pounds, and a hamper /
handed over with more grace than we expected. /
Now [[PERSON:Tobi]] sleeps through. /
Now hope is just a word again /
and [[PERSON:Hope]] is just my auntie /
hanging washing in a dry room, /
telling the new damp team, when they ring to check, /
that the lesson is simple: /
believe us the first time. /
— [[PERSON:Femi]], [[AGE:15]], [[ADDRESS:Tamworth Close]], for his auntie
"""),
    ),
    (
        "fv2bs-en-02",
        "en",
        _s("""
[[ADDRESS:Fourteen B]] (a song; tune: anything with three chords) /
Verse one: /
Seventh floor of [[ADDRESS:Marlowe House]], [[ADDRESS:flat 14B]], /
the lift's been dead since Easter and the stairs are killing me. /
I've a buggy and a toddler and the shopping from the Spar, /
and the 38 goes by below like it's laughing where we are. /
Chorus: /
Ref [[REFERENCE:LH-2291-07]], I know it like my name, /
I ring [[PHONE:0161 496 0732]] and the answer's still the same: /
"An engineer is booked, love," but the engineer never came. /
Ref [[REFERENCE:LH-2291-07]], I know it like my name. /
Verse two: /
My [[PERSON:Ruby]]'s only [[AGE:two]] and my [[PERSON:Jack]]'s nearly [[AGE:nine]], /
me nan's down at [[ADDRESS:3 Oldfield Row]], she's eighty-odd and fine, /
she said "[[PERSON:Kayleigh]], write it down, girl, and send it to them all," /
so I wrote to Councillor [[PERSON:Brennan]] and I wrote to City Hall. /
(Chorus) /
Verse three: /
Then a fella called [[PERSON:Marcus]] from [[ORGANISATION:Lindale Housing]] came, /
walked up seven flights himself and he was puffing like a train, /
he said "this isn't good enough," and he wrote it on his pad, /
and I nearly didn't cry, but I'll admit I nearly had. /
Verse four: /
They moved us to the ground floor while they fitted a new drive, /
a new motor and an alarm line, and the lift came back alive, /
and now it's five working days, it's written in the book, /
with a tenant on the lift panel, and that's me, so have a look. /
Last chorus: /
Ref [[REFERENCE:LH-2291-07]], you can close it now, it's done, /
but I still hum [[PHONE:oh one six one, four nine six, oh seven three two]] pushing [[PERSON:Ruby]] in the sun, /
so if your lift is broken, don't be quiet, be a pain: /
write the number down and sing it till they know you by your name. /
— [[PERSON:Kayleigh Doyle]], [[ADDRESS:Marlowe House]], written at [[ADDRESS:Birchfield Lane Community Centre]]
"""),
    ),
    (
        "fv2bs-en-03",
        "en",
        _s("""
The Nature of Your Call (a monologue, performed by the writer) /
Sit down. You want the boiler story. Everybody want the boiler story. /
[[PERSON:Lennox Vernon Campbell]]. [[ADDRESS:22 Sefton Grove]], the one with the red gate. /
Came over a [[OTHER_SPECIAL:Jamaican]] boy in sixty-one, drove the buses thirty-four years, /
and this January the boiler stop. Just so. Stop. /
So I ring. And the young lady say: tenancy number? /
[[REFERENCE:40017752]]. /
National Insurance? /
[[NI_NUMBER:YB 81 44 07 C]]. /
Date of birth? /
[[DATE_OF_BIRTH:Ninth of June, nineteen forty-six]]. /
And what is the nature of your call, Mr [[PERSON:Campbell]]? /
The nature of my call is cold, darling. /
Next day I ring. Tenancy number. National Insurance. Date of birth. /
Like a hymn. Like I'm in the box confessing. /
Day five I'm saying it in the dark with my coat on in the bed: /
[[REFERENCE:four double-oh one double-seven five two]], [[DATE_OF_BIRTH:oh nine, oh six, forty-six]]. /
I am [[AGE:seventy-eight]]. I have [[HEALTH:COPD]]. /
Cold air go in my chest like a lodger who don't pay rent. /
My granddaughter [[PERSON:Shanice]] find out on day nine. Day nine! /
She vex. She ring them from her work, give them her mobile, [[PHONE:07700 900418]], /
she write the email from [[EMAIL:shanice.campbell@example.com]], /
capital letters where capital letters belong. /
That night a lady called [[PERSON:Bernadette]] from [[ORGANISATION:Eastfield Homes]] ring me. /
First one who didn't ask me the three numbers. /
She ask me: Mr [[PERSON:Campbell]], are you warm? /
Two heaters at my door inside two hours. /
[[ORGANISATION:Corran Heating]] fit the new boiler the Thursday. /
And now they write it on the system: /
older man, bad chest, heating off is an emergency, twenty-four hours. /
They say they learn. We will see. /
But I tell you what I learn: /
don't wait nine days to tell your granddaughter. /
And when they ask the nature of your call, /
tell them the truth. Tell them it's cold.
"""),
    ),
    (
        "fv2bs-en-04",
        "en",
        _s("""
To Whoever Gets the Keys (a letter in verse) /
Dear next tenant of [[ADDRESS:Flat 3]], [[ADDRESS:Alder Court]], [[POSTCODE:bd7 2qn]], /
the kitchen tap drips in B flat. You'll get used to it. /
The bells of [[ADDRESS:St Columba's]] will wake you at ten on Sundays; /
I sang there twenty years, so forgive them. /
The 610 goes by at twenty past the hour, /
and for one whole winter, so did the music from upstairs: /
two o'clock, three o'clock, bass through the light fitting, /
a man I won't name because he isn't the point. /
I kept a diary on my phone and on [[OTHER_ID:@alderct_nosleep]], /
forty-one nights of precious little sleep. /
Then [[PERSON:Precious]] came. /
[[PERSON:Precious Mensah]], neighbourhood officer, [[ORGANISATION:Kirkbeck Housing]], /
who read all forty-one and did not say "have you tried talking to him". /
ASB case [[REFERENCE:ASB/0917]]: she wrote it on a card for me /
with her direct line, [[PHONE:0113 496 0573]], /
and when I rang it, she answered. Imagine. /
She brought a mediator. She brought a surveyor, /
who found the floor above had no underlay at all, /
bare boards over my bedroom like the skin of a drum. /
They laid the underlay in April. They put him on an agreement. /
He turned it down. He even said sorry on the stairs. /
So, new tenant, here is what I leave you: /
a quiet ceiling, a tap in B flat, /
the small joy of a Sunday lie-in till the bells, /
a card with a number that answers, /
and a rule they made because of us: /
every noise report gets a call back within five working days. /
Use it. Don't suffer politely the way I did. /
With love and earplugs, /
[[PERSON:Joy]] /
(yes, I know, there wasn't much of me that winter. /
There's plenty now.)
"""),
    ),
    (
        "fv2bs-en-05",
        "en",
        _s("""
The Room That Breathes Seven Times (a short story based on true events) /
At [[ADDRESS:41b Chalkwell Road]] there are two bedrooms and seven of us, /
so at night the flat breathes seven times at once. I counted. I am that kind of person. /
My brother [[PERSON:Ayaan]] is [[AGE:6]] and [[HEALTH:autistic]]. He sleeps best with the door shut and the lamp on, /
which is hard when the same room is where [[PERSON:Rima]] and I do homework /
and where Nanu prays. /
Abba drives a cab. Some nights he sleeps in it rather than wake us, /
parked outside the chicken shop, [[OTHER_ID:LK18 RWT]]; the warden knows the plate by heart. /
We have been on the housing register since I was in Year 4. /
Number [[REFERENCE:HR0098213]]. I knew it before I knew my seven times table. /
The man at the council was called [[PERSON:Will]]. /
He said he will look into it. /
He always will. /
I found his email, [[EMAIL:will.sanderson@example.org]], and wrote to it every Sunday, /
which is how I learned that will is a word that means later. /
It was [[PERSON:Ayaan]]'s teacher at [[ADDRESS:Greenleaf Primary]], Ms [[PERSON:Harcourt]], who wrote the letter that changed things, /
and our GP at [[ADDRESS:Marsh Lane Surgery]] wrote another, /
and an occupational therapist came with a tape measure /
and said, out loud, in front of Amma: "This is not safe for him." /
Then [[PERSON:Will]] rang back. Properly. /
Band A, medical priority. Six weeks later, a four-bed from [[ORGANISATION:Tidemark Housing]] by the canal, /
with a shed and a door that shuts on a room that is only [[PERSON:Ayaan]]'s. /
The council wrote afterwards to say sorry it had taken four years, /
and that now someone reviews every overcrowded family every six months /
instead of waiting for us to chase. /
I still count breaths sometimes. There are fewer in each room now. /
— [[PERSON:Sumaiya]], [[AGE:16]]
"""),
    ),
    (
        "fv2bs-pl-01",
        "pl",
        _s("""
Grzyb (wiersz z warsztatów w bibliotece) /
Na [[ADDRESS:Foxhall Street 23]] grzyb rośnie jak w lesie, /
czarny jak listopad, co nic dobrego nie niesie. /
Moja [[PERSON:Zuzia]] ma [[AGE:trzy latka]] i kaszle po nocach, /
a ja dzwonię na „repairs” i błagam o pomoc. /
[[PHONE:0115 496 0281]] — znam ten numer na pamięć, /
muzyczka, „your call is important”, i znowu to samo. /
Zgłoszenie [[REFERENCE:RB77120]], zgłoszenie [[REFERENCE:RB77120]], /
powtarzam jak różaniec, choć wiary mam coraz mniej. /
Pani doktor z [[ADDRESS:Ridgeway Medical Centre]] /
napisała czarno na białym: „[[HEALTH:astma]], wilgoć szkodzi dziecku”. /
Wysłałam to mailem z [[EMAIL:monika.wrobel@example.net]] /
i była cisza jak w kościele w poniedziałek rano. /
Aż w lutym przyszedł pan [[PERSON:Gareth]] z [[ORGANISATION:Trentside Homes]], /
obejrzał, zmierzył, pokręcił głową /
i powiedział po angielsku, ale zrozumiałam: /
„to nie wasza wina, to rynna”. /
Skuli ścianę do cegły, dali nowy wentylator, /
przeprosili na piśmie i oddali za zniszczone meble. /
Teraz [[PERSON:Zuzia]] śpi całą noc, a ja razem z nią, /
a w [[ORGANISATION:Trentside Homes]] mają nową zasadę: /
grzyb i małe dziecko — ktoś przychodzi w ciągu tygodnia. /
Szkoda tylko, że ktoś musiał napisać wiersz, /
żeby grzyb przestał być „stylem życia”. /
— [[PERSON:Monika]], mama [[PERSON:Zuzi]]
"""),
    ),
    (
        "fv2bs-pl-02",
        "pl",
        _s("""
Szron (monolog, czytany przez autora) /
Nazywam się [[PERSON:Mróz]]. [[PERSON:Henryk Mróz]]. /
I proszę sobie wyobrazić, że w grudniu w moim mieszkaniu też był mróz. /
Nie żartuję. Szron na szybie od środka, na [[ADDRESS:Coleridge Avenue 4]], na parterze. /
Piec stanął w sobotę. Dzwonię. Pani pyta: „tenancy number?” /
[[REFERENCE:COL-55102]]. /
„National Insurance?” /
[[NI_NUMBER:SP 62 19 73 B]] — literuję: es jak Sopot, pe jak Poznań. /
„Date of birth?” /
[[DATE_OF_BIRTH:14.03.1943]]. Czternasty marca, czterdziesty trzeci, proszę pani. /
Następnego dnia to samo. I następnego. Numer, numer, data. /
Jak litania, tylko nikt nie odpowiada „módl się za nami”. /
Mam [[AGE:81 lat]], [[HEALTH:rozrusznik serca]] i kota. /
Kot spał na mnie, ja spałem w płaszczu. /
W sobotę przyjechała wnuczka, [[PERSON:Agnieszka]] — u nas mówią na nią [[PERSON:Aga]] — z Leicester, /
zobaczyła szron i powiedziała słowo, którego tu nie powtórzę. /
Napisała skargę po angielsku, lepiej niż oni sami piszą, /
i dała swój numer, [[PHONE:07700 900726]], żeby dzwonili do niej, nie do dziadka. /
W poniedziałek przyjechał chłopak z [[ORGANISATION:Heatwise Services]], /
[[PERSON:Kuba]], też [[OTHER_SPECIAL:Polak]], z Gdańska, /
wymienił pompę, odpowietrzył grzejniki i powiedział: /
„Panie [[PERSON:Henryku]], teraz będzie tropik”. /
Było. /
A od [[ORGANISATION:Charnwood Living]] przyszedł list: przepraszamy, dwieście funtów, /
i że od teraz ludzie po osiemdziesiątce bez ogrzewania to sprawa na dwadzieścia cztery godziny. /
Wpisali mnie na listę „vulnerable”. /
Pierwszy raz w życiu cieszę się, że jestem na jakiejś liście. /
Nazywam się [[PERSON:Mróz]], ale w domu mam ciepło. /
Tego i państwu życzę.
"""),
    ),
    (
        "fv2bs-pl-03",
        "pl",
        _s("""
List do [[ORGANISATION:Meridian Estates]] (wiersz biały) /
Szanowni Państwo z [[ORGANISATION:Meridian Estates]], /
piszę do Was z [[ADDRESS:Kestrel Heights]], z [[ADDRESS:mieszkania 11B]], [[POSTCODE:ls9 7dn]], /
gdzie winda jeździ, kiedy ma ochotę, /
a sprzątanie klatki schodowej to legenda /
jak smok wawelski: każdy słyszał, nikt nie widział. /
W tym roku opłata serwisowa: tysiąc osiemset czterdzieści funtów. /
Za ogród, którego nie ma. /
Za ochronę, czyli kamerę bez prądu. /
Za okna myte „kwartalnie” — /
kwartał trwa u Was chyba trzy lata. /
Pisałam z [[EMAIL:e.kaczmarczyk@example.org]], pisałam i pisałam, /
sprawa [[REFERENCE:SC-2023-0448]], /
a odpowiadał automat, uprzejmy jak kelner, który nigdy nie przyniesie zupy. /
Wtedy pani [[PERSON:Halina]] z dołu, /
pan [[PERSON:Desmond]] z [[ADDRESS:mieszkania 4]] /
i [[PERSON:Fatima]] z trzeciego piętra /
usiedliśmy przy jednym stole w świetlicy /
i policzyliśmy wszystko, faktura po fakturze. /
Poszło do Ombudsmana. /
I wiecie co? Przyznaliście się. /
Pani [[PERSON:Rachel Osei]] z Waszego biura w Leeds zadzwoniła sama /
i powiedziała: „mieli Państwo rację, przepraszamy”. /
Zwrot przyszedł w marcu, trzysta osiemdziesiąt funtów, /
na moje konto z końcówką [[OTHER_ID:0412]] — /
piszę to tu specjalnie, żebyście pamiętali, dokąd oddaje się pieniądze. /
Teraz co roku dostajemy rozpiskę kosztów, /
linijka po linijce, zanim przyjdzie rachunek, /
i spotkanie z mieszkańcami raz na kwartał — /
prawdziwy kwartał, trzy miesiące. /
Z poważaniem, /
[[PERSON:Elżbieta Kaczmarczyk]], /
dla sąsiadów po prostu [[PERSON:Ela]]
"""),
    ),
    (
        "fv2bs-pl-04",
        "pl",
        _s("""
Piosenka o suficie (na melodię „Hej, sokoły”) /
Pierwsza zwrotka: /
Nad moją głową, na [[ADDRESS:Brampton Road 58]], /
o trzeciej w nocy ktoś tańczy jak na weselu, /
bas przez sufit, kubki drżą na półce, /
a mój [[PERSON:Wojtek]], [[AGE:pięć lat]], budzi się z krzykiem. /
Refren: /
Hej, hej, hej, ASB, /
sprawa numer [[REFERENCE:ASB 3318]], /
dzwonię do nich, dzwonię znów, /
[[PHONE:0121 496 0155]], nikt nie słyszy słów. /
Druga zwrotka: /
Moja [[PERSON:Kasia]] w szpitalu na nocnej zmianie, /
wraca rano, a tam impreza się kończy. /
Pisała do nich z [[EMAIL:kasia.lis@example.com]], /
odpisali: „we have noted your concerns”. /
(Refren) /
Trzecia zwrotka: /
Aż pani [[PERSON:Abigail]] z [[ORGANISATION:Hollybank Homes]] /
dała nam aplikację: nagrywajcie wszystko, /
i sama przyszła w piątek o pierwszej w nocy, /
stała w mojej kuchni i słuchała sufitu. /
Ostatni refren: /
Hej, hej, hej, już jest cicho, /
sąsiad dostał ostrzeżenie, potem drugie, /
na podłodze u niego dywan, na schodach „sorry”, /
[[PERSON:Wojtuś]] śpi, a ja śpiewam po cichu. /
Hej, hej, hej, nauczka prosta: /
nie czekaj pół roku, nagrywaj od razu, /
a landlord niech przychodzi w nocy, /
bo hałas w dzień to nie ten sam hałas. /
Teraz mają zasadę: hałas nocą — wizyta nocą, w ciągu tygodnia. /
— [[PERSON:Paweł Lis]] i [[PERSON:Kasia]], [[ADDRESS:Brampton Road]]
"""),
    ),
    (
        "fv2bs-pl-05",
        "pl",
        _s("""
Próg (opowiadanie oparte na prawdziwych wydarzeniach) /
Moja mama, [[PERSON:Grażyna Kowalczyk]], od dwunastu lat choruje na [[HEALTH:stwardnienie rozsiane]]. /
Od dwóch lat jeździ na wózku. /
Nasz dom na [[ADDRESS:Linden Crescent 19]] w Swindon ma jeden próg, /
ale dla wózka ten próg jest jak Giewont. /
Łazienka na górze, mama na dole. /
Przez rok myła się w misce w kuchni, za zasłonką z prześcieradła. /
Miałem wtedy [[AGE:14 lat]], siostra [[PERSON:Ola]] miała [[AGE:dziewięć]]. /
Po lekcjach w [[ADDRESS:St Anne's Academy]] biegłem do domu, żeby mama nie musiała prosić obcych. /
Wniosek o adaptację złożyliśmy w styczniu, numer [[REFERENCE:OT/2024/1187]]. /
Terapeutka zajęciowa, pani [[PERSON:Niamh]], przyszła w marcu, /
zmierzyła drzwi i powiedziała, że prysznic bez progu i podnośnik to oczywista sprawa. /
Potem nic. Pięć miesięcy. /
[[ORGANISATION:Aldbourne Housing]] mówiło, że czeka na budżet. /
Budżet czekał na komisję. Komisja czekała na lato. /
Mama czekała w misce. /
We wrześniu napisałem list — ja, [[AGE:czternastolatek]], z pomocą pani od angielskiego — /
do dyrektora, z numerem NHS mamy, [[OTHER_ID:485 777 3456]], bo tak kazali w formularzu, /
i ze zdjęciem miski. /
Dwa tygodnie później przyjechał pan [[PERSON:Oluwaseun]] z [[ORGANISATION:Accessible Living Ltd]]. /
W listopadzie mama wzięła pierwszy prysznic od roku. /
Płakała, a ja udawałem, że to para. /
[[ORGANISATION:Aldbourne Housing]] przeprosiło na piśmie, zapłaciło odszkodowanie /
i zmieniło zasady: adaptacja dla kogoś, kto nie może się umyć, jest teraz pilna, /
z terminem, a rodzina dostaje jedną osobę do kontaktu, z imienia i nazwiska. /
Próg zniknął. Giewont zniknął. /
[[PERSON:Olka]] mówi, że teraz mama pachnie jak mama. /
— [[PERSON:Tomek]], [[AGE:15]], rok później
"""),
    ),
    (
        "fv2bs-ro-01",
        "ro",
        _s("""
[[PERSON:Speranța]] de la [[ADDRESS:numărul 9]] (poezie) /
[[PERSON:Speranța]] de la [[ADDRESS:numărul 9]] nu mai avea speranță. /
Pe [[ADDRESS:Gorse Hill Road]] știa toată lumea: /
patru copii, doi în pat cu ea, /
doi pe o saltea lângă frigider. /
Două camere, șase suflete, /
un balcon pe care uscam rufe și visuri. /
[[PERSON:Ionuț]], cel mare, are [[AGE:16 ani]] /
și învăța la lumina telefonului, în baie, /
singura cameră cu ușă care se încuie. /
[[PERSON:Andreea]], adică eu, [[AGE:13 ani]], /
îmi făceam temele pe mașina de spălat. /
Doamna [[PERSON:Sharon]] de la council ne spunea la fiecare telefon: /
„sunteți pe listă, sunteți pe listă”. /
Numărul de pe listă era [[REFERENCE:HRN 204418]]; /
mama îl scrisese cu ruj pe oglindă, /
ca să nu-l uite, ca să nu uite nimeni că existăm. /
Apoi la [[ADDRESS:Biserica Sfântul Dumitru]] părintele [[PERSON:Vasile]] a zis: /
„Scrieți tot și semnați toți.” /
Am scris. A semnat și dirigintele lui [[PERSON:Ionuț]] de la [[ADDRESS:Whitmore High]], /
și doctorița, și vecinul [[PERSON:Kwame]], care ne auzea prin perete. /
S-a făcut evaluare. S-a scris „supraaglomerare gravă”. /
În iunie ne-am mutat într-o casă cu patru camere /
de la [[ORGANISATION:Pennine Crest Housing]], /
cu o grădină mică unde mama a pus leuștean. /
Council-ul a scris că îi pare rău /
și că acum verifică singur familiile mari în fiecare an, nu doar când sună ele. /
[[PERSON:Speranța]] de la [[ADDRESS:numărul 9]] are acum altă adresă /
și speranța veche, întoarsă acasă. /
— [[PERSON:Andreea]], [[AGE:13 ani]], pentru mama
"""),
    ),
    (
        "fv2bs-ro-02",
        "ro",
        _s("""
Găleata roșie (cântec, pe o melodie de petrecere) /
Strofa întâi: /
Stau în [[ADDRESS:Wren Court]], la etajul patru, [[ADDRESS:apartamentul 17]], /
și-n sufragerie plouă ca la munte, nu ca-n oraș. /
Am o găleată roșie, una albastră și una de la [[PERSON:Mihaela]], /
vecina de vizavi, care mi-a dat-o râzând. /
Refren: /
Picur, picur, referința [[REFERENCE:WC-30917]], /
sun la [[PHONE:020 7946 0388]] și-mi cântă „please hold”, /
picur, picur, vine vara, vine iarna, /
și tavanul meu se umflă ca o pâine în cuptor. /
Strofa a doua: /
Băiatul meu, [[PERSON:Darius]], are [[AGE:șapte ani]] și [[HEALTH:astm]], /
doarme cu mine de când i s-a umflat tavanul deasupra patului. /
Fata, [[PERSON:Bianca]], face poze pentru [[OTHER_ID:@tavanul_lui_darius]], /
și zece mii de oameni au văzut găleata roșie. /
(Refren) /
Strofa a treia: /
Într-o marți a sunat domnul [[PERSON:Callum Reid]] de la [[ORGANISATION:Thameside Living]]: /
„Am văzut pozele. Vin eu mâine.” /
Și a venit, cu un om de acoperișuri și cu un sac de scuze. /
Au schimbat tot acoperișul blocului, nu doar deasupra mea, /
au plătit covorul și canapeaua, /
și acum au o regulă: apă din tavan — cineva vine în 24 de ore. /
Refrenul de la urmă: /
Nu mai picur, nu mai picur, /
referința [[REFERENCE:WC-30917]] e închisă, /
găleata roșie e acum ghiveci cu mușcate /
pe balconul din [[ADDRESS:Wren Court]]. /
— [[PERSON:Loredana Munteanu]], mama lui [[PERSON:Darius]] și a [[PERSON:Biancăi]]
"""),
    ),
    (
        "fv2bs-ro-03",
        "ro",
        _s("""
Codul (monolog) /
Mi-au cerut codul. Înainte să-mi ceară numele, mi-au cerut codul. /
„Share code for your [[OTHER_SPECIAL:settled status]], please.” /
[[OTHER_ID:W7K 3RP 9QX]]. L-am citit la telefon rar, literă cu literă, ca la examen. /
Pe urmă numele: [[PERSON:Cristina Bălan]]. /
Pe urmă adresa: [[ADDRESS:7 Nettlefold Place]], [[POSTCODE:B10 0QH]]. /
Pe urmă data nașterii fetiței, [[DATE_OF_BIRTH:2 februarie 2024]], /
pentru că fetița e motivul. /
[[PERSON:Ilinca]] are [[AGE:opt luni]] și a avut deja două [[HEALTH:bronșiolite]]. /
În camera ei, colțul de lângă fereastră e negru ca o gură deschisă. /
Am dat cu clor, am dat cu oțet, am dat cu lacrimi. /
Am sunat la [[ORGANISATION:Fairhaven Homes]] în mai. Și în iunie. Și în august. /
Numărul reclamației: [[REFERENCE:FH0071934]]. /
L-am scris pe mână, l-am scris pe frigider, l-am scris pe inimă. /
Și de fiecare dată: codul, numele, adresa, data. /
Ca și cum mucegaiul ar avea nevoie de viză. /
În septembrie a venit [[PERSON:Priya]], de la echipa de reclamații. /
Ea n-a cerut niciun cod. A cerut să vadă camera. /
A stat în colțul negru cu palma pe perete și a zis: /
„I'm so sorry. This should never have happened.” /
În două săptămâni: perete tratat, ventilator nou, fereastră nouă. /
În scrisoarea de răspuns era un rând pe care l-am citit de zece ori: /
„Nu vom mai cere informații despre statutul de imigrare pentru reparații.” /
Asta a fost lecția lor. /
A mea a fost că pot să spun „nu” când cineva îmi cere un cod care n-are treabă cu peretele. /
Acum [[PERSON:Ilinca]] doarme în camera ei. Colțul e alb. /
Și singurul cod pe care îl mai țin minte /
e respirația ei, liniștită, la trei dimineața.
"""),
    ),
    (
        "fv2bs-ro-04",
        "ro",
        _s("""
Scrisoare către [[ORGANISATION:Greenholme Housing]] (vers liber) /
Stimați domni și doamne, /
v-am scris de nouă ori în proză. Acum încerc în versuri, /
poate poezia trece de centrala telefonică. /
Sunt [[PERSON:Gheorghe Ionescu]], de la [[ADDRESS:5 Ashdown Lane]], [[POSTCODE:ox4 6jw]], /
am [[AGE:76 de ani]], iar soția mea, [[PERSON:Doina]], are [[HEALTH:poliartrită reumatoidă]]. /
Din octombrie n-avem apă caldă. /
Fierb apa în oală, o car în baie, /
și [[PERSON:Doina]] mea, care nu mai poate strânge pumnul, /
își spală părul cântând o doină de acasă, /
ca să nu plângă. /
Reparația [[REFERENCE:GH-R-66120]]. /
Meșterul a venit de trei ori: /
o dată fără piesă, o dată fără cheie, /
o dată fără să sune la ușă. /
Duminica, la [[ADDRESS:Parohia Sfânta Treime]], /
părintele ne-a întrebat de ce avem mâinile roșii. /
I-am spus. A scris și el, pe hârtie cu antet. /
Și atunci a sunat doamna [[PERSON:Theresa]], /
care a zis „domnule [[PERSON:Ionescu]], vă cer iertare”, /
cu accent, dar din inimă. /
În patru zile: centrală nouă, de la [[ORGANISATION:Brightflow Plumbing]], /
și o scrisoare în care scria că oamenii în vârstă fără apă caldă /
sunt acum urgență, nu listă de așteptare. /
Vă mulțumesc. Vă iert. /
Dar vă rog, data viitoare, răspundeți la proză. /
Nu toți bătrânii știu să scrie poezii. /
Cu stimă, /
[[PERSON:Gheorghe]] și [[PERSON:Doina]]
"""),
    ),
    (
        "fv2bs-ro-05",
        "ro",
        _s("""
Pisica de pe [[ADDRESS:Holloway Terrace]] (povestire după fapte reale) /
Lumea îi zicea „tanti [[PERSON:Lenuța]]”, deși avea doar [[AGE:41 de ani]]. /
Locuia cu trei copii la [[ADDRESS:14 Holloway Terrace]], /
o casă cu ușa verde și o pisică portocalie care nu era a nimănui. /
În primăvara lui 2023 au început ouăle. /
Apoi cuvintele scrise cu spray pe gard: „go home”. /
[[PERSON:Lenuța]] era acasă. Asta era casa ei. /
Apoi cineva a zgâriat mașina lui [[PERSON:Marian]], fiul cel mare, un Ford gri, [[OTHER_ID:FD16 KWO]], /
cu o cheie, de la far până la portbagaj. /
Nimeni nu se ascundea. Toată strada știa de ce: /
pentru că erau [[OTHER_SPECIAL:romi]]. /
Poliția a dat un număr, [[REFERENCE:CRI/44/19877/23]], /
landlordul, [[ORGANISATION:Northway Homes]], a dat alt număr, [[REFERENCE:ASB-5521]]. /
Numerele se înmulțeau ca ouăle pe ușă. /
Fata cea mică, [[PERSON:Roxana]], [[AGE:10 ani]], nu mai voia să meargă la [[ADDRESS:Hawthorn Primary]], /
pentru că drumul trecea pe lângă gardul cu „go home”. /
Pisica portocalie a rămas. Ea nu știa să citească. /
Schimbarea a venit cu un om, [[PERSON:Jerome Baptiste]], ofițer nou de comunitate, /
care a bătut la fiecare ușă de pe stradă, nu doar la a lor. /
A șters gardul cu mâna lui, în prima zi. A cerut camere. /
Familia care arunca ouăle a primit avertisment, apoi ordin de la judecătorie. /
[[ORGANISATION:Northway Homes]] a trimis o scrisoare de scuze în română — /
cu greșeli, dar în română — /
și a recunoscut că tratase totul ca pe o ceartă între vecini, /
când era ură. /
Acum au o regulă: orice plângere de rasism primește un om, nu doar un număr, /
și o vizită acasă în cinci zile. /
[[PERSON:Lenuța]] a vopsit gardul în galben. /
Pisica doarme pe el. /
— scris de [[PERSON:Roxana]], [[AGE:11 ani]], cu ajutorul mamei
"""),
    ),
    (
        "fv2bs-ar-01",
        "ar",
        _s("""
[[PERSON:أمل]] في [[ADDRESS:شقة ٩]] (قصيدة نثر من ورشة الخميس) /
[[PERSON:أمل]] في [[ADDRESS:شقة رقم ٩]] لم يبقَ لها أمل. /
هكذا كنا نقول في [[ADDRESS:Kingsmead Court]]، /
نضحك كي لا نبكي. /
جاءت [[PERSON:أمل]] من حمص، [[OTHER_SPECIAL:سورية]] و[[OTHER_SPECIAL:لاجئة]]، مع ثلاثة أطفال وحقيبة واحدة، /
فأعطوها شقة جدرانها تبكي أكثر منها. /
العفن الأسود صعد من الزاوية إلى السقف /
كأنه يبحث عن نافذة يهرب منها. /
ابنها [[PERSON:يوسف]]، [[AGE:خمس سنوات]]، /
صار يسعل في الليل سعال الشيوخ، /
وكتبت له الطبيبة في [[ADDRESS:Northcote Health Centre]]: [[HEALTH:ربو]]. /
اتصلت [[PERSON:أمل]] بالرقم [[PHONE:٠١١٧ ٤٩٦ ٠٨٢٢]] حتى حفظته أصابعها، /
وكان الجواب دائماً: "افتحي الشباك". /
فتحت الشباك. دخل البرد، ولم يخرج العفن. /
رقم الشكوى [[REFERENCE:HL-38215]]، /
رقم الشكوى [[REFERENCE:HL-38215]]، /
صار مثل اسم طفل رابع. /
ثم جاءت [[PERSON:فرح]]، جارتنا في الطابق الثالث، /
ولم يكن في البناية فرحٌ منذ شهور. /
تعرف الإنجليزية وتعرف الغضب، /
فكتبت مع [[PERSON:أمل]] رسالة طويلة من [[EMAIL:farah.k@example.org]] /
إلى [[ORGANISATION:Harbourline Homes]]، ونسخة إلى أمين المظالم. /
بعد أسبوعين جاء المسّاح [[PERSON:غاري]] /
ووجد الماء يتسرّب من أنبوب مكسور داخل الجدار. /
ليس تنفّسنا، ليس طبخنا، ليس غسيلنا. /
غيّروا الأنبوب والجدار والنافذة، /
واعتذرت الشركة برسالة، /
وقالت إنها الآن ترسل أحداً خلال أسبوع كلما كان في البيت طفل مريض. /
اليوم ينام [[PERSON:يوسف]] حتى الصباح، /
و[[PERSON:أمل]] في [[ADDRESS:شقة رقم ٩]] /
عندها أمل من جديد. /
— [[PERSON:فرح]]، [[AGE:١٩]]، [[ADDRESS:Kingsmead Court]]
"""),
    ),
    (
        "fv2bs-ar-02",
        "ar",
        _s("""
البرد (مونولوج، يؤديه الكاتب بنفسه) /
اسمي [[PERSON:عبد الكريم الحدّاد]]. في الأوراق الرسمية يكتبونه [[PERSON:Abdulkarim Al-Haddad]]، /
وفي الهاتف يقولون: Mr [[PERSON:Haddad]]، ثم يسكتون طويلاً. /
أسكن في [[ADDRESS:31 Belgrave Street]]، بيت قديم من الطوب الأحمر، /
مقابل [[ADDRESS:مسجد الهدى]] الذي أصلّي فيه الفجر منذ اثنتي عشرة سنة. /
في ديسمبر تعطّل المرجل، "البويلر" كما يقول أولادي. /
اتصلت. قالت الموظفة: رقم عقد الإيجار؟ /
[[REFERENCE:TEN-0048817]]. /
رقم التأمين الوطني؟ /
[[NI_NUMBER:JX 42 71 88 D]]. /
تاريخ الميلاد؟ /
[[DATE_OF_BIRTH:الأول من أيار ١٩٦٩]]. /
ثم قالت: سنرسل فنياً خلال ثمانية وعشرين يوم عمل. /
ثمانية وعشرون يوماً، في ديسمبر! /
عندي أربعة أولاد، أصغرهم [[PERSON:سلمى]]، عمرها [[AGE:سنتان]]، /
وأمّهم عندها [[HEALTH:فقر دم]]، أطرافها باردة حتى في الصيف. /
نمنا كلنا في غرفة واحدة حول مدفأة كهربائية صغيرة، /
والعدّاد يأكل النقود كما تأكل النار الورق. /
في المسجد سألني الإمام: لماذا عيناك حمراوان؟ /
قلت: لا شيء. البرد. /
ابني الكبير [[PERSON:حمزة]]، [[AGE:١٧ سنة]]، كتب على الإنترنت وذكر حساب الشركة [[OTHER_ID:@CastlegateHomes]]: /
"أبي يصلّي الفجر بمعطفه منذ أسبوعين". /
في اليوم التالي اتصلت السيدة [[PERSON:Helen Marsh]] من [[ORGANISATION:Castlegate Homes]]. /
لم تسألني عن أي رقم. /
سألتني: هل عندكم أطفال صغار؟ هل عندكم مريض؟ /
في المساء وصلت مدفأتان، وبعد ثلاثة أيام مرجل جديد، /
ودفعوا لنا ما أكله العدّاد، /
وكتبوا أنهم غيّروا النظام: /
بيت فيه طفل صغير أو مريض، بلا تدفئة في الشتاء، حالة طارئة، أربع وعشرون ساعة. /
وأنا أيضاً تعلّمت: /
لا تنتظر أسبوعين لتقول إنك بردان. /
قلها من اليوم الأول، وبصوت عالٍ، /
حتى لو كانت لغتك غير لغتهم.
"""),
    ),
    (
        "fv2bs-ar-03",
        "ar",
        _s("""
رسالة إلى من سيسكن بعدنا (شعر حر) /
عزيزي الساكن الجديد في [[ADDRESS:Ravensworth House]]، /
في [[ADDRESS:شقة ١٤]]، الطابق الخامس، [[POSTCODE:ne62tl]]، /
ستجد في سقف الحمّام بقعة على شكل خريطة. /
لا تخف، ليست خريطة كنز. /
إنها خريطة الماء الذي نزل علينا سنة كاملة /
من حمّام الجيران فوقنا. /
كنت أضع الدلو تحتها كل ليلة، /
وابنتي [[PERSON:ريم]]، [[AGE:ثماني سنوات]]، سمّت الدلو "صديقي"، /
لأن الأطفال يصادقون كل شيء، حتى المصيبة. /
اتصلنا بـ[[ORGANISATION:Tynebridge Homes]] على [[PHONE:0191 498 0615]]، /
مرة، مرتين، عشرين مرة. /
رقم الطلب [[REFERENCE:TB770391]]، حفظته [[PERSON:ريم]] قبل جدول الضرب. /
الموظف المسؤول عن ملفنا اسمه [[PERSON:صابر]]، /
وكنا نحن من يصبر. /
يقول: الأسبوع القادم. /
وللأسبوع القادم أسبوع قادم. /
ثم في ليلة من ليالي فبراير سقطت قطعة من السقف في حوض الحمّام، /
والحمد لله أن [[PERSON:ريم]] لم تكن هناك. /
كتبتُ شكوى رسمية، وأرسلت الصور من [[EMAIL:suad.reem@example.com]]، /
وذهبت الشكوى إلى المرحلة الثانية، ثم إلى أمين مظالم الإسكان. /
بعدها تغيّر كل شيء: /
جاءت مديرة اسمها [[PERSON:Joanne]]، صعدت إلى الجيران ثم نزلت إلينا، /
فوجدوا الأنبوب مكسوراً تحت أرضية حمّامهم منذ سنة، /
أصلحوه، وبدّلوا سقفنا، ودفعوا تعويضاً، /
واعتذرت هي بنفسها، في مطبخي، أمام الدلو. /
وقالوا إنهم تعلّموا: التسرّب الذي يتكرر يُفحص من الشقة التي فوق، /
ولا يكفي أن تُدهن البقعة. /
فإذا رأيت الخريطة يا جاري الجديد، فاعلم أنها مجرد ذكرى. /
أما الدلو، فقد أخذته [[PERSON:ريم]] معها. /
— [[PERSON:سعاد]]، أم [[PERSON:ريم]]
"""),
    ),
    (
        "fv2bs-ar-04",
        "ar",
        _s("""
أغنية المصعد (تُغنّى على لحن شعبي) /
المقطع الأول: /
في [[ADDRESS:Larch Tower]]، بالطابق الحادي عشر، /
المصعد نايم من شهرين، والدرج طويل ما بيخلص. /
بنتي [[PERSON:ملاذ]] عمرها [[AGE:سبع سنين]]، تطلع وتنزل وتعدّ، /
وأخوها [[PERSON:أوّاب]] على الكرسي، عنده [[HEALTH:شلل دماغي]]، ما بيقدر. /
اللازمة: /
يا رقم [[REFERENCE:LT-90311]]، يا رقم [[REFERENCE:LT-90311]]، /
قلناك الصبح، قلناك المسا، قلناك بعد المغرب، /
وكل مرة: "the engineer is coming"، /
والمهندس ما بيجي، والدرج ما بيقصر. /
المقطع الثاني: /
أبو [[PERSON:أوّاب]] بيشيله على ضهره، /
حداشر طابق، كل صباح للمدرسة، /
[[ADDRESS:Oakfield School]]، اللي فيها أصحابه ومعلمته الحلوة، /
وبيرجع ضهره مكسور، وقلبه مكسور أكتر. /
اتصلنا بـ[[ORGANISATION:Elmbridge Vale Housing]]، كتبنا، بعتنا صور، /
وبعتنا للنائب، وللجريدة المحلية كمان. /
(اللازمة) /
المقطع الثالث: /
ويوم من الأيام دق الباب [[PERSON:Patrick]]، مدير الصيانة، /
طلع الدرج برجليه، حداشر طابق، /
وصل فوق وما قدر يحكي، /
قال بس: "I understand now". /
بأسبوع نقلونا لبيت أرضي مؤقت، /
وبشهر صار في موتور جديد وقطعة احتياط في المخزن، /
وكتبوا قاعدة: إذا في ساكن على كرسي، المصعد أولوية، خمسة أيام ما أكتر، /
وعطونا رقم مباشر للعيلة: [[PHONE:٠٢٠ ٧٩٤٦ ٠٢٤٥]]. /
اللازمة الأخيرة: /
يا رقم [[REFERENCE:LT-90311]]، نام وارتاح، /
المصعد بيطلع، و[[PERSON:أوّاب]] بيضحك، /
وأبوه ضهره رجع، وأنا رجعت أغني. /
— [[PERSON:نوال عثمان]]، [[ADDRESS:Larch Tower]]
"""),
    ),
    (
        "fv2bs-ar-05",
        "ar",
        _s("""
رسائل في علبة البسكويت (قصة مبنية على أحداث حقيقية) /
للا [[PERSON:فاطمة الزهراء بنعلي]]، [[OTHER_SPECIAL:مغربية]] من طنجة، عمرها [[AGE:اثنان وسبعون عاماً]]، /
تسكن وحدها منذ عشرين سنة في [[ADDRESS:شقة ٣]] في [[ADDRESS:Harlow Mews]]. /
كل شهر تصلها رسائل من [[ORGANISATION:Westmarch Housing]] بالإنجليزية، /
فتطويها بعناية وتضعها في علبة البسكويت الزرقاء فوق الثلاجة، /
مثل من يحفظ كلاماً لا يفهمه، احتراماً له. /
حفيدها [[PERSON:إلياس]]، [[AGE:١٩ سنة]]، يزورها كل أحد بعد المباراة. /
في أحد أيام مارس فتح العلبة يبحث عن وصفة، /
فوجد رسالة عمرها ثلاثة أشهر: /
متأخرات إيجار، ألف ومئتان وأربعون جنيهاً، وإنذار بالإخلاء. /
جدته لم تكن مدينة بقرش واحد. /
إعانة السكن كانت تُدفع، لكن إلى رقم حساب الإيجار القديم، [[REFERENCE:WM-RA-20577]]، /
بدل الرقم الجديد، [[REFERENCE:WM-RA-31840]]، بعد أن غيّروا النظام. /
اتصل [[PERSON:إلياس]] على [[PHONE:0113 496 0917]] وانتظر خمسين دقيقة. /
ثم كتب شكوى، ووضع فيها صورة العلبة الزرقاء. /
ردّت عليه موظفة اسمها [[PERSON:Siobhan]] في اليوم نفسه: /
"هذا خطؤنا". /
خلال أسبوع أُلغي الإنذار، ونُقلت الدفعات، /
ووصلت رسالة اعتذار، هذه المرة بالعربية. /
قرأتها للا [[PERSON:فاطمة]] بصوت عالٍ، مرتين، وبكت في المرة الثانية. /
قالت الشركة إنها تعلّمت: /
صار في ملف كل ساكن لغته المفضلة، /
والرسائل المهمة تُرسل مترجمة، /
ومع موافقتها تُرسل نسخة إلى بريد حفيدها [[EMAIL:ilyas.benali@example.net]]. /
العلبة الزرقاء ما زالت فوق الثلاجة. /
فيها الآن بسكويت فقط. /
— كتبها [[PERSON:إلياس]] في ورشة الكتابة، بإذن جدّته
"""),
    ),
    (
        "fv2bs-ur-01",
        "ur",
        _s("""
کالی دیوار (نظم، خواتین کی ورکشاپ) /
[[PERSON:امید]] باجی کو اب کوئی امید نہ رہی تھی۔ /
[[ADDRESS:۱۷ کلفٹن سٹریٹ]] کی دیواروں پر کالی پھپھوندی /
یوں پھیلی تھی جیسے رات کو کسی نے دوات الٹ دی ہو۔ /
ان کا بیٹا [[PERSON:زین]]، [[AGE:چھ سال]] کا، /
رات بھر کھانستا، /
اور [[ADDRESS:Hollins Lane Surgery]] کی ڈاکٹر نے پرچی پر لکھا: [[HEALTH:دمہ]]۔ /
شکایت نمبر [[REFERENCE:۴۴۰۹۱۲]]، /
شکایت نمبر [[REFERENCE:۴۴۰۹۱۲]]، /
یہ نمبر ہم نے تسبیح کے دانوں کی طرح گنا۔ /
[[ORGANISATION:Ashgrove Homes]] والے کہتے: /
"کھڑکی کھولیں، کپڑے باہر سکھائیں"۔ /
مانچسٹر میں کپڑے باہر؟ /
بارش بھی سن کر ہنس پڑی۔ /
پھر [[PERSON:خوشی]] آئی — /
ہاں، وہی [[PERSON:خوشی]]، [[ADDRESS:نمبر ۱۹]] والی، /
جو قانون پڑھتی ہے اور غصے میں بھی مسکراتی ہے۔ /
اس نے [[EMAIL:khushi.rana@example.com]] سے لمبی ای میل لکھی، /
تصویریں لگائیں، ہاؤسنگ اومبڈسمین کا نام لکھا۔ /
دو ہفتے میں سروئیر [[PERSON:Andy]] آیا، /
چھت کی نالی ٹوٹی نکلی، پانی دیوار کے اندر اتر رہا تھا۔ /
سانس لینا قصور نہیں تھا، روٹی پکانا قصور نہیں تھا۔ /
نئی نالی، نیا پلاستر، نیا پنکھا، معافی کا خط، /
اور ایک نیا اصول: بیمار بچہ ہو تو ایک ہفتے میں معائنہ۔ /
اب [[PERSON:زین]] سوتا ہے، /
اور گھر میں پھر سے خوشی ہے۔ /
اور [[PERSON:امید]] باجی؟ /
انہیں پھر سے امید ہے۔ /
— [[PERSON:رخسانہ]]، [[AGE:۴۴]]، [[ADDRESS:کلفٹن سٹریٹ]]
"""),
    ),
    (
        "fv2bs-ur-02",
        "ur",
        _s("""
نانی کا بیان (مونولوگ، نواسے نے ریکارڈ کیا) /
بیٹا، بیٹھو، سنو۔ /
میں [[PERSON:رشیدہ بیگم]] ہوں۔ [[ADDRESS:Bradshaw House]] کے [[ADDRESS:فلیٹ نمبر ۸]] میں بائیس سال سے رہتی ہوں، /
[[ADDRESS:مسجد بلال]] کے سامنے، جہاں سے فجر کی اذان سیدھی میری کھڑکی میں آتی ہے۔ /
پچھلی سردیوں میں وہی کھڑکی جواب دے گئی۔ /
شیشہ نہیں ٹوٹا، فریم گل گیا، /
اور ہوا ایسے اندر آتی جیسے بن بلائی مہمان، جو جاتی ہی نہیں۔ /
میں [[AGE:اکہتر سال]] کی ہوں، گھٹنوں میں [[HEALTH:گٹھیا]] ہے، /
سردی ہڈیوں میں بیٹھ جاتی ہے۔ /
رپیئر والوں کو فون کیا، [[PHONE:0161 496 0843]]۔ /
لڑکی نے پوچھا: ٹیننسی نمبر؟ /
میں نے کہا: [[REFERENCE:BH008812]]۔ /
پھر آئے [[PERSON:بل]] صاحب۔ ہاں بیٹا، ان کا نام ہی [[PERSON:Bill]] ہے۔ /
کھڑکی دیکھی، فیتہ لگایا، چائے پی، بسکٹ بھی کھائے، /
اور دو ہفتے بعد مجھے بل بھیج دیا! /
ڈیڑھ سو پاؤنڈ، اوپر لکھا تھا "tenant damage"۔ /
بیس سال پرانا فریم، اور نقصان میرا؟ /
میرے نواسے [[PERSON:دانیال]] نے شکایت لکھی، /
شکایت نمبر [[REFERENCE:CMP-22-7190]]، /
لکھا کہ یہ wear and tear ہے، کرایہ دار کا قصور نہیں۔ /
پھر [[ORGANISATION:Stockfield Homes]] سے ایک خاتون آئیں، مسز [[PERSON:کور]]، /
وہ پنجابی بولتی تھیں، میں اردو، پر بات پوری سمجھ آ گئی۔ /
بل واپس ہوا، نئی کھڑکی لگی، /
اور معافی کے خط میں لکھا تھا: /
بزرگوں کے گھر میں کچھ ٹوٹے تو پہلے ٹھیک کریں گے، /
بعد میں پوچھیں گے کس نے توڑا۔ /
اور [[PERSON:Bill]] صاحب؟ /
اب بھی آتے ہیں۔ چائے بھی پیتے ہیں۔ /
بس بل نہیں بھیجتے۔
"""),
    ),
    (
        "fv2bs-ur-03",
        "ur",
        _s("""
Landlord ke naam khat (nazm, Roman Urdu mein) /
Janab [[ORGANISATION:Brookside Living]] walo, /
salaam, aur saath thora sa gussa bhi. /
Main [[PERSON:Tariq Mehmood]], [[ADDRESS:62 Alma Road]], [[POSTCODE:bd89pe]], /
pichle teen mahine se aap mera kiraya do dafa kaat rahe ho. /
Ek dafa mere hisaab se, ek dafa kisi aur ke. /
Sort code [[OTHER_ID:30-96-14]], account [[OTHER_ID:71904412]], /
har call pe yeh numbers parhe /
jaise bachpan mein school mein pahaare parhte the. /
Rent account [[REFERENCE:BL1004471]], /
phir hold music, saintalees minute, /
aur meri beti [[PERSON:Hira]], [[AGE:nau saal]] ki, poochti hai: /
"Abbu, yeh gaana kab khatam hoga?" /
Beta, jab unka dil karega. /
Is mahine school trip ke paise nahi bache, /
bijli ka meter khaali, aur aap ki taraf se ek automatic email: /
"We value you as a customer." /
Value? Do dafa value kar liya aap ne. /
Phir tenants' association ke [[PERSON:Naveed]] bhai ne kaha: /
"[[PERSON:Tariq]], sab kuch likh, dates ke saath, aur complaint bana." /
Maine banayi. Complaint [[REFERENCE:CX-55018]]. /
Paanch din mein finance team se [[PERSON:Grace Okonjo]] ka phone aaya, /
unhon ne maafi maangi, naam le kar, sahi naam le kar, /
paisa wapas, upar se pachaas pound, /
aur bataya ke ab har mahine direct debit check hota hai, /
aur billing ke liye ek banda, ek naam, ek number. /
Janab, shukriya. Sach mein. /
Bas agli baar gussa aane se pehle theek kar dena. /
— [[PERSON:Tariq]], [[PERSON:Hira]] ka Abbu
"""),
    ),
    (
        "fv2bs-ur-04",
        "ur",
        _s("""
پب کے اوپر والا گھر (گیت) /
پہلا بند: /
ہم رہتے ہیں [[ADDRESS:Black Swan]] کے اوپر، [[ADDRESS:فلیٹ ۲]] میں، /
نیچے گلاس ٹکراتے ہیں، اوپر بچے جاگتے ہیں راتوں میں۔ /
جمعہ ہو یا ہفتہ، رات دو بجے تک ڈھول، /
پھر گلی میں گالی، جھگڑا، ٹوٹی بوتل کا شور۔ /
ٹیپ: /
اے ایس بی کیس [[REFERENCE:ASB-7731]]، کوئی تو سنو، /
[[PHONE:07700 900612]] پر بیٹھی ہوں، کوئی تو آؤ، /
میرے [[PERSON:عمر]] کی عمر [[AGE:آٹھ سال]]، صبح اسکول ہے، /
کوئی تو سنو، کوئی تو آؤ۔ /
دوسرا بند: /
کونسل نے کہا: "یہ پب کا معاملہ ہے"، /
پب نے کہا: "یہ کونسل کا مسئلہ ہے"، /
[[ORGANISATION:Wharfedale Homes]] نے کہا: "ڈائری رکھیں"، /
ہم نے ڈائری رکھی، ایک سو بیس راتیں، ایک سو بیس صفحے۔ /
(ٹیپ) /
تیسرا بند: /
پھر آئیں [[PERSON:سعدیہ اقبال]]، اے ایس بی ٹیم سے، /
جمعے کی رات ایک بجے خود آ کر کھڑی ہوئیں میرے کچن میں، /
شور سنا، ڈائری پڑھی، [[PERSON:عمر]] کو سوتے میں کروٹیں بدلتے دیکھا، /
اور بولیں: "یہ ڈائری اب میری ذمہ داری ہے"۔ /
چوتھا بند: /
لائسنس کا ریویو ہوا، پب کی کھڑکیاں بند، دروازے پر گارڈ، /
ہمارے فلیٹ میں دوہرا شیشہ، آواز روکنے والا، /
اور اب کونسل اور [[ORGANISATION:Wharfedale Homes]] آپس میں بات کرتے ہیں، /
شکایت ایک دفتر سے دوسرے دفتر فٹبال نہیں بنتی۔ /
آخری ٹیپ: /
اے ایس بی کیس [[REFERENCE:ASB-7731]]، اب بند ہوا، /
میرا [[PERSON:عمر]] سوتا ہے، اپنی عمر کی پوری نیند، /
نیچے اب بھی گلاس ٹکراتے ہیں، مگر دور سے، /
جیسے کسی اور کی کہانی میں۔ /
— [[PERSON:نسرین]]، [[PERSON:عمر]] کی امی
"""),
    ),
    (
        "fv2bs-ur-05",
        "ur",
        _s("""
گندا پانی (سچے واقعات پر مبنی کہانی) /
ہمارے دادا ابو، حاجی [[PERSON:غلام رسول چوہدری]]، [[DATE_OF_BIRTH:پندرہ اگست انیس سو سینتالیس]] کو پیدا ہوئے، /
یعنی پاکستان سے صرف ایک دن بعد۔ /
وہ ہنس کر کہتے ہیں: "میں اور ملک، تقریباً ہم عمر ہیں۔" /
ہمارا گھر [[ADDRESS:9 Ferncliffe Terrace]] ہے، [[POSTCODE:HX3 6LW]]۔ نیچے والا کمرہ دادا ابو کا ہے، /
کیونکہ [[HEALTH:شوگر]] اور کمزور ٹانگوں کی وجہ سے وہ سیڑھیاں نہیں چڑھ سکتے۔ /
پچھلے سال سے، ہر تیز بارش کے بعد، /
کچن کی نالی سے گندا پانی الٹا آنے لگا۔ /
پہلے ٹخنوں تک، پھر دادا ابو کے کمرے کی دہلیز تک۔ /
[[ORGANISATION:Calder Rise Housing]] کہتا: یہ واٹر کمپنی کا کام ہے۔ /
واٹر کمپنی کہتی: یہ landlord کا پائپ ہے۔ /
ہم بالٹیاں بھرتے رہے، ابو بلیچ ڈالتے رہے، /
اور میں، [[PERSON:عائشہ]]، [[AGE:سترہ سال]] کی، ہر بار تصویریں کھینچتی رہی۔ /
رپیئر نمبر [[REFERENCE:CR-R-88214]]، پھر [[REFERENCE:CR-R-88790]]، پھر [[REFERENCE:CR-R-89133]]۔ /
تین نمبر، ایک ہی گندا پانی۔ /
جب دادا ابو کے پاؤں پر زخم ہوا تو [[ADDRESS:Wheatley Lane Surgery]] کی نرس نے فوراً خط لکھا: /
[[HEALTH:ذیابیطس]] کے مریض کے لیے گندا پانی خطرناک ہے۔ /
وہ خط، تصویریں اور تینوں نمبر میں نے ایک ہی ای میل میں /
[[EMAIL:aisha.chaudhry@example.org]] سے سیدھا چیف ایگزیکٹو کو بھیج دیے۔ /
اگلے دن [[PERSON:Martin Sykes]] آئے، جو خود کبھی پلمبر رہ چکے تھے۔ /
ایک نظر میں بولے: "non-return valve ہی نہیں لگا۔ یہ ہماری ذمہ داری ہے۔" /
تین دن میں والو لگ گیا، کچن کا فرش نیا، دادا ابو کا قالین نیا، /
اور معافی کا خط جس میں لکھا تھا کہ /
اب ایک مسئلے کے تین نمبر نہیں کھلیں گے: /
ایک کیس، ایک ذمہ دار افسر، اور واٹر کمپنی سے بات وہ خود کریں گے، ہم نہیں۔ /
کل رات پھر تیز بارش ہوئی۔ /
دادا ابو کھڑکی کے پاس بیٹھے رہے، پھر مسکرا کر بولے: /
"آج پانی نے اپنی جگہ پہچان لی۔" /
— [[PERSON:عائشہ]]، [[AGE:۱۷]]
"""),
    ),
    (
        "fv2bs-bn-01",
        "bn",
        _s("""
হিটার নেই (ছড়া) /
[[ADDRESS:Bellamy Estate]]-এ শীত নামে, জানালা দিয়ে ঢোকে, /
[[ADDRESS:২৩ নম্বর ফ্ল্যাট]]-এর রেডিয়েটর ঠান্ডা পড়ে থাকে। /
ছোট মেয়ে [[PERSON:তানিশা]], বয়স মোটে [[AGE:দুই]], /
কম্বল মুড়ে জিজ্ঞেস করে, "আম্মু, গরম কই?" /
ফোন করি [[PHONE:০২০ ৭৯৪৬ ০৫১৯]]-এ, গান বাজে আধা ঘণ্টা, /
তারপর কেউ বলে, "sorry, engineer নাই, wait করেন এক সপ্তা।" /
জব নম্বর [[REFERENCE:৮৮২০১৪৭]] মুখস্থ আমার মুখে, /
ভাত রাঁধি আর নম্বর বলি, নম্বর বলি দুখে। /
কেটলিতে পানি গরম করি, বালতি ভরি তাতে, /
বাচ্চা গোসল করায় মা, কাঁপা কাঁপা হাতে। /
[[PERSON:আশা]] আপা পাশের ফ্ল্যাটের, নাম যেমন মন তেমন, /
বলল, "চলো চিঠি লিখি, চুপ থাকবা আর কেমন?" /
ইমেইল গেল [[EMAIL:asha.uddin@example.com]] থেকে সোজা, /
কাউন্সিলর [[PERSON:রহমান]] সাহেবকেও কপি, হালকা হলো বোঝা। /
পরদিনই [[ORGANISATION:Tower Reach Homes]] থেকে এলেন [[PERSON:Kevin]] ভাই, /
নতুন পাম্প, নতুন ভালভ, "sorry" বললেন তিনবার তাই। /
এখন নিয়ম হয়েছে — ঘরে যদি ছোট বাচ্চা থাকে, /
হিটিং বন্ধ হলে চব্বিশ ঘণ্টায় মিস্ত্রি আসবে ডাকে। /
[[PERSON:তানিশা]] এখন খিলখিল হাসে, মনে আবার আশা, /
শীত দাঁড়িয়ে বাইরে থাকে, ভিতরে ভালোবাসা। /
— [[PERSON:রুবিনা খাতুন]], [[ADDRESS:Bellamy Estate]]
"""),
    ),
    (
        "fv2bs-bn-02",
        "bn",
        _s("""
ছাদের পানি (গান, বাউল সুরে) /
এক: /
ও মন রে, [[ADDRESS:৪৭ Hallam Row]]-এর ছাদ দিয়া পানি পড়ে, /
টুপটাপ টুপটাপ সারা রাইত, বালতি ভরে ভরে। /
পোলা আমার [[PERSON:জয়]], [[AGE:এগারো বছর]], বই ভিজে যায় তার, /
দেয়ালে কালা ছাতা পড়ে, শ্বাস নিতে কষ্ট তার। /
ধুয়া: /
কমপ্লেইন নম্বর [[REFERENCE:RB-55092]], বলি সকাল সাঁঝে, /
কেউ শোনে না, কেউ আসে না, পানি পড়ে ঘরের মাঝে। /
দুই: /
[[ORGANISATION:Riverbank Homes]]-রে ফোন দিলাম, চিঠি দিলাম দশ, /
কয় "আপনারা রান্না করেন, জানালা খুইলা বস।" /
ডাক্তার আপা লিখা দিলেন [[ADDRESS:Cable Yard Surgery]] থাইকা, /
[[HEALTH:হাঁপানি]] পোলার, এই ঘর বিষ তার লাইগা। /
(ধুয়া) /
তিন: /
এক দিন আইলেন মিস [[PERSON:Tamsin Hale]], কমপ্লেইন টিমের বড়, /
ছাদে উইঠা দেখলেন, ফাটা চাদর, পানি ঢোকে ঝরঝর। /
নতুন ছাদ, নতুন দেয়াল, বইয়ের দামও দিলেন, /
মাফ চাইলেন লিখিত, আর একটা নিয়ম নিলেন: /
বাচ্চার অসুখ থাকলে আর ছাদে পানি পড়লে, /
পাঁচ দিনের ভিতর সার্ভেয়ার, রং মিস্ত্রি না, ভুলে। /
শেষ ধুয়া: /
কমপ্লেইন নম্বর [[REFERENCE:RB-55092]], এখন বন্ধ খাতা, /
শেষে জয় হইল আমাগো, [[PERSON:জয়]] ঘুমায় গায়ে শুকনা কাঁথা। /
— [[PERSON:শাহানা বেগম]], [[PERSON:জয়]]-এর মা
"""),
    ),
    (
        "fv2bs-bn-03",
        "bn",
        _s("""
নতুন প্রতিবেশীর কাছে চিঠি /
প্রিয় নতুন প্রতিবেশী, /
তুমি যখন [[ADDRESS:Gadsden House]]-এর [[ADDRESS:৫ নম্বর ফ্ল্যাটে]] প্রথম চাবি ঘোরাবে, /
দেখবে সিঁড়ি ঝকঝকে, আলো জ্বলে, নিচের দরজায় কোড লাগে। /
দুই বছর আগে এমন ছিল না। /
সিঁড়িতে রাতভর লোক বসত, ধোঁয়া, চিৎকার, /
আর নিচে একটা কালো গাড়ি দাঁড়িয়ে থাকত প্রতি রাতে, নম্বর [[OTHER_ID:YR63 BHX]]। /
আমার মেয়ে [[PERSON:খুশি]], তখন [[AGE:সাত বছর]], সেই নম্বর মুখস্থ করে ফেলেছিল, /
যেমন অন্য বাচ্চারা ছড়া মুখস্থ করে। /
[[PERSON:খুশি]] নামের মেয়ে, কিন্তু খুশি ছিল না। /
[[ADDRESS:Bramley Green Primary]] থেকে ফেরার পথে একদিন সিঁড়িতে সিরিঞ্জ কুড়িয়ে এনেছিল, খেলনা ভেবে। /
আমরা ১০১-এ ফোন করেছি, [[ORGANISATION:Eastway Homes]]-কে লিখেছি, /
ASB কেস নম্বর [[REFERENCE:EW/ASB/2291]], /
প্রতিবার একই উত্তর: "আমরা পুলিশের সাথে কথা বলছি।" /
কথা চলল আট মাস। /
তারপর এলেন [[PERSON:Delroy Hart]], নেইবারহুড অফিসার, /
প্রথম মানুষ যিনি রাত এগারোটায় নিজে সিঁড়িতে এসে দাঁড়ালেন। /
কাগজে লিখে দিলেন তাঁর ইমেইল: [[EMAIL:delroy dot hart at example dot org]] — /
সেই কাগজ আমি এখনো ফ্রিজে লাগিয়ে রেখেছি। /
তিন মাসে: নতুন দরজা, কোড লক, ক্যামেরা, সিঁড়ির আলো, /
পুলিশের সাথে মিলে closure order, /
আর প্রতি মাসে বিল্ডিংয়ের সবার মিটিং, কমিউনিটি রুমে, চা-বিস্কুট সহ। /
ওরা লিখিত মাফ চেয়েছে, আর বলেছে ওরা শিখেছে: /
একটা ASB কেস মানে একজন মানুষ, শুধু একটা নম্বর না, /
আর সমস্যা রাতে হলে অফিসারকেও রাতে আসতে হবে। /
তাই নতুন প্রতিবেশী, কিছু দেখলে প্রথম দিনেই বলবে, /
মাসের মিটিংয়ে এসো, চা আমি বানাই। /
[[PERSON:খুশি]] এখন [[AGE:নয়]]। এখন সে সত্যিই খুশি। /
ইতি, /
[[PERSON:নাজমা]], [[ADDRESS:৬ নম্বর ফ্ল্যাট]] থেকে
"""),
    ),
    (
        "fv2bs-bn-04",
        "bn",
        _s("""
তিনটা সিঁড়ি (একক অভিনয়) /
আমার নাম [[PERSON:আব্দুল মালিক]]। কাগজে লেখে [[PERSON:Abdul Malik]]। /
জন্ম [[DATE_OF_BIRTH:১২ই জানুয়ারি ১৯৫৮]], সিলেটের এক গ্রামে। /
চল্লিশ বছর রেস্টুরেন্টে কাজ করেছি, তন্দুরের পাশে দাঁড়িয়ে। /
দুই বছর আগে [[HEALTH:স্ট্রোক]] হলো। ডান দিক অবশ। /
বাড়ি [[ADDRESS:১৬ Cotton Lane]], দুই তলা, বাথরুম উপরে, /
আর সামনের দরজায় তিনটা সিঁড়ি। /
তিনটা মাত্র। কিন্তু হুইলচেয়ারের জন্য তিনটা পাহাড়। /
আট মাস আমি ঘর থেকে বের হইনি। /
[[ADDRESS:বায়তুল আমান মসজিদ]]-এ জুম্মা পড়তে পারিনি, /
যেখানে তিরিশ বছর প্রতি শুক্রবার গিয়েছি। /
হাসপাতাল কাগজ দিল, NHS নম্বর [[OTHER_ID:৯৪৩ ৪৭৬ ৫৯১৯]] সহ, /
OT এসে মেপে গেল: র‍্যাম্প, স্টেয়ারলিফট, ওয়েট রুম। /
তারপর [[ORGANISATION:Brackenfield Housing]] বলল: বাজেট নেই, লাইনে থাকুন। /
অ্যাডাপ্টেশন রেফারেন্স [[REFERENCE:ADP-4471]]। /
ছেলে [[PERSON:সাজু]] — ভালো নাম [[PERSON:সাজ্জাদ]] — প্রতিদিন আমাকে কোলে করে উপরে নিত, /
বাথরুমে, বাচ্চার মতো। /
একজন বাবার জন্য এর চেয়ে বড় লজ্জা নেই, /
আর একজন ছেলের জন্য এর চেয়ে বড় ভালোবাসা নেই। /
[[PERSON:সাজু]] কমপ্লেইন করল, [[EMAIL:sajjad.malik@example.net]] থেকে, /
ছবি দিল, OT-র রিপোর্ট দিল, /
আর লিখল: "আমার বাবা আট মাস আকাশ দেখেনি।" /
দুই সপ্তাহ পরে এলেন [[PERSON:Fiona]], অ্যাডাপ্টেশন টিমের ম্যানেজার। /
আমার হাত ধরে বললেন, "এটা হওয়া উচিত হয়নি।" /
এক মাসে র‍্যাম্প, দুই মাসে স্টেয়ারলিফট আর ওয়েট রুম। /
আর ওরা এখন নিয়ম করেছে — /
যে মানুষ ঘর থেকে বের হতে পারে না, তার কাজ আগে, বাজেট পরে। /
গত শুক্রবার আমি নিজে চেয়ার চালিয়ে মসজিদে গিয়েছি। /
ইমাম সাহেব জড়িয়ে ধরেছিলেন। /
তিনটা সিঁড়ি এখন একটা ঢালু পথ। /
পাহাড় এখন রাস্তা।
"""),
    ),
    (
        "fv2bs-bn-05",
        "bn",
        _s("""
এক ঘরে ছয়জন (সত্য ঘটনা অবলম্বনে গল্প) /
আমার নাম [[PERSON:Rahima Khatun]], কিন্তু সবাই ডাকে [[PERSON:মিমি]]। বয়স [[AGE:চৌদ্দ]]। /
আমরা [[OTHER_SPECIAL:বাংলাদেশি]] পরিবার, থাকি [[ADDRESS:৩২ Ruston Street]], [[POSTCODE:e3 2la]]-তে, /
দুই বেডরুমের ফ্ল্যাটে আটজন: আব্বা, আম্মা, দাদি, আমি, তিন ভাই, আর ছোট্ট বোন [[PERSON:নূর]], [[AGE:ছয় মাস]]। /
রাতে এক ঘরে ছয়জন ঘুমাই — দাদি, আমি, তিন ভাই, আর [[PERSON:নূর]]-এর দোলনা। /
দাদি নামাজ পড়েন বাথরুমের সামনের একটুখানি জায়গায়। /
আমি [[ADDRESS:Bow Creek Academy]]-র হোমওয়ার্ক করি সিঁড়িতে বসে, ফোনের আলোতে। /
বড় ভাই [[PERSON:Rafi]], [[AGE:ষোলো]], রাতে জেগে থাকে, শোয়ার জায়গা নেই বলে। /
ডাক্তার বলেছে ওর [[HEALTH:ডিপ্রেশন]]। /
হাউজিং রেজিস্টার নম্বর [[REFERENCE:THR0613302]]। পাঁচ বছর ধরে। /
কাউন্সিল প্রতিবার বলে: "ব্যান্ড বি, অপেক্ষা করুন।" /
আব্বা সারাদিন বাস চালান, তারপর রাতে ফর্ম পূরণ করেন, ইংরেজিতে, ডিকশনারি হাতে। /
একদিন ক্লাসে আমি ঘুমিয়ে পড়লাম। /
Mr [[PERSON:Adeleke]], আমাদের ফর্ম টিচার, জিজ্ঞেস করলেন কেন। /
আমি সব বললাম — ছয়জন, এক ঘর, দোলনা, সিঁড়ি। /
উনি স্কুল থেকে চিঠি লিখলেন, আমাদের জিপিও লিখলেন, /
আর [[ORGANISATION:Leaside Homes]]-এর একজন অফিসার, [[PERSON:Charlotte]], বাসায় এসে নিজে গুনলেন: /
কতজন, কত বর্গমিটার, কে কোথায় ঘুমায়। /
উনি বললেন, "আইনের চোখেও এটা overcrowded। দাদিকে ফর্মে গোনা হয়নি কেন?" /
ফর্মে দাদির জন্য কোনো ঘর ছিল না — শুধু "parents and children"। /
তিন মাসে ব্যান্ড এ, আর এই বসন্তে চার বেডরুমের বাসা। /
কাউন্সিল মাফ চেয়েছে, আর এখন ফর্মে দাদা-দাদি, নানা-নানির জন্যও ঘর আছে, /
আর রেজিস্টারে থাকা পরিবারদের বাসায় গিয়ে দেখে আসে, শুধু কাগজ দেখে না। /
এখন আমার একটা ডেস্ক আছে। জানালার পাশে। /
[[PERSON:নূর]]-এর দোলনা এখন আম্মার ঘরে, আর দাদির নামাজের জন্য একটা পুরো কোণা। /
— [[PERSON:মিমি]], [[AGE:১৫]]
"""),
    ),
    (
        "fv2bs-pa-01",
        "pa",
        _s("""
ਤਰੇੜ (ਕਵਿਤਾ) /
ਸਾਡੇ ਘਰ ਦੀ ਕੰਧ ਵਿੱਚ ਇੱਕ ਤਰੇੜ ਹੈ /
ਜੋ ਮੇਰੀ ਧੀ ਨਾਲੋਂ ਵੀ ਤੇਜ਼ ਵਧੀ। /
[[PERSON:ਖ਼ੁਸ਼ੀ]] [[AGE:ਪੰਜ ਸਾਲ]] ਦੀ ਸੀ, ਤਰੇੜ ਉਂਗਲ ਜਿੰਨੀ। /
ਹੁਣ ਉਹ [[AGE:ਸੱਤ]] ਦੀ ਹੈ, ਤਰੇੜ ਉਹਦੀ ਬਾਂਹ ਜਿੰਨੀ। /
ਘਰ ਹੈ [[ADDRESS:114 Cavendish Road]], [[POSTCODE:b219qt]], /
ਪਿਛਲੇ ਕਮਰੇ ਦੀ ਕੰਧ, ਜਿੱਥੇ [[PERSON:ਖ਼ੁਸ਼ੀ]] ਸੌਂਦੀ ਹੈ। /
ਦੋ ਸਾਲ [[ORGANISATION:Kingsbridge Homes]] ਵਾਲੇ ਆਉਂਦੇ ਰਹੇ, /
ਤਿੰਨ ਵਾਰ filler ਭਰ ਗਏ, ਰੰਗ ਕਰ ਗਏ, /
ਕਹਿ ਗਏ: "cosmetic ਹੈ ਜੀ, cosmetic।" /
ਤਰੇੜ ਭਰਨ ਨਾਲ ਭਰੋਸਾ ਨਹੀਂ ਭਰਦਾ। /
ਦਰਵਾਜ਼ਾ ਹੁਣ ਬੰਦ ਨਹੀਂ ਹੁੰਦਾ, ਬਾਰੀ ਵਿੱਚ ਹਵਾ ਸੀਟੀ ਮਾਰਦੀ ਹੈ, /
ਤੇ ਰਾਤ ਨੂੰ [[PERSON:ਖ਼ੁਸ਼ੀ]] ਪੁੱਛਦੀ ਹੈ: "ਮੰਮੀ, ਘਰ ਟੁੱਟ ਜਾਊ?" /
ਮੈਂ ਕਹਿੰਦੀ ਹਾਂ ਨਹੀਂ ਪੁੱਤ, ਤੇ ਆਪ ਸਾਰੀ ਰਾਤ ਤਰੇੜ ਵੱਲ ਵੇਖਦੀ ਹਾਂ। /
ਫਿਰ ਮੈਂ ਹਾਊਸਿੰਗ ਓਮਬਡਸਮੈਨ ਨੂੰ ਲਿਖਿਆ, /
ਕੇਸ ਨੰਬਰ [[REFERENCE:202312874]], /
ਤੇ ਇੱਕ ਹਫ਼ਤੇ ਵਿੱਚ [[ORGANISATION:Kingsbridge Homes]] ਤੋਂ [[PERSON:ਜਸਵਿੰਦਰ]] ਦਾ ਫ਼ੋਨ ਆਇਆ, /
ਜਿਹਨੇ ਪਹਿਲੀ ਵਾਰ structural engineer ਭੇਜਿਆ, ਰੰਗ ਵਾਲਾ ਨਹੀਂ। /
ਥੱਲੇ ਡਰੇਨ ਟੁੱਟੀ ਸੀ, ਮਿੱਟੀ ਵਹਿ ਰਹੀ ਸੀ, ਘਰ ਬੈਠ ਰਿਹਾ ਸੀ। /
ਛੇ ਹਫ਼ਤੇ ਅਸੀਂ ਦੂਜੇ ਘਰ ਰਹੇ, ਉਨ੍ਹਾਂ ਦੇ ਖ਼ਰਚੇ 'ਤੇ, /
ਨੀਂਹ ਪੱਕੀ ਹੋਈ, ਕੰਧ ਨਵੀਂ, ਮੁਆਫ਼ੀ ਲਿਖਤੀ, /
ਤੇ ਹੁਣ ਉਨ੍ਹਾਂ ਦਾ ਨਿਯਮ ਹੈ: ਜੇ ਤਰੇੜ ਦੋ ਵਾਰ ਵਾਪਸ ਆਵੇ, /
ਤਾਂ ਇੰਜੀਨੀਅਰ ਆਵੇਗਾ, filler ਨਹੀਂ। /
ਹੁਣ [[PERSON:ਖ਼ੁਸ਼ੀ]] ਦੇ ਕਮਰੇ ਦੀ ਕੰਧ ਸਿੱਧੀ ਹੈ, /
ਤੇ ਘਰ ਵਿੱਚ ਖ਼ੁਸ਼ੀ ਵੀ ਹੈ। /
— [[PERSON:ਹਰਪ੍ਰੀਤ ਕੌਰ]], [[PERSON:ਖ਼ੁਸ਼ੀ]] ਦੀ ਮਾਂ
"""),
    ),
    (
        "fv2bs-pa-02",
        "pa",
        _s("""
ਤੱਤਾ ਪਾਣੀ (ਬੋਲੀਆਂ, ਗਿੱਧੇ ਦੀ ਤਰਜ਼ 'ਤੇ) /
ਪਹਿਲੀ ਬੋਲੀ: /
[[ADDRESS:Tamebank Court]] ਦੇ [[ADDRESS:ਫਲੈਟ ਨੰਬਰ ੪੨]] ਵਿੱਚ, ਠੰਢਾ ਹੋ ਗਿਆ ਬਾਇਲਰ ਵੇ, /
ਬੇਬੇ ਜੀ ਕੇਤਲੀ ਨਾਲ ਨਹਾਉਂਦੇ, ਕੰਬਦੇ ਹੱਥ ਤੇ ਪੈਰ ਵੇ। /
ਦੂਜੀ ਬੋਲੀ: /
ਮੇਰਾ ਮੁੰਡਾ [[PERSON:ਅਰਜਨ]], [[AGE:ਦਸ ਸਾਲ]] ਦਾ, ਠੰਢੇ ਪਾਣੀ ਨਾਲ ਮੂੰਹ ਧੋਵੇ, /
ਸਕੂਲੇ ਜਾਂਦਾ ਦੰਦ ਵਜਾਉਂਦਾ, ਮਾਂ ਦਾ ਦਿਲ ਪਿਆ ਰੋਵੇ। /
ਟੱਪਾ (ਸਾਰੇ ਰਲ ਕੇ): /
ਜੌਬ ਨੰਬਰ [[REFERENCE:੯੯੦੨੧੩]], ਵੇ ਮੈਂ ਗਾਵਾਂ ਸਾਰਾ ਦਿਨ, /
[[PHONE:੦੧੨੧ ੪੯੬ ੦੩੭੨]] ਮਿਲਾਵਾਂ, ਕੋਈ ਨਾ ਚੁੱਕੇ ਫ਼ੋਨ ਵੇ। /
ਤੀਜੀ ਬੋਲੀ: /
[[ORGANISATION:Sandfields Housing Co-operative]] ਆਖੇ, ਪਾਰਟ ਆਊ ਅਗਲੇ ਹਫ਼ਤੇ, /
ਅਗਲਾ ਹਫ਼ਤਾ ਆਇਆ ਤੇ ਗਿਆ, ਪਾਰਟ ਨਾ ਆਇਆ ਕਦੇ ਵੇ। /
(ਟੱਪਾ) /
ਚੌਥੀ ਬੋਲੀ: /
Co-op ਦੀ ਮੀਟਿੰਗ ਵਿੱਚ ਖੜ੍ਹ ਗਈ [[PERSON:ਸੁਖਵਿੰਦਰ]], ਬੋਲੀ ਪਾਈ ਉੱਚੀ ਵੇ, /
"ਤਿੰਨ ਹਫ਼ਤੇ ਬੇਬੇ ਠੰਢੇ ਪਾਣੀ, ਇਹ ਕਿਹੜੀ ਸੇਵਾ ਸੁੱਚੀ ਵੇ?" /
ਪੰਜਵੀਂ ਬੋਲੀ: /
[[PERSON:Mandeep]] ਜੀ ਮੈਨੇਜਰ ਉੱਠੇ, ਕਹਿੰਦੇ "ਹੁਣੇ ਕਰਦੇ ਹਾਂ ਕੰਮ ਵੇ", /
ਦੋ ਹੀਟਰ ਉਸੇ ਸ਼ਾਮ ਆਏ, ਤਿੰਨ ਦਿਨਾਂ ਵਿੱਚ ਨਵਾਂ ਬਾਇਲਰ [[ORGANISATION:Warmline Heating]] ਵਾਲੇ ਲਾ ਗਏ ਵੇ। /
ਛੇਵੀਂ ਬੋਲੀ: /
ਹੁਣ co-op ਦਾ ਨਿਯਮ ਬਣਿਆ, ਪਾਰਟ ਲੇਟ ਤਾਂ ਬਾਇਲਰ ਨਵਾਂ ਵੇ, /
ਘਰ ਵਿੱਚ ਬਜ਼ੁਰਗ ਹੋਵੇ ਤਾਂ ਪਹਿਲਾਂ, ਨਾ ਕੋਈ ਲੰਮਾ ਸਮਾਂ ਵੇ। /
ਆਖ਼ਰੀ ਟੱਪਾ: /
ਜੌਬ ਨੰਬਰ [[REFERENCE:੯੯੦੨੧੩]] ਹੁਣ ਬੰਦ ਹੋਇਆ, ਮੈਂ ਗਾਵਾਂ ਖੁੱਲ੍ਹੇ ਦਿਲ ਵੇ, /
ਬੇਬੇ ਜੀ ਤੱਤੇ ਪਾਣੀ ਨਹਾਉਂਦੇ, ਮੁਸਕਾਉਂਦੇ ਖਿੜ-ਖਿੜ ਵੇ। /
— [[PERSON:ਸੁਖਵਿੰਦਰ ਕੌਰ ਗਰੇਵਾਲ]] ([[PERSON:Sukhi]]), [[ADDRESS:Tamebank Court]]
"""),
    ),
    (
        "fv2bs-pa-03",
        "pa",
        _s("""
ਚਿੱਠੀ [[ORGANISATION:Hollowfield Estates]] ਦੇ ਨਾਂ (ਕਵਿਤਾ) /
ਸਤਿਕਾਰਯੋਗ ਜੀ, /
ਮੈਂ [[PERSON:ਪ੍ਰੀਤ ਸੰਧੂ]], [[ADDRESS:੭ Marlborough Terrace]] ਤੋਂ, /
ਤੁਹਾਨੂੰ ਉਸ ਰਸੋਈ ਵਿੱਚੋਂ ਚਿੱਠੀ ਲਿਖ ਰਹੀ ਹਾਂ /
ਜਿੱਥੇ ਅਸੀਂ ਇਕੱਲੇ ਨਹੀਂ ਰਹਿੰਦੇ। /
ਸਾਡੇ ਨਾਲ ਰਹਿੰਦੇ ਨੇ ਚੂਹੇ — /
ਰਾਤ ਨੂੰ ਕੰਧ ਦੇ ਪਿੱਛੇ ਭੱਜਦੇ, ਆਟੇ ਦੀ ਬੋਰੀ ਵਿੱਚ ਮੋਰੀ ਕਰਦੇ, /
ਜਿਵੇਂ ਕਿਰਾਇਆ ਉਹੀ ਭਰਦੇ ਹੋਣ। /
[[PERSON:ਪ੍ਰੀਤ]] ਨੂੰ ਚੂਹਿਆਂ ਨਾਲ ਕੋਈ ਪ੍ਰੀਤ ਨਹੀਂ, /
ਇਹ ਤਾਂ ਤੁਸੀਂ ਸਮਝ ਹੀ ਗਏ ਹੋਵੋਗੇ। /
ਮੇਰੇ ਜੁੜਵਾਂ ਬੱਚੇ, [[PERSON:ਨਿਮਰਤ]] ਤੇ [[PERSON:ਅਗਮ]], [[AGE:ਚਾਰ ਸਾਲ]] ਦੇ, /
ਪੁੱਛਦੇ ਨੇ: ਚੂਹੇ ਸਾਡੇ pets ਨੇ? /
ਨਹੀਂ ਪੁੱਤ, ਇਹ ਤਾਂ landlord ਦੇ ਮਹਿਮਾਨ ਨੇ। /
ਰਿਪੋਰਟ ਨੰਬਰ [[REFERENCE:HE-PC-3307]], /
ਪੈਸਟ ਵਾਲਾ ਤਿੰਨ ਵਾਰ ਆਇਆ, ਜ਼ਹਿਰ ਰੱਖ ਗਿਆ, /
ਪਰ ਮੋਰੀਆਂ ਉਂਜ ਦੀਆਂ ਉਂਜ — ਦਰਵਾਜ਼ਾ ਖੁੱਲ੍ਹਾ ਛੱਡ ਕੇ ਕੁੰਡੀ ਲਾਉਣ ਵਾਲੀ ਗੱਲ। /
ਮੇਰੀ ਈਮੇਲ ਤੁਹਾਡੇ ਕੋਲ ਹੈ — [[EMAIL:preet dot sandhu at example dot com]] — ਬਾਰਾਂ ਵਾਰ ਲਿਖੀ, /
ਜਵਾਬ ਆਇਆ ਇੱਕ ਵਾਰ, ਉਹ ਵੀ "no reply" ਵਾਲੇ ਪਤੇ ਤੋਂ। /
ਫਿਰ ਮੈਂ [[OTHER_ID:@marlborough_mice]] ਨਾਂ ਦਾ ਪੇਜ ਬਣਾਇਆ, /
ਰੋਜ਼ ਇੱਕ ਫ਼ੋਟੋ, ਰੋਜ਼ ਇੱਕ ਮੋਰੀ। /
ਤੀਜੇ ਦਿਨ ਤੁਹਾਡੇ [[PERSON:Nathan]] ਨੇ ਫ਼ੋਨ ਕੀਤਾ। /
ਮੈਂ ਧੰਨਵਾਦ ਕਰਦੀ ਹਾਂ ਕਿ ਫਿਰ ਤੁਸੀਂ ਠੀਕ ਕੰਮ ਕੀਤਾ: /
ਸਾਰੀ ਰਸੋਈ ਦੀਆਂ ਮੋਰੀਆਂ ਬੰਦ, ਪਾਈਪਾਂ ਦੁਆਲੇ ਜਾਲੀ, /
ਨਾਲ ਦੇ ਖ਼ਾਲੀ ਘਰ ਦੀ ਵੀ ਸਫ਼ਾਈ, ਜਿੱਥੋਂ ਉਹ ਆਉਂਦੇ ਸਨ, /
ਖ਼ਰਾਬ ਹੋਏ ਰਾਸ਼ਨ ਦੇ ਪੈਸੇ, ਤੇ ਲਿਖਤੀ ਮੁਆਫ਼ੀ। /
ਤੇ ਸਭ ਤੋਂ ਵੱਡੀ ਗੱਲ, ਤੁਸੀਂ ਲਿਖਿਆ ਕਿ ਹੁਣ ਤੋਂ /
ਚੂਹਿਆਂ ਦੀ ਰਿਪੋਰਟ 'ਤੇ ਪਹਿਲਾਂ ਮੋਰੀਆਂ ਲੱਭੀਆਂ ਜਾਣਗੀਆਂ, ਜ਼ਹਿਰ ਬਾਅਦ ਵਿੱਚ, /
ਤੇ ਖ਼ਾਲੀ ਘਰਾਂ ਦੀ ਜਾਂਚ ਹਰ ਮਹੀਨੇ ਹੋਵੇਗੀ। /
ਹੁਣ ਰਾਤ ਨੂੰ ਕੰਧ ਚੁੱਪ ਹੈ। /
[[PERSON:ਨਿਮਰਤ]] ਤੇ [[PERSON:ਅਗਮ]] ਨੇ ਆਪਣੇ ਖਿਡੌਣੇ ਵਾਲੇ ਚੂਹੇ ਦਾ ਨਾਂ [[PERSON:Nathan]] ਰੱਖ ਦਿੱਤਾ ਹੈ। /
ਉਮੀਦ ਹੈ ਉਹ ਬੁਰਾ ਨਹੀਂ ਮਨਾਉਣਗੇ। /
ਤੁਹਾਡੀ, /
[[PERSON:ਪ੍ਰੀਤ]]
"""),
    ),
    (
        "fv2bs-pa-04",
        "pa",
        _s("""
"No Access" (ਇੱਕ-ਪਾਤਰੀ ਨਾਟਕ) /
ਮੈਂ ਘਰ ਸੀ। /
ਲਿਖ ਲਓ, ਮੈਂ ਘਰ ਸੀ। /
ਮੇਰਾ ਨਾਂ [[PERSON:ਗੁਰਮੀਤ ਕੌਰ ਢਿੱਲੋਂ]], ਜਨਮ [[DATE_OF_BIRTH:੧੦ ਅਕਤੂਬਰ ੧੯੫੧]], /
ਨੈਸ਼ਨਲ ਇੰਸ਼ੋਰੈਂਸ [[NI_NUMBER:KR 55 20 91 A]], ਇਹ ਵੀ ਲਿਖ ਲਓ, ਉਹ ਹਰ ਵਾਰ ਪੁੱਛਦੇ ਨੇ। /
ਘਰ [[ADDRESS:43 Oakley Grove]], ਸਿੰਕ ਹੇਠਾਂ ਲੀਕ, /
ਰਸੋਈ ਦਾ ਫ਼ਰਸ਼ ਫੁੱਲ ਗਿਆ ਜਿਵੇਂ ਗਿੱਲੀ ਰੋਟੀ। /
ਪਹਿਲੀ ਵਾਰ ਕਹਿੰਦੇ: ਸੋਮਵਾਰ, ਅੱਠ ਤੋਂ ਇੱਕ। /
ਮੈਂ ਪਾਠ ਕਰਕੇ ਬੈਠ ਗਈ, ਦਰਵਾਜ਼ੇ ਕੋਲ, ਕੁਰਸੀ ਲਾ ਕੇ। /
ਇੱਕ ਵੱਜਿਆ, ਦੋ, ਤਿੰਨ। ਕੋਈ ਨਹੀਂ। /
ਸ਼ਾਮ ਨੂੰ ਮੈਸੇਜ: "Operative attended, no access." /
ਮੈਂ ਘਰ ਸੀ। /
ਦੂਜੀ ਵਾਰ, ਤੀਜੀ ਵਾਰ, ਚੌਥੀ ਵਾਰ — "no access"। /
ਰਿਪੇਅਰ ਨੰਬਰ [[REFERENCE:OG/44102]] ਦੇ ਥੱਲੇ ਚਾਰ ਵਾਰ ਇੱਕੋ ਝੂਠ, ਕਿ ਮੈਂ ਘਰ ਨਹੀਂ ਸੀ। /
ਮੈਂ [[AGE:ਤਿਹੱਤਰ ਸਾਲ]] ਦੀ ਹਾਂ, ਗੋਡਿਆਂ ਕਰਕੇ ਕਿਤੇ ਜਾਂਦੀ ਵੀ ਨਹੀਂ। /
ਫਿਰ ਮੇਰੇ ਪੋਤੇ [[PERSON:ਰਵੀ]] ਨੇ ਦਰਵਾਜ਼ੇ 'ਤੇ ਕੈਮਰੇ ਵਾਲੀ ਘੰਟੀ ਲਾ ਦਿੱਤੀ। /
ਪੰਜਵੀਂ ਵਾਰ ਵੀ ਮੈਸੇਜ ਆਇਆ: no access। /
ਪਰ ਕੈਮਰੇ ਵਿੱਚ ਕੋਈ ਨਹੀਂ ਸੀ ਆਇਆ। ਸਾਰਾ ਦਿਨ। ਸਿਰਫ਼ ਡਾਕੀਆ ਤੇ ਇੱਕ ਬਿੱਲੀ। /
[[PERSON:ਰਵੀ]] ਨੇ ਵੀਡੀਓ [[ORGANISATION:Westbury Park Homes]] ਨੂੰ ਭੇਜੀ, ਨਾਲ ਸ਼ਿਕਾਇਤ। /
ਫਿਰ ਆਈ [[PERSON:Claire]], ਸ਼ਿਕਾਇਤਾਂ ਵਾਲੀ ਟੀਮ ਤੋਂ, /
ਮੇਰੀ ਰਸੋਈ ਵਿੱਚ ਬੈਠ ਕੇ ਚਾਹ ਪੀਤੀ ਤੇ ਵੀਡੀਓ ਵੇਖੀ। /
ਉਹਨੇ ਮੰਨਿਆ: ਠੇਕੇਦਾਰ [[ORGANISATION:Rapidfix Maintenance]] ਬਿਨਾਂ ਆਏ "no access" ਲਿਖ ਦਿੰਦਾ ਸੀ, /
ਸਿਰਫ਼ ਮੇਰੇ ਘਰ ਨਹੀਂ, ਕਈ ਘਰਾਂ ਵਿੱਚ। /
ਅਗਲੇ ਦਿਨ ਪਲੰਬਰ ਆਇਆ, ਫ਼ਰਸ਼ ਨਵਾਂ, ਮੁਆਵਜ਼ਾ, ਮੁਆਫ਼ੀ। /
ਤੇ ਹੁਣ ਨਿਯਮ ਹੈ: "no access" ਤਾਂ ਹੀ ਮੰਨਿਆ ਜਾਵੇਗਾ /
ਜੇ ਬੂਹੇ ਦੀ ਫ਼ੋਟੋ ਹੋਵੇ ਤੇ ਕਿਰਾਏਦਾਰ ਨੂੰ ਫ਼ੋਨ ਕੀਤਾ ਹੋਵੇ। /
ਸੋ ਲਿਖ ਲਓ। /
ਮੈਂ ਘਰ ਸੀ। /
ਹਮੇਸ਼ਾ ਘਰ ਸੀ।
"""),
    ),
    (
        "fv2bs-pa-05",
        "pa",
        _s("""
[[PERSON:ਫ਼ਤਿਹ]] (ਸੱਚੀ ਘਟਨਾ 'ਤੇ ਅਧਾਰਿਤ ਕਹਾਣੀ) /
[[PERSON:ਫ਼ਤਿਹ ਸਿੰਘ]] [[AGE:ਪੰਦਰਾਂ ਸਾਲ]] ਦਾ ਸੀ ਜਦੋਂ ਪਹਿਲੀ ਵਾਰ ਕਿਸੇ ਨੇ ਉਹਦੀ ਪੱਗ ਵੱਲ ਪੱਥਰ ਸੁੱਟਿਆ। /
ਉਹ [[ADDRESS:8 Larkspur Close]] ਤੋਂ [[ADDRESS:Thornbury Academy]] ਨੂੰ ਜਾ ਰਿਹਾ ਸੀ, /
ਉਹੀ ਰਸਤਾ ਜਿਹੜਾ ਉਹ ਸੱਤ ਸਾਲਾਂ ਤੋਂ ਤੁਰਦਾ ਸੀ। /
ਫਿਰ ਗੈਰਾਜ ਦੇ ਦਰਵਾਜ਼ੇ 'ਤੇ ਲਿਖਿਆ ਗਿਆ — ਉਹ ਸ਼ਬਦ ਜੋ ਅਸੀਂ ਇੱਥੇ ਨਹੀਂ ਲਿਖਾਂਗੇ। /
ਫਿਰ ਉਹਦੇ ਪਿਤਾ, [[PERSON:ਕੁਲਦੀਪ ਸਿੰਘ]] ਦੀ ਚਿੱਟੀ ਟੋਯੋਟਾ, [[OTHER_ID:BV21 OKM]], ਦੇ ਚਾਰੇ ਟਾਇਰ ਪਾੜ ਦਿੱਤੇ ਗਏ। /
ਪਰਿਵਾਰ ਨੂੰ ਪਤਾ ਸੀ ਕਿਉਂ: ਕਿਉਂਕਿ ਉਹ [[OTHER_SPECIAL:ਸਿੱਖ]] ਸਨ, ਤੇ ਗਲੀ ਵਿੱਚ ਇੱਕੋ ਪੱਗ ਵਾਲਾ ਘਰ। /
ਪੁਲਿਸ ਨੇ ਕਰਾਈਮ ਨੰਬਰ ਦਿੱਤਾ, [[REFERENCE:22/58813/24]], /
[[ORGANISATION:Tamebridge Homes]] ਨੇ ASB ਨੰਬਰ ਦਿੱਤਾ, [[REFERENCE:TB-ASB-0619]], /
ਤੇ ਦੋਵਾਂ ਨੇ ਕਿਹਾ: "ਡਾਇਰੀ ਰੱਖੋ।" /
ਮਾਂ, [[PERSON:ਜਸਲੀਨ]], ਰਾਤਾਂ ਨੂੰ ਬਾਰੀ ਕੋਲ ਬੈਠੀ ਰਹਿੰਦੀ, ਸੌਂਦੀ ਨਹੀਂ ਸੀ। /
[[PERSON:ਫ਼ਤਿਹ]] ਨੇ ਸਕੂਲ ਜਾਣਾ ਛੱਡ ਦਿੱਤਾ। /
ਤਬਦੀਲੀ ਆਈ [[PERSON:Bronwen Price]] ਨਾਲ, ਜੋ ਨਵੀਂ ASB ਮੈਨੇਜਰ ਸੀ। /
ਉਹਨੇ ਇਹਨੂੰ "ਗੁਆਂਢੀਆਂ ਦਾ ਝਗੜਾ" ਨਹੀਂ, hate crime ਲਿਖਿਆ। /
ਗਲੀ ਵਿੱਚ ਕੈਮਰਾ ਲਵਾਇਆ, ਗੈਰਾਜ ਦਾ ਦਰਵਾਜ਼ਾ ਉਸੇ ਦਿਨ ਸਾਫ਼ ਕਰਵਾਇਆ, /
ਤੇ ਜਿਸ ਘਰੋਂ ਪੱਥਰ ਆਉਂਦੇ ਸਨ, ਉਹਨਾਂ ਨੂੰ injunction ਮਿਲਿਆ। /
[[ADDRESS:ਗੁਰਦੁਆਰਾ ਨਾਨਕ ਨਿਵਾਸ]] ਦੀ ਕਮੇਟੀ ਤੇ ਗਲੀ ਦੇ ਹੋਰ ਗੁਆਂਢੀ ਵੀ ਮੀਟਿੰਗ ਵਿੱਚ ਆਏ, /
ਹਰ ਰੰਗ ਦੇ ਲੋਕ, ਇੱਕੋ ਕਮਰੇ ਵਿੱਚ। /
[[ORGANISATION:Tamebridge Homes]] ਨੇ ਲਿਖਤੀ ਮੁਆਫ਼ੀ ਮੰਗੀ ਕਿ ਛੇ ਮਹੀਨੇ ਇਹਨੂੰ ਛੋਟੀ ਗੱਲ ਸਮਝਿਆ, /
ਤੇ ਹੁਣ ਹਰ ਨਸਲੀ ਸ਼ਿਕਾਇਤ 'ਤੇ ਪੰਜ ਦਿਨਾਂ ਵਿੱਚ ਘਰ ਆ ਕੇ ਮਿਲਦੇ ਨੇ। /
[[PERSON:ਫ਼ਤਿਹ]] ਹੁਣ [[AGE:ਸੋਲਾਂ]] ਦਾ ਹੈ, ਫਿਰ ਉਸੇ ਰਸਤੇ ਸਕੂਲ ਜਾਂਦਾ ਹੈ। /
ਉਹਦਾ ਨਾਂ [[PERSON:ਫ਼ਤਿਹ]] ਹੈ — ਜਿੱਤ। /
ਤੇ ਐਤਕੀਂ, ਸੱਚਮੁੱਚ, ਫ਼ਤਿਹ ਹੋਈ। /
— [[PERSON:ਜਸਲੀਨ ਕੌਰ]], [[PERSON:ਫ਼ਤਿਹ]] ਦੀ ਮਾਂ
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
