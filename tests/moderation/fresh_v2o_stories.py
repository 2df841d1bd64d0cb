"""A fifteenth batch of fresh stories under version 2 of the marking, by a fifteenth writer.

Forty stories: ten in English and five each in Arabic, Bengali (Bengali script), Punjabi
(Gurmukhi script), Polish, Romanian and Urdu (Urdu script), about the less common corners
of social housing complaints that were put right: sheltered housing and extra-care schemes,
stairlifts, ramps and wet rooms, leaseholders' service charges, hoarding and a tenant's
mental health, a survivor of domestic abuse moved to a safe home, a care leaver's first
flat, a houseboat mooring and park homes, three generations in an overcrowded home, Welsh
and Scottish landlords, shared houses in multiple occupation, student families, a
farmworker's tied cottage, and a death in the family followed by tenancy succession. The
forms vary: residents' first-person accounts, letters by sons, daughters and a niece, a
support worker's and an advocate's case notes, landlord staff's case studies, a GP's
letter quoted inside a complaint, a young person's lower-case post, and sign-offs with
contact details. Personal data appears as full names, first names, nicknames and
diminutives, names that are ordinary words, English names written in Arabic, Bengali,
Gurmukhi and Urdu script, honorifics and titles left outside the names, full and partial
addresses (flats in named blocks, rooms, berths and pitches, schools, surgeries, places of
worship, pubs and shops that locate a home), postcodes in several cases, phone numbers in
Latin and native digits and in words, emails, NI numbers, references, dates of birth,
ages in each language's own constructions, NHS numbers, vehicle registrations, handles,
boat index, passport and residence permit numbers and bank account endings, beside plenty
of unmarked money, event dates, counts, towns, hospitals and job titles.

Measured on 7 December 2026 at first sight (the detector after round 11, never changed for
this batch): leak-free 65.0% of 40 (26 stories), recall 95.9%, precision 89.1%, special
recall 75.6%; leak-free by language en 90.0% of 10, ar 60%, bn 60%, pa 40%, pl 80%, ro 60%,
ur 40% of 5 each. The misses were pet names and short names with no cue (শানু, নুরু, گڑیا,
Nuțu, ਜਸਕਰਨ), an English name in Arabic script (بيوتر), named homes and blocks (Kestrel Moon,
Orchard Cottage, Hollins Farm, Cedar Point), house numbers in Urdu words (اٹھارہ نمبر), a
Gurmukhi pitch, a Romanian "9 ani" and an Arabic age with a shadda (ستّ سنوات).
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block):
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2o-en-01",
        "en",
        _s("""
My mum, [[PERSON:Winifred Lamb]], has lived at [[ADDRESS:flat 12, Hollybush Court]], a
sheltered scheme run by [[ORGANISATION:Brookvale Retirement Living]], since 2016. Everyone
there calls her [[PERSON:Winnie]]. She is [[AGE:88]], she has [[HEALTH:macular
degeneration]], and she relies on the pull-cord alarm in her bathroom.

Last October the scheme manager, [[PERSON:Carol Ainsworth]], retired and was not replaced.
The alarms were switched over to a call centre two hundred miles away. When Mum slipped in
the bathroom on a Sunday night, she pulled the cord and nothing happened, because nobody had
reprogrammed the cords. She lay on the floor for three hours until [[PERSON:Reg]] from
[[ADDRESS:flat 14]] heard her calling through the wall.

I hold her lasting power of attorney, so I made the complaint. I gave them her date of
birth, [[DATE_OF_BIRTH:2 February 1937]], her tenancy reference [[REFERENCE:BRL/HBC/0112]],
and my own mobile, [[PHONE:07700 900418]]. The stage 1 reply was addressed to
"Mr [[PERSON:Lamb]]" and said the alarm had been "tested remotely".

I asked for stage 2 and pointed out that I could now go straight to the Housing Ombudsman.
A manager came out, and this time every cord in the building was pulled by hand: nineteen of
the forty were dead. They appointed a new scheme manager, [[PERSON:Tunde Bakare]], who does
a morning call round to every flat, and paid Mum £600 for the distress. She
has spent some of it on a kettle that talks.

[[PERSON:Janet Lamb-Hussey]], [[EMAIL:janet.lambhussey@example.net]]
"""),
    ),
    (
        "fv2o-en-02",
        "en",
        _s("""
I am writing about my husband [[PERSON:Desmond]] and the wet room we waited three years
for. We live at [[ADDRESS:27 Carrow Rise]], [[POSTCODE:NR3 4JE]], in a house rented from
[[ORGANISATION:Wensum Valley Homes]]. [[PERSON:Des]] had a [[HEALTH:stroke]] in 2020 and
cannot lift his leg over the side of a bath.

Our GP, Dr [[PERSON:Priya Raman]] at [[ADDRESS:Magdalen Row Surgery]], wrote a letter in
March 2023, and I will quote it because it says it better than I can: "Mr
[[PERSON:Okafor-Price]] (NHS number [[OTHER_ID:999 274 6618]], date of birth
[[DATE_OF_BIRTH:14/09/1954]]) has [[HEALTH:left-sided weakness]] and [[HEALTH:type 2
diabetes]]. He is currently strip-washing at the kitchen sink. A level-access shower is a
clinical necessity, not a preference."

The occupational therapist agreed. The landlord's adaptations team put us on a list and
then, eighteen months later, told us the list had been "refreshed" and we had to apply
again from the start.

I complained, and the complaint number was [[REFERENCE:WVH-C-30914]]. The stage 1 reply
apologised but said the year's budget was spent. I asked for stage 2. The head of assets,
[[PERSON:Gillian Marsh]], visited, saw [[PERSON:Des]] washing at the sink, and approved the
work that afternoon. The wet room was fitted in five weeks by [[ORGANISATION:Broadland
Access Builders]], with a fold-down seat and grab rails, and they paid £1,200 for the delay.

[[PERSON:Des]] says his first shower was better than our wedding day. I am still deciding
how to take that.

[[PERSON:Maureen Okafor-Price]]
"""),
    ),
    (
        "fv2o-en-03",
        "en",
        _s("""
I bought my flat under the right to buy in 2009, so I am a leaseholder, not a tenant, and
for years I assumed the complaints process wasn't for people like me. It is.

My home is [[ADDRESS:flat 31, Tennyson Tower]] on the [[ADDRESS:Marlowe estate]],
[[POSTCODE:SE15 3RX]]. The freeholder is [[ORGANISATION:Peckwater Housing Trust]]. In 2022
I received a service charge demand for £14,860 for "major works": new windows, a new roof
and scaffolding for the whole block. My share had been worked out by the number of
bedrooms, which is not what my lease says, and we were charged hire on scaffolding that
stood untouched for seven months.

The consultation notice had never reached me. I had told them in writing that I had moved
back in, but their records still had me at [[ADDRESS:14 Draycott Mews]], my mother's house.

I complained with my lease, the notices and a spreadsheet of every charge. My leaseholder
account is [[REFERENCE:LH-0031-TT]] and the complaint reference was
[[REFERENCE:PHT/COMP/22/1187]]. The leasehold officer, [[PERSON:Ryan Teasdale]], rang me on
[[PHONE:020 7946 0532]] within two days, which I had not expected.

Stage 1 agreed the apportionment was wrong and cut my bill to £9,210. At stage 2 they
accepted that, because the notice went to the wrong address, they could recover only £250
from me for the windows. They also refunded the scaffolding hire to all 88 leaseholders.

The leaseholders in our block now meet the landlord every quarter. If you want to join us,
write to [[EMAIL:kwame.asante.leases@example.org]].

[[PERSON:Kwame Asante]]
"""),
    ),
    (
        "fv2o-en-04",
        "en",
        _s("""
I am a tenancy sustainment officer with [[ORGANISATION:Calder Mill Housing]], and I am
writing this with the permission of the tenant, who asked me to use her first name only.
[[PERSON:Sylvia]] is [[AGE:71]] and has lived at [[ADDRESS:8 Weavers Row]] for forty years.
She has [[HEALTH:hoarding disorder]] and [[HEALTH:depression]], which both became much
worse after her husband, [[PERSON:Frank]], died.

In 2023 the gas engineer could not reach the boiler for the annual safety check. Our
repairs team sent three letters and then a notice seeking possession. Nobody knocked on her
door to talk. Her niece, [[PERSON:Dawn Pickersgill]], found the notice on the doormat and
rang me.

[[PERSON:Dawn]] made a complaint on [[PERSON:Sylvia]]'s behalf and I supported it, reference
[[REFERENCE:CMH-24-0067]]. What we asked for was simple: stop the legal action, and let us
work with her at her own pace.

At stage 1 the landlord withdrew the notice and apologised for going straight to
enforcement. They agreed a plan: a weekly visit from me, a named contact in repairs,
[[PERSON:Lee Haworth]], who always rings before he calls round, and no more template
letters. Her GP at [[ADDRESS:Burnley Road Health Centre]] referred her for talking therapy.

The boiler was serviced eight weeks later, after we had cleared a path to it together.
She chose what went and what stayed. She kept every one of [[PERSON:Frank]]'s
pigeon-racing ledgers.

If you support someone in the same position, you can reach me at
[[EMAIL:m.achebe@caldermill.example]] or [[PHONE:0161 496 0274]].

[[PERSON:Marcus Achebe]]
"""),
    ),
    (
        "fv2o-en-05",
        "en",
        _s("""
I work as an independent domestic violence adviser. The woman this is about has asked me to
use only her first name, [[PERSON:Leanne]], and not to say anything about where she lives
now.

[[PERSON:Leanne]] had been a tenant of [[ORGANISATION:Greenacre Homes]] at [[ADDRESS:44
Fenwick Street]] for six years. In January she and her two children, aged [[AGE:9]] and
[[AGE:4]], left in the night with a police escort and went into a refuge. Her housing
officer was told that week.

Two weeks later, a letter about the rent account on the old tenancy,
[[REFERENCE:GAH-T-77120]], was posted to [[ADDRESS:44 Fenwick Street]], where her former
partner was still living. It gave the name of the refuge's town. At the same time, the
management transfer she had been promised had not moved for six weeks.

We complained the same day. The head of housing, [[PERSON:Anjali Mistry]], phoned me within
the hour. At stage 1 the landlord apologised in writing and put a flag on
[[PERSON:Leanne]]'s record so that no address or contact detail appears on any letter
without a manager's check. They offered a safe home in another district within a fortnight,
with new locks and a video doorbell paid for, and wrote off the arrears that had built up
after she fled. They also paid for the removal van.

[[PERSON:Leanne]] has [[HEALTH:post-traumatic stress disorder]] and told me the first night
in her new home was the first full night's sleep she had had in a year.

If you are a worker and want to talk about how we did this, my work number is
[[PHONE:0113 496 0815]].

[[PERSON:Ruth Okonedo]]
"""),
    ),
    (
        "fv2o-en-06",
        "en",
        _s("""
ok so i'm [[PERSON:Tyler]], i'm [[AGE:19]] and i left care last year. my first flat is
[[ADDRESS:flat 2b, Ashgrove House]], the block behind the [[ADDRESS:Three Horseshoes]] if
you know it. it came from [[ORGANISATION:Kingsmoor Housing]] through the care leavers
quota.

when i got the keys there was no flooring, no cooker, no curtains, and the electric meter
had £86 of debt on it from the last person. the letter said the debt was mine now and i had
to pay it off at £5 a week. my PA from the leaving care team, [[PERSON:Shaz]], said that was
not right.

i posted pics on tiktok from [[OTHER_ID:@tyler.first.flat]] and loads of people said
complain, so [[PERSON:Shaz]] helped me write it. tenancy ref [[REFERENCE:KH-551903]]. they
made me prove who i was before they would even read it, so i sent my date of birth,
[[DATE_OF_BIRTH:30.11.2005]], and my NI number, [[NI_NUMBER:JK 83 62 17 D]], which felt a
bit much for a cooker.

[[PERSON:Shaz]] rang their lettings manager, Mr [[PERSON:Dhillon]], from her office on
[[PHONE:oh one two one, four nine six, oh three seven seven]] and he actually came round. he said the flat should never have been
let like that.

result: the meter debt was taken off (it was never mine), they fitted a cooker and lino
from their starter home fund, gave me £150 for the three weeks with no cooking, and now they
check meters before anyone moves in. i made spag bol the first night. she came round and
said it was edible, which from her is a five star review.

[[PERSON:ty]] x
"""),
    ),
    (
        "fv2o-en-07",
        "en",
        _s("""
My home is a 57-foot narrowboat, the [[ADDRESS:Kestrel Moon]], on [[ADDRESS:berth 9]] at
[[ADDRESS:Lock Lane Moorings]], [[POSTCODE:OX2 6NE]]. The moorings belong to
[[ORGANISATION:Meadway Housing Group]], which lets twenty residential berths at a social
rent. My boat's index number is [[OTHER_ID:521784]], and the landlord uses it instead of a
house number on every letter.

Last winter the electric bollard on our pontoon failed. For nine weeks I ran everything off
the engine and a hired generator. My partner, [[PERSON:Gwen Haslam]], has
[[HEALTH:emphysema]] and uses an oxygen concentrator at night, and the generator could not
be left running while we slept. The pontoon boards were rotten too, and our neighbour on
[[ADDRESS:berth 11]], a retired lock-keeper everyone calls [[PERSON:Old Tom]], put his foot
through one in December.

The repairs line did not know what a pontoon was and treated every call as a new job. So I
made a written complaint listing the job numbers, with photos of the bollard. The complaint
reference was [[REFERENCE:MHG/28817]].

The stage 1 response, from the moorings manager [[PERSON:Imogen Reyes]], was honest. She
said nobody had been responsible for the moorings since a restructure in 2021. A marine
electrician came within four days, the bollard and all the pontoon boards were replaced,
and I was paid £420 towards the fuel. [[PERSON:Tom]] got £150 for his shin.

If you live afloat with a social landlord, you have the same right to complain as anyone in
a flat. I'm on [[EMAIL:nat@kestrelmoon.example]] or [[PHONE:07700 900652]].

[[PERSON:Nat Esterhuizen]]
"""),
    ),
    (
        "fv2o-en-08",
        "en",
        _s("""
My son [[PERSON:Osian]] is [[AGE:twelve]] and has [[HEALTH:cerebral palsy]]. Last year he
started using a powered wheelchair, and our front step turned into a wall.

We rent [[ADDRESS:17 Heol y Nant]], [[POSTCODE:CF14 6QL]], from [[ORGANISATION:Cartrefi Glan
Elái]]. We chose them partly because they write to us in Welsh. He goes to
[[ADDRESS:Ysgol Gymraeg Pen y Groes]], two streets away. The occupational therapist
recommended a ramp and a wider front door in April. By September nothing had happened, and
his dad, [[PERSON:Rhodri]], was still bumping the chair up the step twice a day.

I made a complaint in Welsh through their website, half expecting that to slow things down.
It didn't. The complaints officer, [[PERSON:Sioned Pugh]], replied in Welsh within five
working days. Her letter began "Annwyl Mrs [[PERSON:Parry]]" and apologised: the adaptation
had been approved, but the job had gone to a contractor who then went out of business, and
nobody had checked.

Because we are in Wales, our next step would have been the Public Services Ombudsman for
Wales rather than the Housing Ombudsman, and [[PERSON:Sioned]] said so in her letter, which
I appreciated. We didn't need it. The ramp and the new door were finished in October. They
also offered £300, and [[PERSON:Osian]] spent his share on a stopwatch to time himself from
the front door to the school gate.

Complaint reference [[REFERENCE:CGE-CW-0419]]. Anyone in the same position can call me on
[[PHONE:029 2018 0644]].

Diolch,
[[PERSON:Elin Parry]]
"""),
    ),
    (
        "fv2o-en-09",
        "en",
        _s("""
Case study: getting succession right, [[ORGANISATION:Forthview Housing Co-operative]]

Mr [[PERSON:Alasdair McPhee]] was our tenant at [[ADDRESS:flat 3F2, 19 Dalmeny Street]],
[[POSTCODE:EH6 8PG]], for thirty-one years. He had [[HEALTH:motor neurone disease]], and
for the last nine years of his life his son [[PERSON:Callum]] lived with him as his
full-time carer. Mr [[PERSON:McPhee]] died in February 2024.

Under a Scottish secure tenancy, a family member who has lived in the home as their only or
principal home, and whom the landlord was told about, can succeed to the tenancy.
[[PERSON:Callum]] had told us: there was a letter on his father's file from 2015, giving his
date of birth, [[DATE_OF_BIRTH:4 August 1979]]. But the note had not been carried across to
our new housing system, and three weeks after the funeral an officer sent him a standard
letter asking for the keys back within four weeks.

He complained by email from [[EMAIL:callum.mcphee79@example.com]]. Our housing manager,
[[PERSON:Morag Dunlop]], found the 2015 letter in the paper archive the next morning. At
stage 1 we apologised, confirmed the succession, and transferred the tenancy,
[[REFERENCE:FHC-T-00372]], into [[PERSON:Callum]]'s name. We refunded the cost of the
bereavement counselling he had paid for privately. Because we are a Scottish landlord, his
route beyond our process would have been the Scottish Public Services Ombudsman; he did not
need it.

What we changed: we audited 1,400 tenancies and found 61 more household notes that had not
migrated. Every letter about ending a tenancy after a death is now checked by a manager, and
the first contact is a phone call, not a form.

Questions about this case study: [[PHONE:0131 496 0283]].
"""),
    ),
    (
        "fv2o-en-10",
        "en",
        _s("""
Advocacy note, shared with the tenants' consent.

I am an adviser at a law centre. In May, five tenants of a shared house at [[ADDRESS:112
Cromer Road]], [[POSTCODE:BS5 6DW]], came to see me together. The house is let room by room
by [[ORGANISATION:Lanyard Housing Society]] to single people who were previously homeless,
and it is a licensed house in multiple occupation.

They had four problems. The fire alarm panel had shown a fault light since February; the
kitchen extractor had been broken for a year; the back door lock did not work; and the
self-closer on the fire door of [[ADDRESS:room 3]] had been taken off. Each tenant had
reported things separately, and every report had been closed as "no access".

We made one joint complaint. [[PERSON:Stefan Wójcik]] in [[ADDRESS:room 1]] kept the log and
[[PERSON:Ifeoma Nwosu]] took the photographs. The man in [[ADDRESS:room 3]], known to the
whole house as [[PERSON:Big Mo]], wrote the paragraph about the fire door, because it was
his door and he was the one who would be trapped. The other two asked me to leave their
names out.

The complaint reference was [[REFERENCE:LHS-CP-2419]]. Stage 1 came back in eight working
days. The landlord's operations manager, [[PERSON:Colin Pryce]], met the tenants in the
kitchen, apologised, and agreed that "no access" can never be recorded for the shared parts
of a house the landlord holds keys to. The panel was repaired that week, the closer
refitted, the lock replaced and a new extractor fitted. Each tenant received £100, and the
council's licensing team reinspected.

If you advise tenants in shared housing, you can reach me on [[PHONE:0117 496 0921]] or
[[EMAIL:hquayle@lawcentre.example]].

[[PERSON:Harriet Quayle]]
"""),
    ),
    (
        "fv2o-ar-01",
        "ar",
        _s("""
أنا [[PERSON:هدى الزين]] ([[PERSON:Huda Al-Zein]])، ويناديني الجيران [[PERSON:أم يوسف]]. نحن
عائلة [[OTHER_SPECIAL:سورية]] وصلنا إلى بريطانيا عام 2017، ونسكن في [[ADDRESS:52 Ladysmith
Road]]، الرمز البريدي [[POSTCODE:LS9 7HT]]، في بيت من غرفتي نوم تؤجّره لنا
[[ORGANISATION:Kirkstall Dene Homes]].

نحن ثمانية أشخاص في هذا البيت: أنا وزوجي وأولادنا الأربعة، وحماتي الحاجّة [[PERSON:فاطمة]]
وعمرها [[AGE:٧٨ عامًا]]، وأخو زوجي الذي يعمل في الليل. ابني [[PERSON:يوسف]] عمره [[AGE:سبعة عشر
عامًا]]، يذاكر لامتحاناته على طاولة المطبخ وينام على الأريكة، وجدّته تنام في الغرفة الصغيرة
مع البنتين.

سجّلنا في قائمة الإسكان قبل أربع سنوات، ورقم طلبنا [[REFERENCE:LHR-448213]]. لكن تقييم الغرف
لم يحسب حماتي، لأنها انتقلت إلينا بعد التسجيل، ولم يُحدِّث أحد ملفّنا رغم أنني أبلغتهم ثلاث مرات.
قدّمتُ شكوى رسمية، وتابعتها موظفة اسمها [[PERSON:ريبيكا]]، وكانت لطيفة وصريحة.

في المرحلة الأولى اعترفوا بأن بياناتنا لم تُحدَّث، وأضافوا حماتي إلى الطلب، ورفعوا أولويتنا إلى
الفئة الأولى بسبب الاكتظاظ الشديد وبسبب [[HEALTH:الربو]] عند ابنتي [[PERSON:سلمى]]. ودفعوا لنا
مئتي جنيه اعتذارًا عن التأخير. بعد خمسة أشهر عُرض علينا بيت من أربع غرف، قريب من مدرسة البنات
[[ADDRESS:Oakwood Grange Primary]]. لأول مرة منذ سنوات صار لكل واحد منّا سرير.

نصيحتي: إذا تغيّر عدد أفراد أسرتكم، اكتبوا ذلك واحتفظوا بنسخة. ولمن يريد أن يسألني، رقمي
[[PHONE:٠١١٣ ٤٩٦ ٠٥٢٧]].
"""),
    ),
    (
        "fv2o-ar-02",
        "ar",
        _s("""
والدي [[PERSON:عبد الرحمن الحسيني]] عمره [[AGE:٨٣ سنة]]، ويعاني من [[HEALTH:الخرف]] ومن
[[HEALTH:السكري]]. منذ عامين يسكن في [[ADDRESS:الشقة 6، Willow Gardens]]، وهو مجمّع للرعاية
الإضافية (extra care) تديره [[ORGANISATION:Hearthstone Care & Housing]]. في المبنى طاقم رعاية
ليلًا ونهارًا، ولهذا اخترناه له بعد وفاة والدتي.

في الربيع الماضي تغيّرت شركة الرعاية في المجمّع. خلال ثلاثة أسابيع فاتته جرعة الإنسولين أربع
مرات، لأن الموظفين الجدد لم يجدوا خطة الرعاية الخاصة به. وفي إحدى الليالي خرج من المبنى وحده،
فوجده جارنا [[PERSON:أبو رامي]] قرب [[ADDRESS:مسجد الهدى]] الذي يصلّي فيه كل جمعة. تبيّن بعد
ذلك أن جهاز الإنذار على باب الشقة كان مفصولًا منذ أسابيع.

أرسلتُ شكوى رسمية من بريدي [[EMAIL:sami.husseini@example.com]]، وذكرتُ فيها رقم والدي في
الـNHS [[OTHER_ID:٩٩٩ ٦٢١ ٤٠٨٧]] وتاريخ ميلاده [[DATE_OF_BIRTH:١٢ آذار ١٩٤٢]] حتى لا يخلطوا
بينه وبين ساكن آخر.

ردّت مديرة المجمّع، السيدة [[PERSON:برناديت]]، خلال أسبوع، واعتذرت بوضوح. أعادوا توصيل جهاز
الإنذار في اليوم نفسه، ووضعوا فحصًا يوميًا للأدوية يوقّع عليه موظفان، وأضافوا إلى الجدول
عاملة رعاية تتكلم العربية. ولأنه [[OTHER_SPECIAL:مسلم]] ولا يأكل إلا الحلال، صار المطبخ يقدّم له
وجبة حلال كل يوم بعد أن كان يُعطى سلطة فقط. ودفعوا تعويضًا قدره 450 جنيهًا.

والدي الآن هادئ، ويسأل عن [[PERSON:برناديت]] كل صباح.

[[PERSON:سامي الحسيني]]، [[PHONE:0121 496 0618]]
"""),
    ),
    (
        "fv2o-ar-03",
        "ar",
        _s("""
اسمي [[PERSON:مجتبى عثمان]]، وأصدقائي ينادونني [[PERSON:جبّو]]. أنا [[OTHER_SPECIAL:سوداني]]،
وحصلتُ على [[OTHER_SPECIAL:صفة اللاجئ]] عام 2022. بعد فندق طالبي اللجوء أحالتني البلدية إلى بيت
مشترك تديره [[ORGANISATION:Northgate Pathways Housing]] في [[ADDRESS:19 Brunswick
Terrace]]، وأسكن في [[ADDRESS:الغرفة 4]].

نحن خمسة رجال في البيت، نتشارك مطبخًا واحدًا وحمّامًا واحدًا. [[PERSON:داني]] في الغرفة
المجاورة يعمل في مستودع، و[[PERSON:بيوتر]] يعمل في مخبز ويخرج في الرابعة فجرًا. في نوفمبر
تعطّل السخّان، وبقينا ستة أسابيع بلا ماء ساخن. كنا نغلي الماء في القدر لنغتسل، وأنا عندي
[[HEALTH:آلام مزمنة في الظهر]] ولا أستطيع حمل القدر إلى الطابق الثاني.

كل واحد منّا اتصل على حدة، وكل مرة كانوا يفتحون بلاغًا جديدًا. ثم طلب منّي الموظف [[PERSON:كيران]]
رقم تصريح الإقامة مرة أخرى "للتحقق"، فأعطيته: [[OTHER_ID:ZU4710328]]، مع أنهم يملكون نسخة منه
منذ يوم دخولي.

بمساعدة متطوعة في مركز اللاجئين كتبتُ شكوى باسم البيت كله، ووقّع عليها الجميع. رقم الشكوى
[[REFERENCE:NPH-0932]]. في المرحلة الأولى اعتذروا، وركّبوا سخّانًا جديدًا خلال ثلاثة أيام،
وقرّروا أن أي عطل في الأجزاء المشتركة يُسجَّل مرة واحدة للبيت كله. ودفعوا لكل ساكن 120 جنيهًا،
وصلتني في حسابي المنتهي بالأرقام [[OTHER_ID:4417]].

تعلّمتُ أن الشكوى المكتوبة أقوى من عشرين مكالمة.
"""),
    ),
    (
        "fv2o-ar-04",
        "ar",
        _s("""
أنا [[PERSON:رنا الخطيب]]، وزوجي [[PERSON:عمر]] طالب دكتوراه في الهندسة. نحن
[[OTHER_SPECIAL:أردنيون]] ونقيم هنا بموجب [[OTHER_SPECIAL:تأشيرة طالب]]. نسكن منذ سنتين في
[[ADDRESS:الشقة 2، Larchfield House]]، الرمز البريدي [[POSTCODE:ne21xq]]، وهي من شقق العائلات
التي تؤجّرها [[ORGANISATION:Tyneside Scholars Housing Trust]] للطلاب المتزوجين.

ابنتي [[PERSON:ليان]] عمرها [[AGE:ستّ سنوات]] وتدرس في [[ADDRESS:Sandyford Lane Primary]]،
وابني [[PERSON:آدم]] عمره [[AGE:ثمانية أشهر]]. في الشتاء الماضي ظهر العفن الأسود على جدار غرفة
[[PERSON:آدم]] وعلى إطار النافذة، وأصيب بالتهاب في الصدر مرتين.

عندما اتصلتُ، قالوا إن الطلاب "ينشرون الغسيل في الداخل" وإن المشكلة من أسلوب حياتنا. كتبت لنا
طبيبة العائلة في [[ADDRESS:Larchfield Surgery]] رسالة تقول إن الرطوبة تؤثر على صحة الطفل.
وعندما أرسلتُ الشكوى طلبوا رقم جواز سفري للتحقق من هويتي، [[OTHER_ID:R7341902]]، ولم أفهم
ما علاقة الجواز بالعفن.

في رد المرحلة الأولى اعتذروا عن عبارة "أسلوب الحياة"، وأرسلوا مسّاحًا وجد أن مروحة الشفط في
الحمّام لا تعمل منذ تركيبها، وأن عزل الجدار الخارجي ناقص. نقلونا أسبوعين إلى شقة أخرى، ثم
ركّبوا مراوح جديدة وعالجوا الجدار، ودفعوا 350 جنيهًا. وقالوا إنهم لن يطلبوا الجواز بعد الآن
لأي شكوى.

من يريد نسخة من رسالتي يمكنه الاتصال بي على [[PHONE:0191 498 0734]].
"""),
    ),
    (
        "fv2o-ar-05",
        "ar",
        _s("""
دراسة حالة من فريق الشكاوى في [[ORGANISATION:Pennine Edge Housing]]

السيد [[PERSON:خليل منصور]] مستأجر لدينا منذ 2011 في البيت [[ADDRESS:رقم 9، Fairfield Close]]،
ويعيش مع زوجته وابنتهما [[PERSON:أمل]]، وعمرها [[AGE:١١ سنة]]. في 2022 تعرّض لحادث عمل
سبّب له [[HEALTH:شللًا نصفيًا سفليًا]]، وصار يستخدم كرسيًا متحركًا في الطابق الأرضي وكرسيًا
آخر في الطابق العلوي، وبينهما مصعد درج ركّبته شركة [[ORGANISATION:LiftRight Mobility]].

في يناير تعطّل مصعد الدرج وهو في الأعلى. بقي السيد [[PERSON:منصور]] ثلاثة أسابيع لا ينزل، وكانت
[[PERSON:أمل]] تحمل له الطعام بعد المدرسة. اتصلت الأسرة بنا سبع مرات، وكل مرة قيل لها إن
المقاول "سيتواصل معكم". وفي الوقت نفسه كان الجيران يركنون في الموقف المخصص لسيارته المعدّلة
[[OTHER_ID:YK19 WVB]]، فلم يكن يستطيع استعمالها حتى لو نزل.

قدّم شكوى رسمية برقم [[REFERENCE:PEH-ADP-0581]]. قال لنا لاحقًا: "كدتُ أفقد الأمل". تولّت
الملف موظفتنا [[PERSON:جوانا]]، وزارته في اليوم التالي.

ما فعلناه: أصلحنا المصعد خلال 48 ساعة بمقاول آخر، ووضعنا لوحة تحجز الموقف لسيارته،
ودفعنا تعويضًا قدره 600 جنيه. وما تعلّمناه: أعطال مصاعد الدرج صارت عندنا طوارئ تُعالَج
في يوم واحد، لا إصلاحًا عاديًا، ولكل مستأجر يعتمد على تعديل في بيته علامة في ملفه.

يمكن للزملاء في جمعيات الإسكان الأخرى التواصل معنا على [[EMAIL:complaints@pennineedge.example]].
"""),
    ),
    (
        "fv2o-bn-01",
        "bn",
        _s("""
আমার নাম [[PERSON:রুবিনা খাতুন]], সবাই আমাকে [[PERSON:রুবি]] বলে ডাকে। আমরা থাকি [[ADDRESS:ফ্ল্যাট
১১, Cable Walk House]]-এ, পোস্টকোড [[POSTCODE:E1 2QS]]। দুই বেডরুমের এই ফ্ল্যাটে আমরা সাতজন:
আমি, আমার স্বামী [[PERSON:আব্দুল হান্নান]], আমাদের তিন ছেলেমেয়ে, আর আমার শ্বশুর-শাশুড়ি।
শ্বশুরের বয়স [[AGE:৮১ বছর]], ওনার [[HEALTH:পারকিনসন্স]] আছে, রাতে কয়েকবার বাথরুমে যেতে হয়।
ওনারা দুজন বসার ঘরে সোফা-বেডে ঘুমান।

আমার বড় মেয়ে [[PERSON:আলো]] সত্যিই আমাদের ঘরের আলো। ও [[AGE:১৪ বছরের]], পড়ে [[ADDRESS:Shadwell
Park Academy]]-তে, আর হোমওয়ার্ক করে করিডোরে বসে, কারণ আর কোথাও জায়গা নেই।

বাড়িওয়ালা [[ORGANISATION:Eastbank Homes]]। হাউজিং রেজিস্টারে আমাদের নম্বর
[[REFERENCE:THR/2019/66104]]। পাঁচ বছর ধরে আমাদের বলা হচ্ছিল আমাদের মাত্র একটা বেডরুম কম,
কারণ ওদের হিসাবে বসার ঘরটাও বেডরুম। আমি লিখিত অভিযোগ করলাম।

দ্বিতীয় ধাপে অফিসার [[PERSON:ডেবোরা]] নিজে এসে দেখলেন শ্বশুর-শাশুড়ি কোথায় ঘুমান। উনি মানলেন
হিসাবটা ভুল ছিল: আমাদের আসলে দুটো বেডরুম কম। আমাদের অগ্রাধিকার বাড়ানো হলো, আর ক্ষমা চেয়ে
২৫০ পাউন্ড দেওয়া হলো। চার মাস পরে চার বেডরুমের একটা বাড়ির অফার এলো, [[ADDRESS:বায়তুল আমান
মসজিদ]]-এর কাছেই, যেখানে আমার শ্বশুর প্রতিদিন নামাজ পড়তে যান।

কেউ পরামর্শ চাইলে আমাকে ফোন করতে পারেন: [[PHONE:০২০ ৭৯৪৬ ০৪৫৮]]।
"""),
    ),
    (
        "fv2o-bn-02",
        "bn",
        _s("""
আমার মা [[PERSON:জাহানারা বেগম]] গত মার্চে মারা গেছেন। তিরিশ বছর উনি [[ORGANISATION:Riverside Lea
Housing]]-এর ভাড়াটিয়া ছিলেন, [[ADDRESS:৩৭ Rutland Street]]-এ। আমি ওনার ছেলে [[PERSON:মিজানুর
রহমান]], পাড়ায় সবাই চেনে [[PERSON:মিজান]] নামে। মায়ের [[HEALTH:কিডনি ফেইলিউর]] ছিল, শেষ ছয়
বছর আমি ওনার সাথে থেকে দেখাশোনা করেছি, সপ্তাহে তিনবার ডায়ালাইসিসে নিয়ে গেছি।

মায়ের জানাজা হয়েছিল [[ADDRESS:Rutland Street জামে মসজিদ]]-এ। তার দুই সপ্তাহ পরেই একটা চিঠি
এলো: ভাড়াটিয়া মারা গেছেন, আটাশ দিনের মধ্যে চাবি ফেরত দিতে হবে। ফোন করলে অফিসার [[PERSON:ক্লেয়ার]]
বললেন, টেন্যান্সিতে আমার নাম নেই, তাই আমার কোনো অধিকার নেই।

আমি জানতাম আইন অনুযায়ী যে পরিবারের সদস্য আগে থেকে এখানে থাকতেন, তিনি উত্তরাধিকার পেতে
পারেন। আমি লিখিত অভিযোগ করলাম, টেন্যান্সি নম্বর [[REFERENCE:RLH-0047731]] দিয়ে। প্রমাণ
হিসেবে দিলাম কাউন্সিল ট্যাক্সের চিঠি, [[ADDRESS:Rutland Medical Centre]]-এ আমার রেজিস্ট্রেশন,
আর আমার ন্যাশনাল ইন্স্যুরেন্স নম্বর [[NI_NUMBER:SH 40 71 26 B]] দিয়ে বেনিফিটের কাগজ।

প্রথম ধাপে ওরা বলল কাগজ যথেষ্ট না। দ্বিতীয় ধাপে একজন ম্যানেজার সব দেখে মানলেন যে আমি
উত্তরাধিকারী। টেন্যান্সি আমার নামে হলো, চিঠির ভাষার জন্য ক্ষমা চাইল, আর ৩০০ পাউন্ড দিল।
এখন ওরা মৃত্যুর পর প্রথমে ফোন করে, চিঠি পাঠায় না।

কেউ একই অবস্থায় থাকলে লিখবেন: [[EMAIL:mizan.rahman@example.net]]।
"""),
    ),
    (
        "fv2o-bn-03",
        "bn",
        _s("""
আমার স্বামী [[PERSON:শফিকুল ইসলাম]]-এর [[HEALTH:মাল্টিপল স্ক্লেরোসিস]]। আমরা [[ORGANISATION:Irk
Valley Homes]]-এর বাড়িতে থাকি, [[ADDRESS:২২ Elmfield Terrace]], [[POSTCODE:M8 0QT]]।
বাথরুম আর শোয়ার ঘর দোতলায়, আর দুই বছর আগে থেকে উনি আর সিঁড়ি ভাঙতে পারেন না।

আমাদের জিপি, ডাক্তার [[PERSON:হেলেন ওয়াটস]], [[ADDRESS:Waterloo Road Surgery]] থেকে যে চিঠি
দিয়েছিলেন, তার কথাগুলো এখানে তুলে দিচ্ছি: "জনাব [[PERSON:ইসলাম]] (NHS নম্বর [[OTHER_ID:৯৯৯ ৮০৩
১১৫৭]], জন্ম তারিখ [[DATE_OF_BIRTH:৫ জানুয়ারি ১৯৬৮]]) এখন নিচতলায় একটা চেয়ারে ঘুমান এবং
বালতিতে গোসল করেন। ওনার জন্য সিঁড়ির লিফট বা বিকল্প ব্যবস্থা জরুরি।"

অকুপেশনাল থেরাপিস্ট স্টেয়ারলিফট সুপারিশ করলেন। ছয় মাস পরে ঠিকাদার এসে মেপে বলল সিঁড়ি খুব
সরু, লিফট বসবে না, আর তারপর কেউ কিছু জানাল না। আমি অভিযোগ করলাম, রেফারেন্স
[[REFERENCE:IVH/ADP/7712]]।

প্রথম ধাপে অ্যাডাপটেশন অফিসার [[PERSON:মার্ক]] ফোন করলেন, ক্ষমা চাইলেন, আর স্বীকার করলেন যে
বিকল্প কিছু ভাবাই হয়নি। তিন মাসের মধ্যে পেছনের ঘর থেকে ওপরের ঘরে একটা থ্রু-ফ্লোর লিফট বসানো
হলো, সাথে দোতলার বাথরুমে গ্র্যাব রেইল। দেরির জন্য ওরা ৫০০ পাউন্ড দিল। এখন [[PERSON:শফিক]]
আবার নিজের বিছানায় ঘুমান।

আমি [[PERSON:নাজমা]]। কিছু জানতে চাইলে ফোন করবেন [[PHONE:০১৬১ ৪৯৬ ০৭৩৯]] নম্বরে।
"""),
    ),
    (
        "fv2o-bn-04",
        "bn",
        _s("""
আমি [[PERSON:আনোয়ার হোসেন]]। ২০১৪ সালে রাইট টু বাই-তে আমরা কাউন্সিলের ফ্ল্যাটটা কিনে নিই, তাই
আমি এখন লিজহোল্ডার। ঠিকানা [[ADDRESS:ফ্ল্যাট ৪২, Lyndhurst Point]], ফ্রিহোল্ডার
[[ORGANISATION:Brindley Canal Homes]]। আমার স্ত্রী [[PERSON:শাহানা]], যাকে আমি [[PERSON:শানু]]
বলে ডাকি, প্রতি বছর সার্ভিস চার্জের বিল খুলে মাথায় হাত দেয়।

গত বছর [[PERSON:শানু]] বিলের লাইনগুলো একটা একটা করে পড়ল। তিন বছর ধরে আমাদের কাছ থেকে
"কনসিয়ার্জ সার্ভিস" বাবদ বছরে ৩৮০ পাউন্ড নেওয়া হচ্ছে, অথচ ২০২০ সালেই নিচতলার কনসিয়ার্জ অফিস
বন্ধ হয়ে গেছে। এছাড়া লিফটের মেরামতের খরচ দুবার ধরা হয়েছিল।

আমি লিজহোল্ড অ্যাকাউন্ট নম্বর [[REFERENCE:BCH-LH-10442]] দিয়ে লিখিত অভিযোগ করলাম। লিজহোল্ড
অফিসার [[PERSON:গ্যারেথ]] আমাকে [[PHONE:0121 496 0842]] নম্বরে ফোন করে বললেন, তিনি হিসাব
দেখবেন।

প্রথম ধাপের উত্তরে ওরা স্বীকার করল কনসিয়ার্জের চার্জ ভুল ছিল। আমাদের ১,১৪০ পাউন্ড ফেরত দিল,
লিফটের দ্বিগুণ চার্জও বাদ দিল। সবচেয়ে বড় কথা, ভবনের বাকি ৬৩ জন লিজহোল্ডারকেও একই টাকা ফেরত
দেওয়া হলো, যদিও তাদের কেউ অভিযোগ করেনি।

লিজহোল্ডারদের কথা অনেকে ভুলে যায়, কিন্তু অভিযোগের অধিকার আমাদেরও আছে। বিল নিয়ে প্রশ্ন থাকলে
লিখুন: [[EMAIL:anwar.shanu42@example.org]]।
"""),
    ),
    (
        "fv2o-bn-05",
        "bn",
        _s("""
আমি [[PERSON:ফাহমিদা চৌধুরী]], একটা কমিউনিটি সংস্থায় বাংলাভাষী সাপোর্ট ওয়ার্কার। যাঁর কথা
লিখছি, তিনি অনুমতি দিয়েছেন, আর চেয়েছেন শুধু ডাকনামটা ব্যবহার করি: আমরা সবাই ওনাকে [[PERSON:নুরু]]
খালা বলি। উনি [[AGE:৬৭ বছরের]], একা থাকেন [[ADDRESS:ফ্ল্যাট ৩, Hawthorn Court]]-এ, ছেলে থাকে
বিদেশে।

স্বামী মারা যাওয়ার পর থেকে [[PERSON:নুরু]] খালার [[HEALTH:বিষণ্ণতা]] শুরু হয়, আর ধীরে ধীরে
ফ্ল্যাটে জিনিস জমতে থাকে: পুরনো খবরের কাগজ, প্লাস্টিকের ব্যাগ, স্বামীর কাপড়। ফায়ার সেফটি
পরিদর্শনের পর [[ORGANISATION:Aireside Homes]] ইংরেজিতে একটা চিঠি পাঠাল, চার সপ্তাহে সব পরিষ্কার না
হলে আদালতে যাবে। উনি চিঠিটা পড়তে পারেননি, ভয়ে খাওয়া বন্ধ করে দিয়েছিলেন।

ওনার সাথে বসে আমি অভিযোগ লিখলাম, রেফারেন্স [[REFERENCE:AH-CMP-3390]]। আমরা বললাম, এটা
অবহেলা না, এটা অসুস্থতা, আর ওনাকে ওনার ভাষায় জানানো উচিত ছিল।

প্রথম ধাপে হাউজিং অফিসার মিস্টার [[PERSON:কোয়ালস্কি]] দেখা করতে এলেন, সাথে একজন দোভাষী নিয়ে।
আদালতের হুমকি তুলে নেওয়া হলো। ওরা বিনা খরচে ধাপে ধাপে পরিষ্কারের ব্যবস্থা করল, [[PERSON:নুরু]]
খালা যা রাখতে চান তা রেখে। জিপি ওনাকে কাউন্সেলিংয়ে পাঠালেন। এখন থেকে ওনার সব চিঠি বাংলায় আসে।

প্রতি শুক্রবার উনি আবার [[ADDRESS:মদিনা মসজিদ]]-এর মহিলাদের ক্লাসে যান। আমার কাজের নম্বর
[[PHONE:0113 496 0362]]।
"""),
    ),
    (
        "fv2o-pa-01",
        "pa",
        _s("""
ਮੇਰੇ ਦਾਦਾ ਜੀ, [[PERSON:ਕਰਤਾਰ ਸਿੰਘ ਢਿੱਲੋਂ]], [[AGE:91 ਸਾਲ]] ਦੇ ਹਨ। ਪਿਛਲੇ ਅੱਠ ਸਾਲਾਂ ਤੋਂ ਉਹ
ਬਜ਼ੁਰਗਾਂ ਦੀ sheltered housing ਸਕੀਮ ਵਿੱਚ, [[ADDRESS:ਫਲੈਟ 7, Elmtree Lodge]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ,
ਜਿਹੜੀ [[ORGANISATION:Oakhurst Housing]] ਚਲਾਉਂਦੀ ਹੈ। ਉਹ [[OTHER_SPECIAL:ਅੰਮ੍ਰਿਤਧਾਰੀ ਸਿੱਖ]] ਹਨ ਅਤੇ ਹਰ
ਰੋਜ਼ ਸਵੇਰੇ ਸੈਰ ਕਰਕੇ [[ADDRESS:ਗੁਰਦੁਆਰਾ ਨਾਨਕ ਨਿਵਾਸ]] ਜਾਂਦੇ ਸਨ।

ਪਿਛਲੇ ਸਾਲ ਸਕੀਮ ਦੀ ਮੈਨੇਜਰ [[PERSON:ਸ਼ੈਰਨ]] ਦੀ ਥਾਂ ਇੱਕ ਫ਼ੋਨ ਲਾਈਨ ਲਾ ਦਿੱਤੀ ਗਈ। ਫਿਰ ਲਿਫ਼ਟ ਪੰਜ ਹਫ਼ਤੇ
ਬੰਦ ਰਹੀ। ਦਾਦਾ ਜੀ ਪਹਿਲੀ ਮੰਜ਼ਿਲ ਉੱਤੇ ਰਹਿੰਦੇ ਹਨ ਅਤੇ ਉਨ੍ਹਾਂ ਨੂੰ [[HEALTH:ਗੋਡਿਆਂ ਦਾ ਗਠੀਆ]] ਹੈ,
ਇਸ ਲਈ ਉਹ ਨਾ ਗੁਰਦੁਆਰੇ ਜਾ ਸਕੇ, ਨਾ ਹਸਪਤਾਲ ਦੀਆਂ ਦੋ ਅਪੌਇੰਟਮੈਂਟਾਂ ਉੱਤੇ।

ਮੈਂ ਉਨ੍ਹਾਂ ਦਾ ਪੋਤਾ ਹਾਂ, [[PERSON:ਜਸਕਰਨ]], ਪਰ ਘਰ ਵਿੱਚ ਸਾਰੇ ਮੈਨੂੰ [[PERSON:ਜੱਸੀ]] ਕਹਿੰਦੇ ਹਨ। ਮੈਂ
ਉਨ੍ਹਾਂ ਵੱਲੋਂ ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਕੀਤੀ। ਪਛਾਣ ਲਈ ਉਨ੍ਹਾਂ ਦੀ ਜਨਮ ਤਰੀਕ [[DATE_OF_BIRTH:੧੫ ਅਪ੍ਰੈਲ ੧੯੩੪]]
ਅਤੇ ਕਿਰਾਏਦਾਰੀ ਨੰਬਰ [[REFERENCE:OKH-SH-2207]] ਲਿਖਿਆ।

ਪਹਿਲੇ ਪੜਾਅ ਦੇ ਜਵਾਬ ਵਿੱਚ ਉਨ੍ਹਾਂ ਨੇ ਮੰਨਿਆ ਕਿ ਲਿਫ਼ਟ ਦਾ ਪੁਰਜ਼ਾ ਆਰਡਰ ਹੀ ਨਹੀਂ ਹੋਇਆ ਸੀ। ਦੋ ਦਿਨਾਂ
ਵਿੱਚ ਲਿਫ਼ਟ ਠੀਕ ਹੋ ਗਈ, ਅਤੇ ਜਦੋਂ ਤੱਕ ਪੱਕਾ ਹੱਲ ਨਹੀਂ ਹੁੰਦਾ, ਦਾਦਾ ਜੀ ਨੂੰ ਜ਼ਮੀਨੀ ਮੰਜ਼ਿਲ ਦਾ ਖ਼ਾਲੀ ਫਲੈਟ
ਦੇਣ ਦੀ ਪੇਸ਼ਕਸ਼ ਕੀਤੀ। ਹੁਣ ਸਕੀਮ ਮੈਨੇਜਰ ਹਫ਼ਤੇ ਵਿੱਚ ਤਿੰਨ ਦਿਨ ਆਉਂਦੀ ਹੈ, ਅਤੇ ਉਨ੍ਹਾਂ ਨੇ 350 ਪੌਂਡ
ਮੁਆਵਜ਼ਾ ਦਿੱਤਾ। ਦਾਦਾ ਜੀ ਕਹਿੰਦੇ ਹਨ ਕਿ ਸਭ ਤੋਂ ਵੱਡੀ ਗੱਲ ਇਹ ਸੀ ਕਿ ਕਿਸੇ ਨੇ ਉਨ੍ਹਾਂ ਦੀ ਗੱਲ ਸੁਣੀ।

ਜੇ ਕਿਸੇ ਦੇ ਬਜ਼ੁਰਗ ਨਾਲ ਇਹੋ ਜਿਹਾ ਹੋ ਰਿਹਾ ਹੈ, ਤਾਂ ਮੈਨੂੰ [[PHONE:੦੧੨੧ ੪੯੬ ੦੫੫੩]] ਉੱਤੇ ਫ਼ੋਨ ਕਰੋ।
"""),
    ),
    (
        "fv2o-pa-02",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਮ [[PERSON:ਸੁਰਿੰਦਰ ਕੌਰ ਸੰਧੂ]] ([[PERSON:Surinder Kaur Sandhu]]) ਹੈ। ਰਿਟਾਇਰ ਹੋਣ ਤੋਂ ਬਾਅਦ
ਮੈਂ ਅਤੇ ਮੇਰੇ ਪਤੀ, ਸਰਦਾਰ [[PERSON:ਬਲਦੇਵ ਸਿੰਘ]] ਜੀ, ਇੱਕ ਪਾਰਕ ਹੋਮ ਵਿੱਚ ਆ ਗਏ। ਸਾਡਾ ਘਰ
[[ADDRESS:Willowmere Park]] ਵਿੱਚ [[ADDRESS:ਪਿੱਚ ਨੰਬਰ 17]] ਉੱਤੇ ਹੈ, ਪੋਸਟਕੋਡ
[[POSTCODE:pe132lx]]। ਸਾਈਟ [[ORGANISATION:Fenmoor Housing Association]] ਦੀ ਹੈ ਅਤੇ ਉਹ ਹਰ ਮਹੀਨੇ
ਪਿੱਚ ਫ਼ੀਸ ਲੈਂਦੇ ਹਨ।

ਦੋ ਸਰਦੀਆਂ ਤੋਂ ਸਾਈਟ ਦੀ ਸੜਕ ਉੱਤੇ ਮੀਂਹ ਦਾ ਪਾਣੀ ਖੜ੍ਹਾ ਰਹਿੰਦਾ ਸੀ, ਕਿਉਂਕਿ ਨਾਲੀਆਂ ਬੰਦ ਸਨ। ਪਿਛਲੇ
ਜਨਵਰੀ ਸਾਡੀ ਕਾਰ [[OTHER_ID:AV62 KTE]] ਪਾਣੀ ਵਿੱਚ ਫਸ ਗਈ ਅਤੇ ਉਸ ਦਾ ਇੰਜਣ ਖ਼ਰਾਬ ਹੋ ਗਿਆ।
ਸਰਦਾਰ ਜੀ ਨੂੰ [[HEALTH:ਸ਼ੂਗਰ]] ਹੈ ਅਤੇ ਹਫ਼ਤੇ ਵਿੱਚ ਦੋ ਵਾਰ ਪੈਰਾਂ ਦੀ ਨਰਸ ਕੋਲ ਜਾਣਾ ਹੁੰਦਾ ਹੈ।
ਕਾਰ ਤੋਂ ਬਿਨਾਂ ਉਹ ਜਾ ਨਹੀਂ ਸਕਦੇ ਸਨ।

ਸਾਈਟ ਮੈਨੇਜਰ [[PERSON:ਗੈਰੀ]] ਹਰ ਵਾਰ ਕਹਿੰਦਾ ਸੀ ਕਿ ਇਹ ਕੌਂਸਲ ਦੀ ਸੜਕ ਹੈ। ਮੈਂ ਸਾਈਟ ਦਾ ਨਕਸ਼ਾ ਲੱਭਿਆ,
ਜਿਸ ਵਿੱਚ ਸਾਫ਼ ਲਿਖਿਆ ਸੀ ਕਿ ਸੜਕ ਐਸੋਸੀਏਸ਼ਨ ਦੀ ਹੈ, ਅਤੇ ਈਮੇਲ [[EMAIL:surinder.sandhu@example.com]]
ਤੋਂ ਰਸਮੀ ਸ਼ਿਕਾਇਤ ਭੇਜੀ। ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:FHA/PH/0388]] ਮਿਲਿਆ।

ਪਹਿਲੇ ਪੜਾਅ ਵਿੱਚ ਉਨ੍ਹਾਂ ਨੇ ਮੰਨ ਲਿਆ ਕਿ ਸੜਕ ਅਤੇ ਨਾਲੀਆਂ ਉਨ੍ਹਾਂ ਦੀ ਜ਼ਿੰਮੇਵਾਰੀ ਹਨ। ਅਪ੍ਰੈਲ ਵਿੱਚ ਨਵੀਆਂ
ਨਾਲੀਆਂ ਪਾਈਆਂ ਗਈਆਂ, ਅਤੇ ਉਨ੍ਹਾਂ ਨੇ ਕਾਰ ਦੀ ਮੁਰੰਮਤ ਦੇ 900 ਪੌਂਡ ਦਿੱਤੇ। ਸਾਈਟ ਦੇ ਬਾਕੀ 40 ਘਰਾਂ
ਵਾਲਿਆਂ ਨੂੰ ਵੀ ਚਿੱਠੀ ਗਈ ਕਿ ਜਿਸ ਦਾ ਨੁਕਸਾਨ ਹੋਇਆ ਹੈ, ਉਹ ਦੱਸੇ। ਸਾਡੇ ਗੁਆਂਢੀ, [[ADDRESS:ਪਿੱਚ 18]]
ਵਾਲੇ [[PERSON:ਮੌਰੀਨ]] ਅਤੇ [[PERSON:ਜਿਮ]], ਨੂੰ ਵੀ ਉਨ੍ਹਾਂ ਦੇ ਸ਼ੈੱਡ ਦਾ ਹਰਜਾਨਾ ਮਿਲਿਆ।
"""),
    ),
    (
        "fv2o-pa-03",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਹਰਪ੍ਰੀਤ ਗਰੇਵਾਲ]] ਹਾਂ ਅਤੇ ਇੱਕ ਸਲਾਹ ਕੇਂਦਰ ਵਿੱਚ ਐਡਵੋਕੇਟ ਵਜੋਂ ਕੰਮ ਕਰਦੀ ਹਾਂ। ਇਹ ਕੇਸ
ਬੀਬੀ [[PERSON:ਗੁਰਮੀਤ ਕੌਰ]] ਦੀ ਇਜਾਜ਼ਤ ਨਾਲ ਲਿਖ ਰਹੀ ਹਾਂ।

ਬੀਬੀ ਜੀ ਦੇ ਪਤੀ, [[PERSON:ਅਵਤਾਰ ਸਿੰਘ]], ਪਿਛਲੇ ਸਾਲ ਅਕਤੂਬਰ ਵਿੱਚ ਚਲਾਣਾ ਕਰ ਗਏ। ਉਹ ਪੈਂਤੀ ਸਾਲ
[[ADDRESS:14 Cranbrook Avenue]] ਵਿੱਚ ਰਹੇ, ਪਰ ਕਿਰਾਏਦਾਰੀ ਸਿਰਫ਼ ਸਰਦਾਰ ਜੀ ਦੇ ਨਾਮ ਉੱਤੇ ਸੀ।
ਮਕਾਨ ਮਾਲਕ [[ORGANISATION:Brentside Homes]] ਨੇ ਕਿਹਾ ਕਿ ਪਤਨੀ ਵਜੋਂ ਉੱਤਰਾਧਿਕਾਰ ਲਈ ਵਿਆਹ ਦਾ
ਸਰਟੀਫ਼ਿਕੇਟ ਚਾਹੀਦਾ ਹੈ। ਵਿਆਹ 1968 ਵਿੱਚ ਪਿੰਡ ਵਿੱਚ ਹੋਇਆ ਸੀ ਅਤੇ ਸਰਟੀਫ਼ਿਕੇਟ ਕਦੇ ਬਣਿਆ ਹੀ ਨਹੀਂ।

ਇਸ ਦੌਰਾਨ ਕਿਰਾਇਆ ਖਾਤਾ ਰੋਕ ਦਿੱਤਾ ਗਿਆ, Universal Credit ਦਾ ਹਾਊਸਿੰਗ ਹਿੱਸਾ ਵਾਪਸ ਚਲਾ ਗਿਆ, ਅਤੇ
ਬੀਬੀ ਜੀ ਨੂੰ ਬਕਾਏ ਦੀ ਚਿੱਠੀ ਆ ਗਈ। ਉਨ੍ਹਾਂ ਦੀ ਉਮਰ [[AGE:ਅੱਸੀ ਸਾਲ]] ਹੈ ਅਤੇ ਉਨ੍ਹਾਂ ਨੂੰ
[[HEALTH:ਹਾਈ ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ]] ਹੈ। ਚਿੱਠੀ ਪੜ੍ਹ ਕੇ ਉਹ ਰਾਤਾਂ ਨੂੰ ਸੌਂ ਨਹੀਂ ਸਕੀ।

ਅਸੀਂ ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਕਿਰਾਏਦਾਰੀ ਨੰਬਰ [[REFERENCE:BSH-550216]] ਨਾਲ। ਸਬੂਤ ਵਜੋਂ ਪੰਜਾਹ ਸਾਲਾਂ
ਦੀਆਂ ਸਾਂਝੀਆਂ ਚਿੱਠੀਆਂ, ਪਾਸਪੋਰਟ ਵਿੱਚ ਪਤੀ ਦਾ ਨਾਮ, ਉਨ੍ਹਾਂ ਦੀ ਜਨਮ ਤਰੀਕ [[DATE_OF_BIRTH:3 ਮਾਰਚ 1945]]
ਅਤੇ ਨੈਸ਼ਨਲ ਇੰਸ਼ੋਰੈਂਸ ਨੰਬਰ [[NI_NUMBER:AB 72 90 15 C]] ਵਾਲੇ ਪੈਨਸ਼ਨ ਦੇ ਕਾਗਜ਼ ਭੇਜੇ।

ਪਹਿਲੇ ਪੜਾਅ ਵਿੱਚ ਹਾਊਸਿੰਗ ਅਫ਼ਸਰ [[PERSON:ਡੈਨੀਅਲ]] ਨੇ ਮੰਨਿਆ ਕਿ ਕਾਨੂੰਨ ਸਰਟੀਫ਼ਿਕੇਟ ਨਹੀਂ ਮੰਗਦਾ, ਸਿਰਫ਼
ਇਹ ਕਿ ਪਤੀ-ਪਤਨੀ ਇਕੱਠੇ ਰਹਿੰਦੇ ਸਨ। ਕਿਰਾਏਦਾਰੀ ਬੀਬੀ ਜੀ ਦੇ ਨਾਮ ਹੋ ਗਈ, ਬਕਾਇਆ ਰੱਦ ਹੋਇਆ, ਅਤੇ ਉਨ੍ਹਾਂ ਨੇ
ਮੁਆਫ਼ੀ ਦੀ ਚਿੱਠੀ ਪੰਜਾਬੀ ਵਿੱਚ ਭੇਜੀ। ਮੇਰਾ ਦਫ਼ਤਰੀ ਨੰਬਰ [[PHONE:020 7946 0187]] ਹੈ।
"""),
    ),
    (
        "fv2o-pa-04",
        "pa",
        _s("""
ਮੇਰਾ ਨਾਮ [[PERSON:ਰਾਣੀ]] ਹੈ ਅਤੇ ਮੈਂ ਆਪਣੀ ਮੰਮੀ, [[PERSON:ਮਨਜੀਤ ਕੌਰ ਬਰਾੜ]], ਵੱਲੋਂ ਲਿਖ ਰਹੀ ਹਾਂ। ਮੰਮੀ
ਦੀ ਉਮਰ [[AGE:ਚੁਰਾਸੀ ਸਾਲ]] ਹੈ। ਸਾਰੀ ਉਮਰ ਉਹ ਆਪਣੇ ਘਰ ਦੀ ਰਾਣੀ ਰਹੀ ਹੈ, ਅਤੇ ਉਹ ਘਰ ਛੱਡਣਾ ਨਹੀਂ
ਚਾਹੁੰਦੀ: [[ADDRESS:63 Hollybank Road]], ਜੋ [[ORGANISATION:Trentside Community Homes]] ਦਾ ਹੈ।

ਤਿੰਨ ਸਾਲ ਪਹਿਲਾਂ ਪੌੜੀਆਂ ਉੱਤੇ ਸਟੇਅਰਲਿਫ਼ਟ ਲੱਗੀ ਸੀ, ਜੋ [[ORGANISATION:Ascend Stairlifts]] ਨੇ ਲਾਈ।
ਪਿਛਲੇ ਸਾਲ ਉਹ ਚਾਰ ਵਾਰ ਖ਼ਰਾਬ ਹੋਈ, ਅਤੇ ਹਰ ਵਾਰ ਗਿਆਰਾਂ-ਬਾਰਾਂ ਦਿਨ ਕੋਈ ਨਹੀਂ ਆਇਆ। ਮੰਮੀ ਹੇਠਾਂ ਕੁਰਸੀ
ਉੱਤੇ ਸੌਂਦੀ ਸੀ। [[ADDRESS:ਨੰਬਰ 65]] ਵਾਲੀ ਆਂਟੀ [[PERSON:ਪੈਟ]] ਰਾਤ ਨੂੰ ਉਨ੍ਹਾਂ ਕੋਲ ਬੈਠ ਜਾਂਦੀ ਸੀ।

ਸਾਡੇ ਜੀਪੀ, ਡਾਕਟਰ [[PERSON:ਸੈਮੂਅਲ ਓਕੇ]], ਨੇ [[ADDRESS:Hollybank Health Centre]] ਤੋਂ ਚਿੱਠੀ ਲਿਖੀ,
ਜਿਸ ਦੇ ਸ਼ਬਦ ਮੈਂ ਇੱਥੇ ਦੇ ਰਹੀ ਹਾਂ: "ਸ੍ਰੀਮਤੀ [[PERSON:ਬਰਾੜ]] (NHS ਨੰਬਰ [[OTHER_ID:੯੯੯ ੪੫੨ ੭੭੦੧]])
ਨੂੰ [[HEALTH:ਦਿਲ ਦੀ ਕਮਜ਼ੋਰੀ]] ਹੈ। ਕੁਰਸੀ ਵਿੱਚ ਸੌਣ ਨਾਲ ਲੱਤਾਂ ਦੀ ਸੋਜ ਵਧਦੀ ਹੈ। ਸਟੇਅਰਲਿਫ਼ਟ ਦੀ ਮੁਰੰਮਤ
ਨੂੰ ਐਮਰਜੈਂਸੀ ਸਮਝਿਆ ਜਾਵੇ।"

ਮੈਂ ਇਹ ਚਿੱਠੀ ਲਾ ਕੇ [[EMAIL:rani.brar@example.org]] ਤੋਂ ਸ਼ਿਕਾਇਤ ਭੇਜੀ। ਸ਼ਿਕਾਇਤ ਨੰਬਰ
[[REFERENCE:TCH-2024-1173]] ਆਇਆ।

ਪਹਿਲੇ ਪੜਾਅ ਵਿੱਚ ਉਨ੍ਹਾਂ ਨੇ ਮੰਨਿਆ ਕਿ ਠੇਕੇਦਾਰ ਨਾਲ ਕੋਈ ਸਮਾਂ-ਸੀਮਾ ਤੈਅ ਹੀ ਨਹੀਂ ਸੀ। ਦੋ ਹਫ਼ਤਿਆਂ ਵਿੱਚ
ਨਵੀਂ ਸਟੇਅਰਲਿਫ਼ਟ ਲੱਗ ਗਈ, ਜਿਸ ਵਿੱਚ ਬਿਜਲੀ ਜਾਣ ਉੱਤੇ ਚੱਲਣ ਵਾਲੀ ਬੈਟਰੀ ਹੈ। ਹੁਣ ਖ਼ਰਾਬੀ ਦੀ ਹਾਲਤ ਵਿੱਚ
ਚੌਵੀ ਘੰਟਿਆਂ ਵਿੱਚ ਮਿਸਤਰੀ ਆਉਂਦਾ ਹੈ। ਉਨ੍ਹਾਂ ਨੇ 400 ਪੌਂਡ ਵੀ ਦਿੱਤੇ, ਅਤੇ ਮੰਮੀ ਨੇ ਉਨ੍ਹਾਂ ਵਿੱਚੋਂ
ਆਂਟੀ [[PERSON:ਪੈਟ]] ਲਈ ਫੁੱਲ ਖ਼ਰੀਦੇ।
"""),
    ),
    (
        "fv2o-pa-05",
        "pa",
        _s("""
ਮੈਂ [[PERSON:ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਗਿੱਲ]] ਹਾਂ, ਪਰ ਯਾਰ-ਦੋਸਤ ਮੈਨੂੰ [[PERSON:ਗੋਪੀ]] ਕਹਿੰਦੇ ਹਨ। ਮੈਂ ਕੈਂਟ ਵਿੱਚ
ਇੱਕ ਫਲਾਂ ਦੇ ਫ਼ਾਰਮ ਉੱਤੇ ਟਰੈਕਟਰ ਚਲਾਉਂਦਾ ਹਾਂ, ਅਤੇ ਨੌਕਰੀ ਦੇ ਨਾਲ ਰਹਿਣ ਲਈ ਘਰ ਮਿਲਿਆ ਹੋਇਆ ਹੈ:
[[ADDRESS:Orchard Cottage]], [[ADDRESS:Hollins Farm]], [[POSTCODE:TN12 7QD]]। ਘਰ
[[ORGANISATION:Weald Rural Housing Trust]] ਦਾ ਹੈ, ਜੋ ਖੇਤ ਮਜ਼ਦੂਰਾਂ ਨੂੰ ਘੱਟ ਕਿਰਾਏ ਉੱਤੇ ਘਰ ਦਿੰਦਾ
ਹੈ। ਫ਼ਾਰਮ ਮੈਨੇਜਰ [[PERSON:ਟ੍ਰੇਵਰ]] ਕਿਰਾਇਆ ਮੇਰੀ ਤਨਖ਼ਾਹ ਵਿੱਚੋਂ ਕੱਟ ਲੈਂਦਾ ਹੈ।

ਕਾਟੇਜ ਦਾ ਪਾਣੀ ਬੋਰਵੈੱਲ ਤੋਂ ਆਉਂਦਾ ਹੈ। ਪਿਛਲੀ ਸਰਦੀ ਹੜ੍ਹ ਤੋਂ ਬਾਅਦ ਨਲਕੇ ਵਿੱਚੋਂ ਭੂਰਾ ਪਾਣੀ ਆਉਣ ਲੱਗਾ।
ਮੇਰੇ ਬੇਟੇ [[PERSON:ਅਰਜਨ]] ਦੀ ਉਮਰ [[AGE:ਸੱਤ ਸਾਲ]] ਹੈ, ਅਤੇ ਉਸ ਨੂੰ ਦੋ ਵਾਰ [[HEALTH:ਪੇਟ ਦੀ ਇਨਫ਼ੈਕਸ਼ਨ]]
ਹੋਈ, ਜਿਸ ਕਰਕੇ ਉਹ [[ADDRESS:Brenchley Green Primary]] ਤੋਂ ਹਫ਼ਤਾ ਭਰ ਛੁੱਟੀ ਉੱਤੇ ਰਿਹਾ। ਟਰੱਸਟ
ਕਹਿੰਦਾ ਸੀ ਪਾਣੀ ਫ਼ਾਰਮ ਦਾ ਮਾਮਲਾ ਹੈ, ਫ਼ਾਰਮ ਕਹਿੰਦਾ ਸੀ ਟਰੱਸਟ ਦਾ। ਤਿੰਨ ਮਹੀਨੇ ਅਸੀਂ ਬੋਤਲਾਂ ਵਾਲਾ
ਪਾਣੀ ਖ਼ਰੀਦਦੇ ਰਹੇ।

ਫਿਰ ਮੈਂ ਟਰੱਸਟ ਨੂੰ ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਕੀਤੀ ਅਤੇ ਆਪਣਾ ਨੰਬਰ [[PHONE:07700 900264]] ਦਿੱਤਾ। ਸ਼ਿਕਾਇਤ ਦਾ
ਹਵਾਲਾ [[REFERENCE:WRHT-C-0158]] ਸੀ। ਉਨ੍ਹਾਂ ਦੀ ਅਫ਼ਸਰ [[PERSON:ਲੂਸੀ]] ਅਗਲੇ ਹਫ਼ਤੇ ਆਈ, ਪਾਣੀ ਦਾ
ਟੈਸਟ ਕਰਵਾਇਆ, ਅਤੇ ਪਾਣੀ ਪੀਣ ਯੋਗ ਨਹੀਂ ਨਿਕਲਿਆ।

ਪਹਿਲੇ ਪੜਾਅ ਦੇ ਜਵਾਬ ਵਿੱਚ ਟਰੱਸਟ ਨੇ ਮੰਨਿਆ ਕਿ ਕਿਰਾਏਦਾਰੀ ਅਨੁਸਾਰ ਪਾਣੀ ਦੀ ਸਪਲਾਈ ਉਨ੍ਹਾਂ ਦੀ
ਜ਼ਿੰਮੇਵਾਰੀ ਹੈ। ਉਨ੍ਹਾਂ ਨੇ ਯੂਵੀ ਫ਼ਿਲਟਰ ਲਾਇਆ, ਹਰ ਤਿੰਨ ਮਹੀਨੇ ਟੈਸਟ ਸ਼ੁਰੂ ਕੀਤੇ, ਬੋਤਲਾਂ ਦੇ 260 ਪੌਂਡ
ਵਾਪਸ ਕੀਤੇ ਅਤੇ 200 ਪੌਂਡ ਮੁਆਵਜ਼ਾ ਦਿੱਤਾ। ਨਾਲ ਹੀ ਉਨ੍ਹਾਂ ਨੇ ਲਿਖ ਕੇ ਦਿੱਤਾ ਕਿ ਸ਼ਿਕਾਇਤ ਕਰਨ ਨਾਲ ਮੇਰੀ
ਨੌਕਰੀ ਜਾਂ ਘਰ ਉੱਤੇ ਕੋਈ ਅਸਰ ਨਹੀਂ ਪਵੇਗਾ, ਜਿਸ ਦਾ ਮੈਨੂੰ ਸਭ ਤੋਂ ਵੱਧ ਡਰ ਸੀ।
"""),
    ),
    (
        "fv2o-pl-01",
        "pl",
        _s("""
Nazywam się [[PERSON:Marek Zieliński]] i od sześciu lat pracuję przy brokułach i kapuście na
dużej farmie w Lincolnshire. Razem z pracą dostałem domek: [[ADDRESS:2 Manor Farm Cottages]],
[[POSTCODE:PE20 3LN]]. Domki należą do [[ORGANISATION:Wolds Rural Housing]], które wynajmuje je
pracownikom rolnym, a czynsz farma potrąca mi z pensji.

Mieszkam z żoną [[PERSON:Gosią]] i synkiem [[PERSON:Kubusiem]], który ma [[AGE:pięć lat]] i chodzi
do [[ADDRESS:Kirton Fen Primary]]. Zeszłej zimy kocioł olejowy zepsuł się trzy razy, a szambo za
domem przelewało się na podwórko, gdzie [[PERSON:Kubuś]] się bawi. Zgłaszałem to kierownikowi
farmy, panu [[PERSON:Geoffowi]], a on mówił, że to sprawa stowarzyszenia. Stowarzyszenie mówiło,
że farmy. Firma od szamba nie mogła znaleźć domu, więc podałem jej numer rejestracyjny mojego
auta, [[OTHER_ID:FV14 XMR]], które zawsze stoi przed furtką.

W końcu [[PERSON:Gosia]] napisała skargę po angielsku. Dostaliśmy numer
[[REFERENCE:WRH-AG-0772]]. Sprawę prowadziła pani [[PERSON:Hilary Dunn]], która przyjechała sama
i powąchała podwórko. Więcej tłumaczyć nie musiałem.

W odpowiedzi na pierwszym etapie przyznali, że kocioł i szambo to ich obowiązek, niezależnie od
tego, czyja jest farma. Wymienili kocioł, postawili nowy zbiornik, zapłacili 300 funtów i na piśmie
potwierdzili, że skarga nie ma wpływu na moją pracę ani na domek. Tego bałem się najbardziej.

Jeśli ktoś mieszka w takim domku i chce pogadać, niech dzwoni: [[PHONE:zero siedem siedem zero
zero, dziewięćset sto dwadzieścia jeden]].
"""),
    ),
    (
        "fv2o-pl-02",
        "pl",
        _s("""
Jestem [[PERSON:Dariusz Wnuk]], dla znajomych [[PERSON:Darek]]. Od roku mieszkam w
[[ADDRESS:pokoju nr 5]] w domu wielorodzinnym przy [[ADDRESS:23 Albion Street]], który prowadzi
[[ORGANISATION:Calderbank Supported Housing]]. Dom jest dla samotnych mężczyzn po bezdomności.
Mamy wspólną kuchnię i dwie łazienki na sześć osób.

W sierpniu w domu pojawiły się pluskwy. Pierwszy zauważył je [[PERSON:Wojtek]] z pokoju obok, potem
[[PERSON:Liam]] z parteru. Każdy z nas zgłaszał to osobno i każdy dostawał tę samą odpowiedź:
„proszę wyprać pościel w wysokiej temperaturze”. Do tego zamek w drzwiach wejściowych nie
działał od wiosny, więc w nocy wchodził, kto chciał.

Razem z [[PERSON:Wojtkiem]] i [[PERSON:Liamem]] napisaliśmy jedną skargę od całego domu. Formularz
internetowy nie przyjmował jej bez numeru ubezpieczenia, więc wpisałem swój: [[NI_NUMBER:NR 53 18
64 A]]. Potwierdzenie przyszło na [[EMAIL:darek.wnuk@example.com]], z numerem
[[REFERENCE:CSH-2291]].

Na pierwszym etapie odpisał pan [[PERSON:Stuart]], kierownik domu. Przyznał, że pluskwy w domu
wielorodzinnym to problem całego budynku, a nie jednego lokatora. W ciągu tygodnia firma
dezynsekcyjna zrobiła trzy zabiegi w całym domu, każdy dostał nowy materac, a zamek wymieniono
następnego dnia. Każdy z nas dostał też 150 funtów. Pan [[PERSON:Stuart]] obiecał, że skargi w
sprawie części wspólnych będą od teraz zapisywane raz, na cały dom.

Najważniejsza lekcja: jedna wspólna skarga znaczy więcej niż sześć telefonów.
"""),
    ),
    (
        "fv2o-pl-03",
        "pl",
        _s("""
Mam na imię [[PERSON:Natalia]], ale wszyscy mówią na mnie [[PERSON:Natka]]. Moi rodzice są [[OTHER_SPECIAL:Polakami]],
ale ja od dzieciństwa byłam w rodzinach zastępczych w Anglii. Teraz mam [[AGE:osiemnaście
lat]] i w marcu dostałam swoje pierwsze mieszkanie: [[ADDRESS:mieszkanie 14]] w bloku
[[ADDRESS:Cedar Point]], od [[ORGANISATION:Northfleet Homes]].

Moja doradczyni z zespołu dla osób opuszczających pieczę, [[PERSON:Bethany]], pojechała ze mną po
klucze. W oknie w sypialni była pęknięta szyba, drzwi na balkon na ósmym piętrze nie miały zamka, a w
łazience był grzyb. Pani z biura powiedziała, że na naprawy mam przecież „grant dla care leaverów”.

Nagrałam filmik z mieszkania i wrzuciłam go na [[OTHER_ID:@natka.nowy.start]]. Potem razem z
[[PERSON:Beth]] napisałyśmy skargę. Musiałam podać datę urodzenia, [[DATE_OF_BIRTH:7 maja
2006]], i numer najmu [[REFERENCE:NFH-T-33810]].

Odpowiedź z pierwszego etapu przyszła po dziewięciu dniach. Przeprosili i napisali wprost, że
mieszkanie nie powinno być wydane w takim stanie, a grant jest na meble, nie na ich naprawy.
Wymienili szybę i zamek w dwa dni, usunęli grzyb i dali mi 200 funtów. Kierowniczka, pani
[[PERSON:Claire Onuoha]], zadzwoniła do mnie osobiście i powiedziała, że teraz każde mieszkanie dla
młodej osoby z pieczy sprawdza ktoś z zespołu przed wydaniem kluczy.

Mieszkam tu już pół roku. Mam zasłony w kolorze musztardy i kota, który nazywa się Pierogi.
"""),
    ),
    (
        "fv2o-pl-04",
        "pl",
        _s("""
Nazywam się [[PERSON:Ewa Nowak]]. W 2016 roku razem z mężem [[PERSON:Tomkiem]] kupiliśmy
mieszkanie w systemie shared ownership, więc formalnie jesteśmy leaseholderami, a
[[ORGANISATION:Erith Quay Homes]] jest właścicielem budynku. Mieszkamy w [[ADDRESS:mieszkaniu 58,
Kingfisher Wharf]], [[POSTCODE:DA8 1QP]], na dziewiątym piętrze.

Po kontroli przeciwpożarowej w 2021 roku okazało się, że elewacja jest niebezpieczna. Wprowadzono
nocne dyżury strażaków, tzw. waking watch, a koszty doliczono do opłat serwisowych. W ciągu roku
nasza część wyniosła 3400 funtów. Listy przychodziły zaadresowane do „państwa
[[PERSON:Nowaków]]”, zawsze z groźbą, że zaległość trafi do sądu.

Przeczytałam, że od 2022 roku przepisy chronią leaseholderów przed takimi kosztami. Napisałam skargę,
podając numer konta leaseholdera [[REFERENCE:EQH-LSE-0581]]. Mąż dzwonił pod [[PHONE:020 7946
0716]] cztery razy, zanim ktoś w ogóle potwierdził, że skarga dotarła.

Na pierwszym etapie odpowiedziano nam, że „opłaty są zgodne z umową”. Poprosiliśmy o drugi etap.
Tym razem sprawę przejęła [[PERSON:Priya Shah]] z działu leaseholderów. Rozmowa z [[PERSON:Priyą]]
trwała godzinę i pierwszy raz miałam wrażenie, że ktoś przeczytał nasze pismo do końca.

W odpowiedzi na drugim etapie przyznano, że nie wolno było obciążać nas kosztami dyżurów. Zwrócono
nam 3400 funtów, a wszystkim 112 leaseholderom w budynku anulowano te opłaty. Dostaliśmy też 250
funtów za stres i stracony czas. [[PERSON:Tomek]] mówi, że to pierwszy list od landlorda, który
przeczytał z przyjemnością.

Kontakt dla sąsiadów: [[EMAIL:ewa.tomek.nowak@example.net]].
"""),
    ),
    (
        "fv2o-pl-05",
        "pl",
        _s("""
Jestem [[PERSON:Joanna Lis]] i pracuję jako doradczyni w organizacji, która pomaga osobom doznającym
przemocy domowej. Piszę za zgodą klientki, która poprosiła, żebym używała tylko jej zdrobnienia:
[[PERSON:Kasia]]. Nie podaję niczego o miejscu, w którym mieszka teraz.

[[PERSON:Kasia]] przez siedem lat wynajmowała dom od [[ORGANISATION:Medway Crest Housing]] przy
[[ADDRESS:9 Hawthorn Close]]. W lutym uciekła stamtąd z [[AGE:sześcioletnią]] córką i
[[AGE:trzyletnim]] synem. Jako [[OTHER_SPECIAL:Polka]] ze [[OTHER_SPECIAL:statusem osoby
osiedlonej]] bała się, że straci prawo do pomocy, co oczywiście nie było prawdą.

Kiedy złożyłyśmy wniosek o przeniesienie, urzędnik zadzwonił na stary numer domowy, żeby
„potwierdzić szczegóły”. Odebrał były partner. Dowiedział się, że [[PERSON:Kasia]] prosi o nowy dom
w innej dzielnicy. Następnego dnia złożyłyśmy skargę, numer [[REFERENCE:MCH-DA-0093]].

Kierowniczka działu mieszkań, pani [[PERSON:Sharon Mills]], oddzwoniła w ciągu dwóch godzin.
Landlord zgłosił naruszenie ochrony danych, przeprosił na piśmie i założył w systemie blokadę: nikt
nie może kontaktować się z [[PERSON:Kasią]] inaczej niż przez mnie. W ciągu trzech tygodni dostała
bezpieczne mieszkanie, bez czynszu podwójnego za okres wypowiedzenia, a także 500 funtów
zadośćuczynienia. Landlord przeszkolił cały zespół z zasad kontaktu z osobami uciekającymi przed
przemocą.

[[PERSON:Kasia]] leczy się z [[HEALTH:zespołu stresu pourazowego]], ale mówi, że pierwszy raz od
lat śpi przy zgaszonym świetle.

Pracownicy innych organizacji mogą pisać do mnie: [[EMAIL:j.lis@bezpiecznydom.example]] lub
dzwonić pod [[PHONE:0117 496 0473]].
"""),
    ),
    (
        "fv2o-ro-01",
        "ro",
        _s("""
Mă numesc [[PERSON:Gheorghe Bălan]], dar toată lumea îmi spune [[PERSON:Ghiță]]. Lucrez într-un
depozit și stau în [[ADDRESS:camera 2]] dintr-o casă cu șase camere de la [[ADDRESS:41 Station
Road]], [[POSTCODE:LU4 8ER]]. Casa e a [[ORGANISATION:Chiltern Gate Housing]] și este închiriată pe
camere, cu bucătărie și baie comune.

În noiembrie a luat foc o tigaie în bucătărie. Nu a sunat nicio alarmă, pentru că detectoarele de
fum fuseseră scoase la o renovare și nu le mai pusese nimeni la loc. Focul l-a stins
[[PERSON:Bogdan]] din [[ADDRESS:camera 3]], cu o pătură. Ușa antifoc a bucătăriei stătea proptită
cu un scaun de luni de zile, pentru că se închidea prea tare.

Am scris o plângere în numele tuturor, semnată de mine, de [[PERSON:Bogdan]], de [[PERSON:Nelu]]
și de [[PERSON:Kevin]], de la etaj. Am dat adresa mea de e-mail, [[EMAIL:ghita.balan
(at) example (punct) com]], și am primit numărul de referință [[REFERENCE:CGH-HMO-4471]].

La prima etapă ne-a răspuns doamna [[PERSON:Fiona Grant]], managera de zonă. A recunoscut că o casă
cu mai mulți chiriași are nevoie de alarme legate între ele și că e vina lor că nu au verificat
după renovare. În 48 de ore au montat alarme noi în toate camerele și pe hol, au reglat ușa antifoc și
au pus o listă de verificare săptămânală pe frigider. Fiecare dintre noi a primit 100 de lire.

Mă gândesc des ce se putea întâmpla dacă focul pornea noaptea. Dacă locuiți într-o casă împărțită,
verificați alarmele și nu așteptați să vină altcineva să se plângă.
"""),
    ),
    (
        "fv2o-ro-02",
        "ro",
        _s("""
Sunt [[PERSON:Andreea Munteanu]], studentă la master în asistență socială, și locuiesc cu fiica
mea, [[PERSON:Ilinca]], de [[AGE:patru ani]], în [[ADDRESS:apartamentul 9, Jarrom Court]], un bloc
pentru familii de studenți administrat de [[ORGANISATION:Soar Valley Homes]]. [[PERSON:Ilinca]]
merge la [[ADDRESS:Little Acorns Nursery]], chiar peste drum. Am
[[OTHER_SPECIAL:statut de rezident stabilit]], așa că am dreptul la locuință ca oricine altcineva.

În ianuarie s-a stricat centrala și am stat trei săptămâni fără căldură. [[PERSON:Ilinca]] a făcut
[[HEALTH:bronșiolită]] și am ajuns cu ea la urgențe. Când am sunat, mi s-a spus că, fiind studentă,
ar trebui să mă adresez universității. Universitatea mi-a spus să sun la proprietar.

Am făcut o plângere scrisă. Mi-au cerut dovada identității, așa că am trimis seria și numărul
buletinului, [[OTHER_ID:RX 482913]], deși nu înțeleg nici acum de ce le trebuia. Numărul plângerii
a fost [[REFERENCE:SVH/C/20931]]. Le-am lăsat și telefonul meu, [[PHONE:07700 900839]].

Răspunsul de la prima etapă a venit în zece zile, semnat de [[PERSON:Darren Holt]], responsabil de
clădire. Și-au cerut scuze și au recunoscut că studenții cu familie sunt chiriașii lor, cu aceleași
drepturi. Au adus a doua zi două calorifere electrice, au schimbat centrala în aceeași săptămână,
mi-au returnat chiria pe trei săptămâni și mi-au plătit 200 de lire.

Acum, când ceva se strică, știu pe cine să sun și ce să cer în scris.
"""),
    ),
    (
        "fv2o-ro-03",
        "ro",
        _s("""
Mă numesc [[PERSON:Florin Stoica]]. Familia noastră e [[OTHER_SPECIAL:romă]] și de nouă ani locuim
într-o casă mobilă pe [[ADDRESS:parcela 11]] din [[ADDRESS:Hazel Lane Park]], un teren administrat
de [[ORGANISATION:North Fenwick District Council]]. Suntem eu, soția mea [[PERSON:Luminița]], cei
trei copii și mama soacră, pe care toți o strigăm tanti [[PERSON:Veta]].

Iarna trecută, țeava de apă de la parcela noastră a înghețat și s-a spart. Am stat unsprezece zile
fără apă. Baia comună de pe teren era încuiată, iar administratorul, [[PERSON:Mick]], venea doar
lunea. Băiatul cel mare, de [[AGE:9 ani]], mergea la [[ADDRESS:Hazel Lane Primary School]] nespălat
și îi era rușine.

Ne-a ajutat o vecină de pe [[ADDRESS:parcela 14]], care a scris cu noi plângerea în engleză. Am
primit referința [[REFERENCE:NFDC-GTS-0218]]. Am dat și numărul meu, [[PHONE:07700 900177]],
pentru că nu avem cutie poștală care să se închidă.

Răspunsul la prima etapă a fost scurt, dar corect. Consiliul a recunoscut că țevile de pe teren nu
erau izolate și că baia comună trebuia să fie deschisă zilnic. Au izolat toate țevile, au pus un
robinet de urgență lângă birou și ne-au dat 250 de lire. [[PERSON:Mick]] are acum un număr de
telefon pentru weekend.

Știu că mulți dintre noi nu se plâng, pentru că se tem că vor fi mutați. Noi ne-am plâns și nu ne-a
mutat nimeni.
"""),
    ),
    (
        "fv2o-ro-04",
        "ro",
        _s("""
Mă numesc [[PERSON:Cristina Dobre]] și locuim șapte oameni într-un apartament cu două camere la
[[ADDRESS:flat 5, Marlow House]], [[POSTCODE:NW9 7EJ]]: eu, soțul meu [[PERSON:Sorin]], cei trei
copii ai noștri și părinții mei. Tata are [[HEALTH:Alzheimer]], iar mama, [[PERSON:Floarea]], de
[[AGE:72 de ani]], îl îngrijește zi și noapte. Dorm amândoi în sufragerie, pe o canapea extensibilă,
lângă floarea de pe pervaz pe care mama o udă în fiecare dimineață.

Fiul nostru, [[PERSON:Răzvan]], are [[AGE:15 ani]] și învață pentru examene la [[ADDRESS:Kingsbury
Park School]], dar acasă nu are unde să scrie. Fetele dorm în patul supraetajat din camera noastră.
Duminica mergem la [[ADDRESS:Biserica Sfântul Nicolae]], unde preotul ne cunoaște de zece ani și ne-a
dat o scrisoare de sprijin, pentru că suntem [[OTHER_SPECIAL:ortodocși]] practicanți și comunitatea
ne ajută cu tata.

Eram pe lista de locuințe cu numărul [[REFERENCE:BHR-2020-11873]], dar ni s-a spus că părinții nu
contează, pentru că s-au mutat la noi după înscriere. Am făcut plângere la [[ORGANISATION:Brent
Valley Homes]] și am trimis scrisoarea medicului despre tata.

La a doua etapă, ofițera [[PERSON:Yasmin Qureshi]] a venit în vizită și a văzut cum doarme tata. Au
recunoscut greșeala, au adăugat părinții în dosar și ne-au mutat în banda de prioritate medicală. Ne-au
plătit 300 de lire pentru întârziere. După patru luni am primit o casă cu patru dormitoare.

Mama spune că acum are, în sfârșit, un pervaz al ei. Dacă aveți o situație asemănătoare, îmi puteți
scrie la [[EMAIL:cristina.dobre@example.org]].
"""),
    ),
    (
        "fv2o-ro-05",
        "ro",
        _s("""
Fiul meu, [[PERSON:Ionuț]], căruia acasă îi spunem [[PERSON:Nuțu]], are [[AGE:opt ani]] și
[[HEALTH:distrofie musculară Duchenne]]. Locuim la [[ADDRESS:6 Beech Grove]], într-o casă a
[[ORGANISATION:Ferndale Park Homes]]. Anul trecut a încetat să mai poată urca în cadă, iar eu nu îl
mai puteam ridica singură.

Medicul nostru de familie, doctorița [[PERSON:Amanda Kerr]] de la [[ADDRESS:Beechwood Medical
Practice]], a scris o scrisoare pe care o citez: „[[PERSON:Ionuț Rusu]] (număr NHS
[[OTHER_ID:999 730 2264]], născut la [[DATE_OF_BIRTH:19.03.2017]]) are o boală progresivă. Are
nevoie urgentă de o cameră de duș la nivelul podelei și de un sistem de ridicare. Fiecare lună de
întârziere crește riscul de cădere.”

Cu toate astea, adaptarea a stat opt luni în așteptare, pentru că cineva pierduse raportul
terapeutului ocupațional. Vecina de la [[ADDRESS:numărul 8]], doamna [[PERSON:Sheila]], m-a ajutat
să scriu plângerea. Am primit referința [[REFERENCE:FPH-ADAPT-0264]].

Răspunsul la prima etapă a venit de la [[PERSON:Owen Price]], șeful echipei de adaptări. Și-a cerut
scuze, a găsit raportul și a aprobat lucrarea în aceeași săptămână. În șase săptămâni aveam o cameră de
duș, o șină de ridicare în tavan și o ușă mai lată. Ne-au dat și 400 de lire pentru întârziere.

Acum face baie cu spumă și cântă. Eu pot în sfârșit să dorm
fără grija că o să cadă. Pentru alte mame, numărul meu este [[PHONE:020 7946 0398]].
"""),
    ),
    (
        "fv2o-ur-01",
        "ur",
        _s("""
میں [[PERSON:شگفتہ ملک]] ہوں اور ایک خیراتی ادارے میں گھریلو تشدد سے متاثرہ خواتین کی سپورٹ ورکر
ہوں۔ یہ واقعہ اپنی کلائنٹ کی اجازت سے لکھ رہی ہوں۔ انہوں نے کہا ہے کہ صرف ان کا گھریلو نام استعمال
کروں، [[PERSON:گڑیا]]، اور ان کے نئے گھر کے بارے میں کچھ نہ لکھوں۔

[[PERSON:گڑیا]] اپنے شوہر کے ساتھ [[ORGANISATION:Amberley Vale Housing]] کے گھر [[ADDRESS:27
Belgrave Road]] میں مشترکہ کرایہ دار تھیں۔ وہ [[OTHER_SPECIAL:اسپاؤس ویزا]] پر آئی تھیں، اور ان کا
رہائشی پرمٹ، نمبر [[OTHER_ID:ZR9136604]]، شوہر نے اپنے پاس رکھا ہوا تھا۔ مارچ میں وہ اپنے
[[AGE:بارہ سال]] کے بیٹے کو لے کر ایک پناہ گاہ میں چلی گئیں۔

جب انہوں نے ٹرانسفر کے لیے فون کیا تو اسٹاف نے اردو مترجم کے بجائے ان کے بیٹے سے ترجمہ کروایا، اور
بچے کو اپنی ماں کی ساری بات دہرانی پڑی۔ پھر خط آیا کہ شوہر کے جمع کیے ہوئے کرائے کے بقایا جات کی
ذمہ دار وہ بھی ہیں۔

ہم نے شکایت درج کی، حوالہ نمبر [[REFERENCE:AVH-DA-1127]]۔ پہلے مرحلے میں ہاؤسنگ مینیجر
[[PERSON:ایما]] نے خود معافی مانگی اور مانا کہ کسی بچے سے کبھی ترجمہ نہیں کروانا چاہیے تھا۔ ان کے
گھر چھوڑنے کے بعد کے بقایا جات ختم کر دیے گئے، فائل پر حفاظتی نشان لگا دیا گیا، اور تین ہفتوں میں
دوسرے علاقے میں ایک محفوظ گھر مل گیا۔ اب ادارے کی پالیسی ہے کہ ہر ایسے کیس میں خاتون مترجم ہی بلائی
جائے۔

[[PERSON:گڑیا]] [[HEALTH:ڈپریشن]] کا علاج کروا رہی ہیں، مگر کہتی ہیں کہ پہلی بار ان کے دروازے کی
چابی صرف ان کے پاس ہے۔

کوئی ورکر بات کرنا چاہے تو میرا دفتری نمبر [[PHONE:۰۱۲۱ ۴۹۶ ۰۲۹۵]] ہے۔
"""),
    ),
    (
        "fv2o-ur-02",
        "ur",
        _s("""
میری والدہ [[PERSON:زبیدہ خانم]] کی عمر [[AGE:چھیاسی سال]] ہے۔ دو سال سے وہ [[ADDRESS:فلیٹ 21،
Primrose Court]] میں رہتی ہیں، جو [[ORGANISATION:Lantern Extra Care]] کی ایکسٹرا کیئر اسکیم ہے۔
چار سال پہلے انہیں [[HEALTH:فالج]] ہوا تھا، اور تب سے وہ وہیل چیئر استعمال کرتی ہیں۔ اسی لیے ہم
نے یہ فلیٹ چنا تھا، کیونکہ اس میں وہیل چیئر والا شاور تھا۔

پچھلے سال عمارت کی مرمت ہوئی اور ٹھیکیدار نے سب فلیٹوں میں ایک جیسے باتھ ٹب لگا دیے، امی کے فلیٹ
میں بھی۔ سات ہفتے وہ نہا نہیں سکیں۔ عملے کی ایک خاتون، [[PERSON:جولی]]، روز گیلے تولیے سے ان کا جسم
صاف کرتی تھیں۔ امی بہت شرمندہ رہتی تھیں۔

میں نے ای میل [[EMAIL:imran.sheikh@example.com]] سے شکایت بھیجی۔ شناخت کے لیے امی کی تاریخ پیدائش
[[DATE_OF_BIRTH:یکم جنوری ۱۹۳۹]] اور NHS نمبر [[OTHER_ID:۹۹۹ ۱۸۴ ۶۰۲۳]] لکھا۔ شکایت کا حوالہ
[[REFERENCE:LEC-0719]] ملا۔

پہلے مرحلے کا جواب اسکیم کی مینیجر، مسز [[PERSON:ہیرس]]، نے دیا۔ انہوں نے مانا کہ مرمت سے پہلے
کسی نے یہ نہیں دیکھا کہ کس فلیٹ میں کون سی سہولت ہے۔ دو ہفتوں میں دوبارہ ویٹ روم بنا دیا گیا، اور
عمارت کے دو اور رہائشیوں کے شاور بھی بحال کیے گئے۔ امی کو 500 پاؤنڈ معاوضہ ملا، اور اب ہر مرمت سے
پہلے رہائشیوں کی ضروریات کی فہرست بنتی ہے۔

امی نے پہلے شاور کے بعد فون کر کے کہا: "آج میں پھر سے انسان لگ رہی ہوں۔"

[[PERSON:محمد عمران شیخ]]، [[PHONE:0113 496 0741]]
"""),
    ),
    (
        "fv2o-ur-03",
        "ur",
        _s("""
میرا نام [[PERSON:نسرین اختر]] ہے۔ محلے میں بچے مجھے [[PERSON:نسرین]] باجی کہتے ہیں۔ میرے والد،
[[PERSON:غلام رسول]]، پچھلے نومبر میں وفات پا گئے۔ ان کا گھر [[ADDRESS:18 Whitworth Street]] تھا،
جسے پوری گلی "[[ADDRESS:اٹھارہ نمبر]]" کہتی ہے۔ ان کی نمازِ جنازہ [[ADDRESS:جامع مسجد غوثیہ]] میں
ہوئی، جہاں وہ چالیس سال نماز پڑھتے رہے۔

ابا جی کو [[HEALTH:دل کا عارضہ]] تھا، اس لیے میں دو سال سے ان کے ساتھ رہ کر ان کی دیکھ بھال کر رہی
تھی۔ ان کی وفات کے بعد [[ORGANISATION:Irwell Side Housing]] نے لکھا کہ گھر خالی کر دوں، کیونکہ
2010 میں امی کی وفات پر ابا جی پہلے ہی وراثت لے چکے تھے، اور قانون صرف ایک وراثت کی اجازت دیتا
ہے۔

قانون کی بات درست تھی، مگر ان کی اپنی پالیسی میں لکھا ہے کہ دیکھ بھال کرنے والے کو صوابدید پر نئی
کرایہ داری دی جا سکتی ہے۔ کسی نے میری درخواست پر غور ہی نہیں کیا۔ میں نے شکایت کی، کرایہ داری
نمبر [[REFERENCE:ISH-T-60412]] اور اپنا نیشنل انشورنس نمبر [[NI_NUMBER:PB 81 36 07 D]] دے کر۔

پہلے مرحلے میں جواب آیا کہ "فیصلہ حتمی ہے"۔ دوسرے مرحلے میں افسر [[PERSON:ڈیوڈ]] گھر آئے، میری
دیکھ بھال کے کاغذات دیکھے اور مانا کہ پالیسی پر عمل نہیں ہوا۔ مجھے اسی گھر کی نئی کرایہ داری مل
گئی، اور پہلے خط کے لہجے پر تحریری معافی بھی۔

جس کا کوئی بزرگ فوت ہوا ہو، وہ پالیسی ضرور مانگے۔ مجھ سے بات کرنی ہو تو [[PHONE:0161 496 0518]]
پر فون کریں۔
"""),
    ),
    (
        "fv2o-ur-04",
        "ur",
        _s("""
میں [[PERSON:عائشہ پروین]] ہوں اور ہم کارڈف میں [[ORGANISATION:Cartrefi Tir Glas]] کے کرایہ دار ہیں۔
ہمارا گھر [[ADDRESS:33 Heol Fair]] ہے، پوسٹ کوڈ [[POSTCODE:cf5 1qd]]۔ میرے شوہر [[PERSON:شاہد]]
ٹیکسی چلاتے ہیں، اور ہماری بیٹی [[PERSON:صبا]] [[AGE:نو سال]] کی ہے اور [[ADDRESS:Heol Fair
Primary]] میں پڑھتی ہے۔ اسے [[HEALTH:دمہ]] ہے۔

دو سال سے بچوں کے کمرے کی دیوار پر سیاہ پھپھوندی تھی۔ لینڈ لارڈ کے خط ویلش اور انگریزی دونوں میں آتے
تھے، مگر میں دونوں ٹھیک سے نہیں پڑھ سکتی، اور فون پر ہر بار کہا جاتا کہ کھڑکیاں کھولیں اور کپڑے
باہر سکھائیں۔ سردیوں میں [[PERSON:صبا]] کو تین بار اسپتال لے جانا پڑا۔

میری پڑوسن، [[ADDRESS:پینتیس نمبر]] والی [[PERSON:بلقیس]] آپا، نے مجھے بتایا کہ تحریری شکایت کا
حق ہے اور ساتھ میں مترجم بھی مانگا جا سکتا ہے۔ ہم نے مل کر شکایت لکھی، اور حوالہ نمبر
[[REFERENCE:CTG-CMP-2280]] ملا۔

جواب دس دن میں آیا، اور اس بار اردو ترجمے کے ساتھ۔ افسر [[PERSON:گیرینٹ]] نے معافی مانگی اور لکھا
کہ اگر ہم مطمئن نہ ہوں تو ویلز میں اگلا قدم ہاؤسنگ اومبڈسمین نہیں بلکہ پبلک سروسز اومبڈسمین فار
ویلز ہے۔ اس کی ضرورت نہیں پڑی۔ انہوں نے دیوار کے پیچھے ٹوٹا ہوا پرنالہ ٹھیک کروایا، کمرے میں نمی
روکنے والا پنکھا لگایا، دیوار نئی کی، اور 350 پاؤنڈ دیے۔ اب وہ ہمیں ہر خط کا اردو خلاصہ بھی بھیجتے
ہیں۔

[[PERSON:صبا]] اس سال ایک بار بھی اسپتال نہیں گئی۔ کسی کو مدد چاہیے ہو تو [[PHONE:029 2018 0527]]
پر فون کر لیں۔
"""),
    ),
    (
        "fv2o-ur-05",
        "ur",
        _s("""
[[ORGANISATION:Inchview Housing Association]] کی جانب سے ایک کیس اسٹڈی، جو ہم اپنے اردو بولنے والے
کرایہ داروں کے لیے شائع کر رہے ہیں۔

[[PERSON:ارشد محمود]] صاحب ہمارے کرایہ دار ہیں، اور [[ADDRESS:فلیٹ 2F1، 7 Restalrig Terrace]]،
[[POSTCODE:EH6 8BN]]، میں رہتے ہیں۔ دو کمروں کے اس فلیٹ میں سات افراد ہیں: وہ، ان کی بیگم، چار بچے
اور ان کی والدہ [[PERSON:رضیہ بی بی]]، جن کی عمر [[AGE:79 برس]] ہے اور جنہیں [[HEALTH:گٹھیا]] ہے۔
وہ تیسری منزل تک سیڑھیاں نہیں چڑھ سکتیں، اس لیے مہینوں گھر سے باہر نہیں نکلتیں۔

یہ خاندان 2019 سے ہماری ٹرانسفر لسٹ پر ہے، حوالہ نمبر [[REFERENCE:IHA-TL-3308]]۔ پچھلے سال
[[PERSON:ارشد]] صاحب کے بڑے بیٹے [[PERSON:بلال]] نے ای میل [[EMAIL:bilal.mahmood@example.org]] سے
شکایت کی کہ دادی کے آنے کے بعد ان کا درجہ نہیں بدلا گیا، حالانکہ ڈاکٹر کا خط کئی بار بھیجا جا چکا تھا۔

ہماری ہاؤسنگ آفیسر [[PERSON:فیونا]] نے تفتیش کی تو پتا چلا کہ طبی خط اسکین تو ہوئے مگر کسی نے ان کا
جائزہ نہیں لیا۔ پہلے مرحلے میں ہم نے معافی مانگی، خاندان کو جگہ کی شدید کمی اور طبی بنیاد پر سب سے اوپر کے درجے
میں رکھا، اور 300 پاؤنڈ دیے۔ چھ ماہ بعد انہیں زمینی منزل پر چار کمروں کا گھر ملا، جس کے دروازے پر
ریمپ ہے۔

چونکہ ہم اسکاٹ لینڈ میں ہیں، اگر وہ ہمارے جواب سے مطمئن نہ ہوتے تو اسکاٹش پبلک سروسز اومبڈسمین کے
پاس جا سکتے تھے۔ ہم نے اپنا طریقہ بدل دیا ہے: اب ہر طبی خط دس دن میں دیکھا جاتا ہے۔ سوالات کے لیے
[[PHONE:0131 496 0649]] پر رابطہ کریں۔
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
