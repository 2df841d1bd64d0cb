"""Fresh version-2 PII test stories, batch ao.

Older residents, writing long, warm and meandering stories about decades on their estate or in
their street: the neighbours they have known over the years (old-fashioned names, nicknames such as
"Nobby", "Big Tommy" or "Smudge", diminutives, the woman at number 12), the pubs, corner shops,
chapels, mosques, gurdwaras and schools that say where they live, the homes they moved from, their
own and their late husband's or wife's dates of birth (in figures and in words), and the wardens and
housing officers who came and went. Each story then tells one complaint that was put right, with
references, phone numbers and emails written the way older people and their grandchildren write
them (spelt out, in native digits, with "małpa" or "arond"), and here and there an NHS number, a car
registration, a handle, a passport or bank detail. English, Arabic, Bengali, Punjabi (Gurmukhi),
Polish, Romanian and Urdu, five stories each, English and other names written in each script.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 7 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 31.4% of 35, recall 95.0%, precision
87.0%, on the committed detector 2cdb6c0 (after round 37); leak-free by language ar 2, bn 3, en 2, pa 0, pl 1, ro 2, ur 1
of 5. On the detector as it landed before rounds 34 to 37 (87cfc38): 28.6%.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2ao-en-01",
        "en",
        _s("""
My name is [[PERSON:Doris Heaton]] and I have lived at [[ADDRESS:27 Linnet Grove]] on the
[[ADDRESS:Throstle Fold Estate]] since the spring of 1969, when my [[PERSON:Stan]] and I came up from
[[ADDRESS:22 Tanner Row]] with two kiddies. [[PERSON:Stan]] was born on the
[[DATE_OF_BIRTH:3rd of March 1938]] and I was born on [[DATE_OF_BIRTH:14/07/1941]], so I'm [[AGE:83]] now
and I've seen a few housing officers come and go. Mr [[PERSON:Bramley]] came round on a bicycle. Then [[PERSON:Janice]], who was lovely, then a lad called [[PERSON:Kieran Doyle]] who
never answered his phone.

It was a proper street in them days. [[PERSON:Nobby Clarke]] at [[ADDRESS:number 14]] kept pigeons,
[[PERSON:Ginger Walsh]] took bets in the back room of the [[ADDRESS:Fleece]], and Mrs
[[PERSON:Peggy Thornton]] at [[ADDRESS:number 12]] knew your business before you did. [[PERSON:Peggy]] went to her daughter's in Wakefield and [[PERSON:Nobby]] died the winter after
[[PERSON:Stan]]. If anyone's looking for me, I'm the end bungalow behind the [[ADDRESS:Fleece]], over the
road from [[ADDRESS:Cornerway Stores]], [[POSTCODE:LS11 7QD]].

In 2022 the back bedroom window frames went soft and black mould came up the wall behind my bed. I have
[[HEALTH:COPD]] and was coughing half the night. I rang [[ORGANISATION:Aire Valley Homes]] on
[[PHONE:0113 496 0572]] more times than I can count. A joiner from
[[ORGANISATION:Kirkgate Property Services]] came twice and sprayed something.

My grandson [[PERSON:Liam]] wrote the complaint for me, reference [[REFERENCE:AVH/C/20931]], and put his
own email, [[EMAIL:liam.heaton@example.net]], so somebody would answer. Stage one said it was
condensation and I should open a window. [[PERSON:Liam]] took it to stage two and then to
the Housing Ombudsman, case [[REFERENCE:202214077]].

Before the Ombudsman had finished, a new officer, [[PERSON:Farzana]], came out herself, stood in that
bedroom and said, "No, Mrs [[PERSON:Heaton]], this isn't right." New windows went in that October, the
wall was treated, and I got £850 and a proper letter saying sorry. They now send someone within a
fortnight to any damp report from a tenant over seventy, and check the neighbours too. [[PERSON:Farzana]] knocked on [[ADDRESS:number 12]]; there's a young couple there now with a baby,
and they had it too.
"""),
    ),
    (
        "fv2ao-en-02",
        "en",
        _s("""
I'm [[PERSON:Arthur Price]], [[AGE:88]] come June, and I've rented one home or another in this corner
of Manchester since 1961. My late wife [[PERSON:Gwen]] ([[PERSON:Gwendoline Mary]] on the certificate,
born the [[DATE_OF_BIRTH:second of November, nineteen thirty-nine]]) and I started in two rooms over a
cobbler's at [[ADDRESS:5 Albert Terrace]], then had forty-odd years at [[ADDRESS:31 Rosebank Street]],
three doors down from the [[ADDRESS:Bull's Head]]. Anybody who drank there will remember
[[PERSON:Big Tommy Flanagan]], and the [[OTHER_SPECIAL:Polish]] couple at [[ADDRESS:number 9]], the
[[PERSON:Kowalskis]], whose poppy-seed cake went round the whole street at Christmas.
[[PERSON:Gwen]] sang in the choir at [[ADDRESS:Zion Methodist Chapel]] for fifty years, and they still
send me the newsletter.

After she went, my [[HEALTH:Parkinson's]] made the stairs impossible, so in 2019
[[ORGANISATION:Medlock Vale Housing Trust]] moved me to [[ADDRESS:Flat 14, Cedar Court]], their sheltered
scheme, [[POSTCODE:m11 2hx]]. Our warden is [[PERSON:Maureen]]. Before her we had [[PERSON:Sid]], and
before him a Mrs [[PERSON:Okafor]], and none of them ever had to fill in so many forms.

Last December the communal boiler packed in and we had no heating for nineteen days.
[[ORGANISATION:Thermaflo Heating Ltd]] kept saying the part was on order. [[PERSON:Maureen]] went round
with fan heaters, but my neighbour across the landing, [[PERSON:Winnie]] in [[ADDRESS:flat 15]], who is
[[AGE:94]], ended up in hospital with a [[HEALTH:chest infection]].

My nephew [[PERSON:Graham]] helped me complain, reference [[REFERENCE:MVHT-COMP-7781]]. (If anybody in
the same boat wants a word, ring me on [[PHONE:oh one six one, four nine six, oh three one eight]], or
write to [[EMAIL:arthur dot price at example dot org]].) At stage two the trust owned up. They
apologised, paid each of us £400, gave every flat an oil-filled radiator to keep, and the new heating
contract says it must be back on within forty-eight hours or they put us up somewhere warm.
[[PERSON:Maureen]] now keeps a list of who is most at risk when it turns cold, and
[[PERSON:Winnie]]'s name is at the top.
"""),
    ),
    (
        "fv2ao-en-03",
        "en",
        _s("""
My name is [[PERSON:Hyacinth Blake]], though the sisters at [[ADDRESS:Shiloh Pentecostal Church]] have
called me Sister [[PERSON:Cinty]] for fifty years. I came over as a young [[OTHER_SPECIAL:Jamaican]]
bride in 1961, and I have been in this council house at [[ADDRESS:46 Holyhead Grove]],
[[POSTCODE:b219tl]], since 1974, when [[ORGANISATION:Birmingham City Council]] gave us the keys. My
husband [[PERSON:Clement]], God rest him, was born [[DATE_OF_BIRTH:21/4/1935]], and he planted the pear
tree that is still in the back garden. Everybody called him [[PERSON:Clem]].

What a road this was. Mr [[PERSON:Winston Campbell]], [[PERSON:Sonny]] to all of us, fixed every car
from here to the park; Auntie [[PERSON:Merle]] did hair in her front room at [[ADDRESS:number 40]]; and
the [[OTHER_SPECIAL:Sikh]] family next door, the [[PERSON:Bains]], sent round food every Diwali and we
sent back black cake at Christmas.

These days it is me and my grandson [[PERSON:Jaden]], who is [[AGE:11]] and at
[[ADDRESS:Rookery Lane Primary]]. [[PERSON:Jaden]] has [[HEALTH:sickle cell anaemia]], and cold and damp
can bring on a crisis. From 2021 the roof over his bedroom leaked every time it rained, and we could
hear rats in the loft at night. I reported it more times than I can say, repair job
[[REFERENCE:RJ 4471920]]. [[ORGANISATION:Midland Roofing & Pointing]] came and put a few tiles back, and
the water came in again the next week. [[PERSON:Jaden]] was in hospital twice that winter.

My son [[PERSON:Delroy]] lost patience and put photographs online. His account is
[[OTHER_ID:@delroyblake_b21]] and a lot of people shared it. Then he helped me make a formal complaint,
[[REFERENCE:BCC-CX-118305]], and we asked for the doctor's letter from [[ADDRESS:Villa Road Surgery]] to
go with it.

The stage two answer came from a Mr [[PERSON:Adeyemi]], who apologised properly. Within six weeks the
whole roof was renewed, the loft was cleared and proofed, and we were paid £1,200. More important, the
council now flags homes where a child has a serious condition, so a leak there is treated as an
emergency. If any neighbour needs help with their own complaint, they can knock at
[[ADDRESS:number 46]] or ring me on [[PHONE:0121 496 0753]].
"""),
    ),
    (
        "fv2ao-en-04",
        "en",
        _s("""
[[PERSON:Ronald Oxspring]]. [[PERSON:Ronnie]] to most, Grandad [[PERSON:Ron]] to a few. I'm [[AGE:87]]
and I've lived at [[ADDRESS:Flat 73, Harrier House]] on [[ADDRESS:Kestrel Rise]], [[POSTCODE:S2 5QX]],
since they opened the block in 1968. Me and [[PERSON:Brenda]] came from a back-to-back at
[[ADDRESS:17 Carbrook Terrace]] with an outside toilet, and when we got the keys up here she cried at
the view. She was born on the [[DATE_OF_BIRTH:9th of June 1944]] and we had fifty-one years together.

You could write a book about this block. [[PERSON:Taffy Evans]] on the eleventh floor, who played the
cornet; [[PERSON:Chalky]] and his whippets; [[PERSON:Dolly]] in [[ADDRESS:flat 71]], who fed half the
landing; and [[PERSON:Reg]], the caretaker, who knew every lift by its noises. Housing officers came
and went: Mr [[PERSON:Lumb]] in his tweed jacket, [[PERSON:Sandra Oxley]] in the nineties, and now a
young woman called [[PERSON:Priya]]. We're the block above the [[ADDRESS:Sportsman]], if you know it.

I have [[HEALTH:emphysema]] and I'm on oxygen. In March both lifts broke down and stayed broken for
five weeks. Seven floors, with oxygen bottles. [[ORGANISATION:Apex Lift Services]] kept waiting for
parts. My granddaughter [[PERSON:Kayleigh]] filmed me on the stairs and put it on TikTok
([[OTHER_ID:@kayleigh.ox]]), then lodged a complaint with [[ORGANISATION:Sheffield City Council]],
reference [[REFERENCE:SCC-LFT-55190]], giving her own mobile, [[PHONE:07700 900 146]].

I'll give them credit: once [[PERSON:Priya]] read it, things moved. They put me in a ground-floor flat
for the duration, and when the oxygen firm wanted my NHS number, [[OTHER_ID:401 663 2187]], before
they'd change the delivery address, [[PERSON:Priya]] rang them herself. Both lifts have since been
replaced and I was paid £650. And the council now keeps a list of tenants who can't manage stairs; if
a lift is out more than a day, somebody knocks on every one of our doors. [[PERSON:Reg]] would have
liked that.
"""),
    ),
    (
        "fv2ao-en-05",
        "en",
        _s("""
I'm [[PERSON:Bridget Fennelly]], [[PERSON:Bridie]] to everyone, born in County Mayo on the
[[DATE_OF_BIRTH:first of February 1940]]. I came to London in 1958 and I've been at
[[ADDRESS:Flat 22, Tennyson House]], on the [[ADDRESS:Mortimer Estate]], [[POSTCODE:NW6 4JT]], since
1977. Before that myself and [[PERSON:Seamus]] (born [[DATE_OF_BIRTH:17.8.1936]], a plasterer, God be
good to him) had a room and a half at [[ADDRESS:48 Callcott Row]].

When we came, ours was the [[OTHER_SPECIAL:Irish]] block. [[PERSON:Spud Murphy]] on the ground floor,
Mrs [[PERSON:Kapoor]] at [[ADDRESS:number 6]], who taught me to make dal, and the [[PERSON:Okonkwo]]
twins, [[PERSON:Chidi]] and [[PERSON:Ngozi]], who ran up and down the landing and are grandparents
themselves now. We all went to the bingo at [[ADDRESS:St Columba's]] on a Thursday, and I still go to
Mass there; I'm [[OTHER_SPECIAL:Catholic]] to my bones. If you're lost, we're straight across from the
[[ADDRESS:Shamrock Arms]].

I have [[HEALTH:macular degeneration]] and I don't see well in poor light. For nearly a year the main
door didn't lock and the stairwell lights were out. People came in off the street to take drugs on
our landing, and one night I fell on the stairs. I reported it to
[[ORGANISATION:Queensmere Housing Association]] over and over, and [[ORGANISATION:Secure Entry Systems Ltd]]
came twice to "reset" the door. There was an antisocial behaviour case, [[REFERENCE:ASB/0937/22]], that
nobody seemed to own. Over the years we had Mr [[PERSON:Gerald Pike]], then [[PERSON:Tunde]], then
[[PERSON:Hannah Wiles]] as housing officer, and [[PERSON:Hannah]] was the first to climb those stairs in
the dark and see it.

My complaint went in as [[REFERENCE:QHA-61204]]. [[PERSON:Hannah]] gave me her direct line,
[[PHONE:+44 (0)20 7946 0815]], and rang me every Friday on my mobile, [[PHONE:07700 900 362]]. A new
door with a fob went in, the lights were fixed and put on sensors, and they paid £500 into my
account, sort code [[OTHER_ID:20-71-64]], the account ending [[OTHER_ID:4471]]. The association now
checks communal doors and lighting every week, not every quarter, and anyone with poor sight gets a
call when something in their block is reported broken.
"""),
    ),
    (
        "fv2ao-ar-01",
        "ar",
        _s("""
اسمي [[PERSON:ناجي عبده الحميري]]، وأهل الحي ينادونني [[PERSON:أبو فيصل]]. أنا رجل [[OTHER_SPECIAL:يمني]]،
وصلت إلى شيفيلد سنة ١٩٦٤ لأعمل في مصانع الصلب، وعمري الآن [[AGE:٨٣ سنة]]، فأنا من مواليد
[[DATE_OF_BIRTH:١ يوليو ١٩٤١]]. في البداية سكنت مع ستة رجال في غرفة فوق مقهى في
[[ADDRESS:4 Staniforth Lane]]، ثم لحقت بي زوجتي المرحومة [[PERSON:فاطمة]]، وهي من مواليد
[[DATE_OF_BIRTH:١٢/٣/١٩٤٨]]، وانتقلنا سنة ١٩٨١ إلى البيت الذي ما زلت فيه: [[ADDRESS:19 Willow Bank Road]]،
[[POSTCODE:S9 3LR]]، على بعد خطوات من [[ADDRESS:جامع دارنال المركزي]] حيث أصلي الفجر كل يوم.

كم من الجيران عرفت في هذا الشارع! العم [[PERSON:سعيد]] الذي كان يذبح لنا في العيد، و[[PERSON:أبو ناصر]]
صاحب الدكان، والسيدة [[PERSON:بيتي]] في [[ADDRESS:رقم ٢١]] التي علّمت أولادي الإنجليزية قبل المدرسة،
وزوجها [[PERSON:جاك]] الذي كان يناديني "[[PERSON:ناجي بوي]]". رحلوا جميعاً تقريباً، رحمهم الله.

منذ ثلاث سنوات بدأ الماء يتسرب من السطح إلى غرفة النوم، وانتشر العفن الأسود على الجدار. عندي
[[HEALTH:الانسداد الرئوي المزمن]]، فكنت أسعل طوال الليل. اتصلت بـ[[ORGANISATION:Don Valley Homes]] على
[[PHONE:٠١١٤ ٤٩٦ ٠٢٣٩]] مرات لا أحصيها، وفي كل مرة يقولون: افتح النافذة. وتغيّر الموظفون المسؤولون عن
بيتي مرات: مستر [[PERSON:ديكسون]] أيام زمان، ثم [[PERSON:كارول]]، ثم شاب لا أذكر اسمه.

أخيراً كتب ابني [[PERSON:فيصل]] شكوى رسمية باسمي، رقمها [[REFERENCE:DVH-44817]]، ووضع بريده
[[EMAIL:faisal.alhimyari@example.com]] للتواصل. في المرحلة الثانية جاءت الموظفة [[PERSON:كلير]] بنفسها
ومعها مترجم، ونظرت إلى الجدار واعتذرت.

أصلحوا السطح كله، وركّبوا مراوح شفط في الحمام والمطبخ، وعالجوا الجدار، ودفعوا لي ٦٥٠ جنيهاً تعويضاً.
والأهم أنهم صاروا يسألون كل مستأجر عن لغته ويرسلون مترجماً مع كل زيارة. وقالت لي [[PERSON:كلير]] إن
أكثر من عشرين بيتاً في الحي فُحصت بعد شكواي.
"""),
    ),
    (
        "fv2ao-ar-02",
        "ar",
        _s("""
أنا [[PERSON:زهرة بنعلي]]، [[OTHER_SPECIAL:مغربية]] من طنجة، وعمري [[AGE:٧٩ سنة]]. جئت إلى لندن سنة ١٩٧١
لألحق بزوجي [[PERSON:الحسين]] رحمه الله، وكان يعمل في مطبخ فندق كبير. وُلد [[PERSON:الحسين]] في
[[DATE_OF_BIRTH:٢٠ مارس ١٩٣٩]]، وسكنّا أول الأمر في قبو رطب في [[ADDRESS:62 Bramley Mews]]، ثم أعطتنا
البلدية سنة ١٩٨٠ [[ADDRESS:الشقة ١١٢]] في [[ADDRESS:برج ويستكوت]]، في الطابق الخامس عشر،
[[POSTCODE:W10 5UF]]. برجنا هو الذي خلف [[ADDRESS:حلويات الأطلس]]، كل أهل الحي يعرفونه.

في هذا البرج ربّيت أربعة أولاد. جارتي [[PERSON:نورا كوين]] [[OTHER_SPECIAL:الإيرلندية]] كانت تحمل عني
أكياس الخضرة، وللا [[PERSON:رقية]] في [[ADDRESS:الشقة ١١٠]] كانت تخبز لنا يوم الجمعة، والولد
[[OTHER_SPECIAL:البرتغالي]] [[PERSON:بوبي]] كان يصلح لنا التلفاز مجاناً. واليوم تسكن معي حفيدتي
[[PERSON:سلمى]]، [[AGE:٨ سنوات]]، وتدرس في [[ADDRESS:مدرسة أوكسفورد غاردنز الابتدائية]].

عندي [[HEALTH:هشاشة العظام]] ولا أقدر على الدرج. في شتاء ٢٠٢٣ تعطل المصعدان أكثر من عشر مرات، وبقيت
مرة تسعة أيام لا أنزل. كانت [[ORGANISATION:Westway Homes Trust]] ترسل شركة [[ORGANISATION:Capital Lifts]]
فيصلحون المصعد يوماً ويتعطل في اليوم التالي. والموظفون المسؤولون عنا تغيّروا كثيراً عبر السنين: مستر
[[PERSON:هاريس]]، ثم [[PERSON:جوليا]]، والآن [[PERSON:أمين]] الذي يتكلم العربية، الحمد لله.

ابني [[PERSON:رشيد]] قدّم شكوى رسمية رقمها [[REFERENCE:WHT/2023/0871]]، وأعطاهم رقمي
[[PHONE:07700 900 418]] وبريده: [[EMAIL:rachid.benali at example dot com]]. في المرحلة الأولى قالوا إن
المصاعد "قديمة لكنها آمنة". لم نقبل، فذهبت الشكوى إلى المرحلة الثانية، وجاء [[PERSON:أمين]] وصعد معي
الدرج خمسة عشر طابقاً ليعرف كيف يكون الأمر.

بعدها تغيّر كل شيء: اعتذروا كتابياً، ودفعوا ٧٠٠ جنيه، وبدّلوا المصعدين هذا العام، وأثناء الأشغال
عيّنوا حارساً يحمل المشتريات لكبار السن. وصار لكل ساكن مسنّ في البرج خطة مكتوبة: من يتصلون به إذا
تعطل المصعد، ومن يطرق بابه ليطمئن عليه.
"""),
    ),
    (
        "fv2ao-ar-03",
        "ar",
        _s("""
اسمي [[PERSON:يوحنا بطرس شمعون]]، وأصدقائي القدامى يقولون لي [[PERSON:أبو سامر]]. أنا
[[OTHER_SPECIAL:عراقي]] [[OTHER_SPECIAL:كلداني]]، وصلت إلى مانشستر [[OTHER_SPECIAL:لاجئاً]] سنة ١٩٧٩.
وُلدت في [[DATE_OF_BIRTH:الثامن عشر من كانون الثاني سنة ألف وتسعمئة وأربعين]]، وزوجتي المرحومة
[[PERSON:سهام]] من مواليد [[DATE_OF_BIRTH:١٩٤٥/٠٥/٠٨]].

عشنا أول عشر سنين في شقة فوق محل غسيل في [[ADDRESS:3 Moss Lane Parade]]، ثم انتقلنا إلى بيتنا الحالي
في [[ADDRESS:14 Clarendon Walk]]، [[POSTCODE:m168qp]]، قريباً من [[ADDRESS:كنيسة مار توما]] التي نصلي فيها
كل أحد. جارنا [[OTHER_SPECIAL:الاسكتلندي]] [[PERSON:جوك]] ([[PERSON:Jock]]) كان يسقي حديقتنا كلما
سافرنا، و[[PERSON:أم كريم]] في [[ADDRESS:رقم ١٠]] كانت تجمع نساء الشارع على الشاي كل خميس. اليوم أعيش
مع ابنتي [[PERSON:رنا]] وحفيدي [[PERSON:يوسف]]، وعمره [[AGE:أربع سنوات]] وعنده [[HEALTH:الربو]].

في كانون الأول ٢٠٢٢ تعطلت الغلاية، وبقينا بلا تدفئة ولا ماء ساخن ستة أسابيع. جاء مهندسو
[[ORGANISATION:Northern Gas Care]] أربع مرات، وفي كل مرة يقولون إن القطعة لم تصل. رقم طلب التصليح
[[REFERENCE:IGH-R-300418]]. صارت [[PERSON:رنا]] تأخذنا كل ليلة إلى بيت أخيها بسيارتها، وحين عدنا مرة
متأخرين وجدنا عليها مخالفة وقوف من [[ORGANISATION:Irwell Gardens Housing]] نفسها، ورقم السيارة
[[OTHER_ID:MA19 XKD]] مكتوب عليها! تخيّل.

قدّمنا شكوى، ولما لم يتغير شيء رفعناها إلى أمين المظالم للإسكان، ورقم القضية [[REFERENCE:202311562]].
لكن قبل أن يقرر، اتصلت بنا مس [[PERSON:باركر]] من الإدارة على [[PHONE:٠١٦١ ٤٩٦ ٠٧٤٤]] واعتذرت. ركّبوا
غلاية جديدة خلال يومين، وألغوا المخالفة، ودفعوا ٩٠٠ جنيه. وصاروا يعطون سخانات كهربائية فوراً لكل بيت
فيه طفل مريض أو شخص مسن إذا انقطعت التدفئة أكثر من يوم. [[PERSON:يوسف]] الآن ينام في غرفة دافئة، وهذا
ما يهمني.
"""),
    ),
    (
        "fv2ao-ar-04",
        "ar",
        _s("""
أنا [[PERSON:آمنة عثمان الطيب]]، [[OTHER_SPECIAL:سودانية]]، من مواليد [[DATE_OF_BIRTH:15/11/1950]]، يعني
عمري [[AGE:٧٤ عاماً]]. جئنا إلى ليدز سنة ١٩٨٨: زوجي [[PERSON:عثمان]] رحمه الله، وهو من مواليد
[[DATE_OF_BIRTH:٣ أغسطس ١٩٤٤]]، وأنا وثلاث بنات. سكنّا عشر سنين في [[ADDRESS:9 Conway Mount]]، ثم
أعطانا [[ORGANISATION:مجلس مدينة ليدز]] هذا البيت: [[ADDRESS:37 Ashton View]]، [[POSTCODE:LS8 5BN]]، في
الشارع الذي خلف [[ADDRESS:مسجد الفرقان]].

الجيران هنا أهل. الحاجة [[PERSON:حليمة]] جارتنا من أيام [[PERSON:عثمان]]، ومسز [[PERSON:أوكونور]] التي
كانت تسمّي زوجي "[[PERSON:أوزي]]"، وابنها [[PERSON:شون]] الذي يُخرج الزبالة عني كل أسبوع. وكان هناك
[[PERSON:ود الزين]]، [[OTHER_SPECIAL:سوداني]] مثلنا، يطبخ الفول للشارع كله في رمضان.

في ٢٠٢١ أصابتني [[HEALTH:جلطة دماغية]]، وضعف جانبي الأيسر. قالت أخصائية العلاج الوظيفي إني أحتاج
دشاً أرضياً بدل البانيو، وأرسلت الطلب ومعه رقمي الصحي [[OTHER_ID:٤٦٢ ٨٨١ ٣٠٧٥]]. ثم انتظرت سنتين
كاملتين، وابنتي [[PERSON:سلافة]] تأتي كل صباح لتغسّلني. رقم طلب التعديل [[REFERENCE:LCC-ADP-8812]]، وكلما
اتصلت على [[PHONE:0113 496 0916]] قالوا إن شركة [[ORGANISATION:Aireside Adaptations]] مشغولة. الموظف
الأول [[PERSON:غاري]] انتقل إلى قسم آخر، وجاء غيره ولم يتغير شيء.

في النهاية كتبت [[PERSON:سلافة]] شكوى رسمية، ومعها رسالة من طبيبتي في
[[ADDRESS:Harehills Corner Surgery]]. ردّت علينا مديرة اسمها [[PERSON:بريا سيث]]، واعترفت بأن الانتظار
غير مقبول. في ستة أسابيع صار عندي حمّام جديد بدش أرضي ومقابض، ودفعوا ٨٠٠ جنيه مع رسالة اعتذار. وقالت
[[PERSON:بريا]] إن المجلس غيّر القاعدة: كل من يخرج من المستشفى ويحتاج تعديلاً في بيته صار طلبه
مستعجلاً، ولا يزيد الانتظار على اثني عشر أسبوعاً. تمنيت لو عاش [[PERSON:عثمان]] ليرى ذلك.
"""),
    ),
    (
        "fv2ao-ar-05",
        "ar",
        _s("""
اسمي [[PERSON:خليل يوسف عوّاد]]، [[OTHER_SPECIAL:فلسطيني]] من الخليل، وأعيش في كارديف منذ ١٩٧٣، أي أكثر
من نصف قرن. كنت أدرّس الرياضيات، وتزوجت هنا [[PERSON:شان]] ([[PERSON:Siân]])، [[OTHER_SPECIAL:ويلزية]]
من الوادي، رحمها الله، وقد وُلدت يوم [[DATE_OF_BIRTH:٢٧ أيلول ١٩٤٧]]. سكنّا أولاً في
[[ADDRESS:5 Bute Crescent]]، ثم منذ ١٩٨٢ في [[ADDRESS:٢٢ ستيشن تيراس]]، [[POSTCODE:cf117lp]]، البيت الأزرق
مقابل [[ADDRESS:بقالة الشام]].

كان جيراني عبر السنين عائلة واحدة كبيرة: [[PERSON:داي مورغان]] الذي حاول أن يعلّمني الرغبي ففشل، ومسز
[[PERSON:بيفان]] في [[ADDRESS:رقم ٢٠]] التي كانت تناديني "[[PERSON:كالي]]"، و[[PERSON:أبو علي]]
[[OTHER_SPECIAL:اليمني]] الذي يصلي معي في [[ADDRESS:مسجد نور الهدى]]، والعائلة
[[OTHER_SPECIAL:الصومالية]] التي تسكن الآن بيت [[PERSON:داي]].

عندي [[HEALTH:مرض باركنسون]]، ومنذ ٢٠٢٢ صارت ألواح أرضية المطبخ تلين وتهبط. أبلغت
[[ORGANISATION:Cartref Taf Housing]] مرات على [[PHONE:029 2018 0533]]، ورقم التصليح
[[REFERENCE:CTH-0092714]]. جاء عمال [[ORGANISATION:Bute Building Services]] ووضعوا لوحاً من الخشب فوق
الحفرة فقط. وفي آذار سقطت في المطبخ وبقيت على الأرض ساعة حتى جاء حفيدي [[PERSON:كريم]].

نشر [[PERSON:كريم]] صوراً على إنستغرام من حسابه [[OTHER_ID:@karim_awad_cf]]، وكتب شكوى رسمية، ولما لم
يعجبنا الرد رفعناها إلى أمين المظالم في ويلز، ورقم القضية [[REFERENCE:202300914]].

جاءت مسؤولة الإسكان الجديدة [[PERSON:ريانون]] ([[PERSON:Rhiannon]])، وقالت لي بالعربية: "آسفة"، كلمة
تعلّمتها من أجلي. ضحكنا كثيراً. ثم غيّروا أرضية المطبخ كلها، ووجدوا أن الماء كان يتسرب من أنبوب تحت
البيت منذ سنوات، ودفعوا ١١٠٠ جنيه. وصار عندهم الآن فحص كامل لكل بيت قديم عند أي بلاغ عن أرضية لينة،
لا ترقيع فقط. لو كانت [[PERSON:شان]] حية لقالت: أخيراً.
"""),
    ),
    (
        "fv2ao-bn-01",
        "bn",
        _s("""
আমার নাম [[PERSON:রাহেলা খাতুন]]। ১৯৭৬ সালে সিলেট থেকে লন্ডনে আসি, স্বামী [[PERSON:আব্দুল মতিন]] তখন
রেস্টুরেন্টে কাজ করতেন। কাগজে আমার জন্মতারিখ [[DATE_OF_BIRTH:০১/০১/১৯৫০]], আসলে কেউ ঠিক জানে না, আম্মা
বলতেন বড় বন্যার বছর। এখন বয়স [[AGE:৭৪ বছর]]। উনার জন্মতারিখ ছিল [[DATE_OF_BIRTH:১২ই মার্চ ১৯৪২]]; ২০১৫
সালে উনি মারা যান।

প্রথমে আমরা থাকতাম [[ADDRESS:১৯ ব্রুনটন স্ট্রিট]]-এ একটা ঘরে, দুই পরিবার মিলে। তারপর ১৯৮৪ সালে পাই এই
ফ্ল্যাট: [[ADDRESS:ফ্ল্যাট ৩৪, হ্যাভারফিল্ড হাউস]], [[ADDRESS:ওয়েলক্লোজ এস্টেট]], [[POSTCODE:E1 5QT]]। নিচে
[[ADDRESS:মদিনা গ্রোসারি]], পাশেই [[ADDRESS:শাহজালাল জামে মসজিদ]], যেখানে আমার ছেলেরা আরবি পড়তে যেত।

কত মানুষ দেখলাম এই এস্টেটে! [[ADDRESS:৩২ নম্বর ফ্ল্যাটে]] থাকতেন মিসেস [[PERSON:ব্রাউন]], আমার
বাচ্চাদের ইংরেজি শিখিয়েছিলেন। [[PERSON:দুলাল]] ভাই ঈদে সবার জন্য মিষ্টি আনতেন। আর [[PERSON:টেরি]] নামে
এক বুড়ো ছিলেন, সবাই তাঁকে ডাকত [[PERSON:স্মাইলি]], কারণ কোনোদিন হাসতেন না। হাউজিং অফিসারও কত বদলাল:
মিস্টার [[PERSON:কলিন্স]], তারপর [[PERSON:জেমস]], এখন [[PERSON:শাহানা]] আপা।

তিন বছর আগে উপরের ফ্ল্যাট থেকে পানি চুইয়ে আমার শোবার ঘরের ছাদ ভিজে গেল, কালো ছত্রাকে দেয়াল ঢেকে
গেল। আমার [[HEALTH:হাঁপানি]] আর [[HEALTH:ডায়াবেটিস]], রাতে শ্বাস নিতে কষ্ট হতো।
[[ORGANISATION:Eastbank Homes]]-এ [[PHONE:০২০ ৭৯৪৬ ০২৭১]] নম্বরে কতবার ফোন করেছি। লোক আসত, রং করে চলে
যেত।

শেষে ছোট ছেলে [[PERSON:বাবলু]] লিখিত অভিযোগ করল, নম্বর [[REFERENCE:EBH-DM-20457]], আর নিজের ইমেইল দিল
[[EMAIL:bablu.matin@example.co.uk]]। দ্বিতীয় ধাপে [[PERSON:শাহানা]] আপা নিজে এসে সিলেটিতে কথা বললেন,
দেয়াল দেখে মাফ চাইলেন।

তারপর উপরের ফ্ল্যাটের পাইপ বদলানো হলো, ছাদ আর দেয়াল নতুন করা হলো, আমাকে ৭৫০ পাউন্ড দিল। এখন ওরা নিয়ম
করেছে, কোনো বয়স্ক মানুষের বাসায় ছত্রাক পেলে পাশের আর উপরের ফ্ল্যাটও দেখে। আমার বাসায় এখন ছত্রাক নেই,
আলহামদুলিল্লাহ।
"""),
    ),
    (
        "fv2ao-bn-02",
        "bn",
        _s("""
আমি হাজী [[PERSON:আলতাফ হোসেন]], গ্রামের লোক ডাকে [[PERSON:আলতু]]। জন্ম
[[DATE_OF_BIRTH:১৯৪০ সালের ৭ই অক্টোবর]], বয়স এখন [[AGE:৮৪]]। ১৯৬৪ সালে ওল্ডহ্যামে আসি কাপড়ের মিলে কাজ
করতে। তখন [[ADDRESS:১১ ওয়ার্ডল রোড]]-এর একটা বাসায় আমরা আটজন পুরুষ থাকতাম, পালা করে ঘুমাতাম।

১৯৭৮ সালে বউ [[PERSON:মরিয়ম বিবি]] দেশ থেকে এলেন; ওনার জন্ম
[[DATE_OF_BIRTH:উনিশশো পঞ্চাশ সালের পাঁচই জুন]]। সে বছরই কাউন্সিলের এই বাড়ি পাই:
[[ADDRESS:৫৮ রাউন্ডথর্ন স্ট্রিট]], [[POSTCODE:ol41ht]]। আল্লাহ ওনাকে তিন বছর আগে নিয়ে গেছেন। মোড়ের
[[ADDRESS:নূরানী মসজিদ]]-এ আজও জামাতে নামাজ পড়ি।

পাড়াটা বদলে গেছে, মানুষগুলো মনে আছে। [[ADDRESS:৫৬ নম্বরে]] ছিলেন মিসেস [[PERSON:হোয়াইটহেড]], প্রথম
শীতে আমাদের কম্বল দিয়েছিলেন। তাঁর স্বামী [[PERSON:ফ্রেড]] চাচা আমার ছেলেদের সাইকেল চালানো শিখিয়েছিলেন।
[[PERSON:জিমি ও'কনর]] আমাকে ডাকতেন "[[PERSON:অলি]]"। আর [[PERSON:টুনু]], আমার ভাতিজা, এখন নিজেই দাদা।

২০২৩ সালের শীতে রান্নাঘরের সকেট থেকে স্পার্ক বের হতে লাগল, একদিন ধোঁয়াও। আমার [[HEALTH:পারকিনসন্স]]
আছে, হাত কাঁপে, ভয় পেতাম। [[ORGANISATION:Pennine Edge Homes]]-কে জানালাম [[PHONE:0161 496 0627]]
নম্বরে, রিপেয়ার নম্বর [[REFERENCE:PEH/EL/3390]]। [[ORGANISATION:Spark Rite Electrical]] এসে একটা সকেট
বদলে বলল সব ঠিক। দুই সপ্তাহ পর আবার একই। নাতি [[PERSON:রায়হান]], [[AGE:৯ বছরের]] ছেলে,
[[ADDRESS:ফ্রেডরিক স্ট্রিট প্রাইমারি]]-তে পড়ে, স্কুলের পর আমার কাছে থাকে। রাতে ঘুমাতে পারতাম না।

বড় ছেলে [[PERSON:শফিক]] অভিযোগ করল, আর লিখে দিল কেউ ফোন করতে চাইলে তার মোবাইল
[[PHONE:শূন্য সাত সাত শূন্য শূন্য, নয় শূন্য শূন্য, পাঁচ তিন এক]]। প্রথম ধাপে উত্তর এল "কোনো ত্রুটি
পাওয়া যায়নি"। দ্বিতীয় ধাপে এলেন সার্ভেয়ার [[PERSON:ডেভিড অ্যাশওয়ার্থ]]। উনি বললেন পুরো বাড়ির তার
সত্তরের দশকের, সব বদলাতে হবে।

এক মাসে পুরো বাড়ির ওয়্যারিং নতুন হলো, স্মোক অ্যালার্ম লাগল, ৫০০ পাউন্ড ক্ষতিপূরণ আর ক্ষমা চাওয়া চিঠি
পেলাম। এখন [[ORGANISATION:Pennine Edge Homes]] বলছে, একই বাড়ি থেকে দুইবার বৈদ্যুতিক অভিযোগ এলে পুরো
বাড়ি পরীক্ষা করবে। [[PERSON:রায়হান]] এখন বলে, দাদা, আর ভয় নেই।
"""),
    ),
    (
        "fv2ao-bn-03",
        "bn",
        _s("""
আমি [[PERSON:নূরজাহান বেগম চৌধুরী]], পাড়ার সবাই বলে [[PERSON:নূরী]] খালা। ১৯৮১ সালে বার্মিংহামে আসি।
স্বামী [[PERSON:সৈয়দ আকমল চৌধুরী]] বাসে কন্ডাক্টর ছিলেন; ওনার জন্ম [[DATE_OF_BIRTH:২৩/০৯/১৯৪৬]], গত
বছর চলে গেলেন। আমার নিজের জন্ম [[DATE_OF_BIRTH:৪ঠা জানুয়ারি ১৯৫৩]]।

প্রথমে থাকতাম [[ADDRESS:২০৭ কভেন্ট্রি রোড]]-এর উপরতলায়, একটা দর্জির দোকানের উপরে। ১৯৯০ থেকে এই
মেজোনেটে: [[ADDRESS:১৬ চেরিউড কোর্ট]], [[POSTCODE:B10 0RX]]। রাস্তার মাথায় দ্য [[ADDRESS:রয়্যাল জর্জ]]
পাব, ওটা দেখলেই আমাদের বাড়ি চিনবেন।

এত বছরে কত প্রতিবেশী! পাশের [[ADDRESS:১৮ নম্বরে]] [[PERSON:মেভিস]] আন্টি, যিনি আমার মেয়েদের কেক বানানো
শিখিয়েছিলেন। [[PERSON:রাজ]] আর [[PERSON:পিঙ্কি]], [[OTHER_SPECIAL:পাঞ্জাবি]] দম্পতি, প্রতি দিওয়ালিতে
মিঠাই পাঠাতেন। [[PERSON:লাল মিয়া]] চাচা সবার বাজার করে দিতেন। এখন [[ADDRESS:চেরিউড কোর্ট]]-এ পুরনো
মানুষ বলতে আমি আর [[PERSON:মেভিস]] আন্টি।

আমার নাতি [[PERSON:ইশান]], বয়স [[AGE:৬]], আমার সঙ্গেই থাকে। ওর [[HEALTH:অটিজম]] আছে, পড়ে
[[ADDRESS:গ্রিনওয়ে প্রাইমারি]]-তে। গত বর্ষায় ছাদ চুইয়ে ওর ঘরের সিলিংয়ের একটা অংশ ভেঙে পড়ল, ভাগ্যিস ও
তখন স্কুলে। এর আগে দুই বছর ধরে [[ORGANISATION:Cole Valley Homes]]-কে জানিয়েছি, আর
[[ORGANISATION:Kingfisher Roofing]] এসে শুধু প্লাস্টিক বেঁধে গেছে। আমার [[HEALTH:বাত]], মই বেয়ে উঠে
বালতি বসাতাম।

মেয়ে [[PERSON:তানিয়া]] অভিযোগ করল, নম্বর [[REFERENCE:CVH-88213]], আর পরে হাউজিং ওম্বুডসম্যানে গেল, কেস
নম্বর [[REFERENCE:202402266]]। ওর ইমেইল [[EMAIL:tania.chowdhury অ্যাট example ডট com]], ফোন
[[PHONE:০১২১ ৪৯৬ ০৩৮২]]।

শেষে নতুন ছাদ হলো, [[PERSON:ইশান]]-এর ঘর নতুন করে দিল, চুপচাপ রং আর নরম আলো, যেমন ওর দরকার।
১,১০০ পাউন্ড দিল আর লিখিত মাফ চাইল। এখন [[ORGANISATION:Cole Valley Homes]] প্রত্যেক পরিবারের কাছে
জিজ্ঞেস করে লিখে রাখে, বাড়িতে কারো বিশেষ প্রয়োজন আছে কি না, যাতে এরকম মেরামত আগে হয়।
"""),
    ),
    (
        "fv2ao-bn-04",
        "bn",
        _s("""
আমার নাম [[PERSON:মোহাম্মদ সুরুজ আলী]]। ব্র্যাডফোর্ডে আছি ১৯৬৯ থেকে, বয়স [[AGE:পঁচাশি বছর]] হলো; জন্ম
[[DATE_OF_BIRTH:২রা ফেব্রুয়ারি ১৯৩৯]]। প্রথম দশ বছর [[ADDRESS:৩১ ক্যানাল টেরেস]]-এ ভাড়া থাকতাম, তারপর
থেকে এই বাড়ি, [[ADDRESS:৭ লিলিক্রফট প্লেস]], [[POSTCODE:BD8 7QL]]। আমার স্ত্রী [[PERSON:আনোয়ারা]], জন্ম
[[DATE_OF_BIRTH:১০ আগস্ট ১৯৪৮]], এই বাড়িতেই শেষ নিঃশ্বাস ফেলেছেন।

এই গলির কত গল্প! [[OTHER_SPECIAL:আইরিশ]] [[PERSON:প্যাডি]] আমাদের প্রথম ক্রিসমাসে টার্কি দিয়ে গিয়েছিল,
আমরা বুঝিনি কীভাবে রাঁধতে হয়। [[OTHER_SPECIAL:পাকিস্তানি]] প্রতিবেশী [[PERSON:চৌধুরী]] সাহেব আর আমি
একসাথে [[ADDRESS:বায়তুল আমান মসজিদ]]-এ ফজর পড়তাম। মিসেস [[PERSON:বেটি]] আমাকে ডাকতেন
"[[PERSON:সানি]]", কারণ [[PERSON:সুরুজ]] মানে সূর্য।

গত দুই বছর বাড়ির পেছনের গলিতে লোকজন ময়লা ফেলে যেত: ম্যাট্রেস, সোফা, রান্নাঘরের বর্জ্য। ইঁদুর হয়ে
গেল, রান্নাঘরের দরজা পর্যন্ত আসত। একটা সাদা ভ্যান রাতে এসে ফেলে যেত, আমি নম্বরটা লিখে রেখেছিলাম:
[[OTHER_ID:YG62 HVN]]। [[ORGANISATION:Bradwell Homes]] বলল গলি কাউন্সিলের, কাউন্সিল বলল বাড়িওয়ালার।
অ্যান্টিসোশ্যাল কেস খুলল, নম্বর [[REFERENCE:ASB-BD-4410]], কিন্তু কেউ আসেনি। আমার টেন্যান্সি নম্বর
[[REFERENCE:T-0071893]] দিয়ে কতবার ফোন করেছি।

হাউজিং অফিসার তো কত এল গেল: মিস্টার [[PERSON:শার্প]], যিনি আমার নাম কখনো ঠিক বলতে পারেননি, তারপর
আরো কয়েকজন, এখন [[PERSON:কেলি]]। নাতি [[PERSON:জুবায়ের]] ভিডিও করে অভিযোগ পাঠাল, আর নিজের নম্বর দিল
[[PHONE:+৪৪ ৭৭০০ ৯০০৬১৭]]। [[PERSON:কেলি]] এসে গলিতে দাঁড়িয়ে নাক চেপে ধরলেন, তারপর বললেন, "এটা আমাদের
দায়িত্ব।"

এক সপ্তাহে গলি পরিষ্কার হলো, দুই মাথায় তালা দেওয়া গেট বসল, ইঁদুরের লোক তিনবার এল। ভ্যানের নম্বর
পুলিশকে দেওয়া হলো। আমাকে ৩০০ পাউন্ড দিল আর ক্ষমা চাইল। এখন [[ORGANISATION:Bradwell Homes]]-এর লোক
প্রতি মাসে পেছনের গলিগুলো হেঁটে দেখে, আর কাউন্সিলের সাথে কার কী দায়িত্ব, সেটা লিখে ঠিক করেছে।
[[PERSON:আনোয়ারা]] থাকলে খুশি হতেন।
"""),
    ),
    (
        "fv2ao-bn-05",
        "bn",
        _s("""
আমি [[PERSON:সুফিয়া বেগম]], লুটনে আছি ১৯৮৭ সাল থেকে, বয়স এখন [[AGE:৭১ বছর]]। আমার স্বামী
[[PERSON:আব্দুর রউফ]], পাড়ার সবাই ডাকত [[PERSON:রউফ]] ভাই, জন্ম [[DATE_OF_BIRTH:১৫/০৬/১৯৪১]]। ২০২২ সালের
রমজানে উনি মারা গেলেন। পঁয়ত্রিশ বছর আমরা একসাথে এই বাড়িতে: [[ADDRESS:৪২ বিচউড অ্যাভিনিউ]],
[[POSTCODE:LU2 8DF]]। তার আগে ছিলাম [[ADDRESS:১৩ ডানস্টেবল প্লেস]]-এ, একটা মাত্র ঘরে।

প্রতিবেশীরা আমার আপনজন। পাশের বাসার [[PERSON:জয়েস]] প্রতি শুক্রবার চা খেতে আসে, তিরিশ বছর ধরে।
[[PERSON:মিঠু]], আমার বোনের ছেলে, গাড়ি চালিয়ে ডাক্তারের কাছে নিয়ে যায় [[ADDRESS:লিউসি রোড সার্জারি]]-তে।
পেছনের বাড়ির [[OTHER_SPECIAL:কাশ্মীরি]] পরিবার ঈদে বিরিয়ানি পাঠায়। আমরা সবাই যাই
[[ADDRESS:দারুল উলুম মসজিদ]]-এ।

বাড়ির টেন্যান্সি ছিল ওনার নামে। উনি মারা যাওয়ার দুই মাস পর [[ORGANISATION:Lea Valley Homes]] থেকে চিঠি এল,
বাড়ি ছেড়ে দিতে হবে, কারণ টেন্যান্সি শেষ। আমি তো পঁয়ত্রিশ বছর এখানে! ওরা আমার পরিচয়ের কাগজ চাইল। আমি
[[OTHER_SPECIAL:ব্রিটিশ নাগরিক]], পাসপোর্ট নম্বর [[OTHER_ID:538146207]] দুইবার পাঠালাম, দুইবারই ওরা বলল
পায়নি। টেন্যান্সি নম্বর [[REFERENCE:LVH/TEN/004418]] বললেও ফোনে কেউ খুঁজে পেত না।

মেয়ে [[PERSON:নাজমা]] অভিযোগ করল, ইমেইল দিল [[EMAIL:najma.rauf@example.org]], ফোন
[[PHONE:০৭৭০০ ৯০০ ২৯৪]]। প্রথমে উত্তর দিলেন [[PERSON:মার্ক]] নামে এক অফিসার, বললেন নিয়ম নিয়মই। দ্বিতীয়
ধাপে ম্যানেজার [[PERSON:ডনা ফিলিপস]] নিজে বাসায় এলেন, কাগজ দেখলেন, আর বললেন স্বামীর পরে স্ত্রী
টেন্যান্সি পাবেন, এটা আইনেই আছে। চিঠিটা ভুল ছিল।

এক সপ্তাহে টেন্যান্সি আমার নামে হলো, ৩০০ পাউন্ড আর লিখিত ক্ষমা পেলাম। এখন [[ORGANISATION:Lea Valley Homes]]
নিয়ম করেছে, কেউ মারা গেলে পরিবারের জন্য একজন নির্দিষ্ট অফিসার থাকবেন, তিন মাস কোনো উচ্ছেদের চিঠি যাবে
না, আর চিঠি বাংলায়ও পাঠানো যাবে। [[PERSON:জয়েস]] বলে, "[[PERSON:সুফিয়া]], তুমি জিতেছ।" আমি বলি, আমরা জিতেছি।
"""),
    ),
    (
        "fv2ao-pa-01",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਮ [[PERSON:ਸੁਰਜੀਤ ਕੌਰ ਗਰੇਵਾਲ]] ਹੈ, ਉਮਰ [[AGE:੮੧ ਸਾਲ]]। ਮੈਂ ੧੯੬੭ ਵਿੱਚ ਪਿੰਡੋਂ ਸਾਊਥਾਲ ਆਈ ਸੀ, ਜਦੋਂ
ਮੇਰੇ ਪਤੀ ਸਰਦਾਰ [[PERSON:ਕਰਤਾਰ ਸਿੰਘ ਗਰੇਵਾਲ]] ਰਬੜ ਦੀ ਫ਼ੈਕਟਰੀ ਵਿੱਚ ਕੰਮ ਕਰਦੇ ਸਨ। ਉਨ੍ਹਾਂ ਦਾ ਜਨਮ
[[DATE_OF_BIRTH:੧੫ ਅਪ੍ਰੈਲ ੧੯੩੭]] ਦਾ ਸੀ, ਵਿਸਾਖੀ ਦੇ ਨੇੜੇ, ਤੇ ੨੦੧੮ ਵਿੱਚ ਉਹ ਪੂਰੇ ਹੋ ਗਏ। ਮੇਰਾ ਆਪਣਾ ਜਨਮ
[[DATE_OF_BIRTH:੦੩-੧੦-੧੯੪੩]] ਦਾ ਹੈ।

ਪਹਿਲਾਂ ਅਸੀਂ [[ADDRESS:12 Featherstone Grove]] ਵਿੱਚ ਇੱਕ ਕਮਰੇ ਵਿੱਚ ਰਹੇ, ਤਿੰਨ ਟੱਬਰ ਤੇ ਇੱਕ ਰਸੋਈ। ਫਿਰ ੧੯੭੯
ਤੋਂ [[ADDRESS:ਫਲੈਟ ੮, ਨੌਰਵੁੱਡ ਕੋਰਟ]], [[POSTCODE:UB2 4PX]] ਵਿੱਚ ਹਾਂ, [[ADDRESS:ਰਾਇਲ ਓਕ]] ਪੱਬ ਦੇ ਪਿੱਛੇ ਵਾਲੀ
ਬਿਲਡਿੰਗ। ਹਰ ਰੋਜ਼ ਸਵੇਰੇ [[ADDRESS:ਗੁਰਦੁਆਰਾ ਸਿੰਘ ਸਭਾ]] ਜਾਂਦੀ ਹਾਂ; ਅਸੀਂ [[OTHER_SPECIAL:ਅੰਮ੍ਰਿਤਧਾਰੀ]] ਟੱਬਰ ਹਾਂ।

ਇਸ ਬਿਲਡਿੰਗ ਵਿੱਚ ਕਿੰਨੇ ਲੋਕ ਆਏ ਤੇ ਗਏ। ਮਿਸਿਜ਼ [[PERSON:ਹਿਊਜ਼]], ਜਿਸ ਨੇ ਮੈਨੂੰ ਬੱਸ ਦੀ ਟਿਕਟ ਲੈਣੀ ਸਿਖਾਈ;
ਬੀਬੀ [[PERSON:ਪ੍ਰੀਤਮ]] [[ADDRESS:ਫਲੈਟ ੬]] ਵਾਲੀ, ਜੋ ਸਾਰੀ ਬਿਲਡਿੰਗ ਦੀਆਂ ਕੁੜੀਆਂ ਦੇ ਸੂਟ ਸਿਉਂਦੀ ਸੀ; ਤੇ
[[PERSON:ਬਿੱਲਾ]], ਜਿਸ ਦਾ ਅਸਲੀ ਨਾਮ [[PERSON:ਬਲਬੀਰ]] ਸੀ ਪਰ ਕਿਸੇ ਨੇ ਕਦੇ ਨਹੀਂ ਲਿਆ। ਹਾਊਸਿੰਗ ਅਫ਼ਸਰ ਵੀ ਬਦਲਦੇ
ਰਹੇ: ਮਿਸਟਰ [[PERSON:ਗਰੀਨ]], ਫਿਰ [[PERSON:ਨਵਦੀਪ]], ਹੁਣ [[PERSON:ਸ਼ੈਰਨ]]।

ਪਿਛਲੇ ਸਾਲ ਉੱਪਰ ਵਾਲੇ ਫਲੈਟ ਦੇ ਬਾਥਰੂਮ ਦਾ ਪਾਣੀ ਮੇਰੀ ਰਸੋਈ ਦੀ ਛੱਤ ਵਿੱਚੋਂ ਚੋਣ ਲੱਗ ਪਿਆ ਤੇ ਬੱਤੀਆਂ ਵਾਰ-ਵਾਰ
ਬੰਦ ਹੋ ਜਾਂਦੀਆਂ। ਮੈਨੂੰ ਗੋਡਿਆਂ ਦਾ [[HEALTH:ਗਠੀਆ]] ਹੈ, ਹਨੇਰੇ ਵਿੱਚ ਦੋ ਵਾਰ ਡਿੱਗਦੀ-ਡਿੱਗਦੀ ਬਚੀ।
[[ORGANISATION:Westbrook Housing Group]] ਨੂੰ [[PHONE:020 7946 0388]] 'ਤੇ ਫ਼ੋਨ ਕੀਤੇ, ਮੁਰੰਮਤ ਨੰਬਰ
[[REFERENCE:WHG-558102]] ਮਿਲਿਆ, ਪਰ [[ORGANISATION:Quickfix Plumbing]] ਵਾਲੇ ਉੱਪਰਲੇ ਫਲੈਟ ਦਾ ਦਰਵਾਜ਼ਾ ਬੰਦ
ਦੇਖ ਕੇ ਮੁੜ ਜਾਂਦੇ।

ਮੇਰੀ ਪੋਤੀ [[PERSON:ਸਿਮਰਨ]] ਨੇ ਸ਼ਿਕਾਇਤ ਲਿਖੀ ਅਤੇ ਆਪਣੀ ਈਮੇਲ [[EMAIL:simran.grewal@example.org]] ਦਿੱਤੀ।
ਦੂਜੇ ਪੜਾਅ 'ਤੇ [[PERSON:ਸ਼ੈਰਨ]] ਖ਼ੁਦ ਆਈ, ਬਿਜਲੀ ਵਾਲੇ ਨੂੰ ਨਾਲ ਲਿਆਈ, ਅਤੇ ਉੱਪਰਲੇ ਫਲੈਟ ਦਾ ਦਰਵਾਜ਼ਾ ਕਾਨੂੰਨੀ ਨੋਟਿਸ
ਦੇ ਕੇ ਖੁਲ੍ਹਵਾਇਆ। ਪਾਈਪ ਬਦਲੀ ਗਈ, ਮੇਰੀ ਰਸੋਈ ਦੀ ਛੱਤ ਤੇ ਤਾਰਾਂ ਨਵੀਆਂ ਪਈਆਂ, ਅਤੇ ੪੫੦ ਪੌਂਡ ਮੁਆਵਜ਼ਾ ਮਿਲਿਆ। ਹੁਣ
ਜੇ ਠੇਕੇਦਾਰ ਨੂੰ ਅੰਦਰ ਨਾ ਜਾਣ ਦਿੱਤਾ ਜਾਵੇ ਤਾਂ ਉਹ ਚੁੱਪ ਕਰਕੇ ਨਹੀਂ ਮੁੜਦੇ, ਸਿੱਧਾ ਅਫ਼ਸਰ ਨੂੰ ਦੱਸਦੇ ਹਨ।
[[PERSON:ਬਿੱਲਾ]] ਹੁੰਦਾ ਤਾਂ ਕਹਿੰਦਾ, "ਬੇਬੇ, ਜਿੱਤ ਗਏ।"
"""),
    ),
    (
        "fv2ao-pa-02",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਗੁਰਬਚਨ ਸਿੰਘ ਢਿੱਲੋਂ]] ਹਾਂ, ਪਰ ਫਾਊਂਡਰੀ ਵਿੱਚ ਸਾਰੇ ਮੈਨੂੰ [[PERSON:ਬੈਨ]] ([[PERSON:Ben]]) ਕਹਿੰਦੇ
ਸਨ। ਜਨਮ [[DATE_OF_BIRTH:੨੨ ਨਵੰਬਰ ੧੯੩੮]], ਜਲੰਧਰ ਜ਼ਿਲ੍ਹੇ ਦਾ ਇੱਕ ਪਿੰਡ। ੧੯੬੨ ਵਿੱਚ ਸਮੈਦਿਕ ਆਇਆ ਤੇ ਅੱਜ ਵੀ
ਇੱਥੇ ਹੀ ਹਾਂ, [[AGE:੮੫]] ਦਾ ਹੋ ਗਿਆ। ਪਹਿਲਾਂ [[ADDRESS:੯੧ ਕੇਪ ਹਿੱਲ]] ਦੇ ਇੱਕ ਘਰ ਵਿੱਚ ਗਿਆਰਾਂ ਬੰਦੇ ਰਹਿੰਦੇ
ਸੀ। ੧੯੭੨ ਤੋਂ ਕੌਂਸਲ ਦੇ ਘਰ [[ADDRESS:44 Tiverton Road]], [[POSTCODE:B67 5HE]] ਵਿੱਚ ਹਾਂ,
[[ADDRESS:ਗੁਰਦੁਆਰਾ ਗੁਰੂ ਨਾਨਕ ਦਰਬਾਰ]] ਤੋਂ ਦੋ ਗਲੀਆਂ ਦੂਰ। ਮੇਰੀ ਘਰਵਾਲੀ [[PERSON:ਮਹਿੰਦਰ ਕੌਰ]]
([[DATE_OF_BIRTH:੧੯੪੨-੦੧-੩੦]]) ਪੰਜ ਸਾਲ ਪਹਿਲਾਂ ਚਲੀ ਗਈ।

ਸੱਤਰਵਿਆਂ ਵਿੱਚ ਸਾਡੀ ਕੰਧ 'ਤੇ ਗੰਦੀਆਂ ਗੱਲਾਂ ਲਿਖੀਆਂ ਜਾਂਦੀਆਂ ਸਨ, ਪਰ ਗੁਆਂਢੀ ਵੀ ਚੰਗੇ ਸਨ: [[PERSON:ਐਲਫ਼]] ਤੇ
ਉਸ ਦੀ ਘਰਵਾਲੀ [[PERSON:ਆਇਰੀਨ]], [[ADDRESS:ਨੰਬਰ 42]] ਵਾਲੇ, ਜੋ ਹਰ ਵਾਰ ਸਾਡੇ ਨਾਲ ਕੰਧ ਸਾਫ਼ ਕਰਦੇ;
[[OTHER_SPECIAL:ਜਮਾਇਕਨ]] ਗੁਆਂਢੀ [[PERSON:ਲੈਰੀ]], ਜਿਸ ਨੂੰ ਸਭ "[[PERSON:ਡੌਕ]]" ਕਹਿੰਦੇ ਕਿਉਂਕਿ ਉਹ ਹਰ ਟੁੱਟੀ
ਚੀਜ਼ ਠੀਕ ਕਰ ਦਿੰਦਾ; ਤੇ ਸਾਡਾ [[PERSON:ਲਾਡੀ]], ਮੇਰੇ ਭਰਾ ਦਾ ਮੁੰਡਾ।

ਪਿਛਲੇ ਸਾਲ ਉਹ ਪੁਰਾਣੇ ਦਿਨ ਮੁੜ ਆਏ। ਮੇਰੇ ਗੈਰਾਜ ਦੇ ਦਰਵਾਜ਼ੇ 'ਤੇ ਕਿਸੇ ਨੇ [[OTHER_SPECIAL:ਸਿੱਖਾਂ]] ਖ਼ਿਲਾਫ਼
ਗਾਲ੍ਹਾਂ ਲਿਖੀਆਂ ਅਤੇ ਮੇਰੀ ਗੱਡੀ [[OTHER_ID:FE09 KLU]] ਦੇ ਸ਼ੀਸ਼ੇ ਤੋੜ ਦਿੱਤੇ। ਮੈਂ
[[ORGANISATION:Smethwick & Oldbury Homes]] ਨੂੰ ਦੱਸਿਆ; ਐਂਟੀਸੋਸ਼ਲ ਕੇਸ ਨੰਬਰ [[REFERENCE:ASB 23/1187]]
ਖੁੱਲ੍ਹਿਆ, ਪਰ ਦੋ ਮਹੀਨੇ ਕੋਈ ਨਹੀਂ ਆਇਆ ਅਤੇ ਲਿਖਤ ਉੱਥੇ ਹੀ ਰਹੀ। ਹਰ ਸਵੇਰ ਗੁਰਦੁਆਰੇ ਜਾਂਦਿਆਂ ਮੈਨੂੰ ਉਹ ਪੜ੍ਹਨੀ
ਪੈਂਦੀ ਸੀ।

ਮੇਰੇ ਪੋਤੇ [[PERSON:ਹਰਮਨ]] ਨੇ ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਨੰਬਰ [[REFERENCE:SOH-CMP-20931]], ਤੇ ਆਪਣਾ ਨੰਬਰ ਦਿੱਤਾ:
[[PHONE:੦੭੭੦੦ ੯੦੦ ੨੫੮]]। ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ ਕਮਿਊਨਿਟੀ ਸੇਫ਼ਟੀ ਵਾਲੀ [[PERSON:ਰੇਚਲ ਐਡਮਜ਼]] ਘਰ ਆਈ, ਚਾਹ ਪੀਤੀ
ਅਤੇ ਹੱਥ ਜੋੜ ਕੇ ਮਾਫ਼ੀ ਮੰਗੀ। ਅਗਲੇ ਦਿਨ ਲਿਖਤ ਸਾਫ਼ ਹੋ ਗਈ, ਗੈਰਾਜ 'ਤੇ ਕੈਮਰਾ ਅਤੇ ਬੱਤੀ ਲੱਗ ਗਈ, ਤੇ ਗੱਡੀ ਲਈ ੩੦੦
ਪੌਂਡ ਮਿਲੇ। ਹੁਣ ਨਿਯਮ ਬਣ ਗਿਆ ਹੈ ਕਿ ਨਫ਼ਰਤ ਵਾਲੀ ਲਿਖਤ ੨੪ ਘੰਟਿਆਂ ਵਿੱਚ ਸਾਫ਼ ਹੋਵੇਗੀ ਅਤੇ ਅਫ਼ਸਰ ਉਸੇ ਹਫ਼ਤੇ ਘਰ
ਆਵੇਗਾ। [[PERSON:ਐਲਫ਼]] ਦੀ ਧੀ ਅੱਜ ਵੀ [[ADDRESS:ਨੰਬਰ 42]] ਵਿੱਚ ਰਹਿੰਦੀ ਹੈ। ਉਹ ਕਹਿੰਦੀ ਸੀ, "ਡੈਡ ਹੁੰਦੇ ਤਾਂ
ਬਹੁਤ ਖ਼ੁਸ਼ ਹੁੰਦੇ।"
"""),
    ),
    (
        "fv2ao-pa-03",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਜਸਵੰਤ ਕੌਰ ਬਾਸੀ]] ਹਾਂ, ਵੁਲਵਰਹੈਂਪਟਨ ਵਿੱਚ ਪੰਜਾਹ ਸਾਲਾਂ ਤੋਂ। ਮੇਰੇ ਸਰਦਾਰ ਜੀ,
[[PERSON:ਅਜੀਤ ਸਿੰਘ ਬਾਸੀ]], [[DATE_OF_BIRTH:ਪਹਿਲੀ ਜੁਲਾਈ ਉੱਨੀ ਸੌ ਚਾਲੀ]] ਨੂੰ ਜੰਮੇ ਸਨ ਅਤੇ ਤੀਹ ਸਾਲ ਬੱਸਾਂ
ਚਲਾਈਆਂ। ਅਸੀਂ ਪਹਿਲਾਂ [[ADDRESS:੭ ਲੋਅਰ ਸਟੈਫ਼ਰਡ ਸਟਰੀਟ]] ਵਿੱਚ ਕਿਰਾਏ 'ਤੇ ਰਹੇ, ਫਿਰ ੧੯੮੫ ਤੋਂ ਇਸ ਤਿੰਨ ਕਮਰਿਆਂ ਵਾਲੇ
ਘਰ ਵਿੱਚ: [[ADDRESS:17 Dunstall Crescent]], [[POSTCODE:wv65dn]]। ਸਾਹਮਣੇ [[ADDRESS:ਗੁਰਦੁਆਰਾ ਬਾਬਾ ਜੀਵਨ ਸਿੰਘ]]
ਦਾ ਨਿਸ਼ਾਨ ਸਾਹਿਬ ਦਿਸਦਾ ਹੈ।

ਗਲੀ ਵਿੱਚ ਸਾਡੇ ਪੁਰਾਣੇ ਸਾਥੀ ਹੁਣ ਘੱਟ ਰਹਿ ਗਏ ਹਨ। [[PERSON:ਡੋਰਿਸ]], ਜੋ ਮੈਨੂੰ "[[PERSON:ਜੈਸ]]" ਕਹਿੰਦੀ ਸੀ;
ਡਾਕੀਆ [[PERSON:ਟੋਨੀ]], ਜਿਸ ਨੂੰ ਬੱਚੇ "[[PERSON:ਪੋਸਟੀ ਟੋਨੀ]]" ਕਹਿੰਦੇ; ਤੇ [[PERSON:ਨਿੰਮੀ]] ਭੈਣ ਜੀ
[[ADDRESS:ਨੰਬਰ ੧੯]] ਵਾਲੀ, ਜਿਸ ਨਾਲ ਮੈਂ ਤੀਹ ਸਾਲ ਹਰ ਐਤਵਾਰ ਲੰਗਰ ਦੀ ਸੇਵਾ ਕੀਤੀ।

ਹੁਣ ਇਸ ਘਰ ਵਿੱਚ ਅਸੀਂ ਅੱਠ ਜੀਅ ਹਾਂ: ਮੈਂ, ਮੇਰਾ ਪੁੱਤ [[PERSON:ਮਨਦੀਪ]], ਨੂੰਹ [[PERSON:ਰਾਜਵਿੰਦਰ]], ਅਤੇ ਚਾਰ
ਬੱਚੇ, [[PERSON:ਗੁਰਲੀਨ]] ([[AGE:੧੪ ਸਾਲ]]), [[PERSON:ਜੈਸਮੀਨ]] ([[AGE:੧੧]]), ਅਤੇ ਜੁੜਵੇਂ [[PERSON:ਅਮਨ]] ਤੇ
[[PERSON:ਅਰਮਾਨ]] ([[AGE:੫ ਸਾਲ]]), ਜੋ [[ADDRESS:ਓਕਮੂਰ ਪ੍ਰਾਇਮਰੀ]] ਵਿੱਚ ਪੜ੍ਹਦੇ ਹਨ। ਮੈਨੂੰ [[HEALTH:ਸ਼ੂਗਰ]] ਹੈ ਤੇ
[[PERSON:ਅਮਨ]] ਨੂੰ [[HEALTH:ਮਿਰਗੀ]]। ਛੇ ਸਾਲ ਅਸੀਂ ਹਾਊਸਿੰਗ ਰਜਿਸਟਰ 'ਤੇ ਰਹੇ, ਨੰਬਰ [[REFERENCE:HR-0448172]],
ਪਰ ਬੋਲੀ ਲਾ-ਲਾ ਕੇ ਥੱਕ ਗਏ।

ਪਤਾ ਲੱਗਾ ਕਿ [[ORGANISATION:Black Country Living]] ਨੇ [[PERSON:ਅਮਨ]] ਦਾ ਡਾਕਟਰੀ ਫ਼ਾਰਮ ਕਦੇ ਦਰਜ ਹੀ ਨਹੀਂ ਕੀਤਾ
ਸੀ, ਇਸ ਲਈ ਸਾਡਾ ਬੈਂਡ ਗ਼ਲਤ ਸੀ। [[PERSON:ਮਨਦੀਪ]] ਨੇ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਈਮੇਲ
[[EMAIL:mandeep dot bassi at example dot com]] ਤੋਂ, ਤੇ ਫ਼ੋਨ [[PHONE:0121 496 0267]] ਦਿੱਤਾ। ਅਫ਼ਸਰ
[[PERSON:ਕੈਰਨ ਵੈੱਬ]] ਨੇ ਫ਼ਾਈਲ ਦੇਖੀ ਤੇ ਮੰਨਿਆ ਕਿ ਫ਼ਾਰਮ ਈਮੇਲ ਵਿੱਚ ਹੀ ਗੁਆਚ ਗਿਆ ਸੀ।

ਬੈਂਡ ਠੀਕ ਹੋਇਆ, ਤੇ ਚਾਰ ਮਹੀਨਿਆਂ ਵਿੱਚ ਪੰਜ ਕਮਰਿਆਂ ਵਾਲਾ ਘਰ ਮਿਲ ਗਿਆ, ਇਸੇ ਗੁਰਦੁਆਰੇ ਦੇ ਨੇੜੇ। ੫੦੦ ਪੌਂਡ ਵੀ
ਮਿਲੇ। ਹੁਣ ਹਰ ਡਾਕਟਰੀ ਫ਼ਾਰਮ ਮਿਲਣ 'ਤੇ ਪਰਿਵਾਰ ਨੂੰ ਰਸੀਦ ਭੇਜੀ ਜਾਂਦੀ ਹੈ, ਅਤੇ ਕੋਈ ਬੰਦਾ ਆਪ ਫ਼ਾਈਲ ਦੇਖਦਾ ਹੈ।
ਸਰਦਾਰ ਜੀ ਹੁੰਦੇ ਤਾਂ ਪਹਿਲਾ ਲੱਡੂ [[PERSON:ਨਿੰਮੀ]] ਨੂੰ ਦਿੰਦੇ।
"""),
    ),
    (
        "fv2ao-pa-04",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਮ [[PERSON:ਮੋਹਨ ਸਿੰਘ ਸੱਗੂ]] ਹੈ, ਉਮਰ [[AGE:੮੯ ਵਰ੍ਹੇ]]। ਜਨਮ [[DATE_OF_BIRTH:ਅੱਠ ਅਗਸਤ ਉੱਨੀ ਸੌ ਪੈਂਤੀ]]।
ਅਸੀਂ ੧੯੬੮ ਵਿੱਚ ਨੈਰੋਬੀ ਤੋਂ ਲੈਸਟਰ ਆਏ, ਤੇ ਮੇਰੀ ਘਰਵਾਲੀ [[PERSON:ਗਿਆਨ ਕੌਰ]], ਜਿਸ ਨੂੰ ਸਭ
[[PERSON:ਗਿਆਨੋ]] ਕਹਿੰਦੇ, [[DATE_OF_BIRTH:੧੯ ਫ਼ਰਵਰੀ ੧੯੩੬]] ਨੂੰ ਜੰਮੀ ਸੀ। ਤੀਹ ਸਾਲ ਅਸੀਂ
[[ADDRESS:56 Kenmore Street]] ਵਿੱਚ ਰਹੇ, ਜਿੱਥੇ ਗੁਆਂਢ ਵਿੱਚ [[OTHER_SPECIAL:ਗੁਜਰਾਤੀ]] ਪਰਿਵਾਰ, ਮਿਸਟਰ
[[PERSON:ਪਟੇਲ]] ਤੇ ਉਨ੍ਹਾਂ ਦੇ ਮੁੰਡੇ, ਸਾਡੇ ਆਪਣਿਆਂ ਵਰਗੇ ਸਨ।

[[PERSON:ਗਿਆਨੋ]] ਦੇ ਜਾਣ ਤੋਂ ਬਾਅਦ ੨੦੧੬ ਵਿੱਚ ਮੈਂ ਬਜ਼ੁਰਗਾਂ ਵਾਲੀ ਸਕੀਮ ਵਿੱਚ ਆ ਗਿਆ:
[[ADDRESS:ਫਲੈਟ ੧੯, ਮੈਲਬੌਰਨ ਹਾਊਸ]], [[POSTCODE:LE5 3RW]], [[ADDRESS:ਗੁਰਦੁਆਰਾ ਨਾਨਕਸਰ]] ਦੇ ਬਿਲਕੁਲ ਪਿੱਛੇ।
ਇੱਥੇ ਵੀ ਚੰਗੇ ਲੋਕ ਮਿਲੇ: [[PERSON:ਬੈਟੀ ਬੂ]], ਜੋ [[AGE:ਨੱਬੇ ਸਾਲ]] ਦੀ ਹੋ ਕੇ ਵੀ ਗਾਉਂਦੀ ਹੈ, ਅਤੇ [[PERSON:ਸ਼ਾਂਤੀ]]
ਭੈਣ ਜੀ [[ADDRESS:ਫਲੈਟ ੨੧]] ਵਾਲੀ। ਸਾਡੀ ਵਾਰਡਨ [[PERSON:ਜੂਨ]] ਹੈ; ਉਸ ਤੋਂ ਪਹਿਲਾਂ [[PERSON:ਡੈਰਿਲ]] ਸੀ।

ਮੈਨੂੰ [[HEALTH:ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ]] ਅਤੇ [[HEALTH:ਦਿਲ ਦੀ ਬਿਮਾਰੀ]] ਹੈ। ਪਿਛਲੇ ਸਾਲ ਜੂਨ ਮਹੀਨੇ ਦੀ ਇੱਕ ਰਾਤ ਮੈਂ
ਬਾਥਰੂਮ ਵਿੱਚ ਡਿੱਗ ਪਿਆ ਅਤੇ ਅਲਾਰਮ ਦੀ ਡੋਰੀ ਖਿੱਚੀ, ਪਰ ਕੋਈ ਨਹੀਂ ਆਇਆ। ਛੇ ਘੰਟੇ ਫ਼ਰਸ਼ 'ਤੇ ਪਿਆ ਰਿਹਾ, ਸਵੇਰੇ
[[PERSON:ਜੂਨ]] ਨੇ ਲੱਭਿਆ। ਪਤਾ ਲੱਗਾ ਕਿ [[ORGANISATION:CareLine Connect]] ਨੇ ਨਵਾਂ ਸਿਸਟਮ ਲਾਇਆ ਸੀ ਅਤੇ ਮੇਰੇ
ਫਲੈਟ ਦੀ ਡੋਰੀ ਜੋੜੀ ਹੀ ਨਹੀਂ ਸੀ।

ਮੇਰੇ ਭਤੀਜੇ [[PERSON:ਰਵੀ]] ਨੇ [[ORGANISATION:Evington Homes Trust]] ਨੂੰ ਸ਼ਿਕਾਇਤ ਲਿਖੀ, ਨੰਬਰ
[[REFERENCE:EHT-ALM-3021]], ਅਤੇ ਜਵਾਬ ਲਈ ਆਪਣਾ ਪਤਾ ਦਿੱਤਾ: [[EMAIL:ravi.saggu at example dot net]]।
ਦਫ਼ਤਰ ਦਾ ਨੰਬਰ [[PHONE:0116 496 0591]] ਸਾਰਾ ਦਿਨ ਵਿਅਸਤ ਰਹਿੰਦਾ ਸੀ। ਪਹਿਲੇ ਜਵਾਬ ਵਿੱਚ ਲਿਖਿਆ ਸੀ ਕਿ ਇਹ ਠੇਕੇਦਾਰ ਦੀ
ਗ਼ਲਤੀ ਹੈ।

ਫਿਰ ਮੈਨੇਜਰ [[PERSON:ਐਂਡਰਿਊ ਕੋਲਿਨਜ਼]] ਆਪ ਆਇਆ। ਉਸ ਨੇ ਮੰਨਿਆ ਕਿ ਜ਼ਿੰਮੇਵਾਰੀ ਉਨ੍ਹਾਂ ਦੀ ਹੈ। ਸਾਰੀ ਸਕੀਮ ਦੀਆਂ
ਚਾਲੀ ਡੋਰੀਆਂ ਉਸੇ ਹਫ਼ਤੇ ਜਾਂਚੀਆਂ ਗਈਆਂ, ਤੇ ਤਿੰਨ ਹੋਰ ਫਲੈਟਾਂ ਦੀਆਂ ਵੀ ਜੁੜੀਆਂ ਨਹੀਂ ਸਨ। ਮੈਨੂੰ ੭੫੦ ਪੌਂਡ ਅਤੇ
ਲਿਖਤੀ ਮਾਫ਼ੀ ਮਿਲੀ। ਹੁਣ ਹਰ ਮਹੀਨੇ ਹਰ ਫਲੈਟ ਦੀ ਡੋਰੀ ਖਿੱਚ ਕੇ ਜਾਂਚ ਹੁੰਦੀ ਹੈ, ਅਤੇ [[PERSON:ਜੂਨ]] ਕੋਲ ਇੱਕ ਸੂਚੀ
ਹੈ ਜਿਸ 'ਤੇ ਅਸੀਂ ਦਸਤਖ਼ਤ ਕਰਦੇ ਹਾਂ।
"""),
    ),
    (
        "fv2ao-pa-05",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਦਰਸ਼ਨ ਸਿੰਘ ਜੌਹਲ]], ਗ੍ਰੇਵਜ਼ੈਂਡ ਵਿੱਚ ੧੯੬੬ ਤੋਂ। ਤੀਹ ਸਾਲ ਬੱਸਾਂ ਚਲਾਈਆਂ, ਤੇ ਪੱਗ ਬੰਨ੍ਹ ਕੇ ਡਿਊਟੀ
ਕਰਨ ਦੀ ਲੜਾਈ ਵੀ ਲੜੀ। ਹੁਣ [[AGE:੮੩ ਸਾਲਾਂ]] ਦਾ ਹਾਂ। ਪਹਿਲਾ ਟਿਕਾਣਾ [[ADDRESS:21 Clarence Row]] ਸੀ, ਇੱਕ
ਕਮਰਾ, ਛੇ ਬੰਦੇ। ੧੯੭੪ ਤੋਂ ਇਹ ਘਰ ਹੈ: [[ADDRESS:੮ ਪੈਲਹਮ ਕਲੋਜ਼]], [[POSTCODE:da11 0qs]], ਦ
[[ADDRESS:ਬਲੈਕ ਹੌਰਸ]] ਪੱਬ ਦੇ ਸਾਹਮਣੇ ਵਾਲੀ ਕਤਾਰ ਵਿੱਚ ਤੀਜਾ।

ਮੇਰੀ [[PERSON:ਕੁਲਵੰਤ]], ਜਿਸ ਨੂੰ ਮੈਂ [[PERSON:ਕੁੱਲੀ]] ਕਹਿੰਦਾ ਸੀ, [[DATE_OF_BIRTH:31/12/1944]] ਨੂੰ ਜੰਮੀ ਸੀ,
ਨਵੇਂ ਸਾਲ ਤੋਂ ਇੱਕ ਦਿਨ ਪਹਿਲਾਂ। ਉਹ ਹਰ ਰੋਜ਼ [[ADDRESS:ਗੁਰਦੁਆਰਾ ਦਸਮੇਸ਼ ਦਰਬਾਰ]] ਜਾਂਦੀ ਸੀ, ਹੁਣ ਮੈਂ ਜਾਂਦਾ ਹਾਂ।
ਗਲੀ ਦੇ ਯਾਰ: [[PERSON:ਨੌਬੀ ਸਟਾਈਲਜ਼]], ਜੋ ਮੇਰੇ ਨਾਲ ਡਿਪੂ ਵਿੱਚ ਕੰਡਕਟਰ ਸੀ; ਚਾਚਾ [[PERSON:ਮੱਖਣ]], ਜਿਸ ਦੀ
ਬੈਠਕ ਵਿੱਚ ਸਾਰੀ ਗਲੀ ਦੇ ਮਸਲੇ ਹੱਲ ਹੁੰਦੇ; ਅਤੇ ਮਿਸਿਜ਼ [[PERSON:ਡਾਲਟਨ]] [[ADDRESS:ਨੰਬਰ ੬]] ਵਾਲੀ, ਜਿਸ ਨੇ
ਸਾਡੇ ਮੁੰਡਿਆਂ ਨੂੰ ਕ੍ਰਿਕਟ ਨਹੀਂ, ਫੁੱਟਬਾਲ ਸਿਖਾਇਆ।

ਮੈਨੂੰ [[HEALTH:ਦਮਾ]] ਹੈ। ਸਾਡੀਆਂ ਖਿੜਕੀਆਂ ਅੱਸੀਵਿਆਂ ਦੀਆਂ ਸਨ, ਲੱਕੜ ਗਲ ਗਈ, ਸਿਆਲ ਵਿੱਚ ਹਵਾ ਅੰਦਰ ਤੇ ਕੰਧਾਂ
'ਤੇ ਉੱਲੀ। [[ORGANISATION:Thameside Homes]] ਨੇ ਤਿੰਨ ਸਾਲ "ਅਗਲੇ ਪ੍ਰੋਗਰਾਮ ਵਿੱਚ" ਕਹਿ ਕੇ ਟਾਲਿਆ, ਤੇ
[[ORGANISATION:ClearView Windows Kent]] ਵਾਲੇ ਸਿਰਫ਼ ਫ਼ੋਮ ਭਰ ਕੇ ਚਲੇ ਜਾਂਦੇ।

ਮੇਰੀ ਦੋਹਤੀ [[PERSON:ਅਵਨੀਤ]] ਨੇ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਨੰਬਰ [[REFERENCE:TH/CX/7710]], ਅਤੇ ਫਿਰ ਹਾਊਸਿੰਗ ਓਮਬਡਸਮੈਨ
ਕੋਲ ਗਈ, ਕੇਸ [[REFERENCE:202306649]]। ਉਸ ਨੇ ਆਪਣਾ ਨੰਬਰ ਵੀ ਲਿਖਿਆ:
[[PHONE:ਸਿਫ਼ਰ ਸੱਤ ਸੱਤ ਸਿਫ਼ਰ ਸਿਫ਼ਰ, ਨੌਂ ਸਿਫ਼ਰ ਸਿਫ਼ਰ, ਸੱਤ ਦੋ ਤਿੰਨ]]। ਓਮਬਡਸਮੈਨ ਨੇ ਕਿਹਾ ਕਿ ਟਾਲਮਟੋਲ ਗ਼ਲਤ ਸੀ।

ਨਵੀਆਂ ਖਿੜਕੀਆਂ ਲੱਗ ਗਈਆਂ, ਉੱਲੀ ਸਾਫ਼ ਹੋਈ, ਅਤੇ ੧,੨੦੦ ਪੌਂਡ ਮੇਰੇ ਖਾਤੇ ਵਿੱਚ ਆਏ, ਸੌਰਟ ਕੋਡ
[[OTHER_ID:40-19-22]], ਖਾਤਾ ਨੰਬਰ [[OTHER_ID:71002384]]। ਹੁਣ [[ORGANISATION:Thameside Homes]] ਨੇ ਕਿਹਾ ਹੈ
ਕਿ ਜਿਸ ਘਰ ਵਿੱਚ ਕਿਸੇ ਨੂੰ ਸਾਹ ਦੀ ਬਿਮਾਰੀ ਹੈ, ਉੱਥੇ ਖਿੜਕੀਆਂ ਪ੍ਰੋਗਰਾਮ ਦੀ ਉਡੀਕ ਨਹੀਂ ਕਰਨਗੀਆਂ। [[PERSON:ਕੁੱਲੀ]]
ਹੁੰਦੀ ਤਾਂ ਕਹਿੰਦੀ, "ਦੇਰ ਆਏ, ਦਰੁਸਤ ਆਏ।"
"""),
    ),
    (
        "fv2ao-pl-01",
        "pl",
        _s("""
Nazywam się [[PERSON:Halina Brown]], z domu [[PERSON:Nowicka]]. Urodziłam się
[[DATE_OF_BIRTH:4 kwietnia 1947]] w obozie przesiedleńczym pod Bradford, gdzie rodzice trafili po
wojnie, więc jestem [[OTHER_SPECIAL:Polką]] urodzoną w Anglii. Dzieciństwo spędziłam przy
[[ADDRESS:7 Edmund Street]], a co niedzielę chodziliśmy do [[ADDRESS:kościoła Matki Bożej Częstochowskiej]],
do którego chodzę do dziś. Mój śp. mąż [[PERSON:Derek]], urodzony [[DATE_OF_BIRTH:30.01.1944]], kierowca
autobusu, zawsze żartował, że ożenił się z całą parafią.

Od 1972 roku mieszkamy, a teraz już tylko ja, pod [[ADDRESS:52 Fernhill Road]] na osiedlu
[[ADDRESS:Lidget Moor Estate]], [[POSTCODE:BD4 9PJ]]. Ileż ja tu ludzi pochowałam i powitałam! Pani
[[PERSON:Krysia]] spod [[ADDRESS:czternastki]], z którą lepiłyśmy pierogi na wigilię dla pół ulicy; pan
[[PERSON:Heniek]], co naprawiał wszystkim rowery; i [[PERSON:Smudge]], sąsiad [[PERSON:Dereka]] z zajezdni,
którego prawdziwego imienia nikt nie pamiętał. Z [[PERSON:Krysią]] do dziś piję herbatę w czwartki.
Urzędników też było wielu: pan [[PERSON:Whitaker]] z teczką, potem [[PERSON:Dawn]], teraz młody
[[PERSON:Imran]].

Dwa lata temu ktoś włamał się przez tylne drzwi. Zamek był zepsuty od dawna, drewno spróchniałe. Po
włamaniu drzwi nie dało się zamknąć przez cztery miesiące. Po śmierci [[PERSON:Dereka]] mam
[[HEALTH:depresję]], a do tego [[HEALTH:cukrzycę]], i nie spałam po nocach, siedziałam w kuchni z krzesłem
podpartym o klamkę. Dzwoniłam do [[ORGANISATION:Aire & Calder Housing]] na [[PHONE:0113 496 0208]], a
firma [[ORGANISATION:Securifit Yorkshire]] dwa razy przyjechała ze złym wymiarem drzwi.

Syn [[PERSON:Marek]] złożył skargę, numer [[REFERENCE:ACH/17/33829]], i podał swój e-mail:
[[EMAIL:marek.brown@example.co.uk]]. Na drugim etapie przyszedł [[PERSON:Imran]] osobiście, usiadł ze mną w
tej kuchni i przeprosił.

W tydzień były nowe drzwi, nowe okno w kuchni i czujnik ruchu z lampą. Dostałam 600 funtów. Teraz
[[ORGANISATION:Aire & Calder Housing]] ma zasadę, że po włamaniu zabezpiecza dom tego samego dnia, a
osoby mieszkające samotnie dostają telefon następnego ranka. Pani [[PERSON:Krysia]] mówi, że to dzięki
mnie; ja mówię, że dzięki [[PERSON:Imranowi]].
"""),
    ),
    (
        "fv2ao-pl-02",
        "pl",
        _s("""
Jestem [[PERSON:Zbigniew Wróbel]], dla znajomych [[PERSON:Zbyszek]], urodzony
[[DATE_OF_BIRTH:17 października 1954]] w Łodzi, więc mam już [[AGE:70 lat]]. Przyjechałem do
Peterborough w 2005 roku, pracowałem w pakowni, a pierwsze dwa lata mieszkałem z siedmioma chłopakami w
domu pod [[ADDRESS:212 Gladstone Street]]. Mam [[OTHER_SPECIAL:status osoby osiedlonej]], więc mogłem
potem dostać mieszkanie socjalne.

Od 2009 roku mieszkam w [[ADDRESS:Flat 41, Ashcroft House]], [[POSTCODE:PE1 3TQ]], naprzeciwko
sklepu [[ADDRESS:Polonez]], więc każdy trafi. Moja żona [[PERSON:Jadwiga]], [[PERSON:Jadzia]], urodzona
[[DATE_OF_BIRTH:dwudziestego maja pięćdziesiątego siódmego]], odeszła w 2019. Sąsiedzi to moja rodzina:
[[PERSON:Gienek]] z parteru, pani [[PERSON:Rasa]], [[OTHER_SPECIAL:Litwinka]] z [[ADDRESS:mieszkania 39]],
co piecze najlepszy chleb w bloku, i [[PERSON:Big Dave]], który mówi na mnie "[[PERSON:Zibi]]". Od
[[PERSON:Dave'a]] nauczyłem się więcej angielskiego niż na kursie.

Mam [[HEALTH:łuszczycę]] i lekarz kazał mi codziennie moczyć się w wannie. Zimą 2023 cały blok został
bez ciepłej wody na prawie trzy miesiące, bo wspólny kocioł ciągle się psuł. Firma
[[ORGANISATION:Fenland Heating Services]] przyjeżdżała, coś kręciła i wyjeżdżała.
[[ORGANISATION:Nene Gateway Homes]] dawała nam tylko grzałki elektryczne, a prąd płaciliśmy sami.

Złożyłem skargę, numer [[REFERENCE:NGH-000731-HW]], z telefonem [[PHONE:+44 7700 900 584]] i mailem
[[EMAIL:zbyszek.wrobel@example.pl]]. Opiekunką bloku była wtedy [[PERSON:Natalie]], potem przyszedł
[[PERSON:Tomasz]], który mówi po polsku, ale i on nic nie mógł. Poszedłem więc do Rzecznika
Mieszkaniowego, sprawa [[REFERENCE:202401183]].

Rzecznik przyznał nam rację. Kocioł wymieniono na nowy, każde mieszkanie dostało zwrot za prąd i po
350 funtów odszkodowania, a ja list z przeprosinami. Teraz umowa z firmą mówi, że brak ciepłej wody
dłużej niż 48 godzin to awaria pilna, a [[PERSON:Tomasz]] co miesiąc robi zebranie w świetlicy. [[PERSON:Big Dave]]
przynosi ciastka.
"""),
    ),
    (
        "fv2ao-pl-03",
        "pl",
        _s("""
Mam [[AGE:91 lat]] i nazywam się [[PERSON:Irena Zawadzka]]. Urodziłam się [[DATE_OF_BIRTH:08.09.1933]]
w Wilnie, a do Nottingham przyjechałam w 1948, żeby wyjść za [[PERSON:Tadeusza]], który latał w dywizjonie
bombowym. [[PERSON:Tadeusz Zawadzki]] urodził się
[[DATE_OF_BIRTH:dwudziestego trzeciego lutego tysiąc dziewięćset dwudziestego czwartego roku]]; dla mnie
zawsze był [[PERSON:Tadziem]]. Zmarł w 2006.

Najpierw mieszkaliśmy u jego kolegi przy [[ADDRESS:34 Hungerhill Terrace]], potem czterdzieści lat w
domku komunalnym przy [[ADDRESS:9 Sycamore Walk]]. Tam wychowałam trójkę dzieci. Pani [[PERSON:Wanda]]
spod [[ADDRESS:jedenastki]] uczyła moje córki haftu, Mrs [[PERSON:Hopkins]] zza płotu nazywała mnie
"[[PERSON:Renie]]", a jej wnuczka [[PERSON:Lulu]] przychodziła do nas na pączki w tłusty czwartek.

Od 2011 roku mieszkam w domu dla seniorów, [[ADDRESS:Lavender Court]], [[ADDRESS:mieszkanie nr 3]],
[[POSTCODE:ng35ax]], blisko [[ADDRESS:kościoła św. Stanisława]], gdzie co niedzielę zawozi mnie wnuczka
[[PERSON:Kasia]]. Opiekunkami byli tu kolejno [[PERSON:Sharon]], potem [[PERSON:Kevin]], a przez ostatni
rok nikt.

I o to właśnie poszło. Przez cały rok płaciliśmy w opłatach za opiekuna, którego nie było.
[[ORGANISATION:Trent Meadows Housing]] pisała, że "stanowisko jest w trakcie obsadzania". Mam
[[HEALTH:zaćmę]] i nie czytam już małych liter, więc to [[PERSON:Kasia]] zauważyła tę pozycję na rachunku.
Złożyła skargę, numer [[REFERENCE:TMH-SC-2291]], i zostawiła mój numer, który zapisuję zawsze słownie,
żeby się nie pomylić:
[[PHONE:zero sto piętnaście, czterysta dziewięćdziesiąt sześć, zero sto dwadzieścia trzy]].

Odpowiedział pan [[PERSON:Gareth Lowe]], kierownik. Przyznał, że to był błąd. Każdy z dwudziestu
mieszkańców dostał zwrot za cały rok, a mnie przelali 412 funtów na konto z końcówką
[[OTHER_ID:5530]]. Od wiosny mamy nową opiekunkę, [[PERSON:Gosię]], która też mówi po polsku, a w
regulaminie jest teraz zapis: jeśli usługi nie ma dłużej niż miesiąc, nie ma też opłaty. Mój
[[PERSON:Tadzio]] byłby dumny z [[PERSON:Kasi]].
"""),
    ),
    (
        "fv2ao-pl-04",
        "pl",
        _s("""
Mam [[AGE:sześćdziesiąt osiem lat]], nazywam się [[PERSON:Bożena Maj]] i przyjechałam do Slough w maju
2006 roku, za córką. Mąż, [[PERSON:Ryszard]], czyli [[PERSON:Rysiek]], urodzony [[DATE_OF_BIRTH:02/11/1953]],
dołączył rok później. Z [[PERSON:Ryśkiem]] najpierw wynajmowaliśmy pokój nad pralnią przy
[[ADDRESS:88 Stoke Poges Parade]], a od 2010 mamy mieszkanie komunalne: [[ADDRESS:27 Montem Close]],
[[POSTCODE:SL1 2YB]]. [[PERSON:Rysiek]] zmarł trzy lata temu.

Teraz mieszka ze mną córka [[PERSON:Ania]] z dziećmi: [[PERSON:Zuzia]] ma [[AGE:7 lat]] i chodzi do
[[ADDRESS:Chalvey Brook Primary]], a [[PERSON:Wojtek]] ma [[AGE:półtora roku]]. Sąsiedzi są
różni, ale dobrzy: [[PERSON:Agnieszka]] z [[ADDRESS:dwudziestki piątki]], Mr [[PERSON:Singh]], który
zawsze odśnieża cały chodnik, i stara Granny [[PERSON:Pat]], która mnie uczyła angielskiego przy herbacie.
W niedzielę chodzimy do [[ADDRESS:kościoła św. Antoniego]], a do lekarza do [[ADDRESS:Salt Hill Surgery]].

Od dwóch lat z brodzika w łazience przeciekała woda pod podłogę i na ścianach wyszedł czarny grzyb.
[[PERSON:Wojtek]] ma [[HEALTH:atopowe zapalenie skóry]] i po każdej kąpieli był cały czerwony. Firma
[[ORGANISATION:AquaSeal Bathrooms]] trzy razy poprawiała silikon. [[ORGANISATION:Berkshire Vale Homes]]
odpowiadała, że to "kondensacja" i że mamy wietrzyć.

[[PERSON:Ania]] napisała skargę, numer [[REFERENCE:BVH 2024 04417]]. Podała swój telefon
[[PHONE:07700900912]] i e-mail, który dyktowałam przez telefon jako
[[EMAIL:ania.maj małpa example kropka com]]. Urzędniczka [[PERSON:Lorraine]] przyszła z inspektorem.
Zdjęli płytki i zobaczyli, że rura od brodzika była pęknięta od lat, a podłoga cała mokra.

W trzy tygodnie mieliśmy nową łazienkę, wentylator i wysuszone ściany. Dostałyśmy 800 funtów i
przeprosiny na piśmie, a także nowy materac dla [[PERSON:Wojtka]]. Teraz, gdy ktoś zgłasza grzyb w
mieszkaniu z małym dzieckiem, inspektor przychodzi w ciągu dziesięciu dni i sprawdza instalację, a nie
tylko okna. Pani [[PERSON:Maj]], jak mówią do mnie w biurze, jest teraz ich ulubioną lokatorką.
"""),
    ),
    (
        "fv2ao-pl-05",
        "pl",
        _s("""
Nazywam się [[PERSON:Józef Grabowski]], ale w Bostonie wszyscy mówią na mnie [[PERSON:Józek]]. Mam
[[AGE:73 lata]]. Przyjechałem w 2004, zaraz po wejściu Polski do Unii, do pracy przy kapuście i
brokułach. Pierwszy rok mieszkałem w zatłoczonym domu przy [[ADDRESS:18 Tunnard Street]], potem z żoną
[[PERSON:Danutą]] w bungalowie komunalnym przy [[ADDRESS:6 Fenside Close]], [[POSTCODE:PE21 8RT]],
naprzeciwko pubu [[ADDRESS:Ship Inn]]. [[PERSON:Danusia]] urodziła się
[[DATE_OF_BIRTH:15 sierpnia 1952]], w święto Wniebowzięcia, i zawsze mówiła, że to znak. Zmarła w 2021.

Dwadzieścia lat na jednej ulicy to kawał życia. Sąsiad [[PERSON:Ginger]], rudy jak wiewiórka, uczył mnie
wędkować na rzece. Pani [[PERSON:Inese]], [[OTHER_SPECIAL:Łotyszka]] spod [[ADDRESS:numeru 4]], gotowała
z [[PERSON:Danusią]] barszcz na zmianę, raz po łotewsku, raz po polsku. A stary [[PERSON:Reggie]] z końca
ulicy do dziś woła "[[PERSON:Joe]]!" przez cały ogród.

Mam [[HEALTH:cukrzycę]] i ranę na stopie, która długo się nie goiła. W zeszłym roku zapchała się
wspólna kanalizacja i ścieki cofały się do mojej wanny i na trawnik. Pielęgniarka mówiła, że to groźne
dla rany. [[ORGANISATION:Witham Homes]] wysyłała firmę [[ORGANISATION:DrainPro East]], która
przepychała rurę i za tydzień było to samo. Zgłoszenie miało numer [[REFERENCE:WH/DR/118204]].

Wnuk [[PERSON:Kuba]] opisał wszystko na swoim profilu,
[[OTHER_ID:facebook.com/kuba.grabowski.77]], i pomógł mi złożyć skargę. Odpowiedziała pani
[[PERSON:Leanne]] z biura, najpierw bardzo oficjalnie, ale po zdjęciach przyjechała sama.

Okazało się, że rura pod całym rzędem bungalowów była zapadnięta. Wymienili ją, posprzątali ogrody,
zdezynfekowali łazienki i przeprosili. Odszkodowanie, 700 funtów, przelali na moje konto: sort code
[[OTHER_ID:30-96-17]], numer konta [[OTHER_ID:11840392]]. Teraz, gdy w jednym miejscu są trzy
zgłoszenia w miesiącu, przyjeżdża kamera do rur, a nie tylko ktoś z przepychaczką. [[PERSON:Ginger]]
mówi, że jestem bohaterem ulicy.
"""),
    ),
    (
        "fv2ao-ro-01",
        "ro",
        _s("""
Mă numesc [[PERSON:Constantin Bălănescu]], dar prietenii de la biserică îmi spun [[PERSON:Costel]]. Am
venit la Londra în februarie 1990, la două luni după Revoluție, împreună cu soția mea, [[PERSON:Mioara]],
născută pe [[DATE_OF_BIRTH:12 ianuarie 1951]]. Eu sunt născut pe [[DATE_OF_BIRTH:3 martie 1948]], deci am
[[AGE:76 de ani]]. Am cerut [[OTHER_SPECIAL:azil politic]] și primii cinci ani am stat într-o cameră la
[[ADDRESS:118 Wealdstone Parade]], deasupra unei spălătorii.

Din 1995 locuim la [[ADDRESS:Flat 5, Belmont Heights]], [[POSTCODE:HA3 7LU]], blocul de lângă
[[ADDRESS:Biserica Sfântul Gheorghe]], unde mergem în fiecare duminică; suntem [[OTHER_SPECIAL:ortodocși]]
și acolo ne-am făcut toți prietenii. În bloc am avut vecini de toate felurile: doamna [[PERSON:Patel]] de
la parter, care ne-a învățat ce e chutney-ul, nea [[PERSON:Fănică]] și [[PERSON:Lenuța]], primii [[OTHER_SPECIAL:români]]
care au venit după noi, și bătrânul Mr [[PERSON:Finch]], care mi-a zis toată viața
"[[PERSON:Connie]]". Ofițerii de locuințe s-au schimbat des: domnul [[PERSON:Harper]], apoi
[[PERSON:Joanne]], acum [[PERSON:Aisha]].

Am [[HEALTH:insuficiență cardiacă]], iar medicul mi-a spus că frigul e periculos pentru mine. În iarna lui
2023 centrala noastră s-a stricat de patru ori în șase săptămâni. [[ORGANISATION:Harrow Weald Housing]]
trimitea de fiecare dată firma [[ORGANISATION:Boilerline Services]], care pleca spunând că „acum merge”.
Dormeam îmbrăcat cu paltonul, iar [[PERSON:Mioara]] încălzea cărămizi în cuptor, ca la țară.

Fiica noastră, [[PERSON:Andreea]], a făcut plângere, numărul [[REFERENCE:HWH-77310]], și le-a dat mailul
meu, [[EMAIL:costel.balanescu@example.ro]], și numărul de acasă, [[PHONE:020 7946 0641]]. La primul nivel
ni s-a răspuns că e „o defecțiune intermitentă”. Am cerut al doilea nivel.

Atunci a venit [[PERSON:Aisha]] cu un inginer de la asociație, nu de la firmă. În aceeași săptămână am
avut centrală nouă, un radiator în plus în dormitor și 550 de lire despăgubire, plus o scrisoare de
scuze. Acum asociația are o listă cu chiriașii bolnavi de inimă sau de plămâni, iar dacă li se strică
încălzirea, primesc un radiator electric în aceeași zi. [[PERSON:Mioara]] zice că e prima dată în treizeci de
ani când cineva ne-a cerut părerea.
"""),
    ),
    (
        "fv2ao-ro-02",
        "ro",
        _s("""
Eu sunt [[PERSON:Floarea Munteanu]], tanti [[PERSON:Flori]] pentru toți copiii din bloc. Am
[[AGE:72 de ani]] și am venit din Suceava în 2009, ca s-o ajut pe fiica mea, [[PERSON:Cristina]], cu
copiii. Soțul meu, [[PERSON:Vasile]], născut pe [[DATE_OF_BIRTH:5 mai 1950]], a venit după mine în mai
2011 și a murit aici. Amândouă avem [[OTHER_SPECIAL:settled status]].

La început am stat șase într-o casă la [[ADDRESS:41 Abington Grove]]. Din 2013 avem locuința de la
[[ADDRESS:Flat 12, Spencer Court]], [[POSTCODE:nn14bp]], blocul din spatele magazinului
[[ADDRESS:Carpathia Market]]. Nepoții mei, [[PERSON:Ionuț]] de [[AGE:9 ani]] și [[PERSON:Bianca]] de
[[AGE:14 ani]], au crescut aici. [[PERSON:Ionuț]] are [[HEALTH:ADHD]] și merge la
[[ADDRESS:Spring Lane Academy]].

Vecinii vechi erau oameni buni: [[PERSON:Lidia]] de la [[ADDRESS:numărul 8]], care îmi aducea ziarul
românesc; [[PERSON:Shaz]] de la etajul doi, care îi zicea lui [[PERSON:Vasile]] „[[PERSON:Vaz]]”; și
[[PERSON:Mihai cel mic]], care acum e student. Dar de doi ani, în [[ADDRESS:apartamentul 14]] de deasupra
s-au mutat niște oameni care vindeau droguri. Ziua și noaptea veneau străini pe scară, țipete, uși
trântite. [[PERSON:Ionuț]] nu mai dormea, iar eu am [[HEALTH:diabet]] și [[HEALTH:tensiune mare]] și mi-era frică să
ies la magazin.

Am raportat la [[ORGANISATION:Spencer Park Housing]] de zeci de ori. Dosarul de comportament antisocial
avea numărul [[REFERENCE:ASB-2023-0419]], dar ofițerul, [[PERSON:Darren]], doar ne trimitea jurnale de
completat. [[PERSON:Cristina]] a făcut plângere oficială, [[REFERENCE:SPH/CMP/5561]], de pe telefonul ei,
[[PHONE:07700 900 775]].

La al doilea nivel cazul a fost preluat de [[PERSON:Gemma Hollis]], care a venit la noi seara, când era
gălăgia mai mare, și a auzit singură. În două luni, cu poliția, au obținut ordin de la tribunal și
apartamentul a fost eliberat. Ne-au montat interfon nou și cameră pe scară și ne-au dat 400 de lire.
Acum fiecare dosar antisocial are un ofițer care vine în persoană în primele zece zile, nu doar
formulare. [[PERSON:Bianca]] zice că buni e mai curajoasă decât poliția.
"""),
    ),
    (
        "fv2ao-ro-03",
        "ro",
        _s("""
Sunt [[PERSON:Elena Harrison]], născută [[PERSON:Popovici]], pe [[DATE_OF_BIRTH:1949-11-07]], la Iași. Pe
[[PERSON:Geoffrey]], inginer [[OTHER_SPECIAL:englez]] venit la o fabrică de lângă București, l-am cunoscut în 1973, și
după doi ani de hârtii am primit voie să plec. [[PERSON:Geoff]] s-a născut pe
[[DATE_OF_BIRTH:21 iunie 1940]], în cea mai lungă zi a anului, cum zicea el. Acum am [[AGE:75 de ani]]
și sunt văduvă de patru.

Am locuit treizeci de ani la [[ADDRESS:63 Whinmoor Crescent]], casă de la consiliu, cu grădină în care
[[PERSON:Geoff]] creștea trandafiri. Vecina de la [[ADDRESS:numărul 65]], [[PERSON:Maggie]], m-a învățat
să fac Yorkshire pudding, iar eu am învățat-o să facă sarmale. Era și [[PERSON:Sooty]], coșarul, pe care
nimeni nu-l știa altfel, și mai târziu [[PERSON:Bogdan]], un băiat [[OTHER_SPECIAL:român]] care m-a făcut să vorbesc iar
românește pe stradă. Când [[PERSON:Geoff]] a făcut [[HEALTH:Alzheimer]], ne-am mutat în bungaloul de la
[[ADDRESS:4 Larkfield Mount]], [[POSTCODE:ls14 2ds]], chiar în spatele pubului [[ADDRESS:Brown Cow]].
Honda lui, [[OTHER_ID:YA07 BFN]], stă și acum pe alee; nu mă îndur s-o vând.

În 2022 au apărut crăpături late pe pereți, ușile nu se mai închideau, iar gresia din baie s-a ridicat.
Am [[HEALTH:artrită reumatoidă]] și m-am împiedicat de două ori. [[ORGANISATION:Moorside Homes Leeds]]
a trimis [[ORGANISATION:Groundwise Surveys]], care au pus niște martori de sticlă pe pereți și au
plecat. Plângerea mea avea numărul [[REFERENCE:MHL/CMP/4402]]. Ofițerul de atunci, domnul
[[PERSON:Kirby]], îmi spunea la telefon, pe [[PHONE:0113 496 0381]], să am răbdare.

Am avut răbdare un an, apoi am scris la Ombudsman, cazul [[REFERENCE:202215560]]. Ombudsmanul a spus că
întârzierea a fost nejustificată. Fundația a fost consolidată, pereții refăcuți, baia nouă, fără prag.
Am primit 1.500 de lire și scuze scrise. Acum, la orice semn de tasare, trimit un inginer de structuri
în două săptămâni, nu după un an. [[PERSON:Maggie]], care mă vizitează marțea, zice că am fost mai
încăpățânată decât [[PERSON:Geoff]].
"""),
    ),
    (
        "fv2ao-ro-04",
        "ro",
        _s("""
Mă numesc [[PERSON:Aurel Stoica]], dar toată lumea îmi zice [[PERSON:Relu]]. Sunt [[OTHER_SPECIAL:rom]]
din Craiova, am [[AGE:67 de ani]] și din 2008 locuiesc în Sheffield. Soția mea, [[PERSON:Florica]],
născută pe [[DATE_OF_BIRTH:13.04.1960]], și cu mine am trecut prin multe: primii ani am stat
doisprezece oameni într-o casă de la [[ADDRESS:27 Rushdale Road]], cu proprietar care nu repara nimic.
Din 2015 avem locuință de la asociație: [[ADDRESS:112 Owler Terrace]], [[POSTCODE:S4 8HW]], lângă
[[ADDRESS:Crown Stores]].

Strada e ca un sat. Vecinii noștri [[OTHER_SPECIAL:slovaci]], familia lui [[PERSON:Jozef]], ne-au ajutat
cu actele la început. Mr [[PERSON:Rashid]], de la magazin, ne dă pe datorie până la salariu. Și
[[PERSON:Țâcu]], vărul meu, cântă la nunți pe toată strada. Mergem la [[ADDRESS:Biserica Penticostală Betel]],
că suntem [[OTHER_SPECIAL:penticostali]] de trei generații.

Cu noi stau fiul, nora și trei nepoți; cea mică, [[PERSON:Roxana]], are [[AGE:4 ani]], are [[HEALTH:astm]]
și merge la grădinița de la [[ADDRESS:Owlerton Green Primary]]. De trei ierni, pe pereții din camera
copiilor iese mucegai negru. Am sunat la [[ORGANISATION:Don Valley Homes]] pe [[PHONE:0114 496 0822]] de
nenumărate ori. Au venit de la [[ORGANISATION:Hallam Damp Solutions]] și au zis că e vina noastră, că
uscăm rufe în casă și că suntem prea mulți. Mi s-a părut că nu ne ascultă pentru ce suntem.

Nepotul meu [[PERSON:Denis]] a scris plângerea în engleză, numărul [[REFERENCE:DVH-51190]], și a lăsat
numărul lui, [[PHONE:+44 7700 900 039]]. La al doilea nivel a venit doamna [[PERSON:Helen Marsh]] cu un
interpret și cu un inspector. Au găsit jgheabul spart și apă în perete de ani de zile, nu de la rufe.

Au reparat jgheabul și peretele, au pus ventilator și ne-au dat 600 de lire. [[PERSON:Helen]] și-a
cerut scuze și pentru ce ni s-a spus. Au trecut fiica mea și nepoții pe lista pentru o casă mai mare,
iar acum asociația trimite interpret la fiecare vizită, nu doar când se plânge cineva. [[PERSON:Roxana]]
nu mai tușește noaptea.
"""),
    ),
    (
        "fv2ao-ro-05",
        "ro",
        _s("""
Mă cheamă [[PERSON:Viorica Dumitrescu]], am [[AGE:72 de ani]] și locuiesc în Southampton din 2011. Am venit
cu soțul meu, [[PERSON:Mircea]], născut pe [[DATE_OF_BIRTH:douăzeci și patru decembrie 1946]], chiar în
Ajunul Crăciunului, ca să fim aproape de fiul nostru. Eu sunt din [[DATE_OF_BIRTH:17.03.1952]]. Primii
ani am stat la fiul nostru, la [[ADDRESS:9 Portswood Mews]], apoi am primit [[ADDRESS:apartamentul 2B]]
din [[ADDRESS:Harbour View]], [[POSTCODE:so140ah]].

Mergem la [[ADDRESS:Parohia Sfinții Arhangheli Mihail și Gavriil]], unde [[PERSON:Mircea]] a cântat în
strană până în ultima zi. Vecinii din bloc mi-s ca frați: doamna [[PERSON:Jean]], care mi-a arătat cum
merge autobuzul, [[PERSON:Mimi]] de la etajul trei, cu motanul ei, și [[PERSON:Old Ted]], care stă pe
bancă la intrare și știe tot. Ofițerii s-au tot schimbat: întâi [[PERSON:Paul]], apoi [[PERSON:Karen]].

După ce a murit [[PERSON:Mircea]], în 2022, am primit o scrisoare de la [[ORGANISATION:Solent Shore Homes]]
că am datorii la chirie de peste 2.000 de lire și că mă vor da afară. Eu plăteam în fiecare lună! Aveam
[[HEALTH:depresie]] după înmormântare și n-am dormit săptămâni întregi. S-a dovedit că, atunci când au
schimbat contractul pe numele meu, numărul de contract [[REFERENCE:TEN-20170394]], plățile mele au mers
într-un cont vechi pe numele lui [[PERSON:Mircea]].

Fiul meu, [[PERSON:Radu]], a făcut plângere, numărul [[REFERENCE:SOL-C-88021]]. Adresa lui de email o
spun cum o scriu eu pe hârtie: [[EMAIL:radu punct dumitrescu arond example punct com]]. La telefon,
[[PHONE:01632 960 518]], nimeni nu știa nimic. La al doilea nivel, [[PERSON:Karen]] a verificat extrasele
mele de la bancă, contul [[OTHER_ID:40418826]], sort code [[OTHER_ID:20-11-83]], și a văzut toate
plățile.

Au mutat banii în contul corect, au retras scrisoarea, mi-au dat 350 de lire și o scrisoare de scuze în
română. Acum, când un chiriaș moare și contractul trece pe soț sau soție, cineva verifică personal
plățile timp de trei luni, iar scrisorile despre datorii nu mai pleacă fără să sune cineva înainte.
[[PERSON:Old Ted]] a zis că ar fi trebuit să-i dau în judecată.
"""),
    ),
    (
        "fv2ao-ur-01",
        "ur",
        _s("""
میرا نام [[PERSON:محمد اسلم چوہدری]] ہے، محلے میں سب چاچا [[PERSON:اسلم]] کہتے ہیں۔ میری پیدائش
[[DATE_OF_BIRTH:۱۰ جنوری ۱۹۴۱]] کی ہے، یعنی اب [[AGE:۸۳ سال]] کا ہو گیا ہوں۔ ۱۹۶۲ میں بریڈفورڈ آیا اور
اون کی ملوں میں رات کی شفٹ کی۔ شروع میں [[ADDRESS:۲۳ لمب لین]] کے ایک گھر میں ہم نو آدمی رہتے تھے، ایک
سوتا تو دوسرا کام پر جاتا۔

۱۹۷۷ میں کونسل کا یہ گھر ملا: [[ADDRESS:41 Carlisle Grove]]، [[POSTCODE:BD8 8LT]]، جو
[[ADDRESS:جامع مسجد توحید الاسلام]] سے دو گلیاں پیچھے ہے۔ میری مرحومہ بیوی [[PERSON:رشیدہ بیگم]]، جن کی
پیدائش [[DATE_OF_BIRTH:یکم مارچ انیس سو چھیالیس]] کی تھی، اسی گھر میں دلہن بن کر آئیں اور اسی گھر سے
رخصت ہوئیں۔

کیا کیا لوگ دیکھے اس گلی میں! [[ADDRESS:نمبر ۴۳]] میں [[PERSON:سڈ]] اور [[PERSON:آئرس]] رہتے تھے، جو
ہمارے بچوں کو کرسمس پر تحفے دیتے تھے۔ [[PERSON:نوبی]] ڈاکیا سب کے خط پڑھ کر سناتا تھا۔ [[PERSON:پپو]] اور
[[PERSON:گڈو]]، میرے بھانجے، اب خود دادا ہیں۔ ہاؤسنگ افسر بھی بدلتے رہے: مسٹر [[PERSON:براؤن]]، پھر
[[PERSON:ٹریسی]]، اور اب [[PERSON:عمران]] صاحب۔

ہمارا کچن ۱۹۸۰ کا تھا۔ الماریوں کے دروازے گر چکے تھے، ورک ٹاپ گل گیا تھا، سنک کے نیچے سے پانی رستا تھا۔
مجھے [[HEALTH:شوگر]] اور [[HEALTH:گٹھیا]] ہے، جھک کر کام نہیں ہوتا۔ [[ORGANISATION:Bradwell Homes]] نے
پوری گلی کے کچن بدلے، مگر ہمارا چھوڑ دیا۔ کہا گیا کہ "کرایہ دار نے انکار کیا تھا"۔ میں نے کبھی انکار
نہیں کیا! شاید کسی نے دروازہ کھٹکھٹایا اور میں مسجد میں تھا۔

میرے پوتے [[PERSON:حمزہ]] نے شکایت کی، نمبر [[REFERENCE:BH/KIT/60217]]، اپنا ای میل
[[EMAIL:hamza.chaudhry@example.co.uk]] دیا، اور میرا نمبر [[PHONE:۰۱۱۳ ۴۹۶ ۰۷۱۹]] بھی۔ دوسرے مرحلے میں
[[PERSON:عمران]] صاحب خود آئے، ریکارڈ دیکھا، اور مان لیا کہ "انکار" غلط درج ہوا تھا۔

تین ہفتوں میں [[ORGANISATION:Pennine Kitchens & Bathrooms]] نے نیا کچن لگا دیا، نیچی الماریاں، اور ۴۰۰
پاؤنڈ کے ساتھ معافی کا خط بھی آیا۔ اب ان کا اصول ہے کہ کوئی "انکار" تب تک نہیں لکھا جائے گا جب تک
کرایہ دار سے خود بات نہ ہو جائے، اور بزرگوں سے ان کی زبان میں۔ [[PERSON:رشیدہ]] ہوتیں تو سب سے پہلے
اسی کچن میں چائے بناتیں۔
"""),
    ),
    (
        "fv2ao-ur-02",
        "ur",
        _s("""
میرا نام [[PERSON:زبیدہ خانم]] ہے، لیکن [[ORGANISATION:Heartlands Community Homes]] کے کمپیوٹر میں میں
[[PERSON:Zubaida Khanum]] بھی ہوں، [[PERSON:Zobeda Kanum]] بھی اور [[PERSON:Z. Khanam]] بھی۔ یہی میری
کہانی ہے۔ عمر [[AGE:۷۸ برس]]، ۱۹۶۹ سے برمنگھم میں ہوں۔ میرے مرحوم شوہر [[PERSON:غلام رسول]]، پیدائش
[[DATE_OF_BIRTH:۱۹۳۹-۰۶-۱۴]]، بسوں کی ورکشاپ میں کام کرتے تھے۔ پہلے ہم [[ADDRESS:۸۸ السٹن روڈ]] پر ایک
کمرے میں رہے، پھر ۱۹۸۶ سے [[ADDRESS:Flat 12, Saltley Court]]، [[POSTCODE:B8 1LW]] میں ہوں۔

اس بلڈنگ میں چالیس سال کے ساتھی ہیں۔ باجی [[PERSON:نسیم]] نیچے والی، جن کے ساتھ ہر جمعہ
[[ADDRESS:مسجد غوثیہ]] جاتی ہوں؛ [[PERSON:شیلا]]، جو [[ADDRESS:فلیٹ ۲۱]] میں رہتی ہے اور مجھے
"[[PERSON:زوبی]]" کہتی ہے؛ اور مسٹر [[PERSON:میکڈونلڈ]] مرحوم، جو بجلی کے فیوز ٹھیک کر دیتے تھے۔

مسئلہ یہ ہوا کہ میرے نام کی تین فائلیں تھیں اور ایک میں میرا پتہ [[ADDRESS:Flat 21]] لکھا تھا۔ پچھلی
سردیوں میں میرا بوائلر بند ہوا تو مستری [[ORGANISATION:Midland Property Maintenance]] سے تین بار
[[PERSON:شیلا]] کے دروازے پر گئے، اور ہر بار ریکارڈ میں لکھا گیا "کرایہ دار گھر پر نہیں تھی"۔ مجھے
[[HEALTH:دمہ]] اور [[HEALTH:ہائی بلڈ پریشر]] ہے، اور میں تین ہفتے کمبل میں بیٹھی رہی۔ میرا ٹیننسی نمبر
[[REFERENCE:0004471823]] بتاتی، تو فون پر کہتے وہ کسی اور کا ہے۔

میری بیٹی [[PERSON:شبانہ]] نے شکایت لکھی، نمبر [[REFERENCE:HCH-CF-30877]]، اور میرا نمبر
[[PHONE:۰۱۲۱ ۴۹۶ ۰۲۹۳]] دیا۔ ساتھ [[ADDRESS:السٹن روڈ سرجری]] کے ڈاکٹر کا خط بھی لگایا۔ دوسرے مرحلے میں
افسر [[PERSON:ڈینیئل اوکافور]] نے تینوں فائلیں نکالیں اور ہنس پڑے، پھر شرمندہ ہو کر معافی مانگی۔

ایک ہفتے میں نیا بوائلر لگ گیا۔ تینوں فائلیں ایک ہو گئیں، نام [[PERSON:Zubaida Khanum]] کے ہجے کے
ساتھ جو میں نے خود لکھ کر دیے، اور ۳۵۰ پاؤنڈ ملے۔ اب ہر مرمت سے پہلے کوئی فون کر کے نام اور فلیٹ نمبر
کی تصدیق کرتا ہے، اور جو نام کرایہ دار خود لکھے وہی درج ہوتا ہے۔ [[PERSON:شیلا]] کہتی ہے، اب میرے
دروازے پر کوئی تمہارا مستری نہیں آتا۔
"""),
    ),
    (
        "fv2ao-ur-03",
        "ur",
        _s("""
میں [[PERSON:راجہ محمد یونس]] ہوں، [[OTHER_SPECIAL:کشمیری]]، میرپور کا۔ پیدائش
[[DATE_OF_BIRTH:پندرہ اگست ۱۹۴۴]]، عمر [[AGE:۸۰ سال]]۔ ۱۹۶۶ میں راچڈیل آیا، پہلے [[ADDRESS:۱۷ مِلکسٹون روڈ]]
پر رہا، اور ۱۹۸۲ سے [[ADDRESS:ایشورتھ ویو اسٹیٹ]] پر ہوں، [[ADDRESS:فلیٹ نمبر ۳۶]]، [[POSTCODE:OL11 1DZ]]۔
میری بیوی [[PERSON:نسرین اختر]] ([[DATE_OF_BIRTH:۰۲/۰۲/۱۹۵۱]]) اور میں [[ADDRESS:مسجد ابوبکر]] کے سائے
میں بوڑھے ہوئے ہیں؛ ہم [[OTHER_SPECIAL:مسلمان]] ہیں اور مسجد ہماری زندگی کا حصہ ہے۔

اسٹیٹ پر پرانے لوگ کم رہ گئے ہیں۔ [[PERSON:ڈینی]]، جسے سب "[[PERSON:ڈینی بوائے]]" کہتے تھے، ہمارا
بھتیجا [[PERSON:بلو]]، اور [[PERSON:مارجری]] آنٹی جو ہر عید پر کیک بھیجتی تھیں۔ وارڈن [[PERSON:سٹیو]] کو
تو اب بھی سب یاد کرتے ہیں۔

پچھلے سال [[ADDRESS:فلیٹ نمبر ۳۸]] میں آگ لگی۔ الحمدللہ کوئی مرا نہیں، مگر دھواں ہمارے فلیٹ میں بھر
گیا۔ [[PERSON:نسرین]] کو [[HEALTH:دمہ]] ہے اور مجھے [[HEALTH:دل کی بیماری]]۔ [[ORGANISATION:Roch Valley Homes]]
نے ہمیں مانچسٹر کے ایک ہوٹل میں بھیج دیا، دس ہفتے، مسجد سے دور، حلال کھانا نہیں، اور روز بس کا
کرایہ۔ صفائی کا کام [[ORGANISATION:Restora Fire & Flood]] کو ملا مگر وہ آتے ہی نہیں تھے۔ کیس نمبر
[[REFERENCE:RVH-DEC-1142]] تھا۔

میرے بیٹے [[PERSON:عمران]] نے فیس بک پر لکھا، اس کا پیج ہے [[OTHER_ID:@YounisRaja_OL11]]، اور باقاعدہ
شکایت کی۔ اپنا نمبر یوں لکھا:
[[PHONE:صفر سات سات صفر صفر، نو صفر صفر، ایک سات نو]]۔ دوسرے مرحلے میں افسر [[PERSON:ہیلن گرانٹ]] ہوٹل
آئیں، ہمارا حال دیکھا اور اسی ہفتے ہمیں اسٹیٹ کے قریب ایک فرنشڈ فلیٹ دے دیا۔

ہمارے فلیٹ کی دیواریں، قالین اور پردے سب نئے ہوئے، دھوئیں کا الارم لگا، اور ۹۰۰ پاؤنڈ ملے۔ اب
[[ORGANISATION:Roch Valley Homes]] کا اصول ہے کہ عارضی رہائش پہلے اپنے علاقے میں ڈھونڈی جائے، اور
بزرگوں سے پوچھا جائے کہ انہیں کیا چاہیے: مسجد، ڈاکٹر، کھانا۔ [[PERSON:بلو]] کہتا ہے، چاچا، آپ نے تو
قانون بدلوا دیا۔
"""),
    ),
    (
        "fv2ao-ur-04",
        "ur",
        _s("""
میرا نام [[PERSON:شمیم اختر]] ہے، گھر والے [[PERSON:شمو]] کہتے ہیں۔ پیدائش [[DATE_OF_BIRTH:03/05/1952]]،
گوجرانوالہ کی ہوں۔ ۱۹۷۴ میں شادی ہو کر سلاؤ آئی۔ میرے مرحوم شوہر [[PERSON:محمد شریف]]، جنہیں سب
[[PERSON:شریف]] صاحب کہتے تھے، ہوائی اڈے پر کام کرتے تھے۔ ہم پہلے [[ADDRESS:۹ اسٹیشن روڈ]] پر ایک دکان کے
اوپر رہے، پھر ۱۹۸۸ سے [[ADDRESS:۲۰ ولو کلوز]]، [[POSTCODE:sl2 5ng]] میں ہیں، [[ADDRESS:مدینہ مسجد]] کے
بالکل سامنے۔

اس گلی نے بہت کچھ دیکھا۔ آنٹی [[PERSON:جوئس]] جو میرے بچوں کو انگریزی پڑھاتی تھیں، [[OTHER_SPECIAL:پولش]]
پڑوسی [[PERSON:ماریوش]] جو ہر سردی میں ہماری گاڑی کو دھکا لگاتا ہے، اور [[PERSON:چھیمی]] خالہ، جو اب
نہیں رہیں۔ اب میری بیٹی [[PERSON:نادیہ]] اپنے بچوں کے ساتھ میرے پاس رہتی ہے: [[PERSON:عائشہ]]
[[AGE:۱۰ سال]] کی ہے اور [[ADDRESS:سینٹ اینڈریوز پرائمری]] میں پڑھتی ہے، اور [[PERSON:ابراہیم]] ابھی
[[AGE:۱۸ مہینے]] کا ہے۔

دو سال سے بچوں کے کمرے میں کالی پھپھوندی تھی۔ [[PERSON:ابراہیم]] کو [[HEALTH:برونکائٹس]] ہوا، تین بار
ہسپتال گیا، اور ڈاکٹر نے [[HEALTH:دمہ]] بھی بتا دیا۔ [[ORGANISATION:Berkshire Vale Homes]] کے ٹھیکیدار
[[ORGANISATION:DampBuster South]] والے دو بار سپرے کر کے چلے گئے اور بولے "کھڑکی کھولیں"۔

[[PERSON:نادیہ]] نے شکایت کی، نمبر [[REFERENCE:BVH 2023 11902]]، اور ای میل دیا
[[EMAIL:nadia.sharif@example.com]]۔ ساتھ ہسپتال کا خط تھا جس پر [[PERSON:ابراہیم]] کا این ایچ ایس نمبر
[[OTHER_ID:۷۳۴ ۰۱۸ ۵۵۶۲]] لکھا تھا۔ جواب نہیں آیا تو ہاؤسنگ اومبڈسمین کے پاس گئے، کیس
[[REFERENCE:202319047]]۔

اومبڈسمین کے فیصلے سے پہلے ہی نئی افسر [[PERSON:سارہ پینی]] آئیں اور کہا، "یہ ہماری غلطی ہے۔" چھت
کی نالی ٹوٹی ہوئی تھی اور دیوار میں سالوں سے پانی جا رہا تھا۔ نالی بدلی گئی، دیوار نئی بنی، پنکھے لگے،
اور ۱۱۰۰ پاؤنڈ ملے۔ اب ان کا اصول ہے کہ جس گھر میں چھوٹا بچہ ہو، وہاں پھپھوندی کی شکایت پر دو ہفتے میں
سروے ہوتا ہے۔ [[PERSON:ابراہیم]] اب رات بھر سوتا ہے، اور [[PERSON:شریف]] صاحب کی تصویر کے آگے میں
نے شکرانے کے نفل پڑھے۔
"""),
    ),
    (
        "fv2ao-ur-05",
        "ur",
        _s("""
میں [[PERSON:عبدالغفور بھٹی]] ہوں، فیکٹری والے [[PERSON:غفورا]] کہتے تھے۔ پیدائش [[DATE_OF_BIRTH:۱۲/۱۲/۱۹۴۲]]،
عمر [[AGE:۸۲]]۔ ۱۹۶۹ میں ہائی وائیکمب آیا اور تیس سال فرنیچر کی فیکٹری میں کرسیاں بنائیں۔ پہلے
[[ADDRESS:۵ ڈیسبرو کریسنٹ]] میں ایک کمرہ تھا، پھر ۱۹۷۹ سے یہ گھر: [[ADDRESS:۳ برچ ووڈ کلوز]]،
[[POSTCODE:HP13 7QE]]، کونے والی [[ADDRESS:مدینہ کیش اینڈ کیری]] کے ساتھ والا۔

میری بیوی [[PERSON:پروین]]، جسے میں پیار سے [[PERSON:پینو]] کہتا تھا، [[DATE_OF_BIRTH:۸ فروری ۱۹۴۸]] کو
پیدا ہوئی اور پچھلے سال اللہ کو پیاری ہو گئی۔ ہم دونوں ہر جمعہ [[ADDRESS:جامع مسجد حنفیہ]] جاتے تھے۔ گلی
کے پرانے لوگ: مسٹر [[PERSON:ہیرس]] جو ہر اتوار اپنی گاڑی دھوتے، خالہ [[PERSON:صغریٰ]] جن کے گھر سے ہر
شام پکوڑوں کی خوشبو آتی، اور [[PERSON:بلا]] جو میرے ساتھ فیکٹری میں تھا اور اب [[ADDRESS:نمبر ۷]] میں
اکیلا رہتا ہے۔

مجھے [[HEALTH:گردوں کی بیماری]] ہے، ہفتے میں تین بار ڈائلیسس۔ پچھلے رمضان میں گیس کی بو آئی تو
[[ORGANISATION:Wycombe Gas & Heating]] والوں نے میٹر بند کر دیا اور کہا پائپ بدلنا ہوگا۔ پھر کوئی نہیں
آیا۔ پانچ ہفتے نہ ہیٹنگ، نہ گرم پانی، نہ چولہا۔ سحری اور افطاری [[PERSON:بلا]] کے گھر سے آتی تھی۔
[[ORGANISATION:Chiltern Hills Housing]] کا ریفرنس [[REFERENCE:CHH/GAS/90341]] تھا۔

میرے پوتے [[PERSON:زین]] نے شکایت کی اور اپنا نمبر دیا: [[PHONE:+44 (0)7700 900 866]]۔ افسر
[[PERSON:کلیئر]] پہلے فون پر کہتی رہیں کہ ٹھیکیدار کی غلطی ہے۔ دوسرے مرحلے میں مینیجر [[PERSON:ٹام ایش]]
آئے۔ انہوں نے اسی دن گیس انجینئر بلایا، اگلے دن پائپ بدلا اور گیس کھل گئی۔

مجھے ۶۰۰ پاؤنڈ ملے، بینک میں، سورٹ کوڈ [[OTHER_ID:60-83-71]]، اکاؤنٹ [[OTHER_ID:20447163]]۔ معافی کا خط
بھی آیا۔ اب اصول ہے کہ گیس بند ہو تو اسی دن ہیٹر اور کھانا پکانے کی پلیٹ دی جائے گی، اور اگر گھر میں کوئی
بیمار یا بزرگ ہو تو اڑتالیس گھنٹے کے اندر کام ہوگا۔ [[PERSON:پینو]] ہوتی تو کہتی، "[[PERSON:غفور]]، تم نے ٹھیک
کیا۔"
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
