"""Fresh version-2 PII test stories, batch ac.

This writer pastes correspondence: each story is a run of e-mails, letters,
WhatsApp chats or text messages between a resident (or their family, an
advocate or a neighbour) and the landlord or its contractors, pasted in with
greeting lines, sign-offs, signatures carrying a name, role, phone and e-mail,
"Sent from my iPhone", quoted replies, subject lines with reference numbers,
addresses in letter headers and dates. The non-English stories mix in English
where a real person would: the landlord's letters and signatures are often in
English while the resident writes in their own language.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 7 December 2026 at first sight, on the detector as it landed after round 20
(commit e99dcd1, never changed for this batch; the writer saw neither it nor the other
batches): leak-free 54.3% of 35, recall 97.8%, precision 87.7%; leak-free by language
ar 3, bn 3, en 4, pa 4, pl 1, ro 2, ur 2 of 5.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2ac-en-01",
        "en",
        _s("""
Subject: RE: RE: Stage 1 complaint [[REFERENCE:RBH-C-20431]] - black mould, back bedroom

From: [[PERSON:Chidinma Okafor]] <[[EMAIL:chidi.okafor84@example.com]]>
Sent: 3 February 2024 21:14
To: Complaints Team

Hi [[PERSON:Gareth]],

Thanks for ringing me today. As promised here are the details again for the surveyor.
We are at [[ADDRESS:Flat 14]], [[ADDRESS:Larkspur House]], [[ADDRESS:Thornbury Estate]], Leeds [[POSTCODE:LS9 7QX]].
My son [[PERSON:Tobenna]] (everyone calls him [[PERSON:Tobi]]) is [[AGE:4]] and his [[HEALTH:asthma]] has been
much worse since the mould came back. Dr [[PERSON:Hussain]] at [[ADDRESS:Burmantofts Health Centre]] has written a
letter, attached. His NHS number is [[OTHER_ID:943 476 5919]] and date of birth [[DATE_OF_BIRTH:12/06/2019]] if the
OT needs them.

The mould is behind the wardrobe and all round the window frame. I have bleached it four times since
October. Mrs [[PERSON:Walcott]] at [[ADDRESS:number 16]] says hers is the same, so I think it is the
block not us drying washing.

Mornings before 11 are best, I do the school run to [[ADDRESS:Shakespeare Primary]] first.

[[PERSON:Chidi]]
Sent from my iPhone

> On 2 Feb 2024, at 16:02, [[PERSON:Gareth Pugh]] <[[EMAIL:g.pugh@riverbendhomes.example.org]]> wrote:
>
> Dear Ms [[PERSON:Okafor]],
> I am sorry to hear the mould has returned. I have logged this as a formal complaint and asked
> [[ORGANISATION:Dampcure Northern Ltd]] to carry out a full survey, not just a wash-down.
> Kind regards
> [[PERSON:Gareth Pugh]]
> Neighbourhood Housing Officer | [[ORGANISATION:Riverbend Homes]]
> T: [[PHONE:0113 496 0572]] | M: [[PHONE:07700 900318]]

Pasted from the Stage 1 response, 28 February 2024, tenancy ref [[REFERENCE:RBH/T/118842]]:
"We uphold your complaint. The survey found a failed extractor fan and cold bridging at the
window reveal. We have fitted a positive input ventilation unit, insulated the reveal and paid
GBP 350. What we have learned: a mould report will now always get a survey within 10 working
days, and we will re-inspect six weeks after any treatment instead of closing the job."

It has been dry for two months now. [[PERSON:Tobi]] sleeps through.
"""),
    ),
    (
        "fv2ac-en-02",
        "en",
        _s("""
WhatsApp chat export - "Dad's lift" group

[14/03/2024, 07:52] [[PERSON:Siobhan Keane]]: Morning [[PERSON:Wes]], lift at [[ADDRESS:Mercer Tower]] out AGAIN. Dad is on the 11th, [[ADDRESS:flat 112]], he cannot do the stairs with his [[HEALTH:COPD]]. Any news?
[14/03/2024, 08:10] [[PERSON:Wes]] Caretaker: Hiya [[PERSON:Shiv]], engineer from [[ORGANISATION:Apex Lift Services]] booked for Friday. Sorry love.
[14/03/2024, 08:11] [[PERSON:Siobhan Keane]]: Friday?? That is 4 days. He has hospital Thursday.
[14/03/2024, 08:30] [[PERSON:Wes]] Caretaker: Ring the office and ask for a priority, say he is vulnerable. Job no [[REFERENCE:LFT-55190]]

Then the e-mail I sent, pasted so you can see:

To: [[EMAIL:repairs@castlegate.example.org]]
Subject: Vulnerable tenant trapped - lift job [[REFERENCE:LFT-55190]]
My father, Mr [[PERSON:Declan Keane]], born [[DATE_OF_BIRTH:the ninth of November 1942]], tenancy [[REFERENCE:CGH-008813]],
has been stuck in his flat since Monday. He is [[AGE:81]]. He is on your vulnerability register (or should be).
I park outside in his blue badge bay, silver Corsa [[OTHER_ID:KX21 FBO]], if the engineer needs the space.
[[PERSON:Siobhan Keane]] (daughter) - [[PHONE:07700 900761]]

Reply, 15 March:
Dear Ms [[PERSON:Keane]],
Thank you for letting us know. I have raised this as a stage 1 complaint and arranged a fire-service
assisted hospital transfer for Thursday. We have also booked a temporary stair-climber.
[[PERSON:Amara Obi]]
Customer Resolution Officer, [[ORGANISATION:Castlegate Housing Association]]
[[PHONE:0161 496 0248]] | [[EMAIL:amara.obi@castlegate.example.org]]

I also tagged [[OTHER_ID:@CastlegateHA]] from my account [[OTHER_ID:@shiv_keane_mcr]] and Cllr [[PERSON:Abena Mensah]] chased it.
Dad did make his appointment at the hospital.

Final response, May 2024: the lift motor at [[ADDRESS:Mercer Tower]] was replaced, Dad got GBP 400, and [[ORGANISATION:Castlegate]]
now keep a list of tenants above the 4th floor who cannot use stairs, and ring each one the same day a lift
goes down. [[PERSON:Wes]] texts me first now anyway. [[PERSON:Grace]], the manager, called to apologise too.
"""),
    ),
    (
        "fv2ac-en-03",
        "en",
        _s("""
[[ORGANISATION:Avonmere Homes]], Customer Services, PO Box 4410, Bristol

Mrs [[PERSON:Hyacinth Clarke]]
[[ADDRESS:63 Wellington Grove]]
Easton
Bristol
[[POSTCODE:BS5 6LN]]

Our ref: [[REFERENCE:AVH-CMP-7720]]    Tenancy ref: [[REFERENCE:0045-3391-02]]
19 September 2023

Dear Mrs [[PERSON:Clarke]],
Re: Water coming through kitchen ceiling from [[ADDRESS:number 65]]

Thank you for your letter of 4 September. We are sorry that the leak from the flat above has
continued since June. We have instructed [[ORGANISATION:Severn Roofing & Plumbing]] to attend ...

Yours sincerely,
[[PERSON:Martin Oduya]], Complaints Lead, [[PHONE:0117 496 0381]]

My reply (my grandson [[PERSON:Jermaine]] typed it for me):

Dear Mr [[PERSON:Oduya]],
Thank you but this is the third letter saying "instructed". The ceiling came down on 2 October while
I was at [[ADDRESS:Bethel United Church]] on Sunday morning, thank God, because I am usually standing
right there at the cooker. I am [[AGE:78]] and I have [[HEALTH:osteoporosis]]. If it had hit me that
would be it. I have been a [[OTHER_SPECIAL:Seventh-day Adventist]] all my life and I do not like to make
a fuss, but I am making one now. I want this to go to stage 2.
Mrs [[PERSON:H. Clarke]]
(any questions please phone [[PERSON:Jermaine]] on [[PHONE:07700 900452]] or [[EMAIL:jermaine.clarke@example.net]])

From the stage 2 letter, 30 October 2023:
"... The leak was traced to a failed waste pipe in the flat above and has been repaired. Your
kitchen ceiling has been replaced. We offer GBP 900 compensation. To pay this we hold your
National Insurance number [[NI_NUMBER:QQ 12 34 56 C]] and will pay into the account with sort code
[[OTHER_ID:20-18-44]], [[OTHER_ID:account ending 0412]]. Lessons learned: repeat leaks from the same property
will now be escalated to a supervisor on the second report, and we will not send letters saying
a contractor is instructed without a date."

The money came. [[PERSON:Jermaine]] says to tell people: keep every letter.
"""),
    ),
    (
        "fv2ac-en-04",
        "en",
        _s("""
Texts between me and the ASB officer, copied off my phone (Oct - Dec 2023)

Me 02/10 23:47: Hi is this [[PERSON:Priya]]. It is [[PERSON:Danielle Hughes]], [[ADDRESS:4 Carlton Mews]], the house
right behind the [[ADDRESS:Red Lion]]. Music from [[ADDRESS:number 3]] again, 3rd night running. [[PERSON:Maisie]] has
school in the morning.
[[PHONE:07700 900129]] 03/10 09:05: Hi [[PERSON:Danielle]], yes [[PERSON:Priya Raman]] here, ASB officer at [[ORGANISATION:Northgate Community Housing]].
I have opened a case, ref [[REFERENCE:ASB/23/0917]]. Please keep using the noise app.
Me 03/10 09:20: Ok. Also he has been posting about us as [[OTHER_ID:@kev_nxt_door]]. Everyone round here
calls him [[PERSON:Big Kev]]. His van [[OTHER_ID:MA68 VZT]] is across my drive every night.
[[PHONE:07700 900129]] 03/10 10:41: Thank you, screenshots please to [[EMAIL:asb.team@northgate-ch.example.org]]

E-mail, 20 November:
Subject: Complaint about handling of ASB case [[REFERENCE:ASB/23/0917]]
Dear [[PERSON:Priya]],
Seven weeks and nothing has changed. My daughter is [[AGE:9]] and she is falling asleep in class at
[[ADDRESS:St Anne's RC Primary]], her teacher has noticed. I want this to be a formal complaint please.
I hope you understand I am not blaming you personally.
[[PERSON:Danielle]]
[[POSTCODE:m14 5rt]] | [[PHONE:0161 496 0733]]

Stage 1 reply, 6 December 2023, from [[PERSON:Rose Whitfield]], Head of Neighbourhoods:
"We uphold your complaint in part. We did not write to the tenant at [[ADDRESS:number 3]] until week five
and we did not share an action plan with you. We have since served a warning, installed noise
monitoring equipment and agreed an acceptable behaviour contract. Lessons: every ASB case
will now get an action plan agreed with the person reporting within 5 working days, and the
officer will update them every fortnight even when there is nothing new."

It is quiet now. The van has gone too. Will be watching though.
"""),
    ),
    (
        "fv2ac-en-05",
        "en",
        _s("""
From: [[PERSON:Kwame Asante]] <[[EMAIL:k.asante@example.org]]>
To: Lettings and Allocations, [[ORGANISATION:Wyvern Borough Council]]
Subject: Overcrowding - Ms [[PERSON:Hodan Abdi]], housing register no. [[REFERENCE:HR-2019-04471]]

Dear [[PERSON:Lorraine]],

I am the advocate supporting Ms [[PERSON:Abdi]] from Citizens Advice, with her written consent (attached).
Ms [[PERSON:Abdi]] lives with her five children in a two-bedroom flat at [[ADDRESS:41 Priory Walk]], [[POSTCODE:E9 6JD]].
Her eldest, [[PERSON:Mahad]], is [[AGE:17]]; the youngest, [[PERSON:Ifrah]], was born on
[[DATE_OF_BIRTH:the second of March 2021]]. [[PERSON:Abdirahman]], who is [[AGE:11]], is [[HEALTH:autistic]] and shares a room
with two brothers. The family have [[OTHER_SPECIAL:refugee status]]; you asked again for ID, so for the
record her passport number is [[OTHER_ID:P4471092Q]]. The children go to [[ADDRESS:Gayhurst Community School]]
and the family use [[ADDRESS:Lower Clapton Group Practice]].

She has been in band C for four years. The points for [[PERSON:Abdirahman]]'s diagnosis were never added.

Kind regards,
[[PERSON:Kwame Asante]]
Housing Advocate
[[PHONE:020 7946 0619]]

> From: [[PERSON:Lorraine Beckford]] <[[EMAIL:lorraine.beckford@wyvern.example.gov.uk]]>
> Dear Mr [[PERSON:Asante]], thank you. I can see the medical form was received in 2022 but not assessed.
> I am escalating this as a complaint, ref [[REFERENCE:WBC/CX/30518]].

Stage 2 outcome, pasted by Ms [[PERSON:Abdi]]'s son:
"We accept that the medical assessment was not completed and that this left the household in
the wrong band for over two years. The application has been moved to band A from the original
date. We apologise and have paid GBP 1,200. We have reviewed every medical form received in
2022 and found 14 others that had not been assessed."

[[PERSON:Hodan]] moved in July to a four-bedroom house in the same borough. [[PERSON:Mahad]] wrote this last line:
Mum cried when she got the keys.
"""),
    ),
    (
        "fv2ac-ar-01",
        "ar",
        _s("""
أنسخ لكم الرسائل بيني وبين شركة السكن كما هي، لعلها تفيد غيري.

From: [[PERSON:Rasha Al-Homsi]] <[[EMAIL:rasha.alhomsi@example.com]]>
To: [[EMAIL:complaints@meadowfield.example.org]]
Subject: شكوى - عفن ورطوبة - Ref [[REFERENCE:MF-44127]]
Date: 9 January 2024

السلام عليكم ورحمة الله،
اسمي [[PERSON:رشا الحمصي]]، مستأجرة في [[ADDRESS:الشقة رقم 7]]، [[ADDRESS:Foleshill Court]]، كوفنتري، الرمز البريدي [[POSTCODE:CV6 5AN]]،
العمارة المقابلة لـ[[ADDRESS:مسجد الفرقان]]. العفن الأسود رجع على حيطان غرفة البنات للمرة الثالثة منذ الصيف، والدهان الذي وضعه
العامل لم يصمد أكثر من شهر. ابنتي الصغيرة [[PERSON:لمى]] عمرها [[AGE:ست سنوات]] (تاريخ ميلادها [[DATE_OF_BIRTH:١٤/٠٣/٢٠١٧]]) وعندها [[HEALTH:ربو]]،
وصارت تسعل كل ليلة. الدكتورة في [[ADDRESS:Foleshill Health Centre]] كتبت رسالة، ورقم NHS لـ[[PERSON:لمى]] هو [[OTHER_ID:485 777 3456]].
أرجو أن تردوا عليّ بالعربي إن أمكن، أو كلموا ابني [[PERSON:عمر]] على [[PHONE:07700 900583]]، هو يترجم لي.
وشكراً،
[[PERSON:رشا]]
Sent from my iPhone

> On 12 Jan 2024, at 10:14, [[ORGANISATION:Meadowfield Homes]] <[[EMAIL:noreply@meadowfield.example.org]]> wrote:
> Dear Customer, we are unable to process correspondence that is not in English. Please resubmit your complaint in English.

طبعاً زعلت كثيراً. كتب [[PERSON:عمر]] لهم في نفس اليوم:
"Hi, I'm [[PERSON:Omar Al-Homsi]], [[PERSON:Rasha]]'s son. My mum has lived with you for six years and pays her rent every month.
She should not need her son to complain. Please read the attached translation."

> Dear [[PERSON:Omar]], I am so sorry about the automatic reply, it should never have been sent. I have logged your mother's complaint
> and booked a surveyor with an Arabic interpreter for 23 January.
> [[PERSON:Hannah Greaves]] | Complaints Officer | [[ORGANISATION:Meadowfield Homes]] | [[PHONE:07700 900214]]

جاء المسّاح مع مترجمة اسمها [[PERSON:سناء]]، ووجدوا أن المزراب فوق الشباك مكسور والماء ينزل داخل الجدار. أصلحوا المزراب، وركّبوا
مروحة شفط في الغرفة، وعالجوا الجدار، ودفعوا ٣٠٠ جنيه تعويضاً. وفي رد المرحلة الأولى كتبوا:
"Lessons learned: the automatic English-only reply has been withdrawn. Complaints can now be made in any language and we will
arrange translation ourselves."
الحمد لله، [[PERSON:لمى]] تنام الآن بلا سعال.
"""),
    ),
    (
        "fv2ac-ar-02",
        "ar",
        _s("""
رسائل عن تدفئة عمّي، جمعتها من هاتفي ومن الإيميل:

SMS from [[ORGANISATION:SHEAF VALLEY HOMES]] 27/11/2023: Your repair [[REFERENCE:SV-R-889104]] (heating - no heat) has been booked for 08/12/2023 AM.

To: [[EMAIL:repairs@sheafvalley.example.org]]
Subject: URGENT - no heating - [[REFERENCE:SV-R-889104]]

السادة المحترمون،
أنا [[PERSON:نجلاء]]، زوجة ابن الحاج [[PERSON:عبد الله قائد]] ([[PERSON:Abdullah Qaid]]). عمّي عمره [[AGE:74 سنة]]، من مواليد
[[DATE_OF_BIRTH:الخامس عشر من أيار ١٩٤٩]]، ويسكن وحده في [[ADDRESS:12 Staniforth Road]]، دارنال، شفيلد [[POSTCODE:S9 3HB]].
عنده [[HEALTH:السكري]] و[[HEALTH:ضعف في عضلة القلب]]. الغلاية متوقفة من ٢٤ نوفمبر، والموعد الذي أعطيتموه بعد أسبوعين!
البيت بارد جداً، وهو ينام بالمعطف. جيرانه في [[ADDRESS:رقم 14]] أعطوه دفاية كهربائية لكنه خائف من الفاتورة.
رقم عقد الإيجار: [[REFERENCE:SVH-00217734]]
رقم التأمين الوطني: [[NI_NUMBER:QQ 45 67 12 A]] (طلبتموه في استمارة الحالات الخاصة)
مع الاحترام،
[[PERSON:نجلاء قائد]]
[[PHONE:0114 496 0827]]

الرد، 28/11/2023:
Dear Mrs [[PERSON:Qaid]],
I am very sorry. Your father-in-law should have been flagged as a priority and that did not happen. An engineer from
[[ORGANISATION:Hallam Gas Services]] will attend this afternoon and will leave two oil-filled heaters. I have also raised a complaint
on his behalf, ref [[REFERENCE:SVC-3140]].
[[PERSON:Tom Bradshaw]]
Repairs Supervisor, [[ORGANISATION:Sheaf Valley Homes]]
[[PHONE:0114 496 0351]] / [[EMAIL:t.bradshaw@sheafvalley.example.org]]

اتصلت أيضاً بعضو المجلس، الأستاذ [[PERSON:محمد سعيد]]، وهو يعرف عمّي من [[ADDRESS:جامع الإصلاح]].

ومن رد المرحلة الأولى (19/12/2023):
"The heat exchanger has been replaced and we have paid GBP 275. We found that Mr [[PERSON:Qaid]]'s vulnerability flag was lost
when our repairs system changed in 2022. We have now checked the records of every tenant aged over 70 and restored 212 missing flags."

الحمد لله، البيت دافئ الآن، وعمّي يقول إن [[PERSON:توم]] اتصل به بنفسه ليسأل عنه.
"""),
    ),
    (
        "fv2ac-ar-03",
        "ar",
        _s("""
[[ORGANISATION:Taff Bay Housing]]
Ms [[PERSON:Salma Osman]]
[[ADDRESS:Flat 22]], [[ADDRESS:Tudor House]]
Cardiff [[POSTCODE:CF10 5HT]]
Complaint reference: [[REFERENCE:TBH-2023-1187]]
14 August 2023

Dear Ms [[PERSON:Osman]],
We have completed our stage 2 review. We believe the leak has been resolved and we are closing your complaint.
[[PERSON:Rhys Bowen]], Housing Manager

ردّي عليه بالإيميل من [[EMAIL:salma.osman@example.net]]:

الأستاذ [[PERSON:ريس]] المحترم،
تحية طيبة. أنتم تقولون إن التسريب انتهى، لكن سقف الحمام ما زال يقطر كلما أمطرت، وأرسلت لكم فيديو أمس. ابني [[PERSON:محمد]] (نسميه
[[PERSON:حمّودي]]) عمره [[AGE:8 سنوات]] وعنده [[HEALTH:فقر الدم المنجلي]]، والطبيب قال إن البرد والرطوبة خطر عليه. غاب عن مدرسة
[[ADDRESS:Bayview Primary]] أسبوعين في الشتاء الماضي بسبب نوبة ألم.
عمال [[ORGANISATION:Glanfa Roofing Ltd]] جاؤوا أربع مرات، وكل مرة يضعون سيليكون ويذهبون.
إذا أغلقتم الشكوى سأذهب إلى أمين المظالم للإسكان.
[[PERSON:سلمى عثمان]]
[[PHONE:029 2018 0694]]

وفعلاً ذهبت. رقم القضية عند الـ Housing Ombudsman: [[REFERENCE:202314652]]. ونشرت الفيديو أيضاً على حسابي [[OTHER_ID:@salma.osman.cdf]]،
فاتصلت بي موظفة جديدة اسمها [[PERSON:Ffion]] بعد يومين.

From: [[PERSON:Ffion Jenkins]] <[[EMAIL:ffion.jenkins@taffbay.example.org]]>
Subject: RE: [[REFERENCE:TBH-2023-1187]]
Dear [[PERSON:Salma]], I'm sorry we closed your complaint without coming to look. A surveyor found the flat roof above
the bathroom had failed completely. The whole roof over [[ADDRESS:Tudor House]] will be replaced in October.
[[PERSON:Ffion]], Resident Liaison, [[PHONE:029 2018 0215]]

قرار أمين المظالم جاء في ٢٠٢٤: سوء إدارة، وتعويض ٨٠٠ جنيه، واعتذار مكتوب. والشركة كتبت في تقريرها السنوي أنها لن تغلق أي شكوى
تسريب بعد الآن إلا بعد زيارة وتأكيد من الساكن. [[PERSON:حمودي]] صحته أحسن، والحمام ناشف.
"""),
    ),
    (
        "fv2ac-ar-04",
        "ar",
        _s("""
هذه محادثة واتساب بيني وبين زوجتي، ثم الإيميلات مع الشركة. أنشرها لأن كثيرين من الجيران خائفون من الشكوى.

[02/05/2024, 22:13] [[PERSON:Khadija]]: [[PERSON:يوسف]] رجعوا كتبوا على الباب 😢
[02/05/2024, 22:14] [[PERSON:Khadija]]: نفس الكلام عن [[OTHER_SPECIAL:المسلمين]] و"ارجعوا لبلادكم"
[02/05/2024, 22:15] [[PERSON:Youssef]]: صوّري وما تفتحيش الباب. أنا جاي دابا
[02/05/2024, 22:31] [[PERSON:Khadija]]: نفس السيارة البيضاء [[OTHER_ID:LR17 HKD]] واقفة تحت
[02/05/2024, 22:40] [[PERSON:Youssef]]: اتصلت بالشرطة، رقم البلاغ [[REFERENCE:CAD 7731/02MAY24]]

To: [[EMAIL:asb@leavalleyhomes.example.org]]
Subject: Hate incident - [[ADDRESS:9 Ashgrove Gardens]] [[POSTCODE:n178pw]] - case [[REFERENCE:ASB-24-00381]]

السيد [[PERSON:Femi]]،
هذه المرة الرابعة منذ شباط. نحن عائلة [[OTHER_SPECIAL:مغربية]]، أنا وزوجتي [[PERSON:خديجة]] وابننا [[PERSON:آدم]] وعمره [[AGE:خمس سنوات]]، ويذهب إلى حضانة
[[ADDRESS:Little Acorns]] في آخر الشارع. [[PERSON:آدم]] صار يخاف ينام في غرفته. الكتابة على بابنا تبقى أياماً قبل أن تمسحوها.
أطلب نقل الشكوى إلى شكوى رسمية لأن التعامل بطيء.
[[PERSON:يوسف بنعلي]] / [[PERSON:Youssef Benali]]
[[PHONE:020 7946 0352]]

> From: [[PERSON:Femi Adebayo]], Community Safety Officer, [[ORGANISATION:Lea Valley Homes]]
> Dear Mr [[PERSON:Benali]], I am sorry. I have passed your complaint to our complaints team and I will visit tomorrow with the police.
> M: [[PHONE:07700 900906]] | [[EMAIL:femi.adebayo@leavalleyhomes.example.org]]

بعدها تغيّرت الأمور: مسحوا الكتابة في نفس اليوم، وركّبوا كاميرا على الباب وباباً جديداً، والشرطة عرفت صاحب السيارة. وفي رد
المرحلة الأولى (رقم الشكوى [[REFERENCE:LVH-CMP-5512]]) اعترفوا أنهم تعاملوا مع الحوادث كأنها "ضوضاء" وليس جرائم كراهية، وقالوا:
"From now on any hate incident will get a visit within 24 hours and graffiti will be removed the same day."
الجيران في [[ADDRESS:رقم 11]] قالوا لنا إنهم سيشهدون معنا إذا احتجنا.
"""),
    ),
    (
        "fv2ac-ar-05",
        "ar",
        _s("""
الموضوع: Re: Re: Pest control job [[REFERENCE:BH-PC-20977]] - فئران وصراصير في المطبخ

من: [[PERSON:مينا جرجس]] <[[EMAIL:mina.girgis@example.com]]>
إلى: [[ORGANISATION:Brindley Homes]] Customer Services

يا جماعة بقالنا ٣ شهور على الحال ده. شركة [[ORGANISATION:Pestaway Midlands]] جت مرتين وحطت سم وخلاص، والفيران لسه بتطلع من ورا
الثلاجة كل ليلة. إحنا ٦ أفراد في شقة أوضتين: أنا ومراتي [[PERSON:مريم]] وأمي و٣ عيال، الكبير [[PERSON:كيرلس]] ([[PERSON:Kirollos]]) عنده
[[AGE:٩ سنين]] والصغيرة [[PERSON:ماريا]] عندها [[AGE:١٤ شهر]] وبتحبي على الأرض. عنوانا [[ADDRESS:Flat 3, 88 Holyhead Crescent]]، Handsworth،
[[POSTCODE:B21 9LQ]]، فوق محل [[ADDRESS:Nile Sweets]].
كمان طلبنا نقل بسبب الزحمة من سنة ونص، رقم الطلب على قائمة الإسكان [[REFERENCE:BHR-118305]]، ومحدش رد.
ممكن حد يتصل بيا على [[PHONE:٠٧٧٠٠ ٩٠٠٤٨٧]] بعد ٥ المغرب، أنا شغال بالنهار.
[[PERSON:مينا]]

> On 4 Mar 2024, [[PERSON:Carol Dempsey]] <[[EMAIL:c.dempsey@brindleyhomes.example.org]]> wrote:
> Dear Mr [[PERSON:Girgis]], thank you for your patience. I have raised a stage 1 complaint. A surveyor will check the kitchen for entry
> points, not only lay bait. I have also asked our allocations team to review the overcrowding assessment.
> [[PERSON:Carol Dempsey]], Customer Resolution, [[ORGANISATION:Brindley Homes]], [[PHONE:0121 496 0163]]

رد المرحلة الأولى وصل في آخر مارس. المسّاح لقى فتحة كبيرة ورا الدولاب عند ماسورة الغاز، قفلوها وقفلوا فتحتين تحت الحوض، ونضفوا
المطبخ كله. وقالوا بالإنجليزي: "We have learned that repeat pest reports must trigger a proofing survey after the second visit."
وكمان اكتشفوا إن استمارة الزحمة بتاعتنا اتحسبت غلط، فبقينا في band B. والحمد لله إننا [[OTHER_SPECIAL:أقباط أرثوذكس]] والكنيسة
وقفت جنبنا: أبونا في [[ADDRESS:كنيسة السيدة العذراء]] كتب جواب دعم. [[PERSON:ماريا]] بتلعب على الأرض دلوقتي من غير خوف.
"""),
    ),
    (
        "fv2ac-bn-01",
        "bn",
        _s("""
আমাদের ইমেইলগুলো এখানে কপি করে দিলাম, যাতে অন্য ভাড়াটেরা দেখে সাহস পান।

From: [[PERSON:রাহেলা বেগম]] <[[EMAIL:rahela.begum72@example.com]]>
To: [[PERSON:Sophie Lane]], Housing Officer
Subject: জানালার পাশে কালো ছত্রাক - Repair ref [[REFERENCE:EH-RP-661204]]

প্রিয় [[PERSON:সোফি]],
আসসালামু আলাইকুম। আমি [[PERSON:রাহেলা]], [[ADDRESS:ফ্ল্যাট ৩২]], [[ADDRESS:Brunton House]], [[ADDRESS:Cable Yard Estate]], লন্ডন [[POSTCODE:E1 4RD]]। আমাদের বিল্ডিং
[[ADDRESS:বায়তুল আমান মসজিদ]]-এর ঠিক পেছনে। বাচ্চাদের ঘরের দেয়াল আর জানালার চারপাশে কালো ছত্রাক আবার ফিরে এসেছে। আমার মেয়ে
[[PERSON:নাদিয়া]] ([[PERSON:Nadia]]) বয়স [[AGE:তিন বছর]], ওর [[HEALTH:হাঁপানি]] আছে। [[ADDRESS:Sidney Square Surgery]]-র ডাক্তার বলেছেন এই ঘরে ওকে
ঘুমাতে না দিতে। এখন আমরা পাঁচজন এক ঘরে ঘুমাই।
গত বছর দুইবার রং করে দিয়ে গেছে, কিন্তু দুই মাসেই আবার কালো হয়ে যায়। দয়া করে কেউ এসে আসল কারণটা দেখুন।
আমার ফোন [[PHONE:০৭৭০০ ৯০০৩৩৫]]। ইংরেজিতে কথা বলতে হলে আমার ভাই [[PERSON:কামরুল]]কে ফোন করবেন: [[PHONE:07700 900871]]।
ধন্যবাদ,
[[PERSON:রাহেলা বেগম]]
Sent from my Samsung Galaxy

> On Tue, 5 Dec 2023 at 11:02, [[PERSON:Sophie Lane]] <[[EMAIL:sophie.lane@eastwayhomes.example.org]]> wrote:
> Dear Mrs [[PERSON:Begum]], I've had your email translated - thank you for writing. I'm treating this as a stage 1 complaint
> (ref [[REFERENCE:EH-CX-09817]]). A damp surveyor will visit on 12 December with a Bengali-speaking colleague, [[PERSON:Shamima]].
> [[PERSON:Sophie Lane]] | Housing Officer | [[ORGANISATION:Eastway Homes]] | [[PHONE:020 7946 0458]]

সার্ভেয়ার এসে দেখলেন ছাদের উপরের পানির পাইপ ফাটা, পানি দেয়ালের ভেতর দিয়ে নামছে। [[ORGANISATION:Thames Damp Solutions]] পাইপ বদলাল,
দেয়াল শুকিয়ে নতুন প্লাস্টার করল, আর রান্নাঘরে একটা বড় ফ্যান লাগাল। ক্ষতিপূরণ ২৫০ পাউন্ড।
Stage 1 letter-এ লিখেছে: "We learned that repainting mould without finding the cause is not a repair. Every second report of
mould in the same home now goes straight to a surveyor."
এখন [[PERSON:নাদিয়া]] আবার নিজের ঘরে ঘুমায়, আলহামদুলিল্লাহ।
"""),
    ),
    (
        "fv2ac-bn-02",
        "bn",
        _s("""
[[ORGANISATION:Pennine Vale Housing]]
Mr [[PERSON:Jahangir Alam]]
[[ADDRESS:19 Coppice Street]]
Oldham [[POSTCODE:OL8 1HQ]]
Housing register number: [[REFERENCE:PVH-HR-77341]]
Date: 2 June 2023

Dear Mr [[PERSON:Alam]],
Your application remains in Band 3. You are not currently considered overcrowded. ...
[[PERSON:Debbie Marsh]], Allocations Officer

আমার উত্তর (আমার বড় ছেলে [[PERSON:আরিফ]] ইংরেজি করে পাঠিয়েছে, এখানে আমার আসল লেখা):

জনাব,
আমি [[PERSON:জাহাঙ্গীর আলম]], তিন বেডরুমের বাসায় আমরা আটজন থাকি: আমি, আমার স্ত্রী [[PERSON:শাহনাজ]], আমার আম্মা আর পাঁচ ছেলেমেয়ে।
সবচেয়ে ছোট [[PERSON:ইয়াসিন]]-এর জন্ম [[DATE_OF_BIRTH:দুই হাজার একুশ সালের পাঁচই জানুয়ারি]], আর বড় [[PERSON:আরিফ]]-এর বয়স [[AGE:১৯ বছর]]। দুই মেয়ে
[[ADDRESS:Hathershaw College]]-এ পড়ে, পড়াশোনার জায়গা নেই, রান্নাঘরের টেবিলে পরীক্ষার পড়া করে। আপনারা ২০১৯ সালের ফর্ম দেখে
হিসাব করেছেন, তখন [[PERSON:ইয়াসিন]] ছিল না আর আম্মাও বাংলাদেশ থেকে আসেননি।
আম্মার [[OTHER_SPECIAL:ILR]] আছে, তার BRP নম্বর [[OTHER_ID:ZU4410872]], কাগজ সংযুক্ত করলাম।
কাউন্সিলর [[PERSON:রুবিনা খানম]] (Cllr [[PERSON:Rubina Khanom]])-এর সাথেও কথা বলেছি।
[[PERSON:জাহাঙ্গীর আলম]]
[[PHONE:0161 496 0589]] / [[EMAIL:jahangir.alam.oldham@example.net]]

তারপর ফোন এলো:
From: [[PERSON:Imran Qadir]] <[[EMAIL:imran.qadir@penninevale.example.org]]>
Subject: Complaint [[REFERENCE:PVH-C-4402]] - review of your banding
Dear Mr [[PERSON:Alam]], you are right. We assessed your household from out-of-date information and never asked you to update
it. Your application is now in Band 1 (statutory overcrowding), backdated to March 2021.
[[PERSON:Imran Qadir]], Complaints and Learning Lead, [[PHONE:0161 496 0710]]

চার মাস পর আমরা পাঁচ বেডরুমের একটা বাসা পেয়েছি, একই এলাকায়। ওরা লিখেছে, এখন থেকে প্রতি বছর সবাইকে চিঠি দিয়ে
পরিবারের সদস্য সংখ্যা জিজ্ঞেস করবে। [[PERSON:ইয়াসিন]] এখন নিজের খাটে ঘুমায়।
"""),
    ),
    (
        "fv2ac-bn-03",
        "bn",
        _s("""
অকুপেশনাল থেরাপিস্ট আর কন্ট্রাক্টরের সাথে আমার টেক্সট মেসেজ, মার্চ থেকে আগস্ট ২০২৩:

[[PERSON:Farhana]] 14/03: Hi [[PERSON:Lucy]], [[PERSON:Tanvir]] এর wheelchair আর বাথরুমে ঢোকে না। আমি ওকে কোলে নিয়ে গোসল করাই, ওর বয়স এখন [[AGE:১২]], আমার পিঠে আর পারি না।
[[PERSON:Lucy]] OT 14/03: Hi [[PERSON:Farhana]], so sorry. I've sent the wet room recommendation to [[ORGANISATION:Cole Valley Homes]] again today.
[[PERSON:Farhana]] 02/05: কোনো খবর নেই। Adaptations team এর কেউ ফোন ধরে না।
[[PHONE:07700 900640]] 19/06: [[ORGANISATION:Midland Adapt Ltd]]: survey for [[ADDRESS:27 Waverley Road]] [[POSTCODE:b100ez]] booked 21/06 8-12. Job [[REFERENCE:MA-23-3318]]
[[PERSON:Farhana]] 21/06: ১২টা বেজে গেছে, কেউ আসেনি। [[PERSON:তানু]]কে স্কুলে দেওয়ার জন্য আমি আজ ছুটি নিয়েছিলাম।

এরপর আমি লিখিত অভিযোগ করলাম:
প্রিয় মহোদয়,
আমি [[PERSON:ফারহানা ইসলাম]], [[ADDRESS:২৭ নম্বর]] বাসার ভাড়াটে (tenancy [[REFERENCE:CVH-T-302115]])। আমার ছেলে [[PERSON:তানভীর]]-এর [[HEALTH:সেরিব্রাল পালসি]] আছে,
NHS number [[OTHER_ID:601 234 5676]]। OT-র রিপোর্ট ছয় মাস ধরে আপনাদের কাছে পড়ে আছে। ওর স্কুল [[ADDRESS:Springfield House School]]-এর বাস
আমাদের রাস্তায় আসে, আমাদের গাড়ি (নম্বর [[OTHER_ID:BV19 WKR]]) বাসার সামনে পার্ক করা থাকে, তাই ঠিকানা খুঁজে পেতে কষ্ট হওয়ার কথা নয়।
[[PERSON:ফারহানা ইসলাম]], [[EMAIL:farhana.islam@example.org]]

উত্তর, 11 July 2023:
Dear Ms [[PERSON:Islam]], I am sorry for the delay and for the missed survey. We found your OT recommendation had been filed
under the wrong address. The wet room and a ramp to the back door have been approved as an urgent adaptation.
[[PERSON:Gurpreet Sahota]], Adaptations Manager, [[PHONE:0121 496 0944]]

আগস্টের শেষে wet room তৈরি হয়ে গেছে। ক্ষমাপ্রার্থনার চিঠির সাথে ৪০০ পাউন্ড দিয়েছে। ওরা বলেছে এখন থেকে প্রতিটি OT রিপোর্ট পাওয়ার দুই দিনের মধ্যে
পরিবারকে ফোন করে জানাবে। [[PERSON:তানু]] এখন নিজে নিজে গোসলখানায় ঢোকে, হাসতে হাসতে।
"""),
    ),
    (
        "fv2ac-bn-04",
        "bn",
        _s("""
বিষয়: FW: Leak from flat above - complaint [[REFERENCE:LBH/CMP/2024/0219]]

ভাইয়েরা, আমার কেসটা শেয়ার করছি। প্রথম মেইল আমার, বাংলায় লিখে Google দিয়ে অনুবাদ করে পাঠিয়েছিলাম:

From: [[PERSON:Shafiq Uddin]] <[[EMAIL:shafiq.uddin@example.com]]>
Date: 8 January 2024
সম্মানিত [[ORGANISATION:Lea Brook Housing]],
আমি [[PERSON:শফিক উদ্দিন]], [[ADDRESS:ফ্ল্যাট ৪]], [[ADDRESS:Marsh View Court]], লুটন [[POSTCODE:LU2 0NW]]। উপরের [[ADDRESS:ফ্ল্যাট ৭]] থেকে তিন মাস ধরে
বাথরুমের ছাদ দিয়ে পানি পড়ছে। বাল্বের ভেতরে পানি জমে থাকে, বিদ্যুতের ভয়ে আমরা অন্ধকারে গোসল করি। আমার স্ত্রী [[PERSON:সুমি]] সাত মাসের
গর্ভবতী। আমি ছয়বার ফোন করেছি, প্রতিবার নতুন job নম্বর দেয়: [[REFERENCE:R-558102]], [[REFERENCE:R-558677]], [[REFERENCE:R-560013]]...
[[PERSON:শফিক]]
[[PHONE:01632 960 417]]
Sent from my iPhone

> From: [[PERSON:Aoife Brennan]] <[[EMAIL:a.brennan@leabrook.example.org]]>
> Dear Mr [[PERSON:Uddin]], thank you. I've closed the duplicate jobs and opened one complaint. The electrician from
> [[ORGANISATION:Sparkright Electrical]] will make the light safe today.
> [[PERSON:Aoife]]

কিন্তু পানি পড়া বন্ধ হয়নি। তাই মার্চে আমি Housing Ombudsman-এ গেলাম, কেস নম্বর [[REFERENCE:202401877]]। আর আমার ফেসবুক পেজ
[[OTHER_ID:facebook.com/shafiq.uddin.luton]]-এ ছবি দিলাম। তার এক সপ্তাহ পরে ওদের surveyor এসে উপরের ফ্ল্যাটের বাথটাবের নিচে ভাঙা পাইপ পেল।

Stage 2 response, 3 April 2024:
"We accept that raising a new job each time you called hid the pattern. Your bathroom ceiling has been replaced and we have paid
GBP 650. We now link repeat reports for the same address to one case owner."

আমাদের মেয়ে হয়েছে মে মাসে, নাম রেখেছি [[PERSON:আয়েশা]]। বাথরুম এখন শুকনো।
"""),
    ),
    (
        "fv2ac-bn-05",
        "bn",
        _s("""
নানুর বাসায় ছারপোকা নিয়ে ইমেইল, আমি [[PERSON:রাফি]] লিখছি।

From: [[PERSON:Rafi Hussain]] <[[EMAIL:rafi.hussain@example.org]]>
To: [[EMAIL:customerservices@airevalleyhomes.example.org]]
Subject: Bed bugs - Mrs [[PERSON:Nurjahan Khatun]], tenancy [[REFERENCE:AVH-0093317]]

Dear Sir/Madam,
I am writing for my grandmother, Mrs [[PERSON:Nurjahan Khatun]], date of birth [[DATE_OF_BIRTH:03/08/1956]], at [[ADDRESS:56 Oakdene Terrace]],
Bradford [[POSTCODE:BD8 7RS]]. She has had bed bugs for ten weeks. Your contractor sprayed once and told her to throw away her bed.
She is [[AGE:67]], has [[HEALTH:type 2 diabetes]] and bites on her legs are getting infected.
[[PERSON:Rafi Hussain]] (grandson), [[PHONE:07700 900159]]

নানু নিজেও লিখেছিলেন, ওনার হাতের লেখা চিঠি আমি টাইপ করে দিলাম:
"বাবা, আমি [[PERSON:নূরজাহান খাতুন]], [[ADDRESS:৫৬ নম্বর]] বাসায় বিশ বছর আছি। রাতে ঘুমাতে পারি না, সারা শরীর চুলকায়। খাট ফেলে দিলে আমি শোব কোথায়?
নামাজ পড়তে [[ADDRESS:জামিয়া মসজিদ তাওহিদ]]-এ যাই, ওখানেও লজ্জা লাগে। আপনারা একটু দেখেন।"

> From: [[PERSON:Callum Reid]] <[[EMAIL:callum.reid@airevalleyhomes.example.org]]>
> Hi [[PERSON:Rafi]], thank you for writing and please pass my apologies to your nan. I've logged a stage 1 complaint, ref
> [[REFERENCE:AVH-CX-6620]]. [[ORGANISATION:Northern Pest Solutions Ltd]] will do a full heat treatment on Thursday, and we will
> supply a new bed and mattress. I've also asked for a Sylheti-speaking officer to visit her.
> [[PERSON:Callum Reid]] | Tenancy Sustainment | [[ORGANISATION:Aire Valley Homes]] | [[PHONE:0113 496 0628]]

দুইবার heat treatment দিয়েছে, নতুন খাট দিয়েছে, আর ক্ষতিপূরণ ২০০ পাউন্ড। ওদের stage 1 চিঠিতে লিখেছে: "A single spray is not a treatment
for bed bugs. We have changed our contract so every case gets a follow-up inspection, and we will never ask an older tenant to
dispose of furniture without replacing it." আমি TikTok-এ [[OTHER_ID:@rafi_h_bd8]] থেকে ভিডিওটা দিয়েছিলাম, অনেকে জানতে চেয়েছে কীভাবে অভিযোগ
করতে হয়, তাই এখানে লিখলাম। নানু এখন আরামে ঘুমান।
"""),
    ),
    (
        "fv2ac-pa-01",
        "pa",
        _s("""
ਮੰਮੀ ਜੀ ਦੇ ਘਰ ਦੀ ਸਿੱਲ੍ਹ ਬਾਰੇ ਸਾਰੇ ਮੈਸੇਜ ਇੱਥੇ ਪੇਸਟ ਕਰ ਰਹੀ ਹਾਂ। ਸ਼ਾਇਦ ਕਿਸੇ ਹੋਰ ਪਰਿਵਾਰ ਦੇ ਕੰਮ ਆਉਣ।

[06/11/2023, 18:40] [[PERSON:Navdeep]]: Hello [[PERSON:Karen]] ji, ਮੈਂ [[PERSON:ਨਵਦੀਪ]] ਹਾਂ, ਮਿਸਿਜ਼ [[PERSON:ਸੁਰਜੀਤ ਕੌਰ ਢਿੱਲੋਂ]] ([[PERSON:Surjit Kaur Dhillon]]) ਦੀ ਨੂੰਹ। ਉਨ੍ਹਾਂ ਦੇ ਬੈੱਡਰੂਮ ਦੀ ਕੰਧ ਫਿਰ ਕਾਲੀ ਹੋ ਗਈ ਹੈ, ਫ਼ੋਟੋ ਭੇਜ ਰਹੀ ਹਾਂ।
[06/11/2023, 18:41] [[PERSON:Navdeep]]: ਪਤਾ: [[ADDRESS:੪੫ Ettingshall Park Road]], Wolverhampton [[POSTCODE:WV4 6QD]], [[ADDRESS:ਗੁਰਦੁਆਰਾ ਬਾਬਾ ਦੀਪ ਸਿੰਘ ਜੀ]] ਦੇ ਪਿੱਛੇ ਵਾਲੀ ਗਲੀ।
[07/11/2023, 09:12] [[PERSON:Karen]] [[ORGANISATION:Wulfrun]]: Hi [[PERSON:Navdeep]], thanks. Repair raised, job [[REFERENCE:WH-440219]]. Mould wash booked for 28/11.
[07/11/2023, 09:30] [[PERSON:Navdeep]]: ਪਿਛਲੀ ਵਾਰ ਵੀ ਸਿਰਫ਼ ਧੋ ਕੇ ਚਲੇ ਗਏ ਸੀ। ਮੰਮੀ ਜੀ [[AGE:੭੨ ਸਾਲ]] ਦੇ ਨੇ, ਉਨ੍ਹਾਂ ਨੂੰ [[HEALTH:ਸੀ.ਓ.ਪੀ.ਡੀ.]] ਹੈ ਤੇ ਸਾਹ ਚੜ੍ਹਦਾ ਹੈ। [[ADDRESS:Penn Manor Medical Practice]] ਦੇ ਡਾਕਟਰ ਨੇ ਚਿੱਠੀ ਲਿਖੀ ਹੈ। ਪਲੀਜ਼ complaint ਦਰਜ ਕਰੋ।

ਫੇਰ ਮੇਰੇ ਪਤੀ [[PERSON:ਮਨਜੀਤ]] (ਘਰ ਵਿੱਚ ਸਾਰੇ [[PERSON:ਮਨੀ]] ਕਹਿੰਦੇ ਨੇ) ਨੇ ਈਮੇਲ ਕੀਤੀ:

From: [[PERSON:Manjit Dhillon]] <[[EMAIL:manjit.dhillon@example.com]]>
Subject: Formal complaint - mould - job [[REFERENCE:WH-440219]] - tenancy [[REFERENCE:WFH/55/01873]]
My mother's date of birth is [[DATE_OF_BIRTH:21 February 1951]] and her NHS number is [[OTHER_ID:450 557 7104]] (GP letter attached).
Please stop booking mould washes. Please send a surveyor.
[[PERSON:Manjit]], [[PHONE:07700 900236]]

> Dear Mr [[PERSON:Dhillon]], I've logged a stage 1 complaint (ref [[REFERENCE:WH-C-1983]]). Our surveyor, [[PERSON:Dev Chauhan]], will visit on
> 14 November. Kind regards, [[PERSON:Karen Hollis]], Tenancy Officer, [[ORGANISATION:Wulfrun Homes]], [[PHONE:0121 496 0277]]

ਸਰਵੇਅਰ ਨੂੰ ਛੱਤ ਵਿੱਚ insulation ਦੀ ਘਾਟ ਮਿਲੀ, ਕੰਧ ਦੇ ਉਸ ਕੋਨੇ ਉੱਤੇ ਬਿਲਕੁਲ ਨਹੀਂ ਸੀ। [[ORGANISATION:Midland Loft & Damp Ltd]] ਨੇ ਦਸੰਬਰ ਵਿੱਚ insulation ਪਾਈ,
ਕੰਧ ਦਾ ਇਲਾਜ ਕੀਤਾ ਤੇ ਖਿੜਕੀ ਵਿੱਚ trickle vent ਲਾਇਆ। ੩੦੦ ਪੌਂਡ ਮੁਆਵਜ਼ਾ ਮਿਲਿਆ। Stage 1 ਵਾਲੇ ਜਵਾਬ ਵਿੱਚ ਲਿਖਿਆ ਸੀ:
"We have learned that a mould wash alone is not enough where a tenant has a respiratory condition. These homes are now inspected first."
ਹੁਣ ਮੰਮੀ ਜੀ ਦਾ ਕਮਰਾ ਸੁੱਕਾ ਹੈ ਤੇ ਉਹ ਰੋਜ਼ ਸਵੇਰੇ ਗੁਰਦੁਆਰੇ ਪੈਦਲ ਜਾਂਦੇ ਨੇ।
"""),
    ),
    (
        "fv2ac-pa-02",
        "pa",
        _s("""
Subject: Lift out of service AGAIN - [[ADDRESS:Havelock Tower]] - ref [[REFERENCE:BVH-L-7731]]
From: [[PERSON:Jaskirat Singh Sidhu]] <[[EMAIL:jaskirat.sidhu@example.net]]>
To: [[EMAIL:repairs@brentvale.example.org]]
Cc: Cllr [[PERSON:Parminder Grewal]]

ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ ਜੀ,
ਮੈਂ [[PERSON:ਜਸਕੀਰਤ ਸਿੰਘ ਸਿੱਧੂ]] ਹਾਂ। ਮੇਰੇ ਬਾਪੂ ਜੀ, ਸਰਦਾਰ [[PERSON:ਕਰਤਾਰ ਸਿੰਘ ਸਿੱਧੂ]], [[ADDRESS:ਫਲੈਟ ੮੪]], [[ADDRESS:Havelock Tower]], ਸਾਊਥਾਲ [[POSTCODE:UB2 4NX]] ਵਿੱਚ ਚੌਦ੍ਹਵੀਂ ਮੰਜ਼ਿਲ 'ਤੇ
ਰਹਿੰਦੇ ਹਨ। ਉਨ੍ਹਾਂ ਦਾ ਜਨਮ [[DATE_OF_BIRTH:੧੨ ਅਪ੍ਰੈਲ ੧੯੪੦]] ਦਾ ਹੈ ਅਤੇ ਉਹ wheelchair ਵਰਤਦੇ ਹਨ ([[HEALTH:ਲੱਤ ਕੱਟੀ ਹੋਈ]] ਹੈ, [[HEALTH:ਸ਼ੂਗਰ]] ਕਰਕੇ)।
ਦੋਵੇਂ lift ਇਸ ਮਹੀਨੇ ਤੀਜੀ ਵਾਰ ਬੰਦ ਹਨ। ਬਾਪੂ ਜੀ ਦਾ dialysis ਹਫ਼ਤੇ ਵਿੱਚ ਤਿੰਨ ਵਾਰ ਹੁੰਦਾ ਹੈ, ਉਹ ਦੋ ਵਾਰ ਮਿਸ ਕਰ ਚੁੱਕੇ ਹਨ ਕਿਉਂਕਿ ambulance ਵਾਲੇ
ਚੌਦਾਂ ਮੰਜ਼ਿਲਾਂ ਪੌੜੀਆਂ ਨਹੀਂ ਚੜ੍ਹ ਸਕਦੇ। ਉਹ ਹਰ ਐਤਵਾਰ [[ADDRESS:ਗੁਰਦੁਆਰਾ ਸ੍ਰੀ ਗੁਰੂ ਸਿੰਘ ਸਭਾ ਹੈਵਲੌਕ ਰੋਡ]] ਜਾਂਦੇ ਸਨ, ਹੁਣ ਤਿੰਨ ਹਫ਼ਤਿਆਂ ਤੋਂ ਘਰੋਂ ਨਹੀਂ ਨਿਕਲੇ।
ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਰਸਮੀ ਸ਼ਿਕਾਇਤ ਸਮਝੋ।
[[PERSON:ਜਸਕੀਰਤ]] (ਪੋਤਾ)
[[PHONE:020 7946 0871]]
Sent from my iPhone

> On 9 Oct 2023, at 14:25, [[PERSON:Olu Bankole]] <[[EMAIL:olu.bankole@brentvale.example.org]]> wrote:
> Dear Mr [[PERSON:Sidhu]], thank you, and I am very sorry. [[ORGANISATION:Westway Lifts Ltd]] are waiting for a part for lift B. I have asked them to
> prioritise lift A today and arranged for the renal unit transport to be told. Complaint ref [[REFERENCE:BVH-CX-20331]].
> [[PERSON:Olu Bankole]], Building Safety Manager, [[ORGANISATION:Brentvale Housing Trust]], [[PHONE:020 7946 0193]]

ਕੌਂਸਲਰ [[PERSON:ਪਰਮਿੰਦਰ ਗਰੇਵਾਲ]] ਜੀ ਨੇ ਵੀ ਫ਼ੋਨ ਕੀਤਾ। Stage 1 ਦਾ ਜਵਾਬ ੩੦ ਅਕਤੂਬਰ ਨੂੰ ਆਇਆ: ਦੋਵੇਂ lift ਦੇ control panel ਬਦਲੇ ਗਏ, ਬਾਪੂ ਜੀ ਨੂੰ
੫੦੦ ਪੌਂਡ ਮਿਲੇ, ਅਤੇ ਉਨ੍ਹਾਂ ਲਿਖਿਆ: "We now hold a register of residents who depend on the lifts for medical appointments and will
arrange transport or a temporary move if a lift is out for more than 48 hours." ਬਾਪੂ ਜੀ ਫਿਰ ਤੋਂ ਸੰਗਤ ਵਿੱਚ ਜਾਂਦੇ ਨੇ।
"""),
    ),
    (
        "fv2ac-pa-03",
        "pa",
        _s("""
[[ORGANISATION:Soar Valley Homes]]
Mr [[PERSON:Harjinder Singh Bajwa]]
[[ADDRESS:112 Catherine Crescent]]
Leicester [[POSTCODE:LE4 6BW]]
Your ref: [[REFERENCE:SVH-HT-00981]]    Tenancy: [[REFERENCE:04-118-7742]]
20 January 2024

Dear Mr [[PERSON:Bajwa]],
We are sorry that your heating and hot water have failed four times since November. Our contractor, [[ORGANISATION:Charnwood Heating Services]],
reports that the boiler is working. If you are still having problems, please call us on [[PHONE:0116 496 0524]].
[[PERSON:Lisa Barnett]], Repairs Team

ਮੇਰਾ ਜਵਾਬ (ਹੱਥ ਨਾਲ ਲਿਖਿਆ, ਬੇਟੀ [[PERSON:ਰਾਜਵੀਰ]] ਨੇ ਟਾਈਪ ਕੀਤਾ):

ਮਾਨਯੋਗ ਜੀ,
ਮੈਂ [[PERSON:ਹਰਜਿੰਦਰ ਸਿੰਘ ਬਾਜਵਾ]], ਉਮਰ [[AGE:੬੮ ਸਾਲ]]। ਤੁਹਾਡਾ ਮੁੰਡਾ ਆ ਕੇ boiler reset ਕਰ ਜਾਂਦਾ ਹੈ, ਦੋ ਦਿਨ ਚੱਲਦਾ ਹੈ, ਫਿਰ ਬੰਦ। ਠੰਢ ਵਿੱਚ ਮੇਰੇ
ਗੋਡਿਆਂ ਦਾ [[HEALTH:ਗਠੀਆ]] ਬਹੁਤ ਦੁਖਦਾ ਹੈ। ਮੇਰੀ ਘਰਵਾਲੀ [[PERSON:ਬਲਜੀਤ]] ਰੋਜ਼ ਪਤੀਲੇ ਵਿੱਚ ਪਾਣੀ ਗਰਮ ਕਰਕੇ ਨਹਾਉਂਦੀ ਹੈ। ਗੁਆਂਢੀ [[ADDRESS:੧੧੪ ਨੰਬਰ]] ਵਾਲੇ
[[PERSON:Mick]] ਨੇ ਵੀ ਇਹੀ ਕਿਹਾ ਕਿ ਇਹ boiler ਪੁਰਾਣਾ ਹੋ ਗਿਆ ਹੈ। ਮੈਂ ਨਵਾਂ boiler ਮੰਗਦਾ ਹਾਂ।
ਸ਼ਿਕਾਇਤ ਲਈ ਤੁਸੀਂ ਮੇਰਾ National Insurance ਨੰਬਰ ਮੰਗਿਆ ਸੀ: [[NI_NUMBER:QQ 78 21 04 D]]।
[[PERSON:ਹਰਜਿੰਦਰ ਸਿੰਘ]]
ਫ਼ੋਨ: [[PHONE:੦੭੭੦੦ ੯੦੦੫੧੨]], ਬੇਟੀ ਦੀ ਈਮੇਲ [[EMAIL:rajveer dot bajwa at example dot com]]

ਫਿਰ ਇੱਕ ਨਵੀਂ ਅਫ਼ਸਰ ਦਾ ਫ਼ੋਨ ਆਇਆ ਅਤੇ ਇਹ ਈਮੇਲ:
From: [[PERSON:Amandeep Rai]] <[[EMAIL:amandeep.rai@soarvalley.example.org]]>
Subject: Stage 1 complaint [[REFERENCE:SVH-C-7710]]
ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ [[PERSON:ਬਾਜਵਾ]] ਜੀ, I've looked at the history: five call-outs, the same fault code every time. That should have been picked
up after the second. A new boiler will be fitted on 2 February and we have paid GBP 320 for the weeks without heating.
[[PERSON:Amandeep]], Customer Resolution Officer

ਨਵਾਂ boiler ਲੱਗ ਗਿਆ। ਉਨ੍ਹਾਂ ਨੇ ਦੱਸਿਆ ਕਿ ਹੁਣ ਤੀਜੀ ਵਾਰੀ ਇੱਕੋ fault ਆਉਣ 'ਤੇ ਆਪਣੇ-ਆਪ supervisor ਕੋਲ ਕੇਸ ਜਾਂਦਾ ਹੈ।
"""),
    ),
    (
        "fv2ac-pa-04",
        "pa",
        _s("""
ਟੈਕਸਟ ਮੈਸੇਜ, ASB officer ਨਾਲ (ਫ਼ਰਵਰੀ-ਅਪ੍ਰੈਲ ੨੦੨੪):

Me 11/02 23:05: Hi [[PERSON:Chloe]], ਮੈਂ [[PERSON:ਗੁਰਪ੍ਰੀਤ ਕੌਰ]] ([[PERSON:Preeti]]), [[ADDRESS:flat 2]], [[ADDRESS:18 Rood End Road]]। ਉੱਪਰ ਵਾਲੇ [[ADDRESS:flat 4]] ਦਾ ਕੁੱਤਾ ਫਿਰ ਸਾਰੀ ਰਾਤ ਭੌਂਕ ਰਿਹਾ ਹੈ ਤੇ ਪੌੜੀਆਂ ਵਿੱਚ ਗੰਦ ਪਾਇਆ ਹੋਇਆ ਹੈ।
[[PHONE:0121 496 0318]] 12/02 09:00: Hi [[PERSON:Preeti]], [[PERSON:Chloe]] here from [[ORGANISATION:Rood End Housing Co-operative]]. ASB case opened, ref [[REFERENCE:REH-ASB-0412]]. Diary sheets posted to you.
Me 12/02 09:14: ਧੰਨਵਾਦ। ਉਹ ਬੰਦਾ ਆਪਣੀ ਗੱਡੀ [[OTHER_ID:FG70 LMU]] ਵੀ ਮੇਰੇ disabled bay ਵਿੱਚ ਖੜ੍ਹਾ ਕਰਦਾ ਹੈ।
Me 03/03 22:47: ਅੱਜ ਉਸਨੇ ਮੇਰੀ ਧੀ [[PERSON:ਸਿਮਰਨ]] ਨੂੰ ਗਾਲ੍ਹਾਂ ਕੱਢੀਆਂ। ਉਹ ਸਿਰਫ਼ [[AGE:੭ ਸਾਲ]] ਦੀ ਹੈ। TikTok ਉੱਤੇ [[OTHER_ID:@dazza_b66]] ਨਾਂ ਤੋਂ ਸਾਡੀ ਵੀਡੀਓ ਵੀ ਪਾਈ ਹੈ।

ਫਿਰ ਮੈਂ ਈਮੇਲ ਕੀਤੀ:
To: [[EMAIL:complaints@roodend.example.org]]
Subject: ਸ਼ਿਕਾਇਤ / Complaint - ASB case [[REFERENCE:REH-ASB-0412]]
ਤਿੰਨ ਹਫ਼ਤੇ ਹੋ ਗਏ diary sheets ਭੇਜੀਆਂ ਨੂੰ, ਕਿਸੇ ਨੇ ਜਵਾਬ ਨਹੀਂ ਦਿੱਤਾ। [[PERSON:ਸਿੰਮੀ]] ਹੁਣ [[ADDRESS:Corbett Primary]] ਤੋਂ ਆ ਕੇ ਇਕੱਲੀ ਪੌੜੀਆਂ ਚੜ੍ਹਨ ਤੋਂ ਡਰਦੀ ਹੈ।
ਮੈਨੂੰ [[HEALTH:MS]] ਹੈ ਅਤੇ ਮੈਂ stick ਨਾਲ ਤੁਰਦੀ ਹਾਂ, ਗੰਦ ਵਿੱਚ ਤਿਲਕਣ ਦਾ ਡਰ ਰਹਿੰਦਾ ਹੈ।
[[PERSON:ਪ੍ਰੀਤੀ]] | [[PHONE:07700 900745]] | [[POSTCODE:b68 9sj]]

> Dear Ms [[PERSON:Kaur]], thank you for your email. I am sorry that the diary sheets were not acknowledged - [[PERSON:Chloe]] was on leave and
> the case was not passed on. I will meet you on 20 March. [[PERSON:Marcus Bell]], Neighbourhood Manager

ਅਪ੍ਰੈਲ ਵਿੱਚ Stage 1 ਦਾ ਫ਼ੈਸਲਾ: ਉੱਪਰ ਵਾਲੇ ਨੂੰ ਲਿਖਤੀ warning, ਪੌੜੀਆਂ ਦੀ ਹਫ਼ਤਾਵਾਰੀ ਸਫ਼ਾਈ, ਮੇਰੇ bay ਉੱਤੇ ਤਾਲੇ ਵਾਲਾ post, ਅਤੇ ੧੫੦ ਪੌਂਡ। ਉਨ੍ਹਾਂ
ਲਿਖਿਆ: "Cases will no longer sit with one officer while they are away; a named back-up officer is now recorded on every ASB case."
ਕੁੱਤਾ ਹੁਣ ਚੁੱਪ ਹੈ। [[PERSON:ਸਿਮਰਨ]] ਫਿਰ ਹੱਸਦੀ-ਖੇਡਦੀ ਘਰ ਆਉਂਦੀ ਹੈ।
"""),
    ),
    (
        "fv2ac-pa-05",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਅਵਤਾਰ ਸਿੰਘ ਪੰਨੂ]] ਹਾਂ, [[ADDRESS:ਗੁਰਦੁਆਰਾ ਗੁਰੂ ਨਾਨਕ ਦਰਬਾਰ]] ਵਿੱਚ ਸੇਵਾ ਕਰਦਾ ਹਾਂ। ਸਾਡੀ ਸੰਗਤ ਦੀ ਇੱਕ ਬੀਬੀ, ਵਿਧਵਾ, ਅੰਗਰੇਜ਼ੀ ਨਹੀਂ
ਪੜ੍ਹ ਸਕਦੀ, ਇਸ ਲਈ ਉਨ੍ਹਾਂ ਦੀ ਚਿੱਠੀ-ਪੱਤਰੀ ਮੈਂ ਕੀਤੀ। ਉਨ੍ਹਾਂ ਦੀ ਇਜਾਜ਼ਤ ਨਾਲ ਇੱਥੇ ਪਾ ਰਿਹਾ ਹਾਂ।

From: [[PERSON:Avtar Singh Pannu]] <[[EMAIL:avtar.pannu@example.org]]>
To: Customer Services, [[ORGANISATION:Thameside Estates Housing]]
Subject: Roof leak and broken window - Mrs [[PERSON:Kuldip Kaur Sandhu]] - job [[REFERENCE:TEH/RJ/33815]]

Dear Sir or Madam,
I am writing with the consent of Mrs [[PERSON:Sandhu]], [[ADDRESS:7 Khalsa Avenue]], Gravesend [[POSTCODE:DA12 1EY]]. She is [[AGE:83]] and lives alone.
Since September rain comes through the back bedroom ceiling and the bedroom window will not close. [[ORGANISATION:Medway Glazing Co]]
measured the window twice. Nobody has come back. Please treat this as a complaint.
[[PERSON:Avtar Singh Pannu]], [[PHONE:07700 900384]]

ਬੀਬੀ ਜੀ ਦੇ ਆਪਣੇ ਸ਼ਬਦ, ਜੋ ਮੈਂ ਨਾਲ ਲਿਖ ਕੇ ਭੇਜੇ:
"ਪੁੱਤ, ਮੈਂ [[PERSON:ਕੁਲਦੀਪ ਕੌਰ]] ਹਾਂ। ਰਾਤ ਨੂੰ ਖਿੜਕੀ ਖੁੱਲ੍ਹੀ ਰਹਿੰਦੀ ਹੈ, ਮੈਨੂੰ ਡਰ ਲੱਗਦਾ ਹੈ। ਮੰਜੇ ਉੱਤੇ ਬਾਲਟੀ ਰੱਖ ਕੇ ਸੌਂਦੀ ਹਾਂ। ਮੇਰਾ ਪੋਤਾ [[PERSON:ਗੋਲਡੀ]] ਕੈਨੇਡਾ
ਵਿੱਚ ਹੈ, ਇੱਥੇ ਕੋਈ ਨਹੀਂ।"

> From: [[PERSON:Natalie Osei]] <[[EMAIL:natalie.osei@thameside-estates.example.org]]>
> Dear Mr [[PERSON:Pannu]], thank you for helping Mrs [[PERSON:Sandhu]]. For data protection we need her consent form and ID; please send a copy
> of her passport.
> [[PERSON:Natalie Osei]], Complaints Officer, [[PHONE:020 7946 0736]]

ਮੈਂ ਫ਼ਾਰਮ ਅਤੇ ਪਾਸਪੋਰਟ ਨੰਬਰ [[OTHER_ID:Z4382716]] ਭੇਜ ਦਿੱਤਾ। ਫਿਰ ਵੀ ਤਿੰਨ ਹਫ਼ਤੇ ਕੁਝ ਨਹੀਂ ਹੋਇਆ, ਇਸ ਲਈ ਅਸੀਂ Housing Ombudsman ਕੋਲ ਗਏ
(ਕੇਸ [[REFERENCE:202319044]])। ਉਸ ਤੋਂ ਬਾਅਦ ਛੱਤ ਦੀਆਂ ਟਾਈਲਾਂ ਬਦਲੀਆਂ ਗਈਆਂ, ਨਵੀਂ ਖਿੜਕੀ ਲੱਗੀ, ਅਤੇ ਬੀਬੀ ਜੀ ਨੂੰ ੭੫੦ ਪੌਂਡ ਮਿਲੇ।
Stage 2 letter ਵਿੱਚ ਲਿਖਿਆ ਸੀ: "We should not have paused repairs while we waited for paperwork. Consent checks must never delay
urgent work for an older person living alone." ਬੀਬੀ ਜੀ ਕਹਿੰਦੇ ਨੇ, ਹੁਣ ਉਹ ਪਾਠ ਕਰਕੇ ਚੈਨ ਨਾਲ ਸੌਂਦੇ ਨੇ।
"""),
    ),
    (
        "fv2ac-pl-01",
        "pl",
        _s("""
Wklejam całą korespondencję, bo może komuś pomoże. Pisałam po polsku, odpisywali po angielsku.

Od: [[PERSON:Katarzyna Wiśniewska]] <[[EMAIL:kasia.wisniewska@example.com]]>
Do: [[EMAIL:housing@neneparkhomes.example.org]]
Temat: Grzyb w sypialni dziecka - zgłoszenie [[REFERENCE:NPH-884310]]

Dzień dobry,
piszę już trzeci raz. Mieszkamy z mężem [[PERSON:Tomkiem]] i synkiem [[PERSON:Kubą]] pod adresem [[ADDRESS:9 Alderman Close]], Peterborough [[POSTCODE:pe12rf]].
Czarny grzyb wrócił na ścianie w pokoju [[PERSON:Kuby]], za łóżeczkiem. [[PERSON:Kuba]] ma [[AGE:dwa latka]], w styczniu leżał w szpitalu z [[HEALTH:zapaleniem oskrzelików]],
a lekarka z [[ADDRESS:Millfield Medical Centre]] napisała, że pleśń mu szkodzi. Jego numer NHS: [[OTHER_ID:721 094 3385]].
Wasz pracownik z [[ORGANISATION:Fenland Damp & Timber]] tylko psiknął czymś ścianę i powiedział, żebyśmy "otwierali okna". W lutym!
Proszę o potraktowanie tego jako oficjalnej skargi.
Pozdrawiam,
[[PERSON:Kasia Wiśniewska]], tel. [[PHONE:07700 900692]]
Wysłane z iPhone'a

> On 14 Feb 2024, at 15:47, [[PERSON:Joanne Price]] <[[EMAIL:joanne.price@neneparkhomes.example.org]]> wrote:
> Dear Mrs [[PERSON:Wisniewska]], thank you for your email, which we had translated. I'm sorry for the earlier visit. I've opened a
> stage 1 complaint (ref [[REFERENCE:NPH-C-0577]]) and booked a full damp survey for 20 February. Could [[PERSON:Tomasz]] be home to let us in?
> [[PERSON:Joanne Price]], Customer Experience Officer, [[ORGANISATION:Nene Park Homes]], [[PHONE:01632 960 218]]

Odpisałam, że [[PERSON:Tomek]] pracuje na nocki w magazynie, ale ja będę. Surveyor znalazł przeciekającą rynnę i brak izolacji w narożniku
nad oknem. W marcu zrobili izolację, nową rynnę, wentylator w łazience i wymalowali pokój farbą przeciwgrzybiczą. Dostaliśmy 275 funtów.
W odpowiedzi napisali: "We learned that advice about ventilation must never replace an inspection, especially where a young child has
breathing problems."
Od trzech miesięcy ściana jest sucha. [[PERSON:Kubuś]] śpi w swoim pokoju, a my z [[PERSON:Tomkiem]] w końcu też się wysypiamy. :)
"""),
    ),
    (
        "fv2ac-pl-02",
        "pl",
        _s("""
SMS-y i listy w sprawie ogrzewania u mojego taty, [[PERSON:Zbigniewa Kowalczyka]].

SMS od [[ORGANISATION:Thames Meadow]], 02/12/2023 07:15: Your repair [[REFERENCE:TMH-RJ-550781]] is booked for 15/12/2023. Reply Y to confirm.
Tata 02/12 07:40 do mnie: [[PERSON:Aga]], co to znaczy ten sms? Grzejniki zimne od wczoraj.
Ja 02/12 07:52: Tato, to znaczy, że przyjdą dopiero za dwa tygodnie. Dzwonię do nich.

Mój e-mail:
To: [[EMAIL:repairs@thamesmeadow.example.org]]
Subject: No heating - elderly tenant - [[REFERENCE:TMH-RJ-550781]]
Szanowni Państwo (I'm writing in English too below),
mój ojciec, pan [[PERSON:Zbigniew Kowalczyk]], urodzony [[DATE_OF_BIRTH:czternastego marca tysiąc dziewięćset czterdziestego czwartego roku]], mieszka sam
w [[ADDRESS:mieszkaniu nr 6]], [[ADDRESS:Cippenham Court]], Slough [[POSTCODE:SL1 5HT]]. Ma [[AGE:79 lat]], [[HEALTH:chorobę Parkinsona]] i nie ma ogrzewania.
My father is [[AGE:79]], has [[HEALTH:Parkinson's]] and has no heating. Fifteen days is not acceptable.
Numer najmu: [[REFERENCE:TMH-T-0031187]], NI: [[NI_NUMBER:QQ 88 40 27 B]].
[[PERSON:Agnieszka Kowalczyk-Reid]] (córka)
[[PHONE:020 7946 0522]] | [[EMAIL:aga.kreid@example.net]]

Sąsiadka taty, pani [[PERSON:Halina]] spod [[ADDRESS:numeru 8]], przyniosła mu swój grzejnik olejowy. Dziękuję, pani [[PERSON:Halinko]]!

> Dear Ms [[PERSON:Kowalczyk-Reid]], I'm very sorry. The booking system did not show your father's vulnerability. An engineer from
> [[ORGANISATION:Berkshire Boiler Care]] will attend today. I have logged a stage 1 complaint, ref [[REFERENCE:TMH-CX-2294]].
> [[PERSON:Ravi Menon]] | Repairs Manager | [[ORGANISATION:Thames Meadow Housing]] | [[PHONE:07700 900133]]

Inżynier przyszedł tego samego dnia, wymienił pompę. W odpowiedzi na skargę przeprosili i wypłacili tacie 180 funtów. Napisali, że
"all heating failures for tenants over 75 or with a recorded health condition are now same-day emergencies". Tata mówi, że pierwszy raz
od lat ktoś z [[ORGANISATION:Thames Meadow]] zadzwonił do niego sam, żeby zapytać, czy jest ciepło.
"""),
    ),
    (
        "fv2ac-pl-03",
        "pl",
        _s("""
Temat: RE: RE: RE: Przeciek z sufitu - complaint [[REFERENCE:SCH/2023/4471]] - sprawa u Ombudsmana

Tu wklejam najważniejsze kawałki, bo cały wątek ma 40 maili.

Od: [[PERSON:Marcin Zieliński]] <[[EMAIL:marcin.zielinski@example.org]]>
Data: 18 października 2023
Dzień dobry pani [[PERSON:Rachel]],
woda znów kapie z sufitu w kuchni, tym razem prosto do gniazdka. Mieszkam w [[ADDRESS:lokalu 12]], [[ADDRESS:Weston Shore House]], Southampton [[POSTCODE:SO19 9QE]].
Sąsiad z góry, pan [[PERSON:Okoro]] z [[ADDRESS:lokalu 16]], jest bardzo miły i sam mówi, że u niego pod wanną jest mokro. Od czerwca zgłaszałem to
siedem razy. Moja córka [[PERSON:Ola]] (ma [[AGE:10 lat]]) boi się wchodzić do kuchni, bo "strzela prąd". W sobotę zamiast do
[[ADDRESS:Polskiej Szkoły Sobotniej im. Jana Pawła II]] pojechaliśmy kupować wiadra.
[[PERSON:Marcin Zieliński]]
tel. [[PHONE:+44 (0)7700 900 547]]

> From: [[PERSON:Rachel Dunne]], Complaints Officer, [[ORGANISATION:Solent City Homes]]
> Dear Mr [[PERSON:Zielinski]], our contractor [[ORGANISATION:Itchen Plumbing Ltd]] attended on 20 October and found no leak. We consider the matter closed.

Od: [[PERSON:Marcin]]
Pani [[PERSON:Rachel]], wysyłam film z wczoraj. Skoro nie ma przecieku, to skąd woda? Idę do Housing Ombudsman.

I poszedłem. Numer sprawy: [[REFERENCE:202322908]]. Wrzuciłem też filmik na Instagram [[OTHER_ID:@marcin.zielinski.soton]], udostępniła go
radna pani [[PERSON:Beata Nowicka]].

Po dwóch tygodniach przyszedł nowy mail:
> Dear Mr [[PERSON:Zielinski]], I have reviewed your case personally. We were wrong to close it. A surveyor has now found a cracked
> waste pipe under the bath at [[ADDRESS:flat 16]]. It has been replaced and your kitchen ceiling and socket have been repaired.
> [[PERSON:Helen Ashworth]], Director of Property Services

Ombudsman stwierdził "maladministration", dostałem 600 funtów. [[ORGANISATION:Solent City Homes]] napisało w raporcie, że teraz przy
każdym przecieku sprawdzają też mieszkanie powyżej, a nie tylko to, w którym kapie. [[PERSON:Oleńka]] znów robi naleśniki w kuchni.
"""),
    ),
    (
        "fv2ac-pl-04",
        "pl",
        _s("""
Wiadomości z WhatsAppa między mną a żoną, a potem pisma do rady. Wszystko za zgodą [[PERSON:Ewy]].

[21/06/2023, 19:02] [[PERSON:Ewa]]: [[PERSON:Piotrek]], znowu ci z [[ADDRESS:numeru 22]] krzyczą pod oknem "go back to Poland"
[21/06/2023, 19:03] [[PERSON:Ewa]]: i rzucili jajkami w szybę. [[PERSON:Zosia]] płacze
[21/06/2023, 19:05] [[PERSON:Piotr]]: Nagrywaj z okna. Zapisz numer auta
[21/06/2023, 19:09] [[PERSON:Ewa]]: czarny golf [[OTHER_ID:YR66 TVN]]. Dzwonię na 101

Pismo, które wysłałem następnego dnia:
[[PERSON:Piotr Nowak]]
[[ADDRESS:24 Rosebery Avenue]], Boston [[POSTCODE:PE21 8LW]]
(to dom nad sklepem [[ADDRESS:Delikatesy Smak]])
Do: [[ORGANISATION:Witham Borough Council]], Housing Services
Temat: Skarga - nękanie na tle narodowościowym - sprawa ASB [[REFERENCE:WBC-ASB-23-0198]]

Szanowni Państwo,
od marca jesteśmy ofiarami nękania, bo jesteśmy [[OTHER_SPECIAL:Polakami]]. Zgłaszałem to pani [[PERSON:Sharon]] z ASB pięć razy. Słyszę tylko, że to
"neighbour dispute". Moja żona [[PERSON:Ewa Nowak]] boi się wychodzić sama, a nasza córka [[PERSON:Zofia]], która ma [[AGE:6 lat]], nie chce chodzić do
[[ADDRESS:Staniland Academy]], bo tamte dzieci z [[ADDRESS:numeru 22]] chodzą do tej samej szkoły. Numer zgłoszenia na policji: [[REFERENCE:LN-230621-0917]].
Z poważaniem, [[PERSON:Piotr Nowak]]
[[PHONE:01632 960 733]] / [[EMAIL:piotr.nowak.boston@example.com]]

> Dear Mr [[PERSON:Nowak]], thank you for your letter. I agree that these incidents should have been recorded as hate incidents from the
> start. I am sorry. I will visit you and Mrs [[PERSON:Nowak]] on 29 June with PC [[PERSON:Dale Simmons]].
> [[PERSON:Yvonne Adeyemi]], Community Safety Manager, [[PHONE:01632 960 105]]

Po wizycie rada wydała sąsiadom ostrzeżenie i wniosek o nakaz (injunction), zamontowała nam kamerę i wymieniła szybę. W odpowiedzi na
skargę napisali: "We have retrained the ASB team to recognise hate incidents, and every report of racist abuse now goes to a manager within
one working day." Od jesieni jest spokój. Z [[PERSON:Ewą]] i [[PERSON:Zosią]] znów chodzimy wieczorem na spacer.
"""),
    ),
    (
        "fv2ac-pl-05",
        "pl",
        _s("""
Od: [[PERSON:Magdalena Lewandowska]] <[[EMAIL:magda.lewandowska@example.net]]>
Do: [[PERSON:Sarah]] (OT), [[ORGANISATION:Trentside Homes]] adaptations
Temat: Podjazd i winda schodowa dla [[PERSON:Zuzi]] - adaptation ref [[REFERENCE:TH-AD-1127]]

Dzień dobry [[PERSON:Sarah]],
przepraszam, że piszę po polsku, ale po angielsku nie umiem tego wszystkiego dobrze wytłumaczyć. Nasza córka [[PERSON:Zuzanna]] (w domu [[PERSON:Zuzia]])
urodziła się [[DATE_OF_BIRTH:7 maja 2015 r.]], ma [[HEALTH:rdzeniowy zanik mięśni]] i od tego roku jeździ na wózku elektrycznym. Mieszkamy w
[[ADDRESS:domu nr 31 na Beechdale Road]], Nottingham, [[POSTCODE:NG8 3EF]]. Wózek nie mieści się w drzwiach, a łazienka jest na górze. Mąż
[[PERSON:Wojtek]] codziennie nosi [[PERSON:Zuzię]] po schodach. Ocenę OT zrobiła Pani w październiku. Od tamtej pory cisza.
Pozdrawiam,
[[PERSON:Magda]]
tel. [[PHONE:0115 496 0863]]

> On 8 Jan 2024, [[PERSON:Sarah Kingdon]] <[[EMAIL:s.kingdon@example.gov.uk]]> wrote:
> Hi [[PERSON:Magda]], I've chased this. The recommendation was sent to [[ORGANISATION:Trentside]] on 2 November. Please do make a complaint to them.

Skarga do [[ORGANISATION:Trentside Homes]], 10 stycznia, od męża:
Dear Sir/Madam, I am [[PERSON:Wojciech Lewandowski]], tenant (ref [[REFERENCE:THT-60-22815]]). Our daughter is [[AGE:8]] and cannot get to the bathroom.
We were told adaptations take "up to 12 months". She cannot wait 12 months to have a shower. [[PERSON:Wojciech]].

> From: [[PERSON:Daniel Asare]], Complaints Team Leader
> Dear Mr [[PERSON:Lewandowski]], I'm sorry. Your OT recommendation was logged but not put on the programme. [[ORGANISATION:EastMids Access Ltd]]
> will widen the doors and fit a ramp this month; a through-floor lift and level-access shower are approved for March. Stage 1 ref
> [[REFERENCE:TH-CX-8805]]. We will pay GBP 500 into your [[OTHER_ID:account ending 7781]].

Windę zamontowali w marcu. W odpowiedzi napisali, że teraz każda rekomendacja OT dla dziecka dostaje termin w ciągu 10 dni roboczych.
[[PERSON:Zuzia]] sama jeździ do łazienki i do swojego pokoju. To dla niej wszystko.
"""),
    ),
    (
        "fv2ac-ro-01",
        "ro",
        _s("""
Pun aici e-mailurile mele cu asociația de locuințe. Poate ajută pe cineva care nu știe cum să facă plângere.

De la: [[PERSON:Andreea Popescu]] <[[EMAIL:andreea.popescu88@example.com]]>
Către: [[EMAIL:customerservice@rodinghomes.example.org]]
Subiect: Mucegai în dormitorul copilului - raportare [[REFERENCE:RH-RP-309944]]

Bună ziua,
Mă numesc [[PERSON:Andreea Popescu]] și locuiesc cu soțul meu, [[PERSON:Florin]], și băiețelul nostru, [[PERSON:Ștefan]], în [[ADDRESS:apartamentul 5]], [[ADDRESS:Thames View House]],
Barking, [[POSTCODE:IG11 7PL]]. [[PERSON:Ștefan]] are [[AGE:9 luni]] și [[HEALTH:eczemă atopică]] pe tot corpul. Medicul de la [[ADDRESS:Abbey Road Medical Practice]] spune că mucegaiul îi
agravează pielea. Peretele de lângă pătuț e negru, iar geamul curge apă în fiecare dimineață.
Am sunat de patru ori la [[PHONE:020 7946 0188]] și mi s-a spus de fiecare dată că "vine cineva".
Vă rog să tratați acest e-mail ca plângere oficială.
Cu stimă,
[[PERSON:Deea Popescu]]
Trimis de pe iPhone

> On Mon, 22 Jan 2024 at 09:31, [[PERSON:Priya Shah]] <[[EMAIL:priya.shah@rodinghomes.example.org]]> wrote:
> Dear Mrs [[PERSON:Popescu]], thank you for your email. I have logged a stage 1 complaint, ref [[REFERENCE:RH-C-4418]]. A damp surveyor will
> attend on 26 January. Is there a day [[PERSON:Florin]] or another adult who speaks English can be present?
> [[PERSON:Priya Shah]], Complaints Officer, [[ORGANISATION:Roding Homes]], [[PHONE:07700 900426]]

I-am răspuns că vorbesc și eu engleză, doar că scriu mai bine în română. :) Inspectorul a găsit izolația din pod lipsă deasupra camerei
lui [[PERSON:Ștefan]] și un ventilator de baie care nu mergea deloc. Firma [[ORGANISATION:Essex Damp Solutions]] a pus izolație, a schimbat ventilatorul
și a tratat peretele. Am primit 300 de lire despăgubire.
Din răspunsul lor: "We accept we should have inspected after your first call. Reports of mould in a room where a baby sleeps are now
treated as urgent and inspected within 5 working days."
Mulțumesc și părintelui [[PERSON:Vasile]] de la [[ADDRESS:parohia Sfântul Ioan Botezătorul]], care ne-a ajutat cu scrisoarea. [[PERSON:Ștefănel]] doarme liniștit acum.
"""),
    ),
    (
        "fv2ac-ro-02",
        "ro",
        _s("""
Conversația pe WhatsApp cu firma de deratizare și cu ofițerul de locuințe. Am păstrat tot, cu ore cu tot.

[03/04/2024, 07:45] [[PERSON:Mihai]]: Bună dimineața, d-le [[PERSON:Gary]], iar am văzut șoareci în bucătărie azi-noapte. Și gândaci sub chiuvetă.
[03/04/2024, 08:20] [[PERSON:Gary]] [[ORGANISATION:Pestguard]]: Morning [[PERSON:Mihai]], I can come back Friday and put more bait down mate. Job [[REFERENCE:PGL-7718]]
[03/04/2024, 08:22] [[PERSON:Mihai]]: E a patra oară cu momeală. Băiatul meu [[PERSON:Luca]] are [[AGE:5 ani]], se joacă pe jos. Nu vreau otravă peste tot.
[03/04/2024, 08:40] [[PERSON:Gary]] [[ORGANISATION:Pestguard]]: Understood. You need to ask [[ORGANISATION:Kenton Vale]] for a proofing job, I can only do what they order.

Apoi am scris asociației:
To: [[PERSON:Nkechi Eze]], Housing Officer, [[ORGANISATION:Kenton Vale Housing]]
Subject: Formal complaint - mice - [[ADDRESS:flat 7]], [[ADDRESS:Carpenders Court]] - tenancy [[REFERENCE:KVH-T-77120]]

Stimată doamnă [[PERSON:Eze]],
sunt [[PERSON:Mihai Dumitrescu]]. Blocul nostru e cel de lângă [[ADDRESS:Magazinul Românesc Carpați]] de pe stradă, [[POSTCODE:HA3 9QL]]. De trei luni avem șoareci.
Soția mea, [[PERSON:Ioana]], e însărcinată și are [[HEALTH:greață severă de sarcină]]; nu poate sta în bucătărie. Firma pune doar momeală, nimeni nu caută de unde intră.
Am pus și poze pe pagina mea, [[OTHER_ID:facebook.com/mihai.dumitrescu.harrow]], și mi-au scris alți vecini din bloc că au aceeași problemă.
[[PERSON:Mihai]], [[PHONE:+44 7700 900311]]

> Dear Mr [[PERSON:Dumitrescu]], thank you. I'm sorry this has gone on so long. I have opened complaint ref [[REFERENCE:KVH-C-3056]]
> and asked our surveyor to check the whole block for entry points, not just your flat.
> [[PERSON:Nkechi Eze]] | [[PHONE:020 7946 0640]] | [[EMAIL:nkechi.eze@kentonvale.example.org]]

Inspectorul a găsit o gaură mare în spatele dulapurilor, pe lângă țeava de gaz, care dădea în spațiul tehnic al blocului. Au astupat
găurile în toate cele 12 apartamente. Ne-au dat 200 de lire și au scris: "We have learned that repeated baiting without a proofing survey
does not solve pest problems. After two visits a surveyor will now always attend." [[PERSON:Ioana]] poate găti din nou, iar [[PERSON:Luca]] nu mai
întreabă de "șoricelul" de sub frigider.
"""),
    ),
    (
        "fv2ac-ro-03",
        "ro",
        _s("""
Sunt [[PERSON:Elena Marin]], lucrez voluntar cu familiile românești din Leicester. Am ajutat-o pe doamna [[PERSON:Florica Stoica]] cu corespondența și
public aici, cu acordul ei, scrisorile principale.

[[ORGANISATION:Abbey Meadows Housing]]
Mrs [[PERSON:Florica Stoica]]
[[ADDRESS:58 Harrison Road]], Leicester [[POSTCODE:LE4 6QR]]
Housing register ref: [[REFERENCE:AMH-HR-22914]]
Dear Mrs [[PERSON:Stoica]], we cannot accept your application for rehousing until you provide proof of your immigration status...

Răspunsul nostru, 3 mai 2023:
Dear Sir or Madam,
Doamna [[PERSON:Stoica]] are [[OTHER_SPECIAL:settled status]] din 2020 (numărul aplicației EUSS: [[OTHER_ID:4400-8821-3307-1196]]). L-am trimis deja de
două ori. Familia, opt persoane, locuiește într-o casă cu două dormitoare. Fiul cel mic, [[PERSON:Ionuț]], s-a născut pe [[DATE_OF_BIRTH:douăzeci și unu noiembrie două mii nouăsprezece]]
și are [[HEALTH:autism]]; doarme în aceeași cameră cu frații lui. Fata cea mare, [[PERSON:Roxana]], are [[AGE:16 ani]] și învață pentru GCSE la masa din bucătărie.
Familia este de etnie [[OTHER_SPECIAL:romă]] și a mai fost întrebată de "acte" de mai multe ori decât alte familii, ceea ce ne îngrijorează.
[[PERSON:Elena Marin]], voluntar, [[PHONE:0116 496 0419]], [[EMAIL:elena.marin@example.org]]

Doamna [[PERSON:Stoica]] a scris și ea, cu mâna ei: "Vă rog, copiii mei nu mai au loc. [[PERSON:Ionuț]] nu doarme, țipă noaptea. Eu muncesc la fabrică,
plătesc chiria, nu cer nimic gratis." Telefonul ei: [[PHONE:07700 900 958]].

> From: [[PERSON:Graham Whitlock]], Head of Allocations
> Dear Ms [[PERSON:Marin]], I have looked at this myself. Mrs [[PERSON:Stoica]]'s status was verified in 2021 and should never have been questioned
> again. I apologise. Her application is now active in Band 1 from the original date. Complaint ref [[REFERENCE:AMH-CX-1190]].

În august familia a primit o casă cu patru dormitoare pe [[ADDRESS:Ulverscroft Road]], aproape de [[ADDRESS:Biserica Penticostală Betania]], unde merg ei duminica. Asociația a scris că
acum verifică statutul o singură dată și nu mai cere documente deja verificate. [[PERSON:Roxana]] și-a luat examenele cu note bune.
"""),
    ),
    (
        "fv2ac-ro-04",
        "ro",
        _s("""
Subiect: FW: Stage 2 complaint - water coming through light fittings - [[REFERENCE:RVH/CMP/0662]]

Scrisoarea tatălui meu, tradusă de mine, și răspunsurile.

De la: [[PERSON:Adrian Ionescu]] <[[EMAIL:adrian.ionescu@example.net]]>
Către: [[EMAIL:complaints@reavalley.example.org]]
Dear Complaints Team,
Please find below a letter from my father, Mr [[PERSON:Constantin Ionescu]], tenant at [[ADDRESS:Flat 19]], [[ADDRESS:Kingfisher House]], Birmingham [[POSTCODE:B12 0XT]].

"Stimate domn/doamnă,
Mă numesc [[PERSON:Constantin Ionescu]], am [[AGE:64 de ani]] și sunt născut pe [[DATE_OF_BIRTH:3 septembrie 1959]]. Locuiesc la ultimul etaj cu soția mea,
[[PERSON:Viorica]]. De la furtuna din noiembrie, de fiecare dată când plouă, apa curge prin lustra din hol. Ne e frică să aprindem lumina.
Am făcut [[HEALTH:infarct]] anul trecut și stresul acesta nu îmi face bine. Firma [[ORGANISATION:Digbeth Roofing & Maintenance]] a venit de trei ori
și a pus silicon. Vecinul de sub noi, domnul [[PERSON:Baptiste]] de la [[ADDRESS:nr. 15]], are acum și el pată pe tavan.
Numărul meu de asigurare: [[NI_NUMBER:QQ305519C]]. Număr contract: [[REFERENCE:RVH-T-09-4433]].
Cu respect, [[PERSON:Costel Ionescu]]"

[[PERSON:Adrian]], [[PHONE:0121 496 0502]]

> Dear Mr [[PERSON:Ionescu]], your father's complaint has been reviewed at stage 2. We accept that three temporary repairs were made without
> a roof survey. The flat roof over [[ADDRESS:Kingfisher House]] is being replaced and an electrician has made the hall light safe.
> [[PERSON:Sandra Mbeki]], Complaints Manager, [[ORGANISATION:Rea Valley Housing]], [[PHONE:0121 496 0975]]

Tata nu a fost mulțumit cu 250 de lire, așa că am mers la Housing Ombudsman (cazul [[REFERENCE:202403318]]). Ombudsmanul a dispus încă 550 de
lire și a cerut asociației să verifice toate acoperișurile plate construite în aceeași perioadă. În raportul lor scrie că au găsit încă șase
blocuri cu aceeași problemă. Mama, [[PERSON:Viorica]], zice că acum poate aprinde lumina fără să se închine.
"""),
    ),
    (
        "fv2ac-ro-05",
        "ro",
        _s("""
Mesaje între mine și ofițerul de cartier (SMS), apoi plângerea. Le pun aici pentru mamele singure din bloc.

Eu 14/09 22:10: Bună seara [[PERSON:Liam]], sunt [[PERSON:Alina]] de la [[ADDRESS:nr 33]], [[ADDRESS:Silkstream Court]]. Iar sunt băieți care fumează și vând pe scara B. [[PERSON:Rareș]] a găsit ace lângă ușă.
[[PHONE:07700 900 377]] 15/09 08:30: Hi [[PERSON:Alina]], sorry to hear that. I've logged it on your ASB case [[REFERENCE:BO-ASB-2023-211]]. Caretaker will clear the stairwell today.
Eu 15/09 08:33: Mulțumesc. Dar ușa de la intrare e stricată de 2 luni, intră oricine. Mașina lor e mereu în parcare, un Audi negru [[OTHER_ID:LB68 WXR]].
Eu 02/10 23:55: Iar. Ușa tot stricată. Nu mai pot.

Plângerea oficială, 3 octombrie:
To: [[EMAIL:complaints@silkstreamhomes.example.org]]
Cc: consilier [[PERSON:Darius Goldberg]]
Stimați domni,
Sunt [[PERSON:Alina Georgescu]], chiriașă (contract [[REFERENCE:SH-004417-T]]). Fiul meu are [[AGE:12 ani]] și merge singur la [[ADDRESS:Colindale Park Academy]].
Trece zilnic pe lângă oameni care se droghează pe scară. Ușa de la intrare, raportată pe 1 august (reparație [[REFERENCE:SH-R-66102]]), nu a fost
reparată. Am [[HEALTH:depresie]] și dorm cu un scaun sub clanță. Vă rog să-mi scrieți la [[EMAIL:alina punct georgescu la example punct com]], nu la vechea adresă.
[[PERSON:Alina]]
[[POSTCODE:nw9 5tq]]

> Dear Ms [[PERSON:Georgescu]], I'm sorry. The door repair was cancelled by mistake when the contractor changed. [[ORGANISATION:Secure Access Services Ltd]]
> will fit a new fob-entry door this week, and [[PERSON:Liam Doherty]] will arrange a joint patrol with the police. Stage 1 ref [[REFERENCE:SH-CX-5531]].
> [[PERSON:Yasmin Begum]], Complaints Officer, [[ORGANISATION:Silkstream Homes]], [[PHONE:020 7946 0267]]

Ușa nouă a venit după o săptămână, poliția a prins doi dintre ei. Am primit 150 de lire și o scrisoare care spunea că "a broken entrance
door is now a 24-hour priority repair, and cancelled jobs are checked by a supervisor". [[PERSON:Rareș]] vine acasă liniștit de la școală.
"""),
    ),
    (
        "fv2ac-ur-01",
        "ur",
        _s("""
دادی امی کے گھر کی سیلن اور پھپھوندی کے بارے میں ہماری فیملی گروپ کی باتیں اور ہاؤسنگ والوں کی ای میلز، جیسی تھیں ویسی ہی لگا رہا ہوں۔

[09/12/2023, 20:14] [[PERSON:Hamza]]: دادی امی کے کمرے کی دیوار پھر کالی ہو گئی ہے، تصویر دیکھیں 😟
[09/12/2023, 20:16] [[PERSON:Sadia]] Phuppo: یا اللہ! امی کو تو ویسے ہی [[HEALTH:دمہ]] ہے۔ [[PERSON:حمزہ]] بیٹا تم ای میل کرو انگریزی میں
[09/12/2023, 20:30] [[PERSON:Hamza]]: جی پھپھو، ابھی کرتا ہوں

From: [[PERSON:Hamza Iqbal]] <[[EMAIL:hamza.iqbal01@example.com]]>
To: [[EMAIL:repairs@caldermoor.example.org]]
Subject: Black mould - Mrs [[PERSON:Zubaida Bibi]] - [[ADDRESS:31 Whetley Grove]], [[POSTCODE:BD8 9HN]] - job [[REFERENCE:CMH-557302]]
Dear Sir/Madam, my grandmother is [[AGE:76]], has [[HEALTH:asthma]] and [[HEALTH:heart failure]], and has been told by her doctor at [[ADDRESS:Whetley Medical Practice]]
not to sleep in that room. You washed the wall in October and it is back. Please log this as a complaint.
[[PERSON:Hamza]] (grandson) [[PHONE:07700 900264]]

دادی امی نے خود بھی ایک خط لکھوایا، جو میں نے ساتھ لگا دیا:
"میرا نام [[PERSON:زبیدہ بی بی]] ہے۔ میں اس گھر میں ۱۹۸۸ سے رہتی ہوں، [[ADDRESS:مسجد نور الاسلام]] کے بالکل سامنے والا گھر۔ سردیوں میں ساری رات کھانسی رہتی ہے۔
مہربانی کر کے کوئی آ کر دیکھے کہ یہ پانی کہاں سے آتا ہے۔"

> Dear Mr [[PERSON:Iqbal]], thank you, and please pass my apologies to Mrs [[PERSON:Bibi]]. I have raised a stage 1 complaint, ref
> [[REFERENCE:CMH-C-9041]]. A surveyor will visit on 14 December with an Urdu-speaking colleague, [[PERSON:Nasreen]].
> [[PERSON:Becky Holroyd]], Housing Officer, [[ORGANISATION:Calder Moor Homes]], [[PHONE:0113 496 0615]]

سرویئر کو باہر کی دیوار میں دراڑ اور ٹوٹا ہوا پرنالہ ملا۔ [[ORGANISATION:Airedale Building Services]] نے دیوار ٹھیک کی، پرنالہ بدلا، اور کمرے میں
ایکسٹریکٹر فین لگایا۔ ڈھائی سو پاؤنڈ ہرجانہ ملا۔ Stage 1 کے جواب میں لکھا تھا:
"We have learned that a mould wash without a survey is not a repair. Tenants over 70 or with breathing conditions now get a survey first."
اب دادی امی اپنے کمرے میں سکون سے سوتی ہیں۔
"""),
    ),
    (
        "fv2ac-ur-02",
        "ur",
        _s("""
موضوع: RE: No heating or hot water - 3rd time - job [[REFERENCE:SCH-RJ-40771]]

From: [[PERSON:Imran Ashraf]] <[[EMAIL:imran.ashraf@example.net]]>
Date: 16 January 2024

السلام علیکم،
میں [[PERSON:عمران اشرف]]، [[ADDRESS:مکان نمبر 74، Stratford Road]]، Sparkhill، برمنگھم [[POSTCODE:b112jl]] سے لکھ رہا ہوں۔ اس مہینے میں تیسری بار ہمارا بوائلر
بند ہو گیا ہے۔ گھر میں چار بچے ہیں۔ میرے بیٹے [[PERSON:زین]] کی تاریخ پیدائش [[DATE_OF_BIRTH:بیس اگست دو ہزار سولہ]] ہے، اسے [[HEALTH:مرگی]] ہے اور ڈاکٹر
نے کہا ہے کہ سردی اور بے آرامی سے دورے بڑھ سکتے ہیں۔ پچھلے ہفتے اسے ایک دورہ [[ADDRESS:Anderton Park Primary]] میں پڑا۔
انجینئر ہر بار آ کر reset کر دیتا ہے۔ ہمیں نیا بوائلر چاہیے۔ براہ کرم اسے باقاعدہ شکایت سمجھیں۔
میری بیوی [[PERSON:شازیہ]] انگریزی نہیں بولتیں، اگر میں کام پر ہوں تو میرے بھائی [[PERSON:کامران]] کو فون کریں: [[PHONE:0121 496 0736]]۔
[[PERSON:عمران]]
[[PHONE:07700 900819]]

> On 17 Jan 2024, at 11:52, [[PERSON:Helen Carter]] <[[EMAIL:h.carter@sparkbrookch.example.org]]> wrote:
> Dear Mr [[PERSON:Ashraf]], I'm sorry you have had three breakdowns. I've opened complaint ref [[REFERENCE:SCH-C-2207]] and asked
> [[ORGANISATION:Brum Gas Engineers]] for a full report. Two heaters will be delivered today.
> Kind regards, [[PERSON:Helen Carter]]
> Complaints Officer | [[ORGANISATION:Sparkbrook Community Housing]] | [[PHONE:0121 496 0408]]

دو ہفتے بعد جواب آیا کہ بوائلر کا heat exchanger خراب تھا اور اسے بار بار reset کرنے سے مسئلہ چھپ رہا تھا۔ 1 فروری کو نیا بوائلر لگ گیا، اور
ہمیں 240 پاؤنڈ ملے۔ خط میں لکھا تھا: "Where the same fault is reported three times in 28 days, a replacement will now be considered
automatically, and households with a child with a medical condition will get heaters on the first visit."
الحمدللہ، [[PERSON:زین]] اب گرم کمرے میں سوتا ہے اور اس کے دورے کم ہو گئے ہیں۔
"""),
    ),
    (
        "fv2ac-ur-03",
        "ur",
        _s("""
[[ORGANISATION:Longsight Homes Trust]]
Mr [[PERSON:Ghulam Rasool]]
[[ADDRESS:Flat 143]], [[ADDRESS:Grenham Tower]]
Manchester [[POSTCODE:M13 0AZ]]
Our ref: [[REFERENCE:LHT-L-3302]]
5 March 2024

Dear Mr [[PERSON:Rasool]],
Lift outage - [[ADDRESS:Grenham Tower]]
We are writing to let all residents know that lift 2 will be out of service for approximately six weeks for refurbishment...

میری بیٹی [[PERSON:نسرین]] نے یہ خط پڑھ کر سنایا تو میں پریشان ہو گیا۔ میں نے اسے یہ جواب لکھوایا:

محترم جناب،
میرا نام [[PERSON:غلام رسول]] ہے، عمر [[AGE:بیاسی سال]]۔ میں چودھویں منزل پر رہتا ہوں اور [[HEALTH:گٹھیا]] کی وجہ سے وہیل چیئر استعمال کرتا ہوں۔
لفٹ نمبر ایک پچھلے تین ہفتوں میں پانچ بار خراب ہو چکی ہے، اب آپ دوسری بھی چھ ہفتے کے لیے بند کر رہے ہیں؟ میں جمعہ کی نماز
[[ADDRESS:مرکزی جامع مسجد لانگسائٹ]] میں پڑھتا ہوں، وہ بھی چھوٹ جائے گی، اور ہسپتال کی اپائنٹمنٹس بھی۔
میرا نیشنل انشورنس نمبر [[NI_NUMBER:QQ 61 08 93 A]] ہے، آپ نے vulnerable residents فارم کے لیے مانگا تھا۔
[[PERSON:غلام رسول]]
بیٹی کا فون: [[PHONE:0161 496 0380]]، ای میل [[EMAIL:nasreen.rasool@example.org]]

کونسلر [[PERSON:Yusuf Patel]] صاحب نے بھی ای میل کی۔ پھر یہ جواب آیا:

> From: [[PERSON:Ciaran Walsh]], Building Safety Manager
> Dear Ms [[PERSON:Rasool]], thank you for your father's letter. I'm sorry - we did not check who would be affected before planning the work.
> We have postponed the refurbishment until lift 1 has been repaired by [[ORGANISATION:Northern Lift Engineering]], and offered your father
> a temporary ground-floor flat for the six weeks. His blue badge car [[OTHER_ID:MW18 KDY]] can use the bay by the main entrance.
> Complaint ref [[REFERENCE:LHT-CX-0588]]. [[PHONE:0161 496 0122]]

ہم نے عارضی فلیٹ لے لیا، چھ ہفتے بعد واپس آ گئے۔ ان کے جواب میں لکھا تھا کہ اب کوئی بھی لفٹ کا کام شروع کرنے سے پہلے
وہیل چیئر اور بزرگ رہائشیوں کی فہرست دیکھی جائے گی۔ ابو جی کہتے ہیں، پہلی بار کسی نے پوچھا۔
"""),
    ),
    (
        "fv2ac-ur-04",
        "ur",
        _s("""
میری ای میلز اور Housing Ombudsman والا خط، شاید کسی کے کام آئے۔

From: [[PERSON:Samina Kausar]] <[[EMAIL:samina.kausar@example.com]]>
To: [[EMAIL:complaints@forestlea.example.org]]
Subject: شکایت - چھت سے پانی - [[ADDRESS:18 Hatherley Road]], [[POSTCODE:E17 6SB]]

محترم،
میں [[PERSON:ثمینہ کوثر]] ہوں، کرایہ دار نمبر [[REFERENCE:FLH-00128840]]۔ اکتوبر سے جب بھی بارش ہوتی ہے، بچیوں کے کمرے کی چھت سے پانی ٹپکتا ہے۔ میں نے
سات بار فون کیا۔ میری چھوٹی بیٹی [[PERSON:عائشہ]] (ہم پیار سے [[PERSON:عاشی]] کہتے ہیں) [[AGE:آٹھ سال]] کی ہے اور [[ADDRESS:Whitefield Primary]] میں پڑھتی ہے، اس کا
بستہ اور کتابیں تک گیلی ہو گئیں۔ ٹھیکیدار [[ORGANISATION:Walthamstow Roofline Ltd]] والے آتے ہیں، سیڑھی لگاتے ہیں، کہتے ہیں "gutter صاف کر دیا"۔
میں نے ویڈیو اپنے انسٹاگرام [[OTHER_ID:@samina.k.e17]] پر بھی ڈالی ہے۔
[[PERSON:ثمینہ]]
[[PHONE:020 7946 0903]]
Sent from my iPhone

> From: [[PERSON:Jordan Blake]] <[[EMAIL:j.blake@forestlea.example.org]]>
> Dear Ms [[PERSON:Kausar]], we have reviewed your complaint (ref [[REFERENCE:FLH-CX-1173]]). Our records show the gutter was cleared on 4 December.
> We do not uphold your complaint.

اس کے بعد میں Housing Ombudsman کے پاس گئی۔ کیس نمبر [[REFERENCE:202407765]]۔ ان کا فیصلہ آیا کہ severe maladministration ہوئی ہے، کیونکہ
سات رپورٹس کے باوجود کسی نے چھت کا سروے نہیں کیا۔ انہوں نے حکم دیا کہ چار ہفتوں میں چھت ٹھیک ہو اور مجھے 1,100 پاؤنڈ دیے جائیں۔

> From: [[PERSON:Patricia Nwosu]], Director of Customer Experience, [[ORGANISATION:Forest Lea Housing]]
> Dear Ms [[PERSON:Kausar]], I want to apologise personally. The roof has now been re-felted. We will pay the compensation to sort code
> [[OTHER_ID:40-47-12]], [[OTHER_ID:account ending 5530]], as you asked. We have changed our process so that a third report of a leak always
> triggers a surveyor's visit and a call from a manager.

اب کمرہ سوکھا ہے، [[PERSON:عاشی]] نے اپنی دیوار پر پھر سے تصویریں لگا لی ہیں۔
"""),
    ),
    (
        "fv2ac-ur-05",
        "ur",
        _s("""
ابو جی کے گھر میں تبدیلیوں (adaptations) کے بارے میں میرے اور OT کے WhatsApp میسجز، اور پھر شکایت۔

[12/06/2023, 10:05] [[PERSON:Bilal Younis]]: Salam [[PERSON:Amira]] ji, abbu ka ramp ka kuch pata chala? 3 mahine ho gaye hain
[12/06/2023, 10:40] [[PERSON:Amira]] OT: Walaikum salam [[PERSON:Bilal]]! I sent the recommendation to [[ORGANISATION:Pennine Kirk Homes]] in March. I'll chase again.
[12/06/2023, 10:42] [[PERSON:Bilal Younis]]: Shukriya. Abbu ghar se bahar nahi ja pa rahe, masjid bhi nahi ja sakte
[28/07/2023, 18:15] [[PERSON:Bilal Younis]]: Aaj phir gir gaye seerhi pe 😔

پھر میں نے اردو اور انگریزی میں شکایت بھیجی:
To: [[EMAIL:complaints@penninekirk.example.org]]
Subject: Urgent - adaptations for Mr [[PERSON:Muhammad Younis]] - tenancy [[REFERENCE:PKH-T-228016]]

محترم،
میرے والد [[PERSON:محمد یونس]]، [[ADDRESS:گھر نمبر 9، Savile Town Lane]]، ڈیوزبری [[POSTCODE:WF12 9LP]]، کو پچھلے سال [[HEALTH:فالج]] ہوا تھا۔ ان کی عمر
[[AGE:71 برس]] ہے اور NHS نمبر [[OTHER_ID:938 112 4460]] ہے۔ [[ADDRESS:Eightlands Surgery]] کے ڈاکٹر اور OT دونوں نے ریمپ، پکڑنے کی ریلنگ اور
walk-in shower کی سفارش کی ہے۔ مارچ سے کچھ نہیں ہوا، اور کل وہ سیڑھی پر پھر گر گئے۔ وہ ہر جمعہ [[ADDRESS:مدینہ مسجد]] جاتے تھے، اب گھر میں بند ہیں۔
[[PERSON:بلال یونس]]، بیٹا
[[PHONE:01632 960 584]] | [[EMAIL:bilal.younis@example.net]]

> Dear Mr [[PERSON:Younis]], I am very sorry. The OT recommendation was received but sent to the wrong team. [[ORGANISATION:Calder Adaptations Ltd]]
> will fit a temporary ramp and rails this week, and the shower is approved for September. Complaint ref [[REFERENCE:PKH-CX-3319]].
> [[PERSON:Rachel Gomez]], Adaptations Lead, [[PHONE:07700 900552]]

ستمبر میں شاور لگ گیا اور مستقل ریمپ بھی۔ 350 پاؤنڈ معاوضہ ملا۔ ان کے خط میں لکھا تھا کہ اب ہر OT ریفرل کے لیے ایک نام والا
افسر ہوتا ہے جو پانچ دن میں فیملی کو فون کرتا ہے۔ ابو جی پھر سے جمعہ کو مسجد جاتے ہیں، [[PERSON:Amira]] باجی کو بہت دعائیں دیتے ہیں۔
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
