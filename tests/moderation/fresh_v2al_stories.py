"""Fresh version-2 PII test stories, batch al.

Leaseholders, shared owners and residents of sheltered and supported housing write about service
charges, cladding and fire safety, broken lifts, absent concierges and managing agents, in English,
Arabic, Bengali, Punjabi (Gurmukhi), Polish, Romanian and Urdu. The tone runs from angry to formal to
wry. The stories carry many named blocks, estates and developments (several with ordinary-word names),
flat numbers written every which way (apt 12, Flat 9c, flat 3.07, number 14, Room 6, Polish "pod 27",
"z siódemki", Romanian "nr. 7", Bengali and Urdu "third-floor flat", Gurmukhi "ਫ਼ਲੈਟ ੬ਏ"), managing
agents' staff and residents' association officers, leaseholder account numbers, refund sort codes and
account numbers, WhatsApp admins' @handles, kunyas and nicknames, English names written in Arabic,
Bengali, Gurmukhi and Urdu script, phones and emails spelt out in words, NHS, passport, BRP and
National Insurance numbers, car registrations, and named schools, surgeries, places of worship and
shops used to say where someone lives.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 7 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 57.1% of 35, recall 96.2%, precision
78.0%, on the committed detector b4a564d (as landed after round 33, with speed tests that change
no finding); leak-free by language ar 2, bn 3, en 2, pa 3, pl 3, ro 3, ur 4 of 5.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2al-en-01",
        "en",
        _s("""
I'm writing this because the [[ADDRESS:Maltings]] residents asked someone to, and I lost the coin toss.
My name is [[PERSON:Kavita Malik]] and I own the lease on [[ADDRESS:apt 12]], [[ADDRESS:The Maltings]],
[[ADDRESS:3 Brewery Wharf]], Leeds [[POSTCODE:ls11 5dq]]. For three years our managing agent,
[[ORGANISATION:Thornbury Estate Management]], billed every flat £640 a year for a "24-hour concierge".
There was no concierge. There was a desk, a plant, and from 2021 not even the plant.

I raised it with our property manager, [[PERSON:Gavin Pryce]], who told me the concierge was "provided
remotely". When I asked what that meant, [[PERSON:Gavin]] stopped answering. [[PERSON:Debs Achterberg]],
who chairs our residents' association, and [[PERSON:Mo Farouk]], who runs the block WhatsApp
([[OTHER_ID:@MaltingsMo]] if you want the memes), collected the demands from 38 of the 44 flats.
Nobody had ever seen a concierge.

The formal complaint went in on 6 February, ref [[REFERENCE:TEM/C/10457]], quoting my leaseholder
account number [[REFERENCE:ML-0012-KM]]. Stage 1 said the charge was "consistent with the lease".
Stage 2 was signed by the director, [[PERSON:Ruth Castellano]], and to be fair to her, she actually
read it. The concierge contract had been cancelled in 2020 and nobody had told the accounts team.

What put it right: every leaseholder got three years of concierge charges back, plus interest. Mine
went to sort code [[OTHER_ID:40-12-76]], account [[OTHER_ID:31870042]], and arrived in nine days,
which is faster than [[PERSON:Gavin]] ever answered an email. [[ORGANISATION:Thornbury]] now send a
line-by-line budget before each year and hold an open meeting in the [[ADDRESS:Maltings]] bike store
(standing room only). [[PERSON:Gavin]] has moved on. The plant has not been replaced.

If you're in a block with a phantom service, call me on [[PHONE:0113 496 0712]] or email
[[EMAIL:kav dot malik at example dot net]].
"""),
    ),
    (
        "fv2al-en-02",
        "en",
        _s("""
Case study submitted by [[PERSON:Sian Llewellyn-Hart]], shared owner (40% share), [[ADDRESS:Flat 31]],
[[ADDRESS:Linden Court]], [[ADDRESS:Orchard Rise]], Bristol [[POSTCODE:BS16 4TW]].

In 2021 our lender asked for an EWS1 form before agreeing a remortgage.
[[ORGANISATION:Greenlyne Homes]], who own the other 60% and are our landlord, told us the form was the
freeholder's responsibility; the freeholder, [[ORGANISATION:Castlegate Developments]], told us it was
[[ORGANISATION:Greenlyne]]'s. For fourteen months we paid full rent on the unsold share, full service
charge and a waking watch levy of £38 a week, while being unable to move. Our son [[PERSON:Rhys]], who
was [[AGE:9]] at the time and at [[ADDRESS:St Aidan's C of E Primary]], was told by classmates that
our building was "going to burn down like on the news".

We submitted a formal complaint ([[ORGANISATION:Greenlyne]] reference [[REFERENCE:GLH/CMP/22817]]) on
3 May 2022. The stage 1 response from Ms [[PERSON:Harriet Oyelaran]] acknowledged the delay but offered
nothing. After stage 2 we went to the Housing Ombudsman (case [[REFERENCE:202315566]]). My husband,
[[PERSON:Peter]], kept a log of every call to [[PHONE:020 7946 0381]]: 211 calls in total.

The Ombudsman found severe maladministration. [[ORGANISATION:Greenlyne]] paid £2,750 in compensation,
refunded every waking watch payment and, more importantly, commissioned the fire engineering survey
themselves. [[PERSON:Tom Wierzbicki]], the building safety manager, now chairs a quarterly meeting for
all 52 households at [[ADDRESS:Orchard Rise]] and publishes the remediation programme online. Work on
[[ADDRESS:Linden Court]] finished in March this year. [[PERSON:Rhys]], now [[AGE:12]], has stopped
asking whether it is safe to sleep.

We would encourage other shared owners to ask their landlord, in writing, who is responsible for the
EWS1 process, and to keep a log of every contact. Contact: [[EMAIL:sian.lh@example.org]].
"""),
    ),
    (
        "fv2al-en-03",
        "en",
        _s("""
My granddaughter says I should "tell my story", so here it is. I am [[PERSON:Dorothy Fairweather]],
[[PERSON:Dot]] to everyone at [[ADDRESS:Kestrel House]], and I was born on the
[[DATE_OF_BIRTH:second of February 1936]], which makes me [[AGE:89]] and entitled to complain.
[[ADDRESS:Kestrel House]] is a sheltered scheme run by [[ORGANISATION:Havenfield Housing Trust]],
behind the [[ADDRESS:Fox and Hounds]], if you know Wakefield.

I live on the third floor, [[ADDRESS:flat 3.07]]. In November the lift broke. Then it broke again.
Between November and April it was out of action for 61 days. I have [[HEALTH:COPD]] and
[[HEALTH:macular degeneration]], so the stairs are not an option unless you carry me, and
[[PERSON:Craig]] from [[ORGANISATION:Apex Lift Services]], lovely lad, declined.

[[PERSON:Stan Hollis]] at [[ADDRESS:number 14]] missed two appointments at
[[ADDRESS:Millbrook Surgery]]. I missed my eye clinic. Our scheme manager, [[PERSON:Linda]], did her
best, but she was told the part was "on a boat". It was a long boat.

My grandson, [[PERSON:Little Jamie]] (he's six foot three), phoned [[ORGANISATION:Havenfield]]'s
complaints line so often they knew his voice. He gave them his mobile,
[[PHONE:oh seven seven double oh, nine hundred, one two three]], and asked for a manager to ring back.
Complaint number [[REFERENCE:HHT-44190]]. When they wanted my NHS number to log me as vulnerable, I
read it out: [[OTHER_ID:485 777 3456]].

The stage 2 reply came from a Mr [[PERSON:Okonjo]], who visited and went up the stairs himself. He was
out of breath at the second landing. Within a month [[ORGANISATION:Havenfield]] agreed to replace the
whole lift rather than patch it, to put [[ADDRESS:Kestrel House]] on a priority call-out contract
(four hours, not four weeks), and to offer a ground-floor flat to anyone who needs one during an
outage. We each got £150 and a letter.

The new lift has a voice that announces the floors. [[PERSON:Stan]] calls her the Duchess.
"""),
    ),
    (
        "fv2al-en-04",
        "en",
        _s("""
My brother [[PERSON:Daniel Mensah]] is [[AGE:24]], [[HEALTH:autistic]], and has lived at the
[[ADDRESS:Brambles]], a supported housing project at [[ADDRESS:46 Hollins Way]], Oldham
[[POSTCODE:OL8 2RS]], since 2019. The building is owned by [[ORGANISATION:Pennine Crest Housing]] and
the support is provided by [[ORGANISATION:Compass Living Support]]. I'm [[PERSON:Abena]], his sister
and appointee.

Last summer [[PERSON:Danny]] told me the fire alarm "beeped all night and nobody came". The alarm panel
had been in fault mode for five weeks. Two fire doors on his corridor were propped open with wedges
because the closers were broken, and the door to his own room, [[ADDRESS:Room 6]], didn't close at
all. [[PERSON:Danny]] also has [[HEALTH:epilepsy]] and can't always wake to an alarm; his personal
evacuation plan had never been written.

I complained to both organisations on 12 July. [[ORGANISATION:Compass]] said the building was
[[ORGANISATION:Pennine Crest]]'s problem; [[ORGANISATION:Pennine Crest]] said staff should report
faults. I gave both the same reference, [[REFERENCE:PCH-SH-7703]], and copied in his key worker,
[[PERSON:Precious Adjei]], so nobody could say they hadn't seen it. When a contractor finally arrived
I photographed the van ([[OTHER_ID:KX68 TLB]]) because I had stopped believing anyone.

What changed: [[ORGANISATION:Pennine Crest]] replaced the panel and all nine door closers within a
fortnight, and fitted a vibrating pillow alarm in [[PERSON:Danny]]'s room.
[[ORGANISATION:Compass]] wrote his evacuation plan with him, in pictures, and now practise it every
quarter. Both agreed a single named contact for families, [[PERSON:Mark Ellison]] at
[[ORGANISATION:Pennine Crest]], [[PHONE:0161 496 0259]], so complaints can't bounce between them.

[[PERSON:Danny]] still goes to [[ADDRESS:Bethel Apostolic Church]] on Sundays and tells everyone the new
alarm "shakes the bed like a bus". He is very proud of it. Any family in a similar position can reach
me at [[EMAIL:abena.mensah@example.net]].
"""),
    ),
    (
        "fv2al-en-05",
        "en",
        _s("""
Submitted on behalf of the [[ADDRESS:Swift House]] Leaseholders' Group, [[ADDRESS:Bellfield Estate]],
Harrowden.

[[ADDRESS:Swift House]] is a 1960s block of 48 flats owned by [[ORGANISATION:Harrowden Council]]. In
2022 the council served section 20 notices for fire safety works: new fire doors, compartmentation and
a sprinkler system. The estimate per flat was £11,400. The final account, when it came, was £19,860
per flat, including scaffolding for 74 weeks on a job programmed for 30.

Our group secretary, Mr [[PERSON:Olumide Cole]] ([[ADDRESS:Flat 9c]]), wrote to the Home Ownership
team on everyone's behalf. His leaseholder reference [[REFERENCE:LH/SWF/009C]] is on every letter, and
the council used his account as the lead case. The complaint was logged as
[[REFERENCE:CMP-2023-08815]]. The reply from the service manager, [[PERSON:Yvonne Tranter]], defended
the scaffold costs as "reasonable".

We asked for the hire invoices. They showed that the contractor,
[[ORGANISATION:Marlow & Finch Construction]], had left the scaffold up for 44 weeks after the works
finished while a separate roofing contract was tendered. Leaseholders were charged for the whole
period.

At stage 2 the council accepted that leaseholders should not pay for the idle period and reduced every
final account by £4,120. Those who had already paid were refunded; Mr [[PERSON:Cole]]'s refund went to
the account ending [[OTHER_ID:0412]] within a month. The council also agreed to publish scaffold start
and strike dates for all future major works and to meet leaseholders before any contract extension.

We keep a record of all this at [[OTHER_ID:bellfieldleaseholders.example.org]] and post updates from
[[OTHER_ID:@SwiftHouseLH]]. Anyone on the [[ADDRESS:Bellfield Estate]] still waiting for their
adjustment can ring [[PERSON:Olu]] on [[PHONE:020 7946 0928]] or write to the group, c/o
[[ADDRESS:Flat 9c]], [[POSTCODE:n17 8qz]].
"""),
    ),
    (
        "fv2al-ar-01",
        "ar",
        _s("""
اسمي [[PERSON:رنا الحلبي]]، وأنا [[OTHER_SPECIAL:سورية]]، أسكن منذ عام ٢٠١٨ في [[ADDRESS:شقة رقم ٢٧]] في
مبنى [[ADDRESS:Kingfisher Point]] في مانشستر، والرمز البريدي [[POSTCODE:m15 6gh]]. اشتريت ٣٥٪ من الشقة
بنظام الملكية المشتركة من جمعية [[ORGANISATION:Northvale Homes]]، وأدفع الإيجار على الحصة الباقية.

بعد الحريق الكبير في لندن وصلتنا رسالة تقول إن الكسوة الخارجية للمبنى غير آمنة، وإن علينا أن ندفع ٤٢
جنيهًا شهريًا مقابل «الحراسة الليلية» إلى أن يتم الإصلاح. مرّت سنتان ولم يتغيّر شيء. ابني
[[PERSON:يوسف]]، وعمره [[AGE:٧ سنوات]]، صار يسألني كل ليلة قبل النوم: «ماما، هل سيحترق بيتنا؟».

قدّمت شكوى رسمية برقم [[REFERENCE:NVH-C-55031]]، فردّت الموظفة [[PERSON:سارة بنتلي]] بأن الأمر «بيد
المالك الحر» ولا تستطيع فعل شيء. اتصلت بالرقم [[PHONE:٠١٦١ ٤٩٦ ٠٥٤٣]] أكثر من عشرين مرة. في النهاية
ساعدتني جارتي من [[ADDRESS:شقة ١٢]]، [[PERSON:أم كريم]]، في كتابة شكوى إلى أمين المظالم للإسكان، ورقم
القضية [[REFERENCE:٢٠٢٤٠٣٣١٨]].

بعد تدخّل أمين المظالم اعترفت [[ORGANISATION:Northvale]] بالتقصير، وأعادت لنا كل ما دفعناه للحراسة
الليلية، ودفعت تعويضًا قدره ١٬٢٠٠ جنيه. والأهم أنها بدأت استبدال الكسوة في الربيع، وعيّنت مسؤولًا عن
سلامة المبنى، السيد [[PERSON:جيمس أوكافور]]، يرسل إلينا تحديثًا كل شهر. وركّبوا نظام إنذار جديدًا بدل
الحراسة.

الآن يذهب [[PERSON:يوسف]] إلى مدرسة [[ADDRESS:Hulme Park Primary]] مرتاح البال، وقد رسم لمعلمته صورة
«العمارة بثوبها الجديد». إن كان أحد من سكان [[ADDRESS:Kingfisher Point]] يحتاج مساعدة في الشكوى،
فليراسلني على [[EMAIL:rana.halabi@example.com]].
"""),
    ),
    (
        "fv2al-ar-02",
        "ar",
        _s("""
أكتب هذه القصة نيابةً عن والدي، الحاج [[PERSON:محمود عبد الرحيم]]، المولود في
[[DATE_OF_BIRTH:١٥/٠٣/١٩٤١]]، وهو يسكن وحده في سكن محمي لكبار السن اسمه [[ADDRESS:أورتشارد كورت]] في
برادفورد، في الطابق الثاني، [[ADDRESS:شقة رقم ٢٠٤]]. الجهة المالكة هي
[[ORGANISATION:Aire Valley Housing]].

والدي مصاب بـ[[HEALTH:مرض باركنسون]] ولا يستطيع صعود الدرج. في الشتاء الماضي تعطّل المصعد الوحيد في
المبنى ثلاثة أسابيع كاملة، ثم تعطّل مرة أخرى بعد إصلاحه بأربعة أيام. بقي أبي محبوسًا في شقته، ولم
يستطع الذهاب إلى [[ADDRESS:مسجد النور]] لأول مرة منذ ثلاثين سنة، وفاته موعدان في المستشفى.

اتصلت بمديرة السكن، [[PERSON:جولي]]، فقالت إن شركة الصيانة [[ORGANISATION:Summit Lifts]] تنتظر قطعة
غيار. اتصلت بخط الشكاوى على [[PHONE:٠١١٣ ٤٩٦ ٠٨٢٧]] وسجّلت شكوى برقم [[REFERENCE:AVH/COMP/3392]]. طلبوا
رقم NHS الخاص بأبي لتسجيله كشخص ضعيف، فأعطيتهم إياه: [[OTHER_ID:٤٨٥ ٢١٧ ٩٠٣٦]].

جاء ردّ المرحلة الأولى بعد ستة أسابيع يعتذر عن «الإزعاج» فقط. فطلبت المرحلة الثانية، وحضر مدير
المنطقة، السيد [[PERSON:بول هاريسون]]، إلى المبنى بنفسه، وجلس مع أبي ومع جاره في [[ADDRESS:شقة ٢٠٦]]،
العم [[PERSON:جورج]]، وهو أيضًا فوق الثمانين.

النتيجة: وافقت [[ORGANISATION:Aire Valley Housing]] على تركيب مصعد ثانٍ في
[[ADDRESS:أورتشارد كورت]]، وإلى أن يتم ذلك صار لديهم عقد طوارئ يُلزم الشركة بالحضور خلال ست ساعات.
وإذا تعطّل المصعد أكثر من يوم، يُنقل السكان الذين لا يستطيعون استعمال الدرج إلى شقق في الطابق
الأرضي. ودفعوا لأبي ٤٠٠ جنيه تعويضًا.

عاد أبي إلى المسجد، ويقول ضاحكًا إن المصعد الجديد «أسرع من الخطيب يوم الجمعة». للتواصل: أخوكم
[[PERSON:خالد]]، [[PHONE:07700 900 418]].
"""),
    ),
    (
        "fv2al-ar-03",
        "ar",
        _s("""
بصراحة، أنا غاضب وما زلت غاضبًا. اسمي [[PERSON:هشام بن عيسى]]، مالك عقد إيجار طويل (leasehold) للشقة
[[ADDRESS:Flat 4B]] في مجمّع [[ADDRESS:Canalside Quarter]]، برمنغهام [[POSTCODE:B1 2NX]]. شركة الإدارة
هي [[ORGANISATION:Crestmark Property Management]]، وهي التي تحدّد رسوم الخدمات (service charge) كل سنة.

في ٢٠٢٣ وصلتني فاتورة بـ٣٬٩٠٠ جنيه بدل ٢٬١٠٠ المعتادة. في التفاصيل: صيانة المصعد مرتين، مرة باسم
شركة [[ORGANISATION:Liftcare]] ومرة باسم شركة أخرى لا يعرفها أحد، و«أتعاب إدارة» تضاعفت. راسلت مدير
العقار [[PERSON:ديفيد مورغان]] عشر مرات، فردّ مرة واحدة ليقول إن «الأرقام صحيحة».

هنا دخلت جارتي [[PERSON:هند]]، مشرفة مجموعة الواتساب الخاصة بالمبنى (وحسابها على تويتر
[[OTHER_ID:@Hind_4C]])، وجمعت فواتير ٢٣ شقة. اكتشفنا أن عقد الصيانة الثاني يخص مبنى آخر تديره الشركة
نفسها. أرسلت شكوى رسمية باسم الجميع، مع رقم حسابي كمستأجر [[REFERENCE:CPM-LA-88214]]، ولوّحنا
بالذهاب إلى المحكمة (First-tier Tribunal).

بعد شهرين جاء الرد من مديرة الشكاوى، السيدة [[PERSON:كلير آشوورث]]: اعتذار مكتوب، وإلغاء البند
المكرر، وتخفيض أتعاب الإدارة إلى مستوى السنة السابقة. أُعيد لي ٨٧٠ جنيهًا إلى حسابي البنكي، رمز الفرع
[[OTHER_ID:٢٠-٣٢-٠٦]] ورقم الحساب [[OTHER_ID:٥٣٨١٢٧٤٠]]، وحصل كل جار على مبلغه.

ما الذي تغيّر؟ صارت [[ORGANISATION:Crestmark]] ترسل الميزانية قبل بداية السنة، وتنشر الفواتير الأصلية
على بوابة إلكترونية، ووافقت على اجتماع سنوي مع السكان. وأنا؟ صرت أقرأ كل سطر. إذا كنت في مبنى تديره
الشركة نفسها، اتصل بي: [[PHONE:٠٧٧٠٠٩٠٠٥٦١]]، أو راسلني على [[EMAIL:hisham.benaissa@example.net]].
"""),
    ),
    (
        "fv2al-ar-04",
        "ar",
        _s("""
السادة القائمون على موقع Make Things Right، تحية طيبة وبعد،

أنا [[PERSON:أحمد عثمان محمد]]، [[OTHER_SPECIAL:لاجئ]] من [[OTHER_SPECIAL:السودان]]، أقيم مع ابنتي
[[PERSON:آمنة]] ([[AGE:١١ عامًا]]) في [[ADDRESS:شقة رقم ٩٠٣]] بالطابق التاسع من برج
[[ADDRESS:Beacon Heights]] في شفيلد، الرمز البريدي [[POSTCODE:S4 7QP]]. حصلت على
[[OTHER_SPECIAL:حق اللجوء]] عام ٢٠٢٠، ورقم تصريح الإقامة (BRP) الخاص بي هو [[OTHER_ID:ZU4817263]]، وقد
طلبته مني الجهة المالكة [[ORGANISATION:Steelbank Homes]] لإثبات الهوية عند فتح الشكوى.

في شتاء ٢٠٢٣ لاحظت أن باب الشقة لا يُغلق تلقائيًا، وأن جهاز إنذار الدخان في الممر لا يعمل، وأن باب
درج الطوارئ مربوط بحبل. ابنتي مصابة ب[[HEALTH:الربو]]، وقد قرأت أن الدخان هو الخطر الأكبر في حرائق
الأبراج، فلم أعد أنام.

قدّمت شكوى مكتوبة بمساعدة مترجمة من مركز المجتمع، الأخت [[PERSON:نادية]]، وأخذت الرقم
[[REFERENCE:SBH-FS-20417]]. مرّ شهر ولم يأتِ أحد، فكتبت مرة ثانية إلى مسؤول السلامة، السيد
[[PERSON:إيان بيكيت]]، ثم إلى أمين المظالم للإسكان (رقم القضية [[REFERENCE:٢٠٢٣١٤٤٠٩]]).

بعد ذلك جاء السيد [[PERSON:بيكيت]] بنفسه مع مهندس من شركة [[ORGANISATION:Northern Fire Doors Ltd]].
استُبدل باب الشقة بباب مقاوم للحريق لمدة ٣٠ دقيقة، وأُصلح نظام الإنذار في الطابق كله، وأُزيل الحبل.
وأرسلت [[ORGANISATION:Steelbank Homes]] رسالة إلى جميع السكان بعدة لغات تشرح ما يجب فعله عند الحريق،
وأصبح لكل ساكن يحتاج مساعدة في الإخلاء خطة شخصية. كما اعتذروا كتابيًا ودفعوا ٣٥٠ جنيهًا.

أشكر كل من ساعدني. ويمكن التواصل معي عبر البريد [[EMAIL:ahmed.osman.s4@example.org]] أو الهاتف
[[PHONE:٠١١٤ ٤٩٦ ٠٣٧٢]].
"""),
    ),
    (
        "fv2al-ar-05",
        "ar",
        _s("""
قصتي ليست مأساة، لكنها تستحق قليلًا من الضحك. اسمي [[PERSON:ليلى حداد]]، أسكن في
[[ADDRESS:شقة رقم ١٢]] ([[ADDRESS:apt 12]]) في مبنى [[ADDRESS:The Granary]] شرق لندن
([[POSTCODE:e14 8rq]])، فوق محل الحلويات [[ADDRESS:Sweet Cedar]] على الزاوية تمامًا.

ندفع ضمن رسوم الخدمات ٩٥٠ جنيهًا سنويًا مقابل خدمة الكونسيرج، أي موظف الاستقبال الذي يستلم الطرود.
موظفنا [[PERSON:ستيفن]] رجل لطيف جدًا، لكنه يخلط بين الأرقام. طوال ستة أشهر كانت طرودي تذهب إلى جاري
في [[ADDRESS:شقة ٢١]]، السيد [[PERSON:بيتروفسكي]]، الذي صار يعرف مقاساتي ونوع طعام قطتي.

ثم اختفى طردان تمامًا: هدية عيد ميلاد ابنتي [[PERSON:جنى]] التي كانت ستُكمل [[AGE:٦ سنوات]]، ودواء
القطة. هنا تدخّل [[PERSON:أبو سامي]]، مشرف مجموعة واتساب المبنى ([[OTHER_ID:@abusami_granary]])، وطلب
من الجميع كتابة ما فقدوه. النتيجة: ٣١ طردًا مفقودًا في سنة واحدة.

تقدّمت بشكوى إلى شركة الإدارة [[ORGANISATION:Parkwell Residential]] مع رقم حسابي
[[REFERENCE:LH-GR-0012]]، وكان رقم الشكوى [[REFERENCE:PR/2291/LH]]. في البداية قالوا إن الكونسيرج
تابع لشركة منفصلة، [[ORGANISATION:Gatehouse Concierge Services]]، وإن عليّ مراسلتها. لكن بعد أن أرسل
[[PERSON:أبو سامي]] جدول المجموعة كاملًا إلى المديرة الإقليمية، السيدة [[PERSON:فيونا ماكلاود]]، تغيّرت
النبرة.

ما الذي تغيّر: رُكّبت خزائن طرود إلكترونية بأرقام سرية، وصار كل طرد يُصوَّر عند الاستلام، ودفعت
[[ORGANISATION:Parkwell Residential]] تعويضًا لكل من فقد شيئًا. حصلت أنا على ١٨٠ جنيهًا، وحصلت
[[PERSON:جنى]] على هديتها متأخرة شهرًا. [[PERSON:ستيفن]] ما زال معنا، ويقرأ الأرقام الآن بنظارة
جديدة. للتواصل: [[EMAIL:layla.haddad at example dot com]] أو [[PHONE:+44 7700 900736]].
"""),
    ),
    (
        "fv2al-bn-01",
        "bn",
        _s("""
আমার নাম [[PERSON:শাহানা বেগম]]। আমি আর আমার স্বামী [[PERSON:আব্দুল মালিক]] ২০১২ সালে
[[ADDRESS:Whitmore Estate]]-এর [[ADDRESS:Wexford House]]-এর [[ADDRESS:৩১ নম্বর ফ্ল্যাট]] রাইট টু বাই-এ
কিনি, পোস্টকোড [[POSTCODE:E1 2PT]]। আমাদের ব্লকটা [[ADDRESS:বায়তুল আমান মসজিদ]]-এর ঠিক পেছনে।
বাড়িওয়ালা এখনও [[ORGANISATION:Eastbridge Council]], আমরা লিজহোল্ডার।

২০২২ সালে কাউন্সিল চিঠি পাঠাল: পুরো ব্লকের জানালা আর ছাদ বদলানো হবে, আমাদের ভাগ ১৪,২০০ পাউন্ড।
অথচ আমাদের জানালা মাত্র ছয় বছর আগে আমরা নিজেরাই বদলেছিলাম, রসিদও আছে। তবু বলা হলো সব জানালা
একসাথে বদলাতে হবে।

আমি হোম ওনারশিপ টিমের [[PERSON:ক্যারেন ফিলিপস]]-এর সাথে বারবার যোগাযোগ করি। তিনি বললেন, "এটা লিজের
নিয়ম।" আমাদের লিজহোল্ডার অ্যাকাউন্ট নম্বর [[REFERENCE:LHA/WX/0031]] দিয়ে লিখিত অভিযোগ করলাম,
রেফারেন্স পেলাম [[REFERENCE:EBC-MW-61842]]। মেয়ে [[PERSON:তাসনিম]] তখন [[AGE:৯ বছরের]], পড়ে
[[ADDRESS:Sutton Street Primary]]-তে; সে-ই ইংরেজি চিঠিগুলো আমাকে পড়ে শোনাত, আর রাতে জিজ্ঞেস করত
আমাদের বাড়ি বিক্রি করতে হবে কিনা।

তারপর গেলাম কাউন্সিলর [[PERSON:রাজু আহমেদ]]-এর সার্জারিতে। তিনি ব্লকের আরও ১১ জন লিজহোল্ডারকে
একসাথে করলেন। আমরা সবাই মিলে স্টেজ ২-তে গেলাম, এরপর হাউজিং অম্বুডসম্যানের কাছে (কেস নম্বর
[[REFERENCE:২০২৩০৯৯৭১]])।

ফলাফল: কাউন্সিল মেনে নিল যে দশ বছরের কম পুরনো জানালা বদলানোর দরকার নেই। আমাদের বিল ১৪,২০০ থেকে
কমে ৫,৬৫০ পাউন্ড হলো, আর দশ বছরের কিস্তিতে সুদ ছাড়া শোধ করার সুযোগ দেওয়া হলো। এখন
[[ORGANISATION:Eastbridge Council]] যেকোনো বড় কাজের আগে লিজহোল্ডারদের সাথে মিটিং করে, আর চিঠি
বাংলাতেও পাঠায়।

কেউ একই সমস্যায় থাকলে আমাকে ফোন করতে পারেন: [[PHONE:০২০ ৭৯৪৬ ০৫১৮]]।
"""),
    ),
    (
        "fv2al-bn-02",
        "bn",
        _s("""
আমি [[PERSON:মোহাম্মদ রফিকুল ইসলাম]], ডাকনাম [[PERSON:রফিক]]। ২০২০ সালে লুটনে
[[ORGANISATION:Chiltern Vale Homes]] থেকে শেয়ারড ওনারশিপে ৪০% কিনে [[ADDRESS:Foxglove Court]]-এর
[[ADDRESS:Apartment 12]]-এ উঠি (ঠিকানা: [[ADDRESS:Foxglove Court]], [[ADDRESS:8 Mill Meadow Way]],
[[POSTCODE:LU3 2FG]])। বাসায় থাকি আমি, স্ত্রী [[PERSON:নাসরিন]] আর ছেলে [[PERSON:আরিয়ান]], যার বয়স
তখন [[AGE:১৮ মাস]]।

২০২৩ সালে একটা ফায়ার রিস্ক অ্যাসেসমেন্টে ধরা পড়ল, আমাদের ফ্ল্যাট আর পাশের ফ্ল্যাটের মাঝের দেয়ালের
ভেতরে ফায়ার স্টপিং নেই, আর সামনের দরজাগুলো আসল ফায়ার ডোর না। সঙ্গে সঙ্গে সার্ভিস চার্জ মাসে ৮৫
পাউন্ড বেড়ে গেল "বিল্ডিং সেফটি" খাতে। অথচ বিল্ডিং তো নতুন, দোষ তো ডেভেলপারের।

আমি লিখিত অভিযোগ করি, রেফারেন্স [[REFERENCE:CVH-SO-40921]]। পরিচয় যাচাইয়ের জন্য ওরা আমার জন্মতারিখ
চাইল, আমি লিখলাম [[DATE_OF_BIRTH:চৌদ্দই আগস্ট, উনিশশো ঊননব্বই]]। প্রথম ধাপে উত্তর দিলেন
[[PERSON:জেসমিন ও'রাইলি]], বললেন খরচ লিজ অনুযায়ী সব মালিকের ভাগে পড়বে। আমি মানলাম না।

দ্বিতীয় ধাপে বিষয়টা দেখলেন বিল্ডিং সেফটি ম্যানেজার [[PERSON:অ্যান্ড্রু পাইক]]। তিনি স্বীকার
করলেন, নির্মাণের ত্রুটি মেরামতের খরচ শেয়ারড ওনারদের ঘাড়ে চাপানো যায় না।
[[ORGANISATION:Chiltern Vale Homes]] নিজেরাই ডেভেলপার [[ORGANISATION:Brookmoor Construction]]-এর কাছ
থেকে টাকা আদায়ের দায়িত্ব নিল, বাড়তি চার্জ বাতিল করল, আর এতদিন যা কেটেছিল তা ফেরত দিল: ৯৩৫ পাউন্ড,
আমার অ্যাকাউন্টে (সর্ট কোড [[OTHER_ID:৩০-৯৪-৫৭]], অ্যাকাউন্ট নম্বর [[OTHER_ID:০৪৪১৮২৯৩]])। সব
ফ্ল্যাটে নতুন ফায়ার ডোর লাগানো হয়েছে, আর এখন তারা প্রতি তিন মাসে বাসিন্দাদের সাথে মিটিং করে।

[[PERSON:আরিয়ান]] এখন [[AGE:তিন বছরের]], নতুন লাল দরজাটাকে বলে "ফায়ার ট্রাক দরজা"। যোগাযোগ:
[[EMAIL:rafiq.islam@example.com]] বা [[PHONE:07700 900 284]]।
"""),
    ),
    (
        "fv2al-bn-03",
        "bn",
        _s("""
আমার আম্মা [[PERSON:রাবেয়া বিবি]], বয়স [[AGE:৮২]], একা থাকেন
[[ORGANISATION:Heartland Housing Group]]-এর শেল্টার্ড স্কিম [[ADDRESS:Rosewood Court]]-এ,
[[ADDRESS:ফ্ল্যাট নম্বর ৭]] (বার্মিংহাম, [[POSTCODE:B10 0HT]])। আম্মার [[HEALTH:ডিমেনশিয়া]]র শুরু,
সঙ্গে [[HEALTH:ডায়াবেটিস]]। আমরা এই স্কিম বেছেছিলাম কারণ প্রতিটা ঘরে ইমার্জেন্সি পুল-কর্ড আছে, আর
দিনে একজন স্কিম ম্যানেজার থাকেন।

গত জানুয়ারির এক রাতে আম্মা বাথরুমে পড়ে যান। পুল-কর্ড টানেন, কিন্তু কেউ সাড়া দেয়নি। সকালে পাশের
ফ্ল্যাটের মিসেস [[PERSON:ও'কনর]] দরজায় নক করে সাড়া না পেয়ে স্কিম ম্যানেজার [[PERSON:ডেবি]]-কে
ডাকেন। আম্মা সারা রাত মেঝেতে ছিলেন। পরে জানা গেল, অ্যালার্ম মনিটরিং কোম্পানি
[[ORGANISATION:CareLine 24]]-এর সাথে বিল্ডিংয়ের সংযোগ তিন সপ্তাহ ধরে বিচ্ছিন্ন ছিল, কেউ খেয়াল করেনি।

আমি সঙ্গে সঙ্গে অভিযোগ করি (রেফারেন্স [[REFERENCE:HHG/CS/77310]])। হাসপাতালের কাগজ, আম্মার NHS নম্বর
[[OTHER_ID:৯৪৩ ৪৭৬ ৫৯১৯]], [[ADDRESS:Green Lane Surgery]]-র ডাক্তারের চিঠি, সব জমা দিই। আমার ভাই
[[PERSON:সোহেল]] প্রতিদিন [[PHONE:০১২১ ৪৯৬ ০৩৫৫]] নম্বরে ফোন করত।

[[ORGANISATION:Heartland Housing Group]] প্রথমে বলেছিল এটা [[ORGANISATION:CareLine]]-এর দোষ। কিন্তু
দ্বিতীয় ধাপে তাদের অপারেশনস ডিরেক্টর মিস [[PERSON:প্রিয়া নায়ার]] লিখিতভাবে মেনে নেন যে স্কিমের
সাপ্তাহিক অ্যালার্ম টেস্ট আসলে মাসের পর মাস হয়নি।

এখন কী বদলেছে: প্রতিটা ফ্ল্যাটের পুল-কর্ড প্রতি সপ্তাহে টেস্ট হয়, রেকর্ড অফিসের দেয়ালে টানানো থাকে।
সংযোগ বিচ্ছিন্ন হলে [[PERSON:ডেবি]]-র ফোনে সঙ্গে সঙ্গে মেসেজ যায়। আম্মাকে গলায় ঝোলানো একটা
অ্যালার্ম দেওয়া হয়েছে, আর ক্ষতিপূরণ ৭৫০ পাউন্ড। আম্মা বলেন, "এখন ঘুমাতে ভয় লাগে না।"

— [[PERSON:নাজমা খাতুন]]
"""),
    ),
    (
        "fv2al-bn-04",
        "bn",
        _s("""
রাগ করে লিখছি না, হিসাব করে লিখছি। আমি [[PERSON:সুমাইয়া চৌধুরী]]। ম্যানচেস্টারের
[[ADDRESS:Halyard Point]]-এ [[ADDRESS:৩য় তলার ফ্ল্যাট]] আমার নিজের কেনা, [[ADDRESS:ফ্ল্যাট ৩০৪]],
পোস্টকোড [[POSTCODE:m4 6bq]]। আমি [[OTHER_SPECIAL:ব্রিটিশ-বাংলাদেশি]], বিল্ডিংয়ের হোয়াটসঅ্যাপ
গ্রুপে আমিই বাংলায় অনুবাদ করি। গ্রুপের অ্যাডমিন [[PERSON:জেমি উইলকক্স]]
([[OTHER_ID:@jamie_halyard]])।

২০২১ সালে জানা গেল বিল্ডিংয়ের ক্ল্যাডিং দাহ্য। ফ্রিহোল্ডার [[ORGANISATION:Avonstead Estates Ltd]]
আর ম্যানেজিং এজেন্ট [[ORGANISATION:Meridian Block Management]] সঙ্গে সঙ্গে "ওয়েকিং ওয়াচ" বসাল: দুজন
গার্ড রাতে করিডোরে হাঁটবে, খরচ আমাদের। আমার ভাগ মাসে ১১২ পাউন্ড। ২০২২-এর অক্টোবরে নতুন ফায়ার
অ্যালার্ম বসল, নিয়ম অনুযায়ী তখনই ওয়েকিং ওয়াচ বন্ধ হওয়ার কথা। বন্ধ হলো না। আরও এগারো মাস আমরা টাকা
দিলাম, অথচ গার্ডদের কেউ আর দেখেনি।

আমি [[ORGANISATION:Meridian]]-এর প্রপার্টি ম্যানেজার [[PERSON:টোমাস গ্রিন]]-কে স্প্রেডশিট পাঠালাম,
আমার লিজহোল্ডার অ্যাকাউন্ট [[REFERENCE:MBM-HP-0304]] দিয়ে। উত্তর নেই। তখন [[PERSON:জেমি]] গ্রুপে সবার
কাছ থেকে ইনভয়েস জোগাড় করল, আমি বাংলায় বুঝিয়ে বললাম কেন দরকার। ৮৭টা ফ্ল্যাটের ৬৯টা সই করল।
আনুষ্ঠানিক অভিযোগের রেফারেন্স [[REFERENCE:MBM/COMP/5518]]।

শেষে [[ORGANISATION:Meridian Block Management]] স্বীকার করল যে সিকিউরিটি কোম্পানি
[[ORGANISATION:Sentinel Patrol Services]]-এর চুক্তি বাতিল করতে তারা "ভুলে গিয়েছিল"। প্রত্যেক
লিজহোল্ডার পুরো এগারো মাসের টাকা ফেরত পেল, আমার ক্ষেত্রে ১,২৩২ পাউন্ড। এখন প্রতিটা চুক্তির শেষ
তারিখ অনলাইনে দেওয়া থাকে, আর গ্রুপের সাথে প্রতি মাসে মিটিং হয়। ২৩ মার্চের মিটিংয়ে
[[PERSON:টোমাস]] নিজে এসে ক্ষমা চেয়েছে।

প্রশ্ন থাকলে: [[EMAIL:sumaiya dot c at example dot org]]।
"""),
    ),
    (
        "fv2al-bn-05",
        "bn",
        _s("""
আমি [[PERSON:ফারহানা আক্তার]]। আমরা [[ORGANISATION:Lea Valley Homes]]-এর ভাড়াটে নই, লিজহোল্ডার:
[[ADDRESS:Tanner House]]-এর দশ তলায় [[ADDRESS:ফ্ল্যাট ৫৭]], [[ADDRESS:Ashgrove Estate]],
[[POSTCODE:E5 9LW]]। আমার ছেলে [[PERSON:ইমরান]]-এর [[HEALTH:সেরিব্রাল পালসি]] আছে। তখন ওর বয়স
[[AGE:১১ বছর]], পড়ত [[ADDRESS:Oakfield Academy]]-তে।

২০২৩ সালের গ্রীষ্মে ব্লকের দুটো লিফটের একটা চার মাস বন্ধ থাকল, অন্যটা প্রায় প্রতি সপ্তাহে আটকে যেত।
যেদিন দুটোই বন্ধ, সেদিন [[PERSON:ইমরান]] স্কুলে যেতে পারত না। একবার ওর বাবা আর প্রতিবেশী
[[PERSON:টনি]] মিলে ওকে দশ তলা কোলে করে নামিয়েছে।

আমি বারবার রিপেয়ার লাইনে ফোন করেছি, রিপেয়ার নম্বর ছিল [[REFERENCE:LVH-R-902117]]। ঠিকাদার
[[ORGANISATION:Otterline Lifts]] বলত পার্টস আসছে। এর সঙ্গে নিচে আমাদের ব্লু ব্যাজ পার্কিং বে-তে অন্য
লোক গাড়ি রাখত, তাই আমাদের গাড়ি [[OTHER_ID:LD21 KPV]] প্রায়ই দূরে রাখতে হতো।

লিখিত অভিযোগ (রেফারেন্স [[REFERENCE:LVH/CX/31876]]) করার পর প্রথম ধাপে কিছুই হয়নি। দ্বিতীয় ধাপে
এস্টেট ম্যানেজার [[PERSON:মার্টিন কেলি]] নিজে এসে দেখলেন। এরপর দুই লিফটই আধুনিক করা হলো, আর একটা লিফট
বন্ধ থাকলে ২৪ ঘণ্টার মধ্যে ইঞ্জিনিয়ার আসার শর্ত চুক্তিতে যোগ হলো। যতদিন কাজ চলছিল, আমাদের নিচতলার
একটা খালি ফ্ল্যাটে থাকতে দেওয়া হলো। পার্কিং বে-তে নম্বরপ্লেট লেখা সাইন বসানো হলো, আর ক্ষতিপূরণ
পেলাম ৯০০ পাউন্ড।

এখন [[ORGANISATION:Lea Valley Homes]] প্রতিটা ব্লকে প্রতিবন্ধী বাসিন্দাদের তালিকা রাখে, যাতে লিফট বন্ধ
হলে আগে তাদের খোঁজ নেওয়া হয়। কেউ কথা বলতে চাইলে ফোন করুন:
[[PHONE:শূন্য সাত সাত শূন্য শূন্য, নয় শূন্য শূন্য, ছয় আট দুই]]।
"""),
    ),
    (
        "fv2al-pa-01",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਮਨਜੀਤ ਕੌਰ ਢਿੱਲੋਂ]] ਹਾਂ। ਸਾਡਾ [[ADDRESS:ਫ਼ਲੈਟ ਨੰਬਰ 22]], [[ADDRESS:Brunel Court]],
[[ADDRESS:140 Northcote Parade]], Southall [[POSTCODE:UB2 4DQ]] ਵਿੱਚ ਹੈ, ਬਿਲਕੁਲ
[[ADDRESS:ਗੁਰਦੁਆਰਾ ਮਿਹਰ ਸਾਹਿਬ]] ਦੇ ਸਾਹਮਣੇ। ਅਸੀਂ ਲੀਜ਼ਹੋਲਡਰ ਹਾਂ; ਬਿਲਡਿੰਗ ਦਾ ਪ੍ਰਬੰਧ
[[ORGANISATION:Hallmark Block Services]] ਕਰਦੀ ਹੈ।

ਪਿਛਲੇ ਸਾਲ ਲਿਫਟ ਸੱਤ ਹਫ਼ਤੇ ਬੰਦ ਰਹੀ। ਅਸੀਂ ਚੌਥੀ ਮੰਜ਼ਿਲ 'ਤੇ ਰਹਿੰਦੇ ਹਾਂ ਅਤੇ ਮੇਰੀ ਸੱਸ ਨੂੰ
[[HEALTH:ਹਾਰਟ ਫ਼ੇਲੀਅਰ]] ਹੈ। ਬੀਬੀ ਜੀ ਸੱਤ ਹਫ਼ਤੇ ਘਰੋਂ ਬਾਹਰ ਨਹੀਂ ਨਿਕਲੇ। ਉੱਤੋਂ ਗੁੱਸੇ ਵਾਲੀ ਗੱਲ ਇਹ ਕਿ
ਸਰਵਿਸ ਚਾਰਜ ਵਿੱਚ ਅਸੀਂ ਹਰ ਸਾਲ £480 ਲਿਫਟ ਦੀ "ਫੁੱਲ ਮੇਨਟੇਨੈਂਸ" ਲਈ ਦਿੰਦੇ ਹਾਂ।

ਮੈਂ ਪ੍ਰਾਪਰਟੀ ਮੈਨੇਜਰ [[PERSON:ਸਟੀਵ ਰੌਬਿਨਸਨ]] ਨੂੰ ਹਰ ਰੋਜ਼ ਫ਼ੋਨ ਕੀਤਾ। ਉਹ ਕਹਿੰਦਾ ਰਿਹਾ, "ਪਾਰਟ ਇਟਲੀ
ਤੋਂ ਆ ਰਿਹਾ ਹੈ।" ਮੇਰੇ ਘਰਵਾਲੇ [[PERSON:ਸੁਖਵਿੰਦਰ]] (ਸਾਰੇ ਉਹਨਾਂ ਨੂੰ [[PERSON:ਸੁੱਖੀ]] ਕਹਿੰਦੇ ਹਨ) ਨੇ
ਬਿਲਡਿੰਗ ਦੇ ਵਟਸਐਪ ਗਰੁੱਪ ਵਿੱਚ ਪੁੱਛ-ਗਿੱਛ ਕੀਤੀ ਤਾਂ ਪਤਾ ਲੱਗਾ ਕਿ ਲਿਫਟ ਕੰਪਨੀ ਦਾ ਕਾਂਟ੍ਰੈਕਟ ਛੇ ਮਹੀਨੇ
ਪਹਿਲਾਂ ਖ਼ਤਮ ਹੋ ਚੁੱਕਾ ਸੀ ਅਤੇ ਕਿਸੇ ਨੇ ਨਵਿਆਇਆ ਹੀ ਨਹੀਂ ਸੀ।

ਅਸੀਂ ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਕੀਤੀ: ਲੀਜ਼ਹੋਲਡਰ ਖਾਤਾ ਨੰਬਰ [[REFERENCE:HBS-BC-0022]], ਸ਼ਿਕਾਇਤ ਨੰਬਰ
[[REFERENCE:HBS/C/14063]]। ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ ਕੰਪਨੀ ਦੀ ਡਾਇਰੈਕਟਰ ਮਿਸਿਜ਼ [[PERSON:ਜੂਲੀਆ ਫ਼ਰਨਾਂਡੇਜ਼]] ਨੇ
ਮੰਨਿਆ ਕਿ ਗ਼ਲਤੀ ਉਹਨਾਂ ਦੀ ਸੀ।

ਨਤੀਜਾ: ਸਾਰੇ ਫ਼ਲੈਟਾਂ ਨੂੰ ਉਸ ਸਾਲ ਦਾ ਲਿਫਟ ਵਾਲਾ ਸਾਰਾ ਚਾਰਜ ਵਾਪਸ ਮਿਲਿਆ। ਸਾਡੇ £480 ਸੌਰਟ ਕੋਡ
[[OTHER_ID:੦੯-੦੧-੨੮]], ਖਾਤਾ [[OTHER_ID:੭੧੩੩੦੪੮੫]] ਵਿੱਚ ਆ ਗਏ। ਨਵੀਂ ਕੰਪਨੀ
[[ORGANISATION:Trent Vertical Transport]] ਨਾਲ ਪੰਜ ਸਾਲ ਦਾ ਕਾਂਟ੍ਰੈਕਟ ਹੋਇਆ, ਜਿਸ ਵਿੱਚ 24 ਘੰਟਿਆਂ ਵਿੱਚ
ਇੰਜੀਨੀਅਰ ਆਉਣ ਦੀ ਸ਼ਰਤ ਹੈ। ਹੁਣ [[ORGANISATION:Hallmark]] ਹਰ ਕਾਂਟ੍ਰੈਕਟ ਦੀ ਮਿਆਦ ਲੀਜ਼ਹੋਲਡਰਾਂ ਨੂੰ ਪਹਿਲਾਂ
ਹੀ ਦੱਸਦੀ ਹੈ।

ਕਿਸੇ ਨੂੰ ਮਦਦ ਚਾਹੀਦੀ ਹੋਵੇ ਤਾਂ ਫ਼ੋਨ ਕਰੋ: [[PHONE:੦੨੦ ੭੯੪੬ ੦੬੪੭]]।
"""),
    ),
    (
        "fv2al-pa-02",
        "pa",
        _s("""
ਇਹ ਕੇਸ ਸਟੱਡੀ [[PERSON:ਹਰਜੀਤ ਸਿੰਘ ਬੈਂਸ]] ਵੱਲੋਂ ਹੈ। ਮੈਂ ਅਤੇ ਮੇਰੀ ਪਤਨੀ [[PERSON:ਰਾਜਵਿੰਦਰ ਕੌਰ]] ਨੇ 2019 ਵਿੱਚ
[[ORGANISATION:Soar Valley Housing]] ਤੋਂ ਸ਼ੇਅਰਡ ਓਨਰਸ਼ਿਪ ਹੇਠ 50% ਹਿੱਸਾ ਖ਼ਰੀਦਿਆ। ਸਾਡਾ ਪਤਾ ਹੈ:
[[ADDRESS:Apartment 5]], [[ADDRESS:Weaver's Yard]], [[ADDRESS:17 Tannery Lane]], Leicester,
[[POSTCODE:le3 5ay]]।

2021 ਵਿੱਚ ਅਸੀਂ ਬਾਕੀ ਹਿੱਸਾ ਖ਼ਰੀਦਣਾ (staircasing) ਚਾਹੁੰਦੇ ਸੀ, ਪਰ ਬੈਂਕ ਨੇ EWS1 ਫ਼ਾਰਮ ਮੰਗਿਆ।
[[ORGANISATION:Soar Valley Housing]] ਨੇ ਸਰਵੇ ਕਰਵਾਇਆ ਤਾਂ ਪਤਾ ਲੱਗਾ ਕਿ ਬਾਹਰਲੀਆਂ ਕੰਧਾਂ ਦੇ ਅੰਦਰ ਫ਼ਾਇਰ
ਬੈਰੀਅਰ ਲੱਗੇ ਹੀ ਨਹੀਂ। ਮੁਰੰਮਤ ਸ਼ੁਰੂ ਹੋਈ ਤਾਂ ਅੱਠ ਮਹੀਨੇ ਸਾਡੀਆਂ ਖਿੜਕੀਆਂ ਅੱਗੇ ਸਕੈਫ਼ੋਲਡਿੰਗ ਅਤੇ ਧੂੜ ਰਹੀ।
ਸਾਡੀ ਧੀ [[PERSON:ਨਿਮਰਤ]] ਨੂੰ [[HEALTH:ਦਮਾ]] ਹੈ; ਉਹ ਉਦੋਂ [[AGE:ਅੱਠ ਸਾਲਾਂ]] ਦੀ ਸੀ ਅਤੇ ਉਸ ਨੂੰ ਤਿੰਨ ਵਾਰ
[[ADDRESS:Charnwood Fields Primary]] ਤੋਂ ਛੁੱਟੀ ਲੈਣੀ ਪਈ।

ਅਸੀਂ ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਕੀਤੀ (ਹਵਾਲਾ ਨੰਬਰ [[REFERENCE:SVH-2021-CS-0871]]) ਅਤੇ ਮੰਗ ਕੀਤੀ ਕਿ ਕੰਮ ਦੌਰਾਨ
ਸਾਨੂੰ ਕਿਤੇ ਹੋਰ ਰੱਖਿਆ ਜਾਵੇ ਜਾਂ ਕਿਰਾਇਆ ਘਟਾਇਆ ਜਾਵੇ। ਪਹਿਲੇ ਪੜਾਅ ਵਿੱਚ [[PERSON:ਕੈਥਰੀਨ ਵੁੱਡਸ]] ਨੇ ਜਵਾਬ
ਦਿੱਤਾ ਕਿ ਕਿਰਾਇਆ ਘਟਾਉਣ ਦੀ ਕੋਈ ਨੀਤੀ ਨਹੀਂ। ਅਸੀਂ ਹਾਊਸਿੰਗ ਓਮਬਡਸਮੈਨ ਕੋਲ ਗਏ, ਕੇਸ ਨੰਬਰ
[[REFERENCE:202209914]]।

ਓਮਬਡਸਮੈਨ ਦੇ ਫ਼ੈਸਲੇ ਤੋਂ ਬਾਅਦ [[ORGANISATION:Soar Valley Housing]] ਨੇ ਕੰਮ ਵਾਲੇ ਮਹੀਨਿਆਂ ਦਾ ਅੱਧਾ
ਕਿਰਾਇਆ (£1,864) ਵਾਪਸ ਕੀਤਾ, ਏਅਰ ਪਿਊਰੀਫ਼ਾਇਰ ਦਿੱਤਾ, [[PERSON:ਨਿਮਰਤ]] ਦੇ ਕਮਰੇ ਦੀ ਖਿੜਕੀ ਸੀਲ ਕਰਵਾਈ ਅਤੇ
EWS1 ਫ਼ਾਰਮ ਆਪਣੇ ਖ਼ਰਚੇ 'ਤੇ ਜਾਰੀ ਕਰਵਾਇਆ। ਹੁਣ ਉਹਨਾਂ ਦੀ ਨੀਤੀ ਵਿੱਚ ਲਿਖਿਆ ਹੈ ਕਿ ਵੱਡੇ ਕੰਮਾਂ ਤੋਂ ਪਹਿਲਾਂ
ਸਿਹਤ ਸਮੱਸਿਆਵਾਂ ਵਾਲੇ ਪਰਿਵਾਰਾਂ ਨਾਲ ਗੱਲ ਕੀਤੀ ਜਾਵੇਗੀ।

ਪਿਛਲੇ ਮਹੀਨੇ ਅਸੀਂ ਘਰ ਦੇ ਪੂਰੇ ਮਾਲਕ ਬਣ ਗਏ। ਸੰਪਰਕ: [[EMAIL:harjit.bains@example.co.uk]], ਫ਼ੋਨ
[[PHONE:0116 496 0593]]।
"""),
    ),
    (
        "fv2al-pa-03",
        "pa",
        _s("""
ਮੇਰੇ ਦਾਦਾ ਜੀ, ਸਰਦਾਰ [[PERSON:ਗੁਰਬਚਨ ਸਿੰਘ ਸੇਖੋਂ]], [[AGE:੮੭ ਸਾਲ]] ਦੇ ਹਨ (ਜਨਮ
[[DATE_OF_BIRTH:੧੨ ਅਪ੍ਰੈਲ ੧੯੩੮]]) ਅਤੇ [[ORGANISATION:Meadowgate Living]] ਦੀ ਸ਼ੈਲਟਰਡ ਸਕੀਮ
[[ADDRESS:Oakleigh Lodge]] ([[POSTCODE:WV6 0QX]]) ਵਿੱਚ [[ADDRESS:ਫ਼ਲੈਟ ਨੰ. 9]] 'ਚ ਰਹਿੰਦੇ ਹਨ। ਸਕੀਮ
ਵਿੱਚ ਸਾਰੇ ਉਹਨਾਂ ਨੂੰ "[[PERSON:ਬਚਨ]] ਜੀ" ਕਹਿੰਦੇ ਹਨ, ਤੇ ਕੁਝ ਗੁਆਂਢੀ "[[PERSON:ਗੈਰੀ]]"।

2022 ਵਿੱਚ [[ORGANISATION:Meadowgate]] ਨੇ ਚਿੱਠੀ ਭੇਜੀ ਕਿ ਹੁਣ ਰਹਿਣ ਵਾਲੀ ਵਾਰਡਨ ਨਹੀਂ ਹੋਵੇਗੀ, ਸਿਰਫ਼
ਹਫ਼ਤੇ ਵਿੱਚ ਦੋ ਵਾਰ "ਮੋਬਾਈਲ ਸਕੀਮ ਮੈਨੇਜਰ" ਆਵੇਗਾ। ਠੀਕ ਹੈ। ਪਰ ਸਰਵਿਸ ਚਾਰਜ ਵਿੱਚ "ਵਾਰਡਨ ਸੇਵਾ" ਦੇ ਹਫ਼ਤੇ ਦੇ
£23.40 ਉਵੇਂ ਹੀ ਕੱਟਦੇ ਰਹੇ। ਦਾਦਾ ਜੀ ਨੇ ਆਪਣੀ ਕਾਪੀ ਵਿੱਚ ਹਿਸਾਬ ਲਾਇਆ: ਅਠਾਰਾਂ ਮਹੀਨਿਆਂ ਵਿੱਚ ਹਰ ਫ਼ਲੈਟ ਦੇ
ਸਾਢੇ ਸਤਾਰਾਂ ਸੌ ਪੌਂਡ ਤੋਂ ਵੱਧ।

ਫਿਰ ਉਹਨਾਂ ਨੇ ਜੋ ਕੀਤਾ, ਉਹ ਹੁਣ ਸਾਡੇ ਪਰਿਵਾਰ ਦੀ ਕਹਾਣੀ ਬਣ ਗਿਆ ਹੈ। ਰੈਜ਼ੀਡੈਂਟਸ ਕਮੇਟੀ ਦੀ ਚੇਅਰ, ਮਿਸਿਜ਼
[[PERSON:ਪੈਟ ਡੌਇਲ]], ਨਾਲ ਮਿਲ ਕੇ ਉਹਨਾਂ ਨੇ ਕਾਮਨ ਰੂਮ ਵਿੱਚ "ਸਰਵਿਸ ਚਾਰਜ ਬਿੰਗੋ" ਰੱਖੀ: ਹਰ ਨੰਬਰ ਬਿੱਲ ਦੀ
ਇੱਕ ਲਾਈਨ ਸੀ। ਜਿਹੜਾ ਵੀ ਆਪਣੇ ਬਿੱਲ ਵਿੱਚ "ਵਾਰਡਨ" ਲੱਭ ਲੈਂਦਾ, ਉਹ "ਹਾਊਸ!" ਬੋਲਦਾ। ੩੨ ਵਿੱਚੋਂ ੨੯ ਫ਼ਲੈਟ ਜਿੱਤ
ਗਏ।

ਮੈਂ ਸਭ ਦੇ ਦਸਤਖ਼ਤਾਂ ਨਾਲ ਸ਼ਿਕਾਇਤ ਭੇਜੀ, ਹਵਾਲਾ [[REFERENCE:MGL-OL-3019]]। ਦਾਦਾ ਜੀ ਦਾ ਕਿਰਾਇਆ ਖਾਤਾ ਨੰਬਰ
[[REFERENCE:00917734]] ਵੀ ਨਾਲ ਲਿਖਿਆ। ਸਟੇਜ 2 ਦਾ ਜਵਾਬ ਹਾਊਸਿੰਗ ਮੈਨੇਜਰ [[PERSON:ਰਿਚਰਡ ਅਮਾਨਕਵਾ]] ਵੱਲੋਂ
ਆਇਆ: ਗ਼ਲਤੀ ਮੰਨੀ ਗਈ, ਹਰ ਫ਼ਲੈਟ ਨੂੰ ਪੂਰੇ ਪੈਸੇ ਵਾਪਸ ਮਿਲੇ, ਅਤੇ ਹੁਣ ਹਰ ਸਾਲ ਸਰਵਿਸ ਚਾਰਜ ਦੀ ਹਰ ਲਾਈਨ ਸਕੀਮ
ਦੀ ਮੀਟਿੰਗ ਵਿੱਚ ਸਮਝਾਈ ਜਾਂਦੀ ਹੈ।

[[ORGANISATION:Meadowgate]] ਦਾ ਰੀਜਨਲ ਮੈਨੇਜਰ ਹੁਣ ਹਰ ਸਾਲ ਬਿੰਗੋ ਵਿੱਚ ਵੀ ਆਉਂਦਾ ਹੈ। ਉਹ ਕਦੇ ਨਹੀਂ
ਜਿੱਤਦਾ।

[[PERSON:ਸਿਮਰਨ ਸੇਖੋਂ]], [[EMAIL:simran.sekhon99@example.com]], [[PHONE:01632 960184]]
"""),
    ),
    (
        "fv2al-pa-04",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਮ [[PERSON:ਅਮਨਦੀਪ ਕੌਰ ਗਰੇਵਾਲ]] ਹੈ, ਉਮਰ [[AGE:੨੩ ਸਾਲ]]। ਪਿਛਲੇ ਦੋ ਸਾਲਾਂ ਤੋਂ ਮੈਂ
[[ORGANISATION:Phoenix Pathways Housing]] ਦੇ ਨੌਜਵਾਨਾਂ ਵਾਲੇ ਸਪੋਰਟਿਡ ਹਾਊਸਿੰਗ ਪ੍ਰੋਜੈਕਟ
[[ADDRESS:Haven Point]] ਵਿੱਚ [[ADDRESS:ਕਮਰਾ ਨੰਬਰ 14]] 'ਚ ਰਹਿੰਦੀ ਹਾਂ (Coventry,
[[POSTCODE:CV1 4JR]])। ਮੈਨੂੰ [[HEALTH:PTSD]] ਅਤੇ [[HEALTH:ਡਿਪ੍ਰੈਸ਼ਨ]] ਹੈ।

2023 ਦੀਆਂ ਸਰਦੀਆਂ ਵਿੱਚ ਫ਼ਾਇਰ ਅਲਾਰਮ ਹਫ਼ਤੇ ਵਿੱਚ ਦੋ-ਤਿੰਨ ਵਾਰ ਰਾਤ ਨੂੰ ਵੱਜਦਾ, ਅਕਸਰ ਤੜਕੇ ਤਿੰਨ ਵਜੇ। ਹਰ ਵਾਰ
ਸਾਨੂੰ ਬਾਹਰ ਠੰਢ ਵਿੱਚ ਖੜ੍ਹਨਾ ਪੈਂਦਾ। ਕਾਰਨ ਸੀ ਰਸੋਈ ਦੇ ਨੇੜੇ ਗ਼ਲਤ ਕਿਸਮ ਦਾ ਡਿਟੈਕਟਰ। ਮੇਰੇ ਲਈ ਇਹ ਸਿਰਫ਼
ਨੀਂਦ ਦੀ ਗੱਲ ਨਹੀਂ ਸੀ; ਅਲਾਰਮ ਦੀ ਅਵਾਜ਼ ਨਾਲ ਮੈਨੂੰ ਬਹੁਤ ਡਰ ਲੱਗਦਾ ਅਤੇ ਸਾਹ ਚੜ੍ਹ ਜਾਂਦਾ। ਫਿਰ ਇੱਕ ਰਾਤ ਹੋਰ
ਵੀ ਮਾੜੀ ਗੱਲ ਹੋਈ: ਅਲਾਰਮ ਵੱਜਿਆ ਅਤੇ ਪਿਛਲਾ ਫ਼ਾਇਰ ਐਗਜ਼ਿਟ ਤਾਲੇ ਨਾਲ ਬੰਦ ਸੀ।

ਮੇਰੇ ਕੀ ਵਰਕਰ [[PERSON:ਡੈਨੀਅਲ]] ਨੇ ਸ਼ਿਕਾਇਤ ਲਿਖਣ ਵਿੱਚ ਮਦਦ ਕੀਤੀ, ਹਵਾਲਾ [[REFERENCE:PPH/YP/0457]]।
ਹਾਊਸਿੰਗ ਬੈਨੀਫ਼ਿਟ ਵਾਲੇ ਕਾਗਜ਼ਾਂ ਕਰਕੇ ਉਹਨਾਂ ਨੇ ਮੇਰਾ ਨੈਸ਼ਨਲ ਇੰਸ਼ੋਰੈਂਸ ਨੰਬਰ
[[NI_NUMBER:JK 73 10 58 D]] ਵੀ ਨਾਲ ਲਾ ਦਿੱਤਾ, ਜਿਸ ਦੀ ਹੁਣ ਸੋਚਦੀ ਹਾਂ ਲੋੜ ਨਹੀਂ ਸੀ। ਮੈਂ ਬੰਦ ਐਗਜ਼ਿਟ ਦੀ
ਫ਼ੋਟੋ ਆਪਣੇ ਇੰਸਟਾਗ੍ਰਾਮ [[OTHER_ID:@aman.likhdi]] 'ਤੇ ਪਾਈ, ਤਾਂ ਅਗਲੇ ਦਿਨ ਹੀ ਮੈਨੇਜਰ ਮਿਸ
[[PERSON:ਲੌਰਾ ਕੁਇਨ]] ਦਾ ਫ਼ੋਨ ਆ ਗਿਆ।

ਕੀ ਬਦਲਿਆ: [[ORGANISATION:Clearview Fire Systems]] ਨੇ ਰਸੋਈ ਵਾਲੇ ਡਿਟੈਕਟਰ ਹੀਟ ਡਿਟੈਕਟਰਾਂ ਨਾਲ ਬਦਲ ਦਿੱਤੇ;
ਹੁਣ ਮਹੀਨੇ ਵਿੱਚ ਇੱਕ ਵੀ ਝੂਠਾ ਅਲਾਰਮ ਨਹੀਂ ਵੱਜਦਾ। ਫ਼ਾਇਰ ਐਗਜ਼ਿਟ 'ਤੇ ਹੁਣ ਤਾਲਾ ਨਹੀਂ, ਸਿਰਫ਼ ਅਲਾਰਮ ਵਾਲਾ
ਪੁਸ਼ ਬਾਰ ਹੈ, ਅਤੇ ਸਟਾਫ਼ ਹਰ ਰੋਜ਼ ਚੈੱਕ ਕਰਦਾ ਹੈ। [[ORGANISATION:Phoenix Pathways Housing]] ਨੇ ਮੇਰੇ ਲਈ
ਨਿੱਜੀ ਐਮਰਜੈਂਸੀ ਪਲਾਨ ਬਣਾਇਆ, ਜਿਸ ਵਿੱਚ ਲਿਖਿਆ ਹੈ ਕਿ ਅਲਾਰਮ ਤੋਂ ਬਾਅਦ ਕੌਣ ਮੇਰੇ ਨਾਲ ਰਹੇਗਾ। ਮਿਸ
[[PERSON:ਕੁਇਨ]] ਨੇ ਮੇਰੀ ਫ਼ੋਟੋ ਸਟਾਫ਼ ਟ੍ਰੇਨਿੰਗ ਵਿੱਚ ਵਰਤਣ ਦੀ ਇਜਾਜ਼ਤ ਮੰਗੀ। ਮੈਂ ਹਾਂ ਕਰ ਦਿੱਤੀ।

ਗੱਲ ਕਰਨੀ ਹੋਵੇ ਤਾਂ: [[PHONE:+੪੪ ੭੭੦੦ ੯੦੦੩੫੨]]।
"""),
    ),
    (
        "fv2al-pa-05",
        "pa",
        _s("""
ਗੁੱਸਾ ਬਹੁਤ ਹੈ, ਪਰ ਅੰਤ ਚੰਗਾ ਹੋਇਆ, ਇਸ ਲਈ ਲਿਖ ਰਿਹਾ ਹਾਂ। ਮੈਂ [[PERSON:ਕੁਲਦੀਪ ਸਿੰਘ ਜੌਹਲ]] ਹਾਂ, ਦੋਸਤਾਂ ਲਈ
"[[PERSON:ਕੈਪਟਨ]]"। ਮੇਰਾ [[ADDRESS:ਫ਼ਲੈਟ ੬ਏ]], [[ADDRESS:ਔਰਚਰਡ ਹਾਊਸ]], [[ADDRESS:Lakeside Village]],
Hayes ([[POSTCODE:ub3 1ft]]) ਵਿੱਚ ਹੈ। ਇਮਾਰਤ ਦੀ ਮੈਨੇਜਿੰਗ ਏਜੰਟ [[ORGANISATION:Aldermoor Estates]] ਹੈ।

ਪਿਛਲੇ ਸਾਲ ਸਾਡੇ ਬਲਾਕ ਦੀ ਪਾਰਕਿੰਗ ਵਿੱਚ ਬਿਨ ਸਟੋਰ ਨੂੰ ਅੱਗ ਲੱਗ ਗਈ। ਫ਼ਾਇਰ ਇੰਜਣ ਗੇਟ ਤੱਕ ਨਾ ਪਹੁੰਚ ਸਕਿਆ,
ਕਿਉਂਕਿ ਫ਼ਾਇਰ ਲੇਨ ਵਿੱਚ ਗੱਡੀਆਂ ਖੜ੍ਹੀਆਂ ਸਨ ਅਤੇ ਬੈਰੀਅਰ ਦਾ ਕੋਡ ਕਿਸੇ ਨੂੰ ਪਤਾ ਨਹੀਂ ਸੀ। ਉਸ ਰਾਤ ਕਨਸੀਅਰਜ
[[PERSON:ਬੈਰੀ]] ਡਿਊਟੀ 'ਤੇ ਸੀ ਹੀ ਨਹੀਂ, ਹਾਲਾਂਕਿ ਅਸੀਂ ਹਰ ਸਾਲ 24 ਘੰਟੇ ਦੇ ਕਨਸੀਅਰਜ ਲਈ £1,150 ਦਿੰਦੇ
ਹਾਂ। ਫ਼ਾਇਰ ਲੇਨ ਵਿੱਚ ਖੜ੍ਹੀ ਇੱਕ ਗੱਡੀ ([[OTHER_ID:BK19 HXW]]) ਤਾਂ ਮਹੀਨਿਆਂ ਤੋਂ ਉੱਥੇ ਸੀ; ਅਸੀਂ ਛੇ ਵਾਰ
ਦੱਸ ਚੁੱਕੇ ਸੀ।

ਬਲਾਕ ਦੇ ਵਟਸਐਪ ਗਰੁੱਪ ਦੀ ਐਡਮਿਨ, [[PERSON:ਪ੍ਰੀਤੀ ਸ਼ਰਮਾ]] ([[OTHER_ID:@preeti_orchardhouse]]), ਨੇ ਅਗਲੇ
ਹੀ ਦਿਨ ਸਾਰੀਆਂ ਫ਼ੋਟੋਆਂ ਅਤੇ ਵੀਡੀਓ ਇਕੱਠੇ ਕਰ ਲਏ। ਮੈਂ ਆਪਣੇ ਲੀਜ਼ਹੋਲਡ ਖਾਤੇ [[REFERENCE:AE/OH/06A]] ਹੇਠ
ਰਸਮੀ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:AE-CMP-77812]]। ਪ੍ਰਾਪਰਟੀ ਮੈਨੇਜਰ
[[PERSON:ਨਿਕੋਲਾ ਬ੍ਰੈਂਟ]] ਨੇ ਪਹਿਲਾਂ ਕਿਹਾ ਕਿ ਪਾਰਕਿੰਗ ਉਹਨਾਂ ਦੀ ਜ਼ਿੰਮੇਵਾਰੀ ਨਹੀਂ। ਫਿਰ ਮੈਂ ਲੀਜ਼ ਦੀ ਕਾਪੀ
ਭੇਜੀ, ਜਿਸ ਵਿੱਚ ਸਾਫ਼ ਲਿਖਿਆ ਹੈ ਕਿ ਕਾਰ ਪਾਰਕ ਵੀ ਏਜੰਟ ਦੀ ਜ਼ਿੰਮੇਵਾਰੀ ਹੈ।

ਨਤੀਜਾ ਇਹ ਹੋਇਆ: ਫ਼ਾਇਰ ਲੇਨ 'ਤੇ ਪੀਲੀਆਂ ਲਾਈਨਾਂ ਅਤੇ ਟੋਅ-ਅਵੇ ਦਾ ਨੋਟਿਸ ਲੱਗਾ, ਅਤੇ [[OTHER_ID:BK19 HXW]]
ਵਾਲੀ ਗੱਡੀ ਚੁੱਕ ਲਈ ਗਈ। ਬੈਰੀਅਰ ਦਾ ਕੋਡ ਹੁਣ ਫ਼ਾਇਰ ਸਰਵਿਸ ਕੋਲ ਵੀ ਹੈ। ਕਨਸੀਅਰਜ ਕੰਪਨੀ
[[ORGANISATION:Keystone Front Desk]] ਨੂੰ ਹਟਾ ਦਿੱਤਾ ਗਿਆ, ਅਤੇ ਜਿੰਨੀਆਂ ਰਾਤਾਂ ਡੈਸਕ ਖ਼ਾਲੀ ਰਿਹਾ, ਉਹਨਾਂ ਦਾ
ਪੈਸਾ ਹਰ ਲੀਜ਼ਹੋਲਡਰ ਨੂੰ ਵਾਪਸ ਮਿਲਿਆ; ਮੈਨੂੰ £212।

[[PERSON:ਬੈਰੀ]] ਨੂੰ ਨਵੀਂ ਕੰਪਨੀ ਨੇ ਫਿਰ ਰੱਖ ਲਿਆ, ਅਤੇ ਹੁਣ ਉਹ ਰਾਤ ਨੂੰ ਸੱਚਮੁੱਚ ਡੈਸਕ 'ਤੇ ਹੁੰਦਾ ਹੈ।
[[PERSON:ਪ੍ਰੀਤੀ]] ਹੁਣ ਰੈਜ਼ੀਡੈਂਟਸ ਕਮੇਟੀ ਦੀ ਸੈਕਟਰੀ ਹੈ। ਫ਼ੋਨ:
[[PHONE:ਜ਼ੀਰੋ ਸੱਤ ਸੱਤ ਜ਼ੀਰੋ ਜ਼ੀਰੋ ਨੌਂ ਜ਼ੀਰੋ ਜ਼ੀਰੋ ਚਾਰ ਸੱਤ ਇੱਕ]]।
"""),
    ),
    (
        "fv2al-pl-01",
        "pl",
        _s("""
Piszę, bo jestem wściekła do dziś, chociaż sprawa skończyła się dobrze. Nazywam się
[[PERSON:Agnieszka Wróblewska]], od 2017 roku mam leasehold na [[ADDRESS:mieszkanie nr 14]] w bloku
[[ADDRESS:Cooper's Yard]] we wschodnim Londynie (kod [[POSTCODE:E3 4PN]]). Budynkiem zarządza firma
[[ORGANISATION:Ashdown Property Management]].

W 2023 roku opłata serwisowa (service charge) skoczyła z 1 900 do 3 400 funtów. W rozliczeniu znalazłam
m.in. „ogrodnika" (w budynku nie ma ani jednej rośliny) oraz ubezpieczenie policzone dwa razy. Napisałam
do zarządcy, pana [[PERSON:Marka Tilly'ego]]. Odpisał po pięciu tygodniach, że „koszty są zgodne z
umową". Mąż, [[PERSON:Tomek]], dzwonił jeszcze kilka razy pod [[PHONE:+44 20 7946 0155]], z tym samym
skutkiem.

Wtedy dołączyłam do grupy mieszkańców. Przewodnicząca stowarzyszenia, pani [[PERSON:Joan Whitaker]],
zorganizowała spotkanie 9 listopada w świetlicy; przyszło 31 osób. Jako jedyna
[[OTHER_SPECIAL:Polka]] w grupie dostałam zadanie tłumaczenia dokumentów dla kilku sąsiadów.

Złożyliśmy formalną skargę (nr [[REFERENCE:APM/CX/2291]]) z moim numerem konta leaseholdera
[[REFERENCE:AS-CY-014]] i zapowiedzieliśmy wniosek do First-tier Tribunal. Po ośmiu tygodniach
dyrektorka firmy, pani [[PERSON:Sunita Rao]], przyznała: ogrodnik był z innego budynku, a ubezpieczenie
zaksięgowano podwójnie.

Co się zmieniło? Każdy lokal dostał zwrot; ja 1 120 funtów na konto (sort code
[[OTHER_ID:04-00-75]], nr [[OTHER_ID:19283746]]). [[ORGANISATION:Ashdown]] publikuje teraz faktury w
portalu dla mieszkańców i co roku robi z nami spotkanie budżetowe. A pana [[PERSON:Marka]] zastąpiła
pani [[PERSON:Kasia Nowicka]], która, uwaga, odpisuje w dwa dni.

Mój synek [[PERSON:Kubuś]], [[AGE:lat 5]], twierdzi, że to on wygrał, bo rysował „ogrodnika-ducha" na
ulotkach. Kontakt: [[EMAIL:aga.wroblewska@example.pl]]
"""),
    ),
    (
        "fv2al-pl-02",
        "pl",
        _s("""
Przedstawiamy naszą sprawę w nadziei, że pomoże innym właścicielom w systemie shared ownership. Jesteśmy
[[PERSON:Zielińscy]]: [[PERSON:Paweł]] i [[PERSON:Marta]]. W 2020 roku kupiliśmy 35% udziałów w
[[ADDRESS:mieszkaniu 4B]] w budynku [[ADDRESS:Heron House]] na osiedlu [[ADDRESS:Chandlers Quay]] w
Salford ([[POSTCODE:M50 3XT]]). Właścicielem pozostałej części jest stowarzyszenie mieszkaniowe
[[ORGANISATION:Quayside Shared Living]].

W 2022 roku, po badaniu elewacji, budynek uznano za wymagający naprawy. Wycena mieszkania spadła
praktycznie do zera, a my spodziewaliśmy się drugiego dziecka. Córka [[PERSON:Zuzia]] miała wtedy
[[AGE:półtora roku]] i spała w naszej sypialni. Bank odmówił kredytu bez formularza EWS1, a
[[ORGANISATION:Quayside Shared Living]] odpowiadało jedynie, że „czeka na decyzję w sprawie
finansowania".

Złożyliśmy skargę (numer referencyjny [[REFERENCE:QSL-COMP-30918]]). Pierwszą odpowiedź podpisała pani
[[PERSON:Gemma Lloyd]]: przeprosiny, bez konkretów. Poprosiliśmy o zgodę na podnajem i o pokrycie
kosztów przeprowadzki. Gdy odmówiono, sprawa trafiła do Rzecznika ds. Mieszkalnictwa (Housing
Ombudsman), nr sprawy [[REFERENCE:202218840]].

Rzecznik stwierdził rażące zaniedbania. [[ORGANISATION:Quayside Shared Living]] zgodziło się na
podnajem na czas napraw, zwolniło nas z czynszu za swoją część na sześć miesięcy i pokryło koszty
przeprowadzki do domu z trzema sypialniami. Remont elewacji [[ADDRESS:Heron House]] zakończono w
zeszłym roku; mamy już formularz EWS1 z oceną A1. Wprowadzono też stałą procedurę dla właścicieli w
trudnej sytuacji: kontakt z jedną osobą, panem [[PERSON:Rhysem Morganem]], zamiast z pięcioma
działami.

Dziękujemy [[PERSON:Ewie Kowal]] z punktu porad, bez której byśmy się poddali. [[PERSON:Zuzia]] chodzi
teraz do żłobka [[ADDRESS:Little Acorns]] i o budynkach wie więcej niż niejeden inspektor. Kontakt:
[[EMAIL:pawel.zielinski@example.com]], tel. [[PHONE:0161 496 0420]].
"""),
    ),
    (
        "fv2al-pl-03",
        "pl",
        _s("""
Moja mama, [[PERSON:Halina Dąbrowska]], ma [[AGE:84 lata]], słuch jak nietoperz na emeryturze i
charakter jak generał. Od pięciu lat mieszka w [[ADDRESS:mieszkaniu nr 3]] w domu dla seniorów
[[ADDRESS:Willow Court]] w Slough, [[POSTCODE:SL1 3PQ]]. Właścicielem jest
[[ORGANISATION:Evergreen Retirement Living]].

W lutym w kuchni na drugim piętrze przypaliły się tosty i cały budynek ewakuowano. Mama nic nie
słyszała: ma poważny [[HEALTH:niedosłuch]] i na noc wyjmuje aparaty. Siedziała w fotelu i rozwiązywała
krzyżówkę. Znalazł ją sąsiad, pan [[PERSON:Zbyszek]] z [[ADDRESS:siódemki]], który, jak sam mówi,
„policzył babcie na parkingu i jednej brakowało".

Zadzwoniłem do kierowniczki, pani [[PERSON:Sharon Pike]], a potem złożyłem skargę na piśmie (nr
[[REFERENCE:ERL/SC/1187]]). Podałem numer NHS mamy, [[OTHER_ID:721 045 8836]], żeby mogli sprawdzić jej
dokumentację. Okazało się, że w aktach nie było żadnego osobistego planu ewakuacji, choć przy
przeprowadzce pisaliśmy, że mama nie słyszy alarmu.

Odpowiedź w drugim etapie przyszła od pana [[PERSON:Davida Okafora]], dyrektora ds. bezpieczeństwa. Bez
wykrętów: przyznał, że plan powinien był powstać pięć lat temu.

Co się zmieniło: mama ma teraz alarm z lampą błyskową i wibrującą poduszką, podłączony do systemu
pożarowego. [[ORGANISATION:Evergreen Retirement Living]] sprawdziło wszystkich 40 mieszkańców
[[ADDRESS:Willow Court]] i przygotowało plany ewakuacji dla 11 osób. Raz w miesiącu pani
[[PERSON:Sharon]] robi próbny alarm; mama twierdzi, że poduszka „budzi lepiej niż kogut u babci na
wsi". Dostała też 250 funtów przeprosin, które od razu oddała na [[ADDRESS:parafię św. Jadwigi]], gdzie
chodzi co niedzielę.

Pan [[PERSON:Zbyszek]] dostał od mamy sernik.

[[PERSON:Krzysztof Dąbrowski]], [[EMAIL:krzysiek.dabrowski@example.net]], [[PHONE:07700 900 613]]
"""),
    ),
    (
        "fv2al-pl-04",
        "pl",
        _s("""
Piszę jako sekretarz stowarzyszenia lokatorów bloku [[ADDRESS:Linnet House]] na osiedlu
[[ADDRESS:Meadowbank]] w Reading ([[POSTCODE:rg2 7lw]]). Nazywam się [[PERSON:Grzegorz Mazur]], ale
wszyscy mówią na mnie [[PERSON:Grzesiek]]. Mieszkam pod [[ADDRESS:27]], na czwartym piętrze. Blok
należy do [[ORGANISATION:Rivermead District Council]].

W 2022 roku rada wymieniła drzwi wejściowe do wszystkich 60 mieszkań na „przeciwpożarowe". Wykonawca,
[[ORGANISATION:Bastion Doors & Glazing]], skończył w trzy tygodnie. Za szybko. Sąsiad z parteru,
strażak na emeryturze, [[PERSON:Dennis Hartley]], zauważył, że drzwi nie mają samozamykaczy, a
szczeliny pod nimi są szerokie na palec. Administratorka naszej grupy na WhatsAppie,
[[PERSON:Gosia Lewandowska]] ([[OTHER_ID:@gosia_linnet]]), sfotografowała każde drzwi i zebrała
zdjęcia w jeden plik.

Złożyliśmy zbiorową skargę, nr [[REFERENCE:RDC-FS-4471]]. W pierwszej odpowiedzi pani
[[PERSON:Bernadette Quinn]] z działu mieszkalnictwa napisała, że drzwi „spełniają normy". Poprosiliśmy
więc o certyfikaty. Certyfikatów nie było, bo drzwi kupiono od innego producenta niż w zamówieniu.

Na drugim etapie rada zamówiła niezależną inspekcję. Wynik: 41 z 60 drzwi do wymiany. Wymieniono je
ponownie, tym razem z certyfikatem i samozamykaczem, na koszt wykonawcy, a nie mieszkańców.
Leaseholderzy, którzy zapłacili za pierwsze drzwi (u nas jest ich dziewięciu), dostali zwrot po 1 480
funtów. Rada wprowadziła też zasadę, że przy każdych pracach przeciwpożarowych jeden mieszkaniec z
komitetu sprawdza odbiór razem z inspektorem. Pierwszym takim mieszkańcem był, oczywiście, pan
[[PERSON:Dennis]].

Spotkania komitetu odbywają się w pierwszy czwartek miesiąca w świetlicy. Telefon do mnie:
[[PHONE:0118 496 0286]], e-mail: [[EMAIL:grzesiek.mazur(at)example.org]].
"""),
    ),
    (
        "fv2al-pl-05",
        "pl",
        _s("""
Nie jestem typem, który się skarży, ale tym razem musiałam. Jestem [[PERSON:Natalia Kaczmarek]],
mieszkam z mężem [[PERSON:Łukaszem]] i córeczką [[PERSON:Oliwką]] ([[AGE:4 latka]]) w bloku
[[ADDRESS:The Timber Yard]] w Bristolu, [[POSTCODE:BS2 0XU]], [[ADDRESS:mieszkanie nr 92]] na
dziewiątym piętrze. Mamy 40% udziałów w shared ownership, resztę posiada
[[ORGANISATION:Severn Gate Homes]].

[[PERSON:Łukasz]] choruje na [[HEALTH:stwardnienie rozsiane]] i w gorsze dni nie da rady zejść po
schodach. W marcu zepsuła się jedyna winda. Przez dziesięć tygodni [[PERSON:Łukasz]] praktycznie nie
wychodził z domu; dwa razy przełożył wizytę w klinice neurologicznej. Ja nosiłam [[PERSON:Oliwkę]],
zakupy i wózek przez dziewięć pięter.

Zgłosiłam awarię od razu (nr naprawy [[REFERENCE:SGH-R-558201]]). Firma
[[ORGANISATION:Brunswick Lift Co.]] przyjeżdżała, patrzyła i odjeżdżała. Kiedy złożyłam skargę, dział
obsługi poprosił mnie najpierw o skan paszportu ([[OTHER_ID:EA 4471093]]) i kod potwierdzający mój
[[OTHER_SPECIAL:status osoby osiedlonej]], „do weryfikacji tożsamości". Do skargi na windę! Czułam
się, jakbym musiała udowodnić, że mam prawo narzekać.

Pomogła dopiero pani [[PERSON:Abigail Turner]], łączniczka ds. mieszkańców. Przyjęła skargę bez żadnych
dokumentów (nr [[REFERENCE:SGH-CMP-20931]]) i przeprosiła za tamtą prośbę.

Co się zmieniło? [[ORGANISATION:Severn Gate Homes]] zapłaciło za taksówki [[PERSON:Łukasza]] do kliniki
i dało nam 600 funtów rekompensaty. W budynku zamontowano drugą windę, a w umowie serwisowej jest teraz
czas reakcji 24 godziny. [[ORGANISATION:Severn Gate Homes]] przestało też żądać paszportu przy
skargach; pani [[PERSON:Turner]] powiedziała, że po mojej sprawie przeszkolono cały zespół.

[[PERSON:Oliwka]] nazywa nową windę „szybką", a starą „leniwą". Kontakt:
[[EMAIL:natalia.kaczmarek@example.com]]
"""),
    ),
    (
        "fv2al-ro-01",
        "ro",
        _s("""
Să vă spun de la început: nu sunt un om nervos. Dar ce am pățit cu agenția de administrare m-a scos din
sărite. Mă numesc [[PERSON:Ionuț Popescu]], sunt leaseholder la [[ADDRESS:apartamentul 12]] din blocul
[[ADDRESS:The Old Dairy]], în Harrow ([[POSTCODE:HA1 2TB]]), unde locuiesc cu soția,
[[PERSON:Andreea]], și cu băiatul nostru, [[PERSON:Matei]], de [[AGE:11 ani]]. Blocul e administrat de
[[ORGANISATION:Greystone Residential]].

Din 2021 plăteam 780 de lire pe an pentru „concierge și securitate". Conciergele, domnul
[[PERSON:Gary]], era un om de treabă, dar venea doar de luni până vineri, de la 9 la 1. În rest, ușa de
la intrare stătea proptită cu o găleată. Într-o noapte cineva a furat bicicleta lui [[PERSON:Matei]]
din holul comun. Asta a fost picătura.

Am scris de patru ori doamnei [[PERSON:Claire Bennett]], managerul de proprietate. Răspunsul:
„serviciul este furnizat conform contractului". Am cerut contractul și nu l-am primit. Atunci am depus
plângere oficială, cu numărul meu de cont de leaseholder [[REFERENCE:GR-OD-0012]]; plângerea a primit
numărul [[REFERENCE:GRC/2023/0781]]. Am făcut și un grup de WhatsApp pentru bloc și l-am pus admin pe
vecinul de la [[ADDRESS:nr. 7]], [[PERSON:Bogdan Radu]] ([[OTHER_ID:@bogdan_od7]]), care știe engleză
juridică mai bine decât mine.

La etapa a doua, directorul regional, domnul [[PERSON:Simon Fairley]], a recunoscut că în contract
scria „24/7", iar firma de pază, [[ORGANISATION:Sentry Point Security]], factura ore pe care nu le
lucra nimeni. Rezultatul: fiecare apartament a primit înapoi două treimi din taxa de concierge pe doi
ani (eu am primit 1.040 de lire în cont, sort code [[OTHER_ID:20-71-64]], cont
[[OTHER_ID:55120387]]); [[ORGANISATION:Greystone Residential]] a schimbat firma și a montat o ușă cu
închidere automată și interfon; acum primim raport lunar de ore pe grupul blocului.

Și-a primit [[PERSON:Matei]] bicicleta înapoi? Nu. Dar asigurarea blocului i-a plătit una nouă. Pentru
cine are probleme asemănătoare: [[PHONE:07700 900 847]] sau [[EMAIL:ionut.popescu@example.ro]].
"""),
    ),
    (
        "fv2al-ro-02",
        "ro",
        _s("""
Doresc să împărtășesc experiența mea de proprietară în regim shared ownership, în speranța că va fi
utilă altor familii. Mă numesc [[PERSON:Elena-Cristina Dumitrescu]], sunt asistentă medicală și locuiesc
din 2019 în [[ADDRESS:apartamentul 304]] din blocul [[ADDRESS:Mulberry Gardens]], Woolwich,
[[POSTCODE:SE18 6HX]]. Dețin 30% din apartament; restul aparține asociației
[[ORGANISATION:Thameside Homes Partnership]].

În 2021, după o inspecție a fațadei, am aflat că izolația exterioară nu respectă normele de siguranță la
incendiu. Din acel moment, pe lângă chirie, am primit facturi pentru „waking watch" (patrule de noapte)
și o asigurare a clădirii de trei ori mai scumpă: în total, 2.260 de lire în plus pe an. Lucrând în ture
de noapte, eram adesea acasă ziua și nu văzusem niciodată patrula.

Fiind [[OTHER_SPECIAL:româncă]] și nou-venită în sistem, nu știam ce drepturi am. Am depus totuși o
plângere formală la [[ORGANISATION:Thameside Homes Partnership]] (referința [[REFERENCE:THP-CL-11802]]).
Răspunsul din prima etapă, semnat de dl. [[PERSON:Adrian Whitmore]], explica faptul că legea nu îi
protejează pe proprietarii cu participație parțială „în același mod". Am cerut a doua etapă, apoi am
sesizat Ombudsmanul pentru Locuințe (cazul nr. [[REFERENCE:202400512]]). Între timp, o colegă de la
spital, [[PERSON:Roxana]], m-a ajutat să citesc Building Safety Act 2022, unde am găsit clauza care ne
proteja.

Rezolvarea a venit înainte de decizia Ombudsmanului. [[ORGANISATION:Thameside Homes Partnership]] a
recunoscut că taxele de remediere nu puteau fi transferate către noi, a rambursat integral patrulele
(1.380 de lire), a negociat cu asigurătorul, iar prima a scăzut după instalarea unui sistem de alarmă
nou. A înființat și un forum trimestrial pentru toți locatarii din [[ADDRESS:Mulberry Gardens]].

Fiica mea, [[PERSON:Ilinca]], care are acum [[AGE:7 ani]] și învață la [[ADDRESS:Greenway Primary]], a
desenat pentru forum un afiș cu „blocul care nu mai arde". Afișul e acum pe peretele de la intrare.
Pentru întrebări: [[PHONE:020 7946 0743]].
"""),
    ),
    (
        "fv2al-ro-03",
        "ro",
        _s("""
Mama mea, [[PERSON:Maria Ionescu]] (născută pe [[DATE_OF_BIRTH:14.08.1948]]), a venit în Anglia „doar
pentru o vară" acum șase ani. N-a mai plecat. Locuiește într-o locuință protejată pentru vârstnici,
[[ADDRESS:Primrose Court]], în Peterborough, [[ADDRESS:apartamentul 15]] de la etajul doi,
[[POSTCODE:PE1 5DW]]. Proprietarul e [[ORGANISATION:Fenland Community Housing]].

Mama are [[HEALTH:diabet]] și [[HEALTH:artroză]] la genunchi, așa că liftul nu e un moft. În noiembrie
liftul s-a stricat, iar firma de întreținere, [[ORGANISATION:Eastway Lift Engineers]], a promis piesa
„săptămâna viitoare" timp de șapte săptămâni. Mama a ratat slujbele de duminică de la
[[ADDRESS:biserica Sfântul Ioan Botezătorul]], a ratat ziua de naștere a vecinei, doamna
[[PERSON:Peggy]] de la [[ADDRESS:nr. 12]], și, cel mai grav după ea, a ratat bingo-ul de joi.

Am sunat-o pe administratoarea locuinței, doamna [[PERSON:Debbie Marsh]], care a fost foarte drăguță și
complet neputincioasă. Așa că am scris o plângere oficială (referința [[REFERENCE:FCH/COMP/6620]]) și am
atașat scrisoarea medicului de familie de la [[ADDRESS:Parkway Medical Centre]]. Când mi-au cerut
numărul NHS al mamei, l-am dat: [[OTHER_ID:402 883 1175]].

Răspunsul de la etapa a doua l-a semnat domnul [[PERSON:Kwame Asante]], șeful serviciului pentru
vârstnici. Ne-a sunat personal și, spre surprinderea mamei, a vorbit cu ea zece minute despre sarmale.

Ce s-a schimbat: [[ORGANISATION:Fenland Community Housing]] a trecut [[ADDRESS:Primrose Court]] pe un
contract de urgență, cu reparație în maximum 48 de ore; când liftul e oprit, locatarii de la etaj
primesc cumpărăturile la ușă și pot fi coborâți cu un scaun special pe scări; mama a primit 300 de lire
despăgubire și un buchet de flori, pe care l-a pus în hol „ca să-l vadă toți".

Bingo-ul de joi a fost mutat o săptămână la etajul doi, în onoarea ei.

[[PERSON:Simona Ionescu-Hart]], fiica ei, [[EMAIL:simona.ih@example.co.uk]]
"""),
    ),
    (
        "fv2al-ro-04",
        "ro",
        _s("""
Am așteptat să se termine totul înainte să scriu, ca să pot povesti și partea bună. Sunt
[[PERSON:Cătălin Mureșan]] și locuiesc cu soția și cu fiul nostru, [[PERSON:Luca]]
([[AGE:un an și jumătate]] pe atunci), în [[ADDRESS:ap. 4B]], [[ADDRESS:Harvest Court]],
[[ADDRESS:22 Hobson Walk]], Cambridge, [[POSTCODE:cb1 2ad]]. Sunt leaseholder; blocul e administrat de
[[ORGANISATION:Pinnacle Block Management]] în numele proprietarului,
[[ORGANISATION:Beaumont Freehold Ltd]].

În 2022 au început lucrările de înlocuire a placajului combustibil. Schelele au stat în fața ferestrelor
noastre 18 luni, iar balcoanele din lemn au fost demontate „temporar". Cu un copil mic, fără balcon și
cu ferestrele acoperite de plasă, apartamentul a devenit o cutie. Locul meu de parcare a fost ocupat de
containerul constructorului, așa că mașina noastră ([[OTHER_ID:WR18 KZT]]) a stat luni întregi pe
străzi laterale, cu amenzi.

Culmea: în factura de service charge pe 2023 apărea „întreținere balcoane", pentru balcoane care nu mai
existau.

Am scris managerului de bloc, domnul [[PERSON:Oliver Grant]], apoi am depus plângere formală (nr.
[[REFERENCE:PBM-HC-3307]]). Asociația locatarilor, condusă de doamna [[PERSON:Yvonne Clarke]], a adunat
semnături de la 38 de apartamente, iar contul nostru ([[OTHER_ID:@HarvestCourtRA]] pe X) a publicat
cronologia lucrărilor.

Ce s-a rezolvat: taxa pentru balcoane a fost anulată și rambursată tuturor;
[[ORGANISATION:Beaumont Freehold Ltd]] a plătit amenzile de parcare documentate și ne-a dat temporar un
loc în parcarea vecină; balcoanele noi, din metal, au fost montate în trei luni; iar
[[ORGANISATION:Pinnacle Block Management]] trimite acum un buletin lunar despre lucrări.

[[PERSON:Luca]] are acum [[AGE:trei ani]] și îi place să stea pe balcon și să numere macaralele. Mă
puteți contacta la [[EMAIL:catalin punct muresan at example punct com]].
"""),
    ),
    (
        "fv2al-ro-05",
        "ro",
        _s("""
Fiul meu, [[PERSON:Denis Stoica]], are [[AGE:19 ani]] și [[HEALTH:sindrom Down]]. Din 2023 locuiește
într-o casă de tip supported living, [[ADDRESS:Larkfield House]], [[ADDRESS:8 Hawthorn Close]],
Leicester, [[POSTCODE:LE4 9RB]], împreună cu alți patru tineri. Eu sunt
[[PERSON:Lăcrămioara Stoica]] (toată lumea îmi spune [[PERSON:Lăcri]]), mama lui și persoana lui de
contact.

Casa aparține asociației [[ORGANISATION:Elmtree Housing Association]], iar îngrijirea o asigură
[[ORGANISATION:Brightpath Supported Living]]. Iarna trecută, într-o noapte, alarma de incendiu a pornit
din cauza unui prăjitor, iar personalul de noapte nu a auzit-o: pagerul care trebuia să vibreze nu era
conectat. [[PERSON:Denis]] a ieșit singur în grădină, în pijama, la minus două grade. L-a găsit
vecinul de la [[ADDRESS:nr. 10]], domnul [[PERSON:Trevor]], și l-a adus în casa lui.

Am făcut plângere la ambele organizații. [[ORGANISATION:Elmtree]] spunea că sistemul e al firmei de
îngrijire; [[ORGANISATION:Brightpath]] spunea că e al proprietarului. Asta a durat o lună. Am dat
tuturor același număr de referință, [[REFERENCE:EHA-SL-0923]]. O angajată, pe care n-o numesc, mi-a
spus că „familiile ca a noastră" exagerează. Suntem [[OTHER_SPECIAL:romi]]. Știu ce a vrut să spună și
am scris asta în plângere.

La a doua etapă a venit managerul regional de la [[ORGANISATION:Brightpath]], doamna
[[PERSON:Funmi Adebayo]], împreună cu cineva de la [[ORGANISATION:Elmtree]]. Au recunoscut totul,
inclusiv remarca. [[ORGANISATION:Elmtree]] a instalat o alarmă conectată direct la telefonul de
serviciu și la un centru de monitorizare. [[PERSON:Denis]] are acum un plan personal de evacuare, cu
poze, pe ușa [[ADDRESS:camerei 3]]. Personalul a făcut instruire despre evacuare și despre discriminare,
iar angajata nu mai lucrează acolo.

[[PERSON:Denis]] îl vizitează acum pe domnul [[PERSON:Trevor]] în fiecare sâmbătă. Pentru familii în
situații asemănătoare: [[PHONE:07700-900-219]].
"""),
    ),
    (
        "fv2al-ur-01",
        "ur",
        _s("""
السلام علیکم۔ میرا نام [[PERSON:محمد عمران قریشی]] ہے۔ میں [[ADDRESS:ونڈسر کورٹ]]،
[[ADDRESS:فلیٹ نمبر 31]]، [[ADDRESS:48 Leeds Road]]، بریڈفورڈ [[POSTCODE:BD3 9LP]] میں لیز ہولڈر ہوں؛
یہ [[ADDRESS:جامع مسجد بلال]] کے بالکل سامنے والی عمارت ہے۔ عمارت کا انتظام
[[ORGANISATION:Pennant Estates Management]] کے پاس ہے۔

ہماری عمارت میں مشترکہ ہیٹنگ سسٹم ہے، جس کے لیے ہر فلیٹ سالانہ تقریباً £900 دیتا ہے۔ پچھلے سال دسمبر سے
فروری تک بوائلر تین بار بند ہوا، کل ملا کر 23 دن۔ میری والدہ ہمارے ساتھ رہتی ہیں اور انہیں
[[HEALTH:COPD]] ہے؛ وہ کمبل اوڑھ کر ہیٹر کے پاس بیٹھی رہتیں۔ اوپر سے سروس چارج کے بل میں "ہیٹنگ مکمل
فراہم کی گئی" لکھا تھا۔ یہ پڑھ کر خون کھول گیا۔

میں نے پراپرٹی مینیجر [[PERSON:جیسن کلارک]] کو کئی ای میلز بھیجیں۔ ہر بار ایک ہی جواب: "ٹھیکیدار دیکھ
رہا ہے۔" ٹھیکیدار [[ORGANISATION:Bluefire Heating Services]] سے خود بات کی تو پتا چلا کہ ان کا پچھلا بل
ادا نہیں ہوا تھا، اس لیے وہ آ ہی نہیں رہے تھے۔

میں نے اپنے لیز ہولڈر اکاؤنٹ نمبر [[REFERENCE:PEM-WC-0031]] کے ساتھ باقاعدہ شکایت درج کی، جس کا نمبر
[[REFERENCE:PEM/CMP/40177]] ملا۔ عمارت کے واٹس ایپ گروپ کے ایڈمن، ہمارے پڑوسی [[PERSON:طارق]] بھائی
([[OTHER_ID:@tariq_windsorct]])، نے سب فلیٹوں سے دستخط جمع کیے۔

دوسرے مرحلے پر کمپنی کی ڈائریکٹر، مسز [[PERSON:ہیلن پارسنز]]، خود عمارت میں آئیں اور میٹنگ کی۔ نتیجہ
یہ نکلا کہ ہر فلیٹ کو ہیٹنگ چارج کا ایک تہائی واپس ملا؛ مجھے £305 سورٹ کوڈ [[OTHER_ID:۴۰-۴۷-۱۲]]،
اکاؤنٹ [[OTHER_ID:۸۱۰۹۲۲۳۶]] میں ملے۔ بوائلر کی دیکھ بھال کا نیا معاہدہ ہوا جس میں چار گھنٹے میں انجینئر
آنے کی شرط ہے، اور اب ہر بل کے ساتھ ٹھیکیدار کو ادائیگی کا ثبوت بھی دیا جاتا ہے۔

میں [[OTHER_SPECIAL:پاکستانی نژاد]] ہوں اور پہلے سوچتا تھا کہ ہماری بات کون سنے گا۔ سنی گئی۔ رابطہ:
[[PHONE:۰۷۷۰۰ ۹۰۰۱۷۵]]، یا [[EMAIL:imran.qureshi@example.com]]۔
"""),
    ),
    (
        "fv2al-ur-02",
        "ur",
        _s("""
میں ڈاکٹر [[PERSON:فرحانہ ملک]]، شیئرڈ اونرشپ کے تحت [[ADDRESS:لارک رائز]]، مانچسٹر
[[POSTCODE:M20 4QS]] میں [[ADDRESS:اپارٹمنٹ 12]] کی جزوی مالک ہوں۔ میرے شوہر [[PERSON:عدنان]] اور دو
بچے، [[PERSON:زین]] ([[AGE:9 سال]]) اور [[PERSON:عائشہ]] ([[AGE:4 سال]])، بھی یہیں رہتے ہیں۔ باقی حصے کی
مالک [[ORGANISATION:Mersey Bridge Homes]] ہے۔

2021 میں معلوم ہوا کہ عمارت کی بیرونی دیواروں پر لگی کلیڈنگ آگ کے لحاظ سے غیر محفوظ ہے۔ اس کے بعد رات
کے وقت فائر واچ کے گارڈ تعینات کیے گئے، اور ان کا خرچ ہمارے سروس چارج میں ڈال دیا گیا: ماہانہ £96۔ ہم
گھر بیچ کر بڑے مکان میں جانا چاہتے تھے کیونکہ [[PERSON:زین]] کو [[HEALTH:دمہ]] ہے اور اس کے کمرے میں
نمی تھی، لیکن EWS1 فارم کے بغیر کوئی خریدار قرض نہیں لے سکتا تھا۔

میں نے تحریری شکایت کی، حوالہ نمبر [[REFERENCE:MBH/SO/77204]]۔ پہلے مرحلے کا جواب مس
[[PERSON:ریچل ہیوز]] نے دیا کہ معاملہ "حکومتی فنڈنگ" کا منتظر ہے۔ دوسرے مرحلے میں بھی یہی بات دہرائی
گئی، تو میں نے ہاؤسنگ محتسب (Housing Ombudsman) سے رجوع کیا۔ کیس نمبر [[REFERENCE:۲۰۲۳۱۲۲۵۸]]۔

محتسب نے فیصلہ دیا کہ [[ORGANISATION:Mersey Bridge Homes]] نے شیئرڈ اونرز کے ساتھ رابطے میں سنگین
کوتاہی کی۔ اس کے بعد فائر واچ کا سارا خرچ، £2,304، ہمیں واپس ملا؛ [[PERSON:زین]] کے کمرے کی نمی ٹھیک
کی گئی اور ایئر وینٹ لگایا گیا؛ اور [[ORGANISATION:Mersey Bridge Homes]] نے خود EWS1 سروے کروایا اور
کلیڈنگ کی تبدیلی کا ٹائم ٹیبل ہر تین ماہ بعد رہائشیوں کو بھیجنا شروع کیا۔ کلیڈنگ کا کام اس سال مکمل
ہوا۔

[[PERSON:زین]] اب [[ADDRESS:Hollyhedge Park Primary]] میں چوتھی جماعت میں ہے اور اس کا کمرہ خشک ہے۔ اگر
کوئی شیئرڈ اونر مشورہ چاہے تو رابطہ کرے: [[PHONE:0161 496 0731]] یا
[[EMAIL:farhana.malik ایٹ example ڈاٹ org]]۔
"""),
    ),
    (
        "fv2al-ur-03",
        "ur",
        _s("""
یہ کہانی میرے ابا جان، حاجی [[PERSON:غلام رسول]] کی ہے، جن کی تاریخِ پیدائش کاغذوں میں
[[DATE_OF_BIRTH:یکم جنوری 1940]] لکھی ہے، جیسے ہمارے گاؤں کے ہر بزرگ کی۔ وہ [[AGE:85 سال]] کے ہیں اور
[[ORGANISATION:Brindley Housing Trust]] کی شیلٹرڈ اسکیم [[ADDRESS:ولو بینک ہاؤس]]،
[[ADDRESS:فلیٹ 6]]، برمنگھم [[POSTCODE:B8 1RT]] میں رہتے ہیں۔

ابا جان کو [[HEALTH:گٹھیا]] ہے اور وہ موبلٹی اسکوٹر کے بغیر کہیں نہیں جا سکتے۔ پچھلے سال اسکیم میں فائر
رسک اسیسمنٹ ہوئی اور حکم آیا کہ راہداری میں کوئی اسکوٹر نہیں رکھا جائے گا۔ بات ٹھیک تھی، لیکن متبادل
جگہ کوئی نہیں دی گئی۔ ایک صبح اسکیم مینیجر [[PERSON:کیرن]] نے ابا جان کا اسکوٹر ہٹا کر باہر کے شیڈ میں
رکھوا دیا، جہاں نہ چارجنگ تھی نہ تالا۔ تین ہفتے ابا جان نہ مسجد جا سکے، نہ
[[ADDRESS:Saltley Green Surgery]]، نہ ہی اپنے دوست [[PERSON:رشید]] صاحب کے ساتھ پارک کی بینچ پر بیٹھ کر
حکومت پر تنقید کر سکے، جو ان کا اصل مشغلہ ہے۔

میں نے شکایت درج کی (نمبر [[REFERENCE:BHT-CS-61190]])۔ ابا جان کا NHS نمبر بھی دینا پڑا تاکہ ان کی
معذوری ریکارڈ ہو: [[OTHER_ID:۹۹۰ ۴۱۲ ۷۷۳۵]]۔ پہلے جواب میں لکھا تھا: "حفاظت سب سے پہلے۔" ہم نے کہا:
بالکل، تو پھر محفوظ جگہ بنائیں۔

دوسرے مرحلے میں ریجنل مینیجر مسٹر [[PERSON:اینڈریو ڈکسن]] آئے، ابا جان کے ساتھ چائے پی (تین کپ)، اور
فیصلہ ہوا کہ اسکیم میں چھ اسکوٹروں کے لیے چارجنگ پوائنٹس والا محفوظ اسٹور بنے گا۔ جب تک وہ نہیں بنا،
ابا جان کو گراؤنڈ فلور پر ایک خالی کمرہ عارضی طور پر دیا گیا۔ [[ORGANISATION:Brindley Housing Trust]]
نے اپنی پالیسی بھی بدل دی: اب اسکوٹر ہٹانے سے پہلے متبادل جگہ دینا لازمی ہے۔

ابا جان کہتے ہیں کہ نیا اسٹور "ان کے پہلے گھر سے بہتر" ہے۔ ہم ان سے بحث نہیں کرتے۔

[[PERSON:عامر رسول]]، فون [[PHONE:۰۱۲۱-۴۹۶-۰۹۴۲]]
"""),
    ),
    (
        "fv2al-ur-04",
        "ur",
        _s("""
میرا نام [[PERSON:صائمہ بی بی]] ہے، عمر [[AGE:27 سال]]۔ 2023 سے میں اپنی بیٹی [[PERSON:مریم]] کے ساتھ،
جو اب [[AGE:دو سال]] کی ہے، [[ORGANISATION:Safe Harbour Women's Housing]] کے سپورٹڈ ہاؤسنگ مرکز
[[ADDRESS:جیسمین ہاؤس]] (لیوٹن، [[POSTCODE:LU4 8AZ]]) میں [[ADDRESS:کمرہ نمبر 4]] میں رہتی ہوں۔ میں
[[OTHER_SPECIAL:اسپاؤس ویزا]] پر آئی تھی اور شادی ٹوٹنے کے بعد میرے پاس کوئی اور ٹھکانہ نہیں تھا۔
میرا BRP نمبر [[OTHER_ID:RK7390215]] ہے؛ رہائش کے کاغذات میں یہی لکھا جاتا ہے۔

عمارت میں رات کو ایک سکیورٹی گارڈ ہونا چاہیے تھا، اور اس کا خرچ ہمارے سروس چارج میں شامل تھا۔ لیکن اکثر
راتوں کو گارڈ کی کرسی خالی ہوتی۔ ایک رات کچن میں دھواں اٹھا اور فائر الارم بجا ہی نہیں؛ بعد میں پتا چلا
کہ پینل کئی ہفتوں سے "فالٹ" پر تھا۔ برابر کے کمرے کی لڑکی، [[PERSON:جوئے]]، نے دروازہ کھٹکھٹا کر مجھے
جگایا۔ آگ بجھانے والے سلنڈروں پر 2019 کی تاریخ لکھی تھی۔

میری کی ورکر [[PERSON:شبنم]] آپا نے شکایت لکھنے میں مدد کی، حوالہ [[REFERENCE:SHW/INC/2207]]۔ میں اس وقت
[[HEALTH:ڈپریشن]] کا علاج بھی کروا رہی تھی اور ڈرتی تھی کہ شکایت کرنے سے کمرہ چھن جائے گا۔
[[PERSON:شبنم]] آپا نے یقین دلایا کہ ایسا نہیں ہوگا۔

پہلے جواب میں صرف معذرت تھی۔ پھر سروس کی ڈائریکٹر، محترمہ [[PERSON:کلیئر اوبرائن]]، خود آئیں۔ اس کے بعد
[[ORGANISATION:Guardline Fire & Security]] نے پورا فائر الارم سسٹم بدل دیا، اور اب ہر ہفتے ٹیسٹ ہوتا ہے
جس کا ریکارڈ دفتر کے باہر لگا ہے۔ نئے سلنڈر لگے اور ہر کمرے میں اسموک الارم۔ گارڈ کی ڈیوٹی کا ریکارڈ اب
الیکٹرانک ہے، اور جن مہینوں گارڈ نہیں تھا ان کا سروس چارج ہر رہائشی کو واپس ملا۔ مجھے اور
[[PERSON:مریم]] کو ذاتی ایمرجنسی پلان بھی دیا گیا۔

[[PERSON:جوئے]] اب میری سب سے اچھی دوست ہے۔ اگر کوئی بہن بات کرنا چاہے:
[[EMAIL:saima.bibi27@example.net]]
"""),
    ),
    (
        "fv2al-ur-05",
        "ur",
        _s("""
کہانی مختصر ہے مگر غصہ لمبا۔ میں [[PERSON:نوید اختر]]، [[ADDRESS:سوالو ہاؤس]]،
[[ADDRESS:7 Cranbrook Parade]]، الفورڈ [[POSTCODE:IG1 4RT]] میں [[ADDRESS:تیسری منزل والے فلیٹ]]
([[ADDRESS:3A]]) کا لیز ہولڈر ہوں۔ بلاک کا انتظام [[ORGANISATION:Cavendish Gate Property Management]]
کرتی ہے۔

پچھلی گرمیوں میں لفٹ نو ہفتے بند رہی۔ اسی دوران ایجنٹ کی پارکنگ کمپنی،
[[ORGANISATION:ParkSure Enforcement]]، نے بلاک کے سامنے لوڈنگ بے میں کھڑی گاڑیوں پر جرمانے لگانے شروع
کر دیے، یعنی ان لوگوں پر جو سودا اٹھا کر تین منزلیں چڑھنے سے پہلے دو منٹ رکے۔ میری گاڑی
([[OTHER_ID:ML22 VXB]]) کو دو ٹکٹ ملے، ہر ایک £100 کا۔ ہماری پڑوسن آنٹی [[PERSON:شمیم]]، جن کی عمر
[[AGE:79 سال]] ہے، کے بیٹے کو تین۔

بلاک کے واٹس ایپ گروپ کا ایڈمن میں ہی ہوں ([[OTHER_ID:@naveed_swallow3a]])، اس لیے سب کی شکایتیں میرے
فون پر آئیں: ایک رات میں 43 میسج۔ میں نے اپنے لیز ہولڈر اکاؤنٹ [[REFERENCE:CGPM-SH-03A]] کے حوالے سے
باقاعدہ شکایت کی، نمبر [[REFERENCE:CG-2024-11863]]۔ ایجنٹ کی طرف سے بلاک مینیجر، مسٹر
[[PERSON:ڈینیئل ہارٹ]]، نے کہا کہ پارکنگ "الگ کمپنی" کا معاملہ ہے۔ ہم نے لیز دکھائی، جس میں پارکنگ کا
انتظام ایجنٹ کی ذمہ داری ہے۔

آخر میں [[ORGANISATION:ParkSure]] کے سارے جرمانے منسوخ ہوئے۔ لفٹ کی مرمت کرنے والی کمپنی
[[ORGANISATION:Ascent Lift Services]] کو بدل دیا گیا، کیونکہ اس نے پرزہ آرڈر ہی نہیں کیا تھا۔ جن ہفتوں
لفٹ بند رہی، ان کا لفٹ چارج ہر فلیٹ کو واپس ہوا۔ اور اب لفٹ خراب ہو تو لوڈنگ بے میں ایک گھنٹے تک پارکنگ
کی اجازت ہے۔

آنٹی [[PERSON:شمیم]] نے خوشی میں پوری بلڈنگ میں سموسے بانٹے۔ رابطہ:
[[EMAIL:naveed dot akhtar at example dot co dot uk]]
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
