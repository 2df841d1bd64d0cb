"""Fresh version-2 PII test stories, batch ce.

Advice-column and question-and-answer formats: a community paper's housing clinic, a radio
phone-in transcript, the campaign toolkit's "your questions answered" page, church, mosque,
gurdwara and parish newsletter Q&As, a women's centre bulletin, a residents' panel blog, a
Facebook group and a diaspora forum, and Polish and Romanian "porady prawne" / "întrebări și
răspunsuri" pages. A resident writes in, signing with a name, initials or a pen-name, the
columnist or presenter answers (often naming the resident back, quoting reference numbers and
naming the landlord's officers), and a follow-up letter or call says how it was put right.
Pen-names that point at a person through a place or family detail ("Worried of Walthamstow",
"Mama trójki z Ealingu", أم يوسف من برمنغهام, "Mama Zuzi") are one PERSON span each, including a
block name inside them, and are marked again when the columnist addresses the writer by them
(vocative "Mamo trójki z Ealingu" included); signed initials (J.M., س. ع., এম. হোসেন, C.D.) are
PERSON; generic salutations ("Dear reader", "Droga Pani", "প্রিয় বোন", "ਮਾਤਾ ਜੀ") are not. Columnists'
and presenters' names are PERSON; titles (Auntie, Deacon, Bhai, mecenas, părintele, doamna,
المحامية, ব্যারিস্টার, بیرسٹر, مولانا, ভাই) stay outside. Newspapers, radio stations, advice
services, the Ombudsman and campaign web addresses are not marked; landlords, named councils and
contractors are ORGANISATION, also as a short form ("Irwell"). Speaker labels are roles
(PRESENTER:, CALLER:, المتصلة:), not names. Names that are also words are marked only as names
(Grace, Mark, Rose, Holly, أمل, نور, سعيد, كريم, আলো, ਖ਼ੁਸ਼ੀ, ਫ਼ਤਹਿ, Zając, Kruk, Doina, Speranța,
صبا, نرگس, امید); inflected forms are marked whole (Bożeno, Ewelinę, Doyle'em, Zuzi, Ilincăi,
রাফির, মসজিদে within a named mosque). AGE is the number with its unit, "old" outside; a flat or
house number with "flat"/"number"/"nr"/"numărul"/"নম্বর"/"فلیٹ نمبر" inside is ADDRESS, as are named
blocks, estates, sites, schools, surgeries, places of worship the writer attends, and a street
named as the new home. Police crime numbers are REFERENCE; "the account ending 4407" marks the
digits only; national origin, ethnicity, religion and immigration status are OTHER_SPECIAL.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 8 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 57.1% of 35, recall 94.9%, precision 71.1%, on the committed
detector feb0262 (after round 68); leak-free by language ar 2, bn 3, en 3, pa 3, pl 3, ro 3, ur 3 of 5.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2ce-en-01",
        "en",
        _s("""
THE HOUSING CLINIC, with [[PERSON:Bernadette Quayle]]

Q. Dear [[PERSON:Bernadette]], since last October water has been dripping through our bathroom
ceiling from the flat upstairs. We live at [[ADDRESS:flat 22]], [[ADDRESS:Priory Court]],
[[POSTCODE:E17 5QT]], and our landlord is [[ORGANISATION:Lea Valley Homes Trust]]. I have
reported it four times and I have two repair job numbers, [[REFERENCE:RJ-448120]] and
[[REFERENCE:RJ-451977]], but every time a man from [[ORGANISATION:Brightline Property Services]]
looks at the stain, says it is "historic" and leaves. My son [[PERSON:Kwame]] is [[AGE:6]] and
has [[HEALTH:sickle cell anaemia]]; his consultant says he must not get cold, and the bathroom is
now black with mould. Am I wasting my time?
[[PERSON:Worried of Walthamstow]]

A. Dear [[PERSON:Worried of Walthamstow]], you are not wasting your time, but you are knocking on
the wrong door. A repair request is not a complaint. Write to
[[EMAIL:complaints@leavalleyhomes.example.org]] and put in the first line: "This is a formal
stage 1 complaint." Quote both job numbers, say that a child with a serious health condition
lives in the flat, and ask for one named person to own the case. Under the Complaint Handling
Code they must acknowledge it within five working days and answer within ten more. If the answer
is poor, ask for stage 2; after that you can take it to the Housing Ombudsman yourself. I would
also copy in their repairs manager, [[PERSON:Darren Pike]], whose name is on their website. The
campaign page, gov.uk/social-housing-complaints, sets out every step.

UPDATE. Two months on, our reader writes again: "It's [[PERSON:Abena Owusu]], and you can use my
name now. A week after my stage 1 complaint Mr [[PERSON:Pike]] came himself with a plumber. They
found a cracked waste pipe under the bath in [[ADDRESS:flat 27]] upstairs, fixed it, replaced our
ceiling and treated the mould. They paid £350 and gave me a direct line, [[PHONE:020 7946 0582]],
in case it happens again. [[PERSON:Kwame]] has his bath back." Well done, [[PERSON:Abena]].
"""),
    ),
    (
        "fv2ce-en-02",
        "en",
        _s("""
From the transcript of "Housing Hour", the Thursday phone-in. Presenter: [[PERSON:Mo Adeyemi]].
In the studio: tenants' adviser [[PERSON:Harriet Lyle]].

PRESENTER: The lines are open on [[PHONE:0161 496 0738]]. First up is [[PERSON:Grace]] from the
[[ADDRESS:Hollybush estate]]. Morning, [[PERSON:Grace]].

CALLER: Morning, [[PERSON:Mo]]. I'm at [[ADDRESS:number 41]], the maisonettes round the back by
the garages. We've had damp in both bedrooms for two winters. My husband, [[PERSON:Mark]], has
[[HEALTH:COPD]] and he's on oxygen at night, so it's not just about the wallpaper.
[[ORGANISATION:Pennine Gate Homes]] sent a lad who told us to open the windows. I did put a
complaint in, reference [[REFERENCE:PGH-C-30915]], and three weeks later a letter came saying it
was closed. Nobody even rang.

ADVISER: [[PERSON:Grace]], a closed complaint isn't the end of the road. Write back, ask for it
to go to stage 2, and mark the top of the letter "stage 2 complaint" so nobody can miss it. Put
your tenancy number on it too.

CALLER: That's [[REFERENCE:HB-0041-77]].

ADVISER: Lovely. Say that [[PERSON:Mark]]'s condition is made worse by the damp and ask for a
surveyor, not a handyman. If stage 2 doesn't put it right, you can go straight to the Housing
Ombudsman; you don't need your MP to refer you any more.

PRESENTER: And will you ring back and tell us how you get on?

CALLER: I will, love.

Six weeks later.

PRESENTER: We promised you an update, and [[PERSON:Grace]] is back on the line.

CALLER: They came! A surveyor called [[PERSON:Rory Devlin]] found the cavity wall insulation had
slumped and the gutter was pouring water down the wall. They've stripped it all out and redone
it, and they're doing the whole row. Our neighbour [[PERSON:Rose]] at [[ADDRESS:number 43]] is
getting hers done as well. They gave us £400 and a proper apology, and [[PERSON:Mark]] hasn't
been back in hospital since. The only thing they haven't touched is the rose bush by the door.
"""),
    ),
    (
        "fv2ce-en-03",
        "en",
        _s("""
Make Things Right toolkit: your questions answered

Q. "My upstairs neighbour has parties until 4am three or four nights a week. I live at
[[ADDRESS:number 9]], [[ADDRESS:Birchfield House]], [[POSTCODE:M15 4LA]], and I opened an
antisocial behaviour case, [[REFERENCE:ASB-0097312]], back in March. When I phoned to chase it,
the call centre couldn't find me until I gave my date of birth, [[DATE_OF_BIRTH:14 February
1959]], and then they said the officer, [[PERSON:Priya Ramdas]], was off and nobody else could
look at it. I start at six on the wards and I am exhausted. Can I complain about how they handle
a complaint?" [[PERSON:J.M.]], Hulme

A. Yes. Your landlord, [[ORGANISATION:Irwell Community Homes]], must deal with the noise under its
antisocial behaviour policy, but the way it handles your case is a service like any other, and
you can complain about it. Send a short email to [[EMAIL:asb.team@irwellhomes.example.org]]
headed "Stage 1 complaint", give the case number, list the nights you reported noise and say what
you want: an action plan, a named officer who is actually at work, and replies within the
timescales in the Complaint Handling Code. Keep a diary, and if they offer a noise recorder, take
it. If stage 2 does not resolve things, you can go to the Housing Ombudsman. You no longer need
an MP or councillor to refer you, and gov.uk/social-housing-complaints explains how.

What happened next. [[PERSON:J.M.]] wrote back in the autumn: "Stage 2 was another form letter,
so I went to the Ombudsman, case [[REFERENCE:202418833]]. Within a fortnight
[[ORGANISATION:Irwell]] gave me a new officer, [[PERSON:Stefan Nowicki]], who came round on a
Friday night and heard it for himself. The neighbour at [[ADDRESS:number 14]] has had a warning
and a tenancy visit, and it has been quiet for two months. My granddaughter [[PERSON:Holly]]
stays over again." The Ombudsman also asked [[ORGANISATION:Irwell]] to pay £250 for the delay.
"""),
    ),
    (
        "fv2ce-en-04",
        "en",
        _s("""
From our church newsletter: Ask Auntie [[PERSON:Pat]]

Dear Auntie [[PERSON:Pat]],
My husband [[PERSON:Clement]] has [[HEALTH:multiple sclerosis]] and can't get in and out of the
bath any more. After the occupational therapist came in 2023, our landlord,
[[ORGANISATION:Soho Road Housing Co-operative]], agreed to fit a level-access shower, and since
then nothing. Every time I ring, a young man tells me the adaptations budget is spent. I have
posted them the OT letter twice, with [[PERSON:Clement]]'s NHS number,
[[OTHER_ID:485 777 3456]], right at the top, and still they say they have no record. Everybody
at [[ADDRESS:Bethel Mission Hall]] knows us and I don't want to be one of those people who makes
a fuss.
[[PERSON:Tired Nan of Tanner House]]

My dear, making a fuss is exactly what the complaints process is for. Write one letter rather
than ringing, and start it with "This is a formal complaint". Give the OT referral number,
[[REFERENCE:OT-23-11874]], the date of the visit and the dates you rang. Say plainly that your
husband cannot wash safely. Ask for it to go to the adaptations manager; I am told that is Mr
[[PERSON:Tunde Bakare]]. Keep a copy. If the answer is "no money", ask for stage 2, and after
that the Housing Ombudsman. If you would like help with the letter, ring the church office on
[[PHONE:0121 496 0214]] and Deacon [[PERSON:Ellis]] will sit with you after the service.
Auntie [[PERSON:Pat]]

A letter in this month's post:
Auntie [[PERSON:Pat]], it's [[PERSON:Hyacinth]] from [[ADDRESS:Tanner House]], and you can print
my name because half the congregation guessed anyway. Our grandson [[PERSON:Jerome]], who is
[[AGE:15]], typed the letter and sent it from his email, [[EMAIL:jerome.campbell15@example.com]].
Mr [[PERSON:Bakare]] phoned within the week, apologised that the referral had sat in the wrong
inbox, and the shower was fitted in nine weeks. They paid £200 for the delay. [[PERSON:Clement]]
can wash himself again and sings in there like it's Sunday morning.
"""),
    ),
    (
        "fv2ce-en-05",
        "en",
        _s("""
Ask the Panel: residents' questions, answered by members of our residents' panel.

"I'm [[PERSON:Desmond Ward]]. We're [[OTHER_SPECIAL:Irish Travellers]] on [[ADDRESS:pitch 7]] at
the [[ADDRESS:Cranes Lane site]], which the council runs. Since the spring the electric hook-up
trips every time it rains, and my wife [[PERSON:Bridie]] has been boiling bottles for the baby,
[[PERSON:Kathleen]], who is [[AGE:9 months]], on a camping stove. When I went to the site office,
the manager, [[PERSON:Lee Harkin]], said 'your lot are always complaining'. The week after, they
tried to tow our van, [[OTHER_ID:KX19 WDN]], saying it was parked wrong, when it has stood in the
same spot for six years. I've got the pitch agreement, number [[REFERENCE:BAS-PA-0007]]. Am I
wasting my breath? Email [[EMAIL:des dot ward at example dot org]] or text
[[PHONE:07700 900417]]."

Panel member [[PERSON:Nell Okafor]] answers: No, [[PERSON:Desmond]], you are not.
[[ORGANISATION:Basildon Council]] is your landlord, and the Housing Ombudsman covers council
sites just as it covers flats. Put two things in one stage 1 complaint: the unsafe electrics,
which are a repair they must carry out, and the manager's remark, which you can ask them to
investigate as discrimination. Write down his exact words and the date while you remember them.
The clips [[PERSON:Bridie]] posted of the tripping switch on her page,
[[OTHER_ID:@bridie.ward.7]], are good evidence, so save copies. Ask in writing for the van to be
left alone while the complaint is open.

Three months later: "[[PERSON:Des]] here again. An electrician rewired the hook-ups on all eight
pitches within a month. The council wrote to say the manager's comment was unacceptable; he has
been on training and he apologised to [[PERSON:Bridie]] and me face to face. They've put in
writing that the van stays where it is. Thanks, [[PERSON:Nell]]."
"""),
    ),
    (
        "fv2ce-ar-01",
        "ar",
        _s("""
باب «استشارات سكنية»، تجيب عن أسئلتكم المحامية [[PERSON:ريم الخطيب]]

السؤال: أكتب إليكم لأنني تعبت. أسكن مع أولادي الثلاثة في [[ADDRESS:الشقة رقم ١٢]] في مبنى
[[ADDRESS:Ledger House]]، [[POSTCODE:B6 5RT]]، والمالك جمعية الإسكان
[[ORGANISATION:Aston Vale Housing]]. التدفئة متعطلة منذ تشرين الثاني، وابني الصغير
[[PERSON:يوسف]] عمره [[AGE:٤ سنوات]] ويعاني من [[HEALTH:الربو]]، حتى صار ينام بمعطفه. بلّغت عن
العطل خمس مرات، ورقم البلاغ الأخير [[REFERENCE:AVH-553018]]، وفي كل مرة يقولون إن القطعة في
الطريق. هل يحق لي أن أشتكي، أم أن الشكوى ستضر بطلبي للانتقال إلى بيت أكبر؟
[[PERSON:أم يوسف من برمنغهام]]

الجواب: عزيزتي [[PERSON:أم يوسف]]، الشكوى حق لكِ، ولا يجوز أن تؤثر في طلب الانتقال بأي شكل.
بلاغ الإصلاح ليس شكوى؛ لذلك اكتبي رسالة قصيرة إلى [[EMAIL:complaints@astonvale.example.org]]
عنوانها «شكوى رسمية – المرحلة الأولى»، واذكري فيها أرقام البلاغات وتواريخها، وأن في البيت طفلًا
يعاني من [[HEALTH:الربو]]. بحسب قواعد التعامل مع الشكاوى (Complaint Handling Code) عليهم أن
يؤكدوا استلامها خلال خمسة أيام عمل وأن يردّوا خلال عشرة أيام بعدها. اطلبي أيضًا مدفأة مؤقتة
فورًا. وإن لم يُرضِكِ الرد فاطلبي المرحلة الثانية، وبعدها يمكنكِ التوجه مباشرة إلى أمين المظالم
للإسكان (Housing Ombudsman) دون وساطة نائب أو عضو مجلس. التفاصيل كلها على
gov.uk/social-housing-complaints.

رسالة لاحقة: كتبت إلينا القارئة بعد شهر: «أنا [[PERSON:هبة السوداني]]، ولا مانع عندي من ذكر
اسمي. بعد ثلاثة أيام من الشكوى اتصل بي مدير الصيانة، السيد [[PERSON:غاريث مايلز]]، واعتذر،
وأحضروا مدفأتين في اليوم نفسه. ركّبوا غلاية جديدة خلال أسبوع، ودفعوا ٢٥٠ جنيهًا تعويضًا،
وأعطوني رقمًا مباشرًا هو [[PHONE:٠١٢١ ٤٩٦ ٠٦٥٣]] إن تكرر العطل. أما [[PERSON:يوسف]] فعاد ينام
بالبيجامة مثل باقي الأطفال.»
"""),
    ),
    (
        "fv2ce-ar-02",
        "ar",
        _s("""
من نشرة المسجد الشهرية: زاوية «اسأل عن السكن»، تجيب عنها المتطوعة [[PERSON:نور حداد]]

السؤال: السلام عليكم ورحمة الله. وصلنا إلى بريطانيا [[OTHER_SPECIAL:لاجئين]] من
[[OTHER_SPECIAL:سوريا]] قبل أربع سنوات، ونحن ستة أفراد نعيش في شقة بغرفتي نوم في
[[ADDRESS:28 Clarendon Road]]، [[POSTCODE:LU2 7PQ]]. ابني الأكبر [[PERSON:سليم]] عمره
[[AGE:١٤ عامًا]] ينام في الصالة، والغرفة الخلفية لا يدخلها النور أبدًا. سجّلنا في قائمة
الإسكان لدى [[ORGANISATION:Luton Borough Council]] ورقم الطلب [[REFERENCE:LH-REG-208841]]،
لكنهم وضعونا في الفئة الرابعة وقالوا إننا «لسنا مكتظين». أنا أصلي الفجر كل يوم في
[[ADDRESS:مسجد الهدى]] والإخوة هنا نصحوني بالكتابة إليكم.
[[PERSON:أبو سليم]]

الجواب: أخي [[PERSON:أبو سليم]]، ستة أشخاص في شقة بغرفتين يُعدّ اكتظاظًا بحسب المعايير
المعمول بها، وأغلب الظن أن تقييم طلبكم فيه خطأ. لكم طريقان معًا: الأول طلب مراجعة قرار الفئة
(review) كتابيًا خلال ٢١ يومًا من تاريخ الرسالة، والثاني شكوى على طريقة التعامل مع الطلب، لأن
أحدًا لم يزركم ولم يسألكم عن عدد الغرف. اذكروا في الرسالة أعمار الأولاد وجنسهم، واطلبوا زيارة
منزلية. موظفة الإسكان المسؤولة عن منطقتكم هي السيدة [[PERSON:شارون برايس]]، وبريد قسم الطلبات
[[EMAIL:housingregister@luton-bc.example.org]]. وإذا احتجتم إلى ترجمة فأنا موجودة في مكتب
المسجد بعد صلاة الجمعة.

بعد ثلاثة أشهر كتب إلينا [[PERSON:أبو سليم]] من جديد: «جاءت السيدة [[PERSON:برايس]] بنفسها
وعدّت الغرف، واعترفت البلدية بأن الحساب كان خاطئًا لأنهم عدّوا الصالة غرفة نوم. نُقلنا إلى
الفئة الثانية، والشهر الماضي عرضوا علينا بيتًا بثلاث غرف في [[ADDRESS:14 Wardown Close]].
صار لـ[[PERSON:سليم]] غرفته أخيرًا. جزاكِ الله خيرًا يا أخت [[PERSON:نور]].»
"""),
    ),
    (
        "fv2ce-ar-03",
        "ar",
        _s("""
من حلقة هذا الأسبوع من برنامج «بيتك حقك» على الإذاعة العربية المجتمعية في لندن. يقدّم البرنامج
[[PERSON:كريم منصور]]، وضيفته المستشارة السكنية [[PERSON:سلمى عيسى]].

المقدّم: خطوطنا مفتوحة على الرقم [[PHONE:٠٢٠ ٧٩٤٦ ٠٣٣١]]. معنا على الهاتف [[PERSON:أمل]] من
[[ADDRESS:مجمّع كينغزميد]]. تفضلي يا [[PERSON:أمل]].

المتصلة: مساء الخير. أنا امرأة [[OTHER_SPECIAL:مسلمة]] أرتدي الحجاب، وجاري في
[[ADDRESS:الشقة ٣١]] يشتمني كلما رآني على الدرج، وكتب عبارات مسيئة على بابي مرتين. ابنتي
[[PERSON:لين]] عمرها [[AGE:٩ سنوات]] وصارت تخاف الخروج وحدها. بلّغت [[ORGANISATION:بلدية هاكني]]
وفتحوا ملف سلوك معادٍ للمجتمع رقمه [[REFERENCE:HK-ASB-77120]]، وبلّغت الشرطة ورقم البلاغ
[[REFERENCE:CR-5518204/24]]. الموظف [[PERSON:داني]] قال لي إنها «خلافات جيران». بصراحة فقدت
الأمل.

المستشارة: لا تفقدي الأمل يا [[PERSON:أمل]]. ما تصفينه ليس خلاف جيران، بل حادثة كراهية، وعلى
البلدية أن تتعامل معه على هذا الأساس. اكتبي شكوى رسمية من المرحلة الأولى، اذكري فيها رقم
الملف ورقم بلاغ الشرطة وتواريخ كل حادثة، واطلبي موظفًا آخر وخطة حماية مكتوبة. صوّري الكتابات
قبل إزالتها. وإن لم تُحلّ المشكلة بعد المرحلة الثانية فيمكنك التوجه إلى أمين المظالم للإسكان.

المقدّم: شكرًا لوقتك الكريم، ونتمنى أن نسمع منك أخبارًا طيبة.

بعد شهرين عادت [[PERSON:أمل]] إلى البرنامج: «أزالوا الكتابات خلال يوم، وركّبوا كاميرا عند مدخل
الدرج، وتولّت ملفي موظفة جديدة اسمها [[PERSON:جوان أوكونكو]]. أُنذر الجار رسميًا، وحصلت البلدية
على أمر قضائي يمنعه من الاقتراب من بابي. اعتذروا عن كلام الموظف الأول. [[PERSON:لين]] عادت
تذهب إلى المدرسة مع صديقاتها.»
"""),
    ),
    (
        "fv2ce-ar-04",
        "ar",
        _s("""
حملة Make Things Right: أسئلتكم وأجوبتنا

سؤال: أرسلت إليّ جمعية الإسكان [[ORGANISATION:Aire Valley Homes]] رسالة تقول إن عليّ متأخرات
إيجار بقيمة ٩٠٠ جنيه وإنهم سيبدؤون إجراءات الإخلاء. أنا أدفع بالتحويل المصرفي في أول كل شهر
منذ ست سنوات. اتصلت بهم وأعطيتهم تاريخ ميلادي، [[DATE_OF_BIRTH:٣ آذار ١٩٨٧]]، ورقم التأمين
الوطني [[NI_NUMBER:JT 48 19 62 C]]، ورقم حساب الإيجار [[REFERENCE:AVH/T/118204]]، لكن الموظفة
قالت إن النظام لا يخطئ. زوجتي حامل وأنا لا أنام من القلق. بريدي الإلكتروني
[[EMAIL:samer dot ali at example dot org]].
[[PERSON:س. ع.]]، ليدز

الجواب: لا تنتظر. أرسل شكوى مكتوبة فورًا واكتب في أعلاها «شكوى رسمية – المرحلة الأولى»، وأرفق
كشوف الحساب المصرفي التي تُظهر كل دفعة ومرجعها. اطلب منهم كتابيًا تجميد إجراءات الإخلاء ما دامت
الشكوى قيد النظر، وأن يرسلوا إليك كشف حساب الإيجار الكامل. إن لم يصحّحوا الخطأ في المرحلة
الثانية، فأمين المظالم للإسكان ينظر في مثل هذه الشكاوى، ولم تعد تحتاج إلى نائب يحيل قضيتك.
وإن وصلتك أوراق من المحكمة، فاطلب مشورة قانونية مجانية على الفور.

ماذا حدث بعد ذلك؟ كتب إلينا [[PERSON:سامر]] بعد ستة أسابيع: «تولّت الشكوى موظفة اسمها
[[PERSON:كلير ويب]]، واكتشفت أن دفعاتي كانت تدخل حسابًا معلّقًا منذ أن غيّرت البنك، لأنني كتبت
مرجع الإيجار ناقصًا رقمًا واحدًا. كان المال كله عندهم. أرسلت لهم كشف الحساب المنتهي بالأرقام
[[OTHER_ID:٤٤٠٧]]، فنقلوا المبلغ إلى حسابي، وألغوا إجراءات الإخلاء، واعتذروا كتابيًا، ودفعوا
١٥٠ جنيهًا عن القلق. وأضافوا تنبيهًا يظهر للموظفين حين لا تطابق الدفعة المرجع.»
"""),
    ),
    (
        "fv2ce-ar-05",
        "ar",
        _s("""
«بريد القرّاء» – تجيب عن رسائلكم د. [[PERSON:فاطمة الزين]]

رسالة: والدي [[PERSON:سعيد]] عمره [[AGE:٨٢ عامًا]]، ويعيش وحده في [[ADDRESS:الشقة ٤٣]] في
الطابق التاسع من [[ADDRESS:برج ويستفيلد]]، [[POSTCODE:s3 7hb]]. شخّص الأطباء عنده
[[HEALTH:الخرف]] العام الماضي، وطبيبه في [[ADDRESS:Burngreave Vale Surgery]] كتب رسالة يقول فيها
إنه يحتاج إلى سكن في الطابق الأرضي. المصعد يتعطل كل أسبوعين تقريبًا، وفي المرة الأخيرة بقي أبي
محبوسًا في الشقة أربعة أيام. قدّمنا طلب نقل إلى [[ORGANISATION:مجلس مدينة شيفيلد]] رقمه
[[REFERENCE:SCC-TR-40917]] منذ سنة ولم يتحرك شيء. لم يعد أبي سعيدًا كما كان، وأنا أسافر إليه من
مانشستر كل نهاية أسبوع.
[[PERSON:ابنة عدن في شيفيلد]]

الجواب: عزيزتي، قلقكِ في محله. تعطّل المصعد المتكرر يمكن أن يكون موضوع شكوى مستقلة، وطلب النقل
يمكن أن يُعاد تقييمه على أساس طبي. اكتبي شكوى رسمية من المرحلة الأولى تذكرين فيها عدد مرات
تعطّل المصعد وتواريخها، والأيام الأربعة التي بقي فيها والدكِ محبوسًا، وأرفقي رسالة الطبيب، واطلبي
مراجعة الأولوية الطبية لطلب النقل. وإن كان لوالدكِ أخصائي اجتماعي فاطلبي منه دعم الطلب.
وتذكّري أن الشكوى لا تضرّ بطلب النقل، بل قد تسرّعه.

وبعد أربعة أشهر وصلتنا رسالة موقّعة باسم [[PERSON:رحاب]]: «أعادوا تقييم الطلب خلال أسبوعين ومنحوا
أبي الأولوية الطبية. زارنا السيد [[PERSON:خان]] من قسم النقل، واعتذر عن التأخير، ودفعوا ٣٠٠ جنيه
عن أيام المصعد. انتقل أبي الشهر الماضي إلى شقة في الطابق الأرضي في [[ADDRESS:Abbeyfield Road]]،
وفيها حديقة صغيرة يجلس فيها كل صباح. كتبت القصة كاملة على حسابي [[OTHER_ID:@rehab.aden]] لعلها
تفيد غيري.»
"""),
    ),
    (
        "fv2ce-bn-01",
        "bn",
        _s("""
সাপ্তাহিক "আপনার বাসা, আপনার অধিকার" কলাম। পাঠকের প্রশ্নের উত্তর দিচ্ছেন ব্যারিস্টার
[[PERSON:নাসরিন চৌধুরী]]।

প্রশ্ন: আমরা স্বামী-স্ত্রী আর তিন ছেলে মিলে পাঁচজন থাকি [[ADDRESS:ফ্ল্যাট ৩৪]],
[[ADDRESS:ওয়েনলক হাউস]], [[POSTCODE:E1 4BX]]-এ। আমাদের বাড়িওয়ালা
[[ORGANISATION:Limehouse Basin Homes]]। গত দুই বছর ধরে বাচ্চাদের ঘরের দেয়ালে কালো ছত্রাক,
জানালার কোণ থেকে পানি গড়িয়ে পড়ে। বড় ছেলে [[PERSON:রাফির]] বয়স [[AGE:১২ বছর]], তার
[[HEALTH:হাঁপানি]] আছে, রাতে কাশতে কাশতে ঘুমাতে পারে না। মেরামতের নম্বর
[[REFERENCE:LBH-R-66013]]। একজন কর্মী, [[PERSON:ড্যারেন]], এসে বললেন ঘরে কাপড় শুকাবেন না,
জানালা খুলে রাখবেন। শীতকালে জানালা খুলে রাখলে বাচ্চারা ঠান্ডায় কাঁপে। আমরা কী করতে পারি?
[[PERSON:টাওয়ার হ্যামলেটসের এক চিন্তিত মা]]

উত্তর: প্রিয় বোন, আপনার দোষ নয়। ছত্রাক আর স্যাঁতসেঁতে ভাব ঠিক করা বাড়িওয়ালার দায়িত্ব,
বিশেষ করে যখন ঘরে অসুস্থ শিশু থাকে। মেরামতের অনুরোধ আর অভিযোগ এক জিনিস নয়। লিখিতভাবে
"স্টেজ ১ অভিযোগ" করুন, [[EMAIL:complaints@limehousebasin.example.org]] ঠিকানায়। মেরামতের
নম্বর, তারিখগুলো আর ছবি দিন, আর ডাক্তারের একটি চিঠি জুড়ে দিন যে [[PERSON:রাফির]]
[[HEALTH:হাঁপানি]] ছত্রাকে বাড়ছে। একজন সার্ভেয়ার পাঠাতে বলুন। উত্তর পছন্দ না হলে স্টেজ ২,
তারপর সরাসরি হাউজিং অম্বুডসম্যান। বিস্তারিত gov.uk/social-housing-complaints-এ।

পরের চিঠি: দুই মাস পরে পাঠিকা আবার লিখেছেন: "আমি [[PERSON:শিরিন বেগম]], নাম ছাপতে পারেন।
অভিযোগের দশ দিনের মধ্যে সার্ভেয়ার মি. [[PERSON:ও'কনর]] এলেন, দেখলেন ছাদের নিচের ইনসুলেশন
নেই আর বাথরুমের ফ্যান কোনোদিন কাজই করেনি। এখন নতুন ফ্যান, নতুন ইনসুলেশন, দেয়াল পরিষ্কার
করে বিশেষ রং। ক্ষতিপূরণ হিসেবে ৩২০ পাউন্ড দিয়েছে, আর সরাসরি যোগাযোগের নম্বর
[[PHONE:০২০ ৭৯৪৬ ০১৭৫]]। [[PERSON:রাফি]] এখন রাতে আর কাশে না।"
"""),
    ),
    (
        "fv2ce-bn-02",
        "bn",
        _s("""
মসজিদের মাসিক বার্তা: প্রশ্নোত্তর। উত্তর দিচ্ছেন আবাসন বিষয়ক স্বেচ্ছাসেবক ভাই
[[PERSON:জুবায়ের আহমেদ]]।

প্রশ্ন: আসসালামু আলাইকুম। আমার নাম [[PERSON:আলো খাতুন]]। আমার
[[HEALTH:মাল্টিপল স্ক্লেরোসিস]], আমি হুইলচেয়ারে চলি। থাকি [[ADDRESS:কেল্ডন কোর্ট]]-এর
চারতলায়, [[ADDRESS:৮ নম্বর ফ্ল্যাটে]]। তিন মাস ধরে লিফট নষ্ট, আর সিঁড়িতে কোনো আলো নেই।
জুমার দিন [[ADDRESS:বায়তুল আমান মসজিদে]] যেতে পারি না, ডাক্তারের অ্যাপয়েন্টমেন্টও বাদ পড়ছে।
বাড়িওয়ালা [[ORGANISATION:Eastway Homes Trust]]-কে অভিযোগ করেছি, নম্বর
[[REFERENCE:EHT-COMP-2291]], কিন্তু তারা বলে যন্ত্রাংশ আসতে সময় লাগবে। আমার নম্বর
[[PHONE:07700 900288]], কেউ যদি সাহায্য করতে পারেন।

উত্তর: ওয়ালাইকুম আসসালাম, বোন [[PERSON:আলো]]। আপনার অবস্থা খুবই গুরুতর। যিনি হুইলচেয়ার
ব্যবহার করেন তাঁর জন্য লিফট বন্ধ মানে ঘরে বন্দি থাকা। আপনার অভিযোগটি স্টেজ ২-এ নিতে লিখিত
অনুরোধ করুন, আর পরিষ্কার লিখুন যে আপনি প্রতিবন্ধী, তিন মাস ঘর থেকে বের হতে পারেননি।
অন্তর্বর্তী ব্যবস্থা চান: মেরামত না হওয়া পর্যন্ত নিচতলায় অস্থায়ী ফ্ল্যাট, অথবা সিঁড়ি দিয়ে নামানোর
ব্যবস্থা। সিঁড়ির আলো নিরাপত্তার বিষয়, এটা আলাদা জরুরি মেরামত হিসেবে জানান। চাইলে শুক্রবার
নামাজের পর মসজিদের অফিসে আসবেন, আমি চিঠি লিখে দেব।

তিন মাস পর: [[PERSON:আলো]] আপা জানালেন, স্টেজ ২ অভিযোগের পর
[[ORGANISATION:Eastway Homes Trust]]-এর কর্মকর্তা [[PERSON:জেমা]] নিজে দেখা করতে আসেন। দুই
সপ্তাহের জন্য তাঁকে নিচতলার একটি খালি ফ্ল্যাটে রাখা হয়, লিফটের পুরো মোটর বদলানো হয়,
সিঁড়িতে নতুন আলো লাগানো হয়। ক্ষতিপূরণ ৫০০ পাউন্ড। এখন লিফট নষ্ট হলে প্রতিবন্ধী বাসিন্দাদের
আগে ফোন করা হয়। তিনি আবার জুমায় আসছেন, আলহামদুলিল্লাহ।
"""),
    ),
    (
        "fv2ce-bn-03",
        "bn",
        _s("""
কমিউনিটি রেডিওর সাপ্তাহিক অনুষ্ঠান "ঘর-সংসার"। উপস্থাপক [[PERSON:তানভীর হাসান]], অতিথি
আবাসন পরামর্শক [[PERSON:রুমানা সিদ্দিকী]]।

উপস্থাপক: আমাদের লাইন খোলা, নম্বর [[PHONE:0121 496 0417]]। লাইনে আছেন [[PERSON:শাহানা]]।
বলুন আপা।

শ্রোতা: আসসালামু আলাইকুম। আমরা থাকি [[ADDRESS:৫২ হিদারডেল রোড]]-এ। রান্নাঘরের দেয়ালের ভিতরে
ইঁদুর, রাতে শব্দ করে, খাবারের প্যাকেট কেটে ফেলে। আমার স্বামী [[PERSON:আব্দুল মালিক]] ইংরেজি
ভালো পারেন না, আমিও না। [[ORGANISATION:Bordesley Park Homes]]-কে ফোন করলে তারা দ্রুত ইংরেজিতে
কথা বলে রেখে দেয়। অভিযোগ করেছিলাম, নম্বর [[REFERENCE:BPH/C/48821]], স্টেজ ২-এও গেছে, কিন্তু
উত্তর এসেছে শুধু ইংরেজিতে, আর লিখেছে "বাসিন্দার দায়িত্ব"।

অতিথি: [[PERSON:শাহানা]] আপা, দেয়ালের ভিতরে ইঁদুর মানে ভবনের কাঠামোয় ফাঁক আছে, সেটা ঠিক করা
বাড়িওয়ালার কাজ। আর আপনি দোভাষী চাইতে পারেন, এটা আপনার অধিকার। স্টেজ ২ শেষ হয়ে গেলে এখন
আপনি হাউজিং অম্বুডসম্যানের কাছে যেতে পারেন। আগে এমপি লাগত, এখন আর লাগে না। উত্তরের চিঠি,
ছবি আর ইঁদুরের ক্ষতির রসিদ রাখুন।

উপস্থাপক: আপা, পরে ফোন করে জানাবেন কী হলো।

দুই মাস পর [[PERSON:শাহানা]] আবার ফোন করেন: "অম্বুডসম্যানের কেস নম্বর
[[REFERENCE:202507764]]। তারপর বাড়িওয়ালা নিজেই যোগাযোগ করল, এবার সিলেটি দোভাষী সঙ্গে নিয়ে।
কর্মকর্তা [[PERSON:ক্যারল বেনেট]] ক্ষমা চেয়েছেন, পেস্ট কন্ট্রোল এসে সব ফাঁক বন্ধ করেছে,
রান্নাঘরের নিচের বোর্ড নতুন। খাবারের ক্ষতির জন্য ২৭০ পাউন্ড দিয়েছে। এখন তারা সব বাসিন্দাকে
জিজ্ঞেস করে কোন ভাষায় চিঠি চান।"
"""),
    ),
    (
        "fv2ce-bn-04",
        "bn",
        _s("""
Make Things Right টুলকিট: আপনার প্রশ্ন, আমাদের উত্তর

প্রশ্ন: গত বছর আমার আব্বা [[PERSON:মোহাম্মদ আব্দুল হাই]] মারা গেছেন। আমি জন্ম থেকে এই বাড়িতে
থাকি, [[ADDRESS:১১ ওয়েস্টউড স্ট্রিট]], [[POSTCODE:OL9 6HT]]। আব্বার শেষ তিন বছর আমিই তাঁর
দেখাশোনা করেছি, তাঁর [[HEALTH:কিডনি ফেইলিওর]] ছিল। এখন বাড়িওয়ালা
[[ORGANISATION:Werneth Valley Homes]] বলছে টেন্যান্সি আমার নামে হবে না, আমাকে বাড়ি ছাড়তে হবে।
অফিসার [[PERSON:ক্যারেন]] আমার পাসপোর্ট নম্বর [[OTHER_ID:538471926]] আর জন্মতারিখ,
[[DATE_OF_BIRTH:১৯৮৪ সালের ৫ জুন]], সব নিয়েছেন, তারপর বলেছেন "ফাইল হারিয়ে গেছে"। টেন্যান্সি
নম্বর [[REFERENCE:WVH-T-20044]]। আমি কোথায় যাব?
[[PERSON:এম. হোসেন]], ওল্ডহ্যাম

উত্তর: টেন্যান্সি কার নামে যাবে (সাকসেশন) তার নিয়ম চুক্তিতে লেখা থাকে। সাধারণত যিনি মৃত্যুর
সময় সেখানে থাকতেন এবং পরিবারের সদস্য, তিনি অধিকার পেতে পারেন। প্রথমে লিখিতভাবে সিদ্ধান্তের
কারণ জানতে চান। ফাইল হারানো, কারণ না জানানো আর দেরি নিয়ে স্টেজ ১ অভিযোগ করুন। আব্বার
সঙ্গে থাকার প্রমাণ রাখুন: জিপি রেজিস্ট্রেশন, ব্যাংকের চিঠি, কাউন্সিল ট্যাক্স। সাকসেশন না
পেলেও অনেক বাড়িওয়ালা নতুন টেন্যান্সি দিতে পারে। দরকার হলে হাউজিং অম্বুডসম্যান।

পরে যা হলো: [[PERSON:মিনারা হোসেন]] আমাদের জানিয়েছেন, অভিযোগের পর টেন্যান্সি ম্যানেজার
[[PERSON:পল রাইট]] ফাইলটি আবার দেখেন। দেখা যায়, রেকর্ডে ভুল করে লেখা ছিল যে আব্বা নিজে ১৯৯২ সালে
তাঁর বড় ভাইয়ের কাছ থেকে সাকসেশন পেয়েছিলেন, তাই আর সাকসেশন হবে না। আসলে সেটা ছিল
আব্বার নামে একেবারে নতুন টেন্যান্সি। ভুল স্বীকার করে এখন টেন্যান্সি [[PERSON:মিনারার]] নামে। দেরি আর কাগজ হারানোর
জন্য ক্ষমা চেয়ে ২০০ পাউন্ড দিয়েছে।
"""),
    ),
    (
        "fv2ce-bn-05",
        "bn",
        _s("""
নারী সংঘের ত্রৈমাসিক পত্রিকা: "আপা, একটা কথা জিজ্ঞেস করি" বিভাগ। উত্তর দেন
[[PERSON:সেলিনা রহমান]] আপা।

প্রশ্ন: আমার তিন মেয়ে। মেজো [[PERSON:শাপলা]], [[AGE:৭ বছর]], তার [[HEALTH:অটিজম]] আছে, সুযোগ
পেলেই দৌড়ে বেরিয়ে যায়। ছোট [[PERSON:তিথি]] আর বড় [[PERSON:ঝুমা]] স্কুলে যায়
[[ADDRESS:হাই টাউন প্রাইমারি]]-তে। আমাদের বাগানের পেছনের বেড়া ঝড়ে ভেঙেছে আট মাস আগে, তার
ওপাশে বড় রাস্তা। [[ORGANISATION:Chiltern Brook Housing]] দুইবার জব নম্বর দিয়েছে,
[[REFERENCE:CBH-44102]] আর [[REFERENCE:CBH-45877]], কিন্তু কেউ আসেনি। গত মাসে
[[PERSON:শাপলা]] রাস্তার ধারে চলে গিয়েছিল, প্রতিবেশী ধরে এনেছে। বইয়ে শাপলা ফুলের ছবি
দেখতে ও খুব ভালোবাসে, কিন্তু এখন ওকে বাইরে দিতেই ভয় পাই।
[[PERSON:লুটনের তিন মেয়ের মা]]

উত্তর: বোন, আপনার ভয় একদম ঠিক। এটা সাধারণ মেরামত নয়, শিশুর নিরাপত্তার ঝুঁকি। আজই লিখিত
অভিযোগ করুন, দুটি জব নম্বর দিন, শিশুর অবস্থা আর গত মাসের ঘটনা লিখুন, স্কুল বা ডাক্তারের চিঠি
থাকলে দিন। জরুরি অস্থায়ী বেড়া চান। উত্তর না পেলে স্টেজ ২, তারপর অম্বুডসম্যান।

পরের সংখ্যায় চিঠি: "আপা, আমি [[PERSON:রোকসানা]]। অভিযোগের দুই দিনের মধ্যে অস্থায়ী বেড়া,
দুই সপ্তাহে স্থায়ী উঁচু বেড়া আর তালা দেওয়া গেট। অফিসার [[PERSON:ডেভ মার্শ]] ক্ষমা চেয়েছেন,
১৮০ পাউন্ড দিয়েছেন। [[PERSON:শাপলা]] এখন নিশ্চিন্তে বাগানে খেলে।"
"""),
    ),
    (
        "fv2ce-pa-01",
        "pa",
        _s("""
ਗੁਰਦੁਆਰਾ ਸਾਹਿਬ ਦੀ ਮਾਸਿਕ ਪੱਤ੍ਰਿਕਾ: ਸਵਾਲ-ਜਵਾਬ। ਜਵਾਬ ਦਿੰਦੇ ਹਨ ਭਾਈ [[PERSON:ਹਰਮੀਤ ਸਿੰਘ]],
ਹਾਊਸਿੰਗ ਸਲਾਹ ਡੈਸਕ ਦੇ ਸੇਵਾਦਾਰ।

ਸਵਾਲ: ਵਾਹਿਗੁਰੂ ਜੀ ਕਾ ਖ਼ਾਲਸਾ, ਵਾਹਿਗੁਰੂ ਜੀ ਕੀ ਫ਼ਤਹਿ। ਮੈਂ [[AGE:੭੪ ਸਾਲਾਂ]] ਦੀ ਹਾਂ ਅਤੇ ਸਰਦਾਰ
ਜੀ ਦੇ ਚਲੇ ਜਾਣ ਤੋਂ ਬਾਅਦ ਇਕੱਲੀ ਰਹਿੰਦੀ ਹਾਂ, [[ADDRESS:ਫ਼ਲੈਟ ੫]], [[ADDRESS:ਹੈਵਲੌਕ ਕੋਰਟ]],
[[POSTCODE:UB2 4QT]]। ਤਿੰਨ ਮਹੀਨੇ ਪਹਿਲਾਂ ਕਿਸੇ ਨੇ ਬਿਲਡਿੰਗ ਦੇ ਮੇਨ ਦਰਵਾਜ਼ੇ ਦਾ ਤਾਲਾ ਤੋੜ
ਦਿੱਤਾ ਅਤੇ ਹੁਣ ਰਾਤ ਨੂੰ ਅਣਜਾਣ ਬੰਦੇ ਪੌੜੀਆਂ ਵਿੱਚ ਬੈਠੇ ਰਹਿੰਦੇ ਹਨ। ਪੌੜੀਆਂ ਦੀ ਬੱਤੀ ਵੀ ਖ਼ਰਾਬ ਹੈ।
ਮੇਰੇ ਗੋਡਿਆਂ ਵਿੱਚ [[HEALTH:ਗਠੀਆ]] ਹੈ, ਮੈਂ ਛੇਤੀ ਤੁਰ ਨਹੀਂ ਸਕਦੀ, ਡਰ ਲੱਗਦਾ ਹੈ। ਸਵੇਰੇ
[[ADDRESS:ਗੁਰਦੁਆਰਾ ਦਸਮੇਸ਼ ਦਰਬਾਰ]] ਜਾਣ ਲਈ ਹਨੇਰੇ ਵਿੱਚ ਪੌੜੀਆਂ ਉਤਰਨੀਆਂ ਪੈਂਦੀਆਂ ਹਨ।
[[ORGANISATION:ਈਲਿੰਗ ਕੌਂਸਲ]] ਨੂੰ ਤਿੰਨ ਵਾਰ ਫ਼ੋਨ ਕੀਤਾ, ਰਿਪੇਅਰ ਨੰਬਰ
[[REFERENCE:EC-RJ-730144]] ਮਿਲਿਆ, ਪਰ ਕੋਈ ਨਹੀਂ ਆਇਆ।
[[PERSON:ਸਾਊਥਾਲ ਤੋਂ ਇਕੱਲੀ ਮਾਤਾ]]

ਜਵਾਬ: ਮਾਤਾ ਜੀ, ਵਾਹਿਗੁਰੂ ਜੀ ਕੀ ਫ਼ਤਹਿ। ਟੁੱਟਿਆ ਮੇਨ ਦਰਵਾਜ਼ਾ ਸੁਰੱਖਿਆ ਦਾ ਮਸਲਾ ਹੈ ਅਤੇ ਕੌਂਸਲ
ਨੂੰ ਇਹ ਛੇਤੀ ਠੀਕ ਕਰਨਾ ਚਾਹੀਦਾ ਸੀ। ਫ਼ੋਨ ਦੀ ਥਾਂ ਲਿਖ ਕੇ ਸ਼ਿਕਾਇਤ ਕਰੋ ਅਤੇ ਉੱਪਰ ਲਿਖੋ "ਸਟੇਜ 1
ਸ਼ਿਕਾਇਤ"। ਰਿਪੇਅਰ ਨੰਬਰ, ਫ਼ੋਨ ਕਰਨ ਦੀਆਂ ਤਾਰੀਖ਼ਾਂ, ਅਤੇ ਇਹ ਵੀ ਲਿਖੋ ਕਿ ਤੁਸੀਂ ਇਕੱਲੇ ਰਹਿੰਦੇ ਹੋ
ਅਤੇ ਤੁਰਨ ਵਿੱਚ ਮੁਸ਼ਕਲ ਹੈ। ਪੌੜੀਆਂ ਦੀ ਬੱਤੀ ਬਾਰੇ ਵੱਖਰਾ ਲਿਖੋ। ਜੇ ਜਵਾਬ ਠੀਕ ਨਾ ਹੋਵੇ ਤਾਂ ਸਟੇਜ 2
ਮੰਗੋ, ਫਿਰ ਹਾਊਸਿੰਗ ਓਮਬਡਸਮੈਨ ਕੋਲ ਸਿੱਧੇ ਜਾ ਸਕਦੇ ਹੋ। ਐਤਵਾਰ ਦੀਵਾਨ ਤੋਂ ਬਾਅਦ ਲੰਗਰ ਹਾਲ ਦੇ ਕੋਲ
ਸਾਡਾ ਡੈਸਕ ਲੱਗਦਾ ਹੈ, ਜਾਂ ਫ਼ੋਨ ਕਰੋ [[PHONE:020 7946 0263]]।

ਅਗਲੇ ਅੰਕ ਵਿੱਚ: ਮਾਤਾ [[PERSON:ਗੁਰਮੀਤ ਕੌਰ]] ਜੀ ਨੇ ਦੱਸਿਆ ਕਿ ਉਨ੍ਹਾਂ ਦੇ ਪੋਤੇ [[PERSON:ਅਰਜਨ]]
ਨੇ ਆਪਣੀ ਈਮੇਲ [[EMAIL:arjan.sandhu@example.com]] ਤੋਂ ਸ਼ਿਕਾਇਤ ਭੇਜੀ। ਪੰਜ ਦਿਨਾਂ ਵਿੱਚ ਕੌਂਸਲ ਦਾ
ਅਫ਼ਸਰ [[PERSON:ਸਟੀਵ ਕੌਲਿਨਜ਼]] ਆਇਆ। ਨਵਾਂ ਦਰਵਾਜ਼ਾ ਅਤੇ ਇੰਟਰਕਾਮ ਲੱਗ ਗਿਆ, ਪੌੜੀਆਂ ਵਿੱਚ ਨਵੀਆਂ
ਬੱਤੀਆਂ ਲੱਗੀਆਂ, ਅਤੇ ਮਾਤਾ ਜੀ ਦੇ ਫ਼ਲੈਟ ਦੇ ਬਾਹਰ ਹੈਂਡਰੇਲ ਵੀ ਲਵਾ ਦਿੱਤੀ। ਦੇਰੀ ਲਈ ਲਿਖਤੀ ਮਾਫ਼ੀ
ਅਤੇ ੧੫੦ ਪੌਂਡ ਮਿਲੇ। ਹੁਣ ਉਹ ਫਿਰ ਹਰ ਸਵੇਰ ਗੁਰਦੁਆਰੇ ਆਉਂਦੇ ਹਨ।
"""),
    ),
    (
        "fv2ce-pa-02",
        "pa",
        _s("""
ਰੇਡੀਓ ਪ੍ਰੋਗਰਾਮ "ਘਰ ਦੀ ਗੱਲ"। ਹੋਸਟ: [[PERSON:ਰਾਜਵਿੰਦਰ ਗਿੱਲ]]। ਮਹਿਮਾਨ: ਹਾਊਸਿੰਗ ਸਲਾਹਕਾਰ
[[PERSON:ਅਮਨਦੀਪ ਬਾਸੀ]]।

ਹੋਸਟ: ਸਾਡੀ ਲਾਈਨ ਦਾ ਨੰਬਰ ਹੈ [[PHONE:0121 496 0592]]। ਲਾਈਨ 'ਤੇ ਹਨ [[PERSON:ਖ਼ੁਸ਼ੀ]] ਜੀ,
ਸਮੈਦਿਕ ਤੋਂ। ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ ਜੀ।

ਸਰੋਤਾ: ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ। ਅਸੀਂ [[ADDRESS:੧੯ ਰੋਜ਼ਫ਼ੀਲਡ ਐਵੇਨਿਊ]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ। ਦਸੰਬਰ ਤੋਂ
ਬੌਇਲਰ ਵਾਰ-ਵਾਰ ਬੰਦ ਹੋ ਜਾਂਦਾ ਹੈ। [[ORGANISATION:Black Country Living Homes]] ਨੇ ਆਪਣਾ ਠੇਕੇਦਾਰ,
[[ORGANISATION:Midway Gas Services]], ਭੇਜਣਾ ਸੀ। ਚਾਰ ਵਾਰ ਅਪੌਇੰਟਮੈਂਟ ਦਿੱਤੀ, ਚਾਰੇ ਵਾਰ ਕੋਈ
ਨਹੀਂ ਆਇਆ, ਅਤੇ ਹਰ ਵਾਰ ਮੈਂ ਕੰਮ ਤੋਂ ਬਿਨਾਂ ਤਨਖ਼ਾਹ ਛੁੱਟੀ ਲਈ। ਮੇਰੇ ਘਰਵਾਲੇ [[PERSON:ਬਲਜੀਤ]]
ਰਾਤ ਦੀ ਸ਼ਿਫ਼ਟ ਕਰਦੇ ਹਨ। ਬੇਟਾ [[PERSON:ਫ਼ਤਹਿ]] [[AGE:੧੦ ਸਾਲ]] ਦਾ ਹੈ, ਠੰਢੇ ਪਾਣੀ ਨਾਲ ਨਹਾਉਂਦਾ
ਹੈ। ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:BCL-88130]] ਹੈ, ਪਰ ਜਵਾਬ ਕੋਈ ਨਹੀਂ।

ਸਲਾਹਕਾਰ: [[PERSON:ਖ਼ੁਸ਼ੀ]] ਜੀ, ਠੇਕੇਦਾਰ ਦੀ ਗ਼ਲਤੀ ਲਈ ਵੀ ਜ਼ਿੰਮੇਵਾਰ ਲੈਂਡਲੌਰਡ ਹੀ ਹੈ, ਅਤੇ
ਖੁੰਝੀਆਂ ਅਪੌਇੰਟਮੈਂਟਾਂ ਲਈ ਬਹੁਤਿਆਂ ਦੀ ਮੁਆਵਜ਼ਾ ਨੀਤੀ ਹੁੰਦੀ ਹੈ। ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਵਿੱਚ ਚਾਰੇ
ਤਾਰੀਖ਼ਾਂ ਲਿਖੋ, ਗੁਆਚੀ ਤਨਖ਼ਾਹ ਦਾ ਸਬੂਤ ਲਾਓ, ਅਤੇ ਮੰਗੋ ਕਿ ਬੌਇਲਰ ਬਦਲਿਆ ਜਾਵੇ, ਸਿਰਫ਼ ਜੋੜਿਆ
ਨਹੀਂ। ਜੇ ਦਸ ਕੰਮਕਾਜੀ ਦਿਨਾਂ ਵਿੱਚ ਜਵਾਬ ਨਾ ਆਵੇ, ਸਟੇਜ 2 ਮੰਗੋ, ਅਤੇ ਫਿਰ ਹਾਊਸਿੰਗ ਓਮਬਡਸਮੈਨ।

ਹੋਸਟ: ਜ਼ਰੂਰ ਦੱਸਿਓ ਕੀ ਬਣਿਆ।

ਛੇ ਹਫ਼ਤੇ ਬਾਅਦ [[PERSON:ਖ਼ੁਸ਼ੀ]] ਜੀ ਨੇ ਦੁਬਾਰਾ ਫ਼ੋਨ ਕੀਤਾ: "ਬੜੀ ਖ਼ੁਸ਼ੀ ਨਾਲ ਦੱਸਦੀ ਹਾਂ ਕਿ ਨਵਾਂ
ਬੌਇਲਰ ਲੱਗ ਗਿਆ ਹੈ। ਸ਼ਿਕਾਇਤ ਅਫ਼ਸਰ [[PERSON:ਲੂਸੀ ਗ੍ਰਾਂਟ]] ਨੇ ਮਾਫ਼ੀ ਮੰਗੀ, ਹਰ ਖੁੰਝੀ ਅਪੌਇੰਟਮੈਂਟ
ਦੇ ੫੦ ਪੌਂਡ ਅਤੇ ਗੁਆਚੀ ਤਨਖ਼ਾਹ ਦੇ ੩੨੦ ਪੌਂਡ ਦਿੱਤੇ। ਉਨ੍ਹਾਂ ਨੇ ਠੇਕੇਦਾਰ ਨੂੰ ਵੀ ਚਿਤਾਵਨੀ ਦਿੱਤੀ ਹੈ।
ਹੁਣ [[PERSON:ਫ਼ਤਹਿ]] ਗਰਮ ਪਾਣੀ ਨਾਲ ਨਹਾਉਂਦਾ ਹੈ।" ਵਾਹਿਗੁਰੂ ਜੀ ਕਾ ਖ਼ਾਲਸਾ, ਵਾਹਿਗੁਰੂ ਜੀ ਕੀ
ਫ਼ਤਹਿ!
"""),
    ),
    (
        "fv2ce-pa-03",
        "pa",
        _s("""
ਹਫ਼ਤਾਵਾਰੀ ਅਖ਼ਬਾਰ ਦਾ ਕਾਲਮ "ਕਾਨੂੰਨੀ ਸਲਾਹ"। ਜਵਾਬ: ਐਡਵੋਕੇਟ [[PERSON:ਮਨਪ੍ਰੀਤ ਕੌਰ ਢਿੱਲੋਂ]]।

ਸਵਾਲ: ਪਿਛਲੇ ਮਹੀਨੇ ਸਾਡੇ ਉੱਪਰਲੇ ਫ਼ਲੈਟ ਦੇ ਕੋਲੋਂ ਲੰਘਦੀ ਸਾਂਝੀ ਪਾਈਪ ਫਟ ਗਈ ਅਤੇ ਸਾਰਾ ਪਾਣੀ
ਸਾਡੇ ਬੈੱਡਰੂਮ ਵਿੱਚ ਆ ਗਿਆ। ਅਸੀਂ [[ADDRESS:ਫ਼ਲੈਟ ੨ਬੀ]], [[ADDRESS:ਕਰੌਸਲੀ ਹਾਊਸ]],
[[POSTCODE:bd5 0lp]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ। ਕਾਰਪੇਟ, ਬੈੱਡ, ਅਤੇ ਸਾਡੀ ਧੀ [[PERSON:ਜਸਲੀਨ]] ਦੇ ਵਿਆਹ ਲਈ
ਸਿਲਾਏ ਸੱਤ ਸੂਟ ਸਭ ਖ਼ਰਾਬ ਹੋ ਗਏ। ਵਿਆਹ ਤਿੰਨ ਹਫ਼ਤਿਆਂ ਬਾਅਦ ਹੈ। ਉੱਪਰ ਰਹਿਣ ਵਾਲੀ ਮਿਸਿਜ਼
[[PERSON:ਹਿਊਜ਼]] ਨੇ ਦੋ ਮਹੀਨੇ ਪਹਿਲਾਂ ਪਾਈਪ ਚੋਣ ਦੀ ਰਿਪੋਰਟ ਕੀਤੀ ਸੀ। ਸਾਡਾ ਲੈਂਡਲੌਰਡ
[[ORGANISATION:Bowling Park Homes]] ਕਹਿੰਦਾ ਹੈ ਕਿ ਆਪਣੀ ਘਰੇਲੂ ਸਮਾਨ ਦੀ ਇੰਸ਼ੋਰੈਂਸ ਤੋਂ ਕਲੇਮ
ਕਰੋ, ਪਰ ਸਾਡੇ ਕੋਲ ਇੰਸ਼ੋਰੈਂਸ ਹੈ ਹੀ ਨਹੀਂ। ਕਲੇਮ ਨੰਬਰ [[REFERENCE:BPH-LC-3021]]। ਕੀ ਕਰੀਏ?
[[PERSON:ਹਰਜੀਤ]], ਬ੍ਰੈਡਫ਼ੋਰਡ

ਜਵਾਬ: [[PERSON:ਹਰਜੀਤ]] ਜੀ, ਆਮ ਤੌਰ 'ਤੇ ਕਿਰਾਏਦਾਰ ਦੇ ਸਮਾਨ ਦੀ ਇੰਸ਼ੋਰੈਂਸ ਕਿਰਾਏਦਾਰ ਦੀ ਜ਼ਿੰਮੇਵਾਰੀ
ਹੁੰਦੀ ਹੈ। ਪਰ ਜੇ ਲੈਂਡਲੌਰਡ ਨੂੰ ਪਹਿਲਾਂ ਪਤਾ ਸੀ ਕਿ ਪਾਈਪ ਚੋਂਦੀ ਹੈ ਅਤੇ ਉਸ ਨੇ ਸਮੇਂ ਸਿਰ ਠੀਕ ਨਹੀਂ
ਕੀਤੀ, ਤਾਂ ਨੁਕਸਾਨ ਦੀ ਜ਼ਿੰਮੇਵਾਰੀ ਉਸ ਦੀ ਬਣ ਸਕਦੀ ਹੈ। ਮਿਸਿਜ਼ [[PERSON:ਹਿਊਜ਼]] ਦੀ ਰਿਪੋਰਟ ਦੀ
ਤਾਰੀਖ਼ ਮੰਗੋ। ਸਟੇਜ 1 ਸ਼ਿਕਾਇਤ ਕਰੋ, ਫ਼ੋਟੋਆਂ ਅਤੇ ਰਸੀਦਾਂ ਨਾਲ ਲਾਓ, ਅਤੇ ਲਿਖੋ ਕਿ ਤੁਸੀਂ ਲਾਪਰਵਾਹੀ
ਲਈ ਮੁਆਵਜ਼ਾ ਮੰਗ ਰਹੇ ਹੋ। ਜੇ ਸਟੇਜ 2 ਤੋਂ ਬਾਅਦ ਵੀ ਨਾ ਮੰਨਣ, ਤਾਂ ਓਮਬਡਸਮੈਨ ਕੋਲ ਜਾਓ।

ਨਤੀਜਾ: [[PERSON:ਹਰਜੀਤ]] ਜੀ ਨੇ ਸਾਨੂੰ ਲਿਖਿਆ ਕਿ ਸਟੇਜ 2 'ਤੇ ਸ਼ਿਕਾਇਤ ਅਫ਼ਸਰ
[[PERSON:ਨਦੀਮ ਅਖ਼ਤਰ]] ਨੇ ਮੰਨਿਆ ਕਿ ਪਹਿਲੀ ਰਿਪੋਰਟ ਗ਼ਲਤ ਸ਼੍ਰੇਣੀ ਵਿੱਚ ਦਰਜ ਹੋ ਗਈ ਸੀ। ਉਨ੍ਹਾਂ ਨੇ
ਸੂਟਾਂ, ਕਾਰਪੇਟ ਅਤੇ ਬੈੱਡ ਲਈ ੧,੧੫੦ ਪੌਂਡ ਉਸ ਖਾਤੇ ਵਿੱਚ ਪਾਏ ਜਿਸਦੇ ਆਖ਼ਰੀ ਅੰਕ
[[OTHER_ID:੮੮੧੨]] ਹਨ, ਅਤੇ ਹੁਣ ਹਰ ਲੀਕ ਦੀ ਰਿਪੋਰਟ ੨੪ ਘੰਟਿਆਂ ਵਿੱਚ ਦੇਖੀ ਜਾਂਦੀ ਹੈ। ਵਿਆਹ ਵਾਲੇ
ਦਿਨ [[PERSON:ਜਸਲੀਨ]] ਨੇ ਨਵਾਂ ਸੂਟ ਪਾਇਆ।
"""),
    ),
    (
        "fv2ce-pa-04",
        "pa",
        _s("""
Make Things Right ਟੂਲਕਿੱਟ: ਤੁਹਾਡੇ ਸਵਾਲ, ਸਾਡੇ ਜਵਾਬ

ਸਵਾਲ: ਅਸੀਂ [[ADDRESS:ਨਾਈਟਿੰਗੇਲ ਹਾਊਸ]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ। ਹਰ ਹਫ਼ਤੇ ਕਿਰਾਏ ਦੇ ਨਾਲ ੧੪.੫੦ ਪੌਂਡ
ਸਰਵਿਸ ਚਾਰਜ ਸਫ਼ਾਈ ਲਈ ਕੱਟਿਆ ਜਾਂਦਾ ਹੈ, ਪਰ ਅੱਠ ਮਹੀਨਿਆਂ ਤੋਂ ਕੋਈ ਸਫ਼ਾਈ ਵਾਲਾ ਨਹੀਂ ਆਇਆ। ਪੌੜੀਆਂ
ਵਿੱਚ ਕੂੜਾ, ਬਦਬੂ, ਚੂਹੇ। ਮੇਰੀ ਘਰਵਾਲੀ [[PERSON:ਪਰਮਿੰਦਰ]] ਨੂੰ [[HEALTH:ਦਮਾ]] ਹੈ, ਧੂੜ ਨਾਲ ਸਾਹ
ਚੜ੍ਹ ਜਾਂਦਾ ਹੈ। ਬੱਚੇ [[ADDRESS:ਐਸ਼ਗੇਟ ਪ੍ਰਾਈਮਰੀ]] ਜਾਣ ਲਈ ਰੋਜ਼ ਇਸ ਵਿੱਚੋਂ ਲੰਘਦੇ ਹਨ।
[[ORGANISATION:Derwent Riverside Housing]] ਨੂੰ ਪੁੱਛਿਆ ਤਾਂ ਕਹਿੰਦੇ "ਠੇਕਾ ਬਦਲ ਰਿਹਾ ਹੈ"। ਟੈਨੈਂਸੀ
ਨੰਬਰ [[REFERENCE:DRH-0392-T]]। ਮੇਰਾ ਫ਼ੋਨ [[PHONE:07700 900734]]।
[[PERSON:ਡਰਬੀ ਤੋਂ ਤਿੰਨ ਬੱਚਿਆਂ ਦਾ ਪਿਤਾ]]

ਜਵਾਬ: ਸਰਵਿਸ ਚਾਰਜ ਉਸ ਸੇਵਾ ਲਈ ਹੁੰਦਾ ਹੈ ਜੋ ਅਸਲ ਵਿੱਚ ਦਿੱਤੀ ਜਾਵੇ। ਲਿਖ ਕੇ ਮੰਗੋ ਕਿ ਪਿਛਲੇ ਸਾਲ
ਦੇ ਚਾਰਜ ਦਾ ਪੂਰਾ ਵੇਰਵਾ ਭੇਜਣ, ਅਤੇ ਸਟੇਜ 1 ਸ਼ਿਕਾਇਤ ਕਰੋ ਕਿ ਜਿੰਨੇ ਹਫ਼ਤੇ ਸਫ਼ਾਈ ਨਹੀਂ ਹੋਈ, ਉਨ੍ਹਾਂ
ਦੇ ਪੈਸੇ ਵਾਪਸ ਕੀਤੇ ਜਾਣ। ਚੂਹਿਆਂ ਦੀ ਰਿਪੋਰਟ ਵੱਖਰੀ ਜ਼ਰੂਰੀ ਮੁਰੰਮਤ ਵਜੋਂ ਕਰੋ। ਗੁਆਂਢੀਆਂ ਨੂੰ ਵੀ
ਨਾਲ ਲਓ: ਜਿੰਨੇ ਜ਼ਿਆਦਾ ਘਰ ਸ਼ਿਕਾਇਤ ਕਰਨ, ਓਨਾ ਚੰਗਾ। ਜੇ ਸਟੇਜ 2 ਤੋਂ ਬਾਅਦ ਵੀ ਗੱਲ ਨਾ ਬਣੇ, ਤਾਂ
ਹਾਊਸਿੰਗ ਓਮਬਡਸਮੈਨ ਕੋਲ ਜਾਓ। ਪੂਰੀ ਜਾਣਕਾਰੀ gov.uk/social-housing-complaints ਉੱਤੇ ਹੈ।

ਬਾਅਦ ਵਿੱਚ: ਲਿਖਣ ਵਾਲੇ ਪਿਤਾ, [[PERSON:ਕੁਲਵੰਤ ਸਿੰਘ]], ਨੇ ਦੱਸਿਆ ਕਿ ਬਿਲਡਿੰਗ ਦੇ ਬਾਰਾਂ ਘਰਾਂ ਨੇ
ਇਕੱਠੇ ਸ਼ਿਕਾਇਤ ਕੀਤੀ। ਹਾਊਸਿੰਗ ਅਫ਼ਸਰ [[PERSON:ਜੋਐਨ ਪਾਰਕਰ]] ਨੇ ਮੰਨਿਆ ਕਿ ਪੁਰਾਣਾ ਠੇਕਾ ਖ਼ਤਮ ਹੋਣ
ਤੋਂ ਬਾਅਦ ਕਿਸੇ ਨੇ ਚਾਰਜ ਬੰਦ ਨਹੀਂ ਕੀਤਾ ਸੀ। ਹਰ ਘਰ ਨੂੰ ੪੮੦ ਪੌਂਡ ਵਾਪਸ ਮਿਲੇ, ਨਵੀਂ ਕੰਪਨੀ
[[ORGANISATION:Sparkle Facilities Ltd]] ਹਫ਼ਤੇ ਵਿੱਚ ਦੋ ਵਾਰ ਸਫ਼ਾਈ ਕਰਦੀ ਹੈ, ਅਤੇ ਚੂਹਿਆਂ ਦਾ ਇਲਾਜ
ਹੋ ਗਿਆ। [[PERSON:ਪਰਮਿੰਦਰ]] ਜੀ ਹੁਣ ਸੌਖਾ ਸਾਹ ਲੈਂਦੇ ਹਨ।
"""),
    ),
    (
        "fv2ce-pa-05",
        "pa",
        _s("""
ਨੌਜਵਾਨ ਸਿੱਖ ਜਥੇਬੰਦੀ ਦਾ ਬਲੌਗ: "ਤੁਸੀਂ ਪੁੱਛਿਆ"। ਜਵਾਬ ਦਿੰਦੀ ਹੈ ਸਾਡੀ ਸੰਪਾਦਕ
[[PERSON:ਗੁਰਪ੍ਰੀਤ ਮਾਨ]]।

ਸਵਾਲ: ਹੈਲੋ! ਮੇਰਾ ਪੂਰਾ ਨਾਂ [[PERSON:ਸਿਮਰਨਪ੍ਰੀਤ]] ਹੈ, ਪਰ ਸਾਰੇ [[PERSON:ਸਿਮਰ]] ਕਹਿੰਦੇ ਹਨ।
ਇੰਸਟਾ 'ਤੇ ਮੈਂ [[OTHER_ID:@simmi.writes]] ਹਾਂ। ਮੈਂ [[AGE:੧੯ ਸਾਲਾਂ]] ਦੀ ਹਾਂ ਅਤੇ ਮੰਮੀ
[[PERSON:ਰਾਜਵੰਤ]] ਨਾਲ [[ADDRESS:੭ ਗ੍ਰੀਨਲੀਜ਼ ਵਾਕ]], [[POSTCODE:TW4 5JD]] ਵਿੱਚ ਰਹਿੰਦੀ ਹਾਂ।
ਮੰਮੀ ਨੂੰ [[HEALTH:ਡਿਪਰੈਸ਼ਨ]] ਹੈ ਅਤੇ ਉਹ ਚਿੱਠੀਆਂ ਨਹੀਂ ਖੋਲ੍ਹਦੇ, ਇਸ ਲਈ ਸਾਰਾ ਕੰਮ ਮੈਂ ਕਰਦੀ ਹਾਂ।
ਪਿਛਲੇ ਮਹੀਨੇ ਦੇਖਿਆ ਕਿ ਸਾਡਾ ਗੈਸ ਸੇਫ਼ਟੀ ਚੈੱਕ ਦੋ ਸਾਲਾਂ ਤੋਂ ਹੋਇਆ ਹੀ ਨਹੀਂ, ਅਤੇ ਘਰ ਵਿੱਚ ਕਾਰਬਨ
ਮੋਨੋਆਕਸਾਈਡ ਅਲਾਰਮ ਵੀ ਨਹੀਂ। ਮੰਮੀ ਨੂੰ ਸਵੇਰੇ ਸਿਰ ਦਰਦ ਰਹਿੰਦਾ ਹੈ। [[ORGANISATION:ਹੰਸਲੋ ਕੌਂਸਲ]]
ਨੂੰ ਫ਼ੋਨ ਕੀਤਾ ਤਾਂ ਕਹਿੰਦੇ ਟੈਨੈਂਟ ਨੂੰ ਹੀ ਗੱਲ ਕਰਨੀ ਪਵੇਗੀ। ਕੀ ਮੈਂ ਮੰਮੀ ਦੀ ਥਾਂ ਸ਼ਿਕਾਇਤ ਕਰ ਸਕਦੀ
ਹਾਂ?

ਜਵਾਬ: [[PERSON:ਸਿਮਰ]], ਪਹਿਲਾਂ ਸਭ ਤੋਂ ਜ਼ਰੂਰੀ ਗੱਲ: ਜੇ ਗੈਸ ਦੀ ਬੋ ਆਵੇ ਜਾਂ ਸਿਰ ਦਰਦ ਨਾਲ ਚੱਕਰ ਆਉਣ,
ਤਾਂ ਤੁਰੰਤ ਗੈਸ ਐਮਰਜੈਂਸੀ ਨੰਬਰ 'ਤੇ ਫ਼ੋਨ ਕਰੋ। ਸਾਲਾਨਾ ਗੈਸ ਚੈੱਕ ਕਾਨੂੰਨ ਅਨੁਸਾਰ ਲੈਂਡਲੌਰਡ ਦੀ
ਜ਼ਿੰਮੇਵਾਰੀ ਹੈ। ਤੁਸੀਂ ਮੰਮੀ ਦੀ ਇਜਾਜ਼ਤ ਨਾਲ ਉਨ੍ਹਾਂ ਵੱਲੋਂ ਸ਼ਿਕਾਇਤ ਕਰ ਸਕਦੇ ਹੋ। ਉਨ੍ਹਾਂ ਤੋਂ ਇੱਕ
ਛੋਟੀ ਜਿਹੀ ਦਸਤਖ਼ਤ ਵਾਲੀ ਚਿੱਠੀ ਲੈ ਲਓ। ਸ਼ਿਕਾਇਤ ਵਿੱਚ ਲਿਖੋ ਕਿ ਚੈੱਕ ਕਦੋਂ ਤੋਂ ਰਹਿੰਦਾ ਹੈ ਅਤੇ
ਅਲਾਰਮ ਮੰਗੋ।

ਅਪਡੇਟ: [[PERSON:ਸਿਮਰ]] ਨੇ ਦੱਸਿਆ ਕਿ ਸ਼ਿਕਾਇਤ ਦੇ ਦੋ ਦਿਨਾਂ ਵਿੱਚ ਇੰਜੀਨੀਅਰ ਆਇਆ। ਬੌਇਲਰ ਦੀ ਫ਼ਲੂ
ਵਿੱਚੋਂ ਗੈਸ ਲੀਕ ਹੋ ਰਹੀ ਸੀ, ਬੌਇਲਰ ਉਸੇ ਦਿਨ ਬੰਦ ਕਰਕੇ ਇੱਕ ਹਫ਼ਤੇ ਵਿੱਚ ਨਵਾਂ ਲਾਇਆ ਗਿਆ। ਕੌਂਸਲ ਦੇ
ਅਫ਼ਸਰ [[PERSON:ਮਾਰਕ ਈਵਨਜ਼]] ਨੇ ਲਿਖਤੀ ਮਾਫ਼ੀ ਮੰਗੀ ਅਤੇ ਦੱਸਿਆ ਕਿ ਸਾਰੀ ਗਲੀ ਦੇ ੪੦ ਘਰਾਂ ਦੇ ਚੈੱਕ
ਰਹਿ ਗਏ ਸਨ, ਹੁਣ ਸਭ ਦੇ ਹੋ ਗਏ ਅਤੇ ਹਰ ਘਰ ਵਿੱਚ ਅਲਾਰਮ ਲੱਗ ਗਏ। ਮੰਮੀ ਦਾ ਸਿਰ ਦਰਦ ਵੀ ਹਟ ਗਿਆ।
"""),
    ),
    (
        "fv2ce-pl-01",
        "pl",
        _s("""
„Porady prawne” – na listy Czytelników odpowiada mecenas [[PERSON:Joanna Wierzbicka]]

Pytanie: Szanowna Pani Mecenas, mieszkamy z mężem i trójką dzieci w [[ADDRESS:mieszkaniu nr 14]]
na piątym piętrze bloku [[ADDRESS:Hartley House]], [[POSTCODE:W13 9LP]]. W pokoju dzieci od lutego
nie działa blokada okna i okno otwiera się na całą szerokość. Nasz najmłodszy, [[PERSON:Kubuś]],
ma [[AGE:3 latka]] i wspina się wszędzie. Zgłaszałam to trzy razy, numer zlecenia
[[REFERENCE:BHA/771204]], a [[ORGANISATION:Brentside Housing]] za każdym razem odpowiada, że „to
nie jest pilne”. Mąż, [[PERSON:Tomek]], przykręcił okno na śruby, ale teraz nie da się wietrzyć i
na ścianie pojawił się grzyb. Czy mogę coś zrobić, skoro słabo mówię po angielsku?
[[PERSON:Mama trójki z Ealingu]]

Odpowiedź: Droga [[PERSON:Mamo trójki z Ealingu]], niesprawna blokada okna na piątym piętrze to
zagrożenie dla życia dziecka, a nie drobna usterka. Proszę złożyć formalną skargę (complaint)
pierwszego etapu, najlepiej mailem na [[EMAIL:complaints@brentside.example.org]], z numerem
zlecenia, datami zgłoszeń i zdaniem: „W mieszkaniu jest małe dziecko, a okno na piątym piętrze nie
ma blokady”. Ma Pani prawo poprosić o tłumacza albo o odpowiedź po polsku. Zgodnie z Kodeksem
rozpatrywania skarg (Complaint Handling Code) landlord ma na odpowiedź 10 dni roboczych. Jeśli to
nie pomoże, drugi etap, a potem Rzecznik ds. Mieszkalnictwa (Housing Ombudsman), już bez
pośrednictwa posła. Wszystko jest opisane na gov.uk/social-housing-complaints.

Ciąg dalszy: Po sześciu tygodniach przyszedł list, tym razem podpisany: „[[PERSON:Agnieszka
Lewandowska]], mogą Państwo podać moje nazwisko”. Pani [[PERSON:Agnieszka]] pisze: „Dwa dni po
skardze zadzwonił kierownik napraw, pan [[PERSON:Kevin Doyle]], i przeprosił. Razem z panem
[[PERSON:Doyle'em]] przyszedł monter, który wymienił blokady we wszystkich oknach. Dostaliśmy 150
funtów i osuszacz powietrza, a grzyb usunięto. [[PERSON:Kuba]] dalej się wspina, ale już tylko na
kanapę”.
"""),
    ),
    (
        "fv2ce-pl-02",
        "pl",
        _s("""
Z zapisu audycji „Dom to nie luksus” w polonijnym radiu internetowym. Prowadzi
[[PERSON:Marcin Zając]], w studiu doradczyni mieszkaniowa [[PERSON:Ewelina Kruk]].

PROWADZĄCY: Czekamy na telefony pod numerem [[PHONE:020 7946 0849]]. Na linii pani
[[PERSON:Bożena]] z Peterborough. Dzień dobry, pani [[PERSON:Bożeno]].

SŁUCHACZKA: Dzień dobry. Mieszkam z synem pod [[ADDRESS:112 Eastfield Road]]. W październiku
[[ORGANISATION:Fenland Park Homes]] wymieniało nam kuchnię. Wykonawca, firma
[[ORGANISATION:KitchenPro Midlands]], zerwał stare szafki, podłączył zlew i zniknął. Od trzech
miesięcy gotuję na turystycznej kuchence, a syn, [[PERSON:Patryk]], ma
[[HEALTH:cukrzycę typu 1]] i musi jeść regularnie. Numer zlecenia: [[REFERENCE:FPH-KR-20931]].

DORADCZYNI: Pani [[PERSON:Bożeno]], to już sprawa na skargę, a nie na kolejne zgłoszenie. Za
pracę wykonawcy odpowiada landlord, nie firma remontowa. Proszę napisać skargę pierwszego etapu,
opisać, od kiedy nie ma kuchni, dołączyć paragony za jedzenie na mieście i poprosić o
rekompensatę oraz termin zakończenia prac na piśmie. Jeśli odpowiedź Pani nie zadowoli, drugi
etap, a potem Housing Ombudsman.

PROWADZĄCY: Ja bym na Pani miejscu skakał ze złości jak zając. Proszę dać znać, jak poszło.

Miesiąc później pani [[PERSON:Bożena]] zadzwoniła znowu: „Kuchnię skończyli w dwa tygodnie.
Kierowniczka działu napraw, pani [[PERSON:Sandra Hale]], przyjechała osobiście i przeprosiła.
Dostaliśmy 420 funtów za jedzenie i za czas bez kuchni, a [[ORGANISATION:KitchenPro Midlands]]
nie dostanie już zleceń na naszym osiedlu. [[PERSON:Patryk]] znowu je w domu. Pozdrawiam panią
[[PERSON:Ewelinę]], bez niej bym nie wiedziała, że można się skarżyć”.
"""),
    ),
    (
        "fv2ce-pl-03",
        "pl",
        _s("""
Z biuletynu parafialnego, rubryka „Pytania do doradcy”. Odpowiada [[PERSON:Teresa Mazur]],
wolontariuszka punktu porad przy parafii.

Pytanie: Szczęść Boże. Jestem w Anglii od 2014 roku i mam [[OTHER_SPECIAL:settled status]]. Od
kiedy właściciel wypowiedział nam najem, mieszkam z córką, [[PERSON:Zuzią]], w jednym pokoju w
hostelu [[ADDRESS:Albion Lodge]]. Urząd [[ORGANISATION:Slough Borough Council]] odrzucił mój
wniosek o mieszkanie (numer [[REFERENCE:SBC-HR-114572]]), bo urzędniczka, pani
[[PERSON:Dawn Mills]], twierdzi, że obywatele UE nie mają prawa do pomocy. Pokazałam jej dowód
osobisty, [[OTHER_ID:CFK 418275]], i list z Home Office, ale nie chciała patrzeć. [[PERSON:Zuzia]]
ma [[AGE:7 lat]] i dojeżdża do szkoły [[ADDRESS:St Anselm's Primary]] dwoma autobusami. W niedziele
chodzimy na mszę do [[ADDRESS:parafii Matki Bożej Różańcowej]], tylko tu ktoś nas wysłucha.
[[PERSON:Mama Zuzi]]

Odpowiedź: Droga Pani, osoby z settled status mają takie samo prawo do pomocy mieszkaniowej jak
obywatele brytyjscy, więc decyzja wygląda na błędną. Od decyzji w sprawie bezdomności przysługuje
wniosek o ponowne rozpatrzenie (review), zwykle w ciągu 21 dni, i trzeba go złożyć na piśmie.
Niezależnie od tego może Pani złożyć skargę na sposób, w jaki Panią potraktowano. Skargi na rady
miejskie w tych sprawach rozpatruje Rzecznik samorządowy (Local Government and Social Care
Ombudsman). Zapraszam na dyżur w salce parafialnej po mszy o 10:30, razem napiszemy list.

Ciąg dalszy: „Piszę z dobrą wiadomością, [[PERSON:Katarzyna Wójcik]]. Rada przyznała, że decyzja
była błędna, i przeprosiła. Kierowniczka zespołu, pani [[PERSON:Anita Shah]], wpisała nas do
rejestru z datą pierwszego wniosku. W marcu dostałyśmy mieszkanie przy
[[ADDRESS:Cippenham Lane]], dziesięć minut pieszo od szkoły [[PERSON:Zuzi]]. Dziękuję pani
[[PERSON:Teresie]] za cierpliwość”.
"""),
    ),
    (
        "fv2ce-pl-04",
        "pl",
        _s("""
Kampania Make Things Right: odpowiadamy na Wasze pytania

Pytanie: Piszę w imieniu taty, pana [[PERSON:Ryszarda Kowalczyka]]. Tata ma [[AGE:68 lat]] i
[[HEALTH:znaczny niedosłuch]], nie słyszy rozmów telefonicznych. Mieszka sam pod
[[ADDRESS:23 Heaton Grove]], [[POSTCODE:BD9 4DX]]. Jego landlord, [[ORGANISATION:Aire Moor Homes]],
przyjmuje zgłoszenia napraw tylko przez telefon. Od listopada przecieka dach nad kuchnią. Tata
pisał listy, ale odpowiedź zawsze brzmi „prosimy zadzwonić”. Ja mieszkam w Polsce i dzwonię z
daleka, ale mnie nie chcą nic powiedzieć, „bo nie jestem najemcą”. Numer umowy najmu
[[REFERENCE:AMH-004-55812]]. Mail taty: [[EMAIL:r.kowalczyk małpa example kropka com]].
[[PERSON:Wojtek]], syn

Odpowiedź: Panie [[PERSON:Wojtku]], landlord ma obowiązek dostosować sposób kontaktu do potrzeb
osoby z niepełnosprawnością. Tata może poprosić, żeby wszystkie sprawy załatwiano z nim mailowo
albo SMS-em, i żeby tę informację zapisano na jego koncie. Może też na piśmie upoważnić Pana do
rozmów w jego imieniu. Najlepiej złożyć jedną skargę pierwszego etapu, w której tata opisze
przeciekający dach, daty swoich listów i to, że odmówiono mu kontaktu w dostępnej formie. Jeśli
drugi etap nic nie zmieni, sprawę można zgłosić do Housing Ombudsman.

Co było dalej: pan [[PERSON:Wojtek]] napisał do nas po dwóch miesiącach: „Tata złożył skargę
mailem. Odpisała pani [[PERSON:Jasmine Ahmed]] z działu skarg, przeprosiła i dopisała na koncie
taty, że kontakt ma być tylko pisemny. Dach naprawiono w trzy tygodnie, a tata dostał 200 funtów
rekompensaty. Mnie dopisano jako osobę upoważnioną. Tata mówi, że pierwszy raz od lat ktoś mu
odpisał na list”.
"""),
    ),
    (
        "fv2ce-pl-05",
        "pl",
        _s("""
Z grupy „Polacy w Northampton”, cotygodniowy wątek „Pytania mieszkaniowe”. Odpowiada moderator
[[PERSON:Darek Sowa]].

Pytanie od [[PERSON:Gosi]] z osiedla [[ADDRESS:Kings Heath]]: Dziewczyny, chłopaki, help. W
nocy z soboty na niedzielę spadł konar z wielkiego drzewa przy parkingu i rozbił przednią szybę
i maskę naszego auta, [[OTHER_ID:NG68 KFO]]. To drzewo zgłaszaliśmy z sąsiadem, panem
[[PERSON:Heniem]], już dwa razy, bo było spróchniałe. Landlord, [[ORGANISATION:Nene Valley Living]],
mówi, że to „siła wyższa” i mamy iść do swojego ubezpieczyciela. Udział własny to 250 funtów,
a mąż, [[PERSON:Łukasz]], bez auta nie dojedzie na nocną zmianę. Numery zgłoszeń:
[[REFERENCE:NVL-TR-1187]] i [[REFERENCE:NVL-TR-1342]].

Odpowiedź: [[PERSON:Gosia]], skoro drzewo było zgłaszane jako niebezpieczne, a landlord nic nie
zrobił, to nie jest żadna siła wyższa. Złóż skargę pierwszego etapu, dołącz oba numery zgłoszeń,
zdjęcia drzewa sprzed wypadku i rachunek za naprawę. Poproś o zwrot udziału własnego i o przegląd
wszystkich drzew na osiedlu. Pan [[PERSON:Henio]] może napisać krótkie oświadczenie, kiedy
dzwonił. Jak nie pomoże, drugi etap i Ombudsman. Pisz, jak poszło!

Aktualizacja od [[PERSON:Gosi]]: „Kochani, udało się! Po skardze zadzwonił pan
[[PERSON:Graham Little]] z działu ubezpieczeń, przyznał, że zgłoszenia utknęły w systemie, i
zwrócili nam 250 funtów plus 75 za taksówki dla [[PERSON:Łukasza]]. Ogrodnicy przycięli wszystkie
drzewa przy parkingu, a spróchniałe ścięli. Pan [[PERSON:Henio]] mówi, że pierwszy raz od lat
widzi słońce z balkonu”.
"""),
    ),
    (
        "fv2ce-ro-01",
        "ro",
        _s("""
Rubrica „Întrebări și răspunsuri”. Vă răspunde consiliera juridică [[PERSON:Loredana Pop]].

Întrebare: Bună ziua. Locuiesc cu soțul și fetița noastră, [[PERSON:Ilinca]], de
[[AGE:2 ani]], în [[ADDRESS:apartamentul 6]] din [[ADDRESS:Marlowe Court]],
[[POSTCODE:HA1 2XE]]. Baia nu are geam, iar ventilatorul e stricat de un an. Pe tavan e mucegai
negru, care revine la două săptămâni după ce îl curăț cu înălbitor. Proprietarul, asociația
[[ORGANISATION:Harrow Weald Homes]], mi-a trimis un pliant despre „condensul provocat de
locatari” și mi-a spus să nu mai fac baie fierbinte. [[PERSON:Ilinca]] tușește de trei luni.
Numărul reclamației: [[REFERENCE:HWH-55021]]. Ce pot face?
[[PERSON:O mămică îngrijorată din Harrow]]

Răspuns: Dragă cititoare, o baie fără geam are nevoie de un ventilator care funcționează, iar
repararea lui este obligația proprietarului, nu a dumneavoastră. Trimiteți o plângere scrisă
(stage 1 complaint) la [[EMAIL:complaints@harrowweald.example.org]], cu numărul reclamației,
fotografii datate și o scrisoare de la medicul de familie despre tusea copilului. Cereți o
inspecție pentru igrasie și mucegai. Conform Codului de soluționare a plângerilor (Complaint
Handling Code), trebuie să primiți răspuns în zece zile lucrătoare. Dacă nu sunteți mulțumită,
cereți etapa a doua, apoi vă puteți adresa direct Ombudsmanului pentru locuințe (Housing
Ombudsman).

Urmare: După o lună ne-a scris din nou: „Sunt [[PERSON:Raluca Stănescu]] și puteți să-mi
publicați numele. Inspectorul, domnul [[PERSON:Adebayo]], a recunoscut că ventilatorul nu fusese
niciodată racordat la tubulatură. Au montat unul nou, cu senzor de umiditate, au tratat mucegaiul
și au zugrăvit cu vopsea specială. Am primit 300 de lire și scuze în scris. Iar
[[PERSON:Ilincăi]] nu-i mai curge nasul de două săptămâni”.
"""),
    ),
    (
        "fv2ce-ro-02",
        "ro",
        _s("""
Din foaia parohială: „Părintele răspunde”. La întrebările despre locuințe răspunde părintele
[[PERSON:Vasile Corbu]], ajutat de voluntara [[PERSON:Mirela Dobre]].

Întrebare: Părinte, vă scriu cu rușine. Suntem o familie de [[OTHER_SPECIAL:romi]] și venim în
fiecare duminică la [[ADDRESS:Parohia Sfântul Ierarh Nicolae]]. Am stat trei ani pe lista de
așteptare și în sfârșit [[ORGANISATION:Wembley Park Housing Trust]] ne-a oferit o casă cu trei
camere (oferta [[REFERENCE:WPHT-OF-90218]]). La vizionare, doamna [[PERSON:Carol Finch]] s-a uitat
la soția mea și la fustele ei lungi și a zis: „Oameni ca voi nu păstrează casele curate”. A doua
zi oferta a fost retrasă, „din motive administrative”. Fata noastră, [[PERSON:Denisa]], are
[[AGE:11 ani]] și merge la [[ADDRESS:Fryent Way Primary]], iar băiatul, [[PERSON:Mario]], e în
clasa a doua acolo. Telefonul meu este [[PHONE:07700 900653]].
[[PERSON:Florin]], enoriaș

Răspuns: Dragă [[PERSON:Florine]], nu ai de ce să te rușinezi. Ce ai auzit este discriminare, iar
retragerea ofertei fără un motiv clar trebuie explicată în scris. Scrie o plângere oficială,
etapa întâi, în care să pui cuvintele exacte ale doamnei [[PERSON:Finch]], data vizionării și
numărul ofertei. Cere să ți se explice motivul retragerii și să fie verificată decizia. Doamna
[[PERSON:Mirela]] te ajută duminică după Sfânta Liturghie să o scrii în engleză.

Urmare: [[PERSON:Florin]] ne-a spus luna trecută că asociația a cerut scuze în scris. Managerul
de locuințe, domnul [[PERSON:Owen Price]], a recunoscut că motivul „administrativ” nu exista,
iar doamna [[PERSON:Finch]] nu se mai ocupă de alocări. Oferta a fost reînnoită, familia s-a
mutat în [[ADDRESS:Barn Rise]], iar [[PERSON:Denisa]] și [[PERSON:Mario]] au rămas la aceeași
școală. Slavă Domnului!
"""),
    ),
    (
        "fv2ce-ro-03",
        "ro",
        _s("""
Emisiunea „Acasă, departe de casă”, la radioul comunității românești. Prezintă
[[PERSON:Cristi Munteanu]]; invitat, consilierul pentru locuințe [[PERSON:Bogdan Iliescu]].

PREZENTATOR: Ne puteți suna la [[PHONE:0116 496 0927]]. Avem pe fir o ascultătoare din
Leicester, doamna [[PERSON:Doina]]. Bună seara, doamna [[PERSON:Doina]]!

ASCULTĂTOARE: Bună seara. Stau la [[ADDRESS:27 Humberstone Drive]], [[POSTCODE:LE5 0AB]]. Casa are
calorifere electrice cu acumulare de vreo 30 de ani. Consumă enorm și tot nu încălzesc: factura
la curent în ianuarie a fost 410 lire. Am [[HEALTH:fibromialgie]] și frigul îmi face durerile
mult mai rele. [[ORGANISATION:Soar Valley Homes]] mi-a spus că „funcționează normal”. Numărul
reclamației e [[REFERENCE:SVH-2024-6630]]. Când văd factura, îmi vine să cânt o doină de jale.

INVITAT: Doamna [[PERSON:Doina]], un sistem de încălzire care nu poate încălzi locuința la un
nivel rezonabil este o problemă de reparație, nu de „consum”. Cereți în scris o evaluare a
instalației și spuneți clar că aveți o afecțiune agravată de frig. Păstrați facturile. Dacă
răspunsul la etapa întâi e tot „funcționează normal”, cereți etapa a doua, apoi mergeți la
Housing Ombudsman.

PREZENTATOR: Așteptăm vești bune!

După șase săptămâni, doamna [[PERSON:Doina Vlad]] ne-a sunat din nou: „Au trimis un tehnician,
care a constatat că două calorifere erau arse de ani de zile. Ofițera de reclamații,
[[PERSON:Priyanka Mehta]], s-a scuzat și mi-a pus calorifere noi, cu termostat, în toată casa.
Mi-au dat înapoi 260 de lire din facturi. Acum, când sun la radio, cânt doar doine de bucurie”.
"""),
    ),
    (
        "fv2ce-ro-04",
        "ro",
        _s("""
Campania Make Things Right: întrebările voastre, răspunsurile noastre

Întrebare: Luna trecută [[ORGANISATION:Thamesmead Riverside Homes]] a trimis o scrisoare despre
datoria mea la chirie la [[ADDRESS:numărul 18]], nu la [[ADDRESS:numărul 81]], unde locuiesc eu,
pe [[ADDRESS:Carrill Way]]. În scrisoare erau numele meu întreg, data nașterii,
[[DATE_OF_BIRTH:12.09.1979]], numărul contractului [[REFERENCE:TRH-T-77401]] și faptul că am
[[HEALTH:depresie]] și primesc ajutor pentru plata chiriei. Vecina de la [[ADDRESS:numărul 18]] mi-a
adus-o deschisă și acum toată strada știe. Am sunat la landlord și mi-au spus „se mai întâmplă”.
Pot să fac ceva?
[[PERSON:C.D.]], Thamesmead

Răspuns: Da. Trimiterea datelor dumneavoastră personale, inclusiv despre sănătate, la o adresă
greșită este o încălcare a protecției datelor. Faceți o plângere scrisă, etapa întâi, și cereți
să fie transmisă responsabilului cu protecția datelor. Cereți să vă spună cum s-a produs greșeala,
ce au schimbat ca să nu se repete și o compensație pentru stresul suferit. Dacă nu primiți un
răspuns bun, vă puteți adresa Housing Ombudsman pentru modul în care v-au tratat, iar separat
autorității pentru protecția datelor.

Ce s-a întâmplat: [[PERSON:Camelia Dumitrescu]] ne-a scris după două luni. Responsabilul cu
protecția datelor, domnul [[PERSON:Marcus Bell]], a descoperit că adresa ei fusese introdusă
greșit la schimbarea sistemului informatic, cu cifrele inversate. Asociația i-a cerut scuze în
scris, a corectat adresa, a verificat alte 40 de conturi în care apăruse aceeași greșeală și i-a
plătit 250 de lire. „Cel mai mult a contat că mi-au cerut iertare față în față”, spune
[[PERSON:Camelia]].
"""),
    ),
    (
        "fv2ce-ro-05",
        "ro",
        _s("""
De pe forumul „Românii din Luton”, secțiunea „Întrebări despre locuințe”. Răspunde moderatorul
[[PERSON:Andrei Toma]].

Întrebare de la [[OTHER_ID:@speranta_luton]]: Salutare! Mă numesc [[PERSON:Speranța Ionescu]] și
locuiesc cu soțul, [[PERSON:Gheorghe]], la [[ADDRESS:14 Crawley Green Road]],
[[POSTCODE:lu20qx]]. Acum unsprezece luni [[ORGANISATION:Lea Park Housing]] a schimbat acoperișul
blocului, iar firma [[ORGANISATION:Apex Scaffold Ltd]] a lăsat schela montată. Lucrarea s-a
terminat în martie, dar schela e tot acolo. În iulie cineva a urcat pe ea și ne-a spart prin
fereastră: ne-au furat laptopul și verigheta mamei lui [[PERSON:Gheorghe]]. Poliția ne-a dat
numărul de caz [[REFERENCE:CR-40/118927/24]]. Landlordul spune că schela e „treaba
constructorului”. Sincer, mi-am pierdut speranța.

Răspuns: Doamna [[PERSON:Speranța]], nu vă pierdeți speranța! Contractorul lucrează pentru
landlord, deci landlordul răspunde pentru schelă. Faceți o plângere scrisă, etapa întâi, în care
spuneți de când s-au terminat lucrările, că schela a fost folosită la spargere și dați numărul de
la poliție. Cereți demontarea imediată și despăgubire pentru lucrurile furate care nu sunt
acoperite de asigurare. Dacă nu vă răspund corect, etapa a doua și Housing Ombudsman.

Actualizare de la [[PERSON:Speranța]]: „Schela a fost demontată la o săptămână după plângere.
Doamna [[PERSON:Hannah Reid]], de la serviciul de reclamații, ne-a cerut scuze, ne-a plătit 600 de
lire pentru laptop și ne-a montat gratii la geamul de la parter. Verigheta nu o mai găsim, dar
măcar dormim liniștiți. Mulțumesc, [[PERSON:Andrei]]!”
"""),
    ),
    (
        "fv2ce-ur-01",
        "ur",
        _s("""
ہفت روزہ کا کالم «قانونی مشورے»۔ قارئین کے سوالوں کے جواب دیتی ہیں بیرسٹر [[PERSON:عائشہ ملک]]۔

سوال: محترمہ، ہم [[ADDRESS:۲۲ لمب لین]]، [[POSTCODE:BD8 7QX]] میں رہتے ہیں۔ گھر کی کھڑکیوں کے
فریم گل چکے ہیں، سردیوں میں ٹھنڈی ہوا اندر آتی ہے اور پچھلے مہینے بچوں کے کمرے کی ایک کھڑکی کا
شیشہ پورا کا پورا باہر گر گیا۔ شکر ہے نیچے کوئی نہیں تھا۔ میرا بیٹا [[PERSON:حمزہ]]
[[AGE:۸ سال]] کا ہے اور اسے [[HEALTH:دمہ]] ہے، ٹھنڈ میں اس کی سانس پھولتی ہے۔ ہمارا لینڈلارڈ
[[ORGANISATION:Manningham Homes]] کہتا ہے کہ کھڑکیاں اگلے سال کے پروگرام میں بدلی جائیں گی۔ مرمت
کا نمبر [[REFERENCE:MH-RJ-403317]] ہے۔ کیا ہمیں ایک سال اور انتظار کرنا ہوگا؟
[[PERSON:بریڈفورڈ کی ایک پریشان ماں]]

جواب: محترمہ، گرا ہوا شیشہ خطرناک مرمت ہے، اسے اگلے سال کے پروگرام تک نہیں ٹالا جا سکتا۔ فوراً
تحریری شکایت کریں اور اوپر «اسٹیج ون شکایت» لکھیں۔ مرمت کا نمبر، کھڑکی گرنے کی تاریخ، تصویریں
اور ڈاکٹر کا خط لگائیں کہ بچے کا [[HEALTH:دمہ]] ٹھنڈ سے بگڑتا ہے۔ مطالبہ کریں کہ کم از کم بچوں
کے کمرے کی کھڑکی ابھی بدلی جائے اور باقی کا معائنہ کیا جائے۔ دس کام کے دنوں میں جواب نہ ملے یا
جواب تسلی بخش نہ ہو تو اسٹیج ٹو، پھر ہاؤسنگ اومبڈسمین۔ مکمل طریقہ
gov.uk/social-housing-complaints پر موجود ہے۔

اگلا خط: دو ماہ بعد انہوں نے لکھا: «میں [[PERSON:نسرین اختر]] ہوں، آپ میرا نام چھاپ سکتی ہیں۔
شکایت کے ایک ہفتے بعد ان کے سرویئر [[PERSON:جان ہیرس]] آئے اور مانا کہ سارے فریم خطرناک ہیں۔
پورے گھر کی کھڑکیاں تین ہفتوں میں بدل دی گئیں، اور ۲۵۰ پاؤنڈ ہرجانہ ملا۔ انہوں نے مجھے براہِ راست
نمبر [[PHONE:07700 900561]] بھی دیا۔ [[PERSON:حمزہ]] اب رات کو آرام سے سوتا ہے۔»
"""),
    ),
    (
        "fv2ce-ur-02",
        "ur",
        _s("""
مسجد کا ماہانہ خبرنامہ: سوال و جواب۔ جواب دیتے ہیں مولانا [[PERSON:شفیق الرحمٰن]]، ہاؤسنگ
رضاکار [[PERSON:طاہرہ قریشی]] کے تعاون سے۔

سوال: السلام علیکم۔ میرا نام [[PERSON:امید علی]] ہے۔ میرا بیٹا [[PERSON:دانیال]]
[[AGE:۱۶ سال]] کا ہے اور اسے [[HEALTH:سیریبرل پالسی]] ہے، وہ وہیل چیئر استعمال کرتا ہے۔ ہم دوسری
منزل پر [[ADDRESS:فلیٹ نمبر ۹]]، [[ADDRESS:ایلم ٹری کورٹ]] میں رہتے ہیں اور عمارت میں لفٹ نہیں۔
ہر روز میں اور میری بیوی اسے گود میں اٹھا کر سیڑھیاں اترتے ہیں۔ میری کمر جواب دے چکی ہے۔
[[ORGANISATION:برمنگھم سٹی کونسل]] میں تبادلے کی درخواست دی تھی، نمبر
[[REFERENCE:BCC-TX-55190]]، دو سال ہو گئے۔ ہر جمعہ [[ADDRESS:جامع مسجد نورالاسلام]] میں دعا
کرتا ہوں، مگر اب تو امید بھی کم ہوتی جا رہی ہے۔

جواب: وعلیکم السلام، بھائی [[PERSON:امید]]۔ اللہ آپ کو ہمت دے۔ امید ہے یہ مشورہ کام آئے گا۔ ایک
معذور بچے کو روز سیڑھیوں پر اٹھانا نہ اس کے لیے محفوظ ہے نہ آپ کے لیے۔ تبادلے کی درخواست میں
طبی ترجیح مانگیں اور ڈاکٹر اور آکوپیشنل تھراپسٹ کے خط لگائیں۔ ساتھ ہی تحریری شکایت کریں کہ دو
سال میں کسی نے آپ کا گھر آ کر نہیں دیکھا۔ جمعہ کے بعد بہن [[PERSON:طاہرہ]] دفتر میں بیٹھتی
ہیں، وہ خط لکھ دیں گی۔

تین ماہ بعد: بھائی [[PERSON:امید علی]] نے بتایا کہ شکایت کے بعد کونسل کی آفیسر
[[PERSON:ریچل ووڈز]] گھر آئیں، انہوں نے فوری طور پر طبی ترجیح دی اور معافی مانگی۔ دو ماہ میں
خاندان کو گراؤنڈ فلور کا ایک گھر ملا جس میں ریمپ اور وہیل چیئر والا باتھ روم ہے۔ اب
[[PERSON:دانیال]] خود باہر جا سکتا ہے۔ الحمدللہ۔
"""),
    ),
    (
        "fv2ce-ur-03",
        "ur",
        _s("""
ریڈیو پروگرام «گھر کی بات»۔ میزبان: [[PERSON:ثمینہ چوہدری]]۔ مہمان: ہاؤسنگ ایڈوائزر
[[PERSON:فیصل بٹ]]۔

میزبان: ہماری لائن کا نمبر ہے [[PHONE:0113 496 0388]]۔ لائن پر ہیں [[PERSON:صبا]]، لیڈز سے۔
السلام علیکم [[PERSON:صبا]]۔

سامع: وعلیکم السلام۔ ہم [[ADDRESS:۴۱ ہئیر ہلز ایونیو]] میں رہتے ہیں۔ پچھلی بہار سے جب بھی زیادہ
بارش ہوتی ہے، باغ کی نالی ابل پڑتی ہے اور گندا پانی پورے باغ میں پھیل جاتا ہے، بدبو گھر کے
اندر تک آتی ہے۔ میرے بچے باغ میں کھیل نہیں سکتے۔ [[ORGANISATION:لیڈز سٹی کونسل]] والے دو بار آئے،
نالی صاف کی اور چلے گئے۔ شکایت نمبر [[REFERENCE:LCC-CMP-804412]] ہے، جواب آیا کہ «مسئلہ حل
ہو گیا»۔ میرے شوہر [[PERSON:عرفان]] نے ویڈیو بھی بنائی ہے۔

ایڈوائزر: [[PERSON:صبا]] جی، بار بار ابلنے والا سیوریج صحت کا خطرہ ہے۔ جواب سے مطمئن نہیں تو
اسٹیج ٹو مانگیں اور لکھیں کہ مسئلہ کم از کم چھ بار ہو چکا ہے۔ ویڈیو اور تاریخیں بھیجیں اور کیمرا
سروے کا مطالبہ کریں تاکہ پتہ چلے کہ پائپ ٹوٹا ہوا ہے یا نہیں۔ اس کے بعد بھی بات نہ بنے تو ہاؤسنگ
اومبڈسمین کے پاس جائیں، اب کسی ایم پی کی ضرورت نہیں۔

میزبان: بادِ صبا کی طرح خوشخبری لے کر آئیے گا!

چھ ہفتے بعد [[PERSON:صبا]] نے دوبارہ فون کیا: «کیمرا سروے میں پتہ چلا کہ درخت کی جڑیں پائپ میں
گھس گئی تھیں۔ پورا پائپ بدلا گیا، باغ کی مٹی نئی ڈالی گئی۔ شکایت آفیسر [[PERSON:کیون لی]] نے معافی
مانگی اور ۳۰۰ پاؤنڈ دیے۔ اب بچے باغ میں کھیلتے ہیں۔»
"""),
    ),
    (
        "fv2ce-ur-04",
        "ur",
        _s("""
Make Things Right ٹول کٹ: آپ کے سوال، ہمارے جواب

سوال: میں نے اپنے لینڈلارڈ [[ORGANISATION:Irk Valley Homes]] کو دو بار تحریری شکایت بھیجی کہ
ان کے ٹھیکیدار نے میرا پچھلا دروازہ توڑ دیا تھا۔ اب وہ کہتے ہیں کوئی شکایت ملی ہی نہیں، اور
الٹا دروازے کے ۳۸۰ پاؤنڈ میرے کرایے کے کھاتے میں ڈال دیے ہیں۔ فون پر انہوں نے میری تاریخِ
پیدائش، [[DATE_OF_BIRTH:دس اپریل انیس سو اکہتر]]، اور نیشنل انشورنس نمبر
[[NI_NUMBER:NW 62 31 08 A]] پوچھا اور پھر بھی کہا کہ ریکارڈ نہیں ملتا۔ ڈائریکٹ ڈیبٹ سے پیسے بھی
کٹ گئے، میرے بینک کا سورٹ کوڈ [[OTHER_ID:08-92-71]] اور کھاتہ نمبر [[OTHER_ID:31847720]] ہے۔
ٹیننسی نمبر [[REFERENCE:IVH/448/T]]۔
[[PERSON:چیتھم ہل کا ریٹائرڈ بس ڈرائیور]]

جواب: کھوئی ہوئی شکایت بذاتِ خود شکایت کی وجہ ہے۔ اپنی بھیجی ہوئی دونوں شکایتوں کی کاپیاں اور
ڈاک کی رسید رکھیں۔ تیسری بار ای میل سے بھیجیں تاکہ ثبوت رہے، عنوان میں «اسٹیج ون شکایت»
لکھیں، اور مطالبہ کریں کہ ۳۸۰ پاؤنڈ واپس ہوں اور یہ بتایا جائے کہ دروازہ کس نے توڑا۔ ضابطے
کے مطابق انہیں پانچ کام کے دنوں میں شکایت وصول ہونے کی تصدیق کرنی ہوتی ہے۔ جواب نہ ملے تو
ہاؤسنگ اومبڈسمین سے رابطہ کریں۔

اس کے بعد: [[PERSON:محمد رفیق]] صاحب نے بتایا کہ ان کے بیٹے [[PERSON:شاہد]] نے
[[EMAIL:shahid.rafiq@example.org]] سے ای میل کی۔ شکایت ٹیم کی [[PERSON:ایما ہال]] نے تسلیم کیا
کہ دونوں خط ایک پرانے پتے والے ڈبے میں پڑے رہ گئے تھے۔ ٹھیکیدار کی رپورٹ میں بھی لکھا تھا
کہ دروازہ ان کے کاریگر سے ٹوٹا۔ ۳۸۰ پاؤنڈ واپس ہوئے، ۱۰۰ پاؤنڈ ہرجانہ ملا، اور اب ہر خط اسکین
ہو کر فوراً سسٹم میں درج ہوتا ہے۔
"""),
    ),
    (
        "fv2ce-ur-05",
        "ur",
        _s("""
خواتین مرکز کا سہ ماہی رسالہ: «آپ کے سوال»۔ جواب دیتی ہیں کونسلر [[PERSON:نرگس بیگ]]۔

سوال: باجی، میرا نام [[PERSON:شگفتہ]] ہے۔ چار ماہ پہلے اللہ نے جڑواں بیٹیاں دیں،
[[PERSON:عالیہ]] اور [[PERSON:زینب]]، اب وہ [[AGE:۵ ماہ]] کی ہیں۔ ہم ایک کمرے کے فلیٹ میں
رہتے ہیں، [[ADDRESS:فلیٹ ۳، ۱۲۰ بریڈفورڈ روڈ]]، دوسری منزل پر، اور دیواروں پر نمی ہے۔
مجھے [[HEALTH:پوسٹ نیٹل ڈپریشن]] ہے، [[ADDRESS:فارٹاؤن ہیلتھ سینٹر]] کی ڈاکٹر نے خط بھی دیا ہے۔
میرے شوہر کا [[OTHER_SPECIAL:اسائلم کیس]] ابھی چل رہا ہے، اور [[ORGANISATION:کرکلیز کونسل]] کی
ہاؤسنگ رجسٹر والی خاتون کہتی ہیں کہ اسی وجہ سے ہماری درخواست، نمبر [[REFERENCE:KC-HR-66271]]،
آگے نہیں بڑھ سکتی۔ فلیٹ میرے نام پر ہے اور میں [[OTHER_SPECIAL:برطانوی شہری]] ہوں۔ کیا یہ صحیح ہے؟

جواب: پیاری بہن، آپ اس گھر کی کرایہ دار ہیں اور آپ کی درخواست آپ کے اپنے حق پر ہے۔ چار افراد
ایک کمرے میں رہیں تو یہ صاف طور پر اوورکراؤڈنگ ہے، اور نمی کے ساتھ جڑواں بچوں کے لیے خطرہ بھی۔ درخواست کے
فیصلے پر تحریری نظرثانی مانگیں، ڈاکٹر کا خط لگائیں، اور الگ سے نمی کی مرمت کی شکایت کریں۔ جمعرات
کو مرکز آئیں، ہم مل کر خط لکھیں گے۔ نرگس کے پھول تو باغ میں کھلتے ہیں، آپ کے گھر میں بھی بہار
آئے گی۔

اگلے شمارے میں: [[PERSON:شگفتہ]] نے بتایا کہ کونسل کی سینئر آفیسر [[PERSON:ہیلن براؤن]] نے مانا
کہ شوہر کے کیس کی بنیاد پر درخواست روکنا غلط تھا۔ انہیں زیادہ ترجیح والے بینڈ میں رکھا گیا،
نمی کا علاج ہوا، اور پچھلے ہفتے تین کمروں کا گھر مل گیا۔ [[PERSON:عالیہ]] اور [[PERSON:زینب]] کا
اب اپنا کمرہ ہے۔
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
