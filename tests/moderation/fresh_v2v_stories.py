"""Fresh PII test stories, batch v2v (twenty-second writer).

Thirty-five case studies of social housing complaints put right (damp and
mould, heating, lifts, leaks, pests, adaptations, antisocial behaviour,
overcrowding, communication failures), five in each of English, Arabic,
Bengali, Punjabi (Gurmukhi), Polish, Romanian and Urdu, marked under version
2 of the marking in /work/shared/pii/README.md. Registers are mixed: a
landlord's "you said, we did" bulletin entry, a resident's angry-then-relieved
email, a support worker's referral note with a household list (names, ages,
dates of birth), a tenant panel's minutes, a carer writing for a disabled
parent, and a young person's social-media style post. The stories carry
households with several named children and their ages, shortened names,
nicknames and diminutives, inflected names, English names written in Arabic,
Bengali, Gurmukhi and Urdu script, neighbours described by where they live,
and landlords' staff named with their roles; full and partial addresses,
named blocks, estates, schools, surgeries, places of worship and shops,
postcodes in several spellings, phone numbers in Ofcom drama ranges (some
spoken in words), emails (some spelled out), references, NI numbers, dates of
birth in figures and words, ages, and OTHER_ID values (NHS numbers, vehicle
registrations, social handles, account endings, residence permit and identity
card numbers), plus ORGANISATION, HEALTH and OTHER_SPECIAL marks.

Measured on 7 December 2026 at first sight, on the detector after round 16 (commit 7935f62,
never changed for this batch): leak-free 51.4% of 35, recall 96.0%, precision 82.3%; by language
en 60%, ar 40%, bn 40%, pa 60%, pl 60%, ro 60%, ur 40% of 5 each. The detector as it landed
before this session's rounds scored 40.0% / 94.8% / 89.5%. The misses were household lists
(an age after a name and a comma, a nickname in brackets), names signed off with an emoji or
given with "aka"/"ਉਰਫ਼", list items of short foreign names, schools named in three words in
Arabic, flats called by their letter ("فلیٹ اے") and "N نمبر کا فلیٹ". After round 17: 80.0% /
98.7% / 80.7%.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2v-en-01",
        "en",
        _s("""
You said, we did: spring bulletin from [[ORGANISATION:Tarnside Homes]]. You said:
Mrs [[PERSON:Blessing Okafor]], who lives at [[ADDRESS:flat 11, Hawthorn Rise]] on the
[[ADDRESS:Fernleigh estate]], told us in November that black mould had crept across her
children's bedroom wall for the third winter running. Her youngest, [[PERSON:Chidi]], is
[[AGE:6]] and has [[HEALTH:asthma]]; his inhaler use doubled, and the family's GP at
[[ADDRESS:Quarry Lane Medical Practice]] wrote to us twice. Our first visit was a
wipe-and-paint job, and nobody looked at the guttering above the window. Mrs
[[PERSON:Okafor]] made a formal complaint (reference [[REFERENCE:TH-CMP-20931]]) and told us
plainly she would go to the Housing Ombudsman if stage two went the same way. We did: our
damp and mould surveyor, [[PERSON:Callum Reid]], went up a ladder and found a split hopper
and a vent that had been plastered over. [[ORGANISATION:Pennine Roofline Ltd]] replaced the
guttering within ten days; we fitted a humidity-controlled extractor fan, treated and
insulated the wall, and paid for the family to stay at Mrs [[PERSON:Okafor]]'s sister's
house for the four days it took to dry. We paid £640 for the ruined bunk beds and the
upset, into the account ending [[OTHER_ID:3318]]. What we learned: every mould report now
gets an outside check as well as an inside one, and our neighbourhood officer for
[[ADDRESS:Fernleigh]], [[PERSON:Priya Raman]], rings back within two working days. "I just
wanted someone to look for the cause," Mrs [[PERSON:Okafor]] told us. She was right.
Spotted mould? Call [[PHONE:0113 496 0287]] or email [[EMAIL:repairs@example.org]].
"""),
    ),
    (
        "fv2v-en-02",
        "en",
        _s("""
Subject: STILL no heating at [[ADDRESS:flat 4b, Marlowe Court]]. To whoever reads this at
[[ORGANISATION:Kingsgate Housing Trust]]: this is my fourth email and I am past being
polite. The boiler in my mother's flat has been dead since the 2nd of January. Mum,
[[PERSON:Hyacinth Campbell]], is [[AGE:81]], has [[HEALTH:COPD]] and [[HEALTH:heart failure]],
and she has been sitting in her coat beside a fan heater she is scared to run because of
the bills. Your engineer, [[PERSON:Gary]], came on the 9th, said a part was "on order", and
nobody has rung since. Your call centre gave me a job number, [[REFERENCE:KHT-R-558102]],
then told me yesterday that the job was closed. Closed! I want this treated as a formal
complaint today, not in ten working days. [[PERSON:Marcus Campbell]] (son),
[[PHONE:07700 900418]], [[EMAIL:marcus.campbell77@example.net]].

Update, 19 January. I owe you a different email. [[PERSON:Sandra Whyte]] from the
complaints team rang within two hours, listened, and apologised without a single
"however". [[ORGANISATION:Heatwise Services]] fitted a new boiler on the 16th and left two
oil-filled radiators in the meantime, and Mum has had £300 paid into her bank account
ending [[OTHER_ID:7742]] for the electricity and the distress. [[PERSON:Sandra]] has also
flagged the flat for priority heating repairs because of Mum's lungs. My sister
[[PERSON:Nettie]] says I should write less shouty emails. She is probably right, but the
shouty one got answered. What I would tell anyone: ask for the complaints team by name,
and don't accept "closed" when nothing is fixed. What I hope they have learned: a job is
not done because a part has been ordered. [[PERSON:Marcus]]
"""),
    ),
    (
        "fv2v-en-03",
        "en",
        _s("""
REFERRAL: housing options and complaints. From: [[PERSON:Femi Adeyemi]], family support
worker, [[ORGANISATION:Northgate Community Advice]], [[PHONE:0121 496 0733]],
[[EMAIL:f.adeyemi@example.org]]. To: [[ORGANISATION:Eastbank Homes]], tenancy sustainment
team. Tenancy ref: [[REFERENCE:EBH-T-440291]]. Housing register no.: [[REFERENCE:HR-204577]].
Address: [[ADDRESS:22a Cobden Street]], [[POSTCODE:B10 9QX]] (two-bedroom flat above
[[ADDRESS:Xamar Grocery]]).

Household: [[PERSON:Hodan Warsame]], mother, DOB [[DATE_OF_BIRTH:14/03/1988]], NI
[[NI_NUMBER:JT 62 48 19 C]]; [[PERSON:Abdirahman]] ("[[PERSON:Abdi]]"), [[AGE:15]], DOB
[[DATE_OF_BIRTH:02/09/2009]]; [[PERSON:Sagal]], [[AGE:12]], DOB [[DATE_OF_BIRTH:21/11/2011]],
[[HEALTH:epilepsy]], attends [[ADDRESS:Coventry Road Academy]]; [[PERSON:Yusuf]] and
[[PERSON:Ilhan]], twins, [[AGE:8]], DOB [[DATE_OF_BIRTH:05/06/2016]], at
[[ADDRESS:Redhill Lane Primary]]; [[PERSON:Nimco]], [[AGE:10 months]].

Background: six people in two bedrooms. Ms [[PERSON:Warsame]] is a
[[OTHER_SPECIAL:Somali refugee]] and reads English slowly. [[PERSON:Abdi]] sleeps on the
sofa; [[PERSON:Sagal]] had two seizures last term linked to broken sleep, which her school
has confirmed in writing. The imam at [[ADDRESS:Masjid Al-Falah]], two doors down, has
offered a letter too. An overcrowding complaint, [[REFERENCE:EBH-C-9176]], was closed last
year with a letter saying "no action possible"; the medical evidence was never read.

Outcome, added 3 June: stage 2 upheld. Medical priority awarded and the household moved to
band A; a four-bedroom house at [[ADDRESS:7 Larchwood Close]] was offered and accepted,
removal costs paid, plus £450 for the delay. [[PERSON:Jas Dhillon]], rehousing lead, visited
in person with a Somali-speaking interpreter. Lessons recorded by [[ORGANISATION:Eastbank]]: read medical
evidence before closing an overcrowding complaint, and offer an interpreter at first
contact.
"""),
    ),
    (
        "fv2v-en-04",
        "en",
        _s("""
[[ORGANISATION:Riverside Lea Housing]] Resident Scrutiny Panel. Minutes of the meeting held
on 12 March in the community room at [[ADDRESS:Castlereagh House]]. Present:
[[PERSON:Doreen Pickles]] (chair), [[PERSON:Tariq Mahmood]], [[PERSON:Wei Chen]],
[[PERSON:Bernie Walsh]], [[PERSON:Kwame Asante]]. Officers: [[PERSON:Gavin Lomax]] (head of
repairs), [[PERSON:Leanne Foster]] (complaints manager). Observer: Cllr
[[PERSON:Shirin Akhtar]]. Apologies: [[PERSON:Rosa Mendes]].

Item 2, case study: lift outage. [[PERSON:Leanne]] presented complaint
[[REFERENCE:RLH-C-2023-0419]]. Mr [[PERSON:Yonas Tesfamariam]] of [[ADDRESS:flat 93]], who
uses a wheelchair because of [[HEALTH:multiple sclerosis]], could not leave the fourteenth
floor for 37 days when both lifts failed in October. His neighbour across the landing, Mrs
[[PERSON:Grace Adu]] at [[ADDRESS:flat 94]], carried his shopping up the stairs. The
contractor, [[ORGANISATION:Apex Vertical Lifts]], waited three weeks for a control board, and
nobody told Mr [[PERSON:Tesfamariam]] or offered him a temporary move. He went to the Housing
Ombudsman (case [[REFERENCE:202317756]]), which found severe maladministration. Put right:
both lifts refurbished, £2,100 compensation, a personal evacuation plan written with him,
and [[PERSON:Gavin]] named as his contact for any future outage.

Discussion: [[PERSON:Bernie]] asked why the vulnerability register was not checked on day
one. [[PERSON:Wei]] noted that the outage notice went up in English only, in a block where
many residents read other languages. [[PERSON:Tariq]] said Mrs [[PERSON:Adu]] deserved
thanks in writing, and the panel agreed.

Actions: [[PERSON:Leanne]] to check the vulnerability list within 24 hours of any lift
failure; [[PERSON:Gavin]] to report lift downtime to the panel every quarter;
[[PERSON:Kwame]] to draft notices in the five main languages spoken in the block. Next
meeting: 9 April.
"""),
    ),
    (
        "fv2v-en-05",
        "en",
        _s("""
ok thread 🧵 bc i am DONE being polite [[OTHER_ID:@HollinsHomes]]. me, my nan
[[PERSON:Rose]] and my little brother [[PERSON:Tyler]] ([[AGE:9]]) live on the 3rd floor of
[[ADDRESS:Beacon View]] on the [[ADDRESS:Netherfold estate]], the block behind
[[ADDRESS:Mo's Convenience]] ([[POSTCODE:ne94xq]] if anyone from the council is actually
reading). since august we have had RATS. in the kitchen. in the cupboard with
[[PERSON:tyler]]'s cereal. nan has [[HEALTH:Parkinson's]] so she can't even set the traps
herself. reported it 6 times, job ref [[REFERENCE:HH-447201]], and every time it says "pest
control attended". they did NOT. our neighbour [[PERSON:will]] in [[ADDRESS:flat 31]] reckons
they're getting in through the gap by the bin store and he's right.

UPDATE 2 weeks later: ok fair play to [[ORGANISATION:Hollins Homes]]. a lady called
[[PERSON:Hope]] from their complaints team messaged me the day after this went round, and
came out the next morning with the area manager, [[PERSON:Dev Sharma]].
[[ORGANISATION:Vermex Pest Control]] did the WHOLE block, not just our flat, they sealed the
gap by the bin store, put new kickboards in the kitchen, and nan got £250 and a new cooker
bc the rats had chewed through the wires. [[PERSON:hope]] said (ha) they've changed it so a
pest job can't be closed until someone has actually checked with the tenant.

if ur in the same boat: put it in writing, use the words "formal complaint", screenshot
everything, and you can go to the Ombudsman yourself now, no MP needed. dm me for the
template. [[PERSON:Kayleigh]] ([[OTHER_ID:@kaydee.mx]])
"""),
    ),
    (
        "fv2v-ar-01",
        "ar",
        _s("""
إلى فريق الشكاوى في [[ORGANISATION:Wharfemeadow Housing]]، أكتب إليكم نيابةً عن والدي
[[PERSON:عبد الكريم الدوري]]، المستأجر في [[ADDRESS:رقم 14 ويلوبي غروف]]، [[POSTCODE:LS8 2PN]].
والدي عمره [[AGE:76 سنة]]، وقد تعرّض في الربيع الماضي إلى [[HEALTH:جلطة دماغية]] تركت جانبه
الأيسر ضعيفاً، ويعاني أيضاً من [[HEALTH:مرض السكري]]. بعد خروجه من المستشفى زارته أخصائية
العلاج الوظيفي [[PERSON:ريبيكا هولمز]] وأوصت بتركيب دش بمستوى الأرض ودرابزين على الدرج، وأرسلت
تقريرها إليكم في حزيران تحت رقم الطلب [[REFERENCE:WH-AD-30877]]. مرّت خمسة أشهر ولم يتصل بنا
أحد. والدي يستحم جالساً على كرسي بلاستيكي داخل حوض عالٍ، وقد سقط مرتين. ولأنه
[[OTHER_SPECIAL:لاجئ عراقي]] لا يقرأ الإنجليزية جيداً، كانت رسائلكم تصل إليه فيضعها في الدرج
دون أن يفهمها. رقمه في الخدمة الصحية [[OTHER_ID:712 503 8846]] إن أردتم التأكد من حالته مع
طبيبه في [[ADDRESS:مركز هاروود رود الصحي]]. أطلب اعتبار هذه الرسالة شكوى رسمية.

تحديث بعد شهر: اتصل بي [[PERSON:داني أوكونيل]]، مدير قسم التعديلات المنزلية، خلال يومين من
الشكوى، واعترف بأن تقرير [[PERSON:ريبيكا]] ضاع بين قسمين ولم يكن له مسؤول. ركّبت شركة
[[ORGANISATION:Ableway Adaptations]] الدش والدرابزين خلال ثلاثة أسابيع، ودُفع لوالدي 400 جنيه
تعويضاً، وصارت الرسائل تصله مترجمة إلى العربية. الدرس الذي قالوا إنهم تعلّموه: كل طلب تعديل
يجب أن يكون له موظف مسؤول باسمه وموعد واضح.

[[PERSON:سلمى الدوري]]، ابنته ومقدّمة الرعاية له، هاتف [[PHONE:0113 496 0412]]
"""),
    ),
    (
        "fv2v-ar-02",
        "ar",
        _s("""
قلتم، ففعلنا: نشرة السكان من [[ORGANISATION:Calder Brook Homes]]. قلتم: تواصل معنا السيد
[[PERSON:ماهر الحلبي]] من [[ADDRESS:الشقة 6، ريدجواي هاوس]] في كانون الأول، وأخبرنا أن الرطوبة
والعفن الأسود غطّيا جدار غرفة نوم طفليه، ابنته [[PERSON:لين]] وعمرها [[AGE:7 سنوات]] وابنه
[[PERSON:كرم]] وعمره [[AGE:4 سنوات]]، وأن [[PERSON:لين]] مصابة بـ[[HEALTH:الربو]] وتكرر ذهابها
إلى الطبيب. الأسرة [[OTHER_SPECIAL:لاجئة من سوريا]] ووصلت عبر برنامج إعادة التوطين، ولم تكن
تعرف أن من حقها تقديم شكوى رسمية، فساعدها في كتابتها متطوع من [[ADDRESS:مسجد الهدى]] القريب من
بيتها. رقم الشكوى [[REFERENCE:CBH-8841-DM]].

ففعلنا: زارت مسؤولة الحي [[PERSON:جوان ميلر]] الشقة مع مترجم خلال ثلاثة أيام، ووجد المسّاح
[[PERSON:أوين جونز]] أن مروحة الشفط في الحمام معطلة منذ انتقال الأسرة، وأن العزل خلف الجدار
ناقص. أصلحت شركة [[ORGANISATION:Dryline Building Services]] العزل وعالجت العفن وركّبت مروحة
جديدة، واستبدلنا مرتبتي الطفلين، ودفعنا للأسرة 520 جنيهاً تعويضاً عن الإزعاج وعن التأخير.

ما تعلّمناه: صرنا نتصل بكل أسرة جديدة بعد ستة أسابيع من انتقالها لنسأل عن التهوية والتدفئة،
ونرسل رسائلنا بلغة الساكن إن طلب ذلك. قال لنا السيد [[PERSON:ماهر]]: «لم أكن أريد مالاً، كنت
أريد أن ينام أطفالي في غرفة نظيفة». للإبلاغ عن الرطوبة أو العفن اتصلوا بنا على
[[PHONE:0161 496 0925]].
"""),
    ),
    (
        "fv2v-ar-03",
        "ar",
        _s("""
مذكرة إحالة من [[PERSON:كاثرين أوبراين]]، عاملة دعم أسري في
[[ORGANISATION:Brightpath Family Support]]، هاتف [[PHONE:0161 496 0382]]، إلى فريق الإسكان في
[[ORGANISATION:Irkdale Housing]]. الموضوع: اكتظاظ وتسرّب مياه. العنوان:
[[ADDRESS:الشقة 3ب، 41 شارع كلارندون]]، [[POSTCODE:m16 7ra]]. رقم عقد الإيجار
[[REFERENCE:IH-559034]].

أفراد الأسرة: [[PERSON:آمنة إدريس]]، الأم، تاريخ الميلاد [[DATE_OF_BIRTH:3 أيار 1990]]، رقم
التأمين الوطني [[NI_NUMBER:SZ 41 07 66 B]]؛ [[PERSON:عثمان إدريس]]، الأب، تاريخ الميلاد
[[DATE_OF_BIRTH:17/08/1985]]، يعاني من [[HEALTH:اضطراب ما بعد الصدمة]]؛ [[PERSON:محمد]]
ويناديه الجميع [[PERSON:حمودي]]، [[AGE:9 سنوات]]، تلميذ في [[ADDRESS:مدرسة ويلو بانك الابتدائية]]؛
[[PERSON:رؤى]]، [[AGE:5 سنوات]]؛ [[PERSON:سارة]]، [[AGE:18 شهراً]].

الخلفية: الأسرة [[OTHER_SPECIAL:سودانية]] وحصلت على [[OTHER_SPECIAL:حق اللجوء]] عام 2021.
خمسة أشخاص في شقة بغرفة نوم واحدة. منذ الصيف يتسرّب الماء إلى غرفة النوم من حمّام
[[ADDRESS:الشقة 4ب]] فوقهم، والسقف متضخم فوق سرير الطفلة. أُبلغ عن التسرّب ثلاث مرات تحت رقم
الإصلاح [[REFERENCE:RJ-77120]]، وفي كل مرة أُغلق الطلب دون زيارة. [[PERSON:حمودي]] يكتب
واجباته على أرض المطبخ.

تحديث 20 آذار: قُبلت الشكوى في المرحلة الأولى. حضر [[PERSON:ستيوارت بنس]]، مشرف الإصلاحات، في
اليوم التالي وأُصلح الأنبوب في الشقة العلوية، وأُعيد تركيب سقف غرفة النوم. أُضيفت نقاط أولوية
للاكتظاظ، وعُرض على الأسرة بيت بثلاث غرف في [[ADDRESS:27 طريق بيتشمونت]] فقبلته، ودُفع لها 380
جنيهاً. الدرس المسجّل: لا يُغلق طلب تسرّب قبل فحص الشقتين معاً.
"""),
    ),
    (
        "fv2v-ar-04",
        "ar",
        _s("""
الموضوع: للمرة الخامسة، الماء ينزل من السقف! السادة في
[[ORGANISATION:Severnside Community Homes]]، اسمي [[PERSON:فيصل العمودي]] وأسكن
[[ADDRESS:الشقة 8، بلوك ماغنوليا]] في [[ADDRESS:مجمّع هايفيلد]]، [[POSTCODE:BS5 0TE]]. منذ ستة
أسابيع والماء يقطر من سقف المطبخ، ومصدره معروف: الشقة التي فوقي، حيث يسكن جاري السيد
[[PERSON:بيوتر نوفاك]] في [[ADDRESS:الشقة 12]]، وقد اتصل بكم هو نفسه مرتين. أرسلتم عاملاً اسمه
[[PERSON:ليام]] نظر إلى السقف دقيقتين وقال «ليس عاجلاً». الكهرباء في المطبخ تنطفئ كلما اشتد
التسرب، وابني [[PERSON:يزن]] عمره [[AGE:3 سنوات]] ولديه [[HEALTH:التهاب القصبات المزمن]]،
والرطوبة تزيد سعاله كل ليلة. رقم البلاغ [[REFERENCE:SCH-R-310954]]. أريد تسجيل هذه الرسالة
شكوى رسمية، وإن لم يحدث شيء فسأتوجه مباشرة إلى أمين المظالم للإسكان. هاتفي
[[PHONE:0117 496 0618]]، وبريدي [[EMAIL:faisal dot alamoudi at example dot com]].

رسالة لاحقة بعد أسبوعين: أعتذر عن حدّة رسالتي السابقة، فقد كنت متعباً. اتصلت بي
[[PERSON:نيكولا غرين]] من فريق الشكاوى في اليوم نفسه، وجاءت مع سبّاك إلى شقة السيد
[[PERSON:بيوتر]]، فوجدوا أن وصلة أنبوب الحمام مكسورة تحت البلاط. أصلحتها شركة
[[ORGANISATION:Clearflow Plumbing]] خلال يومين، وفحص كهربائيّ أسلاك المطبخ، وأُعيد طلاء السقف، ودُفع لنا
275 جنيهاً، ولجاري أيضاً مبلغ عن بلاطه المكسور. قالت [[PERSON:نيكولا]] إنهم غيّروا القاعدة:
أي تسرب يأتي من شقة أخرى ويصل إلى الكهرباء يُعامل الآن كحالة طارئة. شكراً لها، وشكراً
لزوجتي [[PERSON:أروى]] التي أقنعتني ألا أستسلم.
"""),
    ),
    (
        "fv2v-ar-05",
        "ar",
        _s("""
محضر اجتماع لجنة السكان في [[ORGANISATION:Tyne Meadow Housing]]، 4 شباط. الحضور:
[[PERSON:نادية حداد]] (رئيسة اللجنة)، [[PERSON:هيوا كريم]]، [[PERSON:لي وي]]،
[[PERSON:جانيت بيل]]. من الموظفين: [[PERSON:مارك طومسون]] (مسؤول ملفات السلوك المعادي
للمجتمع)، [[PERSON:أبيولا أديمولا]] (مديرة خدمة العملاء). بصفة مراقبة: المستشارة
[[PERSON:بريندا ستوكس]].

البند الأول، دراسة حالة: ملف السلوك المعادي للمجتمع رقم [[REFERENCE:ASB-2291]]. أبلغت السيدة
[[PERSON:روجين عمر]]، الساكنة في [[ADDRESS:رقم 5 ممر كيلدر]]، على مدى ثمانية أشهر عن شبّان
يتجمعون أمام بيتها ويهينونها لأنها [[OTHER_SPECIAL:كردية]] و[[OTHER_SPECIAL:مسلمة]]. قدّمت
صوراً لسيارة تقف كل ليلة أمام بابها رقمها [[OTHER_ID:ND19 KXR]]، ولحساب على الإنترنت
[[OTHER_ID:@kielder_lads]] ينشر صور منزلها. لم يرد عليها أحد لأن الملف انتقل بين ثلاثة
موظفين. بعد شكواها الرسمية تولّى [[PERSON:مارك]] الملف، ونسّق مع الشرطة، فركّبت الجمعية
كاميرا وباباً أمامياً مقوّى، وصدر تحذير رسمي لأحد المستأجرين، وحُذف الحساب. قُدّم للسيدة
[[PERSON:روجين]] اعتذار مكتوب وتعويض قدره 600 جنيه.

النقاش: سألت [[PERSON:نادية]] لماذا لم يُعيَّن مسؤول واحد منذ البداية. اقترح [[PERSON:هيوا]]
أن تُرسل الرسائل بالكردية لمن يطلب. قالت [[PERSON:جانيت]] إن جارتها في [[ADDRESS:رقم 7]]
شهدت ما حدث ولم يسألها أحد. ردّت [[PERSON:أبيولا]] بأن شهادات الجيران ستُطلب من الآن في كل
ملف.

القرارات: موظف واحد مسؤول عن كل ملف من أول يوم؛ تقرير شهري للجنة عن الملفات المفتوحة أكثر من
ثلاثين يوماً. الاجتماع القادم في 4 آذار.
"""),
    ),
    (
        "fv2v-bn-01",
        "bn",
        _s("""
বিষয়: আর কত দিন? ছাদ থেকে পানি, দেয়ালে কালো ছত্রাক। [[ORGANISATION:Limehouse Cut Homes]]-এর
অভিযোগ বিভাগ, আমি [[PERSON:জাহানারা খাতুন]], [[ADDRESS:ফ্ল্যাট ২৩, ক্যাবট হাউস]],
[[POSTCODE:E14 6QJ]]। তিন মাস ধরে বলছি, বাথরুমের ছাদ দিয়ে পানি চুঁইয়ে পড়ে আর বাচ্চাদের ঘরের
দেয়াল কালো হয়ে গেছে। আমার ছেলে [[PERSON:তানভীর]], বয়স [[AGE:১০ বছর]], [[HEALTH:হাঁপানিতে]]
ভোগে; গত মাসে দুবার ওকে ইমার্জেন্সিতে নিতে হয়েছে। মেয়ে [[PERSON:নুসরাত]], বয়স [[AGE:৬]], সারা
রাত কাশে। আপনাদের লোক [[PERSON:ড্যারেন]] এসে শুধু ব্লিচ দিয়ে মুছে দিয়ে চলে গেল, উৎস খুঁজল
না। রিপেয়ার নম্বর [[REFERENCE:LCH-449017]]। এটাকে আমার আনুষ্ঠানিক অভিযোগ হিসেবে নিন। দশ দিনের
মধ্যে কিছু না হলে আমি সরাসরি হাউজিং অম্বাডসম্যানের কাছে যাব, এখন তো আর এমপি বা কাউন্সিলরের
মাধ্যমে যেতে হয় না। ফোন: [[PHONE:020 7946 0532]]।

দুই সপ্তাহ পরের ইমেইল: আজ ধন্যবাদ জানাতে লিখছি। অভিযোগ কর্মকর্তা
[[PERSON:রেবেকা অ্যাশটন]] ([[PERSON:Rebecca Ashton]]) নিজে ফোন করলেন, তারপর বাংলা জানা এক
সহকর্মী [[PERSON:শাহনাজকে]] সঙ্গে নিয়ে বাসায় এলেন। দেখা গেল উপরের তলার
[[ADDRESS:৩১ নম্বর ফ্ল্যাট]]-এর বাথরুমের পাইপ ফাটা। [[ORGANISATION:Thameside Damp Solutions]]
পাঁচ দিনে পাইপ সারিয়ে, দেয়াল শুকিয়ে, ছত্রাক-রোধী রং করে দিয়েছে। ক্ষতিপূরণ ৪৫০ পাউন্ড, আর
[[PERSON:তানভীরের]] নষ্ট হওয়া বিছানাও বদলে দিয়েছে। [[PERSON:রেবেকা]] আপা বললেন, এখন থেকে ছত্রাকের
প্রতিটি রিপোর্টে উৎস পরীক্ষা বাধ্যতামূলক। শিক্ষা: মুছে দেওয়া মানে সমাধান নয়। —
[[PERSON:জাহানারা]]
"""),
    ),
    (
        "fv2v-bn-02",
        "bn",
        _s("""
রেফারেল নোট। প্রেরক: [[PERSON:হেলেন ম্যাকগ্রা]], পারিবারিক সহায়তা কর্মী,
[[ORGANISATION:Westwood Family Hub]], ফোন [[PHONE:0161 496 0877]]। প্রাপক:
[[ORGANISATION:Beal Vale Housing]], টেন্যান্সি টিম। ভাড়াটিয়া নম্বর [[REFERENCE:BVH-207781]]।
ঠিকানা: [[ADDRESS:৫৮ ফ্র্যাঙ্কলিন স্ট্রিট]], [[POSTCODE:OL1 3HS]],
[[ADDRESS:বায়তুল আমান জামে মসজিদ]]-এর ঠিক পেছনে।

পরিবারের সদস্য: [[PERSON:সেলিনা আক্তার]], মা, জন্ম [[DATE_OF_BIRTH:১২ জুলাই ১৯৮৯]], এনআই নম্বর
[[NI_NUMBER:PX 73 29 40 A]]; [[PERSON:মোস্তফা কামাল]], বাবা, জন্ম [[DATE_OF_BIRTH:৩০/০১/১৯৮৪]];
[[PERSON:আরিয়ান]], [[AGE:১১ বছর]], [[HEALTH:অটিজম]] আছে, পড়ে [[ADDRESS:গ্রিনহিল একাডেমিতে]];
[[PERSON:ফাতিমা]], ডাকনাম [[PERSON:টুনি]], [[AGE:৮ বছর]], জন্ম [[DATE_OF_BIRTH:৪ মার্চ ২০১৬]];
[[PERSON:রায়হান]], [[AGE:৩ বছর]]; নানি [[PERSON:আমিনা বিবি]], [[AGE:৭৪ বছর]], [[HEALTH:ডায়াবেটিস]]।

পরিস্থিতি: দুই বেডরুমের বাড়িতে ছয়জন। [[PERSON:আরিয়ানের]] নিজের কোনো জায়গা নেই, রাতে ঘুম না হলে
পরদিন স্কুলে ভেঙে পড়ে; স্কুলের SENCO লিখিতভাবে তা জানিয়েছেন। ২০২২ সালে ট্রান্সফারের আবেদন
করা হয়েছিল, কোনো উত্তর আসেনি, তিনটে চিঠি 'হারিয়ে' গেছে। মা ইংরেজি পড়তে পারেন না, তাই কোনো
চিঠির জবাবও দিতে পারেননি।

হালনাগাদ: প্রথম ধাপেই অভিযোগ গৃহীত। হাউজিং অফিসার [[PERSON:ড্যানিয়েল ওসেই]] দোভাষী নিয়ে বাড়িতে
আসেন, চিকিৎসা-অগ্রাধিকার দেওয়া হয়। তিন মাসের মধ্যে পরিবারটি [[ADDRESS:১৯ কেস্ট্রেল ওয়ে]]-তে
চার বেডরুমের বাড়ি পায়, সঙ্গে ৩৫০ পাউন্ড ক্ষতিপূরণ। [[ORGANISATION:Beal Vale Housing]]-এর শিক্ষা:
প্রতিটি ট্রান্সফার আবেদনের প্রাপ্তিস্বীকার পাঁচ কর্মদিবসের মধ্যে, আর ভাষার প্রয়োজন প্রথম দিনেই
নথিভুক্ত করা।
"""),
    ),
    (
        "fv2v-bn-03",
        "bn",
        _s("""
আপনারা বলেছেন, আমরা করেছি: [[ORGANISATION:Stratford Brook Housing]]-এর বাসিন্দা বুলেটিন।
আপনারা বলেছেন: [[ADDRESS:ক্যানাল ভিউ টাওয়ার]]-এর বারো তলায় থাকেন [[PERSON:নূরজাহান বিবি]],
বয়স [[AGE:৭৯]]। [[HEALTH:হাঁটুর আর্থ্রাইটিস]]-এর জন্য তিনি সিঁড়ি ভাঙতে পারেন না। জানুয়ারিতে
টাওয়ারের দুটো লিফটই তিন সপ্তাহ বন্ধ ছিল, আর এই সময়ে তিনি একবারও নিচে নামতে পারেননি, এমনকি
[[ADDRESS:মিলস্ট্রিম হেলথ সেন্টার]]-এ ডাক্তারের দুটো অ্যাপয়েন্টমেন্টও বাদ পড়ে। তাঁর নাতি
[[PERSON:সাব্বির]], সবাই যাকে [[PERSON:সাবু]] বলে ডাকে, অভিযোগ করেন (অভিযোগ নম্বর
[[REFERENCE:SBH/C/6620]])। তিনি লিখেছিলেন, নোটিশে শুধু লেখা ছিল 'লিফট সংস্কারাধীন', কবে ঠিক
হবে কেউ বলেনি।

আমরা করেছি: লিফট ঠিকাদার [[ORGANISATION:Liftcare Direct]]-এর ম্যানেজার
[[PERSON:স্টিভেন হারগ্রিভস]] পুরোনো মোটর বদলানোর কাজ দুই সপ্তাহ এগিয়ে আনেন। আমাদের কমিউনিটি
অফিসার [[PERSON:ইয়াসমিন চৌধুরী]] বন্ধের পুরো সময় প্রতিদিন [[PERSON:নূরজাহান]] খালাকে ফোন করতেন, বাজার
আর ওষুধ পৌঁছে দেওয়ার ব্যবস্থা করা হয়, এবং একটি সিঁড়ি-চেয়ার দিয়ে তাঁকে হাসপাতালে নেওয়া হয়।
ক্ষতিপূরণ হিসেবে ৩০০ পাউন্ড দেওয়া হয়েছে।

আমাদের শিক্ষা: কোনো লিফট ৪৮ ঘণ্টার বেশি বন্ধ থাকলে ব্লকের প্রত্যেক ঝুঁকিপূর্ণ বাসিন্দার সঙ্গে
যোগাযোগ বাধ্যতামূলক, আর নোটিশে সম্ভাব্য তারিখ লিখতেই হবে। লিফট নিয়ে কিছু জানাতে:
[[PHONE:020 7946 0718]] অথবা [[EMAIL:lifts@example.net]]।
"""),
    ),
    (
        "fv2v-bn-04",
        "bn",
        _s("""
ওকে সবাই শোনো 😤 [[OTHER_ID:@sumi_draws]] বলছি। আমরা থাকি
[[ADDRESS:৭ নম্বর ফ্ল্যাট, হলিবুশ কোর্ট]]-এ, [[POSTCODE:e3 4tw]]। চার মাস ধরে বাসায় তেলাপোকা,
রান্নাঘরে, বাচ্চাদের খেলনার বাক্সে, এমনকি ফ্রিজের নিচে। আম্মু রাতে ঘুমায় না। ছোট ভাই
[[PERSON:রাফি]], আমরা ওকে [[PERSON:বাবলু]] ডাকি, বয়স [[AGE:৫]], ওর [[HEALTH:একজিমা]] আরো বেড়ে
গেছে। ল্যান্ডলর্ড [[ORGANISATION:Leaside Homes Group]] ([[OTHER_ID:@LeasideHomes]]) তিনবার জব
নম্বর দিয়েছে, শেষটা [[REFERENCE:LHG-88014]], কেউ আসেনি 🙄 পাশের [[ADDRESS:৮ নম্বরের]] আন্টি,
মিসেস [[PERSON:লিউ]], বললেন ওনাদের বাসায়ও একই অবস্থা।

আপডেট!!! পোস্টটা ভাইরাল হওয়ার পরদিন কমপ্লেইন্টস টিমের মিস [[PERSON:ওগুনলেসি]] ফোন করলেন।
খুব ভালো মানুষ, সরি বললেন আর বললেন অভিযোগটা ফর্মালি লগ করছেন।
[[ORGANISATION:Pestaway London]] এসে পুরো ব্লক ট্রিটমেন্ট করেছে, শুধু আমাদের ফ্ল্যাট না।
রান্নাঘরের ফাটল সিল করেছে, আম্মুকে ২০০ পাউন্ড দিয়েছে নষ্ট খাবার আর ঝামেলার জন্য। [[PERSON:বাবলুর]]
ডাক্তার [[ADDRESS:সেন্ট ক্লেমেন্টস সার্জারির]] চিঠিটাও ওরা ফাইলে রেখেছে।

শিক্ষা (ওদের আর আমার দুজনেরই): একটা ফ্ল্যাটে পোকা মানে পুরো ব্লকে পোকা। আর তোমরা যদি একই
ঝামেলায় থাকো, লিখিতভাবে "formal complaint" শব্দটা লিখে পাঠাও, স্ক্রিনশট রাখো, আট সপ্তাহ
অপেক্ষা না করেও এখন অম্বাডসম্যানে যাওয়া যায়। — [[PERSON:সুমাইয়া]] ([[PERSON:সুমি]])
"""),
    ),
    (
        "fv2v-bn-05",
        "bn",
        _s("""
[[ORGANISATION:Northbrook Homes]] বাসিন্দা প্যানেলের সভার কার্যবিবরণী, ১৫ অক্টোবর। উপস্থিত:
[[PERSON:চিনোনয়ে ওকোলি]] (সভাপতি), [[PERSON:কিয়ারান ডাফি]], [[PERSON:রুবিনা হক]],
[[PERSON:জর্জ ব্রাউন]]। কর্মকর্তা: [[PERSON:লুসি ক্যারিংটন]] (অভিযোগ ব্যবস্থাপক),
[[PERSON:আলী রেজা]] (হিটিং নেটওয়ার্ক প্রকৌশলী)।

বিষয় ১, কেস স্টাডি: গত নভেম্বরে [[ADDRESS:ওকফিল্ড এস্টেট]]-এর কমিউনাল হিটিং এগারো দিন বন্ধ
ছিল। [[ADDRESS:৪৪ নম্বর]]-এর বাসিন্দা জনাব [[PERSON:মোহাম্মদ ইউনুস]]
[[HEALTH:কিডনি বিকল]] হওয়ায় বাড়িতে ডায়ালাইসিস নেন; ঠান্ডায় তাঁর চিকিৎসা ব্যাহত হয়। বাসিন্দারা
শুধু ইংরেজিতে একটি টেক্সট মেসেজ পান, কেউ দরজায় কড়া নাড়েনি। অভিযোগ নম্বর
[[REFERENCE:NBH-C-1187]] দ্বিতীয় ধাপে গেলে জনাব [[PERSON:ইউনুস]]-এর মেয়ে [[PERSON:শিরিন]]
হাউজিং অম্বাডসম্যানে যান (কেস [[REFERENCE:202208839]])। অম্বাডসম্যান গুরুতর ত্রুটি পান।

যা ঠিক করা হয়েছে: [[PERSON:আলী]] সাহেবের দল পাম্প আর ভাল্ভ বদলেছে; ঝুঁকিপূর্ণ বাসিন্দাদের
জন্য এখন দুটো অতিরিক্ত হিটার মজুত থাকে; জনাব [[PERSON:ইউনুসকে]] ৯০০ পাউন্ড ক্ষতিপূরণ ও লিখিত
ক্ষমাপ্রার্থনা।

আলোচনা: [[PERSON:রুবিনা]] জিজ্ঞেস করেন কেন তিন দিনের মাথায় কেউ বাড়ি বাড়ি যায়নি।
[[PERSON:কিয়ারান]] বলেন, পাশের [[ADDRESS:৪৬ নম্বরের]] বৃদ্ধ দম্পতিও একই কষ্ট পেয়েছেন।
[[PERSON:লুসি]] মেনে নেন যে ঝুঁকির তালিকা হালনাগাদ ছিল না।

সিদ্ধান্ত: হিটিং ২৪ ঘণ্টার বেশি বন্ধ থাকলে ঝুঁকিপূর্ণ প্রত্যেক বাড়িতে সশরীরে যাওয়া; বার্তা
বাংলা, সোমালি ও ইংরেজিতে। পরবর্তী সভা ১২ নভেম্বর।
"""),
    ),
    (
        "fv2v-pa-01",
        "pa",
        _s("""
ਸ਼ਿਕਾਇਤ ਟੀਮ, [[ORGANISATION:Sandwell Brook Homes]] ਜੀ, ਮੈਂ [[PERSON:ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਸੰਧੂ]] ਹਾਂ, ਘਰ
ਵਿੱਚ ਸਾਰੇ ਮੈਨੂੰ [[PERSON:ਗੈਰੀ]] ਕਹਿੰਦੇ ਹਨ। ਮੈਂ ਆਪਣੀ ਮਾਂ, ਸ੍ਰੀਮਤੀ [[PERSON:ਹਰਭਜਨ ਕੌਰ]], ਵੱਲੋਂ ਲਿਖ
ਰਿਹਾ ਹਾਂ ਕਿਉਂਕਿ ਉਹ ਅੰਗਰੇਜ਼ੀ ਨਹੀਂ ਪੜ੍ਹ ਸਕਦੇ। ਪਤਾ: [[ADDRESS:31 ਲੈਬਰਨਮ ਰੋਡ]],
[[POSTCODE:B66 2JT]], [[ADDRESS:ਗੁਰਦੁਆਰਾ ਨਾਨਕ ਦਰਬਾਰ]] ਦੇ ਬਿਲਕੁਲ ਸਾਹਮਣੇ। ਮਾਤਾ ਜੀ [[AGE:72 ਸਾਲ]]
ਦੇ ਹਨ, ਉਹਨਾਂ ਨੂੰ [[HEALTH:ਗਠੀਆ]] ਹੈ ਅਤੇ ਪਿਛਲੇ ਸਾਲ ਡਿੱਗਣ ਤੋਂ ਬਾਅਦ ਉਹ ਵੀਲ੍ਹਚੇਅਰ ਵਰਤਦੇ ਹਨ।
ਆਕੂਪੇਸ਼ਨਲ ਥੈਰੇਪਿਸਟ [[PERSON:ਸੂਜ਼ਨ ਪਾਰਕਰ]] ਨੇ ਮਾਰਚ ਵਿੱਚ ਮੂਹਰਲੇ ਦਰਵਾਜ਼ੇ 'ਤੇ ਰੈਂਪ ਅਤੇ ਵਾਕ-ਇਨ
ਸ਼ਾਵਰ ਦੀ ਸਿਫ਼ਾਰਸ਼ ਕੀਤੀ ਸੀ, ਰੈਫ਼ਰੈਂਸ [[REFERENCE:SBH-OT-51209]]। ਅੱਠ ਮਹੀਨੇ ਹੋ ਗਏ, ਕੋਈ ਨਹੀਂ
ਆਇਆ। ਮਾਤਾ ਜੀ ਘਰੋਂ ਬਾਹਰ ਨਹੀਂ ਨਿਕਲ ਸਕਦੇ, ਸਾਹਮਣੇ ਵਾਲੇ ਗੁਰਦੁਆਰੇ ਵੀ ਨਹੀਂ ਜਾ ਸਕਦੇ, ਅਤੇ ਮੇਰੀ
ਭੈਣ [[PERSON:ਜਸਵਿੰਦਰ]], ਜਿਸਨੂੰ ਅਸੀਂ [[PERSON:ਜੱਸੀ]] ਕਹਿੰਦੇ ਹਾਂ, ਹਰ ਰੋਜ਼ ਕੰਮ ਤੋਂ ਛੁੱਟੀ ਲੈ ਕੇ
ਉਹਨਾਂ ਨੂੰ ਨਹਾਉਂਦੀ ਹੈ। ਉਹਨਾਂ ਦਾ NHS ਨੰਬਰ [[OTHER_ID:558 204 6617]] ਹੈ, ਤੁਸੀਂ ਡਾਕਟਰ ਤੋਂ ਪੁਸ਼ਟੀ
ਕਰ ਸਕਦੇ ਹੋ। ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਰਸਮੀ ਸ਼ਿਕਾਇਤ ਮੰਨੋ। ਫ਼ੋਨ [[PHONE:0121 496 0549]]।

ਅੱਪਡੇਟ, ਦੋ ਮਹੀਨੇ ਬਾਅਦ: ਸ਼ਿਕਾਇਤ ਅਫ਼ਸਰ [[PERSON:ਟੌਮ ਬਰੈਡਲੀ]] ਨੇ ਤਿੰਨ ਦਿਨਾਂ ਵਿੱਚ ਫ਼ੋਨ ਕੀਤਾ ਅਤੇ
ਮੰਨਿਆ ਕਿ ਥੈਰੇਪਿਸਟ ਦੀ ਰਿਪੋਰਟ ਕਿਸੇ ਦੇ ਇਨਬਾਕਸ ਵਿੱਚ ਪਈ ਰਹੀ। ਠੇਕੇਦਾਰ
[[ORGANISATION:Midland Access Works]] ਨੇ ਛੇ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਰੈਂਪ ਅਤੇ ਸ਼ਾਵਰ ਲਾ ਦਿੱਤੇ, ਅਤੇ ਮਾਤਾ
ਜੀ ਨੂੰ 500 ਪੌਂਡ ਮੁਆਵਜ਼ਾ ਮਿਲਿਆ। ਪਿਛਲੇ ਐਤਵਾਰ ਉਹ ਦੋ ਸਾਲਾਂ ਬਾਅਦ ਆਪ ਗੁਰਦੁਆਰੇ ਗਏ। ਉਹਨਾਂ ਦਾ
ਸਬਕ: ਥੈਰੇਪਿਸਟ ਦੀ ਰਿਪੋਰਟ ਆਉਂਦੇ ਹੀ ਇੱਕ ਅਫ਼ਸਰ ਦਾ ਨਾਮ ਅਤੇ ਤਾਰੀਖ਼ ਪਰਿਵਾਰ ਨੂੰ ਦੱਸੀ ਜਾਵੇਗੀ।
"""),
    ),
    (
        "fv2v-pa-02",
        "pa",
        _s("""
ਤੁਸੀਂ ਕਿਹਾ, ਅਸੀਂ ਕੀਤਾ: [[ORGANISATION:Hayes Lane Homes]] ਦਾ ਕਿਰਾਏਦਾਰ ਬੁਲੇਟਿਨ। ਤੁਸੀਂ ਕਿਹਾ:
ਸ੍ਰੀ [[PERSON:ਬਲਵੀਰ ਸਿੰਘ ਗਿੱਲ]], ਜੋ [[ADDRESS:ਫ਼ਲੈਟ 2, 17 ਮੇਪਲ ਟੈਰੇਸ]], [[POSTCODE:ub2 4lp]] ਵਿੱਚ
ਰਹਿੰਦੇ ਹਨ, ਨੇ ਦੱਸਿਆ ਕਿ ਛੱਤ ਪਿਛਲੀਆਂ ਸਰਦੀਆਂ ਤੋਂ ਚੋਅ ਰਹੀ ਸੀ। ਅਸੀਂ ਦੋ ਵਾਰ ਬੰਦਾ ਭੇਜਿਆ ਜਿਸਨੇ
ਬਾਲਟੀ ਰੱਖਣ ਦੀ ਸਲਾਹ ਦਿੱਤੀ। ਫ਼ਰਵਰੀ ਵਿੱਚ ਬੈਠਕ ਦੀ ਛੱਤ ਦਾ ਪਲੱਸਤਰ ਉਸ ਥਾਂ ਡਿੱਗਿਆ ਜਿੱਥੇ ਕੁਝ ਮਿੰਟ
ਪਹਿਲਾਂ ਉਹਨਾਂ ਦਾ ਪੋਤਾ [[PERSON:ਅਰਜਨ]], ਉਮਰ [[AGE:4 ਸਾਲ]], ਖੇਡ ਰਿਹਾ ਸੀ। [[PERSON:ਗਿੱਲ]] ਸਾਹਿਬ ਦੀ ਨੂੰਹ
[[PERSON:ਮਨਪ੍ਰੀਤ]] ਨੇ ਰਸਮੀ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਨੰਬਰ [[REFERENCE:HLH-2024-0877]], ਅਤੇ ਫ਼ੋਟੋਆਂ ਭੇਜੀਆਂ।

ਅਸੀਂ ਕੀਤਾ: ਸਾਡੀ ਸਰਵੇਅਰ [[PERSON:ਕਲੇਅਰ ਡੌਸਨ]] ਅਗਲੇ ਦਿਨ ਆਈ ਅਤੇ ਪਤਾ ਲੱਗਾ ਕਿ ਛੱਤ ਦੀਆਂ ਟਾਈਲਾਂ
ਹਿੱਲੀਆਂ ਹੋਈਆਂ ਸਨ ਅਤੇ ਪਾਣੀ ਮਹੀਨਿਆਂ ਤੋਂ ਛੱਤ ਦੀਆਂ ਕੜੀਆਂ ਵਿੱਚ ਜਾ ਰਿਹਾ ਸੀ।
[[ORGANISATION:Westway Roofing]] ਨੇ ਦਸ ਦਿਨਾਂ ਵਿੱਚ ਛੱਤ ਦਾ ਉਹ ਹਿੱਸਾ ਨਵਾਂ ਪਾਇਆ, ਬੈਠਕ ਦੀ ਛੱਤ
ਦੁਬਾਰਾ ਬਣਾਈ, ਅਤੇ ਖ਼ਰਾਬ ਹੋਏ ਕਾਲੀਨ ਦੇ ਪੈਸੇ ਦਿੱਤੇ। ਪਰਿਵਾਰ ਨੂੰ ਕੁੱਲ 750 ਪੌਂਡ ਮੁਆਵਜ਼ਾ ਮਿਲਿਆ,
ਅਤੇ ਸਾਡੇ ਰਿਪੇਅਰ ਮੈਨੇਜਰ [[PERSON:ਓਲੂਸੇਗੁਨ ਐਡੇ]] ਨੇ ਘਰ ਜਾ ਕੇ ਮੁਆਫ਼ੀ ਮੰਗੀ। ਉਪਰਲੇ
[[ADDRESS:ਫ਼ਲੈਟ 3]] ਵਿੱਚ ਰਹਿੰਦੀ ਸ੍ਰੀਮਤੀ [[PERSON:ਡੋਨੋਵਨ]] ਦੀ ਰਸੋਈ ਦੀ ਛੱਤ ਵੀ ਨਾਲ ਹੀ ਠੀਕ ਕੀਤੀ
ਗਈ।

ਅਸੀਂ ਕੀ ਸਿੱਖਿਆ: ਇੱਕੋ ਘਰ ਤੋਂ ਦੂਜੀ ਵਾਰ ਚੋਅ ਦੀ ਰਿਪੋਰਟ ਆਵੇ ਤਾਂ ਸਰਵੇਅਰ ਜਾਵੇਗਾ, ਸਿਰਫ਼ ਮਿਸਤਰੀ
ਨਹੀਂ। ਸ੍ਰੀ [[PERSON:ਗਿੱਲ]] ਨੇ ਕਿਹਾ: "ਬਾਲਟੀ ਨਾਲ ਛੱਤ ਠੀਕ ਨਹੀਂ ਹੁੰਦੀ।" ਉਹ ਠੀਕ ਸਨ। ਛੱਤ ਚੋਂਦੀ
ਹੋਵੇ ਤਾਂ ਫ਼ੋਨ ਕਰੋ [[PHONE:020 7946 0391]] ਜਾਂ ਈਮੇਲ [[EMAIL:repairs.hayeslane@example.com]]।
"""),
    ),
    (
        "fv2v-pa-03",
        "pa",
        _s("""
ਰੈਫ਼ਰਲ ਨੋਟ। ਭੇਜਣ ਵਾਲੀ: [[PERSON:ਨਿਆਮ ਕੈਲੀ]], ਸਹਾਇਤਾ ਵਰਕਰ, [[ORGANISATION:Ilford Refugee Forum]],
[[EMAIL:niamh.kelly@example.org]]। ਪ੍ਰਾਪਤ ਕਰਨ ਵਾਲੇ: [[ORGANISATION:Roding Vale Housing]],
ਟੈਨੈਂਸੀ ਟੀਮ। ਪਤਾ: [[ADDRESS:ਬੇਸਮੈਂਟ ਫ਼ਲੈਟ, 63 ਕਲੀਵਲੈਂਡ ਰੋਡ]], [[POSTCODE:IG1 2EW]]। ਟੈਨੈਂਸੀ
ਨੰਬਰ [[REFERENCE:RVH-T-338160]]।

ਪਰਿਵਾਰ: [[PERSON:ਤਰਲੋਚਨ ਸਿੰਘ]], ਪਿਤਾ, ਜਨਮ [[DATE_OF_BIRTH:09/02/1979]], NI
[[NI_NUMBER:TB 55 16 83 C]], ਬਾਇਓਮੈਟ੍ਰਿਕ ਰਿਹਾਇਸ਼ ਪਰਮਿਟ [[OTHER_ID:ZU4817236]];
[[PERSON:ਕੁਲਜੀਤ ਕੌਰ]], ਮਾਤਾ, ਜਨਮ [[DATE_OF_BIRTH:ਪੰਦਰਾਂ ਅਗਸਤ 1983]], [[HEALTH:ਡਿਪਰੈਸ਼ਨ]];
[[PERSON:ਹਰਮਨ]], [[AGE:13 ਸਾਲ]], ਜਨਮ [[DATE_OF_BIRTH:22/05/2011]], [[ADDRESS:ਵੈਲੇਨਟਾਈਨਜ਼ ਹਾਈ ਸਕੂਲ]]
ਵਿੱਚ ਪੜ੍ਹਦਾ; [[PERSON:ਸਿਮਰਨ]], [[AGE:10 ਸਾਲ]], ਜਨਮ [[DATE_OF_BIRTH:30/12/2014]]; [[PERSON:ਏਕਮ]],
[[AGE:2 ਸਾਲ]], ਜਿਸਨੂੰ ਘਰ ਵਿੱਚ [[PERSON:ਛੋਟਾ ਸ਼ੇਰ]] ਕਹਿੰਦੇ ਹਨ।

ਪਿਛੋਕੜ: ਪਰਿਵਾਰ [[OTHER_SPECIAL:ਅਫ਼ਗ਼ਾਨ ਸਿੱਖ]] ਹੈ ਅਤੇ 2022 ਵਿੱਚ [[OTHER_SPECIAL:ਸ਼ਰਨਾਰਥੀ]] ਵਜੋਂ
ਆਇਆ। ਬੇਸਮੈਂਟ ਫ਼ਲੈਟ ਦੀਆਂ ਕੰਧਾਂ 'ਤੇ ਸਿੱਲ੍ਹ ਅਤੇ ਉੱਲੀ ਹੈ, ਅਤੇ ਨਵੰਬਰ ਤੋਂ ਹੀਟਿੰਗ ਅੱਧੀ ਹੀ ਚੱਲਦੀ ਹੈ।
[[PERSON:ਏਕਮ]] ਨੂੰ ਦੋ ਵਾਰ ਛਾਤੀ ਦੀ ਲਾਗ ਹੋਈ। ਪਿਤਾ ਜੀ ਨੇ ਚਾਰ ਵਾਰ ਫ਼ੋਨ ਕੀਤਾ ਪਰ ਹਰ ਵਾਰ ਅੰਗਰੇਜ਼ੀ
ਵਿੱਚ ਗੱਲ ਕਰਨੀ ਪਈ ਅਤੇ ਕੋਈ ਜੌਬ ਨੰਬਰ ਨਹੀਂ ਮਿਲਿਆ। ਪਰਿਵਾਰ [[ADDRESS:ਗੁਰਦੁਆਰਾ ਸਿੰਘ ਸਭਾ ਇਲਫ਼ਰਡ]]
ਨਾਲ ਜੁੜਿਆ ਹੈ, ਜਿੱਥੋਂ ਦੇ ਸੇਵਾਦਾਰ ਭਾਈ [[PERSON:ਹਰਦੀਪ]] ਨੇ ਇਹ ਕੇਸ ਮੇਰੇ ਤੱਕ ਪਹੁੰਚਾਇਆ।

ਨਤੀਜਾ, 14 ਫ਼ਰਵਰੀ: ਪਹਿਲੇ ਪੜਾਅ ਵਿੱਚ ਸ਼ਿਕਾਇਤ ਮੰਨੀ ਗਈ। ਹਾਊਸਿੰਗ ਅਫ਼ਸਰ [[PERSON:ਅਮੀਨਾ ਯੂਸਫ਼]] ਨੇ
ਪੰਜਾਬੀ ਦੁਭਾਸ਼ੀਏ ਨਾਲ ਘਰ ਦਾ ਦੌਰਾ ਕੀਤਾ। [[ORGANISATION:Essex Damp Control]] ਨੇ ਕੰਧਾਂ ਦਾ ਇਲਾਜ
ਕੀਤਾ, ਬੋਇਲਰ ਬਦਲਿਆ ਗਿਆ, ਅਤੇ 420 ਪੌਂਡ ਮੁਆਵਜ਼ਾ ਦਿੱਤਾ ਗਿਆ। ਸਬਕ: ਜੋ ਕਿਰਾਏਦਾਰ ਅੰਗਰੇਜ਼ੀ ਨਹੀਂ
ਬੋਲਦੇ, ਉਹਨਾਂ ਲਈ ਪਹਿਲੀ ਕਾਲ 'ਤੇ ਹੀ ਦੁਭਾਸ਼ੀਆ ਅਤੇ ਲਿਖਤੀ ਜੌਬ ਨੰਬਰ।
"""),
    ),
    (
        "fv2v-pa-04",
        "pa",
        _s("""
ਚਲੋ ਜੀ, ਅੱਜ ਪੂਰੀ ਕਹਾਣੀ 🧵 [[OTHER_ID:@simmi.writes]] ਵੱਲੋਂ। ਮੈਂ, ਮੰਮੀ ਡੈਡੀ ਅਤੇ ਮੇਰੀ ਛੋਟੀ ਭੈਣ
[[PERSON:ਰੂਬੀ]] ([[AGE:11]]) [[ADDRESS:ਫ਼ਲੈਟ 18, ਕੈਂਪਬੈਲ ਹਾਊਸ]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ, ਉਹ ਬਲਾਕ ਜਿਹੜਾ
[[ADDRESS:ਸ਼ਰਮਾ ਸਵੀਟਸ]] ਦੇ ਪਿੱਛੇ ਹੈ। ਛੇ ਮਹੀਨਿਆਂ ਤੋਂ ਉੱਪਰ ਵਾਲੇ [[ADDRESS:ਫ਼ਲੈਟ 22]] ਵਿੱਚ ਹਰ
ਹਫ਼ਤੇ ਤਿੰਨ ਚਾਰ ਰਾਤਾਂ ਪਾਰਟੀ, ਸਵੇਰੇ ਚਾਰ ਵਜੇ ਤੱਕ ਬੇਸ ਵੱਜਦਾ। ਡੈਡੀ ਨਾਈਟ ਸ਼ਿਫ਼ਟ ਕਰਦੇ ਨੇ, ਮੰਮੀ ਨੂੰ
[[HEALTH:ਮਾਈਗ੍ਰੇਨ]] ਹੈ, ਅਤੇ [[PERSON:ਰੂਬੀ]] ਦੇ SATs ਆ ਰਹੇ ਨੇ। ਜਦੋਂ ਡੈਡੀ ਨੇ ਉੱਪਰ ਜਾ ਕੇ ਗੱਲ ਕੀਤੀ
ਤਾਂ ਉਹਨਾਂ ਨੇ ਸਾਡੇ ਦਰਵਾਜ਼ੇ 'ਤੇ ਗੰਦੀਆਂ ਗੱਲਾਂ ਲਿਖ ਦਿੱਤੀਆਂ। ਕੇਸ ਨੰਬਰ [[REFERENCE:PVH-ASB-0392]],
ਤਿੰਨ ਮਹੀਨੇ ਕੋਈ ਜਵਾਬ ਨਹੀਂ। ਟੈਗ ਕਰ ਰਹੀ ਹਾਂ [[OTHER_ID:@ParkviewHomesUK]] 👀

ਅੱਪਡੇਟ: ਮੰਨਣਾ ਪਵੇਗਾ, ਇਸ ਵਾਰ ਉਹਨਾਂ ਨੇ ਸੁਣਿਆ। [[ORGANISATION:Parkview Homes]] ਦੀ ASB ਅਫ਼ਸਰ
[[PERSON:ਡੈਨੀਏਲ ਫ਼ੋਰਬਸ]] ਨੇ ਫ਼ੋਨ ਕੀਤਾ, ਸਾਨੂੰ ਸ਼ੋਰ ਰਿਕਾਰਡ ਕਰਨ ਵਾਲੀ ਐਪ ਦਿੱਤੀ, ਅਤੇ ਦੋ ਹਫ਼ਤਿਆਂ
ਦੀ ਰਿਕਾਰਡਿੰਗ ਤੋਂ ਬਾਅਦ ਉੱਪਰ ਵਾਲਿਆਂ ਨਾਲ ਐਕਸੈਪਟੇਬਲ ਬਿਹੇਵੀਅਰ ਕੰਟਰੈਕਟ ਸਾਈਨ ਕਰਵਾਇਆ। ਬਲਾਕ ਦਾ
ਕੇਅਰਟੇਕਰ, ਜਿਸਨੂੰ ਸਾਰੇ [[PERSON:ਬਿੱਗ ਮਾਈਕ]] ਕਹਿੰਦੇ ਨੇ, ਨੇ ਉਸੇ ਦਿਨ ਦਰਵਾਜ਼ਾ ਸਾਫ਼ ਕਰ ਦਿੱਤਾ।
ਦਰਵਾਜ਼ੇ ਉੱਤੇ ਲਿਖੀਆਂ ਗੱਲਾਂ ਨੂੰ ਹੇਟ ਇਨਸੀਡੈਂਟ ਵਜੋਂ ਪੁਲਿਸ ਨੂੰ ਰਿਪੋਰਟ ਕੀਤਾ ਗਿਆ। ਸਾਨੂੰ 150 ਪੌਂਡ
ਮਿਲੇ ਅਤੇ ਲਿਖਤੀ ਮੁਆਫ਼ੀ ਵੀ।

ਉਹਨਾਂ ਦਾ ਸਬਕ: ASB ਕੇਸ ਵਿੱਚ ਹਰ ਦੋ ਹਫ਼ਤੇ ਅੱਪਡੇਟ ਦੇਣਾ ਲਾਜ਼ਮੀ। ਮੇਰਾ ਸਬਕ: ਚੁੱਪ ਨਾ ਰਹੋ, ਲਿਖ ਕੇ
ਸ਼ਿਕਾਇਤ ਕਰੋ, ਅਤੇ ਹੁਣ ਤੁਸੀਂ ਸਿੱਧੇ ਹਾਊਸਿੰਗ ਓਮਬਡਸਮੈਨ ਕੋਲ ਵੀ ਜਾ ਸਕਦੇ ਹੋ। [[PERSON:ਸਿਮਰਨਜੀਤ]]
ਉਰਫ਼ [[PERSON:ਸਿੰਮੀ]] ✌️
"""),
    ),
    (
        "fv2v-pa-05",
        "pa",
        _s("""
ਵਿਸ਼ਾ: ਮੇਰੀ [[AGE:ਸੱਤ ਮਹੀਨੇ]] ਦੀ ਬੱਚੀ ਉੱਲੀ ਵਾਲੇ ਕਮਰੇ ਵਿੱਚ ਸੌਂ ਰਹੀ ਹੈ! [[ORGANISATION:Eastfield Homes]]
ਵਾਲਿਓ, ਮੈਂ [[PERSON:ਨਵਦੀਪ ਬਰਾੜ]], [[ADDRESS:ਫ਼ਲੈਟ 5ਸੀ, ਕੈਨਿੰਗ ਹਾਊਸ]], [[POSTCODE:LE4 6QF]]। ਇਹ
ਮੇਰੀ ਤੀਜੀ ਈਮੇਲ ਹੈ। ਬੈੱਡਰੂਮ ਦੀ ਖਿੜਕੀ ਦੇ ਆਲੇ-ਦੁਆਲੇ ਕਾਲੀ ਉੱਲੀ ਛੱਤ ਤੱਕ ਪਹੁੰਚ ਗਈ ਹੈ। ਮੇਰੀ ਧੀ
[[PERSON:ਅਮਾਇਰਾ]], [[AGE:7 ਮਹੀਨੇ]], ਨੂੰ ਦਸੰਬਰ ਵਿੱਚ [[HEALTH:ਬ੍ਰੌਂਕਿਓਲਾਈਟਿਸ]] ਨਾਲ ਹਸਪਤਾਲ ਦਾਖ਼ਲ
ਕਰਨਾ ਪਿਆ। ਹੈਲਥ ਵਿਜ਼ਿਟਰ ਨੇ ਚਿੱਠੀ ਲਿਖੀ, ਮੈਂ ਤੁਹਾਨੂੰ ਭੇਜੀ, ਜਵਾਬ ਆਇਆ ਕਿ "ਖਿੜਕੀ ਖੋਲ੍ਹ ਕੇ ਰੱਖੋ"।
ਜਨਵਰੀ ਵਿੱਚ? ਰਿਪੇਅਰ ਨੰਬਰ [[REFERENCE:EFH-55102]] ਅਤੇ [[REFERENCE:EFH-55988]]। ਮੇਰੇ ਪਤੀ
[[PERSON:ਰਾਜ]] ਹਰ ਹਫ਼ਤੇ ਬਲੀਚ ਨਾਲ ਸਾਫ਼ ਕਰਦੇ ਨੇ, ਫਿਰ ਵਾਪਸ ਆ ਜਾਂਦੀ ਹੈ। ਇਸਨੂੰ ਰਸਮੀ ਸ਼ਿਕਾਇਤ ਮੰਨੋ।
ਮੈਨੂੰ ਫ਼ੋਨ ਕਰੋ: [[PHONE:ਜ਼ੀਰੋ ਸੱਤ ਸੱਤ ਜ਼ੀਰੋ ਜ਼ੀਰੋ, ਨੌਂ ਜ਼ੀਰੋ ਜ਼ੀਰੋ, ਛੇ ਇੱਕ ਤਿੰਨ]], ਜਾਂ ਈਮੇਲ
[[EMAIL:navdeep dot brar at example dot net]]।

ਦੂਜੀ ਈਮੇਲ, ਤਿੰਨ ਹਫ਼ਤਿਆਂ ਬਾਅਦ: ਮੈਂ ਧੰਨਵਾਦ ਕਰਨਾ ਚਾਹੁੰਦੀ ਹਾਂ। ਸ਼ਿਕਾਇਤ ਟੀਮ ਦੀ [[PERSON:ਜੋਐਨ]]
ਅਤੇ ਡੈਂਪ ਸਪੈਸ਼ਲਿਸਟ [[PERSON:ਇਮੈਨੁਅਲ ਓਫ਼ੋਰੀ]] ਅਗਲੇ ਹੀ ਦਿਨ ਆਏ। ਪਤਾ ਲੱਗਾ ਕਿ ਖਿੜਕੀ ਦੀ ਸੀਲ ਟੁੱਟੀ
ਹੋਈ ਸੀ ਅਤੇ ਬਾਹਰਲੀ ਕੰਧ ਵਿੱਚ ਤਰੇੜ ਸੀ। [[ORGANISATION:Soar Valley Glazing]] ਨੇ ਨਵੀਂ ਖਿੜਕੀ
ਲਾਈ, ਕੰਧ ਠੀਕ ਹੋਈ, ਅਤੇ ਪੂਰਾ ਕਮਰਾ ਦੁਬਾਰਾ ਪੇਂਟ ਕੀਤਾ ਗਿਆ। ਕੰਮ ਦੌਰਾਨ ਸਾਨੂੰ ਨਾਲ ਦੇ ਖ਼ਾਲੀ ਫ਼ਲੈਟ
ਵਿੱਚ ਰੱਖਿਆ ਗਿਆ ਅਤੇ 380 ਪੌਂਡ ਮੁਆਵਜ਼ਾ ਮਿਲਿਆ। [[PERSON:ਜੋਐਨ]] ਨੇ ਦੱਸਿਆ ਕਿ ਹੁਣ ਛੋਟੇ ਬੱਚੇ ਵਾਲੇ
ਘਰ ਤੋਂ ਉੱਲੀ ਦੀ ਰਿਪੋਰਟ ਆਉਂਦਿਆਂ ਹੀ ਪੰਜ ਦਿਨਾਂ ਵਿੱਚ ਸਰਵੇਅ ਹੋਵੇਗਾ, ਅਤੇ "ਖਿੜਕੀ ਖੋਲ੍ਹੋ" ਵਾਲਾ ਜਵਾਬ
ਬੰਦ। [[PERSON:ਅਮਾਇਰਾ]] ਹੁਣ ਠੀਕ ਹੈ। [[PERSON:ਨਵਦੀਪ]]
"""),
    ),
    (
        "fv2v-pl-01",
        "pl",
        _s("""
Temat: Brak ogrzewania od trzech tygodni, [[ADDRESS:mieszkanie 12, Elmwood House]]. Szanowni
Państwo z [[ORGANISATION:Trentbank Housing]], piszę już czwarty raz i naprawdę tracę
cierpliwość. Nazywam się [[PERSON:Bożena Wiśniewska]], mieszkam z synem [[PERSON:Krzysiem]]
([[AGE:7 lat]]) i z mamą, która ma [[HEALTH:reumatoidalne zapalenie stawów]] i w zimnie prawie
nie może ruszać rękami. Od 3 listopada nie działa kocioł. Wasz monter, pan [[PERSON:Steve]],
powiedział, że część jest zamówiona, i od tamtej pory cisza. Numer zgłoszenia
[[REFERENCE:TBH-300871]]. [[PERSON:Krzyś]] śpi w kurtce, a sąsiadka spod
[[ADDRESS:dziesiątki]], pani [[PERSON:Halinka]], pożyczyła nam grzejnik olejowy, bo od Was nie
dostaliśmy nic. Proszę traktować to jako oficjalną skargę. Tel. [[PHONE:07700 900663]],
e-mail [[EMAIL:bozena.wisniewska@example.com]].

Aktualizacja, tydzień później: muszę napisać coś zupełnie innego. Jeszcze tego samego dnia
zadzwoniła pani [[PERSON:Aisha Rahman]] z zespołu skarg, przeprosiła i zapytała, czy mama
potrzebuje pomocy od razu. Następnego ranka [[ORGANISATION:Trent Heating Ltd]] wymienił
kocioł, a pani [[PERSON:Aisha]] załatwiła dwa dodatkowe grzejniki na czas montażu. Dostaliśmy
350 funtów na konto kończące się na [[OTHER_ID:5520]], za prąd i za stres. Przyznali, że
nikt nie sprawdził, że w mieszkaniu jest osoba chora, i że teraz każda awaria ogrzewania u
takich lokatorów ma być naprawiona w 24 godziny. Dziękuję pani [[PERSON:Aishy]] i
przepraszam za ton pierwszego maila. Lekcja dla innych: piszcie „oficjalna skarga” i nie
dajcie się zbyć „częścią w drodze”. [[PERSON:Bożena]]
"""),
    ),
    (
        "fv2v-pl-02",
        "pl",
        _s("""
Notatka - skierowanie. Od: [[PERSON:Magdalena Zielinska]], pracownik wsparcia rodziny,
[[ORGANISATION:Centrum Wsparcia Rodziny Horyzont]], tel. [[PHONE:0113 496 0651]]. Do:
[[ORGANISATION:Aire Side Homes]], zespol napraw i skarg. Adres: [[ADDRESS:41 Gladstone Terrace]],
[[POSTCODE:LS11 6BD]]. Nr najmu [[REFERENCE:ASH-117409]].

Sklad gospodarstwa: [[PERSON:Pawel Dabrowski]], ur. [[DATE_OF_BIRTH:11.04.1983]], NI
[[NI_NUMBER:SK 38 91 02 D]]; [[PERSON:Justyna Dabrowska]], ur. [[DATE_OF_BIRTH:23.10.1986]],
[[HEALTH:depresja]] po porodzie; [[PERSON:Oliwia]] ([[PERSON:Oliwka]]), [[AGE:13 lat]], szkola
[[ADDRESS:Beeston Fields Academy]]; [[PERSON:Szymon]], [[AGE:9 lat]], [[HEALTH:ADHD]];
[[PERSON:Kuba]], [[AGE:4 latka]].

Problem: od jesieni myszy na strychu i w kuchni, dziura przy rurze pod zlewem, okno w
pokoju chlopcow nie domyka sie. Zgloszenia telefoniczne od wrzesnia, trzy razy powiedziano
"ktos przyjdzie", nikt nie przyszedl, zadnego numeru zlecenia. Sasiad z
[[ADDRESS:numeru 43]], pan [[PERSON:Derek]], tez ma myszy, wiec problem jest w calym szeregu.
Pani [[PERSON:Justyna]] po angielsku mowi slabo i wstydzila sie dzwonic kolejny raz.
[[PERSON:Szymek]] boi sie spac, [[PERSON:Kubus]] znalazl odchody w pudle z zabawkami.

Wynik (aktualizacja 2 kwietnia): skarga przyjeta na etapie 1, numer
[[REFERENCE:ASH-CMP-6613]]. Kierownik napraw [[PERSON:Kieran Boyle]] przyjechal z tlumaczem
polskim. [[ORGANISATION:Yorkshire Pest Solutions]] zrobila deratyzacje calego szeregu
domow, zaklejono otwory, wymieniono okno. Rekompensata 300 funtow plus nowe pudla i
materace. Wnioski landlorda: kazde zgloszenie telefoniczne dostaje numer od razu, a przy
szkodnikach sprawdza sie sasiednie domy.
"""),
    ),
    (
        "fv2v-pl-03",
        "pl",
        _s("""
Protokół ze spotkania Polskiej Grupy Lokatorów przy [[ORGANISATION:Medway Haven Homes]], 18
września. Obecni: [[PERSON:Teresa Kamińska]] (przewodnicząca), [[PERSON:Marek Lis]],
[[PERSON:Grażyna Wróbel]], [[PERSON:Adam Szewczyk]]. Ze strony landlorda: pan
[[PERSON:Richard Hale]] (kierownik napraw) i pani [[PERSON:Funmi Adeyinka]] (koordynatorka
skarg). Gość: radna [[PERSON:Kerry Dunn]].

Punkt 1, omówienie sprawy: pani [[PERSON:Wiesława Nowicka]] z [[ADDRESS:mieszkania 7]] w
[[ADDRESS:Beacon Court]] od lutego zgłaszała przeciek z dachu nad sypialnią. Mieszka z córką
i wnukiem [[PERSON:Antosiem]], który ma [[AGE:2 lata]]. Przez pięć miesięcy przychodzili
różni fachowcy, każdy mówił co innego, a sufit w końcu zaczął się sypać nad łóżeczkiem. Pani
[[PERSON:Wiesława]] zwróciła się bezpośrednio do Rzecznika ds. Mieszkalnictwa (sprawa nr
[[REFERENCE:202405512]]), co jest teraz możliwe bez pośrednictwa posła. Rzecznik stwierdził
niedociągnięcia w obsłudze. Naprawiono: firma [[ORGANISATION:Kentish Roofing Co]] wymieniła
pokrycie nad całym pionem, sufit odbudowano, pani [[PERSON:Nowickiej]] wypłacono 1200 funtów
i przeproszono na piśmie. Numer skargi [[REFERENCE:MHH-C-40218]].

Dyskusja: pan [[PERSON:Marek]] zapytał, dlaczego nikt nie prowadził sprawy od początku do
końca. Pani [[PERSON:Grażyna]] dodała, że jej sąsiad z [[ADDRESS:mieszkania 9]] ma podobny
problem. Pan [[PERSON:Richard]] przyznał, że zgłoszenia były zamykane po każdej wizycie, a
pani [[PERSON:Funmi]] obiecała sprawdzić [[ADDRESS:mieszkanie 9]] w tym tygodniu.

Ustalenia: 1) każdy przeciek z dachu ma jednego opiekuna sprawy; 2) [[PERSON:Richardowi]]
przekazujemy listę mieszkań w [[ADDRESS:Beacon Court]] z plamami na suficie; 3) pani
[[PERSON:Teresa]] przetłumaczy ulotkę o skargach na polski. Następne spotkanie 16 października.
"""),
    ),
    (
        "fv2v-pl-04",
        "pl",
        _s("""
Do działu skarg [[ORGANISATION:Wyre Coast Housing]]. Piszę w imieniu mojego taty,
[[PERSON:Zdzisława Góreckiego]], najemcy domu pod adresem [[ADDRESS:18 Primrose Walk]],
[[POSTCODE:FY5 3LN]]. Tata ma [[AGE:74 lata]], choruje na [[HEALTH:cukrzycę]], a w zeszłym roku
przeszedł [[HEALTH:amputację prawej nogi]] poniżej kolana. Jestem jego córką i opiekunką,
[[PERSON:Agnieszka Górecka]]. Od kwietnia czekamy na krzesełko schodowe i przeniesienie
sypialni na parter, co zaleciła terapeutka zajęciowa. Numer wniosku
[[REFERENCE:WCH-ADP-7720]]. Tata śpi w fotelu w salonie, bo nie wejdzie na górę, a łazienka
jest tylko na piętrze. Nie może też dojechać na mszę do [[ADDRESS:kościoła św. Wojciecha]],
bo kierowca nie może parkować przy domu: prosiliśmy o miejsce dla niepełnosprawnych dla
samochodu [[OTHER_ID:FV68 WJK]], i też bez odpowiedzi. Jego numer NHS to
[[OTHER_ID:634 219 7085]], lekarz z [[ADDRESS:Cleveleys Park Surgery]] potwierdzi wszystko.
Proszę o rozpatrzenie tego jako skargi formalnej. Mój e-mail
[[EMAIL:agnieszka.gorecka@example.org]].

Dopisek po sześciu tygodniach: pani [[PERSON:Louise Bennett]] z zespołu adaptacji przyjechała
osobiście, przeprosiła i przyznała, że wniosek utknął, bo nikt nie przypisał go do
budżetu. W ciągu miesiąca firma [[ORGANISATION:Fylde Mobility Services]] zamontowała
krzesełko, a na parterze powstała mała łazienka z prysznicem. Koperta z miejscem
parkingowym też już jest. Tata dostał 450 funtów rekompensaty. Bardzo dziękujemy pani
[[PERSON:Louise]]. Wniosek na przyszłość, który sami zapisali: każda rekomendacja terapeuty
dostaje termin i osobę odpowiedzialną, a rodzina jest o tym informowana na piśmie. Tata
znów śpi w łóżku.
"""),
    ),
    (
        "fv2v-pl-05",
        "pl",
        _s("""
dobra, musze to napisac bo zaraz wybuchne 😤 [[OTHER_ID:@wiki_z_bloku]] here. mieszkam z mama,
bratem [[PERSON:Frankiem]] ([[AGE:6]]) i siostra [[PERSON:Hanią]] ([[AGE:3]]) na 9 pietrze
[[ADDRESS:Tower Point]] na [[ADDRESS:osiedlu Willowbrook]]. od pazdziernika w pokoju malych
czarna plesn na calym suficie. [[PERSON:Hania]] ma [[HEALTH:astme]] i kaszle cale noce, mama
spi z nia na kanapie. landlord [[ORGANISATION:Greenway Tenant Homes]] przyslal pana ktory
psiknal czyms i powiedzial ze to "lifestyle", ze suszymy pranie w domu. a gdzie mamy suszyc,
na balkonie ktorego nie ma?? zgloszenie [[REFERENCE:GTH-90314]]. oznaczam
[[OTHER_ID:@GreenwayHomesUK]].

UPDATE po 3 tygodniach: ok, musze oddac sprawiedliwosc. pani [[PERSON:Precious Mensah]] z
dzialu skarg zadzwonila do mamy i przeprosila za to "lifestyle". przyszedl inspektor,
[[PERSON:Tom Whitfield]], i okazalo sie ze wentylacja w calym pionie jest zatkana od lat.
[[ORGANISATION:AirFlow Building Care]] wyczyscili kanaly w calym bloku, zamontowali nowe
wentylatory, sufit pomalowany, [[PERSON:Franek]] i [[PERSON:Hania]] spia juz w swoim pokoju.
mama dostala 400 funtow i list z przeprosinami. pani [[PERSON:Precious]] powiedziala ze juz
nie wolno im pisac "lifestyle" w raportach bez sprawdzenia wentylacji. 👏 sasiadka z
[[ADDRESS:mieszkania 94]], pani [[PERSON:Basia]], tez w koncu ma naprawione.

jak macie plesn: piszcie skarge na pismie, robcie zdjecia co tydzien, a jak nie pomoze to
mozna isc prosto do ombudsmana. [[PERSON:Wiktoria]] aka [[PERSON:Wiki]]
"""),
    ),
    (
        "fv2v-ro-01",
        "ro",
        _s("""
Ați spus, am făcut: buletinul locatarilor [[ORGANISATION:Lowther Green Housing]]. Ați spus:
doamna [[PERSON:Florentina Dobre]], care locuiește în [[ADDRESS:apartamentul 9, Kestrel House]],
[[POSTCODE:NE6 2RL]], ne-a scris în februarie că de cinci săptămâni nu avea apă caldă și că
încălzirea mergea doar câteva ore pe zi. Are doi copii, pe [[PERSON:Ionuț]], de
[[AGE:8 ani]], și pe [[PERSON:Bianca]], de [[AGE:5 ani]], care îi spune toată lumea
[[PERSON:Bibi]]. Copiii erau spălați cu apă încălzită în ceainic. La fiecare telefon primea alt
număr de lucrare și nimeni nu venea. Reclamația ei oficială are numărul
[[REFERENCE:LGH-CX-7730]].

Am făcut: ofițerul de cartier [[PERSON:Jamal Hussain]] a vizitat-o a doua zi, împreună cu
colega noastră vorbitoare de română, [[PERSON:Andreea Pop]]. S-a constatat că boilerul avea o
piesă defectă comandată de trei ori și anulată de trei ori din greșeală. Firma
[[ORGANISATION:Boilerline North]] a montat un boiler nou în 48 de ore. Familiei i s-au plătit
480 de lire despăgubire și i s-au dat două radiatoare electrice pe durata lucrării. Vecinul
de la [[ADDRESS:apartamentul 10]], domnul [[PERSON:Okwuosa]], care avea aceeași problemă, a
beneficiat și el de verificare.

Ce am învățat: o lucrare nu mai poate fi anulată fără să fie sunat locatarul, iar după trei
zile fără apă caldă într-o casă cu copii mici cazul trece automat la un manager. Doamna
[[PERSON:Dobre]] ne-a spus: „Voiam doar să știu pe cine să sun.” Acum știe. Probleme cu
încălzirea? Sunați la [[PHONE:0191 498 0264]].
"""),
    ),
    (
        "fv2v-ro-02",
        "ro",
        _s("""
Notă de trimitere. De la: [[PERSON:Ruxandra Ene]], lucrător de sprijin, [[ORGANISATION:Asociația
Casa Noastră Derby]], telefon [[PHONE:07700 900527]]. Către: [[ORGANISATION:Derwent Mill Homes]],
echipa pentru comportament antisocial. Adresa: [[ADDRESS:76 Colville Street]],
[[POSTCODE:DE23 8QA]]. Număr contract de închiriere [[REFERENCE:DMH-T-60458]].

Componența familiei: [[PERSON:Marian Lăcătuș]], tată, născut la
[[DATE_OF_BIRTH:4 decembrie 1987]], NI [[NI_NUMBER:NR 27 64 90 A]], carte de identitate
[[OTHER_ID:RX 612945]]; [[PERSON:Daniela Lăcătuș]], mamă, născută la
[[DATE_OF_BIRTH:19.06.1991]], [[HEALTH:anxietate]]; [[PERSON:Denisa]], [[AGE:14 ani]], elevă la
[[ADDRESS:Normanton Park School]]; [[PERSON:Constantin]], zis [[PERSON:Costică]], [[AGE:10 ani]];
[[PERSON:Ariana]], [[AGE:6 ani]]; [[PERSON:Rebeca]], [[AGE:5 luni]].

Situația: familia este [[OTHER_SPECIAL:romă]], are [[OTHER_SPECIAL:settled status]] și
locuiește aici din 2019. De opt luni un grup de tineri le strigă injurii rasiste, au spart
de două ori geamul de la bucătărie și o mașină cu numărul [[OTHER_ID:DY17 OPN]] se oprește
noaptea în fața casei. Cazul ASB [[REFERENCE:ASB-DMH-0871]] a fost închis în martie cu
mențiunea „dispută între vecini”. [[PERSON:Costică]] nu mai vrea să meargă la școală singur.

Actualizare, 10 iulie: reclamația a fost admisă în etapa a doua. Managerul
[[PERSON:Hamid Karimi]] a recunoscut că incidentele trebuiau tratate drept infracțiuni motivate
de ură. S-au montat camere și geamuri securizate, familia a primit 700 de lire și i s-a
oferit mutarea, pe care a refuzat-o, pentru că vor să rămână lângă
[[ADDRESS:Biserica Penticostală Betel]]. Lecția notată de landlord: orice insultă rasistă
raportată se înregistrează ca incident de ură, nu ca ceartă între vecini.
"""),
    ),
    (
        "fv2v-ro-03",
        "ro",
        _s("""
Subiect: A CAZUT TAVANUL. Buna ziua [[ORGANISATION:Northside Homes Partnership]], va scriu a
treia oara si sincer nu mai am rabdare. Sunt [[PERSON:Catalin Munteanu]], locuiesc in
[[ADDRESS:apartamentul 2, 58 Rosebery Avenue]], [[POSTCODE:n179sr]], cu sotia mea
[[PERSON:Roxana]] si baiatul nostru [[PERSON:Matei]], de [[AGE:3 ani]]. De doua luni curge apa
din apartamentul de deasupra, [[ADDRESS:apartamentul 4]], unde sta domnul
[[PERSON:Abdullahi Farah]], care v-a sunat si el de doua ori. Aseara o bucata de tavan a cazut
in baie, la jumatate de metru de [[PERSON:Matei]]. Am raportat de trei ori, numar lucrare
[[REFERENCE:NHP-RJ-224470]], si de fiecare data mi s-a zis ca "e in lucru". Vreau sa fie
inregistrata reclamatie formala si vreau sa vina cineva AZI. Va rog sunati-ma la
[[PHONE:zero sapte sapte zero zero, noua zero zero, trei unu cinci]], sau pe mail la
[[EMAIL:catalin.munteanu@example.net]].

Mail doi, dupa zece zile: vreau sa spun si partea buna. Doamna [[PERSON:Siobhan Carey]], de
la echipa de reclamatii, m-a sunat in aceeasi ora si a trimis un instalator de urgenta de la
[[ORGANISATION:Hornsey Plumbing Services]]. Au gasit teava sparta sub cada domnului
[[PERSON:Abdullahi]], au reparat-o a doua zi, iar tavanul nostru a fost refacut in
saptamana urmatoare. Ne-au platit un hotel doua nopti si 320 de lire despagubire. Doamna
[[PERSON:Carey]] mi-a explicat ca de acum orice scurgere intre doua apartamente e tratata ca
urgenta si ca "e in lucru" nu mai e un raspuns acceptat fara data. Multumesc, si scuze
pentru majusculele din primul mail. [[PERSON:Roxi]] zice ca eram prea nervos, dar cred ca
meritau. [[PERSON:Catalin]]
"""),
    ),
    (
        "fv2v-ro-04",
        "ro",
        _s("""
Către [[ORGANISATION:Colne Valley Living]], echipa de reclamații. Vă scriu în numele mamei
mele, doamna [[PERSON:Veronica Stanciu]], chiriașă la [[ADDRESS:5 Heron Close]],
[[POSTCODE:HD3 4TP]]. Mama are [[AGE:68 de ani]], suferă de [[HEALTH:boala Alzheimer]] în
stadiu incipient și de [[HEALTH:osteoporoză]], iar în ianuarie a căzut pe treapta de la
intrare și și-a rupt încheietura. Eu sunt fiul ei și îngrijitorul ei, [[PERSON:Bogdan Stanciu]].
De un an cerem o rampă și bare de sprijin în baie, cerere
[[REFERENCE:CVL-ADP-00917]]. Toate scrisorile dumneavoastră au venit pe numele mamei, în
engleză; ea le-a pus într-un sertar și a uitat de ele, iar noi am aflat abia în martie că
programarea pentru evaluare fusese ratată și cererea închisă. Numărul ei NHS este
[[OTHER_ID:471 096 2285]], medicul de familie de la [[ADDRESS:Lindley Moor Surgery]] poate
confirma diagnosticul. Mama nu mai poate merge duminica la
[[ADDRESS:Biserica Ortodoxă Sfânta Parascheva]], singurul loc unde se simte acasă. Vă rog să
înregistrați o reclamație oficială și să îmi trimiteți corespondența și mie, la
[[EMAIL:bogdan.stanciu@example.org]].

Revin după două luni: doamna [[PERSON:Nadia Qureshi]], coordonatoarea adaptărilor, a venit
personal, și-a cerut scuze și a redeschis cererea în aceeași zi. Firma
[[ORGANISATION:Pennine Access Ltd]] a montat rampa și barele în trei săptămâni. Mama a primit
250 de lire, iar dosarul are acum notat că scrisorile merg și la mine, cu acordul ei.
Lecția, cum a formulat-o doamna [[PERSON:Qureshi]]: când un chiriaș are o afecțiune care îi
afectează memoria, o cerere nu se închide fără să vorbim cu familia. Duminica trecută mama a
fost din nou la biserică.
"""),
    ),
    (
        "fv2v-ro-05",
        "ro",
        _s("""
Proces-verbal, ședința panelului de locatari [[ORGANISATION:Castlegate Community Housing]], 7
mai. Prezenți: [[PERSON:Gheorghe Vasile]] (președinte, pentru toată lumea nea
[[PERSON:Ghiță]]), [[PERSON:Mei Ling Zhou]], [[PERSON:Delroy Baptiste]],
[[PERSON:Aoife Brennan]], [[PERSON:Mihaela Toma]]. Din partea asociației: doamna
[[PERSON:Hannah Okoro]] (manager reclamații) și domnul [[PERSON:Sean Gallagher]] (coordonator
dezinsecție).

Punctul 2, studiu de caz: gândaci în [[ADDRESS:Amberley House]]. Doamna
[[PERSON:Tigist Haile]], din [[ADDRESS:apartamentul 31]], a raportat gândaci în bucătărie încă
din noiembrie. Are un bebeluș de [[AGE:3 săptămâni]] și un băiat, [[PERSON:Dawit]], de
[[AGE:7 ani]], cu [[HEALTH:dermatită atopică]]. S-au făcut trei tratamente doar în
apartamentul ei, fără rezultat, pentru că gândacii veneau prin canalul de gunoi comun.
Reclamația [[REFERENCE:CCH-2024-1156]] a ajuns în etapa a doua. Remediere: firma
[[ORGANISATION:ClearPest Midlands]] a tratat toate cele 48 de apartamente și canalul de gunoi,
s-a schimbat mobilierul de bucătărie al doamnei [[PERSON:Haile]], care a primit 550 de lire și
scuze scrise. Vecina ei de la [[ADDRESS:apartamentul 32]], doamna [[PERSON:Zhou]], a
confirmat la ședință că și la ea au dispărut.

Discuții: nea [[PERSON:Ghiță]] a întrebat de ce s-au făcut trei vizite în același loc fără
să se uite nimeni la bloc. [[PERSON:Delroy]] a cerut ca tratamentele să fie anunțate și în
alte limbi. Domnul [[PERSON:Gallagher]] a recunoscut că sistemul închidea lucrarea după
fiecare vizită.

Decizii: după a doua raportare de dăunători în același bloc se inspectează tot blocul;
[[PERSON:Mihaela]] și [[PERSON:Aoife]] verifică textul noului afiș. Întrebări pentru panel:
[[EMAIL:panel.locatari@example.org]]. Următoarea ședință: 4 iunie.
"""),
    ),
    (
        "fv2v-ur-01",
        "ur",
        _s("""
آپ نے کہا، ہم نے کیا: [[ORGANISATION:Thornbury Brook Housing]] کا کرایہ داروں کے لیے بلیٹن۔ آپ
نے کہا: محترمہ [[PERSON:شگفتہ پروین]]، جو [[ADDRESS:27 ایش گرو]]، [[POSTCODE:BD7 1LX]] میں
رہتی ہیں، نے بتایا کہ تین سال سے پچھلے کمرے کی دیوار پر سیلن اور کالی پھپھوندی ہے۔ گھر میں تین
بچے ہیں: [[PERSON:عائشہ]]، عمر [[AGE:9 سال]]؛ [[PERSON:حمزہ]]، عمر [[AGE:6 سال]]؛ اور سب سے
چھوٹی [[PERSON:زارا]]، عمر [[AGE:2 سال]]، جسے [[HEALTH:دمہ]] ہے۔ ان کے شوہر [[PERSON:ندیم اقبال]]
رات کو ٹیکسی چلاتے ہیں اور دن میں فون نہیں اٹھا سکتے، اس لیے ہمارے اپوائنٹمنٹ بار بار چھوٹ
گئے اور ہم نے کیس بند کر دیا۔ شکایت نمبر [[REFERENCE:TBH-DM-22109]]۔

ہم نے کیا: ہماری ہاؤسنگ آفیسر [[PERSON:ایما ہیریسن]] نے خود گھر جا کر شام کا وقت طے کیا۔ سروے
میں پتا چلا کہ پچھلی دیوار کا ڈیمپ پروف کورس ٹوٹا ہوا ہے اور باہر مٹی اس سے اوپر چڑھی ہوئی
ہے۔ [[ORGANISATION:Aireborough Building Care]] نے دیوار ٹھیک کی، نالی صاف کی، اور کمرے میں نیا
پلستر اور پنکھا لگایا۔ خاندان کو 600 پاؤنڈ ہرجانہ دیا گیا اور بچوں کے خراب کپڑوں اور گدوں کا
خرچ الگ سے۔ ہمسائے میں [[ADDRESS:نمبر 29]] والے گھر کی دیوار بھی ساتھ ہی چیک کی گئی۔

ہم نے کیا سیکھا: کام کرنے والے کرایہ داروں کے لیے شام اور ہفتے کے دن کے اپوائنٹمنٹ، اور کوئی
سیلن کا کیس صرف اس لیے بند نہیں ہوگا کہ ہم فون پر رابطہ نہ کر سکے۔ محترمہ [[PERSON:شگفتہ]] نے
کہا: "پہلی بار کسی نے میرے وقت کے حساب سے بات کی۔" سیلن یا پھپھوندی کی اطلاع کے لیے فون
کریں: [[PHONE:0113 496 0174]]۔
"""),
    ),
    (
        "fv2v-ur-02",
        "ur",
        _s("""
بخدمت شکایات ٹیم، [[ORGANISATION:Cheadle Brook Housing]]۔ میں [[PERSON:عمران شفیق]] اپنے والد
[[PERSON:محمد شفیق]] کی طرف سے لکھ رہا ہوں، جو [[ADDRESS:فلیٹ 41، گرین گیٹ ٹاور]] میں گیارہویں
منزل پر رہتے ہیں۔ ابو کی عمر [[AGE:80 سال]] ہے، انہیں [[HEALTH:گردوں کی بیماری]] ہے اور ہفتے میں
تین بار ڈائیلاسز کے لیے جانا پڑتا ہے، اور [[HEALTH:موتیا]] کی وجہ سے نظر بھی کمزور ہے۔ اکتوبر
سے اب تک لفٹ سات بار خراب ہوئی، ایک بار پورے نو دن۔ ان دنوں ایمبولینس والے انہیں کرسی پر
اٹھا کر گیارہ منزلیں نیچے لائے، اور دو بار ڈائیلاسز چھوٹ گیا۔ ان کا NHS نمبر
[[OTHER_ID:401 882 6153]] ہے، [[ADDRESS:سلور ڈیل میڈیکل سینٹر]] کے ڈاکٹر تصدیق کر دیں گے۔ ابو
جمعہ کو [[ADDRESS:جامع مسجد غوثیہ]] جایا کرتے تھے، اب مہینوں سے نہیں گئے۔ شکایت نمبر
[[REFERENCE:CBH-LF-8834]]۔ میرا فون [[PHONE:0161 496 0296]]۔

دو مہینے بعد کی اطلاع: شکایات آفیسر [[PERSON:کیرن او سلیوان]] نے تین دن میں جواب دیا اور مانا
کہ ابو کا نام کمزور رہائشیوں کی فہرست میں تھا ہی نہیں۔ لفٹ کمپنی
[[ORGANISATION:Summit Lift Services]] نے موٹر اور دروازوں کا پورا نظام بدل دیا۔ جب تک کام ہوا،
ابو کو نیچے کی منزل پر [[ADDRESS:فلیٹ 3]] میں عارضی طور پر رکھا گیا، اور 700 پاؤنڈ ہرجانہ ملا۔
اب لفٹ خراب ہو تو بلڈنگ مینیجر [[PERSON:ٹونی]] اسی دن ابو کو فون کرتا ہے۔ ان کا سبق: جس
رہائشی کی زندگی لفٹ پر ٹکی ہو، اس کا نام پہلے دن سے فہرست میں ہونا چاہیے۔ ابو پچھلے جمعے
مسجد گئے۔
"""),
    ),
    (
        "fv2v-ur-03",
        "ur",
        _s("""
ریفرل نوٹ۔ بھیجنے والی: [[PERSON:شیرون بلیک]]، فیملی ایڈووکیٹ،
[[ORGANISATION:Leyton Family Advocacy]]، فون [[PHONE:020 7946 0863]]، ای میل
[[EMAIL:sharon.blake@example.org]]۔ وصول کنندہ: [[ORGANISATION:Forest Edge Housing]]، ہاؤسنگ
آپشنز ٹیم۔ پتہ: [[ADDRESS:فلیٹ 14 بی، 9 ڈارنلے روڈ]]، [[POSTCODE:e113qp]]۔ کرایہ داری نمبر
[[REFERENCE:FEH-T-72915]]، ہاؤسنگ رجسٹر نمبر [[REFERENCE:HRN-0388412]]۔

گھر کے افراد: [[PERSON:راشد محمود]]، والد، تاریخ پیدائش [[DATE_OF_BIRTH:6 جون 1984]]، این آئی
نمبر [[NI_NUMBER:WL 40 17 92 B]]؛ [[PERSON:سمیرا راشد]]، والدہ، تاریخ پیدائش
[[DATE_OF_BIRTH:25/01/1992]]، [[OTHER_SPECIAL:اسپاؤس ویزا]] پر، بایومیٹرک کارڈ
[[OTHER_ID:RZ7093316]]؛ [[PERSON:علی]]، عمر [[AGE:12 سال]]؛ [[PERSON:ہانیہ]]، عمر [[AGE:7 سال]]،
تاریخ پیدائش [[DATE_OF_BIRTH:انیس ستمبر 2017]]، [[HEALTH:سیریبرل پالسی]]، وہیل چیئر استعمال
کرتی ہے، [[ADDRESS:ہیدر ووڈ اسپیشل اسکول]] میں پڑھتی ہے؛ [[PERSON:ایان]]، عمر [[AGE:14 ماہ]]۔

صورتحال: پانچ افراد پہلی منزل کے دو کمروں والے فلیٹ میں، جہاں سیڑھیاں تنگ ہیں اور لفٹ نہیں۔
[[PERSON:راشد]] روز [[PERSON:ہانیہ]] کو گود میں اٹھا کر نیچے لاتے ہیں، اور ان کی کمر کا علاج چل رہا ہے۔
گراؤنڈ فلور کے لیے منتقلی کی درخواست 2022 سے پڑی ہے، میڈیکل فارم دو بار "گم" ہوا۔

نتیجہ (اپ ڈیٹ، 12 مئی): شکایت پہلے مرحلے میں قبول ہوئی۔ ہاؤسنگ آفیسر [[PERSON:ڈینیئل ایڈو]]
نے مانا کہ فارم اسکین ہونے کے بعد کسی کو سونپا ہی نہیں گیا۔ خاندان کو میڈیکل ترجیح ملی اور
[[ADDRESS:22 ہالی ویل کلوز]] میں گراؤنڈ فلور کا تین کمروں والا مکان، ریمپ اور واک ان شاور کے
ساتھ۔ 400 پاؤنڈ ہرجانہ۔ سبق: ہر میڈیکل فارم کی رسید پانچ دن میں، اور ایک نامزد آفیسر۔
"""),
    ),
    (
        "fv2v-ur-04",
        "ur",
        _s("""
یار سچ میں بس ہو گئی ہے 😡 [[OTHER_ID:@noor_ki_diary]] یہاں۔ ہم [[ADDRESS:ویورز کورٹ]] میں رہتے
ہیں، [[ADDRESS:بلاک سی، فلیٹ 12]]، [[ADDRESS:مدینہ کیش اینڈ کیری]] کے بالکل اوپر والی بلڈنگ۔ چھ
مہینے سے سیڑھیوں میں لڑکے بیٹھ کر نشہ کرتے ہیں، انٹرکام والا دروازہ ٹوٹا ہوا ہے، اور رات کو
چیخ و پکار۔ میرا چھوٹا بھائی، جسے سب [[PERSON:چھوٹو]] کہتے ہیں، [[AGE:8 سال]] کا ہے اور اب
اکیلا سکول نہیں جاتا۔ امی کو [[HEALTH:ہائی بلڈ پریشر]] ہے، ہر رات پریشان۔ آنٹی [[PERSON:شمیم]]
[[ADDRESS:نمبر 6]] والی نے دو بار پولیس بلائی۔ اے ایس بی کیس [[REFERENCE:WVH-ASB-5127]]، تین
مہینے سے "زیر غور"۔ [[OTHER_ID:@WeaverValeHomes]] کچھ تو کرو!!

اپ ڈیٹ (تین ہفتے بعد): مان گئی، اس بار سنا گیا۔ [[ORGANISATION:Weaver Vale Homes]] کے اے ایس
بی آفیسر [[PERSON:کریگ]] نے امی کو فون کیا، اگلے دن نیبرہڈ مینیجر [[PERSON:فاطمہ زیدی]] کے
ساتھ آئے۔ دروازہ اور انٹرکام ایک ہفتے میں نیا لگ گیا، سیڑھیوں میں کیمرے لگے، پولیس کے ساتھ
مل کر گشت شروع ہوا، اور ایک فلیٹ والوں کو وارننگ ملی۔ امی کو تحریری معافی اور 200 پاؤنڈ
ملے۔ [[PERSON:کریگ]] نے بتایا کہ اب ہر اے ایس بی کیس میں دو ہفتے بعد لازمی فون ہوگا۔
[[PERSON:چھوٹو]] کل پہلی بار خود سیڑھیاں اتر کر گیا 🥹

سبق: چپ مت رہو، لکھ کر شکایت کرو، اور اب سیدھا ہاؤسنگ اومبڈسمین کے پاس بھی جا سکتے ہو۔
[[PERSON:نور]] ✌️
"""),
    ),
    (
        "fv2v-ur-05",
        "ur",
        _s("""
موضوع: چوری کے بعد دو ہفتے سے ٹوٹا دروازہ! [[ORGANISATION:Sparkbrook Vale Homes]] کے ذمہ داران،
میں [[PERSON:طاہرہ نسیم]] ہوں، عمر [[AGE:67 سال]]، اور [[ADDRESS:اوپر والا فلیٹ، 88 کلیرمونٹ روڈ]]،
[[POSTCODE:B11 1HQ]] میں اکیلی رہتی ہوں۔ تیرہ تاریخ کی رات چوروں نے میرا دروازہ توڑا اور کھڑکی
کا شیشہ بھی۔ پولیس آئی، کرائم نمبر ملا، لیکن آپ کی طرف سے صرف ایک تختہ ٹھونک دیا گیا اور
کہا گیا "اگلے ہفتے"۔ دو ہفتے ہو گئے۔ مجھے [[HEALTH:اینگزائٹی]] ہے اور اب رات کو سو نہیں
سکتی، بیٹی [[PERSON:صبا]] کے گھر سوتی ہوں۔ ریپئر نمبر [[REFERENCE:SVH-R-604338]]۔ یہ رسمی
شکایت ہے۔ میرا نمبر ہے [[PHONE:صفر سات سات صفر صفر، نو صفر صفر، چار آٹھ دو]]، ای میل
[[EMAIL:tahira.naseem at example dot org]]۔

دوسری ای میل، ایک ہفتے بعد: میں شکریہ ادا کرنا چاہتی ہوں۔ شکایات آفیسر [[PERSON:ڈیبرا کولنز]]
نے اسی دن فون کیا، معافی مانگی، اور [[ORGANISATION:SecureFix Glazing]] کو بھیجا جنہوں نے اگلے
دن نیا مضبوط دروازہ، دو تالے اور نئی کھڑکی لگا دی۔ نیچے [[ADDRESS:فلیٹ اے]] میں رہنے والے
مسٹر [[PERSON:جوزف]] کا دروازہ بھی چیک کیا گیا۔ مجھے 250 پاؤنڈ ہرجانہ ملا اور متاثرین کی مدد
کرنے والی تنظیم سے رابطہ کروایا گیا۔ [[PERSON:ڈیبرا]] نے بتایا کہ اب چوری کے بعد دروازے اور
کھڑکی کی مرمت 24 گھنٹے میں ہوگی، تختہ صرف ایک رات کے لیے۔ سبق: "اگلے ہفتے" جواب نہیں ہے۔
[[PERSON:طاہرہ]]
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
