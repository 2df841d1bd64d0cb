"""A twelfth batch of fresh stories under version 2 of the marking, by a twelfth writer.

Ten English stories and four each in Arabic, Bengali, Gurmukhi Punjabi, Polish, Romanian and
Urdu, in the voices of people who sent case studies to the campaign: an 84-year-old widower
dictating to his granddaughter, a 16-year-old's school essay in lower case, a nurse on night
shifts, a Slovak Roma family's case summary by a support worker, a wheelchair user known
from his local pub, a housing officer's "what went wrong / what we changed / lessons
learned", a shared-ownership leaseholder who went to the Ombudsman, a student in a young
people's foyer, a carer's testimonial, a residents' newsletter piece, a Syrian refugee
father and his kunya, a Sudanese widow's letter, landlord case studies translated into
Arabic, Polish, Romanian and Urdu, a Bengali carer writing above a sweet shop, a Sikh elder
near his gurdwara, a Punjabi teenager's anti-social behaviour case, a Polish grandfather's
date of birth in words, Romanian Roma and teenage accounts with a phone number spelled out,
and an Afghan family writing in Urdu with a BRP number. Names are inflected (Jagodą, Stevem,
Mrozem, Ilincăi, Speranței), given as diminutives and nicknames (Wilf, Shaz, Zdzisio, ਪੰਮੀ,
گڈو, শাথু) and sometimes double as ordinary words left unmarked elsewhere (Summer, Grace,
Mark, Patience, Dawn, Joy, Bill, نور, رحمة, আশা, ਖ਼ੁਸ਼ੀ, صبا, امید, Speranța, Jagoda/jagody,
Mróz/mróz); titles and honorifics (Mrs, Reverend, pani, domnul, السيد, الحاجة, মিস, ভাই,
ਸ੍ਰੀਮਤੀ, ਜੀ, محترمہ, صاحب, باجی) stay outside the marks. Identifiers come in native digits
and in words, emails spelled out in English words, Polish ("kropka ... małpa") and
Urdu, postcodes in lower case or without the space, partial addresses ("3c", "trójki", "nr.
10", "room 14", "camera 9"), and schools, surgeries, places of worship, a pub, a café and
shops used to say where the home is.

Measured on 7 December 2026 at first sight (after round 9, written without this batch):
leak-free 64.7% of 34 (22 stories), recall 97.3%, precision 89.6%, special recall 77.9%;
leak-free by language en 70.0% of 10, ar 50%, bn 100%, pa 50%, pl 75%, ro 75%, ur 25% of 4
each. The misses were bare flat numbers ("3c", "41"), a surname that is a word
(Fairweather), a named foyer, an Arabic age and date of birth in words (اثنا عشر عامًا, الخامس
عشر من أيار ١٩٥٦), names that are ordinary words (ਨੂਰ, ولی, امید), an NI number in Gurmukhi
letters, a Polish flat "na parterze przy" a street, "74 de ani" and an Urdu shop's name.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block):
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2l-en-01",
        "en",
        _s("""
My name is [[PERSON:Wilfred Hargreaves]], though nobody has called me [[PERSON:Wilfred]] since my
national service. It's [[PERSON:Wilf]] to the whole of [[ADDRESS:Pendlebury Court]]. I'm
[[AGE:84]] and I've lived in [[ADDRESS:flat 12]] for thirty-one years, the last six of them on
my own since I lost my wife, [[PERSON:Mavis]]. My granddaughter is typing this for me because
my hands aren't what they were. Two winters ago the storage heaters in the front room and the
bedroom packed in. I rang [[ORGANISATION:Oldfield Valley Homes]] from my landline,
[[PHONE:0161 496 0372]], and a lad came out, looked at them, and said they were obsolete and he'd
"put a note on". That note must still be in his pocket. I have [[HEALTH:COPD]], and by January I
was sleeping in my coat with the oven door open, which my doctor at
[[ADDRESS:Werneth Lane Medical Centre]] was not happy about. It was young [[PERSON:Kasim]] from
[[ADDRESS:number 14]] who told me I could complain properly, in writing, and that they had to
answer. He printed the form off and I filled it in at his kitchen table. They wanted my date of
birth for their records, [[DATE_OF_BIRTH:2nd February 1941]], and gave me a reference,
[[REFERENCE:OVH/CMP/20417]]. The stage 1 letter said they were "reviewing heating across the
block". I wasn't having that, so I asked for stage 2. A manager, Mrs
[[PERSON:Bernadette Colley]], came round herself with a thermometer and sat in my front room
with her coat on for twenty minutes. Within three weeks I had new electric radiators with a
timer, and they paid me £450 for the winters I'd spent cold. Mrs [[PERSON:Colley]] also found
four other flats on my landing with the same heaters, and they've all been done. If you're old
like me and think it's not worth the bother, it is. Ask someone to help you write it down.
[[PERSON:Mavis]] would have done it years ago. [[PERSON:Wilf Hargreaves]],
[[POSTCODE:ol9 6tz]]
"""),
    ),
    (
        "fv2l-en-02",
        "en",
        _s("""
ok so my english teacher said we could write about something real for our persuasive writing
unit, and this is real. I'm [[PERSON:Kiera]], I'm [[AGE:16]], and I share a bedroom with my
little brother [[PERSON:Alfie]] who is [[AGE:7]] and has [[HEALTH:asthma]]. We live at
[[ADDRESS:43 Linnet Way]], [[POSTCODE:WN50QJ]], which is a [[ORGANISATION:Brightwater Homes]]
house. Last summer black mould started growing behind our bunk bed. My mum wiped it with bleach
every week and it kept coming back, and [[PERSON:Alfie]] ended up on a nebuliser twice. My best
mate [[PERSON:Summer]] came for a sleepover and literally said our room smelled like a cave.
Mum kept ringing but the repairs line just gave her job numbers. I started a folder with
screenshots: job [[REFERENCE:774215]], then job [[REFERENCE:781090]], then a third one that
nobody even came for. I also posted a video of the wall on TikTok from
[[OTHER_ID:@kiera.makes.noise]] which got like 40k views, and that's when someone actually rang
back. The housing officer, [[PERSON:Shaz]] (her real name is [[PERSON:Sharon Pickering]]), told
mum to put in a formal complaint and mention Awaab's Law, because there was a child with a
health condition living there. Mum gave her mobile as [[PHONE:07700-900-418]] and asked for
everything in writing. Within a week a surveyor came. The problem was a blocked gutter and no
extractor fan in the bathroom next door. They fixed both, treated the wall, left a
dehumidifier while it dried out, and said sorry in a letter that named [[PERSON:Alfie]] and his
[[HEALTH:asthma]], which mum cried about a bit. We got £600. My point for the persuasive bit:
you should complain, even if you think nobody reads it. Somebody does, eventually. Also I got a
7 for this so thanks [[PERSON:Shaz]].
"""),
    ),
    (
        "fv2l-en-03",
        "en",
        _s("""
I've worked nights on a respiratory ward for nine years, so I sleep from about nine in the
morning until three. Everyone at [[ADDRESS:Ferncliffe House]] knows this, and my neighbour
[[PERSON:Grace Mbeki-Holt]] even puts a note on the lift saying "nurse asleep in
[[ADDRESS:3c]], please keep it down". The landlord,
[[ORGANISATION:Castlegate Housing Association]], apparently did not know. In spring they booked
the window replacement for my flat, [[ADDRESS:flat 3c]], at 8am on three different days, each
time without asking me. Twice nobody turned up and I'd stayed awake for nothing after a
twelve-and-a-half-hour shift. The third time the contractor,
[[ORGANISATION:Kestrel Building Services]], arrived at 1pm, woke me up, and then said they
couldn't park. My car, [[OTHER_ID:YD68 UPL]], was in the only bay with a permit, and they wanted
me to move it. I took it on the chin, with what [[PERSON:Grace]] calls good grace, for about a
month, then wrote a complaint. I put my email as [[EMAIL:a.owusubanks@example.net]] and said
clearly that I could not take calls before 3pm. Their first reply was a voicemail at 10am. At
stage 2 a complaints officer, Mr [[PERSON:Tomasz Wilk]], actually read what I'd written. He
apologised, added a note to my file about my working hours, and gave me a direct number,
[[PHONE:0113 496 0588]], so I can book appointments myself. The windows went in on a Saturday
afternoon, and they paid £250 for the lost sleep. The reference, for anyone at
[[ORGANISATION:Castlegate]] reading this, is [[REFERENCE:CHA-STG2-0931]]. It's not much to ask,
to be treated as someone with a life outside their flat. Lots of us work shifts: the cleaners,
the bus drivers, the care workers. Put it in the complaint, and ask them to write it on your
record. [[PERSON:Ama Owusu-Banks]], [[POSTCODE:LS12 4RX]]
"""),
    ),
    (
        "fv2l-en-04",
        "en",
        _s("""
Case summary for the tenants' forum: the [[PERSON:Lakatoš]] family. Who: [[PERSON:Mária Lakatošová]],
her husband [[PERSON:Jozef]] and their three children, [[PERSON:Dávid]] ([[AGE:9]]),
[[PERSON:Nikola]] ([[AGE:5]]) and the baby, [[PERSON:Evka]]. The family are
[[OTHER_SPECIAL:Slovak]] [[OTHER_SPECIAL:Roma]] and have rented [[ADDRESS:27 Cobden Street]],
[[POSTCODE:S9 3HD]], from [[ORGANISATION:Don Valley Homes]] since 2020. [[PERSON:Mária]] speaks
a little English; [[PERSON:Jozef]] reads it well but works long shifts at a warehouse. What
happened: from October 2023 the back bedroom ceiling leaked whenever it rained. [[PERSON:Mária]]
reported it by phone from [[PHONE:0114 496 0227]] at least eight times. Each time the call
handler asked to speak to "the tenant", meaning [[PERSON:Jozef]], who was at work, and closed
the call. When a surveyor finally visited, he spoke only to the eldest child,
[[PERSON:Dávid]], and asked him to translate words like "joist" and "membrane". In January
[[PERSON:Evka]] was admitted to hospital with [[HEALTH:bronchiolitis]]. What we did: we helped
[[PERSON:Mária]] make a stage 1 complaint, reference [[REFERENCE:DVH-C-55102]], asking for the
leak to be fixed, an interpreter at every visit, and for staff to stop relying on a child. The
stage 1 reply fixed the roof but said nothing about interpreting. At stage 2 the landlord
accepted that it had treated the family differently because of who they are, apologised in
writing in [[PERSON:Mária]]'s own language, paid £750, and put an interpreter flag on the
tenancy. It also moved the family up the transfer list, register number
[[REFERENCE:HR0044719]], as the house is now too small for five. Why it matters: families like
this one are often told, in effect, that a complaint does not count until a man or a fluent
English speaker makes it. It counts from the first call. [[PERSON:Becky Thorne]], tenancy
support worker, [[EMAIL:becky.t@tenantsadvice.example]]
"""),
    ),
    (
        "fv2l-en-05",
        "en",
        _s("""
I'm [[PERSON:Gareth Pryce]], or [[PERSON:Gaz]] to anyone who's had a pint with me at the
[[ADDRESS:Waterloo Inn]] at the end of my road. I've been a wheelchair user since a
[[HEALTH:spinal cord injury]] in 2016, and I rent an adapted bungalow,
[[ADDRESS:5 Heron Close]], [[POSTCODE:NP20 7LS]], from [[ORGANISATION:Usk Vale Living]]. In
2023 the ramp to my front door cracked and one section sank by about five centimetres. That's
nothing if you're walking. In a chair it's a wall. For four months I went in and out the back,
across the grass, which meant I couldn't go out at all when it rained. I reported it online,
by phone on [[PHONE:029 2018 0614]], and by tagging them from [[OTHER_ID:@wheelsgaz]] on
Facebook. Each time I got a job number and a promise. My brother [[PERSON:Mark]] took photos
with a tape measure so nobody could say I was exaggerating, and where my front wheel had
caught the edge it left a mark you could see from the street. I made a formal complaint,
reference [[REFERENCE:UVL-ADAPT-3318]]. At stage 1 they said the ramp needed a new assessment
by an occupational therapist before anything could be done. The OT, [[PERSON:Priya]], came two
days later and said, in writing, that nothing about my needs had changed and this was a
repair, not an adaptation. Stage 2 upheld the complaint. They rebuilt the ramp in a week,
widened the path and paid £500. To pay it they asked for my NI number,
[[NI_NUMBER:JT 48 21 93 C]], and my date of birth, [[DATE_OF_BIRTH:14/09/1979]], which was
fine, but I'd say to anyone: ask why before you hand things over. They've also agreed to check
every ramp on the estate once a year, and [[PERSON:Priya]] is writing the checklist. That's the
bit I'm proudest of. [[PERSON:Gaz]]
"""),
    ),
    (
        "fv2l-en-06",
        "en",
        _s("""
Learning from complaints: the leak at [[ADDRESS:Thornbury Tower]]
([[ORGANISATION:Medlock Community Homes]]). I'm [[PERSON:Callum Reid]], a neighbourhood housing
officer, and this is a case I got wrong before we put it right. What went wrong: Mrs
[[PERSON:Patience Adebayo]] lives in [[ADDRESS:flat 41]] on the fourteenth floor and looks
after her [[AGE:3-year-old]] grandson, [[PERSON:Kayode]], most weekdays. She has
[[HEALTH:sickle cell disease]], and the cold makes her crises worse. In November 2023 water
started coming through her bathroom ceiling from the roof plant room. She reported it four
times. I visited once, saw a bucket, and assumed repairs had it in hand. They didn't: the job
had been raised against [[ADDRESS:flat 14]] instead of [[ADDRESS:41]], and closed when nobody answered the
door at [[ADDRESS:flat 14]]. When Mrs [[PERSON:Adebayo]] complained, reference
[[REFERENCE:MCH-0092716]], she wrote that she had run out of patience, and she was right to.
What we changed: repairs jobs now read the full address and the tenant's name back to the
caller before they are saved. Any leak reported twice in a month comes to the housing officer
automatically. The out-of-hours line, [[PHONE:0161 496 0815]], now logs calls in the same
system as daytime calls. Vulnerability flags, with the tenant's consent, go on the tenancy
record, not in an officer's notebook. What we did for Mrs [[PERSON:Adebayo]]: our roofing
contractor, [[ORGANISATION:Brook & Lyle Roofing]], resealed the plant room within five days; we
replaced the ceiling and the damaged flooring, paid £900, and I apologised to her in person
with my manager, [[PERSON:Shona Fairweather]]. [[PERSON:Kayode]] supervised the plastering.
Lessons learned: a bucket is evidence, not a solution. And a tenant who keeps ringing is not
"difficult"; she is telling you that the system has failed. We now share this case at every
new starter's induction.
"""),
    ),
    (
        "fv2l-en-07",
        "en",
        _s("""
I bought a 40% share of [[ADDRESS:Apartment 207, Quayside Yard]], [[POSTCODE:bs1 6ww]], in
2019, and pay rent on the rest to [[ORGANISATION:Severnside Shared Homes]]. Shared ownership is
sold as a step onto the ladder. In my case it felt more like paying for a ladder with missing
rungs. From 2021 the service charge went up by a third, mostly for "lift maintenance" and
"communal cleaning". The lift was out of action for a total of seven months in two years, and
the bin store hadn't been cleaned since I moved in. The managing agent,
[[ORGANISATION:Pelham Estate Management]], said it was the landlord's budget; the landlord said
it was the agent's contract. My neighbour on the same floor, [[PERSON:Dawn Ferreira]], and I
started a log. She's an early riser, so she photographed the bins at dawn every Monday, and I
kept every lift notice. We each complained, and got a reference each; mine was
[[REFERENCE:SSH-LH-01933]]. The stage 1 answer simply attached the budget again. I asked for
stage 2 and, when that didn't answer the question either, went to the Housing Ombudsman, case
[[REFERENCE:202401938]]. I hadn't known that shared owners can take a complaint about their
landlord's services there. Before the Ombudsman had even decided, the landlord reopened the
complaint, made the agent produce invoices, and found that the cleaning contract had lapsed in
2020 and was still being charged. Everyone in the block got a refund; mine was £1,186, paid
into the account ending [[OTHER_ID:3381]]. They have also agreed to publish the lift's downtime
every quarter. If anyone in a similar block wants our log template, I'm happy to share it:
[[EMAIL:harriet dot lynch at example dot com]], and [[PERSON:Dawn]] says the same.
[[PERSON:Harriet Okafor-Lynch]]
"""),
    ),
    (
        "fv2l-en-08",
        "en",
        _s("""
My name's [[PERSON:Tobi Adeyemi]]. I'm [[AGE:19]] and I live in [[ADDRESS:room 14]] at
[[ADDRESS:Kingsway Foyer]], which is supported housing for young people run by
[[ORGANISATION:Arden Youth Housing]]. I'm in the first year of a graphic design course at
[[ADDRESS:Boldmere College]], which means I need a working shower and a desk lamp and not much
else. For most of October the hot water on our corridor didn't work. Staff said it was "a
whole-building issue" and told us to use the showers on the ground floor, which are next to
the office and don't lock. Then the fire door at the end of our corridor stopped closing, and
somebody propped it open with a fire extinguisher, which is honestly funny if you think about
it for a second. My keyworker, [[PERSON:Jas]], told me I was allowed to complain to the
landlord even though I'm on a licence, not a tenancy. I didn't know that. I emailed from
[[EMAIL:tobi.adeyemi05@example.com]] and they asked me to confirm my date of birth,
[[DATE_OF_BIRTH:03.11.2005]], and a phone number, so I gave [[PHONE:0121 496 0473]], the
foyer's number, because I'd run out of credit. The complaint reference was
[[REFERENCE:AYH 2024/117]]. Stage 1 came back in nine working days. They admitted the boiler
had been waiting for a part since September and nobody had told residents. They fixed the fire
door the same day I complained, which says a lot. The boiler got done two weeks later and all
twelve of us on the corridor got £60 each. I'm putting my name to this because loads of people
in hostels think complaining will get them kicked out. It won't. [[PERSON:Jas]] said to say
that, and also that the office shower now has a lock. [[PERSON:Tobi]],
[[OTHER_ID:@tobiadey.mp3]] on Insta
"""),
    ),
    (
        "fv2l-en-09",
        "en",
        _s("""
I look after my mum, [[PERSON:Eileen Mapplebeck]], who is [[AGE:79]] and has
[[HEALTH:vascular dementia]]. We live together at [[ADDRESS:14 Sandringham Drive]], the
bungalow facing [[ADDRESS:St Oswald's Church]], so Reverend [[PERSON:Hilary Dunne]] waves at
Mum every morning on her way in. Last year the bathroom floor started to go soft around the
toilet. Mum fell there twice in a month. I rang [[ORGANISATION:Wyreside Homes]] from my mobile,
[[PHONE:07700 900 562]], told them she was vulnerable, and they logged it as routine: 28 days.
I'm her full-time carer and I have [[HEALTH:fibromyalgia]] myself, so I can't lift her the way
I used to. After the second fall the paramedic wrote her NHS number,
[[OTHER_ID:999 621 4408]], on a note for me to send to the landlord with a letter about the
risk. I made a complaint that night, reference [[REFERENCE:WH-C-44871]]. Stage 1 came within a
week. They apologised for getting the priority wrong, replaced the floor in three days, and
fitted the grab rail Mum had been on a list for since 2021. A lovely surveyor called
[[PERSON:Joy]] came to check the work and joked that she was the first joy
[[ORGANISATION:Wyreside]] had brought us in years. They've also put Mum's needs on their
records, so the next repair will be treated as urgent without me having to argue. If you are
caring for someone, put it in writing, say the word "vulnerable", and attach anything a nurse
or paramedic has written. [[PERSON:Eileen]] doesn't remember the falls now, but I do, and I
didn't want anyone else's mum to have a third one. With thanks to everyone at the carers'
group who told me to keep going. [[PERSON:Lorraine Mapplebeck]], [[POSTCODE:FY5 3JN]]
"""),
    ),
    (
        "fv2l-en-10",
        "en",
        _s("""
From our residents' panel newsletter: Mr [[PERSON:Baptiste]]'s boiler. Many of you know Mr
[[PERSON:Lloyd Baptiste]], who has lived at [[ADDRESS:22 Clarendon Walk]] on the
[[ADDRESS:Nightingale estate]] since 1974, after coming over from [[OTHER_SPECIAL:Jamaica]] as
a young man. With his permission, here is how his complaint went. Last winter his boiler broke
on Christmas Eve. The emergency line, [[PHONE:020 7946 0381]], sent an engineer who left two
fan heaters and went. Mr [[PERSON:Baptiste]] is [[AGE:88]] and has
[[HEALTH:macular degeneration]], and he could not see the settings. Three weeks later the fan
heaters were still there and his electricity bill had doubled. Our caretaker,
[[PERSON:Bill Okoro]], noticed the curtains had been shut for two days and knocked.
[[PERSON:Bill]] rang [[PERSON:Lloyd]]'s niece, [[PERSON:Marcia]], who lives in Croydon, and she
made a complaint by email from [[EMAIL:marcia.baptiste@example.org]] that afternoon.
[[ORGANISATION:Lambridge Homes]] gave her a reference, [[REFERENCE:LH/2024/00712]]. The stage 1
response came in five working days. The landlord admitted that the engineer should have raised
an urgent replacement, not a temporary fix, and that nobody had checked whether a tenant with
poor sight could use the heaters safely. A new boiler with a large-button controller was fitted
within the week. They paid the extra on the electricity bill and £400 on top, and
[[PERSON:Lloyd]]'s record now says he needs a phone call, not a letter. [[PERSON:Lloyd]] asked
us to pass on one thing: "Don't sit in the cold being polite." If you want help making a
complaint, the panel meets on the first Tuesday of the month in the community room, or you can
message us at [[OTHER_ID:@nightingaleresidents]]. Thanks as always to [[PERSON:Bill]], who
notices everything.
"""),
    ),
    (
        "fv2l-ar-01",
        "ar",
        _s("""
اسمي [[PERSON:محمود الحلبي]] ([[PERSON:Mahmoud Al-Halabi]])، ويناديني الجيران
[[PERSON:أبو يزن]]. جئنا إلى بريطانيا سنة 2019 [[OTHER_SPECIAL:لاجئين]] من
[[OTHER_SPECIAL:سوريا]]، ونسكن منذ ذلك الوقت في [[ADDRESS:الشقة 7، Belgrave Court]] في
ليستر، [[POSTCODE:le2 1aq]]، قريبًا من [[ADDRESS:مسجد التوحيد]] الذي أصلّي فيه الجمعة. ابني
[[PERSON:يزن]] عمره [[AGE:اثنا عشر عامًا]]، وابنتي [[PERSON:نور]] عمرها [[AGE:سبع سنوات]]
وتدرس في [[ADDRESS:Harrison Vale Primary]]، والصغير [[PERSON:كرم]] عمره [[AGE:سنتان]]. في شتاء
2022 صار النور ينقطع في غرفة الأولاد كل مساء، والمقبس بجانب سرير [[PERSON:كرم]] كان ساخنًا
وله رائحة احتراق. اتصلت بشركة [[ORGANISATION:Soar Valley Homes]] من رقمي
[[PHONE:٠٧٧٠٠ ٩٠٠٦٢٣]] تسع مرات. في كل مكالمة كان الموظف يطلب رقم بطاقة الإقامة، فأعطيته
[[OTHER_ID:ZR4410736]] مرة بعد مرة، ثم يقول إن الكهربائي سيتصل بي. لم يتصل أحد. ساعدتني
[[PERSON:هيلين]]، المتطوعة في المركز المجتمعي، على كتابة شكوى رسمية بالإنجليزية، وأعطونا رقم
الشكوى [[REFERENCE:SVH-77120]]. في المرحلة الأولى جاء كهربائي وغيّر المقبس فقط، ولم يفحص
شيئًا آخر. لم أكن راضيًا، فطلبت المرحلة الثانية. عندها زارنا السيد [[PERSON:Darren Pike]]،
مدير قسم الإصلاحات، ومعه مترجم. اعترف بأن التمديدات الكهربائية في الشقة قديمة وخطيرة، وبأن
طلب رقم الإقامة لحجز إصلاح لم يكن ضروريًا أصلًا. أعادوا تمديد الكهرباء في الشقة كلها خلال
أسبوعين، ودفعوا لنا 350 جنيهًا، ووضعوا في ملفنا ملاحظة أننا نحتاج إلى مترجم في كل زيارة.
نصيحتي لكل عائلة مثلنا: لا تخافوا من الشكوى. الشكوى لا تؤثر على إقامتكم، وهي حق لكم. أما
[[PERSON:نور]] فتضحك الآن كلما أضاءت الغرفة وتقول: صار عندنا نور في البيت.
"""),
    ),
    (
        "fv2l-ar-02",
        "ar",
        _s("""
بسم الله الرحمن الرحيم. أنا [[PERSON:فاطمة عثمان]] ([[PERSON:Fatima Osman]])، والجميع في العمارة
يقولون لي الحاجة [[PERSON:فاطمة]]. أنا [[OTHER_SPECIAL:سودانية]]، مولودة في
[[DATE_OF_BIRTH:الخامس عشر من أيار ١٩٥٦]]، وعمري الآن [[AGE:ثمانية وستون عامًا]]. أسكن وحدي في
[[ADDRESS:الشقة رقم ٤٠]] في عمارة [[ADDRESS:Kestrel House]] في برمنغهام، منذ وفاة زوجي
[[PERSON:عبد الرحيم]] رحمه الله قبل خمس سنوات. في غرفة النوم عفن أسود على الجدار وحول
النافذة، وأعاني من [[HEALTH:الربو]] منذ زمن طويل. قال لي طبيبي في
[[ADDRESS:Golden Hillock Surgery]] إن العفن يزيد [[HEALTH:الربو]] سوءًا، وكتب رسالة بذلك.
اتصلت بمؤسسة [[ORGANISATION:Cole Valley Housing]] مرات كثيرة من هاتفي
[[PHONE:0121 496 0729]]، وكانوا يرسلون رجلًا يرش الجدار ويدهنه ثم يذهب، وبعد شهر يعود العفن
كما كان. حفيدتي [[PERSON:سلمى]]، وعمرها [[AGE:١٩ سنة]] وتدرس في الجامعة، قرأت عن القانون الجديد
الذي يُلزم المالك بالتحقيق في الرطوبة والعفن خلال مدة قصيرة، فكتبت الشكوى باسمي من بريدها
[[EMAIL:salma.osman@example.net]]. ذكرت فيها رقمي في الـNHS، وهو [[OTHER_ID:999 307 5184]]،
وأرفقت رسالة الطبيب. رقم الشكوى [[REFERENCE:CVH/DM/3092]]. جاء رد المرحلة الأولى بعد ثمانية
أيام عمل. زارتني السيدة [[PERSON:Joanne Kirby]] من فريق الرطوبة والعفن مع مسّاح، ووجدوا أن
مزراب السطح مكسور وأن الماء ينزل داخل الجدار منذ سنتين. أصلحوا المزراب، وركّبوا مروحة شفط،
وعالجوا الجدار، وأعطوني مجففًا للرطوبة حتى يجف البيت. واعتذروا كتابيًا ودفعوا 400 جنيه.
الآن أنام في غرفتي من غير سعال. جزاهم الله خيرًا، وجزى الله [[PERSON:سلمى]] أكثر، فلولاها ما
عرفت أن لي حقًا في الشكوى. [[PERSON:فاطمة عثمان]]
"""),
    ),
    (
        "fv2l-ar-03",
        "ar",
        _s("""
دراسة حالة من [[ORGANISATION:Mersey Quay Homes]]: ما الذي أخطأنا فيه، وما الذي غيّرناه. ننشر
هذه الحالة بالعربية بموافقة السيد [[PERSON:عبد الله القباطي]]
([[PERSON:Abdullah Al-Qubati]]) وزوجته [[PERSON:أروى]]. الأسرة من [[OTHER_SPECIAL:اليمن]]،
وتسكن مع أطفالها الأربعة في [[ADDRESS:19 Granby Row]] في ليفربول، [[POSTCODE:L8 2TU]]. ما
الذي حدث: في آذار 2023 بدأ الماء يتسرب من الحمّام في الطابق العلوي إلى المطبخ. اتصل السيد
[[PERSON:القباطي]] بمركز الاتصال ست مرات. كان الموظفون يطلبون منه أن يتكلم بالإنجليزية أو أن
يعاود الاتصال مع من يترجم له، وفي مرتين طلبوا من ابنه [[PERSON:صالح]]، وعمره
[[AGE:10 سنوات]]، أن يترجم عن الهاتف كلمات مثل «عزل» و«أنابيب». وفي تلك الأشهر كانت الابنة
الصغرى [[PERSON:رحمة]]، المصابة بـ[[HEALTH:فقر الدم المنجلي]]، تنام في غرفة رطبة باردة.
قدّمت السيدة [[PERSON:أروى]] شكوى رسمية في أيار بمساعدة متطوعة اسمها [[PERSON:Siobhan]]،
وكان رقمها [[REFERENCE:MQH-CMP-40662]]. ما الذي غيّرناه: لم نعد نطلب من أي طفل أن يترجم، في
أي ظرف. أصبح لدينا خط هاتفي مع مترجم فوري، رقمه [[PHONE:0151 496 0318]]، يعمل بأكثر من عشرين
لغة. وتُسجَّل لغة المستأجر في ملفه، فيُحجز المترجم تلقائيًا مع كل موعد إصلاح. أصلحنا التسرب،
وأعدنا بناء سقف المطبخ، ونقلنا الأسرة إلى بيت أكبر في الشارع نفسه، ودفعنا تعويضًا قدره 1,100
جنيه. الدروس المستفادة: الشكوى التي لا نفهم لغتها ليست شكوى أقل أهمية. وعلى الموظف أن يتعامل
مع كل متصل من باب الاحترام لا من باب الرحمة. [[PERSON:نادية حداد]]، مسؤولة التواصل المجتمعي
"""),
    ),
    (
        "fv2l-ar-04",
        "ar",
        _s("""
شهادة قصيرة. أنا [[PERSON:ياسين بنعلي]]، عمري [[AGE:عشرون سنة]]، [[OTHER_SPECIAL:مغربي]]،
وأعيش مع أمي وأخي الصغير [[PERSON:أيوب]] في [[ADDRESS:الشقة الأرضية في 61 Harcourt Road]]،
[[POSTCODE:N15 4RP]]، بجانب مقهى [[ADDRESS:Café Marrakech]] مباشرة، فإذا سألتم عنا في الحي
فاسألوا صاحب المقهى. في أيلول الماضي كسر لصوص باب بيتنا الأمامي. جاء نجار من طرف المالك،
[[ORGANISATION:Lea Marsh Housing]]، وثبّت لوحًا خشبيًا مكان القفل وقال إن القفل الجديد سيأتي
خلال أيام. بقي اللوح سبعة أسابيع. أمي كانت تخاف أن تنام، و[[PERSON:أيوب]]، وعمره
[[AGE:تسع سنوات]]، صار يرفض أن يبقى في البيت وحده. كتبت شكوى عبر الموقع، وأعطيتهم بريدي
[[EMAIL:yassine.benali at example dot com]] لأن النموذج كان يرفض علامة @ من هاتفي. ونشرت صورة
اللوح على إنستغرام من حسابي [[OTHER_ID:@yassine.rides]]، فكتبت لي موظفة اسمها
[[PERSON:Kemi]] في الرسائل الخاصة وطلبت رقم الشكوى، وهو [[REFERENCE:LMH-0452-S1]]. بعد ذلك
تغيّر كل شيء: جاء النجار في اليوم التالي بباب كامل وقفل جديد، ووصلنا اعتذار مكتوب و200 جنيه،
ووعدوا بأن أي باب مكسور بعد سرقة يُصلح خلال أربع وعشرين ساعة. رسالتي للشباب: لا تكتبوا شكوى
على إنستغرام فقط. اكتبوها رسميًا، واحتفظوا بالرقم، ثم انشروا إذا أردتم. هاتفي
[[PHONE:020 7946 0917]] لمن يريد أن يسأل. — [[PERSON:ياسين]]
"""),
    ),
    (
        "fv2l-bn-01",
        "bn",
        _s("""
আমার নাম [[PERSON:রোকসানা বেগম]] ([[PERSON:Roksana Begum]])। আমি থাকি
[[ADDRESS:ফ্ল্যাট ১২, Brunswick House]]-এ, [[POSTCODE:e14 7qp]], [[ADDRESS:Baitul Aman Masjid]]-এর
ঠিক পেছনে। আমার তিন সন্তান: বড় ছেলে [[PERSON:ইমরান]] ([[AGE:১৩ বছর]]), মেয়ে
[[PERSON:আশা]] ([[AGE:৮ বছর]]) আর ছোট [[PERSON:রাফি]], যার বয়স [[AGE:দেড় বছর]]।
[[PERSON:আশা]] আর [[PERSON:রাফি]] দুজনেরই [[HEALTH:হাঁপানি]] আছে। দুই বছর ধরে বাচ্চাদের ঘরের
দেয়ালে কালো ছত্রাক। আমি [[ORGANISATION:Poplar Riverside Homes]]-কে বারবার ফোন করেছি আমার নম্বর
[[PHONE:০৭৭০০ ৯০০ ২৫৬]] থেকে। ওরা একজন লোক পাঠাত, সে দেয়ালে রং করে চলে যেত, এক মাস পরে আবার
সেই কালো দাগ। আমাদের জিপি [[ADDRESS:Limehouse Fields Surgery]]-র ডাক্তার চিঠি লিখে দিলেন যে
ছত্রাকের কারণে বাচ্চাদের অসুখ বাড়ছে। আমি তবুও আশা হারাইনি। মসজিদের [[PERSON:জামাল]] ভাই
ইংরেজিতে অভিযোগ লিখতে সাহায্য করলেন, আর আমি রেফারেন্স নম্বর পেলাম
[[REFERENCE:PRH-DM-21840]]। স্টেজ ১-এ ওরা লিখল, ঘরের ভেতরে কাপড় শুকানোর কারণে এমন হচ্ছে।
আমি মানলাম না, স্টেজ ২ চাইলাম। তখন মিস [[PERSON:Claire Hoskins]] নিজে এসে দেখলেন যে বাইরের
দেয়ালের ফাটল দিয়ে পানি ঢুকছে। ওরা দেয়াল মেরামত করল, বাথরুমে আর রান্নাঘরে ফ্যান লাগাল, ঘর
নতুন করে প্লাস্টার করল, আর লিখিতভাবে ক্ষমা চেয়ে ৮০০ পাউন্ড দিল। মিস
[[PERSON:Hoskins]] বলেছেন, এখন থেকে কোনো ছোট বাচ্চার ঘরে ছত্রাকের খবর এলে দুই সপ্তাহের মধ্যে
সার্ভেয়ার যাবে। এখন [[PERSON:আশা]] রাতে ইনহেলার ছাড়াই ঘুমায়, আর [[PERSON:রাফি]] আর কাশে না।
অন্য মায়েদের বলি, আশা ছাড়বেন না, লিখে অভিযোগ করুন, আর ডাক্তারের চিঠি সঙ্গে দিন।
"""),
    ),
    (
        "fv2l-bn-02",
        "bn",
        _s("""
আমি [[PERSON:মোহাম্মদ আবদুল মালেক]] ([[PERSON:Mohammed Abdul Malek]]), জন্ম
[[DATE_OF_BIRTH:৩ জানুয়ারি ১৯৫২]]। আমি [[OTHER_SPECIAL:বাংলাদেশি]], ১৯৮৪ সাল থেকে রচডেলে আছি।
এখন থাকি [[ADDRESS:Belfield Rise]] এস্টেটের [[ADDRESS:Hollinwood Tower]]-এর
[[ADDRESS:ফ্ল্যাট ৯৩]]-তে, নয় তলায়। আমার [[HEALTH:ডায়াবেটিস]] আছে, আর পায়ে
[[HEALTH:নিউরোপ্যাথি]], তাই বেশি হাঁটতে পারি না। গত বছর লিফট সাত সপ্তাহ বন্ধ ছিল। নয় তলা থেকে
সিঁড়ি দিয়ে নামা আমার পক্ষে অসম্ভব। জুমার নামাজে যেতে পারিনি, ডাক্তারের দুটো অ্যাপয়েন্টমেন্ট
মিস করেছি। আমার প্রতিবেশী [[PERSON:সেলিম]] ভাই প্রতিদিন বাজার এনে দিতেন। তিনি
[[ORGANISATION:Roch Valley Homes]]-এ ফোন করতেন, কিন্তু ওরা শুধু বলত পার্টস আসছে। শেষে আমার ছেলে
[[PERSON:তারেক]] ম্যানচেস্টার থেকে এসে লিখিত অভিযোগ করে দিল। ওরা আমার ন্যাশনাল ইন্স্যুরেন্স নম্বর
চাইল, দিলাম [[NI_NUMBER:SK 21 64 08 B]]। অভিযোগের নম্বর [[REFERENCE:RVH 118/24]]। প্রথম
ধাপের উত্তর এল দশ কর্মদিবস পরে। ওরা মাফ চাইল, আর স্বীকার করল যে সিঁড়ি ব্যবহার করতে পারেন না
এমন বাসিন্দাদের কোনো তালিকা ওদের কাছে ছিল না। এখন সেই তালিকা আছে, আর লিফট বন্ধ হলে প্রথমেই
আমাদের খোঁজ নেয়। লিফটের পুরো যন্ত্র বদলানো হয়েছে। আমাকে ৩৫০ পাউন্ড দিয়েছে, আর মিস্টার
[[PERSON:Hussain]] নামের এক অফিসার নিজে এসে দেখা করে গেছেন। [[PERSON:সেলিম]] ভাইকেও ওরা ধন্যবাদ
জানিয়ে চিঠি দিয়েছে। বুড়ো বয়সে অভিযোগ করতে লজ্জা লাগে। কিন্তু না করলে কেউ জানবে না, আর আমার
মতো আরও অনেকে নয় তলায় আটকে থাকবে। — [[PERSON:আবদুল মালেক]], ফোন [[PHONE:০১৬১ ৪৯৬ ০৫৪৩]]
"""),
    ),
    (
        "fv2l-bn-03",
        "bn",
        _s("""
আমি [[PERSON:শাথী আক্তার]] ([[PERSON:Shathi Akter]])। বাড়িতে সবাই আমাকে [[PERSON:শাথু]] ডাকে।
আমার ভাই [[PERSON:নাঈম]]-এর বয়স [[AGE:উনিশ]], ওর [[HEALTH:সেরিব্রাল পালসি]] আছে, হুইলচেয়ার
ব্যবহার করে। আমি ওর ফুলটাইম কেয়ারার। আমরা মা আর [[PERSON:নাঈম]]-কে নিয়ে থাকি
[[ADDRESS:৫৮ Cranmore Road]]-এ, [[POSTCODE:E7 9QS]]। বাসাটা [[ADDRESS:Shapla Sweet Centre]]-এর
ঠিক উপরে, তাই পাড়ার সবাই চেনে। ২০২২ সালে অকুপেশনাল থেরাপিস্ট [[PERSON:Margaret]] লিখে দিলেন
যে [[PERSON:নাঈম]]-এর জন্য বাথটাবের জায়গায় হেঁটে ঢোকার মতো শাওয়ার আর সিলিং হোইস্ট দরকার।
আমাদের বাড়িওয়ালা [[ORGANISATION:Roding Lea Homes]] বলল, অপেক্ষার তালিকায় নাম আছে। দুই বছর
কেটে গেল। এই দুই বছর আমি প্রতিদিন ওকে কোলে তুলে বাথটাবে নামিয়েছি, আর আমার পিঠের অবস্থা
খারাপ হয়ে গেল। শেষে আমি লিখিত অভিযোগ করলাম। ইমেইল দিলাম
[[EMAIL:shathi dot akter at example dot org]], কারণ ফোনে ওরা সবসময় বলত "আমরা কল ব্যাক করব"।
রেফারেন্স [[REFERENCE:RLH/ADP/7721]]। স্টেজ ১-এ ওরা দেরির জন্য দুঃখ প্রকাশ করল, কিন্তু তারিখ
দিল না। স্টেজ ২-এ ওরা স্বীকার করল যে আমাদের ফাইল ভুল করে "সম্পন্ন" লেখা ছিল। ছয় সপ্তাহের মধ্যে
শাওয়ার আর হোইস্ট বসানো হলো, আর ১,২০০ পাউন্ড ক্ষতিপূরণ দিল। এখন [[PERSON:নাঈম]] নিজে নিজে
অনেক কিছু করতে পারে, আর হাসে বেশি। কেয়ারারদের বলি: আপনার কষ্টটাও অভিযোগে লিখুন, শুধু
রোগীর কথা না। — [[PERSON:শাথী]], ফোন [[PHONE:020 7946 0265]]
"""),
    ),
    (
        "fv2l-bn-04",
        "bn",
        _s("""
কেস সারাংশ, মহিলা কেন্দ্রের পক্ষ থেকে। পরিবার: [[PERSON:কুলসুমা বিবি]] ([[PERSON:Kulsuma Bibi]]),
তাঁর স্বামী [[PERSON:আজিজুর রহমান]], ছেলে [[PERSON:সুমন]] ([[AGE:১৫ বছর]]) আর মেয়ে
[[PERSON:তানিয়া]] ([[AGE:১১ বছর]])। [[PERSON:তানিয়া]]-র [[HEALTH:অটিজম]] আছে, সে
[[ADDRESS:Saltley Park Primary]]-তে পড়ে। পরিবারটি [[ADDRESS:৭ Sandpiper Close]]-এ থাকে,
[[POSTCODE:b8 1tn]], [[ORGANISATION:Blythe Gate Homes]]-এর বাড়িতে। সমস্যা: পাশের বাড়ির
প্রতিবেশী রাত দুটো-তিনটা পর্যন্ত জোরে গান বাজাতেন, আর তাঁর ভ্যান [[OTHER_ID:BK19 RWN]] প্রায়
প্রতিদিন বাড়ির সামনের রাস্তা আটকে রাখত। [[PERSON:তানিয়া]] শব্দ সহ্য করতে পারে না; সে ঘুমাতে
পারত না, স্কুলে যেতে চাইত না। ওর এনএইচএস নম্বর [[OTHER_ID:৯৯৯ ৪১২ ৬৬৮৩]] দিয়ে ডাক্তার একটি
চিঠি দিয়েছিলেন। [[PERSON:কুলসুমা]] আপা আট মাস ধরে অসামাজিক আচরণের রিপোর্ট করেছেন, কেস নম্বর
[[REFERENCE:ASB-BG-3307]]। প্রতিবার উত্তর ছিল "ডায়েরি রাখুন"। আমরা যা করেছি: আপার ডায়েরি,
ভিডিও আর ডাক্তারের চিঠি নিয়ে আনুষ্ঠানিক অভিযোগ করেছি। স্টেজ ১-এ বাড়িওয়ালা স্বীকার করল যে
শিশুর প্রতিবন্ধিতার কথা কেউ বিবেচনা করেনি। তারা প্রতিবেশীকে সতর্কবার্তা দিল, শব্দ মাপার যন্ত্র
বসাল, পার্কিং নিয়ন্ত্রণ করল, আর [[PERSON:তানিয়া]]-র ঘরে সাউন্ডপ্রুফিং করে দিল। ৪৫০ পাউন্ড
ক্ষতিপূরণও দিয়েছে। এখন [[PERSON:সুমন]] বলে, বোন আবার স্কুলে যায়, হাসিমুখে। শিক্ষা: অসামাজিক
আচরণের অভিযোগে পরিবারের কারও স্বাস্থ্যের কথা থাকলে প্রথম দিনেই লিখে দিন। যোগাযোগ:
[[PERSON:নাজমা খাতুন]], কমিউনিটি অ্যাডভোকেট, [[EMAIL:najma.k@womenscentre.example]]
"""),
    ),
    (
        "fv2l-pa-01",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਮ [[PERSON:ਗੁਰਮੀਤ ਸਿੰਘ ਸੰਧੂ]] ([[PERSON:Gurmeet Singh Sandhu]]) ਹੈ, ਪਰ ਮੁਹੱਲੇ ਵਿੱਚ ਸਾਰੇ
ਮੈਨੂੰ [[PERSON:ਮੀਤਾ]] ਕਹਿੰਦੇ ਹਨ। ਮੇਰੀ ਉਮਰ [[AGE:78 ਸਾਲ]] ਹੈ। ਮੈਂ ਤੇ ਮੇਰੀ ਘਰਵਾਲੀ
[[PERSON:ਜਸਵੰਤ ਕੌਰ]] 1992 ਤੋਂ [[ADDRESS:14 Norwood Rise]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ, ਸਾਊਥਾਲ ਵਿੱਚ,
[[ADDRESS:ਗੁਰਦੁਆਰਾ ਨਾਨਕ ਪ੍ਰਕਾਸ਼]] ਦੇ ਬਿਲਕੁਲ ਨੇੜੇ, ਜਿੱਥੇ ਮੈਂ ਹਰ ਸਵੇਰ ਜਾਂਦਾ ਹਾਂ। ਪਿਛਲੀਆਂ ਸਰਦੀਆਂ
ਵਿੱਚ ਘਰ ਦੇ ਬਾਹਰ ਦੀਆਂ ਪੌੜੀਆਂ ਦੀ ਰੇਲਿੰਗ ਢਿੱਲੀ ਹੋ ਗਈ। ਮੈਨੂੰ [[HEALTH:ਗਠੀਆ]] ਹੈ, ਗੋਡੇ ਕੰਮ ਨਹੀਂ
ਕਰਦੇ, ਅਤੇ ਰੇਲਿੰਗ ਤੋਂ ਬਿਨਾਂ ਮੈਂ ਪੌੜੀਆਂ ਨਹੀਂ ਉੱਤਰ ਸਕਦਾ। ਦਸੰਬਰ ਵਿੱਚ ਮੈਂ ਡਿੱਗ ਪਿਆ ਅਤੇ ਗੁੱਟ ਟੁੱਟ
ਗਿਆ। ਮੈਂ [[ORGANISATION:Canalside Homes]] ਨੂੰ ਆਪਣੇ ਘਰ ਦੇ ਨੰਬਰ [[PHONE:੦੨੦ ੭੯੪੬ ੦੧੮੫]] ਤੋਂ ਚਾਰ
ਵਾਰ ਫ਼ੋਨ ਕੀਤਾ। ਹਰ ਵਾਰ ਕਹਿੰਦੇ, "ਅਗਲੇ ਹਫ਼ਤੇ ਕੋਈ ਆਵੇਗਾ।" ਮੇਰੇ ਭਤੀਜੇ [[PERSON:ਪੰਮੀ]] ਨੇ, ਜਿਸ ਦਾ
ਅਸਲ ਨਾਮ [[PERSON:ਪਰਮਿੰਦਰ]] ਹੈ, ਕਿਹਾ ਕਿ ਚਾਚਾ ਜੀ, ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਕਰੋ। ਗੁਆਂਢੀ
[[PERSON:ਹਰਭਜਨ]] ਜੀ ਨੇ ਟੁੱਟੀ ਰੇਲਿੰਗ ਦੀਆਂ ਫ਼ੋਟੋਆਂ ਖਿੱਚੀਆਂ। ਸ਼ਿਕਾਇਤ ਦਾ ਨੰਬਰ
[[REFERENCE:CSH-2291-B]] ਮਿਲਿਆ। ਪਹਿਲੇ ਪੜਾਅ ਦੇ ਜਵਾਬ ਵਿੱਚ ਉਨ੍ਹਾਂ ਨੇ ਮੰਨਿਆ ਕਿ ਮੇਰੀ ਉਮਰ ਅਤੇ
ਬਿਮਾਰੀ ਦੇਖ ਕੇ ਇਹ ਜ਼ਰੂਰੀ ਮੁਰੰਮਤ ਹੋਣੀ ਚਾਹੀਦੀ ਸੀ। ਸ੍ਰੀਮਤੀ [[PERSON:Linda Marsh]] ਆਪ ਘਰ ਆਈ, ਮਾਫ਼ੀ
ਮੰਗੀ, ਅਤੇ ਦੋ ਦਿਨਾਂ ਵਿੱਚ ਦੋਹਾਂ ਪਾਸੇ ਨਵੀਂ ਰੇਲਿੰਗ ਲੱਗ ਗਈ। ਉਨ੍ਹਾਂ ਨੇ 300 ਪੌਂਡ ਵੀ ਦਿੱਤੇ ਅਤੇ ਮੇਰੀ ਫ਼ਾਈਲ
ਵਿੱਚ ਲਿਖ ਦਿੱਤਾ ਕਿ ਮੈਨੂੰ ਫ਼ੋਨ ਪੰਜਾਬੀ ਬੋਲਣ ਵਾਲਾ ਬੰਦਾ ਕਰੇ। ਹੁਣ [[PERSON:ਜਸਵੰਤ]] ਕਹਿੰਦੀ ਹੈ ਕਿ ਜੇ
ਪਹਿਲਾਂ ਲਿਖ ਦਿੰਦੇ ਤਾਂ ਗੁੱਟ ਬਚ ਜਾਂਦਾ। ਗੱਲ ਸੱਚੀ ਹੈ। ਬਜ਼ੁਰਗ ਭੈਣ-ਭਰਾਵੋ, ਸ਼ਰਮ ਨਾ ਕਰੋ, ਲਿਖ ਕੇ
ਸ਼ਿਕਾਇਤ ਕਰੋ। — [[PERSON:ਗੁਰਮੀਤ ਸਿੰਘ]]
"""),
    ),
    (
        "fv2l-pa-02",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਰਾਜਵਿੰਦਰ ਕੌਰ ਗਿੱਲ]] ([[PERSON:Rajwinder Kaur Gill]]) ਹਾਂ, ਵੁਲਵਰਹੈਂਪਟਨ ਤੋਂ। ਮੈਂ
ਆਪਣੀ ਸੱਸ ਦੀ ਦੇਖਭਾਲ ਕਰਦੀ ਹਾਂ, ਜਿਨ੍ਹਾਂ ਨੂੰ ਅਸੀਂ ਸਾਰੇ ਬੀਬੀ ਜੀ ਕਹਿੰਦੇ ਹਾਂ। ਬੀਬੀ ਜੀ ਦਾ ਨਾਮ
[[PERSON:ਸੁਰਜੀਤ ਕੌਰ]] ਹੈ, ਉਮਰ [[AGE:ਅੱਸੀ ਸਾਲ]], ਅਤੇ ਉਨ੍ਹਾਂ ਨੂੰ [[HEALTH:ਦਿਲ ਦੀ ਬਿਮਾਰੀ]] ਹੈ।
ਸਾਡਾ ਪਰਿਵਾਰ [[ADDRESS:ਮਕਾਨ ਨੰਬਰ 9, Dunstall Grove]] ਵਿੱਚ ਰਹਿੰਦਾ ਹੈ, [[POSTCODE:wv27ha]]।
ਮੇਰਾ ਬੇਟਾ [[PERSON:ਅਰਜਨ]] ([[AGE:10 ਸਾਲ]]) ਨੇੜੇ ਦੇ [[ADDRESS:Graiseley Park Primary]] ਵਿੱਚ ਪੜ੍ਹਦਾ
ਹੈ। ਪਿਛਲੇ ਸਾਲ ਬੀਬੀ ਜੀ ਦੇ ਕਮਰੇ ਦੀ ਖਿੜਕੀ ਦੇ ਆਲੇ-ਦੁਆਲੇ ਸਿੱਲ੍ਹ ਅਤੇ ਕਾਲੀ ਉੱਲੀ ਆ ਗਈ। ਕਮਰਾ ਹਮੇਸ਼ਾ
ਠੰਢਾ ਰਹਿੰਦਾ ਸੀ। ਮੈਂ [[ORGANISATION:Tettenhall Vale Housing]] ਨੂੰ ਆਪਣੇ ਮੋਬਾਈਲ
[[PHONE:07700 900 645]] ਤੋਂ ਕਈ ਵਾਰ ਫ਼ੋਨ ਕੀਤਾ। ਉਹ ਕਹਿੰਦੇ ਕਿ ਖਿੜਕੀ ਖੁੱਲ੍ਹੀ ਰੱਖੋ, ਪਰ ਦਿਲ ਦੀ
ਮਰੀਜ਼ ਨੂੰ ਠੰਢ ਵਿੱਚ ਕਿਵੇਂ ਰੱਖਾਂ? ਡਾਕਟਰ ਨੇ ਚਿੱਠੀ ਲਿਖੀ, ਜਿਸ ਉੱਤੇ ਬੀਬੀ ਜੀ ਦਾ NHS ਨੰਬਰ
[[OTHER_ID:੯੯੯ ੭੦੪ ੨੨੧੮]] ਸੀ, ਅਤੇ ਮੈਂ ਉਹ ਚਿੱਠੀ ਸ਼ਿਕਾਇਤ ਨਾਲ ਲਾ ਦਿੱਤੀ। ਸ਼ਿਕਾਇਤ ਮੈਂ ਈਮੇਲ
[[EMAIL:rajwinder.gill@example.com]] ਤੋਂ ਭੇਜੀ। ਹਵਾਲਾ ਨੰਬਰ [[REFERENCE:TVH/DMP/0458]] ਮਿਲਿਆ।
ਨਵੇਂ ਨਿਯਮਾਂ ਮੁਤਾਬਕ ਉਨ੍ਹਾਂ ਨੂੰ ਛੇਤੀ ਜਾਂਚ ਕਰਨੀ ਪਈ। ਦਸ ਦਿਨਾਂ ਵਿੱਚ ਸਰਵੇਅਰ ਆਇਆ ਅਤੇ ਪਤਾ ਲੱਗਾ ਕਿ
ਕੰਧ ਦੀ ਇਨਸੂਲੇਸ਼ਨ ਹੀ ਨਹੀਂ ਸੀ। ਉਨ੍ਹਾਂ ਨੇ ਇਨਸੂਲੇਸ਼ਨ ਪਾਈ, ਨਵੀਂ ਖਿੜਕੀ ਲਾਈ, ਪੱਖਾ ਲਾਇਆ ਅਤੇ ਲਿਖਤੀ
ਮਾਫ਼ੀ ਦੇ ਨਾਲ 650 ਪੌਂਡ ਦਿੱਤੇ। ਹੁਣ ਬੀਬੀ ਜੀ ਆਪਣੇ ਕਮਰੇ ਵਿੱਚ ਪਾਠ ਕਰਦੇ ਹਨ ਅਤੇ [[PERSON:ਅਰਜਨ]]
ਉਨ੍ਹਾਂ ਕੋਲ ਬੈਠ ਕੇ ਹੋਮਵਰਕ ਕਰਦਾ ਹੈ। ਜੋ ਵੀ ਕਿਸੇ ਦੀ ਸੇਵਾ ਕਰਦਾ ਹੈ, ਉਹ ਯਾਦ ਰੱਖੇ: ਡਾਕਟਰ ਦੀ
ਚਿੱਠੀ ਸਭ ਤੋਂ ਵੱਡਾ ਸਬੂਤ ਹੈ।
"""),
    ),
    (
        "fv2l-pa-03",
        "pa",
        _s("""
ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ। ਮੈਂ [[PERSON:ਜੋਬਨ]] ਹਾਂ, [[AGE:ਸਤਾਰਾਂ ਸਾਲ]] ਦਾ, ਸਲੋਹ ਵਿੱਚ ਮੰਮੀ ਅਤੇ ਛੋਟੀ ਭੈਣ
[[PERSON:ਖ਼ੁਸ਼ੀ]] ਨਾਲ ਰਹਿੰਦਾ ਹਾਂ। ਸਾਡਾ ਘਰ [[ADDRESS:ਫ਼ਲੈਟ 22, Chalvey Heights]] ਹੈ, ਤੀਜੀ ਮੰਜ਼ਿਲ
ਉੱਤੇ। ਪਿਛਲੇ ਸਾਲ ਸਾਡੇ ਬਲਾਕ ਦੀ ਕਾਰ ਪਾਰਕ ਵਿੱਚ ਹਰ ਰਾਤ ਕੁਝ ਬੰਦੇ ਇਕੱਠੇ ਹੁੰਦੇ, ਉੱਚੀ ਮਿਊਜ਼ਿਕ ਲਾਉਂਦੇ
ਅਤੇ ਨਸ਼ਾ ਵੇਚਦੇ। ਇੱਕ ਕਾਲੀ ਕਾਰ [[OTHER_ID:LB66 TKY]] ਹਰ ਰੋਜ਼ ਉੱਥੇ ਹੁੰਦੀ ਸੀ। [[PERSON:ਖ਼ੁਸ਼ੀ]], ਜੋ
[[AGE:12 ਸਾਲ]] ਦੀ ਹੈ, ਸਕੂਲ ਤੋਂ ਵਾਪਸ ਆਉਂਦੀ ਡਰਦੀ ਸੀ, ਅਤੇ ਘਰ ਦੀ ਸਾਰੀ ਖ਼ੁਸ਼ੀ ਖ਼ਤਮ ਹੋ ਗਈ ਸੀ।
ਮੰਮੀ ਨਰਸ ਹੈ ਅਤੇ ਰਾਤਾਂ ਨੂੰ ਕੰਮ ਕਰਦੀ ਹੈ, ਇਸ ਲਈ ਸ਼ਿਕਾਇਤਾਂ ਮੈਂ ਕੀਤੀਆਂ। ਪਹਿਲਾਂ ਮੈਂ
[[ORGANISATION:Jubilee River Homes]] ਨੂੰ ਇੰਸਟਾਗ੍ਰਾਮ ਉੱਤੇ ਆਪਣੇ ਅਕਾਊਂਟ [[OTHER_ID:@joban.s.17]] ਤੋਂ
ਵੀਡੀਓ ਭੇਜੀਆਂ। ਉਨ੍ਹਾਂ ਨੇ ਜਵਾਬ ਦਿੱਤਾ ਕਿ ਪਰਿਵਾਰ ਦਾ ਬਾਲਗ ਸ਼ਿਕਾਇਤ ਕਰੇ। ਫਿਰ ਮੰਮੀ ਨੇ
[[EMAIL:mandeep.k.sahota@example.com]] ਤੋਂ ਈਮੇਲ ਕੀਤੀ ਅਤੇ ਮੈਂ ਸਾਰੀਆਂ ਤਾਰੀਖ਼ਾਂ ਅਤੇ ਵੀਡੀਓ ਨਾਲ
ਲਾਈਆਂ। ਐਂਟੀਸੋਸ਼ਲ ਬਿਹੇਵੀਅਰ ਕੇਸ ਦਾ ਨੰਬਰ [[REFERENCE:JRH-ASB-7716]] ਸੀ। ਉਨ੍ਹਾਂ ਦੀ ਅਫ਼ਸਰ
[[PERSON:Becca]] ਨੇ ਮੈਨੂੰ ਕਿਹਾ ਕਿ ਤੇਰੀ ਵੀਡੀਓਆਂ ਨੇ ਕੇਸ ਬਣਾ ਦਿੱਤਾ। ਦੂਜੇ ਪੜਾਅ ਤੋਂ ਬਾਅਦ ਉਨ੍ਹਾਂ ਨੇ
ਕਾਰ ਪਾਰਕ ਵਿੱਚ ਗੇਟ, ਲਾਈਟਾਂ ਅਤੇ ਕੈਮਰੇ ਲਾਏ, ਅਤੇ ਪੁਲਿਸ ਨਾਲ ਮਿਲ ਕੇ ਕੰਮ ਕੀਤਾ। ਮੰਮੀ, ਯਾਨੀ
[[PERSON:ਮਨਦੀਪ ਕੌਰ ਸਹੋਤਾ]], ਨੂੰ ਉਨ੍ਹਾਂ ਨੇ ਚਿੱਠੀ ਲਿਖੀ ਕਿ ਅੱਗੇ ਤੋਂ ਉਹ ਨੌਜਵਾਨਾਂ ਦੇ ਸੁਨੇਹੇ ਵੀ
ਸ਼ਿਕਾਇਤ ਵਾਂਗ ਦਰਜ ਕਰਨਗੇ। ਹੁਣ [[PERSON:ਖ਼ੁਸ਼ੀ]] ਆਪਣੀ ਸਹੇਲੀ [[PERSON:ਨੂਰ]] ਨਾਲ ਹੱਸਦੀ ਹੋਈ ਘਰ ਆਉਂਦੀ
ਹੈ। ਮੇਰੀ ਉਮਰ ਦੇ ਮੁੰਡੇ-ਕੁੜੀਆਂ ਨੂੰ ਕਹਾਂਗਾ: ਸਬੂਤ ਇਕੱਠੇ ਕਰੋ, ਤੁਹਾਡੀ ਆਵਾਜ਼ ਵੀ ਗਿਣੀ ਜਾਂਦੀ ਹੈ।
"""),
    ),
    (
        "fv2l-pa-04",
        "pa",
        _s("""
ਕੇਸ ਦਾ ਸਾਰ, ਸਾਡੇ ਸਲਾਹ ਕੇਂਦਰ ਵੱਲੋਂ। ਸ੍ਰੀ [[PERSON:ਬਲਦੇਵ ਸਿੰਘ ਢਿੱਲੋਂ]] ([[PERSON:Baldev Singh Dhillon]]),
ਜਨਮ ਮਿਤੀ [[DATE_OF_BIRTH:12 ਮਾਰਚ 1961]], ਆਪਣੀ ਪਤਨੀ ਨਾਲ [[ADDRESS:37 Harewood Avenue]],
[[POSTCODE:LS8 2EN]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ, ਜੋ [[ORGANISATION:Chapeltown Community Homes]] ਦਾ ਘਰ ਹੈ।
[[PERSON:ਬਲਦੇਵ]] ਜੀ ਨੂੰ [[HEALTH:ਗੁਰਦਿਆਂ ਦੀ ਬਿਮਾਰੀ]] ਹੈ ਅਤੇ ਹਫ਼ਤੇ ਵਿੱਚ ਤਿੰਨ ਵਾਰ ਡਾਇਲਸਿਸ ਹੁੰਦਾ
ਹੈ। ਕੀ ਹੋਇਆ: 2023 ਦੀਆਂ ਸਰਦੀਆਂ ਵਿੱਚ ਬੋਇਲਰ ਛੇ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਪੰਜ ਵਾਰ ਬੰਦ ਹੋਇਆ। ਹਰ ਵਾਰ ਇੰਜੀਨੀਅਰ
ਆਰਜ਼ੀ ਮੁਰੰਮਤ ਕਰ ਕੇ ਚਲਾ ਜਾਂਦਾ। ਜਦੋਂ ਉਨ੍ਹਾਂ ਨੇ ਮੁਆਵਜ਼ਾ ਮੰਗਿਆ ਤਾਂ ਕਾਲ ਸੈਂਟਰ ਨੇ ਨੈਸ਼ਨਲ ਇੰਸ਼ੋਰੈਂਸ
ਨੰਬਰ ਮੰਗਿਆ, ਜੋ ਉਨ੍ਹਾਂ ਨੇ ਦੇ ਦਿੱਤਾ: [[NI_NUMBER:ਪੀਐੱਚ 52 18 77 ਸੀ]], ਯਾਨੀ
[[NI_NUMBER:PH 52 18 77 C]]। ਫਿਰ ਵੀ ਕੁਝ ਨਹੀਂ ਹੋਇਆ। ਅਸੀਂ ਕੀ ਕੀਤਾ: ਅਸੀਂ ਹਸਪਤਾਲ ਦੀ ਚਿੱਠੀ ਨਾਲ
ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਹਵਾਲਾ [[REFERENCE:CCH-C-1187]]। ਪਹਿਲੇ ਪੜਾਅ ਵਿੱਚ ਜਵਾਬ ਆਇਆ ਕਿ ਬੋਇਲਰ
"ਚੱਲ ਰਿਹਾ ਹੈ"। ਦੂਜੇ ਪੜਾਅ ਤੋਂ ਬਾਅਦ ਵੀ ਗੱਲ ਨਾ ਬਣੀ ਤਾਂ ਅਸੀਂ ਹਾਊਸਿੰਗ ਓਂਬਡਸਮੈਨ ਕੋਲ ਗਏ, ਕੇਸ
[[REFERENCE:202317604]]। ਓਂਬਡਸਮੈਨ ਦੇ ਫ਼ੈਸਲੇ ਤੋਂ ਪਹਿਲਾਂ ਹੀ ਲੈਂਡਲਾਰਡ ਨੇ ਨਵਾਂ ਬੋਇਲਰ ਲਾਇਆ, 700
ਪੌਂਡ ਦਿੱਤੇ, ਅਤੇ ਮੰਨਿਆ ਕਿ ਡਾਇਲਸਿਸ ਵਾਲੇ ਮਰੀਜ਼ ਦੇ ਘਰ ਹੀਟਿੰਗ ਦਾ ਬੰਦ ਹੋਣਾ ਐਮਰਜੈਂਸੀ ਹੈ। ਉਨ੍ਹਾਂ ਦੀ
ਸ਼ਿਕਾਇਤ ਅਫ਼ਸਰ ਸ੍ਰੀਮਤੀ [[PERSON:Olivia Grant]] ਨੇ ਸਾਡੇ ਦਫ਼ਤਰ ਆ ਕੇ ਮਾਫ਼ੀ ਮੰਗੀ। ਸਿੱਖਿਆ: ਬਿਮਾਰੀ ਦਾ
ਸਬੂਤ ਪਹਿਲੇ ਦਿਨ ਹੀ ਨਾਲ ਲਾਓ। ਕੋਈ ਮਦਦ ਚਾਹੀਦੀ ਹੋਵੇ ਤਾਂ ਲਿਖੋ:
[[EMAIL:sewa.salah@advice.example]] ਜਾਂ ਫ਼ੋਨ [[PHONE:0113 496 0651]]। — [[PERSON:ਕੁਲਵੰਤ ਕੌਰ]], ਸਲਾਹਕਾਰ
"""),
    ),
    (
        "fv2l-pl-01",
        "pl",
        _s("""
Nazywam się [[PERSON:Agnieszka Wróbel]], ale w pracy wszyscy mówią na mnie [[PERSON:Aga]]. Jestem
pielęgniarką na oddziale ratunkowym i od sześciu lat pracuję głównie na nocnych zmianach.
Mieszkam z córką [[PERSON:Jagodą]] ([[AGE:8 lat]]) w [[ADDRESS:mieszkaniu nr 5B]] w bloku
[[ADDRESS:Lindenfield House]], [[POSTCODE:NG7 3FS]]. [[PERSON:Jagoda]] ma
[[HEALTH:cukrzycę typu 1]], więc kiedy jestem w pracy, zostaje u sąsiadki, pani
[[PERSON:Bożeny]], dwa piętra niżej. Zeszłej zimy zepsuł się domofon i zamek w drzwiach
wejściowych, a na klatce schodowej nie świeciła się ani jedna lampa. Wychodziłam o siódmej
wieczorem w zupełnej ciemności, a drzwi do bloku stały otwarte dla każdego. Dzwoniłam do
[[ORGANISATION:Trentside Homes]] z numeru [[PHONE:0115 496 0833]] pięć razy; za każdym razem
dostawałam nowy numer zlecenia i obietnicę. W końcu napisałam formalną skargę z adresu
[[EMAIL:aga.wrobel@example.com]] i dołączyłam zdjęcia ciemnej klatki zrobione o szóstej rano,
kiedy wracałam z dyżuru. Skarga dostała numer [[REFERENCE:TH-NAP-20931]]. Po tygodniu
zadzwonił pan [[PERSON:Steve]] z działu skarg. Rozmowa z panem [[PERSON:Stevem]] była
pierwszą, w której ktoś zapytał, o której godzinie wychodzę i wracam. Przyznał, że zgłoszenia
o oświetleniu trafiały do złego zespołu. W ciągu trzech dni naprawili zamek, domofon i
wszystkie lampy, a potem zamontowali czujniki ruchu. Dostałam 250 funtów i przeprosiny na
piśmie. [[PERSON:Jagodzie]] najbardziej podoba się to, że światło zapala się samo, kiedy
wchodzi z panią [[PERSON:Bożeną]] na górę. Latem zbierałyśmy razem jagody w parku i śmiała się,
że ma imię jak owoc. Jeśli pracujecie na nocki, piszcie o tym w skardze: godziny mają
znaczenie. [[PERSON:Agnieszka]]
"""),
    ),
    (
        "fv2l-pl-02",
        "pl",
        _s("""
Piszę w imieniu dziadka, bo sam już nie pisze, ale wszystko tu jest jego słowami. Dziadek
nazywa się [[PERSON:Zdzisław Kowalczyk]], urodził się
[[DATE_OF_BIRTH:trzeciego maja tysiąc dziewięćset trzydziestego ósmego]] roku pod Lwowem i ma
[[AGE:osiemdziesiąt sześć lat]]. Od 1971 roku mieszka w domu komunalnym przy
[[ADDRESS:9 Wyndcliffe Gardens]] w Ealingu, pięć minut od
[[ADDRESS:kościoła Matki Bożej Częstochowskiej]], gdzie co niedzielę czyta lekcję. Na osiedlu
mówią na niego pan [[PERSON:Zdzisio]]. W listopadzie zepsuło się ogrzewanie. Firma
[[ORGANISATION:Westway Housing Trust]] przysłała dwa grzejniki elektryczne i powiedziała, że
nowy kocioł będzie „po świętach”. Dziadek ma [[HEALTH:niewydolność serca]] i w zimnym domu
puchną mu nogi. Sąsiadka, pani [[PERSON:Halinka]], przynosiła mu zupę i to ona zauważyła, że
w pokoju było czternaście stopni. Dzwoniłam z numeru dziadka, [[PHONE:0207 946 0412]], i
słyszałam, że „zgłoszenie jest w systemie”. Wtedy złożyłam skargę, numer
[[REFERENCE:WHT/2023/C/1147]]. Odpowiedź pierwszego etapu przyszła po ośmiu dniach roboczych i
nic nie zmieniła, więc poprosiłam o drugi etap. Tym razem przyjechała pani
[[PERSON:Deborah Fitch]], kierowniczka działu napraw, usiadła z dziadkiem w kuchni i wysłuchała
całej historii, łącznie z opowieścią o Monte Cassino. Nowy kocioł zamontowano w cztery dni,
dostaliśmy 500 funtów i pismo, że osoby starsze z chorobami serca mają teraz pierwszeństwo przy
awariach ogrzewania. Dziadek mówi, że w jego wieku nie walczy się o rzeczy, tylko o ludzi, i że
po nim w tym domu zamieszka ktoś, komu też będzie zimno. Mój syn [[PERSON:Maciuś]] narysował mu
z tej okazji kocioł z kokardą. [[PERSON:Ewelina Kowalczyk-Shaw]], wnuczka
"""),
    ),
    (
        "fv2l-pl-03",
        "pl",
        _s("""
Studium przypadku [[ORGANISATION:Fenland Rivers Housing]]: co poszło nie tak, co zmieniliśmy i
czego się nauczyliśmy. Publikujemy je po polsku za zgodą pani [[PERSON:Renaty Dąbrowskiej]].
Pani [[PERSON:Renata]] mieszka z [[AGE:czteroletnim]] synkiem [[PERSON:Stasiem]] w
[[ADDRESS:mieszkaniu 22]] w bloku [[ADDRESS:Maple Court]] w Wisbech. Syn ma
[[HEALTH:mukowiscydozę]]. Co poszło nie tak: w styczniu 2024, kiedy przyszedł mróz, nasz
instalator wyłączył kocioł gazowy jako niebezpieczny i zostawił dwa grzejniki olejowe.
Zlecenie wymiany kotła utknęło, bo w systemie wpisano zły numer mieszkania. Pani
[[PERSON:Renata]] dzwoniła codziennie, ale nasz konsultant nie mówił po polsku, a tłumacz nie
był dostępny. Napisała więc na naszym Facebooku z konta [[OTHER_ID:@renata.dabrowska.wisbech]] i
dopiero wtedy sprawą zajął się nasz kierownik, [[PERSON:Jan Mróz]]. Pani
[[PERSON:Dąbrowska]] złożyła skargę, numer [[REFERENCE:FRH-2024-0387]]. Co zmieniliśmy: kocioł
wymieniono w ciągu 48 godzin od rozmowy z panem [[PERSON:Mrozem]]. Zapłaciliśmy 600 funtów
rekompensaty i pokryliśmy rachunki za prąd. Każde wyłączenie kotła w domu, w którym mieszka
dziecko albo osoba chora, trafia teraz do kierownika tego samego dnia. Wprowadziliśmy linię z
tłumaczem, [[PHONE:01632 960 417]], i zapisujemy w aktach język, w którym lokator chce
rozmawiać. Czego się nauczyliśmy: skarga napisana w mediach społecznościowych to nadal skarga.
I nie wolno czekać, aż ktoś „przejdzie” na angielski. [[PERSON:Staś]] przysłał nam rysunek
kaloryfera w kolorze pomarańczowym, który wisi teraz w naszym biurze. [[PERSON:Jan Mróz]],
kierownik ds. napraw
"""),
    ),
    (
        "fv2l-pl-04",
        "pl",
        _s("""
Krótko, bo pisanie mnie męczy. Jestem [[PERSON:Marek Nowakowski]], mam
[[AGE:pięćdziesiąt dwa lata]] i [[HEALTH:stwardnienie rozsiane]], od trzech lat jeżdżę na
wózku. Mieszkam z żoną [[PERSON:Beatą]] w [[ADDRESS:mieszkaniu na parterze przy 15 Copperfield Way]]
w Chatham, [[POSTCODE:me46ld]], naprzeciwko sklepu [[ADDRESS:Delikatesy Smak]]. Drzwi wejściowe do
bloku są ciężkie i nie mają automatu, więc sam ich nie otworzę. Przez rok [[PERSON:Beata]] brała
wolne w pracy za każdym razem, kiedy miałem wizytę w szpitalu, a kiedy jej nie było, czekałem,
aż ktoś wyjdzie albo wejdzie. Raz czekałem czterdzieści minut na deszczu. Zgłaszałem to do
[[ORGANISATION:Medway Estuary Homes]] i słyszałem, że „drzwi działają prawidłowo”. Złożyłem
skargę mailowo: [[EMAIL:marek kropka nowakowski małpa example kropka com]]. Numer skargi:
[[REFERENCE:MEH/0923/ST2]]. Na drugim etapie przyjechał pan [[PERSON:Liam Corrigan]] i sam
spróbował otworzyć drzwi, siedząc na moim drugim wózku. Nie dał rady. W ciągu miesiąca
zamontowali automatyczne drzwi z przyciskiem i pilotem dla mnie i dla pana
[[PERSON:Józefa]] spod [[ADDRESS:trójki]], który chodzi o kulach. Dostałem 400 funtów
rekompensaty. Poprosili o numer ubezpieczenia, [[NI_NUMBER:NP 73 05 18 D]], i dane do przelewu:
sort code [[OTHER_ID:20-45-77]], konto [[OTHER_ID:41558302]]. Pieniądze przyszły po tygodniu.
Panu [[PERSON:Corriganowi]] dziękuję za to, że usiadł na tym wózku, bo nikt wcześniej tego nie
zrobił. Innym niepełnosprawnym mówię: nie przyzwyczajajcie się do drzwi, które was zamykają w
domu. [[PERSON:Marek N.]]
"""),
    ),
    (
        "fv2l-ro-01",
        "ro",
        _s("""
Mă numesc [[PERSON:Florica Stoica]]. Suntem [[OTHER_SPECIAL:romi]] din
[[OTHER_SPECIAL:România]] și stăm în Birmingham din 2018, eu, soțul meu [[PERSON:Costel]] și cei
trei copii: [[PERSON:Denisa]], care are [[AGE:8 ani]], [[PERSON:Marian]], de [[AGE:cinci ani]],
și bebelușul [[PERSON:Ianis]]. Din 2022 închiriem casa de la [[ADDRESS:43 Sutherland Road]],
[[POSTCODE:B10 0NL]], de la [[ORGANISATION:Heartlands Community Housing]]. [[PERSON:Denisa]]
merge la [[ADDRESS:Cherrywood Green Primary]], la capătul străzii. Când ne-am mutat, grădina din
spate era plină de gunoaie de la chiriașul de dinainte, și după două luni au venit șobolanii.
[[PERSON:Marian]] are [[HEALTH:astm]] și se juca afară doar cu mine lângă el. Am sunat de multe
ori de pe [[PHONE:07700 900 781]]. Un ofițer, domnul [[PERSON:Gary Holt]], a venit o singură dată,
s-a uitat la grădină și a zis că „așa țin oamenii voștri casele”. Atunci am plâns. Mediatoarea
de la centru, doamna [[PERSON:Lucica]], m-a ajutat să scriu o plângere oficială, în română și în
engleză, cu poze. Am primit numărul [[REFERENCE:HCH-2023-1182]]. La prima etapă au trimis o
firmă care a curățat grădina și a pus capcane. Dar despre vorbele domnului [[PERSON:Holt]] nu
au scris nimic, așa că am cerut etapa a doua. La etapa a doua, o doamnă manager,
[[PERSON:Priya Lal]], a venit la noi acasă, și-a cerut iertare și a spus că ce a zis ofițerul a
fost discriminare. Ne-au dat 600 de lire, ofițerul a fost mutat, iar tot personalul a făcut
un curs. Acum [[PERSON:Denisa]] și [[PERSON:Marian]] se joacă în grădină, și [[PERSON:Costel]] a
pus acolo roșii. Dacă vi se spune ceva urât din cauza a cine sunteți, scrieți asta în plângere.
"""),
    ),
    (
        "fv2l-ro-02",
        "ro",
        _s("""
Mă numesc [[PERSON:Ioana Bălănescu]] și am grijă de tatăl meu, [[PERSON:Vasile Bălănescu]], născut
pe [[DATE_OF_BIRTH:12 octombrie 1950]]. Tata are acum [[AGE:74 de ani]] și, după un
[[HEALTH:AVC]] în 2022, are [[HEALTH:hemipareză]] pe partea stângă. Locuim împreună în
[[ADDRESS:apartamentul 6 din Linden Court]], [[POSTCODE:ha9 8rs]], la etajul întâi. Proprietarul
este [[ORGANISATION:Wealdstone Homes]]. Terapeuta ocupațională, doamna
[[PERSON:Adaeze Nkemdirim]], a recomandat în martie 2023 să se înlocuiască cada cu un duș la
nivelul podelei. După opt luni nu se întâmplase nimic. Între timp îl spălam pe tata cu buretele,
pe un scaun în bucătărie, iar el, care a fost toată viața un om mândru, nu mai voia să iasă din
casă. Am sunat de nenumărate ori la [[PHONE:020 7946 0522]] și de fiecare dată mi se spunea că
lucrarea „așteaptă aprobare”. Am făcut plângere pe e-mail, de la
[[EMAIL:ioana.balanescu@example.com]], cu raportul doamnei [[PERSON:Nkemdirim]] și numărul de
NHS al lui [[PERSON:Vasile]], [[OTHER_ID:999 536 2097]], ca să poată verifica la medicul de
familie. Referința: [[REFERENCE:WH/OT/5531]]. Răspunsul de la prima etapă a venit în zece zile
lucrătoare. Și-au cerut scuze: dosarul fusese trimis la o echipă care nu mai exista după o
reorganizare. Dușul s-a montat în trei săptămâni, împreună cu bare de sprijin și un scaun
rabatabil. Au plătit și 500 de lire pentru lunile pierdute. Primul lucru pe care l-a făcut
tata după primul duș a fost să-și pună cămașa bună și să meargă la biserica
[[ADDRESS:Sfântul Nicolae]] de pe colț, unde nu mai fusese de un an. Dacă aveți grijă de
cineva, nu lăsați hârtiile terapeutului în sertar. Trimiteți-le cu plângerea. Cu drag,
[[PERSON:Ioana]]
"""),
    ),
    (
        "fv2l-ro-03",
        "ro",
        _s("""
Studiu de caz, [[ORGANISATION:Harlow Meadow Homes]]. Ce a mers prost: domnul
[[PERSON:Petru Ciobanu]], [[OTHER_SPECIAL:moldovean]], lucrează în construcții și locuiește cu
familia la [[ADDRESS:8 Bramble Close]], [[POSTCODE:CM18 6QT]]. În octombrie 2023 acoperișul a
început să curgă în dormitorul copiilor. Domnul [[PERSON:Ciobanu]] a raportat problema de trei
ori, iar reparația a fost programată de fiecare dată în timpul zilei, când el era la muncă. În
aceeași perioadă, firma noastră de parcare, [[ORGANISATION:ParkSure Enforcement]], i-a pus
cârlig la dubă, [[OTHER_ID:KX20 HFD]], deși avea permis valabil de rezident. Amenda și
taxa de eliberare au costat 180 de lire. Vecina de la [[ADDRESS:nr. 10]], doamna
[[PERSON:Aurelia Munteanu]], i-a tradus scrisorile și l-a încurajat să facă plângere. Plângerea
domnului [[PERSON:Ciobanu]] a primit numărul [[REFERENCE:HMH-COMP-66120]]. Ce am schimbat:
reparațiile la locuințele unde toți adulții lucrează pot fi programate acum sâmbăta sau după
ora 17. Am verificat lista de permise a firmei de parcare și am găsit încă unsprezece
rezidenți amendați greșit; toți au fost despăgubiți. I-am rambursat domnului
[[PERSON:Ciobanu]] cele 180 de lire, am reparat acoperișul și am plătit 350 de lire pentru
neplăcerile cauzate. Ofițera de caz, [[PERSON:Natalie Quinn]], i-a lăsat un număr direct,
[[PHONE:07700 900 934]], pentru orice problemă nouă. Ce am învățat: o plângere despre două
lucruri diferite ne poate arăta că aceeași persoană a fost tratată prost de mai multe
departamente deodată. Mai mult, fără doamna [[PERSON:Munteanu]] probabil nu am fi aflat
niciodată. Îi mulțumim și lui [[PERSON:Petru]] pentru răbdare și pentru permisiunea de a
publica povestea lui în română.
"""),
    ),
    (
        "fv2l-ro-04",
        "ro",
        _s("""
Salut, mă cheamă [[PERSON:Bianca Dobre]], am [[AGE:17 ani]] și stau cu mama și cu sora mea mai
mică, [[PERSON:Speranța]], în [[ADDRESS:camera 9]] de la [[ADDRESS:Crescent Lodge]], un hostel
unde ne-a pus consiliul după ce am rămas fără casă. Eu sunt în anul doi la
[[ADDRESS:Thamesmead College]], iar [[PERSON:Speranța]], care are [[AGE:zece ani]], merge la o
școală la două autobuze distanță. Camera are un singur geam care nu se închide bine, iar
iarna trecută a apărut mucegai pe tavan, chiar deasupra patului nostru. Toți trei dormim în
același pat. Mama nu vorbește bine engleza, așa că eu am sunat la
[[ORGANISATION:Thamesbridge Borough Council]]. Numărul meu e
[[PHONE:zero șapte șapte zero zero, nouă zero zero, patru cinci doi]], scris așa pentru că mama
îl citește mai ușor în cuvinte. Mi s-a spus să aștept. Prietena mea [[PERSON:Ilinca]] mi-a zis
să postez pe TikTok. Am postat de pe [[OTHER_ID:@bia.draws.ro]], dar am șters apoi, pentru că
mi-era rușine. Mama [[PERSON:Ilincăi]], care lucrează la un centru de consiliere, ne-a ajutat să
facem plângere oficială. Ne-au dat numărul [[REFERENCE:TBC/TA/88315]]. Recunosc că îmi
pierdusem speranța. Dar la etapa întâi ne-au mutat în două săptămâni într-un apartament cu
două camere, mai aproape de școala [[PERSON:Speranței]], și ne-au scris că hostelul va fi
inspectat. Acum am birou și pot învăța. Fetelor de vârsta mea: voi puteți vorbi pentru părinții
voștri, și se numără. [[PERSON:Bia]]
"""),
    ),
    (
        "fv2l-ur-01",
        "ur",
        _s("""
میرا نام [[PERSON:زبیدہ بی بی]] ہے۔ میری عمر [[AGE:۸۱ برس]] ہے اور میری تاریخ پیدائش
[[DATE_OF_BIRTH:۱۲ مارچ ۱۹۴۳]] ہے۔ یہ خط میرا پوتا [[PERSON:بلال]] لکھ رہا ہے، بات ساری میری اپنی
ہے۔ میں بریڈفورڈ میں [[ADDRESS:مکان نمبر ۲۷، Carlisle Terrace]] میں رہتی ہوں، [[POSTCODE:BD8 7JR]]،
[[ADDRESS:جامع مسجد فاروقیہ]] کے بالکل سامنے، جہاں سے اذان کی آواز میرے کمرے تک آتی ہے۔ مجھے
[[HEALTH:شوگر]] ہے اور [[HEALTH:ہائی بلڈ پریشر]] بھی۔ پچھلی سردیوں میں گھر کا بوائلر تین ہفتے بند رہا۔
میں نے [[ORGANISATION:Aire Valley Homes]] کو اپنے فون [[PHONE:۰۷۷۰۰ ۹۰۰ ۳۸۴]] سے بار بار کال کی،
مگر ہر بار کہا گیا کہ انجینئر کل آئے گا۔ وہ کل کبھی نہیں آیا۔ ساتھ والی [[PERSON:نسرین]] باجی
روز شام کو گرم چائے اور کھانا دے جاتیں، اللہ ان کا بھلا کرے۔ میرا بیٹا [[PERSON:شاہد]] لیسٹر میں
رہتا ہے، وہ آیا تو اس نے کہا امی، اب باقاعدہ شکایت کریں گے۔ [[PERSON:بلال]] نے ای میل
[[EMAIL:bilal.hussain99@example.com]] سے شکایت بھیجی اور حوالہ نمبر [[REFERENCE:AVH-C-30581]] ملا۔
پہلے مرحلے کا جواب سات دن میں آیا۔ انہوں نے مانا کہ ایک بزرگ اور بیمار خاتون کے گھر میں ہیٹنگ نہ ہونا
ایمرجنسی ہے، معافی مانگی، نیا بوائلر لگایا اور ۴۵۰ پاؤنڈ دیے۔ ایک صاحب، مسٹر [[PERSON:Aziz]]، خود
گھر آئے اور کہا کہ اب میرے ریکارڈ پر لکھا ہے کہ مجھے اردو بولنے والا بندہ فون کرے۔ میری بہنو، بڑھاپے
میں شرم مت کرو۔ بچوں سے کہو لکھ دیں۔ — [[PERSON:زبیدہ بی بی]]
"""),
    ),
    (
        "fv2l-ur-02",
        "ur",
        _s("""
میں [[PERSON:عمران قریشی]] ہوں، لیکن محلے میں سب مجھے [[PERSON:گڈو]] کہتے ہیں۔ میری بیوی
[[PERSON:صبا قریشی]] کو [[HEALTH:ملٹیپل سکلیروسس]] ہے اور وہ دو سال سے وہیل چیئر استعمال کرتی ہیں۔
ہم مانچسٹر میں [[ADDRESS:فلیٹ ۳، Ashby Court]] میں رہتے ہیں، جو [[ADDRESS:مدینہ حلال سٹور]] کے
اوپر ہے۔ صبح کی ٹھنڈی صبا جب کھڑکی سے آتی ہے تو [[PERSON:صبا]] کہتی ہیں یہ میری ہوا ہے۔ مسئلہ یہ
تھا کہ عمارت کا ریمپ اور پچھلا دروازہ ایک سال سے ٹوٹے ہوئے تھے، اور [[PERSON:صبا]] گھر سے باہر نہیں
جا سکتی تھیں۔ ہسپتال کی تین اپوائنٹمنٹس چھوٹ گئیں۔ ہمارا لینڈلارڈ [[ORGANISATION:Irwell Gate Housing]]
ہے۔ میں نے ان کو [[PHONE:0161 496 0237]] پر بار بار فون کیا۔ پھر میں نے تحریری شکایت کی اور اپنا
نیشنل انشورنس نمبر [[NI_NUMBER:ZB 61 47 22 A]] بھی لکھا، کیونکہ ان کا فارم اس کے بغیر آگے نہیں
جاتا تھا۔ شکایت نمبر [[REFERENCE:IGH/ASC/2207]] ملا۔ پہلے مرحلے میں انہوں نے کہا کہ بجٹ اگلے سال
آئے گا۔ میں نے دوسرے مرحلے کی درخواست دی اور ساتھ [[PERSON:صبا]] کے نیورولوجسٹ کا خط لگایا۔ دوسرے
مرحلے میں محترمہ [[PERSON:Rachel Dunn]] نے ہمارے گھر آ کر خود دیکھا۔ تین ہفتوں میں نیا ریمپ بنا،
دروازے پر بٹن لگا، اور ہمیں ۶۰۰ پاؤنڈ ملے۔ انہوں نے یہ بھی مانا کہ فارم پر نیشنل انشورنس نمبر
لازمی نہیں ہونا چاہیے۔ ہمارے دوست [[PERSON:طاہر]] بھائی نے پوری بات اپنی گاڑی میں بیٹھ کر ریکارڈ
کی، ان کی گاڑی [[OTHER_ID:MA18 VXR]] ہم سب کی ایمبولینس بن گئی تھی۔ اب [[PERSON:صبا]] خود بازار
جاتی ہیں۔ — [[PERSON:گڈو]]
"""),
    ),
    (
        "fv2l-ur-03",
        "ur",
        _s("""
میرا نام [[PERSON:گل احمد]] ہے۔ ہم [[OTHER_SPECIAL:افغان]] ہیں اور بیس سال پاکستان میں رہے، اس
لیے اردو ہمارے گھر کی زبان ہے۔ ۲۰۲۲ میں ہم [[OTHER_SPECIAL:پناہ گزین]] کی حیثیت سے برطانیہ آئے۔
میری بیوی [[PERSON:شبانہ]]، بیٹا [[PERSON:ولی]] جس کی عمر [[AGE:آٹھ سال]] ہے، اور بیٹی
[[PERSON:مریم]] جو [[AGE:چار سال]] کی ہے، سب [[ADDRESS:۱۱ Fairfax Way]] میں رہتے ہیں،
[[POSTCODE:pe15qx]]۔ [[PERSON:ولی]] [[ADDRESS:Welland Park Primary]] میں پڑھتا ہے۔ جب ہمیں یہ
گھر ملا تو دو کھڑکیاں ٹوٹی تھیں، ہیٹنگ کام نہیں کرتی تھی اور رات کو چوہے کچن میں دوڑتے تھے۔
[[PERSON:مریم]] ڈر کے مارے سو نہیں پاتی تھی۔ ہم نے [[ORGANISATION:Nene Park Homes]] کو فون کیا،
لیکن ہر بار وہ میرا بی آر پی نمبر پوچھتے: [[OTHER_ID:ZX9127645]]۔ ایک دن انہوں نے کہا کہ تمہارا
کیس ری سیٹلمنٹ ٹیم کا ہے، ہمارا نہیں۔ ری سیٹلمنٹ ٹیم نے کہا کہ مرمت لینڈلارڈ کا کام ہے۔ ہماری کیس
ورکر مسز [[PERSON:Angela Price]] نے مجھے سمجھایا کہ میں لینڈلارڈ کو رسمی شکایت کر سکتا ہوں اور اس
سے میری حیثیت پر کوئی اثر نہیں پڑے گا۔ شکایت کا حوالہ نمبر [[REFERENCE:NPH-88-4410]] ملا۔ دس دن میں
جواب آیا۔ انہوں نے معافی مانگی اور لکھا کہ نئے کرایہ داروں کے گھر پہلے دن سے ٹھیک ہونے چاہییں۔
کھڑکیاں بدلیں، ہیٹنگ ٹھیک ہوئی، چوہوں کا علاج ہوا اور ۵۰۰ پاؤنڈ ملے۔ اب وہ ہر نئے گھر کو خاندان کے
آنے سے پہلے چیک کرتے ہیں۔ اگر کوئی نیا آنے والا خاندان مشورہ چاہے تو میرا نمبر [[PHONE:07700 900 158]] ہے۔
"""),
    ),
    (
        "fv2l-ur-04",
        "ur",
        _s("""
کیس اسٹڈی: [[ORGANISATION:Pennine Edge Housing]]۔ ہم سے کیا غلطی ہوئی، ہم نے کیا بدلا، اور ہم نے کیا
سیکھا۔ یہ کہانی ہم [[PERSON:امید علی]] صاحب کی اجازت سے اردو میں شائع کر رہے ہیں۔ [[PERSON:امید]]
صاحب ہیلی فیکس میں [[ADDRESS:فلیٹ ۱۸، Mount Pellon House]] میں اپنی والدہ کے ساتھ رہتے ہیں۔ ان کی
والدہ [[PERSON:رقیہ بیگم]] کی عمر [[AGE:چھیاسی سال]] ہے اور انہیں [[HEALTH:ڈیمنشیا]] ہے۔ غلطی:
۲۰۲۳ میں عمارت کی لفٹ بار بار بند ہوتی رہی۔ [[PERSON:امید]] صاحب نے ہمارے عملے کو بتایا کہ ان کی
والدہ سیڑھیاں نہیں اتر سکتیں، لیکن یہ بات کسی ریکارڈ میں درج نہیں ہوئی۔ ایک دن آگ کے الارم پر پوری
عمارت خالی کرائی گئی اور وہ اکیلی اوپر رہ گئیں، کیونکہ ہماری فہرست میں ان کا نام نہیں تھا۔ شکایت
[[REFERENCE:PEH-SR-1379]] کے تحت درج ہوئی، اور [[PERSON:امید]] صاحب نے لکھا کہ انہیں ہم سے کوئی
امید نہیں رہی۔ انہوں نے اپنا ای میل یوں لکھا تھا: [[EMAIL:umeed ڈاٹ ali ایٹ example ڈاٹ org]]۔
ہم نے کیا بدلا: ہر عمارت میں ان لوگوں کی فہرست بنائی جو خود باہر نہیں نکل سکتے، اور ہر ایک کے لیے
ذاتی انخلا کا منصوبہ۔ لفٹ کی مرمت کا ٹھیکہ [[ORGANISATION:Calder Lift Services]] کو دیا گیا جو
چوبیس گھنٹے میں آنے کا پابند ہے۔ ہماری افسر محترمہ [[PERSON:Hannah Shaw]] نے خود گھر جا کر معافی
مانگی، اور ہم نے ۷۵۰ پاؤنڈ ادا کیے۔ ہم نے کیا سیکھا: جو بات رہائشی ہمیں زبانی بتائے، وہ بھی ریکارڈ
ہے۔ ہمیں امید ہے کہ کوئی اور خاندان اس صورتحال سے نہیں گزرے گا۔ رابطہ:
[[PHONE:0113 496 0792]]۔
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
