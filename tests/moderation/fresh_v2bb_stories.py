"""Fresh version-2 PII test stories, batch bb.

Stories from the local and community press: short news reports, features and readers' letters from
local papers, community radio websites and community-language papers (a Polish weekly in London, an
Arabic community paper in Birmingham, a Bengali weekly in Tower Hamlets, a Punjabi paper in Southall,
a Romanian diaspora site, an Urdu paper in Bradford). The writers are reporters, sub-editors, radio
presenters and readers, and they keep to journalistic habits: headline and standfirst, dateline and
byline with the reporter's email, names with ages in the press style ("Mrs Hilda Scarisbrick, 74, of
9 Pendle Walk"), quotes from residents, a landlord spokesperson, a councillor and an MP, "when
contacted by the paper", photo captions and credits, a neighbour "who asked not to be named" whose
first name slips out a line later, letters signed with a name and a street, and corrections printed
afterwards that repeat the wrong detail beside the right one. People from many communities are named
in the paper's own script (sometimes with a Latin spelling beside them), numbers come in native
digits, names are inflected, and a few emails are given in words. Newspaper, radio station and
programme names, towns, districts and constituencies are not marked.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 7 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 77.1% of 35, recall 97.6%, precision 83.0%, on the committed
detector 0a4d53e (after round 48, with the same spans as the detector that landed, c140d2b);
leak-free by language ar 2, bn 5, en 4, pa 3, pl 4, ro 5, ur 4 of 5.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2bb-en-01",
        "en",
        _s("""
Great-gran's mouldy kitchen finally rebuilt

[[ORGANISATION:Calder Edge Homes]] admits it "let her down badly" and pays £1,200

BURNLEY, Thursday — A great-grandmother who spent two winters cooking in a kitchen streaked with black mould has finally had it stripped out and rebuilt, after her landlord admitted its repairs team had treated the wrong problem for 18 months.

Mrs [[PERSON:Hilda Scarisbrick]], [[AGE:74]], of [[ADDRESS:9 Pendle Walk]], first reported water coming through her kitchen wall in October 2022. Repair job [[REFERENCE:CEH/RJ/118204]] was closed three times as "completed" after a contractor wiped the walls with bleach and left.

"I've got [[HEALTH:COPD]] and I could feel it on my chest every morning," she said. "Our [[PERSON:Kobe]] — he's my great-grandson, he's [[AGE:six]] — stopped coming round because of the smell."

When contacted by the Clarion, [[ORGANISATION:Calder Edge Homes]] confirmed that her complaint, reference [[REFERENCE:CEH-CMP-40917]], had been upheld at stage two. Spokesman [[PERSON:Gareth Lowther]] said: "We got this wrong. The cause was a cracked gutter and failed render, not condensation, and we should have found that the first time."

Contractors [[ORGANISATION:Brunswick Damp Solutions Ltd]] replaced the render and guttering in March and the kitchen was refitted in April. Mrs [[PERSON:Scarisbrick]] has also received £1,200 in compensation.

Ward councillor [[PERSON:Femi Adeyemi-Clarke]], who took up the case, said the landlord had since changed its rules: any mould report from a tenant over 70 now gets a surveyor, not a cleaning crew, within ten working days.

Burnley's MP, [[PERSON:Rosalind Tebbutt]], said she had written to the chief executive "to make sure no other family in this town waits two years for a dry wall".

Tenants with damp problems can ring the landlord's repairs line on [[PHONE:01632 960418]].

Pictured: [[PERSON:Hilda Scarisbrick]] in her new kitchen with [[PERSON:Kobe]]. Picture: [[PERSON:Dean Haworth]]

Report by [[PERSON:Kerry-Ann Mowbray]] — [[EMAIL:kerryann.mowbray@example.com]]
"""),
    ),
    (
        "fv2bb-en-02",
        "en",
        _s("""
LETTERS TO THE EDITOR

Credit where it's due on our heating

Sir, — Last January you printed my letter complaining that the communal heating at [[ADDRESS:Rowan Court]] had been off for five weeks and that [[ORGANISATION:Mersey Vale Housing Trust]] could not give us a date. It is only fair that I write again now it has been put right.

The day after my letter appeared, a Mrs [[PERSON:Yetunde Fashola]] from the trust's complaints team rang me at home and came out the next morning. She logged it as a formal complaint ([[REFERENCE:MVH/CX/20931]]) rather than yet another repair job, and that seems to have made all the difference. A new boiler plant was fitted by [[ORGANISATION:Wirral Heat & Plumbing Ltd]] within the month.

My wife [[PERSON:Bernadette]], who is [[AGE:68]] and has [[HEALTH:heart failure]], spent most of that January in bed with two hot-water bottles, so this was no small thing. We each got £340 back for the weeks without heat, and so did Mrs [[PERSON:Precious Nwachukwu]] at [[ADDRESS:number 14]], who is [[AGE:91]] and had to go and stay at her daughter's in the worst of it.

What has changed? The trust now texts every flat the same day the heating goes down, with a date for the repair, and our caretaker, [[PERSON:Stanislaus Mulvey]] (everyone on the estate knows him as [[PERSON:Big Stan]]), has been given a key to the plant room so he can reset the system without waiting for a contractor.

Any neighbour who is still waiting on a repair can ring me on [[PHONE:0151 496 0738]] or email [[EMAIL:t.odriscoll@example.net]], and I will take it to the residents' panel, which now meets the trust every quarter.

Yours faithfully,

[[PERSON:Terence O'Driscoll]]

[[ADDRESS:Rowan Court]], [[ADDRESS:Blackthorn Avenue]], Liverpool
"""),
    ),
    (
        "fv2bb-en-03",
        "en",
        _s("""
BRIXTON COMMUNITY RADIO — NEWS

Lift back at [[ADDRESS:Ferrier Heights]] after 11 weeks, and residents win a say on repairs

Posted by [[PERSON:Shanice Ebanks]] ([[EMAIL:shanice.ebanks@example.org]]), Tuesday

Residents of the 16-storey block cheered on Saturday morning as the second lift came back into service, eleven weeks after both lifts failed within days of each other.

Speaking on our Breakfast Show, Mr [[PERSON:Delroy Baptiste-Hinds]], [[AGE:82]], who lives in [[ADDRESS:flat 112]] on the fourteenth floor, said he had not left the building for seven weeks. "With my [[HEALTH:emphysema]] I can't do fourteen flights, not up, not down. My grandson [[PERSON:Tyrese]] carried my shopping up every night after work."

Neighbours set up the account [[OTHER_ID:@FerrierLiftNow]] and posted a daily count of days without a lift. The landlord, [[ORGANISATION:Brockwell Gate Housing]], at first told residents that parts were "on order from Italy".

After the residents' complaint went to the Housing Ombudsman (case [[REFERENCE:202318846]]), the landlord agreed a plan: [[ORGANISATION:Summit Lift Services Ltd]] fitted a new controller and motor, a stair-climber service was offered to seven households, and every flat received £250.

[[PERSON:Ciarán Fennelly]], head of building safety at [[ORGANISATION:Brockwell Gate]], told the station: "Eleven weeks was unacceptable. We now keep critical lift parts in stock for every block over ten storeys."

Mrs [[PERSON:Oyinkansola Bello]] of [[ADDRESS:flat 87]], who chairs the residents' group, said the biggest change was the written promise that any lift out for more than 48 hours triggers a meeting with residents and a firm date. "Everybody calls me Auntie [[PERSON:Kansola]]," she laughed, "and Auntie is going to be at every one of those meetings."

Local councillor [[PERSON:Marisol Quintero-Ashe]] called the agreement "a model for the borough".

Residents who want to join the new lift panel can call [[PHONE:020 7946 0593]].

Pictured: [[PERSON:Delroy Baptiste-Hinds]] and [[PERSON:Oyinkansola Bello]] by the reopened lift. Photo: [[PERSON:Leon Asamoah-Grey]]
"""),
    ),
    (
        "fv2bb-en-04",
        "en",
        _s("""
Family rehoused after mould "blamed on washing" turns out to be a leaking pipe

[[ORGANISATION:Avonmere Housing Group]] pays £2,400 and changes how it investigates damp

By [[PERSON:Rhiannon Pettigrew]] ([[EMAIL:r.pettigrew@example.com]])

A mother of three who was told for a year that the mould in her children's bedroom was caused by "drying washing indoors" has been moved to a dry three-bedroom house and paid £2,400, after an independent survey found a leaking soil stack inside the wall.

Ms [[PERSON:Aisling Brennan]], [[AGE:34]], lived at [[ADDRESS:23 Glenfrome Terrace]], Bristol [[POSTCODE:BS5 6UJ]], with her sons [[PERSON:Cian]], [[AGE:9]], and [[PERSON:Ruairí]], [[AGE:4]], and baby daughter [[PERSON:Orla]]. [[PERSON:Ruairí]], who has [[HEALTH:asthma]], was admitted to hospital twice last winter.

A neighbour, who asked not to be named, said the family "did everything right". "They had the windows open in December," said the woman, a retired nurse. "I said to [[PERSON:Aisling]] at the time, that's coming out of the wall, love, it's not you." As we left, her husband called from the hallway: "[[PERSON:Marguerite]], is that the paper again?"

The landlord's stage-two response to the complaint (reference [[REFERENCE:AHG-COMP-7716]]) accepted that three inspections had "wrongly attributed the damp to lifestyle". A survey by [[ORGANISATION:Kestrel Property Care]] found the leak within an hour.

[[ORGANISATION:Avonmere]]'s spokeswoman, [[PERSON:Joanne Whitlock]], said: "Since this case, no officer may put mould down to lifestyle without a moisture survey, and any home with a child under five gets a surveyor within ten working days."

The family moved in May. Tenants worried about damp can call [[PHONE:0117 496 0352]].

CORRECTION, 14 June: In the first version of this report we gave Ms [[PERSON:Brennan]]'s age as [[AGE:43]]; she is [[AGE:34]]. We also said her son [[PERSON:Cian]] attends [[ADDRESS:St Bride's Primary]]; he attends [[ADDRESS:Holy Family Catholic Primary School]]. We apologise for the errors.
"""),
    ),
    (
        "fv2bb-en-05",
        "en",
        _s("""
FEATURE

"Five months with a door I could open with one finger"

How [[PERSON:Tadeusz Wróblewski]]'s complaint changed the way [[ORGANISATION:Sheaf Valley Homes]] deals with break-ins

By [[PERSON:Imogen Thackeray]] | [[EMAIL:imogen.thackeray@example.net]] | [[OTHER_ID:@ImogenT_Hallam]]

When burglars forced the front door of [[ADDRESS:flat 6]], [[ADDRESS:Kelvin Rise]], last November, the repair crew boarded it up the same night. That was the easy part. For the next five months the door was held shut with a hasp and a padlock that its tenant bought himself.

Mr [[PERSON:Wróblewski]], [[AGE:59]], who is [[OTHER_SPECIAL:Polish]] and came to Sheffield in 2005 to work as a welder, has [[HEALTH:Parkinson's disease]]. "My hands shake. Some mornings I could not open my own padlock," he says. His old workmates still call him [[PERSON:Tadek]], and they took turns to check on him at night.

His daughter, [[PERSON:Marzena]], chased the repair (job [[REFERENCE:SVH-44172]]) eleven times through the repairs line, [[PHONE:0114 496 0861]]. Each time a new door was "on order". In March she posted photos of the padlock on Facebook and tagged [[OTHER_ID:@SheafValleyHomes]], then wrote to the city's MP, [[PERSON:Bernard Oyelaran]], whose office lodged a formal complaint.

Within a fortnight [[ORGANISATION:Don Valley Doors & Locks]] fitted a fire-rated composite door with a lever handle Mr [[PERSON:Wróblewski]] can work with his palm. [[ORGANISATION:Sheaf Valley]] also paid £750 and apologised in writing.

"We failed him twice: once on time and once on listening," said [[PERSON:Priya Raghunathan]], the landlord's director of repairs. Since April, any door left insecure after a break-in must be permanently replaced within ten working days, and a named officer phones the tenant every week until it is.

"Now I sleep," says Mr [[PERSON:Wróblewski]]. "And my daughter sleeps."

Pictured: [[PERSON:Tadeusz Wróblewski]] at his new front door.
"""),
    ),
    (
        "fv2bb-ar-01",
        "ar",
        _s("""
بعد عامين من العفن: أسرة [[OTHER_SPECIAL:يمنية]] في برمنغهام تحصل على إصلاح شامل وتعويض

شركة الإسكان تعترف بالتقصير وتغيّر طريقة تعاملها مع بلاغات الرطوبة

برمنغهام – كتبت [[PERSON:سلمى الدباغ]]

بعد أكثر من عامين من الشكاوى المتكررة، انتهت معاناة السيدة [[PERSON:نوال الحميري]] ([[AGE:46 عامًا]])، وهي أم [[OTHER_SPECIAL:يمنية]] لأربعة أطفال تقيم في [[ADDRESS:27 Larkhill Grove]]، [[POSTCODE:B11 4QE]]، بحي سباركبروك، بعدما أقرّت الجهة المالكة للمنزل، [[ORGANISATION:Brindley Vale Homes]]، بأنها أخطأت في تشخيص تسرّب من السطح تسبب في انتشار العفن الأسود في غرفتي النوم.

وقالت السيدة [[PERSON:نوال]] لـ«صوت الجالية»: «ابني [[PERSON:ريان]] عمره [[AGE:سبع سنوات]] ومصاب بمرض [[HEALTH:الربو]]، وكان يستيقظ كل ليلة وهو يسعل. كنا نمسح الجدران كل أسبوع، وكانوا يقولون لنا إن السبب هو نشر الغسيل داخل البيت».

وبعد أن تواصلت الصحيفة مع الشركة بشأن الشكوى رقم [[REFERENCE:BVH-C-30558]]، أُرسل مسّاح مستقل اكتشف أن بلاطات السطح مكسورة منذ سنوات. وقال المتحدث باسم الشركة، [[PERSON:أوليفر كرانفيلد]]: «نعتذر للسيدة [[PERSON:الحميري]] وأسرتها. كان ينبغي أن نكتشف السبب من الزيارة الأولى».

وقد استبدلت شركة [[ORGANISATION:Hockley Roofing Ltd]] السطح بالكامل في شهر آذار، وعولجت الغرف وأعيد طلاؤها، وحصلت الأسرة على تعويض قدره 1650 جنيهًا إسترلينيًا.

وكان عضو مجلس المدينة عن الدائرة، [[PERSON:تشارلز أوبي]]، قد رافق الأسرة إلى اجتماع مع الشركة، فيما كتبت النائبة [[PERSON:هولي فينابلز]] إلى مديرها التنفيذي. وبحسب [[PERSON:أوبي]]، باتت الشركة تلتزم بإرسال مسّاح خلال عشرة أيام عمل إلى أي منزل يُبلَّغ فيه عن رطوبة ويعيش فيه طفل يعاني من مرض تنفسي.

ويمكن للمستأجرين التواصل مع خط الإصلاحات على الرقم [[PHONE:٠١٢١ ٤٩٦ ٠٥٨٢]].

في الصورة: [[PERSON:نوال الحميري]] وابنها [[PERSON:ريان]] في غرفة النوم بعد الإصلاح. (تصوير: [[PERSON:مهنّد السامرائي]])

للتواصل مع المحررة: [[EMAIL:salma.aldabbagh@example.org]]
"""),
    ),
    (
        "fv2bb-ar-02",
        "ar",
        _s("""
بريد القراء

شكرًا لمن أصلح النافذة… ولو بعد حين

حضرة رئيس التحرير المحترم،

كتبت إليكم في الربيع الماضي أشكو من نافذة غرفة ابنتي [[PERSON:إيناس]] ذات [[AGE:الأحد عشر عامًا]]، التي كانت لا تُغلق وتدخل منها الرياح والأمطار طوال الشتاء، ونحن نسكن في الطابق الرابع. واليوم أكتب لأقول إن المشكلة حُلّت، ومن العدل أن يُذكر ذلك أيضًا.

أنا [[OTHER_SPECIAL:مغربي]]، أقيم منذ اثني عشر عامًا في [[ADDRESS:الشقة 17]] من [[ADDRESS:Ashgrove House]] قرب [[ADDRESS:مسجد الفرقان]]، والمالك هو [[ORGANISATION:Irwell Bank Housing]]. سجّلت طلب الإصلاح ثلاث مرات، وفي كل مرة كان الموعد يُلغى. وبعد نشر رسالتي اتصلت بي السيدة [[PERSON:شيفون ماكغراث]] من قسم الشكاوى، واعتذرت بعربية متكسّرة تعلّمتها — كما قالت — من جيرانها، فضحكنا معًا.

فُتحت شكوى رسمية برقم [[REFERENCE:IBH/2024/0917]]، وخلال ثلاثة أسابيع ركّبت شركة [[ORGANISATION:Northern Glazing Co]] نوافذ جديدة مزدوجة الزجاج في الشقة كلها، لا في غرفة [[PERSON:إيناس]] وحدها. وحصلنا على تعويض قدره 400 جنيه عن الأشهر الباردة وعن سجادة أتلفها المطر.

والأهم أن الشركة غيّرت نظامها: لم يعد يُسمح بإلغاء موعد إصلاح نافذة لا تُغلق في طابق مرتفع، ويُتصل بالمستأجر قبل أي تأجيل، كما وعدت بترجمة رسائلها المهمة إلى العربية عند الطلب.

أشكر جاري [[PERSON:بيوتر]] الذي ساعدني في كتابة الشكوى بالإنجليزية، وأدعو كل من في العمارة يواجه مشكلة مشابهة إلى الاتصال بي على [[PHONE:٠٧٧٠٠ ٩٠٠٢٦٤]] أو مراسلتي على [[EMAIL:abdelilah.b at example dot net]].

[[PERSON:عبد الإله بنشقرون]]

[[ADDRESS:Ashgrove House]]، مانشستر
"""),
    ),
    (
        "fv2bb-ar-03",
        "ar",
        _s("""
تحقيق | الحاج [[PERSON:قاسم]] يعود إلى سريره بعد ثلاث سنوات

كيف غيّرت شكوى مسنّ [[OTHER_SPECIAL:يمني]] طريقة تعامل شركة إسكان في شيفيلد مع طلبات التعديل المنزلي

شيفيلد – [[PERSON:ياسين المقطري]]

في بيت من طابقين في [[ADDRESS:15 Abbeyfield Walk]]، [[POSTCODE:s4 7ag]]، قضى الحاج [[PERSON:قاسم ناجي الشرعبي]] ([[AGE:84 عامًا]]) ثلاث سنوات ينام على أريكة في غرفة الجلوس، لأنه لم يعد قادرًا على صعود الدرج. عمل الحاج [[PERSON:قاسم]] أربعين عامًا في مصانع الصلب في المدينة، وهو يعاني اليوم من [[HEALTH:الانسداد الرئوي المزمن]] و[[HEALTH:السكري]].

في عام 2021 أوصت أخصائية العلاج الوظيفي [[PERSON:نيام غالاغر]] ([[PERSON:Niamh Gallagher]]) بتركيب مصعد للدرج وتحويل الحمّام السفلي إلى غرفة استحمام. لكن الطلب بقي عالقًا لدى المالك، [[ORGANISATION:Rivelin Park Housing]]، بحجة «نقص الميزانية».

يقول حفيده [[PERSON:معاذ]]، الذي تولّى المراسلات: «كنا نتصل بالرقم [[PHONE:0114 496 0925]] كل شهر، وفي كل مرة يقولون: أنتم على القائمة». وبعد أن رُفضت الشكوى في مرحلتيها، رفعتها الأسرة إلى أمين مظالم الإسكان (رقم القضية [[REFERENCE:202209431]]).

وجد أمين المظالم أن الشركة أخطأت إذ لم تضع جدولًا زمنيًا ولم تُبلغ الأسرة بأي تقدّم، وأمرها بتنفيذ الأعمال ودفع 2000 جنيه. ونفّذت شركة [[ORGANISATION:Hallam Adaptations Ltd]] مصعد الدرج وغرفة الاستحمام خلال ستة أسابيع.

وقالت مديرة الخدمات في الشركة، [[PERSON:ريبيكا ستانيفورث]]، لصحيفتنا إن كل طلب تعديل بات يُسند إلى موظف بالاسم، وتتلقى الأسرة تحديثًا مكتوبًا كل شهر، مع توفير مترجم للناطقين بالعربية.

أما الحاج [[PERSON:قاسم]] فيقول مبتسمًا: «في أول صباح بعد أن نمت في سريري، مشيت إلى [[ADDRESS:مسجد السلام]] وصلّيت الفجر مع الجماعة، لأول مرة منذ سنتين».

في الصورة: الحاج [[PERSON:قاسم الشرعبي]] مع حفيده [[PERSON:معاذ]] أمام مصعد الدرج الجديد.
"""),
    ),
    (
        "fv2bb-ar-04",
        "ar",
        _s("""
سقف ينهار في كيلبرن… ثم اعتذار وتعويض وقاعدة جديدة

لندن – [[PERSON:لمى عيتاني]]

لم تكن السيدة [[OTHER_SPECIAL:العراقية]] [[PERSON:بشرى كاظم الساعدي]] ([[AGE:39 عامًا]]) تتوقع أن يتحول تسرّب صغير من الشقة العلوية إلى انهيار جزء من سقف المطبخ. تقيم [[PERSON:بشرى]] مع طفليها في [[ADDRESS:الشقة 12]] من [[ADDRESS:Mapesbury Court]]، المملوكة لـ[[ORGANISATION:Kilburn Vale Housing]].

أبلغت [[PERSON:بشرى]] عن البقعة في السقف خمس مرات خلال شهرين (رقم طلب الإصلاح [[REFERENCE:KVH-R-90314]])، ثم نشرت مقطعًا على حسابها في تيك توك [[OTHER_ID:@bushra.home.diary]] يُظهر الماء يقطر فوق الموقد. وفي اليوم التالي سقطت قطعة من الجبس على الأرض، بعد دقائق من خروج ابنها [[PERSON:حيدر]] ([[AGE:10 أعوام]]) إلى [[ADDRESS:مدرسة Brondesbury Fields الابتدائية]].

جارة من الطابق نفسه، طلبت عدم ذكر اسمها، قالت لنا إن «الجميع كان يعرف أن الأنابيب قديمة». وحين مرّ زوجها في الممر نادى عليها: «[[PERSON:ماغدا]]، لا تتأخري!».

بعد الشكوى أرسلت الشركة فريق [[ORGANISATION:Capital Plumb Ltd]] الذي استبدل الأنابيب في الشقتين، وأُعيد بناء السقف، ودُفع للأسرة 1100 جنيه مع إقامة فندقية لثلاث ليالٍ. وقال المتحدث باسم الشركة [[PERSON:توماس أوكيف]] ([[PERSON:Thomas O'Keeffe]]) إن الشركة باتت ترسل مهندسًا خلال 24 ساعة عند الإبلاغ عن أي تسرّب من السقف، بدل إدراجه في قائمة الإصلاحات العادية.

للاستفسار: [[PHONE:٠٢٠ ٧٩٤٦ ٠٤٣٩]].

تصحيح (أضيف لاحقًا): ورد في النسخة الأولى من هذا الخبر أن السيدة [[PERSON:الساعدي]] تقيم في [[ADDRESS:الشقة 21]]، والصحيح [[ADDRESS:الشقة 12]]. كما ذكرنا أن عمر ابنها [[AGE:12 عامًا]] والصحيح [[AGE:10 أعوام]]. نعتذر للقراء وللأسرة.
"""),
    ),
    (
        "fv2bb-ar-05",
        "ar",
        _s("""
إذاعة صوت الجالية العربية – ليفربول | الموقع الإلكتروني

من غرفتين لسبعة أشخاص إلى بيت بأربع غرف: أسرة [[OTHER_SPECIAL:سودانية]] تُنصف بعد شكوى

أعدّت التقرير: [[PERSON:رغد الطائي]] | [[EMAIL:raghad.altaie@example.org]]

استضافت حلقة الخميس من برنامج «بيتنا» السيد [[PERSON:عوض الكريم محجوب]] ([[AGE:44 عامًا]])، وهو [[OTHER_SPECIAL:لاجئ]] [[OTHER_SPECIAL:سوداني]] وصل إلى ليفربول عام 2019، وروى كيف عاشت أسرته المكونة من سبعة أفراد أربع سنوات في شقة من غرفتين في [[ADDRESS:Granby Court]]، [[POSTCODE:L8 2TW]].

قال [[PERSON:عوض الكريم]]: «زوجتي [[PERSON:إخلاص]] كانت تنام مع البنات في غرفة، وأنا مع الأولاد في الصالة. ابني [[PERSON:مزمل]] عمره [[AGE:خمس سنوات]] ومصاب بـ[[HEALTH:فقر الدم المنجلي]]، والطبيب كتب أكثر من رسالة».

كانت الأسرة مسجلة على قائمة الإسكان برقم [[REFERENCE:LHR-448120]] ضمن «الأولوية العادية» رغم الاكتظاظ والتقارير الطبية. وبمساعدة المرشد الاجتماعي [[PERSON:كوابينا أسانتي]]، قدّمت الأسرة شكوى إلى المالك، [[ORGANISATION:Dingle Bank Housing]] (رقم الشكوى [[REFERENCE:DBH-CMP-5521]]).

اعترفت الشركة بأنها لم تُحِل التقارير الطبية إلى فريق التقييم، فنُقلت الأسرة إلى فئة الأولوية القصوى، وانتقلت في آذار إلى بيت من أربع غرف، مع تعويض قدره 800 جنيه. وقالت عضوة المجلس [[PERSON:مورين كافانا]] للإذاعة إن الشركة أصبحت تراجع كل ملف اكتظاظ مرفق بتقرير طبي خلال 28 يومًا.

ويختم [[PERSON:عوض الكريم]]: «الآن لكل طفل سرير. هذا كل ما كنا نطلبه».

للاستماع إلى الحلقة أو التواصل مع البرنامج: [[PHONE:٠١٥١ ٤٩٦ ٠٢١٧]]، أو عبر حسابنا [[OTHER_ID:@SawtLiverpool]].
"""),
    ),
    (
        "fv2bb-bn-01",
        "bn",
        _s("""
পপলারে ছাদ চুঁইয়ে পানি পড়া বন্ধ হলো দুই বছর পর

অবশেষে দোষ স্বীকার করে ক্ষতিপূরণ দিল হাউজিং অ্যাসোসিয়েশন

নিজস্ব প্রতিবেদক, লন্ডন | [[PERSON:শারমিন সুলতানা লুনা]]

পপলারের [[ADDRESS:কর্ডওয়েনার হাউস]]-এর সবচেয়ে ওপরের তলায় [[ADDRESS:৩২ নম্বর ফ্ল্যাটে]] থাকেন হাজী [[PERSON:আব্দুল মুক্তাদির চৌধুরী]] ([[AGE:৬৭]]) ও তাঁর স্ত্রী [[PERSON:সুফিয়া খাতুন]] ([[AGE:৬১]])। দুই বছর ধরে প্রতি বৃষ্টিতে তাঁদের শোবার ঘরের ছাদ দিয়ে পানি পড়ত, বালতি পেতে রাত কাটাতে হতো।

"আমার [[HEALTH:ডায়াবেটিস]], রাতে কয়েকবার উঠতে হয়। অন্ধকারে বালতিতে পা লেগে দুবার পড়ে গেছি," বললেন [[PERSON:মুক্তাদির]] সাহেব।

বাড়িওয়ালা [[ORGANISATION:লাইমহাউস রিচ হোমস]]-এর কাছে এ নিয়ে অন্তত নয়বার মেরামতের অনুরোধ করা হয় (কাজের নম্বর [[REFERENCE:LRH-45217]])। প্রতিবার কেউ এসে ছাদের ওপর একটা "প্যাচ" লাগিয়ে চলে যেত।

গত নভেম্বরে স্থানীয় কাউন্সিলর [[PERSON:রুমানা সিদ্দিকা]]-র সহায়তায় আনুষ্ঠানিক অভিযোগ করা হয়। এলাকার এমপি [[PERSON:এলিনর হুইটকম্ব]]-ও প্রতিষ্ঠানটির প্রধান নির্বাহীকে চিঠি লেখেন।

এরপর [[ORGANISATION:Thameside Roofing Ltd]] পুরো ছাদ নতুন করে বসায়, ঘর শুকিয়ে রং করে দেওয়া হয় এবং দম্পতিকে ১,৪০০ পাউন্ড ক্ষতিপূরণ দেওয়া হয়।

সাপ্তাহিক পত্রিকার পক্ষ থেকে যোগাযোগ করা হলে [[ORGANISATION:লাইমহাউস রিচ হোমসের]] মুখপাত্র [[PERSON:ড্যানিয়েল ওকোরো]] বলেন, "একই ছাদে বারবার জোড়াতালি দেওয়া আমাদের ভুল ছিল। এখন থেকে কোনো ছাদে তিনবার লিকের অভিযোগ এলেই সার্ভেয়ার পাঠিয়ে পুরো ছাদ পরীক্ষা করা হবে।"

মেরামত-সংক্রান্ত অভিযোগ জানাতে: [[PHONE:০২০ ৭৯৪৬ ০৬১৭]]।

ছবি: নতুন ছাদের নিচে [[PERSON:আব্দুল মুক্তাদির চৌধুরী]] ও [[PERSON:সুফিয়া খাতুন]]। ছবি তুলেছেন [[PERSON:জুবায়ের হাসনাত তাপস]]।

প্রতিবেদকের সাথে যোগাযোগ: [[EMAIL:sharmin.luna@example.com]]
"""),
    ),
    (
        "fv2bb-bn-02",
        "bn",
        _s("""
পাঠকের চিঠি

ধন্যবাদ, দেরিতে হলেও

সম্পাদক সমীপেষু,

গত শীতে আপনাদের পত্রিকায় আমার একটি চিঠি ছাপা হয়েছিল, আমাদের ফ্ল্যাটে ছেলের ঘরের দেয়ালে কালো ছত্রাক নিয়ে। আজ আবার লিখছি, কারণ সমস্যার সমাধান হয়েছে এবং যাঁরা সাহায্য করেছেন তাঁদের ধন্যবাদ জানানো দরকার।

আমরা থাকি [[ADDRESS:৪১ হেনরিয়েটা ওয়াক]], [[POSTCODE:e1 2pq]]-এ। বাড়িওয়ালা [[ORGANISATION:Stepney Wharf Housing]]। আমার ছেলে [[PERSON:তাহসিন]]-এর বয়স [[AGE:আট বছর]], ওর [[HEALTH:হাঁপানি]] আছে। গত শীতে তিনবার ওকে রাতে জরুরি বিভাগে নিতে হয়েছিল, আর [[ADDRESS:Cayley Green Primary School]] থেকে ওর শিক্ষিকা জানিয়েছিলেন, ও প্রায়ই ক্লাসে ঘুমিয়ে পড়ে।

চিঠি ছাপা হওয়ার পর হাউজিং অফিস থেকে [[PERSON:গ্রাইন কেলেহার]] নামে একজন অফিসার ফোন করেন। তিনি অভিযোগটি আনুষ্ঠানিকভাবে নথিভুক্ত করেন (নম্বর [[REFERENCE:SWH/CMP/3390]]) এবং এক সপ্তাহের মধ্যে সার্ভেয়ার পাঠান। দেখা গেল, বাইরের দেয়ালের একটি ড্রেনপাইপ ফাটা, পানি ভেতরে ঢুকছিল। [[ORGANISATION:Mile End Building Services]] পাইপ বদলে দেয়াল শুকিয়ে নতুন প্লাস্টার করে, ঘরে একটি এক্সট্র্যাক্টর ফ্যানও বসায়। আমরা ৯৫০ পাউন্ড ক্ষতিপূরণও পেয়েছি।

সবচেয়ে বড় পরিবর্তন হলো, এখন ছত্রাকের অভিযোগ এলে ওরা আগে কারণ খোঁজে, "জানালা খুলে রাখুন" বলে ফোন রেখে দেয় না। আর বাচ্চার স্বাস্থ্য সমস্যার কথা জানালে কেসটা জরুরি তালিকায় ওঠে।

আমাদের ব্লকের অন্য কেউ একই সমস্যায় থাকলে আমাকে [[PHONE:০৭৭০০ ৯০০৪৮২]] নম্বরে ফোন করতে বা [[EMAIL:ferdousi.rumi@example.com]]-এ লিখতে পারেন। আমার স্বামী [[PERSON:জাকির উদ্দিন]] ইংরেজিতে অভিযোগ লিখতে সাহায্য করবেন।

— [[PERSON:ফেরদৌসী জাহান রুমি]], [[ADDRESS:হেনরিয়েটা ওয়াক]], স্টেপনি
"""),
    ),
    (
        "fv2bb-bn-03",
        "bn",
        _s("""
প্রতিবেদন | দুই বছর গোসল করতে পারেননি [[PERSON:আলতাফুর রহমান]]

হাউজিং ওম্বাডসম্যানের রায়ের পর নতুন ওয়েট রুম, বদলেছে অ্যাডাপটেশনের নিয়মও

বো থেকে [[PERSON:মেহেদী হাসান রাজু]]

[[AGE:৭৯ বছর]] বয়সী [[PERSON:আলতাফুর রহমান তালুকদার]] ২০২২ সালের জানুয়ারিতে [[HEALTH:স্ট্রোক]] করার পর থেকে আর বাথটাবে নামতে পারতেন না। তাঁর বাড়ি [[ADDRESS:১৯ ম্যালমসবারি রোড]], [[POSTCODE:E3 4LN]]; বাড়িওয়ালা [[ORGANISATION:Bowfield Homes]]। অকুপেশনাল থেরাপিস্ট [[PERSON:ইউস্তিনা গ্রাবোস্কা]] সেই বছরের মার্চেই বাথরুমে ওয়াক-ইন শাওয়ার বসানোর সুপারিশ করেন। কিন্তু সেই সুপারিশ পড়ে থাকে প্রায় দুই বছর।

"আব্বা প্রতিদিন [[ADDRESS:দারুল ইহসান জামে মসজিদ]]-এ জোহরের নামাজ পড়তেন। গোসল করতে না পেরে লজ্জায় যাওয়াই বন্ধ করে দিলেন," বললেন তাঁর ছেলে [[PERSON:মাহফুজ]], যিনি বাবার হয়ে অভিযোগ করেন।

দুই ধাপের অভিযোগ প্রক্রিয়া শেষেও কাজ না হওয়ায় পরিবারটি হাউজিং ওম্বাডসম্যানের কাছে যায় (কেস নম্বর [[REFERENCE:২০২৩১১৭৫৮]])। ওম্বাডসম্যান "গুরুতর ব্যর্থতা" খুঁজে পান: সুপারিশটি ভুল বিভাগে পাঠানো হয়েছিল, আর পরিবারকে কেউ কিছু জানায়নি।

রায় অনুযায়ী [[ORGANISATION:AccessWell Adaptations]] ছয় সপ্তাহে নিচতলায় একটি ওয়েট রুম তৈরি করে, আর পরিবার পায় ২,২০০ পাউন্ড।

[[ORGANISATION:Bowfield Homes]]-এর অ্যাডাপটেশন ম্যানেজার [[PERSON:ইসোবেল ক্যাথকার্ট]] আমাদের জানান, এখন প্রতিটি সুপারিশ আসার দশ দিনের মধ্যে পরিবারকে লিখিত সময়সূচি দেওয়া হয় এবং প্রতি মাসে ফোনে অগ্রগতি জানানো হয়।

আর [[PERSON:আলতাফুর]] সাহেব? তাঁর স্ত্রী [[PERSON:জোবেদা খানম]] হেসে বললেন, "এখন উনি আবার আগের মতো জুমার আগে আতর মেখে বের হন।"

যোগাযোগ: [[EMAIL:mehedi.raju@example.net]] | [[PHONE:০২০ ৭৯৪৬ ০৭৪১]]
"""),
    ),
    (
        "fv2bb-bn-04",
        "bn",
        _s("""
সাত সদস্যের পরিবার দুই বেডরুম থেকে চার বেডরুমে

ছয় বছরের অপেক্ষা; অভিযোগের পর নিয়ম বদলাল কাউন্সিল

শ্যাডওয়েল | প্রতিবেদন: [[PERSON:সাবরিনা মজুমদার]] ([[EMAIL:sabrina.m@example.net]])

[[PERSON:ফাহমিদা ইয়াসমিন]] ([[AGE:৪২]]) ছয় বছর ধরে স্বামী ও পাঁচ সন্তানকে নিয়ে থাকতেন [[ADDRESS:Harford House]]-এর [[ADDRESS:৭ নম্বর ফ্ল্যাটে]], দুই বেডরুমের একটি ফ্ল্যাটে। বড় মেয়ে [[PERSON:নওশীন]] ([[AGE:১৫]]) [[HEALTH:মৃগী]] রোগে আক্রান্ত; রাতে খিঁচুনি হলে ছোট ভাইবোনরাও জেগে উঠত।

[[ORGANISATION:টাওয়ার হ্যামলেটস কাউন্সিল]]-এর হাউজিং রেজিস্টারে পরিবারটির নম্বর [[REFERENCE:THR-098217]]। ডাক্তারের চিঠি জমা দেওয়ার পরও তাদের মেডিক্যাল প্রায়োরিটি দেওয়া হয়নি, কারণ ফর্মটি নাকি "হারিয়ে গিয়েছিল"।

প্রতিবেশী [[PERSON:উইনস্টন ম্যাকফারলেন]], যিনি ত্রিশ বছর ধরে একই ব্লকে থাকেন, পরিবারটিকে অভিযোগ লিখতে সাহায্য করেন। "পাঁচটা বাচ্চা এক ঘরে, আর ওরা বলছে ফর্ম হারিয়ে গেছে," বললেন তিনি।

অভিযোগের (নম্বর [[REFERENCE:TH-CX-77120]]) জবাবে কাউন্সিল ভুল স্বীকার করে পরিবারকে সর্বোচ্চ অগ্রাধিকার দেয়। গত মাসে তারা [[ORGANISATION:Blackwall Quay Housing]]-এর একটি চার বেডরুমের বাড়িতে উঠেছে, সঙ্গে ৭৫০ পাউন্ড ক্ষতিপূরণ। কাউন্সিল জানিয়েছে, মেডিক্যাল প্রমাণ এখন অনলাইনে জমা নেওয়া হয় এবং সঙ্গে সঙ্গে প্রাপ্তিস্বীকার পাঠানো হয়।

পরিবারের অনুরোধে নতুন ঠিকানা প্রকাশ করা হলো না।

[[PERSON:ফাহমিদা]] বলেন, "এখন [[PERSON:নওশীন]] নিজের ঘরে ঘুমায়। অনেক দিন পর ও শান্তিতে পরীক্ষার পড়া পড়তে পারছে।"

সংশোধনী: এই প্রতিবেদনের প্রথম সংস্করণে আমরা ভুলবশত মায়ের নাম "[[PERSON:ফারহানা ইয়াসমিন]]" এবং বড় মেয়ের বয়স [[AGE:১৩]] লিখেছিলাম। সঠিক নাম [[PERSON:ফাহমিদা ইয়াসমিন]], মেয়ের বয়স [[AGE:১৫]]। অনিচ্ছাকৃত ভুলের জন্য আমরা দুঃখিত। — বার্তা সম্পাদক
"""),
    ),
    (
        "fv2bb-bn-05",
        "bn",
        _s("""
বাংলা কমিউনিটি রেডিও ওল্ডহ্যাম | অনলাইন সংবাদ

সাত সপ্তাহ গরম পানি ছাড়া, অবশেষে নতুন বয়লার

[[PERSON:নাজমুল হক শিপন]] ([[AGE:৩৯]]) স্ত্রী আর তিন সন্তান নিয়ে থাকেন [[ADDRESS:২২ ওয়েস্টউড ক্রিসেন্ট]], [[POSTCODE:OL9 6HW]]-এ। গত ডিসেম্বরে তাঁদের বয়লার নষ্ট হয়ে যায়। সবচেয়ে ছোট মেয়ে [[PERSON:আনায়ার]] বয়স তখন মাত্র [[AGE:১৮ মাস]]।

বাড়িওয়ালা [[ORGANISATION:Pennine Hearth Homes]]-এর ঠিকাদার [[ORGANISATION:Medlock Gas Services]] চারবার এসে "পার্টস অর্ডার করা হয়েছে" বলে চলে যায়। কাজের নম্বর ছিল [[REFERENCE:PHH-RJ-60311]]।

শনিবারের "আমাদের ঘরবাড়ি" অনুষ্ঠানে [[PERSON:শিপন]] ভাই বলেন, "রাতে বাচ্চাদের জন্য ইলেকট্রিক হিটার চালাতাম, বিদ্যুতের বিল এল তিন গুণ।"

পাশের বাড়ির [[OTHER_SPECIAL:জ্যামাইকান]] বংশোদ্ভূত [[PERSON:মার্শা গ্রান্ট-লিন্ডো]], যিনি চল্লিশ বছর ধরে এই রাস্তায় আছেন, প্রতিদিন সন্ধ্যায় তাঁদের জন্য গরম পানির ফ্লাস্ক পাঠাতেন। তিনিই পরামর্শ দেন কাউন্সিলরের কাছে যেতে।

কাউন্সিলর [[PERSON:ইমরান শাহজাদ]]-এর হস্তক্ষেপে আনুষ্ঠানিক অভিযোগ হয়, আর পাঁচ দিনের মাথায় নতুন বয়লার বসে। [[ORGANISATION:পেনাইন হার্থ হোমস]] ৬২০ পাউন্ড ক্ষতিপূরণ দিয়েছে এবং বাড়তি বিদ্যুৎ বিলের টাকাও ফেরত দিয়েছে।

প্রতিষ্ঠানটির মুখপাত্র [[PERSON:লুসি ব্রায়ারলি]] আমাদের জানান, শীতকালে যে বাড়িতে ছোট শিশু বা অসুস্থ কেউ আছে, সেখানে বয়লার নষ্ট হলে এখন ২৪ ঘণ্টার মধ্যে বিকল্প হিটার দেওয়া হবে, আর পাঁচ দিনের মধ্যে মেরামত না হলে বয়লার বদলে দেওয়া হবে।

আপনার বাড়ির সমস্যার কথা জানাতে ফোন করুন [[PHONE:০১৬১ ৪৯৬ ০৫৪৯]] নম্বরে, অথবা ইমেইল করুন [[EMAIL:ghorbari at example dot org]]। আমাদের ফেসবুক পেজ: [[OTHER_ID:@OldhamBanglaRadio]]।

প্রতিবেদন: [[PERSON:তাহমিনা সরকার]]
"""),
    ),
    (
        "fv2bb-pa-01",
        "pa",
        _s("""
ਸਾਊਥਾਲ: ਤਿੰਨ ਮਹੀਨੇ ਠੰਢ ਵਿਚ ਰਹੀ ਬਜ਼ੁਰਗ ਬੀਬੀ ਦੀ ਹੀਟਿੰਗ ਆਖ਼ਰ ਠੀਕ

ਹਾਊਸਿੰਗ ਐਸੋਸੀਏਸ਼ਨ ਨੇ ਗ਼ਲਤੀ ਮੰਨੀ, ਮੁਆਵਜ਼ਾ ਦਿੱਤਾ ਤੇ ਨਿਯਮ ਬਦਲੇ

ਸਾਊਥਾਲ (ਸਾਡੀ ਪੱਤਰਕਾਰ [[PERSON:ਰੁਪਿੰਦਰਜੀਤ ਕੌਰ ਚੀਮਾ]]) — [[ADDRESS:੩੩ ਵਿੰਡਮਿਲ ਗਰੋਵ]], [[POSTCODE:UB2 5QN]] ਵਿਖੇ ਰਹਿੰਦੀ [[AGE:੭੬ ਸਾਲਾ]] ਸ੍ਰੀਮਤੀ [[PERSON:ਹਰਭਜਨ ਕੌਰ ਗਿੱਲ]] ਨੇ ਇਸ ਸਰਦੀ ਦੇ ਤਿੰਨ ਮਹੀਨੇ ਬਿਨਾਂ ਹੀਟਿੰਗ ਦੇ ਕੱਟੇ। ਉਨ੍ਹਾਂ ਦਾ ਘਰ [[ORGANISATION:ਬ੍ਰੈਂਟਸਾਈਡ ਹੋਮਜ਼]] ਦਾ ਹੈ।

"ਮੇਰੇ ਗੋਡਿਆਂ ਵਿਚ [[HEALTH:ਗਠੀਆ]] ਹੈ, ਠੰਢ ਨਾਲ ਦਰਦ ਦੁੱਗਣਾ ਹੋ ਜਾਂਦਾ ਸੀ," ਬੀਬੀ ਜੀ ਨੇ ਦੱਸਿਆ। "ਦਿਨ ਵੇਲੇ ਮੈਂ [[ADDRESS:ਗੁਰਦੁਆਰਾ ਸ੍ਰੀ ਗੁਰੂ ਸਿੰਘ ਸਭਾ]] ਚਲੀ ਜਾਂਦੀ ਸੀ, ਉੱਥੇ ਨਿੱਘ ਵੀ ਸੀ ਤੇ ਲੰਗਰ ਵੀ।"

ਉਨ੍ਹਾਂ ਦੇ ਪੁੱਤਰ [[PERSON:ਕੁਲਵੰਤ ਸਿੰਘ]] ਨੇ ਦੱਸਿਆ ਕਿ ਮੁਰੰਮਤ ਦਾ ਕੰਮ (ਨੰਬਰ [[REFERENCE:BSH-RJ-66120]]) ਛੇ ਵਾਰ "ਪੂਰਾ" ਲਿਖ ਕੇ ਬੰਦ ਕਰ ਦਿੱਤਾ ਗਿਆ, ਜਦਕਿ ਬੋਇਲਰ ਚੱਲਦਾ ਹੀ ਨਹੀਂ ਸੀ। ਫਿਰ ਉਨ੍ਹਾਂ ਨੇ ਵਾਰਡ ਕੌਂਸਲਰ [[PERSON:ਜਸਵਿੰਦਰ ਸਿੰਘ ਰੰਧਾਵਾ]] ਨਾਲ ਸੰਪਰਕ ਕੀਤਾ, ਅਤੇ ਹਲਕੇ ਦੀ ਐਮ.ਪੀ. [[PERSON:ਕੈਟਰੀਓਨਾ ਫੇਅਰਬੇਅਰਨ]] ਨੇ ਵੀ ਐਸੋਸੀਏਸ਼ਨ ਨੂੰ ਚਿੱਠੀ ਲਿਖੀ।

ਸਾਡੇ ਅਖ਼ਬਾਰ ਵੱਲੋਂ ਸੰਪਰਕ ਕਰਨ ’ਤੇ ਐਸੋਸੀਏਸ਼ਨ ਦੇ ਬੁਲਾਰੇ [[PERSON:ਜੇਮਜ਼ ਓਗੁਨਡੇਲੇ]] ਨੇ ਮੰਨਿਆ: "ਸਾਡੇ ਸਿਸਟਮ ਨੇ ਇਕ ਬਜ਼ੁਰਗ ਨੂੰ ਠੰਢ ਵਿਚ ਛੱਡ ਦਿੱਤਾ। ਇਹ ਮਨਜ਼ੂਰ ਨਹੀਂ।" ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:BSH/C/2291]] ਦੇ ਫ਼ੈਸਲੇ ਮਗਰੋਂ [[ORGANISATION:Westway Heating Ltd]] ਨੇ ਨਵਾਂ ਬੋਇਲਰ ਲਾਇਆ ਅਤੇ ਬੀਬੀ ਜੀ ਨੂੰ £900 ਮੁਆਵਜ਼ਾ ਮਿਲਿਆ।

ਹੁਣ [[ORGANISATION:ਬ੍ਰੈਂਟਸਾਈਡ]] ਨੇ ਨਿਯਮ ਬਣਾਇਆ ਹੈ ਕਿ 75 ਸਾਲ ਤੋਂ ਉੱਪਰ ਦੇ ਕਿਰਾਏਦਾਰ ਦਾ ਬੋਇਲਰ ਖ਼ਰਾਬ ਹੋਵੇ ਤਾਂ ਉਸੇ ਦਿਨ ਹੀਟਰ ਦਿੱਤਾ ਜਾਵੇਗਾ, ਅਤੇ ਕੋਈ ਵੀ ਕੰਮ ਕਿਰਾਏਦਾਰ ਦੀ ਹਾਂ ਤੋਂ ਬਿਨਾਂ "ਪੂਰਾ" ਨਹੀਂ ਲਿਖਿਆ ਜਾਵੇਗਾ।

ਮੁਰੰਮਤ ਲਈ ਹੈਲਪਲਾਈਨ: [[PHONE:੦੨੦ ੭੯੪੬ ੦੩੨੮]]।

ਤਸਵੀਰ: ਨਵੇਂ ਬੋਇਲਰ ਕੋਲ ਬੀਬੀ [[PERSON:ਹਰਭਜਨ ਕੌਰ]] ਅਤੇ ਉਨ੍ਹਾਂ ਦਾ ਪੋਤਰਾ [[PERSON:ਅਰਜਨਬੀਰ]]।
"""),
    ),
    (
        "fv2bb-pa-02",
        "pa",
        _s("""
ਪਾਠਕਾਂ ਦੀਆਂ ਚਿੱਠੀਆਂ

ਰੈਂਪ ਬਣ ਗਿਆ, ਧੰਨਵਾਦ

ਸੰਪਾਦਕ ਜੀ,

ਪਿਛਲੇ ਸਾਲ ਮੈਂ ਤੁਹਾਡੇ ਅਖ਼ਬਾਰ ਰਾਹੀਂ ਸ਼ਿਕਾਇਤ ਕੀਤੀ ਸੀ ਕਿ ਮੇਰੀ ਪਤਨੀ [[PERSON:ਤੇਜਿੰਦਰ ਕੌਰ]], ਜਿਨ੍ਹਾਂ ਨੂੰ 2022 ਵਿਚ [[HEALTH:ਅਧਰੰਗ]] ਹੋਇਆ ਸੀ, ਵ੍ਹੀਲਚੇਅਰ ’ਤੇ ਘਰੋਂ ਬਾਹਰ ਨਹੀਂ ਨਿਕਲ ਸਕਦੇ, ਕਿਉਂਕਿ ਸਾਡੇ ਘਰ [[ADDRESS:ਨੰਬਰ 118]] ਦੇ ਅੱਗੇ ਤਿੰਨ ਟੁੱਟੀਆਂ ਪੌੜੀਆਂ ਹਨ। ਮਕਾਨ-ਮਾਲਕ [[ORGANISATION:Tettenhall Brook Housing]] ਅੱਠ ਮਹੀਨੇ "ਫ਼ੰਡਿੰਗ ਦੀ ਉਡੀਕ" ਹੀ ਕਹਿੰਦਾ ਰਿਹਾ।

ਅੱਜ ਮੈਂ ਖ਼ੁਸ਼ੀ ਨਾਲ ਲਿਖ ਰਿਹਾ ਹਾਂ ਕਿ ਮਸਲਾ ਹੱਲ ਹੋ ਗਿਆ ਹੈ। ਚਿੱਠੀ ਛਪਣ ਤੋਂ ਦੋ ਦਿਨ ਬਾਅਦ ਮਿਸ [[PERSON:ਡਿਓਨ ਸਿੰਕਲੇਅਰ]] ([[PERSON:Dionne Sinclair]]) ਸਾਡੇ ਘਰ ਆਈ। ਉਨ੍ਹਾਂ ਨੇ ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:TBH-CMP-1147]] ਦਰਜ ਕੀਤੀ ਅਤੇ ਮੰਨਿਆ ਕਿ ਡਾਕਟਰ ਦੀ ਚਿੱਠੀ ਫ਼ਾਈਲ ਵਿਚ ਹੀ ਪਈ ਰਹਿ ਗਈ ਸੀ। ਛੇ ਹਫ਼ਤਿਆਂ ਵਿਚ [[ORGANISATION:Dudley Ramps & Rails]] ਨੇ ਪੱਕਾ ਰੈਂਪ ਅਤੇ ਹੈਂਡਰੇਲ ਲਾ ਦਿੱਤੇ, ਨਾਲ ਹੀ ਦਰਵਾਜ਼ਾ ਚੌੜਾ ਕੀਤਾ। ਸਾਨੂੰ £500 ਮੁਆਵਜ਼ਾ ਵੀ ਮਿਲਿਆ।

ਹੁਣ [[PERSON:ਤੇਜਿੰਦਰ]] ਹਰ ਐਤਵਾਰ ਮੇਰੇ ਨਾਲ [[ADDRESS:ਗੁਰਦੁਆਰਾ ਗੁਰੂ ਤੇਗ ਬਹਾਦਰ ਸਾਹਿਬ]] ਜਾਂਦੇ ਹਨ ਅਤੇ ਸਾਡਾ ਪੋਤਾ [[PERSON:ਜ਼ੋਰਾਵਰ]] ਉਨ੍ਹਾਂ ਦੀ ਵ੍ਹੀਲਚੇਅਰ ਆਪ ਧੱਕਦਾ ਹੈ।

ਸਭ ਤੋਂ ਵੱਡੀ ਗੱਲ ਇਹ ਕਿ ਐਸੋਸੀਏਸ਼ਨ ਨੇ ਦੱਸਿਆ ਹੈ, ਹੁਣ ਹਰ ਅਡੈਪਟੇਸ਼ਨ ਕੇਸ ਲਈ 12 ਹਫ਼ਤਿਆਂ ਦੀ ਹੱਦ ਤੈਅ ਹੋਵੇਗੀ ਅਤੇ ਡਾਕਟਰੀ ਚਿੱਠੀ ਮਿਲਣ ’ਤੇ ਕਿਰਾਏਦਾਰ ਨੂੰ ਰਸੀਦ ਭੇਜੀ ਜਾਵੇਗੀ।

ਜੇ ਕਿਸੇ ਹੋਰ ਪਰਿਵਾਰ ਨੂੰ ਅਜਿਹੀ ਮੁਸ਼ਕਲ ਹੋਵੇ ਤਾਂ ਮੈਨੂੰ [[PHONE:07700 900 356]] ’ਤੇ ਫ਼ੋਨ ਕਰ ਸਕਦੇ ਹਨ ਜਾਂ [[EMAIL:bpurewal@example.com]] ’ਤੇ ਲਿਖ ਸਕਦੇ ਹਨ।

[[PERSON:ਬਲਵੰਤ ਸਿੰਘ ਪੁਰੇਵਾਲ]]

[[ADDRESS:ਪੈੱਨ ਰੋਡ]], ਵੁਲਵਰਹੈਂਪਟਨ
"""),
    ),
    (
        "fv2bb-pa-03",
        "pa",
        _s("""
ਵਿਸ਼ੇਸ਼ ਰਿਪੋਰਟ: ਇਕ ਡਿੱਗੀ ਵਾੜ ਅਤੇ ਇਕ ਮਾਂ ਦੀ ਲੜਾਈ

ਲੈਸਟਰ ਦੇ [[PERSON:ਬੱਗਾ]] ਪਰਿਵਾਰ ਦੀ ਸ਼ਿਕਾਇਤ ਨੇ ਬਦਲੀ ਹਾਊਸਿੰਗ ਐਸੋਸੀਏਸ਼ਨ ਦੀ ਨੀਤੀ

ਲੈਸਟਰ ਤੋਂ [[PERSON:ਹਰਕੀਰਤ ਸਿੰਘ ਮਾਨ]] ਦੀ ਰਿਪੋਰਟ

[[PERSON:ਰੇਣੂ ਬੱਗਾ]] ਦਾ ਪੁੱਤਰ [[PERSON:ਕਬੀਰ]] [[AGE:12 ਸਾਲ]] ਦਾ ਹੈ। ਉਸ ਨੂੰ [[HEALTH:ਔਟਿਜ਼ਮ]] ਅਤੇ [[HEALTH:ਮਿਰਗੀ]] ਹੈ, ਅਤੇ ਉਹ ਖ਼ਤਰੇ ਨੂੰ ਨਹੀਂ ਸਮਝਦਾ। ਪਿਛਲੇ ਸਾਲ ਅਪ੍ਰੈਲ ਵਿਚ ਤੂਫ਼ਾਨ ਨਾਲ [[ADDRESS:8 ਕੈਸਲਟਨ ਡਰਾਈਵ]], [[POSTCODE:le5 3hr]] ਦੇ ਪਿਛਲੇ ਬਗ਼ੀਚੇ ਦੀ ਵਾੜ ਡਿੱਗ ਪਈ। ਦੋ ਵਾਰ [[PERSON:ਕਬੀਰ]] ਵਾੜ ਦੇ ਪਾੜ ਵਿਚੋਂ ਨਿਕਲ ਕੇ ਸੜਕ ਤਕ ਪਹੁੰਚ ਗਿਆ।

ਮਕਾਨ-ਮਾਲਕ [[ORGANISATION:Wigston Fields Housing]] ਦਾ ਜਵਾਬ ਸੀ ਕਿ ਵਾੜ "ਕਿਰਾਏਦਾਰ ਦੀ ਜ਼ਿੰਮੇਵਾਰੀ" ਹੈ। "ਮੈਂ ਕਿਹਾ, ਜੇ ਮੇਰਾ ਬੱਚਾ ਸੜਕ ’ਤੇ ਕਾਰ ਹੇਠ ਆ ਗਿਆ ਤਾਂ ਫਿਰ ਕਿਸ ਦੀ ਜ਼ਿੰਮੇਵਾਰੀ ਹੋਵੇਗੀ?" [[PERSON:ਰੇਣੂ]] ਕਹਿੰਦੀ ਹੈ।

ਉਸ ਦੇ ਪਤੀ [[PERSON:ਅਸ਼ਵਨੀ]] ਟੈਕਸੀ ਚਲਾਉਂਦੇ ਹਨ ਅਤੇ ਆਪ ਵਾੜ ਲਾਉਣ ਦੀ ਹਾਲਤ ਵਿਚ ਨਹੀਂ ਸਨ। ਗੁਆਂਢਣ [[PERSON:ਮਾਲਗੋਜ਼ਾਤਾ ਵਿਤਕੋਵਸਕਾ]], ਜਿਸ ਨੂੰ ਸਾਰੇ [[PERSON:ਗੋਸ਼ੀਆ]] ਕਹਿੰਦੇ ਹਨ, ਨੇ ਆਪਣੀ ਪੁਰਾਣੀ ਵਾੜ ਦੇ ਫੱਟੇ ਲਾ ਕੇ ਆਰਜ਼ੀ ਹੱਲ ਕੀਤਾ। [[ADDRESS:ਐਸ਼ਬੋਰਨ ਬਰੂਕ ਸਕੂਲ]] ਦੀ ਅਧਿਆਪਕਾ ਨੇ ਵੀ ਐਸੋਸੀਏਸ਼ਨ ਨੂੰ ਚਿੱਠੀ ਲਿਖੀ।

ਸ਼ਿਕਾਇਤ ਦੇ ਦੋਵੇਂ ਪੜਾਅ ਰੱਦ ਹੋਣ ਤੋਂ ਬਾਅਦ ਪਰਿਵਾਰ ਹਾਊਸਿੰਗ ਓਮਬਡਸਮੈਨ ਕੋਲ ਗਿਆ (ਕੇਸ ਨੰਬਰ [[REFERENCE:202401197]])। ਓਮਬਡਸਮੈਨ ਨੇ ਕਿਹਾ ਕਿ ਐਸੋਸੀਏਸ਼ਨ ਨੂੰ ਨੀਤੀ ਦੀ ਕਿਤਾਬ ਨਹੀਂ, ਪਰਿਵਾਰ ਦੀ ਹਾਲਤ ਦੇਖ ਕੇ ਫ਼ੈਸਲਾ ਕਰਨਾ ਚਾਹੀਦਾ ਸੀ।

ਹੁਣ [[ORGANISATION:Braunstone Fencing Co]] ਨੇ ਛੇ ਫੁੱਟ ਉੱਚੀ ਪੱਕੀ ਵਾੜ ਅਤੇ ਤਾਲੇ ਵਾਲਾ ਗੇਟ ਲਾਇਆ ਹੈ, ਅਤੇ ਪਰਿਵਾਰ ਨੂੰ £1,300 ਮਿਲੇ ਹਨ। ਐਸੋਸੀਏਸ਼ਨ ਦੀ ਅਧਿਕਾਰੀ [[PERSON:ਹੈਲਨ ਬ੍ਰੈਡਸ਼ਾਅ]] ਨੇ ਦੱਸਿਆ ਕਿ ਹੁਣ ਜਿਸ ਘਰ ਵਿਚ ਕੋਈ ਅਪਾਹਜ ਜਾਂ ਖ਼ਤਰੇ ਵਿਚ ਬੱਚਾ ਰਹਿੰਦਾ ਹੋਵੇ, ਉੱਥੇ ਵਾੜ ਦੀ ਮੁਰੰਮਤ ਐਸੋਸੀਏਸ਼ਨ ਆਪ ਕਰੇਗੀ।

ਐਸੋਸੀਏਸ਼ਨ ਦੀ ਹੈਲਪਲਾਈਨ: [[PHONE:0116 496 0472]]। ਰਿਪੋਰਟਰ ਨਾਲ ਸੰਪਰਕ: [[EMAIL:harkirat.mann@example.org]]
"""),
    ),
    (
        "fv2bb-pa-04",
        "pa",
        _s("""
ਸਮੈਥਵਿਕ: ਗਿੱਲੀਆਂ ਕੰਧਾਂ ਤੇ ਗ਼ਲਤ ਘਰ ਗਈ ਚਿੱਠੀ — ਦੋਵੇਂ ਮਸਲੇ ਹੱਲ

[[PERSON:ਸੁਖਮਨੀ ਕੌਰ ਸਹੋਤਾ]], ਬਰਮਿੰਘਮ

ਸ. [[PERSON:ਅਮਰੀਕ ਸਿੰਘ ਬਾਸੀ]] ([[AGE:62]]) ਆਪਣੀ ਪਤਨੀ ਅਤੇ ਪੋਤਰੇ ਨਾਲ [[ADDRESS:14 ਰੋਜ਼ਬੇਰੀ ਸਟਰੀਟ]] ਵਿਚ ਰਹਿੰਦੇ ਹਨ। ਦੋ ਸਾਲਾਂ ਤੋਂ ਘਰ ਦੀਆਂ ਪਿਛਲੀਆਂ ਕੰਧਾਂ ਗਿੱਲੀਆਂ ਸਨ, ਅਤੇ ਪੋਤਰੇ [[PERSON:ਗੁਰਫ਼ਤਿਹ]] ([[AGE:7]]) ਨੂੰ [[HEALTH:ਦਮਾ]] ਹੈ।

ਪਿਛਲੇ ਸਾਲ ਮਕਾਨ-ਮਾਲਕ [[ORGANISATION:Sandwell Brook Homes]] ਨੇ ਉਨ੍ਹਾਂ ਦੀ ਸ਼ਿਕਾਇਤ ਦਾ ਜਵਾਬ, ਜਿਸ ਵਿਚ ਕਿਰਾਏ ਦਾ ਪੂਰਾ ਹਿਸਾਬ ਅਤੇ ਬੱਚੇ ਦੀ ਡਾਕਟਰੀ ਰਿਪੋਰਟ ਵੀ ਸੀ, ਗ਼ਲਤੀ ਨਾਲ [[ADDRESS:41 ਰੋਜ਼ਬੇਰੀ ਸਟਰੀਟ]] ਭੇਜ ਦਿੱਤਾ। ਉੱਥੇ ਰਹਿੰਦੇ [[PERSON:ਕੌਨਰ ਡਿਵਾਇਨ]] ਨੇ ਲਿਫ਼ਾਫ਼ਾ ਖੋਲ੍ਹਿਆ, ਗ਼ਲਤੀ ਸਮਝੀ ਅਤੇ ਆਪ ਆ ਕੇ ਵਾਪਸ ਕਰ ਗਏ। "ਭਲਾ ਬੰਦਾ ਹੈ, ਪਰ ਜੇ ਕੋਈ ਹੋਰ ਹੁੰਦਾ ਤਾਂ?" ਸ. [[PERSON:ਬਾਸੀ]] ਕਹਿੰਦੇ ਹਨ।

ਕਿਰਾਏਦਾਰੀ ਨੰਬਰ [[REFERENCE:SBH-T-300874]] ਵਾਲੀ ਇਹ ਸ਼ਿਕਾਇਤ ਅਖ਼ਬਾਰ ਦੇ ਦਖ਼ਲ ਤੋਂ ਬਾਅਦ ਦੂਜੇ ਪੜਾਅ ’ਤੇ ਮੰਨ ਲਈ ਗਈ। [[ORGANISATION:Black Country Damp Care]] ਨੇ ਨਵਾਂ ਡੈਂਪ-ਪਰੂਫ਼ ਕੋਰਸ ਲਾਇਆ ਅਤੇ ਕੰਧਾਂ ਦੁਬਾਰਾ ਪਲੱਸਤਰ ਕੀਤੀਆਂ। ਪਰਿਵਾਰ ਨੂੰ £1,050 ਮੁਆਵਜ਼ਾ ਮਿਲਿਆ, ਜਿਸ ਵਿਚ ਡਾਟਾ ਦੀ ਗ਼ਲਤੀ ਲਈ £250 ਵੀ ਸ਼ਾਮਲ ਹਨ।

ਐਸੋਸੀਏਸ਼ਨ ਦੀ ਡਾਟਾ ਅਧਿਕਾਰੀ [[PERSON:ਪ੍ਰੀਤੀ ਵਾਲੀਆ]] ਨੇ ਦੱਸਿਆ ਕਿ ਹੁਣ ਸ਼ਿਕਾਇਤ ਦਾ ਹਰ ਜਵਾਬ ਭੇਜਣ ਤੋਂ ਪਹਿਲਾਂ ਦੋ ਮੁਲਾਜ਼ਮ ਪਤਾ ਚੈੱਕ ਕਰਦੇ ਹਨ, ਅਤੇ ਡਾਕਟਰੀ ਕਾਗ਼ਜ਼ ਸਿਰਫ਼ ਪਾਸਵਰਡ ਵਾਲੀ ਫ਼ਾਈਲ ਵਿਚ ਈਮੇਲ ਕੀਤੇ ਜਾਂਦੇ ਹਨ।

ਸ. [[PERSON:ਬਾਸੀ]] ਦੇ ਪੁੱਤਰ ਨੇ ਸਾਰੀ ਕਹਾਣੀ ਫ਼ੇਸਬੁੱਕ ’ਤੇ [[OTHER_ID:@bassi.family.smethwick]] ਪੇਜ ਉੱਤੇ ਪਾਈ ਸੀ, ਜਿੱਥੋਂ ਸਾਡੇ ਅਖ਼ਬਾਰ ਨੂੰ ਪਤਾ ਲੱਗਾ। ਸ਼ਿਕਾਇਤਾਂ ਲਈ ਐਸੋਸੀਏਸ਼ਨ ਦਾ ਨੰਬਰ: [[PHONE:0121 496 0683]]।

ਸੋਧ: ਪਿਛਲੇ ਹਫ਼ਤੇ ਦੀ ਖ਼ਬਰ ਵਿਚ ਅਸੀਂ ਗ਼ਲਤੀ ਨਾਲ ਮਕਾਨ-ਮਾਲਕ ਦਾ ਨਾਮ "[[ORGANISATION:Sandwell Rise Homes]]" ਅਤੇ ਸ. [[PERSON:ਬਾਸੀ]] ਦੀ ਉਮਰ [[AGE:66 ਸਾਲ]] ਲਿਖੀ ਸੀ। ਸਹੀ ਨਾਮ [[ORGANISATION:Sandwell Brook Homes]] ਹੈ ਅਤੇ ਉਮਰ [[AGE:62 ਸਾਲ]]। ਅਸੀਂ ਮੁਆਫ਼ੀ ਚਾਹੁੰਦੇ ਹਾਂ।
"""),
    ),
    (
        "fv2bb-pa-05",
        "pa",
        _s("""
ਰੇਡੀਓ ਪੰਜਾਬ ਕੈਂਟ | ਖ਼ਬਰਾਂ

ਐਮਰਜੈਂਸੀ ਡੋਰੀ ਨੇ ਕੰਮ ਨਾ ਕੀਤਾ: ਹੁਣ ਹਰ ਮਹੀਨੇ ਹੋਵੇਗੀ ਜਾਂਚ

ਗ੍ਰੇਵਜ਼ੈਂਡ — ਸਾਡੇ ਸਵੇਰ ਦੇ ਪ੍ਰੋਗਰਾਮ "ਸੱਥ" ਵਿਚ ਪਿਛਲੇ ਹਫ਼ਤੇ [[AGE:88 ਸਾਲਾਂ]] ਦੇ ਬਾਪੂ [[PERSON:ਗੁਰਬਚਨ ਸਿੰਘ ਸੱਗੂ]] ਦੀ ਪੋਤੀ [[PERSON:ਏਕਮਜੋਤ]] ਨੇ ਫ਼ੋਨ ਕਰ ਕੇ ਦੱਸਿਆ ਕਿ ਕਿਵੇਂ ਉਸ ਦੇ ਦਾਦਾ ਜੀ ਸਾਰੀ ਰਾਤ ਫ਼ਰਸ਼ ’ਤੇ ਪਏ ਰਹੇ।

[[OTHER_SPECIAL:ਕੀਨੀਆਈ]] ਮੂਲ ਦੇ ਸ. [[PERSON:ਸੱਗੂ]] [[ADDRESS:ਪੈਲੀਕਨ ਕੋਰਟ]] ਦੇ [[ADDRESS:ਫ਼ਲੈਟ 9]] ਵਿਚ ਰਹਿੰਦੇ ਹਨ। ਇਹ ਬਜ਼ੁਰਗਾਂ ਲਈ ਸ਼ੈਲਟਰਡ ਹਾਊਸਿੰਗ ਹੈ, ਜਿਸ ਦਾ ਮਾਲਕ [[ORGANISATION:Medway Estuary Housing]] ਹੈ। ਉਨ੍ਹਾਂ ਨੂੰ [[HEALTH:ਐਂਜਾਈਨਾ]] ਹੈ। ਜਨਵਰੀ ਦੀ ਇਕ ਰਾਤ ਉਹ ਬਾਥਰੂਮ ਵਿਚ ਡਿੱਗ ਪਏ ਅਤੇ ਐਮਰਜੈਂਸੀ ਡੋਰੀ ਖਿੱਚੀ, ਪਰ ਕੋਈ ਜਵਾਬ ਨਹੀਂ ਆਇਆ। ਸਵੇਰੇ ਵਾਰਡਨ [[PERSON:ਬ੍ਰਿਜਿਟ ਹੋਲੋਵੇ]] ਨੇ ਉਨ੍ਹਾਂ ਨੂੰ ਲੱਭਿਆ।

ਪਤਾ ਲੱਗਾ ਕਿ ਨਵੇਂ ਡਿਜੀਟਲ ਸਿਸਟਮ ’ਤੇ ਜਾਣ ਵੇਲੇ ਉਨ੍ਹਾਂ ਦੇ ਫ਼ਲੈਟ ਦੀ ਲਾਈਨ ਜੋੜੀ ਹੀ ਨਹੀਂ ਗਈ ਸੀ। ਪਰਿਵਾਰ ਨੇ ਸ਼ਿਕਾਇਤ ਕੀਤੀ (ਨੰਬਰ [[REFERENCE:MEH-CX-4402]])। ਐਸੋਸੀਏਸ਼ਨ ਨੇ ਪੂਰੀ ਇਮਾਰਤ ਦੀ ਜਾਂਚ ਕਰਵਾਈ ਤਾਂ ਤਿੰਨ ਹੋਰ ਫ਼ਲੈਟਾਂ ਦੀਆਂ ਡੋਰੀਆਂ ਵੀ ਬੰਦ ਨਿਕਲੀਆਂ। [[ORGANISATION:SafeCall Telecare Ltd]] ਨੇ ਸਾਰੀਆਂ ਲਾਈਨਾਂ ਠੀਕ ਕੀਤੀਆਂ ਅਤੇ ਬਾਪੂ ਜੀ ਨੂੰ ਗਲ਼ ਵਿਚ ਪਾਉਣ ਵਾਲਾ ਪੈਂਡੈਂਟ ਅਲਾਰਮ ਦਿੱਤਾ। ਪਰਿਵਾਰ ਨੂੰ £600 ਅਤੇ ਲਿਖਤੀ ਮੁਆਫ਼ੀ ਮਿਲੀ।

ਐਸੋਸੀਏਸ਼ਨ ਦੇ ਬੁਲਾਰੇ [[PERSON:ਓਲੁਸੇਗੁਨ ਅਦੇਵਾਲੇ]] ਨੇ ਸਾਨੂੰ ਦੱਸਿਆ ਕਿ ਹੁਣ ਹਰ ਸ਼ੈਲਟਰਡ ਸਕੀਮ ਵਿਚ ਹਰ ਮਹੀਨੇ ਹਰ ਡੋਰੀ ਦੀ ਜਾਂਚ ਹੋਵੇਗੀ ਅਤੇ ਨਤੀਜਾ ਨੋਟਿਸ ਬੋਰਡ ’ਤੇ ਲੱਗੇਗਾ।

[[PERSON:ਏਕਮਜੋਤ]] ਨੇ ਕਿਹਾ, "ਦਾਦਾ ਜੀ ਹੁਣ ਪੈਂਡੈਂਟ ਨੂੰ ਆਪਣਾ ਦੂਜਾ ਕੜਾ ਕਹਿੰਦੇ ਨੇ, ਕਦੇ ਨਹੀਂ ਲਾਹੁੰਦੇ।"

ਪ੍ਰੋਗਰਾਮ ਨਾਲ ਗੱਲ ਕਰਨ ਲਈ: [[PHONE:07700 900 917]] ਜਾਂ [[EMAIL:sath@example.org]]। ਸਾਨੂੰ ਇੰਸਟਾਗ੍ਰਾਮ ’ਤੇ [[OTHER_ID:@radiopunjabkent]] ’ਤੇ ਵੀ ਲੱਭੋ।

ਪੇਸ਼ਕਾਰ: [[PERSON:ਹਰਲੀਨ ਕੌਰ ਬਾਜਵਾ]]
"""),
    ),
    (
        "fv2bb-pl-01",
        "pl",
        _s("""
Szczury w ścianach [[ADDRESS:Bramley Court]]. Po interwencji „Tygodnia” – koniec koszmaru

[[ORGANISATION:Greenhythe Homes]] przeprasza i zmienia zasady zwalczania szkodników

[[PERSON:Dorota Wilczyńska-Hart]], Londyn

Pani [[PERSON:Halina Gąsiorowska]] ([[AGE:73 l.]]) przez jedenaście miesięcy słyszała je co noc: drapanie za ścianą sypialni, tupot nad sufitem. W [[ADDRESS:mieszkaniu nr 5]] w bloku [[ADDRESS:Bramley Court]] w Hanwell szczury przegryzły kabel od lodówki i worki z mąką w szafce.

„Mam [[HEALTH:POChP]], nie mogę wdychać trutki, a oni przychodzili i sypali ją jak sól na drogę” – mówi pani [[PERSON:Halina]]. Zgłoszenie (numer [[REFERENCE:GH-RP-70452]]) zamykano cztery razy, bo firma [[ORGANISATION:Pestguard West London]] „nie znalazła aktywnych śladów”.

Syn pani [[PERSON:Haliny]], [[PERSON:Przemek]], nagrał telefonem film, na którym szczur wybiega spod zlewu, i wysłał go do redakcji oraz do radnej [[PERSON:Chiamaki Okonkwo]]. Radna zażądała od właściciela, [[ORGANISATION:Greenhythe Homes]], przeglądu całego budynku.

Okazało się, że gryzonie wchodziły przez pęknięty kanał ściekowy pod blokiem. Rozmawialiśmy z [[PERSON:Grahamem Pocockiem]], dyrektorem ds. napraw, który przyznał: „Leczyliśmy objawy, a nie przyczynę. To się nie powtórzy”.

Firma [[ORGANISATION:Dąb-Bud Ltd]] wymieniła odcinek kanalizacji i zamurowała szczeliny, a pani [[PERSON:Gąsiorowska]] dostała 700 funtów rekompensaty i nową lodówkę. Co się zmieniło? Trzecie zgłoszenie szkodników z tego samego budynku automatycznie uruchamia inspekcję kanalizacji i fundamentów, a lokatorzy z chorobami płuc dostają pułapki zamiast trutki.

Usterki w mieszkaniach [[ORGANISATION:Greenhythe]] można zgłaszać pod numerem [[PHONE:020 7946 0185]].

Na zdjęciu: pani [[PERSON:Halina Gąsiorowska]] z synem [[PERSON:Przemysławem]] w odnowionej kuchni. Fot. [[PERSON:Tomasz Kruk]]

Kontakt z autorką: [[EMAIL:d.wilczynska@example.com]]
"""),
    ),
    (
        "fv2bb-pl-02",
        "pl",
        _s("""
LISTY DO REDAKCJI

Dziękuję, choć trwało to za długo

Szanowna Redakcjo,

w marcu pisałem do Państwa o gniazdku w pokoju mojego syna, które iskrzyło i czerniało od spodu. Mieszkamy w Peterborough pod adresem [[ADDRESS:31 Gladstone Walk]], [[POSTCODE:PE1 2QU]], w domu należącym do [[ORGANISATION:Nene Meadow Housing]].

Nasz [[AGE:5-letni]] [[PERSON:Staś]] chodzi do zerówki w [[ADDRESS:Welland Brook Primary]]. Przez trzy miesiące spał z nami, bo baliśmy się włączać prąd w jego pokoju. Zgłoszenie naprawy nr [[REFERENCE:NMH-44019]] dwa razy oznaczono jako „niepilne”.

Po publikacji listu zadzwoniła do nas pani [[PERSON:Chidinma Eze]] z działu skarg. Rozmowa z panią [[PERSON:Chidinmą]] była pierwszą, w której ktoś wysłuchał mnie do końca. Jeszcze w tym samym tygodniu elektrycy z [[ORGANISATION:Fenland Electrical Services]] sprawdzili całą instalację i okazało się, że w ścianie przepalił się przewód. Wymienili okablowanie w trzech pokojach, a my dostaliśmy 450 funtów i przeprosiny na piśmie. Żona, [[PERSON:Wiesia]], mówi, że pierwszy raz od pół roku przespała całą noc.

Najważniejsze jednak, że [[ORGANISATION:Nene Meadow]] zmieniło zasady: każde zgłoszenie iskrzącego gniazdka jest teraz pilne, a elektryk musi przyjechać w ciągu 24 godzin.

Jeśli ktoś w Peterborough ma podobny problem i nie wie, jak napisać skargę po angielsku, chętnie pomogę – proszę dzwonić: [[PHONE:07700 900 583]] albo pisać: [[EMAIL:zdzislaw.kmiecik małpa example kropka com]].

Z wyrazami szacunku

[[PERSON:Zdzisław Kmiecik]], [[ADDRESS:Gladstone Walk]], Peterborough
"""),
    ),
    (
        "fv2bb-pl-03",
        "pl",
        _s("""
REPORTAŻ

Łazienka pana [[PERSON:Ryszarda]]

Dwa lata czekania na prysznic bez progu. Skarga do rzecznika zmieniła zasady w edynburskim stowarzyszeniu mieszkaniowym.

[[PERSON:Agata Bielecka-Ross]], Edynburg

Kiedy w 2021 roku [[PERSON:Ryszard Wilk-Pietrzak]] usłyszał diagnozę – [[HEALTH:stwardnienie rozsiane]] – miał [[AGE:49 lat]] i jeździł autobusem miejskim. Dziś chodzi o kulach, a wanna w mieszkaniu pod adresem [[ADDRESS:18/5 Dalmeny Walk]], [[POSTCODE:EH6 8RL]], stała się dla niego przeszkodą nie do pokonania.

Terapeuta zajęciowy [[PERSON:Callum Rennie]] już w 2022 r. zalecił zamianę wanny na prysznic bez progu. Właściciel, [[ORGANISATION:Forth Harbour Housing Association]], wpisał sprawę na listę i… na tym się skończyło. „Przez dwa lata myłem się na taborecie w kuchni, a [[PERSON:Jola]] polewała mnie z dzbanka” – mówi pan [[PERSON:Ryszard]]. Żona, [[PERSON:Jolanta]], dodaje: „Wstydził się nawet przed nami”.

Skarga wewnętrzna (nr [[REFERENCE:FHHA/CP/0872]]) utknęła. Dopiero gdy sprawą zajęła się posłanka do parlamentu szkockiego [[PERSON:Fiona Lennox-Baird]], rodzina trafiła do rzecznika, Scottish Public Services Ombudsman (sprawa [[REFERENCE:202205311]]). Rzecznik stwierdził, że stowarzyszenie „nie monitorowało czasu oczekiwania i nie informowało najemcy”.

W ciągu ośmiu tygodni firma [[ORGANISATION:Lothian Accessible Bathrooms]] zamontowała prysznic, uchwyty i podwyższoną toaletę. Pan [[PERSON:Wilk-Pietrzak]] otrzymał 1800 funtów.

[[ORGANISATION:Forth Harbour]] wprowadziło limit: adaptacja zalecona przez terapeutę ma być wykonana w ciągu 26 tygodni, a najemca co miesiąc dostaje informację, na jakim etapie jest sprawa.

„Dziękuję pani [[PERSON:Fionie Lennox-Baird]] i rzecznikowi. Ale najbardziej [[PERSON:Joli]]” – mówi [[PERSON:Rysiek]], jak nazywają go sąsiedzi z klatki.

Infolinia napraw: [[PHONE:0131 496 0627]]. Kontakt z autorką: [[EMAIL:agata.bielecka@example.net]]
"""),
    ),
    (
        "fv2bb-pl-04",
        "pl",
        _s("""
Pan [[PERSON:Leszek]] ma wreszcie swoje miejsce pod domem

Southampton – [[PERSON:Bartosz Jędrzejczyk]]

[[PERSON:Leszek Pietrasik]] ([[AGE:58 l.]]) od [[HEALTH:amputacji stopy]], spowodowanej [[HEALTH:cukrzycą]], porusza się na wózku. Mieszka pod adresem [[ADDRESS:27 Peartree Mews]], [[POSTCODE:SO19 9LT]], w domu należącym do [[ORGANISATION:Itchen Quay Homes]]. Przez rok nie mógł zaparkować pod domem: wspólny parking zajmowały cudze furgonetki, a wniosek o miejsce dla niepełnosprawnych odrzucano, bo „parking nie jest przypisany do mieszkań”.

„Parkowałem trzysta metrów dalej i jechałem wózkiem po krawężnikach. Raz się przewróciłem” – opowiada pan [[PERSON:Leszek]].

Sąsiadka, która prosiła, by nie podawać jej nazwiska, przez ten czas robiła mu zakupy. Kiedy wychodziliśmy, pan [[PERSON:Leszek]] zawołał za nią: „Dziękuję, pani [[PERSON:Renatko]]!”.

Po naszym artykule i formalnej skardze (nr [[REFERENCE:IQH-CMP-2318]]) właściciel zmienił zdanie. Na parkingu wymalowano koperty dla niepełnosprawnych, a jedną zarezerwowano dla samochodu pana [[PERSON:Pietrasika]] o numerze rejestracyjnym [[OTHER_ID:HW18 KZP]]. Firma [[ORGANISATION:Solent Lining & Signs]] ustawiła też składany słupek na klucz. Pan [[PERSON:Leszek]] dostał 350 funtów zadośćuczynienia.

„Trzymaliśmy się przepisu zamiast pomyśleć o człowieku” – przyznała rzeczniczka [[ORGANISATION:Itchen Quay]], [[PERSON:Hannah Coldicott]]. Co się zmieniło: najemca z niebieską kartą parkingową (Blue Badge) ma teraz prawo do wyznaczonego miejsca przy domu, jeśli parking należy do właściciela, a decyzja zapada w ciągu 28 dni.

Czytelnicy z podobnym problemem mogą dzwonić do naszego doradcy: [[PHONE:07700 900 641]] lub pisać na [[EMAIL:porady@example.org]].

SPROSTOWANIE: W poprzednim wydaniu błędnie podaliśmy, że pan [[PERSON:Leszek Pietraszek]] ma [[AGE:48 lat]]. Prawidłowo: pan [[PERSON:Leszek Pietrasik]], [[AGE:58 lat]]. Przepraszamy zainteresowanego i Czytelników.
"""),
    ),
    (
        "fv2bb-pl-05",
        "pl",
        _s("""
Radio Orzeł Slough – serwis internetowy

„Baliśmy się wyjść na klatkę”. Rodzina [[PERSON:Grzelaków]] w nowym domu

W poniedziałkowej audycji „Sąsiedzi” gościliśmy [[PERSON:Beatę]] i [[PERSON:Mariusza Grzelaków]], którzy przez półtora roku mieszkali w [[ADDRESS:mieszkaniu nr 3]] w [[ADDRESS:Wexham Lodge]], [[POSTCODE:sl2 5ha]], pod lokalem, w którym – jak mówią – handlowano narkotykami. Głośna muzyka do czwartej nad ranem, pies bez smyczy na klatce, strzykawki przy wejściu.

„[[PERSON:Tosia]] ma [[AGE:7 lat]], [[PERSON:Igorek]] [[AGE:3 latka]]. Nie puszczałam ich samych nawet do windy” – mówiła pani [[PERSON:Beata]].

Rodzina zgłaszała sprawę jako zachowanie antyspołeczne (numer sprawy [[REFERENCE:ASB/SL/2291]]), ale właściciel budynku, [[ORGANISATION:Salt Hill Homes]], przez miesiące prosił tylko o „dzienniczek hałasu”. Przełom nastąpił, gdy osiedle przejęła nowa opiekunka, [[PERSON:Tendai Moyo]], która zebrała zgłoszenia od wszystkich lokatorów klatki.

Formalna skarga (nr [[REFERENCE:SHH-C-6604]]) została uznana: [[ORGANISATION:Salt Hill]] przyznało, że przez rok nie połączyło 40 zgłoszeń od różnych lokatorów w jedną sprawę. Rodzina dostała pilne przeniesienie do domu z ogródkiem i 600 funtów rekompensaty, a lokal nad ich dawnym mieszkaniem objęto sądowym zakazem.

[[PERSON:Tendai Moyo]] powiedziała naszemu radiu, że teraz trzy zgłoszenia z jednego budynku w ciągu miesiąca automatycznie uruchamiają spotkanie z policją i lokatorami. Pan [[PERSON:Mariusz]] dodał: „Nowego adresu nie podamy, ale dzieci śpią”.

Całej rozmowy posłuchasz w naszym archiwum. Napisz do prowadzącego, [[PERSON:Kamila Stępniaka]]: [[EMAIL:kamil.stepniak@example.net]]. Jesteśmy też na Facebooku: [[OTHER_ID:@RadioOrzelSlough]]. Telefon do studia: [[PHONE:+44 7700 900 774]].
"""),
    ),
    (
        "fv2bb-ro-01",
        "ro",
        _s("""
Ușile antifoc din blocul familiei [[PERSON:Ciobotaru]], înlocuite după un an de plângeri

Proprietarul recunoaște că „a eșuat în ce contează cel mai mult” și verifică acum ușile în fiecare an

Barking – [[PERSON:Sorina Ghiță]]

După un an în care ușa de la intrarea în apartament nu se mai închidea singură, iar detectorul de fum din hol lipsea cu totul, familia [[PERSON:Ciobotaru]] din [[ADDRESS:Ripple Court]], [[POSTCODE:IG11 9PF]], are în sfârșit o locuință sigură.

[[PERSON:Lăcrămioara Ciobotaru]] ([[AGE:37 de ani]]) locuiește în [[ADDRESS:apartamentul 41]], la etajul opt, împreună cu soțul ei, [[PERSON:Viorel]], și cu cei doi copii, [[PERSON:Ilinca]] ([[AGE:9 ani]]) și [[PERSON:Darius]] ([[AGE:4 ani]]). „După incendiul de la etajul cinci de anul trecut n-am mai dormit liniștită. Știam că ușa noastră nu ține fumul”, ne-a spus doamna [[PERSON:Lăcrămioara]].

Familia a sunat de nouă ori la linia de reparații, [[PHONE:020 7946 0762]] (lucrarea [[REFERENCE:RGH-FD-18834]]). Abia după ce a depus o plângere formală, cu ajutorul consilierului local [[PERSON:Tunde Bakare]], proprietarul, [[ORGANISATION:Roding Gate Housing]], a trimis un inspector.

Inspecția a găsit 23 de uși neconforme în bloc. Firma [[ORGANISATION:FireSafe London Ltd]] le-a înlocuit pe toate în șase săptămâni și a montat detectoare de fum legate între ele. Familia a primit 500 de lire despăgubire.

„Am eșuat în ce contează cel mai mult: siguranța”, a declarat purtătoarea de cuvânt [[PERSON:Amira Haddad]]. [[ORGANISATION:Roding Gate]] verifică acum fiecare ușă de apartament din blocurile înalte o dată pe an, nu o dată la cinci ani, iar rezultatele sunt afișate la intrare.

Ne-a scris și [[PERSON:Viorel]], pe pagina noastră de Facebook, [[OTHER_ID:@DiasporaAcasaUK]]: „Mulțumim că ne-ați ascultat. Acum dormim toți patru liniștiți”.

Foto: [[PERSON:Ilinca]] și [[PERSON:Darius]] în fața noii uși. Contact redacție: [[EMAIL:sorina.ghita@example.com]]
"""),
    ),
    (
        "fv2bb-ro-02",
        "ro",
        _s("""
Scrisori de la cititori

„Mama are, în sfârșit, căldură”

Stimată redacție,

Vă scriu din Leicester, unde mama mea, [[PERSON:Mărioara Bălănescu]], în vârstă de [[AGE:79 de ani]], locuiește într-o casă a [[ORGANISATION:Aylestone Meadows Housing]], la [[ADDRESS:112 Saffron Lane]]. Din noiembrie până în februarie, caloriferele din dormitorul ei au fost reci. Mama are [[HEALTH:diabet]] și i se umflau picioarele de frig.

Am sunat la [[PHONE:0116 496 0358]] de peste zece ori. Numărul lucrării era [[REFERENCE:AMH/RJ/55620]] și de fiecare dată mi se spunea că „inginerul a fost, dar nu a găsit pe nimeni acasă”. Mama nu iese din casă iarna.

După ce ați publicat prima mea scrisoare, m-a sunat domnul [[PERSON:Dalbir Sohal]], de la departamentul de reclamații. A venit personal, cu un tehnician de la [[ORGANISATION:Soar Heating Services]], au găsit o pompă arsă și aer în instalație și au reparat totul în aceeași zi. Apoi au verificat jurnalul lucrărilor: „inginerul” bătuse la ușa de la [[ADDRESS:nr. 121]]! Cifrele fuseseră inversate.

Mama a primit 600 de lire și o scrisoare de scuze, tradusă în română la cererea noastră. Și, mai important, [[ORGANISATION:Aylestone Meadows]] a schimbat regula: nicio lucrare nu mai poate fi închisă cu „nimeni acasă” fără un telefon la chiriaș și o fotografie a ușii.

Mulțumesc redacției și domnului [[PERSON:Sohal]]. Dacă alți cititori din Leicester au probleme asemănătoare, îmi pot scrie la [[EMAIL:costelb arond example punct net]]; îi ajut cu drag să-și formuleze plângerea în engleză.

Cu stimă,

[[PERSON:Costel Bălănescu]], [[ADDRESS:Cavendish Walk]], Leicester
"""),
    ),
    (
        "fv2bb-ro-03",
        "ro",
        _s("""
Reportaj | Belfast: „Acum copiii mei nu mai au frică să iasă afară”

Un graffiti rasist a stat trei săptămâni pe ușa unei familii. Proprietarul și-a schimbat de atunci regulile.

Belfast – [[PERSON:Iuliana Munteanu-Quinn]]

În noaptea de 3 august, cineva a spart geamul bucătăriei de la [[ADDRESS:16 Ormeau Lane]], [[POSTCODE:BT7 2HF]], și a scris pe ușă un mesaj rasist. Înăuntru dormeau [[PERSON:Florin Căldăraru]] ([[AGE:34 de ani]]), soția lui, [[PERSON:Ramona]], și cei trei copii; cea mai mică, [[PERSON:Sabina]], avea doar [[AGE:11 luni]].

Familia, [[OTHER_SPECIAL:romi]] stabiliți în Belfast din 2016, a anunțat proprietarul, [[ORGANISATION:Lagan Side Homes]], încă de dimineață. Răspunsul: geamul va fi înlocuit „în termenul standard de 28 de zile”, iar graffitiul, „când echipa ajunge în zonă”. Trei săptămâni fereastra a rămas acoperită cu carton, iar mesajul a stat pe ușă.

„Fata cea mare, [[PERSON:Larisa]], nu mai voia să meargă la [[ADDRESS:Rosetta Park Primary School]], pentru că toți copiii treceau pe lângă ușa noastră”, spune [[PERSON:Florin]].

Cu ajutorul lucrătorului comunitar [[PERSON:Gheorghiță Lăcătuș]] și al deputatei [[PERSON:Clodagh McAteer]], familia a depus o plângere (nr. [[REFERENCE:LSH-COM-3307]]), iar cazul de comportament antisocial a primit numărul [[REFERENCE:ASB-BT-0912]].

[[ORGANISATION:Lagan Side]] a recunoscut că a tratat cazul „ca pe o reparație obișnuită”. Firma [[ORGANISATION:Cregagh Glass & Doors]] a montat o ușă nouă și geamuri securizate, s-a instalat o cameră video la intrare, iar familia a primit 800 de lire.

Ce s-a schimbat: directorul de operațiuni, [[PERSON:Declan McVeigh]], ne-a spus că orice graffiti rasist sau sectar de pe o locuință [[ORGANISATION:Lagan Side]] este acum șters în 24 de ore, iar geamurile sparte în atacuri motivate de ură sunt înlocuite în aceeași zi.

Linia pentru incidente: [[PHONE:028 9649 6215]].
"""),
    ),
    (
        "fv2bb-ro-04",
        "ro",
        _s("""
Despăgubirea trimisă în contul greșit a ajuns, în sfârșit, la familia [[PERSON:Bârsan]]

Birmingham – [[PERSON:Răzvan Olteanu]] ([[EMAIL:razvan.olteanu@example.net]])

După ce tavanul bucătăriei s-a prăbușit în ianuarie, [[PERSON:Valentin Bârsan]] ([[AGE:41 de ani]]) și soția sa, [[PERSON:Georgiana]], au așteptat patru luni reparația casei de la [[ADDRESS:9 Tiverton Walk]], [[POSTCODE:B29 6ND]], proprietatea [[ORGANISATION:Edgbaston Reach Housing]]. Apa venea dintr-o țeavă fisurată de sub cada de la etaj.

Plângerea lor (nr. [[REFERENCE:ERH-CP-61903]]) a fost aprobată în martie: [[ORGANISATION:Midland Leak Detection Ltd]] a găsit țeava, iar tavanul a fost refăcut. Asociația a promis 900 de lire despăgubire.

Doar că banii nu au venit. După șase săptămâni, [[PERSON:Georgiana]] a sunat la [[PHONE:0121 496 0417]] și a aflat că suma fusese virată într-un cont care se termină în [[OTHER_ID:7731]]. Contul familiei se termină în [[OTHER_ID:0295]]. „Cineva a copiat greșit un formular. Dacă nu verificam, banii rămâneau la un străin”, spune ea. Vecina lor, [[PERSON:Hyacinth Bogle]], care le-a ținut copiii cât au durat lucrările, i-a ajutat să scrie a doua plângere.

[[ORGANISATION:Edgbaston Reach]] a plătit suma corectă plus 150 de lire pentru întârziere și și-a schimbat procedura: datele bancare ale chiriașului se confirmă acum telefonic, iar plata pleacă doar după un cod trimis prin SMS.

Fiica lor, [[PERSON:Andra]] ([[AGE:16 ani]]), a povestit totul pe TikTok ([[OTHER_ID:@andra.brum]]), iar clipul a strâns 40.000 de vizualizări.

Corecție: În versiunea inițială a acestui articol am scris greșit numele fiicei, „[[PERSON:Andreea]]”, și vârsta ei, [[AGE:15 ani]]. Numele corect este [[PERSON:Andra]], iar vârsta, [[AGE:16 ani]]. Ne cerem scuze familiei și cititorilor.
"""),
    ),
    (
        "fv2bb-ro-05",
        "ro",
        _s("""
Radio Diaspora Manchester – site

Interfonul și ușa de la intrare, reparate după ce o mamă și-a spus povestea la radio

Salford – În emisiunea de joi, „Acasă departe de casă”, [[PERSON:Nicoleta Bujor]] ([[AGE:45 de ani]]) ne-a povestit cum, timp de cinci luni, ușa de la intrarea în [[ADDRESS:Ordsall Tower]] a rămas deschisă zi și noapte. Interfonul nu funcționa, yala era ruptă, iar pe scara blocului dormeau oameni care nu locuiau acolo.

„Fiul meu, [[PERSON:Sebastian]], are [[AGE:15 ani]] și [[HEALTH:ADHD]]. Într-o seară a găsit un bărbat cu o seringă pe palierul nostru, la etajul 11, chiar lângă ușa noastră, [[ADDRESS:apartamentul 113]]”, a spus doamna [[PERSON:Bujor]].

Proprietarul, [[ORGANISATION:Weaste Cross Homes]], a deschis un caz de comportament antisocial (nr. [[REFERENCE:WCH-ASB-0755]]), dar ușa a rămas stricată, pentru că „piesa trebuie comandată”. Vecinul de palier, [[PERSON:Errol Fairweather]], a strâns semnături de la 60 de apartamente.

După o plângere formală (nr. [[REFERENCE:WCH-CMP-2410]]) și o vizită a deputatului [[PERSON:Andrew Pilkington]], firma [[ORGANISATION:Secure Entry North Ltd]] a montat o ușă nouă cu cititor de cartele și un interfon video. Fiecare apartament a primit câte 120 de lire.

„Ar fi trebuit să tratăm o ușă de intrare stricată ca pe o urgență de securitate”, a recunoscut [[PERSON:Chloe Ashworth]], director de locuințe la [[ORGANISATION:Weaste Cross]]. Acum, o ușă de bloc care nu se încuie trebuie asigurată în 24 de ore și reparată complet în cinci zile.

Ascultați interviul integral pe site sau scrieți-i realizatorului, [[PERSON:Alin Muscalu]]: [[EMAIL:alin.muscalu@example.org]], WhatsApp [[PHONE:+44 7700 900 846]]. Grupul nostru de Facebook: [[OTHER_ID:@RomaniiDinManchester]].
"""),
    ),
    (
        "fv2bb-ur-01",
        "ur",
        _s("""
بریڈفورڈ: چھ ہفتے بغیر ہیٹنگ کے، بزرگ کرایہ دار کو آخرکار نیا بوائلر مل گیا

ہاؤسنگ کمپنی نے غلطی تسلیم کر لی، معاوضہ ادا، قواعد میں تبدیلی

بریڈفورڈ (نمائندہ خصوصی [[PERSON:عنبرین ستی]])

[[ADDRESS:47 تھورنبری کریسنٹ]]، [[POSTCODE:BD3 8JW]] کے رہائشی [[AGE:81 سالہ]] [[PERSON:نذیر احمد بھٹی]] نے اس سال جنوری اور فروری کے چھ ہفتے بغیر ہیٹنگ اور گرم پانی کے گزارے۔ ان کا گھر [[ORGANISATION:ایئرڈیل ویو ہومز]] کی ملکیت ہے۔

گیس انجینئر نے پرانے بوائلر کو "غیر محفوظ" قرار دے کر بند کر دیا تھا، مگر نیا بوائلر لگانے کا کام (نمبر [[REFERENCE:AVH-RJ-24519]]) بار بار ملتوی ہوتا رہا۔ [[PERSON:بھٹی]] صاحب، جو [[HEALTH:ہائی بلڈ پریشر]] کے مریض ہیں، بجلی کے ایک ہیٹر سے صرف ایک کمرہ گرم رکھ پاتے تھے۔ ان کے پوتے [[PERSON:عمیر]] ([[AGE:16 سال]]) نے بتایا: "دادا جان رات کو کوٹ پہن کر سوتے تھے۔"

جب اخبار نے کمپنی سے رابطہ کیا تو ترجمان [[PERSON:جوناتھن ایکرائیڈ]] نے کہا کہ "یہ ناقابلِ قبول تاخیر تھی۔" شکایت نمبر [[REFERENCE:AVH-CS-3088]] منظور ہوئی اور [[ORGANISATION:Bradford Gas Care]] نے تین دن میں نیا بوائلر لگا دیا۔ [[PERSON:بھٹی]] صاحب کو 850 پاؤنڈ معاوضہ اور بجلی کے اضافی بل کی رقم واپس ملی۔

وارڈ کونسلر [[PERSON:شیلا ہارگریوز]] اور علاقے کی ایم پی [[PERSON:ایفیوما نوسو]] نے بھی کمپنی کو خط لکھے تھے۔ اب [[ORGANISATION:ایئرڈیل ویو]] نے اصول بنایا ہے کہ اگر کسی بزرگ یا بیمار کرایہ دار کا بوائلر بند کیا جائے تو اسی دن ہیٹر دیے جائیں گے اور نیا بوائلر دس دن کے اندر لگے گا۔

کرایہ دار مرمت کے لیے [[PHONE:۰۱۶۳۲ ۹۶۰۷۲۳]] پر رابطہ کر سکتے ہیں۔

تصویر: [[PERSON:نذیر احمد بھٹی]] اپنے پوتے [[PERSON:عمیر]] کے ساتھ نئے بوائلر کے پاس۔ (فوٹو: [[PERSON:کاشف منہاس]])

رابطہ: [[EMAIL:ambreen.satti@example.com]]
"""),
    ),
    (
        "fv2bb-ur-02",
        "ur",
        _s("""
مراسلات

ایک شکریہ، ایک مشورہ

محترم مدیر صاحب،

السلام علیکم۔ پچھلے سال آپ کے اخبار میں میرا خط چھپا تھا کہ ہمارے گھر کی دیواروں پر سیلن اور کالی پھپھوند ہے اور میری بیٹی [[PERSON:علیشبہ]]، جو [[AGE:نو سال]] کی ہے، [[HEALTH:ایگزیما]] کی وجہ سے رات بھر کھجلی کرتی ہے۔ آج یہ بتانے کے لیے لکھ رہی ہوں کہ مسئلہ حل ہو گیا ہے۔

ہم لوٹن میں [[ADDRESS:26 ہیزل ووڈ روڈ]]، [[POSTCODE:LU4 9DT]] میں رہتے ہیں اور گھر [[ORGANISATION:Chiltern Lea Housing]] کا ہے۔ خط چھپنے کے بعد مس [[PERSON:ڈرولا کونیلی]] ([[PERSON:Dervla Conneely]]) کا فون آیا۔ انہوں نے میری پرانی شکایت نئے نمبر [[REFERENCE:CLH-DMP-8815]] کے ساتھ دوبارہ کھولی اور خود گھر آ کر دیکھا۔ پتا چلا کہ چھت کے اندر پانی کی ٹنکی سے رساؤ ہو رہا تھا۔ [[ORGANISATION:Bedfordshire Damp & Timber]] نے ٹنکی بدلی، دیواریں سکھا کر نیا پلستر کیا اور بچوں کے کمرے میں ہوا نکالنے والا پنکھا لگایا۔ ہمیں 700 پاؤنڈ معاوضہ بھی ملا۔

اب [[PERSON:علیشبہ]] سکون سے سوتی ہے اور [[ADDRESS:لی میڈو پرائمری اسکول]] کی ٹیچر نے بتایا ہے کہ وہ کلاس میں پہلے سے کہیں زیادہ چست ہے۔

سب سے اچھی بات یہ ہے کہ کمپنی نے اپنا طریقہ بدلا ہے: اب پھپھوند کی ہر شکایت پر پہلے وجہ تلاش کی جاتی ہے، "کھڑکی کھولیں" کہہ کر فون بند نہیں کیا جاتا، اور بچوں والے گھروں میں دو ہفتے کے اندر سروے ہوتا ہے۔

میرا مشورہ: اپنی ہر کال کی تاریخ لکھیں اور تصویریں رکھیں۔ اگر ہمارے علاقے کی کسی بہن کو شکایت لکھنے میں مدد چاہیے تو [[PHONE:07700 900731]] پر فون کریں یا [[EMAIL:r.mirza.luton@example.net]] پر لکھیں۔ میرے شوہر [[PERSON:شاہد مرزا]] انگریزی خط لکھنے میں مدد کر دیں گے۔

مخلص،

[[PERSON:رخسانہ پروین]]، [[ADDRESS:ہیزل ووڈ روڈ]]، لوٹن
"""),
    ),
    (
        "fv2bb-ur-03",
        "ur",
        _s("""
خصوصی رپورٹ: [[PERSON:ہانیہ]] کا ریمپ

ایک والد کی دو سالہ جدوجہد نے راچڈیل کی ہاؤسنگ ایسوسی ایشن کا طریقہ کیسے بدلا

راچڈیل سے [[PERSON:ثاقب حسین ملک]]

[[PERSON:ہانیہ]] [[AGE:چودہ برس]] کی ہے، [[HEALTH:دماغی فالج]] کی وجہ سے وہیل چیئر استعمال کرتی ہے، اور اسے [[ADDRESS:اسپرنگ ہل اسکول]] جانا بہت پسند ہے۔ مگر دو سال تک وہ اپنے گھر [[ADDRESS:63 ٹویڈیل اسٹریٹ]]، [[POSTCODE:OL11 1HT]] سے خود باہر نہیں نکل سکتی تھی، کیونکہ دروازے پر دو سیڑھیاں تھیں اور گھر کی مالک [[ORGANISATION:Spotland Vale Housing]] ریمپ نہیں بنا رہی تھی۔

اس کے والد [[PERSON:طارق محمود کیانی]] بتاتے ہیں: "میں ہر صبح اسے وہیل چیئر سمیت اٹھا کر نیچے اتارتا تھا۔ میری کمر کا [[HEALTH:سلپ ڈسک]] اسی کا نتیجہ ہے۔"

آکیوپیشنل تھراپسٹ [[PERSON:فولاساڈے اڈیبایو ہیوز]] نے 2022 میں ریمپ، چوڑا دروازہ اور چھت سے لگنے والی لفٹ (ہوئسٹ) تجویز کی تھی۔ ایسوسی ایشن نے دونوں مرحلوں میں شکایت رد کر دی، تو خاندان نے ہاؤسنگ اومبڈسمین سے رجوع کیا (کیس نمبر [[REFERENCE:202312207]])۔

اومبڈسمین نے قرار دیا کہ ایسوسی ایشن نے نہ وقت کی حد مقرر کی، نہ خاندان کو کچھ بتایا۔ حکم کے مطابق [[ORGANISATION:Pennine Access Solutions]] نے آٹھ ہفتوں میں ریمپ، نیا دروازہ اور ہوئسٹ لگا دیا، اور خاندان کو 2,500 پاؤنڈ ملے۔ علاقے کے ایم پی [[PERSON:گیون اینٹوسل]] نے بھی یہ معاملہ اٹھایا تھا۔

والدہ [[PERSON:صدف]] کہتی ہیں: "اب جمعہ کو [[PERSON:ہانیہ]] اپنے ابو کے ساتھ [[ADDRESS:مسجد ابوبکر]] تک خود وہیل چیئر چلا کر جاتی ہے اور باہر اپنی سہیلیوں سے ملتی ہے۔"

ایسوسی ایشن کے ترجمان [[PERSON:مارٹن گرمشا]] نے بتایا کہ اب کسی معذور بچے کے گھر میں تبدیلی کا کام 16 ہفتوں میں مکمل کرنا لازمی ہے اور خاندان کو ہر ماہ تحریری اپ ڈیٹ دی جاتی ہے۔

رابطہ: [[PHONE:۰۱۶۱ ۴۹۶ ۰۳۹۲]]، [[EMAIL:saqib.malik@example.org]]
"""),
    ),
    (
        "fv2bb-ur-04",
        "ur",
        _s("""
گلاسگو: اوپر کے فلیٹ کا شور ختم، ساؤنڈ پروفنگ کے ساتھ نیا قاعدہ بھی

گلاسگو (رپورٹ: [[PERSON:نادیہ گلزار]]، [[EMAIL:nadia.gulzar@example.net]])

[[PERSON:شمیم اختر رانا]] ([[AGE:57]]) اور ان کے شوہر [[PERSON:عبدالستار رانا]] پولک شیلڈز کے علاقے میں [[ADDRESS:52 Albert Quadrant]] کے [[ADDRESS:فلیٹ 1/2]] میں رہتے ہیں۔ اوپر والے فلیٹ کی نئی کرایہ دار نے لکڑی کا فرش بغیر انڈرلے کے لگوا لیا اور ہر آہٹ نیچے گونجنے لگی: جوتے، کرسیاں، رات دو بجے واشنگ مشین۔

"میرے شوہر کو [[HEALTH:ڈپریشن]] ہے اور نیند کی کمی نے ان کی حالت اور بگاڑ دی،" بیگم [[PERSON:رانا]] نے بتایا۔

انہوں نے مالک ادارے [[ORGANISATION:Clydeholm Housing Association]] سے شکایت کی، جس نے اسے محض "پڑوسیوں کا جھگڑا" کہہ کر ثالثی کا مشورہ دیا۔ کیس نمبر [[REFERENCE:CHA-ASB-0418]] چھ ماہ کھلا رہا۔ مقامی کونسلر [[PERSON:انگس میکلاؤڈ]] کے کہنے پر ہاؤسنگ آفیسر [[PERSON:موراگ ڈالگلیش]] نے رات کے وقت آواز ریکارڈ کرنے والا آلہ لگایا، جس سے شور ثابت ہو گیا۔

پھر ایسوسی ایشن نے مانا کہ اوپر کا فرش کرایہ داری کی شرائط کے خلاف تھا۔ [[ORGANISATION:Clyde Acoustic Floors]] نے اوپر والے فلیٹ میں آواز روکنے والی تہہ اور قالین لگائے، اور [[PERSON:رانا]] خاندان کو 400 پاؤنڈ ملے۔ اب ایسوسی ایشن کے تمام فلیٹوں میں لکڑی کا فرش لگانے سے پہلے اجازت اور انڈرلے لازمی ہیں۔

"اب ہم رات کو سو سکتے ہیں،" [[PERSON:عبدالستار]] صاحب نے کہا۔

ایسوسی ایشن کی ہیلپ لائن: [[PHONE:0141 496 0558]]۔

تصحیح: گزشتہ شمارے میں ہم نے غلطی سے [[PERSON:عبدالستار]] صاحب کا نام "[[PERSON:عبدالغفار]]" لکھا تھا اور ان کا پتا [[ADDRESS:فلیٹ 2/1]] بتایا تھا۔ درست نام [[PERSON:عبدالستار رانا]] اور پتا [[ADDRESS:فلیٹ 1/2]] ہے۔ ہم معذرت خواہ ہیں۔
"""),
    ),
    (
        "fv2bb-ur-05",
        "ur",
        _s("""
ریڈیو سنگم لیڈز | ویب سائٹ

"بابا جی کا تھرموسٹیٹ": سمارٹ ہیٹنگ کی جگہ سادہ ڈائل، اور ایک نئی پالیسی

ہمارے پروگرام "اپنا گھر" میں اس ہفتے [[PERSON:شبنم کوثر]] نے اپنے والد [[PERSON:فضل داد]] کی کہانی سنائی، جو [[AGE:بیاسی برس]] کے ہیں اور [[HEALTH:ڈیمنشیا]] کے مریض ہیں۔ وہ [[ADDRESS:10 ہیتھ فیلڈ ماؤنٹ]]، [[POSTCODE:ls8 5nb]] میں اکیلے رہتے ہیں اور گھر [[ORGANISATION:Chapeltown Rise Housing]] کا ہے۔

پچھلے نومبر کمپنی نے پرانے بوائلر کے ساتھ ٹچ اسکرین والا سمارٹ تھرموسٹیٹ لگا دیا۔ "ابا جی اسے ٹی وی کا ریموٹ سمجھتے تھے،" [[PERSON:شبنم]] نے ہنستے ہوئے کہا، مگر بات ہنسی کی نہیں تھی: دسمبر کی ایک صبح پڑوسن [[PERSON:ایفوا بواٹینگ]] نے انہیں ٹھنڈے کمرے میں کانپتے ہوئے پایا اور ایمبولینس بلائی۔

خاندان نے شکایت کی (نمبر [[REFERENCE:CRH-CMP-9120]])۔ پہلے جواب میں کہا گیا کہ "نیا نظام سب کرایہ داروں کے لیے یکساں ہے"۔ پھر [[PERSON:شبنم]] نے والد کی جی پی سرجری [[ADDRESS:Gledhow Lane Surgery]] کا خط ساتھ لگایا اور معاملہ دوسرے مرحلے میں گیا۔

کمپنی کی افسر [[PERSON:کیٹ بلیک برن]] خود آئیں، تھرموسٹیٹ اتروا کر [[ORGANISATION:Aire Smart Energy]] سے بڑے ہندسوں والا سادہ ڈائل لگوایا، اور [[PERSON:شبنم]] کو "نامزد رابطہ" کے طور پر درج کیا تاکہ بوائلر کی ہر خرابی کا پیغام انہیں بھی جائے۔ خاندان کو 500 پاؤنڈ ملے۔

اب [[ORGANISATION:Chapeltown Rise]] کسی بھی کمزور کرایہ دار کے گھر نیا آلہ لگانے سے پہلے گھر والوں سے بات کرتی ہے اور سادہ متبادل پیش کرتی ہے۔ بابا جی اب پھر سے ہر جمعہ [[ADDRESS:مسجد بلال]] جاتے ہیں اور واپسی پر ڈائل خود گھما لیتے ہیں۔

[[PERSON:شبنم]] کا پیغام: "بزرگوں کے لیے ٹیکنالوجی ٹھیک ہے، مگر پہلے ان سے پوچھ تو لیں۔"

پروگرام سے رابطہ: [[PHONE:۰۱۱۳ ۴۹۶ ۰۸۷۴]]، ای میل [[EMAIL:apnaghar at example dot org]]، انسٹاگرام [[OTHER_ID:@radiosangamleeds]]۔ میزبان: [[PERSON:زوہیب انجم]]
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
