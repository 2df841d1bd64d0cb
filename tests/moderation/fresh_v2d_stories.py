"""A fourth batch of fresh stories under version 2 of the marking, by a fourth writer.

28 stories (4 each in English, Polish, Romanian, Arabic, Urdu, Bengali and Punjabi in
Gurmukhi): plain first-person accounts of repair complaints, formal and chatty, with
family, neighbours, staff and contractors named naturally. The writer never saw the
detector, its tests or the other sets.

Measured at first sight on 7 December 2026, before any change made for it: 78.6% of
stories leak-free, recall 98.5%, precision 94.8% (English 100% / 100%, every other
language 75% leak-free); after a round of work on the third batch only, which had not
seen this one, 82.1% / 98.7% / 94.8%. Its misses have not been looked at.

Same format as ``fresh_v2_stories``: ``[[KIND:text]]`` inline, ``as_jsonl_lines`` for
``score.py``. All people, places, organisations and numbers are invented.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block):
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    # ---------------------------------------------------------------- English
    (
        "fv2d-en-01",
        "en",
        _s("""
Dear Sir or Madam, I am writing to [[ORGANISATION:Brightwater Homes]] to make a formal stage 1 complaint
about damp and mould at my home, [[ADDRESS:Flat 4, 22 Holbrook Road]], Bristol [[POSTCODE:BS5 8JT]]. My
tenancy reference is [[REFERENCE:HT-0048213]]. I live here with my partner [[PERSON:Daniel Okafor]] and our
son [[PERSON:Tobias]], who is [[AGE:3]]. Since October the wall behind his cot has been black with mould and
he has been treated for [[HEALTH:bronchiolitis]] twice. Your surveyor, Mr [[PERSON:Clive Hargreaves]],
inspected on 14 November and promised a mould wash and a dehumidifier within ten working days. Nothing
happened. When I chased, the repairs line on [[PHONE:01632 960418]] told me job [[REFERENCE:RJ-771402]] had
been closed as completed. It was not. Our GP at [[ADDRESS:Eastville Medical Centre]] has written a letter
supporting a move, which I attach. I would like the mould treated properly, the bathroom extractor fan
replaced, and compensation for the ruined bedding and clothes. Please reply to
[[EMAIL:amelia.okafor@example.com]] or call me on [[PHONE:07700 900182]].
Yours faithfully, [[PERSON:Amelia Okafor]]
"""),
    ),
    (
        "fv2d-en-02",
        "en",
        _s("""
ok so this has been going on since march and i'm at the end of my rope. the guy upstairs at
[[ADDRESS:number 17]] (everyone calls him [[PERSON:Big Steve]]) plays music til 4am most weekends and his
mates park a white van, reg [[OTHER_ID:KM19 XTD]], right across our drive. my wife [[PERSON:Shireen]] works
early shifts at the hospital so she's basically not sleeping. we reported it to
[[ORGANISATION:Northgate Housing]], got an asb case number [[REFERENCE:ASB/2024/0391]] and then nothing for
six weeks. the asb officer [[PERSON:Kayleigh]] finally rang back and said they'd send a link to a noise app.
we live right behind the [[ADDRESS:Red Lion]] so we know what loud is, and this is worse. he's also been
posting about us on instagram as [[OTHER_ID:@stevo_17_vibes]] which is just nasty. our kids [[PERSON:Zain]]
and [[PERSON:Aleena]] are [[AGE:8]] and [[AGE:5]] and they're scared of him on the stairs. if anyone from
the housing reads this my number is [[PHONE:07700 900 735]], postcode [[POSTCODE:m146ux]] if that helps.
cheers, [[PERSON:Naveed]]
"""),
    ),
    (
        "fv2d-en-03",
        "en",
        _s("""
Case summary prepared by [[PERSON:Rachel Brennan]], Resident Liaison Officer,
[[ORGANISATION:Harbour Vale Housing Association]]. Mr [[PERSON:Edwin Mensah-Clarke]] (date of birth
[[DATE_OF_BIRTH:2 February 1951]]) lives alone at [[ADDRESS:Flat 11, Cedar House]] on the
[[ADDRESS:Marlowe Estate]], [[POSTCODE:SE15 3RQ]]. He uses a wheelchair following a [[HEALTH:stroke]] and
has [[HEALTH:type 2 diabetes]]. On 3 January water began coming through his kitchen ceiling from
[[ADDRESS:flat 15]] above. Our contractor, [[ORGANISATION:Pipeline Plumbing Ltd]], attended under job
[[REFERENCE:HV-R-558190]] but could not get access because the tenant of [[ADDRESS:flat 15]], Ms
[[PERSON:Danuta Kowal]], was away. Mr [[PERSON:Mensah-Clarke]]'s nephew [[PERSON:Kofi]] rang us on
[[PHONE:020 7946 0573]] to say part of the ceiling had come down. We forced entry under the tenancy
agreement the following morning. Mr [[PERSON:Mensah-Clarke]] was offered a temporary move and £250 for
damaged belongings. With his consent his NHS number, [[OTHER_ID:943 476 5919]], was passed to the
occupational therapist to arrange a new hoist. Complaint reference [[REFERENCE:HVHA-CMP-20931]].
"""),
    ),
    (
        "fv2d-en-04",
        "en",
        _s("""
Writing this for my mum, [[PERSON:Patricia Doyle]], who's [[AGE:79]] and not great with computers. Her
boiler at [[ADDRESS:6 Linnet Close]], Liverpool [[POSTCODE:l49rg]] has packed up three times since
Christmas. Each time [[ORGANISATION:Warmfix Heating Services]] send someone out, a lad called
[[PERSON:Jordan]] bleeds the radiators and goes, and two days later it's freezing again. She has
[[HEALTH:COPD]] and [[HEALTH:arthritis]] in both hands so the cold really hits her. She goes to
[[ADDRESS:St Brigid's]] every Sunday and it was Father [[PERSON:Tom Keane]] who noticed she'd been wearing
her coat indoors. Her tenancy number is [[REFERENCE:TN 40-1187-2]] and the complaint I raised online is
[[REFERENCE:C-0093321]]. I've asked twice for a new boiler and been told it's "not end of life". Well,
neither is she, and I'd like to keep it that way. Her neighbour [[PERSON:Bill]] at [[ADDRESS:number 8]]
has been lending her a heater. If you want to talk to me it's [[PERSON:Siobhan]], on
[[PHONE:oh seven seven double oh, nine double oh, four six one]], or email
[[EMAIL:siobhan dot doyle at example dot net]].
"""),
    ),
    # ---------------------------------------------------------------- Polish
    (
        "fv2d-pl-01",
        "pl",
        _s("""
Szanowni Państwo, piszę w imieniu całej rodziny w sprawie wilgoci i pleśni w naszym mieszkaniu pod
adresem [[ADDRESS:Flat 7, 45 Beaconsfield Road]], Nottingham [[POSTCODE:NG7 2PX]]. Mieszkam tam z mężem
[[PERSON:Tomaszem]] oraz dziećmi, [[PERSON:Zuzią]] i [[PERSON:Kubą]]. [[PERSON:Zuzia]] ma [[AGE:6 lat]] i od
listopada ciągle kaszle, a lekarka z [[ADDRESS:Radford Health Centre]] podejrzewa [[HEALTH:astmę]].
Zgłaszałam problem trzy razy do [[ORGANISATION:Trentside Homes]], numer zgłoszenia
[[REFERENCE:TH-REP-66120]]. Pan [[PERSON:Gareth Moss]], inspektor, obiecał osuszacz i nowe okno w sypialni
dzieci, ale od jego wizyty minęły dwa miesiące, a grzyb wrócił na ścianę i na ubrania w szafie. Proszę o
pilne usunięcie pleśni, sprawdzenie wentylacji i rekompensatę za zniszczone meble. Dla identyfikacji
podaję numer ubezpieczenia [[NI_NUMBER:QQ 48 21 73 D]] oraz numer umowy najmu [[REFERENCE:TEN/88412]].
Jeśli nie otrzymam odpowiedzi w ciągu dziesięciu dni roboczych, zwrócę się do Housing Ombudsman.
Kontakt: [[PHONE:07700 900 529]], [[EMAIL:k.nowicka@example.com]].
Z poważaniem, [[PERSON:Katarzyna Nowicka]]
"""),
    ),
    (
        "fv2d-pl-02",
        "pl",
        _s("""
Nie wiem już, co robić. Od pół roku sąsiad spod [[ADDRESS:numeru 12]] puszcza muzykę w nocy, a jego pies
szczeka godzinami. Nazywa się [[PERSON:Lee Barker]], ale wszyscy na klatce mówią na niego
[[PERSON:Wielki Lee]]. Mój mąż [[PERSON:Wojtek]] pracuje na nocki w magazynie i nie może się wyspać w dzień.
Zgłosiłam to do [[ORGANISATION:Castlegate Living]], numer sprawy ASB [[REFERENCE:ASB-7781]]. Pani
[[PERSON:Sharon]] z biura powiedziała, że mam prowadzić dziennik hałasu. Prowadzę! Mam nagrania. Ostatnio
jego kolega zastawił nam wyjazd autem, rejestracja [[OTHER_ID:YR68 KPL]]. Nasza córka [[PERSON:Ola]] ma
[[AGE:11 lat]] i chodzi do [[ADDRESS:Greenfield Primary]], zaraz za rogiem, więc nie chcemy się
przeprowadzać. Pisałam też do radnej, pani [[PERSON:Hughes]], i nic. Jak ktoś miał podobną sytuację z tym
samym landlordem, proszę pisać na [[EMAIL:ania.wojcik85@example.org]] albo dzwonić
[[PHONE:07700 900 318]]. Jestem [[PERSON:Ania]], mieszkam na [[ADDRESS:Elmtree Estate]] od 2016 roku i
nigdy wcześniej nie było tu tak źle.
"""),
    ),
    (
        "fv2d-pl-03",
        "pl",
        _s("""
Dzień dobry, nazywam się [[PERSON:Marek Zieliński]], urodzony [[DATE_OF_BIRTH:piątego marca 1968]] roku,
najemca mieszkania [[ADDRESS:flat 3b, 9 Station Approach]], [[POSTCODE:CF24 1LT]]. Od października
przecieka dach nad moją sypialnią. Woda kapie prosto na łóżko, a ja po [[HEALTH:zawale serca]] nie
powinienem spać w zimnie i wilgoci. Firma [[ORGANISATION:Roofline Contractors Ltd]] była trzy razy; za każdym
razem pan [[PERSON:Dai]] mówi, że potrzebne jest rusztowanie, i odjeżdża. Numer zlecenia naprawy:
[[REFERENCE:RF-203311]]. Moja siostra [[PERSON:Halina]], która przyjeżdża do mnie ze Swansea, dzwoniła w
mojej sprawie na [[PHONE:01632 960 775]] i rozmawiała z panią [[PERSON:Moniką Price]]. Pani
[[PERSON:Monika]] przyznała, że sprawa „utknęła”. Mam [[AGE:56 lat]], jestem na rencie i nie stać mnie na
hotel. Sąsiad z [[ADDRESS:mieszkania 3a]], pan [[PERSON:Evans]], też ma zacieki na suficie. Proszę o
odpowiedź na piśmie albo mailowo: [[EMAIL:marek.z@example.net]]. Jeśli nic się nie zmieni w ciągu dziesięciu
dni roboczych, składam skargę do Housing Ombudsman.
"""),
    ),
    (
        "fv2d-pl-04",
        "pl",
        _s("""
Notatka z wizyty – [[PERSON:Joanna Lis]], opiekunka najemców, [[ORGANISATION:Riverbend Housing]]. Dnia
12 lutego odwiedziłam panią [[PERSON:Irenę Mazur]] ([[AGE:83 lata]]) w jej domu przy
[[ADDRESS:14 Willow Walk]]. Od trzech tygodni nie działa ogrzewanie; pani [[PERSON:Irena]] grzeje się
farelką i kocem. Ma [[HEALTH:demencję]] we wczesnym stadium, więc pomaga jej wnuczka,
[[PERSON:Basia Mazur]], tel. [[PHONE:07700 900 642]]. Zlecenie do [[ORGANISATION:HeatSafe Gas Ltd]] ma numer
[[REFERENCE:HS-99017]], ale technik [[PERSON:Paweł]] nie miał części. Pani [[PERSON:Irena]] chodzi co
niedzielę do kościoła [[ADDRESS:Matki Bożej Częstochowskiej]] na końcu ulicy i to ksiądz
[[PERSON:Andrzej]] zadzwonił do nas zaniepokojony. Ustalenia: grzejniki olejowe dostarczone dziś, wymiana
kotła do piątku, rekompensata 150 funtów. Dane do przelewu podała wnuczka: sort code
[[OTHER_ID:40-11-62]], konto kończące się na [[OTHER_ID:7730]]. Numer skargi: [[REFERENCE:RB-CMP-4512]].
Kolejna wizyta w poniedziałek. Kontakt do mnie: [[EMAIL:joanna.lis@riverbend.example.org]].
"""),
    ),
    # ---------------------------------------------------------------- Romanian
    (
        "fv2d-ro-01",
        "ro",
        _s("""
Stimată doamnă, stimate domn, mă numesc [[PERSON:Elena Dumitrescu]] și sunt chiriașă la
[[ORGANISATION:Lakeside Community Homes]] din 2020. Locuiesc la [[ADDRESS:apartamentul 21, Fenwick Tower]],
[[POSTCODE:E3 4NW]], împreună cu soțul meu, [[PERSON:Mihai]], și fetița noastră, [[PERSON:Ana-Maria]], care
are [[AGE:4 ani]]. De aproape un an pereții din dormitor sunt plini de mucegai negru.
[[PERSON:Ana-Maria]] a fost internată de două ori cu [[HEALTH:bronșită astmatică]], iar medicul de familie
de la [[ADDRESS:Bow Road Surgery]] a scris o scrisoare pentru dumneavoastră. Inspectorul, domnul
[[PERSON:Kevin Ashdown]], a venit pe 9 ianuarie și a spus că e „condensare din cauza stilului de viață”.
Nu sunt de acord: avem ventilație și aerisim zilnic. Numărul plângerii este [[REFERENCE:LCH-CMP-31877]],
iar numărul contractului [[REFERENCE:T-0072245]]. Vă rog să tratați mucegaiul, să verificați izolația
peretelui exterior și să ne mutați temporar dacă e nevoie. Mă puteți contacta la [[PHONE:020 7946 0388]]
sau [[EMAIL:elena.dumitrescu@example.com]]. Cu stimă, [[PERSON:Elena Dumitrescu]]
"""),
    ),
    (
        "fv2d-ro-02",
        "ro",
        _s("""
Nu mai suport. Vecinul de la [[ADDRESS:nr. 8]], [[PERSON:Gică]] cum îi zice toată lumea (de fapt
[[PERSON:Gheorghe Stan]]), bea în fiecare seară în curte cu prietenii și urlă până la 3 dimineața. Aruncă
sticle peste gard în grădina noastră, unde se joacă [[PERSON:Luca]], băiatul meu de [[AGE:7 ani]]. Am sunat
la [[ORGANISATION:Greenway Housing]] de cel puțin zece ori. Cazul de comportament antisocial are numărul
[[REFERENCE:ASB-24-1190]] și ofițerul e [[PERSON:Donna]], care mereu e „în concediu”. Am filmat tot și am
pus câteva clipuri pe TikTok, contul meu e [[OTHER_ID:@cristina.in.leeds]], să vadă lumea. Poliția a venit
o dată, au notat mașina prietenului lui, [[OTHER_ID:LD21 HWZ]], și gata. Soțul meu [[PERSON:Florin]] vrea
să ne mutăm, dar [[PERSON:Luca]] merge la [[ADDRESS:St Mary's Catholic Primary]] și îi place acolo, are
prieteni. Dacă cineva de la asociație citește asta, sunați-mă: [[PHONE:07700 900 857]]. Sunt
[[PERSON:Cristina]].
"""),
    ),
    (
        "fv2d-ro-03",
        "ro",
        _s("""
Raport intern – [[ORGANISATION:Ashby Road Housing Co-operative]]. Redactat de [[PERSON:Adrian Munteanu]],
coordonator reparații. Doamna [[PERSON:Silvia Radu]], născută pe [[DATE_OF_BIRTH:17.09.1979]], chiriașă la
[[ADDRESS:apartamentul 5, 42 Ashby Road]], [[POSTCODE:LE11 3AF]], a raportat o scurgere sub chiuvetă pe 2
martie. Lucrarea a fost trimisă la [[ORGANISATION:QuickFlow Drainage]] cu numărul [[REFERENCE:QF/55/2024]].
Instalatorul, [[PERSON:Ionuț]], a schimbat sifonul, dar apa a continuat să curgă prin pardoseală și a
ajuns în [[ADDRESS:apartamentul 2]] de dedesubt, unde locuiește domnul [[PERSON:Ravi Patel]]. Domnul
[[PERSON:Patel]] are [[HEALTH:scleroză multiplă]] și folosește cadru de mers, așa că pardoseala udă e un
risc real de cădere. Am trimis echipa de urgență a doua zi și am uscat ambele locuințe. Doamna
[[PERSON:Radu]] a cerut ca despăgubirea să fie plătită în contul ei, sort code [[OTHER_ID:20-45-77]], cont
[[OTHER_ID:53018842]]. Număr plângere: [[REFERENCE:ARHC-118]]. Contact: [[PHONE:01632 960 214]],
[[EMAIL:reparatii@ashbyroad.example.org]].
"""),
    ),
    (
        "fv2d-ro-04",
        "ro",
        _s("""
Bună ziua. De trei săptămâni nu avem căldură și nici apă caldă. Locuim în [[ADDRESS:apartamentul 61]] din
[[ADDRESS:Harcourt House]]: eu, mama mea [[PERSON:Viorica]], care are [[AGE:71 de ani]] și
[[HEALTH:insuficiență cardiacă]], și fratele meu [[PERSON:Sorin]]. Am sunat la linia de reparații,
[[PHONE:+44 (0)1632 960 903]], iar o doamnă pe nume [[PERSON:Beverley]] mi-a spus că boilerul comun e „în
așteptarea unei piese”. Firma, [[ORGANISATION:Thermacore Building Services]], nu răspunde deloc. Numărul
lucrării e [[REFERENCE:TBS-40871]]. Suntem [[OTHER_SPECIAL:romi]] și simt, sincer, că nu ne ia nimeni în
serios; vecinii de la etajul de jos au primit radiatoare electrice din prima zi. Mama a ajuns săptămâna
trecută la spital din cauza frigului. Dacă vreți să verificați, numărul ei NHS este
[[OTHER_ID:485 777 3456]]. Vă rog scrieți-mi la [[EMAIL:daniela.lazar@example.net]] sau pe Facebook,
[[OTHER_ID:facebook.com/daniela.lazar.71]]. Mulțumesc, [[PERSON:Daniela Lazăr]]
"""),
    ),
    # ---------------------------------------------------------------- Arabic
    (
        "fv2d-ar-01",
        "ar",
        _s("""
السادة في [[ORGANISATION:Oakfield Homes]] المحترمين، أكتب إليكم لتقديم شكوى رسمية بخصوص الرطوبة والعفن
في منزلنا، [[ADDRESS:الشقة 9، 33 Granville Street]]، شيفيلد [[POSTCODE:S2 4QB]]. اسمي
[[PERSON:عمر الخطيب]] ([[PERSON:Omar Al-Khatib]])، وأسكن مع زوجتي [[PERSON:ريم]] وأطفالنا الثلاثة. ابني
الأصغر [[PERSON:يوسف]] عمره [[AGE:سنتان]] ويعاني من [[HEALTH:الربو]]، وقد ساءت حالته منذ ظهور العفن على
جدار غرفته. زارنا المفتش السيد [[PERSON:مارك ديفيز]] في شهر ديسمبر ووعد بإرسال فريق لمعالجة العفن خلال
أسبوعين، ولم يحضر أحد حتى الآن. رقم الشكوى [[REFERENCE:OH-CMP-60214]] ورقم عقد الإيجار
[[REFERENCE:OFK/T/33109]]. طبيب العائلة في [[ADDRESS:Heeley Medical Practice]] كتب رسالة تؤكد أن الرطوبة
تؤثر على صحة الطفل. أطلب معالجة العفن فوراً، وتركيب مروحة تهوية في الحمام، وتعويضاً عن الأثاث والملابس
التالفة. يمكنكم التواصل معي على الرقم [[PHONE:07700 900 093]] أو عبر البريد الإلكتروني
[[EMAIL:omar.alkhatib@example.com]]. مع الشكر والتقدير، [[PERSON:عمر الخطيب]]
"""),
    ),
    (
        "fv2d-ar-02",
        "ar",
        _s("""
بصراحة تعبنا. الجيران فوقنا في [[ADDRESS:رقم 14]] يتشاجرون كل ليلة ويرمون أشياء على الأرض، والأولاد ما
يقدرون ينامون. بلّغنا [[ORGANISATION:Metro Living Housing]] أكثر من مرة، ورقم قضية السلوك المعادي للمجتمع
[[REFERENCE:ASB 55-0719]]. الموظفة اسمها [[PERSON:جيني]]، كل مرة تقول "سنرسل رسالة تحذير". بنتي
[[PERSON:لين]] عمرها [[AGE:9 سنوات]] وتدرس في [[ADDRESS:مدرسة Brookside الابتدائية]] وصارت تخاف ترجع
البيت. زوجي [[PERSON:سامر]] يشتغل سواق تاكسي بالليل، وسيارته [[OTHER_ID:BN70 RKE]] انخدشت مرتين قدام
البيت. إحنا [[OTHER_SPECIAL:لاجئين سوريين]] ونخاف إذا اشتكينا كثير يأثر على وضعنا. الجار نفسه كتب عنا
على تويتر من حساب [[OTHER_ID:@brookside_dave]] وحط صورة باب بيتنا. إذا أحد عنده نصيحة كلموني على
الواتساب [[PHONE:+44 7700 900 416]]. أنا [[PERSON:هبة]]، ساكنين قرب [[ADDRESS:مسجد النور]] من سنة 2019
وما صار معنا هيك أبداً. حتى الرسائل اللي بعثناها بالإيميل ما أحد رد عليها، وصار لنا أربعة شهور على هالحال.
"""),
    ),
    (
        "fv2d-ar-03",
        "ar",
        _s("""
ملخص حالة – أعدّته [[PERSON:نادية حسن]]، مسؤولة شؤون السكان في
[[ORGANISATION:Cityside Housing Association]]. السيدة [[PERSON:فاطمة الزهراء بن علي]] تسكن في
[[ADDRESS:الشقة 2ب، 71 Dunmore Road]]، [[POSTCODE:G42 8LS]]، وتاريخ ميلادها
[[DATE_OF_BIRTH:4 يونيو 1985]]. منذ 20 يناير يتسرب الماء إلى سقف مطبخها من حمام الشقة العلوية،
[[ADDRESS:الشقة 4ب]]. أرسلنا المقاول [[ORGANISATION:Clyde Plumbing & Heating]] بأمر العمل رقم
[[REFERENCE:CPH-771045]]، فأغلق الفني [[PERSON:ستيوارت]] المياه مؤقتاً فقط. السيدة [[PERSON:بن علي]]
حامل ولديها [[HEALTH:فقر دم]]، ولا تتحدث الإنجليزية جيداً، لذلك ترجم لها ابنها [[PERSON:أنس]] البالغ من
العمر [[AGE:15 عاماً]]. رقم تصريح إقامتها [[OTHER_ID:RB4409172]] مسجل في ملفها لأنها طلبت مساعدة في
الإيجار. الإجراءات المتفق عليها: إصلاح الأنابيب خلال 48 ساعة، وطلاء السقف، وتعويض قدره 200 جنيه. رقم
الشكوى [[REFERENCE:CHA-C-8842]]. للتواصل: [[PHONE:020 7946 0761]] أو
[[EMAIL:n.hassan@cityside.example.org]]. وسنتابع الحالة بعد أسبوع للتأكد من جفاف السقف وعدم ظهور عفن جديد.
"""),
    ),
    (
        "fv2d-ar-04",
        "ar",
        _s("""
السلام عليكم. أنا أم [[PERSON:خالد]]، واسمي [[PERSON:سعاد المصري]]، عمري [[AGE:٦٧ سنة]] وأسكن لوحدي في
[[ADDRESS:شقة ١٢]] في [[ADDRESS:Rosehill Court]]. من أول الشتاء التدفئة ما تشتغل، والمهندس من
[[ORGANISATION:BoilerCare UK]] جاء ثلاث مرات وكل مرة يقول القطعة مطلوبة. عندي [[HEALTH:روماتيزم]]
و[[HEALTH:ارتفاع ضغط الدم]] والبرد يتعبني كثير. ابني [[PERSON:خالد]] يعيش في برمنغهام ويتصل بالشركة
بدالي، رقمه [[PHONE:07700 900 271]]. رقم البلاغ عندهم [[REFERENCE:RH-44617]]. جارتي [[PERSON:ماري]] في
الشقة اللي جنبي ([[ADDRESS:رقم ١١]]) أعطتني دفاية صغيرة الله يجزاها خير. أصلي الجمعة في
[[ADDRESS:مسجد Leyton Green]] القريب من البيت، والإمام الشيخ [[PERSON:عبد الرحمن]] كتب رسالة للشركة
لكن ما ردوا عليه. أرجو منكم إصلاح التدفئة قبل ما يصير لي شي، الليل بارد كثير وأنا أنام بالبطانيات
والجاكيت. إيميل ابني [[EMAIL:khalid.almasri@example.net]] إذا حبيتوا تتواصلون معه. والله صار لي أكثر من شهرين على هالحال وما أحد سأل عني.
"""),
    ),
    # ---------------------------------------------------------------- Urdu
    (
        "fv2d-ur-01",
        "ur",
        _s("""
جناب عالی، میں [[PERSON:ثمینہ اقبال]] ([[PERSON:Samina Iqbal]]) [[ORGANISATION:Pennine View Housing]] کی
کرایہ دار ہوں اور [[ADDRESS:فلیٹ 3، 58 Whitley Road]]، بریڈفورڈ [[POSTCODE:BD3 9HL]] میں اپنے شوہر
[[PERSON:طارق]] اور دو بچوں کے ساتھ رہتی ہوں۔ پچھلے سال اکتوبر سے ہمارے بیڈروم اور باورچی خانے کی
دیواروں پر سیاہ پھپھوندی ہے۔ میری بیٹی [[PERSON:عائشہ]] کی عمر [[AGE:پانچ سال]] ہے اور اسے
[[HEALTH:دمہ]] ہے؛ [[ADDRESS:Bradford Moor Surgery]] کے ڈاکٹر نے لکھ کر دیا ہے کہ نمی اس کی حالت خراب کر
رہی ہے۔ آپ کے سرویئر مسٹر [[PERSON:اینڈریو ہل]] نے 6 نومبر کو معائنہ کیا تھا لیکن اس کے بعد کوئی کام
نہیں ہوا۔ میری شکایت کا نمبر [[REFERENCE:PVH-CMP-20877]] ہے اور مرمت کا نمبر [[REFERENCE:RJ 448190]]۔
میں درخواست کرتی ہوں کہ پھپھوندی کا مستقل علاج کیا جائے، کھڑکیوں کی مرمت ہو، اور خراب شدہ کپڑوں اور
بستر کا معاوضہ دیا جائے۔ مجھ سے [[PHONE:07700 900 564]] یا [[EMAIL:samina.iqbal@example.com]] پر رابطہ
کریں۔ شکریہ، [[PERSON:ثمینہ اقبال]]
"""),
    ),
    (
        "fv2d-ur-02",
        "ur",
        _s("""
یار کیا بتاؤں، ہمارے ساتھ والے گھر [[ADDRESS:نمبر 22]] میں جو لڑکے رہتے ہیں وہ رات بھر گاڑیوں میں بیٹھ
کر اونچی آواز میں گانے بجاتے ہیں اور گلی میں کچرا پھینکتے ہیں۔ ان میں سے ایک کو سب
[[PERSON:چھوٹا بلال]] کہتے ہیں، وہی سب سے زیادہ بدتمیزی کرتا ہے۔ اس کی کالی گاڑی کا نمبر
[[OTHER_ID:BF67 WXL]] ہے۔ میں نے [[ORGANISATION:Kirkgate Homes]] کو کئی بار فون کیا، اینٹی سوشل
بیہیویئر کیس نمبر [[REFERENCE:ASB/KG/3310]] ملا، مگر افسر [[PERSON:لیان]] ([[PERSON:Leanne]]) کہتی ہیں
ثبوت چاہیے۔ ثبوت بھی دیا، ویڈیوز بھی۔ میرے ابو کی عمر [[AGE:74 سال]] ہے اور انہیں [[HEALTH:ڈیمنشیا]]
ہے، شور سے وہ بہت پریشان ہو جاتے ہیں۔ ہم [[ADDRESS:جامعہ مسجد غوثیہ]] کے بالکل پیچھے رہتے ہیں، علاقے
میں سب ہمیں جانتے ہیں۔ [[PERSON:بلال]] نے انسٹاگرام پر [[OTHER_ID:@bilal_da_don7]] سے ہمارے گھر کی
ویڈیو بھی ڈالی تھی۔ کوئی مشورہ ہو تو مجھے [[EMAIL:imran.k88@example.org]] پر لکھیں یا
[[PHONE:07700 900 903]] پر کال کریں۔ [[PERSON:عمران]]
"""),
    ),
    (
        "fv2d-ur-03",
        "ur",
        _s("""
کیس نوٹ — [[PERSON:راحیلہ شاہ]]، ٹیننسی آفیسر، [[ORGANISATION:Lowfield Housing Trust]]۔ آج میں نے
محترمہ [[PERSON:پروین اختر]] سے ان کے گھر [[ADDRESS:19 Tennyson Street]] پر ملاقات کی۔ ان کی تاریخ
پیدائش [[DATE_OF_BIRTH:12 اگست 1958]] ہے۔ دو ہفتوں سے ہیٹنگ اور گرم پانی بند ہے۔ ان کے شوہر
[[PERSON:منظور احمد]] کو [[HEALTH:گردوں کی بیماری]] ہے اور وہ ہفتے میں تین بار ڈائیلاسز کے لیے جاتے
ہیں۔ ٹھیکیدار [[ORGANISATION:Apex Gas Solutions]] کا انجینئر [[PERSON:کریگ]] دو بار آیا، جاب نمبر
[[REFERENCE:AGS-019284]]، مگر بوائلر کا پرزہ نہیں ملا۔ ان کی بہو [[PERSON:نازیہ]] نے بتایا کہ انہوں نے
ہیلپ لائن [[PHONE:01632 960 347]] پر سات بار فون کیا۔ میں نے دو الیکٹرک ہیٹر فراہم کیے اور بوائلر کی
تبدیلی جمعہ تک منظور کی۔ معاوضہ 180 پاؤنڈ ان کے اس اکاؤنٹ میں بھیجا جائے گا جس کے آخری ہندسے
[[OTHER_ID:2291]] ہیں۔ شکایت نمبر [[REFERENCE:LHT/C/7720]]۔ اگلے ہفتے دوبارہ ملاقات ہو گی۔ فالو اپ کے
لیے: [[EMAIL:r.shah@lowfield.example.org]]
"""),
    ),
    (
        "fv2d-ur-04",
        "ur",
        _s("""
السلام علیکم، میرا نام [[PERSON:فیصل محمود]] ہے، عمر [[AGE:41 سال]]۔ ہم [[ADDRESS:Hartley House]] میں
[[ADDRESS:فلیٹ 7D]] میں رہتے ہیں۔ پچھلے تین مہینے سے باتھ روم کی چھت سے پانی ٹپک رہا ہے، اوپر والے فلیٹ
کا پائپ لیک ہے۔ [[ORGANISATION:Stonebridge Living]] والے کہتے ہیں کہ اوپر والے کرایہ دار مسٹر
[[PERSON:اوکونر]] دروازہ نہیں کھولتے۔ میری بیوی [[PERSON:رخسانہ]] [[HEALTH:ذیابیطس]] کی مریضہ ہیں اور
گیلے فرش پر دو بار پھسل کر گر چکی ہیں۔ ہمارا بیٹا [[PERSON:حمزہ]] [[ADDRESS:Oakwood Primary]] میں پڑھتا ہے
اور روز پوچھتا ہے کہ چھت کب ٹھیک ہو گی۔ مرمت کا نمبر [[REFERENCE:SL-REP-90031]] ہے اور ٹیننسی نمبر
[[REFERENCE:STB-00471]]۔ کونسل نے میرا نیشنل انشورنس نمبر مانگا تھا، وہ بھی دے دیا:
[[NI_NUMBER:QQ 90 11 22 A]]۔ سچ بتاؤں، ہم [[OTHER_SPECIAL:پاکستانی]] ہیں اور لگتا ہے ہماری بات کوئی سنتا
ہی نہیں۔ میرا نمبر [[PHONE:07700-900-148]] ہے، ای میل [[EMAIL:faisal.mahmood at example dot com]]۔
"""),
    ),
    # ---------------------------------------------------------------- Bengali
    (
        "fv2d-bn-01",
        "bn",
        _s("""
মাননীয় মহোদয়, আমি [[PERSON:রুমানা বেগম]], [[ORGANISATION:Eastbank Housing Group]]-এর একজন ভাড়াটিয়া।
আমি আমার স্বামী [[PERSON:জামাল উদ্দিন]] এবং তিন সন্তানের সঙ্গে [[ADDRESS:ফ্ল্যাট 16, Cranbrook House]],
[[POSTCODE:E2 0QT]]-এ থাকি। গত শীত থেকে বাচ্চাদের ঘরের দেয়ালে কালো ছত্রাক। আমার ছোট ছেলে
[[PERSON:রায়ান]], বয়স [[AGE:৪ বছর]], [[HEALTH:হাঁপানি]]-তে ভুগছে এবং দুইবার হাসপাতালে যেতে হয়েছে।
[[ADDRESS:Globe Town Surgery]]-র ডাক্তার একটি চিঠি দিয়েছেন। আপনাদের সার্ভেয়ার মিস্টার
[[PERSON:পল রবার্টস]] ১০ জানুয়ারি এসে বলেছিলেন দুই সপ্তাহের মধ্যে কাজ হবে, কিন্তু এখনও কিছুই
হয়নি। আমার অভিযোগ নম্বর [[REFERENCE:EHG-CMP-51230]] এবং ভাড়াটিয়া নম্বর [[REFERENCE:EB/T/20914]]।
অনুগ্রহ করে ছত্রাক স্থায়ীভাবে সারানো, জানালা মেরামত এবং নষ্ট হওয়া বিছানাপত্র ও কাপড়ের ক্ষতিপূরণের
ব্যবস্থা করুন। দশ কর্মদিবসের মধ্যে উত্তর না পেলে আমি হাউজিং ওম্বুডসম্যানের কাছে যাব। যোগাযোগ:
[[PHONE:০৭৭০০ ৯০০ ৬২৭]] অথবা [[EMAIL:rumana.begum@example.com]]। আমরা নিয়মিত ভাড়া দিচ্ছি, তবুও কেউ আমাদের কথা শুনছে না। বিনীত, [[PERSON:রুমানা বেগম]]
"""),
    ),
    (
        "fv2d-bn-02",
        "bn",
        _s("""
কী আর বলব, আমাদের উপরের [[ADDRESS:৯ নম্বর ফ্ল্যাটে]] নতুন যে লোকটা এসেছে, সে রাত দুটো-তিনটে পর্যন্ত
পার্টি করে। নাম [[PERSON:ড্যানি]], সবাই [[PERSON:পাগলা ড্যানি]] বলে ডাকে। আমার শাশুড়ির বয়স
[[AGE:৭০ বছর]], [[HEALTH:পারকিনসন্স]] আছে, একদম ঘুমাতে পারেন না। [[ORGANISATION:Poplar Riverside Homes]]-এ
অনেকবার ফোন করেছি, ASB কেস নম্বর [[REFERENCE:ASB-PRH-0628]]। অফিসার [[PERSON:জেসিকা]] বলে ডায়েরি
রাখতে। রাখছি তো! আমার মেয়ে [[PERSON:তানিয়া]] ([[PERSON:Tania]]) [[ADDRESS:Bow Creek Primary]]-তে পড়ে,
এখন ক্লাসে ঘুমিয়ে পড়ে, টিচার ফোন করেছিলেন। লোকটা নিজের গাড়ি [[OTHER_ID:LV65 DNX]] রোজ আমাদের পার্কিং
জায়গায় রাখে। আমরা [[ADDRESS:Bismillah Cash & Carry]]-র ঠিক উপরে থাকি, কেউ চাইলে এসে নিজের কানে শুনে
যেতে পারেন। গত মাসে পুলিশও একবার এসেছিল, কিন্তু তারা বলল এটা হাউজিং-এর বিষয়। আমরা আর কতদিন এভাবে থাকব? বাচ্চারা সারাদিন ক্লান্ত থাকে। আমার নম্বর [[PHONE:07700 900 481]], ইমেইল [[EMAIL:shapla.akter@example.net]]। —
[[PERSON:শাপলা]]
"""),
    ),
    (
        "fv2d-bn-03",
        "bn",
        _s("""
কেস সারাংশ — প্রস্তুতকারী [[PERSON:আনোয়ার হোসেন]], রিপেয়ার্স কোঅর্ডিনেটর,
[[ORGANISATION:Westhill Housing Association]]। জনাব [[PERSON:আব্দুল করিম]] (জন্মতারিখ
[[DATE_OF_BIRTH:৩ জুলাই ১৯৪৯]]) [[ADDRESS:27 Sandringham Road]], [[POSTCODE:L8 1TX]]-এ একা থাকেন। ১৫
ফেব্রুয়ারি রান্নাঘরের সিঙ্কের নিচের পাইপ ফেটে মেঝে ভেসে যায়। আমাদের ঠিকাদার
[[ORGANISATION:Mersey Pipeworks Ltd]] জরুরি কাজ নম্বর [[REFERENCE:MP-330917]]-এর অধীনে এসে পাইপ বদলায়,
কিন্তু মেঝের কাঠ পচে গেছে। জনাব [[PERSON:করিম]] [[HEALTH:দৃষ্টিপ্রতিবন্ধী]] এবং হাঁটতে লাঠি ব্যবহার
করেন, তাই ভেজা মেঝে বিপজ্জনক। তাঁর প্রতিবেশী মিসেস [[PERSON:জোন্স]], যিনি [[ADDRESS:25 নম্বরে]] থাকেন,
আমাদের [[PHONE:01632 960 558]] নম্বরে ফোন করে জানান। তাঁর নাতি [[PERSON:সামির]] অনুবাদ করেছে। সম্মতি
নিয়ে তাঁর NHS নম্বর [[OTHER_ID:401 023 2137]] অকুপেশনাল থেরাপিস্টকে দেওয়া হয়েছে। ক্ষতিপূরণ: ২৫০
পাউন্ড। মেঝে বদলানো হবে আগামী সপ্তাহে। এই ঘটনার পর আমরা ব্লকের সব পুরনো পাইপ পরীক্ষা করার সিদ্ধান্ত নিয়েছি, এবং পরবর্তী পরিদর্শনে আমি নিজে উপস্থিত থাকব। অভিযোগ নম্বর [[REFERENCE:WHA-C-60118]]। যোগাযোগ:
[[EMAIL:a.hossain@westhill.example.org]]
"""),
    ),
    (
        "fv2d-bn-04",
        "bn",
        _s("""
আসসালামু আলাইকুম। আমার নাম [[PERSON:মাহফুজ রহমান]], আমরা [[ADDRESS:Kingsley Estate]]-এর
[[ADDRESS:ফ্ল্যাট 42]]-এ থাকি। এক মাস ধরে হিটিং নেই, গরম পানিও আসে না অর্ধেক দিন। বাসায় আমার স্ত্রী
[[PERSON:নাসরিন]], আমাদের [[AGE:৮ মাসের]] বাচ্চা [[PERSON:আয়ান]] আর আমার মা থাকেন। মায়ের
[[HEALTH:ডায়াবেটিস]] আর [[HEALTH:হৃদরোগ]] আছে। [[ORGANISATION:Northside Homes]]-এর কন্ট্রাক্টর
[[ORGANISATION:HotSpot Heating]] থেকে [[PERSON:গ্যারি]] নামে একজন এসে বলল পাম্প বদলাতে হবে, তারপর আর
খবর নেই। জব নম্বর [[REFERENCE:HSH-7702]], কমপ্লেইন নম্বর [[REFERENCE:NH/CMP/39114]]। আমরা
[[ADDRESS:Kingsley Road Jame Masjid]]-এর কাছে থাকি, মসজিদের ইমাম সাহেবও অফিসে ফোন করেছিলেন। ফেসবুকে
টেনেন্টস গ্রুপের পেজে লিখেছি, আমার প্রোফাইল [[OTHER_ID:facebook.com/mahfuz.rahman.e1]]। কেউ সাহায্য
করতে চাইলে ফোন করুন [[PHONE:+44 20 7946 0219]] অথবা ইমেইল করুন
[[EMAIL:mahfuz dot rahman at example dot org]]। হাউজিং অফিস আমার ন্যাশনাল ইন্স্যুরেন্স নম্বর চেয়েছিল,
দিয়েছি: [[NI_NUMBER:QQ771204B]]। এই ঠান্ডায় ছোট বাচ্চা নিয়ে খুব কষ্টে আছি, দয়া করে তাড়াতাড়ি কিছু করুন।
"""),
    ),
    # ---------------------------------------------------------------- Punjabi (Gurmukhi)
    (
        "fv2d-pa-01",
        "pa",
        _s("""
ਸਤਿਕਾਰਯੋਗ ਸ੍ਰੀਮਾਨ ਜੀ, ਮੈਂ [[PERSON:ਹਰਪ੍ਰੀਤ ਕੌਰ]] ([[PERSON:Harpreet Kaur]]),
[[ORGANISATION:Greenleaf Housing]] ਦੀ ਕਿਰਾਏਦਾਰ ਹਾਂ। ਮੈਂ ਆਪਣੇ ਪਤੀ [[PERSON:ਗੁਰਮੀਤ ਸਿੰਘ]] ਅਤੇ ਦੋ ਬੱਚਿਆਂ
ਨਾਲ [[ADDRESS:84 Rookery Road]], [[POSTCODE:B21 9PA]] ਵਿੱਚ ਰਹਿੰਦੀ ਹਾਂ। ਪਿਛਲੇ ਨਵੰਬਰ ਤੋਂ ਪਿਛਲੇ ਕਮਰੇ
ਦੀ ਕੰਧ ਵਿੱਚ ਸਲ੍ਹਾਬ ਹੈ ਅਤੇ ਕਾਲੀ ਉੱਲੀ ਫੈਲ ਰਹੀ ਹੈ। ਮੇਰੀ ਧੀ [[PERSON:ਸਿਮਰਨ]], ਉਮਰ [[AGE:10 ਸਾਲ]], ਨੂੰ
[[HEALTH:ਦਮਾ]] ਹੈ ਅਤੇ [[ADDRESS:Birchfield Park Surgery]] ਦੇ ਡਾਕਟਰ ਨੇ ਲਿਖਿਆ ਹੈ ਕਿ ਸਲ੍ਹਾਬ ਨਾਲ ਉਸ ਦੀ
ਹਾਲਤ ਵਿਗੜ ਰਹੀ ਹੈ। ਤੁਹਾਡੇ ਇੰਸਪੈਕਟਰ ਸ੍ਰੀ [[PERSON:ਜੌਨ ਵਾਕਰ]] 3 ਦਸੰਬਰ ਨੂੰ ਆਏ ਸਨ, ਪਰ ਉਸ ਤੋਂ ਬਾਅਦ
ਕੋਈ ਕੰਮ ਨਹੀਂ ਹੋਇਆ। ਮੇਰੀ ਸ਼ਿਕਾਇਤ ਦਾ ਨੰਬਰ [[REFERENCE:GH-CMP-70452]] ਹੈ ਅਤੇ ਕਿਰਾਏਦਾਰੀ ਨੰਬਰ
[[REFERENCE:GLH-118803]]। ਕਿਰਪਾ ਕਰਕੇ ਉੱਲੀ ਦਾ ਪੱਕਾ ਇਲਾਜ ਕਰੋ, ਡੈਂਪ-ਪਰੂਫ਼ ਕੋਰਸ ਦੀ ਜਾਂਚ ਕਰੋ ਅਤੇ
ਖ਼ਰਾਬ ਹੋਏ ਫ਼ਰਨੀਚਰ ਅਤੇ ਕੱਪੜਿਆਂ ਦਾ ਮੁਆਵਜ਼ਾ ਦਿਓ। ਮੇਰਾ ਫ਼ੋਨ ਨੰਬਰ [[PHONE:07700 900 715]] ਹੈ ਅਤੇ ਈਮੇਲ
[[EMAIL:harpreet.kaur@example.com]]। ਧੰਨਵਾਦ ਸਹਿਤ, [[PERSON:ਹਰਪ੍ਰੀਤ ਕੌਰ]]
"""),
    ),
    (
        "fv2d-pa-02",
        "pa",
        _s("""
ਕੀ ਦੱਸਾਂ ਭਾਜੀ, ਸਾਡੇ ਨਾਲ ਵਾਲੇ [[ADDRESS:ਨੰਬਰ 46]] ਵਿੱਚ ਨਵੇਂ ਕਿਰਾਏਦਾਰ ਆਏ ਨੇ ਤੇ ਹੁਣ ਰੋਜ਼ ਰਾਤ ਨੂੰ
ਝਗੜੇ, ਉੱਚੀ ਆਵਾਜ਼ ਵਿੱਚ ਗਾਣੇ। ਇੱਕ ਬੰਦਾ ਹੈ ਜਿਸਨੂੰ ਸਾਰੇ [[PERSON:ਕਾਲਾ ਜੱਸੀ]] ਕਹਿੰਦੇ ਨੇ, ਉਹ ਆਪਣੀ ਚਿੱਟੀ
BMW [[OTHER_ID:FG17 OPV]] ਸਾਡੇ ਡਰਾਈਵਵੇਅ ਅੱਗੇ ਖੜ੍ਹੀ ਕਰ ਦਿੰਦਾ ਹੈ। ਮੇਰੇ ਬਾਪੂ ਜੀ [[AGE:82 ਸਾਲ]] ਦੇ
ਨੇ ਤੇ ਉਨ੍ਹਾਂ ਨੂੰ [[HEALTH:ਦਿਲ ਦੀ ਬਿਮਾਰੀ]] ਹੈ, ਰਾਤ ਨੂੰ ਸੌਂ ਨਹੀਂ ਸਕਦੇ। [[ORGANISATION:Oldbury Vale Homes]]
ਨੂੰ ਪੰਜ ਵਾਰ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ASB ਕੇਸ ਨੰਬਰ [[REFERENCE:OVH-ASB-2291]]। ਅਫ਼ਸਰ [[PERSON:ਸਟੇਸੀ]] ਕਹਿੰਦੀ ਹੈ
ਪੁਲਿਸ ਨੂੰ ਦੱਸੋ, ਪੁਲਿਸ ਕਹਿੰਦੀ ਹੈ ਹਾਊਸਿੰਗ ਨੂੰ ਦੱਸੋ। ਅਸੀਂ [[ADDRESS:ਗੁਰਦੁਆਰਾ ਸਿੰਘ ਸਭਾ]] ਦੇ ਬਿਲਕੁਲ
ਸਾਹਮਣੇ ਰਹਿੰਦੇ ਹਾਂ, ਸੰਗਤ ਵੀ ਪਰੇਸ਼ਾਨ ਹੈ। ਮੇਰੇ ਪੁੱਤ [[PERSON:ਜੱਗੀ]] ਨੇ ਵੀਡੀਓ ਬਣਾ ਕੇ ਟਿਕਟੌਕ
[[OTHER_ID:@jaggi.singh.0121]] ਤੇ ਪਾਈਆਂ, ਹੁਣ ਉਹ ਬੰਦਾ ਉਹਨੂੰ ਧਮਕੀਆਂ ਦਿੰਦਾ ਹੈ। ਕੋਈ ਮਦਦ ਕਰ ਸਕੇ ਤਾਂ ਫ਼ੋਨ
ਕਰੋ [[PHONE:07700 900 336]] ਜਾਂ ਲਿਖੋ [[EMAIL:kuldeep.sandhu@example.net]]। — [[PERSON:ਕੁਲਦੀਪ]]
"""),
    ),
    (
        "fv2d-pa-03",
        "pa",
        _s("""
ਕੇਸ ਨੋਟ — [[PERSON:ਮਨਜੀਤ ਗਿੱਲ]], ਟੈਨੈਂਸੀ ਸਸਟੇਨਮੈਂਟ ਅਫ਼ਸਰ, [[ORGANISATION:Leaside Housing Co-operative]]।
ਅੱਜ ਮੈਂ ਸ੍ਰੀਮਤੀ [[PERSON:ਬਲਵਿੰਦਰ ਕੌਰ ਢਿੱਲੋਂ]] ਨੂੰ ਉਨ੍ਹਾਂ ਦੇ ਘਰ [[ADDRESS:ਫ਼ਲੈਟ 5, 12 Clarendon Road]],
[[POSTCODE:ub24hr]] ਵਿਖੇ ਮਿਲੀ। ਜਨਮ ਮਿਤੀ: [[DATE_OF_BIRTH:22/11/1946]]। ਤਿੰਨ ਹਫ਼ਤਿਆਂ ਤੋਂ ਹੀਟਿੰਗ ਬੰਦ
ਹੈ। ਉਹ [[HEALTH:ਗਠੀਏ]] ਕਾਰਨ ਬਹੁਤ ਘੱਟ ਤੁਰਦੇ ਹਨ ਅਤੇ ਠੰਢ ਨਾਲ ਦਰਦ ਵਧ ਗਿਆ ਹੈ। ਠੇਕੇਦਾਰ
[[ORGANISATION:Westway Boilers Ltd]] ਦਾ ਇੰਜੀਨੀਅਰ [[PERSON:ਡੇਵ]] ਦੋ ਵਾਰ ਆਇਆ, ਜੌਬ ਨੰਬਰ
[[REFERENCE:WB-66120]], ਪਰ ਪੁਰਜ਼ਾ ਨਹੀਂ ਮਿਲਿਆ। ਉਨ੍ਹਾਂ ਦੀ ਨੂੰਹ [[PERSON:ਰਾਜ]] ([[PERSON:Raj]]) ਨੇ ਰਿਪੇਅਰ
ਲਾਈਨ [[PHONE:020 7946 0142]] ਤੇ ਛੇ ਵਾਰ ਫ਼ੋਨ ਕੀਤਾ। ਮੈਂ ਦੋ ਤੇਲ ਵਾਲੇ ਹੀਟਰ ਦਿੱਤੇ ਅਤੇ ਨਵਾਂ ਬੌਇਲਰ ਸੋਮਵਾਰ
ਤੱਕ ਮਨਜ਼ੂਰ ਕੀਤਾ। ਮੁਆਵਜ਼ਾ £200 ਉਨ੍ਹਾਂ ਦੇ ਖਾਤੇ ਵਿੱਚ ਜਾਵੇਗਾ: ਸੌਰਟ ਕੋਡ [[OTHER_ID:30-94-18]], ਖਾਤਾ ਨੰਬਰ
[[OTHER_ID:61447203]]। ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:LHC/C/5023]]। ਅਗਲੀ ਫੇਰੀ ਵੀਰਵਾਰ ਨੂੰ। ਸੰਪਰਕ:
[[EMAIL:m.gill@leaside.example.org]]
"""),
    ),
    (
        "fv2d-pa-04",
        "pa",
        _s("""
ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ ਜੀ। ਮੇਰਾ ਨਾਮ [[PERSON:ਅਮਨਦੀਪ ਸੰਧੂ]] ਹੈ, ਅਸੀਂ [[ADDRESS:Wellington Court]] ਦੇ
[[ADDRESS:ਫ਼ਲੈਟ 31]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ। ਛੱਤ ਚੋਂਦੀ ਹੈ, ਹਰ ਮੀਂਹ ਵਿੱਚ ਬਾਲਟੀਆਂ ਰੱਖਣੀਆਂ ਪੈਂਦੀਆਂ ਨੇ। ਉਪਰਲੇ
[[ADDRESS:ਫ਼ਲੈਟ 35]] ਵਾਲੀ ਬੀਬੀ [[PERSON:ਮੌਰੀਨ]] ਕਹਿੰਦੀ ਹੈ ਉਸਦੇ ਬਾਥਰੂਮ ਵਿੱਚ ਕੋਈ ਲੀਕ ਨਹੀਂ।
[[ORGANISATION:Brentside Homes]] ਨੇ ਪਲੰਬਰ ਭੇਜਿਆ, [[ORGANISATION:DripStop Services]] ਤੋਂ
[[PERSON:ਲੀਅਮ]], ਉਹ ਦਸ ਮਿੰਟ ਦੇਖ ਕੇ ਚਲਾ ਗਿਆ। ਮੇਰੀ ਛੋਟੀ ਧੀ [[PERSON:ਨਿੰਮੀ]] ਦਾ ਜਨਮ
[[DATE_OF_BIRTH:ਚੌਦਾਂ ਮਈ ਦੋ ਹਜ਼ਾਰ ਇੱਕੀ]] ਨੂੰ ਹੋਇਆ ਸੀ ਤੇ ਉਸਨੂੰ [[HEALTH:ਐਕਜ਼ੀਮਾ]] ਹੈ, ਸਲ੍ਹਾਬ ਨਾਲ ਹੋਰ
ਵਧ ਜਾਂਦਾ ਹੈ। ਉਹ [[ADDRESS:Little Acorns Nursery]] ਜਾਂਦੀ ਹੈ ਤੇ ਉੱਥੇ ਵਾਲੇ ਵੀ ਪੁੱਛਦੇ ਨੇ ਕਿ ਬੱਚੀ ਦੀ ਚਮੜੀ
ਨੂੰ ਕੀ ਹੋਇਆ। ਰਿਪੇਅਰ ਨੰਬਰ [[REFERENCE:BH-REP-40087]], ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:BH-C-9931]]। ਉਹਨਾਂ ਨੇ
ਪਛਾਣ ਲਈ ਮੇਰਾ ਪਾਸਪੋਰਟ ਨੰਬਰ ਵੀ ਮੰਗਿਆ ਸੀ, [[OTHER_ID:553904721]], ਫਿਰ ਵੀ ਕੁਝ ਨਹੀਂ ਹੋਇਆ। ਮੇਰਾ ਫ਼ੋਨ
[[PHONE:07700900285]] ਤੇ ਈਮੇਲ [[EMAIL:aman.sandhu@example.org]] ਹੈ।
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
