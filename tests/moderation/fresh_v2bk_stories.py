"""Fresh version-2 PII test stories, batch bk.

Interview transcripts: oral-history and research interviews with residents, with timestamps,
transcribers' notes ("[laughs]", a careless "[name redacted]" only sometimes) and false starts.
Role labels (INTERVIEWER, Q, R, BADACZKA, مُحاوِر, ਇੰਟਰਵਿਊਅਰ) are unmarked; name labels (MARTA,
ANIA, سلمى, نسرین, ਜੱਸੀ) are PERSON every time. Names, emails and postcodes spelled aloud, references
read digit by digit and native digits are marked; a spoken form and its written form are separate
spans. A self-corrected age is marked twice (wrong and right), bare spoken ages too. Teknonyms and
nicknames ("أم يوسف", "Gicu", "گڈو") are PERSON; honorifics (Mr, pani, nea, الحاج, صاحب, আপা, ਸਰਦਾਰ)
stay outside. Hard cases: word-names (Hope, Will, Joy, Grace, Sowa, Kot, أمل, لين, ਪ੍ਰੀਤ) marked only
as names; streetless addresses ("3 Quarry Bank", "numer 6", "شقة ١٢ب"); a pub, shop, community
centre, schools, surgeries, church, mosque and gurdwara locating the family (ADDRESS); NHS numbers,
number plates, handles, sort codes and "account ending" digits (OTHER_ID). Unmarked: towns, years,
money, counts, "over seventy-five", Citizens Advice, the Ombudsman, generic councils, the cat "kot".

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 7 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 57.1% of 35, recall 96.5%, precision 71.9%, on the committed
detector 5e6acc4 (the detector that landed, after round 55); leak-free by language ar 4, bn 4, en 2, pa 2, pl 2, ro 1, ur 5 of 5.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2bk-en-01",
        "en",
        _s("""
[Oral history project "Warm Homes, Long Lives", tape 3, side A. Transcribed from
audio.]
[00:00:09] INTERVIEWER: So just for the tape, could you say who you are and how long
you've been here?
[00:00:15] R: Yes. I'm [[PERSON:Winston Alleyne]]. I'm [[AGE:seventy-eight]], no,
what am I saying, [[AGE:seventy-nine]], I had the birthday in March. [laughs] I live
at [[ADDRESS:forty-two Marsh Lane]], since nineteen seventy-four. I'm
[[OTHER_SPECIAL:Bajan]], came over as a boy.
[00:00:41] INTERVIEWER: And the heating is what you wanted to talk about.
[00:00:44] R: The heating, yes. Boiler went the November, just as the cold came. I
rang [[ORGANISATION:Lowfield Homes]], the number on my fridge,
[[PHONE:oh one one three, four nine six, oh two two seven]], and they give me a job
number. Hold on, I have the letter... here, [[REFERENCE:HR44719]]. That's
[[REFERENCE:H-R, four four seven one nine]].
[00:01:20] INTERVIEWER: You don't need to read me the —
[00:01:21] R: No, no, it's good to have it right. So they sent a young man,
[[PERSON:Dougie]], nice fella, said the part was on order. Three weeks I'm sat in my
coat. My granddaughter [[PERSON:Shanice]] came with a little heater and she was vexed,
she put in a proper complaint on the computer.
[00:02:30] INTERVIEWER: What happened with the complaint?
[00:02:33] R: A lady rang, Mrs [[PERSON:Okafor]], from the complaints side. She said
sorry straight off, no excuses. Two heaters the next morning and a new boiler by the
Friday. Two hundred and fifty pounds for the electric. And she put a flag on my file
because of my [[HEALTH:COPD]].
[00:03:10] INTERVIEWER: What do you think they learned?
[00:03:13] R: That an old man on his own can't wait three weeks. Now anybody over
seventy-five with no heat gets heaters the same day, [[PERSON:Shanice]] found that
out. And they ring you back when they say they will. [inaudible] ...that's all I ever
wanted, really.
"""),
    ),
    (
        "fv2bk-en-02",
        "en",
        _s("""
[Research interview, overcrowding study, participant 6. She asked for her real name to
be used. Lightly edited.]
INT: Thanks for doing this. Could you start with who lives with you?
[[PERSON:MARTA]]: Sure. It's me, my husband [[PERSON:Paweł]], and three kids.
[[PERSON:Kuba]] is [[AGE:eleven]], [[PERSON:Ola]] is [[AGE:seven]] and the baby,
[[PERSON:Tymek]], he's [[AGE:fourteen months]]. All in [[ADDRESS:flat nine]],
[[ADDRESS:Beacon House]]. Two bedrooms. Ninth floor as well, so, er,
[[ADDRESS:flat nine]] on the ninth floor, easy to remember. [laughs]
INT: How long were you waiting?
[[PERSON:MARTA]]: Four years. My housing register number is — sorry, it's in my phone —
[[REFERENCE:HR/2291/0457]]. The kids slept three in one room, the baby with us.
[[PERSON:Kuba]] was doing his homework in the bathroom.
INT: In the bathroom?
[[PERSON:MARTA]]: On the toilet lid, yes. His teacher at
[[ADDRESS:Holloway Fields Primary]] asked me was everything OK at home.
INT: What changed?
[[PERSON:MARTA]]: I hope I don't sound ungrateful, but nothing changed until I spoke to
[[PERSON:Hope]]. She was new in allocations at [[ORGANISATION:Northway Housing]], and
she was the only one who actually came up the stairs — the lift was broken, of course.
She looked and she said, this is statutory overcrowding, you should be band A.
INT: And before that?
[[PERSON:MARTA]]: Emails into nothing. I can spell it if you want to check,
[[EMAIL:m dot zielinska at example dot net]], that's
[[PERSON:Z-I-E-L-I-N-S-K-A]], and they said they never got them. Then [name redacted]
from the council wrote that my points were wrong all along.
INT: So it was put right in the end.
[[PERSON:MARTA]]: Three bedrooms now, a house with a garden, since September. They
apologised for the banding, and now they do a home visit for every family that says
overcrowded, not only forms. That's the lesson, I think. Come and look.
"""),
    ),
    (
        "fv2bk-en-03",
        "en",
        _s("""
[Interview 14. Conducted in Urdu and English with an interpreter. Q = interviewer,
A = participant's answers as interpreted.]
Q: For the recording, present are myself, the participant, and
[[PERSON:Nadia Rehman]] interpreting. Can you tell me about your son?
A: Yes. My son is [[PERSON:Zayan]], he is [[AGE:nine]], he has
[[HEALTH:cerebral palsy]] and he uses a wheelchair since he was small. We live at
[[ADDRESS:seventeen Coldbath Road]], it's [[ORGANISATION:Greetvale Housing]].
Postcode... [[POSTCODE:B one one, four T Y]].
Q: And the adaptations?
A: The bathroom was upstairs. My husband carried him every night, up and down. [pause]
His back is finished now. The occupational therapist, [[PERSON:Gemma]], did the
assessment and said wet room downstairs and a ramp. Then nothing for fourteen months.
Q: What did you do?
A: [speaks in Urdu, long answer]
[[PERSON:NADIA]]: She says the doctor at [[ADDRESS:Ladypool Green Surgery]] wrote a
letter too, and the mosque committee helped her write the complaint. They are
[[OTHER_SPECIAL:Muslim]], the wet room is also so he can be clean for prayer, and she
told them this.
A: Reference [[REFERENCE:GV-ADP-6630]].
Q: And how was it resolved?
A: A new manager came, Mr [[PERSON:Hollis]]. He came to the house himself, he said
sorry. [[ORGANISATION:Midland Access Ltd]] built it in six weeks. Ramp, wet room, a
hoist. They paid for my husband's physiotherapy also, eight sessions.
Q: Did they tell you what they've changed?
A: Now any case with a child is checked every month by a manager, it cannot sit on
one desk. [[PERSON:Zayan]] showers by himself now, with the seat. [laughs] He sings in
there.
"""),
    ),
    (
        "fv2bk-en-04",
        "en",
        _s("""
[00:00:03] INTERVIEWER: Recording now. Whenever you're ready.
[00:00:06] [[PERSON:SIOBHÁN]]: Right. I'm [[PERSON:Siobhán Dunne]],
[[PERSON:S-I-O-B-H-A-N]], with the fada on the A, everyone gets it wrong anyway.
[laughs] I'm in [[ADDRESS:3 Quarry Bank]], end of the terrace.
[00:00:20] INTERVIEWER: And this is about the neighbours?
[00:00:23] [[PERSON:SIOBHÁN]]: One neighbour. [[ADDRESS:Number five]]. Music every
night till four, and then he started on my lad because my lad asked him nicely to
turn it down. [[PERSON:Cian]], my son, he's [[AGE:sixteen]]. He'd film our front door
and put it up on his, on his TikTok, [[OTHER_ID:@leeroy_qbank]].
[00:01:05] INTERVIEWER: Did you report it?
[00:01:07] [[PERSON:SIOBHÁN]]: Forty-one times. I counted. Antisocial behaviour case
[[REFERENCE:ASB 3318-Q]]. The officer, [[PERSON:Will]], lovely man, but every time I
rang [[PHONE:07700 900318]] it went to voicemail. [[PERSON:Will]], will you call me
back, I'd say. [laughs] And there was a white van across my drive every day,
[[OTHER_ID:YK19 OVX]], I gave them the reg a dozen times.
[00:02:40] INTERVIEWER: What turned it round?
[00:02:44] [[PERSON:SIOBHÁN]]: I wrote to the chief exec at
[[ORGANISATION:Calder Moor Homes]]. Within a week they did a joint visit with the
police, they put the noise app on my phone... [inaudible] ...and the injunction came
through in the spring.
[00:03:15] INTERVIEWER: And did they say what they'd learned?
[00:03:18] [[PERSON:SIOBHÁN]]: They admitted they'd treated every report like a new
thing, so nobody saw the pattern. Now one officer keeps a case start to finish. And
they paid for a doorbell camera. [[PERSON:Cian]]'s sleeping again. My
[[HEALTH:anxiety]]'s still there, but it's better.
"""),
    ),
    (
        "fv2bk-en-05",
        "en",
        _s("""
Q: Let's start simple. What should I call you?
R: [[PERSON:Faduma]]. [[PERSON:Faduma Warsame]].
Q: And where are you living, roughly?
R: Not roughly, I'll tell you exactly, I'm not hiding. [laughs] The
[[ADDRESS:basement flat at 40 Verity Road]], [[POSTCODE:nw10 4ed]]. Me and my three
girls. My eldest, er, [[PERSON:Hodan]], no, sorry, [[PERSON:Ifrah]] — [[PERSON:Hodan]]'s the
middle one, I mix them. [[PERSON:Ifrah]] is the one with [[HEALTH:asthma]]. She's
[[AGE:ten]].
Q: Tell me about the flat.
R: Black mould behind the wardrobes, on the clothes, on her uniform for
[[ADDRESS:St Barnabas Primary]]. I reported it the winter of twenty twenty-one. They
sent [[ORGANISATION:DryShield]], they sprayed and painted. One month, it was back.
Q: Did you complain formally?
R: I tried. On the phone they said first I have to prove who I am. So I gave
everything. Date of birth, [[DATE_OF_BIRTH:fourteenth of June, nineteen eighty-one]],
national insurance [[NI_NUMBER:JT 45 18 92 B]]. Still nothing. Some people think
because I'm [[OTHER_SPECIAL:Somali]] I don't know my rights. [pause] I know them.
Q: What changed things?
R: The Ombudsman. Case number [[REFERENCE:202314417]]. After that
[[ORGANISATION:Hallam Rise Homes]] sent a proper surveyor. He found the tanking on the
wall had failed, water coming through from the garden. They put us in a hotel six
weeks, dug out the wall, new membrane, a fan. Nine hundred pounds compensation.
Q: And what did they say they'd learned?
R: That painting over is not a repair. Now they check the cause before they treat.
And the lady, [[PERSON:Precious]], she rings every month to ask how
[[PERSON:Ifrah]]'s chest is. That's the part I didn't expect.
"""),
    ),
    (
        "fv2bk-pl-01",
        "pl",
        _s("""
[Transkrypcja, projekt „Głosy lokatorów”, nagranie 7]
[00:00:05] BADACZKA: Dobra, nagrywa się. Proszę się przedstawić, jak pani woli.
[00:00:09] [[PERSON:ANIA]]: [[PERSON:Ania Wróblewska]], znaczy w papierach
[[PERSON:Anna]], ale wszyscy mówią [[PERSON:Ania]]. Mieszkamy z mężem i córką na
[[ADDRESS:14 Keel Street]], to jest dom z [[ORGANISATION:Soar Valley Homes]]. Kod,
yyy, [[POSTCODE:L E dwa, siedem P H]].
[00:00:25] BADACZKA: I o co chodziło?
[00:00:27] [[PERSON:ANIA]]: Grzyb. Pleśń w małej sypialni, czarna, za łóżkiem.
[[PERSON:Zuzia]] ma [[HEALTH:astmę]], ma [[AGE:pięć lat]]... nie, już [[AGE:sześć]],
w październiku skończyła, przepraszam. [śmiech] Zgłaszałam to chyba osiem razy. Mam tu
list, numer zgłoszenia [[REFERENCE:SV-20441]], czyli
[[REFERENCE:es-wu, dwa zero cztery cztery jeden]].
[00:01:10] BADACZKA: Co odpowiadali?
[00:01:12] [[PERSON:ANIA]]: Że to „condensation, lifestyle”, że za dużo suszymy prania
w środku. Mój [[PERSON:Tomek]] aż się zdenerwował, bo gdzie mamy suszyć, w listopadzie?
Przyszedł pan od repairs, pomalował taką farbą i po miesiącu znowu to samo.
[00:01:40] BADACZKA: A co zmieniło sytuację?
[00:01:43] [[PERSON:ANIA]]: Lekarka z [[ADDRESS:Fosse Mill Surgery]] napisała list, że
ta pleśń szkodzi [[PERSON:Zuzi]]. I napisałam formal complaint, po angielsku,
[[PERSON:Tomek]] mi poprawiał. Odpisała pani [[PERSON:Sharma]] z complaints, przyszedł
surveyor i znalazł przeciek z rynny, cała ściana była mokra od środka. Wymienili rynnę,
dali wentylator, nowe okno. I przeprosili za to „lifestyle”, na piśmie.
[00:02:30] BADACZKA: Czego się nauczyli, pani zdaniem?
[00:02:33] [[PERSON:ANIA]]: Że nie można od razu obwiniać ludzi. Teraz mają zasadę, że
najpierw szukają przyczyny, dopiero potem gadają o suszeniu prania. No i dostaliśmy
trzysta funtów, ale to mniej ważne.
"""),
    ),
    (
        "fv2bk-pl-02",
        "pl",
        _s("""
[Wywiad nr 12. Obecna tłumaczka, pani [[PERSON:Beata Lis]]. P – prowadzący, O –
rozmówca.]
P: Dzień dobry. Proszę powiedzieć, jak się pan nazywa.
O: [[PERSON:Zbigniew Kaczmarczyk]]. [[PERSON:Ka-cz-mar-czyk]], Anglicy zawsze piszą
źle. [śmiech]
P: A ile pan ma lat, jeśli można?
O: [[AGE:Osiemdziesiąt jeden]]. Nie, [[AGE:osiemdziesiąt dwa]], w styczniu były
urodziny, żona mnie poprawia. Mieszkamy w bungalowie, [[ADDRESS:numer 6]], zaraz za
pubem [[ADDRESS:The Red Lion]], każdy wie który.
P: Chodziło o łazienkę?
O: Tak. Żona, [[PERSON:Halina]], po [[HEALTH:udarze]] nie wejdzie do wanny. Prosiliśmy
o prysznic bez brodzika, taki walk-in. [[ORGANISATION:Brockhurst District Council]]
powiedział, że jest lista, półtora roku czekania. Dzwoniłem, pisałem, córka dzwoniła
z Polski.
P: Pamięta pan numer, pod który pan dzwonił?
O: Pamiętam, bo na lodówce wisi:
[[PHONE:zero siedem siedem zero zero, dziewięćset, sto czterdzieści dwa]]. To był
telefon do pani od adaptations, ale nikt nie odbierał. [[[PERSON:Halina]] coś mówi w
tle, niezrozumiałe]
TŁUMACZKA: Pan mówi, że w końcu ja zadzwoniłam w jego imieniu i poprosiłam o skargę na
piśmie.
O: Tak, pani [[PERSON:Beata]] napisała. I wtedy przyszedł pan [[PERSON:Gareth]],
manager, obejrzał i powiedział, że żona nie może tyle czekać, bo to niebezpieczne. W
sześć tygodni był prysznic, poręcze, podwyższona toaleta.
P: Co się zmieniło na przyszłość, według pana?
O: Powiedzieli, że dla ludzi po szpitalu jest teraz szybka ścieżka, priorytet. I że
będą pisać listy prostym językiem, bo ja tych ich listów nie rozumiałem.
[[PERSON:Halinka]] się już sama kąpie. Dla nas to dużo.
"""),
    ),
    (
        "fv2bk-pl-03",
        "pl",
        _s("""
[Fragment rozmowy z badania o antisocial behaviour. MODERATORKA = osoba prowadząca.]
MODERATORKA: Możesz mówić po polsku, jak ci wygodniej.
[[PERSON:KASIA]]: Dobra, dzięki. Więc jestem [[PERSON:Kasia]],
[[PERSON:Katarzyna Sowa]], tak, jak sowa, ptak. [śmiech] Mieszkam z dwójką dzieci na
parterze w [[ADDRESS:Maple Court]], [[ADDRESS:mieszkanie numer 2]]. Nad nami był
sąsiad z psem.
MODERATORKA: Co się działo?
[[PERSON:KASIA]]: Pies szczekał całe noce, on krzyczał, trzaskał drzwiami. Mój syn,
[[PERSON:Szymek]], ma [[HEALTH:autyzm]], jest [[AGE:ośmioletni]], i on po prostu nie
spał, miał meltdowny w szkole. A auto tego sąsiada, czarne BMW,
[[OTHER_ID:LD21 KXW]], stało na miejscu dla niepełnosprawnych, naszym.
MODERATORKA: Zgłaszałaś to?
[[PERSON:KASIA]]: Ja i sąsiadka, [[PERSON:Dorota]]. Z [[PERSON:Dorotą]] robiłyśmy
dziennik, daty, godziny. Numer sprawy ASB mam zapisany: [[REFERENCE:WV/ASB/0937]].
Pisałam maile z [[EMAIL:kasia kropka sowa małpa example kropka com]], ale odpisywali
raz na miesiąc, zawsze ktoś inny. Nawet ksiądz w [[ADDRESS:kościele św. Kazimierza]]
pytał, czemu taka zmęczona chodzę.
MODERATORKA: I co w końcu pomogło?
[[PERSON:KASIA]]: Zmienił się housing officer, przyszedł pan [[PERSON:Reuben]]. On
pierwszy przeczytał ten nasz dziennik. Zrobili nagrania, mediacja nie pomogła, więc
[[ORGANISATION:Westbrook Vale Housing]] dała mu ostrzeżenie na piśmie, potem umowę o
zachowaniu, a w końcu przenieśli go gdzie indziej. Przeprosili mnie, że tyle to
trwało.
MODERATORKA: A czego się nauczyli?
[[PERSON:KASIA]]: Że jak jest dziecko z niepełnosprawnością, to sprawa idzie szybciej.
Mają jedną osobę na sprawę i oddzwaniają w dwadzieścia cztery godziny.
[[PERSON:Szymek]] śpi. Ja też.
"""),
    ),
    (
        "fv2bk-pl-04",
        "pl",
        _s("""
[Wywiad grupowy, dwie lokatorki z bloku [[ADDRESS:Tennyson House]]. R1 i R2 –
rozmówczynie, B – badacz.]
B: Która z pań zacznie?
R1: Ja. [[PERSON:Grażyna Nowak]], [[ADDRESS:mieszkanie 11]], czwarte piętro. A pode mną
jest [[PERSON:Ela]].
R2: [[PERSON:Elżbieta]], ale [[PERSON:Ela]], tak. [[ADDRESS:Mieszkanie 7]]. [śmiech]
R1: Problem był taki, że u mnie ciekła rura pod wanną, i to szło prosto do
[[PERSON:Eli]].
R2: Przez sufit w kuchni. Kapało do garnków. Wiadro stało cztery miesiące, a z moim
[[HEALTH:reumatyzmem]] to ja tego wiadra nie mogłam nosić.
B: Zgłaszałyście?
R2: Ja dzwoniłam, ona dzwoniła, pan [[PERSON:Marek]] z trzeciego też. Każdy dostał inny
numer i nikt nie wiedział, że to jedna sprawa. Mój był [[REFERENCE:RP 774 102]], a
[[PERSON:Grażyny]]...
R1: Mój [[REFERENCE:RP 774 388]]. Hydraulik z [[ORGANISATION:Quickfix Plumbing]]
przychodził do mnie, mówił, że sucho, i szedł. Do niej nie zaszedł ani razu.
B: Jak to się skończyło?
R2: Córka napisała do radnej, Cllr [[PERSON:Adeyemi]]. I wtedy zadzwoniła pani
[[PERSON:Kot]] z [[ORGANISATION:Larkfield Homes]]. Naprawdę tak się nazywa, jak kot,
co mi siedział na kolanach przez te wszystkie miesiące. [śmiech]
R1: Pani [[PERSON:Kot]] połączyła te zgłoszenia w jedno. Przyszedł jeden hydraulik, otworzył
ścianę, znalazł pękniętą rurę od pionu. Nowa rura, nowy sufit u
[[PERSON:Eli]], malowanie. Po czterysta funtów dla każdej z nas.
B: Co się zmieniło?
R1: Teraz jak ktoś zgłasza przeciek, system pokazuje, czy w tym samym pionie nie ma
innych zgłoszeń. Tak nam powiedzieli.
R2: A ja nie mam już wiadra. Kot w nim teraz śpi.
"""),
    ),
    (
        "fv2bk-pl-05",
        "pl",
        _s("""
[00:00:00] [Nagranie zaczęte w trakcie rozmowy]
[00:00:02] ANKIETER: ...czyli chodzi o opłaty za usługi?
[00:00:05] [[PERSON:PIOTR]]: Tak, service charge. Nazywam się
[[PERSON:Piotr Dąbrowski]], mam [[AGE:trzydzieści siedem lat]], pracuję na magazynie.
Mieszkam w bloku [[ADDRESS:Ropewalk Court]], [[ADDRESS:flat 22]], od dziesięciu lat. Co roku płaciłem za
sprzątanie klatki i za ogród. Tylko że ogrodu nie ma od dwa tysiące dwudziestego, zrobili
tam parking. Dwa lata płaciłem za nic, ponad sześćset funtów.
[00:00:40] ANKIETER: Jak pan to zgłosił?
[00:00:42] [[PERSON:PIOTR]]: Zadzwoniłem na [[PHONE:020 7946 0581]]. Kazali się
zweryfikować: data urodzenia, [[DATE_OF_BIRTH:piętnasty marca osiemdziesiąt siedem]],
numer national insurance [[NI_NUMBER:PW 28 73 16 D]], wszystko przez telefon. Potem
cisza. Napisałem na [[EMAIL:income.team@example.org]], też cisza.
[00:01:15] ANKIETER: I co pan zrobił dalej?
[00:01:17] [[PERSON:PIOTR]]: Złożyłem complaint, numer [[REFERENCE:RHT-C-10582]].
Wydrukowałem wyciągi, konto kończące się na [[OTHER_ID:0412]], sort code
[[OTHER_ID:20-45-77]], zaznaczyłem każdy direct debit na żółto. [śmiech] Żona mówiła,
że zwariowałem.
[00:01:40] ANKIETER: Jak to się rozwiązało?
[00:01:42] [[PERSON:PIOTR]]: Odpisał pan [[PERSON:Oyelaran]] z
[[ORGANISATION:Ropemakers Housing Trust]]. Przeliczył wszystko, przyznał, że ogród
dalej był w systemie, bo nikt go nie usunął. Oddali sześćset czterdzieści funtów i
jeszcze pięćdziesiąt za kłopot. I wszyscy w bloku dostali zwrot, nie tylko ja, czterdzieści
osiem mieszkań.
[00:02:10] ANKIETER: Czego się nauczyli?
[00:02:12] [[PERSON:PIOTR]]: Teraz co roku, zanim naliczą opłaty, ktoś fizycznie
sprawdza, czy usługa w ogóle istnieje. I wysyłają rozpiskę, za co dokładnie się płaci.
"""),
    ),
    (
        "fv2bk-ro-01",
        "ro",
        _s("""
[Proiectul de istorie orală „Case sănătoase”, interviul 2. Transcriere după
înregistrare.]
[00:00:04] INTERVIEVATOR: Vă rog să vă prezentați, cum doriți.
[00:00:08] [[PERSON:IONELA]]: Sunt [[PERSON:Ionela Vasilescu]], se scrie
[[PERSON:V-A-S-I-L-E-S-C-U]], că englezii îl scriu cum vor ei. Stau în
[[ADDRESS:flat 6, Cedar Court]], cu băiatul meu, [[PERSON:Darius]], are
[[AGE:patru ani]]. Locuința e de la [[ORGANISATION:Harbour Vale Housing]].
[00:00:30] INTERVIEVATOR: Și care a fost problema?
[00:00:32] [[PERSON:IONELA]]: Mucegaiul. Damp-ul, cum zic ei. Pe pereții din dormitor,
negru, până la tavan. [[PERSON:Darius]] tușea toată noaptea, doctorița de la
[[ADDRESS:Brookside Surgery]] a zis că e [[HEALTH:astm]]. Am sunat la repairs de nu mai
știu câte ori, la [[PHONE:0117 496 0852]]. Veneau, dădeau cu o vopsea anti-mucegai și
plecau. [râde] Vopseaua aia o știu pe de rost.
[00:01:20] INTERVIEVATOR: Ați făcut plângere?
[00:01:22] [[PERSON:IONELA]]: Da, cu ajutorul [[PERSON:Ruxandrei]], de la asociația
de la biserică, ea scrie bine în engleză. Numărul plângerii, stați să mă uit...
[[REFERENCE:HVH/CMP/4471]]. Ne-au răspuns după trei săptămâni. Au trimis un
surveyor, domnul [[PERSON:Osei]], și el a găsit că ventilatorul din baie nu fusese
conectat deloc, de când s-a construit blocul!
[00:02:10] INTERVIEVATOR: Și s-a rezolvat?
[00:02:12] [[PERSON:IONELA]]: Da. Ventilatoare noi, izolație pe peretele dinspre
stradă, ne-au mutat două săptămâni la o rudă. Și patru sute cincizeci de lire
compensație. Camera lui [[PERSON:Darius]] e albă acum, nu mai tușește noaptea.
[00:02:40] INTERVIEVATOR: Ce credeți că au învățat?
[00:02:42] [[PERSON:IONELA]]: Au zis că acum, când un apartament are mucegai, verifică
toată clădirea, nu doar pe cel care se plânge. Și că vopseaua nu e reparație. Asta e
lecția, zic eu.
"""),
    ),
    (
        "fv2bk-ro-02",
        "ro",
        _s("""
[Interviu realizat cu ajutorul unui interpret. Î = întrebare, R = răspuns, INTERPRET =
intervențiile interpretului.]
Î: Pentru înregistrare, interpretul este domnul [[PERSON:Florin Stoica]]. Cum vă
numiți?
R: [[PERSON:Vasile Căldăraru]]. [[PERSON:C-Ă-L-D-Ă-R-A-R-U]]. Toată strada îmi zice
nea [[PERSON:Vasile]]. Sunt [[OTHER_SPECIAL:rom]], am [[AGE:șaizeci și opt de ani]].
Stau pe [[ADDRESS:51 Ladysmith Road]] cu soția, [[PERSON:Mărioara]], și doi nepoți.
Î: Ce s-a întâmplat?
R: Niște băieți de pe stradă ne-au scris pe ușă injurii, ne-au spart geamul de la
bucătărie de două ori. Strigau la nepoți când veneau de la școală.
INTERPRET: Spune că soția lui are [[HEALTH:diabet]] și nu mai ieșea din casă de frică,
nici la farmacie.
Î: Ați anunțat proprietarul?
R: Da, de multe ori. La început ne-au zis că e „dispută între vecini”. Numărul de caz
era [[REFERENCE:ASB-22-0817]]. [[PERSON:Florin]] a sunat cu mine, pentru că eu nu
vorbesc bine engleza. Ne dădeau mereu alt număr, [[PHONE:07700 900 744]], unde nu
răspundea nimeni.
Î: Ce a schimbat situația?
R: A venit o doamnă nouă, [[PERSON:Priya]], de la [[ORGANISATION:Eastwick Homes]],
care lucrează cu hate crime. Ea a zis din prima: asta nu e ceartă între vecini, asta e
ură. A pus cameră pe stradă, ne-a schimbat ușa și geamul, a mers cu poliția la
familiile băieților. De atunci e liniște.
INTERPRET: Domnul mai spune că au primit și o scrisoare de scuze, cu semnătură.
Î: Ce ați vrea să știe alții din ce s-a întâmplat?
R: Că orice lucru scris pe ușă e tratat acum ca hate incident din prima zi, nu după un
an. Ne-au zis asta în scrisoare. Și [[PERSON:Mărioara]] iese iar la piață.
"""),
    ),
    (
        "fv2bk-ro-03",
        "ro",
        _s("""
[00:00:02] CERCETĂTOARE: Începem? Spuneți-mi despre familie.
[00:00:05] [[PERSON:GEORGIANA]]: Păi suntem mulți. [râde] Eu, soțul, [[PERSON:Gicu]] —
pe hârtie e [[PERSON:Gheorghe]] — și patru copii. [[PERSON:Alexia]] are
[[AGE:paisprezece ani]], gemenii, [[PERSON:Luca]] și [[PERSON:Matei]], au
[[AGE:nouă ani]], și mica, [[PERSON:Sofia]], [[AGE:doi ani]]. Toți șase în două
camere, la [[ADDRESS:45B Fernhill Road]], deasupra la
[[ADDRESS:Mini Market Dacia]].
[00:00:30] CERCETĂTOARE: Cât timp ați stat acolo?
[00:00:32] [[PERSON:GEORGIANA]]: Cinci ani. [[PERSON:Alexia]] dormea pe canapea în
sufragerie și își făcea temele pe mașina de spălat. Profesoara ei de la
[[ADDRESS:Kingsmead Academy]] m-a chemat la școală, că e mereu obosită.
[00:01:00] CERCETĂTOARE: Erați pe lista de locuințe?
[00:01:02] [[PERSON:GEORGIANA]]: Da, numărul de pe housing register e
[[REFERENCE:HR 0093 6612]]. Dar eram în banda C, ziceau că nu e urgent. Am scris la
[[ORGANISATION:Ashbourne Borough Council]] de zece ori, nimeni nu venea să vadă.
[00:01:30] CERCETĂTOARE: Ce s-a schimbat?
[00:01:32] [[PERSON:GEORGIANA]]: Ofițerul nou, [[PERSON:Tomasz]], un
[[OTHER_SPECIAL:polonez]] tare de treabă, a venit în casă și a numărat paturile. A
zis că e suprapopulare gravă și că trebuia să fim în bandă mai mare de mult. S-a
uitat și la scrisoarea de la medic pentru [[PERSON:Luca]], că are
[[HEALTH:epilepsie]] și nu e voie să doarmă pe canapea.
[00:02:05] CERCETĂTOARE: Și acum?
[00:02:07] [[PERSON:GEORGIANA]]: Acum stăm la [[ADDRESS:12 Orchard Close]], casă cu
patru camere, din martie. Ne-au cerut scuze pentru banding și ne-au explicat că acum
fac vizită acasă la orice familie care zice că e înghesuită, nu doar formular. Asta ar
fi trebuit să fie de la început.
"""),
    ),
    (
        "fv2bk-ro-04",
        "ro",
        _s("""
[Notițe: interviu telefonic, înregistrat cu acordul participantului. Î = întrebare.]
[12:40] Î: Spuneți-mi puțin despre dumneavoastră.
[12:43] [[PERSON:MIHAI]]: [[PERSON:Mihai Dobre]], am [[AGE:patruzeci și unu de ani]],
lucrez în construcții. Stau la [[ADDRESS:3 Wellington Mews]] cu soția,
[[PERSON:Cristina]], și cu fetița, [[PERSON:Ilinca]], care avea atunci
[[AGE:opt luni]].
[12:58] Î: Și problema a fost cu încălzirea?
[13:00] [[PERSON:MIHAI]]: Cinci săptămâni fără căldură și fără apă caldă, în ianuarie.
Cu bebelușul. Sunam la [[ORGANISATION:Kestrel Living]], fiecare operator îmi dădea alt
răspuns și alt job number. Primul a fost [[REFERENCE:KL-558019]], după aia am pierdut
șirul. Inginerul de la [[ORGANISATION:Apex Gas Services]] venea când eu eram la
lucru. Lăsam și duba în fața blocului, cea albă, [[OTHER_ID:BD68 HRV]], ca să vadă că
sunt acasă, degeaba.
[13:40] Î: Le-ați scris?
[13:42] [[PERSON:MIHAI]]: De pe [[EMAIL:mihai punct dobre la example punct org]], zi
de zi. [râde] Adică [[EMAIL:mihai.dobre@example.org]], dacă scrieți. N-a răspuns nimeni
până n-am făcut plângere formală, stage two.
[14:05] Î: Ce s-a întâmplat atunci?
[14:07] [[PERSON:MIHAI]]: M-a sunat doamna [[PERSON:Fitzgerald]], manager. Prima
întrebare: „Aveți copil mic? De ce nu ne-a zis nimeni?” A doua zi aveam două
calorifere electrice și boiler nou până vineri. Ne-au plătit curentul și trei sute de
lire pentru neplăceri.
[14:30] Î: Și pe viitor?
[14:32] [[PERSON:MIHAI]]: Mi-a explicat că acum o problemă are un singur număr, de la
început până la capăt, și un om care te sună înapoi. Și că dacă în casă e un copil sub
un an, e urgență, nu reparație normală. Asta e bine, zic.
"""),
    ),
    (
        "fv2bk-ro-05",
        "ro",
        _s("""
INTERVIEVATOARE: Mulțumesc că ați acceptat. Începeți cu ce vreți.
R: Mă numesc [[PERSON:Elena Munteanu]]. Pentru formular: născută pe
[[DATE_OF_BIRTH:trei noiembrie, șaptezeci și nouă]]. Stau pe [[ADDRESS:9 Barley Row]],
la parter, cu băiatul meu, [[PERSON:Ionuț]]. Suntem [[OTHER_SPECIAL:ortodocși]],
mergem la [[ADDRESS:Biserica Sfântul Nicolae]], e chiar la capătul străzii, ca să
știți unde e casa. [râde]
INTERVIEVATOARE: Ce s-a întâmplat?
R: Curgea apă din apartamentul de sus, prin tavanul de la baie. Luni întregi. Într-o
noapte a căzut o bucată din tavan în cadă. Dacă era [[PERSON:Ionuț]] acolo...
[pauză] Eu aveam deja [[HEALTH:depresie]], și asta m-a dat complet peste cap.
INTERVIEVATOARE: Ați anunțat?
R: Da, la [[ORGANISATION:Greenhollow Homes]]. A venit un om de la contractor,
[nume eliminat], a zis că e condens. Condens care curge? [râde] Housing officer-ul meu
avea numărul [[PHONE:07700 900 476]], i-am lăsat poate douăzeci de mesaje.
INTERVIEVATOARE: Și cum s-a rezolvat până la urmă?
R: Prietena mea, [[PERSON:Lumi]], [[PERSON:Luminița]] adică, a venit cu mine la birou
și n-am plecat până nu ne-a primit cineva. Ne-a primit domnul [[PERSON:Baptiste]],
team leader. A urcat el însuși sus, la vecini, și a găsit țeava spartă în zece minute.
În aceeași săptămână: țeavă nouă, tavan nou, baie vopsită. Și mi-au dat un număr de
plângere, [[REFERENCE:GH 60317]], ca să am în scris ce s-a întâmplat. Au plătit și
cinci sute de lire.
INTERVIEVATOARE: Ce au învățat, credeți?
R: Că „condens” nu se scrie fără să te uiți la tavan. [râde] Serios, acum dacă un
tavan e ud, trebuie să vină cineva în douăzeci și patru de ore, nu în douăzeci și
patru de zile. Și se uită și la apartamentul de deasupra.
"""),
    ),
    (
        "fv2bk-ar-01",
        "ar",
        _s("""
[مقابلة رقم ٣ ضمن مشروع "أصوات المستأجرين". حضرت المترجمة [[PERSON:رنا حداد]].]
مُحاوِر: أهلاً وسهلاً. عرّفينا عن حالك، متل ما بتحبي.
[[PERSON:سلمى]]: أنا [[PERSON:سلمى الحمصي]]، وبالإنجليزي بيكتبوه
[[PERSON:Salma Al-Homsi]]. أنا [[OTHER_SPECIAL:سورية]]، وصلنا على بريطانيا
[[OTHER_SPECIAL:لاجئين]] سنة ٢٠١٧. ساكنين في [[ADDRESS:٢٣ Elmwood Street]]،
والبوستكود [[POSTCODE:إم ثمانية، تسعة إل تي]].
مُحاوِر: مين ساكن معك؟
[[PERSON:سلمى]]: جوزي وولادي. [[PERSON:عمر]] عمره [[AGE:سبع سنين]]،
و[[PERSON:لين]] عمرها [[AGE:تلات سنين]]. [[PERSON:عمر]] عنده [[HEALTH:ربو]]،
والعفن الأسود كان بغرفته، على الحيطان وورا الخزانة. المعلمة بمدرسة
[[ADDRESS:Abbotsfield Primary]] كانت تتصل كل أسبوع لأنه غايب.
مُحاوِر: شو عملتي؟
[[PERSON:سلمى]]: اتصلت على [[ORGANISATION:Irwell Bank Homes]] على الرقم
[[PHONE:٠١٦١ ٤٩٦ ٠٧٣٩]] يمكن عشرين مرة. كانوا يبعتوا واحد يمسح الحيط بمادة ويروح.
وأنا ما بعرف إنجليزي منيح، ما كنت أفهم شو بيقولوا. [صمت]
[[PERSON:رنا]]: بتقول إنو أنا ساعدتها تكتب شكوى رسمية، ورقمها
[[REFERENCE:IB 20934]].
[[PERSON:سلمى]]: إي، وبعدها إجت مديرة اسمها [[PERSON:Karen]]، شافت البيت بعينها
واعتذرت. غيروا الشبابيك، حطوا مروحة بالحمام، عالجوا الحيطان من برا، وعطونا خمسمية
جنيه تعويض.
مُحاوِر: وشو تعلموا برأيك؟
[[PERSON:سلمى]]: صاروا يبعتوا مترجم مع كل زيارة إذا العيلة ما بتحكي إنجليزي. وقالوا
ما عاد في مسح ودهان قبل ما يعرفوا السبب. [[PERSON:عمر]] صار يروح عالمدرسة كل يوم،
وهاد أهم شي.
"""),
    ),
    (
        "fv2bk-ar-02",
        "ar",
        _s("""
[مقابلة منزلية. س = الباحث، ج = الابن، يجاوب عن والده ويترجم له.]
س: ممكن تعرّفنا على الوالد؟
ج: هذا أبوي، الحاج [[PERSON:عبد الكريم الجبوري]]، عمره
[[AGE:أربعة وسبعين سنة]]. وأنا ابنه [[PERSON:مصطفى]]. إحنا
[[OTHER_SPECIAL:عراقيين]]، وأبوي بهذا البيت من عشرين سنة،
[[ADDRESS:١٤ Spencer Road]]، قريب من [[ADDRESS:مسجد النور]]، الكل يعرفنا هناك.
س: شنو صار بالضبط؟
ج: قبل سنتين صارت عنده [[HEALTH:جلطة]]، ومن بعدها صار على الكرسي المتحرك. البيت
بيه درجتين بالباب، والحمام فوق. صار ينام بالصالة على الكنبة، ويتغسل بطشت. [صمت]
س: اتصلتوا بالمالك؟
ج: اتصلنا على [[ORGANISATION:Sefton Cross Housing]]، وعلى الـ OT مال الكاونسل. طلبوا
رقم الـ NHS مال أبوي، [[OTHER_ID:٤٨٥ ٧٧٣ ٢٠٩١]]، وطلبوا تقارير، وبعدين سكتوا ثمن
شهور. كنت أتصل على [[PHONE:٠٧٧٠٠ ٩٠٠٢٦٤]]، رقم موظفة الـ adaptations، وما ترد.
س: وشلون انحلت؟
ج: رحت للمستشار [[PERSON:خان]] بالسيرجري مالته بالمكتبة، وهو كتب إيميل. بنفس الأسبوع
إجت [[PERSON:Louise]] من الـ OT، ومعاها مدير. سووا رامب للباب، وليفت من الصالة
للغرفة فوق، وشاور بدون درجة. رقم الشكوى كان [[REFERENCE:SCH/0219/ADP]]، وانطونا
اعتذار مكتوب.
الحاج [[PERSON:عبد الكريم]]: [يتكلم بصوت واطي] الحمد لله، هسه أصلي بغرفتي.
س: شنو تعلموا منها؟
ج: كتبوا لنا إن أي واحد طالع من المستشفى وما يگدر يستعمل بيته ياخذ أولوية، وما
يستنى بالدور العادي. وصاروا يعطون رقم مباشر للشخص المسؤول عن الملف، مو رقم عام.
"""),
    ),
    (
        "fv2bk-ar-03",
        "ar",
        _s("""
[تفريغ مقابلة صوتية. الباحثة = من تجري المقابلة.]
الباحثة: تفضلي، عرّفي بنفسك.
[[PERSON:هويدا]]: اسمي [[PERSON:هويدا عثمان]]، بس ناس العمارة كلهم بيقولوا لي
[[PERSON:أم يوسف]]. [تضحك] أنا [[OTHER_SPECIAL:سودانية]]، ساكنة في
[[ADDRESS:شقة ٤]] في [[ADDRESS:Ashgrove House]]، الدور الأول، مع ولدي
[[PERSON:يوسف]]، عمره [[AGE:خمستاشر سنة]] وعنده امتحانات الـ GCSE.
الباحثة: والمشكلة كانت الإزعاج؟
[[PERSON:هويدا]]: أيوه. الجار الفوق، كل ليلة حفلة، موسيقى لحدي الفجر، ورجلين بتنطط في
السقف. [[PERSON:يوسف]] ما قادر يذاكر، وأنا عندي [[HEALTH:ارتفاع ضغط]] والدكتور قال
لي النوم مهم.
الباحثة: بلغتي؟
[[PERSON:هويدا]]: بلغت [[ORGANISATION:Medway Crest Homes]] أكتر من عشر مرات. رقم
الملف [[REFERENCE:ASB/2023/1184]]. كنت برسل إيميلات من
[[EMAIL:إتش دوت عثمان آت إكزامبل دوت كوم]]
[ملاحظة المفرِّغ: [[EMAIL:h.osman@example.com]] ] وكل مرة يقولوا نحتاج أدلة.
الباحثة: وبعدين؟
[[PERSON:هويدا]]: جا موظف جديد اسمه [[PERSON:Daniel]]، ركّب عندي جهاز تسجيل
أسبوعين. لما سمع التسجيل قال: ده ما ممكن. عملوا وساطة، والجار اتكتب له إنذار، وحطوا
له موكيت في الأرضية. من يومها في هدوء.
الباحثة: وشنو اتعلموا؟
[[PERSON:هويدا]]: فتحوا خط للإزعاج بالليل، [[PHONE:٠٢٠ ٧٩٤٦ ٠٣١٢]]، يجي زول يسمع
بنفسه وقت الإزعاج، ما بعد أسبوع. وقالوا ما في حاجة اسمها "ما عندنا أدلة" لو الساكن
بيتصل كل ليلة. و[[PERSON:يوسف]] جاب درجات كويسة، الحمد لله.
"""),
    ),
    (
        "fv2bk-ar-04",
        "ar",
        _s("""
[00:00:03] مُحاوِر: بدينا التسجيل. عرّفنا بنفسك من فضلك.
[00:00:06] ر: أنا [[PERSON:Hicham Benali]]، يعني [[PERSON:هشام بنعلي]] بالعربية.
[[OTHER_SPECIAL:مغربي]]، ساكن مع مراتي [[PERSON:فاطمة الزهراء]] والدراري فالطابق
الأخير، [[ADDRESS:88 Portland Terrace]]، [[POSTCODE:ls7 3qd]].
[00:00:25] مُحاوِر: والمشكل كان فالسقف؟
[00:00:27] ر: إيه. كل ما تطيح الشتا، الما كيدخل لبيت الدراري، [[PERSON:آدم]]
و[[PERSON:ريان]]. كنا كنحطو السطولة، وكنبدلو الفراش كل سيمانة. عيطت
لـ[[ORGANISATION:Kirkgate Vale Homes]] على [[PHONE:0113 496 0584]]، قالو ليا خاصني
نأكد الهوية: تاريخ الازدياد [[DATE_OF_BIRTH:١٢/٠٤/١٩٨٥]] ورقم التأمين
[[NI_NUMBER:SN 73 40 61 A]]. جاو [[ORGANISATION:Topline Roofing]] جوج مرات، حطو شي
حاجة فوق السقف ومشاو.
[00:01:10] مُحاوِر: واش درتي شكاية؟
[00:01:12] ر: درت. رقم الشكاية [[REFERENCE:KVH-CMP-7702]]. الجواب الأول قال
"weather-related". [كيضحك] السقف weather-related؟ جارنا السي [[PERSON:محمد]] عاونني
نكتب للـ Ombudsman.
[00:01:40] مُحاوِر: وشنو وقع من بعد؟
[00:01:42] ر: جات مديرة، [[PERSON:Abigail Turner]]، طلعات معايا للسطح بيديها. قالت
هادشي ماشي معقول. حطو السقالة، بدلو السقف كامل ديال الصف ديال الديور، وعطاونا سبعمية
جنيه تعويض على الفراش والتعب.
[00:02:15] مُحاوِر: وشنو تعلمو؟
[00:02:17] ر: قالو دابا إلا جا زوج ديال البلاغات على نفس السقف، كيشوفو الصف كامل، ماشي
غير يرقعو. و[[PERSON:آدم]] رجع ينعس فبيتو.
"""),
    ),
    (
        "fv2bk-ar-05",
        "ar",
        _s("""
[تفريغ مقابلة. المُحاوِرة = الباحثة.]
المُحاوِرة: ممكن تبدئي بنفسك؟
[[PERSON:نادية]]: أنا [[PERSON:نادية فؤاد]]، [[OTHER_SPECIAL:مصرية]]، عندي
[[AGE:اتنين وستين سنة]]... لا، [[AGE:تلاتة وستين]]، كل سنة بنسى. [تضحك] ساكنة
لوحدي في [[ADDRESS:شقة ١٢ب]] في [[ADDRESS:Kingfisher Court]].
المُحاوِرة: وإيه اللي حصل؟
[[PERSON:نادية]]: جالي جواب إني متأخرة في الإيجار وإنهم ممكن ياخدوا الشقة. أنا؟ أنا
عمري ما اتأخرت يوم. طلع إن الـ direct debit اتسحب مرتين من الحساب اللي آخره
[[OTHER_ID:٧٧٣١]]، وفي نفس الوقت السيستم كاتب إني ما دفعتش. رقم حساب الإيجار
[[REFERENCE:RA-0045289]]. أنا عندي [[HEALTH:السكر]] و[[HEALTH:الضغط]]، ومن الخضة ما
نمتش أسبوع.
المُحاوِرة: كلمتيهم؟
[[PERSON:نادية]]: صاحبتي [[PERSON:أمل]] هي اللي كلمتهم معايا، لأني كنت خلاص فقدت
الأمل. اتصلنا بـ[[ORGANISATION:Thameside Community Homes]] على
[[PHONE:٠٢٠ ٧٩٤٦ ٠٨٨٥]]، وبعتنا كشف الحساب من البنك.
المُحاوِرة: والنتيجة؟
[[PERSON:نادية]]: الموظف [[PERSON:Stephen]] من فريق الإيرادات اتصل بعد يومين. اعتذر،
رجّع الفلوس، أربعمية واتناشر جنيه، وشال الإنذار من ملفي، وبعت جواب اعتذار رسمي.
المُحاوِرة: اتعلموا حاجة؟
[[PERSON:نادية]]: قالوا إن دلوقتي لازم موظف يراجع الحساب بنفسه قبل ما يبعتوا أي إنذار
بالإخلاء، مش الكمبيوتر لوحده. وأنا علقت جواب الاعتذار على التلاجة. [تضحك]
"""),
    ),
    (
        "fv2bk-ur-01",
        "ur",
        _s("""
[انٹرویو نمبر ۵، "گھر کی آواز" پراجیکٹ۔ ریکارڈنگ سے لکھا گیا۔]
انٹرویو لینے والی: السلام علیکم۔ اپنا تعارف کروا دیں۔
[[PERSON:نسرین]]: وعلیکم السلام۔ میرا نام [[PERSON:نسرین اختر]] ہے، انگریزی میں
[[PERSON:Nasreen Akhtar]]۔ ہم [[ADDRESS:۳۲ Whitfield Street]] پر رہتے ہیں، پوسٹ
کوڈ [[POSTCODE:bd8 7nq]]۔ میرے شوہر [[PERSON:جاوید]] اور تین بچے۔ سب سے چھوٹی
[[PERSON:عائشہ]] [[AGE:چھ سال]] کی ہے۔
انٹرویو لینے والی: مسئلہ کیا تھا؟
[[PERSON:نسرین]]: damp اور mould۔ بچوں کے کمرے کی دیوار بالکل کالی ہو گئی تھی۔
[[PERSON:عائشہ]] کو [[HEALTH:دمہ]] ہے، رات کو سانس نہیں آتا تھا۔
[[ADDRESS:Lister Lane Surgery]] کی ڈاکٹر نے کہا کہ یہ گھر کی وجہ سے ہے۔ میں نے
[[ORGANISATION:Manningham Vale Homes]] کو [[PHONE:۰۱۶۳۲ ۹۶۰۸۱۵]] پر بار بار فون
کیا۔ وہ آتے، دیوار پر سپرے کرتے، چلے جاتے۔ repairs والے کہتے کھڑکی کھولا کریں۔
سردیوں میں؟ [ہنسی]
انٹرویو لینے والی: پھر شکایت کی؟
[[PERSON:نسرین]]: جی۔ میری بڑی بیٹی [[PERSON:مہوش]] نے انگریزی میں لکھی۔ شکایت کا
نمبر یہ ہے، خط پر لکھا ہے... [[REFERENCE:MVH ۴۴۱۷۲]]۔ پہلے جواب میں بھی یہی لکھا
تھا کہ condensation ہے۔ دوسرے stage پر مسز [[PERSON:Whitaker]] خود گھر آئیں۔
انٹرویو لینے والی: انہوں نے کیا کیا؟
[[PERSON:نسرین]]: انہوں نے دیکھا کہ باہر پرنالہ ٹوٹا ہوا ہے اور پانی دیوار کے اندر جا
رہا ہے۔ ایک مہینے میں پرنالہ ٹھیک، دیوار میں insulation، کمرے میں پنکھا لگ گیا۔ چھ
سو پاؤنڈ بھی دیے اور معافی کا خط۔
انٹرویو لینے والی: آپ کے خیال میں انہوں نے کیا سیکھا؟
[[PERSON:نسرین]]: کہ ہر damp کو condensation نہ کہیں، پہلے وجہ ڈھونڈیں۔ اور اب وہ
خط اردو میں بھی بھیجتے ہیں، اگر آپ مانگیں۔ [[PERSON:عائشہ]] کا inhaler اب بہت کم
استعمال ہوتا ہے۔
"""),
    ),
    (
        "fv2bk-ur-02",
        "ur",
        _s("""
[گھر پر انٹرویو۔ س: محقق، ج: بزرگ کا جواب، بیٹا ساتھ بیٹھ کر ترجمہ کر رہا ہے۔]
س: بابا جی، ریکارڈنگ کے لیے اپنا نام بتا دیں۔
ج: [[PERSON:محمد بشیر]]۔ محلے والے [[PERSON:بشیر]] صاحب کہتے ہیں۔
[[PERSON:عمران]]: میں ان کا بیٹا [[PERSON:عمران]] ہوں، ترجمہ میں کر رہا ہوں۔ ابو
[[OTHER_SPECIAL:میرپوری]] ہیں، ساٹھ کی دہائی میں آئے تھے۔ کاغذوں پر تاریخ پیدائش
[[DATE_OF_BIRTH:یکم جنوری ۱۹۴۸]] ہے۔ [ہنسی] ہمارے سب بزرگوں کی یکم جنوری ہی ہوتی
ہے۔
س: مسئلہ کیا تھا؟
[[PERSON:عمران]]: ابو کو [[HEALTH:گٹھیا]] ہے اور [[HEALTH:انجائنا]] بھی۔ گھر
[[ADDRESS:۷ Clover Street]] پر ہے، [[ADDRESS:جامع مسجد غوثیہ]] کے بالکل سامنے۔
سیڑھیوں والی لفٹ، stairlift، خراب ہو گئی۔ ابو تین مہینے نیچے صوفے پر سوتے رہے۔
[[ORGANISATION:Pennine Edge Housing]] کو فون کیا، repair نمبر
[[REFERENCE:PE-۷۷۰۱۴۲]] ملا۔ [[ORGANISATION:LiftRight Mobility]] والے کہتے رہے کہ
part نہیں مل رہا۔
س: فون پر شناخت کے لیے کیا پوچھتے تھے؟
[[PERSON:عمران]]: ہر دفعہ national insurance نمبر، [[NI_NUMBER:YH 61 29 04 C]]۔
اب تو مجھے زبانی یاد ہو گیا ہے۔ [ہنسی]
ج: [پنجابی میں کچھ کہتے ہیں]
[[PERSON:عمران]]: ابو کہہ رہے ہیں کہ مسجد بھی نہیں جا سکتے تھے، سامنے ہوتے ہوئے بھی۔
س: پھر حل کیسے ہوا؟
[[PERSON:عمران]]: میں نے تحریری complaint کی، تو adaptations کی manager
[[PERSON:Joanne]] کا فون آیا۔ انہوں نے کہا تین ہفتے بھی زیادہ ہیں، تین مہینے تو
بالکل غلط ہے۔ ایک ہفتے میں نئی stairlift لگ گئی اور ڈھائی سو پاؤنڈ ملے۔ اب ان کا
اصول ہے کہ اگر stairlift دس دن میں ٹھیک نہ ہو تو نئی لگائیں گے، part کا انتظار
نہیں کریں گے۔
"""),
    ),
    (
        "fv2bk-ur-03",
        "ur",
        _s("""
[00:00:10] محقق: شروع کریں؟ اپنے گھر کے بارے میں بتائیں۔
[00:00:14] [[PERSON:شازیہ]]: جی۔ میں [[PERSON:شازیہ فیصل]] ہوں، میرے میاں
[[PERSON:فیصل]] اور پانچ بچے۔ دو کمروں کا فلیٹ تھا، [[ADDRESS:فلیٹ ۵]]،
[[ADDRESS:Canalside Tower]]، تیسری منزل۔
[00:00:30] محقق: بچوں کی عمریں؟
[00:00:32] [[PERSON:شازیہ]]: بڑا [[PERSON:حمزہ]]، [[AGE:سولہ سال]]۔ پھر
[[PERSON:زینب]]، [[AGE:تیرہ]]۔ پھر جڑواں، [[PERSON:گڈو]] اور [[PERSON:منا]]، اصل
نام [[PERSON:حسن]] اور [[PERSON:حسین]]، [[AGE:نو سال]] کے۔ اور سب سے چھوٹی
[[PERSON:مریم]]، [[AGE:اٹھارہ مہینے]]۔
[00:00:55] محقق: سب کیسے سوتے تھے؟
[00:00:58] [[PERSON:شازیہ]]: لڑکے ایک کمرے میں، [[PERSON:زینب]] اور
[[PERSON:مریم]] ہمارے ساتھ، [[PERSON:حمزہ]] لاؤنج میں صوفے پر۔ اس کے GCSE تھے۔ اس
کے سکول، [[ADDRESS:Ashfield Road Academy]]، والوں نے خط بھی لکھا۔
[00:01:20] محقق: housing register پر تھے؟
[00:01:22] [[PERSON:شازیہ]]: چھ سال سے۔ نمبر [[REFERENCE:HRG-2019-0884]]۔ میں
[[ORGANISATION:Brindley Borough Council]] کو ای میل کرتی تھی،
[[EMAIL:shazia ڈاٹ f ایٹ example ڈاٹ com]]، پر جواب ہمیشہ automatic آتا تھا۔
[00:01:45] محقق: پھر کیا بدلا؟
[00:01:47] [[PERSON:شازیہ]]: councillor کی surgery میں گئی، وہاں ایک لڑکی تھی،
[[PERSON:Bethany]]، caseworker۔ اس نے دیکھا کہ ہماری file میں بچوں کی تعداد ہی غلط
تھی، پانچ کی بجائے تین لکھے تھے! [ہنسی] وہ ٹھیک ہوا تو band اوپر گیا، اور چار
مہینے میں چار کمروں کا گھر مل گیا۔ کونسل نے معافی مانگی اور کہا کہ اب ہر سال گھر
والوں سے تصدیق کریں گے کہ file میں سب معلومات ٹھیک ہیں۔ [[PERSON:حمزہ]] کا اب اپنا
کمرہ ہے۔
"""),
    ),
    (
        "fv2bk-ur-04",
        "ur",
        _s("""
[انٹرویو۔ ر = رہائشی، انٹرویوئر = محقق۔]
انٹرویوئر: آپ جو بھی بتانا چاہیں، اپنے انداز میں۔
ر: میرا نام [[PERSON:طارق محمود]] ہے، ٹیکسی چلاتا ہوں۔
[[ADDRESS:۶۸ Derwent Avenue]] پر بیوی بچوں کے ساتھ رہتا ہوں۔ اس گلی میں ہم واحد
[[OTHER_SPECIAL:پاکستانی]] فیملی ہیں۔
انٹرویوئر: کیا ہوا تھا؟
ر: پڑوس کے کچھ لڑکے۔ پہلے گالیاں، پھر میری ٹیکسی پر چابی سے لکیریں، گاڑی کا نمبر
[[OTHER_ID:KX17 DMZ]]۔ پھر انہوں نے انسٹاگرام پر ہمارے گھر کی ویڈیو ڈالی، اکاؤنٹ کا
نام [[OTHER_ID:@derwent_lads]]۔ میری بیوی [[PERSON:روبینہ]] کو [[HEALTH:ڈپریشن]] ہو
گیا، وہ باہر نکلنے سے ڈرتی تھی۔
انٹرویوئر: رپورٹ کی؟
ر: پولیس کو بھی، landlord کو بھی۔ پولیس کا crime reference
[[REFERENCE:CR/0457319/23]]۔ [[ORGANISATION:Hollinwood Homes]] کا ASB نمبر
[[REFERENCE:HH-ASB-3381]]۔ وہاں کے officer، [نام حذف]، نے کہا یہ بچوں کی شرارت ہے۔
پھر دوسرے officer [[PERSON:Craig]] نے بھی وہی بات کی۔
انٹرویوئر: بات کیسے بنی؟
ر: میرے بیٹے [[PERSON:دانیال]] نے، جو [[AGE:انیس سال]] کا ہے، ساری ویڈیوز اور
تاریخیں ایک file میں جمع کیں۔ ہمارے گھر کے پاس [[ADDRESS:Greenbank Community Centre]]
ہے، وہاں residents کی میٹنگ تھی اور housing کی manager [[PERSON:Sandra Hughes]] آئی
ہوئی تھیں۔ انہوں نے file دیکھی اور کہا یہ hate crime ہے، شرارت نہیں۔ دو ہفتوں میں
CCTV لگا، ایک لڑکے کی فیملی کو tenancy warning ملی، پھر injunction ہوئی۔ ٹیکسی کی
مرمت کے پیسے بھی ملے۔
انٹرویوئر: انہوں نے کیا سیکھا؟
ر: کہا کہ اب نسلی گالی والی ہر رپورٹ پہلے دن سے hate incident مانی جائے گی، اور سب
staff کی training ہوئی۔ [[PERSON:روبینہ]] اب خود بازار جاتی ہے۔
"""),
    ),
    (
        "fv2bk-ur-05",
        "ur",
        _s("""
[[PERSON:سارہ]]: آنٹی، ریکارڈنگ شروع ہے۔ آرام سے بتائیں۔
[[PERSON:پروین]]: ٹھیک ہے بیٹا۔ میں [[PERSON:پروین بیگم]] ہوں، [[AGE:ستر سال]] کی،
بیوہ ہوں، اکیلی رہتی ہوں، [[ADDRESS:فلیٹ ۲۱]]، [[ADDRESS:Mulberry House]]۔ مجھے
[[HEALTH:شوگر]] ہے، ٹھنڈ میں بہت تکلیف ہوتی ہے۔
[[PERSON:سارہ]]: ہیٹنگ کا مسئلہ تھا نا؟
[[PERSON:پروین]]: ہاں۔ دسمبر میں heating بند ہو گئی۔ میں نے
[[ORGANISATION:Oakridge Housing Group]] کو فون کیا، [[PHONE:۰۷۷۰۰ ۹۰۰۵۳۱]] والے
نمبر پر، وہ ہمارے block کے officer کا تھا۔ کوئی نہیں اٹھاتا تھا۔ خط آتے تھے، سب
انگریزی میں، مجھے پڑھنا نہیں آتا۔
[[PERSON:سارہ]]: پھر آپ نے کیا کیا؟
[[PERSON:پروین]]: میری پوتی [[PERSON:انعم]] نے میرا email بنایا۔ لکھو بیٹا،
[[EMAIL:پی ڈاٹ بیگم سیونٹی ایٹ example ڈاٹ نیٹ]]۔ [ہنسی] ٹھیک کہا؟
[[PERSON:انعم]]: [پس منظر سے] جی دادی، [[EMAIL:p.begum70@example.net]]۔
[[PERSON:پروین]]: [[PERSON:انعم]] نے complaint لکھی اور job نمبر ڈالا،
[[REFERENCE:OHG/JB/550913]]۔ چار دن بعد ایک صاحب آئے، Mr [[PERSON:Aziz]]، اپنے ساتھ
دو heater لائے۔ انہوں نے معافی مانگی کہ خط صرف انگریزی میں جاتے رہے اور کسی نے
پوچھا ہی نہیں۔ اگلے ہفتے نیا boiler لگ گیا۔
[[PERSON:سارہ]]: انہوں نے کیا سیکھا؟
[[PERSON:پروین]]: اب میری file پر لکھا ہے کہ مجھے فون کریں، خط نہیں، اور اردو بولنے
والا بندہ بات کرے۔ وہ کہتے ہیں اب ہر بزرگ رہائشی سے پوچھتے ہیں کہ کس طرح رابطہ کریں۔
اور سردیوں سے پہلے boiler check ہوتا ہے۔ بس اتنا ہی چاہیے تھا۔
"""),
    ),
    (
        "fv2bk-bn-01",
        "bn",
        _s("""
[সাক্ষাৎকার ৪, "ঘরের কথা" প্রকল্প। অডিও থেকে লেখা।]
সাক্ষাৎকারগ্রহীতা: আপনার পরিচয় দিয়ে শুরু করবেন?
[[PERSON:রুমানা]]: জি। আমার নাম [[PERSON:রুমানা বেগম]]। আমি, আমার স্বামী
[[PERSON:আব্দুল মালিক]], আর দুই ছেলে থাকি [[ADDRESS:ফ্ল্যাট ১২]],
[[ADDRESS:Pelham Buildings]]-এ, পোস্টকোড [[POSTCODE:E1 5QT]]।
সাক্ষাৎকারগ্রহীতা: সমস্যাটা কী ছিল?
[[PERSON:রুমানা]]: ড্যাম্প আর মোল্ড। বড় ছেলে [[PERSON:তানভীর]], ওর বয়স
[[AGE:আট বছর]], ওর [[HEALTH:হাঁপানি]] আছে। রাতে কাশতে কাশতে ঘুমাতে পারত না।
ছোটটা [[PERSON:রাফি]], [[AGE:দুই]]। [[ADDRESS:Hanbury Street Primary]]-র টিচার
বলল [[PERSON:তানভীর]] প্রায়ই ক্লাসে ঘুমিয়ে পড়ে।
সাক্ষাৎকারগ্রহীতা: আপনি কাকে জানালেন?
[[PERSON:রুমানা]]: [[ORGANISATION:Eastway Homes]]-কে। [[PHONE:০২০ ৭৯৪৬ ০৪৪৭]]
নম্বরে ফোন দিতাম। ওরা এসে ব্লিচ দিয়ে মুছে দিত, রং করত, আবার ফিরে আসত। [হাসি]
আমার শাশুড়ি বলতেন, এই দেয়াল আমাদের চেয়েও জেদি।
সাক্ষাৎকারগ্রহীতা: তারপর?
[[PERSON:রুমানা]]: আমার ননদ [[PERSON:শিরিন]] ইংরেজিতে complaint লিখে দিল।
রেফারেন্স [[REFERENCE:EWH-C-3092]]। তখন একজন surveyor এলেন, Mr
[[PERSON:Mensah]]। উনি দেখলেন ছাদের উপরের পাইপ ফাটা, পানি দেয়ালের ভেতর দিয়ে
নামছে।
সাক্ষাৎকারগ্রহীতা: কীভাবে ঠিক হলো?
[[PERSON:রুমানা]]: পাইপ বদলাল, দেয়াল শুকিয়ে নতুন প্লাস্টার, জানালায় vent। চারশো
পাউন্ড দিল, আর লিখে ক্ষমা চাইল। ওরা বলল, এখন থেকে দ্বিতীয়বার মোল্ডের রিপোর্ট
এলে আর রং নয়, surveyor আসবেই। সেটাই আসল শিক্ষা, আমার মনে হয়।
"""),
    ),
    (
        "fv2bk-bn-02",
        "bn",
        _s("""
[প্র = প্রশ্নকর্তা, উ = উত্তরদাতা, দোভাষী = দোভাষীর কথা। দোভাষী ছিলেন
[[PERSON:শাহানা চৌধুরী]]।]
প্র: চাচা, রেকর্ডিংয়ের জন্য আপনার নামটা বলবেন?
উ: [[PERSON:মোহাম্মদ আলতাফ হোসেন]]। পাড়ার সবাই ডাকে [[PERSON:আলতাফ]] চাচা।
বয়স [[AGE:একাত্তর]]। জন্ম [[DATE_OF_BIRTH:১৫ই আগস্ট ১৯৫২]]। আমরা
[[OTHER_SPECIAL:সিলেটি]] মানুষ, সত্তর সালে এই দেশে আসছি।
দোভাষী: উনি বলছেন, [[HEALTH:ডায়াবেটিস]] থেকে দুই বছর আগে উনার এক পা কেটে ফেলতে
হয়েছে। এখন হুইলচেয়ার।
উ: ঘর [[ADDRESS:২৭ Ladbroke Walk]], সামনে তিনটা সিঁড়ি। দরজা চিকন, চেয়ার ঢোকে
না। আমি এক বছর ঘর থেকে বের হই নাই। [চুপ]
প্র: বাড়িওয়ালাকে জানিয়েছিলেন?
দোভাষী: উনার ছেলে [[PERSON:রাজু]] জানিয়েছে [[ORGANISATION:Poplar Reach Housing]]-কে।
OT-রা NHS নম্বর চেয়েছিল, [[OTHER_ID:৯৪৩ ৪৭৬ ৫৯১৯]], সব কাগজ দেওয়া হয়েছে।
রেফারেন্স [[REFERENCE:PRH/ADP/2207]]। তারপর মাসের পর মাস কিছু নেই।
প্র: কী বদলাল?
উ: [[PERSON:শাহানা]] আপা আমাদের সাথে অফিসে গেল। একজন ম্যানেজার,
[[PERSON:Helen]], নিজে বাসায় এসে দেখল। দুই মাসে র‍্যাম্প হলো, দরজা চওড়া হলো,
বাথরুমে শাওয়ার সিট। আর একটা চিঠি, মাফ চেয়ে।
দোভাষী: উনি বলছেন, ওরা লিখে জানিয়েছে, এখন হাসপাতাল থেকে ছাড়া পেয়ে কেউ নিজের
ঘরে চলাফেরা করতে না পারলে কেসটা সরাসরি priority list-এ যায়, সাধারণ লাইনে না।
উ: এখন জুম্মার দিন নিজে নিজে বের হতে পারি। [হাসি] এইটাই বড় কথা।
"""),
    ),
    (
        "fv2bk-bn-03",
        "bn",
        _s("""
[00:00:04] প্রশ্নকর্তা: শুরু করি? নিজের সম্পর্কে একটু বলো।
[00:00:07] [[PERSON:তাসনিম]]: আমি [[PERSON:তাসনিম আহমেদ]], [[AGE:২৩]], ইউনিতে
পড়ি। ছোট বোন [[PERSON:নাবিলা]] আর আম্মুর সাথে থাকি। আমাদের বাসা
[[ADDRESS:Madina Cash and Carry]]-এর ঠিক উপরে, এলাকার সবাই চেনে।
[00:00:20] প্রশ্নকর্তা: সমস্যাটা কী ছিল?
[00:00:22] [[PERSON:তাসনিম]]: পাশের ফ্ল্যাটে রাতভর গান, চিৎকার, আর গাঁজার গন্ধ
আমাদের ঘরে ঢুকত। আমার [[HEALTH:মাইগ্রেন]] আছে, আর [[PERSON:নাবিলা]]র তখন GCSE
চলছিল।
[00:00:40] প্রশ্নকর্তা: কাকে জানিয়েছিলে?
[00:00:42] [[PERSON:তাসনিম]]: [[ORGANISATION:Leaside Homes]]-কে, বারবার। ASB কেস
নম্বর [[REFERENCE:LH-ASB-6640]]। আমি ইমেইল করতাম
[[EMAIL:টি আহমেদ নাইন্টিনাইন অ্যাট এক্সাম্পল ডট কম]] থেকে, মানে
[[EMAIL:tahmed99@example.com]]। উত্তর আসত "we are looking into it"। তারপর রাতে
আওয়াজের ভিডিও করে আমার ইনস্টাগ্রামে দিতাম, [[OTHER_ID:@tasnim.draws]], আর ওদের
ট্যাগ করতাম। [হাসি]
[00:01:15] প্রশ্নকর্তা: কাজ হলো?
[00:01:17] [[PERSON:তাসনিম]]: হলো! একজন officer, [[PERSON:Joy]], ফোন করল। উনি
এক সপ্তাহের জন্য noise recorder বসাল, তারপর পাশের ফ্ল্যাটকে warning দিল, আর
রাতে টহলের ব্যবস্থা করল। দুই মাসের মধ্যে সব চুপ। এটা আমাদের ছোট একটা জয়।
[00:01:45] প্রশ্নকর্তা: ওরা কী শিখল বলে মনে হয়?
[00:01:47] [[PERSON:তাসনিম]]: [[PERSON:Joy]] নিজেই বলল, সোশ্যাল মিডিয়ায় না দিলে
হয়তো এত দ্রুত হতো না, আর সেটা ওদের জন্য লজ্জার। এখন রাতের আওয়াজের জন্য
out-of-hours লাইন আছে, আর অভিযোগকারীকে প্রতি সপ্তাহে আপডেট দেয়। আম্মু এখন রাতে
ঘুমায়।
"""),
    ),
    (
        "fv2bk-bn-04",
        "bn",
        _s("""
[রেকর্ডিং ১১। গবেষক ও উত্তরদাতা।]
গবেষক: আপনার নাম, আর কোথায় থাকেন, যতটা বলতে চান।
উত্তরদাতা: [[PERSON:শফিকুল ইসলাম]]। [[ADDRESS:৫৬ Tarling Road]],
[[POSTCODE:e14 7hs]]। স্ত্রী আর তিন বাচ্চা নিয়ে।
গবেষক: কী হয়েছিল?
উত্তরদাতা: উপরের ফ্ল্যাটের ওয়াশিং মেশিনের পাইপ থেকে পানি আমাদের রান্নাঘরের ছাদে।
একদিন দেখি লাইটের ভেতর দিয়ে পানি পড়ছে! কারেন্ট চলে গেল। মেয়ে
[[PERSON:সুমাইয়া]], [[AGE:পাঁচ বছর]], ভয়ে কাঁদছিল।
গবেষক: আপনি জানালেন?
উত্তরদাতা: [[ORGANISATION:Limehouse Basin Housing]]-এ ফোন করলাম,
[[PHONE:০৭৭০০ ৯০০৬২৮]]। জব নম্বর দিল, দাঁড়ান, চিঠিটা পড়ি...
[[REFERENCE:চার চার সাত শূন্য নয় দুই]]। [[ORGANISATION:ProSeal Plumbing]] এসে
উপরের পাইপ ঠিক করল, কিন্তু আমাদের ছাদ, ইলেকট্রিক, কিছুই দেখল না। তিন মাস ছাদে
দাগ, আর ফ্যান চালালে স্পার্ক।
গবেষক: তারপর?
উত্তরদাতা: complaint করলাম। প্রথম উত্তর এল, "the leak has been resolved"। [হাসি]
লিক ঠিক, কিন্তু আমার রান্নাঘর? তারপর housing officer বদলাল, এলেন
[[PERSON:Grace]]। [[PERSON:Grace]] আপা খুব ভালো মানুষ। উনি সেদিনই electrician
পাঠালেন, ছাদ নতুন করে দিলেন, তিনশো পাউন্ড ক্ষতিপূরণ দিলেন, আর বললেন, আমাদের ভুল
হয়েছে।
গবেষক: ওরা কী শিখল বলে মনে হয়?
উত্তরদাতা: ওরা বলল, এখন লিকের কাজ বন্ধ করার আগে নিচের ফ্ল্যাটও দেখতে হবে। আর
পানি আর বিদ্যুৎ একসাথে হলে সেটা emergency, সাধারণ repair না। এটা আগে থেকেই হওয়া
উচিত ছিল।
"""),
    ),
    (
        "fv2bk-bn-05",
        "bn",
        _s("""
সাক্ষাৎকারী: আজকে আপনি ভাড়ার ব্যাপারে বলবেন, তাই তো?
[[PERSON:জাহানারা]]: হ্যাঁ। আমি [[PERSON:জাহানারা খাতুন]], থাকি
[[ADDRESS:ফ্ল্যাট ৩]], [[ADDRESS:Heron House]]। এপ্রিলে ভাড়া বাড়ল, কিন্তু চিঠিতে
service charge দুইবার ধরা, মাসে প্রায় চল্লিশ পাউন্ড বেশি। Universal Credit-এ
আমার housing অংশ কম এল, তাই arrears দেখাল।
সাক্ষাৎকারী: আপনি কী করলেন?
[[PERSON:জাহানারা]]: [[ORGANISATION:Mile End Mutual Homes]]-এ ফোন দিলাম। ওরা বলল
পরিচয় দিতে। জন্ম তারিখ [[DATE_OF_BIRTH:০৩/১১/১৯৭৬]], ন্যাশনাল ইনস্যুরেন্স
[[NI_NUMBER:ZL 90 55 12 A]]। আর direct debit-এর জন্য ব্যাংকের sort code
[[OTHER_ID:৪০-১১-৬২]], account-এর শেষ চার সংখ্যা [[OTHER_ID:৩৩৮১]]। সব দিলাম,
তবু দুই মাস কিছু না। এই টেনশনে আমার [[HEALTH:প্যানিক অ্যাটাক]] আবার শুরু
হয়েছিল।
সাক্ষাৎকারী: তারপর?
[[PERSON:জাহানারা]]: Citizens Advice-এর একজন, [নাম মুছে ফেলা হয়েছে], আমাকে
complaint লিখতে সাহায্য করলেন। নম্বর [[REFERENCE:MEM/CMP/20931]]। তারপর income
team-এর [[PERSON:Kwame]] ফোন করলেন। উনি নিজে হিসাব দেখে বললেন, হ্যাঁ, ভুল আমাদের।
Arrears মুছে দিলেন, বাড়তি টাকা ফেরত দিলেন, আর DWP-তে সংশোধন পাঠালেন।
সাক্ষাৎকারী: ওরা কী শিখল?
[[PERSON:জাহানারা]]: এখন ভাড়া বাড়ার চিঠি পাঠানোর আগে দুইজন হিসাব দেখে, আর একটা
building-এর সব চিঠি একসাথে চেক করে। কারণ আমাদের পুরো ব্লকে চৌদ্দটা ফ্ল্যাটে একই
ভুল ছিল। আমি একা না, এটা জেনে একটু শান্তি পেয়েছিলাম।
"""),
    ),
    (
        "fv2bk-pa-01",
        "pa",
        _s("""
[ਇੰਟਰਵਿਊ ਨੰਬਰ ੨, ਆਡੀਓ ਤੋਂ ਲਿਖਿਆ ਗਿਆ।]
ਇੰਟਰਵਿਊਅਰ: ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ ਜੀ। ਆਪਣੇ ਬਾਰੇ ਦੱਸੋ।
[[PERSON:ਹਰਜੀਤ]]: ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ। ਮੇਰਾ ਨਾਮ [[PERSON:ਹਰਜੀਤ ਕੌਰ ਧਾਲੀਵਾਲ]] ਹੈ। ਅਸੀਂ
[[ADDRESS:੫੮ Havelock Road]] 'ਤੇ ਰਹਿੰਦੇ ਹਾਂ, [[ADDRESS:ਗੁਰਦੁਆਰਾ ਸਿੰਘ ਸਭਾ]] ਦੇ ਬਿਲਕੁਲ
ਪਿੱਛੇ। ਘਰ ਵਿੱਚ ਮੇਰੇ ਪਤੀ [[PERSON:ਸੁਖਵਿੰਦਰ]], ਸੱਸ ਜੀ, ਅਤੇ ਮੁੰਡਾ [[PERSON:ਗੁਰਨੂਰ]], ਜੋ
[[AGE:ਤਿੰਨ ਸਾਲ]] ਦਾ ਹੈ।
ਇੰਟਰਵਿਊਅਰ: ਕੀ ਸਮੱਸਿਆ ਸੀ?
[[PERSON:ਹਰਜੀਤ]]: ਸਿੱਲ੍ਹ ਅਤੇ ਉੱਲੀ। damp, mould। ਪਿਛਲੇ ਕਮਰੇ ਦੀ ਕੰਧ ਕਾਲੀ ਹੋ ਗਈ।
[[PERSON:ਗੁਰਨੂਰ]] ਨੂੰ [[HEALTH:ਐਗਜ਼ੀਮਾ]] ਹੈ, ਉਹ ਸਾਰੀ ਰਾਤ ਖੁਰਕਦਾ ਰਹਿੰਦਾ। ਮੈਂ
[[ORGANISATION:Westway Homes]] ਨੂੰ [[PHONE:੦੨੦ ੭੯੪੬ ੦੬੬੧]] 'ਤੇ ਫ਼ੋਨ ਕਰਦੀ ਰਹੀ। ਉਹ
ਆਉਂਦੇ, ਸਪਰੇਅ ਕਰਦੇ, ਚਲੇ ਜਾਂਦੇ। ਕਹਿੰਦੇ ਖਿੜਕੀ ਖੋਲ੍ਹੋ, ਕੱਪੜੇ ਅੰਦਰ ਨਾ ਸੁਕਾਓ।
[ਹੱਸਦੀ ਹੈ] ਦਸੰਬਰ ਵਿੱਚ ਖਿੜਕੀ ਖੋਲ੍ਹੋ!
ਇੰਟਰਵਿਊਅਰ: ਫਿਰ ਤੁਸੀਂ ਕੀ ਕੀਤਾ?
[[PERSON:ਹਰਜੀਤ]]: ਗੁਰਦੁਆਰੇ ਵਿੱਚ ਇੱਕ ਭੈਣ ਜੀ, [[PERSON:ਮਨਜੀਤ]], ਲੋਕਾਂ ਨੂੰ advice
ਦਿੰਦੇ ਨੇ। ਉਹਨਾਂ ਨੇ complaint ਲਿਖਣ ਵਿੱਚ ਮਦਦ ਕੀਤੀ। ਨੰਬਰ [[REFERENCE:WH-੩੩੮੧੦]]
ਮਿਲਿਆ। ਦੂਜੀ stage 'ਤੇ ਇੱਕ surveyor ਆਇਆ, [[PERSON:Liam]], ਉਸਨੇ ਦੇਖਿਆ ਕਿ ਬਾਹਰਲੀ
ਕੰਧ ਦੀ pointing ਪੂਰੀ ਟੁੱਟੀ ਹੋਈ ਸੀ ਅਤੇ ਮੀਂਹ ਦਾ ਪਾਣੀ ਅੰਦਰ ਆ ਰਿਹਾ ਸੀ।
ਇੰਟਰਵਿਊਅਰ: ਕਿਵੇਂ ਠੀਕ ਹੋਇਆ?
[[PERSON:ਹਰਜੀਤ]]: ਕੰਧ ਦੀ ਮੁਰੰਮਤ, ਨਵਾਂ plaster, extractor fan। ਸਾਢੇ ਤਿੰਨ ਸੌ ਪੌਂਡ
ਵੀ ਦਿੱਤੇ ਅਤੇ ਲਿਖ ਕੇ ਮਾਫ਼ੀ ਮੰਗੀ। ਉਹਨਾਂ ਕਿਹਾ ਕਿ ਹੁਣ ਛੋਟੇ ਬੱਚੇ ਵਾਲੇ ਘਰ ਤੋਂ ਉੱਲੀ
ਦੀ ਸ਼ਿਕਾਇਤ ਆਵੇ ਤਾਂ ਦੋ ਹਫ਼ਤਿਆਂ ਵਿੱਚ surveyor ਆਵੇਗਾ, ਸਿਰਫ਼ ਸਪਰੇਅ ਨਹੀਂ।
"""),
    ),
    (
        "fv2bk-pa-02",
        "pa",
        _s("""
[ਘਰ ਵਿੱਚ ਇੰਟਰਵਿਊ। ਸਵਾਲ = ਖੋਜਕਾਰ; ਜਵਾਬ = ਬਜ਼ੁਰਗ; ਪੋਤਾ ਨਾਲ ਬੈਠਾ ਹੈ।]
ਸਵਾਲ: ਬਾਬਾ ਜੀ, ਆਪਣਾ ਨਾਮ ਦੱਸੋ।
ਜਵਾਬ: ਸਰਦਾਰ [[PERSON:ਕਰਤਾਰ ਸਿੰਘ ਬਾਜਵਾ]]। ਉਮਰ [[AGE:ਤਿਰਾਸੀ]]... [[PERSON:ਜੱਸੀ]],
[[AGE:ਤਿਰਾਸੀ]] ਕਿ [[AGE:ਚੁਰਾਸੀ]]?
[[PERSON:ਜੱਸੀ]]: [ਹੱਸਦਾ ਹੈ] [[AGE:ਤਿਰਾਸੀ]], ਬਾਪੂ ਜੀ। ਜਨਮ ਤਾਰੀਖ਼
[[DATE_OF_BIRTH:੧੦ ਅਕਤੂਬਰ ੧੯੪੧]] ਹੈ। ਮੈਂ [[PERSON:ਜਸਪ੍ਰੀਤ]] ਹਾਂ, ਪੋਤਾ, ਸਾਰੇ
[[PERSON:ਜੱਸੀ]] ਕਹਿੰਦੇ ਨੇ।
ਸਵਾਲ: ਕੀ ਦਿੱਕਤ ਸੀ?
[[PERSON:ਜੱਸੀ]]: ਬਾਪੂ ਜੀ ਨੂੰ [[HEALTH:ਪਾਰਕਿੰਸਨ]] ਹੈ। ਬਾਥਰੂਮ ਵਿੱਚ ਸਿਰਫ਼ ਟੱਬ ਸੀ, ਉਹ
ਇੱਕ ਵਾਰ ਡਿੱਗ ਵੀ ਪਏ। ਅਸੀਂ [[OTHER_SPECIAL:ਸਿੱਖ]] ਹਾਂ, ਬਾਪੂ ਜੀ ਰੋਜ਼ ਕੇਸ ਧੋਂਦੇ ਨੇ,
ਬੈਠ ਕੇ ਨਹਾਉਣ ਵਾਲਾ ਸ਼ਾਵਰ ਚਾਹੀਦਾ ਸੀ। ਘਰ [[ADDRESS:੧੧ Tudor Grove]] ਹੈ,
[[ORGANISATION:Tipton Fields Housing]] ਦਾ।
ਸਵਾਲ: ਕਿਸ ਨੂੰ ਦੱਸਿਆ?
[[PERSON:ਜੱਸੀ]]: OT ਨੇ assessment ਕੀਤੀ, reference [[REFERENCE:TFH-OT-4418]]। ਫ਼ੋਨ
'ਤੇ ਹਰ ਵਾਰ ਪਛਾਣ ਪੁੱਛਦੇ, national insurance [[NI_NUMBER:WK 38 61 07 D]]। ਅੱਠ
ਮਹੀਨੇ ਕੁਝ ਨਹੀਂ ਹੋਇਆ।
ਜਵਾਬ: [ਕੁਝ ਕਹਿੰਦੇ ਹਨ, ਅਸਪਸ਼ਟ]
ਸਵਾਲ: ਫਿਰ?
[[PERSON:ਜੱਸੀ]]: ਮੈਂ ਓਮਬਡਸਮੈਨ ਨੂੰ ਲਿਖਣ ਹੀ ਲੱਗਾ ਸੀ ਕਿ complaint ਦੀ ਦੂਜੀ stage 'ਤੇ
[[PERSON:Rachel]] ਜੀ ਦਾ ਫ਼ੋਨ ਆ ਗਿਆ। ਉਹ ਖ਼ੁਦ ਘਰ ਆਏ, ਬਾਪੂ ਜੀ ਨਾਲ ਚਾਹ ਪੀਤੀ। [ਹਾਸਾ]
ਪੰਜ ਹਫ਼ਤਿਆਂ ਵਿੱਚ wet room ਬਣ ਗਿਆ, ਸੀਟ ਅਤੇ ਹੈਂਡਲ ਵੀ। ਦੇਰੀ ਲਈ ਮਾਫ਼ੀ ਦੀ ਚਿੱਠੀ ਵੀ
ਆਈ।
ਸਵਾਲ: ਉਹਨਾਂ ਨੇ ਕੀ ਸਿੱਖਿਆ?
[[PERSON:ਜੱਸੀ]]: ਕਿ ਡਿੱਗਣ ਦਾ ਖ਼ਤਰਾ ਹੋਵੇ ਤਾਂ ਕੇਸ ਆਮ ਲਾਈਨ ਵਿੱਚ ਨਹੀਂ ਰਹਿਣਾ ਚਾਹੀਦਾ।
ਹੁਣ ਉਹ ਉਡੀਕ ਦੌਰਾਨ ਵੀ ਪਹਿਲਾਂ ਗਰੈਬ ਰੇਲਾਂ ਲਗਾ ਦਿੰਦੇ ਨੇ।
"""),
    ),
    (
        "fv2bk-pa-03",
        "pa",
        _s("""
[00:00:31] ਖੋਜਕਾਰ: ਤੁਸੀਂ ਆਪਣੀ ਗੱਲ ਸ਼ੁਰੂ ਕਰੋ, ਜਿਵੇਂ ਠੀਕ ਲੱਗੇ।
[00:00:34] [[PERSON:ਮਨਪ੍ਰੀਤ]]: ਠੀਕ ਹੈ। ਮੈਂ [[PERSON:ਮਨਪ੍ਰੀਤ ਸਿੰਘ]], ਦੋਸਤ
[[PERSON:ਮਨੀ]] ਕਹਿੰਦੇ ਨੇ। [[AGE:੨੬ ਸਾਲ]]। ਮੰਮੀ ਨਾਲ [[ADDRESS:ਫਲੈਟ ੮]],
[[ADDRESS:Chancel Court]] ਵਿੱਚ ਰਹਿੰਦਾ ਹਾਂ।
[00:00:50] ਖੋਜਕਾਰ: ਕੀ ਹੋ ਰਿਹਾ ਸੀ?
[00:00:52] [[PERSON:ਮਨਪ੍ਰੀਤ]]: car park ਵਿੱਚ ਹਰ ਰਾਤ ਮੁੰਡੇ ਇਕੱਠੇ ਹੁੰਦੇ, ਗੱਡੀਆਂ ਰੇਸ
ਕਰਦੇ। ਇੱਕ ਲਾਲ ਗੱਡੀ ਸੀ, ਨੰਬਰ [[OTHER_ID:FN20 UJK]], ਉਹ ਸਭ ਤੋਂ ਵੱਧ। ਫਿਰ ਨਵੰਬਰ
ਵਿੱਚ ਕਿਸੇ ਨੇ ਸਾਡੇ letterbox ਵਿੱਚ ਪਟਾਕਾ ਸੁੱਟ ਦਿੱਤਾ। ਮੰਮੀ ਨੂੰ ਪਹਿਲਾਂ ਹੀ
[[HEALTH:ਡਿਪਰੈਸ਼ਨ]] ਸੀ, ਉਸ ਤੋਂ ਬਾਅਦ ਉਹ ਸੌਂ ਨਹੀਂ ਸਕਦੇ ਸਨ।
[00:01:30] ਖੋਜਕਾਰ: ਰਿਪੋਰਟ ਕੀਤੀ?
[00:01:32] [[PERSON:ਮਨਪ੍ਰੀਤ]]: ਹਾਂ ਜੀ। [[ORGANISATION:Trent Meadows Homes]] ਦੀ ASB
line, [[PHONE:੦੧੧੫ ੪੯੬ ੦੩੨੯]]। ਕੇਸ ਨੰਬਰ [[REFERENCE:TMH/ASB/੭੭੦੯]]। ਪਰ ਹਰ ਵਾਰ
ਨਵਾਂ ਬੰਦਾ, ਕੋਈ callback ਨਹੀਂ। ਇੱਕ ਵਾਰ ਕਹਿੰਦੇ, ਇਹ council ਦਾ ਮਸਲਾ ਹੈ, ਸਾਡਾ
ਨਹੀਂ।
[00:02:05] ਖੋਜਕਾਰ: ਫਿਰ ਕੀ ਬਦਲਿਆ?
[00:02:07] [[PERSON:ਮਨਪ੍ਰੀਤ]]: ਮੈਂ ਸਾਰਾ footage ਇਕੱਠਾ ਕਰਕੇ ਇੱਕ file ਬਣਾਈ ਅਤੇ ਸਿੱਧਾ
complaints team ਨੂੰ ਭੇਜੀ। ਉੱਥੋਂ [[PERSON:Oluwaseun]] ਨੇ ਫ਼ੋਨ ਕੀਤਾ। ਉਹਨਾਂ ਨੇ police
ਨਾਲ ਮਿਲ ਕੇ car park 'ਤੇ barrier ਲਗਾਇਆ, CCTV, ਨਵੀਆਂ ਲਾਈਟਾਂ। ਸਾਡੇ letterbox 'ਤੇ
fireproof ਬਾਕਸ ਲਗਾਇਆ। ਮਾਫ਼ੀ ਦੀ ਚਿੱਠੀ ਵੀ ਆਈ।
[00:02:40] ਖੋਜਕਾਰ: ਉਹਨਾਂ ਨੇ ਕੀ ਸਿੱਖਿਆ?
[00:02:42] [[PERSON:ਮਨਪ੍ਰੀਤ]]: ਕਹਿੰਦੇ ਹੁਣ ASB ਕੇਸ ਸ਼ੁਰੂ ਤੋਂ ਅਖੀਰ ਤੱਕ ਇੱਕ officer ਕੋਲ
ਰਹਿੰਦਾ ਹੈ, ਅਤੇ ਜੇ ਘਰ ਵਿੱਚ ਕੋਈ vulnerable ਹੋਵੇ ਤਾਂ ਹਰ ਹਫ਼ਤੇ ਫ਼ੋਨ ਆਉਂਦਾ ਹੈ। ਮੰਮੀ
ਹੁਣ ਥੋੜ੍ਹਾ ਠੀਕ ਸੌਂਦੇ ਨੇ।
"""),
    ),
    (
        "fv2bk-pa-04",
        "pa",
        _s("""
[[PERSON:ਸਿਮਰਨ]]: ਆਂਟੀ ਜੀ, recording ਚੱਲ ਰਹੀ ਹੈ। ਪਹਿਲਾਂ ਨਾਮ ਅਤੇ ਪਤਾ, ਜੇ ਤੁਸੀਂ
ਚਾਹੋ।
[[PERSON:ਬਲਜਿੰਦਰ]]: ਹਾਂ, ਕੋਈ ਗੱਲ ਨਹੀਂ। [[PERSON:ਬਲਜਿੰਦਰ ਕੌਰ ਗਰੇਵਾਲ]]।
[[ADDRESS:੯੦ Birchfield Road]], postcode [[POSTCODE:ਡਬਲਯੂ ਵੀ ਚਾਰ, ਛੇ ਈ ਐੱਫ]]।
ਲਿਖਣਾ ਹੋਵੇ ਤਾਂ [[POSTCODE:WV4 6EF]]।
[[PERSON:ਸਿਮਰਨ]]: ਅਤੇ ਕੀ ਹੋਇਆ ਸੀ?
[[PERSON:ਬਲਜਿੰਦਰ]]: ਛੱਤ ਚੋਂਦੀ ਸੀ, ਕੁੜੀ [[PERSON:ਪ੍ਰੀਤ]] ਦੇ ਕਮਰੇ ਵਿੱਚ। ਮੀਂਹ ਪੈਂਦਾ
ਤਾਂ ਬਾਲਟੀਆਂ। [[ORGANISATION:Penn Valley Homes]] ਵਾਲਿਆਂ ਨੂੰ ਦੱਸਿਆ, ਇੱਕ ਮੁੰਡਾ
ਆਇਆ, [[PERSON:ਸਨੀ]], ਉਸਨੇ ਛੱਤ 'ਤੇ ਚੜ੍ਹ ਕੇ ਦੇਖਿਆ ਤੇ ਕਿਹਾ ਟਾਈਲਾਂ ਬਦਲਣੀਆਂ
ਪੈਣਗੀਆਂ, ਮੈਂ report ਕਰਾਂਗਾ। ਫਿਰ ਪੰਜ ਮਹੀਨੇ ਕੁਝ ਨਹੀਂ।
[[PERSON:ਸਿਮਰਨ]]: ਤੁਸੀਂ ਈਮੇਲ ਵੀ ਕੀਤੀ ਸੀ ਨਾ?
[[PERSON:ਬਲਜਿੰਦਰ]]: ਹਾਂ, ਮੇਰੀ ਈਮੇਲ ਹੈ
[[EMAIL:ਬੀ ਡੌਟ ਗਰੇਵਾਲ ਐਟ ਐਗਜ਼ੈਂਪਲ ਡੌਟ ਕੌਮ]]। ਬੀ, ਫਿਰ ਡੌਟ, ਫਿਰ
[[PERSON:ਜੀ ਆਰ ਈ ਡਬਲਯੂ ਏ ਐੱਲ]]। [ਹੱਸਦੀ ਹੈ] ਸ਼ਿਕਾਇਤ ਦਾ ਨੰਬਰ
[[REFERENCE:PVH ੬੨੦੪੮]]।
[[PERSON:ਸਿਮਰਨ]]: ਫਿਰ ਹੱਲ ਕਿਵੇਂ ਹੋਇਆ?
[[PERSON:ਬਲਜਿੰਦਰ]]: [[PERSON:ਪ੍ਰੀਤ]] ਨੂੰ [[HEALTH:ਬ੍ਰੌਂਕਾਈਟਿਸ]] ਹੋ ਗਿਆ, GP ਨੇ letter
ਦਿੱਤਾ। ਫਿਰ complaints ਵਾਲੀ Ms [[PERSON:Adebayo]] ਨੇ file ਦੇਖੀ ਤੇ ਪਤਾ ਲੱਗਾ ਕਿ
[[PERSON:ਸਨੀ]] ਦੀ report ਕਿਸੇ ਨੇ ਖੋਲ੍ਹੀ ਹੀ ਨਹੀਂ ਸੀ। ਦੋ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਨਵੀਂ ਛੱਤ,
ਕਮਰੇ ਦੀ ਛੱਤ 'ਤੇ ਨਵਾਂ plaster, ਪੇਂਟ, ਅਤੇ ਚਾਰ ਸੌ ਪੌਂਡ।
[[PERSON:ਸਿਮਰਨ]]: ਅਤੇ ਸਬਕ ਕੀ ਰਿਹਾ?
[[PERSON:ਬਲਜਿੰਦਰ]]: ਕਹਿੰਦੇ ਨੇ ਹੁਣ ਹਰ surveyor report ਦਾ ਇੱਕ manager ਨੂੰ alert
ਜਾਂਦਾ ਹੈ, ਤਾਂ ਜੋ ਕੋਈ report ਡੱਬੇ ਵਿੱਚ ਪਈ ਨਾ ਰਹੇ। [[PERSON:ਪ੍ਰੀਤ]] ਦਾ ਕਮਰਾ ਹੁਣ
ਸੁੱਕਾ ਹੈ, ਰੱਬ ਦਾ ਸ਼ੁਕਰ।
"""),
    ),
    (
        "fv2bk-pa-05",
        "pa",
        _s("""
[ਖੋਜ ਇੰਟਰਵਿਊ, ਭਾਗੀਦਾਰ ੧੯। ਇੰਟਰਵਿਊਅਰ ਅਤੇ ਜਵਾਬ।]
ਇੰਟਰਵਿਊਅਰ: ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ heating charges ਬਾਰੇ ਸੀ?
ਜਵਾਬ: ਹਾਂ ਜੀ। ਮੈਂ [[PERSON:ਰਾਜਵਿੰਦਰ ਕੌਰ ਸਿੱਧੂ]] ਹਾਂ, ਚਿੱਠੀਆਂ 'ਤੇ
[[PERSON:Rajwinder K Sidhu]] ਲਿਖਦੇ ਨੇ। ਦੋ ਬੱਚੇ, [[PERSON:ਅਮਨ]] ([[AGE:੧੦ ਸਾਲ]])
ਅਤੇ [[PERSON:ਨਵਨੀਤ]] ([[AGE:੭ ਸਾਲ]])। ਅਸੀਂ [[ADDRESS:ਫਲੈਟ ੧੭]],
[[ADDRESS:Thornbury Point]] ਵਿੱਚ ਹਾਂ, ਉੱਥੇ ਸਾਰੀ ਬਿਲਡਿੰਗ ਦੀ communal heating ਹੈ।
ਇੰਟਰਵਿਊਅਰ: ਕੀ ਗ਼ਲਤ ਹੋਇਆ?
ਜਵਾਬ: ਪਿਛਲੇ ਸਾਲ heating ਦਾ ਖ਼ਰਚਾ ਦੁੱਗਣਾ ਹੋ ਗਿਆ, ਹਫ਼ਤੇ ਦੇ ਪੱਚੀ ਪੌਂਡ ਤੋਂ ਪੰਜਾਹ।
ਅਤੇ ਸਰਦੀਆਂ ਵਿੱਚ ਤਿੰਨ ਹਫ਼ਤੇ heating ਬੰਦ ਵੀ ਰਹੀ! ਮੈਂ
[[ORGANISATION:Northfleet Estates]] ਨੂੰ ਫ਼ੋਨ ਕੀਤਾ, ਉਹ ਪਛਾਣ ਲਈ ਜਨਮ ਤਾਰੀਖ਼ ਪੁੱਛਦੇ:
[[DATE_OF_BIRTH:ਸੱਤ ਜੂਨ ਉੱਨੀ ਸੌ ਨੱਬੇ]]। rent account ਨੰਬਰ
[[REFERENCE:NE-੦੦੮੮੧੨]]। ਕਹਿੰਦੇ ਸੀ ਗੈਸ ਮਹਿੰਗੀ ਹੋ ਗਈ, ਸਭ ਲਈ ਇੱਕੋ ਜਿਹਾ।
ਇੰਟਰਵਿਊਅਰ: ਪਰ?
ਜਵਾਬ: ਪਰ ਨਾਲ ਵਾਲੇ ਗੁਆਂਢੀ [[PERSON:Errol]] ਦਾ ਬਿੱਲ ਵਧਿਆ ਹੀ ਨਹੀਂ ਸੀ। [ਹੱਸਦੀ ਹੈ]
ਅਸੀਂ ਤੁਲਨਾ ਕੀਤੀ। ਮੈਂ bank statements ਕੱਢੇ, account ਜਿਸਦੇ ਅਖੀਰ ਵਿੱਚ
[[OTHER_ID:੫੫੦੯]] ਹੈ, sort code [[OTHER_ID:੩੦-੯੪-੧੭]], ਅਤੇ ਹਰ ਮਹੀਨੇ ਦਾ ਪੈਸਾ
ਦਿਖਾਇਆ। ਮੇਰੀ ਭਰਜਾਈ [[PERSON:ਕਿਰਨ]] accounts ਦਾ ਕੰਮ ਕਰਦੀ ਹੈ, ਉਸਨੇ spreadsheet
ਬਣਾਈ।
ਇੰਟਰਵਿਊਅਰ: ਫਿਰ ਕੀ ਹੋਇਆ?
ਜਵਾਬ: Formal complaint ਕੀਤੀ। ਜਵਾਬ Mr [[PERSON:Doyle]] ਨੇ ਦਿੱਤਾ। ਉਸਨੇ ਮੰਨਿਆ ਕਿ
ਸਾਡਾ heat meter ਕਿਸੇ ਹੋਰ ਫਲੈਟ ਨਾਲ ਜੁੜਿਆ ਹੋਇਆ ਸੀ, ਅਸੀਂ ਦੋ ਘਰਾਂ ਦਾ ਬਿੱਲ ਭਰ ਰਹੇ
ਸੀ। ਸੱਤ ਸੌ ਵੀਹ ਪੌਂਡ ਵਾਪਸ, ਅਤੇ heating ਬੰਦ ਰਹਿਣ ਦਾ ਮੁਆਵਜ਼ਾ ਵੱਖਰਾ।
ਇੰਟਰਵਿਊਅਰ: ਸਬਕ?
ਜਵਾਬ: ਹੁਣ ਹਰ ਸਾਲ meters ਦੀ ਜਾਂਚ ਹੁੰਦੀ ਹੈ, ਅਤੇ ਜੇ ਕਿਸੇ ਦਾ ਬਿੱਲ ਅਚਾਨਕ ਬਹੁਤ ਵਧੇ
ਤਾਂ ਸਿਸਟਮ ਆਪੇ ਫਲੈਗ ਕਰਦਾ ਹੈ। ਪਹਿਲਾਂ ਇਹ ਕਿਰਾਏਦਾਰ ਨੂੰ ਆਪ ਸਾਬਤ ਕਰਨਾ ਪੈਂਦਾ ਸੀ।
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
