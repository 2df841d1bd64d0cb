"""Fresh version-2 PII test stories, batch az.

Money and paperwork: social housing residents, and now and then a welfare-rights adviser or a debt
adviser writing for a client, setting down how a rent account, a service charge, Universal Credit
housing costs, a Discretionary Housing Payment, a council tax reduction, a direct debit or a
compensation payment went wrong and how it was put right. The stories are thick with identifiers
copied from letters, statements and apps: rent account and tenancy numbers, complaint and Ombudsman
references, payment and mandate references, council tax accounts, National Insurance numbers (spaced,
unspaced, lower case, spelt out, or in the writer's own letters and digits), dates of birth given as
security answers, sort codes and account numbers given only in part ("ending 4471", "****7731"), and
the officers who dealt with it. Some quote a statement line or a letter header as it was printed. The
non-English stories mix the community's own words for benefits and paperwork with the English terms,
and use native digits in places. Only the digits of a partly given account number are marked, not
the "ending" or the asterisks; a name printed inside a statement line is marked like any other name.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 7 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 71.4% of 35, recall 97.4%, precision 80.7%, on the committed
detector 0a4d53e (after round 48, with the same spans as the detector that landed, c140d2b);
leak-free by language ar 3, bn 3, en 3, pa 4, pl 3, ro 5, ur 4 of 5.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2az-en-01",
        "en",
        _s("""
I'm writing this because [[PERSON:Kofi]] from the complaints team said it might help other people who transfer flats. My name is [[PERSON:Shona McAteer]], I'm [[AGE:36]], and since March I've rented [[ADDRESS:flat 14]], [[ADDRESS:Gannet Court]], Hull [[POSTCODE:HU9 3QT]] from [[ORGANISATION:Holderness Vale Housing]]. Before that I was at [[ADDRESS:27 Lyndhurst Grove]] with the same landlord.

What went wrong: when I moved I got a new tenancy (ref [[REFERENCE:HVH/T/0092214]]) and a new rent account, [[REFERENCE:4003 2291]]. I reported the move on my Universal Credit journal the same day, but the housing costs kept landing on my old account, [[REFERENCE:4003 1187]], which was closed. By June the new account showed £1,146.20 arrears and I got a letter headed "Our ref: [[REFERENCE:HVH/ARR/22817]] – Rent a/c [[REFERENCE:40032291]] – Ms [[PERSON:S McAteer]] – Notice of arrears". The old account was sitting £1,146.20 in credit. Nobody joined the dots.

I rang [[PHONE:01632 960 418]] three times. Each time I gave my date of birth ([[DATE_OF_BIRTH:02/06/1988]]) and NI number ([[NI_NUMBER:JN 62 48 17 B]]), and each time I was told "the system shows arrears". A lady called [[PERSON:Bernadette]] in the income team finally looked at both accounts and saw it, but said she couldn't move money without a manager.

How it was put right: I made a formal complaint, [[REFERENCE:CMP-24-03318]]. [[PERSON:Kofi Mensah-Bright]] rang back within two days, moved the whole credit across, cancelled the arrears letter and asked the credit reference agency to remove the mark. He paid £150 for the stress into my account ending [[OTHER_ID:7302]] and confirmed it all by email to [[EMAIL:shona.mcateer88@example.com]].

What changed: [[ORGANISATION:Holderness Vale]] now has a transfer checklist, and the income team looks for a credit on the old account before any arrears letter goes out on a new one.
"""),
    ),
    (
        "fv2az-en-02",
        "en",
        _s("""
I'm a welfare rights adviser at a law centre in east Bristol, writing this up with my client's permission. Mr [[PERSON:Desmond Alleyne]] is [[AGE:63]], [[OTHER_SPECIAL:Barbadian]]-born, and lives alone at [[ADDRESS:9 Quarry Steps]], Bristol [[POSTCODE:bs57ph]], an [[ORGANISATION:Avonmere Housing Trust]] bungalow. He has [[HEALTH:Parkinson's disease]] and his hands shake too much to fill in forms.

The problem: in the autumn [[ORGANISATION:Severnside District Council]] stopped his Council Tax Reduction, saying he had "capital over £16,000". He doesn't. The figure came from a lump sum of backdated PIP, spent the same month on a stairlift and a wet room. At the same time his Discretionary Housing Payment, which covered the gap left by the bedroom rule, ran out and the renewal form "was not received".

He came to us with a summons for £611.40 on council tax account [[REFERENCE:8800412276]] and a rent statement showing arrears on tenancy [[REFERENCE:AHT-00-51873]]. To identify him the council wanted his NI number, which he had copied onto an envelope as "[[NI_NUMBER:wk307159a]]", and his date of birth, [[DATE_OF_BIRTH:14 August 1961]].

I asked the benefits team for a reconsideration and a fresh DHP decision (our ref [[REFERENCE:LC/WR/2024/188]]). [[PERSON:Gethin Pryce]], a senior officer, rang me on [[PHONE:0117 496 0752]] and agreed that PIP arrears are disregarded for 52 weeks. The reduction was restored from the start, the summons costs were withdrawn and a new DHP award, ref [[REFERENCE:DHP/2425/0716]], was backdated to clear the rent arrears. [[PERSON:Marisa]] at [[ORGANISATION:Avonmere Housing Trust]] put the account on hold while this happened.

What changed: the council now phones before cancelling a reduction for capital, and [[ORGANISATION:Avonmere]]'s tenancy sustainment team sends a DHP renewal reminder two months ahead. Any adviser who wants the letters I used can email me at [[EMAIL:t.rowe@example.net]]. – [[PERSON:Tamsin Rowe]]
"""),
    ),
    (
        "fv2az-en-03",
        "en",
        _s("""
This is about £425 the Housing Ombudsman told our landlord to pay us, and which went to a stranger.

I'm [[PERSON:Róisín Gallagher]]. My partner [[PERSON:Pádraig]], our son [[PERSON:Cian]] ([[AGE:9]], who has [[HEALTH:cystic fibrosis]]) and I live at [[ADDRESS:62 Cotton Lane]], Preston [[POSTCODE:PR1 6NE]]. Our landlord is [[ORGANISATION:Ribble Northbank Homes]]. After a long damp complaint the Ombudsman (case [[REFERENCE:202317745]]) ordered them to pay £425 within four weeks.

Six weeks later nothing had come. I rang [[PHONE:07700 900 512]], the number on the letter for their complaints lead, and was told it had been paid on 3rd May. They read me the remittance: sort code [[OTHER_ID:30-96-18]], account ending [[OTHER_ID:4471]]. Our account ends [[OTHER_ID:0936]]. It turned out [[OTHER_ID:4471]] belonged to the previous tenant of our house, still on their system from her direct debit years ago.

[[PERSON:Hollie Braithwaite]] in finance emailed me the line from their payment file:
"03/05 FP OUT [[ORGANISATION:RIBBLE NBK HOMES]] REF [[REFERENCE:CMP0091475]] 425.00 [[PERSON:J M COOKSON]]".

How it was put right: [[PERSON:Hollie]] asked their bank to recall the payment, but rather than make us wait she paid the £425 again to our own account the same week, plus £75 for the extra delay. Before she changed anything she rang me back on my mobile and checked my date of birth, [[DATE_OF_BIRTH:19th of January 1990]], and the tenancy number, [[REFERENCE:RNH/PR1/06622]].

What changed: [[ORGANISATION:Ribble Northbank Homes]] now pays compensation only to bank details the tenant has confirmed in writing that month, and details left by former tenants have been deleted. Questions to [[EMAIL:roisin.gallagher@example.org]].
"""),
    ),
    (
        "fv2az-en-04",
        "en",
        _s("""
I'm [[PERSON:Yetunde Bakare]], treasurer of the residents' association at [[ADDRESS:Tamarind House]], a block of 24 flats in Hackney, [[POSTCODE:E9 5LQ]], owned by [[ORGANISATION:Marshgate Homes]]. I live in [[ADDRESS:flat 3]].

Every spring we get a service charge statement. Last year's began:
"[[ORGANISATION:Marshgate Homes]] – Service Charge Actuals 2023/24 – [[ADDRESS:Tamarind House]] [[ADDRESS:Flat 3]] – Account [[REFERENCE:SC-110392]] – Balancing charge £312.60".

The balancing charge included £4,100 for lift maintenance across the block. [[ADDRESS:Tamarind House]] has no lift. It also charged for window cleaning by [[ORGANISATION:BrightSweep Facilities Ltd]] four times a year; they came once. Most of us are on Universal Credit or Housing Benefit, and the extra was added to our rent accounts, so people paying by direct debit suddenly had £26 a month more taken, and people on UC found the new amount wasn't covered.

Mr [[PERSON:Halloran]] at [[ADDRESS:number 6]] and I went through the invoices at the office. The lift invoice belonged to another block on the estate with a similar name.

We made a group complaint (ref [[REFERENCE:MH/COMP/7734]]) by emailing [[EMAIL:servicecharges@example.com]]. [[PERSON:Callum Forsyth]] from the service charge team answered in ten days, accepted both mistakes and recalculated every flat.

How it was put right: each flat got £171.25 back, on the rent account or to the bank for those who asked (mine came to my account ending [[OTHER_ID:5518]]). Direct debits went back to the old amount, and [[ORGANISATION:Marshgate]] sent the corrected charges to the DWP so UC housing costs were recalculated.

What changed: statements now list every contractor invoice, and a resident checks the block's costs before they are sent out. Our association phone is [[PHONE:020 7946 0179]] if another block wants help.
"""),
    ),
    (
        "fv2az-en-05",
        "en",
        _s("""
I work as a debt adviser for a money advice charity in Nottingham. My client, [[PERSON:Tendai Moyo]], agreed I could share this. He rents [[ADDRESS:118 Carlton Hill Road]], Nottingham [[POSTCODE:ng41fy]] from [[ORGANISATION:Trentside Living]] and lives with his daughter [[PERSON:Rudo]], [[AGE:15]]. He has [[HEALTH:depression]], and his post had been piling up unopened.

In January [[ORGANISATION:Trentside Living]] collected his monthly rent of £487.20 twice in one week under direct debit mandate [[REFERENCE:DDM-77310842]]. The second collection took him overdrawn, his energy payment bounced and the bank charged £60. When he cancelled the direct debit to stop it happening again, the rent system flagged him "DD cancelled – in arrears" and a letter threatened court.

By the time he reached us he had also applied for Breathing Space, ref [[REFERENCE:BS-0048812]]. On the landlord's income line, [[PHONE:0115 496 0289]], I had to pass security for him: date of birth [[DATE_OF_BIRTH:ninth of November 1979]], and his National Insurance number, which he reads out as "[[NI_NUMBER:S for Sierra, H for Hotel, four one, seven seven, oh two, D for Delta]]". The tenancy number is [[REFERENCE:TL/3304/91]].

The income officer, [[PERSON:Abigail Northcott]], listened, checked the bank file and found that a batch of collections had been re-run after a system failure. About 190 tenants were hit.

How it was put right: [[PERSON:Abigail]] refunded the double payment to his account (sort code [[OTHER_ID:09-01-28]], ending [[OTHER_ID:1185]]) the next day, paid his £60 bank charges and £100 compensation, and removed the court warning. A new direct debit started only after he had chosen the date.

What changed: [[ORGANISATION:Trentside Living]] now writes to every tenant affected when collections are re-run, and nobody can mark an account as in arrears for a cancelled direct debit without first looking for a double collection. I can be reached at [[EMAIL:money.help@example.org]]. – [[PERSON:Priya Chandrasekaran]]
"""),
    ),
    (
        "fv2az-ar-01",
        "ar",
        _s("""
اسمي [[PERSON:رهف الخطيب]]، عمري [[AGE:٣٣ سنة]]، وأسكن مع زوجي [[PERSON:مازن]] وابنتنا [[PERSON:جود]] ([[AGE:٧ سنوات]]) في [[ADDRESS:32 Sandpiper Road]] في كوفنتري، الرمز البريدي [[POSTCODE:CV2 4JR]]. البيت تابع لجمعية الإسكان [[ORGANISATION:Sowe Valley Housing]].

ماذا حدث؟ في نيسان ارتفع الإيجار كالعادة، لكن الجمعية لم تؤكّد المبلغ الجديد على بوابة المالكين الخاصة بالائتمان الشامل (Universal Credit). فأوقفت وزارة العمل (DWP) عنصر السكن (housing element)، وبقينا ثلاثة أشهر ندفع من مصروف البيت ما نقدر عليه. وفي تموز وصلتني رسالة إنذار مكتوب في أعلاها: «رقم حساب الإيجار [[REFERENCE:٤٠٠٧٢١٤٣]] – المتأخرات £٨٩٠٫٤٠».

اتصلت بمكتب الجمعية على [[PHONE:0121 496 0813]]، وفي كل مرة كانوا يطلبون تاريخ ميلادي ([[DATE_OF_BIRTH:١٤/٠٣/١٩٩١]]) ورقم التأمين الوطني ([[NI_NUMBER:SP 71 33 09 A]])، ثم يقولون: «المشكلة عند الـDWP». والـDWP يكتب لي في اليومية (journal): «ننتظر تأكيد المالك».

كيف حُلّت المشكلة؟ قدّمت شكوى رسمية رقمها [[REFERENCE:SVH/C/40917]]، فتواصلت معي موظفة الدخل [[PERSON:ديردري]] ([[PERSON:Deirdre Collins]]) خلال يومين. اكتشفت أن تأكيدات نيسان لعشرات المستأجرين بقيت «معلّقة» في البوابة لأن الموظف المسؤول كان في إجازة طويلة. أكّدت الإيجار في اليوم نفسه، فدفع الـDWP عنصر السكن بأثر رجعي عن الأشهر الثلاثة، وسُحبت رسالة الإنذار، وأعادت الجمعية لنا ما دفعناه من جيبنا، وعوّضتنا بـ£١٥٠ حُوّلت إلى حسابنا المنتهي بـ[[OTHER_ID:٣٣٨٠]].

ما الذي تغيّر؟ صار في [[ORGANISATION:Sowe Valley Housing]] موظفان يتابعان البوابة كل أسبوع، ولا تُرسل رسالة متأخرات لمستأجر على الائتمان الشامل قبل التحقق منها. وكتب لنا المدير، السيد [[PERSON:أولوسيغون أديبايو]]، اعتذاراً شخصياً. للتواصل: [[EMAIL:rahaf.khatib@example.com]].
"""),
    ),
    (
        "fv2az-ar-02",
        "ar",
        _s("""
أنا [[PERSON:إخلاص عبد الرحيم]]، أمّ [[OTHER_SPECIAL:سودانية]] أعيش في كارديف منذ ٢٠١٢. أسكن في [[ADDRESS:شقة ٥]]، [[ADDRESS:Pembroke House]]، [[POSTCODE:CF11 6TU]]، والمالك جمعية [[ORGANISATION:Cartref Bae Housing]]. رقم عقد الإيجار (tenancy) عندي [[REFERENCE:CB/08815]].

ابني [[PERSON:معتز]] عمره [[AGE:١٦ سنة]]، ومصاب بـ[[HEALTH:التوحّد]] و[[HEALTH:الصرع]]، ولا يستطيع أن يشارك أخاه الصغير [[PERSON:أوّاب]] غرفة واحدة. ومع ذلك خُصم من عنصر السكن في الـUniversal Credit ما يسمّونه «ضريبة غرفة النوم» (bedroom tax)، لأن عندنا غرفة «زائدة» في نظرهم. نصحتني المرشدة [[PERSON:كيري]] ([[PERSON:Ceri Howells]]) من الجمعية أن أقدّم طلب «دفعة السكن التقديرية» (DHP) إلى المجلس. قدّمته ورقياً مع تقارير الأطباء، وانتظرت شهرين، ثم جاءني خطاب يقول إن الطلب «لم يُستلَم».

في هذه الأثناء تراكم على حسابي £٤٣٢ متأخرات، وبدأت الجمعية تتصل بي. كنت أبكي على الهاتف.

كيف انحلّت؟ أرسلت [[PERSON:كيري]] شكوى إلى المجلس من بريدها [[EMAIL:ceri.howells@example.org]] ومعها صورة إيصال التسليم الذي احتفظت به. اتصل بي السيد [[PERSON:ريس بيفان]] من المجلس على رقمي [[PHONE:07700 900 274]] وطلب تاريخ ميلادي للتحقق: [[DATE_OF_BIRTH:الأول من آذار ١٩٨٠]]. واعترف أن الطلب وُجد في صندوق بريد قسم آخر. مُنحت الـDHP برقم [[REFERENCE:DHP-٢٤-٣٣٠٨]] بأثر رجعي لستة وعشرين أسبوعاً، فسُدّدت المتأخرات كلها. وبعدها أعادوا تقييم حالتنا واعترفوا بأن [[PERSON:معتز]] يحتاج غرفة مستقلة بسبب إعاقته، فأُلغي الخصم نهائياً.

ما الذي تغيّر؟ صار المجلس يعطي رقماً مرجعياً فور استلام أي طلب DHP ورقي، وأوقفت الجمعية اتصالات المتأخرات لكل من لديه طلب DHP قيد الدراسة. أما [[PERSON:أوّاب]] فما زال ينام عند أخيه أحياناً، لكن باختياره هذه المرة.
"""),
    ),
    (
        "fv2az-ar-03",
        "ar",
        _s("""
أكتب هذه القصة، أنا [[PERSON:حيدر الساعدي]]، لعلّها تنفع غيري. كنت أسكن في [[ADDRESS:٧ Hartshead Walk]]، وفي ربيع السنة الماضية انتقلت مع زوجتي [[PERSON:سُرى]] إلى بيت أكبر عند المالك نفسه، [[ORGANISATION:Irwell Bridge Homes]]، في [[ADDRESS:19 Kingsway Terrace]]، مانشستر [[POSTCODE:m146hb]].

عند إغلاق حسابي القديم كان فيه رصيد دائن (credit) قدره £٦١٢، لأنني كنت أدفع أكثر من المطلوب. طلبت استرداده (refund) وأرسلت بيانات حسابي الجديد: رمز الفرع (sort code) [[OTHER_ID:40-11-62]] والحساب المنتهي بـ[[OTHER_ID:8853]]. مرّ شهر ولم يصل شيء. اتصلت على [[PHONE:0161 496 0735]]، فقالت الموظفة [[PERSON:شيفون]] إن المبلغ «أُرسل» تحت المرجع [[REFERENCE:RFD-558031]]. لكنه أُرسل إلى حسابي القديم المنتهي بـ[[OTHER_ID:٢٢٠٩]]، وكنت قد أغلقته. رجع المال إلى الشركة وبقي ثلاثة أشهر في حساب «معلّق» (suspense) لا يعرف أحد لمن هو.

كتبت شكوى رقمها [[REFERENCE:IBH-CMP-6120]]. وفي كل مكالمة يطلبون رقم التأمين الوطني [[NI_NUMBER:TH 30 48 85 C]] ورقم حساب الإيجار القديم [[REFERENCE:IB-0311-7726]] والجديد [[REFERENCE:IB-0311-9054]].

كيف تصحّح الأمر؟ في المرحلة الثانية من الشكوى تولّى الملف السيد [[PERSON:تشيدي نوامبا]] من قسم المالية. وجد المبلغ في الحساب المعلّق، وحوّله إلى حسابي الصحيح خلال خمسة أيام، وأضاف £٨٠ تعويضاً عن التأخير، وأرسل لي على [[EMAIL:haider.saadi@example.net]] سطر التحويل كما يظهر عندهم: «FP [[ORGANISATION:IRWELL BRIDGE]] REFUND [[REFERENCE:RFD-558031]] £692.00».

ما الذي تغيّر؟ صارت [[ORGANISATION:Irwell Bridge Homes]] تتصل بالمستأجر قبل أي استرداد لتأكيد الحساب المصرفي، ويُراجَع الحساب المعلّق كل أسبوع. حكيت القصة لجيراننا في [[ADDRESS:مسجد الرحمة]] بعد صلاة الجمعة، فاكتشف اثنان منهم أن لهما مبالغ مشابهة عالقة هناك.
"""),
    ),
    (
        "fv2az-ar-04",
        "ar",
        _s("""
بقلم [[PERSON:نجلاء بامطرف]]، [[ADDRESS:٥٨ Staniforth Road]]، شيفيلد [[POSTCODE:S9 3HE]].

نحن عائلة [[OTHER_SPECIAL:يمنية]]. زوجي [[PERSON:عبد الإله]] يعمل بدوام جزئي في مطعم، وأنا أرعى أمّه المصابة بـ[[HEALTH:الزهايمر]] التي تسكن معنا. بيتنا مستأجر من المجلس، [[ORGANISATION:Hallamvale City Council]]، ونستلم الائتمان الشامل وتخفيض ضريبة المجلس (Council Tax Reduction).

في تشرين الأول ألغى المجلس التخفيض فجأة، وجاءتنا فاتورة بالضريبة كاملة على الحساب رقم [[REFERENCE:٥٠٠٣٨٨٢١٧٤]]. لم نفهم السبب. ثم في كانون الثاني جاءنا استدعاء إلى المحكمة (summons) مع £٨٥ تكاليف. خفت كثيراً، فنحن لم نتأخر عن دفعة واحدة في حياتنا.

ذهبت إلى مستشار الديون في المركز المجتمعي، الأستاذ [[PERSON:غريغ]] ([[PERSON:Greg Holroyd]])، فاتصل بالمجلس على [[PHONE:0114 496 0921]] وأنا بجانبه. طلبوا رقم التأمين الوطني لزوجي، فقرأه من الرسالة: [[NI_NUMBER:yr 58 20 41 c]]، ثم تاريخ ميلاده: [[DATE_OF_BIRTH:٣ يناير ١٩٨٤]]. تبيّن أن راتب [[PERSON:عبد الإله]] في شهر واحد جاء مضاعفاً لأن المطعم دفع شهرين معاً، فظنّ النظام أن دخلنا ارتفع بشكل دائم وألغى التخفيض للسنة كلها.

كيف صُحّح الخطأ؟ كتب [[PERSON:غريغ]] طعناً (appeal) برقم [[REFERENCE:CTR/APP/23-0871]] وأرفق كشوف الراتب. وردّت الموظفة [[PERSON:بريانا كيلي]] خلال أسبوعين: أُعيد التخفيض من أول السنة، وسُحب الاستدعاء، وأُلغيت تكاليف المحكمة، ورجع إلينا £٢١٣ كنا دفعناها، إلى الحساب المنتهي بـ[[OTHER_ID:٠٤٥٧]].

ما الذي تغيّر؟ قال لنا المجلس إنه صار ينظر إلى معدّل الدخل لثلاثة أشهر قبل إلغاء أي تخفيض، ويتصل بالأسرة أولاً. وأنا صرت أفتح كل رسالة من المجلس في يومها. بريدي لمن يحتاج: [[EMAIL:najla.bamatraf@example.com]].
"""),
    ),
    (
        "fv2az-ar-05",
        "ar",
        _s("""
أعمل مستشارة في حقوق الإعانات (welfare rights) في شمال غرب لندن، واسمي [[PERSON:سامية الإدريسي]]. أكتب عن حالة موكّلي الحاج [[PERSON:إدريس الوزاني]]، وهو [[OTHER_SPECIAL:مغربي]] من طنجة، عمره [[AGE:٧١ سنة]]، ومصاب بـ[[HEALTH:قصور القلب]]. يسكن في سكن للمسنّين (sheltered housing) اسمه [[ADDRESS:Beaumont Lodge]]، [[ADDRESS:شقة رقم ١٢]]، [[POSTCODE:NW10 8QA]]، والمالك [[ORGANISATION:Roundwood Housing Group]].

المشكلة: الحاج [[PERSON:إدريس]] يتقاضى Pension Credit وإعانة السكن (Housing Benefit). ورسوم الخدمة (service charges) تشمل التدفئة المركزية للمبنى، وهي لا تغطيها إعانة السكن، فيدفعها من جيبه. لكن منذ ٢٠٢١ كانت التدفئة تُحتسب مرتين: مرة داخل الإيجار الأسبوعي، ومرة في فاتورة منفصلة. في كشف الحساب سطر يقول: «[[REFERENCE:RWH-SC-30077]] Communal Heating £24.15 wk»، وتحته مباشرة: «Heating & Hot Water (Sched. B) £24.15 wk».

ابنته [[PERSON:لبنى]] لاحظت ذلك وهي ترتّب أوراقه. جمعنا كشوف ثلاث سنوات، فبلغ ما دفعه زيادةً £٣٬٧٦٧.

قدّمت شكوى نيابة عنه، رقمها [[REFERENCE:RHG/CX/1184]]، مع تفويض موقّع فيه رقم تأمينه الوطني [[NI_NUMBER:PB448216D]] وتاريخ ميلاده [[DATE_OF_BIRTH:٠٢/٠٧/١٩٥٣]]. واعترفت الموظفة [[PERSON:تشيديرا أوبي]] ([[PERSON:Chidera Obi]]) من فريق رسوم الخدمة بالخطأ في المرحلة الأولى، فلم نحتج إلى الأمبودسمان.

كيف صُحّح: أُعيد المبلغ كاملاً إلى حسابه المصرفي المنتهي بـ[[OTHER_ID:6618]] مع £٢٠٠ تعويضاً، وأُلغيت الفاتورة المنفصلة. وتبيّن أن تسعة سكان آخرين في المبنى تضرّروا بالطريقة نفسها، فأُعيدت أموالهم أيضاً.

ما الذي تغيّر: صارت [[ORGANISATION:Roundwood]] ترسل لكل ساكن جدولاً واحداً بكل الرسوم، يراجعه ممثّل السكان قبل نيسان من كل عام. للاستفسار: [[EMAIL:s.idrissi@example.org]] أو [[PHONE:020 7946 0384]].
"""),
    ),
    (
        "fv2az-bn-01",
        "bn",
        _s("""
আমার নাম [[PERSON:রুহেলা খাতুন]]। স্বামী [[PERSON:আব্দুল মুকিত]] আর তিন বাচ্চা নিয়ে আমি [[ADDRESS:ফ্ল্যাট ২২]], [[ADDRESS:Brindley House]], পপলার, [[POSTCODE:E14 7RF]]-এ থাকি। বাড়িওয়ালা [[ORGANISATION:Limehouse Cut Homes]], একটা হাউজিং অ্যাসোসিয়েশন।

কী ভুল হয়েছিল: গত এপ্রিলে ভাড়া বাড়ার চিঠি এল। আমাদের দুই বেডরুমের ফ্ল্যাট, কিন্তু চিঠিতে তিন বেডরুমের রেট ধরা — সপ্তাহে £২৩ বেশি। ডাইরেক্ট ডেবিটও নিজে নিজে বেড়ে গেল। ইউনিভার্সাল ক্রেডিটের হাউজিং খরচ (housing costs) তো আসল ভাড়া অনুযায়ী আসে, তাই প্রতি মাসে ভাড়ার হিসাবে (rent account [[REFERENCE:০০৮৮৪১২৭]]) একটা ঘাটতি দেখাতে লাগল। চার মাস পরে এল লাল কালিতে "arrears" লেখা চিঠি।

আমি ইংরেজি ভালো পড়তে পারি না, তাই মেয়ে [[PERSON:তাহমিনা]] ফোন করল [[PHONE:০২০ ৭৯৪৬ ০২৫৮]] নম্বরে। ওরা আমার জন্মতারিখ চাইল — [[DATE_OF_BIRTH:৫ই অক্টোবর ১৯৮২]] — তারপর বলল, সিস্টেমে যা আছে তাই ঠিক।

কীভাবে ঠিক হলো: [[PERSON:তাহমিনা]] [[EMAIL:tahmina.k@example.com]] থেকে লিখিত অভিযোগ পাঠাল, সাথে টেন্যান্সি চুক্তির ছবি, যেখানে পরিষ্কার "2 bedroom" লেখা। অভিযোগ নম্বর [[REFERENCE:LCH-CF-7719]]। দশ দিনের মধ্যে মিস্টার [[PERSON:ডমিনিক ফেয়ারক্লাফ]] ফোন করলেন। উনি জানালেন, আমাদের ব্লকের আরও এগারোটা ফ্ল্যাটে একই ভুল হয়েছে, কারণ ডেটাবেসে পুরো ব্লককে তিন বেডরুম ধরা ছিল। ভাড়া ঠিক করা হলো, বেশি নেওয়া £৩৬৮ আমার ব্যাংক অ্যাকাউন্টে ফেরত এল (শেষ চারটা সংখ্যা [[OTHER_ID:৫৫০২]]), "arrears" মুছে দেওয়া হলো, আর DWP-কে সঠিক ভাড়া জানানো হলো। সাথে £৭৫ ক্ষতিপূরণ।

কী বদলেছে: এখন [[ORGANISATION:Limehouse Cut Homes]] ভাড়া বাড়ানোর আগে প্রত্যেক ফ্ল্যাটের বেডরুমের সংখ্যা টেন্যান্সি চুক্তির সাথে মিলিয়ে দেখে। আর ভাড়ার চিঠির সাথে এখন বাংলায় একটা ছোট সারাংশও আসে।
"""),
    ),
    (
        "fv2az-bn-02",
        "bn",
        _s("""
আমি [[PERSON:শাহীন তালুকদার]], আমার আব্বা [[PERSON:ফজলুল করিম]]-এর হয়ে লিখছি। আব্বার বয়স [[AGE:৭৮ বছর]], থাকেন [[ADDRESS:১৯ Werneth Grove]], ওল্ডহ্যাম [[POSTCODE:OL8 1RZ]]-এ, [[ORGANISATION:Pennine Fold Housing]]-এর বাসায়। ওনার [[HEALTH:ডায়াবেটিস]] আর শুরুর দিকের [[HEALTH:ডিমেনশিয়া]] আছে, তাই কাগজপত্র সব আমিই দেখি।

গত বছর কাউন্সিল হঠাৎ চিঠি দিল যে আব্বা হাউজিং বেনিফিট বেশি পেয়েছেন (overpayment) — £১,৯৪০! চিঠির ওপরে লেখা: "Claim ref: [[REFERENCE:HB4419027]] – Mr [[PERSON:F Karim]] – Overpayment notice"। প্রতি সপ্তাহে ওনার বেনিফিট থেকে £১১ করে কাটা শুরু হলো, ফলে ভাড়ার অ্যাকাউন্টে ([[REFERENCE:PFH-20-66391]]) ঘাটতি জমতে লাগল।

কারণ খুঁজতে গিয়ে দেখলাম, ওনার পেনশন ক্রেডিট (Pension Credit) একবার বেড়েছিল, DWP সেটা কাউন্সিলকে জানিয়েছিল, আর কাউন্সিল ভুল করে সেটাকে "অতিরিক্ত আয়" ধরে হাউজিং বেনিফিট কমিয়ে পিছনের তারিখ থেকে টাকা ফেরত চেয়েছে। অথচ গ্যারান্টি ক্রেডিট পেলে পুরো হাউজিং বেনিফিট পাওয়ার কথা।

কীভাবে ঠিক হলো: আমি [[PHONE:0161 496 0219]]-এ ফোন করে পুনর্বিবেচনা চাইলাম। নিরাপত্তার জন্য ওরা আব্বার জন্মতারিখ ([[DATE_OF_BIRTH:১২ই ফেব্রুয়ারি ১৯৪৭]]) আর ন্যাশনাল ইন্স্যুরেন্স নম্বর ([[NI_NUMBER:NE 20 83 66 B]]) চাইল। বেনিফিট অফিসের মিসেস [[PERSON:লিনেট শার্প]] ([[PERSON:Lynette Sharpe]]) কাগজ দেখে মেনে নিলেন যে ভুলটা ওনাদের। পুরো overpayment বাতিল হলো, কেটে নেওয়া £৩৩০ ফেরত এল, আর ভাড়ার অ্যাকাউন্টের ঘাটতি শূন্য হলো। [[ORGANISATION:Pennine Fold Housing]]-এর অফিসার [[PERSON:কনর]] এই পুরো সময় আব্বাকে কোনো হুমকির চিঠি পাঠাননি, সেজন্য আমরা কৃতজ্ঞ।

কী বদলেছে: কাউন্সিল এখন পেনশন ক্রেডিট পাওয়া মানুষের overpayment সিদ্ধান্ত একজন সিনিয়র অফিসারকে দিয়ে আরেকবার যাচাই করায়। কারো এমন সমস্যা হলে আমাকে লিখবেন: [[EMAIL:shaheen.talukdar@example.net]]।
"""),
    ),
    (
        "fv2az-bn-03",
        "bn",
        _s("""
আমার নাম [[PERSON:সাবিকুন নাহার]], লুটনে থাকি। গত বছর আমরা [[ORGANISATION:Chiltern Gate Housing]]-এর ফ্ল্যাট ছেড়ে [[ORGANISATION:Wardown Homes]]-এর একটা বাড়িতে উঠি — [[ADDRESS:৪১ Stockwood Crescent]], [[POSTCODE:lu1 3sx]]। আমার ইউনিভার্সাল ক্রেডিটে "ম্যানেজড পেমেন্ট" (APA) চালু ছিল, মানে ভাড়ার টাকা সরাসরি বাড়িওয়ালার কাছে যায়।

সমস্যা: বাসা বদলের খবর আমি জার্নালে দিয়েছিলাম, নতুন টেন্যান্সি নম্বরও ([[REFERENCE:WH-T-21554]]) লিখে দিয়েছিলাম। তবু চার মাস ধরে ভাড়ার টাকা পুরনো বাড়িওয়ালার কাছে যেতে থাকল। নতুন বাড়িওয়ালা চিঠি দিল: £১,৬৮০ বকেয়া। অথচ আমি এক পয়সাও হাতে পাইনি!

DWP-র স্টেটমেন্টে প্রতিটা পেমেন্টের পাশে লেখা ছিল "Landlord: [[ORGANISATION:CHILTERN GATE HSG]] – Ref [[REFERENCE:4L7729031]]"। ওয়ার্ক কোচ [[PERSON:হেনরিয়েটা]]-কে জার্নালে লিখলাম; উনি বললেন, "সংশোধনের অনুরোধ পাঠানো হয়েছে"। তারপর আর কিছুই হলো না।

কীভাবে ঠিক হলো: [[ORGANISATION:Wardown Homes]]-এর ইনকাম অফিসার [[PERSON:জোয়ান পিলকিংটন]] নিজে দায়িত্ব নিলেন। আমার অনুমতি নিয়ে আমার NI নম্বর ([[NI_NUMBER:SK502744A]]) আর জন্মতারিখ ([[DATE_OF_BIRTH:২৯/০৮/১৯৯৩]]) দিয়ে উনি landlord portal-এ কেস খুললেন, আর [[ORGANISATION:Chiltern Gate]]-কে ইমেইল করলেন টাকা ফেরত দিতে। ছয় সপ্তাহের মধ্যে [[ORGANISATION:Chiltern Gate]] পুরো £১,৬৮০ [[ORGANISATION:Wardown]]-কে পাঠাল। বকেয়া মুছে গেল, আমার ফাইলে যে "notice" লেখা হয়েছিল সেটাও তুলে নেওয়া হলো। [[ORGANISATION:Chiltern Gate]] আমাকে £৫০ ক্ষতিপূরণও দিল।

কী বদলেছে: এখন [[ORGANISATION:Wardown Homes]] নতুন ভাড়াটে আসার প্রথম সপ্তাহেই জিজ্ঞেস করে APA আছে কিনা, আর নিজেরাই DWP-কে জানায়। আমার মতো সমস্যায় পড়লে ফোন করতে পারেন: [[PHONE:07700 900 763]]।
"""),
    ),
    (
        "fv2az-bn-04",
        "bn",
        _s("""
আমি [[PERSON:মাহফুজুর রহমান]], ব্র্যাডফোর্ডে [[ADDRESS:৪৩ Lumb Lane Mews]] ([[POSTCODE:bd87qs]])-এ [[ORGANISATION:Bowling Park Homes]]-এর ভাড়াটে। আমার ছেলে [[PERSON:রাইয়ান]], বয়স [[AGE:১১]], ওর [[HEALTH:হাঁপানি]] আছে। বাড়িতে স্যাঁতসেঁতে ভাব আর ছত্রাকের জন্য আমরা হাউজিং ওম্বুডসম্যানের কাছে গিয়েছিলাম, কেস নম্বর [[REFERENCE:202403318]]। ওম্বুডসম্যান £৬০০ ক্ষতিপূরণ দিতে বলল।

সমস্যা: বাড়িওয়ালা বলল টাকা পাঠানো হয়ে গেছে, কিন্তু আমার অ্যাকাউন্টে কিছু আসেনি। অনেক খোঁজাখুঁজির পর জানা গেল, টাকা গেছে আরেকজন [[PERSON:এম রহমান]]-এর অ্যাকাউন্টে। ফাইন্যান্স টিমের [[PERSON:গ্যারেথ লয়েড]] পরে আমাকে রেমিট্যান্সের লাইনটা পাঠালেন: "[[OTHER_ID:20-32-45]] / ****[[OTHER_ID:7731]] / [[PERSON:M RAHMAN]] / COMP [[REFERENCE:HOS202403318]]"। অথচ আমার সর্ট কোড [[OTHER_ID:২০-৯৮-৬১]], অ্যাকাউন্টের শেষ চার সংখ্যা [[OTHER_ID:০৪১৮]]। নামের প্রথম অক্ষর আর পদবি মিলে যাওয়ায় কেউ আর যাচাই করেনি।

কীভাবে ঠিক হলো: [[PERSON:গ্যারেথ]] আমার মোবাইলে ([[PHONE:07700 900 186]]) ফোন করে পরিচয় যাচাই করলেন — টেন্যান্সি নম্বর [[REFERENCE:BPH/7730/12]] আর জন্মতারিখ [[DATE_OF_BIRTH:১৮ জুলাই ১৯৮৫]]। দুই দিনের মধ্যে £৬০০ আমার আসল অ্যাকাউন্টে পাঠালেন, সাথে দেরির জন্য আরও £১০০। ভুল অ্যাকাউন্টের টাকা ওনারা নিজেরাই ব্যাংকের মাধ্যমে ফেরত চেয়েছেন, আমাকে সেজন্য অপেক্ষা করতে হয়নি।

কী বদলেছে: এখন ক্ষতিপূরণ দেওয়ার আগে [[ORGANISATION:Bowling Park Homes]] ভাড়াটেকে ফোন করে অ্যাকাউন্টের শেষ চার সংখ্যা মিলিয়ে নেয়, আর নামের সাথে টেন্যান্সি নম্বরও মেলায়। কিছু জানতে চাইলে লিখুন: [[EMAIL:mahfuz.rahman@example.net]]।
"""),
    ),
    (
        "fv2az-bn-05",
        "bn",
        _s("""
আমি [[PERSON:নুসরাত জাহান]] (সবাই [[PERSON:লিপি]] নামে চেনে), বো-র একটা কমিউনিটি সেন্টারে ঋণ পরামর্শদাতা (debt adviser)। আমার ক্লায়েন্ট [[PERSON:হোসনেআরা বিবি]], বয়স [[AGE:৬৪]], এই ঘটনা লেখার অনুমতি দিয়েছেন।

ওনার স্বামী [[PERSON:সুরুজ মিয়া]] গত বছর মারা যান। বাড়ি [[ADDRESS:৬ Malmesbury Terrace]], [[POSTCODE:E3 2EB]]; টেন্যান্সি ছিল স্বামীর নামে। স্বামীর মৃত্যুর পর [[ORGANISATION:Bow Common Housing]] ভাড়ার অ্যাকাউন্ট ([[REFERENCE:BCH-0047-1893]]) বন্ধ করে "use and occupation" চার্জ বসাতে শুরু করে, আর হাউজিং বেনিফিট বন্ধ হয়ে যায়, কারণ দাবিটা ছিল স্বামীর নামে। ছয় মাসে £৩,২১০ বকেয়া, সাথে উচ্ছেদের হুমকি।

[[PERSON:হোসনেআরা]] আপা আমাকে একটা কাগজ দেখালেন, যেখানে ওনার NI নম্বর বাংলায় লেখা: "[[NI_NUMBER:টি ডব্লিউ ৬১ ০৪ ৯২ সি]]"। অফিসে বলতে হয় ইংরেজিতে, [[NI_NUMBER:TW610492C]]।

কীভাবে ঠিক হলো: আমি [[ORGANISATION:Bow Common Housing]]-এর টেন্যান্সি সার্ভিসেসে লিখলাম যে স্ত্রী হিসেবে উনি আইনত টেন্যান্সির উত্তরাধিকারী (succession)। অফিসার মিস [[PERSON:ফিওনুয়ালা ব্রেনান]] একদিন বাড়িতে এলেন, বিয়ের সার্টিফিকেট আর জন্মতারিখ ([[DATE_OF_BIRTH:১লা জানুয়ারি ১৯৬১]]) মিলিয়ে দেখলেন, আর দুই সপ্তাহে মৃত্যুর তারিখ থেকেই টেন্যান্সি ওনার নামে করে দিলেন। কাউন্সিল নতুন দাবিতে পিছনের তারিখ থেকে হাউজিং বেনিফিট দিল (claim ref [[REFERENCE:HB/7730/5581]]), আর বাকি ঘাটতির জন্য DHP দিল, রেফ [[REFERENCE:DHP-E3-0419]]। "use and occupation" চার্জ বাতিল, বকেয়া শূন্য।

কী বদলেছে: এখন [[ORGANISATION:Bow Common Housing]]-এ কোনো ভাড়াটে মারা গেলে দুই সপ্তাহের মধ্যে একজন অফিসার পরিবারের সাথে দেখা করেন, আর বেনিফিট টিমকে সাথে সাথে জানানো হয়। [[PERSON:হোসনেআরা]] আপা এখন আবার নিশ্চিন্তে [[ADDRESS:বায়তুল আমান জামে মসজিদ]]-এর মহিলাদের ক্লাসে যান। আমাকে পাওয়া যাবে [[PHONE:020 7946 0611]] নম্বরে।
"""),
    ),
    (
        "fv2az-pa-01",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਮ [[PERSON:ਤਰਸੇਮ ਕੌਰ ਪਨੇਸਰ]] ਹੈ, ਉਮਰ [[AGE:੬੮ ਸਾਲ]]। ਮੈਂ [[ADDRESS:14 Dormers Rise]], ਸਾਊਥਾਲ [[POSTCODE:UB1 3HW]] ਵਿੱਚ [[ORGANISATION:Havelock Housing Trust]] ਦੇ ਘਰ ਰਹਿੰਦੀ ਹਾਂ। ਮੇਰੇ ਪਤੀ, ਸਰਦਾਰ [[PERSON:ਅਜੀਤ ਸਿੰਘ ਪਨੇਸਰ]], ਪਿਛਲੇ ਸਾਲ ਅਕਾਲ ਚਲਾਣਾ ਕਰ ਗਏ।

ਕੀ ਗ਼ਲਤ ਹੋਇਆ: ਉਨ੍ਹਾਂ ਦੇ ਜਾਣ ਤੋਂ ਬਾਅਦ ਮੈਂ ਇਕੱਲੀ ਰਹਿ ਗਈ। ਕੌਂਸਲ ਟੈਕਸ ਵਿੱਚ ਇਕੱਲੇ ਵਿਅਕਤੀ ਦੀ ਛੋਟ (single person discount) ਮਿਲਣੀ ਚਾਹੀਦੀ ਸੀ, ਨਾਲੇ ਕੌਂਸਲ ਟੈਕਸ ਰਿਡਕਸ਼ਨ ਵੀ। ਮੇਰੇ ਪੋਤੇ ਨੇ ਫ਼ਾਰਮ ਔਨਲਾਈਨ ਭਰਿਆ। ਪਰ ਕੌਂਸਲ ਨੇ ਛੋਟ ਲਾਉਣ ਦੀ ਥਾਂ ਪੂਰਾ ਬਿੱਲ ਮੇਰੇ ਪਤੀ ਦੇ ਨਾਮ 'ਤੇ ਹੀ ਭੇਜ ਦਿੱਤਾ, ਉੱਤੇ ਲਿਖਿਆ ਸੀ "Executors of the late Mr [[PERSON:A S Panesar]]"। ਖਾਤਾ ਨੰਬਰ [[REFERENCE:੬੦੦੪੧੧੮੭੩]]। ਤਿੰਨ ਮਹੀਨੇ ਬਾਅਦ ਰੀਮਾਈਂਡਰ ਆ ਗਿਆ — £੪੧੨ ਬਕਾਇਆ।

ਫ਼ੋਨ ਕਰਦੀ ਤਾਂ ਪਹਿਲਾਂ ਮੇਰੀ ਜਨਮ ਤਰੀਕ ਪੁੱਛਦੇ — [[DATE_OF_BIRTH:੧੯ ਅਪ੍ਰੈਲ ੧੯੫੬]] — ਤੇ ਫਿਰ ਕਹਿੰਦੇ ਕਿ ਖਾਤਾ ਤੁਹਾਡੇ ਨਾਮ ਨਹੀਂ, ਅਸੀਂ ਗੱਲ ਨਹੀਂ ਕਰ ਸਕਦੇ।

ਕਿਵੇਂ ਠੀਕ ਹੋਇਆ: ਮੇਰਾ ਪੋਤਾ [[PERSON:ਜੁਝਾਰ]] ਮੈਨੂੰ [[ORGANISATION:Havelock Housing Trust]] ਦੀ ਮਨੀ ਐਡਵਾਈਸ ਅਫ਼ਸਰ ਮਿਸ [[PERSON:ਮੌਰੀਨ ਓ'ਕੀਫ਼]] ਕੋਲ ਲੈ ਗਿਆ। ਉਨ੍ਹਾਂ ਨੇ ਡੈੱਥ ਸਰਟੀਫ਼ਿਕੇਟ ਅਤੇ ਮੇਰੀ ਟੈਨੈਂਸੀ (ਨੰਬਰ [[REFERENCE:HHT/SW/30418]]) ਦੀ ਕਾਪੀ ਨਾਲ ਕੌਂਸਲ ਨੂੰ [[EMAIL:ctax.enquiries@example.org]] 'ਤੇ ਸ਼ਿਕਾਇਤ ਭੇਜੀ। ਦਸਾਂ ਦਿਨਾਂ ਵਿੱਚ ਖਾਤਾ ਮੇਰੇ ਨਾਮ ਹੋ ਗਿਆ, ਪਤੀ ਦੀ ਮੌਤ ਦੀ ਤਰੀਕ ਤੋਂ ਛੋਟ ਅਤੇ ਰਿਡਕਸ਼ਨ ਦੋਵੇਂ ਲੱਗ ਗਏ, ਬਕਾਇਆ ਖ਼ਤਮ ਹੋਇਆ ਅਤੇ £੯੬ ਮੇਰੇ ਬੈਂਕ ਖਾਤੇ ਵਿੱਚ ਵਾਪਸ ਆਏ, ਜਿਸ ਦੇ ਆਖ਼ਰੀ ਚਾਰ ਅੰਕ [[OTHER_ID:੨੨੮੧]] ਹਨ।

ਕੀ ਬਦਲਿਆ: ਕੌਂਸਲ ਹੁਣ "Tell Us Once" ਵਾਲੀ ਸੂਚਨਾ ਮਿਲਦੇ ਹੀ ਵਿਧਵਾ ਜਾਂ ਵਿਧੁਰ ਨੂੰ ਆਪ ਫ਼ੋਨ ਕਰਦੀ ਹੈ। ਇਹ ਗੱਲ ਮੈਂ [[ADDRESS:ਗੁਰਦੁਆਰਾ ਨਾਨਕਸਰ ਦਰਬਾਰ]] ਦੀਆਂ ਬੀਬੀਆਂ ਨੂੰ ਵੀ ਦੱਸੀ ਹੈ। ਜੇ ਕਿਸੇ ਨੂੰ ਮਦਦ ਚਾਹੀਦੀ ਹੋਵੇ, [[PERSON:ਜੁਝਾਰ]] ਦਾ ਨੰਬਰ [[PHONE:07700 900 358]] ਹੈ।
"""),
    ),
    (
        "fv2az-pa-02",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਗੁਰਮੇਲ ਸਿੰਘ ਸਹੋਤਾ]], [[ADDRESS:Merridale Court]] ਦੀ ਟੈਨੈਂਟਸ ਕਮੇਟੀ ਦਾ ਸਕੱਤਰ ਹਾਂ। ਇਹ ਬਲਾਕ ਵੁਲਵਰਹੈਂਪਟਨ [[POSTCODE:WV3 0RS]] ਵਿੱਚ ਹੈ ਅਤੇ ਇਸ ਦੀ ਮਾਲਕ [[ORGANISATION:Penn Fields Housing]] ਹੈ। ਮੈਂ ਆਪ [[ADDRESS:ਫ਼ਲੈਟ ੭]] ਵਿੱਚ ਰਹਿੰਦਾ ਹਾਂ।

ਕੀ ਗ਼ਲਤ ਸੀ: ਹਰ ਹਫ਼ਤੇ ਕਿਰਾਏ ਨਾਲ ਸਰਵਿਸ ਚਾਰਜ ਲੱਗਦਾ ਹੈ, ਜਿਸ ਵਿੱਚ "grounds maintenance" ਦੇ £੩.੮੦ ਹਫ਼ਤਾਵਾਰ ਸਨ। ਪਰ ਦੋ ਸਾਲ ਤੋਂ ਘਾਹ ਕੋਈ ਨਹੀਂ ਕੱਟਦਾ ਸੀ; ਬਗ਼ੀਚਾ ਜੰਗਲ ਬਣ ਗਿਆ। ਠੇਕੇਦਾਰ [[ORGANISATION:GreenEdge Grounds Ltd]] ਦਾ ਠੇਕਾ ਕਦੋਂ ਦਾ ਖ਼ਤਮ ਹੋ ਚੁੱਕਾ ਸੀ, ਪਰ ਚਾਰਜ ਚੱਲਦਾ ਰਿਹਾ। ਜਿਨ੍ਹਾਂ ਦਾ ਕਿਰਾਇਆ ਹਾਊਸਿੰਗ ਬੈਨੀਫ਼ਿਟ ਜਾਂ ਯੂਨੀਵਰਸਲ ਕ੍ਰੈਡਿਟ ਵਿੱਚੋਂ ਜਾਂਦਾ ਹੈ, ਉਨ੍ਹਾਂ ਦਾ ਪੈਸਾ ਸਰਕਾਰ ਦਾ ਗਿਆ; ਮੇਰੇ ਵਰਗੇ ਜੋ ਆਪ ਭਰਦੇ ਹਨ, ਉਨ੍ਹਾਂ ਦੀ ਆਪਣੀ ਜੇਬ ਵਿੱਚੋਂ।

ਮੇਰੀ ਸਟੇਟਮੈਂਟ ਦੀ ਲਾਈਨ ਇਉਂ ਸੀ: "[[REFERENCE:SC/00731/WV]] Grounds Maint. 3.80 — Rent a/c [[REFERENCE:PFH-7-20066]]"।

ਅਸੀਂ ਸਾਰੇ ਬਲਾਕ ਵੱਲੋਂ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਨੰਬਰ [[REFERENCE:PFH/CP/2291]]। ਪਹਿਲਾਂ ਜਵਾਬ ਆਇਆ ਕਿ "ਸਾਈਟ ਵਿਜ਼ਿਟ ਹੁੰਦੀ ਹੈ"। ਫਿਰ [[ADDRESS:ਫ਼ਲੈਟ ੨]] ਵਾਲੀ ਮਿਸਿਜ਼ [[PERSON:ਕੋਵਾਲਸਕਾ]] ਨੇ ਹਰ ਮਹੀਨੇ ਬਗ਼ੀਚੇ ਦੀਆਂ ਜੋ ਤਸਵੀਰਾਂ ਤਰੀਕਾਂ ਨਾਲ ਖਿੱਚੀਆਂ ਸਨ, ਉਹ ਭੇਜ ਦਿੱਤੀਆਂ।

ਕਿਵੇਂ ਠੀਕ ਹੋਇਆ: ਸਰਵਿਸ ਚਾਰਜ ਟੀਮ ਦੀ ਮੈਨੇਜਰ [[PERSON:ਚਿਓਮਾ ਐਨਵੋਸੂ]] ਆਪ ਆਏ ਅਤੇ ਮੰਨਿਆ ਕਿ ਦੋ ਸਾਲ ਦਾ ਚਾਰਜ ਗ਼ਲਤ ਸੀ। ਹਰ ਫ਼ਲੈਟ ਨੂੰ £੩੯੫.੨੦ ਵਾਪਸ ਮਿਲੇ; ਜਿਨ੍ਹਾਂ ਦਾ ਪੈਸਾ ਬੈਨੀਫ਼ਿਟ ਵਿੱਚੋਂ ਗਿਆ ਸੀ, ਉਨ੍ਹਾਂ ਦਾ ਹਿਸਾਬ DWP ਅਤੇ ਕੌਂਸਲ ਨਾਲ ਠੀਕ ਕੀਤਾ ਗਿਆ। ਮੇਰੇ ਪੈਸੇ ਉਸ ਬੈਂਕ ਖਾਤੇ ਵਿੱਚ ਆਏ ਜਿਸ ਦੇ ਅਖ਼ੀਰ ਵਿੱਚ [[OTHER_ID:੬੬੦੪]] ਹੈ। ਨਾਲ ਹੀ ਹਾਊਸਿੰਗ ਅਫ਼ਸਰ [[PERSON:ਟ੍ਰੇਵਰ ਬੈਂਟਲੀ]] ਨੇ ਨਵਾਂ ਠੇਕਾ ਲਵਾਇਆ ਅਤੇ ਬਗ਼ੀਚਾ ਸਾਫ਼ ਕਰਵਾਇਆ।

ਕੀ ਬਦਲਿਆ: ਹੁਣ ਕਮੇਟੀ ਹਰ ਤਿੰਨ ਮਹੀਨੇ ਠੇਕੇਦਾਰ ਦਾ ਕੰਮ ਵੇਖ ਕੇ ਦਸਤਖ਼ਤ ਕਰਦੀ ਹੈ, ਅਤੇ ਠੇਕਾ ਖ਼ਤਮ ਹੁੰਦਿਆਂ ਹੀ ਚਾਰਜ ਆਪਣੇ-ਆਪ ਬੰਦ ਹੋ ਜਾਂਦਾ ਹੈ। ਸੰਪਰਕ: [[EMAIL:gurmel.sahota@example.com]], [[PHONE:0121 496 0370]]।
"""),
    ),
    (
        "fv2az-pa-03",
        "pa",
        _s("""
ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ। ਮੈਂ [[PERSON:ਰਵਨੀਤ ਕੌਰ ਭੁੱਲਰ]] ਹਾਂ, [[ADDRESS:88 Kingsbury Drive]], ਬਰਮਿੰਘਮ [[POSTCODE:B11 4PN]]; ਮਕਾਨ [[ORGANISATION:Cole Valley Housing]] ਦਾ ਹੈ। ਮੇਰੀ ਧੀ [[PERSON:ਨਿਮਰਤ]], [[AGE:੧੨ ਸਾਲ]], ਨੂੰ [[HEALTH:ਸੈਰੇਬ੍ਰਲ ਪਾਲਸੀ]] ਹੈ ਅਤੇ ਉਸ ਨੂੰ DLA ਮਿਲਦਾ ਹੈ।

ਕੀ ਗ਼ਲਤ ਹੋਇਆ: ਜਦੋਂ ਮੈਂ ਪੁਰਾਣੇ ਬੈਨੀਫ਼ਿਟਾਂ ਤੋਂ ਯੂਨੀਵਰਸਲ ਕ੍ਰੈਡਿਟ 'ਤੇ ਗਈ, ਤਾਂ UC ਨੇ ਮੇਰੇ 'ਤੇ ਬੈਨੀਫ਼ਿਟ ਕੈਪ (benefit cap) ਲਾ ਦਿੱਤੀ। ਪਰ ਜਿਸ ਘਰ ਵਿੱਚ ਬੱਚੇ ਨੂੰ DLA ਮਿਲਦਾ ਹੋਵੇ, ਉਸ 'ਤੇ ਕੈਪ ਲੱਗਦੀ ਹੀ ਨਹੀਂ। ਹਰ ਮਹੀਨੇ ਹਾਊਸਿੰਗ ਖ਼ਰਚੇ ਵਿੱਚੋਂ £੨੧੭ ਕੱਟੇ ਜਾਣ ਲੱਗੇ ਅਤੇ ਕਿਰਾਏ ਦਾ ਬਕਾਇਆ ਵਧਦਾ ਗਿਆ। [[ORGANISATION:Cole Valley Housing]] ਨੇ ਟੈਨੈਂਸੀ [[REFERENCE:CVH-B11-07742]] 'ਤੇ ਚੇਤਾਵਨੀ ਦੀ ਚਿੱਠੀ ਭੇਜ ਦਿੱਤੀ।

ਮੈਂ ਜਰਨਲ ਵਿੱਚ ਤਿੰਨ ਵਾਰ ਲਿਖਿਆ, ਹਰ ਵਾਰ ਜਵਾਬ ਇੱਕੋ: "ਤੁਹਾਡੀ ਕੈਪ ਸਹੀ ਹੈ।" ਹਰ ਕਾਲ 'ਤੇ ਮੇਰਾ NI ਨੰਬਰ ਪੁੱਛਦੇ, ਜੋ ਮੈਂ ਡਾਇਰੀ ਵਿੱਚ ਪੰਜਾਬੀ ਵਿੱਚ ਲਿਖਿਆ ਹੋਇਆ ਹੈ — "[[NI_NUMBER:ਜ਼ੈੱਡ ਆਰ ੧੮ ੬੪ ੩੦ ਸੀ]]" — ਅਤੇ [[PERSON:ਨਿਮਰਤ]] ਦੀ ਜਨਮ ਤਰੀਕ, [[DATE_OF_BIRTH:੩੦.੦੬.੨੦੧੨]]।

ਕਿਵੇਂ ਠੀਕ ਹੋਇਆ: [[ORGANISATION:Cole Valley Housing]] ਦੀ ਵੈਲਫ਼ੇਅਰ ਬੈਨੀਫ਼ਿਟ ਅਫ਼ਸਰ [[PERSON:ਸ਼ੈਨਨ ਮੈਕਡੋਨਾਗ]] ਨੇ ਮੇਰੇ ਵੱਲੋਂ mandatory reconsideration ਭੇਜੀ, ਅਤੇ ਨਾਲ ਹੀ ਕੌਂਸਲ ਨੂੰ DHP ਲਈ ਅਰਜ਼ੀ ਦਿੱਤੀ ਤਾਂ ਜੋ ਇਸ ਦੌਰਾਨ ਘਰ ਖ਼ਤਰੇ ਵਿੱਚ ਨਾ ਪਵੇ। DHP ਦਾ ਨੰਬਰ [[REFERENCE:DHP/24/1130]] ਸੀ ਅਤੇ ਛੇ ਹਫ਼ਤਿਆਂ ਦਾ ਪੈਸਾ ਸਿੱਧਾ ਕਿਰਾਏ ਦੇ ਖਾਤੇ ਵਿੱਚ ਆਇਆ। ਫਿਰ DWP ਨੇ ਮੰਨਿਆ ਕਿ [[PERSON:ਨਿਮਰਤ]] ਦਾ DLA ਉਨ੍ਹਾਂ ਦੇ ਸਿਸਟਮ ਵਿੱਚ ਜੁੜਿਆ ਹੀ ਨਹੀਂ ਸੀ। ਕੈਪ ਹਟੀ, ਸੱਤ ਮਹੀਨਿਆਂ ਦੇ £੧,੫੧੯ ਵਾਪਸ ਮਿਲੇ ਅਤੇ ਬਕਾਇਆ ਖ਼ਤਮ ਹੋ ਗਿਆ। [[PERSON:ਸ਼ੈਨਨ]] ਨੇ ਚੇਤਾਵਨੀ ਵਾਲੀ ਚਿੱਠੀ ਵੀ ਵਾਪਸ ਲੈ ਲਈ।

ਕੀ ਬਦਲਿਆ: ਹੁਣ [[ORGANISATION:Cole Valley Housing]] UC 'ਤੇ ਜਾਣ ਵਾਲੇ ਹਰ ਕਿਰਾਏਦਾਰ ਦੀ ਪਹਿਲੀ ਸਟੇਟਮੈਂਟ ਵੇਖਦੀ ਹੈ ਕਿ ਕਿਤੇ ਗ਼ਲਤ ਕੈਪ ਤਾਂ ਨਹੀਂ ਲੱਗੀ। ਮੇਰਾ ਫ਼ੋਨ [[PHONE:0121 496 0587]], ਈਮੇਲ [[EMAIL:ravneet.bhullar@example.com]]।
"""),
    ),
    (
        "fv2az-pa-04",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਹਰਜੋਤ ਸਿੰਘ ਜੌਹਲ]], ਗ੍ਰੇਵਜ਼ੈਂਡ ਤੋਂ। ਮੇਰੀ ਘਰਵਾਲੀ [[PERSON:ਅਮਨਦੀਪ]] ਅਤੇ ਮੈਂ [[ADDRESS:5 Wrotham Mews]], [[POSTCODE:DA11 0BP]] ਵਿੱਚ [[ORGANISATION:Thameside Reach Housing]] ਦੇ ਕਿਰਾਏਦਾਰ ਹਾਂ। ਮੈਂ ਬੱਸ ਡਰਾਈਵਰ ਹਾਂ, ਤਨਖ਼ਾਹ ਮਹੀਨੇ ਦੀ ੨੮ ਤਰੀਕ ਨੂੰ ਆਉਂਦੀ ਹੈ, ਇਸ ਲਈ ਕਿਰਾਏ ਦਾ ਡਾਇਰੈਕਟ ਡੈਬਿਟ ੧ ਤਰੀਕ ਦਾ ਰੱਖਿਆ ਸੀ।

ਕੀ ਗ਼ਲਤ ਹੋਇਆ: ਨਵੇਂ ਕੰਪਿਊਟਰ ਸਿਸਟਮ 'ਤੇ ਜਾਣ ਵੇਲੇ ਕੰਪਨੀ ਨੇ ਸਭ ਦੇ DD ੧੫ ਤਰੀਕ ਦੇ ਕਰ ਦਿੱਤੇ, ਅਤੇ ਉਸ ਮਹੀਨੇ ਪੁਰਾਣੀ ਤਰੀਕ ਵਾਲੀ ਕਿਸ਼ਤ ਵੀ ਕੱਟ ਲਈ। ਬੈਂਕ ਸਟੇਟਮੈਂਟ 'ਤੇ ਦੋ ਲਾਈਨਾਂ ਸਨ: "01/09 DD [[ORGANISATION:THAMESIDE RCH HSG]] [[REFERENCE:TRH00419327]] 612.40" ਅਤੇ "15/09 DD [[ORGANISATION:THAMESIDE RCH HSG]] [[REFERENCE:TRH00419327]] 612.40"। ਖਾਤਾ ਖਾਲੀ ਹੋ ਗਿਆ, ਕਾਰ ਦੀ ਇੰਸ਼ੋਰੈਂਸ ਮੁੜ ਗਈ ਅਤੇ ਬੈਂਕ ਨੇ £੪੫ ਜੁਰਮਾਨਾ ਲਾਇਆ।

ਮੈਂ [[PHONE:020 7946 0825]] 'ਤੇ ਫ਼ੋਨ ਕੀਤਾ ਤਾਂ ਕਿਹਾ ਗਿਆ, "Direct Debit Guarantee ਹੇਠ ਬੈਂਕ ਤੋਂ ਪੈਸੇ ਵਾਪਸ ਮੰਗੋ"। ਬੈਂਕ ਨੇ ਮੋੜ ਦਿੱਤੇ, ਪਰ ਫਿਰ [[ORGANISATION:Thameside Reach]] ਦੇ ਸਿਸਟਮ ਨੇ ਇਸ ਨੂੰ "ਅਦਾਇਗੀ ਵਾਪਸ" ਮੰਨ ਕੇ ਕਿਰਾਏ ਦੇ ਖਾਤੇ ([[REFERENCE:TRH-004-19327]]) 'ਤੇ ਬਕਾਇਆ ਵਿਖਾ ਦਿੱਤਾ ਅਤੇ £੨੫ "admin fee" ਵੀ ਠੋਕ ਦਿੱਤੀ!

ਕਿਵੇਂ ਠੀਕ ਹੋਇਆ: ਮੈਂ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਨੰਬਰ [[REFERENCE:TRH/CMP/88104]]। ਪਛਾਣ ਲਈ ਮੇਰੀ ਜਨਮ ਤਰੀਕ [[DATE_OF_BIRTH:07-02-1979]] ਅਤੇ NI ਨੰਬਰ [[NI_NUMBER:jh290571a]] ਪੁੱਛੇ ਗਏ। ਇਨਕਮ ਟੀਮ ਦੇ ਲੀਡਰ [[PERSON:ਲੀਅਮ ਹੈਚਰ]] ਨੇ ਜਾਂਚ ਕਰ ਕੇ ਮੰਨਿਆ ਕਿ ਤਕਰੀਬਨ ੩੦੦ ਘਰਾਂ ਨਾਲ ਇਹੀ ਹੋਇਆ ਸੀ। ਉਨ੍ਹਾਂ ਨੇ ਗ਼ਲਤ ਬਕਾਇਆ ਅਤੇ admin fee ਹਟਾ ਦਿੱਤੀ, ਮੇਰੇ £੪੫ ਬੈਂਕ ਚਾਰਜ ਅਤੇ £੫੦ ਮੁਆਵਜ਼ਾ ਮੇਰੇ ਖਾਤੇ (ਸੌਰਟ ਕੋਡ [[OTHER_ID:60-83-71]], ਖਾਤਾ ਨੰਬਰ ਦੇ ਅਖ਼ੀਰਲੇ ਅੰਕ [[OTHER_ID:੩੩੦੯]]) ਵਿੱਚ ਪਾਏ, ਅਤੇ DD ਫਿਰ ੧ ਤਰੀਕ ਦਾ ਕਰ ਦਿੱਤਾ।

ਕੀ ਬਦਲਿਆ: ਹੁਣ DD ਦੀ ਤਰੀਕ ਬਦਲਣ ਤੋਂ ਦਸ ਦਿਨ ਪਹਿਲਾਂ ਲਿਖਤੀ ਨੋਟਿਸ ਆਉਂਦਾ ਹੈ ਅਤੇ ਕਿਰਾਏਦਾਰ ਆਪਣੀ ਤਰੀਕ ਚੁਣ ਸਕਦੇ ਹਨ। [[PERSON:ਅਮਨਦੀਪ]] ਕਹਿੰਦੀ ਹੈ ਕਿ ਹੁਣ ਹਰ ਮਹੀਨੇ ਸਟੇਟਮੈਂਟ ਉਹ ਆਪ ਵੇਖਦੀ ਹੈ। ਈਮੇਲ: [[EMAIL:harjot.johal79@example.net]]।
"""),
    ),
    (
        "fv2az-pa-05",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਮ [[PERSON:ਦਲਬੀਰ ਸਿੰਘ ਕਲਸੀ]] ਹੈ, ਉਮਰ [[AGE:੭੫ ਸਾਲ]], ਜਨਮ ਤਰੀਕ [[DATE_OF_BIRTH:੨੫-੧੧-੧੯੪੯]]। ਮੈਂ ੧੯੯੨ ਤੋਂ [[ADDRESS:੨੧ Gledhow Rise]], ਲੀਡਜ਼ [[POSTCODE:LS8 4DX]] ਵਿੱਚ [[ORGANISATION:Meanwood Valley Homes]] ਦਾ ਕਿਰਾਏਦਾਰ ਹਾਂ।

ਕੀ ਗ਼ਲਤ ਸੀ: ੨੦੧੬ ਵਿੱਚ ਮੇਰੇ ਘਰ ਪਾਣੀ ਦਾ ਮੀਟਰ ਲੱਗਿਆ ਅਤੇ ਉਸ ਦਿਨ ਤੋਂ ਮੈਂ ਪਾਣੀ ਦਾ ਬਿੱਲ ਸਿੱਧਾ ਪਾਣੀ ਵਾਲੀ ਕੰਪਨੀ ਨੂੰ ਭਰਦਾ ਹਾਂ। ਪਰ [[ORGANISATION:Meanwood Valley Homes]] ਕਿਰਾਏ ਨਾਲ "water rates" ਵੀ ਲੈਂਦੀ ਰਹੀ — ਪੂਰੇ ਅੱਠ ਸਾਲ! ਮੇਰੇ ਪੋਤੇ [[PERSON:ਏਕਮ]] ਨੇ ਪੁਰਾਣੀਆਂ ਕਿਰਾਇਆ-ਕਾਪੀਆਂ ਫਰੋਲੀਆਂ ਤਾਂ ਪਤਾ ਲੱਗਿਆ।

ਅਸੀਂ ਕਿਰਾਇਆ ਖਾਤਾ [[REFERENCE:MVH 0019 2274]] ਦੇ ਹਵਾਲੇ ਨਾਲ ਸ਼ਿਕਾਇਤ ਕੀਤੀ। ਪਹਿਲੇ ਪੜਾਅ ਵਿੱਚ ਉਹ ਸਿਰਫ਼ ਛੇ ਸਾਲ ਦਾ ਪੈਸਾ ਮੋੜਨ ਨੂੰ ਮੰਨੇ, "limitation" ਕਹਿ ਕੇ। ਦੂਜੇ ਪੜਾਅ ਵਿੱਚ ਵੀ ਉਹੀ ਜਵਾਬ। ਫਿਰ [[PERSON:ਏਕਮ]] ਨੇ ਹਾਊਸਿੰਗ ਓਮਬਡਸਮੈਨ ਨੂੰ ਲਿਖਿਆ; ਕੇਸ ਨੰਬਰ [[REFERENCE:202409917]]।

ਕਿਵੇਂ ਠੀਕ ਹੋਇਆ: ਓਮਬਡਸਮੈਨ ਦੀ ਜਾਂਚ ਦੌਰਾਨ ਹੀ [[ORGANISATION:Meanwood Valley Homes]] ਦੀ ਸ਼ਿਕਾਇਤ ਮੈਨੇਜਰ [[PERSON:ਬ੍ਰਾਇਓਨੀ ਐਟਕਿਨਸਨ]] ਨੇ [[PHONE:0113 496 0664]] ਤੋਂ ਫ਼ੋਨ ਕਰ ਕੇ ਮਾਫ਼ੀ ਮੰਗੀ। ਪੂਰੇ ਅੱਠਾਂ ਸਾਲਾਂ ਦੇ £੧,੮੪੦ ਵਾਪਸ ਮਿਲੇ, ਨਾਲ £੨੫੦ ਮੁਆਵਜ਼ਾ। ਪੈਸੇ ਕਿਰਾਏ ਵਾਲੇ ਖਾਤੇ ਵਿੱਚ ਨਹੀਂ, ਮੇਰੇ ਬੈਂਕ ਵਿੱਚ ਆਏ, ਜਿਵੇਂ ਮੈਂ ਮੰਗਿਆ ਸੀ — ਸੌਰਟ ਕੋਡ [[OTHER_ID:੪੦-੧੯-੨੨]], ਖਾਤਾ ...[[OTHER_ID:੫੧੭੬]]। ਓਮਬਡਸਮੈਨ ਨੇ ਫਿਰ ਵੀ ਫ਼ੈਸਲਾ ਦਿੱਤਾ ਕਿ ਸ਼ਿਕਾਇਤ ਨੂੰ ਠੀਕ ਤਰ੍ਹਾਂ ਨਹੀਂ ਨਜਿੱਠਿਆ ਗਿਆ (maladministration)।

ਕੀ ਬਦਲਿਆ: ਕੰਪਨੀ ਨੇ ਸਾਰੇ ਘਰਾਂ ਦੀ ਜਾਂਚ ਕੀਤੀ ਅਤੇ ੪੦ ਹੋਰ ਕਿਰਾਏਦਾਰਾਂ ਨੂੰ ਵੀ ਪੈਸੇ ਮੋੜੇ। ਹੁਣ ਮੀਟਰ ਲੱਗਣ ਦੀ ਸੂਚਨਾ ਮਿਲਦੇ ਹੀ ਕਿਰਾਏ ਵਿੱਚੋਂ ਪਾਣੀ ਦਾ ਚਾਰਜ ਆਪਣੇ-ਆਪ ਹਟ ਜਾਂਦਾ ਹੈ। [[PERSON:ਏਕਮ]] ਦੀ ਈਮੇਲ: [[EMAIL:ekam.kalsi@example.org]]।
"""),
    ),
    (
        "fv2az-pl-01",
        "pl",
        _s("""
Nazywam się [[PERSON:Bożena Kaczmarczyk]], mam [[AGE:52 lata]] i mieszkam z mężem [[PERSON:Zbyszkiem]] pod adresem [[ADDRESS:47 Gladstone Row]], Peterborough, [[POSTCODE:PE1 5TA]]. Mieszkanie wynajmujemy od [[ORGANISATION:Fenland Reach Housing]], numer konta czynszowego [[REFERENCE:FRH-40-118237]].

Co poszło nie tak: kiedy [[PERSON:Zbyszek]] stracił pracę w magazynie, złożyliśmy wniosek o Universal Credit (po naszemu „kredyt uniwersalny”, choć wszyscy mówią po prostu „juniwersal”). W zgłoszeniu kosztów mieszkaniowych (housing costs) wpisałam czynsz £118,60 tygodniowo. Ktoś w DWP przepisał to jako £18,60. Przez cztery miesiące dostawaliśmy na czynsz grosze, a w [[ORGANISATION:Fenland Reach]] rosły zaległości — prawie £1 700. Przyszedł list z nagłówkiem „Notice of Seeking Possession”. Nie spałam po nocach.

W dzienniku (journal) pisałam pięć razy. Na infolinii za każdym razem pytali o numer ubezpieczenia, [[NI_NUMBER:sz 73 04 18 b]], i datę urodzenia, [[DATE_OF_BIRTH:17.09.1972]], a potem mówili, że „sprawa jest w toku”.

Jak to naprawiono: w końcu poszłam do biura [[ORGANISATION:Fenland Reach]]. Pani [[PERSON:Hayley Marsh]] z zespołu wsparcia najemców zadzwoniła przy mnie do DWP na linię dla wynajmujących i w ciągu tygodnia kwotę poprawiono. Wyrównanie za cztery miesiące, £1 664, wpłynęło prosto na konto czynszowe, a pismo o eksmisji wycofano. Dodatkowo pan [[PERSON:Olumide Bankole]] z działu skarg (numer skargi [[REFERENCE:FRH/CX/55021]]) przyznał nam £100 za stres, bo nikt nie sprawdził, skąd wzięły się zaległości, zanim wysłano nam takie pismo. Rozmawiałam z panią [[PERSON:Hayley]] jeszcze dwa razy i zawsze oddzwaniała.

Co się zmieniło: teraz w [[ORGANISATION:Fenland Reach Housing]] przed każdym pismem o eksmisji ktoś sprawdza, czy najemca jest na UC i czy kwota czynszu w systemie DWP się zgadza. Jeśli ktoś ma podobny problem, proszę pisać: [[EMAIL:bozena.kacz@example.com]].
"""),
    ),
    (
        "fv2az-pl-02",
        "pl",
        _s("""
Pracuję jako doradczyni do spraw zadłużenia (debt adviser) w Slough i piszę za zgodą klienta. Pan [[PERSON:Mirosław Dudziak]], [[AGE:58 lat]], wynajmuje od [[ORGANISATION:Colnbrook Homes]] kawalerkę w bloku [[ADDRESS:Kestrel House]], [[ADDRESS:mieszkanie 31]], [[POSTCODE:SL1 2UW]].

Kiedy do mnie przyszedł, miał w reklamówce wszystkie listy: wezwanie do sądu w sprawie council tax (konto [[REFERENCE:31557092]]), pismo o zaległościach czynszowych na £2 940 i karteczkę od sąsiada, że pod drzwiami był „komornik” (to byli enforcement agents). Pan [[PERSON:Mirek]] ma [[HEALTH:cukrzycę]] i po [[HEALTH:udarze]] słabo widzi, więc papierów nie czytał.

Najpierw złożyłam wniosek o Breathing Space — numer [[REFERENCE:BSP-2024-118833]] — żeby wstrzymać egzekucję. Potem zajęłam się czynszem. Okazało się, że kiedy w 2022 roku [[ORGANISATION:Colnbrook Homes]] przeniosła go z [[ADDRESS:mieszkania 12]] do obecnego, stare konto czynszowe ([[REFERENCE:CH-0071-442]]) nie zostało zamknięte i przez dwa lata naliczało „use and occupation charge”. Tych zaległości w ogóle nie było.

Jak to naprawiono: zadzwoniłam pod [[PHONE:020 7946 0552]]. Pani [[PERSON:Tracey Whitlock]] poprosiła o weryfikację: data urodzenia klienta, [[DATE_OF_BIRTH:3 marca 1966]], i numer NI, [[NI_NUMBER:JL509127D]]. Po tygodniu przysłała pismo: stare konto zamknięte z datą przeprowadzki, zaległość anulowana, £150 rekompensaty. Przy council tax wyszło, że klient od dwóch lat miał prawo do Council Tax Reduction, tylko nikt mu o tym nie powiedział. Pan [[PERSON:Bartłomiej Szulc]] z działu świadczeń — [[OTHER_SPECIAL:Polak]], więc rozmawialiśmy po polsku — przyznał zniżkę z wyrównaniem i wycofał egzekucję, a koszty sądowe umorzono. Z panem [[PERSON:Bartłomiejem]] ustaliliśmy też spłatę reszty po £5 miesięcznie.

Co się zmieniło: [[ORGANISATION:Colnbrook Homes]] przy każdej przeprowadzce wewnętrznej sprawdza teraz, czy stare konto zostało zamknięte, a rada wysyła informację o Council Tax Reduction każdemu, kto dostaje upomnienie. Kontakt do mnie: [[PERSON:Ilona Sadowska]], [[EMAIL:i.sadowska@example.org]].
"""),
    ),
    (
        "fv2az-pl-03",
        "pl",
        _s("""
Jestem [[PERSON:Radek]], a w papierach [[PERSON:Radosław Gąsiorowski]]. Z żoną [[PERSON:Ulą]] mieszkamy w Edynburgu, [[ADDRESS:14/3 Dalry Crescent]], [[POSTCODE:EH11 3BQ]]. Mieszkanie należy do spółdzielni [[ORGANISATION:Dalry Housing Co-operative]].

Co poszło nie tak: w marcu hydraulik z firmy [[ORGANISATION:Pentland Plumbing & Heating]], wysłanej przez spółdzielnię, źle dokręcił rurę pod zlewem i zalał nam pokój. Spółdzielnia zgodziła się zapłacić £380 za zniszczony dywan. Minęły trzy tygodnie i nic. Kiedy dopytałem, pani [[PERSON:Morag Sinclair]] z księgowości przesłała mi wydruk przelewu:
„BACS 12/06 [[PERSON:GASIOROWSKI R]] [[OTHER_ID:80-22-60]] ****[[OTHER_ID:7714]] £380.00”.
Mój numer konta kończy się na [[OTHER_ID:7741]], nie na [[OTHER_ID:7714]]. Ktoś przestawił dwie cyfry, a bank przyjął przelew, bo konto [[OTHER_ID:7714]] istniało — cudze.

Przy każdym telefonie musiałem podawać datę urodzenia, [[DATE_OF_BIRTH:dwudziestego drugiego maja 1987]], i numer najmu, [[REFERENCE:DHC-T-0318]]. Złożyłem skargę (nr [[REFERENCE:DHC-C-0093]]), a po odmowie w drugim etapie napisałem do rzecznika, SPSO, sprawa nr [[REFERENCE:202300471]].

Jak to naprawiono: zanim rzecznik zdążył się odezwać, zadzwoniła do mnie pani [[PERSON:Morag]] na [[PHONE:0131 496 0277]]. Przeprosiła, przelała £380 na właściwe konto i dołożyła £50 za kłopot; pieniędzy z cudzego konta spółdzielnia dochodziła już sama, przez bank. SPSO zamknął sprawę jako rozwiązaną.

Co się zmieniło: teraz każde dane bankowe w spółdzielni wpisują dwie osoby, a przed wypłatą najemca potwierdza telefonicznie ostatnie cztery cyfry konta. [[PERSON:Ula]] śmieje się, że od tej pory sprawdzam każdy wyciąg dwa razy. Gdyby ktoś z sąsiadów miał podobny kłopot: [[EMAIL:radek.gasiorowski@example.net]].
"""),
    ),
    (
        "fv2az-pl-04",
        "pl",
        _s("""
Piszę w imieniu mieszkańców bloku [[ADDRESS:Weston Shore House]] w Southampton ([[POSTCODE:so199hq]]). Nazywam się [[PERSON:Halina Wójtowicz-Brennan]]; z mężem, [[PERSON:Declanem]], mieszkamy w [[ADDRESS:mieszkaniu nr 9]]. Właściciel budynku to [[ORGANISATION:Itchen Quay Housing]].

Problem: od 2021 roku w opłatach serwisowych (service charge) płaciliśmy £2,10 tygodniowo za monitoring CCTV. Kamery zamontowała firma [[ORGANISATION:Sentinel View Security]], ale po roku przestały działać — wyszło to dopiero po kradzieży roweru z klatki, kiedy okazało się, że nic się nie nagrywa od miesięcy. Opłata dalej była na każdym rachunku: „Service charge – CCTV monitoring – 2.10 – acc. [[REFERENCE:IQH/7720/09]]”.

Większość sąsiadów ma Housing Benefit albo UC, które pokrywają część opłat serwisowych, więc przez lata płaciło za to państwo, a my, pracujący, z własnej kieszeni.

Jak to naprawiono: złożyłam skargę zbiorową, podpisaną przez 17 mieszkań, numer [[REFERENCE:IQH-CMP-40388]]. Pan [[PERSON:Sunil Ramdhanie]] z zespołu opłat przyjechał, sprawdził rejestrator i potwierdził, że system nie działał od 26 miesięcy. Każde mieszkanie dostało zwrot £284; nasz przelano na konto kończące się na [[OTHER_ID:2093]], a tym na świadczeniach [[ORGANISATION:Itchen Quay]] skorygowało rozliczenia z radą i DWP. Kamery wymieniono, a do tego czasu opłatę zawieszono.

Co się zmieniło: raz na kwartał przedstawicielka mieszkańców — w tym roku pani [[PERSON:Folasade Ogunleye]] z [[ADDRESS:mieszkania 4]] — dostaje raport od firmy i podpisuje, że usługa działa. Bez podpisu opłata nie jest naliczana. Pan [[PERSON:Ramdhanie]] obiecał, że tak samo będzie z windą i sprzątaniem. Telefon do mnie: [[PHONE:+44 7700 900 419]].
"""),
    ),
    (
        "fv2az-pl-05",
        "pl",
        _s("""
Nazywam się [[PERSON:Weronika Pawlak]], mam [[AGE:29 lat]] i razem z synkiem [[PERSON:Kubusiem]] ([[AGE:4 lata]]) wynajmuję mieszkanie od [[ORGANISATION:Witham Fen Homes]]: [[ADDRESS:22 Tattershall Walk]], Boston, [[POSTCODE:PE21 8LN]]. [[PERSON:Kuba]] chodzi do żłobka [[ADDRESS:Little Acorns Nursery]] dwie ulice dalej.

Co poszło nie tak: po rozstaniu z partnerem złożyłam wniosek o Council Tax Reduction i o DHP (jednorazową pomoc na czynsz), bo UC nie pokrywało całego czynszu. Rada odmówiła obu, pisząc, że mam „[[OTHER_SPECIAL:pre-settled status]]” i dlatego pomoc mi nie przysługuje. A przecież pracuję na pół etatu w pakowni i właśnie dlatego przyznano mi UC. Przez dwa miesiące narosło £640 zaległości w czynszu i £190 council tax (konto [[REFERENCE:7002 4419 8]]).

Do weryfikacji podawałam wszędzie numer NI, [[NI_NUMBER:PW 28 71 63 B]], datę urodzenia, [[DATE_OF_BIRTH:11/02/1995]], a raz nawet numer dowodu osobistego, [[OTHER_ID:CKE 418275]].

Jak to naprawiono: pani [[PERSON:Gráinne Doherty]] z zespołu wsparcia w [[ORGANISATION:Witham Fen Homes]] pomogła mi napisać odwołanie (numer [[REFERENCE:CTR-R-2291]]) z dowodami zatrudnienia. Po trzech tygodniach zadzwonił pan [[PERSON:Yaw Darko]] z rady, przeprosił i przyznał zniżkę oraz DHP z wyrównaniem (DHP nr [[REFERENCE:DHP/BOS/0772]]). Zaległości spłacono w całości, a [[ORGANISATION:Witham Fen Homes]] cofnęła upomnienie. Pani [[PERSON:Gráinne]] dopilnowała, żeby na moim koncie czynszowym ([[REFERENCE:WFH-5532-01]]) nie został żaden ślad.

Co się zmieniło: rada przeszkoliła pracowników, że taki status razem z pracą daje prawo do pomocy, i zanim teraz odmówi, sprawdza, czy ktoś dostaje UC. Kontakt: [[EMAIL:weronika.pawlak95@example.com]].
"""),
    ),
    (
        "fv2az-ro-01",
        "ro",
        _s("""
Mă numesc [[PERSON:Florentina Ciobanu]] și locuiesc cu soțul meu, [[PERSON:Marius-Cătălin]], în [[ADDRESS:apartamentul 8]], [[ADDRESS:Lanyard Court]], Harrow, [[POSTCODE:HA1 4GD]]. Proprietarul este asociația [[ORGANISATION:Wealdstone Park Homes]].

Ce a mers prost: în martie ne-am mutat aici de pe [[ADDRESS:Byron Road nr. 56]]. Am anunțat primăria (council) prin formularul online și am primit confirmare pe email. Cu toate astea, cinci luni ne-au facturat „council tax” pe ambele adrese — pe contul vechi, [[REFERENCE:40017725]], și pe cel nou, [[REFERENCE:40031986]]. Pentru că nu mai plăteam la adresa veche, au trimis o somație (summons) și apoi executorii (bailiffs), cu o taxă de £75.

Am sunat la [[PHONE:020 7946 0917]] de patru ori. Mi-au cerut data nașterii, [[DATE_OF_BIRTH:23.08.1990]], și numărul de asigurare națională (NIN), [[NI_NUMBER:es914207c]], și de fiecare dată mi s-a spus că „sistemul arată o datorie”.

Cum s-a rezolvat: am scris o plângere, cu numărul [[REFERENCE:CT-COMP-66712]], și am atașat emailul de confirmare. Domnul [[PERSON:Aled Griffiths]] de la departamentul de taxe locale m-a sunat după o săptămână: contul vechi a fost închis cu data mutării, somația retrasă, executorii opriți, iar taxa de £75 și cei £38 plătiți în plus mi-au fost returnați în contul care se termină în [[OTHER_ID:6150]]. Ne-au dat și reducerea (Council Tax Reduction) pe care o pierdusem, fiindcă [[PERSON:Marius]] era atunci pe Universal Credit. Iar [[ORGANISATION:Wealdstone Park Homes]], prin doamna [[PERSON:Nadia Rahimi]], a trimis o scrisoare care confirma data de început a contractului nostru de închiriere (nr. [[REFERENCE:WPH-T-33018]]).

Ce s-a schimbat: acum, când un chiriaș se mută dintr-o locuință socială în alta în Harrow, asociația trimite automat data mutării la primărie. Iar eu păstrez fiecare email. Contact: [[EMAIL:florentina.ciobanu@example.com]].
"""),
    ),
    (
        "fv2az-ro-02",
        "ro",
        _s("""
Sunt [[PERSON:Lavinia Dobrescu]], consilieră pe datorii (debt adviser) la un centru comunitar din Northampton. Clienta mea, doamna [[PERSON:Ileana Vătămanu]], [[AGE:47 de ani]], a fost de acord să povestesc cazul ei.

Doamna [[PERSON:Vătămanu]] locuiește la [[ADDRESS:19 Harlestone Court]], Northampton, [[POSTCODE:NN5 7AB]], închiriat de la [[ORGANISATION:Nene Meadows Housing]]. În 2022 avea restanțe la chirie de £1.120, iar proprietarul a cerut DWP să-i rețină din Universal Credit „deduceri directe” (third party deductions), £27,45 pe lună. Restanța s-a achitat complet în noiembrie 2023. Dar nimeni nu a oprit deducerile. Încă un an DWP a continuat să-i taie banii și să-i trimită la [[ORGANISATION:Nene Meadows]], unde se adunau ca „credit” pe contul de chirie [[REFERENCE:NMH/00-58-3321]]. Între timp ea nu mai avea bani de mâncare și s-a împrumutat de la un cămătar.

Am găsit problema comparând extrasele UC cu extrasul contului de chirie. Pe extras apărea lunar linia: „DWP TPD [[REFERENCE:ZX401977]] £27.45”.

Ce am făcut: am sunat la DWP cu clienta lângă mine; la verificare și-a dat numărul NIN, [[NI_NUMBER:ZL 46 02 19 A]], și data nașterii, [[DATE_OF_BIRTH:4 aprilie 1977]]. Apoi am scris la [[ORGANISATION:Nene Meadows Housing]] pe adresa [[EMAIL:income.team@example.net]], cu referința noastră [[REFERENCE:NCC-24-3390]].

Cum s-a rezolvat: domnul [[PERSON:Matthew Ekwueme]] de la echipa de venituri a cerut oprirea deducerilor în aceeași zi și i-a returnat creditul de £329,40 în contul bancar (cod de sortare [[OTHER_ID:07-04-36]], cont terminat în [[OTHER_ID:8812]]). I-au plătit și £75 compensație. Noi am ajutat-o apoi cu împrumutul ilegal.

Ce s-a schimbat: [[ORGANISATION:Nene Meadows]] verifică acum lunar toate conturile cu deduceri directe și cere DWP să le oprească imediat ce restanța ajunge la zero. Telefonul centrului: [[PHONE:01632 960 552]].
"""),
    ),
    (
        "fv2az-ro-03",
        "ro",
        _s("""
Mă numesc [[PERSON:Geanina Pătrașcu]]. Din 2023 locuiesc singură cu fetița mea, [[PERSON:Ilinca]], de [[AGE:6 ani]], în [[ADDRESS:flat 2B]], [[ADDRESS:Belgrave Mill]], Leicester, [[POSTCODE:LE4 5PX]]. Locuința e de la [[ORGANISATION:Soar Valley Living]].

În 2024, după o plângere pentru mucegai, Ombudsmanul pentru locuințe (Housing Ombudsman, dosar [[REFERENCE:202406213]]) a hotărât să primesc £550 despăgubire. [[ORGANISATION:Soar Valley Living]] mi-a scris că banii „au fost plătiți”. În contul meu — nimic. Am aflat că i-au trimis în contul comun pe care îl aveam cu fostul partener, [[PERSON:Costel]], cont care se termină în [[OTHER_ID:3077]] și la care eu nu mai am acces de doi ani. Datele rămăseseră în sistem de la vechiul debit direct.

Pentru mine era grav: eu și [[PERSON:Ilinca]] am plecat de la el și nu voiam să afle nici măcar că am primit bani, darămite unde locuim.

Cum s-a rezolvat: am sunat la [[PHONE:0116 496 0341]] și am cerut pe cineva de la echipa de plângeri. Doamna [[PERSON:Keisha Campbell-Reid]] m-a verificat după data nașterii, [[DATE_OF_BIRTH:30 noiembrie 1992]], și numărul contractului, [[REFERENCE:SVL/4471/T]], apoi a înțeles imediat. Mi-a plătit din nou cei £550, de data asta în contul meu nou (sort code [[OTHER_ID:77-15-02]], cont terminat în [[OTHER_ID:5564]]), plus £150 pentru stres, în trei zile. A șters datele vechi și a pus pe dosarul meu un marcaj ca nicio informație despre mine să nu fie dată altcuiva. Pe [[PERSON:Costel]] nu l-au contactat; banii i-au recuperat ei prin bancă.

Ce s-a schimbat: acum [[ORGANISATION:Soar Valley Living]] cere confirmarea în scris a datelor bancare înainte de orice plată, iar pentru chiriașii cu marcaj de siguranță plata trebuie aprobată de doi manageri. Email: [[EMAIL:geanina.p@example.org]].
"""),
    ),
    (
        "fv2az-ro-04",
        "ro",
        _s("""
Sunt [[PERSON:Dorin Mihăilescu]], am [[AGE:61 de ani]] și stau cu soția mea, [[PERSON:Viorica]], în [[ADDRESS:Cruddas Tower]], [[ADDRESS:apartamentul 64]], Newcastle, [[POSTCODE:NE4 7QR]]. Proprietar: [[ORGANISATION:Tyne Gateway Homes]]. Blocul are încălzire centrală comună, iar taxa de căldură (heat charge) se plătește odată cu chiria.

Ce a mers prost: în 2023 taxa a sărit de la £9 la £31,20 pe săptămână. Ni s-a spus că din cauza prețului la gaz. Pe extras scria: „Heat charge (est.) 31.20 — Rent a/c [[REFERENCE:TGH 6604 118]]”. „Est.” înseamnă estimat: contoarele din apartamente nu fuseseră citite de doi ani. Eu am [[HEALTH:BPOC]] și nu am voie să stau în frig, dar la prețul ăsta am oprit caloriferele.

Vecinul nostru, domnul [[PERSON:Oyelaran]] de la [[ADDRESS:apartamentul 61]], a strâns semnături, iar eu am depus plângerea, nr. [[REFERENCE:TGH/CF/7705]]. La telefon, pe [[PHONE:0191 498 0436]], mi-au cerut data nașterii, [[DATE_OF_BIRTH:12.01.1963]], și numărul de asigurare, [[NI_NUMBER:MH 33 58 21 A]].

Cum s-a rezolvat: doamna [[PERSON:Bethany Curran]] a trimis firma [[ORGANISATION:Northumbria Heat Metering Ltd]] să citească toate contoarele. Consumul real era de trei ori mai mic decât estimarea. Pentru noi, suma plătită în plus a fost £612; am cerut-o în bancă, nu în contul de chirie, și a venit în contul care se termină în [[OTHER_ID:9046]]. Taxa a scăzut la £12,40, am primit £100 compensație, iar cei care au Housing Benefit au avut calculele refăcute.

Ce s-a schimbat: contoarele se citesc acum la fiecare trei luni, iar cifrele reale se afișează la intrarea în bloc. [[ORGANISATION:Tyne Gateway Homes]] nu mai pune pe nimeni să plătească o estimare mai veche de șase luni. [[PERSON:Viorica]] zice că iarna asta, în sfârșit, a fost cald în casă.
"""),
    ),
    (
        "fv2az-ro-05",
        "ro",
        _s("""
Numele meu este [[PERSON:Sorin-Adrian Lungu]] și locuiesc la [[ADDRESS:7 Cholsey Walk]], Reading, [[POSTCODE:RG1 3NT]], într-o casă de la [[ORGANISATION:Loddon Vale Housing]]. Cu mine stau partenera mea, [[PERSON:Andreea]], și băiețelul nostru, [[PERSON:Tudor]], de [[AGE:2 ani]].

Ce a mers prost: în august, costurile de locuință din Universal Credit s-au oprit. În jurnal scria: „Your landlord has told us your tenancy has ended.” Nu era adevărat. Până la urmă s-a aflat că un alt chiriaș, [[PERSON:Silviu Lungu]], se mutase, iar cineva de la [[ORGANISATION:Loddon Vale]] a trimis la DWP numărul meu de contract, [[REFERENCE:LVH-22-08713]], în locul celui al lui. Două luni n-am primit nimic pentru chirie; restanța a ajuns la £1.460 și a venit o scrisoare de avertizare. Pe extrasul UC, la „Housing”, apărea £0.00.

La telefon, la [[PHONE:0118 496 0273]], am dat de trei ori numărul NIN, [[NI_NUMBER:pn 51 88 30 d]], și data nașterii, [[DATE_OF_BIRTH:5 iunie 1988]], dar nimeni nu înțelegea ce s-a întâmplat.

Cum s-a rezolvat: am mers la birou cu extrasul UC și cu contractul. Doamna [[PERSON:Harleen Sandhu]], ofițer de venituri, a confirmat pe portalul pentru proprietari că locuința e a mea, iar DWP a plătit înapoi cele două luni. Restanța a dispărut, scrisoarea a fost retrasă, iar după plângerea mea (nr. [[REFERENCE:LVH/CM/10422]]) am primit £100 compensație. Doamna [[PERSON:Sandhu]] mi-a explicat că au corectat și dosarul celuilalt domn.

Ce s-a schimbat: acum, înainte să anunțe DWP că un contract s-a încheiat, [[ORGANISATION:Loddon Vale Housing]] verifică numele, data nașterii și adresa, iar notificarea trebuie aprobată de doi oameni. Pentru întrebări: [[EMAIL:sorin.lungu@example.net]].
"""),
    ),
    (
        "fv2az-ur-01",
        "ur",
        _s("""
میرا نام [[PERSON:سمیرا کنول]] ہے۔ میں اپنے شوہر [[PERSON:تنویر]] اور بچوں کے ساتھ [[ADDRESS:23 Tweedale Close]]، راچڈیل [[POSTCODE:OL11 3HS]] میں رہتی ہوں۔ گھر [[ORGANISATION:Spotland Bridge Housing]] کا ہے۔

کیا غلط ہوا: ۲۰۲۱ سے میرے کرایے کے کھاتے [[REFERENCE:SBH/۰۰۴۷/۲۱۹۸]] پر ہر ہفتے £۸.۵۰ "garage rent" لگ رہا تھا، حالانکہ ہم نے کبھی گیراج لیا ہی نہیں۔ یونیورسل کریڈٹ گیراج کا کرایہ نہیں دیتا، اس لیے یہ رقم بقایا بن کر جمع ہوتی رہی اور آخر ہم نے اپنی جیب سے بھری۔ میری بیٹی [[PERSON:علیشبہ]]، جو [[AGE:۱۴ سال]] کی ہے، نے سالانہ اسٹیٹمنٹ انگریزی میں پڑھا تو یہ لائن پکڑی: "Garage – 8.50 – Mrs [[PERSON:S Kanwal]]"۔ پتا چلا کہ یہ گیراج ہمارے پرانے پڑوسی کا تھا جو [[ADDRESS:نمبر ۲۵]] میں رہتے تھے؛ ان کے جانے کے بعد کسی نے نام بدلنے کے بجائے ہمارا کھاتہ لگا دیا۔

میں نے [[PHONE:۰۱۶۱ ۴۹۶ ۰۵۸۲]] پر کئی بار فون کیا۔ ہر بار تاریخ پیدائش ([[DATE_OF_BIRTH:۹ ستمبر ۱۹۸۶]]) اور نیشنل انشورنس نمبر ([[NI_NUMBER:KT 60 13 92 D]]) بتانا پڑتا، اور جواب ملتا: "گیراج کا شعبہ الگ ہے"۔

کیسے ٹھیک ہوا: میں نے تحریری شکایت کی، نمبر [[REFERENCE:SBH-CP-41177]]۔ مس [[PERSON:جیما ہارگریوز]] ([[PERSON:Gemma Hargreaves]]) نے ریکارڈ دیکھ کر غلطی مان لی۔ تین سال کے £۱,۳۲۶ اور £۱۲۰ ہرجانہ میرے بینک اکاؤنٹ میں آئے، جس کے آخری چار ہندسے [[OTHER_ID:۴۰۲۹]] ہیں، اور کھاتے سے گیراج ہمیشہ کے لیے ہٹا دیا گیا۔

کیا بدلا: اب [[ORGANISATION:Spotland Bridge Housing]] گیراج کا کرایہ گھر کے کرایے سے الگ کھاتے میں رکھتی ہے، اور سالانہ اسٹیٹمنٹ کی ہر لائن مانگنے پر اردو میں سمجھائی جاتی ہے۔ [[PERSON:تنویر]] کہتے ہیں کہ اصل ہیرو [[PERSON:علیشبہ]] ہے۔ رابطہ: [[EMAIL:sameera.kanwal@example.com]]۔
"""),
    ),
    (
        "fv2az-ur-02",
        "ur",
        _s("""
میں [[PERSON:فریحہ قریشی]] ہوں، ہائی وائکم کے ایک ایڈوائس سینٹر میں ویلفیئر رائٹس ایڈوائزر۔ یہ کیس اپنے موکل جناب [[PERSON:غلام مصطفیٰ بھٹی]] کی اجازت سے لکھ رہی ہوں۔ [[PERSON:بھٹی]] صاحب کی عمر [[AGE:۵۹ برس]] ہے، انہیں [[HEALTH:گردوں کی بیماری]] ہے اور ہفتے میں تین بار ڈائیلاسز ہوتا ہے۔ وہ [[ADDRESS:41 Castlefield Mews]]، ہائی وائکم [[POSTCODE:HP13 6RB]] میں [[ORGANISATION:Chiltern Beech Housing]] کے کرایہ دار ہیں۔

مسئلہ: ان کا بیٹا [[PERSON:عمیر]]، [[AGE:۲۴ سال]]، ان کی پوری دیکھ بھال کرتا ہے اور کیئرر الاؤنس لیتا ہے۔ قانون کے مطابق ایسے بیٹے کی وجہ سے یونیورسل کریڈٹ کے ہاؤسنگ حصے سے "housing cost contribution" (جسے لوگ non-dependant deduction کہتے ہیں) نہیں کٹنا چاہیے۔ لیکن ۲۰۲۲ سے ہر مہینے £۹۳ کٹ رہے تھے۔ کرایے میں کمی پوری نہ ہوئی تو کھاتے [[REFERENCE:CBH-660-1842]] پر بقایا بڑھتا گیا اور نوٹس آ گیا۔

میں نے ان کا یو سی اسٹیٹمنٹ دیکھا تو غلطی فوراً نظر آئی۔ DWP کو mandatory reconsideration بھیجی (ہمارا حوالہ [[REFERENCE:MR/HW/0923]])، جس میں ان کا نیشنل انشورنس نمبر [[NI_NUMBER:yh743058b]] اور تاریخ پیدائش [[DATE_OF_BIRTH:۰۱/۱۰/۱۹۶۵]] درج تھی، ساتھ [[PERSON:عمیر]] کے کیئرر الاؤنس کا خط۔

کیسے ٹھیک ہوا: پانچ ہفتوں میں DWP نے فیصلہ بدل دیا اور چھبیس مہینوں کے £۲,۴۱۸ واپس کیے۔ ادھر [[ORGANISATION:Chiltern Beech Housing]] کی مسز [[PERSON:ڈومینیکا نوواک]] نے میرے فون کے بعد نوٹس روک دیا، اور رقم آتے ہی بقایا ختم کر کے نوٹس واپس لے لیا۔ [[PERSON:بھٹی]] صاحب کے کھاتے میں اب £۳۱۰ کریڈٹ ہے۔

کیا بدلا: [[ORGANISATION:Chiltern Beech]] کی منی ایڈوائس ٹیم اب ہر اُس گھر کا یو سی اسٹیٹمنٹ چیک کرتی ہے جہاں کوئی کیئرر رہتا ہو۔ دوسرے ایڈوائزر میرے خطوط کا نمونہ چاہیں تو [[EMAIL:fareeha.q@example.org]] یا [[PHONE:01632 960 739]] پر رابطہ کریں۔
"""),
    ),
    (
        "fv2az-ur-03",
        "ur",
        _s("""
میں [[PERSON:عرفان حیدر جعفری]]، والسال سے۔ میں اور میری بیوی [[PERSON:کوثر]] [[ADDRESS:17 Bescot Row]]، [[POSTCODE:WS2 9HL]] میں [[ORGANISATION:Tame Valley Homes]] کے کرایہ دار ہیں۔

کیا غلط ہوا: پچھلی سردیوں میں گیس لیک کی اطلاع پر ہنگامی ٹھیکیدار [[ORGANISATION:Midland Gasfix Ltd]] کے لوگ رات کو آئے۔ ہم شادی میں گئے ہوئے تھے، تو انہوں نے دروازہ توڑ کر اندر جانچ کی اور پھر تختے لگا دیے۔ کچھ ہفتے بعد ہمیں £۳۸۰ کا "recharge" بل آیا، نمبر [[REFERENCE:RCH-0093317]]، کہ دروازہ ہم نے خراب کیا ہے! دوسری طرف، بوائلر کی دیر سے مرمت کی وجہ سے ہاؤسنگ اومبڈسمین (کیس [[REFERENCE:202502864]]) نے ہمیں £۴۰۰ ہرجانہ دلوایا تھا۔ [[ORGANISATION:Tame Valley Homes]] نے وہ ہرجانہ ہمیں دینے کے بجائے کرایے کے کھاتے [[REFERENCE:TVH-08-55120]] میں ڈالا اور اسی "recharge" میں کاٹ لیا۔

فون [[PHONE:+44 121 496 0915]] پر کیا تو شناخت کے لیے تاریخ پیدائش [[DATE_OF_BIRTH:۱۶-۰۴-۱۹۷۸]] پوچھی اور کہا: "حساب برابر ہو گیا"۔ یعنی ہرجانہ بھی گیا، دروازے کا الزام بھی ہم پر۔

کیسے ٹھیک ہوا: میں نے اومبڈسمین کو دوبارہ لکھا اور [[ORGANISATION:Tame Valley Homes]] کو شکایت بھیجی۔ مسٹر [[PERSON:ڈیرن ایشلی]] ([[PERSON:Darren Ashley]]) نے ٹھیکیدار کی رپورٹ نکالی، جس میں صاف لکھا تھا کہ دروازہ "forced entry – gas emergency" میں توڑا گیا۔ "recharge" منسوخ ہوا، £۴۰۰ کھاتے سے نکال کر میرے بینک اکاؤنٹ میں بھیجے گئے (سورٹ کوڈ [[OTHER_ID:30-54-66]]، اکاؤنٹ کے آخری ہندسے [[OTHER_ID:۷۲۱۸]])، اور اومبڈسمین کے حکم میں تاخیر پر مزید £۱۰۰ ملے۔

کیا بدلا: اب [[ORGANISATION:Tame Valley Homes]] میں ہنگامی حالت میں توڑے گئے دروازوں پر کرایہ دار کو بل نہیں بھیجا جاتا، اور اومبڈسمین کا ہرجانہ کرایہ دار کی تحریری اجازت کے بغیر کھاتے میں نہیں ڈالا جاتا۔ [[PERSON:کوثر]] نے نئے دروازے کا رنگ بھی خود چُنا۔ ای میل: [[EMAIL:irfan.jafri@example.net]]۔
"""),
    ),
    (
        "fv2az-ur-04",
        "ur",
        _s("""
میں [[PERSON:طاہرہ نقوی]]، ایسٹ ہیم کے ایک کمیونٹی سینٹر میں قرض کی مشیر (debt adviser) ہوں۔ یہ کہانی میری موکلہ [[PERSON:صغریٰ بی بی]] کی ہے، جو [[ADDRESS:Plashet Court]] کے [[ADDRESS:flat 12]] میں [[ORGANISATION:Roding Lane Housing]] کی کرایہ دار ہیں۔ پوسٹ کوڈ [[POSTCODE:e6 1jx]]۔

کیا ہوا: کونسل نے انہیں کرایے کی کمی پوری کرنے کے لیے £۶۵۰ کی Discretionary Housing Payment (اردو میں ہم اسے "صوابدیدی امداد" کہتے ہیں) منظور کی، حوالہ [[REFERENCE:DHP/NWM/24-5531]]۔ مگر رقم کونسل نے [[ADDRESS:flat 21]] کے کرایہ کھاتے میں ڈال دی، کیونکہ کسی نے فلیٹ کا نمبر الٹا لکھ دیا تھا۔ [[PERSON:صغریٰ بی بی]] کے اپنے کھاتے (ٹیننسی نمبر [[REFERENCE:RLH/T/۰۰۱۲۸۸]]) پر بقایا رہا، اور [[ORGANISATION:Roding Lane]] نے کاؤنٹی کورٹ میں قبضے کا دعویٰ کر دیا، کلیم نمبر [[REFERENCE:K01EH418]]۔ سماعت کی تاریخ آ گئی۔

ان کے پاس ایک پرچی تھی جس پر بیٹے نے ان کا نیشنل انشورنس نمبر اردو میں لکھا ہوا تھا: "[[NI_NUMBER:ایس ٹی ۲۹ ۱۵ ۸۴ اے]]"۔ تاریخ پیدائش انہیں لفظوں میں یاد ہے: "[[DATE_OF_BIRTH:پانچ مارچ انیس سو اکسٹھ]]"۔ انہی سے میں نے فون پر ان کی شناخت کروائی۔

کیسے ٹھیک ہوا: میں نے [[ORGANISATION:Roding Lane]] کی انکم ٹیم کو [[PHONE:۰۲۰ ۷۹۴۶ ۰۷۴۳]] پر فون کیا اور کونسل کا منظوری خط ای میل کیا۔ مسٹر [[PERSON:کیران اوبرائن]] نے دونوں کھاتے دیکھے اور مان لیا کہ رقم غلط فلیٹ میں گئی ہے۔ انہوں نے £۶۵۰ صحیح کھاتے میں منتقل کیے، عدالت کو لکھ کر دعویٰ واپس لیا، اور عدالتی خرچہ بھی [[PERSON:صغریٰ بی بی]] کے کھاتے سے ہٹا دیا۔ ساتھ £۱۵۰ ہرجانہ بھی دیا۔

کیا بدلا: [[ORGANISATION:Roding Lane Housing]] اب کونسل سے آنے والی ہر DHP رقم کو نام اور ٹیننسی نمبر دونوں سے ملاتی ہے، اور قبضے کا دعویٰ کرنے سے پہلے دیکھتی ہے کہ کوئی DHP زیرِ التوا تو نہیں۔ میرا ای میل: [[EMAIL:tahira.naqvi@example.org]]۔
"""),
    ),
    (
        "fv2az-ur-05",
        "ur",
        _s("""
میں [[PERSON:کامران یوسف]]، اپنی والدہ [[PERSON:زبیدہ خاتون]] کی طرف سے لکھ رہا ہوں۔ امی کی عمر [[AGE:۸۴ سال]] ہے اور انہیں [[HEALTH:الزائمر]] ہے۔ وہ تیس سال [[ADDRESS:9 Ashfurlong Grove]]، ڈربی [[POSTCODE:DE23 6JP]] میں [[ORGANISATION:Derwent Riverside Housing]] کے گھر میں رہیں۔ اس سال فروری میں وہ [[ADDRESS:Oakhurst Lodge]] کیئر ہوم چلی گئیں۔

کیا غلط ہوا: میرے پاس امی کا Lasting Power of Attorney ہے (حوالہ [[REFERENCE:7000-1184-3362]])۔ میں نے چار ہفتے کا نوٹس دے کر ٹیننسی ختم کی اور چابیاں واپس کر دیں۔ مگر ڈائریکٹ ڈیبٹ بند نہیں ہوا؛ پانچ مہینے تک امی کے اکاؤنٹ سے £۴۹۰ ماہانہ کٹتے رہے۔ ریفنڈ مانگا تو جواب ملا کہ رقم صرف کرایہ دار کو "خود" مل سکتی ہے، اور پھر امی کے نام کا چیک پرانے پتے پر بھیج دیا گیا، جہاں اب نئے لوگ رہتے ہیں۔

کیسے ٹھیک ہوا: میں نے شکایت درج کی، نمبر [[REFERENCE:DRH/CMP/0817]]۔ شناخت کے لیے امی کی تاریخ پیدائش [[DATE_OF_BIRTH:1940-03-07]] اور نیشنل انشورنس نمبر [[NI_NUMBER:YA 17 38 26 C]] دیے۔ مس [[PERSON:ہانا کولمین]] ([[PERSON:Hannah Coleman]]) نے LPA کی کاپی دیکھ کر مان لیا کہ مجھ سے بات کرنا جائز تھا۔ پرانا چیک منسوخ ہوا، £۲,۴۵۰ امی کے بینک اکاؤنٹ میں واپس آئے (سورٹ کوڈ [[OTHER_ID:۲۰-۶۱-۴۸]]، اکاؤنٹ کے آخری چار ہندسے [[OTHER_ID:۸۱۷۰]])، اور £۱۰۰ ہرجانہ بھی ملا۔

کیا بدلا: اب [[ORGANISATION:Derwent Riverside Housing]] کے پاس LPA کا باقاعدہ رجسٹر ہے، ٹیننسی ختم ہوتے ہی ڈائریکٹ ڈیبٹ خود بخود بند ہو جاتا ہے، اور آخری حساب کا ریفنڈ خاندان سے فون پر تصدیق کے بعد بھیجا جاتا ہے۔ مس [[PERSON:کولمین]] نے یہ سب لکھ کر بھی دیا۔ میرا فون [[PHONE:07700 900 927]]، ای میل [[EMAIL:kamran.yousaf@example.com]]۔
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
