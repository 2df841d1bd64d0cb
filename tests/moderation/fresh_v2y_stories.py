"""Fresh version-2 PII test stories, batch y (the twenty-fifth writer).

Thirty-five fictional case studies of social housing complaints put right
(damp and mould, repairs, lifts, heating, adaptations, antisocial behaviour,
overcrowding, leaks, pests and communication failures), five in each of
English, Arabic, Bengali, Punjabi (Gurmukhi), Polish, Romanian and Urdu, with
the lessons the landlord said it had learned. They are written as if typed
quickly on a phone: little punctuation, lower-case names and places,
abbreviations ("no.", "flt", "rd", "st", "ave"), numbers mixed between digits
and words, phone numbers split oddly or spoken, and emails with stray spaces
or spelled out. The script-language stories switch into English words and
Latin-letter names mid-sentence, and some are written wholly in romanised
Arabic, Bengali, Punjabi or Urdu while keeping their language code. Polish
and Romanian are written with and without diacritics.

Every identifying detail is marked under version 2 of the marking
(/work/shared/pii/README.md): names of every origin and role, including
nicknames, diminutives, inflected forms and English names in other scripts;
full and partial addresses, named blocks, schools, surgeries, places of
worship, shops and community centres; postcodes in various spellings; phones;
emails; references; NI numbers; dates of birth in figures and words; ages;
other identifiers (NHS numbers, vehicle registrations, social handles,
passport numbers, sort codes and account endings); and the special kinds
(landlord and contractor names, health conditions, ethnicity, religion and
immigration status).

Measured on 7 December 2026 at first sight, on the detector after round 17 and its speed work
(commit a44b10c, never changed for this batch): leak-free 0.0% of 35, recall 79.3%, precision
80.1%; every language 0 of 5. The detector as it landed before this session's rounds scored
0.0% / 78.3% / 82.7%. Typed on a phone in lower case, these stories defeat everything that
leans on capitals: lower-case streets, blocks and schools, postcodes with the inward part
split ("m14 7 pd"), e-mails with spaces round the @, names after titles and kinship words,
romanised Bengali, Urdu, Punjabi and Arabic. After round 18: 25.7% / 89.7% / 81.3%.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2y-en-01",
        "en",
        _s("""
ok so posting this so ppl kno complaining actually works. im [[PERSON:shanice]], me and my
2 kids [[PERSON:tyrone]] ([[AGE:9]]) and [[PERSON:lil dee]] ([[AGE:4]]) live at
[[ADDRESS:flt 4b 27 marlow rd]] [[POSTCODE:b11 3xq]]. black mould all up the back bedroom
wall since last nov, [[PERSON:dee]] has [[HEALTH:asthma]] and ended up in heartlands twice
with her chest. rang [[ORGANISATION:brookvale housing]] like 6 or seven times on
[[PHONE:0121 496 0 382]] and every time it was "we'll book someone" then nothing. my friend
[[PERSON:marcia]] from our church [[ADDRESS:new testament church on stratford rd]] sat with
me n wrote it all down proper as a stage 1 complaint, ref [[REFERENCE:BVH/C/20931]]. they
sent [[ORGANISATION:dryline damp ltd]] out, a lad called [[PERSON:kev]] who was sound tbh,
he showed me the bathroom extractor was never even wired in lol. stage 1 answer still
blamed my drying washing so went stage 2 and then the ombudsman, case no
[[REFERENCE:202317764]]. in the end they put a new extractor in, topped up the loft
insulation, treated and painted the whole room, paid £750 for the distress and replaced
[[PERSON:dee]]'s mattress. what they said theyve learned: log every call, stop blaming
tenants for mould, ring back when u say u will. what i learned: write it down n keep the
ref no. if anyone round here wants help msg me [[EMAIL:shanice.b @ example.com]]
"""),
    ),
    (
        "fv2y-en-02",
        "en",
        _s("""
writing this for my mum [[PERSON:bernadette o'shea]], [[PERSON:bernie]] to everyone,
[[AGE:81]] and on the 9th floor of [[ADDRESS:kestrel hse]] on the [[ADDRESS:parkview est]].
the lift went on the 3rd of march and wasnt fixed til 2 april. mum has [[HEALTH:copd]] and
[[HEALTH:osteoarthritis]] so she was stuck indoors 4 wks, missed 2 hospital appts, and her
carer [[PERSON:senait]] was lugging shopping up nine flights. i rang
[[ORGANISATION:southbank & tideway homes]] every day and got told its "with the contractor",
[[ORGANISATION:apex lift services]], nobody could say when. worst bit was they asked me for
her ni no [[NI_NUMBER:jt 48 27 91 c]] and dob [[DATE_OF_BIRTH:twelfth july 1942]] three
separate times before theyd even log it as a complaint. cllr [[PERSON:yusuf hassan]] chased
it and it finally went in, ref [[REFERENCE:STH-COMP-7713]]. stage 1 response came in 9
working days n was honest for once: the part was on order for weeks, nobody told residents,
no one checked who on the block was vulnerable. they now keep a list of ppl who cant do
stairs (mum is on it, with her nhs no [[OTHER_ID:943 476 5919]] for the district nurse),
they ring them the day the lift goes and they paid for taxis to her appts. she got £400 and a
proper apology letter. if ur in the same boat their out of hours line is
[[PHONE:oh two oh seven nine four six oh double one two]], write down who u spoke to.
"""),
    ),
    (
        "fv2y-en-03",
        "en",
        _s("""
salaam, sharing this bc the [[ORGANISATION:northgate community housing]] asb team did in the
end do right by us. were a [[OTHER_SPECIAL:somali]] family at [[ADDRESS:no. 63 fenwick st]],
me [[PERSON:faadumo]], my husband [[PERSON:abdi]] and the kids [[PERSON:hodan]] and
[[PERSON:abdirahman]] who is [[AGE:11]]. for over a yr the son at [[ADDRESS:number 65]]
shouted abuse, kicked our door, filmed us walking to [[ADDRESS:abu bakr masjid]] and put it
on tiktok as [[OTHER_ID:@fenwick_lad65]]. he also parked his van [[OTHER_ID:KX19 ZPL]]
across our drive so [[PERSON:abdi]] couldnt get to work. we reported it 20 odd times, every
time a new officer, nothing joined up. in the end [[PERSON:gemma]] from the asb team took it
over, opened one case, ref [[REFERENCE:ASB-2023-0418]], gave us a diary sheet and a direct
line [[PHONE:0191 498 0 263]]. [[PERSON:hodan]]'s teacher at
[[ADDRESS:st aidan's rc primary]] wrote a letter about how scared she was walking home. they
got an injunction, moved the family at [[ADDRESS:65]] on, and paid us £300 for the delay.
lessons they put in the letter: one named officer per case, treat race hate as serious the
first time, dont make victims tell it over n over. ours is quiet now alhamdulillah.
"""),
    ),
    (
        "fv2y-en-04",
        "en",
        _s("""
my gran [[PERSON:lai fong]] is [[OTHER_SPECIAL:hong kong chinese]], doesnt read english and
lives in the [[ADDRESS:top flat at 22 wellington sq]] [[POSTCODE:ls72hu]]. her boiler packed
up on 9 dec and [[ORGANISATION:leodis living]] sent a letter in english saying an engineer
from [[ORGANISATION:warmfix gas]] would come within 24 hrs. nobody came. she has
[[HEALTH:arthritis]] and [[HEALTH:type 2 diabetes]] and sat in her coat for 11 days with a
fan heater i bought her. she didnt know she could complain and the letter went in a drawer,
i only found out when i visited. rang them on [[PHONE:0113 496 0 918]] and raised it, repair
job [[REFERENCE:RJ-448210]], complaint [[REFERENCE:LL/22/9034]]. the officer
[[PERSON:priya]] was brill, came round herself with an interpreter and the new engineer,
[[PERSON:will]], fitted a new boiler 2 days later. they paid £520 into gran's acct ending
[[OTHER_ID:3318]], sort code [[OTHER_ID:40-11-62]], and put "needs interpreter" on her
tenancy record. what they changed: check language needs before sending repair letters, and
chase a missed appt the same day not next wk. any qs email me
[[EMAIL:amy dot lau at example dot net]] x [[PERSON:amy]]
"""),
    ),
    (
        "fv2y-en-05",
        "en",
        _s("""
case note from me [[PERSON:ola]] (tenancy sustainment, typing on phone sorry). client
[[PERSON:chidinma okafor]], dob [[DATE_OF_BIRTH:4.11.85]], lives [[ADDRESS:flat 8 tolworth twrs]]
[[POSTCODE:KT6 7 ER]] with her 4 kids, [[PERSON:ebuka]] [[AGE:14]], twins [[PERSON:grace]]
and [[PERSON:precious]] who r [[AGE:6]], and baby [[PERSON:tobi]] born
[[DATE_OF_BIRTH:3 jan 2023]]. five of them in a 1 bed. on top of that water coming thru the
ceiling from [[ADDRESS:flat 12]] above since summer, the bedroom ceiling half came down.
[[ORGANISATION:kingsmere housing trust]] kept closing the repair as "no access" tho she was
in. she got [[OTHER_SPECIAL:indefinite leave to remain]] last yr and the housing officer
kept asking for her passport no [[OTHER_ID:533910287]] again n again before theyd look at a
transfer, which they had no need for. GP at [[ADDRESS:hollybank medical centre]] wrote about
[[PERSON:ebuka]]'s [[HEALTH:sickle cell]] and the damp. we complained together, ref
[[REFERENCE:KHT-88120]], housing register no [[REFERENCE:HR/3340927]]. outcome: leak traced
to a failed stack pipe and fixed, ceiling replaced, band raised for overcrowding, £1,100
compensation and a written apology for the passport thing. they admitted staff didnt know
the rules on immigration docs and are retraining. she can be reached on
[[PHONE:+44 (0)7700 900 614]] if the ombudsman needs her.
"""),
    ),
    (
        "fv2y-pl-01",
        "pl",
        _s("""
pisze bo moze komus sie przyda. jestem [[PERSON:kaśka]], mieszkam z mezem [[PERSON:darkiem]]
i corka [[PERSON:zuzią]] ([[AGE:3 latka]]) w [[ADDRESS:mieszkaniu nr 3 na 42 chapel st]],
[[POSTCODE:ng7 1fb]]. od pazdziernika grzyb w malej sypialni, czarne sciany za szafa.
[[PERSON:zuzia]] ma [[HEALTH:astme]] i co chwile inhalator. dzwonilam do
[[ORGANISATION:trentside homes]] na [[PHONE:0115 4960 72 9]] chyba 8 razy, mowili ze to
kondensacja i zebysmy otwierali okna. pani [[PERSON:hayley]] z biura w koncu przyjela skarge,
nr [[REFERENCE:TH-55102]], ale odpowiedz przyszla po 6 tyg zamiast 10 dni roboczych.
poszlam wyzej, stage 2, i napisalam do ombudsmana. przyszedl pan [[PERSON:lee]] z
[[ORGANISATION:midland damp solutions]], zmierzyl wilgoc i wyszlo ze rynna od lat przecieka
do sciany. naprawili rynne, osuszyli sciane, nowy wentylator, pomalowali. dostalismy 600
funtow i przeprosiny na pismie. przedszkole [[PERSON:zuzi]], [[ADDRESS:little acorns]], tez
dostalo list bo duzo opuszczala. czego sie nauczyli: nie zwalac winy na lokatora tylko
szukac przyczyny. czego ja sie nauczylam: wszystko mailem, z numerem sprawy. jak ktos
potrzebuje pomocy po polsku: [[EMAIL:kaska.nowak89 @example.com]]
"""),
    ),
    (
        "fv2y-pl-02",
        "pl",
        _s("""
piszę za tatę. mój tata [[PERSON:zdzisław kubiak]], ur. [[DATE_OF_BIRTH:5 maja 1949]],
mieszka sam w bloku [[ADDRESS:maple ct, mieszk. 14]], 2 piętro. po [[HEALTH:udarze]] ma
słabą lewą stronę i bardzo marznie. w styczniu kaloryfery ledwo letnie, w mieszkaniu 13
stopni. zgłaszałem to z 5 razy, nr naprawy [[REFERENCE:R-7720193]], przychodził ktoś z
[[ORGANISATION:heatcare services]], odpowietrzał i szedł. dozorca [[PERSON:gary]] mówił że
cały pion tak ma. dopiero jak z [[PERSON:garym]] spisaliśmy temperatury w kilku mieszkaniach
i wysłałem to mailem ([[EMAIL:wojtek.kubiak @ example.net]]), [[ORGANISATION:ashby vale homes]]
przyjęło to jako formalną skargę, nr [[REFERENCE:AVH-C-3391]]. pytali o nr ubezpieczenia
taty [[NI_NUMBER:pk518802b]], dobrze że miałem pod ręką. okazało się że pompa obiegowa dla
całego bloku była za słaba od remontu w 2019. wymienili pompę, tata dostał 2 grzejniki
olejowe na czas naprawy, zwrot za prąd i 350 funtów. obiecali że przy zgłoszeniach od
starszych osób technik ma zmierzyć temperaturę a nie tylko odpowietrzyć. i że odpowiadają
na skargę w terminie a nie po miesiącu. tel do mnie [[PHONE:07700 900 5 38]],
[[PERSON:wojtek]]
"""),
    ),
    (
        "fv2y-pl-03",
        "pl",
        _s("""
od roku sąsiad z [[ADDRESS:nr 17]] nie daje nam żyć. mieszkamy pod
[[ADDRESS:nr 15 linden ave]], ja [[PERSON:marek]], żona [[PERSON:beata]] i syn
[[PERSON:olek]] [[AGE:12 lat]]. muzyka do 3 w nocy, wyzwiska że [[OTHER_SPECIAL:polaczki]]
mają wracać do siebie, raz rzucił butelką w okno [[PERSON:olka]]. jego kumpel wrzucał
filmiki z naszym domem na insta jako [[OTHER_ID:@dazza_b_77]], a auto [[OTHER_ID:YR66 KLN]]
stawiał pod naszą bramą. zgłaszaliśmy do [[ORGANISATION:greenhollow housing]] chyba 15 razy,
za każdym razem ktoś nowy i „proszę prowadzić dziennik”. dopiero ksiądz z
[[ADDRESS:parafii matki bożej częstochowskiej]] poradził żeby złożyć formalną skargę na to
jak prowadzą sprawę. skarga nr [[REFERENCE:GH/CMP/6120]], sprawa asb [[REFERENCE:ASB 22-781]].
przejęła ją pani [[PERSON:sunita]], dała nam bezpośredni nr [[PHONE:0116 496 0 845]] i
zorganizowała spotkanie z policją. sąsiad dostał ostrzeżenie, potem nakaz sądowy, a wyzwiska
uznano za incydent na tle rasowym. dostaliśmy 250 funtów i kamerę przy drzwiach. co
poprawili: jedna osoba prowadzi sprawę od początku do końca i oddzwania co tydzień, nie
trzeba opowiadać wszystkiego od nowa. [[PERSON:olek]] znowu śpi spokojnie.
"""),
    ),
    (
        "fv2y-pl-04",
        "pl",
        _s("""
witam, [[PERSON:bozena lis]] z [[ADDRESS:flat 2, 9 cromwell rd]], [[POSTCODE:pe15hx]]. od
marca kapalo mi z sufitu w lazience z mieszkania nad nami, [[ADDRESS:flat 4]]. sasiad pan
[[PERSON:mo]] byl mily, sam dzwonil do [[ORGANISATION:fenland gateway homes]], ale oni
wysylali hydraulika tylko do mnie a nie do niego, 4 razy, i zamykali zlecenie. nr zlecen
[[REFERENCE:FGH 310442]] i [[REFERENCE:FGH 310587]]. w kwietniu odpadl kawal sufitu prawie na
glowe mojej wnuczki [[PERSON:wiki]], ona ma [[AGE:5 lat]]. wtedy zadzwonilam do radnego
[[PERSON:tomasza wilka]], on napisal maila i nagle zrobili skarge, nr skargi
[[REFERENCE:FGH-CX-0927]]. poszli w koncu do pana [[PERSON:mo]] i okazalo sie ze syfon pod
jego wanna pekniety od dawna. naprawione w 2 dni, u mnie nowy sufit, osuszanie, 480 funtow i
zwrot za zniszczony dywan. w odpowiedzi napisali ze przy kazdym przecieku beda sprawdzac
mieszkanie wyzej i ze nie wolno zamykac zlecenia bez rozmowy z lokatorem. ja slabo mowie po
angielsku, corka [[PERSON:asia]] pomagala, jej mail [[EMAIL:a dot lis at example dot org]].
mowcie bez strachu, to dziala.
"""),
    ),
    (
        "fv2y-pl-05",
        "pl",
        _s("""
nasz syn [[PERSON:kubuś]] ma [[AGE:7 lat]] i [[HEALTH:mózgowe porażenie dziecięce]], jeździ
na wózku. mieszkamy na parterze, [[ADDRESS:12 hawthorn close]], [[POSTCODE:s6 2dw]]. 2 lata
czekaliśmy na prysznic bez brodzika i podjazd. terapeutka [[PERSON:ruth]] z opieki społecznej
wysłała zalecenie do [[ORGANISATION:don valley homes]] w 2022, nr sprawy adaptacji
[[REFERENCE:DVH-AD-1187]], i cisza. ja, [[PERSON:agnieszka]], dźwigałam [[PERSON:kubusia]] do
wanny codziennie aż wysiadł mi kręgosłup. w szkole [[ADDRESS:oakfield primary]] mają wszystko
przystosowane a w domu nic. złożyliśmy skargę, nr [[REFERENCE:DVH/C/4402]]. odpowiedź: zgubili
zalecenie przy zmianie systemu. przeprosili, w 3 mies. zrobili łazienkę i podjazd, dali 900
funtów i jeszcze 150 za mój czas. lekarz z [[ADDRESS:crookes valley surgery]] dał list z nr
nhs [[PERSON:kubusia]] [[OTHER_ID:485 777 3456]], żeby wszystko się połączyło w jednej
teczce. teraz każde zalecenie od terapeuty ma swojego opiekuna i termin 20 dni. mój mąż
[[PERSON:piotrek]] mówi żeby wszystko pisać mailem i zapisywać z kim się rozmawiało. kontakt:
[[PHONE:0114 496 0 193]]
"""),
    ),
    (
        "fv2y-ro-01",
        "ro",
        _s("""
salut, scriu asta pt cine mai are mucegai. stau cu sotul meu [[PERSON:ionut]] si cei 2 copii
la [[ADDRESS:flat 6 nr 19 harrow rd]], [[POSTCODE:e12 5jq]]. din decembrie tot peretele din
camera copiilor era negru. fetita, [[PERSON:ariana]], are [[AGE:2 ani]] si a facut
[[HEALTH:bronsiolita]] de doua ori. am sunat la [[ORGANISATION:eastway homes]] de 8 ori la
[[PHONE:020 7946 0 35 1]], mereu ni se zicea sa deschidem geamul. vecina de la
[[ADDRESS:flat 5]], doamna [[PERSON:patience]], m-a ajutat sa scriu plangerea in engleza,
ref [[REFERENCE:EWH-CMP-10288]]. au trimis pe cineva de la
[[ORGANISATION:clearair damp & mould]] si au gasit ca acoperisul curge pe la colt. au reparat
acoperisul, au tratat peretii, ventilator nou si ne-au dat 650 lire plus bani pt hainele
stricate. in raspunsul de stage 2 au scris ca au schimbat regula: la orice raport de mucegai
vine cineva in 10 zile si nu mai dau vina pe chiriasi. parintele de la
[[ADDRESS:biserica sf. parascheva]] unde mergem duminica ne-a spus de ombudsman, dar pana la
urma n-a mai fost nevoie. daca aveti [[OTHER_SPECIAL:settled status]] ca noi, aveti aceleasi
drepturi, nu va fie frica. mail: [[EMAIL:mihaela.dobre @ example.com]]
"""),
    ),
    (
        "fv2y-ro-02",
        "ro",
        _s("""
mă numesc [[PERSON:costel bălan]], stau în [[ADDRESS:apartamentul 21 din thornbury house]],
[[POSTCODE:bs5 9ng]]. în noiembrie s-a spart geamul din sufragerie, rama era putredă. am
raportat la [[ORGANISATION:avon quay housing]], nr lucrare [[REFERENCE:AQ-RP-559130]]. au
venit de la [[ORGANISATION:bristol glazing co]], au pus o placă de lemn și au zis că revin
„în 2 săptămâni”. au trecut 3 luni. am sunat de zeci de ori și fiecare operator îmi cerea
data nașterii, [[DATE_OF_BIRTH:douăzeci și trei aprilie 1979]], și nr de asigurare
[[NI_NUMBER:SN 20 71 45 D]] ca să-mi spună că „e în lucru”. fără geam camera era întunecată
și rece, iar eu am [[HEALTH:depresie]]. un băiat de la [[ADDRESS:easton community centre]],
[[PERSON:răzvan]], m-a ajutat să fac plângere formală. la stage 1 au recunoscut că lucrarea
a fost închisă greșit după ce au pus placa provizorie. omul lor, [[PERSON:dave]], a venit cu
geamul nou într-o săptămână. mi-au dat 420 de lire și au promis că lucrările provizorii nu se
mai închid până nu se face reparația finală. și că nu mai cer datele personale la fiecare
apel. dacă vreți să vorbiți cu mine:
[[PHONE:zero șapte șapte zero zero nouă sute doi cinci trei]]
"""),
    ),
    (
        "fv2y-ro-03",
        "ro",
        _s("""
avem gandaci si soareci de un an la [[ADDRESS:ap. 33, crossley house]]. eu
[[PERSON:loredana]], cu fetele [[PERSON:bianca]] ([[AGE:5 ani]]) si [[PERSON:sofia]]
([[AGE:8 luni]]). soarecii au ros cablul de la frigider si am gasit excremente in dulapul cu
mancarea bebelusului. [[ORGANISATION:calder point housing]] trimitea
[[ORGANISATION:pestaway uk]] sa puna otrava doar la mine, dar ei vin din golurile de pe casa
scarii. reclamatie nr [[REFERENCE:CPH 77-0612]]. managerul de bloc, domnul
[[PERSON:whitfield]], zicea ca e problema de curatenie. m-am simtit umilita. am scris pe
email la [[EMAIL:complaints @ example.org]] si am pus poze. la stage 2 a venit doamna
[[PERSON:nkechi]] de la ei, a mers din usa in usa si a gasit 6 apartamente cu aceeasi
problema. au tratat tot blocul, au astupat gaurile din jurul tevilor, mi-au dat frigider nou,
300 lire si scuze in scris pt ce a zis managerul. doctorita de la
[[ADDRESS:halifax road surgery]] a notat si ea tusea [[PERSON:sofiei]]. ce au invatat: la
daunatori verifici tot blocul, nu un singur apartament, si nu judeci chiriasul. numarul meu
daca aveti aceeasi problema pe aici: [[PHONE:07700 900 7 02]]
"""),
    ),
    (
        "fv2y-ro-04",
        "ro",
        _s("""
suntem o familie de [[OTHER_SPECIAL:romi din romania]], 7 persoane intr-un apartament cu 2
camere la [[ADDRESS:nr. 88 baxter st]], [[POSTCODE:dn48qa]]. eu [[PERSON:florin]], nevasta
[[PERSON:lăcrămioara]] (ii zicem [[PERSON:lăcri]]), mama mea si 4 copii: [[PERSON:denisa]]
[[AGE:15 ani]], [[PERSON:marius]] [[AGE:12 ani]], [[PERSON:gabi]] si [[PERSON:cosmin]] mici.
suntem pe lista de locuinte din 2019, nr [[REFERENCE:DV-HR-0093317]]. cand am intrebat de ce
nu se misca nimic, la telefon mi s-a zis ca oamenii ca noi schimba des adresa. asta a durut.
am facut plangere, nr [[REFERENCE:C/24/1185]], cu ajutorul doamnei [[PERSON:rahela]] de la
asociatia [[OTHER_SPECIAL:romilor]]. ne-au cerut iar certificatul [[PERSON:denisei]], nascuta pe
[[DATE_OF_BIRTH:14.02.2009]], si nr meu de asigurare [[NI_NUMBER:NW 83 46 17 A]], pe care il
dadusem deja de 3 ori. s-a dovedit ca formularul nostru de supraaglomerare nu fusese evaluat
niciodata, statea intr-o coada veche. ne-au reevaluat, am trecut in banda 1 si in 5 luni ne-au
oferit o casa cu 4 dormitoare. si-au cerut scuze pt comentariu, angajatul a facut training si
ne-au dat 500 lire. lectia lor: sa verifice cozile vechi si sa vorbeasca la fel cu toata
lumea.
"""),
    ),
    (
        "fv2y-ro-05",
        "ro",
        _s("""
mătușa mea, tanti [[PERSON:florica]], are [[AGE:74 de ani]] și [[HEALTH:scleroză multiplă]].
locuiește în [[ADDRESS:apartamentul de la etajul 1 de la nr. 5 primrose walk]],
[[POSTCODE:BS16 4 RT]]. de un an nu mai poate urca scările singură. terapeuta ocupațională a
cerut un stairlift în martie, dar [[ORGANISATION:hartwell housing group]] a zis că scara e
„prea îngustă” fără să vină cineva să măsoare. eu, nepoata ei [[PERSON:ioana]], am făcut
plângere, nr [[REFERENCE:HHG 2024/0417]]. am primit o scrisoare standard, apoi nimic.
doamna [[PERSON:okonkwo]], ofițerul de plângeri, m-a sunat până la urmă de pe
[[PHONE:0117 496 0 624]] și a recunoscut că evaluarea s-a făcut doar din birou. a venit
[[ORGANISATION:easyrise stairlifts]] și au montat liftul în 6 săptămâni. i-au dat și un loc
de parcare pt persoane cu dizabilități pt mașina mea [[OTHER_ID:WU18 HVT]], ca s-o duc la
ședințe. compensație 380 lire, în contul ei cu sort code [[OTHER_ID:20-45-77]]. acum merge
iar duminica la [[ADDRESS:biserica baptistă speranța]], ceea ce pt ea contează enorm. lecția
lor: nu refuzi o adaptare fără vizită la fața locului. mail:
[[EMAIL:ioana.pop @ example.net]]
"""),
    ),
    (
        "fv2y-ar-01",
        "ar",
        _s("""
السلام عليكم، اسمي [[PERSON:سلمى]] وساكنة مع ابني [[PERSON:يوسف]] ([[AGE:٦ سنين]]) في
[[ADDRESS:flat 11 rowan house]]، [[POSTCODE:m14 7 pd]]. من الشتا والـ mould مالي الحيطان في
غرفة النوم، و[[PERSON:يوسف]] عنده [[HEALTH:ربو]] وصار يصحى بالليل يكح. اتصلت على
[[ORGANISATION:hulme gate housing]] على الرقم [[PHONE:0161 496 0 471]] أكثر من ١٠ مرات، وكل
مرة يقولوا افتحي الشباك. جارتي [[PERSON:جانيت]] اللي ساكنة في [[ADDRESS:flat 12]] قالت لي
اعملي complaint رسمي، والشيخ في [[ADDRESS:مسجد الرحمة]] ساعدني أكتب الايميل بالانجليزي. رقم
الشكوى [[REFERENCE:HGH-CP-30915]]. بعد stage 2 جاء واحد اسمه [[PERSON:liam]] من
[[ORGANISATION:dampguard north]] ولقى إن الـ gutter مكسور من سنين والمية داخلة في الحيطة.
صلحوه، وحطوا fan جديد، ودهنوا الغرفة، وعطوني ٧٠٠ باوند مع اعتذار مكتوب. الدكتور في
[[ADDRESS:princess road medical practice]] كتب رسالة كمان عن صدر [[PERSON:يوسف]]. الدرس
اللي كتبوه: ما يلوموا الساكن قبل ما يفحصوا السبب، ويردوا على التلفون. اذا حد محتاج مساعدة
بالعربي: [[EMAIL:salma.h @ example.com]]
"""),
    ),
    (
        "fv2y-ar-02",
        "ar",
        _s("""
salam 3alaykom. ana [[PERSON:kareem]], [[OTHER_SPECIAL:laje2 men surya]], sakin ma3 marti
[[PERSON:rasha]] w wladi [[PERSON:omar]] w [[PERSON:lulu]] fi
[[ADDRESS:flat 2 no 58 albert rd]], [[POSTCODE:le2 0 jn]]. el boiler 5irib awal december w
el bet kan bared ktir, [[PERSON:lulu]] 3omra [[AGE:10 shhur]] w [[PERSON:rasha]] 3andha
[[HEALTH:anemia]]. ttasalt b [[ORGANISATION:soar valley housing]] kel yom 3ala
[[PHONE:0116 4960 2 18]] w kanu y2ulu el engineer jay bukra. ba3d 12 yom ma 7ada aja.
sadi2i [[PERSON:tariq]] men [[ADDRESS:jame3 al noor]] sa3adni a3mel complaint 3al website,
ref [[REFERENCE:SVH-77410]]. ba3d yomen ajat wa7de esma [[PERSON:siobhan]] men el complaints
team, ejat 3al bet w jabet 2 heaters, w [[ORGANISATION:gasline midlands]] rakabu boiler jdid.
3atuna 450 pound w e3tizar maktub. 2alu ra7 y7ottu 3alame 3ala file kel 3ayle fiha tefl
sghir aw 7ada mareed, w y3tbru el heating emergency la2elhon. w 2alu lazem yraddu 3al phone
b nafs el yom mesh ba3d jem3a. ana mamnoon la [[PERSON:siobhan]] ktir. eza 7ada baddo
mosa3ade bel 3arabi: [[EMAIL:kareem dot suleiman at example dot org]]
"""),
    ),
    (
        "fv2y-ar-03",
        "ar",
        _s("""
نحن عائلة [[OTHER_SPECIAL:كردية من العراق]] ساكنين في [[ADDRESS:رقم 7 beech grove]]،
[[POSTCODE:hu5 3lf]]. أنا [[PERSON:هيفين]]، وزوجي [[PERSON:دلشاد]]، وبنتنا [[PERSON:روجين]]
عمرها [[AGE:١٣ سنة]]. الجار في [[ADDRESS:رقم 9]]، اسمه [[PERSON:ستيف]] ويسمّونه
[[PERSON:big stevo]]، كان يرمي الزبالة في حديقتنا ويصرخ علينا بكلام عنصري، ونشر صور بيتنا
على انستغرام باسم [[OTHER_ID:@stevo_gunner]]. سيارته [[OTHER_ID:BD21 WTE]] كان يوقفها
قدام بابنا. بلّغنا [[ORGANISATION:humber bank homes]] أكثر من ١٥ مرة، وكل مرة موظف جديد يطلب
نفس القصة من الأول. [[PERSON:روجين]] صارت تخاف تروح [[ADDRESS:westcott girls academy]]
لوحدها. قدّمنا شكوى رسمية، رقمها [[REFERENCE:HBH/ASB/2291]]، واستلمتها [[PERSON:ريبيكا]]
من فريق الـ asb. أعطتنا رقمها المباشر [[PHONE:٠٧٧٠٠ ٩٠٠ ٨٤٦]] ونسّقت مع الشرطة.
[[PERSON:ستيف]] أخذ تحذير رسمي وبعدين أمر من المحكمة، وركّبوا لنا كاميرا عند الباب،
وعوّضونا ٣٥٠ باوند على التأخير. في الرد كتبوا إنهم تعلموا: موظف واحد لكل قضية من البداية
للنهاية، وأي كلام عنصري يُعامل كحادث كراهية من أول بلاغ، وما يطلبوا من الضحية يعيد القصة.
الحمد لله الوضع هادي الحين.
"""),
    ),
    (
        "fv2y-ar-04",
        "ar",
        _s("""
أكتب عن أبوي [[PERSON:الطيب عثمان]]، مواليد [[DATE_OF_BIRTH:أول يناير ١٩٥٨]]،
[[OTHER_SPECIAL:سوداني]]، ساكن لوحده في [[ADDRESS:الشقة الأرضية في 31 granville st]]،
[[POSTCODE:l8 1tj]]. من شهر ٦ والموية تنزل من سقف الحمام من الشقة اللي فوق. أبوي عنده
[[HEALTH:سكري]] و[[HEALTH:جلوكوما]] وما يشوف كويس، وزلق مرة في الحمام. اتصل بـ
[[ORGANISATION:mersey dock homes]] وكل مرة يسألوه عن رقم التأمين
[[NI_NUMBER:TH 65 03 29 A]] وتاريخ الميلاد، وما في زول يجي. أخوي [[PERSON:معتز]] حاول
بالانجليزي وبرضو ما نفع. رقم الـ repair [[REFERENCE:MDH-R-448817]]. بعدين الدكتورة في
[[ADDRESS:windsor gardens surgery]] كتبت رسالة إنو الوضع خطر عليه. قدمنا complaint رقم
[[REFERENCE:MDH-C-5520]] ووصلنا للـ ombudsman. اعترفوا إن جار فوق ما فتح لهم الباب وهم قفلوا
الطلب بدل ما يتابعوا. في أسبوعين صلحوا المواسير، وغيّروا السقف، وركّبوا مسكات في الحمام،
ودفعوا ٦٥٠ جنيه. الدرس اللي قالوه: ما يقفلوا طلب لأن باب ما انفتح، ويكلموا الأسرة لو الساكن
كبير في السن. أي زول عايز يسأل، ايميلي: [[EMAIL:moataz.osman @example.net]]
"""),
    ),
    (
        "fv2y-ar-05",
        "ar",
        _s("""
اسمي [[PERSON:نجلاء]]، من [[OTHER_SPECIAL:اليمن]]، ساكنين ٨ أشخاص في بيت ٣ غرف في
[[ADDRESS:14 spring vale rd]]، [[POSTCODE:s10 1 lp]]. ولدي [[PERSON:عبدالله]] عمره
[[AGE:١٧]] وعنده [[HEALTH:توحد]] وينام في الصالة من سنتين لأن ما في مكان. البنات
[[PERSON:أروى]] و[[PERSON:هند]] و[[PERSON:sara]] في غرفة وحدة. رقمنا في الـ housing register
[[REFERENCE:SHP/HR/0721554]] وما تحركنا سنين. الـ officer [[PERSON:كلوي]] من
[[ORGANISATION:sheaf housing partnership]] قالت لي بالتلفون إن الأولاد يقدروا ينامو مع بعض
عادي. مدرسة [[PERSON:عبدالله]]، [[ADDRESS:rivelin park academy]]، كتبت رسالة عن حالته وإنه
ما يقدر يذاكر. قدمت complaint رقم [[REFERENCE:CMP-24-06631]]. بعد stage 2 اعترفوا إن الـ
medical form ما انحسب أبداً وإن [[PERSON:عبدالله]] لازم له غرفة لحاله. رفعونا band، وفي ٤
شهور انتقلنا لبيت ٥ غرف، ودفعوا ٨٠٠ باوند مع اعتذار. الدرس: يقرأوا الأوراق الطبية أول ما
توصل ويحسبوا الغرف صح، وما يقولوا كلام بالتلفون ما هو مكتوب في السياسة. التلفون:
[[PHONE:صفر سبعة سبعة صفر صفر تسعمية اتنين تسعة واحد]]
"""),
    ),
    (
        "fv2y-bn-01",
        "bn",
        _s("""
আমি [[PERSON:রুমানা]], স্বামী [[PERSON:তানভীর]] আর দুই বাচ্চা [[PERSON:nabil]]
([[AGE:৭ বছর]]) আর [[PERSON:ইশা]] ([[AGE:৩]]) নিয়ে থাকি [[ADDRESS:flat 17 ব্ল্যাকওয়াল হাউস]],
[[POSTCODE:e14 9sg]]. গত winter থেকে bedroom এর দেওয়াল কালো mould এ ভরা। [[PERSON:নাবিলের]]
[[HEALTH:এজমা]] বেড়ে গেছে, রাতে inhaler লাগে। [[ORGANISATION:poplar riverside homes]] কে ৯ বার
ফোন করছি [[PHONE:020 7946 0 593]] এ, সবসময় বলে জানালা খুলে রাখেন। আমাদের মসজিদ
[[ADDRESS:bow jame masjid]] এর ইমাম সাহেব complaint লিখতে সাহায্য করলেন, ref
[[REFERENCE:PRH-0098214]]। stage 1 এ আবার condensation বলল। তারপর councillor
[[PERSON:শাহানা বেগম]] email করলেন, আর [[ORGANISATION:thames damp care]] থেকে
[[PERSON:ড্যানি]] আসলো। দেখা গেল ছাদের flashing ভাঙ্গা, পানি দেয়ালে ঢুকছে। তারা ছাদ ঠিক
করছে, দেয়াল treat করছে, নতুন fan লাগাইছে, আর £৮০০ ক্ষতিপূরণ দিছে। GP
[[ADDRESS:lansbury green surgery]] থেকেও letter দিছিল। তারা শিখছে: mould মানেই tenant এর
দোষ না, আগে কারণ খুঁজতে হবে, আর phone এ যা বলে তা লিখে রাখতে হবে। কেউ সাহায্য চাইলে:
[[EMAIL:rumana.t @ example.com]]
"""),
    ),
    (
        "fv2y-bn-02",
        "bn",
        _s("""
amar nam [[PERSON:shirin akhtar]], ami [[ADDRESS:no 9 cannon st]] e thaki,
[[POSTCODE:ol8 1 dz]]. amar husband [[PERSON:jalal]] er [[HEALTH:kidney failure]], shoptahe
tin din dialysis e jay. december e boiler noshto hoye gelo, ghore 12 degree. 
[[ORGANISATION:oldham & tame homes]] ke phone korlam [[PHONE:0161 4960 8 14]], bolse 5 working
days. 3 shoptaho por o keu ashe nai. amar meye [[PERSON:tania]] ([[AGE:16]]) shob call er
note rakhse, [[PERSON:taniar]] note chara amra kichu prove korte partam na. oi note diye
complaint dilam, ref [[REFERENCE:OTH-CM-31107]]. tarpor repairs manager mr
[[PERSON:roberts]] phone korlen, maaf chailen. oi din e [[ORGANISATION:pennine heat ltd]] er
engineer [[PERSON:sanjay]] ashe notun boiler lagay. amader £480 dise, ar electric heater er
bill er taka o ferot dise. oder shikkha: jar barite medical need ache, tar boiler emergency
hishabe dhorte hobe, 24 ghontay. ar complaint er uttor 10 din e dite hobe. amra ekhon
vulnerable list e achi. kono help lagle mail den [[EMAIL:shirin 1985 @ example.net]]. dua
korben.
"""),
    ),
    (
        "fv2y-bn-03",
        "bn",
        _s("""
আমার আম্মা [[PERSON:মোছাম্মৎ জোবেদা খাতুন]], জন্ম [[DATE_OF_BIRTH:২২/০৯/১৯৫৬]], একা থাকেন
[[ADDRESS:flat 3, 40 varden rd]] এ। রান্নাঘরে ইঁদুর, খাবারের প্যাকেট কাটা, রাতে শব্দে ঘুমাতে
পারেন না। আম্মার [[HEALTH:ডিমেনশিয়া]] শুরু হইছে, তাই আরও ভয় পান।
[[ORGANISATION:whitechapel & stepney homes]] এর পক্ষে [[ORGANISATION:rapid pest control]] ৪
বার আসছে, শুধু বিষ দিয়া গেছে। housing officer [[PERSON:জেনিফার]] বলে আম্মা নাকি খাবার খোলা
রাখেন। আমি [[PERSON:মাহফুজ]], ছেলে, complaint করলাম, নম্বর [[REFERENCE:WSH/22/7781]]। তারা
phone এ প্রতিবার আম্মার জন্ম তারিখ আর NI number [[NI_NUMBER:WP 72 15 33 C]] চায়, অথচ আম্মা
ইংরেজি বোঝেন না। পরে stage 2 তে [[PERSON:ম্যাথিউ]] নামে একজন manager আসলেন, building এর
নিচে খুঁজে দেখলেন bin room এর দেওয়ালে বড় গর্ত, সেখান দিয়া ইঁদুর উঠে। গর্ত বন্ধ করছে,
kitchen এর pipe এর চারপাশ seal করছে, আর £৩৫০ দিছে। এখন আম্মার file এ লেখা আছে বাংলা
interpreter লাগবে আর আমার নম্বর [[PHONE:07700 900 2 69]] first contact। শিক্ষা: বয়স্ক
মানুষকে দোষ না দিয়া আগে building দেখো, আর একই তথ্য বারবার চাইও না।
"""),
    ),
    (
        "fv2y-bn-04",
        "bn",
        _s("""
আমরা ৭ জন একটা ২ bedroom flat এ থাকি, [[ADDRESS:২৩ নম্বর ফ্ল্যাট, কিংফিশার কোর্ট]],
[[POSTCODE:LU1 3 TX]]। আমি [[PERSON:ফারহানা]], স্বামী [[PERSON:কামরুল]], বাচ্চারা
[[PERSON:রাফি]] [[AGE:১৩ বছর]], [[PERSON:সুমাইয়া]] [[AGE:১০ বছর]], যমজ [[PERSON:হাসান]] আর
[[PERSON:হোসেন]] [[AGE:৪ বছর]], আর আমার শাশুড়ি, যার [[HEALTH:heart failure]]। housing
register এ নম্বর [[REFERENCE:CGH-HR-220418]], ৫ বছর ধরে কোনো খবর নাই। শাশুড়ির medical form
দিছিলাম, [[ORGANISATION:chiltern gate homes]] বলে পায় নাই। [[PERSON:রাফির]] স্কুল
[[ADDRESS:chiltern view academy]] থেকে teacher letter দিলেন যে ও বাড়িতে পড়তে পারে না।
কাউন্সিলর [[PERSON:আবদুল মালিক]] এর সাথে surgery তে দেখা করলাম, উনি বললেন formal complaint
করো। complaint নম্বর [[REFERENCE:CGH/CX/3359]]। stage 2 তে তারা মানলো যে form টা ভুল
inbox এ পড়ে ছিল আর কেউ দেখে নাই। আমাদের band বাড়াইছে, ৬ মাসে একটা ৪ bedroom বাড়ি offer
করছে, আর £৭০০ দিছে। তাদের শিক্ষা: medical form আসলে ২০ দিনের মধ্যে assess করতে হবে,
আর পরিবারকে জানাতে হবে। phone করতে চাইলে:
[[PHONE:শূন্য সাত সাত শূন্য শূন্য নয়শো চার এক আট]]
"""),
    ),
    (
        "fv2y-bn-05",
        "bn",
        _s("""
assalamualaikum. ami [[PERSON:monir]], thaki [[ADDRESS:flat 141 heron point]], 14 tolay,
[[POSTCODE:b16 8 qe]]. amar wife [[PERSON:nazma]] wheelchair use kore, or
[[HEALTH:spina bifida]] ache. [[ORGANISATION:ladywood & edgbaston homes]] er building e 2 ta
lift, 2 ta i noshto chilo 3 week. [[PERSON:nazma]] 3 shoptaho ghor theke ber hote pare nai,
hospital appointment miss hoise. amar chele [[PERSON:rayhan]] ([[AGE:8]]) ke
[[ADDRESS:st chad's primary]] te nite partam na karon ami kaj e, ar [[PERSON:nazma]] niche
namte pare na. complaint dilam, ref [[REFERENCE:LEH-2024-55610]], pore ombudsman case
[[REFERENCE:202412093]]. tara mane nise je lift contract e priority callout chilo na, ar
vulnerable residents er list 2 bochor update hoy nai. ekhon lift er contractor
[[ORGANISATION:midland vertical ltd]] 24 ghonta te ashe, ar list e [[PERSON:nazma]]'r nam
ache. amader £900 dise, sort code [[OTHER_ID:30-96-14]], account [[OTHER_ID:41882037]] e.
[[PERSON:nazma]]'r NHS number [[OTHER_ID:712 304 9981]] diye tara OT er sathe mile bathroom o
adapt korbe. shikkha: vulnerable manusher list shotti update rakhte hobe. phone:
[[PHONE:0121 496 0 55 7]]
"""),
    ),
    (
        "fv2y-pa-01",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਂ [[PERSON:ਹਰਪ੍ਰੀਤ ਕੌਰ]] ਹੈ, ਮੈਂ ਆਪਣੇ ਪਤੀ [[PERSON:ਗੁਰਮੀਤ]] ਅਤੇ ਪੁੱਤ [[PERSON:ਬਿੱਲੂ]]
([[AGE:5 ਸਾਲ]]) ਨਾਲ [[ADDRESS:flat 9 ਰੌਕਵੁੱਡ ਹਾਊਸ]], [[POSTCODE:sl1 4 qd]] ਵਿੱਚ ਰਹਿੰਦੀ ਹਾਂ।
ਪਿਛਲੇ ਸਾਲ ਤੋਂ bathroom ਅਤੇ bedroom ਵਿੱਚ ਕਾਲੀ mould, [[PERSON:ਬਿੱਲੂ]] ਨੂੰ ਵਾਰ ਵਾਰ chest
infection ਅਤੇ ਡਾਕਟਰ ਨੇ [[HEALTH:ਦਮਾ]] ਦੱਸਿਆ। [[ORGANISATION:colnbrook housing]] ਨੂੰ
[[PHONE:0118 496 0 3 82]] ਤੇ ਕਿੰਨੀ ਵਾਰ ਫ਼ੋਨ ਕੀਤਾ, ਬੱਸ ਕਹਿੰਦੇ ਖਿੜਕੀ ਖੋਲ੍ਹੋ। ਅਸੀਂ
[[ADDRESS:ਗੁਰਦੁਆਰਾ ਸਿੰਘ ਸਭਾ]] ਜਾਂਦੇ ਹਾਂ, ਉੱਥੇ ਸੇਵਾਦਾਰ [[PERSON:ਜਸਵੰਤ]] ਜੀ ਨੇ complaint
ਲਿਖਣ ਵਿੱਚ ਮਦਦ ਕੀਤੀ। complaint ਨੰਬਰ [[REFERENCE:CH/CX/40712]]। stage 1 ਵਿੱਚ ਫਿਰ
condensation ਲਿਖ ਦਿੱਤਾ। stage 2 ਤੇ [[PERSON:ਕਲੇਅਰ]] ਨਾਂ ਦੀ manager ਖ਼ੁਦ ਆਈ ਅਤੇ ਦੇਖਿਆ ਕਿ
extractor fan ਕਦੇ ਲੱਗਿਆ ਹੀ ਨਹੀਂ ਸੀ ਅਤੇ ਬਾਹਰਲੀ ਕੰਧ ਵਿੱਚ ਤ੍ਰੇੜ ਸੀ। ਉਹਨਾਂ ਨੇ ਕੰਧ ਠੀਕ ਕੀਤੀ,
fan ਲਾਇਆ, ਰੰਗ ਕੀਤਾ, ਅਤੇ £650 ਦਿੱਤੇ। [[PERSON:ਬਿੱਲੂ]] ਦੇ school
[[ADDRESS:ਸੇਂਟ ਮੈਰੀਜ਼ ਪ੍ਰਾਇਮਰੀ]] ਨੂੰ ਵੀ letter ਭੇਜਿਆ ਕਿਉਂਕਿ ਉਹ ਬਹੁਤ ਛੁੱਟੀਆਂ ਕਰ ਚੁੱਕਾ ਸੀ।
ਉਹਨਾਂ ਦਾ ਸਬਕ: ਕਿਰਾਏਦਾਰ ਨੂੰ ਦੋਸ਼ ਦੇਣ ਤੋਂ ਪਹਿਲਾਂ ਜਾਂਚ ਕਰੋ, ਅਤੇ ਹਰ call ਦਾ record ਰੱਖੋ। ਮੇਰੀ
email: [[EMAIL:harpreet.k @ example.com]]
"""),
    ),
    (
        "fv2y-pa-02",
        "pa",
        _s("""
sat sri akal ji. main [[PERSON:jaswinder]] haan, [[ADDRESS:42 dunstall rd]],
[[POSTCODE:wv6 0 ng]]. mere bapu ji [[PERSON:sohan singh]] mere naal rehnde ne, [[AGE:86 saal]]
de ne te [[HEALTH:parkinson's]] hai. november ch boiler band ho gaya.
[[ORGANISATION:black country living]] nu [[PHONE:0121 4960 877]] te phone kita, ohna ne kiha
emergency nahi, 28 din lagange. ghar ch 11 degree si. mere vadde munde [[PERSON:sunny]] ne
twitter te apne account [[OTHER_ID:@sunny_wolves_87]] ton post pa ditti tag karke, tad kuj
hilya. complaint ref [[REFERENCE:BCL-0045871]]. engineer [[PERSON:paddy]]
[[ORGANISATION:heatwise services]] ton aaya te 2 din vich boiler badal gaya. ohna ne mann lia
ki system vich bapu ji di health di koi info hi nahi si, is karke emergency nahi laga. hun
record update hai, te sanu £420 mile plus electric heaters da kharcha vi. sikhya: bazurg jaan
bimar bande di heating emergency hai, bina puchhe, te tenant nu social media te jaan di lod
nahi honi chahidi. je kise nu madad chahidi, [[EMAIL:jas dot sandhu at example dot net]].
dhanvaad.
"""),
    ),
    (
        "fv2y-pa-03",
        "pa",
        _s("""
ਮੈਂ ਆਪਣੇ ਪਿਤਾ ਜੀ [[PERSON:ਕਰਨੈਲ ਸਿੰਘ ਗਿੱਲ]] ਵੱਲੋਂ ਲਿਖ ਰਹੀ ਹਾਂ, ਜਨਮ
[[DATE_OF_BIRTH:15 ਅਗਸਤ 1947]]। ਉਹ [[ADDRESS:ground floor flat, 7 hamilton rd]],
[[POSTCODE:nw10 4ss]] ਵਿੱਚ ਇਕੱਲੇ ਰਹਿੰਦੇ ਹਨ। ਉੱਪਰਲੇ flat ਤੋਂ ਪਾਣੀ kitchen ਦੀ ਛੱਤ ਵਿੱਚੋਂ
ਟਪਕਦਾ ਸੀ। ਉਹਨਾਂ ਨੂੰ [[HEALTH:ਗਠੀਆ]] ਹੈ ਅਤੇ ਸੁਣਦਾ ਵੀ ਘੱਟ ਹੈ।
[[ORGANISATION:harlesden park housing]] ਦਾ call centre ਹਰ ਵਾਰ NI number
[[NI_NUMBER:CE 47 12 90 B]] ਪੁੱਛਦਾ ਅਤੇ ਫ਼ੋਨ ਕੱਟ ਦਿੰਦਾ ਕਿਉਂਕਿ ਪਿਤਾ ਜੀ ਨੂੰ ਸੁਣਦਾ ਨਹੀਂ। letters
ਸਿਰਫ਼ English ਵਿੱਚ। repair job [[REFERENCE:HPH-RJ-902214]] 3 ਵਾਰ completed ਕਰ ਦਿੱਤਾ। ਮੈਂ,
[[PERSON:ਮਨਜੀਤ]], ਨੇ complaint ਕੀਤੀ, ਨੰਬਰ [[REFERENCE:HPH-CMP-1173]], ਅਤੇ ਸਾਡੇ MP ਦੇ ਦਫ਼ਤਰ
ਤੋਂ [[PERSON:ਓਲੀਵੀਆ]] ਨੇ email ਕੀਤੀ। ਫਿਰ ਪਤਾ ਲੱਗਿਆ ਕਿ ਉੱਪਰ ਵਾਲੇ [[ADDRESS:flat 7a]] ਦੀ
washing machine ਦੀ pipe ਫਟੀ ਹੋਈ ਸੀ ਅਤੇ ਕਿਸੇ ਨੇ ਉੱਥੇ ਜਾ ਕੇ ਵੇਖਿਆ ਹੀ ਨਹੀਂ। 10 ਦਿਨਾਂ ਵਿੱਚ
ਸਭ ਠੀਕ: pipe, ਛੱਤ, cupboards, ਅਤੇ £550 ਮੁਆਵਜ਼ਾ। ਹੁਣ ਪਿਤਾ ਜੀ ਦੇ record ਤੇ ਲਿਖਿਆ ਹੈ ਕਿ
ਉਹਨਾਂ ਨੂੰ ਨਹੀਂ, ਮੈਨੂੰ ਫ਼ੋਨ ਕਰੋ [[PHONE:020 7946 0 781]], ਅਤੇ letters ਪੰਜਾਬੀ ਵਿੱਚ। ਸਬਕ:
completed ਲਿਖਣ ਤੋਂ ਪਹਿਲਾਂ ਕਿਰਾਏਦਾਰ ਨੂੰ ਪੁੱਛੋ।
"""),
    ),
    (
        "fv2y-pa-04",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਰਾਜਿੰਦਰ]] ਹਾਂ, ਸਾਰੇ [[PERSON:ਰਾਜ]] ਕਹਿੰਦੇ ਨੇ। ਅਸੀਂ [[ADDRESS:21 ashfield ave]],
[[POSTCODE:b20 2 hn]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ। ਨਾਲ ਵਾਲੇ ਘਰ [[ADDRESS:ਨੰਬਰ 23]] ਵਿੱਚ [[PERSON:ਜੇਸਨ]]
ਰਹਿੰਦਾ, ਉਸਦਾ ਕੁੱਤਾ ਬਿਨਾਂ ਪਟੇ ਦੇ ਘੁੰਮਦਾ ਅਤੇ ਮੇਰੀ ਧੀ [[PERSON:ਨਵਰੀਤ]] ([[AGE:9 ਸਾਲ]]) ਦੇ
ਪਿੱਛੇ ਭੱਜਿਆ। ਉਹ ਸਾਨੂੰ [[OTHER_SPECIAL:ਸਿੱਖ]] ਹੋਣ ਕਰਕੇ ਗਾਲ਼ਾਂ ਕੱਢਦਾ, ਅਤੇ snapchat ਤੇ
[[OTHER_ID:@jase_b_brum]] ਤੋਂ ਸਾਡੇ ਘਰ ਦੀਆਂ videos ਪਾਉਂਦਾ। ਉਸਦੀ ਗੱਡੀ [[OTHER_ID:FE17 OKT]]
ਸਾਡੇ drive ਤੇ ਖੜ੍ਹੀ ਰਹਿੰਦੀ। [[ORGANISATION:handsworth & perry homes]] ਨੂੰ 10 ਤੋਂ ਵੱਧ ਵਾਰ
report ਕੀਤਾ, ਹਰ ਵਾਰ ਨਵਾਂ officer ਅਤੇ ਕਹਿੰਦੇ diary ਰੱਖੋ। ਫਿਰ formal complaint ਕੀਤੀ, ASB
case [[REFERENCE:HPR/ASB/6634]]। officer [[PERSON:ਡੈਨੀਅਲ]] ਨੇ case ਲਿਆ, ਸਿੱਧਾ ਨੰਬਰ
[[PHONE:0121 496 0 9 24]] ਦਿੱਤਾ ਅਤੇ police ਨਾਲ ਮਿਲ ਕੇ hate incident ਦਰਜ ਕਰਵਾਇਆ।
[[PERSON:ਜੇਸਨ]] ਨੂੰ warning ਮਿਲੀ, ਫਿਰ injunction, ਕੁੱਤੇ ਲਈ order, ਸਾਨੂੰ ਨਵੀਂ fence ਅਤੇ CCTV
ਅਤੇ £300। ਉਹਨਾਂ ਨੇ ਲਿਖਿਆ ਕਿ ਧਾਰਮਿਕ ਨਫ਼ਰਤ ਨੂੰ ਪਹਿਲੀ report ਤੇ ਹੀ serious ਲੈਣਾ ਸੀ ਅਤੇ ਹੁਣ
ਇੱਕ officer ਪੂਰਾ case ਵੇਖੇਗਾ। [[PERSON:ਨਵਰੀਤ]] ਹੁਣ ਫਿਰ ਬਾਹਰ ਖੇਡਦੀ ਹੈ।
"""),
    ),
    (
        "fv2y-pa-05",
        "pa",
        _s("""
ਸਾਡੀ ਧੀ [[PERSON:simran]], ਜਿਸਨੂੰ ਅਸੀਂ [[PERSON:ਸਿੰਮੀ]] ਕਹਿੰਦੇ ਹਾਂ, [[AGE:10 ਸਾਲ]] ਦੀ ਹੈ,
ਉਸਨੂੰ [[HEALTH:muscular dystrophy]] ਹੈ ਅਤੇ wheelchair ਵਰਤਦੀ ਹੈ। ਅਸੀਂ
[[ADDRESS:house no 6 larch close]], [[POSTCODE:DE23 8 BN]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ। OT
[[PERSON:ਬ੍ਰਾਇਓਨੀ]] ਨੇ 2023 ਵਿੱਚ through-floor lift ਅਤੇ wet room recommend ਕੀਤਾ, ਪਰ
[[ORGANISATION:derwent & trent homes]] ਨੇ ਕਿਹਾ budget ਨਹੀਂ। ਮੈਂ, [[PERSON:ਅਮਨਦੀਪ]], ਰੋਜ਼
[[PERSON:ਸਿੰਮੀ]] ਨੂੰ ਚੁੱਕ ਕੇ ਪੌੜੀਆਂ ਚੜ੍ਹਦਾ ਸੀ। ਉਸਦੇ school [[ADDRESS:littleover meadow primary]]
ਵਾਲਿਆਂ ਨੇ ਵੀ letter ਦਿੱਤਾ। complaint ਨੰਬਰ [[REFERENCE:DTH-AD-2024-118]]। stage 2 ਵਿੱਚ
ਉਹਨਾਂ ਮੰਨਿਆ ਕਿ disabled facilities grant ਲਈ council ਨੂੰ ਭੇਜਣਾ ਹੀ ਭੁੱਲ ਗਏ ਸੀ। ਫਿਰ 4
ਮਹੀਨਿਆਂ ਵਿੱਚ lift ਅਤੇ wet room ਬਣ ਗਿਆ, ਅਤੇ £700 ਮਿਲੇ ਜੋ account ending [[OTHER_ID:7741]]
ਵਿੱਚ ਆਏ। [[PERSON:ਸਿੰਮੀ]] ਦਾ NHS no [[OTHER_ID:658 120 4473]] ਹੁਣ ਉਹਨਾਂ ਦੀ adaptation file
ਨਾਲ ਜੁੜਿਆ ਹੈ ਤਾਂ ਕਿ ਦੁਬਾਰਾ ਨਾ ਪੁੱਛਣ। ਸਬਕ: OT ਦੀ recommendation ਦਾ ਜਵਾਬ 20 ਦਿਨਾਂ ਵਿੱਚ
ਦਿਓ ਅਤੇ ਪਰਿਵਾਰ ਨੂੰ ਦੱਸਦੇ ਰਹੋ। ਫ਼ੋਨ: [[PHONE:ਜ਼ੀਰੋ ਸੱਤ ਸੱਤ ਜ਼ੀਰੋ ਜ਼ੀਰੋ 900 331]]
"""),
    ),
    (
        "fv2y-ur-01",
        "ur",
        _s("""
میرا نام [[PERSON:نازیہ]] ہے، شوہر [[PERSON:شفیق]] اور تین بچوں کے ساتھ
[[ADDRESS:31 لنکن سٹریٹ]]، [[POSTCODE:bd8 7 qt]] میں رہتی ہوں۔ پچھلے سال سے bedroom اور
kitchen کی دیوار پر کالا mould، سب سے چھوٹی [[PERSON:ایمن]] ([[AGE:18 مہینے]]) کو بار بار
chest infection. [[ORGANISATION:pennine vale housing]] کو [[PHONE:07700 9003 17]] سے فون
کیا، کہتے تھے کھڑکی کھولیں اور کپڑے باہر سکھائیں۔ [[ADDRESS:جامع مسجد غوثیہ]] کی خواتین
کمیٹی میں باجی [[PERSON:رخسانہ]] نے complaint لکھنے میں مدد کی، reference
[[REFERENCE:PVH-C-228190]]۔ stage 1 میں پھر condensation۔ stage 2 میں [[PERSON:مارٹن]]
نام کے surveyor آئے اور دیکھا کہ cavity wall insulation خراب ہے اور پانی اندر آ رہا ہے۔
[[ORGANISATION:airedale insulation]] نے دیوار ٹھیک کی، نیا fan لگا، رنگ ہوا، اور £720 ملے۔
[[PERSON:ایمن]] کے GP [[ADDRESS:lilycroft surgery]] کا letter بھی کام آیا۔ ان کا سبق: mould
کو tenant کا lifestyle کہنا بند کریں اور پہلے دیوار چیک کریں۔ اردو میں مدد چاہیے تو:
[[EMAIL:nazia.shafiq @ example.com]]
"""),
    ),
    (
        "fv2y-ur-02",
        "ur",
        _s("""
assalam o alaikum, mera naam [[PERSON:imran qureshi]] hai, hum
[[ADDRESS:flat 124, harmony heights]] mein rehte hain, 12th floor, [[POSTCODE:m16 8 fx]]. meri
biwi [[PERSON:sadia]] ko [[HEALTH:MS]] hai aur wheelchair use karti hain. march mein dono lifts
19 din band rahin aur [[ORGANISATION:trafford brook homes]] ne pehle 3 din kisi ko bataya bhi
nahi. [[PERSON:sadia]] ki physio aur hospital ki appointments miss huin, beti
[[PERSON:hira]] ([[AGE:12 saal]]) [[ADDRESS:seymour park academy]] roz der se pohanchti rahi
kyun ke 12 manzil seerhiyan. complaint ref [[REFERENCE:TBH/CMP/77102]]. complaints officer
[[PERSON:ngozi]] ne honestly maana ke vulnerable residents ki list 2 saal purani thi aur
contractor [[ORGANISATION:liftcare north west]] ke contract mein koi deadline nahi thi. ab
list har 6 mahine update hoti hai, lift band ho to wheelchair users ko pehle din call aati
hai aur zaroorat ho to hotel. humein £600 mile. [[PERSON:sadia]] ka naam ab list mein hai,
nhs no [[OTHER_ID:401 023 7789]] ke saath taake paramedics ko bhi pata ho. koi madad chahiye
to email: [[EMAIL:imran dot q at example dot com]]
"""),
    ),
    (
        "fv2y-ur-03",
        "ur",
        _s("""
ہم [[OTHER_SPECIAL:احمدی]] ہیں اور [[ADDRESS:47 birchwood rd]]، [[POSTCODE:cr0 2nd]] میں رہتے
ہیں۔ میں [[PERSON:طاہرہ]]، میرے شوہر [[PERSON:ناصر]] اور بیٹا [[PERSON:ثاقب]]
([[AGE:15 سال]])۔ پچھلے سال سے ساتھ والے [[ADDRESS:نمبر 49]] کے لوگ ہمارے مذہب کی وجہ سے
گالیاں دیتے، دروازے پر پرچیاں چپکاتے، اور ایک لڑکا [[PERSON:ڈینی]] اپنے tiktok
[[OTHER_ID:@danny.c.0]] پر ہماری ویڈیو بناتا۔ ان کی گاڑی [[OTHER_ID:MA68 XKP]] ہمارے
driveway میں کھڑی رہتی۔ [[ORGANISATION:wandle croft housing]] کو 12 بار report کیا، ہر بار
نیا بندہ۔ ہماری [[ADDRESS:مسجد بیت النور]] کے صدر صاحب نے complaint لکھوائی، ASB case نمبر
[[REFERENCE:WCH-ASB-0931]]۔ پھر officer [[PERSON:ٹریسی]] نے کیس لیا، ہمیں سیدھا نمبر
[[PHONE:020 7946 0 4 12]] دیا اور پولیس کے ساتھ hate incident درج کروایا۔ پڑوسیوں کو پہلے
warning ملی پھر injunction، ہمیں doorbell camera اور £300۔ انہوں نے لکھا کہ مذہبی نفرت کو
پہلی شکایت پر سنجیدہ لینا چاہیے تھا، اور اب ایک ہی officer شروع سے آخر تک کیس دیکھے گا۔
[[PERSON:ثاقب]] اب سکول اکیلا جاتا ہے اور ڈرتا نہیں۔
"""),
    ),
    (
        "fv2y-ur-04",
        "ur",
        _s("""
mera naam [[PERSON:farzana]] hai. meri behen [[PERSON:shabnam]] aur uske bachay mere saath
rehte hain kyun ke unka [[OTHER_SPECIAL:refugee status]] abhi mila hai aur unke paas ghar
nahi. hum 9 log [[ADDRESS:flat 3 no 112 stanley rd]], [[POSTCODE:cv6 5 hj]] ke 2 bedroom mein.
mera housing register no [[REFERENCE:CCH-HR-551870]] hai, 4 saal se band 3 mein. jab phone
kiya to officer ne kaha jab tak behen ke bachon ke passport number nahi doge kuch nahi hoga,
maine [[PERSON:shabnam]] ka passport no [[OTHER_ID:P7302214]] bhi de diya. phir bhi kuch nahi.
beta [[PERSON:zain]] ([[AGE:17]]) A-level ki parhai kitchen mein karta hai. complaint ki, ref
[[REFERENCE:CH-COMP-4406]], stage 2 ke baad ombudsman case [[REFERENCE:202301556]]. ombudsman
ne kaha [[ORGANISATION:citygate homes coventry]] ne overcrowding assessment galat kiya aur
passport maangna zaroori nahi tha. ab band 1 mila aur 5 mahine mein 4 bedroom ghar, £750
compensation aur maafi. unka sabaq: staff ko immigration documents ke rules sikhao aur
overcrowding form jaldi check karo. meri dob [[DATE_OF_BIRTH:9 march 1981]] aur NI
[[NI_NUMBER:jn 55 20 18 d]] bhi teen baar maangi gayi, yeh bhi band ho. ph
[[PHONE:07700 900 1 44]]
"""),
    ),
    (
        "fv2y-ur-05",
        "ur",
        _s("""
ہم [[ADDRESS:مدینہ cash & carry]] کے اوپر والے flat میں رہتے ہیں، [[POSTCODE:b12 8ls]]۔ میں
[[PERSON:رضوانہ]]، [[AGE:62 سال]]، اپنے بیٹے [[PERSON:بلال]] کے ساتھ۔ کچن میں چوہے اور بستروں
میں کھٹمل، رات بھر کاٹتے۔ مجھے [[HEALTH:ایگزیما]] ہے جو بہت بگڑ گیا۔
[[ORGANISATION:sparkbrook & balsall homes]] نے کہا کہ یہ دکان کی ذمہ داری ہے اور دکان والے
[[PERSON:اکرم]] بھائی نے کہا landlord کی۔ 4 مہینے یہی ping pong۔ [[PERSON:بلال]] نے
complaint کی، ref [[REFERENCE:SBH-2024-C-0388]]۔ پھر [[PERSON:امارا]] نام کی officer آئیں
اور دونوں کو ایک meeting میں بٹھایا۔ [[ORGANISATION:citywide pest solutions]] نے پوری
عمارت treat کی، shop کے نیچے drains کے پاس سوراخ بند کیے، ہمیں نئے بستر اور £400 دیے۔ ان
کا سبق: ذمہ داری کا جھگڑا اندر ہی حل کریں، resident کو بیچ میں نہ لٹکائیں، اور pest
کی شکایت میں پوری building دیکھیں۔ میرا فون:
[[PHONE:صفر ایک دو ایک چار نو چھ صفر سات تین پانچ]]
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
