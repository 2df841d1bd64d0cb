"""Fresh version-2 PII test stories, batch bh.

Survey and feedback answers: residents filling in a tenant satisfaction survey, an exit survey after
a complaint or antisocial behaviour case closed, or a "how we put things right" feedback form, in
free text. Each story is a set of four to seven answers, the questions numbered or left out, copied
in English or the language of the answers; some answers are one line, some run on. The writers name
the staff who helped or did not ("the lady Morven", "Mr Hollingworth from repairs", "ਸਿਨੇਡ ਜੀ",
"pani Nkechi"), neighbours by first name, house number or flat, their block, street or mosque, give
their age exactly or as a band (bands are not marked), paste complaint, repair and Ombudsman
numbers, and leave contact details for a follow-up call: phone numbers with native digits, spaced or
run together or read out in words, emails dictated with "dot" and "at" in the writer's language,
social media handles and a Motability van's registration. Tone runs from grateful to sarcastic.
Language names used as languages ("letters in Urdu") are not marked.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).

Measured on 7 December 2026 at first sight (the writer saw neither the detector nor the other
batches, and nothing was changed for this batch): leak-free 85.7% of 35, recall 98.9%, precision 81.9%, on the committed
detector 9c0c5e9 (after round 54); leak-free by language ar 3, bn 5, en 5, pa 3, pl 4, ro 5, ur 5 of 5.
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2bh-en-01",
        "en",
        _s("""
Complaint closed survey, free text answers.

1. How satisfied are you with the way your complaint was resolved?
Very satisfied in the end. Not at the start, mind. My complaint number was [[REFERENCE:NVH-CMP-2024-08817]] if you want to look it up.

2. In your own words, what went wrong?
Black mould in the back bedroom of [[ADDRESS:flat 14]], [[ADDRESS:Tamworth House]], [[POSTCODE:WV10 6QT]]. It came back every winter and every winter somebody came, sprayed it and left. My grandson [[PERSON:Kyrie]] stops with me three nights a week, he is [[AGE:4]] and has [[HEALTH:asthma]], and I had to stop putting him in that room. Mr [[PERSON:Hollingworth]] from repairs told me it was "lifestyle" and I should open a window. In January. I'm [[AGE:71]], I know how to open a window.

3. Did any member of staff help you?
Yes, the lady [[PERSON:Morven]] in the complaints team. She rang back when she said she would, which nobody had done in six months, and she came out herself with the surveyor. Also [[PERSON:Dariusz]], the plasterer from [[ORGANISATION:Kestrel Property Care]], lovely lad, hoovered up after himself.

4. What was done to put things right?
They found the cavity insulation had slumped on that wall. It was taken out and redone, the wall treated and replastered, and I got a bathroom fan that actually pulls. [[ORGANISATION:Northgate Vale Homes]] paid £350 for redecorating and £200 for the upset, and the letter said sorry properly, not "we apologise for any inconvenience".

5. Has anything changed?
The surveyor said they now check the whole block when one flat gets mould twice. My neighbour [[PERSON:Sheila Pountney]] at [[ADDRESS:number 16]] had hers looked at the same week without even ringing.

6. May we contact you about your answers?
Yes. Ring me on [[PHONE:07700 900418]] but not before 10. Or email my daughter [[PERSON:Rhiannon]], she does my emails: [[EMAIL:rhiannon.okafor@example.com]]. Name: [[PERSON:Pauline Okafor]].
"""),
    ),
    (
        "fv2bh-en-02",
        "en",
        _s("""
Q1 Overall, how satisfied are you with how we handled your complaint? (1-10)
2. And that's only because it's fixed now.

Q2 What happened?
Roof leaked onto the landing at [[ADDRESS:22 Ashgrove Terrace]], Halifax [[POSTCODE:hx1 5rb]] for eleven months. Eleven. I reported it on 14 Feb (very romantic) under repair job [[REFERENCE:R-558203]] and got three visits from [[ORGANISATION:Swiftfix Building Services]], each one a different lad who looked up, said "aye that's a leak" and went. [[PERSON:Gaz]] was the best of them, at least he brought a bucket.

Q3 Who dealt with your complaint?
First a Ms [[PERSON:Adeyemi-Clarke]], who sent a stage 1 letter saying the roof had been "inspected and found satisfactory". It was inspected from the pavement. At stage 2 a man called [[PERSON:Toby Wragg]] actually climbed up. Credit where it's due, [[PERSON:Toby]] sorted it. I'd gone to the Housing Ombudsman by then as well, their case number is [[REFERENCE:202409317]].

Q4 What was put right?
New felt and battens on the back slope, new guttering, landing ceiling replastered, £475 compensation. [[ORGANISATION:Pennine Crest Housing]] also paid for the carpet, which old Mrs [[PERSON:Brannigan]] at [[ADDRESS:number 9]] said I'd never get. I got it, [[PERSON:Nora]].

Q5 What could we do better?
Get off the pavement. And answer the phone, [[PHONE:0113 496 0752]] rang out for 40 minutes twice.

Q6 Your age group
45-54

Q7 Can we contact you?
If you must. [[EMAIL:declan dot mulrooney at example dot net]], or mobile [[PHONE:oh seven seven double oh, nine hundred, two six one]]. [[PERSON:D. Mulrooney]]
"""),
    ),
    (
        "fv2bh-en-03",
        "en",
        _s("""
Tenant Satisfaction Survey 2025, comments section.

Your name: [[PERSON:Shanice Gordon-Brathwaite]]
Tenancy ref (so we can match your answers): [[REFERENCE:T/0048812]]
Date of birth: [[DATE_OF_BIRTH:03/11/1994]]

How do you feel about the repairs service? Please explain.
Honestly I was ready to give you a 1. Boiler died on the 2nd of December with a [[AGE:6-month-old]] in the house (my youngest, [[PERSON:Tobias]]). Out of hours line said 72 hours. [[PERSON:Bernadette]] on the out of hours line was the only one who listened, she got [[ORGANISATION:Heatwise Gas Ltd]] to drop two oil heaters round that night and rang back at 11pm to check they'd come. Give that woman a raise.

What happened next?
The engineer said the boiler was condemned and it was "up to the landlord". Then nothing for nine days. I put a complaint in, ref [[REFERENCE:SMH-C-61177]]. Mr [[PERSON:Fitzgerald-Osei]] from complaints rang me the next morning, apologised, and a new boiler was in by the Friday. He also got my electric for the heaters paid back, £146.

Is there anything else you'd like to tell us?
My other son [[PERSON:Marley]] missed two days at [[ADDRESS:St Aldhelm's Primary]] with a chest infection from the cold. I don't want money for that, I just want you to know. Since then [[ORGANISATION:Southbank Meridian Housing]] have told me families with a baby or a poorly kid go on a priority list for heating, which is how it should have been from the start.

Can we share your comments?
Yes but not my name. I post about housing stuff on Instagram as [[OTHER_ID:@shanicegb_sw9]] so people round here will know it's me anyway lol.

Best number to reach you
[[PHONE:020 7946 0381]] (home), don't use the old mobile.
"""),
    ),
    (
        "fv2bh-en-04",
        "en",
        _s("""
Feedback form: how we put things right.

Your name and address
[[PERSON:Alasdair McCrindle]], [[ADDRESS:flat 41]], [[ADDRESS:Craigentinny Court]], Edinburgh [[POSTCODE:EH7 6LR]]

1. What was the problem?
The lift in our block was out for five weeks in the autumn. We're on the 9th floor. I'm [[AGE:83]] (born [[DATE_OF_BIRTH:3rd of March 1941]]) and have [[HEALTH:COPD]], and my wife [[PERSON:Isobel]] has [[HEALTH:Parkinson's]], so that was us housebound. [[ORGANISATION:Caledon Lift Services]] kept saying a part was coming from Germany. I began to think it was coming on foot.

2. Who helped?
[[PERSON:Big Tam]] the caretaker carried our shopping up every second day and never once complained, though I heard him swearing on the 6th floor landing. Mrs [[PERSON:Nowicka]] across the landing made us soup. From the office, [[PERSON:Mhairi Duthie]] took my complaint ([[REFERENCE:FHA/LFT/20931]]) and phoned every Monday with an update, even when there was nothing new, which I appreciated more than she will know.

3. How was it put right?
[[ORGANISATION:Forthside Housing Association]] got a second firm to fit a temporary part, and the lift was back a fortnight after the complaint went in. We were offered a ground floor guest flat meantime, which we didn't take, but it was good to be asked. £300 goodwill payment.

4. What has changed?
They now keep a list of tenants above the 4th floor who can't manage stairs, and ring them the day a lift goes down. I'm on it. So is [[PERSON:Isobel]].

5. Anything else?
My son parks his van, [[OTHER_ID:SN68 KWU]], in the disabled bay when he visits. The concierge ticketed it twice. Please tell him not to.

Best contact: [[PHONE:0131 496 0917]], landline, we're always in.
"""),
    ),
    (
        "fv2bh-en-05",
        "en",
        _s("""
Exit survey: antisocial behaviour case closed.
Case number: [[REFERENCE:ASB/7731/24]]

Q: How would you describe the way your case was handled?
Slow then brilliant. For four months the lad at [[ADDRESS:number 31]], [[PERSON:Connor]], had music on till 4am most nights. I'm [[OTHER_SPECIAL:Muslim]] and get up before dawn to pray, and my two girls have school. The first officer, Mr [[PERSON:Leckie]], told me to keep a diary. I kept a diary. I kept it for eleven weeks. Then he left and nobody told me.

Q: What made the difference?
[[PERSON:Tendai Mhlanga]] from the tenancy team picked it up. She came round at midnight once to hear it herself, can you believe. She set up mediation at the community centre round the corner from us, [[ADDRESS:Bellott Street Community Centre]], and [[PERSON:Connor]] turned out not to be a bad kid, his mum had gone into hospital and he was on his own. [[ORGANISATION:Irwell Gate Housing]] got him support and put sound insulation in the party wall.

Q: Was any compensation paid?
£250 for the time it took. I put my NI number on the form like they asked, [[NI_NUMBER:JK 40 72 19 D]], and it went into my account ending [[OTHER_ID:6620]] within a week.

Q: Anything we could do better?
When an officer leaves, tell people. I rang [[PHONE:0161 496 0639]] five times asking where Mr [[PERSON:Leckie]] was.

Q: About you
Age: [[AGE:38]]. I live at [[ADDRESS:flat 3]], [[ADDRESS:Elm Rise]], [[POSTCODE:M8 0TW]] with my daughters. Name: [[PERSON:Hodan Warsame]]. Email [[EMAIL:hodan.warsame@example.org]] if you want me for the residents' panel, I'd be happy to join it.
"""),
    ),
    (
        "fv2bh-ar-01",
        "ar",
        _s("""
Complaint feedback form (answers in Arabic)

1. What was your complaint about?
رطوبة وعفن أسود في غرفة نوم البنات، في [[ADDRESS:شقة ٥]]، [[ADDRESS:Radford House]]، كوفنتري. العفن كان يرجع كل شتاء، وبنتي [[PERSON:لين]] عمرها [[AGE:٧ سنوات]] وعندها [[HEALTH:ربو]]، وصارت تسعل طول الليل. رقم الشكوى: [[REFERENCE:SVH-C-40927]].

2. How was it put right?
بعد شهرين من الاتصالات بلا فايدة، اتصلت فيني موظفة اسمها [[PERSON:شيفون]] من قسم الشكاوى. والله كانت محترمة كتير، اعتذرت وما حكت معي كأني أنا السبب. بعتوا شركة [[ORGANISATION:Midshire Damp Solutions]]، شالوا الجبس القديم وركّبوا مروحة شفط جديدة وفتحات تهوية بالشباك. وكمان دفعت [[ORGANISATION:Sowe Valley Homes]] ٤٠٠ جنيه تعويض وحق فرشة جديدة للبنت.

3. Was there anyone who did not help?
الشب اللي إجا أول مرة، [[PERSON:ريكي]]، قال لجوزي [[PERSON:مازن]] إنو لازم ننشّف الغسيل برّا. برّا؟ بكوفنتري؟ بشهر كانون التاني؟

4. What has changed since?
صاروا يفحصوا البيوت اللي فيها أطفال مرضى خلال أسبوعين، وهاد شي منيح. جارتنا [[PERSON:أم عدي]] بـ[[ADDRESS:شقة ٧]] إجاها الفحص بدون ما تتصل.

5. Anything else you want us to know?
أنا [[OTHER_SPECIAL:لاجئة]] من ٢٠١٦، وكنت خايفة إذا اشتكيت يصير شي على إقامتي. [[PERSON:شيفون]] طمّنتني إنو الشكوى ما إلها علاقة. لازم تكتبوا هالشي بالعربي على موقعكم لأنو في كتير عائلات خايفة متلي.

Contact:
[[PERSON:رغد الحلبوني]]، [[PHONE:٠٧٧٠٠ ٩٠٠٦٢٣]]، [[POSTCODE:CV6 1JQ]]
"""),
    ),
    (
        "fv2bh-ar-02",
        "ar",
        _s("""
Survey after complaint closed

س١: هل أنت راضٍ عن طريقة التعامل مع شكواك؟
راضي؟ خلّيني أقول "راضي بالمكتوب". التدفئة قطعت في [[ADDRESS:40 Cardigan Walk]] يوم ٣ نوفمبر ورجعت يوم ١٩ ديسمبر. سبعة أسابيع. أنا عمري [[AGE:٥٢ سنة]] وقضيت شتاوي في الخرطوم أدفأ من كده.

س٢: من ساعدك من الموظفين؟
المستر [[PERSON:هارغريفز]] في قسم الصيانة كل مرة يقول "next week". أسبوع ورا أسبوع. الفني من [[ORGANISATION:Aire Heating & Plumbing]] جا مرتين ونسي القطعة في الفان مرتين. الوحيدة اللي اشتغلت صاح هي [[PERSON:بريشس أوكونكوو]] من فريق الشكاوى، فتحت الملف برقم [[REFERENCE:KCH/CP/3381]] وخلال أسبوع كان عندي بويلر جديد.

س٣: ما الذي تم إصلاحه؟
بويلر جديد، رادياتير جديد في أوضة الولد، و٣٥٠ جنيه تعويض. كمان [[ORGANISATION:Kirkstall Commons Housing]] دفعوا فاتورة الكهرباء بتاعة الدفايات. ما بقول ما عملوا شي، عملوا، بس بعد ما اشتكيت رسمي.

س٤: هل تغيّر شيء؟
جاري [[PERSON:ديلروي]] في [[ADDRESS:رقم ٤٢]] البويلر بتاعه خرب الشهر الفات واتصلّح في يومين. يعني في حاجة اتغيّرت، أو [[PERSON:ديلروي]] محظوظ ساكت.

س٥: هل يمكننا الاتصال بك؟
أيوه. [[PHONE:0113 496 0548]] بعد الساعة ٦ مساءً لأني بشتغل سواق تاكسي. أو إيميل: [[EMAIL:awad.babiker@example.net]]
الاسم: [[PERSON:عوض الكريم بابكر]]، [[POSTCODE:LS6 2HN]]
"""),
    ),
    (
        "fv2bh-ar-03",
        "ar",
        _s("""
Feedback: how we put things right (adaptations complaint)

1. Who are you completing this form for?
لوالدتي [[PERSON:سعدية حسون]]، تاريخ ميلادها [[DATE_OF_BIRTH:١٢/٠٣/١٩٤٩]]. آني بنتها [[PERSON:نادية الجبوري]] وآني اللي أتابع أمورها لأن ما تقرا إنكليزي.

2. What went wrong?
أمي صارت عدها [[HEALTH:جلطة دماغية]] بالصيف، ولما طلعت من المستشفى ما كانت تكدر تدخل البانيو. أخصائية العلاج الوظيفي [[PERSON:برايوني]] كتبت التقرير بشهر آب، وكالت الشغل يخلص خلال ستة أسابيع. مرّت خمس شهور، وأمي تتحمم على كرسي بالمطبخ. شركة [[ORGANISATION:Ability Adapt Ltd]] كل مرة تكول القائمة طويلة.

3. How was it put right?
قدّمت شكوى رسمية، الرقم [[REFERENCE:BHH/ADP/7716]]. ردّ عليّ السيد [[PERSON:ستيوارت إيفانز]] من [[ORGANISATION:Brookfield Heath Homes]] خلال عشرة أيام، واعترف إن الطلب ضاع بين قسمين. بعد أسبوعين صار عدنا حمّام بدوش أرضي ومسكات، وانطونا ٦٠٠ باوند. الدكتورة بـ[[ADDRESS:Handsworth Wood Medical Centre]] طلبت نسخة من الرسالة حتى تحطها بالملف، ورقم NHS مال أمي [[OTHER_ID:٦٢٨ ١٩٤ ٨٢١١]] مكتوب عليها.

4. What changed?
كالوا هسه أكو شخص واحد مسؤول عن كل طلب تعديل من البداية للنهاية. إن شاء الله يكون صدك.

5. Contact for follow-up
اتصلوا على بيت أمي [[PHONE:٠١٢١ ٤٩٦ ٠٣٣٥]]، أو على موبايلي [[PHONE:07700 900 147]]. العنوان [[ADDRESS:9 Wellington Grove]]، [[POSTCODE:B20 2LS]].
"""),
    ),
    (
        "fv2bh-ar-04",
        "ar",
        _s("""
Estate services survey, free text

Q1. Which estate and block do you live in?
[[ADDRESS:Wendover Estate]]، بلوك [[ADDRESS:Hamble Court]]، الطابق الثالث، [[POSTCODE:SE17 2QP]].

Q2. Tell us about your recent complaint.
الضو ديال الدروج والباركينغ كان طافي تقريباً ثلاثة شهور. الدراري كيتجمعو تما فالليل، كيكميو وكيخليو الزبل، ومراتي [[PERSON:سكينة]] ولات خايفة ترجع من الخدمة بوحدها. شكينا بالتيليفون بزاف ديال المرات، ومن بعد درت شكاية مكتوبة، الرقم ديالها [[REFERENCE:TUH-ASB-2291]].

Q3. Did staff keep you informed?
[[PERSON:أوكسانا]] من فريق الحي كانت كتجاوبني ديما، الله يجازيها بخير. ولكن المقاول [[ORGANISATION:Brightline Electrical]] قال بلي الخدمة ماشي ديالو، و[[ORGANISATION:Thameside Unity Housing]] قالت بلي ديالو. كل واحد كيلوح الكرة للآخر.

Q4. How was it put right?
ملي وصلات الشكاية للمرحلة الثانية، جا المدير [[PERSON:نايجل بيمبرتون]] بنفسو فالليل وشاف الظلام بعينيه. من بعد جوج سيمانات بدلو كاع الضواو بـLED، وحطو كاميرا فالباركينغ. و[[PERSON:كوامي]] الكونسيرج ولى كيدور كل ليلة على العشرة.

Q5. What could be better?
خاصكم تجاوبو على التيليفون [[PHONE:020 7946 0829]] قبل ما الواحد يكتب شكاية.

Q6. Your details
[[PERSON:يونس الإدريسي]]، عندي [[AGE:٦١ عام]]. كنصلي فـ[[ADDRESS:مسجد التقوى]] اللي حدا البلوك، إلا بغيتو تلقاوني. الإيميل: [[EMAIL:younes نقطة idrissi على example نقطة com]]
"""),
    ),
    (
        "fv2bh-ar-05",
        "ar",
        _s("""
Customer satisfaction: complaint follow-up

1) هل تم حل مشكلتك؟
أيوه الحمد لله، اتحلّت بالكامل.

2) What was the problem?
شبابيك الصالة وأوضة الولاد كانت بتدخّل مية مع كل مطرة، والخشب كان معفّن من تحت. ابني [[PERSON:ياسين]] عنده [[AGE:١٣ سنة]] وبيذاكر في أوضته، وكراريسه كانت بتتبل. بلّغت الصيانة من يناير، رقم البلاغ [[REFERENCE:HRH-0092147]]، وقعدنا نستنى.

3) Who helped you?
الأستاذة [[PERSON:تشيديرا]] من خدمة العملاء، هي اللي فتحت الشكوى ومشيت فيها لحد الآخر. وكمان [[PERSON:بريندان]] الفني بتاع [[ORGANISATION:Don Valley Glazing]]، راجل ابن حلال، ركّب الشبابيك الجديدة في يومين ونضّف ورا نفسه. حتى مدرّس [[PERSON:ياسين]] في [[ADDRESS:Firth Park Academy]] لاحظ إن الولد بقى مركّز أكتر.

4) How was it put right?
[[ORGANISATION:Hallam Ridge Housing]] غيّرت الشبابيك كلها بشبابيك دبل جلاس، ودفعت ٢٥٠ جنيه إسترليني تعويض عن الكراريس والستاير اللي باظت.

5) Age group
٣٥-٤٤

6) Can we contact you?
طبعاً. [[PERSON:هبة الله الشاذلي]]، [[ADDRESS:26 Owler Lane]]، [[POSTCODE:s5 6ab]]. تليفون [[PHONE:٠١١٤ ٤٩٦ ٠٢٧٨]]. وعندي صفحة على فيسبوك بكتب فيها نصايح للجيران عن الشكاوى: [[OTHER_ID:facebook.com/heba.shazly.shef]]
"""),
    ),
    (
        "fv2bh-bn-01",
        "bn",
        _s("""
Complaint closure survey (answers in Bengali)

প্রশ্ন ১: আপনার অভিযোগ কী নিয়ে ছিল?
আমাদের [[ADDRESS:ফ্ল্যাট ২৩]], [[ADDRESS:Bancroft House]]-এ বাথরুম আর ছোট ঘরের দেওয়ালে কালো ছত্রাক। আমার ছেলে [[PERSON:ইশরাক]], বয়স [[AGE:৯ বছর]], ওর [[HEALTH:হাঁপানি]] আছে, রাতে ইনহেলার ছাড়া ঘুমাতে পারত না। অভিযোগ নম্বর [[REFERENCE:PWH/CMP/5518]]।

প্রশ্ন ২: কে আপনাকে সাহায্য করেছেন?
কমপ্লেইন্ট টিমের [[PERSON:ব্রিজেট]] আপা। উনি নিজে বাসায় এসে দেখলেন, ছবি তুললেন, আর বললেন "এটা আপনার দোষ না"। এই কথাটা শোনার জন্য দুই বছর অপেক্ষা করেছি। আগে যে লোক আসত, সে শুধু বলত জানালা খুলে রাখেন।

প্রশ্ন ৩: কীভাবে সমাধান হলো?
[[ORGANISATION:Limehouse Damp & Mould Ltd]] এসে পুরো দেওয়াল ট্রিটমেন্ট করল, নতুন এক্সট্র্যাক্টর ফ্যান লাগাল, জানালায় ট্রিকল ভেন্ট দিল। [[ORGANISATION:Poplar Wharf Homes]] ৫০০ পাউন্ড ক্ষতিপূরণ দিয়েছে, আর [[PERSON:ইশরাকের]] বিছানা-তোষক বদলে দিয়েছে।

প্রশ্ন ৪: এরপর কী বদলেছে?
এখন প্রতি ছয় মাসে কেউ এসে চেক করে। পাশের [[ADDRESS:ফ্ল্যাট ২৪]]-এর [[PERSON:জোবেদা]] খালার ঘরেও একই কাজ হয়েছে, উনাকে ফোনও করতে হয়নি।

প্রশ্ন ৫: আর কিছু বলতে চান?
আমার স্বামী [[PERSON:আব্দুল মুকিত]] ইংরেজি ভালো পড়তে পারেন না, তাই সব চিঠি বাংলায় পেলে ভালো হয়। [[PERSON:ব্রিজেট]] আপা একজন সিলেটি দোভাষী এনে দিয়েছিলেন, তাতে অনেক উপকার হয়েছে।

নাম: [[PERSON:নাজমুন নাহার]]
ফোন: [[PHONE:০৭৭০০ ৯০০৭৪১]]
পোস্টকোড: [[POSTCODE:E1 4DQ]]
"""),
    ),
    (
        "fv2bh-bn-02",
        "bn",
        _s("""
Tenant satisfaction survey: written comments

১. মেরামত সেবা নিয়ে আপনার মতামত?
কী বলব, "দ্রুত সেবা" কথাটা আপনাদের চিঠিতে পড়েছি, চোখে দেখিনি। ডিসেম্বরে আমার হিটিং বন্ধ হয়ে গেল। আমার বয়স [[AGE:৭৪]], [[HEALTH:ডায়াবেটিস]] আছে, পায়ে ঠান্ডা লাগলে খুব কষ্ট হয়। [[ORGANISATION:Tame Valley Heating Services]] তিনবার এসে বলল পার্টস নেই। চতুর্থবার বলল পার্টস আছে, কিন্তু ইঞ্জিনিয়ার নেই। বাহ।

২. কোনো কর্মীর কথা বলতে চান?
রিপেয়ার ডেস্কের [[PERSON:ক্রেগ]] প্রতিবার ফোনে বলত "আমি নোট করে রাখলাম"। ভাই, নোট দিয়ে ঘর গরম হয় না। কিন্তু কমপ্লেইন্ট অফিসার মিস্টার [[PERSON:ওলুওয়াসেউন আদেবিয়ি]] সত্যিকারের ভালো মানুষ। উনি অভিযোগ নম্বর [[REFERENCE:SHCH-24-1187]] খুলে দুই দিনের মধ্যে নতুন বয়লারের ব্যবস্থা করলেন।

৩. কীভাবে সমাধান হয়েছে?
নতুন বয়লার, দুটো নতুন রেডিয়েটর, আর [[ORGANISATION:Small Heath Community Housing]] ৩০০ পাউন্ড দিয়েছে। টাকার ফর্মে ন্যাশনাল ইন্স্যুরেন্স নম্বর চেয়েছিল, দিয়েছি: [[NI_NUMBER:SW 21 83 47 B]]।

৪. এখন কি কিছু বদলেছে?
শুনলাম এখন বয়স্ক লোকদের হিটিং ২৪ ঘণ্টার মধ্যে দেখার নিয়ম হয়েছে। দেখা যাক। পরের শীতে বলব।

৫. যোগাযোগ
[[PERSON:শাহনূর আলী তালুকদার]]
[[ADDRESS:১৭ নম্বর হলিওয়েল রোড]], [[POSTCODE:B10 0XY]]
ফোন [[PHONE:০১২১ ৪৯৬ ০৬১৪]]। দুপুরে ফোন করবেন না, তখন [[ADDRESS:শাহজালাল মসজিদে]] জোহরের নামাজে থাকি।
"""),
    ),
    (
        "fv2bh-bn-03",
        "bn",
        _s("""
Q1. How satisfied are you with the outcome of your complaint?
ফলাফল ঠিক আছে। রাস্তাটা ছিল জঘন্য।

Q2. What happened?
উপরের [[ADDRESS:ফ্ল্যাট ১১]] থেকে তিন মাস ধরে আমার রান্নাঘরের সিলিংয়ে পানি পড়ছিল। উপরের প্রতিবেশী [[PERSON:ক্যাথরিন]] নিজেও বারবার ফোন করেছে, বেচারি। রিপেয়ার নম্বর [[REFERENCE:WMH-R-880312]]। [[ORGANISATION:RapidDry Restoration]] এসে একটা ডিহিউমিডিফায়ার রেখে গেল, যেটা তিন সপ্তাহ ধরে আমার বিদ্যুৎ খেল, আর পানি পড়তেই থাকল। অসাধারণ পরিকল্পনা।

Q3. Who dealt with your complaint?
প্রথমে [[PERSON:ফিনবার]] নামে একজন, যিনি আমার ইমেইলের উত্তর দিতেন দশ দিন পর, দুই লাইনে। তারপর আমি হাউজিং ওম্বুডসম্যানে গেলাম (কেস নম্বর [[REFERENCE:202412958]]), আর হঠাৎ করে সবাই আমার নাম জানে!

Q4. How was it put right?
উপরের বাথরুমের পাইপ বদলানো হয়েছে, আমার সিলিং নতুন করে বানানো হয়েছে, কিচেনের দুটো ক্যাবিনেট বদলেছে। [[ORGANISATION:Werneth Moor Housing]] ৭২০ পাউন্ড দিয়েছে, বিদ্যুৎ বিলসহ।

Q5. What would you change?
একটা সহজ নিয়ম: যদি দুই ফ্ল্যাট থেকে একই লিক রিপোর্ট হয়, তাহলে সেটা জরুরি। এটা বুঝতে রকেট বিজ্ঞানী লাগে না।

Q6. Your details (optional)
[[PERSON:তাসলিমা আক্তার]] (সবাই [[PERSON:রুমি]] ডাকে), বয়স [[AGE:২৯]], [[ADDRESS:ফ্ল্যাট ৬]], [[ADDRESS:Hathershaw Court]], ওল্ডহ্যাম। ইমেইল: [[EMAIL:taslima ডট rumi অ্যাট example ডট org]]
"""),
    ),
    (
        "fv2bh-bn-04",
        "bn",
        _s("""
Adaptations feedback: your views

১) আবেদন কার জন্য ছিল?
আমার মেয়ে [[PERSON:আরিবা খান]], জন্ম [[DATE_OF_BIRTH:২৫ জানুয়ারি ২০১৩]]। ওর [[HEALTH:সেরিব্রাল পালসি]] আছে, হুইলচেয়ার ব্যবহার করে। ও [[ADDRESS:Stopsley Ridge School]]-এ পড়ে।

২) কী সমস্যা হয়েছিল?
সামনের দরজায় র‍্যাম্প আর ভেতরে লিফট লাগানোর কথা ছিল। অকুপেশনাল থেরাপিস্ট [[PERSON:মার্সিয়া]] ম্যাডাম ২০২৩ সালে সুপারিশ করেছিলেন। এক বছর কিছুই হয়নি। [[PERSON:আরিবা]] বড় হচ্ছে, আমি আর ওর মা ওকে কোলে করে সিঁড়ি দিয়ে তুলতাম। আমাদের দুজনেরই খুব কষ্ট হতো।

৩) অভিযোগের পর কী হয়েছে?
অভিযোগ করলাম, নম্বর [[REFERENCE:LBHT-ADP-0419]]। [[ORGANISATION:Lea Bank Housing Trust]]-এর [[PERSON:গ্রাইন]] আপা দুই সপ্তাহের মধ্যে সব ফাইল খুঁজে বের করলেন। দেখা গেল কাউন্সিলের টাকা অনুমোদন হয়ে পড়ে ছিল, কেউ [[ORGANISATION:Chiltern Access Adaptations]]-কে কাজের অর্ডারই পাঠায়নি!

৪) কাজ কেমন হয়েছে?
খুব ভালো। র‍্যাম্প, থ্রু-ফ্লোর লিফট, আর বাথরুমে ওয়েট রুম। সামনে একটা পার্কিং বে-ও করে দিয়েছে আমাদের মোটাবিলিটি গাড়ির জন্য ([[OTHER_ID:KX63 LNP]])। ক্ষতিপূরণ ৮০০ পাউন্ড।

৫) যোগাযোগের জন্য
[[PERSON:মোস্তাফিজুর রহমান খান]], [[ADDRESS:৬ Crawley Green Close]], লুটন। ফোন [[PHONE:01632 960457]]। দিনের বেলা না পেলে আমার ভাই [[PERSON:সাইফুল]] ধরবে: [[PHONE:07700 900 803]]।
"""),
    ),
    (
        "fv2bh-bn-05",
        "bn",
        _s("""
Pest control complaint: exit survey

1. Overall satisfaction (1-5): ৪

2. What was wrong?
ছারপোকা। পুরো বিল্ডিংয়ে। আমার বিছানা, বাচ্চাদের বিছানা, সোফা, সব জায়গায়।

3. Who helped?
[[PERSON:ডেনিজ]] (হাউজিং অফিসার) ভালো ছিলেন, নিয়মিত খবর নিতেন। [[ORGANISATION:Pestaway UK]]-এর [[PERSON:ইয়াকুব]] ভাই তিনবার এসে স্প্রে করেছেন, খুব ভদ্র মানুষ। পাশের ফ্ল্যাটের মিসেস [[PERSON:ওজনিয়াক]] প্রথমে মানতেই চাইছিলেন না যে ওনার ফ্ল্যাটেও আছে, পরে উনিও রাজি হলেন, তাতেই আসল কাজ হলো।

4. What did the landlord do to put it right?
প্রথম দুই মাস শুধু আমার ফ্ল্যাটে স্প্রে, তাই ফিরে ফিরে আসছিল। অভিযোগ করার পর (রেফ [[REFERENCE:CPHA-PST-3309]]) [[ORGANISATION:Cathays Park Housing Association]] পুরো বিল্ডিং একসাথে ট্রিট করল, দুটো নতুন ম্যাট্রেস দিল, আর ২০০ পাউন্ড।

5. Anything else?
আমার বয়স [[AGE:৪৭]], তিন বাচ্চা নিয়ে একা থাকি। ছোট মেয়ে [[PERSON:নুসাইবা]] কামড়ের দাগ নিয়ে স্কুলে যেত, অন্য বাচ্চারা হাসত। এটা টাকা দিয়ে পূরণ হয় না। তবু ধন্যবাদ যে শেষমেশ শুনেছেন।

6. Contact
[[PERSON:জান্নাতুল ফেরদৌস]], [[ADDRESS:ফ্ল্যাট ৮]], [[ADDRESS:Salisbury Mews]], কার্ডিফ [[POSTCODE:CF24 4SW]]। ফোন [[PHONE:029 2018 0752]]
"""),
    ),
    (
        "fv2bh-pa-01",
        "pa",
        _s("""
Satisfaction survey: complaint closed

੧. ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ ਕਿਸ ਬਾਰੇ ਸੀ?
ਪਿਛਲੇ ਕਮਰੇ ਵਿੱਚ ਸਿੱਲ੍ਹ ਅਤੇ ਕਾਲੀ ਉੱਲੀ। ਮੇਰੇ ਸੱਸ ਜੀ, [[PERSON:ਦਲਜੀਤ ਕੌਰ]], ਉਮਰ [[AGE:੭੬ ਸਾਲ]], ਉਸੇ ਕਮਰੇ ਵਿੱਚ ਸੌਂਦੇ ਹਨ। ਉਹਨਾਂ ਨੂੰ [[HEALTH:ਦਿਲ ਦੀ ਬਿਮਾਰੀ]] ਹੈ ਤੇ ਸਾਹ ਵੀ ਚੜ੍ਹਦਾ ਹੈ। ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:HHH-DM-20417]]।

੨. ਕਿਸ ਸਟਾਫ਼ ਨੇ ਮਦਦ ਕੀਤੀ?
ਸ਼ਿਕਾਇਤਾਂ ਵਾਲੇ [[PERSON:ਸਿਨੇਡ]] ਜੀ ਨੇ। ਉਹਨਾਂ ਨੇ ਪਹਿਲੀ ਵਾਰ ਹੀ ਮੰਨ ਲਿਆ ਕਿ ਛੱਤ ਦਾ ਪਰਨਾਲਾ ਟੁੱਟਿਆ ਹੋਇਆ ਸੀ, ਇਹ ਸਾਡੇ ਕੱਪੜੇ ਅੰਦਰ ਸੁਕਾਉਣ ਦੀ ਗੱਲ ਨਹੀਂ ਸੀ। ਪਹਿਲਾਂ ਆਏ ਮੁੰਡੇ ਨੇ ਤਾਂ ਇਹੀ ਕਿਹਾ ਸੀ।

੩. ਕੀ ਠੀਕ ਕੀਤਾ ਗਿਆ?
[[ORGANISATION:Crane Valley Builders]] ਵਾਲਿਆਂ ਨੇ ਪਰਨਾਲਾ ਬਦਲਿਆ, ਕੰਧ ਦਾ ਪਲੱਸਤਰ ਨਵਾਂ ਕੀਤਾ, ਤੇ ਖਿੜਕੀ ਵਿੱਚ ਹਵਾ ਵਾਲਾ ਵੈਂਟ ਲਾਇਆ। [[ORGANISATION:Hounslow Heath Housing]] ਨੇ £੪੫੦ ਦਿੱਤੇ ਅਤੇ ਸੱਸ ਜੀ ਲਈ ਨਵਾਂ ਗੱਦਾ।

੪. ਕੀ ਕੁਝ ਬਦਲਿਆ ਹੈ?
ਹਾਂ ਜੀ। ਹੁਣ ਜਦੋਂ ਕੋਈ ਸਿੱਲ੍ਹ ਦੀ ਰਿਪੋਰਟ ਕਰਦਾ ਹੈ, ਸਰਵੇਅਰ ਦਸ ਦਿਨਾਂ ਵਿੱਚ ਆਉਂਦਾ ਹੈ। ਸਾਡੀ ਗਲੀ ਦੇ [[PERSON:ਅਵਤਾਰ]] ਅੰਕਲ ਦੇ ਘਰ ਵੀ ਇਹੀ ਹੋਇਆ।

੫. ਹੋਰ ਕੁਝ?
ਸੱਸ ਜੀ ਨੇ [[ADDRESS:ਗੁਰਦੁਆਰਾ ਨਾਨਕਸਰ ਦਰਬਾਰ]] ਵਿੱਚ ਸਾਰੀ ਸੰਗਤ ਨੂੰ ਦੱਸ ਦਿੱਤਾ ਕਿ ਸ਼ਿਕਾਇਤ ਕਰਨ ਨਾਲ ਕੰਮ ਹੁੰਦਾ ਹੈ। ਹੁਣ ਤੁਹਾਨੂੰ ਹੋਰ ਸ਼ਿਕਾਇਤਾਂ ਆਉਣਗੀਆਂ, ਮਾਫ਼ ਕਰਨਾ।

ਨਾਮ: [[PERSON:ਨਵਨੀਤ ਕੌਰ ਬਾਸੀ]]
ਪਤਾ: [[ADDRESS:੫੮ ਸਟੇਸ਼ਨ ਰੋਡ]], ਹੰਸਲੋ, [[POSTCODE:TW4 6JB]]
ਫ਼ੋਨ: [[PHONE:੦੭੭੦੦ ੯੦੦੨੩੯]]
"""),
    ),
    (
        "fv2bh-pa-02",
        "pa",
        _s("""
Q1 How happy are you with how we dealt with your complaint?
ਖ਼ੁਸ਼? ਚਲੋ, ਅਖ਼ੀਰ ਕੰਮ ਹੋ ਗਿਆ, ਪਰ ਇਸ ਲਈ ਮੇਰੇ ਪੋਤੇ ਨੂੰ ਤਿੰਨ ਮਹੀਨੇ ਈਮੇਲਾਂ ਲਿਖਣੀਆਂ ਪਈਆਂ।

Q2 What was the problem?
ਮਾਰਚ ਵਿੱਚ ਸਾਡੇ ਘਰ ਚੋਰੀ ਹੋਈ। ਚੋਰ ਪਿਛਲਾ ਦਰਵਾਜ਼ਾ ਇੱਕ ਲੱਤ ਮਾਰ ਕੇ ਅੰਦਰ ਆ ਗਏ, ਕਿਉਂਕਿ ਦਰਵਾਜ਼ਾ ਪਹਿਲਾਂ ਹੀ ਗਲਿਆ ਹੋਇਆ ਸੀ, ਜੋ ਅਸੀਂ ੨੦੨੨ ਤੋਂ ਦੱਸ ਰਹੇ ਸੀ। ਰਿਪੇਅਰ ਵਾਲੇ [[PERSON:ਟ੍ਰੈਵਰ]] ਨੇ ਦਰਵਾਜ਼ੇ 'ਤੇ ਫੱਟਾ ਠੋਕ ਦਿੱਤਾ ਤੇ ਕਿਹਾ "ਨਵਾਂ ਆਰਡਰ ਕਰ ਦਿੱਤਾ"। ਫੱਟਾ ਸੱਤ ਹਫ਼ਤੇ ਲੱਗਾ ਰਿਹਾ। ਬੜਾ ਸੋਹਣਾ ਲੱਗਦਾ ਸੀ।

Q3 Who helped you?
ਮੇਰੇ ਪੋਤੇ [[PERSON:ਅਮਨਜੋਤ]] (ਘਰ ਵਿੱਚ [[PERSON:ਜੋਤੀ]]) ਨੇ ਸ਼ਿਕਾਇਤ ਲਿਖੀ, ਨੰਬਰ [[REFERENCE:PFH/CX/60158]]। ਫਿਰ ਸ਼ਿਕਾਇਤ ਟੀਮ ਦੀ [[PERSON:ਡੌਮਿਨੀਕਾ]] ਆਈ, ਪਿਛਲਾ ਦਰਵਾਜ਼ਾ ਦੇਖ ਕੇ ਉਹਦਾ ਮੂੰਹ ਲਾਲ ਹੋ ਗਿਆ। ਉਹਨੇ ਮੰਨਿਆ ਕਿ ਸਾਡੀਆਂ ਰਿਪੋਰਟਾਂ ਸਿਸਟਮ ਵਿੱਚ "no access" ਲਿਖ ਕੇ ਬੰਦ ਕੀਤੀਆਂ ਗਈਆਂ ਸਨ। ਅਸੀਂ ਤਾਂ ਹਰ ਵੇਲੇ ਘਰ ਹੁੰਦੇ ਹਾਂ।

Q4 What was put right?
[[ORGANISATION:Black Country Locks & Glass]] ਨੇ ਅੱਗੇ ਪਿੱਛੇ ਦੋਵੇਂ ਨਵੇਂ ਦਰਵਾਜ਼ੇ ਲਾਏ, ਖਿੜਕੀਆਂ ਨੂੰ ਤਾਲੇ, ਅਤੇ ਬਾਹਰ ਬੱਤੀ। [[ORGANISATION:Penn Fields Homes]] ਨੇ £੫੦੦ ਦਿੱਤੇ।

Q5 Age
ਮੈਂ [[AGE:੬੮ ਸਾਲਾਂ]] ਦਾ ਹਾਂ। ਘਰਵਾਲੀ [[AGE:੬੫]] ਦੀ।

Q6 Contact
[[PERSON:ਤਰਲੋਚਨ ਸਿੰਘ ਢੇਸੀ]], [[ADDRESS:੧੨ ਵਿਕਟੋਰੀਆ ਕਲੋਜ਼]], ਵੁਲਵਰਹੈਂਪਟਨ [[POSTCODE:wv3 7hs]]। ਫ਼ੋਨ [[PHONE:0121 496 0870]], ਜਾਂ [[PERSON:ਜੋਤੀ]] ਦੀ ਈਮੇਲ [[EMAIL:amanjot.dhesi@example.net]]।
"""),
    ),
    (
        "fv2bh-pa-03",
        "pa",
        _s("""
ਨਵੇਂ ਕਿਰਾਏਦਾਰਾਂ ਦਾ ਸਰਵੇ (New tenant survey)

1. ਤੁਹਾਡਾ ਨਾਮ ਅਤੇ ਕਿਰਾਏਦਾਰੀ ਨੰਬਰ
[[PERSON:ਸਿਮਰਜੀਤ ਸਿੰਘ ਗਰੇਵਾਲ]], ਟੈਨੈਂਸੀ [[REFERENCE:BLH-T-0077315]]। ਜਨਮ ਮਿਤੀ [[DATE_OF_BIRTH:੧੪ ਮਾਰਚ ੧੯੯੭]]।

2. ਜਦੋਂ ਤੁਸੀਂ ਘਰ ਵਿੱਚ ਆਏ ਤਾਂ ਕੀ ਹਾਲਤ ਸੀ?
ਅਸੀਂ ਸਤੰਬਰ ਵਿੱਚ [[ADDRESS:ਫ਼ਲੈਟ 4B]], [[ADDRESS:Rushey Mead Court]] ਵਿੱਚ ਆਏ। ਬਿਜਲੀ ਦੇ ਤਿੰਨ ਸਾਕਟ ਸੜੇ ਹੋਏ, ਬਾਥਰੂਮ ਦਾ ਪੱਖਾ ਬੰਦ, ਤੇ ਰਸੋਈ ਦੀ ਅਲਮਾਰੀ ਦਾ ਦਰਵਾਜ਼ਾ ਹੱਥ ਵਿੱਚ ਆ ਗਿਆ। ਮੇਰੀ ਪਾਰਟਨਰ [[PERSON:ਮਾਰਤਾ]] ਨੇ ਪੁੱਛਿਆ, "ਇਹ 'ਲੈਟਿੰਗ ਸਟੈਂਡਰਡ' ਕਿਹੜੇ ਦੇਸ਼ ਦਾ ਹੈ?"

3. ਤੁਸੀਂ ਸ਼ਿਕਾਇਤ ਕਿਉਂ ਕੀਤੀ?
ਕਿਉਂਕਿ ਸੜੇ ਸਾਕਟ ਦੀ ਰਿਪੋਰਟ ਨੂੰ "ਰੁਟੀਨ" ਕਹਿ ਕੇ ੨੮ ਦਿਨ ਦੇ ਦਿੱਤੇ ਗਏ। ਸ਼ਿਕਾਇਤ ਨੰਬਰ [[REFERENCE:BLH-C-2209]]।

4. ਇਹ ਕਿਵੇਂ ਠੀਕ ਕੀਤਾ ਗਿਆ?
ਸ਼ਿਕਾਇਤ ਅਫ਼ਸਰ [[PERSON:ਅਡੇਬਾਯੋ ਓਗੁਨਲੇਡੇ]] ਨੇ ਉਸੇ ਦਿਨ ਫ਼ੋਨ ਕੀਤਾ ਤੇ ਅਗਲੀ ਸਵੇਰ [[ORGANISATION:Soar Electrical Ltd]] ਦਾ ਇਲੈਕਟ੍ਰੀਸ਼ਨ ਆ ਗਿਆ। ਪੂਰੇ ਫ਼ਲੈਟ ਦੀ ਬਿਜਲੀ ਚੈੱਕ ਹੋਈ, ਪੱਖਾ ਤੇ ਅਲਮਾਰੀ ਠੀਕ। [[ORGANISATION:Belgrave Lane Housing]] ਨੇ ਪਹਿਲੇ ਮਹੀਨੇ ਦਾ ਅੱਧਾ ਕਿਰਾਇਆ ਵਾਪਸ ਕੀਤਾ।

5. ਕੀ ਕੁਝ ਬਦਲਿਆ?
ਉਹਨਾਂ ਨੇ ਦੱਸਿਆ ਕਿ ਹੁਣ ਖ਼ਾਲੀ ਘਰ ਦੀਆਂ ਚਾਬੀਆਂ ਦੇਣ ਤੋਂ ਪਹਿਲਾਂ ਇਲੈਕਟ੍ਰੀਸ਼ਨ ਚੈੱਕ ਕਰਦਾ ਹੈ। ਬਹੁਤ ਵਧੀਆ, ਪਰ ਪਹਿਲਾਂ ਕਿਉਂ ਨਹੀਂ?

6. ਸੰਪਰਕ
[[PHONE:0116 496 0315]]। ਮੈਂ ਇੰਸਟਾ 'ਤੇ [[OTHER_ID:@simar.grewal.lei]] ਹਾਂ, DM ਕਰ ਸਕਦੇ ਹੋ। [[PERSON:ਮਾਰਤਾ]] ਨੂੰ [[EMAIL:marta.wrobel@example.org]] 'ਤੇ ਲਿਖੋ।
"""),
    ),
    (
        "fv2bh-pa-04",
        "pa",
        _s("""
Feedback after complaint (in Punjabi please)

Q: Who is filling in this form?
ਮੈਂ, [[PERSON:ਕੁਲਵਿੰਦਰ ਸਿੰਘ ਜੌਹਲ]], ਆਪਣੇ ਮਾਤਾ ਜੀ [[PERSON:ਪਰਮਿੰਦਰ ਕੌਰ ਜੌਹਲ]] ਵੱਲੋਂ। ਮਾਤਾ ਜੀ [[AGE:੮੧ ਸਾਲ]] ਦੇ ਹਨ ਅਤੇ ਪਿਤਾ ਜੀ [[PERSON:ਕਰਨੈਲ ਸਿੰਘ]] ਨੂੰ [[HEALTH:ਡਿਮੈਂਸ਼ੀਆ]] ਹੈ। ਉਹ [[ADDRESS:ਫ਼ਲੈਟ ੧੯]], [[ADDRESS:Chalvey Tower]], [[POSTCODE:SL1 2XQ]] ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ।

Q: What went wrong?
ਬਿਲਡਿੰਗ ਦੀ ਲਿਫ਼ਟ ਵਾਰ ਵਾਰ ਖ਼ਰਾਬ ਹੁੰਦੀ ਰਹੀ। ਇੱਕ ਵਾਰ ਪਿਤਾ ਜੀ ਲਿਫ਼ਟ ਵਿੱਚ ਚਾਲੀ ਮਿੰਟ ਫਸੇ ਰਹੇ, ਘਬਰਾ ਗਏ, ਅਤੇ ਐਮਰਜੈਂਸੀ ਬਟਨ ਦਾ ਜਵਾਬ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਆਇਆ ਜੋ ਉਹ ਸਮਝ ਨਹੀਂ ਸਕੇ। ਲਿਫ਼ਟ ਦੀ ਸ਼ਿਕਾਇਤ ਦਾ ਨੰਬਰ [[REFERENCE:CGH-LF-5530]] ਸੀ।

Q: Who helped?
ਨੇਬਰਹੁੱਡ ਅਫ਼ਸਰ [[PERSON:ਈਮਨ]] ਜੀ ਬਹੁਤ ਚੰਗੇ ਨਿਕਲੇ। ਉਹਨਾਂ ਨੇ ਆਪ [[ADDRESS:Upton Lea Surgery]] ਦੇ ਡਾਕਟਰ ਨਾਲ ਗੱਲ ਕੀਤੀ ਤਾਂ ਜੋ ਪਿਤਾ ਜੀ ਦੀ ਹਾਲਤ ਉਹਨਾਂ ਦੇ ਰਿਕਾਰਡ ਵਿੱਚ ਦਰਜ ਹੋਵੇ। ਪਿਤਾ ਜੀ ਦਾ NHS ਨੰਬਰ [[OTHER_ID:186 091 3903]] ਵੀ ਉਹਨਾਂ ਨੇ ਫ਼ਾਈਲ ਵਿੱਚ ਲਿਖ ਲਿਆ।

Q: How was it put right?
[[ORGANISATION:Thames Lift Engineering]] ਨੇ ਲਿਫ਼ਟ ਦਾ ਕੰਟਰੋਲ ਬੋਰਡ ਬਦਲਿਆ। ਐਮਰਜੈਂਸੀ ਲਾਈਨ 'ਤੇ ਹੁਣ ਪੰਜਾਬੀ ਬੋਲਣ ਵਾਲਾ ਬੰਦਾ ਮਿਲ ਸਕਦਾ ਹੈ। [[ORGANISATION:Chalvey Gardens Housing]] ਨੇ ਮਾਫ਼ੀ ਦੀ ਚਿੱਠੀ ਪੰਜਾਬੀ ਵਿੱਚ ਭੇਜੀ, ਮਾਤਾ ਜੀ ਨੇ ਤਿੰਨ ਵਾਰ ਪੜ੍ਹੀ।

Q: What has changed?
ਜਿਹੜੇ ਬਜ਼ੁਰਗ ਉੱਪਰਲੀਆਂ ਮੰਜ਼ਿਲਾਂ 'ਤੇ ਰਹਿੰਦੇ ਹਨ, ਉਹਨਾਂ ਦੀ ਲਿਸਟ ਬਣੀ ਹੈ। ਲਿਫ਼ਟ ਬੰਦ ਹੋਵੇ ਤਾਂ ਉਹਨਾਂ ਨੂੰ ਫ਼ੋਨ ਆਉਂਦਾ ਹੈ।

Q: Contact
ਮੇਰਾ ਨੰਬਰ [[PHONE:0118 496 0641]]। ਜਾਂ ਮੇਰੀ ਭੈਣ [[PERSON:ਰਾਜਵੰਤ]] ([[PERSON:Raj]]), [[PHONE:੦੭੭੦੦ ੯੦੦੫੧੨]]।
"""),
    ),
    (
        "fv2bh-pa-05",
        "pa",
        _s("""
ASB case closure survey

1. Did we keep you updated?
ਹਾਂ, ਆਖ਼ਰੀ ਦੋ ਹਫ਼ਤੇ। ਪਹਿਲੇ ਪੰਜ ਮਹੀਨੇ ਚੁੱਪ।

2. Tell us what happened.
[[ADDRESS:Clifton Tower]] ਦੀਆਂ ਪੌੜੀਆਂ ਵਿੱਚ ਹਰ ਰਾਤ ਨਸ਼ਾ ਵੇਚਣ ਵਾਲੇ। ਸੂਈਆਂ ਪੌੜੀਆਂ 'ਤੇ ਪਈਆਂ ਹੁੰਦੀਆਂ। ਮੇਰੀ ਧੀ [[PERSON:ਸੀਰਤ]], [[AGE:੫ ਸਾਲਾਂ]] ਦੀ, ਇੱਕ ਦਿਨ ਸੂਈ ਚੁੱਕਣ ਲੱਗੀ ਸੀ। ASB ਕੇਸ [[REFERENCE:GVH/ASB/4419]]। ਪਹਿਲੀ ਅਫ਼ਸਰ ਨੇ ਕਿਹਾ "ਪੁਲਿਸ ਨੂੰ ਦੱਸੋ"। ਪੁਲਿਸ ਨੇ ਕਿਹਾ "ਹਾਊਸਿੰਗ ਨੂੰ ਦੱਸੋ"। ਫੁੱਟਬਾਲ ਵਾਂਗ।

3. How was it resolved?
ਜਦੋਂ ਮਿਸ [[PERSON:ਓਕੋਰੋ]] ਨੇ ਕੇਸ ਲਿਆ ਤਾਂ ਗੱਲ ਬਣੀ। [[PERSON:ਫ਼ਲੋਰਿਨ]] ਨੇ ਨਵੇਂ ਕੈਮਰੇ ਲਾਏ, ਦਰਵਾਜ਼ੇ ਦਾ ਫ਼ੋਬ ਸਿਸਟਮ ਬਦਲਿਆ ਗਿਆ, ਅਤੇ [[ORGANISATION:Gravesham Vale Homes]] ਨੇ ਪੁਲਿਸ ਨਾਲ ਮਿਲ ਕੇ ਦੋ ਬੰਦਿਆਂ ਨੂੰ ਬਿਲਡਿੰਗ 'ਚ ਵੜਨ ਤੋਂ ਰੋਕ ਦਿੱਤਾ। ਹੁਣ ਪੌੜੀਆਂ ਸਾਫ਼ ਹਨ।

4. Anything we could have done differently?
ਪਹਿਲੇ ਦਿਨ ਤੋਂ ਇਹੀ ਕਰਦੇ। ਅਤੇ [[ADDRESS:ਫ਼ਲੈਟ ੩੮]] ਵਾਲੇ ਮੇਰੇ ਗੁਆਂਢੀ [[PERSON:ਬੈਰੀ]] ਨੂੰ ਧਮਕੀਆਂ ਮਿਲੀਆਂ ਕਿਉਂਕਿ ਉਹਨੇ ਗਵਾਹੀ ਦਿੱਤੀ ਸੀ, ਪਰ ਉਹਨੂੰ ਕੋਈ ਸਹਾਇਤਾ ਨਹੀਂ ਮਿਲੀ। ਇਹ ਠੀਕ ਨਹੀਂ।

5. Your age band
35-44

6. Contact (optional)
[[PERSON:ਬਲਜਿੰਦਰ ਸਿੰਘ ਸੰਘੇੜਾ]], [[ADDRESS:ਫ਼ਲੈਟ ੩੭]]। ਈਮੇਲ [[EMAIL:baljinder.sanghera@example.org]]। ਫ਼ੋਨ: [[PHONE:ਜ਼ੀਰੋ ਸੱਤ ਸੱਤ ਜ਼ੀਰੋ ਜ਼ੀਰੋ, ਨੌਂ ਜ਼ੀਰੋ ਜ਼ੀਰੋ, ਤਿੰਨ ਅੱਠ ਦੋ]]।
"""),
    ),
    (
        "fv2bh-pl-01",
        "pl",
        _s("""
Ankieta po zamknięciu skargi / Complaint closure survey

1. Czego dotyczyła Pani skarga?
Wilgoć i czarny grzyb w sypialni dzieci. Mieszkamy w [[ADDRESS:mieszkaniu nr 6]], [[ADDRESS:Welland House]], [[POSTCODE:PE1 3NX]]. Mój synek [[PERSON:Kubuś]] ma [[AGE:3 latka]] i [[HEALTH:astmę]], od listopada był dwa razy na SOR-ze. Numer skargi: [[REFERENCE:NCH/SKG/10394]].

2. Kto z pracowników Pani pomógł?
Pani [[PERSON:Nkechi]] z działu skarg, złota kobieta. Zadzwoniła tego samego dnia, w którym dostała skargę, i powiedziała wprost, że to ich wina, nie nasza. Wcześniej pan [[PERSON:Royston]] z napraw trzy razy kazał mi „wietrzyć”. Wietrzyłam. Grzyb też się wietrzył.

3. Co zostało naprawione?
Firma [[ORGANISATION:Fenland Damp Control]] znalazła pękniętą rynnę nad oknem, której nikt wcześniej nie zauważył. Wymienili rynnę, osuszyli ścianę, zamontowali wentylator z czujnikiem wilgoci. [[ORGANISATION:Nene Cross Housing]] wypłaciło 420 funtów odszkodowania i odkupiło [[PERSON:Kubusiowi]] łóżeczko.

4. Czy coś się zmieniło?
Tak. Sąsiadka spod [[ADDRESS:ósemki]], pani [[PERSON:Halinka]], zgłosiła grzyb w lutym i ktoś przyszedł po tygodniu, a nie po pół roku.

5. Czy możemy się z Panią skontaktować?
Oczywiście. [[PERSON:Ilona Czarnecka]], tel. [[PHONE:07700 900 862]], najlepiej po 17:00, bo pracuję na zmiany w magazynie.
"""),
    ),
    (
        "fv2bh-pl-02",
        "pl",
        _s("""
Ankieta satysfakcji lokatorów, uwagi

P1: Jak ocenia Pan obsługę napraw?
Na szóstkę. W skali do stu. Ogrzewanie padło 2 grudnia, a ja mam [[AGE:66 lat]] i [[HEALTH:chorobę wieńcową]]. Firma [[ORGANISATION:Solent Gas Care]] przyjechała po czterech dniach, pan spojrzał na piec, powiedział „oh dear” i pojechał. Tyle było diagnozy.

P2: Czy ktoś z personelu szczególnie pomógł albo nie pomógł?
Nie pomógł pan [[PERSON:Gareth]] z infolinii. Rozmawiałem z [[PERSON:Garethem]] siedem razy i za każdym razem zaczynaliśmy od nowa, jakby słyszał o mnie pierwszy raz. Pomogła natomiast pani [[PERSON:Yetunde]] z działu skarg. Skargę (nr [[REFERENCE:IBH-CMP-55021]]) przyjęła w piątek, w poniedziałek wisiał nowy piec.

P3: Co zrobiono, żeby naprawić sytuację?
Nowy kocioł, dwa grzejniki, 380 funtów rekompensaty plus zwrot za prąd z farelek. [[ORGANISATION:Itchen Bay Homes]] przysłało też list z przeprosinami, po angielsku, ale sąsiadka, pani [[PERSON:Jadwiga]], mi przetłumaczyła. Dziękuję, pani [[PERSON:Jadziu]].

P4: Co według Pana się zmieniło?
Podobno teraz starsze i chore osoby mają priorytet przy awariach ogrzewania. Zobaczymy w styczniu.

P5: Dane do kontaktu
[[PERSON:Wiesław Ostrowski]], [[ADDRESS:14 Peartree Close]], Southampton [[POSTCODE:SO19 7GH]]. E-mail [[EMAIL:wieslaw.ostrowski@example.net]]. Numer ubezpieczenia, bo formularz o to pytał, nie wiem po co: [[NI_NUMBER:PZ 58 30 14 C]].
"""),
    ),
    (
        "fv2bh-pl-03",
        "pl",
        _s("""
Exit survey: your complaint

1. Jakie było Pani doświadczenie z procesem skargi?
Długie, ale skończyło się dobrze. Sprawa nr [[REFERENCE:KBH/C/7781]].

2. What went wrong?
Okna w naszym domu przy [[ADDRESS:7 Rosebery Walk]] ([[POSTCODE:bs5 9qe]]) były tak spróchniałe, że w sypialni wiało jak na przystanku. Mąż, [[PERSON:Ciarán]], uszczelniał je taśmą co jesień. Dwa razy przyszedł pan z [[ORGANISATION:Avonline Windows]], zmierzył i zniknął. Córka [[PERSON:Aoife]] ([[AGE:8 lat]]) chodzi do [[ADDRESS:St Ambrose Primary]] i wychowawczyni pytała, czemu ciągle jest przeziębiona.

3. Who helped you most?
Pani [[PERSON:Thandiwe Moyo]] z zespołu skarg. Przyszła osobiście, włożyła rękę w szparę przy framudze i powiedziała: „No, this is not acceptable”. Od tego momentu wszystko ruszyło.

4. Jak to naprawiono?
[[ORGANISATION:Kingswood Brook Housing]] wymieniło wszystkie okna w domu w ciągu pięciu tygodni od skargi. Dostaliśmy 300 funtów za wyższe rachunki za gaz i 150 za „niedogodności”. [[PERSON:Ciarán]] mówi, że brakuje mu taśmy. Nie brakuje mu.

5. Co się zmieniło?
Teraz sprawdzają okna we wszystkich domach na ulicy, nie tylko u tych, co dzwonią.

6. Kontakt
[[PERSON:Bożena Kwiatkowska-Doyle]], ur. [[DATE_OF_BIRTH:7.09.1983]], tel. [[PHONE:0117 496 0253]].
"""),
    ),
    (
        "fv2bh-pl-04",
        "pl",
        _s("""
ASB: ankieta po zamknięciu sprawy
Nr sprawy: [[REFERENCE:ASB-24-0613]]

Czy jest Pan zadowolony z wyniku?
Tak. Z tempa nie.

Co się działo?
Sąsiad spod [[ADDRESS:numeru 14]] trzymał w ogrodzie dwa psy, które szczekały od piątej rano, a do tego naprawiał samochody na chodniku, w tym swojego busa [[OTHER_ID:NX17 HRO]], który stał na naszym miejscu parkingowym przez trzy miesiące. Zgłaszałem to pani [[PERSON:Leanne]] chyba dwadzieścia razy. [[PERSON:Leanne]] odpisywała „we are monitoring”. Monitorowała pięknie.

Co pomogło?
Nowy oficer, pan [[PERSON:Kwabena Asante]]. Przyszedł, posłuchał psów o 5:15 (sam zaproponował!), porozmawiał z sąsiadem, i [[ORGANISATION:Weston Favell Homes]] dało mu pisemne ostrzeżenie. Bus zniknął po tygodniu, psy siedzą teraz w domu. Pan [[PERSON:Kwabena]] zadzwonił potem jeszcze dwa razy sprawdzić, czy jest spokój. Jest.

Czy moglibyśmy coś zrobić lepiej?
Nie kazać ludziom pisać dziennika przez trzy miesiące, jak można przyjść i posłuchać jeden poranek.

Wiek: [[AGE:41]]. Mieszkam z żoną [[PERSON:Agatą]] i teściową przy [[ADDRESS:Billing Road East 27]], [[POSTCODE:NN3 3LS]].

Kontakt: [[PERSON:Radosław Pietrzak]] (dla znajomych [[PERSON:Radek]]), [[PHONE:07700 900 574]], [[EMAIL:radek.pietrzak@example.com]].
"""),
    ),
    (
        "fv2bh-pl-05",
        "pl",
        _s("""
Ankieta: jak naprawiliśmy sprawę (feedback form)

1. Proszę opisać problem.
Przez cały zeszły rok przeciekał dach nad naszym mieszkaniem na ostatnim piętrze, [[ADDRESS:23/5 Ashgrove Place]], Edynburg, [[POSTCODE:EH6 8QR]]. W pokoju córki, [[PERSON:Zosi]] ([[AGE:6 lat]]), stały trzy miski. Zgłoszenie naprawy nr [[REFERENCE:LLHC-R-40412]], potem skarga nr [[REFERENCE:LLHC-C-0871]].

2. Kto się Panią zajmował?
Na początku nikt, szczerze mówiąc. Dopiero pan [[PERSON:Euan Gilchrist]] z działu skarg wziął sprawę na siebie. Chciałabym [[PERSON:Euanowi]] podziękować z imienia i nazwiska, bo oddzwaniał zawsze, kiedy obiecał.

3. W jaki sposób naprawiono sytuację?
[[ORGANISATION:Lothian Roofing Co]] wymieniło dach nad całą klatką, a nie tylko łatało nad nami. [[ORGANISATION:Leith Links Housing Co-operative]] zapłaciła za malowanie i 350 funtów rekompensaty. Do tego ktoś od nich zauważył w piśmie z przychodni [[ADDRESS:Restalrig Park Medical Centre]], że leczę się na [[HEALTH:depresję]], i zapytał, czy potrzebuję wsparcia. Nikt wcześniej nie zapytał.

4. Czy coś się zmieniło?
Teraz wszystkie zgłoszenia dotyczące dachów idą od razu do inspektora, a nie do kolejki.

5. Czy możemy do Pani zadzwonić?
Tak: [[PHONE:0131 496 0462]]. Albo proszę napisać na Facebooku, w grupie lokatorów jestem jako [[PERSON:Gosia Zielińska]]. Pełne nazwisko: [[PERSON:Małgorzata Zielińska-Baird]].
"""),
    ),
    (
        "fv2bh-ro-01",
        "ro",
        _s("""
Sondaj de satisfacție după reclamație

1. Despre ce a fost reclamația dumneavoastră?
Mucegai negru în dormitorul copiilor, în [[ADDRESS:apartamentul 9]], [[ADDRESS:Elmgrove Court]], [[POSTCODE:HA3 5RT]]. Băiatul meu, [[PERSON:Tudor]], are [[AGE:10 ani]] și [[HEALTH:astm bronșic]]; iarna trecută a ajuns de două ori la urgențe. Nr. reclamație: [[REFERENCE:KGH-DMP-33710]].

2. Cine v-a ajutat?
Doamna [[PERSON:Chioma Eze]] de la echipa de reclamații. A venit personal, a făcut poze, a pus mâna pe perete și a zis „this is not condensation, this is a leak”. Prima oară când cineva nu m-a acuzat că gătesc prea mult.

3. Cum s-a rezolvat?
[[ORGANISATION:Wealdstone Property Services]] a găsit o țeavă spartă în perete, de la baia vecinilor de sus. Au schimbat-o, au uscat peretele, au refăcut tencuiala și au pus un ventilator nou. [[ORGANISATION:Kenton Green Homes]] ne-a dat 480 de lire despăgubire și saltele noi pentru copii.

4. S-a schimbat ceva de atunci?
Da, acum când raportezi mucegai vine un inspector în zece zile lucrătoare, nu „când se poate”. Vecina noastră, doamna [[PERSON:Ruxandra]] de la [[ADDRESS:apartamentul 11]], a primit vizita în a șaptea zi.

5. Ceva ce vreți să adăugați?
Mulțumim și părintelui [[PERSON:Nectarie]] de la [[ADDRESS:Biserica Sfântul Dumitru]], care m-a ajutat să scriu reclamația în engleză.

Contact: [[PERSON:Florentina Mocanu]], [[PHONE:020 7946 0148]], [[EMAIL:florentina.mocanu@example.com]]
"""),
    ),
    (
        "fv2bh-ro-02",
        "ro",
        _s("""
Survey: communal repairs complaint

Î1: Cât de mulțumit sunteți de rezolvare? (1-10)
7. Am scăzut trei puncte pentru cele patru luni în care ușa de la intrare a stat proptită cu o cărămidă.

Î2: Ce s-a întâmplat?
Interfonul și încuietoarea de la intrarea în [[ADDRESS:Rainham Point]] s-au stricat în august. Oricine intra, dormea pe scări, lăsa ce lăsa. Am sunat la reparații de vreo cincisprezece ori. [[ORGANISATION:SecureEntry Systems Ltd]] a venit și a zis că piesa e „on order”. Piesa a stat „on order” mai mult decât a stat fiul meu la facultate.

Î3: Cine s-a ocupat?
Domnul [[PERSON:Callum Reddy]], de la reclamații. Omul a fost corect, nu pot să zic altceva. A recunoscut că au ținut lucrarea deschisă fără să verifice nimic. Reclamația a avut numărul [[REFERENCE:BVH-2024-C-1186]].

Î4: Cum s-a reparat?
Interfon nou, ușă nouă cu fob, cameră la intrare. [[ORGANISATION:Becontree Vale Housing]] a dat câte 100 de lire fiecărui apartament de pe scara noastră. Doamna [[PERSON:Viorica]] de la [[ADDRESS:nr. 18]] zice că e prima dată în 12 ani când primește ceva de la ei în afară de scrisori cu chiria mărită.

Î5: Date despre dvs.
[[PERSON:Sorin Bălănescu]], [[AGE:57 de ani]], [[ADDRESS:apartamentul 22]], [[POSTCODE:RM13 8XD]]. Sunați-mă la [[PHONE:07700 900 691]]. Am [[OTHER_SPECIAL:settled status]] din 2020, dacă asta contează pentru voi, că v-ați uitat la el de trei ori când am semnat contractul.
"""),
    ),
    (
        "fv2bh-ro-03",
        "ro",
        _s("""
Feedback: how we put things right

1) What was the issue?
Baia noastră avea o scurgere sub cadă care a putrezit podeaua. Într-o zi piciorul partenerului meu, [[PERSON:Obinna]], a trecut prin podea. Noroc că nu s-a rănit. Lucrare nr. [[REFERENCE:BBH/RP/219944]].

2) Were you kept informed?
Prima lună, deloc. Apoi am trimis un e-mail lung, cu poze, și m-a sunat [[PERSON:Siân Pryce]], managera de reparații. De la ea încolo am primit mesaj după fiecare vizită.

3) How was it put right?
[[ORGANISATION:Tyne Bathrooms & Plumbing]] a schimbat podeaua, cada, și a pus un duș nou. A durat trei zile, timp în care [[ORGANISATION:Byker Bank Homes]] ne-a plătit 40 de lire pe zi ca să ne spălăm la sala de sport. Plus 250 de lire pentru neplăceri.

4) Has anything changed?
Acum fiecare scurgere la baie primește inspecție și sub pardoseală, nu doar „silicon nou”. Am citit asta în newsletter-ul lor, cu povestea noastră (fără nume, mersi).

5) Anything else?
Fetița noastră, [[PERSON:Ilinca]], are [[AGE:3 ani]] și merge la [[ADDRESS:Little Acorns Nursery]] de pe strada noastră. Educatoarea a întrebat de ce îi miroase rucsacul a mucegai. Asta m-a durut cel mai tare.

Date de contact
[[PERSON:Mihaela Drăgulescu]], născută pe [[DATE_OF_BIRTH:19 aprilie 1990]]. [[ADDRESS:46 Raby Crescent]], Newcastle, [[POSTCODE:NE6 2PQ]]. Tel. [[PHONE:0191 498 0736]].
"""),
    ),
    (
        "fv2bh-ro-04",
        "ro",
        _s("""
Chestionar: reclamație închisă

Întrebarea 1. Ce problemă ați avut?
Centrala s-a oprit de trei ori în noiembrie. Eu am [[AGE:72 de ani]], soția mea, [[PERSON:Aurica]], are [[HEALTH:BPOC]] și stă mult în pat. Nu se poate să stai la 14 grade în casă cu așa boală.

Întrebarea 2. Cum a fost tratată reclamația?
La început nu prea bine. Ne-au trimis pe cineva de la [[ORGANISATION:Midland Boiler Care]] care a resetat centrala și a plecat. A doua zi, iar frig. Fiica noastră, [[PERSON:Luminița]], a făcut reclamația pe internet, nr. [[REFERENCE:CLH-77120]]. Atunci ne-a sunat doamna [[PERSON:Deepa Raval]] și a zis că ne aduce radiatoare electrice chiar în seara aceea. Și le-a adus. Ea personal, cu mașina ei.

Întrebarea 3. Ce s-a reparat?
Centrală nouă, termostat nou pe care îl înțelegem, și un tehnician care ne-a arătat de două ori cum merge. [[ORGANISATION:Corby Lakeside Homes]] ne-a dat 275 de lire și banii pe curent pentru radiatoare.

Întrebarea 4. Ce s-a schimbat?
Doamna [[PERSON:Deepa]] ne-a spus că acum, dacă sună cineva bătrân sau bolnav cu centrala stricată, trimit radiatoare în aceeași zi. Așa trebuia de la început, dar bine că s-a făcut.

Întrebarea 5. Vă putem contacta?
Da. [[PERSON:Costel Ursu]], [[ADDRESS:14 Willow Brook Road]], Corby, [[POSTCODE:nn17 1ud]]. Telefonul [[PERSON:Luminiței]]: [[PHONE:07700900207]]. Noi nu prea auzim la telefon.
"""),
    ),
    (
        "fv2bh-ro-05",
        "ro",
        _s("""
Complaint exit survey

Q1. Rating
3/5

Q2. Ce s-a întâmplat?
Șoareci. În bucătărie, în dulapuri, pe sub aragaz. Am locuit cu ei cinci luni în [[ADDRESS:flat 2/1]], [[ADDRESS:88 Dixon Row]], [[POSTCODE:G42 8LT]]. [[ORGANISATION:Clyde Pest Solutions]] a pus otravă de patru ori. Șoarecii au fost recunoscători.

Q3. Cine a ajutat și cine nu?
A ajutat [[PERSON:Wojciech]], tâmplarul trimis până la urmă de asociație, care a găsit găurile de sub podea și le-a astupat cu plasă de sârmă. În două zile, gata șoarecii. N-a ajutat [[PERSON:Fraser]] de la recepție, care mi-a spus la telefon „it's Glasgow, hen, everybody has mice”. Mersi, [[PERSON:Fraser]].

Q4. Cum s-a rezolvat reclamația?
După ce am depus reclamația ([[REFERENCE:GSHA-C-3055]]), [[ORGANISATION:Govanhill Square Housing Association]] a recunoscut că trebuia să caute pe unde intră, nu doar să pună otravă. Am primit 200 de lire și un dulap nou.

Q5. Altceva?
Am scris despre asta pe Instagram ([[OTHER_ID:@andreea.in.glasgow]]) și m-au contactat trei vecini de pe scară cu aceeași problemă. Sper că i-ați rezolvat și pe ei.

Vârsta: 25-34
Numele: [[PERSON:Andreea-Ioana Lupu]]. E-mail: [[EMAIL:andreea.lupu@example.org]]. Tel: [[PHONE:0141 496 0533]].
"""),
    ),
    (
        "fv2bh-ur-01",
        "ur",
        _s("""
Complaint closed: satisfaction survey

۱۔ آپ کی شکایت کس بارے میں تھی؟
ہمارے گھر [[ADDRESS:27 Whetley Grove]]، بریڈفورڈ [[POSTCODE:BD8 9HW]] میں پچھلے کمرے کی دیوار پر سیلن اور کالی پھپھوندی۔ میرے شوہر [[PERSON:ذوالفقار]] کو [[HEALTH:دمہ]] ہے اور وہ اسی کمرے میں سوتے تھے۔ شکایت نمبر [[REFERENCE:MRH-C-7704]]۔

۲۔ کس عملے نے آپ کی مدد کی؟
شکایات والی [[PERSON:گریس]] باجی نے۔ بہت اچھی خاتون ہیں، ہر ہفتے خود فون کرتی تھیں۔ پہلے جو صاحب آئے تھے، مسٹر [[PERSON:ہڈلسٹن]]، انہوں نے کہا کھڑکی کھلی رکھیں اور کپڑے باہر سکھائیں۔ بریڈفورڈ میں؟ دسمبر میں؟

۳۔ مسئلہ کیسے حل ہوا؟
[[ORGANISATION:Airedale Damp Proofing]] والوں نے باہر کی دیوار میں دراڑ ڈھونڈی، اس کو بھرا، اندر نیا پلستر کیا اور ایک پنکھا لگایا جو خود چلتا ہے۔ [[ORGANISATION:Manningham Rise Housing]] نے ۳۵۰ پاؤنڈ دیے اور معافی کا خط بھی۔

۴۔ کیا کچھ بدلا ہے؟
جی ہاں۔ ہمسائی [[PERSON:نصرت]] خالہ، جو [[ADDRESS:نمبر 29]] میں رہتی ہیں، انہوں نے بھی فون کیا تو ایک ہفتے میں سروے والا آ گیا۔

۵۔ اور کچھ؟
میرا بیٹا [[PERSON:مدثر]]، [[AGE:۱۴ سال]] کا، سارے انگریزی خط پڑھ کر ہمیں سناتا تھا۔ اچھا ہو اگر آئندہ خط اردو میں بھی آئیں۔ جمعہ کو [[ADDRESS:جامع مسجد توحید]] میں بھی میں نے عورتوں کو بتایا کہ شکایت کرنے سے کام ہوتا ہے۔

نام: [[PERSON:رخسانہ کوثر]]
فون: [[PHONE:۰۷۷۰۰ ۹۰۰۳۸۶]]
"""),
    ),
    (
        "fv2bh-ur-02",
        "ur",
        _s("""
Tenant satisfaction survey: free text

سوال ۱: مرمت کی سروس کے بارے میں آپ کی رائے؟
واہ واہ۔ باورچی خانے کی الماریاں ۲۰۱۹ سے ٹوٹی ہوئی تھیں، سنک کے نیچے پانی رستا تھا، اور آپ کے لوگ ہر بار آ کر "ناپ" لیتے تھے۔ چار سال میں اتنا ناپ لیا کہ درزی بھی شرما جائے۔

سوال ۲: کیا کسی عملے کا نام لینا چاہیں گے؟
ریپیئرز ڈیسک کے [[PERSON:ڈیرن]] صاحب ہر بار کہتے تھے "it's on the programme"۔ کون سا پروگرام؟ کب نشر ہوگا؟ آخر میں شکایت کی، نمبر [[REFERENCE:ARHT/COMP/4412]]، تو [[PERSON:تنزیلہ]] بی بی نے معاملہ سنبھالا۔ انہوں نے دو ہفتے میں سروے کروایا اور مانا کہ ہمارا نام غلطی سے فہرست سے نکل گیا تھا۔

سوال ۳: کیا ٹھیک کیا گیا؟
[[ORGANISATION:Sparkbrook Kitchens Ltd]] نے پورا نیا کچن لگایا، نیا سنک، نئی ٹائلیں۔ [[ORGANISATION:Alum Rock Housing Trust]] نے ۴۰۰ پاؤنڈ دیے۔ پیسے میرے اکاؤنٹ میں آئے، sort code [[OTHER_ID:20-45-77]]، فارم میں پوچھا گیا تھا اس لیے لکھ رہا ہوں۔

سوال ۴: کیا بدلا ہے؟
سنا ہے اب ہر کچن کی "ناپ" کے بعد تین مہینے میں کام لازمی ہے۔ دیکھتے ہیں۔ ہمارے محلے میں [[ADDRESS:الفلاح سپر اسٹور]] کے اوپر والے فلیٹ والوں کا کچن بھی اسی حال میں ہے، ان کو بھی دیکھ لیں۔

سوال ۵: رابطہ
[[PERSON:عبدالغفور قریشی]]، عمر [[AGE:۶۳ سال]]۔ فون [[PHONE:0121 496 0190]]، ای میل [[EMAIL:ghafoor.qureshi@example.com]]۔ میرا گھر [[ADDRESS:112 Bowyer Road]] ہے، [[POSTCODE:B8 1ET]]۔
"""),
    ),
    (
        "fv2bh-ur-03",
        "ur",
        _s("""
Adaptations: feedback form

1. This form is about:
میری ساس [[PERSON:شاہدہ پروین]]، تاریخ پیدائش [[DATE_OF_BIRTH:۵ مئی ۱۹۵۲]]۔ ان کو [[HEALTH:گٹھیا]] ہے اور پچھلے سال کولہے کا آپریشن ہوا۔ وہ [[ADDRESS:31 Northmoor Road]]، مانچسٹر، [[POSTCODE:M19 2QD]] میں ہمارے ساتھ رہتی ہیں۔

2. What went wrong?
او ٹی نے سیڑھی کے لیے اسٹیئر لفٹ اور غسل خانے میں واک اِن شاور تجویز کیا۔ [[ORGANISATION:Longsight Access Ltd]] نے شاور لگایا مگر فرش کی ڈھلوان الٹی رکھی، پانی سیدھا ہال میں جاتا تھا۔ اماں ایک بار پھسل بھی گئیں۔

3. How was your complaint handled?
شکایت نمبر [[REFERENCE:LPH/AD/1930]]۔ [[ORGANISATION:Levenshulme Park Homes]] کی [[PERSON:ایگنیشکا]] نے دو دن میں گھر آ کر دیکھا اور کہا "یہ کام دوبارہ ہوگا، ہمارے خرچے پر"۔ انہوں نے [[ADDRESS:Stockport Road Medical Practice]] سے ڈاکٹر کا خط بھی خود منگوایا تاکہ اماں کو بار بار نہ جانا پڑے۔ اماں کا NHS نمبر [[OTHER_ID:993 518 1901]] ہم نے فارم پر دیا تھا۔

4. What was put right?
شاور دوبارہ بنا، فرش کی ڈھلوان ٹھیک، پکڑنے کے ڈنڈے، اور اسٹیئر لفٹ بھی لگ گئی۔ ۳۰۰ پاؤنڈ ملے۔

5. What has changed?
اب ہر اڈاپٹیشن کے بعد ان کا اپنا انسپکٹر آ کر چیک کرتا ہے، صرف ٹھیکیدار کی بات پر یقین نہیں کرتے۔

6. Contact
[[PERSON:عنبرین]] ([[PERSON:Ambreen Shah]])، بہو۔ فون [[PHONE:0161 496 0728]]، یا میرے شوہر [[PERSON:راحیل]] کو [[PHONE:07700 900 224]] پر۔
"""),
    ),
    (
        "fv2bh-ur-04",
        "ur",
        _s("""
Housing register and repairs: feedback

س: آپ کی شکایت کیا تھی؟
ہم چھ لوگ دو کمروں کے فلیٹ میں رہتے ہیں، [[ADDRESS:فلیٹ ۱۹]]، [[ADDRESS:Carnarvon House]]، [[POSTCODE:e7 9hy]]۔ ٹرانسفر کی درخواست ۲۰۲۱ سے لگی ہوئی تھی (ہاؤسنگ رجسٹر نمبر [[REFERENCE:HR-0448291]])، مگر ہمارا بینڈ غلط لگا ہوا تھا۔ بیٹی [[PERSON:حمنہ]]، [[AGE:۸ سال]]، کو [[HEALTH:مرگی]] ہے، اور اس کا میڈیکل فارم کبھی فائل میں شامل ہی نہیں ہوا۔

س: کس نے مدد کی؟
[[PERSON:فولامی]] صاحبہ (ہاؤسنگ آپشنز) نے۔ انہوں نے [[ADDRESS:Godwin Park Primary]] کی ہیڈ ٹیچر کا خط اور ڈاکٹر کی رپورٹ خود فائل میں لگائیں۔ مرمت والے [[PERSON:شیمس]] صاحب بھی اچھے تھے، جب تک نیا گھر نہیں ملا، انہوں نے کم از کم کھڑکی اور ہیٹر ٹھیک کروائے۔

س: کیسے ٹھیک ہوا؟
شکایت [[REFERENCE:FGCH-CP-8825]] کے بعد [[ORGANISATION:Forest Gate Community Homes]] نے مانا کہ میڈیکل فارم ان سے کھو گیا تھا۔ بینڈ A ملا، اور چار مہینے میں تین کمروں کا گھر مل گیا۔ ۵۰۰ پاؤنڈ بھی ملے۔

س: کیا بدلا؟
کہتے ہیں اب ہر میڈیکل فارم کی رسید ای میل سے بھیجتے ہیں۔ اچھی بات ہے۔ مگر جو تین سال ہم نے گزارے، وہ کوئی نہیں لوٹا سکتا۔

س: رابطہ
[[PERSON:کاشف محمود بٹ]]۔ ای میل: [[EMAIL:kashif ڈاٹ butt ایٹ example ڈاٹ net]]۔ موبائل [[PHONE:+44 (0)7700 900 657]]۔
"""),
    ),
    (
        "fv2bh-ur-05",
        "ur",
        _s("""
ASB and hate incident case: closure survey

1۔ کیا ہوا تھا؟
چھ مہینے تک سامنے والے گھر کا ایک آدمی مجھ پر آوازے کستا تھا، میری گاڑی کے شیشے پر تھوکا، اور ایک دفعہ دروازے پر گالی لکھ دی۔ میں [[OTHER_SPECIAL:مسلمان]] ہوں اور اکیلی اپنے دو بچوں کے ساتھ رہتی ہوں۔ اس کی سفید وین [[OTHER_ID:WU19 ZKT]] ہر روز ہماری گلی میں کھڑی ہوتی تھی۔

2۔ Who dealt with your case?
پہلے ایک صاحب تھے جنہوں نے کہا یہ "neighbour dispute" ہے۔ جھگڑا؟ میں نے تو اس سے کبھی بات بھی نہیں کی۔ پھر کیس ASB ٹیم کی [[PERSON:ٹریشا ہالووے]] کے پاس گیا۔ [[PERSON:ٹریشا]] نے اسے hate incident کے طور پر درج کیا، کیس نمبر [[REFERENCE:WDH-HI-0317]]۔

3۔ How was it put right?
[[ORGANISATION:Hughenden CCTV Services]] نے میرے دروازے پر کیمرہ اور ویڈیو ڈور بیل لگائی۔ [[ORGANISATION:Wycombe Dene Housing]] نے پولیس کے ساتھ مل کر اس آدمی کو تحریری وارننگ دی، اور دو ماہ بعد اس کی ٹینینسی کا کیس عدالت میں گیا۔ وہ اب یہاں نہیں رہتا۔

4۔ What changed?
[[PERSON:ٹریشا]] نے بتایا کہ اب عملے کو hate incident پہچاننے کی ٹریننگ دی گئی ہے۔ میری پڑوسن [[PERSON:ڈیلفین]]، جو [[ADDRESS:نمبر 6]] میں رہتی ہیں، کہتی ہیں کہ گلی اب پرسکون ہے۔

5۔ Your details
[[PERSON:نازیہ شبیر]]، عمر [[AGE:۳۴]]، [[ADDRESS:5 Desborough Row]]، [[POSTCODE:HP11 2NJ]]۔ فون [[PHONE:۰۷۷۰۰ ۹۰۰۹۵۵]]۔ بیٹا [[PERSON:ارحم]] [[ADDRESS:Oakridge Green School]] میں پڑھتا ہے، اگر کبھی مجھ سے بات نہ ہو سکے تو وہاں کی family worker کو بتا دیں۔
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
