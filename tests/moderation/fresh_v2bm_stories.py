"""Fresh version-2 PII test stories, batch bm.

Typed on a phone in a hurry by tenants and relatives: English in lower-case texting style with no
punctuation, Polish and Romanian without diacritics (inflected names such as haliny, grzeska,
zielinskiego), Arabic in Arabizi (Levantine, Egyptian, Moroccan) and in script, Urdu, Bengali and
Punjabi three each in Roman letters and two in their own script with native digits. Names, streets
and postcodes are lower case, numbers and emails run together, two phones are spelled in words,
two emails dictated ("kropka", "malpa", "dot"). Name-words are marked only as names (will, summer,
speranta, akash, brishti, noor, preet, ਸੁੱਖ, ਜੋਤ, জয়, صباح) and left unmarked as words. Named
surgeries, schools, churches, mosques, gurdwaras and a pub that locate the family are ADDRESS.
Titles and honorifics (mr, pani, domnul, el 7ag, sardar, bhai, apa, صاحب) and kunya "um"/"abu"
stay outside PERSON; "account ending" marks the digits only; police crime numbers are REFERENCE;
handles are OTHER_ID whoever owns them; national origin and settled status are OTHER_SPECIAL.
Towns, hospitals, offices, money, counts, durations and repair dates are unmarked.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 7 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 54.3% of 35, recall 92.4%, precision 67.0%, on the committed
detector 5e6acc4 (the detector that landed, after round 55); leak-free by language ar 4, bn 2, en 2, pa 4, pl 1, ro 2, ur 4 of 5.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2bm-en-01",
        "en",
        _s("""
hiya im [[PERSON:jade]] and i live at [[ADDRESS:flat 6 carrow house]] on the [[ADDRESS:beckfield
estate]]
[[POSTCODE:ls10 4nx]] with my 2 kids [[PERSON:tyler]] whos [[AGE:4]] and baby [[PERSON:rose]] shes
[[AGE:9 months]] now.
last winter the back bedroom went black with mould all round the window and behind the wardrobe u
could literally smell it from the landing. [[PERSON:rose]] kept getting chesty and the dr at
[[ADDRESS:middleton park surgery]] said it was [[HEALTH:bronchiolitis]] twice and wrote a letter
saying the damp wasnt
helping. i rang [[ORGANISATION:aire valley homes]] on [[PHONE:01134960572]] like 20 times honestly
and every time they
gave me a new job no the last one was [[REFERENCE:avh448120]] and nobody came. they sent a guy
once who wiped it
with bleach and said open ur windows more lol its january. in the end my mate said do a proper
complaint
so i did it from my email [[EMAIL:jadeyb93@example.com]] and put the photos and the gp letter in.
a housing
officer called [[PERSON:bev]] rang me back in 2 days which was a shock tbh. she came out herself
and said it
was a leaking gutter over the window not us drying washing. they fixed the gutter put a extractor
fan
in treated the walls and gave us £350 for the carpet and the ruined cot mattress. she also got a
survey
done on the whole block cos the flats either side had the same. lesson for them is listen the first
time and look for the cause dont just send someone with bleach. lesson for anyone else is put it in
writing with pics cos thats when stuff moves. thx for reading x
"""),
    ),
    (
        "fv2bm-en-02",
        "en",
        _s("""
ok so my daughter said i shud put this on here. me and [[PERSON:pat]] have lived at [[ADDRESS:31
holly bank]]
[[POSTCODE:hx3 7pq]] for 26 yrs no bother til the flat above us got a new tenant in 2024. music
til 4am
most nights banging doors shouting on the stairs. [[PERSON:pat]] has [[HEALTH:parkinsons]] and
needs her sleep and
im [[AGE:71]] myself so it was grim. i rang [[ORGANISATION:calder moor housing]] loads and they
kept saying its
lifestyle noise not asb. in the end they opened a case [[REFERENCE:cmh/asb/2291]] and a lad called
[[PERSON:will]]
from the asb team rang me. he said he will sort it and to be fair he did. he give me his mobile
[[PHONE:07700 900 418]] and said text him when its kicking off rather than ring the main office in
halifax cos
no one picks up after 5. he got us the noise app and after 3 weeks of recordings they went round
with
a warning. it didnt stop so they did mediation which the lad upstairs didnt turn up to. in the end
they
moved him to a house with nobody under him which tbh is better for him as well hes only young and
was
struggling himself. what they learned they told me is they shud of taken recordings from day 1 not
after 6 months and that the over 60s in our block shud get a named officer. so now we have
[[PERSON:will]] as
our named officer. only took a year lol but thx to him we sleep again
"""),
    ),
    (
        "fv2bm-en-03",
        "en",
        _s("""
writing this for my nan [[PERSON:precious campbell]] cos she dont do computers. shes [[AGE:80]]
came over from
[[OTHER_SPECIAL:jamaica]] in the 60s and been in her flat at [[ADDRESS:44b ferndale rd]]
[[POSTCODE:sw98bj]] since 1987 with
[[ORGANISATION:southbank community housing]]. her boiler packed in on the 3rd of december last yr
and she was without
heating or hot water for nearly 3 weeks. she has [[HEALTH:copd]] and [[HEALTH:type 2 diabetes]] so
being cold is
actually dangerous for her not just horrible. the contractor [[ORGANISATION:heatright services]]
came out twice said
they needed a part and then nothing. every time i rang they asked for her dob
[[DATE_OF_BIRTH:14/3/1946]] and her ni
number [[NI_NUMBER:jk486219c]] like they never heard of her before. complaint ref was
[[REFERENCE:SCH-C-10442]]. what
actually got it moving was her pastor at [[ADDRESS:new covenant church]] round the corner who rang
them as well lol.
then a manager ms [[PERSON:okafor]] rang me back from [[PHONE:02079460381]] and said sorry
straight away no excuses.
2 electric heaters dropped round same day new boiler fitted within the week £250 compensation and
they put nan on the priority list cos of her health. they also changed it so anyone with a medical
flag gets heaters within 24 hrs if the boiler goes. nan says thank u to [[PERSON:ngozi]] she was a
proper angel.
if ur nan or grandad is on their own pls make sure the landlord has it on file
"""),
    ),
    (
        "fv2bm-en-04",
        "en",
        _s("""
salam all. we r a family of 7 in a 2 bed at [[ADDRESS:17 pelham house]] [[POSTCODE:e2 0qs]]. me my
husband
[[PERSON:shamim]] my mother in law and 4 boys. my eldest [[PERSON:ayaan]] is [[AGE:10]] and has
[[HEALTH:autism]] he shares a room
with his 3 brothers and the little ones wake him every night then he has meltdowns at
[[ADDRESS:marner park primary]]. the school sent letters the gp sent letters. we been on the
housing register
since 2019 ref [[REFERENCE:hr0093417]] band 3. i emailed every month from
[[EMAIL:rumana.shamim84@example.net]] and
even tagged them on twitter [[OTHER_ID:@eastsidehomes]] from my account [[OTHER_ID:@rumana_e2]]
lol nothing. then a lady
at the advice centre helped me ask for a medical priority review with a OT report. the OT
[[PERSON:sarah-jane]]
came and wrote that [[PERSON:ayaan]] needs his own room for his health. within 2 months we went to
band 1 and
[[ORGANISATION:eastside homes]] offered us a 4 bed house in bow. they also said sorry that nobody
looked at the
medical forms for 3 yrs they was sat in a shared inbox. now they got a person checking medical
evidence every week. [[PERSON:ayaan]] has his own room now and hes sleeping and so am i. pls dont
give up and get
the OT letter its the thing that counts. [[PERSON:rumana]]
"""),
    ),
    (
        "fv2bm-en-05",
        "en",
        _s("""
hi so this is [[PERSON:siobhan]] from [[ADDRESS:apt 14 wharf view]] [[POSTCODE:l3 4bg]] and its
about service charges and a
leak that wrecked my car lol. we pay [[ORGANISATION:mersey quay living]] service charge every
month and £38 of
it was for the lift which was broke for 8 months. also water was coming thru the car park roof
onto my
car [[OTHER_ID:ma19 kxd]] every time it rained and the paint went all bubbly. i emailed from
[[EMAIL:siobhan.mcg@example.org]]
and they said ring [[PHONE:0151 496 0127]] and when i rang they said email. complaint ref
[[REFERENCE:MQL/2024/0583]]. the
girl on the phone her name was [[PERSON:summer]] and she was lovely but said it wasnt her dept. i
said ring
me back on [[PHONE:+447700900263]] and she actually did. my brother [[PERSON:ciaran]] who knows
about this stuff said ask for
a breakdown of the service charge in writing so i did. turned out we were being charged for lift
maintenance that never happened. they refunded £304 to everyone in the block and for me they paid
for
the car respray straight into my account sort code [[OTHER_ID:40-11-62]] account ending
[[OTHER_ID:7731]]. also fixed the car
park roof finally after the summer. lesson learned for them is dont charge for stuff that isnt
being
done and check the contractor invoices. lesson for us is ask for the breakdown. thx
[[PERSON:summer]] and thx
[[PERSON:ciaran]] x
"""),
    ),
    (
        "fv2bm-pl-01",
        "pl",
        _s("""
czesc, pisze szybko z telefonu wiec sorry za bledy. nazywam sie [[PERSON:agnieszka wrobel]],
mieszkam z mezem
[[PERSON:tomkiem]] i corka [[PERSON:zuzia]] ([[AGE:6 lat]]) na [[ADDRESS:12 becket st]],
[[POSTCODE:ng73fq]]. dom jest od
[[ORGANISATION:trent vale homes]]. od zeszlej jesieni w pokoju malej byl grzyb na suficie i za
szafa, czarny,
smierdzial. [[PERSON:zuzia]] ma [[HEALTH:astme]] i co chwile inhalator, pani doktor z
[[ADDRESS:hyson green surgery]]
napisala list ze wilgoc jej szkodzi. dzwonilam na repairs [[PHONE:0115 496 0218]] chyba z 15 razy,
numer
zgloszenia [[REFERENCE:TVH55102]], przyszedl raz facet, pomalowal farba przeciw grzybowi i tyle,
po miesiacu znowu
to samo. sasiadka [[PERSON:bozena]] z [[ADDRESS:numeru 14]] powiedziala zebym pisala complaint na
maila a nie dzwonila.
napisalam z [[EMAIL:aga.wrobel88@example.com]], dolaczylam zdjecia i list od lekarki. po tygodniu
zadzwonil
surveyor pan [[PERSON:hussain]] i przyszedl sam. okazalo sie ze rynna byla pekneta i woda szla po
scianie do
srodka. naprawili rynne, zrobili wentylacje, nowy tynk i dali nam £400 odszkodowania za meble i
zniszczone ubrania malej. przeprosili tez na pismie. teraz [[ORGANISATION:trent vale]] mowi ze
przy kazdym grzybie
najpierw szukaja przyczyny a nie tylko maluja. moja rada: piszcie maile, robcie zdjecia z data i
nie
dajcie sie zbyc ze to wasz 'lifestyle' bo suszycie pranie. u nas to nie bylo pranie tylko rynna.
"""),
    ),
    (
        "fv2bm-pl-02",
        "pl",
        _s("""
hej, pisze bo moze komus pomoze. mieszkam w [[ADDRESS:kestrel house]], [[ADDRESS:mieszkanie 9c]],
[[POSTCODE:s2 4hj]], z zona
[[PERSON:marta]] i synem. przez prawie rok na klatce handlowali narkotykami, smrod trawy,
strzykawki przy
windzie, a moj [[PERSON:kuba]] ma [[AGE:9 lat]] i musial tamtedy chodzic do szkoly. raz zaczepili
[[PERSON:kube]] i
zabrali mu telefon. zglaszalem do [[ORGANISATION:don valley housing]], sprawa asb nr
[[REFERENCE:ASB/0419/23]], i na
policje, crime ref [[REFERENCE:14/77812/23]]. jeden z nich wrzucil zdjecie naszych drzwi na insta
z profilu
[[OTHER_ID:@kestrel_boyz0]] i napisal ze mamy sie wynosic bo jestesmy [[OTHER_SPECIAL:polakami]].
[[PERSON:marta]] bala sie
wychodzic. pani z asb, [[PERSON:dawn]], na poczatku tylko mowila ze 'monitoruja'. dopiero jak
napisalem formalny
complaint i dolaczylem screeny, daty i godziny, przyjechala z policja. zalozyli kamery na klatce,
naprawili drzwi wejsciowe na kod (byly zepsute od 2022!) a sad dal zakaz (injunction) dwom typom. z
[[PERSON:dawn]] mam teraz dobry kontakt, pisze mi co sie dzieje. [[ORGANISATION:don valley]]
przyznal ze zepsute drzwi to
byl glowny problem i ze powinni je naprawic od razu, teraz sprawdzaja drzwi we wszystkich blokach
co
miesiac. [[PERSON:kuba]] znowu chodzi sam do szkoly. pozdro, [[PERSON:krzysiek]]
"""),
    ),
    (
        "fv2bm-pl-03",
        "pl",
        _s("""
pisze w imieniu mamy, [[PERSON:haliny kowalczyk]]. mama ma [[AGE:78 lat]], urodzona
[[DATE_OF_BIRTH:3 maja 1948]], mieszka sama na
[[ADDRESS:7 gladstone st]], [[POSTCODE:pe1 2bd]]. ja jestem [[PERSON:pawel]], syn. w listopadzie
zepsul sie boiler i mama przez
11 dni nie miala ogrzewania ani cieplej wody. ma [[HEALTH:pochp]] i po [[HEALTH:udarze]] slabo
chodzi. landlord to
[[ORGANISATION:fenland rise homes]], firma od gazu [[ORGANISATION:warmhome gas ltd]]. dzwonilem
codziennie na [[PHONE:01632960447]],
numer zgloszenia [[REFERENCE:FRH 209 331]]. raz mi powiedzieli ze mama nie jest 'vulnerable' bo
nie ma tego w
systemie, chociaz wypis ze szpitala mial jej numer nhs [[OTHER_ID:485 777 3456]] i wszystko bylo
tam napisane. mama
jest [[OTHER_SPECIAL:katoliczka]] i co niedziele chodzi do [[ADDRESS:st peter's]] na rogu, i to
ksiadz [[PERSON:tom]] przyniosl
jej grzejnik olejowy, nie landlord. po skardze do managerki ([[PERSON:claire baxter]]) przyjechali
nastepnego dnia,
wymienili caly boiler, zostawili dwa grzejniki na zapas i dali £200 za prad. najwazniejsze:
wpisali mame
do rejestru vulnerable tenants i teraz jak u takich osob padnie ogrzewanie maja 24 godziny.
dziekuje pani
[[PERSON:claire]]. ludzie, sprawdzcie czy wasi starsi rodzice sa w tym rejestrze, bo sami o to nie
zapytaja.
"""),
    ),
    (
        "fv2bm-pl-04",
        "pl",
        _s("""
[[PERSON:ewa]] tu. moj maz [[PERSON:grzegorz]] (dla wszystkich [[PERSON:grzesiek]]) ma
[[HEALTH:sm]] od 2018 i od zeszlego roku jezdzi
na wozku. mieszkamy na [[ADDRESS:23 moorside]], [[POSTCODE:bb10 3rt]], dom od
[[ORGANISATION:pendle and calder homes]]. do domu
prowadza trzy schody i nie ma prysznica, tylko wanna. terapeutka OT ze szpitala, [[PERSON:gemma]],
napisala raport
ze trzeba rampy i walk-in shower, to bylo w marcu. potem cisza. dzwonilam, pisalam z
[[EMAIL:ewka kropka nowak malpa example kropka org]], mowili ze czekamy na funding. przez 8
miesiecy mylam
[[PERSON:grzeska]] na krzesle w kuchni. w koncu poszlam do radnej, cllr [[PERSON:nazia]], ktora
zadzwonila do nich i
okazalo sie ze raport od [[PERSON:gemmy]] sie zgubil, bo wyslali go na zly adres email. w ciagu 6
tygodni byla
rampa, prysznic i uchwyty. dostalismy tez miejsce parkingowe dla niebieskiej karty pod domem, na
nasz
samochod [[OTHER_ID:ky68 wbn]]. przeprosili i teraz kazdy raport OT dostaje numer i ktos go
pilnuje od poczatku
do konca. jakby ktos z okolicy mial podobny problem to piszcie albo dzwoncie [[PHONE:07700 900
562]], chetnie
pomoge, bo wiem jak to jest czekac.
"""),
    ),
    (
        "fv2bm-pl-05",
        "pl",
        _s("""
krotko bo pisze w przerwie w pracy. jestem [[PERSON:wojtek zielinski]], mieszkam w
[[ADDRESS:mieszkaniu 3, 88 queens rd]],
[[POSTCODE:bd7 1lp]]. od kwietnia dostawalem listy ze mam arrears £1,140 i grozili eviction. a ja
place co
miesiac standing order z mojego konta, sort code [[OTHER_ID:30-94-57]], nr konta
[[OTHER_ID:41170362]], mam wszystkie
wyciagi. okazalo sie ze [[ORGANISATION:westfield housing trust]] zmienil system i moje wplaty szly
na konto innego
[[PERSON:zielinskiego]] z drugiego konca bradford. moj numer rent account to
[[REFERENCE:RA00471932]], jego byl prawie taki
sam. do tego zanim w ogole chcieli rozmawiac kazali mi pokazac [[OTHER_SPECIAL:settled status]],
co bylo dziwne bo
mieszkam tu od 2012. dopiero pani [[PERSON:rose]] z income team sprawdzila i znalazla blad w 5
minut.
wszystko poprawili, usuneli arrears, napisali list ze przepraszaja i ze nic nie idzie do credit
file.
dali £100 za stres. nauka dla nich: jak ktos placi regularnie a nagle ma dlug, sprawdzcie system
zanim
wyslecie grozby, i nie pytajcie ludzi o status imigracyjny przy sprawie czynszu. dla was:
trzymajcie
wyciagi z banku i zawsze piszcie numer rent account w tytule przelewu. [[PERSON:wojtek]]
"""),
    ),
    (
        "fv2bm-ro-01",
        "ro",
        _s("""
buna, scriu de pe telefon, scuze ca nu am diacritice. sunt [[PERSON:ionut popescu]], stau cu sotia
mea
[[PERSON:mihaela]] si baiatul nostru [[PERSON:andrei]] de [[AGE:3 ani]] pe [[ADDRESS:45 whitehall
rd]], [[POSTCODE:ls12 1bd]]. casa e de
la [[ORGANISATION:kirkstall gate housing]]. din octombrie a aparut mucegai negru in camera lui
[[PERSON:andrei]] si in baie,
pe tavan si dupa dulap. copilul a inceput sa tuseasca noaptea, doctorita de la
[[ADDRESS:armley moor health centre]] a zis ca e [[HEALTH:wheezing]] si poate [[HEALTH:astm]]. am
sunat la repairs pe
[[PHONE:01134960915]] de nu stiu cate ori, nr job [[REFERENCE:KGH-220418]], au venit o data si au
dat cu vopsea si gata.
vecina noastra [[PERSON:speranta]], care sta aici de 10 ani, mi-a zis ca la ea a fost la fel si ca
trebuie facut
complaint in scris. nu mai aveam nicio speranta dar am scris de pe
[[EMAIL:ionut.popescu.ro@example.com]] cu poze si
scrisoarea de la doctorita. dupa 5 zile m-a sunat un surveyor, domnul [[PERSON:adebayo]], a venit
si a gasit ca
ventilatorul din baie nu era legat deloc, era pus acolo doar de forma. au pus ventilator nou, au
tratat
peretii, ne-au dat un dehumidifier si £275 pentru haine si patutul stricat. ne-au cerut si scuze.
acum
zic ca verifica de fiecare data daca merge ventilatia, nu doar vopsesc. noi suntem
[[OTHER_SPECIAL:ortodocsi]] si
mergem la biserica [[ADDRESS:sf. nicolae]] din cartier, iar parintele ne-a ajutat cu engleza la
scrisoare. sfat:
faceti poze cu data si scrieti, nu doar sunati.
"""),
    ),
    (
        "fv2bm-ro-02",
        "ro",
        _s("""
[[PERSON:florin dumitrescu]] aici, stau in [[ADDRESS:clifton court]], [[ADDRESS:ap. 7]],
[[POSTCODE:b12 9pl]]. in februarie a curs apa
de la vecinul de sus prin tavanul din bucatarie si intr-o noapte a cazut o bucata de tavan pe
masa. noroc
ca nu era nimeni acolo. am sunat la [[ORGANISATION:highbury park homes]] pe urgente [[PHONE:0121
496 0552]], au venit
cei de la [[ORGANISATION:rapidfix building services]] si au oprit apa la vecin dar tavanul l-au
lasat asa, cu gaura,
7 saptamani. ref complaint [[REFERENCE:CC-23-0987]]. am scris de pe
[[EMAIL:florin.dumitrescu@example.net]] de 4 ori,
doar raspunsuri automate. am trimis si scrisoare recomandata la biroul lor din birmingham. in
final doamna
[[PERSON:sharon]] de la complaints m-a sunat si a recunoscut ca jobul a fost inchis din greseala
in sistem ca
completed. intr-o saptamana au pus tavan nou, au zugravit, au schimbat dulapurile stricate si
mi-au dat
£450. vecinul de sus, [[PERSON:gigi]] (de fapt [[PERSON:gheorghe]], dar nimeni nu-i zice asa), a
avut si el teava schimbata
ca era putreda de tot. acum zic ca nu mai inchid un job fara poza cu lucrarea terminata. bine ca am
pastrat toate emailurile si pozele, fara ele era cuvantul meu contra lor. daca aveti ceva
asemanator
cereti sa vedeti ce scrie in sistem la jobul vostru.
"""),
    ),
    (
        "fv2bm-ro-03",
        "ro",
        _s("""
salut, sunt [[PERSON:floarea]] (toata lumea imi zice [[PERSON:florica]]), am [[AGE:52 de ani]] si
stau cu fiul meu [[PERSON:gica]] pe
[[ADDRESS:nr 9 ashby close]], [[POSTCODE:le4 6tw]]. de vreo doi ani un grup de baieti de pe strada
ne striga pe geam,
ne-au spart oglinda de la masina si ne-au zis sa plecam acasa ca suntem [[OTHER_SPECIAL:romani]].
am pus flori in
gradina, le-au rupt pe toate. am raportat la [[ORGANISATION:soar valley housing]], caz asb
[[REFERENCE:SVH/ASB/1187]], si la
politie, crime ref [[REFERENCE:LE-24-338817]]. un baiat a pus poze cu casa noastra pe tiktok de pe
contul
[[OTHER_ID:@ashbyclose_lads]]. ofiterul de asb, domnul [[PERSON:patel]], la inceput zicea ca sunt
doar copii, dar dupa ce
am tinut jurnal cu date si ore si i-am dat video de pe telefonul lui [[PERSON:gica]], au
recunoscut ca e hate
crime. au pus camera pe stalp, au dat avertismente la doua familii si unul a semnat acceptable
behaviour contract. ne-au schimbat si geamul si ne-au pus o sonerie cu camera. acum in fiecare luna
ma suna [[PERSON:patel]] sa vada daca e liniste. lectia pentru ei: cand cineva zice ca e atacat
pentru
nationalitatea lui, nu e conflict intre vecini. lectia pentru noi: jurnal, jurnal, jurnal. si anul
asta
florile au ramas intregi.
"""),
    ),
    (
        "fv2bm-ro-04",
        "ro",
        _s("""
scriu pentru mama mea, [[PERSON:elena stan]], are [[AGE:82 de ani]] (nascuta
[[DATE_OF_BIRTH:12.01.1944]]) si are [[HEALTH:dementa]] usoara.
sta singura in [[ADDRESS:flat 2, 6 sidney grove]], [[POSTCODE:ne4 5pr]]. tanti [[PERSON:leana]],
vecina ei, m-a sunat in decembrie
ca mama sta in casa cu paltonul pe ea. caloriferele erau reci de 2 saptamani si ea nu a stiut sa
sune.
eu sunt in romania deci am sunat de acolo. landlordul e [[ORGANISATION:tyne gate homes]]. la
telefon
([[PHONE:0191 498 0226]]) nu voiau sa vorbeasca cu mine ca nu sunt pe tenancy. mi-au cerut numarul
ei de
asigurare [[NI_NUMBER:ny 20 45 81 b]] si pana si nr de pasaport [[OTHER_ID:058712934]] ca sa
verifice cine sunt, si tot
nu au trimis pe nimeni. am facut complaint pe email, ref [[REFERENCE:TGH-CMP-5521]]. a doua zi a
venit un
tehnician, era o valva blocata si presiunea la boiler pe zero. in 20 de minute era cald. dupa aia
managerul
[[PERSON:liam]] m-a sunat si a zis ca au trecut pe fisa mamei ca are [[HEALTH:dementa]] si ca
trebuie sunata ruda de contact,
adica fratele meu [[PERSON:radu]] care e in uk, la [[PHONE:07700900346]]. au pus un termostat
simplu cu un singur buton si
vine cineva sa verifice in fiecare noiembrie. au platit si £150. mersi tanti [[PERSON:leana]],
fara ea nu stiam nimic.
"""),
    ),
    (
        "fv2bm-ro-05",
        "ro",
        _s("""
buna ziua. sotul meu [[PERSON:costel]] e [[HEALTH:surd]] din nastere si eu lucrez ture de noapte.
stam pe
[[ADDRESS:9 harborough rd]], [[POSTCODE:nn2 6bs]], langa pubul [[ADDRESS:the red lion]], casa e de
la
[[ORGANISATION:nene housing partnership]]. o teava s-a spart sub chiuveta si tot ce ne spuneau era
suna-ne. pai el nu
poate suna. am cerut de 3 ori sa ne trimita sms sau email, am dat numarul meu,
[[PHONE:zero sapte sapte zero zero noua zero zero trei doi unu]], si emailul lui
[[EMAIL:costel.m70@example.com]]. au venit de
doua ori cand eram la munca, au batut la usa, el nu a auzit (soneria nu avea lumina) si au lasat
carte
no access. jobul [[REFERENCE:NHP 30 44 19]] a fost inchis de doua ori. apa a curs in dulap 6
saptamani si s-a umflat
tot pesul. am facut complaint in scris si m-a contactat [[PERSON:jodie]] de la customer care, care
stie putin
limbajul semnelor si a venit cu un interpret. au reparat teava, au schimbat dulapul, au pus
sonerie cu
flash si au trecut in sistem ca se contacteaza doar prin sms sau email. ne-au dat £200. lectia:
intrebati
omul cum vrea sa fie contactat si scrieti asta in sistem. acum [[PERSON:costel]] primeste sms cand
vine cineva si
deschide singur. multumim, [[PERSON:dana]]
"""),
    ),
    (
        "fv2bm-ar-01",
        "ar",
        _s("""
marhaba, ana [[PERSON:amal]] w sakne ma3 jozi [[PERSON:samer]] w el wlad bi [[ADDRESS:flat 4, 19
carlton st]], [[POSTCODE:m14 5rt]]. e7na
[[OTHER_SPECIAL:souriyyin]] w jina 3al balad b 2019. el beit taba3 [[ORGANISATION:irwell homes]].
men awal ma sakanna fi rtoube
kbire bel 7amam w ghorfet el wlad, el 7eet sar aswad w el re7a 3afan. ibni [[PERSON:yazan]] 3omro
[[AGE:5 snin]] w
3endo [[HEALTH:rabw]], kel shway bel mustashfa bel shiti. 7akina el repairs 3ala
[[PHONE:01614960384]] aktar men 10
marrat, ra2am el talab [[REFERENCE:IH77310]], w kel marra bi2ouli eftahi el shebbek w nashfi el
ghasil barra. bel
shiti?? ba3den jaretna um [[PERSON:rami]] 2aletli lazem complaint maktoub. benti [[PERSON:lana]]
([[AGE:14]]) katbetlon yeh
bel english w ba3atnah men [[EMAIL:amal.samer2019@example.org]] ma3 sowar w war2a men el doctor.
ba3d jem3a ija
surveyor esmo [[PERSON:gary]], la2a enno fi masoura mashou2a ta7t el banyo men zaman w el mayy 3am
tefout bel
7eet. sala7oha, 3amalo plaster jdid w dahan dedd el rtoube w 3atouna dehumidifier w £300 ta3wid. w
a7la
shi, hala2 bi7ottou mutarjem 3arabi la kel 3ayle bte7ki 3arabi bas. el dars: el rtoube mesh
da2iman men
el ghasil, lazem yfattshou 3al sabab. w ento ktebou, la t7kou bas bel telefon. shukran la um
[[PERSON:rami]] w
la [[PERSON:lana]] el shatra.
"""),
    ),
    (
        "fv2bm-ar-02",
        "ar",
        _s("""
أنا [[PERSON:كريم الجبوري]]، ساكن في [[ADDRESS:22 clive st]]، [[POSTCODE:cf11 7jd]] مع زوجتي
[[PERSON:زينب]] وبناتي. البيت من
[[ORGANISATION:taff bay housing]]. من سنة تقريباً جا جار جديد بالبيت اللي جنبنا، كل ليلة حفلات
وصياح لحد الفجر،
ومرة رمى زبالة على سيارتنا. بنتي الصغيرة [[PERSON:رقية]] عمرها [[AGE:٧ سنين]] وعندها
[[HEALTH:صرع]]، وقلة النوم تجيب
لها النوبات. اتصلت بالهاوسنك على [[PHONE:٠٢٩ ٢٠١٨ ٠٦٤٧]] مرات هواي وفتحوا قضية ASB رقم
[[REFERENCE:٣٠٩٢١٨]]، وكل مرة
يكولون نحتاج دليل. إحنا [[OTHER_SPECIAL:مسلمين]] ونصلي الفجر في [[ADDRESS:مسجد دار السلام]] اللي
براس الشارع، وأحياناً
نرجع والجار بعده مشغل الموسيقى. الشيخ بالمسجد نصحني أكتب كل شي بدفتر. كتبت ثلاث شهور، تواريخ وأوقات
وتسجيلات، وبعثتها من إيميلي [[EMAIL:karim.jaburi@example.net]] للـ complaints. بعدها اتصلت بيه
موظفة اسمها
[[PERSON:ميغان]] ([[PERSON:Megan]]) وكالت إن الملف ما انرفع للمدير لأن الموظف السابق ترك الشغل وما
أحد استلمه. خلال
أسبوعين سووا زيارة مع الشرطة، الجار أخذ تحذير رسمي وبعدين وقع اتفاق سلوك. صار هدوء والبنية رجعت
تنام.
وكالوا من هسه أي قضية ASB لازم يكون لها موظف ثاني إذا الأول طلع. شكراً لـ[[PERSON:ميغان]]، وشكراً
لأبو [[PERSON:حسن]] جارنا
اللي شهد وياي.
"""),
    ),
    (
        "fv2bm-ar-03",
        "ar",
        _s("""
ana [[PERSON:mona el sayed]] w da 3an abouya el 7ag [[PERSON:mahmoud el sayed]], 3ando [[AGE:76
sana]], mawlood [[DATE_OF_BIRTH:5/7/1950]].
sakin lewa7do fi [[ADDRESS:24 norfolk terrace]], [[POSTCODE:g42 8qp]], w el beit bta3
[[ORGANISATION:clydeview housing association]].
fel shita el boiler 3atal w el tadfeya w el mayya el sokhna wa2fa 12 yom. abouya 3ando
[[HEALTH:sokkar]] w
[[HEALTH:daght]] w rokbeto ta3bana. kol ma akallem el call centre [[PHONE:01414960771]] ye2olo we
need to speak to the
tenant, w abouya mesh byetkallem english kwayes. w kol marra yes2alo 3al national insurance bta3o
[[NI_NUMBER:pr518327d]] w el dob tani men el awel. el complaint ref [[REFERENCE:CVH0044917]]. el
sherka
[[ORGANISATION:scotheat plumbing]] gat marra w 2alet el part mesh mawgood w mashyet. ba3atlohom
email men
[[EMAIL:mona.elsayed.uk@example.com]] w 2olt en ana el next of kin w mafrood yetsagel en abouya
vulnerable. tani yom
kallemni wa7ed esmo [[PERSON:euan]], e3tazar, gab 2 heaters nafs el yom w boiler gedid etrakab
ba3d 3 ayam. w 3amalo
language line 3arabi le abouya w sagalo esmi w nemrati ka contact. edoolo £180 3ala el kahraba. el
dars:
law el mosta2ger kbeer fel sen w mesh byetkallem english, mat2afelsh el sekka fe weshsho, esta3melo
mutarjem. w e7na kaman: sagelo nafsokom next of kin badri abl ma te7sal moshkela.
"""),
    ),
    (
        "fv2bm-ar-04",
        "ar",
        _s("""
اسمي [[PERSON:صباح عثمان]]، [[OTHER_SPECIAL:سودانية]]، وساكنة مع راجلي وخمسة أطفال في شقة غرفتين
في [[ADDRESS:34 brayford house]]،
[[POSTCODE:ln1 3bx]]. الشقة من [[ORGANISATION:witham homes]]. الأولاد الأربعة نايمين في غرفة
واحدة، والبنت الكبيرة [[PERSON:ملاذ]]
عمرها [[AGE:١٥ سنة]] نايمة في الصالة على الكنبة. كل صباح أصحى بدري أصحيها قبل ما الباقين يطلعوا.
ولدي
[[PERSON:مؤمن]] عنده [[HEALTH:أنيميا منجلية]] ومحتاج غرفة دافية وهادية. نحن في قائمة السكن من
٢٠٢١، رقم الطلب
[[REFERENCE:٤٤٠٩٢١]]، في الباند التالت. مدرسة البنات [[ADDRESS:سانت جايلز]] كتبت رسالة إنو
[[PERSON:ملاذ]] تعبانة وما قادرة
تذاكر. الدكتور كتب رسالة كمان. بعتت كلو بالإيميل [[EMAIL:sabah.osman@example.org]] وما في رد، ورقمي
[[PHONE:٠٧٧٠٠٩٠٠٦٤٧]] وما اتصل زول. في الآخر المترجمة [[PERSON:سلمى]] ساعدتني أكتب شكوى رسمية.
بعدها اتضح إنو
الرسائل الطبية ما اتسجلت أصلاً، لأنها كانت بالعربي وما في زول ترجمها! اتصلت بي [[PERSON:Karen]] من
الـ allocations
واعتذرت، وترجموا الأوراق ورفعونا للباند الأول. بعد تلاتة شهور عرضوا علينا بيت أربع غرف. هسي
[[PERSON:ملاذ]]
عندها غرفتها و[[PERSON:مؤمن]] بينوم كويس. وقالوا أي ورقة بلغة تانية بيترجموها خلال أسبوع. نصيحتي:
أطلبي منهم
يترجموا أوراقك، وما تسكتي.
"""),
    ),
    (
        "fv2bm-ar-05",
        "ar",
        _s("""
salam, ana [[PERSON:fatima zahra]] w kanskon f [[ADDRESS:flat 12 portnall house]], [[POSTCODE:w10
4lx]] m3a rajli [[PERSON:hicham]] w bnati.
dar dyal [[ORGANISATION:kensal green homes]]. f mars bda lma kaynzel mn sqef dyal lkuzina, kol ma
kaydouch jar li
fo9na. 3ayatna 3la repairs [[PHONE:02079460582]], 3tawna ref [[REFERENCE:KGH/R/88213]]. jaw 3
dlmarrat, kol marra kay9olo
machi mn 3ndna mn 3nd jar, w jar kay9ol machi ana. sqef wla sfer w kaytih lbyad. ana khdama f
sbitar
b lil, w [[PERSON:hicham]] kaykhdem taxi, tomobil dyalo [[OTHER_ID:lk21 xpt]] kant tatbllal hta
hia hit lma kaynzel
hta f parking. ktebt 3lihom f twitter w tagit [[OTHER_ID:@kgh_repairs]] mn account dyali
[[OTHER_ID:@fz.london]]. mn b3d
jani msg mn [[PERSON:darren]] mn complaints, ja m3ah plumber w tla3 l jar. l9aw tuyau dyal douche
mherres mn
zman. sl7oh f nhar, w b3d simana sl7o sqef w sbghoh. 3tawna £350 w 9alo ghadi ybdlo system: ila
kan lma
kayji mn dar l dar, kaymchiw l joj djour f nefs nhar. siftohom l compte dyali, sort code
[[OTHER_ID:20-45-77]].
nasi7a: swro kolchi b tarikh, w ila ma jawbokomch f telephone ktbo f social media, tema kayt7rrko.
shokran [[PERSON:darren]].
"""),
    ),
    (
        "fv2bm-ur-01",
        "ur",
        _s("""
assalam o alaikum. mera naam [[PERSON:noor fatima]] hai aur hum [[ADDRESS:63 lumb lane]],
[[POSTCODE:bd8 7qs]] mein rehte hain.
ghar [[ORGANISATION:pennine edge housing]] ka hai. pichle saal se ghar mein seelan itni ho gayi ke
bachon ke kamre ki
deewar pe kala fungus aa gaya. mera beta [[PERSON:bilal]] [[AGE:7 saal]] ka hai, usay
[[HEALTH:asthma]] hai aur choti [[PERSON:hania]]
ko [[HEALTH:eczema]]. dr sahiba [[ADDRESS:picton medical centre]] wali ne likh ke diya ke seelan
se bachon ki sehat
kharab ho rahi hai. maine repairs ko [[PHONE:01632960283]] pe kitni dafa call ki, job no
[[REFERENCE:PEH 41 20 77]],
banda aaya aur bola kapre andar na sukhayen, khirki kholen. december mein khirki kholen? phir mere
bhai
[[PERSON:asif]] ne kaha email karo, phone ka koi record nahin hota. maine
[[EMAIL:noorfatima.bd8@example.com]] se complaint
bheji photos ke saath. 2 hafte baad mr [[PERSON:hargreaves]] surveyor aaye, unhon ne dekha ke
chhat ke neeche
insulation hi nahin thi, is liye deewar thandi ho ke paani jamta tha. unhon ne loft insulation
dali, fan
lagaya, deewar treat ki aur £320 compensation diya. sorry ka letter bhi aaya. ab keh rahe hain ke
poori
gali ke gharon ki insulation check karenge. seekh: sirf rang na karen, wajah dhoondhen. aur aap
log har
cheez likh ke bhejen. allah har ghar mein noor aur sukoon de. shukriya
"""),
    ),
    (
        "fv2bm-ur-02",
        "ur",
        _s("""
میرا نام [[PERSON:ریاض احمد]] ([[PERSON:Riaz Ahmed]]) ہے، عمر [[AGE:۶۸ سال]]۔ میں اور میری بیوی
[[PERSON:شمیم]] [[ADDRESS:12 greenwood avenue]]،
[[POSTCODE:ol8 1hw]] میں رہتے ہیں، [[ADDRESS:جامع مسجد غوثیہ]] کے بالکل سامنے۔ گھر
[[ORGANISATION:Moorside Living]] کا ہے۔ پچھلے سال
کچھ لڑکے ہماری دیوار کے ساتھ بیٹھ کر نشہ کرتے، گالیاں دیتے اور رات کو موٹر سائیکلیں دوڑاتے تھے۔
ایک دن
انہوں نے ہماری کھڑکی پر انڈے مارے اور [[OTHER_SPECIAL:پاکستانی]] ہونے کے طعنے دیے۔ [[PERSON:شمیم]]
کو [[HEALTH:دل کی بیماری]] ہے اور
وہ ڈر کے مارے باہر نہیں نکلتی تھیں۔ میں نے ہاؤسنگ کو [[PHONE:۰۱۶۱ ۴۹۶ ۰۵۹۳]] پر بہت فون کیے، اے
ایس بی کیس نمبر
[[REFERENCE:۷۷۴۱۰۲]] بنا، پولیس کو بھی بتایا، مگر جواب یہی تھا کہ بچے ہیں۔ پھر مسجد کے امام صاحب
اور ہمارے
کونسلر [[PERSON:ساجد]] صاحب نے ساتھ دیا۔ ہاؤسنگ کی آفیسر [[PERSON:Lisa]] نے سب کو بلا کر میٹنگ
رکھی اور پہلی بار ہماری
بات پوری سنی۔ انہوں نے گلی میں سی سی ٹی وی لگوایا، بجلی کا کھمبا ٹھیک کروایا، اور دو لڑکوں کے گھر
والوں کو
وارننگ دی۔ ایک کو عدالت سے injunction ملا۔ ہمارے دروازے پر کیمرے والی گھنٹی بھی لگا دی۔ انہوں نے
مانا کہ
بزرگوں کی شکایت کو شروع میں سنجیدہ نہیں لیا گیا۔ اب ہر مہینے [[PERSON:Lisa]] فون کر کے حال پوچھتی
ہیں۔ میرے بیٹے
[[PERSON:عمران]] نے یہ سب انگریزی میں لکھنے میں مدد کی، اگر کسی کو ایسی مدد چاہیے تو اس کا ای میل
[[EMAIL:imran.riaz@example.net]] ہے۔
"""),
    ),
    (
        "fv2bm-ur-03",
        "ur",
        _s("""
salam sab ko. main [[PERSON:sana khan]] hoon. mere bete [[PERSON:hamza]] ki date of birth
[[DATE_OF_BIRTH:14 feb 2015]] hai, woh ab
[[AGE:11 saal]] ka hai aur usko [[HEALTH:cerebral palsy]] hai, wheelchair use karta hai. hum upar
wale flat mein the,
[[ADDRESS:flat 9, 140 stratford rd]], [[POSTCODE:b11 1as]], lift nahin thi. main rozana usko god
mein utha ke do manzil
seerhiyan chadhti thi, meri kamar ka bura haal ho gaya. woh [[ADDRESS:springfield house school]]
jata hai aur
transport wale bhi neeche khade intezar karte the. hum [[ORGANISATION:sparkbrook tenants homes]]
ke housing register
pe the, ref [[REFERENCE:HR/226105]], aur 2023 mein medical priority ke liye apply kiya. OT ne
report di, GP ne letter
diya, uska nhs number [[OTHER_ID:943 476 5919]] har form pe likha. phir bhi 14 mahine kuch nahin.
email kiya
[[EMAIL:sana dot khan at example dot net]] se, aur MP ke office bhi gayi. aakhir ek caseworker
[[PERSON:tariq]] bhai ne
file kholi aur pata chala ke OT report pending mein atki hui thi kyunke ek signature missing tha.
kisi ne
humein bataya hi nahin! ek mahine mein humein ground floor ka adapted ghar mila, ramp aur wet room
ke
saath. unhon ne maafi mangi aur £500 diye. ab rule banaya hai ke form mein kuch missing ho to 5
din mein
family ko batayen. [[PERSON:hamza]] ab khud darwaze se bahar ja sakta hai. yeh dekh ke rona aa
gaya.
"""),
    ),
    (
        "fv2bm-ur-04",
        "ur",
        _s("""
السلام علیکم، میں [[PERSON:نصرت پروین]] ہوں، [[ADDRESS:فلیٹ ۵]]، [[ADDRESS:Beaumont Court]]،
[[POSTCODE:lu1 3hn]] میں رہتی ہوں۔ یہ فلیٹ
[[ORGANISATION:Chiltern Vale Housing]] کا ہے۔ اپریل میں کرایہ اور سروس چارج اچانک ۴۰ پاؤنڈ ہفتہ
بڑھ گیا۔ خط میں لکھا
تھا کہ گارڈننگ، صفائی اور نئی لفٹ کا خرچ ہے۔ نہ کوئی باغ ہے، نہ صفائی ہوتی ہے، اور لفٹ تو ہماری
بلڈنگ
میں ہے ہی نہیں! میرے شوہر [[PERSON:اکرم]] کو [[HEALTH:گردوں کی بیماری]] ہے، ہفتے میں تین دن
ڈائیلاسس پر جاتے ہیں، اور
میں اکیلی کمانے والی ہوں۔ یونیورسل کریڈٹ والوں نے کہا سروس چارج کا بریک ڈاؤن لائیں۔ میں نے اپنے
نمبر
[[PHONE:۰۷۷۰۰۹۰۰۱۷۸]] سے ہاؤسنگ کو بار بار فون کیا، کرایہ اکاؤنٹ [[REFERENCE:CVH318802]] بتایا، ہر
بار کہتے کہ ای میل
کریں۔ میری بیٹی [[PERSON:ماہم]] نے انگریزی میں شکایت لکھ کر [[EMAIL:maham.akram@example.org]] سے
بھیجی۔ تین ہفتے بعد
مسٹر [[PERSON:Daniel Hughes]] کا جواب آیا کہ غلطی سے ہماری بلڈنگ پر ساتھ والی نئی بلڈنگ کے چارج لگ
گئے تھے۔
انہوں نے پورے سال کا زیادہ لیا گیا پیسہ، ۶۲۴ پاؤنڈ، ہمارے اکاؤنٹ میں واپس ڈالا جس کے آخری نمبر
[[OTHER_ID:۴۴۰۶]] ہیں، اور
معافی کا خط بھیجا۔ اب کہتے ہیں ہر بلڈنگ کے چارج الگ چیک ہوں گے اور کرایہ دار کو بریک ڈاؤن پہلے ملے
گا۔
میری سب بہنوں سے گزارش ہے: ہر خط غور سے پڑھیں اور پوچھیں کہ پیسہ کس چیز کا ہے۔
"""),
    ),
    (
        "fv2bm-ur-05",
        "ur",
        _s("""
main [[PERSON:sahar]] hoon aur yeh hamare ghar ki kahani hai, [[ADDRESS:27 st albans rd]],
[[POSTCODE:bb1 6hl]]. ghar
[[ORGANISATION:ribble brook homes]] ka hai. pichle ramzan mein boiler kharab ho gaya aur sath hi
bathroom ki chhat se
paani tapakne laga. hum [[OTHER_SPECIAL:musalman]] hain, roze rakhte hain, sehri ke waqt thande
paani se wuzu karna
bohat mushkil tha. meri saas ki umar [[AGE:83 saal]] hai aur unko [[HEALTH:arthritis]] hai, thand
mein unke jor bohat
dard karte the. maine repairs line [[PHONE:01632 960 519]] pe call ki, job
[[REFERENCE:RBH-114-09]] mila. ek din engineer
aya, boiler ka part order kiya aur gayab. mere shohar [[PERSON:kashif]] ki taxi [[OTHER_ID:pk17
gzn]] ka tyre bhi usi hafte
puncture hua lol, sab kuch ek sath. phir maine unke facebook page pe likha aur apne account
[[OTHER_ID:@sahar.kashif.bb1]] se photos dali. wahan se [[PERSON:hayley]] naam ki lady ne message
kiya aur complaint ref
[[REFERENCE:RBH/C/2077]] diya. agle din do heaters aaye, 3 din mein naya boiler laga, aur upar
wale flat ka leaking
toilet pipe bhi theek hua. unhon ne £220 diye aur kaha ke sardiyon mein bazurgon wale gharon ko
priority
milegi, aur job ka status text pe bhejenge. seekh: phone pe log kho jate hain, likh ke bhejo, aur
sabse
pehle ghar ke vulnerable logon ka naam record pe likhwa do.
"""),
    ),
    (
        "fv2bm-bn-01",
        "bn",
        _s("""
salam, ami [[PERSON:rupa begum]], thaki [[ADDRESS:flat 11 mansfield hse]], [[POSTCODE:e1 0nx]],
amar shami [[PERSON:akash]] ar duita
baccha niye. bari [[ORGANISATION:limehouse link homes]] er. 2 bochor dhore bathroom ar bedroom e
damp ar mould,
deyal e kalo kalo daag, kapor e gondho. amar choto meye [[PERSON:tasnim]] er boyosh [[AGE:3]], or
bar bar
[[HEALTH:chest infection]] hoy. gp [[ADDRESS:jubilee street practice]] theke letter niyechi.
repairs e phone korsi
[[PHONE:02079460733]] koto bar hishab nai, job number [[REFERENCE:LLH 70 22 81]]. ekbar ekta lok
ashlo, bollo window khola
rakhben, ar chole gelo. shune mone hoilo matha e akash bhenge porlo. amar bhabi [[PERSON:shilpi]]
bollo complaint
likho, phone e kichu hoy na. ami [[EMAIL:rupabegum.e1@example.com]] theke photo shoho email
korlam. ek shoptah pore
mr [[PERSON:jones]] ashlen, dekhlen je extractor fan e current er line e lagano nai, emni emni
boshano. notun fan,
mould wash, deyal paint, ar ekta dehumidifier dilo. £280 compensation dilo ar sorry letter. ekhon
bolse
proti damp report e 2 shoptar moddhe inspection korbe. [[PERSON:akash]] bole ei prothom bar karo
kotha shunlo ora.
amar advice: photo tulen, date likhen, ar email koren. amra [[ADDRESS:shahjalal masjid]] er pashe
thaki, kono bon er
help lagle oikhane bolen, ami chini shobai ke.
"""),
    ),
    (
        "fv2bm-bn-02",
        "bn",
        _s("""
আমার নাম [[PERSON:শাপলা খাতুন]]। আমি আর আমার আম্মা থাকি [[ADDRESS:৮৩ ওয়েলিংটন রোড]],
[[POSTCODE:OL9 6DH]]। বাসা
[[ORGANISATION:Pennant Homes]]-এর। গত বছর নিচের ফ্ল্যাটে নতুন ভাড়াটে আসার পর থেকে রাত দুইটা তিনটা
পর্যন্ত
গান, চিৎকার, দরজা ধাক্কা। কুকুরটা সারাদিন ঘেউ ঘেউ করে। আম্মার বয়স [[AGE:৬৯ বছর]], ওনার
[[HEALTH:ডিপ্রেশন]] আছে,
ঘুম না হলে আরও খারাপ হয়ে যায়। আমি হাউজিং-এ ফোন করেছি [[PHONE:০৭৭০০ ৯০০৫৫২]] নম্বর থেকে, কমপক্ষে
বিশবার।
ASB কেস নম্বর দিয়েছে [[REFERENCE:৩৩৮৯১০]], কিন্তু তারপর চুপ। বলে noise app ব্যবহার করেন। করলাম,
দেড় মাসের
রেকর্ডিং পাঠালাম [[EMAIL:shapla.khatun@example.net]] থেকে। তারপর নতুন অফিসার এলেন, নাম
[[PERSON:জয়]] ([[PERSON:Joy]]),
উনি নিজে এক রাতে এসে শুনে গেলেন। বললেন আগের অফিসার রেকর্ডিং খুলেও দেখেননি। নিচের লোককে লিখিত
warning দিল, কুকুরের জন্য আলাদা চিঠি। তারপর mediation হলো, উনি মেনে নিলেন রাত এগারোটার পর গান বন্ধ।
এখন অনেকটা শান্ত। হাউজিং লিখিতভাবে sorry বলেছে, £150 দিয়েছে, আর বলেছে এখন থেকে প্রতিটা রেকর্ডিং
দশ দিনের মধ্যে দেখতে হবে। শেষ পর্যন্ত আমাদের জয় হলো, কিন্তু এক বছর লেগেছে। আম্মা এখন রাতে ঘুমান।
যারা একই সমস্যায় আছেন, রেকর্ড করেন আর লিখে রাখেন।
"""),
    ),
    (
        "fv2bm-bn-03",
        "bn",
        _s("""
ami [[PERSON:abdul mukit]], amar family 6 jon, thaki 1 bedroom flat e [[ADDRESS:22 varden house]]
[[POSTCODE:e12pn]]. amar chele
[[PERSON:rahim]] [[AGE:8 bochor]], meye [[PERSON:sumaiya]] [[AGE:13]], ar jomoj [[PERSON:hasan]]
ar [[PERSON:husain]], [[AGE:2 bochor]]. boro duijon eki bed
e ghumay, ar amra shami stri living room e. [[PERSON:sumaiya]] [[ADDRESS:cayley green academy]] te
pore, teacher bolse o
class e tired thake, homework korar jayga nai. housing register e achi 2017 theke, number
[[REFERENCE:THR-0519983]].
[[ORGANISATION:poplar riverside housing]] ke form e amar NI [[NI_NUMBER:SK 73 18 40 A]] diye 3 bar
change of circumstances
pathaisi, email o korsi [[EMAIL:abdulmukit1979@example.net]] theke. kono update nai, system e
dekhay amra 4 jon.
tarpor [[PERSON:nazma]] apa, amader local advice centre er, bollen formal complaint koro.
complaint korar 3 shoptah pore
ekjon manager [[PERSON:steve]] phone dilen, mene nilen je jomoj hobar por amader household size
kew update kore nai,
form gula ekta inbox e pore chilo. update korar por amra band 2 te uthlam, 4 mash pore 3 bedroom
flat
pailam. onara £250 o dilo. ekhon naki proti change of circumstances form 10 din er moddhe process
korte hobe.
amar kotha: form pathaile proof rakhen, ar jiggesh koren system e ki lekha ache.
"""),
    ),
    (
        "fv2bm-bn-04",
        "bn",
        _s("""
আমি [[PERSON:নাসরিন আক্তার]], আমার মা [[PERSON:জাহানারা বেগম]] ([[PERSON:Jahanara Begum]]), জন্ম
তারিখ [[DATE_OF_BIRTH:০২/১১/১৯৪৭]], বয়স
[[AGE:৭৯ বছর]]। গত বছর মার [[HEALTH:স্ট্রোক]] হওয়ার পর থেকে ডান দিক দুর্বল। মা থাকেন [[ADDRESS:৪১
হাইফিল্ড রোড]],
[[POSTCODE:LU4 9HT]], বাড়ি [[ORGANISATION:Lea Valley Homes]]-এর। বাথরুম উপরের তলায়, সিঁড়িতে
রেলিং শুধু একদিকে। হাসপাতালের
OT বলেছিলেন stairlift আর grab rail লাগবে। আমি [[PHONE:০১৬৩২ ৯৬০৮১২]] নম্বরে বারবার ফোন করেছি,
adaptation
রেফারেন্স [[REFERENCE:৬৬০৩১৭]]। ওরা মায়ের NI নম্বর [[NI_NUMBER:JH 40 71 26 C]] চাইলো, দিলাম,
তারপর চার মাস কিছুই হলো না।
একদিন মা সিঁড়িতে পড়ে গেলেন, হাসপাতালে দুই রাত থাকতে হলো। তখন আমি
[[EMAIL:nasrin.akhter@example.com]] থেকে
লিখিত অভিযোগ করলাম। অভিযোগ দেখলেন [[PERSON:Priya]], উনি দুই দিনের মধ্যে ফোন করলেন। জানা গেল OT
রিপোর্ট
ভুল টিমে চলে গিয়েছিল, আর কেউ খোঁজ নেয়নি। তিন সপ্তাহের মধ্যে stairlift বসলো, দুইদিকে রেলিং,
বাথরুমে grab
rail। ততদিন নিচে একটা commode দিয়ে গেল। ওরা ক্ষমা চাইলো, £৩০০ দিলো, আর এখন থেকে কেউ পড়ে গেলে
adaptation
কেস urgent হয়ে যায়। আমার ভাই [[PERSON:মামুন]] প্রতিদিন মাকে দেখতে যায়, এখন মা নিজে উপরে যেতে
পারেন। সবাইকে বলি,
বয়স্ক মা বাবার কেস নিয়ে চুপ করে থাকবেন না।
"""),
    ),
    (
        "fv2bm-bn-05",
        "bn",
        _s("""
amar naam [[PERSON:brishti]], ar ironically ei golpo ta o brishti niye lol. amra thaki top floor e,
[[ADDRESS:flat 19 oakwood tower]], [[POSTCODE:bs5 9rl]], bari [[ORGANISATION:avonside homes]] er.
proti bar brishti hole chad theke
pani pore, living room e 3 ta balti rakhi. amar chele [[PERSON:rayan]] er [[HEALTH:asthma]], ar
ghor bhorti mould. repairs e
call kori, amar number [[PHONE:oh seven seven double oh nine double oh one eight six]], mane
[[PHONE:07700900186]], ar ora
[[REFERENCE:AH-RP-30917]] job number dey, tarpor keu ashe na. ekbar roofer ashlo, chade uthlo na,
bollo scaffold lagbe.
amar husband [[PERSON:sohel]] er gari [[OTHER_ID:wu20 fzr]] niche park kora thake, ekdin chader
pipe bhenge pani pore
windscreen o fete gelo. tokhon ami instagram e video dilam [[OTHER_ID:@brishti.bs5]] theke, tag
korlam landlord ke.
2 din por complaints theke [[PERSON:rachel]] phone dilo. purono job gula sob ek sathe dekhlo, mene
nilo je proti bar
alada job khola hoyeche, keu bujhe nai eta ekoi problem. pura block er chad er membrane change
korlo, amar
ghore mould treatment, £400 compensation, sort code [[OTHER_ID:60-83-71]] account
[[OTHER_ID:55012894]] e taka dilo. ar gari r
glass er taka alada. ekhon repairs text diye update pathay. shikkha: ek problem e bar bar job
khulle keu
puro chobi dekhe na, complaint kore bolen sob job ek sathe dekhte.
"""),
    ),
    (
        "fv2bm-pa-01",
        "pa",
        _s("""
sat sri akal ji. main [[PERSON:preet]] haan, asi [[ADDRESS:17 clarendon rd]], [[POSTCODE:wv3 9ef]]
vich rehnde haan, ghar
[[ORGANISATION:black country living]] da hai. [[ADDRESS:gurdwara nanaksar]] de bilkul nede.
pichhle do saal ton ghar vich
seelan te kaali uulli, khaas karke bachyan de kamre vich. mera munda [[PERSON:jaskaran]] [[AGE:6
saal]] da hai te usnu
[[HEALTH:dama]] hai, raat nu khangh khangh ke uthda si. repairs nu [[PHONE:01214960376]] te kinni
vaari phone kita,
job number [[REFERENCE:BCL 552 019]], har vaari koi aa ke paint kar janda. meri nanaan
[[PERSON:simran]] ne kiha email
kar, te usne angrezi vich likh ke [[EMAIL:preetkaur.wv3@example.com]] ton bheji, photo te doctor
di chitthi naal.
complaints ton [[PERSON:dave]] aaya, usne chhat te chadh ke dekhya te flashing tutti hoyi si,
paani kandh vich
jaanda si. ek hafte vich chhat theek, kandh sukaayi, navi plaster te fan laga ditta. £300
compensation
vi ditta te maafi di chitthi. hun kehnde ne ke saari gali de gharan di chhat check karange kyunki
sabde ghar ikko jehe ne. asi taan pyaar preet naal rehan wale loki haan, jhagda nahi chaunde si,
par
likhat vich shikayat karni hi paini. sabnu salah: photo khicho, tareek likho, te email karo.
waheguru
di kirpa naal hun [[PERSON:jaskaran]] raat nu sukh naal saunda hai.
"""),
    ),
    (
        "fv2bm-pa-02",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਂ [[PERSON:ਸੁਖਵਿੰਦਰ ਸਿੰਘ]] ਹੈ, ਸਾਰੇ ਮੈਨੂੰ [[PERSON:ਸੁੱਖ]] ਕਹਿੰਦੇ ਨੇ। ਅਸੀਂ [[ADDRESS:੫੨
ਨੌਰਥਕੋਟ ਰੋਡ]], [[POSTCODE:dy4 7lu]] ਵਿੱਚ ਰਹਿੰਦੇ
ਹਾਂ, ਘਰ [[ORGANISATION:Sandwell Valley Homes]] ਦਾ ਹੈ। ਪਿਛਲੀਆਂ ਗਰਮੀਆਂ ਤੋਂ ਨਾਲ ਵਾਲੇ ਘਰ ਵਿੱਚ ਰੋਜ਼ ਰਾਤ
ਨੂੰ ਉੱਚੀ ਮਿਊਜ਼ਿਕ, ਗਾਲ੍ਹਾਂ,
ਬਾਹਰ ਬੈਠ ਕੇ ਸ਼ਰਾਬ। ਮਹੀਨਿਆਂ ਤੱਕ ਸੁੱਖ ਦੀ ਨੀਂਦ ਨਹੀਂ ਆਈ। ਮੇਰੀ ਘਰਵਾਲੀ [[PERSON:ਕੁਲਵੰਤ]] ਨੂੰ
[[HEALTH:ਮਾਈਗ੍ਰੇਨ]] ਹੈ, ਉਹ ਕਈ ਵਾਰ
ਸਾਰੀ ਰਾਤ ਬੈਠੀ ਰਹਿੰਦੀ। ਇੱਕ ਰਾਤ ਕਿਸੇ ਨੇ ਮੇਰੀ ਕੰਮ ਵਾਲੀ ਵੈਨ [[OTHER_ID:BX63 KLM]] ਉੱਤੇ ਚਾਬੀ ਨਾਲ ਝਰੀਟਾਂ
ਮਾਰ ਦਿੱਤੀਆਂ।
ਮੈਂ ਹਾਊਸਿੰਗ ਨੂੰ ਆਪਣੇ ਨੰਬਰ [[PHONE:੦੭੭੦੦ ੯੦੦੨੧੪]] ਤੋਂ ਕਈ ਵਾਰ ਫ਼ੋਨ ਕੀਤਾ, ASB ਕੇਸ ਨੰਬਰ
[[REFERENCE:੪੪੧੯੦੮]] ਮਿਲਿਆ, ਪਰ
ਉਹ ਕਹਿੰਦੇ ਰਹੇ ਕਿ ਦੋਹਾਂ ਪਾਸਿਆਂ ਦੀ ਗੱਲ ਸੁਣਨੀ ਪਵੇਗੀ। ਫਿਰ ਨਵੀਂ ਅਫ਼ਸਰ [[PERSON:Kelly]] ਆਈ, ਉਹਨੇ ਸਾਡੇ ਘਰ
ਨੌਇਜ਼
ਰਿਕਾਰਡਰ ਲਗਾਇਆ। ਦੋ ਹਫ਼ਤਿਆਂ ਦੀ ਰਿਕਾਰਡਿੰਗ ਤੋਂ ਬਾਅਦ ਗੁਆਂਢੀ ਨੂੰ ਲਿਖਤੀ ਚੇਤਾਵਨੀ ਮਿਲੀ, ਫਿਰ acceptable
behaviour contract। ਉਹਨਾਂ ਨੇ ਦੋ ਵਾਰ ਤੋੜਿਆ ਤੇ ਆਖ਼ਰ ਘਰ ਛੱਡ ਕੇ ਚਲੇ ਗਏ। [[ORGANISATION:Sandwell
Valley]] ਨੇ ਲਿਖ ਕੇ
ਮਾਫ਼ੀ ਮੰਗੀ ਕਿ ਪਹਿਲੇ ਛੇ ਮਹੀਨੇ ਕਿਸੇ ਨੇ ਸਬੂਤ ਇਕੱਠਾ ਨਹੀਂ ਕੀਤਾ, ਅਤੇ ਹੁਣ ਹਰ ਸ਼ੋਰ ਵਾਲੀ ਸ਼ਿਕਾਇਤ ਉੱਤੇ ਪਹਿਲੇ
ਹਫ਼ਤੇ ਰਿਕਾਰਡਰ ਲੱਗਦਾ ਹੈ। ਵੈਨ ਦਾ ਖ਼ਰਚਾ ਬੀਮੇ ਨੇ ਦਿੱਤਾ। ਹੁਣ ਘਰ ਵਿੱਚ ਫਿਰ ਸੁੱਖ ਸ਼ਾਂਤੀ ਹੈ।
[[PERSON:Kelly]] ਦਾ ਬਹੁਤ ਧੰਨਵਾਦ।
"""),
    ),
    (
        "fv2bm-pa-03",
        "pa",
        _s("""
ji main [[PERSON:harjit]] likh rahi haan apne pitaji, sardar [[PERSON:mohinder singh sandhu]] de
baare. unha di umar [[AGE:84 saal]]
hai, dob [[DATE_OF_BIRTH:09-06-1942]], te oh [[ADDRESS:flat 3, 12 park view]], [[POSTCODE:le5
4jh]] vich kalle rehnde ne. ghar
[[ORGANISATION:charnwood housing trust]] da hai. pitaji nu [[HEALTH:sugar]] hai te hun
[[HEALTH:dementia]] di shuruaat vi. november
vich unha de storage heaters band ho gaye, do hafte thand vich. oh har roz [[ADDRESS:singh sabha
gurdwara]] jaande ne
te ohna di sangat ne dasya ke babaji kambal lapet ke langar khaan aunde ne. main
[[PHONE:01164960238]] te phone
kita, ohna ne ni number manga [[NI_NUMBER:wk 61 09 84 b]], fer kehnde tenant khud phone kare.
pitaji nu taan
phone da button vi yaad nahi rehnda. repair ref [[REFERENCE:CHT-R-77104]]. fer maine written
complaint kiti
[[EMAIL:harjit.sandhu@example.org]] ton, te ikk officer [[PERSON:amrit]] ne phone kita, jo khud
punjabi bolda si. agle
din electrician aaya, heaters di wiring sadi hoyi si, dono naven lagge. unha ne £200 ditte, maafi
mangi te
pitaji de record te likh ditta ke unha nu [[HEALTH:dementia]] hai te mainu contact banaya. hun koi
vi repair hove
taan pehla mainu phone aunda hai. seekh: budhe maa pyo da record check karo ke landlord nu pata
hai ya
nahi, te family da number likhwao.
"""),
    ),
    (
        "fv2bm-pa-04",
        "pa",
        _s("""
ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ। ਮੈਂ [[PERSON:ਮਨਜੀਤ ਕੌਰ]] ਹਾਂ। ਅਸੀਂ ਛੇ ਜਣੇ ਦੋ ਕਮਰਿਆਂ ਵਾਲੇ ਫਲੈਟ ਵਿੱਚ ਰਹਿੰਦੇ ਸੀ,
[[ADDRESS:ਫਲੈਟ ੮ ਗ੍ਰੇਂਜ ਕੋਰਟ]],
[[POSTCODE:sl1 2ux]]। ਮਕਾਨ ਮਾਲਕ [[ORGANISATION:Thames Reach Housing]] ਹੈ। ਮੇਰੀ ਧੀ [[PERSON:ਜੋਤ]]
[[AGE:੧੦ ਸਾਲ]] ਦੀ ਹੈ ਅਤੇ ਉਸਨੂੰ
[[HEALTH:ਡਾਊਨ ਸਿੰਡਰੋਮ]] ਹੈ। ਉਹ ਆਪਣੇ ਭਰਾ [[PERSON:ਨਵਨੀਤ]] ਅਤੇ ਦੋ ਛੋਟੀਆਂ ਭੈਣਾਂ ਨਾਲ ਇੱਕ ਕਮਰੇ ਵਿੱਚ
ਸੌਂਦੀ ਸੀ। ਉਸਦੇ ਸਕੂਲ
[[ADDRESS:ਸੇਂਟ ਮਾਰਟਿਨਜ਼ ਸਕੂਲ]] ਨੇ ਚਿੱਠੀ ਲਿਖੀ ਕਿ ਨੀਂਦ ਪੂਰੀ ਨਾ ਹੋਣ ਕਰਕੇ ਉਹ ਕਲਾਸ ਵਿੱਚ ਬਹੁਤ ਥੱਕੀ
ਰਹਿੰਦੀ ਹੈ।
ਹਾਊਸਿੰਗ ਰਜਿਸਟਰ ਨੰਬਰ [[REFERENCE:HR117403]] ਹੈ, ਅਸੀਂ ਚਾਰ ਸਾਲ ਤੋਂ ਉਡੀਕ ਰਹੇ ਸੀ। ਮੈਂ
[[EMAIL:manjitkaur.slough@example.org]]
ਤੋਂ ਕਈ ਈਮੇਲਾਂ ਭੇਜੀਆਂ, ਸਿਰਫ਼ ਆਟੋ ਜਵਾਬ ਆਇਆ। ਫਿਰ ਗੁਰਦੁਆਰੇ ਦੀ ਇੱਕ ਭੈਣ ਜੀ ਨੇ ਮਦਦ ਕੀਤੀ ਅਤੇ ਅਸੀਂ ਰਸਮੀ
ਸ਼ਿਕਾਇਤ
ਕੀਤੀ। ਜਵਾਬ ਵਿੱਚ [[PERSON:Olivia]] ਨੇ ਮੰਨਿਆ ਕਿ [[PERSON:ਜੋਤ]] ਦੀ ਮੈਡੀਕਲ ਜਾਣਕਾਰੀ ਸਾਡੀ ਅਰਜ਼ੀ ਨਾਲ ਜੋੜੀ
ਹੀ ਨਹੀਂ ਗਈ ਸੀ।
ਉਹਨਾਂ ਨੇ ਸਾਨੂੰ ਉੱਚੇ ਬੈਂਡ ਵਿੱਚ ਪਾਇਆ ਅਤੇ ਤਿੰਨ ਮਹੀਨਿਆਂ ਵਿੱਚ ਚਾਰ ਕਮਰਿਆਂ ਵਾਲਾ ਘਰ ਮਿਲ ਗਿਆ। ਨਾਲੇ £੨੦੦ ਅਤੇ
ਮਾਫ਼ੀ ਦੀ ਚਿੱਠੀ। ਹੁਣ ਉਹ ਕਹਿੰਦੇ ਹਨ ਕਿ ਹਰ ਮੈਡੀਕਲ ਚਿੱਠੀ ਦੋ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਅਰਜ਼ੀ ਨਾਲ ਜੋੜੀ ਜਾਂਦੀ ਹੈ। ਨਵੇਂ
ਘਰ ਦੇ ਪਹਿਲੇ ਦਿਨ
ਅਸੀਂ ਗੁਰਦੁਆਰੇ ਜੋਤ ਜਗਾ ਕੇ ਅਰਦਾਸ ਕੀਤੀ। ਮੇਰਾ ਫ਼ੋਨ [[PHONE:07700 900 791]] ਹੈ ਜੇ ਕਿਸੇ ਭੈਣ ਨੂੰ ਮਦਦ
ਚਾਹੀਦੀ ਹੋਵੇ।
"""),
    ),
    (
        "fv2bm-pa-05",
        "pa",
        _s("""
sat sri akal sab nu. main [[PERSON:bittu]] haan, asli naam [[PERSON:balvinder singh]], par koi ni
kehnda. main [[AGE:58 saal]] da
taxi driver haan te [[ADDRESS:22 riverside quays]], [[POSTCODE:cv1 4bs]] vich flat hai,
[[ORGANISATION:sowe valley homes]] da. saal
bhar chhat ton paani aunda reha, bedroom di chhat pili ho gayi, te upar ton service charge vich
har mahine
£27 roof maintenance da katt da rehnde. maintenance kadon hoyi? kade nahi. [[PHONE:07700900672]]
mera number hai, koi
call back nahi. complaint ref [[REFERENCE:SVH-CS-4410]]. fer main ombudsman kol gaya, ohna da case
number
[[REFERENCE:202601877]] mileya. os ton baad hi [[ORGANISATION:sowe valley]] jaagi.
[[PERSON:mandy]] naam di manager aayi, chhat te banda
chadhaya, tuttiyan tiles badliyan, te service charge da pura breakdown bhejya. maneya ke teen saal
roof
maintenance charge kita par contractor ne kuch nahi kita. saare block nu paise wapis, mainu £410 te
bedroom di nawi chhat. meri taxi [[OTHER_ID:fv70 rkj]] te vi tile digg ke dent paya si, oh vi
ditta. main
apne page [[OTHER_ID:@bittu_cov_cabs]] te vi post pa ditti si taa ke baaki tenants nu pata lagge.
seekh: service
charge da breakdown mango, te je 8 hafte vich jawab na aave taa ombudsman kol jao, darna nahi.
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
