"""An eleventh batch of fresh stories under version 2 of the marking, by an eleventh writer.

Thirty-six stories: six in English and five each in Arabic, Bengali (Bengali script), Punjabi
(Gurmukhi), Polish, Romanian and Urdu (Urdu script). Most are told in the third person by
someone other than the resident: a housing association's complaints team writing "lessons
learned" case studies (some translated for residents), a councillor's caseworker, tenants'
advocates and advice workers writing case notes, interpreters retelling a resident's story,
mosque, gurdwara, parish and Orthodox church welfare volunteers, community newsletters and a
social work student's placement diary; a few are first-person posts, letters to an editor and a
formal stage 2 letter from residents. The non-English stories mix in English loanwords, keep UK
place, block and landlord names in Latin script, inflect Polish and Romanian names, write
Arabic, Bengali, Punjabi and Urdu names in their own script (sometimes with a transliteration
beside them) with honorifics outside the name, and spell identifiers the way people say them:
phone numbers and emails in words of the story's own language, dates of birth with local month
names or in words, ages with the language's own units, lower-case postcodes without the space,
PESEL and CNP numbers, residence permits, NHS numbers, vehicle registrations, handles and bank
details; names that are also ordinary words (Hope, Grace, Mark, Jagoda, Speranța, আশা, আলো,
ਅਮਨ, ਸੁਖ, خوشی, نور) appear in both uses.

Measured on 7 December 2026 at first sight (the same detector as batch J's first sight):
leak-free 80.6% of 36 (29 stories), recall 98.3%, precision 89.3%, special recall 80.2%;
leak-free by language en 100% of 6, ar 80%, bn 80%, pa 60%, pl 80%, ro 80%, ur 80% of 5
each. The misses were English names written in Arabic and Urdu text whose surname was left
out (Martin Hale, Andrew Pickles), a Bengali name's last two words, a Gurmukhi house
number "18 ਨੰਬਰ", a phone number said in English words written in Gurmukhi with commas, the
Polish surname Lis (also "fox"), a Romanian "doi ani" and a court-style reference
01/224785/24.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block):
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2k-en-01",
        "en",
        _s("""
Lessons learned: the leaflet that closed a damp case. A case study from the
[[ORGANISATION:Larchfield Homes]] complaints team.

In October 2023 [[PERSON:Hope Kettering]] reported black mould in the back bedroom of
[[ADDRESS:flat 47, Gresley House]], [[POSTCODE:M40 7XQ]], where she lives with her son
[[PERSON:Tyler]], who was [[AGE:4]] at the time. [[PERSON:Tyler]] has [[HEALTH:asthma]], and the
practice nurse at [[ADDRESS:Collyhurst Village Surgery]] had written to say the mould was making
it worse. Our inspector visited, left a leaflet about drying washing indoors, and closed the job
the same afternoon.

Ms [[PERSON:Kettering]] rang back four times. Each call failed our security check, because her
record still carried her previous surname, [[PERSON:Brady]], and her date of birth,
[[DATE_OF_BIRTH:11 February 1989]], had been keyed in with the day and month swapped. Nobody
thought to ask a second question.

Her stage 1 complaint, reference [[REFERENCE:LH-CMP-23-0917]], was answered on time but repeated
the advice about ventilation. At stage 2 our surveyor, [[PERSON:Gareth Lomax]], found a failed
cavity tray above the window and an extractor fan that had never been wired in.
[[ORGANISATION:Drytech Remedial Ltd]] treated the wall and fitted a working fan within three
weeks. By then she had taken her complaint to the Housing Ombudsman (case
[[REFERENCE:202312448]]), which found severe maladministration and ordered us to pay £850.

What we changed: no damp and mould report can now be closed with advice alone; every one gets a
surveyor's visit within the Awaab's Law timescales; and callers who fail one security question
are offered another instead of being turned away.

Ms [[PERSON:Kettering]] agreed to this case study because, in her words, she had almost given up
hope. Residents who want to help us review our damp policy can ring our resident involvement
lead, [[PERSON:Sunita Marr]], on [[PHONE:0161 496 0273]].
"""),
    ),
    (
        "fv2k-en-02",
        "en",
        _s("""
Casework note, office of Cllr [[PERSON:Bernadette Oyelaran]], Holbeck ward.

Constituent: [[PERSON:Mark Sewell]], [[AGE:67]], of [[ADDRESS:23 Tannery Close]],
[[POSTCODE:ls114pw]]. Tenant of [[ORGANISATION:Airedale and Wharfe Homes]] since 2009, tenancy
ref. [[REFERENCE:TNY/0048812]].

Mr [[PERSON:Sewell]] came to the Tuesday surgery at the library with his daughter,
[[PERSON:Leanne]], who is his carer. He has [[HEALTH:COPD]] and uses oxygen at night. Since
January, water has been coming through his bathroom ceiling from the flat above,
[[ADDRESS:number 25]]. There is now a brown mark the size of a dinner plate and the plaster is
bulging. Repair job [[REFERENCE:RJ 5561-22]] was raised in February and cancelled twice as "no
access", although [[PERSON:Leanne]] says nobody knocked.

He asked whether he had to go through the councillor before he could complain to the Housing
Ombudsman. I explained that since the democratic filter was removed he can go straight to the
Ombudsman once the landlord's own process is finished, and that the process has two stages. He
had not yet made a formal complaint, so we wrote the stage 1 complaint together at the surgery
and sent it from [[PERSON:Leanne]]'s phone.

Contact: Mr [[PERSON:Sewell]] reads his mobile out as "[[PHONE:oh seven seven double oh, nine
double oh, three one six]]", which I have noted as [[PHONE:07700 900316]]. Letters by email to
[[EMAIL:mark dot sewell at example dot net]].

Actions: (1) Cllr [[PERSON:Oyelaran]] to write to the landlord's head of repairs; (2) chase the
stage 1 response after 10 working days; (3) if the ceiling is not made safe within the Awaab's
Law emergency timescale, help him refer to the Ombudsman with his consent.

Make a mark in the diary for the 14th.

[[PERSON:Priya Nandra]], caseworker
"""),
    ),
    (
        "fv2k-en-03",
        "en",
        _s("""
From a tenants' advocate's casebook: Mr [[PERSON:Clarke]]'s winter.

[[PERSON:Winston Clarke]] is [[AGE:83]] and has lived at [[ADDRESS:14 Marlowe Road]],
[[POSTCODE:SE24 9LH]], since 1976. He is a [[OTHER_SPECIAL:Jamaican]]-born deacon at
[[ADDRESS:Mount Zion Pentecostal Church]], two streets from his house, and it was his pastor who
first asked me to call round.

When I visited in December it was 11 degrees inside. His boiler, maintained for his landlord,
[[ORGANISATION:Coldharbour Housing Trust]], by [[ORGANISATION:Thermaline Heating]], had been
failing on and off for six weeks. Each engineer reset it and left. Mr [[PERSON:Clarke]] has
[[HEALTH:heart failure]] and had been sleeping in his coat in the front room.

His granddaughter [[PERSON:Grace]] had logged every breakdown in a school exercise book, with
the engineer's name and the job number. That book made the complaint. We sent it with a letter
from his GP and his NHS number, [[OTHER_ID:999 204 6618]], so that nobody could say there was no
evidence he was vulnerable.

To its credit, the landlord accepted with good grace that it had got this wrong. The stage 1
response, reference [[REFERENCE:CHT-STG1-40577]], came in eight days. A new boiler went in before
Christmas, two oil-filled radiators arrived that same evening, and Mr [[PERSON:Clarke]] received
£600. The landlord also put a flag on his record so that any future heating fault is treated as
an emergency.

[[PERSON:Grace]]'s exercise book is the lesson. If you are helping an older relative, write down
every visit, every date and every name. If you need advice, the number for our advice desk is
[[PHONE:020 7946 0581]].

[[PERSON:Rosa Delgado-Mills]], tenants' advocate
"""),
    ),
    (
        "fv2k-en-04",
        "en",
        _s("""
Placement reflection, week 6. [[PERSON:Callum Reyes]], BA Social Work.

This week I shadowed my practice educator, [[PERSON:Jo Pettifer]], on a home visit to
[[PERSON:Hodan Warsame]] in [[ADDRESS:flat 14B, Cedar Heights]], on the
[[ADDRESS:Northwold estate]]. Ms [[PERSON:Warsame]] is a [[OTHER_SPECIAL:Somali]] single mother
of three. Her eldest, [[PERSON:Ayaan]], is a [[AGE:9-year-old]] at
[[ADDRESS:Stapleford Road Primary]].

[[ADDRESS:Cedar Heights]] has a flat roof, and water has come in around the living-room light for two
winters. The number of times she had reported it surprised me: she showed [[PERSON:Jo]] a
screenshot of 22 calls. The landlord, [[ORGANISATION:Avonvale Homes]], kept closing the job when
the roofer could not get scaffolding.

The first thing I learned is that people stop using the phone when the phone does not work. Ms
[[PERSON:Warsame]] had started posting videos on TikTok as [[OTHER_ID:@hodan.w.bristol]], and the
landlord's social media team answered faster than the repairs line ever did. [[PERSON:Jo]] helped
her turn the videos into a formal complaint quoting the job number [[REFERENCE:AV-778120]].

The stage 1 reply offered £150. She escalated to stage 2, pointing out that her younger daughter
[[PERSON:Safiya]], who is [[AGE:6]], has [[HEALTH:sickle cell disease]] and becomes ill when the
flat is cold and damp. The stage 2 response apologised, scaffolded the block within a fortnight
and raised the offer to £900, paid to sort code [[OTHER_ID:40-12-76]], account ending
[[OTHER_ID:0935]].

The second thing: I nearly wrote those bank details on a paper form on my knee in the car park.
[[PERSON:Jo]] stopped me, and they went onto the secure case system instead.

The third: Ms [[PERSON:Warsame]] prays at [[ADDRESS:Abu Bakr Mosque]], and a letter from the imam
about the family's situation carried real weight. Faith leaders can be strong advocates.
"""),
    ),
    (
        "fv2k-en-05",
        "en",
        _s("""
[[ADDRESS:KESTREL TOWER]] NEWS, from your residents' association. Spring issue.

Twelve weeks without a lift: how [[PERSON:Mo]] got it fixed.

If you live above the fourth floor you will remember last autumn. Both lifts in
[[ADDRESS:Kestrel Tower]] were out from September to December, and the one that came back kept
stopping between floors.

For [[PERSON:Maureen Adeyemi]], known to everyone on the ninth floor as [[PERSON:Little Mo]], who
lives in [[ADDRESS:flat 112]] and uses a wheelchair because of [[HEALTH:multiple sclerosis]], it
meant twelve weeks indoors. Her grandson [[PERSON:Jaden]], a [[AGE:19-year-old]] apprentice,
carried her shopping up eighteen flights every Saturday.

[[PERSON:Mo]] did what this newsletter keeps telling everyone to do: she made a formal complaint.
Her stage 1 complaint to [[ORGANISATION:Riverstone Homes]] (ref
[[REFERENCE:RSH/C/2023/3381]]) got a reply blaming a part from Italy and the lift contractor,
[[ORGANISATION:Liftwise Engineering]]. At stage 2 she asked the question nobody else had asked:
why was there no plan for residents who cannot use the stairs? The answer admitted there wasn't
one.

Her housing officer, [[PERSON:Abimbola Freeman]], has since visited every flat above floor four
to list the residents who need help when the lifts are down. [[ORGANISATION:Riverstone]] paid
[[PERSON:Mo]] £1,200
and now posts lift updates on its app within the hour. Our caretaker [[PERSON:Dennis]] holds the
key to the new evacuation chair.

[[PERSON:Mo]]'s neighbour set up an account for lift news, [[OTHER_ID:@KestrelLiftWatch]], which
now has 300 followers, including, we hear, [[ORGANISATION:Riverstone]]'s chief executive.

Got a complaint story for the next issue? Email [[EMAIL:tenantsvoice@ktra.example]] or leave a
note in the box by the community room door.
"""),
    ),
    (
        "fv2k-en-06",
        "en",
        _s("""
I'm [[PERSON:Declan Keegan]]. When my nan, [[PERSON:Maureen Keegan]], died in 2022, I had been
living with her at [[ADDRESS:12 Sorrel Way]], [[POSTCODE:NE6 3RT]], for six years as her carer.
I was [[AGE:24]]. I asked [[ORGANISATION:Tynebridge Homes]] to pass the tenancy to me, which the
law allows when you have lived with the tenant for a year.

What followed was nine months of forms. They asked for my date of birth, the
[[DATE_OF_BIRTH:ninth of March 1998]], on every call. They asked for my National Insurance
number, [[NI_NUMBER:JK 20 55 91 A]], three times, and then for my passport, number
[[OTHER_ID:533071846]], which I sent by post and never got back. Meanwhile the rent account
stayed in nan's name and letters kept arriving for her, "Dear Mrs [[PERSON:Keegan]]", telling a
woman who had died that she was in arrears.

In the end I went to the Thursday advice session at [[ADDRESS:St Silas Church]], and a volunteer
there, [[PERSON:Ian]], helped me write a complaint. Complaint ref [[REFERENCE:TBH-00941]]. I put
in everything: dates, the names of the four officers I'd spoken to, copies of every letter.

The stage 1 reply came in ten working days. They agreed I had the right to succeed, signed the
tenancy over within a week, wrote off the "arrears" (caused by them refusing rent paid in my own
name), sent my passport back and paid me £400. The officer who sorted it,
[[PERSON:Kerry-Ann Burrell]], rang me herself on [[PHONE:0191 498 0627]] to say sorry.

If you're in the same spot after losing someone, you don't have to put up with it. Write it all
down and complain.
"""),
    ),
    (
        "fv2k-ar-01",
        "ar",
        _s("""
من دفتر لجنة الرعاية الاجتماعية: جدار غرفة [[PERSON:ياسين]]

تعرفها أخوات حلقة التجويد باسم [[PERSON:أم ياسين]]، واسمها [[PERSON:أمل الحمصي]]
([[PERSON:Amal Al-Homsi]])، وهي [[OTHER_SPECIAL:لاجئة]] [[OTHER_SPECIAL:سورية]] تسكن منذ
عام 2020 في [[ADDRESS:الشقة 8، Linden Court]]، [[POSTCODE:B10 0RP]]، مع ابنها
[[PERSON:ياسين]] البالغ من العمر [[AGE:سبع سنوات]] وابنتها [[PERSON:سلمى]]. جاءت إلى مكتب
اللجنة بعد صلاة الجمعة في [[ADDRESS:مسجد الهدى]] تحمل صورًا لجدار غرفة النوم وقد غطّاه
العفن الأسود.

[[PERSON:ياسين]] مصاب ب[[HEALTH:الربو]]، وقد كتب طبيبه في
[[ADDRESS:Small Heath Medical Practice]] رسالة تقول إن الرطوبة تزيد نوباته. اتصلت
[[PERSON:أم ياسين]] بشركة [[ORGANISATION:Sparkbrook Community Homes]] سبع مرات، وفي كل مرة
قيل لها: «افتحي النوافذ وشغّلي التدفئة». لكنها كانت تخاف من فاتورة الغاز.

ساعدتها أختنا المتطوعة [[PERSON:هدى]] في كتابة شكوى رسمية بالإنجليزية، ورقمها
[[REFERENCE:SCH-C-11872]]. ذكرنا في الشكوى قانون أواب (Awaab's Law) والمهل الجديدة للتحقيق
في الرطوبة والعفن وإصلاحهما. بعد أسبوعين جاء المسّاح [[PERSON:Tom Pryce]] ووجد أن مزراب
السطح مكسور وأن الماء يتسرب داخل الجدار منذ سنوات.

أُصلح المزراب، وعولج الجدار، ودُفع للعائلة تعويض قدره 475 جنيهًا إسترلينيًا. وتقول
[[PERSON:أم ياسين]] إن الأمل عاد إليها حين رأت أن أحدًا استمع إليها أخيرًا.

من يحتاج إلى مساعدة مثلها فليتصل بمكتب اللجنة على الرقم [[PHONE:0121 496 0518]] بعد صلاة
الظهر.

الأخ [[PERSON:عمر الحلبي]]، منسّق لجنة الرعاية
"""),
    ),
    (
        "fv2k-ar-02",
        "ar",
        _s("""
أعمل مترجمًا متطوعًا مع الجالية منذ سنوات، وأروي هنا قصة أحد من ترجمتُ لهم، بإذنه.

[[PERSON:فارس النعيمي]] ([[PERSON:Fares Al-Nuaimi]]) [[OTHER_SPECIAL:سوداني]] عمره
[[AGE:52 عامًا]]، حصل على [[OTHER_SPECIAL:صفة اللاجئ]] سنة 2019، ويسكن وحده في
[[ADDRESS:الشقة 3]] في بيت قديم مقسّم إلى شقق في Coventry. منذ الشتاء الماضي كان زجاج نافذة
غرفة نومه مشروخًا والإطار لا يُغلق، والهواء البارد يدخل طوال الليل.

عندما اتصلتُ معه بشركة [[ORGANISATION:Foleshill Housing]]، رفضت الموظفة أن تتحدث إليّ لأن
«المترجم ليس صاحب العقد». سألته عن تاريخ ميلاده فقال: [[DATE_OF_BIRTH:الثالث من آذار 1972]]،
ثم عن رقم التأمين الوطني فقرأه: [[NI_NUMBER:SP 62 19 07 D]]، ثم طلبت رقم بطاقة الإقامة
[[OTHER_ID:ZX4419027]]، ومع ذلك أصرّت على أن يتكلم هو بالإنجليزية.

كتبنا معًا شكوى رسمية، وأعطيناهم بريده الإلكتروني كما يلفظه هو:
[[EMAIL:fares.nuaimi آت example دوت كوم]]. رقم الشكوى [[REFERENCE:FH/2024/00713]]. جاء رد
المرحلة الأولى بعد ثلاثة أسابيع ولم يذكر النافذة أصلًا.

في المرحلة الثانية أرفقنا نموذج موافقة يسمح لي بالتحدث نيابة عنه. هذه المرة اتصل به مسؤول
الشكاوى [[PERSON:Daniel Okafor]] بنفسه واعتذر، وبُدّلت النافذة خلال عشرة أيام، ودُفع
ل[[PERSON:فارس]] 300 جنيه. ووعدت الشركة بأن تسجّل في ملفه أنه يحتاج إلى مترجم.

نصيحتي لكل من يساعد قريبًا أو جارًا: وقّعوا نموذج الموافقة من البداية، ولا تعطوا رقم الإقامة
لأحد لا يحتاج إليه لتصليح نافذة.

[[PERSON:سامي]]، مترجم متطوع
"""),
    ),
    (
        "fv2k-ar-03",
        "ar",
        _s("""
إلى: فريق الشكاوى، [[ORGANISATION:Midshire Homes]]
الموضوع: طلب تصعيد الشكوى إلى المرحلة الثانية، رقم الشكوى [[REFERENCE:MH-S1-20931]]
رقم عقد الإيجار: [[REFERENCE:T-0417726]]

السادة المحترمون،

أكتب إليكم بصفتي المستأجرة في [[ADDRESS:14 Brindley Walk]]، [[POSTCODE:CV1 4FH]]، لأطلب نقل
شكواي إلى المرحلة الثانية، لأن رد المرحلة الأولى لم يعالج المشكلة.

زوجي [[PERSON:حسن]] مريض ب[[HEALTH:السكري]]، وقد بُترت ساقه اليسرى في العام الماضي، ويستخدم
كرسيًا متحركًا. في تشرين الأول وعدتنا السيدة [[PERSON:كيري دواير]]، مسؤولة الإسكان، بتركيب
منحدر عند الباب الأمامي ودُشّ بلا عتبة. جاء عامل من شركة
[[ORGANISATION:Midshire Property Care]] مرة واحدة، وأخذ القياسات، ولم يعد.

منذ ثلاثة أشهر لا يستطيع زوجي الخروج من البيت إلا إذا حمله ابننا [[PERSON:معاذ]]
([[AGE:17 سنة]]) وجارنا [[PERSON:أبو رامي]] على الدرجتين. وقد أخبرنا طبيبه في
[[ADDRESS:Foleshill Health Centre]] أن ذلك خطر عليه.

قال رد المرحلة الأولى إن الأعمال «مجدولة»، دون أي تاريخ. لذلك أطلب منكم:
١. تاريخًا مكتوبًا لتركيب المنحدر والدُشّ؛
٢. اعتذارًا وتعويضًا عن الأشهر الثلاثة؛
٣. تسجيل احتياجات زوجي في ملف العائلة.

إذا لم يصلني رد خلال المدة التي تحددها قواعد معالجة الشكاوى، فسأرفع الأمر إلى أمين المظالم
للإسكان (Housing Ombudsman).

يمكنكم التواصل معي على الهاتف [[PHONE:٠٧٧٠٠ ٩٠٠٨٤٧]] أو على البريد
[[EMAIL:najla.altayeb@example.org]].

مع الشكر والتقدير،
[[PERSON:نجلاء عثمان الطيب]]
"""),
    ),
    (
        "fv2k-ar-04",
        "ar",
        _s("""
دروس تعلّمناها: شكوى الإساءة في [[ADDRESS:Alder Court]]
(مترجمة إلى العربية من نشرة فريق الشكاوى في [[ORGANISATION:Penhallow Housing Association]])

تسكن عائلة السيد [[PERSON:صالح العبسي]]، وهي عائلة [[OTHER_SPECIAL:يمنية]]، في
[[ADDRESS:الشقة 5]] من [[ADDRESS:Alder Court]]. منذ ربيع 2023 كان أحد الجيران يركن سيارة فان
بيضاء رقمها [[OTHER_ID:KN19 WXL]] أمام مدخل الدرج، ويصرخ بشتائم ضد
[[OTHER_SPECIAL:المسلمين]] كلما خرجت السيدة [[PERSON:بلقيس]]، زوجة السيد
[[PERSON:العبسي]]. ثم بدأ ينشر مقاطع مصوّرة للعائلة على حسابه
[[OTHER_ID:@alder_court_watch]].

ابنتهما [[PERSON:رغد]]، البالغة من العمر [[AGE:14 عامًا]]، تدرس في
[[ADDRESS:Kingsmead Academy]]، وقد تعرّف عليها زملاؤها في أحد المقاطع، فانقطعت عن المدرسة
أسبوعين.

فتحنا ملف سلوك معادٍ للمجتمع برقم [[REFERENCE:ASB-23-0662]]، لكن مسؤولة الملف تعاملت مع الأمر
على أنه «خلاف بين جيران» واقترحت الوساطة. قدّم السيد [[PERSON:العبسي]] شكوى رسمية بمساعدة
مرشدة من مركز الجالية.

في رد المرحلة الثانية اعترفنا بأننا لم نتعامل مع الأمر على أنه حادثة كراهية. أبلغنا الشرطة،
وطلبنا من المنصة حذف الحساب، ونقلنا العائلة بناءً على طلبها إلى بيت آخر، ودفعنا لها 1,000
جنيه تعويضًا.

ما الذي تغيّر: كل بلاغ فيه إساءة عنصرية أو دينية يُسجَّل الآن حادثة كراهية من اليوم الأول،
ولا نقترح فيه الوساطة. ويراجع مدير خدمات المستأجرين، [[PERSON:Martin Hale]]، كل ملف من هذا
النوع بنفسه.

للتعليق على هذه الدروس: [[EMAIL:complaints@penhallow.example]]
"""),
    ),
    (
        "fv2k-ar-05",
        "ar",
        _s("""
نشرة الجالية العربية في شمال مانشستر، العدد الرابع عشر

لقاء العدد: ثلاثة أسابيع في العتمة

يعرفه أهل الحي باسم [[PERSON:أبو محمود]]، واسمه [[PERSON:خليل المصري]]، وهو
[[OTHER_SPECIAL:فلسطيني]] لا مصري كما يظن كثيرون من اسمه. عمره [[AGE:واحد وسبعون عامًا]]،
ويسكن في [[ADDRESS:الشقة 41، Crossley Mill]]، [[POSTCODE:m8 5hn]]، مع ابنته [[PERSON:نور]]
التي ترعاه.

في كانون الثاني انقطعت الكهرباء عن الممرات والدرج في الطوابق العليا. بقي الدرج بلا نور ليلًا
ثلاثة أسابيع، و[[PERSON:أبو محمود]] مريض ب[[HEALTH:الانسداد الرئوي المزمن]] ولا يستطيع صعود
الدرج في الظلام إذا توقف المصعد.

تقول [[PERSON:نور]]: «اتصلت بشركة [[ORGANISATION:Northvale Homes]] أكثر من عشرين مرة. في كل
مرة كانوا يفتحون طلب تصليح جديدًا ثم يغلقونه». آخر طلب كان برقم
[[REFERENCE:NVH-R-558310]].

كتبت [[PERSON:نور]] شكوى رسمية، وحين تأخر الرد أكثر من المدة المحددة توجّهت مباشرة إلى أمين
المظالم للإسكان، من غير حاجة إلى نائب أو عضو مجلس، بعد إلغاء ما كان يسمى «المرشِّح
الديمقراطي». رقم قضيتها لدى أمين المظالم [[REFERENCE:202407716]].

النتيجة: اعتذار مكتوب، وكهربائي من شركة [[ORGANISATION:Voltline Electrical]] أصلح اللوحة
خلال يومين، وتعويض 350 جنيهًا، وتسجيل [[PERSON:أبي محمود]] ضمن السكان الذين يحتاجون إلى
مساعدة في الإخلاء.

وتقول [[PERSON:نور]] إنها مستعدة لمساعدة أي عائلة عربية في العمارة: يمكن مراسلتها على
[[EMAIL:noor.masri@example.com]] أو الاتصال بها على [[PHONE:0770 0900 129]].
"""),
    ),
    (
        "fv2k-bn-01",
        "bn",
        _s("""
পাড়ার খবর: Shadwell বাংলা কমিউনিটি নিউজলেটার, শীত সংখ্যা

[[PERSON:রহিমা]] আপার জয়

[[PERSON:রহিমা খাতুন]]-কে আমরা সবাই [[PERSON:রহিমা]] আপা বলে ডাকি। বয়স [[AGE:৬৮ বছর]], থাকেন
[[ADDRESS:ফ্ল্যাট ৩২, Brierly House]]-এ ([[POSTCODE:e12qt]]), [[ADDRESS:বায়তুল আমান মসজিদ]]-এর
ঠিক পেছনে।

গত বছর বর্ষার পর থেকে আপার রান্নাঘরের ছাদ দিয়ে পানি পড়ত, আর বেডরুমের দেয়ালে কালো ছত্রাক
(mould) ছড়িয়ে পড়েছিল। আপার [[HEALTH:হাঁপানি]] আছে, রাতে কাশতে কাশতে ঘুমাতে পারতেন না।
[[ORGANISATION:Spitalgate Homes]]-এ ফোন করলে বলত, "জানালা খোলা রাখুন।" শীতের মধ্যে সারাদিন
জানালা খোলা রাখা কি সম্ভব?

আপার নাতনি [[PERSON:আশা]], বয়স [[AGE:উনিশ বছর]], ছবি তুলে, তারিখ লিখে একটা ফর্মাল complaint
লিখে দিল। complaint নম্বর [[REFERENCE:SGH/CMP/7781]]। প্রথম ধাপে (stage 1) উত্তর এল, কিন্তু
শুধু "সার্ভেয়ার পাঠানো হবে"। দ্বিতীয় ধাপে [[PERSON:আশা]] Awaab's Law-এর কথা লিখল, কারণ এখন
ঝুঁকিপূর্ণ ড্যাম্প আর মোল্ড নির্দিষ্ট সময়ের মধ্যে পরীক্ষা করে ঠিক করতে হয়।

এবার সার্ভেয়ার [[PERSON:Martin Cole]] এসে দেখলেন, ওপরের ফ্ল্যাটের বাথরুমের পাইপ ফাটা। দুই
সপ্তাহে কাজ শেষ হলো, দেয়াল নতুন করে রং করা হলো, আর আপা ক্ষতিপূরণ পেলেন ৬০০ পাউন্ড।

[[PERSON:রহিমা]] আপা হেসে বলেন, "আমি তো আশা ছেড়েই দিয়েছিলাম। আমার নাতনিই আমার আশা।"

কারও একই সমস্যা হলে আমাদের সাথে যোগাযোগ করুন: [[PHONE:020 7946 0734]], অথবা ইমেইল
[[EMAIL:parar.khobor@example.org]]।

[[PERSON:জাহানারা বেগম]], সম্পাদক
"""),
    ),
    (
        "fv2k-bn-02",
        "bn",
        _s("""
কেস নোট: হাউজিং অ্যাডভোকেসি প্রজেক্ট (ক্লায়েন্টের জন্য বাংলা কপি)

ক্লায়েন্ট: [[PERSON:শাপলা বেগম]] ([[PERSON:Shapla Begum]])
জন্মতারিখ: [[DATE_OF_BIRTH:১৪ আগস্ট ১৯৮১]]
ঠিকানা: [[ADDRESS:৭ Ashgrove Terrace]], Oldham [[POSTCODE:OL8 1TB]]
ফোন: [[PHONE:০১৬১ ৪৯৬ ০৯১২]]
ইমেইল: [[EMAIL:shapla.begum অ্যাট example ডট কম]]
ন্যাশনাল ইন্স্যুরেন্স নম্বর: [[NI_NUMBER:NR 73 04 58 B]]
বাড়িওয়ালা: [[ORGANISATION:Pennine Edge Housing]], টেন্যান্সি রেফারেন্স [[REFERENCE:PEH-T-30218]]

পরিবার: ঘরে পাঁচজন। স্বামী [[PERSON:আব্দুল মালিক]], তিন সন্তান। ছোট ছেলে [[PERSON:তানভীর]]
([[AGE:৫ বছর]]) [[ADDRESS:Greenhill Primary]]-তে রিসেপশনে পড়ে; ওর [[HEALTH:অটিজম]] আছে।

ঘটনা: অক্টোবর থেকে বয়লার বারবার বন্ধ হয়ে যায়। বাড়িওয়ালা শুধু অনলাইন পোর্টালে রিপোর্ট নেয়,
যেটা মিসেস [[PERSON:বেগম]] ইংরেজিতে পড়তে পারেন না। বাংলায় লেখা তাঁর চিঠি ফেরত এসেছিল, সঙ্গে
একটা লাইন: "please write in English"।

পদক্ষেপ: ১২ নভেম্বর আমরা ইংরেজি ও বাংলা দুই ভাষায় stage 1 complaint পাঠাই, রেফারেন্স
[[REFERENCE:C-2024-1187]]। Complaint Handling Code অনুযায়ী বাড়িওয়ালাকে যেকোনো মাধ্যমে অভিযোগ
নিতে হয় এবং দরকার হলে reasonable adjustment করতে হয়।

ফলাফল: ১০ কার্যদিবসের মধ্যে উত্তর এসেছে। নতুন বয়লার বসানো হয়েছে। ফাইলে "দোভাষী প্রয়োজন"
লেখা হয়েছে, এখন থেকে সব চিঠি বাংলায় অনুবাদ করে পাঠানো হবে। ক্ষতিপূরণ ২৫০ পাউন্ড। হাউজিং
অফিসার [[PERSON:Claire Hutchinson]] নিজে ফোন করে দুঃখ প্রকাশ করেছেন।

পরবর্তী কাজ: বাড়িতে জায়গার অভাব (overcrowding) নিয়ে আলাদা আবেদন, হাউজিং রেজিস্টার নম্বর
[[REFERENCE:HR0098123]]।

নোট লিখেছেন: [[PERSON:মাহফুজ]], অ্যাডভোকেট
"""),
    ),
    (
        "fv2k-bn-03",
        "bn",
        _s("""
একজন দোভাষীর খাতা থেকে

আমি [[PERSON:ফারহানা]], Luton-এ কমিউনিটি দোভাষী হিসেবে কাজ করি। আজ লিখছি
[[PERSON:নাজমা খানম]]-এর কথা, তাঁর অনুমতি নিয়ে।

[[PERSON:নাজমা]] আপা দুই মেয়েকে নিয়ে থাকেন [[ADDRESS:৫৮ Crawley Green Road]],
[[POSTCODE:LU2 0QS]]-এ। ছোট মেয়ে [[PERSON:আলো]]-র বয়স [[AGE:সাত বছর]]। গত নভেম্বরে বাথরুম আর
সিঁড়ির আলো হঠাৎ নিভে গেল, সুইচ থেকে পোড়া গন্ধ আসছিল। রাতে [[PERSON:আলো]] টর্চ নিয়ে বাথরুমে
যেত।

[[ORGANISATION:Chiltern Vale Homes]]-এর ইলেকট্রিশিয়ান [[PERSON:Steve]] এসে ফিউজ বদলে চলে
গেলেন। তাঁর ভ্যানের নম্বর [[PERSON:নাজমা]] আপা লিখে রেখেছিলেন, [[OTHER_ID:LR21 KDV]], কারণ
আগের বার কেউ এসেছিল কি না, বাড়িওয়ালা তা মানতে চায়নি। দুই দিন পর আবার সব অন্ধকার।

কল সেন্টারে [[PERSON:নাজমা]] আপা নিজের মোবাইল নম্বর বলতেন এভাবে: "[[PHONE:জিরো সেভেন সেভেন
ডাবল জিরো, নাইন ডাবল জিরো, ফোর ওয়ান সিক্স]]", আর প্রতিবার ভুল লেখা হতো। তাই complaint-এ আমরা
নম্বরটা অঙ্কে লিখে দিলাম: [[PHONE:07700 900416]]।

complaint রেফারেন্স [[REFERENCE:CVH-88204]]। stage 1-এর উত্তরে বলা হলো ফিউজ বদলানো হয়েছে, কাজ
"সম্পন্ন"। stage 2-তে আমরা লিখলাম, খোলা তারের কারণে একটা শিশু ঝুঁকিতে আছে। এবার আরেকজন
ইলেকট্রিশিয়ান এসে পুরো ওয়্যারিং পরীক্ষা করলেন, দেয়ালের ভেতরে গলে যাওয়া তার পাওয়া গেল। পুরো
বাড়িতে নতুন ওয়্যারিং হলো, সঙ্গে ৪০০ পাউন্ড ক্ষতিপূরণ।

[[PERSON:আলো]] এখন সবাইকে বলে, "আমাদের বাড়িতে আবার আলো জ্বলে!"
"""),
    ),
    (
        "fv2k-bn-04",
        "bn",
        _s("""
[[ADDRESS:দারুস সালাম মসজিদ]] কল্যাণ কমিটির মাসিক রিপোর্ট (সংক্ষেপ)

এই মাসের একটি কেস: জনাব [[PERSON:জমির উদ্দিন]], বয়স আশির ওপরে, একা থাকেন
[[ADDRESS:Tyersal Fold এস্টেট]]-এর [[ADDRESS:১৯ নম্বর]] বাড়িতে। প্রতিদিন ফজর আর মাগরিবে
মসজিদে আসেন।

গত মার্চে বাড়ির সামনের সিঁড়ির দুটো ধাপ ভেঙে যায়, রেলিংও নড়বড়ে হয়ে যায়। [[PERSON:জমির]]
সাহেবের [[HEALTH:পারকিনসন্স রোগ]] আছে; মে মাসে তিনি পড়ে গিয়ে কবজিতে চোট পান। পাশের বাসার
মিসেস [[PERSON:ডরিন প্ল্যাট]] অ্যাম্বুলেন্স ডেকেছিলেন।

রিপেয়ার জব [[REFERENCE:ABH/REP/667201]] পাঁচ মাস ধরে "awaiting materials" অবস্থায় পড়ে ছিল।
আমাদের স্বেচ্ছাসেবক [[PERSON:রুহুল]] ভাই তাঁকে নিয়ে [[ORGANISATION:Airebridge Housing]]-এ লিখিত
অভিযোগ করেন। stage 1-এর উত্তরে দুঃখপ্রকাশ আর ১৫০ পাউন্ড; কিন্তু সেই টাকা চলে গেল অন্য এক
ভাড়াটিয়ার অ্যাকাউন্টে, কারণ ফাইলে ব্যাংকের তথ্য ভুল ছিল।

stage 2-তে আমরা সঠিক তথ্য দিলাম, sort code [[OTHER_ID:30-96-14]], অ্যাকাউন্টের শেষ চার সংখ্যা
[[OTHER_ID:5520]], আর জানতে চাইলাম অন্য কারও ব্যাংকের তথ্য কীভাবে তাঁর ফাইলে এল। উত্তরে তারা
এই ভুলের জন্য আলাদা করে ক্ষমা চাইল, ক্ষতিপূরণ বাড়িয়ে ৫০০ পাউন্ড করল, আর
[[ORGANISATION:Kirkgate Building Services]]-এর মিস্ত্রি [[PERSON:Gaz]] এক সপ্তাহে নতুন সিঁড়ি আর
দুই পাশে রেলিং লাগিয়ে দিলেন।

শিক্ষা: ক্ষতিপূরণের টাকা পাঠানোর আগে বাড়িওয়ালার কাছে থাকা ব্যাংকের তথ্য নিজে যাচাই করে নিন।

যোগাযোগ: কল্যাণ কমিটি, [[PHONE:0113 496 0385]] (শুধু শনি ও রবিবার)। রিপোর্ট লিখেছেন
[[PERSON:মোস্তফা কামাল]]।
"""),
    ),
    (
        "fv2k-bn-05",
        "bn",
        _s("""
সম্পাদক সমীপে,

আমি [[PERSON:আব্দুর রশিদ চৌধুরী]], প্রায় তিরিশ বছর ধরে থাকি [[ADDRESS:৬২ Cotterills Lane]],
[[POSTCODE:b8 3rn]]-এ। আমার স্ত্রী [[PERSON:সুফিয়া]]-র [[HEALTH:কিডনির রোগ]] আছে, সপ্তাহে তিন
দিন হাসপাতালে ডায়ালাইসিসে যান।

গত বছর ছাদের ফাঁক দিয়ে ইঁদুর ঢুকতে শুরু করে। রাতে রান্নাঘরে খসখস শব্দ, সকালে চালের বস্তা
কাটা। ডাক্তার বলেছিলেন সংক্রমণের ঝুঁকি আছে, কারণ [[PERSON:সুফিয়া]]-র শরীরে ক্যাথেটার লাগানো।
[[ORGANISATION:Saltley Gate Homes]] বলল, ইঁদুর তাড়ানো ভাড়াটিয়ার দায়িত্ব।

পাশের বাসার [[PERSON:শফিক]] ভাই বললেন, ছাদে ফাঁক থাকলে সেটা বাড়িওয়ালার মেরামতের কাজ। আমার
ছেলে [[PERSON:মিঠু]] ইংরেজিতে অভিযোগ লিখে দিল, নিজের ইমেইল
[[EMAIL:mithu.chowdhury@example.net]] দিয়ে। stage 1 আর stage 2, দুবারই একই উত্তর: "pest
control আপনার খরচে"।

আগে শুনেছিলাম, Ombudsman-এর কাছে যেতে হলে এমপি বা কাউন্সিলরের সাহায্য লাগে। এখন আর লাগে না।
[[PERSON:মিঠু]] সরাসরি Housing Ombudsman-এ পাঠাল, কেস নম্বর [[REFERENCE:202304129]]। Ombudsman
বলল, ছাদের ফাঁক বন্ধ করা বাড়িওয়ালার কাজ, আর আমাদের ৭৫০ পাউন্ড দিতে হবে। এক মাসের মধ্যে
ছাদ মেরামত হলো।

আমার নাতি [[PERSON:রায়ান]]-এর বয়স এখন [[AGE:তিন মাস]]। ও যখন প্রথম আমাদের বাসায় এল, ঘরে একটা
ইঁদুরও ছিল না। এটাই আমার সবচেয়ে বড় শান্তি।

যাঁরা ভয় পান, তাঁদের বলি: অভিযোগ করুন, সব লিখে রাখুন।

[[PERSON:আব্দুর রশিদ চৌধুরী]], [[PHONE:0121 496 0187]]
"""),
    ),
    (
        "fv2k-pa-01",
        "pa",
        _s("""
ਭਲਾਈ ਕਮੇਟੀ ਦੀ ਕਲਮ ਤੋਂ: ਬੀਬੀ ਜੀ ਦਾ ਗੁਸਲਖ਼ਾਨਾ

ਬੀਬੀ [[PERSON:ਗੁਰਮੀਤ ਕੌਰ]] ਜੀ [[AGE:78 ਸਾਲਾਂ]] ਦੇ ਹਨ ਅਤੇ ਹਰ ਰੋਜ਼ ਸਵੇਰੇ
[[ADDRESS:ਗੁਰਦੁਆਰਾ ਸਿੰਘ ਸਭਾ]], Smethwick ਵਿਖੇ ਨਿਤਨੇਮ ਲਈ ਆਉਂਦੇ ਹਨ। ਉਹ ਇਕੱਲੇ
[[ADDRESS:7 Heath Close]], [[POSTCODE:B66 3QJ]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ, ਜੋ
[[ORGANISATION:Sandwell Meadow Homes]] ਦਾ ਬੰਗਲਾ ਹੈ।

ਬੀਬੀ ਜੀ ਦੇ ਦੋਵਾਂ ਗੋਡਿਆਂ ਵਿੱਚ [[HEALTH:ਗਠੀਆ]] ਹੈ। ਪਿਛਲੇ ਸਾਲ occupational therapist ਨੇ ਲਿਖ
ਕੇ ਦਿੱਤਾ ਸੀ ਕਿ ਉਨ੍ਹਾਂ ਨੂੰ ਬਾਥ ਦੀ ਥਾਂ walk-in shower ਅਤੇ ਫੜਨ ਲਈ rails ਚਾਹੀਦੀਆਂ ਹਨ। ਨੌਂ
ਮਹੀਨੇ ਲੰਘ ਗਏ, ਕੰਮ ਸ਼ੁਰੂ ਨਹੀਂ ਹੋਇਆ। ਉਹ ਨਹਾਉਣ ਲਈ ਗੁਆਂਢਣ [[PERSON:ਸੁਰਿੰਦਰ]] ਦੇ ਘਰ ਜਾਂਦੇ ਸਨ।

ਉਨ੍ਹਾਂ ਦਾ ਪੋਤਾ [[PERSON:ਅਮਨ]] ([[PERSON:Aman]]), ਜੋ [[AGE:22 ਸਾਲ]] ਦਾ ਹੈ, ਲੰਗਰ ਵਿੱਚ ਸੇਵਾ
ਕਰਦਿਆਂ ਸਾਡੀ ਕਮੇਟੀ ਨੂੰ ਮਿਲਿਆ। ਅਸੀਂ ਮਿਲ ਕੇ ਲਿਖਤੀ complaint ਭੇਜੀ; ਹਵਾਲਾ ਨੰਬਰ
[[REFERENCE:SMH-0339-C]]। ਪਹਿਲੇ ਪੜਾਅ (stage 1) ਦੇ ਜਵਾਬ ਵਿੱਚ ਲਿਖਿਆ ਸੀ ਕਿ "ਫ਼ੰਡ ਦੀ ਉਡੀਕ ਹੈ"।
ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ ਅਸੀਂ ਪੁੱਛਿਆ ਕਿ ਫ਼ੈਸਲਾ ਕਦੋਂ ਹੋਵੇਗਾ ਅਤੇ ਉਦੋਂ ਤੱਕ ਕੀ ਪ੍ਰਬੰਧ ਹੈ।

ਜਵਾਬ ਆਇਆ: ਮਾਫ਼ੀ, ਛੇ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਨਵਾਂ ਸ਼ਾਵਰ, ਅਤੇ 300 ਪੌਂਡ ਮੁਆਵਜ਼ਾ। ਕੰਮ ਕਰਨ ਵਾਲੇ ਠੇਕੇਦਾਰ
[[ORGANISATION:Brookvale Adaptations]] ਦੇ ਮਿਸਤਰੀ [[PERSON:Raj]] ਨੇ ਬੀਬੀ ਜੀ ਨਾਲ ਪੰਜਾਬੀ ਵਿੱਚ
ਗੱਲ ਕੀਤੀ, ਜਿਸ ਨਾਲ ਉਨ੍ਹਾਂ ਨੂੰ ਬਹੁਤ ਹੌਸਲਾ ਮਿਲਿਆ।

ਬੀਬੀ ਜੀ ਕਹਿੰਦੇ ਹਨ: "ਹੁਣ ਘਰ ਵਿੱਚ ਅਮਨ-ਚੈਨ ਹੈ।" ਜੇ ਸੰਗਤ ਵਿੱਚੋਂ ਕਿਸੇ ਨੂੰ ਇਹੋ ਜਿਹੀ ਮਦਦ ਚਾਹੀਦੀ
ਹੈ, ਤਾਂ ਐਤਵਾਰ ਨੂੰ ਦਫ਼ਤਰ ਆਓ ਜਾਂ [[PHONE:0121 496 0664]] ਉੱਤੇ ਫ਼ੋਨ ਕਰੋ।

ਸੇਵਾਦਾਰ [[PERSON:ਹਰਪ੍ਰੀਤ ਸਿੰਘ]]
"""),
    ),
    (
        "fv2k-pa-02",
        "pa",
        _s("""
ਸਾਊਥਾਲ ਦੀ ਜੋੜੀ ਨੇ ਸ਼ਿਕਾਇਤ ਕਰਕੇ ਆਪਣਾ ਹੱਕ ਲਿਆ

ਰਿਪੋਰਟ: [[PERSON:ਕੁਲਦੀਪ ਸੰਧੂ]]

[[PERSON:ਜਸਪ੍ਰੀਤ ਕੌਰ]] ਅਤੇ ਉਨ੍ਹਾਂ ਦੇ ਪਤੀ [[PERSON:ਸੁਖਵਿੰਦਰ ਸਿੰਘ]], ਜਿਨ੍ਹਾਂ ਨੂੰ ਦੋਸਤ
[[PERSON:ਸੁਖ]] ਕਹਿੰਦੇ ਹਨ, [[ORGANISATION:Brentside Homes]] ਦੇ [[ADDRESS:ਫ਼ਲੈਟ 9, Havelock House]]
([[POSTCODE:ub2 4ez]]) ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ। ਪਿਛਲੀਆਂ ਸਰਦੀਆਂ ਵਿੱਚ ਉਨ੍ਹਾਂ ਦੀ ਧੀ [[PERSON:ਨਿਮਰਤ]] ਦਾ
ਜਨਮ ਹੋਇਆ, ਅਤੇ ਉਸੇ ਵੇਲੇ ਬੈੱਡਰੂਮ ਦੀ ਕੰਧ ਉੱਤੇ ਕਾਲੀ ਉੱਲੀ ਫੈਲਣ ਲੱਗੀ।

"ਬੱਚੀ ਸਿਰਫ਼ [[AGE:ਤਿੰਨ ਮਹੀਨਿਆਂ]] ਦੀ ਸੀ ਤੇ ਉਸ ਨੂੰ ਵਾਰ-ਵਾਰ [[HEALTH:ਛਾਤੀ ਦੀ ਲਾਗ]] ਹੋ ਰਹੀ
ਸੀ," [[PERSON:ਜਸਪ੍ਰੀਤ]] ਨੇ ਦੱਸਿਆ। "ਘਰ ਵਿੱਚ ਕੋਈ ਸੁਖ ਨਹੀਂ ਸੀ।"

[[PERSON:ਸੁਖ]] ਨੇ ਉੱਲੀ ਦੀਆਂ ਵੀਡੀਓ ਆਪਣੇ Instagram ਖਾਤੇ [[OTHER_ID:@sukh.southall]] ਉੱਤੇ ਪਾਈਆਂ
ਅਤੇ ਲੈਂਡਲਾਰਡ ਨੂੰ ਟੈਗ ਕੀਤਾ। ਜਵਾਬ ਆਇਆ ਕਿ ਰਸਮੀ ਸ਼ਿਕਾਇਤ ਕਰੋ। ਸ਼ਿਕਾਇਤ ਦਾ ਨੰਬਰ
[[REFERENCE:BH/24/C/0581]] ਸੀ।

ਪਹਿਲੇ ਜਵਾਬ ਵਿੱਚ ਉਨ੍ਹਾਂ ਨੂੰ ਕੱਪੜੇ ਅੰਦਰ ਨਾ ਸੁਕਾਉਣ ਦੀ ਸਲਾਹ ਦਿੱਤੀ ਗਈ। ਜੋੜੀ ਨੇ ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ
Awaab's Law ਦਾ ਹਵਾਲਾ ਦਿੱਤਾ, ਜਿਸ ਅਨੁਸਾਰ ਸਿਹਤ ਲਈ ਖ਼ਤਰਨਾਕ ਸਿੱਲ੍ਹ ਅਤੇ ਉੱਲੀ ਦੀ ਜਾਂਚ ਤੈਅ ਸਮੇਂ
ਵਿੱਚ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ। ਸਰਵੇਅਰ [[PERSON:Neil Whitcombe]] ਨੇ ਆ ਕੇ ਮੰਨਿਆ ਕਿ ਛੱਤ ਹੇਠਲੀ insulation
ਗ਼ਾਇਬ ਸੀ।

ਹੁਣ ਕੰਧ ਠੀਕ ਹੋ ਗਈ ਹੈ, ਪਰਿਵਾਰ ਨੂੰ 700 ਪੌਂਡ ਮਿਲੇ ਹਨ ਅਤੇ ਵੱਡੇ ਘਰ ਲਈ ਉਨ੍ਹਾਂ ਦੀ housing
register ਅਰਜ਼ੀ, ਨੰਬਰ [[REFERENCE:HRG-0716253]], ਨੂੰ ਮੈਡੀਕਲ ਪਹਿਲ ਦਿੱਤੀ ਗਈ ਹੈ।

[[PERSON:ਜਸਪ੍ਰੀਤ]] ਦਾ ਸੁਨੇਹਾ: "ਡਰੋ ਨਾ। ਜਿਸ ਨੂੰ ਮਦਦ ਚਾਹੀਦੀ ਹੈ, ਮੈਨੂੰ
[[EMAIL:jaspreet.k at example dot org]] ਉੱਤੇ ਲਿਖ ਸਕਦਾ ਹੈ।"
"""),
    ),
    (
        "fv2k-pa-03",
        "pa",
        _s("""
ਕੌਂਸਲਰ [[PERSON:ਬਲਜੀਤ ਗਿੱਲ]] ਦਾ ਦਫ਼ਤਰ: ਕੇਸ ਦਾ ਸਾਰ (ਪੰਜਾਬੀ ਕਾਪੀ, ਨਿਵਾਸੀ ਦੀ ਬੇਨਤੀ ਉੱਤੇ)

ਨਿਵਾਸੀ: ਸ੍ਰੀ [[PERSON:ਮਹਿੰਦਰ ਪਾਲ]] ([[PERSON:Mohinder Pal]])
ਜਨਮ ਮਿਤੀ: [[DATE_OF_BIRTH:12 ਜਨਵਰੀ 1965]]
ਪਤਾ: [[ADDRESS:44 Kedleston Avenue]], Leicester [[POSTCODE:LE4 6GN]]
ਨੈਸ਼ਨਲ ਇੰਸ਼ੋਰੈਂਸ ਨੰਬਰ: [[NI_NUMBER:WL 38 60 27 C]]
ਕਿਰਾਏਦਾਰੀ ਹਵਾਲਾ: [[REFERENCE:SVH-44K-2002]]
ਫ਼ੋਨ: [[PHONE:0116 496 0229]]

ਮਾਮਲਾ: ਪਿਛਲੇ ਸਾਲ ਦਿਲ ਦੇ ਅਪਰੇਸ਼ਨ ਤੋਂ ਬਾਅਦ ਸ੍ਰੀ [[PERSON:ਪਾਲ]] ਦਾ ਕੰਮ ਛੁੱਟ ਗਿਆ ਅਤੇ ਉਹ
Universal Credit ਉੱਤੇ ਆ ਗਏ। [[ORGANISATION:Soar Valley Housing]] ਨੂੰ ਭੇਜਿਆ ਚਾਰ ਮਹੀਨਿਆਂ ਦਾ
ਕਿਰਾਇਆ ਕਿਸੇ ਗ਼ਲਤ ਖਾਤੇ ਵਿੱਚ ਚਲਾ ਗਿਆ, ਅਤੇ ਉਨ੍ਹਾਂ ਨੂੰ ਘਰ ਖ਼ਾਲੀ ਕਰਨ ਦਾ ਨੋਟਿਸ ਮਿਲ ਗਿਆ। ਉਨ੍ਹਾਂ
ਨੂੰ [[HEALTH:ਦਿਲ ਦੀ ਬਿਮਾਰੀ]] ਹੈ ਅਤੇ ਨੋਟਿਸ ਤੋਂ ਬਾਅਦ ਉਹ ਬਹੁਤ ਪਰੇਸ਼ਾਨ ਸਨ। ਉਨ੍ਹਾਂ ਦੇ ਪੁੱਤਰ
[[PERSON:ਗੁਰਵਿੰਦਰ]] ਨੇ ਸਾਨੂੰ ਈਮੇਲ ਕੀਤੀ।

ਕੀ ਕੀਤਾ: (1) ਨਿਵਾਸੀ ਨੂੰ ਸਮਝਾਇਆ ਕਿ Housing Ombudsman ਕੋਲ ਜਾਣ ਲਈ ਹੁਣ ਕੌਂਸਲਰ ਜਾਂ MP ਦੀ ਲੋੜ
ਨਹੀਂ, ਪਰ ਪਹਿਲਾਂ ਲੈਂਡਲਾਰਡ ਦੀ ਦੋ ਪੜਾਵਾਂ ਵਾਲੀ ਸ਼ਿਕਾਇਤ ਪ੍ਰਕਿਰਿਆ ਪੂਰੀ ਕਰਨੀ ਪੈਂਦੀ ਹੈ। (2) stage 1
ਸ਼ਿਕਾਇਤ ਦਰਜ ਕਰਵਾਈ, ਨੰਬਰ [[REFERENCE:CMP-118204]]। (3) ਕੌਂਸਲਰ ਨੇ income team ਦੀ ਮੈਨੇਜਰ
[[PERSON:Helen Marsh]] ਨੂੰ ਚਿੱਠੀ ਲਿਖੀ।

ਨਤੀਜਾ: ਪੈਸਾ ਲੱਭ ਗਿਆ। ਉਹ ਇੱਕ ਹੋਰ ਕਿਰਾਏਦਾਰ ਦੇ ਖਾਤੇ ਵਿੱਚ ਪਾ ਦਿੱਤਾ ਗਿਆ ਸੀ, ਜਿਸ ਦਾ ਨਾਮ ਵੀ
[[PERSON:ਪਾਲ]] ਸੀ। ਨੋਟਿਸ ਵਾਪਸ ਲਿਆ ਗਿਆ, ਲਿਖਤੀ ਮਾਫ਼ੀ ਮਿਲੀ ਅਤੇ 250 ਪੌਂਡ ਮੁਆਵਜ਼ਾ। ਲੈਂਡਲਾਰਡ
ਹੁਣ ਹਰ ਭੁਗਤਾਨ ਨੂੰ ਕਿਰਾਏਦਾਰੀ ਹਵਾਲੇ ਨਾਲ ਮਿਲਾਉਂਦਾ ਹੈ, ਸਿਰਫ਼ ਨਾਮ ਨਾਲ ਨਹੀਂ।

ਲਿਖਿਆ: [[PERSON:ਨਵਨੀਤ ਢਿੱਲੋਂ]], caseworker
"""),
    ),
    (
        "fv2k-pa-04",
        "pa",
        _s("""
[[ORGANISATION:Blakenhall Homes]] ਦੀ ਸ਼ਿਕਾਇਤ ਟੀਮ ਵੱਲੋਂ: ਅਸੀਂ ਕੀ ਸਿੱਖਿਆ (ਅੰਗਰੇਜ਼ੀ ਤੋਂ ਅਨੁਵਾਦ)

ਸਾਡੇ ਕੋਲ ਦੋ ਕਿਰਾਏਦਾਰ ਹਨ ਜਿਨ੍ਹਾਂ ਦਾ ਨਾਮ [[PERSON:ਹਰਜੀਤ ਕੌਰ]] ਹੈ। ਇੱਕ
[[ADDRESS:ਫ਼ਲੈਟ 3, Dunstall Court]] ([[POSTCODE:wv6 0nr]]) ਵਿੱਚ ਰਹਿੰਦੀ ਹੈ ਅਤੇ ਦੂਜੀ
[[ADDRESS:18 Villiers Street]] ਵਿੱਚ। ਸਾਡੇ ਸਿਸਟਮ ਵਿੱਚ ਦੋਵਾਂ ਦੇ ਰਿਕਾਰਡ ਰਲ਼ ਗਏ ਸਨ।

[[ADDRESS:Dunstall Court]] ਵਾਲੇ [[PERSON:ਹਰਜੀਤ]] ਜੀ [[AGE:84 ਸਾਲ]] ਦੇ ਹਨ ਅਤੇ ਉਨ੍ਹਾਂ ਨੂੰ
[[HEALTH:ਡਿਮੈਂਸ਼ੀਆ]] ਹੈ। ਉਨ੍ਹਾਂ ਦੀ ਨੂੰਹ [[PERSON:ਰਮਨਦੀਪ]] ਨੇ ਲੀਕ ਕਰਦੇ ਰੇਡੀਏਟਰ ਦੀ ਰਿਪੋਰਟ
ਕੀਤੀ। ਮੁਰੰਮਤ ਦਾ ਕੰਮ, ਨੰਬਰ [[REFERENCE:JOB 2291457]], [[ADDRESS:18 ਨੰਬਰ]] ਵਾਲੇ ਘਰ ਭੇਜ ਦਿੱਤਾ
ਗਿਆ। ਪਲੰਬਰ ਤਿੰਨ ਵਾਰ ਉੱਥੇ ਗਿਆ, ਦਰਵਾਜ਼ਾ ਖੜਕਾਇਆ, ਅਤੇ "no access" ਲਿਖ ਕੇ ਮੁੜ ਆਇਆ। ਇਸ ਦੌਰਾਨ
ਫ਼ਲੈਟ ਦਾ ਕਾਰਪੈਟ ਖ਼ਰਾਬ ਹੋ ਗਿਆ। ਦੂਜੇ ਪਾਸੇ, [[ADDRESS:18 ਨੰਬਰ]] ਵਾਲੀ [[PERSON:ਹਰਜੀਤ]] ਨੂੰ ਫ਼ਲੈਟ
ਦੇ ਕਿਰਾਏ ਦੀਆਂ ਚਿੱਠੀਆਂ ਆਉਣ ਲੱਗੀਆਂ।

[[PERSON:ਰਮਨਦੀਪ]] ਨੇ ਸ਼ਿਕਾਇਤ ਕੀਤੀ (ਹਵਾਲਾ [[REFERENCE:BH-COMP-5530]])। ਸਾਡੇ ਸ਼ਿਕਾਇਤ ਅਧਿਕਾਰੀ
[[PERSON:Liam Doherty]] ਨੇ ਦੇਖਿਆ ਕਿ ਦੋਵਾਂ ਰਿਕਾਰਡਾਂ ਵਿੱਚ ਜਨਮ ਮਿਤੀ ਵੀ ਇੱਕੋ ਦਰਜ ਸੀ,
[[DATE_OF_BIRTH:3 ਮਾਰਚ 1940]], ਜਦਕਿ ਦੂਜੀ [[PERSON:ਹਰਜੀਤ]] ਦਾ ਜਨਮ
[[DATE_OF_BIRTH:21 ਸਤੰਬਰ 1987]] ਨੂੰ ਹੋਇਆ ਸੀ।

ਅਸੀਂ ਕੀ ਕੀਤਾ: ਰਿਕਾਰਡ ਵੱਖ ਕੀਤੇ, ਇੱਕ ਹਫ਼ਤੇ ਵਿੱਚ ਰੇਡੀਏਟਰ ਅਤੇ ਕਾਰਪੈਟ ਬਦਲੇ, ਦੋਵਾਂ ਪਰਿਵਾਰਾਂ ਤੋਂ
ਲਿਖਤੀ ਮਾਫ਼ੀ ਮੰਗੀ ਅਤੇ ਮੁਆਵਜ਼ਾ ਦਿੱਤਾ।

ਅਸੀਂ ਕੀ ਬਦਲਿਆ: ਹੁਣ ਹਰ ਕਾਲ ਵਿੱਚ ਨਾਮ ਦੇ ਨਾਲ ਪਤਾ ਅਤੇ ਕਿਰਾਏਦਾਰੀ ਨੰਬਰ ਦੋਵੇਂ ਪੁੱਛੇ ਜਾਂਦੇ ਹਨ,
ਅਤੇ ਇੱਕੋ ਨਾਮ ਵਾਲੇ ਦੋ ਰਿਕਾਰਡਾਂ ਨੂੰ ਸਿਸਟਮ ਆਪਣੇ-ਆਪ ਨਹੀਂ ਜੋੜਦਾ। ਸਵਾਲਾਂ ਲਈ:
[[EMAIL:learning@blakenhallhomes.example]]
"""),
    ),
    (
        "fv2k-pa-05",
        "pa",
        _s("""
ਪਲੇਸਮੈਂਟ ਡਾਇਰੀ: [[PERSON:ਸਿਮਰਨਜੀਤ ਕੌਰ]], ਸੋਸ਼ਲ ਵਰਕ ਦੀ ਵਿਦਿਆਰਥਣ

ਮੇਰੀ ਪਲੇਸਮੈਂਟ Leeds ਦੀ ਇੱਕ tenants' association ਵਿੱਚ ਹੈ। ਇਸ ਹਫ਼ਤੇ ਮੇਰੀ ਸੁਪਰਵਾਈਜ਼ਰ
[[PERSON:Karen Fitzgerald]] ਨੇ ਮੈਨੂੰ ਸਰਦਾਰ [[PERSON:ਦਰਸ਼ਨ ਸਿੰਘ]] ਜੀ ਦੇ ਕੇਸ ਵਿੱਚ ਮਦਦ ਲਈ
ਭੇਜਿਆ, ਕਿਉਂਕਿ ਉਹ ਸਿਰਫ਼ ਪੰਜਾਬੀ ਬੋਲਦੇ ਹਨ।

[[PERSON:ਦਰਸ਼ਨ ਸਿੰਘ]] ਜੀ [[AGE:ਅੱਸੀ ਸਾਲਾਂ]] ਦੇ ਹਨ ਅਤੇ [[ADDRESS:27 Gledhow Mount]],
[[POSTCODE:ls84ap]] ਵਿੱਚ ਇਕੱਲੇ ਰਹਿੰਦੇ ਹਨ। ਉਨ੍ਹਾਂ ਨੂੰ [[HEALTH:ਕਾਲਾ ਮੋਤੀਆ]]
([[HEALTH:glaucoma]]) ਹੈ ਅਤੇ ਉਹ ਛੋਟੇ ਅੱਖਰ ਨਹੀਂ ਪੜ੍ਹ ਸਕਦੇ।

ਸ਼ਿਕਾਇਤ ਇਹ ਸੀ ਕਿ [[ORGANISATION:Chapel Allerton Homes]] ਨੇ ਘਰ ਅੱਗੇ disabled parking bay
ਬਣਾਉਣ ਦਾ ਵਾਅਦਾ ਦੋ ਸਾਲਾਂ ਤੋਂ ਪੂਰਾ ਨਹੀਂ ਕੀਤਾ। ਉਨ੍ਹਾਂ ਦਾ ਭਤੀਜਾ, ਜਿਸ ਨੂੰ ਸਾਰੇ
[[PERSON:ਬਿੱਟੂ]] ਕਹਿੰਦੇ ਹਨ, ਹਰ ਹਫ਼ਤੇ ਆਪਣੀ ਕਾਰ [[OTHER_ID:YB17 HZU]] ਵਿੱਚ ਉਨ੍ਹਾਂ ਨੂੰ ਗੁਰਦੁਆਰੇ
ਅਤੇ ਡਾਕਟਰ ਕੋਲ ਲੈ ਜਾਂਦਾ ਹੈ, ਪਰ ਕਾਰ ਗਲੀ ਦੇ ਦੂਜੇ ਸਿਰੇ ਖੜ੍ਹੀ ਕਰਨੀ ਪੈਂਦੀ ਹੈ। ਲੈਂਡਲਾਰਡ ਨੇ
stage 1 ਦਾ ਜਵਾਬ ਬਰੀਕ ਅੱਖਰਾਂ ਵਾਲੀ ਚਿੱਠੀ ਵਿੱਚ ਭੇਜਿਆ। ਉਹ ਪੜ੍ਹ ਨਹੀਂ ਸਕੇ, ਅਤੇ stage 2 ਲਈ ਦਿੱਤਾ
ਸਮਾਂ ਲੰਘ ਗਿਆ।

ਮੈਂ ਉਨ੍ਹਾਂ ਨੂੰ ਚਿੱਠੀ ਪੰਜਾਬੀ ਵਿੱਚ ਪੜ੍ਹ ਕੇ ਸੁਣਾਈ, ਅਤੇ [[PERSON:Karen]] ਨੇ ਲੈਂਡਲਾਰਡ ਨੂੰ ਲਿਖਿਆ
ਕਿ ਦੇਰੀ ਉਨ੍ਹਾਂ ਦੀ ਨਜ਼ਰ ਕਾਰਨ ਹੋਈ ਹੈ, ਇਸ ਲਈ reasonable adjustment ਵਜੋਂ stage 2 ਮਨਜ਼ੂਰ ਕੀਤਾ ਜਾਵੇ।
ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:CAH/S2/00482]]।

ਲੈਂਡਲਾਰਡ ਮੰਨ ਗਿਆ। ਤਿੰਨ ਹਫ਼ਤਿਆਂ ਵਿੱਚ bay ਬਣ ਗਈ, ਅਤੇ ਹੁਣ ਸਾਰੀਆਂ ਚਿੱਠੀਆਂ ਵੱਡੇ ਅੱਖਰਾਂ ਵਿੱਚ
ਆਉਂਦੀਆਂ ਹਨ ਅਤੇ ਨਾਲ ਫ਼ੋਨ ਵੀ। ਉਹ ਆਪਣਾ ਨੰਬਰ ਇਉਂ ਬੋਲਦੇ ਹਨ: "[[PHONE:ਜ਼ੀਰੋ ਵਨ ਵਨ ਥ੍ਰੀ, ਫ਼ੋਰ ਨਾਈਨ
ਸਿਕਸ, ਜ਼ੀਰੋ ਵਨ ਫ਼ਾਈਵ ਏਟ]]", ਇਸ ਲਈ ਫ਼ਾਈਲ ਵਿੱਚ ਅਸੀਂ ਅੰਕਾਂ ਵਿੱਚ ਵੀ ਲਿਖਿਆ: [[PHONE:0113 496 0158]]।

ਮੈਂ ਕੀ ਸਿੱਖਿਆ: ਭਾਸ਼ਾ ਅਤੇ ਨਜ਼ਰ ਵੀ ਸ਼ਿਕਾਇਤ ਦੇ ਰਾਹ ਵਿੱਚ ਰੁਕਾਵਟ ਬਣ ਸਕਦੀਆਂ ਹਨ।
"""),
    ),
    (
        "fv2k-pl-01",
        "pl",
        _s("""
Z życia parafii: Caritas pomaga w sprawach mieszkaniowych

Panią [[PERSON:Halinę Wróblewską]] zna chyba każdy, kto chodzi na poranne msze do
[[ADDRESS:kościoła św. Kazimierza]]. Od dwudziestu lat mieszka ona w [[ADDRESS:mieszkaniu nr 6]]
w [[ADDRESS:Elthorne Court]], [[POSTCODE:W7 2AH]], w budynku należącym do
[[ORGANISATION:Hanwell Park Housing]].

Jesienią pani [[PERSON:Halina]] przyszła do nas po mszy z prośbą o pomoc. Okna w jej sypialni były
tak spróchniałe, że wiatr poruszał firanką, a grzejnik w łazience nie działał od marca. Pani
[[PERSON:Halina]], która w wieku [[AGE:74 lat]] choruje na [[HEALTH:reumatoidalne zapalenie
stawów]], spała w kurtce.

Odwiedzała ją wnuczka, [[PERSON:Jagoda]], studentka z Reading. To [[PERSON:Jagodzie]] pani
[[PERSON:Wróblewska]] opowiadała po polsku, co się dzieje, a [[PERSON:Jagoda]] pisała po angielsku
zgłoszenia do administracji. Naprawa miała numer [[REFERENCE:HPH/REP/55127]], ale okna wciąż
„czekały na wycenę”.

Na pierwszym etapie skargi przeproszono i obiecano termin. Termin minął. Na drugim etapie pomógł
nasz wolontariusz, pan [[PERSON:Zbigniew Kos]], emerytowany stolarz, który fachowo opisał stan
okien. Tym razem odpowiedź była konkretna: nowe okna w ciągu trzech tygodni, naprawiony grzejnik
i 420 funtów rekompensaty.

W podziękowaniu pani [[PERSON:Halina]] przyniosła nam słoik konfitury z jagód. Osoby, które
potrzebują podobnej pomocy, zapraszamy w niedziele po mszy o 11:00 lub prosimy o telefon pod numer
[[PHONE:020 7946 0952]].

[[PERSON:Teresa Lis]], zespół Caritas
"""),
    ),
    (
        "fv2k-pl-02",
        "pl",
        _s("""
Notatka z porady: projekt doradztwa mieszkaniowego, Peterborough

Klient: pan [[PERSON:Andrzej Nowicki]], ur. [[DATE_OF_BIRTH:7 lipca 1979]], PESEL
[[OTHER_ID:79070704518]]
Adres: [[ADDRESS:42 Eastfield Road]], [[POSTCODE:pe1 4aw]]
Telefon: [[PHONE:07700 900 581]]
E-mail (podyktowany): [[EMAIL:a.nowicki małpa example kropka com]]

Pan [[PERSON:Andrzej]] mieszka z [[AGE:dziewięcioletnim]] synem [[PERSON:Stasiem]]. Od listopada
kocioł gazowy wyłącza się kilka razy dziennie. Pan [[PERSON:Nowicki]] zgłaszał to telefonicznie
sześć razy. Gdy chciał złożyć skargę, pracownik call center [[ORGANISATION:Fenland Rise Homes]]
zażądał najpierw dowodu [[OTHER_SPECIAL:statusu osoby osiedlonej]] (settled status) i numeru
ubezpieczenia [[NI_NUMBER:PZ 11 30 84 A]], „żeby potwierdzić prawo do mieszkania”. Panu
[[PERSON:Andrzejowi]] powiedziano, że bez tego skarga nie zostanie przyjęta.

To niezgodne z Complaint Handling Code: skargę trzeba przyjąć od każdego najemcy, a status
imigracyjny nie ma nic wspólnego z naprawą kotła.

Działania: 1) Z jego zgody napisałam w imieniu pana [[PERSON:Nowickiego]] skargę etapu 1, nr
[[REFERENCE:FRH-2024-C-0419]]. 2) Dołączyłam list ze szkoły [[ADDRESS:Fulbridge Academy]], że
[[PERSON:Staś]] opuszczał lekcje z powodu zimna w domu i nawracającego [[HEALTH:zapalenia
oskrzeli]].

Wynik: odpowiedź po 8 dniach roboczych. Przeprosiny za żądanie dokumentów, nowy kocioł
zamontowany przez [[ORGANISATION:Nene Gas Services]], 200 funtów rekompensaty. Kierowniczka
zespołu, pani [[PERSON:Lorraine Baptiste]], potwierdziła, że pracownicy call center przejdą
szkolenie.

Notatkę sporządziła: [[PERSON:Magdalena Zych]], doradczyni
"""),
    ),
    (
        "fv2k-pl-03",
        "pl",
        _s("""
Post w grupie „Polacy w Bristolu”:

Cześć, tu [[PERSON:Wojtek]]. Mieszkam z żoną [[PERSON:Gosią]] i córeczką [[PERSON:Zuzią]]
([[AGE:3 latka]]) wysoko w [[ADDRESS:Kingsdown Tower]]. Obiecałem, że opiszę, jak skończyła się
sprawa drzwi przeciwpożarowych, bo kilka osób pytało.

Od zeszłej zimy drzwi na klatce na naszym piętrze się nie domykały, a samozamykacz był urwany.
Czujnik dymu na korytarzu piszczał, bo nie miał baterii. Sąsiad spod [[ADDRESS:numeru 112]], pan
[[PERSON:Mietek]], zgłaszał to chyba dziesięć razy. Ja też. Za każdym razem
[[ORGANISATION:Avonside Living]] odpowiadało, że „zadanie jest w kolejce”.

W marcu napisałem oficjalną skargę. [[PERSON:Gosia]] przetłumaczyła ją na angielski, bo ma lepszy
ode mnie. Nr [[REFERENCE:AL/COMP/88310]]. Na etapie 1 przeprosili i... nic. Na etapie 2 to samo.
Wtedy poszedłem prosto do Housing Ombudsman. Już nie trzeba czekać 8 tygodni ani prosić radnego
czy posła. Nr sprawy [[REFERENCE:202409982]].

Ombudsman stwierdził poważne zaniedbanie. Firma [[ORGANISATION:Firesafe South West]] wymieniła
drzwi na wszystkich piętrach w ciągu miesiąca, a administracja musiała przeprosić na piśmie i
zapłacić 500 funtów. Pani [[PERSON:Sandra Oduya]] z działu bezpieczeństwa budynków przyszła
osobiście i sprawdziła każde drzwi.

Jak ktoś chce, mogę podesłać wzór pisma. Piszcie na priv albo na Instagramie
[[OTHER_ID:@wojtek.z.kingsdown]]. Tel. [[PHONE:0117-496-0736]], najlepiej po 18:00.

Pozdrawiam, [[PERSON:Wojtek]]
"""),
    ),
    (
        "fv2k-pl-04",
        "pl",
        _s("""
Czego się nauczyliśmy: sprawa rodziny [[PERSON:Kowalskich]]. Studium przypadku zespołu ds. skarg
[[ORGANISATION:Wensum Valley Homes]] (tłumaczenie na język polski)

Pani [[PERSON:Beata Kowalska]] mieszka z synem [[PERSON:Kacprem]] w domu przy
[[ADDRESS:27 Rosary Close]], [[POSTCODE:NR1 4DZ]]. [[PERSON:Kacper]] ma [[AGE:15 lat]] i choruje
na [[HEALTH:padaczkę]].

W lutym pani [[PERSON:Kowalska]] zadzwoniła na naszą linię awaryjną, bo z sufitu w kuchni kapała
woda prosto na gniazdko elektryczne. Rozmowa odbyła się po angielsku, bez tłumacza. Pracownik
zrozumiał „small leak” i zlecił zwykłą naprawę z terminem 20 dni roboczych (zlecenie nr
[[REFERENCE:WV-R-100482]]).

Następnego dnia zwarcie wyłączyło prąd w całym domu. [[PERSON:Kacper]] dostał ataku w ciemności
na schodach. Sąsiadka spod [[ADDRESS:numeru 29]], pani [[PERSON:Marzena]], zawiozła ich do
szpitala.

Skargę pani [[PERSON:Kowalskiej]] (nr [[REFERENCE:CMP 2024/0193]]) rozpatrzyliśmy na pierwszym
etapie w siedem dni. Przyznaliśmy, że nie zaproponowaliśmy tłumacza i źle oceniliśmy pilność
zgłoszenia. Elektryk z firmy [[ORGANISATION:Yare Electrical Contractors]] przyjechał tego samego
dnia, a przeciek z dachu usunięto w tydzień. Wypłaciliśmy 650 funtów rekompensaty na konto
rodziny (sort code [[OTHER_ID:60-83-71]], numer kończący się na [[OTHER_ID:7731]]).

Co zmieniliśmy: każde zgłoszenie, w którym woda styka się z prądem, jest traktowane jako
awaryjne; pracownicy proponują tłumacza w pierwszej minucie rozmowy; za zgodą najemcy zapisujemy
w systemie, że w domu mieszka osoba z niepełnosprawnością.

Pani [[PERSON:Beacie]] i [[PERSON:Kacprowi]] dziękujemy za zgodę na opisanie tej historii.
Pytania: [[PERSON:Gemma Hollis]], kierowniczka ds. skarg,
[[EMAIL:complaints@wensumvalley.example]].
"""),
    ),
    (
        "fv2k-pl-05",
        "pl",
        _s("""
Do: Zespół ds. skarg, [[ORGANISATION:Itchen Bridge Housing]]
Dotyczy: pana [[PERSON:Ryszarda Dąbrowskiego]], [[ADDRESS:mieszkanie 3B, Portswood House]],
[[POSTCODE:so172fn]]
Nr umowy najmu: [[REFERENCE:IBH/T/7720-3]]; nr skargi (etap 1): [[REFERENCE:IBH-C1-2291]]

Szanowni Państwo,

piszę w imieniu pana [[PERSON:Ryszarda]], za jego pisemną zgodą, z prośbą o rozpatrzenie skargi
na drugim etapie.

Pan [[PERSON:Dąbrowski]], urodzony [[DATE_OF_BIRTH:2 grudnia 1943]], ma [[AGE:80 lat]] i od
[[HEALTH:udaru]] w 2021 roku chodzi o kuli. Choruje także na [[HEALTH:cukrzycę typu 2]].

Od 4 października w jego mieszkaniu nie ma ciepłej wody, ponieważ grzałka w zbiorniku jest
uszkodzona. Państwa technik, pan [[PERSON:Colin]], dwukrotnie stwierdził, że potrzebna jest nowa
część, ale do dziś jej nie zamontowano. Pan [[PERSON:Dąbrowski]] myje się wodą grzaną w czajniku,
co przy jego stanie zdrowia jest niebezpieczne.

Odpowiedź z pierwszego etapu z 25 października zawierała przeprosiny, ale żadnego terminu.
Prosimy o:
1. montaż nowego podgrzewacza w ciągu 7 dni;
2. tymczasowy podgrzewacz wody do czasu naprawy;
3. rekompensatę za tygodnie bez ciepłej wody.

Jeżeli nie otrzymamy odpowiedzi w terminie przewidzianym w Complaint Handling Code, skierujemy
sprawę do Housing Ombudsman.

Osobą kontaktową jest córka pana [[PERSON:Dąbrowskiego]], pani [[PERSON:Agnieszka Wilk]]:
[[PHONE:+44 7700 900263]], [[EMAIL:agnieszka.wilk@example.net]].

Z poważaniem
[[PERSON:Ewa Sikorska]]
doradczyni, punkt porad dla Polonii, Southampton
"""),
    ),
    (
        "fv2k-ro-01",
        "ro",
        _s("""
Din viața parohiei: când casa te îmbolnăvește

Mulți dintre dumneavoastră o cunoașteți pe doamna [[PERSON:Speranța Moldovan]], care cântă în
strană în fiecare duminică la [[ADDRESS:biserica Sfântul Nicolae]]. Puțini știu însă prin ce a
trecut familia ei în iarna trecută.

Doamna [[PERSON:Moldovan]] locuiește cu soțul, [[PERSON:Costel]], și cu băiețelul lor,
[[PERSON:Ionuț]], în [[ADDRESS:apartamentul 15, Belmont Court]], [[POSTCODE:ha38qs]]. Încă din
noiembrie, pe peretele din camera [[PERSON:Ionuțului]] a apărut mucegai negru. Copilul, în vârstă
de [[AGE:6 ani]], a fost diagnosticat cu [[HEALTH:bronșită astmatiformă]], iar medicul de familie
de la [[ADDRESS:Kenton Bridge Medical Centre]] a scris că umezeala îi agravează boala.

[[ORGANISATION:Kenton Lea Housing]] a trimis de două ori un muncitor care a dat cu vopsea
anti-mucegai peste pete. După trei săptămâni, mucegaiul era din nou acolo. [[PERSON:Speranța]]
ne-a mărturisit că își pierduse orice speranță.

După Sfânta Liturghie, părintele [[PERSON:Vasile]] a rugat-o pe voluntara noastră,
[[PERSON:Lăcrămioara Dinu]], să o ajute. Împreună au scris o plângere formală, cu fotografii și
scrisoarea medicului (număr de referință [[REFERENCE:KLH-CF-30877]]). În răspunsul de la etapa a
doua, proprietarul a recunoscut că sub fereastră lipsea izolația. Peretele a fost tratat și
izolat, iar familia a primit 550 de lire despăgubire.

Dacă aveți o problemă asemănătoare, vorbiți cu [[PERSON:Lăcrămioara]] după slujbă sau sunați la
[[PHONE:020 7946 0419]]. Iar dacă treceți prin grădina bisericii primăvara, veți vedea că
lăcrămioarele au înflorit din nou.
"""),
    ),
    (
        "fv2k-ro-02",
        "ro",
        _s("""
Fișă de consiliere (rezumat în limba română pentru clientă)

Clientă: doamna [[PERSON:Elena Munteanu]], în vârstă de [[AGE:37 de ani]], născută la
[[DATE_OF_BIRTH:3 martie 1987]]
Adresă: [[ADDRESS:9 Dallow Road]], Luton, [[POSTCODE:LU1 1NX]]
Telefon: [[PHONE:07700 900 612]]; e-mail: [[EMAIL:elena.munteanu (at) example (dot) com]]
Proprietar: [[ORGANISATION:Chilterngate Homes]], număr contract de închiriere
[[REFERENCE:CGH-004417]]

Situația: Doamna [[PERSON:Munteanu]] locuiește cu fiica ei, [[PERSON:Bianca]], de
[[AGE:12 ani]]. Din august, toaleta curge sub podea, iar tavanul vecinului de dedesubt, domnul
[[PERSON:Patel]], s-a pătat. Când a sunat pentru reparație, operatoarea i-a cerut să trimită pe
WhatsApp, direct firmei [[ORGANISATION:QuickFix Plumbing]], o poză cu buletinul românesc
([[OTHER_ID:RX482915]]) și CNP-ul ei, [[OTHER_ID:2870303400127]], „pentru verificare”. Doamna
[[PERSON:Munteanu]] le-a trimis, iar documentele au ajuns pe telefonul personal al instalatorului.
Reparația tot nu s-a făcut.

Ce am făcut: am depus o plângere la etapa 1 (referință [[REFERENCE:CGH/CMP/24/611]]), cu două
capete de acuzare: reparația întârziată și cererea nejustificată de documente. Am cerut ca datele
să fie șterse de pe telefonul instalatorului.

Rezultat: răspuns în 9 zile lucrătoare. Proprietarul și-a cerut scuze, a confirmat în scris
ștergerea documentelor, a tratat incidentul ca încălcare a protecției datelor și a reparat
toaleta în 5 zile. Compensație: 325 de lire. Operatoarea a fost reinstruită, iar managerul
echipei, domnul [[PERSON:Stuart Penrose]], a sunat-o personal pe doamna
[[PERSON:Munteanu]].

Sfat pentru alți chiriași: pentru o reparație nu trebuie să dați niciodată CNP-ul, numărul de
pașaport sau actul de identitate.

Consilier: [[PERSON:Mihai Lupu]]
"""),
    ),
    (
        "fv2k-ro-03",
        "ro",
        _s("""
Salutare! Sunt [[PERSON:Ionel Bălan]], dar toată lumea îmi zice [[PERSON:Nelu]]. Scriu aici, în
grupul nostru, pentru că mulți m-ați întrebat cum am rezolvat cu ușa de la bloc.

Stau cu [[PERSON:Ramona]] și cu fetița noastră, [[PERSON:Daria]], de [[AGE:doi ani]], în
[[ADDRESS:apartamentul 22]] din [[ADDRESS:Sandringham House]], [[POSTCODE:E17 6RB]]. Ușa
principală a blocului n-a mai închis de prin ianuarie. Intra oricine. Ne-au dispărut scrisori din
cutiile poștale, printre ele cardul de bancă al [[PERSON:Ramonei]] și scrisoarea de la Home Office
cu [[OTHER_SPECIAL:statutul pre-settled]] al meu.

Am sunat la [[ORGANISATION:Forestside Housing]] de nu mai știu câte ori. Îngrijitorul clădirii,
[[PERSON:Terry]], zicea mereu că „a raportat mai departe”. [[PERSON:Ramonei]] îi era frică să mai
lase căruciorul la intrare. Până la urmă am făcut plângere oficială (numărul
[[REFERENCE:FH-C-77406]]).

Răspunsul la prima etapă: scuze și o promisiune. La a doua etapă am pus poze, lista cu scrisorile
furate și numărul raportului de la poliție, [[REFERENCE:01/224785/24]]. Au schimbat ușa și
interfonul în două săptămâni, au pus cameră pe hol și au dat câte 250 de lire fiecărui apartament
afectat.

Dacă vreți modelul de scrisoare, îmi scrieți pe Instagram la [[OTHER_ID:@nelu.renovari]] sau mă
sunați seara la [[PHONE:020 7946 0088]]. Nu vă lăsați!

[[PERSON:Nelu]]
"""),
    ),
    (
        "fv2k-ro-04",
        "ro",
        _s("""
Lecții învățate: „nu era nimeni acasă”. Studiu de caz al echipei de plângeri
[[ORGANISATION:Medway Riverside Homes]], tradus în limba română

Domnul [[PERSON:Vasile Ciobanu]] locuiește cu soția, [[PERSON:Georgeta]], și cu cei trei copii
la [[ADDRESS:31 Albany Road]], Chatham, [[POSTCODE:ME4 5QB]]. Ca mulți părinți, lucrează în ture
de noapte la un depozit. În octombrie a raportat că centrala termică nu mai pornea. Contractorul
nostru, [[ORGANISATION:Kentish Heat Services]], a venit de patru ori și de fiecare dată a notat
„no access”.

Mezinul familiei, [[PERSON:Darius]], în vârstă de [[AGE:patru ani]], are
[[HEALTH:fibroză chistică]] și are nevoie de o casă caldă. Domnul [[PERSON:Ciobanu]] a făcut o
plângere (referința [[REFERENCE:MRH-2023-2217]]). A atașat fotografii cu duba lui,
[[OTHER_ID:GK68 YTM]], parcată în fața casei la orele vizitelor, și înregistrări de la camera de
la ușă, pe care nu se vedea nimeni bătând.

La etapa 1 am răspuns, greșit, că „clientul nu a fost disponibil”. La etapa 2, managera noastră
de reparații, [[PERSON:Priya Shah]], a verificat GPS-ul dubelor contractorului: în două din cele
patru zile, tehnicianul nici nu ajunsese pe stradă.

Ce am făcut: ne-am cerut scuze, am înlocuit centrala în 48 de ore, am plătit 700 de lire și am
recuperat costul de la contractor.

Ce am schimbat: „no access” nu mai este acceptat fără o fotografie a ușii și ora vizitei; oferim
programări seara și sâmbăta; sunăm chiriașul cu 30 de minute înainte.

Mulțumim familiei [[PERSON:Ciobanu]] că ne-a lăsat să povestim. Comentarii:
[[EMAIL:lectii.invatate@medwayriverside.example]]
"""),
    ),
    (
        "fv2k-ro-05",
        "ro",
        _s("""
Buletinul „Românii din Slough”, rubrica „Am reușit!”

Luna aceasta vă povestim despre [[PERSON:Andreea Popescu]], pe care mulți o știți drept
[[PERSON:Deea]] de la cursurile de engleză de joi. [[PERSON:Deea]] locuiește la etajul patru, în
[[ADDRESS:apartamentul 7]] din [[ADDRESS:Wexham Court]], cu băiețelul ei, [[PERSON:Ștefan]], de
[[AGE:18 luni]], care merge la [[ADDRESS:Little Acorns Nursery]].

În primăvară a observat că balustrada balconului se mișca: două bare erau complet ruginite la
bază, iar [[PERSON:Ștefănel]] tocmai învăța să meargă. [[PERSON:Deea]] a raportat problema la
[[ORGANISATION:Upton Lea Homes]] pe 3 aprilie și a primit numărul de lucrare
[[REFERENCE:ULH 55 0917]]. Lucrarea a fost marcată „non-urgent”.

După trei săptămâni fără niciun semn, [[PERSON:Deea]] a scris o plângere cu ajutorul profesoarei
de engleză, [[PERSON:Claire]]. A subliniat că în apartament locuiește un copil mic și că există
risc de cădere de la etaj. Răspunsul la etapa 1 a venit în 10 zile: au trimis un inspector,
[[PERSON:Adrian Wood]], care a închis accesul la balcon pe loc, iar firma
[[ORGANISATION:Berkshire Metalworks]] a montat o balustradă nouă în două săptămâni.
[[PERSON:Deea]] a primit și 200 de lire.

„Nu credeam că o să mă asculte, pentru că engleza mea nu e perfectă”, ne-a spus
[[PERSON:Deea]]. „Dar au ascultat.”

[[PERSON:Deea]] se oferă să ajute alte mame: îi puteți scrie la
[[EMAIL:deea punct popescu arond example punct net]]. Dacă vreți să apăreți în buletin, sunați-mă
la [[PHONE:07700 900 734]].

[[PERSON:Cristina Ene]], redactor
"""),
    ),
    (
        "fv2k-ur-01",
        "ur",
        _s("""
فلاحی کمیٹی کی ماہانہ رپورٹ سے: [[PERSON:بشیر]] صاحب کی چھت

[[PERSON:بشیر احمد]] صاحب ([[PERSON:Bashir Ahmed]]) [[AGE:۷۲ سال]] کے ہیں اور پچھلے تیس برس
سے [[ADDRESS:15 Carlisle Terrace]]، [[POSTCODE:bd87hx]] میں رہتے ہیں۔ ہر جمعہ کو
[[ADDRESS:جامع مسجد غوثیہ]] آتے ہیں، اور وہیں نماز کے بعد انہوں نے ہمیں اپنی پریشانی بتائی۔

پچھلی سردیوں میں ان کے گھر کی چھت سے پانی ٹپکنے لگا۔ اوپر والے کمرے کی دیوار پر، جہاں ان کی
اہلیہ [[PERSON:نسیم]] بی بی سوتی ہیں، سیاہ پھپھوندی پھیل گئی۔ [[PERSON:نسیم]] بی بی کو
[[HEALTH:دمہ]] ہے اور رات کو ان کی کھانسی نہیں رکتی تھی۔

[[PERSON:بشیر]] صاحب نے [[ORGANISATION:Manningham Vale Homes]] کو کئی بار فون کیا۔ ہر بار یہی
جواب ملا کہ "ٹھیکیدار کی لسٹ میں نام ہے"۔ ان کی پوتی [[PERSON:خوشی]]، جو [[AGE:سترہ سال]] کی
ہے اور کالج میں پڑھتی ہے، نے انگریزی میں باقاعدہ شکایت لکھی، جس کا نمبر
[[REFERENCE:MVH/C/24/1093]] ملا۔

پہلے مرحلے کے جواب میں صرف معذرت تھی۔ دوسرے مرحلے میں [[PERSON:خوشی]] نے Awaab's Law کا حوالہ
دیا اور ڈاکٹر کا خط ساتھ لگایا۔ اس بار سرویئر [[PERSON:Andrew Pickles]] آئے اور چھت پر چڑھ کر
دیکھا کہ کئی سلیٹیں ٹوٹی ہوئی ہیں۔ دو ہفتوں میں چھت ٹھیک ہو گئی، کمرے کی پھپھوندی کا علاج ہوا
اور ۵۰۰ پاؤنڈ ہرجانہ ملا۔

[[PERSON:بشیر]] صاحب کہتے ہیں کہ اس گھر میں پھر سے خوشی لوٹ آئی ہے، اور ساتھ ہی ہنس کر کہتے ہیں
کہ [[PERSON:خوشی]] تو ویسے بھی ہر اتوار آتی ہے۔

اگر آپ کو بھی مدد چاہیے تو جمعہ کے بعد کمیٹی کے دفتر آئیں یا [[PHONE:۰۱۱۳ ۴۹۶ ۰۸۲۲]] پر رابطہ
کریں۔

رضاکار: [[PERSON:محمد عرفان]]
"""),
    ),
    (
        "fv2k-ur-02",
        "ur",
        _s("""
کونسلر [[PERSON:شاہدہ اختر]] کا دفتر: کیس کا خلاصہ (اردو ترجمہ، رہائشی کی درخواست پر)

رہائشی: محترمہ [[PERSON:رضیہ سلطانہ]]
تاریخِ پیدائش: [[DATE_OF_BIRTH:چودہ اگست انیس سو اسی]]
پتہ: [[ADDRESS:فلیٹ نمبر ۱۸، Ravenscroft House]]، Oldham [[POSTCODE:OL1 3RE]]
نیشنل انشورنس نمبر: [[NI_NUMBER:TC 90 41 62 B]]
ای میل: [[EMAIL:razia.sultana80@example.com]]

مسئلہ: محترمہ [[PERSON:رضیہ]] اپنے دو بچوں کے ساتھ رہتی ہیں۔ پچھلے ایک سال سے عمارت کی سیڑھیوں
پر رات کو کچھ لوگ منشیات بیچتے ہیں۔ ان کے بیٹے [[PERSON:دانیال]]، عمر [[AGE:دس سال]]، کو ایک
بار [[ADDRESS:Werneth Primary]] سے واپسی پر دھمکایا گیا۔ محترمہ [[PERSON:رضیہ]] کو
[[HEALTH:ڈپریشن]] ہے اور اس صورتحال کے بعد ان کی طبیعت مزید بگڑ گئی۔

[[ORGANISATION:Pennine Weavers Homes]] میں اینٹی سوشل بیہیویئر کیس [[REFERENCE:ASB/0788/23]]
کھلا، لیکن چھ مہینے میں صرف دو خط آئے۔

کیا کیا گیا:
۱۔ ہم نے بتایا کہ اب Housing Ombudsman تک جانے کے لیے کونسلر کی ضرورت نہیں، مگر مدد کے لیے
ہم حاضر ہیں۔
۲۔ پہلے مرحلے کی شکایت درج کروائی، حوالہ [[REFERENCE:PWH-S1-4471]]۔
۳۔ کونسلر [[PERSON:اختر]] نے ہاؤسنگ منیجر [[PERSON:Gary Holt]] سے ملاقات کی اور محلے کے
پولیس افسر کو بھی شامل کیا۔

نتیجہ: سیڑھیوں پر CCTV لگ گیا، داخلے کا دروازہ بدلا گیا، اور خاندان کو ترجیحی بنیاد پر دوسرے
گھر کی پیشکش ہوئی۔ لینڈلارڈ نے مانا کہ کیس میں کوئی ایکشن پلان نہیں بنایا گیا تھا، اور ۴۰۰ پاؤنڈ
ادا کیے۔

رابطہ: کیس ورکر [[PERSON:عمران بٹ]]، [[PHONE:0161 496 0537]]
"""),
    ),
    (
        "fv2k-ur-03",
        "ur",
        _s("""
السلام علیکم بہنو اور بھائیو،

میں [[PERSON:ثمینہ کاشف]] ہوں، High Wycombe سے۔ کئی بہنوں نے پوچھا تھا کہ ہمارا گیس والا
مسئلہ کیسے حل ہوا، تو سوچا یہاں لکھ دوں۔

ہم [[ADDRESS:9 Mayfield Road]] میں رہتے ہیں، جو [[ORGANISATION:Wycombe Dales Housing]] کا گھر
ہے۔ پچھلے رمضان سے دو ہفتے پہلے گیس کا سالانہ معائنہ ہوا۔ انجینئر [[PERSON:Dean]] نے کہا کہ
کُکر سے گیس لیک ہو رہی ہے، گیس بند کی اور چلے گئے۔ پورے چھ ہفتے ہمارے گھر میں کھانا پکانے کا
کوئی انتظام نہیں تھا۔

میرے بیٹے [[PERSON:ایان]] کی عمر [[AGE:گیارہ سال]] ہے اور اسے [[HEALTH:ٹائپ ون ذیابیطس]] ہے۔
اسے وقت پر کھانا چاہیے۔ ہم سحری اور افطاری کے لیے پڑوسن [[PERSON:شگفتہ]] باجی کے گھر جاتے تھے۔

میرے شوہر [[PERSON:کاشف]] نے فون پر کئی بار بات کی۔ ہر بار جواب ملتا "نیا کُکر آرڈر ہو گیا
ہے"۔ آخر کار میں نے شکایت لکھی اور ڈاکٹر کا خط لگایا جس میں [[PERSON:ایان]] کا NHS نمبر
[[OTHER_ID:999 731 2046]] درج تھا۔ شکایت کا نمبر [[REFERENCE:WDH-7719-C]] ملا۔

پہلے مرحلے کے جواب میں انہوں نے مانا کہ [[HEALTH:ذیابیطس]] والے بچے کے گھر میں اتنی دیر گیس بند
رکھنا غلط تھا۔ اگلے ہی دن نیا کُکر لگ گیا، اس سے پہلے عارضی طور پر بجلی کا چولہا بھی دیا گیا،
اور ۳۵۰ پاؤنڈ ملے۔

کسی کو شکایت کا خط لکھنے میں مدد چاہیے تو مجھے [[EMAIL:sameena.kashif ایٹ example ڈاٹ org]] پر
لکھیں یا Instagram پر [[OTHER_ID:@sameena.ki.kitchen]] پر میسج کریں۔

آپ کی بہن، [[PERSON:ثمینہ]]
"""),
    ),
    (
        "fv2k-ur-04",
        "ur",
        _s("""
کیس نوٹس: خواتین کے مرکز کی ہاؤسنگ ایڈووکیٹ (اردو خلاصہ)

کلائنٹ: [[PERSON:پروین اختر]] ([[PERSON:Parveen Akhtar]])، تاریخ پیدائش
[[DATE_OF_BIRTH:۳ مارچ ۱۹۹۴]]
امیگریشن: [[OTHER_SPECIAL:اسپاؤز ویزا]]، BRP نمبر [[OTHER_ID:ZR9016342]]
پتہ: [[ADDRESS:فلیٹ ۴، Alma Court]]، Birmingham
کرایہ داری حوالہ: [[REFERENCE:WH-JT-60127]]

پس منظر: [[PERSON:پروین]] بی بی اور ان کے سابق شوہر کا مشترکہ کرایہ نامہ تھا۔ گھریلو تشدد کے بعد
وہ اپنی بیٹی [[PERSON:عنایہ]]، عمر [[AGE:ڈیڑھ سال]]، کے ساتھ اسی فلیٹ میں رہ رہی ہیں۔ عدالت کا
حکم موجود ہے کہ سابق شوہر گھر کے قریب نہیں آ سکتا۔ انہیں [[HEALTH:پی ٹی ایس ڈی]] کی تشخیص ہوئی
ہے۔

مسئلہ: [[ORGANISATION:Washwood Homes]] سے دروازے کا تالا بدلنے کی درخواست تین ہفتے تک پڑی رہی۔
کال سینٹر نے کہا کہ "دونوں کرایہ داروں کی اجازت" چاہیے۔ پھر ایک خط غلطی سے سابق شوہر کے نئے پتے پر
بھیج دیا گیا، جس میں [[PERSON:پروین]] بی بی کا نیا موبائل نمبر [[PHONE:07700 900 281]] درج تھا۔

اقدامات: ترجمان [[PERSON:Nadia]] کے ساتھ مل کر ہم نے فوری شکایت درج کی (حوالہ
[[REFERENCE:WH/COMP/2024/338]])، جس میں ڈیٹا کی خلاف ورزی کو الگ نکتہ بنایا۔

نتیجہ: ۲۴ گھنٹے میں تالا بدلا گیا اور دروازے پر کیمرا لگا۔ لینڈلارڈ نے ڈیٹا کی غلطی تسلیم کر کے
ICO کو رپورٹ کیا، نیا نمبر لینے کا خرچ اور ۶۰۰ پاؤنڈ دیے، اور sole tenancy کی درخواست پر کارروائی
شروع کی۔ ان کی ہاؤسنگ افسر [[PERSON:Jenny Cartwright]] اب براہِ راست ہم سے رابطے میں ہیں، اور
ہمارا دفتر [[PHONE:0121 496 0905]] پر دستیاب ہے۔

نوٹ لکھنے والی: [[PERSON:فرزانہ]]، ہاؤسنگ ایڈووکیٹ
"""),
    ),
    (
        "fv2k-ur-05",
        "ur",
        _s("""
ہماری بستی: لانگسائٹ اردو نیوز لیٹر، شمارہ ۳۲

بزرگوں کا کونا: حاجی صاحب کی سردیاں

حاجی [[PERSON:محمد یونس]] [[AGE:پچاسی برس]] کے ہیں اور بزرگوں کی رہائشی اسکیم
[[ADDRESS:Birch Court]] ([[POSTCODE:M13 0RT]]) کے [[ADDRESS:فلیٹ ۲۳]] میں رہتے ہیں۔ وہ
[[OTHER_SPECIAL:کشمیری]] ہیں اور ۱۹۶۴ میں میرپور سے آئے تھے۔

پچھلی سردیوں میں اسکیم کا مرکزی ہیٹنگ سسٹم بار بار بند ہوتا رہا۔ اسکیم منیجر مسز
[[PERSON:لورنا ہیگ]] ہر بار [[ORGANISATION:Ardwick Vale Homes]] کو رپورٹ کرتیں، مگر ٹھیکیدار
[[ORGANISATION:Northern Boiler Co]] کا انجینئر آ کر عارضی مرمت کر جاتا۔ حاجی صاحب کو
[[HEALTH:پارکنسن]] ہے اور سردی میں ان کے ہاتھ اور زیادہ کانپتے ہیں۔

ان کی نواسی [[PERSON:نور]] یونیورسٹی میں قانون پڑھتی ہیں۔ [[PERSON:نور]] نے پوری اسکیم کے
رہائشیوں کی طرف سے اجتماعی شکایت لکھی (حوالہ [[REFERENCE:AVH-CC-00917]])۔ دوسرے مرحلے کے بعد
بھی جب بات نہ بنی تو وہ Housing Ombudsman کے پاس گئیں۔ اب اس کے لیے کسی ایم پی یا کونسلر کے
ذریعے جانے کی ضرورت نہیں رہی۔ اومبڈزمین کا کیس نمبر [[REFERENCE:202318850]] ہے۔

فیصلہ: لینڈلارڈ کی سنگین بدانتظامی۔ پورا بوائلر سسٹم بدل دیا گیا، ہر رہائشی کو ۴۰۰ پاؤنڈ ملے اور
بزرگوں کے لیے ہیٹنگ کی خرابی کو ایمرجنسی قرار دیا گیا۔

حاجی صاحب مسکرا کر کہتے ہیں: "میری آنکھوں کا نور تو یہی بچی ہے۔"

آپ اپنی کہانی ہمیں بھیجیں: [[EMAIL:hamaribasti@longsight.example]] یا فون
[[PHONE:0161 4960 441]]۔

مدیر: [[PERSON:طاہرہ نسیم]]
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
