"""Fresh version-2 PII test stories, batch br.

Exported group chats pasted as they came out of the phone: block and family groups on WhatsApp (iOS
and Android layouts, Arabic-Indic timestamps in one), Telegram and Messenger, with saved contact names
("Kev Flat 9", "Siobhan Top Flat", "Imran Bhai", "Mum ❤️"), unsaved numbers as senders, system lines,
deleted messages, media placeholders in the phone's language, a shared map pin and profile links.
Residents coordinate a complaint (damp, heating, leaks, lifts, ASB, pests, adaptations, overcrowding,
charges) and report how it was put right. Every appearance of a sender's name is PERSON, an unsaved
sender number is PHONE, and "Flat 9", "Top Flat", "5B", "ap. 3" in contact names are ADDRESS; kinship
and honorific words (Mum, Aunty, Khala, Bhai, Apa, Nea, pani, ਵੀਰ ਜੀ) stay outside the spans, while
Arabic teknonyms (أم خالد, أبو سمير) are marked whole as PERSON and a map link pinning the family's
tower is ADDRESS. Message dates, towns, tenure lengths, a boiler's age, money, counts, "over eighty"
and name-like words (Will as a verb, "Speranța moare ultima", رمضان كريم, আশা করি, শান্তিতে, ਸੁੱਖ-ਸਾਂਦ,
"Floarea de Crăciun", a rose on a balcony) stay unmarked.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 7 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 68.6% of 35, recall 95.9%, precision 82.0%, on the committed
detector 3f061ca (after round 61); leak-free by language ar 2, bn 4, en 4, pa 2, pl 4, ro 4, ur 4 of 5.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2br-en-01",
        "en",
        _s("""
[03/11/2024, 19:02] [[PERSON:Kev]] [[ADDRESS:Flat 9]]: Right who else has got the black mould back? Ours is up the wall behind the wardrobe again
[03/11/2024, 19:05] [[PERSON:Gosia K]]: Same 🙁 kitchen ceiling at [[ADDRESS:flat 4]] drips every time the shower upstairs goes on
[03/11/2024, 19:05] [[PERSON:Gosia K]]: <Media omitted>
[03/11/2024, 19:11] [[PHONE:+44 7700 900412]]: Hi all it's [[PERSON:Bernie]] from the ground floor, [[PERSON:Dele]] gave me the link. I think mine's the worst, my [[PERSON:Ellis]] is only [[AGE:4]] and his room is green 🤢
[03/11/2024, 19:12] [[PERSON:Dele Adeyemi]]: Welcome [[PERSON:Bernie]] 👋 Suggestion for everyone: log it separately AND we send one joint complaint. [[ORGANISATION:Harbourside Homes]] only move when there's a stack of them
[04/11/2024, 08:15] [[PERSON:Kev]] [[ADDRESS:Flat 9]]: Logged. Repair job [[REFERENCE:7730214]]
[04/11/2024, 08:40] [[PERSON:Gosia K]]: mine [[REFERENCE:7730219]]. Lady on the phone said "mould wash within 28 days" 🙄
[04/11/2024, 12:02] [[PERSON:Dele Adeyemi]]: Joint complaint gone to [[EMAIL:complaints@harbourside-homes.example.org]] for the whole of [[ADDRESS:Corrigan House]], photos and job numbers attached. Ref came back already: [[REFERENCE:HH/CMP/55810]]
[09/11/2024, 21:47] [[PHONE:+44 7700 900412]]: This message was deleted
[09/11/2024, 21:48] [[PHONE:+44 7700 900412]]: sorry wrong chat 😂 [[PERSON:Ellis]]'s [[HEALTH:asthma]] is worse this week, the GP at [[ADDRESS:Fernbank Surgery]] did a letter, shall I send it to you [[PERSON:Dele]]?
[19/11/2024, 10:20] [[PERSON:Gosia K]]: Surveyor came!! [[PERSON:Will]], tall guy, actually went up on the roof. Says the extractor ducts on our whole stack were never connected when the kitchens were done in 2019 🤯
[19/11/2024, 10:22] [[PERSON:Kev]] [[ADDRESS:Flat 9]]: [[PERSON:Will]] came to mine after, he was sound tbh
[02/12/2024, 18:00] [[PERSON:Dele Adeyemi]]: Stage 1 reply in. Upheld 🎉 Ducting fixed in all 12 flats, mould treatment, redecorating, £250 each for the inconvenience and extra for [[PERSON:Bernie]] because of the medical letter
[14/01/2025, 17:45] [[PERSON:Kev]] [[ADDRESS:Flat 9]]: Top floor ducts done. Bathroom fan actually pulls now, the tissue test works lol
[28/01/2025, 20:10] [[PERSON:Gosia K]]: Kitchen dry two weeks running. Lesson from me: one complaint with everyone's job numbers beats ten phone calls
[28/01/2025, 20:12] [[PERSON:Dele Adeyemi]]: And date your photos. Pinning this 📌
"""),
    ),
    (
        "fv2br-en-02",
        "en",
        _s("""
14/01/2025, 07:12 - Mum ❤️: Grandad's heating is off AGAIN. He rang me at 6, he's sat in his coat
14/01/2025, 07:15 - [[PERSON:Jermaine]]: Not again. Third time since Christmas
14/01/2025, 07:16 - Aunty [[PERSON:Marcia]]: I'm on lates, can't get there till 2. Somebody ring [[ORGANISATION:Eastmoor Council]] repairs
14/01/2025, 07:20 - [[PERSON:Jermaine]]: Ringing now [[PHONE:020 7946 0381]]
14/01/2025, 07:58 - [[PERSON:Jermaine]]: 38 mins on hold. They want his details, what's his DOB again?
14/01/2025, 07:59 - Mum ❤️: [[DATE_OF_BIRTH:2nd June 1941]]. Tell them he's [[AGE:83]] and he's got the [[HEALTH:COPD]], the cold goes straight on his chest
14/01/2025, 08:03 - [[PERSON:Jermaine]]: Done, job [[REFERENCE:EBC-R-448120]]. Engineer "within 72 hours" 😡
14/01/2025, 08:04 - [[PERSON:Tash]]: That's not ok for someone his age. Ask them to put him on the vulnerable list
14/01/2025, 08:05 - [[PERSON:Tash]]: Location: [[ADDRESS:https://maps.google.com/?q=51.5463,-0.0552]]
14/01/2025, 08:06 - [[PERSON:Tash]]: that's the tower for the engineer, entrance is round the back by the bins, [[ADDRESS:Flat 22]] on the 7th floor
14/01/2025, 12:30 - Aunty [[PERSON:Marcia]]: Took him two fan heaters from mine. [[PERSON:Desmond Clarke]] does not make a fuss but he was shaking
15/01/2025, 19:02 - Mum ❤️: Nobody came. I've put a complaint in online and said he's on oxygen at night
15/01/2025, 19:03 - Mum ❤️: <Media omitted>
15/01/2025, 19:10 - [[PERSON:Jermaine]]: Stage 1 ref [[REFERENCE:CMP0093317]] 👍 I cc'd the ward councillor as well
16/01/2025, 10:44 - Aunty [[PERSON:Marcia]]: Engineer here!! [[ORGANISATION:Warmline Heating]]. The pump for the whole riser in [[ADDRESS:Beaumont Tower]] was going, they're swapping it today
03/02/2025, 18:20 - Mum ❤️: Letter from the complaints team. They apologised, £150 towards the electric for the heaters, and Grandad is flagged as vulnerable now so it's 24 hours max and heaters the same day
03/02/2025, 18:22 - [[PERSON:Tash]]: About time. Lesson: say the medical stuff on the FIRST call not the third
03/02/2025, 18:25 - [[PERSON:Jermaine]]: And they wanted his NHS number for the flag, it's [[OTHER_ID:485 777 3456]] if anyone needs it again
03/02/2025, 18:26 - [[PERSON:Jermaine]]: actually I'll delete that later lol
"""),
    ),
    (
        "fv2br-en-03",
        "en",
        _s("""
[[PERSON:Hope Mensah]], [21.06.2025 23:41]
Anyone else awake? Bass coming up through my floor from [[ADDRESS:3B]] again, fourth weekend in a row
[[PERSON:Sunny]], [21.06.2025 23:44]
Yep. Six cars outside as well. The silver Golf [[OTHER_ID:YD19 KXP]] is parked across the bin store again
[[PERSON:Mark O'Dwyer]], [21.06.2025 23:50]
Found it, it's on Instagram as a party let. [[OTHER_ID:@ls6_partyflat]] "sleeps 10, no neighbours to worry about" 🙃
[[PERSON:Hope Mensah]], [21.06.2025 23:52]
No neighbours?? There's eight households in [[ADDRESS:Wharfedale Court]]
[[PERSON:Sunny]], [22.06.2025 09:15]
Morning all. Rang [[ORGANISATION:Aire Valley Housing]] out of hours last night, they said log it with the ASB team on Monday. I'll mark the times on the diary sheet
[[PERSON:Mark O'Dwyer]], [23.06.2025 10:02]
Done, ASB case [[REFERENCE:AVH-ASB-25-0871]]. Officer is [[PERSON:Priya Lal]], direct line [[PHONE:0113 496 0274]]. She wants everyone's diary sheets and says use the Noise App for recordings
[[PERSON:Hope Mensah]], [23.06.2025 10:05]
I hope she means it. Last year the reports about that flat just got closed with no visit
[[PERSON:Sunny]], [23.06.2025 10:09]
Screenshots of the advert sent to her. Told her it's [[ADDRESS:Wharfedale Court]], [[POSTCODE:ls6 2rt]] and the listing even shows our stairwell 🤦‍♂️
[[PERSON:Mark O'Dwyer]], [15.07.2025 18:30]
Update from [[PERSON:Priya]]: the tenant of [[ADDRESS:3B]] was subletting it, which breaks the tenancy. Notice served and the Instagram page is gone
[[PERSON:Hope Mensah]], [02.09.2025 20:11]
Quiet for six weeks now 🙏 [[ORGANISATION:Aire Valley Housing]] wrote to all of us, apologised that the first reports were closed without anyone coming out, and they now check short-let sites for their own addresses every month
[[PERSON:Sunny]], [02.09.2025 20:15]
What worked: diaries + recordings + that advert. Will keep this group going anyway, nice to actually know you all 🙂
"""),
    ),
    (
        "fv2br-en-04",
        "en",
        _s("""
[[PERSON:Aisha Malik]] named the group Nani's bathroom 🚿
[[PERSON:Aisha Malik]] added [[PERSON:Zain Malik]] and [[PERSON:Rubina]] Khala to the group.
[[PERSON:Aisha Malik]] · 10 Feb 2025, 09:12
EIGHT months since the OT said Nani needs a level access shower and [[ORGANISATION:Pennine Vale Homes]] have done nothing. She got stuck in the bath again, [[PERSON:Zain]] had to lift her out
[[PERSON:Zain Malik]] · 10 Feb 2025, 09:20
She's [[AGE:79]], her left side is weak since the [[HEALTH:stroke]] and the [[HEALTH:arthritis]] is bad in the mornings. We can't keep doing this
[[PERSON:Rubina]] Khala · 10 Feb 2025, 09:41
Beta I rang in November, they said the OT report never arrived. I have a copy
[[PERSON:Aisha Malik]] · 10 Feb 2025, 10:05
Right I'm doing a formal complaint. Full name [[PERSON:Zubaida Begum]], [[ADDRESS:62 Carlisle Terrace]], [[POSTCODE:bd8 9qe]]... Khala what's her NI number, the form asks
[[PERSON:Rubina]] Khala · 10 Feb 2025, 10:09
[[NI_NUMBER:JK 40 71 22 C]]. And write that she wants a lady OT and lady fitters if possible, she's [[OTHER_SPECIAL:Muslim]] and very private about this
[[PERSON:Zain Malik]] · 10 Feb 2025, 10:11
Also put that she's stopped going to [[ADDRESS:Masjid Al-Falah]] round the corner because she can't wash properly and feels embarrassed 😔
[[PERSON:Aisha Malik]] · 10 Feb 2025, 16:30
Sent. Complaint ref [[REFERENCE:PVH-C-20931]]
[[PERSON:Aisha Malik]] · 24 Feb 2025, 12:02
Update 🙌 A man called [[PERSON:Bill Hartley]] rang, he's their adaptations coordinator. The OT report was sitting in a shared inbox nobody checks. Survey Thursday, female surveyor
[[PERSON:Zain Malik]] · 24 Feb 2025, 12:10
[[PERSON:Bill]] the adaptations man 😂 finally a human
[[PERSON:Rubina]] Khala · 11 Apr 2025, 19:45
Wet room finished! Grab rails, seat, non-slip floor. Nani cried after her first proper shower in a year. They paid £300 and apologised in writing
[[PERSON:Aisha Malik]] · 11 Apr 2025, 19:52
And now every OT recommendation gets a named coordinator and a target date. Lesson: always ask "who owns this?" and get a name
[[PERSON:Zain Malik]] · 11 Apr 2025, 19:55
❤️ I'm paying Nani's water bill this month to celebrate lol
"""),
    ),
    (
        "fv2br-en-05",
        "en",
        _s("""
18/03/2025, 20:03 - [[PERSON:Siobhan]] [[ADDRESS:Top Flat]]: Has everyone opened the service charge letter from [[ORGANISATION:Castlegate Living]]? £1,180 each for "communal cleaning and lighting" 😳
18/03/2025, 20:05 - [[PERSON:Tomasz Nowicki]]: Cleaning?? Nobody has cleaned those stairs since I moved in
18/03/2025, 20:07 - [[PERSON:Grace]] [[ADDRESS:Basement Flat]]: And the hall bulb has been out since last spring. I use my phone torch to find my door
18/03/2025, 20:09 - [[PERSON:Siobhan]] [[ADDRESS:Top Flat]]: Plus the roof is still dripping into my hallway. I'll ask for a full breakdown for all three of us. Ok to give them your names?
18/03/2025, 20:10 - [[PERSON:Tomasz Nowicki]]: yes of course
18/03/2025, 20:10 - [[PERSON:Grace]] [[ADDRESS:Basement Flat]]: Fine by me, they can email me on [[EMAIL:grace.ojo@example.com]]
18/03/2025, 20:31 - [[PERSON:Siobhan]] [[ADDRESS:Top Flat]]: Sent. Replies come to me at [[EMAIL:siobhan dot nibhriain at example dot net]]. Gave the address as [[ADDRESS:40 Ashby Road]], [[POSTCODE:M14 6QP]]
02/04/2025, 09:14 - [[PERSON:Siobhan]] [[ADDRESS:Top Flat]]: Logged as a complaint, ref [[REFERENCE:CL-SC-7742]]. The "breakdown" says weekly cleaning 🙄
15/05/2025, 18:40 - [[PERSON:Siobhan]] [[ADDRESS:Top Flat]]: Stage 2 says the charge is "reasonable". I've gone to the Housing Ombudsman, case [[REFERENCE:202408815]]
15/05/2025, 18:44 - [[PERSON:Grace]] [[ADDRESS:Basement Flat]]: Good on you 👏
15/05/2025, 18:45 - [[PERSON:Tomasz Nowicki]]: This message was deleted
22/09/2025, 19:02 - [[PERSON:Siobhan]] [[ADDRESS:Top Flat]]: BIG news. Ombudsman found maladministration. The cleaning invoices were for a different building! Refund of £640 each, the roof was fixed in August, and [[ORGANISATION:Castlegate]] now have to check contractor invoices against site visits
22/09/2025, 19:05 - [[PERSON:Tomasz Nowicki]]: Unbelievable. They want bank details for the refund, mine is sort code [[OTHER_ID:40-47-12]] account ending [[OTHER_ID:5531]], should I just reply to their email?
22/09/2025, 19:06 - [[PERSON:Siobhan]] [[ADDRESS:Top Flat]]: Ring them on [[PHONE:0161 496 0732]] and give it over the phone, never email bank details 🙈
22/09/2025, 19:08 - [[PERSON:Grace]] [[ADDRESS:Basement Flat]]: Lesson learned: ask for the invoices, not the summary. And never trust the word "reasonable" 😂
"""),
    ),
    (
        "fv2br-pl-01",
        "pl",
        _s("""
[08/01/2025, 06:48] [[PERSON:Marek]] [[ADDRESS:Flat 12]]: Dzień dobry, u was też zimne kaloryfery? U mnie 14 stopni w pokoju 🥶
[08/01/2025, 06:52] [[PERSON:Gosia Wiśniewska]]: U nas to samo, ciepłej wody też brak. Mała ma [[AGE:2 latka]], kąpię ją w misce z wodą z czajnika
[08/01/2025, 07:03] [[PERSON:Marek]] [[ADDRESS:Flat 12]]: Dzwoniłem na repairs, mówią że kocioł w piwnicy padł i czekają na część. Kiedy? Nie wiedzą
[08/01/2025, 07:10] [[PERSON:Ela]] z parteru: Kochani, ja mam [[HEALTH:POChP]], nie mogę siedzieć w zimnie. Kto ma numer do [[ORGANISATION:Nene Valley Homes]]?
[08/01/2025, 07:12] [[PERSON:Gosia Wiśniewska]]: [[PHONE:07700 900 286]] – to ich emergency, ale trzeba swoje odczekać
[08/01/2025, 07:30] [[PERSON:Gosia Wiśniewska]] dodał(a) [[PERSON:Tomek Lis]]
[08/01/2025, 07:31] [[PERSON:Tomek Lis]]: Cześć wszystkim. Jestem hydraulikiem, mogę zerknąć na kocioł jak pozwolą, ale wątpię 😅
[08/01/2025, 09:15] [[PERSON:Marek]] [[ADDRESS:Flat 12]]: Wysłałem skargę mailem na [[EMAIL:complaints@nenevalleyhomes.example.co.uk]] w imieniu całego [[ADDRESS:Kestrel Court]]. Numer sprawy [[REFERENCE:NVH-2025-0114]]
[08/01/2025, 09:16] [[PERSON:Marek]] [[ADDRESS:Flat 12]]: Napisałem, że pani [[PERSON:Ela]] ma chore płuca i że w bloku jest małe dziecko. Mam nadzieję, że nie macie nic przeciwko
[08/01/2025, 09:20] [[PERSON:Ela]] z parteru: Dziękuję, [[PERSON:Marku]] ❤️
[09/01/2025, 16:40] [[PERSON:Gosia Wiśniewska]]: Przywieźli grzejniki elektryczne! Po mailu [[PERSON:Marka]] w niecałą dobę, a po telefonach przez dwa dni nic 🙄 Kierowca pytał o adres, podałam [[ADDRESS:Kestrel Court]], [[POSTCODE:pe1 3xn]]
[17/01/2025, 11:05] [[PERSON:Tomek Lis]]: Nowa pompa w kotłowni zamontowana, widziałem ekipę z [[ORGANISATION:Anglia Boiler Services]]. Ciepło wraca
[30/01/2025, 19:22] [[PERSON:Marek]] [[ADDRESS:Flat 12]]: Odpowiedź na skargę: przyznali, że nie mieli żadnego planu awaryjnego. Każde mieszkanie dostaje £120 zwrotu za prąd z grzejników, a pani [[PERSON:Ela]] i [[PERSON:Gosia]] z małą są teraz na liście osób wrażliwych
[30/01/2025, 19:25] [[PERSON:Gosia Wiśniewska]]: Wniosek na przyszłość: od razu mail, nie tylko telefon, i pisać o zdrowiu i dzieciach na samym początku 👍
[30/01/2025, 19:26] [[PERSON:Ela]] z parteru: 🙏🙏
"""),
    ),
    (
        "fv2br-pl-02",
        "pl",
        _s("""
[[PERSON:Wojtek Kaczmarek]] (12.03.2025, 20:14): Mamo, wyślij mi zdjęcia tej pleśni w sypialni, napiszę do nich po angielsku
Mama 🌷 (12.03.2025, 20:31): <zdjęcie> <zdjęcie> Czarne już za szafą i na suficie. Kaszlę po nocach, [[HEALTH:astma]] mi się pogorszyła
ciocia [[PERSON:Basia]] (12.03.2025, 20:35): [[PERSON:Halinko]], wyszoruj octem i wietrz! U nas w Radomiu zawsze tak się robiło
[[PERSON:Zuzia]] (12.03.2025, 20:40): Ciociu, ocet nie pomoże, to wina budynku 🙄 Babciu, przyjdę w sobotę i zmierzę wilgotność, mamy w szkole taki miernik
[[PERSON:Wojtek Kaczmarek]] (13.03.2025, 08:02): Wysłane do [[ORGANISATION:Chiltern Edge Housing]]. Podałem adres [[ADDRESS:Poplar Close 14]], [[POSTCODE:lu4 0pn]] i swój mail [[EMAIL:w.kaczmarek@example.com]], żeby mama nie musiała nic tłumaczyć. Numer skargi: [[REFERENCE:CEH/2025/0318]]
Mama 🌷 (20.03.2025, 17:45): Przyszedł pan, pomalował farbą przeciw grzybowi i poszedł. Powiedział, żebym nie suszyła prania w domu. A gdzie mam suszyć, na [[ADDRESS:Poplar Close]] nie ma żadnej suszarni
[[PERSON:Zuzia]] (22.03.2025, 14:10): Zmierzyłyśmy z babcią: 78% wilgotności w sypialni 😬 Tato, dopisz to
[[PERSON:Wojtek Kaczmarek]] (24.03.2025, 09:00): Dopisane. Poprosiłem o etap 2 i prawdziwą inspekcję. Jak nie pomogą, idziemy do Ombudsmana
[[PERSON:Wojtek Kaczmarek]] (05.05.2025, 19:30): Ombudsman przyjął sprawę, numer [[REFERENCE:202503391]]. Ale [[ORGANISATION:Chiltern Edge]] sami zadzwonili następnego dnia, chcą to załatwić
Mama 🌷 (16.06.2025, 18:12): Kochani! Nowy wentylator w łazience i w kuchni, ocieplili strych i porządnie wyczyścili ściany. Dali 400 funtów i przeprosiny na piśmie. Pan [[PERSON:Dariusz]] z ekipy nawet mówił po polsku 😊 A [[PERSON:Wojtkowi]] należy się medal
ciocia [[PERSON:Basia]] (16.06.2025, 18:20): No widzisz, [[PERSON:Halinko]], a ja mówiłam ocet 😂
[[PERSON:Zuzia]] (16.06.2025, 18:21): ciociu 😂😂
[[PERSON:Wojtek Kaczmarek]] (16.06.2025, 18:30): Na przyszłość: pomiary, zdjęcia z datami i wszystko na piśmie. I od razu pisać o zdrowiu. Dzięki [[PERSON:Zuzi]] za miernik 💪
"""),
    ),
    (
        "fv2br-pl-03",
        "pl",
        _s("""
[[PERSON:Róża W]], [05.05.2025 18:02]
Dziewczyny, znowu karaluchy w kuchni. Tym razem wyszły spod zlewu przy dziecku 🤢
[[PERSON:Natalia]], [05.05.2025 18:05]
U nas to samo na drugim piętrze. [[ORGANISATION:Brindley Homes]] przysłali firmę dwa razy i nic
[[PERSON:Wiesiek]], [05.05.2025 18:20]
Bo pryskają jedno mieszkanie, a one chodzą po rurach. Trzeba cały blok naraz. Pani [[PERSON:Róży]] mówiłem to już w marcu
[[PERSON:Róża W]], [05.05.2025 18:31]
Wrzuciłam filmik na TikToka, [[OTHER_ID:@roza.w.brum]], może ktoś w końcu zobaczy 🤷‍♀️
[[PERSON:Bogdan Szymański]], [06.05.2025 09:12]
Napisałem oficjalną skargę w imieniu całego [[ADDRESS:Lichfield House]], [[POSTCODE:b10 9ux]]. Zgłoszenie [[REFERENCE:55031822]], skarga [[REFERENCE:BH-CMP-6620]]. Jako kontakt dałem swój numer, [[PHONE:07700 900 731]]
[[PERSON:Natalia]], [12.05.2025 21:00]
Filmik [[PERSON:Róży]] ma 40 tysięcy wyświetleń 😳 pisał do niej ktoś z lokalnej gazety
[[PERSON:Wiesiek]], [13.05.2025 10:40]
Dzwonili do mnie z [[ORGANISATION:Brindley Homes]]. Chcą zrobić cały budynek w jeden dzień, firma [[ORGANISATION:PestAway Midlands]]. Wszyscy muszą wpuścić, 20 maja od 8 rano
[[PERSON:Róża W]], [20.05.2025 19:15]
Zrobione. Zakleili też dziury wokół rur w każdym mieszkaniu. Nawet moja róża na balkonie przeżyła opryski 😂🌹
[[PERSON:Bogdan Szymański]], [18.06.2025 08:30]
Odpowiedź na skargę: przyznali, że zabiegi w pojedynczych mieszkaniach nie działały. Teraz przy karaluchach robią cały blok od razu plus kontrola po 4 tygodniach. £75 dla każdego mieszkania za wyrzucone jedzenie
[[PERSON:Natalia]], [18.06.2025 08:45]
Brawo [[PERSON:Bogdan]] i brawo [[PERSON:Różo]] 👏 Wniosek: razem, jednym pismem, i nagłośnić. Sama bym tego nie ruszyła
[[PERSON:Wiesiek]], [18.06.2025 09:02]
Od 6 tygodni ani jednego 👍 Dzięki [[PERSON:Bogdanowi]] za pisanie po angielsku
"""),
    ),
    (
        "fv2br-pl-04",
        "pl",
        _s("""
04/02/2025, 21:10 - [[PERSON:Ania]] ❤️: [[PERSON:Piotruś]], przyszedł list z council. Dalej band C 😞 Mimo że jest nas pięcioro w dwóch pokojach
04/02/2025, 21:12 - [[PERSON:Piotrek]]: Serio? Po tym wszystkim? [[PERSON:Antoś]] śpi z [[PERSON:Lenką]] w jednym pokoju, a [[PERSON:Kubuś]] z nami
04/02/2025, 21:15 - Babcia [[PERSON:Krysia]]: Dzieci kochane, a nie można się odwołać? U nas się pisze odwołanie
04/02/2025, 21:20 - [[PERSON:Ania]] ❤️: Można, mamo. Tu się nazywa review. Potrzebuję list ze szkoły [[PERSON:Antosia]] i od pediatry
04/02/2025, 21:22 - [[PERSON:Piotrek]]: Jutro pójdę do [[ADDRESS:St Joseph's Catholic Primary]], pani [[PERSON:Hughes]] obiecała pomóc. Ona widzi, jaki [[PERSON:Antoś]] jest zmęczony, przy [[HEALTH:autyzmie]] on potrzebuje ciszy i swojego kąta
05/02/2025, 08:40 - [[PERSON:Ania]] ❤️: Dane do formularza wpisuję tu, żeby nie zgubić: numer na liście [[REFERENCE:HR 004 7731]], [[PERSON:Antoś]] [[AGE:7 lat]], [[PERSON:Lenka]] [[AGE:4]], [[PERSON:Kubuś]] ur. [[DATE_OF_BIRTH:03.07.2024]]. Wszyscy mamy [[OTHER_SPECIAL:settled status]]
05/02/2025, 08:41 - [[PERSON:Piotrek]]: <Pominięto multimedia>
05/02/2025, 08:41 - [[PERSON:Piotrek]]: list od pani [[PERSON:Hughes]] 👆
12/02/2025, 17:30 - [[PERSON:Ania]] ❤️: Review wysłany do [[ORGANISATION:Colnbrook District Council]] na [[EMAIL:housing.options@colnbrook-dc.example.org]]. Adres podałam [[ADDRESS:Flat 6]], [[ADDRESS:Marsh House]], żeby nie pomylili z innym blokiem
20/03/2025, 12:05 - [[PERSON:Ania]] ❤️: JEST!!! Band B z priorytetem medycznym. Przeprosili, że za pierwszym razem nikt nie przeczytał listu od pediatry 🙏
20/03/2025, 12:07 - Babcia [[PERSON:Krysia]]: Chwała Bogu 😭
04/06/2025, 18:45 - [[PERSON:Piotrek]]: Oferta! Dom z trzema sypialniami, [[ADDRESS:27 Heron Way]]. Oglądamy w piątek
30/06/2025, 20:00 - [[PERSON:Ania]] ❤️: Pierwsza noc w nowym domu. [[PERSON:Antoś]] ma swój pokój i zasnął przed ósmą 🥹 Dla innych na przyszłość: zawsze proście o review i dołączajcie listy ze szkoły i od lekarza, sami z siebie ich nie sprawdzą
30/06/2025, 20:03 - Babcia [[PERSON:Krysia]]: Ucałuj ode mnie [[PERSON:Lenkę]] i [[PERSON:Kubusia]] ❤️
"""),
    ),
    (
        "fv2br-pl-05",
        "pl",
        _s("""
[14/09/2025, 07:30] [[PERSON:Agnieszka]] [[ADDRESS:5B]]: Ratunku, leje mi się z sufitu w łazience!! Kto mieszka nade mną?
[14/09/2025, 07:32] Pan [[PERSON:Zbyszek]] [[ADDRESS:6B]]: To ja. U mnie na podłodze sucho, ale zaraz sprawdzę pod wanną
[14/09/2025, 07:45] Pan [[PERSON:Zbyszek]] [[ADDRESS:6B]]: Pod wanną mokro, pękła rura. Zakręciłem wodę na zaworze
[14/09/2025, 07:46] [[PERSON:Agnieszka]] [[ADDRESS:5B]]: Dziękuję, Panie [[PERSON:Zbyszku]] 🙏
[14/09/2025, 08:10] [[PERSON:Dominika]]: Dzwoniłam za [[PERSON:Agnieszkę]] na emergency [[ORGANISATION:Severnside Living]], [[PHONE:0117 496 0825]]. Podałam [[ADDRESS:5B Redcliffe Mews]], [[POSTCODE:BS1 6XR]]. Mówią, że ktoś będzie „do 24h"
[14/09/2025, 08:11] [[PERSON:Dominika]]: Ta wiadomość została usunięta
[15/09/2025, 19:20] [[PERSON:Krzysiek]]: Hydraulik był?
[15/09/2025, 19:22] [[PERSON:Agnieszka]] [[ADDRESS:5B]]: Był wczoraj wieczorem, wymienił rurę. Ale sufit mokry, prąd w łazience wyłączony i nikt nie mówi, kiedy przyjdą suszyć i malować
[02/10/2025, 12:00] [[PERSON:Agnieszka]] [[ADDRESS:5B]]: Trzy tygodnie ciszy. Dzwoniłam 6 razy, za każdym razem ktoś inny i „no record". Piszę skargę
[02/10/2025, 12:30] [[PERSON:Krzysiek]]: Napisz też o komunikacji, to ich największy problem. Jak chcesz, przetłumaczę, podeślij na [[EMAIL:krzysztof.mazur@example.net]]
[03/10/2025, 09:15] [[PERSON:Agnieszka]] [[ADDRESS:5B]]: Poszło. Numer [[REFERENCE:SL-C-04417]]. Napisałam też, że syn ma [[AGE:10 miesięcy]] i kąpię go w zlewie w kuchni
[10/10/2025, 16:40] [[PERSON:Agnieszka]] [[ADDRESS:5B]]: Zadzwoniła pani [[PERSON:Megan]] z complaints. Teraz jedna osoba prowadzi moją sprawę do końca 👍
[29/10/2025, 18:05] [[PERSON:Agnieszka]] [[ADDRESS:5B]]: Sufit osuszony, elektryk sprawdził lampę, malowanie skończone. Dostałam £200 i przeprosiny. I mówią, że po każdym przecieku będą teraz dzwonić do lokatora co tydzień, aż wszystko będzie zamknięte
[29/10/2025, 18:10] Pan [[PERSON:Zbyszek]] [[ADDRESS:6B]]: A ja dostałem nowe rury pod wanną i nowy silikon 😄
[29/10/2025, 18:12] [[PERSON:Dominika]]: Wniosek: skargę pisać od razu, nie czekać 3 tygodnie. I zapisywać, z kim się rozmawiało i kiedy
"""),
    ),
    (
        "fv2br-ro-01",
        "ro",
        _s("""
12/12/2024, 06:55 - [[PERSON:Ionuț]] [[ADDRESS:Flat 7]]: Bună dimineața. La voi e apă caldă? La mine curge doar rece de aseară
12/12/2024, 06:58 - [[PERSON:Mădălina Popescu]]: Nici la noi. Și caloriferele sunt reci. Am luat-o pe [[PERSON:Ilinca]] în pat cu noi, are doar [[AGE:8 luni]]
12/12/2024, 07:05 - Nea [[PERSON:Vasile]]: Am sunat eu la [[ORGANISATION:Lea Bridge Housing Trust]] aseară la 11. Mi-au zis că e o problemă la centrala comună și că „se uită cineva"
12/12/2024, 07:06 - Nea [[PERSON:Vasile]]: <Conținut media omis>
12/12/2024, 07:10 - [[PERSON:Floarea]]: Eu am [[AGE:72 de ani]] și [[HEALTH:diabet]], nu pot sta în frig. Floarea de Crăciun de pe pervaz a înghețat, închipuiți-vă cum e în casă
12/12/2024, 07:11 - [[PERSON:Floarea]]: Acest mesaj a fost șters
12/12/2024, 08:30 - [[PERSON:Mădălina Popescu]]: Am făcut plângere oficială pe email pentru tot blocul. Referința [[REFERENCE:LBHT-78112]]. Am scris de bebeluș, de doamna [[PERSON:Floarea]] și de nea [[PERSON:Vasile]], care stă singur
12/12/2024, 08:31 - [[PERSON:Ionuț]] [[ADDRESS:Flat 7]]: Mersi, [[PERSON:Mădă]] 🙏 Dacă sună ei, le-am dat numărul meu, [[PHONE:07700 900614]], lucrez de acasă și pot să le deschid la boiler room. Adresa le-am dat-o [[ADDRESS:Ashdown House]], [[POSTCODE:E5 9QL]]
12/12/2024, 15:20 - [[PERSON:Ionuț]] [[ADDRESS:Flat 7]]: Au venit cei de la [[ORGANISATION:Capital Heat Services]]. Pompa principală e arsă, piesa vine mâine. Ne aduc aeroterme azi
13/12/2024, 19:40 - [[PERSON:Mădălina Popescu]]: Avem căldură!!! 🔥
09/01/2025, 18:00 - [[PERSON:Mădălina Popescu]]: Răspuns la plângere. Și-au cerut scuze că n-au avut aeroterme pregătite și că la telefon nu s-a notat nimic. £90 pentru fiecare apartament, iar la [[ADDRESS:Ashdown House]] montează o pompă de rezervă, ca să nu mai rămânem fără căldură
09/01/2025, 18:05 - Nea [[PERSON:Vasile]]: Bravo, fată! Mulțumiri [[PERSON:Mădălinei]] din partea tuturor. Lecția: în scris, nu doar la telefon. Și să știe de la început cine e bătrân sau bolnav
09/01/2025, 18:07 - [[PERSON:Floarea]]: Dumnezeu să vă dea sănătate, copii ❤️
"""),
    ),
    (
        "fv2br-ro-02",
        "ro",
        _s("""
[02/10/2024, 19:30:12] Mami 💕: [[PERSON:Andrei]], la buni în dormitor s-a făcut mucegai negru pe tot peretele dinspre stradă. Tușește toată noaptea
[02/10/2024, 19:32:40] [[PERSON:Andrei]]: Mami, fă poze cu data pe ele și trimite-mi. Scriu eu plângerea în engleză
[02/10/2024, 19:40:03] tanti [[PERSON:Lenuța]]: Doamne ferește, cu [[HEALTH:BPOC]]-ul ei...
[02/10/2024, 19:41:19] Mami 💕: <atașat: 00000012-PHOTO-2024-10-02-19-41-19.jpg>
[02/10/2024, 20:15:55] [[PERSON:Andrei]]: Am nevoie și de data nașterii lui buni pentru formular
[02/10/2024, 20:17:30] Mami 💕: [[DATE_OF_BIRTH:12 februarie 1943]]. Are [[AGE:81 de ani]], să scrii asta mare
[02/10/2024, 21:02:47] [[PERSON:Andrei]]: Trimis la [[ORGANISATION:Stort Valley Homes]] pentru [[PERSON:Maria Rusu]], [[ADDRESS:9 Cherry Tree Rise]], [[POSTCODE:cm20 3lb]]. Le-am dat adresa mea de mail, [[EMAIL:andrei.rusu88[at]example.net]]. Referință: [[REFERENCE:SVH 61 20 44]]
[15/10/2024, 17:10:08] Mami 💕: A venit un băiat, a dat cu spray și a zis că e „condensare" de la noi, să ținem geamul deschis. Buni a plâns
[15/10/2024, 17:25:31] tanti [[PERSON:Lenuța]]: Nu e de la voi, e burlanul spart de afară, l-am văzut când am venit cu [[PERSON:Gelu]] duminică
[16/10/2024, 08:40:14] [[PERSON:Andrei]]: Am cerut stage 2 și am pus poza cu burlanul făcută de tanti [[PERSON:Lenuța]]. Am atașat și scrisoarea medicului de familie de la [[ADDRESS:Brook Meadow Surgery]]
[27/11/2024, 18:00:02] Mami 💕: Au schimbat burlanul, au tratat peretele, au pus izolație și un aerisitor nou. Buni doarme iar în camera ei ❤️
[27/11/2024, 18:02:45] [[PERSON:Andrei]]: Și au răspuns oficial: recunosc că primul om trimis nu s-a uitat deloc afară. £350 despăgubire și de acum fac inspecție la exterior la orice caz de mucegai
[27/11/2024, 18:05:20] tanti [[PERSON:Lenuța]]: Să-i facem cozonac lui [[PERSON:Andreiuț]] de Crăciun 😄
[27/11/2024, 18:07:33] [[PERSON:Andrei]]: 😂 Lecția: poze cu dată și nu acceptați „e condensarea voastră" până nu se uită cineva și pe afară
"""),
    ),
    (
        "fv2br-ro-03",
        "ro",
        _s("""
[[PERSON:Gabi Lăcătuș]], [03.03.2025 20:12]
Iar a început. Vecinul de la [[ADDRESS:nr. 14]] a lăsat câinele liber pe alee și a strigat la copiii mei „să ne întoarcem de unde am venit". [[PERSON:Rebeca]] plânge, are [[AGE:9 ani]]
[[PERSON:Costel]], [03.03.2025 20:15]
Am auzit tot de la geam. Nu e prima dată, [[PERSON:Gabi]]. O face pentru că sunteți [[OTHER_SPECIAL:romi]], a zis-o clar
[[PERSON:Doina Marin]], [03.03.2025 20:30]
Trebuie să dăm toți declarații. Singură nu o să fie crezută, așa a fost și anul trecut
[[PERSON:Florin]], [04.03.2025 09:10]
Am poze cu duba lui parcată pe trotuar, [[OTHER_ID:KM21 OXW]], o lasă mereu în fața rampei
[[PERSON:Gabi Lăcătuș]], [04.03.2025 12:40]
Am sunat la poliție, număr de crimă [[REFERENCE:46/38120/25]]. Și la [[ORGANISATION:Medway Riverside Homes]], caz ASB [[REFERENCE:MRH-ASB-1093]]. Le-am dat adresa noastră, [[ADDRESS:12 Ferry Lane]], [[POSTCODE:ME2 4RT]]. Ofițerul se numește [[PERSON:Darren Cole]]
[[PERSON:Doina Marin]], [06.03.2025 18:00]
I-am trimis lui [[PERSON:Darren]] declarația mea de pe [[EMAIL:doina.marin@example.org]]. [[PERSON:Costele]], tu?
[[PERSON:Costel]], [06.03.2025 18:20]
Trimisă. Am pus și înregistrarea de pe telefon
[[PERSON:Gabi Lăcătuș]], [22.04.2025 19:45]
Vești. [[ORGANISATION:Medway Riverside Homes]] a obținut injunction de la tribunal: nu are voie să se apropie de casa noastră și nici să ne vorbească. Au pus cameră pe alee și câinele trebuie ținut în lesă
[[PERSON:Florin]], [22.04.2025 19:50]
Și duba a dispărut de pe trotuar 😄
[[PERSON:Gabi Lăcătuș]], [30.06.2025 20:00]
Trei luni de liniște. Ne-au cerut scuze în scris că anul trecut au închis cazul fără să vorbească cu martorii. Acum, la orice plângere de hărțuire rasială, vorbesc cu toți vecinii în prima săptămână. [[PERSON:Rebeca]] se joacă iar afară. Lecția: nu stați singuri, dați declarații toți
[[PERSON:Doina Marin]], [30.06.2025 20:03]
❤️ oricând, [[PERSON:Gabi]]
"""),
    ),
    (
        "fv2br-ro-04",
        "ro",
        _s("""
[05/04/2025, 10:12] [[PERSON:Speranța Dumitru]]: Ați primit scrisoarea cu chiria nouă? Mie mi-au pus £34 pe săptămână „heating charge", anul trecut era £11
[05/04/2025, 10:20] [[PERSON:Radu]] [[ADDRESS:ap. 3]]: Și mie la fel 😡 Noi nici nu avem încălzire de la ei, avem boiler propriu!
[05/04/2025, 10:25] [[PERSON:Carmen Ionescu]]: La fel. Cred că au trecut toată clădirea pe sistemul comun din greșeală
[05/04/2025, 10:40] [[PERSON:Speranța Dumitru]]: Am scris eu la rent team de la [[ORGANISATION:Kingfisher Vale Homes]]. Referința [[REFERENCE:KVH-RT-30518]]. Au zis că dacă vrem să vorbim cu cineva, să sunăm la [[PHONE:020 7946 0157]]
[19/04/2025, 09:00] [[PERSON:Carmen Ionescu]]: Nimic? Eu am plătit deja două săptămâni suma mare, altfel intram în arierate
[19/04/2025, 09:05] [[PERSON:Speranța Dumitru]]: Speranța moare ultima 😅 Fac plângere formală azi. Cine vrea copie, scrieți-mi la [[EMAIL:speranta.dumitru@example.com]]
[02/05/2025, 18:30] [[PERSON:Speranța Dumitru]]: Răspuns la plângere, [[REFERENCE:KVH-CMP-11872]]. Au recunoscut: blocul nostru, [[ADDRESS:Alder Court]], [[POSTCODE:SE15 6HX]], a fost pus din greșeală pe lista celor cu încălzire comună. Scot taxa pentru toți și dau înapoi ce s-a plătit în plus
[02/05/2025, 18:33] [[PERSON:Radu]] [[ADDRESS:ap. 3]]: Super! Și cum primim banii?
[02/05/2025, 18:36] [[PERSON:Radu]] [[ADDRESS:ap. 3]]: Eu le-am trimis pe mail sort code-ul [[OTHER_ID:60-83-71]] și numărul de cont, e ok?
[02/05/2025, 18:38] [[PERSON:Speranța Dumitru]]: [[PERSON:Radule]], mai bine la telefon data viitoare 🙈 Dar merge
[02/05/2025, 18:40] [[PERSON:Carmen Ionescu]]: Eu le-am dat pe telefon. Contul care se termină în [[OTHER_ID:6819]], să văd când intră
[20/05/2025, 12:00] [[PERSON:Radu]] [[ADDRESS:ap. 3]]: Am primit £69 înapoi 👍
[20/05/2025, 12:04] [[PERSON:Carmen Ionescu]]: Și eu. Mersi, [[PERSON:Speranța]] ❤️
[20/05/2025, 12:10] [[PERSON:Speranța Dumitru]]: Și mai important: de acum trimit lista cu taxele pe fiecare bloc înainte de aprilie, ca s-o putem verifica. Lecția: citiți scrisoarea de chirie rând cu rând, nu doar totalul
"""),
    ),
    (
        "fv2br-ro-05",
        "ro",
        _s("""
04/03/2025, 07:40 - [[PERSON:Cristina]] 💙: [[PERSON:Sorine]], iar n-am putut scoate căruciorul pe ușă și am întârziat la [[ADDRESS:Oakfield School]]. L-am dus pe [[PERSON:Darius]] în brațe pe trepte, are [[AGE:11 ani]], nu mai pot
04/03/2025, 07:45 - [[PERSON:Sorin]]: Știu. Sun azi la [[ORGANISATION:Chadwell Heath Homes]]. A trecut un an de când a zis [[PERSON:Olu]], OT-ul, că trebuie rampă și ușă lărgită
04/03/2025, 08:10 - Nașa [[PERSON:Gina]]: Doamne, săracul copil. Să le spuneți clar că are [[HEALTH:paralizie cerebrală]] și e în scaun cu rotile, poate n-au citit
04/03/2025, 12:30 - [[PERSON:Sorin]]: Am vorbit. Au zis că „e pe listă". Pe care listă? Nimeni nu știe. Fac plângere
04/03/2025, 12:31 - [[PERSON:Sorin]]: <Conținut media omis>
04/03/2025, 21:00 - [[PERSON:Cristina]] 💙: Scrie și de locul de parcare. Vecinul parchează mereu pe locul cu blue badge și nu putem coborî rampa mașinii noastre, [[OTHER_ID:LV68 RTE]]
05/03/2025, 09:15 - [[PERSON:Sorin]]: Trimis. Plângerea [[REFERENCE:CHH/CMP/8841]], adresa [[ADDRESS:18 Mallow Walk]], [[POSTCODE:RM9 4SL]]. Am atașat raportul lui [[PERSON:Olu]] și scrisoarea de la [[PERSON:Becky]], asistenta socială
20/03/2025, 17:00 - [[PERSON:Cristina]] 💙: A sunat o doamnă, [[PERSON:Joanne Price]], șefa pe adaptări. Și-a cerut scuze, zice că raportul s-a pierdut când au schimbat sistemul. Vin joi să măsoare
19/05/2025, 18:20 - [[PERSON:Sorin]]: Rampa e gata și ușa lărgită! Săptămâna viitoare montează hoist-ul în baie
19/05/2025, 18:25 - Nașa [[PERSON:Gina]]: 😭😭 Ce bine, pupici lui [[PERSON:Dari]]
02/06/2025, 19:00 - [[PERSON:Cristina]] 💙: A venit și răspunsul scris: £500 despăgubire, locul de parcare marcat cu numărul mașinii noastre, și acum fiecare raport de OT are un responsabil și un termen. [[PERSON:Darius]] a ieșit azi singur cu scaunul pe ușă și a râs tot drumul 💙
02/06/2025, 19:02 - [[PERSON:Sorin]]: Lecția: cereți numele omului care răspunde de adaptare, nu vă mulțumiți cu „lista"
"""),
    ),
    (
        "fv2br-ar-01",
        "ar",
        _s("""
٠٢/١١/٢٠٢٤، ٨:٠٥ م - [[PERSON:أم خالد]]: السلام عليكم يا جماعة، في حدا عنده رطوبة متلنا؟ حيطان غرفة الولاد صارت سودا والريحة ما بتنطاق
٠٢/١١/٢٠٢٤، ٨:١٠ م - [[PERSON:أبو يزن]]: وعليكم السلام. عنا نفس الشي بالمطبخ والحمام. [[PERSON:يزن]] عنده [[HEALTH:ربو]] وكل ليلة عم يكح
٠٢/١١/٢٠٢٤، ٨:١٥ م - [[PERSON:Samir]] [[ADDRESS:Flat 3]]: Same here. أنا اتصلت بـ[[ORGANISATION:Calder Gate Housing]] مرتين، قالولي "mould wash" وبس
٠٢/١١/٢٠٢٤، ٨:٢٠ م - [[PERSON:نور]]: لازم نعمل شكوى رسمية كلنا سوا، مش كل واحد لحالو. أنا بكتبها بالإنكليزي إذا بتحبوا
٠٢/١١/٢٠٢٤، ٨:٢١ م - [[PERSON:أم خالد]]: الله يجزيكي الخير يا [[PERSON:نور]] 🌹
٠٢/١١/٢٠٢٤، ٨:٢٥ م - [[PERSON:نور]]: ابعتولي صور وأرقام الريبير اللي عندكم
٠٢/١١/٢٠٢٤، ٨:٣٠ م - [[PERSON:أبو يزن]]: رقم الريبير تبعي [[REFERENCE:CGH-R-602215]]
٠٢/١١/٢٠٢٤، ٨:٣١ م - [[PERSON:أم خالد]]: <تم استبعاد الوسائط>
٠٣/١١/٢٠٢٤، ١١:٤٠ ص - [[PERSON:نور]]: بعتت الشكوى على [[EMAIL:complaints@caldergate.example.org]] باسم سكان [[ADDRESS:Brookfield House]]، [[POSTCODE:HX1 2PL]]. رقم الشكوى [[REFERENCE:CG-COMP-3391]]. كتبت إنو نحنا عائلات [[OTHER_SPECIAL:لاجئين]] وما منعرف حقوقنا منيح، ويمكن لهيك ما حدا اهتم
٠٣/١١/٢٠٢٤، ١١:٤٥ ص - [[PERSON:Samir]] [[ADDRESS:Flat 3]]: وأنا عطيتهن رقمي للتواصل [[PHONE:٠٧٧٠٠ ٩٠٠٣٢١]]، أنا بالبيت معظم الوقت
٢٠/١١/٢٠٢٤، ٤:١٥ م - [[PERSON:أم خالد]]: إجا مهندس اسمو [[PERSON:Craig]]، طلع عالسطح وقال المزراب مسدود والعزل تحت الشبابيك خربان من زمان
١٠/١٢/٢٠٢٤، ٧:٠٠ م - [[PERSON:نور]]: الرد الرسمي وصل ✅ اعترفوا إنو "mould wash" ما كان حل. رح يصلحوا المزاريب والعزل لكل البناية، ويعالجوا العفن ويدهنوا، و٢٠٠ باوند لكل شقة، وزيادة لبيت [[PERSON:أبو يزن]] بسبب [[HEALTH:ربو]] [[PERSON:يزن]]
٢٠/٠١/٢٠٢٥، ٦:٣٠ م - [[PERSON:أبو يزن]]: خلصوا الشغل عنا. غرفة الولاد ناشفة والحمد لله، و[[PERSON:يزن]] صار ينام منيح
٢٠/٠١/٢٠٢٥، ٦:٣٥ م - [[PERSON:نور]]: الدرس: شكوى وحدة جماعية مع الصور بتوصل أسرع من مية تلفون. وما تسكتوا لأنو إنكليزيتكم مش منيحة، في مترجم إذا طلبتوا
"""),
    ),
    (
        "fv2br-ar-02",
        "ar",
        _s("""
[02/03/2025, 22:41:05] ماما 🌸: يا عيالي السقف في غرفة أبوكم يقطّر ماء، حطينا سطل
[02/03/2025, 22:43:17] [[PERSON:أمل]]: يا ساتر! من متى؟
[02/03/2025, 22:44:02] ماما 🌸: من العصر. المطر ما وقف
[02/03/2025, 22:50:36] [[PERSON:Karim]]: رمضان كريم أول شي 😅 بكرة الصبح أتصل بـ[[ORGANISATION:Sheaf Valley Homes]]. ماما صوري السقف وارسليه
[02/03/2025, 22:52:10] ماما 🌸: <attached: 00000031-PHOTO-2025-03-02-22-52-10.jpg>
[03/03/2025, 10:15:44] [[PERSON:Karim]]: اتصلت على [[PHONE:0114 496 0562]]. سجلوا الطلب رقم [[REFERENCE:SVH 771 204]] وقالوا "non-urgent" يعني ٢٨ يوم 🙄
[03/03/2025, 10:20:09] [[PERSON:أمل]]: non-urgent؟ أبوي عنده [[HEALTH:سكري]] ورجله ما تساعده، وينام في نفس الغرفة. قل لهم
[03/03/2025, 10:22:51] [[PERSON:Karim]]: يبون بياناته. الاسم الكامل [[PERSON:عبده قاسم الحميري]]، وتاريخ الميلاد [[DATE_OF_BIRTH:٣/٧/١٩٥٨]] صح؟
[03/03/2025, 10:23:30] ماما 🌸: صح. والعنوان [[ADDRESS:41 Fernhill Crescent]]، [[POSTCODE:s9 3lw]]. وقل لهم البيت جنب [[ADDRESS:مسجد الهدى]] عشان العامل ما يضيع مثل المرة الماضية
[03/03/2025, 10:40:12] [[PERSON:Karim]]: خلاص قدمت شكوى رسمية كمان من إيميلي [[EMAIL:karim.alhimyari@example.com]]. رقمها [[REFERENCE:SVH-CMP-2025-148]]
[05/03/2025, 16:00:27] [[PERSON:أمل]]: جاء واحد من [[ORGANISATION:Hallam Roofing]] وقال القرميد مكسور، وغطاه بشي مؤقت
[05/03/2025, 16:02:03] [[PERSON:أمل]]: الأمل إنه يصمد لين يصلحونه صح 😂
[24/03/2025, 13:30:40] [[PERSON:Karim]]: ردوا على الشكوى. اعترفوا إن التصنيف "non-urgent" كان غلط لأن فيه شخص كبير ومريض، وغيروا القرميد كله على الجهة الخلفية، وصبغوا السقف، و١٥٠ جنيه تعويض
[24/03/2025, 13:35:22] ماما 🌸: الحمد لله. أبوكم يقول الله يرضى عليك يا [[PERSON:كريم]] وعلى [[PERSON:أمولة]]
[24/03/2025, 13:40:58] [[PERSON:أمل]]: الدرس: من أول مكالمة قولوا عن المرض والعمر، ولا تقبلوا "non-urgent" والماء ينزل على سرير
"""),
    ),
    (
        "fv2br-ar-03",
        "ar",
        _s("""
[[PERSON:Youssef B.]], [14.02.2025 01:12]
حد صاحي؟ المزيكا من [[ADDRESS:شقة ١٢]] شغالة من الساعة ١٠ والحيطة بتترج
[[PERSON:حنان]], [14.02.2025 01:15]
صاحية غصب عني 😩 بنتي [[PERSON:ملك]] عندها [[AGE:١٦ سنة]] وامتحانات GCSE الأسبوع الجاي وما نامتش
[[PERSON:كريم]], [14.02.2025 01:20]
وكمان ريحة حشيش في السلم كل يوم. وفي عربية بتيجي كل ليلة الساعة ١٢، رقمها [[OTHER_ID:BV17 KLM]]
[[PERSON:Youssef B.]], [14.02.2025 09:30]
كلمت [[ORGANISATION:Northgate Homes]] الصبح. الموظفة قالت نكتب "noise diary" أسبوعين. فتحوا قضية ASB رقم [[REFERENCE:NGH/ASB/4471]]، والعنوان اللي عندهم [[ADDRESS:Kingsway Court]]، [[POSTCODE:ng7 3fd]]
[[PERSON:حنان]], [14.02.2025 09:45]
الله كريم. بس احنا قلنالهم نفس الكلام من ٣ شهور
[[PERSON:كريم]], [14.02.2025 09:50]
أنا هسجل بالتطبيق. ابعتولي أي فيديو يا جماعة، إيميلي [[EMAIL:karim.benali@example.net]]
[[PERSON:Youssef B.]], [03.03.2025 18:00]
الموظف الجديد اسمه [[PERSON:Tom Harding]]، كلمني على [[PHONE:0115 496 0419]] وقال إن التسجيلات بتاعتنا كفاية وعايز يشوف المبنى بنفسه
[[PERSON:حنان]], [10.03.2025 22:10]
جه النهارده بالليل مع الشرطة. شافوا كل حاجة بعينهم
[[PERSON:Youssef B.]], [28.04.2025 19:40]
الأخبار: ساكن [[ADDRESS:شقة ١٢]] اتنقل بعد إنذار، والشقة اتصلحت واتعزلت. [[ORGANISATION:Northgate Homes]] اعتذروا إن أول بلاغ اتقفل من غير زيارة، ودلوقتي أي شكوى إزعاج بالليل ليها زيارة في خلال أسبوع
[[PERSON:كريم]], [28.04.2025 19:45]
أخيرًا 😌 الدرس: سجلوا كل ليلة بالتاريخ والساعة، وماتبقوش لوحدكم
[[PERSON:حنان]], [28.04.2025 19:50]
و[[PERSON:ملك]] خلصت امتحاناتها وهي مرتاحة الحمد لله. شكرًا يا [[PERSON:يوسف]] ويا [[PERSON:كريم]] 🙏
"""),
    ),
    (
        "fv2br-ar-04",
        "ar",
        _s("""
09/06/2025, 08:15 - [[PERSON:أم سمير]]: صباح الخير. المصعد عاطل مرة ثانية 😞 [[PERSON:أبو سمير]] عنده موعد بالمستشفى الساعة ١١ وما يقدر ينزل ١٢ طابق بالكرسي
09/06/2025, 08:20 - [[PERSON:Layla]] 🌷: والله حرام. أني بالطابق الثالث وحتى أني تعبت. خابرتوا الكاونسل؟
09/06/2025, 08:25 - [[PERSON:سمير]]: أني خابرت. گالوا المهندس يجي "خلال 48 ساعة". رقم البلاغ [[REFERENCE:WMC-LIFT-90112]]
09/06/2025, 08:40 - [[PHONE:+44 7700 900857]]: مرحبا، أني [[PERSON:حيدر]] من [[ADDRESS:شقة ٦١]]، [[PERSON:Layla]] ضافتني. أمي كبيرة هم ما تگدر تنزل
09/06/2025, 08:41 - [[PERSON:Layla]] 🌷: هلا [[PERSON:حيدر]] 👋
09/06/2025, 10:05 - [[PERSON:سمير]]: ألغينا موعد المستشفى. أبوي عنده [[HEALTH:التصلب المتعدد]] وهذا ثالث موعد يروح عليه هالسنة بسبب المصعد
09/06/2025, 10:30 - [[PERSON:سمير]]: كتبت شكوى رسمية لـ[[ORGANISATION:Westmere Council]] باسم كل الساكنين بـ[[ADDRESS:Maple Heights]]، [[POSTCODE:n17 8ea]]. ذكرت إن أبوي بـ[[ADDRESS:شقة ٤٥]] مسجل عدهم مستخدم كرسي متحرك من ٢٠٢١. الرد يجيني على [[EMAIL:samir.alobaidi@example.org]]
11/06/2025, 19:00 - [[PERSON:أم سمير]]: اشتغل المصعد يومين بس ورجع عطل 🙄
11/06/2025, 19:02 - [[PERSON:أم سمير]]: تم حذف هذه الرسالة
20/06/2025, 17:45 - [[PERSON:سمير]]: خابرتني [[PERSON:Sandra]] من قسم الشكاوى. گالت [[ORGANISATION:Apex Lift Engineering]] چانوا يصلحون نفس القطعة كل مرة بدل ما يبدلوها
25/07/2025, 18:00 - [[PERSON:سمير]]: خبر زين ✅ بدلوا محرك المصعد كله. واعتذروا رسمياً وعوضونا ٤٠٠ باوند، وهسه إذا عطل المصعد أكثر من ٢٤ ساعة يتصلون بالساكنين اللي عدهم إعاقة ويرتبون نقل للمواعيد
25/07/2025, 18:05 - [[PERSON:Layla]] 🌷: عاشت إيدك 👏 وحطوا ورقة بالمدخل بيها رقم الطوارئ [[PHONE:020 7946 0733]]
25/07/2025, 18:10 - [[PERSON:أبو سمير]]: الحمد لله. الدرس: لا تسكتون، واكتبوا كل موعد راح بالتاريخ. شكراً للجميع ولابني [[PERSON:سمير]]
"""),
    ),
    (
        "fv2br-ar-05",
        "ar",
        _s("""
15/01/2025, 18:20 - [[PERSON:هبة]]: يا [[PERSON:محمد]] جاتنا رسالة من [[ORGANISATION:Avonbank Housing]] بتقول علينا متأخرات إيجار ١٢٤٠ جنيه!! وممكن يرفعوا قضية
15/01/2025, 18:25 - [[PERSON:Mohamed Osman]]: مستحيل، الهاوسنق بنفت بدفع كل شهر. صوري لي الجواب
15/01/2025, 18:26 - [[PERSON:هبة]]: <Media omitted>
15/01/2025, 18:40 - [[PERSON:Mohamed Osman]]: رقم الحساب في الجواب ما حقنا. رقم التيننسي بتاعنا [[REFERENCE:AVB-T-088213]]
15/01/2025, 18:50 - [[PERSON:Musab]] 🎧: بابا أنا بكتب ليهم إيميل بالإنجليزي. أديني رقم التأمين بتاعك
15/01/2025, 18:52 - [[PERSON:Mohamed Osman]]: [[NI_NUMBER:SN 55 18 42 D]]. واكتب كمان عن الزحمة، نحن سبعة في شقة غرفتين، وأنا في قائمة السكن من سنة ونص، الرقم [[REFERENCE:HR/22/50917]]
15/01/2025, 18:55 - [[PERSON:هبة]]: واكتب إنو [[PERSON:ريم]] عندها [[HEALTH:فقر الدم المنجلي]] والدكتور قال لازم أوضة دافية وما فيها رطوبة
15/01/2025, 19:02 - [[PERSON:Musab]] 🎧: الأعمار: أنا [[AGE:١٧]]، [[PERSON:أحمد]] [[AGE:٩ سنين]]، [[PERSON:ريم]] [[AGE:٦]]، والتوأم [[PERSON:سارة]] و[[PERSON:سلمى]] [[AGE:٣ سنين]]. صاح؟
15/01/2025, 19:03 - [[PERSON:هبة]]: صاح يا حبيبي
15/01/2025, 19:30 - [[PERSON:Musab]] 🎧: اترسل ✅ من إيميلي [[EMAIL:musab.osman07@example.com]]. كتبت إنو عندنا [[OTHER_SPECIAL:إقامة دائمة]] عشان ما يقولوا ما مستحقين. رقم الشكوى [[REFERENCE:AH-CMP-7731]]
27/01/2025, 16:10 - [[PERSON:هبة]]: اتصلت بيّ واحدة اسمها [[PERSON:Joy]] من قسم الإيجار. قالت الغلط عندهم، دفعات الهاوسنق بنفت كانت ماشة لحساب تاني بنفس الاسم. شالوا المتأخرات كلها 🙏
10/03/2025, 13:00 - [[PERSON:Mohamed Osman]]: ورد الشكوى جا: اعتذار رسمي و١٠٠ جنيه، وعملوا تقييم للزحمة. طلعنا band A عشان مرض [[PERSON:ريم]] والزحمة
02/06/2025, 20:15 - [[PERSON:هبة]]: استلمنا مفتاح البيت الجديد، ٣ غرف وجنينة، وقريب من مدرسة الأولاد [[ADDRESS:Greenside Primary]] 😭❤️
02/06/2025, 20:20 - [[PERSON:Musab]] 🎧: الدرس: أي جواب فيه رقم غلط اسألوا عنه طوالي، وما تخافوا من الشكوى. مبروك يا ماما
"""),
    ),
    (
        "fv2br-ur-01",
        "ur",
        _s("""
12/11/2024, 20:40 - Ammi ❤️: بیٹا کمرے کی دیوار پھر کالی ہو گئی ہے، پینٹ بھی اتر رہا ہے۔ رات کو سانس نہیں آتا
12/11/2024, 20:45 - [[PERSON:ثناء]]: امی آپ کا [[HEALTH:دمہ]] پہلے ہی خراب ہے، آپ اس کمرے میں نہ سوئیں
12/11/2024, 20:47 - [[PERSON:Imran]] Bhai: میں کل [[ORGANISATION:Aireborough Homes]] کو فون کرتا ہوں۔ پچھلی دفعہ بھی انہوں نے بس اوپر سے پینٹ کر دیا تھا
12/11/2024, 20:50 - [[PERSON:Shazia]] Aunty: بیٹا ریپیئر والوں کو بتانا کہ آپا کی عمر [[AGE:68 سال]] ہے اور وہ اکیلی رہتی ہیں
13/11/2024, 11:20 - [[PERSON:Imran]] Bhai: [[PHONE:۰۱۱۳ ۴۹۶ ۰۸۹۱]] پر فون کیا۔ ایک گھنٹہ ہولڈ پر رہا۔ ریپیئر نمبر [[REFERENCE:AH-448193]]۔ کہتے ہیں چھ ہفتے لگیں گے 😡
13/11/2024, 11:25 - [[PERSON:ثناء]]: بھائی میں باقاعدہ complaint لکھتی ہوں، ای میل سے۔ امی کا پورا ایڈریس بھیجیں
13/11/2024, 11:27 - [[PERSON:Imran]] Bhai: [[ADDRESS:23 Fairweather Road]]، [[POSTCODE:bd3 7hn]]۔ ٹیننسی ریفرنس [[REFERENCE:T-0092731]]
13/11/2024, 13:05 - [[PERSON:ثناء]]: بھیج دی۔ امی کے ڈاکٹر کا خط بھی لگا دیا جو [[ADDRESS:Moorview Surgery]] سے ملا تھا۔ جواب میرے ای میل [[EMAIL:sana.qureshi@example.co.uk]] پر آئے گا
25/11/2024, 17:30 - Ammi ❤️: آج دو لوگ آئے تھے، ایک نے کہا باہر پرنالے کا پائپ ٹوٹا ہوا ہے اور پانی دیوار کے اندر جا رہا ہے
25/11/2024, 17:32 - [[PERSON:Shazia]] Aunty: دیکھا! یہ condensation نہیں تھا 😤
25/11/2024, 17:33 - [[PERSON:Shazia]] Aunty: This message was deleted
12/12/2024, 19:00 - [[PERSON:ثناء]]: complaint کا جواب آ گیا۔ انہوں نے مانا کہ پہلی بار صرف پینٹ کرنا غلط تھا۔ پائپ بدل دیا، دیوار کی damp proofing ہو گئی، نیا وینٹ لگ گیا، اور ڈھائی سو پاؤنڈ معاوضہ
12/12/2024, 19:05 - Ammi ❤️: اللہ تم سب کو خوش رکھے۔ [[PERSON:ثنو]] کو خاص دعا ❤️
12/12/2024, 19:10 - [[PERSON:Imran]] Bhai: سبق: فون کے ساتھ ساتھ لکھ کر complaint کرو، اور ڈاکٹر کا خط ضرور لگاؤ
"""),
    ),
    (
        "fv2br-ur-02",
        "ur",
        _s("""
07/02/2025, 20:58 - [[PERSON:Rukhsana]] added [[PERSON:Tariq]] [[ADDRESS:Flat 8]]
07/02/2025, 21:00 - [[PERSON:Rukhsana]]: سب کو السلام علیکم۔ [[PERSON:طارق]] بھائی کو ایڈ کیا ہے، ان کے گھر میں بھی پانی آ رہا ہے
07/02/2025, 21:03 - [[PERSON:Tariq]] [[ADDRESS:Flat 8]]: وعلیکم السلام۔ جی، چھت سے پانی ٹپک رہا ہے، بیڈروم کی لائٹ میں سے بھی 😨
07/02/2025, 21:05 - [[PERSON:نور]] باجی: یہ وہی ٹینک ہے جو اوپر روف پر ہے۔ پچھلے سال بھی یہی ہوا تھا
07/02/2025, 21:10 - [[PERSON:صبا]]: بجلی والا مسئلہ خطرناک ہے، emergency میں ڈلوائیں۔ میں [[ORGANISATION:Cole Valley Housing]] کو ابھی کال کرتی ہوں
07/02/2025, 21:35 - [[PERSON:صبا]]: کال کر لی، emergency job نمبر [[REFERENCE:CVH-E-20381]]۔ ایڈریس لکھوایا [[ADDRESS:Zamzam Court]]، [[POSTCODE:b11 1te]]، [[ADDRESS:مسجد بلال]] کے بالکل سامنے والی بلڈنگ۔ کہتے ہیں آج رات کوئی آئے گا
08/02/2025, 00:40 - [[PERSON:Tariq]] [[ADDRESS:Flat 8]]: الیکٹریشن آیا، لائٹ بند کر دی۔ ٹینک کا والو ٹوٹا ہوا ہے، کہتا ہے کل پلمبر آئے گا
14/02/2025, 18:00 - [[PERSON:نور]] باجی: ایک ہفتہ ہو گیا، کوئی نہیں آیا۔ سیڑھیوں پر بھی پانی ہے، میرا پوتا [[PERSON:Ayaan]] پھسل کر گر گیا، [[AGE:5 سال]] کا ہے
14/02/2025, 18:10 - [[PERSON:Rukhsana]]: اب باقاعدہ complaint کرتے ہیں، سب کے نام سے۔ میں لکھ دیتی ہوں۔ سب اپنا فلیٹ نمبر بتائیں
14/02/2025, 18:12 - [[PERSON:نور]] باجی: میرا [[ADDRESS:فلیٹ ۱۲]]
14/02/2025, 18:12 - [[PERSON:صبا]]: [[ADDRESS:فلیٹ 3]]
14/02/2025, 18:15 - [[PERSON:Rukhsana]]: You deleted this message
15/02/2025, 10:00 - [[PERSON:Rukhsana]]: complaint بھیج دی، ریفرنس [[REFERENCE:CVH-C-3356]]۔ کاپی [[EMAIL:rukhsana.begum@example.org]] پر ہے، کسی کو چاہیے تو بتائیں
03/03/2025, 19:30 - [[PERSON:Rukhsana]]: اچھی خبر! نیا ٹینک لگ گیا، روف ٹھیک ہو گئی، سیڑھیاں صاف اور خشک۔ جواب میں معافی مانگی کہ emergency کے بعد follow up نہیں کیا۔ ہر فلیٹ کو ۱۵۰ پاؤنڈ اور [[PERSON:نور]] باجی کو زیادہ کیونکہ بچہ گرا تھا
03/03/2025, 19:35 - [[PERSON:Tariq]] [[ADDRESS:Flat 8]]: شکریہ بہن۔ سبق یہ ہے کہ emergency کے بعد بھی پیچھے لگے رہو، ورنہ کام آدھا رہ جاتا ہے
03/03/2025, 19:40 - [[PERSON:نور]] باجی: اب وہ ہر emergency کے بعد ۴۸ گھنٹے میں خود فون کرتے ہیں، آج مجھے [[PERSON:Sophie]] کا فون آیا تھا 👍
"""),
    ),
    (
        "fv2br-ur-03",
        "ur",
        _s("""
[03/04/2025, 09:14:22] [[PERSON:Parveen Khan]]: بچو، تمہارے ابو کل پھر سیڑھیوں پر گرتے گرتے بچے۔ [[HEALTH:فالج]] کے بعد سے بایاں پاؤں ساتھ نہیں دیتا
[03/04/2025, 09:20:05] [[PERSON:Mehwish]]: امی، OT والی [[PERSON:Sarah]] نے تو اکتوبر میں لکھ دیا تھا کہ stairlift اور نیچے ٹوائلٹ چاہیے۔ [[ORGANISATION:Moorside Homes]] نے کیا کیا؟
[03/04/2025, 09:25:41] [[PERSON:Parveen Khan]]: کچھ نہیں بیٹا۔ ہر بار کہتے ہیں "funding approval"
[03/04/2025, 09:40:10] [[PERSON:Bilal]]: میں آج complaint کرتا ہوں۔ ابو کی تاریخ پیدائش [[DATE_OF_BIRTH:14/08/1952]] ہے نا؟ اور NHS نمبر بھی چاہیے
[03/04/2025, 09:42:33] [[PERSON:Parveen Khan]]: ہاں۔ NHS نمبر [[OTHER_ID:943 476 5870]]۔ [[PERSON:خان]] صاحب کہہ رہے ہیں کسی کو تنگ نہ کرو 😅
[03/04/2025, 09:43:02] [[PERSON:Mehwish]]: ابو ہمیشہ یہی کہتے ہیں 🙄 [[AGE:72 سال]] کی عمر ہے، گر گئے تو کون ذمہ دار؟
[03/04/2025, 11:15:50] [[PERSON:Bilal]]: complaint بھیج دی۔ ریفرنس [[REFERENCE:MH/CMP/25/0412]]۔ ایڈریس [[ADDRESS:7 Heathcote Street]]، [[POSTCODE:OL9 6RD]]۔ رابطے کے لیے اپنا نمبر دیا ہے [[PHONE:07700 900 945]]
[17/04/2025, 16:30:12] [[PERSON:Bilal]]: stage 1 کا جواب: "funding میں تاخیر ہے"۔ میں stage 2 میں جا رہا ہوں، اور کونسلر کو بھی لکھ دیا ہے
[17/04/2025, 16:32:00] [[PERSON:Mehwish]]: 👍 اور [[ADDRESS:مسجد فاروقیہ]] کی کمیٹی نے بھی خط دے دیا ہے کہ ابو اب جمعہ پڑھنے بھی نہیں آ پاتے
[20/05/2025, 18:45:09] [[PERSON:Parveen Khan]]: اللہ کا شکر! stairlift لگ گئی اور نیچے ٹوائلٹ اور شاور بن گیا۔ تمہارے ابو آج خود اوپر گئے 🥲
[20/05/2025, 18:50:30] [[PERSON:Bilal]]: stage 2 میں انہوں نے مانا کہ OT کی رپورٹ پانچ مہینے ایک ٹیم سے دوسری ٹیم میں پڑی رہی۔ تین سو پاؤنڈ دیے اور اب ہر adaptation کا ایک case officer ہوتا ہے جو ہر مہینے update دیتا ہے
[20/05/2025, 18:52:11] [[PERSON:Mehwish]]: سبق: تاریخیں لکھ کر رکھو، OT کی رپورٹ کی کاپی اپنے پاس رکھو، اور stage 2 سے مت ڈرو
[20/05/2025, 18:55:40] [[PERSON:Parveen Khan]]: [[PERSON:بلو]] بیٹا، شکریہ ❤️
"""),
    ),
    (
        "fv2br-ur-04",
        "ur",
        _s("""
[[PERSON:Adnan Sheikh]], [11.08.2025 22:05]
آج پھر وہی آدمی ہماری گاڑی پر انڈے پھینک گیا اور چیخ رہا تھا "go back home"۔ بچے ڈر کر رو رہے تھے
[[PERSON:Fozia]], [11.08.2025 22:08]
میں نے کھڑکی سے ویڈیو بنا لی ہے۔ وہ اسی کالی وین میں آتا ہے، نمبر [[OTHER_ID:MX15 HGU]]
Uncle [[PERSON:Rafiq]], [11.08.2025 22:15]
بیٹا یہ صرف ASB نہیں، یہ نفرت پر مبنی جرم ہے۔ وہ ہمیں اس لیے نشانہ بنا رہا ہے کہ ہم [[OTHER_SPECIAL:پاکستانی]] اور [[OTHER_SPECIAL:مسلمان]] ہیں
[[PERSON:Adnan Sheikh]], [11.08.2025 22:20]
پولیس کو رپورٹ کر دی، کرائم نمبر [[REFERENCE:25/118402/M]]۔ اور وہ فیس بک پر [[OTHER_ID:@dazza.m13]] کے نام سے ہماری گلی کی تصویریں ڈال رہا ہے
[[PERSON:Fozia]], [12.08.2025 09:30]
[[ORGANISATION:Irwell Side Homes]] کو بھی بتانا ہے، وہ ان کا ٹیننٹ ہے۔ [[ADDRESS:نمبر 31]] میں رہتا ہے
[[PERSON:Adnan Sheikh]], [12.08.2025 12:00]
ASB کیس کھل گیا: [[REFERENCE:ISH-ASB-2025-661]]۔ آفیسر کا نام [[PERSON:Gemma Walsh]]، نمبر [[PHONE:0161 496 0588]]
Uncle [[PERSON:Rafiq]], [12.08.2025 12:10]
میں بھی گواہی دوں گا۔ میرا گھر بالکل سامنے ہے، [[ADDRESS:28 Alder Street]]، [[POSTCODE:m8 0rq]]، سب دیکھتا ہوں
[[PERSON:Fozia]], [20.08.2025 19:00]
[[PERSON:Gemma]] آئی تھیں، سب کے بیان لیے۔ کہہ رہی تھیں ویڈیو بہت کام آئے گی
[[PERSON:Adnan Sheikh]], [14.10.2025 20:30]
خبر: عدالت سے injunction مل گیا، وہ ہماری گلی میں نہیں آ سکتا، اور [[ORGANISATION:Irwell Side Homes]] نے اسے دوسری جگہ منتقل کر دیا۔ گلی میں CCTV بھی لگ گیا
[[PERSON:Fozia]], [14.10.2025 20:35]
الحمدللہ 🤲 بچے اب باہر کھیلتے ہیں۔ [[PERSON:زارا]] نے آج پوچھا "امی وہ انکل اب نہیں آئیں گے نا؟"
Uncle [[PERSON:Rafiq]], [14.10.2025 20:40]
انہوں نے معافی کا خط بھی دیا کہ پہلی شکایت کو صرف "neighbour dispute" سمجھا گیا۔ اب نسلی نفرت کی ہر شکایت پر ۲۴ گھنٹے میں رابطہ ہوگا۔ سبق: ثبوت رکھو، اکیلے مت لڑو
"""),
    ),
    (
        "fv2br-ur-05",
        "ur",
        _s("""
21/01/2025, 07:10 - [[PERSON:Farhan]]: سب کے ریڈی ایٹر ٹھنڈے ہیں؟ تین دن سے ہیٹنگ بند ہے
21/01/2025, 07:12 - [[PERSON:Rizwana]] Baji: ہاں بھائی، گرم پانی بھی نہیں۔ میں بچوں کو ان کی نانی کے گھر چھوڑ آئی ہوں
21/01/2025, 07:20 - [[PHONE:+44 7700 900372]]: السلام علیکم، میں [[PERSON:نوید]] ہوں دوسری منزل سے۔ کسی نے [[ORGANISATION:Calderbank Homes]] کو بتایا؟
21/01/2025, 07:25 - [[PERSON:Farhan]]: میں نے کل بتایا تھا، ریفرنس [[REFERENCE:CBH-HT-55012]]۔ کہتے ہیں district heating کا پمپ خراب ہے
30/01/2025, 20:00 - [[PERSON:Rizwana]] Baji: دس دن ہو گئے!! اور آج service charge کا بل آیا ہے، ہیٹنگ کے پورے پیسے لگے ہیں 😡 £42 مہینہ
30/01/2025, 20:05 - [[PERSON:Farhan]]: یہ تو حد ہے۔ میں complaint لکھتا ہوں کہ جتنے دن ہیٹنگ بند رہی اتنے پیسے واپس ہوں
30/01/2025, 20:06 - [[PERSON:Farhan]]: جواب کے لیے میرا ای میل [[EMAIL:farhan dot ali at example dot com]] ہے، سب cc میں رہیں گے
30/01/2025, 20:10 - [[PHONE:+44 7700 900372]]: میری والدہ کو [[HEALTH:گٹھیا]] ہے، ٹھنڈ میں بہت درد ہوتا ہے، یہ بھی لکھ دیں
31/01/2025, 09:00 - [[PERSON:Farhan]]: complaint ریفرنس [[REFERENCE:CBH-C-88210]]۔ ایڈریس لکھا [[ADDRESS:Lister Court]]، [[POSTCODE:hx3 5bn]]
02/02/2025, 15:30 - [[PERSON:Rizwana]] Baji: ہیٹنگ آ گئی 🔥 الحمدللہ
28/02/2025, 18:00 - [[PERSON:Farhan]]: جواب آ گیا۔ انہوں نے مانا کہ ۱۲ دن ہیٹنگ نہیں تھی اور بل غلط تھا۔ ہر فلیٹ کو ۱۲ دن کا service charge واپس، اوپر سے ۸۰ پاؤنڈ۔ اور اب اگر ہیٹنگ ۲ دن سے زیادہ بند رہے تو charge خود بخود کم ہوگا
28/02/2025, 18:05 - [[PHONE:+44 7700 900372]]: ریفنڈ کے لیے انہوں نے اکاؤنٹ مانگا تھا، میں نے فون پر دیا، جو [[OTHER_ID:7741]] پر ختم ہوتا ہے۔ پیسے آ گئے 👍
28/02/2025, 18:10 - [[PERSON:Rizwana]] Baji: شکریہ [[PERSON:فرحان]] بھائی۔ سبق: بل اور مرمت کو الگ مت سمجھو، دونوں ایک ہی شکایت میں ڈالو
28/02/2025, 18:12 - [[PERSON:Farhan]]: اور [[PERSON:نوید]] بھائی، اپنا نمبر save کروا دیں 😄
"""),
    ),
    (
        "fv2br-bn-01",
        "bn",
        _s("""
10/10/2024, 21:05 - [[PERSON:Rumana]]: আসসালামু আলাইকুম সবাই। আমার বাচ্চার রুমে আবার কালো mould হইছে, জানালার চারপাশ পুরা কালো
10/10/2024, 21:07 - [[PERSON:আশা]]: আমাদেরও। [[PERSON:তানভীরের]] বয়স মাত্র [[AGE:৩ বছর]], ওর [[HEALTH:হাঁপানি]] আছে, সারা রাত কাশে
10/10/2024, 21:10 - [[PERSON:Jamal]] Bhai: আমি [[ORGANISATION:Limehouse Cut Housing]]-কে তিনবার ফোন দিছি। খালি বলে "we'll send someone"
10/10/2024, 21:12 - Mr [[PERSON:Chowdhury]]: আমার মনে হয় সবাই মিলে একটা complaint করা দরকার। আমি লিখে দিতে পারি
10/10/2024, 21:15 - [[PERSON:Rumana]]: আশা করি এবার কাজ হবে 🤲
10/10/2024, 21:20 - [[PERSON:আশা]]: <Media omitted>
10/10/2024, 21:21 - [[PERSON:আশা]]: [[ADDRESS:Saltwell Health Centre]]-এর ডাক্তারের চিঠিও আছে, দিয়ে দিব
11/10/2024, 10:30 - Mr [[PERSON:Chowdhury]]: Complaint পাঠাইছি [[ADDRESS:Cavell House]], [[POSTCODE:e14 7qx]]-এর সব ফ্ল্যাটের পক্ষ থেকে। রেফারেন্স [[REFERENCE:LCH-CMP-40921]]। ওরা ফোন করলে আমার নাম্বার দিছি [[PHONE:০৭৭০০ ৯০০৫৩৩]]
11/10/2024, 10:35 - [[PERSON:Jamal]] Bhai: ধন্যবাদ চাচা 🙏
25/10/2024, 16:00 - [[PERSON:আশা]]: আজ surveyor আসছিল, নাম [[PERSON:Daniel]]। বললো ছাদের gutter ভাঙা, দেয়ালের ভিতরে পানি ঢুকে
12/11/2024, 19:30 - Mr [[PERSON:Chowdhury]]: Stage 1 উত্তর আসছে। ওরা মানছে আগে শুধু mould wash করা ভুল ছিল। পুরা বিল্ডিং-এর gutter বদলাবে, প্রত্যেক ফ্ল্যাটে extractor fan দিবে, আর ১৮০ পাউন্ড করে ক্ষতিপূরণ
15/01/2025, 20:00 - [[PERSON:Rumana]]: কাজ শেষ! দেয়াল শুকনা, নতুন fan চলে। বাচ্চার রুমে আর গন্ধ নাই 😊
15/01/2025, 20:05 - [[PERSON:আশা]]: [[PERSON:তানভীর]] এখন রাতে ঘুমায় আলহামদুলিল্লাহ। শিক্ষা: একা একা ফোন না দিয়ে সবাই মিলে লিখিত complaint করেন, আর ডাক্তারের চিঠি দেন
15/01/2025, 20:06 - [[PERSON:Jamal]] Bhai: 👍👍 চাচাকে অনেক ধন্যবাদ
"""),
    ),
    (
        "fv2br-bn-02",
        "bn",
        _s("""
[05/02/2025, 22:10:04] [[PERSON:শিউলি]] আপা: কাউন্সিল থেকে চিঠি আসছে, আমরা এখনো band 3-এ 😔 সাত জন মানুষ দুই রুমে
[05/02/2025, 22:12:30] [[PERSON:Rafi]]: কী বলো আপা! [[PERSON:নাফিসা]] তো [[AGE:১৫ বছর]], ও এখনো ছোট ভাইদের সাথে এক রুমে ঘুমায়
[05/02/2025, 22:15:11] আম্মা: আমি লিভিং রুমে সোফায় ঘুমাই, কোমরের ব্যথা দিনদিন বাড়ে
[05/02/2025, 22:18:45] দুলাভাই: আমি তিনবার housing options-এ ফোন দিছি, কেউ কিছু বলে না
[05/02/2025, 22:20:02] [[PERSON:Rafi]]: আমি লিখে review চাইব। সবার নাম, বয়স আর register নাম্বার দাও
[05/02/2025, 22:25:37] [[PERSON:শিউলি]] আপা: register নাম্বার [[REFERENCE:THR 0051 992]]। [[PERSON:নাফিসা]] [[AGE:১৫]], [[PERSON:আয়ান]] [[AGE:১১]], [[PERSON:Ibrahim]] [[AGE:৮]], ছোটটা [[PERSON:মারিয়াম]] [[AGE:২ বছর]]। আম্মার বয়স [[AGE:৭৪]]
[05/02/2025, 22:26:10] [[PERSON:শিউলি]] আপা: আর আম্মার [[HEALTH:ডায়াবেটিস]] আছে, হাঁটুতেও ব্যথা, ডাক্তারের চিঠি আছে
[06/02/2025, 09:00:00] [[PERSON:Rafi]]: ID-র জন্য আম্মার পাসপোর্টের নাম্বার চাইছে
[06/02/2025, 09:05:12] [[PERSON:শিউলি]] আপা: আম্মার [[OTHER_SPECIAL:বাংলাদেশি]] পাসপোর্ট, নাম্বার [[OTHER_ID:EB0192837]]। সাথে [[OTHER_SPECIAL:ILR]]-এর কাগজও আছে
[06/02/2025, 13:40:00] [[PERSON:Rafi]]: review পাঠাইছি [[EMAIL:rafi.hossain@example.co.uk]] থেকে, [[ADDRESS:Cable Street Primary]] থেকে স্কুলের চিঠিও দিছি
[06/02/2025, 13:41:30] [[PERSON:Rafi]]: স্কুল বলছে [[PERSON:আয়ান]] ঘুমের অভাবে ক্লাসে ঝিমায় 😞
[14/03/2025, 18:00:00] [[PERSON:শিউলি]] আপা: আলহামদুলিল্লাহ!!! review-এ band 1 দিছে, overcrowding আর আম্মার medical মিলিয়ে। চিঠিতে মাফও চাইছে যে আগের assessment-এ আম্মাকে গোনাই হয় নাই 🤦‍♀️
[20/05/2025, 19:30:00] দুলাভাই: চার বেডরুমের বাসা পাইছি, নিচতলায়, আম্মার জন্য সিঁড়ি নাই। [[ADDRESS:16 Shadwell Gardens]]
[20/05/2025, 19:35:00] আম্মা: আল্লাহ তোমাদের ভালো রাখুক। [[PERSON:রাফি]] বাবা, তুই না থাকলে হইতো না ❤️
[20/05/2025, 19:40:00] [[PERSON:Rafi]]: শিক্ষা: বাসায় কে কে থাকে সব লিখে দিবেন, একজন বাদ পড়লেই band ভুল হয়। আর review চাইতে ভয় পাইবেন না
"""),
    ),
    (
        "fv2br-bn-03",
        "bn",
        _s("""
[[PERSON:Rahim Uddin]], [02.12.2024 19:00]
ভাই সবাই, আমার kitchen ceiling দিয়া আবার পানি পড়তেছে। উপরের [[ADDRESS:Flat 15]]-এর bath-এর পাইপ মনে হয়
[[PERSON:Jesmin Akter]], [02.12.2024 19:05]
ওই ফ্ল্যাট তো দুই মাস ধরে খালি, কেউ থাকে না। চাবি landlord-এর কাছে
[[PERSON:Mizan]], [02.12.2024 19:10]
তাহলে [[ORGANISATION:Eastbrook Homes]]-এ emergency দিতে হবে। নাম্বার [[PHONE:020 7946 0642]]
[[PERSON:Rahim Uddin]], [02.12.2024 20:30]
দিলাম। ঠিকানা দিছি [[ADDRESS:Flat 11]], [[ADDRESS:Tarling House]], [[POSTCODE:E1 0RW]]। job নাম্বার [[REFERENCE:EBH 2231 870]]। বলে চার ঘণ্টার মধ্যে আসবে
[[PERSON:Rahim Uddin]], [03.12.2024 08:15]
কেউ আসে নাই 😤 সারারাত বালতি দিয়া পানি ধরছি। আব্বার বয়স আশির উপরে, উনার ঘুম হয় নাই
[[PERSON:Jesmin Akter]], [03.12.2024 08:20]
আবার ফোন দেন, আর লিখিত complaint করেন। ফোনে কিছু record থাকে না
[[PERSON:Rahim Uddin]], [03.12.2024 14:00]
তিনবার ফোনে তিন রকম কথা। একজন বলে job cancel, একজন বলে contractor আসছিল কিন্তু কেউ দরজা খোলে নাই 🙄 আমি সারাদিন বাসায় ছিলাম
[[PERSON:Mizan]], [03.12.2024 14:10]
আমার মেয়ে [[PERSON:তাসনিম]] ইংরেজিতে লিখে দিবে। ওর ইমেইল [[EMAIL:tasnim.m@example.com]] থেকে পাঠাবে, cc-তে আপনি
[[PERSON:Rahim Uddin]], [04.12.2024 09:00]
complaint রেফারেন্স [[REFERENCE:EBH-CMP-19022]]। [[PERSON:তাসনিমকে]] অনেক ধন্যবাদ 🙏
[[PERSON:Rahim Uddin]], [04.12.2024 17:00]
আজ [[ORGANISATION:RapidFix Property Services]] আসছে, উপরের পাইপ ঠিক করছে। কিন্তু আমার ceiling কবে ঠিক করবে কেউ জানে না
[[PERSON:Jesmin Akter]], [20.01.2025 18:30]
Stage 1-এ কী বললো?
[[PERSON:Rahim Uddin]], [20.01.2025 18:40]
শুধু "sorry for the inconvenience"। তাই Housing Ombudsman-এ গেছি, কেস নাম্বার [[REFERENCE:202419774]]
[[PERSON:Rahim Uddin]], [15.04.2025 20:00]
সুখবর ✅ Ombudsman-এর সিদ্ধান্তের আগেই ওরা stage 2-এ মাইনা নিছে: নতুন ceiling, kitchen রং, ৪০০ পাউন্ড। আর এখন থেকে খালি ফ্ল্যাটের চাবি emergency টিমের কাছে থাকবে, প্রত্যেক emergency job-এর পর text দিয়ে জানাবে
[[PERSON:Mizan]], [15.04.2025 20:05]
শিক্ষা: ফোনের পরে সবসময় লিখিত দেন, আর ভুল কথা বললে সাথে সাথে ধরেন
[[PERSON:Jesmin Akter]], [15.04.2025 20:06]
👏👏 [[PERSON:রহিম]] ভাই
"""),
    ),
    (
        "fv2br-bn-04",
        "bn",
        _s("""
03/06/2025, 08:30 - [[PERSON:Nasrin]]: গতকাল রাতে [[PERSON:জায়ান]] আবার জানালা খুলে ফেলছিল, দোতলায়!! আল্লাহ বাঁচাইছে 😭
03/06/2025, 08:35 - [[PERSON:Kamal]]: window restrictor তো তিন মাস ধরে ভাঙা। ওর [[HEALTH:অটিজম]] আর [[HEALTH:ADHD]], কোনো ভয়ডর নাই
03/06/2025, 08:40 - নানু: ইয়া আল্লাহ। তোমরা আবার বলো ওদের
03/06/2025, 09:15 - [[PERSON:Kamal]]: [[ORGANISATION:Lea Riverside Housing]]-এ ফোন দিছি। বলে OT report লাগবে। OT report তো মার্চেই দিছি!
03/06/2025, 09:20 - [[PERSON:Nasrin]]: আমি complaint লিখতেছি। [[PERSON:জায়ানের]] বয়স [[AGE:৯ বছর]], স্কুল [[ADDRESS:Old Ford Lock Primary]]
03/06/2025, 09:22 - [[PERSON:Nasrin]]: স্কুলের SENCO Ms [[PERSON:Okonjo]] একটা চিঠি দিবেন বলছেন
03/06/2025, 11:45 - [[PERSON:Nasrin]]: পাঠাইছি [[EMAIL:nasrin.k.begum@example.org]] থেকে। রেফারেন্স [[REFERENCE:LRH/C/77310]]। ঠিকানা [[ADDRESS:42 Malmesbury Walk]], [[POSTCODE:E3 2LZ]]
04/06/2025, 10:00 - [[PERSON:Kamal]]: [[PERSON:Hannah]] নামে একজন ফোন দিছিল adaptations team থেকে। বললো OT report ভুল inbox-এ গেছিল। কাল আসবে
05/06/2025, 17:30 - [[PERSON:Nasrin]]: সব জানালায় নতুন restrictor লাগাইছে, আজকেই! আর বাগানের বেড়া উঁচু করবে, গেটে তালা দিবে
05/06/2025, 17:31 - [[PERSON:Nasrin]]: This message was deleted
15/07/2025, 19:00 - [[PERSON:Kamal]]: বাগানের বেড়া হয়ে গেছে, গেটে কোড লক। বাথরুমে non-slip floor-ও দিছে
15/07/2025, 19:10 - [[PERSON:Nasrin]]: লিখিত উত্তরও আসছে: মাফ চাইছে, ২০০ পাউন্ড দিছে, আর এখন থেকে বাচ্চার নিরাপত্তার কোনো repair হলে ২৪ ঘণ্টার মধ্যে আসবে। [[PERSON:জায়ান]] আজ বাগানে একা খেলছে, আমি শান্ত হয়ে চা খাইলাম ☕
15/07/2025, 19:15 - নানু: আলহামদুলিল্লাহ। [[PERSON:নাসরিন]] মা, তুমি অনেক সাহসী
15/07/2025, 19:20 - [[PERSON:Kamal]]: শিক্ষা: "safety" শব্দটা প্রথমেই লিখবেন, আর OT report-এর কপি নিজের কাছে রাখবেন
"""),
    ),
    (
        "fv2br-bn-05",
        "bn",
        _s("""
[18/04/2025, 23:50:12] [[PERSON:Sumon]]: আবার সিঁড়িতে ৪-৫ জন বসে আছে, গাঁজার গন্ধে ঘরে থাকা যায় না
[18/04/2025, 23:52:40] [[PERSON:শান্তি]]: আমার মেয়ে কাজ থেকে আসছিল, ভয়ে বিল্ডিং-এ ঢুকতে পারে নাই। [[PERSON:সুমন]] ভাই নিচে যাইয়েন না, বিপদ
[18/04/2025, 23:55:01] [[PERSON:Sultana]] Apa: নিচে একটা সাদা BMW দাঁড়ানো, নাম্বার [[OTHER_ID:LF20 ZTK]]। প্রতি রাতে এই গাড়ি আসে
[19/04/2025, 09:10:22] [[PERSON:Sumon]]: [[ORGANISATION:Stepney Green Homes]]-এর ASB team-এ report দিছি। কেস নাম্বার [[REFERENCE:SGH/ASB/3318]]। বলে diary রাখতে
[19/04/2025, 09:15:00] [[PERSON:Sultana]] Apa: আর ওরা Snapchat-এ [[OTHER_ID:@stairs_e1_plug]] নামে বিজ্ঞাপন দেয়, আমার ভাগ্নে দেখাইলো 😡
[19/04/2025, 09:20:35] [[PERSON:শান্তি]]: বিল্ডিং-এর মেইন দরজার তালা ছয় মাস ধরে ভাঙা, তাই সবাই ঢুকে। এটাও লিখেন
[19/04/2025, 09:45:10] [[PERSON:Sumon]]: লিখছি। ঠিকানা [[ADDRESS:Jamuna House]], [[POSTCODE:e1 3hq]]। ASB officer [[PERSON:Marcus Bryan]], উনার নাম্বার [[PHONE:020 7946 0917]]
[02/05/2025, 20:00:00] [[PERSON:Sultana]] Apa: দরজার তালা এখনো ঠিক হয় নাই 😤
[02/05/2025, 20:10:00] [[PERSON:Sumon]]: তাহলে formal complaint দিলাম, [[REFERENCE:SGH-CMP-5120]], তালা আর ASB দুইটাই একসাথে
[03/06/2025, 19:00:00] [[PERSON:Sumon]]: আপডেট: নতুন fob door লাগাইছে, সিঁড়িতে CCTV। পুলিশের সাথে মিলে দুইবার raid হইছে, BMW আর আসে না
[03/06/2025, 19:05:00] [[PERSON:শান্তি]]: এখন রাতে শান্তিতে ঘুমাইতে পারি 😌 মেয়েও একা বাসায় আসে
[03/06/2025, 19:10:00] [[PERSON:Sultana]] Apa: complaint-এর উত্তরে বলছে তালা ভাঙা ফেলে রাখা ঠিক হয় নাই, প্রতি ফ্ল্যাটে ৫০ পাউন্ড। আর এখন থেকে মাসে একবার building check হবে
[03/06/2025, 19:15:00] [[PERSON:Sumon]]: শিক্ষা: ASB-র সাথে repair-ও ধরেন, কারণ ভাঙা দরজাই আসল সমস্যা ছিল। আর [[PERSON:Marcus]]-এর মতো ভালো officer পাইলে ছাড়বেন না 😄
"""),
    ),
    (
        "fv2br-pa-01",
        "pa",
        _s("""
08/12/2024, 07:30 - [[PERSON:ਸੁੱਖ]]: ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ ਸਾਰਿਆਂ ਨੂੰ। ਬੇਬੇ ਜੀ ਦਾ ਬੁਆਇਲਰ ਫਿਰ ਬੰਦ ਹੋ ਗਿਆ, ਘਰ ਵਿੱਚ ਬਰਫ਼ ਵਰਗੀ ਠੰਢ ਹੈ
08/12/2024, 07:35 - [[PERSON:Preet]]: ਹਾਏ ਰੱਬਾ। ਬੇਬੇ ਜੀ [[AGE:੮੭ ਸਾਲ]] ਦੇ ਨੇ, ਨਾਲੇ [[HEALTH:ਦਿਲ ਦੀ ਬਿਮਾਰੀ]] ਵੀ ਹੈ। ਮੈਂ ਹੁਣੇ ਹੀਟਰ ਲੈ ਕੇ ਜਾਂਦੀ ਹਾਂ
08/12/2024, 07:40 - ਚਾਚਾ ਜੀ: ਕੌਂਸਲ ਨੂੰ ਫ਼ੋਨ ਕਰੋ। ਪਿਛਲੇ ਮਹੀਨੇ ਵੀ ਇਹੀ ਹੋਇਆ ਸੀ
08/12/2024, 08:05 - [[PERSON:ਸੁੱਖ]]: [[ORGANISATION:Tettenhall Vale Homes]] ਨੂੰ [[PHONE:੦੧੨੧ ੪੯੬ ੦੭੧੯]] 'ਤੇ ਫ਼ੋਨ ਕੀਤਾ। ਜੌਬ ਨੰਬਰ [[REFERENCE:TVH-558201]]। ਕਹਿੰਦੇ ਇੰਜੀਨੀਅਰ ਅੱਜ ਸ਼ਾਮ ਤੱਕ ਆਊਗਾ
08/12/2024, 08:06 - [[PERSON:ਸੁੱਖ]]: ਮੈਂ ਦੱਸਿਆ ਕਿ ਬੇਬੇ ਜੀ ਇਕੱਲੇ ਰਹਿੰਦੇ ਹਨ, [[ADDRESS:14 Ferndale Grove]], [[POSTCODE:wv3 9qg]], [[ADDRESS:ਗੁਰਦੁਆਰਾ ਦਸਮੇਸ਼ ਦਰਬਾਰ]] ਦੇ ਪਿੱਛੇ ਵਾਲਾ ਬੰਗਲਾ
08/12/2024, 19:30 - [[PERSON:Preet]]: ਕੋਈ ਨਹੀਂ ਆਇਆ 😡 ਮੈਂ ਬੇਬੇ ਜੀ ਨੂੰ ਆਪਣੇ ਘਰ ਲੈ ਆਈ ਹਾਂ
09/12/2024, 09:00 - [[PERSON:Jas]]: ਮੈਂ ਹੁਣੇ email ਰਾਹੀਂ complaint ਲਿਖ ਦਿੱਤੀ। ਬੇਬੇ ਜੀ ਦਾ ਪੂਰਾ ਨਾਮ [[PERSON:ਗੁਰਮੀਤ ਕੌਰ]] ਲਿਖਿਆ, ਤੇ ਜਵਾਬ ਲਈ ਮੇਰੀ email [[EMAIL:jas.sandhu@example.com]]। Complaint ਨੰਬਰ [[REFERENCE:TVH/CMP/4410]]
09/12/2024, 15:20 - [[PERSON:ਸੁੱਖ]]: ਇੰਜੀਨੀਅਰ ਆ ਗਿਆ, [[ORGANISATION:Midland Gas Care]] ਤੋਂ। ਕਹਿੰਦਾ ਬੁਆਇਲਰ ੧੮ ਸਾਲ ਪੁਰਾਣਾ ਹੈ, ਪੁਰਜ਼ੇ ਹੀ ਨਹੀਂ ਮਿਲਦੇ
09/12/2024, 15:21 - [[PERSON:ਸੁੱਖ]]: <Media omitted>
20/12/2024, 18:00 - [[PERSON:Jas]]: ਨਵਾਂ ਬੁਆਇਲਰ ਲੱਗ ਗਿਆ ✅ ਤੇ complaint ਦਾ ਜਵਾਬ ਵੀ: ਉਹਨਾਂ ਮੰਨਿਆ ਕਿ ਇੱਕ ਮਹੀਨੇ ਵਿੱਚ ਦੂਜੀ ਵਾਰ ਖ਼ਰਾਬ ਹੋਣ 'ਤੇ ਬਦਲ ਦੇਣਾ ਚਾਹੀਦਾ ਸੀ। £200 ਮੁਆਵਜ਼ਾ, ਤੇ ਹੁਣ ਬੇਬੇ ਜੀ vulnerable ਲਿਸਟ 'ਤੇ ਹਨ
20/12/2024, 18:05 - ਚਾਚਾ ਜੀ: ਵਾਹਿਗੁਰੂ ਦੀ ਕਿਰਪਾ। ਬਾਕੀ ਸਭ ਸੁੱਖ-ਸਾਂਦ ਹੈ?
20/12/2024, 18:10 - [[PERSON:Preet]]: ਹਾਂ ਜੀ 🙏 ਬੇਬੇ ਜੀ ਕੱਲ੍ਹ ਆਪਣੇ ਘਰ ਵਾਪਸ ਜਾਣਗੇ
20/12/2024, 18:15 - [[PERSON:ਸੁੱਖ]]: ਸਬਕ: ਫ਼ੋਨ ਦੇ ਨਾਲ ਲਿਖਤੀ complaint ਜ਼ਰੂਰ ਕਰੋ, ਤੇ ਪਹਿਲੇ ਦਿਨ ਹੀ ਉਮਰ ਤੇ ਬਿਮਾਰੀ ਦੱਸੋ। ਸ਼ਾਬਾਸ਼ [[PERSON:ਜੱਸੀ]] 👏
"""),
    ),
    (
        "fv2br-pa-02",
        "pa",
        _s("""
[05/10/2024, 20:14:02] [[PERSON:ਜੋਤ]] [[ADDRESS:Flat 5]]: ਸਾਰਿਆਂ ਨੂੰ ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ। ਕਿਸੇ ਹੋਰ ਦੇ ਘਰ ਵੀ ਕੰਧਾਂ 'ਤੇ ਕਾਲੀ ਉੱਲੀ ਆ ਰਹੀ ਹੈ? ਸਾਡੇ ਬਾਥਰੂਮ ਦਾ ਪੱਖਾ ਮਹੀਨਿਆਂ ਤੋਂ ਬੰਦ ਹੈ
[05/10/2024, 20:16:30] [[PERSON:Harjit Singh]]: ਸਾਡੇ ਵੀ। ਰਸੋਈ ਦਾ ਪੱਖਾ ਵੀ ਨਹੀਂ ਚੱਲਦਾ। ਮੈਂ ਸੋਚਿਆ ਸਿਰਫ਼ ਸਾਡੇ ਹੀ ਇਹ ਹਾਲ ਹੈ
[05/10/2024, 20:20:11] [[PERSON:ਕੁਲਦੀਪ]]: ਸਾਡੇ ਨਿੱਕੇ [[PERSON:ਫ਼ਤਿਹ]] ਨੂੰ [[HEALTH:ਦਮਾ]] ਹੈ, ਉਹ [[AGE:੪ ਸਾਲ]] ਦਾ ਹੈ। ਡਾਕਟਰ ਕਹਿੰਦਾ ਘਰ ਦੀ ਸਿੱਲ੍ਹ ਕਰਕੇ ਵਿਗੜਦਾ ਹੈ
[05/10/2024, 20:25:47] [[PHONE:+44 7700 900264]]: Hi ਜੀ, ਮੈਂ [[PERSON:ਅੰਮ੍ਰਿਤ]] ਹਾਂ [[ADDRESS:Flat 11]] ਤੋਂ, [[PERSON:ਜੋਤ]] ਭੈਣ ਜੀ ਨੇ ਐਡ ਕੀਤਾ। ਸਾਡਾ ਵੀ ਇਹੀ ਹਾਲ ਹੈ
[05/10/2024, 20:30:00] [[PERSON:ਜੋਤ]] [[ADDRESS:Flat 5]]: ਫਿਰ ਇਹ ਸਾਰੀ ਬਿਲਡਿੰਗ ਦਾ ਮਸਲਾ ਹੈ। ਮੈਂ [[ORGANISATION:Havelock Homes]] ਨੂੰ ਸਾਰਿਆਂ ਵੱਲੋਂ ਇੱਕ complaint ਭੇਜਦੀ ਹਾਂ। ਆਪਣੇ repair ਨੰਬਰ ਭੇਜੋ
[05/10/2024, 20:33:21] [[PERSON:Harjit Singh]]: ਮੇਰਾ [[REFERENCE:੭੭੪੦੧੨]]
[05/10/2024, 20:35:02] [[PERSON:ਕੁਲਦੀਪ]]: [[REFERENCE:HH-R-77-4388]]
[06/10/2024, 12:10:40] [[PERSON:ਜੋਤ]] [[ADDRESS:Flat 5]]: ਭੇਜ ਦਿੱਤੀ ✅ ਪਤਾ [[ADDRESS:Beaconsfield House]], [[POSTCODE:ub2 4ny]]। ਜਵਾਬ ਲਈ ਮੇਰਾ ਨੰਬਰ [[PHONE:੦੭੭੦੦ ੯੦੦੧੮੩]] ਦਿੱਤਾ। Complaint ref [[REFERENCE:HVH-CMP-10933]]
[06/10/2024, 12:12:00] [[PERSON:Harjit Singh]]: ਸ਼ੁਕਰੀਆ ਭੈਣ ਜੀ 🙏
[22/10/2024, 17:45:30] [[PERSON:ਕੁਲਦੀਪ]]: ਅੱਜ ਸਰਵੇਅਰ ਆਈ ਸੀ, ਨਾਮ [[PERSON:Rose]]। ਉਸਨੇ ਦੱਸਿਆ ਕਿ ਛੱਤ ਉੱਤੇ ਸਾਰੇ ਪੱਖਿਆਂ ਦੀ ਮੇਨ ਮੋਟਰ ਸੜੀ ਹੋਈ ਹੈ, ਇਸ ਕਰਕੇ ਕਿਸੇ ਦਾ ਪੱਖਾ ਨਹੀਂ ਚੱਲਦਾ
[15/11/2024, 19:00:00] [[PERSON:ਜੋਤ]] [[ADDRESS:Flat 5]]: ਜਵਾਬ ਆ ਗਿਆ! ਉਹ ਮੰਨਦੇ ਹਨ ਕਿ ਹਰ ਵਾਰ ਸਿਰਫ਼ ਇੱਕ-ਇੱਕ ਘਰ ਦਾ ਪੱਖਾ ਚੈੱਕ ਕੀਤਾ, ਕਿਸੇ ਨੇ ਛੱਤ ਨਹੀਂ ਦੇਖੀ। ਨਵੀਂ ਮੋਟਰ ਲੱਗ ਗਈ, ਹਰ ਫਲੈਟ ਵਿੱਚ ਉੱਲੀ ਦਾ ਇਲਾਜ, ਤੇ ਹਰ ਇੱਕ ਨੂੰ £150
[15/11/2024, 19:05:12] [[PERSON:ਕੁਲਦੀਪ]]: [[PERSON:ਫ਼ਤਿਹ]] ਦੀ ਖੰਘ ਹੁਣ ਬਹੁਤ ਘੱਟ ਹੈ 🙏
[15/11/2024, 19:10:44] [[PHONE:+44 7700 900264]]: ਸਬਕ ਇਹ ਕਿ ਜੇ ਸਾਰਿਆਂ ਦੀ ਇੱਕੋ ਸਮੱਸਿਆ ਹੈ ਤਾਂ ਇਕੱਠੇ ਲਿਖੋ। ਇਕੱਲਿਆਂ ਨੂੰ ਉਹ "condensation ਹੈ, ਖਿੜਕੀ ਖੋਲ੍ਹੋ" ਕਹਿ ਕੇ ਟਾਲ ਦਿੰਦੇ ਹਨ
[15/11/2024, 19:12:00] [[PERSON:ਜੋਤ]] [[ADDRESS:Flat 5]]: ਬਿਲਕੁਲ। ਤੇ [[PERSON:ਅੰਮ੍ਰਿਤ]] ਜੀ, ਹੁਣ ਆਪਣਾ ਨਾਮ save ਕਰਵਾ ਦਿਓ 😄
"""),
    ),
    (
        "fv2br-pa-03",
        "pa",
        _s("""
[[PERSON:Baljit]], [12.01.2025 09:15]
ਕੱਲ੍ਹ ਦੀ ਹਨੇਰੀ ਤੋਂ ਬਾਅਦ ਸਾਡੀ ਛੱਤ ਫਿਰ ਚੋਣ ਲੱਗ ਪਈ। ਉੱਪਰ ਵਾਲੇ ਕਮਰੇ ਵਿੱਚ ਤਿੰਨ ਬਾਲਟੀਆਂ ਰੱਖੀਆਂ ਨੇ
[[PERSON:ਮਨਜੀਤ]], [12.01.2025 09:20]
ਸਾਡੇ [[ADDRESS:ਨੰਬਰ ੧੯]] ਵਿੱਚ ਵੀ। ਇਹ ਪੂਰੀ ਕਤਾਰ ਦੀ ਛੱਤ ਇੱਕੋ ਹੈ, ਟਾਈਲਾਂ ਉੱਡ ਗਈਆਂ
Uncle [[PERSON:Darshan]], [12.01.2025 09:31]
ਮੈਂ ੩੦ ਸਾਲ ਤੋਂ ਇਸ ਘਰ ਵਿੱਚ ਹਾਂ, ਛੱਤ ਕਦੇ ਨਵੀਂ ਨਹੀਂ ਪਈ। ਹਰ ਵਾਰ ਪੈਚ ਲਾ ਕੇ ਤੁਰ ਜਾਂਦੇ ਨੇ
[[PERSON:Kiran]], [12.01.2025 10:05]
ਮੈਂ [[ORGANISATION:Soar Valley Housing]] ਨੂੰ ਚਾਰੇ ਘਰਾਂ ਵੱਲੋਂ ਲਿਖਦੀ ਹਾਂ। ਪਤੇ: [[ADDRESS:17, 19, 21 ਤੇ 23 Harrison Row]], [[POSTCODE:LE4 6AW]]। ਜਵਾਬ ਮੇਰੀ email [[EMAIL:kiran dot gill at example dot org]] 'ਤੇ ਆਵੇਗਾ
[[PERSON:Baljit]], [12.01.2025 10:10]
ਮੇਰੀ ਪੋਤੀ [[PERSON:ਨਿਮਰਤ]] ਦਾ ਕਮਰਾ ਉੱਪਰ ਹੈ, ਉਹ ਸਿਰਫ਼ [[AGE:੬ ਮਹੀਨਿਆਂ]] ਦੀ ਹੈ। ਹੁਣ ਸਾਡੇ ਨਾਲ ਥੱਲੇ ਸੌਂਦੀ ਹੈ, ਇਹ ਵੀ ਲਿਖ ਦੇਈਂ
[[PERSON:Kiran]], [13.01.2025 18:00]
Complaint ਨੰਬਰ [[REFERENCE:SVH-2025-C-0093]]। ਕਹਿੰਦੇ ਨੇ ਸਰਵੇਅਰ "ਅਗਲੇ ਮਹੀਨੇ" ਆਵੇਗਾ
[[PERSON:ਮਨਜੀਤ]], [03.03.2025 20:15]
ਦੋ ਮਹੀਨੇ ਹੋ ਗਏ, ਸਿਰਫ਼ ਤਰਪਾਲ ਪਾਈ ਹੈ। Stage 2 ਦਾ ਜਵਾਬ ਵੀ ਖਾਲੀ
[[PERSON:Kiran]], [04.03.2025 09:00]
ਮੈਂ Housing Ombudsman ਕੋਲ ਭੇਜ ਦਿੱਤਾ, ਕੇਸ [[REFERENCE:202500418]]। ਸਾਰਿਆਂ ਦੀਆਂ ਫ਼ੋਟੋਆਂ ਤਾਰੀਖਾਂ ਨਾਲ ਲਾਈਆਂ
[[PERSON:Baljit]], [28.04.2025 17:30]
[[ORGANISATION:Charnwood Roofing]] ਵਾਲੇ ਸਕੈਫੋਲਡਿੰਗ ਲਾ ਰਹੇ ਨੇ! ਪੂਰੀ ਕਤਾਰ ਦੀ ਨਵੀਂ ਛੱਤ 🙌
Uncle [[PERSON:Darshan]], [30.05.2025 19:00]
ਛੱਤ ਮੁਕੰਮਲ। ੩੦ ਸਾਲਾਂ ਵਿੱਚ ਪਹਿਲੀ ਵਾਰ 😄 ਵਾਹਿਗੁਰੂ
[[PERSON:Kiran]], [05.06.2025 18:20]
Ombudsman ਦੇ ਫ਼ੈਸਲੇ ਤੋਂ ਪਹਿਲਾਂ ਹੀ [[ORGANISATION:Soar Valley]] ਨੇ ਮੰਨ ਲਿਆ: ਪੈਚ ਲਾਉਣਾ ਗਲਤ ਸੀ, ਹਰ ਘਰ ਨੂੰ £350, ਤੇ ਹੁਣ ਜਿਸ ਛੱਤ ਦੀ ਸਾਲ ਵਿੱਚ ਦੋ ਵਾਰ ਮੁਰੰਮਤ ਹੋਵੇ, ਉਸਦਾ ਪੂਰਾ ਸਰਵੇ ਹੁੰਦਾ ਹੈ
[[PERSON:ਮਨਜੀਤ]], [05.06.2025 18:25]
ਧੰਨਵਾਦ [[PERSON:ਕਿਰਨ]] ਬੇਟਾ 🙏 ਸਬਕ: ਇਕੱਠੇ ਰਹੋ ਤੇ ਫ਼ੋਟੋਆਂ ਉੱਤੇ ਤਾਰੀਖ ਰੱਖੋ
"""),
    ),
    (
        "fv2br-pa-04",
        "pa",
        _s("""
15/07/2025, 18:40 - [[PERSON:Gurpreet]]: ਫਿਰ ਕਿਸੇ ਨੇ bin store ਕੋਲ ਗੱਦੇ ਤੇ ਪੁਰਾਣਾ ਸੋਫ਼ਾ ਸੁੱਟ ਦਿੱਤਾ 😡 ਚੂਹੇ ਹਰ ਪਾਸੇ
15/07/2025, 18:45 - [[PERSON:ਤਜਿੰਦਰ]]: ਮੈਂ ਦੇਖਿਆ ਸੀ, ਰਾਤ ੧੧ ਵਜੇ ਇੱਕ ਚਿੱਟੀ van ਆਈ ਸੀ। ਨੰਬਰ ਪਲੇਟ [[OTHER_ID:FN19 WXA]]
15/07/2025, 18:50 - [[PERSON:Sonia]] [[ADDRESS:Flat 2]]: ਉਹ ਬੰਦਾ Facebook 'ਤੇ "rubbish removal £40" ਦੀ ad ਪਾਉਂਦਾ, [[OTHER_ID:facebook.com/cheaptips.wolves]]
15/07/2025, 18:52 - [[PERSON:Sonia]] [[ADDRESS:Flat 2]]: ਲੋਕਾਂ ਤੋਂ ਪੈਸੇ ਲੈਂਦਾ ਤੇ ਸਾਡੇ ਇੱਥੇ ਸੁੱਟ ਜਾਂਦਾ
15/07/2025, 19:00 - [[PERSON:Gurpreet]]: ਬੱਚੇ ਉੱਥੇ ਖੇਡਦੇ ਨੇ। ਮੇਰੀ [[PERSON:ਸਿਮਰਨ]] [[AGE:੫ ਸਾਲ]] ਦੀ ਹੈ, ਕੱਲ੍ਹ ਚੂਹਾ ਦੇਖ ਕੇ ਚੀਕਾਂ ਮਾਰਦੀ ਅੰਦਰ ਆਈ
16/07/2025, 10:00 - [[PERSON:ਤਜਿੰਦਰ]]: [[ORGANISATION:Black Country Living]] ਨੂੰ ਦੱਸ ਦਿੱਤਾ। ASB ਕੇਸ [[REFERENCE:BCL/ASB/2207]], ਤੇ bulk waste ਚੁੱਕਣ ਦਾ ਜੌਬ [[REFERENCE:BCL-R-661930]]
16/07/2025, 10:05 - [[PERSON:ਤਜਿੰਦਰ]]: ਮੈਂ ਉਹਨਾਂ ਨੂੰ van ਦੀ ਫ਼ੋਟੋ ਤੇ ad ਦਾ screenshot ਆਪਣੀ email [[EMAIL:tajinder.bains@example.net]] ਤੋਂ ਭੇਜਿਆ
25/07/2025, 20:00 - [[PERSON:Sonia]] [[ADDRESS:Flat 2]]: ਸਮਾਨ ਤਾਂ ਚੁੱਕ ਲਿਆ, ਪਰ ਗੇਟ ਦਾ ਤਾਲਾ ਅਜੇ ਵੀ ਟੁੱਟਾ ਹੈ, ਉਹ ਫਿਰ ਆ ਜਾਵੇਗਾ
25/07/2025, 20:10 - [[PERSON:Gurpreet]]: ਮੈਂ ਗੇਟ ਲਈ complaint ਕਰ ਦਿੱਤੀ, [[REFERENCE:BCL-C-3049]]। ਪਤਾ [[ADDRESS:Tudor Court]], [[POSTCODE:wv2 1ht]], ਤੇ ਫ਼ੋਨ ਆਪਣਾ ਦਿੱਤਾ [[PHONE:07700 900 558]]
25/07/2025, 20:11 - [[PERSON:Gurpreet]]: This message was deleted
20/08/2025, 19:30 - [[PERSON:ਤਜਿੰਦਰ]]: ਚੰਗੀ ਖ਼ਬਰ: ਕੌਂਸਲ ਦੀ fly-tipping ਟੀਮ ਨੇ van ਵਾਲੇ ਨੂੰ ਜੁਰਮਾਨਾ ਕੀਤਾ, ਤੇ ਨਵਾਂ ਗੇਟ ਤੇ code lock ਲੱਗ ਗਿਆ
20/08/2025, 19:35 - [[PERSON:Gurpreet]]: complaint ਦਾ ਜਵਾਬ ਵੀ ਆਇਆ: ਉਹਨਾਂ ਮੰਨਿਆ ਕਿ ਟੁੱਟਾ ਗੇਟ ਤਿੰਨ ਮਹੀਨੇ ਛੱਡੀ ਰੱਖਿਆ। ਹੁਣ ਹਰ ਹਫ਼ਤੇ bin store ਦੀ ਜਾਂਚ ਹੋਊ, ਤੇ pest control ਵੀ ਆ ਗਿਆ
20/08/2025, 19:40 - [[PERSON:Sonia]] [[ADDRESS:Flat 2]]: ਸਬਕ: ਸਬੂਤ ਇਕੱਠੇ ਕਰੋ, ਨੰਬਰ ਪਲੇਟ, ad, ਤਾਰੀਖਾਂ। ਤੇ ਸਿਰਫ਼ ਕੂੜੇ ਦੀ ਨਹੀਂ, ਅਸਲ ਕਾਰਨ ਯਾਨੀ ਗੇਟ ਦੀ complaint ਕਰੋ
20/08/2025, 19:42 - [[PERSON:Gurpreet]]: [[PERSON:ਸਿਮਰਨ]] ਫਿਰ ਬਾਹਰ ਖੇਡਣ ਲੱਗ ਪਈ 😊
"""),
    ),
    (
        "fv2br-pa-05",
        "pa",
        _s("""
[02/09/2025, 21:00:15] [[PERSON:Harpreet]]: ਵੀਰ ਜੀ, ਅੱਜ [[ORGANISATION:Heathside Homes]] ਦੀ ਚਿੱਠੀ ਆਈ ਕਿ ਸਾਡੇ ਕਿਰਾਏ ਦੇ £860 arrears ਨੇ ਤੇ notice ਦੇਣਗੇ 😰 ਪਰ ਅਸੀਂ ਤਾਂ ਹਰ ਮਹੀਨੇ ਭਰਦੇ ਹਾਂ
[02/09/2025, 21:05:40] [[PERSON:Manpreet]] Veerji: ਘਬਰਾ ਨਾ। Bank statement ਭੇਜ। Rent account ਨੰਬਰ ਕੀ ਹੈ?
[02/09/2025, 21:08:02] [[PERSON:Harpreet]]: [[REFERENCE:HSH-0044719]]। ਪੈਸੇ ਮੇਰੇ account ਤੋਂ ਜਾਂਦੇ ਨੇ, ਜਿਹੜਾ [[OTHER_ID:2290]] 'ਤੇ ਖ਼ਤਮ ਹੁੰਦਾ
[02/09/2025, 21:20:33] [[PERSON:Manpreet]] Veerji: ਵੇਖ ਲਿਆ। ਤੇਰੇ ਪੈਸੇ ਤਾਂ ਗਏ ਨੇ, ਪਰ ਲੱਗਦਾ ਉਹਨਾਂ ਨੇ ਕਿਸੇ ਹੋਰ account ਵਿੱਚ ਪਾ ਦਿੱਤੇ। ਮੈਂ complaint ਲਿਖਦਾ ਹਾਂ
[02/09/2025, 21:25:10] ਮੰਮੀ ਜੀ: ਪੁੱਤ, ਨਾਲ ਇਹ ਵੀ ਲਿਖੀਂ ਕਿ ਅਸੀਂ ਛੇ ਜਣੇ ਦੋ ਕਮਰਿਆਂ ਵਿੱਚ ਹਾਂ। ਮੈਂ ਰਸੋਈ ਦੇ ਨਾਲ ਵਾਲੇ ਕਮਰੇ ਵਿੱਚ ਮੰਜੀ ਡਾਹ ਕੇ ਸੌਂਦੀ ਹਾਂ
[02/09/2025, 21:30:45] [[PERSON:Manpreet]] Veerji: ਠੀਕ ਹੈ ਮੰਮੀ ਜੀ। [[PERSON:Harpreet]], ਆਪਣਾ NI number ਦੱਸ, ਤੇ [[PERSON:Jaswinder]] ਦਾ ਵੀ। ਨਿਆਣਿਆਂ ਦੀ ਉਮਰ ਵੀ
[02/09/2025, 21:33:20] [[PERSON:Harpreet]]: ਮੇਰਾ [[NI_NUMBER:SK 72 90 41 B]]। [[PERSON:ਜਸਵਿੰਦਰ]] ਦਾ [[NI_NUMBER:NP418836C]]। [[PERSON:ਏਕਮ]] [[AGE:੯ ਸਾਲ]], [[PERSON:ਰੂਹੀ]] [[AGE:੬]]। ਉਹ ਅਜੇ [[OTHER_SPECIAL:spouse visa]] 'ਤੇ ਨੇ, BRP ਵੀ ਭੇਜਾਂ?
[02/09/2025, 21:35:00] [[PERSON:Manpreet]] Veerji: ਨਹੀਂ, BRP ਦੀ ਲੋੜ ਨਹੀਂ, ਇੱਥੇ ਨਾ ਪਾਈਂ 🙈
[03/09/2025, 10:15:22] [[PERSON:Manpreet]] Veerji: ਭੇਜ ਦਿੱਤੀ। Complaint [[REFERENCE:HSH/CMP/5512]]। ਪਤਾ [[ADDRESS:3 Norwood Mews]], [[POSTCODE:UB2 5PQ]]। ਜਵਾਬ ਮੇਰੀ email [[EMAIL:manpreet dot sidhu at example dot com]] 'ਤੇ ਆਊ
[19/09/2025, 16:40:00] [[PERSON:Harpreet]]: ਉਹਨਾਂ ਦੀ [[PERSON:Charlotte]] ਨੇ ਫ਼ੋਨ ਕੀਤਾ। ਗਲਤੀ ਉਹਨਾਂ ਦੀ ਸੀ, ਸਾਡੇ ਪੈਸੇ ਉਸੇ ਨਾਮ ਵਾਲੇ ਕਿਸੇ ਹੋਰ ਕਿਰਾਏਦਾਰ ਦੇ account ਵਿੱਚ ਜਾ ਰਹੇ ਸਨ। arrears ਖ਼ਤਮ, notice ਵਾਪਸ 🙏
[10/10/2025, 18:00:00] [[PERSON:Manpreet]] Veerji: ਲਿਖਤੀ ਜਵਾਬ ਵੀ ਆ ਗਿਆ: ਮੁਆਫ਼ੀ, £250, ਤੇ ਹੁਣ arrears ਦੀ ਕੋਈ ਵੀ ਚਿੱਠੀ ਭੇਜਣ ਤੋਂ ਪਹਿਲਾਂ ਪੇਮੈਂਟਾਂ ਚੈੱਕ ਕਰਨਗੇ। ਤੇ overcrowding ਕਰਕੇ ਤੁਹਾਨੂੰ transfer ਲਿਸਟ 'ਤੇ priority ਮਿਲ ਗਈ
[05/12/2025, 19:30:00] [[PERSON:Harpreet]]: ਤਿੰਨ ਕਮਰਿਆਂ ਵਾਲਾ ਘਰ ਮਿਲ ਗਿਆ! ਮੰਮੀ ਜੀ ਦਾ ਆਪਣਾ ਕਮਰਾ 😭
[05/12/2025, 19:32:10] ਮੰਮੀ ਜੀ: ਵਾਹਿਗੁਰੂ ਮਿਹਰ ਕਰੇ। [[PERSON:ਮਨੀ]] ਪੁੱਤ ਦਾ ਬਹੁਤ ਧੰਨਵਾਦ
[05/12/2025, 19:35:00] [[PERSON:Manpreet]] Veerji: ਸਬਕ: ਚਿੱਠੀ ਤੋਂ ਡਰੋ ਨਾ, bank statement ਨਾਲ ਜਵਾਬ ਦਿਓ, ਤੇ ਇੱਕੋ complaint ਵਿੱਚ ਸਾਰੇ ਮਸਲੇ ਲਿਖੋ
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
