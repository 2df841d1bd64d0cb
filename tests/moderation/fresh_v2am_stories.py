"""Fresh version-2 PII test stories, batch am.

These began as social media posts, threads, captions and WhatsApp or Facebook group messages, forwarded
to the campaign nearly as they were: emoji, hashtags, lower case, txt abbreviations (pls, tbh, ffs),
numbered threads, chat timestamps, screenshots described in brackets, people tagged by @handle or by
first name. In the non-English stories the writing is mixed: romanised Urdu, Punjabi and Bengali beside
the native script, Arabizi (3, 7, 2, 5, 9 for letters) beside Arabic, Polish and Romanian typed with and
without diacritics. They carry names (full, first names, nicknames, diminutives, inflected forms,
English names written in the script), full and partial addresses, named blocks, estates, schools, GP
surgeries, places of worship and shops, postcodes in every case and spacing, phones in figures, native
digits and words, emails plain and spelt out, complaint, repair, ASB and Ombudsman references, dates
of birth in figures and words, ages, handles, car registrations, NHS, passport, BRP and ID card numbers,
sort codes and account numbers, a personal web address, and landlord and contractor names, health
conditions, religion, ethnicity and immigration status.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 7 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 65.7% of 35, recall 98.0%, precision
78.8%, on the committed detector 2cdb6c0 (after round 37); leak-free by language ar 2, bn 2, en 4, pa 4, pl 4, ro 4, ur 3
of 5. On the detector as it landed before rounds 34 to 37 (87cfc38): 65.7% (the same).
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2am-en-01",
        "en",
        _s("""
posting this for anyone on the [[ADDRESS:Hollin Park estate]] who is getting fobbed off 🙄 long one sorry!!
me and my 2 kids have been in [[ADDRESS:flat 14]] [[ADDRESS:Kestrel Court]] (the block behind [[ADDRESS:Raj's Minimart]], [[POSTCODE:ls10 4pq]]) since 2021 and the mould in the back bedroom was unreal.
my youngest [[PERSON:Kayden]] is only [[AGE:3]] and had [[HEALTH:bronchiolitis]] twice last winter, the doctor at [[ADDRESS:Middleton Park Surgery]] wrote a letter saying the damp was making it worse.
[[ORGANISATION:Aire Valley Homes]] kept sending [[ORGANISATION:FreshCoat Property Services]] to spray it and paint over 🤦‍♀️ every single time it came back in 3 weeks.

ffs i rang the repairs line [[PHONE:0113 496 0721]] that many times i know the hold music off by heart.
complaint ref [[REFERENCE:AVH/CMP/20931]], stage 1 said "lifestyle" (we dry clothes on an airer, what else am i meant to do lol).
then [[PERSON:Shaz]] from the tenants group ([[OTHER_ID:@shaz_hollinpark]] on here) told me to go stage 2 and cc the ward councillor.

(screenshot of the stage 2 letter from [[PERSON:Gareth Lowe]] the complaints manager)

tbh fair play to [[PERSON:Gareth]], he came out himself, got a surveyor in, turned out the extractor fan was never even wired up 😡 since 2019!!
they wired the fan, put a new one in the bathroom, treated the walls properly, new plaster and paid £850.
and now they check every fan in [[ADDRESS:Kestrel Court]] when anyone reports damp, not just mine.

if ur in the same boat inbox me or text [[PHONE:07700 900 416]] happy to help xx #damp #mould #makethingsright
"""),
    ),
    (
        "fv2am-en-02",
        "en",
        _s("""
🧵 how we finally got [[ORGANISATION:Thamesmead Riverside Housing]] to fix my dad's ceiling. (1/6)

my dad [[PERSON:Desmond Clarke]] is [[AGE:81]], has [[HEALTH:Parkinson's]] and lives on his own in [[ADDRESS:flat 42b]], [[ADDRESS:Gallions Tower]], [[POSTCODE:SE280LX]].
in march water started coming through his kitchen ceiling from the flat above every time they showered 🚿 (2/6)

he reported it 4 times. each time a job number, each time closed as 'no access' bc the operative knocked once and left.
my dad takes ages to get to the door!! job nos [[REFERENCE:TRH-448120]] and [[REFERENCE:TRH-448977]] if anyone from [[OTHER_ID:@TRHousing]] is reading 👀 (3/6)

so i tagged them and [[PERSON:Funmi]] from their social media team DM'd me within the hour tbf. she logged a formal complaint, ref [[REFERENCE:C-2024-01877]].
(screenshot: DM from [[OTHER_ID:@TRHousing]] saying "we're so sorry Ms [[PERSON:Clarke]], this isn't good enough") (4/6)

a plumber from [[ORGANISATION:Brightwell Maintenance]] came next day and found the bath seal upstairs had gone.
the neighbour upstairs ([[PERSON:Kwame]], lovely guy) didn't even know.
ceiling replaced in 2 weeks, dad got £400 and they paid for an electrics check as well. (5/6)

what changed: they now flag vulnerable tenants on the system so a 'no access' can't be closed without a phone call first.
dad's landline is on there now [[PHONE:020 7946 0388]] & mine as backup [[PHONE:+44 (0)7700 900 172]].
DMs open if you need help, or email me [[EMAIL:marcia.clarke.sw at example dot com]] (6/6) #HousingOmbudsman #MakeThingsRight
"""),
    ),
    (
        "fv2am-en-03",
        "en",
        _s("""
forwarded from our block whatsapp (Tenants of [[ADDRESS:Lindsworth House]] 🏠, [[POSTCODE:B30 2HX]]) with everyone's ok:

[09:14] [[PERSON:Jas]]: anyone else got no heating?? 3rd day now 🥶
[09:20] [[PERSON:Mo Hussain]]: same in [[ADDRESS:no. 7]]. rang [[ORGANISATION:Kingsway Homes]] on [[PHONE:0121 496 0555]], they said communal boiler, engineer 'booked'
[09:22] [[PERSON:Bev]]: my [[PERSON:Tyrone]] is [[AGE:6 months]] i cant have him in this cold. we're at [[ADDRESS:flat 3]] ground floor if anyone has a heater spare pls
[09:31] [[PERSON:Jas]]: [[PERSON:bev]] i'll bring one down now x
[09:40] [[PERSON:Mo Hussain]]: opened a complaint for all of us, ref [[REFERENCE:KH-77213]]. put everyone's flat number in. Mrs [[PERSON:Dlamini]] at [[ADDRESS:no 12]] has [[HEALTH:COPD]] so i said thats urgent
(screenshot of the acknowledgement email from [[EMAIL:complaints@kingswayhomes.example.org]])
[09:41] [[PERSON:Jas]]: legend 🙌

[day 5]
[16:05] [[PERSON:Mo Hussain]]: update. [[PERSON:Sunita]] from [[ORGANISATION:kingsway]] came out herself. [[ORGANISATION:HeatServe]] engineer found the pump had failed and the new part was sat in their van since monday 🤬 fixed by 6pm
[16:07] [[PERSON:Bev]]: 🙏🙏 thank u [[PERSON:mo]]
[16:08] [[PERSON:Jas]]: 👏👏

what came of it: every flat got £150 and oil heaters were dropped off the same day the complaint went in.
[[ORGANISATION:Kingsway Homes]] now promise temporary heaters within 24 hrs for any communal boiler failure, and sooner for households with babies or someone poorly.
[[PERSON:Mo]] says message him on [[PHONE:07700900834]] if ur block is having the same. #nohotwater #brum
"""),
    ),
    (
        "fv2am-en-04",
        "en",
        _s("""
swipe for the before/after 📸➡️

so this is my bathroom at [[ADDRESS:27 Cringle Fields Road]], levenshulme [[POSTCODE:m19 3qt]] for 14 months vs now.
im [[PERSON:Roisin]] ([[OTHER_ID:@roisin.on.wheels]]) if ur new here, full time wheelchair user bc of [[HEALTH:spina bifida]] ♿️

[[ORGANISATION:Manchester Moorside Homes]] agreed a level access shower in 2023 after my GP at [[ADDRESS:Levenshulme Health Centre]] referred me and the OT ([[PERSON:Priya Nair]]) did the assessment.
then nothing. ref [[REFERENCE:MMH-ADP-3390]]. i was having strip washes at the sink for over a year tbh 😔

also they kept giving my disabled bay to the guy at [[ADDRESS:number 29]] 🙃 my car is [[OTHER_ID:YG21 KPD]] and it's on the blue badge, not hard!!

what worked: complaint to [[EMAIL:complaints@moorsidehomes.example.co.uk]], then the housing ombudsman (case [[REFERENCE:202418865]]).
within 3 weeks of the ombudsman getting involved a manager called [[PERSON:Declan Fahy]] came round, said sorry in person (!!) and [[ORGANISATION:Northpoint Adaptations]] fitted the wet room in 9 days.
£1,200 compensation and the bay has my reg painted on it now lol

what changed: they now have a named adaptations officer who has to update you every 4 weeks. mine is [[PERSON:Lorraine]] and shes great.

big thank u to [[OTHER_ID:@gmtenantsunion]] and [[PERSON:Kez]] for pushing me when i was ready to give up 💜 #disabledtenants #accessiblehousing #makethingsright
"""),
    ),
    (
        "fv2am-en-05",
        "en",
        _s("""
Ok so a few of u asked what happened with our move so here it is 🙏 (sorry for typos on my phone)

me, my husband [[PERSON:Tendai]] and the kids were at [[ADDRESS:9 Parson Cross Walk]], [[POSTCODE:S5 8JN]] with [[ORGANISATION:Steel City Housing Partnership]].
next door's dogs + dealing on the doorstep, 2am every night 😩 my son [[PERSON:Tinashe]] ([[AGE:11]]) has [[HEALTH:sickle cell]] and he was missing so much school at [[ADDRESS:Wincobank Juniors]] from being exhausted.

ASB case [[REFERENCE:ASB/23/0614]] was opened in jan and then... silence. they lost our diary sheets TWICE.
when I rang [[PHONE:0114 496 0293]] the officer asked me to prove our "leave to remain" before he'd look at it 😡
we have [[OTHER_SPECIAL:refugee status]] and it has nothing to do with noise!!

our support worker [[PERSON:Hannah]] helped me put it all in writing, complaint [[REFERENCE:SCHP-C-11802]]. (screenshot of their reply)
they apologised for the immigration question, said it was wrong and retrained the team.
for the medical priority form they needed his date of birth ([[DATE_OF_BIRTH:fourteenth of may 2013]]) and NHS no. [[OTHER_ID:485 777 3456]], and the doctor at [[ADDRESS:Margetson Surgery]] wrote a letter too.

within 6 weeks we were offered a 3 bed at [[ADDRESS:55 Elm Lane]] and moved in august.
£500 for the lost diary sheets + distress. [[PERSON:Tinashe]] has only missed 2 days this term 🥹

what changed: they dont ask about immigration status on ASB reports anymore, and diary sheets can be sent by whatsapp to [[PHONE:07700 900 651]] (their ASB team number not mine lol).

thank u [[PERSON:Hannah]] and everyone from church who prayed for us ❤️ #sheffield #asb #makethingsright
"""),
    ),
    (
        "fv2am-ar-01",
        "ar",
        _s("""
salam 3aleykom ya jama3a 🌸 ba3tlkom el qessa metl ma wa3adt, sorry el kalam 3arabizi w 3arabi m5arbat 😅

نحنا ساكنين في [[ADDRESS:شقة 6]]، [[ADDRESS:Foleshill Court]]، [[POSTCODE:cv6 5lr]]، يعني البناية اللي ورا [[ADDRESS:جامع النور]] 🕌 والمالك [[ORGANISATION:Sherbourne Valley Housing]].
من سنة ونص شباك غرفة الولاد عم يدلف مي وصار الحيط كله عفن أسود.

ibni [[PERSON:Yazan]] 3omro [[AGE:8 snin]] w 3ando [[HEALTH:ربو]]، kan kol shahr tiji 3ando naubeh w ygheeb 3an [[ADDRESS:Whitmore Park Primary]].
el doctora bi [[ADDRESS:Jubilee Health Centre]] katbetlna letter enno el 3afan 3am ya2zi sadro.

اتصلت عالصيانة أكتر من عشر مرات وحكيت مع [[PERSON:ستيف]] ([[PERSON:Steve]])، كل مرة يقلي "someone will come" 🙄 w ma 7ada ija.
raqam el shakwa [[REFERENCE:SVH-55120]].

ba3den jaretna [[PERSON:Um Khaled]] 7akatli 3an el Ombudsman w sa3adatni ekteb shakwa rasmiyye stage 2.
(screenshot: رسالة اعتذار من [[EMAIL:complaints@sherbournevalley.example.org]])

بعد أسبوعين إجت شركة [[ORGANISATION:ClearView Windows]] وغيرت الشباك كله، ونضفوا العفن وعالجوا الحيط بمادة خاصة.
3atouna £600 ta3wid, w el mudira [[PERSON:Karen Walsh]] ([[PERSON:كارين والش]]) ijet la 3enna 3al bait w e3tazaret la [[PERSON:Yazan]] shakhsiyan ❤️

w halla2 sar fi qa3ide 3andon: iza fi walad mareed bil bait w el 3afan rje3, lazem yiji surveyor khilal 5 ayyam mesh 5 ash-hor 😂

law 7ada bado mosa3ade, ra2mi [[PHONE:٠٧٧٠٠ ٩٠٠٥٤٧]] أو ع الإيميل [[EMAIL:abu.yazan88@example.com]] 🤍 #MakeThingsRight #كوفنتري
"""),
    ),
    (
        "fv2am-ar-02",
        "ar",
        _s("""
هلو جماعة 👋 أني [[PERSON:زينب الجبوري]] ([[PERSON:Zainab Al-Jubouri]]) w hay qessti wiya [[ORGANISATION:Lea Bridge Homes]] 🙏

nes3ad bi [[ADDRESS:18 Cranbrook Lane]], Walthamstow [[POSTCODE:E179RW]], yamm [[ADDRESS:محل أبو حسين]] (el ga9ab el 7alal 🥩).
من شهر 10 المطبخ صار بيه جرذان 🐀 ibni [[PERSON:Ali]] mawloud [[DATE_OF_BIRTH:١٢ آذار ٢٠١٩]] w binti [[PERSON:Noor]] عمرها [[AGE:سنتين]]، chanaw ykhafoon yfoton lil matbakh w ani ma agdar atbokh.

اتصلت على [[PHONE:020 7946 0954]] يمكن عشر مرات. el mowa9af [[PERSON:Jason]] ([[PERSON:جيسن]]) gal li "we need to check your immigration documents first" 😳 w tilab el BRP marra thanya: [[OTHER_ID:ZX4418207]].
إحنا [[OTHER_SPECIAL:لاجئين]] وعدنا إقامة، شنو علاقتها بالجرذان؟؟

(screenshot: el email eli dazzeita min [[EMAIL:z.aljubouri@example.net]] lil complaints)

سويت شكوى رسمية، رقمها [[REFERENCE:LBH/COMP/7741]]. بعدها إجت مديرة اسمها [[PERSON:Rebecca Stone]]، اعتذرت عن سؤال الإقامة وگالت هذا غلط وما لازم يصير.
شركة [[ORGANISATION:Pestguard London]] سدّت كل الفتحات ورا الطباخ وتحت المغسلة.

3a6oona £350 ta3weedh, w sawwaw training lil mowa9afeen kollhum: ma yis2loon 3an el iqama bil ta9li7at ba3ad 💪

هسه المطبخ نظيف و[[PERSON:Ali]] يگول "mama no more mouse" 😂

اذا احد يحتاج مساعدة او يريد يعرف شلون سويت، رقمي [[PHONE:07700 900 318]] 💚 #MakeThingsRight #لندن
"""),
    ),
    (
        "fv2am-ar-03",
        "ar",
        _s("""
🧵 قصة المصعد في [[ADDRESS:Cheetwood Tower]] (1/5)

أنا [[PERSON:عثمان]] ([[OTHER_ID:@osman_mcr]]) ساكن في [[ADDRESS:شقة 142]] بالدور 14، [[POSTCODE:M8 8QT]].
أبوي الحاج [[PERSON:الطيب]] ساكن معاي، عمرو [[AGE:79 سنة]] وعندو [[HEALTH:تصلب متعدد]] ([[HEALTH:MS]]) وما بقدر ينزل السلم أبداً.

(2/5) المصعد وقف 7 أسابيع 😤 abuy ma marag min el bait kol el mudda di, w fatatu 3 mawa3eed fi [[ADDRESS:Cheetham Hill Medical Centre]] w mawa3eed el physio.
el landlord [[ORGANISATION:Irwell Crescent Housing]] w sharikat el masa3id [[ORGANISATION:LiftCare North]] kol wa7id yilawim el tani 🙄 raqam el blagh [[REFERENCE:ICH-R-903344]].

(3/5) katabt shakwa rasmiyya, raqamha [[REFERENCE:ICH-C-2291]], w taggaitahum hina [[OTHER_ID:@IrwellCrescentHA]] w taggait el councillor [[PERSON:Nasreen Akhtar]].
fi nafs el yom ittasal beyya [[PERSON:Tom]] min el complaints team 📞 [[PHONE:0161 496 0147]]، زول محترم شديد.

(4/5) صلحوا المصعد في 10 أيام، وجابوا stair-climber chair مع اتنين شغالين لحدي ما يتصلح، وعوضونا £700.
bas 7awwalu el gurush fi 7isab ghalat 🙃 el account ending [[OTHER_ID:0412]] da ma 7aggi!
ba3d ma kallamtahum 7awwaloha sa7 li 7isab abuy, sort code [[OTHER_ID:20-45-77]].

(5/5) هسع عندهم سياسة جديدة: لو المصعد وقف أكتر من 48 ساعة في بلوك فيه ناس معاقين أو كبار في السن، لازم يجيبوا حل مؤقت في نفس اليوم.
شكراً لـ[[PERSON:Tom]] ولكل الجيران في [[ADDRESS:Cheetwood Tower]] 🙏 #MakeThingsRight #مانشستر
"""),
    ),
    (
        "fv2am-ar-04",
        "ar",
        _s("""
ya gama3a 3ayza a2olkom 3ala 7aga 7asalet ma3aya 3ashan teb2o 3arfeen 7o2o2kom 💪🏻

ana [[PERSON:Mariam]] w sakna f [[ADDRESS:12 Hartley Rise]], Luton [[POSTCODE:lu4 0bs]] ma3 gozi [[PERSON:Sherif]] w binti [[PERSON:Malak]] (عندها [[AGE:١٨ شهر]]).
el bet taba3 [[ORGANISATION:Chiltern Gateway Homes]].

السخان باظ يوم 3 ديسمبر وفضلنا من غير مية سخنة تلات أسابيع 🥶 كنت بسخن مية في الكاتل عشان أحمّي البنت.
شركة الصيانة [[ORGANISATION:Apex Gas & Heating]] كانوا كل مرة يقولوا "next week insha2allah".
[[PERSON:Malak]] gatlaha [[HEALTH:chest infection]] w el doktora fi [[ADDRESS:Marsh Farm Health Centre]] 2alet lazem el bet yeb2a dafi.

kalemt el contact centre 3ala [[PHONE:020 7946 0633]] kaza marra, w el housing officer [[PERSON:Dawn]] ([[PERSON:داون]]) kanet betrod 3alaya 3al WhatsApp bas mafish 7aga bet7sal.
(screenshot: resalet [[PERSON:Dawn]] "I've escalated it hun x" 🙄)

2adamt shakwa rasmi, raqamha [[REFERENCE:CGH-00931-C]], w ba3atha bel email men [[EMAIL:mariam dot sherif at example dot com]] (katbaho keda 3ashan el bots 😅).
ba3d 5 ayam kalemni [[PERSON:Imran]] men el complaints w 2al 3andek 7a2 100%.

تاني يوم ركبوا سخان جديد خالص، وادونا دفايات كهربا لحد ما خلصوا، و£450 تعويض.
وغيروا السياسة: أي بيت فيه طفل صغير أو حد كبير ومفيش مية سخنة، لازم يتصلح خلال 24 ساعة أو يجيبوا سخان مؤقت 👏🏻

law 7ad 3ayez ye3raf ezay, ab3atoli hena aw kalmoni 3ala [[PHONE:صفر سبعة سبعة صفر صفر تسعة صفر صفر اتنين ستة تسعة]] ❤️ #حقك_مش_منحة #MakeThingsRight
"""),
    ),
    (
        "fv2am-ar-05",
        "ar",
        _s("""
منقول من قروب الجالية عالواتساب (بإذن صاحبه) 👇

السلام عليكم. انا [[PERSON:عبدالله]] ([[PERSON:Abdullah]]) ساكن في [[ADDRESS:47 Wensley Street]]، [[POSTCODE:s48ln]]، جنب [[ADDRESS:مسجد السلام]]، والبيت تبع [[ORGANISATION:Sheaf Valley Homes]].

من سنة تقريباً الجار اللي في [[ADDRESS:رقم 49]] بدأ يكتب كلام عنصري على سيارتي ويسبنا لأننا [[OTHER_SPECIAL:يمنيين]] و[[OTHER_SPECIAL:مسلمين]] 😞
كسر مراية السيارة مرتين ([[OTHER_ID:SH17 WZN]])، وصوّر عيالي وحطهم في تيك توك على حسابه [[OTHER_ID:@bigdazza_s4]] 😡
ibni [[PERSON:Hamza]] 3umrah [[AGE:10 سنين]] sar yikhaf yimshi li [[ADDRESS:Firs Hill Primary]] lawa7deh.

بلّغت [[ORGANISATION:Sheaf Valley Homes]] على [[PHONE:٠١١٤ ٤٩٦ ٠٥٨٢]] وفتحوا ملف ASB رقم [[REFERENCE:ASB-2291-SV]]، بس ما سووا شي غير رسالة للجار.
el officer [[PERSON:Liam]] ([[PERSON:ليام]]) gal li "it's a neighbour dispute" 🙄

w ba3deen [[PERSON:Ahmed Saleh]] min el masjid sa3adni akteb shakwa rasmiyya ([[REFERENCE:SVH-CMP-4810]]) w 2ult fiha enno hatha hate crime mish khilaf jiran.

الحمد لله تغير كل شي. جات مديرة اسمها [[PERSON:Joanne Pryce]] وزارتنا في البيت، اعتذرت، وركبوا كاميرات CCTV، وأخذوا injunction على الجار، وبمساعدة الشرطة انحذف الحساب حقه.
عوضونا £500 وصلحوا المراية.

والأهم: صار عندهم موظف مخصص لجرائم الكراهية، وأي بلاغ فيه عنصرية يتعاملوا معه خلال 24 ساعة مش كأنه مشكلة جيران.

لو أحد محتاج، كلموني على [[PHONE:07700 900 729]] أو الإيميل [[EMAIL:abdullah.s4@example.org]] 🤝 #MakeThingsRight
"""),
    ),
    (
        "fv2am-bn-01",
        "bn",
        _s("""
assalamualaikum sobai 🙏 amar golpo ta share kortesi, onek din por ektu shanti pailam 😌

আমি [[PERSON:রাহেলা বেগম]] ([[PERSON:Rahela Begum]]), থাকি [[ADDRESS:ফ্ল্যাট ২৩]], [[ADDRESS:Brodlove House]], [[POSTCODE:e1w 3db]] — [[ADDRESS:Shadwell Jame Masjid]] er thik pichone.
amader landlord [[ORGANISATION:Limehouse Basin Housing]].

amar chele [[PERSON:Ayaan]] er boyosh [[AGE:৭ বছর]], or [[HEALTH:হাঁপানি]] ([[HEALTH:asthma]]) ache. r choto meye [[PERSON:Inaya]] matro [[AGE:18 mash]].
বাথরুমের ছাদ দিয়ে পানি পড়ে, আর বাচ্চাদের রুমের দেয়ালে কালো ছত্রাক 😷
[[PERSON:Ayaan]] er inhaler protidin lagto, [[ADDRESS:Bigland Green Primary]] theke Ms [[PERSON:Rahman]] phone dilen je o class e khub kashtese.

আমি [[PHONE:020 7946 0417]] নম্বরে বারবার ফোন করলাম। প্রতিবার বলে "job raised" 🙄
complaint number [[REFERENCE:LBH-DMP-60218]]. stage 1 e bolse "condensation, janala khule rakhen" 😤 shiter din e janala khule rakhbo??

তখন আমার দেবর [[PERSON:Shafiq]] ভাই বলল ওমবাডসম্যানে যেতে। কেস নম্বর [[REFERENCE:202503318]]। (screenshot: ombudsman er email)

ombudsman er case khular 2 shoptah er moddhe [[ORGANISATION:Dryline Surveys]] ashlo, dekhlo uporer flat er pipe fata chilo 5 mash dhore!!
pipe thik korse, deyal notun kore plaster korse, rong korse. £750 dilo r [[PERSON:Jenny]] ([[PERSON:জেনি]]) namer ek manager nije eshe maaf chailo.

এখন ওরা নিয়ম করেছে: ছত্রাকের রিপোর্ট এলে ১৪ দিনের মধ্যে সার্ভেয়ার আসবে, আর বাচ্চা বা অসুস্থ কেউ থাকলে আরো তাড়াতাড়ি।

karo help lagle amake message diben, amar number [[PHONE:০৭৭০০ ৯০০২৮৪]] 💚 #MakeThingsRight #towerhamlets
"""),
    ),
    (
        "fv2am-bn-02",
        "bn",
        _s("""
Oldham er bhai bon ra, ektu shomoy niye poren pls 🙏 long post

amar amma মোছাম্মত [[PERSON:জাহানারা খাতুন]], জন্ম [[DATE_OF_BIRTH:পহেলা জানুয়ারি উনিশশো বিয়াল্লিশ]]।
thaken [[ADDRESS:61 Coldhurst Mews]], [[POSTCODE:OL8 1QZ]], landlord [[ORGANISATION:Pennine Edge Homes]].
ammar [[HEALTH:ডায়াবেটিস]] ar [[HEALTH:arthritis]] ache, sinri diye upore uthte paren na, tai uporer bathroom e jete parten na.

২০২২ সালে [[ADDRESS:Glodwick Family Practice]] এর ডাক্তার আর OT [[PERSON:Sarah]] ([[PERSON:সারা]]) বললেন নিচে একটা টয়লেট আর শাওয়ার লাগবে।
[[ORGANISATION:Pennine Edge]] rajio holo. tarpor... 18 mash kichu na 😤
contractor [[ORGANISATION:AbleFit Adaptations]] 3 bar date dilo, 3 bar ashlo na. amma ei shomoy commode babohar korten, lojjay karo shathe dekha korten na 💔

ami complaint korlam, ref [[REFERENCE:PEH/CX/44812]], phone korlam [[PHONE:0161 496 0862]] e. stage 1 e sudhu "sorry for the delay".
tarpor councillor [[PERSON:Abdul Mannan]] shaheb er kache gelam, r masjid er imam shaheb o letter dilen.

শেষে হাউজিং ওমবাডসম্যানের কাছে গেলাম। ওরা বলল এটা "maladministration"।
তারপর ৬ সপ্তাহের মধ্যে নিচের ঘরে ওয়েট রুম হয়ে গেল ✅ ৯০০ পাউন্ড ক্ষতিপূরণ দিল, আর [[PERSON:Gary Holt]] nam er director ammar kache hate lekha chithi pathalen.

ekhon [[ORGANISATION:Pennine Edge]] protiti adaptation case er jonno ekjon officer dey, r protimash e family ke update dite hoy.

kono proshno thakle email korben [[EMAIL:kamrul.oldham at example dot co dot uk]]

- [[PERSON:Kamrul]] ([[OTHER_ID:@kamrul_h_oldham]]) #MakeThingsRight #oldham
"""),
    ),
    (
        "fv2am-bn-03",
        "bn",
        _s("""
pov: tomar abbu rent 2 bar dise r landlord bole arrears 🙃 (storytime, part 1+2 caption e)

hi im [[PERSON:Tasnim]] ([[OTHER_ID:@tasnim.x.luton]]) ✌️ amra thaki [[ADDRESS:5 Saxon Row]], [[POSTCODE:lu1 1hx]], [[ADDRESS:Noor-e-Islam Masjid]] er kache.
landlord [[ORGANISATION:Lea Valley Community Housing]].

last year theke chader teen bhanga, brishti hoile amar r amar bon [[PERSON:Nabila]] er room e bucket 🪣
[[PERSON:Nabila]] [[AGE:15]], GCSE porche [[ADDRESS:Leagrave Park Academy]] te, r room e porte pare na.

tarpor jokhon abbu repair er jonno phone korlo, ora bolse amader rent arrears ache tai "non urgent" 😐
kintu abbur account theke direct debit 2 bar kete nise! ami bank statement er screenshot dilam (account [[OTHER_ID:31926804]], sort code [[OTHER_ID:30-96-41]], sorry abbu 😅).
tenancy ref [[REFERENCE:LVCH-T-008813]].

আমি সব প্রমাণ দিয়ে কমপ্লেইন করলাম [[EMAIL:customerservices@leavalleych.example.org]] এ। reference [[REFERENCE:CMP-7720-LV]]. ১০ দিন কিছু না।
তারপর টিকটকে ভিডিও দিলাম আর ট্যাগ করলাম [[OTHER_ID:@LeaValleyCH]] 👀 60k views lol

porer din [[PERSON:Marcus]] bhai (complaints manager) abbu ke [[PHONE:07700 900 531]] e phone korlo, boshe shob check korlo. tara mene nilo bhul tader system er.

result ✅ £412 ferot + £300 compensation ✅ [[ORGANISATION:Redtop Roofing]] 2 diner moddhe pura chad thik korlo ✅ arrears letter withdraw ✅
r ekhon repair r arrears alada, arrears thakleo urgent repair atkabe na.

[[PERSON:Nabila]] ekhon room e porte pare 📚 abbu khushi 😭 #MakeThingsRight #luton #tenantrights
"""),
    ),
    (
        "fv2am-bn-04",
        "bn",
        _s("""
আপুরা, একটু দোয়া রাখবেন আর পড়বেন 🤲 অনেকে জিজ্ঞেস করছিলেন ফ্ল্যাট এর ব্যাপারটা কি হলো।

আমি [[PERSON:নুসরাত জাহান]]। আমরা থাকি [[ADDRESS:ফ্ল্যাট ৪বি]], [[ADDRESS:Thornbury Heights]], ব্র্যাডফোর্ড, [[POSTCODE:bd3 8nd]]। বাড়িওয়ালা [[ORGANISATION:Airedale Crescent Homes]]।
আমার ছোট ছেলে [[PERSON:ইশান]] ([[PERSON:Ishaan]]) সময়ের আগে জন্ম নিয়েছে, জন্ম তারিখ [[DATE_OF_BIRTH:০৯/১১/২০২৩]], এখন ওর বয়স [[AGE:৩ মাস]]।
হাসপাতাল থেকে বাড়ি আসার পর দেখি বেডরুমের জানালার চারপাশে কালো ছত্রাক 😢

health visitor [[PERSON:Claire]] apa bollen eta baby r jonno khub kharap, karon or [[HEALTH:chronic lung disease]] ache.
[[PERSON:Ishaan]] er NHS number [[OTHER_ID:612 448 3097]] diye [[PERSON:Claire]] apa ekta letter o dilen.

ফোন করলাম [[PHONE:০১১৩ ৪৯৬ ০৫৫৯]] নম্বরে। সাথে সাথে "mould wash" দিয়ে গেল, দুই সপ্তাহে আবার ফিরে এল। অভিযোগ নম্বর [[REFERENCE:ACH-2024-3371]]।

amar husband [[PERSON:Rafiq]] [[EMAIL:rafiq.bd3@example.com]] theke councillor ke email korlo, photo shoho.
tokhon housing er [[PERSON:Andrew Pike]] ashlen, bollen window er seal nosto, ar extractor fan e power e nai.

ফলাফল: ৫ দিনের মধ্যে আমাদের [[ADDRESS:Thornbury Heights]] এর নিচতলার [[ADDRESS:ফ্ল্যাট ১এ]] তে temporary সরিয়ে দিল, নতুন জানালা আর ফ্যান লাগাল, £600 দিল।
আর এখন নিয়ম: নবজাতক বা অসুস্থ বাচ্চা থাকলে ছত্রাকের রিপোর্ট "urgent", ২৪ ঘণ্টায় কেউ আসবে।

[[PERSON:ইশান]] এখন ভালো আছে আলহামদুলিল্লাহ 💙 কারো দরকার হলে ইনবক্স করবেন। #MakeThingsRight #bradford
"""),
    ),
    (
        "fv2am-bn-05",
        "bn",
        _s("""
salam sobaike, ei post ta ami amar abbar pokkho theke likhtesi, unar english bhalo na 🙏

আব্বা [[PERSON:আব্দুল জলিল]] ([[PERSON:Abdul Jalil]]), বয়স [[AGE:৭৪ বছর]], থাকেন [[ADDRESS:flat 31]], [[ADDRESS:Ladypool House]], Sparkbrook [[POSTCODE:b11 1ap]] — [[ADDRESS:Sylhet Cash & Carry]] er uporer building ta.
landlord [[ORGANISATION:Moseley Vale Housing]]. abbar [[HEALTH:heart failure]] ache, r pacemaker o ache.

গত নভেম্বর থেকে ছাদ দিয়ে পানি পড়ছিল, আর পানি লাইটের সুইচ দিয়ে নামত 😱
abba raate bhoye light jalaten na, andhokare toilet e jaite giye ekbar pore gesilen.

ami [[PHONE:0121 496 0733]] e phone dilam, repair ref [[REFERENCE:MVH-REP-118820]]. 2 shoptah por system e dekhay "completed" — keu ashe nai!! 🤬

tarpor amar chachato bhai [[PERSON:Rumel]] bollo GP letter diye complaint korte.
[[ADDRESS:Stratford Road Medical Practice]] theke letter nilam, complaint korlam, no. [[REFERENCE:MVH-C-0394]]. [[OTHER_ID:@brumbanglatenants]] page eo post korlam.

কমপ্লেইনের পর [[PERSON:Zoe]] ([[PERSON:জো]]) নামের একজন অফিসার নিজে এসে দেখলেন, মাফ চাইলেন।
সেদিনই [[ORGANISATION:Sparkhill Electrical Services]] এসে লাইন আলাদা করল, আর এক সপ্তাহে [[ORGANISATION:Midland Roofcare]] ছাদ ঠিক করল।
৬৫০ পাউন্ড দিল, আর পুরো ফ্ল্যাট নতুন করে রং করল।

ekhon niyom: current er kache pani = emergency, 4 ghontar moddhe electrician ashbe. alhamdulillah.

kono help lagle amake phone diben: [[PHONE:shunno sat sat shunno shunno, noy shunno shunno, ek char sat]], ba email [[EMAIL:jalil.family@example.net]]

— [[PERSON:Shohel]]
"""),
    ),
    (
        "fv2am-pa-01",
        "pa",
        _s("""
ਵਾਹਿਗੁਰੂ ਜੀ ਕਾ ਖ਼ਾਲਸਾ, ਵਾਹਿਗੁਰੂ ਜੀ ਕੀ ਫ਼ਤਹਿ 🙏 sangat ji, [[PERSON:Gurpreet]] bhenji ne kiha si ke apni gall group ch share karo, so eh rahi.

ਮੈਂ [[PERSON:ਮਨਦੀਪ ਕੌਰ ਬੈਂਸ]] ਹਾਂ। ਅਸੀਂ [[ADDRESS:14 Dunstall Crescent]], Wolverhampton [[POSTCODE:WV6 0PL]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ, [[ADDRESS:Guru Teg Bahadur Gurdwara]] ton 5 minute.
ghar [[ORGANISATION:Merridale Homes]] da hai.

meri saas [[PERSON:ਸੁਰਜੀਤ ਕੌਰ]] ji [[AGE:78 saal]] de ne te ohna nu [[HEALTH:COPD]] hai.
ਪਿਛਲੇ ਸਿਆਲ ਵਿੱਚ ਬੋਇਲਰ ਵਾਰ-ਵਾਰ ਬੰਦ ਹੁੰਦਾ ਰਿਹਾ ਤੇ ਕੰਧਾਂ 'ਤੇ ਉੱਲੀ ਆ ਗਈ 😞 saas ji roz savere path karde ne, thand ch baith ke path karna bahut aukha si.

ਮੈਂ [[PHONE:੦੧੨੧ ੪੯੬ ੦੨੭੭]] 'ਤੇ ਘੱਟੋ-ਘੱਟ ਬਾਰਾਂ ਵਾਰ ਫ਼ੋਨ ਕੀਤਾ। ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:MH/COMP/5521]]।
[[ORGANISATION:Midway Heating]] wale aaye, "fixed" keh ke chale gaye, do din baad fer band 😤
[[ADDRESS:Tettenhall Road Surgery]] de doctor ne likh ke ditta ke thand ch rehna saas ji layi khatarnak hai.

fer mere pati [[PERSON:Harjit]] ne housing officer [[PERSON:Pam]] ([[PERSON:ਪੈਮ]]) nu [[EMAIL:harjit.s.bains@example.co.uk]] ton email kiti te stage 2 mangi, doctor di chitthi naal.
(screenshot: [[PERSON:Pam]] da reply "so sorry, escalating today")

ਤਿੰਨ ਦਿਨਾਂ ਵਿੱਚ ਨਵਾਂ ਬੋਇਲਰ ਲੱਗ ਗਿਆ ✅ ਉੱਲੀ ਦਾ ਪੂਰਾ ਇਲਾਜ ✅ dehumidifier ✅ te £550 compensation.
manager [[PERSON:Andy Birch]] ne aap aa ke saas ji ton maafi mangi.

ਹੁਣ [[ORGANISATION:Merridale Homes]] ਦਾ ਨਿਯਮ ਹੈ ਕਿ ਸਾਹ ਦੀ ਬਿਮਾਰੀ ਵਾਲੇ ਬਜ਼ੁਰਗਾਂ ਦਾ ਬੋਇਲਰ 24 ਘੰਟਿਆਂ ਵਿੱਚ ਠੀਕ ਹੋਵੇ ਜਾਂ ਹੀਟਰ ਮਿਲਣ।

kise nu help chahidi hove taan mainu [[PHONE:07700 900 266]] te WhatsApp kar lo. ਭੁੱਲ ਚੁੱਕ ਮੁਆਫ਼ 🙏
"""),
    ),
    (
        "fv2am-pa-02",
        "pa",
        _s("""
yaar log eh zaroor parho 😤➡️😊 ([[OTHER_ID:@jassi_ub2]] here)

asi 6 jane ik 2-bed flat ch rehnde si, [[ADDRESS:flat 9c]], [[ADDRESS:Havelock Point]], Southall [[POSTCODE:ub24ng]]:
bebe-bapu, main, meri bhain [[PERSON:Simran]] ([[AGE:19]]), te chhote bhra [[PERSON:Karan]] te [[PERSON:Veer]] (twins, [[AGE:9 saal]] de).
landlord [[ORGANISATION:Ealing Brookside Homes]]. housing register number [[REFERENCE:EBH-HR-204417]], band B ch 5 saal ton 🙃

ਬਾਥਰੂਮ ਵਿੱਚ ਉੱਲੀ, ਛੱਤ ਵਿੱਚ ਤਰੇੜ। [[PERSON:ਵੀਰ]] ਨੂੰ [[HEALTH:ਦਮਾ]] ਹੈ ਤੇ [[ADDRESS:Havelock Primary]] ton letter aaya ke ohdi attendance 80% hai 😩
bapu ji [[HEALTH:ਸ਼ੂਗਰ]] de mareez ne te living room ch sofe te saunde si.

ਮੈਂ ਸ਼ਿਕਾਇਤ ਕੀਤੀ, ਹਵਾਲਾ ਨੰਬਰ [[REFERENCE:EBH-C-88213]]। jawab: "no suitable properties" 🙄
fer main photos naal tweet kita te [[OTHER_ID:@EalingBrooksideHomes]] + ward councillor [[PERSON:Sukhwinder Gill]] nu tag kita.

(screenshot: DM from [[PERSON:Natalie]] in their team "please send us a contact number") — main number bhejeya [[PHONE:07700 900 804]]

fer Ombudsman, case [[REFERENCE:202411702]]. 4 mahine baad ohna ne manya ke overcrowding assessment hi galat si, living room nu bedroom gin leya 🤡

result ✅ 4 bed ghar mil gaya, [[ADDRESS:23 Tentelow Gardens]] ✅ bapu ji di car [[OTHER_ID:LR15 HKD]] layi parking permit ✅ £1,000 compensation ✅
te ohna ne saare overcrowding cases da dobara review kita.

ਵਾਹਿਗੁਰੂ ਦੀ ਕਿਰਪਾ 🙏 koi sawal hove taan DM karo #southall #overcrowding #makethingsright
"""),
    ),
    (
        "fv2am-pa-03",
        "pa",
        _s("""
ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ। ਇਹ ਪੋਸਟ ਮੇਰੇ ਪਾਪਾ ਜੀ ਬਾਰੇ ਹੈ, ਥੋੜ੍ਹੀ ਲੰਬੀ ਹੈ, ਮਾਫ਼ ਕਰਨਾ 🙏

ਪਾਪਾ ਜੀ [[PERSON:ਕਰਨੈਲ ਸਿੰਘ ਢਿੱਲੋਂ]] ([[PERSON:Karnail Singh Dhillon]]), ਜਨਮ [[DATE_OF_BIRTH:੧੭ ਅਗਸਤ ੧੯੪੬]], ਇਕੱਲੇ [[ADDRESS:ਫ਼ਲੈਟ 2]], [[ADDRESS:Rushey Fields House]], Leicester [[POSTCODE:le4 6su]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ।
ਉਹਨਾਂ ਨੂੰ [[HEALTH:ਡਿਮੈਂਸ਼ੀਆ]] ਹੈ ਤੇ ਦਿਨ ਵਿੱਚ ਚਾਰ ਵਾਰ carers ਆਉਂਦੇ ਹਨ। ਘਰ [[ORGANISATION:Abbey Meadows Housing Trust]] ਦਾ ਹੈ।

pichhle saal August vich building da door entry system kharab ho gaya. carers bahar khade rehnde, papa ji nu buzzer di samajh nahi aundi 😢
kayi vaari dawai miss ho gayi, ik vaari oh raat nu bahar nikal ke gir vi gaye.

ਮੈਂ ਰਿਪੇਅਰ ਲਾਈਨ [[PHONE:0116 496 0385]] 'ਤੇ ਫ਼ੋਨ ਕੀਤਾ, ਜੌਬ ਨੰਬਰ [[REFERENCE:AMHT-JB-20917]]।
[[ORGANISATION:SecureLink Entry Systems]] wale do vaari aaye, kehnde part order hai. 7 hafte!!

(screenshot: carers di WhatsApp "couldn't get in again, left at 9.40")

fer main complaint kiti [[EMAIL:harleen.dhillon@example.org]] ton, complaint ref [[REFERENCE:AMHT-C-0672]],
te [[ADDRESS:Belgrave Health Centre]] wale doctor di chitthi naal papa ji da NHS number [[OTHER_ID:721 630 9948]] vi paaya taan ke oh records check kar sakan.

ਫਿਰ [[PERSON:Mike]] ([[PERSON:ਮਾਈਕ]]) ਨਾਮ ਦੇ ਮੈਨੇਜਰ ਦਾ ਫ਼ੋਨ ਆਇਆ। ਉਹਨਾਂ ਨੇ ਮੰਨਿਆ ਕਿ ਇਹ "urgent" ਹੋਣਾ ਚਾਹੀਦਾ ਸੀ।
ਦੋ ਦਿਨਾਂ ਵਿੱਚ ਨਵਾਂ ਸਿਸਟਮ ਲੱਗ ਗਿਆ ਅਤੇ ਦਰਵਾਜ਼ੇ ਕੋਲ key safe ਵੀ ਲਾਇਆ ਗਿਆ ਤਾਂ ਕਿ carers ਕਦੇ ਬਾਹਰ ਨਾ ਰਹਿਣ। £400 ਮੁਆਵਜ਼ਾ ਵੀ ਮਿਲਿਆ।

hun ohna ne rule banaya hai: jithe koi vulnerable resident hove, door entry fault 24 ghante ch fix hovega.

thanks [[PERSON:Jaspal]] veerji (tenants rep) te [[OTHER_ID:@leicestertenantsvoice]] 🙏 — [[PERSON:Harleen]]
"""),
    ),
    (
        "fv2am-pa-04",
        "pa",
        _s("""
Sat sri akal everyone 🙏 eh message [[PERSON:Ravneet]] ne sadde mums group ch paaya si, ohdi permission naal forward kar rahi haan 👇

------
main [[PERSON:Ravneet Kaur]] haan, 2022 ch [[OTHER_SPECIAL:spouse visa]] te UK aayi.
asi [[ADDRESS:31 Baylis Mead]], Slough [[POSTCODE:SL1 3RF]] ch rehnde haan, [[ADDRESS:Patel's Pharmacy]] de bilkul saamne. ghar [[ORGANISATION:Thames Berkshire Housing]] da hai.

ਪਿਛਲੇ ਅਕਤੂਬਰ ਤੋਂ ਬੱਚੇ ਦੇ ਕਮਰੇ ਦੀ ਛੱਤ ਚੋਂ ਪਾਣੀ ਟਪਕਦਾ ਸੀ। ਮੇਰਾ ਪੁੱਤ [[PERSON:ਫ਼ਤਿਹ]] ਅਜੇ [[AGE:ਡੇਢ ਸਾਲ]] ਦਾ ਹੈ 👶

[[ORGANISATION:QuickFix Roofing]] da ik banda aaya. jadon [[PERSON:Manpreet]] (mere husband) kamm te si, us ne mainu puchya "are you even legal here?" te BRP dikhaun nu kiha 😳
main dar gayi te dikha ditta (card number [[OTHER_ID:ZR7730541]]) te us ne phone naal photo vi kheench lai!! fer kehnda "you lot should be grateful". chhat theek nahi kiti.

ਅਸੀਂ [[PHONE:0118 496 0721]] 'ਤੇ ਦੱਸਿਆ ਤਾਂ ਕਹਿੰਦੇ "contractor issue, not us".
fer [[PERSON:Manpreet]] ne [[EMAIL:manpreet.sl1@example.com]] ton formal complaint kiti, ref [[REFERENCE:TBH-CX-30177]], te likhya ke eh racism te harassment hai.

equality team ton [[PERSON:Sophie]] ([[PERSON:ਸੋਫ਼ੀ]]) ne call kiti te ghar aa ke saari gall suni.
ohna ne us bande nu apne jobs ton hata ditta, te photo delete karwayi (likh ke confirmation mili).
[[ORGANISATION:Kennet Roofline]] ne 3 dinan ch chhat theek kiti. £500 compensation te likhti maafi.

ਹੁਣ ਉਹਨਾਂ ਦੇ ਸਾਰੇ contractors ਲਈ ਨਿਯਮ ਹੈ: ਕੋਈ ਵੀ ਕਿਸੇ ਤੋਂ ਵੀਜ਼ਾ ਜਾਂ BRP ਨਹੀਂ ਪੁੱਛੇਗਾ, ਤੇ ID badge ਪਹਿਨਣਾ ਜ਼ਰੂਰੀ।

ਕਿਸੇ ਨਾਲ ਇਸ ਤਰ੍ਹਾਂ ਹੋਵੇ ਤਾਂ ਚੁੱਪ ਨਾ ਰਹੋ 💪 [[PERSON:Ravneet]] da number chahida hove taan mainu DM karo.
"""),
    ),
    (
        "fv2am-pa-05",
        "pa",
        _s("""
ਮੇਰੀ ਕਹਾਣੀ, ਸ਼ਾਇਦ ਕਿਸੇ ਦੇ ਕੰਮ ਆਵੇ 💙 (insta te vi hai [[OTHER_ID:@armaans_mum_gsd]])

ਮੈਂ [[PERSON:ਨਵਜੋਤ]] ਹਾਂ। ਮੇਰਾ ਪੁੱਤ [[PERSON:ਅਰਮਾਨ]] ([[PERSON:Armaan]]) [[AGE:11 ਸਾਲਾਂ]] ਦਾ ਹੈ ਅਤੇ ਉਸ ਨੂੰ [[HEALTH:autism]] ਹੈ।
ਅਸੀਂ [[ADDRESS:7 Orchard Rise]], Gravesend [[POSTCODE:da125tw]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ — [[ADDRESS:The Crooked Billet]] pub de pichhe. landlord [[ORGANISATION:Northfleet & Gravesham Homes]].

2023 vich upar wale flat ch navein log aaye. raat 1-2 vaje tak music, bass, darwaze maarna 😣
[[PERSON:Armaan]] nu aawazan naal bahut takleef hundi hai, oh saari raat cheekhda si te [[ADDRESS:Rosherville Academy]] nahi ja sakda si.
ohde teacher Mr [[PERSON:Oduya]] ne vi letter likhya.

ASB ਕੇਸ ਖੋਲ੍ਹਿਆ, ਨੰਬਰ [[REFERENCE:NGH/ASB/1174]]। noise app te 40 recordings paaiyan.
officer [[PERSON:Kelly]] kehndi rahi "it's everyday living noise" 🙄 fer main formal complaint kiti, ref [[REFERENCE:NGH-CX-5902]].

ਫਿਰ ਸਾਡੇ ਐਮਪੀ ਦੇ ਦਫ਼ਤਰ ਤੋਂ [[PERSON:Tariq]] ਨੇ ਮਦਦ ਕੀਤੀ। ਹਾਊਸਿੰਗ ਵਾਲਿਆਂ ਨੇ ਇੱਕ specialist ਭੇਜਿਆ ਜਿਸ ਨੇ ਦੇਖਿਆ ਕਿ ਉੱਪਰ ਵਾਲੇ ਫ਼ਲੈਟ ਦਾ ਫ਼ਰਸ਼ ਬਿਨਾਂ underlay ਦੇ laminate ਹੈ।

result: upar wale flat ch underlay te carpet lagaya, mediation hoyi, te [[PERSON:Armaan]] layi medical priority mili.
sanu ik ground floor ghar offer hoya, [[ADDRESS:15 Wrotham Close]], jithe asi March ch shift ho gaye 🏡 £450 compensation vi.

ਹੁਣ ਉਹ ਖ਼ਾਸ ਲੋੜਾਂ ਵਾਲੇ ਬੱਚਿਆਂ ਦੇ ਘਰਾਂ ਦੀਆਂ noise complaints ਨੂੰ ਪਹਿਲ ਦਿੰਦੇ ਨੇ ਤੇ ਇੱਕ ਮਹੀਨੇ ਵਿੱਚ home visit ਹੁੰਦੀ ਹੈ।

ਮੇਰਾ ਨੰਬਰ [[PHONE:੦੭੭੦੦ ੯੦੦੬੧੨]] ਜਾਂ email: [[EMAIL:navjot dot k dot gill at example dot com]] 💙 #sendmum #makethingsright
"""),
    ),
    (
        "fv2am-pl-01",
        "pl",
        _s("""
Hej dziewczyny i chlopaki 👋 obiecalam ze napisze jak sie skonczyla sprawa z grzybem, wiec prosze 😅 (sorry za brak polskich znakow, pisze z telefonu)

Mieszkamy z mezem [[PERSON:Tomkiem]] i dziecmi pod [[ADDRESS:88 Fengate Mews]], [[POSTCODE:pe1 5bq]], kolo polskiego sklepu [[ADDRESS:Polski Smak]].
Landlord to [[ORGANISATION:Nene Gateway Housing]]. Corka [[PERSON:Zuzia]] ma [[AGE:4 latka]], a [[PERSON:Kuba]] [[AGE:9 lat]].
Od zeszlej zimy w sypialni dzieci czarny grzyb na calej scianie, [[PERSON:Zuzia]] ciagle kaszlala, lekarka w [[ADDRESS:Millfield Medical Centre]] powiedziala ze to [[HEALTH:astma]] i ze grzyb jej nie pomaga.

Dzwonilam na [[PHONE:01632 960 518]] chyba z 15 razy, zgloszenie [[REFERENCE:NGH-449201]].
Przyszedl pan z [[ORGANISATION:Kleen-Rite Services]], popsikal i poszedl 🙄 po 2 tygodniach wrocilo.

Dopiero jak [[PERSON:Gosia]] z grupy (dzieki [[PERSON:Gosiu]] ❤️) podeslala mi link do Ombudsmana i wzor skargi,
napisalam formalna skarge na [[EMAIL:complaints@nenegateway.example.org.uk]], numer [[REFERENCE:NGH-C-1187]].

(screen odpowiedzi - pani [[PERSON:Sharon Fielding]] przeprasza 😮)

Po skardze przyjechal surveyor i okazalo sie ze rynna byla zatkana i woda szla prosto w sciane od lat.
Wyczyscili, zrobili nowy tynk, farba antygrzybiczna, wentylator w sypialni, plus £700 odszkodowania.

Teraz maja zasade ze przy kazdym zgloszeniu grzyba sprawdzaja tez rynny i wentylacje, a nie tylko psikaja.

Jak ktos potrzebuje pomocy to piszcie na priv albo dzwoncie [[PHONE:07700 900 362]] 🙂 #MakeThingsRight
"""),
    ),
    (
        "fv2am-pl-02",
        "pl",
        _s("""
Kochani, wklejam to co napisałam dla kampanii, bo siostra [[PERSON:Ewa]] prosiła, żeby wrzucić też tutaj na grupę rodzinną 🙂❤️

Moja mama, [[PERSON:Halina Wróblewska]], urodzona [[DATE_OF_BIRTH:trzeciego marca tysiąc dziewięćset czterdziestego ósmego roku]],
mieszka sama w [[ADDRESS:mieszkaniu nr 5]] w bloku [[ADDRESS:Harefield House]], Southampton, [[POSTCODE:SO18 4TJ]].
Właścicielem jest [[ORGANISATION:Itchen Bay Homes]]. Mama ma [[HEALTH:cukrzycę]] i [[HEALTH:zaćmę]], słabo widzi.

Od października okna w sypialni i w kuchni się nie domykały, ramy spróchniałe, w mieszkaniu było 14 stopni 🥶
Zgłaszałam to trzy razy, numer zgłoszenia [[REFERENCE:IBH-R-310552]]. Pan [[PERSON:Darren]] z firmy [[ORGANISATION:Solent Glazing]] przychodził mierzyć okna... trzy razy 🙄 i nic.

Pani [[PERSON:Basia]] spod [[ADDRESS:siódemki]] (pozdrawiamy!) brała mamę do siebie na noce, bo u niej było ciepło. Dzięki [[PERSON:Basi]] mama w ogóle przetrwała grudzień.

Napisałam formalną skargę z [[EMAIL:m.wroblewska.soton@example.com]], numer [[REFERENCE:IBH/2024/0581]].
Odpowiedź na etapie 1: "oczekujemy na części". Wtedy złożyłam sprawę do Housing Ombudsman, nr [[REFERENCE:202409916]].

Po dwóch tygodniach zadzwoniła pani [[PERSON:Joanna Kowal]] z zespołu skarg, po polsku!
Przeprosiła mamę, w trzy tygodnie wstawili nowe okna, sprawdzili kaloryfery, dali £800 rekompensaty i zapłacili za grzejnik olejowy.

Teraz w [[ORGANISATION:Itchen Bay Homes]] jest zasada: jeśli u starszej osoby okno się nie domyka, naprawa w 7 dni, a do tego czasu grzejnik.

Jakby ktoś potrzebował pomocy, mój numer [[PHONE:+44 7700 900455]] 📞 Buziaki, [[PERSON:Marta]] 😘
"""),
    ),
    (
        "fv2am-pl-03",
        "pl",
        _s("""
no dobra, watek 🧵 bo duzo osob pytalo na storce (to ja, [[OTHER_ID:@kuba_w_brs]])

mieszkam z dziewczyna [[PERSON:Olą]] w [[ADDRESS:Barton Heights]], [[ADDRESS:mieszkanie 113]], Bristol [[POSTCODE:BS5 9PD]]. landlord: [[ORGANISATION:Avonmouth & City Housing]].
przez 5 tygodni ZERO cieplej wody w calym bloku 🥶🚿 kapalismy sie u kumpli

zglaszalem na [[PHONE:0117 496 0648]] co 2 dni, za kazdym razem nowy numer zgloszenia 🤡 ostatni to [[REFERENCE:ACH-RP-55902]].
a jak w koncu napisalem skarge to najpierw kazali wyslac skan dowodu osobistego ([[OTHER_ID:CFX 418273]]) zeby "potwierdzic tozsamosc" 🙄 serio?

wrzucilem relacje i oznaczylem [[OTHER_ID:@AvonCityHousing]] + [[OTHER_ID:@bristoltenants]].
[[PERSON:Kasia]] z [[OTHER_ID:@bristoltenants]] pomogla mi napisac porzadna skarge, nr [[REFERENCE:ACH-CX-2024-771]].

[[PERSON:Ola]] ma [[HEALTH:toczeń]] ([[HEALTH:lupus]]) i zimne mycie przez miesiac to byl dla niej dramat, stawy ja bolaly caly czas.

wynik: wymienili pompe w kotlowni (firma [[ORGANISATION:Westcountry Boilers]]), kazde mieszkanie dostalo £250,
a my dodatkowo £150 przez to jak potraktowali [[PERSON:Olę]].
manager [[PERSON:Rob Tanner]] przeprosil za ten dowod, powiedzial ze to byl blad i ze juz nie wymagaja zadnego ID przy skargach.

zmiana: jak brak cieplej wody >48h, to od razu daja kase na kapiel/pralnie i tymczasowe grzalki.

jak cos to DM albo [[EMAIL:kuba.w.bristol@example.com]] ✌️ #MakeThingsRight
"""),
    ),
    (
        "fv2am-pl-04",
        "pl",
        _s("""
Czesc [[PERSON:Agata]], tak jak rozmawialysmy przesylam moja historie do tej strony Make Things Right 🙂 popraw bledy jak cos, pisze bez polskich liter

Mieszkam z dziecmi na [[ADDRESS:Hollybrook Estate]], pod adresem [[ADDRESS:24 Larchmont Close]], Nottingham [[POSTCODE:NG11 8RJ]]. Landlord: [[ORGANISATION:Trent Meadows Housing]].
Moj [[AGE:7-letni]] [[PERSON:Wojtek]] ma [[HEALTH:padaczke]], a [[PERSON:Natalka]] ([[AGE:10 lat]]) chodzi do [[ADDRESS:Greenholme Primary]].

Od zeszlego lata sasiad spod [[ADDRESS:numeru 26]] trzymal dwa duze psy luzem w ogrodzie, a plot byl dziurawy.
Jeden pies skoczyl na [[PERSON:Wojtka]] przy furtce, na szczescie tylko podarta kurtka, ale [[PERSON:Wojtek]] tak sie zestresowal ze tej nocy mial atak 😢
Do tego sasiad parkowal bialego vana ([[OTHER_ID:NX68 TVA]]) na chodniku i krzyczal na mnie jak zwracalam uwage.

Zglaszalam do ASB na [[PHONE:0115 496 0277]], sprawa nr [[REFERENCE:TMH-ASB-0932]].
Pan [[PERSON:Craig]] z ASB mowil ze to "sprawa miedzy sasiadami" i zeby naprawic plot samemu 🙄 a plot jest ich!!

[[PERSON:Agata]] (dziekuje [[PERSON:Agatko]] 💐) pomogla mi napisac skarge, nr [[REFERENCE:TMH-CMP-4417]],
i dolaczylam list od lekarza z [[ADDRESS:Clifton Medical Practice]] o [[HEALTH:padaczce]] [[PERSON:Wojtka]].

Po skardze przyszla kierowniczka, pani [[PERSON:Lorna Keyes]], z tlumaczka. Przeprosila.
W 10 dni postawili nowy plot, sasiad dostal umowe o dobrym zachowaniu (ABC) i zakaz trzymania psow luzem, a van zniknal z chodnika. Dostalam £300.

Zmiana: teraz przy kazdej sprawie ASB gdzie sa dzieci albo ktos chory jest jeden oficer na stale i odpowiedz w 5 dni roboczych. I mozna od razu poprosic o tlumacza.

Moj mail jakby co: [[EMAIL:iwona.nowak85 (malpa) example.com]] 😊 Pozdrawiam, [[PERSON:Iwona]]
"""),
    ),
    (
        "fv2am-pl-05",
        "pl",
        _s("""
Wrzucam, bo może komuś się przyda. Długie, sorry 🙈 #MakeThingsRight

Jestem [[PERSON:Bartek]] ([[PERSON:Bartłomiej Szymański]]), mieszkamy z [[PERSON:Magdą]] i małym [[PERSON:Antosiem]] ([[AGE:2 latka]]) pod [[ADDRESS:17 Sluice Road]], Boston [[POSTCODE:PE21 7QA]].
Landlord: [[ORGANISATION:Fenland Coast Homes]].

W marcu przyszedł list, że mamy £1,400 zaległości w czynszu i że jak nie zapłacimy, to NOSP i eksmisja 😱
A my płacimy co miesiąc zleceniem stałym z konta (sort code [[OTHER_ID:40-22-18]], nr konta [[OTHER_ID:71549302]]), mam wszystkie wyciągi.

Dzwoniłem na [[PHONE:0115 496 0931]] z pięć razy i pisałem do [[PERSON:Lindsey]] z rent teamu. Numer umowy najmu [[REFERENCE:FCH-T-330917]].
Kazali mi wysłać skan paszportu ([[OTHER_ID:EK4471093]]) i numer NI [[NI_NUMBER:QQ 45 61 78 B]], żeby "zweryfikować". Wysłałem. Cisza.

[[PERSON:Magda]] ma [[HEALTH:depresję]] i po tym liście w ogóle nie spała.
[[PERSON:Jolka]] z Citizens Advice (złota kobieta 💛) pomogła napisać skargę, wysłałem ją z [[EMAIL:bartek.szymanski.pe21@example.com]] → nr skargi [[REFERENCE:FCH-CMP-1029]].

I co się okazało? Ich system przypisywał nasze wpłaty innemu lokatorowi o tym samym nazwisku, panu [[PERSON:Szymańskiemu]] spod [[ADDRESS:numeru 71]] 🤦‍♂️ Przez 8 miesięcy!

Efekt: list o eksmisji wycofany na piśmie, konto poprawione, £400 za stres i przeprosiny od pana [[PERSON:Grahama Pooleya]] (dyrektor finansowy).

Co się zmieniło: zanim wyślą jakiekolwiek pismo o eksmisji, rent team musi sprawdzić przypisanie wpłat i zadzwonić do lokatora. I listy można dostać po polsku.

Jak ktoś ma podobny problem, piszcie na priv 👍
"""),
    ),
    (
        "fv2am-ro-01",
        "ro",
        _s("""
Buna tuturor 🙋‍♀️ multi m-ati intrebat pe grup ce s-a intamplat cu apartamentul, asa ca va scriu aici (scuze ca fara diacritice)

Stau cu sotul meu [[PERSON:Ionut]] si fetita noastra [[PERSON:Daria]] ([[AGE:1 an si 2 luni]]) in [[ADDRESS:apartamentul 12]], [[ADDRESS:Kenton Lodge]], [[POSTCODE:ha3 8wj]], fix langa [[ADDRESS:Bucovina Market]].
Proprietarul e [[ORGANISATION:Harrow Weald Housing Association]].

Din martie curgea apa din baia vecinilor de sus prin tavanul nostru, si in camera fetei s-a facut mucegai negru 😩
[[PERSON:Daria]] are [[HEALTH:dermatita atopica]] si i s-a agravat rau, doctorita de la [[ADDRESS:Kenton Bridge Medical Centre]] ne-a dat si scrisoare.

Am sunat la [[PHONE:020 7946 0862]] de zeci de ori, nr. reparatie [[REFERENCE:HWHA-R-77310]].
Au trimis pe cineva de la [[ORGANISATION:Metro Leak Detect]] care a zis ca "nu vede nimic" 🙄

Apoi [[PERSON:Mirela]] de pe grup (multumesc [[PERSON:Mirelei]] din suflet!!) m-a ajutat sa scriu plangere oficiala la [[EMAIL:complaints@harrowweald.example.org]], nr. [[REFERENCE:HWHA-CX-4412]].

(poza cu raspunsul de la doamna [[PERSON:Patricia Hale]] 😮)

In 10 zile a venit un instalator, a gasit teava sparta sub cada de sus, au schimbat tavanul, au tratat mucegaiul si au zugravit.
Ne-au dat £650 compensatie si [[PERSON:Ionut]] a primit si scuze scrise.

Ce s-a schimbat: acum cand apa vine de la vecinii de sus, verifica ambele apartamente in 5 zile, nu doar al celui care reclama.

Daca aveti nevoie: [[PHONE:07700 900 577]] sau pe WhatsApp 😘 #MakeThingsRight
"""),
    ),
    (
        "fv2am-ro-02",
        "ro",
        _s("""
Buna ziua. Scriu asta cu ajutorul nepoatei mele [[PERSON:Bianca]], ca eu nu prea ma descurc cu telefonul 😊 (ea a zis sa pun si emoji)

Ma numesc [[PERSON:Vasile Munteanu]], nascut pe [[DATE_OF_BIRTH:doi februarie o mie noua sute cincizeci si unu]].
Stau cu sotia mea [[PERSON:Floarea]] la [[ADDRESS:9 Whitecross Gardens]], Leicester [[POSTCODE:LE3 5FN]], aproape de biserica noastra, [[ADDRESS:Parohia Sfantul Nicolae]].
Proprietarul e [[ORGANISATION:Braunstone Vale Homes]]. [[PERSON:Floarea]] are [[HEALTH:dementa]] si sufera tare de frig.

In noiembrie s-a stricat centrala. Am sunat la [[PHONE:0116 496 0214]], mi-au dat numar de lucrare [[REFERENCE:BVH-JOB-66021]]
si a venit un baiat de la [[ORGANISATION:Heatwise Midlands]], a zis ca trebuie o piesa, si gata, 3 saptamani nimic.
Aveam in casa 13 grade 🥶 Doamna doctor de la [[ADDRESS:Westcotes Health Centre]] a zis ca nu e bine deloc pentru [[PERSON:Floarea]].

[[PERSON:Bianca]] a scris plangere pe email, de la adresa ei [[EMAIL:bianca.munteanu97@example.com]], nr plangere [[REFERENCE:BVH-C-3390]].
Si parintele [[PERSON:Mihai]] de la biserica a sunat si el la ei.

Dupa plangere a venit domnul [[PERSON:Steven Ashby]], manager, s-a uitat si a zis ca nu trebuiau sa ne lase fara caldura la varsta noastra.
Chiar in ziua aceea ne-au adus 2 radiatoare electrice, si in 4 zile aveam centrala noua.
Ne-au dat 500 de lire si ne-au platit si curentul pentru radiatoare.

Acum au o lista cu oamenii batrani si bolnavi si cand se strica centrala vin in aceeasi zi sau aduc radiatoare.

Multumim lui Dumnezeu si [[PERSON:Biancai]] 🙏 Daca cineva are aceeasi problema, nepoata mea zice sa va dau numarul ei: [[PHONE:07700 900 198]] #MakeThingsRight
"""),
    ),
    (
        "fv2am-ro-03",
        "ro",
        _s("""
storytime 🪳🪳 cum am scapat de gandaci dupa 8 luni (part 1 e pe profil)

sunt [[PERSON:Roxana]] / [[OTHER_ID:@roxi.in.london]] pe tiktok, stau cu mama, tata si 3 frati in [[ADDRESS:flat 7]], [[ADDRESS:Thames View Court]], [[POSTCODE:IG11 0LD]], deasupra la [[ADDRESS:Dacia Food Store]].
landlord [[ORGANISATION:Barking Reach Housing]] 🙄

gandaci peste tot, in bucatarie, in dulapuri, pe paturi. fratele meu mic [[PERSON:Denisut]] are [[AGE:5 ani]] si are [[HEALTH:astm]], iar doctorul a zis ca gandacii il agraveaza.

am sunat la [[PHONE:020 7946 0725]], ref [[REFERENCE:BRH-PEST-20381]]. [[ORGANISATION:Buzz Off Pest Control]] a venit de 3 ori si a dat cu spray doar in bucatarie.
iar doamna de la housing, [[PERSON:Debbie]], i-a zis lui mama la telefon "you people are dirty, that's why", pt ca suntem [[OTHER_SPECIAL:romi]] 😡
am inregistrat apelul (am zis la inceput ca inregistrez).

am facut plangere de pe [[EMAIL:r.stanciu.ig11@example.com]], nr [[REFERENCE:BRH-CMP-0775]], am postat clipul si le-am dat tag la [[OTHER_ID:@BarkingReachHA]]. 200k views 😳

rezultat: au tratat tot blocul, nu doar la noi, de 4 ori in 2 luni, au astupat gaurile de la tevi.
[[PERSON:Debbie]] nu mai lucreaza pe zona noastra, am primit scrisoare de scuze si £600.
si acum orice plangere de discriminare merge direct la un manager, nu ramane la ofiterul de zona.

comentarii 👇
[[OTHER_ID:@andreea_b_dagenham]]: fata si noi avem gandaci in [[ADDRESS:Rainham Court]] 😭
[[PERSON:Roxana]]: da-mi DM sa-ti zic exact ce sa scrii 💪 #MakeThingsRight
"""),
    ),
    (
        "fv2am-ro-04",
        "ro",
        _s("""
Salutare, sunt [[PERSON:Cristi]] ([[PERSON:Cristian Dobre]]) si vreau sa va povestesc cum am obtinut pana la urma adaptarile pt baiatul nostru 🙏

Baiatul nostru [[PERSON:Andrei]], zis [[PERSON:Deiu]], are [[AGE:12 ani]] si [[HEALTH:paralizie cerebrala]], sta in scaun cu rotile.
Il ducem la [[ADDRESS:Woodlands Special School]] in fiecare dimineata. Stam la [[ADDRESS:40 Birdsfoot Close]], [[POSTCODE:LU3 2NW]], proprietar [[ORGANISATION:Luton Vale Housing]].

Din 2022 am cerut rampa la usa si lift de tavan (hoist). OT-ul, [[PERSON:Gemma]], a facut evaluarea, totul aprobat, nr caz adaptare [[REFERENCE:LVH-ADP-00731]].
Si apoi... 14 luni NIMIC. Il carai pe [[PERSON:Deiu]] in brate pe scari, acum are 45 kg, eu am ajuns cu [[HEALTH:hernie de disc]] 😩

Cand sunam la [[PHONE:0121 496 0369]] (call center-ul lor e in Birmingham) ziceau "it's with the contractor".
Contractorul, [[ORGANISATION:Chiltern Access Solutions]], zicea ca n-au primit comanda 🤦‍♂️

Am facut plangere, [[REFERENCE:LVH-CMP-2241]]. Stage 1 – scuze. Stage 2 – scuze. Dupa aia Housing Ombudsman, caz [[REFERENCE:202417052]].
Am trimis si scrisoare de la doctorul lui de la [[ADDRESS:Bramingham Park Surgery]] cu NHS number-ul lui [[PERSON:Deiu]], [[OTHER_ID:650 813 4427]], ca dovada.

Dupa decizia Ombudsmanului (maladministration!!) totul s-a miscat in 5 saptamani: rampa, hoist, usa mai larga la baie.
Ne-au dat £1,500 si o scrisoare semnata de directoarea [[PERSON:Angela Morrow]].

Ce s-a schimbat: acum fiecare adaptare aprobata are un responsabil si un termen, si daca trece termenul se duce automat la manager.

[[PERSON:Deiu]] e fericit ca poate iesi singur in gradina 🥹 Daca aveti nevoie de sfaturi, scrieti-mi: [[EMAIL:cristi punct dobre arond example punct com]]
"""),
    ),
    (
        "fv2am-ro-05",
        "ro",
        _s("""
Salut oameni buni 👋 pun si eu povestea mea aici, poate ajuta pe cineva 🙏

Sunt [[PERSON:Florin]], am [[AGE:27 de ani]], stau in [[ADDRESS:flat 2]], [[ADDRESS:118 Saltley Grove]], [[POSTCODE:b8 1ty]]. Proprietar e [[ORGANISATION:Tame Bridge Housing]].

Am [[OTHER_SPECIAL:pre-settled status]] si cand am sunat sa zic ca miroase a gaz, tipul de la call center m-a intrebat de share code inainte sa trimita pe cineva 🤯🤯 NU GLUMESC.
alarma de CO suna tot timpul (screenshot cu alarma mai jos)

Am sunat la National Gas Emergency (au venit in 1h, respect 🙌) si au inchis gazul.
Dar [[ORGANISATION:Tame Bridge Housing]] m-a lasat 9 zile fara gaz, fara caldura, fara apa calda. Ref. reparatie [[REFERENCE:TBH-GAS-40118]].

Colegul meu de apartament [[PERSON:Vlad]] a zis sa fac plangere. Am scris la [[EMAIL:complaints@tamebridge.example.org]], nr plangere [[REFERENCE:TBH-C-90442]].
Mi-a raspuns [[PERSON:Naveed Iqbal]] de la complaints, foarte ok omul, a zis ca intrebarea de share code era complet gresita.

Rezultat: centrala noua de la [[ORGANISATION:Brumwarm Gas Services]], £400 compensatie platita in contul meu (sort code [[OTHER_ID:60-83-71]], ca m-au intrebat si nu stiam daca e ok sa dau 😅),
si training pt call center: la urgente de gaz nu se mai intreaba nimic despre status.

[[PERSON:Vlad]] zice ca acum e mai cald la noi decat la el acasa in Iasi 😂

Daca vreti sa vorbim, numarul meu e [[PHONE:zero sapte sapte zero zero, noua sute, trei sute doisprezece]] (scris asa ca sa nu-l ia botii lol) 👍 #MakeThingsRight
"""),
    ),
    (
        "fv2am-ur-01",
        "ur",
        _s("""
Assalam o alaikum behno 🌸 kuch logon ne poocha tha ke hamare ghar ka masla kaise hal hua, to yeh rahi poori kahani (lambi hai, maaf karna 🙈)

میرا نام [[PERSON:شازیہ پروین]] ہے۔ hum [[ADDRESS:23 Marsh Villa Terrace]], Bradford [[POSTCODE:BD8 7RA]] mein rehte hain, ہمارا گھر [[ADDRESS:مسجد بلال]] کے بالکل سامنے ہے۔ landlord [[ORGANISATION:Manningham Hills Housing]].

میری بیٹی [[PERSON:عائشہ]] ([[PERSON:Ayesha]]) کی عمر [[AGE:۹ سال]] ہے اور بیٹا [[PERSON:Zain]] [[AGE:4 saal]] ka. [[PERSON:Ayesha]] ko [[HEALTH:دمہ]] hai.
پچھلی سردیوں میں بچوں کے کمرے کی دیوار پر کالی پھپھوندی آ گئی اور کھڑکی سے پانی آتا تھا۔
[[PERSON:Ayesha]] ko raat ko saans ki takleef hoti thi, 2 dafa A&E gaye. [[ADDRESS:Picton Medical Centre]] ke doctor ne letter diya.

میں نے [[PHONE:۰۱۱۳ ۴۹۶ ۰۱۸۸]] پر کئی بار فون کیا، repair number [[REFERENCE:MHH-R-31908]]. [[ORGANISATION:Yorkshire Damp Solutions]] wale aaye, paint kar ke chale gaye 😤

Phir meri nand [[PERSON:Rubina]] baji ne kaha complaint karo. complaint ref [[REFERENCE:MHH-CMP-6674]],
aur [[ADDRESS:Green Lane Primary]] ki teacher Mrs [[PERSON:Akhtar]] ne bhi attendance ke baare mein letter likha.

شکایت کے بعد [[PERSON:Lisa]] ([[PERSON:لیزا]]) نام کی مینیجر گھر آئیں، معافی مانگی۔
دو ہفتوں میں نئی کھڑکیاں، دیوار کا ٹریٹمنٹ، اور ایکسٹریکٹر فین لگ گیا۔ £۷۰۰ معاوضہ بھی ملا۔

Ab unka rule hai ke bachon wale ghar mein mould report ho to 10 din mein surveyor aata hai, sirf paint nahi karte.

Kisi ko madad chahiye ho to mujhe WhatsApp karein [[PHONE:07700 900 903]] 💕 #MakeThingsRight
"""),
    ),
    (
        "fv2am-ur-02",
        "ur",
        _s("""
اسلام علیکم دوستو، یہ پوسٹ میرے ابو جی کے لیے ہے 🙏 please share karein

ابو جی [[PERSON:محمد اسلم چوہدری]]، تاریخ پیدائش [[DATE_OF_BIRTH:۱۵ جون ۱۹۴۴]]، [[ADDRESS:فلیٹ نمبر ۸۴]]، [[ADDRESS:Highgate Heights]]، Sparkbrook [[POSTCODE:B12 9DL]] میں رہتے ہیں۔ گھر [[ORGANISATION:Balsall Park Homes]] کا ہے۔
ابو جی کو 2023 میں [[HEALTH:فالج]] ([[HEALTH:stroke]]) ہوا تھا اور اب وہیل چیئر استعمال کرتے ہیں۔

flat aathwein manzil par hai aur lift mahino se kharab thi 😔 hum ne [[PHONE:0121 496 0482]] par call ki, job no. [[REFERENCE:BPH-JOB-72215]],
phir complaint [[REFERENCE:BPH-CX-1180]]. [[ORGANISATION:Midlands Lift Services]] wale kehte rahe part aa raha hai, part aa raha hai.

ابو جی مہینوں گھر سے نہیں نکلے، [[ADDRESS:جامع مسجد نور الاسلام]] جمعہ کی نماز کے لیے بھی نہیں جا سکے، اور [[ADDRESS:Stoney Lane Surgery]] ki 2 appointments bhi miss ho gayin.

Phir mera bhanja [[PERSON:Danish]] ne Housing Ombudsman ka form bhara, case [[REFERENCE:202419984]]. (screenshot: ombudsman ka letter)

فیصلے کے بعد [[ORGANISATION:Balsall Park Homes]] نے معافی مانگی، لفٹ ٹھیک کی، اور ابو جی کو گراؤنڈ فلور پر [[ADDRESS:فلیٹ نمبر ۲]] میں منتقل کیا جس کا دروازہ چوڑا ہے۔
£1,300 compensation bhi diya — pehle ghalat account mein bheja 🤦‍♂️ phir sahi: sort code [[OTHER_ID:40-47-83]], account [[OTHER_ID:91027736]] (abu ji ka).

Ab unhon ne har building mein disabled residents ki list bana li hai taake lift kharab ho to sab se pehle unhein contact karein.

Koi sawal ho to [[EMAIL:imran.chaudhry.b12@example.co.uk]] par email karein. — [[PERSON:Imran]] #MakeThingsRight #Birmingham
"""),
    ),
    (
        "fv2am-ur-03",
        "ur",
        _s("""
thread 🧵 Longsight wale bhai log zaroor parhein (1/5)

main [[PERSON:Bilal]] hoon ([[OTHER_ID:@bilal_m13]]), [[ADDRESS:64 Northmoor Walk]], [[POSTCODE:m13 0sp]]. landlord [[ORGANISATION:Levenhall Housing]].
2023 se hamari gali ke end pe [[ADDRESS:number 70]] mein drug dealing, raat 3 baje tak gaariyan aati jaati 🚗🚗 meri gaari [[OTHER_ID:MF19 OXL]] ka sheesha 2 dafa toota.

(2/5) meri wife [[PERSON:Sana]] ko [[HEALTH:anxiety]] hai, bachay [[PERSON:Hadi]] ([[AGE:6]]) aur [[PERSON:Aleena]] ([[AGE:3]]) raat ko dar ke uthte.
ASB case [[REFERENCE:LH-ASB-5530]] khola, 4 mahine kuch nahi. officer [[PERSON:Gavin]] kehta tha "we need more diary sheets" 🙄

(3/5) phir Haji [[PERSON:Rafiq]] sahib ne saare padosiyon ko ikattha kiya, 11 gharon ne mil ke complaint ki, ref [[REFERENCE:LH-CMP-8821]],
aur [[OTHER_ID:@LevenhallHousing]] aur local MP ko tag kiya.

(4/5) دو ہفتے میں انہوں نے پولیس کے ساتھ مل کر [[ADDRESS:نمبر 70]] پر closure order لیا، گلی میں CCTV لگایا اور اسٹریٹ لائٹس ٹھیک کیں۔
مجھے گاڑی کے لیے £250 ملے۔ [[PERSON:Gavin]] کی جگہ نئی officer [[PERSON:Shabana]] ([[PERSON:شبانہ]]) آئیں جو ہر ہفتے update دیتی ہیں۔

(5/5) ab rule hai ke jab 3 se zyada ghar ek hi address ki report karein to 10 din mein action plan banega.
ek saath complaint karo bhaiyo, akele koi nahi sunta 💪 DM ya call [[PHONE:07700 900 745]] #MakeThingsRight #Longsight
"""),
    ),
    (
        "fv2am-ur-04",
        "ur",
        _s("""
السلام علیکم 🌷 main [[PERSON:نائلہ]] hoon, Luton se. ye post pehle Luton Mums group mein daali thi, behno ne kaha yahan bhi bhejo.

ہم چھ لوگ ایک بیڈروم کے فلیٹ میں رہتے تھے: [[ADDRESS:فلیٹ ۱۴]]، [[ADDRESS:Hightown Court]]، [[POSTCODE:LU2 0DH]] — [[ADDRESS:Kashmir Sweet Centre]] ke bilkul upar.
میں، میرے شوہر [[PERSON:Adeel]]، بڑا بیٹا [[PERSON:ارحم]] ([[AGE:۱۳ سال]])، بیٹی [[PERSON:Hoorain]] ([[AGE:10 saal]])، اور جڑواں [[PERSON:Musa]] اور [[PERSON:Maryam]] جو [[AGE:ڈھائی سال]] کے ہیں۔
landlord [[ORGANISATION:Lewsey Park Housing]].

[[PERSON:Arham]] living room mein sofa par sota tha aur GCSE ki tayyari kitchen table par karta tha 😔
[[PERSON:Musa]] ko [[HEALTH:eczema]] hai aur ek hi kamre mein garmi aur nami se bohat bura haal hota tha.

housing register number [[REFERENCE:LPH-HR-19055]], band C. Main ne [[PHONE:020 7946 0503]] par baar baar poocha, jawab: "you're on the list".
[[PERSON:Trevor]] naam ke officer ne kaha overcrowding "not statutory" 🤷‍♀️ Phir [[PERSON:Saima]] aapa ne bataya ke kamron ka naap khud likh ke bhejo.

ہم نے شکایت کی، نمبر [[REFERENCE:LPH-C-44102]]، اور [[ADDRESS:Lewsey Health Centre]] کے ڈاکٹر کا خط لگایا، [[PERSON:موسیٰ]] کا NHS نمبر [[OTHER_ID:438 200 1956]] بھی۔
Ombudsman ke paas gaye, case [[REFERENCE:202501447]]. Unhon ne kaha landlord ne kamron ka size check hi nahi kiya.

نتیجہ: band A ملا اور ۶ ہفتوں میں چار بیڈروم کا گھر [[ADDRESS:9 Pastures Way]] پر 🏡 £500 معاوضہ اور معافی کا خط۔
اب وہ ہر overcrowding کیس میں گھر آ کر کمرے ناپتے ہیں، صرف کاغذ پر نہیں۔

Email karna ho to: [[EMAIL:naila dot luton at example dot com]] 💐
"""),
    ),
    (
        "fv2am-ur-05",
        "ur",
        _s("""
سب کو سلام 🙏 ye meri kahani hai, shayad kisi ki madad ho jaye. insta par main [[OTHER_ID:@daniyal_and_mama]] hoon aur blog [[OTHER_ID:www.daniyalsjourney.example.com]] par bhi likhti hoon.

میرا بیٹا [[PERSON:دانیال]] ([[PERSON:Daniyal]]) [[AGE:8 saal]] ka hai aur usay [[HEALTH:Down syndrome]] hai.
ہم [[ADDRESS:17 Palfrey Mews]]، Walsall [[POSTCODE:ws14ha]] میں رہتے ہیں، گھر [[ORGANISATION:Walsall Brook Homes]] کا ہے۔ ہم [[OTHER_SPECIAL:مسیحی]] ہیں اور [[ADDRESS:St Thomas Urdu Fellowship]] جاتے ہیں۔

Pichle saal bathroom ka farsh gal gaya, toilet hil raha tha aur bath ke neeche se paani kitchen ki chhat mein 😩
[[PERSON:Daniyal]] ko bath mein baithna bohat pasand hai, wahi uska sukoon hai, aur 5 mahine woh theek se naha nahi saka.

repairs ko [[PHONE:0121 496 0611]] par call kiya, job [[REFERENCE:WBH-J-58830]]. [[ORGANISATION:Rapid Floors Midlands]] wale 2 dafa aaye aur "survey" kar ke chale gaye.

[[ADDRESS:Caldmore Medical Practice]] ki doctor aur OT ne letter diya. Phir pastor [[PERSON:Samuel Masih]] ne complaint likhne mein madad ki, ref [[REFERENCE:WBH-CX-2093]]. (screenshot: complaint ki acknowledgement email)

شکایت کے بعد [[PERSON:Jade]] ([[PERSON:جیڈ]]) نام کی مینیجر آئیں۔ انہوں نے مانا کہ یہ "urgent" ہونا چاہیے تھا کیونکہ فرش گرنے کا خطرہ تھا۔
دو ہفتوں میں نیا فرش، نیا ٹوائلٹ، اور [[PERSON:Daniyal]] کے لیے grab rails والا نیا باتھ لگ گیا 🛁 £600 معاوضہ بھی۔

اب ان کا اصول ہے: جہاں معذور بچہ ہو وہاں باتھروم کی مرمت urgent category میں جاتی ہے۔

[[PERSON:Daniyal]] ab phir se bath mein khelta hai 😍 kisi ko baat karni ho to mera number: [[PHONE:صفر سات سات صفر صفر، نو صفر صفر، چار چار ایک]] — [[PERSON:Rebecca]]
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
