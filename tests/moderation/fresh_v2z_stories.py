"""Fresh test stories, batch v2z (twenty-sixth writer), marked under version 2.

Thirty-five case studies of social housing complaints put right, five each in
English, Arabic, Bengali, Punjabi (Gurmukhi), Polish, Romanian and Urdu.  The
style of this batch: older residents and their carers telling long, detailed
stories, with many relatives and neighbours named (pet names, diminutives,
kunyas, honorifics and kinship terms kept outside or inside the marks as the
README says), several named places that locate a family (GP surgeries,
mosques, churches, gurdwaras, temples, corner shops, schools and day centres),
dates of birth in figures and in words, the ages of several people, and the
housing officers, surveyors, occupational therapists and councillors named
with their roles.  Identifiers include flat and house numbers with and without
streets, named blocks and estates, postcodes in several spellings, phone
numbers in Ofcom drama ranges (some spoken, some in Arabic-Indic digits),
emails (some spelled out, in Latin and in other scripts), complaint, repair,
tenancy, housing register and antisocial behaviour references, NI numbers,
NHS numbers, vehicle registrations, social handles, sort codes and account
endings, and passport numbers; special kinds are landlords and contractors by
name, health conditions, and ethnicity, religion and immigration status.

Measured on 7 December 2026 at first sight, on the detector after round 18 (commit e9d7333,
never changed for this batch): leak-free 51.4% of 35, recall 96.8%, precision 87.4%; by language
en 40%, ar 40%, bn 60%, pa 60%, pl 40%, ro 60%, ur 60% of 5 each. The detector as it landed
before this session's rounds scored 31.4% / 94.5% / 91.5%. The misses were ages stated
("which makes me 81", "lat 77", "deci 81 de ani"), "my Frank", day centres and a bhawan,
nicknames given lovingly ("پیار سے نمو کہتے ہیں", "ندلّلها باسم نازي"), Arabic dates with the
year in words or in Arabic-Indic digits, flats numbered with Bengali digits and a letter, and
churches and shops in Polish and Romanian. After round 19: 77.1% / 98.9% / 87.4%.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    """NFC-normalise a story and join its whitespace into single spaces."""
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2z-en-01",
        "en",
        _s("""
I am writing this for my mother, Mrs [[PERSON:Winifred Ashcombe]], known to
everyone on the landing as [[PERSON:Winnie]]. She was born on
[[DATE_OF_BIRTH:14 February 1936]], she is [[AGE:88]], and she has lived at
[[ADDRESS:flat 6, Larkspur Court]] on the [[ADDRESS:Mereside estate]] since
1979, tenancy reference [[REFERENCE:BHT-T-044712]]. I am her daughter and
carer, [[PERSON:Lorraine Pybus]], and I live five minutes away at
[[ADDRESS:number 31]], just past the [[ADDRESS:Sycamore Tavern]].

For two winters black mould crept up behind Mum's wardrobe and round the
bathroom window. She has [[HEALTH:COPD]], and her chest got so bad that
Dr [[PERSON:Okonkwo]] at [[ADDRESS:Fernhill Medical Practice]] wrote to
[[ORGANISATION:Brackenridge Housing Trust]] twice. Across the landing,
Mr [[PERSON:Desmond Clarke]] (Mum calls him Uncle [[PERSON:Des]]) had the same
trouble at [[ADDRESS:flat 8]], and his grandson [[PERSON:Tyrone]], who is
[[AGE:15]], took dated photographs for both of them.

Operatives came, wiped the wall and left. I made a formal complaint,
reference [[REFERENCE:BHT/CMP/30917]], and rang [[PHONE:0113 496 0528]] more
times than I can count. Nothing moved until Cllr [[PERSON:Patience Adeyemi]]
met us at the [[ADDRESS:Primrose Day Centre]], where Mum goes on Tuesdays.

At stage 2 the trust sent a surveyor, [[PERSON:Gavin Rowntree]], who found the
extractor fan had never been wired in. The housing officer,
[[PERSON:Shazia Lowe]], arranged for Mum to stay with my aunt
[[PERSON:Maureen]], born [[DATE_OF_BIRTH:2 November 1932]], while the walls were
treated and redecorated. Mum was paid £1,150.

The trust says it has learned to check the fan before blaming drying washing,
and to write to the carer as well as the tenant. They now email me at
[[EMAIL:lorraine.pybus@example.net]].
"""),
    ),
    (
        "fv2z-en-02",
        "en",
        _s("""
My name is [[PERSON:Ezekiel Braithwaite]], but since my army days everybody has
called me [[PERSON:Zeke]]. I came over from [[OTHER_SPECIAL:Jamaica]] as a boy.
I was born on the [[DATE_OF_BIRTH:ninth of May, nineteen forty-three]], which
makes me [[AGE:81]], and my wife [[PERSON:Hyacinth]] is [[AGE:79]]. We live on
the fourteenth floor, [[ADDRESS:flat 14D, Tolland Tower]], [[POSTCODE:S5 8NW]].

[[PERSON:Hyacinth]] has [[HEALTH:vascular dementia]] and cannot manage stairs. Last March
the lift went out for seven weeks. Our grandchildren, [[PERSON:Kemar]], who is
[[AGE:9]], and little [[PERSON:Precious]], who is [[AGE:6]], stopped coming
round after school at [[ADDRESS:Brookvale Primary]], and our neighbour Sister
[[PERSON:Pearl Mendes]] in [[ADDRESS:flat 14C]], who is [[AGE:84]] herself,
carried shopping up for both of us.

I phoned [[ORGANISATION:Hallam Vale Homes]] on [[PHONE:0114 496 0273]] every
morning and left my own number,
[[PHONE:oh seven seven double oh, nine double oh, four one six]]. Nobody rang
back. In the end Pastor [[PERSON:Winston Gayle]] at
[[ADDRESS:Shiloh Pentecostal Church]] rang Cllr [[PERSON:Rory Devlin]], and the
councillor climbed all fourteen floors to see us.

Then things moved. The housing officer, Mr [[PERSON:Callum Birtles]], logged our
complaint as [[REFERENCE:HVH-CX-2209]]. The lift firm,
[[ORGANISATION:Apex Vertical Services]], admitted a control board had been on
back order for a month and nobody had told the residents. At stage 1 they set
up a daily welfare call, paid for taxis to [[PERSON:Hyacinth]]'s memory clinic and offered
£600, and the lift was running within ten days.

The landlord now keeps a list, block by block, of everyone who cannot use the
stairs, and writes to them when a part is delayed. That list is the lesson:
they did not know we were up there.
"""),
    ),
    (
        "fv2z-en-03",
        "en",
        _s("""
This case study was written with Mrs [[PERSON:Faadumo Warsame]], who is
[[AGE:74]], by her advocate [[PERSON:Nkechi Obi]]. At
[[ADDRESS:Masjid Al-Furqan]], where she has prayed every Friday for twenty
years, everyone calls her Eedo [[PERSON:Faadumo]].

Mrs [[PERSON:Warsame]] is [[OTHER_SPECIAL:Somali]] and lives in the
[[ADDRESS:top flat at 41 Carrow Street]], [[POSTCODE:e138lp]], a two-bedroom flat,
with her son [[PERSON:Abdirahman]], [[AGE:46]], his wife [[PERSON:Ubah]], and
their children [[PERSON:Hodan]], [[AGE:12]], [[PERSON:Sagal]], [[AGE:8]], and
[[PERSON:Yusuf]], who is [[AGE:3]] and known to the whole street as
[[PERSON:Little Yusi]]. Mrs [[PERSON:Warsame]] sleeps on a sofa bed in the living room.
She has [[HEALTH:type 2 diabetes]] and [[PERSON:Hodan]] has [[HEALTH:asthma]].

The family had been on the housing register since 2017, reference
[[REFERENCE:HR-558120]], in the lowest band. In 2023 Dr [[PERSON:Aziz]] at
[[ADDRESS:Greengate Health Centre]] filled in a medical form, but
[[ORGANISATION:Thameswick Housing]] never passed it to the allocations team.
[[PERSON:Hodan]]'s head teacher at [[ADDRESS:Kestrel Park School]] also wrote,
because she was doing homework on the landing.

We complained in writing, reference [[REFERENCE:TWH-C-40215]]. The stage 1 reply
said there was "no new information". At stage 2 the allocations officer,
[[PERSON:Gareth Pyle]], found the medical form in a shared inbox. Cllr
[[PERSON:Sunny Mahal]] asked for the band to be reviewed the same week.

The family was moved up a band, offered a four-bedroom house five months later,
and paid £400 for the delay. [[ORGANISATION:Thameswick]] now logs every medical form against the
register reference on the day it arrives, and books an interpreter without
being asked. Mrs [[PERSON:Warsame]]'s advocate can be reached on
[[PHONE:020 7946 0391]].
"""),
    ),
    (
        "fv2z-en-04",
        "en",
        _s("""
My name is [[PERSON:Bridget Kavanagh]], [[PERSON:Bridie]] to anyone who knows
me, born [[DATE_OF_BIRTH:22/07/1945]]. I'm [[OTHER_SPECIAL:Irish]] and a
[[OTHER_SPECIAL:Catholic]], and I live at [[ADDRESS:3 Hollins Walk]], the row of
cottages behind [[ADDRESS:St Columba's]], where I've been going to ten o'clock
Mass since my [[PERSON:Frank]] died.

Last December my boiler packed in. I have [[HEALTH:angina]] and the cold gets
into my chest. [[ORGANISATION:Cloverleigh Homes]] sent their contractor,
[[ORGANISATION:Warmfield Heating Ltd]], three times. The first lad never came,
the second brought the wrong part, and the third, a nice man called
[[PERSON:Bill]], told me straight that the boiler was twenty years old and
should have been replaced in 2019. For nineteen days I lived in one room with a
fan heater. [[PERSON:Young Micky]], who lives in the flat above
[[ADDRESS:Raj's Mini Market]] on the corner, brought me soup every night.

My son [[PERSON:Declan]] is in Leeds, but he phoned them from
[[PHONE:07700 900782]] and wrote from
[[EMAIL:declan dot kavanagh at example dot org]]. My granddaughter
[[PERSON:Aoife]], who is [[AGE:19]], put a photo of my frosty window on
Instagram as [[OTHER_ID:@aoife_kav_photos]], and that got an answer faster
than my phone calls did.

The complaint, reference [[REFERENCE:CH-24-01187]], was picked up by the
complaints officer, Ms [[PERSON:Tamsin Greaves]]. She came out herself,
apologised, and had a new boiler fitted within two days. I got £480 and money
towards the electric. Dr [[PERSON:Mulcahy]] at [[ADDRESS:Hazelmere Surgery]] now
has me on their list, and [[ORGANISATION:Cloverleigh]] have put a flag on my account so that any
tenant over seventy-five with a heart condition gets heaters the same day. That
is what I asked for.
"""),
    ),
    (
        "fv2z-en-05",
        "en",
        _s("""
I look after my grandparents, Mr [[PERSON:Lau Kwok-wing]], who is [[AGE:86]],
and Mrs [[PERSON:Lau Mei-ling]], [[AGE:83]], born [[DATE_OF_BIRTH:30 August 1941]].
Everyone at the [[ADDRESS:Wah Yan Community Centre]] lunch club calls her
[[PERSON:Ah Mei]]. They are [[OTHER_SPECIAL:Hong Kong Chinese]] and have lived at
[[ADDRESS:flat 22, Quayside Mansions]], [[POSTCODE:M4 6HW]], since 1988. I am
[[PERSON:Jasmine Lau]], and my son [[PERSON:Oscar]], [[AGE:5]], goes to
[[ADDRESS:St Hilda's Infants]] round the corner, so I am there every afternoon.

Last spring water started coming through their kitchen ceiling from
[[ADDRESS:flat 26]], and the wet cupboards brought mice. Grandpa has
[[HEALTH:Parkinson's disease]] and fell twice on the wet floor; his NHS number
is [[OTHER_ID:721 903 4418]], and the hospital letter went to
[[ORGANISATION:Irkside Homes]] with my complaint, reference
[[REFERENCE:IRK-0093381]]. The lady upstairs, Auntie [[PERSON:Dot]], let the
plumber in, but the leak came back each time.

The pest firm, [[ORGANISATION:Sentinel Pest Solutions]], laid bait four times
without anyone sealing the holes. I rang [[PHONE:0161 496 0644]] again and again and wrote from
[[EMAIL:jasmine.lau@example.com]], and every reply came in English only, which
my grandmother cannot read.

At stage 2 the surveyor, [[PERSON:Kofi Mensah]], found a split waste pipe in the
void between the flats. The housing officer, [[PERSON:Joanne Whitfield]], had
the pipe replaced, the holes filled, the kitchen refitted and an interpreter
booked for every visit. [[ORGANISATION:Irkside]] apologised and paid £750. They now
check for leaks before booking pest control, and ask each household which
language letters should be in.
"""),
    ),
    (
        "fv2z-ar-01",
        "ar",
        _s("""
أكتب هذه السطور نيابةً عن جدتي الحاجة [[PERSON:أم عمر]]، واسمها الكامل
[[PERSON:خديجة الحلبي]]. جدتي [[OTHER_SPECIAL:لاجئة سورية]] وصلت إلى بريطانيا سنة
2016، ووُلدت في [[DATE_OF_BIRTH:٣ آذار ١٩٤٤]]، فعمرها اليوم [[AGE:٨٠ عامًا]]. تسكن
في [[ADDRESS:الشقة 5، Wrenfield House]]، [[POSTCODE:B10 9RT]]، قريبًا من
[[ADDRESS:مسجد النور]] الذي تصلّي فيه كل جمعة.

منذ شتاء 2022 ظهر العفن الأسود في غرفة نومها وعلى سقف الحمّام. جدتي تعاني من
[[HEALTH:الربو]] ومن [[HEALTH:هشاشة العظام]]، وكانت تسعل طوال الليل. خالي
[[PERSON:عمر]] يعمل سائقًا في الليل، فصرتُ أنا، حفيدتها [[PERSON:رنا]]، أتابع
الشكوى. وأخي الصغير [[PERSON:يزن]]، وعمره [[AGE:سبع سنوات]]، ينام عندها أيام
الدراسة لأن مدرسته [[ADDRESS:Greenhill Primary School]] قريبة من بيتها.

اتصلنا بشركة [[ORGANISATION:Midway Homes Group]] على الرقم
[[PHONE:0121 496 0719]] أكثر من عشرين مرة. في كل مرة يأتي عامل ويمسح الجدار بمادة
بيضاء ويذهب. وجارتنا العجوز [[PERSON:مارغريت]] ([[PERSON:Margaret]]) في
[[ADDRESS:الشقة 6]] كانت تعاني من الشيء نفسه.

قدّمنا شكوى رسمية برقم [[REFERENCE:MHG-DM-77120]]. في المرحلة الأولى قالوا إن السبب
«نمط الحياة» وتجفيف الغسيل داخل البيت. عندها تدخّل المستشار
[[PERSON:طارق حسين]]، عضو المجلس البلدي عن منطقتنا، وطلب زيارة مسّاح. فجاء المسّاح
[[PERSON:داني فليتشر]] ووجد أن فتحات التهوية في النوافذ مسدودة بالطلاء وأن
المزراب مكسور منذ سنوات.

في المرحلة الثانية كتبت مسؤولة الإسكان [[PERSON:سارة كولينز]] اعتذارًا رسميًا
تُرجم إلى العربية. عالجوا الجدران، وركّبوا مروحة تهوية دائمة، وأصلحوا المزراب،
ودفعوا لجدتي 900 جنيه. والدرس الذي قالوا إنهم تعلّموه: لا يُلام الساكن قبل أن
يُفحص المبنى، ورسائل الشكاوى تُرسل بلغة الساكن.
"""),
    ),
    (
        "fv2z-ar-02",
        "ar",
        _s("""
اسمي [[PERSON:آزاد رشيد]]، وأنا [[OTHER_SPECIAL:كردي من العراق]]، وُلدتُ في
[[DATE_OF_BIRTH:الأول من تموز سنة ألف وتسعمئة وسبعة وأربعين]]. أسكن مع زوجتي
[[PERSON:شيلان]]، وعمرها [[AGE:٧٤ سنة]]، في [[ADDRESS:17 Poplar Grove]]،
[[POSTCODE:le2 7ha]]، منذ ثلاثين سنة.

ومنذ [[HEALTH:الجلطة الدماغية]] التي أصابت [[PERSON:شيلان]] في ربيع 2022 صار
نصفها الأيمن ضعيفًا، ولم تعد تستطيع دخول حوض الاستحمام. زارتنا أخصائية العلاج
الوظيفي [[PERSON:ريبيكا أوين]] ([[PERSON:Rebecca Owen]]) وأوصت بتحويل الحمّام إلى
حمّام بأرضية مستوية وبدرابزين على الدرج، وأرسلت التوصية إلى جمعية
[[ORGANISATION:Fosseway Housing Association]] في حزيران. ثم لم نسمع شيئًا أربعة
عشر شهرًا.

كنتُ أنا، وعمري [[AGE:٧٧ سنة]]، أغسل زوجتي بإبريق في المطبخ. ابنتنا
[[PERSON:روناك]] تأتي كل مساء بعد عملها، وحفيدتنا [[PERSON:نازدار]]، التي ندلّلها
باسم [[PERSON:نازي]] وعمرها [[AGE:عشر سنوات]]، تأتي بعد مدرستها
[[ADDRESS:Evington Valley Primary]] لتسلّي جدتها.

كتبت [[PERSON:روناك]] شكوى من بريدها [[EMAIL:ronak.rashid@example.com]]، وأخذت
رقم [[REFERENCE:FHA-ADP-4531]]. وفي [[ADDRESS:مركز نوروز المجتمعي]]، حيث نلتقي
بالأصدقاء كل خميس، نصحني صديقي كاكه [[PERSON:حمه]] بأن نكتب إلى أمين مظالم
الإسكان إن لم يتحرّك أحد.

لكن قبل ذلك جاء المسّاح [[PERSON:مارك بنسون]] واعترف بأن التوصية ضاعت بين
البلدية والجمعية، لأن كل طرف ظنّ أن الآخر سيموّل العمل. في المرحلة الثانية
اعتذرت مديرة الخدمات [[PERSON:جولي هارت]] كتابيًا، وبُني الحمّام الجديد خلال ستة
أسابيع، ودفعوا لنا 1,200 جنيه. الجمعية الآن تسجّل كل توصية علاج وظيفي برقم خاص
وتتابعها كل شهر حتى يكتمل العمل.
"""),
    ),
    (
        "fv2z-ar-03",
        "ar",
        _s("""
أنا الحاج [[PERSON:صالح الحميري]]، [[OTHER_SPECIAL:يمني]]، عمري [[AGE:٦٩ سنة]]،
وأسكن مع زوجتي [[PERSON:أم فؤاد]] في
[[ADDRESS:الشقة العلوية في 58 Orchard Vale Road]]. ابننا [[PERSON:فؤاد]]، وعمره
[[AGE:٣٤ سنة]]، يسكن معنا مع زوجته [[PERSON:سماح]] وابنهما [[PERSON:محمد]] الذي
نسمّيه [[PERSON:حمودي]]، وعمره [[AGE:أربع سنوات]]، ويذهب كل صباح إلى
[[ADDRESS:Little Acorns Nursery]].

منذ صيف 2023 صار سكان الشقة السفلية يشغّلون الموسيقى حتى الفجر، وتقف أمام الباب
سيارة رقمها [[OTHER_ID:YD17 KLX]] يأتي إليها غرباء طوال الليل. وحين عدتُ ذات ليلة
من صلاة العشاء في [[ADDRESS:جامع الإيمان]] صرخ أحدهم في وجهي بكلام مهين عن
[[OTHER_SPECIAL:المسلمين]]. زوجتي تعاني من [[HEALTH:ارتفاع ضغط الدم]] وصارت لا
تنام، و[[PERSON:حمودي]] يستيقظ باكيًا.

أبلغنا شركة [[ORGANISATION:Don Valley Homes]] مرات كثيرة، وفتحوا ملف سلوك معادٍ
للمجتمع برقم [[REFERENCE:ASB-2023-0614]]، لكن لم يتصل بنا أحد ستة أسابيع. تركتُ
رقمي [[PHONE:٠٧٧٠٠ ٩٠٠٥٥٨]] ورقم ابني [[PHONE:0114 496 0932]] في كل رسالة.

عندها كتب [[PERSON:فؤاد]] شكوى رسمية وأرسل نسخة إلى المستشارة
[[PERSON:نادية قاسم]]. بعد أسبوع جاءت مسؤولة السلوك المعادي للمجتمع
[[PERSON:كيلي براون]] مع الشرطي المجتمعي [[PERSON:جيمس أوكافور]]، واستمعا إلينا
ساعتين. ركّبوا كاميرا على الدرج، وأرسلوا إنذارًا مكتوبًا إلى الجيران، ولما استمر
الإزعاج حصلوا على أمر من المحكمة ونُقل المستأجر.

اعتذرت الشركة ودفعت لنا 350 جنيهًا. وقالوا إنهم تعلّموا شيئين: أن يتصلوا بصاحب
البلاغ خلال ثلاثة أيام عمل، وأن يسجّلوا الإساءة الدينية جريمةَ كراهية ويبلغوا
الشرطة بها من اليوم الأول.
"""),
    ),
    (
        "fv2z-ar-04",
        "ar",
        _s("""
أنا [[PERSON:أمل عبد الرحيم]]، أكتب عن أمي الحاجة [[PERSON:آمنة بابكر]]، وهي
[[OTHER_SPECIAL:سودانية]] مولودة في [[DATE_OF_BIRTH:12/10/1947]]، أي أن عمرها
[[AGE:٧٧ عامًا]]. تسكن أمي وحدها في [[ADDRESS:الشقة 9ب، Beaumont Court]]،
[[POSTCODE:NW10 4JG]]، وأسكن أنا مع زوجي [[PERSON:مجدي]] وأولادنا في الطرف الآخر
من المدينة. ابني [[PERSON:حمادة]]، وعمره [[AGE:١١ سنة]]، يقضي عطلة نهاية الأسبوع
عند جدته.

في تشرين الثاني تعطّلت التدفئة. أمي تعاني من [[HEALTH:قصور في القلب]]، وقال
طبيبها في [[ADDRESS:Cressington Medical Centre]] إن البرد خطر عليها. اتصلتُ بشركة
[[ORGANISATION:Kingsmere Housing]]، فأرسلت المقاول
[[ORGANISATION:Thermaflow Services]] مرتين، وفي المرتين ذهب الفنّي إلى
[[ADDRESS:الشقة 9أ]] بدل شقة أمي، لأن رقم الشقة مكتوب خطأً في نظامهم. وحتى
الرسائل كانت تصل إلى جارتها [[PERSON:أم هاني]] في الشقة المقابلة.

كتبتُ الشكوى من بريدي [[EMAIL:amal.abdelrahim@example.net]]، ورقمها
[[REFERENCE:KH/HTG/51802]]. اتصلت بي الموظفة [[PERSON:ديبي]] ([[PERSON:Debbie]])
ووعدت بالحل ثم اختفت أسبوعين. في تلك الأيام نامت أمي عند صديقتها الخالة
[[PERSON:زينب]] قرب [[ADDRESS:Roundwood Community Hall]]، حيث تلتقيان كل يوم
أحد.

في المرحلة الثانية تولّى الأمر مدير الشكاوى [[PERSON:أندرو ماكلاود]]، فصحّح العنوان
في النظام، وركّب غلاية جديدة في يومين، واعتذر كتابيًا. ودفعوا لأمي 520 جنيهًا
حُوّلت إلى حسابها، رمز الفرع [[OTHER_ID:40-22-17]] والحساب المنتهي بالرقم
[[OTHER_ID:3390]].

الدرس: عنوان خاطئ في النظام كلّف امرأة مريضة ثلاثة أسابيع من البرد. والآن يتحقّق
الموظفون من العنوان مع الساكن في أول اتصال، ويرسلون نسخة من كل رسالة إلى من
يرعاه.
"""),
    ),
    (
        "fv2z-ar-05",
        "ar",
        _s("""
أنا [[PERSON:يوسف بنعلي]]، أرعى والدي [[PERSON:الحسين بنعلي]]، المولود في
[[DATE_OF_BIRTH:الخامس عشر من يناير ١٩٣٩]]، وعمره اليوم [[AGE:٨٥ سنة]]، ووالدتي
للا [[PERSON:فاطمة]]، وعمرها [[AGE:٧٨ سنة]]. يسكنان في
[[ADDRESS:الشقة 71، Kelmscott Tower]]، [[POSTCODE:W10 5SX]]، في الطابق التاسع عشر.
والدي يعاني من [[HEALTH:مرض الزهايمر]]، ورقمه في الخدمة الصحية هو
[[OTHER_ID:٦١٨ ٢٠٩ ٧٧٤٠]].

في الشتاء الماضي تسرّب ماء المطر من السطح إلى غرفة محرّكات المصعد، فتوقّف المصعدان
معًا أحد عشر يومًا. فات والدي يومان في [[ADDRESS:Oak Tree Day Centre]]، حيث يقضي
الثلاثاء والجمعة، وفاتته صلاة الجمعة في [[ADDRESS:مسجد الهدى]] لأول مرة منذ سنين.
جارنا عمّي [[PERSON:رشيد]] في [[ADDRESS:الشقة 72]] كان يصعد إلينا بالخبز من
[[ADDRESS:مخبزة الأطلس]] التي في أسفل العمارة.

الشركة المالكة [[ORGANISATION:Westway Community Homes]] كانت تقول في الهاتف إن
«المهندس في الطريق»، ولم تذكر السطح أبدًا. قدّمتُ شكوى برقم
[[REFERENCE:WCH-LFT-118]] وأرسلت نسخة إلى المستشارة [[PERSON:ليلى مراد]]. بعد
ثلاثة أيام جاءت مسؤولة الحي [[PERSON:برايوني هيل]] ([[PERSON:Bryony Hill]]) ومعها
المسّاح [[PERSON:غاريث إيفانز]]، فوجدا أن تسرّب السطح أُبلغ عنه قبل سنة كاملة ولم
يُصلح.

النتيجة: أُصلح السطح والمصعدان، واعتذرت الشركة كتابيًا لوالديّ، ودفعت 700 جنيه.
وصار عندهم سجلّ بالسكان الذين لا يستطيعون استعمال الدرج، يتصلون بهم قبل أي
إيقاف مخطّط له. ورقم هاتفي [[PHONE:020 7946 0218]] مسجّل الآن عندهم جهةَ اتصال
لوالديّ، بعد أن كانت كل مكالماتهم تذهب إلى هاتف أرضي لا يردّ عليه أحد.
"""),
    ),
    (
        "fv2z-bn-01",
        "bn",
        _s("""
আমি [[PERSON:নাজমা বেগম]], আমার শাশুড়ি [[PERSON:রহিমা খাতুনের]] হয়ে লিখছি। ওনার
জন্ম [[DATE_OF_BIRTH:১৯৪৮ সালের ৩ মার্চ]], এখন বয়স [[AGE:৭৬ বছর]]। পাড়ার সবাই
ওনাকে [[PERSON:মিনু]] বলে ডাকে। আমরা থাকি [[ADDRESS:২৭ ব্রেনান রোড]],
[[POSTCODE:E3 5HU]]-এ — আমি, আমার স্বামী [[PERSON:শফিক]], আম্মা আর দুই বাচ্চা।
মেয়ে [[PERSON:তানিশার]] বয়স [[AGE:৯ বছর]], ছেলে [[PERSON:রায়ানের]]
[[AGE:৬ বছর]], দুজনেই [[ADDRESS:হলিওয়েল প্রাইমারি স্কুলে]] পড়ে।

দুই বছর ধরে আম্মার ঘরের দেয়ালে কালো ছত্রাক। আম্মার [[HEALTH:হাঁপানি]] আর
[[HEALTH:আর্থ্রাইটিস]] আছে, রাতে কাশতে কাশতে ঘুমাতে পারেন না। পাশের
[[ADDRESS:২৯ নম্বরে]] থাকেন [[PERSON:জোৎস্না]] খালা, ওনার বাসাতেও একই অবস্থা।
শুক্রবার [[ADDRESS:বায়তুল আমান মসজিদে]] নামাজের পর খালু আর [[PERSON:শফিক]] একসাথে
ছবি তুলে রাখতেন।

[[ORGANISATION:ইস্টব্রুক হোমস]] প্রতিবার লোক পাঠাত, সে দেয়াল মুছে চলে যেত।
আমি [[PHONE:020 7946 0584]] নম্বরে বারবার ফোন করেছি, অভিযোগ নম্বর
[[REFERENCE:EBH-2024-00871]]। প্রথম ধাপের উত্তরে লিখল, আমরা নাকি জানালা খুলি না।

তখন কাউন্সিলর [[PERSON:আয়েশা সিদ্দিকা]] আমাদের বাসায় এলেন। দ্বিতীয় ধাপে
সার্ভেয়ার [[PERSON:ড্যানিয়েল কুপার]] এসে দেখলেন ছাদের পাইপ ফাটা, পানি দেয়ালের
ভেতর দিয়ে নামছে। হাউজিং অফিসার [[PERSON:লিন্ডা মার্শ]] একজন দোভাষী নিয়ে এসে
আম্মার সাথে বসে কথা বললেন, এই প্রথম কেউ আম্মাকে সরাসরি জিজ্ঞেস করল।

পাইপ বদলানো হলো, দেয়াল শুকিয়ে নতুন করে রং করা হলো, জানালায় ভেন্ট বসানো হলো,
আর ক্ষতিপূরণ দিল ৬৫০ পাউন্ড। তাদের শিক্ষা: ভাড়াটিয়াকে দোষ দেওয়ার আগে বাড়ি
পরীক্ষা করা, আর বয়স্ক মানুষের সাথে তাঁর নিজের ভাষায় কথা বলা।
"""),
    ),
    (
        "fv2z-bn-02",
        "bn",
        _s("""
আমার নাম [[PERSON:আব্দুল মতিন চৌধুরী]], বয়স [[AGE:৮২ বছর]], জন্ম
[[DATE_OF_BIRTH:৫ জানুয়ারি ১৯৪২]]। স্ত্রী [[PERSON:সুফিয়া]], বয়স [[AGE:৭৫]], আর আমি
থাকি [[ADDRESS:ফ্ল্যাট ৩৪, ক্যাবট হাউস]], [[POSTCODE:e1 2qx]]। বিল্ডিংয়ের নিচেই
[[ADDRESS:তাজ গ্রোসারি]], সবাই ওটা দেখিয়েই আমাদের বাসা চেনে।

গত জানুয়ারিতে পাঁচ সপ্তাহ হিটিং আর গরম পানি বন্ধ ছিল। [[PERSON:সুফিয়ার]]
[[HEALTH:কিডনির রোগ]], সপ্তাহে তিনদিন ডায়ালাইসিসে যেতে হয়, ঠান্ডায় ওর শরীর
আরও খারাপ হয়। [[ORGANISATION:Aldgate Vale Housing]] ঠিকাদার
[[ORGANISATION:Citywarm Ltd]]-কে পাঠাল, তারা একবার এসে বলল পার্টস নেই।

আমার নাতি [[PERSON:রাহিম]], বয়স [[AGE:১৭]], তার ইমেইল
[[EMAIL:rahim.chowdhury@example.org]] থেকে অভিযোগ পাঠাল, রেফারেন্স
[[REFERENCE:AVH/CMP/6620]]। অফিসার [[PERSON:টম রিডলি]] ফোনে তিনবার আমার
ন্যাশনাল ইনস্যুরেন্স নম্বর চাইলেন, [[NI_NUMBER:JR 47 19 82 C]], অথচ তিনবারই বললেন
পরে ফোন করবেন। আমার মোবাইল নম্বর
[[PHONE:শূন্য সাত সাত শূন্য শূন্য নয় শূন্য শূন্য তিন দুই সাত]], কিন্তু কেউ ফেরত ফোন
করেনি।

[[ADDRESS:শাহপরান জামে মসজিদে]] জুমার পর কাউন্সিলর [[PERSON:নাসিমা আক্তার]]-এর
সাথে দেখা হলো। উনি সেদিনই ইমেইল করলেন। দ্বিতীয় ধাপে অভিযোগ ম্যানেজার
[[PERSON:রেবেকা স্টোন]] স্বীকার করলেন যে আমাদের ফাইলে "বয়স্ক ও অসুস্থ" চিহ্ন
ছিল না, তাই জরুরি কাজ হিসেবে ধরা হয়নি।

তিন দিনের মধ্যে নতুন বয়লার বসানো হলো, দুটো হিটার দেওয়া হলো, বিদ্যুৎ বিলের
জন্য টাকা আর ৫৫০ পাউন্ড ক্ষতিপূরণ দিল। এখন তারা প্রতিটি ভাড়াটিয়ার স্বাস্থ্যের
কথা রেকর্ডে রাখে, আর একই তথ্য বারবার চায় না।
"""),
    ),
    (
        "fv2z-bn-03",
        "bn",
        _s("""
আমি [[PERSON:অঞ্জলি দাস]], মায়ের দেখাশোনা করি। মা [[PERSON:কমলা দাস]], জন্ম
[[DATE_OF_BIRTH:২৬ জুন ১৯৪০]], বয়স [[AGE:৮৪]]। আমরা [[OTHER_SPECIAL:হিন্দু]],
মা প্রতি বৃহস্পতিবার [[ADDRESS:শ্রী রাধাকৃষ্ণ মন্দিরে]] যেতেন। আমরা থাকি
[[ADDRESS:১২ ওয়েভারলি গার্ডেনস]], [[POSTCODE:LE4 6PB]]।

মায়ের [[HEALTH:ডিমেনশিয়া]] আর [[HEALTH:অস্টিওপোরোসিস]]। ২০২৩ সালে পড়ে গিয়ে কোমর
ভাঙার পর থেকে হুইলচেয়ারে। সিঁড়ি দিয়ে উপরের বাথরুমে যেতে পারেন না। অকুপেশনাল
থেরাপিস্ট [[PERSON:হেলেন ওয়াটস]] নিচতলায় শাওয়ার রুম আর সামনের দরজায় র‍্যাম্প
লাগানোর সুপারিশ করলেন। মায়ের এনএইচএস নম্বর [[OTHER_ID:৪৫০ ৩২৭ ৯৯১৮]] দিয়ে সেই
চিঠি [[ORGANISATION:Riverdene Housing Association]]-এ পাঠানো হলো।

এগারো মাস কিছুই হলো না। মা সপ্তাহে দুদিন [[ADDRESS:সানরাইজ ডে সেন্টারে]] যান,
ড্রাইভার র‍্যাম্প না থাকায় মাকে কোলে করে নামাত। পাশের বাড়ির [[PERSON:মুক্তা]]
আপা আর ওনার মেয়ে [[PERSON:আলো]], বয়স [[AGE:১৬]], সন্ধ্যায় এসে আমাকে সাহায্য
করত। আমার দাদা [[PERSON:বাপ্পা]] কলকাতা থেকে ফোন করে খবর নিত।

অবশেষে [[PHONE:0116 496 0473]] নম্বরে ফোন করে আনুষ্ঠানিক অভিযোগ করলাম, নম্বর
[[REFERENCE:RHA-AD-2291]]। সার্ভেয়ার [[PERSON:ওয়াসিম খান]] এসে মাপ নিলেন, আর
অ্যাডাপটেশন ম্যানেজার [[PERSON:ক্লেয়ার বেনেট]] লিখে ক্ষমা চাইলেন: সুপারিশটা ভুল
ফোল্ডারে পড়ে ছিল।

ছয় সপ্তাহে র‍্যাম্প আর শাওয়ার রুম তৈরি হলো, ৮০০ পাউন্ড ক্ষতিপূরণও দিল। এখন
প্রতিটি সুপারিশ আসার দিনই কেয়ারারকে ফোন করে জানানো হয়, আর প্রতি মাসে অগ্রগতি
জানায়।
"""),
    ),
    (
        "fv2z-bn-04",
        "bn",
        _s("""
আমি [[PERSON:শাহানা আক্তার]]। আমার শাশুড়ি, আমাদের দাদি [[PERSON:ফাতেমা বিবি]],
বয়স [[AGE:৭১ বছর]], জন্ম [[DATE_OF_BIRTH:১৯৫৩ সালের ১৪ আগস্ট]]। আমরা সাতজন থাকি
দুই বেডরুমের [[ADDRESS:ফ্ল্যাট ৩বি, হেরন কোর্ট]]-এ। আমার স্বামী [[PERSON:কামরুল]]
রাতের শিফটে কাজ করেন। বাচ্চারা: [[PERSON:আরিয়ান]] ([[AGE:১৩]]), [[PERSON:ইলমা]]
([[AGE:১০]]), [[PERSON:জুনায়েদ]] ([[AGE:৬]]) আর ছোট্ট [[PERSON:মাহি]], বয়স
[[AGE:১৮ মাস]]। বড় তিনজন [[ADDRESS:ব্রায়ারফিল্ড একাডেমিতে]] পড়ে।

দাদি আর মেয়েরা এক ঘরে ঘুমায়। দাদির [[HEALTH:ডায়াবেটিস]], রাতে বারবার বাথরুমে
যেতে হয়, সবাই জেগে যায়। তার ওপর গত বছর রান্নাঘরে তেলাপোকা আর বিছানায়
ছারপোকা। [[ORGANISATION:Oldbury Gate Homes]] একটা কোম্পানি
[[ORGANISATION:ক্লিনশিল্ড পেস্ট কন্ট্রোল]] পাঠাল, ওরা শুধু আমাদের ফ্ল্যাটে
স্প্রে করল, আশেপাশের ফ্ল্যাটে না, তাই দুই সপ্তাহেই আবার ফিরে এল।

আমাদের হাউজিং রেজিস্টার নম্বর [[REFERENCE:HRG/22/30416]], পাঁচ বছর ধরে একই ব্যান্ডে।
[[ADDRESS:ক্যানাল সাইড সার্জারির]] ডাক্তার [[PERSON:ইমরান]] চিঠি দিলেন, কিন্তু কেউ
দেখেনি। আমি অভিযোগ করলাম, রেফারেন্স [[REFERENCE:OGH-C-11852]]।

দ্বিতীয় ধাপে হাউজিং অফিসার [[PERSON:মার্ক টেলর]] বাসায় এসে গুনে দেখলেন, আমরা
দুই বেডরুম কম জায়গায় আছি। কাউন্সিলর [[PERSON:জেমস ওকোরো]]ও চিঠি লিখলেন।
পুরো ব্লকে একসাথে কীটনাশক দেওয়া হলো, আমাদের ব্যান্ড বাড়ানো হলো, আর আট মাস পর
চার বেডরুমের একটা বাড়ি পেলাম। ৩০০ পাউন্ড ক্ষতিপূরণও দিল। তারা শিখেছে, পোকা
মারতে হলে পুরো ব্লক একসাথে দেখতে হয়, আর ডাক্তারের চিঠি সাথে সাথে রেজিস্টারে তুলতে
হয়।
"""),
    ),
    (
        "fv2z-bn-05",
        "bn",
        _s("""
আমি [[PERSON:জামাল উদ্দিন]], আমার আব্বা [[PERSON:নূর মিয়া]] আর আম্মা
[[PERSON:হাসনা বানু]]-র হয়ে লিখছি। আব্বার বয়স [[AGE:৮০ বছর]], জন্ম
[[DATE_OF_BIRTH:১৯৪৪ সালের ২ ফেব্রুয়ারি]]; আম্মার [[AGE:৭৩]]। ওনারা থাকেন
[[ADDRESS:সিলেট ক্যাশ অ্যান্ড ক্যারির]] ঠিক উপরের ফ্ল্যাটে,
[[ADDRESS:১৪৮এ ওয়ারউইক স্ট্রিট]], [[POSTCODE:OL8 1NB]]। আব্বা প্রতিদিন
[[ADDRESS:জালালাবাদ জামে মসজিদে]] ফজরের নামাজ পড়েন।

গত বর্ষায় উপরের ফ্ল্যাটের বাথরুম থেকে পানি চুইয়ে আম্মার রান্নাঘরের ছাদ ভিজে
গেল। উপরের প্রতিবেশী [[PERSON:গ্যারি]] ভালো মানুষ, নিজেই বলেছিলেন পাইপ লিক।
আম্মার [[HEALTH:পারকিনসন্স]], ভেজা মেঝেতে পিছলে পড়ার ভয়। আমার মেয়ে
[[PERSON:সামিহা]], বয়স [[AGE:৮]], দাদুর কাছে গেলে বালতি এনে দিত।

[[ORGANISATION:Pennine Moss Housing]]-এ [[PHONE:0161 496 0817]] নম্বরে তিনবার
রিপেয়ার বুক করলাম। তিনবারই মেসেজ এল "কাজ সম্পন্ন", অথচ কেউ আসেনি। আমার ইমেইল
[[EMAIL:জামাল ডট উদ্দিন অ্যাট এক্সাম্পল ডট অর্গ]]-এ কোনো উত্তর আসেনি।

অভিযোগ নম্বর [[REFERENCE:PMH-5083-R]] পাওয়ার পর রিপেয়ার ম্যানেজার
[[PERSON:স্টিভ হ্যারিসন]] ফোন করলেন। দেখা গেল, তিনটা জব ভুল করে
[[ADDRESS:১৪৮বি]]-তে বুক হয়েছিল, মানে আমাদের উপরের ফ্ল্যাটে, আর সেখানে কেউ দরজা
না খোলায় সিস্টেম জব বন্ধ করে দিয়েছিল। সার্ভেয়ার [[PERSON:প্রিয়া প্যাটেল]] এক
সপ্তাহে পাইপ বদলে ছাদ মেরামত করালেন।

ক্ষমা চেয়ে চিঠি আর ৪২০ পাউন্ড দিল। তারা এখন ঠিকানা মিলিয়ে নেয়, আর ভাড়াটিয়া
নিজে না বললে জব বন্ধ করে না।
"""),
    ),
    (
        "fv2z-pa-01",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਹਰਮਨ ਗਿੱਲ]] ਆਪਣੇ ਦਾਦਾ ਜੀ ਸਰਦਾਰ [[PERSON:ਕਰਤਾਰ ਸਿੰਘ ਗਿੱਲ]] ਅਤੇ ਦਾਦੀ
ਜੀ ਬੀਬੀ [[PERSON:ਮਹਿੰਦਰ ਕੌਰ]] ਵੱਲੋਂ ਲਿਖ ਰਿਹਾ ਹਾਂ। ਦਾਦਾ ਜੀ ਦਾ ਜਨਮ
[[DATE_OF_BIRTH:੧੦ ਅਕਤੂਬਰ ੧੯੩੭]] ਨੂੰ ਹੋਇਆ, ਉਹ [[AGE:੮੭ ਸਾਲ]] ਦੇ ਹਨ, ਅਤੇ ਦਾਦੀ
ਜੀ [[AGE:੮੪ ਸਾਲ]] ਦੇ। ਦੋਵੇਂ [[OTHER_SPECIAL:ਅੰਮ੍ਰਿਤਧਾਰੀ ਸਿੱਖ]] ਹਨ ਅਤੇ ਰੋਜ਼ ਸਵੇਰੇ
[[ADDRESS:ਗੁਰਦੁਆਰਾ ਗੁਰੂ ਤੇਗ ਬਹਾਦਰ ਸਾਹਿਬ]] ਜਾਂਦੇ ਹਨ, ਜੋ ਉਹਨਾਂ ਦੇ ਘਰ
[[ADDRESS:42 ਲੌਰਲ ਐਵੇਨਿਊ]], [[POSTCODE:B21 9QE]], ਤੋਂ ਪੰਜ ਮਿੰਟ ਦੀ ਦੂਰੀ ਤੇ ਹੈ।

ਪਿਛਲੀ ਸਰਦੀ ਤੋਂ ਪਿਛਲੇ ਕਮਰੇ ਵਿੱਚ ਸਿੱਲ੍ਹ ਅਤੇ ਕਾਲੀ ਉੱਲੀ ਫੈਲ ਗਈ। ਦਾਦੀ ਜੀ ਨੂੰ
[[HEALTH:ਦਮਾ]] ਹੈ ਅਤੇ ਦਾਦਾ ਜੀ ਨੂੰ [[HEALTH:ਸ਼ੂਗਰ]]। ਡਾਕਟਰ [[PERSON:ਰੂਪਿੰਦਰ ਸੰਘਾ]]
ਨੇ [[ADDRESS:ਵਿਲੋਬੈਂਕ ਮੈਡੀਕਲ ਸੈਂਟਰ]] ਤੋਂ ਚਿੱਠੀ ਲਿਖੀ। ਮੇਰੇ ਭੂਆ ਜੀ
[[PERSON:ਬਲਵਿੰਦਰ]], ਜਿਨ੍ਹਾਂ ਨੂੰ ਸਾਰੇ [[PERSON:ਬਿੰਦੀ]] ਆਖਦੇ ਹਨ, ਹਰ ਰੋਜ਼ ਰੋਟੀ ਲੈ ਕੇ
ਆਉਂਦੇ। ਗੁਆਂਢ ਵਿੱਚ [[ADDRESS:40 ਨੰਬਰ]] ਵਾਲੀ ਆਂਟੀ [[PERSON:ਮੋਰੀਨ]] ਨੇ ਵੀ ਦੱਸਿਆ ਕਿ
ਉਹਨਾਂ ਦੀ ਕੰਧ ਵੀ ਗਿੱਲੀ ਹੈ।

ਅਸੀਂ [[ORGANISATION:ਰੂਕਵੁੱਡ ਹੋਮਜ਼]] ਨੂੰ [[PHONE:0121 496 0362]] ਤੇ ਛੇ ਵਾਰ ਫੋਨ
ਕੀਤਾ। ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:RWH/DMP/40931]] ਮਿਲਿਆ। ਪਹਿਲੇ ਜਵਾਬ ਵਿੱਚ ਲਿਖਿਆ ਕਿ
ਘਰ ਵਿੱਚ ਕੱਪੜੇ ਸੁਕਾਉਣ ਕਰਕੇ ਸਿੱਲ੍ਹ ਹੈ। ਫਿਰ ਕੌਂਸਲਰ [[PERSON:ਜਸਵੀਰ ਕੌਰ ਬਾਸੀ]] ਨੇ
ਮਾਮਲਾ ਚੁੱਕਿਆ, ਅਤੇ ਹਾਊਸਿੰਗ ਅਫ਼ਸਰ [[PERSON:ਹੈਲਨ ਬ੍ਰੈਡਸ਼ਾ]] ਤੇ ਸਰਵੇਅਰ
[[PERSON:ਕ੍ਰਿਸ ਲੈਂਬ]] ਘਰ ਆਏ। ਉਹਨਾਂ ਨੇ ਲੱਭਿਆ ਕਿ ਬਾਹਰਲੀ ਕੰਧ ਦਾ ਡੈਂਪ-ਪਰੂਫ਼ ਕੋਰਸ
ਟੁੱਟਿਆ ਹੋਇਆ ਸੀ ਅਤੇ ਪਾਣੀ ਦਾ ਪਾਈਪ ਕੰਧ ਵਿੱਚ ਰਿਸ ਰਿਹਾ ਸੀ।

ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ ਕੰਪਨੀ ਨੇ ਲਿਖਤੀ ਮੁਆਫ਼ੀ ਮੰਗੀ, ਨਵਾਂ ਡੈਂਪ-ਪਰੂਫ਼ ਕੋਰਸ ਲਾਇਆ, ਪਾਈਪ
ਬਦਲਿਆ, ਕਮਰਾ ਦੁਬਾਰਾ ਪਲਸਤਰ ਕੀਤਾ ਅਤੇ £950 ਮੁਆਵਜ਼ਾ ਦਿੱਤਾ। ਸਬਕ: ਬਜ਼ੁਰਗਾਂ ਨੂੰ
ਦੋਸ਼ ਦੇਣ ਤੋਂ ਪਹਿਲਾਂ ਕੰਧ ਦੀ ਜਾਂਚ ਕਰੋ, ਅਤੇ ਚਿੱਠੀ ਪਰਿਵਾਰ ਦੀ ਭਾਸ਼ਾ ਵਿੱਚ ਭੇਜੋ।
"""),
    ),
    (
        "fv2z-pa-02",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਮ [[PERSON:ਸੁਰਜੀਤ ਕੌਰ]] ਹੈ, ਪਰ ਪੇਕਿਆਂ ਵਿੱਚ ਮੈਨੂੰ [[PERSON:ਜੀਤੋ]] ਕਹਿੰਦੇ
ਸਨ। ਮੇਰੀ ਜਨਮ ਤਾਰੀਖ਼ [[DATE_OF_BIRTH:03-04-1946]] ਹੈ, ਉਮਰ [[AGE:੭੮ ਸਾਲ]]। ਮੈਂ ਵਿਧਵਾ
ਹਾਂ ਅਤੇ ਪੰਦਰਵੀਂ ਮੰਜ਼ਲ ਤੇ [[ADDRESS:ਫਲੈਟ 153, ਬੀਕਨ ਟਾਵਰ]] ਵਿੱਚ ਇਕੱਲੀ ਰਹਿੰਦੀ
ਹਾਂ। ਮੇਰੇ ਪਤੀ ਸਰਦਾਰ [[PERSON:ਅਜੀਤ ਸਿੰਘ]] ਨੂੰ ਗੁਜ਼ਰੇ ਛੇ ਸਾਲ ਹੋ ਗਏ। ਮੇਰੀ ਪੋਤੀ
[[PERSON:ਖੁਸ਼ੀ]], [[AGE:੧੪ ਸਾਲ]] ਦੀ, [[ADDRESS:ਹੈਵਲੌਕ ਹਾਈ ਸਕੂਲ]] ਤੋਂ ਛੁੱਟੀ ਮਗਰੋਂ
ਮੇਰੇ ਕੋਲ ਆਉਂਦੀ ਹੈ।

ਪਿਛਲੇ ਸਾਲ ਲਿਫਟ ਵਾਰ-ਵਾਰ ਖ਼ਰਾਬ ਰਹੀ, ਅਤੇ ਪੌੜੀਆਂ ਵਿੱਚ ਮੁੰਡੇ ਬੈਠ ਕੇ ਨਸ਼ਾ ਕਰਦੇ।
ਇੱਕ ਮੁੰਡਾ ਮੇਰੀਆਂ ਵੀਡੀਓ ਬਣਾ ਕੇ [[OTHER_ID:@bigdawg_0121]] ਨਾਂ ਹੇਠ ਪਾਉਂਦਾ ਸੀ ਅਤੇ
ਮੇਰੀ ਚੁੰਨੀ ਦਾ ਮਜ਼ਾਕ ਉਡਾਉਂਦਾ ਸੀ। ਮੈਨੂੰ [[HEALTH:ਗੋਡਿਆਂ ਦਾ ਗਠੀਆ]] ਹੈ, ਪੰਦਰਾਂ ਮੰਜ਼ਲਾਂ
ਪੌੜੀਆਂ ਚੜ੍ਹਨਾ ਨਾਮੁਮਕਿਨ ਹੈ, ਇਸ ਲਈ ਕਈ ਹਫ਼ਤੇ ਘਰੋਂ ਨਿਕਲੀ ਹੀ ਨਹੀਂ।

ਮੇਰੀ ਗੁਆਂਢਣ [[PERSON:ਪਰਮਜੀਤ]] ਭੈਣ ਜੀ, [[ADDRESS:ਫਲੈਟ 151]] ਵਾਲੀ, ਨੇ
[[ORGANISATION:Blackbrook Homes]] ਨੂੰ ਫੋਨ ਕੀਤਾ। ਮੇਰੀ ਧੀ [[PERSON:ਰਾਜਵਿੰਦਰ]], ਜਿਸ
ਨੂੰ ਸਾਰੇ [[PERSON:ਰਾਜੀ]] ਆਖਦੇ ਹਨ, ਨੇ ਸ਼ਿਕਾਇਤ ਲਿਖੀ ਅਤੇ ਆਪਣਾ ਨੰਬਰ
[[PHONE:0121 496 0845]] ਦਿੱਤਾ। ਸਮਾਜ-ਵਿਰੋਧੀ ਵਿਹਾਰ ਕੇਸ ਨੰਬਰ
[[REFERENCE:BBH-ASB-7718]] ਮਿਲਿਆ।

ASB ਅਫ਼ਸਰ [[PERSON:ਡੈਨੀਅਲ ਓ'ਕੌਨਰ]] ਨੇ ਪਹਿਲਾਂ ਕਿਹਾ ਕਿ ਕੋਈ ਸਬੂਤ ਨਹੀਂ। ਫਿਰ
[[PERSON:ਖੁਸ਼ੀ]] ਨੇ ਉਹ ਸਾਰੀਆਂ ਵੀਡੀਓ ਸੇਵ ਕਰਕੇ ਭੇਜੀਆਂ। ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ ਨੇਬਰਹੁੱਡ
ਮੈਨੇਜਰ [[PERSON:ਅਬੀਗੇਲ ਮੂਰ]] ਆਪ ਮੇਰੇ ਘਰ ਆਈ। ਉਹਨਾਂ ਨੇ ਪੌੜੀਆਂ ਵਿੱਚ ਕੈਮਰਾ
ਲਗਵਾਇਆ, ਮੁੱਖ ਦਰਵਾਜ਼ੇ ਤੇ ਨਵਾਂ ਤਾਲਾ ਲਾਇਆ, ਲਿਫਟ ਦਾ ਪੁਰਜ਼ਾ ਬਦਲਿਆ, ਅਤੇ ਪੁਲਿਸ ਨੂੰ
ਇਸ ਨੂੰ ਨਫ਼ਰਤ ਵਾਲੀ ਘਟਨਾ ਵਜੋਂ ਦੱਸਿਆ।

ਮੈਨੂੰ £300 ਮੁਆਵਜ਼ਾ ਮਿਲਿਆ। ਉਹਨਾਂ ਨੇ ਮੰਨਿਆ ਕਿ ਬਜ਼ੁਰਗ ਦੀ ਸ਼ਿਕਾਇਤ ਨੂੰ ਸਬੂਤ ਮੰਗ ਕੇ
ਟਾਲਣਾ ਗ਼ਲਤ ਸੀ, ਅਤੇ ਹੁਣ ਲਿਫਟ ਬੰਦ ਹੋਣ ਤੇ ਉੱਪਰਲੀਆਂ ਮੰਜ਼ਲਾਂ ਦੇ ਬਜ਼ੁਰਗਾਂ ਨੂੰ ਫੋਨ ਕਰਦੇ
ਹਨ।
"""),
    ),
    (
        "fv2z-pa-03",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਨੀਲਮ ਬੰਗੜ]] ਹਾਂ ਅਤੇ ਆਪਣੀ ਸੱਸ ਮਾਤਾ ਜੀ [[PERSON:ਗਿਆਨ ਕੌਰ]] ਦੀ ਦੇਖਭਾਲ
ਕਰਦੀ ਹਾਂ। ਮਾਤਾ ਜੀ ਦਾ ਜਨਮ [[DATE_OF_BIRTH:੧੨ ਅਪ੍ਰੈਲ ੧੯੪੦]] ਦਾ ਹੈ, ਉਹ
[[AGE:੮੪ ਸਾਲ]] ਦੇ ਹਨ। ਅਸੀਂ [[OTHER_SPECIAL:ਰਵਿਦਾਸੀਆ]] ਪਰਿਵਾਰ ਹਾਂ, ਐਤਵਾਰ ਨੂੰ
[[ADDRESS:ਸ੍ਰੀ ਗੁਰੂ ਰਵਿਦਾਸ ਭਵਨ]] ਜਾਂਦੇ ਹਾਂ। ਘਰ ਦਾ ਪਤਾ
[[ADDRESS:ਮਕਾਨ ਨੰਬਰ 9, ਚੈਰੀ ਟ੍ਰੀ ਕਲੋਜ਼]], [[POSTCODE:wv108hx]] ਹੈ।

ਮਾਤਾ ਜੀ ਨੂੰ [[HEALTH:ਓਸਟੀਓਆਰਥਰਾਈਟਿਸ]] ਅਤੇ [[HEALTH:ਦਿਲ ਦੀ ਬਿਮਾਰੀ]] ਹੈ। ਉਹ
ਪੌੜੀਆਂ ਨਹੀਂ ਚੜ੍ਹ ਸਕਦੇ, ਇਸ ਲਈ ਇੱਕ ਸਾਲ ਤੋਂ ਬੈਠਕ ਵਿੱਚ ਸੌਂਦੇ ਸਨ ਅਤੇ ਕਮੋਡ ਵਰਤਦੇ
ਸਨ। ਆਕੂਪੇਸ਼ਨਲ ਥੈਰੇਪਿਸਟ [[PERSON:ਸ਼ੇਵੌਨ ਗ੍ਰੀਨ]] ਨੇ ਸਟੇਅਰਲਿਫਟ ਦੀ ਸਿਫ਼ਾਰਸ਼ ਕੀਤੀ ਅਤੇ
ਮਾਤਾ ਜੀ ਦੇ NHS ਨੰਬਰ [[OTHER_ID:603 118 2475]] ਨਾਲ ਫ਼ਾਰਮ
[[ORGANISATION:Fallings Vale Housing]] ਨੂੰ ਭੇਜਿਆ।

ਸੱਤ ਮਹੀਨੇ ਕੁਝ ਨਹੀਂ ਹੋਇਆ। ਮੇਰੇ ਪਤੀ [[PERSON:ਸੁਖਵਿੰਦਰ]] ਰਾਤ ਦੀ ਸ਼ਿਫ਼ਟ ਕਰਦੇ ਹਨ, ਅਤੇ
ਸਾਡਾ ਪੋਤਾ [[PERSON:ਲਾਡੀ]], [[AGE:੭ ਸਾਲ]] ਦਾ, ਦਾਦੀ ਦੇ ਕੋਲ ਸੌਂਦਾ ਹੈ। ਮਾਤਾ ਜੀ
ਹਫ਼ਤੇ ਵਿੱਚ ਦੋ ਦਿਨ [[ADDRESS:ਸੁਖ ਸਾਗਰ ਡੇ ਸੈਂਟਰ]] ਜਾਂਦੇ ਹਨ; ਉੱਥੇ ਦੀ ਮੈਨੇਜਰ
[[PERSON:ਕਮਲਜੀਤ]] ਜੀ ਨੇ ਮੈਨੂੰ ਸ਼ਿਕਾਇਤ ਕਰਨ ਦਾ ਤਰੀਕਾ ਸਮਝਾਇਆ।

ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:FVH-2024-3318]] ਤੋਂ ਬਾਅਦ ਕੌਂਸਲਰ [[PERSON:ਪੀਟਰ ਵਾਲਸ਼]] ਨੇ
ਈਮੇਲ ਕੀਤੀ। ਸਰਵੇਅਰ [[PERSON:ਇਮੈਨੁਅਲ ਅਸਾਂਤੇ]] ਨੇ ਪੌੜੀਆਂ ਨਾਪੀਆਂ, ਅਤੇ ਪਤਾ ਲੱਗਿਆ ਕਿ
ਫ਼ਾਰਮ ਦਫ਼ਤਰ ਵਿੱਚ ਕਿਸੇ ਨੇ ਖੋਲ੍ਹਿਆ ਹੀ ਨਹੀਂ ਸੀ। ਅਡੈਪਟੇਸ਼ਨ ਮੈਨੇਜਰ
[[PERSON:ਲੂਸੀ ਕਾਰਟਰ]] ਨੇ ਲਿਖਤੀ ਮੁਆਫ਼ੀ ਮੰਗੀ।

ਤਿੰਨ ਹਫ਼ਤਿਆਂ ਵਿੱਚ [[ORGANISATION:Ascend Mobility Ltd]] ਨੇ ਸਟੇਅਰਲਿਫਟ ਲਾ ਦਿੱਤੀ, ਅਤੇ
£700 ਮੁਆਵਜ਼ਾ ਮਿਲਿਆ। ਹੁਣ ਹਰ ਸਿਫ਼ਾਰਸ਼ ਆਉਣ ਤੇ ਦੋ ਦਿਨਾਂ ਵਿੱਚ ਪਰਿਵਾਰ ਨੂੰ ਫੋਨ ਆਉਂਦਾ
ਹੈ। ਮੇਰਾ ਨੰਬਰ [[PHONE:07700 900 264]] ਹੁਣ ਉਹਨਾਂ ਦੇ ਰਿਕਾਰਡ ਵਿੱਚ ਹੈ।
"""),
    ),
    (
        "fv2z-pa-04",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਇਕਬਾਲ ਸਿੰਘ ਢਿੱਲੋਂ]], ਆਪਣੇ ਬਾਪੂ ਜੀ [[PERSON:ਮੋਹਨ ਸਿੰਘ ਢਿੱਲੋਂ]] ਦੀ
ਸ਼ਿਕਾਇਤ ਬਾਰੇ ਲਿਖ ਰਿਹਾ ਹਾਂ। ਬਾਪੂ ਜੀ [[AGE:੯੧ ਸਾਲ]] ਦੇ ਹਨ, ਜਨਮ
[[DATE_OF_BIRTH:ਪੰਜ ਜਨਵਰੀ ਉੱਨੀ ਸੌ ਤੇਤੀ]]। ਮਾਤਾ ਜੀ ਦੇ ਜਾਣ ਤੋਂ ਬਾਅਦ ਉਹ
[[ADDRESS:ਫਲੈਟ 2, ਕੈਸਲਟਨ ਹਾਊਸ]], [[POSTCODE:UB1 3TQ]], ਵਿੱਚ ਇਕੱਲੇ ਰਹਿੰਦੇ ਹਨ,
[[ADDRESS:ਗੁਰਦੁਆਰਾ ਦਸਮੇਸ਼ ਦਰਬਾਰ]] ਦੇ ਬਿਲਕੁਲ ਸਾਹਮਣੇ। [[HEALTH:ਅਧਰੰਗ]] ਦੇ ਦੌਰੇ
ਤੋਂ ਬਾਅਦ ਉਹਨਾਂ ਦਾ ਸੱਜਾ ਪਾਸਾ ਕਮਜ਼ੋਰ ਹੈ।

ਪਿਛਲੇ ਦਸੰਬਰ ਬੁਆਇਲਰ ਬੰਦ ਹੋ ਗਿਆ। [[ORGANISATION:Brentvale Housing]] ਨੇ ਠੇਕੇਦਾਰ
[[ORGANISATION:HeatSure Gas Services]] ਭੇਜਿਆ, ਪਰ ਹਰ ਮੁਲਾਕਾਤ ਦਾ ਮੈਸੇਜ ਬਾਪੂ ਜੀ ਦੇ
ਪੁਰਾਣੇ ਲੈਂਡਲਾਈਨ ਤੇ ਜਾਂਦਾ ਸੀ, ਜੋ ਕਦੋਂ ਦਾ ਕੱਟਿਆ ਹੋਇਆ ਸੀ। ਚਿੱਠੀਆਂ ਮਾਤਾ ਜੀ ਦੇ ਨਾਂ
ਆਉਂਦੀਆਂ ਰਹੀਆਂ। ਅਖ਼ੀਰ ਇੰਜੀਨੀਅਰ [[PERSON:ਬਿੱਲ]] ਆਇਆ ਅਤੇ ਕਿਹਾ ਕਿ ਪੁਰਜ਼ਾ ਦੋ ਹਫ਼ਤੇ
ਲਵੇਗਾ। ਉਸ ਮਹੀਨੇ ਬਿਜਲੀ ਦਾ ਬਿੱਲ ਹੀਟਰਾਂ ਕਾਰਨ ਤਿੰਨ ਗੁਣਾ ਆਇਆ।

ਮੇਰੀ ਘਰ ਵਾਲੀ [[PERSON:ਕੁਲਵੰਤ]] ਅਤੇ ਮੇਰੇ ਪੁੱਤਰ [[PERSON:ਜੱਸੀ]] ਨੇ ਵਾਰੀ-ਵਾਰੀ ਰਾਤਾਂ
ਬਾਪੂ ਜੀ ਕੋਲ ਕੱਟੀਆਂ। [[PERSON:ਜੱਸੀ]] ਦੀ ਕਾਰ [[OTHER_ID:FV16 WDK]] ਨੂੰ ਬਲਾਕ ਦੀ
ਪਾਰਕਿੰਗ ਵਿੱਚ ਜੁਰਮਾਨਾ ਵੀ ਲੱਗ ਗਿਆ। ਮੈਂ ਆਪਣੀ ਈਮੇਲ
[[EMAIL:iqbal.dhillon@example.com]] ਤੋਂ ਸ਼ਿਕਾਇਤ ਭੇਜੀ ਅਤੇ ਫੋਨ
[[PHONE:020 7946 0677]] ਦਿੱਤਾ। ਉਹਨਾਂ ਨੇ ਬਾਪੂ ਜੀ ਦਾ ਨੈਸ਼ਨਲ ਇੰਸ਼ੋਰੈਂਸ ਨੰਬਰ
[[NI_NUMBER:WK 83 62 17 D]] ਵੀ ਮੰਗਿਆ, ਪਤਾ ਨਹੀਂ ਕਿਉਂ।

ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:BVH/C/27754]] ਤੇ ਕੌਂਸਲਰ [[PERSON:ਅਮਨਦੀਪ ਜੌਹਲ]] ਨੇ ਵੀ ਜ਼ੋਰ
ਪਾਇਆ। ਸ਼ਿਕਾਇਤ ਅਫ਼ਸਰ [[PERSON:ਮਾਰੀਆ ਕੋਸਟਾ]] ਨੇ ਮੰਨਿਆ ਕਿ ਸਿਸਟਮ ਵਿੱਚ ਨਾਂ ਅਤੇ ਨੰਬਰ
ਪੁਰਾਣੇ ਸਨ। ਦੋ ਦਿਨਾਂ ਵਿੱਚ ਨਵਾਂ ਬੁਆਇਲਰ, ਬਿਜਲੀ ਦੇ ਖ਼ਰਚੇ ਦੀ ਵਾਪਸੀ, ਪਾਰਕਿੰਗ
ਜੁਰਮਾਨਾ ਰੱਦ ਅਤੇ £450। ਸਬਕ: ਕਿਰਾਏਦਾਰ ਦੇ ਵੇਰਵੇ ਹਰ ਸਾਲ ਪੱਕੇ ਕਰੋ, ਅਤੇ ਨਾਲ
ਦੇਖਭਾਲ ਕਰਨ ਵਾਲੇ ਦਾ ਨੰਬਰ ਰੱਖੋ।
"""),
    ),
    (
        "fv2z-pa-05",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਹਰਜੀਤ ਸੰਧੂ]] ਹਾਂ। ਸਾਡੇ ਘਰ ਤਿੰਨ ਪੀੜ੍ਹੀਆਂ ਰਹਿੰਦੀਆਂ ਹਨ: ਬੇਬੇ ਜੀ
[[PERSON:ਪ੍ਰੀਤਮ ਕੌਰ]], ਜੋ [[AGE:੮੮ ਸਾਲ]] ਦੇ ਹਨ, ਚਾਚਾ ਜੀ [[PERSON:ਬਲਦੇਵ]],
[[AGE:੬੫]], ਮੈਂ, ਮੇਰੀ ਪਤਨੀ [[PERSON:ਅਮਨਪ੍ਰੀਤ]], ਅਤੇ ਬੱਚੇ [[PERSON:ਸਿਮਰਨ]]
([[AGE:੧੫]]) ਤੇ [[PERSON:ਅਰਜਨ]] ([[AGE:੯]]), ਜਿਸ ਨੂੰ ਘਰ ਵਿੱਚ ਸਾਰੇ
[[PERSON:ਨਿੱਕਾ]] ਕਹਿੰਦੇ ਹਨ। ਅਸੀਂ [[ADDRESS:ਉੱਪਰਲਾ ਫਲੈਟ, 67 ਡੇਵਨਸ਼ਾਇਰ ਰੋਡ]],
[[POSTCODE:UB2 4RX]], ਵਿੱਚ ਦੋ ਕਮਰਿਆਂ ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ। [[PERSON:ਅਰਜਨ]]
[[ADDRESS:ਬ੍ਰੈਂਟਸਾਈਡ ਪ੍ਰਾਇਮਰੀ]] ਵਿੱਚ ਪੜ੍ਹਦਾ ਹੈ।

ਮੇਰੀ ਪਤਨੀ ਹਾਲੇ [[OTHER_SPECIAL:ਸਪਾਊਸ ਵੀਜ਼ੇ]] ਤੇ ਹੈ, ਇਸ ਲਈ ਸਾਨੂੰ ਡਰ ਸੀ ਕਿ ਸ਼ਿਕਾਇਤ
ਕਰਨ ਨਾਲ ਕੋਈ ਮੁਸ਼ਕਲ ਨਾ ਆਵੇ। ਪਰ ਛੱਤ ਦੋ ਸਾਲ ਤੋਂ ਚੋਂਦੀ ਸੀ। ਮੀਂਹ ਵਿੱਚ ਬੇਬੇ ਜੀ ਦੇ
ਮੰਜੇ ਉੱਤੇ ਬਾਲਟੀ ਰੱਖਣੀ ਪੈਂਦੀ। ਬੇਬੇ ਜੀ ਨੂੰ [[HEALTH:ਦਿਮਾਗੀ ਕਮਜ਼ੋਰੀ]] ਹੈ ਅਤੇ
[[PERSON:ਸਿਮਰਨ]] ਨੂੰ [[HEALTH:ਐਗਜ਼ੀਮਾ]], ਜੋ ਸਿੱਲ੍ਹ ਨਾਲ ਹੋਰ ਵਿਗੜ ਗਿਆ।

[[ORGANISATION:Westmoor Housing Trust]] ਨੇ ਤਿੰਨ ਵਾਰ
[[ORGANISATION:Topline Roofing]] ਭੇਜਿਆ, ਹਰ ਵਾਰ ਥੋੜ੍ਹੀ ਜਿਹੀ ਲੁੱਕ ਲਾ ਕੇ ਚਲੇ ਗਏ। ਮੈਂ
ਫਾਰਮ ਤੇ ਆਪਣੀ ਈਮੇਲ ਲਿਖੀ,
[[EMAIL:ਹਰਜੀਤ ਡੌਟ ਸੰਧੂ ਐਟ ਐਗਜ਼ਾਂਪਲ ਡੌਟ ਕੌਮ]], ਪਰ ਕੋਈ ਜਵਾਬ ਨਹੀਂ ਆਇਆ।
ਹਾਊਸਿੰਗ ਰਜਿਸਟਰ ਨੰਬਰ [[REFERENCE:HR/88/20731]] ਤੇ ਅਸੀਂ ਛੇ ਸਾਲ ਤੋਂ ਹਾਂ।

ਅਖ਼ੀਰ ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:WHT-RF-5062]] ਦਰਜ ਹੋਈ। ਹਾਊਸਿੰਗ ਅਫ਼ਸਰ
[[PERSON:ਨਤਾਸ਼ਾ ਕੁਇਨ]] ਨੇ ਸਾਫ਼ ਦੱਸਿਆ ਕਿ ਸ਼ਿਕਾਇਤ ਦਾ ਵੀਜ਼ੇ ਨਾਲ ਕੋਈ ਸਬੰਧ ਨਹੀਂ।
ਸਰਵੇਅਰ [[PERSON:ਓਲੂਸੇਗੁਨ ਅਡੇਬਾਇਓ]] ਨੇ ਛੱਤ ਦੇਖ ਕੇ ਕਿਹਾ ਕਿ ਪੂਰੀ ਬਦਲਣੀ ਪਵੇਗੀ।

ਨਵੀਂ ਛੱਤ ਪਈ, ਕਮਰੇ ਠੀਕ ਹੋਏ, £1,100 ਮੁਆਵਜ਼ਾ ਮਿਲਿਆ, ਅਤੇ ਭੀੜ ਕਾਰਨ ਸਾਡਾ ਬੈਂਡ
ਵਧਾਇਆ ਗਿਆ। ਸਬਕ: ਕਿਰਾਏਦਾਰਾਂ ਨੂੰ ਦੱਸੋ ਕਿ ਸ਼ਿਕਾਇਤ ਕਰਨ ਨਾਲ ਇਮੀਗ੍ਰੇਸ਼ਨ ਤੇ ਕੋਈ ਅਸਰ
ਨਹੀਂ ਪੈਂਦਾ।
"""),
    ),
    (
        "fv2z-pl-01",
        "pl",
        _s("""
Piszę w imieniu mojej mamy, pani [[PERSON:Jadwigi Nowakowskiej]]. Mama urodziła
się [[DATE_OF_BIRTH:17 września 1943]] roku, ma [[AGE:81 lat]] i od 2005 roku
mieszka w [[ADDRESS:Hawthorn House, mieszkanie 4]], [[POSTCODE:sl1 3dd]]. Ja
jestem [[PERSON:Barbara]], ale wszyscy mówią na mnie [[PERSON:Basia]]. Moja córka
[[PERSON:Tosia]], lat [[AGE:10]], chodzi do [[ADDRESS:St Anselm's Catholic Primary]]
i po lekcjach siedzi u babci.

Od dwóch zim w sypialni mamy rosła czarna pleśń. Mama ma
[[HEALTH:przewlekłe zapalenie oskrzeli]], a w 2021 przeszła [[HEALTH:zawał]].
Sąsiad z [[ADDRESS:mieszkania nr 5]], pan [[PERSON:Zdzisiek]], miał to samo i
to on pierwszy powiedział, że trzeba pisać skargę, a nie tylko dzwonić. W niedzielę
po mszy w [[ADDRESS:kościele Matki Bożej Częstochowskiej]] rozmawialiśmy o tym
z innymi starszymi parafianami i okazało się, że cały blok ma ten problem.

Dzwoniłam do [[ORGANISATION:Northfold Homes]] na [[PHONE:0118 496 0127]] i pisałam z
adresu [[EMAIL:basia.nowakowska@example.com]]. Skarga dostała numer
[[REFERENCE:NFH/24/00552]]. W pierwszym etapie napisali, że mama „za mało wietrzy”.

Dopiero gdy radny [[PERSON:Steve Barnes]] poprosił o wizytę, przyszedł inspektor,
pan [[PERSON:Mohammed Iqbal]]. Panu [[PERSON:Iqbalowi]] wystarczyło dziesięć minut,
żeby znaleźć zatkaną rynnę i zawilgocony mostek termiczny nad oknem. Opiekunka
lokatorów, pani [[PERSON:Karen Doyle]], przeprosiła mamę osobiście, a ja
rozmawiałam z panią [[PERSON:Karen]] potem jeszcze kilka razy.

Wyczyszczono rynny, ocieplono ścianę, zamontowano wentylator, pomalowano pokój,
a mama dostała 850 funtów. Lekcja, którą zapisali: nie obwiniać starszej osoby,
zanim ktoś obejrzy budynek, i rozmawiać z opiekunem, gdy lokator słabo mówi po
angielsku. [[PERSON:Tosia]] mówi, że babcia w końcu przestała kaszleć.
"""),
    ),
    (
        "fv2z-pl-02",
        "pl",
        _s("""
Nazywam sie [[PERSON:Stanislaw Kowalczyk]], dla znajomych [[PERSON:Staszek]].
Urodzilem sie [[DATE_OF_BIRTH:3 listopada 1939]], mam [[AGE:84 lata]]. Z zona
[[PERSON:Halina]] mieszkamy na jedenastym pietrze, [[ADDRESS:Kingsley Tower,
mieszkanie 112]], [[POSTCODE:NG7 2BX]]. [[PERSON:Halinka]] ma [[HEALTH:cukrzyce]], ja mam
[[HEALTH:rozedme pluc]] i chodze z butla tlenowa.

W zeszlym roku winda stala trzy razy po kilka tygodni. Raz nie pojechalismy do
[[ADDRESS:Lenton Road Surgery]] na badania, drugi raz nie bylismy na pasterce w
[[ADDRESS:parafii sw. Kazimierza]], pierwszy raz od przyjazdu do Anglii. Sasiad
[[PERSON:Mietek]] z [[ADDRESS:mieszkania 111]] nosil nam zakupy, a jego zona
[[PERSON:Wiesia]] gotowala zupe.

Dzwonilem do [[ORGANISATION:Trentside Living]] na [[PHONE:0115 496 0419]]. Mowili,
ze firma [[ORGANISATION:Liftcare Midlands]] czeka na czesc. Nikt nie zapytal, czy
ktos z nas potrzebuje pomocy. Wnuk [[PERSON:Kacper]], ma [[AGE:17 lat]], napisal
skarge przez internet, numer [[REFERENCE:TL-LIFT-3307]], i wyslal kopie do radnej
[[PERSON:Joanny Price]].

Po tygodniu przyszla pani [[PERSON:Gemma Walsh]], kierowniczka osiedla. Z pania
[[PERSON:Gemma]] rozmawialismy godzine przy herbacie. Przyznala, ze czesc byla
zamowiona za pozno, bo nikt nie sprawdzil magazynu, i ze lista lokatorow, ktorzy
nie moga chodzic po schodach, byla z 2016 roku.

Zalatwili nam tymczasowe mieszkanie na parterze w sasiednim bloku, zaplacili za
taksowki do przychodni i dali 500 funtow. Teraz co pol roku aktualizuja liste
osob, ktore potrzebuja windy, i kazdy na niej dostaje telefon, zanim winda stanie
na dluzej. [[PERSON:Halinka]] mowi, ze to pierwszy raz, jak ktos nas tu naprawde wysluchal.
"""),
    ),
    (
        "fv2z-pl-03",
        "pl",
        _s("""
Jestem [[PERSON:Tomasz Wróbel]], dla rodziny [[PERSON:Tomek]], i opiekuję się
mamą, [[PERSON:Krystyną Wróbel]]. Mama urodziła się [[DATE_OF_BIRTH:8.05.1945]], ma
[[AGE:79 lat]] i mieszka pod adresem [[ADDRESS:Wendover Road 14]],
[[POSTCODE:PE1 2QR]], dwa domy od [[ADDRESS:sklepu Pod Jabłonką]]. Sąsiadki wciąż
mówią na nią [[PERSON:Krysia]].

Po [[HEALTH:udarze]] w marcu 2023 mama ma [[HEALTH:afazję]] i niedowład lewej
strony. Terapeutka zajęciowa, pani [[PERSON:Sian Pritchard]], zaleciła poręcze,
podjazd i przerobienie łazienki na prysznic bez brodzika. Wysłała zalecenie do
[[ORGANISATION:Nene Valley Homes]] razem z numerem NHS mamy,
[[OTHER_ID:943 552 0817]].

Minęło osiem miesięcy. Moja żona [[PERSON:Ola]] myła mamę w misce, a nasza córka
[[PERSON:Julka]], lat [[AGE:12]], pomagała przy schodach. Kierowca z
[[ADDRESS:Millfield Day Centre]], gdzie mama jeździ we wtorki, musiał znosić ją z
progu na rękach.

Złożyłem skargę mailem z [[EMAIL:tomek kropka wrobel małpa example kropka com]] —
tak to podyktowałem przez telefon, bo nie mogli zapisać. Numer skargi
[[REFERENCE:NVH-ADAPT-0918]]. Oddzwonił pan [[PERSON:Rajesh Mistry]], kierownik
adaptacji. Z panem [[PERSON:Mistrym]] ustaliliśmy w końcu, co poszło źle: zalecenie
utknęło, bo ktoś czekał na drugi kosztorys od wykonawcy
[[ORGANISATION:Brightwell Building Services]], a nikt nam o tym nie powiedział.

Łazienkę przerobiono w pięć tygodni, podjazd i poręcze w tydzień, mama dostała
pisemne przeprosiny i 900 funtów. Teraz każdy opiekun dostaje co miesiąc telefon
z informacją, na jakim etapie jest adaptacja. Numer do mnie,
[[PHONE:07700 900 538]], mają zapisany jako główny kontakt.
"""),
    ),
    (
        "fv2z-pl-04",
        "pl",
        _s("""
Piszę jako córka, [[PERSON:Marta Lis]], w sprawie moich rodziców: babci
[[PERSON:Zosi]], jak ją nazywają wnuki, czyli [[PERSON:Zofii Lis]], lat
[[AGE:77]], i taty [[PERSON:Henryka]], którego wszyscy znają jako
[[PERSON:Heńka]], lat [[AGE:80]], urodzonego [[DATE_OF_BIRTH:21.01.1944]]. Mieszkają
pod [[ADDRESS:23 Clover Street]], [[POSTCODE:ME4 6TL]], od 2008 roku. Mój syn
[[PERSON:Kubuś]], [[AGE:8 lat]], chodzi do
[[ADDRESS:Holy Cross Catholic Primary School]] naprzeciwko i codziennie je obiad
u dziadków.

Od lata 2023 sąsiad z [[ADDRESS:numeru 25]] wyrzucał worki ze śmieciami za płot,
a w ogrodzie pojawiły się szczury. Przed domem parkował zepsuty van
[[OTHER_ID:KX63 PLN]], w którym nocowali jacyś ludzie, a w nocy były krzyki.
[[PERSON:Kubusiowi]] zaostrzyła się [[HEALTH:astma]], a mama wpadła w
[[HEALTH:depresję]] i przestała wychodzić nawet do kościoła.

Zgłaszaliśmy to do [[ORGANISATION:Chatham Reach Homes]] przez pół roku. Sprawa o
zachowanie antyspołeczne miała numer [[REFERENCE:CRH/ASB/4472]], ale każdy telefon
odbierał ktoś inny. Dopiero gdy z [[PERSON:Heńkiem]] poszliśmy na dyżur radnej
[[PERSON:Oleny Kovalenko]], sprawa ruszyła.

Przyszedł pan [[PERSON:Tunde Bakare]], opiekun ds. zachowań antyspołecznych. Z
panem [[PERSON:Tunde]] obeszliśmy ogród i od razu zamówił firmę
[[ORGANISATION:Ratcliffe Pest Control]]. Sąsiad dostał pisemne ostrzeżenie, a van
odholowano. Skarga, numer [[REFERENCE:CRH-C-60133]], zakończyła się przeprosinami i
kwotą 400 funtów dla rodziców.

Wnioski landlorda: jedna osoba prowadzi sprawę od początku do końca, a szczury przy
sprawie antyspołecznej zgłasza się od razu, a nie dopiero po trzecim telefonie.
Mama znów chodzi z [[PERSON:Zosią]] z naprzeciwka na kawę — tak, mają to samo imię.
"""),
    ),
    (
        "fv2z-pl-05",
        "pl",
        _s("""
Nazywam się [[PERSON:Teresa Kamińska]], mam [[AGE:79 lat]], urodziłam się
[[DATE_OF_BIRTH:dwudziestego maja tysiąc dziewięćset czterdziestego piątego roku]]
w Łodzi. Mieszkam sama w [[ADDRESS:Flat 7, Marlowe Court]], [[POSTCODE:IP4 2JT]].
Przyjechałam do córki w 2006, mam [[OTHER_SPECIAL:settled status]]. Córka
[[PERSON:Dorota]] wróciła potem do Polski, a syn [[PERSON:Darek]] mieszka w
Szkocji, więc na co dzień pomaga mi sąsiadka, pani [[PERSON:Grażynka]] z
[[ADDRESS:mieszkania 8]].

Zimą zepsuło się ogrzewanie. Firma [[ORGANISATION:Anglian Boiler Care]] przyszła
dwa razy, ale za każdym razem zostawiała kartkę po angielsku, że „trzeba zamówić
część”. Ja tej kartki nie rozumiałam, a w biurze [[ORGANISATION:Orwell Reach Housing]]
zamknęli zgłoszenie jako „bez dostępu”. Mam [[HEALTH:niewydolność nerek]] i chodzę
na dializy, zimno bardzo mi szkodzi.

Ksiądz z [[ADDRESS:parafii św. Jadwigi]] pomógł mi napisać skargę. Numer skargi
[[REFERENCE:ORH-24-1172]]. Podałam też numer ubezpieczenia
[[NI_NUMBER:SP 62 48 19 A]], bo o to prosili, i telefon [[PHONE:01632 960 255]],
który w ich systemie zapisano z błędem, więc nikt nie mógł się do mnie dodzwonić.

Pani [[PERSON:Priya Shah]], kierowniczka działu skarg, przyjechała z tłumaczką,
panią [[PERSON:Agnieszką]]. Przyznała, że nikt nie sprawdził, czy rozumiem
kartki, i że mój numer miał błąd. W trzy dni założyli nowy kocioł, dali dwa
grzejniki, zwrócili za prąd i wypłacili 600 funtów na konto, sort code
[[OTHER_ID:30-96-41]], konto kończące się na [[OTHER_ID:7720]].

Teraz w moich danych jest zaznaczone, że potrzebuję tłumacza, a pani
[[PERSON:Grażynka]] jest wpisana jako osoba kontaktowa. Myślę, że to pomoże też
innym starszym osobom w naszym bloku.
"""),
    ),
    (
        "fv2z-ro-01",
        "ro",
        _s("""
Mă numesc [[PERSON:Ioana Popescu]] și scriu în numele bunicilor mei, doamna
[[PERSON:Elena Popescu]], [[AGE:77 de ani]], și domnul [[PERSON:Vasile Popescu]],
născut pe [[DATE_OF_BIRTH:12 ianuarie 1943]], deci [[AGE:81 de ani]]. Locuiesc în
[[ADDRESS:apartamentul 3, Ferncliffe Court]], [[POSTCODE:HA9 7LN]]. Sunt
[[OTHER_SPECIAL:ortodocși]] și merg în fiecare duminică la
[[ADDRESS:Parohia Sfântul Ierarh Nicolae]], la zece minute de bloc.

Din toamna lui 2022, peretele din dormitor s-a umplut de mucegai negru. Bunicul
are [[HEALTH:BPOC]], iar bunica [[HEALTH:artrită reumatoidă]], și amândoi tușeau
toată noaptea. Medicul de la [[ADDRESS:Brentfield Medical Centre]], doctorul
[[PERSON:Adebayo]], a scris o scrisoare către
[[ORGANISATION:Wealdstone Park Housing]]. Vecina de palier, tanti
[[PERSON:Leana]], le ducea ciorbă, iar fratele meu [[PERSON:Ionuț]], de
[[AGE:14 ani]], a făcut poze cu telefonul în fiecare săptămână.

Am sunat la [[PHONE:020 7946 0833]] de nenumărate ori. Plângerea a primit numărul
[[REFERENCE:WPH-CMP-5519]]. În prima etapă ni s-a răspuns că bunicii „usucă rufe în
casă”. Atunci consilierul [[PERSON:Ahmed Farah]] a cerut o inspecție, și a venit
domnul [[PERSON:Sandeep Rai]], inspectorul. În jumătate de oră a găsit o țeavă
spartă în perete și o aerisire blocată.

În etapa a doua, doamna [[PERSON:Claire Hutchinson]], responsabila de locuințe, a
venit cu un interpret și și-a cerut scuze personal bunicii [[PERSON:Elenei]]. Au
reparat țeava, au tratat pereții, au montat un ventilator și au zugrăvit. Bunicii
au primit 780 de lire.

Ce au învățat: să nu dea vina pe chiriaș înainte să verifice clădirea și să
vorbească și cu familia care îi îngrijește. Acum numele meu și al lui
[[PERSON:Ionuț]] sunt trecute în dosar ca persoane de contact.
"""),
    ),
    (
        "fv2z-ro-02",
        "ro",
        _s("""
Ma numesc [[PERSON:Gheorghe Dumitrescu]], dar toata lumea din bloc imi zice nea
[[PERSON:Gica]]. Am [[AGE:82 de ani]], m-am nascut pe [[DATE_OF_BIRTH:30.06.1942]]
si stau cu sotia mea, [[PERSON:Florica]], in [[ADDRESS:ap. 96, Redwood Tower]],
[[POSTCODE:N17 9QP]], la etajul 16. [[PERSON:Florica]] are [[HEALTH:scleroza multipla]] si
merge doar cu caruciorul.

Anul trecut liftul a stat stricat cinci saptamani. [[PERSON:Florica]] n-a mai putut iesi
deloc, nici la slujba de la [[ADDRESS:biserica Sfanta Parascheva]], nici la
doctor. Vecinul nostru, domnul [[PERSON:Kwame Asante]] de la [[ADDRESS:ap. 95]],
ne urca painea si medicamentele. Nepotii, [[PERSON:Denisa]], de
[[AGE:11 ani]], si [[PERSON:Robi]], de [[AGE:7 ani]], care invata la
[[ADDRESS:Brantwood Primary]], nu ne-au mai putut vizita.

Am sunat la [[ORGANISATION:Tottenhale Homes]] si le-am lasat numarul meu, [[PHONE:zero sapte sapte zero zero, noua sute, trei sute doisprezece]].
Pe scurt:
[[PHONE:07700 900312]]. Nimeni nu m-a sunat inapoi. Firma de lifturi,
[[ORGANISATION:Metro Lift Solutions]], zicea ca asteapta o piesa din Italia.

Fiica mea, [[PERSON:Mihaela]], a scris plangerea, numarul
[[REFERENCE:TH-LFT-20417]]. Dupa doua saptamani a venit doamna
[[PERSON:Nicola Fairbairn]], managerul blocului, impreuna cu consiliera
[[PERSON:Fiona McBride]]. Au recunoscut ca nu aveau nicio lista cu locatarii care
nu pot cobori scarile si ca piesa fusese comandata abia dupa trei saptamani.

Ne-au mutat temporar intr-un apartament la parter, au platit taxiul pentru
[[PERSON:Florica]] la doctor si ne-au dat 650 de lire. Acum au o lista cu toti locatarii cu
dizabilitati si ii suna cand liftul se opreste mai mult de o zi. Eu zic ca merita
sa te plangi, chiar si la batranete.
"""),
    ),
    (
        "fv2z-ro-03",
        "ro",
        _s("""
Mă numesc [[PERSON:Marian Stoica]]. Suntem o familie de [[OTHER_SPECIAL:romi]] și
locuim opt persoane în [[ADDRESS:apartamentul de sus de la 112 Wyndham Road]],
[[POSTCODE:DE23 8FH]], cu două dormitoare. Cu noi stă mama, [[PERSON:Floarea]],
de [[AGE:69 de ani]], născută pe [[DATE_OF_BIRTH:4 august 1955]], pe care copiii o
strigă mamaia [[PERSON:Floare]]. Soția mea, [[PERSON:Mirela]], și copiii:
[[PERSON:Sorina]], [[AGE:13 ani]], [[PERSON:Luca]], [[AGE:9 ani]],
[[PERSON:Bianca]], [[AGE:5 ani]], și mica [[PERSON:Daria]], de [[AGE:10 luni]].

Mama are [[HEALTH:diabet]] și doarme pe canapea în sufragerie. În camera copiilor
s-a făcut mucegai, iar [[PERSON:Luca]] are [[HEALTH:astm]]. Suntem pe lista de
locuințe din 2021, numărul [[REFERENCE:DHR-2021-88104]], dar banda nu s-a schimbat
niciodată. Aveam impresia că nu ne ia nimeni în serios pentru că suntem [[OTHER_SPECIAL:romi]].

Doamna [[PERSON:Viorica Lăcătuș]], de la [[ADDRESS:Biserica Penticostală Betel]],
unde mergem în fiecare duminică, ne-a ajutat să scriem plângerea către
[[ORGANISATION:Normanton Vale Homes]], numărul [[REFERENCE:NVH-OC-3390]]. Am
trimis și scrisoarea de la școala copiilor, [[ADDRESS:Pear Tree Junior School]],
care spunea că [[PERSON:Sorina]] își face temele pe hol.

În etapa a doua, ofițerul de locuințe, doamna [[PERSON:Hannah Brooks]], a venit
acasă și a numărat paturile. Doamnei [[PERSON:Hannah]] i-a luat cinci minute să
vadă că suntem supraaglomerați cu două camere. Consilierul
[[PERSON:Balbir Sandhu]] a cerut revizuirea benzii.

Am fost mutați în banda prioritară, mucegaiul a fost tratat, am primit 350 de lire,
iar după șapte luni ne-au oferit o casă cu patru dormitoare. Ce au învățat: să
viziteze familia înainte să decidă banda și să înregistreze plângerile de
discriminare separat.
"""),
    ),
    (
        "fv2z-ro-04",
        "ro",
        _s("""
Sunt [[PERSON:Ion Marin]] și am grijă de tatăl meu, domnul
[[PERSON:Constantin Marin]], născut pe [[DATE_OF_BIRTH:2 martie 1938]]. Tata are
[[AGE:86 de ani]], [[HEALTH:BPOC]] și [[HEALTH:insuficiență renală]], și stă singur
de când a murit mama, la [[ADDRESS:58 Beechfield Grove]], [[POSTCODE:LU4 0QS]],
chiar în spatele magazinului [[ADDRESS:Carpați Mini Market]]. Sora mea,
[[PERSON:Ileana]], căreia îi spunem [[PERSON:Lenuța]], vine dimineața, iar eu seara.

În ianuarie s-a stricat centrala. [[ORGANISATION:Chiltern Gate Housing]] a trimis
firma [[ORGANISATION:WarmHome Services]] de trei ori. De fiecare dată, tehnicianul
a lăsat un bilet că „revine cu piesa”. Opt zile tata a stat cu două aeroterme, iar
vecina, doamna [[PERSON:Beryl]] de la [[ADDRESS:numărul 60]], a venit cu pături.

Am trimis plângerea de pe adresa mea,
[[EMAIL:ion punct marin arond example punct com]], și am sunat la
[[PHONE:01632 960 418]]. Mi s-a cerut de două ori dovada că am dreptul să vorbesc
în numele tatei, deși trimisesem deja copia pașaportului lui,
[[OTHER_ID:054872139]], și scrisoarea de la medic, cu numărul NHS
[[OTHER_ID:486 204 7713]]. Plângerea a primit numărul
[[REFERENCE:CGH/24/HT/0061]].

Responsabila de plângeri, doamna [[PERSON:Joy Okafor]], m-a sunat a doua zi. Cu
doamna [[PERSON:Joy]] am aflat că datele mele de contact erau salvate doar în
notițele unui coleg plecat. În trei zile tata a avut centrală nouă.

Au plătit facturile de curent în plus și 520 de lire. Lecția lor: consimțământul
pentru un aparținător se înregistrează o singură dată, în dosarul chiriașului, și
nu i se mai cer [[PERSON:Ilenei]] sau mie aceleași acte la fiecare apel.
"""),
    ),
    (
        "fv2z-ro-05",
        "ro",
        _s("""
Mă numesc [[PERSON:Natalia Ceban]], sunt [[OTHER_SPECIAL:moldoveancă]] și am
[[OTHER_SPECIAL:pre-settled status]]. Am grijă de mama mea,
[[PERSON:Valentina Ceban]], de [[AGE:74 de ani]], născută pe
[[DATE_OF_BIRTH:19 octombrie 1950]]. Locuim împreună cu fiul meu, [[PERSON:Sașa]],
de [[AGE:6 ani]], în [[ADDRESS:apartamentul 18, Sorrel House]],
[[POSTCODE:rm8 2xd]]. Duminica mergem la
[[ADDRESS:Biserica Sfântul Ștefan cel Mare]], iar [[PERSON:Sașa]] e la
[[ADDRESS:Heathway Meadow Infant School]].

Din martie, apa curgea din [[ADDRESS:apartamentul 22]], de deasupra, prin tavanul
băii. Mama are [[HEALTH:glaucom]] și vede foarte puțin, așa că a alunecat de două
ori pe gresia udă. Vecinul de sus, domnul [[PERSON:Chidi]], ne-a lăsat să intrăm la
el, dar nici el nu știa de unde vine apa.

Am raportat la [[ORGANISATION:Becontree Heath Homes]] de cinci ori. Trei
instalatori diferiți au venit, fiecare a spus altceva, și nimeni nu a scris nimic
în sistem. Numerele de lucrare se schimbau de fiecare dată. Telefonul meu este
[[PHONE:+44 7700 900 671]], dar mesajele veneau doar în engleză, iar mama nu
citește engleza.

Plângerea formală a primit numărul [[REFERENCE:BHH-2024-07742]]. Ofițerul de
reparații, domnul [[PERSON:Darren Moss]], a venit în sfârșit cu un inspector,
doamna [[PERSON:Fatima Zahra Idrissi]], care a găsit o țeavă de scurgere fisurată
sub cada vecinului.

Țeava a fost schimbată, tavanul refăcut, iar mamei [[PERSON:Valentinei]] i s-au
cerut scuze în scris, în română. Am primit 480 de lire, virate în contul cu sort
code [[OTHER_ID:60-83-12]]. Acum un singur ofițer urmărește o reparație de la
început până la sfârșit, iar mesajele se trimit în limba aleasă de chiriaș.
"""),
    ),
    (
        "fv2z-ur-01",
        "ur",
        _s("""
میں [[PERSON:عمران اختر]] اپنی والدہ، امی جان [[PERSON:نسیم اختر]]، کی طرف سے لکھ رہا
ہوں۔ ان کی تاریخ پیدائش [[DATE_OF_BIRTH:یکم جنوری 1945]] ہے اور عمر [[AGE:79 سال]]۔
خاندان میں سب انہیں پیار سے [[PERSON:نمو]] کہتے ہیں۔ وہ
[[ADDRESS:مکان نمبر 36، ہیدر روڈ]]، [[POSTCODE:BD8 7LW]]، میں 1982 سے رہ رہی ہیں،
[[ADDRESS:جامع مسجد مدینہ]] سے دو گلیاں آگے۔

پچھلے دو سال سے پچھلے کمرے کی دیوار پر کالی پھپھوندی تھی۔ امی کو [[HEALTH:گٹھیا]]
ہے اور اس سردی میں دو بار [[HEALTH:نمونیا]] کی وجہ سے ہسپتال جانا پڑا۔ میری بیٹی
[[PERSON:علیشہ]]، عمر [[AGE:8 سال]]، [[ADDRESS:ایش فیلڈ پرائمری اسکول]] سے چھٹی کے
بعد دادی کے پاس جاتی ہے، اسے بھی کھانسی رہنے لگی۔ پڑوس کی [[PERSON:رضیہ]] خالہ نے
بتایا کہ ان کے گھر میں بھی یہی حال ہے۔

ہم نے [[ORGANISATION:ایئرڈیل ہومز]] کو بار بار فون کیا۔ میرا نمبر
[[PHONE:07700 900 147]] ہے، مگر کوئی واپس فون نہیں کرتا تھا۔ شکایت نمبر
[[REFERENCE:ADH-DM-30558]] ملا، اور پہلے جواب میں لکھا تھا کہ "کھڑکیاں کھولا
کریں"۔

پھر کونسلر [[PERSON:شبانہ یعقوب]] نے معاملہ اٹھایا۔ سروے کرنے والے
[[PERSON:نیل اوبرائن]] آئے اور دیکھا کہ چھت کا پرنالہ ٹوٹا ہوا ہے اور پانی دیوار
میں جا رہا ہے۔ دوسرے مرحلے میں ہاؤسنگ آفیسر [[PERSON:جیسیکا پامر]] نے ایک مترجم کے
ساتھ گھر آ کر امی سے معافی مانگی۔

پرنالہ بدلا گیا، دیوار کا علاج ہوا، نیا پنکھا لگا، کمرے کو دوبارہ رنگ کیا گیا، اور
امی کو 900 پاؤنڈ ملے۔ ادارے نے لکھا کہ اب وہ کرایہ دار کو الزام دینے سے پہلے عمارت
دیکھیں گے، اور بزرگوں کے ساتھ ان کے گھر والوں کو بھی ہر خط کی نقل بھیجیں گے۔
"""),
    ),
    (
        "fv2z-ur-02",
        "ur",
        _s("""
میرا نام [[PERSON:رخسانہ بیگم]] ہے، عمر [[AGE:72 سال]]۔ میرے شوہر
[[PERSON:غلام رسول]] صاحب [[AGE:80 سال]] کے ہیں، پیدائش
[[DATE_OF_BIRTH:12 اگست 1944]]، اور انہیں [[HEALTH:ڈیمنشیا]] ہے۔ ہم
[[ADDRESS:فلیٹ 88، میپل ہائٹس]]، [[POSTCODE:M16 7RA]]، کی بارہویں منزل پر رہتے
ہیں۔ میں ہی ان کی دیکھ بھال کرتی ہوں۔

پچھلی سردیوں میں لفٹ چھ ہفتے بند رہی۔ [[PERSON:رسول]] صاحب ہفتے میں تین دن
[[ADDRESS:سکون ڈے سینٹر]] جاتے تھے، وہ بھی بند ہو گیا، اور گھر میں بند رہ کر ان کی
بے چینی بہت بڑھ گئی۔ برابر والی مسز [[PERSON:کیرول ہیوز]] ہمارے لیے دودھ اور دوائیں
لاتی رہیں۔ بیٹی [[PERSON:صبا]] اپنے بیٹے [[PERSON:ایان]] کو، جو [[AGE:4 سال]] کا
ہے، لے کر آتی تو بارہ منزلیں پیدل چڑھتی۔

میں نے [[ORGANISATION:Kingsway Park Homes]] کو فون کیا اور اپنا نمبر بتایا:
[[PHONE:صفر سات سات صفر صفر، نو صفر صفر، پانچ چھ ایک]]۔ لفٹ کی کمپنی
[[ORGANISATION:Lifttech North]] ہر ہفتے نئی تاریخ دیتی رہی۔

آخر [[PERSON:صبا]] نے اپنی ای میل [[EMAIL:saba.rasool@example.org]] سے شکایت بھیجی،
نمبر [[REFERENCE:KPH-LF-11820]]۔ ہاؤسنگ آفیسر [[PERSON:لیام ہیز]] نے پہلے کہا کہ
"کام جاری ہے"۔ دوسرے مرحلے میں شکایات کی مینیجر [[PERSON:انجم بخاری]] نے ریکارڈ دیکھا
اور مانا کہ لفٹ کا پرزہ دیر سے منگوایا گیا اور کسی نے یہ نہیں دیکھا کہ عمارت میں
کون لوگ سیڑھیاں استعمال نہیں کر سکتے۔

لفٹ ٹھیک ہوئی، ڈے سینٹر کے لیے ٹیکسی کا خرچ ملا، اور 650 پاؤنڈ معاوضہ۔ اب ان کے
پاس ہر بلاک کی فہرست ہے، اور لفٹ ایک دن سے زیادہ بند ہو تو وہ خود فون کرتے ہیں۔
"""),
    ),
    (
        "fv2z-ur-03",
        "ur",
        _s("""
میرا نام [[PERSON:محمد شفیع]] ہے، عمر [[AGE:83 سال]]۔ بیوی کے انتقال کے بعد میں
[[ADDRESS:نمبر 5، کرافٹن کلوز]]، [[POSTCODE:ls9 6nq]]، میں اکیلا رہتا ہوں۔ محلے کے
بچے مجھے بابا جی کہتے ہیں۔ یہ کہانی میرا پوتا [[PERSON:دانیال]]، عمر
[[AGE:19 سال]]، میرے کہنے پر لکھ رہا ہے۔

2023 کی گرمیوں سے کچھ لڑکے میرے دروازے کے سامنے جمع ہونے لگے۔ وہ میری کھڑکی پر
انڈے مارتے، اور جب میں [[ADDRESS:مسجد بلال]] سے عشاء پڑھ کر لوٹتا تو مجھے
"[[OTHER_SPECIAL:پاکستانی]]" کہہ کر گالیاں دیتے۔ ایک لڑکا ویڈیو بنا کر
[[OTHER_ID:@ghost_rider_ls9]] کے نام سے ڈالتا تھا۔ ساتھ والے گھر کا چھوٹا
[[PERSON:بلو]]، جو [[AGE:10 سال]] کا ہے، ان سے ڈر کر اسکول کے راستے بدلنے لگا۔ مجھے
[[HEALTH:دل کا عارضہ]] ہے اور راتوں کو نیند نہیں آتی تھی۔

[[ORGANISATION:Harehills Gate Housing]] نے سماج دشمن رویے کا کیس
[[REFERENCE:HGH-ASB-2291]] کھولا، مگر ہر فون پر نیا آدمی ملتا۔ [[PERSON:دانیال]] نے
[[PHONE:0113 496 0752]] پر تیرہ بار فون کیا۔

پھر ہم نے باضابطہ شکایت کی اور کونسلر [[PERSON:طاہرہ نقوی]] کو نقل بھیجی۔ سماج دشمن
رویے کی افسر [[PERSON:شیرون ایڈمز]] اور پولیس کمیونٹی افسر [[PERSON:مارک اینڈریوز]]
میرے گھر آئے۔ انہوں نے ویڈیو دیکھیں، دروازے پر کیمرہ لگایا، اور اسے نفرت پر مبنی
واقعہ کے طور پر درج کیا۔ لڑکوں کے گھر والوں کو خط گئے اور ایک خاندان کو تنبیہ کا
نوٹس ملا۔

ادارے نے معافی مانگی اور 300 پاؤنڈ دیے۔ ان کا سبق: ایک ہی افسر شروع سے آخر تک
کیس دیکھے، اور نسل یا مذہب کی بنیاد پر گالی کو پہلے دن سے نفرت کا جرم سمجھا جائے۔
"""),
    ),
    (
        "fv2z-ur-04",
        "ur",
        _s("""
ہم [[PERSON:عبدالمجید]] اور [[PERSON:پروین]] ہیں، نانا نانی۔ میری عمر
[[AGE:71 سال]] ہے اور [[PERSON:پروین]] [[AGE:68 سال]] کی ہیں۔ ہمارا نواسا [[PERSON:حمزہ]]،
پیدائش [[DATE_OF_BIRTH:15 مارچ 2012]]، عمر [[AGE:12 سال]]، ہمارے ساتھ رہتا ہے۔ اسے
[[HEALTH:دماغی فالج]] اور [[HEALTH:مرگی]] ہے، وہیل چیئر استعمال کرتا ہے، اور
[[ADDRESS:اوک ووڈ اسکول]] جاتا ہے۔ ہم [[ADDRESS:فلیٹ 2 بی، کلیرمونٹ ہاؤس]]،
[[POSTCODE:B8 1EX]]، میں رہتے ہیں۔

[[PERSON:حمزہ]] اب بڑا ہو گیا ہے، اسے اٹھا کر نہلانا ہم دونوں کے بس میں نہیں رہا۔
آکیوپیشنل تھراپسٹ [[PERSON:کیتھرین موریسن]] نے چھت سے لگی لفٹ اور نئے غسل خانے کی
سفارش کی اور اس کا NHS نمبر [[OTHER_ID:712 448 9063]] لکھ کر فارم
[[ORGANISATION:Saltley Common Housing]] کو بھیجا۔ [[ADDRESS:واشووڈ ہیتھ میڈیکل سینٹر]]
کے ڈاکٹر [[PERSON:نوید]] نے بھی خط لکھا۔

دس مہینے کچھ نہیں ہوا۔ ہماری بیٹی [[PERSON:کوثر]] لندن میں ہے، وہ ہر ہفتے فون کرتی۔
[[PERSON:پروین]] نے اپنی ای میل لکھوائی،
[[EMAIL:پروین ڈاٹ مجید ایٹ ایگزیمپل ڈاٹ نیٹ]]، مگر جواب نہیں آیا۔ آخر کونسلر
[[PERSON:عارف چودھری]] کی مدد سے شکایت درج ہوئی، نمبر
[[REFERENCE:SCH/ADP/7154]]۔

سروے کرنے والے [[PERSON:ٹوبی ایڈورڈز]] آئے اور بتایا کہ فارم اس لیے رکا کیونکہ
فلیٹ کا ناپ لینے کے لیے کسی نے وقت ہی نہیں لیا۔ ایڈاپٹیشن مینیجر
[[PERSON:گریس اوکونکوو]] نے لکھ کر معافی مانگی۔

سات ہفتے میں لفٹ اور غسل خانہ بن گئے، اور 1,000 پاؤنڈ ملے۔ اب ہر سفارش کے لیے ایک
افسر مقرر ہوتا ہے جو ہر مہینے گھر والوں کو فون کرتا ہے۔ [[PERSON:حمزہ]] کہتا ہے کہ
اب نانا کی کمر بچ گئی۔
"""),
    ),
    (
        "fv2z-ur-05",
        "ur",
        _s("""
میں [[PERSON:سعدیہ نواز]] ہوں اور اپنی ساس، اماں جی [[PERSON:زبیدہ بی بی]]، کا خیال
رکھتی ہوں۔ اماں جی [[AGE:86 سال]] کی ہیں، تاریخ پیدائش
[[DATE_OF_BIRTH:چھ جون انیس سو اڑتیس]]۔ ہم [[OTHER_SPECIAL:کشمیری]] ہیں اور اماں جی
صرف پہاڑی بولتی ہیں۔ ان کا گھر [[ADDRESS:72 ہولی بینک اسٹریٹ]]،
[[POSTCODE:HD1 6DS]]، ہے، [[ADDRESS:میرپور سویٹس]] کے بالکل ساتھ۔

پچھلی سردیوں میں ہیٹنگ کئی بار بند ہوئی۔ [[ORGANISATION:Colne Valley Living]] کا
ٹھیکیدار [[ORGANISATION:PrimeHeat Services]] آتا، دروازہ کھٹکھٹاتا، اور اماں جی کے
نہ کھولنے پر "کوئی گھر پر نہیں" لکھ کر چلا جاتا۔ اماں جی کو
[[HEALTH:دل کی ناکامی]] ہے اور وہ کم سنتی ہیں، اس لیے دستک سنائی نہیں دیتی تھی۔
ساری اطلاعات انگریزی خطوں میں آتیں۔

میرے شوہر [[PERSON:طارق]] رات کی ڈیوٹی کرتے ہیں۔ میرے بیٹے [[PERSON:زین]]، عمر
[[AGE:15 سال]]، نے انسٹاگرام پر اپنا اکاؤنٹ [[OTHER_ID:@zain.n.hd1]] استعمال کر کے
کمپنی کو پیغام بھیجا، تب پہلی بار جواب آیا۔ شکایت نمبر [[REFERENCE:CVL-24-HT-0883]]
درج ہوا۔ میرا نمبر [[PHONE:0113 496 0291]] ہے۔

شکایات کی افسر [[PERSON:ریچل ڈکنسن]] ایک مترجم کے ساتھ آئیں۔ انہوں نے مانا کہ ہمارے
ریکارڈ میں لکھا ہی نہیں تھا کہ اماں جی کم سنتی ہیں یا انگریزی نہیں پڑھتیں۔ پڑوسی
[[PERSON:پیٹر]] انکل نے بھی گواہی دی کہ انجینئر صرف ایک بار دستک دے کر چلا جاتا تھا۔

نیا بوائلر لگا، بجلی کے ہیٹر کا خرچ واپس ملا، اور 500 پاؤنڈ اماں جی کے اکاؤنٹ میں
آئے جس کے آخری ہندسے [[OTHER_ID:5146]] ہیں۔ اب ریکارڈ میں لکھا ہے کہ آنے سے پہلے
مجھے فون کیا جائے، اور کمپنی سماعت سے محروم کرایہ داروں کے لیے ٹیکسٹ اور گھنٹی کی روشنی
والا نظام استعمال کرتی ہے۔
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
