"""A second batch of fresh stories under version 2 of the marking, by another writer.

35 stories (5 each in English, Polish, Romanian, Arabic, Urdu, Bengali and Punjabi in
Gurmukhi) in forms unlike the first batch: voicemail transcripts, newsletters, survey
replies, dictated letters, bullet-point timelines, file notes, code-switching. The
writer never saw the detector, its tests, the development sets or the first batch.
Measured once at first sight (before any change made for them): 45.7% of stories
leak-free, recall 93.4%, precision 90.5% (docs/pii.md). They were then used as a
development set, so they no longer measure what the detector does on stories it has
never seen; later batches do.

Same format as ``fresh_v2_stories``: ``[[KIND:text]]`` inline, ``as_jsonl_lines`` for
``score.py``. All people, places, organisations and numbers are invented.
"""

from __future__ import annotations

from tests.moderation.heldout_stories import stories_as_jsonl, story_records

STORIES = []

# ---------------------------------------------------------------- English
STORIES += [
    (
        "fv2b-en-01",
        "en",
        "[Voicemail left on the repairs line, 09:14 Tuesday. Transcribed by the contact centre.]\n"
        "Hiya, it's [[PERSON:Rosemary Okafor]], I've rung a number of times now so I'll keep it short. It's the flat roof "
        "over the kitchen at [[ADDRESS:31 Cobden Row]], the little terrace behind the [[ADDRESS:Wheatsheaf]], "
        "[[POSTCODE:ng72lq]] if that helps. Every time it rains it comes through the light fitting. Your man [[PERSON:Mark]] "
        "came out on the fourteenth and said he will mark it urgent, but I've heard nothing in six weeks, and the roofers, "
        "[[ORGANISATION:Hallam & Price Roofing]], say [[ORGANISATION:Trentside Homes]] never sent the order. My grandson "
        "[[PERSON:Tobi]] stays with me Tuesdays, he's [[AGE:3]], and he's got [[HEALTH:sickle cell]], so I can't have him in a "
        "cold damp house. The doctor at the [[ADDRESS:Bramcote Lane Surgery]] wrote a letter about it, and they had him in "
        "the Queen's Medical Centre twice last winter. The job number is [[REFERENCE:RJ 448 1907]] and my tenancy ref is "
        "[[REFERENCE:T/0031/CR]]. Ring me back on [[PHONE:oh seven seven double oh, nine double oh, four one six]], that's "
        "[[PHONE:07700 900416]], or my daughter [[PERSON:Ngozi]] does my emails, it's "
        "[[EMAIL:ngozi dot okafor at example dot com]]. I've been in Bulwell forty years and never had to chase like this. "
        "I'm in till two. Thank you, love, God bless.",
    ),
    (
        "fv2b-en-02",
        "en",
        "[[ADDRESS:ELMFIELD ESTATE]] TENANTS' & RESIDENTS' ASSOCIATION - SPRING BULLETIN\n\n"
        "Damp survey: what you told us\n"
        "Thank you to the 64 households who filled in our damp survey, and special thanks to [[PERSON:Hope Baptiste]] from "
        "[[ADDRESS:Foxglove House]] and young [[PERSON:Kacper]] ([[AGE:14]]) from [[ADDRESS:flat 9c]], who knocked on every "
        "door on the fourth floor. Nearly half of you reported mould, and rents rose by 7.7% in April. Will "
        "[[ORGANISATION:Northway Living]] act? We hope so. Their contractor, [[ORGANISATION:DryWall Pro Ltd]], has been booked "
        "for 40 homes.\n\n"
        "One story stayed with us. Mrs [[PERSON:Lakshmi Raman]] at [[ADDRESS:number 112]] has had black mould in her son's "
        "room since October; [[PERSON:Arjun]] has [[HEALTH:cerebral palsy]] and was in Lewisham Hospital for a week in "
        "February. Her complaint ([[REFERENCE:NL-COMP-20931]]) is now with the Ombudsman as case [[REFERENCE:202417736]].\n\n"
        "Meetings are in the community room, first Thursday of the month, 7pm. Bring a neighbour. Follow us on Instagram "
        "at [[OTHER_ID:@elmfield_tra]] or on Facebook at [[OTHER_ID:facebook.com/elmfieldtra]].\n\n"
        "Chair: [[PERSON:Dennis Achterberg]], [[PHONE:020 7946 0583]], [[EMAIL:chair@elmfield-tra.example.org]]",
    ),
    (
        "fv2b-en-03",
        "en",
        "FILE NOTE - home visit (Tenancy Sustainment)\n"
        "Officer: [[PERSON:J. Whitlock]]\n"
        "Tenant: Mr [[PERSON:Darius Mensah-Clarke]], DOB [[DATE_OF_BIRTH:04/11/1961]], NI [[NI_NUMBER:QQ 48 22 71 B]]\n"
        "Tenancy ref: [[REFERENCE:TEN/44918]]\n"
        "Address: [[ADDRESS:Basement flat, 40 Greville Terrace]], [[POSTCODE:BS5 9JN]]\n\n"
        "Visited 10.30am. Tenant lives alone; granddaughter [[PERSON:Aaliyah]] ([[AGE:17]]) stays weekends. Tenant has "
        "[[HEALTH:COPD]] and [[HEALTH:type 2 diabetes]], discharged from Bristol Royal Infirmary 3 weeks ago. Consent given to "
        "share with GP at [[ADDRESS:Lawrence Hill Health Centre]], NHS no. [[OTHER_ID:485 777 3456]]. Equality form: "
        "[[OTHER_SPECIAL:Black Caribbean]], [[OTHER_SPECIAL:Seventh-day Adventist]].\n\n"
        "Arrears £1,240. Agreed a grace period of 4 weeks, then £15 per week. Damp in rear bedroom, worst under the flat roof "
        "extension. Upstairs tenant at [[ADDRESS:no. 40A]] ([[PERSON:Keeley]]) reports water coming through her floor too.\n\n"
        "ASB: blue Corsa [[OTHER_ID:WU17 KXP]] parked across the hardstanding most nights; owner believed to live at "
        "[[ADDRESS:no. 42]]. Logged under ASB case [[REFERENCE:ASB-2291]].\n\n"
        "Actions: will chase repairs (job [[REFERENCE:774120]]); refer to Money Advice; revisit in 2 weeks. Tenant prefers "
        "calls after 1pm on [[PHONE:0117 496 0358]].",
    ),
    (
        "fv2b-en-04",
        "en",
        "Timeline - leak from upstairs, [[ADDRESS:Flat 6, Saxon Court]], [[POSTCODE:PO4 8SQ]]\n"
        "- 3 Jan, 11pm: water through the bathroom ceiling from the flat above ([[ADDRESS:flat 10]]). Rang the out-of-hours "
        "line, [[PHONE:0808 157 0342]].\n"
        "- 5 Jan: plumber from [[ORGANISATION:Keystone Maintenance]] came, said it will need a new stack. Nothing booked.\n"
        "- 19 Jan: complaint logged, ref [[REFERENCE:C-2024-00871]].\n"
        "- 2 Feb: no reply. Emailed [[EMAIL:complaints@harbourview-ha.example.org]].\n"
        "- 14 Feb: stage 1 reply from [[PERSON:Siobhan O'Rourke]] at [[ORGANISATION:Harbourview Housing Association]]; "
        "apologised, no date.\n"
        "- Early March: my [[AGE:11-year-old]], [[PERSON:Ellis]], got his third chest infection. The GP at "
        "[[ADDRESS:Marsh Lane Medical Practice]] put it in writing that the damp isn't helping his [[HEALTH:asthma]]. He "
        "missed 9 days at [[ADDRESS:St Bede's RC Primary]].\n"
        "- 22 Mar: stage 2. Offered £250. Paid into my account, sort code [[OTHER_ID:30-94-57]], the account ending "
        "[[OTHER_ID:0412]], on 4 April.\n"
        "- April: the ceiling is still stained and the fan still doesn't work. Queen Alexandra Hospital told us to keep the "
        "bathroom door shut.\n"
        "Contact me, [[PERSON:Danielle Hewitt]], on [[PHONE:+44 (0)7700 900 873]]. Please don't call before 9.",
    ),
    (
        "fv2b-en-05",
        "en",
        "Residents' survey 2024 - reply\n"
        "Q1. Which site and pitch? [[ADDRESS:Pitch 11, Holly Bank Caravan Site]], Crawley.\n"
        "Q2. Who lives with you? Me ([[PERSON:Bridget Joyce]]), my husband [[PERSON:Patsy]], our girls [[PERSON:Kathleen]] "
        "([[AGE:9]]) and [[PERSON:Little Bridie]] ([[AGE:20 months]]). We are [[OTHER_SPECIAL:Irish Travellers]].\n"
        "Q3. Licence number? [[REFERENCE:HB/11/2019]]\n"
        "Q4. How satisfied are you with repairs? Very dissatisfied. The amenity block drain backed up for 7 weeks in the "
        "summer. [[PERSON:Kathleen]] walks to [[ADDRESS:Oakfield Infant School]] past it every day.\n"
        "Q5. Did the site manager treat you fairly? No. The man at [[ADDRESS:pitch 4]] got his fence done in a day.\n"
        "Q6. Would you recommend [[ORGANISATION:Wealdshire District Council]] as a landlord? Will I? No.\n"
        "Q7. Anything else? My cousin [[PERSON:Mary]] put videos of the drain on [[OTHER_ID:facebook.com/mary.joyce.hollybank]] "
        "and on TikTok as [[OTHER_ID:@bridiesmammy]], and that's the only reason anyone came. [[PERSON:Bridie]] has "
        "[[HEALTH:Down's syndrome]] and gets every bug going. Crawley Hospital said keep her away from standing water.\n"
        "Q8. Contact: [[PHONE:07700 900 129]], after 6pm.",
    ),
]

# ---------------------------------------------------------------- Polish
STORIES += [
    (
        "fv2b-pl-01",
        "pl",
        # Polish written without diacritics, as typed on an English phone keyboard
        "Temat: wilgoc i grzyb - prosze o odpowiedz\n\n"
        "Dzien dobry, pisze juz trzeci raz. Nazywam sie [[PERSON:Marta Nowakowska]] i mieszkam pod adresem "
        "[[ADDRESS:Flat 4, 17 Hawthorn Road]], [[POSTCODE:PE1 3RW]], Peterborough. Od listopada w sypialni dzieci jest grzyb "
        "na calej scianie. Corka [[PERSON:Zuzia]] ma [[AGE:6 lat]] i ma [[HEALTH:astme]], a syn [[PERSON:Wojtek]] chodzi do "
        "[[ADDRESS:Fulbridge Academy]] i ciagle kaszle, nauczycielka pytala co sie dzieje. W grudniu rozmawialam przez telefon "
        "z panem [[PERSON:Tomkiem]] z dzialu napraw, obiecal ze ekipa z firmy [[ORGANISATION:FenServe Repairs]] przyjdzie w "
        "ciagu 14 dni. Nikt nie przyszedl. Kupilam sama farbe antygrzybiczna za £35, ale to nic nie dalo, bo okno jest "
        "nieszczelne a dach nad kuchnia jest plaski i woda stoi. Numer zgloszenia: [[REFERENCE:RP/2024/1187]]. Prosze "
        "zadzwonic na [[PHONE:07700900562]] albo napisac na [[EMAIL:m.nowakowska@example.com]]. Jesli nie bedzie odpowiedzi "
        "do piatku, pisze do Ombudsmana, tak mi poradzila kolezanka [[PERSON:Gosia]] z pracy. Nie chce wiecej obietnic, "
        "chce termin.\n"
        "Z powazaniem, [[PERSON:M. Nowakowska]]",
    ),
    (
        "fv2b-pl-02",
        "pl",
        "Szanowni Państwo,\n"
        "piszę w imieniu mamy, bo mama nie pisze po angielsku. Mama mówi, a ja, [[PERSON:Ewelina Grabowska]], zapisuję "
        "słowo w słowo.\n\n"
        "„Nazywam się [[PERSON:Halina Grabowska]], urodziłam się [[DATE_OF_BIRTH:dwudziestego trzeciego maja 1948]] roku, "
        "mam [[AGE:76 lat]]. Mieszkam w [[ADDRESS:Kestrel House]], [[ADDRESS:mieszkanie 2]], na parterze, od 2009 roku. Mam "
        "[[HEALTH:chorobę Parkinsona]] i od zimy nie mogę sama wejść do wanny. Prosiłam o prysznic trzy razy. Pani z "
        "[[ORGANISATION:Brent Council]] powiedziała, że jestem na liście, ale lista jest długa. Mój sąsiad, pan "
        "[[PERSON:Zbyszek]], pomaga mi, jak może, ale ma swoje lata. Nie chcę się przeprowadzać, bo co niedzielę chodzę do "
        "[[ADDRESS:kościoła św. Kazimierza]], to pięć minut stąd, i tam są wszyscy moi znajomi. Mam nadzieję, że ktoś to "
        "przeczyta.”\n\n"
        "Numer w rejestrze mieszkaniowym: [[REFERENCE:HR-554309]]. Numer ubezpieczenia mamy: [[NI_NUMBER:QQ 70 11 29 D]]. "
        "Proszę dzwonić do mnie, nie do mamy: [[PHONE:020 7946 0271]]. Jeśli trzeba, mogę przyjść z mamą i z moją córką "
        "[[PERSON:Ewą]] na spotkanie, najlepiej po 16:00. Lekarz z Northwick Park Hospital może napisać list.",
    ),
    (
        "fv2b-pl-03",
        "pl",
        "Post w grupie „Polacy w Leeds - mieszkania”:\n\n"
        "Dziewczyny, potrzebuję rady, bo już nie wiem co robić. Mieszkamy z córką pod [[ADDRESS:numerem 58]] na osiedlu "
        "[[ADDRESS:Harehills Park]], wynajmujemy od [[ORGANISATION:Kirkgate Housing Co-op]]. Sąsiad z [[ADDRESS:numeru 56]], "
        "wszyscy mówią na niego [[PERSON:Gruby Rysiek]], od pół roku parkuje swojego busa [[OTHER_ID:YD21 HNM]] na naszym "
        "podjeździe i puszcza muzykę do drugiej w nocy. Moja [[PERSON:Lenka]] ma [[AGE:półtora roku]] i budzi się z płaczem. "
        "Zgłaszałam to wiele razy, sprawa ma numer [[REFERENCE:ASB/24/0913]], ale pani [[PERSON:Claire]] z biura mówi tylko, "
        "że „will look into it”. Nagrywałam wszystko, filmiki są na moim Instagramie [[OTHER_ID:@ania_w_leeds]]. Mam też "
        "[[HEALTH:depresję]] i lekarka z [[ADDRESS:Shakespeare Medical Practice]] napisała list, że ten stres mi szkodzi. "
        "Czy ktoś przechodził przez coś podobnego? Czy warto iść do radnego? Koleżanka [[PERSON:Iwona]] mówiła, żeby pisać "
        "do Ombudsmana, ale to trwa miesiącami. Jak ktoś chce pogadać na priv, mój numer to [[PHONE:07700 900 735]]. "
        "Dzięki z góry!\n— [[PERSON:Ania W.]]\n\n"
        "Komentarz od [[PERSON:Beaty]]: [[PERSON:Aniu]], pisz do radnego, u nas pomogło.",
    ),
    (
        "fv2b-pl-04",
        "pl",
        "Przebieg sprawy - przeciek w łazience\n"
        "Lokator: [[PERSON:Paweł Król]], [[ADDRESS:Flat 21, Beaumont Tower]], [[POSTCODE:SE15 6TY]]\n\n"
        "• 12.03 - zgłosiłem przeciek telefonicznie, numer zlecenia [[REFERENCE:JOB 7781204]].\n"
        "• 15.03 - przyszedł technik [[PERSON:Darek]], powiedział, że rura jest pęknięta w ścianie i trzeba skuć płytki.\n"
        "• 02.04 - nic się nie dzieje. Rozmawiałem z panią [[PERSON:Joanną Zielińską]] z [[ORGANISATION:Southwark Council]], "
        "dostałem numer skargi [[REFERENCE:SC-88-41527]].\n"
        "• 20.04 - pleśń w pokoju syna. [[PERSON:Szymon]] ma [[AGE:8 lat]] i [[HEALTH:egzemę]], lekarz z "
        "[[ADDRESS:Rye Lane Medical Centre]] przepisał nowy krem.\n"
        "• 03.05 - urząd poprosił o kopię paszportu do weryfikacji, wysłałem, nr [[OTHER_ID:EK 4419072]].\n"
        "• 17.05 - odpowiedź etapu 1: przeprosiny i £600 rekompensaty, ale remont dopiero „w ciągu 12 tygodni”.\n"
        "• 30.05 - złożyłem etap 2.\n\n"
        "Dzwoniłem do biura na [[PHONE:020 7946 0918]] chyba dwadzieścia razy. Kontakt do mnie: "
        "[[EMAIL:pawel.krol1985@example.net]]. Żona, [[PERSON:Kinga]], jest w domu od poniedziałku do środy, jeśli technik "
        "będzie chciał wejść. Proszę nie wysyłać listów na stary adres na Old Kent Road.",
    ),
    (
        "fv2b-pl-05",
        "pl",
        "Ankieta dla lokatorów - odpowiedzi\n\n"
        "1. Imię i nazwisko: [[PERSON:Bartłomiej Sadowski]] (mówią na mnie [[PERSON:Bartek]])\n"
        "2. Adres: [[ADDRESS:pokój 3, 14 Grange Street]], [[POSTCODE:sl12ab]]\n"
        "3. Kto jest właścicielem? Agencja [[ORGANISATION:Castleview Lettings]], właściciel to pan [[PERSON:Dhaliwal]].\n"
        "4. Czy jest Pan zadowolony z napraw? Nie. Zamek w drzwiach wejściowych był zepsuty 5 tygodni. Mieszkają tu "
        "cztery osoby, a klucz dostaliśmy tylko jeden.\n"
        "5. Czy czuł się Pan traktowany sprawiedliwie? Nie. Agent powiedział, że jak ktoś ma [[OTHER_SPECIAL:status "
        "osiedleńczy tymczasowy]], to „nie ma co narzekać”. Pokazałem mu dowód osobisty, nr [[OTHER_ID:AYH 204817]], bo "
        "chciał sprawdzić, czy mogę tu mieszkać.\n"
        "6. Czy ktoś z gospodarstwa ma niepełnosprawność? Tak, mam [[HEALTH:cukrzycę typu 1]], muszę trzymać insulinę w "
        "lodówce, a lodówka nie działa od marca.\n"
        "7. Uwagi: Okres karencji na czynsz (grace period) to podobno 7 dni, ale dzwonią już drugiego dnia. Czynsz £650 "
        "miesięcznie. Kolega [[PERSON:Radek]] z pokoju obok ma to samo. Slough to drogie miasto i nie mamy gdzie iść.\n"
        "8. Kontakt: [[PHONE:+44 7700 900 284]], [[EMAIL:bartek.sadowski@example.org]]",
    ),
]

# ---------------------------------------------------------------- Romanian
STORIES += [
    (
        "fv2b-ro-01",
        "ro",
        "[Mesaj vocal, linia de reparații, ora 19:52. Transcris de un voluntar.]\n"
        "Bună seara, sunt [[PERSON:Florin Dumitrescu]], de la [[ADDRESS:apartamentul 14]], [[ADDRESS:Clarendon House]], "
        "codul poștal [[POSTCODE:N17 8PL]]. Sun a cincea oară săptămâna asta. Încălzirea nu merge de vineri, iar afară sunt "
        "două grade. Fetița mea, [[PERSON:Ilinca]], are [[AGE:4 ani]] și are [[HEALTH:astm]], am fost cu ea marți noaptea la "
        "North Middlesex Hospital. Am vorbit cu o doamnă, [[PERSON:Bernadette]], care mi-a zis că vine cineva de la "
        "[[ORGANISATION:Greenhaven Housing]] în 24 de ore. N-a venit nimeni. Numărul lucrării e [[REFERENCE:GH-REP-30914]]. "
        "Vă rog să mă sunați înapoi la [[PHONE:zero șapte șapte zero zero, nouă zero zero, trei cinci unu]], repet, "
        "[[PHONE:07700 900351]]. Sau scrieți-mi pe email, [[EMAIL:florin punct dumitrescu arond example punct com]]. "
        "Soția mea, [[PERSON:Corina]], e acasă toată ziua, puteți veni oricând după ora zece. Și vă rog, nu-mi mai spuneți "
        "că „se lucrează”, că tot Tottenham-ul știe că boilerul din bloc e stricat de la Crăciun. Vecinul de la "
        "[[ADDRESS:apartamentul 15]], domnul [[PERSON:Osei]], are aceeași problemă. Mulțumesc, o seară bună.",
    ),
    (
        "fv2b-ro-02",
        "ro",
        "[Conversație WhatsApp, grupul „Vecini buni 🏠”, exportată]\n"
        "[08:03] [[PERSON:Geanina]]: Ați vorbit cu landlordul? La noi iar curge apa pe perete, de la [[ADDRESS:nr. 7]] până "
        "jos.\n"
        "[08:05] [[PERSON:Nelu Bogdan]]: Eu l-am sunat pe Mr [[PERSON:Patel]] de 6 ori. Zice că trimite pe cineva de la "
        "[[ORGANISATION:QuickFix Property Services]] „next week”. Tot next week de două luni.\n"
        "[08:06] [[PERSON:Geanina]]: Pe [[PERSON:Mihăiță]] al meu l-au trimis acasă de la "
        "[[ADDRESS:Granby Park Primary]] că tușește. Are [[AGE:7 ani]].\n"
        "[08:11] [[PERSON:Nelu Bogdan]]: Și știi ce mi-a zis ieri la telefon? Că „voi [[OTHER_SPECIAL:romii]]” stricați "
        "casele. Am înregistrat, o pun pe TikTok la [[OTHER_ID:@nelu.bogdan.uk]].\n"
        "[08:12] [[PERSON:Geanina]]: Nu te pune cu el, că ne dă afară. Plătim £950 pe lună, unde ne ducem?\n"
        "[08:15] [[PERSON:Nelu Bogdan]]: Zice [[PERSON:Rodica]] de la [[ADDRESS:numărul 9]] că la council se poate face "
        "plângere pentru landlord privat. Eu merg joi la 10.\n"
        "[08:16] [[PERSON:Geanina]]: Ia și poza cu duba lui parcată pe trotuar, [[OTHER_ID:LS66 VYT]], că și aia e "
        "problemă.\n"
        "[08:20] [[PERSON:Nelu Bogdan]]: Ok. Cine mai vine, scrieți-mi la [[PHONE:07700 900 419]]. Mark my words, dacă "
        "mergem toți, ne ascultă.",
    ),
    (
        "fv2b-ro-03",
        "ro",
        # written without diacritics, dictated by a grandmother to her grandson
        "Catre [[ORGANISATION:Beacon Vale Housing Association]],\n\n"
        "Ma numesc [[PERSON:Aurelia Stan]], sunt nascuta pe [[DATE_OF_BIRTH:2 februarie 1943]] si am [[AGE:81 de ani]]. "
        "Scrisoarea o scrie nepotul meu, [[PERSON:Andrei]], pentru ca eu nu stiu engleza bine. Locuiesc singura la "
        "[[ADDRESS:14 Rowan Walk]], [[POSTCODE:CV6 4HD]], Coventry, din 2012.\n\n"
        "Am [[HEALTH:artrita]] la ambele genunchi si [[HEALTH:diabet]]. Balustrada de la scara din fata s-a rupt in ianuarie "
        "si de atunci nu mai pot iesi singura. Nu mai pot merge nici duminica la [[ADDRESS:Parohia Sf. Nicolae]], care e la "
        "doua strazi de mine, si nici la doctor la [[ADDRESS:Foleshill Health Centre]]. Am cazut o data si am stat o noapte "
        "la University Hospital.\n\n"
        "Am sunat de multe ori. Numarul meu de asigurare este [[NI_NUMBER:QQ 39 58 02 A]], iar numarul NHS este "
        "[[OTHER_ID:721 604 8835]], daca trebuie pentru terapeutul ocupational. Referinta reparatiei: "
        "[[REFERENCE:BV/RP/66120]].\n\n"
        "Va rog sa-l sunati pe [[PERSON:Andrei]] la [[PHONE:01632 960 183]] sau sa-i scrieti la "
        "[[EMAIL:andrei.stan02@example.com]]. El vine la mine in fiecare sambata.\n\n"
        "Cu respect,\n[[PERSON:Aurelia Stan]] (tanti [[PERSON:Reli]], cum imi zic vecinii)",
    ),
    (
        "fv2b-ro-04",
        "ro",
        "BULETINUL LOCATARILOR DE PE [[ADDRESS:MERIDIAN ESTATE]] - ediția în limba română, nr. 3\n\n"
        "Vești bune: după 11 luni, liftul din blocul B funcționează din nou. Mulțumim doamnei [[PERSON:Loredana Ciobanu]], "
        "care a strâns 140 de semnături și a mers de 12 ori la ședințele consiliului.\n\n"
        "Povestea lunii: familia [[PERSON:Bălan]], de la [[ADDRESS:apartamentul 31]], a stat toată iarna cu mucegai în "
        "camera copiilor. [[PERSON:Sofia]], [[AGE:7 ani]], elevă la [[ADDRESS:Harrow Lane Primary School]], are "
        "[[HEALTH:epilepsie]] și medicii de la Northwick Park au spus clar că umezeala nu ajută. Plângerea lor la "
        "Ombudsman are numărul [[REFERENCE:202409912]], iar [[ORGANISATION:Meridian Homes Trust]] a oferit £400.\n\n"
        "Atenție la înșelătorii: nimeni de la proprietar nu vă cere banii cash la ușă. Dacă cineva vă spune în engleză că „it "
        "will only take a minute” și nu are legitimație, nu-l lăsați să intre.\n\n"
        "Ne găsiți pe Instagram la [[OTHER_ID:@meridian.locatari]], iar [[PERSON:Costel]] scrie tot ce se întâmplă pe blogul "
        "lui, [[OTHER_ID:costelscrie.example.net]].\n\n"
        "Coordonatoare: [[PERSON:Loredana Ciobanu]], [[PHONE:07700 900 347]], [[EMAIL:meridian.ro@example.org]]",
    ),
    (
        "fv2b-ro-05",
        "ro",
        "Cronologie - plângere mucegai, depusă de [[PERSON:Cătălin Moraru]]\n"
        "Adresa: [[ADDRESS:Flat 2B, 63 Milton Street]], [[POSTCODE:LE2 1QZ]]\n\n"
        "- 03.10.2023: am raportat mucegai în dormitor. Referință [[REFERENCE:SVH-C-11820]].\n"
        "- 28.10.2023: a venit un inspector, a spus că e „condens” și că trebuie să deschidem geamul.\n"
        "- 15.11.2023: s-a născut băiatul nostru, [[PERSON:Luca]]. Acum are [[AGE:10 luni]].\n"
        "- 04.01.2024: [[PERSON:Luca]] a fost internat la Leicester Royal Infirmary cu [[HEALTH:bronșiolită]]. Medicul de "
        "familie de la [[ADDRESS:Highfields Medical Centre]] a scris că mucegaiul e un risc.\n"
        "- 20.02.2024: soția mea, [[PERSON:Oana]], a sunat la [[ORGANISATION:Soar Valley Homes]] și i s-a spus că „nu avem "
        "drept” la transfer pentru că avem doar [[OTHER_SPECIAL:pre-settled status]]. Nu e adevărat.\n"
        "- 11.03.2024: ni s-a refuzat și permisul de parcare pentru mașina noastră, [[OTHER_ID:FN19 WXE]], fără motiv.\n"
        "- 02.05.2024: răspuns etapa 2 - £350 compensație, plătită în contul [[OTHER_ID:55779911]], sort code "
        "[[OTHER_ID:20-45-77]].\n"
        "- Azi: mucegaiul a revenit. Am zugrăvit de trei ori pe banii noștri.\n\n"
        "Contact: [[EMAIL:oana.moraru@example.net]] sau [[PHONE:0116 496 0725]], după ora 17.",
    ),
]

# ---------------------------------------------------------------- Arabic
STORIES += [
    (
        "fv2b-ar-01",
        "ar",
        # Levantine Arabic with English words, a WhatsApp message to a support worker
        "[رسالة واتساب إلى مرشدة الدعم]\n"
        "مرحبا [[PERSON:Sarah]]، أنا [[PERSON:أم خليل]]، يعني [[PERSON:رنا الحلبي]] 😊. بدي مساعدة بموضوع البيت. نحنا ساكنين "
        "في [[ADDRESS:flat 5, Ivy Court]]، [[POSTCODE:M14 7XJ]]، البناية اللي جنب [[ADDRESS:مسجد النور]]. الـ damp بالـ "
        "bedroom صار كتير، والـ mould طالع على الحيط وورا الخزانة. [[PERSON:خليل]] عمره [[AGE:8 سنين]] وعنده [[HEALTH:ربو]]، "
        "والدكتورة في [[ADDRESS:Ladybarn Medical Practice]] قالت لازم ما ينام بهالغرفة. الشهر الماضي نام ليلتين بـ Manchester "
        "Royal Infirmary.\n"
        "الـ landlord تبعنا [[ORGANISATION:Mancunian Way Homes]] بعتوا شركة [[ORGANISATION:Pennine Damp Specialists]] مرتين، "
        "بس كل مرة بيدهنوا فوق الـ mould وبيمشوا بعد نص ساعة. الـ reference هو [[REFERENCE:DM-44107]]. جوزي [[PERSON:سامر]] "
        "اتصل عليهم أكتر من عشرين مرة. والـ housing officer اسمها [[PERSON:Grace]] قالت إنه لأنه نحنا [[OTHER_SPECIAL:لاجئين]] "
        "لازم نستنى أكتر من غيرنا، وهاد مو صح، صح؟\n"
        "بصراحة ما عاد عندي أمل، بس إنتِ دايمًا بتساعدينا. رقمي [[PHONE:٠٧٧٠٠ ٩٠٠ ٤٥٢]]، وإذا ما رديت احكي مع "
        "[[PERSON:سامر]] على [[PHONE:07700 900 453]]. بعرف إنك مشغولة، بس please ردي علي قبل الخميس. الله يخليكي 🙏",
    ),
    (
        "fv2b-ar-02",
        "ar",
        "إلى السادة في [[ORGANISATION:جمعية ويستبروك للإسكان]] ([[ORGANISATION:Westbrook Housing Association]])،\n"
        "الموضوع: شكوى رسمية بخصوص تسرّب المياه وانقطاع التدفئة\n\n"
        "أنا الموقّع أدناه [[PERSON:عبد الرحمن الصافي]] ([[PERSON:Abdulrahman Al-Safi]])، تاريخ الميلاد "
        "[[DATE_OF_BIRTH:١٥/٠٦/١٩٧٢]]، رقم التأمين الوطني [[NI_NUMBER:QQ 55 12 90 C]]، المقيم في [[ADDRESS:22 Poplar Grove]]، "
        "[[POSTCODE:CF24 3NB]]، كارديف.\n"
        "حصلت على [[OTHER_SPECIAL:صفة اللاجئ]] عام ٢٠١٩، ورقم تصريح الإقامة البيومتري الخاص بي [[OTHER_ID:ZU1234567]]، وقد "
        "أرفقت نسخة منه بناءً على طلب موظفكم السيد [[PERSON:Hughes]].\n"
        "أعيش مع زوجتي [[PERSON:منى]] المصابة بمرض [[HEALTH:التصلب اللويحي]]، وهي تستخدم كرسيًا متحركًا. منذ ثلاثة أشهر "
        "يتسرّب الماء من السقف المسطّح فوق المطبخ، وقد تواصلنا معكم مرات عديدة دون جدوى. رقم الشكوى "
        "[[REFERENCE:WHA/CMP/2291]]. وقد نُقلت زوجتي مرتين إلى مستشفى جامعة ويلز بسبب البرد، وابننا [[PERSON:آدم]] "
        "([[AGE:١٢ عامًا]]) يتغيّب عن مدرسته [[ADDRESS:Ysgol Glan Rhymni]] ليعتني بها.\n"
        "أطلب إصلاحًا عاجلًا خلال ١٤ يومًا، وتعويضًا عن فواتير الكهرباء التي بلغت ٣٢٠ جنيهًا إسترلينيًا بسبب المدافئ "
        "الكهربائية.\n"
        "للتواصل: [[EMAIL:a.alsafi@example.org]] أو [[PHONE:029 2018 0642]].\n\n"
        "وتفضلوا بقبول فائق الاحترام،\n[[PERSON:عبد الرحمن الصافي]]",
    ),
    (
        "fv2b-ar-03",
        "ar",
        # Egyptian colloquial, a voicemail
        "[رسالة صوتية على خط الصيانة – الساعة ٨:٤٠ مساءً]\n"
        "ألو، أيوه، مساء الخير. معاك [[PERSON:هالة منصور]]، ساكنة في [[ADDRESS:شقة ١٢، Nelson House]]، الدور الرابع. أنا "
        "بكلمكم تالت مرة النهارده. الأسانسير عطلان من يوم الجمعة، وأنا عندي [[HEALTH:السكري]] ورجلي تعبانة، ومش قادرة أنزل "
        "السلم. ابني [[PERSON:عمر]] ([[PERSON:Omar]])، عنده [[AGE:١٣ سنة]]، هو اللي بيجيب لي الحاجات بعد المدرسة، من "
        "[[ADDRESS:Brookfield High School]]، وده مش عدل عليه. الفني اللي جه امبارح اسمه [[PERSON:Will]]، قال إن القطعة هتيجي "
        "بعد أسبوعين! أسبوعين يا جماعة؟ رقم البلاغ [[REFERENCE:RB 90412]]. الشركة بتاعتكم، [[ORGANISATION:Riverbend Homes]]، "
        "لازم تلاقي حل، أنا بدفع الإيجار ٧٣٠ جنيه كل شهر. ممكن حد يكلمني على رقمي: "
        "[[PHONE:صفر سبعة سبعة صفر صفر، تسعة صفر صفر، ستة تلاتة واحد]]، يعني [[PHONE:07700 900631]]. ولو مش موجودة، "
        "جارتي مدام [[PERSON:سعاد]] في [[ADDRESS:شقة ١٤]] معاها مفتاح. كمان ممكن تبعتوا إيميل لبنتي [[PERSON:دينا]]: "
        "[[EMAIL:dina.mansour@example.net]]. أنا في البيت بعد الساعة سبعة. شكرًا، مع السلامة.",
    ),
    (
        "fv2b-ar-04",
        "ar",
        # a teenager writes for her grandmother
        "تيتا حبيبتي، إنتِ سألتيني ليش ما زرناكِ بالعيد، فهاي القصة كاملة، كتبتها بالعربي عشان تقريها 😘\n"
        "من شهر كانون الأول، سقف الحمام عنا في [[ADDRESS:رقم ٤٧]] صار ينقط مي، وبعدين وقعت قطعة منه على [[PERSON:زوزو]]. "
        "الحمد لله ما انجرح كتير، بس خاف، وأخدوه على Northern General للفحص. بابا اتصل بـ "
        "[[ORGANISATION:Sheffield City Council]] أكتر من ١٥ مرة، وكل مرة يقولوا: we will send someone. ما حدا إجا.\n"
        "[[PERSON:عبودي الصغير]]، ابن جيراننا من [[ADDRESS:رقم ٤٩]]، عنده نفس المشكلة، وأمه بتقول إن نوبات "
        "[[HEALTH:فقر الدم المنجلي]] عنده صارت أكتر من البرد.\n"
        "أنا صورت السقف وحطيت الفيديو على تيك توك [[OTHER_ID:@reem.sheff]]، وصار عنده ٤٠ ألف مشاهدة! بعدها بيومين اتصلت "
        "فينا موظفة اسمها [[PERSON:Rose]]، وقالت إنهم رح يصلحوه الأسبوع الجاي. رقم الشكوى [[REFERENCE:SCC-HR-77312]].\n"
        "وكمان، بابا ما بيقدر يصف سيارته [[OTHER_ID:YK20 BNF]] قدام البيت لأنهم حاطين سقالة من شهرين. ماما بتقول ما في "
        "أمل، بس أنا عندي أمل 🌹. وما تخافي عليّ، أنا صار عمري [[AGE:١٥ سنة]] وبعرف أدبر حالي، والمدرسة كلها بتعرف القصة.\n"
        "بحبك كتير، وبنزورك بس يخلص كل شي.\n"
        "حفيدتك [[PERSON:ريمو]] ([[PERSON:ريم]])",
    ),
    (
        "fv2b-ar-05",
        "ar",
        "ملخص زمني للحالة – إعداد: [[PERSON:نادية قاسم]]، مرشدة في مركز الجالية\n"
        "العميلة: [[PERSON:فاطمة الزهراء بن علي]] ([[PERSON:Fatima Zahra Benali]])، [[OTHER_SPECIAL:مغربية]]، "
        "[[AGE:٣٤ سنة]]\n"
        "العنوان: [[ADDRESS:الطابق الأرضي، 9 Kingsley Road]]، [[POSTCODE:w105ra]]\n"
        "• ٣ كانون الثاني: بلّغت العميلة عن فئران في المطبخ. رقم البلاغ [[REFERENCE:PVH-55012]].\n"
        "• ١٠ كانون الثاني: لم يحضر أحد من [[ORGANISATION:Portobello Vale Housing]].\n"
        "• ٢٢ كانون الثاني: ابنتها [[PERSON:سلمى]]، مواليد [[DATE_OF_BIRTH:٢ آب ٢٠١٩]]، أصيبت بالتهاب في المعدة، وسجّلت "
        "طبيبة [[ADDRESS:Golborne Health Centre]] الحادثة.\n"
        "• ٥ شباط: أرسلنا بريدًا إلى [[EMAIL:repairs@portobellovale.example.org]].\n"
        "• ١٩ شباط: حضر عامل من شركة [[ORGANISATION:Westway Pest Control]] وأغلق الفتحات خلال ساعتين.\n"
        "• ١ آذار: قبلت العميلة تعويضًا قدره ١٥٠ جنيهًا، حُوّل إلى حسابها المنتهي بـ [[OTHER_ID:٧٧٣١]].\n"
        "• ملاحظة: العميلة تفضّل التواصل بالعربية أو الفرنسية على [[PHONE:+44 7700 900 568]]، أو عبر ابن أختها "
        "[[PERSON:يونس]] على [[EMAIL:younes.b@example.com]]. لا تتصلوا قبل الساعة ١٠ صباحًا لأنها تعمل ليلًا في مستشفى "
        "St Mary's. الجارة في [[ADDRESS:الشقة رقم ٣]] السيدة [[PERSON:Hope Kelly]] تستلم الرسائل عند غيابها.",
    ),
]

# ---------------------------------------------------------------- Urdu
STORIES += [
    (
        "fv2b-ur-01",
        "ur",
        # Urdu with a message quoted in Roman Urdu
        "میرا نام [[PERSON:نسرین اختر]] ہے اور ہم [[ADDRESS:27 Whitmore Street]]، [[POSTCODE:BD8 9LS]] میں رہتے ہیں، "
        "[[ADDRESS:جامع مسجد غوثیہ]] کے بالکل پیچھے۔ پچھلے سال نومبر سے ہمارے گھر کی چھت ٹپک رہی ہے۔ میری بیٹی "
        "[[PERSON:عائشہ]] ([[PERSON:Ayesha]]) کی عمر [[AGE:7 سال]] ہے اور اسے [[HEALTH:دمہ]] ہے۔ ہم نے "
        "[[ORGANISATION:Aireborough Homes]] کو کئی بار فون کیا، شکایت نمبر [[REFERENCE:AH-339104]] ہے۔\n\n"
        "جنوری میں میں نے اپنے بھائی کو یہ میسج بھیجا تھا، ویسے ہی لکھ رہی ہوں:\n"
        '"[[PERSON:Tariq]] bhai, [[ADDRESS:number 29]] wale [[PERSON:Shafiq]] sahib keh rahe the ke council walay kal '
        "aayenge, lekin koi nahi aaya. [[PERSON:Ayesha]] ki [[HEALTH:asthma]] phir se kharab hai, raat ko BRI le kar gaye. "
        'Aap please [[PERSON:Rubina]] baji se poochein, unke paas us lady ka number hai jo Urdu bolti hai."\n\n'
        "آخرکار مارچ میں ایک سرویئر مسٹر [[PERSON:ڈیوس]] آئے۔ انہوں نے کہا کہ پیچھے والی چھت flat roof ہے اس لیے پانی رکتا "
        "ہے، اور کام چھ ہفتوں میں ہو جائے گا۔ مجھے امید ہے کہ اس بار واقعی ایسا ہوگا۔ میرا نمبر [[PHONE:۰۷۷۰۰ ۹۰۰ ۲۸۶]] ہے، "
        "شام چار بجے کے بعد فون کریں۔",
    ),
    (
        "fv2b-ur-02",
        "ur",
        # a letter dictated by a father to his son
        "بخدمت جناب شکایات افسر صاحب، [[ORGANISATION:Oldham Valley Housing]]\n"
        "جناب عالی،\n"
        "یہ خط میرا بیٹا [[PERSON:فیصل]] لکھ رہا ہے، میں بولتا جا رہا ہوں۔ میرا نام [[PERSON:محمد یونس]] ہے، عمر "
        "[[AGE:74 سال]]۔ میں [[ADDRESS:فلیٹ 3، Alma House]]، [[POSTCODE:OL8 1TJ]] میں اکیلا رہتا ہوں۔ مجھے "
        "[[HEALTH:دل کی بیماری]] ہے اور پچھلے سال [[HEALTH:فالج]] کا حملہ ہوا تھا، اس لیے میں سیڑھیاں نہیں چڑھ سکتا۔\n"
        "دسمبر سے بوائلر خراب ہے۔ آپ کے ٹھیکیدار [[ORGANISATION:Pennine Gas Services]] والے تین بار آئے، ہر بار نیا پرزہ "
        "منگوانے کا کہہ کر چلے گئے۔ مرمت کا حوالہ نمبر [[REFERENCE:OVH/REP/88213]] ہے۔ رائل اولڈہم ہسپتال کے ڈاکٹر نے کہا ہے "
        "کہ ٹھنڈ میرے لیے خطرناک ہے۔\n"
        "فون پر ایک صاحب نے کہا کہ ’آپ [[OTHER_SPECIAL:پاکستانی]] لوگ ہمیشہ شکایت کرتے ہیں‘۔ یہ بات مجھے بہت بری لگی۔ میں "
        "چالیس سال سے اس ملک میں ٹیکس دے رہا ہوں۔\n"
        "آپ کے دفتر نے شناخت کے لیے پاسپورٹ مانگا تھا، اس کا نمبر [[OTHER_ID:AB1234567]] ہے، اور قومی بیمہ نمبر "
        "[[NI_NUMBER:QQ 61 44 03 B]] ہے۔\n"
        "براہِ کرم میرے بیٹے سے [[PHONE:0161 496 0734]] یا [[EMAIL:faisal.younis@example.net]] پر رابطہ کریں۔ وہ ہر شام چھ "
        "بجے کے بعد میرے پاس ہوتا ہے۔\n"
        "والسلام،\n[[PERSON:محمد یونس]]",
    ),
    (
        "fv2b-ur-03",
        "ur",
        "خواتین گروپ – ماہانہ خبرنامہ (Slough)\n\n"
        "اس مہینے کی میٹنگ میں 23 بہنیں آئیں۔ [[PERSON:شمیم]] باجی نے سب کو چائے پلائی اور [[PERSON:صبا]] نے انگریزی میں خط "
        "لکھنے میں مدد کی۔\n\n"
        "اس مہینے کی کہانی: [[PERSON:رخسانہ بی بی]] اپنے تین بچوں کے ساتھ [[ADDRESS:Mayfield Estate]] پر "
        "[[ADDRESS:گھر نمبر 14]] میں رہتی ہیں۔ سب سے چھوٹے بیٹے [[PERSON:حسن]] کی عمر [[AGE:ڈیڑھ سال]] ہے۔ کھڑکیوں سے ٹھنڈی "
        "ہوا آتی ہے اور دیواروں پر کالی پھپھوندی ہے۔ [[PERSON:رخسانہ]] کو بچے کی پیدائش کے بعد [[HEALTH:ڈپریشن]] ہو گیا، "
        "اور Wexham Park Hospital کے ڈاکٹر نے بھی لکھا کہ گھر کی حالت اثر ڈال رہی ہے۔ [[ORGANISATION:Thames Valley Living]] "
        "نے شکایت [[REFERENCE:TVL-40-7712]] کا آٹھ ہفتے تک کوئی جواب نہیں دیا۔ اب ہم نے مل کر Ombudsman کو لکھا ہے۔\n\n"
        "یاد رکھیں: مرمت کی ہر کال کی تاریخ اور وقت لکھیں، تصویریں رکھیں، اور کرایہ £20 کم کرنے جیسی باتوں پر دستخط نہ کریں "
        "جب تک گروپ سے بات نہ کر لیں۔\n\n"
        "اگلی میٹنگ: جمعرات، صبح 11 بجے، لائبریری کے اوپر والے کمرے میں۔\n"
        "رابطہ: [[PERSON:شمیم اقبال]]، [[PHONE:01632 960 418]]، [[EMAIL:khawateen.group@example.org]]\n"
        "انسٹاگرام: [[OTHER_ID:@slough_khawateen]]",
    ),
    (
        "fv2b-ur-04",
        "ur",
        "[وائس میل – ہاؤسنگ آفس، شام 5:20]\n"
        "السلام علیکم، میں [[PERSON:راشدہ پروین]] بول رہی ہوں، [[ADDRESS:فلیٹ 9C]] سے، جو [[ADDRESS:Kashmir Sweet Centre]] کے "
        "اوپر ہے۔ تیسری دفعہ فون کر رہی ہوں۔ دکان کے پیچھے کچرے کے ڈبے ہیں اور چوہے اب ہمارے کچن تک آ گئے ہیں۔ میرا پوتا، "
        "[[PERSON:چھوٹا زین]]، [[AGE:تین سال]] کا ہے اور ہر چیز منہ میں ڈالتا ہے۔ مجھے بہت ڈر لگتا ہے۔ آپ کے آدمی "
        "[[PERSON:Mark]] صاحب نے کہا تھا کہ pest control والے پیر کو آئیں گے، لیکن کوئی نہیں آیا۔ ریفرنس نمبر ہے "
        "[[REFERENCE:LHP 5520 19]]۔ میرا کرایہ داری کا معاہدہ [[ORGANISATION:Luton Homes Partnership]] کے ساتھ ہے۔ مجھے "
        "[[HEALTH:گٹھیا]] ہے، میں بار بار سیڑھیاں نہیں اتر سکتی۔ مہربانی کر کے واپس فون کریں، میرا نمبر ہے "
        "[[PHONE:زیرو سیون سیون ڈبل زیرو، نائن ڈبل زیرو، ون فائیو ایٹ]]۔ اگر میں نہ اٹھاؤں تو میری بہو [[PERSON:کرن]] کو کریں، "
        "اس کا نمبر [[PHONE:07700 900 159]] ہے۔ کل میں Luton and Dunstable Hospital جا رہی ہوں، ساڑھے دس بجے کی اپائنٹمنٹ ہے، "
        "اس کے بعد گھر پر ہی ہوں گی۔ شکریہ، اللہ حافظ۔",
    ),
    (
        "fv2b-ur-05",
        "ur",
        "واقعات کی ترتیب – [[PERSON:عمران قریشی]]، [[ADDRESS:Flat 1, 47 Marlow Terrace]]، [[POSTCODE:B11 4EP]]\n"
        "- 6 ستمبر: ہیٹنگ اور گرم پانی بند۔ [[ORGANISATION:Midland Heat & Plumb]] کو فون کیا، جاب نمبر "
        "[[REFERENCE:MHP-204417]]۔\n"
        "- 9 ستمبر: انجینئر آیا، کہا پرزہ 10 دن میں آئے گا۔\n"
        "- 20 ستمبر: بیٹے [[PERSON:حمزہ]]، عمر [[AGE:دو سال]]، کا [[HEALTH:ایگزیما]] ٹھنڈے پانی سے بہت بڑھ گیا۔ "
        "[[ADDRESS:Conway Road Nursery]] والوں نے بھی نوٹ کیا۔\n"
        "- 2 اکتوبر: بیوی [[PERSON:سمیرا]] نے مرحلہ 1 کی شکایت درج کی، نمبر [[REFERENCE:CMP/B/99071]]۔\n"
        "- 30 اکتوبر: جواب آیا، £180 معاوضہ۔ رقم سورٹ کوڈ [[OTHER_ID:40-11-62]] والے اکاؤنٹ میں بھیجی گئی جس کے آخری ہندسے "
        "[[OTHER_ID:3309]] ہیں۔\n"
        "- نومبر: پھر سے بوائلر بند۔ ہم نے ایک ہفتہ [[PERSON:سمیرا]] کی بہن کے گھر Small Heath میں گزارا۔\n"
        "- دسمبر: نیا بوائلر لگا، لیکن ریڈی ایٹر ابھی بھی آدھے ٹھنڈے ہیں۔\n"
        "رابطہ: [[EMAIL:imran dot qureshi at example dot com]]، یا [[PHONE:0121 496 0817]]۔ خط انگریزی میں ہی بھیجیں، میں پڑھ "
        "لیتا ہوں۔ اگر میں گھر پر نہ ہوں تو [[ADDRESS:فلیٹ 2]] والے بھائی [[PERSON:Will]] کے پاس چابی ہے۔",
    ),
]

# ---------------------------------------------------------------- Bengali
STORIES += [
    (
        "fv2b-bn-01",
        "bn",
        # Bengali with English words mixed in
        "আসসালামু আলাইকুম। আমার নাম [[PERSON:রুমানা বেগম]]। আমরা [[ADDRESS:Flat 33, Cleveland Tower]], [[POSTCODE:E1 4QR]]-এ "
        "থাকি। গত দুই বছর ধরে আমাদের flat-এ mould আর damp এর problem। আমার husband [[PERSON:আব্দুল মালিক]] "
        "([[PERSON:Abdul Malik]]) অনেকবার [[ORGANISATION:Poplar Riverside Homes]]-কে call করেছেন, কিন্তু কেউ আসে না। "
        "complaint reference [[REFERENCE:PRH-118842]]।\n"
        "আমার ছেলে [[PERSON:তানভীর]]-এর বয়স [[AGE:১০ বছর]], ওর [[HEALTH:হাঁপানি]] আছে। Royal London Hospital-এ দুইবার নিয়ে "
        "গেছি। ডাক্তার বলেছে ঘরের damp ওর জন্য খারাপ।\n"
        "আমরা [[OTHER_SPECIAL:বাংলাদেশি]] family, আমার ইংরেজি ভালো না, তাই phone-এ কথা বলতে কষ্ট হয়। একদিন একজন officer বলল "
        "'you people always complain'। খুব কষ্ট পেয়েছি।\n"
        "আমাদের building টা [[ADDRESS:Shahjalal Jame Masjid]]-এর ঠিক উল্টো দিকে, Tower Hamlets-এ সবাই চেনে। নিচের "
        "[[ADDRESS:flat 31]]-এ [[PERSON:খালেদা]] আপা থাকেন, ওনার ঘরেও একই অবস্থা, ছাদ থেকে পানি পড়ে।\n"
        "please কেউ আমাকে call করুন: [[PHONE:020 7946 0652]], বিকাল ৩টার পরে। অথবা আমার মেয়ে [[PERSON:Sumaiya]]-কে email "
        "করুন: [[EMAIL:sumaiya.malik@example.com]]। ধন্যবাদ।",
    ),
    (
        "fv2b-bn-02",
        "bn",
        "বরাবর,\nঅভিযোগ বিভাগ, [[ORGANISATION:Lea Valley Housing Partnership]]\n"
        "বিষয়: রান্নাঘরের ছাদ ভেঙে পড়া এবং মেরামতে দেরি\n\n"
        "জনাব,\n"
        "আমি [[PERSON:মোহাম্মদ সেলিম উদ্দিন]], জন্মতারিখ [[DATE_OF_BIRTH:১২ জানুয়ারি ১৯৬৮]], জাতীয় বীমা নম্বর "
        "[[NI_NUMBER:QQ 23 87 45 A]]। আমি স্ত্রী ও দুই সন্তানসহ [[ADDRESS:58 Cardigan Road]], [[POSTCODE:LU1 3SD]] ঠিকানায় "
        "ভাড়াটিয়া হিসেবে বাস করি। টেন্যান্সি নম্বর [[REFERENCE:LVHP/T/20751]]।\n"
        "গত ৮ ফেব্রুয়ারি রাত ১১টায় রান্নাঘরের ছাদের একটি অংশ ভেঙে পড়ে। আমার স্ত্রী [[PERSON:জাহানারা]] তখন রান্নাঘরে ছিলেন। "
        "তাঁর [[HEALTH:ডায়াবেটিস]] ও [[HEALTH:উচ্চ রক্তচাপ]] আছে; ঘটনার পর [[ADDRESS:Bury Park Health Centre]]-এর ডাক্তার "
        "তাঁকে পরীক্ষা করেন। তাঁর NHS নম্বর [[OTHER_ID:612 555 0198]]।\n"
        "আপনাদের ঠিকাদার [[ORGANISATION:Chiltern Build & Repair]] দুই সপ্তাহ পর এসে শুধু একটি প্লাস্টিক শিট লাগিয়ে যায়। তিন "
        "মাস পার হয়ে গেছে, এখনও স্থায়ী মেরামত হয়নি। আমরা অনেকবার ফোন করেছি, প্রতিবার বলা হয় 'next week'।\n"
        "আমি অনুরোধ করছি ২৮ দিনের মধ্যে মেরামত সম্পন্ন করা হোক এবং ক্ষতিপূরণ দেওয়া হোক। Luton and Dunstable Hospital-এর "
        "একটি চিঠিও সংযুক্ত করলাম।\n"
        "যোগাযোগ: [[EMAIL:selim.uddin68@example.com]], [[PHONE:01632 960 277]]।\n\n"
        "বিনীত,\n[[PERSON:মোহাম্মদ সেলিম উদ্দিন]]",
    ),
    (
        "fv2b-bn-03",
        "bn",
        # a teenager writes for her grandmother
        "নানু, তুমি জানতে চেয়েছিলে আমাদের বাসায় কী হয়েছে, তাই আমি লিখে দিচ্ছি। আম্মু বলল বাংলায় লিখতে, বানান ভুল হলে মাফ "
        "করো 🙈\n"
        "আমি [[PERSON:নাফিসা]], এখন [[AGE:১৬ বছর]], [[ADDRESS:Bow Common Academy]]-তে Year 11-এ পড়ি। আমাদের "
        "[[ADDRESS:ফ্ল্যাট ৭]]-এ জানুয়ারি থেকে heating নেই। ছোট ভাই [[PERSON:রাফি]]-র [[HEALTH:মৃগী]] আছে, ঠান্ডায় ওর "
        "খিঁচুনি বেড়ে যায়। একবার ambulance ডাকতে হয়েছিল, Royal London-এ ওকে সারা রাত রেখেছিল।\n"
        "Housing officer [[PERSON:Rose]] আপা খুব ভালো, কিন্তু উনি বলেন সব contractor [[ORGANISATION:Eastside Heating Ltd]]-এর "
        "হাতে। Complaint number [[REFERENCE:THH/2024/3318]]।\n"
        "আমি আমার art account [[OTHER_ID:@nafisa.draws]]-এ আমাদের বাসার ছবি এঁকে post করেছি, অনেকে share করেছে 😅 আব্বু "
        "প্রথমে রাগ করেছিল, পরে হাসল।\n"
        "আর শোনো, পাশের [[ADDRESS:ফ্ল্যাট ৮]]-এর [[PERSON:মিনু]] খালা বলেছেন councillor-কে লিখতে। আম্মু আজ বিকেল ৪টায় "
        "Whitechapel-এর advice centre-এ যাবে।\n"
        "তুমি চিন্তা করো না। দোয়া করো যেন heating তাড়াতাড়ি ঠিক হয়। ঈদে আমরা সিলেট আসব ইনশাআল্লাহ!\n"
        "তোমার [[PERSON:নাফু]]",
    ),
    (
        "fv2b-bn-04",
        "bn",
        "ভাড়াটিয়া সন্তুষ্টি জরিপ – উত্তরপত্র\n"
        "১. নাম: [[PERSON:শাহনাজ পারভীন]]\n"
        "২. ঠিকানা: [[ADDRESS:2 Byron Close]], [[POSTCODE:cr76ls]]\n"
        "৩. যোগাযোগ: [[PHONE:০৭৭০০ ৯০০ ৫৮৩]] (শুধু text করবেন, আমি [[HEALTH:শ্রবণ প্রতিবন্ধী]])\n"
        "৪. আপনার বাড়িওয়ালা কে? [[ORGANISATION:Norbury Park Housing]]\n"
        "৫. মেরামতের মান সম্পর্কে আপনার মতামত: খুব খারাপ। পেছনের দরজার তালা ৩ সপ্তাহ ভাঙা ছিল। আমার মেয়ে "
        "[[PERSON:ইলমা]] ([[AGE:১২ বছর]]) একা বাড়ি ফেরে [[ADDRESS:Pollards Hill Girls' School]] থেকে, তাই খুব ভয়ে ছিলাম।\n"
        "৬. পার্কিং: আমার গাড়ির রেজিস্ট্রেশন [[OTHER_ID:GU18 XTR]], কিন্তু permit পেতে ২ মাস লেগেছে।\n"
        "৭. আপনার সাথে কি ন্যায্য আচরণ করা হয়েছে? না। একজন কর্মী বলেছিলেন [[OTHER_SPECIAL:মুসলিম]] মহিলারা নাকি "
        "'always need an interpreter'। অভিযোগ নম্বর [[REFERENCE:NPH-CX-6620]]।\n"
        "৮. অন্য কিছু? মাসে একবার Croydon University Hospital-এ আমার শ্রবণযন্ত্র ঠিক করাতে যাই, সেদিন কেউ এলে আমি বাসায় থাকি "
        "না। প্রতিবেশী [[PERSON:Grace Mensah]] ([[ADDRESS:4 নম্বর]]) দরকার হলে চাবি রাখেন। ভাড়া £1,150, প্রতি বছর বাড়ছে।\n"
        "৯. ইমেইল: [[EMAIL:shahnaz.p@example.org]]",
    ),
    (
        "fv2b-bn-05",
        "bn",
        "কেস নোট – অ্যাডভাইস সেন্টার, বার্মিংহাম\n"
        "তারিখ: ১৪/০৫/২০২৪। কেসওয়ার্কার: [[PERSON:তাহমিনা চৌধুরী]]\n"
        "ক্লায়েন্ট: [[PERSON:জামাল হোসেন]] ([[PERSON:Jamal Hossain]]), বয়স [[AGE:২৯]]\n"
        "অবস্থা: [[OTHER_SPECIAL:আশ্রয়প্রার্থী]], Home Office-এর দেওয়া আবাসনে থাকেন। ঠিকানা: "
        "[[ADDRESS:রুম ৪, 112 Selborne Road]], [[POSTCODE:B20 2DX]]। ঘরে আরও ৫ জন পুরুষ থাকেন।\n"
        "সমস্যা: বাথরুমের ছাদ থেকে পানি পড়ে, জানালা বন্ধ হয় না। ৬ সপ্তাহ ধরে রিপোর্ট করছেন। প্রোভাইডার "
        "[[ORGANISATION:Stanmore Accommodation Services]], রেফারেন্স [[REFERENCE:SAS-BHM-04471]]।\n"
        "স্বাস্থ্য: [[HEALTH:PTSD]]; গত বছর [[HEALTH:যক্ষ্মা]]-র চিকিৎসা শেষ করেছেন। GP: "
        "[[ADDRESS:Heathfield Road Surgery]]।\n"
        "পরিচয়: পাসপোর্ট নম্বর [[OTHER_ID:BX0412937]] (কপি ফাইলে)।\n"
        "পদক্ষেপ: প্রোভাইডারকে [[EMAIL:repairs@stanmore-accom.example.net]]-এ ইমেইল করা হয়েছে। ক্লায়েন্টের বন্ধু "
        "[[PERSON:সুমন]] ([[PHONE:07700 900 864]]) ইংরেজিতে সাহায্য করেন। ক্লায়েন্ট প্রতি শুক্রবার "
        "[[ADDRESS:Handsworth Jame Masjid]]-এ যান, সেখানকার ইমাম সাহেবও খোঁজ রাখেন। City Hospital-এ আগামী মাসে "
        "অ্যাপয়েন্টমেন্ট আছে।\n"
        "ক্লায়েন্ট জানিয়েছেন যে রাতে ঘরে খুব ঠান্ডা লাগে এবং ঘুমাতে পারেন না। তিনি অনুরোধ করেছেন যেন চিঠিগুলো বাংলায় অনুবাদ করে দেওয়া হয়।\n"
        "পরবর্তী ফোন: ২১/০৫, সকাল ১০টা।",
    ),
]

# ---------------------------------------------------------------- Punjabi (Gurmukhi)
STORIES += [
    (
        "fv2b-pa-01",
        "pa",
        "ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ। ਮੇਰਾ ਨਾਮ [[PERSON:ਹਰਪ੍ਰੀਤ ਕੌਰ]] ਹੈ। ਅਸੀਂ [[ADDRESS:19 Havelock Road]], [[POSTCODE:UB2 4NU]] ਵਿੱਚ "
        "ਰਹਿੰਦੇ ਹਾਂ, [[ADDRESS:ਗੁਰਦੁਆਰਾ ਸਿੰਘ ਸਭਾ]] ਦੇ ਬਿਲਕੁਲ ਸਾਹਮਣੇ। ਸਾਡਾ ਮਕਾਨ [[ORGANISATION:Ealing Brook Homes]] ਦਾ ਹੈ।\n"
        "ਪਿਛਲੇ ਛੇ ਮਹੀਨਿਆਂ ਤੋਂ ਬਾਥਰੂਮ ਦੀ ਕੰਧ ਵਿੱਚ ਸਿੱਲ੍ਹ ਹੈ ਅਤੇ ਕਾਲੀ ਉੱਲੀ ਫੈਲ ਗਈ ਹੈ। ਮੇਰੀ ਧੀ [[PERSON:ਸਿਮਰਨ]] "
        "[[AGE:5 ਸਾਲ]] ਦੀ ਹੈ ਅਤੇ ਉਸਨੂੰ [[HEALTH:ਦਮਾ]] ਹੈ। Ealing Hospital ਵਾਲੇ ਡਾਕਟਰ ਨੇ ਕਿਹਾ ਕਿ ਘਰ ਦੀ ਸਿੱਲ੍ਹ ਕਰਕੇ ਸਾਹ ਦੀ "
        "ਤਕਲੀਫ਼ ਵਧਦੀ ਹੈ।\n"
        "ਮੇਰੇ ਪਤੀ [[PERSON:ਜਸਵਿੰਦਰ ਸਿੰਘ]] ([[PERSON:Jaswinder Singh]]) ਨੇ ਕਈ ਵਾਰ ਫ਼ੋਨ ਕੀਤਾ। ਸ਼ਿਕਾਇਤ ਨੰਬਰ "
        "[[REFERENCE:EBH-61207]] ਹੈ। ਇੱਕ ਵਾਰ ਜਿਹੜਾ ਬੰਦਾ ਮੁਰੰਮਤ ਲਈ ਆਇਆ, ਉਸਨੇ ਮੇਰੇ ਪਤੀ ਦੀ ਪੱਗ ਬਾਰੇ ਮਜ਼ਾਕ ਕੀਤਾ ਅਤੇ ਕਿਹਾ ਕਿ "
        "'[[OTHER_SPECIAL:ਸਿੱਖ]] ਲੋਕ ਬਹੁਤ ਮਸਾਲਾ ਪਕਾਉਂਦੇ ਹਨ, ਇਸੇ ਕਰਕੇ ਸਿੱਲ੍ਹ ਹੁੰਦੀ ਹੈ'। ਇਹ ਬਹੁਤ ਗਲਤ ਸੀ।\n"
        "ਸਾਡਾ ਪੁੱਤਰ [[PERSON:ਗੁਰਨੂਰ]] [[ADDRESS:Brent Meadow Primary School]] ਵਿੱਚ ਪੜ੍ਹਦਾ ਹੈ ਅਤੇ ਉਸਦੀ ਟੀਚਰ ਨੇ ਵੀ ਪੁੱਛਿਆ ਕਿ "
        "ਉਸਦੇ ਕੱਪੜਿਆਂ ਵਿੱਚੋਂ ਸਿੱਲ੍ਹ ਦੀ ਬੋ ਕਿਉਂ ਆਉਂਦੀ ਹੈ। ਸਾਨੂੰ ਸ਼ਰਮ ਆਉਂਦੀ ਹੈ। ਅਸੀਂ ਹਰ ਮਹੀਨੇ £1,050 ਕਿਰਾਇਆ ਦਿੰਦੇ ਹਾਂ।\n"
        "ਕਿਰਪਾ ਕਰਕੇ [[PHONE:020 7946 0489]] 'ਤੇ ਸ਼ਾਮ 6 ਵਜੇ ਤੋਂ ਬਾਅਦ ਫ਼ੋਨ ਕਰੋ। ਧੰਨਵਾਦ।",
    ),
    (
        "fv2b-pa-02",
        "pa",
        # a letter dictated by a father to his daughter
        "ਸ੍ਰੀਮਾਨ ਜੀ,\n"
        "ਇਹ ਚਿੱਠੀ ਮੇਰੀ ਧੀ [[PERSON:ਮਨਦੀਪ]] ਲਿਖ ਰਹੀ ਹੈ, ਮੈਂ ਬੋਲ ਰਿਹਾ ਹਾਂ। ਮੇਰਾ ਨਾਮ [[PERSON:ਗੁਰਦੇਵ ਸਿੰਘ ਸੰਧੂ]] ਹੈ, ਜਨਮ ਮਿਤੀ "
        "[[DATE_OF_BIRTH:ਤਿੰਨ ਮਾਰਚ ਉੱਨੀ ਸੌ ਪੰਜਾਹ]]। ਮੈਂ [[ADDRESS:ਫਲੈਟ 6, Sutlej House]], [[POSTCODE:WV2 3AG]] ਵਿੱਚ 1998 ਤੋਂ "
        "ਰਹਿ ਰਿਹਾ ਹਾਂ। ਨੈਸ਼ਨਲ ਇੰਸ਼ੋਰੈਂਸ ਨੰਬਰ [[NI_NUMBER:QQ 17 62 84 C]]।\n"
        "ਮੈਨੂੰ [[HEALTH:ਗਠੀਆ]] ਹੈ ਅਤੇ ਪਿਛਲੇ ਸਾਲ ਗੋਡਾ ਬਦਲਿਆ ਗਿਆ ਸੀ। ਸਾਡੀ ਬਿਲਡਿੰਗ ਦੀ ਲਿਫ਼ਟ ਮਾਰਚ ਤੋਂ ਬੰਦ ਹੈ। ਮੈਂ ਚੌਥੀ "
        "ਮੰਜ਼ਿਲ 'ਤੇ ਹਾਂ, ਇਸ ਲਈ ਨਾ [[ADDRESS:Blakenhall Medical Practice]] ਜਾ ਸਕਦਾ ਹਾਂ, ਨਾ ਹੀ ਐਤਵਾਰ ਨੂੰ ਗੁਰਦੁਆਰੇ। New Cross "
        "Hospital ਦੀ ਅਪੌਇੰਟਮੈਂਟ ਵੀ ਦੋ ਵਾਰ ਛੱਡਣੀ ਪਈ।\n"
        "[[ORGANISATION:Black Country Living]] ਨੂੰ ਕਈ ਵਾਰ ਦੱਸਿਆ। ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:BCL/LIFT/3390]]। ਉਹ ਕਹਿੰਦੇ ਹਨ ਕਿ "
        "ਠੇਕੇਦਾਰ [[ORGANISATION:Midlands Lift Co]] ਨੂੰ ਪੁਰਜ਼ਾ ਨਹੀਂ ਮਿਲ ਰਿਹਾ। ਛੇ ਮਹੀਨੇ! Wolverhampton ਵਿੱਚ ਮੈਂ ਚਾਲੀ ਸਾਲ ਕੰਮ "
        "ਕੀਤਾ, ਕਦੇ ਕਿਸੇ ਤੋਂ ਕੁਝ ਨਹੀਂ ਮੰਗਿਆ।\n"
        "ਮੇਰਾ ਫ਼ੋਨ ਨੰਬਰ [[PHONE:੦੭੭੦੦ ੯੦੦ ੬੫੪]] ਹੈ, ਪਰ ਮੈਨੂੰ ਅੰਗਰੇਜ਼ੀ ਘੱਟ ਆਉਂਦੀ ਹੈ, ਇਸ ਲਈ [[PERSON:ਮਨਦੀਪ]] ਨੂੰ "
        "[[EMAIL:mandeep.sandhu@example.org]] 'ਤੇ ਲਿਖੋ।\n"
        "ਧੰਨਵਾਦ ਸਹਿਤ,\n[[PERSON:ਗੁਰਦੇਵ ਸਿੰਘ ਸੰਧੂ]]\n"
        "(ਬਾਪੂ ਜੀ ਵੱਲੋਂ, ਲਿਖਤ: [[PERSON:ਮਨਦੀਪ ਕੌਰ]])",
    ),
    (
        "fv2b-pa-03",
        "pa",
        "[ਵੌਇਸਮੇਲ, ਰਿਪੇਅਰ ਲਾਈਨ, ਸਵੇਰੇ 8:05]\n"
        "ਹੈਲੋ ਜੀ, ਮੈਂ [[PERSON:ਬਲਜੀਤ]] ਬੋਲ ਰਿਹਾ ਹਾਂ, ਸਾਰੇ ਮੈਨੂੰ [[PERSON:Bally]] ਕਹਿੰਦੇ ਹਨ। ਅਸੀਂ Handsworth ਵਿੱਚ "
        "[[ADDRESS:Sandhu Cash & Carry]] ਦੇ ਉੱਤੇ ਵਾਲੇ ਫਲੈਟ ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ। ਤਿੰਨ ਦਿਨਾਂ ਤੋਂ ਗਰਮ ਪਾਣੀ ਨਹੀਂ ਹੈ। ਤੁਹਾਡਾ ਮੁੰਡਾ "
        "[[PERSON:Mark]] ਪਰਸੋਂ ਆਇਆ ਸੀ, ਕਹਿੰਦਾ 'I will be back tomorrow', ਪਰ ਨਹੀਂ ਆਇਆ। ਜੌਬ ਨੰਬਰ ਹੈ "
        "[[REFERENCE:HX 204 8817]]।\n"
        "ਹੋਰ ਗੱਲ, ਪਿਛਲੇ ਪਾਸੇ ਇੱਕ ਚਿੱਟੀ ਵੈਨ [[OTHER_ID:KN70 PLT]] ਹਫ਼ਤੇ ਤੋਂ ਖੜ੍ਹੀ ਹੈ, ਫ਼ਾਇਰ ਐਗਜ਼ਿਟ ਬੰਦ ਹੈ। ਮੇਰੇ ਡੈਡੀ "
        "[[AGE:82 ਸਾਲ]] ਦੇ ਹਨ ਅਤੇ ਉਹਨਾਂ ਨੂੰ [[HEALTH:ਡਿਮੈਂਸ਼ੀਆ]] ਹੈ, ਜੇ ਅੱਗ ਲੱਗ ਜਾਵੇ ਤਾਂ ਕੀ ਕਰਾਂਗੇ? ਮਕਾਨ ਮਾਲਕ "
        "[[ORGANISATION:Handsworth Lets Ltd]] ਹੈ, ਉਹ ਕਹਿੰਦੇ ਨੇ ਰਿਪੇਅਰ ਤੁਹਾਡੀ ਜ਼ਿੰਮੇਵਾਰੀ ਹੈ। ਅਸੀਂ ਕਿੰਨੀ ਵਾਰ ਫ਼ੋਨ ਕਰੀਏ?\n"
        "ਮੈਨੂੰ ਵਾਪਸ ਫ਼ੋਨ ਕਰੋ: [[PHONE:ਜ਼ੀਰੋ ਸੱਤ ਸੱਤ ਡਬਲ ਜ਼ੀਰੋ, ਨੌਂ ਡਬਲ ਜ਼ੀਰੋ, ਤਿੰਨ ਦੋ ਸੱਤ]], ਜਾਂ ਮੇਰੀ ਘਰਵਾਲੀ [[PERSON:ਰਾਜ]] "
        "ਨੂੰ [[PHONE:0121 496 0552]] 'ਤੇ। ਉਹ ਦੁਪਹਿਰ 2 ਵਜੇ ਤੱਕ ਘਰ ਹੁੰਦੀ ਹੈ, ਫਿਰ City Hospital ਵਿੱਚ ਸ਼ਿਫ਼ਟ 'ਤੇ ਜਾਂਦੀ ਹੈ। "
        "ਚੱਲੋ, ਸ਼ੁਕਰੀਆ ਜੀ।",
    ),
    (
        "fv2b-pa-04",
        "pa",
        # Punjabi and English mixed, a WhatsApp to a councillor
        "Cllr [[PERSON:Dhillon]] ਜੀ, ਸਤ ਸ੍ਰੀ ਅਕਾਲ 🙏\n"
        "Sorry to message late, ਪਰ ਹੁਣ ਹੱਦ ਹੋ ਗਈ ਹੈ। ਅਸੀਂ [[ADDRESS:54 Tiverton Gardens]], [[POSTCODE:B66 3RQ]] ਵਿੱਚ ਰਹਿੰਦੇ "
        "ਹਾਂ। Roof ਤੋਂ leak ਹੋ ਰਿਹਾ ਹੈ since October, ਅਤੇ [[ORGANISATION:Sandwell Vale Housing]] ਵਾਲੇ ਬੱਸ ਕਹਿੰਦੇ ਨੇ 'we have "
        "logged it'. Case number [[REFERENCE:SVH/77/10432]]।\n"
        "ਮੇਰੀ wife [[PERSON:ਗੁਰਪ੍ਰੀਤ]] ਨੂੰ baby ਤੋਂ ਬਾਅਦ [[HEALTH:ਡਿਪਰੈਸ਼ਨ]] ਹੋ ਗਿਆ, ਅਤੇ ਸਾਡੀ ਬੇਟੀ [[PERSON:ਨੂਰ]] ਸਿਰਫ਼ "
        "[[AGE:ਦੋ ਸਾਲ]] ਦੀ ਹੈ। Sandwell General Hospital ਵਾਲੀ health visitor ਨੇ ਵੀ ਲਿਖਿਆ ਕਿ ਘਰ unsafe ਹੈ।\n"
        "[[ADDRESS:ਨੰਬਰ 56]] ਵਾਲੇ uncle [[PERSON:Jagtar]] ਦਾ ਵੀ same problem ਹੈ। ਮੈਂ ਸਾਰੀਆਂ photos Instagram 'ਤੇ "
        "[[OTHER_ID:@smethwick_leaks]] 'ਤੇ ਪਾਈਆਂ ਹਨ, 3,000 ਲੋਕਾਂ ਨੇ ਦੇਖੀਆਂ।\n"
        "Please ਮੈਨੂੰ email ਕਰੋ: [[EMAIL:gurpreet underscore 88 at example dot net]] — ਇਹ wife ਦਾ email ਹੈ, ਮੇਰਾ ਨਾਮ "
        "[[PERSON:Harjot]] ਹੈ, ਫ਼ੋਨ [[PHONE:07700 900 791]]। GP ਵੀ ਦੱਸ ਦਿਆਂ: [[ADDRESS:Cape Hill Medical Centre]], ਜੇ ਕੋਈ "
        "letter ਚਾਹੀਦਾ ਹੋਵੇ।\n"
        "ਬਹੁਤ ਧੰਨਵਾਦ ਜੀ, hope to hear soon.",
    ),
    (
        "fv2b-pa-05",
        "pa",
        "ਘਟਨਾਕ੍ਰਮ – [[PERSON:ਕੁਲਵੰਤ ਕੌਰ ਗਿੱਲ]]\n"
        "ਪਤਾ: [[ADDRESS:ਬੇਸਮੈਂਟ ਫਲੈਟ, 40 Clarence Street]], [[POSTCODE:de236lp]]\n"
        "• 4 ਜਨਵਰੀ: ਮੀਂਹ ਤੋਂ ਬਾਅਦ ਬੇਸਮੈਂਟ ਵਿੱਚ ਦੋ ਇੰਚ ਪਾਣੀ। ਮਕਾਨ ਮਾਲਕ ਦੀ ਏਜੰਸੀ [[ORGANISATION:Derwent Lettings]] ਨੂੰ "
        "ਫ਼ੋਨ ਕੀਤਾ, ਰੈਫ਼ਰੈਂਸ [[REFERENCE:DL-0401-2291]]।\n"
        "• 11 ਜਨਵਰੀ: ਏਜੰਟ [[PERSON:Tom]] ਆਇਆ, ਕਹਿੰਦਾ 'ਪੰਪ ਲੱਗੇਗਾ'। ਕੁਝ ਨਹੀਂ ਲੱਗਿਆ।\n"
        "• 2 ਫ਼ਰਵਰੀ: ਮੇਰੇ ਪਤੀ [[PERSON:ਅਮਰੀਕ]] ਦਾ [[OTHER_SPECIAL:spouse visa]] ਦਾ ਕੇਸ ਚੱਲ ਰਿਹਾ ਹੈ; ਏਜੰਟ ਨੇ BRP ਦੀ ਕਾਪੀ "
        "ਮੰਗੀ, ਨੰਬਰ [[OTHER_ID:RF9012345]]। ਫਿਰ ਕਹਿੰਦਾ ਜੇ ਸ਼ਿਕਾਇਤ ਕੀਤੀ ਤਾਂ Home Office ਨੂੰ ਦੱਸ ਦੇਵੇਗਾ।\n"
        "• 20 ਫ਼ਰਵਰੀ: ਬੇਟੇ [[PERSON:ਜੋਬਨ]] ([[AGE:9 ਸਾਲ]]) ਨੂੰ [[HEALTH:ਨਿਮੋਨੀਆ]] ਹੋਇਆ, Royal Derby Hospital ਵਿੱਚ 3 ਦਿਨ।\n"
        "• 1 ਮਾਰਚ: council ਦੇ environmental health ਨੂੰ ਸ਼ਿਕਾਇਤ, ਕੇਸ [[REFERENCE:EH/24/1187]]।\n"
        "• 15 ਮਾਰਚ: ਕਿਰਾਇਆ £725 ਭਰਿਆ, ਖਾਤਾ ਨੰਬਰ [[OTHER_ID:71823360]], ਸੌਰਟ ਕੋਡ [[OTHER_ID:60-83-01]] ਤੋਂ। ਰਸੀਦ ਨਹੀਂ "
        "ਮਿਲੀ।\n"
        "ਸੰਪਰਕ: [[PHONE:01632 960 735]], [[EMAIL:kulwant.gill@example.com]]। [[PERSON:ਜੋਬਨ]] [[ADDRESS:Clarence Park Junior "
        "School]] ਜਾਂਦਾ ਹੈ, ਸਕੂਲ ਵਾਲੇ ਵੀ ਚਿੱਠੀ ਦੇ ਸਕਦੇ ਹਨ।",
    ),
]


# ---------------------------------------------------------------- conversion
KINDS = {
    "PERSON",
    "ADDRESS",
    "POSTCODE",
    "PHONE",
    "EMAIL",
    "NI_NUMBER",
    "REFERENCE",
    "DATE_OF_BIRTH",
    "AGE",
    "OTHER_ID",
    "ORGANISATION",
    "HEALTH",
    "OTHER_SPECIAL",
}
LANGS = ["en", "pl", "ro", "ar", "ur", "bn", "pa"]
OUT = "/tmp/fresh_v2b.jsonl"


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
