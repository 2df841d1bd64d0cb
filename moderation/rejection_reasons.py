"""Default wording for the rejection reasons, in English and each campaign language.

When the campaign team declines a resident's story, the resident is emailed a kind
message explaining why, in their own language (``RejectionReason.message_in``). These
are the starting messages; editors can change them in the admin afterwards.

The translations (Arabic, Bengali, Polish, Punjabi in Gurmukhi, Romanian and Urdu) are
first drafts written in plain, warm language rather than word for word. Like the gettext
catalogues, they must be checked by professional translators before launch. The web
address gov.uk/social-housing-complaints is left as it is in every language.
"""

from __future__ import annotations

DEFAULT_REASONS: list[dict[str, str]] = [
    {
        "name": "Not about a complaint",
        "message": (
            "Thank you for sending us your story. "
            "The toolkit shares stories about complaints to social landlords, and yours is about "
            "something else, so we cannot use it. "
            "If you have a housing complaint, gov.uk/social-housing-complaints explains what to do."
        ),
        "message_ar": (
            "شكرًا لك على إرسال قصتك إلينا. "
            "ننشر في موادنا قصصًا عن شكاوى قُدِّمت إلى الجهات المؤجِّرة للمساكن الاجتماعية، "
            "وقصتك تتناول موضوعًا آخر، لذلك لا يمكننا استخدامها. "
            "إذا كانت لديك شكوى تتعلق بالسكن، فإن الموقع gov.uk/social-housing-complaints "
            "يشرح ما يجب فعله."
        ),
        "message_bn": (
            "আমাদের কাছে আপনার গল্পটি পাঠানোর জন্য ধন্যবাদ। "
            "আমাদের টুলকিটে সোশ্যাল হাউজিং-এর বাড়িওয়ালাদের কাছে করা অভিযোগের গল্প তুলে ধরা হয়, "
            "কিন্তু আপনার গল্পটি অন্য একটি বিষয় নিয়ে, তাই আমরা এটি ব্যবহার করতে পারছি না। "
            "বাসস্থান নিয়ে আপনার কোনো অভিযোগ থাকলে কী করতে হবে, তা "
            "gov.uk/social-housing-complaints ওয়েবসাইটে বুঝিয়ে বলা আছে।"
        ),
        "message_pl": (
            "Dziękujemy za przesłanie nam swojej historii. "
            "W naszych materiałach przedstawiamy historie skarg składanych do zarządców mieszkań "
            "socjalnych, a Państwa historia dotyczy innej sprawy, dlatego nie możemy jej wykorzystać. "
            "Jeśli mają Państwo skargę dotyczącą mieszkania, na stronie "
            "gov.uk/social-housing-complaints można sprawdzić, co zrobić."
        ),
        "message_pa": (
            "ਸਾਨੂੰ ਆਪਣੀ ਕਹਾਣੀ ਭੇਜਣ ਲਈ ਧੰਨਵਾਦ। "
            "ਸਾਡੀ ਟੂਲਕਿੱਟ ਵਿੱਚ ਸੋਸ਼ਲ ਹਾਊਸਿੰਗ ਦੇ ਲੈਂਡਲਾਰਡਾਂ ਕੋਲ ਕੀਤੀਆਂ ਸ਼ਿਕਾਇਤਾਂ ਬਾਰੇ ਕਹਾਣੀਆਂ "
            "ਸਾਂਝੀਆਂ ਕੀਤੀਆਂ ਜਾਂਦੀਆਂ ਹਨ, ਪਰ ਤੁਹਾਡੀ ਕਹਾਣੀ ਕਿਸੇ ਹੋਰ ਵਿਸ਼ੇ ਬਾਰੇ ਹੈ, "
            "ਇਸ ਲਈ ਅਸੀਂ ਇਸਨੂੰ ਵਰਤ ਨਹੀਂ ਸਕਦੇ। "
            "ਜੇ ਤੁਹਾਡੀ ਰਿਹਾਇਸ਼ ਬਾਰੇ ਕੋਈ ਸ਼ਿਕਾਇਤ ਹੈ, ਤਾਂ gov.uk/social-housing-complaints "
            "ਉੱਤੇ ਦੱਸਿਆ ਗਿਆ ਹੈ ਕਿ ਕੀ ਕਰਨਾ ਹੈ।"
        ),
        "message_ro": (
            "Vă mulțumim că ne-ați trimis povestea dumneavoastră. "
            "Materialele noastre prezintă povești despre plângeri adresate proprietarilor de "
            "locuințe sociale, iar povestea dumneavoastră este despre altceva, așa că nu o putem folosi. "
            "Dacă aveți o plângere legată de locuință, pe site-ul gov.uk/social-housing-complaints "
            "veți găsi informații despre ce trebuie să faceți."
        ),
        "message_ur": (
            "اپنی کہانی ہمیں بھیجنے کا بہت شکریہ۔ "
            "ہماری ٹول کٹ میں سوشل ہاؤسنگ کے لینڈ لارڈز سے کی گئی شکایات کی کہانیاں شامل کی جاتی ہیں، "
            "جبکہ آپ کی کہانی کسی اور موضوع پر ہے، اس لیے ہم اسے استعمال نہیں کر سکتے۔ "
            "اگر آپ کو رہائش سے متعلق کوئی شکایت ہے تو gov.uk/social-housing-complaints "
            "پر بتایا گیا ہے کہ کیا کرنا چاہیے۔"
        ),
    },
    {
        "name": "Could identify someone",
        "message": (
            "Thank you for sending us your story. "
            "We could not remove enough detail to keep you, or others in it, from being recognised, "
            "so we have decided not to publish it. "
            "Your safety comes first."
        ),
        "message_ar": (
            "شكرًا لك على إرسال قصتك إلينا. "
            "لم نتمكن من حذف ما يكفي من التفاصيل لضمان ألّا يتعرّف أحد عليك أو على الأشخاص "
            "الآخرين المذكورين في القصة، لذلك قررنا عدم نشرها. "
            "سلامتك هي الأهم بالنسبة إلينا."
        ),
        "message_bn": (
            "আমাদের কাছে আপনার গল্পটি পাঠানোর জন্য ধন্যবাদ। "
            "গল্প থেকে এত বিবরণ বাদ দেওয়া সম্ভব হয়নি যাতে আপনাকে বা গল্পে থাকা অন্য কাউকে "
            "চেনা না যায়, তাই আমরা এটি প্রকাশ না করার সিদ্ধান্ত নিয়েছি। "
            "আপনার নিরাপত্তাই আমাদের কাছে সবচেয়ে গুরুত্বপূর্ণ।"
        ),
        "message_pl": (
            "Dziękujemy za przesłanie nam swojej historii. "
            "Nie udało nam się usunąć z niej tylu szczegółów, aby nikt nie mógł rozpoznać Państwa "
            "ani innych opisanych w niej osób, dlatego zdecydowaliśmy się jej nie publikować. "
            "Najważniejsze jest Państwa bezpieczeństwo."
        ),
        "message_pa": (
            "ਸਾਨੂੰ ਆਪਣੀ ਕਹਾਣੀ ਭੇਜਣ ਲਈ ਧੰਨਵਾਦ। "
            "ਅਸੀਂ ਕਹਾਣੀ ਵਿੱਚੋਂ ਇੰਨੇ ਵੇਰਵੇ ਨਹੀਂ ਹਟਾ ਸਕੇ ਕਿ ਤੁਹਾਨੂੰ ਜਾਂ ਇਸ ਵਿੱਚ ਸ਼ਾਮਲ ਹੋਰ ਲੋਕਾਂ ਨੂੰ "
            "ਪਛਾਣਿਆ ਨਾ ਜਾ ਸਕੇ, ਇਸ ਲਈ ਅਸੀਂ ਇਸਨੂੰ ਪ੍ਰਕਾਸ਼ਿਤ ਨਾ ਕਰਨ ਦਾ ਫ਼ੈਸਲਾ ਕੀਤਾ ਹੈ। "
            "ਤੁਹਾਡੀ ਸੁਰੱਖਿਆ ਸਾਡੇ ਲਈ ਸਭ ਤੋਂ ਵੱਧ ਮਹੱਤਵਪੂਰਨ ਹੈ।"
        ),
        "message_ro": (
            "Vă mulțumim că ne-ați trimis povestea dumneavoastră. "
            "Nu am putut elimina suficiente detalii pentru ca nimeni să nu vă poată recunoaște pe "
            "dumneavoastră sau pe alte persoane din poveste, așa că am hotărât să nu o publicăm. "
            "Siguranța dumneavoastră este pe primul loc."
        ),
        "message_ur": (
            "اپنی کہانی ہمیں بھیجنے کا بہت شکریہ۔ "
            "ہم کہانی سے اتنی تفصیلات نہیں ہٹا سکے کہ آپ کو یا اس میں شامل دوسرے لوگوں کو "
            "پہچانا نہ جا سکے، اس لیے ہم نے اسے شائع نہ کرنے کا فیصلہ کیا ہے۔ "
            "آپ کی حفاظت ہمارے لیے سب سے زیادہ اہم ہے۔"
        ),
    },
    {
        "name": "Complaint still open",
        "message": (
            "Thank you for sending us your story. "
            "Your complaint is still going through your landlord's process, and we only publish "
            "stories once a complaint has been put right. "
            "You are welcome to send it again when it is finished."
        ),
        "message_ar": (
            "شكرًا لك على إرسال قصتك إلينا. "
            "لا تزال شكواك قيد المعالجة لدى الجهة المؤجِّرة لمسكنك، ونحن لا ننشر القصص إلا بعد "
            "حل المشكلة التي تتعلق بها الشكوى. "
            "يسعدنا استلام قصتك مرة أخرى عند انتهاء النظر في شكواك."
        ),
        "message_bn": (
            "আমাদের কাছে আপনার গল্পটি পাঠানোর জন্য ধন্যবাদ। "
            "আপনার অভিযোগটি এখনও আপনার বাড়িওয়ালার অভিযোগ-প্রক্রিয়ার মধ্যে রয়েছে, আর কোনো "
            "অভিযোগের সমাধান হওয়ার পরেই আমরা গল্প প্রকাশ করি। "
            "প্রক্রিয়াটি শেষ হলে আপনি গল্পটি আবার পাঠাতে পারেন।"
        ),
        "message_pl": (
            "Dziękujemy za przesłanie nam swojej historii. "
            "Państwa skarga jest wciąż rozpatrywana przez zarządcę mieszkania, a historie publikujemy "
            "dopiero wtedy, gdy problem zostanie rozwiązany. "
            "Zapraszamy do ponownego przesłania historii po zakończeniu sprawy."
        ),
        "message_pa": (
            "ਸਾਨੂੰ ਆਪਣੀ ਕਹਾਣੀ ਭੇਜਣ ਲਈ ਧੰਨਵਾਦ। "
            "ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ ਅਜੇ ਵੀ ਤੁਹਾਡੇ ਲੈਂਡਲਾਰਡ ਦੀ ਸ਼ਿਕਾਇਤ ਪ੍ਰਕਿਰਿਆ ਵਿੱਚ ਹੈ, ਅਤੇ ਅਸੀਂ ਕਹਾਣੀਆਂ "
            "ਸਿਰਫ਼ ਉਦੋਂ ਪ੍ਰਕਾਸ਼ਿਤ ਕਰਦੇ ਹਾਂ ਜਦੋਂ ਸ਼ਿਕਾਇਤ ਦਾ ਹੱਲ ਹੋ ਚੁੱਕਾ ਹੋਵੇ। "
            "ਇਹ ਪ੍ਰਕਿਰਿਆ ਪੂਰੀ ਹੋਣ ਤੋਂ ਬਾਅਦ ਤੁਸੀਂ ਆਪਣੀ ਕਹਾਣੀ ਸਾਨੂੰ ਦੁਬਾਰਾ ਭੇਜ ਸਕਦੇ ਹੋ।"
        ),
        "message_ro": (
            "Vă mulțumim că ne-ați trimis povestea dumneavoastră. "
            "Plângerea dumneavoastră este încă în curs de soluționare de către proprietarul "
            "locuinței, iar noi publicăm povești doar după ce problema a fost rezolvată. "
            "Ne puteți trimite din nou povestea după ce soluționarea plângerii s-a încheiat."
        ),
        "message_ur": (
            "اپنی کہانی ہمیں بھیجنے کا بہت شکریہ۔ "
            "آپ کی شکایت ابھی آپ کے لینڈ لارڈ کے شکایتی عمل میں زیرِ غور ہے، اور ہم کہانیاں "
            "صرف اس وقت شائع کرتے ہیں جب شکایت کا ازالہ ہو چکا ہو۔ "
            "یہ عمل مکمل ہونے کے بعد آپ کی کہانی دوبارہ موصول ہونے پر ہمیں خوشی ہوگی۔"
        ),
    },
]
