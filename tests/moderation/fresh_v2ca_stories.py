"""Fresh version-2 PII test stories, batch ca.

Scanned paper, run through OCR and pasted in as it came out: landlords' stage 1 and stage 2
letters (some translated into the resident's language), residents' handwritten letters and
noise diaries, paper complaint and housing register forms, and printed-out email threads. The
text keeps the scanner's damage: words broken at old line ends ("Mar- garet", "Hargreav es"),
letters misread (O for 0, l for 1, rn for m, Z for 2, Polish and Romanian diacritics dropped,
Arabic and Urdu dots lost so that ي and ة come out as ى and ه, Bengali and Gurmukhi vowel signs
detached or words split), page headers and footers repeated mid-text (a landlord's letterhead
with its phone and email, "Page 1 of 2", a mail client's print footer with the printer's
name), date stamps ("RECEIVED 14 MAR 2024"), and transcriber's notes such as [illegible],
[crossed out: ...] and their Arabic, Bengali, Punjabi, Polish, Romanian and Urdu equivalents.
Marking choices: a garbled token is marked whole as what it is (a split or misread name is one
PERSON span, "O161 496 0728" is a PHONE, "SEl5 4QH" a POSTCODE, "exarnple.org" addresses are
EMAIL); names that are also words are marked only where they are names (Joy but "a joy",
Wiosna but "wiosna za oknem", ਖੁਸ਼ੀ but ਖ਼ੁਸ਼ੀ, আলো, روشنی, ਅਰਮਾਨ, Tudor, Speranța); a signature with an initial ("D. Sahofa", "ف. الحلبى") is one span; every repetition in
a letterhead or footer is marked again (organisation name, phone, email), while the
organisation's own office building, town and web address are left unmarked; text under
[crossed out: ...] is marked like any other; stamps, page numbers, letter dates, event dates,
money, counts and kinship words are unmarked; titles (Mr, Mrs, Dr, جناب, জনাব, ਸ੍ਰੀ, pan,
domnul, السيد) and prefixed particles or clitics (بـ, لـ, lui) stay outside; inflected names
(Grzegorzu, Bożeny, Doinei, রুবিনার) are marked whole; a flat number with its block written
together is one span, the estate its own; named schools, GP surgeries, mosques, churches and
gurdwaras the family uses are ADDRESS; a neighbour's "no. 14" or "flat 3C" is ADDRESS; "account
ending" marks only the digits.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 8 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 2.9% of 35, recall 86.9%, precision 82.4%, on the committed
detector feb0262 (after round 68); leak-free by language ar 1, bn 0, en 0, pa 0, pl 0, ro 0, ur 0 of 5.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2ca-en-01",
        "en",
        _s("""
[[ORGANISATION:BROOKFIELD HOUSlNG TRUST]] Riverside House, Ashton Road, Oldham Tel
[[PHONE:O161 496 0728]] [[EMAIL:complaints@brookfield-ht.example.org]] RECEIVED 14 MAR 2024
Our ref: [[REFERENCE:CMP/24/O0931]] Your ref: tenancy [[REFERENCE:2207-188l]] Mrs
[[PERSON:Mar- garet Oyelaran]] [[ADDRESS:41 Thornley Cl0se]] Chadderton [[POSTCODE:OL9 8PX]]
12 March 2024 Dear Mrs [[PERSON:Oye1aran]], Stage 2 response to your cornplaint Thank you for
meeting our Repairs Manager, Mr [[PERSON:Dev- inder Sahota]], at your home on 26 February. You
told him that the black mould in the back bed- room, where your grandson [[PERSON:Kayden]] (aged
[[AGE:6]]) sleeps, had been reported four times since 0ctober, and that [[PERSON:Kayden]]'s
[[HEALTH:asthma]] had got worse over the winter. Our records show the first report on 9 0ctober
2023 under repair job [[REFERENCE:RJ-77O412]]. An operative wiped the walls and closed the job
the same day. That was not good enough and we are sorry. We have now agreed to: fit a
humidity-controlled extractor fan in the bathroom and the back bed- room; treat and redecorate
the affected walls; and pay £350 in recognition of the time and trouble this caused you.
Page 1 of 2 [[ORGANISATION:BROOKFIELD HOUSlNG TRUST]] Riverside House, Ashton Road, Oldham Tel
[[PHONE:O161 496 0728]] We have also changed how our call centre closes damp and mould jobs: a
surveyor must now see the property first. If you are not satisfied with this response you may
contact the Housing Ombudsman. Please quote our reference [[REFERENCE:CMP/24/O0931]]. Yours
sincerely [illegible signature] [[PERSON:D. Sahofa]] Repairs Manager Page 2 of 2 [handwritten at
the bottom of the page] rang them 18/3, spoke to [[PERSON:Bev]] [illegible] - fan fitted 21st,
walls done. [[PERSON:Kayden]] back in his own room & sleeping through. [crossed out: they
still owe] Money came in April. [[PERSON:Mags O]]
"""),
    ),
    (
        "fv2ca-en-02",
        "en",
        _s("""
[[ORGANISATION:Lanchester Homes]] - Complaint Form (paper) Please write clearly in BLOCK
CAPITALS Page 1 of 3 Name: [[PERSON:ROSE ANN1E MBEKI]] Date of birth:
[[DATE_OF_BIRTH:3O/O7/1958]] NI no: [[NI_NUMBER:QQ 4O 27 61 B]] Address:
[[ADDRESS:FLAT 9, HAWTHORN H0USE]], [[ADDRESS:GREAVES ESTATE]] Postcode: [[POSTCODE:SEl5 4QH]]
Tel: [[PHONE:07700 9OO 384]] Email: [[EMAIL:rosie.mbeki58@exarnple.com]] Tenancy no:
[[REFERENCE:LH-0O48217]] What is your complaint about? The lift in [[ADDRESS:Hawthorn House]]
has been broke since new year. I am [[AGE:65]] and I have [[HEALTH:COPD]] and I can not manage
6 flights with my shopping. My neigh- bour Mr [[PERSON:Ogun]] [illegible] at
[[ADDRESS:no. 14]] carries my bags up for me but he works nights. [[ORGANISATION:Lanchester
Homes]] keep saying the part is on order. [[ORGANISATION:Lanchester Homes]] - Complaint Form
(paper) Page 2 of 3 What would put it right? Fix the lift. Give me a date. Someone to ring me
back who knows what is go- ing on. [crossed out: my daughter [[PERSON:Grace]] can] My grand-
daughter [[PERSON:Grace Mbeki]] will speak for me if I am in hospital, her number is
[[PHONE:07700 900 5l7]]. Office use only: Logged by [[PERSON:K. Fenw1ck]] 22/O2/24 Stage 1
ref [[REFERENCE:ST1-2402-O113]] [[ORGANISATION:Lanchester Homes]] - Complaint Form (paper)
Page 3 of 3 [handwritten follow up on back] The lift was fixed on the 8 March, 3 weeks after
the ombudsman opened case [[REFERENCE:2O24-O3318]]. They paid £200 and have put a stair
climber chair in the lobby for when it breaks again. Thank you to [[PERSON:Tunde]] at the
residents association for writing the letter with me. [[PERSON:R. Mbeki]]
"""),
    ),
    (
        "fv2ca-en-03",
        "en",
        _s("""
[[ORGANISATION:CALDERSIDE C0UNCIL]] Housing Services - Adaptations Team Tel:
[[PHONE:01632 960 415]] Email: [[EMAIL:adaptations@calderside-council.example.org]] Date: 5
Ju1y 2024 Ref: [[REFERENCE:ADP/3318/HB]] Mr [[PERSON:W. Hargreaves]] [[ADDRESS:17 Moorside
Terr- ace]] Todmorden [[POSTCODE:OL14 7HX]] Dear Mr [[PERSON:Hargreav es]], Re: your complaint
about the delay to your level-access shower The occupational therapy report from Dr
[[PERSON:Anjali Rao- Whitfield]] (NHS no. [[OTHER_ID:485 777 3456]]) confirms that you have
[[HEALTH:multiple sc1erosis]] and now use a wheel- chair indoors. The works were approved in
January and passed to our contractor, [[ORGANISATION:Pennine Adapt Ltd]], who did not start
them, and nobody told you why. We uphold your complaint. We will: complete the shower by 6
September; pay £400 for the months you could not bathe safely; and mark out a disabled bay
outside your home for your car, registration [[OTHER_ID:YK19 WR0]]. Page 1 of 2
[[ORGANISATION:CALDERSIDE C0UNCIL]] Housing Services Tel: [[PHONE:01632 960 415]] We have
also added a weekly check of every approved adaptation that has not started. If you remain
unhappy you can ask the Housing Ombudsman to look at this. Yours sincerely
[[PERSON:Siobhan 0'Keeffe]] Adaptations Manager Page 2 of 2 [Handwritten note stapled to
letter, partly illegible:] To whoever reads this - my name is [[PERSON:Bill]], every one calls me
[[PERSON:Bill]] not [[PERSON:William]]. Shower went in 2 Sept. Lad from
[[ORGANISATION:Pennine Adapt]] called [[PERSON:Marek]] was brilliant, tidied up after. My wife
[[PERSON:Joy]] can stop washing me at the sink now, which is a joy in itself. [illegible] the ref
I gave the Ombudsman was [[REFERENCE:2O24-l1876]]. Ring me on [[PHONE:O7700 900 642]] any day
after 10.
"""),
    ),
    (
        "fv2ca-en-04",
        "en",
        _s("""
[[ORGANISATION:NORVALE HOUSlNG GROUP]] - RECEIVED 02 APR 2024 - ASB TEAM Noise diary (copy)
kept by [[PERSON:Hope Nw0su]], [[ADDRESS:Flat 3B, Carrow Mansi- ons]], [[POSTCODE:N17 6RD]]. ASB
case no. [[REFERENCE:ASB-24-OO57]] Sat 2 Mar - music from the flat above ([[ADDRESS:flat 3C]]?)
[illegible] till 3.40am. [[PERSON:Jude]] woke up screaming, he is [[AGE:11]] and
[[HEALTH:autistic]], the bass sends him into melt- down. Mon 4 Mar - rang [[ORGANISATION:Norvale]]
on [[PHONE:020 7946 0O91]], told to fill in a diary. Again. Thu 7 Mar - same man on the stairs
filming me, put it up on his page [[OTHER_ID:@carrow_k1ngpin]] with my front door in it. Page 1
of 2 Noise diary - [[PERSON:H. Nwosu]] Fri 8 Mar - [[PERSON:Jude]] refused to go to
[[ADDRESS:Ferncliffe Prirnary]], no sleep 3 nights. Sun 10 Mar - could not go to
[[ADDRESS:St Barnabas Church]], too tired, first time in years. [typed note added by housing
officer:] Visit 19/03/24 by [[PERSON:Dean Pr1tchard]], Neighbourhood Officer. Tenant of
[[ADDRESS:flat 3C]] interviewed, acceptable behaviour contract signed. Video removed from
[[OTHER_ID:@carrow_k1ngpin]] after our request to the platform. Sound- proofing survey booked
with [[ORGANISATION:Quietline Acoustics]]. Tenant to contact me direct on
[[PHONE:07700 900 226]] or [[EMAIL:d.pritchard@norvale.example.org]] Page 2 of 2 Noise diary -
[[PERSON:H. Nwosu]] [handwritten, bottom:] Much better since April. Mr [[PERSON:Pritchard]]
listened, first one who did. Floor insulation done in May. [[PERSON:Jude]] back at school and
sleeping. If you are keeping a diary, keep it every night, even the quiet ones. - [[PERSON:H0pe]]
"""),
    ),
    (
        "fv2ca-en-05",
        "en",
        _s("""
From: [[PERSON:Priya Chauhan]] <[[EMAIL:priya.chauhan87@example.com]]> Sent: 14 Novem- ber
2023 21:06 To: Repairs <[[EMAIL:repairs@greenway-living.example.org]]> Subject: RE: No
heating - job [[REFERENCE:GW/R/55O12]] Hi, this is the fourth time I am writing. The boiler at
[[ADDRESS:66 Elrnfield Avenue]], [[POSTCODE:LE2 3WN]] has been off since 2 Nov. My son
[[PERSON:Arjun]] is [[AGE:4 months]] old and my mother-in-law, who lives with us, has
[[HEALTH:heart fai1ure]]. The engineer from [[ORGANISATION:Heatwise Servi- ces]] came on the 6th,
said the heat exchanger is cracked and left two fan heaters. Our electric has gone through the
roof. Please call me on [[PHONE:07700 9OO 871]]. [[PERSON:Priya]] Printed by: [[PERSON:Lomax, Caro1]]
15/11/2023 09:12 Page 1 of 2 From: [[PERSON:Carol Lomax]] <[[EMAIL:c.lomax@greenway-living.example.org]]>
Sent: 15 November 2023 16:40 To: [[PERSON:Priya Chauhan]] Subject: Stage 1 complaint
[[REFERENCE:GW-CMP-2311-O48]] Dear Mrs [[PERSON:Chauhan]], I am sorry. I have read your
emails and the engineer's notes and I uphold your complaint. [[ORGANISATION:Greenway Living]]
should have treated a house with a baby and a tenant with a heart condition as a priority, and
we did not. A new boiler will be fitted on Friday 17 November by [[ORGANISATION:Heatwise]]. We
will refund the extra electricity (please send me your last two bills) and pay £180 for the
distress. Regards, [[PERSON:Carol Lomax]] Complaints Officer, [[ORGANISATION:Greenway Living]]
[[PHONE:0116 496 0342]] Printed by: [[PERSON:Lomax, Caro1]] 15/11/2023 09:12 Page 2 of 2
[handwritten across the foot:] Boiler in 17/11 - [[PERSON:Arjun]]'s first warm night in his
own cot. Refund paid. [[PERSON:Ravi]] says put in that we are grateful to
[[PERSON:Caro l]]. - [[PERSON:P. Chauhan]]
"""),
    ),
    (
        "fv2ca-ar-01",
        "ar",
        _s("""
صفحة ١ من ٢ — RECEIVED 03 FEB 2024 — [[ORGANISATION:ASHDOWN HOUSlNG]] إلى قسم الشكاوى في
[[ORGANISATION:اشداون للاسكان]]، تحيه طيبه وبعد، اسمي [[PERSON:فاطمه الزهر اء الحلبى]]،
وأسكن مع زوجي وأولادي الثلاثه في [[ADDRESS:الشقه ٦، ٢٢ هوليس رود]]، ليدز
[[POSTCODE:LS9 7QN]]. رقم عقد الإيجار [[REFERENCE:AH-55210٩]]. نحن عائله
[[OTHER_SPECIAL:سوريه]] وصلنا إلى بريطانيا سنه ٢٠١٩ بصفه [[OTHER_SPECIAL:لاجئين]]، وهذا
أول بيت نسكنه هنا. منذ تشرين الأول والتدفئه لا تعمل، والماء الساخن ىنقطع كل يومين. ابني
الصغير [[PERSON:ىوسف]] عمره [[AGE:٤ سنوات]] وعنده [[HEALTH:الربو]]، ودخل المستشفى مرتين في
كانون الأول بسبب البرد. اتصلت بكم على الرقم [[PHONE:0113 496 0O27]] أكثر من عشر مرات، وفي كل
مره يقولون إن المهندس سيأتي غداً. [غير مقروء] جاء مره واحده فقط وقال إن القطعه غير
متوفره، ولم يعد. صفحة ٢ من ٢ — RECEIVED 03 FEB 2024 — [[ORGANISATION:ASHDOWN HOUSlNG]]
ساعدني جارنا [[PERSON:أبو سامر]] في كتابه هذه الرساله. أطلب إصلاح التدفئه خلال أسبوع،
وتعويضاً عن فواتير المدافئ الكهربائيه، وأن يتصل بي شخص يتكلم العربيه. رقمي
[[PHONE:٠٧٧٠٠ ٩٠٠ ٣١٨]]، ويمكنكم مراسله ابنتي [[PERSON:رهف]] على
[[EMAIL:rahaf.h@example.org]] لأنها تقرأ الإنجليزيه جيداً. [شطب: ابنتي عمرها
[[AGE:١٥ سنه]] فقط] التوقيع: [[PERSON:ف. الحلبى]] [ملاحظه بخط اليد أضيفت لاحقاً:] أصلحوا
المرجل في ١٢ شباط ودفعوا ٢٦٠ جنيهاً، واعتذروا كتابياً. الموظفه [[PERSON:كير ي]] من
[[ORGANISATION:اشداون]] كانت لطيفه جداً واتصلت بنا عن طريق مترجم. لا تسكتوا إذا تعطلت
التدفئه، فالشكوى حق لكم.
"""),
    ),
    (
        "fv2ca-ar-02",
        "ar",
        _s("""
[[ORGANISATION:Riverbank Homes]] | Tel [[PHONE:0117 496 0553]] |
[[EMAIL:help@riverbank-homes.example.org]] | www.riverbank-homes.example.org ترجمه إلى
العربيه — النص الأصلي بالإنجليزيه التاريخ: ٩ ايار ٢٠٢٤ مرجعنا:
[[REFERENCE:RBH/C/2O24/1187]] السيد [[PERSON:خالد منصور]] والسيده [[PERSON:منى منصور]]
[[ADDRESS:9 Birch Grove]]، بريستول [[POSTCODE:BSll 0RT]] الموضوع: رد المرحله الثانيه على
شكواكم بشأن الرطوبه والعفن عزيزي السيد [[PERSON:منصو ر]]، نشكركم على صبركم. راجعنا ملفكم
كاملاً، بما في ذلك رساله الطبيب العام في [[ADDRESS:عياده ويستبري بارك]] التي تذكر أن ابنتكم
[[PERSON:نور]]، البالغه [[AGE:١٨ شهراً]]، تعاني من التهابات صدريه متكرره، وأن السيده
[[PERSON:منى]] مصابه بـ[[HEALTH:فقر الدم المنجلي]] ويؤثر البرد والرطوبه على صحتها. نقر بأن
بلاغكم الأول في ١٤ تشرين الثاني ٢٠٢٣ (أمر الإصلاح رقم [[REFERENCE:WO-66O193]]) أغلق دون
زياره، وأن المقاول [[ORGANISATION:Avon Damp Solutions]] لم ىحضر في الموعدين التاليين. هذا
خطأ منا ونعتذر عنه. [[ORGANISATION:Riverbank Homes]] | Tel [[PHONE:0117 496 0553]] | Page 1
of 2 سنقوم بما يلي: تركيب نظام تهويه في البيت كله، ومعالجه الجدران وإعاده دهانها،
واستبدال سجاده غرفه [[PERSON:نور]] وأثاثها المتضرر، ودفع تعويض قدره ٤٧٥ جنيهاً. كما غيرنا
إجراءاتنا: لن يغلق أي بلاغ عن العفن قبل أن يزور مساح البيت. إذا لم تكونوا راضين عن هذا
الرد يمكنكم التواصل مع أمين المظالم للإسكان. مع التحيه، [[PERSON:Sarah Th0mpson]] /
[[PERSON:ساره طومسون]]، مديره الشكاوى [[ORGANISATION:Riverbank Homes]] | Tel
[[PHONE:0117 496 0553]] | Page 2 of 2 [بخط اليد على الهامش:] جاؤوا يوم ٢٠ ايار وانتهى العمل
في أسبوع. الغرفه جافه الآن. شكراً لـ[[PERSON:ساره]]. — [[PERSON:خ. منصو ر]]
"""),
    ),
    (
        "fv2ca-ar-03",
        "ar",
        _s("""
[صوره ضوئيه لرساله مكتوبه بخط اليد — الصفحه ١] السلام عليكم، أنا
[[PERSON:عبدالر حيم بن عىسى]]، مستأجر عند [[ORGANISATION:Glanmor Housing Partnership]] منذ
سنه ٢٠١٤. أنا [[OTHER_SPECIAL:مغربي]] الأصل وأعمل سائق تاكسي في كارديف. بيتنا في
[[ADDRESS:31 Heol Fach]]، [[POSTCODE:CF5 2NL]]، قريب من [[ADDRESS:مسجد النور]] الذي نصلي
فيه. في شهر أيلول بدأ السقف يسرب الماء فوق غرفه ابنتي [[PERSON:سلمى]]، عمرها
[[AGE:٨ سنوات]] وتدرس في [[ADDRESS:مدرسه ويلو بانك الابتدائيه]]. في كل ليله ممطره كنا نضع
ثلاثه دلاء، وصارت [[PERSON:سلمى]] تنام في غرفتنا. بلغت [[ORGANISATION:غلانمور]] ست مرات،
ورقم البلاغ [[REFERENCE:GHP-R-4O8817]]. جاء عمال [[ORGANISATION:Dyfed Roofing]] مرتين ووضعوا
قماشاً على السطح فقط. [الصفحه ٢] [[PERSON:عبدالر حيم بن عىسى]] — [[PHONE:029 2O18 0954]]
في كانون الأول كتبت إلى أمين المظالم للإسكان، ورقم القضيه عندهم [[REFERENCE:2O23-O4471]].
بعد ذلك اتصلت بي [[PERSON:Rhian]] من قسم الشكاوى، وجاءت إلى البيت بنفسها، ورأت [illegible]
السقف والجدار الأسود. خلال شهر تم تغيير السقف كله، ودفعوا لنا ٧٠٠ جنيه، وأعادوا دهان
الغرفه. [شطب: والحمد لله على كل حال] نصيحتي: اكتبوا كل شيء واحتفظوا بالصور والتواريخ.
بريدي [[EMAIL:a.benaissa@exarnple.org]] إذا أراد أحد أن يسألني عن التجربه.
[[PERSON:عبدالرحيم]]
"""),
    ),
    (
        "fv2ca-ar-04",
        "ar",
        _s("""
من: [[PERSON:ليلى حداد]] <[[EMAIL:layla.haddad@example.com]]> إلى:
[[EMAIL:asb@harbourside-homes.example.org]] التاريخ: ٢٨ اذار ٢٠٢٤ ١٠:٢٢ الموضوع: بلاغ سلوك
معاد للمجتمع — قضيه رقم [[REFERENCE:ASB/24/O319]] السيده [[PERSON:جيما]] المحترمه، أكتب
لكم للمره الرابعه. منذ سته أشهر يصرخ علينا شباب في الدرج لأننا [[OTHER_SPECIAL:عرب]]
و[[OTHER_SPECIAL:مسلمون]]، وىكتبون كلمات قبيحه على باب بيتنا في
[[ADDRESS:14 Tregear Road]]، [[POSTCODE:PO2 8HU]]. أحدهم صور زوجي [[PERSON:وائل]] وهو يمسح
الباب ونشر الفيديو على حساب [[OTHER_ID:@north_end_lads]]. زوجي يعاني من
[[HEALTH:الاكتئاب]] منذ سنتين، وبعد الفيديو لم يعد يخرج من البيت. Printed 12/04/2024 09:14
— https://mail.example.org/owa/?ae=Item — 1/2 أرجو أن تنقلونا أو أن تتخذوا إجراء ضد
المستأجرين في [[ADDRESS:رقم ١٨]]. رقمي [[PHONE:٠٧٧٠٠ ٩٠٠ ٧٣٥]]. [[PERSON:ليلى]] From:
[[PERSON:Gemma Doyle]] <[[EMAIL:g.doyle@harbourside-homes.example.org]]> Sent: 02 April 2024
15:47 Dear Mrs [[PERSON:Haddad]], I have reviewed case [[REFERENCE:ASB/24/O319]] and I am sorry
it took four reports. [[ORGANISATION:Harbourside Homes]] has served a warning on the tenants
at [[ADDRESS:no. 18]], asked the platform to remove the video, and fitted a door camera for
you. Our tenancy support worker will call [[PERSON:Wael]] this week. You can reach me on
[[PHONE:023 9496 0612]]. [[PERSON:Gemma]] Printed 12/04/2024 09:14 —
https://mail.example.org/owa/?ae=Item — 2/2 [بخط اليد:] الكاميرا أوقفتهم، والفيديو حذف بعد
ىومين. [[PERSON:وائل]] بدأ يخرج مره أخرى. شكراً [[PERSON:جيما]].
"""),
    ),
    (
        "fv2ca-ar-05",
        "ar",
        _s("""
[[ORGANISATION:Sheffield City Council]] — Housing Register / استماره التسجيل في سجل الإسكان —
Page 1 of 3 الاسم الكامل: [[PERSON:آمنه عثمان عبدالله]] تاريخ الميلاد:
[[DATE_OF_BIRTH:١٢/٠٣/١٩٨٧]] رقم التأمين الوطني: [[NI_NUMBER:QQ 6l 48 20 D]] رقم تصريح
الإقامه (BRP): [[OTHER_ID:ZR4O71236]] وضع الهجره: [[OTHER_SPECIAL:لاجئه]] العنوان الحالي:
[[ADDRESS:Flat 2, 118 Abbeydale Road]]، [[POSTCODE:S7 1FD]] رقم الطلب:
[[REFERENCE:SHR-2O23-88l72]] الهاتف: [[PHONE:07700 900 9l4]] أفراد الأسره:
[[PERSON:محمد]] ([[AGE:١١]])، [[PERSON:رؤى]] ([[AGE:٧]])، [[PERSON:أمل]] ([[AGE:٣]])
[[ORGANISATION:Sheffield City Council]] — Housing Register — Page 2 of 3 لماذا تحتاجون إلى
سكن آخر؟ (بخط اليد) نسكن نحن الأربعه في غرفه واحده فوق محل. أنا [[OTHER_SPECIAL:سودانيه]]
وأطفالي ولدوا هنا. الجدار رطب والشباك لا ىغلق. [[PERSON:محمد]] ينام على الأرض ويذهب إلى
[[ADDRESS:مدرسه نيثر إيدج]] بحافلتين كل صباح. [[PERSON:أمل]] عندها [[HEALTH:الأكزيما]]
وتسوء مع الرطوبه. وضعوني في الفئه C مع أننا أربعه في غرفه واحده. [شطب: رقم هاتف زوجي
السابق] [[ORGANISATION:Sheffield City Council]] — Housing Register — Page 3 of 3 [ملاحظه
مضافه بخط مختلف:] قدمت شكوى في آذار لأن أحداً لم يقرأ قسم الاكتظاظ في الاستماره. اتصل بي
[[PERSON:Tom Ashw orth]] من فريق السجل، واعترف بالخطأ، ونقلنا إلى الفئه A. انتقلنا في تموز
إلى بيت فيه ثلاث غرف، و[[PERSON:رؤى]] لها سرير لأول مره. التوقيع: [[PERSON:آ. عثمان]]
"""),
    ),
    (
        "fv2ca-bn-01",
        "bn",
        _s("""
পৃষ্ঠা ১ / ২ — RECEIVED 11 JAN 2024 — [[ORGANISATION:EASTBROOK HOMES]] প্রতি, অভিযোগ বিভাগ,
[[ORGANISATION:ইস্টব্রুক হোমস]] আমার নাম [[PERSON:নাসরি ন আক্তা র]]। আমি
[[ADDRESS:ফ্ল্যাট ১২, কেনেট হাউস]], [[ADDRESS:সেন্ট জুডস এস্টেট]], [[POSTCODE:El 4QX]]-এ
তিন সন্তান নিয়ে থাকি। ভাড়ার নম্বর [[REFERENCE:EBH-৪৪১৯০২]]। গত অক্টোবর থেকে বাথরুমের ছাদ
দিয়ে পানি পড়ছে, উপরের [[ADDRESS:১৬ নম্বর ফ্ল্যাট]] থেকে। দেয়াল জুড়ে কালো ছত্রাক, ঘরে
গন্ধ। আমার বড় ছেলে [[PERSON:তানভী রের]] বয়স [[AGE:৯ বছর]], ওর [[HEALTH:হাঁপা নি]] আছে,
রাতে কাশতে কাশতে ঘুমাতে পারে না। আমি [[PHONE:020 7946 0188]] নম্বরে অন্তত আট বার ফোন করেছি।
[অস্পষ্ট] একজন লোক এসে দেখে বলল উপরের ফ্ল্যাটের পাইপ ফুটো, কিন্তু তারপর আর কেউ আসেনি।
পৃষ্ঠা ২ / ২ — RECEIVED 11 JAN 2024 — [[ORGANISATION:EASTBROOK HOMES]] ছোট মেয়ে
[[PERSON:মুনা]] [[ADDRESS:হাইবেরি গার্ডেনস প্রাইমারি]]-তে পড়ে, সে এখন বাথরুমে যেতে ভয়
পায়। আমি চাই পাইপ ঠিক হোক, ছত্রাক পরিষ্কার হোক, আর কেউ আমাকে জানাক কবে আসবে। আমার ফোন
[[PHONE:০৭৭০০ ৯০০ ৪৩২]]। ইংরেজি চিঠি পড়তে আমার ভাই [[PERSON:জাহাঙ্গী র]] সাহায্য করে।
[কাটা: ভাইয়ের নম্বর [[PHONE:07700 900 4O9]] দরকার হলে] স্বাক্ষর: [[PERSON:ন. আক্তার]]
[পরে হাতে লেখা:] ফেব্রুয়ারিতে উপরের পাইপ বদলেছে, বাথরুম নতুন করে রং করেছে, ৩০০ পাউন্ড
ক্ষতিপূরণ দিয়েছে। অফিসার [[PERSON:Sharmin]] খুব ভালো ছিলেন, বাংলায় কথা বলেছেন।
[[PERSON:তানভীরের]] কাশি অনেক কমেছে।
"""),
    ),
    (
        "fv2ca-bn-02",
        "bn",
        _s("""
[[ORGANISATION:Pennine Northern Homes]] · [[PHONE:0161 496 0915]] ·
[[EMAIL:customer@pnh.example.org]] · অনুবাদ: বাংলা তারিখ: ৩ জুন ২০২৪ আমাদের রেফারেন্স:
[[REFERENCE:PNH/ST2/O0488]] জনাব [[PERSON:আবদুল মালিক]] [[ADDRESS:58 Warren Lane]], ওল্ডহ্যাম
[[POSTCODE:OL8 2JB]] প্রিয় জনাব [[PERSON:মা লিক]], বিষয়: রান্নাঘর অভিযোজন নিয়ে আপনার
অভিযোগের দ্বিতীয় পর্যায়ের উত্তর। আপনি জানিয়েছেন যে ২০২৩ সালের মার্চে আপনার স্ত্রী
[[PERSON:রুবিনা বেগমের]] [[HEALTH:স্ট্রোক]] হওয়ার পর থেকে তিনি হুইলচেয়ার ব্যবহার করেন, এবং
রান্নাঘরের ওয়ার্কটপ নিচু করার কাজ এক বছরেও শুরু হয়নি। আমাদের ঠিকাদার
[[ORGANISATION:Moorcroft Building Services]] তিনবার সময় দিয়েও আসেনি, আর আমরা আপনাকে কারণ
জানাইনি। আমরা আপনার অভিযোগ পুরোপুরি মেনে নিচ্ছি। [[ORGANISATION:Pennine Northern Homes]] ·
[[PHONE:0161 496 0915]] · পৃষ্ঠা ১ / ২ আমরা যা করব: ১৫ জুলাইয়ের মধ্যে রান্নাঘরের কাজ শেষ
করব; [[PERSON:রুবিনার]] জন্য অকুপেশনাল থেরাপিস্ট আবার এসে সিঙ্ক ও চুলার উচ্চতা দেখবেন;
এবং ৫৫০ পাউন্ড ক্ষতিপূরণ দেব। আপনার ছেলে [[PERSON:ফাহি ম]] যে দিনগুলো কাজ থেকে ছুটি নিয়ে
মায়ের দেখাশোনা করেছেন, সেটাও আমরা বিবেচনা করেছি। ঠিকাদারদের কাজ এখন প্রতি সপ্তাহে পরীক্ষা
করা হবে। উত্তরে সন্তুষ্ট না হলে আপনি হাউজিং ওম্বুডসম্যানের কাছে যেতে পারেন। বিনীত,
[[PERSON:Helen Brier1ey]] / [[PERSON:হেলেন ব্রায়ারলি]], অভিযোগ প্রধান
[[ORGANISATION:Pennine Northern Homes]] · [[PHONE:0161 496 0915]] · পৃষ্ঠা ২ / ২ [হাতে লেখা,
নিচে:] কাজ শেষ হয়েছে ২৯ জুলাই, দুই সপ্তাহ দেরিতে, তবে ভালো কাজ। এখন [[PERSON:রুবিনা]] নিজে
চা বানাতে পারে। — [[PERSON:আ. মালিক]]
"""),
    ),
    (
        "fv2ca-bn-03",
        "bn",
        _s("""
[[ORGANISATION:Cole Valley Housing]] — Complaint Form / অভিযোগ ফরম — Page 1 of 2 নাম:
[[PERSON:মুক্তা বেগম]] জন্ম তারিখ: [[DATE_OF_BIRTH:২২/0৯/১৯৭৯]] ন্যাশনাল ইন্স্যুরেন্স
নম্বর: [[NI_NUMBER:QQ 73 l5 09 A]] ঠিকানা: [[ADDRESS:৪৭ স্টোনি লেন]], বার্মিংহাম
[[POSTCODE:B12 8LX]] ফোন: [[PHONE:0121 496 0O62]] মোবাইল: [[PHONE:০৭৭০০ ৯০০ ১৫৮]] ইমেইল:
[[EMAIL:mukta.begum79@exarnple.com]] টেন্যান্সি নম্বর: [[REFERENCE:CVH-2l-30458]] অভিযোগের
বিবরণ (হাতে লেখা): বাড়ির সামনের সিঁড়ির রেলিং আগস্ট থেকে ভেঙে পড়ে আছে। আমার স্বামী
[[PERSON:আব্দুর রহ মান]] [[HEALTH:ডায়াবেটিস]] আর [[HEALTH:চোখের ছানি]] নিয়ে ভালো দেখতে পান
না। নভেম্বরে তিনি পড়ে গিয়ে ডান হাত ভেঙেছেন। চার বার ফোন করেছি, প্রতিবার বলে "জব তোলা
হয়েছে"। [[ORGANISATION:Cole Valley Housing]] — Complaint Form — Page 2 of 2 কী করলে ঠিক হবে?
রেলিং লাগান, সিঁড়ির ভাঙা ধাপ ঠিক করুন। আমার [[AGE:১৪ বছরের]] মেয়ে [[PERSON:সোনিয়া]] স্কুল
থেকে ফিরে বাবাকে ধরে ধরে সিঁড়ি দিয়ে ওঠায়, এটা ওর কাজ না। [অস্পষ্ট] Office use only:
Received by [[PERSON:J. Okonkw o]] 04/12/23 Stage 1 ref [[REFERENCE:ST1/23/778l]] [পরে যোগ
করা:] রেলিং লাগানো হয়েছে ১৮ ডিসেম্বর, ধাপও ঠিক করেছে। ওরা ক্ষমা চেয়ে চিঠি দিয়েছে আর
২৫০ পাউন্ড দিয়েছে। এখন অন্য ব্লকের রেলিংও পরীক্ষা করছে। আমার পরামর্শ: ফোনের পরে ইমেইলেও
লিখে রাখুন। — [[PERSON:মুক্তা]]
"""),
    ),
    (
        "fv2ca-bn-04",
        "bn",
        _s("""
From: [[PERSON:Shapla Khatun]] <[[EMAIL:shapla.k@example.com]]> To:
[[EMAIL:complaints@chilternvale.example.org]] Sent: 19 February 2024 22:14 Subject: ছত্রাক —
অভিযোগ নম্বর [[REFERENCE:CV-CMP-24-O612]] আমি [[PERSON:শাপলা খাতুন]],
[[ADDRESS:Flat 5, 21 Bury Park Road]], লুটন [[POSTCODE:LU1 lHE]]। শোবার ঘরে জানালা ছোট, ঘরে
আলো ঢোকে না, আর দেয়াল ভেজা থাকে সারা বছর। আমার মেয়ে [[PERSON:আলো]], বয়স [[AGE:২ বছর]],
এই শীতে তিন বার বুকের সংক্রমণে ভুগেছে। [[ADDRESS:ডালো লেন সার্জারি]]-র ডাক্তার চিঠি দিয়েছেন
যে ছত্রাক ওর জন্য ক্ষতিকর। আমার নিজেরও [[HEALTH:ডিপ্রেশন]] আছে, একা সব সামলাতে পারছি না।
ফোন: [[PHONE:07700 900 2O5]] Printed: 26/02/2024 08:51 https://mail.example.com/inbox 1/2
From: [[PERSON:Imran Siddiqu i]] <[[EMAIL:i.siddiqui@chilternvale.example.org]]> Sent: 23
February 2024 11:30 প্রিয় [[PERSON:শাপলা]], আমি [[ORGANISATION:Chiltern Vale Housing]]-এর
অভিযোগ কর্মকর্তা। আপনার চিঠি আর ডাক্তারের চিঠি পড়েছি, এবং আমরা দুঃখিত। আগামী সোমবার
ছত্রাক বিশেষজ্ঞ আসবেন। কাজ চলার সময় আপনারা [[ADDRESS:ফ্ল্যাট ১৪, ওক হাউস]]-এ থাকতে
পারবেন, খরচ আমাদের। জানালায় ট্রিকল ভেন্ট আর নতুন এক্সট্রাক্টর লাগানো হবে। সরাসরি
ফোন: [[PHONE:01632 960 3l8]]। [[PERSON:ইমরান]] Printed: 26/02/2024 08:51
https://mail.example.com/inbox 2/2 [হাতে লেখা:] মার্চে ফিরে এসেছি, ঘর শুকনো।
[[PERSON:আলোর]] কাশি নেই। ধন্যবাদ [[PERSON:ইমরান]] ভাই।
"""),
    ),
    (
        "fv2ca-bn-05",
        "bn",
        _s("""
পৃষ্ঠা ১ — [[ORGANISATION:Tower Riverside Housing]] — RECEIVED 27 SEP 2023 সালাম। আমি হাজী
[[PERSON:ফজলুর রহ মান]], বয়স [[AGE:৭৮ বছর]]। [[ADDRESS:ফ্ল্যাট ৪৩]],
[[ADDRESS:ব্ল্যাকওয়াল টাওয়ার]], [[POSTCODE:El4 9QD]]-এ এগারো তলায় থাকি। আমি
[[OTHER_SPECIAL:সিলেটি]], ইংরেজি পড়তে পারি না, আমার নাতি [[PERSON:রাফি]] এই চিঠি লিখে দিচ্ছে।
জুলাই থেকে দুটো লিফটই বারবার বন্ধ থাকে। আমার [[HEALTH:হার্টের অসুখ]] আর
[[HEALTH:আর্থ্রাইটিস]], এগারো তলা সিঁড়ি ভাঙতে পারি না। তিন সপ্তাহ
[[ADDRESS:বায়তুল আমান মসজিদে]] যেতে পারিনি, ডাক্তারের কাছেও যেতে পারিনি। ডাক্তার
[[PERSON:রশিদ]] আপনাদের চিঠি দিয়েছেন [অস্পষ্ট]। পৃষ্ঠা ২ — [[ORGANISATION:Tower Riverside
Housing]] — RECEIVED 27 SEP 2023 লিফট মেরামত রেফারেন্স [[REFERENCE:LFT-23-O0917]], ভাড়ার
নম্বর [[REFERENCE:TRH/1O/44826]]। লিফট বন্ধ থাকলে আমাকে নিচতলায় কোথাও রাখার ব্যবস্থা করুন।
নাতির ফোন: [[PHONE:07700 900 6l3]] [কাটা: [[PERSON:রাফির]] ইমেইল ঠিকানা] স্বাক্ষর:
[[PERSON:ফ. রহমা ন]] [পরে যোগ করা, অন্য হাতে:] অক্টোবরে দুটো লিফটেই নতুন মোটর লাগানো হয়েছে।
এখন লিফট দুই দিনের বেশি বন্ধ থাকলে ওরা নিচতলার একটা খালি ফ্ল্যাট দেয়। অফিসার
[[PERSON:Kelly-Ann]] নিজে এসে দাদাকে দেখে গেছেন। আমার কথা: শুধু ফোন করবেন না, লিখিত
অভিযোগ করুন, তারিখ লিখে রাখুন। — [[PERSON:রাফি]]
"""),
    ),
    (
        "fv2ca-pa-01",
        "pa",
        _s("""
ਸਫ਼ਾ ੧ / ੨ — RECEIVED 08 NOV 2023 — [[ORGANISATION:BRENTSIDE HOUSlNG]] ਸ਼ਿਕਾਇਤ ਵਿਭਾਗ,
[[ORGANISATION:ਬ੍ਰੈਂਟਸਾਈਡ ਹਾਊਸਿੰਗ]] ਜੀ, ਮੇਰਾ ਨਾਂ [[PERSON:ਹਰਪ੍ਰੀਤ ਕੋਰ ਸੰਧੂ]] ਹੈ। ਮੈਂ ਆਪਣੇ
ਪਤੀ, ਧੀ ਅਤੇ ਸਹੁਰਾ ਜੀ ਨਾਲ [[ADDRESS:੩੨ ਡੋਰਮਰਜ਼ ਰਾਈਜ਼]], ਸਾਊਥਾਲ [[POSTCODE:UBZ 4LD]] ਵਿੱਚ
ਰਹਿੰਦੀ ਹਾਂ। ਕਿਰਾਏਦਾਰੀ ਨੰਬਰ [[REFERENCE:BH-੦੦੭੨੧੪]]। ਪਿਛਲੇ ਅਗਸਤ ਤੋਂ ਪਿਛਲੇ ਦਰਵਾਜ਼ੇ ਦਾ
ਤਾਲਾ ਟੁੱਟਿਆ ਹੋਇਆ ਹੈ ਅਤੇ ਬਾਥਰੂਮ ਦਾ ਫ਼ਰਸ਼ ਹੇਠਾਂ ਧਸ ਰਿਹਾ ਹੈ। ਮੇਰੇ ਸਹੁਰਾ ਜੀ ਨੂੰ
[[HEALTH:ਪਾਰਕਿੰ ਸਨ]] ਹੈ, ਉਹ ਦੋ ਵਾਰ ਬਾਥਰੂਮ ਵਿੱਚ ਤਿਲਕ ਚੁੱਕੇ ਹਨ। ਮੇਰੀ ਧੀ [[PERSON:ਖੁਸ਼ੀ]]
[[AGE:੭ ਸਾਲ]] ਦੀ ਹੈ ਅਤੇ ਰਾਤ ਨੂੰ ਡਰਦੀ ਹੈ ਕਿ ਕੋਈ ਪਿਛਲੇ ਦਰਵਾਜ਼ੇ ਰਾਹੀਂ ਅੰਦਰ ਆ ਜਾਵੇਗਾ। ਘਰ
ਵਿੱਚ ਕੋਈ ਖ਼ੁਸ਼ੀ ਨਹੀਂ ਰਹੀ। ਮੈਂ [[PHONE:020 7946 0O57]] 'ਤੇ ਛੇ ਵਾਰ ਫ਼ੋਨ ਕੀਤਾ, ਹਰ ਵਾਰ ਨਵਾਂ
ਜੌਬ ਨੰਬਰ ਮਿਲਿਆ ਪਰ ਕੋਈ ਨਹੀਂ ਆਇਆ। ਸਫ਼ਾ ੨ / ੨ — RECEIVED 08 NOV 2023 —
[[ORGANISATION:BRENTSIDE HOUSlNG]] [ਅਸਪਸ਼ਟ] [[ADDRESS:ਗੁਰਦੁਆਰਾ ਨਾਨਕ ਦਰਬਾਰ]] ਦੇ ਸੇਵਾਦਾਰ
[[PERSON:ਮਨਜੀਤ ਸਿੰਘ]] ਜੀ ਨੇ ਇਹ ਚਿੱਠੀ ਟਾਈਪ ਕਰਨ ਵਿੱਚ ਮਦਦ ਕੀਤੀ। ਮੈਂ ਚਾਹੁੰਦੀ ਹਾਂ ਕਿ ਤਾਲਾ
ਇੱਕ ਹਫ਼ਤੇ ਵਿੱਚ ਬਦਲਿਆ ਜਾਵੇ ਅਤੇ ਬਾਥਰੂਮ ਦਾ ਫ਼ਰਸ਼ ਠੀਕ ਹੋਵੇ। ਮੇਰਾ ਨੰਬਰ
[[PHONE:੦੭੭੦੦ ੯੦੦ ੫੨੬]] ਹੈ। [ਕੱਟਿਆ ਹੋਇਆ: ਪਤੀ [[PERSON:ਗੁਰਵਿੰਦਰ]] ਦਾ ਨੰਬਰ ਵੀ] ਦਸਤਖ਼ਤ:
[[PERSON:ਹ. ਕ. ਸੰਧੂ]] [ਬਾਅਦ ਵਿੱਚ ਹੱਥ ਨਾਲ ਲਿਖਿਆ:] ਦਸੰਬਰ ਵਿੱਚ ਤਾਲਾ ਬਦਲਿਆ ਗਿਆ, ਬਾਥਰੂਮ
ਦਾ ਨਵਾਂ ਫ਼ਰਸ਼ ਅਤੇ ਵਾਕ-ਇਨ ਸ਼ਾਵਰ ਲੱਗਿਆ, ਅਤੇ £300 ਮੁਆਵਜ਼ਾ ਮਿਲਿਆ। ਹੁਣ [[PERSON:ਖੁਸ਼ੀ]] ਆਰਾਮ
ਨਾਲ ਸੌਂਦੀ ਹੈ, ਅਤੇ ਘਰ ਵਿੱਚ ਫਿਰ ਖ਼ੁਸ਼ੀ ਹੈ।
"""),
    ),
    (
        "fv2ca-pa-02",
        "pa",
        _s("""
[[ORGANISATION:Black Country Living]] | [[PHONE:0121 496 0234]] | ਪੰਜਾਬੀ ਅਨੁਵਾਦ ਮਿਤੀ: ੧੧
ਮਾਰਚ ੨੦੨੪ ਸਾਡਾ ਹਵਾਲਾ: [[REFERENCE:BCL-C2-24/0l93]] ਸ੍ਰੀ [[PERSON:ਗੁਰਮੀਤ ਸਿੰਘ ਬੈਂਸ]]
[[ADDRESS:Flat 7, Penn Croft House]], ਵੁਲਵਰਹੈਂਪਟਨ [[POSTCODE:WV4 5RG]] ਪਿਆਰੇ ਸ੍ਰੀ
[[PERSON:ਬੈਂ ਸ]] ਜੀ, ਵਿਸ਼ਾ: ਰਸੋਈ ਦੀ ਛੱਤ ਡਿੱਗਣ ਬਾਰੇ ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ ਦਾ ਦੂਜੇ ਪੜਾਅ ਦਾ ਜਵਾਬ।
੨੯ ਜਨਵਰੀ ਨੂੰ ਤੁਹਾਡੀ ਰਸੋਈ ਦੀ ਛੱਤ ਦਾ ਪਲਸਤਰ ਡਿੱਗ ਪਿਆ, ਜਦੋਂ ਤੁਹਾਡੀ ਪਤਨੀ
[[PERSON:ਬਲਜੀਤ ਕੌਰ]] ਉੱਥੇ ਖੜ੍ਹੇ ਸਨ। ਉਨ੍ਹਾਂ ਨੂੰ [[HEALTH:ਗਠੀਆ]] ਹੈ ਅਤੇ ਉਹ ਛੇਤੀ ਪਾਸੇ ਨਹੀਂ ਹੋ
ਸਕੇ; ਉਨ੍ਹਾਂ ਦੇ ਮੋਢੇ 'ਤੇ ਸੱਟ ਲੱਗੀ। ਤੁਸੀਂ ਨਵੰਬਰ ਵਿੱਚ ਛੱਤ ਦੀ ਤਰੇੜ ਅਤੇ ਸਿੱਲ੍ਹ ਬਾਰੇ ਦੱਸਿਆ ਸੀ
(ਮੁਰੰਮਤ ਨੰਬਰ [[REFERENCE:R-88O415]]), ਪਰ ਇਸ ਕੰਮ ਨੂੰ 'ਜ਼ਰੂਰੀ ਨਹੀਂ' ਕਹਿ ਕੇ ਰੋਕ ਲਿਆ ਗਿਆ। ਇਹ
ਗ਼ਲਤ ਸੀ ਅਤੇ ਅਸੀਂ ਮਾਫ਼ੀ ਮੰਗਦੇ ਹਾਂ। [[ORGANISATION:Black Country Living]] |
[[PHONE:0121 496 0234]] | Page 1 of 2 ਅਸੀਂ ਕੀ ਕਰਾਂਗੇ: ਉੱਪਰਲੇ [[ADDRESS:ਫ਼ਲੈਟ ੧੧]] ਦੀ ਲੀਕ ਹੁੰਦੀ
ਪਾਈਪ ਬਦਲ ਦਿੱਤੀ ਗਈ ਹੈ; ਤੁਹਾਡੀ ਰਸੋਈ ਦੀ ਪੂਰੀ ਛੱਤ ਨਵੀਂ ਪਾਈ ਜਾਵੇਗੀ; ਅਤੇ ਸੱਟ ਤੇ ਪਰੇਸ਼ਾਨੀ ਲਈ
£600 ਦਿੱਤੇ ਜਾਣਗੇ। ਹੁਣ ਤੋਂ ਛੱਤ ਵਿੱਚ ਤਰੇੜ ਦੀ ਹਰ ਰਿਪੋਰਟ 'ਤੇ ਪੰਜ ਦਿਨਾਂ ਵਿੱਚ ਸਰਵੇਅਰ ਆਵੇਗਾ।
ਜੇ ਤੁਸੀਂ ਸੰਤੁਸ਼ਟ ਨਹੀਂ ਹੋ ਤਾਂ ਹਾਊਸਿੰਗ ਓਮਬਡਸਮੈਨ ਕੋਲ ਜਾ ਸਕਦੇ ਹੋ। ਸ਼ੁਭਚਿੰਤਕ,
[[PERSON:Karen Hol1oway]] / [[PERSON:ਕੈਰਨ ਹੋਲੋਵੇ]], ਸ਼ਿਕਾਇਤ ਪ੍ਰਬੰਧਕ, ਈਮੇਲ:
[[EMAIL:k.holloway@bcliving.example.org]] [[ORGANISATION:Black Country Living]] |
[[PHONE:0121 496 0234]] | Page 2 of 2 [ਹੱਥ ਨਾਲ, ਹਾਸ਼ੀਏ 'ਤੇ:] ਕੰਮ ਅਪ੍ਰੈਲ ਵਿੱਚ ਪੂਰਾ ਹੋਇਆ।
[[PERSON:ਬਲਜੀਤ]] ਦਾ ਮੋਢਾ ਹੁਣ ਠੀਕ ਹੈ। — [[PERSON:ਗੁ. ਸਿੰਘ]]
"""),
    ),
    (
        "fv2ca-pa-03",
        "pa",
        _s("""
[[ORGANISATION:Foleshill Park Homes]] — Complaint Form / ਸ਼ਿਕਾਇਤ ਫ਼ਾਰਮ — Page 1 of 2 ਨਾਂ:
[[PERSON:ਜਸਲੀਨ ਗਿੱਲ]] ([[PERSON:JASLEEN GlLL]]) ਜਨਮ ਮਿਤੀ: [[DATE_OF_BIRTH:੧੪-੦੨-੧੯9੧]] NI:
[[NI_NUMBER:QQ 5O 82 17 C]] ਪਤਾ: [[ADDRESS:ਫ਼ਲੈਟ ੨੨, ਸਵਾਨ ਕੋਰਟ]], ਕਵੈਂਟਰੀ
[[POSTCODE:CV6 7NZ]] ਫ਼ੋਨ: [[PHONE:07700 900 8O3]] ਈਮੇਲ:
[[EMAIL:jasleen.gill91@exarnple.com]] ਕਿਰਾਏਦਾਰੀ ਨੰਬਰ: [[REFERENCE:FPH-T-62O87]] ਸ਼ਿਕਾਇਤ
(ਹੱਥ ਨਾਲ ਲਿਖੀ): [[ADDRESS:ਸਵਾਨ ਕੋਰਟ]] ਦੇ ਕਾਰ ਪਾਰਕ ਦਾ ਗੇਟ ਜੂਨ ਤੋਂ ਖੁੱਲ੍ਹਾ ਪਿਆ ਹੈ ਅਤੇ
ਕੈਮਰਾ ਬੰਦ ਹੈ। ਮੇਰੀ ਕਾਰ, ਨੰਬਰ [[OTHER_ID:FG68 KXT]], ਦੇ ਸ਼ੀਸ਼ੇ ਦੋ ਵਾਰ ਤੋੜੇ ਗਏ। ਮੈਂ ਨਰਸ
ਹਾਂ ਅਤੇ ਰਾਤ ਦੀ ਸ਼ਿਫ਼ਟ ਤੋਂ ਬਾਅਦ ਹਨੇਰੇ ਕਾਰ ਪਾਰਕ ਵਿੱਚ ਡਰ ਲੱਗਦਾ ਹੈ। ਮੇਰਾ ਪੁੱਤਰ
[[PERSON:ਅਰਮਾਨ]] [[AGE:੪ ਸਾਲ]] ਦਾ ਹੈ, ਸਵੇਰੇ ਉਸ ਨੂੰ ਨਰਸਰੀ ਛੱਡਣ ਲਈ ਕਾਰ ਚਾਹੀਦੀ ਹੈ। ਮੇਰਾ
ਅਰਮਾਨ ਬੱਸ ਇੰਨਾ ਹੈ ਕਿ ਗੇਟ ਬੰਦ ਹੋਵੇ। [[ORGANISATION:Foleshill Park Homes]] — Complaint Form
— Page 2 of 2 ਕੀ ਚਾਹੀਦਾ ਹੈ? ਗੇਟ ਦੀ ਮੁਰੰਮਤ, ਲਾਈਟਾਂ, ਕੰਮ ਕਰਦਾ ਕੈਮਰਾ, ਅਤੇ ਸ਼ੀਸ਼ਿਆਂ ਦਾ ਖ਼ਰਚਾ।
[ਅਸਪਸ਼ਟ] Office use only: logged by [[PERSON:P. Adebay0]] 03/08/23 ASB ref
[[REFERENCE:ASB-23-2O4]] [ਬਾਅਦ ਵਿੱਚ ਜੋੜਿਆ:] ਸਤੰਬਰ ਵਿੱਚ ਨਵਾਂ ਗੇਟ, ਨਵੀਆਂ ਲਾਈਟਾਂ ਅਤੇ ਕੈਮਰਾ
ਲੱਗ ਗਿਆ। ਸ਼ੀਸ਼ਿਆਂ ਦੇ £240 ਵਾਪਸ ਮਿਲੇ। [[ADDRESS:ਫ਼ਲੈਟ ੨੦]] ਵਾਲੀ ਗੁਆਂਢਣ [[PERSON:ਸ਼ੈਰਨ]] ਨੇ
ਵੀ ਗਵਾਹੀ ਲਿਖ ਕੇ ਦਿੱਤੀ ਸੀ, ਉਸ ਦਾ ਧੰਨਵਾਦ। — [[PERSON:ਜੱਸੀ]]
"""),
    ),
    (
        "fv2ca-pa-04",
        "pa",
        _s("""
From: [[PERSON:Sukhdeep Dhaliwal]] <[[EMAIL:sukhi.dhaliwal@example.org]]> To:
[[EMAIL:repairs@soarvalley-homes.example.org]] Sent: 21 May 2024 19:02 Subject: ਲੀਕ ਅਤੇ
ਠੇਕੇਦਾਰ ਦਾ ਵਿਹਾਰ — ਸ਼ਿਕਾਇਤ [[REFERENCE:SVH/CMP/552l]] ਸਤਿਕਾਰਯੋਗ ਜੀ, ਮੈਂ
[[PERSON:ਸੁਖਦੀਪ ਧਾਲੀਵਾਲ]], [[ADDRESS:ਫ਼ਲੈਟ ੧੮ਬੀ, ਲੂਈਸ ਕੋਰਟ]], ਲੈਸਟਰ [[POSTCODE:LE5 4DR]]।
ਪੰਜ ਹਫ਼ਤਿਆਂ ਤੋਂ ਸਾਡੇ ਬਾਥਰੂਮ ਦੀ ਪਾਈਪ ਲੀਕ ਕਰ ਰਹੀ ਹੈ ਅਤੇ ਪਾਣੀ ਹੇਠਾਂ [[ADDRESS:੧੬ ਨੰਬਰ]]
ਵਿੱਚ ਜਾ ਰਿਹਾ ਹੈ, ਜਿੱਥੇ Mrs [[PERSON:Patel]] ਇਕੱਲੀ ਰਹਿੰਦੀ ਹੈ। [[ORGANISATION:Midshire
Plumbing]] ਦਾ ਕਾਰੀਗਰ ੧੪ ਮਈ ਨੂੰ ਆਇਆ। ਮੇਰੇ ਪਤੀ [[PERSON:ਪ੍ਰੀਤਪਾਲ]]
[[OTHER_SPECIAL:ਅੰਮ੍ਰਿਤਧਾਰੀ ਸਿੱਖ]] ਹਨ; ਕਾਰੀਗਰ ਨੇ ਉਨ੍ਹਾਂ ਦੀ ਪੱਗ ਬਾਰੇ ਭੱਦਾ ਮਜ਼ਾਕ ਕੀਤਾ ਅਤੇ
ਕੰਮ ਅਧੂਰਾ ਛੱਡ ਕੇ ਚਲਾ ਗਿਆ। Printed by [[PERSON:DHALIWAL S]] on 04/06/2024 — 1 of 2 From:
[[PERSON:Naomi Fairclough]] <[[EMAIL:n.fairclough@soarvalley-homes.example.org]]> Sent: 24 May
2024 10:15 Dear [[PERSON:Sukhdeep]], thank you for telling us, and I am very sorry. The
operative will not work on [[ORGANISATION:Soar Valley Homes]] jobs again and
[[ORGANISATION:Midshire]] has apologised in writing to Mr [[PERSON:Dhaliwa l]]. Our own plumber
will fix the pipe on Tuesday and we will repair the ceiling below. Please ring me on
[[PHONE:0116 496 0781]] if anything else happens. [[PERSON:Naomi]] Printed by
[[PERSON:DHALIWAL S]] on 04/06/2024 — 2 of 2 [ਹੱਥ ਨਾਲ:] ਪਾਈਪ ਠੀਕ ਹੋ ਗਈ, ਹੇਠਾਂ ਵਾਲੀ ਛੱਤ ਵੀ।
ਕੰਪਨੀ ਨੇ ਲਿਖਤੀ ਮਾਫ਼ੀ ਮੰਗੀ। [[PERSON:ਪ੍ਰੀਤ]] ਕਹਿੰਦੇ ਨੇ ਸ਼ਿਕਾਇਤ ਕਰਨੀ ਜ਼ਰੂਰੀ ਸੀ, ਚੁੱਪ ਰਹਿਣ ਨਾਲ
ਕੁਝ ਨਹੀਂ ਬਦਲਦਾ। — [[PERSON:ਸੁੱਖੀ]]
"""),
    ),
    (
        "fv2ca-pa-05",
        "pa",
        _s("""
ਸਫ਼ਾ ੧ — [[ORGANISATION:Handsworth Vale Homes]] — RECEIVED 30 JAN 2024 ਮੈਂ
[[PERSON:ਬਚਨ ਸਿੰ ਘ ਸਿਧੂ]], ਉਮਰ [[AGE:੮੧ ਸਾਲ]], [[ADDRESS:੪੫ ਵਿਲੋ ਐਵੇਨਿਊ]], ਹੈਂਡਸਵਰਥ
[[POSTCODE:B2l 9TQ]] ਵਿੱਚ ਇਕੱਲਾ ਰਹਿੰਦਾ ਹਾਂ। ਮੇਰਾ ਪੋਤਰਾ [[PERSON:ਰਾਜੂ]] ਇਹ ਚਿੱਠੀ ਲਿਖ ਰਿਹਾ
ਹੈ। ਦਸੰਬਰ ਤੋਂ ਗਰਮ ਪਾਣੀ ਅਤੇ ਹੀਟਿੰਗ ਬੰਦ ਹੈ। ਮੈਨੂੰ [[HEALTH:ਸ਼ੂਗਰ]] ਹੈ ਅਤੇ ਪਿਛਲੇ ਸਾਲ
[[HEALTH:ਦਿਲ ਦਾ ਦੌਰਾ]] ਪਿਆ ਸੀ; ਡਾਕਟਰ ਕਹਿੰਦਾ ਹੈ ਕਿ ਠੰਢ ਮੇਰੇ ਲਈ ਖ਼ਤਰਨਾਕ ਹੈ। ਮੇਰਾ NHS ਨੰਬਰ
[[OTHER_ID:੯੪੩ ੪੭੬ ੫੯੧੯]] ਹੈ, ਡਾਕਟਰ ਦੀ ਚਿੱਠੀ ਨਾਲ ਲੱਗੀ ਹੈ। ਦਿਨ ਵੇਲੇ ਮੈਂ
[[ADDRESS:ਗੁਰਦੁਆਰਾ ਬਾਬਾ ਦੀਪ ਸਿੰਘ ਜੀ]] ਵਿੱਚ ਨਿੱਘ ਲਈ ਬੈਠਾ ਰਹਿੰਦਾ ਸੀ, ਪਰ ਰਾਤਾਂ ਬਹੁਤ ਠੰਢੀਆਂ
ਸਨ। ਗੁਆਂਢੀ [[PERSON:Winst0n]] ਨੇ ਆਪਣਾ ਹੀਟਰ ਦੇ ਦਿੱਤਾ। ਸਫ਼ਾ ੨ — [[ORGANISATION:Handsworth
Vale Homes]] — RECEIVED 30 JAN 2024 ਤਿੰਨ ਵਾਰ ਇੰਜੀਨੀਅਰ ਆਇਆ ਅਤੇ ਕਹਿ ਗਿਆ ਕਿ ਪੁਰਜ਼ਾ ਆਉਣਾ
ਹੈ। ਹਵਾਲਾ ਨੰਬਰ [[REFERENCE:HVH-J-7l3390]]। [[PERSON:ਰਾਜੂ]] ਦਾ ਫ਼ੋਨ [[PHONE:07700 900 7l2]]
[ਕੱਟਿਆ ਹੋਇਆ: ਘਰ ਦਾ ਫ਼ੋਨ ਕੰਮ ਨਹੀਂ ਕਰਦਾ] ਦਸਤਖ਼ਤ: [[PERSON:ਬ. ਸਿੰ ਘ]] [ਬਾਅਦ ਵਿੱਚ ਜੋੜਿਆ:] ੨
ਫ਼ਰਵਰੀ ਨੂੰ ਨਵਾਂ ਬੌਇਲਰ ਲੱਗ ਗਿਆ। ਉਨ੍ਹਾਂ ਨੇ ਮੰਨਿਆ ਕਿ ੮੦ ਸਾਲ ਤੋਂ ਵੱਧ ਉਮਰ ਵਾਲਿਆਂ ਨੂੰ ੨੪
ਘੰਟਿਆਂ ਵਿੱਚ ਹੀਟਰ ਮਿਲਣੇ ਚਾਹੀਦੇ ਸਨ, ਅਤੇ ਹੁਣ ਇਹ ਉਨ੍ਹਾਂ ਦਾ ਨਿਯਮ ਹੈ। ਬਾਪੂ ਜੀ ਹੁਣ ਖ਼ੁਸ਼ ਹਨ।
— [[PERSON:ਰਾਜਵਿੰਦਰ]] ([[PERSON:ਰਾਜੂ]])
"""),
    ),
    (
        "fv2ca-pl-01",
        "pl",
        _s("""
Strona 1 z 2 — RECEIVED 19 OCT 2023 — [[ORGANISATION:FENLAND COMMUNlTY HOUSING]] Do dzialu skarg
[[ORGANISATION:Fenland Community Housing]], Nazywam sie [[PERSON:Agnieszka Wroblewska]] i mieszkam
z synem pod adresem [[ADDRESS:flat 4, 19 Ashgrove Road]], Peterborough [[POSTCODE:PEl 3QS]].
Numer najmu [[REFERENCE:FCH/0O3391]]. Pisze po polsku, bo po angielsku nie umiem tak dobrze
opisac, co sie dzieje. Od lipca w lazience i w pokoju [[PERSON:Kuby]] jest czarny grzyb.
[[PERSON:Kuba]] ma [[AGE:5 lat]] i od zimy choruje na [[HEALTH:astme]], lekarka z
[[ADDRESS:Millfield Medical Cen- tre]] powiedziala, ze wilgoc mu szkodzi. Dzwonilam na
[[PHONE:01632 960 5O4]] szesc razy. Przyszedl pan [illegible], popatrzyl, powiedzial
"condensation" i kazal otwierac okna. W listopadzie? Strona 2 z 2 — RECEIVED 19 OCT 2023 —
[[ORGANISATION:FENLAND COMMUNlTY HOUSING]] Prosze o naprawe wentylacji, usuniecie grzybu i o
kogos, kto wreszcie oddzwoni. Moj numer [[PHONE:07700 900 l36]], email
[[EMAIL:agawrob@exarnple.org]]. List pomogla mi napisac pani [[PERSON:Beata]] ze szkoly
[[PERSON:Kuby]], [[ADDRESS:St Augustine's Prirnary]]. [przekreslone: ojciec [[PERSON:Kuby]] nie
mieszka z nami od] Podpis: [[PERSON:A. Wrob1ewska]] [dopisane pozniej recznie:] W grudniu
zalozyli nowy wentylator z czujnikiem wilgoci, sciany odgrzybione i pomalowane. Dostalam 250
funtow i list z przeprosinami. [[PERSON:Kubus]] spi znowu w swoim pokoju i od stycznia ani razu
nie mial ataku. Dziekuje panu [[PERSON:Stevenowi]] z dzialu skarg, ktory w koncu przyjechal sam
i zobaczyl, jak to wyglada.
"""),
    ),
    (
        "fv2ca-pl-02",
        "pl",
        _s("""
[[ORGANISATION:Wessex Downs Housing]] · Tel. [[PHONE:0117 496 0419]] ·
[[EMAIL:complaints@wessexdowns.example.org]] · tłumaczenie na język polski Data: 2 lutego 2024
Nasz numer: [[REFERENCE:WDH-S2-O0712]] Pan [[PERSON:Grzegorz Nowicki]]
[[ADDRESS:23 Faringdon Road]] Swindon [[POSTCODE:SNl 5BJ]] Szanowny Panie
[[PERSON:Grzegorzu]], Dotyczy: odpowiedź na skargę, etap 2 — okna i ogrzewanie. Dziękujemy za
rozmowę z naszą kierowniczką, panią [[PERSON:Louise Carter]], w dniu 16 stycznia. Potwierdziła
ona, że okna w sypialni Pana żony, pani [[PERSON:Bożeny Nowickiej]], nie domykaja sie od ponad
roku, a grzejnik w salonie nie działa. Wiemy, że pani [[PERSON:Bożena]] choruje na
[[HEALTH:stwardnienie rozsiane]] i bardzo źle znosi zimno. Zgłoszenie naprawy z listopada 2022
r. (nr [[REFERENCE:JOB-4471O2]]) zostało zamknięte przez wykonawcę [[ORGANISATION:Kennet Glazing
Ltd]] bez wykonania pracy. To nasz błąd i przepraszamy. [[ORGANISATION:Wessex Downs Housing]] ·
Tel. [[PHONE:0117 496 0419]] · Strona 1 z 2 Co zrobimy: wymienimy wszystkie okna do 15 marca,
naprawimy grzejnik w ciągu tygodnia i wypłacimy 520 funtów rekompensaty. Zmieniamy też sposób
sprawdzania zgłoszeń zamykanych przez wykonawców: każde będzie potwierdzane z lokatorem. Jeśli
nie jest Pan zadowolony z tej odpowiedzi, może Pan zwrócić się do Rzecznika ds. Mieszkalnictwa
(Housing Ombudsman). Z poważaniem, [[PERSON:Louise Cart er]], Kierowniczka ds. Skarg
[[ORGANISATION:Wessex Downs Housing]] · Tel. [[PHONE:0117 496 0419]] · Strona 2 z 2 [odręcznie
na marginesie:] okna wstawione 11.03, grzejnik 9.02. [[PERSON:Bozenka]] mowi, ze pierwszy raz od
lat jest cieplo w sypialni. — [[PERSON:Grzesiek N.]]
"""),
    ),
    (
        "fv2ca-pl-03",
        "pl",
        _s("""
[[ORGANISATION:Nene Valley Homes]] — Complaint Form / Formularz skargi — Page 1 of 2 Imię i
nazwisko: [[PERSON:Roza Kaczrnarek]] Data urodzenia: [[DATE_OF_BIRTH:O7.11.1984]] National
Insurance: [[NI_NUMBER:QQ 2l 66 93 A]] Nr dowodu osobistego (PL): [[OTHER_ID:AYM 482915]]
Adres: [[ADDRESS:mieszkanie 12, Kingsley House]], Northampton [[POSTCODE:NN2 6EQ]] Telefon:
[[PHONE:07700 900 46l]] E-mail: [[EMAIL:roza.k@exarnple.com]] Nr najmu:
[[REFERENCE:NVH-88l204]] Opis skargi (pismo reczne): Od marca nie dziala winda w
[[ADDRESS:Kingsley House]], a mieszkam na 5 pietrze z corka [[PERSON:Zuzia]], ktora ma
[[AGE:3 lata]] i [[HEALTH:porazenie mozgowe]]. Wozek [[PERSON:Zuzi]] wazy 20 kg. Nosze ja i
wozek po schodach dwa razy dziennie, do przedszkola i z powrotem. Sasiad z
[[ADDRESS:mieszkania 10]], pan [[PERSON:Dariusz]], czasem pomaga, ale pracuje na zmiany.
[[ORGANISATION:Nene Valley Homes]] — Complaint Form — Page 2 of 2 Czego oczekujesz? Naprawy
windy albo przeniesienia na parter. [przekreslone: i przeprosin od pana [[PERSON:Keitha]] z
recepcji] Office use only: logged by [[PERSON:M. 0sei]] 02/05/24, ref
[[REFERENCE:ST1-0524-O19]] [dopisane pozniej:] W czerwcu przenieśli nas do mieszkania na parterze
na tym samym osiedlu, z podjazdem dla wózka, i zapłacili za przeprowadzkę. Winda nadal psuje się
innym, ale teraz jest umowa serwisowa z czasem naprawy. Jeśli ktoś ma podobnie: piszcie skargę,
nie tylko dzwońcie. [[PERSON:Róża]] z [[PERSON:Zuzią]]
"""),
    ),
    (
        "fv2ca-pl-04",
        "pl",
        _s("""
Od: [[PERSON:Mirosław Wiosna]] <[[EMAIL:m.wiosna@example.com]]> Do:
[[EMAIL:asb@donvalleyhomes.example.org]] Data: 3 kwietnia 2024 20:47 Temat: Skarga — nękanie,
sprawa [[REFERENCE:DVH-ASB-24l7]] Dzień dobry, piszę już trzeci raz. Od stycznia sąsiedzi z
[[ADDRESS:nr 27]] wyzywają nas, bo jesteśmy [[OTHER_SPECIAL:Polakami]]. W marcu ktoś napisał
sprayem na naszych drzwiach przy [[ADDRESS:29 Fir Vale Close]], [[POSTCODE:S5 7AW]] "go home".
Zdjęcie jest na moim profilu [[OTHER_ID:facebook.com/mirek.wiosna.77]]. Moja żona [[PERSON:Ela]]
boi się wychodzić sama, a syn [[PERSON:Olek]] ([[AGE:13 lat]]) nie chce chodzić do
[[ADDRESS:Northern Rise Academy]], bo tamte dzieciaki są z jego klasy. Wiosna za oknem, a u nas
zima. Farbę na drzwi kupiłem sam; proszę o zwrot na konto: sort code [[OTHER_ID:O9-O1-28]], nr
konta [[OTHER_ID:3l847260]]. Wydruk: 08.04.2024 09:03 — https://poczta.example.com/wiadomosc —
1/2 From: [[PERSON:Aisha Rahman]] <[[EMAIL:a.rahman@donvalleyhomes.example.org]]> Sent: 05 April
2024 14:12 Dear Mr [[PERSON:Wiosna]], I am sorry you have had to write three times. We are
treating this as a hate incident and have shared it with the police. [[ORGANISATION:Don Valley
Homes]] will remove the graffiti on Monday, has served a written warning on the household at
[[ADDRESS:number 27]] and will fit a camera over your door. The £46 for paint has been paid to
the account ending [[OTHER_ID:7260]]. Direct line [[PHONE:0114 496 0O38]]. [[PERSON:Aisha]]
Wydruk: 08.04.2024 09:03 — https://poczta.example.com/wiadomosc — 2/2 [odręcznie:]
[[PERSON:Mirek]]: graffiti zniknęło w dwa dni, sąsiedzi dostali ostrzeżenie i od tej pory cisza.
[[PERSON:Olkowi]] lepiej w szkole.
"""),
    ),
    (
        "fv2ca-pl-05",
        "pl",
        _s("""
Strona 1 — [[ORGANISATION:EALING VALE HOMES]] — RECEIVED 05 DEC 2023 Szanowni Panstwo, nazywam
sie [[PERSON:Tadeusz Zajac]], mam [[AGE:79 lat]] i mieszkam z zona [[PERSON:Halina]] w
[[ADDRESS:mieszkaniu 2, 8 Cherington Road]], [[POSTCODE:W7 3HL]]. Od wrzesnia nie dziala
kaloryfer w sypialni, a na suficie jest plesn. Ja mam [[HEALTH:POChP]], a [[PERSON:Halina]] ma
[[HEALTH:demencje]] i nie rozumie, czemu w domu jest zimno, wiec wstaje w nocy i szuka swetrow.
Dzwonilem osiem razy na [[PHONE:020 7946 0733]]. Numer zgloszenia [[REFERENCE:EVH-R-6O0214]].
Co niedziele chodzimy do [[ADDRESS:kosciola sw. Kazimierza]] i tam ludzie mowili, zeby pisac
skarge, a nie dzwonic, wiec pisze. Strona 2 — [[ORGANISATION:EALING VALE HOMES]] — RECEIVED 05
DEC 2023 Pomogl mi sasiad [[PERSON:Jurek]] spod [[ADDRESS:czworki]], bo ja juz slabo widze.
[illegible] Prosze o nowy kaloryfer i usuniecie plesni przed swietami. Podpis:
[[PERSON:T. Zaja c]] [dopisek innym charakterem pisma, po angielsku:] Visited 11/12 by
[[PERSON:Gareth]] ([[ORGANISATION:EVH]] repairs). New radiator fitted 13/12, mould treated, £200
paid. Mr [[PERSON:Zając]]'s GP letter added to file and a vulnerability flag set on the tenancy.
[dopisek po polsku:] Dziekujemy. Pan [[PERSON:Gareth]] przyszedl po dwoch dniach, a nie po
dwoch miesiacach. Cieplo na swieta. [[PERSON:Zajacowie]]
"""),
    ),
    (
        "fv2ca-ro-01",
        "ro",
        _s("""
Pagina 1 din 2 — RECEIVED 22 FEB 2024 — [[ORGANISATION:THAMES GATEWAY HOMES]] Catre
departamentul de reclamatii al [[ORGANISATION:Thames Gateway Homes]], Ma nurnesc
[[PERSON:Mihaela Dumitrescu]] si locuiesc cu sotul meu si cei doi copii la
[[ADDRESS:ap. 7, Larkspur House]], [[ADDRESS:Lakeside Estate]], [[POSTCODE:SE2 9QT]]. Numarul
contractului de inchiriere: [[REFERENCE:TGH-Ol-77215]]. Din noiembrie curge apa din tavanul
bucatariei, de la [[ADDRESS:apartamentul 11]] de deasupra. Baiatul cel mic, [[PERSON:Ionut]],
are [[AGE:3 ani]] si a facut [[HEALTH:bronsiolita]] de doua ori iarna asta. Medicul de la
[[ADDRESS:Abbey Wood Surgery]] ne-a dat o scrisoare pentru dumneavoastra. Am sunat la
[[PHONE:020 7946 0264]] de noua ori si de fiecare data mi s-a spus ca vine cineva. [ilizibil]
Pagina 2 din 2 — RECEIVED 22 FEB 2024 — [[ORGANISATION:THAMES GATEWAY HOMES]] Va rog sa reparati
teava si tavanul si sa ne mutati temporar daca e nevoie. Telefonul meu
[[PHONE:07700 900 58l]], emailul [[EMAIL:mihaela.dumitrescu@exarnple.com]]. [taiat: sotul meu
[[PERSON:Cosmin]] lucreaza noaptea] Semnatura: [[PERSON:M. Durnitrescu]] [adaugat mai tarziu,
de mana:] In martie au schimbat teava si tavanul, ne-au dat 350 de lire si o scrisoare de
scuze. Doamna [[PERSON:Precious]] de la reclamatii a venit ea insasi sa vada bucataria, si a
spus ca de acum orice scurgere de la un vecin se verifica in 24 de ore. [[PERSON:Ionut]] nu
mai tuseste noaptea.
"""),
    ),
    (
        "fv2ca-ro-02",
        "ro",
        _s("""
[[ORGANISATION:Harrow Green Housing]] | Tel. [[PHONE:020 7946 0871]] |
[[EMAIL:complaints@harrowgreen.example.org]] | traducere in limba romana Data: 18 aprilie 2024
Referinta noastra: [[REFERENCE:HGH/ST2/24/O55]] Domnul [[PERSON:Florin Popescu]]
[[ADDRESS:112 Whitmore Road]] Harrow [[POSTCODE:HAl 4AF]] Stimate domnule
[[PERSON:Popescu]], Subiect: raspuns la etapa a doua a reclamatiei privind umezeala si
mucegaiul. Va multumim ca ne-ati permis sa vizitam locuinta pe 4 aprilie. Inspectorul nostru,
domnul [[PERSON:Adrian Kowalczyk]], a confirmat ca acoperisul lasa apa sa patrunda in
dormitorul in care dorm sotia dumneavoastra, doamna [[PERSON:Doina Popescu]], si fiica
dumneavoastra, [[PERSON:Ilinca]], de [[AGE:10 ani]]. Stim ca doamna [[PERSON:Doina]] are
[[HEALTH:lupus]] si ca umezeala ii agraveaza starea; scrisoarea medicului
[[PERSON:Doinei]] a fost adaugata la dosar. Prima sesizare, din octombrie 2023 (lucrarea nr.
[[REFERENCE:WO-3318O7]]), a fost inchisa de firma [[ORGANISATION:Capital Roofing Co]] fara ca
lucrarea sa fie facuta. Ne cerem scuze. [[ORGANISATION:Harrow Green Housing]] | Tel.
[[PHONE:020 7946 0871]] | Pagina 1 din 2 Ce vom face: refacem acoperisul deasupra dormitorului
pana la 24 mai, tratam si revopsim peretii, inlocuim salteaua [[PERSON:Ilincai]] si va platim
600 de lire compensatie. Am schimbat si regula: nicio lucrare la acoperis nu se mai inchide fara
fotografii. Daca nu sunteti multumit, va puteti adresa Ombudsmanului pentru Locuinte (Housing
Ombudsman). Cu stima, [[PERSON:Sandra 0kafor]], Responsabil reclamatii
[[ORGANISATION:Harrow Green Housing]] | Tel. [[PHONE:020 7946 0871]] | Pagina 2 din 2 [scris de
mana pe margine:] acoperisul refacut pe 20 mai. Dormitorul e uscat. — [[PERSON:F. Popescu]]
"""),
    ),
    (
        "fv2ca-ro-03",
        "ro",
        _s("""
[[ORGANISATION:Derwent Valley Homes]] — Complaint Form / Formular de reclamatie — Page 1 of 2
Nume: [[PERSON:Speranta Lungu]] Data nasterii: [[DATE_OF_BIRTH:29.O6.1990]] NI:
[[NI_NUMBER:QQ 8O 14 52 B]] Carte de identitate (RO): [[OTHER_ID:RX 482193]] Adresa:
[[ADDRESS:5 Brook Walk]], Derby [[POSTCODE:DE23 8SP]] Telefon: [[PHONE:07700 900 3O9]] Nr.
contract: [[REFERENCE:DVH-l0-24518]] Reclamatia (scris de mana): Suntem o familie de
[[OTHER_SPECIAL:romi]]. Cand am cerut reparatia la usa din spate, omul de la
[[ORGANISATION:Trent Property Care]] a spus ca "voi stricati tot" si a plecat fara sa faca
nimic. De atunci nu mai vine nimeni. Usa nu se inchide, frigul intra, copiii dorm in sufragerie.
Fiul meu [[PERSON:Darius]] are [[AGE:6 ani]] si [[HEALTH:epilepsie]]; fratele lui mai mare,
[[PERSON:Nicu]], il duce dimineata la [[ADDRESS:Brookside Infant School]].
[[ORGANISATION:Derwent Valley Homes]] — Complaint Form — Page 2 of 2 Ce doriti? Usa noua. Sa ni
se ceara scuze pentru ce a spus omul acela. [ilizibil] Office use only: received by
[[PERSON:L. Whitak er]] 14/11/23 Stage 1 [[REFERENCE:ST1-23-9O2]] [adaugat ulterior:] Au pus
usa noua in doua saptamani, iar firma [[ORGANISATION:Trent Property Care]] nu mai lucreaza pe
strada noastra. Am primit scuze in scris de la director. Mediatoarea [[PERSON:Luminita]] m-a
ajutat sa scriu totul in engleza. Cum se zice, speranta moare ultima, dar e mai bine sa faci si
reclamatie. — [[PERSON:Speranța]]
"""),
    ),
    (
        "fv2ca-ro-04",
        "ro",
        _s("""
De la: [[PERSON:Crina Vasilescu]] <[[EMAIL:crina.vasilescu@example.org]]> Catre:
[[EMAIL:repairs@medwayriverside.example.org]] Data: 9 ianuarie 2024 07:58 Subiect: Fara apa
calda de 12 zile — lucrarea [[REFERENCE:MRH-J-4O9912]] Buna ziua, locuiesc la
[[ADDRESS:Flat 3, 57 Canal Road]], Strood [[POSTCODE:ME2 4DW]] cu sotul meu [[PERSON:Andrei]]
si fetita noastra [[PERSON:Ana-Maria]], de [[AGE:8 luni]]. De 12 zile nu avem apa calda;
spalam copilul cu apa incalzita in ibric. Mama lui [[PERSON:Andrei]], care sta cu noi, are
[[HEALTH:insuficienta renala]] si merge la dializa de trei ori pe saptamana. Duminica nu am
putut merge nici la [[ADDRESS:Parohia Sfantul Ilie]], pentru ca am stat toti langa aragaz. Va
rog sa ma sunati la [[PHONE:07700 900 92O]]. Printed: 15/01/2024 12:20 —
https://mail.example.org — 1/2 From: [[PERSON:Declan Murphy]]
<[[EMAIL:d.murphy@medwayriverside.example.org]]> Sent: 10 January 2024 16:05 Dear Ms
[[PERSON:Vasilescu]], I am sorry. A baby and a dialysis patient without hot water for twelve
days is not acceptable and the job should have been an emergency. [[ORGANISATION:Medway
Riverside Homes]] will fit a new cylinder tomorrow and has paid £220 into the account ending
[[OTHER_ID:3386]]. We have changed our priority rules so that this cannot wait again. My direct
line is [[PHONE:01632 960 4l5]]. [[PERSON:Declan]] Printed: 15/01/2024 12:20 —
https://mail.example.org — 2/2 [scris de mana:] Apa calda din 11 ianuarie. Banii au venit.
[[PERSON:Anuta]] a facut prima baie adevarata! — [[PERSON:Crina]]
"""),
    ),
    (
        "fv2ca-ro-05",
        "ro",
        _s("""
Pagina 1 — [[ORGANISATION:NORTHFLEET HOUSlNG TRUST]] — RECEIVED 17 JUL 2023 Subsemnata
[[PERSON:Aurelia Stan]], de [[AGE:72 de ani]], locuiesc singura la
[[ADDRESS:14 Rosherville Walk]], Gravesend [[POSTCODE:DAll 9BN]]. Blocul nostru e o casa veche
in stil Tudor, impartita in apartamente. Toata strada imi spune tanti [[PERSON:Reli]]. Sunt
[[OTHER_SPECIAL:adventista]], iar vecinii de la [[ADDRESS:nr. 16]] fac petreceri vinerea
seara si sambata, in ziua mea de odihna, cu muzica pana la 4 dimineata. Am [[HEALTH:diabet]]
si [[HEALTH:tensiune mare]]; dupa trei nopti fara somn am ajuns la urgente. Nepotul meu
[[PERSON:Tudor]] m-a ajutat sa scriu. Numar de caz ASB: [[REFERENCE:NHT-ASB-0O381]]. Pagina 2
— [[ORGANISATION:NORTHFLEET HOUSlNG TRUST]] — RECEIVED 17 JUL 2023 Telefonul lui
[[PERSON:Tudor]]: [[PHONE:01632 960 77l]] [taiat: si adresa lui de email] Va rog sa vorbiti cu
ei si sa nu-mi spuneti iar sa inchid geamul. [ilizibil] Semnatura: [[PERSON:A. Stan]] [adaugat
de mana, alt scris:] Buni, au venit de la [[ORGANISATION:Northfleet]] de doua ori, vecinii au
semnat un acord si acum e liniste dupa ora 23. Ti-au lasat si un aparat care inregistreaza
zgomotul, daca incep iar. Doamna [[PERSON:Jenny]] de la trust zice sa o suni direct. —
[[PERSON:Tudorel]]
"""),
    ),
    (
        "fv2ca-ur-01",
        "ur",
        _s("""
صفحہ ۱ از ۲ — RECEIVED 06 MAR 2024 — [[ORGANISATION:AIRE VALLEY HOMES]] محترم شکایات
ڈیپارٹمنٹ، [[ORGANISATION:ایئر ویلی ہومز]]، میرا نام [[PERSON:شاز یہ پروىن]] ہے۔ میں اپنے
شوہر [[PERSON:عمران]] اور تین بچوں کے ساتھ [[ADDRESS:۱۴ لمب لین]]، بریڈفورڈ
[[POSTCODE:BD8 7QJ]] میں رہتی ہوں۔ کرایہ داری نمبر [[REFERENCE:AVH-۲۲۰۴۵۸]]۔ نومبر سے ہمارے
گھر کی چھت ٹپک رہی ہے اور بچوں کے کمرے کی دیوار پر کالی پھپھوندی ہے۔ میرا بیٹا
[[PERSON:حمزہ]] [[AGE:۶ سال]] کا ہے اور اسے [[HEALTH:دمہ]] ہے؛ جنوری میں اسے دو راتیں ہسپتال
میں رہنا پڑا۔ میں نے [[PHONE:0ll3 496 0285]] پر سات بار فون کیا۔ [ناقابلِ فہم] ایک آدمی
آیا، تصویریں لیں اور کہا کہ رپورٹ بھیجیں گے، پھر کوئی جواب نہیں آیا۔ صفحہ ۲ از ۲ —
RECEIVED 06 MAR 2024 — [[ORGANISATION:AIRE VALLEY HOMES]] [[ADDRESS:جامع مسجد غوثیہ]] میں
خواتین کی بیٹھک میں ایک بہن نے بتایا کہ تحریری شکایت کریں، اس لیے لکھ رہی ہوں۔ میرا فون
[[PHONE:۰۷۷۰۰ ۹۰۰ ۲۷۳]] ہے؛ انگریزی خط میری بیٹی [[PERSON:روشنی]] پڑھتی ہے۔ [کٹا ہوا: اس کا
ای میل [[EMAIL:roshni.i@example.com]] ہے] دستخط: [[PERSON:ش. پروین]] [بعد میں ہاتھ سے
لکھا:] مارچ کے آخر میں چھت بدل دی گئی، دیوار کا علاج ہوا اور ۴۰۰ پاؤنڈ ملے۔ افسر
[[PERSON:Nadia]] نے خود فون کر کے معافی مانگی۔ [[PERSON:حمزہ]] اب اپنے کمرے میں سوتا ہے،
اور نئی کھڑکی سے کمرے میں روشنی بھی زیادہ آتی ہے۔
"""),
    ),
    (
        "fv2ca-ur-02",
        "ur",
        _s("""
[[ORGANISATION:Sparkbrook Community Housing]] | [[PHONE:0121 496 0660]] |
[[EMAIL:help@sparkbrook-ch.example.org]] | اردو ترجمہ تاریخ: ۱۲ ستمبر ۲۰۲۳ ہمارا حوالہ:
[[REFERENCE:SCH/C/23/O4l7]] جناب [[PERSON:محمد اشرف چوہدری]] [[ADDRESS:88 Ladypool Road]]،
برمنگھم [[POSTCODE:B12 8JU]] محترم جناب [[PERSON:چوہد ری]] صاحب، موضوع: باتھ روم کی تبدیلی سے
متعلق آپ کی شکایت، دوسرا مرحلہ۔ آپ نے بتایا کہ آپ کی اہلیہ محترمہ [[PERSON:نصرت بی بی]] کو
[[HEALTH:شوگر]] اور [[HEALTH:گردوں کی بیماری]] ہے، اور وہ ٹب میں نہیں اتر سکتیں۔ ہمارے
ٹھیکیدار [[ORGANISATION:Midland Wetrooms]] نے جون میں کام شروع کیا اور باتھ روم توڑ کر چھوڑ
دیا، جس کے بعد چھ ہفتے آپ کا خاندان غسل خانے کے بغیر رہا۔ ہم آپ کی شکایت مکمل طور پر تسلیم
کرتے ہیں۔ [[ORGANISATION:Sparkbrook Community Housing]] | [[PHONE:0121 496 0660]] | Page 1
of 2 ہم کیا کریں گے: واک اِن شاور روم ۳۰ ستمبر تک مکمل ہو گا؛ ۷۵۰ پاؤنڈ ہرجانہ ادا کیا جائے
گا؛ اور آپ کے بیٹے [[PERSON:کامران]] کے پیٹرول کا خرچ بھی دیا جائے گا جو روزانہ اپنی والدہ کو
نہلانے اپنے گھر لے جاتے رہے۔ آئندہ کوئی ٹھیکیدار غسل خانہ تب تک نہیں توڑے گا جب تک متبادل
انتظام نہ ہو۔ اگر آپ مطمئن نہیں ہیں تو ہاؤسنگ اومبڈزمین سے رابطہ کر سکتے ہیں۔ مخلص،
[[PERSON:Lisa Gr ant]] / [[PERSON:لیزا گرانٹ]]، شکایات مینیجر
[[ORGANISATION:Sparkbrook Community Housing]] | [[PHONE:0121 496 0660]] | Page 2 of 2 [ہاتھ سے
حاشیے پر:] کام ۲۸ ستمبر کو مکمل ہو گیا۔ [[PERSON:نصرت]] اب خود نہا سکتی ہیں۔ —
[[PERSON:م. اشرف]]
"""),
    ),
    (
        "fv2ca-ur-03",
        "ur",
        _s("""
[[ORGANISATION:Luton Borough Council]] — Housing Register / ہاؤسنگ رجسٹر فارم — Page 1 of 2 نام:
[[PERSON:فرح ناز]] تاریخ پیدائش: [[DATE_OF_BIRTH:۰۳/0۸/۱۹۹۲]] نیشنل انشورنس نمبر:
[[NI_NUMBER:QQ 9l 30 47 D]] پاسپورٹ نمبر: [[OTHER_ID:AK9O31745]] امیگریشن اسٹیٹس:
[[OTHER_SPECIAL:ریفیوجی اسٹیٹس]] موجودہ پتہ: [[ADDRESS:کمرہ ۶، ۴۱ ڈن اسٹیبل روڈ]]، لوٹن
[[POSTCODE:LU4 8JE]] فون: [[PHONE:07700 900 0l9]] ای میل: [[EMAIL:farah.naz92@exarnple.org]]
درخواست نمبر: [[REFERENCE:LBC-HR-3O9981]] [[ORGANISATION:Luton Borough Council]] — Housing
Register — Page 2 of 2 آپ کو نئے گھر کی ضرورت کیوں ہے؟ (ہاتھ سے لکھا) میں اپنی بیٹی
[[PERSON:علیزہ]] ([[AGE:۵ سال]]) کے ساتھ ایک مشترکہ گھر کے ایک کمرے میں رہتی ہوں۔ باورچی خانہ
چار خاندانوں کا مشترکہ ہے اور غسل خانے کا تالا ٹوٹا ہوا ہے۔ [[PERSON:علیزہ]] کو
[[HEALTH:مرگی]] ہے اور رات کو دورے پڑتے ہیں؛ ایک کمرے میں میں اسے ٹھیک سے سنبھال نہیں سکتی۔
[ناقابلِ فہم] Office use: [[PERSON:R. Bhatt i]] 10/01/24 [بعد میں شامل کیا:] کونسل نے میری
درخواست چار ماہ تک نہیں دیکھی کیونکہ پاسپورٹ کی کاپی "گم" ہو گئی تھی۔ میں نے شکایت کی تو
مسز [[PERSON:Bhatti]] نے معافی مانگی، ڈاکٹر کا خط شامل کیا اور درخواست بینڈ ۲ میں ڈال دی۔ جون
میں ہمیں دو کمروں کا فلیٹ ملا۔ اب [[PERSON:علیزہ]] کا اپنا کمرہ ہے اور میں سو سکتی ہوں۔ —
[[PERSON:فرح]]
"""),
    ),
    (
        "fv2ca-ur-04",
        "ur",
        _s("""
From: [[PERSON:Sakina Bibi]] <[[EMAIL:sakina.bibi@example.com]]> To:
[[EMAIL:asb@longsightpark.example.org]] Sent: 25 September 2023 21:40 Subject: ASB — کیس نمبر
[[REFERENCE:LPH-ASB-23O9]] محترم، میں [[PERSON:سکینہ بی بی]]، [[ADDRESS:فلیٹ ۹، ہولی ویل ہاؤس]]،
مانچسٹر [[POSTCODE:M13 ORP]] سے لکھ رہی ہوں۔ نیچے [[ADDRESS:فلیٹ ۳]] میں کچھ لڑکے دن رات
منشیات بیچتے ہیں اور سیڑھیوں پر بیٹھے رہتے ہیں۔ میری بیٹی [[PERSON:روشنی]] [[AGE:۱۶ سال]] کی
ہے؛ وہ اس پر آوازیں کستے ہیں اور اس کی تصویر [[OTHER_ID:@hollywell_m13]] پر ڈال دی۔ میرے شوہر
کا انتقال ہو چکا ہے اور مجھے [[HEALTH:گٹھیا]] ہے، میں اس کے ساتھ ہر جگہ نہیں جا سکتی۔ میرا فون
[[PHONE:۰۷۷۰۰ ۹۰۰ ۱۹۶]]۔ Printed 02/10/2023 14:31 — https://mail.example.com/inbox — 1/2
From: [[PERSON:Owen Price]] <[[EMAIL:o.price@longsightpark.example.org]]> Sent: 28 September
2023 09:10 Dear Mrs [[PERSON:Bibi]], thank you, and I am sorry this has gone on. With the
police we have applied for a closure order on [[ADDRESS:flat 3]], [[ORGANISATION:Longsight Park
Homes]] has put a camera on the stairwell, and the account posting photos of
[[PERSON:Roshni]] has been reported and taken down. Please call me on
[[PHONE:0161 496 0523]] if anything else happens. [[PERSON:Owen]] Printed 02/10/2023 14:31 —
https://mail.example.com/inbox — 2/2 [ہاتھ سے لکھا:] [[ADDRESS:فلیٹ ۳]] اب خالی ہے۔
[[PERSON:روشنی]] پھر سے شام کو لائبریری جاتی ہے۔ شکریہ [[PERSON:اوون]] صاحب۔
"""),
    ),
    (
        "fv2ca-ur-05",
        "ur",
        _s("""
صفحہ ۱ — [[ORGANISATION:Pendle Hill Housing]] — RECEIVED 14 AUG 2023 میں [[PERSON:غلا م رسول]]
ہوں، عمر [[AGE:۸۴ برس]]، [[ADDRESS:۲۹ کلیئر اسٹریٹ]]، نیلسن [[POSTCODE:BB9 7HS]]۔ میں
[[OTHER_SPECIAL:کشمیری]] ہوں اور انگریزی نہیں پڑھ سکتا؛ یہ خط میرا پوتا [[PERSON:بلال]] لکھ
رہا ہے۔ دو سال پہلے مجھے [[HEALTH:فالج]] ہوا، اب میں واکر کے ساتھ چلتا ہوں۔ سیڑھیوں پر
ریلنگ اور نیچے غسل خانے کا وعدہ [[ORGANISATION:پینڈل ہل ہاؤسنگ]] نے ۲۰۲۲ میں کیا تھا، مگر
آج تک کچھ نہیں ہوا۔ مارچ میں میں سیڑھیوں سے گرا اور دو دن اسپتال میں رہا۔ میرا این ایچ ایس
نمبر [[OTHER_ID:۶۰۱ ۲۳۸ ۴۴۷۵]] ہے۔ ڈاکٹر [[PERSON:حنا ملک]] نے [[ADDRESS:وٹ فیلڈ میڈیکل سینٹر]]
سے خط دیا ہے۔ صفحہ ۲ — [[ORGANISATION:Pendle Hill Housing]] — RECEIVED 14 AUG 2023 حوالہ
نمبر [[REFERENCE:PHH-AD-2O22-0l88]]۔ [[PERSON:بلال]] کا فون [[PHONE:07700 900 84O]] [کٹا ہوا:
میری بیٹی [[ADDRESS:۳ ہائی گیٹ]] میں رہتی ہے] دستخط: [[PERSON:غ. رسول]] [بعد میں، دوسری
لکھائی:] اکتوبر میں ریلنگ لگ گئی اور نومبر میں نیچے شاور روم بن گیا۔ انہوں نے تحریری معافی
مانگی اور ۵۰۰ پاؤنڈ دیے، اور اب ہر منظور شدہ کام کی ماہانہ جانچ ہوتی ہے۔ دادا جان اب خود
سیڑھیاں اترتے ہیں۔ — [[PERSON:بلو]]
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
