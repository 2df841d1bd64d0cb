"""Fresh version-2 PII test stories, batch bo.

Thirty-five voice notes sent through a phone's speech-to-text and pasted in as the story: tenants,
adult children and grandchildren in English, Polish, Romanian, Arabic (Levantine, Iraqi, Sudanese,
Yemeni, Egyptian), Urdu, Bengali and Gurmukhi Punjabi, with fillers, self-corrections ("flat twenty
no sorry flat twelve"), no punctuation, numbers, postcodes and emails spelled out as heard ("l s nine
eight q t", "małpa", "arond", "ایٹ دی ریٹ") and English words left in Latin letters or transliterated.
Misrecognised and spelled-out names ("shaw nay mcgarrigle", "s e u n", "grzech", "mi hai ela") are
marked PERSON like the real ones, as are kunyas (أبو سامر), diminutives, inflected forms (Kubusia,
Basią, রিহানের) and word-like names (rose, will, precious, Joy, Pat, نور, ਖੁਸ਼ੀ). "Awaab" in
"legea lui Awaab" is marked as a named person; both halves of a self-correction are marked. A share
code, NHS numbers, plates, a sort code, an account ending and an Instagram handle said aloud are
OTHER_ID; settled status, ILR, visas, refugee status, religion and national origin are OTHER_SPECIAL.
Towns and areas, councillors, money, counts, temperatures, "over seventy fives" and ਖੁਸ਼ੀ as a word stay unmarked.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 7 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 22.9% of 35, recall 84.7%, precision 70.4%, on the committed
detector 9611102 (after round 58); leak-free by language ar 0, bn 3, en 0, pa 2, pl 0, ro 0, ur 3 of 5.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2bo-en-01",
        "en",
        _s("""
okay um is it recording yeah okay so hi im [[PERSON:shaw nay mcgarrigle]] it always
does that its [[PERSON:shauna]] um so i live in [[ADDRESS:flat twenty]] no sorry
[[ADDRESS:flat twelve]] not twenty at [[ADDRESS:harrow court]] in leeds the postcode is
[[POSTCODE:l s nine eight q t]] and basically we had black mould like all up the back
bedroom wall for about two years and my youngest [[PERSON:kayden]] hes [[AGE:four]] and
hes got [[HEALTH:asthma]] so he was coughing all night every night um i rang the repairs
line on [[PHONE:oh one one three four nine six oh double oh seven two]] like loads of
times and they kept sending a fella to wipe it with the bleach stuff and paint over it and
it come straight back within like a month the landlord is [[ORGANISATION:aire valley homes]]
um and in the end my neighbour [[PERSON:bev]] from downstairs she said put it in writing
as a proper complaint so i did and the complaint number was [[REFERENCE:c r oh four five
five one]] i think yeah and then a lady called [[PERSON:rose]] rang me back and honestly
she was brilliant she come out herself the week after with a surveyor and they found the
gutter was hanging off and the water was just pouring down the outside wall so they fixed
the gutter and done the cavity thing and put an extractor fan in the bedroom and treated
it properly this time and we got like three hundred and fifty pound for redecorating and
for the stress um what i learned is write it down dont just keep ringing keep the
reference and take photos with the dates on and ask for a surveyor not just a painter um
if anyone wants to ask me anything my email is [[EMAIL:shauna mcg at example dot com]] no
with a dot [[EMAIL:shauna dot mcg at example dot com]] um yeah thats it thank you
"""),
    ),
    (
        "fv2bo-en-02",
        "en",
        _s("""
right um hello yeah this is for the stories page so im [[PERSON:seun adeyemi]] thats
[[PERSON:s e u n]] because the phone always writes [[PERSON:sean]] um i live at
[[ADDRESS:forty three cranmer road]] in peckham right behind the [[ADDRESS:cossall
community centre]] postcode [[POSTCODE:s e fifteen two x j]] and my landlord is
[[ORGANISATION:peckwater housing]] so from last march the flat above got a new tenant and
it was like every night bass music and then drilling at one two three in the morning and
i do earlies im a bus driver so im up at half four and it was destroying me honestly um i
reported it like ten times on the online form nothing then i rang the asb line
[[PHONE:oh two oh seven nine four six oh three one eight]] and they opened a case the case
number was [[REFERENCE:two four oh six one eight]] no [[REFERENCE:two four oh six eight
one]] sorry i said the end backwards um the officer was [[PERSON:hannah okafor]] and she
gave me the noise app and said record everything so i did like forty recordings in three
weeks and she went round and turns out the guy didnt even know how bad it was cos his
floor had no carpet just laminate straight on the concrete so they fitted proper underlay
and carpet for him and got his speakers up off the floor and we did a mediation at the
[[ADDRESS:cossall centre]] with a man from the mediation service and now its fine we
actually say hello on the stairs um what i learned is the recordings is what made the
difference not the ringing and ask for mediation early dont wait eight months like me um
the housing office in camberwell was useless though just saying um yeah you can text me
on [[PHONE:07700 900 274]] if youve got the same thing cheers
"""),
    ),
    (
        "fv2bo-en-03",
        "en",
        _s("""
hiya um this is [[PERSON:neve]] oh god its written it [[PERSON:n e v e]] its
[[PERSON:niamh]] the irish way anyway this is about my dad [[PERSON:paddy]] well
[[PERSON:patrick o sullivan]] on all the letters um he lives on his own at
[[ADDRESS:number nine larkspur]] in luton [[POSTCODE:l u four nine q d]] hes [[AGE:eighty
four]] born the [[DATE_OF_BIRTH:third of march nineteen forty one]] and hes got
[[HEALTH:parkinsons]] so the bath was just impossible like he fell twice getting out of it
um so the occupational therapist [[PERSON:grace]] came out in january and she said right
he needs a level access shower and she sent it over to the landlord [[ORGANISATION:chiltern
vale housing]] and then nothing for seven months i mean nothing um she needed his nhs
number which was [[OTHER_ID:four eight five seven seven seven three four five six]] i had
to read it out about five times to different people and the adaptation reference was
[[REFERENCE:a d two two nine one]] and every time i rang they said its with the contractor
its with the contractor and the contractor [[ORGANISATION:m and j adaptations]] said they
never got it so i did a formal complaint by email from [[EMAIL:niamh dot o s seventy at
example dot net]] and i said look hes [[AGE:eighty four]] hes washing at the sink with a
flannel this isnt dignified um stage one they just apologised then at stage two a manager
rang and said just call me [[PERSON:will]] and honestly he will get things done he had the
shower in within three weeks and they gave dad two hundred pound for the delay and now they
put every ot referral on a tracker so it cant get lost between them and the contractor um
the lesson is dont accept its with the contractor ask who exactly and by when and get it in
writing and the over seventy fives priority thing they told us about didnt help at all so
dont count on that yeah thanks bye
"""),
    ),
    (
        "fv2bo-en-04",
        "en",
        _s("""
assalamu alaikum um my name is [[PERSON:rahima begum]] i am recording because my english
writing is not so good my speaking is better um so we live in tower hamlets [[ADDRESS:flat
thirty one]] in [[ADDRESS:gladwin house]] [[POSTCODE:e three four p w]] it is two bedroom
and we are six people me my husband [[PERSON:shahid]] my mother in law and three children
[[PERSON:tasnim]] she is [[AGE:fourteen]] then [[PERSON:ayaan]] is [[AGE:nine]] and the
baby [[PERSON:zara]] she is [[AGE:eighteen months]] um [[PERSON:ayaan]] has
[[HEALTH:autism]] and he cannot sleep when the baby is crying so he sleep in the living
room on the sofa and my mother in law also in the living room we are a
[[OTHER_SPECIAL:bangladeshi]] family so people think big family is normal for us but this
was too much um we are on the housing register since twenty nineteen the number is
[[REFERENCE:h r nine nine two oh four one]] but they put band three only and nothing happen
for years um so last year i make complaint because they never look at the medical side the
doctor at [[ADDRESS:hollybush surgery]] wrote letter and the school [[ADDRESS:wapping lane
primary]] also wrote letter that [[PERSON:ayaan]] is tired in class every day and then
mister [[PERSON:choudhury]] the officer he come and visit and he see with his own eyes the
children sleeping everywhere and he said sister this is wrong assessment so they moved us
to band one for overcrowding and medical and after five months we got offer of four bedroom
house in bow with a garden alhamdulillah um the lesson is when something change in the
family tell them again ask for reassessment send every letter dont wait for them to ask you
also if they dont understand you ask for interpreter its your right um my number is
[[PHONE:oh seven seven oh oh nine hundred three three one]] if any sister need help with
this form
"""),
    ),
    (
        "fv2bo-en-05",
        "en",
        _s("""
okay so um good afternoon my name is [[PERSON:hyacinth campbell]] mrs [[PERSON:campbell]]
um i am [[AGE:seventy three years old]] and i came from [[OTHER_SPECIAL:jamaica]] in
nineteen sixty two so i been in this country a long time um i live in [[ADDRESS:flat
seven]] at [[ADDRESS:brunswick house]] in handsworth [[POSTCODE:b two one nine r w]] and the
landlord is [[ORGANISATION:beacon gate homes]] so the problem was the communal heating the
whole block is on one boiler and from november to february it was on and off on and off
mostly off and i have [[HEALTH:arthritis]] in my hands and knees and the cold gets in the
bones um my granddaughter [[PERSON:precious]] she bring heaters in for me and the pastor
from [[ADDRESS:mount zion]] where i go he lend me a oil heater bless him um but what vex me
is they still charge me for the heating in the service charge every week like nothing was
wrong so [[PERSON:precious]] helped me write to them and ask for the breakdown of the
service charge the tenancy reference is [[REFERENCE:b g h double oh seven seven one two]]
and we rang the number [[PHONE:oh one two one four nine six oh five five oh]] and a young
man [[PERSON:jermaine]] at the customer team he took it serious he said mrs
[[PERSON:campbell]] you are right they should not charge you for heat you never get so they
worked it out and paid back four hundred and twelve pound and sixty pence into my bank the
account ending [[OTHER_ID:four one one seven]] and they put a new boiler for the block in
the summer um so the lesson is ask for the breakdown they must give it to you and dont be
shy to say you are old and you are vulnerable they have to put it on your file now my file
say priority for heating so thank you
"""),
    ),
    (
        "fv2bo-pl-01",
        "pl",
        _s("""
dobra chyba się nagrywa yyy no więc cześć jestem [[PERSON:Aga]] znaczy [[PERSON:Agnieszka
Wróblewska]] i mieszkam z synkiem w peterborough pod [[ADDRESS:dwadzieścia dwa Gladstone
Street]] kod [[POSTCODE:pe jeden trzy h r]] no i od zeszłej zimy w pokoju
[[PERSON:Kubusia]] był grzyb na całej ścianie taki czarny no wiesz jak to wygląda a
[[PERSON:Kuba]] ma [[AGE:sześć lat]] i ma [[HEALTH:astmę]] więc non stop kaszlał w nocy
dzwoniłam do [[ORGANISATION:Fenland Crest Housing]] na repairs [[PHONE:03069 990 245]]
chyba z piętnaście razy przychodził taki pan przetarł to jakimś sprayem pomalował i po
miesiącu znowu to samo no i koleżanka z pracy [[PERSON:Dorota]] mówi słuchaj pisz complaint
na piśmie a nie dzwoń bo po telefonie nie ma śladu no to napisałam numer skargi dostałam
[[REFERENCE:FC 2 0 4 7 7]] i po dwóch tygodniach przyszedł surveyor pan [[PERSON:Steve]] z
takim miernikiem wilgoci i się okazało że rynna jest pęknięta i woda leci po ścianie od lat
no to wymienili rynnę zrobili ocieplenie ściany od środka dali wentylator w łazience i
przemalowali porządnie taką specjalną farbą i jeszcze dostałam dwieście osiemdziesiąt
funtów rekompensaty za zniszczone meble i łóżko małego teraz jest sucho od pół roku i
[[PERSON:Kubuś]] prawie wcale nie kaszle jaka nauczka no wiesz rób zdjęcia z datą zapisuj
każdy telefon kto z tobą rozmawiał i pisz mejle a nie dzwoń jak ktoś potrzebuje pomocy z
pisaniem po angielsku to mój mejl [[EMAIL:aga kropka wrob małpa example kropka com]] chętnie
pomogę
"""),
    ),
    (
        "fv2bo-pl-02",
        "pl",
        _s("""
halo dobra yyy tu [[PERSON:Grzegorz Kowalczyk]] telefon mi napisał [[PERSON:grzech]] ale
nieważne dla wszystkich jestem [[PERSON:Grzesiek]] mieszkam w slough w [[ADDRESS:mieszkaniu
numer osiem]] w bloku [[ADDRESS:Telford Court]] kod pocztowy [[POSTCODE:s l jeden dwa e f]]
no i sprawa była taka że w lutym zaczęło kapać z sufitu w łazience od sąsiadki z góry pani
[[PERSON:Mahoney]] ona starsza osoba nic nie wiedziała u niej wszystko suche bo rura szła w
ścianie no zgłosiłem do [[ORGANISATION:Northgate Homes]] numer zgłoszenia
[[REFERENCE:r j siedem siedem cztery zero dwa]] nie czekaj [[REFERENCE:r j siedem siedem
cztery zero trzy]] trzy na końcu i przyszedł hydraulik z firmy [[ORGANISATION:Benfield
Plumbing]] popatrzył powiedział że to kondensacja i poszedł a po trzech tygodniach kawał
sufitu spadł do wanny dobrze że mój syn [[PERSON:Olek]] akurat się nie kąpał bo by dostał
po głowie no to już się wkurzyłem napisałem skargę mejlem i jeszcze do radnego ze zdjęciami
i wtedy w końcu przyjechał ktoś konkretny pani [[PERSON:Joanne]] od complaints i w dwa dni
wymienili rurę u sąsiadki a potem nowy sufit wentylacja malowanie no i zapłacili mi za
ręczniki i pralkę która się zalała przy okazji w formularzu chcieli mój national insurance
to im podałem [[NI_NUMBER:q q dwanaście trzydzieści cztery pięćdziesiąt sześć c]] i w sumie
dostałem czterysta funtów czego się nauczyłem jak mówią kondensacja a ty wiesz że to
przeciek to żądaj żeby ktoś sprawdził u sąsiada a nie tylko u ciebie i zawsze pisz że jest
zagrożenie bezpieczeństwa wtedy mają inny priorytet mój telefon [[PHONE:zero siedem siedem
zero zero dziewięćset sto dziewięćdziesiąt osiem]] jakby co
"""),
    ),
    (
        "fv2bo-pl-03",
        "pl",
        _s("""
dzień dobry nagrywam to za babcię bo ona po angielsku nie mówi ja jestem [[PERSON:Zuzia]]
znaczy [[PERSON:Zuzanna Nowak]] wnuczka a babcia to [[PERSON:Halina Nowak]] urodzona
[[DATE_OF_BIRTH:dwunastego maja czterdziestego ósmego]] czyli ma teraz
[[AGE:siedemdziesiąt siedem lat]] mieszka sama w bungalowie na [[ADDRESS:czternaście
Orchard Close]] w bradford yyy kod [[POSTCODE:b d siedem dwa n h]] i w listopadzie padł jej
bojler totalnie zero ogrzewania zero ciepłej wody a babcia ma [[HEALTH:POChP]] i jak jest
zimno to się dusi no to dzwonimy do [[ORGANISATION:Aire Moor Housing]] na [[PHONE:0113 496
0219]] a oni że emergency to tylko jak ktoś jest vulnerable a przecież ona jest vulnerable
no ale w systemie nic nie było zaznaczone dali dwa małe grzejniki elektryczne i powiedzieli
że części do bojlera nie ma trzeba czekać no i babcia [[PERSON:Hala]] siedziała w płaszczu
w domu u babci [[PERSON:Hali]] było w salonie trzynaście stopni ja to mierzyłam termometrem
i robiłam zdjęcia po trzech tygodniach napisałam formalną skargę przez ich stronę i dałam
swój mejl [[EMAIL:zuzia nowak zero cztery małpa example kropka org]] bo babcia nie ma mejla
i wtedy zadzwonił pan [[PERSON:Raj]] z zespołu skarg przeprosił że nikt nie zaznaczył że
babcia ma problemy z oddychaniem i w dwa dni przyjechał [[ORGANISATION:Heatcare North]] z
nowym bojlerem całym a nie z częścią dostała też sto pięćdziesiąt funtów na rachunek za
prąd za te grzejniki i teraz ma w aktach flagę że jest osobą priorytetową czego się
nauczyłyśmy zgłoście od razu jeśli ktoś starszy albo chory mieszka w domu niech to wpiszą
do systemu zanim coś się zepsuje a nie dopiero wtedy no i nie dajcie się zbyć że części
nie ma
"""),
    ),
    (
        "fv2bo-pl-04",
        "pl",
        _s("""
yyy cześć no to tak ja jestem [[PERSON:Ewelina]] i mieszkam z mężem [[PERSON:Pawłem]] i
trójką dzieci w southampton w mieszkaniu z jedną sypialnią tak z jedną pod
[[ADDRESS:czterdzieści jeden a Portswood Road]] kod [[POSTCODE:s o siedemnaście jeden d z]]
landlord to [[ORGANISATION:Solent Quay Housing]] jak się wprowadziliśmy była tylko
[[PERSON:Oliwka]] a teraz jest jeszcze [[PERSON:Szymek]] ma [[AGE:cztery lata]] i
[[PERSON:Lenka]] która ma [[AGE:roczek]] no wiesz pięć osób w jednym pokoju plus salon
[[PERSON:Oliwia]] ma [[AGE:dziewięć lat]] i odrabia lekcje na podłodze w kuchni bo nie ma
gdzie chodzi do [[ADDRESS:St Mark's]] tu niedaleko i pani nauczycielka sama do nas napisała
że mała jest ciągle zmęczona no byliśmy na housing register od dawna numer
[[REFERENCE:HR zero zero osiem osiem jeden pięć]] ale ciągle band trzy i bidding nic nie
dawał bo zawsze ktoś miał wyższy band mąż dzwonił i pani powiedziała że mamy za mały
overcrowding śmiechu warte w końcu zrobiliśmy complaint że nikt nie przeliczył naszej
sytuacji od urodzenia dzieci chcieli dokumenty akty urodzenia i numery national insurance
mój to [[NI_NUMBER:q q czterdzieści cztery zero osiem dziewiętnaście a]] męża też podałam no
i przyszedł pan [[PERSON:Kwame]] z housing options zobaczył jak śpimy i od razu przenieśli
nas do band jeden a po czterech miesiącach dostaliśmy propozycję mutual exchange nie czekaj
to nie był exchange tylko transfer do domu z trzema sypialniami w bitterne i dziewczyny mają
swój pokój nauczka no wiesz jak rodzina się powiększa to od razu zgłaszaj change of
circumstances bo oni sami z siebie nic nie przeliczą i nie wstydź się mówić że wam ciasno
"""),
    ),
    (
        "fv2bo-pl-05",
        "pl",
        _s("""
no dobra tu [[PERSON:Tadeusz Lis]] ale wszyscy mówią [[PERSON:Tadek]] mieszkam w ealingu w
[[ADDRESS:Kestrel House]] na trzecim piętrze [[ADDRESS:numer trzydzieści dwa]] nie nie
[[ADDRESS:trzydzieści trzy]] trzydzieści dwa to sąsiad no i sprawa jest o service charge
płacimy co tydzień za sprzątanie klatki i za ogród a nikt nie sprząta od roku ja mam
[[AGE:sześćdziesiąt osiem lat]] i sam myłem schody bo wstyd był a w ogrodzie krzaki po pas
pisałem mejle do [[ORGANISATION:Brentmoor Housing Trust]] z mojego adresu [[EMAIL:tadek lis
małpa example kropka net]] zero odpowiedzi dzwoniłem na [[PHONE:020 7946 0581]] to mnie
przełączali i się rozłączało a raz jeden pan mi powiedział że my
[[OTHER_SPECIAL:Polacy]] to tylko narzekamy no to mnie zdenerwowało z sąsiadką
[[PERSON:Basią]] z dołu i z panią [[PERSON:Mercy]] z pierwszego piętra zebraliśmy podpisy
od dwunastu mieszkań i pojechaliśmy razem z proboszczem od [[ADDRESS:St Anne's]] bo on zna
angielski lepiej na spotkanie z managerką pani [[PERSON:Claire]] i ona przeprosiła za tego
pracownika on dostał szkolenie a nam oddali pieniądze za cały rok za sprzątanie po sto
dwadzieścia funtów na mieszkanie i teraz jest nowa firma [[ORGANISATION:Brightside
Cleaning]] i wisi grafik na tablicy przy windzie kto i kiedy sprząta nasz numer sprawy
[[REFERENCE:BHT stroke C stroke 3 3 0 9]] jakby ktoś chciał się powołać czego się nauczyłem
sam to nic nie zrobisz a jak razem cały blok i z podpisami to od razu słuchają i zawsze
pytaj o rozbicie service charge na co idą pieniądze
"""),
    ),
    (
        "fv2bo-ro-01",
        "ro",
        _s("""
deci ăăă bună să încep da numele meu e [[PERSON:mi hai ela popescu]] adică
[[PERSON:Mihaela]] că telefonul nu știe să scrie stau în harlow cu soțul meu
[[PERSON:Cătălin]] și cu băiețelul nostru [[PERSON:Ionuț]] care are [[AGE:trei ani]] la
[[ADDRESS:apartamentul nouă]] în [[ADDRESS:Pennymead Tower]] codul poștal [[POSTCODE:ce em
douăzeci unu ce ef]] și problema a fost mucegaiul adică mould cum îi zice aici în
dormitorul mic peste tot pe tavan pe geam pe pătuțul lui [[PERSON:Ionuț]] și el a făcut
[[HEALTH:bronșiolită]] de două ori iarna trecută am sunat la [[ORGANISATION:Stortside
Homes]] la repairs de nu știu câte ori la [[PHONE:zero unu șase trei doi nouă șase zero unu
unu patru]] și veneau cu un spray și gata na ca și cum asta rezolvă ceva apoi o vecină
doamna [[PERSON:Pat]] de la etajul unu mi-a zis gen fă complaint în scris și cere inspecție
că acuma e legea lui [[PERSON:Awaab]] și trebuie să vină repede când e copil mic am scris
pe email de pe [[EMAIL:mihaela punct popescu arond example punct com]] și mi-au dat
referința [[REFERENCE:s h c trei unu opt doi]] și în zece zile a venit un surveyor și a zis
că ventilatorul din baie nu mergea deloc de ani de zile și că la geamuri se strângea
condensul în rame au pus geamuri noi ventilator cu senzor au tratat tavanul și ne-au dat
trei sute de lire pentru haine și pătuț nou acuma e uscat și [[PERSON:Ionuț]] doarme bine
ce am învățat adică scrie tot pune poze și spune de la început că e un copil mic cu
probleme de respirație nu după un an ca mine și dacă nu răspund la telefon scrie email că
acolo rămâne
"""),
    ),
    (
        "fv2bo-ro-02",
        "ro",
        _s("""
bun ăăă deci eu sunt [[PERSON:Florin Dumitrescu]] și vreau să povestesc ce s-a întâmplat
pe scara noastră în leicester stăm la [[ADDRESS:cincizeci și doi Carlton Street]] e un bloc
mic cu opt apartamente [[POSTCODE:l e unu unu x g]] landlordul e [[ORGANISATION:Soar Valley
Living]] și de anul trecut din septembrie niște băieți care nu stau aici veneau în fiecare
seară pe scară fumau iarbă vindeau chestii lăsau seringi sub cutiile poștale și ușa de la
intrare era stricată nu se închidea deloc soția mea [[PERSON:Roxana]] nu mai voia să iasă
seara și fata noastră [[PERSON:Bianca]] are [[AGE:doisprezece ani]] și o așteptam în fiecare
zi la stație să nu urce singură am sunat la poliție la o sută unu și ne-au dat un număr de
incident [[REFERENCE:patru sute cincizeci și doi]] și la landlord am deschis caz de asb
numărul [[REFERENCE:nouă zero unu șapte]] dar luni de zile nimic doar scrisori gen vă
mulțumim pentru sesizare atunci am vorbit cu vecinii domnul [[PERSON:Singh]] de la parter
și doamna [[PERSON:Dolores]] și am ținut toți un jurnal cu ore și poze și am trimis totul
împreună ca complaint oficial pe email și am sunat și la [[PHONE:0116 496 0 7 3 3]] atunci
ne-a sunat [[PERSON:Imran]] ofițerul de asb și a venit cu poliția de cartier au reparat ușa
în trei zile au pus cameră video și cititor de cartele și au făcut cu poliția un closure
order pe apartamentul unde se strângeau și acuma e liniște de patru luni [[PERSON:Bianca]]
merge singură la școală iar ce am învățat e că un singur om care se plânge nu contează
pentru ei dar jurnalul de la trei familii cu date și poze i-a mișcat pe loc și ușa stricată
raportați-o ca problemă de siguranță nu ca reparație normală
"""),
    ),
    (
        "fv2bo-ro-03",
        "ro",
        _s("""
alo da merge deci ăăă numele meu e [[PERSON:Gheorghe Lungu]] dar toată lumea îmi zice
[[PERSON:Ghiță]] am [[AGE:cincizeci și nouă de ani]] și stau cu soția în romford
[[ADDRESS:flat cinci]] în [[ADDRESS:Mawney Court]] [[POSTCODE:r m șapte zero b x]] la
[[ORGANISATION:Havering Mill Homes]] acum un an cineva a încercat să spargă ușa de la
intrare și a rămas crăpată lângă broască și geamul din dormitor nu se mai închidea de tot
intra frigul și soția mea are [[HEALTH:depresie]] și după spargere nu mai dormea deloc
noaptea am raportat reparația de trei ori și o doamnă de la birou m-a întrebat ce status am
și să-i dau share code că cică trebuie să verifice dacă avem dreptul adică noi avem
[[OTHER_SPECIAL:settled status]] de patru ani am plătit chiria mereu ce legătură are cu ușa
dar i-am dat codul [[OTHER_ID:dublu v șapte x patru k p nouă r t]] și tot nimic atunci
fiica noastră [[PERSON:Alexandra]] adică [[PERSON:Alex]] cum îi zicem noi a scris ea o
plângere pe email și a zis clar că nu e corect să ceri statutul de imigrare pentru o
reparație și că e o problemă de siguranță după o tentativă de spargere și s-a mișcat în
sfârșit a sunat un manager domnul [[PERSON:Okonkwo]] și și-a cerut scuze a zis că angajata
a încurcat procedura de la alocări cu cea de reparații au pus ușă nouă antiefracție și geam
nou în două săptămâni ne-au dat o sută cincizeci de lire și au făcut training la toată
echipa referința plângerii e [[REFERENCE:h m h c zero unu nouă patru]] ce am învățat adică
nu trebuie să dai acte de imigrare ca să ți se repare ceva întreabă de ce le cere și dacă
nu știi engleză bine roagă pe cineva din familie să scrie sau cere interpret
"""),
    ),
    (
        "fv2bo-ro-04",
        "ro",
        _s("""
bună seara ăăă sunt [[PERSON:ana maria ciobanu]] și vreau să vorbesc despre băiatul meu
[[PERSON:Darius]] născut pe [[DATE_OF_BIRTH:paisprezece februarie două mii optsprezece]]
are [[AGE:șapte ani]] și are [[HEALTH:paralizie cerebrală]] folosește scaun cu rotile și
noi stăteam la etajul doi fără lift la [[ADDRESS:optzeci și patru Stanley Road]] în
northampton [[POSTCODE:n n unu patru a j]] adică gen de doi ani îl căram în brațe pe scări
de fiecare dată și el crește are acuma douăzeci și opt de kile și eu am [[HEALTH:hernie de
disc]] terapeuta ocupațională doamna [[PERSON:Joy]] de la council a făcut evaluare și a zis
clar că locuința nu e potrivită și a trimis la [[ORGANISATION:Nene Shire Homes]] cerere de
transfer medical numărul [[REFERENCE:m t zero zero patru unu unu]] și după șase luni ne-au
oferit tot un apartament la etaj cu lift care se strica mereu am refuzat și ne-au zis că
dacă refuzăm pierdem prioritatea atunci am făcut complaint am scris de pe
[[EMAIL:anamaria c arond example punct org]] cu scrisoarea de la doctor și cu una de la
școala lui [[ADDRESS:Oakfield Academy]] unde profesoara a scris că vine obosit și cu
dureri la stage doi a venit un manager a recunoscut că oferta nu era potrivită și că
nimeni nu trebuia să ne amenințe cu prioritatea și în martie ne-au dat o casă la parter cu
rampă uși late și duș la nivel acuma [[PERSON:Darius]] iese singur în grădină cu scaunul ce
am învățat adică cere să scrie exact în dosar ce nevoi are copilul și ai dreptul să refuzi
o ofertă care nu e potrivită medical nu te lăsa speriată
"""),
    ),
    (
        "fv2bo-ro-05",
        "ro",
        _s("""
bună deci ăă sunt [[PERSON:Cristina Rusu]] stau în wembley cu soțul meu [[PERSON:Vasile]]
la [[ADDRESS:unsprezece Harrowdene Gardens]] [[POSTCODE:h a zero doi d l]] și suntem
chiriași la [[ORGANISATION:Metrohaven Housing]] de nouă ani anul trecut am schimbat banca și
am făcut direct debit nou cu sort code [[OTHER_ID:douăzeci cincisprezece patruzeci]] contul
care se termină în [[OTHER_ID:opt trei unu doi]] am sunat și le-am dat tot la telefon ei au
oprit debitul vechi dar pe cel nou nu l-au pornit niciodată și nu ne-a zis nimeni nimic
după trei luni vine o scrisoare că avem datorie o mie două sute șaizeci de lire și că o să
ne dea notice pentru evacuare [[PERSON:Vasile]] are [[HEALTH:probleme cu inima]] și când a
citit scrisoarea i s-a făcut rău a trebuit să-l duc la urgențe adică ne-am speriat foarte
tare părintele de la [[ADDRESS:biserica Sfânta Parascheva]] ne-a ajutat să scriem complaint
cu numărul contului de chirie [[REFERENCE:r a șase șase patru nouă zero]] și cu dovada că am
dat datele noi la telefon atunci ne-a sunat doamna [[PERSON:Sunita]] de la rents și a
ascultat înregistrarea convorbirii și a văzut că greșeala era la ei au retras scrisoarea cu
notice au șters taxele și ne-au lăsat să plătim restanța în douăsprezece rate fără nimic în
plus și ne-au dat două sute de lire compensație pentru stres acum primesc în fiecare lună
statement pe email ce am învățat cere mereu confirmare scrisă când schimbi plata și verifică
extrasul de chirie lunar nu aștepta scrisoarea și dacă vreți să mă întrebați ceva sunați
la [[PHONE:020 7946 0 9 1 2]] seara după șase
"""),
    ),
    (
        "fv2bo-ar-01",
        "ar",
        _s("""
السلام عليكم طيب يعني أنا اسمي [[PERSON:محمد الحلبي]] والناس هون بيعرفوني [[PERSON:أبو
سامر]] نحنا أجينا على بريطانيا [[OTHER_SPECIAL:لاجئين]] من [[OTHER_SPECIAL:سوريا]] سنة
ألفين وسبعطعش وساكنين بكوفنتري في [[ADDRESS:٢٧ Harnall Lane]] يعني قريب من [[ADDRESS:جامع
النور]] والبوست كود [[POSTCODE:سي في واحد خمسة إيه إف]] المهم البيت كان فيه رطوبة وعفن
أسود يعني المولد بغرفة الولاد ابني [[PERSON:سامر]] عمره [[AGE:عشر سنين]] وبنتي الصغيرة
[[PERSON:لين]] عمرها [[AGE:سنتين]] وصار معها [[HEALTH:ربو]] والدكتور قال الرطوبة بتأثر
عليها كتير اتصلت على الهاوسنج يعني على [[ORGANISATION:Wyvern Gate Homes]] أكتر من عشرين مرة
وكل مرة بدهم مترجم وما في مترجم وبيسكروا الخط بوجهي يا أخي بعدين جارنا [[PERSON:أبو عمر]]
قال لي روح على مكتب المساعدة بالجامع يوم السبت في وحدة متطوعة اسمها [[PERSON:سارة]] هي
كتبت لي الشكوى بالإنجليزي ورقم الشكوى [[REFERENCE:WG ٤٤١٠٧]] وبعد أسبوعين إجا surveyor
ومعه مترجمة عالتلفون ولقوا إنه في تسريب من السطح فوق غرفة الولاد من سنين صلحوا السطح
وحطوا مروحة شفط بالحمام وعالجوا الحيطان ودهنوها وأعطونا مية وخمسين باوند تعويض عالفرش
اللي خربت وهلق صار عندهم بالملف إنه لازم مترجم عربي بكل اتصال معنا الدرس يعني لا تستحي
تطلب مترجم هذا حقك مو منّة من حدا وخلي الشكوى مكتوبة مو بس بالتلفون ورقمي إذا حدا بدو
مساعدة [[PHONE:٠٧٧٠٠ ٩٠٠ ٥٢٦]]
"""),
    ),
    (
        "fv2bo-ar-02",
        "ar",
        _s("""
هلو شلونكم يعني أني [[PERSON:زينب الموسوي]] ساكنة بمانشستر في [[ADDRESS:شقة رقم ستة]] في
[[ADDRESS:Hulme Court]] ويا زوجي [[PERSON:حيدر]] وعدنا ولدين [[PERSON:علي]] عمره
[[AGE:ثمن سنين]] و [[PERSON:مرتضى]] عمره [[AGE:خمس سنين]] الشتا اللي فات الهيتنگ وگف
والمي الحار ماكو وبنفس الوقت صار تسريب من السقف بالمطبخ كل ما تمطر المي تنزل على الكهرباء
يعني خطر وزوجي عنده [[HEALTH:سكر]] و [[HEALTH:ضغط]] والبرد هواية أثر عليه اتصلنا على
[[ORGANISATION:Irwell Side Housing]] على الرقم [[PHONE:صفر واحد ستة واحد أربعة تسعة ستة
صفر ثلاثة سبعة اثنين]] گالوا نسجل ريبير ورقم الريبير [[REFERENCE:آي إس إتش خمسة خمسة صفر
ثمانية اثنين]] وإجا واحد گال البويلر يحتاج قطعة وراح وما رجع ثلاث أسابيع بعدين بنت خالتي
[[PERSON:رقية]] هي تعرف إنگليزي زين گالت لازم تسوين كمبلينت رسمي وتگولين إنو المي على
الكهرباء هذا إمرجنسي فكتبنا إيميل من إيميلي [[EMAIL:زينب دوت إم آت إكزامبل دوت أورغ]]
ودزينا صور وبنفس اليوم اتصل واحد اسمه [[PERSON:كيفن]] من الكمبلينتس وگال آسفين وثاني يوم
إجا إلكتريشن فحص الكهرباء وبعدها بأسبوع بدلوا البويلر كله وصلحوا السطح وأعطونا مئتين
وخمسين باوند تعويض عن الأكل اللي خرب والكهرباء الزايدة من الهيترات الشي اللي تعلمته لا
تسكتون إذا المي قريبة على الكهرباء گولوها من أول مكالمة إنها خطر وكلشي اكتبوه بالإيميل
لأن التلفون ما يبقى منه شي
"""),
    ),
    (
        "fv2bo-ar-03",
        "ar",
        _s("""
السلام عليكم أنا [[PERSON:عثمان إدريس]] وبالإنجليزي بكتبوه [[PERSON:Osman Idris]] ساكن في
كارديف في [[ADDRESS:شقة ١٤]] في [[ADDRESS:Millbrook Tower]] البوست كود [[POSTCODE:سي إف ١١
٦ جي إل]] مع مرتي وتلاتة أطفال يعني من سنة وشوية جا جار جديد اسمه [[PERSON:غاري]] بقى
يشتمنا في السلم ويقول كلام عنصري عشان نحنا [[OTHER_SPECIAL:سود]] و
[[OTHER_SPECIAL:مسلمين]] وكتب حاجات وسخة في باب الشقة وولدي [[PERSON:مصعب]] عمره
[[AGE:تسعة سنين]] بقى خايف يطلع براهو بلغت [[ORGANISATION:Taff Bridge Homes]] وقالوا دي
مشكلة جيران حاولوا تتفاهموا ساي ورقم الكيس [[REFERENCE:٢٠٢٥ ٠٣١٩]] لكن ما عملوا أي حاجة
لغاية ما في ليلة كسر قزاز العربية بتاعتي رقمها [[OTHER_ID:دبليو إن ٢١ إكس واي زد]] بعد داك
مشيت للبوليس وسجلوها هيت كرايم والإمام في [[ADDRESS:مسجد التوحيد]] ساعدني أكتب شكوى رسمية
للهاوسنج بالتفصيل والتواريخ وبعد أسبوع اتصلت علي [[PERSON:ريانون]] من تيم الأي إس بي من
الرقم [[PHONE:٠٢٩ ٢٠١٨ ٠٤٤٣]] واعتذرت إنهم عاملوها كمشكلة جيران عادية ركبوا كاميرا في
السلم وقدموا للمحكمة إنجنكشن وبعد أربعة شهور هو طلع من البلوك خالص وأدونا تعويض وغيروا
باب الشقة الحاجة اللي اتعلمتها لو في عنصرية قولها واضح إنها هيت كرايم ما مشكلة جيران
وسجل كل حاجة بالتاريخ والساعة وما تسكت عشان الأولاد
"""),
    ),
    (
        "fv2bo-ar-04",
        "ar",
        _s("""
السلام عليكم معكم [[PERSON:فيصل]] وأنا بتكلم عن أبوي الحاج [[PERSON:عبده قاسم]] تاريخ
ميلاده [[DATE_OF_BIRTH:١/١/١٩٥٢]] زي أغلب [[OTHER_SPECIAL:اليمنيين]] الكبار يعني عمره [[AGE:٧٣ سنة]] جاء
شيفيلد من زمان واشتغل في مصانع الحديد وساكن في [[ADDRESS:٦٠ Staniforth Road]] والبوست كود
[[POSTCODE:إس ناين ثري إف تي]] قبل سنة جاته [[HEALTH:جلطة]] وصار ما يقدر يطلع الدرج وغرفة
النوم والحمام كلها فوق فصار ينام في الصالة على الكنبة ويتوضى في المطبخ والله شي يقهر
الأوكيوبيشنال ثيرابست من المستشفى اسمها [[PERSON:روث]] كتبت إنه محتاج ستير لفت وحمام تحت
وأرسلتها ل [[ORGANISATION:Don Valley Homes]] وطلبوا رقم الإن إتش إس حقه [[OTHER_ID:٩٤٣ ٤٧٦
٥٩١٩]] وأعطونا رقم طلب [[REFERENCE:DV ٧٧٠٢٨]] وبعدها ثمانية أشهر ولا شي كل مرة يقولوا
الميزانية الميزانية اتصلت على [[PHONE:٠١١٤ ٤٩٦ ٠٩٠٢]] يمكن ثلاثين مرة وبعدين قدمت
كومبلينت رسمي وقلت لهم إذا ما ردوا بروح للأومبدسمان في الستيج الثاني جا مدير اسمه
[[PERSON:دارين]] وشاف أبوي بعينه نايم على الكنبة واعتذر وخلال ثلاثة أسابيع ركبوا الستير
لفت ومسكات في الحمام ودش بدل البانيو وعطونا تعويض الجماعة في [[ADDRESS:جامع الرحمة]] كانوا
يجيبوا له الأكل طول الفترة هذي الله يجزاهم خير اللي تعلمته يعني لا تنتظر إنهم يتذكروك
اسأل كل أسبوعين وين وصل الطلب واكتب كل مكالمة مع مين تكلمت
"""),
    ),
    (
        "fv2bo-ar-05",
        "ar",
        _s("""
أهلا أنا [[PERSON:منى عبد الرحمن]] يعني [[PERSON:Mona]] زي ما هي مكتوبة في الورق ساكنة في
جلاسكو مع جوزي [[PERSON:شريف]] وبنتي [[PERSON:نور]] في [[ADDRESS:١٢٠ Allison Street]] الدور
التالت [[POSTCODE:g42 8nd]] والسكن تبع [[ORGANISATION:Clydeholm Housing Association]]
بصراحة المشكلة كانت في الإيجار في أبريل الإيجار زاد عادي بس الأسوسييشن بعتت رقم غلط
لليونيفرسال كريدت فالهاوسنج إليمنت نزل وإحنا ما نعرفش وبعد كام شهر جالنا جواب إن علينا
أرييرز سبعمية وتمانين باوند وإنهم ممكن ياخدوا إجراء اتصلت على [[PHONE:٠١٤١ ٤٩٦ ٠٦٣٠]]
وكل مرة حد مختلف وكل واحد يسألني رقم الإنشورانس بتاعي [[NI_NUMBER:كيو كيو ٦٥ ٤٣ ٢١ بي]]
ورقم التيننسي [[REFERENCE:CH ١٩٠٤٤٦]] وبعدين يقول هرجعلك وما حدش رجعلي خالص كنت بعيط
بجد عشان [[PERSON:نور]] عندها [[AGE:سنة ونص]] وخايفة نتطرد كتبت كومبلينت على الموقع
وردّت عليّا واحدة اسمها [[PERSON:فيونا]] وهي اللي فهمت الموضوع في يومين بعتت الرقم الصح
للكريدت ولغت الأرييرز اللي مش علينا وبعتت جواب اعتذار وخمسين باوند وقالت إنهم دلوقتي
بيراجعوا كل الأرقام اللي بتتبعت بعد الزيادة السنوية الدرس يعني أول ما الإيجار يزيد اسأل
الأسوسييشن بعتوا إيه للكريدت بالظبط وخد صورة من كل جواب وما تستناش لحد ما الدين يكبر
"""),
    ),
    (
        "fv2bo-ur-01",
        "ur",
        _s("""
السلام علیکم جی میرا نام [[PERSON:نسرین اختر]] ہے انگلش میں [[PERSON:Nasreen Akhtar]]
لکھتے ہیں ہم بریڈفورڈ میں رہتے ہیں [[ADDRESS:۴۸ Lumb Lane]] پہ اور پوسٹ کوڈ ہے
[[POSTCODE:بی ڈی ایٹ سیون ٹی ایس]] میرے شوہر [[PERSON:طارق]] ٹیکسی چلاتے ہیں اور ہمارے
تین بچے ہیں یعنی مسئلہ یہ تھا کہ پچھلے دو سال سے بچوں کے کمرے میں ڈیمپ اور کالی پھپھوندی
مطلب مولڈ ہر جگہ تھی دیوار پہ کھڑکی کے پاس الماری کے پیچھے کپڑے بھی خراب ہو گئے میری
بیٹی [[PERSON:عائشہ]] جو [[AGE:سات سال]] کی ہے اس کو [[HEALTH:دمہ]] ہے اور رات کو انہیلر
کے بغیر سو نہیں سکتی تھی ہم نے [[ORGANISATION:Manningham Vale Housing]] کو بار بار فون
کیا [[PHONE:۰۱۱۳ ۴۹۶ ۰۶۶۴]] پہ وہ بولتے تھے کنڈینسیشن ہے کھڑکی کھولا کرو کپڑے اندر نہ
سکھاؤ بس یعنی ہمیں ہی ذمہ دار بنا دیا پھر [[ADDRESS:Oakleaf surgery]] کی ڈاکٹر نے لیٹر
لکھا کہ بچی کی سانس کی تکلیف گھر کی وجہ سے بڑھ رہی ہے اور میری بہن [[PERSON:روبینہ]] نے
انگلش میں کمپلینٹ لکھ کے ای میل کی کمپلینٹ نمبر ملا [[REFERENCE:MVH ۳۳۰۲۱]] تو پھر ایک
سروئیر آیا مسٹر [[PERSON:ہیوز]] اس نے دیکھا کہ چھت کے نیچے انسولیشن ہی نہیں تھی اور باہر
کی دیوار میں دراڑ تھی انہوں نے انسولیشن ڈالی دیوار ٹھیک کی نیا ایکسٹریکٹر فین لگایا اور
کمرے کی ٹریٹمنٹ کر کے پینٹ کیا اور تین سو پاؤنڈ دیے کپڑوں اور بستر کے لیے اب
[[PERSON:عائشہ]] کو انہیلر بہت کم لگتا ہے سبق یہ ہے کہ جب وہ بولیں کہ آپ کی غلطی ہے تو
مان نہ لیں ڈاکٹر کا لیٹر لیں تصویریں لیں اور لکھ کے کمپلینٹ کریں
"""),
    ),
    (
        "fv2bo-ur-02",
        "ur",
        _s("""
جی السلام علیکم میں [[PERSON:عاصمہ]] بول رہی ہوں یہ میرے ابو چوہدری [[PERSON:محمد اسلم]]
کے بارے میں ہے ان کی ڈیٹ آف برتھ [[DATE_OF_BIRTH:پندرہ اگست انیس سو چوالیس]] ہے مطلب
[[AGE:اکیاسی سال]] کے ہیں اور اکیلے رہتے ہیں برمنگھم میں [[ADDRESS:فلیٹ بیالیس]]
[[ADDRESS:Clifton Tower]] میں چوتھی منزل پہ ان کو [[HEALTH:گردوں کی بیماری]] ہے ہفتے میں
تین دن ڈائلیسز کے لیے جانا ہوتا ہے تو ہوا یہ کہ بلڈنگ کی لفٹ چھ ہفتے خراب رہی چھ ہفتے
جی اور ابو سیڑھیاں نہیں اتر سکتے دو دفعہ تو فائر بریگیڈ والوں نے اٹھا کے نیچے اتارا اور
جمعہ کو [[ADDRESS:مسجد غوثیہ]] بھی نہیں جا سکے جو ان کے لیے بہت بڑی بات ہے میں نے
[[ORGANISATION:Saltley Gate Homes]] کو روز فون کیا وہ بولتے تھے پارٹ آرڈر ہو گیا ہے
انجینئر آئے گا پھر کمپلینٹ کی ای میل بھیجی اپنے ای میل سے [[EMAIL:asma aslam ایٹ دی ریٹ
example ڈاٹ com]] اور صاف لکھا کہ ایک بیمار بزرگ آدمی گھر میں قید ہے ریفرنس نمبر ملا
[[REFERENCE:۲۲۸۱۰۵]] اس کے بعد ایک مینیجر [[PERSON:ڈیبرا]] نے فون کیا اور اسی ہفتے انہوں
نے ابو کے لیے ڈائلیسز پہ جانے کا ٹرانسپورٹ بک کیا اور پاس ہی گراؤنڈ فلور کا عارضی فلیٹ
دیا پھر لفٹ کی پوری موٹر نئی لگی اور اب ان کے پاس لسٹ ہے کہ کس فلیٹ میں کمزور لوگ رہتے
ہیں تاکہ لفٹ بند ہو تو پہلے انہیں فون کریں سبق یہ ہے کہ پہلے دن ہی بتائیں کہ گھر میں
کوئی بیمار یا بزرگ ہے اور اسے لکھوائیں اگر کسی کو مدد چاہیے تو میرا نمبر ہے
[[PHONE:زیرو سیون سیون زیرو زیرو نائن ہنڈرڈ ٹو فور ون]]
"""),
    ),
    (
        "fv2bo-ur-03",
        "ur",
        _s("""
ہیلو جی میں [[PERSON:عمران قریشی]] لوٹن سے بات کر رہا ہوں ہم [[ADDRESS:فلیٹ نمبر ۹]] میں
رہتے ہیں جو [[ADDRESS:Beechwood House]] میں ہے پوسٹ کوڈ [[POSTCODE:ایل یو ون ون ایچ ڈی]]
میں اور میری امی یعنی مسئلہ پیچھے والی کار پارک کا تھا رات کو ایک دو بجے لڑکے گاڑیاں لے
کے آتے تھے انجن ریس کرتے تھے اونچا میوزک اور شور اور ایک سفید گاڑی تو روز آتی تھی اس کا
نمبر تھا [[OTHER_ID:ایل ایکس ۶۸ وی بی این]] امی کو پہلے سے [[HEALTH:ڈپریشن]] ہے اور
نیند نہ آنے کی وجہ سے ان کی طبیعت اور خراب ہو گئی میں نے [[ORGANISATION:Lea Valley
Living]] کو رپورٹ کیا [[PHONE:01632 960 377]] پہ انہوں نے کہا یہ پولیس کا کام ہے پولیس نے
کہا یہ پرائیویٹ لینڈ ہے ہاؤسنگ کا کام ہے یعنی فٹ بال بنا دیا ہمیں پھر ایک پڑوسی انکل
[[PERSON:شفیق]] نے مشورہ دیا کہ ڈائری رکھو ٹائم لکھو ویڈیو بناؤ تو میں نے تین ہفتے ہر
رات کی ویڈیو بنائی اور ای میل سے باقاعدہ کمپلینٹ کی کیس نمبر ملا [[REFERENCE:LVL
4418]] پھر ان کی اے ایس بی افسر [[PERSON:ڈان]] آئیں انہوں نے ویڈیو دیکھیں اور پولیس کے
ساتھ میٹنگ رکھی اب کار پارک پہ گیٹ لگ گیا ہے جو صرف رہائشیوں کے فوب سے کھلتا ہے لائٹیں
لگ گئیں کیمرہ لگ گیا اور اس سفید گاڑی والے کو پولیس نے وارننگ دی اب رات کو سکون ہے امی
بھی سو جاتی ہیں سبق یہ ہے کہ جب دونوں ایک دوسرے پہ ڈالیں تو دونوں کو ایک ہی ای میل میں
ڈالو اور ثبوت کے ساتھ بات کرو صرف فون کرنے سے کچھ نہیں ہوتا
"""),
    ),
    (
        "fv2bo-ur-04",
        "ur",
        _s("""
السلام علیکم میں [[PERSON:صائمہ کوثر]] ہوں سب مجھے [[PERSON:Saima]] بولتے ہیں ہم روچڈیل
میں [[ADDRESS:۷ Milkstone Road]] پہ رہتے ہیں دو کمروں کا گھر ہے اور ہم چھ لوگ ہیں میں
میرے شوہر [[PERSON:ندیم]] اور چار بچے [[PERSON:حمزہ]] [[AGE:بارہ سال]] کا ہے
[[PERSON:مریم]] [[AGE:دس سال]] کی اور جڑواں [[PERSON:ایان]] اور [[PERSON:عیسیٰ]] جو
[[AGE:چار سال]] کے ہیں مطلب [[PERSON:حمزہ]] اور [[PERSON:مریم]] ایک کمرے میں اور چھوٹے ہمارے ساتھ [[PERSON:حمزہ]] کو
پڑھائی کی جگہ ہی نہیں ملتی تھی [[ADDRESS:Greenbank Primary]] کی ٹیچر نے بھی کہا کہ [[PERSON:مریم]]
تھکی تھکی رہتی ہے ہم [[ORGANISATION:Roch Valley Homes]] کی ہاؤسنگ رجسٹر پہ تین سال سے
تھے نمبر [[REFERENCE:RVH ۲۲۸۹۱۰]] لیکن جب بھی بڈ کرو کوئی آگے نکل جاتا پھر پتہ چلا کہ
انہوں نے ہماری فیملی میں جڑواں بچے ایڈ ہی نہیں کیے تھے سسٹم میں ہم ابھی بھی چار لوگ
تھے یعنی سوچیں میں نے ای میل کی [[EMAIL:saima dot k ایٹ دی ریٹ example ڈاٹ net]] سے اور
انہوں نے بولا نیشنل انشورنس نمبر بھیجو تو بھیجا [[NI_NUMBER:کیو کیو ۷۷ ۱۲ ۳۴ ڈی]] اور
بچوں کے برتھ سرٹیفکیٹ بھی پھر ایک آفیسر [[PERSON:گیرتھ]] نے معافی مانگی کہ ریکارڈ
اپڈیٹ نہیں ہوا اور ہمیں اوور کراؤڈنگ والا بینڈ دیا اور پرانی تاریخ سے دیا اس سے ہم لسٹ
میں اوپر آ گئے اور چار مہینے بعد اسی علاقے میں چار کمروں کا گھر مل گیا بچوں کا سکول بھی
نہیں بدلا سبق یہ ہے کہ جو بھی بدلے بچہ پیدا ہو کوئی آئے تو لکھ کے بتاؤ اور پھر چیک کرو کہ
سسٹم میں ٹھیک لکھا ہے یا نہیں
"""),
    ),
    (
        "fv2bo-ur-05",
        "ur",
        _s("""
ہاں جی ریکارڈنگ شروع ہو گئی میں [[PERSON:بلال شیخ]] ہوں نیوہیم سے [[ADDRESS:فلیٹ ایک سو
دس]] نہیں سوری [[ADDRESS:فلیٹ ایک سو گیارہ]] [[ADDRESS:Denholm Tower]] [[POSTCODE:ای ۶ ۲
ڈبلیو ایچ]] ہمارا مسئلہ سروس چارج کا تھا ایک سال میں چودہ پاؤنڈ ہفتے سے اکتیس پاؤنڈ ہفتے
ہو گیا اور کوئی وجہ نہیں بتائی [[ORGANISATION:Eastway Crown Housing]] نے بس لیٹر آ گیا
میں نے [[PHONE:۰۲۰ ۷۹۴۶ ۰۲۳۰]] پہ فون کیا تو بولے ریٹ بڑھ گئے ہیں میں نے کہا تفصیل دو تو
بولے ای میل کرو ای میل کی تو جواب نہیں آیا پھر ہم نے ٹاور کے لوگوں نے مل کے ایک گروپ
بنایا انسٹاگرام پہ پیج ہے [[OTHER_ID:ایٹ ڈین ہولم ٹیننٹس]] وہاں سب نے اپنے لیٹر ڈالے تو
پتہ چلا کہ سب سے کنسیرج کا پیسہ لیا جا رہا ہے حالانکہ کنسیرج تو پچھلے سال ختم ہو گیا تھا
نیچے ڈیسک پہ کوئی بیٹھتا ہی نہیں پھر ہم نے مل کے کمپلینٹ کی ریفرنس [[REFERENCE:ECH
5519]] اور ان کی ایک آفیسر [[PERSON:پریا]] ملنے آئیں ہال میں میٹنگ ہوئی انہوں نے پوری
بریک ڈاؤن دی اور مانا کہ کنسیرج اور ایک کلیننگ کانٹریکٹ غلطی سے چارج ہو رہے تھے ہر فلیٹ
کو تین سو چالیس پاؤنڈ واپس ملے اور چارج اب انیس پاؤنڈ ہے اور ہر سال مارچ میں ٹاور میں
میٹنگ ہوگی جہاں وہ بتائیں گے کہ پیسہ کہاں جاتا ہے سبق یہ ہے کہ اکیلے اکیلے کوئی نہیں
سنتا مل کے بات کرو اور ہر چارج کی تفصیل لکھ کے مانگو
"""),
    ),
    (
        "fv2bo-bn-01",
        "bn",
        _s("""
আসসালামু আলাইকুম আমি [[PERSON:রুবিনা খাতুন]] মানে ইংলিশে [[PERSON:Rubina Khatun]] লেখে
আমরা স্টেপনিতে থাকি [[ADDRESS:ক্রেসি হাউসের]] [[ADDRESS:ফ্ল্যাট ২২]] এ পোস্টকোড
[[POSTCODE:ই ওয়ান থ্রি এ এক্স]] আমি আমার হাসবেন্ড আর দুই ছেলে তো আসলে সমস্যা ছিল
বাথরুম আর বাচ্চাদের রুমে ড্যাম্প আর কালো মোল্ড মানে ছাদের কোণায় কোণায় সব কালো হয়ে
গেছিল আমার ছোট ছেলে [[PERSON:রিহানের]] বয়স [[AGE:৬ বছর]] ওর [[HEALTH:হাঁপানি]] আছে রাতে
খুব কাশি হতো আমি [[ORGANISATION:Stepney Green Housing]] কে ফোন করলাম [[PHONE:০২০ ৭৯৪৬
০৭৮৯]] নম্বরে ওরা বলল জানালা খুলে রাখেন হিটিং চালান কিন্তু শীতের মধ্যে জানালা খুলে
রাখলে বাচ্চা তো আরো অসুস্থ হবে মানে কোনো কাজ হলো না তারপর আমার ননদ [[PERSON:শাহনাজ]]
বলল লিখিত কমপ্লেইন কর আর ডাক্তারের চিঠি নে তো [[ADDRESS:রেডকোট সার্জারি]] র ডাক্তার
চিঠি দিলেন যে বাচ্চার হাঁপানি ঘরের জন্য বাড়ছে কমপ্লেইন নম্বর পেলাম [[REFERENCE:এস জি
এইচ চার শূন্য সাত সাত দুই]] তারপর মিস্টার [[PERSON:ওকোরো]] নামে একজন সার্ভেয়ার আসলেন
উনি দেখলেন বাথরুমের ফ্যানের পাইপটা পাখির বাসা দিয়ে পুরা বন্ধ বছরের পর বছর কেউ দেখে নাই
ওরা পাইপ পরিষ্কার করল নতুন ফ্যান লাগাল মোল্ড ট্রিটমেন্ট করে রং করল আর দুইশো পঞ্চাশ
পাউন্ড দিল বাচ্চার বিছানা আর কাপড়ের জন্য এখন [[PERSON:রিহান]] অনেক ভালো আছে ইনহেলার কম
লাগে আমি যেটা শিখলাম ওরা যখন বলে আপনার দোষ আপনি কাপড় ঘরে শুকান তখন চুপ করে থাকবেন না
সার্ভেয়ার চান লিখে চান আর ডাক্তারের চিঠি দেন
"""),
    ),
    (
        "fv2bo-bn-02",
        "bn",
        _s("""
হ্যালো আমার নাম [[PERSON:আব্দুল মালিক]] সবাই [[PERSON:মালিক]] ভাই বলে ডাকে আমি
ওল্ডহ্যামে থাকি [[ADDRESS:৫৭ Ward Street]] পোস্টকোড [[POSTCODE:ol9 7hp]] তো ব্যাপারটা
হলো গত ডিসেম্বরে বয়লার নষ্ট হয়ে গেল গরম পানি নাই হিটিং নাই আমার ওয়াইফ
[[PERSON:জাহানারার]] [[HEALTH:ডায়াবেটিস]] আছে পায়ে ঠান্ডা লাগলে খুব ব্যথা হয় আমি
[[ORGANISATION:Pennine Brook Homes]] কে ফোন দিলাম [[PHONE:০১৬১ ৪৯৬ ০৮৮৩]] ওরা রিপেয়ার
নম্বর দিল [[REFERENCE:৭৭৩০১২]] পরের দিন ইঞ্জিনিয়ার [[PERSON:লি]] আসলো বলল পার্টস অর্ডার
দিতে হবে এক সপ্তাহ লাগবে তারপর এক সপ্তাহ গেল দুই সপ্তাহ গেল তিন সপ্তাহ গেল আমরা
চুলায় পানি গরম করে বালতিতে গোসল করি মানে এই দেশে এসে এরকম কষ্ট ভাবি নাই তখন আমার
ছেলে [[PERSON:সাকিব]] ওর বয়স [[AGE:উনিশ]] ইউনিভার্সিটিতে পড়ে ও ইমেইলে কমপ্লেইন লিখল
ওর ইমেইল থেকে [[EMAIL:সাকিব মালিক নাইনটি নাইন অ্যাট এক্সাম্পল ডট কম]] আর লিখল যে
বাসায় একজন অসুস্থ মানুষ আছে এটা ইমার্জেন্সি হিসাবে দেখতে হবে দুই দিনের মধ্যে একজন
ম্যানেজার ফোন দিলেন মাফ চাইলেন পুরা নতুন বয়লার লাগিয়ে দিল পার্টসের জন্য আর বসে না
থেকে আর বিদ্যুৎ বিলের জন্য একশো আশি পাউন্ড দিল এখন ওরা বলছে বয়লার নষ্ট হলে প্রথম দিনই
হিটার দিবে আর বাসায় কেউ অসুস্থ থাকলে আগে আসবে আমার শিক্ষা হলো প্রথম ফোনেই বলবেন বাসায়
কে অসুস্থ আর কত দিন ধরে পানি নাই সেটা লিখে রাখবেন
"""),
    ),
    (
        "fv2bo-bn-03",
        "bn",
        _s("""
আমি [[PERSON:শিরিন আক্তার]] বেডফোর্ড থেকে বলছি আমরা থাকি [[ADDRESS:১৪ Selbourne Road]]
এ [[ADDRESS:শাহজালাল মসজিদের]] একদম পাশে তো আমাদের পাশের বাসায় নতুন একজন আসলো
[[PERSON:ড্যানি]] নামে প্রথম প্রথম ঠিক ছিল তারপর প্রতি রাতে পার্টি জোরে গান দুইটা বড়
কুকুর সারাদিন ঘেউ ঘেউ আর বাগানে লোকজন আসে যায় মানে বুঝতেই পারছেন কী চলে আমার মেয়ে
[[PERSON:নাফিসা]] [[AGE:১১ বছরের]] ও একদিন স্কুল থেকে আসার সময় কুকুর ওর দিকে দৌড়ে আসে
ও এখনো ভয় পায় আমরা [[ORGANISATION:Chiltern Edge Housing]] কে জানালাম ওরা এএসবি কেস খুলল
কেস নম্বর [[REFERENCE:৬৬১৯]] কিন্তু তিন মাস খালি বলে আমরা মনিটর করছি তারপর আমি আর
হাসবেন্ড মিলে একটা ডায়েরি রাখলাম তারিখ সময় কী হলো আর ফোনে ভিডিও আর সব ইমেইলে পাঠালাম
আমার ইমেইল [[EMAIL:শিরিন ডট এ অ্যাট example ডট org]] তারপর ওদের অফিসার [[PERSON:বেথ]]
আসলেন ভিডিও দেখে উনি বললেন এইবার যথেষ্ট প্রমাণ আছে [[PERSON:ড্যানির]] সাথে একটা
এক্সেপ্টেবল বিহেভিয়ার কন্ট্রাক্ট করল কুকুরগুলা সরাতে বলল আর পুলিশও আসলো এখন দুই মাস
ধরে শান্ত আছে আলহামদুলিল্লাহ মেয়ে আবার একা একা দোকানে যায় আমি যেটা বুঝলাম শুধু ফোন করে
বললে হয় না প্রমাণ লাগে তারিখ দিয়ে লিখে রাখেন আর ভিডিও করেন ভয় পাবেন না
"""),
    ),
    (
        "fv2bo-bn-04",
        "bn",
        _s("""
আমি [[PERSON:নাজমা বেগম]] বার্মিংহামের স্মল হিথে থাকি [[ADDRESS:৯২ Coventry Road]]
পোস্টকোড [[POSTCODE:বি টেন জিরো আর এস]] আমার স্বামী [[PERSON:আনোয়ার হোসেন]] জন্ম
[[DATE_OF_BIRTH:১৫ই আগস্ট ১৯৬৮]] এখন [[AGE:৫৭ বছর]] গত বছর ওনার [[HEALTH:স্ট্রোক]] হয়
ডান পাশ পুরা অবশ এখন হুইলচেয়ারে থাকেন আমাদের বাসার সামনে দুইটা সিঁড়ি আর দরজা চিকন
হুইলচেয়ার ঢোকে না বাথরুমে বাথটাব মানে ওনাকে গোসল করানো আমার একার পক্ষে অসম্ভব
হাসপাতাল থেকে [[PERSON:হোপ]] নামে একজন ওটি আপা আসলেন উনি সব মাপলেন আর
[[ORGANISATION:Cole Valley Homes]] কে র‍্যাম্প চওড়া দরজা আর ওয়েট রুমের জন্য পাঠালেন
ওনার এনএইচএস নম্বরও দিলেন [[OTHER_ID:৪০১ ০২৩ ২১৩৭]] রেফারেন্স ছিল [[REFERENCE:সি ভি এইচ
এ ডি তিন এক পাঁচ]] তারপর [[ORGANISATION:Midland Access Ltd]] থেকে লোক এসে মাপ নিয়ে
গেল আর কোনো খবর নাই পাঁচ মাস আমার মেয়ে [[PERSON:তানিয়া]] লিখিত কমপ্লেইন করল আর
কাউন্সিলরকেও জানাল তারপর একজন ম্যানেজার বাসায় এসে দেখলেন আর বললেন কন্ট্রাক্টরের কাছে
কাগজ হারিয়ে গেছিল কেউ ফলো আপ করে নাই মাফ চাইলেন ছয় সপ্তাহে র‍্যাম্প দরজা আর ওয়েট রুম
সব হয়ে গেল এখন উনি নিজে নিজে হুইলচেয়ারে বাগানে যান আমার কথা হলো প্রতি দুই সপ্তাহে
ফোন করে জিজ্ঞেস করবেন কাজ কোথায় আছে কার কাছে আছে কেউ কিছু মনে রাখে না কারো দরকার হলে
আমার নম্বর [[PHONE:০৭৭০০ ৯০০ ৮০৫]]
"""),
    ),
    (
        "fv2bo-bn-05",
        "bn",
        _s("""
আসসালামু আলাইকুম আমি [[PERSON:তাহমিনা]] সবাই [[PERSON:মিনা]] ডাকে ব্রিস্টলের ইস্টনে
থাকি [[ADDRESS:Lawford House]] এ [[ADDRESS:ফ্ল্যাট ৫এ]] পোস্টকোড [[POSTCODE:বি এস ফাইভ
জিরো এন ডি]] এক বেডরুমের ফ্ল্যাট আমি আমার হাসবেন্ড [[PERSON:জুবায়ের]] আর দুই বাচ্চা
[[PERSON:আরিয়ান]] [[AGE:৮ বছর]] আর ছোট [[PERSON:ইনায়া]] [[AGE:৫ মাস]] মানে চারজন এক
রুমে আমরা হাউজিং রেজিস্টারে ছিলাম নম্বর [[REFERENCE:HR ৫০৩৩৮]] কিন্তু
[[ORGANISATION:Avon Gate Homes]] বলল আমার হাসবেন্ডকে গোনা যাবে না কারণ উনি
[[OTHER_SPECIAL:স্পাউস ভিসাতে]] এসেছেন তো আসলে উনার তখন [[OTHER_SPECIAL:ILR]] হয়ে
গেছিল কাগজও দিয়েছিলাম কিন্তু কেউ দেখে নাই তাই ওদের হিসাবে আমরা তিনজন আর এক বেডরুম
নাকি ঠিক আছে [[PERSON:আরিয়ান]] [[ADDRESS:রোজমেরি প্রাইমারি]] তে পড়ে ওর টিচার বলেছিলেন ও
ক্লাসে ঘুমায় কারণ রাতে বাবু কাঁদে সিটিজেন্স অ্যাডভাইসে একজন আপা আমাকে বললেন এটা ভুল
ওনার লিভ টু রিমেইন আছে উনাকে গুনতে হবে তারপর আমি ইমেইল করলাম [[EMAIL:মিনা টোয়েন্টি
থ্রি অ্যাট এক্সাম্পল ডট নেট]] থেকে কাগজ সহ অফিসার [[PERSON:মার্কাস]] ফোন দিলেন মাফ চাইলেন
বললেন স্টাফরা ভুল নিয়ম দেখেছে আমাদের ব্যান্ড বদলে দিলেন আগের তারিখ থেকে আর তিন মাস পরে
তিন বেডরুমের বাসা পেলাম আমার শিক্ষা যদি ওরা বলে কাউকে গোনা যাবে না তাহলে লিখিত নিয়মটা
চান কোন নিয়মে বলছে আর কাগজ দেওয়ার সময় রিসিট নেন
"""),
    ),
    (
        "fv2bo-pa-01",
        "pa",
        _s("""
ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ ਮੇਰਾ ਨਾਮ [[PERSON:ਹਰਪ੍ਰੀਤ ਕੌਰ]] ਆ ਅਸੀਂ ਸਾਊਥਾਲ ਵਿੱਚ ਰਹਿੰਦੇ ਆਂ
[[ADDRESS:੩੪ Featherstone Road]] ਤੇ ਪੋਸਟਕੋਡ [[POSTCODE:ਯੂ ਬੀ ਟੂ ਫਾਈਵ ਏ ਐਕਸ]] ਮਤਲਬ
[[ADDRESS:ਗੁਰਦੁਆਰਾ ਨਾਨਕਸਰ]] ਤੋਂ ਦੋ ਮਿੰਟ ਦਾ ਰਾਹ ਆ ਘਰ ਵਿੱਚ ਮੈਂ ਮੇਰੇ ਘਰਵਾਲੇ
[[PERSON:ਸੁਖਵਿੰਦਰ]] ਜਿਹਨਾਂ ਨੂੰ ਸਾਰੇ [[PERSON:ਸੁੱਖੀ]] ਕਹਿੰਦੇ ਨੇ ਤੇ ਸਾਡਾ ਮੁੰਡਾ
[[PERSON:ਗੁਰਨੂਰ]] ਜੋ [[AGE:ਪੰਜ ਸਾਲਾਂ]] ਦਾ ਆ ਉਹਨੂੰ [[HEALTH:ਦਮਾ]] ਆ ਹਾਂ ਜੀ ਤੇ ਗੱਲ ਇਹ ਸੀ
ਕਿ ਉੱਪਰ ਲੌਫਟ ਵਿੱਚ ਪਾਣੀ ਵਾਲੀ ਟੈਂਕੀ ਹੌਲੀ ਹੌਲੀ ਲੀਕ ਕਰਦੀ ਰਹੀ ਤੇ ਬੈੱਡਰੂਮ ਦੀ ਛੱਤ ਤੇ
ਡੈਂਪ ਤੇ ਕਾਲੀ ਉੱਲੀ ਮਤਲਬ ਮੋਲਡ ਹੋ ਗਈ ਅਸੀਂ [[ORGANISATION:Dormers Wells Housing]] ਨੂੰ
[[PHONE:੦੨੦ ੭੯੪੬ ੦੩੫੫]] ਤੇ ਪੰਜ ਛੇ ਵਾਰੀ ਫੋਨ ਕੀਤਾ ਉਹ ਕਹਿੰਦੇ ਕੰਡੈਂਸੇਸ਼ਨ ਆ ਖਿੜਕੀ ਖੋਲ੍ਹੋ
ਕੋਈ ਉੱਪਰ ਚੜ੍ਹ ਕੇ ਦੇਖਣ ਨੂੰ ਤਿਆਰ ਨਹੀਂ ਸੀ ਫਿਰ ਮੇਰੀ ਨਣਾਨ [[PERSON:ਰਾਜਵੀਰ]] ਨੇ ਕਿਹਾ
ਫੋਟੋਆਂ ਖਿੱਚ ਕੇ ਲਿਖ ਕੇ ਕੰਪਲੇਂਟ ਪਾ ਤਾਂ ਮੈਂ ਪਾ ਦਿੱਤੀ ਨੰਬਰ ਮਿਲਿਆ [[REFERENCE:ਡੀ ਡਬਲਯੂ
ਐੱਚ ੬੬੨੦੧]] ਤੇ ਦਸ ਦਿਨਾਂ ਵਿੱਚ ਇੱਕ ਸਰਵੇਅਰ ਆਇਆ [[PERSON:ਟੋਨੀ]] ਨਾਂ ਸੀ ਉਹਨੇ ਲੌਫਟ ਖੋਲ੍ਹਿਆ
ਤੇ ਦੇਖਿਆ ਟੈਂਕੀ ਦਾ ਥੱਲਾ ਗਲ ਚੁੱਕਾ ਸੀ ਤੇ ਇੰਸੂਲੇਸ਼ਨ ਸਾਰੀ ਗਿੱਲੀ ਉਹਨਾਂ ਨੇ ਨਵੀਂ ਟੈਂਕੀ
ਲਾਈ ਇੰਸੂਲੇਸ਼ਨ ਬਦਲੀ ਛੱਤ ਦਾ ਟਰੀਟਮੈਂਟ ਕਰ ਕੇ ਪੇਂਟ ਕੀਤਾ ਤੇ ਦੋ ਸੌ ਪੌਂਡ ਦਿੱਤੇ ਹੁਣ
[[PERSON:ਗੁਰਨੂਰ]] ਨੂੰ ਰਾਤ ਨੂੰ ਖੰਘ ਬਹੁਤ ਘੱਟ ਆਉਂਦੀ ਆ ਸਿੱਖਿਆ ਇਹ ਆ ਕਿ ਜਦੋਂ ਉਹ ਕਹਿਣ
ਕੰਡੈਂਸੇਸ਼ਨ ਆ ਤਾਂ ਪੁੱਛੋ ਕਿ ਕਿਸੇ ਨੇ ਲੌਫਟ ਤੇ ਛੱਤ ਦੇਖੀ ਆ ਕਿ ਨਹੀਂ ਤੇ ਹਰ ਗੱਲ ਲਿਖ ਕੇ ਕਰੋ
"""),
    ),
    (
        "fv2bo-pa-02",
        "pa",
        _s("""
ਹੈਲੋ ਜੀ ਮੈਂ [[PERSON:ਅਰਜਨ]] ਆਂ ਅੰਗਰੇਜ਼ੀ ਚ [[PERSON:Arjun]] ਲਿਖਦੇ ਆ ਇਹ ਮੇਰੇ ਦਾਦਾ ਜੀ
ਸਰਦਾਰ [[PERSON:ਕਰਨੈਲ ਸਿੰਘ ਸੰਧੂ]] ਬਾਰੇ ਆ ਉਹ [[OTHER_SPECIAL:ਅੰਮ੍ਰਿਤਧਾਰੀ ਸਿੱਖ]] ਨੇ ਜਨਮ
[[DATE_OF_BIRTH:੨੨ ਜਨਵਰੀ ੧੯੪੩]] ਮਤਲਬ [[AGE:੮੨ ਸਾਲ]] ਦੇ ਨੇ ਵੁਲਵਰਹੈਂਪਟਨ ਚ ਇਕੱਲੇ ਰਹਿੰਦੇ
ਨੇ [[ADDRESS:੧੧ Dunstall Avenue]] ਤੇ ਤੇ ਉਹਨਾਂ ਨੂੰ [[HEALTH:ਡਿਮੈਂਸ਼ੀਆ]] ਆ ਸ਼ੁਰੂ ਵਾਲਾ
ਸਟੇਜ ਗੱਲ ਇਹ ਹੋਈ ਕਿ ਰਸੋਈ ਦੀ ਟੂਟੀ ਥੱਲਿਓਂ ਲੀਕ ਕਰਦੀ ਸੀ ਤੇ ਪਾਣੀ ਫਰਸ਼ ਥੱਲੇ ਜਾਂਦਾ ਰਿਹਾ
ਰਿਪੇਅਰ ਰਿਪੋਰਟ ਹੋਈ [[REFERENCE:੮੮੧੦੪]] ਪਰ ਕੰਟਰੈਕਟਰ ਵਾਲੇ ਦਾਦਾ ਜੀ ਨੂੰ ਸਿੱਧਾ ਫੋਨ ਕਰਦੇ
ਸੀ ਅੰਗਰੇਜ਼ੀ ਚ ਤੇ ਦਾਦਾ ਜੀ ਨੂੰ ਸਮਝ ਨਹੀਂ ਆਉਂਦੀ ਸੀ ਉਹ ਨੋ ਨੋ ਕਹਿ ਦਿੰਦੇ ਸੀ ਤੇ ਉਹ ਨੋ
ਐਕਸੈੱਸ ਲਿਖ ਕੇ ਜੌਬ ਬੰਦ ਕਰ ਦਿੰਦੇ ਸੀ ਤਿੰਨ ਵਾਰੀ ਇਹੀ ਹੋਇਆ ਤੇ ਰਸੋਈ ਦਾ ਫਰਸ਼ ਪੋਲਾ ਹੋ
ਗਿਆ ਦਾਦਾ ਜੀ ਇੱਕ ਵਾਰੀ ਤਿਲਕ ਵੀ ਗਏ ਮੈਂ ਬਰਮਿੰਘਮ ਪੜ੍ਹਦਾ ਆਂ ਮੈਨੂੰ ਪਤਾ ਈ ਨਹੀਂ ਲੱਗਾ ਜਦੋਂ
ਆਇਆ ਤਾਂ ਦੇਖਿਆ ਮੈਂ [[ORGANISATION:Black Country Living]] ਨੂੰ [[PHONE:੦੧੨੧ ੪੯੬ ੦੭੧੮]] ਤੇ
ਫੋਨ ਕੀਤਾ ਤੇ ਕੰਪਲੇਂਟ ਕੀਤੀ ਕਿ ਇੱਕ ਬਜ਼ੁਰਗ ਜਿਹਨੂੰ ਯਾਦਦਾਸ਼ਤ ਦੀ ਤਕਲੀਫ ਆ ਉਹਦੇ ਨਾਲ ਇਹ
ਨਹੀਂ ਹੋਣਾ ਚਾਹੀਦਾ ਫਿਰ ਇੱਕ ਮੈਨੇਜਰ [[PERSON:ਪਾਲ]] ਨੇ ਗੱਲ ਕੀਤੀ ਮੰਨਿਆ ਕਿ ਫਾਈਲ ਤੇ ਕੁਝ
ਨਹੀਂ ਸੀ ਲਿਖਿਆ ਹੁਣ ਫਾਈਲ ਤੇ ਮੇਰਾ ਨਾਂ ਤੇ ਨੰਬਰ ਆ ਹਰ ਅਪੌਇੰਟਮੈਂਟ ਪਹਿਲਾਂ ਮੈਨੂੰ ਦੱਸਦੇ ਨੇ
ਪੰਜਾਬੀ ਬੋਲਣ ਵਾਲਾ ਸਟਾਫ ਵੀ ਨਾਲ ਆਇਆ ਟੂਟੀ ਤੇ ਪੂਰਾ ਫਰਸ਼ ਨਵਾਂ ਹੋ ਗਿਆ ਤੇ ਚਾਬੀ ਵਾਲਾ ਕੀ
ਸੇਫ ਵੀ ਲਾ ਦਿੱਤਾ ਸਿੱਖਿਆ ਇਹ ਆ ਕਿ ਜੇ ਘਰ ਚ ਕੋਈ ਬਜ਼ੁਰਗ ਜਾਂ ਬਿਮਾਰ ਇਕੱਲਾ ਰਹਿੰਦਾ ਤਾਂ
ਲੈਂਡਲੌਰਡ ਨੂੰ ਲਿਖਵਾਓ ਕਿ ਕਿਹਨੂੰ ਫੋਨ ਕਰਨਾ ਆ ਨਹੀਂ ਤਾਂ ਨੋ ਐਕਸੈੱਸ ਲਿਖ ਕੇ ਭੁੱਲ ਜਾਂਦੇ ਨੇ
"""),
    ),
    (
        "fv2bo-pa-03",
        "pa",
        _s("""
ਹਾਂ ਜੀ ਮੈਂ [[PERSON:ਜਸਵਿੰਦਰ ਸਿੰਘ]] ਬੋਲ ਰਿਹਾਂ ਸਾਰੇ [[PERSON:ਜੱਸੀ]] ਕਹਿੰਦੇ ਨੇ ਡਰਬੀ ਤੋਂ
[[ADDRESS:੬੨ Normanton Road]] ਤੇ ਰਹਿੰਦੇ ਆਂ ਮੈਂ ਮੇਰੀ ਘਰਵਾਲੀ [[PERSON:ਕੁਲਦੀਪ]] ਤੇ ਧੀ
[[PERSON:ਖੁਸ਼ੀ]] ਜੋ [[AGE:ਅੱਠ ਸਾਲ]] ਦੀ ਆ ਮਤਲਬ ਸਮੱਸਿਆ ਨਾਲ ਵਾਲੇ ਗੁਆਂਢੀ ਦੀ ਸੀ ਉਹ ਰੋਜ਼
ਆਪਣੀ ਗੱਡੀ ਸਾਡੇ ਡਰਾਈਵ ਅੱਗੇ ਲਾ ਦਿੰਦਾ ਸੀ ਰਾਤ ਨੂੰ ਬਾਰਾਂ ਇੱਕ ਵਜੇ ਇੰਜਣ ਰੇਸ ਕਰਦਾ ਤੇ
ਜਦੋਂ ਮੈਂ ਕਿਹਾ ਭਰਾ ਗੱਡੀ ਹਟਾ ਲੈ ਤਾਂ ਗਾਲ੍ਹਾਂ ਕੱਢੀਆਂ ਤੇ ਧਮਕੀ ਦਿੱਤੀ ਗੱਡੀ ਦਾ ਨੰਬਰ
[[OTHER_ID:FN19 KTO]] ਆ ਮੇਰੀ ਘਰਵਾਲੀ ਹਸਪਤਾਲ ਚ ਰਾਤ ਦੀ ਸ਼ਿਫਟ ਕਰਦੀ ਆ ਕਈ ਵਾਰੀ ਉਹ ਕੰਮ ਤੇ
ਲੇਟ ਹੋਈ ਗੱਡੀ ਨਹੀਂ ਕੱਢ ਸਕੀ ਅਸੀਂ [[ORGANISATION:Derwent Rise Homes]] ਨੂੰ ਰਿਪੋਰਟ ਕੀਤਾ
[[PHONE:੦੧੬੩੨ ੯੬੦ ੨੮੪]] ਤੇ ਉਹਨਾਂ ਨੇ ਏ ਐੱਸ ਬੀ ਕੇਸ ਖੋਲ੍ਹਿਆ ਨੰਬਰ [[REFERENCE:੭੨੧੯੦]] ਪਰ
ਦੋ ਮਹੀਨੇ ਬਸ ਚਿੱਠੀਆਂ ਫਿਰ ਮੈਂ ਹਰ ਰੋਜ਼ ਫੋਟੋ ਖਿੱਚੀ ਟਾਈਮ ਨਾਲ ਤੇ ਧਮਕੀ ਵਾਲੀ ਵੀਡੀਓ ਵੀ
ਸੀ ਉਹ ਸਾਰੀ ਈਮੇਲ ਕਰ ਦਿੱਤੀ ਫਿਰ ਉਹਨਾਂ ਦੀ ਅਫਸਰ [[PERSON:ਸ਼ੈਰਨ]] ਆਈ ਉਹਨੇ ਗੁਆਂਢੀ ਨੂੰ
ਵਾਰਨਿੰਗ ਦਿੱਤੀ ਤੇ ਇੱਕ ਐਗਰੀਮੈਂਟ ਤੇ ਸਾਈਨ ਕਰਵਾਏ ਡਰਾਈਵ ਅੱਗੇ ਪੀਲੀਆਂ ਲਾਈਨਾਂ ਤੇ ਨੋ
ਪਾਰਕਿੰਗ ਦਾ ਬੋਰਡ ਲਾਇਆ ਤੇ ਕੈਮਰਾ ਵੀ ਹੁਣ ਚਾਰ ਮਹੀਨੇ ਹੋ ਗਏ ਕੋਈ ਤੰਗ ਨਹੀਂ ਕਰਦਾ ਸੱਚੀ ਬੜੀ
ਖੁਸ਼ੀ ਆ ਤੇ ਸੁੱਖ ਦੀ ਨੀਂਦ ਆਉਂਦੀ ਆ ਸਿੱਖਿਆ ਇਹ ਆ ਕਿ ਗੁੱਸੇ ਚ ਆ ਕੇ ਆਪ ਲੜਾਈ ਨਾ ਕਰੋ ਸਬੂਤ
ਇਕੱਠੇ ਕਰੋ ਤਰੀਕ ਤੇ ਟਾਈਮ ਲਿਖੋ ਤੇ ਲੈਂਡਲੌਰਡ ਨੂੰ ਕੰਮ ਕਰਨ ਦਿਓ
"""),
    ),
    (
        "fv2bo-pa-04",
        "pa",
        _s("""
ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਮੈਂ [[PERSON:ਮਨਜੀਤ ਕੌਰ ਢਿੱਲੋਂ]] ਆਂ ਹੇਜ਼ ਚ ਰਹਿੰਦੀ ਆਂ [[ADDRESS:Minet
Court]] ਦੇ [[ADDRESS:ਫਲੈਟ ਨੰਬਰ ੧੮]] ਵਿੱਚ ਪੋਸਟਕੋਡ [[POSTCODE:ub3 4qr]] ਸਭ ਤੋਂ ਉੱਪਰਲੀ
ਮੰਜ਼ਿਲ ਆ ਪਿਛਲੇ ਸਾਲ ਛੱਤ ਲੀਕ ਕਰਨ ਲੱਗ ਪਈ ਤੇ ਪਾਣੀ ਸਿੱਧਾ ਮੇਰੀ ਧੀ [[PERSON:ਨਵਨੀਤ]] ਦੇ
ਕਮਰੇ ਦੀ ਲਾਈਟ ਵਿੱਚੋਂ ਟਪਕਦਾ ਸੀ ਮਤਲਬ ਬਿਜਲੀ ਤੇ ਪਾਣੀ ਇਕੱਠੇ ਸੋਚੋ ਕਿੰਨਾ ਖਤਰਾ
[[PERSON:ਨਵੀ]] ਉਦੋਂ [[AGE:ਸੋਲਾਂ ਸਾਲਾਂ]] ਦੀ ਸੀ ਤੇ ਜੀ ਸੀ ਐੱਸ ਈ ਦੇ ਪੇਪਰ ਸੀ ਉਹ ਲਿਵਿੰਗ ਰੂਮ
ਚ ਸੌਂਦੀ ਰਹੀ [[ORGANISATION:Yeading Brook Homes]] ਨੇ [[ORGANISATION:Apex Roofing]] ਭੇਜੀ
ਉਹ ਛੱਤ ਤੇ ਤਰਪਾਲ ਪਾ ਕੇ ਚਲੇ ਗਏ ਤੇ ਫਿਰ ਦੋ ਮਹੀਨੇ ਨਹੀਂ ਨਹੀਂ ਢਾਈ ਮਹੀਨੇ ਕੋਈ ਨਹੀਂ ਆਇਆ
ਤਰਪਾਲ ਹਵਾ ਨਾਲ ਉੱਡ ਗਈ ਮੈਂ ਫੋਨ ਕਰ ਕਰ ਥੱਕ ਗਈ ਫਿਰ ਈਮੇਲ ਕੀਤੀ [[EMAIL:manjit dhillon ਐਟ
ਦ ਰੇਟ example ਡਾਟ com]] ਤੋਂ ਤੇ ਲਿਖਿਆ ਕਿ ਪਾਣੀ ਲਾਈਟ ਵਿੱਚੋਂ ਆ ਰਿਹਾ ਇਹ ਸੇਫਟੀ ਦਾ ਮਸਲਾ
ਆ ਕੰਪਲੇਂਟ ਨੰਬਰ ਮਿਲਿਆ [[REFERENCE:YBH ੪੦੯੯੧]] ਅਗਲੇ ਦਿਨ ਇਲੈਕਟ੍ਰੀਸ਼ਨ ਆਇਆ ਤੇ ਕਮਰੇ ਦੀ
ਬਿਜਲੀ ਬੰਦ ਕਰ ਕੇ ਚੈੱਕ ਕੀਤੀ ਫਿਰ ਤਿੰਨ ਹਫਤਿਆਂ ਚ ਛੱਤ ਦਾ ਉਹ ਪੂਰਾ ਹਿੱਸਾ ਨਵਾਂ ਪਾਇਆ
ਡੀਹਿਊਮਿਡੀਫਾਇਰ ਦਿੱਤਾ ਕਮਰਾ ਪੇਂਟ ਕੀਤਾ ਤੇ ਤਿੰਨ ਸੌ ਪੰਜਾਹ ਪੌਂਡ ਦਿੱਤੇ ਉਹਨਾਂ ਨੇ ਮੰਨਿਆ
ਕਿ ਤਰਪਾਲ ਤੋਂ ਬਾਅਦ ਕਿਸੇ ਨੇ ਜੌਬ ਫਾਲੋ ਨਹੀਂ ਕੀਤੀ ਸਿੱਖਿਆ ਇਹ ਆ ਕਿ ਜੇ ਪਾਣੀ ਤੇ ਬਿਜਲੀ ਦਾ
ਮਾਮਲਾ ਹੋਵੇ ਤਾਂ ਪਹਿਲੀ ਵਾਰੀ ਈ ਸੇਫਟੀ ਸ਼ਬਦ ਵਰਤੋ ਤੇ ਟੈਂਪਰੇਰੀ ਕੰਮ ਤੋਂ ਬਾਅਦ ਪੁੱਛੋ ਕਿ ਪੱਕਾ
ਕੰਮ ਕਦੋਂ ਹੋਊ ਕਿਸੇ ਨੂੰ ਮਦਦ ਚਾਹੀਦੀ ਤਾਂ [[PHONE:੦੭੭੦੦ ੯੦੦ ੬੬੧]] ਤੇ ਮੈਸੇਜ ਕਰ ਦਿਓ
"""),
    ),
    (
        "fv2bo-pa-05",
        "pa",
        _s("""
ਹਾਂ ਜੀ ਮੇਰਾ ਨਾਮ [[PERSON:ਸਿਮਰਨਜੀਤ]] ਆ ਪਰ ਸਾਰੇ [[PERSON:Simran]] ਕਹਿੰਦੇ ਨੇ ਅਸੀਂ
ਗ੍ਰੇਵਜ਼ੈਂਡ ਚ [[ADDRESS:੯ Pelham Road]] ਤੇ ਰਹਿੰਦੇ ਆਂ ਪੋਸਟਕੋਡ [[POSTCODE:ਡੀ ਏ ਇਲੈਵਨ
ਜ਼ੀਰੋ ਪੀ ਡਬਲਯੂ]] ਦੋ ਕਮਰਿਆਂ ਦਾ ਘਰ ਆ ਤੇ ਅਸੀਂ ਛੇ ਜੀਅ ਆਂ ਮੈਂ ਮੇਰੇ ਘਰਵਾਲੇ
[[PERSON:ਗੁਰਪ੍ਰੀਤ]] ਜਿਹਨਾਂ ਨੂੰ ਸਾਰੇ [[PERSON:ਗੋਪੀ]] ਕਹਿੰਦੇ ਨੇ ਸੱਸ ਜੀ ਜਿਹਨਾਂ ਨੂੰ
[[HEALTH:ਹਾਈ ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ]] ਆ ਤੇ ਤਿੰਨ ਬੱਚੇ [[PERSON:ਜੋਤ]] [[AGE:ਤੇਰਾਂ ਸਾਲ]] ਦੀ ਆ
[[PERSON:ਰਾਜ]] [[AGE:ਦਸ ਸਾਲ]] ਦਾ ਤੇ ਛੋਟੀ [[PERSON:ਨਿਮਰਤ]] ਜੋ [[AGE:ਤਿੰਨ ਸਾਲ]] ਦੀ ਆ ਮਤਲਬ
ਸੱਸ ਜੀ ਲਿਵਿੰਗ ਰੂਮ ਚ ਸੌਂਦੇ ਨੇ ਤੇ [[PERSON:ਜੋਤ]] ਨੂੰ ਪੜ੍ਹਨ ਦੀ ਥਾਂ ਨਹੀਂ [[ADDRESS:ਸੇਂਟ
ਜੌਰਜ ਸਕੂਲ]] ਵਾਲਿਆਂ ਨੇ ਵੀ ਚਿੱਠੀ ਲਿਖੀ ਕਿ ਬੱਚੀ ਥੱਕੀ ਰਹਿੰਦੀ ਆ ਅਸੀਂ
[[ORGANISATION:Thameside Vale Homes]] ਦੀ ਟ੍ਰਾਂਸਫਰ ਲਿਸਟ ਤੇ ਸੀ ਨੰਬਰ [[REFERENCE:GBC
੫੧੭੭੦]] ਪਰ ਪਤਾ ਲੱਗਾ ਕਿ ਸਾਡੀ ਅਰਜ਼ੀ ਇੱਕ ਸਾਲ ਤੋਂ ਪੈਂਡਿੰਗ ਪਈ ਸੀ ਕਿਉਂਕਿ ਕੋਈ ਕਾਗਜ਼
ਮਿਸਿੰਗ ਸੀ ਤੇ ਕਿਸੇ ਨੇ ਸਾਨੂੰ ਦੱਸਿਆ ਈ ਨਹੀਂ ਫਿਰ ਮੈਂ ਫੋਨ ਤੇ ਪੁੱਛਿਆ ਤਾਂ ਕਹਿੰਦੇ ਨੈਸ਼ਨਲ
ਇੰਸ਼ੋਰੈਂਸ ਨੰਬਰ ਦਾ ਸਬੂਤ ਨਹੀਂ ਆਇਆ ਮੈਂ ਉਦੋਂ ਈ ਦੱਸ ਦਿੱਤਾ [[NI_NUMBER:ਕਿਊ ਕਿਊ ੩੩ ੪੪ ੫੫
ਏ]] ਤੇ ਕਿਹਾ ਇਹ ਤਾਂ ਪਹਿਲਾਂ ਵੀ ਭੇਜਿਆ ਸੀ [[ADDRESS:ਗੁਰੂ ਨਾਨਕ ਦਰਬਾਰ]] ਵਿੱਚ ਐਡਵਾਈਸ
ਵਾਲੀ ਭੈਣ ਜੀ ਨੇ ਕੰਪਲੇਂਟ ਲਿਖਣ ਚ ਮਦਦ ਕੀਤੀ ਫਿਰ ਹਾਊਸਿੰਗ ਅਫਸਰ [[PERSON:ਟ੍ਰੇਸੀ]] ਨੇ ਫੋਨ
ਕੀਤਾ ਮੁਆਫੀ ਮੰਗੀ ਤੇ ਸਾਡੀ ਅਰਜ਼ੀ ਪੁਰਾਣੀ ਤਰੀਕ ਤੋਂ ਚਾਲੂ ਕਰ ਦਿੱਤੀ ਪੰਜ ਮਹੀਨਿਆਂ ਬਾਅਦ
ਚਾਰ ਕਮਰਿਆਂ ਵਾਲਾ ਘਰ ਮਿਲ ਗਿਆ ਵਾਹਿਗੁਰੂ ਦੀ ਕਿਰਪਾ ਸਿੱਖਿਆ ਇਹ ਆ ਕਿ ਹਰ ਛੇ ਮਹੀਨੇ ਫੋਨ ਕਰ ਕੇ
ਪੁੱਛੋ ਕਿ ਅਰਜ਼ੀ ਪੂਰੀ ਆ ਕਿ ਕੁਝ ਘੱਟ ਆ ਉਹ ਆਪ ਨਹੀਂ ਦੱਸਦੇ
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
