"""Fresh version-2 PII test stories, batch cf.

Automated messages pasted in by residents, with their own angry or relieved comments between
them: repair booking texts ("Hi Jan, your job 4471823 is booked for Tue 14 Jan AM"), customer
portal emails whose footer repeats the account name in capitals, the tenancy reference and the
address, chatbot transcripts (Bot: / You:) where the resident types a postcode in lower case or a
date of birth to be verified, missed-call logs and voicemail-to-text with caller numbers, spoken
numbers ("oh one one three...") and mangled names ("mister mensa", "jasmeer", "abdul gaffer"),
contractor app updates ("Operative Dean M. is on his way", van registration) and survey links
carrying the job or case ID. In Arabic, Bengali, Punjabi, Polish, Romanian and Urdu the resident
writes around the English messages and sometimes translates them, so one person appears as a
first name, in capitals, as initial and surname, in native script and inflected (Małgorzato,
Hanię, Speranței, বৃষ্টির, lui Matei). Marking choices: every form of a name is PERSON, a mangled
transcription included; titles (Mr, Ms, pani, doamna, السيد, জনাব, ਜੀ, صاحب, ভাই, আপা) and
kinship words stay outside; names that are also words are marked only as names (Jan the month,
hope, summer, mark, الأمل, النور, বৃষ্টি the rain, ਅਮਨ-ਚੈਨ, ਸੁਖ ਦਾ ਸਾਹ, speranța, o doină,
róże, صبر کا ثمر stay unmarked); a chatbot's own name (Robin, Ava, Max) is not a person and is not
marked. Job, request, complaint, chat, survey-case, tenancy, customer and rent references are
REFERENCE (only the ID inside a survey or tracking link, not the URL); no-reply and complaints
mailboxes are EMAIL and every caller number is PHONE, landlords' own included; van registrations,
NHS numbers, sort codes and account numbers are OTHER_ID ("account ending 4471" marks the digits);
landlords, contractors and a council are ORGANISATION, abbreviated or mangled forms too. A full
address line written together (flat, block and street) is one ADDRESS span with the postcode
apart; a named block, a partial address ("flat 57", "number 22", "mieszkania nr 8"), a child's
school, a family's GP surgery and a named gurdwara or mosque lived by are ADDRESS. Appointment
dates and time slots, towns, amounts, and ranges such as "over 75" are not marked.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 8 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 62.9% of 35, recall 96.5%, precision 86.2%, on the committed
detector 42b6dff (after round 76); leak-free by language ar 2, bn 3, en 3, pa 4, pl 4, ro 4, ur 2 of 5.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2cf-en-01",
        "en",
        _s("""
Pasted from my phone, in order. The first one came three days after I reported water coming
through the bathroom ceiling:

"Hi [[PERSON:Jan]], your repair job [[REFERENCE:4471823]] is booked for Tue 14 Jan AM (8am-12pm).
Reply Y to confirm or N to rearrange. [[ORGANISATION:Harbourside Homes]]"

I replied Y and took the morning off work. Nobody came. At 12:31:

"[[ORGANISATION:Harbourside Homes]]: Sorry we missed you today. Job [[REFERENCE:4471823]] has
been closed (no access). To rebook call [[PHONE:0117 496 0732]]."

No access! I was sat in the kitchen with the door on the latch. I rang, waited forty minutes, and
that evening got:

"Hi [[PERSON:JANET OKONKWO-REID]], your new appointment for job [[REFERENCE:4471824]] is Fri 24
Jan PM. Your operative will be [[PERSON:Lee T.]] from [[ORGANISATION:Brightwater Property
Services]]."

[[PERSON:Lee]] did turn up, to be fair. He said the flashing round the soil stack had gone, so it
was a roofer job, not a plumber job, and the system closed it again. That's when I put in a stage
1 complaint through the portal. The acknowledgement said:

"Dear Ms [[PERSON:J Okonkwo-Reid]], thank you for contacting us. Complaint ref:
[[REFERENCE:CMP-2025-01187]]. Tenancy ref: [[REFERENCE:HH/0093127]]. Property: [[ADDRESS:Flat 6,
Marlowe House, 31 Quayside Road]], [[POSTCODE:BS3 4JQ]]."

The complaints officer, [[PERSON:Nadia Fairbairn]], rang me within two days, agreed the
no-access closure was wrong, got a roofer out that same week and paid £150 for the lost morning.
My daughter [[PERSON:Esme]], who's [[AGE:9]] and has [[HEALTH:eczema]], had been showering at
her nan's for a month, so it mattered. The last text:

"Hi [[PERSON:Jan]], how did we do? Rate job [[REFERENCE:4471824]] here:
harbourside.example.org/s/[[REFERENCE:4471824]] Reply STOP to opt out."

I gave them a 4. It would have been a 5 if they'd got it right in January.
"""),
    ),
    (
        "fv2cf-en-02",
        "en",
        _s("""
Three emails from the [[ORGANISATION:Pennine Gate Homes]] portal, with my notes in between,
because I want landlords to see what it looks like from our side.

EMAIL 1. From: [[ORGANISATION:MyPGH]] <[[EMAIL:no-reply@penninegate.example.org]]>. Subject: We've received your
repair request. "Hi [[PERSON:Summer]], thanks for reporting 'Boiler - no heating or hot water'.
Your request number is [[REFERENCE:RR-7781402]]. We aim to attend emergency repairs within 24
hours." Account name: [[PERSON:SUMMER ADEYEMI]] | Tenancy ref: [[REFERENCE:PGH/T/0448213]] |
[[ADDRESS:12 Birchfield Terrace]], Oldham, [[POSTCODE:OL8 2DX]]

24 hours. It was nine days. I have [[HEALTH:sickle cell disease]] and the cold brings on a
crisis, which I told them on the phone and which is on my record.

EMAIL 2. Subject: Your repair request has been updated. "Hi [[PERSON:Summer]], the status of
request [[REFERENCE:RR-7781402]] has changed to: Awaiting parts." Account name:
[[PERSON:SUMMER ADEYEMI]] | Tenancy ref: [[REFERENCE:PGH/T/0448213]] | [[ADDRESS:12 Birchfield
Terrace]], Oldham, [[POSTCODE:OL8 2DX]]

Awaiting parts, in February, with my son [[PERSON:Tayo]], who is [[AGE:two]]. My sister
[[PERSON:Bisi]] lent us two oil heaters and he slept in my bed in his snowsuit. I made a stage 1
complaint through the same portal.

EMAIL 3. From: [[EMAIL:complaints@penninegate.example.org]]. "Dear Ms [[PERSON:S. Adeyemi]],
complaint [[REFERENCE:C-25-00391]]. We have upheld your complaint. We did not treat your repair
as an emergency despite the vulnerability recorded on your account, and we are sorry. A new
boiler will be fitted on 19 February. Your case officer is [[PERSON:Owen Pritchard]], direct line
[[PHONE:0161 496 0518]]." Account name: [[PERSON:SUMMER ADEYEMI]] | Customer no.
[[REFERENCE:300488213]]

[[PERSON:Owen]] rang me himself the same afternoon. The boiler went in on the 19th, they paid
£250 plus the electricity for the heaters, and the vulnerability flag on my account now actually
triggers a same-day visit. The summer's not far off now, but I won't forget that winter.
"""),
    ),
    (
        "fv2cf-en-03",
        "en",
        _s("""
I'm [[PERSON:Winston Clarke]], [[ADDRESS:flat 57, Alder Tower]]. The lift was out for 16 days
and I live on the 14th floor with [[HEALTH:COPD]]. This is the chat I had on the
[[ORGANISATION:Northway Homes]] website on day 5. You can see why I complained.

Bot: Hello! I'm Robin, [[ORGANISATION:Northway]]'s virtual assistant. What can I help with today?
You: lift broken in [[ADDRESS:alder tower]] since monday
Bot: I'm sorry to hear that. To find your account, please type your postcode.
You: [[POSTCODE:n17 6rd]]
Bot: Thanks. Please confirm your date of birth (DD/MM/YYYY).
You: [[DATE_OF_BIRTH:03/11/1957]]
Bot: Thanks, [[PERSON:Winston]]! I've found your tenancy [[REFERENCE:NWH-22817]] at
[[ADDRESS:Flat 57 Alder Tower, Mitford Road]]. Would you like to: 1) Report a repair 2) Pay rent
3) Something else
You: 1
Bot: Is the repair inside your home?
You: no its the LIFT
Bot: Communal repairs are reported by your caretaker. Is there anything else?
You: I cant get down 14 floors with my lungs
Bot: Sorry, I didn't understand that. Would you like to: 1) Report a repair 2) Pay rent 3)
Something else

Round and round. In the end I typed "agent" about six times and got:

Bot: Transferring you to a member of the team. Chat ID: [[REFERENCE:CH-5518204]].
[[PERSON:Priya]] (Customer Services): Hi Mr [[PERSON:Clarke]], I'm so sorry, I can see the lift
has been reported by three other residents. Let me log this as a complaint for you now.

[[PERSON:Priya]] gave me complaint ref [[REFERENCE:CMP/0931]] there and then and rang the lift
company herself. My neighbour [[PERSON:Delroy]] from [[ADDRESS:flat 58]] carried my shopping up
for a fortnight. [[ORGANISATION:Northway]]'s stage 1 response admitted the chatbot had no route for communal
repairs. They've added one, brought in a stair-climber service for anyone stuck upstairs when the
lift fails, and paid me £300. I still call the bot "Robin the Useless", but now it knows what a
lift is.
"""),
    ),
    (
        "fv2cf-en-04",
        "en",
        _s("""
I work nights, so most of what [[ORGANISATION:Airedale Community Housing]] sent me about the damp
came as missed calls. Here's my phone's log for one week in October, and the voicemail-to-text,
mistakes and all.

Missed call: [[PHONE:0113 496 0581]] (3) Mon 07 Oct 10:12
Missed call: [[PHONE:+44 113 496 0581]] Tue 08 Oct 09:47
Voicemail (0:41) from [[PHONE:0113 496 0581]]: "hi this is [[PERSON:jemma]] from
[[ORGANISATION:a dale community housing]] calling for mister [[PERSON:mensa]] about the damp survey
at [[ADDRESS:number twenty two thorn berry rise]] we need access thursday between eight and twelve
call us back on [[PHONE:oh one one three four nine six oh five eight one]] thanks bye"

Text from [[PHONE:07700 900612]]: "Hi [[PERSON:Kwabena]], [[PERSON:Gemma]] here from
[[ORGANISATION:ACH]], can you do Thurs 10 Oct AM for the survey at [[ADDRESS:22 Thornbury
Rise]]? Ref [[REFERENCE:DMP-40771]]"

I can't answer at 10am, I'm asleep. I wrote back asking for texts or email only,
[[EMAIL:kwabena.mensah@example.com]], and the survey finally happened on a Saturday. It found
the cavity wall insulation at [[ADDRESS:number 22]] had failed years ago. My youngest,
[[PERSON:Ama]], is [[AGE:6]] and has [[HEALTH:asthma]], and her room was the worst.

Then another missed call, [[PHONE:0113 496 0581]], and a letter saying the works were
"on hold, tenant not responding". That's when I went to stage 2. The stage 2 reply came by
email from [[PERSON:Gemma Hollis]], complaint ref [[REFERENCE:ST2-1184]]: upheld, £275, works
booked, and "contact preference: text/email only" now sits at the top of my account.

The walls were done in November. The surveyor, [[PERSON:Mark]], came back to check and signed it
off. Lesson: tell them how you want to be contacted, in writing, and make them mark it on the
file. Mister [[PERSON:Mensah]], not [[PERSON:Mensa]], by the way.
"""),
    ),
    (
        "fv2cf-en-05",
        "en",
        _s("""
[[PERSON:Hope Barraclough]] here. After a break-in at [[ADDRESS:Flat 2, 9 Ashworth Street]],
[[POSTCODE:BB1 5LT]] my front door wouldn't lock. [[ORGANISATION:Calder & Ribble Housing]] said
it was an emergency, 4 hours. This is what the [[ORGANISATION:FixRight]] app showed me that
night:

21:06 Job [[REFERENCE:FR-903316]] created for [[PERSON:H. BARRACLOUGH]] - Emergency - Door/lock
insecure
21:40 Your job has been assigned to Operative [[PERSON:Dean M.]]
22:15 Operative [[PERSON:Dean M.]] is on his way! Vehicle: white Transit [[OTHER_ID:VN21 XKE]].
Track: fixright.example.com/t/[[REFERENCE:FR-903316]]
23:58 Operative [[PERSON:Dean M.]] is running late. We apologise for any inconvenience.
02:30 Job [[REFERENCE:FR-903316]] status: Completed ✅

Completed. Nobody came. I sat up all night with a chair under the handle, and my lad
[[PERSON:Alfie]], who's [[AGE:15]] and [[HEALTH:autistic]], couldn't settle at all. I'd given up
hope by 3am. Next morning:

"Hi [[PERSON:Hope]], how did [[ORGANISATION:FixRight]] do on your recent job? Tell us in 2 mins:
survey.example.com/r?case=[[REFERENCE:SV-55120]]"

I told them. In capitals. Then I emailed [[EMAIL:complaints@calderribble.example.org]] from
[[EMAIL:hopeb1979@example.com]] with screenshots and my tenancy number,
[[REFERENCE:CRH-6620-14]].

Their complaints lead, [[PERSON:Carl Whitworth]], rang the same day. He found the app marks an
emergency job completed when the operative's shift ends, and [[PERSON:Dean]] had never actually
been sent to me. A locksmith came at 8am, I got a proper written apology and £120, and they've
changed the system so an emergency can't close without a photo of the finished work. [[PERSON:Carl]]
gave me his mobile, [[PHONE:07700 900356]], in case it happens again. It hasn't.
"""),
    ),
    (
        "fv2cf-ar-01",
        "ar",
        _s("""
هذه الرسائل التي وصلتني من جمعية الإسكان بخصوص الفئران في مطبخي، أنسخها كما هي مع ترجمتي،
لأن جارتي لا تقرأ الإنجليزية وأريدها أن تعرف ما جرى.

"Hi [[PERSON:Samira]], your pest control job [[REFERENCE:5520917]] is booked for Wed 5 Mar AM.
Reply Y to confirm. [[ORGANISATION:Eastgate Housing Trust]]"
(مرحباً [[PERSON:سميرة]]، موعد مكافحة الآفات رقم [[REFERENCE:٥٥٢٠٩١٧]] يوم الأربعاء ٥ مارس
صباحاً. أرسلي Y للتأكيد.)

أرسلتُ Y وانتظرت حتى الثانية ظهراً، ولم يأتِ أحد. ثم وصلت هذه الرسالة:

"[[ORGANISATION:Eastgate Housing Trust]]: Job [[REFERENCE:5520917]] cancelled - contractor
unavailable. We will contact you to rebook."

لم يتصل بي أحد أسبوعين كاملين. ابني [[PERSON:يوسف]] عمره [[AGE:سبع سنوات]] ويعاني من
[[HEALTH:الربو]]، وكنت أخاف أن يأكل شيئاً مرّت عليه الفئران. كتبتُ الشكوى بالعربية وترجمتها
ابنتي الكبرى [[PERSON:ريم]]، وأرسلناها إلى [[EMAIL:complaints@eastgate.example.org]]. فجاء
الرد:

"Dear Mrs [[PERSON:S. HADDAD]], your complaint reference is [[REFERENCE:EHT-C-20931]]. Tenancy:
[[REFERENCE:0077-4412]]. Address: [[ADDRESS:Flat 3, 48 Sefton Road]], [[POSTCODE:L8 1XJ]]. Case
handler: [[PERSON:Martin Doyle]], tel [[PHONE:0151 496 0824]]."
(السيدة [[PERSON:س. حداد]]، رقم شكواكِ [[REFERENCE:EHT-C-20931]]، ورقم عقد الإيجار
[[REFERENCE:0077-4412]]، والعنوان [[ADDRESS:الشقة ٣، ٤٨ شارع سيفتون]].)

اتصل بي السيد [[PERSON:مارتن]] بنفسه واعتذر، وأرسل شركة مكافحة أخرى خلال ثلاثة أيام، فسدّوا
الثقوب خلف الثلاجة وتحت المغسلة، ودفعوا لي ١٠٠ جنيه تعويضاً عن الطعام الذي رميته. وآخر رسالة
كانت:

"Hi [[PERSON:Samira]], was your issue resolved? Reply 1 for Yes, 2 for No."

أرسلتُ 1، ولأول مرة منذ شهرين نمتُ دون أن أسمع خربشة في الجدار. نصيحتي لكل أم: لا تنتظري
الرسالة التالية، اكتبي الشكوى فوراً واحتفظي بكل رسالة.
"""),
    ),
    (
        "fv2cf-ar-02",
        "ar",
        _s("""
أنا [[PERSON:أحمد الشامي]]، جئت إلى بريطانيا [[OTHER_SPECIAL:لاجئاً]] من
[[OTHER_SPECIAL:سوريا]] سنة ٢٠١٩، وأسكن مع زوجتي وطفلتنا في الطابق الأول. نافذة غرفة النوم لا
تُغلق منذ أكتوبر، والهواء البارد يدخل طوال الليل. الخط الهاتفي لشركة
[[ORGANISATION:Brookfield Living]] مشغول دائماً، فجرّبت المحادثة الآلية على موقعهم. هذه هي كما
حفظتها:

Bot: Hi, I'm Ava 👋 How can I help today?
You: window not close, very cold, baby in room
Bot: I can help with repairs. What is your postcode?
You: [[POSTCODE:B10 9QS]]
Bot: Please enter the first line of your address.
You: [[ADDRESS:flat 3 27 Cotterills Lane]]
Bot: Thanks [[PERSON:Ahmed]]. For security, what is your date of birth?
You: [[DATE_OF_BIRTH:12.04.1990]]
Bot: Sorry, please use DD/MM/YYYY.
You: [[DATE_OF_BIRTH:12/04/1990]]
Bot: Thank you, [[PERSON:AHMED ALSHAMI]]. Windows are a routine repair (target 28 days). Your
reference is [[REFERENCE:BL-R-661093]].

ثمانية وعشرون يوماً؟ في الشتاء، ومعنا رضيعة عمرها [[AGE:أربعة أشهر]]! كتبتُ كلمة complaint
فأعطاني الروبوت رابطاً لنموذج الشكوى. ملأته بمساعدة متطوعة في مركز الحيّ اسمها
[[PERSON:ليلى]]، وذكرنا رقم الإصلاح [[REFERENCE:BL-R-661093]] وأن طفلتنا [[PERSON:لين]] تسعل
كل ليلة.

بعد يومين وصلني بريد من مسؤولة الشكاوى [[PERSON:Joanne Bright]]:
"Dear Mr [[PERSON:Al-Shami]], we agree the window should have been treated as urgent because
there is a baby in the home. Complaint ref: [[REFERENCE:BL-CX-0412]]. A joiner will attend
tomorrow."
(السيد [[PERSON:الشامي]]، نوافق على أن النافذة كان يجب أن تُعامَل كحالة عاجلة لوجود رضيعة في
البيت.)

جاء النجّار في اليوم التالي وركّب إطاراً جديداً، واعتذرت [[PERSON:جوان]] على الهاتف، ووعدت بأن
يسأل الروبوت من الآن عن الأطفال وكبار السن قبل تحديد المهلة. [[PERSON:لين]] (نكتبها بالإنجليزية
[[PERSON:Leen]]) بخير الآن. نصيحتي: لا تقبلوا بأول مهلة يعطيها الروبوت.
"""),
    ),
    (
        "fv2cf-ar-03",
        "ar",
        _s("""
في شهر واحد انقطع النور في شقتنا أربع مرات، والقاطع الكهربائي يسقط كلما شغّلنا الغسالة. ابنتي
[[PERSON:نور]]، وعمرها [[AGE:١١ سنة]]، صارت تذاكر دروسها على ضوء الهاتف. اتصلتُ بـ
[[ORGANISATION:Hackney Vale Homes]] فقالوا إن الكهربائي سيتصل بي. المشكلة أنني أعمل في مطبخ
مستشفى ولا أستطيع الرد على الهاتف أثناء الدوام. هذا ما وجدته في هاتفي:

Missed call: [[PHONE:020 7946 0193]] (Mon 10:02)
Missed call: [[PHONE:020 7946 0193]] (Mon 14:40)
Voicemail from [[PHONE:020 7946 0193]]: "hello this is [[PERSON:craig]] from
[[ORGANISATION:volt safe electrical]] calling for [[PERSON:miriam hassan]] about the job at
[[ADDRESS:flat twelve lambourne house]] reference [[REFERENCE:three three oh nine one eight]]
please call back before four thanks"

(الترجمة: مرحباً، أنا [[PERSON:كريغ]] من شركة [[ORGANISATION:Volt Safe Electrical]]، أتصل من
أجل [[PERSON:ميريام حسن]] بخصوص العمل في [[ADDRESS:الشقة ١٢ في مبنى لامبورن هاوس]]، الرقم
المرجعي [[REFERENCE:٣٣٠٩١٨]].)

"[[ORGANISATION:Volt Safe]]: We were unable to reach you. Job [[REFERENCE:330918]] has been
returned to [[ORGANISATION:Hackney Vale Homes]]."

اسمي [[PERSON:مريم]] وليس [[PERSON:ميريام]]، لكن لا يهم. المهم أن العمل أُعيد إلى الشركة ولم
يتصل بي أحد بعدها. كتبتُ شكوى من المرحلة الأولى وطلبت أن يتواصلوا معي بالرسائل النصية أو
البريد فقط: [[EMAIL:maryam.hassan@example.org]]، ورقم جوالي للرسائل
[[PHONE:07700 900417]].

جاءني الرد من مسؤول الشكاوى [[PERSON:Tom Ashdown]]:
"Dear Ms [[PERSON:Hassan]], complaint [[REFERENCE:HVH-1-7742]] is upheld. Address:
[[ADDRESS:Flat 12, Lambourne House]], [[POSTCODE:E8 2LP]]. An electrician will attend on
Saturday."

جاء الكهربائي يوم السبت، ووجد أن الأسلاك في المطبخ قديمة وغير آمنة، فغيّرها كلها ووضع لوحة
قواطع جديدة. وأضافوا إلى ملفي ملاحظة: "contact by text/email only". الآن النور لا ينقطع،
و[[PERSON:نور]] تذاكر على مكتبها تحت المصباح.
"""),
    ),
    (
        "fv2cf-ar-04",
        "ar",
        _s("""
أنا [[PERSON:خالد منصور]]، نعيش ستة أشخاص في شقة بغرفتي نوم. ابني [[PERSON:عمر]] عمره
[[AGE:تسع سنوات]] ولديه [[HEALTH:شلل دماغي]] ويستعمل كرسياً متحركاً لا يدخل من باب الحمام.
سجّلنا في قائمة الإسكان لدى البلدية منذ ثلاث سنوات، وكل ما يصلني رسائل آلية من البوابة
الإلكترونية. هذه آخرها:

From: Housing Register <[[EMAIL:noreply@coventryhousing.example.org]]>
"Your housing register application [[REFERENCE:HR-558120]] has been reviewed. Your band is: C
(no change). You can bid on up to 3 properties each week."
Account name: MR [[PERSON:KHALED MANSOUR]] | Customer no. [[REFERENCE:30019822]] |
[[ADDRESS:66 Welland Road]], Coventry [[POSTCODE:CV1 2HU]]

(تمت مراجعة طلبك رقم [[REFERENCE:HR-558120]]. فئتك: C، دون تغيير.)

دون تغيير! مع أنني أرسلت رسالة من طبيبة [[PERSON:عمر]] في [[ADDRESS:عيادة ستوك ألدرمور]]
([[ADDRESS:Stoke Aldermoor Medical Centre]]) تشرح حالته. ساعدني ابن عمي [[PERSON:سامي]] في كتابة
شكوى بالإنجليزية إلى [[ORGANISATION:Coventry City Council]]، وأعطيتهم بريدي
[[EMAIL:khaled_mansour@example.com]] ورقم هاتفي [[PHONE:07700 900593]].

وجاء الرد بعد أسبوعين:
"Dear Mr [[PERSON:K. Mansour]], complaint [[REFERENCE:CCC-HSG-3317]]. The medical evidence from
Dr [[PERSON:Farah Iqbal]] was received on 2 May but was not passed to the medical assessor. We
apologise. Your application has now been placed in Band A (medical priority)."
(السيد [[PERSON:خ. منصور]]، وصلتنا رسالة الدكتورة [[PERSON:فرح إقبال]] في ٢ مايو لكنها لم
تُحوَّل إلى المقيّم الطبي. نعتذر. طلبكم الآن في الفئة A.)

بعد شهرين عُرض علينا بيت أرضي من ثلاث غرف بحمّام يدخله الكرسي. في أول ليلة هناك قال
[[PERSON:عمر]]: "بابا، الباب واسع!" نصيحتي: اسألوا دائماً هل وصل التقرير الطبي إلى الشخص
المسؤول، ولا تصدّقوا عبارة no change.
"""),
    ),
    (
        "fv2cf-ar-05",
        "ar",
        _s("""
اسمي [[PERSON:أمل بن علي]]، وأسكن في الطابق الثاني. في يناير بدأ الماء يتسرّب من حمّامنا إلى سقف
جارتنا في الأسفل، [[PERSON:أم ياسين]]، فاتصلت بـ[[ORGANISATION:Riverbend Housing]] فوراً.
أرسلوا المقاول، وتابعت كل شيء عبر تطبيقه على الهاتف. هذا ما ظهر لي:

[[ORGANISATION:QuickFix Property Care]]
09:12 Job [[REFERENCE:QF-118402]] raised for [[PERSON:A. BEN ALI]], [[ADDRESS:18B Gorse Hill
Road]], [[POSTCODE:M32 0PF]] - Leak (urgent)
13:30 Operative [[PERSON:Gary P.]] is on his way! Van reg [[OTHER_ID:LK19 DXF]]
13:55 [[PERSON:Gary P.]] has arrived.
14:20 Job [[REFERENCE:QF-118402]]: Follow-on work required. A new appointment will be made.

جاء [[PERSON:غاري]] ونظر تحت المغسلة وقال إن الأنبوب تحت البلاط ولا بدّ من فريق آخر. ثم مرّ
أسبوعان، وانتفخ السقف عند [[PERSON:أم ياسين]] وسقط جزء منه فوق سرير حفيدها. كنت قد فقدت الأمل
تماماً. ثم وصلتني هذه:

"Hi [[PERSON:Amel]], how likely are you to recommend [[ORGANISATION:QuickFix]]? Tap to rate:
qfpc.example.com/fb?case=[[REFERENCE:QF-118402]]"

لم أقيّم. بل كتبت شكوى إلى [[EMAIL:complaints@riverbend.example.org]] وذكرت رقم المستأجر
[[REFERENCE:RB-44781]] وهاتفي [[PHONE:07700 900288]]. اتصلت بي [[PERSON:Sandra Lowe]] من قسم
الشكاوى في اليوم نفسه، وأرسلوا سبّاكاً ومصلّح أسقف معاً خلال ٤٨ ساعة، وعوّضوا جارتي عن الفراش
والسقف، وأعطوني ١٥٠ جنيهاً. قالت لي [[PERSON:ساندرا]]: "من الآن لن نغلق أي مهمة قبل أن يؤكد
المستأجر أن الإصلاح تمّ". هذا ما تعلّمته: الأمل وحده لا يكفي، اكتبوا الشكوى.
"""),
    ),
    (
        "fv2cf-bn-01",
        "bn",
        _s("""
আমার নাম [[PERSON:রুমানা আক্তার]]। আমরা [[ADDRESS:ফ্ল্যাট ৯, ক্যাসন হাউস]]-এ থাকি, পাঁচতলার
একদম উপরে। গত শরতে বৃষ্টি হলেই ছাদ চুঁইয়ে পানি পড়ত, ঠিক [[PERSON:বৃষ্টির]] খাটের উপর।
[[PERSON:বৃষ্টি]] আমার মেয়ে, বয়স [[AGE:৫ বছর]]। নিচে হাউজিং কোম্পানির মেসেজগুলো দিলাম, সাথে
বাংলা মানে, যাতে আমার মতো যাদের ইংরেজি কম তারাও বুঝতে পারেন।

"Hi [[PERSON:Rumana]], your job [[REFERENCE:3390412]] is booked for Mon 18 Nov PM (12-6). Reply
Y to confirm. [[ORGANISATION:Tower Reach Homes]]"
([[PERSON:রুমানা]], আপনার কাজ নম্বর [[REFERENCE:৩৩৯০৪১২]], সোমবার ১৮ নভেম্বর দুপুর ১২টা থেকে
৬টা। নিশ্চিত করতে Y লিখুন।)

সারা বিকেল বসে থাকলাম। সন্ধ্যা ৬টা ৪০-এ এলো:

"[[ORGANISATION:Tower Reach Homes]]: Your job [[REFERENCE:3390412]] has been completed. Thank
you."
(আপনার কাজ শেষ হয়েছে। ধন্যবাদ।)

কেউ আসেইনি! পরদিন আবার বৃষ্টি, আবার বালতি। আমার ভাসুরের ছেলে [[PERSON:তানভীর]] অনলাইনে
স্টেজ ১ অভিযোগ করল। উত্তর এলো:

"Dear Ms [[PERSON:R AKHTAR]], complaint [[REFERENCE:TRH/CMP/5561]] received. Tenancy ref
[[REFERENCE:TR-0020915]]. Property: [[ADDRESS:Flat 9 Casson House, Dunelm Street]],
[[POSTCODE:E1 0QS]]. Your complaint handler is [[PERSON:Lydia Harcourt]],
[[PHONE:020 7946 0662]]."

[[PERSON:লিডিয়া]] আপা নিজে ফোন করলেন, আর স্বীকার করলেন যে সিস্টেমে ভুল করে কাজটা "completed"
দেখানো হয়েছিল। এক সপ্তাহের মধ্যে ছাদের ফাটল সারানো হলো, [[PERSON:বৃষ্টির]] ঘরের দেওয়ালে
ছত্রাকের চিকিৎসা হলো, আর আমরা ২০০ পাউন্ড ক্ষতিপূরণ পেলাম। এখন বৃষ্টি হলে
[[PERSON:বৃষ্টি]] জানালায় দাঁড়িয়ে দেখে, ভয় পায় না।
"""),
    ),
    (
        "fv2cf-bn-02",
        "bn",
        _s("""
আমি [[PERSON:মোহাম্মদ আবদুল করিম]], বয়স [[AGE:৬৪]]। [[ORGANISATION:Limehouse Cross Housing]]-এর
পোর্টাল থেকে যে ইমেইলগুলো আসে, সেগুলোর নিচে আমার নাম-ঠিকানা বড় হাতের অক্ষরে লেখা থাকে, কিন্তু
ভেতরের কথাগুলো কেউ পড়ে বলে মনে হয় না। দেখুন:

Subject: Update on your damp and mould report. "Hi [[PERSON:Mohammed]], an inspection has been
arranged for your damp and mould report [[REFERENCE:DM-240871]]. Our surveyor will call you to
agree a time." [[PERSON:MOHAMMED ABDUL KARIM]] · Tenancy [[REFERENCE:LCH-7713-02]] ·
[[ADDRESS:21 Sutton Court, Ben Jonson Road]], London [[POSTCODE:E1 4TX]]

সার্ভেয়ার কখনো ফোন করেননি। এক মাস পর:

Subject: Your report has been closed. "Hi [[PERSON:Mohammed]], we were unable to contact you, so
report [[REFERENCE:DM-240871]] has been closed. If the problem continues, please raise a new
report." [[PERSON:MOHAMMED ABDUL KARIM]] · Tenancy [[REFERENCE:LCH-7713-02]] · [[ADDRESS:21
Sutton Court, Ben Jonson Road]], London [[POSTCODE:E1 4TX]]

অথচ আমার ফোন নম্বর [[PHONE:07700 900735]] ওদের কাছে আছে, একটা মিসড কলও আসেনি। আমার নাতি
[[PERSON:আয়ান]], বয়স [[AGE:৪]], তার [[HEALTH:হাঁপানি]] আছে, আর [[ADDRESS:হারফোর্ড স্ট্রিট
সার্জারি]]-র ডাক্তার লিখে দিয়েছিলেন যে ছত্রাক ওর জন্য ক্ষতিকর। আমার মেয়ে [[PERSON:শাহানা]]
তখন সেই চিঠিসহ স্টেজ ১ অভিযোগ পাঠাল [[EMAIL:shahana.karim@example.com]] থেকে।

উত্তর এলো: "Dear Mr [[PERSON:M A Karim]], complaint [[REFERENCE:CX/2024/0819]]: upheld. We
closed your report without making contact, which was wrong. Mould treatment and a new extractor
fan will be completed by 14 March."
(জনাব [[PERSON:করিম]], আপনার অভিযোগ গ্রহণ করা হয়েছে। যোগাযোগ না করে রিপোর্ট বন্ধ করা আমাদের
ভুল ছিল। ১৪ মার্চের মধ্যে ছত্রাকের চিকিৎসা আর নতুন এক্সট্রাক্টর ফ্যান লাগানো হবে।)

১৪ মার্চের আগেই কাজ শেষ হলো, আর এখন পোর্টালে কোনো রিপোর্ট "closed" করার আগে বাসিন্দার সাথে
কথা বলা বাধ্যতামূলক। [[PERSON:আয়ান]]-এর কাশি অনেক কমেছে।
"""),
    ),
    (
        "fv2cf-bn-03",
        "bn",
        _s("""
আমি [[PERSON:নাসরিন সুলতানা]]। আমাদের ব্লক [[ADDRESS:অ্যাশফিল্ড হাউস]]-এর মূল দরজার তালা মাসের
পর মাস ভাঙা, রাতে বাইরের লোক ঢুকে সিঁড়িতে বসে নেশা করে। ফোন লাইনে ৪৫ মিনিট অপেক্ষা করার পর
[[ORGANISATION:Eastway Homes]]-এর ওয়েবসাইটের চ্যাটবটে লিখলাম। হুবহু তুলে দিলাম:

Bot: Welcome to [[ORGANISATION:Eastway Homes]]. What would you like to do?
You: report antisocial behaviour
Bot: To verify your identity, please enter your postcode and date of birth.
You: [[POSTCODE:e3 4hl]] [[DATE_OF_BIRTH:22/07/1984]]
Bot: Thank you, [[PERSON:Nasrin]]. Is this about [[ADDRESS:Flat 14, Ashfield House, Bow Common
Lane]]?
You: yes the main door is broken people come inside
Bot: Door entry systems are a repair. Would you like to report a repair instead?
You: its both!!
Bot: I have created ASB case [[REFERENCE:ASB-EH-20577]] and repair [[REFERENCE:R-8830146]]. An
officer will contact you within 10 working days.

জন্মতারিখ ([[DATE_OF_BIRTH:১৯৮৪ সালের ২২ জুলাই]]) দিয়ে পরিচয় দিতে হলো, অথচ কাজ হলো না: দশ
দিন পেরিয়ে গেল, কেউ যোগাযোগ করল না। আমার ছেলে [[PERSON:রাফি]], বয়স [[AGE:১৩]], স্কুল থেকে
ফেরার পথে সিঁড়িতে সিরিঞ্জ দেখে ভয়ে কাঁদছিল। তারপর আমি স্টেজ ১ অভিযোগ করলাম, চ্যাটের রেফারেন্স
দুটোসহ।

নেইবারহুড অফিসার [[PERSON:Callum Reyes]] এলেন তিন দিনের মধ্যে। তিনি বললেন, চ্যাটবট ASB কেস
তৈরি করে ঠিকই, কিন্তু কাউকে পাঠায় না; কেসটা কারো তালিকাতেই ছিল না! দুই সপ্তাহের মধ্যে নতুন
দরজা আর ফোব-তালা বসল, সিঁড়িতে ক্যামেরা লাগল। [[PERSON:ক্যালাম]] সাহেব তাঁর ইমেইল দিলেন,
[[EMAIL:c.reyes@eastway.example.org]], যাতে আবার কিছু হলে সরাসরি জানাতে পারি। এখন
[[PERSON:রাফি]] একা সিঁড়ি দিয়ে উঠতে ভয় পায় না।
"""),
    ),
    (
        "fv2cf-bn-04",
        "bn",
        _s("""
আমার আব্বা [[PERSON:শাহজাহান মিয়া]], বয়স [[AGE:৭৮]], কানে প্রায় শোনেন না ([[HEALTH:শ্রবণ
প্রতিবন্ধী]])। তিনি [[ADDRESS:৪ বেজলি স্ট্রিট]], [[POSTCODE:E14 0QZ]]-এ একা থাকেন। গ্যাস সেফটি
চেকের জন্য [[ORGANISATION:Poplar Riverside Homes]] তাঁকে বারবার ফোন করেছে, আর তাঁর ফোনে এগুলো
জমে ছিল:

Missed call: [[PHONE:020 7946 0905]] (4)
Voicemail to text: "hi this is [[PERSON:sharon]] from [[ORGANISATION:poplar riverside]] calling
for mister [[PERSON:shah john mia]] about your annual gas safety check at [[ADDRESS:four baisley
street]] we've tried several times please call us on [[PHONE:oh two oh seven nine four six oh
nine oh five]]"

তারপর ডাকে চিঠি এলো: "Dear Mr [[PERSON:S MIAH]], we have been unable to gain access for your gas
safety check (job [[REFERENCE:GS-61-22094]]). If we cannot gain access by 30 September we may
apply for an injunction."

ইনজাংশন! আব্বা ভয়ে রাতে ঘুমাতে পারেননি। আমি [[PERSON:রফিক]], তাঁর ছেলে। আমি
[[EMAIL:rafiq.miah@example.com]] থেকে অভিযোগ লিখলাম যে আব্বার শোনার সমস্যার কথা তাদের রেকর্ডে
আছে, টেনেন্সি নম্বর [[REFERENCE:PRH-100457]]।

অভিযোগ কর্মকর্তা [[PERSON:Deborah Quinn]] উত্তর দিলেন: "Dear Mr [[PERSON:Miah]], complaint
[[REFERENCE:PRH-C-3381]] is upheld. Your father's [[HEALTH:hearing loss]] was recorded in 2021 but
was not visible to the gas team. We have withdrawn the injunction letter and added you,
[[PERSON:Rafiq]], as his contact on [[PHONE:07700 900154]]."

পরের সপ্তাহে আমার উপস্থিতিতে গ্যাস চেক হলো, পনেরো মিনিটে। [[PERSON:ডেবোরা]] ম্যাডাম চিঠিতে
ক্ষমাও চাইলেন। এখন সব যোগাযোগ আমার কাছে আসে, আব্বা নিশ্চিন্তে থাকেন। যাঁদের বাবা-মা কানে কম
শোনেন, তাঁদের বলব: বাড়িওয়ালাকে লিখিতভাবে জানান, কার সাথে যোগাযোগ করতে হবে।
"""),
    ),
    (
        "fv2cf-bn-05",
        "bn",
        _s("""
আমি [[PERSON:ফারহানা চৌধুরী]]। আমার শাশুড়ি [[PERSON:শান্তি বেগম]] আমাদের সাথে থাকেন, তাঁর
[[HEALTH:ডায়াবেটিস]] আর [[HEALTH:আর্থ্রাইটিস]] আছে, রাতে কয়েকবার বাথরুমে যেতে হয়। জানুয়ারিতে
আমাদের একমাত্র টয়লেট ভেঙে গেল। [[ORGANISATION:Greenway Housing Group]] জরুরি কাজ বলে ঠিকাদার
পাঠাল। ঠিকাদারের অ্যাপে যা দেখলাম:

[[ORGANISATION:ProServe Repairs]]
08:05 Job [[REFERENCE:PS-7740318]] for [[PERSON:F. CHOWDHURY]], [[ADDRESS:37 Featherstall
Road]], [[POSTCODE:OL9 6QB]] - WC not flushing - Emergency
10:47 Operative [[PERSON:Tony R.]] is on his way 🚐 Reg [[OTHER_ID:MA68 UHV]]
11:02 [[PERSON:Tony R.]] is 5 minutes away
15:30 Job [[REFERENCE:PS-7740318]] rescheduled: part on order

"৫ মিনিট" লেখা থাকলেও [[PERSON:টনি]] ভাই আসেননি। সেই রাতে [[PERSON:শান্তি]] আম্মাকে পাশের বাসার
টয়লেটে নিয়ে যেতে হলো, ঠান্ডার মধ্যে, লাঠি হাতে। পরদিন সকালে এলো:

"Hi [[PERSON:Farhana]], tell us about your experience with [[ORGANISATION:ProServe]]:
proserve.example.com/survey/[[REFERENCE:PS-7740318]]"

আমি সার্ভে না করে সোজা [[PHONE:0161 496 0379]] নম্বরে ফোন করে স্টেজ ১ অভিযোগ দিলাম, আর
লিখিতভাবেও পাঠালাম। অভিযোগ দেখলেন [[PERSON:Nicola Berry]]। তিনি স্বীকার করলেন যে "part on
order" হলে জরুরি কাজের জন্য অন্য কোনো ব্যবস্থার কথা কারো মাথায় আসেনি। সেদিনই নতুন টয়লেট
বসানো হলো, ৭৫ পাউন্ড ক্ষতিপূরণ দিল, আর এখন একমাত্র টয়লেট নষ্ট হলে তারা অস্থায়ী কমোড পাঠায়।
অবশেষে বাড়িতে শান্তি ফিরেছে, আর [[PERSON:শান্তি]] আম্মা হাসতে হাসতে বলেন, "নামের মান রাখল!"
"""),
    ),
    (
        "fv2cf-pa-01",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਂ [[PERSON:ਹਰਪ੍ਰੀਤ ਕੌਰ ਗਿੱਲ]] ਹੈ। ਅਸੀਂ ਸਾਊਥਾਲ ਵਿੱਚ [[ADDRESS:ਗੁਰਦੁਆਰਾ ਨਾਨਕ ਦਰਬਾਰ]] ਦੇ
ਬਿਲਕੁਲ ਪਿੱਛੇ ਰਹਿੰਦੇ ਹਾਂ। ਦਸੰਬਰ ਵਿੱਚ ਸਾਡਾ ਬੁਆਇਲਰ ਬੰਦ ਹੋ ਗਿਆ। ਘਰ ਵਿੱਚ ਮੇਰੇ ਸਹੁਰਾ ਸਾਹਿਬ ਵੀ ਹਨ,
ਜਿਨ੍ਹਾਂ ਨੂੰ [[HEALTH:ਦਿਲ ਦੀ ਬਿਮਾਰੀ]] ਹੈ। [[ORGANISATION:Brentside Homes]] ਵੱਲੋਂ ਆਏ ਮੈਸੇਜ ਇੱਥੇ ਹਨ,
ਨਾਲ ਮੇਰਾ ਪੰਜਾਬੀ ਤਰਜਮਾ:

"Hi [[PERSON:Harpreet]], your heating repair [[REFERENCE:5087719]] is booked for Thu 12 Dec,
8am-6pm. Reply Y to confirm. [[ORGANISATION:Brentside Homes]]"
([[PERSON:ਹਰਪ੍ਰੀਤ]] ਜੀ, ਤੁਹਾਡੀ ਹੀਟਿੰਗ ਦੀ ਮੁਰੰਮਤ [[REFERENCE:੫੦੮੭੭੧੯]] ਵੀਰਵਾਰ ੧੨ ਦਸੰਬਰ ਨੂੰ, ਸਵੇਰੇ
੮ ਤੋਂ ਸ਼ਾਮ ੬ ਵਜੇ ਤੱਕ।)

ਸਾਰਾ ਦਿਨ ਉਡੀਕਦੇ ਰਹੇ। ਸ਼ਾਮ ਨੂੰ ਆਇਆ:
"Sorry [[PERSON:Harpreet]], your engineer is running late and your appointment for job
[[REFERENCE:5087719]] has been moved to Mon 16 Dec."

ਸੋਮਵਾਰ ਨੂੰ ਵੀ ਇਹੀ ਹੋਇਆ। ਚਾਰ ਰਾਤਾਂ ਅਸੀਂ ਸਹੁਰਾ ਸਾਹਿਬ ਨੂੰ ਬਿਜਲੀ ਦੇ ਹੀਟਰ ਕੋਲ ਸੁਲਾਇਆ। ਮੇਰੇ ਬੇਟੇ
[[PERSON:ਜੋਬਨ]] ਨੇ ਸਿੱਧਾ ਸ਼ਿਕਾਇਤਾਂ ਵਾਲੀ ਟੀਮ ਨੂੰ [[EMAIL:joban.gill@example.com]] ਤੋਂ ਈਮੇਲ ਲਿਖੀ।
ਜਵਾਬ ਆਇਆ:

"Dear Mrs [[PERSON:H K GILL]], complaint [[REFERENCE:BH-C-08841]]. We are sorry that two
appointments were missed. As there is a household member with a [[HEALTH:heart condition]], your
repair should have been prioritised. An engineer will attend today. Tenancy:
[[REFERENCE:BH/22/31907]], [[ADDRESS:14 Dormers Wells Lane]], [[POSTCODE:UB1 3HX]]."

ਉਸੇ ਦਿਨ ਇੰਜੀਨੀਅਰ [[PERSON:Kofi]] ਆਇਆ ਅਤੇ ਦੋ ਘੰਟਿਆਂ ਵਿੱਚ ਨਵਾਂ ਪੰਪ ਲਾ ਦਿੱਤਾ। [[PERSON:ਕੋਫ਼ੀ]] ਨੇ
ਸਹੁਰਾ ਸਾਹਿਬ ਨੂੰ ਥਰਮੋਸਟੈਟ ਵੀ ਸਮਝਾਇਆ। ਉਨ੍ਹਾਂ ਨੇ £੧੨੦ ਮੁਆਵਜ਼ਾ ਦਿੱਤਾ ਅਤੇ ਸਾਡੇ ਖਾਤੇ 'ਤੇ "vulnerable
household" ਲਿਖ ਦਿੱਤਾ। ਸਬਕ: ਘਰ ਵਿੱਚ ਕੋਈ ਬਿਮਾਰ ਹੈ ਤਾਂ ਪਹਿਲੇ ਦਿਨ ਹੀ ਲਿਖ ਕੇ ਦੱਸੋ।
"""),
    ),
    (
        "fv2cf-pa-02",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਗੁਰਮੀਤ ਸਿੰਘ ਬਰਾੜ]] ਹਾਂ, ਵੁਲਵਰਹੈਂਪਟਨ ਤੋਂ। ਪਿਛਲੇ ਸਾਲ ਮੈਨੂੰ [[HEALTH:ਅਧਰੰਗ]] ਹੋਇਆ
(ਖੱਬਾ ਪਾਸਾ), ਅਤੇ ਹੁਣ ਮੈਂ ਬਾਥ-ਟੱਬ ਵਿੱਚ ਨਹੀਂ ਵੜ ਸਕਦਾ। ਓ.ਟੀ. ਨੇ ਵਾਕ-ਇਨ ਸ਼ਾਵਰ ਦੀ ਸਿਫ਼ਾਰਸ਼ ਕੀਤੀ,
ਅਤੇ ਫਿਰ [[ORGANISATION:Black Country Living]] ਦੇ ਪੋਰਟਲ ਤੋਂ ਈਮੇਲਾਂ ਆਉਣ ਲੱਗੀਆਂ:

From: My Account <[[EMAIL:myaccount@bclliving.example.org]]>
"Hello [[PERSON:Gurmeet]], your adaptation request [[REFERENCE:AD-20417]] is now at stage:
Awaiting funding approval."
Account holder: MR [[PERSON:GURMEET SINGH BRAR]] | Tenancy no. [[REFERENCE:0601-99342]] |
[[ADDRESS:9 Lindale Close]], Wolverhampton [[POSTCODE:WV10 8JE]]

ਤਿੰਨ ਮਹੀਨੇ ਬਾਅਦ ਫਿਰ ਉਹੀ ਈਮੇਲ, ਉਹੀ ਸ਼ਬਦ:
"Hello [[PERSON:Gurmeet]], your adaptation request [[REFERENCE:AD-20417]] is now at stage:
Awaiting funding approval."
Account holder: MR [[PERSON:GURMEET SINGH BRAR]] | Tenancy no. [[REFERENCE:0601-99342]]

ਛੇ ਮਹੀਨੇ ਮੈਂ ਸਿਰਫ਼ ਸਪੰਜ ਨਾਲ ਨਹਾਉਂਦਾ ਰਿਹਾ। ਮੇਰੀ ਧੀ [[PERSON:ਰਮਨਦੀਪ]] ਹਰ ਸਵੇਰ ਕੰਮ ਤੋਂ ਪਹਿਲਾਂ
ਆ ਕੇ ਮਦਦ ਕਰਦੀ। ਉਸਨੇ ਸ਼ਿਕਾਇਤ ਲਿਖੀ ਅਤੇ ਓ.ਟੀ. ਦੀ ਰਿਪੋਰਟ ਨਾਲ ਲਾਈ। ਉਨ੍ਹਾਂ ਨੇ ਮੇਰਾ NHS ਨੰਬਰ ਵੀ
ਮੰਗਿਆ, [[OTHER_ID:401 023 2137]], ਜੋ [[PERSON:ਰਮਨ]] ਨੇ ਚਿੱਠੀ ਵਿੱਚ ਲਿਖ ਦਿੱਤਾ। ਜਵਾਬ ਆਇਆ:

"Dear Mr [[PERSON:G S Brar]], complaint [[REFERENCE:BCL/CMP/2291]]. Your request was approved in
March but the status on the portal was not updated and no works order was raised. This was our
failure. Works will start on 3 June. Contact: [[PERSON:Hannah Okoro]], adaptations team,
[[PHONE:0121 496 0647]]."
(ਅਰਜ਼ੀ ਮਾਰਚ ਵਿੱਚ ਹੀ ਮਨਜ਼ੂਰ ਹੋ ਚੁੱਕੀ ਸੀ, ਪਰ ਪੋਰਟਲ 'ਤੇ ਸਟੇਟਸ ਨਹੀਂ ਬਦਲਿਆ ਗਿਆ ਅਤੇ ਕੰਮ ਦਾ ਆਰਡਰ ਹੀ
ਨਹੀਂ ਬਣਿਆ।)

[[PERSON:ਹੈਨਾ]] ਜੀ ਨੇ ਹਰ ਹਫ਼ਤੇ ਫ਼ੋਨ ਕੀਤਾ। ਜੂਨ ਵਿੱਚ ਸ਼ਾਵਰ ਲੱਗ ਗਿਆ, ਨਾਲ ਫੜਨ ਵਾਲੀਆਂ ਰੇਲਿੰਗਾਂ ਵੀ।
ਹੁਣ ਪੋਰਟਲ ਅਸਲ ਸਟੇਟਸ ਦਿਖਾਉਂਦਾ ਹੈ। ਮੇਰੀ ਸਲਾਹ: ਆਟੋਮੈਟਿਕ ਈਮੇਲ 'ਤੇ ਭਰੋਸਾ ਨਾ ਕਰੋ, ਕਿਸੇ ਇਨਸਾਨ ਨਾਲ
ਗੱਲ ਕਰੋ।
"""),
    ),
    (
        "fv2cf-pa-03",
        "pa",
        _s("""
ਸਾਡੇ ਘਰ ਵਿੱਚ ਮਹੀਨਿਆਂ ਤੋਂ ਅਮਨ-ਚੈਨ ਨਹੀਂ ਸੀ। ਉੱਪਰ ਵਾਲੇ ਫਲੈਟ ਵਿੱਚ ਹਰ ਰਾਤ ਦੋ ਵਜੇ ਤੱਕ ਉੱਚੀ ਮਿਊਜ਼ਿਕ
ਵੱਜਦਾ, ਅਤੇ ਮੇਰੀ ਧੀ [[PERSON:ਅਮਨ]], ਜੋ [[AGE:੧੬ ਸਾਲ]] ਦੀ ਹੈ, GCSE ਦੇ ਪੇਪਰਾਂ ਦੀ ਤਿਆਰੀ ਨਹੀਂ ਕਰ
ਸਕਦੀ ਸੀ। ਮੈਂ [[PERSON:ਕੁਲਵਿੰਦਰ ਕੌਰ ਢਿੱਲੋਂ]] ਹਾਂ। [[ORGANISATION:Soar Valley Housing]] ਦੀ ਵੈੱਬਸਾਈਟ
'ਤੇ ਚੈਟਬੋਟ ਨਾਲ ਇਹ ਗੱਲਬਾਤ ਹੋਈ:

Bot: Hi there! I'm the [[ORGANISATION:Soar Valley]] assistant. How can I help?
You: noise from upstairs every night
Bot: I'm sorry about that. Can I take your full name?
You: [[PERSON:Kulwinder Kaur Dhillon]]
Bot: Thanks [[PERSON:Kulwinder]]. And your address?
You: [[ADDRESS:flat 2, 61 Catherine Street]] [[POSTCODE:le4 6ew]]
Bot: Have you tried speaking to your neighbour about the noise?
You: yes 3 times he swears at me
Bot: Noise nuisance can be reported to your local council's environmental health team. Is there
anything else I can help with?
You: YOU are my landlord
Bot: Sorry, I didn't understand. Chat reference: [[REFERENCE:SVH-CHAT-33018]]

ਮੈਨੂੰ ਬਹੁਤ ਗੁੱਸਾ ਆਇਆ। ਕਿਰਾਏਦਾਰੀ ਦੀਆਂ ਸ਼ਰਤਾਂ ਵਿੱਚ ਸਾਫ਼ ਲਿਖਿਆ ਹੈ ਕਿ ਗੁਆਂਢੀਆਂ ਨੂੰ ਤੰਗ ਕਰਨਾ ਮਨ੍ਹਾ
ਹੈ। ਮੈਂ [[PHONE:0116 496 0253]] 'ਤੇ ਫ਼ੋਨ ਕੀਤਾ ਅਤੇ ਚੈਟ ਰੈਫਰੈਂਸ [[REFERENCE:SVH-CHAT-33018]] ਦੱਸ
ਕੇ ਸਟੇਜ ੧ ਸ਼ਿਕਾਇਤ ਦਰਜ ਕਰਵਾਈ।

ਟੈਨੈਂਸੀ ਅਫ਼ਸਰ [[PERSON:Ruth Adeyinka]] ਨੇ ਇੱਕ ਹਫ਼ਤੇ ਵਿੱਚ ਸ਼ੋਰ ਰਿਕਾਰਡ ਕਰਨ ਵਾਲੀ ਐਪ ਦਿੱਤੀ, ASB ਕੇਸ
[[REFERENCE:ASB/SV/1190]] ਖੋਲ੍ਹਿਆ, ਅਤੇ ਗੁਆਂਢੀ ਨੂੰ ਲਿਖਤੀ ਚੇਤਾਵਨੀ ਦਿੱਤੀ। [[PERSON:ਰੂਥ]] ਨੇ ਮੰਨਿਆ
ਕਿ ਚੈਟਬੋਟ ਗ਼ਲਤੀ ਨਾਲ ਸਾਰੇ ਸ਼ੋਰ ਵਾਲੇ ਮਾਮਲੇ ਕੌਂਸਲ ਵੱਲ ਭੇਜ ਰਿਹਾ ਸੀ; ਹੁਣ ਇਹ ਠੀਕ ਕਰ ਦਿੱਤਾ ਗਿਆ ਹੈ।
[[PERSON:ਅਮਨ]] ਦੇ ਪੇਪਰ ਵਧੀਆ ਹੋਏ, ਅਤੇ ਘਰ ਵਿੱਚ ਫਿਰ ਤੋਂ ਅਮਨ-ਚੈਨ ਹੈ।
"""),
    ),
    (
        "fv2cf-pa-04",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਜਸਵੀਰ ਸਿੰਘ]] ਹਾਂ, ਟੈਕਸੀ ਚਲਾਉਂਦਾ ਹਾਂ, ਇਸ ਲਈ ਦਿਨ ਵੇਲੇ ਫ਼ੋਨ ਨਹੀਂ ਚੁੱਕ ਸਕਦਾ। ਸਾਡੇ ਘਰ
[[ADDRESS:੪੫ ਰੋਲਫ਼ ਸਟਰੀਟ]], ਸਮੈਦਿਕ [[POSTCODE:B66 2AR]] ਦੀਆਂ ਖਿੜਕੀਆਂ ਦੇ ਫਰੇਮ ਗਲ਼ ਚੁੱਕੇ ਸਨ,
ਅਤੇ [[ORGANISATION:Sandwell Vale Homes]] ਨੇ ਨਵੀਆਂ ਖਿੜਕੀਆਂ ਦਾ ਵਾਅਦਾ ਕੀਤਾ ਸੀ। ਫਿਰ ਮੇਰੇ ਫ਼ੋਨ
'ਤੇ ਇਹ ਆਇਆ:

Missed call: [[PHONE:0121 496 0718]] (Tue 11:20)
Missed call: [[PHONE:0121 496 0718]] (Wed 09:05)
Voicemail from [[PHONE:0121 496 0718]]: "hello this message is for [[PERSON:jasmeer singh]] it's
[[PERSON:becky]] from the window replacement team at [[ORGANISATION:sandwell vale]] we need to
measure up at [[ADDRESS:forty five rolf street]] give us a ring or we'll have to take you off this
year's programme"

(ਮੇਰਾ ਨਾਂ [[PERSON:ਜਸਵੀਰ]] ਹੈ, [[PERSON:ਜਸਮੀਰ]] ਨਹੀਂ!) [[PERSON:ਬੈਕੀ]] ਕਹਿੰਦੀ ਹੈ ਕਿ ਜੇ ਮੈਂ ਫ਼ੋਨ ਨਾ
ਕੀਤਾ ਤਾਂ ਸਾਨੂੰ ਇਸ ਸਾਲ ਦੀ ਲਿਸਟ ਵਿੱਚੋਂ ਕੱਢ ਦੇਣਗੇ। ਦੋ ਦਿਨ ਬਾਅਦ ਇਹ ਮੈਸੇਜ:

"[[ORGANISATION:Sandwell Vale Homes]]: We have been unable to contact you about window
replacement (ref [[REFERENCE:WR-24-0562]]). Your home has been removed from the 2024/25
programme."

ਮੈਂ ਤਿੰਨ ਵਾਰ ਸ਼ਾਮ ਨੂੰ ਫ਼ੋਨ ਕੀਤਾ, ਦਫ਼ਤਰ ਬੰਦ ਸੀ। ਮੇਰੀ ਪਤਨੀ [[PERSON:ਪਰਮਜੀਤ]] ਨੇ ਕਿਹਾ ਲਿਖ ਕੇ
ਸ਼ਿਕਾਇਤ ਕਰੋ। ਅਸੀਂ [[EMAIL:jasvir.singh45@example.com]] ਤੋਂ ਈਮੇਲ ਕੀਤੀ ਅਤੇ ਸ਼ਾਮ ਵਾਲਾ ਨੰਬਰ
[[PHONE:07700 900863]] ਦਿੱਤਾ। ਜਵਾਬ:

"Dear Mr [[PERSON:J Singh]], complaint [[REFERENCE:SVH-0093-C]]. We should have offered an
evening or weekend appointment. Your home has been put back on the programme and our surveyor
[[PERSON:Becky Lyons]] will visit on Saturday 9 March."

ਸ਼ਨੀਵਾਰ ਨੂੰ [[PERSON:ਬੈਕੀ]] ਆਈ, ਮਿਣਤੀ ਕੀਤੀ, ਅਤੇ ਮਈ ਵਿੱਚ ਨਵੀਆਂ ਖਿੜਕੀਆਂ ਲੱਗ ਗਈਆਂ। ਹੁਣ ਮੇਰੇ ਖਾਤੇ
'ਤੇ ਲਿਖਿਆ ਹੈ: "call after 6pm or text"। ਛੋਟੀ ਜਿਹੀ ਗੱਲ, ਪਰ ਵੱਡਾ ਫ਼ਰਕ।
"""),
    ),
    (
        "fv2cf-pa-05",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਨਰਿੰਦਰ ਕੌਰ]] ਹਾਂ, ਉਮਰ [[AGE:੭੧ ਸਾਲ]], ਅਤੇ ਇਕੱਲੀ ਰਹਿੰਦੀ ਹਾਂ। ਫਰਵਰੀ ਵਿੱਚ ਮੇਰੀ
ਰਸੋਈ ਦੀ ਛੱਤ ਤੋਂ ਪਾਣੀ ਟਪਕਣ ਲੱਗਾ ਅਤੇ ਲਾਈਟ ਵਿੱਚ ਵੀ ਪਾਣੀ ਆ ਗਿਆ। [[ORGANISATION:Trent Meadows
Housing]] ਨੇ ਠੇਕੇਦਾਰ ਭੇਜਿਆ, ਅਤੇ ਮੇਰੇ ਪੋਤੇ [[PERSON:ਅਰਜੁਨ]] ਨੇ ਮੇਰੇ ਫ਼ੋਨ ਵਿੱਚ ਉਨ੍ਹਾਂ ਦੀ ਐਪ ਪਾ
ਦਿੱਤੀ। ਐਪ ਦੇ ਸੁਨੇਹੇ:

[[ORGANISATION:HomeFix Direct]]
Job [[REFERENCE:HFD-552019]] - [[PERSON:N. KAUR]] - [[ADDRESS:3 Ilkeston Road]],
[[POSTCODE:NG7 3GH]] - Water through light fitting (EMERGENCY)
Operative [[PERSON:Sukh B.]] is on his way! Vehicle [[OTHER_ID:FD70 KSW]]
Operative [[PERSON:Sukh B.]] has arrived
Job [[REFERENCE:HFD-552019]] completed - made safe

[[PERSON:ਸੁੱਖ]] ਪੁੱਤਰ ਬਹੁਤ ਚੰਗਾ ਸੀ। ਉਸਨੇ ਬਿਜਲੀ ਬੰਦ ਕੀਤੀ ਅਤੇ ਦੱਸਿਆ ਕਿ ਉੱਪਰ ਵਾਲੇ ਫਲੈਟ ਦੀ
ਪਾਈਪ ਫਟੀ ਹੈ। ਪਰ "made safe" ਤੋਂ ਬਾਅਦ ਕੋਈ ਨਹੀਂ ਆਇਆ। ਦਸ ਦਿਨ ਮੈਂ ਰਸੋਈ ਵਿੱਚ ਟਾਰਚ ਨਾਲ ਰੋਟੀ
ਬਣਾਈ। ਫਿਰ ਇਹ ਆਇਆ:

"Hi [[PERSON:Narinder]], how did [[PERSON:Sukh]] do today? Rate your visit:
hfd.example.com/rate/[[REFERENCE:HFD-552019]]"

ਮੈਂ [[PERSON:ਸੁੱਖ]] ਨੂੰ ਪੰਜ ਤਾਰੇ ਦਿੱਤੇ, ਪਰ ਨਾਲ ਲਿਖਿਆ ਕਿ ਕੰਮ ਅਧੂਰਾ ਹੈ। [[PERSON:ਅਰਜੁਨ]] ਨੇ
ਸ਼ਿਕਾਇਤ ਭੇਜੀ, ਮੇਰਾ ਟੈਨੈਂਸੀ ਨੰਬਰ [[REFERENCE:TMH-004731]] ਅਤੇ ਫ਼ੋਨ [[PHONE:0115 496 0392]]
ਲਿਖ ਕੇ। ਸ਼ਿਕਾਇਤ ਅਫ਼ਸਰ [[PERSON:Lorraine Stott]] ਨੇ ਮੰਨਿਆ ਕਿ "made safe" ਵਾਲੇ ਕੰਮ ਆਪਣੇ ਆਪ ਬੰਦ ਹੋ
ਜਾਂਦੇ ਸਨ ਅਤੇ ਅਗਲਾ ਕੰਮ ਕੋਈ ਨਹੀਂ ਬਣਾਉਂਦਾ ਸੀ। ਤਿੰਨ ਦਿਨਾਂ ਵਿੱਚ ਛੱਤ ਅਤੇ ਬਿਜਲੀ ਠੀਕ ਹੋ ਗਈ, ਅਤੇ
£੧੦੦ ਮੁਆਵਜ਼ਾ ਮਿਲਿਆ। ਹੁਣ ਜਾ ਕੇ ਸੁਖ ਦਾ ਸਾਹ ਆਇਆ।
"""),
    ),
    (
        "fv2cf-pl-01",
        "pl",
        _s("""
Nazywam się [[PERSON:Małgorzata Wróbel]] i wklejam SMS-y od [[ORGANISATION:Fenland Rivers
Housing]], bo chcę, żeby inni zobaczyli, jak to wygląda od środka. Mieszkam z synkiem
[[PERSON:Kacperkiem]] ([[AGE:3 latka]]) pod adresem [[ADDRESS:Flat 4, 22 Lincoln Road]],
[[POSTCODE:PE1 2RT]]. Od listopada w sypialni rośnie pleśń, a [[PERSON:Kacperek]] ma
[[HEALTH:astmę]].

"Hi [[PERSON:Malgorzata]], your repair [[REFERENCE:66120498]] (damp/mould inspection) is booked
for Wed 27 Nov AM. Reply Y to confirm or N to cancel. [[ORGANISATION:Fenland Rivers]]"
(Cześć, [[PERSON:Małgorzato]], naprawa [[REFERENCE:66120498]], oględziny wilgoci i pleśni, środa
27 listopada rano. Odpisz Y, żeby potwierdzić.)

Odpisałam Y. Nikt nie przyszedł. Wieczorem:
"Hi [[PERSON:Malgorzata]], we're sorry we couldn't attend today. We'll be in touch to rebook job
[[REFERENCE:66120498]]."

I znowu cisza. Po trzech tygodniach przyszła ankieta:
"How satisfied were you with repair [[REFERENCE:66120498]]?
fenlandrivers.example.org/feedback?job=[[REFERENCE:66120498]]"

Ankieta o naprawie, której nie było! Sąsiadka, pani [[PERSON:Halina]], pomogła mi napisać skargę
po angielsku. Wysłałam ją z [[EMAIL:gosia.wrobel@example.com]]. Odpowiedź:

"Dear Ms [[PERSON:M. WROBEL]], complaint [[REFERENCE:FRH-ST1-4420]]. We failed to rebook your
inspection and sent you a survey in error. Our surveyor [[PERSON:Paul Dunmore]] will visit on 17
December. Tenancy ref [[REFERENCE:FR-T-18837]]."

Pan [[PERSON:Paul]] przyszedł punktualnie i znalazł zatkany wentylator w łazience i przeciekającą
rynnę. Skończyło się na nowym wentylatorze, osuszaczu, zmyciu pleśni i malowaniu, plus £100
rekompensaty. W pracy wszyscy mówią na mnie [[PERSON:Gosia]], więc kiedy [[PERSON:Paul]] zapytał,
jak się do mnie zwracać, powiedziałam: "[[PERSON:Gosia]] is fine". Teraz [[PERSON:Kacperek]] śpi w suchym
pokoju, a ja wiem, że na SMS-y nie wolno czekać w nieskończoność.
"""),
    ),
    (
        "fv2cf-pl-02",
        "pl",
        _s("""
Nazywam się [[PERSON:Wiesław Zając]], mam [[AGE:67 lat]] i od 2016 roku wynajmuję mieszkanie od
[[ORGANISATION:Kingsmead Housing]]. W sierpniu portal zaczął mi przysyłać maile o zaległościach
w czynszu, choć płacę poleceniem zapłaty co miesiąc. Oto jeden z nich:

From: [[EMAIL:rent@kingsmead.example.org]]
"Dear [[PERSON:Wieslaw]], your rent account is in arrears of £842.16. Please pay now to avoid
further action."
Account: MR [[PERSON:WIESLAW ZAJAC]] | Rent ref [[REFERENCE:KM-0072391]] | [[ADDRESS:Flat 11,
Orchard House, 3 Mill Lane]], [[POSTCODE:SL1 4QE]]

A w tym samym portalu, w zakładce "Payments", było potwierdzenie:
"Direct Debit set up. Account holder: [[PERSON:W ZAJAC]]. Sort code [[OTHER_ID:20-45-77]],
account ending [[OTHER_ID:4471]]. First collection: 1 August."

Czyli pieniądze szły, tylko nie tam, gdzie trzeba. Zadzwoniłem na [[PHONE:01632 960418]];
powiedzieli, żebym "sprawdził swój bank". Potem przyszedł list z groźbą wypowiedzenia i przez dwa
tygodnie nie spałem. Mam [[HEALTH:nadciśnienie]], lekarka kazała mi się nie denerwować. Syn
[[PERSON:Tomek]] przyjechał z Reading i razem napisaliśmy skargę, z wyciągami z banku.

Odpowiedź:
"Dear Mr [[PERSON:W. Zajac]], complaint [[REFERENCE:KH/CC/7716]]. Your Direct Debit payments since
August were allocated to a closed account, [[REFERENCE:KM-0072319]], because of a keying error.
Your account is now correct and the arrears letter has been withdrawn. We apologise."

Pani [[PERSON:Debbie]] z działu czynszów zadzwoniła osobiście i przeprosiła, a do
[[PERSON:Tomka]] też zadzwoniła, bo był podany jako kontakt. Mówiła do mnie "Mr [[PERSON:Zajac]]", a ja jej,
że może być po prostu [[PERSON:Wiesiek]]. Dwie cyfry zamienione miejscami i trzy miesiące nerwów.
Moja rada: trzymajcie wyciągi i nie dajcie się zbyć słowami "sprawdź swój bank".
"""),
    ),
    (
        "fv2cf-pl-03",
        "pl",
        _s("""
Piszę w imieniu babci, [[PERSON:Róży Lewandowskiej]]. Babcia ma [[AGE:78 lat]], mieszka sama w
[[ADDRESS:bungalowie nr 6]] na osiedlu [[ADDRESS:Elmfield Court]] i całe życie hodowała róże w
ogródku. W styczniu zepsuło się jej ogrzewanie. Ja jestem [[PERSON:Ola]], jej wnuczka, i to ja
siadłam do czatu na stronie [[ORGANISATION:Beacon Vale Homes]]:

Bot: Hello, I'm the [[ORGANISATION:Beacon Vale]] helper. Are you the tenant?
You: no, I'm her granddaughter
Bot: I can only discuss an account with the tenant or an authorised person. What is the tenant's
full name?
You: [[PERSON:Roza Lewandowska]]
Bot: And the tenant's date of birth?
You: [[DATE_OF_BIRTH:2 May 1946]]
Bot: Thanks. You are not listed as an authorised person for [[PERSON:ROZA LEWANDOWSKA]]. Please
ask the tenant to contact us on [[PHONE:0114 496 0221]].
You: she doesn't speak English well and she's freezing
Bot: I'm sorry, I didn't understand that. Conversation ID: [[REFERENCE:BVH-7C2219]]

Zadzwoniłam z babcią na głośniku. Konsultant [[PERSON:Liam]] pozwolił babci powiedzieć po polsku
"tak, [[PERSON:Ola]] może mówić za mnie" i dopisał mnie do konta. Zgłoszenie
[[REFERENCE:R-5530772]] przyjął, ale technik przyszedł dopiero po pięciu dniach, a babcia w tym
czasie spała w płaszczu. Złożyłam skargę mailem z [[EMAIL:ola.nowicka@example.com]].

"Dear Ms [[PERSON:Nowicka]], complaint [[REFERENCE:BVH-CS-1883]]. A tenant aged over 75 with no
heating should be treated as an emergency. We have added [[PERSON:Aleksandra Nowicka]] as an
authorised contact for [[ADDRESS:6 Elmfield Court]], [[POSTCODE:S5 7TN]], and the chatbot will
now offer a call-back in any language."

Babcia dostała nowy kocioł i £150 rekompensaty. Pani [[PERSON:Róża]] mówi, że pierwszy raz ktoś w
Anglii wymówił jej imię poprawnie. Wiosną znów siedziała w ogródku między różami.
"""),
    ),
    (
        "fv2cf-pl-04",
        "pl",
        _s("""
Nazywam się [[PERSON:Krzysztof Mazur]]. Mieszkamy pod adresem [[ADDRESS:Flat 5, 140
Wellingborough Road]], [[POSTCODE:NN1 4DT]], a z [[ADDRESS:mieszkania nr 8]] nad nami od stycznia
cieknie woda do naszej łazienki. Pracuję na zmiany w magazynie, więc telefony od
[[ORGANISATION:Wyvern Homes]] widzę dopiero wieczorem:

Missed call: [[PHONE:01632 960127]] (3)
Voicemail-to-text from [[PHONE:01632 960127]]: "hi [[PERSON:kristof]] it's [[PERSON:dan]] from
[[ORGANISATION:nene valley property services]] calling about the leak at [[ADDRESS:flat five]]
we need to get into [[ADDRESS:flat eight]] as well can you call me back on [[PHONE:oh seven seven
double oh nine hundred three four one]] cheers"

Żona, [[PERSON:Agnieszka]], oddzwoniła na [[PHONE:07700 900341]], ale [[PERSON:Dan]] powiedział,
że bez dostępu do [[ADDRESS:mieszkania nr 8]] nic nie zrobi. Potem SMS:

"[[ORGANISATION:Wyvern Homes]]: Your leak job [[REFERENCE:WH-L-30558]] is on hold awaiting access
to another property."

Cztery tygodnie "on hold". Sufit w łazience zrobił się czarny, a nasz syn [[PERSON:Filip]]
([[AGE:2 lata]]) ma [[HEALTH:atopowe zapalenie skóry]] i po każdej kąpieli było gorzej.
[[PERSON:Agnieszka]] w końcu powiedziała: "[[PERSON:Krzysiu]], pisz skargę". Napisaliśmy ją
razem z [[EMAIL:k.mazur@example.org]], z numerem najmu [[REFERENCE:WYV-209-446]].

Odpowiedź od [[PERSON:Sarah Kemble]]:
"Dear Mr [[PERSON:K. Mazur]], complaint [[REFERENCE:WH/ST1/0097]]. We should have used our tenancy
powers to gain access to [[ADDRESS:flat 8]] within 14 days. The leak will be repaired this week
and your bathroom ceiling replaced."

Pani [[PERSON:Sarah]] zadzwoniła potem do [[PERSON:Agnieszki]] i przeprosiła za tamte cztery
tygodnie. Przeciek naprawili w trzy dni, sufit wymienili, dostaliśmy £200. Wniosek: "on hold" to
nie jest odpowiedź, trzeba pytać, na co dokładnie czekają.
"""),
    ),
    (
        "fv2cf-pl-05",
        "pl",
        _s("""
Jestem [[PERSON:Bożena Kowalczyk]], samotna mama. Mieszkamy z córką [[PERSON:Hanią]]
([[AGE:10 lat]]) w Crewe, u [[ORGANISATION:Cheshire Plains Housing]]. W lutowej wichurze pękła
szyba w oknie pokoju [[PERSON:Hani]]; zabili je deską i przysłali szklarza. Oto aplikacja
szklarza:

[[ORGANISATION:ClearView Glazing]] - job tracker
Job [[REFERENCE:CVG-20931-B]] for [[PERSON:B KOWALCZYK]] - [[ADDRESS:52 Gresty Road]] - Boarded
window, reglaze
Mon 08:15 Your glazier [[PERSON:Bartek W.]] is on the way! Van: [[OTHER_ID:CX66 RPL]]
Mon 08:50 [[PERSON:Bartek W.]] has arrived
Mon 09:10 Job paused: incorrect glass size

Pan [[PERSON:Bartek]] był bardzo miły, zmierzył okno jeszcze raz i przeprosił, że biuro zamówiło
złą szybę. Potem dwa tygodnie z deską w oknie. [[PERSON:Hania]] ma [[HEALTH:ADHD]] i w ciemnym
pokoju nie mogła zasnąć, spała ze mną. A w piątek SMS:

"Hi [[PERSON:Bozena]], please rate [[PERSON:Bartek]]'s visit (job [[REFERENCE:CVG-20931-B]]):
cvglazing.example.com/rate/[[REFERENCE:CVG-20931-B]]"

Napisałam skargę na [[EMAIL:complaints@cheshireplains.example.org]]: adres
[[ADDRESS:52 Gresty Road]], [[POSTCODE:cw26ub]], numer najmu [[REFERENCE:CPH-T-55012]], telefon
[[PHONE:07700 900447]]. Dostałam numer sprawy [[REFERENCE:CPH-22-6104]] i telefon od pana
[[PERSON:Marcusa Lee]] z działu skarg, [[PHONE:0161 496 0956]]. Przyznał, że okno dziecięcego
pokoju zabite deską powinno być pilne, a szklarz powinien mierzyć przed zamówieniem szyby.

Szybę wstawili w tym samym tygodniu, dostałam £80 i przeprosiny na piśmie. W sobotę
[[PERSON:Hanię]] obudziło słońce przez nową szybę.
"""),
    ),
    (
        "fv2cf-ro-01",
        "ro",
        _s("""
Mă numesc [[PERSON:Ionuț Stoica]] și locuiesc cu soția mea, [[PERSON:Crina]], și cu băiatul
nostru, [[PERSON:Matei]] ([[AGE:4 ani]]), la [[ADDRESS:84 Fore Street]], Edmonton,
[[POSTCODE:N18 2XA]]. Din octombrie, peretele din dormitor e negru de mucegai. Iată mesajele de
la [[ORGANISATION:Leaside Homes]], cu traducerea mea:

"Hi [[PERSON:Ionut]], your damp & mould inspection [[REFERENCE:LH-DM-77120]] is booked for Thu 7
Nov, 8am-1pm. Reply Y to confirm. [[ORGANISATION:Leaside Homes]]"
(Salut, [[PERSON:Ionuț]], inspecția pentru umezeală și mucegai [[REFERENCE:LH-DM-77120]] e
programată joi, 7 noiembrie, între 8 și 13.)

Am răspuns Y. A venit un domn, a șters peretele cu o cârpă și a plecat. Apoi:

"Hi [[PERSON:Ionut]], your inspection [[REFERENCE:LH-DM-77120]] is complete. Outcome:
condensation - advice given. Tell us how we did: leaside.example.org/fb/[[REFERENCE:LH-DM-77120]]"

Sfaturi! Adică să deschidem geamul în noiembrie. În decembrie, lui [[PERSON:Matei]] i s-a pus
diagnosticul de [[HEALTH:bronșiolită]] și a stat două nopți în spital. [[PERSON:Crina]] a găsit
pe gov.uk/social-housing-complaints pașii pentru o reclamație, iar eu am scris una de etapa 1 de
pe [[EMAIL:ionut.stoica@example.com]]. Răspunsul:

"Dear Mr [[PERSON:I STOICA]], complaint [[REFERENCE:LHC-1-05512]]. Our inspection did not
identify the cause. A follow-up survey found a leaking gutter and failed cavity insulation. Works
will be completed by 20 January. Contact: [[PERSON:Anita Sharma]], [[PHONE:020 7946 0388]]."

Doamna [[PERSON:Anita]] ne-a sunat pe amândoi, și pe mine, și pe [[PERSON:Crina]], și ne-a
explicat ce s-a greșit. Au reparat jgheabul, au refăcut izolația, au tratat peretele și ne-au dat
£300 despăgubire. Acum [[PERSON:Matei]] doarme în camera lui, iar eu am învățat că un SMS cu
"advice given" nu e un răspuns.
"""),
    ),
    (
        "fv2cf-ro-02",
        "ro",
        _s("""
Sunt [[PERSON:Mihaela-Andreea Popescu]], dar toată lumea îmi spune [[PERSON:Mihaela]]. Locuiesc în
Harrow cu fiul meu, [[PERSON:Darius]], care are [[AGE:12 ani]] și [[HEALTH:epilepsie]]. În
noiembrie centrala mergea doar pe jumătate și nu se aprindea nicio luminiță pe ea. Din portalul
[[ORGANISATION:Weald Common Housing]] am primit aceste e-mailuri:

From: MyHome <[[EMAIL:noreply@wealdcommon.example.org]]>
"Hi [[PERSON:Mihaela-Andreea]], your repair request [[REFERENCE:WC-314770]] (heating - partial
loss) has been logged as ROUTINE. Target: 20 working days."
Account: MS [[PERSON:MIHAELA-ANDREEA POPESCU]] · Tenancy [[REFERENCE:WCH/05/2218]] ·
[[ADDRESS:Flat 1, 19 Locket Road]], [[POSTCODE:HA3 7NB]]

Rutină! Neurologul ne spusese că frigul și oboseala pot declanșa crizele lui [[PERSON:Darius]].
Am sunat și mi-au spus să "actualizez datele de vulnerabilitate în portal". Am făcut-o. Apoi:

"Hi [[PERSON:Mihaela-Andreea]], thank you for updating your household details. Please allow 10
working days for changes to be reviewed."
Account: MS [[PERSON:MIHAELA-ANDREEA POPESCU]] · Tenancy [[REFERENCE:WCH/05/2218]] ·
[[ADDRESS:Flat 1, 19 Locket Road]], [[POSTCODE:HA3 7NB]]

În a șasea zi, [[PERSON:Darius]] a avut o criză la școală, la [[ADDRESS:Wealdstone Park
School]]. Vecina mea, [[PERSON:Luminița]], m-a ajutat să scriu reclamația în engleză. Răspunsul a
venit pe adresa mea, [[EMAIL:mihaela.popescu84@example.com]]:

"Dear Ms [[PERSON:M-A Popescu]], complaint [[REFERENCE:WCH-C-0640]]. Your son's
[[HEALTH:epilepsy]] should have made this an urgent repair. Vulnerability updates now take effect
immediately. Your case officer is [[PERSON:Grace Mbeki]], [[PHONE:020 7946 0741]]."

Centrala a fost reparată a doua zi, iar doamna [[PERSON:Grace]] ne-a adus și un radiator electric
până la verificarea finală. Am primit £200. Doamnei [[PERSON:Grace]] și [[PERSON:Luminiței]] le
mulțumesc din suflet.
"""),
    ),
    (
        "fv2cf-ro-03",
        "ro",
        _s("""
Mă numesc [[PERSON:Florin Dumitrescu]] și stau cu soția mea, [[PERSON:Doina]], în
[[ADDRESS:apartamentul 23 din blocul Carlton Point]], în Luton. Din martie avem ploșnițe. Nopțile
erau un chin: [[PERSON:Doina]] are [[HEALTH:dermatită atopică]], iar mușcăturile i se infectau.
Seara își cânta încet o doină de-acasă ca să nu se scarpine. Am scris pe chatul de pe site-ul
[[ORGANISATION:Chiltern Gate Homes]]:

Bot: Hi, I'm Max, [[ORGANISATION:Chiltern Gate Homes]]' digital assistant. What's your query
about?
You: bed bugs in flat
Bot: Pest control for bed bugs is the tenant's responsibility. Here is a list of local pest
control companies.
You: but they come from the flat next door, whole block has them
Bot: Sorry, I didn't understand. Can I help with anything else?
You: complaint
Bot: To make a complaint I need your tenancy reference.
You: [[REFERENCE:CGH-T-58831]]
Bot: Thank you, [[PERSON:FLORIN]]. Your complaint [[REFERENCE:CGH-CMP-44019]] has been logged. We
will respond within 10 working days.

Am plătit deja £180 unei firme private, degeaba, pentru că ploșnițele veneau înapoi prin pereți
de la vecini. Am mai trimis și poze pe [[EMAIL:florin.dumitrescu@example.org]] și le-am lăsat
numărul meu, [[PHONE:07700 900529]].

Răspunsul a venit de la [[PERSON:Kieran Walsh]]: "Dear Mr [[PERSON:Dumitrescu]], complaint
[[REFERENCE:CGH-CMP-44019]]. Where an infestation affects several flats, treatment is the
landlord's responsibility. We will treat all flats on floors 4 and 5 of [[ADDRESS:Carlton
Point]], [[POSTCODE:LU1 3DE]], and refund your costs."

Au tratat tot blocul de trei ori, ne-au dat înapoi cele £180 și au schimbat răspunsul din chat.
Domnul [[PERSON:Kieran]] a sunat-o chiar și pe [[PERSON:Doina]] să întrebe cum îi e pielea. Acum
dormim liniștiți, iar [[PERSON:Doinei]] i s-au vindecat rănile.
"""),
    ),
    (
        "fv2cf-ro-04",
        "ro",
        _s("""
Pe mine mă cheamă [[PERSON:Speranța Moldovan]], am [[AGE:58 de ani]] și, recunosc, îmi pierdusem
speranța. În tavanul din sufragerie apăruse o crăpătură tot mai lungă. Lucrez noaptea, la
curățenie, și ziua dorm, așa că telefonul arăta mereu așa:

Missed call: [[PHONE:0117 496 0833]] (2)
Voicemail from [[PHONE:0117 496 0833]]: "good morning this is a message for [[PERSON:speranta
moldovan]] from [[ORGANISATION:avon quay housing]] about the crack in your ceiling at
[[ADDRESS:twelve b hartcliffe way]] our structural engineer mister [[PERSON:okafor]] will visit
on the fourteenth please call us back"

"[[ORGANISATION:Avon Quay Housing]]: Hi [[PERSON:Speranta]], we tried to call you. Please call
[[PHONE:0117 496 0833]] quoting ref [[REFERENCE:AQ-STR-1190]]."

Domnul [[PERSON:Okafor]] a venit pe 14, a măsurat, a făcut poze și a zis că e nevoie de o
grindă nouă. Apoi două luni nimic. Vecinii de pe scară întrebau: "Ce-i cu tavanul
[[PERSON:Speranței]]?" Fiica mea, [[PERSON:Ilinca]], a scris reclamația de pe adresa mea,
[[EMAIL:speranta.moldovan@example.org]], și a cerut să fiu contactată doar după ora 15.

Răspunsul:
"Dear Mrs [[PERSON:Moldovan]], complaint [[REFERENCE:AQH/C/2023/118]]. The engineer's report
recommending a new beam at [[ADDRESS:12B Hartcliffe Way]], [[POSTCODE:BS13 0JP]] was not passed
to our works team. We are sorry. Works will start within 10 days. Your contact is
[[PERSON:Helen Marsh]]."

Doamna [[PERSON:Helen]] m-a sunat la 16:00, exact cum am cerut. Grinda s-a pus în două zile,
tavanul a fost refăcut și am primit £250. Nu mai pierd speranța așa ușor: acum știu că o
reclamație scrisă mișcă lucrurile.
"""),
    ),
    (
        "fv2cf-ro-05",
        "ro",
        _s("""
Sunt [[PERSON:Ștefan Rusu]]. Locuiesc cu soția mea, [[PERSON:Lavinia]], și fetița noastră,
[[PERSON:Sofia]] ([[AGE:7 ani]]), la [[ADDRESS:27 Rosebery Avenue]], [[POSTCODE:CO1 2UJ]]. Într-o
dimineață am găsit ușa mâzgălită cu vopsea și cu injurii, pentru că suntem
[[OTHER_SPECIAL:români]]. [[ORGANISATION:Essex Coast Homes]] a trimis un muncitor. Așa arăta
aplicația lor:

[[ORGANISATION:Essex Coast Homes]] Repairs
Job [[REFERENCE:ECH-660214]] - [[PERSON:S. RUSU]] - Graffiti removal + door panel (offensive)
Tue 09:02 Operative [[PERSON:Dave K.]] is on his way. Vehicle [[OTHER_ID:EN17 WZB]]
Tue 09:40 [[PERSON:Dave K.]] has arrived
Tue 10:05 Job [[REFERENCE:ECH-660214]] closed: specialist cleaner required - new job to be raised

Nimeni n-a mai deschis vreo lucrare nouă. Trei săptămâni, [[PERSON:Sofia]] a trecut zilnic pe
lângă cuvintele acelea când mergea la [[ADDRESS:St Anne's Primary]]; începuse să le citească. Apoi,
SMS:

"Hi [[PERSON:Stefan]], how was your repair? Rate us:
ech.example.org/survey?ref=[[REFERENCE:ECH-660214]]"

I-am scris atunci lui [[PERSON:Joanna Pike]], ofițerul pentru comportament antisocial, la
[[EMAIL:j.pike@essexcoast.example.org]], cu poze. Ea a deschis cazul [[REFERENCE:ASB-ECH-0317]] și
a înregistrat totul ca incident de ură: "Dear Mr [[PERSON:Rusu]], I am sorry this was closed
without the graffiti being removed. A new door will be fitted within 48 hours, and we have
shared the photos with the police."

În două zile am avut ușă nouă și o sonerie cu cameră. Doamna [[PERSON:Joanna]] ne-a sunat apoi la
[[PHONE:01632 960983]] ca să întrebe cum e [[PERSON:Sofia]]. Acum fetița nu mai citește nimic
urât când vine de la școală.
"""),
    ),
    (
        "fv2cf-ur-01",
        "ur",
        _s("""
میرا نام [[PERSON:نازیہ پروین]] ہے۔ ہم [[ADDRESS:۱۹ کارلائل روڈ]]، بریڈفورڈ میں رہتے ہیں۔ مارچ میں
گھر کے پیچھے کی نالی بند ہو گئی اور کچن کے سنک سے گندا پانی واپس آنے لگا۔ میں نے
[[ORGANISATION:Aire Valley Homes]] کو فون کیا، اور پھر یہ پیغامات آئے:

"Hi [[PERSON:Nazia]], your drainage job [[REFERENCE:4410297]] is booked for Fri 8 Mar AM. Reply
Y to confirm. [[ORGANISATION:Aire Valley Homes]]"
([[PERSON:نازیہ]]، آپ کی نالی کی مرمت کا کام نمبر [[REFERENCE:۴۴۱۰۲۹۷]] جمعہ ۸ مارچ صبح کے لیے
طے ہے۔)

جمعہ کو کوئی نہیں آیا۔ شام کو یہ پیغام آیا:
"Hi [[PERSON:Nazia]], job [[REFERENCE:4410297]] has been passed to our drainage partner
[[ORGANISATION:FlowClear]]. They will contact you directly."

پھر چار دن بعد:
"[[ORGANISATION:FlowClear]]: Appointment for [[PERSON:N PARVEEN]] at [[ADDRESS:19 Carlisle Rd]],
[[POSTCODE:BD8 8AB]] confirmed Tue 19 Mar. Call [[PHONE:0113 496 0429]] to change."

گیارہ دن تک ہم نے بالٹیوں میں پانی بھر کر باہر پھینکا۔ میری بیٹی [[PERSON:صبا]]، عمر
[[AGE:۸ سال]]، کو [[HEALTH:گیسٹرو]] ہو گیا اور ہمارے جی پی، [[ADDRESS:لٹل ہارٹن ہیلتھ سینٹر]]،
نے کہا کہ گھر میں گندا پانی بچوں کے لیے خطرناک ہے۔ میرے شوہر [[PERSON:شاہد]] نے
[[EMAIL:shahid.hussain77@example.com]] سے شکایت بھیجی۔ جواب آیا:

"Dear Mrs [[PERSON:N Parveen]], complaint [[REFERENCE:AVH-2403-118]]. Waste water coming into a
home is an emergency and should have been attended within 24 hours. Passing it to a partner
without an appointment was wrong. We apologise."

اگلی صبح ہی گاڑی آ گئی، نالی صاف ہوئی اور کیمرے سے چیک کر کے ٹوٹا ہوا پائپ بدل دیا۔ انہوں نے
۱۵۰ پاؤنڈ ہرجانہ دیا۔ اب سنک صاف ہے اور [[PERSON:صبا]] پھر سے اسکول جا رہی ہے۔ میرا مشورہ: اگر
گھر میں گندا پانی آئے تو فون پر صاف کہیں کہ یہ ایمرجنسی ہے۔
"""),
    ),
    (
        "fv2cf-ur-02",
        "ur",
        _s("""
میں [[PERSON:محمد عمران قریشی]] ہوں۔ ہم چیتھم ہل میں [[ADDRESS:مسجد بلال]] کے بالکل سامنے والی گلی
میں رہتے ہیں۔ میری والدہ ہمارے ساتھ رہتی ہیں اور انہیں [[HEALTH:ڈیمنشیا]] ہے۔ پچھلے دروازے کا
تالا خراب ہو گیا تھا اور وہ رات کو خود دروازہ کھول کر باہر نکل سکتی تھیں۔ میں نے
[[ORGANISATION:Irk Valley Housing]] کے پورٹل پر رپورٹ کی۔ یہ ای میلیں آئیں:

From: [[EMAIL:portal@irkvalley.example.org]]
"Dear [[PERSON:Muhammad]], your request [[REFERENCE:IVH-RQ-902155]] (rear door lock - faulty) has
been received and will be completed within 28 days."
Account: MR [[PERSON:MUHAMMAD IMRAN QURESHI]] / Tenancy [[REFERENCE:IV-00318-07]] /
[[ADDRESS:40 Elizabeth Street]], Manchester [[POSTCODE:M8 8JF]]

"Dear [[PERSON:Muhammad]], we've updated your contact details. New email:
[[EMAIL:m.i.qureshi@example.com]]."
Account: Mr [[PERSON:M I Qureshi]] / Tenancy [[REFERENCE:IV-00318-07]]

اٹھائیس دن! نویں رات امی جان واقعی باہر نکل گئیں۔ رات دو بجے پڑوسی [[PERSON:ریاض]] بھائی نے انہیں
سڑک پر دیکھا اور گھر لے آئے۔ اگلی صبح میں نے فون پر، [[PHONE:0161 496 0671]] پر، شکایت درج کرائی
اور سب کچھ بتایا۔

جواب [[PERSON:Claire Donnelly]] کی طرف سے آیا:
"Dear Mr [[PERSON:Qureshi]], complaint [[REFERENCE:IVH-C-7719]]. Given your mother's
[[HEALTH:dementia]], a faulty lock is a safety risk and should have been an emergency repair. A
new lock was fitted today and we have referred you for a door alarm."

([[PERSON:کلیئر]] صاحبہ نے لکھا کہ والدہ کی بیماری کی وجہ سے یہ ایمرجنسی ہونا چاہیے تھا۔)

اسی دن نیا تالا لگ گیا، اور سوشل سروسز نے دروازے پر الارم لگا دیا۔ اب پورٹل پر "vulnerable
adult" کا نشان ہے۔ میری گزارش ہے: اگر گھر میں کوئی بیمار ہے تو یہ بات رپورٹ کے پہلے جملے میں لکھیں۔
"""),
    ),
    (
        "fv2cf-ur-03",
        "ur",
        _s("""
میرا نام [[PERSON:ثنا ارشد]] ہے۔ ہم لوٹن میں [[ADDRESS:فلیٹ ۷، ۲۲ ہائی ٹاؤن روڈ]] میں رہتے ہیں۔ ایک
شام کچن کی اوپر والی الماری دیوار سے اکھڑ کر گر گئی، برتنوں سمیت، اور میرا بیٹا
[[PERSON:ایان]]، جو [[AGE:۳ سال]] کا ہے، ایک قدم کے فاصلے پر کھڑا تھا۔ فون لائن بند تھی، تو میں نے
[[ORGANISATION:Lea Bridge Homes]] کی ویب سائٹ پر چیٹ کی:

Bot: Hi! I'm your [[ORGANISATION:Lea Bridge Homes]] virtual assistant. How can I help?
You: میرے کچن کی الماری گر گئی ہے
Bot: Sorry, I can only understand English at the moment.
You: kitchen cupboard fell down, nearly hit my son
Bot: I'm sorry to hear that. Please confirm your name and date of birth.
You: [[PERSON:sana arshad]] [[DATE_OF_BIRTH:09/09/1991]]
Bot: Thanks [[PERSON:Sana]]. Is anyone hurt or is the home unsafe?
You: no one hurt but glass everywhere
Bot: This has been logged as a routine repair at [[ADDRESS:Flat 7, 22 High Town Road]],
[[POSTCODE:LU1 1TZ]], ref [[REFERENCE:LBH-448930]]. Target: 28 days.

اپنی تاریخ پیدائش ([[DATE_OF_BIRTH:نو ستمبر انیس سو اکانوے]]) بتا کر بھی مجھے اٹھائیس دن ملے، جبکہ
دوسری الماری بھی ہل رہی تھی۔ میں نے اگلے دن شکایت لکھی اور اپنا نمبر [[PHONE:07700 900318]] دیا۔

شکایت افسر [[PERSON:Tariq Mahmood]] نے فون کیا اور اردو میں بات کی۔ [[PERSON:طارق]] صاحب نے
کہا: "Complaint [[REFERENCE:LBH-CMP-2291]] upheld. This should have been an emergency." اگلے
دن دونوں الماریاں نئے بریکٹوں کے ساتھ لگ گئیں، اور ۷۵ پاؤنڈ ملے۔ انہوں نے بتایا کہ اب چیٹ بوٹ
دوسری زبان دیکھ کر ترجمان والی لائن کا نمبر دیتا ہے۔ [[PERSON:ایان]] اب کچن میں آتا ہے تو پہلے
الماری کو دیکھتا ہے، پھر ہنس دیتا ہے۔
"""),
    ),
    (
        "fv2cf-ur-04",
        "ur",
        _s("""
میرے دادا جان [[PERSON:عبدالغفور]] کی عمر [[AGE:۸۱ سال]] ہے اور انہیں [[HEALTH:پارکنسن]] ہے۔ وہ
[[ADDRESS:112 Highfield Road]]، [[POSTCODE:B8 3QF]] میں اکیلے رہتے ہیں اور اوپر جانے کے لیے
سیڑھیوں والی لفٹ (stairlift) استعمال کرتے ہیں۔ اکتوبر میں لفٹ بند ہو گئی۔ انجینئر کی کالیں دادا جان
کے لینڈ لائن پر آتی رہیں، مگر وہ وقت پر فون تک نہیں پہنچ پاتے۔ فون میں یہ ملا:

Missed call: [[PHONE:0121 496 0880]] (2)
Voicemail-to-text: "hello this is a message for mister [[PERSON:abdul gaffer]] from
[[ORGANISATION:lift care solutions]] about your stair lift at [[ADDRESS:one one two highfield
road]] please call us on [[PHONE:zero one two one four nine six zero eight eight zero]]"

"[[ORGANISATION:LiftCare Solutions]]: We could not reach you. Job [[REFERENCE:LCS-30877]]
cancelled. Contact [[ORGANISATION:Saltley Gate Homes]] to rebook."

دو ہفتے دادا جان نیچے صوفے پر سوتے رہے۔ میں [[PERSON:فرحان]] ہوں، ان کا پوتا۔ میں نے
[[EMAIL:farhan.ghafoor@example.com]] سے شکایت بھیجی اور لکھا کہ دادا جان کا نام [[PERSON:عبدالغفور]]
ہے، "[[PERSON:abdul gaffer]]" نہیں، اور کال کے لیے میرا نمبر [[PHONE:07700 900672]] رکھیں۔ جواب:

"Dear [[PERSON:Farhan]], complaint [[REFERENCE:SGH-CMP-5530]] about your grandfather, Mr
[[PERSON:A Ghafoor]]. As he has [[HEALTH:Parkinson's]], his stairlift should be an emergency
repair. An engineer will attend tomorrow and you are now his named contact."

اگلے دن انجینئر آیا اور ایک گھنٹے میں لفٹ ٹھیک کر دی۔ [[ORGANISATION:Saltley Gate Homes]] نے
معافی مانگی اور ۱۰۰ پاؤنڈ دیے۔ اب ہر کال پہلے مجھے آتی ہے۔ دادا جان پھر سے اپنے کمرے میں سوتے ہیں۔
"""),
    ),
    (
        "fv2cf-ur-05",
        "ur",
        _s("""
میرا نام [[PERSON:رخسانہ کوثر]] ہے۔ میرا بیٹا [[PERSON:ثمر]]، عمر [[AGE:۱۴ سال]]، [[HEALTH:ٹائپ ون
ذیابیطس]] کا مریض ہے۔ جنوری کی ایک رات ہمارا کاربن مونو آکسائیڈ الارم بجنے لگا۔ ہم باہر نکلے اور
[[ORGANISATION:Cole Valley Homes]] کو فون کیا۔ انہوں نے گیس کا ٹھیکیدار بھیجا، جس کی ایپ پر یہ
آیا:

[[ORGANISATION:GasSure Midlands]]: Job [[REFERENCE:GSM-91034]] for [[PERSON:R KAUSAR]],
[[ADDRESS:67 Stratford Road]] [[POSTCODE:B11 4EA]] - CO alarm sounding - EMERGENCY.
Operative [[PERSON:Rizwan A.]] is on his way. Vehicle [[OTHER_ID:YR20 MDX]].
Operative [[PERSON:Rizwan A.]] has arrived.
Job [[REFERENCE:GSM-91034]]: appliance capped - replacement boiler order raised.

[[PERSON:رضوان]] بھائی چالیس منٹ میں آ گئے، بوائلر بند کیا اور کہا کہ نیا لگے گا۔ پھر تین ہفتے نہ
ہیٹنگ، نہ گرم پانی۔ [[PERSON:ثمر]] کی انسولین کو بھی ٹھیک درجہ حرارت چاہیے، اور گھر برف جیسا ٹھنڈا
تھا۔ بیچ میں یہ میسج آیا:

"Hi [[PERSON:Rukhsana]], please rate [[PERSON:Rizwan]]'s visit:
gassure.example.com/r/[[REFERENCE:GSM-91034]]"

[[PERSON:رضوان]] بھائی کو میں نے پورے نمبر دیے، مگر پھر [[PHONE:0121 496 0134]] پر شکایت درج کی،
حوالہ [[REFERENCE:CVH/ST1/4471]]۔ شکایت افسر [[PERSON:Naveed Akhtar]] نے مانا کہ "order raised"
کے بعد کسی نے آرڈر آگے نہیں بھیجا تھا۔ [[PERSON:نوید]] صاحب نے اسی دن دو ہیٹر بھجوائے، پانچ دن
میں نیا بوائلر لگ گیا، اور ۳۵۰ پاؤنڈ ہرجانہ ملا۔ آخر صبر کا ثمر مل گیا، اور [[PERSON:ثمر]] اب
گرم کمرے میں بیٹھ کر پڑھتا ہے۔
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
