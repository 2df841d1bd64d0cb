"""Fresh version-2 PII test stories, batch ar.

Written by victims of anti-social behaviour, harassment and hate incidents, and once by
a landlord's ASB team: tense, factual, sometimes frightened accounts that log exact
dates and times and name everyone involved. The stories carry neighbours and their
visitors by full name, first name, nickname and diminutive; their door and flat numbers
("number 31", "flat 14", "ਨੰਬਰ 47", "numeru 19", "dziewiętnastki"); their cars, vans and
mopeds by registration; their social media handles and profile addresses; police
officers and PCSOs with collar numbers (marked OTHER_ID) and crime, incident and CAD
numbers (marked REFERENCE); landlords' ASB officers, named mediation services and
contractors; schools, surgeries, mosques, gurdwaras, churches and a corner shop that
place the home; phones in figures, native digits and words; emails spelt out; dates of
birth; ages; an NHS number, a BRP number, a sort code and an account ending; and the
ethnicity, religion or immigration status that the harassment was aimed at.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 7 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 45.7% of 35, recall 96.6%, precision
82.6%, on the committed detector d1c21d0 (after round 42); leak-free by language ar 3, bn 2, en 1, pa 3, pl 4, ro 3, ur 0 of 5.
On the detector as it landed before rounds 34 to 42 (87cfc38): 42.9%.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2ar-en-01",
        "en",
        _s("""
My name is [[PERSON:Joanne Pickersgill]] and I have lived at [[ADDRESS:Flat 9, Fernbank Court]],
Bramley, [[POSTCODE:LS13 4QT]] for nine years. In March 2023 [[PERSON:Dean Rowley]] moved into
[[ADDRESS:flat 14]], directly above me, and within a fortnight everyone on our stairwell was
calling him [[PERSON:Big Dean]]. It started with music until four in the morning and went on to
shouting through my letterbox. At 23:40 on 2 June my doorbell camera caught him and his mate
[[PERSON:Tyler]] kicking my door and calling me a nosy old cow. I am [[AGE:61]] and I live on my
own. I didn't sleep properly for months.

His van, a silver Vivaro, reg [[OTHER_ID:YD67 KRW]], was parked across the bin store most nights.
I rang [[ORGANISATION:Aireside Homes]] on [[PHONE:0113 496 0712]] and sent every clip to
[[EMAIL:asb.team@airesidehomes.example.org]]. The police came out twice: PC
[[PERSON:Lewis Garth]], collar number [[OTHER_ID:5127]], took a statement and gave me crime
number [[REFERENCE:13230311842]]. The landlord called it "a lifestyle clash" and closed my ASB
case, [[REFERENCE:ASB/22914]], twice without ringing me. My doctor at
[[ADDRESS:Throstle Nest Surgery]] started me on tablets for [[HEALTH:anxiety]].

In October I put in a formal complaint ([[REFERENCE:CMP-0048831]]). Stage 1 just repeated the same
line. At Stage 2 the new ASB lead, [[PERSON:Kelly Ashworth]], came round herself and sat through
all 37 clips at my kitchen table. She said in writing that the case should never have been
closed. [[ORGANISATION:Aireside Homes]] got an injunction that stopped [[PERSON:Dean]] coming near
[[ADDRESS:flat 9]] or having visitors after 10pm, and when [[PERSON:Tyler]] was caught on the
stairs again in January they started proceedings to end the tenancy. He left in February.

I was paid £750 and [[ORGANISATION:Sentry Doors Ltd]] fitted a new fire door with a viewer. More
importantly, no ASB case is closed now until a manager has phoned the victim.
[[PERSON:Kelly]] gave me her work mobile, [[PHONE:07700 900 583]], and she actually answers it.
"""),
    ),
    (
        "fv2ar-en-02",
        "en",
        _s("""
We are a [[OTHER_SPECIAL:Muslim]] family, and I'm saying that first because it is the whole reason
this happened. I'm [[PERSON:Imran Chaudhry]], tenant of [[ADDRESS:58 Osier Grove]], Sparkbrook,
[[POSTCODE:b11 4nj]], and I live there with my wife [[PERSON:Sadia]] and our children,
[[PERSON:Aaliyah]] ([[AGE:7]]) and [[PERSON:Zayn]] ([[AGE:4]]).

In August 2023 the man at [[ADDRESS:number 31]], [[PERSON:Gary Mottram]], started leaving rashers
of bacon on our windscreen. Then GO HOME was sprayed on our wheelie bin. Our doorbell filmed his
son [[PERSON:Kyle]] doing it at 02:13 on 19 September, and the same night [[PERSON:Kyle]] put the
clip on TikTok from [[OTHER_ID:@kylem_bcfc]] with laughing faces. A week later all four tyres on
our Corolla, [[OTHER_ID:FM19 UZC]], were slashed.

The police were good. PCSO [[PERSON:Hannah Lowe]] ([[OTHER_ID:6623]]) logged it as a hate crime,
number [[REFERENCE:20/66413/23]], and arranged a panic alarm. Our landlord,
[[ORGANISATION:Brindley Vale Homes]], was not good. The housing officer,
[[PERSON:Martin Crewe]], told me on the phone it was "a neighbour dispute" and referred both
households to [[ORGANISATION:Common Ground Mediation]]. I was not going to sit in a room with the
man who put pork on my car.

I complained on 3 October (complaint [[REFERENCE:BVH-C-7720]]). By then [[PERSON:Aaliyah]] was
crying every morning because the walk to [[ADDRESS:Larkspur Lane Primary]] goes past
[[ADDRESS:number 31]]. At Stage 2 the Head of Tenancy, [[PERSON:Rehana Bibi]], apologised in
writing, agreed that a hate incident should never go to mediation, and opened a proper ASB case,
[[REFERENCE:ASB-23-0419]]. Mr [[PERSON:Mottram]] was put on an acceptable behaviour contract; when
[[PERSON:Kyle]] broke it in December they served notice, and the family had moved out by Easter.

We got £400 and a camera on our side of the house. [[ORGANISATION:Brindley Vale Homes]] has now
written a hate incident procedure that says no mediation unless the victim asks for it. If you're
going through the same thing and want to talk, text me on
[[PHONE:oh seven seven double oh, nine double oh, two six one]].
"""),
    ),
    (
        "fv2ar-en-03",
        "en",
        _s("""
This is about my mum, [[PERSON:Maureen Tilsley]]. She has lived at [[ADDRESS:22 Coldhurst Walk]]
on the [[ADDRESS:Hollins Bank Estate]], Harpurhey, [[POSTCODE:M9 5RD]] since 1979. She was born on
the [[DATE_OF_BIRTH:4th of May 1945]], she has [[HEALTH:COPD]] and gets about with a walker, and
for most of last year she was frightened to open her own front door.

A group of lads had taken over the bench outside her kitchen window. The ringleader is
[[PERSON:Jordan Birtles]], who everyone calls [[PERSON:JB]], and the youngest,
[[PERSON:Little Reece]], is only [[AGE:12]]. It was eggs at first, then stones at the glass, and
at ten past nine on 14 November they set fire to her recycling bin. Her neighbour at
[[ADDRESS:number 20]], [[PERSON:Pat Quigley]], rang 999 (log [[REFERENCE:1423 of 14/11/2023]])
and the next morning PC [[PERSON:Sunita Vyas]], collar number [[OTHER_ID:08821]], took a copy of
[[PERSON:Pat]]'s doorbell footage.

I phoned [[ORGANISATION:Irwell Park Housing]] on [[PHONE:0161 496 0395]] every week. Their ASB
officer, [[PERSON:Gavin]], kept saying there was nothing they could do because none of the lads
were tenants. I sent them a letter from Mum's GP at [[ADDRESS:Moston Fold Medical Practice]]
saying the stress was making her breathing worse. I was so desperate I scanned the whole thing
in, her NHS number ([[OTHER_ID:485 777 3021]]) and all, and still nobody replied.

My complaint went in on 2 January, reference [[REFERENCE:IPH/COMP/24/0117]]. At Stage 2 the area
manager, [[PERSON:Delroy Hanson]], met me and Mum in her front room. He accepted that behaviour on
their land is their business whoever is doing it, and that [[PERSON:Gavin]] had given us wrong
advice. Within a month the bench was gone, there was a light and a camera on the end of the
block, and the council's youth team were working with the lads. [[PERSON:JB]] got a Community
Protection Warning and hasn't been back.

Mum got £350 and a written apology. [[ORGANISATION:Irwell Park Housing]] now say in their ASB
policy that they act on nuisance on their estates even when the people causing it aren't
tenants. Anyone on the estate who wants help, email me, [[PERSON:Carol]], at
[[EMAIL:carol.tilsley@example.net]].
"""),
    ),
    (
        "fv2ar-en-04",
        "en",
        _s("""
I'm [[PERSON:Shelley Price]]. I'm a [[OTHER_SPECIAL:Romany Gypsy]] woman and I've lived in a house
for eleven years, the last four at [[ADDRESS:4 Quarry View]], [[POSTCODE:WR9 3HX]], which belongs
to [[ORGANISATION:Harlowe Vale District Council]]. My kids are [[PERSON:Levi]], who's [[AGE:9]],
and [[PERSON:Mercy]], who's [[AGE:6]].

In January last year [[PERSON:Craig Fenlon]] and his partner [[PERSON:Donna]] moved into
[[ADDRESS:number 6]]. Inside a week he'd put a photo of my front door on the village Facebook
group, posted from his page [[OTHER_ID:facebook.com/craig.fenlon.77]], telling everyone to lock
their sheds because of who had moved in. He parked his black Audi, [[OTHER_ID:KP20 WFN]], across
our drive so I couldn't do the school run, and he filmed [[PERSON:Levi]] and [[PERSON:Mercy]] on
his phone whenever they played out the front. On 9 April at quarter past eight he shouted at me
outside [[ADDRESS:St Oswin's First School]] in front of all the other mums.

PC [[PERSON:Tom Whitcombe]] ([[OTHER_ID:2290]]) recorded two incidents as hate crimes,
[[REFERENCE:22/41177/24]] and [[REFERENCE:22/43905/24]]. The council's ASB officer,
[[PERSON:Nadia Frost]], said they would "monitor". They monitored for seven months. My complaint,
[[REFERENCE:HVDC/CS/1182]], got a two-line answer.

So I asked for an ASB Case Review, what they call the Community Trigger, reference
[[REFERENCE:CT-2024-017]], and opened a case with the Housing Ombudsman at the same time
([[REFERENCE:202319846]]). The review panel found that nobody had treated it as hate, even though
I'd ticked the box on every form. After that it moved fast: [[PERSON:Craig]] got a written
warning, the posts came down, and when he blocked the drive again the council went to court for
an injunction. [[PERSON:Nadia]] came to the house and apologised properly, face to face, and I was
paid £500 for the distress and my time.

The Ombudsman closed my case as resolved. Every ASB officer at
[[ORGANISATION:Harlowe Vale District Council]] has now had hate incident training, and the case
review panel meets every quarter, not only when somebody complains. If you want to know how to
ask for a case review, email me at [[EMAIL:shelleyprice83 at example dot co dot uk]].
"""),
    ),
    (
        "fv2ar-en-05",
        "en",
        _s("""
This case study comes from the Safer Neighbourhoods team at
[[ORGANISATION:Pennine Gate Housing]]. We have called the family Mr and Mrs T.

Mr and Mrs T are [[OTHER_SPECIAL:Eritrean]] and were granted [[OTHER_SPECIAL:refugee status]] in
2021. In spring 2023 they moved into [[ADDRESS:flat 23]], [[ADDRESS:Cobnar Court]],
[[POSTCODE:S6 2QA]], with their son [[PERSON:Yonas]], who is [[AGE:11]]. That summer a group of
teenagers from the block started targeting them: knocking on the door late at night, throwing
food at the windows and filming [[PERSON:Yonas]] on his way home from
[[ADDRESS:Hagg Wood Primary]]. The clips went up on Snapchat from [[OTHER_ID:@cal.hirst07]]. On
12 August at 22:50 a neighbour's doorbell caught two of the group riding a moped,
[[OTHER_ID:YT71 BXN]], up the access ramp to the family's door. The eldest,
[[PERSON:Callum Hirst]], is [[AGE:15]] and lives with his mum in [[ADDRESS:flat 31]].

We got it wrong at first. The officer logged it as youth nuisance and sent a general letter to
every flat. Then Mrs T found that post had been taken from her mailbox, including a Home Office
letter showing her BRP number, [[OTHER_ID:ZR9046127]]. When she rang us she was told it was a
matter for the police. Their support worker made a formal complaint (reference
[[REFERENCE:PGH/CMP/23/0872]]), and she was right to.

Our ASB lead, [[PERSON:Siobhan Kerr]], took the case over. She visited Mr [[PERSON:Tesfay]] and
his wife the same day, re-opened the case as a hate incident ([[REFERENCE:PGH-ASB-3378]]) and
worked with PCSO [[PERSON:Ben Oduya]] (collar [[OTHER_ID:7310]]), who already had a crime
reference, [[REFERENCE:14/89902/23]]. [[PERSON:Callum]] and two others signed acceptable behaviour
contracts, and [[ORGANISATION:Don Valley Mediation]] ran restorative sessions with the
[[PERSON:Hirst]] family. The T family still chose to move, and we found them a house near their
church, [[ADDRESS:Kidane Mehret]], in Burngreave. We paid £600 and covered the cost of replacing
the lost documents.

What has changed: any report that mentions race, religion or nationality now goes straight to
the ASB lead, and stolen post with identity documents in it is escalated the same day. Other
landlords wanting a copy of our procedure can call [[PHONE:0114 496 0288]].
"""),
    ),
    (
        "fv2ar-ar-01",
        "ar",
        _s("""
اسمي [[PERSON:هبة الخطيب]]، وأسكن مع زوجي [[PERSON:مازن]] وأطفالنا في
[[ADDRESS:Flat 2/1, 19 Dunard Terrace]]، غلاسكو، [[POSTCODE:G51 3PW]]. البيت تابع لـ
[[ORGANISATION:Clydeview Housing Association]]. وصلنا إلى اسكتلندا سنة 2019
[[OTHER_SPECIAL:لاجئين]]، وكنا نظن أن الخوف انتهى.

في ربيع 2023 سكن تحتنا، في [[ADDRESS:الشقة 1/2]]، رجل اسمه [[PERSON:ستيفن ماكلاود]]
([[PERSON:Stephen McLeod]]). بدأ يضرب السقف بالعصا كلما مشى الأولاد، ثم صار يصرخ علينا على
الدرج بكلام عنصري عن كوننا [[OTHER_SPECIAL:سوريين]]. في ليلة 7 تشرين الثاني، الساعة 11:20،
ركل بابنا حتى انكسر القفل، وابنتي [[PERSON:لين]] ([[AGE:9 سنوات]]) جاءتها نوبة
[[HEALTH:ربو]] من شدة الخوف. كاميرا الجرس سجّلت كل شيء. وكان يوقف سيارته، وهي فورد رمادية
رقمها [[OTHER_ID:SK68 VNR]]، أمام البوابة حتى لا تستطيع سيارة الإسعاف الدخول.

اتصلت بالشرطة، وجاء الشرطي [[PERSON:غراهام بوي]]، رقمه [[OTHER_ID:1842]]، وأعطاني رقم
البلاغ [[REFERENCE:PS-20231107-2291]]. أما الجمعية فاتصلت بها على
[[PHONE:٠١٤١ ٤٩٦ ٠٥٥٣]] أكثر من عشر مرات. موظفة الإسكان [[PERSON:فيونا]] قالت إنها "مشكلة
جيران" وأرسلتنا إلى [[ORGANISATION:Clyde Mediation Partnership]]. جلسنا في الموعد ساعة
كاملة ولم يحضر.

قدّمت شكوى رسمية برقم [[REFERENCE:CVHA-2023-0611]]، ثم ذهبت إلى أمين المظالم (رقم القضية
[[REFERENCE:202305517]]). قبل أن يصدر قراره تولّت مديرة القسم [[PERSON:كاثرين ريد]] الملف
بنفسها. اعتذرت كتابيًا، واعترفت بأن التحرش العنصري ليس "خلافًا بين جيران"، وحصلت الجمعية
على أمر من المحكمة يمنع [[PERSON:ستيفن]] من الاقتراب من بابنا. ثم عرضوا علينا بيتًا أرضيًا
قريبًا من [[ADDRESS:مسجد النور]] الذي يصلي فيه [[PERSON:مازن]]، وانتقلنا في آذار، ودفعوا لنا
800 جنيه تعويضًا.

اليوم تسجّل الجمعية كل بلاغ عنصري كحادثة كراهية من أول اتصال، ولا تعرض الوساطة إلا إذا
طلبها الضحية. [[PERSON:لين]] تنام الآن في غرفتها دون أن تستيقظ على كل صوت. لمن يمرّ بالتجربة
نفسها، هذا بريدي: [[EMAIL:heba.alkhatib@example.com]].
"""),
    ),
    (
        "fv2ar-ar-02",
        "ar",
        _s("""
اسمي [[PERSON:نجلاء عبده الحميري]]، والجيران كلهم يعرفونني باسم [[PERSON:أم سامي]]. أسكن منذ
2012 في [[ADDRESS:14 Grimesthorpe Rise]]، شيفيلد، [[POSTCODE:S4 8JY]]، مع زوجي
[[PERSON:عبده]] وأولادي. زوجي عنده [[HEALTH:ارتفاع ضغط الدم]]، وابني [[PERSON:سامي]] عمره
[[AGE:16 سنة]] ويدرس للامتحانات.

بدأت المشكلة مع جارتنا في [[ADDRESS:البيت رقم 12]]، [[PERSON:كيلي]]، وابنها
[[PERSON:ريس]]. الكرة كانت تضرب نافذتنا كل مساء، وصديق [[PERSON:كيلي]] يوقف سيارته
[[OTHER_ID:YA66 MKF]] على مدخل بيتنا. وفي 3 حزيران، الساعة العاشرة ليلًا، بصق [[PERSON:ريس]]
على زوجي عند الباب، والكاميرا سجّلت ذلك.

اتصلت بـ[[ORGANISATION:Sheaf Valley Homes]] مرات كثيرة، وتركت رقمي
[[PHONE:٠٧٧٠٠ ٩٠٠٧١٤]] لكي يعاودوا الاتصال. موظف السلوك المعادي للمجتمع، [[PERSON:داني]]،
اقترح الوساطة، لكن عندما قلت له إنني أحتاج مترجمة عربية قال إن ذلك "غير متوفر"، وأغلق الملف
[[REFERENCE:SVH-ASB-7731]] لأنني "رفضت التعاون".

عندها قدّمت شكوى بمساعدة ابنتي [[PERSON:رغد]]، ورقمها [[REFERENCE:SVH/C/2024/118]]. في
المرحلة الأولى اعترفت الشركة بأنها كان يجب أن توفر مترجمة من البداية. أعادوا فتح الملف،
وجاءت معنا المترجمة [[PERSON:سهى]] إلى جلسات [[ORGANISATION:Bridgeway Mediation]]. الوسيطة
[[PERSON:جانيس]] كانت صبورة جدًا، و[[PERSON:كيلي]] نفسها اعتذرت وقالت إنها لم تكن تعرف أن
[[PERSON:ريس]] بصق على زوجي.

اتفقنا على أمور بسيطة: لا كرة قرب النوافذ بعد السابعة، والسيارة [[OTHER_ID:YA66 MKF]] لا تقف
على مدخلنا، وأصلحت الشركة السياج بين البيتين. ومنذ ستة أشهر لم تحدث مشكلة واحدة. دفعوا لنا
250 جنيهًا عن التأخير، والآن تعرض [[ORGANISATION:Sheaf Valley Homes]] مترجمًا في أول اتصال
على كل ساكن لا يتكلم الإنجليزية جيدًا.
"""),
    ),
    (
        "fv2ar-ar-03",
        "ar",
        _s("""
أنا [[PERSON:حيدر كاظم الموسوي]]، [[OTHER_SPECIAL:عراقي]]، عمري [[AGE:58 سنة]]، وأسكن وحدي
في [[ADDRESS:الشقة رقم 6]] في بناية [[ADDRESS:Tŷ Gwennol]]، كارديف، [[POSTCODE:CF10 5FP]].
المالك هو [[ORGANISATION:Cartref Bae Housing]]. عندي [[HEALTH:اضطراب ما بعد الصدمة]] منذ
الحرب، والنوم صعب عليّ أصلًا.

فوقي في [[ADDRESS:الشقة 10]] يسكن شاب اسمه [[PERSON:ليام]]، مسكين وضعيف، وفي صيف 2023 دخل
شقته رجال غرباء وصاروا يبيعون المخدرات منها. كبيرهم يسمّونه [[PERSON:سكار]]، ويأتي بسيارة
BMW سوداء رقمها [[OTHER_ID:CU19 XHT]]، ومعه سيارة أخرى رقمها [[OTHER_ID:WN70 DLA]]. الباب
الرئيسي مكسور، فامتلأ الدرج بالإبر، وصار الناس يدقّون بابي في الثالثة فجرًا يسألون عن
[[PERSON:سكار]]. في 21 آب، الساعة 2:40 ليلًا، هددني أحدهم بسكين لأنني طلبت منه الخروج.

جاء الشرطي المجتمعي [[PERSON:ريس إيفانز]] (رقمه [[OTHER_ID:3391]]) وأعطاني رقم الحادثة
[[REFERENCE:2300418832]]. أبلغت المالك على [[PHONE:029 2018 0632]] وفتحوا ملفًا برقم
[[REFERENCE:CB-ASB-0912]]، لكن لم يأتِ أحد لإصلاح الباب ستة أسابيع، وقالوا لي إن
[[PERSON:ليام]] "مستأجر له حقوق".

كتبت شكوى بمساعدة جاري [[PERSON:أبو جاسم]] وأرسلتها من بريدي
[[EMAIL:haider dot kazim at example dot com]]. ردّت مديرة الخدمة [[PERSON:كاريس ويليامز]]
خلال عشرة أيام، واعترفت بأنهم عاملوا [[PERSON:ليام]] كمستأجر مزعج بدل أن يروه ضحية استغلال.
أصلحوا الباب في يومين وركّبوا كاميرا في المدخل، وبالتعاون مع الشرطة حصلوا على أمر إغلاق
للشقة ثلاثة أشهر، ونُقل [[PERSON:ليام]] إلى سكن فيه دعم. وأعطوني 600 جنيه واعتذارًا مكتوبًا.

الآن عند [[ORGANISATION:Cartref Bae Housing]] فريق خاص لحالات استغلال المستأجرين الضعفاء،
وأي باب رئيسي مكسور يُصلح خلال 24 ساعة.
"""),
    ),
    (
        "fv2ar-ar-04",
        "ar",
        _s("""
اسمي [[PERSON:سارة عثمان إبراهيم]]، [[OTHER_SPECIAL:سودانية]]، وأعيش في برمنغهام مع ولديّ
[[PERSON:محمد]] ([[AGE:11 سنة]]) و[[PERSON:ريم]] ([[AGE:8 سنوات]]) في
[[ADDRESS:112 Hazelwell Crescent]]، [[POSTCODE:B8 1QL]]. البيت تابع لـ
[[ORGANISATION:Ashbrook Community Housing]].

منذ أيلول 2023 صار أولاد الجيران في [[ADDRESS:رقم 114]] يلاحقون [[PERSON:محمد]]
و[[PERSON:ريم]] من [[ADDRESS:Hazel Park Primary]] حتى الباب، ويشتمونهم بسبب لونهم لأننا
[[OTHER_SPECIAL:سود البشرة]]. ثم فتحوا حسابًا على إنستغرام باسم
[[OTHER_ID:@saltley_bad_boyz]] ونشروا فيه صور بيتنا ووجه ابنتي. أمهم [[PERSON:تريسي]] قالت لي
أمام الباب: "إن لم يعجبك فارجعي من حيث أتيتِ".

أبلغت الشرطة، ورقم الجريمة [[REFERENCE:20/114522/23]]. موظف الحالات في الجمعية،
[[PERSON:كريغ]]، أعطاني رقم هاتفه [[PHONE:+44 7700 900 836]]، لكنه لم يرد ولا مرة، وقال في
الرسالة الوحيدة التي كتبها إن "الأطفال يتشاجرون". بعد خمسة أشهر بلا شيء قدّمت شكوى
[[REFERENCE:ACH-COMP-4471]]، وكان الرد في المرحلتين هو الكلام نفسه.

ذهبت إلى أمين مظالم الإسكان، وقضيتي رقم [[REFERENCE:202401187]]. وجد "سوء إدارة" لأن الجمعية
لم تسجّل الأمر كحادثة كراهية، ولم يكلّمني أحد عن خطة دعم. طلب منهم أن يعتذروا، وأن يدفعوا
900 جنيه، وأن يراجعوا سياستهم خلال ثلاثة أشهر.

الجمعية نفّذت كل شيء. المديرة الجديدة [[PERSON:جوي أديبايو]] زارتنا بنفسها، وبمساعدة الشرطة
أُغلق الحساب [[OTHER_ID:@saltley_bad_boyz]]، وعُرض علينا بيت آخر قرب [[ADDRESS:مسجد بلال]]
فقبلناه. [[PERSON:ريم]] عادت تمشي إلى المدرسة مع صاحباتها. والآن في
[[ORGANISATION:Ashbrook Community Housing]] يتلقى كل موظف تدريبًا على جرائم الكراهية، ولا
يُغلق ملف قبل أن يتصل مدير بالضحية.
"""),
    ),
    (
        "fv2ar-ar-05",
        "ar",
        _s("""
اسمي [[PERSON:أحمد فتحي عبد الرحمن]]، [[OTHER_SPECIAL:مصري]]، أعمل ممرضًا في مانشستر. أسكن مع
زوجتي [[PERSON:منى]] وابننا [[PERSON:يوسف]]، وعمره [[AGE:18 شهرًا]]، في
[[ADDRESS:Flat 3, 27 Wilbraham Mews]]، [[POSTCODE:m146hq]]. المالك
[[ORGANISATION:Medlock Vale Homes]].

في كانون الثاني 2024 ركّب جارنا في [[ADDRESS:البيت رقم 30]] المقابل،
[[PERSON:نايجل برادشو]]، كاميرا على واجهة بيته موجّهة مباشرة إلى نافذة غرفة نومنا. بعد
أسبوعين وجدت مقاطع منها على صفحته [[OTHER_ID:facebook.com/nigel.bradshaw.5496]]، ومعها
تعليقات مثل "[[OTHER_SPECIAL:المسلمون]] وصلوا إلى الشارع". في أحد المقاطع تظهر
[[PERSON:منى]] وهي تفتح الستارة. منذ ذلك اليوم لم تعد [[PERSON:منى]] تفتح الستائر، وساء
[[HEALTH:اكتئاب ما بعد الولادة]] الذي تعالج منه.

الشرطي [[PERSON:ديفيد كينغ]]، رقمه [[OTHER_ID:11203]]، قال إن الأمر "مدني" ونصحني بالكلام
مع المالك. اتصلت بـ[[ORGANISATION:Medlock Vale Homes]] على [[PHONE:0161 496 0829]]، ثم كتبت
إلى موظفة الإسكان [[PERSON:بريا ميستري]]، فقالت إن الكاميرا على ملك خاص، مع أن
[[PERSON:نايجل]] مستأجر عندهم مثلنا.

قدّمت شكوى برقم [[REFERENCE:MVH-24-03312]] وأرفقت الصور. في المرحلة الثانية قرأ المدير
[[PERSON:غاريث]] عقد الإيجار، ووجد أن أي كاميرا تحتاج إذنًا مكتوبًا، وأن نشر صور الجيران
مخالف لشروط السكن. أرسلوا إلى [[PERSON:نايجل]] إنذارًا، فأعاد توجيه الكاميرا خلال أسبوع
وحذف المقاطع. اعتذرت [[PERSON:بريا]] لنا، ودفعوا 300 جنيه، وركّبوا لنا ستائر معتمة على
حسابهم.

الآن تسأل [[ORGANISATION:Medlock Vale Homes]] عن كاميرات الأجراس والمراقبة عند كل زيارة
للبيوت، وأضافت فقرة عن التصوير إلى دليل المستأجرين. و[[PERSON:يوسف]] يلعب عند النافذة من
جديد.
"""),
    ),
    (
        "fv2ar-bn-01",
        "bn",
        _s("""
আমার নাম [[PERSON:রুমানা বেগম]]। ২০১৬ সাল থেকে দুই ছেলেমেয়েকে নিয়ে আমি
[[ADDRESS:আশফিল্ড টাওয়ার]]-এর [[ADDRESS:১২ নম্বর ফ্ল্যাট]]-এ থাকি, পোস্টকোড
[[POSTCODE:E1 2QP]]। বাড়িওয়ালা [[ORGANISATION:Tower Reach Homes]]। ছেলে
[[PERSON:আরিয়ান]]-এর বয়স [[AGE:১৪ বছর]], মেয়ে [[PERSON:নাফিসার]] [[AGE:৯ বছর]], আর
[[PERSON:নাফিসার]] [[HEALTH:হাঁপানি]] আছে।

২০২৩ সালের শীতে কয়েকটা ছেলে সিঁড়ির নিচে বসে গাঁজা খাওয়া শুরু করে। নিচের দরজার
এন্ট্রি-ফোন মাসের পর মাস ভাঙা, তাই যে কেউ ঢুকতে পারে। ওদের সর্দার [[PERSON:শাকিল]], সবাই
ডাকে [[PERSON:শকি]] বলে, আর সঙ্গে থাকে [[PERSON:টমি]] নামে একটা ছেলে।
[[PERSON:টমির]] মোটরবাইক ([[OTHER_ID:LK21 UVR]]) ওরা লিফটের সামনে রেখে দেয়। ধোঁয়ায়
[[PERSON:নাফিসার]] রাতে শ্বাসকষ্ট হত। ১২ মার্চ সন্ধ্যা সাতটায় [[PERSON:শকি]] সিঁড়িতে
[[PERSON:আরিয়ানের]] দিকে ছুরি বের করে বলে, "তোর মাকে বল মুখ বন্ধ রাখতে।"

পুলিশে ফোন করলে পিসি [[PERSON:জেমস হোল্ডার]] (কলার নম্বর [[OTHER_ID:৪৮২১]]) আসেন, আর
ঘটনার নম্বর দেন CAD [[REFERENCE:6614/12Mar24]]। [[ORGANISATION:Tower Reach Homes]]-কে
[[PHONE:০২০ ৭৯৪৬ ০৩৮৭]] নম্বরে কতবার ফোন করেছি গুনে শেষ করতে পারব না। এএসবি অফিসার
[[PERSON:লুসি]] শুধু বলতেন, "আমরা চিঠি পাঠিয়েছি।" চিঠিতে কিছুই বদলায়নি।

এপ্রিলে আমি লিখিত অভিযোগ করি, রেফারেন্স [[REFERENCE:TRH/ASB/4410]]। সঙ্গে দিই দরজার
ক্যামেরার ভিডিও আর [[PERSON:নাফিসার]] স্কুল [[ADDRESS:Harford Green Primary]]-এর শিক্ষিকার
চিঠি, যেখানে লেখা ছিল [[PERSON:নাফিসা]] প্রায়ই ইনহেলার নিতে ক্লাস থেকে বেরিয়ে যায়।

দ্বিতীয় ধাপে ম্যানেজার [[PERSON:ডেভিড ওকোঙ্কো]] নিজে এসে সিঁড়ি দেখে যান। দুই সপ্তাহের
মধ্যে [[ORGANISATION:Secura Entry Systems]] নতুন দরজা আর এন্ট্রি-ফোন লাগায়, সিঁড়িতে
সিসিটিভি বসে, আর পুলিশ [[PERSON:শাকিলকে]] ব্লকে ঢোকা নিষিদ্ধ করে। আমাদের ৫০০ পাউন্ড
ক্ষতিপূরণ দেওয়া হয়।

এখন [[ORGANISATION:Tower Reach Homes]] ভাঙা এন্ট্রি-দরজাকে জরুরি মেরামত হিসেবে ধরে, চব্বিশ
ঘণ্টার মধ্যে ঠিক করে। [[PERSON:নাফিসা]] এখন রাতে ঘুমাতে পারে।
"""),
    ),
    (
        "fv2ar-bn-02",
        "bn",
        _s("""
আমি [[PERSON:মাহফুজ আহমেদ]]। এই লেখা আমার আব্বা [[PERSON:আব্দুল মালিককে]] নিয়ে। আব্বার
জন্ম [[DATE_OF_BIRTH:১২ই আগস্ট ১৯৪৯]]; তিনি [[ADDRESS:39 Coppice Brow]], ওল্ডহ্যাম,
[[POSTCODE:OL8 1XN]]-এ [[ORGANISATION:Pennine Moor Housing]]-এর বাড়িতে একা থাকেন। তাঁর
[[HEALTH:ডায়াবেটিস]] আছে, আর গত বছর ডাক্তার বলেছেন শুরুর দিকের [[HEALTH:ডিমেনশিয়া]]।

আব্বা দিনে পাঁচবার হেঁটে [[ADDRESS:বায়তুল আমান জামে মসজিদ]]-এ নামাজ পড়তে যান। পাশের
[[ADDRESS:৪৫ নম্বর]] বাড়িতে থাকে [[PERSON:ডেরেক ফিঞ্চ]]। ২০২৩-এর জুন থেকে সে আব্বাকে
দেখলেই চিৎকার করত, "তুমি [[OTHER_SPECIAL:মুসলমান]], নিজের দেশে ফিরে যাও।" ১৭ অক্টোবর
ভোর পাঁচটায়, ফজরের সময়, সে আব্বার গায়ে থুথু দেয় আর মাথার টুপি টেনে ফেলে দেয়। রাস্তার
উল্টো দিকের [[ADDRESS:Coppice Brow Stores]]-এর ক্যামেরায় সব ধরা পড়ে। তার সাদা ভ্যান
[[OTHER_ID:MA15 RVU]] প্রায়ই আব্বার গেটের সামনে রাখা থাকত।

পুলিশ ঘটনাটা হেট ক্রাইম হিসেবে নেয়, নম্বর [[REFERENCE:14/220731/23]]; পিসিএসও
[[PERSON:রেচেল বার্নস]] ([[OTHER_ID:7704]]) খুব ভালো ব্যবহার করেছেন। কিন্তু
[[ORGANISATION:Pennine Moor Housing]] আব্বাকে শুধু ইংরেজিতে একটা ফর্ম পাঠায়, যেটা তিনি
পড়তেই পারেন না। তিন সপ্তাহ কেউ ফোন করেনি। আমি [[EMAIL:mahfuz.ahmed@example.co.uk]] থেকে
অভিযোগ করি, রেফারেন্স [[REFERENCE:PMH-CF-0093]], আর আমার নম্বর
[[PHONE:07700 900 147]] দিয়ে বলি আমাকে সরাসরি ফোন করতে।

দ্বিতীয় ধাপে [[PERSON:শাহানা চৌধুরী]] নামে একজন বাংলাভাষী অফিসার আব্বার সঙ্গে বসে
সিলেটিতে কথা বলেন। তাঁরা মেনে নেন যে ইংরেজি ফর্ম পাঠানো ভুল ছিল। আদালত থেকে
[[PERSON:ডেরেকের]] বিরুদ্ধে নিষেধাজ্ঞা নেওয়া হয়, আব্বার দরজায় ক্যামেরা বসে, আর ৩৫০
পাউন্ড ক্ষতিপূরণ দেওয়া হয়।

এখন [[ORGANISATION:Pennine Moor Housing]] প্রত্যেক বাসিন্দার পছন্দের ভাষা রেকর্ড করে, আর
ঘৃণাজনিত ঘটনায় প্রথম দিনেই দোভাষী দেয়। আব্বা আবার ফজরে মসজিদে যান।
"""),
    ),
    (
        "fv2ar-bn-03",
        "bn",
        _s("""
আমার নাম [[PERSON:তানজিলা খাতুন]], বয়স [[AGE:২৩]]। লুটনে [[ADDRESS:Flat 5, Marsh Court]],
[[POSTCODE:lu49ty]]-এ থাকতাম, [[ORGANISATION:Chiltern Edge Homes]]-এর ফ্ল্যাট।

২০২৩ সালের অক্টোবরে [[ADDRESS:৮ নম্বর ফ্ল্যাটের]] [[PERSON:কনর ওয়াইল্ড]] প্রথমে ইনস্টাগ্রামে
আমাকে ফলো করে, অ্যাকাউন্ট [[OTHER_ID:@connor.w.luton]]। তারপর প্রতিদিন মেসেজ, রাতে
দরজার নিচে চিরকুট, আর সকালে আমার গাড়ি [[OTHER_ID:KN18 XTE]]-র পাশে দাঁড়িয়ে থাকা। ৯
নভেম্বর রাত একটা দশে দরজার ক্যামেরায় দেখা যায় সে আমার দরজার হাতল ঘোরাচ্ছে। এরপর থেকে
আমার [[HEALTH:প্যানিক অ্যাটাক]] শুরু হয়।

পুলিশ এটাকে স্টকিং হিসেবে নেয়, ক্রাইম নম্বর [[REFERENCE:41/33918/23]], আর ডিসি
[[PERSON:সোফি কার্টার]] ([[OTHER_ID:2719]]) আমার কেস দেখেন। কিন্তু হাউজিং অফিসার
[[PERSON:অ্যান্ড্রু]] বললেন, "[[PERSON:কনর]] ভালনারেবল, আমরা ওকে সরাতে পারব না, আপনি
ডায়েরি রাখুন।" আমি দুই মাস ডায়েরি রাখলাম, কিছুই হলো না।

জানুয়ারিতে অভিযোগ করলাম, রেফারেন্স [[REFERENCE:CEH-2024-1170]]। প্রথম ধাপের উত্তরে শুধু
মধ্যস্থতার প্রস্তাব, যেটা স্টকিংয়ের ক্ষেত্রে একেবারে ভুল। দ্বিতীয় ধাপে ম্যানেজার
[[PERSON:মিশেল ও'ব্রায়েন]] স্বীকার করলেন যে আমার নিরাপত্তার কথা আগে ভাবা উচিত ছিল। তিন
সপ্তাহের মধ্যে আমাকে অন্য এলাকার একটা ফ্ল্যাটে সরিয়ে নেওয়া হয় (ঠিকানা গোপন রাখা হয়েছে),
৬০০ পাউন্ড ক্ষতিপূরণ দেওয়া হয়, আর আদালত [[PERSON:কনরের]] বিরুদ্ধে স্টকিং প্রোটেকশন
অর্ডার দেয়।

এখন [[ORGANISATION:Chiltern Edge Homes]]-এর সব অফিসার স্টকিং নিয়ে প্রশিক্ষণ পেয়েছেন, আর
এমন কেসে মধ্যস্থতার প্রস্তাব দেওয়া নিষেধ। কেউ কথা বলতে চাইলে লিখুন:
[[EMAIL:tanzila dot k at example dot net]]।
"""),
    ),
    (
        "fv2ar-bn-04",
        "bn",
        _s("""
আমি [[PERSON:জয়নাল আবেদিন]]। স্ত্রী [[PERSON:হাসিনা]] আর মেয়ে [[PERSON:মারিয়াকে]] নিয়ে
থাকি [[ADDRESS:২৭ ব্রুকভেল ওয়াক]], বার্মিংহাম, [[POSTCODE:B23 6PL]]-এ। বাড়িটা
[[ORGANISATION:Erdington Vale Homes]]-এর। [[PERSON:মারিয়ার]] বয়স [[AGE:৩ বছর]]।

২০২২ সালে পাশের [[ADDRESS:২৯ নম্বরে]] আসে [[PERSON:লিয়াম]] আর তার বান্ধবী
[[PERSON:চেলসি]]। প্রতি শুক্র-শনি রাত তিনটা পর্যন্ত গান, দুটো কুকুর সারাদিন বাগানে
ঘেউঘেউ করে। একদিন আওয়াজ কমাতে বললাম, [[PERSON:লিয়াম]] বলল, "আরেকবার দরজায় এলে তোর
বাড়িতে আগুন দেব।" ওর কালো গাড়ি [[OTHER_ID:BV65 KHD]] আমাদের ড্রাইভওয়েতে রেখে যেত।
[[PERSON:হাসিনা]] তখন অন্তঃসত্ত্বা, তার [[HEALTH:উচ্চ রক্তচাপ]] ছিল, আর একবার
অ্যাম্বুলেন্স বাড়ির সামনে পর্যন্ত আসতেই পারেনি।

পুলিশ হুমকির জন্য ক্রাইম নম্বর দেয় [[REFERENCE:20/77140/23]]।
[[ORGANISATION:Erdington Vale Homes]]-এর এএসবি অফিসার [[PERSON:কেরি-অ্যান]] আমাদের দুই
পরিবারকে [[ORGANISATION:Brumside Mediation]]-এ পাঠান। [[PERSON:লিয়াম]] প্রথম মিটিংয়ে এসে
চিৎকার করে বেরিয়ে যায়, তারপর আর আসেনি। এরপর কেসটা, [[REFERENCE:EVH-ASB-2207]], বন্ধ করে
দেওয়া হয়, কারণ "মধ্যস্থতার চেষ্টা করা হয়েছে"।

আমি অভিযোগ করি, তারপর হাউজিং অম্বাডসম্যানের কাছে যাই, কেস নম্বর
[[REFERENCE:202309972]]। অম্বাডসম্যান বলেন, মধ্যস্থতা ব্যর্থ হওয়ার পর কেস বন্ধ করে দেওয়া
অব্যবস্থাপনা। তাঁরা [[ORGANISATION:Erdington Vale Homes]]-কে ক্ষমা চাইতে, ৭৫০ পাউন্ড
দিতে আর শব্দ মাপার যন্ত্র বসাতে বলেন। যন্ত্র বসানোর দুই সপ্তাহেই প্রমাণ মেলে;
[[PERSON:লিয়ামের]] টেন্যান্সি ডিমোট করা হয়, কুকুর দুটো সরানো হয়, আর ড্রাইভওয়ের মুখে
খুঁটি বসানো হয়।

এখন ওদের নিয়ম, মধ্যস্থতা ব্যর্থ হলে কেস বন্ধ না করে ম্যানেজারের কাছে পাঠানো হয়। আমাদের
ছেলে [[PERSON:রাইয়ান]] জন্মেছে একটা শান্ত বাড়িতে। কেউ পরামর্শ চাইলে সন্ধ্যার পরে ফোন
করুন [[PHONE:০১২১ ৪৯৬ ০৫৪২]]।
"""),
    ),
    (
        "fv2ar-bn-05",
        "bn",
        _s("""
আমার নাম [[PERSON:নুসরাত জাহান]]। স্বামী [[PERSON:রাশেদ]] আর ছেলে [[PERSON:ইহানকে]] নিয়ে
থাকি [[ADDRESS:ফ্ল্যাট ২, ১৮ ক্লিফটন ভিউ]], লিডস, [[POSTCODE:LS9 7DJ]]। [[PERSON:ইহানের]]
বয়স [[AGE:১১ মাস]]। [[PERSON:রাশেদ]] এদেশে এসেছে [[OTHER_SPECIAL:স্পাউস ভিসায়]]।
ফ্ল্যাটটা [[ORGANISATION:Harehills Community Homes]]-এর।

নিচের [[ADDRESS:ফ্ল্যাট ১]]-এ থাকে [[PERSON:শ্যারন]]। গত বছর থেকে আমাদের চিঠি হারাতে
শুরু করে। তারপর এলাকার একটা ফেসবুক গ্রুপে [[PERSON:শ্যারন]] লেখে যে "[[ADDRESS:দুই নম্বরের]] লোকেরা
অবৈধ", আর একটা খামের ছবি দেয় যেটা [[PERSON:রাশেদের]] নামে হোম অফিস থেকে এসেছিল। ছবিতে
ওর বিআরপি নম্বর [[OTHER_ID:ZX7710342]] পরিষ্কার পড়া যাচ্ছিল। ২৮ জুলাই রাত দশটায় সে
সিঁড়িতে দাঁড়িয়ে চিৎকার করে বলে, "তোদের হোম অফিসে ধরিয়ে দেব।" [[PERSON:ইহান]] ভয়ে
কেঁদে ওঠে।

পুলিশ হয়রানির রিপোর্ট নেয়, নম্বর [[REFERENCE:13240087731]]। হাউজিং অফিসার
[[PERSON:জেমা]] বলেন, "এটা প্রতিবেশীদের ঝগড়া।" আমি অভিযোগ করি, রেফারেন্স
[[REFERENCE:HCH/0524/117]], আর ফোন নম্বর দিই [[PHONE:০৭৭০০-৯০০৬১৫]]।

প্রথম ধাপেই টিম লিডার [[PERSON:আনোয়ার হোসেন]] ফোন করে ক্ষমা চান। তিনি বলেন, কারও
অভিবাসন নিয়ে হুমকি দেওয়া হেট ইনসিডেন্ট, ঝগড়া নয়। [[PERSON:শ্যারনকে]] লিখিত সতর্কবার্তা
দেওয়া হয়, পোস্টটা মুছে ফেলা হয়, আর [[ORGANISATION:Northway Locksmiths]] পুরো বিল্ডিংয়ে
তালা দেওয়া চিঠির বাক্স বসায়। নতুন বিআরপির খরচও ওরা দেয়, সঙ্গে ২০০ পাউন্ড।

এখন [[ORGANISATION:Harehills Community Homes]]-এর সব ব্লকে তালা দেওয়া চিঠির বাক্স, আর চিঠি
চুরির অভিযোগ এলে সেদিনই কেউ দেখতে আসে।
"""),
    ),
    (
        "fv2ar-pa-01",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਮ [[PERSON:ਕੁਲਵਿੰਦਰ ਸਿੰਘ ਬਾਜਵਾ]] ਹੈ। ਮੈਂ ਆਪਣੀ ਪਤਨੀ [[PERSON:ਰਮਨਦੀਪ]] ਅਤੇ ਪੁੱਤਰ
[[PERSON:ਜ਼ੋਰਾਵਰ]] ਨਾਲ [[ADDRESS:41 Orchard Rise]], ਸਾਊਥਾਲ, [[POSTCODE:UB2 5TG]] ਵਿੱਚ
ਰਹਿੰਦਾ ਹਾਂ। ਘਰ [[ORGANISATION:Ealing Brook Housing]] ਦਾ ਹੈ। [[PERSON:ਜ਼ੋਰਾਵਰ]]
[[AGE:੧੦ ਸਾਲ]] ਦਾ ਹੈ ਅਤੇ ਪਟਕਾ ਬੰਨ੍ਹਦਾ ਹੈ।

ਪਿਛਲੇ ਸਾਲ ਗਰਮੀਆਂ ਵਿੱਚ [[ADDRESS:ਨੰਬਰ 47]] ਵਾਲੇ ਦੋ ਮੁੰਡੇ, [[PERSON:ਜੇਡਨ]] ਅਤੇ
[[PERSON:ਮੇਸਨ]], ਸਾਡੇ ਦਰਵਾਜ਼ੇ 'ਤੇ ਆਂਡੇ ਸੁੱਟਣ ਲੱਗ ਪਏ। ਫਿਰ 22 ਜੁਲਾਈ ਸ਼ਾਮ ਸਾਢੇ ਛੇ ਵਜੇ,
ਜਦੋਂ [[PERSON:ਜ਼ੋਰਾਵਰ]] [[ADDRESS:ਗੁਰਦੁਆਰਾ ਸਾਹਿਬ ਐਲਡਰ ਰੋਡ]] ਤੋਂ ਵਾਪਸ ਆ ਰਿਹਾ ਸੀ,
[[PERSON:ਜੇਡਨ]] ਨੇ ਉਸ ਦਾ ਪਟਕਾ ਖਿੱਚ ਕੇ ਲਾਹ ਦਿੱਤਾ ਅਤੇ [[PERSON:ਮੇਸਨ]] ਨੇ ਫ਼ੋਨ 'ਤੇ
ਵੀਡੀਓ ਬਣਾਈ। ਉਹ ਵੀਡੀਓ ਸਨੈਪਚੈਟ 'ਤੇ [[OTHER_ID:@jaydenxmason]] ਵਾਲੇ ਖਾਤੇ ਤੋਂ ਪਾਈ ਗਈ। ਸਾਫ਼
ਸੀ ਕਿ ਇਹ ਸਭ ਇਸ ਲਈ ਹੋ ਰਿਹਾ ਸੀ ਕਿਉਂਕਿ ਅਸੀਂ [[OTHER_SPECIAL:ਸਿੱਖ]] ਹਾਂ।

ਪੁਲਿਸ ਨੇ ਇਸ ਨੂੰ ਨਫ਼ਰਤੀ ਅਪਰਾਧ ਮੰਨਿਆ। PC [[PERSON:ਐਮਾ ਰਿਚਰਡਸ]], ਕਾਲਰ ਨੰਬਰ
[[OTHER_ID:5521TX]], ਨੇ ਕ੍ਰਾਈਮ ਰੈਫ਼ਰੈਂਸ [[REFERENCE:3011247/23]] ਦਿੱਤਾ। ਪਰ ਹਾਊਸਿੰਗ ਵਾਲਿਆਂ
ਨੇ ਸਿਰਫ਼ ਇੱਕ ਚਿੱਠੀ ਭੇਜੀ। ਮੈਂ ਉਨ੍ਹਾਂ ਨੂੰ [[PHONE:020 7946 0471]] 'ਤੇ ਫ਼ੋਨ ਕਰਦਾ ਰਿਹਾ।
ਏ.ਐੱਸ.ਬੀ. ਅਫ਼ਸਰ [[PERSON:ਨਿਕ ਹੈਰਿਸ]] ਨੇ ਕਿਹਾ ਕਿ ਮੁੰਡਿਆਂ ਦੀ ਮਾਂ ਕਿਰਾਏਦਾਰ ਨਹੀਂ, ਘਰ ਉਸ ਦੇ
ਭਰਾ ਦੇ ਨਾਮ ਹੈ, ਇਸ ਲਈ ਉਹ ਕੁਝ ਨਹੀਂ ਕਰ ਸਕਦੇ।

ਅਗਸਤ ਵਿੱਚ ਮੈਂ ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਨੰਬਰ [[REFERENCE:EBH-CMP-20931]]। ਦੂਜੇ ਪੜਾਅ 'ਤੇ
ਮੈਨੇਜਰ [[PERSON:ਪਰਮਜੀਤ ਗਰੇਵਾਲ]] ਘਰ ਆਈ ਅਤੇ ਮੰਨਿਆ ਕਿ ਕਿਰਾਏਦਾਰ ਆਪਣੇ ਘਰ ਰਹਿਣ ਵਾਲਿਆਂ ਦੇ
ਵਿਹਾਰ ਲਈ ਜ਼ਿੰਮੇਵਾਰ ਹੈ। [[ADDRESS:ਨੰਬਰ 47]] ਦੇ ਕਿਰਾਏਦਾਰ ਨੂੰ ਚੇਤਾਵਨੀ ਮਿਲੀ, ਦੋਵਾਂ ਮੁੰਡਿਆਂ
ਨੇ ਚੰਗੇ ਵਿਹਾਰ ਦੇ ਇਕਰਾਰਨਾਮੇ 'ਤੇ ਦਸਤਖ਼ਤ ਕੀਤੇ, ਅਤੇ ਵੀਡੀਓ ਹਟਾਈ ਗਈ। ਸਾਨੂੰ 400 ਪੌਂਡ ਅਤੇ
ਦਰਵਾਜ਼ੇ 'ਤੇ ਕੈਮਰਾ ਮਿਲਿਆ।

ਹੁਣ [[ORGANISATION:Ealing Brook Housing]] ਹਰ ਨਫ਼ਰਤੀ ਘਟਨਾ ਤੋਂ ਬਾਅਦ 24 ਘੰਟਿਆਂ ਵਿੱਚ ਘਰ ਆ
ਕੇ ਗੱਲ ਕਰਦੀ ਹੈ। [[PERSON:ਜ਼ੋਰਾਵਰ]] ਫਿਰ ਤੋਂ ਇਕੱਲਾ ਗੁਰਦੁਆਰੇ ਜਾਂਦਾ ਹੈ।
"""),
    ),
    (
        "fv2ar-pa-02",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਮਨਪ੍ਰੀਤ ਕੌਰ ਰੰਧਾਵਾ]] ਹਾਂ। ਇਹ ਗੱਲ ਮੇਰੇ ਸਹੁਰਾ ਸਾਹਿਬ, ਸਰਦਾਰ
[[PERSON:ਦਲਜੀਤ ਸਿੰਘ ਰੰਧਾਵਾ]], ਅਤੇ ਸੱਸ ਜੀ, ਸਰਦਾਰਨੀ [[PERSON:ਸੁਰਜੀਤ ਕੌਰ]], ਦੀ ਹੈ। ਉਹ
[[ADDRESS:16 Wood Hayes Croft]], ਵੁਲਵਰਹੈਂਪਟਨ, [[POSTCODE:wv10 8pj]] ਵਿੱਚ
[[ORGANISATION:Penncroft Homes]] ਦੇ ਬੰਗਲੇ ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ। ਪਾਪਾ ਜੀ ਦੀ ਜਨਮ ਮਿਤੀ
[[DATE_OF_BIRTH:੧੫ ਮਾਰਚ ੧੯੪੭]] ਹੈ; ਮੰਮੀ ਜੀ ਨੂੰ [[HEALTH:ਗਠੀਆ]] ਹੈ ਅਤੇ ਉਹ ਸੋਟੀ ਨਾਲ ਤੁਰਦੇ
ਹਨ।

2023 ਦੀ ਪਤਝੜ ਤੋਂ ਸਾਈਕਲਾਂ ਵਾਲੇ ਮੁੰਡਿਆਂ ਦਾ ਇੱਕ ਟੋਲਾ ਬੰਗਲਿਆਂ ਦੇ ਪਿਛਲੇ ਰਾਹ 'ਤੇ ਇਕੱਠਾ
ਹੋਣ ਲੱਗਾ। ਪਹਿਲਾਂ ਗਾਲ੍ਹਾਂ, ਫਿਰ ਪੱਥਰ। 3 ਨਵੰਬਰ ਰਾਤ ਅੱਠ ਵਜੇ ਗਰੀਨਹਾਊਸ ਦੇ ਸ਼ੀਸ਼ੇ ਤੋੜੇ, ਅਤੇ
19 ਨਵੰਬਰ ਨੂੰ ਰਸੋਈ ਦੀ ਖਿੜਕੀ। ਗੁਆਂਢੀ [[PERSON:ਬੈਰੀ]] ਦੇ ਦਰਵਾਜ਼ੇ ਵਾਲੇ ਕੈਮਰੇ ਵਿੱਚ ਇੱਕ
ਮੁੰਡਾ ਸਾਫ਼ ਦਿਸਦਾ ਹੈ; ਸਾਰੇ ਉਸ ਨੂੰ [[PERSON:ਰਾਈਲੀ]] ਕਹਿੰਦੇ ਹਨ ਅਤੇ ਉਹ [[ADDRESS:ਨੰਬਰ 2]]
ਵਿੱਚ ਰਹਿੰਦਾ ਹੈ।

ਪੀ.ਸੀ.ਐੱਸ.ਓ. [[PERSON:ਗੈਰੀ ਹਿਊਜ਼]], ਨੰਬਰ [[OTHER_ID:੬੦੩੪]], ਦੋ ਵਾਰ ਆਏ ਅਤੇ ਕੇਸ ਨੰਬਰ
[[REFERENCE:20/208815/23]] ਦਿੱਤਾ। ਮੈਂ [[ORGANISATION:Penncroft Homes]] ਨੂੰ
[[PHONE:0121 496 0277]] 'ਤੇ ਫ਼ੋਨ ਕੀਤੇ। ਉਨ੍ਹਾਂ ਨੇ ਏ.ਐੱਸ.ਬੀ. ਕੇਸ [[REFERENCE:PH-ASB-2281]]
ਖੋਲ੍ਹਿਆ, ਪਰ ਸ਼ੀਸ਼ਾ ਬਦਲਣ ਵਿੱਚ ਪੰਜ ਹਫ਼ਤੇ ਲਾ ਦਿੱਤੇ, ਅਤੇ ਮੰਮੀ ਜੀ ਸਾਰੀ ਸਰਦੀ ਗੱਤੇ ਵਾਲੀ
ਖਿੜਕੀ ਕੋਲ ਬੈਠੇ ਰਹੇ।

ਦਸੰਬਰ ਵਿੱਚ ਮੈਂ ਆਪਣੀ ਈਮੇਲ [[EMAIL:manpreet.randhawa@example.co.uk]] ਤੋਂ ਸ਼ਿਕਾਇਤ ਭੇਜੀ,
ਨੰਬਰ [[REFERENCE:PH/C/23/0981]]। ਜਵਾਬ ਵਿੱਚ ਨੇਬਰਹੁੱਡ ਮੈਨੇਜਰ [[PERSON:ਸਟੀਵ ਕੋਲਿਨਜ਼]] ਨੇ
ਮੰਨਿਆ ਕਿ ਬਜ਼ੁਰਗਾਂ ਦੇ ਘਰ ਦੀ ਟੁੱਟੀ ਖਿੜਕੀ ਐਮਰਜੈਂਸੀ ਮੁਰੰਮਤ ਹੋਣੀ ਚਾਹੀਦੀ ਸੀ। ਪਿਛਲੇ ਰਾਹ
'ਤੇ ਗੇਟ ਲਾਏ ਗਏ, ਬੰਗਲਿਆਂ ਦੇ ਪਿੱਛੇ ਸਕਿਉਰਿਟੀ ਲਾਈਟਾਂ ਲੱਗੀਆਂ, ਅਤੇ [[PERSON:ਰਾਈਲੀ]] ਦੇ
ਪਰਿਵਾਰ ਨਾਲ ਲਿਖਤੀ ਸਮਝੌਤਾ ਹੋਇਆ। ਪਾਪਾ ਜੀ ਅਤੇ ਮੰਮੀ ਜੀ ਨੂੰ 300 ਪੌਂਡ ਮਿਲੇ।

ਹੁਣ [[ORGANISATION:Penncroft Homes]] 70 ਸਾਲ ਤੋਂ ਵੱਧ ਉਮਰ ਦੇ ਕਿਰਾਏਦਾਰਾਂ ਦੀ ਟੁੱਟੀ ਖਿੜਕੀ 24
ਘੰਟਿਆਂ ਵਿੱਚ ਠੀਕ ਕਰਦੀ ਹੈ।
"""),
    ),
    (
        "fv2ar-pa-03",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਮ [[PERSON:ਰਾਜਵਿੰਦਰ ਕੌਰ ਢਿੱਲੋਂ]] ਹੈ। ਅਸੀਂ [[ADDRESS:9 Ravensbridge Walk]], ਲੈਸਟਰ,
[[POSTCODE:LE4 6SW]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ; ਘਰ [[ORGANISATION:Belgrave Gate Homes]] ਦਾ ਹੈ। ਮੇਰੇ
ਪਤੀ [[PERSON:ਸੁਖਵਿੰਦਰ ਸਿੰਘ]], ਜਿਨ੍ਹਾਂ ਨੂੰ ਸਾਰੇ [[PERSON:ਸੁੱਖੀ]] ਕਹਿੰਦੇ ਹਨ, ਨੂੰ
[[HEALTH:ਮਲਟੀਪਲ ਸਕਲੇਰੋਸਿਸ]] ਹੈ ਅਤੇ ਉਹ ਵ੍ਹੀਲਚੇਅਰ ਵਰਤਦੇ ਹਨ। ਇਸੇ ਲਈ ਸਾਡੇ ਘਰ ਅੱਗੇ ਡਰਾਈਵ
ਬਣਾਈ ਗਈ ਸੀ।

[[ADDRESS:ਗਿਆਰਾਂ ਨੰਬਰ]] ਵਾਲਾ [[PERSON:ਟਰੇਵਰ]] ਘਰੋਂ ਕਾਰਾਂ ਠੀਕ ਕਰਨ ਦਾ ਕੰਮ ਕਰਦਾ ਹੈ। ਉਸ
ਦੇ ਗਾਹਕ ਆਪਣੀਆਂ ਗੱਡੀਆਂ ਸਾਡੀ ਡਰਾਈਵ 'ਤੇ ਖੜ੍ਹੀਆਂ ਕਰ ਜਾਂਦੇ। ਮੈਂ ਨੰਬਰ ਲਿਖ ਲੈਂਦੀ ਸੀ:
[[OTHER_ID:FD17 WXK]], [[OTHER_ID:AY63 PLU]], ਅਤੇ ਇੱਕ ਨੀਲੀ ਵੈਨ [[OTHER_ID:ky12 rtd]] ਜੋ ਤਿੰਨ
ਹਫ਼ਤੇ ਖੜ੍ਹੀ ਰਹੀ। ਜਦੋਂ ਮੈਂ ਕੁਝ ਕਿਹਾ ਤਾਂ [[PERSON:ਟਰੇਵਰ]] ਨੇ ਗਾਲ੍ਹਾਂ ਕੱਢੀਆਂ। 8 ਫ਼ਰਵਰੀ
ਸਵੇਰੇ [[PERSON:ਸੁੱਖੀ]] ਡਿੱਗ ਪਏ, ਅਤੇ ਐਂਬੂਲੈਂਸ ਨੂੰ ਸੜਕ 'ਤੇ ਰੁਕਣਾ ਪਿਆ; ਸਟਰੈਚਰ ਕਾਰਾਂ ਦੇ
ਵਿਚਕਾਰੋਂ ਕੱਢਣਾ ਪਿਆ।

ਮੈਂ [[ORGANISATION:Belgrave Gate Homes]] ਨੂੰ [[PHONE:0116 496 0814]] 'ਤੇ ਫ਼ੋਨ ਕੀਤਾ।
ਹਾਊਸਿੰਗ ਅਫ਼ਸਰ [[PERSON:ਜੈਕੀ]] ਨੇ ਸਾਨੂੰ ਅਤੇ [[PERSON:ਟਰੇਵਰ]] ਨੂੰ
[[ORGANISATION:Fosse Mediation]] ਕੋਲ ਭੇਜਿਆ। ਵਿਚੋਲਣ [[PERSON:ਹੈਲਨ]] ਚੰਗੀ ਸੀ, ਅਤੇ
[[PERSON:ਟਰੇਵਰ]] ਨੇ ਲਿਖ ਕੇ ਮੰਨਿਆ ਕਿ ਗਾਹਕ ਸਾਡੀ ਡਰਾਈਵ 'ਤੇ ਨਹੀਂ ਰੁਕਣਗੇ, ਪਰ ਦੋ ਹਫ਼ਤਿਆਂ
ਬਾਅਦ ਫਿਰ ਉਹੀ ਹਾਲ।

ਮਾਰਚ ਵਿੱਚ ਮੈਂ ਸ਼ਿਕਾਇਤ [[REFERENCE:BGH/2024/0571]] ਦਰਜ ਕੀਤੀ। ਜਵਾਬ ਵਿੱਚ
[[ORGANISATION:Belgrave Gate Homes]] ਨੇ ਮੰਨਿਆ ਕਿ ਵਿਚੋਲਗੀ ਦੇ ਸਮਝੌਤੇ ਦੀ ਕਿਸੇ ਨੇ ਨਿਗਰਾਨੀ
ਨਹੀਂ ਕੀਤੀ, ਅਤੇ ਘਰੋਂ ਕਾਰੋਬਾਰ ਚਲਾਉਣਾ ਕਿਰਾਏਦਾਰੀ ਦੀਆਂ ਸ਼ਰਤਾਂ ਦੇ ਖ਼ਿਲਾਫ਼ ਹੈ। [[PERSON:ਟਰੇਵਰ]]
ਨੂੰ ਲਿਖਤੀ ਚੇਤਾਵਨੀ ਮਿਲੀ ਅਤੇ ਗੈਰਾਜ ਦਾ ਕੰਮ ਬੰਦ ਹੋਇਆ। ਸਾਡੀ ਡਰਾਈਵ ਦੇ ਮੂਹਰੇ ਤਾਲੇ ਵਾਲਾ
ਫੋਲਡਿੰਗ ਖੰਭਾ ਲਾਇਆ ਗਿਆ, ਜਿਸ ਦੀ ਚਾਬੀ ਸਿਰਫ਼ ਸਾਡੇ ਕੋਲ ਹੈ, ਅਤੇ ਸਾਨੂੰ 250 ਪੌਂਡ ਮਿਲੇ।

ਹੁਣ ਹਰ ਵਿਚੋਲਗੀ ਸਮਝੌਤੇ ਤੋਂ ਬਾਅਦ ਅਫ਼ਸਰ ਛੇ ਹਫ਼ਤੇ ਤੱਕ ਹਰ ਹਫ਼ਤੇ ਫ਼ੋਨ ਕਰਦਾ ਹੈ।
[[PERSON:ਸੁੱਖੀ]] ਜੀ ਹੁਣ ਬਿਨਾਂ ਡਰ ਦੇ ਬਾਹਰ ਜਾਂਦੇ ਹਨ।
"""),
    ),
    (
        "fv2ar-pa-04",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਹਰਮਨ ਸਿੰਘ ਸੈਣੀ]] ਹਾਂ। ਮੇਰੇ ਪਿਤਾ ਜੀ, [[PERSON:ਜਗਤਾਰ ਸਿੰਘ ਸੈਣੀ]] (ਜਨਮ
[[DATE_OF_BIRTH:੦੨/੧੧/੧੯੪੩]]), [[ADDRESS:Flat 7, Harwood House]], ਸਲੋਹ,
[[POSTCODE:SL2 5QR]] ਵਿੱਚ ਇਕੱਲੇ ਰਹਿੰਦੇ ਹਨ। ਫ਼ਲੈਟ [[ORGANISATION:Upton Lea Housing]] ਦਾ ਹੈ।
ਉਨ੍ਹਾਂ ਨੂੰ [[HEALTH:ਡਿਮੈਂਸ਼ੀਆ]] ਹੈ, ਜਿਸ ਦਾ ਪਤਾ 2022 ਵਿੱਚ ਲੱਗਾ।

ਪਿਛਲੇ ਸਾਲ ਦੋ ਆਦਮੀਆਂ ਨੇ ਉਨ੍ਹਾਂ ਨਾਲ "ਦੋਸਤੀ" ਪਾ ਲਈ। ਇੱਕ ਆਪਣੇ ਆਪ ਨੂੰ [[PERSON:ਡੈਨੀ]]
ਕਹਿੰਦਾ ਸੀ ਅਤੇ ਦੂਜੇ ਨੂੰ ਸਾਰੇ [[PERSON:K-Dog]] ਕਹਿੰਦੇ ਸਨ। ਉਹ ਪਿਤਾ ਜੀ ਦੇ ਫ਼ਲੈਟ ਵਿੱਚ
ਰਾਤਾਂ ਕੱਟਣ ਲੱਗ ਪਏ, ਭੰਗ ਪੀਂਦੇ, ਅਤੇ ਹੇਠਾਂ ਉਨ੍ਹਾਂ ਦੀ ਕਾਲੀ ਗੌਲਫ਼ [[OTHER_ID:LR68 HGV]] ਖੜ੍ਹੀ
ਰਹਿੰਦੀ। ਬੈਂਕ ਦੀ ਸਟੇਟਮੈਂਟ ਦੇਖੀ ਤਾਂ ਖਾਤੇ (ਸੌਰਟ ਕੋਡ [[OTHER_ID:30-96-41]], ਖਾਤਾ ਜਿਸ ਦੇ
ਅਖ਼ੀਰਲੇ ਅੰਕ [[OTHER_ID:4471]] ਹਨ) ਵਿੱਚੋਂ ਛੇ ਹਫ਼ਤਿਆਂ ਵਿੱਚ 2,300 ਪੌਂਡ ਨਿਕਲ ਚੁੱਕੇ ਸਨ।
[[ADDRESS:ਫ਼ਲੈਟ 8]] ਵਾਲੀ ਗੁਆਂਢਣ, ਮਿਸਿਜ਼ [[PERSON:ਓਕਾਫ਼ੋਰ]], ਨੇ ਮੈਨੂੰ ਫ਼ੋਨ ਕਰ ਕੇ ਦੱਸਿਆ।

ਪੁਲਿਸ ਨੂੰ ਰਿਪੋਰਟ ਕੀਤੀ, ਨੰਬਰ [[REFERENCE:43230561189]]। PC [[PERSON:ਡੇਵਿਡ ਓਵੇਨ]], ਕਾਲਰ
[[OTHER_ID:4117]], ਨੇ ਕਿਹਾ ਕਿ ਇਹ "ਕੁੱਕੂਇੰਗ" ਹੈ। ਪਰ [[ORGANISATION:Upton Lea Housing]] ਨੇ
ਪਿਤਾ ਜੀ ਨੂੰ ਹੀ ਚੇਤਾਵਨੀ ਦੀ ਚਿੱਠੀ ਭੇਜ ਦਿੱਤੀ ਕਿ ਉਨ੍ਹਾਂ ਦੇ "ਮਹਿਮਾਨ" ਸ਼ੋਰ ਕਰਦੇ ਹਨ ਅਤੇ
ਕਿਰਾਏਦਾਰੀ ਖ਼ਤਰੇ ਵਿੱਚ ਹੈ। ਪਿਤਾ ਜੀ ਡਰ ਗਏ ਅਤੇ ਖਾਣਾ ਛੱਡ ਦਿੱਤਾ।

ਮੈਂ [[EMAIL:harman.saini@example.com]] ਤੋਂ ਸ਼ਿਕਾਇਤ ਭੇਜੀ ([[REFERENCE:ULH-COMP-3307]]) ਅਤੇ
ਉਨ੍ਹਾਂ ਦਾ NHS ਨੰਬਰ [[OTHER_ID:੯੪੩ ੬੧੭ ੨੨੦੮]] ਵੀ ਲਿਖਿਆ ਤਾਂ ਜੋ ਉਹ ਮੈਮਰੀ ਕਲੀਨਿਕ ਨਾਲ ਗੱਲ ਕਰ
ਸਕਣ। ਸੇਫ਼ਗਾਰਡਿੰਗ ਲੀਡ [[PERSON:ਲੂਸੀ ਐਟਕਿਨਸ]] ਨੇ ਦੋ ਦਿਨਾਂ ਵਿੱਚ ਘਰ ਆ ਕੇ ਚੇਤਾਵਨੀ ਵਾਪਸ
ਲਈ ਅਤੇ ਮੁਆਫ਼ੀ ਮੰਗੀ। ਪੁਲਿਸ ਨਾਲ ਮਿਲ ਕੇ ਫ਼ਲੈਟ 'ਤੇ ਤਿੰਨ ਮਹੀਨਿਆਂ ਦਾ ਕਲੋਜ਼ਰ ਆਰਡਰ ਲੱਗਾ,
ਤਾਂ ਕਿ ਪਿਤਾ ਜੀ ਅਤੇ ਪਰਿਵਾਰ ਤੋਂ ਬਿਨਾਂ ਕੋਈ ਅੰਦਰ ਨਾ ਆ ਸਕੇ। ਦਰਵਾਜ਼ੇ 'ਤੇ ਨਵਾਂ ਤਾਲਾ ਅਤੇ
ਕੈਮਰਾ ਲੱਗਾ, ਸੋਸ਼ਲ ਸਰਵਿਸਿਜ਼ ਨੇ ਰੋਜ਼ਾਨਾ ਮਦਦ ਸ਼ੁਰੂ ਕੀਤੀ, ਅਤੇ ਬੈਂਕ ਨੇ ਪੈਸੇ ਵਾਪਸ ਕਰ
ਦਿੱਤੇ।

ਹੁਣ [[ORGANISATION:Upton Lea Housing]] ਕਿਸੇ ਕਮਜ਼ੋਰ ਕਿਰਾਏਦਾਰ ਨੂੰ ਚੇਤਾਵਨੀ ਭੇਜਣ ਤੋਂ ਪਹਿਲਾਂ
ਸੇਫ਼ਗਾਰਡਿੰਗ ਟੀਮ ਤੋਂ ਜਾਂਚ ਕਰਵਾਉਂਦੀ ਹੈ।
"""),
    ),
    (
        "fv2ar-pa-05",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਅਮਨਦੀਪ ਸਿੰਘ ਜੌਹਲ]] ਹਾਂ, ਯਾਰ-ਦੋਸਤ ਮੈਨੂੰ [[PERSON:ਦੀਪਾ]] ਕਹਿੰਦੇ ਹਨ। ਮੈਂ
ਗ੍ਰੇਵਜ਼ੈਂਡ ਵਿੱਚ ਟੈਕਸੀ ਚਲਾਉਂਦਾ ਹਾਂ ਅਤੇ ਪਤਨੀ [[PERSON:ਨਵਨੀਤ]] ਅਤੇ ਧੀ [[PERSON:ਸਿਮਰਨ]]
([[AGE:੧੫ ਸਾਲ]]) ਨਾਲ [[ADDRESS:73 Pelham Terrace]], [[POSTCODE:DA11 7QF]] ਵਿੱਚ ਰਹਿੰਦਾ ਹਾਂ।
ਮਕਾਨ [[ORGANISATION:Thameside Gate Homes]] ਦਾ ਹੈ।

2024 ਦੀ ਸ਼ੁਰੂਆਤ ਵਿੱਚ [[ADDRESS:ਨੰਬਰ 75]] ਵਾਲੇ [[PERSON:ਸ਼ੇਨ ਡੌਸਨ]] ਨਾਲ ਪਾਰਕਿੰਗ ਨੂੰ ਲੈ ਕੇ
ਬਹਿਸ ਹੋਈ। ਉਸ ਤੋਂ ਬਾਅਦ ਮੇਰੀ ਟੈਕਸੀ [[OTHER_ID:GK70 TXA]] 'ਤੇ ਤਿੰਨ ਵਾਰ ਚਾਬੀ ਨਾਲ ਝਰੀਟਾਂ
ਮਾਰੀਆਂ ਗਈਆਂ ਅਤੇ ਇੱਕ ਵਾਰ ਟਾਇਰ ਕੱਟਿਆ ਗਿਆ। ਉਸ ਨੇ [[OTHER_ID:instagram.com/shane_grv_88]]
'ਤੇ ਮੇਰੀ ਪੱਗ ਵਾਲੀ ਫ਼ੋਟੋ ਪਾ ਕੇ ਗੰਦੀਆਂ ਗੱਲਾਂ ਲਿਖੀਆਂ, ਸਿਰਫ਼ ਇਸ ਲਈ ਕਿ ਮੈਂ
[[OTHER_SPECIAL:ਸਿੱਖ]] ਹਾਂ, ਅਤੇ ਨਾਲ [[PERSON:ਸਿਮਰਨ]] ਦੇ ਸਕੂਲ,
[[ADDRESS:Rosherville Academy]], ਦਾ ਨਾਮ ਵੀ ਲਿਖ ਦਿੱਤਾ।

ਮੇਰੇ ਕੈਮਰੇ ਵਿੱਚ 2 ਮਾਰਚ ਰਾਤ 1:15 ਵਜੇ [[PERSON:ਸ਼ੇਨ]] ਟੈਕਸੀ ਕੋਲ ਝੁਕਿਆ ਦਿਸਦਾ ਹੈ। PC
[[PERSON:ਲੌਰਾ ਮਿਲਜ਼]] ([[OTHER_ID:11952]]) ਨੇ ਕ੍ਰਾਈਮ ਨੰਬਰ [[REFERENCE:46/40021/24]] ਦਿੱਤਾ ਅਤੇ
ਕਿਹਾ ਕਿ ਪੋਸਟਾਂ ਨਸਲੀ ਹਨ। ਪਰ [[ORGANISATION:Thameside Gate Homes]] ਦੇ ਅਫ਼ਸਰ
[[PERSON:ਕ੍ਰਿਸ]] ਨੇ ਕਿਹਾ ਕਿ ਪਾਰਕਿੰਗ ਦਾ ਝਗੜਾ ਉਨ੍ਹਾਂ ਦਾ ਮਾਮਲਾ ਨਹੀਂ, ਭਾਵੇਂ
[[PERSON:ਸ਼ੇਨ]] ਵੀ ਉਨ੍ਹਾਂ ਦਾ ਕਿਰਾਏਦਾਰ ਹੈ। ਸ਼ਿਕਾਇਤ ([[REFERENCE:TGH-CS-0419]]) ਦੇ ਦੋਵਾਂ
ਪੜਾਵਾਂ ਵਿੱਚ ਇਹੀ ਜਵਾਬ ਮਿਲਿਆ। ਫਿਰ ਮੈਂ ਹਾਊਸਿੰਗ ਓਮਬਡਸਮੈਨ ਕੋਲ ਗਿਆ, ਕੇਸ
[[REFERENCE:202412265]]।

ਓਮਬਡਸਮੈਨ ਨੇ ਕਿਹਾ ਕਿ ਨਸਲੀ ਪੋਸਟਾਂ ਅਤੇ ਗੱਡੀ ਦੀ ਭੰਨ-ਤੋੜ "ਪਾਰਕਿੰਗ ਦਾ ਝਗੜਾ" ਨਹੀਂ, ਨਫ਼ਰਤੀ
ਘਟਨਾ ਹੈ, ਅਤੇ ਇਹ ਕੁਪ੍ਰਬੰਧ ਸੀ। [[ORGANISATION:Thameside Gate Homes]] ਨੇ ਲਿਖਤੀ ਮੁਆਫ਼ੀ
ਮੰਗੀ, 650 ਪੌਂਡ ਦਿੱਤੇ, [[PERSON:ਸ਼ੇਨ]] ਨੂੰ ਕਿਰਾਏਦਾਰੀ ਦੀਆਂ ਸ਼ਰਤਾਂ ਤੋੜਨ ਦਾ ਨੋਟਿਸ ਦਿੱਤਾ,
ਅਤੇ ਸਾਡੇ ਘਰ ਅੱਗੇ ਪਾਰਕਿੰਗ ਦੀ ਨਿਸ਼ਾਨਦੇਹੀ ਕੀਤੀ। ਪੋਸਟਾਂ ਹਟ ਗਈਆਂ। ਹੁਣ ਉਨ੍ਹਾਂ ਦੇ ਫ਼ਾਰਮ
'ਤੇ ਸਿੱਧਾ ਸਵਾਲ ਹੈ: "ਕੀ ਤੁਹਾਨੂੰ ਲੱਗਦਾ ਹੈ ਕਿ ਇਹ ਤੁਹਾਡੀ ਨਸਲ ਜਾਂ ਧਰਮ ਕਰਕੇ ਹੋਇਆ?"
ਕਿਸੇ ਨੂੰ ਮਦਦ ਚਾਹੀਦੀ ਹੋਵੇ ਤਾਂ [[PHONE:+44 7700 900 058]] 'ਤੇ ਸੁਨੇਹਾ ਭੇਜੋ।
"""),
    ),
    (
        "fv2ar-pl-01",
        "pl",
        _s("""
Nazywam się [[PERSON:Agnieszka Wróbel]]. Od 2017 roku mieszkam z mężem [[PERSON:Tomkiem]] i
dziećmi, [[PERSON:Kubą]] ([[AGE:8 lat]]) i [[PERSON:Zuzią]] ([[AGE:5 lat]]), pod adresem
[[ADDRESS:17 Heron Way]], [[POSTCODE:PE1 4XW]], w domu należącym do
[[ORGANISATION:Nene Meadows Housing]].

W maju zeszłego roku pod [[ADDRESS:numer 19]] wprowadził się [[PERSON:Wayne Cottle]]. Od początku
wyzywał nas, bo jesteśmy [[OTHER_SPECIAL:Polakami]], a kiedy przychodził jego kumpel,
[[PERSON:Mikey]], robiło się jeszcze gorzej. Pisali kredą po płocie, puszczali muzykę prosto w
nasze okno, a 14 marca o 21:35 [[PERSON:Wayne]] rzucił butelką w szybę pokoju dzieci.
[[PERSON:Zuzia]] spała dwa metry dalej. Kamera przy drzwiach nagrała wszystko, także jego srebrne
BMW, [[OTHER_ID:EY16 FKP]], zaparkowane na chodniku.

Policjantka, PC [[PERSON:Rachel Dunmore]] (numer służbowy [[OTHER_ID:1307]]), przyjęła zgłoszenie
jako przestępstwo z nienawiści, numer [[REFERENCE:CF0371140324]]. Natomiast w stowarzyszeniu
mieszkaniowym pani [[PERSON:Joanne]] z zespołu ASB powiedziała mi przez telefon, że „to konflikt
sąsiedzki” i że mamy prowadzić dziennik. Podałam jej swój numer, [[PHONE:+44 7700 900 372]],
ale nikt nie oddzwonił.

W kwietniu złożyłam skargę (numer [[REFERENCE:NMH-SK-2291]]). [[PERSON:Kuba]] bał się wtedy
chodzić do [[ADDRESS:Eastgate Primary]], bo droga prowadzi obok [[ADDRESS:dziewiętnastki]]. Na
drugim etapie kierowniczka [[PERSON:Sarah Whitlock]] przyjechała do nas z tłumaczką, obejrzała
nagrania i przyznała, że sprawa od razu powinna była trafić do zespołu od przestępstw z
nienawiści. Sprawę ASB otwarto na nowo ([[REFERENCE:ASB-0912-24]]), [[PERSON:Wayne]] dostał
ostrzeżenie, a po kolejnym incydencie sąd wydał nakaz zakazujący mu zbliżania się do naszego
domu. W sierpniu się wyprowadził. Dostaliśmy 600 funtów i nowe, wzmocnione okno.

Teraz [[ORGANISATION:Nene Meadows Housing]] ma procedurę, zgodnie z którą każde zgłoszenie z
wątkiem narodowościowym od razu trafia do kierownika. A [[PERSON:Tomek]] znowu śpi spokojnie.
"""),
    ),
    (
        "fv2ar-pl-02",
        "pl",
        _s("""
Jestem [[PERSON:Marta Kowalczyk]] i mieszkam z synem w [[ADDRESS:Flat 4, 22 Tawney Street]],
Boston, [[POSTCODE:PE21 8HU]]. Mieszkanie wynajmujemy od [[ORGANISATION:Witham Fen Homes]]. Mój
[[AGE:sześcioletni]] syn [[PERSON:Oliwer]] ma [[HEALTH:autyzm]] i bardzo źle znosi hałas.

Na parterze, w [[ADDRESS:mieszkaniu nr 1]], mieszka [[PERSON:Kevin]] z dziewczyną
[[PERSON:Stacey]] i dużym psem, którego nigdy nie trzymali na smyczy. 11 czerwca o 16:20 pies
rzucił się na [[PERSON:Oliwera]] na klatce schodowej i ugryzł go w rękę. Skończyło się w
szpitalu na szwach. Policja nadała sprawie numer [[REFERENCE:LI-20240611-0932]]. Dzień później
[[PERSON:Stacey]] wrzuciła na TikToka, z konta [[OTHER_ID:@stace_xo_boston]], filmik, na którym
śmieje się z „tej [[OTHER_SPECIAL:Polki]] z góry”, co robi aferę o nic.

Zgłosiłam wszystko do landlorda. Pan [[PERSON:Darren]] z zespołu ASB zaproponował mediację w
[[ORGANISATION:Fenland Mediation Service]]. Zgodziłam się, bo chciałam spokoju, ale z psem nikt
nic nie zrobił, a sprawę ([[REFERENCE:WFH/ASB/1346]]) zamknięto po jednym spotkaniu. Koleżanka,
[[PERSON:Gosia]], pomogła mi napisać skargę po angielsku i wysłać ją z mojego maila,
[[EMAIL:marta.kowalczyk@example.net]].

W odpowiedzi na skargę ([[REFERENCE:WFH-C-0588]]) kierowniczka [[PERSON:Louise Pratt]] przyznała,
że pogryzienie dziecka to nie jest sprawa do mediacji, tylko do natychmiastowego działania. Od
[[PERSON:Kevina]] zażądano, żeby pies na częściach wspólnych był zawsze na smyczy i w kagańcu, a
kiedy dwa razy tego nie dopilnował, dostał ostrzeżenie o naruszeniu umowy najmu i ostatecznie
oddał psa. [[PERSON:Stacey]] usunęła filmik po rozmowie z policją. Nam zaproponowano mieszkanie
na innej klatce i 400 funtów.

Teraz w [[ORGANISATION:Witham Fen Homes]] każde zgłoszenie o pogryzieniu trafia prosto do
kierownika, a mediacji nie proponuje się, dopóki ktoś jest w niebezpieczeństwie.
[[PERSON:Oliwer]] znowu sam wychodzi na klatkę.
"""),
    ),
    (
        "fv2ar-pl-03",
        "pl",
        _s("""
Nazywam się [[PERSON:Paweł Zieliński]], mam [[AGE:44 lata]] i mieszkam w
[[ADDRESS:mieszkaniu 12]] w bloku [[ADDRESS:Solent View House]], Southampton,
[[POSTCODE:SO14 3LX]]. Właścicielem jest [[ORGANISATION:Itchen Quay Homes]]. Choruję na
[[HEALTH:padaczkę]] i brak snu to dla mnie realne ryzyko ataku.

Od jesieni 2022 w [[ADDRESS:mieszkaniu 16]], nade mną, działo się piekło. Najemcą jest
[[PERSON:Lee Poole]], ale najczęściej siedział tam jego brat [[PERSON:Jamie]], którego wszyscy w
bloku nazywają [[PERSON:Jay-P]]. Imprezy do rana, handel na klatce, trzaskanie drzwiami. 6
stycznia o 3:10 [[PERSON:Jamie]] zszedł do mnie z nożem, bo poprosiłem o ciszę. Mam to na
nagraniu z dzwonka.

Policja była kilka razy. PC [[PERSON:Aaron Blake]], numer [[OTHER_ID:21544]], dał mi numery
zdarzeń: [[REFERENCE:44230004117]], a później [[REFERENCE:44230019980]]. W
[[ORGANISATION:Itchen Quay Homes]] prowadziła mnie pani [[PERSON:Claire Munday]]. Sprawa ASB
miała numer [[REFERENCE:IQH/ASB/0567]], ale przez osiem miesięcy dostawałem tylko formularze i
aplikację do nagrywania hałasu. Dwa razy po nocnej imprezie miałem atak.

Złożyłem skargę, a potem zwróciłem się do Housing Ombudsman, numer sprawy
[[REFERENCE:202318804]]. Rzecznik uznał, że landlord za długo zwlekał i nie wziął pod uwagę mojej
choroby. Jeszcze przed decyzją [[ORGANISATION:Itchen Quay Homes]] razem z policją uzyskało nakaz
zamknięcia [[ADDRESS:mieszkania 16]], a potem wyrok eksmisji [[PERSON:Lee Poole'a]].

Dostałem 1200 funtów odszkodowania i przeprosiny na piśmie od dyrektora, pana
[[PERSON:Grahama Lucasa]]. Teraz w [[ORGANISATION:Itchen Quay Homes]] przy każdej sprawie ASB
pytają, czy ktoś w domu ma chorobę, na którą wpływa hałas. Jeśli ktoś z
[[ADDRESS:Solent View House]] chce pogadać, mój numer to [[PHONE:07700900418]].
"""),
    ),
    (
        "fv2ar-pl-04",
        "pl",
        _s("""
Piszę w imieniu mamy, [[PERSON:Haliny Nowickiej]], urodzonej [[DATE_OF_BIRTH:3 września 1941]].
Mama mieszka sama w [[ADDRESS:Flat 2, 88 Elthorne Crescent]], [[POSTCODE:w13 9qs]], w
mieszkaniu [[ORGANISATION:Westway Mutual Homes]]. Ma [[HEALTH:chorobę Parkinsona]] i chodzi z
balkonikiem. Ja jestem [[PERSON:Katarzyna Reid]], ale wszyscy mówią na mnie [[PERSON:Kasia]].

Zimą 2023 na klatkę zaczęli przychodzić młodzi mężczyźni. Drzwi wejściowe się nie domykały, więc
siedzieli pod drzwiami mamy, palili i dilowali. Jeden, na którego mówili [[PERSON:Dex]], zapukał
do mamy i poprosił, żeby „przechowała paczkę”. Mama otworzyła, bo myślała, że to ksiądz z
[[ADDRESS:parafii św. Jadwigi]], który miał przyjść z komunią. Przed blokiem stało ich auto,
szary Ford [[OTHER_ID:LD19 AKV]].

7 lutego sąsiad z [[ADDRESS:mieszkania 4]], pan [[PERSON:Ravi Mehta]], wezwał policję; sprawa
dostała numer CAD [[REFERENCE:3390/07Feb24]]. Dzwoniłam do [[ORGANISATION:Westway Mutual Homes]]
pod [[PHONE:020 7946 0158]], ale drzwi naprawiono dopiero po pięciu tygodniach, a urzędnik od
ASB, pan [[PERSON:Sanjay]], odpisał, że „nie ma dowodów”.

Złożyłam skargę mailem z [[EMAIL:k.nowicka-reid@example.org]] (numer [[REFERENCE:WMH-41207]]).
Na drugim etapie przyjechała pani [[PERSON:Bernadette Kiely]] z zespołu safeguarding. Przyznała,
że starsza, chora kobieta, do której pukają dilerzy, to klasyczny „cuckooing” i powinni byli
zareagować od razu. W ciągu tygodnia zamontowano nowe drzwi z domofonem i kamerę na klatce, a
razem z policją wydano zakaz wstępu dla [[PERSON:Dexa]] i dwóch innych. Mama dostała 450 funtów,
a przez miesiąc codziennie dzwoniła do niej opiekunka.

Teraz [[ORGANISATION:Westway Mutual Homes]] naprawia zepsute drzwi wejściowe w ciągu 24 godzin, a
każde zgłoszenie od samotnie mieszkającej starszej osoby trafia do zespołu safeguarding. Mama
mówi, że pierwszy raz od roku nie boi się dzwonka.
"""),
    ),
    (
        "fv2ar-pl-05",
        "pl",
        _s("""
Jestem [[PERSON:Grzegorz Bartosik]], dla znajomych [[PERSON:Grzesiek]]. Razem z żoną,
[[PERSON:Eweliną]], mieszkamy w Slough od 2014 roku, teraz z córeczką [[PERSON:Leną]]
([[AGE:2 latka]]) pod adresem [[ADDRESS:6 Mercian Close]], [[POSTCODE:SL1 9PE]], w domu
[[ORGANISATION:Thames Meadow Homes]]. Oboje mamy [[OTHER_SPECIAL:status osiedleńczy]].

Problemy zaczęły się, kiedy sąsiadka z [[ADDRESS:numeru 8]], [[PERSON:Bev]], dowiedziała się, że
jesteśmy [[OTHER_SPECIAL:Polakami]]. Najpierw komentarze przy śmietnikach, że „zabieramy domy”,
potem jej syn [[PERSON:Brandon]] ([[AGE:17]]) wydrapał coś obraźliwego na masce naszego auta,
[[OTHER_ID:WR17 HLN]]. Kamera w samochodzie nagrała go 24 października o 23:48. Kilka dni później
[[PERSON:Bev]] napisała do mnie na mój profil [[OTHER_ID:facebook.com/grzegorz.bartosik.71]], że
„zadzwoni do Home Office i nas deportują”.

PCSO [[PERSON:Priya Gill]] (numer [[OTHER_ID:9184]]) zarejestrowała to jako incydent na tle
nienawiści, numer [[REFERENCE:43230611245]]. W [[ORGANISATION:Thames Meadow Homes]] usłyszeliśmy,
że „to sprawa między sąsiadami”, i dostaliśmy ulotkę
[[ORGANISATION:Berkshire Neighbour Mediation]]. [[PERSON:Ewelina]] była wtedy w ciąży i bała się
wychodzić z [[PERSON:Lenką]] do [[ADDRESS:Little Acorns Nursery]].

Złożyłem skargę ([[REFERENCE:TMH/COMP/7714]]). Odpowiedź na pierwszym etapie była taka sama, więc
poprosiłem o drugi. Tam pan [[PERSON:Marcus Field]] przyznał, że groźby dotyczące statusu
imigracyjnego to nękanie na tle narodowościowym, a nie „spór”. [[PERSON:Bev]] dostała oficjalne
ostrzeżenie, [[PERSON:Brandon]] podpisał umowę o właściwym zachowaniu, a firma zapłaciła za
lakierowanie maski i dała nam 300 funtów rekompensaty. Od tamtej pory jest spokój.

Teraz [[ORGANISATION:Thames Meadow Homes]] nie proponuje mediacji w sprawach o nienawiść, chyba że
ofiara sama o nią poprosi. Gdyby ktoś potrzebował rady: [[PHONE:07700 900 229]].
"""),
    ),
    (
        "fv2ar-ro-01",
        "ro",
        _s("""
Mă numesc [[PERSON:Florina Dumitrescu]] și locuiesc cu soțul meu, [[PERSON:Cătălin]], și cu
băiatul nostru, [[PERSON:Ionuț]], care are [[AGE:10 ani]], în
[[ADDRESS:Flat 3, 51 Pinner Vale Road]], Harrow, [[POSTCODE:HA2 0TJ]]. Proprietarul este
[[ORGANISATION:Harrow Weald Housing Trust]].

În iunie 2023, în [[ADDRESS:apartamentul 5]], deasupra noastră, s-a mutat
[[PERSON:Sharon Leigh]] cu prietenul ei, [[PERSON:Rob]]. De la început ne-au spus să ne întoarcem
„acasă”, pentru că suntem [[OTHER_SPECIAL:români]]. [[PERSON:Rob]] lovea cu piciorul în ușa
noastră când trecea, iar pe 19 iulie, la 22:15, l-a scuipat pe [[PERSON:Ionuț]] pe scări. Camera
de la ușă a prins totul.

Poliția a venit în aceeași seară. Agentul [[PERSON:Mark Holloway]], cu numărul de insignă
[[OTHER_ID:3318]], ne-a dat numărul CAD [[REFERENCE:7725/19Jul23]] și a înregistrat incidentul ca
infracțiune motivată de ură. La asociație, doamna [[PERSON:Gemma Rolfe]], responsabila cu ASB,
ne-a spus că „e un conflict între vecini” și ne-a trimis o scrisoare standard.
[[PERSON:Ionuț]] nu mai voia să meargă singur la [[ADDRESS:Westfield Grove Primary]], iar la
[[ADDRESS:parohia Sfântul Nicolae]] părintele ne-a întrebat de ce nu mai venim duminica.

În august am depus plângere (referința [[REFERENCE:HWHT-C-3391]]). La etapa a doua a venit
managerul [[PERSON:Daniel Okoro]], a văzut filmările și a recunoscut că trebuia tratat de la
început ca incident de ură. [[PERSON:Rob]] nu mai are voie în bloc, printr-un ordin al
instanței, iar [[PERSON:Sharon]] a semnat un acord de comportament. Am primit 500 de lire și o
ușă nouă cu vizor.

Acum [[ORGANISATION:Harrow Weald Housing Trust]] are un ofițer desemnat pentru incidentele de ură,
iar formularul de reclamație întreabă direct dacă e vorba de ură. Dacă treceți prin același
lucru, mă puteți suna:
[[PHONE:zero șapte șapte zero zero nouă zero zero cinci patru unu]].
"""),
    ),
    (
        "fv2ar-ro-02",
        "ro",
        _s("""
Sunt [[PERSON:Mihai Stanciu]]. Locuiesc cu soția, [[PERSON:Andreea]], și cu fetița noastră,
[[PERSON:Ioana]] ([[AGE:4 ani]]), în [[ADDRESS:apartamentul 41]] din blocul
[[ADDRESS:Lawford Heights]], Bristol, [[POSTCODE:bs5 0ne]]. Blocul e al
[[ORGANISATION:Avonvale Homes]].

Vecinul de alături, din [[ADDRESS:apartamentul 42]], [[PERSON:Jason Pike]] (toată lumea îi zice
[[PERSON:Jase]]), a început în februarie 2024 să dea muzica la maximum noaptea. Când i-am cerut
s-o dea mai încet, mi-a scris pe WhatsApp de pe [[PHONE:07700 900 684]] că „o să-mi spargă
capul”. A urmărit-o pe [[PERSON:Andreea]] până la mașină și i-a fotografiat numărul,
[[OTHER_ID:WU18 KPF]], spunând că „știe unde parcăm”. [[PERSON:Andreea]] a început să aibă
atacuri de [[HEALTH:anxietate]], iar medicul de la [[ADDRESS:Easton Brook Surgery]] i-a dat
tratament.

Am sunat la poliție de trei ori. PCSO [[PERSON:Leanne Morris]], numărul [[OTHER_ID:8271]], a
înregistrat amenințările sub numărul [[REFERENCE:5224031187]]. La
[[ORGANISATION:Avonvale Homes]] am sunat la [[PHONE:0117 496 0539]]. Ofițerul [[PERSON:Tom]] a
deschis un caz, [[REFERENCE:AVH-ASB-7702]], și ne-a trimis la
[[ORGANISATION:Frome Valley Mediation]]. La mediere [[PERSON:Jase]] a promis liniște, dar după o
săptămână a luat-o de la capăt, iar cazul era deja închis.

Am făcut plângere oficială, [[REFERENCE:AVH/CMP/24/556]]. La prima etapă ni s-a răspuns că
„medierea a avut loc”. La a doua, directoarea de servicii, [[PERSON:Nkechi Adams]], a recunoscut
că un caz cu amenințări cu moartea nu trebuia închis după mediere. Ne-au instalat în apartament
un aparat de înregistrat zgomotul, iar după ce s-au strâns dovezile, [[PERSON:Jason Pike]] a
primit notificare de evacuare; s-a mutat în august. Noi am primit 650 de lire.

Acum [[ORGANISATION:Avonvale Homes]] nu mai închide cazurile imediat după mediere: ofițerul sună
victima după două și după șase săptămâni. Iar [[PERSON:Ioanei]] nu-i mai e frică de ușă.
"""),
    ),
    (
        "fv2ar-ro-03",
        "ro",
        _s("""
Mă numesc [[PERSON:Cristian Lungu]], am [[AGE:39 de ani]] și lucrez pe cont propriu în
construcții. Locuiesc cu soția mea, [[PERSON:Elena]], la [[ADDRESS:34 Hexham Bank Terrace]],
Newcastle, [[POSTCODE:NE6 3SB]], într-o casă închiriată de la
[[ORGANISATION:Tyne Gateway Homes]].

Din toamna lui 2023, băiatul vecinilor de la [[ADDRESS:numărul 36]], [[PERSON:Dylan]], care are
[[AGE:16 ani]], a început să-mi strice duba. Întâi mi-a tăiat cauciucurile, apoi a spart geamul
și mi-a furat sculele. Duba, un Ford Transit alb cu numărul [[OTHER_ID:NK19 VHC]], e singura
mea sursă de venit. [[PERSON:Dylan]] și prietenii lui au postat pe TikTok, pe contul
[[OTHER_ID:@dyl.geordie16]], un video în care râd de „[[OTHER_SPECIAL:românul]] cu duba”.

Camera de la ușă l-a filmat pe 22 februarie, la 1:05. PC [[PERSON:Craig Robson]]
([[OTHER_ID:4102]]) a luat declarația; referința poliției este
[[REFERENCE:NP-20240222-1108]]. Am sunat la [[ORGANISATION:Tyne Gateway Homes]] la
[[PHONE:0191 498 0613]] și am cerut să se facă ceva, pentru că și familia lui [[PERSON:Dylan]]
închiriază de la ei. Mi s-a spus că „parcarea pe stradă nu e responsabilitatea noastră”.

[[PERSON:Elena]] a intrat în [[HEALTH:depresie]] după ce am pierdut trei săptămâni de lucru. Am
depus plângere ([[REFERENCE:TGH-CP-1029]]), apoi am mers la Ombudsman, cazul
[[REFERENCE:202402213]]. Ombudsmanul a spus că asociația nu și-a aplicat propria politică
privind comportamentul antisocial și trebuia să ia măsuri față de chiriașii ai căror copii
făceau asta.

După decizie, [[ORGANISATION:Tyne Gateway Homes]] ne-a cerut scuze în scris și ne-a plătit 800
de lire. Părinții lui [[PERSON:Dylan]] au primit un avertisment oficial, iar el a intrat într-un
program cu echipa de tineret. Au pus iluminat și o cameră pe aleea din spate, unde parchez. De
atunci n-a mai fost nicio problemă.

Acum, când un chiriaș raportează pagube la mașină făcute de alt chiriaș,
[[ORGANISATION:Tyne Gateway Homes]] deschide automat un caz ASB. Mă găsiți la
[[EMAIL:cristi.lungu@example.com]].
"""),
    ),
    (
        "fv2ar-ro-04",
        "ro",
        _s("""
Mă numesc [[PERSON:Marian Căldăraru]]. Suntem [[OTHER_SPECIAL:romi]] și vreau să spun asta de la
început, pentru că de aici a pornit totul. Stau cu soția mea, [[PERSON:Lenuța]], și cu copiii
noștri, [[PERSON:Denisa]] ([[AGE:13 ani]]) și [[PERSON:Marius]] ([[AGE:9 ani]]), la
[[ADDRESS:12 Stockwood Rise]], Luton, [[POSTCODE:LU3 2BN]]. Casa e de la
[[ORGANISATION:Lea Vale Housing]].

În primăvara lui 2023, vecina de la [[ADDRESS:numărul 10]], [[PERSON:Brenda Hale]], a făcut un
grup de WhatsApp al străzii și a început să scrie acolo că „au venit hoții”. A postat poze cu
casa noastră și cu [[PERSON:Denisa]] în uniforma de la [[ADDRESS:Stockwood Vale Academy]].
Cineva ne-a lăsat în cutia poștală un bilet: „Plecați de aici.” Pe 6 mai, pe la 17:30,
[[PERSON:Marius]] a fost împins de pe bicicletă de băiatul de la [[ADDRESS:numărul 14]].

Prima noastră plângere, [[REFERENCE:LVH/C/0317]], a stat trei luni fără răspuns, pentru că
fusese trimisă pe o adresă greșită. Abia în iulie a preluat cazul ofițerul ASB
[[PERSON:Femi Adeyemi]], primul care ne-a luat în serios. A deschis dosarul
[[REFERENCE:LVH-ASB-1902]], a cerut capturile din grup și ne-a întrebat ce vrem noi. Am vrut
mediere, pentru că nu voiam să ne mutăm. [[ORGANISATION:Chiltern Mediation Service]] a organizat
trei întâlniri cu [[PERSON:Brenda]] și cu încă două familii. N-a fost ușor.

La final, [[PERSON:Brenda]] a șters postările și și-a cerut scuze în fața mediatorului,
[[PERSON:Paul Greaves]]. Părinții băiatului de la [[ADDRESS:numărul 14]] au semnat un acord de
comportament. Asociația ne-a dat 300 de lire pentru întârziere și a montat o cameră pe fațada
casei.

Acum la [[ORGANISATION:Lea Vale Housing]] fiecare plângere primește confirmare în 48 de ore, iar
tot personalul a făcut un curs despre incidentele motivate de ură. Dacă vreți să vorbim:
[[PHONE:07700 900 902]].
"""),
    ),
    (
        "fv2ar-ro-05",
        "ro",
        _s("""
Am [[AGE:17 ani]] și scriu pentru părinții mei, pentru că engleza mea e mai bună. Mă numesc
[[PERSON:Bianca Rusu]]. Locuim în [[ADDRESS:apartamentul 8]] din blocul
[[ADDRESS:Sandown Court]], Leicester, [[POSTCODE:LE2 0HW]], cu chirie la
[[ORGANISATION:Braunstone Vale Homes]]. Tata, [[PERSON:Gheorghe Rusu]], s-a născut pe
[[DATE_OF_BIRTH:2 martie 1971]] și are [[HEALTH:diabet de tip 2]]. Mama, [[PERSON:Viorica]],
lucrează în ture de noapte.

Vecinul din [[ADDRESS:apartamentul 10]], [[PERSON:Darren Oakes]], are un câine mare pe care îl
lasă liber pe hol. Pe 14 noiembrie 2023, la 19:40, câinele l-a mușcat pe tata de picior, iar din
cauza diabetului rana s-a vindecat foarte greu. [[PERSON:Darren]] a râs. După aceea a început
să o filmeze pe mama când venea acasă la șapte dimineața și să pună clipurile pe Instagram, pe
[[OTHER_ID:@d.oakes_lei]].

Poliția ne-a dat numărul [[REFERENCE:23*0412889]], iar PC [[PERSON:Hannah Wragg]]
([[OTHER_ID:2716]]) a vorbit cu el. La asociație, doamna [[PERSON:Aisha Patel]] ne-a spus că
de câini se ocupă consiliul, nu ei. Am sunat la [[PHONE:0116 496 0351]] de nu știu câte ori.

Am scris o plângere, [[REFERENCE:BVH-2023-4471]]. La etapa a doua, domnul
[[PERSON:Robert Nyman]] a recunoscut că în contractul de închiriere scrie clar că animalele nu
stau libere pe holuri, deci era treaba lor. [[PERSON:Darren Oakes]] a primit un avertisment
scris, iar după încă un incident câinele a fost dat afară din bloc. Clipurile au dispărut, s-a
pus o cameră pe hol, iar părinții mei au primit 400 de lire și banii de taxi pentru drumurile la
spital.

Acum [[ORGANISATION:Braunstone Vale Homes]] tratează orice mușcătură de câine pe proprietatea
lor ca pe un caz ASB urgent. Pentru întrebări, scrieți-mi la
[[EMAIL:bianca punct rusu arond example punct com]].
"""),
    ),
    (
        "fv2ar-ur-01",
        "ur",
        _s("""
میرا نام [[PERSON:محمد اکرم]] ہے، عمر [[AGE:72 سال]]، تاریخِ پیدائش
[[DATE_OF_BIRTH:یکم جنوری ۱۹۵۲]]۔ میں [[ADDRESS:22 Heaton Rise]]، بریڈفورڈ،
[[POSTCODE:BD8 9LS]] میں اکیلا رہتا ہوں؛ گھر [[ORGANISATION:Bradford Moor Housing]] کا ہے۔
مجھے [[HEALTH:انجائنا]] ہے اور ڈاکٹر نے پریشانی سے بچنے کو کہا ہے۔

میں روز پانچ وقت [[ADDRESS:مسجد فاروقِ اعظم]] جاتا ہوں جو ہماری گلی کے آخر میں ہے۔ پچھلے
سال ستمبر سے کچھ لڑکے راستے میں کھڑے ہو کر مجھے گالیاں دینے لگے، صرف اس لیے کہ میں
[[OTHER_SPECIAL:مسلمان]] ہوں اور داڑھی رکھتا ہوں۔ ان میں سب سے آگے [[PERSON:ریان]] تھا، جو
[[ADDRESS:گھر نمبر 31]] میں رہتا ہے، اور اس کا دوست [[PERSON:لوکس]] ([[PERSON:Lucas]])۔ 12
اکتوبر کو عشا کے بعد، رات 8:40 پر، انہوں نے مجھ پر انڈے پھینکے اور میری ٹوپی چھین لی۔ مسجد
کے دروازے کا کیمرہ سب ریکارڈ کر رہا تھا۔

پولیس نے اسے نفرت پر مبنی جرم کے طور پر درج کیا، نمبر [[REFERENCE:13230552017]]۔ PCSO
[[PERSON:نوید حسین]] ([[OTHER_ID:۵۵۰۲]]) نے میرا بیان لیا اور بہت عزت سے بات کی۔ لیکن
ہاؤسنگ والوں نے کہا کہ یہ "گلی کا معاملہ" ہے۔ افسر [[PERSON:ریچل]] ایک بار بھی گھر آ کر
نہیں ملیں۔

میرے بھتیجے [[PERSON:عدنان]] نے میری طرف سے شکایت لکھی، نمبر [[REFERENCE:BMH-CF-2207]]، اور
میرا این ایچ ایس نمبر [[OTHER_ID:۴۰۱ ۲۲۳ ۸۸۱۹]] بھی ڈال دیا تاکہ وہ میری صحت کا خیال رکھیں۔
دوسرے مرحلے میں منیجر [[PERSON:جوناتھن ایکروئڈ]] مسجد کمیٹی کے ساتھ مجھ سے ملے اور مانا کہ
[[ADDRESS:گھر نمبر 31]] بھی ان ہی کا مکان ہے، اس لیے کرایہ دار کے بچوں کا رویہ ان کی ذمہ
داری ہے۔ [[PERSON:ریان]] کے گھر والوں کو تحریری وارننگ ملی، گلی میں روشنیاں لگیں، اور مجھے
300 پاؤنڈ اور معافی کا خط ملا۔

اب [[ORGANISATION:Bradford Moor Housing]] ہر نفرت انگیز واقعے کے بعد 48 گھنٹوں کے اندر گھر آ
کر ملتی ہے۔ کوئی بات کرنا چاہے تو میرا نمبر [[PHONE:۰۷۷۰۰ ۹۰۰۳۶۴]] ہے۔
"""),
    ),
    (
        "fv2ar-ur-02",
        "ur",
        _s("""
میں [[PERSON:شازیہ پروین]] ہوں۔ [[ADDRESS:فلیٹ 4]]، [[ADDRESS:Fieldhouse Court]]، روچڈیل،
[[POSTCODE:OL11 1QE]] میں اپنے دو بچوں کے ساتھ رہتی ہوں۔ بیٹی [[PERSON:عائشہ]]
[[AGE:۶ سال]] کی ہے اور بیٹے [[PERSON:حمزہ]] کو [[HEALTH:آٹزم]] ہے۔ بلڈنگ
[[ORGANISATION:Roch Valley Homes]] کی ہے۔

ساتھ والے [[ADDRESS:فلیٹ 6]] میں [[PERSON:ڈینی بریڈلی]] رہتا ہے۔ اس کے دو بڑے کتے ہیں جنہیں
وہ سیڑھیوں پر کھلا چھوڑ دیتا تھا۔ اس کا کزن، جسے سب [[PERSON:موگسی]] ([[PERSON:Mogsy]])
کہتے ہیں، اکثر رات کو آتا اور اپنی سفید گاڑی [[OTHER_ID:MX18 KTE]] ایمبولینس والی جگہ پر کھڑی
کر دیتا۔ 5 مئی کو شام ساڑھے پانچ بجے ایک کتا [[PERSON:عائشہ]] پر جھپٹا اور وہ سیڑھیوں سے گر
گئی۔ جب میں نے شکایت کی تو [[PERSON:ڈینی]] نے میرے دروازے پر لاتیں ماریں اور گالیاں دیں۔
ہمارے دروازے کی گھنٹی والے کیمرے میں سب محفوظ ہے۔

میں نے [[ORGANISATION:Roch Valley Homes]] کو [[PHONE:0161 496 0641]] پر بار بار فون کیا۔ اے
ایس بی افسر [[PERSON:جو]] نے کیس [[REFERENCE:RVH-ASB-5520]] کھولا، مگر کہا کہ کتوں کا معاملہ
کونسل کا ہے۔ پولیس نے بھی رپورٹ درج کی، حوالہ نمبر [[REFERENCE:CRI/24/55813]]۔

پھر میں نے تحریری شکایت کی، نمبر [[REFERENCE:RVH-C-1188]]۔ دوسرے مرحلے پر منیجر
[[PERSON:طاہرہ اقبال]] خود آئیں، ویڈیو دیکھی اور مانا کہ کرایہ نامے میں لکھا ہے کہ پالتو
جانور مشترکہ جگہوں پر قابو میں رکھنے ہوں گے۔ [[PERSON:ڈینی]] کو نوٹس ملا، اور جب اس نے پھر
کتے کھلے چھوڑے تو ایک کتا ہٹانا پڑا۔ [[ORGANISATION:Vantage Security Ltd]] نے سیڑھیوں پر
کیمرے لگائے اور ایمبولینس والی جگہ پر بولارڈ لگ گیا۔ ہمیں 350 پاؤنڈ ملے۔

[[PERSON:حمزہ]] اب سیڑھیوں سے نہیں ڈرتا۔ اور اب [[ORGANISATION:Roch Valley Homes]] کتوں کی
شکایت کو بھی اے ایس بی کیس مانتی ہے۔
"""),
    ),
    (
        "fv2ar-ur-03",
        "ur",
        _s("""
میرا نام [[PERSON:فرحان قریشی]] ہے۔ میں اپنی بیوی [[PERSON:صبا]] اور والدہ کے ساتھ
[[ADDRESS:Markhouse Tower]] کے [[ADDRESS:فلیٹ نمبر 19]] میں رہتا ہوں، پوسٹ کوڈ
[[POSTCODE:e178az]]۔ بلڈنگ [[ORGANISATION:Lea Bridge Homes]] کی ہے۔ والدہ کو
[[HEALTH:دمہ]] ہے۔

2023 کی گرمیوں سے [[ADDRESS:فلیٹ 21]] میں منشیات کا دھندا شروع ہو گیا۔ دو لڑکے،
[[PERSON:ٹی جے]] اور ایک جسے سب [[PERSON:Smokey]] کہتے ہیں، دن رات لوگوں کو اوپر بلاتے۔ نیچے
ان کی گاڑیاں کھڑی رہتیں: ایک نیلی مرسڈیز [[OTHER_ID:LB20 UXF]] اور ایک موٹر سائیکل
[[OTHER_ID:LF22 NHW]]۔ راہداری میں دھواں بھرا رہتا اور والدہ کی سانس پھولنے لگتی۔ 2 نومبر کو
رات 11 بجے [[PERSON:ٹی جے]] نے میرے دروازے پر چاقو دکھایا کیونکہ میں نے ان کی ویڈیو بنائی تھی۔

پولیس کا CAD نمبر [[REFERENCE:4418/02Nov23]] ہے۔ PC [[PERSON:ڈین فوسٹر]]، کالر
[[OTHER_ID:7732NE]]، نے کہا کہ ثبوت جمع کرتے رہیں۔ [[ORGANISATION:Lea Bridge Homes]] کو
[[PHONE:020 7946 0920]] پر فون کیا تو جواب ملا: "ہم پولیس کے کام میں دخل نہیں دے سکتے"۔

میں نے [[EMAIL:farhan.qureshi@example.org]] سے شکایت بھیجی، نمبر
[[REFERENCE:LBH/COMP/23/7719]]، اور ساتھ 40 ویڈیوز۔ پہلے مرحلے کے جواب کے بعد ایک نئی افسر،
[[PERSON:ماریہ کونسٹنٹائن]]، نے کیس سنبھالا۔ انہوں نے پولیس کے ساتھ مل کر عدالت سے
[[ADDRESS:فلیٹ 21]] کا تین مہینے کا کلوژر آرڈر لیا۔ وہاں کی کرایہ دار، جو خود ان لڑکوں کے
ہاتھوں استعمال ہو رہی تھی، اسے محفوظ جگہ منتقل کیا گیا۔ بلڈنگ کا مرکزی دروازہ بدلا گیا، لفٹ
میں کیمرہ لگا، اور ہمیں 700 پاؤنڈ اور والدہ کے لیے ایئر پیوریفائر دیا گیا۔

اب [[ORGANISATION:Lea Bridge Homes]] منشیات کی شکایت ملتے ہی پولیس کے ساتھ مشترکہ میٹنگ بلاتی
ہے، انتظار نہیں کرتی۔ [[ADDRESS:Markhouse Tower]] کی راہداری میں اب بچے کھیلتے ہیں۔
"""),
    ),
    (
        "fv2ar-ur-04",
        "ur",
        _s("""
میں [[PERSON:نادیہ بٹ]] ہوں اور [[ADDRESS:7 Colebrook Mews]]، سمال ہیتھ، برمنگھم،
[[POSTCODE:B10 0QR]] میں اپنی دو بیٹیوں، [[PERSON:زینب]] ([[AGE:۱۲ سال]]) اور
[[PERSON:مریم]] ([[AGE:۸ سال]]) کے ساتھ رہتی ہوں۔ گھر [[ORGANISATION:Bordesley Homes]] کا
ہے۔

2023 میں سابق شوہر سے علیحدگی کے بعد اس کا بھائی [[PERSON:کاشف]] میرے گھر کے باہر آنے لگا۔
وہ اپنی کالی گاڑی [[OTHER_ID:BF21 NWY]] گھر کے سامنے کھڑی کر کے گھنٹوں بیٹھا رہتا۔
انسٹاگرام پر [[OTHER_ID:@kashif_b786]] سے میری اور بچیوں کی تصویریں ڈال کر لکھتا کہ "سب کو
پتا ہونا چاہیے یہ کہاں رہتی ہے"۔ 9 جنوری کو اس نے [[PERSON:زینب]] کو
[[ADDRESS:Heathfield Park Academy]] کے گیٹ پر روک کر پوچھا کہ اس کی ماں کہاں کام کرتی ہے۔

PC [[PERSON:سارہ ویب]] ([[OTHER_ID:21877]]) نے ہراسانی کا کیس درج کیا، نمبر
[[REFERENCE:20/98012/24]]۔ میں نے [[ORGANISATION:Bordesley Homes]] سے تالے بدلنے کی درخواست
کی، کیونکہ [[PERSON:کاشف]] کے پاس پرانی چابی ہو سکتی تھی۔ چار ہفتے کوئی نہیں آیا، اور افسر
[[PERSON:لیام]] نے کہا: "یہ خاندانی معاملہ ہے"۔

شکایت [[REFERENCE:BH-CMP-5583]] کا جواب بھی یہی تھا، تو میں ہاؤسنگ اومبڈسمین کے پاس گئی، کیس
نمبر [[REFERENCE:202405519]]۔ اومبڈسمین نے فیصلہ دیا کہ مکان مالک نے ہراسانی کو سنجیدگی سے
نہیں لیا اور تالے بدلنے میں تاخیر بدانتظامی تھی۔

اس کے بعد [[ORGANISATION:Bordesley Homes]] نے تالے بدلے، دروازے پر ویڈیو گھنٹی اور کھڑکیوں
پر سکیورٹی لاک لگائے، تحریری معافی مانگی اور 850 پاؤنڈ دیے۔ پولیس نے [[PERSON:کاشف]] کو
ہراسانی سے روکنے کا نوٹس دیا اور انسٹاگرام اکاؤنٹ بند ہو گیا۔ اب ان کی پالیسی ہے کہ ہراسانی
کی شکایت پر تالے 24 گھنٹے میں بدلے جائیں۔ رابطہ: [[PHONE:0121 496 0093]]۔
"""),
    ),
    (
        "fv2ar-ur-05",
        "ur",
        _s("""
میری امی، [[PERSON:رضیہ بیگم]]، [[ADDRESS:فلیٹ 2، 15 Radford Grove]]، ناٹنگھم،
[[POSTCODE:ng7 5qd]] میں رہتی ہیں۔ میں ان کا بیٹا [[PERSON:بلال رفیق]] ہوں اور ان کی طرف سے
لکھ رہا ہوں۔ امی بیوہ ہیں، [[DATE_OF_BIRTH:14 اگست 1956]] کو پیدا ہوئیں، اور انہیں
[[HEALTH:گٹھیا]] ہے۔ فلیٹ [[ORGANISATION:Castle Meadow Housing]] کا ہے۔

اوپر [[ADDRESS:فلیٹ 4]] میں [[PERSON:کیلی]] اور اس کا بوائے فرینڈ [[PERSON:جے]] رہتے ہیں۔
رات بھر اونچی آواز میں گانے، فرش پر دھمک، اور جب امی نے ایک بار سیڑھیوں پر شکایت کی تو
[[PERSON:جے]] نے چیخ کر کہا: "بڑھیا، اپنے ملک واپس جاؤ"۔ اس کی گاڑی [[OTHER_ID:FN66 LKW]]
اکثر امی کے موبلیٹی اسکوٹر والی جگہ پر کھڑی ہوتی تھی۔

امی نے [[PHONE:0115 496 0728]] پر کئی بار فون کیا مگر وہ انگریزی میں بات نہیں کر پاتیں۔
ہاؤسنگ افسر [[PERSON:مارٹن]] نے ان کے لیے کبھی ترجمان نہیں بلایا، اور کیس
[[REFERENCE:CMH-ASB-6604]] بغیر کسی کارروائی کے بند کر دیا گیا۔

میں نے شکایت کی، نمبر [[REFERENCE:CMH/COM/8812]]، اور لکھا کہ جواب مجھے
[[EMAIL:bilal dot rafiq at example dot com]] پر بھیجیں۔ دوسرے مرحلے میں
[[ORGANISATION:Castle Meadow Housing]] نے مانا کہ ترجمان نہ دینا غلط تھا۔ پھر
[[ORGANISATION:Trent Mediation Partnership]] کے ذریعے ثالثی ہوئی اور اردو ترجمان
[[PERSON:عظمیٰ]] ساتھ تھیں۔ [[PERSON:کیلی]] نے پہلی بار سنا کہ امی کے جوڑوں کا درد رات کو
کتنا بڑھ جاتا ہے، اور وہ شرمندہ ہوئی۔ دونوں نے لکھ کر اتفاق کیا کہ رات 11 بجے کے بعد شور
نہیں ہوگا اور اسکوٹر کی جگہ خالی رہے گی۔ اوپر کے فرش میں آواز روکنے والا انڈرلے لگایا گیا۔

چھ مہینے سے سکون ہے۔ امی کو 200 پاؤنڈ ملے۔ اب [[ORGANISATION:Castle Meadow Housing]] ہر نئے
کرایہ دار سے پوچھتی ہے کہ وہ کس زبان میں بات کرنا پسند کرے گا۔
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
