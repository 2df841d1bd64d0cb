"""Fresh version-2 PII test stories, batch at.

Told by Gypsy, Roma and Traveller families on council sites and by people who live on boats on
residential moorings, plus a few site managers and liaison officers writing up what their council or
housing association got wrong. The voice is direct, proud and wary of officials; people explain their
big extended families (shared names, nicknames such as 'Big Tom', 'Young Johnny', 'Duży Józek',
'ਵੱਡਾ ਜੀਤਾ', 'بڑا اکرم'), and locate themselves by pitch, plot and berth numbers, site, basin and
mooring names, boat names, the children's schools, the chapel, church, mosque or gurdwara and the GP
surgery. The stories carry vehicle registrations (British and Romanian), boat index numbers, handles
and profile addresses, passport, residence-permit, identity-card and NHS numbers, sort codes and
account numbers, phones written in figures, native digits and words, spelt-out emails (Polish 'małpa',
Romanian 'punct'), dates of birth in figures and words, and ages in each language's way. The non-English
stories are told by Roma and Romanian, Polish and Polish Roma, Arab (Iraqi, Syrian Dom, Moroccan,
Egyptian, Sudanese), Bangladeshi (one Bede), Punjabi (one Sikligar) and Pakistani families on sites,
in park homes, in temporary caravans and on boats.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 7 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 2.9% of 35, recall 90.1%, precision
79.8%, on the committed detector d1c21d0 (after round 42); leak-free by language ar 0, bn 1, en 0, pa 0, pl 0, ro 0, ur 0 of 5.
On the detector as it landed before rounds 34 to 42 (87cfc38): 2.9% (the same).
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2at-en-01",
        "en",
        _s("""
My name is [[PERSON:Caroline Loveridge]], though nobody on the site has called me anything but
[[PERSON:Caddie]] since I was a babby. We're [[OTHER_SPECIAL:Romany Gypsies]], and we've had
[[ADDRESS:pitch 9]] on [[ADDRESS:Hawthorn Lane Caravan Site]], [[POSTCODE:wr9 4tq]], for eleven years. The
site belongs to [[ORGANISATION:Hallowmere District Council]].

Every pitch has its own amenity block with the toilet, the shower and a sink. Ours started letting water in
over the fuse box in the winter of 2022. Every time it rained the electric tripped, and my youngest,
[[PERSON:Silvester]], who is [[AGE:8]] and has [[HEALTH:asthma]], slept in a cold trailer because we
couldn't run the heater. I told the warden, Mr [[PERSON:Keith Dobbs]], a dozen times if I told him once.
[[PERSON:Keith]] always said it was on the list. The only thing I ever saw him write down was the reg of my
husband [[PERSON:Levi]]'s van, [[OTHER_ID:KX19 WBD]], because he reckoned it was over the line of the pitch.

In the end the lady from the Traveller Education Service who sees [[PERSON:Silvester]] at
[[ADDRESS:Ashbury Lane Primary]] helped me put it down as a proper complaint. It got the number
[[REFERENCE:HDC/CMP/20417]]. Stage one said the block was 'serviceable'. I asked for stage two, gave my
number, [[PHONE:07700 900418]], and said I wanted someone to come and look, not write me letters.

A manager called [[PERSON:Priya Nandra]] came out with an electrician from
[[ORGANISATION:Sparkes & Daughter Electrical]]. She stood in that block while it rained on her and said,
straight out, it's not right. They put a new roof on, moved the fuse box up the wall and paid us £400 for
the months without heat. [[ORGANISATION:Hallowmere District Council]] now checks every block on the site
each autumn, not only when somebody shouts. I won't say I trust them yet. But it's dry, and
[[PERSON:Silvester]] sleeps warm.
"""),
    ),
    (
        "fv2at-en-02",
        "en",
        _s("""
I live aboard [[ADDRESS:Kittiwake]], a 57-foot narrowboat, on [[ADDRESS:berth 14]] at
[[ADDRESS:Millbrook Basin]], with my partner [[PERSON:Joss]] and our daughter [[PERSON:Wren]], who's
[[AGE:13]]. The basin is leased from [[ORGANISATION:Wendle Waterways Trust]] and run as residential
moorings by [[ORGANISATION:Calder Vale Homes]], which is the only reason we had a landlord to complain to
at all. Most boaters don't.

[[PERSON:Wren]] has [[HEALTH:type 1 diabetes]]. Her insulin lives in our fridge and the fridge lives on
shore power. Last March every power bollard on the pontoon died. We ran the engine to keep the batteries
up, which the mooring rules forbid after 8pm, and a warning letter arrived with our index number,
[[OTHER_ID:521847]], printed at the top as if we were a badly parked car.

I rang the moorings officer, [[PERSON:Gavin Pryce]], on [[PHONE:0113 496 0752]] and emailed him from
[[EMAIL:tamsin dot reed at example dot net]] for three weeks. [[PERSON:Old Ray]] on [[ADDRESS:berth 15]],
who's been on the basin since before it had bollards, told me to stop being polite. So I put in a formal
complaint, reference [[REFERENCE:CVH-44190]], and said I'd go to the Housing Ombudsman when stage one just
repeated the word 'supplier'.

What changed it was [[PERSON:Gavin]]'s manager, [[PERSON:Helen Odukoya]], coming down herself. She found
the feed cable had been cut through by the contractor dredging the basin.
[[ORGANISATION:Tidewater Marine Electrics]] replaced it in four days. The warning letter was withdrawn, we
were refunded a month's mooring fee, and [[ORGANISATION:Calder Vale Homes]] now keeps a list of boats with
medical needs so that a power cut gets treated as urgent. [[PERSON:Wren]] wrote them her own thank-you,
which I thought was more than they deserved.

[[PERSON:Tamsin Reed]], [[ADDRESS:Kittiwake]], [[ADDRESS:Millbrook Basin]]
"""),
    ),
    (
        "fv2at-en-03",
        "en",
        _s("""
I'm [[PERSON:Bridget Ward]] and I'm writing this for my grandfather, [[PERSON:Big Tom Ward]], because he
can't read and wouldn't write to the council if he could. We're [[OTHER_SPECIAL:Irish Travellers]] and
there have been [[PERSON:Wards]] on the [[ADDRESS:Cinder Lane]] site since 1989.

[[PERSON:Big Tom]] is on [[ADDRESS:plot 3]], my mammy and daddy are on [[ADDRESS:plot 4]], and my brother
[[PERSON:Young Johnny]] and his wife [[PERSON:Kathleen]] have [[ADDRESS:plot 5]]. My daddy is
[[PERSON:Johnny]] too, and so is my cousin, [[PERSON:Johnny Mac]], so on our site you say which one or
you get the wrong man.

The drain at the bottom of the site has backed up every wet winter for years. In January it came up
through the yard on [[ADDRESS:plot 3]], right to the steps of [[PERSON:Big Tom]]'s trailer. He has
[[HEALTH:COPD]] and is on oxygen, and he was stuck inside with the smell for eight days. The liaison
officer, [[PERSON:Sharon Clegg]], told my daddy it was 'what ye's are putting down the drains'.

We made a formal complaint to [[ORGANISATION:Northmoor City Council]], number
[[REFERENCE:NMC/2024/0881]]. Stage one said the same as [[PERSON:Sharon]]. At stage two they finally sent
[[ORGANISATION:Flowright Drainage]] to put a camera down. Tree roots and a collapsed pipe, older than any
of us. Nothing to do with us.

They relaid the whole run in March. The council wrote to [[PERSON:Big Tom]] to say sorry for what was
said, paid £750, and now the drains are surveyed every autumn. Father [[PERSON:Declan]] from
[[ADDRESS:St Brigid's]] came up and blessed the new manhole, half joking. My little brother
[[PERSON:Patrick]], who's [[AGE:6]], missed a week of [[ADDRESS:St Colman's Primary]] because of the mess;
the Traveller Education Service got his work sent home, fair play to them.

If anyone on another site wants to know how we did it, ring me on
[[PHONE:oh seven seven double oh, nine double oh, two six one]].
"""),
    ),
    (
        "fv2at-en-04",
        "en",
        _s("""
I'm the sites manager at [[ORGANISATION:Stourmead Borough Council]] and I'm writing this one up because we
got it badly wrong. Mrs [[PERSON:Nellie Lee]] has agreed we can use her name; she said she'd rather people
knew.

Mrs [[PERSON:Lee]] has lived on [[ADDRESS:pitch 2]] at [[ADDRESS:Fennel Bottom]], [[POSTCODE:DY13 9QL]],
since the site opened in 1986. When her husband [[PERSON:Henry]] died in the autumn of 2023, the pitch
licence was in his name alone. Our system marked the pitch 'vacant pending' and a standard notice went out
giving her 28 days to leave. Nobody rang her first. Her date of birth, [[DATE_OF_BIRTH:9 February 1951]],
was on our own file, so we knew exactly who we were writing to: a [[AGE:72-year-old]] widow, three weeks
after the funeral.

Her grandson [[PERSON:Jesse]] filmed himself reading the letter out and posted it as
[[OTHER_ID:@jesselee_roadlife]]. By the next morning my director had forty emails, and [[PERSON:Jesse]]
had lodged a formal complaint, [[REFERENCE:SBC/C/11862]].

The cause was simple. Our succession rules for council houses were updated in 2012; the rules for our two
caravan sites never were. A council tenant's widow would have succeeded automatically. Mrs
[[PERSON:Lee]] was treated as a stranger on a pitch her family had held for nearly forty years.

The liaison officer, [[PERSON:Dean Akers]], and I went to see her and apologised in person;
[[PERSON:Jesse]] stayed for the whole visit, arms folded. We withdrew the notice in writing the same day,
put the licence into her name and paid £500 for the distress. Cabinet has since agreed one succession
policy for every home the council rents, whether it has foundations or wheels, and couples on our sites
are now offered joint licences.

Mrs [[PERSON:Lee]] told us she'd believe it when she saw it. The new licence is framed on the wall of her
trailer now. She says the [[PERSON:Lees]] were in Stourmead before the council was.
"""),
    ),
    (
        "fv2at-en-05",
        "en",
        _s("""
Name's [[PERSON:Amos Boswell]]. My dad was [[PERSON:Amos]] too, so round here I'm still
[[PERSON:Young Amos]] at [[AGE:41]]. We're [[OTHER_SPECIAL:Romanichal]] and proud of it. Me, my wife
[[PERSON:Roseanne]] and our three live on [[ADDRESS:plot 11]] at [[ADDRESS:Greensward Park]], the council
site behind the [[ADDRESS:Drovers Arms]], [[POSTCODE:ln42zs]].

The track up to the site is council land. For six years it's been more hole than road. Last February I had
a seizure — I've got [[HEALTH:epilepsy]] — and the ambulance couldn't get past the second bend. Two
paramedics and [[PERSON:Roseanne]]'s brother [[PERSON:Nelson]] carried me down to it on a blanket.

When I complained, a man from highways told me it was a private road and not their problem. I had the
council's own site plan from when we signed the licence, and it showed the track was theirs. I put that in
the complaint along with my date of birth, [[DATE_OF_BIRTH:14/06/1984]], and my NHS number,
[[OTHER_ID:485 777 3462]], so they could get the ambulance report and stop telling me it never happened.
Reference [[REFERENCE:LBC-CF-30955]].

[[ORGANISATION:Lindholme Borough Council]] took two stages to admit it. The stage two letter came from a
Ms [[PERSON:Farah Quereshi]], who rang me herself on [[PHONE:+44 (0)161 496 0893]] and said sorry without
any 'however' after it. [[ORGANISATION:Carrick Surfacing Ltd]] resurfaced the whole track in May and put
in passing places wide enough for an ambulance. The £350 they paid went into my account, sort code
[[OTHER_ID:40-18-62]], account ending [[OTHER_ID:0412]], the same week.

The site now has a twice-yearly road check written into the council's repair plan. Pastor
[[PERSON:Eli Smith]] gave thanks for it at [[ADDRESS:Open Road Tabernacle]] on the Sunday, and I'll admit
I stood up for that one. Anyone who wants copies of the letters can email me at
[[EMAIL:amos.boswell@roadmail.example]].
"""),
    ),
    (
        "fv2at-ar-01",
        "ar",
        _s("""
اسمي [[PERSON:حيدر الساعدي]]، [[OTHER_SPECIAL:عراقي]] من البصرة، وأعيش منذ ست سنوات على قارب ضيّق اسمه
[[ADDRESS:Heron's Rest]]، راسٍ في [[ADDRESS:المرسى رقم ٧]] ضمن [[ADDRESS:مراسي سولتبريدج]]. المراسي
يملكها [[ORGANISATION:مجلس مدينة آشكوم]]، وأدفع لهم إيجاراً كل شهر مثل أي مستأجر في شقة.

في الشتاء الماضي تعطّلت مضخة الصرف عند الرصيف، وبعدها بأسبوع انكسر صنبور الماء الوحيد. صرت أملأ
الجالونات من محطة البنزين، وأقود القارب ساعتين إلى حوض آخر لأفرّغ الخزان. ابني [[PERSON:مصطفى]]، وعمره
[[AGE:٩ سنوات]]، يعاني من [[HEALTH:الربو]]، ومع الرطوبة والبرد غاب عن
[[ADDRESS:مدرسة سانت ماري الابتدائية]] أسبوعين كاملين.

اتصلت بمسؤول المراسي، السيد [[PERSON:غاري ويلكس]]، على الرقم [[PHONE:٠٧٧٠٠ ٩٠٠٥٣٤]] أكثر من عشرين مرة،
وكان جوابه دائماً: «قريباً». جاري في [[ADDRESS:المرسى رقم ٨]]، [[PERSON:بيل]]، يعيش على الماء منذ أربعين
سنة، قال لي: «يا [[PERSON:حيدر]]، الكلام لا يفيد معهم، اكتب». فكتبت شكوى رسمية، ورقمها
[[REFERENCE:ACC-MR-7720]].

جاء الرد الأول بعد خمسة أسابيع يقول إن قطع الغيار غير متوفرة. طلبت المرحلة الثانية، وكتبت أنني لا أريد
رسالة أخرى بل أريد أحداً يأتي ويرى بعينه. فجاءت مديرة اسمها [[PERSON:جوليا هارتلي]] مع فنيّين من شركة
[[ORGANISATION:Aquaflow Pumps]]، ووقفت على الرصيف تحت المطر، واعترفت أن المجلس لم يكن عنده عقد صيانة
للمضخة أصلاً.

خلال شهر رُكّبت مضخة جديدة وصنبور ثانٍ، وأعادوا لي إيجار شهرين، وصار للمراسي رقم طوارئ يرد في الليل.
والآن يفحصون المضخة كل ثلاثة أشهر، لا حين يصرخ أحد.

لا أقول إنهم صاروا ملائكة، لكن [[PERSON:مصطفى]] رجع إلى المدرسة والماء يصل إلى القارب. من أراد من سكان
القوارب أن يسألني، فبريدي [[EMAIL:haider.saadi@example.com]].
"""),
    ),
    (
        "fv2at-ar-02",
        "ar",
        _s("""
أنا [[PERSON:خالد العلي]]، وزوجتي [[PERSON:سميرة]]. نحن من [[OTHER_SPECIAL:الدوم]]، وفي سوريا كانوا
ينادوننا «[[OTHER_SPECIAL:نَوَر]]»، وهي كلمة لا نحبها. جئنا إلى بريطانيا [[OTHER_SPECIAL:لاجئين]] سنة
٢٠١٩. عشنا حياتنا كلها نتنقّل، فلما عرض علينا [[ORGANISATION:مجلس مقاطعة ثورنفيلد]] قطعة في موقع
للكرفانات قبلناها في اليوم نفسه: [[ADDRESS:القطعة رقم ١٢]] في [[ADDRESS:بلاكثورن بارك]]، والرمز البريدي
[[POSTCODE:TN27 8QE]].

في كل قطعة غرفة صغيرة من الطوب فيها مطبخ وحمّام. في غرفتنا كان السقف يقطر، والعفن الأسود طلع على الجدران،
والسخّان لم يشتغل من أول يوم. ابنتنا [[PERSON:لين]] عمرها [[AGE:عشرة أشهر]]، وصارت تسعل كل ليلة،
وطبيبة [[ADDRESS:عيادة هاي ستريت]] كتبت ورقة تقول إن العفن يؤذي صدرها.

كلّمت مشرف الموقع، [[PERSON:مارتن]]، بإنجليزيتي الضعيفة، وكان يهزّ رأسه ويمشي. جارتنا
[[PERSON:ماري دوناهو]]، وهي من [[OTHER_SPECIAL:الترافيلرز الإيرلنديين]]، قالت لي: «يا
[[PERSON:خالد]]، هؤلاء لا يسمعون إلا الورق». وجلست معي ليلة كاملة حتى كتبنا شكوى رسمية، رقمها
[[REFERENCE:TDC/GT/0419]]. طلبوا في الاستمارة رقم بطاقة الإقامة، فكتبته، [[OTHER_ID:RT8371046]]، وما
زلت لا أفهم ما علاقته بسقف يقطر.

بعد المرحلة الثانية جاء موظف الارتباط [[PERSON:كيران أوبراين]] ومعه مترجمة. نظر إلى الجدار وسكت طويلاً،
ثم قال إن الغرفة كانت مسجّلة عندهم «جاهزة» دون أن يفحصها أحد. شركة [[ORGANISATION:Weald Roofing]]
غيّرت السقف، وعالجوا العفن، وركّبوا سخّاناً جديداً، ودفعوا لنا ٦٠٠ جنيه. والآن لا تُسلَّم أي قطعة لعائلة
جديدة قبل فحص الغرفة، وصار عندهم خط هاتف بمترجم: [[PHONE:01632 960217]].

نحن ناس نتنقّل، هذا صحيح، لكن [[PERSON:لين]] تحتاج سقفاً لا يقطر.
"""),
    ),
    (
        "fv2at-ar-03",
        "ar",
        _s("""
أنا [[PERSON:نادية بنعلي]]، [[OTHER_SPECIAL:مغربية]] من طنجة، ومتزوجة من [[PERSON:باتريك ماكدونا]] منذ
اثنتي عشرة سنة. زوجي من [[OTHER_SPECIAL:الترافيلرز الإيرلنديين]]، وصرت واحدة منهم، والحمد لله. نعيش
في [[ADDRESS:القطعة رقم ٤]] في موقع [[ADDRESS:ويلو ميد]] الذي يديره [[ORGANISATION:مجلس بلدية هارتسوود]]،
وحولنا عائلة زوجي كلها.

وهنا تبدأ المشكلة. حماي يسمّونه [[PERSON:بيغ ميك]]، وأخو زوجي اسمه [[PERSON:ميك]] أيضاً لكنهم ينادونه
[[PERSON:ميك الصغير]]، وابن عمهم [[PERSON:ميكي]]. ثلاثة رجال اسمهم [[PERSON:مايكل ماكدونا]] في عشر قطع،
فتخيّلوا رسائل المجلس.

الكهرباء في الموقع بالبطاقة المدفوعة مسبقاً، والمجلس يسجّل الحسابات بالاسم. سنة كاملة كان رصيد
[[PERSON:بيغ ميك]] يذهب إلى عدّاد غيره. في نوفمبر انقطعت الكهرباء عن كرفاننا ليلاً، وابني
[[PERSON:آدم]] عمره [[AGE:سنة ونصف]]، والجو تحت الصفر.

المشرفة [[PERSON:ديبي]] كانت تعرف كل واحد من سيارته: [[PERSON:بيغ ميك]] صاحب الفان الأبيض
[[OTHER_ID:MX68 KDE]]، و[[PERSON:ميكي]] صاحب الشاحنة الحمراء. لكن لما شكونا قالت: «رتّبوها بينكم».

فكتبت أنا الشكوى، لأن زوجي لا يحب الورق ولا المكاتب. رقمها [[REFERENCE:HBC-EL-5583]]. في المرحلة الأولى
قالوا إن الخطأ من العائلة لأننا «نستعمل الأسماء نفسها». في المرحلة الثانية طلبت أن يراجعوا كل الحسابات
في الموقع.

راجعوها، ووجدوا أكثر من ١١٠٠ جنيه من الشحن في حسابات خاطئة، عند ست عائلات لا عائلتنا فقط. أعادوا المال
لكل واحد، واعتذروا كتابياً، وصارت الحسابات الآن برقم القطعة ورقم البطاقة لا بالاسم. وجاءت
[[PERSON:ديبي]] بنفسها تعتذر لحماي، فضحك وقال لها إن أمه هي التي اختارت الاسم لا هو.

ابنتي [[PERSON:مريم]] في [[ADDRESS:مدرسة أوكلي الابتدائية]] كتبت عن القصة في واجبها. من أراد أن يعرف
كيف فعلنا، رقمي [[PHONE:٠٧٧٠٠٩٠٠٣١٨]].
"""),
    ),
    (
        "fv2at-ar-04",
        "ar",
        _s("""
اسمي [[PERSON:كريم فهمي]]، [[OTHER_SPECIAL:مصري]]، وأعيش مع زوجتي [[PERSON:هبة]] على مركب هولندي قديم
اسمه [[ADDRESS:نفرتاري]]، في [[ADDRESS:الرصيف C12]] بمرسى [[ADDRESS:Kingsferry Marina]]، والرمز البريدي
[[POSTCODE:rm94xh]]. المرسى تديره شركة [[ORGANISATION:Kingsferry Marinas Ltd]]، وعندنا معها عقد سكن
دائم لا عقد إجازة.

زوجتي عندها [[HEALTH:التصلّب المتعدّد]] وتستعمل كرسياً متحركاً منذ ثلاث سنوات. في الربيع الماضي غيّرت
الشركة الجسور العائمة، وصار المنحدر من الرصيف إلى البر شديد الميل، بلا درابزين من جهة واحدة. سبعة أسابيع
لم تستطع [[PERSON:هبة]] أن تنزل من المركب وحدها. يوم الجمعة كان إخوة من [[ADDRESS:مسجد النور]] يأتون
ويحملونها مع الكرسي إلى السيارة، وهذا ليس حلاً لامرأة تحب أن تخرج متى شاءت.

كلّمت مدير الرصيف [[PERSON:ستيف]] مرات، فقال إن المنحدر «حسب المواصفات». أرسلت شكوى مكتوبة من بريدي،
[[EMAIL:karim dot fahmy at example dot org]]، ورقمها عندهم [[REFERENCE:KM/2023/118]]. طلبوا تاريخ
ميلاد [[PERSON:هبة]] لتسجيلها «عميلة بحاجة خاصة»، فكتبته: [[DATE_OF_BIRTH:الثالث من مارس ١٩٧٩]].

بعدها جاءت المديرة العامة [[PERSON:كلير بينيت]] ومعها مهندس، وجرّبت الكرسي بنفسها على المنحدر، ورجعت
تقول: «أنت محق». خلال ثلاثة أسابيع ركّبوا منحدراً أطول بميل أخف ودرابزين من الجهتين، وأضافوا ضوءاً
للّيل، وخصموا شهرين من رسوم الرسو. وصار عند الشركة الآن سجل للسكان من ذوي الإعاقة، ولا يغيّرون شيئاً في
الأرصفة قبل أن يسألوهم.

أول يوم نزلت فيه [[PERSON:هبة]] وحدها ذهبت إلى السوق واشترت خبزاً لا نحتاجه، فقط لأنها تستطيع. للتواصل:
[[PHONE:020 7946 0612]].
"""),
    ),
    (
        "fv2at-ar-05",
        "ar",
        _s("""
أنا [[PERSON:عبد الرحمن عثمان]]، لكن الناس على القناة ينادونني [[PERSON:أبو أمير]]. أنا
[[OTHER_SPECIAL:سوداني]]، جئت إلى هنا [[OTHER_SPECIAL:لاجئاً]] وحصلت على
[[OTHER_SPECIAL:الإقامة الدائمة]] سنة ٢٠٢٠. لما صار إيجار الغرفة أكثر من نصف راتبي، اشتريت مركباً
عريضاً مستعملاً وسمّيته [[ADDRESS:النيل الأزرق]]، وعشت عليه مع ولديّ: [[PERSON:أمير]]،
[[AGE:١١ سنة]]، و[[PERSON:رنا]]، [[AGE:٦ سنوات]].

من غير مرسى ثابت، القانون يفرض عليك أن تتحرك كل أسبوعين. كل أسبوعين مكان جديد، وكل صباح مشوار أطول إلى
[[ADDRESS:مدرسة كانال سايد الابتدائية]]. قدّمت على قائمة الإسكان في [[ORGANISATION:مجلس ليفرسلي]]
ورقمي فيها [[REFERENCE:HR-0092715]]، فجاءني رفض من سطرين: «لديك سكن، وهو المركب». حتى رقم تسجيل المركب،
[[OTHER_ID:٧١٥٥٣٠]]، كتبوه في الرسالة كأنه دليل ضدي.

كتبت شكوى، رقمها [[REFERENCE:LEV-CMP-33871]]. الموظفة [[PERSON:ريبيكا]] ردّت في المرحلة الأولى بالكلام
نفسه. في المرحلة الثانية كتبت أن أولادي يتغيّبون عن المدرسة، وأن [[PERSON:رنا]] عندها
[[HEALTH:فقر الدم المنجلي]]، ولا نستطيع أن نسجّل عند طبيب ثابت ونحن نتنقل.

هنا تغيّر الأمر. مدير قسم الإسكان اتصل بي بنفسه، واعترف أن المجلس لم يقيّم حاجتنا أصلاً، وأن العيش على
مركب لا يعني أن حاجتك إلى سكن مناسب انتهت. عرضوا علينا [[ADDRESS:المرسى رقم ٣]] في
[[ADDRESS:حوض فيلبريدج]]، وهو مرسى سكني يملكه المجلس، وبقينا على القائمة. وصارت عندهم الآن سياسة مكتوبة
لسكان القوارب.

[[PERSON:أمير]] يمشي إلى المدرسة في عشر دقائق الآن. ومن كان في وضعنا ويريد أن يسأل:
[[PHONE:+44 20 7946 0381]].
"""),
    ),
    (
        "fv2at-bn-01",
        "bn",
        _s("""
আমার নাম [[PERSON:রুমানা বেগম]]। আমি, আমার স্বামী [[PERSON:জাহিদ]] আর আমাদের দুই মেয়ে একটা ওয়াইডবিম
নৌকায় থাকি। নৌকার নাম [[ADDRESS:Shapla]], মানে [[ADDRESS:শাপলা]], আমাদের দেশের জাতীয় ফুল। আমরা
[[ADDRESS:Lockside Moorings]]-এর [[ADDRESS:বার্থ ২২]]-এ থাকি; মুরিংটা
[[ORGANISATION:Harrowfield Council]]-এর, ভাড়াও দিই তাদেরই।

গত বছর শরৎ থেকে রাতে টোপাথে ছেলেদের একটা দল আসত। টোপাথের বাতি মাসের পর মাস নষ্ট ছিল, অন্ধকারে ওরা
নৌকার ছাদে উঠত, জানালায় ঢিল মারত। একবার আমার হিজাব নিয়ে চিৎকার করল। আমরা
[[OTHER_SPECIAL:মুসলমান]], ওরা সেটা ভালো করেই জানত।

আমার ছোট মেয়ে [[PERSON:তাসনিম]]-এর বয়স [[AGE:৪ বছর]], ওর [[HEALTH:অটিজম]] আছে। শব্দে ও ভয় পায়,
সারারাত কাঁদত। বড় মেয়ে [[PERSON:নাবিলা]], [[AGE:১২ বছর]], সকালে ক্লান্ত হয়ে
[[ADDRESS:Cotton Wharf Academy]]-তে যেত।

কাউন্সিলের অ্যান্টিসোশ্যাল বিহেভিয়ার অফিসার [[PERSON:ড্যানিয়েল]]-কে আমি [[PHONE:০৭৭০০ ৯০০৬৪২]] থেকে
বারবার ফোন করেছি। কেস নম্বর দিল [[REFERENCE:ASB-24-1187]], তারপর চুপ। মসজিদের ইমাম সাহেব বললেন লিখিত
অভিযোগ করতে। [[ADDRESS:বায়তুল আমান মসজিদ]]-এর এক ভাই, [[PERSON:শফিক]] ভাই, ইংরেজিতে লিখে দিলেন।
অভিযোগ নম্বর [[REFERENCE:HC-CF-60213]]।

দ্বিতীয় ধাপে কাউন্সিলের একজন ম্যানেজার, [[PERSON:লুসি গ্রান্ট]], রাতে এসে নিজের চোখে দেখলেন। তারপর
সব বদলাল। দুই সপ্তাহে টোপাথে নতুন বাতি আর সিসিটিভি বসল, মুরিংয়ের গেটে তালা লাগল, আর পুলিশের সাথে
মিলে ওই দলটাকে থামানো হল। আমাদের ৩৫০ পাউন্ড ক্ষতিপূরণ দিল, আর ভাঙা জানালার কাচ বদলে দিল।

এখন মুরিংয়ের বাতি নষ্ট হলে ৪৮ ঘণ্টার মধ্যে ঠিক করার নিয়ম হয়েছে। [[PERSON:তাসনিম]] আবার রাতে ঘুমায়।
আমরা এখানেই থাকব, পানি আমাদের রক্তে।
"""),
    ),
    (
        "fv2at-bn-02",
        "bn",
        _s("""
আমরা [[OTHER_SPECIAL:বেদে]]। দেশে আমার দাদা-দাদি নৌকায় জন্মেছেন, নৌকাতেই মারা গেছেন। বিলেতে এসেও
আমরা পানি ছাড়িনি। আমি [[PERSON:মালেকা খাতুন]], আমার স্বামী [[PERSON:মানিক মিয়া]] — সবাই ওকে বলে
[[PERSON:বড় মানিক]], কারণ আমার দেবরের নামও [[PERSON:মানিক]], তাকে সবাই ডাকে [[PERSON:ছোট মানিক]]।
দুই ভাইয়ের দুই নৌকা, [[ADDRESS:মধুমতী]] আর [[ADDRESS:পদ্মা]], পাশাপাশি বাঁধা থাকে লিডসের
[[ADDRESS:Skelton Wharf]]-এ, [[ADDRESS:মুরিং ৯]] আর [[ADDRESS:মুরিং ১০]]-এ।

ঘাটটা [[ORGANISATION:Northern Waterways Trust]]-এর। গত জানুয়ারিতে ঘাটের কাঠের পাটাতন পচে গিয়েছিল।
আমি তিনবার লিখেছি, [[PERSON:বড় মানিক]] নিজে অফিসে গিয়ে বলে এসেছে। তারা বলল "বাজেট নেই"। তারপর আমার
শাশুড়ি, [[PERSON:জোবেদা খাতুন]], পাটাতনে পা ফসকে পড়ে গেলেন। ওঁর [[HEALTH:অস্টিওপোরোসিস]] আছে,
কোমরের হাড় ভেঙে গেল, ছয় সপ্তাহ হাসপাতালে ছিলেন। ওঁর জন্ম তারিখ
[[DATE_OF_BIRTH:১৯৫২ সালের ৫ই মে]]; হাসপাতালের কাগজে সেটা দেখে ডাক্তার বললেন, এই বয়সে এমন পড়া খুব
বিপজ্জনক।

তখন আমার ছেলে [[PERSON:রাজু]] — ভালো নাম [[PERSON:রাজিবুল]] — ইমেইলে অভিযোগ পাঠাল,
[[EMAIL:rajibul.mia@example.net]] থেকে। অভিযোগ নম্বর [[REFERENCE:NWT/CS/20931]]। প্রথমে উত্তর এল,
"ঘাট ব্যবহারের ঝুঁকি বোটারের নিজের।" [[PERSON:রাজু]] থামেনি, দ্বিতীয় ধাপে গেল।

দ্বিতীয় ধাপে [[PERSON:অ্যান্ড্রু হল]] নামে একজন ম্যানেজার এসে পাটাতন দেখে নিজেই লজ্জা পেলেন। এক
মাসের মধ্যে পুরো ঘাট নতুন করে বানানো হল, রেলিং আর আলো বসল। আমার শাশুড়িকে লিখিত ক্ষমা চেয়ে চিঠি দিল,
আর ক্ষতিপূরণ দিল ১,২০০ পাউন্ড। এখন প্রতি ছয় মাসে ঘাট পরিদর্শন হয়, আর রিপোর্ট বোটারদের দেখানো হয়।

আম্মা এখন লাঠি নিয়ে আবার ঘাটে হাঁটেন। কেউ কথা বলতে চাইলে ফোন করবেন: [[PHONE:০১১৩ ৪৯৬ ০৬৮১]]।
"""),
    ),
    (
        "fv2at-bn-03",
        "bn",
        _s("""
আমার নাম [[PERSON:সেলিম আহমেদ]], তবে সাইটে কেউ আমাকে [[PERSON:সেলিম]] বলে না — সবার কাছে আমি
[[PERSON:স্লিম]]। আমার স্ত্রী [[PERSON:লিলি প্রাইস]] [[OTHER_SPECIAL:রোমানি জিপসি]], আর আমি
[[OTHER_SPECIAL:বাঙালি মুসলমান]]। আট বছর ধরে আমরা [[ADDRESS:Oakhanger Lane]] সাইটের
[[ADDRESS:পিচ ১৪]]-এ থাকি; সাইটটা [[ORGANISATION:Wealdbridge Borough Council]]-এর। দুই বাচ্চা —
[[PERSON:জেসি]], [[AGE:৭ বছর]], আর [[PERSON:আয়ান]], [[AGE:৩ বছর]]। [[PERSON:জেসি]] পড়ে
[[ADDRESS:Hollybush Primary]]-তে।

আমার গাছ কাটার ব্যবসা, সাদা একটা ভ্যান, নম্বর [[OTHER_ID:WU17 HBX]]। গত বছর কাউন্সিল হঠাৎ চিঠি দিল:
সাইটে 'কমার্শিয়াল গাড়ি' রাখা যাবে না, না সরালে লাইসেন্স বাতিল। অথচ পাশের কাউন্সিল এস্টেটে লোকজন রোজ
ভ্যান নিয়ে বাড়ি ফেরে।

সাইট অফিসার [[PERSON:মার্ক টেলর]] বললেন, 'নিয়ম সবার জন্য।' আমি জিজ্ঞেস করলাম, তাহলে এস্টেটের চিঠি
কোথায়? উত্তর নেই। আমার শ্বশুর, সবাই যাকে [[PERSON:ওল্ড নোয়া]] বলে, বললেন, 'ওরা আমাদের চিরকাল এভাবেই
সরায়।' [[PERSON:লিলি]] চাইছিল না অভিযোগ করি; অফিসারদের ওরা বিশ্বাস করে না।

তবু আমি লিখিত অভিযোগ করলাম, নম্বর [[REFERENCE:WBC-ENF-2291]], আর আমার ব্যবসার ওয়েবসাইট
[[OTHER_ID:www.slimstrees.example.co.uk]] দেখিয়ে বললাম, এই ভ্যানই আমাদের রুটি।

দ্বিতীয় ধাপে কাউন্সিল মেনে নিল যে নিয়মটা শুধু দুটো সাইটের জন্য বানানো হয়েছিল, হাউজিং এস্টেটের জন্য
নয়, আর এটা বৈষম্য। নিয়ম বাতিল হল, চিঠি ফেরত নেওয়া হল, আর [[PERSON:মার্ক]] নিজে এসে ক্ষমা চাইলেন।
এখন সাইটের কোনো নতুন নিয়ম বানানোর আগে বাসিন্দাদের সাথে মিটিং হয়। প্রথম মিটিংটা হয়েছিল
[[ADDRESS:Beacon Gospel Hall]]-এ, যেখানে [[PERSON:লিলির]] পরিবার রবিবারে যায়।

[[PERSON:ওল্ড নোয়া]] এখনও বলেন, কাগজে লেখা না থাকলে বিশ্বাস নেই। ঠিকই বলেন।
"""),
    ),
    (
        "fv2at-bn-04",
        "bn",
        _s("""
আমি [[PERSON:আবদুল মতিন চৌধুরী]], বয়স [[AGE:৭৮ বছর]]। স্ত্রী [[PERSON:হাসনা]]-কে নিয়ে
[[ADDRESS:Cherry Tree Park]]-এ একটা পার্ক হোমে থাকি, [[ADDRESS:প্লট ১৯]], পোস্টকোড
[[POSTCODE:ol9 6wt]]। পার্কটা [[ORGANISATION:Medlock Valley Council]]-এর। ছেলেমেয়েরা বাড়ি কিনতে
বলেছিল, কিন্তু আমাদের এই ছোট ঘর, সামনে এক টুকরো বাগান, এটাই ভালো লাগে।

গত শীতে ঘরের নিচে পানির পাইপ ফেটে গেল। মেঝে ভিজে ফুলে উঠল, কার্পেটের নিচে ছত্রাক।
[[PERSON:হাসনার]] [[HEALTH:ডিমেনশিয়া]], রাতে উঠে হাঁটেন; ভেজা মেঝেতে দুইবার পড়ে গেলেন। আমার নিজের
[[HEALTH:ডায়াবেটিস]], পায়ে জোর কম।

কাউন্সিলের রিপেয়ার লাইনে ফোন করলাম, রিপেয়ার নম্বর দিল [[REFERENCE:MV-R-772410]]।
[[ORGANISATION:Pennine Plumbing Services]]-এর লোক এসে পাইপে টেপ পেঁচিয়ে চলে গেল। দুই সপ্তাহ পর আবার
ফাটল।

তখন আমার ছেলে — ভালো নাম [[PERSON:মাহমুদ]], আমরা ডাকি [[PERSON:মিঠু]] — অভিযোগ লিখল। সাথে দিল
[[ADDRESS:Hollins Green Surgery]]-র ডাক্তারের চিঠি, [[PERSON:হাসনার]] NHS নম্বর
[[OTHER_ID:৪৮৫ ৭৭৭ ৩৪৮৯]] সহ, যাতে কেউ বলতে না পারে পড়ে যাওয়ার কথা বানানো। অভিযোগ নম্বর
[[REFERENCE:MVC-COMP-1093]]।

দ্বিতীয় ধাপে হাউজিং ম্যানেজার মিসেস [[PERSON:জ্যানেট ওকাফোর]] বাড়িতে এলেন, মেঝেতে হাত দিয়ে দেখলেন।
তিন সপ্তাহের মধ্যে পুরো পাইপ বদলানো হল, পাইপে শীতের কভার লাগল, মেঝে আর কার্পেট নতুন হল। ৫০০ পাউন্ড
ক্ষতিপূরণ দিল, আর আমাদের নাম "ঝুঁকিপূর্ণ বাসিন্দা" তালিকায় উঠল, যাতে পানি বা গরমের সমস্যা হলে ২৪
ঘণ্টার মধ্যে লোক আসে। এখন পার্কের সব ঘরের পাইপ প্রতি অক্টোবরে দেখা হয়।

কেউ কথা বলতে চাইলে [[PERSON:মিঠু]]-র নম্বরে ফোন করবেন: [[PHONE:০১৬১ ৪৯৬ ০৩৭৪]]।
"""),
    ),
    (
        "fv2at-bn-05",
        "bn",
        _s("""
আমি [[PERSON:শিরিন আক্তার]], [[ORGANISATION:Eastwold District Council]]-এ সাইট লিয়াজোঁ অফিসার হিসেবে
কাজ করি। এই ঘটনাটা লিখছি কারণ আমরা ভুল করেছিলাম, আর পরিবারটি চায় অন্যরা জানুক।

মিসেস [[PERSON:প্রুডেন্স স্মিথ]], সাইটে সবাই যাকে আন্টি [[PERSON:প্রু]] ডাকে,
[[ADDRESS:Sandpit Lane]] সাইটের [[ADDRESS:পিচ ৬]]-এ থাকেন। তিনি [[OTHER_SPECIAL:রোমানি জিপসি]],
জীবনের বেশিরভাগটা রাস্তায় কাটিয়েছেন। ২০২২ সালে তাঁর [[HEALTH:পারকিনসন্স]] ধরা পড়ে। ক্যারাভান থেকে
ইউটিলিটি ব্লকে যেতে তিনটা সিঁড়ি, আর টয়লেট-গোসল সব ওই ব্লকে।

তাঁর নাতি [[PERSON:টাইসন]], বয়স [[AGE:১৭]], তাঁকে দেখাশোনা করে। [[PERSON:টাইসন]] র‍্যাম্প আর
হ্যান্ডরেলের জন্য আবেদন করেছিল, রেফারেন্স [[REFERENCE:ADP/22/0615]]। এক বছর ধরে আবেদনটা এক টেবিল থেকে
আরেক টেবিলে ঘুরেছে, কারণ আমাদের অ্যাডাপটেশন টিম বলেছিল তারা "ক্যারাভানে কাজ করে না"। এর মধ্যে আন্টি
[[PERSON:প্রু]] দুইবার সিঁড়িতে পড়ে যান।

শেষে [[PERSON:টাইসন]] আনুষ্ঠানিক অভিযোগ করল, নম্বর [[REFERENCE:EDC-CF-8841]]। স্বীকার করছি, সেই
অভিযোগ পড়েই আমি প্রথম বুঝি আমাদের নীতিতে কত বড় ফাঁক।

আমরা যা করেছি: দুই সপ্তাহে [[ORGANISATION:AccessAbility Ramps Ltd]] র‍্যাম্প আর দুই পাশে হ্যান্ডরেল
বসিয়েছে; ব্লকের ভিতরে গ্র্যাব রেল আর শাওয়ার সিট লেগেছে; আন্টি [[PERSON:প্রু]] আর
[[PERSON:টাইসনের]] কাছে লিখিত ক্ষমা চাওয়া হয়েছে, ৬০০ পাউন্ড ক্ষতিপূরণ দেওয়া হয়েছে। সবচেয়ে বড় কথা,
কাউন্সিলের অ্যাডাপটেশন নীতিতে এখন স্পষ্ট লেখা আছে: ক্যারাভান, চ্যালেট আর নৌকাও "বাড়ি"।

আন্টি [[PERSON:প্রু]] আমাকে বলেছিলেন, "মা, তোমরা অফিসে বসে আমাদের জীবন বোঝো না।" কথাটা সত্যি। কোনো
সাইটের বাসিন্দা একই সমস্যায় পড়লে আমাকে সরাসরি লিখুন:
[[EMAIL:shirin.akter@eastwold.example.gov.uk]] অথবা ফোন করুন [[PHONE:01632 960 488]]।
"""),
    ),
    (
        "fv2at-pa-01",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਮ [[PERSON:ਜੋਗਿੰਦਰ ਕੌਰ]] ਹੈ। ਅਸੀਂ [[OTHER_SPECIAL:ਸਿਕਲੀਗਰ ਸਿੱਖ]] ਹਾਂ — ਸਾਡੇ ਵੱਡੇ-ਵਡੇਰੇ ਪਿੰਡ-ਪਿੰਡ
ਘੁੰਮ ਕੇ ਹਥਿਆਰ ਤੇ ਭਾਂਡੇ ਬਣਾਉਂਦੇ ਸਨ, ਤੇ ਇੱਥੇ ਇੰਗਲੈਂਡ ਵਿੱਚ ਵੀ ਅਸੀਂ ਕੰਧਾਂ ਵਾਲੇ ਘਰ ਨਾਲੋਂ ਕੈਰਾਵੈਨ ਵਿੱਚ
ਸੌਖੇ ਰਹਿੰਦੇ ਹਾਂ। ਸਾਡਾ ਟੱਬਰ [[ADDRESS:ਬਰੁੱਕਫ਼ੀਲਡ ਕੈਰਾਵੈਨ ਸਾਈਟ]] ਦੀ [[ADDRESS:ਪਿੱਚ ਨੰਬਰ 7]] 'ਤੇ ਹੈ,
ਜੋ [[ORGANISATION:Tamebridge Metropolitan Council]] ਦੀ ਹੈ।

ਸਾਡੇ ਟੱਬਰ ਵਿੱਚ ਦੋ ਜਣਿਆਂ ਦਾ ਇੱਕੋ ਨਾਮ ਹੈ: ਮੇਰਾ ਘਰਵਾਲਾ [[PERSON:ਜਸਜੀਤ ਸਿੰਘ]], ਜਿਸਨੂੰ ਸਭ
[[PERSON:ਵੱਡਾ ਜੀਤਾ]] ਕਹਿੰਦੇ ਹਨ, ਤੇ ਮੇਰਾ ਦਿਓਰ [[PERSON:ਛੋਟਾ ਜੀਤਾ]]। ਮੇਰਾ ਪੁੱਤ [[PERSON:ਗੁਰਜੰਟ]]
[[AGE:੯ ਸਾਲ]] ਦਾ ਹੈ।

ਹਰ ਪਿੱਚ 'ਤੇ ਇੱਕ ਪੱਕਾ ਕਮਰਾ ਹੈ, ਜਿਸ ਵਿੱਚ ਰਸੋਈ, ਗੁਸਲਖ਼ਾਨਾ ਅਤੇ ਗੈਸ ਬਾਇਲਰ ਹੈ। ਤਿੰਨ ਸਾਲ ਕੋਈ ਗੈਸ ਚੈੱਕ
ਕਰਨ ਨਹੀਂ ਆਇਆ। ਪਿਛਲੇ ਦਸੰਬਰ [[PERSON:ਗੁਰਜੰਟ]] ਨਹਾ ਕੇ ਨਿਕਲਿਆ ਤੇ ਚੱਕਰ ਖਾ ਕੇ ਡਿੱਗ ਪਿਆ। ਹਸਪਤਾਲ
ਵਾਲਿਆਂ ਨੇ ਕਿਹਾ [[HEALTH:ਕਾਰਬਨ ਮੋਨੋਆਕਸਾਈਡ ਜ਼ਹਿਰ]] ਹੈ। ਵਾਹਿਗੁਰੂ ਦੀ ਮਿਹਰ ਸੀ ਕਿ ਬਚ ਗਿਆ।

ਸਾਈਟ ਵਾਰਡਨ [[PERSON:ਟੈਰੀ]] ਨੇ ਪਹਿਲਾਂ ਕਿਹਾ ਕਿ ਬਾਇਲਰ ਸਾਡਾ ਆਪਣਾ ਮਸਲਾ ਹੈ। ਮੈਂ ਪੜ੍ਹੀ-ਲਿਖੀ ਨਹੀਂ, ਇਸ
ਲਈ [[ADDRESS:ਗੁਰਦੁਆਰਾ ਬਾਬਾ ਦੀਪ ਸਿੰਘ ਜੀ]] ਦੇ ਗ੍ਰੰਥੀ ਜੀ ਦੀ ਧੀ, [[PERSON:ਹਰਲੀਨ]], ਨੇ ਮੇਰੇ ਨਾਲ ਬੈਠ ਕੇ
ਸ਼ਿਕਾਇਤ ਲਿਖੀ। ਨੰਬਰ ਮਿਲਿਆ [[REFERENCE:TMC-GS-4408]]। ਕੌਂਸਲ ਵਾਲੇ ਸਾਡੀ ਗੱਡੀ ਦਾ ਨੰਬਰ,
[[OTHER_ID:BK66 PZV]], ਤਾਂ ਚੰਗੀ ਤਰ੍ਹਾਂ ਜਾਣਦੇ ਸਨ — ਹਰ ਮਹੀਨੇ ਪਾਰਕਿੰਗ ਦੀ ਚਿੱਠੀ ਆਉਂਦੀ ਸੀ — ਪਰ ਗੈਸ ਦਾ
ਰਿਕਾਰਡ ਕਿਸੇ ਕੋਲ ਨਹੀਂ ਸੀ।

ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ ਹਾਊਸਿੰਗ ਮੈਨੇਜਰ [[PERSON:ਰੇਚਲ ਮੌਰਿਸ]] ਨੇ ਮੰਨਿਆ ਕਿ ਸਾਈਟ ਦੇ ਸਾਰੇ ਬਾਇਲਰ ਕੌਂਸਲ ਦੀ
ਜ਼ਿੰਮੇਵਾਰੀ ਹਨ ਅਤੇ ਤਿੰਨ ਸਾਲ ਤੋਂ ਕਿਸੇ ਦੀ ਜਾਂਚ ਨਹੀਂ ਹੋਈ ਸੀ। [[ORGANISATION:Midshire Gas Services]] ਨੇ
ਇੱਕ ਹਫ਼ਤੇ ਵਿੱਚ ਸਾਰੀ ਸਾਈਟ ਦੇ ਬਾਇਲਰ ਚੈੱਕ ਕੀਤੇ; ਸਾਡੇ ਸਮੇਤ ਚਾਰ ਬਦਲਣੇ ਪਏ। ਹਰ ਕਮਰੇ ਵਿੱਚ ਕਾਰਬਨ
ਮੋਨੋਆਕਸਾਈਡ ਅਲਾਰਮ ਲੱਗ ਗਿਆ, ਤੇ ਹੁਣ ਹਰ ਸਾਲ ਚੈੱਕ ਹੁੰਦਾ ਹੈ, ਕੌਂਸਲ ਦੇ ਘਰਾਂ ਵਾਂਗ। ਸਾਨੂੰ ੭੫੦ ਪੌਂਡ
ਮੁਆਵਜ਼ਾ ਵੀ ਮਿਲਿਆ।

ਕਿਸੇ ਹੋਰ ਸਾਈਟ ਵਾਲੇ ਨੂੰ ਮਦਦ ਚਾਹੀਦੀ ਹੋਵੇ ਤਾਂ [[PERSON:ਵੱਡੇ ਜੀਤੇ]] ਦਾ ਫ਼ੋਨ ਹੈ
[[PHONE:0121 496 0527]]।
"""),
    ),
    (
        "fv2at-pa-02",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਹਰਜੀਤ ਸੰਧੂ]] ਹਾਂ। ਮੈਂ ਤੇ ਮੇਰੀ ਘਰਵਾਲੀ [[PERSON:ਨਵਨੀਤ]] ਪੰਜ ਸਾਲ ਤੋਂ ਇੱਕ ਨੈਰੋਬੋਟ 'ਤੇ ਰਹਿੰਦੇ
ਹਾਂ। ਬੋਟ ਦਾ ਨਾਮ [[ADDRESS:ਸੋਹਣੀ]] ਹੈ, ਪਿੱਛੇ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਵੀ ਲਿਖਿਆ ਹੈ: [[ADDRESS:Sohni]]। ਅਸੀਂ
ਬਰਮਿੰਘਮ ਦੇ [[ADDRESS:ਟੈਨਰਜ਼ ਵ੍ਹਾਰਫ਼]] 'ਤੇ [[ADDRESS:ਮੂਰਿੰਗ 31]] 'ਤੇ ਹਾਂ। ਮੂਰਿੰਗਾਂ
[[ORGANISATION:Lapworth Housing Trust]] ਦੀਆਂ ਹਨ ਤੇ ਸਾਡਾ ਬਾਕਾਇਦਾ ਲਾਇਸੈਂਸ ਹੈ, ਨੰਬਰ
[[REFERENCE:LHT-ML-0317]]।

ਪਿਛਲੇ ਅਪ੍ਰੈਲ ਇੱਕ ਚਿੱਠੀ ਆਈ: ਮੂਰਿੰਗ ਫ਼ੀਸ ੪੦ ਫ਼ੀਸਦੀ ਵੱਧ, ਨਾਲੇ ਨਵਾਂ "ਸਰਵਿਸ ਚਾਰਜ" ਸ਼ਾਵਰ ਬਲਾਕ ਤੇ
ਲਾਂਡਰੀ ਲਈ — ਜਿਹੜੇ ਸਾਲ ਭਰ ਤੋਂ ਤਾਲੇ ਲੱਗੇ ਬੰਦ ਪਏ ਸਨ। ਚਿੱਠੀ ਸਾਡੇ ਨਾਂ 'ਤੇ ਵੀ ਨਹੀਂ ਸੀ, ਬੱਸ ਬੋਟ ਦੇ
ਇੰਡੈਕਸ ਨੰਬਰ [[OTHER_ID:648203]] 'ਤੇ। ਨਾ ਕੋਈ ਮੀਟਿੰਗ, ਨਾ ਪੁੱਛ-ਗਿੱਛ। ਸਾਡਾ ਪੁੱਤ [[PERSON:ਸਹਿਜ]] ਉਦੋਂ
[[AGE:੪ ਮਹੀਨੇ]] ਦਾ ਸੀ, ਤੇ ਪੋਤੜੇ ਧੋਣ ਲਈ ਲਾਂਡਰੀ ਤੋਂ ਬਿਨਾਂ ਗੁਜ਼ਾਰਾ ਔਖਾ ਸੀ।

ਮੈਂ ਮੂਰਿੰਗ ਮੈਨੇਜਰ [[PERSON:ਨਾਈਜਲ ਫ਼ੌਕਸ]] ਨੂੰ [[EMAIL:harjit.sandhu at example dot org]] ਤੋਂ ਈਮੇਲ
ਕੀਤੀ। ਜਵਾਬ ਆਇਆ ਕਿ "ਬੋਟ ਵਾਲੇ ਟੈਨੈਂਟ ਨਹੀਂ ਹੁੰਦੇ"। ਫਿਰ ਮੈਂ ਰਸਮੀ ਸ਼ਿਕਾਇਤ ਕੀਤੀ,
[[REFERENCE:LHT/COMP/2290]]। ਨਾਲ ਦੀ ਬੋਟ [[ADDRESS:Morning Star]] ਵਾਲੀ ਆਂਟੀ [[PERSON:ਮੌਰੀਨ]], ਜੋ ਤੀਹ
ਸਾਲ ਤੋਂ ਪਾਣੀ 'ਤੇ ਰਹਿੰਦੀ ਹੈ, ਨੇ ਸਾਰੇ ਬੋਟਰਾਂ ਦੇ ਦਸਤਖ਼ਤ ਇਕੱਠੇ ਕੀਤੇ।

ਦੂਜੇ ਪੜਾਅ 'ਤੇ ਟ੍ਰਸਟ ਦੀ ਡਾਇਰੈਕਟਰ [[PERSON:ਐਮਾ ਕਲਾਰਕ]] ਨੇ ਮੰਨਿਆ ਕਿ ਸਾਡਾ ਲਾਇਸੈਂਸ ਫ਼ੀਸ ਵਧਾਉਣ ਤੋਂ
ਪਹਿਲਾਂ ੨੮ ਦਿਨਾਂ ਦੇ ਸਲਾਹ-ਮਸ਼ਵਰੇ ਦੀ ਸ਼ਰਤ ਰੱਖਦਾ ਹੈ, ਜੋ ਤੋੜੀ ਗਈ। ਵਾਧਾ ਵਾਪਸ ਲਿਆ ਗਿਆ, ਬੰਦ ਸਹੂਲਤਾਂ ਦਾ
ਚਾਰਜ ਹਟਾ ਦਿੱਤਾ ਗਿਆ, ਤੇ ਜਿਹੜਾ ਵਾਧੂ ਪੈਸਾ ਦਿੱਤਾ ਸੀ ਉਹ ਮੁੜ ਆਇਆ। ਸ਼ਾਵਰ ਬਲਾਕ ਤਿੰਨ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਖੁੱਲ੍ਹ
ਗਿਆ। ਹੁਣ ਹਰ ਤਿੰਨ ਮਹੀਨੇ ਬੋਟਰਾਂ ਨਾਲ ਮੀਟਿੰਗ ਹੁੰਦੀ ਹੈ, ਤੇ ਪਹਿਲੀ ਮੀਟਿੰਗ ਦੀ ਚਾਹ ਆਂਟੀ
[[PERSON:ਮੌਰੀਨ]] ਨੇ ਆਪਣੀ ਬੋਟ 'ਤੇ ਬਣਾਈ।
"""),
    ),
    (
        "fv2at-pa-03",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਮ [[PERSON:ਸਿਮਰਨ ਲਵਲ]] ਹੈ, ਪੇਕਿਆਂ ਦਾ ਨਾਮ [[PERSON:ਸਿਮਰਨਜੀਤ ਕੌਰ ਬਾਜਵਾ]]। ਸਾਈਟ 'ਤੇ ਸਾਰੇ ਮੈਨੂੰ
[[PERSON:ਸਿਮ]] ਕਹਿੰਦੇ ਹਨ। ਮੈਂ [[OTHER_SPECIAL:ਸਿੱਖ]] ਪਰਿਵਾਰ ਦੀ ਧੀ ਹਾਂ ਤੇ ਮੇਰਾ ਘਰਵਾਲਾ
[[PERSON:ਜੈਕ ਲਵਲ]] [[OTHER_SPECIAL:ਰੋਮਾਨੀ ਜਿਪਸੀ]] ਹੈ। ਮੇਰੇ ਪਿਓ ਨੇ ਚਾਰ ਸਾਲ ਮੇਰੇ ਨਾਲ ਗੱਲ ਨਹੀਂ ਕੀਤੀ,
ਪਰ ਹੁਣ ਉਹ ਆਪ ਸਾਈਟ 'ਤੇ ਆ ਕੇ [[PERSON:ਜੈਕ]] ਦੇ ਪਿਓ ਨਾਲ ਚਾਹ ਪੀਂਦੇ ਹਨ। ਅਸੀਂ
[[ORGANISATION:Marlbrook County Council]] ਦੀ [[ADDRESS:Appleyard Lane]] ਸਾਈਟ 'ਤੇ
[[ADDRESS:ਪਲਾਟ 2]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ, ਡਾਕ ਕੋਡ [[POSTCODE:ox29 7hn]]।

ਇਸ ਟੱਬਰ ਵਿੱਚ ਨਾਮ ਮੁੜ-ਮੁੜ ਆਉਂਦੇ ਹਨ: ਸਹੁਰਾ ਸਾਹਿਬ [[PERSON:ਬਿੱਗ ਜੈਕ]] ਹਨ, ਮੇਰਾ ਘਰਵਾਲਾ
[[PERSON:ਜੈਕ]], ਤੇ ਸਾਡਾ ਵੱਡਾ ਮੁੰਡਾ [[PERSON:ਯੰਗ ਜੈਕ]], ਜੋ ਹੁਣ [[AGE:੧੯ ਸਾਲ]] ਦਾ ਹੈ।

ਪਿਛਲੇ ਸਾਲ [[PERSON:ਯੰਗ ਜੈਕ]] ਤੇ ਉਸਦੀ ਘਰਵਾਲੀ [[PERSON:ਸ਼ੈਨਿਆ]] ਦੇ ਧੀ ਹੋਈ, [[PERSON:ਪੈਟਸੀ]]। ਉਹਨਾਂ ਨੇ
ਆਪਣਾ ਟ੍ਰੇਲਰ ਲਿਆ ਤੇ ਸਾਡੇ ਪਲਾਟ 'ਤੇ ਖੜ੍ਹਾ ਕਰ ਦਿੱਤਾ, ਕਿਉਂਕਿ ਸਾਈਟ 'ਤੇ ਕੋਈ ਖ਼ਾਲੀ ਪਲਾਟ ਨਹੀਂ ਸੀ। ਦੋ
ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਕੌਂਸਲ ਦੀ ਚਿੱਠੀ ਆ ਗਈ: ਲਾਇਸੈਂਸ ਦੀ ਉਲੰਘਣਾ, ਟ੍ਰੇਲਰ ਹਟਾਓ ਨਹੀਂ ਤਾਂ ਸਾਰਾ ਪਲਾਟ ਖ਼ਤਰੇ ਵਿੱਚ।
ਮੁੰਡਾ ਸੜਕ ਕਿਨਾਰੇ ਚਲਾ ਗਿਆ, ਤੇ ਤੀਜੀ ਰਾਤ ਪੁਲਿਸ ਨੇ ਉਸਦੀ ਗੱਡੀ ਦਾ ਨੰਬਰ, [[OTHER_ID:LR21 VFK]], ਲਿਖ ਕੇ
ਉਸਨੂੰ ਉੱਥੋਂ ਵੀ ਭਜਾ ਦਿੱਤਾ। [[AGE:ਛੇ ਹਫ਼ਤਿਆਂ]] ਦੀ ਬੱਚੀ ਨਾਲ, ਦਸੰਬਰ ਵਿੱਚ।

[[PERSON:ਜੈਕ]] ਕੌਂਸਲ ਨਾਲ ਗੱਲ ਨਹੀਂ ਕਰਦਾ — ਉਹਦੇ ਪਿਓ-ਦਾਦੇ ਨੂੰ ਸਾਰੀ ਉਮਰ ਥਾਂ-ਥਾਂ ਤੋਂ ਭਜਾਇਆ ਗਿਆ। ਸੋ
ਲਿਖਣਾ ਮੇਰੇ ਹਿੱਸੇ ਆਇਆ। ਮੈਂ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਨੰਬਰ [[REFERENCE:MCC/GTS/1174]], ਤੇ ਸਾਰੀ ਗੱਲ ਆਪਣੇ ਪੇਜ
[[OTHER_ID:facebook.com/sim.lovell.77]] 'ਤੇ ਵੀ ਪਾ ਦਿੱਤੀ।

ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ ਸਾਈਟਾਂ ਦੇ ਮੈਨੇਜਰ [[PERSON:ਡੇਵਿਡ ਓਕੌਨਰ]] ਆਏ। ਉਹਨਾਂ ਮੰਨਿਆ ਕਿ ਕੌਂਸਲ ਨੇ ਦਸ ਸਾਲ ਤੋਂ
ਸਾਈਟ ਦੀ ਲੋੜ ਦਾ ਅੰਦਾਜ਼ਾ ਹੀ ਨਹੀਂ ਲਾਇਆ, ਜਦਕਿ ਟੱਬਰ ਵਧਦੇ ਗਏ। ਚਿੱਠੀ ਵਾਪਸ ਲਈ ਗਈ; [[PERSON:ਯੰਗ ਜੈਕ]] ਨੂੰ
ਛੇ ਮਹੀਨੇ ਸਾਡੇ ਪਲਾਟ 'ਤੇ ਰਹਿਣ ਦੀ ਲਿਖਤੀ ਇਜਾਜ਼ਤ ਮਿਲੀ, ਤੇ ਜਦੋਂ [[ADDRESS:ਪਲਾਟ 9]] ਖ਼ਾਲੀ ਹੋਇਆ ਤਾਂ ਉਹਨਾਂ
ਨੂੰ ਮਿਲ ਗਿਆ। ਹੁਣ ਕੌਂਸਲ ਸਾਈਟ 'ਤੇ ਛੇ ਨਵੇਂ ਪਲਾਟ ਬਣਾਉਣ ਦੀ ਯੋਜਨਾ ਸਾਡੇ ਨਾਲ ਬੈਠ ਕੇ ਬਣਾ ਰਹੀ ਹੈ।

[[PERSON:ਬਿੱਗ ਜੈਕ]] ਕਹਿੰਦੇ ਹਨ ਕਿ ਪਹਿਲੀ ਵਾਰ ਕਿਸੇ ਅਫ਼ਸਰ ਨੇ ਉਹਨਾਂ ਦੀ ਗੱਲ ਸੁਣੀ। ਮੇਰਾ ਨੰਬਰ ਹੈ
[[PHONE:੦੭੭੦੦ ੯੦੦ ੫੮੨]]।
"""),
    ),
    (
        "fv2at-pa-04",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਅਮਨਦੀਪ ਢਿੱਲੋਂ]] ਹਾਂ, [[ORGANISATION:Northfleet Vale Council]] ਵਿੱਚ ਸਾਈਟਾਂ ਦਾ ਮੈਨੇਜਰ। ਇਹ
ਕੇਸ ਅਸੀਂ ਮਿਸਿਜ਼ [[PERSON:ਮੌਰੀਨ ਕੌਨਰਜ਼]] ਦੀ ਇਜਾਜ਼ਤ ਨਾਲ ਲਿਖ ਰਹੇ ਹਾਂ।

ਮਿਸਿਜ਼ [[PERSON:ਕੌਨਰਜ਼]] ਅਤੇ ਉਹਨਾਂ ਦਾ ਟੱਬਰ [[OTHER_SPECIAL:ਆਇਰਿਸ਼ ਟ੍ਰੈਵਲਰ]] ਹਨ ਅਤੇ
[[ADDRESS:Ridgeway Park]] ਸਾਈਟ ਦੀ [[ADDRESS:ਪਿੱਚ 3]] 'ਤੇ ਰਹਿੰਦੇ ਹਨ। ਪਿਛਲੇ ਸਾਲ ਅਕਤੂਬਰ ਵਿੱਚ ਸਾਡੇ
ਠੇਕੇਦਾਰ [[ORGANISATION:Greenfell Arboriculture]] ਨੇ ਸਾਈਟ ਦੀ ਹੱਦ 'ਤੇ ਦਰਖ਼ਤ ਕੱਟੇ। ਪਰਿਵਾਰ ਨੂੰ ਕੋਈ
ਅਗਾਊਂ ਨੋਟਿਸ ਨਹੀਂ ਦਿੱਤਾ ਗਿਆ। ਇੱਕ ਵੱਡਾ ਟਾਹਣਾ ਉਹਨਾਂ ਦੇ ਟੂਰਿੰਗ ਕੈਰਾਵੈਨ ਦੀ ਛੱਤ 'ਤੇ ਡਿੱਗਿਆ, ਜਿਸ ਵਿੱਚ
ਉਹਨਾਂ ਦਾ ਪੋਤਾ, [[PERSON:ਲਿਟਲ ਮਾਰਟਿਨ]], ਜੋ [[AGE:੫ ਸਾਲ]] ਦਾ ਹੈ, ਸੁੱਤਾ ਪਿਆ ਸੀ। ਸ਼ੁਕਰ ਹੈ ਕਿ ਉਸਨੂੰ ਸੱਟ
ਨਹੀਂ ਲੱਗੀ, ਪਰ ਕੈਰਾਵੈਨ ਰਹਿਣ ਜੋਗਾ ਨਾ ਰਿਹਾ, ਤੇ [[PERSON:ਲਿਟਲ ਮਾਰਟਿਨ]] ਇੱਕ ਹਫ਼ਤਾ
[[ADDRESS:ਸੇਂਟ ਜੋਸਫ਼ਜ਼ ਪ੍ਰਾਇਮਰੀ]] ਨਹੀਂ ਜਾ ਸਕਿਆ।

ਸਾਡੀ ਪਹਿਲੀ ਗ਼ਲਤੀ ਇਹ ਸੀ ਕਿ ਅਸੀਂ ਪਰਿਵਾਰ ਨੂੰ ਠੇਕੇਦਾਰ ਦੀ ਬੀਮਾ ਕੰਪਨੀ ਕੋਲ ਭੇਜ ਦਿੱਤਾ ਤੇ 'ਸਾਡਾ ਮਸਲਾ
ਨਹੀਂ' ਕਹਿ ਦਿੱਤਾ। ਦੂਜੀ ਗ਼ਲਤੀ, ਸਾਡੇ ਵਾਰਡਨ ਨੇ [[PERSON:ਮੌਰੀਨ]] ਦੇ ਪੁੱਤ [[PERSON:ਮਾਰਟਿਨ]] ਨੂੰ ਕਿਹਾ ਕਿ
"ਤੁਸੀਂ ਲੋਕ ਤਾਂ ਹਮੇਸ਼ਾ ਕਲੇਮ ਕਰਦੇ ਰਹਿੰਦੇ ਹੋ।" ਇਹ ਗੱਲ ਸ਼ਿਕਾਇਤ ਵਿੱਚ ਦਰਜ ਹੈ, ਨੰਬਰ
[[REFERENCE:NVC-2024-0577]], ਤੇ ਇਹ ਸੱਚ ਸੀ।

ਜਦੋਂ ਮੈਂ ਕੇਸ ਆਪਣੇ ਹੱਥ ਲਿਆ, ਉਸੇ ਹਫ਼ਤੇ ਪਰਿਵਾਰ ਲਈ ਕਿਰਾਏ ਦਾ ਕੈਰਾਵੈਨ ਲਿਆਂਦਾ ਗਿਆ; ਕੌਂਸਲ ਨੇ ਖ਼ੁਦ
ਨੁਕਸਾਨ ਦਾ ਪੈਸਾ, £੮,੪੦੦, ਦੇ ਦਿੱਤਾ ਤੇ ਬੀਮੇ ਦਾ ਝਗੜਾ ਆਪਣੇ ਸਿਰ ਲਿਆ; ਵਾਰਡਨ ਨੇ ਲਿਖਤੀ ਮਾਫ਼ੀ ਮੰਗੀ ਤੇ ਉਸਦੀ
ਟ੍ਰੇਨਿੰਗ ਹੋਈ। ਹੁਣ ਕਿਸੇ ਵੀ ਸਾਈਟ 'ਤੇ ਦਰਖ਼ਤ ਜਾਂ ਭਾਰੀ ਕੰਮ ਤੋਂ ਘੱਟੋ-ਘੱਟ ਸੱਤ ਦਿਨ ਪਹਿਲਾਂ ਹਰ ਪਿੱਚ 'ਤੇ ਜਾ
ਕੇ ਦੱਸਿਆ ਜਾਂਦਾ ਹੈ।

ਮਿਸਿਜ਼ [[PERSON:ਕੌਨਰਜ਼]] ਨੇ ਮੈਨੂੰ ਕਿਹਾ ਕਿ ਉਹ ਕੌਂਸਲ 'ਤੇ ਭਰੋਸਾ ਨਹੀਂ ਕਰਦੀ, ਪਰ ਮੇਰੇ 'ਤੇ "ਥੋੜ੍ਹਾ ਜਿਹਾ"
ਕਰਦੀ ਹੈ। ਮੈਂ ਇਸ ਨੂੰ ਸ਼ੁਰੂਆਤ ਮੰਨਦਾ ਹਾਂ। ਜੇ ਕਿਸੇ ਸਾਈਟ ਵਾਲੇ ਨਾਲ ਇਹੋ ਜਿਹਾ ਹੋਵੇ ਤਾਂ ਮੈਨੂੰ ਸਿੱਧਾ ਲਿਖੋ:
[[EMAIL:amandeep.dhillon@northfleetvale.example.gov.uk]], ਜਾਂ [[PHONE:0118 496 0733]] 'ਤੇ ਫ਼ੋਨ ਕਰੋ।
"""),
    ),
    (
        "fv2at-pa-05",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਰਮਨਦੀਪ ਕੌਰ]] ਹਾਂ। ਪਿਛਲੇ ਸਾਲ ਸਾਡੇ ਮਕਾਨ-ਮਾਲਕ ਨੇ ਘਰ ਵੇਚ ਦਿੱਤਾ ਤੇ ਸਾਨੂੰ ਨਿਕਲਣਾ ਪਿਆ।
[[ORGANISATION:Rowley Heath Council]] ਨੇ ਮੈਨੂੰ ਤੇ ਮੇਰੇ ਤਿੰਨ ਬੱਚਿਆਂ ਨੂੰ ਆਰਜ਼ੀ ਤੌਰ 'ਤੇ ਸ਼ਹਿਰ ਤੋਂ ਚਾਲੀ
ਮੀਲ ਦੂਰ [[ADDRESS:Seaview Holiday Park]] ਵਿੱਚ ਇੱਕ ਸਟੈਟਿਕ ਕੈਰਾਵੈਨ ਦੇ ਦਿੱਤਾ,
[[ADDRESS:ਕੈਰਾਵੈਨ ਨੰਬਰ 43]]। ਹੋਮਲੈੱਸ ਕੇਸ ਨੰਬਰ ਸੀ [[REFERENCE:HOM/23/07781]]। ਕਿਹਾ ਗਿਆ ਛੇ ਹਫ਼ਤੇ।
ਅਸੀਂ ਸੱਤ ਮਹੀਨੇ ਰਹੇ।

ਉਹ ਕੈਰਾਵੈਨ ਗਰਮੀਆਂ ਦੀਆਂ ਛੁੱਟੀਆਂ ਲਈ ਸੀ, ਸਰਦੀਆਂ ਲਈ ਨਹੀਂ। ਦਸੰਬਰ ਵਿੱਚ ਪਾਈਪਾਂ ਜੰਮ ਗਈਆਂ, ਹੀਟਰ ਇੱਕ ਕਮਰਾ
ਵੀ ਗਰਮ ਨਹੀਂ ਕਰਦਾ ਸੀ। ਮੇਰਾ ਵੱਡਾ ਮੁੰਡਾ [[PERSON:ਅਰਸ਼]] ([[AGE:੧੧ ਸਾਲ]]) ਤੇ ਧੀ [[PERSON:ਜੋਤ]]
([[AGE:੮]]) ਰੋਜ਼ ਸਵੇਰੇ ਛੇ ਵਜੇ ਦੋ ਬੱਸਾਂ ਫੜ ਕੇ [[ADDRESS:Lodge Farm Primary]] ਜਾਂਦੇ ਸਨ। ਛੋਟੀ,
[[PERSON:ਸੁਖਮਨ]] — ਘਰ ਵਿੱਚ ਸਾਰੇ ਉਸਨੂੰ [[PERSON:ਗੁੱਡੀ]] ਕਹਿੰਦੇ ਹਨ — ਸਿਰਫ਼ [[AGE:੨ ਸਾਲ]] ਦੀ ਸੀ ਤੇ
ਮੇਰੇ ਨਾਲ ਬੱਸਾਂ ਵਿੱਚ ਧੱਕੇ ਖਾਂਦੀ ਸੀ।

ਮੈਨੂੰ [[HEALTH:ਡਿਪ੍ਰੈਸ਼ਨ]] ਹੈ, ਤੇ ਮੇਰਾ ਡਾਕਟਰ [[ADDRESS:Brierley Road Surgery]] ਵਿੱਚ ਹੈ, ਉੱਥੋਂ ਢਾਈ
ਘੰਟੇ ਦੂਰ। ਦਵਾਈ ਕਈ ਵਾਰ ਮੁੱਕ ਜਾਂਦੀ। [[ADDRESS:ਗੁਰਦੁਆਰਾ ਗੁਰੂ ਨਾਨਕ ਦਰਬਾਰ]] ਦੀ ਸੰਗਤ ਵਿੱਚੋਂ ਭੈਣ
[[PERSON:ਕੁਲਵਿੰਦਰ]] ਹਫ਼ਤੇ ਵਿੱਚ ਦੋ ਵਾਰ ਗੱਡੀ ਲੈ ਕੇ ਆਉਂਦੀ ਤੇ ਸਾਨੂੰ ਰਾਸ਼ਨ ਦੇ ਜਾਂਦੀ।

ਹਾਊਸਿੰਗ ਅਫ਼ਸਰ [[PERSON:ਕੈਰਨ]] ਹਰ ਵਾਰ ਕਹਿੰਦੀ ਕਿ ਕੋਈ ਹੋਰ ਥਾਂ ਨਹੀਂ। ਮੈਂ ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਕੀਤੀ,
[[REFERENCE:RHC-TA-5120]], ਫਿਰ ਓਮਬਡਸਮੈਨ ਕੋਲ ਗਈ, ਕੇਸ [[REFERENCE:202411906]]।

ਓਮਬਡਸਮੈਨ ਦੇ ਦਖ਼ਲ ਤੋਂ ਬਾਅਦ ਕੌਂਸਲ ਨੇ ਮੰਨਿਆ ਕਿ ਸਕੂਲ ਜਾਂਦੇ ਬੱਚਿਆਂ ਵਾਲੇ ਟੱਬਰ ਨੂੰ ਸਰਦੀਆਂ ਵਿੱਚ ਛੁੱਟੀਆਂ
ਵਾਲੇ ਕੈਰਾਵੈਨ ਵਿੱਚ ਇੰਨਾ ਚਿਰ ਰੱਖਣਾ ਠੀਕ ਨਹੀਂ ਸੀ। ਦੋ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਸਾਨੂੰ ਸਕੂਲ ਦੇ ਨੇੜੇ ਤਿੰਨ ਕਮਰਿਆਂ
ਵਾਲਾ ਫ਼ਲੈਟ ਮਿਲ ਗਿਆ, [[ADDRESS:ਫ਼ਲੈਟ 6]], [[ADDRESS:Kestrel Court]]। ਬੱਸਾਂ ਦਾ ਸਾਰਾ ਕਿਰਾਇਆ ਤੇ ੮੦੦
ਪੌਂਡ ਮੁਆਵਜ਼ਾ ਮਿਲਿਆ। ਹੁਣ ਕੌਂਸਲ ਦਾ ਨਿਯਮ ਹੈ ਕਿ ਬੱਚਿਆਂ ਵਾਲੇ ਪਰਿਵਾਰ ਨੂੰ ਛੁੱਟੀਆਂ ਵਾਲੇ ਪਾਰਕ ਵਿੱਚ ਛੇ
ਹਫ਼ਤਿਆਂ ਤੋਂ ਵੱਧ ਨਹੀਂ ਰੱਖਿਆ ਜਾਂਦਾ।

[[PERSON:ਗੁੱਡੀ]] ਹੁਣ ਪਾਰਕ ਦੇ ਝੂਲਿਆਂ ਬਾਰੇ ਪੁੱਛਦੀ ਹੈ, ਕੈਰਾਵੈਨ ਬਾਰੇ ਨਹੀਂ। ਕਿਸੇ ਨੂੰ ਸਲਾਹ ਚਾਹੀਦੀ ਹੋਵੇ
ਤਾਂ ਫ਼ੋਨ ਕਰੋ: [[PHONE:੦੧੨੧ ੪੯੬ ੦੮੧੪]]।
"""),
    ),
    (
        "fv2at-pl-01",
        "pl",
        _s("""
Nazywam się [[PERSON:Teresa Głowacka]]. Jesteśmy [[OTHER_SPECIAL:Romami]], z [[OTHER_SPECIAL:Polska Roma]],
i od dziewięciu lat mieszkamy na [[ADDRESS:działce nr 8]] na placu dla przyczep przy
[[ADDRESS:Elmstead Road]]. Plac należy do [[ORGANISATION:Harwick Borough Council]].

U nas w rodzinie imiona się powtarzają. Mój mąż to [[PERSON:Józef Głowacki]], ale wszyscy mówią na niego
[[PERSON:Duży Józek]], bo bratanek męża, który mieszka z żoną na [[ADDRESS:działce nr 9]], to
[[PERSON:Mały Józek]]. Jak ktoś z rady pyta o pana [[PERSON:Głowackiego]], to pół placu się odwraca.

Zeszłej jesieni za ogrodzeniem ktoś wyrzucił całą górę gruzu i śmieci z remontu. Po miesiącu zaczęły się
szczury. Wchodziły do naszego budynku sanitarnego, do kuchni, a raz w nocy jeden wskoczył na łóżko
[[PERSON:Marysi]]. Córka ma [[AGE:9 lat]] i od tamtej pory śpi z nami w przyczepie.

Zgłaszałam to pani [[PERSON:Karen Whitlock]], która zarządza placem, chyba dziesięć razy. Za każdym razem
słyszałam, że „to wasze śmieci”. Dopiero sąsiad z [[ADDRESS:działki nr 3]], [[PERSON:Bolek]], pokazał
nagranie z kamerki: biały bus, numer rejestracyjny [[OTHER_ID:EY18 ZNM]], w biały dzień zrzuca gruz. To nie
byli żadni nasi.

Złożyłam skargę na piśmie, numer [[REFERENCE:HBC/ENV/40761]], i dołączyłam nagranie. Pomogła mi pani z
Traveller Education Service, która przychodzi do [[PERSON:Marysi]] do
[[ADDRESS:St Mary's Catholic Primary]]. Na drugim etapie przyjechał kierownik, [[PERSON:Owen Price]], i
przyznał, że rada wiedziała o gruzie od dwóch miesięcy, tylko nikt nie chciał za to zapłacić.

Gruz wywieźli w tydzień. [[ORGANISATION:Ratstop Environmental]] trzy razy przyjeżdżało na deratyzację,
postawiono nowy płot, a nam wypłacono 250 funtów. [[PERSON:Karen]] przeprosiła mnie na piśmie, że nas
obwiniała. Teraz teren wokół placu jest sprawdzany co miesiąc, a sprawę busa przekazali dalej.

W niedzielę po mszy w [[ADDRESS:kościele św. Kazimierza]] ksiądz się śmiał, że [[PERSON:Duży Józek]]
pierwszy raz w życiu pochwalił urzędnika.
"""),
    ),
    (
        "fv2at-pl-02",
        "pl",
        _s("""
Nazywam się [[PERSON:Michał Zieliński]]. Z żoną [[PERSON:Agnieszką]] i synkiem [[PERSON:Kubą]], który ma
[[AGE:6 lat]], mieszkamy na narrowboacie [[ADDRESS:Wisełka]], na [[ADDRESS:stanowisku 19]] w
[[ADDRESS:Copperhouse Moorings]]. Przystań należy do [[ORGANISATION:Riverline Homes]] i płacimy im co
miesiąc jak za mieszkanie.

Na tej przystani słupki cumownicze przy pomoście są za niskie. Wiedzieli o tym — w raporcie rzeczoznawcy z
2021 roku stało czarno na białym, że przy wysokiej wodzie łodzie mogą się zawiesić. W lutym rzeka przybrała
w nocy. Obudziliśmy się przechyleni na bok, woda wlewała się przez okienko. [[PERSON:Kuba]] płakał,
[[PERSON:Agnieszka]] wynosiła go po śliskim dachu.

Zgłaszałem to wcześniej kilka razy panu [[PERSON:Steve'owi Walshowi]], kierownikowi przystani. Od
[[PERSON:Steve'a]] słyszałem tylko „we'll look into it”. Po powodzi napisałem formalną skargę z adresu
[[EMAIL:m.zielinski@poczta.example]], numer [[REFERENCE:RH-CMP-7712]]. Na pierwszym etapie odpisali, że
za łódź „odpowiada właściciel”. Nie ustąpiłem. Po drugim etapie poszedłem do Housing Ombudsman, sprawa nr
[[REFERENCE:202410053]].

Zanim Rzecznik wydał decyzję, [[ORGANISATION:Riverline Homes]] zmieniło zdanie. Nowa dyrektorka,
[[PERSON:Fiona Mensah]], przyznała, że raport leżał w szufladzie. Wszystkie słupki podniesiono o metr,
zapłacili za naprawę kadłuba i elektryki na [[ADDRESS:Wisełce]] i zwrócili nam trzy miesiące opłat.
Teraz przy ostrzeżeniu powodziowym ktoś z przystani obchodzi pomost w nocy, a każdy mieszkaniec dostaje SMS.

Zdjęcia i całą korespondencję wrzuciłem na grupę przystani, [[OTHER_ID:@CopperhouseBoaters]], żeby inni
wiedzieli, że warto walczyć. [[PERSON:Kuba]] chodzi już spokojnie do [[ADDRESS:Abbey Mead Primary]], a
nasz numer łodzi, [[OTHER_ID:639104]], zna na pamięć lepiej niż tabliczkę mnożenia.
"""),
    ),
    (
        "fv2at-pl-03",
        "pl",
        _s("""
Jestem [[PERSON:Katarzyna Wróbel]], dla wszystkich [[PERSON:Kasia]]. Od trzech lat mieszkam z córeczką
[[PERSON:Zuzią]] na widebeamie [[ADDRESS:Jaskółka]], przycumowanym na [[ADDRESS:Hollowmead Moorings]],
[[ADDRESS:miejsce 4]]. Przystań jest własnością [[ORGANISATION:Kennetside Borough Council]], który jest
moim jedynym „landlordem”.

Na przystani jest stacja serwisowa: opróżnianie toalety, śmieci, woda. Od listopada do marca była
zamknięta, bo „czeka na część”. Najbliższa inna jest trzy godziny płynięcia w górę rzeki. Mam
[[HEALTH:przepuklinę kręgosłupa]] i nie mogę dźwigać kasety z toaletą, a [[PERSON:Zuzia]] miała wtedy
[[AGE:półtora roku]] i nie da się jej zostawić samej na łodzi.

Pisałam do działu przystani z [[EMAIL:kasia.wrobel małpa example kropka com]] i dzwoniłam na
[[PHONE:0118 496 0295]]. Pani w słuchawce kazała mi udowodnić, że mieszkam na łodzi na stałe, więc
wysłałam skan paszportu, numer [[OTHER_ID:EK 4829173]], i datę urodzenia, [[DATE_OF_BIRTH:12.04.1988]].
Nie wiem, co to miało wspólnego z zepsutą pompą.

W końcu złożyłam skargę, numer [[REFERENCE:KBC-MOOR-0664]]. Na pierwszym etapie napisali, że „mieszkańcy
łodzi powinni być samowystarczalni”. Wtedy napisałam jeszcze raz, że jestem niepełnosprawna, mam małe
dziecko i proszę o rozsądne dostosowanie, tak jak dostałby lokator w bloku.

Na drugim etapie zadzwonił do mnie [[PERSON:Rob Hennessy]], kierownik od nabrzeży. Przyjechał, zobaczył,
przeprosił. Pompę naprawiono w dziesięć dni — część, jak się okazało, nigdy nie była zamówiona. Dostałam
zwrot za cztery miesiące opłat serwisowych, a do czasu naprawy przypływała do mnie łódź serwisowa. Teraz
rada ma listę mieszkańców przystani z niepełnosprawnościami i jeśli stacja nie działa dłużej niż tydzień,
sama przypływa z pompą.

[[PERSON:Zuzia]] ma już [[AGE:dwa latka]] i macha do każdej łodzi serwisowej jak do najlepszej
przyjaciółki.
"""),
    ),
    (
        "fv2at-pl-04",
        "pl",
        _s("""
Nazywam się [[PERSON:Grzegorz Nowak]] i od sześciu lat zarządzam dwoma placami dla przyczep należącymi do
[[ORGANISATION:Ashdown District Council]]. Opisuję tę sprawę, bo to my zawiniliśmy, a rodzina zgodziła
się, żebym użył ich nazwiska.

[[PERSON:Smithowie]] to [[OTHER_SPECIAL:angielscy Romowie]]. Pani [[PERSON:Liberty Smith]] mieszka z
synem [[PERSON:Tysonem]] na [[ADDRESS:działce 4]] na [[ADDRESS:Furze Common]]. [[PERSON:Tyson]] to
[[AGE:14-letni]] chłopak z [[HEALTH:autyzmem]]; do szkoły, [[ADDRESS:Oakfield School]], wozi go taksówka
opłacana przez radę.

W zeszłym roku postawiliśmy przy wjeździe szlaban z kamerą, który czyta tablice rejestracyjne.
Mieszkańców nie pytaliśmy — i to był pierwszy błąd. Drugi: do systemu wpisano samochód pani
[[PERSON:Smith]] jako [[OTHER_ID:GN70 LUK]], a ma [[OTHER_ID:GN70 LUX]]. Przez pięć tygodni nie mogła
wjechać do własnego domu bez dzwonienia do biura, a taksówki [[PERSON:Tysona]] szlaban nie wpuszczał wcale.
Chłopak przestał chodzić do szkoły.

Pani [[PERSON:Smith]] dzwoniła do mnie, a ja — wstyd mi to pisać — mówiłem, że sprawdzę. Skargę złożył w
końcu jej brat, [[PERSON:Righteous Smith]], numer [[REFERENCE:ADC-GT-2217]].

Co zrobiliśmy: poprawiliśmy numer tego samego dnia, a potem wyłączyliśmy kamerę całkowicie do czasu
konsultacji z mieszkańcami. Przeprosiłem osobiście, razem z [[PERSON:Sandrą Bell]] z działu edukacji. Rada
zapłaciła 400 funtów, a szkoła przygotowała dla [[PERSON:Tysona]] plan powrotu. Po konsultacjach
mieszkańcy sami zdecydowali: szlaban zostaje, ale na piloty, nie na kamery.

Pani [[PERSON:Liberty]] powiedziała mi, że jej rodzina całe życie miała szlabany przed nosem i nie trzeba
jej stawiać nowych. Jeśli ktoś z mieszkańców innych placów ma podobny problem, proszę dzwonić:
[[PHONE:01632 960 543]] albo pisać na [[EMAIL:g.nowak@ashdown.example.gov.uk]].
"""),
    ),
    (
        "fv2at-pl-05",
        "pl",
        _s("""
Piszę w imieniu męża, [[PERSON:Stanisława Kowalczyka]] — dla rodziny i sąsiadów po prostu
[[PERSON:Staszka]]. Jestem [[PERSON:Halina Kowalczyk]]. Od dwunastu lat mieszkamy na holenderskiej barce
[[ADDRESS:Mazurek]], na [[ADDRESS:Sheepwash Moorings]], które należą do
[[ORGANISATION:Wyvern City Council]]. [[PERSON:Staszek]] przez trzydzieści lat pływał na statkach i w
bloku by się udusił.

W marcu zeszłego roku [[PERSON:Staszek]] miał [[HEALTH:udar]]. Wrócił ze szpitala z
[[HEALTH:niedowładem lewej strony]] i na wózku. Nasza barka stała wtedy na [[ADDRESS:stanowisku nr 7]], na
końcu długiego, wąskiego pomostu ze stopniami. Nie było jak go wprowadzić na pokład.

Terapeutka zajęciowa, pani [[PERSON:Deborah Lyle]], napisała do rady, że potrzebujemy miejsca przy brzegu z
płaskim wejściem i rampy. Dołączyła numer NHS męża, [[OTHER_ID:485 777 3501]], i datę urodzenia,
[[DATE_OF_BIRTH:3 listopada 1956]]. Rada odpowiedziała, że program adaptacji „nie obejmuje jednostek
pływających”. [[PERSON:Staszek]] przez siedem tygodni mieszkał u naszego syna [[PERSON:Piotrka]], w
pokoju dziecięcym, a ja jeździłam tam dwoma autobusami.

Syn napisał skargę, numer [[REFERENCE:WCC/ADP/1190]]. Pomógł też ksiądz [[PERSON:Tadeusz]] z polskiej
[[ADDRESS:parafii św. Andrzeja]], który zna kogoś w radzie, ale nie wiem, czy to coś dało.

Na drugim etapie przyjechała kierowniczka, [[PERSON:Anita Kaur]]. Przeszła pomost i powiedziała, że nikt
by tędy nie przeprowadził wózka. Rada przyznała, że łodzie mieszkalne to domy i podlegają tym samym
zasadom co mieszkania komunalne. Przenieśli nas na [[ADDRESS:stanowisko nr 1]], przy samym parkingu,
zbudowali rampę z poręczami i zapłacili za przeróbkę wejścia na barkę. Dostaliśmy też 700 funtów za tamte
tygodnie. Teraz w zasadach adaptacji jest osobny punkt o łodziach.

[[PERSON:Staszek]] siedzi rano na pokładzie z kawą i patrzy na kaczki. Lekarz z
[[ADDRESS:Canal Side Surgery]] mówi, że to lepsze niż wszystkie tabletki. Kontakt:
[[PHONE:0117 496 0372]].
"""),
    ),
    (
        "fv2at-ro-01",
        "ro",
        _s("""
Mă numesc [[PERSON:Florin Stoica]], dar pe site nimeni nu-mi zice așa: sunt [[PERSON:Bombonel]] de când
mă știu. Suntem [[OTHER_SPECIAL:romi]], venim de lângă Craiova, și de patru ani stăm pe
[[ADDRESS:parcela nr. 5]] la [[ADDRESS:Meadowbrook]], site-ul pentru rulote al
[[ORGANISATION:Fenmoor District Council]], cod poștal [[POSTCODE:PE14 9YR]].

La noi în familie numele se repetă. Tata e [[PERSON:Ion Stoica]], lumea îi zice Nea [[PERSON:Ion]];
frate-miu e [[PERSON:Ionuț]], iar vărul nostru de pe [[ADDRESS:parcela nr. 6]] e [[PERSON:Ionică]]. Când
vine o scrisoare pe numele „[[PERSON:I. Stoica]]”, o deschidem toți trei.

Anul trecut, din martie până în iunie, apa de la robinetul din blocul nostru sanitar a curs maro.
Presiunea era așa de mică, că dușul abia picura. Fetița mea, [[PERSON:Denisa]], avea
[[AGE:un an și jumătate]] și a făcut [[HEALTH:gastroenterită]] de două ori. Am cumpărat apă la bax de la
supermarket trei luni.

I-am spus de zeci de ori lui [[PERSON:Gary]], administratorul site-ului. Ridica din umeri: „E vechi
sistemul.” Noi nu scriem scrisori la consiliu; nu ne-a adus niciodată nimic bun. Dar doamna
[[PERSON:Sue]] de la Traveller Education Service, care vine la copii la
[[ADDRESS:Riverside Infant School]], m-a ajutat să fac plângere. Numărul: [[REFERENCE:FDC-0923-117]].

La etapa a doua a venit un inginer de la [[ORGANISATION:Fenland Pipeline Services]] și a găsit o țeavă
veche de fontă spartă sub drum, care trăgea pământ în apă. Au schimbat toată conducta site-ului în trei
săptămâni. Consiliul și-a cerut scuze în scris, ne-a dat 300 de lire pentru apa cumpărată și acum face
analize la apă la fiecare șase luni, ca la casele lor.

Nea [[PERSON:Ion]] zice că e prima dată în viața lui când un om de la consiliu a reparat ceva fără să-l
roage de zece ori. Dacă vreți să vorbiți cu mine: [[PHONE:+44 7700 900 672]].
"""),
    ),
    (
        "fv2at-ro-02",
        "ro",
        _s("""
Mă numesc [[PERSON:Andreea Munteanu]]. Eu și soțul meu, [[PERSON:Radu]], locuim de trei ani pe o barcă
îngustă pe care am botezat-o [[ADDRESS:Dor]]. Stăm la [[ADDRESS:Thornbury Wharf]], în estul Londrei, la
[[ADDRESS:dana 11]]. Debarcaderul e administrat de [[ORGANISATION:Eastwater Moorings Ltd]], cu care avem
contract de locuire permanentă, nu de vacanță.

În ianuarie ne-au tăiat curentul de la mal fără niciun avertisment. Motivul: „restanțe de patru luni”. Noi
plătisem tot, lună de lună, prin transfer. Băiețelul nostru, [[PERSON:Matei]], avea [[AGE:8 luni]],
afară era minus trei grade, iar soba pe lemne nu ajungea noaptea.

Am sunat la birou. Doamna [[PERSON:Lorraine]] de la contabilitate mi-a zis să „fac dovada”. Am trimis
extrasele: toate plățile plecaseră din contul nostru, sort code [[OTHER_ID:60-83-71]], cont
[[OTHER_ID:24810367]], cu numele bărcii la referință. Abia după o săptămână au găsit greșeala: banii
noștri fuseseră trecuți pe contul bărcii [[ADDRESS:Dora]], a domnului [[PERSON:Keith Allard]], de la
[[ADDRESS:dana 14]]. El nici nu observase.

Am făcut plângere oficială, numărul [[REFERENCE:EWM-C-0388]], de pe adresa
[[EMAIL:andreea punct munteanu la example punct com]] — o scriu așa ca să nu mă găsească roboții.

La etapa a doua a răspuns directorul, [[PERSON:Simon Achebe]], și a recunoscut că sistemul lor căuta
plățile după primele trei litere din numele bărcii. Ne-au cerut scuze în scris, ne-au dat două luni de
chirie gratis și au plătit lemnele și motorina arse în săptămâna aceea. Acum fiecare barcă are un număr de
client separat, iar curentul nu mai poate fi tăiat unui rezident fără scrisoare și fără ca cineva să vină
la barcă, mai ales dacă sunt copii mici la bord.

Domnul [[PERSON:Allard]] ne-a adus o sticlă de vin, rușinat, deși nu era vina lui. [[PERSON:Matei]] a
crescut între timp și arată cu degetul la fiecare lebădă.
"""),
    ),
    (
        "fv2at-ro-03",
        "ro",
        _s("""
Numele meu e [[PERSON:Lavinia Rostaș]]. Sunt [[OTHER_SPECIAL:romă]], din Țăndărei, și am
[[OTHER_SPECIAL:settled status]] din 2020. Anul trecut, cu soțul meu [[PERSON:Marius]] și băiatul nostru
[[PERSON:Sorinel]], de [[AGE:7 ani]], am stat cu rulota pe [[ADDRESS:locul 3]] de la
[[ADDRESS:Beacon Hill Transit Site]], site-ul de tranzit al [[ORGANISATION:Cheldon County Council]].

Regula scrisă e că poți sta până la 12 săptămâni. [[PERSON:Marius]] are [[HEALTH:insuficiență renală]] și
face dializă de trei ori pe săptămână, iar pe [[PERSON:Sorinel]] îl înscrisesem la
[[ADDRESS:Holy Trinity C of E Primary]]. După patru săptămâni, administratorul, [[PERSON:Mick Harrower]],
ne-a dat hârtie să plecăm în 48 de ore. A scris pe ea numărul mașinii noastre, [[OTHER_ID:B 127 LRV]],
care e încă pe numere românești, și a zis că „mașinile străine” nu au voie mai mult.

Am mers la birou cu buletinul. Funcționara mi-a copiat tot: seria și numărul [[OTHER_ID:RX 482913]],
CNP-ul [[OTHER_ID:2850314460027]], data nașterii, [[DATE_OF_BIRTH:14 martie 1985]]. Tot degeaba, mi-a zis
că decizia e luată.

O femeie de la biserica de lângă site, [[PERSON:Ruth]], m-a ajutat să fac plângere în aceeași seară.
Numărul: [[REFERENCE:CCC/TS/0441]].

A doua zi a sunat [[PERSON:Nadia Shah]], șefa serviciului pentru site-uri. A venit la rulotă, a citit
hârtia și a zis că nu există nicio regulă despre mașini străine și că nimeni nu poate fi dat afară în 48 de
ore. Notificarea a fost retrasă. Am stat toate cele 12 săptămâni, până am găsit loc pe un site permanent
aproape de spital. Consiliul ne-a cerut scuze în scris, iar domnul [[PERSON:Harrower]] a fost mutat de pe
site și trimis la curs. Acum regulile sunt traduse în română și afișate la intrare.

[[PERSON:Sorinel]] n-a pierdut nicio zi de școală. Doamna învățătoare îi zice [[PERSON:Sorin]], și el o
lasă.
"""),
    ),
    (
        "fv2at-ro-04",
        "ro",
        _s("""
Suntem familia [[PERSON:Căldăraru]] și suntem mulți. Eu sunt [[PERSON:Mirela]], soțul meu e
[[PERSON:Costel]], avem cinci copii, iar cel mic, [[PERSON:Costi]], are [[AGE:4 anișori]] și
[[HEALTH:astm]]. Suntem [[OTHER_SPECIAL:romi]] și suntem [[OTHER_SPECIAL:penticostali]]; duminica mergem
toți la [[ADDRESS:Biserica Penticostală Betel]], unde fratele [[PERSON:Marian]] e păstor. Stăm într-o
cabană de lemn a consiliului, [[ADDRESS:cabana 14]] din [[ADDRESS:Willowfield Park]],
[[POSTCODE:lu4 9jd]].

Din octombrie până în februarie a plouat prin acoperișul cabanei, chiar deasupra camerei copiilor. Am pus
lighene, apoi a apărut mucegaiul negru. [[PERSON:Costi]] a ajuns de două ori la urgențe cu crize de
[[HEALTH:astm]].

Am sunat la reparații; numărul lucrării era [[REFERENCE:WPK-R-30418]]. Au venit o dată, au pus silicon și
au plecat. Fiica cea mare, [[PERSON:Loredana]] — [[PERSON:Lori]], cum îi zicem noi — are [[AGE:11 ani]]
și vorbește engleza mai bine ca noi, așa că ea a scris plângerea, cu mine lângă ea. Numărul plângerii:
[[REFERENCE:LBC/CS/7781]].

Răspunsul de la prima etapă zicea că mucegaiul vine „din stilul de viață”, adică din rufele uscate
înăuntru. [[PERSON:Lori]] a plâns când a citit. Fratele [[PERSON:Marian]] a venit cu noi la birou pentru
etapa a doua.

Acolo ne-a primit o doamnă, [[PERSON:Jenny Oduya]], care a venit chiar în seara aceea să vadă. A urcat pe
scară cu lanterna și a găsit o gaură în acoperiș cât palma. [[ORGANISATION:Chiltern Roofline Ltd]] a pus
acoperiș nou în zece zile, au tratat mucegaiul și au montat un ventilator.
[[ORGANISATION:Lowbridge Borough Council]] și-a retras în scris vorba cu „stilul de viață” și ne-a plătit
450 de lire. Acum orice reclamație de mucegai la cabane înseamnă vizită în cel mult două săptămâni.

Dacă are cineva de pe alt site aceeași problemă, să mă sune, îi spun cum am făcut:
[[PHONE:zero șapte șapte zero zero, nouă zero zero, patru unu unu]].
"""),
    ),
    (
        "fv2at-ro-05",
        "ro",
        _s("""
Sunt [[PERSON:Cătălin Dragomir]] și lucrez de doi ani ca administrator de site la
[[ORGANISATION:Wrenfield Council]]. Scriu cazul ăsta pentru că l-am greșit noi, iar familia a fost de
acord să-l povestesc.

Familia [[PERSON:Lăcătuș]] stă pe [[ADDRESS:pitch-ul 12]] la [[ADDRESS:Stonepit Lane]]. Sunt
[[OTHER_SPECIAL:romi căldărari]] din Ardeal, oameni mândri, care nu cer nimic de la nimeni. Bunica, tanti
[[PERSON:Veta]], are [[HEALTH:diabet]] și i s-a amputat un picior anul trecut.

În martie s-a stricat toaleta din blocul sanitar al familiei. Consiliul avea atunci un singur mod de a
raporta o reparație: un formular online, numai în engleză. Nimeni din familie nu l-a putut completa, iar eu
eram în concediu. Cinci săptămâni tanti [[PERSON:Veta]] a trebuit să fie dusă cu căruciorul la blocul
vecinilor, de pe [[ADDRESS:pitch-ul 11]].

Nepoata ei, [[PERSON:Ramona]], a filmat totul și l-a pus pe TikTok, pe contul
[[OTHER_ID:@ramona_lacatus]]. Așa am aflat, ca tot orașul. [[PERSON:Ramona]] a făcut și plângere oficială,
cu numărul [[REFERENCE:WC-COMP-5517]], și a lăsat telefonul ei, [[PHONE:07700 900 349]], pentru răspuns.

Ce am făcut: toaleta a fost reparată a doua zi de [[ORGANISATION:Wrenfield Building Services]]. Am montat
în blocul familiei bare de sprijin și un scaun de duș. Consiliul și-a cerut scuze în scris și a plătit 500
de lire. Cel mai important: acum există un număr de telefon pentru reparații pe site-uri,
[[PHONE:01632 960 155]], cu interpret de română și romani, iar dacă eu lipsesc, mă înlocuiește cineva care
merge fizic pe site de două ori pe săptămână.

[[PERSON:Ramona]] a șters filmulețul după ce s-a reparat. Mi-a zis că-l pune înapoi dacă mai stăm cinci
săptămâni cu ceva. Are dreptate.
"""),
    ),
    (
        "fv2at-ur-01",
        "ur",
        _s("""
میرا نام [[PERSON:طارق محمود]] ہے، [[OTHER_SPECIAL:پاکستانی]] ہوں، گجرات کا رہنے والا۔ سات سال سے ایک
نیرو بوٹ پر رہتا ہوں جس کا نام میں نے [[ADDRESS:چناب]] رکھا ہے، پیچھے انگریزی میں بھی لکھا ہے:
[[ADDRESS:Chenab]]۔ بوٹ [[ADDRESS:ریڈ ہل لاک موورنگز]] میں [[ADDRESS:برتھ نمبر ۱۶]] پر کھڑی ہے۔
موورنگز [[ORGANISATION:Irwell Valley Council]] کی ہیں اور میں ہر مہینے انہیں کرایہ دیتا ہوں، بالکل کسی
فلیٹ کی طرح۔

پچھلے سال مارچ میں کونسل کے ٹھیکیدار [[ORGANISATION:Deepwater Dredging Ltd]] نے نہر کی کھدائی شروع کی۔
ہمیں کسی نے بتایا تک نہیں۔ رات کو ان کی مشین کا بازو میری بوٹ سے ٹکرایا، پتوار ٹوٹ گیا اور پیندے میں دراڑ
آ گئی۔ صبح میرا بیٹا [[PERSON:بلال]]، جو [[AGE:۱۴ سال]] کا ہے، اٹھا تو کیبن میں ٹخنوں تک پانی تھا۔

ٹھیکیدار کے فورمین [[PERSON:گیری]] کو دکھایا تو کہنے لگا یہ پرانا نقصان ہے۔ کونسل والوں نے کہا ٹھیکیدار سے
بات کرو۔ دو ہفتے ہم باپ بیٹا میرے کزن [[PERSON:ندیم]] کے گھر فرش پر سوئے، اور [[PERSON:بلال]] کا اسکول،
[[ADDRESS:Brindley Park Academy]]، وہاں سے دو بسیں بدل کر پڑتا تھا۔

پھر میں نے کونسل میں باقاعدہ شکایت درج کروائی، نمبر [[REFERENCE:IVC-CMP-48213]]۔ ساتھ ہمسائی بوٹ
[[ADDRESS:Dipper]] والی [[PERSON:جینی]] کے فون کی ویڈیو لگائی جس میں رات ڈیڑھ بجے مشین صاف نظر آ رہی تھی،
اور میری بوٹ کا انڈیکس نمبر [[OTHER_ID:538117]] بھی پڑھا جا سکتا تھا۔

دوسرے مرحلے پر کونسل کی واٹر ویز منیجر [[PERSON:سارہ لنڈن]] نے ویڈیو دیکھی اور مان لیا کہ نقصان ان کے
ٹھیکیدار نے کیا ہے اور ذمہ داری کونسل کی ہے، کیونکہ موورنگز ان کی ہیں۔ [[ADDRESS:چناب]] کو ڈرائی ڈاک لے
جا کر نیا پتوار لگا اور پیندے کی ویلڈنگ ہوئی، سارا خرچ کونسل نے دیا۔ تین مہینے کا کرایہ واپس ملا اور ۵۰۰
پاؤنڈ الگ سے۔ اب نہر میں کوئی بھی کام ہو، ہر بوٹ کو چودہ دن پہلے تحریری نوٹس ملتا ہے۔

[[PERSON:بلال]] کہتا ہے، ابو، لکھنے سے ہی بات بنتی ہے۔ کسی بوٹ والے کو مشورہ چاہیے تو ای میل کریں:
[[EMAIL:tariq.mahmood@example.net]]
"""),
    ),
    (
        "fv2at-ur-02",
        "ur",
        _s("""
میرا نام [[PERSON:مریم مسیح]] ہے۔ ہم [[OTHER_SPECIAL:مسیحی]] ہیں، ۲۰۱۸ میں جان بچا کر پاکستان سے آئے
تھے اور اب ہمیں [[OTHER_SPECIAL:پناہ گزین]] کا درجہ مل چکا ہے۔ کونسل نے ہمیں
[[ADDRESS:لارچ ووڈ پارک]] میں ایک موبائل ہوم دیا، [[ADDRESS:یونٹ ۲۳]]، پوسٹ کوڈ
[[POSTCODE:B69 4LX]]۔ پارک [[ORGANISATION:Oldwell Borough Council]] کا ہے۔ میرے شوہر
[[PERSON:یوسف]]، بیٹا [[PERSON:ساحل]] ([[AGE:۱۰ سال]])، بیٹی [[PERSON:کشف]] ([[AGE:ڈیڑھ سال]]) اور
میری ساس [[PERSON:صفیہ بی بی]] ہمارے ساتھ رہتے ہیں۔

ساس جی کو [[HEALTH:ہارٹ فیلیئر]] ہے اور وہ رات دن آکسیجن مشین پر ہوتی ہیں۔ ان کی تاریخ پیدائش
[[DATE_OF_BIRTH:بارہ اگست انیس سو انچاس]] ہے — ڈاکٹر کے ہر خط پر لکھی ہوتی ہے۔

ہمارے یونٹ کے باہر بجلی کا کھمبا زنگ کھا چکا تھا۔ بارش میں اس سے چنگاریاں نکلتی تھیں اور بجلی بار بار جاتی
تھی۔ ایک رات تین گھنٹے بجلی نہیں آئی اور مشین کی بیٹری ختم ہونے لگی۔ ایمبولینس بلانی پڑی۔

پارک کے وارڈن [[PERSON:ٹریور]] سے میں نے پانچ بار کہا۔ وہ کہتے رہے کہ "الیکٹریشن کی لسٹ میں ہے"۔ آخر
ہمارے چرچ، [[ADDRESS:سینٹ اینڈریوز]]، کے پادری [[PERSON:یوناس]] صاحب نے میرے ساتھ بیٹھ کر انگریزی میں
شکایت لکھی۔ نمبر ملا [[REFERENCE:OBC/MH/2217]]۔

دوسرے مرحلے میں ہاؤسنگ منیجر [[PERSON:ہیلن کارٹر]] خود آئیں۔ انہوں نے مانا کہ پورے پارک کے کھمبوں کا
معائنہ آٹھ سال سے نہیں ہوا تھا۔ [[ORGANISATION:Brightline Electrical Contractors]] نے دو ہفتوں میں سارے
کھمبے بدل دیے۔ کونسل نے تحریری معافی مانگی، ۴۰۰ پاؤنڈ دیے، اور اب ان کے پاس ان گھروں کی فہرست ہے جہاں کوئی
طبی مشین پر ہے؛ بجلی جائے تو چار گھنٹے میں جنریٹر پہنچتا ہے۔

ہم نے بہت کچھ دیکھا ہے، اس لیے افسروں پر جلدی یقین نہیں کرتے۔ مگر اس بار بات سنی گئی۔ کوئی بات کرنا چاہے
تو میرا نمبر ہے [[PHONE:۰۷۷۰۰ ۹۰۰۲۸۶]]۔
"""),
    ),
    (
        "fv2at-ur-03",
        "ur",
        _s("""
ہمارا خاندان بڑا ہے اور نام بار بار آتے ہیں، اس لیے پہلے تعارف کروا دوں۔ ابو [[PERSON:محمد اکرم]] ہیں،
جنہیں سب [[PERSON:بڑا اکرم]] کہتے ہیں۔ میرے بڑے بھائی کا نام بھی [[PERSON:اکرم]] ہے، وہ
[[PERSON:چھوٹا اکرم]] ہے۔ میں [[PERSON:شازیہ اکرم]] ہوں، گھر میں سب [[PERSON:شازی]] کہتے ہیں۔ میرا
بیٹا [[PERSON:پپو]] — اصل نام [[PERSON:فیضان]] — [[AGE:۷ سال]] کا ہے۔

ہم سب [[ADDRESS:27 Clover Street]] والے گھر میں رہتے تھے، جو [[ORGANISATION:Brackenridge Homes]] کا
ہے۔ ۲۰۲۲ میں کچن میں آگ لگی۔ شکر ہے کوئی زخمی نہیں ہوا، مگر گھر رہنے کے قابل نہ رہا۔ ایسوسی ایشن نے ہمیں
اپنی زمین پر، [[ADDRESS:مل لین ڈپو]] کے پیچھے، تین اسٹیٹک کیراوان دے دیے اور کہا کہ چھ مہینے میں گھر ٹھیک
ہو جائے گا۔

ہم بیس مہینے کیراوان میں رہے۔ ابو کو [[HEALTH:گٹھیا]] ہے، کیراوان کی تین سیڑھیاں ان کے لیے پہاڑ تھیں۔
سردیوں میں کھڑکیوں کے اندر برف جمتی تھی۔ [[PERSON:پپو]] کو [[ADDRESS:Clover Street Primary]] تک
پہنچانے میں روز چالیس منٹ لگتے تھے۔ ہر مہینے ہاؤسنگ آفیسر [[PERSON:لیان]] کہتی، "اگلے مہینے"۔

میں نے شکایت کی، نمبر [[REFERENCE:BH-DEC-0932]]۔ دونوں مرحلوں کے جواب میں بس تاخیر کی وجوہات تھیں:
ٹھیکیدار، انشورنس، اسٹیل کی قیمت۔ پھر [[PERSON:چھوٹا اکرم]] نے کہا کہ اب اوپر جاؤ۔ ہاؤسنگ اومبڈسمین کے
کیس کا نمبر [[REFERENCE:202306644]] تھا۔

اومبڈسمین نے فیصلہ دیا کہ ایسوسی ایشن نے ہمیں ہر مہینے سچ نہیں بتایا اور مرمت کی نگرانی ہی نہیں کی۔ چار
مہینے میں گھر مکمل ہوا۔ ہمیں ۲۴۰۰ پاؤنڈ ملے اور تحریری معافی۔ اب [[ORGANISATION:Brackenridge Homes]]
کا اصول ہے کہ عارضی رہائش والے خاندان کو ہر مہینے لکھ کر بتایا جائے کہ کام کہاں تک پہنچا، اور چھ مہینے سے
زیادہ کسی کو کیراوان میں نہیں رکھا جاتا۔

ہم واپس [[ADDRESS:27 Clover Street]]، [[POSTCODE:bd5 8nq]] میں ہیں۔ [[PERSON:بڑا اکرم]] نے واپسی کے
دن [[ADDRESS:جامع مسجد غوثیہ]] میں مٹھائی بانٹی۔ کسی کو ہماری طرح کا مسئلہ ہو تو فون کرے:
[[PHONE:صفر سات سات صفر صفر، نو صفر صفر، چار سات تین]]۔
"""),
    ),
    (
        "fv2at-ur-04",
        "ur",
        _s("""
میں [[PERSON:عائشہ رحمان]] ہوں اور [[ORGANISATION:Cresswell Housing Association]] میں ٹیننسی منیجر کے
طور پر کام کرتی ہوں۔ ہماری ایسوسی ایشن [[ADDRESS:Furzedown Meadow]] سائٹ چلاتی ہے۔ یہ کیس مسز
[[PERSON:کیتھلین جوائس]] اور ان کے خاندان کا ہے، جو [[OTHER_SPECIAL:آئرش ٹریولر]] ہیں، اور انہوں نے
اجازت دی ہے کہ ہم نام کے ساتھ لکھیں۔

مسز [[PERSON:جوائس]] [[ADDRESS:پچ نمبر ۸]] پر اپنے شوہر [[PERSON:پیڈی]] کے ساتھ رہتی ہیں، جنہیں سائٹ
پر سب [[PERSON:بگ پیڈی]] کہتے ہیں۔ پچھلی سردیوں میں ان کے ڈے روم کی چھت ٹپکنے لگی۔ مرمت کا آرڈر،
[[REFERENCE:CHA-R-558021]]، ہمارے ٹھیکیدار [[ORGANISATION:Castlemead Roofing]] کو گیا۔

تین بار ٹھیکیدار کا آدمی آیا اور گاڑی سے اترے بغیر چلا گیا۔ تیسری بار اس نے بچوں کے سامنے کہا کہ "ہم پولیس
کے بغیر پچ پر نہیں جاتے"۔ ان کا پوتا [[PERSON:مائیکل]]، جو [[AGE:۱۸ ماہ]] کا ہے، اسی کمرے میں سوتا تھا
جہاں بالٹیاں رکھی تھیں۔ بیٹی [[PERSON:شیوان]] نے شکایت درج کروائی، نمبر [[REFERENCE:CHA-C-2291]]۔

جب میں نے تحقیق کی تو پتا چلا کہ ٹھیکیدار کے سسٹم میں سائٹ کے ہر پتے پر برسوں پرانا نشان لگا ہوا تھا: "دو
آدمی، پولیس ساتھ"۔ کسی نے کبھی پوچھا تک نہیں کہ کیوں۔ یہ امتیازی سلوک تھا، اور ہم نے اسے اسی نام سے لکھا۔

ہم نے کیا کیا: نشان اسی دن ہٹا دیا گیا؛ دوسری ٹیم نے ایک ہفتے میں چھت بدل دی؛ ٹھیکیدار کے عملے کی تربیت
ہوئی اور ان کے ڈائریکٹر نے [[PERSON:جوائس]] خاندان کو خود معافی کا خط لکھا۔ ہم نے ۵۰۰ پاؤنڈ ادا کیے اور
اب ہر سال سائٹ کے رہائشیوں کے ساتھ بیٹھ کر ٹھیکیداروں کے ریکارڈ دیکھتے ہیں۔

میں خود [[OTHER_SPECIAL:پاکستانی نژاد]] ہوں اور جانتی ہوں کہ کسی کا پتا یا نام دیکھ کر فیصلہ کرنا کیسا لگتا
ہے۔ [[PERSON:بگ پیڈی]] نے میٹنگ کے آخر میں کہا، "تم ٹھیک ہو، باقیوں کا دیکھیں گے"۔ کسی رہائشی کو ایسا
تجربہ ہو تو مجھے لکھیں: [[EMAIL:a.rahman@cresswell-ha.example.org]]
"""),
    ),
    (
        "fv2at-ur-05",
        "ur",
        _s("""
میں [[PERSON:نسرین اختر]] ہوں۔ بیوہ ہوں؛ میرے شوہر مرحوم [[PERSON:اشفاق احمد]] نے دس سال پہلے یہ وائڈ
بیم کشتی خریدی تھی اور اس کا نام [[ADDRESS:گل بہار]] رکھا تھا۔ اب میں اور میرا بیٹا [[PERSON:حمزہ]]، جو
[[AGE:سولہ برس]] کا ہے، اس پر [[ADDRESS:Hackford Basin]] کی [[ADDRESS:برتھ بی ۴]] پر رہتے ہیں۔ بیسن
[[ORGANISATION:Leaside Moorings Co-operative]] کا ہے۔

پچھلے سال میری امی پاکستان میں فوت ہو گئیں اور میں تین مہینے وہاں رہی۔ [[PERSON:حمزہ]] میرے بھائی کے گھر
رہا تاکہ [[ADDRESS:Ashgrove Academy]] نہ چھوٹے۔ واپس آئی تو کشتی پر نوٹس لگا تھا کہ "مستقل رہائش نہ
ہونے" کی وجہ سے میرا موورنگ معاہدہ ختم، اٹھائیس دن میں برتھ خالی کریں۔

کوآپریٹو کی سیکرٹری [[PERSON:جولیان ہیز]] نے ثبوت مانگا کہ میں کہاں تھی۔ میں نے پاسپورٹ کی کاپی دی، نمبر
[[OTHER_ID:AK4827193]]، جس پر پاکستان کی مہریں تھیں، اور اپنی تاریخ پیدائش
[[DATE_OF_BIRTH:چار جنوری انیس سو اکہتر]] بھی لکھی، کیونکہ ان کے فارم پر پوچھی گئی تھی۔ پھر بھی جواب آیا
کہ قاعدہ قاعدہ ہے۔

میں نے [[EMAIL:nasreen dot akhtar at example dot com]] سے شکایت بھیجی، نمبر [[REFERENCE:LMC-4406]]۔
دوسرے مرحلے کے بعد ہاؤسنگ اومبڈسمین کو لکھا، کیس نمبر [[REFERENCE:202409871]]۔

اومبڈسمین کے فیصلے سے پہلے ہی کوآپریٹو کی کمیٹی نے نوٹس واپس لے لیا اور مانا کہ ان کے قواعد میں کہیں نہیں
لکھا کہ سوگ میں گئی عورت اپنا گھر کھو دے گی۔ انہوں نے تحریری معافی دی اور ان تین مہینوں کی فیس واپس کی۔
پہلے وہ رقم غلطی سے میرے مرحوم شوہر کے پرانے اکاؤنٹ میں بھیج دی، سارٹ کوڈ [[OTHER_ID:20-44-91]]، اکاؤنٹ
[[OTHER_ID:53108826]]، جو بند ہو چکا تھا؛ دوسری بار صحیح جگہ پہنچی۔

اب کوآپریٹو کا اصول ہے کہ کوئی ممبر بتا کر چھ مہینے تک باہر رہ سکتا ہے۔ [[PERSON:حمزہ]] نے کہا، امی، ابو
ہوتے تو یہی کرتے۔
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
