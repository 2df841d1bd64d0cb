"""Fresh version-2 PII test stories, batch bv.

Witness statements and statutory declarations prepared for disrepair claims, county court
hearings and Housing Ombudsman investigations: court and claim-number headings, "I, [full name],
of [address], will say as follows" openings (Subsemnata, ..., domiciliată în; Ja, ..., zamieszkały pod adresem; أنا، ...، المقيمة في,
میں، ...، ساکن, আমি, ..., ঠিকানা, ਮੈਂ, ..., ਵਾਸੀ), numbered paragraphs, dates of birth and NI numbers in
the heading block, statements of truth and 1835 Act declarations in each language's legal
phrasing, signatures and typed names at the foot ("M. Adeyemi-Cole", "ਐੱਚ. ਐੱਸ. ਗਿੱਲ"), and
interpreters' certificates naming the interpreter. Operatives, surveyors, officers and neighbours
are introduced in full and then by surname alone ("Mr Pryce", "Pryce said", "pan Hollis", "هاريسون",
"ਫੋਸਟਰ ਨੇ"); names are inflected (BOGDANA LISA, panu Lisowi, Wayne'owi Tolleyowi, Zająców, Doinei,
Florii, Ilincăi, টুটুলের, মুক্তার, রউফকে), given as nicknames beside the real name (Kuba, Zdzisio,
Gosia, Nicu, Nelu, Little Terry, پپو, گڑیا, چاند, টুটুল, খোকন, পাখি, ਬਿੱਟੂ, ਲਾਡੀ) or are ordinary words
(Hope, Grace, Joy, Will, Summer, Mark, Rose, Róża, Jagoda, Lis, Wilk, Sowa, Speranța, Floare,
Crăciun, أمل, نور, سعيد, خوشی, دانش, سحر, مسیح, শান্তি, শাপলা, মিস্ত্রি, ਖ਼ੁਸ਼ੀ, ਸੁਖ, ਜੋਤ). Marking
choices: a contiguous flat, block, number and street is one ADDRESS span with the town left out and
the postcode its own span; "Flat 26", "numerem 24", "apartamentul 8", "الشقة ٧", "مکان نمبر ۱۹",
"৬০ নম্বরে", "੧੬ ਨੰਬਰ" are ADDRESS; named GP practices, health centres, schools, churches, mosques and
gurdwaras the family uses are ADDRESS, while towns, districts, hospitals, courts and an
organisation's own offices are not marked. Claim, case, tenancy, repair, complaint, ASB, housing
register and Ombudsman numbers and solicitors' references are REFERENCE (value only); exhibit labels
(MAC/1, SV1, HG1-HG4), paragraph and statement numbers and event dates are not marked. Landlords,
named councils, contractors, solicitors' firms and care agencies are ORGANISATION. Interpreters'
NRPSI numbers, a PESEL number, ID card and passport numbers, NHS numbers, vehicle registrations,
handles, a Facebook profile address and sort codes and account numbers are OTHER_ID. Titles and
honorifics (Mr, pani, ks., domnul, doamna doctor, السيد, الشيخ, مسٹر, بی بی, باجی, مولانا, জনাব,
আপা, মিস্টার, ਭਾਜੀ, ਭੈਣ ਜੀ, ਸ., ਮਿਸ) stay outside the spans, as do hyphenated Bengali case endings
("-এর", "-এ"); endings fused to the word are inside. Ages are marked with their unit where one is
written ("18 months", "9 lat", "16-letnia", "71 de ani", "سنتان", "۸ سال", "৪ বছর", "੬ ਸਾਲ").
Named conditions are HEALTH each time they refer to the person (blindness all three times in ur-04); symptoms
(seizures, breathlessness, joint pain) are not. National origin, refugee or settled status, Roma
ethnicity and religion are OTHER_SPECIAL; languages (Tigrinya, Sylheti, Punjabi) are not marked.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 8 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 82.9% of 35, recall 98.9%, precision 84.6%, on the committed
detector a633380 (the detector that landed, 402f3ac, with three changes for speed that give the same spans on every story); leak-free by language ar 4, bn 4, en 5, pa 5, pl 3, ro 4, ur 4 of 5.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2bv-en-01",
        "en",
        _s("""
IN THE COUNTY COURT AT CENTRAL LONDON. Claim No. [[REFERENCE:K00CL417]]. BETWEEN
[[PERSON:MARCUS ADEYEMI-COLE]] (Claimant) and [[ORGANISATION:HOLLOWAY GATE HOUSING ASSOCIATION
LIMITED]] (Defendant). WITNESS STATEMENT OF [[PERSON:MARCUS ADEYEMI-COLE]]. Statement no. 1.
Exhibits MAC/1 to MAC/4. Date of birth: [[DATE_OF_BIRTH:9 October 1986]].

I, [[PERSON:Marcus Adeyemi-Cole]], of [[ADDRESS:Flat 22, Brantwood House, Pellerin Road]],
London [[POSTCODE:N16 8AX]], will say as follows:

1. I am the Claimant. I have been the assured tenant of the flat since March 2017, tenancy
reference [[REFERENCE:HGH/0041877]]. I live there with my partner, [[PERSON:Hope Mensah]], and
our daughter [[PERSON:Nia]], who is [[AGE:6]].

2. From about November 2022 water came through our bathroom ceiling from [[ADDRESS:Flat 26]]
above. I reported it to the Defendant's repairs line on [[PHONE:020 7946 0718]] and was given job
number [[REFERENCE:HG-R-558210]]. Copies of my texts and emails are at exhibit MAC/1.

3. On 14 February 2023 an operative, Mr [[PERSON:Dale Pryce]], attended. Mr [[PERSON:Pryce]]
looked at the ceiling and told me it was "a job for the roofers". [[PERSON:Pryce]] did not go up
to [[ADDRESS:Flat 26]]. Nobody came back.

4. [[PERSON:Nia]] has [[HEALTH:asthma]] and was seen twice at [[ADDRESS:Stamford Hill Group
Practice]] that winter. Her GP's letter is at exhibit MAC/2.

5. My solicitors, [[ORGANISATION:Greaves Lomax LLP]] (their ref. [[REFERENCE:JL/ADE/2291]]),
instructed a surveyor, Ms [[PERSON:Bethany Rourke]], whose report is at MAC/3. Ms
[[PERSON:Rourke]] found a failed waste pipe and rotten joists under the bath.

6. My neighbour, Mrs [[PERSON:Grace Ilori]] of [[ADDRESS:Flat 21]], has seen the ceiling and has
made a statement. Mrs [[PERSON:Ilori]]'s kitchen was also damaged.

7. After the claim was issued the Defendant replaced the pipe, repaired the ceiling in May 2024
and offered compensation, which I have accepted. Photographs of the finished work are at MAC/4.

Statement of truth: I believe that the facts stated in this witness statement are true. I
understand that proceedings for contempt of court may be brought against anyone who makes, or
causes to be made, a false statement in a document verified by a statement of truth without an
honest belief in its truth.

Signed: [[PERSON:M. Adeyemi-Cole]]. Name: [[PERSON:Marcus Adeyemi-Cole]]. Dated: 3 June 2024.
"""),
    ),
    (
        "fv2bv-en-02",
        "en",
        _s("""
HOUSING OMBUDSMAN SERVICE. Case reference: [[REFERENCE:202317884]]. Complainant: Mr
[[PERSON:Francis Doherty]]. Landlord: [[ORGANISATION:Amberley Vale Homes]]. STATEMENT OF
[[PERSON:ROSE BILLINGTON]].

I, [[PERSON:Rose Billington]], of [[ADDRESS:Flat 9, Lavender Court, Irlam Lane]], Salford
[[POSTCODE:M6 4TB]], date of birth [[DATE_OF_BIRTH:2 May 1951]], make this statement in support
of my neighbour's complaint.

1. I have lived at [[ADDRESS:Lavender Court]] since 2009. Mr [[PERSON:Doherty]], whom everyone
here calls [[PERSON:Frank]], lives in [[ADDRESS:Flat 31]] on the third floor. He is [[AGE:83]]
and has [[HEALTH:COPD]]; he uses oxygen at home.

2. The lift stopped working on 2 October 2023 and did not run again until 19 December 2023.
During that time [[PERSON:Frank]] could not manage the stairs. I took his shopping up twice a
week and collected his prescriptions from the chemist.

3. The scheme manager, Mr [[PERSON:Kenny Obi]], told us each week that a part was "on order". I
rang the landlord myself on [[PHONE:0161 496 0234]] and quoted the repair number
[[REFERENCE:AV-774120]]. The call handler, who gave her name as [[PERSON:Joy]], said there was
nothing she could do.

4. On 6 November [[PERSON:Frank]] missed an appointment at Salford Royal because he could not
leave the building. His son, [[PERSON:Will Doherty]], drove up from Stoke and carried him down.
[[PERSON:Will]] rang me afterwards and said his dad had cried in the car.

5. After the complaint reached stage 2, the lift contractor, [[ORGANISATION:Pennine Lift
Services]], fitted a new controller. [[ORGANISATION:Amberley Vale]] apologised in writing, paid
[[PERSON:Frank]] £650 and now texts every resident when the lift is out. Mr [[PERSON:Obi]] now
knocks on [[PERSON:Frank]]'s door every morning.

6. I am happy to be contacted on [[PHONE:07700 900163]] or at
[[EMAIL:rose.billington@example.com]].

I believe that the facts stated in this statement are true.

Signed [[PERSON:R. Billington]]. [[PERSON:ROSE BILLINGTON]]. Dated 11 March 2024.
"""),
    ),
    (
        "fv2bv-en-03",
        "en",
        _s("""
IN THE COUNTY COURT AT LEEDS. Claim No: [[REFERENCE:J7LS0392]]. [[PERSON:Semhar Tesfay]] v
[[ORGANISATION:Northmoor Homes Limited]]. Witness statement of the Claimant, translated from
Tigrinya. Exhibits ST/1 to ST/3.

I, [[PERSON:Semhar Tesfay]], of [[ADDRESS:37 Cranbrook Avenue]], Leeds [[POSTCODE:LS11 6JE]],
born [[DATE_OF_BIRTH:21 January 1994]], will say as follows:

1. I came to the United Kingdom from [[OTHER_SPECIAL:Eritrea]] in 2019 and was granted
[[OTHER_SPECIAL:refugee status]] in 2021. I have lived at [[ADDRESS:number 37]] since August
2021 with my son [[PERSON:Abel]], who is now [[AGE:3]].

2. From the first winter there was no heating in the back bedroom and there were mice in the
kitchen. I reported this many times. Job numbers [[REFERENCE:NM-448102]] and
[[REFERENCE:NM-451377]] are on the letters at exhibit ST/1.

3. The Defendant's operative, Mr [[PERSON:Gary Oldroyd]], came in January 2023.
[[PERSON:Oldroyd]] put down poison where [[PERSON:Abel]] plays and left. I did not understand
what he said because no interpreter was offered.

4. I am an [[OTHER_SPECIAL:Orthodox Christian]] and I attend [[ADDRESS:Kidane Mehret Church]] in
Harehills. A member of the church, Mrs [[PERSON:Mebrat Haile]], helped me telephone
environmental health. Their officer, Mr [[PERSON:Tom Greenhalgh]], inspected on 2 March 2023 and
served a notice on the Defendant.

5. [[PERSON:Abel]]'s health visitor recorded that he had [[HEALTH:bronchiolitis]] twice that
winter. Her notes are at ST/2. The Defendant then sealed the gaps, replaced the radiator and
paid me £1,200 (ST/3).

Statement of truth: I believe that the facts stated in this witness statement are true. I
understand that proceedings for contempt of court may be brought against anyone who makes a false
statement in a document verified by a statement of truth without an honest belief in its truth.
Signed: [[PERSON:Semhar Tesfay]]. Date: 30 October 2023.

INTERPRETER'S CERTIFICATE. I, [[PERSON:Yonas Gebremedhin]], NRPSI registration number
[[OTHER_ID:16284]], certify that I am competent in Tigrinya and English, that I translated this
statement and read it back to [[PERSON:Semhar Tesfay]] in Tigrinya, and that she confirmed she
understood it and that it is true. Telephone [[PHONE:0113 496 0587]]. Signed
[[PERSON:Y. Gebremedhin]].
"""),
    ),
    (
        "fv2bv-en-04",
        "en",
        _s("""
STATUTORY DECLARATION. I, [[PERSON:Dawn Marie Featherstone]], of [[ADDRESS:41 Coldwell
Crescent]], Sheffield [[POSTCODE:S5 9JH]], date of birth [[DATE_OF_BIRTH:17 August 1972]],
National Insurance number [[NI_NUMBER:JT 48 21 93 C]], do solemnly and sincerely declare as
follows:

1. I am the daughter of the late [[PERSON:Ivy Featherstone]], who was the sole tenant of
[[ADDRESS:41 Coldwell Crescent]] with [[ORGANISATION:Don Valley Homes]], tenancy reference
[[REFERENCE:DVH-T-0338142]], until her death on 4 January 2023.

2. I moved back into my mother's home in June 2019, when she was diagnosed with
[[HEALTH:vascular dementia]], and it was my only home until she died. I gave up my job to care
for her. My brother, [[PERSON:Mark Featherstone]], lives in Rotherham and visited at weekends.

3. My mother's GP at [[ADDRESS:Firth Park Surgery]] wrote to me at this address, and I was
registered there myself from July 2019. Copies of those letters are exhibited as DF1 to DF3.

4. In February 2023 [[ORGANISATION:Don Valley Homes]] refused my succession claim, saying there
was no evidence that I lived at the property. Their officer, Ms [[PERSON:Carly Nuttall]], said my
name was not on the council tax. Stage 2 complaint [[REFERENCE:CMP-23-1187]] upheld that
decision.

5. Our neighbour of thirty years, [[PERSON:Terence Platt]], known on the street as
[[PERSON:Little Terry]], saw me every day and has signed a letter, exhibit DF4.
[[PERSON:Platt]] also helped me lift Mum when she fell in the kitchen.

6. After the Housing Ombudsman opened case [[REFERENCE:202305561]], [[ORGANISATION:Don Valley
Homes]] reviewed the evidence, granted me the tenancy and apologised for Ms
[[PERSON:Nuttall]]'s handling of my claim.

And I make this solemn declaration conscientiously believing the same to be true and by virtue
of the provisions of the Statutory Declarations Act 1835.

Declared at Sheffield this 9th day of October 2023. [[PERSON:D. M. Featherstone]]. Before me,
[[PERSON:Ashok Varma]], Solicitor, a person entitled to administer oaths,
[[ORGANISATION:Varma & Hurst Solicitors]].
"""),
    ),
    (
        "fv2bv-en-05",
        "en",
        _s("""
IN THE COUNTY COURT AT BRISTOL. Claim number [[REFERENCE:L3BS4478]]. [[PERSON:Kieran Lusk]] and
[[PERSON:Summer Pike]] (Claimants) v [[ORGANISATION:Avonmead Housing Trust]] (Defendant).
WITNESS STATEMENT OF [[PERSON:JOY OKONJO]] on behalf of the Defendant. Exhibits JO/1 to JO/3.

I, [[PERSON:Joy Okonjo]], of [[ORGANISATION:Avonmead Housing Trust]], Harbourside Point,
Bristol, will say as follows:

1. I am the Repairs and Compliance Manager of the Defendant. I make this statement from my own
knowledge and from the Defendant's records.

2. The Claimants are joint tenants of [[ADDRESS:18 Kingsweston Walk]], Lawrence Weston, Bristol
[[POSTCODE:BS11 0PN]]. They live there with their son [[PERSON:Alfie]], who was
[[AGE:18 months]] old when the first report was made.

3. On 6 September 2023 Ms [[PERSON:Pike]] reported black mould in the nursery through our online
portal, reference [[REFERENCE:AHT-DM-20931]]. Under our damp and mould policy an inspection
should have followed within ten working days. It did not, and I accept that.

4. Our contractor, [[ORGANISATION:Severnside Damp Solutions Ltd]], sent an operative, Mr
[[PERSON:Jordan Mbeki]], on 29 November 2023. Mr [[PERSON:Mbeki]]'s job sheet (JO/2) records
"wipe down and stain block" only. That was not an adequate response.

5. In December 2023 Ms [[PERSON:Pike]] posted videos of the nursery on TikTok as
[[OTHER_ID:@summerpike_bs11]]. Those videos, and a photograph of our contractor's van,
registration [[OTHER_ID:WU19 KXP]], parked outside for forty minutes without anyone knocking,
were raised with us by the Claimants' solicitor, Mr [[PERSON:Ravi Chandran]] of
[[ORGANISATION:Chandran Webb]].

6. Since then we have installed positive input ventilation, replaced the nursery window and paid
the Claimants £2,750. Mr [[PERSON:Lusk]] has told us that [[PERSON:Alfie]] is sleeping through
the night again. I now review every damp and mould case personally; my direct line is
[[PHONE:0117 496 0352]].

Statement of truth: I believe that the facts stated in this witness statement are true. I
understand that proceedings for contempt of court may be brought against anyone who makes a false
statement in a document verified by a statement of truth without an honest belief in its truth.

Signed [[PERSON:J. Okonjo]]. [[PERSON:Joy Okonjo]], Repairs and Compliance Manager. 15 April 2024.
"""),
    ),
    (
        "fv2bv-pl-01",
        "pl",
        _s("""
SĄD HRABSTWA W BRENTFORD (County Court at Brentford). Sygnatura sprawy:
[[REFERENCE:H12BF307]]. Powód: [[PERSON:Bogdan Lis]]. Pozwany: [[ORGANISATION:Thameside Living
Ltd]]. OŚWIADCZENIE ŚWIADKA [[PERSON:BOGDANA LISA]], nr 1. Załączniki BL/1–BL/4. Data urodzenia:
[[DATE_OF_BIRTH:3 maja 1978]] r.

Ja, [[PERSON:Bogdan Lis]], zamieszkały pod adresem [[ADDRESS:Flat 5, Cedar House, 112 Syon
Lane]], Isleworth [[POSTCODE:TW7 5PN]], oświadczam, co następuje:

1. Jestem powodem w niniejszej sprawie. Od 2016 r. jestem najemcą lokalu, numer umowy najmu
[[REFERENCE:TL-0094513]]. Mieszkam z żoną [[PERSON:Wiesławą]] i synem [[PERSON:Jakubem]] (w domu
mówimy na niego [[PERSON:Kuba]]), który ma [[AGE:9 lat]] i [[HEALTH:autyzm]].

2. Od stycznia 2023 r. w łazience i w pokoju [[PERSON:Kuby]] pojawiał się czarny grzyb.
Zgłaszałem to telefonicznie pod numer [[PHONE:020 7946 0459]] oraz mailowo na adres
[[EMAIL:repairs@thameside.example.org]]. Numery zleceń: [[REFERENCE:TL-R-77120]] i
[[REFERENCE:TL-R-78843]] (załącznik BL/1).

3. W marcu 2023 r. przyszedł pracownik pozwanego, pan [[PERSON:Steve Hollis]]. Pan
[[PERSON:Hollis]] pomalował ścianę i powiedział, że to „wina suszenia prania w domu”. Po trzech
tygodniach grzyb wrócił.

4. [[PERSON:Kuba]] jest bardzo wrażliwy na zapachy i przez grzyb spał z nami w salonie.
Nauczycielka z [[ADDRESS:Worple Primary School]], pani [[PERSON:Helen Marsh]], napisała, że syn
jest ciągle zmęczony i kaszle (załącznik BL/2).

5. Mój sąsiad, pan [[PERSON:Dariusz Wilk]] z [[ADDRESS:mieszkania nr 6]], widział grzyb i złożył
własne oświadczenie. U pana [[PERSON:Wilka]] jest ten sam problem.

6. Po wniesieniu pozwu pozwany wymienił wentylację, osuszył ściany i wypłacił odszkodowanie.
Ugodę zawarto 12 lutego 2024 r.

Oświadczenie o prawdzie: Oświadczam, że fakty przedstawione w niniejszym oświadczeniu świadka są
prawdziwe. Rozumiem, że przeciwko każdemu, kto składa lub powoduje złożenie fałszywego
oświadczenia w dokumencie potwierdzonym oświadczeniem o prawdzie, nie wierząc szczerze w jego
prawdziwość, może zostać wszczęte postępowanie w sprawie obrazy sądu.

Podpis: [[PERSON:B. Lis]]. [[PERSON:Bogdan Lis]]. Data: 20 lutego 2024 r.

Zaświadczenie tłumacza: Ja, [[PERSON:Agnieszka Wrona]], tłumaczka języka polskiego, nr w rejestrze
NRPSI [[OTHER_ID:14907]], zaświadczam, że przetłumaczyłam to oświadczenie na język angielski i
odczytałam je panu [[PERSON:Lisowi]] po polsku. [[PERSON:A. Wrona]].
"""),
    ),
    (
        "fv2bv-pl-02",
        "pl",
        _s("""
Oświadczenie świadka w sprawie skargi do Rzecznika ds. Mieszkalnictwa (Housing Ombudsman),
sprawa nr [[REFERENCE:202409216]]. Skarżący: [[PERSON:Marek Zając]] i [[PERSON:Danuta Zając]].
Wynajmujący: [[ORGANISATION:Fenwick Moor Homes]].

Ja, [[PERSON:Róża Baran]], ur. [[DATE_OF_BIRTH:11.11.1964]] r., zamieszkała pod adresem
[[ADDRESS:22 Alder Road]], Peterborough [[POSTCODE:PE1 3NW]], oświadczam, co następuje:

1. Od 2015 r. mieszkam obok państwa [[PERSON:Zająców]], którzy zajmują dom pod
[[ADDRESS:numerem 24]]. Dobrze znam [[PERSON:Danusię]], jej męża [[PERSON:Marka]] i ich córkę
[[PERSON:Jagodę]], która ma [[AGE:15 lat]].

2. W lipcu 2023 r. w ogrodzie [[PERSON:Zająców]] wybiła kanalizacja. Ścieki stały przy tylnych
drzwiach prawie pięć tygodni. Czułam ten zapach we własnej kuchni.

3. Widziałam, jak pan [[PERSON:Zając]] kilka razy dzwonił do wynajmującego. Raz pożyczyłam mu
telefon, bo jego się rozładował; dzwonił pod numer [[PHONE:01632 960 418]] i podał numer
zgłoszenia [[REFERENCE:FMH-44871]].

4. Pani [[PERSON:Danuta]] choruje na [[HEALTH:stwardnienie rozsiane]] i chodzi o kulach; nie
mogła bezpiecznie wyjść tylnymi drzwiami. [[PERSON:Jagoda]] wyprowadzała mamę do ogrodu przez mój
dom.

5. Pracownik firmy [[ORGANISATION:ClearFlow Drainage]], pan [[PERSON:Lee Fairbrother]], przyszedł
w sierpniu i powiedział mi wprost, że rura jest zapadnięta i „to robota dla właściciela, nie dla
nas”. Pan [[PERSON:Fairbrother]] zostawił mi swój numer: [[PHONE:07700 900 527]].

6. Dopiero po interwencji radnej [[PERSON:Bernadette Cole]] rurę wymieniono we wrześniu, a ogród
oczyszczono. [[ORGANISATION:Fenwick Moor]] przeprosiło państwa [[PERSON:Zająców]] na piśmie,
wypłaciło rekompensatę i oddało pieniądze za zniszczone buty i mundurek szkolny
[[PERSON:Jagody]].

Oświadczam, że fakty przedstawione w niniejszym oświadczeniu są prawdziwe.

Podpis: [[PERSON:Róża Baran]]. Data: 3 października 2024 r.
"""),
    ),
    (
        "fv2bv-pl-03",
        "pl",
        _s("""
OŚWIADCZENIE USTAWOWE (Statutory Declaration). Ja, [[PERSON:Kalina Dobrzańska]], ur.
[[DATE_OF_BIRTH:28 lutego 1990]] r., numer PESEL [[OTHER_ID:90022804567]], numer National
Insurance [[NI_NUMBER:SZ 61 04 88 D]], zamieszkała pod adresem [[ADDRESS:Flat 2B, Mercia Court,
9 Hinckley Road]], Leicester [[POSTCODE:LE3 0TE]], uroczyście i szczerze oświadczam, co następuje:

1. Od 2020 r. mam [[OTHER_SPECIAL:status osoby osiedlonej (settled status)]]. Mieszkam w tym
lokalu z córkami: [[PERSON:Zuzanną]] ([[AGE:7 lat]]) i [[PERSON:Hanną]] ([[AGE:4 lata]]).
[[PERSON:Hania]] ma [[HEALTH:mukowiscydozę]], a wilgoć w mieszkaniu szkodzi jej płucom.
[[PERSON:Zuzia]] chodzi do [[ADDRESS:Fosse Primary School]].

2. W kwietniu 2023 r. [[ORGANISATION:Leicester City Council]] zamknęła mój wniosek o mieszkanie
komunalne nr [[REFERENCE:HR-2023-118504]], twierdząc, że nie odpowiedziałam na pismo. Pismo
wysłano na mój poprzedni adres, [[ADDRESS:14 Braunstone Gate]], choć zmianę adresu zgłosiłam w
2022 r.

3. Przy składaniu wniosku przedstawiłam dowód osobisty nr [[OTHER_ID:CDR418273]]. Mimo to
urzędniczka, pani [[PERSON:Pauline Grady]], zażądała ponownie dokumentów, a potem uznała wniosek
za wycofany. Pani [[PERSON:Grady]] nie odpisała na trzy moje e-maile wysłane z adresu
[[EMAIL:kalina.dobrzanska@example.com]].

4. Po skardze nr [[REFERENCE:LCC-CF-99217]] rada przywróciła mój wniosek z pierwotną datą,
przeprosiła i przyznała nam wyższą kategorię pilności ze względu na zdrowie [[PERSON:Hani]].

Składam to uroczyste oświadczenie, sumiennie wierząc, że jest ono prawdziwe, na podstawie
przepisów ustawy o oświadczeniach ustawowych z 1835 r. (Statutory Declarations Act 1835).

Złożono w Leicester dnia 14 listopada 2023 r. [[PERSON:K. Dobrzańska]]. Przede mną:
[[PERSON:Imran Patel]], solicitor uprawniony do odbierania przysięgi.
"""),
    ),
    (
        "fv2bv-pl-04",
        "pl",
        _s("""
SĄD HRABSTWA W LUTON. Sygn. akt [[REFERENCE:K4LU1120]]. [[ORGANISATION:Chiltern Gate Housing]]
(powód) przeciwko [[PERSON:Wayne'owi Tolleyowi]] (pozwany). Oświadczenie świadka:
[[PERSON:Jadwiga Sowa]]. Załączniki JS/1–JS/3.

Ja, [[PERSON:Jadwiga Sowa]], urodzona [[DATE_OF_BIRTH:19 września 1959]] r., zamieszkała
[[ADDRESS:Flat 11, Hockwell House, Pastures Way]], Luton [[POSTCODE:LU4 0QF]], oświadczam, co
następuje:

1. Mieszkam w [[ADDRESS:mieszkaniu nr 11]] od 2012 r. Pozwany, pan [[PERSON:Tolley]], wprowadził
się do [[ADDRESS:mieszkania nr 12]] w 2022 r.

2. Od października 2022 r. pan [[PERSON:Tolley]] wielokrotnie krzyczał na mnie na klatce
schodowej „wracaj, skąd przyjechałaś” i wyzywał mnie z powodu mojego
[[OTHER_SPECIAL:polskiego pochodzenia]]. Raz zablokował mi wyjazd samochodem o numerze
rejestracyjnym [[OTHER_ID:KX17 RWO]].

3. Wrzucał też zdjęcia moich drzwi na Facebooka, na profil
[[OTHER_ID:facebook.com/wayne.tolley.75]], z obraźliwymi podpisami (załącznik JS/1).

4. Jestem [[OTHER_SPECIAL:katoliczką]] i w każdą niedzielę chodzę do [[ADDRESS:kościoła św.
Józefa]]. Proboszcz, ks. [[PERSON:Tadeusz Grab]], pomógł mi napisać skargę po angielsku.

5. Wynajmujący założył sprawę o zachowania aspołeczne nr [[REFERENCE:CGH-ASB-3391]]. Pani
[[PERSON:Nadia Rahman]] z zespołu ds. zachowań aspołecznych przyszła do mnie z tłumaczem i
spisała wszystko. Pani [[PERSON:Rahman]] dzwoniła do mnie potem co kilka dni.

6. Moja [[AGE:16-letnia]] wnuczka [[PERSON:Ola]] nagrała telefonem, jak pan [[PERSON:Tolley]]
kopie moje drzwi. Nagranie [[PERSON:Oli]] jest załącznikiem JS/2.

7. Dnia 8 maja 2023 r. sąd wydał zakaz (injunction), a pana [[PERSON:Tolleya]] przeniesiono do
innego lokalu. Od tamtej pory mogę spokojnie spać.

Oświadczenie o prawdzie: Oświadczam, że fakty przedstawione w niniejszym oświadczeniu świadka są
prawdziwe. Rozumiem, że przeciwko każdemu, kto składa fałszywe oświadczenie w dokumencie
potwierdzonym oświadczeniem o prawdzie, nie wierząc szczerze w jego prawdziwość, może zostać
wszczęte postępowanie w sprawie obrazy sądu.

Podpis: [[PERSON:Jadwiga Sowa]]. Data: 2 kwietnia 2023 r.
"""),
    ),
    (
        "fv2bv-pl-05",
        "pl",
        _s("""
Oświadczenie świadka na potrzeby postępowania Rzecznika ds. Mieszkalnictwa (Housing
Ombudsman), sprawa nr [[REFERENCE:202311457]]. Załączniki PK/1–PK/3.

Ja, [[PERSON:Piotr Kowal]], zamieszkały [[ADDRESS:63 Bramble Way]], Swindon
[[POSTCODE:SN2 7LX]], tel. [[PHONE:07700 900 884]], składam to oświadczenie w imieniu mojego
ojca, pana [[PERSON:Zdzisława Kowala]], ur. [[DATE_OF_BIRTH:2 stycznia 1944]] r., najemcy domu
[[ADDRESS:4 Orchard Close]], Swindon [[POSTCODE:SN3 1DU]]. Oświadczam, co następuje:

1. Tata ma [[AGE:79 lat]] i [[HEALTH:chorobę Alzheimera]]. W rodzinie i wśród sąsiadów wszyscy
mówią na niego [[PERSON:Zdzisio]].

2. 14 grudnia 2022 r. w domu taty przestało działać ogrzewanie. Pięć razy dzwoniłem do
[[ORGANISATION:Wiltshire Downs Housing]] pod numer [[PHONE:01632 960 233]]. Numer zgłoszenia:
[[REFERENCE:WDH/REP/612904]].

3. Firma [[ORGANISATION:Kelvin Gas Services]] przysłała pana [[PERSON:Craiga Dobbsa]]. Pan
[[PERSON:Dobbs]] stwierdził, że wymiennik ciepła jest pęknięty, ale części nie było przez 17 dni.
Przez ten czas tata siedział w kurtce, a termometr w pokoju pokazywał 11 stopni.

4. Opiekunka z [[ORGANISATION:Bluebell Home Care]], pani [[PERSON:Gosia Nowicka]], zapisała w
dzienniku opieki, że tata jest wychłodzony (załącznik PK/2). W nocy 22 grudnia
[[PERSON:Gosia]] zadzwoniła do mnie, bo tata nie mógł wstać.

5. Tata spędził dwa dni w szpitalu Great Western z [[HEALTH:hipotermią]].

6. Po skardze do Rzecznika [[ORGANISATION:Wiltshire Downs Housing]] przyznało, że nie oznaczyło
taty jako osoby szczególnie wrażliwej, choć wiedziało o jego [[HEALTH:demencji]]. Wymieniło
kocioł, wpisało pana [[PERSON:Zdzisława Kowala]] na listę priorytetowych napraw i wypłaciło 900
funtów. Kierownik, pan [[PERSON:Owen Price]], przeprosił tatę osobiście, a [[PERSON:Zdzisio]]
poczęstował go herbatą.

Oświadczam, że fakty przedstawione w niniejszym oświadczeniu są prawdziwe.

[[PERSON:Piotr Kowal]], 7 czerwca 2023 r.
"""),
    ),
    (
        "fv2bv-ro-01",
        "ro",
        _s("""
INSTANȚA DE COMITAT (COUNTY COURT) DIN LUTON. Dosar nr. [[REFERENCE:M02LU655]]. Reclamantă:
[[PERSON:Speranța Vulpe]]. Pârât: [[ORGANISATION:Chiltern Brook Homes]]. DECLARAȚIE DE MARTOR nr.
1. Anexe SV1–SV4. Data nașterii: [[DATE_OF_BIRTH:12.09.1985]].

Subsemnata, [[PERSON:Speranța Vulpe]], domiciliată în [[ADDRESS:Flat 7, Wenlock House, 40
Dunstable Road]], Luton [[POSTCODE:LU1 1EA]], declar următoarele:

1. Sunt reclamanta în această cauză. Locuiesc aici din 2018 cu soțul meu, [[PERSON:Florin
Vulpe]], și cu fiul nostru, [[PERSON:Ionuț]], în vârstă de [[AGE:7 ani]]. [[PERSON:Ionuț]] are
[[HEALTH:epilepsie]].

2. Din octombrie 2022, fereastra din camera lui [[PERSON:Ionuț]] nu se mai închidea, iar pe
pereți a apărut mucegai. Am raportat problema la numărul [[PHONE:020 7946 0622]]; numerele
lucrărilor sunt [[REFERENCE:CBH-556201]] și [[REFERENCE:CBH-559874]] (anexa SV1).

3. Pe 30 ianuarie 2023 a venit domnul [[PERSON:Mark Steadman]] de la [[ORGANISATION:Lea Valley
Glazing]]. Domnul [[PERSON:Steadman]] a spus că fereastra trebuie înlocuită complet și că va
comanda una nouă. Timp de patru luni nu a mai venit nimeni.

4. Medicul de familie al lui [[PERSON:Ionuț]] de la [[ADDRESS:Bury Park Medical Centre]],
doamna doctor [[PERSON:Aisha Qureshi]], a scris că frigul și nopțile nedormite îi agravează
crizele (anexa SV2).

5. Vecina noastră, doamna [[PERSON:Doina Crăciun]] de la [[ADDRESS:apartamentul 8]], a dat și ea
o declarație. Și [[PERSON:Doinei]] îi intra apa în casă pe la fereastră.

6. După ce am depus cererea prin avocata mea, doamna [[PERSON:Claire Whitlock]] de la
[[ORGANISATION:Whitlock Rees Solicitors]] (referința [[REFERENCE:CW/VUL/1184]]), pârâtul a
înlocuit fereastra, a tratat mucegaiul și mi-a plătit despăgubiri.

Declarație de adevăr: Cred că faptele prezentate în această declarație de martor sunt adevărate.
Înțeleg că pot fi inițiate proceduri pentru sfidarea instanței împotriva oricărei persoane care
face sau determină facerea unei declarații false într-un document verificat printr-o declarație
de adevăr, fără a crede cu bună-credință în adevărul acesteia.

Semnătura: [[PERSON:S. Vulpe]]. Nume: [[PERSON:Speranța Vulpe]]. Data: 5 septembrie 2023.
"""),
    ),
    (
        "fv2bv-ro-02",
        "ro",
        _s("""
DECLARAȚIE DE MARTOR pentru investigația Ombudsmanului pentru Locuințe (Housing Ombudsman),
cazul nr. [[REFERENCE:202420733]]. Reclamanți: domnul [[PERSON:Viorel Munteanu]] și doamna
[[PERSON:Floare Munteanu]]. Proprietar: [[ORGANISATION:Medway Reach Housing]].

Subsemnatul, [[PERSON:Crăciun Ursu]], născut la [[DATE_OF_BIRTH:25 decembrie 1969]], domiciliat
în [[ADDRESS:11 Magpie Hall Road]], Chatham [[POSTCODE:ME4 5NE]], declar următoarele:

1. Îi cunosc pe soții [[PERSON:Munteanu]] din 2017, de când s-au mutat în casa de alături, la
[[ADDRESS:numărul 13]]. [[PERSON:Floare]] și soția mea, [[PERSON:Mirela]], merg împreună
duminica la [[ADDRESS:Biserica Sfântul Nicolae]] din Gillingham.

2. Din februarie 2024 acoperișul casei lor a început să curgă. Am văzut cu ochii mei găleți în
dormitorul lor și tavanul umflat și crăpat deasupra patului.

3. [[PERSON:Viorel]] are [[HEALTH:diabet de tip 2]] și [[HEALTH:insuficiență cardiacă]];
umezeala și frigul îl țineau mai mult în pat.

4. Am fost de față pe 12 martie 2024 când a venit un muncitor, domnul [[PERSON:Gavin Stroud]].
[[PERSON:Stroud]] a urcat pe scară, a spus că țiglele sunt sparte și a plecat. I-am dat doamnei
[[PERSON:Munteanu]] fotografiile mele, marcate CU1–CU6.

5. Fiica lor, [[PERSON:Ana-Maria]], în vârstă de [[AGE:17 ani]], a scris de multe ori la
[[EMAIL:customer.care@medwayreach.example.org]], cu referința [[REFERENCE:MRH-CMP-40512]]. Eu am
sunat pentru ei de pe telefonul meu, [[PHONE:07700 900 746]].

6. În iunie 2024, după intervenția Ombudsmanului, acoperișul a fost refăcut de
[[ORGANISATION:Kentish Roofing Ltd]], iar familia [[PERSON:Munteanu]] a primit scuze scrise și
despăgubiri. [[PERSON:Florii]] i s-au înlocuit și covoarele stricate, iar [[PERSON:Ana-Mariei]]
biroul la care învăța.

Declar că faptele prezentate în această declarație sunt adevărate.

Semnat: [[PERSON:Crăciun Ursu]]. Data: 2 august 2024.
"""),
    ),
    (
        "fv2bv-ro-03",
        "ro",
        _s("""
DECLARAȚIE SOLEMNĂ (Statutory Declaration). Subsemnata, [[PERSON:Florica Stoica]], născută la
[[DATE_OF_BIRTH:3 martie 1988]], cu domiciliul în [[ADDRESS:27 Dersingham Avenue]], Manor Park,
Londra [[POSTCODE:E12 5QG]], număr National Insurance [[NI_NUMBER:SH 73 20 15 A]], declar solemn
și sincer următoarele:

1. Sunt [[OTHER_SPECIAL:romă]] și am [[OTHER_SPECIAL:statut de rezident permanent (settled
status)]] în Regatul Unit din 2020. Pașaportul meu are numărul [[OTHER_ID:058214739]].

2. În noiembrie 2023, proprietarul meu, [[ORGANISATION:Roding Park Homes]], m-a mutat temporar cu
cei trei copii la un hotel, pentru lucrări la instalația de gaz. Copiii sunt
[[PERSON:Lăcrămioara]] ([[AGE:12 ani]]), [[PERSON:Dorin]] ([[AGE:9 ani]]) și [[PERSON:Marius]]
([[AGE:5 ani]]).

3. Când ne-am întors, pe 18 decembrie, lucrurile noastre dispăruseră, inclusiv scaunul rulant al
lui [[PERSON:Dorin]], care are [[HEALTH:distrofie musculară]]. Supraveghetorul lucrărilor, domnul
[[PERSON:Barry Kemp]], mi-a spus că „oamenii ca voi oricum nu păstrează nimic”. Am înțeles că se
referea la faptul că sunt [[OTHER_SPECIAL:romă]].

4. Am făcut plângere, cu referința [[REFERENCE:RPH-2023-C-0771]]. Asistenta socială de la
[[ADDRESS:Sandringham Primary School]], doamna [[PERSON:Bianca Radu]], m-a ajutat să o scriu în
engleză.

5. Proprietarul și-a recunoscut greșeala, a cumpărat un scaun nou pentru [[PERSON:Dorin]], mi-a
plătit 3.400 de lire, iar domnul [[PERSON:Kemp]] nu mai lucrează pe contractul lor. Scuzele
scrise mi-au fost trimise pe adresa [[EMAIL:florica.stoica88@example.com]].

Fac această declarație solemnă crezând cu bună-credință că este adevărată, în temeiul
dispozițiilor Legii privind declarațiile statutare din 1835 (Statutory Declarations Act 1835).

Declarată la Londra, la 22 februarie 2024. [[PERSON:F. Stoica]]. În fața mea:
[[PERSON:Olusegun Adebayo]], avocat (solicitor) abilitat să primească jurăminte.
"""),
    ),
    (
        "fv2bv-ro-04",
        "ro",
        _s("""
Instanța de comitat din Nottingham, cererea nr. [[REFERENCE:F5NG2209]]. DECLARAȚIE DE MARTOR a
reclamantei. Anexe ID/1–ID/4.

Subsemnata, [[PERSON:Ileana Dumitrescu]], născută la [[DATE_OF_BIRTH:30 iunie 1991]],
domiciliată în [[ADDRESS:Flat 3, 71 Radford Road]], Nottingham [[POSTCODE:NG7 5DW]], declar
următoarele:

1. Locuiesc în [[ADDRESS:apartamentul 3]] împreună cu soțul meu, [[PERSON:Nicolae Dumitrescu]]
(toată lumea îi spune [[PERSON:Nicu]]), și cu fetița noastră, [[PERSON:Ilinca]], de
[[AGE:2 ani]].

2. Pe 9 mai 2023, un instalator trimis de [[ORGANISATION:Trent Side Maintenance]], care s-a
prezentat ca [[PERSON:Shane]], a înlocuit țeava de sub chiuvetă. A lăsat îmbinarea slăbită; în
aceeași noapte apa a inundat bucătăria și a ajuns în apartamentul de dedesubt,
[[ADDRESS:apartamentul 1]].

3. [[PERSON:Nicu]] a notat numărul de înmatriculare al dubei lui: [[OTHER_ID:FY21 HBE]]. A doua
zi am văzut că [[PERSON:Shane]] postase un clip din bucătăria noastră pe TikTok, pe contul
[[OTHER_ID:@shane_fixes_it]], în care se vedea fața [[PERSON:Ilincăi]] (anexa ID/2).

4. Am raportat totul proprietarului, [[ORGANISATION:Sherwood Gate Housing]], referința reparației
[[REFERENCE:SGH-RJ-239910]]. Doamna [[PERSON:Priya Lal]], responsabila cu reclamațiile, a cerut
ștergerea clipului chiar în aceeași zi.

5. Vecinul de jos, domnul [[PERSON:Tudor Lungu]], și-a pierdut televizorul și o parte din
mobilă. Domnul [[PERSON:Lungu]] a dat și el o declarație.

6. Proprietarul a refăcut bucătăria, a schimbat parchetul și mi-a plătit despăgubirea de 1.150 de
lire în contul meu, sort code [[OTHER_ID:20-45-77]], numărul contului [[OTHER_ID:53018829]]
(anexa ID/4). Contractorul a fost schimbat.

Declarație de adevăr: Cred că faptele prezentate în această declarație de martor sunt adevărate.
Înțeleg că pot fi inițiate proceduri pentru sfidarea instanței împotriva oricărei persoane care
face o declarație falsă într-un document verificat printr-o declarație de adevăr, fără a crede
cu bună-credință în adevărul acesteia.

Semnătura: [[PERSON:Ileana Dumitrescu]]. Data: 14 august 2023.
"""),
    ),
    (
        "fv2bv-ro-05",
        "ro",
        _s("""
Instanța de comitat din Willesden, dosar nr. [[REFERENCE:G8WL3016]]. [[PERSON:Mădălina
Ciobanu]] împotriva [[ORGANISATION:Kenton Vale Housing]]. DECLARAȚIE DE MARTOR, tradusă din limba
română.

Subsemnata, [[PERSON:Mădălina Ciobanu]], născută la [[DATE_OF_BIRTH:7 aprilie 1983]], domiciliată
în [[ADDRESS:26 Whitmore Road]], Harrow [[POSTCODE:HA1 4AF]], declar următoarele:

1. Am [[HEALTH:diabet de tip 1]] și folosesc o pompă de insulină. Locuiesc cu mama mea, doamna
[[PERSON:Elisabeta Ciobanu]], în vârstă de [[AGE:71 de ani]], și cu fratele meu,
[[PERSON:Ion]], căruia toți îi spunem [[PERSON:Nelu]].

2. Între noiembrie 2022 și martie 2023 centrala s-a stricat de șapte ori. Fără căldură, glicemia
mi-a fost instabilă și am ajuns de două ori la urgențe, la Northwick Park.

3. Am sunat de fiecare dată la [[PHONE:020 7946 0903]]. Referințele lucrărilor sunt
[[REFERENCE:KVH 401 882]] și [[REFERENCE:KVH 402 117]].

4. Inginerul, domnul [[PERSON:Rashid Mahmood]], a spus încă de la a doua vizită că centrala
trebuie înlocuită. Domnul [[PERSON:Mahmood]] a trimis raportul, dar managerul, domnul
[[PERSON:Gareth Boon]], a respins cererea.

5. [[PERSON:Nelu]] a scris de pe adresa lui, [[EMAIL:ion.ciobanu at example dot org]], la
fiecare defecțiune. Mamei mele, [[PERSON:Elisabetei]], i-a fost frig toată iarna.

6. După depunerea cererii, centrala a fost înlocuită pe 4 aprilie 2023, iar eu am primit
despăgubiri și scuze scrise de la domnul [[PERSON:Boon]].

Declarație de adevăr: Cred că faptele prezentate în această declarație de martor sunt adevărate
și înțeleg consecințele unei declarații false. Semnătura: [[PERSON:M. Ciobanu]].

CERTIFICATUL INTERPRETULUI. Subsemnata, [[PERSON:Cristina Pop]], interpret înregistrat NRPSI nr.
[[OTHER_ID:12583]], certific că am tradus cu exactitate această declarație din limba română în
limba engleză și că i-am citit-o doamnei [[PERSON:Ciobanu]] în limba română, iar dânsa a
confirmat că o înțelege și că este adevărată. Semnătura: [[PERSON:Cristina Pop]], 19 mai 2023.
"""),
    ),
    (
        "fv2bv-ar-01",
        "ar",
        _s("""
المحكمة المحلية (County Court) في برمنغهام. رقم الدعوى: [[REFERENCE:E09BM214]]. المدّعية:
[[PERSON:سعاد الدباغ]] ([[PERSON:Suad Al-Dabbagh]]). المدّعى عليها: [[ORGANISATION:Ridgeway
Homes]]. إفادة شاهد، الإفادة الأولى، المرفقات من SD1 إلى SD4. تاريخ الميلاد:
[[DATE_OF_BIRTH:١٤/٠٣/١٩٨٦]].

أنا، [[PERSON:سعاد الدباغ]]، المقيمة في [[ADDRESS:Flat 12, Elmhurst House, 5 Coventry
Road]]، برمنغهام [[POSTCODE:B10 0RX]]، أُقرّ بما يلي:

١. أنا المدّعية في هذه الدعوى. وصلتُ إلى المملكة المتحدة من [[OTHER_SPECIAL:سوريا]] عام ٢٠١٦
وحصلتُ على [[OTHER_SPECIAL:صفة اللاجئ]]. أسكن في الشقة منذ ٢٠١٩ مع ابني [[PERSON:كريم]] وعمره
[[AGE:٥ سنوات]]، وابنتي [[PERSON:أمل]] وعمرها [[AGE:سنتان]].

٢. منذ شتاء ٢٠٢٢ انتشر العفن الأسود في غرفة الطفلين، وشُخّص [[PERSON:كريم]] بمرض
[[HEALTH:الربو]] في كانون الثاني ٢٠٢٣.

٣. أبلغتُ المدّعى عليها هاتفيًا على الرقم [[PHONE:0121 496 0745]] مرات عديدة، وأعطوني رقمي
الإصلاح [[REFERENCE:RH-332781]] و[[REFERENCE:RH-335102]] (المرفق SD1).

٤. في ١٠ آذار ٢٠٢٣ حضر عامل من شركة [[ORGANISATION:Midland Property Care]] يُدعى السيد
[[PERSON:لي بارنز]] ([[PERSON:Lee Barnes]]). قال [[PERSON:بارنز]] إن العفن سببه «طريقة معيشة
العائلة»، ومسح الجدار ثم غادر.

٥. كتبت طبيبة [[PERSON:كريم]] في [[ADDRESS:مركز سمول هيث الصحي]]، الدكتورة [[PERSON:ريما
حداد]]، رسالةً تربط نوبات [[HEALTH:الربو]] بالرطوبة (المرفق SD3).

٦. جارتي [[PERSON:أم يوسف]] التي تسكن في [[ADDRESS:الشقة رقم ١٤]] رأت العفن بعينها وقدّمت
إفادة مستقلة.

٧. بعد رفع الدعوى عن طريق محاميتي، الأستاذة [[PERSON:جوانا ستيل]] من مكتب
[[ORGANISATION:Steel & Abara LLP]] (المرجع [[REFERENCE:JS/DAB/7720]])، عالجت المدّعى عليها
العفن وركّبت مروحة شفط ودفعت لي تعويضًا.

إقرار بالحقيقة: أعتقد أن الوقائع الواردة في إفادة الشاهد هذه صحيحة. وأدرك أنه يجوز اتخاذ
إجراءات بتهمة ازدراء المحكمة ضد كل من يُدلي، أو يتسبب في الإدلاء، ببيان كاذب في وثيقة مُعزَّزة
بإقرار بالحقيقة دون اعتقاد صادق بصحته.

التوقيع: [[PERSON:سعاد الدباغ]]. التاريخ: ٢٨ حزيران ٢٠٢٣.
"""),
    ),
    (
        "fv2bv-ar-02",
        "ar",
        _s("""
إفادة شاهد مقدَّمة إلى تحقيق أمين المظالم للإسكان (Housing Ombudsman)، رقم القضية
[[REFERENCE:202316640]]. المشتكية: السيدة [[PERSON:هدى الزين]]. المالك:
[[ORGANISATION:Castlefields Community Housing]].

أنا، [[PERSON:جمال حسن العبيدي]]، المعروف بين الجيران باسم «[[PERSON:أبو سامر]]»، المولود في
[[DATE_OF_BIRTH:١ تموز ١٩٥٨]]، المقيم في [[ADDRESS:الشقة ٤، بناية كاسل ميد، ٢٢ ويلو ستريت]]،
مانشستر [[POSTCODE:M8 9QW]]، أشهد بما يلي:

١. أنا [[OTHER_SPECIAL:عراقي]] الأصل، وأسكن في [[ADDRESS:بناية كاسل ميد]] منذ ٢٠١١. تسكن السيدة
[[PERSON:هدى]] في [[ADDRESS:الشقة ٧]] فوقي مع ابنها [[PERSON:سعيد]] البالغ من العمر
[[AGE:١٤ عامًا]].

٢. منذ أيار ٢٠٢٢ كان باب المدخل الرئيسي مكسورًا وأضواء الدرج مطفأة، وكان شبّان غرباء يجلسون
على الدرج ليلًا ويتعاطون المخدرات.

٣. رأيت بعيني في ١٧ أيلول ٢٠٢٢ رجلًا يلاحق [[PERSON:سعيد]] على الدرج. كان الرجل يقود سيارة
رقمها [[OTHER_ID:BD65 XTN]]، وقد سلّمتُ الرقم إلى الشرطة.

٤. اتصلتُ بالمالك على الرقم [[PHONE:0161 496 0912]] فأعطوني رقم بلاغ السلوك المعادي للمجتمع
[[REFERENCE:ASB-2209-114]]. وقالت الموظفة، واسمها [[PERSON:كيلي]]، إن «الباب على قائمة
الانتظار».

٥. السيدة [[PERSON:الزين]] مصابة بمرض [[HEALTH:التصلّب المتعدد]] ولا تستطيع صعود الدرج في
الظلام، فكنت أرافقها مع [[PERSON:سعيد]] كل مساء تقريبًا.

٦. بعد شكوى [[PERSON:هدى]] إلى أمين المظالم، أصلح المالك الباب، وركّب إضاءة بحسّاس حركة
وكاميرا، واعتذر كتابيًا. ومسؤولة الحي الجديدة، السيدة [[PERSON:نور بلقاسم]]، تزورنا كل
أسبوعين.

أُقرّ بأن الوقائع الواردة في هذه الإفادة صحيحة.

التوقيع: [[PERSON:جمال العبيدي]]. التاريخ: ٩ تشرين الثاني ٢٠٢٣.
"""),
    ),
    (
        "fv2bv-ar-03",
        "ar",
        _s("""
إقرار قانوني رسمي (Statutory Declaration). أنا، [[PERSON:عبد الرحمن صالح المقطري]]، المولود في
[[DATE_OF_BIRTH:٢٣ آب ١٩٨١]]، رقم التأمين الوطني [[NI_NUMBER:SK 38 92 07 B]]، المقيم في
[[ADDRESS:٧٩ رالي رود]]، شيفيلد [[POSTCODE:S2 4PL]]، أُقرّ رسميًا وبكل صدق بما يلي:

١. أنا [[OTHER_SPECIAL:يمني]] الأصل، وأسكن مع زوجتي [[PERSON:جميلة]] وأطفالنا الخمسة في منزل من
غرفتي نوم، رقم عقد الإيجار [[REFERENCE:SCH-T-2205817]].

٢. في كانون الثاني ٢٠٢٣ أُغلق طلبنا في سجل الإسكان، رقم [[REFERENCE:HR/88-40311]]، بحجة أننا
لم نُرسل إثبات الحالة الطبية لابني [[PERSON:يحيى]]، وعمره [[AGE:١١ سنة]]، المصاب بمرض
[[HEALTH:فقر الدم المنجلي]]. رقمه في الخدمة الصحية الوطنية [[OTHER_ID:943 476 2105]]، وقد
أرسلنا رسالة الطبيب مرتين.

٣. ابنتي الكبرى [[PERSON:صابرين]]، وعمرها [[AGE:١٦ عامًا]]، تدرس في [[ADDRESS:مدرسة أبيديل
الثانوية]] وتنام على أريكة في الصالة منذ ثلاث سنوات.

٤. نصلّي في [[ADDRESS:مسجد الرحمة]]، وقد كتب إمامه، الشيخ [[PERSON:فيصل الحكيمي]]، رسالة تؤكد
أننا نسكن في الحي منذ ٢٠١٤.

٥. بعد شكواي رقم [[REFERENCE:CMP-23-06617]]، اعترف المجلس بأن رسالة الطبيب وصلت ثم ضاعت، وأعاد
الطلب بتاريخه الأصلي ووضعنا في الفئة الأولى. ويمكن التواصل معي على [[PHONE:0114 496 0271]].

وأُدلي بهذا الإقرار الرسمي معتقدًا بصدقه عن وعي، وبموجب أحكام قانون الإقرارات القانونية لعام
١٨٣٥ (Statutory Declarations Act 1835).

أُقرّ به في شيفيلد في اليوم الرابع من أيار ٢٠٢٣. التوقيع: [[PERSON:عبد الرحمن المقطري]]. أمامي:
[[PERSON:سارة وايتهيد]] ([[PERSON:Sarah Whitehead]])، محامية مخوّلة بتحليف اليمين.
"""),
    ),
    (
        "fv2bv-ar-04",
        "ar",
        _s("""
إفادة شاهد (مترجمة من العربية). المحكمة المحلية في كارديف، رقم الدعوى [[REFERENCE:C1CF0884]].
المدّعية: [[PERSON:إخلاص عثمان]]. المدّعى عليها: [[ORGANISATION:Taff Bay Housing]].

أنا، [[PERSON:إخلاص عثمان محمد]]، المولودة في [[DATE_OF_BIRTH:٩ كانون الثاني ١٩٧٥]]، المقيمة
في [[ADDRESS:٦ كلوس إنفيس]]، غرانجتاون، كارديف [[POSTCODE:CF11 7TY]]، أُقرّ بما يلي:

١. أنا [[OTHER_SPECIAL:سودانية]]، وأتنقّل على كرسي متحرك منذ أن أصابني [[HEALTH:شلل نصفي]] عام
٢٠١٥.

٢. في تشرين الأول ٢٠٢٢ انهار جزء من المنحدر عند الباب الأمامي، فلم أستطع الخروج من البيت
سبعة أسابيع. رقم البلاغ [[REFERENCE:TBH/AD/10293]].

٣. أرسل ابني [[PERSON:مصطفى]]، وعمره [[AGE:١٩ عامًا]]، رسائل كثيرة من بريده
[[EMAIL:mustafa dot osman at example dot com]]. وردّ علينا السيد [[PERSON:ريس]]
([[PERSON:Rhys]]) من قسم التعديلات بأن «الطلب عند المعالِجة المهنية».

٤. المعالِجة المهنية، السيدة [[PERSON:شان بريتشارد]]، أكّدت كتابةً أن تقريرها أُرسل في تشرين
الثاني ٢٠٢٢. وكان جاري [[PERSON:بكري]] يحملني مع الكرسي إلى مواعيدي في [[ADDRESS:مركز غرانجتاون
الصحي]].

٥. بعد رفع الدعوى أعادت المدّعى عليها بناء المنحدر، ووسّعت باب الحمّام، ودفعت تعويضًا، واعتذر
السيد [[PERSON:ريس]] كتابيًا.

إقرار بالحقيقة: أعتقد أن الوقائع الواردة في إفادة الشاهد هذه صحيحة، وأدرك أنه يجوز اتخاذ
إجراءات بتهمة ازدراء المحكمة ضد من يُدلي ببيان كاذب دون اعتقاد صادق بصحته. التوقيع:
[[PERSON:إخلاص عثمان]].

شهادة المترجمة: أنا، [[PERSON:لينا خوري]]، مترجمة مسجّلة في السجل الوطني للمترجمين الفوريين في
الخدمة العامة (NRPSI) برقم [[OTHER_ID:17730]]، أشهد بأنني ترجمت هذه الإفادة من العربية إلى
الإنجليزية وقرأتها على السيدة [[PERSON:عثمان]] بالعربية، فأكّدت أنها فهمتها وأنها صحيحة. هاتف:
[[PHONE:029 2018 0615]].
"""),
    ),
    (
        "fv2bv-ar-05",
        "ar",
        _s("""
المحكمة المحلية في كرويدون، رقم الدعوى [[REFERENCE:K2CR5519]]. المدّعيان: [[PERSON:شريف عبد
المنعم]] و[[PERSON:منى عبد المنعم]]. المدّعى عليها: [[ORGANISATION:Norbury Park Homes]]. إفادة
شاهد، المرفقات من SA/1 إلى SA/3.

أنا، [[PERSON:شريف عبد المنعم]]، المولود في [[DATE_OF_BIRTH:١٩٧٩/١١/٠٢]]، المقيم في
[[ADDRESS:Flat 31, Mayer House, Grangewood Road]]، لندن [[POSTCODE:SE25 6UH]]، أُقرّ بما يلي:

١. أنا [[OTHER_SPECIAL:مصري]] وأعمل سائق حافلة. أسكن مع زوجتي [[PERSON:منى]] وابنتنا
[[PERSON:نور]] البالغة من العمر [[AGE:٨ سنوات]].

٢. في ٣ شباط ٢٠٢٤ شممنا رائحة غاز قوية. اتصلتُ بخط الطوارئ ثم بالمالك على
[[PHONE:020 7946 0276]]، ورقم البلاغ [[REFERENCE:NPH-EM-90412]].

٣. جاء مهندس من [[ORGANISATION:Southern Flame Gas Ltd]] اسمه السيد [[PERSON:هاريسون]]، فأغلق
العدّاد وقال إن المطبخ «غير آمن». ترك [[PERSON:هاريسون]] ملصق تحذير، ولم يرجع أحد طوال ١٢ يومًا،
فبقينا بلا طبخ ولا تدفئة.

٤. [[PERSON:منى]] مصابة بـ[[HEALTH:السكري]] وكانت تحتاج إلى وجبات منتظمة، وكانت [[PERSON:نور]]
تذهب إلى [[ADDRESS:مدرسة ثورنتون هيث الابتدائية]] بلا فطور ساخن.

٥. جاري [[PERSON:صابر الشاذلي]] من [[ADDRESS:الشقة ٣٣]] أعارنا سخّانًا كهربائيًا وموقد طبخ صغيرًا.

٦. بعد رفع الدعوى عبر مكتب [[ORGANISATION:Hale Mercer Solicitors]]، المرجع
[[REFERENCE:HM/ABD/0412]]، استبدل المالك أنابيب الغاز واعتذر ودفع تعويضًا. واتصل بنا مسؤول
الشكاوى، السيد [[PERSON:أندرو بيل]] ([[PERSON:Andrew Bell]])، شخصيًا.

إقرار بالحقيقة: أعتقد أن الوقائع الواردة في إفادة الشاهد هذه صحيحة، وأدرك أنه يجوز اتخاذ
إجراءات بتهمة ازدراء المحكمة ضد من يُدلي ببيان كاذب في وثيقة مُعزَّزة بإقرار بالحقيقة دون
اعتقاد صادق بصحته.

التوقيع: [[PERSON:شريف عبد المنعم]]. التاريخ: ١٥ تموز ٢٠٢٤.
"""),
    ),
    (
        "fv2bv-ur-01",
        "ur",
        _s("""
کاؤنٹی کورٹ، بریڈفورڈ۔ دعویٰ نمبر: [[REFERENCE:J3BD7741]]۔ مدعیہ: [[PERSON:نسرین اختر]]۔ مدعا
علیہ: [[ORGANISATION:Aire Valley Homes]]۔ گواہ کا بیان، بیان نمبر ۱، ضمیمے NA1 تا NA4۔ تاریخ
پیدائش: [[DATE_OF_BIRTH:۱۵ جون ۱۹۸۲]]۔

میں، [[PERSON:نسرین اختر]]، ساکن [[ADDRESS:۴۸ لمب لین]]، بریڈفورڈ [[POSTCODE:BD8 7JE]]، حسبِ
ذیل بیان کرتی ہوں:

۱۔ میں اس مقدمے میں مدعیہ ہوں۔ میں ۲۰۱۴ سے اس گھر کی کرایہ دار ہوں، کرایہ داری نمبر
[[REFERENCE:AVH-118204]]۔ میرے ساتھ میرے شوہر [[PERSON:عزیز الرحمٰن]] اور ہماری بیٹی
[[PERSON:خوشی]] رہتے ہیں، جس کی عمر [[AGE:۸ سال]] ہے۔

۲۔ نومبر ۲۰۲۲ سے چھت ٹپک رہی تھی۔ بارش کا پانی [[PERSON:خوشی]] کے کمرے کی دیوار سے بجلی کے
ساکٹ کے پاس سے بہتا تھا۔ میں نے مدعا علیہ کو [[PHONE:0113 496 0158]] پر فون کیا اور
[[EMAIL:repairs@airevalley.example.org]] پر ای میل بھیجیں۔ مرمت کے نمبر
[[REFERENCE:AVR-30917]] اور [[REFERENCE:AVR-31442]] ہیں (ضمیمہ NA1)۔

۳۔ جنوری ۲۰۲۳ میں ٹھیکیدار [[ORGANISATION:Pennine Roofline Ltd]] کا ملازم، مسٹر
[[PERSON:ڈیرن ہاکس]]، آیا۔ مسٹر [[PERSON:ہاکس]] نے صرف پرنالہ صاف کیا اور کہا کہ چھت ٹھیک ہے۔

۴۔ [[PERSON:خوشی]] کو [[HEALTH:دمہ]] ہے۔ [[ADDRESS:لٹل ہارٹن میڈیکل سنٹر]] کی ڈاکٹر
[[PERSON:فرحانہ صدیقی]] نے لکھا کہ نمی سے اس کی حالت بگڑ رہی ہے (ضمیمہ NA2)۔

۵۔ ہماری ہمسائی [[PERSON:ارم]] باجی، جو [[ADDRESS:مکان نمبر ۵۰]] میں رہتی ہیں، نے بھی گیلی
دیوار اپنی آنکھوں سے دیکھی اور الگ بیان دیا ہے۔

۶۔ میرے وکیل، [[ORGANISATION:Ashworth Lane Solicitors]] کے مسٹر [[PERSON:دانیال قریشی]]
(حوالہ [[REFERENCE:DQ/AKH/3307]])، کے دعویٰ دائر کرنے کے بعد مدعا علیہ نے پوری چھت نئی ڈالی،
کمرے کی مرمت کی اور ہرجانہ ادا کیا۔

بیانِ صداقت: میں یقین رکھتی ہوں کہ اس گواہی بیان میں بیان کردہ حقائق درست ہیں۔ میں سمجھتی ہوں
کہ جو شخص سچائی پر دیانت دارانہ یقین کے بغیر، بیانِ صداقت سے تصدیق شدہ دستاویز میں جھوٹا بیان
دے یا دلوائے، اس کے خلاف توہینِ عدالت کی کارروائی کی جا سکتی ہے۔

دستخط: [[PERSON:نسرین اختر]]۔ تاریخ: ۱۲ ستمبر ۲۰۲۳۔
"""),
    ),
    (
        "fv2bv-ur-02",
        "ur",
        _s("""
ہاؤسنگ محتسب (Housing Ombudsman) کی تحقیقات کے لیے گواہ کا بیان۔ کیس نمبر
[[REFERENCE:202401988]]۔ شکایت کنندہ: مسز [[PERSON:شمع پروین]]۔ مالک مکان:
[[ORGANISATION:Saltley Gate Homes]]۔

میں، [[PERSON:محمد صدیق]]، عمر [[AGE:۷۳ سال]]، ساکن [[ADDRESS:17 Couchman Road]]، برمنگھم
[[POSTCODE:B8 3SR]]، حسبِ ذیل بیان کرتا ہوں:

۱۔ میں ۱۹۷۸ میں [[OTHER_SPECIAL:میرپور، آزاد کشمیر]] سے برطانیہ آیا۔ میں [[PERSON:شمع]] بی بی
کو ان کے مرحوم شوہر کے زمانے سے جانتا ہوں۔ وہ [[ADDRESS:مکان نمبر ۱۹]] میں اپنے پوتے
[[PERSON:فیضان]] کے ساتھ رہتی ہیں، جس کی عمر [[AGE:۱۲ سال]] ہے۔

۲۔ ۲۰۲۳ کے شروع سے گلی کے آخری مکان میں رہنے والا ایک لڑکا، جسے سب [[PERSON:پپو]] کہتے ہیں، رات
گئے اونچی آواز میں گانے لگاتا، ان کے دروازے کو ٹھوکریں مارتا اور گالیاں دیتا تھا۔ اس کا اصل نام
[[PERSON:کاشف محمود]] ہے۔

۳۔ ۲۳ مارچ ۲۰۲۳ کی رات میں نے خود دیکھا کہ [[PERSON:پپو]] نے [[PERSON:فیضان]] کی سائیکل توڑی۔
اس کی گاڑی کا نمبر [[OTHER_ID:YR14 DKL]] ہے، اور وہ انسٹاگرام پر [[OTHER_ID:@pappu_b8]] کے نام
سے ان کے گھر کی ویڈیوز ڈالتا تھا۔

۴۔ [[PERSON:شمع]] بی بی کو [[HEALTH:ذیابیطس]] اور [[HEALTH:ہائی بلڈ پریشر]] ہے، اور ان
راتوں میں وہ سو نہیں پاتی تھیں۔

۵۔ ہم دونوں [[ADDRESS:جامع مسجد غوثیہ]] میں نماز پڑھتے ہیں۔ امام صاحب، مولانا
[[PERSON:عبدالقیوم]]، نے بھی مالک مکان کو خط لکھا۔

۶۔ مالک مکان کے افسر، مسٹر [[PERSON:لیام کوپر]]، نے شکایت نمبر [[REFERENCE:SGH-ASB-7719]] کھولی
مگر چھ مہینے کچھ نہ ہوا۔ محتسب کے پاس جانے کے بعد [[PERSON:کاشف]] کو پہلے تنبیہ اور پھر حکمِ
امتناعی ملا، گلی میں سی سی ٹی وی لگا اور کمپنی نے تحریری معافی مانگی۔ مسٹر [[PERSON:کوپر]] اب
ہر ہفتے فون کرتے ہیں۔

میں تصدیق کرتا ہوں کہ اس بیان میں درج حقائق درست ہیں۔ دستخط: [[PERSON:محمد صدیق]]۔ فون:
[[PHONE:0121 496 0387]]۔ تاریخ: ۴ مارچ ۲۰۲۴۔
"""),
    ),
    (
        "fv2bv-ur-03",
        "ur",
        _s("""
حلفیہ اقرار نامہ (Statutory Declaration)۔ میں، [[PERSON:سحر یوسف]]، تاریخ پیدائش
[[DATE_OF_BIRTH:۳ اکتوبر ۱۹۹۰]]، نیشنل انشورنس نمبر [[NI_NUMBER:PW 27 64 10 C]]، ساکن
[[ADDRESS:فلیٹ ۱۶، ہیتھر کورٹ، ۲ ایلم گروو]]، ساؤتھال [[POSTCODE:UB1 2HQ]]، سنجیدگی اور خلوص سے
اقرار کرتی ہوں کہ:

۱۔ میں [[OTHER_SPECIAL:مسیحی]] ہوں۔ میں اپنے شوہر [[PERSON:یوسف مسیح]] اور تین بچوں کے ساتھ
ایک بیڈروم کے فلیٹ میں رہتی ہوں۔ ہمارے مالک مکان [[ORGANISATION:Westway Crescent Housing]] ہیں۔

۲۔ میرا بیٹا [[PERSON:دانش]]، عمر [[AGE:۱۰ سال]]، [[HEALTH:آٹزم]] کا شکار ہے اور
[[ADDRESS:برج واٹر جونیئر اسکول]] میں پڑھتا ہے۔ ایک کمرے میں پانچ لوگوں کے ساتھ وہ رات بھر
نہیں سوتا۔

۳۔ ہماری منتقلی کی درخواست، نمبر [[REFERENCE:WCH-TR-55012]]، دو سال تک "زیرِ غور" رہی۔ افسر
مس [[PERSON:جیما ہولٹ]] کہتی رہیں کہ طبی فارم کبھی نہیں ملا، حالانکہ میں نے [[PERSON:دانش]] کا
این ایچ ایس نمبر [[OTHER_ID:721 304 9958]] تین بار لکھ کر دیا تھا۔

۴۔ ہمارے پادری، ریورنڈ [[PERSON:ناصر بھٹی]]، نے [[ADDRESS:سینٹ اینڈریوز اردو چرچ]] کی طرف سے
خط دیا کہ ہم ۲۰۱۷ سے اسی علاقے میں رہتے ہیں۔

۵۔ محتسب کیس [[REFERENCE:202208841]] کے بعد کمپنی نے غلطی تسلیم کی، مس [[PERSON:ہولٹ]] کی جگہ
نیا افسر مقرر کیا، ہمیں تین بیڈروم کا گھر دیا اور معاوضہ ادا کیا۔ میرا ای میل:
[[EMAIL:sehar.yousaf@example.org]]۔

میں یہ سنجیدہ اقرار دیانت داری سے اسے سچ سمجھتے ہوئے، قانونِ اقرار نامہ جات ۱۸۳۵ (Statutory
Declarations Act 1835) کی دفعات کے تحت کرتی ہوں۔

ساؤتھال میں ۶ جولائی ۲۰۲۳ کو اقرار کیا گیا۔ دستخط: [[PERSON:سحر یوسف]]۔ روبرو:
[[PERSON:حمید اللہ چوہدری]]، سالیسٹر۔
"""),
    ),
    (
        "fv2bv-ur-04",
        "ur",
        _s("""
گواہ کا بیان (اردو سے ترجمہ شدہ)۔ کاؤنٹی کورٹ، مانچسٹر، دعویٰ نمبر [[REFERENCE:H7MA2093]]۔
[[PERSON:غلام نبی]] بنام [[ORGANISATION:Longsight Housing Partnership]]۔

میں، [[PERSON:غلام نبی]]، تاریخ پیدائش [[DATE_OF_BIRTH:۱۱ فروری ۱۹۵۶]]، ساکن
[[ADDRESS:۹ ڈیلمر روڈ]]، مانچسٹر [[POSTCODE:M13 0PJ]]، حسبِ ذیل بیان کرتا ہوں:

۱۔ میں [[HEALTH:نابینا]] ہوں اور سفید چھڑی استعمال کرتا ہوں۔ میں اس گھر میں ۱۹۹۹ سے رہ رہا
ہوں۔

۲۔ ستمبر ۲۰۲۲ میں مدعا علیہ نے نیا باورچی خانہ لگوایا، مگر ٹھیکیدار [[ORGANISATION:Apex Fit-Out
Ltd]] کے لوگ سیڑھیوں کی ریلنگ اتار کر چلے گئے اور واپس نہیں لگائی۔ ۱۴ اکتوبر کو میں سیڑھیوں
سے گر گیا۔

۳۔ میرا بیٹا [[PERSON:شہزاد]]، جسے گھر میں سب [[PERSON:چاند]] کہتے ہیں، بار بار فون کرتا رہا
اور [[EMAIL:shahzad.nabi@example.com]] سے ای میلیں بھیجتا رہا۔ مرمت کا نمبر
[[REFERENCE:LHP-77312]] ہے۔

۴۔ ٹھیکیدار کے سپروائزر، مسٹر [[PERSON:ٹونی ریگن]]، نے [[PERSON:چاند]] سے کہا کہ ریلنگ
"اگلے ہفتے" لگ جائے گی۔ مسٹر [[PERSON:ریگن]] سات ہفتے نہیں آئے۔

۵۔ سماجی کارکن مس [[PERSON:آنیا نوواک]] نے مالک مکان کو لکھا کہ ایک [[HEALTH:نابینا]] شخص کے گھر میں
ریلنگ کے بغیر سیڑھیاں خطرناک ہیں۔

۶۔ دعویٰ دائر ہونے کے بعد ریلنگ دونوں طرف لگا دی گئی، سیڑھیوں پر رنگین پٹیاں لگیں اور مجھے
ہرجانہ ملا۔

بیانِ صداقت: میں یقین رکھتا ہوں کہ اس بیان کے حقائق درست ہیں۔ دستخط: [[PERSON:غلام نبی]]۔

مترجم کا سرٹیفکیٹ: میں، [[PERSON:رخسانہ ملک]]، این آر پی ایس آئی رجسٹریشن نمبر
[[OTHER_ID:13466]]، تصدیق کرتی ہوں کہ میں نے یہ بیان اردو سے انگریزی میں ترجمہ کیا اور مسٹر
[[PERSON:نبی]] کو اردو میں پڑھ کر سنایا، کیونکہ وہ [[HEALTH:نابینا]] ہیں، اور انہوں نے تصدیق کی
کہ وہ اسے سمجھتے ہیں اور یہ درست ہے۔ فون: [[PHONE:0161 496 0548]]۔
"""),
    ),
    (
        "fv2bv-ur-05",
        "ur",
        _s("""
کاؤنٹی کورٹ، لیڈز، دعویٰ نمبر [[REFERENCE:L0LS8856]]۔ [[PERSON:زبیدہ خاتون]] بنام
[[ORGANISATION:Chapeltown Vale Housing]]۔ گواہ کا بیان، مدعیہ کی طرف سے۔

میں، [[PERSON:صبا کنول]]، ساکن [[ADDRESS:۳۱ ہیرہلز ایونیو]]، لیڈز [[POSTCODE:LS8 4EX]]، حسبِ
ذیل بیان کرتی ہوں:

۱۔ میں مدعیہ کی بہو ہوں۔ میری ساس، [[PERSON:زبیدہ خاتون]]، تاریخ پیدائش
[[DATE_OF_BIRTH:۲۰ مئی ۱۹۴۸]]، اکیلی [[ADDRESS:فلیٹ ۲، ۳۳ ہیرہلز ایونیو]] میں رہتی ہیں، ہمارے
ساتھ والے گھر میں۔

۲۔ امی جی کو [[HEALTH:گٹھیا]] ہے اور وہ سیڑھیاں اسٹیئر لفٹ کے بغیر نہیں چڑھ سکتیں۔ اسٹیئر لفٹ
دسمبر ۲۰۲۲ میں خراب ہوئی اور پانچ مہینے خراب رہی۔ اس دوران وہ نیچے صوفے پر سوتی رہیں، جہاں
دیوار پر کالی پھپھوندی تھی۔

۳۔ میں نے ان کی طرف سے [[PHONE:+44 (0)7700 900 219]] سے روز فون کیا۔ مرمت کا نمبر
[[REFERENCE:CVH-SL-40218]] ہے۔ افسر، مسز [[PERSON:جین اسمتھ]]، نے کہا کہ پرزہ "آرڈر پر" ہے۔

۴۔ میری بیٹی [[PERSON:مہک]]، جسے دادی پیار سے [[PERSON:گڑیا]] کہتی ہیں، [[AGE:۱۱ سال]] کی ہے اور
روز اسکول سے پہلے دادی کو ناشتہ دے کر جاتی تھی۔

۵۔ امی جی کے ڈاکٹر، [[ADDRESS:ہیرہلز گروپ پریکٹس]] کے ڈاکٹر [[PERSON:عمران شیخ]]، نے خط لکھا کہ
نمی اور سیڑھیوں کی وجہ سے ان کے گرنے کا خطرہ ہے۔ میں نے یہ خط
[[EMAIL:saba.kanwal@example.com]] سے مالک مکان کو بھیجا۔

۶۔ دعویٰ دائر ہونے کے بعد نئی اسٹیئر لفٹ لگی، پھپھوندی کا علاج ہوا اور مسز [[PERSON:اسمتھ]] نے
امی جی سے خود آ کر معافی مانگی۔

بیانِ صداقت: میں یقین رکھتی ہوں کہ اس گواہی بیان میں بیان کردہ حقائق درست ہیں۔ دستخط:
[[PERSON:صبا کنول]]۔ تاریخ: ۲۱ جون ۲۰۲۳۔
"""),
    ),
    (
        "fv2bv-bn-01",
        "bn",
        _s("""
কাউন্টি কোর্ট, সেন্ট্রাল লন্ডন। দাবি নম্বর: [[REFERENCE:K9QZ1402]]। বাদী: [[PERSON:রূপা বেগম]]।
বিবাদী: [[ORGANISATION:Limehouse Basin Homes]]। সাক্ষীর বিবৃতি, প্রদর্শনী RB1 থেকে RB4।
জন্মতারিখ: [[DATE_OF_BIRTH:১২ মার্চ ১৯৮৮]]।

আমি, [[PERSON:রূপা বেগম]], ঠিকানা [[ADDRESS:ফ্ল্যাট ৯, ক্যাবট হাউস, ৪৪ হেডলাম স্ট্রিট]], লন্ডন
[[POSTCODE:E1 2BX]], নিম্নলিখিত বিবৃতি দিচ্ছি:

১। আমি এই মামলার বাদী। ২০১৫ সাল থেকে আমি এই ফ্ল্যাটের ভাড়াটিয়া, টেন্যান্সি নম্বর
[[REFERENCE:LBH-T-660213]]। আমি আমার স্বামী [[PERSON:আব্দুল মালিক]] এবং আমাদের তিন সন্তানের
সঙ্গে থাকি। ছোট ছেলে [[PERSON:তানভীর]], যাকে আমরা [[PERSON:টুটুল]] ডাকি, তার বয়স
[[AGE:৪ বছর]]।

২। ২০২২ সালের শীত থেকে শোবার ঘরের দেয়ালে কালো ছত্রাক ছড়িয়ে পড়ে। [[PERSON:টুটুলের]]
[[HEALTH:হাঁপানি]] আছে; সে রাতে কাশতে কাশতে জেগে উঠত।

৩। আমি বিবাদীর মেরামত লাইনে [[PHONE:020 7946 0531]] নম্বরে বহুবার ফোন করেছি। কাজের নম্বর
[[REFERENCE:LBH-R-301774]] (প্রদর্শনী RB1)।

৪। ২০২৩ সালের ফেব্রুয়ারিতে [[ORGANISATION:Eastside Property Services]]-এর মিস্ত্রি মিস্টার
[[PERSON:কলিন্স]] এসে শুধু দেয়াল রং করে যান। [[PERSON:কলিন্স]] বলেছিলেন, "জানালা খোলা
রাখবেন।" দুই সপ্তাহ পরে ছত্রাক আবার ফিরে আসে।

৫। [[ADDRESS:স্টেপনি গ্রিন মেডিক্যাল সেন্টার]]-এর ডাক্তার [[PERSON:নাসরিন চৌধুরী]] লিখেছেন
যে স্যাঁতসেঁতে ঘরের কারণে [[PERSON:টুটুলের]] শ্বাসকষ্ট বাড়ছে (প্রদর্শনী RB2)।

৬। আমার প্রতিবেশী [[PERSON:বকুল]] আপা, যিনি [[ADDRESS:ফ্ল্যাট ১০]]-এ থাকেন, নিজের চোখে
ছত্রাক দেখেছেন এবং আলাদা বিবৃতি দিয়েছেন।

৭। আমার সলিসিটর, [[ORGANISATION:Mile End Law Centre]]-এর [[PERSON:সারা হোসেন]] (রেফারেন্স
[[REFERENCE:SH/RB/5521]]), মামলা দায়ের করেন। এরপর বিবাদী দেয়াল শুকিয়ে চিকিৎসা করে, নতুন ভেন্টিলেশন
বসায় এবং ক্ষতিপূরণ দেয়।

সত্যের বিবৃতি: আমি বিশ্বাস করি যে এই সাক্ষীর বিবৃতিতে বর্ণিত তথ্যগুলো সত্য। আমি বুঝি যে
সত্যের বিবৃতি দ্বারা যাচাই করা কোনো নথিতে এর সত্যতায় সৎ বিশ্বাস ছাড়া যে কেউ মিথ্যা বিবৃতি দিলে
বা দেওয়ালে তার বিরুদ্ধে আদালত অবমাননার কার্যধারা শুরু হতে পারে।

স্বাক্ষর: [[PERSON:রূপা বেগম]]। তারিখ: ৮ নভেম্বর ২০২৩।
"""),
    ),
    (
        "fv2bv-bn-02",
        "bn",
        _s("""
হাউজিং অম্বুডসম্যান (Housing Ombudsman) তদন্তের জন্য সাক্ষীর বিবৃতি। কেস নম্বর
[[REFERENCE:202322470]]। অভিযোগকারী: [[PERSON:মুক্তা বেগম]]। বাড়িওয়ালা:
[[ORGANISATION:Werneth Hill Homes]]।

আমি, [[PERSON:শান্তি রানী দাস]], জন্মতারিখ [[DATE_OF_BIRTH:৫ জানুয়ারি ১৯৬৭]], ঠিকানা
[[ADDRESS:৫৮ ফেদারস্টল রোড]], ওল্ডহ্যাম [[POSTCODE:OL9 6QB]], এই বিবৃতি দিচ্ছি:

১। আমার পাশের বাড়িতে, [[ADDRESS:৬০ নম্বরে]], [[PERSON:মুক্তা]] ও তার স্বামী [[PERSON:জামাল
উদ্দিন]] তাদের দুই মেয়েকে নিয়ে থাকেন। আমি তাদের বারো বছর ধরে চিনি।

২। ২০২৩ সালের এপ্রিল থেকে তাদের বাথরুমের পাইপ চুঁইয়ে পানি নিচে রান্নাঘরে পড়ত। ১৯ জুন
রান্নাঘরের ছাদের প্লাস্টার ভেঙে পড়ে; আমি শব্দ শুনে দৌড়ে যাই।

৩। বড় মেয়ে [[PERSON:পাখি]] (ভালো নাম [[PERSON:ফারহানা]]), বয়স [[AGE:১৩]], সে সময় রান্নাঘরেই
ছিল। ভাগ্যিস [[PERSON:পাখির]] গায়ে কিছু পড়েনি।

৪। মেরামতের জন্য আসা মিস্টার [[PERSON:ডেভ হারগ্রিভস]] বলেছিলেন পুরো পাইপ বদলাতে হবে, কিন্তু
[[PERSON:হারগ্রিভস]] আর ফিরে আসেননি। মেরামতের রেফারেন্স [[REFERENCE:WHH-50318]]।

৫। [[PERSON:মুক্তার]] [[HEALTH:বিষণ্ণতা]] আছে; এই সময় তিনি একেবারে ভেঙে পড়েছিলেন, ঘর থেকে বের
হতেন না।

৬। তাদের হয়ে আমি অনেকবার [[EMAIL:shanti.das@example.com]] থেকে ইমেল করেছি। আমার ফোন:
[[PHONE:0161 496 0662]]।

৭। অম্বুডসম্যানের কাছে অভিযোগের পর বাড়িওয়ালা পাইপ আর ছাদ ঠিক করে, ক্ষতিপূরণ দেয় এবং
[[PERSON:জামাল]] ভাইয়ের কাছে লিখিতভাবে ক্ষমা চায়।

আমি নিশ্চিত করছি যে এই বিবৃতির তথ্যগুলো সত্য।

স্বাক্ষর: [[PERSON:শান্তি রানী দাস]]। তারিখ: ১৭ জানুয়ারি ২০২৪।
"""),
    ),
    (
        "fv2bv-bn-03",
        "bn",
        _s("""
বিধিবদ্ধ ঘোষণা (Statutory Declaration)। আমি, [[PERSON:হাবিবুর রহমান]], জন্মতারিখ
[[DATE_OF_BIRTH:১৯ সেপ্টেম্বর ১৯৭৪]], ন্যাশনাল ইন্স্যুরেন্স নম্বর [[NI_NUMBER:NR 55 17 36 A]],
ঠিকানা [[ADDRESS:৩৪ গ্রিনওয়ে স্ট্রিট]], বার্মিংহাম [[POSTCODE:B9 4UP]], আন্তরিকভাবে ও
সত্যনিষ্ঠভাবে ঘোষণা করছি যে:

১। আমি [[ORGANISATION:Bordesley Green Housing Co-operative]]-এর ভাড়াটিয়া, টেন্যান্সি নম্বর
[[REFERENCE:BGC/0719]]।

২। ২০২৩ সালের জুলাইয়ে আমাকে জানানো হয় যে আমার ৩,২০০ পাউন্ড ভাড়া বকেয়া, এবং বাড়ি দখলের
নোটিশ দেওয়া হয়। আসলে ভুলটা ছিল হাউজিং বেনিফিটে: [[HEALTH:কিডনি ফেইলিউরের]] কারণে আমি
ডিসেম্বর ২০২২-এ কাজ ছেড়ে দিয়েছিলাম, কিন্তু তারা সেটা রেকর্ড করেনি।

৩। আমার মেয়ে [[PERSON:শাপলা]], বয়স [[AGE:১৭]], [[ADDRESS:বর্ডসলি গ্রিন গার্লস স্কুলে]] পড়ে।
[[PERSON:শাপলা]] সব চিঠি আমাকে পড়ে শোনাত, আর [[PERSON:শাপলার]] ইমেল
[[EMAIL:shapla dot rahman at example dot com]] থেকে আমরা বাড়িওয়ালাকে লিখেছি।

৪। [[ADDRESS:বায়তুল আমান জামে মসজিদ]]-এর ইমাম, মাওলানা [[PERSON:শফিকুল ইসলাম]], উকিলের
খরচে সাহায্য করতে চেয়েছিলেন।

৫। কাউন্সিলের বেনিফিট অফিসার মিস [[PERSON:হানা ব্রুক]] পরে ভুল স্বীকার করেন। অভিযোগ নম্বর
[[REFERENCE:BCC-CF-442017]]। নোটিশ প্রত্যাহার করা হয়েছে, ভাড়ার হিসাব ঠিক করা হয়েছে এবং মিস
[[PERSON:ব্রুক]] লিখিতভাবে দুঃখ প্রকাশ করেছেন।

আর আমি এই গম্ভীর ঘোষণা দিচ্ছি বিবেকবোধ থেকে একে সত্য বলে বিশ্বাস করে এবং ১৮৩৫ সালের
বিধিবদ্ধ ঘোষণা আইনের (Statutory Declarations Act 1835) বিধান অনুযায়ী।

বার্মিংহামে ঘোষিত, ২ নভেম্বর ২০২৩। স্বাক্ষর: [[PERSON:হাবিবুর রহমান]]। আমার সামনে:
[[PERSON:রাজেশ মিস্ত্রি]], সলিসিটর, শপথ গ্রহণে ক্ষমতাপ্রাপ্ত।
"""),
    ),
    (
        "fv2bv-bn-04",
        "bn",
        _s("""
সাক্ষীর বিবৃতি (অনূদিত)। কাউন্টি কোর্ট, বো। দাবি নম্বর [[REFERENCE:F0BW6637]]। [[PERSON:আব্দুর
রউফ]] বনাম [[ORGANISATION:Lea Bridge Housing Trust]]।

আমি, [[PERSON:আব্দুর রউফ]], জন্মতারিখ [[DATE_OF_BIRTH:১ জানুয়ারি ১৯৫০]], ঠিকানা
[[ADDRESS:ফ্ল্যাট ৪১, ওয়েস্টফেরি টাওয়ার]], লন্ডন [[POSTCODE:E3 3LD]], নিম্নলিখিত বিবৃতি
দিচ্ছি:

১। আমার বয়স [[AGE:৭৩ বছর]]। ২০২১ সালে আমার [[HEALTH:স্ট্রোক]] হয়, এখন আমি ওয়াকার নিয়ে চলি।
আমি এগারো তলায় থাকি।

২। ২০২৩ সালের ১ আগস্ট থেকে ৯ সেপ্টেম্বর পর্যন্ত দুটো লিফটই বন্ধ ছিল। ছয় সপ্তাহ আমি ঘর থেকে
বের হতে পারিনি, [[ADDRESS:বো জামে মসজিদে]] জুমার নামাজেও যেতে পারিনি।

৩। আমার ছেলে [[PERSON:খোকন]] (আসল নাম [[PERSON:রফিকুল]]) প্রতিদিন
[[PHONE:+44 (0)7700 900 358]] থেকে ফোন করে ঘটনার নম্বর [[REFERENCE:LBH/LIFT/2308-77]]
জানাত।

৪। বাড়িওয়ালার কর্মকর্তা মিস্টার [[PERSON:গ্যারি ওয়েবস্টার]] বলেন, যন্ত্রাংশ আসতে দেরি হবে।
আমি [[HEALTH:ডায়াবেটিসের]] ওষুধ আনতে পারিনি; প্রতিবেশী [[PERSON:ইয়াসমিন]] এনে দিয়েছিলেন।
মিস্টার [[PERSON:ওয়েবস্টার]] একবারও আমার খোঁজ নেননি।

৫। মামলার পর বাড়িওয়ালা লিফট রক্ষণাবেক্ষণের ঠিকাদার বদলেছে, আমার নাম অগ্রাধিকার তালিকায়
তুলেছে এবং ক্ষতিপূরণ দিয়েছে।

সত্যের বিবৃতি: আমি বিশ্বাস করি যে এই সাক্ষীর বিবৃতিতে বর্ণিত তথ্যগুলো সত্য। স্বাক্ষর:
[[PERSON:আব্দুর রউফ]]।

দোভাষীর প্রত্যয়নপত্র: আমি, [[PERSON:মৌসুমী চক্রবর্তী]], এনআরপিএসআই নিবন্ধন নম্বর
[[OTHER_ID:15093]], প্রত্যয়ন করছি যে আমি এই বিবৃতি ইংরেজিতে অনুবাদ করেছি এবং জনাব
[[PERSON:রউফকে]] সিলেটিতে পড়ে শুনিয়েছি; তিনি বুঝেছেন এবং সত্য বলে নিশ্চিত করেছেন।
"""),
    ),
    (
        "fv2bv-bn-05",
        "bn",
        _s("""
কাউন্টি কোর্ট, লুটন। দাবি নম্বর [[REFERENCE:D6LU2951]]। [[PERSON:সোহেল আহমেদ]] ও
[[PERSON:সোনালী আহমেদ]] বনাম [[ORGANISATION:Bramingham Homes]]। বাদীর সাক্ষী বিবৃতি, প্রদর্শনী
SA1 থেকে SA3।

আমি, [[PERSON:সোহেল আহমেদ]], জন্মতারিখ [[DATE_OF_BIRTH:২৭/০৪/১৯৮৩]], ঠিকানা
[[ADDRESS:১৯ বেরি পার্ক রোড]], লুটন [[POSTCODE:LU1 1HT]], নিম্নলিখিত বিবৃতি দিচ্ছি:

১। আমি স্ত্রী [[PERSON:সোনালী]] আর দুই ছেলেমেয়ের সঙ্গে থাকি। ছোট ছেলে [[PERSON:মিঠুর]]
বয়স [[AGE:৬]]; সে [[ADDRESS:সেন্ট ম্যাথিউস প্রাইমারি স্কুলে]] পড়ে।

২। ২০২৩ সালের মার্চে বাথরুমের সুইচবোর্ড থেকে পোড়া গন্ধ আসতে থাকে এবং দেয়ালের তার বেরিয়ে
পড়ে। আমি [[PHONE:01632 960 714]] নম্বরে জানাই; জরুরি কাজের নম্বর [[REFERENCE:BH-EL-66120]]।

৩। [[ORGANISATION:Chiltern Sparks Ltd]]-এর ইলেকট্রিশিয়ান মিস্টার [[PERSON:রায়ান ফ্লিন]] এসে
টেপ লাগিয়ে চলে যান। যাওয়ার সময় তার ভ্যান, নম্বর [[OTHER_ID:KE20 VNR]], পিছিয়ে এসে আমার
গাড়িতে ধাক্কা দেয়। [[PERSON:ফ্লিন]] বলেন তিনি কিছু টের পাননি।

৪। [[PERSON:সোনালীর]] [[HEALTH:মৃগীরোগ]] আছে; অন্ধকার বাথরুমে তিনবার তার খিঁচুনি হয়েছে।

৫। প্রতিবেশী [[PERSON:রোজ]] আন্টি, মানে মিসেস [[PERSON:রোজ ওকাফর]], ধাক্কার ঘটনাটা দেখেছেন
এবং ছবি তুলেছেন (প্রদর্শনী SA2)।

৬। মামলার পর বাড়িওয়ালা পুরো বৈদ্যুতিক সংযোগ নতুন করে, গাড়ির মেরামতের খরচ দেয় এবং
ক্ষতিপূরণ দেয়।

সত্যের বিবৃতি: আমি বিশ্বাস করি যে এই সাক্ষীর বিবৃতিতে বর্ণিত তথ্যগুলো সত্য। আমি বুঝি যে সৎ
বিশ্বাস ছাড়া মিথ্যা বিবৃতি দিলে আদালত অবমাননার কার্যধারা শুরু হতে পারে।

স্বাক্ষর: [[PERSON:সোহেল আহমেদ]]। তারিখ: ৩০ অক্টোবর ২০২৩।
"""),
    ),
    (
        "fv2bv-pa-01",
        "pa",
        _s("""
ਕਾਊਂਟੀ ਕੋਰਟ, ਰੀਡਿੰਗ। ਦਾਅਵਾ ਨੰਬਰ: [[REFERENCE:N4RG0718]]। ਦਾਅਵੇਦਾਰ: [[PERSON:ਹਰਜਿੰਦਰ ਸਿੰਘ
ਗਿੱਲ]]। ਬਚਾਅ ਪੱਖ: [[ORGANISATION:Colnbrook Vale Housing]]। ਗਵਾਹ ਦਾ ਬਿਆਨ, ਨੱਥੀ ਦਸਤਾਵੇਜ਼ HG1 ਤੋਂ
HG4। ਜਨਮ ਮਿਤੀ: [[DATE_OF_BIRTH:੦੪/੦੭/੧੯੭੭]]।

ਮੈਂ, [[PERSON:ਹਰਜਿੰਦਰ ਸਿੰਘ ਗਿੱਲ]], ਵਾਸੀ [[ADDRESS:੨੯ ਫਾਰਨਹੈਮ ਰੋਡ]], ਸਲੋਹ
[[POSTCODE:SL1 4XB]], ਹੇਠ ਲਿਖੇ ਅਨੁਸਾਰ ਬਿਆਨ ਕਰਦਾ ਹਾਂ:

੧। ਮੈਂ ਇਸ ਕੇਸ ਵਿੱਚ ਦਾਅਵੇਦਾਰ ਹਾਂ। ਮੈਂ ਆਪਣੀ ਪਤਨੀ [[PERSON:ਕੁਲਜੀਤ ਕੌਰ]] ਅਤੇ ਧੀ
[[PERSON:ਖ਼ੁਸ਼ੀ]] ਨਾਲ ਰਹਿੰਦਾ ਹਾਂ, ਜਿਸਦੀ ਉਮਰ [[AGE:੬ ਸਾਲ]] ਹੈ।

੨। ਦਸੰਬਰ ੨੦੨੨ ਤੋਂ ਰਸੋਈ ਅਤੇ ਪਿਛਲੇ ਕਮਰੇ ਵਿੱਚ ਸਿੱਲ੍ਹ ਅਤੇ ਕਾਲੀ ਉੱਲੀ ਸੀ। ਮੈਂ
[[PHONE:0118 496 0473]] 'ਤੇ ਕਈ ਵਾਰ ਫ਼ੋਨ ਕੀਤਾ; ਮੁਰੰਮਤ ਦੇ ਨੰਬਰ [[REFERENCE:CVH-448019]] ਅਤੇ
[[REFERENCE:CVH-452260]] ਹਨ (ਨੱਥੀ HG1)।

੩। [[PERSON:ਕੁਲਜੀਤ]] ਨੂੰ [[HEALTH:ਗਠੀਆ]] ਹੈ ਅਤੇ ਸਿੱਲ੍ਹ ਨਾਲ ਉਸਦੇ ਜੋੜਾਂ ਦਾ ਦਰਦ ਵਧ ਗਿਆ।
[[PERSON:ਖ਼ੁਸ਼ੀ]] ਨੂੰ [[HEALTH:ਐਗਜ਼ੀਮਾ]] ਹੈ, ਜੋ ਉਸ ਸਰਦੀ ਵਿੱਚ ਬਹੁਤ ਵਿਗੜ ਗਿਆ।

੪। ਅਪ੍ਰੈਲ ੨੦੨੩ ਵਿੱਚ ਠੇਕੇਦਾਰ [[ORGANISATION:Berkshire Damp Care]] ਦਾ ਕਾਮਾ, ਮਿਸਟਰ
[[PERSON:ਕ੍ਰੇਗ ਫੋਸਟਰ]], ਆਇਆ। [[PERSON:ਫੋਸਟਰ]] ਨੇ ਕਿਹਾ ਕਿ ਇਹ "ਸਿਰਫ਼ ਕੰਡੈਂਸੇਸ਼ਨ" ਹੈ ਅਤੇ ਸਾਨੂੰ
ਖਿੜਕੀਆਂ ਖੁੱਲ੍ਹੀਆਂ ਰੱਖਣ ਲਈ ਕਿਹਾ।

੫। [[PERSON:ਖ਼ੁਸ਼ੀ]] [[ADDRESS:ਸੇਂਟ ਮਾਰਟਿਨਜ਼ ਪ੍ਰਾਇਮਰੀ ਸਕੂਲ]] ਵਿੱਚ ਪੜ੍ਹਦੀ ਹੈ। ਉਸਦੀ ਅਧਿਆਪਕਾ, ਮਿਸ
[[PERSON:ਲੂਸੀ ਗ੍ਰੇ]], ਨੇ ਚਿੱਠੀ ਲਿਖੀ ਕਿ ਉਹ ਕਲਾਸ ਵਿੱਚ ਖੁਰਕਦੀ ਰਹਿੰਦੀ ਹੈ ਅਤੇ ਥੱਕੀ ਰਹਿੰਦੀ ਹੈ (ਨੱਥੀ
HG2)।

੬। ਸਾਡੇ ਵਕੀਲ, [[ORGANISATION:Sahota & Reid Solicitors]] ਦੇ ਮਿਸਟਰ [[PERSON:ਅਮਨ ਸਹੋਤਾ]]
(ਹਵਾਲਾ [[REFERENCE:AS/GIL/2208]]), ਵੱਲੋਂ ਦਾਅਵਾ ਦਾਇਰ ਕਰਨ ਤੋਂ ਬਾਅਦ ਬਚਾਅ ਪੱਖ ਨੇ ਕੰਧਾਂ ਦਾ ਇਲਾਜ
ਕੀਤਾ, ਨਵੇਂ ਐਕਸਟ੍ਰੈਕਟਰ ਫ਼ੈਨ ਲਾਏ ਅਤੇ ਹਰਜਾਨਾ ਦਿੱਤਾ।

ਸੱਚਾਈ ਦਾ ਬਿਆਨ: ਮੈਨੂੰ ਵਿਸ਼ਵਾਸ ਹੈ ਕਿ ਇਸ ਗਵਾਹ ਬਿਆਨ ਵਿੱਚ ਦੱਸੇ ਗਏ ਤੱਥ ਸੱਚੇ ਹਨ। ਮੈਂ ਸਮਝਦਾ ਹਾਂ ਕਿ
ਜੋ ਕੋਈ ਸੱਚਾਈ ਦੇ ਬਿਆਨ ਨਾਲ ਪ੍ਰਮਾਣਿਤ ਦਸਤਾਵੇਜ਼ ਵਿੱਚ, ਉਸਦੀ ਸੱਚਾਈ 'ਤੇ ਇਮਾਨਦਾਰ ਵਿਸ਼ਵਾਸ ਤੋਂ ਬਿਨਾਂ,
ਝੂਠਾ ਬਿਆਨ ਦਿੰਦਾ ਜਾਂ ਦਿਵਾਉਂਦਾ ਹੈ, ਉਸਦੇ ਵਿਰੁੱਧ ਅਦਾਲਤ ਦੀ ਮਾਣਹਾਨੀ ਦੀ ਕਾਰਵਾਈ ਹੋ ਸਕਦੀ ਹੈ।

ਦਸਤਖ਼ਤ: [[PERSON:ਐੱਚ. ਐੱਸ. ਗਿੱਲ]]। ਨਾਮ: [[PERSON:ਹਰਜਿੰਦਰ ਸਿੰਘ ਗਿੱਲ]]। ਮਿਤੀ: ੧੧ ਜਨਵਰੀ ੨੦੨੪।
"""),
    ),
    (
        "fv2bv-pa-02",
        "pa",
        _s("""
ਹਾਊਸਿੰਗ ਓਮਬਡਸਮੈਨ (Housing Ombudsman) ਦੀ ਜਾਂਚ ਲਈ ਗਵਾਹ ਦਾ ਬਿਆਨ। ਕੇਸ ਨੰਬਰ
[[REFERENCE:202415307]]। ਸ਼ਿਕਾਇਤਕਰਤਾ: [[PERSON:ਬਲਵੰਤ ਸਿੰਘ ਰੰਧਾਵਾ]]। ਮਕਾਨ ਮਾਲਕ:
[[ORGANISATION:Penn Brook Homes]]।

ਮੈਂ, [[PERSON:ਗੁਰਮੀਤ ਕੌਰ]], ਉਮਰ [[AGE:੬੮ ਸਾਲ]], ਵਾਸੀ [[ADDRESS:੧੪ ਲੀਆ ਰੋਡ]], ਵੁਲਵਰਹੈਂਪਟਨ
[[POSTCODE:WV3 0LG]], ਹੇਠ ਲਿਖਿਆ ਬਿਆਨ ਕਰਦੀ ਹਾਂ:

੧। ਮੈਂ [[PERSON:ਬਲਵੰਤ]] ਭਾਜੀ ਅਤੇ ਉਨ੍ਹਾਂ ਦੀ ਪਤਨੀ [[PERSON:ਸੁਰਿੰਦਰ]] ਭੈਣ ਜੀ ਨੂੰ ੩੦ ਸਾਲਾਂ ਤੋਂ
ਜਾਣਦੀ ਹਾਂ। ਉਹ ਸਾਡੇ ਨਾਲ ਵਾਲੇ ਘਰ, [[ADDRESS:੧੬ ਨੰਬਰ]] ਵਿੱਚ, ਆਪਣੇ ਪੋਤੇ [[PERSON:ਬਿੱਟੂ]] (ਅਸਲ
ਨਾਂ [[PERSON:ਹਰਮਨਪ੍ਰੀਤ]]) ਨਾਲ ਰਹਿੰਦੇ ਹਨ, ਜਿਸਦੀ ਉਮਰ [[AGE:੧੦ ਸਾਲ]] ਹੈ।

੨। ਜਨਵਰੀ ੨੦੨੪ ਵਿੱਚ ਉਨ੍ਹਾਂ ਦੇ ਉੱਪਰਲੇ ਬਾਥਰੂਮ ਦਾ ਪਾਈਪ ਫਟ ਗਿਆ। ਪਾਣੀ ਛੱਤ ਵਿੱਚੋਂ ਬੈਠਕ ਵਿੱਚ
ਚੋਂਦਾ ਰਿਹਾ ਅਤੇ ਸਾਂਝੀ ਕੰਧ ਰਾਹੀਂ ਸਾਡੇ ਘਰ ਤੱਕ ਸਿੱਲ੍ਹ ਆ ਗਈ।

੩। [[PERSON:ਬਲਵੰਤ]] ਭਾਜੀ ਨੂੰ [[HEALTH:ਪਾਰਕਿੰਸਨ]] ਹੈ। ਗਿੱਲੇ ਫ਼ਰਸ਼ 'ਤੇ ਉਹ ਦੋ ਵਾਰ ਤਿਲਕੇ; ਇੱਕ
ਵਾਰ ਮੈਂ ਅਤੇ [[PERSON:ਬਿੱਟੂ]] ਨੇ ਉਨ੍ਹਾਂ ਨੂੰ ਚੁੱਕਿਆ।

੪। ਮਕਾਨ ਮਾਲਕ ਦਾ ਪਲੰਬਰ, ਮਿਸਟਰ [[PERSON:ਡੈਨੀ ਮਾਰਸ਼]], ੧੨ ਫ਼ਰਵਰੀ ਨੂੰ ਆਇਆ। [[PERSON:ਮਾਰਸ਼]] ਨੇ
ਪਾਣੀ ਬੰਦ ਕੀਤਾ ਪਰ ਛੱਤ ਬਾਰੇ ਕਿਹਾ "ਇਹ ਮੇਰਾ ਕੰਮ ਨਹੀਂ"। ਮੁਰੰਮਤ ਦਾ ਨੰਬਰ
[[REFERENCE:PBH-RR-71466]] ਸੀ।

੫। ਅਸੀਂ ਦੋਵੇਂ ਪਰਿਵਾਰ [[ADDRESS:ਗੁਰਦੁਆਰਾ ਦਸ਼ਮੇਸ਼ ਦਰਬਾਰ]] ਜਾਂਦੇ ਹਾਂ। ਉੱਥੋਂ ਦੀ ਸੇਵਾਦਾਰ,
[[PERSON:ਪਿੰਕੀ]] ਭੈਣ ਜੀ, ਨੇ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਸ਼ਿਕਾਇਤ ਲਿਖਣ ਵਿੱਚ ਮਦਦ ਕੀਤੀ ਅਤੇ ਆਪਣੇ ਨੰਬਰ
[[PHONE:07700 900 605]] ਤੋਂ ਦਫ਼ਤਰ ਨੂੰ ਫ਼ੋਨ ਕੀਤੇ।

੬। ਓਮਬਡਸਮੈਨ ਕੋਲ ਸ਼ਿਕਾਇਤ ਜਾਣ ਤੋਂ ਬਾਅਦ ਮਕਾਨ ਮਾਲਕ ਨੇ ਛੱਤ ਅਤੇ ਕੰਧ ਠੀਕ ਕੀਤੀ, ਦੋਵਾਂ ਘਰਾਂ ਨੂੰ
ਹਰਜਾਨਾ ਦਿੱਤਾ ਅਤੇ [[PERSON:ਬਲਵੰਤ]] ਭਾਜੀ ਲਈ ਬਾਥਰੂਮ ਵਿੱਚ ਫੜਨ ਵਾਲੇ ਡੰਡੇ ਲਾਏ।

ਮੈਂ ਪੁਸ਼ਟੀ ਕਰਦੀ ਹਾਂ ਕਿ ਇਸ ਬਿਆਨ ਵਿੱਚ ਦੱਸੇ ਤੱਥ ਸੱਚੇ ਹਨ।

ਦਸਤਖ਼ਤ: [[PERSON:ਗੁਰਮੀਤ ਕੌਰ]]। ਮਿਤੀ: ੨੦ ਮਈ ੨੦੨੪।
"""),
    ),
    (
        "fv2bv-pa-03",
        "pa",
        _s("""
ਕਾਨੂੰਨੀ ਘੋਸ਼ਣਾ (Statutory Declaration)। ਮੈਂ, [[PERSON:ਜਸਵਿੰਦਰ ਕੌਰ ਸੰਧੂ]], ਜਨਮ ਮਿਤੀ
[[DATE_OF_BIRTH:੧੮ ਅਗਸਤ ੧੯੮੪]], ਨੈਸ਼ਨਲ ਇੰਸ਼ੋਰੈਂਸ ਨੰਬਰ [[NI_NUMBER:TB 84 03 62 D]], ਵਾਸੀ
[[ADDRESS:ਫਲੈਟ ੩, ੭੭ ਪੈਰੋਕ ਸਟਰੀਟ]], ਗ੍ਰੇਵਜ਼ੈਂਡ [[POSTCODE:DA11 0HZ]], ਪੂਰੀ ਗੰਭੀਰਤਾ ਅਤੇ
ਸੁਹਿਰਦਤਾ ਨਾਲ ਘੋਸ਼ਣਾ ਕਰਦੀ ਹਾਂ ਕਿ:

੧। ਮੈਂ [[OTHER_SPECIAL:ਅੰਮ੍ਰਿਤਧਾਰੀ ਸਿੱਖ]] ਹਾਂ ਅਤੇ ਹਰ ਰੋਜ਼ ਸਵੇਰੇ [[ADDRESS:ਗੁਰਦੁਆਰਾ ਨਾਨਕਸਰ]]
ਜਾਂਦੀ ਹਾਂ। ਮੇਰੇ ਪਤੀ [[PERSON:ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ]] ਦੀ ੨੦੨੧ ਵਿੱਚ ਮੌਤ ਹੋ ਗਈ ਸੀ।

੨। ਮੈਂ ਆਪਣੇ ਦੋ ਪੁੱਤਰਾਂ, [[PERSON:ਜੋਤ]] ([[AGE:੧੩ ਸਾਲ]]) ਅਤੇ [[PERSON:ਸੁਖ]] ([[AGE:੯ ਸਾਲ]]),
ਨਾਲ ਇੱਕ ਕਮਰੇ ਵਾਲੇ ਫਲੈਟ ਵਿੱਚ ਰਹਿੰਦੀ ਹਾਂ।

੩। ਮਾਰਚ ੨੦੨੩ ਵਿੱਚ [[ORGANISATION:Gravesham Borough Council]] ਨੇ ਮੇਰੀ ਹਾਊਸਿੰਗ ਰਜਿਸਟਰ ਦੀ
ਅਰਜ਼ੀ, ਨੰਬਰ [[REFERENCE:GBC-HR-330917]], ਇਹ ਕਹਿ ਕੇ ਬੰਦ ਕਰ ਦਿੱਤੀ ਕਿ ਮੈਂ ਇੱਕ ਸਾਲ ਵਿੱਚ ਕੋਈ ਬੋਲੀ
ਨਹੀਂ ਲਾਈ। ਉਸ ਸਾਲ ਮੇਰਾ [[HEALTH:ਛਾਤੀ ਦੇ ਕੈਂਸਰ]] ਦਾ ਇਲਾਜ ਚੱਲ ਰਿਹਾ ਸੀ ਅਤੇ ਮੈਂ ਇਹ ਗੱਲ ਕੌਂਸਲ ਨੂੰ
ਲਿਖ ਕੇ ਦੱਸੀ ਸੀ।

੪। ਅਫ਼ਸਰ ਮਿਸ [[PERSON:ਟਰੇਸੀ ਬੌਂਡ]] ਨੇ ਫ਼ੋਨ 'ਤੇ ਕਿਹਾ ਕਿ ਮੇਰੀ ਚਿੱਠੀ ਉਨ੍ਹਾਂ ਦੇ ਸਿਸਟਮ ਵਿੱਚ ਨਹੀਂ ਹੈ।
ਮੈਂ [[EMAIL:jaswinder.sandhu@example.org]] ਤੋਂ ਉਹ ਚਿੱਠੀ ਮਿਸ [[PERSON:ਬੌਂਡ]] ਨੂੰ ਦੁਬਾਰਾ ਭੇਜੀ।

੫। ਮੇਰੇ ਛੋਟੇ ਪੁੱਤਰ [[PERSON:ਸੁਖ]] ਦੇ ਸਕੂਲ, [[ADDRESS:ਕਿੰਗਸਵੁੱਡ ਪ੍ਰਾਇਮਰੀ]], ਦੀ ਹੈੱਡ ਟੀਚਰ ਨੇ
ਲਿਖਿਆ ਕਿ ਭੀੜ ਕਰਕੇ ਉਸਨੂੰ ਹੋਮਵਰਕ ਕਰਨ ਲਈ ਥਾਂ ਨਹੀਂ ਮਿਲਦੀ।

੬। ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:GBC-CMP-2023-0615]] ਤੋਂ ਬਾਅਦ ਕੌਂਸਲ ਨੇ ਗ਼ਲਤੀ ਮੰਨੀ, ਅਰਜ਼ੀ ਪਹਿਲੀ
ਤਾਰੀਖ਼ ਨਾਲ ਬਹਾਲ ਕੀਤੀ ਅਤੇ ਸਾਨੂੰ ਦੋ ਕਮਰਿਆਂ ਵਾਲਾ ਘਰ ਦਿੱਤਾ।

ਅਤੇ ਮੈਂ ਇਹ ਗੰਭੀਰ ਘੋਸ਼ਣਾ ਇਸਨੂੰ ਸੱਚ ਮੰਨਦਿਆਂ, ਸਟੈਚੂਟਰੀ ਡਿਕਲੇਰੇਸ਼ਨਜ਼ ਐਕਟ ੧੮੩੫ ਦੀਆਂ ਧਾਰਾਵਾਂ
ਅਧੀਨ ਕਰਦੀ ਹਾਂ।

ਗ੍ਰੇਵਜ਼ੈਂਡ ਵਿਖੇ ੩ ਅਕਤੂਬਰ ੨੦੨੩ ਨੂੰ ਘੋਸ਼ਿਤ। [[PERSON:ਜਸਵਿੰਦਰ ਕੌਰ ਸੰਧੂ]]। ਮੇਰੇ ਸਾਹਮਣੇ:
[[PERSON:ਪੀਟਰ ਓਕੋਲੀ]], ਸੌਲੀਸਿਟਰ।
"""),
    ),
    (
        "fv2bv-pa-04",
        "pa",
        _s("""
ਗਵਾਹ ਦਾ ਬਿਆਨ (ਪੰਜਾਬੀ ਤੋਂ ਅਨੁਵਾਦ)। ਕਾਊਂਟੀ ਕੋਰਟ, ਡਰਬੀ। ਕੇਸ ਨੰਬਰ [[REFERENCE:G2DE4410]]।
[[ORGANISATION:Derwent Lea Homes]] ਬਨਾਮ [[PERSON:ਡੀਨ ਰਾਈਟ]]। ਨੱਥੀ AD/1 ਤੋਂ AD/3।

ਮੈਂ, [[PERSON:ਅਵਤਾਰ ਸਿੰਘ ਢਿੱਲੋਂ]], ਜਨਮ ਮਿਤੀ [[DATE_OF_BIRTH:੨੬ ਜਨਵਰੀ ੧੯੫੩]], ਵਾਸੀ
[[ADDRESS:੮ ਰੋਜ਼ ਹਿੱਲ ਸਟਰੀਟ]], ਡਰਬੀ [[POSTCODE:DE23 8GA]], ਬਿਆਨ ਕਰਦਾ ਹਾਂ:

੧। ਮੈਨੂੰ [[HEALTH:ਅਧਰੰਗ]] ਹੈ ਅਤੇ ਮੈਂ ਵ੍ਹੀਲਚੇਅਰ ਵਰਤਦਾ ਹਾਂ। ਮੇਰੀ ਪਤਨੀ [[PERSON:ਪ੍ਰੀਤਮ ਕੌਰ]]
ਮੇਰੀ ਦੇਖਭਾਲ ਕਰਦੀ ਹੈ।

੨। ਜੂਨ ੨੦੨੩ ਤੋਂ ਗੁਆਂਢੀ, ਮਿਸਟਰ [[PERSON:ਰਾਈਟ]], ਆਪਣੀ ਵੈਨ [[OTHER_ID:FD66 LMU]] ਸਾਡੇ ਘਰ ਅੱਗੇ
ਨੀਵੀਂ ਕੀਤੀ ਪਟੜੀ 'ਤੇ ਖੜ੍ਹੀ ਕਰਦਾ ਸੀ, ਜਿਸ ਕਰਕੇ ਮੈਂ ਘਰੋਂ ਨਿਕਲ ਨਹੀਂ ਸਕਦਾ ਸੀ। ਜਦੋਂ ਮੈਂ ਕਹਿੰਦਾ, ਉਹ
ਮੇਰੇ [[OTHER_SPECIAL:ਸਿੱਖ]] ਹੋਣ ਕਰਕੇ ਗਾਲ੍ਹਾਂ ਕੱਢਦਾ ਅਤੇ ਮੇਰੀ ਪੱਗ ਦਾ ਮਜ਼ਾਕ ਉਡਾਉਂਦਾ।

੩। ਮੇਰੇ ਪੋਤੇ [[PERSON:ਲਾਡੀ]] (ਅਸਲ ਨਾਂ [[PERSON:ਅਰਜਨ]]), ਉਮਰ [[AGE:੧੫ ਸਾਲ]], ਨੇ ਫ਼ੋਨ 'ਤੇ ਤਿੰਨ
ਵੀਡੀਓ ਬਣਾਈਆਂ (ਨੱਥੀ AD/2)। [[PERSON:ਰਾਈਟ]] ਨੇ ਉਨ੍ਹਾਂ ਵਿੱਚੋਂ ਇੱਕ ਵਿੱਚ [[PERSON:ਲਾਡੀ]] ਨੂੰ ਧੱਕਾ
ਦਿੱਤਾ।

੪। ਮਕਾਨ ਮਾਲਕ ਦੀ ਅਫ਼ਸਰ, ਮਿਸ [[PERSON:ਸ਼ਬਨਮ ਹੁਸੈਨ]], ਨੇ ਸਮਾਜ-ਵਿਰੋਧੀ ਵਿਹਾਰ ਦਾ ਕੇਸ
[[REFERENCE:DLH/ASB/0932]] ਖੋਲ੍ਹਿਆ ਅਤੇ ਹਰ ਹਫ਼ਤੇ ਸਾਨੂੰ ਫ਼ੋਨ ਕੀਤਾ।

੫। ਨਵੰਬਰ ੨੦੨੩ ਵਿੱਚ ਅਦਾਲਤ ਨੇ ਹੁਕਮ ਜਾਰੀ ਕੀਤਾ, ਅਤੇ ਮਿਸਟਰ [[PERSON:ਰਾਈਟ]] ਨੂੰ ਹੋਰ ਘਰ ਵਿੱਚ ਭੇਜ
ਦਿੱਤਾ ਗਿਆ। ਹੁਣ ਮੈਂ ਫਿਰ ਆਪਣੀ ਵ੍ਹੀਲਚੇਅਰ 'ਤੇ ਬਾਹਰ ਜਾ ਸਕਦਾ ਹਾਂ।

ਸੱਚਾਈ ਦਾ ਬਿਆਨ: ਮੈਨੂੰ ਵਿਸ਼ਵਾਸ ਹੈ ਕਿ ਇਸ ਗਵਾਹ ਬਿਆਨ ਵਿੱਚ ਦੱਸੇ ਤੱਥ ਸੱਚੇ ਹਨ। ਦਸਤਖ਼ਤ:
[[PERSON:ਅਵਤਾਰ ਸਿੰਘ ਢਿੱਲੋਂ]]।

ਦੁਭਾਸ਼ੀਏ ਦਾ ਸਰਟੀਫ਼ਿਕੇਟ: ਮੈਂ, [[PERSON:ਨਵਦੀਪ ਕੌਰ ਬਰਾੜ]], NRPSI ਰਜਿਸਟ੍ਰੇਸ਼ਨ ਨੰਬਰ
[[OTHER_ID:19021]], ਪ੍ਰਮਾਣਿਤ ਕਰਦੀ ਹਾਂ ਕਿ ਮੈਂ ਇਹ ਬਿਆਨ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਅਨੁਵਾਦ ਕੀਤਾ ਅਤੇ ਸ੍ਰੀ
[[PERSON:ਢਿੱਲੋਂ]] ਨੂੰ ਪੰਜਾਬੀ ਵਿੱਚ ਪੜ੍ਹ ਕੇ ਸੁਣਾਇਆ, ਅਤੇ ਉਨ੍ਹਾਂ ਨੇ ਇਸਨੂੰ ਸਮਝ ਕੇ ਸੱਚ ਮੰਨਿਆ। ਫ਼ੋਨ:
[[PHONE:0115 496 0820]]।
"""),
    ),
    (
        "fv2bv-pa-05",
        "pa",
        _s("""
ਹਾਊਸਿੰਗ ਓਮਬਡਸਮੈਨ ਦੀ ਜਾਂਚ ਲਈ ਗਵਾਹ ਦਾ ਬਿਆਨ। ਕੇਸ ਨੰਬਰ [[REFERENCE:202306729]]। ਮਕਾਨ ਮਾਲਕ:
[[ORGANISATION:Sherbourne Valley Homes]]।

ਮੈਂ, [[PERSON:ਮਨਪ੍ਰੀਤ ਸਿੰਘ ਬੈਂਸ]], ਵਾਸੀ [[ADDRESS:੫੨ ਸਟੋਨੀ ਸਟੈਂਟਨ ਰੋਡ]], ਕੌਵੈਂਟਰੀ
[[POSTCODE:CV1 4FS]], ਇਹ ਬਿਆਨ ਆਪਣੇ ਪਿਤਾ, ਸ. [[PERSON:ਕਰਨੈਲ ਸਿੰਘ ਬੈਂਸ]], ਜਨਮ ਮਿਤੀ
[[DATE_OF_BIRTH:੧੨ ਅਪ੍ਰੈਲ ੧੯੪੨]], ਵੱਲੋਂ ਦਿੰਦਾ ਹਾਂ, ਜੋ [[ADDRESS:ਫਲੈਟ ੭, ਬਰੂਕ ਹਾਊਸ]] ਵਿੱਚ ਇਕੱਲੇ
ਰਹਿੰਦੇ ਹਨ।

੧। ਬਾਪੂ ਜੀ ਦੀ ਉਮਰ [[AGE:੮੧ ਸਾਲ]] ਹੈ ਅਤੇ ਉਨ੍ਹਾਂ ਨੂੰ [[HEALTH:ਦਿਲ ਦੀ ਬਿਮਾਰੀ]] ਹੈ। ਮੁਹੱਲੇ ਵਿੱਚ
ਸਾਰੇ ਉਨ੍ਹਾਂ ਨੂੰ [[PERSON:ਕਰਨੈਲ]] ਚਾਚਾ ਜੀ ਕਹਿੰਦੇ ਹਨ।

੨। ਜਨਵਰੀ ੨੦੨੩ ਵਿੱਚ ਉਨ੍ਹਾਂ ਦਾ ਗਰਮ ਪਾਣੀ ਅਤੇ ਹੀਟਿੰਗ ਤਿੰਨ ਹਫ਼ਤੇ ਬੰਦ ਰਹੇ। ਮੈਂ ਰੋਜ਼ ਫ਼ੋਨ ਕੀਤਾ ਅਤੇ
[[EMAIL:mani.bains@example.com]] ਤੋਂ ਈਮੇਲਾਂ ਭੇਜੀਆਂ; ਮੁਰੰਮਤ ਦਾ ਨੰਬਰ [[REFERENCE:SVH-55271]] ਸੀ।

੩। ਗੁਆਂਢਣ [[PERSON:ਨੂਰ ਫ਼ਾਤਿਮਾ]] ਹਰ ਸ਼ਾਮ ਉਨ੍ਹਾਂ ਲਈ ਗਰਮ ਪਾਣੀ ਦੀਆਂ ਬੋਤਲਾਂ ਲਿਆਉਂਦੀ ਸੀ।
[[PERSON:ਨੂਰ]] ਜੀ ਨੇ ਹੀ ਮੈਨੂੰ ਦੱਸਿਆ ਕਿ ਬਾਪੂ ਜੀ ਰਾਤ ਨੂੰ ਕੋਟ ਪਾ ਕੇ ਸੌਂਦੇ ਹਨ।

੪। ਸ਼ਿਕਾਇਤ ਤੋਂ ਬਾਅਦ ਮਕਾਨ ਮਾਲਕ ਨੇ ਮੁਆਵਜ਼ਾ ਮੰਨਿਆ, ਪਰ ਪੈਸੇ ਕਿਸੇ ਹੋਰ ਕਿਰਾਏਦਾਰ ਦੇ ਖਾਤੇ ਵਿੱਚ ਚਲੇ
ਗਏ। ਅਫ਼ਸਰ, ਮਿਸਟਰ [[PERSON:ਕੀਥ ਬੇਕਰ]], ਨੇ ਦੋ ਮਹੀਨੇ ਕੁਝ ਨਹੀਂ ਕੀਤਾ। ਅਸੀਂ ਤਿੰਨ ਵਾਰ ਬਾਪੂ ਜੀ ਦਾ
ਸੌਰਟ ਕੋਡ [[OTHER_ID:30-96-14]] ਅਤੇ ਖਾਤਾ ਨੰਬਰ [[OTHER_ID:੬੪੦੨੧੯੮੭]] ਭੇਜਿਆ।

੫। ਓਮਬਡਸਮੈਨ ਕੋਲ ਜਾਣ ਤੋਂ ਬਾਅਦ ਬੁਆਇਲਰ ਬਦਲਿਆ ਗਿਆ, ਮੁਆਵਜ਼ਾ ਸਹੀ ਖਾਤੇ ਵਿੱਚ ਆਇਆ, ਅਤੇ ਮਿਸਟਰ
[[PERSON:ਬੇਕਰ]] ਦੀ ਮੈਨੇਜਰ ਨੇ ਬਾਪੂ ਜੀ ਤੋਂ ਘਰ ਆ ਕੇ ਮੁਆਫ਼ੀ ਮੰਗੀ। ਮੇਰਾ ਫ਼ੋਨ: [[PHONE:07700 900 931]]।

ਮੈਂ ਪੁਸ਼ਟੀ ਕਰਦਾ ਹਾਂ ਕਿ ਇਸ ਬਿਆਨ ਵਿੱਚ ਦੱਸੇ ਤੱਥ ਸੱਚੇ ਹਨ। ਦਸਤਖ਼ਤ: [[PERSON:ਮਨਪ੍ਰੀਤ ਸਿੰਘ ਬੈਂਸ]]।
ਮਿਤੀ: ੯ ਜੂਨ ੨੦੨੩।
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
