"""Residents' stories told in Polish, Romanian, Arabic, Urdu, Bengali and Punjabi.

Written in each language, not translated from the English stories, so that readers
see the campaign speaks to them in their own words.
"""

from __future__ import annotations

from casestudies.choices import ComplaintStage as Stage
from casestudies.choices import ComplaintWhen as When
from casestudies.choices import OmbudsmanFinding as Finding
from casestudies.choices import OnTime, Outcome, Region, Theme

from .story import DemoStory

LANGUAGE_STORIES: list[DemoStory] = [
    # Polish
    DemoStory(
        slug="pl-plesn-w-pokoju-dzieci",
        language="pl",
        title="Pleśń w pokoju dzieci wracała po każdym malowaniu",
        summary=(
            "Czarna pleśń w pokoju dzieci wracała po każdym malowaniu. Dopiero skarga w drugim etapie "
            "sprawiła, że ktoś znalazł przyczynę: brak izolacji w ścianie zewnętrznej."
        ),
        pull_quote="Chciałabym, żeby inni wiedzieli, że skarga to nie kłótnia. To sposób, żeby ktoś wreszcie potraktował problem poważnie.",
        story=(
            "Mieszkamy w tym mieszkaniu od kilku lat. Każdej jesieni na ścianie w pokoju dzieci pojawiały się "
            "czarne plamy pleśni, najpierw w rogu przy oknie, potem za szafą. Ubrania pachniały wilgocią, a "
            "dzieci spały z nami w salonie, bo w ich pokoju było zimno i nieprzyjemnie.\n\n"
            "Zgłaszałam problem kilka razy. Za każdym razem przychodził ktoś, kto zmywał pleśń środkiem "
            "chemicznym i malował ścianę. Po kilku tygodniach wszystko wracało. Usłyszałam też, że powinnam "
            "częściej otwierać okna, choć robiłam to codziennie.\n\n"
            "Nie wiedziałam, że mogę złożyć formalną skargę. Pomogła mi sąsiadka, która wytłumaczyła mi "
            "formularz. W pierwszym etapie odpowiedź przyszła po terminie i znowu proponowano tylko malowanie. "
            "Poprosiłam więc o ponowne rozpatrzenie sprawy.\n\n"
            "W drugim etapie wszystko się zmieniło. Przyszedł inspektor z kamerą termowizyjną i od razu "
            "zobaczył, że w ścianie zewnętrznej brakuje izolacji, a wentylator w łazience nigdy nie był "
            "podłączony. Ścianę zaizolowano i osuszono, a wentylator wreszcie działa. Dostałam pisemne "
            "przeprosiny.\n\n"
            "Tej zimy ściana jest sucha. Chciałabym, żeby inni wiedzieli, że skarga to nie kłótnia. To sposób, "
            "żeby ktoś wreszcie potraktował problem poważnie."
        ),
        what_changed=(
            "Ściana zewnętrzna została zaizolowana, pleśń usunięto, a w łazience podłączono wentylator. "
            "Zarządca przeprosił na piśmie."
        ),
        attribution="Mieszkanka ze wschodniej Anglii",
        themes=(Theme.DAMP_MOULD,),
        complaint_stage=Stage.STAGE_2,
        complaint_when=When.LAST_YEAR,
        responses_on_time=OnTime.SOME,
        outcomes=(Outcome.APOLOGY, Outcome.REPAIR),
        region=Region.EAST,
    ),
    DemoStory(
        slug="pl-nikt-nie-odpowiadal",
        language="pl",
        title="Nikt nie odpowiadał na moje zgłoszenia o przecieku",
        summary=(
            "Przeciek z mieszkania wyżej niszczył ścianę kuchni, a zgłoszenia zostawały bez odpowiedzi. "
            "Rzecznik ds. Mieszkalnictwa stwierdził niewłaściwe administrowanie i nakazał naprawę oraz "
            "odszkodowanie."
        ),
        pull_quote="Najbardziej zabolało mnie milczenie, a nie sam przeciek.",
        story=(
            "Latem zaczęła przeciekać rura pod wanną w mieszkaniu nad nami. Woda spływała po ścianie naszej "
            "kuchni, a tynk zaczął odpadać. Zgłosiłem to telefonicznie, potem mailowo, potem znowu "
            "telefonicznie. Za każdym razem słyszałem, że ktoś się odezwie. Nikt się nie odezwał.\n\n"
            "W pracy radzę sobie po angielsku, ale w listach od zarządcy było dużo trudnych słów i nie "
            "wiedziałem, czego mogę żądać. Dopiero kolega pokazał mi rządową stronę o skargach na mieszkania "
            "socjalne. Złożyłem skargę w pierwszym etapie, a potem w drugim. Obie odpowiedzi przyszły po "
            "terminie i nie odpowiadały na moje pytania.\n\n"
            "Myślałem, że żeby pójść dalej, potrzebuję pomocy posła albo radnego. Okazało się, że to już nie "
            "jest potrzebne. Sam wysłałem skargę do Rzecznika ds. Mieszkalnictwa i nie musiałem czekać ośmiu "
            "tygodni.\n\n"
            "Rzecznik stwierdził niewłaściwe administrowanie. Zarządca musiał przeprosić, wypłacić "
            "odszkodowanie i w ciągu miesiąca naprawić rurę oraz ścianę. Naprawa zajęła kilka dni.\n\n"
            "Najbardziej zabolało mnie milczenie, a nie sam przeciek. Teraz wiem, że nie trzeba się z tym "
            "godzić."
        ),
        what_changed=(
            "Rura i ściana kuchni zostały naprawione. Zarządca przeprosił i wypłacił odszkodowanie za "
            "zniszczenia i opóźnienia."
        ),
        attribution="Mieszkaniec Londynu",
        themes=(Theme.LEAKS_REPAIRS, Theme.COMMUNICATION),
        complaint_stage=Stage.OMBUDSMAN,
        complaint_when=When.ONE_TO_TWO_YEARS,
        responses_on_time=OnTime.NO,
        outcomes=(Outcome.APOLOGY, Outcome.REPAIR, Outcome.COMPENSATION),
        ombudsman_finding=Finding.MALADMINISTRATION,
        region=Region.LONDON,
        share_on_social=False,
    ),
    # Romanian
    DemoStory(
        slug="ro-tavanul-din-baie-picura",
        language="ro",
        title="Tavanul din baie picura de luni de zile",
        summary=(
            "Apa picura prin tavanul băii, aproape de instalația electrică. După o plângere formală, "
            "reparația a fost tratată ca urgentă și rezolvată în câteva zile."
        ),
        pull_quote=(
            "O vecină mi-a explicat că o plângere nu este o ceartă și că proprietarul trebuie să răspundă în "
            "zece zile lucrătoare."
        ),
        story=(
            "De la începutul toamnei, tavanul din baie a început să se umfle și să picure. La început era doar "
            "o pată galbenă, dar după câteva săptămâni apa curgea pe lângă becul din tavan și a trebuit să "
            "oprim lumina de la tablou, de frică.\n\n"
            "Am sunat la linia de reparații de trei ori. De fiecare dată mi s-a spus că reparația a fost "
            "înregistrată, dar nu a venit nimeni. Credeam că, dacă fac o plângere oficială, voi fi văzută ca o "
            "chiriașă dificilă și că asta îmi va face probleme mai târziu.\n\n"
            "O vecină mi-a explicat că o plângere nu este o ceartă și că proprietarul trebuie să răspundă în "
            "zece zile lucrătoare. Am completat formularul online, am atașat fotografii și am scris că apa "
            "ajunge lângă instalația electrică.\n\n"
            "Răspunsul a venit la timp. Și-au cerut scuze și au recunoscut că reparația fusese trecută greșit "
            "ca neurgentă. Un electrician a verificat instalația chiar a doua zi, iar un instalator a găsit o "
            "țeavă fisurată în podul clădirii. Tavanul a fost refăcut și zugrăvit.\n\n"
            "Acum le spun tuturor: plângerea nu m-a pus în pericol, dimpotrivă. A fost singurul lucru care a "
            "funcționat."
        ),
        what_changed=(
            "Țeava fisurată a fost înlocuită, instalația electrică a fost verificată, iar tavanul a fost "
            "refăcut. Proprietarul și-a cerut scuze."
        ),
        attribution="O locatară din West Midlands",
        themes=(Theme.LEAKS_REPAIRS,),
        complaint_stage=Stage.STAGE_1,
        complaint_when=When.LAST_6_MONTHS,
        responses_on_time=OnTime.YES,
        outcomes=(Outcome.APOLOGY, Outcome.REPAIR),
        region=Region.WEST_MIDLANDS,
    ),
    DemoStory(
        slug="ro-zgomotul-de-la-vecini",
        language="ro",
        title="Zgomotul de la vecini nu ne lăsa să dormim",
        summary=(
            "Petreceri zgomotoase în fiecare weekend și rapoarte închise fără verificare. În a doua etapă, "
            "asociația de locuințe și-a cerut scuze și și-a schimbat felul de lucru."
        ),
        pull_quote="Nimeni nu m-a întrebat dacă mă simt în siguranță.",
        story=(
            "Timp de câteva luni, în apartamentul de alături au fost petreceri aproape în fiecare weekend, cu "
            "muzică foarte tare până dimineața. Pereții sunt subțiri și copiii noștri nu puteau dormi. Când am "
            "încercat să vorbesc politicos cu vecinii, am fost jignit pe scară.\n\n"
            "Am raportat problema de mai multe ori la asociația de locuințe. Mi s-a spus că este o neînțelegere "
            "între vecini și mi s-a propus mediere. Nimeni nu m-a întrebat dacă mă simt în siguranță.\n\n"
            "Am făcut o plângere oficială despre felul în care fuseseră tratate rapoartele mele. Răspunsul din "
            "prima etapă a venit cu întârziere și spunea doar că dosarul a fost închis. Am cerut ca plângerea "
            "să fie analizată din nou, în a doua etapă, și am trimis un jurnal cu fiecare noapte de zgomot.\n\n"
            "De data aceasta, un manager m-a sunat și a citit jurnalul. Și-a cerut scuze și a recunoscut că "
            "era vorba de comportament antisocial. Vecinii au primit un avertisment oficial, iar echipa "
            "consiliului pentru zgomot a instalat aparate de înregistrare. De atunci, nopțile sunt liniștite.\n\n"
            "Managerul mi-a spus că acum trimit un jurnal încă de la primul raport și nu mai închid niciun caz "
            "fără să vorbească cu locatarul."
        ),
        what_changed=(
            "Vecinii au primit un avertisment oficial, iar zgomotul a încetat. Asociația trimite acum un jurnal "
            "de la primul raport și nu mai închide cazuri fără să vorbească cu locatarul."
        ),
        attribution="Un locatar din sud-estul Angliei",
        themes=(Theme.ANTISOCIAL_BEHAVIOUR,),
        complaint_stage=Stage.STAGE_2,
        complaint_when=When.LAST_YEAR,
        responses_on_time=OnTime.SOME,
        outcomes=(Outcome.APOLOGY, Outcome.POLICY_CHANGE),
        region=Region.SOUTH_EAST,
    ),
    # Arabic
    DemoStory(
        slug="ar-damp-in-the-childrens-room",
        language="ar",
        title="الرطوبة والعفن في غرفة نوم أطفالي",
        summary=(
            "عاد العفن إلى غرفة نوم الأطفال في كل شتاء. بعد الشكوى إلى أمين المظالم الخاص بالسكن الاجتماعي، "
            "عُثر على سبب الرطوبة وأُصلح، ودُفع تعويض عن الأضرار."
        ),
        pull_quote="أريد أن يعرف الجميع أن الشكوى حق، وأن هناك من يستمع.",
        story=(
            "منذ أن انتقلنا إلى هذه الشقة، كانت جدران غرفة نوم الأطفال رطبة في كل شتاء. ظهر العفن الداكن حول "
            "النافذة وخلف السرير، وتلفت ملابس كثيرة في الخزانة. كنت أنظف الجدار كل أسبوع، لكن العفن كان يعود "
            "دائماً.\n\n"
            "أبلغت الجهة المؤجرة عدة مرات. في كل مرة كان يأتي عامل ويطلي الجدار، ثم يقولون لي إن السبب هو "
            "تجفيف الغسيل داخل البيت، مع أنني لا أفعل ذلك. لم يكن أحد يبحث عن السبب الحقيقي.\n\n"
            "قدمت شكوى رسمية، ثم طلبت مراجعتها في المرحلة الثانية. جاء الرد في الوقت المحدد، لكنه كرر النصيحة "
            "نفسها. لم أكن أعرف أنني أستطيع أن أتوجه بنفسي إلى أمين المظالم الخاص بالسكن الاجتماعي، ولا أنني لم أعد بحاجة إلى "
            "نائب في البرلمان أو عضو مجلس محلي كي يحيل الشكوى.\n\n"
            "بعد أن قدمت الشكوى، وجد أمين المظالم أن الجهة المؤجرة قصّرت في الخدمة لأنها لم تفحص سبب الرطوبة. "
            "أرسلت الجهة المؤجرة مختصاً لفحص الجدار، فتبيّن أن المزراب الخارجي مكسور وأن الماء يتسرب إلى الجدار. أُصلح المزراب وعولج الجدار، "
            "وحصلنا على تعويض عن الملابس التالفة.\n\n"
            "اليوم الغرفة جافة، وأطفالي ينامون فيها من جديد. أريد أن يعرف الجميع أن الشكوى حق، وأن هناك من "
            "يستمع."
        ),
        what_changed="أُصلح المزراب الخارجي وعولج الجدار من الرطوبة، ودفعت الجهة المؤجرة تعويضاً عن الملابس التالفة.",
        attribution="ساكنة في شمال غرب إنجلترا",
        themes=(Theme.DAMP_MOULD,),
        complaint_stage=Stage.OMBUDSMAN,
        complaint_when=When.ONE_TO_TWO_YEARS,
        responses_on_time=OnTime.YES,
        outcomes=(Outcome.REPAIR, Outcome.COMPENSATION),
        ombudsman_finding=Finding.SERVICE_FAILURE,
        region=Region.NORTH_WEST,
    ),
    DemoStory(
        slug="ar-a-broken-window-lock",
        language="ar",
        title="قفل نافذة مكسور في بيت فيه أطفال صغار",
        summary=(
            "انكسر قفل نافذة في طابق مرتفع في بيت فيه أطفال صغار. بعد شكوى رسمية أُصلح في اليوم نفسه، "
            "وصارت هذه الأعطال تُعامل كإصلاح عاجل."
        ),
        pull_quote="تعلمت أن الشكوى ليست مشكلة، بل هي الطريقة التي تجعلهم يسمعونك.",
        story=(
            "نسكن في طابق مرتفع، وفي غرفة الجلوس نافذة كبيرة. انكسر القفل الذي يمنع النافذة من أن تنفتح أكثر "
            "من بضعة سنتيمترات، فصارت تنفتح بالكامل. عندي طفلان صغيران، وكنت أخاف أن أتركهما في الغرفة ولو "
            "لدقيقة.\n\n"
            "اتصلت بقسم الصيانة، فقالوا إن الطلب سُجّل كإصلاح عادي وسيستغرق عدة أسابيع. ربطت النافذة بحبل، "
            "لكنني لم أكن أنام مطمئنة.\n\n"
            "أخبرتني جارتي أن تقديم الشكوى حق لكل مستأجر، وأن الجهة المؤجرة يجب أن ترد خلال عشرة أيام عمل. كتبت "
            "رسالة قصيرة وساعدني أحد أقاربي في ترجمتها، وشرحت أن الخطر على الأطفال لا يحتمل الانتظار.\n\n"
            "في اليوم التالي تلقيت اتصالاً من قسم الشكاوى، واعتذر الموظف عن التأخير. جاء فني في المساء نفسه وركّب قفلاً جديداً، "
            "ثم فحص باقي النوافذ في الشقة. وصل الرد المكتوب خلال المدة المحددة، وشرح أن أي عطل في أقفال "
            "النوافذ في الطوابق العليا أصبح يُعامل الآن كإصلاح عاجل.\n\n"
            "تعلمت أن الشكوى ليست مشكلة، بل هي الطريقة التي تجعلهم يسمعونك."
        ),
        what_changed=(
            "رُكّب قفل جديد وفُحصت كل النوافذ، وصارت أعطال أقفال النوافذ في الطوابق العليا تُعامل كإصلاح عاجل."
        ),
        attribution="ساكنة في لندن",
        themes=(Theme.SAFETY,),
        complaint_stage=Stage.STAGE_1,
        complaint_when=When.LAST_6_MONTHS,
        responses_on_time=OnTime.YES,
        outcomes=(Outcome.APOLOGY, Outcome.REPAIR, Outcome.POLICY_CHANGE),
        region=Region.LONDON,
    ),
    # Urdu
    DemoStory(
        slug="ur-a-winter-without-heating",
        language="ur",
        title="سردیوں میں ایک مہینہ ہیٹنگ کے بغیر",
        summary=(
            "سردیوں میں بوائلر خراب ہونے کے بعد ایک خاندان ایک مہینے تک ہیٹنگ اور گرم پانی کے بغیر رہا۔ "
            "دوسرے مرحلے کی شکایت کے بعد نیا بوائلر لگا اور معاوضہ ملا۔"
        ),
        pull_quote="اگر میں شکایت نہ کرتی تو شاید ہم پوری سردیاں ایسے ہی گزارتے۔",
        story=(
            "پچھلی سردیوں میں ہمارا بوائلر خراب ہو گیا۔ گھر میں نہ ہیٹنگ تھی اور نہ گرم پانی۔ میرے تین بچے "
            "ہیں اور ہم سب رات کو ایک ہی کمرے میں کمبل اوڑھ کر سوتے تھے۔ ہم کیتلی میں پانی گرم کر کے نہاتے تھے۔\n\n"
            "میں نے مرمت کے لیے کئی بار فون کیا۔ ایک انجینئر آیا اور کہا کہ ایک پرزہ منگوانا پڑے گا۔ اس کے "
            "بعد دو ہفتے تک کوئی نہیں آیا اور کوئی یہ نہیں بتاتا تھا کہ کام کب ہوگا۔\n\n"
            "میں نے شکایت درج کی۔ پہلے مرحلے کا جواب دیر سے آیا اور اس میں صرف یہ لکھا تھا کہ پرزہ منگوا لیا "
            "گیا ہے۔ پھر میں نے دوسرے مرحلے کی درخواست دی اور بتایا کہ بچوں کے ساتھ اتنی سردی میں رہنا کتنا "
            "مشکل ہے، اور بجلی کے ہیٹر چلانے سے ہمارا بل کتنا بڑھ گیا ہے۔\n\n"
            "دوسرے مرحلے کا جواب بھی دیر سے آیا، لیکن اس بار ایک مینیجر نے خود فون کیا اور معافی مانگی۔ اسی "
            "ہفتے نیا بوائلر لگ گیا۔ ہمیں بجلی کے اضافی بل اور تکلیف کے بدلے معاوضہ بھی ملا۔\n\n"
            "اگر میں شکایت نہ کرتی تو شاید ہم پوری سردیاں ایسے ہی گزارتے۔ اب میں دوسروں سے کہتی ہوں کہ چپ "
            "نہ رہیں۔"
        ),
        what_changed="نیا بوائلر لگا دیا گیا۔ مالک مکان نے معافی مانگی اور بجلی کے اضافی بل کا معاوضہ دیا۔",
        attribution="یارکشائر میں رہنے والی ایک کرایہ دار",
        themes=(Theme.HEATING_HOT_WATER,),
        complaint_stage=Stage.STAGE_2,
        complaint_when=When.LAST_YEAR,
        responses_on_time=OnTime.NO,
        outcomes=(Outcome.APOLOGY, Outcome.REPAIR, Outcome.COMPENSATION),
        region=Region.YORKSHIRE,
    ),
    DemoStory(
        slug="ur-letters-i-could-not-understand",
        language="ur",
        title="وہ خط جو میں سمجھ نہیں سکتا تھا",
        summary=(
            "مشکل انگریزی خطوں کی وجہ سے ایک کرایہ دار مرمت کی تاریخ سے بے خبر رہا۔ شکایت کے بعد مالک مکان "
            "نے معافی مانگی اور اب ترجمان کے ذریعے بات کرتا ہے۔"
        ),
        pull_quote="مجھے لگا کہ میں نے کوئی غلطی کی ہے، جبکہ مجھے کسی نے صاف طور پر کچھ بتایا ہی نہیں تھا۔",
        story=(
            "میرے گھر کی کھڑکیاں بدلی جانی تھیں۔ مالک مکان کی طرف سے کئی خط آئے، لیکن وہ بہت مشکل انگریزی میں "
            "تھے اور مجھے سمجھ نہیں آیا کہ مجھے کیا کرنا ہے۔ ایک دن کاریگر آئے اور میں گھر پر نہیں تھا، تو کام "
            "منسوخ ہو گیا اور لکھ دیا گیا کہ میں نے دروازہ نہیں کھولا۔\n\n"
            "پھر ایک اور خط آیا جس میں لکھا تھا کہ اگر میں نے تعاون نہ کیا تو کارروائی ہو سکتی ہے۔ میں بہت "
            "پریشان ہو گیا۔ مجھے لگا کہ میں نے کوئی غلطی کی ہے، جبکہ مجھے کسی نے صاف طور پر کچھ بتایا ہی نہیں "
            "تھا۔\n\n"
            "میرے بیٹے نے مجھے شکایت لکھنے میں مدد کی۔ ہم نے لکھا کہ مجھے اردو میں معلومات یا فون پر ترجمان کی "
            "ضرورت ہے۔ دس کام کے دنوں کے اندر جواب آ گیا۔ انہوں نے معافی مانگی، وہ خط واپس لے لیا، اور ترجمان "
            "کے ساتھ فون کر کے کام کا نیا دن طے کیا۔\n\n"
            "اب ان کے ریکارڈ میں لکھا ہے کہ میرے لیے اردو میں بات کرنا آسان ہے۔ کھڑکیاں لگ چکی ہیں اور گھر "
            "پہلے سے زیادہ گرم ہے۔ سب سے اچھی بات یہ ہے کہ اب مجھے ہر خط کا مطلب معلوم ہوتا ہے۔"
        ),
        what_changed=(
            "مالک مکان نے معافی مانگی اور سخت خط واپس لے لیا۔ اب ریکارڈ میں پسندیدہ زبان اردو درج ہے اور "
            "ترجمان کے ذریعے رابطہ ہوتا ہے۔"
        ),
        attribution="ویسٹ مڈلینڈز میں رہنے والا ایک کرایہ دار",
        themes=(Theme.COMMUNICATION,),
        complaint_stage=Stage.STAGE_1,
        complaint_when=When.LAST_6_MONTHS,
        responses_on_time=OnTime.YES,
        outcomes=(Outcome.APOLOGY, Outcome.POLICY_CHANGE),
        region=Region.WEST_MIDLANDS,
        share_on_social=False,
    ),
    # Bengali
    DemoStory(
        slug="bn-water-from-above-mould-on-the-wall",
        language="bn",
        title="ওপর থেকে পানি, দেয়ালে ছত্রাক",
        summary=(
            "ওপরের ফ্ল্যাট থেকে পানি চুঁইয়ে শোবার ঘরে ছত্রাক জন্মায়। হাউজিং অম্বাডসম্যানের সিদ্ধান্তের পর "
            "পাইপ মেরামত হয় এবং পরিবারটি ক্ষতিপূরণ পায়।"
        ),
        pull_quote="আমি চাই সবাই জানুক, অভিযোগ করা মানে ঝগড়া করা নয়, নিজের অধিকার চাওয়া।",
        story=(
            "আমাদের ওপরের ফ্ল্যাট থেকে পানি চুঁইয়ে পড়ত। প্রথমে বাথরুমের ছাদে একটা দাগ দেখা দিল, তারপর "
            "শোবার ঘরের দেয়ালে ছত্রাক ছড়িয়ে পড়ল। বাচ্চাদের পোশাক আর বিছানা নষ্ট হয়ে গেল, আর ঘরে "
            "সবসময় একটা স্যাঁতসেঁতে গন্ধ থাকত।\n\n"
            "আমি বারবার মেরামতের জন্য ফোন করেছি। লোক এসে দেয়াল রং করে দিত, কিন্তু পানি কোথা থেকে আসছে তা "
            "কেউ খুঁজে দেখত না। কয়েক সপ্তাহ পর আবার সেই একই দাগ।\n\n"
            "আমি প্রথম ধাপে অভিযোগ করি, তারপর দ্বিতীয় ধাপে। দুটো উত্তরই দেরিতে এল, আর বলা হল সমস্যাটা ঘরের "
            "ভেতরে কাপড় শুকানোর জন্য। আমি জানতাম না যে এখন আর এমপি বা কাউন্সিলরের কাছে যেতে হয় না। পরে এক প্রতিবেশীর কাছে শুনলাম, আমি নিজেই হাউজিং অম্বাডসম্যানের কাছে যেতে পারি।\n\n"
            "অম্বাডসম্যান তদন্ত করে দেখলেন যে বাড়িওয়ালা ঠিকমতো দায়িত্ব পালন করেনি। তাঁদের সিদ্ধান্তের পর "
            "ওপরের ফ্ল্যাটের ফুটো পাইপ বদলানো হল, দেয়াল শুকিয়ে নতুন করে মেরামত করা হল, আর আমরা ক্ষতিপূরণ "
            "ও লিখিত ক্ষমাপ্রার্থনা পেলাম।\n\n"
            "এখন ঘরটা শুকনো। আমি চাই সবাই জানুক, অভিযোগ করা মানে ঝগড়া করা নয়, নিজের অধিকার চাওয়া।"
        ),
        what_changed=("ফুটো পাইপ বদলানো হয়েছে, দেয়াল মেরামত হয়েছে, আর বাড়িওয়ালা লিখিতভাবে ক্ষমা চেয়ে ক্ষতিপূরণ দিয়েছে।"),
        attribution="লন্ডনের একজন বাসিন্দা",
        themes=(Theme.DAMP_MOULD, Theme.LEAKS_REPAIRS),
        complaint_stage=Stage.OMBUDSMAN,
        complaint_when=When.ONE_TO_TWO_YEARS,
        responses_on_time=OnTime.NO,
        outcomes=(Outcome.APOLOGY, Outcome.REPAIR, Outcome.COMPENSATION),
        ombudsman_finding=Finding.MALADMINISTRATION,
        region=Region.LONDON,
    ),
    DemoStory(
        slug="bn-overflowing-bins",
        language="bn",
        title="উপচে পড়া ময়লার বিন",
        summary=(
            "ময়লা ফেলার শুট মাসের পর মাস বন্ধ থাকায় উঠোনে বিন উপচে পড়ছিল। লিখিত অভিযোগের পর শুট মেরামত "
            "হয় এবং বিন খালি করার সময়সূচি বদলানো হয়।"
        ),
        pull_quote="ছোট একটা অভিযোগ, কিন্তু পুরো ব্লকের সবার উপকার হয়েছে।",
        story=(
            "আমাদের ব্লকের ময়লা ফেলার শুট কয়েক মাস ধরে বন্ধ ছিল। সবাই নিচের উঠোনে ব্যাগ রেখে যেত, আর বিনগুলো "
            "সবসময় উপচে পড়ত। গরমের দিনে গন্ধে জানালা খোলা যেত না, আর রাতে শিয়াল এসে ব্যাগ ছিঁড়ে ফেলত। "
            "বাচ্চারা ওই উঠোনেই খেলে।\n\n"
            "আমি কয়েকবার ফোন করেছি। প্রতিবার বলা হত বিষয়টা লিখে রাখা হয়েছে। কেউ জানাত না কবে ঠিক হবে, বা "
            "বিন কেন সপ্তাহে একবারের বেশি খালি করা হয় না।\n\n"
            "শেষে আমি ওয়েবসাইটের ফর্মে লিখিত অভিযোগ করলাম, সঙ্গে ছবিও দিলাম। ফর্মে দোভাষী চাওয়ার সুযোগ ছিল, "
            "তাই আমি বাংলায় কথা বলতে পেরেছি।\n\n"
            "দশ কর্মদিবসের মধ্যেই উত্তর এল। তাঁরা দুঃখ প্রকাশ করলেন এবং স্বীকার করলেন যে শুট মেরামতের কাজটা "
            "ঠিকাদারের তালিকা থেকে হারিয়ে গিয়েছিল। পরের সপ্তাহেই শুট খুলে দেওয়া হল। এখন বিন সপ্তাহে দুবার "
            "খালি করা হয়, আর উঠোন পরিষ্কার রাখার একটা নিয়মিত সময়সূচি দেয়ালে টাঙানো আছে।\n\n"
            "ছোট একটা অভিযোগ, কিন্তু পুরো ব্লকের সবার উপকার হয়েছে।"
        ),
        what_changed=(
            "ময়লার শুট মেরামত হয়েছে, বিন এখন সপ্তাহে দুবার খালি করা হয়, আর উঠোন পরিষ্কারের সময়সূচি টাঙানো হয়েছে।"
        ),
        attribution="ইস্ট মিডল্যান্ডসের একজন বাসিন্দা",
        themes=(Theme.OTHER,),
        complaint_stage=Stage.STAGE_1,
        complaint_when=When.LAST_6_MONTHS,
        responses_on_time=OnTime.YES,
        outcomes=(Outcome.APOLOGY, Outcome.REPAIR, Outcome.POLICY_CHANGE),
        region=Region.EAST_MIDLANDS,
    ),
    # Punjabi (Gurmukhi)
    DemoStory(
        slug="pa-water-through-the-kitchen-ceiling",
        language="pa",
        title="ਰਸੋਈ ਦੀ ਛੱਤ ਵਿੱਚੋਂ ਟਪਕਦਾ ਪਾਣੀ",
        summary=(
            "ਉੱਪਰ ਵਾਲੇ ਫਲੈਟ ਦੀ ਲੀਕ ਹੁੰਦੀ ਪਾਈਪ ਕਾਰਨ ਰਸੋਈ ਦੀ ਛੱਤ ਵਿੱਚੋਂ ਪਾਣੀ ਟਪਕਦਾ ਰਿਹਾ। ਦੂਜੇ ਪੜਾਅ ਦੀ "
            "ਸ਼ਿਕਾਇਤ ਤੋਂ ਬਾਅਦ ਮੁਰੰਮਤ ਹੋਈ ਅਤੇ ਮੁਆਵਜ਼ਾ ਮਿਲਿਆ।"
        ),
        pull_quote="ਮੈਂ ਸੋਚਦੀ ਸੀ ਕਿ ਸ਼ਿਕਾਇਤ ਦਾ ਕੋਈ ਫ਼ਾਇਦਾ ਨਹੀਂ ਹੁੰਦਾ।",
        story=(
            "ਪਿਛਲੀਆਂ ਗਰਮੀਆਂ ਵਿੱਚ ਸਾਡੀ ਰਸੋਈ ਦੀ ਛੱਤ ਵਿੱਚੋਂ ਪਾਣੀ ਟਪਕਣ ਲੱਗ ਪਿਆ। ਉੱਪਰ ਵਾਲੇ ਫਲੈਟ ਦੇ ਬਾਥਰੂਮ ਦੀ "
            "ਪਾਈਪ ਲੀਕ ਕਰ ਰਹੀ ਸੀ। ਅਸੀਂ ਕਈ ਹਫ਼ਤੇ ਮੇਜ਼ ਉੱਤੇ ਬਾਲਟੀ ਰੱਖ ਕੇ ਖਾਣਾ ਬਣਾਇਆ, ਅਤੇ ਛੱਤ ਦਾ ਪਲਸਤਰ "
            "ਥੋੜ੍ਹਾ-ਥੋੜ੍ਹਾ ਕਰਕੇ ਡਿੱਗਦਾ ਰਿਹਾ।\n\n"
            "ਮੈਂ ਮੁਰੰਮਤ ਲਈ ਕਈ ਵਾਰ ਫ਼ੋਨ ਕੀਤਾ। ਪਲੰਬਰ ਦੋ ਵਾਰ ਆਇਆ, ਪਰ ਉੱਪਰ ਵਾਲੇ ਫਲੈਟ ਵਿੱਚ ਕੋਈ ਘਰ ਨਹੀਂ ਸੀ, "
            "ਇਸ ਲਈ ਉਹ ਵਾਪਸ ਚਲਾ ਗਿਆ। ਕਿਸੇ ਨੇ ਕੋਈ ਹੋਰ ਰਾਹ ਨਹੀਂ ਲੱਭਿਆ।\n\n"
            "ਮੈਂ ਪਹਿਲੇ ਪੜਾਅ ਦੀ ਸ਼ਿਕਾਇਤ ਕੀਤੀ। ਜਵਾਬ ਸਮੇਂ ਸਿਰ ਆਇਆ, ਪਰ ਉਸ ਵਿੱਚ ਸਿਰਫ਼ ਇਹ ਲਿਖਿਆ ਸੀ ਕਿ ਕੰਮ ਬੁੱਕ "
            "ਹੋ ਗਿਆ ਹੈ। ਕੰਮ ਫਿਰ ਵੀ ਨਹੀਂ ਹੋਇਆ। ਇਸ ਲਈ ਮੈਂ ਦੂਜੇ ਪੜਾਅ ਲਈ ਕਿਹਾ ਅਤੇ ਛੱਤ ਦੀਆਂ ਤਸਵੀਰਾਂ ਭੇਜੀਆਂ।\n\n"
            "ਦੂਜੇ ਪੜਾਅ ਦਾ ਜਵਾਬ ਕੁਝ ਦੇਰ ਨਾਲ ਆਇਆ, ਪਰ ਇਸ ਵਾਰ ਇੱਕ ਮੈਨੇਜਰ ਨੇ ਜ਼ਿੰਮੇਵਾਰੀ ਲਈ। ਉਨ੍ਹਾਂ ਨੇ ਉੱਪਰ "
            "ਵਾਲੇ ਗੁਆਂਢੀਆਂ ਨਾਲ ਸਮਾਂ ਤੈਅ ਕੀਤਾ, ਪਾਈਪ ਬਦਲੀ ਗਈ ਅਤੇ ਸਾਡੀ ਰਸੋਈ ਦੀ ਛੱਤ ਨਵੀਂ ਬਣਾਈ ਗਈ। ਸਾਨੂੰ "
            "ਖ਼ਰਾਬ ਹੋਏ ਸਮਾਨ ਲਈ ਮੁਆਵਜ਼ਾ ਵੀ ਮਿਲਿਆ।\n\n"
            "ਮੈਂ ਸੋਚਦੀ ਸੀ ਕਿ ਸ਼ਿਕਾਇਤ ਦਾ ਕੋਈ ਫ਼ਾਇਦਾ ਨਹੀਂ ਹੁੰਦਾ। ਹੁਣ ਮੈਂ ਜਾਣਦੀ ਹਾਂ ਕਿ ਦੂਜਾ ਪੜਾਅ ਮੰਗਣਾ ਬਹੁਤ "
            "ਜ਼ਰੂਰੀ ਸੀ।"
        ),
        what_changed=("ਲੀਕ ਹੁੰਦੀ ਪਾਈਪ ਬਦਲੀ ਗਈ, ਰਸੋਈ ਦੀ ਛੱਤ ਨਵੀਂ ਬਣਾਈ ਗਈ, ਅਤੇ ਖ਼ਰਾਬ ਹੋਏ ਸਮਾਨ ਲਈ ਮੁਆਵਜ਼ਾ ਮਿਲਿਆ।"),
        attribution="ਈਸਟ ਮਿਡਲੈਂਡਜ਼ ਦੀ ਇੱਕ ਵਸਨੀਕ",
        themes=(Theme.LEAKS_REPAIRS,),
        complaint_stage=Stage.STAGE_2,
        complaint_when=When.LAST_YEAR,
        responses_on_time=OnTime.SOME,
        outcomes=(Outcome.REPAIR, Outcome.COMPENSATION),
        region=Region.EAST_MIDLANDS,
    ),
    DemoStory(
        slug="pa-a-sparking-socket",
        language="pa",
        title="ਚੰਗਿਆੜੇ ਛੱਡਦਾ ਬਿਜਲੀ ਦਾ ਸਾਕਟ",
        summary=(
            "ਬੈਠਕ ਦਾ ਇੱਕ ਸਾਕਟ ਚੰਗਿਆੜੇ ਛੱਡਦਾ ਸੀ, ਪਰ ਮੁਰੰਮਤ ਨੂੰ ਆਮ ਕੰਮ ਮੰਨਿਆ ਗਿਆ। ਸ਼ਿਕਾਇਤ ਤੋਂ ਬਾਅਦ ਅਗਲੇ ਦਿਨ ਹੀ ਮੁਰੰਮਤ ਹੋ ਗਈ।"
        ),
        pull_quote="ਜੇ ਤੁਹਾਡੇ ਘਰ ਵਿੱਚ ਖ਼ਤਰਾ ਹੈ, ਤਾਂ ਇੰਤਜ਼ਾਰ ਨਾ ਕਰੋ।",
        story=(
            "ਸਾਡੀ ਬੈਠਕ ਦਾ ਇੱਕ ਬਿਜਲੀ ਦਾ ਸਾਕਟ ਗਰਮ ਹੋ ਜਾਂਦਾ ਸੀ ਅਤੇ ਕਈ ਵਾਰ ਉਸ ਵਿੱਚੋਂ ਚੰਗਿਆੜੇ ਨਿਕਲਦੇ ਸਨ। "
            "ਇੱਕ ਰਾਤ ਉਸ ਵਿੱਚੋਂ ਸੜਨ ਦੀ ਬੋ ਆਈ। ਅਸੀਂ ਡਰ ਗਏ ਅਤੇ ਉਸ ਕਮਰੇ ਦੀ ਬਿਜਲੀ ਬੰਦ ਕਰ ਦਿੱਤੀ।\n\n"
            "ਮੈਂ ਅਗਲੀ ਸਵੇਰ ਮੁਰੰਮਤ ਲਈ ਫ਼ੋਨ ਕੀਤਾ। ਮੈਨੂੰ ਦੱਸਿਆ ਗਿਆ ਕਿ ਇਹ ਆਮ ਮੁਰੰਮਤ ਹੈ ਅਤੇ ਤਿੰਨ ਹਫ਼ਤਿਆਂ ਵਿੱਚ "
            "ਕੋਈ ਆਵੇਗਾ। ਮੈਨੂੰ ਇਹ ਠੀਕ ਨਹੀਂ ਲੱਗਿਆ, ਕਿਉਂਕਿ ਘਰ ਵਿੱਚ ਛੋਟੇ ਬੱਚੇ ਹਨ ਅਤੇ ਅੱਗ ਲੱਗਣ ਦਾ ਖ਼ਤਰਾ ਸੀ।\n\n"
            "ਮੇਰੀ ਧੀ ਨੇ ਦੱਸਿਆ ਕਿ ਮਕਾਨ ਮਾਲਕ ਦਾ ਸ਼ਿਕਾਇਤਾਂ ਲਈ ਇੱਕ ਪੱਕਾ ਤਰੀਕਾ ਹੁੰਦਾ ਹੈ ਅਤੇ ਉਨ੍ਹਾਂ ਨੂੰ ਦਸ "
            "ਕੰਮ ਵਾਲੇ ਦਿਨਾਂ ਵਿੱਚ ਜਵਾਬ ਦੇਣਾ ਪੈਂਦਾ ਹੈ। ਅਸੀਂ ਮਿਲ ਕੇ ਈਮੇਲ ਲਿਖੀ ਅਤੇ ਸੜੇ ਹੋਏ ਸਾਕਟ ਦੀ ਤਸਵੀਰ "
            "ਭੇਜੀ।\n\n"
            "ਉਸੇ ਦਿਨ ਸ਼ਿਕਾਇਤਾਂ ਵਾਲੀ ਟੀਮ ਨੇ ਫ਼ੋਨ ਕੀਤਾ ਅਤੇ ਮੁਆਫ਼ੀ ਮੰਗੀ। ਅਗਲੇ ਦਿਨ ਸਾਕਟ ਬਦਲ ਦਿੱਤਾ ਗਿਆ ਅਤੇ ਪੂਰੇ ਘਰ ਦੀਆਂ ਤਾਰਾਂ ਦੀ ਜਾਂਚ ਕੀਤੀ ਗਈ। ਲਿਖਤੀ ਜਵਾਬ ਸਮੇਂ ਸਿਰ ਆਇਆ ਅਤੇ ਉਸ ਵਿੱਚ ਲਿਖਿਆ "
            "ਸੀ ਕਿ ਬਿਜਲੀ ਦੇ ਖ਼ਤਰੇ ਵਾਲੀਆਂ ਸ਼ਿਕਾਇਤਾਂ ਹੁਣ ਐਮਰਜੈਂਸੀ ਵਜੋਂ ਦਰਜ ਕੀਤੀਆਂ ਜਾਂਦੀਆਂ ਹਨ।\n\n"
            "ਜੇ ਤੁਹਾਡੇ ਘਰ ਵਿੱਚ ਖ਼ਤਰਾ ਹੈ, ਤਾਂ ਇੰਤਜ਼ਾਰ ਨਾ ਕਰੋ। ਸਾਫ਼-ਸਾਫ਼ ਲਿਖੋ ਅਤੇ ਸ਼ਿਕਾਇਤ ਕਰੋ।"
        ),
        what_changed=(
            "ਸਾਕਟ ਬਦਲਿਆ ਗਿਆ ਅਤੇ ਪੂਰੇ ਘਰ ਦੀਆਂ ਤਾਰਾਂ ਦੀ ਜਾਂਚ ਹੋਈ। ਬਿਜਲੀ ਦੇ ਖ਼ਤਰੇ ਵਾਲੀਆਂ ਸ਼ਿਕਾਇਤਾਂ ਹੁਣ ਐਮਰਜੈਂਸੀ ਵਜੋਂ ਦਰਜ ਹੁੰਦੀਆਂ ਹਨ।"
        ),
        attribution="ਸਾਊਥ ਵੈਸਟ ਦਾ ਇੱਕ ਵਸਨੀਕ",
        themes=(Theme.SAFETY,),
        complaint_stage=Stage.STAGE_1,
        complaint_when=When.LAST_6_MONTHS,
        responses_on_time=OnTime.YES,
        outcomes=(Outcome.APOLOGY, Outcome.REPAIR, Outcome.POLICY_CHANGE),
        region=Region.SOUTH_WEST,
    ),
]
