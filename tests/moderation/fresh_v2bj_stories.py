"""Fresh version-2 PII test stories, batch bj.

Children and young teenagers (8 to 15) writing about their home for a school project, a Saturday or
home-languages class, a youth club form or a Children's Commissioner consultation, sometimes with a line
from a parent, teacher or youth worker: run-ons, misspellings and dialect in every language (Levantine,
Sudanese, Iraqi, Yemeni and Libyan Arabic; Sylheti-coloured Bengali; Romanian without diacritics), names in
lower case, diminutives and inflected forms (Kacprem, Stasia, Olkiem, Anei, Marka), names that are ordinary
words (Precious, Hope, Joy, Will, Dawn; Amal beside "hope", Bengali Tara beside "they", Urdu Umar beside
"age", Punjabi Fateh beside the greeting), gaming tags and social handles, a car registration and an NHS
number (OTHER_ID), phones in native digits, an email spelt out in Romanian words, birthdays with and without
the year (both DATE_OF_BIRTH). Schools, mosques, a gurdwara, a church, a GP surgery, a pub, corner shops, a
community hub, a neighbour's "43c" and "number 23" are ADDRESS. Not marked: pets, class and year names
(Willow, 10R, Year 5), towns, public figures and games, the Children's Commissioner and Ombudsman, generic
roles, money, counts, non-birth dates, and kinship or courtesy words (Nan, Uncle, bhai, ankal) beside names.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 7 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 37.1% of 35, recall 93.7%, precision 78.4%, on the committed
detector 5e6acc4 (the detector that landed, after round 55); leak-free by language ar 1, bn 2, en 3, pa 3, pl 1, ro 2, ur 1 of 5.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2bj-en-01",
        "en",
        _s("""
MY HOME by [[PERSON:Destiny-Rose Mensah]], Class 4 Willow, [[ADDRESS:St Bede's Primary]].
I live in [[ADDRESS:flat 14, Marlowe House]] with my mum and my little sister [[PERSON:Precious]],
she is [[AGE:6]] and I am [[AGE:9]]. My birthday is the [[DATE_OF_BIRTH:2nd of June]] so it is nearly
my birthday and I want a hamster. In our bedroom there was black mould on the wall behind the
bunk beds. First it was like little dots and then it was like a map of the world. It smelt like
old socks. [[PERSON:Precious]] has [[HEALTH:asthma]] and she was coffing every night and mum had
to take her to the walk in centre two times. Mum rang [[ORGANISATION:Harbourside Homes]] lots and
lots and lots. A man came called [[PERSON:gary]] and he just painted it white and it came back
in 3 weeks. I was so angry I drew the mould with a sad face and put it on the fridge. Then mum
did a proper complaint and they gave her a number, it was [[REFERENCE:HH-40713]]. A lady called
[[PERSON:Joy]] rang mum back and said sorry about a hundred times. Then some men came and put a
fan in the bathroom that goes on by itself and fixed the pipe thing on the outside of the
building (the gutter) and sprayed all the wall with special spray that smelt like swimming. Now
our room is dry and I have a poster of Taylor Swift where the mould was. What I learned is if
something is wrong you have to keep telling them and write it down becuase people forget. My
best friend [[PERSON:Hope]] helped me with the spellings but not all of them. Our cat is called
Biscuit and he is not allowed in the bedroom anyway.
Note: spelling left as [[PERSON:Destiny]] wrote it. Mrs [[PERSON:Fairweather]], Year 4 teacher.
"""),
    ),
    (
        "fv2bj-en-02",
        "en",
        _s("""
Youth Voice - Where I Live form. Name: [[PERSON:Kai Thompson-Reid]]. Age: [[AGE:12]].
Gamer tag (optional): [[OTHER_ID:KingKai_x12]]. Parent/carer number: [[PHONE:07700 900417]].
i live on the [[ADDRESS:Greenacre estate]] with my mum and my little brother [[PERSON:Tyrese]]
who is [[AGE:7]]. my nan lives in the tall block, [[ADDRESS:flat 37 Ashby Tower]], on the 9th
floor and she has [[HEALTH:COPD]] so she cant do stairs at all. in march the lift broke and it
stayed broke for 5 WEEKS. me and my cousin [[PERSON:marcus]] carried her shopping up every day
after school, 180 steps i counted them. she didnt go out the whole time not even to bingo. also
the stairs was horrible, people smoking weed and leaving cans and one time a dog with no lead
jumped up at [[PERSON:Tyrese]] and he cried. and a white van [[OTHER_ID:KX19 TWD]] always parked
across the ramp so nans scooter couldnt get past anyway. our caretaker is Mr [[PERSON:Adebayo]]
but everyone calls him Uncle [[PERSON:Ade]]. he told mum to go to the residents meeting. mum went
and so did like 30 other people and a manager from [[ORGANISATION:Fernlea Housing Group]] came.
they said sorry, they got a lift engineer in from another company and it was fixed in 4 days
after that. the ASB team opened a case [[REFERENCE:ASB 3391/24]] and put a camera in the
stairwell and the van got a ticket lol. now they have a list of everyone who cant do stairs and
if the lift breaks they ring them the same day and can bring food up. i think that should of
been there from the start. i like watching Sidemen and playing Fortnite. thats it.
Youth worker note: [[PERSON:Kai]] wrote this himself at Thursday club at
[[ADDRESS:Greenacre Community Hub]]. [[PERSON:Shona]]
"""),
    ),
    (
        "fv2bj-en-03",
        "en",
        _s("""
Children's Commissioner consultation: Tell us about your home.
Hi, I'm [[PERSON:Sumaiya]]. I'm [[AGE:14]] (born [[DATE_OF_BIRTH:11/09/2010]]) and I go to
[[ADDRESS:Kingsmead Academy]]. I want to tell you about when there were seven of us in a two
bedroom flat at [[ADDRESS:22 Delamere Walk]], [[POSTCODE:e13 9pq]]. It was me, my sisters
[[PERSON:Nabila]] and [[PERSON:Ruqayyah]] (we call her [[PERSON:Ruqi]]), my brother
[[PERSON:Rayyan]] who's [[AGE:8]], baby [[PERSON:Zak]] who was [[AGE:9 months]] then, and Mum
and Dad. Us three girls shared one bedroom with a bunk bed and a mattress that went under it in
the day. [[PERSON:Rayyan]] slept in Mum and Dad's room with [[PERSON:Zak]]. We're
[[OTHER_SPECIAL:Muslim]] and there was honestly nowhere to put a prayer mat down except the
kitchen. Mum had been on the housing register with [[ORGANISATION:Newbridge Council]] for five
years, number [[REFERENCE:HR0049217]] (I know it by heart because I did all the bidding for her
online). Every time we got told we weren't overcrowded enough because they counted the living
room as a bedroom, even though Dad's cousin was sleeping in it some weeks. Mum emailed them from
[[EMAIL:r.begum79@example.net]] more times than I can count and got the same copy and paste
answer. What changed it was my form tutor Mr [[PERSON:Hallam]]. He wrote a letter saying I was
doing homework in the bath (true) and my attendance was dropping. Then a housing officer actually
came and measured the rooms, and she said the assessment was wrong. Four months later we moved
to a four bedroom house, [[ADDRESS:27 Fenwick Close]]. I think the lesson is: come and look. A
form can't see a mattress under a bunk bed. Apparently they now do home visits for any family
with more than five kids, which is good.
"""),
    ),
    (
        "fv2bj-en-04",
        "en",
        _s("""
my house by [[PERSON:oisin]]
I am [[AGE:8]]. I live at [[ADDRESS:6 Holly Bank]] with my mam and dad and [[PERSON:Saoirse]]
and the baby. [[PERSON:Saoirse]] is [[AGE:5]] and the baby is called [[PERSON:Cian]]. My
birthday is the [[DATE_OF_BIRTH:19th of December]]. At christmas the boiler broke and there was
no hot water and no heating and it was FREEZING. you could see your breth in the kitchen. We had
to have baths at my nannys, she lives above the [[ADDRESS:Crown and Anchor]] so it smells of
chips there. My dad rang the gas people on [[PHONE:0161 496 0274]] and they said after christmas
becuase of the holidays. We had 3 little heaters but they made the electric go off with a pop. I
wore my coat in bed and my Man City socks. Then my mam rang again and said about the baby and then
a man came called [[PERSON:Marcus]] from [[ORGANISATION:Kingsheat Gas Services]] with a big van
and he put a new boiler in. He let me hold the torch. Now it is hot and I can have a bath at
home. Me and [[PERSON:Will]] from my class made a poster about keeping warm for our topic and we
got a star. I think if you have a baby they should come the same day.
From his mam, [[PERSON:Niamh]]: he's very proud of this. The boiler was fixed on the 28th after
we made a complaint (ref [[REFERENCE:PF/C/22871]]). [[ORGANISATION:Pennyfield Homes]] paid us
back for the electric and they now bring heaters the same day for families with small children.
"""),
    ),
    (
        "fv2bj-en-05",
        "en",
        _s("""
PSHE project: Advocacy, someone I helped. [[PERSON:Jada Campbell]], 10R.
My mum has [[HEALTH:multiple sclerosis]] and some days her hands don't work well enough to
type, so since I was [[AGE:13]] I've been the one who does the emails. My mum's side is
[[OTHER_SPECIAL:Jamaican]], my grandad [[PERSON:Winston]] came over in the sixties, and he always
says "put it in writing, [[PERSON:Jada]]". So I did. We rent [[ADDRESS:43b Quarry Hill Road]],
[[POSTCODE:LS9 0XJ]] from [[ORGANISATION:Northgate Homes]]. Last winter water kept coming through
our kitchen ceiling from the flat above, [[ADDRESS:43c]]. Mr [[PERSON:Wiśniewski]] who lives
there was lovely about it and always let the plumbers in, but they never found anything. I
emailed [[EMAIL:repairs@northgatehomes.example.com]] nine times from Mum's account
([[EMAIL:marcia.campbell@example.org]]). Each time we got an automatic reply with a brand new job
number, like [[REFERENCE:REP 7734 120]] and then [[REFERENCE:REP 7736 551]], as if nobody could
see the old ones. When I rang [[PHONE:0113 496 0832]] they asked for Mum's NI number,
[[NI_NUMBER:PW 61 38 27 A]], and her date of birth before they'd even talk, and then said I had
to be 18. In January I posted the bucket on my story ([[OTHER_ID:@jadacamp_15]]). Auntie said
don't, but honestly that's when things moved. A woman called [[PERSON:Dawn]] from the complaints
team rang Mum, linked all the jobs together and sent a surveyor who found a cracked soil pipe
inside the wall. They fixed it, put up a new ceiling, paid £420 and gave Mum one named contact.
What I learned about advocacy: keep a timeline, keep every number, and be polite but don't stop.
What they learned (I hope): one problem should have one job number, not nine.
"""),
    ),
    (
        "fv2bj-pl-01",
        "pl",
        _s("""
Wypracowanie: Mój dom. [[PERSON:Zuzanna Kowalik]], klasa 4,
[[ADDRESS:Polska Szkoła Sobotnia im. Mikołaja Kopernika]].
Mam [[AGE:10 lat]] i mieszkam z mamą, tatą i bratem [[PERSON:Kacprem]] w Slough. [[PERSON:Kacper]]
ma [[AGE:6 lat]] i jest wkurzający ale go kocham. Urodziłam się [[DATE_OF_BIRTH:7 maja 2015]]
w szpitalu w Slough. Nasz dom to [[ADDRESS:52 Brookfield Road]], taki czerwony z cegły z małym
ogródkiem. W zimie w łazience i w moim pokoju zrobiła się pleśń, czarna i troche zielona, na
suficie i za szafą. Śmierdziało jak w piwnicy u babci. Mama mówiła że to "condensation" i
otwieraliśmy okna, ale dalej było. [[PERSON:Kacper]] ciągle kaszlał w nocy i lekaż powiedział że
to może być od pleśni. Mama dzwoniła do [[ORGANISATION:Thornbury Housing]] i oni mówili "we will
send someone" i nikt nie psyszedł przez dwa miesiące. Potem tata napisał complaint po angielsku,
pomogła mu pani [[PERSON:Agnieszka]] z naszej szkoły bo ona super mówi po angielsku. Dostaliśmy
numer [[REFERENCE:TH-2024-0815]]. I wtedy przyszedł pan [[PERSON:Darek]] z firmy i on też był
[[OTHER_SPECIAL:Polakiem]]! Znalazł że rynna jest zepsuta i woda leci do ściany. Naprawili rynnę,
dali wentylator w łazience który sam się włancza i pomalowali specjalną farbą. Teraz jest sucho
i [[PERSON:Kacper]] już prawie nie kaszle. Nauczyłam się że trzeba wszystko pisać i robić
zdjęcia, bo jak się tylko dzwoni to nikt nie pamięta. Mój chomik Pimpek też się cieszy.
Dopisek nauczycielki: [[PERSON:Zuzia]] pisała sama, poprawiłam tylko dwa słowa. Dziękujemy pani
[[PERSON:Agnieszce]] za pomoc rodzinie. [[PERSON:B. Nowicka]]
"""),
    ),
    (
        "fv2bj-pl-02",
        "pl",
        _s("""
Ankieta klubu młodzieżowego, można pisać w swoim języku.
Jestem [[PERSON:Kuba]], właściwie [[PERSON:Jakub Zieliński]], mam [[AGE:13 lat]]. Na Xboxie
jestem [[OTHER_ID:KubaPL_07]], a na insta [[OTHER_ID:@kuba.zielu]] jakby ktoś chciał. Mieszkamy
w [[ADDRESS:mieszkaniu 41]] na szóstym piętrze w bloku [[ADDRESS:Carrington Court]]. Chodzę do
[[ADDRESS:Beechwood Academy]] z moim najlepszym kumplem [[PERSON:Olkiem]]. Rok temu pod nami
wprowadzili się nowi sąsiedzi i co weekend była impreza do 4 rano. Basy było słychać tak że mi
się trzęsła szklanka na biurku. Krzyczeli na korytarzu, raz ktoś kopnął w nasze drzwi i zostało
wgniecenie. Moja siostra [[PERSON:Hania]] ma [[AGE:4 latka]] i budziła się z płaczem. Ja miałem
testy i nie mogłem spać, zasypiałem na lekcjach i pan od matmy się wkurzał. Mama dzwoniła do
[[ORGANISATION:Haldane Borough Council]] i na początku mówili że to "lifestyle noise". Potem
założyli sprawę ASB, numer [[REFERENCE:ASB-22917]], i pan [[PERSON:Sajid]] z ASB team dał mamie
aplikację do nagrywania hałasu. Ja pomagałem nagrywać bo mama nie umie takich apek. Nagraliśmy
23 razy. Po tym przyszedł list ostrzegawczy do sąsiadów i było spotkanie z mediatorem. Okazało
się że oni nie wiedzieli że tak bardzo słychać bo podłoga jest cienka. Council dał im dywany i
teraz po 23 jest cisza, a jak nie, to mamy dzwonić do pana [[PERSON:Sajida]]. Czego się
nauczyłem: nagrania są ważniejsze niż krzyczenie przez drzwi. I że sąsiedzi też są ludźmi.
Kontakt do mamy (napisała sama): [[PHONE:07700900562]]
"""),
    ),
    (
        "fv2bj-pl-03",
        "pl",
        _s("""
Ja jestem [[PERSON:Lena]] i mam [[AGE:8 lat]]. Moje urodziny są [[DATE_OF_BIRTH:14 lutego]] w
walentynki. Mieszkam w [[ADDRESS:Hartley House mieszkanie 3B]] z mamą i tatą i siostrą
[[PERSON:Wiki]]. [[PERSON:Wiki]] ma [[AGE:3 latka]] i jest mała. W styczniu w naszym mieszkaniu
nie dzialaly kaloryfery. Było bardzo bardzo zimno. Ja spałam w kurtce i czapce. Mama płakala bo
[[PERSON:Wiki]] była chora i miała gorączke. Tata dzwonił i dzwonił. Przyszedł pan
[[PERSON:Steve]] i powiedział że trzeba nowa część i poszedł. Potem nikt nie psyszedł długo
długo. Moja pani w szkole, pani [[PERSON:Basia]], dała mi swój szalik. A moja przyjaciułka
[[PERSON:Ola]] dała mi rękawiczki z jednorożcem. Potem tata napisał skarge i oni przywieźli dwa
grzejniki elektryczne i potem zrobili nowe kaloryfery i nowy piec. Teraz jest ciepło i ja chodze
w skarpetkach po domu. Dali nam też 200 funtów za prąd. Ja się nauczyłam że jak jest zimno trzeba
dzwonić dużo razy i pisać. I że jak jest mała dziecko to mają przyjść szybko.
Dopisek taty: [[PERSON:Lenka]] bardzo przeżywała tę zimę. Firma [[ORGANISATION:Crestline Homes]]
w końcu stanęła na wysokości zadania i teraz do rodzin z małymi dziećmi przyjeżdżają tego samego
dnia. Mój numer, gdyby ktoś z bloku potrzebował: [[PHONE:0118 496 0753]].
"""),
    ),
    (
        "fv2bj-pl-04",
        "pl",
        _s("""
[[PERSON:filip wróbel]], lat [[AGE:11]], klasa 6. Piszę o moim bracie i o naszym domu.
Mój brat [[PERSON:Staś]] ma [[AGE:7 lat]] i ma [[HEALTH:porażenie mózgowe]]. Jeździ na wózku i
nie umie chodzić sam. Mieszkamy w domu [[ADDRESS:17 Orchard Way]], [[POSTCODE:RG2 7LW]], od
[[ORGANISATION:Kennet Vale Housing]]. Jak się wprowadziliśmy to były trzy schodki do drzwi i
łazienka na górze. Tata nosił [[PERSON:Stasia]] na rękach po schodach codziennie, a on robi się
coraz cięższy i tatę boli plecy. Pani [[PERSON:Fiona]] od terapii zajęciowej przyszła i
powiedziała że trzeba rampę i łazienkę na dole. To było w 2022. Potem przez prawie dwa lata nic.
Raz zgubili papiery, raz powiedzieli że trzeba nowy formularz. Tata pisał maile z
[[EMAIL:t.wrobel82@example.com]] i nikt nie odpisywał. W [[ADDRESS:kościele św. Anny]] pan
[[PERSON:Henryk]] powiedział tacie żeby napisać oficjalną skargę. Tata napisał, dostał numer
[[REFERENCE:DFG/0457]] i w końcu dali nam jedną osobę, pana [[PERSON:Marka]], który wszystko
załatwiał. W lecie zrobili rampę i łazienkę na dole z prysznicem bez brodzika. Teraz
[[PERSON:Staś]] sam wyjeżdża do ogródka i gramy w piłkę, ja kopię a on łapie i się śmieje. Mój
kolega [[PERSON:Igor]] też przychodzi. Czego się nauczyłem: jak jest dziecko na wózku to nie
można czekać dwa lata. I lepiej jak jest jedna osoba a nie dziesięć różnych.
"""),
    ),
    (
        "fv2bj-pl-05",
        "pl",
        _s("""
Piszę to ja, [[PERSON:Natalia]], [[AGE:15 lat]], córka [[PERSON:Renaty Kaczmarek]]. To jest na
konsultację Children's Commissioner o tym jak dzieci pomagają w domu. Od kiedy miałam
[[AGE:11 lat]] jestem tłumaczką mamy. Mama dobrze pracuje, ale angielski ma słaby i się wstydzi
dzwonić. Mieszkamy w [[ADDRESS:Meridian Point, mieszkanie 8]], [[POSTCODE:nn1 3ht]], wynajmujemy
od [[ORGANISATION:Avonmere Living]]. W zeszłym roku z sufitu w sypialni mamy zaczęła kapać woda.
Ja dzwoniłam na [[PHONE:0116 496 0381]] z telefonu mamy. Za każdym razem pytali o jej datę
urodzenia, [[DATE_OF_BIRTH:23.08.1984]], i numer NI, [[NI_NUMBER:SR 43 71 02 D]], a potem mówili
że muszą rozmawiać z tenant a nie z dzieckiem. Mama stała obok i mówiła "yes, yes, she can
talk", ale i tak. Numer najmu [[REFERENCE:AV/TEN/66120]] znam na pamięć. Do tego przyszedł list
że mamy zaległości w czynszu, bo ktoś źle wpisał płatność. Mama nie spała całą noc. W końcu moja
wychowawczyni Ms [[PERSON:Oyelaran]] pomogła napisać skargę. Zadzwoniła pani [[PERSON:Claire]] z
[[ORGANISATION:Avonmere]] i tym razem był tłumacz na linii! Naprawili przeciek (pękła rura u
sąsiada), poprawili konto, oddali 186 funtów i przeprosili. Czego się nauczyliśmy: dziecko nie
powinno być tłumaczem w sprawach dorosłych. Teraz mama ma zapisane na koncie że potrzebuje
tłumacza i dzwonią do niej z tłumaczem. A ja mogę się uczyć do GCSE. Moja insta:
[[OTHER_ID:@nat.kacz]]
"""),
    ),
    (
        "fv2bj-ro-01",
        "ro",
        _s("""
Casa mea, proiect pentru Home Languages Week.
Eu sunt [[PERSON:Andrei]] si am [[AGE:9 ani]]. Sunt in Year 4 la [[ADDRESS:Greenfield Primary]]
si profesoara mea e Miss [[PERSON:Hughes]]. Ziua mea e pe [[DATE_OF_BIRTH:1 decembrie]] si vreau
Lego. Stau cu mama, tata si sora mea [[PERSON:Ana-Maria]] care are [[AGE:4 ani]], la
[[ADDRESS:12 Sparrow Lane]]. Suntem [[OTHER_SPECIAL:romani]] si duminica mergem la
[[ADDRESS:biserica Sfantul Nicolae]]. Iarna trecuta in camera mea si a [[PERSON:Anei]] a aparut
mucegai negru pe perete si pe geam. Pe pervaz au crescut niste ciuperci mici!! Eu am crezut ca e
cool dar mama a zis ca e periculos. [[PERSON:Ana-Maria]] tusea toata noaptea. Mama a sunat la
[[ORGANISATION:Millbrook Homes]] de multe ori si a venit un domn [[PERSON:Kevin]] care a dat cu
o vopsea alba si a plecat. Dupa doua saptamani era iar negru. Atunci parintele [[PERSON:Vasile]]
de la biserica l-a ajutat pe tata sa scrie o plangere. Au venit alti oameni si au gasit ca
tiglele de pe acoperis erau sparte si apa intra in perete. Au reparat acoperisul, au pus un
ventilator si geam nou. Acum camera e uscata si eu si [[PERSON:Ana]] avem postere noi cu
dinozauri. Am invatat ca vopseaua nu rezolva mucegaiul, trebuie gasit de unde vine apa.
Teacher's note: [[PERSON:Andrei]] wrote this in Romanian for Home Languages Week; spelling as
written. Miss [[PERSON:Hughes]]
"""),
    ),
    (
        "fv2bj-ro-02",
        "ro",
        _s("""
Pe TikTok sunt [[OTHER_ID:@denisa_dance12]] dar aici scriu cu numele adevarat:
[[PERSON:Denisa Stoica]], [[AGE:12 ani]], nascuta pe [[DATE_OF_BIRTH:30 noiembrie 2012]]. Asta e
pentru proiectul de la youth club despre unde locuim. Cand am venit in Anglia am stat toti cinci
intr-o singura camera intr-o casa cu multe familii, la [[ADDRESS:88 Gladstone Street]]. Eu,
mama, tata, fratele meu [[PERSON:Ionel]] care are [[AGE:15 ani]] si bunica. Baia era a tuturor si
bucataria la fel si era mucegai si soareci. Proprietarul, domnul [[PERSON:Harris]], zicea ca
daca nu ne place sa plecam. Mama avea [[OTHER_SPECIAL:settled status]] dar tot ii era frica sa
se planga. Prietena mea cea mai buna [[PERSON:Bia]] ([[PERSON:Bianca]]) mi-a zis ca la ei
[[ORGANISATION:Wrexley Council]] a trimis un inspector. Asa ca a sunat si mama. A venit o doamna
de la council, a facut poze si a zis ca e "overcrowded" si periculos. Domnul [[PERSON:Harris]] a
trebuit sa repare tot si noi am intrat pe lista de locuinte cu numarul [[REFERENCE:WX/HR/77215]].
Dupa opt luni am primit [[ADDRESS:apartamentul 5 din Poplar House]]! Are doua dormitoare si eu am
camera mea cu fata la parc. Am plans de bucurie si am facut un TikTok cu camera goala. Am invatat
ca familiile noi nu stiu ca au drepturi. Council ar trebui sa dea foi si in romana, nu doar in
engleza. Daca vreti sa vorbiti cu mama: [[PHONE:+44 7700 900318]].
"""),
    ),
    (
        "fv2bj-ro-03",
        "ro",
        _s("""
[[PERSON:Ionut]] aici (de fapt [[PERSON:Ionuț-Alexandru Rusu]] in acte), am [[AGE:14 ani]].
Scriu pentru consultarea Children's Commissioner pentru ca mi s-a parut nedrept ce s-a
intamplat. Stam in [[ADDRESS:Flat 2, 19 Wellington Terrace]], [[POSTCODE:CV1 4FB]], proprietar e
[[ORGANISATION:Castlegate Living]]. In noiembrie s-a stricat centrala. Trei saptamani fara
caldura si fara apa calda. Ne spalam cu apa fiarta in fierbator, iar sora mea [[PERSON:Ilinca]]
([[AGE:7 ani]]) plangea la baie ca e frig. Mama dormea cu ea ca sa nu raceasca. Firma lor,
[[ORGANISATION:Brightflame Heating Ltd]], a anulat de patru ori. Odata am stat toata ziua acasa
de la scoala sa astept si nu a venit nimeni. Numarul jobului era [[REFERENCE:5510382]] si am sunat
iar si iar cu hartia in mana. Vecinul, domnul [[PERSON:Gheorghe]], ne-a dat un radiator electric.
Eu am scris emailul de plangere in engleza si l-am trimis de pe mailul mamei,
[[EMAIL:mihaela punct rusu la example punct net]] (asa l-am dictat si la telefon de zece ori). A
doua zi a sunat un manager, [[PERSON:Lewis]], si a zis ca nu aveau bifat ca avem copil mic in
casa. In doua zile am avut centrala noua. Ne-au dat 300 de lire si doua heaters pentru iarna
viitoare. Ce am invatat: sa scrii mereu pe email, nu doar la telefon. Si acum ei trimit SMS cu
numele inginerului si ora, asa ca nu mai stai degeaba acasa. Eu am pierdut o zi de scoala pentru
nimic. Nu mai puteam sa joc nici FIFA de frig, lol.
"""),
    ),
    (
        "fv2bj-ro-04",
        "ro",
        _s("""
Ma numesc [[PERSON:Maia]] si am [[AGE:10 ani]]. Ziua mea este pe [[DATE_OF_BIRTH:9 mai]]. Invat
la [[ADDRESS:St Mary's C of E Primary]] si cea mai buna prietena a mea e [[PERSON:Sara]].
Locuim deasupra la [[ADDRESS:Patel's Mini Market]], langa parc, eu, mama si fratiorul meu
[[PERSON:Luca]] care are [[AGE:2 ani]]. Vecinul de alaturi avea un caine mare, Rex, care latra
toata noaptea. Vecinul tipa la noi pe scari si odata i-a zis mamei cuvinte urate ca suntem
[[OTHER_SPECIAL:romani]] si sa plecam acasa. Mama a plans. Eu ma temeam sa ies singura la
magazin. Mama a sunat la [[ORGANISATION:Sandford Housing]] si au deschis un caz,
[[REFERENCE:SH-ASB-0912]]. Ne-au dat un jurnal si eu am scris in el in fiecare seara ce s-a
intamplat, cu ora. Am scris 30 de pagini! A venit si PCSO [[PERSON:Bradley]], care era foarte
dragut si mi-a dat o insigna. Dupa ce au citit jurnalul au dat o avertizare la vecin si pentru
ca a zis chestii rasiste a fost serios. Pana la urma el s-a mutat in alta parte si acum langa
noi sta o doamna cu pisici. Mr [[PERSON:Patel]] de la magazin ne-a ajutat si el, a zis ce a
vazut. Am invatat ca daca cineva spune lucruri urate pentru ca esti din alta tara nu e vina ta
si trebuie sa spui. Si ca jurnalul ajuta mult.
Doamna [[PERSON:Ilie]] de la scoala romaneasca de sambata m-a ajutat sa scriu.
"""),
    ),
    (
        "fv2bj-ro-05",
        "ro",
        _s("""
Ma numesc [[PERSON:Vlad Munteanu]], am [[AGE:15 ani]] (nascut pe
[[DATE_OF_BIRTH:4 august 2009]]) si stau in [[ADDRESS:Oakwood Court, apartamentul 22]], la
ultimul etaj. Pe PlayStation sunt [[OTHER_ID:ShadowRO_07]], daca ma stiti de acolo. Timp de un an
a curs apa prin tavanul camerei mele de fiecare data cand ploua. Aveam trei galeti si un
lighean. Odata a picat apa pe PlayStation si s-a stricat controllerul. Prietenii mei de pe joc,
[[PERSON:Tudor]] si [[PERSON:Rares]], radeau ca am "cascada in camera" dar mie nu-mi era de ras.
Mirosea a umezeala si hainele din dulap s-au facut verzi. Proprietarul e
[[ORGANISATION:Hollybrook Housing Association]]. Au pus schele in martie si le-au lasat patru
luni fara sa lucreze nimeni. Eu am facut o plangere online, numarul [[REFERENCE:HB/CMP/30871]],
si cand n-au raspuns la timp am scris la Housing Ombudsman. Dupa asta a venit un surveyor si a
zis ca tot acoperisul blocului trebuie schimbat, nu doar petic. L-au schimbat in vara. Mi-au dat
covor nou, birou nou si 500 de lire. Ce am invatat: daca raspunsul intarzie, poti merge mai sus,
la Ombudsman. Si ca schelele nu repara nimic singure, haha.
Mama lui [[PERSON:Vlad]], [[PERSON:Carmen]]: Sunt mandra de el, a facut tot singur. Daca cineva
din bloc are aceeasi problema, ma gasiti la [[PHONE:07700 900 745]].
"""),
    ),
    (
        "fv2bj-ar-01",
        "ar",
        _s("""
مشروع المدرسة: بيتي.
انا اسمي [[PERSON:لين الخطيب]] و عمري [[AGE:١١ سنة]]. انا في Year 6 في مدرسة
[[ADDRESS:Brook Lane Primary]] و المعلمة تبعي مس [[PERSON:ويتكر]] هي كثير لطيفة. نحنا
[[OTHER_SPECIAL:لاجئين]] من [[OTHER_SPECIAL:سوريا]] و جينا على برادفورد من ٤ سنين. ساكنين في
[[ADDRESS:45 Crossley Street]]، [[POSTCODE:BD7 2LN]]، و البيت تبع
[[ORGANISATION:Pennine Vale Homes]]. بالشتا صار في عفن اسود بغرفتي انا و اخي [[PERSON:يزن]]،
على الحيط و ورا الخزانة و حتى على الستارة. ريحته كانت بشعة. [[PERSON:يزن]] عمره
[[AGE:٧ سنين]] و عنده [[HEALTH:ربو]] و صار يسعل كل ليلة و امي كانت تنام جنبه. بابا اتصل على
الrepairs كثير مرات بس ما حدا بيحكي عربي و كانو يقولو افتحو الشباك. فتحنا الشباك و صار البيت
برد كتير. بعدين مس [[PERSON:ويتكر]] ساعدت بابا يكتب complaint بالانكليزي و صورنا كل شي. بعد
اسبوعين اجا رجل اسمه [[PERSON:John]] و قال هاذا مش غلطتكم، المزراب مكسور و المي عم تفوت
بالحيط. صلحو المزراب و حطو fan بالحمام و دهنو الغرفة بدهان خاص و غيرو الشباك. هلق الغرفة
ناشفة و [[PERSON:يزن]] صار ينام منيح. صاحبتي [[PERSON:أمل]] قالتلي من الاول لا تفقدي الامل، و
كان عندها حق. انا تعلمت انو لازم نكتب كل شي و نصور، و هلق الشركة عندها مترجم عربي اذا حدا بدو.
"""),
    ),
    (
        "fv2bj-ar-02",
        "ar",
        _s("""
انا [[PERSON:محمد الأمين عثمان]]، بس في البيت و المدرسة كلهم بينادوني [[PERSON:أمين]]. عمري
[[AGE:١٣ سنة]]، مواليد [[DATE_OF_BIRTH:١٥/٠٤/٢٠١١]]. نحن [[OTHER_SPECIAL:سودانيين]] و ساكنين في
[[ADDRESS:Flat 7, Marsh House]] في شرق لندن. الشقة فيها غرفتين بس و نحن ٨ اشخاص: ابوي و امي
و انا و اخواتي [[PERSON:نور]] و [[PERSON:رؤى]] و التوأم [[PERSON:الحسن]] و [[PERSON:الحسين]]
عندهم [[AGE:٤ سنين]] و حبوبتي. انا كنت بنوم في الصالة على الكنبة و ما في مكان اذاكر. عشان كده
كنت بمشي كل يوم بعد المدرسة ل[[ADDRESS:مسجد النور]] و اذاكر هناك لحدي المغرب، و الشيخ
[[PERSON:عبد الرحيم]] كان بيخليني اقعد في المكتبة. ابوي سجل في الhousing register مع
[[ORGANISATION:Eastwick Council]] و رقمنا كان [[REFERENCE:EW-HR-55180]] بس قعدنا ٣ سنين في band C
و ما في حاجة حصلت. كل مرة يتصلو يقولو انتظر. بعدين الشيخ [[PERSON:عبد الرحيم]] كتب خطاب و انا
كتبت رسالة للcouncil براي و قلت فيها انو انا عندي امتحانات و ما عندي سرير. بعد شهر جات موظفة
اسمها [[PERSON:Claire]] و شافت الشقة و قالت دي overcrowding شديد. غيرو لينا الband ل A و بعد ٥
شهور انتقلنا لبيت فيه ٤ غرف نوم. هسي انا عندي غرفة مع اخوي و عندي مكتب! الدرس: لازم يجو يشوفو
البيت بنفسهم مش بس يقرو الورق. اذا عندكم سؤال ابوي رقمه [[PHONE:٠٧٧٠٠ ٩٠٠ ٢٣٩]].
"""),
    ),
    (
        "fv2bj-ar-03",
        "ar",
        _s("""
اسمي [[PERSON:زهراء]] و عمري [[AGE:٩ سنوات]]. عيد ميلادي [[DATE_OF_BIRTH:٢٠ آذار]]. نسكن في
بناية اسمها [[ADDRESS:ليندن كورت]] في الطابق الثالث. عندي اخ صغير اسمه [[PERSON:علي]] عمره
[[AGE:سنتين]] و عندنا سمكة اسمها برتقالة. في كانون الاول الهيتر خربان و ماكو ماي حار. البيت
جان كلش بارد. ماما تلبسنا جاكيت بالبيت و ننام كلنا بغرفة وحدة. [[PERSON:علي]] مرض و صار عنده
حرارة. بابا اتصل ب[[PERSON:ديف]] الcaretaker و هو قال لازم تتصلون بالشركة. و الشركة قالت بعد
عشرة ايام. انا بجيت. صديقتي [[PERSON:Grace]] في المدرسة جابتلي كفوف من عندها. بعدين ماما كتبت
رقمها بالورقة حتى يتصلون: [[PHONE:07700 900 681]]. اجت شركة اسمها
[[ORGANISATION:Warmline Heating]] و غيرو الboiler كله. الرجال جان يحجي عربي شوية و ضحكنا. هسه
البيت دافي و اني فرحانة. تعلمت انو اذا اكو طفل صغير بالبيت لازم يجون بسرعة، و هسه هم يعطون
هيتر بنفس اليوم للبيوت اللي بيها اطفال.
Written in Arabic club with Ustadha [[PERSON:Samira]]; spelling as [[PERSON:Zahraa]] wrote it.
"""),
    ),
    (
        "fv2bj-ar-04",
        "ar",
        _s("""
انا [[PERSON:يوسف الحداد]]، عمري [[AGE:١٥ سنة]] و ادرس في [[ADDRESS:Ladypool Academy]] في
برمنغهام. احنا عائلة [[OTHER_SPECIAL:يمنية]] ساكنين في [[ADDRESS:118 Warwick Road]]،
[[POSTCODE:b11 4pt]]، و البيت مقسوم شقتين و احنا تحت. في الصيف الماضي بدأ الماء ينزل من حمام
الجيران فوق على المطبخ حقنا، و بالضبط على ضوء السقف. الضوء صار يطفي و يشتغل و مرة طلع شرار و
ريحة حريق. امي خافت كثير و هي ما تتكلم انجليزي، فأنا اللي اتصلت على رقم الemergency
[[PHONE:0121 496 0915]]. قالوا هذا مش emergency و بيجي احد خلال ٢٨ يوم!! صورت فيديو للماء وهو
ينزل من الضوء و نزلته على الانستا [[OTHER_ID:@yousef.hdd]] و صاحبي [[PERSON:Hamid]] قال لازم
ترسله لهم. ابوي ارسل ايميل من [[EMAIL:ali.alhaddad@example.org]] مع الفيديو و عمل شكوى رقمها
[[REFERENCE:CMP-88213]]. نفس اليوم اتصلت وحدة اسمها [[PERSON:Priya]] من
[[ORGANISATION:Brindleyside Homes]] و اعتذرت، و بعد ٤ ساعات جاء كهربائي اسمه [[PERSON:فيصل]] و
فصل الكهرباء عن المطبخ، و ثاني يوم صلحوا البايب فوق و غيروا الاسلاك و السقف. دفعوا لنا ٣٥٠
باوند و اعتذروا لأمي بالعربي مع مترجم. الشي اللي تعلمته: ماء + كهرباء = emergency دايماً، و
الحين عندهم قاعدة انهم يسألون اذا في ماء قريب من الكهرباء. و كمان لازم تحفظ كل شي مكتوب.
"""),
    ),
    (
        "fv2bj-ar-05",
        "ar",
        _s("""
اسمي [[PERSON:ريم بن علي]] و عمري [[AGE:١٢ سنة]]، عيد ميلادي [[DATE_OF_BIRTH:٣ يناير]]. عايشة
مع ماما و بابا و خوي [[PERSON:آدم]] ([[AGE:٦ سنين]]) في [[ADDRESS:9 Rowan Close]]. نحنا من
[[OTHER_SPECIAL:ليبيا]]. العام اللي فات بابا صار عنده حادث سيارة و من بعدها عنده
[[HEALTH:شلل]] في رجليه و يستعمل كرسي متحرك. البيت فيه درج و الحمام فوق، و بابا قعد ينام في
الصالة ٨ شهور و يغسل في المطبخ. كان زعلان برشا و ما يبيش حد يشوفه. دكتور العيلة في
[[ADDRESS:Parkside Surgery]] كتب رسالة و جات وحدة OT و قالت لازم ramp و حمام تحت. بعدين
[[ORGANISATION:Hartwell District Council]] قالو فيه waiting list سنة و نص!! ماما كتبت شكوى و
رقمها [[REFERENCE:OT/2291/B]] و انا ترجمتلها كل الرسايل. بعد الشكوى جا واحد اسمه Mr
[[PERSON:Okafor]] من الcouncil و اعتذر و قال الملف كان ضايع بين قسمين. شركة
[[ORGANISATION:Access Plus Builders]] بنت حمام جديد تحت و ramp عند الباب. هلبا غبرة بس عادي.
توا بابا يطلع للجنينة و يلعب مع [[PERSON:آدم]] كورة و هو على الكرسي. الدرس: لازم يكون فيه شخص
واحد مسؤول على الملف من الاول.
ملاحظة من ماما ([[PERSON:فاطمة]]): شكراً لكل من ساعدنا. اذا في عائلة عندها نفس المشكلة تقدر
تكلمني على [[PHONE:+44 20 7946 0517]].
"""),
    ),
    (
        "fv2bj-ur-01",
        "ur",
        _s("""
میرا گھر، اسکول پروجکٹ۔
میں [[PERSON:عائشہ بی بی]] ہوں اور میری عمر [[AGE:۱۰ سال]] ہے۔ میں
[[ADDRESS:Bankfield Primary]] میں Year 5 میں پڑھتی ہوں، میری ٹیچر مس [[PERSON:ہیریسن]] ہیں۔ ہم
[[ADDRESS:۳۱ Clifton Street]]، [[POSTCODE:BB9 7EZ]] میں رہتے ہیں۔ ہمارے گھر میں امی، ابو،
دادی جان، میں اور میری چھوٹی بہن [[PERSON:مریم]] ہیں۔ وہ [[AGE:۵ سال]] کی ہے۔ پچھلی سردیوں
میں ہمارے کمرے کی دیوار پر کالا کالا mould آ گیا۔ پہلے چھوٹے نکتے تھے پھر پوری دیوار کالی ہو
گئی اور کپڑوں میں بھی بو آنے لگی۔ دادی جان کو [[HEALTH:دمہ]] ہے اور ان کی سانس بہت خراب ہو گئی۔
ابو نے [[ORGANISATION:Pendle Rise Housing]] کو بہت دفعہ فون کیا۔ ایک آدمی [[PERSON:Craig]] آیا
اور اس نے بس اوپر سے سفید پینٹ کر دیا۔ دو ہفتوں میں پھر کالا ہو گیا۔ میں بہت غصے میں تھی۔ پھر
مس [[PERSON:ہیریسن]] نے ابو کی complaint لکھنے میں مدد کی اور ہم نے تسویریں بھیجیں۔ complaint
نمبر [[REFERENCE:PRH 0048213]] تھا۔ اس کے بعد ایک surveyor آئی، اس نے کہا چھت میں insulation
نہیں ہے اور fan بھی خراب ہے۔ انہوں نے سب ٹھیک کیا، نیا fan لگایا، دیوار صاف کی اور loft میں
insulation ڈالی۔ اب کمرہ سوکھا ہے اور دادی جان کی کھانسی کم ہو گئی ہے۔ [[PERSON:مریم]] بھی
خوش ہے۔ میں نے سیکھا کہ صرف پینٹ کرنے سے mould ختم نہیں ہوتا، اس کی وجہ ڈھونڈنی پڑتی ہے۔ اور
ہمیں ہر بات لکھ کر رکھنی چاہیے۔
"""),
    ),
    (
        "fv2bj-ur-02",
        "ur",
        _s("""
یوتھ کلب والوں نے کہا اپنے گھر کے بارے میں لکھو، کسی بھی زبان میں۔ تو میں اردو میں لکھ رہا
ہوں، ابو نے تھوڑی مدد کی۔ سب مجھے [[PERSON:Hamzi]] کہتے ہیں، اصل نام [[PERSON:حمزہ اقبال]] ہے
اور میں [[AGE:بارہ سال]] کا ہوں۔ میرا gaming نام [[OTHER_ID:Hamzi_YT99]] ہے کیونکہ میں MrBeast
جیسا YouTuber بننا چاہتا ہوں۔ ہم [[ADDRESS:Thornhill Tower]] میں [[ADDRESS:فلیٹ نمبر ۶۲]] میں
رہتے ہیں۔ ہماری سیڑھیوں میں بڑے لڑکے بیٹھ کر weed پیتے تھے، بہت گندی بو آتی تھی اور ایک دن
وہاں سوئی بھی پڑی تھی۔ lift کے پاس دیواروں پر گندی باتیں لکھی تھیں۔ میری چھوٹی بہن
[[PERSON:زینب]] [[AGE:۶ سال]] کی ہے اور وہ ڈر کے مارے اکیلی نیچے نہیں جاتی تھی۔ امی بھی رات کو
باہر نہیں جاتی تھیں۔ نیچے کا دروازہ خراب تھا تو کوئی بھی اندر آ جاتا تھا۔ caretaker
[[PERSON:طارق]] بھائی نے کہا کہ council کو لکھو، ایک آدمی کی بات نہیں سنتے۔ تو میں اور میرا
دوست [[PERSON:زید]] ہر فلور پر گئے اور لوگوں سے signature لیے، ۴۰ لوگوں نے sign کیا! ابو نے
[[ORGANISATION:Kirkfield Council]] کو بھیجا اور انہوں نے ASB کیس نمبر دیا:
[[REFERENCE:ASB/24/1187]]۔ پھر نیچے کا دروازہ نیا لگا جو صرف fob سے کھلتا ہے، سیڑھیوں میں
camera لگا اور دیواریں پینٹ ہوئیں۔ پولیس بھی چکر لگاتی ہے۔ اب [[PERSON:زینب]] خود نیچے جا کر
جھولے پر جاتی ہے۔ میں نے سیکھا کہ سب مل کر بولیں تو وہ سنتے ہیں۔
Youth worker note: [[PERSON:Hamza]] asked for this to be shared. [[PERSON:Jo]] (youth worker)
"""),
    ),
    (
        "fv2bj-ur-03",
        "ur",
        _s("""
میری عمر [[AGE:۱۴ سال]] ہے اور میرا نام [[PERSON:فاطمہ نور]] ہے۔ تاریخ پیدائش
[[DATE_OF_BIRTH:۲۲ جولائی ۲۰۱۰]]۔ یہ میں Children's Commissioner کے سروے کے لیے لکھ رہی ہوں۔
ہم [[OTHER_SPECIAL:پاکستانی]] فیملی ہیں اور [[ADDRESS:۱۴ Greenhill Road]]، [[POSTCODE:m8 5rj]]
میں رہتے ہیں۔ گھر میں ۳ بیڈروم ہیں اور ہم ۹ لوگ ہیں: امی ابو، دادا دادی، میں، میری بہن
[[PERSON:Hira]]، اور تین بھائی: [[PERSON:عمر]]، [[PERSON:علی]] اور سب سے چھوٹا
[[PERSON:موسیٰ]] جو ابھی [[AGE:۸ مہینے]] کا ہے۔ میں اور [[PERSON:Hira]] دادی کے ساتھ ایک کمرے
میں سوتے تھے۔ GCSE کی پڑھائی کے لیے جگہ نہیں تھی، میں باتھ روم کے فرش پر بیٹھ کر revision کرتی
تھی کیونکہ وہاں ہی خاموشی تھی۔ [[PERSON:عمر]] کی عمر [[AGE:۱۱ سال]] ہے اور وہ ہر رات
[[PERSON:علی]] سے لڑتا تھا کیونکہ دونوں کا ایک ہی بیڈ تھا۔ ابو نے
[[ORGANISATION:Northfield City Council]] میں housing register پر نام لکھوایا تھا، بڈنگ نمبر
[[REFERENCE:MCR-HR-339071]]۔ فارم میں نے بھرا کیونکہ ابو کی انگلش اتنی اچھی نہیں، اس میں ابو کا
NI نمبر [[NI_NUMBER:JT482091B]] بھی لکھنا تھا۔ دو سال تک ہم band 3 میں رہے۔ پھر میرے ٹیچر Mr
[[PERSON:Chaudhry]] نے اسکول کی طرف سے خط لکھا کہ میری پڑھائی پر اثر پڑ رہا ہے۔ council والوں
نے دوبارہ assessment کی اور مانا کہ انہوں نے دادا دادی کو گنا ہی نہیں تھا! غلطی ٹھیک ہوئی اور
چار مہینے بعد ہمیں ۵ بیڈروم کا گھر مل گیا۔ سبق: فارم پر ہر آدمی کا نام ٹھیک سے چیک کرو، اور
council کو بھی ایسے فارم دوبارہ دیکھنے چاہییں۔
"""),
    ),
    (
        "fv2bj-ur-04",
        "ur",
        _s("""
میرا نام [[PERSON:Ayaan]] ہے۔ میں [[AGE:۹ سال]] کا ہوں۔ میری سالگرہ [[DATE_OF_BIRTH:۵ فروری]]
کو ہوتی ہے اور اس سال سالگرہ پر ہمارے گھر میں بہت ٹھنڈ تھی۔ ہمارا گھر [[ADDRESS:نمبر ۲۳]] ہے،
سبز دروازے والا۔ جنوری میں boiler خراب ہو گیا۔ گرم پانی بھی نہیں تھا۔ امی کیتلی میں پانی گرم
کر کے ہمیں نہلاتی تھیں۔ ہم سب ایک کمرے میں heater کے ساتھ سوتے تھے۔ میری انگلیاں ٹھنڈی ہو
جاتی تھیں اور میں اسکول میں لکھ نہیں سکتا تھا۔ ابو نے [[ORGANISATION:Riverside Walk Homes]] کو
فون کیا، انہوں نے کہا part نہیں ہے۔ پھر ہم نانی کے گھر [[ADDRESS:۷ Lodge Lane]] چلے گئے، وہاں
بہت گرم تھا اور نانی نے پراٹھے بنائے۔ ایک ہفتے بعد engineer [[PERSON:Bilal]] بھائی آئے، وہ بہت
اچھے تھے۔ انہوں نے نیا boiler لگایا اور مجھے دکھایا کہ pressure کیسے دیکھتے ہیں۔ ابو نے
complaint بھی کی تھی تو انہوں نے sorry بولا اور بجلی کے پیسے واپس کیے۔ جمعہ کو ہم
[[ADDRESS:مسجد بلال]] جاتے ہیں، وہاں بھی میں نے دعا کی تھی کہ heater ٹھیک ہو جائے۔ میں نے
سیکھا کہ جب گھر میں چھوٹے بچے ہوں تو boiler جلدی ٹھیک کرنا چاہیے۔ اب وہ ایسے گھروں میں پہلے
آتے ہیں۔ ابو کا نمبر: [[PHONE:۰۷۷۰۰ ۹۰۰۸۵۲]]
Teacher: [[PERSON:Ayaan]] wrote this in his Urdu lesson. Mrs [[PERSON:Akhtar]]
"""),
    ),
    (
        "fv2bj-ur-05",
        "ur",
        _s("""
[[PERSON:Zara Malik]]، [[AGE:15]]۔ گھر میں سب مجھے [[PERSON:زری]] بلاتے ہیں۔ میری نانی جان
[[ADDRESS:فلیٹ ۴، Priory Court]]، [[POSTCODE:LS11 6TQ]] میں اکیلی رہتی ہیں اور میں ہر ہفتے ان
کے پاس جاتی ہوں۔ نانی کو [[HEALTH:شوگر]] ہے اور تھوڑی [[HEALTH:بھولنے کی بیماری]] بھی شروع ہو
گئی ہے۔ پچھلے سال [[ORGANISATION:Aire Valley Homes]] کا ایک خط آیا کہ service charge £18 سے بڑھ
کر £74 ہفتہ ہو گیا ہے۔ خط انگلش میں تھا اور نانی نے الماری میں رکھ دیا۔ تین مہینے بعد arrears
کا خط آیا اور نانی رو رہی تھیں۔ میں نے ان کی طرف سے [[PHONE:0113 496 0298]] پر فون کیا، انہوں
نے نانی کی تاریخ پیدائش پوچھی، [[DATE_OF_BIRTH:۱۲/۰۳/۱۹۴۹]]، اور پھر کہا کہ وہ مجھ سے بات نہیں
کر سکتے کیونکہ میں tenant نہیں ہوں۔ تو میں نے نانی سے permission لکھوا کر اپنے email
[[EMAIL:zara.malik@example.com]] سے complaint بھیجی۔ reference [[REFERENCE:SC-2024-7741]] ملا۔
پتا چلا کہ انہوں نے پوری building کو lift کا charge لگا دیا تھا حالانکہ
[[ADDRESS:Priory Court]] میں lift ہے ہی نہیں! انہوں نے £1,150 واپس کیے، arrears ختم کیے اور
اب نانی کو خط اردو میں بھی آتا ہے۔ Mrs [[PERSON:Goodwin]] جو complaints والی تھیں، خود آ کر
نانی سے معافی مانگی۔ سبق: charge میں بہت بڑی تبدیلی ہو تو کوئی چیک کرے، اور بزرگوں کے لیے ان
کی زبان میں خط ہوں۔ اور بچوں کو ہمیشہ translator نہیں بننا چاہیے، میرا بھی امتحان تھا۔
"""),
    ),
    (
        "fv2bj-bn-01",
        "bn",
        _s("""
আমার নাম [[PERSON:রাইয়ান]]। আমার বয়স [[AGE:৮ বছর]]। আমি [[ADDRESS:Redmead Primary School]] এ
পড়ি, Year 3, আমার টিচার Miss [[PERSON:Begum]]। আমরা থাকি [[ADDRESS:ফ্ল্যাট ১২, Jubilee Buildings]]
এ। আমাদের রান্নাঘরে ইঁদুর ছিল!! রাতে খচখচ শব্দ করত আর রুটি খেয়ে ফেলত। তেলাপোকাও ছিল,
অনেক অনেক। আমার ছোট ভাই [[PERSON:আরিয়ান]] এর বয়স [[AGE:৫]], সে ভয়ে কান্দে। আম্মু খুব রাগ
হইছিল। আব্বু [[ORGANISATION:Limehurst Housing]] কে ফোন দিছে অনেকবার। একটা লোক এসে বিষ দিয়ে
গেছে কিন্ত ইঁদুর আবার আসছে। তারপরে আব্বু complaint করছে। তখন
[[ORGANISATION:Pestaway Services]] থেকে [[PERSON:Tony]] আসলো, সে দেখল দেয়ালের নিচে পাইপের
পাশে বড় গর্ত। সে গর্ত বন্ধ করল আর কিচেনের সব ফাঁক বন্ধ করল। এখন আর ইঁদুর নাই!!! আমি
খুশি, [[PERSON:আরিয়ান]] ও খুশি। আমি শিখলাম যে শুধু বিষ দিলে হয় না, গর্ত বন্ধ করতে হয়, না
হলে ইঁদুর আবার আসে। আমার প্রিয় খেলা Roblox, আর আমার বেস্ট ফ্রেন্ড [[PERSON:ইয়াসিন]]। সে
আমার পাশে বসে।
[[PERSON:Rayyan]] wrote this in Bengali club, spelling as written. Miss [[PERSON:Begum]]
"""),
    ),
    (
        "fv2bj-bn-02",
        "bn",
        _s("""
আমি [[PERSON:নুসরাত জাহান]]। বয়স [[AGE:১১]]। জন্ম তারিখ [[DATE_OF_BIRTH:০৯/১০/২০১৩]]। আমরা
থাকি [[ADDRESS:৫৭ Harford Street]], [[POSTCODE:E1 4PY]]। আমার ছোট বোনের নাম [[PERSON:তারা]],
সে [[AGE:৬ বছর]] এর। [[PERSON:তারা]]র [[HEALTH:একজিমা]] আছে। আমাদের বাথরুম আর বেডরুমে কালো
mould হয়েছিল। দেয়াল ভিজা, জানালায় পানি। [[PERSON:তারা]]র চামড়া লাল হয়ে যেত আর চুলকাত,
রাতে ঘুমাত না। আম্মু [[ORGANISATION:Eastgate Homes]] কে বলছে, তারা বলছে জানালা খোলা রাখেন আর
কাপড় ভিতরে শুকাবেন না। কিন্তু আমাদের বারান্দা নাই, কাপড় কই শুকাব? তারপর আমি স্কুলে Mr
[[PERSON:Ahmed]] কে বললাম, উনি বললেন complaint লিখতে। আম্মু আর আমি একসাথে লিখলাম, নম্বর
পাইলাম [[REFERENCE:EGH-CMP-20931]]। [[PERSON:Sharon]] নামে একজন আম্মুকে
[[PHONE:০৭৭০০ ৯০০ ৩৩৪]] নম্বরে ফোন দিল আর বলল sorry। তারা এসে দেখল ছাদের উপর থেকে পানি
আসে। তারা ছাদ ঠিক করল, fan লাগাল, আর একটা dehumidifier দিল। এখন [[PERSON:তারা]] অনেক ভালো
ঘুমায় আর আমিও। আমি শিখলাম, আমাদের দোষ না হলেও মানুষ আমাদের দোষ দেয়, তাই প্রমাণ রাখতে
হয়: ছবি, তারিখ, সব। আর তারাও এখন mould দেখলে আগে কারণ খুঁজে।
"""),
    ),
    (
        "fv2bj-bn-03",
        "bn",
        _s("""
[[PERSON:Imran]] বলছি, বয়স [[AGE:তেরো বছর]]। আমরা থাকি [[ADDRESS:Cobalt House]] এর ১৪ তলায়,
[[ADDRESS:ফ্ল্যাট ১০৪]]। গত বছর lift টা ৬ সপ্তাহ নষ্ট ছিল। আমার আব্বুর
[[HEALTH:হার্টের অসুখ]] আছে, ডাক্তার বলছে সিঁড়ি বেশি উঠা যাবে না। আব্বু ৬ সপ্তাহ বাসা থেকে
বের হইতে পারে নাই, hospital appointment ও miss করছে। আমি আর আমার বন্ধু [[PERSON:সাকিব]]
প্রতিদিন বাজার উপরে নিয়া উঠতাম। [[PERSON:সাকিব]] বলে সে সাকিব আল হাসানের মতো all-rounder
হবে, হাহা। আমি Fortnite এ [[OTHER_ID:imz_gamer13]] নামে খেলি, কিন্তু তখন খেলার টাইম ছিল না।
আম্মু [[ORGANISATION:Cityside Living]] কে প্রতিদিন ফোন করছে। তারা বলত part আসতেছে।
[[ORGANISATION:Apex Lift Engineering]] এর লোক আসলো আর চলে গেলো। শেষে আমি tenants meeting এ
কথা বললাম, সবার সামনে! খুব ভয় লাগছিল, হাত কাঁপতেছিল। এরপর তারা আব্বুকে ground floor এ একটা
খালি ফ্ল্যাটে temporary রাখল যতদিন lift ঠিক না হয়। দুই সপ্তাহ পর lift ঠিক হইল। এখন
[[ORGANISATION:Cityside]] এর নতুন rule: lift নষ্ট হলে যারা সিঁড়ি উঠতে পারে না তাদের প্রথম
দিনেই ফোন করবে। আমি শিখলাম কথা বললে কাজ হয়, চুপ থাকলে কেউ জানে না।
"""),
    ),
    (
        "fv2bj-bn-04",
        "bn",
        _s("""
ইনস্টাগ্রামে আমাকে সবাই চেনে [[OTHER_ID:@sumi.draws]] নামে, আমি ছবি আঁকি। আসল নাম
[[PERSON:সুমাইয়া আক্তার]], বাসায় [[PERSON:সুমি]]। জন্ম [[DATE_OF_BIRTH:২১শে ফেব্রুয়ারি ২০১০]],
মানে শহীদ দিবসে! আমরা ৭ জন থাকতাম [[ADDRESS:৩৩ Ashfield Street]], [[POSTCODE:e1 2hd]] এর দুই
রুমের ফ্ল্যাটে। আমি আর দুই ভাই [[PERSON:ফাহিম]] আর [[PERSON:তানভীর]] লিভিং রুমে ঘুমাতাম। আমার
আঁকার জায়গা ছিল না, পড়ার জায়গাও না। আমরা [[OTHER_SPECIAL:মুসলিম]], নামাজ পড়ার জায়গাও কম
ছিল। বিকালে আমি [[ADDRESS:East Road Jame Masjid]] এর মেয়েদের রুমে বসে homework করতাম। আম্মু
[[ORGANISATION:Riverside Borough Council]] এর housing register এ ছিল ছয় বছর! নম্বর
[[REFERENCE:THR 0772145]]। প্রতিবার bid দিলে আমরা ২০০ নম্বরের পরে থাকতাম। আম্মু অনেক email
দিছে [[EMAIL:nasrin.akter@example.com]] থেকে, কেউ উত্তর দেয় নাই। তারপর স্কুলের counsellor
বলল ঘুম না হওয়ার জন্য আমার [[HEALTH:anxiety]] হইতেছে, আর সে একটা letter দিল। council আবার
assessment করল, আর দেখল আগে medical point দেয় নাই। আট মাস পর আমরা একটা চার রুমের বাসা
পাইলাম। আমি একা একটা ছোট রুম পাইছি!! দেয়ালে আমার আঁকা ছবি। শিক্ষা: ঘুম আর পড়ার জায়গা
বাচ্চাদের health এর অংশ, council এর এটা দেখা উচিত, শুধু রুম গুনলে হবে না।
"""),
    ),
    (
        "fv2bj-bn-05",
        "bn",
        _s("""
[[PERSON:আরাফাত হোসেন]] ([[PERSON:Arafat Hossain]]), বয়স [[AGE:১৫]], Year 11। আমরা
[[ADDRESS:২ Wren Walk]], [[POSTCODE:BD3 9HS]] এ থাকি, ব্র্যাডফোর্ডে। পাশের বাসার লোকটা রাত
২টা পর্যন্ত জোরে গান বাজাত, দেয়াল কাঁপত। আর রাতে তার গাড়ি [[OTHER_ID:YK68 RZO]] বাসার সামনে
রেখে ইঞ্জিন চালু রেখে জোরে ভ্রুম ভ্রুম করত। আমার GCSE mock ছিল, আমি ঘুমাতে পারতাম না।
আমার ছোট বোন [[PERSON:মিম]] এর বয়স [[AGE:৩]], সে চিৎকার করে উঠত। আব্বু
[[ORGANISATION:Moorside Homes]] এ complaint করল, কেস নম্বর [[REFERENCE:MH/ASB/4471]]। ASB
officer [[PERSON:Rachel]] আমাদের diary sheet দিল। আমি প্রতি রাতে লিখতাম কখন গান শুরু আর কখন
শেষ, আর phone এ recording করতাম। ৩ সপ্তাহে ১৯ রাত লিখলাম। [[PERSON:Rachel]] এটা দেখে noise
equipment বসাল, তারপর লোকটাকে warning দিল আর mediation হইল। লোকটা আসলে night shift এ কাজ করে,
সে বলল সে বুঝে নাই এত শোনা যায়। এখন রাত ১১টার পর চুপ। আমার mock এ আমি maths এ ৭ পাইছি!
শিক্ষা: diary লিখলে প্রমাণ হয়, আর রাগ না করে কথা বললে কখনো কখনো ঠিক হয়।
আব্বুর কথা ([[PERSON:মোঃ জাকির হোসেন]]): ছেলে নিজে সব লিখেছে, আমি গর্বিত। যোগাযোগ:
[[PHONE:01632 960 418]], [[EMAIL:a.hossain15@example.net]]
"""),
    ),
    (
        "fv2bj-pa-01",
        "pa",
        _s("""
ਮੇਰਾ ਘਰ।
ਮੈਂ [[PERSON:ਹਰਲੀਨ ਕੌਰ]] ਹਾਂ ਤੇ ਮੈਂ [[AGE:੯ ਸਾਲ]] ਦੀ ਹਾਂ। ਮੈਂ
[[ADDRESS:Featherstone Lane Primary]] ਵਿੱਚ ਪੜ੍ਹਦੀ ਹਾਂ। ਸਾਡਾ ਘਰ [[ADDRESS:੧੮ Regina Road]],
[[POSTCODE:UB2 5PL]] ਹੈ। ਘਰ ਵਿੱਚ ਮੰਮੀ, ਪਾਪਾ, ਦਾਦੀ ਜੀ, ਮੈਂ ਤੇ ਮੇਰਾ ਛੋਟਾ ਭਰਾ [[PERSON:ਫ਼ਤਿਹ]]
ਰਹਿੰਦੇ ਹਾਂ। [[PERSON:ਫ਼ਤਿਹ]] [[AGE:੪ ਸਾਲ]] ਦਾ ਹੈ ਤੇ ਬੋਹਤ ਸ਼ਰਾਰਤੀ ਹੈ। ਸਾਡੇ ਕਮਰੇ ਦੀ ਕੰਧ ਗਿੱਲੀ
ਰਹਿੰਦੀ ਸੀ ਤੇ ਕਾਲੇ ਧੱਬੇ ਪੈ ਗਏ। ਮੇਰੀਆਂ ਕਿਤਾਬਾਂ ਨੂੰ ਵੀ ਉੱਲੀ ਲੱਗ ਗਈ। ਦਾਦੀ ਜੀ ਕਹਿੰਦੇ ਸੀ ਕਿ
ਪਿੰਡ ਵਿੱਚ ਵੀ ਐਨੀ ਸਲ੍ਹਾਬ ਨਹੀਂ ਸੀ। ਪਾਪਾ ਨੇ [[ORGANISATION:Westbourne Housing]] ਨੂੰ ਬੋਹਤ ਵਾਰ
ਫ਼ੋਨ ਕੀਤਾ। ਇੱਕ ਬੰਦਾ ਆਇਆ, ਉਹਨੇ ਕਿਹਾ ਖਿੜਕੀ ਖੋਲ੍ਹ ਕੇ ਰੱਖੋ। ਪਰ ਸਰਦੀਆਂ ਵਿੱਚ ਬੋਹਤ ਠੰਡ ਲਗਦੀ
ਸੀ। ਫਿਰ ਮੇਰੀ ਟੀਚਰ ਮਿਸ [[PERSON:ਢਿੱਲੋਂ]] ਨੇ ਮੰਮੀ ਨੂੰ ਦੱਸਿਆ ਕਿ complaint ਕਿਵੇਂ ਕਰਨੀ ਹੈ। ਉਸ
ਤੋਂ ਬਾਅਦ [[PERSON:Paul]] ਨਾਮ ਦਾ surveyor ਆਇਆ ਤੇ ਉਹਨੇ ਦੇਖਿਆ ਕਿ ਬਾਹਰ ਦੀ ਕੰਧ ਵਿੱਚ ਤਰੇੜ ਹੈ।
ਉਹਨਾਂ ਨੇ ਕੰਧ ਠੀਕ ਕੀਤੀ, ਕਮਰੇ ਵਿੱਚ fan ਲਾਇਆ ਤੇ ਨਵਾਂ ਪੇਂਟ ਕੀਤਾ। ਮੈਨੂੰ ਨਵੀਆਂ ਕਿਤਾਬਾਂ ਲਈ
ਵਾਊਚਰ ਵੀ ਮਿਲਿਆ! ਅਸੀਂ [[OTHER_SPECIAL:ਸਿੱਖ]] ਹਾਂ ਤੇ ਐਤਵਾਰ ਨੂੰ
[[ADDRESS:ਗੁਰਦੁਆਰਾ ਨਾਨਕ ਦਰਬਾਰ]] ਜਾਂਦੇ ਹਾਂ। ਓਥੇ ਮੈਂ ਸਾਰਿਆਂ ਨੂੰ "ਵਾਹਿਗੁਰੂ ਜੀ ਕਾ ਖ਼ਾਲਸਾ,
ਵਾਹਿਗੁਰੂ ਜੀ ਕੀ ਫ਼ਤਿਹ" ਬੁਲਾਈ ਤੇ ਦੱਸਿਆ ਕਿ ਸਾਡਾ ਕਮਰਾ ਹੁਣ ਸੁੱਕਾ ਹੈ। ਮੈਂ ਸਿੱਖਿਆ ਕਿ ਸਲ੍ਹਾਬ ਸਾਡੀ
ਗ਼ਲਤੀ ਨਹੀਂ ਸੀ, ਘਰ ਦੀ ਗ਼ਲਤੀ ਸੀ, ਤੇ ਇਹ ਗੱਲ ਲਿਖ ਕੇ ਦੱਸਣੀ ਪੈਂਦੀ ਹੈ।
"""),
    ),
    (
        "fv2bj-pa-02",
        "pa",
        _s("""
ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ! ਮੈਂ [[PERSON:ਜਸਮੀਤ]] ਹਾਂ ਪਰ ਸਾਰੇ ਮੈਨੂੰ [[PERSON:ਜੱਸੀ]] ਕਹਿੰਦੇ ਨੇ। ਮੈਂ
[[AGE:੧੨ ਸਾਲ]] ਦਾ ਹਾਂ ਤੇ ਮੇਰਾ ਜਨਮਦਿਨ [[DATE_OF_BIRTH:੧੩ ਅਪ੍ਰੈਲ]] ਨੂੰ ਹੁੰਦਾ, ਵਿਸਾਖੀ ਵਾਲੇ
ਦਿਨ! ਅਸੀਂ [[ADDRESS:ਫ਼ਲੈਟ 9C, Tennyson House]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ। ਮੈਂ Minecraft ਖੇਡਦਾ ਹਾਂ,
ਮੇਰਾ ਨਾਮ ਓਥੇ [[OTHER_ID:Jassi_Singh_2012]] ਹੈ। ਪਿਛਲੀ ਸਰਦੀ ਨਵੰਬਰ ਵਿੱਚ ਸਾਡਾ boiler ਬੰਦ ਹੋ
ਗਿਆ। ਤਿੰਨ ਹਫ਼ਤੇ ਨਾ heating, ਨਾ ਗਰਮ ਪਾਣੀ। ਮੰਮੀ ਪਤੀਲੇ ਵਿੱਚ ਪਾਣੀ ਗਰਮ ਕਰਦੇ ਸੀ। ਮੇਰੀ ਭੈਣ
[[PERSON:ਨਵਨੀਤ]] ([[AGE:੧੬]]) ਤੇ ਮੈਂ ਸਕੂਲ ਤੋਂ ਬਾਅਦ ਦਾਦੀ ਜੀ ਦੇ ਘਰ [[ADDRESS:੪੨ Soho Road]]
ਜਾ ਕੇ ਨਹਾਉਂਦੇ ਸੀ। ਦਾਦੀ ਜੀ ਖ਼ੁਸ਼ ਸੀ ਕਿਉਂਕਿ ਅਸੀਂ ਰੋਜ਼ ਆਉਂਦੇ ਸੀ, ਹਾਹਾ। ਪਾਪਾ ਨੇ
[[ORGANISATION:Lozells Living]] ਨੂੰ ਫ਼ੋਨ ਕੀਤੇ, ਉਹ ਕਹਿੰਦੇ engineer ਆਊਗਾ। [[PERSON:ਗੈਰੀ]] ਆਇਆ
ਤੇ ਕਹਿੰਦਾ part order ਕਰਨਾ ਹੈ। ਫਿਰ ਕੋਈ ਨਾ ਆਇਆ। ਮੈਂ ਠੰਡ ਕਰਕੇ ਬਿਮਾਰ ਹੋ ਗਿਆ ਤੇ ਤਿੰਨ ਦਿਨ
ਸਕੂਲ ਨਹੀਂ ਗਿਆ। ਫਿਰ ਪਾਪਾ ਨੇ ਲਿਖ ਕੇ complaint ਕੀਤੀ ਤੇ ਆਪਣਾ ਨੰਬਰ [[PHONE:੦੧੨੧ ੪੯੬ ੦੬੩੭]]
ਦਿੱਤਾ। ਅਗਲੇ ਦਿਨ ਉਹਨਾਂ ਨੇ ਦੋ ਹੀਟਰ ਦਿੱਤੇ ਤੇ ਦੋ ਦਿਨ ਬਾਅਦ ਨਵਾਂ boiler ਲੱਗ ਗਿਆ। ਸਾਨੂੰ ਬਿਜਲੀ
ਦੇ ਪੈਸੇ ਵੀ ਵਾਪਸ ਮਿਲੇ ਤੇ ਇੱਕ sorry ਵਾਲੀ ਚਿੱਠੀ। ਮੈਂ ਸਿੱਖਿਆ ਕਿ ਜੇ ਕੋਈ ਫ਼ੋਨ 'ਤੇ ਗੱਲ ਨਾ
ਸੁਣੇ ਤਾਂ ਲਿਖ ਕੇ ਦਿਓ। ਹੁਣ ਮੈਂ ਆਪਣੇ ਕਮਰੇ ਵਿੱਚ ਨਿੱਘਾ ਬੈਠ ਕੇ Sidhu Moose Wala ਦੇ ਗਾਣੇ ਸੁਣਦਾ
ਹਾਂ।
"""),
    ),
    (
        "fv2bj-pa-03",
        "pa",
        _s("""
ਇਹ ਮੈਂ Children's Commissioner ਦੇ ਸਰਵੇ ਲਈ ਲਿਖ ਰਹੀ ਹਾਂ। ਮੇਰਾ ਨਾਮ
[[PERSON:ਸਿਮਰਨਜੀਤ ਕੌਰ ਗਰੇਵਾਲ]] ([[PERSON:Simran]]) ਹੈ, ਉਮਰ [[AGE:੧੫ ਸਾਲ]], ਜਨਮ ਮਿਤੀ
[[DATE_OF_BIRTH:੨੯/੦੧/੨੦੧੦]]। ਅਸੀਂ [[ADDRESS:੫ Birchwood Avenue]], [[POSTCODE:LE4 6AB]] ਵਿੱਚ
ਰਹਿੰਦੇ ਹਾਂ। ਪਿਛਲੇ ਸਾਲ ਮੇਰੇ ਦਾਦਾ ਜੀ, ਸ. [[PERSON:ਕਰਨੈਲ ਸਿੰਘ]], ਨੂੰ [[HEALTH:ਅਧਰੰਗ]] ਹੋ
ਗਿਆ। ਉਹਨਾਂ ਦਾ ਸੱਜਾ ਪਾਸਾ ਕੰਮ ਨਹੀਂ ਕਰਦਾ। ਸਾਡਾ ਬਾਥਰੂਮ ਉੱਪਰ ਹੈ ਤੇ ਪੌੜੀਆਂ ਬਹੁਤ ਤਿੱਖੀਆਂ
ਨੇ। ਦਾਦਾ ਜੀ ਛੇ ਮਹੀਨੇ ਥੱਲੇ ਬੈਠਕ ਵਿੱਚ ਸੌਂਦੇ ਰਹੇ ਤੇ commode ਵਰਤਦੇ ਸੀ। ਉਹ ਬੋਹਤ ਸ਼ਰਮ ਮਹਿਸੂਸ
ਕਰਦੇ ਸੀ, ਕਿਸੇ ਨੂੰ ਮਿਲਣ ਨਹੀਂ ਦਿੰਦੇ ਸੀ। [[ADDRESS:Belgrave Health Centre]] ਦੇ ਡਾਕਟਰ ਨੇ
referral ਭੇਜਿਆ ਤੇ OT ਆਈ। ਉਹਨੇ ਕਿਹਾ stairlift ਤੇ wet room ਚਾਹੀਦਾ ਹੈ। ਪਰ
[[ORGANISATION:Charnwood Vale Council]] ਨੇ ਤਿੰਨ ਵਾਰ ਫ਼ਾਈਲ ਗੁਆ ਦਿੱਤੀ! ਹਰ ਵਾਰ ਨਵਾਂ ਫ਼ਾਰਮ।
ਮੈਂ ਹੀ ਸਾਰੇ ਫ਼ਾਰਮ ਭਰਦੀ ਸੀ ਕਿਉਂਕਿ ਘਰ ਵਿੱਚ ਮੇਰੀ ਅੰਗਰੇਜ਼ੀ ਸਭ ਤੋਂ ਵਧੀਆ ਹੈ। ਫਿਰ ਅਸੀਂ complaint
ਕੀਤੀ (ਨੰਬਰ [[REFERENCE:AD-4419]]) ਤੇ ਸਾਡੇ ਕੌਂਸਲਰ ਨੇ ਵੀ ਚਿੱਠੀ ਲਿਖੀ। ਦੋ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਇੱਕ
case officer, [[PERSON:ਮਾਰਕ]], ਮਿਲ ਗਿਆ ਜਿਹੜਾ ਸਭ ਕੁਝ ਦੇਖਦਾ ਸੀ। ਮਾਰਚ ਵਿੱਚ stairlift ਲੱਗ ਗਈ
ਤੇ ਜੂਨ ਵਿੱਚ wet room ਬਣ ਗਿਆ। ਹੁਣ ਦਾਦਾ ਜੀ ਆਪ ਨਹਾਉਂਦੇ ਨੇ ਤੇ ਫਿਰ ਤੋਂ ਗੁਰਦੁਆਰੇ ਜਾਂਦੇ ਨੇ।
ਸਬਕ: ਇੱਕ ਪਰਿਵਾਰ ਨੂੰ ਇੱਕ ਹੀ ਬੰਦਾ ਮਿਲੇ ਜੋ ਸਾਰੀ ਫ਼ਾਈਲ ਜਾਣਦਾ ਹੋਵੇ।
ਪਾਪਾ ਵੱਲੋਂ: [[PERSON:ਸਿਮਰਨ]] ਨੇ ਬਹੁਤ ਮਿਹਨਤ ਕੀਤੀ। ਦਾਦਾ ਜੀ ਦਾ NHS ਨੰਬਰ
[[OTHER_ID:943 476 5919]] ਹਰ ਫ਼ਾਰਮ 'ਤੇ ਲਿਖਣਾ ਪੈਂਦਾ ਸੀ, ਤਿੰਨ ਵਾਰ!
"""),
    ),
    (
        "fv2bj-pa-04",
        "pa",
        _s("""
ਮੈਂ [[PERSON:tegbir]] ([[PERSON:ਤੇਗਬੀਰ]]) ਹਾਂ, ਉਮਰ [[AGE:ਦਸ ਸਾਲ]]। ਅਸੀਂ
[[ADDRESS:Maple Court]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ, ਥੱਲੇ [[ADDRESS:Singh's Superstore]] ਹੈ ਜਿੱਥੋਂ ਮੈਂ
ਚਿਪਸ ਲੈਂਦਾ ਹਾਂ। ਸਾਡੇ block ਦੇ ਪਿੱਛੇ ਵੱਡੇ ਕੂੜੇ ਵਾਲੇ bins ਨੇ। ਕੁਝ ਵੱਡੇ ਮੁੰਡੇ ਰਾਤ ਨੂੰ ਓਥੇ ਅੱਗ
ਲਾਉਂਦੇ ਸੀ। ਧੂੰਆਂ ਸਾਡੀ ਖਿੜਕੀ ਵਿੱਚ ਆਉਂਦਾ ਸੀ ਤੇ ਮੇਰੀ ਭੈਣ [[PERSON:ਗੁਰਨੂਰ]] ਨੂੰ [[HEALTH:ਦਮਾ]]
ਹੈ, ਉਹਨੂੰ inhaler ਲੈਣਾ ਪੈਂਦਾ ਸੀ। ਕੰਧਾਂ 'ਤੇ spray paint ਵੀ ਕਰਦੇ ਸੀ। ਇੱਕ ਵਾਰ ਅੱਗ ਬੋਹਤ ਵੱਡੀ
ਹੋ ਗਈ ਤੇ fire brigade ਆਈ। ਮੈਂ ਤੇ ਮੇਰਾ ਦੋਸਤ [[PERSON:Sunny]] ਬਾਲਕਨੀ ਤੋਂ ਦੇਖ ਰਹੇ ਸੀ, ਬੋਹਤ
ਡਰ ਲੱਗਾ। caretaker [[PERSON:ਸਟੀਵ]] ਅੰਕਲ ਨੇ ਕਿਹਾ ਕਿ ਹਰ ਵਾਰ report ਕਰੋ। ਮੰਮੀ ਨੇ
[[ORGANISATION:Sandwell Rise Homes]] ਨੂੰ ਦੱਸਿਆ ਤੇ ASB case ਖੁੱਲ੍ਹਿਆ,
[[REFERENCE:SRH-ASB-6620]]। ਪਹਿਲਾਂ ਕੁਝ ਨਹੀਂ ਹੋਇਆ ਪਰ fire ਤੋਂ ਬਾਅਦ ਉਹਨਾਂ ਨੇ bins ਵਾਸਤੇ ਤਾਲੇ
ਵਾਲਾ ਪਿੰਜਰਾ ਬਣਾਇਆ, light ਤੇ camera ਲਾਏ। ਤੇ community centre ਵਿੱਚ ਸ਼ੁੱਕਰਵਾਰ ਨੂੰ football
club ਸ਼ੁਰੂ ਕੀਤਾ, ਓਹੀ ਵੱਡੇ ਮੁੰਡੇ ਹੁਣ ਓਥੇ ਖੇਡਦੇ ਨੇ! ਮੈਂ ਸਿੱਖਿਆ ਕਿ ਸਿਰਫ਼ ਸਜ਼ਾ ਨਹੀਂ, ਮੁੰਡਿਆਂ
ਨੂੰ ਕੁਝ ਕਰਨ ਨੂੰ ਵੀ ਚਾਹੀਦਾ ਸੀ। ਹੁਣ [[PERSON:ਗੁਰਨੂਰ]] ਰਾਤ ਨੂੰ ਖੰਘਦੀ ਨਹੀਂ।
ਟੀਚਰ ਵੱਲੋਂ: [[PERSON:Tegbir]] wrote this during Punjabi class. Mr [[PERSON:Bains]]
"""),
    ),
    (
        "fv2bj-pa-05",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਗੁਰਲੀਨ ਬਾਜਵਾ]], [[AGE:੧੩ ਸਾਲ]]। ਸਾਡਾ ਘਰ [[ADDRESS:੬੧ Larkhill]],
[[POSTCODE:wv3 8nz]] ਵਿੱਚ ਹੈ, ਵੁਲਵਰਹੈਂਪਟਨ। ਪਿਛਲੇ ਸਾਲ ਉੱਪਰ ਵਾਲੇ ਬਾਥਰੂਮ ਵਿੱਚੋਂ ਪਾਣੀ ਰਸੋਈ ਦੀ
ਛੱਤ ਵਿੱਚੋਂ ਟਪਕਣ ਲੱਗ ਪਿਆ। ਮੰਮੀ ਨੇ ਹੇਠਾਂ ਬਾਲਟੀ ਰੱਖੀ। ਪਾਪਾ ਨੇ
[[ORGANISATION:Wolverleigh Homes]] ਨੂੰ ਫ਼ੋਨ ਕੀਤਾ ਤੇ ਉਹਨਾਂ ਨੇ job number ਦਿੱਤਾ
[[REFERENCE:WH 2231 845]]। ਪਲੰਬਰ ਆਇਆ, ਬਾਥ ਦੇ ਆਲੇ ਦੁਆਲੇ silicone ਲਾ ਕੇ ਚਲਾ ਗਿਆ ਤੇ job
'completed' ਹੋ ਗਈ। ਪਰ ਪਾਣੀ ਫਿਰ ਆਇਆ! ਫਿਰ ਨਵਾਂ job number, ਫਿਰ completed। ਪੰਜ ਵਾਰ ਇਹ
ਹੋਇਆ। ਮੈਂ ਹਰ ਵਾਰ ਫ਼ੋਟੋ ਖਿੱਚੀ ਤੇ ਪਾਪਾ ਦੇ email [[EMAIL:bajwa.family@example.com]] ਤੋਂ ਸਾਰੀਆਂ
ਫ਼ੋਟੋਆਂ ਤਰੀਕਾਂ ਨਾਲ ਭੇਜੀਆਂ। ਮੈਂ ਆਪਣੇ instagram [[OTHER_ID:@gurleen.bjw]] 'ਤੇ ਵੀ ਛੱਤ ਦੀ
ਫ਼ੋਟੋ ਪਾਈ ਤੇ ਲਿਖਿਆ 'day 94 of our kitchen waterfall'। ਫਿਰ complaints team ਤੋਂ
[[PERSON:ਟੀਨਾ]] ਦਾ ਫ਼ੋਨ ਆਇਆ। ਉਹਨੇ ਮੰਨਿਆ ਕਿ ਹਰ ਵਾਰ ਨਵਾਂ job ਖੁੱਲ੍ਹਣ ਕਰਕੇ ਕਿਸੇ ਨੂੰ ਪਤਾ ਨਹੀਂ
ਲੱਗਿਆ ਕਿ ਇਹ ਇੱਕੋ ਲੀਕ ਹੈ। ਇੱਕ supervisor ਨੇ ਫ਼ਰਸ਼ ਚੁੱਕ ਕੇ ਦੇਖਿਆ ਤਾਂ waste pipe ਟੁੱਟੀ ਹੋਈ
ਸੀ। ਪਾਈਪ ਬਦਲੀ, ਛੱਤ ਨਵੀਂ ਲੱਗੀ ਤੇ ਸਾਨੂੰ £275 ਮਿਲੇ। ਸਬਕ: ਇੱਕੋ ਘਰ ਦੀ ਇੱਕੋ ਸਮੱਸਿਆ ਨੂੰ ਜੋੜ
ਕੇ ਦੇਖੋ। ਹੁਣ [[ORGANISATION:Wolverleigh]] ਦਾ ਸਿਸਟਮ ਦੱਸਦਾ ਹੈ ਜੇ ਇੱਕੋ ਘਰ ਵਿੱਚ ਤਿੰਨ ਵਾਰ ਇੱਕੋ
ਕੰਮ ਹੋਵੇ।
ਮੰਮੀ ([[PERSON:ਰਾਜਵਿੰਦਰ ਕੌਰ]]) ਵੱਲੋਂ: [[PERSON:ਗੁਰਲੀਨ]] 'ਤੇ ਮਾਣ ਹੈ। ਜੇ ਕਿਸੇ ਨੂੰ ਮਦਦ
ਚਾਹੀਦੀ ਹੋਵੇ: [[PHONE:07700 900 129]]
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
