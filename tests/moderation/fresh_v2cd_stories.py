"""Fresh version-2 PII test stories, batch cd.

Scripts and storyboards for short films, podcasts, radio spots, comic strips and landlord
training videos, as the campaign's comms team, residents and landlords draft them: SCENE 1 /
PANEL 2 / FRAME 3 / INT. KITCHEN - NIGHT headings (المشهد 1، দৃশ্য ২, ਸੀਨ 3, SCENA 4, منظر 1),
speaker names in capitals or in their own script before their lines, stage directions and sound
cues in brackets, voice-over lines, on-screen captions (a repairs line, a complaint reference, an
address on a letter, a handle on a phone screen, a van's number plate, a bank form) and
production notes saying who is real and who is invented. A speaker label is a name like any
other: a real resident's, officer's or child's label is marked every time it appears (JADE:,
PIOTR:, MR OKAFOR: with MR outside, মালিক সাহেব: with সাহেব outside), while characters the notes
declare invented or pseudonymous ("Alfie", "Mrs A", «سامي», "Ewa", ਰਵੀ, "domnul B.", "مسز ک") are
left unmarked in labels, dialogue and directions; a named actor is marked as a person. Kinship
and role labels (NAN, ਬੀਬੀ ਜੀ, ਚਾਚਾ ਜੀ, حبوبة, নানি, NARRATOR, OFFICER, VOICE) are not names; a
real name that is also a word (Grace, Blessing, Sunday, Bill, Rose, Wróbel, Sowa, Lis, Speranța,
Floarea, أمل, তারা, মালিক, راحت, ਸੁਖ) is marked only where it names someone. A title or scene
heading that names the resident or the home ("BILL AND THE BILLS", "THE WATER AT PITCH 11",
EXT. RAVENSWORTH HOUSE - DAY) is marked too. Inflected forms are marked as whole words
(Agnieszce, Kubusiowi, Różo, Ioanei, রুবিনার, হোসেনের); a hyphenated suffix after a
Latin-script name (-কে, -এর) and Arabic clitics (بـ، ل، و) stay outside. A flat number written
with its block is one address span, a named mosque, gurdwara, school or nursery the family uses
or lives by is an address, a sort code, account number, CNP, BRP, NHS number, plate and handle
are each OTHER_ID, and spelled-out emails ("roza kropka kaminska małpa example kropka org") are
marked whole. Event dates, money, durations, counts, towns, hospitals, the Housing Ombudsman,
"the council" and the campaign address gov.uk/social-housing-complaints are left unmarked.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 8 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 77.1% of 35, recall 98.2%, precision 70.8%, on the committed
detector ed1a664 (after round 77); leak-free by language ar 4, bn 4, en 1, pa 4, pl 5, ro 5, ur 4 of 5.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2cd-en-01",
        "en",
        _s("""
"THE FAN NOBODY TESTED" - 90-second film for the toolkit, shooting script v3.
PRODUCTION NOTE: This is a true story and the resident plays herself. [[PERSON:Jade
Okonkwo-Reid]] lives at [[ADDRESS:flat 22, Ravensworth House]], [[POSTCODE:NE6 2TL]], and has
agreed to her first name being used on screen. Her son is played by a child actor and is called
"Alfie" in the script; her real son, [[PERSON:Malachi]], is [[AGE:6]] and has [[HEALTH:asthma]],
and he does not appear. Blur the door number in every exterior shot.

SCENE 1. INT. KITCHEN - NIGHT
(Condensation streams down the window. [[PERSON:JADE]] wipes it with a tea towel that is
already grey.)
[[PERSON:JADE]]: Third time this week. Look at it.
ALFIE: (off, coughing) Mam, my room smells funny again.
[[PERSON:JADE]] (V.O.): I first rang [[ORGANISATION:Tyneside Quay Homes]] in October. Then
November. Then I stopped counting.

SCENE 2. INT. HALLWAY - DAY
([[PERSON:JADE]] on hold, phone on speaker. Tinny hold music.)
CAPTION: Repairs line [[PHONE:0191 498 0372]]
[[PERSON:JADE]]: I want to make a formal complaint. Stage one. Please write that down.
CAPTION: Complaint ref [[REFERENCE:TQH-C-20817]]

SCENE 3. INT. ALFIE'S BEDROOM - DAY
(A surveyor in a hi-vis vest holds a tissue up to the extractor fan. It doesn't move.)
PRODUCTION NOTE: the surveyor is the real one, [[PERSON:Dean Pattinson]], who asked to be in it.
[[PERSON:DEAN]]: That fan's not been tested in years. That's on us, not you.
[[PERSON:JADE]]: Can I have that in writing?
[[PERSON:DEAN]]: You'll have it by Friday.

SCENE 4. EXT. [[ADDRESS:RAVENSWORTH HOUSE]] - DAY
(A new fan on the wall, the walls treated. [[PERSON:JADE]] and ALFIE kick a ball on the green.)
[[PERSON:JADE]] (V.O.): New fan, the mould treated, a survey of the whole block, and an apology
in the stage 2 letter. It took a complaint, not another phone call.
END CARD: Not fixed? Make a complaint. gov.uk/social-housing-complaints
"""),
    ),
    (
        "fv2cd-en-02",
        "en",
        _s("""
"PUT RIGHT" PODCAST - EPISODE 7: "THE COLDEST WINTER". Transcript for the toolkit, lightly
edited.
EDITOR'S NOTE: Both voices are real. The host is [[PERSON:Priya Bhatt]] from the campaign team;
the guest is Mr [[PERSON:Sunday Okafor]], [[AGE:79]], who agreed to be named. His wife
[[PERSON:Grace]] is mentioned with her permission.

[SOUND: a kettle coming to the boil, a clock ticking]
[[PERSON:PRIYA]]: Mr [[PERSON:Okafor]], take us back to that January.
MR [[PERSON:OKAFOR]]: It was a Sunday morning - my name and the day, you see - and the boiler
stopped. No heat, no hot water. [[PERSON:Grace]] has [[HEALTH:COPD]]; the cold goes straight to
her chest.
[[PERSON:PRIYA]]: And your landlord is...
MR [[PERSON:OKAFOR]]: [[ORGANISATION:Kirkstall Vale Housing Association]]. We have been at
[[ADDRESS:41 Albion Terrace]] twenty-six years, [[POSTCODE:LS11 8QT]], the postcode their
engineers could never find. I rang [[PHONE:0113 496 0218]] five times. Each time: "an engineer
will call you back."
[[PERSON:PRIYA]]: What changed?
MR [[PERSON:OKAFOR]]: My granddaughter, [[PERSON:Blessing]]. She is a student nurse, very
organised. She wrote to [[EMAIL:complaints@kirkstallvale.example.org]] and put "FORMAL COMPLAINT"
at the top, with our tenancy reference, [[REFERENCE:KV/0448213]], and a list of every call.
[SOUND: paper rustling]
[[PERSON:PRIYA]]: And the reply?
MR [[PERSON:OKAFOR]]: Within ten working days. They said sorry, they said the first call was
logged as "routine" when it should have been an emergency, a new boiler in four days, and two
hundred pounds for the electric heaters we ran.
[[PERSON:PRIYA]]: Anything you would say to someone listening?
MR [[PERSON:OKAFOR]]: Do not wait for the will of God to mend a boiler. Complain, and write it
down. A blessing is good; a reference number is better.
[[PERSON:PRIYA]] (OUTRO): If your landlord hasn't put things right, you can complain, and you
no longer need an MP or a councillor to take it to the Housing Ombudsman.
gov.uk/social-housing-complaints.
"""),
    ),
    (
        "fv2cd-en-03",
        "en",
        _s("""
COMIC STRIP: "[[PERSON:BILL]] AND THE BILLS" - six panels, brief for the illustrator.
NOTE: The man in the strip is drawn from life and keeps his real name: [[PERSON:Bill Stroud]],
[[AGE:66]], who uses a wheelchair because of [[HEALTH:multiple sclerosis]]. His neighbour and
carer, [[PERSON:Rose Adeyemi]], is real too and is happy to be drawn. The housing officer is
invented ("Mr Finch"). Don't draw the real house number on the door.

PANEL 1. A small bungalow in the rain. A bucket under a brown stain on the ceiling.
CAPTION: [[ADDRESS:3 Wren Close]], [[POSTCODE:BS13 8HU]]. The roof had leaked since the spring.
[[PERSON:BILL]]: Forty quid extra on the electric bill just drying the carpet.

PANEL 2. [[PERSON:Bill]] at the table with a pile of envelopes; one says FINAL DEMAND.
[[PERSON:BILL]]: Bills I can pay. A roof I can't climb.

PANEL 3. [[PERSON:Rose]] holds up her phone, grinning.
[[PERSON:ROSE]]: I've put it on the residents' page, [[PERSON:Bill]], and tagged them.
CAPTION (small, on the phone screen): [[OTHER_ID:@WrenCloseRose]] tagged
[[OTHER_ID:@SevernsideLiving]]: "Eight weeks with a bucket. Please."

PANEL 4. MR FINCH on [[PERSON:Bill]]'s doorstep with a tablet.
MR FINCH: We're logging this as a stage 1 complaint, Mr [[PERSON:Stroud]]. Your reference is
[[REFERENCE:SL-40291]].
[[PERSON:BILL]]: Second time lucky.

PANEL 5. A roofer's van in the close, the plate readable.
CAPTION: The van says [[ORGANISATION:Hartcliffe Roofing Ltd]], reg [[OTHER_ID:WU19 KTF]].
(Illustrator: this is the real van from the photos - change the plate.)

PANEL 6. A dry ceiling, sunlight. [[PERSON:Bill]] and [[PERSON:Rose]] with mugs of tea.
CAPTION: Five weeks after the complaint, [[ORGANISATION:Severnside Living]] had replaced the
roof, paid £350 for the carpet and apologised for closing the first three repair jobs unfinished.
[[PERSON:ROSE]]: Told you. [[PERSON:Rose]] by name, thorn by nature.
CAPTION: gov.uk/social-housing-complaints
"""),
    ),
    (
        "fv2cd-en-04",
        "en",
        _s("""
RADIO / AUDIO SPOT (60 seconds) - "THE WATER AT [[ADDRESS:PITCH 11]]". Script with production notes.
PRODUCTION NOTE: Based on a complaint by [[PERSON:Bridget Ward]], known on the site as
[[PERSON:Biddy]], an [[OTHER_SPECIAL:Irish Traveller]] who lives at [[ADDRESS:pitch 11]],
[[ADDRESS:Long Drove Caravan Site]], [[POSTCODE:PE14 9RX]]. [[PERSON:Biddy]] voices herself. Her
grandson's part is read by an actor and is called "Kieran" in the script, but the real boy,
[[PERSON:Little Johnny]] ([[PERSON:Johnny Ward]], [[AGE:9]]), is named by [[PERSON:Biddy]] in the
last line and she wants it kept.

[SFX: wind over flat fields, a standpipe spluttering]
[[PERSON:BIDDY]]: Four months the water's been brown at the amenity block. Four months I've
boiled every drop.
KIERAN: Nan, the kettle's gone orange inside.
[[PERSON:BIDDY]] (to mic): I went to the warden, I went to the office. "We'll pass it on." Pass it
on to who?
[SFX: a phone ringing out, then answered]
OFFICER (filtered): [[ORGANISATION:South Marsh District Council]], housing, how can I help?
[[PERSON:BIDDY]]: I'm making a complaint. Not a request, a complaint. [[PERSON:Bridget Ward]],
[[ADDRESS:pitch eleven]].
OFFICER: I'll log that now. Your reference is [[REFERENCE:SMDC/GTS/0093]].
[SFX: a digger, men shouting over it]
NARRATOR: Within six weeks the council had replaced the corroded pipework to all fourteen
pitches and agreed to test the water every quarter. Its stage 2 letter apologised for treating
Mrs [[PERSON:Ward]]'s reports as "general feedback".
[[PERSON:BIDDY]]: And tell them [[PERSON:Little Johnny]] says the tea tastes like tea again.
NARRATOR: If your home isn't right, make a complaint. Find out how at
gov.uk/social-housing-complaints. The council's housing line is [[PHONE:01632 960417]].
"""),
    ),
    (
        "fv2cd-en-05",
        "en",
        _s("""
STORYBOARD - staff training film "LISTEN FIRST", made by the complaints team at
[[ORGANISATION:Pendle Brook Homes]] for the Make Things Right toolkit.
PRODUCTION NOTES (remove before sharing): The resident in the film is called "Mrs A" and is
played by an actor. The real resident is Mrs [[PERSON:Halima Yusuf]] of
[[ADDRESS:17 Bramble Way]], [[POSTCODE:BB9 5EL]], who asked not to be identified. Her daughter,
[[PERSON:Ruqayyah]], [[AGE:11]], goes to [[ADDRESS:Walverden Primary School]] and must not
appear; don't film outside [[ADDRESS:Clayton Street Mosque]] either, she lives across the road.
The prop GP letter in frame 4 was copied from the real one: replace the NHS number
[[OTHER_ID:943 476 5919]] and the date of birth [[DATE_OF_BIRTH:14/02/2014]] before filming.
The complaints officer is played by our real officer, [[PERSON:Marcus Feeney]].

FRAME 1. Close on a ceiling stained brown. TEXT ON SCREEN: "Repair requested 11 times."
FRAME 2. MRS A at her front door holding a thick folder.
MRS A: Every time a new man. Every time, "we'll order the part."
FRAME 3. The office. [[PERSON:MARCUS]] reading the file on two screens.
[[PERSON:MARCUS]] (V.O.): We'd closed each job as done. Nobody had read the whole history.
FRAME 4. The GP letter on the kitchen table, blurred except one line: "cold and damp are a risk
for her [[HEALTH:sickle cell disease]]".
FRAME 5. [[PERSON:MARCUS]] at the door.
[[PERSON:MARCUS]]: I'm sorry. You shouldn't have had to tell us eleven times. Your complaint
reference is [[REFERENCE:PBH-CMP-7712]], and it's mine until it's done.
FRAME 6. Roofers at work, then the same ceiling, dry and painted.
CAPTION: Roof replaced in 19 days. £600 compensation. Repeat repairs now reviewed as one
history, not one job at a time.
FRAME 7. End card: complaints line [[PHONE:0161 496 0553]],
[[EMAIL:listen@pendlebrook.example.com]], gov.uk/social-housing-complaints.
"""),
    ),
    (
        "fv2cd-ar-01",
        "ar",
        _s("""
فيلم قصير (دقيقتان) لحملة «Make Things Right» — نص التصوير النهائي.
ملاحظة الإنتاج: القصة حقيقية، وصاحبة الشكوى تؤدي دورها بنفسها. هي [[PERSON:سلمى الخطيب]]
([[PERSON:Salma Al-Khatib]])، وتسكن في [[ADDRESS:الشقة 7، Heathfield Court]]، [[POSTCODE:B19 3LT]]،
ووافقت على ظهور اسمها الأول فقط. الابن في الفيلم يؤديه ممثل صغير واسمه في النص «سامي»، وهو اسم
مستعار؛ أما ابنها الحقيقي [[PERSON:يوسف]] فعمره [[AGE:ثماني سنوات]] ومصاب ب[[HEALTH:الربو]]، ولن يظهر
أمام الكاميرا.

المشهد 1 — داخلي. غرفة الأطفال — ليلاً
(بقع عفن سوداء في زاوية السقف. [[PERSON:سلمى]] تمسح الجدار بقطعة قماش.)
[[PERSON:سلمى]]: عادت الرائحة من جديد. ثلاث مرات هذا الشهر.
سامي: (يسعل) ماما، لا أستطيع النوم.
[[PERSON:سلمى]] (صوت من خارج الكادر): اتصلت بـ[[ORGANISATION:Brindley Canal Homes]] ست مرات في
شهرين. كانوا يرسلون رجلاً يدهن الجدار ويمضي.

المشهد 2 — داخلي. المطبخ — نهاراً
([[PERSON:سلمى]] تكتب على هاتفها.)
نص على الشاشة: خط الصيانة [[PHONE:0121 496 0784]]
نص على الشاشة: إلى [[EMAIL:complaints@brindleycanal.example.org]] — «شكوى رسمية، المرحلة الأولى»
نص على الشاشة: رقم عقد الإيجار [[REFERENCE:BCH-TN-660274]]
[[PERSON:سلمى]]: (تقرأ بصوت عالٍ) «ابني مصاب ب[[HEALTH:الربو]]، وتقرير الطبيب مرفق.»

المشهد 3 — داخلي. غرفة الأطفال — نهاراً
(مسّاح المبنى الحقيقي، [[PERSON:غاريث ديفيز]] ([[PERSON:Gareth Davies]])، وافق على الظهور باسمه. يضع
جهاز قياس الرطوبة على الجدار.)
[[PERSON:غاريث]]: المشكلة في العزل وفي مروحة الشفط. ليس ذنبك يا سيدة [[PERSON:الخطيب]].
[[PERSON:سلمى]]: هل تكتب لي هذا؟
[[PERSON:غاريث]]: سيصلك خطياً يوم الجمعة.

المشهد 4 — خارجي. أمام [[ADDRESS:Heathfield Court]] — نهاراً
(عمّال يركّبون مروحة جديدة. [[PERSON:سلمى]] وسامي يلوّحان للكاميرا.)
[[PERSON:سلمى]] (صوت من خارج الكادر): جاء الرد خلال عشرة أيام عمل: اعتذار مكتوب، وعزل جديد،
ومروحة، وتعويض قدره 300 جنيه. الشكوى المكتوبة هي التي غيّرت كل شيء.
نص على الشاشة: لم تُحلّ مشكلتك؟ قدّم شكوى. gov.uk/social-housing-complaints
"""),
    ),
    (
        "fv2cd-ar-02",
        "ar",
        _s("""
بودكاست «صوت السكان» — الحلقة 12: «الماء من السقف». النص كما سيُنشر في الحقيبة الإعلامية.
ملاحظة المحرر: الصوتان حقيقيان. الضيف [[PERSON:حيدر جاسم]]، المعروف بـ«[[PERSON:أبو خالد]]»،
[[AGE:58 عاماً]]، من أصل [[OTHER_SPECIAL:عراقي]]، ووافق على ذكر اسمه. المقدّمة [[PERSON:ليلى منصور]] من
فريق الحملة. ابنته [[PERSON:أمل]] تُذكر في الحلقة بموافقتها.

[موسيقى افتتاحية]
[[PERSON:ليلى]]: أهلاً بكم في حلقة جديدة. معي اليوم [[PERSON:أبو خالد]]. أهلاً بك.
[[PERSON:أبو خالد]]: أهلاً وسهلاً، الله يسلّمك.
[[PERSON:ليلى]]: احكِ لنا ما حدث.
[[PERSON:أبو خالد]]: نسكن في [[ADDRESS:23 شارع كلارندون]]، [[POSTCODE:M15 5RJ]]، منذ تسع سنوات. في
الشتاء الماضي بدأ الماء ينزل من سقف الحمّام إلى المطبخ. اتصلتُ بـ[[ORGANISATION:Irwell Bridge Housing]]
على الرقم [[PHONE:0161 496 0927]] مرات لا أعدّها.
[[PERSON:ليلى]]: وماذا كان الرد؟
[[PERSON:أبو خالد]]: «سنرسل فنّياً». ولم يأتِ أحد. بصراحة فقدتُ الأمل. ثم قالت لي [[PERSON:أمل]]: يا
بابا، هذه ليست طلبات صيانة، هذه شكوى، ولها مراحل ومواعيد.
[[PERSON:ليلى]]: وماذا فعلت [[PERSON:أمل]]؟
[[PERSON:أبو خالد]]: كتبت الشكوى بالإنجليزية وأرسلتها، ومعها رقم الطلب القديم
[[REFERENCE:IBH-55190]] وصور السقف، وذكرت أن أمها مصابة ب[[HEALTH:التهاب المفاصل الروماتويدي]]
وانزلقت على أرض المطبخ المبلّلة.
[[PERSON:ليلى]]: وبعد ذلك؟
[[PERSON:أبو خالد]]: بعد أسبوعين جاء السبّاك والنجّار، وأصلحوا الأنبوب والسقف، ودفعوا 250 جنيهاً
تعويضاً، ووصلتنا رسالة اعتذار موقّعة من مديرة الشكاوى، السيدة [[PERSON:هيلين]].
[[PERSON:ليلى]]: نصيحتك للمستمعين؟
[[PERSON:أبو خالد]]: لا تسكتوا. اكتبوا كلمة «شكوى»، واحفظوا الرقم، ولا تفقدوا الأمل.
[[PERSON:ليلى]] (الختام): إذا لم يُصلح المالك المشكلة، يمكنك الآن التوجّه إلى أمين مظالم الإسكان دون
المرور بنائب أو عضو مجلس محلي. التفاصيل على gov.uk/social-housing-complaints.
"""),
    ),
    (
        "fv2cd-ar-03",
        "ar",
        _s("""
قصة مصوّرة من ست لوحات — «حبوبة والمصعد». توجيهات للرسّام.
ملاحظة: الشخصية الرئيسية حقيقية وتريد أن يظهر اسمها: الحاجة [[PERSON:فاطمة عبد الرحيم]]،
[[AGE:73 سنة]]، [[OTHER_SPECIAL:سودانية]]، تسكن في الطابق الرابع من [[ADDRESS:Marlowe House]]،
[[POSTCODE:CF10 5JP]]. حفيدها [[PERSON:مصطفى]] حقيقي أيضاً. موظف الإسكان في القصة اسمه «توم»، وهو
شخصية مخترعة.

اللوحة 1: مصعد عليه ورقة «معطّل». الحاجة [[PERSON:فاطمة]] تنظر إلى الدرج وتمسك ركبتها.
تعليق: المصعد معطّل منذ ثلاثة أسابيع، وركبتاها مصابتان ب[[HEALTH:خشونة المفاصل]].
[[PERSON:فاطمة]]: أربعة طوابق يا رب...

اللوحة 2: [[PERSON:مصطفى]] يصوّر المصعد بهاتفه.
[[PERSON:مصطفى]]: يا حبوبة، سأنشر الصورة وأكتب لهم.
تعليق (على شاشة الهاتف): [[OTHER_ID:@mustafa.cdf]] يكتب إلى [[OTHER_ID:@TaffEmbankment]]: «جدتي
عمرها [[AGE:73]] ولم تخرج من البيت منذ أسبوعين.»

اللوحة 3: توم على الهاتف في المكتب.
توم: هل تريدين تقديم شكوى رسمية يا حاجة؟
[[PERSON:فاطمة]]: نعم، شكوى. اكتبها.
تعليق (على شاشة توم): رقم الشكوى [[REFERENCE:TEH/CS/3318]] — تاريخ الميلاد
[[DATE_OF_BIRTH:2 مارس 1952]]

اللوحة 4: فنّيون من [[ORGANISATION:Bay Lift Services]] يفتحون باب المصعد.
تعليق: بعد الشكوى أصلحت [[ORGANISATION:Taff Embankment Homes]] المصعد خلال خمسة أيام، ووعدت بإبلاغ
السكان بأي عطل خلال 24 ساعة وبزيارة من يحتاجون المساعدة.

اللوحة 5: الحاجة [[PERSON:فاطمة]] تخرج من المصعد إلى الشارع وفي يدها كيس خبز، و[[PERSON:مصطفى]]
يحمل عنها الباقي.
[[PERSON:فاطمة]]: الحمد لله. الشكوى نفعت.

اللوحة 6: نص الختام: «الشكوى حقّك. للمساعدة: [[PHONE:029 2018 0463]] أو
gov.uk/social-housing-complaints»
"""),
    ),
    (
        "fv2cd-ar-04",
        "ar",
        _s("""
دراما إذاعية قصيرة (ثلاث دقائق) — «فوق الدكّان». نص مع ملاحظات الإنتاج.
ملاحظة الإنتاج: الأسماء في الدراما مستعارة: الأب «سالم» والأم «نجلاء» والبنت «هدى». القصة لعائلة
حقيقية من [[OTHER_SPECIAL:اليمن]]: [[PERSON:عبد الله الحُميدي]] وزوجته [[PERSON:نسرين]]، يسكنان الشقة فوق
[[ADDRESS:بقالة السعيد]]، [[ADDRESS:148 London Road]]، [[POSTCODE:S2 4LA]]. رقم طلب الإصلاح الذي تقرؤه
نجلاء في المشهد 2 هو الرقم الحقيقي ووافقت العائلة عليه؛ أما رقم التأمين الوطني ل[[PERSON:عبد الله]]،
[[NI_NUMBER:JT 48 29 17 B]]، الظاهر في الرسالة الأصلية فلا يُقرأ على الهواء.

[مؤثرات: جرس باب الدكّان، سيارات في الخارج]
المشهد 1 — المطبخ — ليلاً
[صوت طقطقة، ثم انطفاء الكهرباء]
نجلاء: سالم! الكهرباء انقطعت مرة ثالثة.
سالم: والمقبس في غرفة هدى أسود من الحرارة. شممتِ الرائحة؟
هدى: بابا، كنت أذاكر على ضوء الهاتف.
الراوي: منذ الصيف والأسلاك القديمة في الشقة تسخن وتنطفئ. البلاغات كثيرة، والزيارات قصيرة.

المشهد 2 — المطبخ — صباحاً
نجلاء: (تقرأ) «طلب الإصلاح رقم [[REFERENCE:SVH-R-88412]] مُغلق.» مغلق؟ والمقبس ما زال محروقاً!
سالم: هذه المرة لن أتصل. سنكتب شكوى رسمية.

المشهد 3 — مكتب — نهاراً
الراوي: الموظفة الحقيقية التي تولّت الشكوى، [[PERSON:كلير بينيت]] من [[ORGANISATION:Sheaf Valley Homes]]،
تؤدي صوتها بنفسها.
[[PERSON:كلير]]: قرأت الملف كله. سبع زيارات ولم يفحص أحد لوحة الكهرباء. هذا خطؤنا، وأعتذر.
سالم: وابنتي؟ تنام والمقبس بجانب سريرها.
[[PERSON:كلير]]: الكهربائي عندكم غداً صباحاً، وإعادة تمديد الأسلاك خلال أسبوعين.

المشهد 4 — الدكّان — نهاراً
[مؤثرات: جرس الباب، ضحك]
الراوي: أُعيد تمديد أسلاك الشقة كلها، وتلقّت العائلة اعتذاراً مكتوباً وتعويضاً قدره 400 جنيه. هذه
قصة [[PERSON:عبد الله]] و[[PERSON:نسرين]]، جيراننا فوق [[ADDRESS:بقالة السعيد]].
الراوي: إذا لم يُصلح المالك بيتك، قدّم شكوى. اتصل بخط الإسكان [[PHONE:0114 496 0358]] أو زر
gov.uk/social-housing-complaints.
"""),
    ),
    (
        "fv2cd-ar-05",
        "ar",
        _s("""
لوحة القصة (ستوري بورد) — فيديو تدريبي من [[ORGANISATION:Lea Marsh Housing Trust]] بعنوان «الباب الذي لا
يُغلق».
ملاحظات الإنتاج (تُحذف قبل النشر): في الفيديو تُسمّى العائلة «عائلة م.» ويؤدي الأدوار ممثلون. العائلة
الحقيقية: السيد [[PERSON:مجدي فرج]] وزوجته [[PERSON:هبة]]، في [[ADDRESS:الشقة 4ب]] من مبنى
[[ADDRESS:Ferncliff House]]، [[POSTCODE:E5 0LH]]. ابنهما [[PERSON:آدم]]، [[AGE:أربع سنوات]]، مصاب
ب[[HEALTH:التوحّد]] ويذهب إلى [[ADDRESS:حضانة Rainbow Corner]]؛ لا يظهر اسم الحضانة ولا
[[ADDRESS:مسجد النور]] المقابل للمبنى في أي لقطة. مسؤولة الشكاوى في الفيديو هي الموظفة الحقيقية
[[PERSON:ديبورا كوين]] ([[PERSON:Deborah Quinn]]).

الإطار 1: باب المدخل الرئيسي للمبنى مفتوح على مصراعيه، قفله مكسور. نص على الشاشة: «أول بلاغ: 3
أكتوبر».
الإطار 2: الأم (ممثلة) تركض في الممرّ نحو الشارع.
الأم: يا حبيبي، ارجع!
تعليق: خرج الطفل إلى الشارع وحده مرتين خلال شهر.
الإطار 3: المكتب. [[PERSON:ديبورا]] تقرأ الملف على الشاشة.
[[PERSON:ديبورا]] (صوت من خارج الكادر): سجّلنا البلاغ ثلاث مرات على أنه «إصلاح عادي». لم يقرأ أحد أن
في البيت طفلاً مصاباً ب[[HEALTH:التوحّد]].
الإطار 4: الأب على الهاتف. نص على الشاشة: خط الشكاوى [[PHONE:020 7946 0729]] — رقم الشكوى
[[REFERENCE:LMHT-C-3051]]
الأب: هذه شكوى رسمية. ابني في خطر.
الإطار 5: [[PERSON:ديبورا]] عند الباب مع فنّي.
[[PERSON:ديبورا]]: أنا آسفة. كان يجب أن يُعامل هذا كأمر طارئ من أول يوم.
الإطار 6: باب جديد بقفل مغناطيسي وزرّ خروج مرتفع.
تعليق: استُبدل الباب خلال 72 ساعة من الشكوى، مع تعويض 350 جنيهاً. صار كل بلاغ عن باب مدخل يُعامل
كبلاغ طارئ، ويُسأل المتصل: هل في البيت من يحتاج حماية خاصة؟
الإطار 7: بطاقة الختام: [[EMAIL:complaints@leamarsh.example.org]] — gov.uk/social-housing-complaints
"""),
    ),
    (
        "fv2cd-bn-01",
        "bn",
        _s("""
ছোট ভিডিও (৯০ সেকেন্ড) — «ভাঙা জানালা», শুটিং স্ক্রিপ্ট।
প্রোডাকশন নোট: গল্পটি সত্য। বাসিন্দা [[PERSON:রুবিনা বেগম]] নিজের ভূমিকায় অভিনয় করছেন এবং পর্দায় শুধু
প্রথম নাম দেখানোর অনুমতি দিয়েছেন। তিনি থাকেন [[ADDRESS:ফ্ল্যাট ৩১, Mallory House]], [[POSTCODE:E1 2QN]]।
ভিডিওতে ছেলের নাম «রাফি» — এটি ছদ্মনাম, চরিত্রটি করছে একজন শিশু অভিনেতা। আসল ছেলে
[[PERSON:আয়ান]], বয়স [[AGE:৫ বছর]], তার [[HEALTH:হাঁপানি]] আছে; সে ক্যামেরায় আসবে না।

দৃশ্য ১। ভেতরে — শোবার ঘর — রাত
(জানালার ফ্রেম পচে ফাঁক হয়ে গেছে, ঠান্ডা বাতাস ঢুকছে। [[PERSON:রুবিনা]] কার্ডবোর্ড দিয়ে ফাঁক বন্ধ
করছেন।)
[[PERSON:রুবিনা]]: আবার বাতাস ঢুকছে। দুটো কম্বল দিয়েও হয় না।
রাফি: (কাশতে কাশতে) আম্মু, খুব ঠান্ডা।
[[PERSON:রুবিনা]] (ভয়েস-ওভার): [[ORGANISATION:Limehouse Cut Homes]]-কে তিনবার ফোন করেছি। প্রতিবার
বলে, "নোট করে রাখলাম।"

দৃশ্য ২। ভেতরে — রান্নাঘর — দিন
([[PERSON:রুবিনার]] ছোট বোন [[PERSON:শাহনাজ]] ল্যাপটপে টাইপ করছেন। তিনিও সত্যিকারের মানুষ, নিজের
ভূমিকায়।)
পর্দায় লেখা: প্রতি: [[EMAIL:complaints@limehousecut.example.org]] — "আনুষ্ঠানিক অভিযোগ, প্রথম ধাপ"
পর্দায় লেখা: ভাড়াটিয়া নম্বর [[REFERENCE:LCH-118-4472]]
[[PERSON:শাহনাজ]]: "অভিযোগ" শব্দটা লিখতেই হবে, আপা। নাহলে ওরা এটাকে মেরামতের অনুরোধ ধরে রাখবে।

দৃশ্য ৩। ভেতরে — শোবার ঘর — দিন
(আসল মেরামত কর্মকর্তা [[PERSON:ড্যানিয়েল ওয়েস্ট]] ([[PERSON:Daniel West]]) নিজেই অভিনয় করছেন। তিনি
জানালা মাপছেন।)
[[PERSON:ড্যানিয়েল]]: পুরো ফ্রেমটাই পচে গেছে। জোড়াতালি নয়, নতুন জানালা লাগবে।
[[PERSON:রুবিনা]]: এটা লিখে দেবেন?
[[PERSON:ড্যানিয়েল]]: শুক্রবারের মধ্যে চিঠি পাবেন।

দৃশ্য ৪। বাইরে — [[ADDRESS:Mallory House]]-এর সামনে — দিন
(নতুন জানালা। [[PERSON:রুবিনা]] আর রাফি হাসিমুখে হাত নাড়ছে।)
[[PERSON:রুবিনা]] (ভয়েস-ওভার): দুই সপ্তাহে নতুন জানালা, ক্ষমা চেয়ে চিঠি আর ১৫০ পাউন্ড ক্ষতিপূরণ।
ফোনে হয়নি, লিখিত অভিযোগে হয়েছে।
শেষ কার্ড: সমস্যার সমাধান হয়নি? অভিযোগ করুন। gov.uk/social-housing-complaints — হেল্পলাইন
[[PHONE:020 7946 0381]]
"""),
    ),
    (
        "fv2cd-bn-02",
        "bn",
        _s("""
পডকাস্ট «ঘরের কথা» — পর্ব ৫: «ছাদের পানি»। প্রকাশের জন্য লিখিত রূপ।
সম্পাদকের নোট: দুজনই আসল মানুষ। অতিথি জনাব [[PERSON:আব্দুল মালিক চৌধুরী]], [[AGE:৬৭ বছর]], নাম
প্রকাশে রাজি হয়েছেন। উপস্থাপক [[PERSON:নাজমা খাতুন]] প্রচারণা দলের সদস্য। অতিথির মেয়ে
[[PERSON:তারা]]-র নামও অনুমতি নিয়ে রাখা হয়েছে।

[শুরুর সুর]
[[PERSON:নাজমা]]: আসসালামু আলাইকুম। আজ আমাদের সঙ্গে আছেন [[PERSON:মালিক]] সাহেব।
[[PERSON:মালিক]] সাহেব: ওয়ালাইকুম আসসালাম।
[[PERSON:নাজমা]]: কী হয়েছিল, একটু বলুন।
[[PERSON:মালিক]] সাহেব: আমরা থাকি [[ADDRESS:৮৮ কপস্টার গ্রোভ]], ওল্ডহ্যাম, [[POSTCODE:OL8 1QD]] —
বাইশ বছর ধরে। গত বর্ষায় ছাদ দিয়ে পানি পড়তে শুরু করল। [[ORGANISATION:Pennine Edge Housing]]-এ
[[PHONE:0161 496 0145]] নম্বরে ফোন করলাম, তারা বলল লোক পাঠাবে।
[[PERSON:নাজমা]]: পাঠাল?
[[PERSON:মালিক]] সাহেব: একবার এল, বালতি রেখে গেল। আমার [[HEALTH:ডায়াবেটিস]] আর [[HEALTH:হৃদরোগ]]
আছে, ভেজা মেঝেতে পা পিছলে পড়ে গেলাম।
[[PERSON:নাজমা]]: তারপর?
[[PERSON:মালিক]] সাহেব: আমার মেয়ে [[PERSON:তারা]] বলল, আব্বা, এটা মেরামতের অনুরোধ না, এটা
অভিযোগ। সে ছবিসহ ইমেইল করল, আমাদের টেন্যান্সি নম্বর [[REFERENCE:PEH/77/30915]] দিয়ে, ওপরে বড়
করে লিখল "FORMAL COMPLAINT"।
[[PERSON:নাজমা]]: উত্তর এল?
[[PERSON:মালিক]] সাহেব: দশ দিনের মধ্যে। তারা ভুল স্বীকার করল। নতুন ছাদ, ২০০ পাউন্ড ক্ষতিপূরণ, আর
অফিসার মিস [[PERSON:জেমা]] নিজে এসে দেখে গেলেন।
[[PERSON:নাজমা]]: শ্রোতাদের কী বলবেন?
[[PERSON:মালিক]] সাহেব: চুপ করে থাকবেন না। লিখে অভিযোগ করুন, নম্বরটা রেখে দিন।
[[PERSON:নাজমা]] (সমাপ্তি): বাড়ির মালিক বা হাউজিং অ্যাসোসিয়েশন সমস্যা ঠিক না করলে অভিযোগ করুন;
এখন সরাসরি হাউজিং অম্বাডসম্যানের কাছেও যেতে পারেন। বিস্তারিত: gov.uk/social-housing-complaints
"""),
    ),
    (
        "fv2cd-bn-03",
        "bn",
        _s("""
কমিক স্ট্রিপ — «দরজার তালা», ছয় প্যানেল। শিল্পীর জন্য নির্দেশনা।
নোট: মা [[PERSON:সুমাইয়া আক্তার]] নিজের নামেই থাকতে চান। ছেলে [[PERSON:ইশান]], [[AGE:৭ বছর]], তার
[[HEALTH:অটিজম]] আছে; তাকে পেছন থেকে আঁকবেন, মুখ দেখাবেন না। সে পড়ে
[[ADDRESS:Maple Brook Primary School]]-এ — স্কুলের ব্যাজ বা নাম ছবিতে রাখবেন না। ঠিকানা:
[[ADDRESS:১৯ নম্বর ফ্ল্যাট, Carlow House]], [[POSTCODE:LU4 9HS]]। নানি চরিত্রটি সত্যি, কিন্তু তাঁর নাম
ব্যবহার হবে না।

প্যানেল ১: ব্লকের প্রধান দরজা, তালা ভাঙা, দরজা আধখোলা।
ক্যাপশন: [[ADDRESS:Carlow House]]-এর প্রধান দরজা তিন মাস ধরে ভাঙা।

প্যানেল ২: [[PERSON:সুমাইয়া]] রাস্তার দিকে দৌড়াচ্ছেন।
[[PERSON:সুমাইয়া]]: [[PERSON:ইশান]]! দাঁড়াও!
ক্যাপশন: এক মাসে দুবার [[PERSON:ইশান]] একা রাস্তায় চলে গিয়েছিল।

প্যানেল ৩: নানি জানালা থেকে ডাকছেন।
নানি: ফোনে আর হবে না, মা। এবার লিখিত অভিযোগ কর।

প্যানেল ৪: [[PERSON:সুমাইয়া]] ফোন হাতে। স্ক্রিনে বড় অক্ষরে লেখা।
ক্যাপশন (স্ক্রিনে): [[ORGANISATION:Chalk Hill Homes]] অভিযোগ বিভাগ [[PHONE:01632 960218]] — অভিযোগ
নম্বর [[REFERENCE:CHH-C-90431]]
[[PERSON:সুমাইয়া]]: আমার ছেলের [[HEALTH:অটিজম]] আছে। এটা মেরামতের ব্যাপার না, এটা নিরাপত্তার প্রশ্ন।

প্যানেল ৫: একটা ভ্যান, গায়ে লেখা [[ORGANISATION:Chiltern Door Systems]], নম্বর প্লেট
[[OTHER_ID:KP21 WXN]]।
(শিল্পী: ছবিটা আসল ভ্যানের, প্লেটের নম্বর বদলে দিন।)

প্যানেল ৬: নতুন দরজা, কার্ড দিয়ে খোলে, হাতল উঁচুতে। [[PERSON:ইশান]] মায়ের হাত ধরে আছে।
ক্যাপশন: অভিযোগের ১২ দিনের মধ্যে নতুন দরজা বসল। বাড়িওয়ালা প্রতি সপ্তাহে দরজা পরীক্ষা করার কথা দিল,
আর ক্ষমা চেয়ে চিঠি পাঠাল। অভিযোগ কাজে দেয়। gov.uk/social-housing-complaints
"""),
    ),
    (
        "fv2cd-bn-04",
        "bn",
        _s("""
অডিও নাটক (তিন মিনিট) — «চারজনের এক ঘর»। প্রোডাকশন নোটসহ স্ক্রিপ্ট।
প্রোডাকশন নোট: নাটকে নামগুলো বদলানো: বাবা «কামরুল», মা «রিনা»। গল্পটি এক সত্যিকারের
[[OTHER_SPECIAL:বাংলাদেশি]] পরিবারের: [[PERSON:জসিম উদ্দিন]], স্ত্রী [[PERSON:পারভীন সুলতানা]], আর যমজ ছেলে
[[PERSON:হাসান]] ও [[PERSON:হোসেন]], বয়স [[AGE:১২]]। ঠিকানা [[ADDRESS:১৪ অ্যাশবি গ্রোভ]],
[[POSTCODE:LS8 5PT]]। [[PERSON:হোসেনের]] [[HEALTH:মৃগীরোগ]] আছে। কাউন্সিলের আসল অফিসার
[[PERSON:প্রিয়াঙ্কা দাস]] নিজের কণ্ঠ দিয়েছেন।

[শব্দ: ছোট ঘরে দুটো বাংক বেড, কাশি, দূরে ট্রেন]
দৃশ্য ১। রাত।
রিনা: ছেলে দুটো এক ঘরে, ছোটটার আবার রাতে খিঁচুনি হলো।
কামরুল: কাউন্সিলকে তো ছয় মাস আগে মেডিক্যাল ফর্ম দিয়েছি।
বর্ণনাকারী: হাউজিং রেজিস্টারে পরিবারটি ছিল ব্যান্ড ৩-এ। ডাক্তারের চিঠি ফাইলে ছিল, কিন্তু কেউ পড়েনি।

দৃশ্য ২। দিন। রান্নাঘর।
রিনা: (চিঠি পড়ে) "আপনার আবেদন নম্বর [[REFERENCE:LCC-HR-447120]], ব্যান্ড ৩।" আবার সেই একই কথা!
কামরুল: এবার অভিযোগ করব। লিখে।
[শব্দ: কিবোর্ড]
বর্ণনাকারী: তারা [[ORGANISATION:Leeds City Council]]-এর কাছে আনুষ্ঠানিক অভিযোগ পাঠাল, সঙ্গে জিপির চিঠি
আর [[PERSON:জসিমের]] ন্যাশনাল ইনস্যুরেন্স নম্বর [[NI_NUMBER:SN 63 71 02 C]], যা আবেদনে ভুল লেখা
হয়েছিল।

দৃশ্য ৩। অফিস।
[[PERSON:প্রিয়াঙ্কা]]: আমি পুরো ফাইল দেখেছি। মেডিক্যাল প্রমাণ ঠিকমতো বিবেচনা করা হয়নি। এটা আমাদের
ভুল, দুঃখিত।
কামরুল: তাহলে এখন?
[[PERSON:প্রিয়াঙ্কা]]: আপনাদের ব্যান্ড ১-এ তোলা হচ্ছে, আর ভুলের তারিখ থেকেই অগ্রাধিকার গোনা হবে।

দৃশ্য ৪। নতুন বাড়ি।
[শব্দ: খালি ঘরে প্রতিধ্বনি, ছেলেদের হাসি]
বর্ণনাকারী: চার মাস পরে পরিবারটি চার বেডরুমের বাড়িতে উঠল। এটা [[PERSON:জসিম]], [[PERSON:পারভীন]],
[[PERSON:হাসান]] আর [[PERSON:হোসেনের]] গল্প।
বর্ণনাকারী: কাউন্সিল বা বাড়িওয়ালা ঠিক না করলে অভিযোগ করুন: gov.uk/social-housing-complaints, ফোন
[[PHONE:0113 496 0672]]।
"""),
    ),
    (
        "fv2cd-bn-05",
        "bn",
        _s("""
স্টোরিবোর্ড — [[ORGANISATION:Regent Canal Housing Association]]-এর কর্মী প্রশিক্ষণ ভিডিও «নিজের ভাষায়
অভিযোগ»।
প্রোডাকশন নোট (প্রকাশের আগে মুছে ফেলুন): ভিডিওতে বাসিন্দাকে «মিসেস বি» বলা হয়েছে, চরিত্রটি করছেন
একজন অভিনেত্রী। আসল বাসিন্দা [[PERSON:হাফসা খাতুন]], বয়স [[AGE:৮২]], থাকেন
[[ADDRESS:ফ্ল্যাট ৬, Penmore Buildings]], [[POSTCODE:NW1 1RP]]; তিনি নাম প্রকাশ করতে চাননি। তিনি রোজ
[[ADDRESS:ব্রিল প্লেস মসজিদ]]-এর পাশ দিয়ে বাড়ি ফেরেন — মসজিদটা কোনো শটে আসবে না। দোভাষীর
চরিত্রে আছেন আমাদের আসল দোভাষী [[PERSON:শিরিন আহমেদ]], আর অভিযোগ কর্মকর্তা [[PERSON:টম হ্যারিস]]
নিজের ভূমিকায়। ফ্রেম ৩-এর প্রপ চিঠিতে আসল এনএইচএস নম্বর [[OTHER_ID:485 777 3456]] আর জন্মতারিখ
[[DATE_OF_BIRTH:৯ মার্চ ১৯৪৩]] আছে — শুটিংয়ের আগে বদলাতে হবে।

ফ্রেম ১: ঠান্ডা বসার ঘর, রেডিয়েটর বন্ধ। পর্দায় লেখা: "নয় সপ্তাহ গরম পানি নেই।"
ফ্রেম ২: মিসেস বি ফোন ধরে আছেন; ওপাশে ইংরেজিতে দ্রুত কথা।
মিসেস বি: সরি... ইংলিশ... নো...
[[PERSON:শিরিন]] (ভয়েস-ওভার): তিনি ছয়বার ফোন করেছিলেন। প্রতিবার কলটা "বাসিন্দা পরে ফোন করবেন"
লিখে বন্ধ করা হয়েছে।
ফ্রেম ৩: রান্নাঘরের টেবিলে জিপির চিঠি, শুধু একটা লাইন পড়া যায়: "রোগীর [[HEALTH:পারকিনসন্স ডিজিজ]]
আছে; ঠান্ডা ঘর বিপজ্জনক।"
ফ্রেম ৪: [[PERSON:শিরিন]] আর [[PERSON:টম]] দরজায়।
[[PERSON:শিরিন]]: খালাম্মা, এবার আপনার কথা আপনার ভাষাতেই লিখে নিচ্ছি। এটা আনুষ্ঠানিক অভিযোগ।
পর্দায় লেখা: অভিযোগ নম্বর [[REFERENCE:RCHA/2291/B]]
ফ্রেম ৫: ইঞ্জিনিয়ার নতুন বয়লার বসাচ্ছেন।
ক্যাপশন: চার দিনে নতুন বয়লার, ৪৫০ পাউন্ড ক্ষতিপূরণ। এখন প্রথম কলেই দোভাষী ডাকা হয়, আর প্রত্যেকের
ভাষা তাঁর ফাইলে লেখা থাকে।
ফ্রেম ৬: শেষ কার্ড: বাংলায় অভিযোগ করতে [[PHONE:020 7946 0915]] · [[EMAIL:bangla@regentcanal.example.org]]
· gov.uk/social-housing-complaints
"""),
    ),
    (
        "fv2cd-pa-01",
        "pa",
        _s("""
ਛੋਟੀ ਵੀਡੀਓ (2 ਮਿੰਟ) — "ਠੰਢਾ ਘਰ", ਸ਼ੂਟਿੰਗ ਸਕ੍ਰਿਪਟ।
ਪ੍ਰੋਡਕਸ਼ਨ ਨੋਟ: ਕਹਾਣੀ ਸੱਚੀ ਹੈ। ਬੀਬੀ ਜੀ ਦਾ ਰੋਲ ਇੱਕ ਅਦਾਕਾਰਾ ਕਰ ਰਹੀ ਹੈ; ਅਸਲ ਕਿਰਾਏਦਾਰ
[[PERSON:ਸੁਰਿੰਦਰ ਕੌਰ ਗਿੱਲ]] ਹਨ, ਉਮਰ [[AGE:78 ਸਾਲ]], ਜੋ [[ADDRESS:ਫਲੈਟ 12, Tentelow Court]],
[[POSTCODE:UB2 4HR]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ। ਉਨ੍ਹਾਂ ਨੂੰ [[HEALTH:ਗਠੀਆ]] ਹੈ। ਵੀਡੀਓ ਵਿੱਚ ਪੋਤੇ ਦਾ ਨਾਂ "ਰਵੀ" ਬਦਲਿਆ
ਹੋਇਆ ਹੈ; ਅਸਲ ਪੋਤਾ [[PERSON:ਅਰਜਨ]] ([[PERSON:Arjan]]) ਹੈ, ਜਿਸ ਨੇ ਸ਼ਿਕਾਇਤ ਲਿਖੀ ਸੀ ਅਤੇ ਅੰਤ ਵਿੱਚ ਆਪਣੀ
ਆਵਾਜ਼ ਦਿੰਦਾ ਹੈ।

ਸੀਨ 1 — ਅੰਦਰ। ਬੈਠਕ — ਰਾਤ
(ਬੀਬੀ ਜੀ ਸ਼ਾਲ ਵਿੱਚ ਲਿਪਟੇ ਬੈਠੇ ਹਨ, ਰੇਡੀਏਟਰ ਠੰਢਾ ਹੈ।)
ਬੀਬੀ ਜੀ: ਵਾਹਿਗੁਰੂ, ਤੀਜਾ ਦਿਨ ਹੋ ਗਿਆ, ਬੋਇਲਰ ਫਿਰ ਬੰਦ।
ਰਵੀ: ਬੀਬੀ ਜੀ, ਮੈਂ ਹੁਣੇ ਫ਼ੋਨ ਕਰਦਾ ਹਾਂ।

ਸੀਨ 2 — ਅੰਦਰ। ਰਸੋਈ — ਦਿਨ
ਸਕਰੀਨ 'ਤੇ ਲਿਖਿਆ: [[ORGANISATION:Brent Meadow Homes]] ਮੁਰੰਮਤ ਲਾਈਨ [[PHONE:020 7946 0612]]
ਰਵੀ: (ਫ਼ੋਨ 'ਤੇ) ਮੈਂ ਰਸਮੀ ਸ਼ਿਕਾਇਤ ਦਰਜ ਕਰਵਾਉਣੀ ਹੈ। ਪਹਿਲਾ ਪੜਾਅ। ਲਿਖ ਲਓ ਜੀ।
ਸਕਰੀਨ 'ਤੇ ਲਿਖਿਆ: ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:BMH-2291-C]]

ਸੀਨ 3 — ਅੰਦਰ। ਲੰਗਰ ਹਾਲ — ਦਿਨ
(ਬੀਬੀ ਜੀ ਨਿੱਘੀ ਥਾਂ ਬੈਠੇ ਚਾਹ ਪੀ ਰਹੇ ਹਨ। ਨੋਟ: ਅਸਲ ਵਿੱਚ ਉਹ ਠੰਢ ਤੋਂ ਬਚਣ ਲਈ ਸਾਰਾ ਦਿਨ
[[ADDRESS:ਗੁਰਦੁਆਰਾ ਨਾਨਕ ਦਰਬਾਰ]] ਜਾ ਬੈਠਦੇ ਸਨ; ਸ਼ੂਟਿੰਗ ਕਿਸੇ ਹੋਰ ਥਾਂ ਹੋਵੇਗੀ ਅਤੇ ਨਾਂ ਨਹੀਂ ਦਿਖਾਇਆ ਜਾਵੇਗਾ।)
ਬੀਬੀ ਜੀ: ਘਰ ਠੰਢਾ ਹੋਵੇ ਤਾਂ ਗੁਰੂ ਘਰ ਹੀ ਆਸਰਾ।

ਸੀਨ 4 — ਅੰਦਰ। ਬੈਠਕ — ਦਿਨ
(ਅਸਲ ਗੈਸ ਇੰਜੀਨੀਅਰ [[PERSON:ਟੌਮ ਬ੍ਰੈਡਲੀ]] ਆਪਣਾ ਰੋਲ ਆਪ ਕਰ ਰਿਹਾ ਹੈ, ਨਵਾਂ ਬੋਇਲਰ ਲਾਉਂਦਾ ਹੋਇਆ।)
[[PERSON:ਟੌਮ]]: ਸੌਰੀ ਆਂਟੀ ਜੀ, ਇਹ ਬੋਇਲਰ ਤਾਂ ਦੋ ਸਾਲ ਪਹਿਲਾਂ ਬਦਲਿਆ ਜਾਣਾ ਚਾਹੀਦਾ ਸੀ।
ਬੀਬੀ ਜੀ: ਜਿਊਂਦਾ ਰਹਿ ਪੁੱਤ।
ਵਾਇਸ-ਓਵਰ ([[PERSON:ਅਰਜਨ]], ਅਸਲ ਆਵਾਜ਼): ਸ਼ਿਕਾਇਤ ਤੋਂ ਪੰਜ ਦਿਨਾਂ ਵਿੱਚ ਨਵਾਂ ਬੋਇਲਰ, ਮੁਆਫ਼ੀ ਦੀ ਚਿੱਠੀ ਅਤੇ
200 ਪੌਂਡ ਮੁਆਵਜ਼ਾ। ਫ਼ੋਨ ਨਾਲ ਨਹੀਂ ਹੋਇਆ, ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਨਾਲ ਹੋਇਆ।
ਆਖ਼ਰੀ ਕਾਰਡ: ਮਸਲਾ ਹੱਲ ਨਹੀਂ ਹੋਇਆ? ਸ਼ਿਕਾਇਤ ਕਰੋ। gov.uk/social-housing-complaints
"""),
    ),
    (
        "fv2cd-pa-02",
        "pa",
        _s("""
ਪੋਡਕਾਸਟ "ਘਰ ਦੀ ਗੱਲ" — ਐਪੀਸੋਡ 9: "ਕੰਧਾਂ 'ਤੇ ਕਾਲਖ"। ਪ੍ਰਕਾਸ਼ਨ ਲਈ ਲਿਖਤੀ ਰੂਪ।
ਸੰਪਾਦਕ ਦਾ ਨੋਟ: ਦੋਵੇਂ ਆਵਾਜ਼ਾਂ ਅਸਲੀ ਹਨ। ਮੇਜ਼ਬਾਨ [[PERSON:ਜਸਲੀਨ ਸੰਧੂ]] ਮੁਹਿੰਮ ਦੀ ਟੀਮ ਤੋਂ ਹਨ। ਮਹਿਮਾਨ
[[PERSON:ਹਰਪ੍ਰੀਤ ਕੌਰ ਬੈਂਸ]] ਨੇ ਆਪਣਾ ਅਤੇ ਆਪਣੇ ਪੁੱਤਰ [[PERSON:ਸੁਖ]] ਦਾ ਨਾਂ ਵਰਤਣ ਦੀ ਇਜਾਜ਼ਤ ਦਿੱਤੀ ਹੈ।
ਗੱਲਬਾਤ ਵਿੱਚ ਉਨ੍ਹਾਂ ਨੇ ਆਪਣੀ ਈਮੇਲ ਵੀ ਬੋਲ ਦਿੱਤੀ ਸੀ; ਪ੍ਰਕਾਸ਼ਨ ਤੋਂ ਪਹਿਲਾਂ ਕੱਟਣੀ ਹੈ।

[ਸ਼ੁਰੂਆਤੀ ਧੁਨ]
[[PERSON:ਜਸਲੀਨ]]: ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ। ਅੱਜ ਸਾਡੇ ਨਾਲ [[PERSON:ਹਰਪ੍ਰੀਤ]] ਜੀ ਹਨ।
[[PERSON:ਹਰਪ੍ਰੀਤ]]: ਸਤ ਸ੍ਰੀ ਅਕਾਲ।
[[PERSON:ਜਸਲੀਨ]]: ਦੱਸੋ, ਕੀ ਹੋਇਆ ਸੀ?
[[PERSON:ਹਰਪ੍ਰੀਤ]]: ਅਸੀਂ [[ADDRESS:57 ਐਸ਼ਮੋਰ ਗਰੋਵ]], ਵੁਲਵਰਹੈਂਪਟਨ, [[POSTCODE:WV11 2LJ]] ਵਿੱਚ ਰਹਿੰਦੇ
ਹਾਂ। ਮੁੰਡੇ ਦੇ ਜਨਮ ਤੋਂ ਪਹਿਲਾਂ ਹੀ ਬੱਚਿਆਂ ਵਾਲੇ ਕਮਰੇ ਵਿੱਚ ਕਾਲੀ ਉੱਲੀ ਆ ਗਈ ਸੀ। ਹੁਣ ਉਹ
[[AGE:ਡੇਢ ਸਾਲ]] ਦਾ ਹੈ, ਅਤੇ ਉਸ ਦੀ ਛਾਤੀ ਹਰ ਮਹੀਨੇ ਖ਼ਰਾਬ ਰਹਿੰਦੀ ਸੀ।
[[PERSON:ਜਸਲੀਨ]]: ਤੁਸੀਂ ਲੈਂਡਲਾਰਡ ਨੂੰ ਦੱਸਿਆ?
[[PERSON:ਹਰਪ੍ਰੀਤ]]: ਕਈ ਵਾਰ। [[ORGANISATION:Black Country Vale Homes]] ਵਾਲੇ ਆਉਂਦੇ, ਪੇਂਟ ਕਰ ਜਾਂਦੇ, ਦੋ
ਹਫ਼ਤਿਆਂ ਬਾਅਦ ਫਿਰ ਕਾਲਖ। ਮੈਨੂੰ ਤਾਂ [[HEALTH:ਡਿਪਰੈਸ਼ਨ]] ਹੋ ਗਿਆ, ਰਾਤਾਂ ਨੂੰ ਨੀਂਦ ਨਹੀਂ ਸੀ ਆਉਂਦੀ। ਮੁੰਡੇ
ਦਾ ਨਾਂ ਅਸੀਂ [[PERSON:ਸੁਖ]] ਰੱਖਿਆ, ਪਰ ਘਰ ਵਿੱਚ ਸੁਖ ਕਿੱਥੇ ਸੀ!
[[PERSON:ਜਸਲੀਨ]]: ਫਿਰ ਕੀ ਬਦਲਿਆ?
[[PERSON:ਹਰਪ੍ਰੀਤ]]: ਹੈਲਥ ਵਿਜ਼ਿਟਰ ਨੇ ਕਿਹਾ ਕਿ ਮੁਰੰਮਤ ਦੀਆਂ ਬੇਨਤੀਆਂ ਨਾ ਭੇਜੋ, ਸ਼ਿਕਾਇਤ ਕਰੋ। ਮੈਂ ਆਪਣੀ
ਈਮੇਲ, [[EMAIL:harpreet dot bains at example dot com]], ਤੋਂ ਫ਼ੋਟੋਆਂ ਸਮੇਤ ਸ਼ਿਕਾਇਤ ਭੇਜੀ, ਕਿਰਾਏਦਾਰੀ ਨੰਬਰ
[[REFERENCE:BCV 00 61 284]] ਲਿਖ ਕੇ।
[[PERSON:ਜਸਲੀਨ]]: ਜਵਾਬ ਆਇਆ?
[[PERSON:ਹਰਪ੍ਰੀਤ]]: ਅੱਠ ਦਿਨਾਂ ਵਿੱਚ। ਸਰਵੇਅਰ ਆਇਆ, ਛੱਤ ਵਿੱਚ ਇਨਸੂਲੇਸ਼ਨ ਹੀ ਨਹੀਂ ਸੀ। ਨਵੀਂ ਇਨਸੂਲੇਸ਼ਨ,
ਨਵਾਂ ਪੱਖਾ, ਉੱਲੀ ਦਾ ਪੂਰਾ ਇਲਾਜ, ਅਤੇ 300 ਪੌਂਡ। ਤਿੰਨ ਮਹੀਨੇ ਹੋ ਗਏ, ਕੰਧ ਸਾਫ਼ ਹੈ ਅਤੇ [[PERSON:ਸੁਖ]] ਵੀ ਠੀਕ ਹੈ।
[[PERSON:ਜਸਲੀਨ]] (ਅੰਤ): ਜੇ ਤੁਹਾਡਾ ਲੈਂਡਲਾਰਡ ਮਸਲਾ ਠੀਕ ਨਹੀਂ ਕਰਦਾ, ਤਾਂ ਸ਼ਿਕਾਇਤ ਕਰੋ; ਹੁਣ ਤੁਸੀਂ ਸਿੱਧੇ
ਹਾਊਸਿੰਗ ਓਂਬਡਸਮੈਨ ਕੋਲ ਵੀ ਜਾ ਸਕਦੇ ਹੋ। gov.uk/social-housing-complaints
"""),
    ),
    (
        "fv2cd-pa-03",
        "pa",
        _s("""
ਕਾਮਿਕ ਸਟ੍ਰਿਪ — "ਵਿਹੜੇ ਵਿੱਚ ਗੰਦਾ ਪਾਣੀ", ਛੇ ਪੈਨਲ। ਚਿੱਤਰਕਾਰ ਲਈ ਹਦਾਇਤਾਂ।
ਨੋਟ: ਮੁੱਖ ਕਿਰਦਾਰ ਅਸਲੀ ਹਨ ਅਤੇ ਆਪਣੇ ਨਾਂ ਨਾਲ ਆਉਣਾ ਚਾਹੁੰਦੇ ਹਨ: [[PERSON:ਮਨਜੀਤ ਸਿੰਘ ਕਲਸੀ]],
[[AGE:69 ਸਾਲ]], ਜਿਨ੍ਹਾਂ ਨੂੰ [[HEALTH:ਸ਼ੂਗਰ]] ਹੈ ਅਤੇ ਪੈਰ ਦਾ ਜ਼ਖ਼ਮ ਛੇਤੀ ਨਹੀਂ ਭਰਦਾ, ਅਤੇ ਉਨ੍ਹਾਂ ਦੀ ਪੋਤੀ
[[PERSON:ਨਿਮਰਤ]]। ਘਰ: [[ADDRESS:9 ਕੈਟਰਿੰਗ ਵਾਕ]], [[POSTCODE:LE4 5QB]]। ਚਾਚਾ ਜੀ ਵਾਲਾ ਕਿਰਦਾਰ
[[PERSON:ਮਨਜੀਤ]] ਜੀ ਦਾ ਗੁਆਂਢੀ ਹੈ, ਉਸ ਦਾ ਨਾਂ ਨਹੀਂ ਲਿਖਣਾ।

ਪੈਨਲ 1: ਪਿਛਲਾ ਵਿਹੜਾ। ਡਰੇਨ ਵਿੱਚੋਂ ਗੰਦਾ ਪਾਣੀ ਉੱਛਲ ਰਿਹਾ ਹੈ। [[PERSON:ਮਨਜੀਤ]] ਜੀ ਨੱਕ 'ਤੇ ਰੁਮਾਲ ਰੱਖੀ
ਖੜ੍ਹੇ ਹਨ।
ਕੈਪਸ਼ਨ: ਛੇ ਹਫ਼ਤਿਆਂ ਤੋਂ ਡਰੇਨ ਬੰਦ।
[[PERSON:ਮਨਜੀਤ]]: [[HEALTH:ਸ਼ੂਗਰ]] ਵਾਲੇ ਪੈਰ ਨਾਲ ਇਸ ਗੰਦ ਵਿੱਚੋਂ ਕਿਵੇਂ ਲੰਘਾਂ?

ਪੈਨਲ 2: [[PERSON:ਨਿਮਰਤ]] ਫ਼ੋਨ ਨਾਲ ਫ਼ੋਟੋ ਖਿੱਚ ਰਹੀ ਹੈ।
[[PERSON:ਨਿਮਰਤ]]: ਦਾਦਾ ਜੀ, ਇਹ ਮੈਂ ਪੋਸਟ ਕਰਦੀ ਹਾਂ।
ਕੈਪਸ਼ਨ (ਫ਼ੋਨ ਦੀ ਸਕਰੀਨ 'ਤੇ): [[OTHER_ID:@nimrat.k.leics]]: "ਮੇਰੇ ਦਾਦਾ ਜੀ ਛੇ ਹਫ਼ਤਿਆਂ ਤੋਂ ਇਹ ਝੱਲ ਰਹੇ ਹਨ।"

ਪੈਨਲ 3: ਚਾਚਾ ਜੀ ਕੰਧ ਉੱਤੋਂ ਝਾਤੀ ਮਾਰਦੇ ਹਨ।
ਚਾਚਾ ਜੀ: ਪੋਸਟਾਂ ਨਾਲ ਕੁਝ ਨਹੀਂ ਹੋਣਾ, ਧੀਏ। ਲਿਖਤੀ ਸ਼ਿਕਾਇਤ ਕਰੋ, ਨੰਬਰ ਲਓ।

ਪੈਨਲ 4: [[PERSON:ਨਿਮਰਤ]] ਲੈਪਟਾਪ 'ਤੇ। ਸਕਰੀਨ 'ਤੇ ਫ਼ਾਰਮ:
ਕੈਪਸ਼ਨ: ਨਾਂ: [[PERSON:Manjit Singh Kalsi]] — ਜਨਮ ਤਾਰੀਖ਼: [[DATE_OF_BIRTH:03/11/1956]] — ਸ਼ਿਕਾਇਤ
ਨੰਬਰ: [[REFERENCE:SRH/COMP/6604]]
(ਚਿੱਤਰਕਾਰ: ਫ਼ਾਰਮ ਦੇ ਵੇਰਵੇ ਧੁੰਦਲੇ ਕਰ ਦਿਓ।)

ਪੈਨਲ 5: [[ORGANISATION:Soar Riverside Homes]] ਦੇ ਠੇਕੇਦਾਰ [[ORGANISATION:Midshires Drain Care]] ਦੇ ਕਾਮੇ
ਪਾਈਪ ਵਿੱਚ ਕੈਮਰਾ ਪਾ ਰਹੇ ਹਨ।
ਕੈਪਸ਼ਨ: ਸ਼ਿਕਾਇਤ ਤੋਂ ਤਿੰਨ ਦਿਨ ਬਾਅਦ: ਟੁੱਟੀ ਪਾਈਪ ਲੱਭੀ, ਬਦਲੀ ਗਈ, ਵਿਹੜਾ ਧੋਤਾ ਗਿਆ।

ਪੈਨਲ 6: ਸਾਫ਼ ਵਿਹੜਾ। [[PERSON:ਮਨਜੀਤ]] ਜੀ ਕੁਰਸੀ 'ਤੇ ਧੁੱਪ ਸੇਕਦੇ, [[PERSON:ਨਿਮਰਤ]] ਚਾਹ ਲਿਆਉਂਦੀ।
ਕੈਪਸ਼ਨ: ਮੁਆਫ਼ੀ, 250 ਪੌਂਡ, ਅਤੇ ਹੁਣ ਹਰ ਡਰੇਨ ਸ਼ਿਕਾਇਤ 'ਤੇ 24 ਘੰਟਿਆਂ ਵਿੱਚ ਕਾਰਵਾਈ। ਮਦਦ ਲਈ:
[[PHONE:0116 496 0531]] · gov.uk/social-housing-complaints
"""),
    ),
    (
        "fv2cd-pa-04",
        "pa",
        _s("""
ਆਡੀਓ ਡਰਾਮਾ (3 ਮਿੰਟ) — "ਦਰਵਾਜ਼ੇ 'ਤੇ ਲਿਖਿਆ"। ਪ੍ਰੋਡਕਸ਼ਨ ਨੋਟਾਂ ਸਮੇਤ ਸਕ੍ਰਿਪਟ।
ਪ੍ਰੋਡਕਸ਼ਨ ਨੋਟ: ਡਰਾਮੇ ਵਿੱਚ ਨਾਂ ਬਦਲੇ ਹੋਏ ਹਨ: ਪਤੀ "ਕਰਨੈਲ", ਪਤਨੀ "ਜਸਵੀਰ"। ਅਸਲ ਪਰਿਵਾਰ
[[PERSON:ਬਲਵਿੰਦਰ ਸਿੰਘ ਢਿੱਲੋਂ]] ਅਤੇ [[PERSON:ਰਾਜਵਿੰਦਰ ਕੌਰ]] ਦਾ ਹੈ, ਜੋ [[ADDRESS:ਫਲੈਟ 3ਏ]],
[[ADDRESS:Upton Lea Court]], [[POSTCODE:SL1 2XT]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ। ਪਰਿਵਾਰ [[OTHER_SPECIAL:ਸਿੱਖ]] ਹੈ, ਅਤੇ ਇਸੇ
ਕਰਕੇ ਨਿਸ਼ਾਨਾ ਬਣਿਆ। ਉਨ੍ਹਾਂ ਦੀ ਕਾਰ ਦਾ ਅਸਲ ਨੰਬਰ [[OTHER_ID:RK68 HJV]] ਡਰਾਮੇ ਵਿੱਚ ਨਹੀਂ ਬੋਲਣਾ।

[ਆਵਾਜ਼: ਰਾਤ, ਦੂਰ ਕੋਈ ਕਾਰ, ਕੱਚ ਟੁੱਟਣ ਦੀ ਆਵਾਜ਼]
ਸੀਨ 1 — ਪੌੜੀਆਂ — ਸਵੇਰ
ਜਸਵੀਰ: ਕਰਨੈਲ ਜੀ! ਦਰਵਾਜ਼ੇ 'ਤੇ ਫਿਰ ਲਿਖ ਗਏ।
ਕਰਨੈਲ: (ਹੌਲੀ) ਪੱਗ ਬਾਰੇ। ਫਿਰ ਉਹੀ ਗੰਦੀਆਂ ਗੱਲਾਂ।
ਕਥਾਵਾਚਕ: ਚਾਰ ਮਹੀਨਿਆਂ ਵਿੱਚ ਸੱਤ ਵਾਰ ਨਫ਼ਰਤ ਭਰੀ ਲਿਖਤ, ਦੋ ਵਾਰ ਕਾਰ 'ਤੇ ਝਰੀਟਾਂ। ਹਰ ਵਾਰ ਰਿਪੋਰਟ, ਹਰ
ਵਾਰ "ਅਸੀਂ ਨਜ਼ਰ ਰੱਖਾਂਗੇ"।

ਸੀਨ 2 — ਰਸੋਈ — ਰਾਤ
ਜਸਵੀਰ: ਸਮਾਜ-ਵਿਰੋਧੀ ਵਿਹਾਰ ਵਾਲਾ ਕੇਸ ਨੰਬਰ [[REFERENCE:ASB-5571-TV]] ਤਾਂ ਛੇ ਹਫ਼ਤਿਆਂ ਤੋਂ ਐਵੇਂ ਖੁੱਲ੍ਹਾ ਪਿਆ।
ਕਰਨੈਲ: ਹੁਣ ਬੇਨਤੀ ਨਹੀਂ, ਸ਼ਿਕਾਇਤ ਕਰਾਂਗੇ। ਲਿਖ ਕੇ।
[ਆਵਾਜ਼: ਫ਼ੋਨ ਦੀ ਘੰਟੀ]
ਆਵਾਜ਼ (ਫ਼ੋਨ): [[ORGANISATION:Thames Valley Living]], ਸ਼ਿਕਾਇਤ ਵਿਭਾਗ, ਦੱਸੋ ਜੀ।

ਸੀਨ 3 — ਬੈਠਕ — ਦਿਨ
ਕਥਾਵਾਚਕ: ਸ਼ਿਕਾਇਤ ਅਧਿਕਾਰੀ [[PERSON:ਸਾਰਾ ਓਕੋਂਕਵੋ]] ਅਸਲੀ ਹਨ ਅਤੇ ਆਪਣੀ ਆਵਾਜ਼ ਆਪ ਦਿੱਤੀ ਹੈ।
[[PERSON:ਸਾਰਾ]]: ਅਸੀਂ ਇਸ ਨੂੰ ਆਮ ਸ਼ੋਰ ਵਾਲੇ ਕੇਸ ਵਾਂਗ ਦੇਖਿਆ। ਇਹ ਨਫ਼ਰਤੀ ਘਟਨਾ ਸੀ, ਅਤੇ ਗ਼ਲਤੀ ਸਾਡੀ ਸੀ।
ਮੈਂ ਮੁਆਫ਼ੀ ਮੰਗਦੀ ਹਾਂ।
ਜਸਵੀਰ: ਬੱਸ ਸਾਡਾ ਦਰਵਾਜ਼ਾ ਸਾਫ਼ ਰਹੇ, ਹੋਰ ਕੁਝ ਨਹੀਂ ਚਾਹੀਦਾ।

ਸੀਨ 4 — ਪੌੜੀਆਂ — ਦਿਨ
ਕਥਾਵਾਚਕ: ਸ਼ਿਕਾਇਤ ਤੋਂ ਬਾਅਦ ਪੌੜੀਆਂ ਵਿੱਚ ਸੀਸੀਟੀਵੀ ਲੱਗਿਆ, ਪੁਲਿਸ ਨਾਲ ਸਾਂਝਾ ਕੇਸ ਬਣਿਆ, ਅਤੇ ਦੋਸ਼ੀ
ਕਿਰਾਏਦਾਰ ਨੂੰ ਲਿਖਤੀ ਚੇਤਾਵਨੀ ਮਿਲੀ। ਇਹ [[PERSON:ਬਲਵਿੰਦਰ]] ਜੀ ਅਤੇ [[PERSON:ਰਾਜਵਿੰਦਰ]] ਜੀ ਦੀ ਕਹਾਣੀ ਹੈ।
ਕਥਾਵਾਚਕ: ਜੇ ਤੁਹਾਡਾ ਲੈਂਡਲਾਰਡ ਨਹੀਂ ਸੁਣਦਾ, ਸ਼ਿਕਾਇਤ ਕਰੋ: [[PHONE:0118 496 0284]] ਜਾਂ
gov.uk/social-housing-complaints
"""),
    ),
    (
        "fv2cd-pa-05",
        "pa",
        _s("""
ਸਟੋਰੀਬੋਰਡ — [[ORGANISATION:Medway Reach Housing]] ਦੀ ਸਟਾਫ਼ ਟ੍ਰੇਨਿੰਗ ਵੀਡੀਓ "ਛੇ ਮਹੀਨੇ ਦਾ ਇੰਤਜ਼ਾਰ"।
ਪ੍ਰੋਡਕਸ਼ਨ ਨੋਟ (ਸਾਂਝਾ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ ਹਟਾਓ): ਵੀਡੀਓ ਵਿੱਚ ਕਿਰਾਏਦਾਰ ਨੂੰ "ਮਿਸਟਰ ਐੱਸ" ਕਿਹਾ ਗਿਆ ਹੈ
ਅਤੇ ਇੱਕ ਅਦਾਕਾਰ ਰੋਲ ਕਰਦਾ ਹੈ। ਅਸਲ ਕਿਰਾਏਦਾਰ [[PERSON:ਗੁਰਮੀਤ ਸਿੰਘ ਸੋਹਲ]] ਹਨ,
[[ADDRESS:6 ਵਿੰਡਮਿਲ ਕਲੋਜ਼]], [[POSTCODE:DA11 7JN]]; ਉਹ ਆਪਣੀ ਪਛਾਣ ਨਹੀਂ ਦੇਣਾ ਚਾਹੁੰਦੇ।
[[HEALTH:ਸਟ੍ਰੋਕ]] ਤੋਂ ਬਾਅਦ ਉਹ ਵ੍ਹੀਲਚੇਅਰ ਵਰਤਦੇ ਹਨ। ਉਨ੍ਹਾਂ ਦੀ ਧੀ [[PERSON:ਕਿਰਨ]] ਨੇ ਸ਼ਿਕਾਇਤ ਲਿਖੀ ਸੀ।
ਫ੍ਰੇਮ 2 ਦੀ ਓਟੀ ਰਿਪੋਰਟ ਅਸਲੀ ਦੀ ਨਕਲ ਹੈ: NHS ਨੰਬਰ [[OTHER_ID:721 384 9056]] ਅਤੇ ਜਨਮ ਤਾਰੀਖ਼
[[DATE_OF_BIRTH:17 ਮਈ 1951]] ਸ਼ੂਟਿੰਗ ਤੋਂ ਪਹਿਲਾਂ ਬਦਲਣੇ ਹਨ। ਓਕੂਪੇਸ਼ਨਲ ਥੈਰੇਪਿਸਟ [[PERSON:ਲੂਸੀ ਚੈਪਮੈਨ]] ਅਸਲੀ
ਹਨ ਅਤੇ ਆਪਣਾ ਰੋਲ ਆਪ ਕਰਦੇ ਹਨ।

ਫ੍ਰੇਮ 1: ਬਾਥਰੂਮ ਦਾ ਤੰਗ ਦਰਵਾਜ਼ਾ, ਵ੍ਹੀਲਚੇਅਰ ਅੰਦਰ ਨਹੀਂ ਜਾਂਦੀ। ਸਕਰੀਨ 'ਤੇ: "ਅਡੈਪਟੇਸ਼ਨ ਦੀ ਸਿਫ਼ਾਰਸ਼:
ਮਾਰਚ। ਕੰਮ ਸ਼ੁਰੂ: ਕਦੇ ਨਹੀਂ।"
ਫ੍ਰੇਮ 2: [[PERSON:ਲੂਸੀ]] ਰਿਪੋਰਟ ਦਿਖਾਉਂਦੀ ਹੈ।
[[PERSON:ਲੂਸੀ]]: ਮੈਂ ਵਾਕ-ਇਨ ਸ਼ਾਵਰ ਦੀ ਸਿਫ਼ਾਰਸ਼ ਮਾਰਚ ਵਿੱਚ ਭੇਜੀ ਸੀ। ਫ਼ਾਈਲ ਦੋ ਟੀਮਾਂ ਵਿਚਾਲੇ ਗੁਆਚ ਗਈ।
ਫ੍ਰੇਮ 3: ਮਿਸਟਰ ਐੱਸ ਰਸੋਈ ਵਿੱਚ ਬਾਲਟੀ ਨਾਲ ਨਹਾਉਣ ਦੀ ਤਿਆਰੀ — ਸਿਰਫ਼ ਹੱਥ ਅਤੇ ਬਾਲਟੀ ਦਿਖਾਓ।
ਮਿਸਟਰ ਐੱਸ (ਵਾਇਸ-ਓਵਰ): ਛੇ ਮਹੀਨੇ ਮੈਂ ਰਸੋਈ ਵਿੱਚ ਨਹਾਇਆ।
ਫ੍ਰੇਮ 4: ਧੀ ਦੀ ਈਮੇਲ ਸਕਰੀਨ 'ਤੇ: ਵੱਲੋਂ [[EMAIL:kiran.sohal@example.com]], ਵਿਸ਼ਾ: "ਰਸਮੀ ਸ਼ਿਕਾਇਤ —
ਕਿਰਾਏਦਾਰੀ [[REFERENCE:MRH-TEN-20557]]"
ਫ੍ਰੇਮ 5: ਕੰਮ ਕਰਦੇ ਕਾਰੀਗਰ, ਚੌੜਾ ਦਰਵਾਜ਼ਾ, ਨਵਾਂ ਸ਼ਾਵਰ।
ਕੈਪਸ਼ਨ: ਸ਼ਿਕਾਇਤ ਤੋਂ ਪੰਜ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਬਾਥਰੂਮ ਤਿਆਰ, 500 ਪੌਂਡ ਮੁਆਵਜ਼ਾ। ਹੁਣ ਹਰ ਓਟੀ ਸਿਫ਼ਾਰਸ਼ ਦਾ ਇੱਕ
ਜ਼ਿੰਮੇਵਾਰ ਅਫ਼ਸਰ ਹੈ ਅਤੇ ਹਰ ਮਹੀਨੇ ਜਾਂਚ ਹੁੰਦੀ ਹੈ।
ਫ੍ਰੇਮ 6: ਅੰਤਲਾ ਕਾਰਡ: ਸ਼ਿਕਾਇਤ ਲਾਈਨ [[PHONE:01632 960 744]] · gov.uk/social-housing-complaints
"""),
    ),
    (
        "fv2cd-pl-01",
        "pl",
        _s("""
KRÓTKI FILM (90 sekund) – „Plama na suficie”, scenariusz zdjęciowy.
NOTATKA PRODUKCYJNA: Historia jest prawdziwa. Główną bohaterkę, w scenariuszu „Ewę”, gra aktorka
[[PERSON:Marta Zielińska]]; „Ewa” to pseudonim. Prawdziwa lokatorka to [[PERSON:Agnieszka Wróbel]],
mieszkająca pod adresem [[ADDRESS:Flat 8, 52 Gladstone Walk]], [[POSTCODE:PE1 2EH]]. Syna gra
dziecko-aktor, w scenariuszu „Staś”; naprawdę to [[PERSON:Kubuś]] ([[PERSON:Jakub Wróbel]],
[[AGE:4 lata]]), który choruje na [[HEALTH:astmę]]. Pani [[PERSON:Agnieszka]] prosi, by w napisach
końcowych podziękować jej i [[PERSON:Kubusiowi]] z imienia.

SCENA 1. WNĘTRZE. SYPIALNIA – NOC
(Woda kapie z sufitu do miski. EWA, skulona jak wróbel na gałęzi, podstawia drugą miskę.)
EWA: Znowu. Trzeci raz w tym tygodniu.
STAŚ: (kaszle) Mamo, tu śmierdzi.
EWA (ZZA KADRU): Dzwoniłam do [[ORGANISATION:Nene Reach Homes]] pięć razy. Za każdym razem
„zgłoszenie przyjęte”.

SCENA 2. WNĘTRZE. KUCHNIA – DZIEŃ
(EWA pisze e-mail na telefonie.)
NAPIS NA EKRANIE: Do: [[EMAIL:skargi@nenereach.example.org]] – „Skarga formalna, etap 1”
NAPIS NA EKRANIE: Numer umowy najmu [[REFERENCE:NRH-30-71426]]
EWA: (czyta na głos) „Mój syn ma [[HEALTH:astmę]], a pleśń wraca co dwa tygodnie.”

SCENA 3. WNĘTRZE. SYPIALNIA – DZIEŃ
(Prawdziwy dekarz, pan [[PERSON:Piotr Sowa]] z firmy [[ORGANISATION:Fenland Roof Care]], gra samego siebie.
Za oknem pohukuje sowa – efekt dźwiękowy.)
[[PERSON:PIOTR]]: Papa na dachu pękła przy kominie. To nie pani wina, tylko nasza.
EWA: Da mi pan to na piśmie?
[[PERSON:PIOTR]]: W piątek będzie list.

SCENA 4. PLENER. PRZED DOMEM – DZIEŃ
EWA (ZZA KADRU): Nowy dach w trzy tygodnie, przeprosiny na piśmie i 250 funtów rekompensaty. Pomogła
skarga, nie kolejny telefon.
NAPIS KOŃCOWY: Nie naprawili? Złóż skargę. gov.uk/social-housing-complaints
NAPIS KOŃCOWY: Dziękujemy pani [[PERSON:Agnieszce]], [[PERSON:Kubusiowi]] i panu [[PERSON:Piotrowi Sowie]].
"""),
    ),
    (
        "fv2cd-pl-02",
        "pl",
        _s("""
PODCAST „NAPRAWIONE” – ODCINEK 4: „MYSZY W ŚCIANACH”. Zapis do materiałów kampanii.
NOTA REDAKCJI: Oba głosy są prawdziwe. Prowadzący to [[PERSON:Tomasz Nowicki]] z zespołu kampanii;
gościem jest pani [[PERSON:Róża Kamińska]], [[AGE:71 lat]], która zgodziła się na podanie imienia i
nazwiska. Adres e-mail, który pani [[PERSON:Róża]] podaje w połowie rozmowy, trzeba wyciąć przed
publikacją.

[DŹWIĘK: czajnik, szelest papieru]
[[PERSON:TOMASZ]]: Dzień dobry, pani [[PERSON:Różo]].
[[PERSON:RÓŻA]]: Dzień dobry, panie [[PERSON:Tomku]].
[[PERSON:TOMASZ]]: Co się działo?
[[PERSON:RÓŻA]]: Mieszkam na parterze, [[ADDRESS:mieszkanie 2]] w bloku [[ADDRESS:Hanwell Lodge]],
[[POSTCODE:W7 3QA]]. Od września słyszałam drapanie w ścianach, potem myszy w szafce z chlebem. Mam
[[HEALTH:osteoporozę]], boję się schylać i rozkładać pułapki.
[[PERSON:TOMASZ]]: Zgłaszała pani?
[[PERSON:RÓŻA]]: Siedem razy do [[ORGANISATION:Brentside Housing Co-operative]]. Przychodził pan, kładł
trutkę i szedł. A dziury w ścianie zostawały.
[[PERSON:TOMASZ]]: Co zmieniło sytuację?
[[PERSON:RÓŻA]]: Wnuczka, [[PERSON:Malwinka]]. Powiedziała: babciu, to nie zgłoszenie, to skarga.
Napisałyśmy razem z mojego adresu, [[EMAIL:roza kropka kaminska małpa example kropka org]], z numerem
najmu [[REFERENCE:BHC 4471 09]].
[[PERSON:TOMASZ]]: I odpowiedź?
[[PERSON:RÓŻA]]: W dziewięć dni roboczych. Przyszedł pan [[PERSON:Derek]] z firmy
[[ORGANISATION:Westway Pest Solutions]], zatkał wszystkie dziury, wymienili listwy i szafkę. Dostałam
przeprosiny i 150 funtów. Teraz w ogródku tylko róże, żadnych myszy.
[[PERSON:TOMASZ]] (ZAKOŃCZENIE): Jeśli wasz wynajmujący nie naprawia problemu, złóżcie skargę. Nie trzeba
już czekać ani iść przez posła czy radnego, żeby trafić do Rzecznika ds. Mieszkalnictwa.
gov.uk/social-housing-complaints
"""),
    ),
    (
        "fv2cd-pl-03",
        "pl",
        _s("""
KOMIKS – „Próg”, sześć kadrów. Wskazówki dla rysownika.
UWAGA: Bohaterka jest prawdziwa i chce wystąpić pod własnym imieniem: pani [[PERSON:Wiesława Król]], dla
wszystkich [[PERSON:Wiesia]], [[AGE:74 lata]], po [[HEALTH:udarze]] porusza się na wózku. Mieszka przy
[[ADDRESS:15 Elmfield Road]], [[POSTCODE:SO16 4NB]]. Sąsiadka [[PERSON:Grażynka]] też jest prawdziwa.
Urzędnik „pan Smith” jest wymyślony.

KADR 1: Wąskie drzwi wejściowe z wysokim progiem. [[PERSON:Wiesia]] na wózku nie może przejechać.
PODPIS: Od powrotu ze szpitala pani [[PERSON:Wiesława]] nie wyszła z domu przez pięć tygodni.
[[PERSON:WIESIA]]: Dom mam, a wyjść z niego nie mogę.

KADR 2: [[PERSON:Grażynka]] zagląda przez okno z telefonem.
[[PERSON:GRAŻYNKA]]: [[PERSON:Wiesiu]], wnuk mi założył konto, wrzucę zdjęcie tego progu!
PODPIS (na ekranie telefonu): [[OTHER_ID:@grazynka_so16]]: „Sąsiadka po [[HEALTH:udarze]] czeka na podjazd
od marca.”

KADR 3: PAN SMITH przy biurku, słuchawka przy uchu.
PAN SMITH: Ale to było zgłoszone jako prośba o adaptację, nie skarga.
[[PERSON:WIESIA]] (przez telefon): To teraz jest skarga. Proszę zapisać.
PODPIS: Numer skargi [[REFERENCE:SCH/ST1/8820]]

KADR 4: List na stole, nagłówek [[ORGANISATION:Solent Crest Homes]]: „Pani [[PERSON:Wiesława Król]],
[[ADDRESS:15 Elmfield Road]]”.
PODPIS: (Rysownik: zamazać adres na liście.)

KADR 5: Ekipa [[ORGANISATION:Itchen Access Builders]] wylewa podjazd, ktoś szlifuje próg.
PODPIS: Dziesięć dni po skardze: podjazd, niski próg, szersze drzwi i przeprosiny na piśmie.

KADR 6: [[PERSON:Wiesia]] i [[PERSON:Grażynka]] na ławce przed domem, słońce.
[[PERSON:WIESIA]]: Trzeba było od razu pisać „skarga”.
PODPIS: Masz problem z mieszkaniem? gov.uk/social-housing-complaints · tel. [[PHONE:01632 960 552]]
"""),
    ),
    (
        "fv2cd-pl-04",
        "pl",
        _s("""
SŁUCHOWISKO (3 minuty) – „Za ścianą”. Scenariusz z notatkami produkcyjnymi.
NOTATKA: Imiona w słuchowisku są zmienione: matka „Janina”, syn „Adaś”. Prawdziwa rodzina to pani
[[PERSON:Bożena Kowalczyk]] i jej syn [[PERSON:Dawid]], [[AGE:16 lat]], z [[ADDRESS:mieszkania 41]] w bloku
[[ADDRESS:Beswick Tower]], [[POSTCODE:M11 3DL]]. Sąsiad wykrzykiwał, że „[[OTHER_SPECIAL:Polacy]] mają
wracać do domu”. [[PERSON:Bożena]] sama czyta ostatnie zdanie; jej głos podpisujemy
„[[PERSON:Bożenka]]”, tak jak sobie życzy.

[DŹWIĘK: łomot w ścianę, muzyka na cały regulator, krzyk]
SCENA 1. KUCHNIA – NOC, 2:00
JANINA: Adaś, nie odpowiadaj mu. Proszę cię.
ADAŚ: Mamo, on znowu pisze po naszych drzwiach.
NARRATOR: Przez pół roku: hałas co noc, napisy na drzwiach, obelgi na klatce. Zgłoszenia kończyły się
na „porozmawiamy z sąsiadem”.

SCENA 2. KUCHNIA – RANO
JANINA: (czyta list) „Sprawa zachowań antyspołecznych nr [[REFERENCE:ASB/2291/EM]] została zamknięta.”
Zamknięta?!
ADAŚ: To złóż skargę. Na piśmie. Pani z poradni tak mówiła.
[DŹWIĘK: klawiatura]
NARRATOR: Skarga trafiła do [[ORGANISATION:Eastlands Community Homes]], z numerem komórki
[[PHONE:07700 900 318]] do kontaktu „o każdej porze”.

SCENA 3. KORYTARZ – DZIEŃ
NARRATOR: Prawdziwa kierowniczka ds. skarg, [[PERSON:Sinéad Doherty]], nagrała swoją kwestię sama.
[[PERSON:SINÉAD]]: Zamknęliśmy tę sprawę, zanim ktokolwiek z państwem porozmawiał. To był błąd. To jest
incydent na tle nienawiści, nie spór sąsiedzki. Przepraszam.
JANINA: Ja chcę tylko spać.

SCENA 4. KUCHNIA – WIECZÓR
[DŹWIĘK: cisza, czajnik]
NARRATOR: W ciągu miesiąca: kamera na klatce, wspólne działania z policją, ostrzeżenie dla sąsiada i
nowe drzwi. Rodzina dostała 300 funtów i list z przeprosinami.
[[PERSON:BOŻENKA]] (prawdziwy głos): Nie bójcie się skarżyć. Mnie i [[PERSON:Dawidkowi]] to pomogło.
NARRATOR: gov.uk/social-housing-complaints
"""),
    ),
    (
        "fv2cd-pl-05",
        "pl",
        _s("""
STORYBOARD – film szkoleniowy [[ORGANISATION:Wrekin Hills Housing]] dla pracowników: „Tłumacz to nie
luksus”.
NOTATKI PRODUKCYJNE (usunąć przed publikacją): Lokator w filmie to „pan K.”, gra go aktor. Prawdziwy
lokator, pan [[PERSON:Grzegorz Lis]] z [[ADDRESS:22 Dawley Green]], [[POSTCODE:TF4 3PR]], nie chce być
rozpoznany (pan [[PERSON:Lis]] śmiał się, że przez nas czuł się jak lis w kurniku). Jego córka
[[PERSON:Ola]] ([[PERSON:Aleksandra]]) chodzi do [[ADDRESS:St Luke's Primary School]] – nie filmować
mundurka. Rekwizyt w kadrze 3 to kopia prawdziwego pisma: zamienić numer National Insurance
[[NI_NUMBER:PX 55 19 82 D]] i datę urodzenia [[DATE_OF_BIRTH:4 kwietnia 1977]]. Pracownika ds. skarg gra
nasz prawdziwy pracownik, [[PERSON:Kamil Nowak]], który mówi po polsku.

KADR 1: Łazienka. Z rury pod umywalką cieknie woda na panele. NAPIS: „Zgłoszone: 6 razy. Naprawione: 0.”
KADR 2: PAN K. przy telefonie, zdenerwowany.
PAN K.: Leak... water... floor... sorry, my English...
KONSULTANT (głos): Could you call back with someone who speaks English?
KADR 3: Pismo na stole: numer umowy najmu [[REFERENCE:WHH-TA-004417]], numer NI i data urodzenia
(rekwizyt – patrz notatka).
[[PERSON:KAMIL]] (ZZA KADRU): Przez trzy miesiące notowaliśmy „lokator nie potrafił opisać problemu”.
Problem był po naszej stronie.
KADR 4: [[PERSON:KAMIL]] w drzwiach mieszkania.
[[PERSON:KAMIL]]: Dzień dobry, nazywam się [[PERSON:Kamil]]. Przyjmuję pana skargę po polsku. Numer skargi
[[REFERENCE:WHH-C-1182]].
KADR 5: Hydraulik wymienia rurę; nowa podłoga.
PODPIS: Naprawa w 5 dni, nowa podłoga, 275 funtów rekompensaty. Prośba o tłumacza jest teraz spełniana
od razu, w ponad 40 językach.
KADR 6: Plansza końcowa: [[PHONE:+44 (0)121 496 0390]] · [[EMAIL:skargi@wrekinhills.example.org]] ·
gov.uk/social-housing-complaints
"""),
    ),
    (
        "fv2cd-ro-01",
        "ro",
        _s("""
FILM SCURT (90 de secunde) – „Priza care scânteia”, scenariu de filmare.
NOTĂ DE PRODUCȚIE: Povestea este reală, iar chiriașa își joacă propriul rol. [[PERSON:Ioana Munteanu]]
locuiește la [[ADDRESS:apartamentul 5, Kenmore Lodge]], [[POSTCODE:HA3 9LS]], și a fost de acord să-i
apară prenumele. Fiul ei este jucat de un copil actor, numit în scenariu „Luca”; fiul real al
[[PERSON:Ioanei]], [[PERSON:Ștefan]] (acasă îi spun [[PERSON:Ștefănel]]), are [[AGE:7 ani]] și nu apare în
film.

SCENA 1. INTERIOR. CAMERA COPILULUI – NOAPTE
(O priză înnegrită lângă pat. Un pocnet, o scânteie. [[PERSON:IOANA]] aprinde lanterna telefonului.)
[[PERSON:IOANA]]: Iar! Luca, nu atinge nimic.
LUCA: Mami, miroase a ars.
[[PERSON:IOANA]] (VOCE DIN OFF): Am sunat la [[ORGANISATION:Kenton Green Homes]] de patru ori. Veneau,
schimbau capacul prizei și plecau.

SCENA 2. INTERIOR. BUCĂTĂRIA – ZI
([[PERSON:IOANA]] scrie un e-mail. Pe ecran:)
TEXT PE ECRAN: Către: [[EMAIL:reclamatii@kentongreen.example.org]] – „Reclamație oficială, etapa 1”
TEXT PE ECRAN: Nr. contract de închiriere [[REFERENCE:KGH/55/20931]]
[[PERSON:IOANA]]: (citește cu voce tare) „Cer verificarea completă a instalației electrice. Am un copil de
[[AGE:7 ani]].”

SCENA 3. INTERIOR. CAMERA COPILULUI – ZI
(Electricianul real, domnul [[PERSON:Adrian Radu]] de la [[ORGANISATION:Northolt Electrical Services]],
își joacă propriul rol.)
[[PERSON:ADRIAN]]: Instalația e din anii '70. Nu e vina dumneavoastră. Trebuia refăcută de mult.
[[PERSON:IOANA]]: Îmi dați asta în scris?
[[PERSON:ADRIAN]]: Vineri o aveți.

SCENA 4. EXTERIOR. ÎN FAȚA BLOCULUI [[ADDRESS:KENMORE LODGE]] – ZI
([[PERSON:IOANA]] și LUCA ies pe ușă râzând.)
[[PERSON:IOANA]] (VOCE DIN OFF): Instalație nouă în toată casa în trei săptămâni, scuze în scris și 300
de lire compensație. A contat reclamația, nu încă un telefon.
TEXT FINAL: Nu s-a rezolvat? Fă o reclamație. gov.uk/social-housing-complaints · [[PHONE:020 7946 0177]]
TEXT FINAL: Mulțumim [[PERSON:Ioanei]] și lui [[PERSON:Ștefănel]]!
"""),
    ),
    (
        "fv2cd-ro-02",
        "ro",
        _s("""
PODCAST „REPARAT” – EPISODUL 6: „BAIA CARE NU MAI ERA BAIE”. Transcriere pentru trusa campaniei.
NOTA EDITORULUI: Ambele voci sunt reale. Moderatoarea este [[PERSON:Alina Popescu]], din echipa
campaniei. Invitatul, domnul [[PERSON:Vasile Dumitru]], [[AGE:63 de ani]], a acceptat să fie numit. Fiica
lui, [[PERSON:Speranța]], este menționată cu acordul ei.

[SUNET: ploaie, o ușă care scârțâie]
[[PERSON:ALINA]]: Bună ziua, domnule [[PERSON:Vasile]].
[[PERSON:VASILE]]: Bună ziua, doamna [[PERSON:Alina]].
[[PERSON:ALINA]]: Ce s-a întâmplat?
[[PERSON:VASILE]]: Stăm pe [[ADDRESS:Vauxhall Grove nr. 112]], [[POSTCODE:B7 4QE]]. Din toamnă, podeaua din
baie a început să se lase. Cada s-a crăpat, apa curgea la vecinii de jos. Eu am [[HEALTH:diabet]] și o
rană la picior; n-aveam voie să stau în apă murdară.
[[PERSON:ALINA]]: Ați anunțat proprietarul?
[[PERSON:VASILE]]: De cinci ori, la [[ORGANISATION:Saltley Gate Housing]]. Mi-au dat un număr,
[[REFERENCE:SGH-R-77014]], și atât. Îmi pierisem orice speranță.
[[PERSON:ALINA]]: Și ce s-a schimbat?
[[PERSON:VASILE]]: [[PERSON:Speranța]], fata mea. Zice: tată, nu mai suna, scrie o reclamație. A trimis-o
de pe adresa ei, [[EMAIL:speranta punct dumitru arond example punct com]], cu poze și cu scrisoarea de
la medic.
[[PERSON:ALINA]]: Și răspunsul?
[[PERSON:VASILE]]: În opt zile lucrătoare. Au schimbat podeaua și cada, au pus bară de sprijin. Scuze în
scris și 350 de lire. Acum [[PERSON:Speranța]] râde de mine: „Vezi, tată, că speranța moare ultima?”
[[PERSON:ALINA]] (ÎNCHEIERE): Dacă proprietarul nu rezolvă problema, faceți reclamație; acum puteți merge
direct la Ombudsmanul pentru locuințe, fără să treceți pe la un deputat sau consilier.
gov.uk/social-housing-complaints
"""),
    ),
    (
        "fv2cd-ro-03",
        "ro",
        _s("""
BANDĂ DESENATĂ – „Dosarul pierdut”, șase cadre. Indicații pentru ilustrator.
NOTĂ: Familia este reală și vrea să apară cu numele adevărate: [[PERSON:Florin Căldăraru]], soția lui,
[[PERSON:Floarea]], și fiul lor, [[PERSON:Dorel]], [[AGE:10 ani]]. Sunt [[OTHER_SPECIAL:romi]] din România și
locuiesc la [[ADDRESS:31 Lambton Walk]], [[POSTCODE:LS9 7HT]]. Funcționara „doamna Green” este inventată.

CADRUL 1: Bucătărie cu tavanul căzut pe jumătate. [[PERSON:Floarea]] ține o găleată; pe pervaz, o floare
în ghiveci.
[[PERSON:FLOAREA]]: Trei luni cu găleata. Și floarea mea s-a uscat de frig.

CADRUL 2: Biroul proprietarului. DOAMNA GREEN cu brațele încrucișate.
DOAMNA GREEN: Nu găsim cererea dumneavoastră în sistem.
[[PERSON:FLORIN]]: Am depus-o de trei ori! Am chitanța!
TEXT: Familia simțea că e tratată altfel pentru că este [[OTHER_SPECIAL:romă]].

CADRUL 3: [[PERSON:Dorel]] ține telefonul și traduce.
[[PERSON:DOREL]]: Tată, scrie „formal complaint”. Așa a zis doamna de la școală.
TEXT (pe ecranul telefonului): mesaj trimis de pe [[OTHER_ID:@florin_caldararu_lds]]

CADRUL 4: Scrisoare cu antetul [[ORGANISATION:Aire Gate Homes]]: „Reclamația nr.
[[REFERENCE:AGH-CX-60418]] – etapa 2”.
TEXT: Reclamația a fost preluată de managerul real [[PERSON:Yusuf Patel]], care și-a cerut scuze pentru
felul în care a fost tratată familia.
[[PERSON:YUSUF]]: Dosarul dumneavoastră nu s-a pierdut. A fost ignorat. Îmi pare rău.

CADRUL 5: Muncitori refac tavanul. În stradă, o dubă cu numărul [[OTHER_ID:YD70 RNX]].
TEXT: (Ilustrator: schimbă numărul dubei, e cel real.)

CADRUL 6: Familia la masă sub tavanul nou. [[PERSON:Floarea]] pune o floare nouă pe pervaz.
TEXT: Tavan nou în două săptămâni, 400 de lire și instruire pentru personal privind discriminarea. Ajutor:
[[PHONE:0113 496 0851]] · gov.uk/social-housing-complaints
"""),
    ),
    (
        "fv2cd-ro-04",
        "ro",
        _s("""
TEATRU RADIOFONIC (3 minute) – „Fereastra de la etajul cinci”. Scenariu cu note de producție.
NOTĂ: Numele din piesă sunt schimbate: mama „Elena”, fetița „Mara”. Povestea este a doamnei
[[PERSON:Cristina Lungu]] și a fetiței ei, [[PERSON:Sofia]], de [[AGE:3 ani]], din [[ADDRESS:apartamentul 52]],
blocul [[ADDRESS:Lawford Heights]], [[POSTCODE:BS5 0RN]]. Replica de la final este vocea reală a
[[PERSON:Cristinei]].

[SUNET: vânt puternic, o fereastră care se trântește]
SCENA 1. DORMITORUL – SEARA
ELENA: Mara, vino încoace! Nu te urca pe pat lângă geam!
NARATOR: Limitatorul ferestrei era rupt. Etajul cinci. Un copil de [[AGE:trei ani]].

SCENA 2. HOLUL – ZIUA
ELENA: (la telefon) Am raportat de două ori. Numărul lucrării e [[REFERENCE:HSB-RJ-40772]]. Mi s-a spus
că „nu e urgent”.
VOCE (TELEFON): [[ORGANISATION:Harbourside Homes Bristol]], cu ce vă pot ajuta?
ELENA: Vreau să fac o reclamație oficială. Am un copil mic și o fereastră care nu se mai închide.
NARATOR: Reclamația a fost înregistrată cu numărul [[REFERENCE:HSB-C-1029]].

SCENA 3. SUFRAGERIA – ZIUA
NARATOR: Inspectorul real, [[PERSON:Olu Adebayo]], și-a înregistrat singur replica.
[[PERSON:OLU]]: Un limitator rupt la etajul cinci e urgență, nu lucrare de rutină. Am greșit. Îl schimbăm
azi.
[SUNET: bormașină, apoi liniște]

SCENA 4. DORMITORUL – SEARA
NARATOR: În aceeași zi, limitatoare noi la toate ferestrele; în două luni, verificări în tot blocul.
Scuze în scris și 200 de lire.
[[PERSON:CRISTINA]] (vocea reală): A fost un drum lung, dar [[PERSON:Sofia]] doarme acum liniștită. Nu
tăceți.
NARATOR: gov.uk/social-housing-complaints · [[PHONE:0117 496 0632]]
"""),
    ),
    (
        "fv2cd-ro-05",
        "ro",
        _s("""
STORYBOARD – film de instruire al [[ORGANISATION:Carrow Wharf Housing]] pentru personal: „Compensația care
nu a mai ajuns”.
NOTE DE PRODUCȚIE (de șters înainte de distribuire): Chiriașii din film sunt „domnul B.” și „doamna B.”,
jucați de actori. Chiriașii reali sunt domnul [[PERSON:Gheorghe Bălan]], [[AGE:67 de ani]], și soția lui,
[[PERSON:Maricica]], din [[ADDRESS:apartamentul 3, 18 Wensum Yard]], [[POSTCODE:NR2 4TE]]; nu vor să fie
recunoscuți. Recuzita din cadrul 3 e copia formularului real: înlocuiți codul de sortare
[[OTHER_ID:20-45-77]], numărul de cont [[OTHER_ID:41882306]] și CNP-ul [[OTHER_ID:1580612400217]] de pe
copia buletinului înainte de filmare. Managerul de reclamații din film este colega noastră reală,
[[PERSON:Hannah Price]].

CADRUL 1: Bucătărie cu pereții înnegriți după un mic incendiu la cuptor. TEXT: „Incendiu: martie.
Reparații: aprilie. Compensație promisă: 500 de lire.”
CADRUL 2: DOMNUL B. deschide plicuri; niciun cec.
DOMNUL B.: Mi-au zis „în 28 de zile”. Au trecut patru luni.
CADRUL 3: Formularul bancar pe masă, cu datele contului la vedere. (Recuzită – vezi nota.)
[[PERSON:HANNAH]] (VOCE DIN OFF): Domnul B. ne-a trimis datele contului de trei ori. Le-am pierdut de trei
ori, între două departamente.
CADRUL 4: DOMNUL B. la telefon, DOAMNA B. lângă el, notând.
DOMNUL B.: Nu mai cer. Fac reclamație.
TEXT PE ECRAN: Reclamația nr. [[REFERENCE:CWH-CMP-2207]] – etapa 1
CADRUL 5: [[PERSON:HANNAH]] la ușa lor.
[[PERSON:HANNAH]]: Vă cer scuze. Plata se face azi, cu 100 de lire în plus pentru întârziere.
CADRUL 6: TEXT: Acum fiecare compensație promisă are un singur responsabil și un termen, verificat
săptămânal.
CADRUL 7: Ecran final: [[PHONE:01632 960 389]] · [[EMAIL:reclamatii@carrowwharf.example.org]] ·
gov.uk/social-housing-complaints
"""),
    ),
    (
        "fv2cd-ur-01",
        "ur",
        _s("""
مختصر فلم (90 سیکنڈ) — "گرتی چھت"، شوٹنگ اسکرپٹ۔
پروڈکشن نوٹ: کہانی سچی ہے اور کرایہ دار خود اپنا کردار ادا کر رہی ہیں۔ [[PERSON:ثمینہ اختر]]
[[ADDRESS:فلیٹ 14، Belle Vue House]]، [[POSTCODE:M12 5RT]] میں رہتی ہیں اور انہوں نے صرف پہلا نام دکھانے
کی اجازت دی ہے۔ فلم میں بیٹے کا نام "علی" رکھا گیا ہے، یہ فرضی نام ہے اور کردار ایک بچہ اداکار کر رہا ہے؛
اصل بیٹا [[PERSON:عمر]] [[AGE:9 سال]] کا ہے اور اسے [[HEALTH:ڈاؤن سنڈروم]] ہے۔ وہ فلم میں نہیں آئے گا۔

منظر 1 — اندر۔ بیٹھک — رات
(چھت پر پانی کا بڑا دھبہ، پلستر پھول گیا ہے۔ [[PERSON:ثمینہ]] نیچے بالٹی رکھتی ہیں۔)
[[PERSON:ثمینہ]]: یا اللہ، یہ دھبہ روز بڑا ہو رہا ہے۔
علی: امی، چھت سے آواز آ رہی ہے۔
[[PERSON:ثمینہ]] (وائس اوور): میں نے [[ORGANISATION:Longsight Vale Homes]] کو چار بار فون کیا۔ ہر بار کہا
گیا، "انسپیکشن بک ہو گئی ہے۔"

منظر 2 — اندر۔ بیٹھک — صبح
[آواز: دھڑام]
(پلستر کا ٹکڑا صوفے پر گرا ہے۔ [[PERSON:ثمینہ]] کانپتے ہاتھوں سے تصویر کھینچتی ہیں۔)
اسکرین پر: مرمت لائن [[PHONE:0161 496 0764]]
[[PERSON:ثمینہ]]: (فون پر) میں باقاعدہ شکایت درج کرانا چاہتی ہوں۔ آج ہی۔
اسکرین پر: شکایت نمبر [[REFERENCE:LVH-C-31876]]

منظر 3 — اندر۔ بیٹھک — دن
(اصل سروے کرنے والے [[PERSON:کیون او برائن]] ([[PERSON:Kevin O'Brien]]) اپنا کردار خود ادا کر رہے ہیں۔)
[[PERSON:کیون]]: اوپر والے فلیٹ کا پائپ مہینوں سے رس رہا تھا۔ غلطی ہماری ہے، آپ کی نہیں۔
[[PERSON:ثمینہ]]: یہ لکھ کر دیں گے؟
[[PERSON:کیون]]: جمعے تک خط مل جائے گا۔

منظر 4 — باہر۔ [[ADDRESS:Belle Vue House]] کے سامنے — دن
([[PERSON:ثمینہ]] اور علی مسکراتے ہوئے ہاتھ ہلاتے ہیں۔)
[[PERSON:ثمینہ]] (وائس اوور): دس دن میں نئی چھت، نیا صوفہ، تحریری معافی اور 350 پاؤنڈ۔ فون سے نہیں،
تحریری شکایت سے کام ہوا۔
آخری کارڈ: مسئلہ حل نہیں ہوا؟ شکایت کریں۔ gov.uk/social-housing-complaints
"""),
    ),
    (
        "fv2cd-ur-02",
        "ur",
        _s("""
پوڈکاسٹ "گھر کی بات" — قسط 8: "سیڑھیاں اور غسل خانہ"۔ اشاعت کے لیے تحریری صورت۔
مدیر کا نوٹ: دونوں آوازیں اصلی ہیں۔ میزبان [[PERSON:عائشہ ملک]] مہم کی ٹیم سے ہیں۔ مہمان جناب
[[PERSON:راحت حسین]]، عمر [[AGE:71 سال]]، نے نام ظاہر کرنے کی اجازت دی ہے۔ ان کی اہلیہ [[PERSON:نسیم]] کا
ذکر ان کی اجازت سے ہے۔

[ابتدائی دھن]
[[PERSON:عائشہ]]: السلام علیکم۔ آج ہمارے ساتھ [[PERSON:راحت]] صاحب ہیں۔
[[PERSON:راحت]] صاحب: وعلیکم السلام، بیٹی۔
[[PERSON:عائشہ]]: بتائیے، کیا ہوا تھا؟
[[PERSON:راحت]] صاحب: ہم [[ADDRESS:27 ہائی ٹاؤن گرو]]، [[POSTCODE:LU3 2QF]] میں اٹھارہ سال سے رہتے ہیں۔
پچھلے سال [[PERSON:نسیم]] کو [[HEALTH:فالج]] ہوا۔ اس کے بعد وہ اوپر والے غسل خانے تک سیڑھیاں نہیں چڑھ
سکتیں۔
[[PERSON:عائشہ]]: آپ نے لینڈ لارڈ کو بتایا؟
[[PERSON:راحت]] صاحب: [[ORGANISATION:Chiltern Gate Housing]] کو، ڈاکٹر کے خط کے ساتھ۔ انہوں نے کہا،
او ٹی کی رپورٹ آئے گی۔ رپورٹ آئی، پھر کچھ نہیں۔ آٹھ مہینے [[PERSON:نسیم]] نیچے کمرے میں بالٹی سے نہاتی
رہیں۔
[[PERSON:عائشہ]]: پھر کیا بدلا؟
[[PERSON:راحت]] صاحب: میرے پوتے [[PERSON:دانیال]] نے کہا، دادا، یہ درخواست نہیں، شکایت ہے۔ اس نے ای میل
لکھی، ہمارا کرایہ داری نمبر [[REFERENCE:CGH 30 55 718]] ڈالا، اور رابطے کے لیے میرا موبائل نمبر
[[PHONE:07700 900 415]]۔
[[PERSON:عائشہ]]: جواب آیا؟
[[PERSON:راحت]] صاحب: دس دن میں۔ معافی مانگی، نیچے نیا شاور روم بنایا، سیڑھی پر لفٹ لگائی، اور 400
پاؤنڈ دیے۔ سچ کہوں تو بڑی راحت ملی۔
[[PERSON:عائشہ]] (اختتام): اگر آپ کا لینڈ لارڈ مسئلہ حل نہ کرے تو شکایت کیجیے؛ اب آپ کسی ایم پی یا
کونسلر کے بغیر براہِ راست ہاؤسنگ اومبڈسمین کے پاس بھی جا سکتے ہیں۔ gov.uk/social-housing-complaints
"""),
    ),
    (
        "fv2cd-ur-03",
        "ur",
        _s("""
کامک اسٹرپ — "چوہوں والا کچن"، چھ پینل۔ مصور کے لیے ہدایات۔
نوٹ: مرکزی کردار اصلی ہیں اور اپنے نام سے آنا چاہتے ہیں: جناب [[PERSON:محمد اکرم]]، [[AGE:80 سال]]،
جنہیں [[HEALTH:الزائمر]] کی ابتدائی علامات ہیں، اور ان کی نواسی [[PERSON:زینب]]۔ "چاچا جی" والا کردار پڑوسی
ہے، اس کا نام نہیں دینا۔ گھر: [[ADDRESS:42 Warwick Grove]]، [[POSTCODE:B11 4HD]]۔ [[PERSON:اکرم]] صاحب ہر
جمعے [[ADDRESS:جامع مسجد فیضانِ مدینہ]] جاتے ہیں؛ مسجد کسی پینل میں نہ دکھائیں۔

پینل 1: کچن۔ روٹیوں کے ڈبے میں کترا ہوا کاغذ، فرش پر چوہوں کی گندگی۔ [[PERSON:اکرم]] صاحب حیران کھڑے
ہیں۔
کیپشن: دو مہینے سے دیواروں میں چوہے۔
[[PERSON:اکرم]] صاحب: میں تو باتیں بھول جاتا ہوں، مگر یہ چوہے روز یاد دلاتے ہیں۔

پینل 2: [[PERSON:زینب]] فون سے ویڈیو بنا رہی ہے۔
[[PERSON:زینب]]: نانا ابو، یہ میں پوسٹ کر رہی ہوں۔
کیپشن (فون کی اسکرین پر): [[OTHER_ID:@zainab.brum]] نے [[OTHER_ID:@ColeValleyHomes]] کو ٹیگ کیا: "میرے
نانا [[AGE:80 سال]] کے ہیں اور دو مہینے سے یہ حال ہے۔"

پینل 3: چاچا جی دیوار کے اوپر سے جھانکتے ہوئے۔
چاچا جی: پوسٹ سے کچھ نہیں ہوتا، بیٹی۔ باقاعدہ شکایت لکھو، نمبر لو۔

پینل 4: [[PERSON:زینب]] لیپ ٹاپ پر۔ اسکرین پر فارم:
کیپشن: [[ORGANISATION:Cole Valley Homes]] — شکایت نمبر [[REFERENCE:CVH/CP/50913]] — تاریخ پیدائش:
[[DATE_OF_BIRTH:12/01/1945]]
(مصور: فارم کی تفصیل دھندلی کر دیں۔)

پینل 5: [[ORGANISATION:Midland Pest Control]] کا آدمی دیوار کے سوراخ بند کر رہا ہے، پیچھے وین کا نمبر
[[OTHER_ID:BX72 KLM]]۔
کیپشن: شکایت کے پانچ دن بعد: سارے سوراخ بند، نئے کچن کیبنٹ، معافی کا خط۔

پینل 6: صاف کچن، [[PERSON:اکرم]] صاحب اور [[PERSON:زینب]] چائے پیتے ہوئے۔
کیپشن: 200 پاؤنڈ معاوضہ، اور ہر تین مہینے معائنہ۔ مدد کے لیے: [[PHONE:0121 496 0418]] ·
gov.uk/social-housing-complaints
"""),
    ),
    (
        "fv2cd-ur-04",
        "ur",
        _s("""
ریڈیو ڈرامہ (3 منٹ) — "عارضی گھر"۔ پروڈکشن نوٹس کے ساتھ اسکرپٹ۔
پروڈکشن نوٹ: ڈرامے میں نام بدلے ہوئے ہیں: ماں "گل بانو"، بیٹا "احمد"۔ اصل خاندان [[PERSON:شازیہ پروین]]
اور ان کے بیٹے [[PERSON:فرہاد]] ([[AGE:14 سال]]) کا ہے، جو [[OTHER_SPECIAL:افغانستان]] سے
[[OTHER_SPECIAL:پناہ گزین]] کے طور پر آئے۔ وہ [[ADDRESS:کمرہ 7]]، [[ADDRESS:Bath Road Lodge]]،
[[POSTCODE:SL1 3UF]] میں رہتے تھے۔ آخری جملہ [[PERSON:شازیہ]] کی اپنی آواز میں ہے۔

[آواز: راہداری میں شور، دروازے بند ہونے کی آوازیں]
منظر 1 — ایک کمرہ — رات
گل بانو: احمد، کھڑکی بند کرو، ٹھنڈ ہے۔
احمد: امی، کھڑکی بند ہی نہیں ہوتی۔ اور باتھ روم پھر سے باہر والوں کے ساتھ۔
راوی: کونسل نے کہا تھا چھ ہفتے۔ گیارہ مہینے ہو گئے۔ ایک کمرہ، مشترکہ باتھ روم، اور اسکول دو بسوں کی دوری
پر۔

منظر 2 — کونسل کا دفتر — دن
گل بانو: (خط پڑھتے ہوئے) "آپ کی ہاؤسنگ رجسٹر درخواست [[REFERENCE:TVBC-HR-118374]] زیرِ غور ہے۔"
گیارہ مہینے سے زیرِ غور!
احمد: امی، یہ شکایت ہونی چاہیے۔ لکھ کر۔
راوی: شکایت [[ORGANISATION:Thames Vale Borough Council]] کو بھیجی گئی، ساتھ میں بی آر پی نمبر
[[OTHER_ID:ZR4418092]] بھی، جو دفتر بار بار مانگتا تھا۔

منظر 3 — کمرہ — دن
راوی: کونسل کی اصل افسر [[PERSON:ربیکا ہیوز]] نے اپنی آواز خود ریکارڈ کی۔
[[PERSON:ربیکا]]: میں نے پوری فائل پڑھی۔ آپ کو اتنے عرصے بغیر جائزے کے یہاں رکھنا ہماری غلطی تھی۔ معذرت۔
گل بانو: بس میرے بیٹے کو پڑھنے کی جگہ چاہیے۔

منظر 4 — نیا فلیٹ — دن
[آواز: خالی کمروں میں گونج، ہنسی]
راوی: تین ہفتوں میں اسکول کے قریب دو کمروں کا فلیٹ، اور 500 پاؤنڈ معاوضہ۔
[[PERSON:شازیہ]] (اصل آواز): خاموش نہ رہیں۔ [[PERSON:فرہاد]] اب اپنی میز پر پڑھتا ہے۔
راوی: gov.uk/social-housing-complaints · [[PHONE:0118 496 0927]]
"""),
    ),
    (
        "fv2cd-ur-05",
        "ur",
        _s("""
اسٹوری بورڈ — [[ORGANISATION:Roch Valley Homes]] کی اسٹاف ٹریننگ ویڈیو: "گیس کی بو"۔
پروڈکشن نوٹس (شیئر کرنے سے پہلے ہٹا دیں): ویڈیو میں کرایہ دار کو "مسز ک" کہا گیا ہے اور ایک اداکارہ کردار
ادا کر رہی ہیں۔ اصل کرایہ دار محترمہ [[PERSON:کلثوم بی بی]] ہیں، [[ADDRESS:15 Milkstone Close]]،
[[POSTCODE:OL11 1PZ]]؛ وہ اپنی پہچان ظاہر نہیں کرنا چاہتیں۔ ان کے گھر کے بالکل سامنے
[[ADDRESS:مدینہ مسجد]] ہے؛ کسی شاٹ میں مسجد کا نام نہ آئے۔ فریم 3 کا جی پی خط اصل کی نقل ہے: این ایچ
ایس نمبر [[OTHER_ID:614 220 8873]] اور تاریخ پیدائش، [[DATE_OF_BIRTH:پندرہ اگست انیس سو اکسٹھ]]، شوٹنگ سے
پہلے بدل دیں۔ ہمارے اصلی گیس سیفٹی افسر [[PERSON:عمران بٹ]] اپنا کردار خود ادا کر رہے ہیں۔

فریم 1: چولہے کے قریب کلوز اپ۔ اسکرین پر متن: "گیس کی بو کی رپورٹ: 3 بار۔ ایمرجنسی وزٹ: 0۔"
فریم 2: مسز ک فون پر۔
مسز ک: بو آ رہی ہے، بیٹا۔ سر میں درد رہتا ہے۔
کال سینٹر (آواز): ہم آپ کے لیے روٹین اپوائنٹمنٹ بک کر دیتے ہیں۔
فریم 3: میز پر جی پی کا خط، صرف ایک سطر پڑھی جا سکتی ہے: "مریضہ کو [[HEALTH:انجائنا]] ہے۔"
فریم 4: [[PERSON:عمران]] گیس ڈیٹیکٹر کے ساتھ کچن میں۔
[[PERSON:عمران]]: خالہ جی، یہ پائپ کا جوڑ لیک کر رہا ہے۔ گیس کی بو ہمیشہ ایمرجنسی ہوتی ہے۔ ہم سے غلطی
ہوئی۔
اسکرین پر: شکایت نمبر [[REFERENCE:RVH-GAS-0926]]
فریم 5: نیا پائپ، کاربن مونو آکسائیڈ الارم۔
کیپشن: اسی دن مرمت، 300 پاؤنڈ معاوضہ۔ اب "گیس کی بو" کہنے والی ہر کال خود بخود ایمرجنسی ہے، چاہے کسی
بھی زبان میں ہو۔
فریم 6: آخری کارڈ: [[PHONE:0161 496 0280]] · [[EMAIL:shikayat@rochvalley.example.org]] ·
gov.uk/social-housing-complaints
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
