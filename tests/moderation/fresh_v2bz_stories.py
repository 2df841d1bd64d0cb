"""Fresh version-2 PII test stories, batch bz.

Memorials and stories told after a death: a son, daughter, grandchild, neighbour or carer writes
about a resident who has died (of old age or illness, or after damp, cold, a fall or a broken
lift), the complaint that was put right too late or in time for their last years, and what the
landlord changed afterwards. The texts read like eulogies: the deceased's full name and the name
the street knew them by (Peg, PJ, Bridie, Gienia, Reli, Stelică, أم محمد, ਰਾਜੀ, ਹੈਪੀ), their age at
death, date of birth (in figures, in words, with a Roman-numeral month or in native digits), the
late spouse, children, grandchildren and neighbours, the funeral at a named church, mosque,
gurdwara, mandir or imambargah, the street they lived on for decades, their illnesses, and the
officers who helped. Names that are also ordinary words appear in both uses in the same story
(Precious, Will, Hope, Dawn, Mark, Róża, Wilk, Speranța, Doina, أمل, كريم, سعيد, حنان, وفاء, شريف,
শান্তি, মুক্তি, আশা, প্রীতি, ਅਮਨ, ਖ਼ੁਸ਼ੀ, ਪੂਜਾ, ਵਿਕਾਸ, ਫ਼ਤਿਹ, امید, رحمت); only the name uses are
marked. Marking choices: the deceased and every relative, officer and neighbour is PERSON in every
inflected form (Haliną, Zbyszkiem, Tomkowi, Albercie Foulkesie, Ednei, Floarei, শান্তির), a
surname after a title included (Mrs Protheroe, domnului Mocanu); Arabic clitics (و, بـ) and
Bengali hyphenated case endings (-এর, -এ, -কে) stay outside the span, fused endings inside;
titles and kinship words (Mrs, Uncle, pan, pani, doamna, nea, mamaie, tataie, الحاج, چاچا, بابا جی,
آپا, ਸਰਦਾਰ, ਲਾਲਾ, ਬਾਪੂ, ਜੀ, ਭੈਣ ਜੀ, সাহেব, আন্টি, আপা) stay outside. Ages at death are AGE with the
unit that follows the number ("84" in "aged 84", "87 years old", "٧٢ عامًا", "73 lat",
"76 de ani", "৭৮ বছর", "dziewięcioletni"); "over 75" is not marked. Only dates of birth are
DATE_OF_BIRTH: dates of death, funerals and saints' days are left unmarked. A named place of
worship the family attended or held the funeral at is ADDRESS (with the word for church, mosque
or gurdwara inside when it is part of the name, "kościele Matki Bożej Częstochowskiej"), as are
the street they lived on even without a number, a house number alone ("number 25",
"czternastki", "numărul 11", "৯ নম্বর") and a named block or pub that says where the home was.
Countries of origin, religion and refugee status are OTHER_SPECIAL; conditions are HEALTH only
where they are someone's own; towns of birth, hospitals, crematoria, generic "the mosque" or
"the gurdwara", boroughs and towns are not marked.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 8 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 74.3% of 35, recall 98.0%, precision 82.0%, on the committed
detector 9999158 (after round 65); leak-free by language ar 1, bn 5, en 3, pa 3, pl 4, ro 5, ur 5 of 5.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2bz-en-01",
        "en",
        _s("""
My mother, [[PERSON:Margaret Ellen Hughes]], died on 9 January 2025, aged [[AGE:84]]. Everyone
on [[ADDRESS:Tenby Street]] knew her as [[PERSON:Peg]]. She was born on
[[DATE_OF_BIRTH:17 March 1940]] and moved into [[ADDRESS:23 Tenby Street]],
[[POSTCODE:CF24 3LP]], with my father, [[PERSON:Glyn Hughes]], in 1978. Dad died in 2011 and she
stayed on, because the house was still full of us: me, my sister [[PERSON:Carys]], and later the
grandchildren, [[PERSON:Ffion]], [[PERSON:Osian]] and [[PERSON:Rhys]], the baby of the family.

Mum had [[HEALTH:COPD]] for the last ten years of her life. From 2021 the back bedroom wall was
wet to the touch and the mould crept behind her wardrobe. She reported it to
[[ORGANISATION:Glanrhyd Housing Association]] four times; each time someone came, wiped it with
bleach and left. I made a formal complaint in her name in October 2023, reference
[[REFERENCE:GHA-CMP-20931]], and rang [[PHONE:029 2018 0647]] more times than I can count.

Stage two was handled by [[PERSON:Delyth Morgan]], the first person who came and sat in Mum's
kitchen and listened. Within six weeks the guttering was replaced, the cavity wall insulation
that had been soaking up rain was pulled out, and a ventilation unit was fitted in the loft. Mum
had one dry winter. She caught [[HEALTH:pneumonia]] just before Christmas 2024 and never came home
from the hospital.

Her funeral was at [[ADDRESS:St Saviour's]], where she had done the flowers every Sunday since the
seventies. Our neighbour from [[ADDRESS:number 25]], Mrs [[PERSON:Protheroe]], read the lesson,
and [[PERSON:Ffion]] sang.

Since then the association has written to say it now inspects every home where a tenant has a
lung condition each autumn, before the heating goes on, and [[PERSON:Delyth]] sent us a card. I
wish it had happened in 2021, not 2023. If your mum or dad is waiting on a damp repair, don't
wait as long as we did. — [[PERSON:Huw Hughes]], [[EMAIL:huw.hughes@example.org]]
"""),
    ),
    (
        "fv2bz-en-02",
        "en",
        _s("""
We buried my father, [[PERSON:Winston Augustus Clarke]], on a grey Thursday in March. He was
[[AGE:87 years old]]. He was born in Kingston, [[OTHER_SPECIAL:Jamaica]], on
[[DATE_OF_BIRTH:2 August 1936]], came to London in 1961 and drove the number 36 bus for
thirty-one years. For the last forty of them he and my mother, [[PERSON:Gloria]], lived in
[[ADDRESS:flat 41, Marlowe House]] on the [[ADDRESS:Cressfield Estate]], [[POSTCODE:SE15 5RN]].
Mum passed in 2016 and Dad would not hear of moving.

He had [[HEALTH:glaucoma]] and could barely see in poor light. In the autumn of 2022 the lights
on the stairwell failed and the lift was out for eleven weeks. [[ORGANISATION:Thameside Commons
Housing]] logged it, and logged it again. On 4 December Dad missed a step in the dark, fell a
full flight and suffered a [[HEALTH:broken hip]]. He never walked properly again.

My brother [[PERSON:Delroy]] and I complained, and when the stage two answer blamed "contractor
availability" we went to the Housing Ombudsman, case [[REFERENCE:202318874]]. The Ombudsman found
severe maladministration. The landlord apologised in writing, paid compensation, and now has a
rule that a failed stairwell light in a block with a lift outage is a four-hour emergency. The
caretaker, [[PERSON:Sunny Akhtar]], told us he had been asking for that for years.

Dad spent his last year in a ground-floor flat with a level-access shower. Those were precious
months: his grandchildren [[PERSON:Jordan]], [[PERSON:Tia]] and [[PERSON:Precious]] visited every
Sunday and he taught [[PERSON:Precious]] dominoes. He died peacefully on 19 February.

The service was at [[ADDRESS:Mount Zion Pentecostal Church]], packed to the doors. If you want to
share a memory of him, you can reach me, [[PERSON:Beverley Clarke-Osei]], on
[[PHONE:020 7946 0219]].
"""),
    ),
    (
        "fv2bz-en-03",
        "en",
        _s("""
I'm writing this for Mr [[PERSON:Edward Pickles]], who lived across from me at
[[ADDRESS:14 Holme Garth]], [[POSTCODE:BD7 2QS]], for fifty-two years. To the kids on our street
he was Uncle [[PERSON:Ted]]. He was born on [[DATE_OF_BIRTH:30/11/1941]], worked at the mill until
it shut, and never missed his Friday pint at the [[ADDRESS:Fleece]]. He died on 2 February this
year, aged [[AGE:83]].

[[PERSON:Ted]] lost his sister [[PERSON:Dorothy]] in 2019 and after that it was mostly me and his
nephew
[[PERSON:Gary Pickles]] keeping an eye on him. He had [[HEALTH:Parkinson's]] and his hands shook
too much to light the gas fire, so he relied on the boiler. On 11 December the boiler packed up.
[[ORGANISATION:Calder Moor Housing]] gave it repair job number [[REFERENCE:RJ-449102]] and a
"routine" priority. A part was ordered, then the wrong part came. I took round soup and my own
fan heater, and I rang the repairs line on [[PHONE:0113 496 0581]] every morning.

On Boxing Day I found him in his chair, confused and ice cold. The paramedics said
[[HEALTH:hypothermia]]. He came round in hospital but caught a chest infection and never came home.

I'm [[PERSON:Nasreen Bibi Hussain]], and I complained because nobody else was going to. The
landlord's investigator, [[PERSON:Craig Ashworth]], was honest with me: the system had no way to
flag that [[PERSON:Ted]] lived alone with a disability. They have now built one. Anyone on the
vulnerability
register who loses heating in winter gets temporary heaters the same day and a visit within
twenty-four hours, and the priority of his job was reviewed in public at their board meeting.

The funeral was at the crematorium; half the street came. [[PERSON:Gary]] read out [[PERSON:Ted]]'s
own
list of "things worth knowing", starting with "always check the boiler before Bonfire Night".
"""),
    ),
    (
        "fv2bz-en-04",
        "en",
        _s("""
I'm [[PERSON:Dawn Whitlock]] and I was a home carer with [[ORGANISATION:Brightwell Care]] for
Mrs [[PERSON:Hope Mensah]] for almost five years, until she died in April at the age of
[[AGE:85]]. She was up before dawn every day of her life, praying. She came to Nottingham from
[[OTHER_SPECIAL:Ghana]] in 1962, nursed at the City Hospital for thirty years and raised two
children, [[PERSON:Abena]] and [[PERSON:Kwabena]], with her husband [[PERSON:Samuel]], who died in
2008. On every form I filled in for her, her date of birth was written out in full:
[[DATE_OF_BIRTH:the fourth of June, nineteen thirty-nine]].

After a [[HEALTH:stroke]] in 2019 she couldn't manage the stairs at [[ADDRESS:7 Orchard Close]],
[[POSTCODE:NG5 4HW]], and was washing at the kitchen sink. The occupational therapist,
[[PERSON:Priya Nair]], recommended a stairlift and a level-access shower in early 2020, adaptation
reference [[REFERENCE:ADAPT/2020/0316]]. [[ORGANISATION:Northgate Vale Housing Trust]] then
lost the paperwork twice. When I asked, they wanted her NHS number again,
[[OTHER_ID:943 476 5919]], as if we hadn't sent it. By then she also had
[[HEALTH:vascular dementia]], and some days she thought she was back on the ward.

Her daughter [[PERSON:Abena]] made the complaint and I wrote a statement. We never lost hope. The
trust's complaints lead, [[PERSON:Martin Oduya]], rang [[PHONE:0115 496 0723]], my work phone,
within two days, and the work was done by Christmas 2021. So this story ended better than some:
Mrs [[PERSON:Mensah]] had three more years at home, showering on her own, sitting in her garden
with her grandson [[PERSON:Kofi]].

The trust now sets a twelve-week deadline for adaptations and tells families who is responsible
at each step. Her funeral was at [[ADDRESS:Wesley Methodist Church]], where she sang in the choir.
I'm proud I knew her.
"""),
    ),
    (
        "fv2bz-en-05",
        "en",
        _s("""
My grandad, [[PERSON:Patrick Joseph Brennan]], died on 28 October aged [[AGE:91]]. Nobody ever
called him [[PERSON:Patrick]]: he was [[PERSON:PJ]] to the whole of [[ADDRESS:Ashbourne Court]]. He
came over
from [[OTHER_SPECIAL:Ireland]] in 1955, was born on [[DATE_OF_BIRTH:12.05.1933]] and was a
[[OTHER_SPECIAL:Catholic]] who never missed Mass at [[ADDRESS:Our Lady of Lourdes]]. He married my
nan, [[PERSON:Bridget]], known to everyone as [[PERSON:Bridie]], in 1958; she died in 2010. They
had three children, [[PERSON:Siobhan]], [[PERSON:Declan]] and my mum, [[PERSON:Mary]], and seven
grandchildren, including me and my cousin [[PERSON:Mark]].

For six years the roof over his bedroom in [[ADDRESS:flat 12]], [[POSTCODE:M14 6BX]], leaked
every time it rained. Grandad was [[HEALTH:deaf]] in one ear and would not use the phone, so I
reported it for him to [[ORGANISATION:Irwell Side Homes]] and posted photos on X as
[[OTHER_ID:@WillBrennanMCR]]. Patching happened; fixing did not.

In 2022 he was diagnosed with [[HEALTH:bowel cancer]] and I went to the Housing Ombudsman, case
[[REFERENCE:202204516]]. Things moved fast after that. [[PERSON:Tamsin Reeve]] from the
landlord's complaints team got the whole roof replaced in a month, and they paid him £1,400. He
spent his last two years in a dry bedroom. He made his mark on that landlord, and they now
survey every top-floor flat in the block each year.

Reading his will, we found he'd left his fishing rods to me, [[PERSON:Will]], and "fifty quid
to whoever fixes the roof next". Anyone who knew him can get in touch on
[[PHONE:0161 496 0438]] or [[EMAIL:will.brennan@example.com]].
"""),
    ),
    (
        "fv2bz-ar-01",
        "ar",
        _s("""
رحل والدي [[PERSON:عبد الرزاق حسن الجبوري]] في الخامس من شباط الماضي عن عمر ناهز
[[AGE:٧٩ عامًا]]. وُلد في [[DATE_OF_BIRTH:١ تموز ١٩٤٥]]، وجاء من [[OTHER_SPECIAL:العراق]] إلى
كارديف عام ١٩٩٧، وعاش قرابة ربع قرن في [[ADDRESS:32 Clarendon Road]]، الرمز البريدي
[[POSTCODE:CF11 9LB]]، مع والدتي المرحومة [[PERSON:سعاد]] التي سبقته إلى رحمة الله عام ٢٠١٨.

كان أبي مريضًا بـ[[HEALTH:الانسداد الرئوي المزمن]]، وكانت غرفة نومه في الطابق الأرضي باردة
ورطبة، والعفن الأسود يغطي الزاوية فوق سريره. اشتكينا إلى [[ORGANISATION:Trelai Homes]] مرات
كثيرة، وكانوا يرسلون عاملًا يدهن الجدار ويرحل. في أيلول ٢٠٢٣ قدّمتُ شكوى رسمية برقم
[[REFERENCE:TH-2023-08817]]، واتصلت بهم على [[PHONE:٠٢٩ ٢٠١٨ ٠٣٢٢]] حتى حفظ موظفو الاستقبال
صوتي.

في المرحلة الثانية تولّت الشكوى [[PERSON:كاثرين هيوز]] ([[PERSON:Catherine Hughes]])، وزارت
البيت بنفسها، وقالت لأبي بالعربية القليلة التي تعرفها: «آسفة يا عمّ». خلال شهرين استُبدل سقف
المطبخ وعُزلت الجدران ورُكّبت مراوح تهوية. لكن رئتيه كانتا قد تعبتا، وأمضى شتاءه الأخير بين
البيت والمستشفى.

صلّينا عليه في [[ADDRESS:مسجد دار السلام]]، ووقفت إلى جانبي أختاي [[PERSON:نور]]
و[[PERSON:أمل]]، ومعنا أحفاده [[PERSON:يوسف]] و[[PERSON:مريم]] و[[PERSON:سعاد]]، حفيدته التي
سُمّيت على اسم جدتها. لم نفقد الأمل قط في أن يتغيّر شيء، وقد تغيّر: الشركة الآن
تفحص سنويًا كل بيت فيه مستأجر مريض بالرئة، ولديها سجلّ للمستأجرين الأكثر عرضة للخطر.

أكتب هذا باسمي، [[PERSON:عمر عبد الرزاق]]، لأن أبي كان يقول: «الحقّ لا يضيع وراءه مطالب».
للتواصل: [[EMAIL:omar.aljubouri@example.com]].
"""),
    ),
    (
        "fv2bz-ar-02",
        "ar",
        _s("""
أمي [[PERSON:فاطمة الزهراء قاسم]]، أو [[PERSON:أم محمد]] كما عرفها كل الحي، توفيت في شيفيلد
في آب الماضي عن [[AGE:٧٢ عامًا]]. وُلدت في حمص بتاريخ [[DATE_OF_BIRTH:15/03/1952]]، ووصلت إلى
بريطانيا عام ٢٠١٦ بصفة [[OTHER_SPECIAL:لاجئة]] مع أبي [[PERSON:محمد خير الحلبي]]، رحمه الله،
الذي لم يعش بعد وصولنا إلا عامين.

سكنت أمي في [[ADDRESS:الشقة ٥، ويلو كورت]]، الرمز البريدي [[POSTCODE:s24qt]]، وكانت تعاني من
[[HEALTH:الفشل الكلوي]] وتذهب إلى غسيل الكلى ثلاث مرات في الأسبوع. في شتاء ٢٠٢٢ تعطّلت التدفئة
ثلاث مرات في شهر واحد، وكانت ترجع من المستشفى إلى بيت لا تتجاوز حرارته إحدى عشرة درجة. الجهة
المؤجرة، [[ORGANISATION:شيف فالي هومز]] ([[ORGANISATION:Sheaf Valley Homes]])، كانت تقول كل
مرة إن الفني «في الطريق».

أنا ابنتها [[PERSON:رهف]]، وقد كتبت الشكوى مع أخي [[PERSON:محمد]]، ورقمها
[[REFERENCE:SVH/C/118204]]. ردّت علينا موظفة اسمها [[PERSON:جيني]] واعتذرت بصدق، ثم تغيّر كل
شيء: غلاية جديدة خلال أسبوع، وفحص شهري للتدفئة في بيوت المرضى الذين يخضعون لغسيل الكلى، ورقم
مباشر لنا، [[PHONE:0114 496 0581]]. عاشت أمي سنتها الأخيرة في دفء، تطبخ المحشي لحفيديها
[[PERSON:لانا]] و[[PERSON:كريم]] وتقول لنا حين نقلق: «الله كريم».

صُلّي عليها في [[ADDRESS:مسجد الرحمة]]، رحمها الله، ودُفنت إلى جانب أبي. أكتب قصتها كي لا
تنتظر أمٌّ أخرى شتاءً كاملًا. للتواصل مع العائلة: [[EMAIL:rahaf.qasem@example.org]].
"""),
    ),
    (
        "fv2bz-ar-03",
        "ar",
        _s("""
أكتب عن جارنا الحاج [[PERSON:إدريس بنعلي]]، الذي توفي في برمنغهام في تشرين الثاني عن
[[AGE:٨٨ عامًا]]. كان يقول إنه وُلد في [[DATE_OF_BIRTH:العاشر من أيار ١٩٣٦]]، وجاء من
[[OTHER_SPECIAL:المغرب]] شابًا ليعمل في مصانع السيارات. عاش أربعين سنة في
[[ADDRESS:Flat 9, Hollybank Tower]]، الطابق السابع، وكان سعيدًا بنافذته المطلّة على المدينة.
زوجته المرحومة [[PERSON:خديجة]] توفيت عام ٢٠١٥، وله ثلاثة أبناء: [[PERSON:رشيد]]
و[[PERSON:سعيد]] و[[PERSON:زهرة]].

كان الحاج يعاني من [[HEALTH:هشاشة العظام]]، ولا يستطيع صعود الدرج. في ربيع ٢٠٢٣ تعطّل المصعد
ثلاثة أشهر كاملة، وبقي حبيس شقته. اشتكيت أنا، [[PERSON:حنان الزين]]، من الشقة المجاورة إلى
[[ORGANISATION:Brindley Heath Housing]] برقم الشكوى [[REFERENCE:BHH/LFT/7730]]، وكان ابنه
[[PERSON:سعيد]] يترك سيارته [[OTHER_ID:BX19 KTF]] في موقف المعاقين ليحمل له الطعام على الدرج.
في أحد الأيام حاول أن ينزل وحده إلى صلاة الجمعة، فسقط على الدرج وأُصيب بـ[[HEALTH:كسر في
الورك]].

بعد ذلك رفعنا الأمر إلى أمين المظالم للإسكان، القضية رقم [[REFERENCE:202401233]]. اعترفت الجهة
المؤجرة بالتقصير، وغيّرت عقد صيانة المصاعد إلى شركة [[ORGANISATION:Apex Lift Services]] التي
تلتزم بالإصلاح خلال ثمانٍ وأربعين ساعة، وصارت تتصل بكل ساكن فوق الطابق الخامس عند أي عطل. لكن
الحاج لم يرجع إلى شقته بعد العملية.

صلّينا عليه في [[ADDRESS:مسجد النور]] الذي كان يؤمّه سنوات، وكان المسجد مليئًا بالنور والناس.
كنت أعتني به بكل حنان كأنه أبي. أرجو أن تكون قصته سببًا في ألا يُحبس جارٌ آخر في بيته.
"""),
    ),
    (
        "fv2bz-ar-04",
        "ar",
        _s("""
جدتي [[PERSON:صفية أحمد سالم]] رحلت في ليفربول في شهر رمضان الماضي عن [[AGE:٩٣ سنة]]. جاءت
من [[OTHER_SPECIAL:اليمن]] لتعيش قرب أولادها، وتاريخ ميلادها في أوراقها الرسمية
[[DATE_OF_BIRTH:8/2/1931]]، وإن كانت تضحك وتقول إن أحدًا لا يعرف يومها الحقيقي. جدي
[[PERSON:عبده سالم]] توفي قبلها بعشرين سنة.

عاشت سنوات في [[ADDRESS:الشقة ١٧ في مبنى Kempston House]]، في الطابق الرابع، وقد فقدت معظم
بصرها بسبب [[HEALTH:الغلوكوما]] وكانت تعاني من [[HEALTH:التهاب المفاصل]]. سجّلناها على قائمة
الإسكان برقم [[REFERENCE:HR-L-330912]] عام ٢٠١٨ وطلبنا نقلها إلى بيت أرضي، ومرّت سنتان بلا
جواب من [[ORGANISATION:Mersey Dock Homes]]. كانت عمتي [[PERSON:وفاء]] تصعد إليها كل يوم بوفاء
لا يعرف التعب، وعمتي [[PERSON:هدى]] تأتي من مانشستر في نهاية الأسبوع.

أنا حفيدها [[PERSON:ياسر عبد الله سالم]]، ابن [[PERSON:عبد الله]]. كتبت الشكوى بالإنجليزية
ووضعت فيها تقرير أخصائية العلاج الوظيفي [[PERSON:سارة بلاك]]. تغيّر الجواب خلال أسابيع:
اعتذرت الجهة المؤجرة، ونقلت جدتي إلى [[ADDRESS:4 Elm Vale]]، [[POSTCODE:L8 1XP]]، وهو بيت أرضي
فيه حمّام بلا عتبة ودرابزين على طول الممر. وكتبوا لنا أنهم صاروا يراجعون كل طلب نقل طبي خلال
ستة أسابيع بدلًا من تركه في الطابور العام.

عاشت هناك أربع سنوات سعيدة، تجلس في الحديقة الصغيرة وتسمع القرآن وتعدّ أحفادها بأصواتهم. صلّينا
عليها في [[ADDRESS:مسجد الهدى]] القريب من بيتها، وكان الإمام يعرفها باسمها. من أراد أن يعزّي
العائلة فرقمي [[PHONE:07700 900584]].
"""),
    ),
    (
        "fv2bz-ar-05",
        "ar",
        _s("""
أبي [[PERSON:مجدي فؤاد النجار]] مات بـ[[HEALTH:سرطان الرئة]] في مانشستر في آذار، عن
[[AGE:٧٥ سنة]]. وُلد في الإسكندرية يوم [[DATE_OF_BIRTH:٢٢ أكتوبر ١٩٤٩]]، وكان
[[OTHER_SPECIAL:قبطيًا]] يصلّي كل أحد في [[ADDRESS:كنيسة مار مرقس]]، وهناك أقمنا جنازته. أمي
[[PERSON:نادية]] سبقته عام ٢٠٢٠، وترك لنا أنا [[PERSON:دينا]] وأخي [[PERSON:شريف]] وحفيديه
[[PERSON:جنى]] و[[PERSON:آدم]]، وذكرى رجل شريف لم يتأخر يومًا عن دفع إيجاره.

قصتنا ليست عن إصلاح تأخّر، بل عمّا حدث بعد الوفاة. بعد أسبوع واحد من الجنازة وصلتنا رسالة من
[[ORGANISATION:Irk Valley Housing]] تطالب بتسليم مفاتيح [[ADDRESS:الشقة ٦، 18 Cheetwood Walk]]
خلال أسبوعين، وبدفع «رسوم إشغال» عن كل يوم بعد ذلك، على حساب الإيجار رقم
[[REFERENCE:IVH-T-0093315]]. لم يكن أحد قد كلّمنا، ولم يقل لنا أحد إن من حقّنا طلب مهلة.

اشتكيت، فاتصل بي [[PERSON:مارك تومسون]] من فريق الشكاوى على [[PHONE:0161 496 0907]]، واعتذر
بلطف. ألغت الجمعية الرسوم وأعادت إلى حساب أبي المبلغ الذي خُصم، إلى الحساب المنتهي
بـ[[OTHER_ID:3391]]، ومنحتنا ستة أسابيع لإفراغ الشقة. والأهم أنها غيّرت سياستها: صار لكل عائلة
فقدت مستأجرًا موظف واحد يتابع معها، وأربعة أسابيع بلا رسوم، ورسالة أولى تبدأ بالتعزية لا
بالمطالبة.

أكتب هذا لأن أبي كان سيريد أن تُعامَل العائلة التالية أفضل مما عوملنا. للتواصل:
[[EMAIL:dina.alnaggar@example.com]].
"""),
    ),
    (
        "fv2bz-bn-01",
        "bn",
        _s("""
আমার মা [[PERSON:রাবেয়া খাতুন]] গত নভেম্বরে [[AGE:৭৮ বছর]] বয়সে ইন্তেকাল করেছেন। তাঁর জন্ম
[[DATE_OF_BIRTH:১২ মার্চ ১৯৪৬]], আর ১৯৭৪ সালে তিনি [[OTHER_SPECIAL:বাংলাদেশ]] থেকে আব্বা
[[PERSON:আব্দুল মজিদ]]-এর সঙ্গে লন্ডনে আসেন। আব্বা মারা যান ২০০৯ সালে। তারপর থেকে মা একাই
থাকতেন [[ADDRESS:ফ্ল্যাট ১১, হ্যাভারিং হাউস]]-এ, পোস্টকোড [[POSTCODE:E1 2QJ]]। পঞ্চাশ বছর
তিনি ওই বিল্ডিংয়ে ছিলেন, সিঁড়ির প্রতিটি প্রতিবেশী তাঁকে চিনত।

মায়ের [[HEALTH:ডায়াবেটিস]] আর [[HEALTH:হাঁপানি]] ছিল। ২০২১ সাল থেকে শোবার ঘরের দেয়ালে কালো
ছত্রাক ছড়িয়ে পড়ে, জানালার কাঁচ বেয়ে পানি নামত। আমরা বারবার
[[ORGANISATION:স্টেপনি গ্রিন হোমস]] ([[ORGANISATION:Stepney Green Homes]])-কে জানিয়েছি,
কিন্তু তারা শুধু রং করে চলে যেত। শেষে আমি, মায়ের ছেলে [[PERSON:জাহিদ]], আনুষ্ঠানিক অভিযোগ
করি, রেফারেন্স [[REFERENCE:SGH/CMP/55120]], আর প্রতি সপ্তাহে [[PHONE:020 7946 0318]] নম্বরে
ফোন করি।

দ্বিতীয় ধাপে অভিযোগটি দেখেন [[PERSON:ক্লেয়ার]] ([[PERSON:Claire Dunn]])। তিনি নিজে এসে
মায়ের হাত ধরে মাফ চেয়েছিলেন। দুই মাসের মধ্যে নতুন জানালা, ভেন্টিলেশন আর দেয়ালের চিকিৎসা হয়।
মা শেষ দুটো শীত শুকনো ঘরে কাটাতে পেরেছিলেন, কিন্তু ফুসফুস আর আগের মতো হয়নি।

মায়ের জানাজা হয় [[ADDRESS:বায়তুল আমান মসজিদ]]-এ, যেখানে তিনি প্রতি শুক্রবার মহিলাদের
হালকায় যেতেন। আমার দুই বোন [[PERSON:শান্তি]] আর [[PERSON:রুমানা]], আর নাতি-নাতনি
[[PERSON:তানিশা]] ও [[PERSON:আয়ান]] সবাই ছিল। [[PERSON:শান্তির]] মেয়ে [[PERSON:তানিশা]]
কোরআন তেলাওয়াত করেছে। আল্লাহ মাকে শান্তিতে রাখুন।

এখন বাড়িওয়ালা প্রতিষ্ঠানটি প্রতি শরৎকালে শ্বাসকষ্টের রোগী আছেন এমন সব বাড়ি পরিদর্শন করে।
এটা আগে হলে মা হয়তো আরও কিছুদিন থাকতেন।
"""),
    ),
    (
        "fv2bz-bn-02",
        "bn",
        _s("""
আমার আব্বা [[PERSON:মোহাম্মদ আব্দুল হাই]], ওল্ডহ্যামের সবাই যাঁকে [[PERSON:হাই]] সাহেব বলে
ডাকত, গত রমজানের আগে [[AGE:৮১ বছর]] বয়সে মারা গেছেন। তাঁর পাসপোর্টে জন্মতারিখ লেখা
[[DATE_OF_BIRTH:০১/০১/১৯৪৩]], যদিও দাদি বলতেন তিনি বর্ষাকালে জন্মেছিলেন। আটত্রিশ বছর তিনি
থেকেছেন [[ADDRESS:৭২ ওয়েস্টউড রোড]], [[POSTCODE:OL9 6HT]]-এ। আমার আম্মা
[[PERSON:জোবেদা বেগম]] মারা যান ২০১৭ সালে।

২০২০ সালে আব্বার [[HEALTH:স্ট্রোক]] হয়, তারপর ধীরে ধীরে [[HEALTH:ডিমেনশিয়া]]। অকুপেশনাল
থেরাপিস্ট সিঁড়িতে দ্বিতীয় রেলিং আর একটি স্টেয়ারলিফট সুপারিশ করেন, রেফারেন্স
[[REFERENCE:OHH-ADP-2291]]। কিন্তু [[ORGANISATION:Oldham Hillside Housing]] এক বছরেও কাজ
শুরু করেনি। ২০২১ সালের শীতে আব্বা সিঁড়ি থেকে পড়ে যান।

আমি [[PERSON:নাসরিন]], তাঁর বড় মেয়ে। ভাই [[PERSON:ফয়সল]] আর ছোট বোন [[PERSON:মুক্তি]]-কে
নিয়ে আমরা অভিযোগ করি। হাসপাতালের কাগজে আব্বার NHS নম্বর [[OTHER_ID:485 773 4567]] দিয়ে আমরা
সব প্রমাণ পাঠাই। অভিযোগ দল থেকে [[PERSON:গ্যারি]] নামে একজন অফিসার এক সপ্তাহে স্টেয়ারলিফট
বসিয়ে দেন এবং লিখিতভাবে ক্ষমা চান। এরপর আব্বা আরও তিন বছর নিজের ঘরে ছিলেন, নাতি
[[PERSON:রাফি]]-র সঙ্গে জানালার পাশে বসে চা খেতেন।

এখন হাউজিং অ্যাসোসিয়েশন বলছে, পড়ে যাওয়ার ঝুঁকি আছে এমন সব অভিযোজনের কাজ আট সপ্তাহের
মধ্যে হবে। আব্বা এখন সব কষ্ট থেকে মুক্তি পেয়েছেন। তাঁর জানাজা হয়েছিল
[[ADDRESS:জালালিয়া জামে মসজিদ]]-এ, তিনি যেখানে তিরিশ বছর ফজরের নামাজ পড়েছেন। যাঁরা আব্বাকে
চিনতেন, তাঁরা আমাকে [[EMAIL:nasrin.hai@example.org]]-এ লিখতে পারেন।
"""),
    ),
    (
        "fv2bz-bn-03",
        "bn",
        _s("""
আমাদের পাশের বাড়ির [[PERSON:জোন]] আন্টি, পুরো নাম [[PERSON:জোন পার্কার]]
([[PERSON:Joan Parker]]), এই জানুয়ারিতে [[AGE:৮৯ বছর]] বয়সে মারা গেছেন। তিনি জন্মেছিলেন
[[DATE_OF_BIRTH:২৯ ফেব্রুয়ারি ১৯৩৬]], তাই হেসে বলতেন, "আমার বয়স আসলে মাত্র বাইশ!" তিনি
থাকতেন [[ADDRESS:৯ নম্বর]]-এ, আমরা [[ADDRESS:১১ বেলভিউ ক্লোজ]]-এ, পোস্টকোড
[[POSTCODE:LU4 8RD]]। তাঁর স্বামী [[PERSON:রন]] মারা যান বহু বছর আগে, আর একমাত্র ছেলে
[[PERSON:ডেভিড]] থাকেন অস্ট্রেলিয়ায়।

আন্টির [[HEALTH:আর্থ্রাইটিস]] ছিল, হাত দিয়ে কিছু ধরতে পারতেন না। ২০২৩ সালের ডিসেম্বরে তাঁর
হিটিং নষ্ট হয়ে যায়। [[ORGANISATION:Chiltern Brook Housing]] মেরামতের কাজের নম্বর দেয়
[[REFERENCE:CBH-R-118273]], কিন্তু দশ দিনেও কেউ আসেনি। আমার স্বামী [[PERSON:কামাল]] একটা
হিটার দিয়ে আসেন, আমি খাবার নিয়ে যাই। এক সকালে আমার মেয়ে [[PERSON:প্রীতি]] দেখে, আন্টি
রান্নাঘরের মেঝেতে পড়ে আছেন, শরীর বরফের মতো ঠান্ডা। ডাক্তার বলেন
[[HEALTH:হাইপোথার্মিয়া]]।

আমি, [[PERSON:শিরিন আক্তার]], তখন অভিযোগ করি। [[PERSON:ডেভিড]] অস্ট্রেলিয়া থেকে ইমেল করেন।
তদন্ত শেষে বাড়িওয়ালা মেনে নেয় যে আন্টির মতো একা থাকা বয়স্ক ভাড়াটেদের কোনো তালিকাই তাদের
ছিল না। এখন আছে: শীতে হিটিং নষ্ট হলে সেদিনই হিটার, আর চব্বিশ ঘণ্টার মধ্যে মেরামত।

আন্টি সেবার সুস্থ হয়ে আরও দুই বছর বেঁচে ছিলেন, আমাদের সঙ্গে ঈদে সেমাই খেতেন, আর
[[PERSON:প্রীতি]]-কে উল বুনতে শিখিয়েছিলেন। তাঁর শেষকৃত্য হয়
[[ADDRESS:সেন্ট মার্গারেটস চার্চ]]-এ। আমাদের পুরো পরিবার গিয়েছিল। প্রতিবেশীর প্রতি প্রীতি আর
দায়িত্ব, এটাই তিনি আমাদের শিখিয়ে গেছেন।
"""),
    ),
    (
        "fv2bz-bn-04",
        "bn",
        _s("""
আমার দাদা [[PERSON:আব্দুর রহমান চৌধুরী]] গত বছর [[AGE:৮৬ বছর]] বয়সে বার্মিংহামে মারা গেছেন।
তাঁর জন্ম [[DATE_OF_BIRTH:৫ই জুলাই ১৯৩৮]]। দাদি [[PERSON:হাসনা বানু]] চলে গেছেন ২০১৫ সালে।
দাদা চল্লিশ বছর ছিলেন [[ADDRESS:গ্রিনওয়ে রোড]]-এর একটি তিন-বেডরুমের বাড়িতে,
[[ADDRESS:৩১ গ্রিনওয়ে রোড]], [[POSTCODE:B10 9QA]]। [[ADDRESS:৩১ নম্বরের]] দরজা সবার জন্য
খোলা থাকত।

তাঁর [[HEALTH:পারকিনসন্স]] আর [[HEALTH:কিডনির অসুখ]] ছিল। বাড়িতে আমরা নয়জন থাকতাম: দাদা,
আমার আব্বা-আম্মা, আমরা তিন ভাইবোন, আর চাচার পরিবার। বাথরুম ছিল দোতলায়, দাদা আর উঠতে
পারতেন না। আমি, [[PERSON:তানিয়া]], ২০২২ সালে [[ORGANISATION:Small Heath Community Homes]]-এ
অভিযোগ করি, রেফারেন্স [[REFERENCE:SHCH-22-04187]]। অভিযোগের ছবি আর ভিডিও পোস্ট করেছিলাম
আমার অ্যাকাউন্ট [[OTHER_ID:@tania_c_brum]]-এ।

এবার সমস্যাটা সময়মতো মিটেছিল। হাউজিং অফিসার [[PERSON:ডেনিস ওয়াকার]] নিজে এসে দেখলেন,
আর ছয় মাসের মধ্যে দাদা আর আমার চাচা [[PERSON:সেলিম]]-এর পরিবারকে কাছেই একটা বাংলোতে সরিয়ে
দেওয়া হলো, নিচতলায় বাথরুম আর হুইলচেয়ারের র‍্যাম্পসহ। দাদা শেষ দুই বছর সেখানে আরামে কাটিয়েছেন,
আমার চাচাতো বোন [[PERSON:আশা]] রোজ তাঁকে বাগানে বসিয়ে দিত।

বাড়িওয়ালা এখন ঘনবসতিপূর্ণ বাড়িতে অসুস্থ বয়স্ক কেউ থাকলে তাদের অগ্রাধিকার তালিকায় রাখে।
দাদার জানাজা হয় [[ADDRESS:শাহজালাল মসজিদ]]-এ। আশা করি আমাদের গল্প অন্য পরিবারকে সাহস দেবে।
যোগাযোগ: [[EMAIL:tania dot chowdhury at example dot org]]।
"""),
    ),
    (
        "fv2bz-bn-05",
        "bn",
        _s("""
আমি [[PERSON:পারভীন সুলতানা]], ব্র্যাডফোর্ডে একজন হোম কেয়ারার। চার বছর আমি দেখাশোনা করেছি
[[PERSON:সুফিয়া খানম]]-এর, যিনি গত আগস্টে [[AGE:৭৪ বছর]] বয়সে [[HEALTH:ক্যান্সার]]-এ মারা
গেছেন। তাঁর জন্ম [[DATE_OF_BIRTH:১৯৫০ সালের ৩রা নভেম্বর]]। স্বামী [[PERSON:তোতা মিয়া]] মারা
যাওয়ার পর তিনি একা থাকতেন [[ADDRESS:ফ্ল্যাট ২বি, ক্যানাল ভিউ কোর্ট]]-এ, পোস্টকোড
[[POSTCODE:bd38pl]]। ছেলে [[PERSON:রিপন]] আর মেয়ে [[PERSON:লাকি]] কাছেই থাকেন, নাতনি
[[PERSON:ইনায়া]] প্রতি শনিবার আসত।

শেষ বছরে তাঁর জন্য হাসপাতালের বিছানা আর অক্সিজেন মেশিন দরকার ছিল, কিন্তু বসার ঘরে ছিল
স্যাঁতসেঁতে দেয়াল আর একটাই বিদ্যুতের সকেট। নার্সরা বলেছিলেন, এই অবস্থায় বাড়িতে শেষ সময়
কাটানো নিরাপদ নয়। [[PERSON:সুফিয়া]] আপা শুধু একটা কথাই বলতেন: "আমি নিজের ঘরে মরতে চাই।"

আমি আর [[PERSON:লাকি]] মিলে [[ORGANISATION:Airedale Canal Housing]]-কে লিখি, রেফারেন্স
[[REFERENCE:ACH/EOL/0542]], আর আমার নম্বর [[PHONE:০৭৭০০ ৯০০৪৬২]] দিয়ে রাখি। এবার তারা দ্রুত
সাড়া দেয়। অফিসার [[PERSON:হেলেন ব্রিগস]] তিন দিনের মধ্যে ইলেকট্রিশিয়ান পাঠান, দেয়াল শুকানোর
যন্ত্র বসান, আর দশ দিনে ঘরটা তৈরি হয়ে যায়। [[PERSON:সুফিয়া]] আপা শেষ চার মাস নিজের জানালার
পাশে শুয়ে ক্যানালের হাঁস দেখতেন।

বাড়িওয়ালা এখন জীবনের শেষ পর্যায়ের রোগীদের জন্য "দ্রুত পথ" চালু করেছে: সাত দিনের মধ্যে
জরুরি মেরামত। তাঁর জানাজা হয় [[ADDRESS:মদিনা মসজিদ]]-এ, তিনি যেখানে মেয়েদের আরবি পড়াতেন।
আমি তাঁর কাছ থেকে ধৈর্য শিখেছি।
"""),
    ),
    (
        "fv2bz-pa-01",
        "pa",
        _s("""
ਮੇਰੇ ਪਿਤਾ ਜੀ, ਸਰਦਾਰ [[PERSON:ਗੁਰਬਚਨ ਸਿੰਘ ਢਿੱਲੋਂ]], ਪਿਛਲੇ ਮਾਘ ਮਹੀਨੇ [[AGE:੮੯ ਸਾਲ]] ਦੀ ਉਮਰ ਵਿੱਚ
ਅਕਾਲ ਚਲਾਣਾ ਕਰ ਗਏ। ਉਨ੍ਹਾਂ ਦਾ ਜਨਮ [[DATE_OF_BIRTH:੧੫ ਅਗਸਤ ੧੯੩੫]] ਨੂੰ ਹੋਇਆ ਸੀ। ਉਹ ੧੯੬੮ ਵਿੱਚ
[[OTHER_SPECIAL:ਕੀਨੀਆ]] ਤੋਂ ਸਾਊਥਾਲ ਆਏ ਅਤੇ ਪੰਜਾਹ ਸਾਲ [[ADDRESS:੪੨ ਵਿੰਡਮੇਅਰ ਰੋਡ]],
[[POSTCODE:UB2 4PN]] ਵਿੱਚ ਰਹੇ। ਮੇਰੀ ਮਾਤਾ ਜੀ [[PERSON:ਕਰਤਾਰ ਕੌਰ]] ੨੦੧੩ ਵਿੱਚ ਪੂਰੇ ਹੋ ਗਏ ਸਨ।

ਪਿਤਾ ਜੀ ਨੂੰ [[HEALTH:ਸ਼ੂਗਰ]] ਅਤੇ [[HEALTH:ਦਿਲ ਦੀ ਬਿਮਾਰੀ]] ਸੀ। ੨੦੨੧ ਤੋਂ ਉਨ੍ਹਾਂ ਦੇ ਕਮਰੇ ਦੀ ਛੱਤ
ਚੋਂਦੀ ਸੀ ਅਤੇ ਕੰਧਾਂ ਉੱਤੇ ਕਾਲੀ ਉੱਲੀ ਲੱਗ ਗਈ। [[ORGANISATION:Ealing Brookside Homes]] ਵਾਲੇ ਹਰ
ਵਾਰ ਆ ਕੇ ਰੰਗ ਫੇਰ ਜਾਂਦੇ। ਮੈਂ, ਉਨ੍ਹਾਂ ਦਾ ਪੁੱਤਰ [[PERSON:ਹਰਜੀਤ ਸਿੰਘ]], ਰਸਮੀ ਸ਼ਿਕਾਇਤ ਕੀਤੀ ਅਤੇ
ਫਿਰ ਹਾਊਸਿੰਗ ਓਮਬਡਸਮੈਨ ਕੋਲ ਗਿਆ, ਕੇਸ ਨੰਬਰ [[REFERENCE:202311762]]। ਓਮਬਡਸਮੈਨ ਨੇ ਮੰਨਿਆ ਕਿ
ਲੈਂਡਲਾਰਡ ਨੇ ਗੰਭੀਰ ਗ਼ਲਤੀ ਕੀਤੀ।

ਛੱਤ ਆਖ਼ਰ ੨੦੨੩ ਦੀਆਂ ਗਰਮੀਆਂ ਵਿੱਚ ਬਦਲੀ ਗਈ। ਪਰ ਉਸੇ ਸਰਦੀ ਪਿਤਾ ਜੀ ਨੂੰ [[HEALTH:ਨਿਮੋਨੀਆ]] ਹੋ
ਗਿਆ ਅਤੇ ਉਹ ਫਿਰ ਕਦੇ ਪੂਰੀ ਤਰ੍ਹਾਂ ਠੀਕ ਨਾ ਹੋਏ। ਉਹ [[OTHER_SPECIAL:ਅੰਮ੍ਰਿਤਧਾਰੀ ਸਿੱਖ]] ਸਨ ਅਤੇ
ਹਰ ਸਵੇਰ ਨਿਤਨੇਮ ਕਰਦੇ। ਉਨ੍ਹਾਂ ਦਾ ਭੋਗ [[ADDRESS:ਗੁਰਦੁਆਰਾ ਸ੍ਰੀ ਗੁਰੂ ਸਿੰਘ ਸਭਾ]] ਵਿੱਚ ਪਾਇਆ
ਗਿਆ, ਜਿੱਥੇ ਉਹ ਚਾਲੀ ਸਾਲ ਲੰਗਰ ਦੀ ਸੇਵਾ ਕਰਦੇ ਰਹੇ।

ਮੇਰੀ ਭੈਣ [[PERSON:ਪ੍ਰੀਤ]] ਕੈਨੇਡਾ ਤੋਂ ਆਈ, ਅਤੇ ਪੋਤਰੇ-ਪੋਤਰੀਆਂ [[PERSON:ਅਮਨ]], [[PERSON:ਜੋਤ]]
ਅਤੇ [[PERSON:ਗੁਰਨੂਰ]] ਨੇ ਕੀਰਤਨ ਕੀਤਾ। ਪਿਤਾ ਜੀ ਕਹਿੰਦੇ ਹੁੰਦੇ ਸਨ ਕਿ ਘਰ ਵਿੱਚ ਅਮਨ ਹੋਵੇ ਤਾਂ ਸਭ
ਕੁਝ ਹੈ।

ਹੁਣ ਲੈਂਡਲਾਰਡ ਨੇ ਨਵਾਂ ਨਿਯਮ ਬਣਾਇਆ ਹੈ: ਸਾਹ ਜਾਂ ਦਿਲ ਦੇ ਮਰੀਜ਼ ਵਾਲੇ ਘਰ ਵਿੱਚ ਸਿੱਲ੍ਹ ਦੀ ਸ਼ਿਕਾਇਤ
ਆਵੇ ਤਾਂ ਚੌਦਾਂ ਦਿਨਾਂ ਵਿੱਚ ਸਰਵੇ। ਕਾਸ਼ ਇਹ ਪਹਿਲਾਂ ਹੁੰਦਾ। ਸੰਪਰਕ: [[PHONE:020 7946 0852]]।
"""),
    ),
    (
        "fv2bz-pa-02",
        "pa",
        _s("""
ਸਾਡੀ ਬੀਜੀ, [[PERSON:ਬਲਬੀਰ ਕੌਰ ਸੰਧੂ]], ਪਿਛਲੇ ਸਾਲ ਅਕਤੂਬਰ ਵਿੱਚ [[AGE:੮੨ ਸਾਲ]] ਦੀ ਉਮਰ ਵਿੱਚ ਸਾਨੂੰ
ਛੱਡ ਗਏ। ਉਨ੍ਹਾਂ ਦੀ ਜਨਮ ਤਾਰੀਖ਼ [[DATE_OF_BIRTH:3 ਮਾਰਚ 1942]] ਸੀ। ਬਾਪੂ ਜੀ,
[[PERSON:ਮਹਿੰਦਰ ਸਿੰਘ ਸੰਧੂ]], ੨੦੦੪ ਵਿੱਚ ਚਲੇ ਗਏ ਸਨ, ਅਤੇ ਉਸ ਤੋਂ ਬਾਅਦ ਬੀਜੀ ਇਕੱਲੇ
[[ADDRESS:੭ ਲੈਬਰਨਮ ਗਰੋਵ]], [[POSTCODE:WV4 5EG]] ਵਿੱਚ ਰਹਿੰਦੇ ਸਨ।

ਬੀਜੀ ਨੂੰ [[HEALTH:ਗਠੀਆ]] ਸੀ ਅਤੇ ਉਹ ਸੋਟੀ ਨਾਲ ਤੁਰਦੇ ਸਨ। ਘਰ ਦੇ ਬਾਹਰ ਦੀਆਂ ਪੌੜੀਆਂ ਦਾ ਜੰਗਲਾ ਢਿੱਲਾ
ਸੀ ਅਤੇ ਰਸਤੇ ਦੀਆਂ ਸਲੈਬਾਂ ਉੱਖੜੀਆਂ ਹੋਈਆਂ ਸਨ। ਮੈਂ, ਉਨ੍ਹਾਂ ਦੀ ਧੀ [[PERSON:ਰਾਜਵਿੰਦਰ]], ਜਿਸਨੂੰ
ਸਾਰੇ [[PERSON:ਰਾਜੀ]] ਕਹਿੰਦੇ ਹਨ, ਨੇ [[ORGANISATION:Black Country Vale Homes]] ਨੂੰ ਤਿੰਨ ਵਾਰ
ਫ਼ੋਨ ਕੀਤਾ। ਹਰ ਵਾਰ "ਅਗਲੇ ਮਹੀਨੇ"। ਜਨਵਰੀ ੨੦੨੩ ਵਿੱਚ ਬੀਜੀ ਉਨ੍ਹਾਂ ਹੀ ਪੌੜੀਆਂ ਤੋਂ ਡਿੱਗ ਪਏ ਅਤੇ ਉਨ੍ਹਾਂ
ਦਾ [[HEALTH:ਹਿੱਪ ਫ੍ਰੈਕਚਰ]] ਹੋ ਗਿਆ।

ਫਿਰ ਮੈਂ ਅਤੇ ਮੇਰੇ ਭਰਾਵਾਂ [[PERSON:ਸੁਖਦੇਵ]] ਅਤੇ [[PERSON:ਕੁਲਵੰਤ]] ਨੇ ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਕੀਤੀ,
ਹਵਾਲਾ ਨੰਬਰ [[REFERENCE:BCV-2023-CS-4471]]। ਸ਼ਿਕਾਇਤ ਅਫ਼ਸਰ [[PERSON:ਲੀਐਨ]]
([[PERSON:Leanne Pratt]]) ਨੇ ਖ਼ੁਦ ਆ ਕੇ ਦੇਖਿਆ ਅਤੇ ਮਾਫ਼ੀ ਮੰਗੀ। ਦੋ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਨਵਾਂ ਜੰਗਲਾ,
ਪੱਧਰਾ ਰਸਤਾ ਅਤੇ ਦਰਵਾਜ਼ੇ ਕੋਲ ਬੱਤੀ ਲੱਗ ਗਈ। ਬੀਜੀ ਹਸਪਤਾਲੋਂ ਵਾਪਸ ਆਏ ਅਤੇ ਡੇਢ ਸਾਲ ਹੋਰ ਆਪਣੇ
ਘਰ ਰਹੇ। ਪੋਤੀ [[PERSON:ਖ਼ੁਸ਼ੀ]] ਉਨ੍ਹਾਂ ਨੂੰ ਹਰ ਐਤਵਾਰ ਪਾਰਕ ਲੈ ਕੇ ਜਾਂਦੀ, ਅਤੇ ਪੋਤਾ
[[PERSON:ਅਰਜਨ]] ਉਨ੍ਹਾਂ ਨੂੰ ਵੀਡੀਓ ਕਾਲ ਕਰਨੀ ਸਿਖਾਉਂਦਾ।

ਹੁਣ ਲੈਂਡਲਾਰਡ ਹਰ ਸਾਲ ੭੫ ਤੋਂ ਉੱਪਰ ਵਾਲੇ ਕਿਰਾਏਦਾਰਾਂ ਦੇ ਘਰਾਂ ਦੇ ਬਾਹਰਲੇ ਰਸਤੇ ਅਤੇ ਜੰਗਲੇ
ਚੈੱਕ ਕਰਦਾ ਹੈ। ਬੀਜੀ ਦੀ ਅੰਤਿਮ ਅਰਦਾਸ [[ADDRESS:ਗੁਰੂ ਨਾਨਕ ਗੁਰਦੁਆਰਾ]] ਵਿੱਚ ਹੋਈ। ਸਾਨੂੰ ਇਸ ਗੱਲ
ਦੀ ਖ਼ੁਸ਼ੀ ਹੈ ਕਿ ਉਨ੍ਹਾਂ ਦੇ ਆਖ਼ਰੀ ਦਿਨ ਆਪਣੇ ਘਰ ਵਿੱਚ ਬੀਤੇ। ਸੰਪਰਕ: [[PHONE:0121 496 0674]]।
"""),
    ),
    (
        "fv2bz-pa-03",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਤਰਸੇਮ ਸਿੰਘ ਬੈਂਸ]] ਹਾਂ, ਅਤੇ ਇਹ ਮੇਰੇ ਗੁਆਂਢੀ ਲਾਲਾ [[PERSON:ਜੋਗਿੰਦਰ ਪਾਲ ਸ਼ਰਮਾ]]
ਬਾਰੇ ਹੈ, ਜੋ ਪਿਛਲੇ ਮਹੀਨੇ [[AGE:੭੭ ਸਾਲਾਂ]] ਦੀ ਉਮਰ ਵਿੱਚ ਪੂਰੇ ਹੋ ਗਏ। ਉਹ
[[DATE_OF_BIRTH:੧੯ ਦਸੰਬਰ ੧੯੪੭]] ਨੂੰ ਜਲੰਧਰ ਵਿੱਚ ਪੈਦਾ ਹੋਏ ਸਨ ਅਤੇ ਤੀਹ ਸਾਲ ਲੈਸਟਰ ਵਿੱਚ
[[ADDRESS:ਨਾਰਬਰੋ ਰੋਡ]] ਉੱਤੇ, [[ADDRESS:ਫਲੈਟ 3, ਕੈਂਪਬੈਲ ਹਾਊਸ]] ਵਿੱਚ ਰਹੇ। ਉਨ੍ਹਾਂ ਦੀ ਪਤਨੀ
[[PERSON:ਸ਼ਕੁੰਤਲਾ]] ਜੀ ੨੦੧੯ ਵਿੱਚ ਗੁਜ਼ਰ ਗਏ ਸਨ।

ਲਾਲਾ ਜੀ ਨੂੰ [[HEALTH:ਡਿਮੈਂਸ਼ੀਆ]] ਸੀ। ੨੦੨੧ ਵਿੱਚ ਉੱਪਰ ਵਾਲੇ ਫਲੈਟ ਵਿੱਚ ਕੁਝ ਮੁੰਡੇ ਆ ਗਏ ਜੋ ਰਾਤ ਨੂੰ
ਉੱਚੀ ਸੰਗੀਤ ਲਾਉਂਦੇ, ਉਨ੍ਹਾਂ ਦਾ ਦਰਵਾਜ਼ਾ ਖੜਕਾ ਕੇ ਭੱਜ ਜਾਂਦੇ ਅਤੇ ਉਨ੍ਹਾਂ ਨੂੰ ਗਾਲ੍ਹਾਂ ਕੱਢਦੇ। ਲਾਲਾ
ਜੀ ਡਰ ਨਾਲ ਰਾਤ ਭਰ ਬੱਤੀ ਜਗਾ ਕੇ ਬੈਠੇ ਰਹਿੰਦੇ। ਉਨ੍ਹਾਂ ਦੇ ਪੁੱਤਰ [[PERSON:ਵਿਕਾਸ]] ਅਤੇ ਧੀ
[[PERSON:ਪੂਜਾ]] ਲੰਡਨ ਰਹਿੰਦੇ ਹਨ, ਇਸ ਲਈ ਮੈਂ [[ORGANISATION:Soar Valley Homes]] ਕੋਲ ਸ਼ਿਕਾਇਤ
ਦਰਜ ਕਰਵਾਈ, ਸਮਾਜ-ਵਿਰੋਧੀ ਵਿਵਹਾਰ ਕੇਸ [[REFERENCE:ASB-LE-20887]]।

ਹਾਊਸਿੰਗ ਅਫ਼ਸਰ [[PERSON:ਡੈਨੀ ਓ'ਕੌਨਰ]] ਨੇ ਗੱਲ ਗੰਭੀਰਤਾ ਨਾਲ ਲਈ। ਦੋ ਮਹੀਨਿਆਂ ਵਿੱਚ ਪੌੜੀਆਂ ਉੱਤੇ
ਕੈਮਰਾ ਲੱਗਿਆ, ਮੁੰਡਿਆਂ ਨੂੰ ਚੇਤਾਵਨੀ ਮਿਲੀ ਅਤੇ ਫਿਰ ਉਨ੍ਹਾਂ ਨੂੰ ਹੋਰ ਥਾਂ ਭੇਜ ਦਿੱਤਾ ਗਿਆ। ਲਾਲਾ ਜੀ ਦੇ
ਆਖ਼ਰੀ ਤਿੰਨ ਸਾਲ ਸ਼ਾਂਤੀ ਨਾਲ ਲੰਘੇ। ਉਹ ਹਰ ਸ਼ਾਮ [[ADDRESS:ਸ਼੍ਰੀ ਰਾਮ ਮੰਦਰ]] ਵਿੱਚ ਪੂਜਾ ਕਰਨ ਜਾਂਦੇ,
ਅਤੇ ਮੇਰੇ ਨਾਲ ਤਾਸ਼ ਖੇਡਦੇ।

ਉਹ [[OTHER_SPECIAL:ਹਿੰਦੂ]] ਸਨ, ਮੈਂ [[OTHER_SPECIAL:ਸਿੱਖ]] ਹਾਂ, ਪਰ ਤੀਹ ਸਾਲ ਅਸੀਂ ਭਰਾਵਾਂ ਵਾਂਗ ਰਹੇ।
ਉਨ੍ਹਾਂ ਦੀ
ਅੰਤਿਮ ਕਿਰਿਆ ਤੋਂ ਬਾਅਦ ਮੰਦਰ ਵਿੱਚ ਸ਼ਰਧਾਂਜਲੀ ਸਭਾ ਹੋਈ, ਜਿੱਥੇ [[PERSON:ਵਿਕਾਸ]] ਨੇ ਕਿਹਾ ਕਿ ਸ਼ਹਿਰ
ਦਾ ਵਿਕਾਸ ਇਮਾਰਤਾਂ ਨਾਲ ਨਹੀਂ, ਗੁਆਂਢੀਆਂ ਨਾਲ ਹੁੰਦਾ ਹੈ। ਲੈਂਡਲਾਰਡ ਨੇ ਹੁਣ ਹਰ ਸਮਾਜ-ਵਿਰੋਧੀ ਕੇਸ
ਵਿੱਚ ਪੀੜਤ ਦੀ ਸਿਹਤ ਅਤੇ ਉਮਰ ਦਾ ਜੋਖਮ ਮੁਲਾਂਕਣ ਲਾਜ਼ਮੀ ਕਰ ਦਿੱਤਾ ਹੈ।
"""),
    ),
    (
        "fv2bz-pa-04",
        "pa",
        _s("""
ਸਾਡੇ ਪੜਨਾਨੀ ਜੀ, [[PERSON:ਗੁਰਮੀਤ ਕੌਰ ਗਿੱਲ]], ਇਸ ਬਸੰਤ ਵਿੱਚ [[AGE:੯੪ ਸਾਲ]] ਪੂਰੇ ਕਰਕੇ ਚਲੇ ਗਏ।
ਉਨ੍ਹਾਂ ਦੀ ਪੈਨਸ਼ਨ ਦੀ ਕਿਤਾਬ ਵਿੱਚ ਜਨਮ ਤਾਰੀਖ਼ [[DATE_OF_BIRTH:੧/੪/੧੯੩੦]] ਲਿਖੀ ਸੀ। ਉਨ੍ਹਾਂ ਦੇ
ਪਤੀ, [[PERSON:ਨਿਰੰਜਣ ਸਿੰਘ ਗਿੱਲ]], ੧੯੯੯ ਵਿੱਚ ਗੁਜ਼ਰ ਗਏ। ਉਹ ਸਲੋਹ ਵਿੱਚ [[ADDRESS:੧੬ ਬਰਚ ਗਰੋਵ]],
[[POSTCODE:sl16nq]] ਵਿੱਚ ਪੈਂਤੀ ਸਾਲ ਰਹੇ।

ਮੈਂ ਉਨ੍ਹਾਂ ਦੀ ਪੜਪੋਤੀ [[PERSON:ਸੀਰਤ]] ਹਾਂ। ਨਾਨੀ ਜੀ ਨੂੰ [[HEALTH:ਦਮਾ]] ਸੀ ਅਤੇ ਅੱਖਾਂ ਵਿੱਚ
[[HEALTH:ਮੋਤੀਆ]] ਸੀ। ਘਰ ਦੀਆਂ ਪੁਰਾਣੀਆਂ ਲੱਕੜ ਦੀਆਂ ਖਿੜਕੀਆਂ ਵਿੱਚੋਂ ਸਰਦੀਆਂ ਵਿੱਚ ਠੰਢੀ ਹਵਾ
ਆਉਂਦੀ ਸੀ, ਅਤੇ ਹੀਟਿੰਗ ਦਾ ਬਿੱਲ ਉਨ੍ਹਾਂ ਦੀ ਪੈਨਸ਼ਨ ਖਾ ਜਾਂਦਾ। ਉਹ ਕੰਬਲ ਲਪੇਟ ਕੇ ਰਸੋਈ ਵਿੱਚ
ਬੈਠਦੇ ਅਤੇ ਮੇਰੇ ਨਾਲ ਖਾਣਾ ਬਣਾਉਣ ਦੀਆਂ ਵੀਡੀਓ ਬਣਾਉਂਦੇ, ਜੋ ਮੈਂ [[OTHER_ID:@nanijiskitchen]]
ਉੱਤੇ ਪਾਉਂਦੀ ਸੀ। ਇੱਕ ਵੀਡੀਓ ਵਿੱਚ ਪਿੱਛੇ ਖਿੜਕੀ ਉੱਤੇ ਜੰਮੀ ਬਰਫ਼ ਦਿਸ ਰਹੀ ਸੀ।

ਉਹ ਵੀਡੀਓ ਦਿਖਾ ਕੇ ਮੇਰੀ ਮੰਮੀ [[PERSON:ਦਲਜੀਤ]] ਅਤੇ ਮਾਮਾ [[PERSON:ਸੁਰਿੰਦਰ]] ਨੇ
[[ORGANISATION:Thames Meadow Housing]] ਨੂੰ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਹਵਾਲਾ [[REFERENCE:TMH-CMP-73305]]।
ਇਸ ਵਾਰ ਗੱਲ ਵੇਲੇ ਸਿਰ ਬਣ ਗਈ। ਅਫ਼ਸਰ [[PERSON:ਜੈਸਮੀਨ ਕਾਹਲੋਂ]] ਨੇ ਪੰਜਾਬੀ ਵਿੱਚ ਨਾਨੀ ਜੀ ਨਾਲ ਗੱਲ
ਕੀਤੀ, ਅਤੇ ਤਿੰਨ ਮਹੀਨਿਆਂ ਵਿੱਚ ਨਵੀਆਂ ਡਬਲ-ਗਲੇਜ਼ਡ ਖਿੜਕੀਆਂ, ਛੱਤ ਦੀ ਇਨਸੂਲੇਸ਼ਨ ਅਤੇ ਹੀਟ ਪੰਪ ਲੱਗ
ਗਿਆ। ਨਾਨੀ ਜੀ ਨੇ ਆਖ਼ਰੀ ਤਿੰਨ ਸਰਦੀਆਂ ਨਿੱਘੇ ਘਰ ਵਿੱਚ ਕੱਢੀਆਂ, ਅਤੇ ਮੇਰੀ ਛੋਟੀ ਭੈਣ [[PERSON:ਨਿਮਰਤ]]
ਨੂੰ ਪਰੌਂਠੇ ਬਣਾਉਣੇ ਸਿਖਾਏ।

ਹੁਣ ਲੈਂਡਲਾਰਡ ਨੇ ਸਾਰੇ ਪੁਰਾਣੇ ਘਰਾਂ ਦੀ ਸੂਚੀ ਬਣਾਈ ਹੈ ਅਤੇ ਬਜ਼ੁਰਗਾਂ ਵਾਲੇ ਘਰ ਪਹਿਲਾਂ ਠੀਕ ਕੀਤੇ ਜਾ
ਰਹੇ ਹਨ। ਨਾਨੀ ਜੀ ਦਾ ਸਹਿਜ ਪਾਠ ਦਾ ਭੋਗ [[ADDRESS:ਗੁਰੂ ਤੇਗ ਬਹਾਦਰ ਗੁਰਦੁਆਰਾ]] ਵਿੱਚ ਪਿਆ। ਸੰਪਰਕ:
[[EMAIL:seerat.gill@example.com]]।
"""),
    ),
    (
        "fv2bz-pa-05",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਂ [[PERSON:ਰਮਨਦੀਪ ਕੌਰ]] ਹੈ, ਅਤੇ ਮੈਂ [[ORGANISATION:Kent Homecare Partners]] ਨਾਲ
ਕੇਅਰਰ ਹਾਂ। ਤਿੰਨ ਸਾਲ ਮੈਂ ਗ੍ਰੇਵਜ਼ੈਂਡ ਵਿੱਚ ਬਾਪੂ [[PERSON:ਅਜੀਤ ਸਿੰਘ ਬਾਜਵਾ]] ਦੀ ਦੇਖਭਾਲ ਕੀਤੀ,
ਜੋ ਜੂਨ ਵਿੱਚ [[AGE:੮੦ ਸਾਲ]] ਦੀ ਉਮਰ ਵਿੱਚ ਪੂਰੇ ਹੋਏ। ਉਨ੍ਹਾਂ ਦਾ ਜਨਮ
[[DATE_OF_BIRTH:੧੪ ਅਪ੍ਰੈਲ ੧੯੪੪]] ਨੂੰ ਵਿਸਾਖੀ ਵਾਲੇ ਦਿਨ ਹੋਇਆ ਸੀ, ਇਹ ਗੱਲ ਉਹ ਬੜੇ ਮਾਣ ਨਾਲ ਦੱਸਦੇ।
ਉਨ੍ਹਾਂ ਦੀ ਪਤਨੀ [[PERSON:ਸੁਰਜੀਤ ਕੌਰ]] ੨੦੧੬ ਵਿੱਚ ਚਲੇ ਗਏ ਸਨ।

ਬਾਪੂ ਜੀ ਨੂੰ [[HEALTH:ਮੋਟਰ ਨਿਊਰੋਨ ਬਿਮਾਰੀ]] ਸੀ। ਉਨ੍ਹਾਂ ਦਾ ਬੈੱਡਰੂਮ [[ADDRESS:੫੮ ਪੈਲਮ ਰੋਡ]],
[[POSTCODE:DA11 0QE]] ਦੇ ਹੇਠਲੇ ਕਮਰੇ ਵਿੱਚ ਸੀ, ਜਿੱਥੇ ਕੰਧਾਂ ਉੱਤੇ ਉੱਲੀ ਸੀ ਅਤੇ ਬਾਰੀ ਬੰਦ ਨਹੀਂ
ਹੁੰਦੀ ਸੀ। ਸਾਹ ਦੀ ਮਸ਼ੀਨ ਵਾਲੇ ਮਰੀਜ਼ ਲਈ ਇਹ ਖ਼ਤਰਨਾਕ ਸੀ। ਮੈਂ ਡਾਕਟਰੀ ਫ਼ਾਰਮ ਉੱਤੇ ਉਨ੍ਹਾਂ ਦਾ NHS
ਨੰਬਰ [[OTHER_ID:487 662 9010]] ਲਿਖ ਕੇ [[ORGANISATION:Medway Crest Housing]] ਨੂੰ ਭੇਜਿਆ,
ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:MCH/22/9164]]।

ਉਨ੍ਹਾਂ ਦਾ ਪੁੱਤਰ [[PERSON:ਮਨਜੀਤ]] ਕੈਨੇਡਾ ਵਿੱਚ ਹੈ, ਅਤੇ ਧੀ [[PERSON:ਹਰਪ੍ਰੀਤ]], ਜਿਸਨੂੰ ਘਰ ਵਿੱਚ
[[PERSON:ਹੈਪੀ]] ਕਹਿੰਦੇ ਹਨ, ਬਰਮਿੰਘਮ ਤੋਂ ਹਰ ਮਹੀਨੇ ਆਉਂਦੀ। [[PERSON:ਹੈਪੀ]] ਭੈਣ ਜੀ ਨੇ ਵੀ ਫ਼ੋਨ
ਕੀਤੇ, [[PHONE:07700 900 237]] ਤੋਂ। ਇਸ ਵਾਰ ਜਵਾਬ ਜਲਦੀ ਆਇਆ: ਅਫ਼ਸਰ [[PERSON:ਕ੍ਰਿਸ ਡੌਸਨ]] ਨੇ ਇੱਕ
ਹਫ਼ਤੇ ਵਿੱਚ ਨਵੀਂ ਖਿੜਕੀ ਲਵਾਈ, ਉੱਲੀ ਸਾਫ਼ ਕਰਵਾਈ ਅਤੇ ਬਿਜਲੀ ਦਾ ਨਵਾਂ ਸਾਕਟ ਦਿੱਤਾ। ਬਾਪੂ ਜੀ ਨੇ ਆਖ਼ਰੀ
ਡੇਢ ਸਾਲ ਸੁੱਕੇ, ਸਾਫ਼ ਕਮਰੇ ਵਿੱਚ ਕੱਢਿਆ ਅਤੇ ਪੋਤੇ [[PERSON:ਫ਼ਤਿਹ]] ਨਾਲ ਕ੍ਰਿਕਟ ਦੇਖਦੇ ਰਹੇ।

ਲੈਂਡਲਾਰਡ ਹੁਣ ਘਰ ਵਿੱਚ ਮੈਡੀਕਲ ਉਪਕਰਨ ਵਾਲੇ ਹਰ ਕਿਰਾਏਦਾਰ ਨੂੰ ਤਰਜੀਹ ਦਿੰਦਾ ਹੈ। ਅੰਤਿਮ ਸੰਸਕਾਰ ਤੋਂ ਬਾਅਦ
ਉਨ੍ਹਾਂ ਦਾ ਭੋਗ [[ADDRESS:ਗੁਰਦੁਆਰਾ ਦਸਮੇਸ਼ ਦਰਬਾਰ]] ਵਿੱਚ ਪਿਆ, ਜਿੱਥੇ ਅਰਦਾਸ ਵਿੱਚ ਫ਼ਤਿਹ
ਬੁਲਾਈ ਗਈ।
"""),
    ),
    (
        "fv2bz-pl-01",
        "pl",
        _s("""
Mój tata, [[PERSON:Tadeusz Wróblewski]], zmarł 3 marca w wieku [[AGE:86 lat]]. Urodził się
[[DATE_OF_BIRTH:4 listopada 1938]] roku, a do Londynu przyjechał z mamą, [[PERSON:Haliną]], w
1981. Przez ponad czterdzieści lat mieszkali pod adresem [[ADDRESS:12 Ashgrove Road]],
[[POSTCODE:SE13 6PB]]. Po śmierci [[PERSON:Haliny]] w 2017 roku tata został sam z ogródkiem,
w którym co roku sadził nową różę.

Tata chorował na [[HEALTH:rozedmę płuc]]. Od 2020 roku w jego sypialni pleśń wchodziła spod
listwy aż na sufit. Zgłaszaliśmy to do [[ORGANISATION:Quaggy Vale Housing]] sześć razy, a
przychodził tylko malarz z farbą. W końcu ja, [[PERSON:Ewa Wróblewska-Khan]], złożyłam skargę,
numer [[REFERENCE:QVH/2023/CX/0912]], a mój brat [[PERSON:Jurek]] dzwonił na
[[PHONE:020 7946 0164]] co tydzień.

Na drugim etapie sprawę prowadziła pani [[PERSON:Bronwen Lloyd]]. Przyszła osobiście,
przeprosiła tatę i w ciągu dwóch miesięcy wymieniono okna, ocieplono ścianę szczytową i
zamontowano wentylację. Tata przeżył jeszcze dwie suche zimy, ale płuca były już zniszczone; w
lutym trafił do szpitala z [[HEALTH:zapaleniem płuc]] i już nie wrócił.

Pogrzeb odbył się w [[ADDRESS:kościele Matki Bożej Częstochowskiej]], gdzie tata przez lata
czytał lekcje. Przyszły wnuki: [[PERSON:Kubuś]], [[PERSON:Zosia]] i najmłodsza,
[[PERSON:Róża]], która położyła na trumnie różę z jego ogródka. Był też pan [[PERSON:Desmond]]
z [[ADDRESS:czternastki]], z którym tata co sobotę grał w szachy.

Dziś spółdzielnia sprawdza każdy dom, w którym mieszka osoba z chorobą płuc, przed każdą zimą.
Żałuję, że nie robiła tego wcześniej. Jeśli ktoś chce wspomnieć tatę, proszę pisać na
[[EMAIL:ewa.wroblewska@example.org]].
"""),
    ),
    (
        "fv2bz-pl-02",
        "pl",
        _s("""
Moja mama, [[PERSON:Krystyna Nowakowska]], odeszła w Peterborough w wieku [[AGE:73 lat]], po
dwóch latach walki z [[HEALTH:rakiem jajnika]]. Urodziła się [[DATE_OF_BIRTH:21.06.1951]], w
pierwszy dzień lata, i zawsze mówiła, że dlatego jest taka uparta. Tata,
[[PERSON:Zbigniew Nowakowski]], zmarł w 2014 roku; z [[PERSON:Zbyszkiem]] przeżyła trzydzieści
pięć lat.

Mama mieszkała w [[ADDRESS:mieszkaniu nr 22 w Nene House]], [[POSTCODE:pe15ux]], na trzecim
piętrze, bez windy. Miała też [[HEALTH:cukrzycę]], a po chemioterapii nie dawała rady wejść po
schodach z zakupami. W marcu 2022 roku złożyliśmy wniosek o przeniesienie na parter, numer
[[REFERENCE:FGH-TR-66021]], do [[ORGANISATION:Fenland Gate Homes]].

Ta historia skończyła się dobrze, choć wymagała skargi. Ja, [[PERSON:Marek Nowakowski]], i moja
siostra [[PERSON:Agnieszka]] napisaliśmy do działu skarg, załączając list od onkologa. Odpowiedziała
pani [[PERSON:Sharon Webb]] i w ciągu sześciu tygodni mama dostała parterowe mieszkanie z
prysznicem bez progu przy [[ADDRESS:Lincoln Close]]. Ostatnie dwa lata spędziła tam spokojnie, z
ogródkiem, w którym wnuki [[PERSON:Wiktor]], [[PERSON:Lenka]] i mały [[PERSON:Staś]] sadziły
pomidory. Bez [[PERSON:Agnieszki]], czyli naszej [[PERSON:Agi]], która woziła mamę na chemię, nie
dałbym rady.

Pogrzeb był w [[ADDRESS:kościele św. Józefa]], a potem spotkaliśmy się u [[PERSON:Agnieszki]] w
domu. Spółdzielnia zmieniła zasady: wniosek o przeniesienie z powodów medycznych jest teraz
rozpatrywany w ciągu 28 dni, a osoba chora dostaje jednego opiekuna sprawy.

Gdyby ktoś chciał się ze mną skontaktować, mój adres to
[[EMAIL:marek kropka nowakowski małpa example kropka com]].
"""),
    ),
    (
        "fv2bz-pl-03",
        "pl",
        _s("""
Piszę o naszym sąsiedzie, panu [[PERSON:Albercie Foulkesie]]. Pan [[PERSON:Albert]] mieszkał
piętro niżej w bloku [[ADDRESS:Linden Court]] w Bostonie, [[POSTCODE:PE21 8TJ]], i zmarł w
listopadzie, mając [[AGE:90 lat]]. Urodził się [[DATE_OF_BIRTH:25 grudnia 1934]] roku, w samo
Boże Narodzenie, więc co roku zapraszaliśmy go na wigilię. Jego żona [[PERSON:Doris]] zmarła
dawno, a córka [[PERSON:Pauline]] mieszka w Szkocji.

Pan [[PERSON:Albert]] miał [[HEALTH:zaćmę]] i [[HEALTH:niewydolność serca]]. Na początku 2024
roku na klatce schodowej przestały działać światła. Zgłosiłam to do
[[ORGANISATION:Witham Fens Housing]], naprawa nr [[REFERENCE:WF-R-300471]], a potem jeszcze
cztery razy. Mój syn [[PERSON:Szymek]], wtedy [[AGE:dziewięcioletni]], sprowadzał go po schodach z
latarką w telefonie. Po pięciu tygodniach ciemności pan [[PERSON:Albert]] upadł na półpiętrze i
złamał nadgarstek.

Nazywam się [[PERSON:Magdalena Kowalik]], choć w bloku wszyscy mówią na mnie [[PERSON:Magda]].
Złożyłam skargę w imieniu [[PERSON:Alberta]] i zadzwoniłam do [[PERSON:Pauline]], która
napisała z Edynburga. Kierownik osiedla, pan [[PERSON:Graham Leach]], przyznał, że zgłoszenia
utknęły u wykonawcy. Tydzień później na klatce były nowe lampy z czujnikami ruchu, a spółdzielnia
zobowiązała się sprawdzać oświetlenie w blokach co dwa tygodnie.

Pan [[PERSON:Albert]] przeżył jeszcze kilka miesięcy. Ostatnią Wigilię spędził u nas, z
[[PERSON:Szymkiem]] przy szachach. Pożegnaliśmy go w [[ADDRESS:St Botolph's]], gdzie co niedzielę
siadał w tej samej ławce. Będzie nam brakowało jego żartów i tego, jak mówił do mnie
„[[PERSON:Maggie]]”.
"""),
    ),
    (
        "fv2bz-pl-04",
        "pl",
        _s("""
Babcia [[PERSON:Genowefa Kaczmarczyk]], dla całej rodziny [[PERSON:Gienia]], zmarła w Sheffield
w styczniu, mając [[AGE:95 lat]]. Urodziła się [[DATE_OF_BIRTH:2 lutego 1929]] roku pod Kielcami,
a dziadek [[PERSON:Stefan]] zmarł wiele lat wcześniej. W 2015 roku przyjechała do nas, bo nie mogła
już mieszkać sama.

Mieszkaliśmy w piątkę w domu [[ADDRESS:57 Ferncliffe Road]], [[POSTCODE:S6 3RL]]: mama
[[PERSON:Bożena]], tata, ja ([[PERSON:Kacper]]), moja siostra [[PERSON:Nikola]] i babcia. Babcia
miała [[HEALTH:demencję]], a od 2022 roku leżała. Jej pokój był na piętrze, łazienka bez uchwytów,
a w narożniku rosła pleśń. Kiedy babcia dostała [[HEALTH:odleżyn]], pielęgniarka napisała, że
warunki są nieodpowiednie.

[[ORGANISATION:Hallam Rise Homes]] dwa razy zamknęło naszą skargę bez wizyty. Mama poszła do
Rzecznika ds. Mieszkalnictwa, sprawa nr [[REFERENCE:202312990]]. Wtedy sprawę przejął pan
[[PERSON:Tomasz Zieliński]], który mówi po polsku. To [[PERSON:Tomkowi]] zawdzięczamy, że w ciągu
trzech miesięcy na parterze powstała sypialnia z łazienką, a ścianę osuszono. Z [[PERSON:Tomkiem]]
można było po prostu porozmawiać. Do wniosku dołączyliśmy numer NHS babci,
[[OTHER_ID:401 023 2137]], i list od lekarza.

Babcia przeżyła w nowym pokoju ostatni rok. Patrzyła przez okno na ogród i śpiewała z
[[PERSON:Nikolą]] stare piosenki. Msza pogrzebowa była w [[ADDRESS:kościele pw. św. Kazimierza]].
Spółdzielnia wprowadziła teraz zasadę, że skargi dotyczące osób obłożnie chorych zawsze kończą
się wizytą w domu. Szkoda tylko, że babcia [[PERSON:Gienia]] musiała na to czekać tak długo.
"""),
    ),
    (
        "fv2bz-pl-05",
        "pl",
        _s("""
Jestem opiekunką, nazywam się [[PERSON:Jolanta Pietrzak]]. Przez trzy lata opiekowałam się panią
[[PERSON:Wandą Wilk]], która zmarła w sierpniu, mając [[AGE:80 lat]]. W jej dokumentach data
urodzenia była zapisana po staremu: [[DATE_OF_BIRTH:17 IX 1944]]. Mieszkała w
[[ADDRESS:mieszkaniu 5, 30 Northfield Avenue]], [[POSTCODE:W13 9RX]]. Była zawsze głodna jak wilk
i zawsze częstowała mnie sernikiem.

Pani [[PERSON:Wanda]] chorowała na [[HEALTH:POChP]] i korzystała z koncentratora tlenu. W 2022
roku [[ORGANISATION:Brentside Housing Co-operative]] wymieniała instalację elektryczną w całym
budynku, a wykonawca, [[ORGANISATION:Volt-Tech Electrical]], trzykrotnie wyłączył prąd bez
uprzedzenia. Za trzecim razem znalazłam panią [[PERSON:Wandę]] siną, z pustą butlą zapasową.
Karetka zdążyła.

Zadzwoniłam do jej syna, [[PERSON:Mirosława]], którego wszyscy nazywają [[PERSON:Mirkiem]];
mieszka w Gdańsku. Razem z wnuczką [[PERSON:Malwiną]] złożyliśmy skargę, numer
[[REFERENCE:BHC-0419]]. Na
kontakt podałam swój numer, [[PHONE:+44 7700 900 418]]. Spółdzielnia przeprosiła, wypłaciła
odszkodowanie i wprowadziła rejestr mieszkańców korzystających ze sprzętu medycznego na prąd:
każda taka osoba dostaje teraz telefon na tydzień przed wyłączeniem, a w dniu prac agregat.

Dzięki temu pani [[PERSON:Wanda]] spokojnie przeżyła jeszcze dwa lata. Często opowiadała o mężu,
[[PERSON:Czesławie]]; z [[PERSON:Czesiem]] przeszła „przez pół świata”. Zmarła we śnie, w domu,
tak jak chciała. Pogrzeb odbył się w [[ADDRESS:parafii Chrystusa Króla]], a na stypie
[[PERSON:Malwina]] czytała jej ulubione wiersze.
"""),
    ),
    (
        "fv2bz-ro-01",
        "ro",
        _s("""
Tatăl meu, [[PERSON:Ion Vasilescu]], a murit în februarie, la [[AGE:76 de ani]]. S-a născut pe
[[DATE_OF_BIRTH:7 ianuarie 1948]], de Sfântul Ion, și de aceea i s-a pus numele acesta. A venit la
Londra în 2012, după moartea mamei, [[PERSON:Floarea]], ca să fie aproape de mine și de fratele
meu, [[PERSON:Sorin]]. Pe mormântul [[PERSON:Floarei]] punea flori în fiecare vară, când mergea
acasă.

Tata a locuit opt ani în [[ADDRESS:apartamentul 4, Chestnut House]], [[POSTCODE:HA3 7DL]]. Avea
[[HEALTH:bronșită cronică]], iar din 2021 pereții dormitorului erau uzi și negri de mucegai. Am
sunat la [[ORGANISATION:Harrow Weald Homes]] de zeci de ori, la [[PHONE:020 7946 0731]], și de
fiecare dată venea cineva care spăla peretele cu clor și pleca. În 2023 am făcut plângere
oficială, numărul [[REFERENCE:HWH-CC-41877]].

Eu sunt [[PERSON:Mihaela Vasilescu-Grant]]. Plângerea a ajuns la doamna
[[PERSON:Rebecca Osei]], care a venit personal, și-a cerut scuze și a trimis în trei săptămâni o
echipă care a schimbat ferestrele și a montat un sistem de ventilație. Tata a mai prins o iarnă
uscată, dar plămânii lui nu și-au mai revenit.

Slujba de înmormântare a fost la [[ADDRESS:Biserica Ortodoxă Sfântul Gheorghe]], unde tata
cânta la strană în fiecare duminică. Au fost acolo nepoții lui, [[PERSON:Ianis]] și
[[PERSON:Ilinca]], iar [[PERSON:Sorin]] a citit o scrisoare scrisă de tata pentru mama.

De atunci, asociația verifică în fiecare toamnă locuințele chiriașilor cu boli de plămâni și
răspunde la plângerile despre mucegai în zece zile lucrătoare. E bine, dar pentru tata a venit
prea târziu. Cine l-a cunoscut îmi poate scrie la [[EMAIL:mihaela.vgrant@example.com]].
"""),
    ),
    (
        "fv2bz-ro-02",
        "ro",
        _s("""
Vecina noastră, doamna [[PERSON:Edna Margaret Cole]], a murit în ianuarie, la [[AGE:92 de ani]].
Pentru copiii de pe [[ADDRESS:Heathway Close]] era pur și simplu „bunica [[PERSON:Edna]]”. S-a
născut pe [[DATE_OF_BIRTH:30.04.1932]] și a locuit la [[ADDRESS:nr. 9]] din 1967, cu soțul ei,
[[PERSON:Frank]], care a murit în 2005. Fiica ei, [[PERSON:Susan]], locuiește în Cornwall.

Doamna [[PERSON:Edna]] avea [[HEALTH:boala Alzheimer]] și uita uneori să-și ia haina. În
decembrie 2023, centrala ei s-a stricat. [[ORGANISATION:Dagenham Marsh Housing]] a trecut
reparația ca „neurgentă”, numărul [[REFERENCE:DMH-R-558013]]. Eu, [[PERSON:Cosmin Rusu]], și
soția mea, [[PERSON:Lăcrămioara]], i-am dus un radiator electric și mâncare caldă, dar după o
săptămână [[PERSON:Ednei]] i s-a făcut rău de frig și a ajuns la spital cu
[[HEALTH:pneumonie]].

Am scris plângerea în numele [[PERSON:Ednei]], cu acordul lui [[PERSON:Susan]]. Ne-am pierdut
aproape speranța, dar ofițerul de plângeri, domnul [[PERSON:Rajesh Menon]], ne-a sunat de pe
[[PHONE:020 7946 0485]] a doua zi. Asociația a recunoscut că nu avea nicio listă cu chiriașii
vârstnici care locuiesc singuri. Acum are: oricine de pe listă rămâne fără căldură iarna primește
radiatoare în aceeași zi și reparație în 24 de ore.

Doamna [[PERSON:Edna]] s-a întors acasă și a mai trăit un an. Fetița noastră,
[[PERSON:Speranța]], mergea la ea în fiecare după-amiază după școală, iar [[PERSON:Lăcri]] îi
făcea cozonac de Crăciun. La înmormântare, la [[ADDRESS:St Peter's]], [[PERSON:Susan]] ne-a
spus că mama ei vorbea despre „familia de la [[ADDRESS:numărul 11]]” ca despre nepoții ei.
"""),
    ),
    (
        "fv2bz-ro-03",
        "ro",
        _s("""
Mama mea, [[PERSON:Maria-Magdalena Dumitrescu]], pe care toată lumea o știa drept
[[PERSON:Lena]], s-a stins în aprilie, la [[AGE:69 de ani]], după o luptă lungă cu
[[HEALTH:cancerul mamar]]. S-a născut pe [[DATE_OF_BIRTH:15 august 1955]], de Sfânta Maria. Tata,
[[PERSON:Costel Dumitrescu]], a murit în 2016, iar mama a rămas singură în
[[ADDRESS:Flat 2, 118 Abbey Fields Road]], [[POSTCODE:le4 6hb]].

Mama avea și [[HEALTH:astm]]. În bucătărie și în baie mucegaiul revenea după fiecare vopsire.
Proprietarul, [[ORGANISATION:Abbey Fields Housing]], a închis de două ori plângerea, spunând că e
„condens din stilul de viață”. Eu, [[PERSON:Adrian Dumitrescu]], am mers cu sora mea,
[[PERSON:Doina]], la Ombudsmanul pentru Locuințe, dosarul [[REFERENCE:202210457]].

De data asta lucrurile s-au rezolvat la timp. Ombudsmanul a constatat administrare defectuoasă,
iar ofițera [[PERSON:Aisha Patel]] a organizat în șase săptămâni schimbarea ventilației și a
ferestrelor. Asociația ne-a plătit despăgubirea în contul mamei, cod de sortare
[[OTHER_ID:20-32-06]], cont [[OTHER_ID:73019942]]. Mama a trăit ultimii doi ani într-o casă uscată,
a putut face chimioterapia fără crize de astm și și-a văzut nepoții, pe [[PERSON:Luca]] și pe
[[PERSON:Ariana]], mergând la școală.

Slujba a fost la [[ADDRESS:Parohia Ortodoxă Română Sfânta Treime]], unde mama făcea coliva pentru
toată comunitatea. [[PERSON:Doina]] a cântat o doină, cum îi plăcea mamei. Asociația a renunțat
acum la expresia „stil de viață” în răspunsurile despre mucegai și trimite un inspector la fiecare
a doua reclamație. Numărul meu, pentru cine vrea să vorbească despre asta:
[[PHONE:0116 496 0792]].
"""),
    ),
    (
        "fv2bz-ro-04",
        "ro",
        _s("""
Sunt [[PERSON:Rodica Munteanu]], îngrijitoare la [[ORGANISATION:Sunrise Home Care]] în Coventry.
Vreau să povestesc despre nea [[PERSON:Stelică]], adică domnul [[PERSON:Stelian Mocanu]], care a
murit în mai, la [[AGE:81 de ani]]. S-a născut pe [[DATE_OF_BIRTH:3 martie 1943]], lângă Bălți,
și a venit din [[OTHER_SPECIAL:Republica Moldova]] în 2009. Soția lui, [[PERSON:Tamara]], a murit
în 2014; fiul, [[PERSON:Vadim]], lucrează în Birmingham, iar nepotul, [[PERSON:Nicu]], îl vizita
în fiecare weekend.

Din cauza [[HEALTH:diabetului]], domnului [[PERSON:Mocanu]] i s-a amputat piciorul drept în 2021.
Casa de la [[ADDRESS:43 Kingsbury Walk]], [[POSTCODE:CV2 1NH]], avea trei trepte la intrare și
uși prea înguste pentru scaunul cu rotile. [[ORGANISATION:Coventry Spires Housing]] i-a spus că
rampa „nu e prioritară”. Nea [[PERSON:Stelică]] n-a ieșit din casă opt luni.

Am scris plângerea împreună cu [[PERSON:Vadim]], numărul [[REFERENCE:CSH/ADP/3306]]. Ofițera
[[PERSON:Gemma Ward]] a venit în aceeași săptămână. În două luni s-au făcut rampa, ușile lărgite
și o baie cu duș la nivelul podelei. De atunci nea [[PERSON:Stelică]] a mers în fiecare duminică
la [[ADDRESS:biserica Sfântul Nicolae]] și în parc cu [[PERSON:Nicu]]. Au fost doi ani buni.

Asociația a introdus acum un termen de 12 săptămâni pentru adaptări după amputații și alte
situații urgente. Vecinii au umplut biserica la înmormântare. [[PERSON:Vadim]] m-a rugat să las
aici adresa lui, pentru cine vrea să-i trimită o amintire: [[EMAIL:vadim.mocanu@example.org]].
"""),
    ),
    (
        "fv2bz-ro-05",
        "ro",
        _s("""
Mamaie [[PERSON:Reli]], pe numele ei [[PERSON:Aurelia Stan]], a murit în decembrie, la
[[AGE:78 de ani]]. S-a născut pe [[DATE_OF_BIRTH:întâi mai 1946]] și spunea mereu că toată țara
i-a sărbătorit ziua. Ea și tataie [[PERSON:Petrică]], adică [[PERSON:Petre Stan]], locuiau de
cinci ani într-o locuință protejată, [[ADDRESS:apartamentul 14]] de la [[ADDRESS:Willow Lodge]],
[[POSTCODE:LU2 0QR]]. Tataie trăiește încă acolo.

Mamaie avea [[HEALTH:hipertensiune]] și inima slabă. În noiembrie 2023, încălzirea centrală a
întregului complex s-a oprit timp de nouă zile. [[ORGANISATION:Bedford Lea Homes]] a trimis
câteva radiatoare pentru patruzeci de apartamente. Administratoarea, [[PERSON:Janet]], a făcut ce
a putut, dar mamaie a făcut [[HEALTH:pneumonie]] și nu și-a mai revenit complet.

Eu sunt nepoata lor, [[PERSON:Ana Stan]]. Am postat despre asta pe Instagram, la
[[OTHER_ID:@ana.stan.ltn]], și am făcut plângere, numărul [[REFERENCE:BLH-2023-1187]]. Am ajuns
apoi la Ombudsman, dosarul [[REFERENCE:202402876]]. Asociația a recunoscut că centrala nu mai
fusese revizuită de doi ani. Acum complexul are o centrală nouă, un contract de întreținere cu
intervenție în patru ore și radiatoare de rezervă pentru fiecare apartament.

Mamaie a mai prins încă o iarnă caldă. Slujba a fost la [[ADDRESS:Biserica Penticostală Betel]],
unde mergea cu tataie în fiecare duminică, și au cântat toți nepoții, de la [[PERSON:Iosif]] până
la [[PERSON:Ruth]], cea mică. Cine vrea să-l sune pe tataie ca să-i spună o vorbă bună îl poate
găsi la [[PHONE:07700 900 613]].
"""),
    ),
    (
        "fv2bz-ur-01",
        "ur",
        _s("""
میرے ابو جی، [[PERSON:محمد اشرف راجہ]]، پچھلے مہینے [[AGE:۸۴ سال]] کی عمر میں انتقال کر گئے۔ ان
کی تاریخ پیدائش [[DATE_OF_BIRTH:۱۰ اکتوبر ۱۹۴۰]] تھی۔ وہ ۱۹۶۴ میں [[OTHER_SPECIAL:پاکستان]] سے
بریڈفورڈ آئے اور چھیالیس سال [[ADDRESS:۵۶ ہیدر گرو]]، [[POSTCODE:BD8 7JN]] میں رہے۔ ہماری امی
[[PERSON:نسیم اختر]] ۲۰۱۵ میں اللہ کو پیاری ہو گئیں۔

ابو کو [[HEALTH:شوگر]] تھی اور ۲۰۱۹ میں [[HEALTH:دل کا دورہ]] پڑ چکا تھا۔ ۲۰۲۲ کی سردیوں میں ان کے
کمرے کی دیوار پر کالی پھپھوندی پھیل گئی اور کھڑکی سے ٹھنڈی ہوا آتی تھی۔ ہم نے
[[ORGANISATION:Manningham Vale Homes]] کو بار بار فون کیا، [[PHONE:۰۱۱۳ ۴۹۶ ۰۷۳۲]] پر، مگر ہر
بار کوئی آ کر صرف رنگ کر جاتا۔ آخر میں نے، ان کے بیٹے [[PERSON:عمران]] نے، باقاعدہ شکایت کی،
حوالہ نمبر [[REFERENCE:MVH-CMP-30418]]۔

دوسرے مرحلے میں شکایت [[PERSON:اسٹیو]] ([[PERSON:Steve Harland]]) نے دیکھی۔ وہ خود گھر آئے،
ابو سے معافی مانگی، اور ایک مہینے میں نئی کھڑکیاں، دیوار کی مرمت اور ہوا کا نیا نظام لگ گیا۔ ابو
نے آخری دو سردیاں گرم اور خشک کمرے میں گزاریں، مگر ان کا دل کمزور ہو چکا تھا۔

ابو کی نماز جنازہ [[ADDRESS:مسجد بلال]] میں ہوئی، جہاں وہ چالیس سال فجر کی نماز پڑھتے رہے۔ میری
بہنیں [[PERSON:امید]] اور [[PERSON:صبا]]، اور پوتے پوتیاں [[PERSON:زین]] اور [[PERSON:حورین]]
سب موجود تھے۔ [[PERSON:امید]] آپا نے قرآن کی تلاوت کی۔

اب مکان مالک ادارہ دل یا سانس کے مریضوں والے ہر گھر کا ہر خزاں میں معائنہ کرتا ہے۔ امید ہے کہ
کسی اور خاندان کو اتنا انتظار نہیں کرنا پڑے گا۔
"""),
    ),
    (
        "fv2bz-ur-02",
        "ur",
        _s("""
میری امی جان، [[PERSON:زبیدہ اقبال]]، اس سال رمضان سے پہلے [[AGE:۷۹ برس]] کی عمر میں ہم سے جدا
ہو گئیں۔ ان کے پاسپورٹ پر تاریخ پیدائش [[DATE_OF_BIRTH:14-08-1945]] لکھی تھی۔ ابو جی،
[[PERSON:اقبال حسین]]، ۲۰۰۸ میں فوت ہو گئے تھے۔ میں ان کی بیٹی [[PERSON:شازیہ]] ہوں۔

ہم برمنگھم میں [[ADDRESS:فلیٹ نمبر ۷، کیسل ویو ہاؤس]]، [[POSTCODE:B8 1TQ]] میں رہتے تھے، دو
کمروں میں سات لوگ: امی، میں، میرے شوہر، دونوں بھائی [[PERSON:کامران]] اور [[PERSON:عدنان]]، اور
میرے بچے [[PERSON:مریم]] اور [[PERSON:ایان]]۔ امی کو ۲۰۱۹ میں [[HEALTH:فالج]] ہوا اور ساتھ
[[HEALTH:ذیابیطس]] بھی تھی۔ وہ تیسری منزل سے نیچے نہیں اتر سکتی تھیں، اور لفٹ آدھا سال خراب رہتی۔

ہم ۲۰۱۶ سے ہاؤسنگ رجسٹر پر تھے، نمبر [[REFERENCE:SGH-HR-771204]]۔ ۲۰۲۱ میں میں نے
[[ORGANISATION:Saltley Gate Housing]] کو باقاعدہ شکایت لکھی اور ڈاکٹر کا خط ساتھ لگایا۔ اس بار
بات وقت پر بن گئی۔ افسر [[PERSON:ریچل مور]] نے تین مہینے میں ہمیں [[ADDRESS:۲۲ ایلم ٹری روڈ]]
میں چار کمروں کا گھر دلوا دیا، نیچے والے کمرے میں امی کا غسل خانہ بھی تھا۔

امی نے آخری تین سال اس گھر میں سکون سے گزارے۔ وہ باغ میں بیٹھ کر [[PERSON:مریم]] کو اردو
پڑھاتیں۔ ان کی نماز جنازہ [[ADDRESS:مسجد فیضان مدینہ]] میں ہوئی۔ ادارہ اب طبی بنیاد پر
منتقلی کی ہر درخواست پر آٹھ ہفتوں میں فیصلہ کرتا ہے۔ رابطہ: [[EMAIL:shazia.iqbal@example.com]]۔
"""),
    ),
    (
        "fv2bz-ur-03",
        "ur",
        _s("""
میں [[PERSON:فرحت نسرین]] ہوں اور یہ ہمارے پڑوسی چاچا [[PERSON:رحمت]] کی یاد میں ہے۔ ان کا پورا
نام [[PERSON:رحمت علی چوہدری]] تھا۔ وہ جنوری میں [[AGE:۸۷ سال]] کی عمر میں فوت ہوئے۔ ان کی
تاریخ پیدائش [[DATE_OF_BIRTH:یکم جنوری ۱۹۳۸]] لکھی ہوئی تھی، اور وہ ہنس کر کہتے تھے کہ آدھا
گاؤں اسی دن پیدا ہوا تھا۔ چاچا جی روچڈیل میں [[ADDRESS:ملٹن اسٹریٹ]] پر
[[ADDRESS:مکان نمبر ۱۹]] میں پچاس سال رہے، [[POSTCODE:ol11 3ex]]۔

ان کی بیوی [[PERSON:بشیراں]] بہت پہلے گزر گئی تھیں۔ بیٹا [[PERSON:طارق]] لندن میں ہے اور بیٹی
[[PERSON:روبینہ]] مانچسٹر میں رہتی ہیں۔ چاچا جی کو [[HEALTH:گردوں کی بیماری]] تھی۔ دسمبر میں
ان کا بوائلر خراب ہو گیا۔ [[ORGANISATION:Roch Valley Homes]] نے مرمت کا نمبر
[[REFERENCE:RVH-JOB-582219]] دیا مگر تین ہفتے کوئی نہ آیا۔ میں روز انہیں کھانا اور گرم پانی کی
بوتل دے آتی۔ جنوری کے دوسرے ہفتے انہیں [[HEALTH:نمونیا]] ہو گیا اور وہ ہسپتال سے واپس نہ آئے۔

میں نے [[PERSON:طارق]] بھائی کے ساتھ مل کر ہاؤسنگ محتسب کو شکایت کی، کیس نمبر
[[REFERENCE:202405561]]۔ ادارے نے مانا کہ ان کے پاس اکیلے رہنے والے بیمار بزرگوں کی کوئی فہرست
نہیں تھی۔ اب ہے: سردیوں میں حرارت بند ہو تو اسی دن ہیٹر اور چوبیس گھنٹے میں مرمت۔

چاچا جی ہر جمعہ [[ADDRESS:مدینہ مسجد]] جاتے تھے، وہیں ان کی نماز جنازہ ہوئی۔ وہ کہا کرتے تھے کہ
پڑوسی اللہ کی رحمت ہوتے ہیں۔ ان کے جانے سے گلی سونی ہو گئی ہے۔
"""),
    ),
    (
        "fv2bz-ur-04",
        "ur",
        _s("""
میری دادی جان، [[PERSON:حمیدہ بانو]]، پچھلے سال محرم میں [[AGE:۸۸ برس]] کی عمر میں چل بسیں۔ ان کی
پیدائش [[DATE_OF_BIRTH:۲ فروری ۱۹۳۷]] کو ممباسا میں ہوئی تھی؛ وہ ۱۹۷۲ میں
[[OTHER_SPECIAL:کینیا]] سے ہائی وکمب آئیں۔ دادا جان [[PERSON:سید انور حسین]] ۲۰۰۳ میں گزر گئے
تھے۔ ہمارا خاندان [[OTHER_SPECIAL:شیعہ]] ہے اور دادی ہر مجلس میں
[[ADDRESS:امام بارگاہ حسینیہ]] جاتیں۔

دادی [[ADDRESS:۱۵ اوک ٹری کلوز]]، [[POSTCODE:HP13 5UB]] میں اکیلی رہتی تھیں۔ انہیں
[[HEALTH:دمہ]] تھا اور آخری برسوں میں [[HEALTH:بھولنے کی بیماری]] بھی۔ ۲۰۲۲ میں ان کے باورچی
خانے میں چوہے آ گئے۔ [[ORGANISATION:Wycombe Hillside Housing]] نے دو بار زہر رکھوایا، مگر
دیوار کے سوراخ بند نہیں کیے۔ دادی رات بھر جاگتی رہتیں اور کھانا بنانا چھوڑ دیا۔

میں ان کا پوتا [[PERSON:دانیال]] ہوں۔ میں نے ویڈیوز بنا کر اپنے اکاؤنٹ
[[OTHER_ID:@daniyal_hussain_hw]] پر ڈالیں اور باقاعدہ شکایت کی، نمبر
[[REFERENCE:WHH/PC/06632]]۔ اس کے بعد کام جلدی ہوا: افسر [[PERSON:لوسی گرانٹ]] نے
[[ORGANISATION:Pestaway Services]] کو بھیجا، جنہوں نے تمام سوراخ بند کیے اور پورا باورچی خانہ
نیا لگا دیا۔ دادی نے اپنے آخری دو سال صاف ستھرے گھر میں گزارے اور پھر سے میری پھپھو
[[PERSON:نگہت]] اور چچا [[PERSON:شاہد]] کے لیے بریانی بنانے لگیں۔

ادارہ اب ہر بار چوہوں کی شکایت پر گھر کا مکمل معائنہ کرتا ہے۔ دادی کی مجلس ترحیم اسی امام بارگاہ
میں ہوئی۔ رابطہ: [[PHONE:07700 900 156]]۔
"""),
    ),
    (
        "fv2bz-ur-05",
        "ur",
        _s("""
میں [[PERSON:سعدیہ ملک]] ہوں، [[ORGANISATION:Khidmat Home Care]] میں کیئرر۔ چار سال میں نے بابا جی
[[PERSON:غلام نبی]] کی دیکھ بھال کی، جو اس بہار [[AGE:۹۱ برس]] کی عمر میں فوت ہوئے۔ ان کی تاریخ
پیدائش [[DATE_OF_BIRTH:۵ مئی ۱۹۳۳ء]] تھی۔ وہ [[OTHER_SPECIAL:آزاد کشمیر]] سے ۱۹۶۱ میں نیلسن
آئے اور مل میں کام کیا۔ ان کی بیوی [[PERSON:سکینہ]] ۲۰۱۲ میں فوت ہو گئی تھیں۔

بابا جی کو [[HEALTH:ڈیمنشیا]] تھا اور وہ [[HEALTH:بہرے]] تھے۔ ان کا گھر [[ADDRESS:۸ ریزرو اسٹریٹ]]،
[[POSTCODE:BB9 7QL]] میں تھا، اور وہاں ایک عام دھوئیں کا الارم لگا تھا جو وہ سن ہی نہیں سکتے تھے۔
باتھ روم میں پھپھوندی بھی تھی۔ ان کے بیٹے [[PERSON:ظفر]] اور [[PERSON:ناصر]] نے، اور میں نے
[[ORGANISATION:Peel Moor Housing]] کو لکھا، حوالہ نمبر [[REFERENCE:PMH/SR/40917]]۔ فارم پر
بابا جی کا NHS نمبر [[OTHER_ID:۴۵۰ ۵۵۷ ۷۱۰۴]] بھی دیا۔

اس بار کام وقت پر ہوا۔ افسر [[PERSON:پال ایڈمز]] ([[PERSON:Paul Adams]]) نے دو ہفتے میں
تکیے کے نیچے ہلنے والا الارم اور چمکنے والی بتیاں لگوائیں، اور باتھ روم صاف کروایا۔ بابا جی نے
آخری دو سال سکون سے گزارے۔ ان کی بہو [[PERSON:نازیہ]] اور پوتی [[PERSON:علیشبہ]] ہر شام ان کے
ساتھ چائے پیتیں۔

ادارہ اب بہرے یا کم سننے والے ہر کرایہ دار کے گھر میں ایسے الارم لگاتا ہے۔ بابا جی کی نماز جنازہ
[[ADDRESS:غوثیہ مسجد]] میں ہوئی، جہاں وہ ہر نماز کے لیے جاتے تھے۔ اللہ انہیں جنت میں جگہ دے۔
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
