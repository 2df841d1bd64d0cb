"""Personal data written in Arabic script (Arabic, Urdu, Persian), Bengali and Gurmukhi.

Finds PERSON names (word lists plus context: "my name is", "my son", "officer", titles
such as السيدة / جناب / শ্রীমতী / ਸ੍ਰੀਮਤੀ, honorifics after a name such as صاحب / ਜੀ),
transliterated landlord names (ORGANISATION: "... হোমস", "... ہاؤسنگ"), addresses and named
buildings written in these scripts (ADDRESS), named conditions (HEALTH) and ethnicity,
national origin, religion and immigration status (OTHER_SPECIAL).

Titles stay outside PERSON spans; a clitic glued to a name (Arabic و/ب/ل, Bengali -এর/-কে)
stays inside, as it is part of the word; separate postpositions (کا/نے, ਦਾ/ਨੇ) stay outside.
The word lists under data/scripts/ are built by data/scripts/build.py; nothing is
downloaded at run time. Plain Python: no Django imports.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from .spans import ADDRESS, DOUBT_CONFIDENCE, HEALTH, ORGANISATION, OTHER_SPECIAL, PERSON, Span

_DATA = Path(__file__).resolve().parent / "data" / "scripts"

# --------------------------------------------------------------------------- characters

_ARAB_LETTERS = (
    "\u0620-\u064a\u064b-\u065f\u066e-\u06d3\u06d5-\u06ed\u06fa-\u06ff"
    "\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc\u200c\u0670\u0640"
)
_BENG_LETTERS = "\u0980-\u09e5\u09f0-\u09ff\u200c\u200d"
_GURU_LETTERS = "\u0a00-\u0a63\u0a70-\u0a7f"
_DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9\u09e6-\u09ef\u0a66-\u0a6f"

_ANY_SCRIPT = re.compile(
    "[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff\u0980-\u09ff\u0a00-\u0a7f]"
)
_TOKEN = re.compile(
    f"(?P<arab>[{_ARAB_LETTERS}]+)|(?P<beng>[{_BENG_LETTERS}]+)|(?P<guru>[{_GURU_LETTERS}]+)"
    f"|(?P<latn>[A-Za-z][A-Za-z'’\\-]*)|(?P<digit>[{_DIGITS}]+(?:[/\\-][{_DIGITS}]+)*[A-Za-z]?)|(?P<punct>\\S)"
)
# Punctuation that ends a sentence (no name runs across it); commas are softer.
_SENTENCE_END = set(".!?؟۔।॥\n:;؛")
_SOFT_PUNCT = set(",،-–—\"'“”‘’()«»")

_ARAB_DIACRITICS = re.compile("[\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d]")
_ARAB_MAP = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ی",
        "ي": "ی",
        "ے": "ی",
        "ۓ": "ی",
        "ك": "ک",
        "ة": "ہ",
        "ۃ": "ہ",
        "ه": "ہ",
        "ۀ": "ہ",
        "ؤ": "و",
        "ی": "ی",
    }
)
_INDIC_JOINERS = re.compile("[\u200c\u200d]")
_GURU_MAP = str.maketrans({"\u0a3c": None, "\u0a71": None, "\u0a02": "\u0a70", "\u0a4d": None})


def normalise(word: str, script: str) -> str:
    """Lookup form of one word: spelling variants folded together."""
    if script == "arab":
        return _ARAB_DIACRITICS.sub("", word).translate(_ARAB_MAP)
    if script == "guru":
        return _INDIC_JOINERS.sub("", word).translate(_GURU_MAP)
    return _INDIC_JOINERS.sub("", word)


# --------------------------------------------------------------------------- hand lists
# Written in natural spelling; normalised when loaded. Keyed by script, or by language
# where Arabic and Urdu differ.

_STOP = {
    "arab": """
        في من على عن إلى الى مع هذا هذه ذلك تلك التي الذي الذين هو هي هم أنا انا نحن أنت
        كان كانت كانوا يكون تكون لا لم لن ما ماذا قد لقد ثم أو او أن إن ان أنه أنها لأن لكن
        ولكن كل بعض عند عندما حتى قبل بعد منذ خلال بين فقط أيضا أيضاً جدا جداً يا و ف ب ل
        عدة مرة مرات كما مثل غير إلا الا له لها لهم لي لنا به بها فيه فيها عليه عليها منه منها
        قال قالت يقول يقولون قالوا أيضا هناك هنا الآن اليوم أمس وقد وهو وهي وأنا ولا وفي ومن
        بنقوله بنقولها بيقولوله بيقولولها بنناديه بنناديها بندلعه بندلعها
        ہے ہیں تھا تھی تھے تھیں ہو ہوا ہوئی ہوئے ہوں ہوتا ہوتی ہوتے اور کا کی کے کو نے سے
        میں پر تک بھی ہی تو نہ نہیں کہ جو جس جب اگر یا لیکن مگر پھر اب وہ یہ اس ان انہوں
        انہیں اسے ہم میں آپ تم وہاں یہاں کیا کر کرنا کیا گیا گئی گئے رہا رہی رہے ایک دو
        والا والی والے بہت کچھ کوئی سب ہر بار صرف ساتھ لیے لئے بعد پہلے دوران
        کہا کہتے کہتی بتایا میرا میری میرے ہمارا ہماری ہمارے تمہارا تمہاری اپنا اپنی اپنے
        آپ جن جنہوں جنہیں جسے اسی انہی ایسا ایسی ویسا کون کس کسی کوئی جیسے جیسا
        هذا هذه ذلك التي الذي كانت كنت نحن انهم إنهم أنهم لدي لدينا عندي عندنا
        بوائلر انجینئر انجنیئر پلمبر ٹھیکیدار کونسل ہاؤسنگ مرمت ہیٹنگ کھڑکی دروازہ چھت نمی
        پھپھوندی گیس بجلی پانی فلیٹ مکان گھر کمرہ باتھ روم کچن الغلایة الغلاية السباك المقاول
        المالك المالكة الفني الصيانة الرطوبة العفن التدفئة النافذة الشقة البيت المنزل
        آں اے ہن نا نی سارٹ سورٹ
        تے وچ اساں اسی تسی تساں انہاں اینہاں جنہاں جیہڑا جیہڑی جیہڑے کیتا کیتی کیتے نئیں دناں رہیا رئے
        اوتھے ایتھے کتھے کدوں سن ساں ہویا ہوندا ہوندی ہوندے کیہ پیا پئی پئے اوہ ایہ اوہناں ایہناں نوں توں
    """,
    "beng": """
        এবং ও আর না নয় নেই কিন্তু তবে যে যা যদি তাই তো এই ওই সেই এটা ওটা সেটা এটি এ সে তিনি
        তারা আমি আমরা আমার আমাদের তুমি আপনি তার তাদের তাকে ওরা ওর ওদের ওকে আমাকে ছিল ছিলেন
        হয় হল হলো হয়েছে হয়েছিল করে করা করল করলেন করলাম বলে বলল বললেন বলেছে থেকে জন্য
        সাথে সঙ্গে দিয়ে নিয়ে কাছে মধ্যে উপর পরে আগে একটা একটি একজন কোন কোনো কিছু সব খুব
        অনেক শুধু এখন তখন যখন কখনো আবার কেন কী কি বা অথবা হবে হতে আছে আছেন থাকে থাকি
        যায় গেল গেছে দিল দিলেন বার প্রতি যার যাকে যিনি যারা কার কাকে কেউ কারও নিজের নিজে
        তোমার তোমাকে আপনাকে আপনার তাঁর তাঁকে তাঁদের ওঁর ওঁকে এদের ওদেরকে ওঁদের ওঁদেরকে
        তাদেরকে আমাদেরকে আমাকেও তাকেও ওকেও তোমাদের তোমাদেরকে আপনাদের আপনাদেরকে
        বয়লার ইঞ্জিনিয়ার প্লাম্বার ঠিকাদার বাড়িওয়ালা কাউন্সিল হাউজিং মেরামত হিটিং জানালা
        দরজা ছাদ স্যাঁতসেঁতে ছত্রাক গ্যাস বিদ্যুৎ পানি ফ্ল্যাট বাসা ঘর রান্নাঘর বাথরুম
        এক দুই তিন চার পাঁচ ছয় সাত আট দশ এগারো বারো
        পোস্টকোড তলা তলার
        অখন তাইন তান আমরার তুমরার কুনু কিতা দিলা দিলো করলা করলো গেলা আইলা আইয়া আইবা আইছে অইব অই অইছে
        হেদিন হেরা পুয়া পুড়ি ঘরো মাতা মাতলা কইলো কইলা দেখলা পাইলা পারলাম নায় ফুরি
    """,
    "guru": """
        ਹੈ ਹਨ ਸੀ ਸਨ ਸਾਂ ਹਾਂ ਹੋ ਅਤੇ ਤੇ ਦਾ ਦੀ ਦੇ ਦੀਆਂ ਨੇ ਨੂੰ ਤੋਂ ਵਿੱਚ ਵਿਚ ਨਾਲ ਲਈ ਉੱਤੇ ਉਤੇ ਕੋਲ
        ਵੀ ਹੀ ਨਹੀਂ ਨਾ ਕਿ ਜੋ ਜਦੋਂ ਜੇ ਜਾਂ ਪਰ ਫਿਰ ਹੁਣ ਉਹ ਇਹ ਉਸ ਇਸ ਉਨ੍ਹਾਂ ਇਨ੍ਹਾਂ ਉਸਨੂੰ ਮੈਂ ਅਸੀਂ
        ਸਾਡਾ ਸਾਡੀ ਸਾਡੇ ਮੇਰਾ ਮੇਰੀ ਮੇਰੇ ਤੁਸੀਂ ਤੁਹਾਡਾ ਕੀਤਾ ਕੀਤੀ ਕੀਤੇ ਕਰ ਕਰਕੇ ਗਿਆ ਗਈ ਗਏ ਰਿਹਾ
        ਰਹੀ ਰਹੇ ਇੱਕ ਇਕ ਦੋ ਬਹੁਤ ਕੁਝ ਕੋਈ ਸਭ ਹਰ ਵਾਰ ਸਿਰਫ਼ ਬਾਅਦ ਪਹਿਲਾਂ ਦੌਰਾਨ ਕਿਹਾ ਦੱਸਿਆ ਵਾਲਾ
        ਵਾਲੀ ਵਾਲੇ ਆਪਣੇ ਆਪਣਾ ਆਪਣੀ ਤਾਂ ਕਿਉਂਕਿ ਜਿਸਦਾ ਜਿਸਦੀ ਜਿਸਦੇ ਜਿਸ ਜਿਨ੍ਹਾਂ ਉਸਦਾ ਉਸਦੀ ਉਸਦੇ
        ਜਿਹੜਾ ਜਿਹੜੀ ਜਿਹੜੇ ਕੌਣ ਕਿਸ ਕਿਸੇ ਸਾਨੂੰ ਮੈਨੂੰ ਤੁਹਾਨੂੰ ਉਹਨਾਂ ਉਹਨੂੰ ਇਹਨਾਂ ਹੁੰਦਾ ਹੁੰਦੀ ਹੋਇਆ ਹੋਈ
        ਬਾਇਲਰ ਬੌਇਲਰ ਇੰਜੀਨੀਅਰ ਪਲੰਬਰ ਠੇਕੇਦਾਰ ਮਕਾਨ ਮਾਲਕ ਕੌਂਸਲ ਹਾਊਸਿੰਗ ਮੁਰੰਮਤ ਹੀਟਿੰਗ ਖਿੜਕੀ
        ਦਰਵਾਜ਼ਾ ਛੱਤ ਸਿੱਲ੍ਹ ਉੱਲੀ ਗੈਸ ਬਿਜਲੀ ਪਾਣੀ ਫਲੈਟ ਘਰ ਕਮਰਾ ਰਸੋਈ ਬਾਥਰੂਮ
        ਤਿੰਨ ਚਾਰ ਪੰਜ ਛੇ ਅੱਠ ਨੌਂ ਦਸ ਗਿਆਰਾਂ ਬਾਰਾਂ ਆਂ ਆ ਈ
        ਮੰਜ਼ਿਲ ਮੰਜਿਲ ਪੋਸਟਕੋਡ
        ਟੈਨੈਂਸੀ ਟੈਨੇਂਸੀ ਓਮਬਡਸਮੈਨ ਓਮਬਡਜ਼ਮੈਨ ਔਮਬਡਸਮੈਨ ਟੱਬਰ
    """,
}

# "my name is / named / called": the following words are the name.
_NAME_CUES = {
    "arab": "اسمي اسمه اسمها اسمهم واسمه واسمها يدعى تدعى يسمى تسمى المدعو المدعوة نام"
    " ينادونه ينادونها ينادوني نناديه نناديها يناديه يناديها تناديه تناديها يسمونه يسمّونه يسمونها يسمّونها"
    " الاسم الإسم التوقيع توقيع دستخط",
    "beng": "নাম নামঃ স্বাক্ষর",
    "guru": "ਨਾਮ ਨਾਂ ਦਸਤਖ਼ਤ ਦਸਤਖਤ",
}
# Name cue words that follow the name: "X نامی", "X নামে একজন", "X ਨਾਂ ਦਾ".
_NAME_AFTER = {
    "arab": "نامی",
    "beng": "নামে নামের নামক",
    "guru": "ਨਾਮਕ",
}
# Titles: outside the span, the next word(s) are a name.
_TITLES = {
    "arab": """
        السيد السيدة سيد سيدة الآنسة آنسة الأستاذ الأستاذة أستاذ أستاذة الدكتور الدكتورة
        دكتور دكتورة د الحاج الحاجة حاج حاجة الشيخ شيخ مستر مسز مس ميس المهندس المهندسة
        جناب بیگم مسٹر مسز مس محترم محترمہ ڈاکٹر حاجی حاجن چوہدری سردار استاد
        کونسلر کونسلرز العم العمة الخال الخالة عمو خالو
        تاسوني الشماس شماس القس القمص أبونا ابونا للا للّا لالة
    """,
    "beng": "শ্রী শ্রীমতী শ্রীমতি জনাব জনাবা বেগম মিসেস মিস্টার মিঃ মিস ডাঃ ডা ডক্টর ডাক্তার হাজী কাউন্সিলর",
    "guru": "ਸ੍ਰੀ ਸ੍ਰੀਮਤੀ ਸ਼੍ਰੀ ਸ਼੍ਰੀਮਤੀ ਸ੍ਰੀਮਾਨ ਮਿਸਟਰ ਮਿਸਿਜ਼ ਮਿਸੇਜ਼ ਮਿਸਜ਼ ਮਿਸ ਸਰਦਾਰ ਸਰਦਾਰਨੀ ਬੀਬੀ ਡਾਕਟਰ ਡਾ ਕੌਂਸਲਰ ਕੌਂਸਲਰ",
}
# Honorifics after a name: outside the span, the word(s) before are a name.
_AFTER_TITLES = {
    "arab": "صاحب صاحبہ صاحبة جی بھائی باجی آپا بی‌بی آنٹی انکل",
    "beng": "সাহেব সাহেবা সাব ভাই আপা ভাবি দিদি দা বাবু জি",
    "guru": "ਜੀ ਸਾਹਿਬ ਭਾਜੀ ਭੈਣਜੀ",
}
# Relations and roles: "my son", "my neighbour", "the officer" - a name often follows.
_RELATIONS = {
    "arab": """
        ابني ابنتي بنتي ابننا ابنتنا ابنتينا ابني ولدي زوجي زوجتي أخي أختي أمي والدتي والدي
        صغيرتي صغيري زميلي زميلتي زميلنا
        أبي جاري جارتي جارنا جارتنا جيراني الجار الجارة جدي جدتي حفيدي حفيدتي طفلي طفلتي
        صديقي صديقتي عمي خالي عمتي خالتي ابن ابنة بنت زوج زوجة الموظف الموظفة موظف موظفة
        الضابط الضابطة ضابط مسؤول مسؤولة المسؤول المسؤولة الفني فني العامل المشرف المشرفة
        مدير مديرة المدير المديرة السباك الكهربائي الطبيب الطبيبة طبيب طبيبة الممرضة ممرضة
        المحامي المحامية محامي النائب المستشار المستشارة الأخصائي الأخصائية أخصائي أخصائية
        مندوب مندوبة المندوب المندوبة الصغرى الكبرى الصغير الكبير الصغيرة الكبيرة ضابطة المنسق المنسقة
        المرشد المرشدة الأخصائية الاجتماعية الزائرة المشرف المستشار التوأمان التوأمين التوأم توأم
        بیٹوں بیٹیوں جڑواں
        بیٹا بیٹی بیٹے بیٹیاں شوہر بیوی اہلیہ بھائی بہن والد والدہ امی ابو ابا پڑوسی
        پڑوسن ہمسایہ ہمسائے ہمسائی دوست دادا دادی نانا نانی پوتا پوتی نواسا نواسی بچہ بچی
        افسر آفیسر اہلکار ملازم ملازمہ مینیجر منیجر انجینئر ڈاکٹر نرس وکیل کونسلر سیکرٹری
        ورکر آفیسر نمائندہ نمائندے خاتون شخص آدمی عورت لڑکا لڑکی بیٹے صاحب صاحبہ وزیٹر
        سوشل سپروائزر کیس ورکر کوآرڈینیٹر مشیر ایڈوائزر وارڈن کیئرر ساس سسر دیور نند بھابھی
        بھابی جیٹھ داماد بہو چچا چچی ماموں ممانی خالہ خالو پھوپھی پھپھو بھتیجا بھتیجی بھانجا
        بھانجی کزن میڈم حماتي حمايا كنتي صهري زوجة ابنة ابن جيراننا جارنا ابن عمي ابنة عمي قريبي
        قريبتي مدام بتي بتّي راجلي جوزي مرتي مراتي ولدي عيالي خطيبي خطيبتي ماما بابا سہیلی سہیلیاں
        ابنه ابنها ابنهم ابنته ابنتها بنته بنتها ولده ولدها زوجها زوجته أخوه أخوها أخته أختها
        اخوه اخوها اخته اختها أمه أمها امه امها والده والدها والدته والدتها جاره جارها جارته
        جارتها حفيده حفيدها حفيدته حفيدتها طفلها طفله صديقه صديقها صديقته صديقتها
        الحارس حارس البواب بواب المتطوع المتطوعة متطوع متطوعة المعالج المعالجة المساح
        رضاکار کاریگر مستری پلمبر الیکٹریشن سرویئر سروئیر نگران کیئرٹیکر تھراپسٹ چوکیدار
        گرل‌فرینڈ گرلفرینڈ بوائے‌فرینڈ روم‌میٹ رومیٹ فلیٹ‌میٹ پارٹنر حبيبته حبيبها
        صاحبي صاحبتي صاحبه صاحبها رفيقي رفيقتي فرینڈ فرینڈز
        پڑپوتی پڑپوتا پڑپوتے پڑنواسی پڑنواسا پڑنواسے
    """,
    "beng": """
        ছেলে মেয়ে স্বামী স্ত্রী বউ ভাই বোন মা বাবা আব্বা আম্মা আব্বু আম্মু প্রতিবেশী পড়শি
        প্রতিবেশীর নাতি নাতনি দাদা দাদি দাদী নানা নানি নানী বন্ধু অফিসার কর্মকর্তা কর্মী
        ম্যানেজার ইঞ্জিনিয়ার মিস্ত্রি ডাক্তার নার্স কাউন্সিলর উকিল প্রতিনিধি ভদ্রলোক
        ভদ্রমহিলা মহিলা লোক লোকটা লোকটি ছেলেটা মেয়েটা শিশু বাচ্চা সন্তান কন্যা পুত্র
        ওয়ার্ডেন ভিজিটর সুপারভাইজার কোঅর্ডিনেটর উপদেষ্টা কেয়ারার সমাজকর্মী শাশুড়ি শ্বশুর
        দেবর ননদ ভাবী ভাবি জামাই বউমা ভাগ্নে ভাগ্নি ভাতিজা ভাতিজি চাচা চাচি চাচী মামা মামি
        খালা খালু ফুফু ফুপু কাজিন ম্যাডাম স্যার বান্ধবী
        স্বামীর স্ত্রীর ছেলের মেয়ের ছোট বড়
        কেয়ারটেকার স্বেচ্ছাসেবক মিস্ত্রী প্লাম্বার ইলেকট্রিশিয়ান সার্ভেয়ার থেরাপিস্ট দারোয়ান কারিগর
        গার্লফ্রেন্ড বয়ফ্রেন্ড রুমমেট ফ্ল্যাটমেট হাউসমেট পার্টনার ফ্রেন্ড ফ্রেন্ডের
        প্রপৌত্রী প্রপৌত্র পুতি পুতনি পরনাতি পরনাতনি
    """,
    "guru": """
        ਪੁੱਤਰ ਪੁੱਤ ਬੇਟਾ ਬੇਟੀ ਧੀ ਕੁੜੀ ਮੁੰਡਾ ਪਤੀ ਪਤਨੀ ਘਰਵਾਲੀ ਘਰਵਾਲਾ ਭਰਾ ਭੈਣ ਮਾਂ ਪਿਤਾ ਮਾਤਾ
        ਪਿਓ ਗੁਆਂਢੀ ਗੁਆਂਢਣ ਦੋਸਤ ਦਾਦਾ ਦਾਦੀ ਨਾਨਾ ਨਾਨੀ ਪੋਤਾ ਪੋਤੀ ਦੋਹਤਾ ਦੋਹਤੀ ਅਫ਼ਸਰ ਅਫਸਰ ਭਾਪਾ ਬਾਪੂ ਬੀਜੀ
        ਅਧਿਕਾਰੀ ਕਰਮਚਾਰੀ ਮੁਲਾਜ਼ਮ ਮੈਨੇਜਰ ਇੰਜੀਨੀਅਰ ਡਾਕਟਰ ਨਰਸ ਵਕੀਲ ਕੌਂਸਲਰ ਨੁਮਾਇੰਦਾ ਬੰਦਾ
        ਆਦਮੀ ਔਰਤ ਬੱਚਾ ਬੱਚੀ ਛੋਟੀ ਛੋਟਾ ਵੱਡੀ ਵੱਡਾ ਨੂੰਹ ਜਵਾਈ ਵਿਜ਼ਿਟਰ ਸੁਪਰਵਾਈਜ਼ਰ ਵਾਰਡਨ ਕੇਅਰਰ ਸਲਾਹਕਾਰ
        ਸੱਸ ਸਹੁਰਾ ਦਿਓਰ ਨਣਦ ਭਰਜਾਈ ਭਤੀਜਾ ਭਤੀਜੀ ਭਾਣਜਾ ਭਾਣਜੀ ਚਾਚਾ ਚਾਚੀ ਮਾਮਾ ਮਾਮੀ ਤਾਇਆ ਤਾਈ ਮਾਸੀ
        ਭੂਆ ਕਜ਼ਨ ਮੈਡਮ ਸਰ ਮੁੰਡੇ ਪੁੱਤ ਕੁੜੀ ਬੇਟੇ ਪੋਤਰਾ ਪੋਤਰੀ ਦੋਹਤਰਾ ਦੋਹਤਰੀ ਸਹੇਲੀ ਸਹੇਲੀਆਂ ਯਾਰ ਬੇਲੀ
        ਕਾਰੀਗਰ ਮਿਸਤਰੀ ਪਲੰਬਰ ਇਲੈਕਟ੍ਰੀਸ਼ੀਅਨ ਸਰਵੇਅਰ ਕੇਅਰਟੇਕਰ ਵਲੰਟੀਅਰ ਥੈਰੇਪਿਸਟ ਸੇਵਾਦਾਰ
        ਪੜਪੋਤੀ ਪੜਪੋਤਾ ਪੜਪੋਤੇ ਪੜਦੋਹਤੀ ਪੜਦੋਹਤਾ ਪੜਨਾਨੀ ਪੜਦਾਦੀ ਪੜਨਾਨਾ ਪੜਦਾਦਾ
        ਗਰਲਫਰੈਂਡ ਬੁਆਏਫਰੈਂਡ ਰੂਮਮੇਟ ਫਲੈਟਮੇਟ ਪਾਰਟਨਰ ਫ੍ਰੈਂਡ ਫਰੈਂਡ
    """,
}
# Transliterated organisation words: "<brand> Homes / Housing / Council / Trust ...".
_ORG_WORDS = {
    "arab": """
        هومز هومس هاوسنغ هاوسينغ هاوسنج هاوسينج للإسكان الإسكان إسكان كاونسل كاونسيل تراست
        أسوسييشن اسوسييشن أسوشيشن جروب غروب ليفينغ
        ہومز ہومس ہاؤسنگ ہاوسنگ ہاؤزنگ کونسل کاؤنسل کاونسل ٹرسٹ ایسوسی ایشن ایسوسی‌ایشن گروپ
        لیونگ لِوِنگ ہومز ڈویلنگز پراپرٹیز بلڈرز سروسز
    """,
    "beng": """
        হোমস হোমস্ হোমজ হাউজিং হাউসিং কাউন্সিল ট্রাস্ট অ্যাসোসিয়েশন এসোসিয়েশন গ্রুপ লিভিং
        ডোয়েলিংস প্রপার্টিজ বিল্ডার্স সার্ভিসেস
    """,
    "guru": """
        ਹੋਮਜ਼ ਹੋਮਸ ਹੋਮਜ ਹਾਊਸਿੰਗ ਹਾਉਸਿੰਗ ਕੌਂਸਲ ਕਾਉਂਸਲ ਕੌਂਸਿਲ ਟਰੱਸਟ ਟ੍ਰਸਟ ਐਸੋਸੀਏਸ਼ਨ ਗਰੁੱਪ ਗਰੁਪ
        ਲਿਵਿੰਗ ਪ੍ਰਾਪਰਟੀਜ਼ ਸਰਵਿਸਿਜ਼
    """,
}
# Words that may sit inside an organisation name before the keyword.
_ORG_INNER = {
    "arab": "سيتي سیتی بورو برو کاؤنٹی كاونتي جمعية شركة ہاؤسنگ هاوسنغ",
    "beng": "সিটি বরো কাউন্টি হাউজিং হাউসিং",
    "guru": "ਸਿਟੀ ਬਰੋ ਕਾਊਂਟੀ ਹਾਊਸਿੰਗ",
}
# Street types written after the street name (English order) and named-building words.
_STREET_WORDS = {
    "arab": """
        رود ستريت لين أفينيو افينيو كلوز كريسنت تيراس درايف وي بليس غاردنز جاردنز سكوير
        روڈ سٹریٹ اسٹریٹ سٹریٹ لین ایونیو کلوز کریسنٹ ٹیرس ٹیرس ڈرائیو وے پلیس گارڈنز اسکوائر
        سکوائر ہل گرو گروو غروف جروف ميوز رايز میوز رائز
        پارک بارك بارک ميد مید ڈپو ديبو بیسن بيسن وارف وہارف
    """,
    "beng": "রোড স্ট্রিট স্ট্রীট লেন অ্যাভিনিউ অ্যাভেনিউ এভিনিউ ক্লোজ ক্রিসেন্ট টেরেস ড্রাইভ ওয়ে প্লেস গার্ডেনস স্কয়ার গ্রোভ"
    " রো মিউজ রাইজ পার্ক মিড ডিপো বেসিন ওয়ার্ফ",
    "guru": "ਰੋਡ ਸਟਰੀਟ ਸਟ੍ਰੀਟ ਲੇਨ ਐਵੇਨਿਊ ਕਲੋਜ਼ ਕ੍ਰੇਸੈਂਟ ਕਰੈਸੈਂਟ ਟੈਰੇਸ ਡਰਾਈਵ ਵੇਅ ਪਲੇਸ ਗਾਰਡਨਜ਼ ਸਕੁਏਅਰ ਗਰੋਵ ਰੋਅ ਮਿਊਜ਼ ਰਾਈਜ਼"
    " ਪਾਰਕ ਮੀਡ ਡਿਪੋ ਬੇਸਿਨ ਵ੍ਹਾਰਫ਼ ਵਾਰਫ",
}
_BUILDING_WORDS = {
    "arab": "هاوس كورت تاور برج إستيت استيت ہاؤس ہاوس کورٹ ٹاور اسٹیٹ سٹیٹ ایسٹیٹ بلاک لاجز لاج مینشنز",
    "beng": "হাউস হাউজ কোর্ট টাওয়ার এস্টেট ব্লক লজ ম্যানশন",
    "guru": "ਹਾਊਸ ਹਾਉਸ ਕੋਰਟ ਟਾਵਰ ਅਸਟੇਟ ਐਸਟੇਟ ਬਲਾਕ ਲੌਜ",
}
_FLAT_WORDS = {
    "arab": "شقة شقتي فلات فليت فلیٹ فلیٹ نمبر مکان بنگلہ بنگلے پچ المرسى مرسى القطعة قطعة الرصيف رصيف الموقع"
    " پلاٹ یونٹ موورنگ مورنگ برتھ کیراوان کارواں کمرہ",
    "beng": "ফ্ল্যাট ফ্লাট বাসা বাড়ি বাংলো পিচ প্লট বার্থ মুরিং ইউনিট ক্যারাভান রুম",
    "guru": "ਫਲੈਟ ਫ਼ਲੈਟ ਮਕਾਨ ਬੰਗਲਾ ਬੰਗਲੇ ਪਿੱਚ ਪਿਚ ਪਲਾਟ ਮੂਰਿੰਗ ਬਰਥ ਯੂਨਿਟ ਕੈਰਾਵੈਨ ਕਮਰਾ",
}
# Arabic street words written before the name: "شارع الملك فيصل".
_STREET_BEFORE = "شارع طريق حي مبنى عمارة مجمع"

_HEALTH = {
    "arab": """
        ربو|أزمة ربو|حساسية صدر|أكزيما|إكزيما|اكزيما|الأكزيما|سكري|مرض السكري|داء السكري|السكر
        |اكتئاب|الاكتئاب|القلق|اضطراب القلق|نوبات هلع|إعاقة|اعاقة|معاق|معاقة|توحد|التوحد|صرع
        |الصرع|سرطان|السرطان|زهايمر|الزهايمر|خرف|الخرف|ضغط الدم|ارتفاع ضغط الدم|أمراض القلب
        |مرض القلب|مرض في القلب|الفشل الكلوي|فشل كلوي|مرض الكلى|غسيل الكلى|شلل|الشلل|الشلل الدماغي
        |فصام|الفصام|انفصام|ثنائي القطب|اضطراب ما بعد الصدمة|فقر الدم|التليف الكيسي|الانسداد الرئوي
        |مرض مزمن|أمراض مزمنة|مرض نفسي|أمراض نفسية|متلازمة داون|التصلب المتعدد|باركنسون|سكتة دماغية
        |جلطة|ذبحة صدرية|الروماتيزم|التهاب المفاصل|فرط الحركة|نقص الانتباه|ضعف البصر|كفيف|كفيفة|أعمى
        |أصم|صماء|ضعف السمع|الهيموفيليا|فقر الدم المنجلي|الربو المزمن|ذوي الاحتياجات الخاصة
        |الاحتياجات الخاصة|إعاقة جسدية|إعاقة ذهنية|كرسي متحرك|كرسي مدولب|نوبة قلبية|صعوبات التعلم
        |دمہ|دمے|ایگزیما|ایکزیما|ذیابیطس|شوگر|ڈپریشن|افسردگی|ذہنی دباؤ|اینگزائٹی|انزائٹی|معذوری
        |معذور|آٹزم|آٹزم|مرگی|کینسر|سرطان|دل کی بیماری|دل کا مرض|دل کے مریض|گردوں کی بیماری
        |گردے کی بیماری|گردوں کا مرض|فالج|بلڈ پریشر|ہائی بلڈ پریشر|الرجی|ڈیمنشیا|الزائمر|شیزوفرینیا
        |ذہنی بیماری|سانس کی بیماری|پھیپھڑوں کی بیماری|گٹھیا|جوڑوں کا درد|ٹی بی|ہیپاٹائٹس|یرقان
        |دمے کا مرض|شوگر کی بیماری|ذیابیطس کا مرض|نابینا|بہرا|بہری|پی ٹی ایس ڈی|اے ڈی ایچ ڈی
        |بائی پولر|وہیل چیئر|ویل چیئر|دل کا دورہ|ہارٹ اٹیک|ذہنی معذوری|جسمانی معذوری
    """,
    "beng": """
        হাঁপানি|অ্যাজমা|এজমা|একজিমা|এক্সিমা|ডায়াবেটিস|বহুমূত্র|বিষণ্নতা|বিষন্নতা|ডিপ্রেশন|উদ্বেগ
        |উদ্বেগজনিত|অ্যাংজাইটি|এংজাইটি|প্রতিবন্ধী|প্রতিবন্ধিতা|অক্ষমতা|অটিজম|অটিস্টিক|মৃগী
        |মৃগীরোগ|ক্যান্সার|ক্যানসার|হৃদরোগ|হার্টের অসুখ|হার্টের রোগ|কিডনি রোগ|কিডনির রোগ|কিডনির সমস্যা
        |কিডনির অসুখ|স্ট্রোক|উচ্চ রক্তচাপ|ব্লাড প্রেশার|অ্যালার্জি|এলার্জি|ডিমেনশিয়া|আলঝেইমার
        |সিজোফ্রেনিয়া|মানসিক রোগ|মানসিক অসুস্থতা|শ্বাসকষ্ট|শ্বাসকষ্টের|বাত|আর্থ্রাইটিস|যক্ষ্মা
        |পক্ষাঘাত|প্যারালাইসিস|হুইলচেয়ার|দৃষ্টিপ্রতিবন্ধী|অন্ধ|বধির|সিওপিডি|পিটিএসডি|এডিএইচডি
        |বাইপোলার|সিকেল সেল|রক্তশূন্যতা|হাঁপানির|ডায়াবেটিসের|ক্যান্সারের|হাঁপানিতে|বিষণ্ণতা
        |হার্ট অ্যাটাক|হার্ট অ্যাটাকের|শারীরিক প্রতিবন্ধী|মানসিক প্রতিবন্ধী|অটিস্টিক
    """,
    "guru": """
        ਦਮਾ|ਦਮੇ|ਅਸਥਮਾ|ਐਸਥਮਾ|ਐਗਜ਼ੀਮਾ|ਚੰਬਲ|ਸ਼ੂਗਰ|ਡਾਇਬਟੀਜ਼|ਸ਼ੂਗਰ ਦੀ ਬਿਮਾਰੀ|ਡਿਪਰੈਸ਼ਨ|ਡਿਪ੍ਰੈਸ਼ਨ|ਉਦਾਸੀ
        |ਚਿੰਤਾ ਰੋਗ|ਐਂਗਜ਼ਾਇਟੀ|ਅਪਾਹਜ|ਅਪੰਗਤਾ|ਅਪਾਹਜਤਾ|ਅਪੰਗ|ਔਟਿਜ਼ਮ|ਮਿਰਗੀ|ਕੈਂਸਰ|ਦਿਲ ਦੀ ਬਿਮਾਰੀ
        |ਦਿਲ ਦਾ ਰੋਗ|ਗੁਰਦੇ ਦੀ ਬਿਮਾਰੀ|ਗੁਰਦਿਆਂ ਦੀ ਬਿਮਾਰੀ|ਸਟ੍ਰੋਕ|ਸਟਰੋਕ|ਅਧਰੰਗ|ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ|ਹਾਈ ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ
        |ਐਲਰਜੀ|ਡਿਮੈਂਸ਼ੀਆ|ਗਠੀਆ|ਟੀਬੀ|ਸਾਹ ਦੀ ਬਿਮਾਰੀ|ਸਾਹ ਦੀ ਤਕਲੀਫ਼|ਮਾਨਸਿਕ ਬਿਮਾਰੀ|ਮਾਨਸਿਕ ਰੋਗ
        |ਵ੍ਹੀਲਚੇਅਰ|ਵੀਲ੍ਹਚੇਅਰ|ਦਿਲ ਦਾ ਦੌਰਾ|ਹਾਰਟ ਅਟੈਕ|ਅੰਨ੍ਹਾ|ਅੰਨ੍ਹੀ|ਬੋਲਾ|ਪੀਟੀਐਸਡੀ|ਬਾਈਪੋਲਰ|ਗੋਡਿਆਂ ਦਾ ਦਰਦ|ਗਠੀਏ
    """,
}
_SPECIAL = {
    "arab": """
        مسلم|مسلمة|مسلمون|مسلمين|مسيحي|مسيحية|يهودي|يهودية|سيخي|هندوسي|هندوسية|الإسلام|المسيحية
        |لاجئ|لاجئة|لاجئون|لاجئين|اللجوء|لجوء|طالب لجوء|طالبة لجوء|طالبي اللجوء|تأشيرة|بلا أوراق
        |مهاجر|مهاجرة|مهاجرين|الجنسية|الإقامة|تصريح إقامة|حق اللجوء|الهجرة|سوري|سورية|سوريون|سوريا
        |عراقي|عراقية|العراق|يمني|يمنية|اليمن|صومالي|صومالية|الصومال|سوداني|سودانية|السودان|فلسطيني
        |فلسطينية|فلسطين|مصري|مصرية|ليبي|ليبية|ليبيا|أفغاني|أفغانية|أفغانستان|إريتري|إريترية|إريتريا
        |كردي|كردية|باكستاني|باكستانية|بنغالي|بنغالية|هندي|هندية|عربي|عربية|أفريقي|أفريقية|إفريقي|سوداء
        |أسود|البشرة السمراء|المحجبة|محجبة|الحجاب|حجاب|المسجد|مسجد|الكنيسة|كنيسة
        |مسلمان|عیسائی|ہندو|سکھ|یہودی|پاکستانی|بنگالی|ہندوستانی|بھارتی|کشمیری|افغان|افغانی|صومالی
        |عرب|ایشیائی|سیاہ فام|پناہ گزین|پناہ گزینوں|پناہ کا متلاشی|سیاسی پناہ|اسائلم|امیگریشن|ویزا
        |ویزے|شہریت|تارک وطن|تارکین وطن|مہاجر|مہاجرین|غیر قانونی|پاکستان|بنگلہ دیش|بھارت|ہندوستان
        |افغانستان|کشمیر|میرپور|میرپوری|پنجابی|پٹھان|مسجد|حجاب|اسلام|مسلمانوں|ہندوؤں|سکھوں
    """,
    "beng": """
        মুসলিম|মুসলমান|হিন্দু|খ্রিস্টান|খ্রিষ্টান|বৌদ্ধ|শিখ|ইহুদি|বাংলাদেশি|বাংলাদেশী|বাঙালি|বাঙালী
        |সিলেটি|ভারতীয়|পাকিস্তানি|এশিয়ান|কৃষ্ণাঙ্গ|শরণার্থী|আশ্রয়প্রার্থী|অ্যাসাইলাম|অভিবাসী|অভিবাসন
        |ভিসা|নাগরিকত্ব|অবৈধ|ইমিগ্রেশন|বাংলাদেশ|বাংলাদেশের|সিলেট|সিলেটের|মসজিদ|হিজাব|ইসলাম|ধর্ম
        |রোহিঙ্গা|সোমালি|আফগান|কালো|বাঙালির|মুসলিমদের|হিন্দুদের
    """,
    "guru": """
        ਸਿੱਖ|ਮੁਸਲਮਾਨ|ਮੁਸਲਿਮ|ਹਿੰਦੂ|ਈਸਾਈ|ਪੰਜਾਬੀ|ਭਾਰਤੀ|ਪਾਕਿਸਤਾਨੀ|ਏਸ਼ੀਅਨ|ਏਸ਼ੀਆਈ|ਅੰਮ੍ਰਿਤਧਾਰੀ
        |ਗੁਰਦੁਆਰਾ|ਗੁਰਦੁਆਰੇ|ਦਸਤਾਰ|ਪੱਗ|ਸ਼ਰਨਾਰਥੀ|ਪਨਾਹ|ਪਨਾਹਗੀਰ|ਸ਼ਰਣ|ਵੀਜ਼ਾ|ਵੀਜ਼ੇ|ਇਮੀਗ੍ਰੇਸ਼ਨ|ਨਾਗਰਿਕਤਾ
        |ਪਰਵਾਸੀ|ਪ੍ਰਵਾਸੀ|ਭਾਰਤ|ਪੰਜਾਬ|ਪਾਕਿਸਤਾਨ|ਗੈਰ ਕਾਨੂੰਨੀ|ਕਾਲਾ|ਕਾਲੇ|ਮਸਜਿਦ|ਮੰਦਰ|ਸਿੱਖਾਂ
    """,
}
# Arabic kinship words with each possessive ending ("أختك نور": your sister Noor, "جارهم").
_ARABIC_KIN_SUFFIXED = " " + " ".join(
    stem + ending
    for stem in (
        "أخت اخت أخو اخو ابن ابنت بنت زوج زوجت أم ام أبو ابو جار جارت صديق صديقت خال خالت عم عمت"
        " حفيد حفيدت جد جدت طفل طفلت زميل زميلت"
    ).split()
    for ending in ("ي", "ك", "ه", "ها", "نا", "هم", "كم", "كي", "هما", "كما", "هن")
)
# Gurmukhi given names are often built from two parts: ਹਰ + ਪ੍ਰੀਤ, ਸੁਖ + ਵਿੰਦਰ ...
_GURU_COMPOUND = re.compile(
    "^(?:ਹਰ|ਗੁਰ|ਮਨ|ਜਸ|ਸੁਖ|ਬਲ|ਕੁਲ|ਪਰਮ|ਰਾਜ|ਅਮਨ|ਨਵ|ਕਮਲ|ਰਮਨ|ਸਰਬ|ਇੰਦਰ|ਅਮਰ|ਦਲ|ਜਗ|ਰਣ|ਤੇਜ|ਸਤ|ਲਖ|ਦਵ|ਨਰ|ਵਰ"
    "|ਜਤ|ਭੁਪ|ਤਜ|ਹਰਮ|ਗਗਨ|ਅਰਸ|ਕਿਰਨ|ਸਿਮਰ|ਰੁਪ|ਜੋਗ|ਮਹ|ਸੁਰ|ਕੰਵਲ|ਚਰਨ|ਪ੍ਰਭ|ਪ੍ਰੀਤ|ਦੀਪ|ਜੋਤ|ਅਰ|ਸੰਦੀਪ|ਬਿਕਰਮ|ਵਿਕਰਮ)"
    "(?:ਪ੍ਰੀਤ|ਜੀਤ|ਦੀਪ|ਵਿੰਦਰ|ਵਿੰਦਰ|ਿੰਦਰ|ਵੰਤ|ਜੋਤ|ਬੀਰ|ਦੇਵ|ਮੀਤ|ਪਾਲ|ਵੀਰ|ਨੀਤ|ਨਾਮ|ਜਿੰਦਰ|ਚਰਨ|ਬਚਨ|ਭਜਨ|ਲੀਨ|ਨੂਰ|ਕੀਰਤ|ਪ੍ਰੀਤੀ|ਜੀਤੀ)$"
)
# Weak names: everyday words that are also names ("hope", "light"). Flagged only with
# context (a cue, a title, another name beside them).
_WEAK_NAMES = {
    "arab": """
        نور أمل هدى وفاء سعيد سعيدة كريم كريمة جميل جميلة أمين أمينة صالح سالم سلام منى رحمة
        عادل ناصر منصور حسن حسين عزيز عزيزة شريف ياسمين زهرة سماح صبر صابر فرح راضي حمد
        بدر فجر شمس قمر ورد وردة ريم صفاء مجد نجاح فوز فائز صادق رشيد ماجد لطيف نبيل كمال
        جمال فاضل ثابت غالب عالم حكيم حليم خليل وحيد فريد سلطان ملك أمير أميرة ملاك نعمة نعيم
        امید خوشی شریف عزیز نور نیک پیارا رحم ملک سلطان خان شاہ میر بیگ گل جان سید اختر اقبال
        رحمت برکت عزت دولت فرحت مسرت عشرت نصرت صبا حنا ثنا کرن ہما رفعت ظفر فتح ناز نازش
        سورج چاند تارا پری ماہ بہار بی سحر شام شمع دعا صدف ارم ایمان عنبر بلال حسن جمیل
        جان جون جو سام بن بول مارک وود ہال ہل ہیل مور کنگ ویل ٹام لی جل باب گرین رائٹ براون
        روز
    """,
    "beng": """
        আশা আলো সুখ প্রিয়া শান্তি আনন্দ সোনা মনি রানী রাজা বাবু খুশি পূজা লক্ষ্মী দীপা মুক্তা
        সাগর আকাশ নদী তারা চাঁদ সূর্য ফুল জয় বিজয় শুভ সুমন রাজ পাল দাস রায় সেন দে বসু দত্ত
        মিত্র সাহা শেখ খান আলী ইসলাম নূর নুর জন হল উড হিল মুর বেন জো পল মার্ক বব জিল গ্রিন
        ব্রাউন রাইট টম বেগম সরকার কাজী মিয়া সুলতান
    """,
    "guru": """
        ਰਾਜ ਪ੍ਰੀਤ ਪ੍ਰੇਮ ਅਮਨ ਕਿਰਨ ਰਾਣੀ ਆਸ਼ਾ ਖੁਸ਼ੀ ਮਾਨ ਰਾਏ ਗਿੱਲ ਬਾਠ ਜੋ ਹਾਲ ਹਿੱਲ ਮੂਰ ਕਿੰਗ ਗ੍ਰੀਨ
        ਰਾਈਟ ਜਿਲ ਬੌਬ ਮਾਰਕ ਨਿਰਮਲ ਦਰਸ਼ਨ ਅਵਤਾਰ ਸਿਮਰਨ ਰੂਪ ਲਾਲੀ ਗਗਨ ਤੂਰ ਬੱਲ
    """,
}

_URDU_LETTERS = re.compile("[ٹڈڑںھہےۓگکیۃ]")


def _words(block: str, script: str) -> frozenset[str]:
    return frozenset(normalise(w, script) for w in block.split())


def _phrases(block: str, script: str) -> dict[str, list[tuple[str, ...]]]:
    table: dict[str, list[tuple[str, ...]]] = {}
    for phrase in block.split("|"):
        words = tuple(normalise(w, script) for w in phrase.split())
        if words:
            table.setdefault(words[0], []).append(words)
    for options in table.values():
        options.sort(key=len, reverse=True)
    return table


def script_of(word: str) -> str | None:
    """ "arab", "beng" or "guru" for a word in one of those scripts, None otherwise."""
    for ch in word:
        if "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u08ff" or "\ufb50" <= ch <= "\ufeff":
            return "arab"
        if "\u0980" <= ch <= "\u09ff":
            return "beng"
        if "\u0a00" <= ch <= "\u0a7f":
            return "guru"
    return None


def ordinary_word(word: str, script: str) -> bool:
    """A function word, kinship or role word, title or organisation word of the script:
    never a name on its own."""
    lex = _lexicon(script)
    norm = normalise(word, script)
    return any(
        norm in words for words in (lex.stop, lex.relations, lex.titles, lex.after_titles, lex.org_words)
    )


def could_be_name(word: str, language: str) -> bool:
    """A script word that a name list knows, or that no frequency list knows, and that is no
    function, kinship, title or number word."""
    script = script_of(word)
    if script is None or word in _number_words():
        return False
    lex = _lexicon(script)
    if ordinary_word(word, script):
        return False
    facts = _word_facts(word, script, "ur" if language == "ur" else "ar")
    if any(f in lex.stop or f in lex.relations for f in facts[1]):
        return False
    return bool(facts[6] or facts[4])


def title_word(word: str) -> bool:
    """A title of the word's script ("شیخ", "ਸਰਦਾਰ"): some are family names too."""
    script = script_of(word)
    return script is not None and normalise(word, script) in _lexicon(script).titles


def relation_word(word: str, script: str) -> bool:
    """A kinship or role word of the script ("ماں", "ਬਾਪੂ", "আম্মা")."""
    return normalise(word, script) in _lexicon(script).relations


def known_name(word: str, script: str) -> bool:
    """The word is in the script's given-name lists, spelt as written ("علی" though it folds
    to the preposition "على")."""
    lex = _lexicon(script)
    norm = normalise(word, script)
    return norm in lex.names and "ى" not in word


def _load_list(name: str) -> list[str]:
    try:
        return [w for w in (_DATA / name).read_text(encoding="utf-8").split("\n") if w]
    except OSError:
        return []


class _Lexicon:
    __slots__ = (
        "script",
        "stop",
        "name_cues",
        "name_after",
        "titles",
        "after_titles",
        "relations",
        "org_words",
        "org_inner",
        "street_words",
        "building_words",
        "flat_words",
        "health",
        "special",
        "names",
        "weak",
        "foreign",
        "foreign_weak",
        "foreign_surnames",
    )

    def __init__(self, script: str) -> None:
        self.script = script
        self.stop = _words(_STOP[script], script)
        self.name_cues = _words(_NAME_CUES[script], script)
        self.name_after = _words(_NAME_AFTER[script], script)
        self.titles = _words(_TITLES[script], script)
        self.after_titles = _words(_AFTER_TITLES[script], script)
        self.relations = _words(
            _RELATIONS[script] + (_ARABIC_KIN_SUFFIXED if script == "arab" else ""), script
        )
        self.org_words = _words(_ORG_WORDS[script], script)
        self.org_inner = _words(_ORG_INNER[script], script)
        self.street_words = _words(_STREET_WORDS[script], script)
        self.building_words = _words(_BUILDING_WORDS[script], script)
        self.flat_words = _words(_FLAT_WORDS[script], script)
        self.health = _phrases(_HEALTH[script], script)
        self.special = _phrases(_SPECIAL[script], script)
        self.weak = _words(_WEAK_NAMES[script], script)
        pets = [
            w
            for line in _load_list(f"pet_names_{script}.txt")
            if not line.startswith("#")
            for w in line.split()
        ]
        names = (
            frozenset(_load_list(f"names_{script}.txt"))
            | frozenset(normalise(w, script) for w in pets)
            | self.weak
        )
        words = (
            self.stop | self.titles | self.after_titles | self.relations | self.org_words | self.street_words
        )
        self.foreign, self.foreign_weak, self.foreign_surnames = _english_names(script, names | words)
        self.names = names | self.foreign


# English given names that are everyday English words, often borrowed as such.
_EVERYDAY_GIVEN = frozenset(
    """hope grace rose june mark bill will frank dawn faith amber ruby holly jade pearl iris summer
    sandy rich lily daisy poppy olive violet hazel heather autumn crystal chase hunter mason cliff
    dean grant victor carol robin rowan glen miles sunny joy angel bobby penny patience charity
    king prince duke earl baker mercy honey rusty""".split()
)


def _english_names(
    script: str, known: frozenset[str]
) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """English and other names as written in the script (english_names_<script>.txt), and South
    Asian names in their usual spellings (south_asian_names_<script>.txt), that the other lists
    lack; those of them that are only names with a cue: surnames, short forms of three letters or
    fewer, names that are everyday English words ("Hope", "Grace", "Black"), whose spellings in
    the scripts are often loanwords or native words too, and South Asian names that are words of
    the script at all ("لطیفہ", kind; "ਜੋਤ", light); and every surname's spelling, everyday word
    or not ("কিং"), which is a name right after a given name."""
    spellings: set[str] = set()
    weak: set[str] = set()
    surnames: set[str] = set()
    # not the everyday words of any language written in the script ("کی", "ਕੇ", "بات")
    commons = [_common(lang) for lang in {"arab": ("ar", "ur"), "beng": ("bn",), "guru": ("pa",)}[script]]
    for source in ("english_names", "south_asian_names"):
        for line in _load_list(f"{source}_{script}.txt"):
            if line.startswith("#"):
                continue
            latin_name, kind, written = line.split("\t")
            cue_only = kind == "surname" or len(latin_name) <= 3 or latin_name.lower() in _EVERYDAY_GIVEN
            for word in written.split():
                norm = normalise(word, script)
                if kind == "surname" and len(norm) >= 3:
                    surnames.add(norm)
                rank = min(c.get(norm, 10**9) for c in commons)
                if len(norm) < 2 or norm in known or rank < (5000 if cue_only else _WEAK_RANK):
                    continue  # an everyday word; a surname or short form that is a word too ("বারবার")
                spellings.add(norm)
                if cue_only or (source == "south_asian_names" and rank < 10**9):
                    weak.add(norm)
    return frozenset(spellings), frozenset(weak), frozenset(surnames)


_LEX: dict[str, _Lexicon] = {}
_COMMON: dict[str, dict[str, int]] = {}


def _lexicon(script: str) -> _Lexicon:
    lex = _LEX.get(script)
    if lex is None:
        lex = _LEX[script] = _Lexicon(script)
    return lex


def _common(lang: str) -> dict[str, int]:
    table = _COMMON.get(lang)
    if table is None:
        table = _COMMON[lang] = {w: i for i, w in enumerate(_load_list(f"common_{lang}.txt"))}
    return table


# --------------------------------------------------------------------------- word forms

_AR_PREFIXES = (
    "وال",
    "بال",
    "فال",
    "كال",
    "کال",
    "لل",
    "ال",
    "وب",
    "ول",
    "فب",
    "فل",
    "وك",
    "وک",
    "و",
    "ب",
    "ل",
    "ف",
)
_BN_SUFFIXES = (
    "দেরকে",
    "দেরও",
    "য়েরা",
    "য়ের",
    "েরকে",
    "কেও",
    "কেই",
    "েরা",
    "দের",
    "ের",
    "এর",
    "কে",
    "রে",  # Sylheti and spoken accusative ("রুবেলরে")
    "রা",
    "র",
    "ও",
    "ই",
    "টা",
    "টি",
)
_BN_PLACE_SUFFIXES = ("েতে", "তে", "ে", "য়", "র", "ের")


class _Tok:
    __slots__ = ("start", "end", "kind", "text", "norm", "forms", "nforms", "name", "common", "rank", "rare")

    def __init__(self, start: int, end: int, kind: str, text: str) -> None:
        self.start, self.end, self.kind, self.text = start, end, kind, text
        self.norm = ""
        self.forms: tuple[str, ...] = ()
        self.nforms: tuple[str, ...] = ()
        self.name = 0  # 0 none, 1 weak, 2 strong
        self.common = False
        self.rank = 10**9
        self.rare = False


def _forms(norm: str, script: str, arabic_clitics: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(all lookup forms, forms a name may take): clitics and case endings removed."""
    out = [norm]
    names = [norm]
    if script == "arab" and arabic_clitics:
        for p in _AR_PREFIXES_N:
            if norm.startswith(p) and len(norm) - len(p) >= 2:
                rest = norm[len(p) :]
                out.append(rest)
                if p in _AR_NAME_PREFIXES and len(rest) >= 3 and not rest.startswith("ال"):
                    names.append(rest)
    elif script == "beng":
        for s in _BN_SUFFIXES:
            if norm.endswith(s) and len(norm) - len(s) >= 2:
                out.append(norm[: -len(s)])
                names.append(norm[: -len(s)])
        for s in _BN_PLACE_SUFFIXES:
            if norm.endswith(s) and len(norm) - len(s) >= 2:
                out.append(norm[: -len(s)])
    return tuple(out), tuple(names)


_AR_PREFIXES_N = tuple(normalise(p, "arab") for p in _AR_PREFIXES)
_AR_NAME_PREFIXES = frozenset(normalise(p, "arab") for p in ("وب", "ول", "فب", "فل", "و", "ب", "ل", "ف"))


_WORD_CACHE: dict[tuple[str, str, str], tuple] = {}
_WORD_CACHE_MAX = 200_000


def _tokenise(text: str, lang_ar: str) -> list[_Tok]:
    """Tokens with their lookup forms and word-list facts (cached per word)."""
    toks: list[_Tok] = []
    cache = _WORD_CACHE
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "punct"
        word = m.group()
        tok = _Tok(m.start(), m.end(), kind, word)
        if kind in ("arab", "beng", "guru"):
            key = (word, kind, lang_ar)
            facts = cache.get(key)
            if facts is None:
                if len(cache) >= _WORD_CACHE_MAX:
                    cache.clear()
                facts = cache[key] = _word_facts(word, kind, lang_ar)
            tok.norm, tok.forms, tok.nforms, tok.rank, tok.rare, tok.common, tok.name = facts
        toks.append(tok)
    return toks


def _word_facts(word: str, script: str, lang_ar: str) -> tuple:
    norm = normalise(word, script)
    forms, nforms = _forms(norm, script, lang_ar == "ar")
    lex = _LEX[script]
    common = _common(lang_ar if script == "arab" else ("bn" if script == "beng" else "pa"))
    rank = min((common.get(f, 10**9) for f in forms), default=10**9)
    rare = rank > _RARE[lang_ar if script == "arab" else script]
    if (
        rare
        and script == "arab"
        and len(forms) > 1
        and norm[0] in "وف"
        and any(f in common for f in forms[1:])
    ):
        rare = False  # "and/so" + a known word
    if rare and script == "guru" and norm.endswith(_GURU_INFLECTED):
        rare = False  # verb and plural endings: not a name the list missed
    name = 0
    whole = common.get(norm, 10**9)
    for k, f in enumerate(forms):
        if k and norm in lex.names and whole > 20000:
            continue  # "لانا" (Lana) is not "ل" + "انا" where the whole word is rare
        if f in lex.stop or f in lex.titles or f in lex.relations:
            # a function word, title or relation with a clitic: treat it as such
            return f, forms, nforms, rank, rare, True, 0
    for i, form in enumerate(nforms):
        if form in lex.names or (script == "guru" and _GURU_COMPOUND.match(form)):
            if i > 0 and whole < 20000:
                continue  # the whole word is an everyday word: clitic + name is unlikely
            if form in lex.weak:
                name = 1
            elif common.get(form, 10**9) < _WEAK_RANK and form not in _FREQUENT_NAMES[script]:
                name = 1
            elif form in lex.foreign and (
                form in lex.foreign_weak
                or common.get(form, 10**9) < _FOREIGN_STRONG_RANK[lang_ar if script == "arab" else script]
                or (script == "guru" and form in _known("guru"))
            ):
                name = 1  # an English name's spelling that is also a word here: only with a cue
            else:
                name = 2
            break
    return norm, forms, nforms, rank, rare, rank < 10**9, name


# --------------------------------------------------------------------------- matching


_WEAK_RANK = 1500
# An English name's spelling more frequent than this in the language's word list is weak.
_FOREIGN_STRONG_RANK = {"ar": 5000, "ur": 12000, "beng": 8000, "guru": 8000}
_GURU_INFLECTED = tuple(normalise(e, "guru") for e in "ਗਾ ਗੀ ਗੇ ਦਾ ਦੀ ਦੇ ਿਆ ਈਆਂ ੀਆਂ ਾਂ ਿਆਂ ਏ ਓ".split())
# Words rarer than this (rank in the frequency list) may be names or transliterations.
_RARE = {"ar": 15000, "ur": 8000, "beng": 12000, "guru": 6000}
_FREQUENT_NAMES = {
    "arab": _words(
        """محمد احمد أحمد علی علي عمر عمران حسین خالد یوسف يوسف ابراہیم محمود اقبال
                    ابراهيم مصطفى مصطفیٰ عثمان حمزہ فاطمہ فاطمة عائشہ عائشة مریم مريم زینب زينب
                    خان جاوید پرویز فیصل عباس ڈیوڈ""",
        "arab",
    ),
    "beng": _words("মোহাম্মদ আহমেদ হাসান হোসেন রহমান আবদুল আব্দুল ফাতেমা আয়েশা", "beng"),
    "guru": _words("ਸਿੰਘ ਕੌਰ ਖਾਨ ਅਲੀ ਹੁਸੈਨ ਕਪੂਰ ਪਟੇਲ", "guru"),
}


# Cue words that are a form's labels only with their colon ("التوقيع:", "ਦਸਤਖ਼ਤ:"), and everyday
# nouns without it ("عند توقيع العقد", "ਦਸਤਖ਼ਤ ਕਰਦੇ ਹਾਂ").
_COLON_CUES = frozenset(
    normalise(w, s)
    for w, s in (
        ("الاسم", "arab"),
        ("الإسم", "arab"),
        ("التوقيع", "arab"),
        ("توقيع", "arab"),
        ("دستخط", "arab"),
        ("স্বাক্ষর", "beng"),
        ("ਦਸਤਖ਼ਤ", "guru"),
        ("ਦਸਤਖਤ", "guru"),
    )
)
# Family words that label a form's field ("شوہر: ذوالفقار علی"); a role before a colon is more often
# a speaker in a transcript ("(স্বেচ্ছাসেবক: অভিযোগ কখন করলেন?)").
_FIELD_KIN = {
    "arab": _words(
        "شوہر بیوی زوج زوجة زوجی زوجتی ابن ابنة بنت ابنی بنتی بیٹا بیٹی بچے اولاد والد والدہ ماں باپ بھائی بہن"
        " الزوج الزوجة الأب الأم الابن البنت",
        "arab",
    ),
    "beng": _words("স্বামী স্ত্রী ছেলে মেয়ে বাবা মা ভাই বোন সন্তান", "beng"),
    "guru": _words("ਪਤੀ ਪਤਨੀ ਪੁੱਤਰ ਧੀ ਬੇਟਾ ਬੇਟੀ ਪਿਤਾ ਮਾਤਾ ਭਰਾ ਭੈਣ ਨੂੰਹ ਸੱਸ ਬੱਚੇ", "guru"),
}
_ARABIC_PLACE_PREPOSITIONS = frozenset(normalise(w, "arab") for w in "في فى من".split())


def _is_word(tok: _Tok) -> bool:
    return tok.kind in ("arab", "beng", "guru")


def _unknown(tok: _Tok, lex: _Lexicon) -> bool:
    """A script word that no frequency list knows: likely a name or a transliteration."""
    if not _is_word(tok) or not tok.rare or len(tok.norm) < 2:
        return False
    return tok.norm not in lex.stop


def _latin_name(tok: _Tok) -> bool:
    return tok.kind == "latn" and tok.text[:1].isupper() and len(tok.text) >= 2


def _ya_name(tok: _Tok, lex: _Lexicon) -> bool:
    """A name spelt with a final ي/ی ("علي", "علی") that only normalising makes a function word ("على")."""
    return (
        tok.kind == "arab"
        and tok.text[-1:] in "يی"
        and "ى" not in tok.text
        and any(f in lex.names for f in tok.nforms)
    )


def _stopword(tok: _Tok, lex: _Lexicon) -> bool:
    return tok.norm in lex.stop and not _ya_name(tok, lex)


def _name_form(tok: _Tok, lex: _Lexicon) -> bool:
    """The word or its stem without an ending is a name ("আশার", "আশাকে"; "علي")."""
    return bool(tok.name) or _ya_name(tok, lex) or any(f in lex.names for f in tok.nforms)


def _nameish(tok: _Tok, lex: _Lexicon, loose: bool) -> bool:
    if _latin_name(tok):
        return True
    if _ya_name(tok, lex):
        return True
    if not _is_word(tok) or tok.norm in lex.stop or tok.norm in lex.titles:
        return False
    if tok.name:
        return True
    return loose and _unknown(tok, lex)


_NAME_JOINERS = frozenset(
    normalise(w, "arab") for w in "عبد ابو أبو ام أم بن ابن بنت بی آل غلام".split()
) | frozenset(
    "আব্দুর আব্দুল আবদুল আবদুর আবু".split()  # "আব্দুর রশিদ": the first half of a name
)
_NASAB = frozenset(normalise(w, "arab") for w in "بن ابن بنت".split())
# First halves that are never used alone: "عبد الله", "غلام رسول", "عبد الرحمن" are one name
# whatever the second word means on its own (God, messenger, the Merciful).
_COMPOUND_FIRST = frozenset(normalise(w, "arab") for w in "عبد عبدال غلام".split())
# Family names that are also titles before a name (Chaudhry Sahib, Sheikh ...): right after
# a name they are its surname ("محمد اسلم چوہدری", "فیصل چوہدری").
# Endearments said after a name ("كريم حبيبي", "ਪ੍ਰੀਤ ਪੁੱਤ", "علی بیٹا", "রিয়া সোনা").
_ENDEARMENTS = frozenset(
    # not "جان"/"جانی" (life; "بدلی جانی": to be changed) nor "حبيب" alone
    [normalise(w, "arab") for w in "حبيبي حبيبتي بیٹا بیٹی جانو".split()]
    + [normalise(w, "beng") for w in "সোনা সোনামণি".split()]
    + [normalise(w, "guru") for w in "ਪੁੱਤ ਪੁੱਤਰ ਬੇਟਾ ਬੇਟੀ".split()]
)
_ABDUL = normalise("عبدال", "arab")
# Greetings that a name follows ("مرحبا ريم حبيبتي", "السلام علیکم شمیم باجی", "ਹੈਲੋ ਜੱਸੀ").
_GREETINGS = frozenset(
    [
        normalise(w, "arab")
        for w in "مرحبا مرحباً هلا أهلا اهلا أهلاً هلو هاي صباح مساء عزيزي عزيزتي پیاری پیارے".split()
    ]
    + "হ্যালো প্রিয় ਹੈਲੋ ਪਿਆਰੀ ਪਿਆਰੇ".split()
)
_SURNAMES_TOO = frozenset(
    normalise(w, "arab")
    for w in """چوہدری چودھری چوھدری چودہری چوہدھری چودری شیخ الشيخ شيخ ملک مرزا میرزا راجہ رانا خواجہ السيد
    میاں سید سیّد قریشی صدیقی بٹ اعوان جٹ مغل خان خاں مسیح""".split()
)


_FAMILY_HOUSE = frozenset(normalise(w, "arab") for w in "بيت عائلة عيلة آل دار أسرة".split())


def _nisba(tok: _Tok) -> bool:
    """An Arabic family name of the al-...-i shape ("الزبيدي", "الحلبي") that no list knows."""
    return tok.kind == "arab" and tok.text.startswith("ال") and tok.text[-1:] in "يی" and len(tok.text) >= 6


def _person(toks: list[_Tok], blocked: set[int], lang_ar: str) -> set[int]:
    marked: set[int] = set()
    n = len(toks)
    for i, tok in enumerate(toks):
        if not _is_word(tok):
            continue
        lex = _LEX[tok.kind]
        norm = tok.norm
        if (
            tok.name == 2
            and i not in blocked
            and not (tok.text in ("رحمه", "رحمها") and i + 1 < n and toks[i + 1].text == "الله")
        ):
            marked.add(i)  # not "رحمه الله" (God rest him), which folds to the name "رحمة"
        elif (
            tok.name == 1
            and tok.kind == "arab"  # Bengali and Gurmukhi loanwords are too often unlisted
            and norm in lex.foreign
            and i not in blocked
            and i + 1 < n
            and i + 1 not in blocked
            and toks[i + 1].start - tok.end == 1
            and toks[i + 1].kind == tok.kind
            and toks[i + 1].rank >= 10**9
            and not toks[i + 1].norm.startswith("ال")
            and _unknown(toks[i + 1], lex)
        ):
            # "تشارلز أوبي": an English given name that is also a word here, then a word no list knows
            marked |= {i, i + 1}
        if (
            norm in lex.name_cues
            or (
                tok.kind == "arab" and norm[:1] in "وف" and norm[1:] in lex.name_cues
            )  # "واسمي": "and my name is"
        ) and (norm not in _COLON_CUES or (i + 1 < n and toks[i + 1].text in ":：")):
            # "my name is X Y Z": take words until a stop word or sentence end.
            taken = 0
            j = i + 1
            while j < n and taken < 4:
                t = toks[j]
                if t.kind == "punct":
                    if (t.text in _SENTENCE_END and t.text not in ":：") or taken:
                        break  # "الاسم: لطيفة": a form's label and its colon, then the name
                    j += 1
                    continue
                if t.kind == "digit":
                    break
                if _is_word(t) and (_stopword(t, lex) or t.norm in lex.name_cues):
                    break
                if _is_word(t) and t.norm in lex.titles:
                    j += 1
                    continue
                if t.kind == "latn" and not _latin_name(t):
                    break
                if (
                    taken
                    and _is_word(t)
                    and not (
                        t.name
                        or _unknown(t, lex)
                        or (t.kind == "arab" and t.norm.startswith("ال"))
                        or toks[j - 1].norm in _NAME_JOINERS
                        or (t.rank > 8000 and not (t.kind == "arab" and t.norm[0] in "وف"))
                        # "مدير اسمه غاريث بوين": a family name the lists know as a word, right
                        # after a first name that no list has as a word
                        or (
                            taken == 1
                            and toks[j - 1].rank > 8000
                            and t.rank > 1500
                            and not (t.kind == "arab" and t.norm[0] in "وف")
                        )
                    )
                ):
                    break
                if j in blocked:
                    break
                marked.add(j)
                taken += 1
                j += 1
        if norm in lex.name_after:
            # "X نامی ایک شخص" / "X নামে একজন": the word(s) before.
            j, taken = i - 1, 0
            while j >= 0 and taken < 3:
                t = toks[j]
                if t.kind == "punct" or t.kind == "digit":
                    break
                if not _nameish(t, lex, True) and not (taken == 0 and _is_word(t) and t.norm not in lex.stop):
                    break
                marked.add(j)
                taken += 1
                j -= 1
        if (
            norm in lex.titles
            or norm in lex.relations
            or (tok.kind == "arab" and any(f in lex.relations for f in tok.forms[1:]))
        ):
            # A title or relation ("لراجلي": for my husband): the next name-like word within three words.
            title = norm in lex.titles
            j, seen = i + 1, 0
            field = False  # "شوہر: ذوالفقار علی": a form's field, the relation its label
            while j < n and seen < 3:
                t = toks[j]
                if t.kind == "punct":
                    if t.text in ":：" and seen == 0 and j == i + 1 and norm in _FIELD_KIN[tok.kind]:
                        field = True
                        j += 1
                        continue
                    if t.text in _SENTENCE_END:
                        break
                    j += 1
                    continue
                if t.kind == "digit":
                    break
                seen += 1
                if (
                    seen == 1
                    and t.kind == "arab"
                    and t.norm in _ARABIC_PLACE_PREPOSITIONS
                    and j + 2 < n
                    and _is_word(toks[j + 1])
                    and not _stopword(toks[j + 1], lex)
                ):
                    j += 2  # "زميلي في المكتب بابكر": my colleague at the office, Babiker
                    continue
                if _is_word(t) and _stopword(t, lex):
                    break
                if _is_word(t) and (
                    t.norm in lex.titles or t.norm in lex.relations or t.norm in lex.name_cues
                ):
                    j += 1  # "وأمي تناديها «حوّاء»": the verb of calling is no name
                    continue
                if j in blocked or (_is_word(t) and t.norm in lex.after_titles):
                    break  # "ਬੀਬੀ ਜੀ": the title and its honorific, no name
                if t.text in ("رحمه", "رحمها") and j + 1 < n and toks[j + 1].text == "الله":
                    break  # "رحمه الله" (God rest him) after the name, not a name
                if (
                    t.name
                    or _latin_name(t)
                    or _unknown(t, lex)
                    or (title and seen == 1 and _is_word(t))  # a title is followed by a name
                    or (
                        field and seen == 1 and _is_word(t) and t.rank > 1500
                    )  # not "(স্বেচ্ছাসেবক: অভিযোগ ...)"
                    or (seen == 1 and _is_word(t) and _name_form(t, lex))  # "ابني علي", "মেয়ে আশার"
                    or (
                        seen == 1
                        and t.kind == "arab"
                        and t.norm.startswith("ال")
                        and not t.norm.startswith("الا")  # "ابني الأكبر حمزة": the eldest, not Akbar
                        and t.norm[2:] in lex.names
                        # "زوجي الحسين": a name too common to be any word's weak reading
                        and (t.norm[2:] not in lex.weak or t.norm[2:] in _FREQUENT_NAMES[t.kind])
                        and not (j + 1 < n and toks[j + 1].name)
                    )  # "بزوجي الحسين": a name with its article after a relation
                    or (
                        seen == 1
                        and _is_word(t)
                        and t.kind != "guru"
                        and t.rank > (5000 if lang_ar == "ar" and t.kind == "arab" else 3000)
                        and not (t.kind == "arab" and t.norm.startswith("ال"))
                    )
                ):
                    marked.add(j)
                    break
                j += 1
        if (
            norm in lex.after_titles
            or norm in _SURNAME_TITLES
            or (tok.kind == "beng" and any(f in lex.after_titles for f in tok.forms[1:]))  # "সাবও"
        ):
            # "خان صاحب", "ਸਿੰਘ ਜੀ", "রাহেলা বেগম", "چوہدری صاحب": the word before, if it can be a name.
            j = i - 1
            if (
                j >= 0
                and j not in blocked
                and _is_word(toks[j])
                and not _stopword(toks[j], lex)  # "علی صاحب": Ali, though it folds to "on"
                and (toks[j].norm not in lex.titles or toks[j].norm in _SURNAMES_TOO)
                and toks[j].norm not in lex.relations
                and toks[j].norm not in lex.org_words
                and (toks[j].name or _unknown(toks[j], lex) or toks[j].rank > 1500 or _ya_name(toks[j], lex))
            ):
                marked.add(j)
                if norm in _SURNAME_TITLES:
                    marked.add(i)
    # Agents and speakers: "X نے کہا", "ਉਸ ਦਿਨ X ਨੇ", "قالت X", "X বলল".
    for i, tok in enumerate(toks):
        if not _is_word(tok):
            continue
        lex = _LEX[tok.kind]
        if tok.norm in _AGENT_AFTER:
            j = i - 1
            if j >= 0 and j not in blocked and _speaker(toks[j], lex, 5000):
                marked.add(j)
            elif (
                j >= 1
                and j not in blocked
                and _is_word(toks[j])
                and _is_word(toks[j - 1])
                and toks[j - 1].norm in _LEX[toks[j - 1].kind].relations
                and _speaker(toks[j], _LEX[toks[j].kind], 0)
            ):
                marked.add(j)  # "ਹਾਊਸਿੰਗ ਅਫ਼ਸਰ ਬਿੱਲ ਨੇ ਕਿਹਾ": a role, a word, then the agent's mark
        elif (
            tok.kind == "arab"
            and i + 1 < n
            and toks[i + 1].kind == "arab"
            and toks[i + 1].norm in lex.relations
            and toks[i + 1].norm.endswith("ی")
            and i not in blocked
            and not _stopword(tok, lex)
            and not (lang_ar == "ur" and tok.norm in lex.stop)  # "میری بیوی": my wife, not Mary
            and _name_form(tok, lex)
        ):
            marked.add(i)  # "أنا وريم أختي": a name, then "my sister" beside it
        elif tok.norm in _SPEECH_BEFORE and tok.kind == "arab":
            j = i + 1
            if (
                j < n
                and j not in blocked
                and _speaker(toks[j], lex, 3000)
                and (toks[j].name or not toks[j].norm.startswith("ال"))
            ):
                marked.add(j)
        elif tok.norm in _SPEECH_AFTER and tok.kind == "beng":
            j = i - 1
            if j >= 0 and j not in blocked and _speaker(toks[j], lex, 8000):
                marked.add(j)
        elif tok.norm in _PHONED_AFTER and tok.kind == "beng":
            j = i - 1
            if j >= 0 and j not in blocked and _speaker(toks[j], lex, 10**9) and _name_form(toks[j], lex):
                marked.add(j)
    # A word no list knows, before a postposition that usually follows a person
    # ("X کو", "X ਨੂੰ"), or a Bengali word with the animate object ending ("Xকে").
    for i, tok in enumerate(toks):
        if not _is_word(tok) or i in blocked or not tok.rare or len(tok.norm) < 3:
            continue
        lex = _LEX[tok.kind]
        if tok.norm in lex.stop or tok.norm in lex.titles or tok.norm in lex.relations:
            continue
        if tok.kind == "beng" and tok.norm.endswith(("কে", "কেও", "কেই")):
            if not (i + 1 < n and toks[i + 1].norm in _BN_PLACE_VERBS):  # "স্টোকে থাকি": a place
                marked.add(i)
        elif (
            tok.kind != "beng"
            and i + 1 < n
            and toks[i + 1].norm in _PERSON_POSTPOSITIONS
            and (tok.kind == "arab" or toks[i + 1].norm in _GURU_PERSONAL)
        ):
            marked.add(i)
        elif (
            i + 1 < n
            and toks[i + 1].norm in _CONJUNCTIONS
            and (i == 0 or (toks[i - 1].kind == "punct" and toks[i - 1].text in _SENTENCE_END))
        ):
            marked.add(i)  # "Zarmina and her children ..." opening a sentence
    for i, tok in enumerate(toks[:-1]):
        if tok.kind == "arab" and tok.norm in _COMPOUND_FIRST and i not in blocked and _is_word(toks[i + 1]):
            marked.update((i, i + 1))  # "عبد الله", "غلام رسول"
        elif (
            i + 1 not in blocked
            and _is_word(toks[i + 1])
            and toks[i + 1].norm in _ENDEARMENTS
            and _is_word(tok)
            and i not in blocked
            and _speaker(tok, _LEX[tok.kind], 0)
        ):
            marked.add(i)  # "كريم حبيبي", "ਪ੍ਰੀਤ ਪੁੱਤ": the person called by name
        elif (
            tok.kind == "arab"
            and tok.norm.startswith(_ABDUL)
            and len(tok.norm) > len(_ABDUL) + 2
            and i not in blocked
        ):
            marked.add(i)  # "عبدالقدوس", "عبدالرحمن" written as one word
        elif (
            tok.norm in _GREETINGS
            and _is_word(tok)
            and i + 1 not in blocked
            and _is_word(toks[i + 1])
            and _speaker(toks[i + 1], _LEX[toks[i + 1].kind], 3000)
        ):
            marked.add(i + 1)  # "مرحبا ريم", "ਹੈਲੋ ਜੱਸੀ": the person greeted
    # Grow marked runs over neighbouring name words (left: names; right: names or unknown words).
    anchors = set(marked)
    changed = True
    while changed:
        changed = False
        for i in sorted(marked):
            loose = i in anchors  # rare words join only next to a name or a cued word
            for j in (i + 1, i - 1):
                if 0 <= j < n and j not in marked and _adjacent(toks, min(i, j), max(i, j)):
                    t = toks[j]
                    if j in blocked:
                        continue
                    if _is_word(t):
                        lex = _LEX[t.kind]
                        if j == i + 1 and any(f in _SURNAME_TITLES for f in t.nforms):
                            marked.add(j)  # "রহিমা বেগম", "نسیم بیگم": part of the name here
                            changed = True
                            continue
                        if (
                            j == i + 1
                            and i in anchors
                            and (t.norm in _SURNAMES_TOO or _nisba(t))
                            and not (j + 1 < n and toks[j + 1].name)  # "... السيد أحمد": a title
                        ):
                            marked.add(j)  # "فیصل چوہدری", "عبد الله الزبيدي": the family name
                            changed = True
                            continue
                        if (
                            j == i + 1
                            and i in anchors
                            and t.kind == "arab"
                            and t.norm in _NASAB
                            and j + 1 < n
                            and _is_word(toks[j + 1])
                            and not _stopword(toks[j + 1], lex)
                        ):
                            marked.add(j)  # "حسن بن علي": "son of" inside a name
                            anchors.add(j)
                            changed = True
                            continue
                        if j == i + 1 and toks[i].norm in _NAME_JOINERS and t.norm not in lex.titles:
                            marked.add(j)  # "عبد الله", "أبو علي": the joiner's word is part of the name
                            anchors.add(j)
                            changed = True
                            continue
                        if (
                            _stopword(t, lex)
                            or t.norm in lex.titles
                            or t.norm in lex.relations
                            or t.norm in lex.after_titles
                            or t.norm in lex.org_words
                            or t.norm in lex.name_cues
                        ):
                            continue
                        if (
                            t.name
                            or _ya_name(t, lex)
                            or (
                                j == i + 1
                                and t.kind == "arab"
                                and t.norm.startswith("ال")
                                and t.norm[2:] in lex.names
                            )
                        ):
                            marked.add(j)
                            anchors.add(j)
                            changed = True
                        elif (
                            loose
                            and _unknown(t, lex)
                            and not (
                                lang_ar == "ar"
                                and t.kind == "arab"
                                and t.norm[0] in "وف"
                                and len(t.forms) > 1
                            )
                        ):
                            marked.add(j)
                            changed = True
    return marked


_SURNAME_TITLES = frozenset(
    [normalise(w, "arab") for w in "بیگم خاتون بیبی بی‌بی بانو".split()] + "বেগম খাতুন খানম বিবি বানু নেসা".split()
)
_PERSON_POSTPOSITIONS = frozenset(
    [normalise(w, "arab") for w in "کو نے سے کا کی کے".split()]
    + [normalise(w, "guru") for w in "ਨੂੰ ਨੇ ਦਾ ਦੀ ਦੇ ਤੋਂ ਨਾਲ".split()]
)
_GURU_PERSONAL = frozenset(normalise(w, "guru") for w in "ਨੂੰ ਨੇ".split())
_BN_PLACE_VERBS = frozenset("থাকি থাকে থাকেন থাকতাম থাকত থাকতেন থাকছি আছি আছেন এসেছি গিয়েছি যাই গেলাম".split())
_CONJUNCTIONS = frozenset([normalise(w, "arab") for w in "اور و".split()] + "আর ও এবং ਅਤੇ ਤੇ".split())
_AGENT_AFTER = frozenset([normalise("نے", "arab"), "ਨੇ"])
_SPEECH_BEFORE = frozenset(
    normalise(w, "arab")
    for w in """مع قال قالت أخبرني أخبرتني أخبرنا اتصل اتصلت وعد وعدت
    رد ردت ردّ جاء جاءت زارنا زارتنا أرسل أرسلت كتب كتبت اعتذر اعتذرت أكد أكدت وعدني وعدتني""".split()
)
_SPEECH_AFTER = frozenset(
    """বলল বললেন বলেছিল বলেছিলেন বলেছেন বলেন জানাল জানালেন জানিয়েছিল জানিয়েছেন
    এসেছিল এসেছিলেন আসেন এল এলেন""".split()
)
# "পল ফোন করেছিল" (Paul phoned): after a word the name lists know
_PHONED_AFTER = frozenset("ফোন".split())


def _speaker(tok: _Tok, lex: _Lexicon, rank: int) -> bool:
    if _latin_name(tok):
        return True
    if not _is_word(tok):
        return False
    n = tok.norm
    if n in lex.stop or n in lex.titles or n in lex.relations or n in lex.after_titles or n in lex.org_words:
        return False
    return bool(tok.name) or _unknown(tok, lex) or tok.rank > rank


def _adjacent(toks: list[_Tok], a: int, b: int) -> bool:
    """Tokens a < b are neighbours: nothing but spaces between them."""
    return b == a + 1


def _index_runs(marked: set[int]) -> Iterator[tuple[int, int]]:
    """First and last index of each run of consecutive indices."""
    order = sorted(marked)
    start = prev = order[0]
    for i in order[1:]:
        if i != prev + 1:
            yield start, prev
            start = i
        prev = i
    yield start, prev


def _runs(marked: set[int], toks: list[_Tok], text: str) -> Iterator[tuple[int, int]]:
    """Text offsets of each run of consecutive marked tokens."""
    if marked:
        for a, b in _index_runs(marked):
            yield toks[a].start, toks[b].end


def _phrase_spans(toks: list[_Tok], attr: str, kind: str) -> Iterator[Span]:
    n = len(toks)
    for i, tok in enumerate(toks):
        if not _is_word(tok):
            continue
        table = getattr(_LEX[tok.kind], attr)
        for form in tok.forms:
            options = table.get(form)
            if not options:
                continue
            for words in options:
                end = i + len(words)
                if end > n:
                    continue
                ok = True
                for k in range(1, len(words)):
                    t = toks[i + k]
                    if not _is_word(t) or words[k] not in t.forms:
                        ok = False
                        break
                if ok:
                    yield Span(tok.start, toks[end - 1].end, kind, 0.7, f"{kind.lower()} word ({tok.kind})")
                    break
            break


_ORG_BEFORE = frozenset(normalise(w, "arab") for w in "مجلس بلدية شركة مؤسسة جمعية".split())


def _org_spans(toks: list[_Tok], lang_ar: str) -> Iterator[Span]:
    n = len(toks)
    rare = 15000 if lang_ar == "ar" else 800
    # Arabic order: "مجلس مدينة برمنغهام", "شركة بريستون للصيانة".
    for i, tok in enumerate(toks):
        if tok.kind != "arab" or not any(f in _ORG_BEFORE for f in tok.forms):
            continue
        lex = _LEX["arab"]
        j, end, brand = i + 1, None, 0
        while j < n and j - i <= 3:
            t = toks[j]
            if _latin_name(t) or (_is_word(t) and (_unknown(t, lex) or (t.name and t.rank > 3000))):
                brand += 1
                end = j
            elif (
                _is_word(t)
                and t.norm not in lex.stop
                and (t.norm in lex.org_inner or t.norm in lex.org_words or t.rank < 3000)
            ):
                if t.norm in lex.org_words and brand:
                    end = j
            else:
                break
            j += 1
        if brand and end is not None:
            yield Span(tok.start, toks[end].end, ORGANISATION, 0.5, "arabic organisation name")
    i = 0
    while i < n:
        tok = toks[i]
        if not _is_word(tok) or not any(f in _LEX[tok.kind].org_words for f in tok.forms):
            i += 1
            continue
        lex = _LEX[tok.kind]
        end = i
        while (
            end + 1 < n and _is_word(toks[end + 1]) and any(f in lex.org_words for f in toks[end + 1].forms)
        ):
            end += 1
        start, brand = i, 0
        while start - 1 >= 0 and (i - start) < 4:
            t = toks[start - 1]
            if (
                _is_word(t)
                and t.norm not in lex.stop
                and t.norm not in lex.relations
                and (
                    _unknown(t, lex)
                    or t.name
                    or t.rank > rare
                    or t.norm in lex.org_inner
                    or t.norm in lex.org_words
                )
            ):
                brand += t.norm not in lex.org_inner
                start -= 1
            elif _latin_name(t):
                brand += 1
                start -= 1
            else:
                break
        if brand:
            yield Span(
                toks[start].start,
                toks[end].end,
                ORGANISATION,
                0.6,
                f"transliterated organisation ({tok.kind})",
            )
        i = end + 1


def _address_spans(toks: list[_Tok]) -> Iterator[Span]:
    n = len(toks)
    street_before = _words(_STREET_BEFORE, "arab")
    for i, tok in enumerate(toks):
        if not _is_word(tok):
            continue
        lex = _LEX[tok.kind]
        norm = tok.norm
        if any(f in lex.street_words or f in lex.building_words for f in tok.forms):
            start, named = i, 0
            while start - 1 >= 0 and (i - start) < 4:
                t = toks[start - 1]
                if (
                    _is_word(t) and t.norm not in lex.stop and (_unknown(t, lex) or t.name or t.rank > 2000)
                ) or _latin_name(t):
                    named += 1
                    start -= 1
                else:
                    break
            for j in range(start - 1, max(-1, i - 5), -1):
                # a house number, then everyday words, then the street word: "۴۱ ولو بینک کلوز"
                if toks[j].kind == "digit":
                    if all(_is_word(toks[x]) and toks[x].norm not in lex.stop for x in range(j + 1, i)):
                        start, named = j + 1, i - j - 1
                    break
                if not _is_word(toks[j]):
                    break
            if not named and not (i - 1 >= 0 and toks[i - 1].kind == "digit"):
                # Arabic order, the kind first: "برج كينغزلي" (Kingsley Tower), "عمارة النور"
                j, end = i + 1, None
                while (
                    tok.kind == "arab"
                    and j < n
                    and j - i <= 3
                    and (
                        (
                            _is_word(toks[j])
                            and toks[j].norm not in lex.stop
                            and (_unknown(toks[j], lex) or toks[j].name)
                        )
                        or _latin_name(toks[j])
                    )
                ):
                    end = j
                    j += 1
                if end is not None:
                    yield Span(
                        tok.start, toks[end].end, ADDRESS, 0.55, "building named after its kind (arabic)"
                    )
                continue
            if start - 1 >= 0 and toks[start - 1].kind == "digit":
                start -= 1
            yield Span(toks[start].start, tok.end, ADDRESS, 0.6, f"street or building ({tok.kind})")
        elif norm in lex.flat_words:
            j = i + 1
            while j < n and toks[j].kind == "punct" and toks[j].text in "#:-":
                j += 1
            if j < n and _is_word(toks[j]) and toks[j].norm in ("نمبر", "رقم", "নং", "নম্বর", "ਨੰਬਰ", "ਨੰ"):
                j += 1
                if j < n and toks[j].text == ".":
                    j += 1  # "ਫ਼ਲੈਟ ਨੰ. 9"
            if j < n and toks[j].kind == "digit":
                yield Span(tok.start, toks[j].end, ADDRESS, 0.6, f"flat number ({tok.kind})")
        elif tok.kind == "arab" and norm in street_before:
            j, end = i + 1, None
            while j < n and j - i <= 3 and _is_word(toks[j]) and toks[j].norm not in lex.stop:
                end = j
                j += 1
            if end is not None:
                start = i - 1 if i - 1 >= 0 and toks[i - 1].kind == "digit" else i
                yield Span(toks[start].start, toks[end].end, ADDRESS, 0.5, "arabic street name")


def _arabic_language(text: str, language: str) -> str:
    if language in ("ur", "fa", "ps", "sd", "ks", "pa", "bn"):
        return "ur"
    if language == "ar":
        return "ar"
    return "ur" if _URDU_LETTERS.search(text) else "ar"


_KUNYA = frozenset(
    normalise(w, "arab") for w in ("أم", "ام", "أبو", "ابو", "ابوی", "أبا", "ابا", "أبي", "يا أبا")
)
_I = {normalise("میں", "arab"), normalise("ਮੈਂ", "guru")}
# "am", and the Pothwari and spoken Punjabi "آں", "ਆਂ" ("میں رشیدہ بی بی آں")
_AM = {normalise("ہوں", "arab"), normalise("ਹਾਂ", "guru"), normalise("آں", "arab"), normalise("ਆਂ", "guru")}


def _kunya_and_copula(toks: list[_Tok], blocked: set[int]) -> set[int]:
    """ "أم فادي" / "أبو خالد" (a parent's name by their child) and "ਮੈਂ X ਹਾਂ" / "میں X ہوں"."""
    marked: set[int] = set()
    words = [i for i, t in enumerate(toks) if t.kind != "punct"]
    for pos, i in enumerate(words):
        tok = toks[i]
        if not _is_word(tok):
            continue
        nxt = words[pos + 1] if pos + 1 < len(words) else None
        kunya = tok.norm in _KUNYA or (tok.norm[:1] in "وف" and tok.norm[1:] in _KUNYA)  # "فأم يوسف"
        if kunya and nxt is not None and nxt not in blocked:
            following = toks[nxt]
            if (
                _is_word(following)
                and _nameish(following, _LEX[following.kind], True)
                and _adjacent(toks, i, nxt)
            ):
                marked.update((i, nxt))
        if tok.norm in _I:
            # up to three words, then "am": every word between must look like a name
            for width in (1, 2, 3, 4, 5):
                end = pos + width + 1
                if end >= len(words) or toks[words[end]].norm not in _AM:
                    continue
                inside = [words[k] for k in range(pos + 1, end)]
                if width > 3 and not any(toks[k].kind == "latn" for k in inside):
                    break  # wider only with a transliteration beside the name
                if all(
                    k not in blocked and _is_word(toks[k]) and _nameish(toks[k], _LEX[toks[k].kind], True)
                    for k in inside
                ):
                    marked.update(inside)
                break
    return marked


_AGE_WORD = normalise("عمر", "arab")
_AGE_POSTPOSITIONS = frozenset(normalise(w, "arab") for w in ("کی", "کا", "کے", "کي"))


# "whom everyone calls X": the word(s) between "everyone/all" (or "him/her") and the verb
# "call/say" are a name or nickname, whatever the word means otherwise ("ਬਿੱਲਾ", "cat").
_CALLED_RE = re.compile(
    r"(?<![\w\u0980-\u09ff\u0a00-\u0a7f\u064b-\u065f\u0670])(?:ਸਾਰੇ|ਸਭ|ਲੋਕ|ਉਸਨੂੰ|ਉਹਨੂੰ|ਨੂੰ|ਮੈਨੂੰ|ਸਾਨੂੰ|ਅਸੀਂ|ਜਿਸਨੂੰ|ਜਿਹਨੂੰ|ਜਿਨ੍ਹਾਂ[ \u00a0]+ਨੂੰ"
    r"|سب|سارے|لوگ|اسے|انہیں|کو|مجھے|ہمیں|ہم|جسے|جنہیں|آلے|والے|ماسی|خالہ|چاچا|ماما"
    r"|উনাকে|ওনাকে|ওঁকে|যাকে|যাঁকে|সবাই|সকলে|লোকে|তাকে|ওকে|কে|আমাকে|আমরা|আমি)"
    r"[ \u00a0]+(?:ਹੀ[ \u00a0]+|ہی[ \u00a0]+|ই[ \u00a0]+)?"
    # where: "ਜਿਸਨੂੰ ਘਰ ਵਿੱਚ X ਕਹਿੰਦੇ" (whom at home they call X)
    r"(?:(?:ਘਰ[ \u00a0]+ਵਿੱਚ|ਘਰ[ \u00a0]+ਵਿਚ|ਘਰੇ|گھر[ \u00a0]+میں|گھر[ \u00a0]+وچ|বাড়িতে|ঘরে|বাসায়)[ \u00a0]+)?"
    # who calls: "ਨੂੰ ਯਾਰ X ਕਹਿੰਦੇ" (friends call him X), "কে সবাই X ডাকে", "جسے دادی پیار سے X کہتی ہیں"
    r"(?:(?:ਯਾਰ|ਦੋਸਤ|ਸਾਰੇ|ਸਭ|ਲੋਕ|ਘਰਦੇ|ਅਸੀਂ|ਮੈਂ|ਉਹ|ਦਾਦੀ|ਨਾਨੀ|ਮਾਂ|ਬੀਬੀ|ਪਾਪਾ|ਮੰਮੀ|سب|لوگ|دوست|ہم|میں|وہ|گھروالے"
    r"|دادی|نانی|امی|ابو|ابا|ماں|بابا|سبھی|সবাই|বন্ধুরা|আমরা|আমি|সে|দাদি|দাদু|নানি|নানু|মা|বাবা|আব্বা|আম্মা)[ \u00a0]+)?"
    # lovingly: "سب انہیں پیار سے نمو کہتے ہیں"
    r"(?:(?:پیار[ \u00a0]+سے|ਪਿਆਰ[ \u00a0]+ਨਾਲ|আদর[ \u00a0]+করে)[ \u00a0]+)?"
    r"((?:(?:ਛੋਟਾ|ਛੋਟੀ|ਵੱਡਾ|ਵੱਡੀ|چھوٹا|چھوٹی|چھوٹے|بڑا|بڑی|بڑے|ছোট|বড়)[ \u00a0]+)?[^\s\d.,،۔।!?؟:;()\"'“”«»]+)"
    # "ਮੈਨੂੰ ਮੇਲਾ ਈ ਕਹਿੰਦੇ": an emphatic particle; "ওনাকে নুরু খালা বলি": a kinship word after the name
    r"[ \u00a0]+(?:(?:খালা|খালাম্মা|আপা|ভাই|মামা|চাচা|চাচি|দাদা|দিদি|নানি|ਮਾਸੀ|ਜੀ|ਭੈਣ|ਭਾਜੀ|ਚਾਚਾ|باجی|آپا|خالہ|ماسی"
    r"|بھائی|چاچا)[ \u00a0]+)?(?:(?:ਈ|ਹੀ|ਵੀ|ای|ہی|ই|ও)[ \u00a0]+)?"
    r"(?:ਕਹਿੰਦੇ|ਕਹਿੰਦਾ|ਕਹਿੰਦੀ|ਆਖਦੇ|ਆਖਦਾ|ਆਖਦੀ|ਬੁਲਾਉਂਦੇ|کہتے|کہتا|کہتی|کہندے|آخنے|آخدے|آکھدے|آکھنے|آکھدا|پکارتے|بلاتے"
    r"|ডাকে|ডাকেন|বলে|বলেন|ডাকত|ডাকইন|কয়|কইন|বলি|ডাকি)"
    r"(?![\w\u0980-\u09ff\u0a00-\u0a7f\u064b-\u065f\u0670])"
)
_CALLED_AR_RE = re.compile(
    r"(?:يسمونه|يسمونها|يلقبونه|يلقبونها|يدعونه|يدعونها|الملقب|الملقبة|الملقّب|الملقّبة|كيعرفني|كيعرفوني|يعرفونني|"
    r"يعرفوني|تعرفني|كيعيطو[ \u00a0]+ليا|كيسميوني|يسموني|يسمّوني|يسميه|يسمّيه|يسميها|يسمّيها|تسميه|تسمّيه|"
    r"يناديني|ينادونني|يناديه|ينادونه|يناديها|ينادونها|تناديني|تناديه|ونناديه|نناديه|نناديها|"
    r"ندلّلها[ \u00a0]+باسم|ندللها[ \u00a0]+باسم|ندلّله[ \u00a0]+باسم|ندلله[ \u00a0]+باسم|نسميها|نسميه|ونسميها|ونسميه|"
    # spoken Arabic: "بنقوله زيزو" (we call him Zizo), "بيقولولها", "بنناديه"
    r"بنقوله|بنقولها|بنقولّه|بنقولّها|بيقولوله|بيقولولها|بنناديه|بنناديها|بندلعه|بندلعها|كنعيطو[ \u00a0]+ليه|كنعيطو[ \u00a0]+ليها)"
    r"[ \u00a0]+(?:ال[^\s\d.,،!?؟:;()]+[ \u00a0]+)?(?:بـ|ب)?[ \u00a0]*"
    r"((?:(?:أبو|ابو|أم|ام)[ \u00a0]+)?[^\s\d.,،!?؟:;()]+)"
)


# A name in quotes after a verb of calling: "আমাকে ডাকতেন "সানি"", "كانت تسمّي زوجي "أوزي"",
# "ਸਾਨੂੰ ਸੱਦਦੇ "ਬੱਬੂ"" (not after a verb of saying: that quotes speech).
_QUOTED_CALLED_RE = re.compile(
    r"(?<![\w\u0980-\u09ff\u0a00-\u0a7f\u064b-\u065f\u0670])"
    r"(?:ডাকতেন|ডাকত|ডাকতো|ডাকে|ডাকেন|ডাকতাম|ডাকি|پکارتے|پکارتی|پکارتا|بلاتے|بلاتی|بلاتا|ਸੱਦਦੇ|ਸੱਦਦਾ|ਸੱਦਦੀ|ਬੁਲਾਉਂਦੇ"
    r"|ਬੁਲਾਉਂਦਾ|ਬੁਲਾਉਂਦੀ|تسمي|تسمّي|يسمي|يسمّي|نسمي|نسمّي|ينادي|تنادي|ننادي|يلقب|تلقب)"
    r"(?:[ \u00a0]+[^\s\d.,،!?؟:;()\"“”«»]+)?[ \u00a0]+[\"“«]([^\"“”«»\s]{2,20}(?:[ \u00a0][^\"“”«»\s]{2,20})?)[\"”»]"
)
# "X, whose real name was ...": "ਬਿੱਲਾ, ਜਿਸ ਦਾ ਅਸਲੀ ਨਾਮ", "بلا، جس کا اصل نام", "সানি, যার আসল নাম"
_WHOSE_NAME_RE = re.compile(
    r"(?<![\w\u0980-\u09ff\u0a00-\u0a7f\u064b-\u065f\u0670])([^\s\d.,،۔।!?؟:;()\"'“”«»]+)[ \u00a0]*"
    # "পাখি (ভালো নাম ফারহানা)": a pet name, its "good name" in brackets after it
    r"(?:[,،][ \u00a0]*(?:ਜਿਸ[ \u00a0]+ਦਾ|ਜਿਸਦਾ|ਜਿਹਦਾ|جس[ \u00a0]+کا|جن[ \u00a0]+کا|যার|যাঁর|واسمه|واسمها|اسمه|اسمها)[ \u00a0]+"
    r"|\([ \u00a0]*(?=(?:ভালো|আসল|পুরো|ਅਸਲੀ|ਪੂਰਾ|اصل|اصلی|پورا)[ \u00a0]))"
    r"(?:ਅਸਲੀ[ \u00a0]+|ਪੂਰਾ[ \u00a0]+|اصل[ \u00a0]+|اصلی[ \u00a0]+|پورا[ \u00a0]+|আসল[ \u00a0]+|পুরো[ \u00a0]+|ভালো[ \u00a0]+|الحقيقي[ \u00a0]+)?"
    r"(?:ਨਾਮ|ਨਾਂ|نام|নাম|الحقيقي)"
)
# "مارک نام کے ایک مینیجر" (a manager by the name of Mark), "ਜੱਸੀ ਨਾਮ ਦਾ ਇੱਕ ਮੁੰਡਾ"
_NAMED_ONE_RE = re.compile(
    r"(?<![\w\u064b-\u065f\u0670\u0a00-\u0a7f])([^\s\d.,،۔।!?؟:;()\"'“”«»]+)[ \u00a0]+(?:نام|ਨਾਮ|ਨਾਂ)[ \u00a0]+"
    r"(?:کے|کا|کی|ਦੇ|ਦਾ|ਦੀ)[ \u00a0]+(?:ایک|اک|ਇੱਕ|ਇਕ"
    # or straight to the role: "امارا نام کی officer آئیں"
    r"|officer|manager|worker|lady|افسر|آفیسر|خاتون|لڑکی|آدمی|عورت|بندہ|بندی|ورکر|مینیجر|ਅਫ਼ਸਰ|ਅਫਸਰ|ਔਰਤ|ਬੰਦਾ|ਕੁੜੀ)(?![\w])"
)


def _called(text: str, toks: list[_Tok], blocked: set[int]) -> set[int]:
    """Token indices of names given as "everyone calls him X" (nicknames), or "X by name"."""
    spans = []
    for rx in (_CALLED_RE, _CALLED_AR_RE, _NAMED_ONE_RE, _QUOTED_CALLED_RE, _WHOSE_NAME_RE):
        for m in rx.finditer(text):
            spans.append((m.start(1), m.end(1)))
    if not spans:
        return set()
    out = set()
    for i, t in enumerate(toks):
        if i in blocked or not (_is_word(t) or _latin_name(t)):
            continue
        if any(a <= t.start and t.end <= b for a, b in spans) and (
            t.kind == "latn" or t.norm not in _LEX[t.kind].stop
        ):
            out.add(i)  # "ਮੈਨੂੰ Bally ਕਹਿੰਦੇ": a nickname in Latin letters too
    return out


_ANA = frozenset([normalise(w, "arab") for w in ("أنا", "انا", "وأنا", "وانا")] + ["আমি"])
_INTRO_END = set("،,.(:;!؟?-–")
# Nickname adjectives written before the name ("ਛੋਟਾ ਗੁੱਡੂ", "چھوٹا X", "ছোট X").
_NICK_ADJ = frozenset(
    [
        normalise(w, "arab")
        for w in "چھوٹا چھوٹی چھوٹے بڑا بڑی بڑے بوڑھا بوڑھی بڈھا بگ بِگ ینگ لٹل اولڈ بیگ".split()
    ]
    + [normalise(w, "guru") for w in "ਛੋਟਾ ਛੋਟੀ ਛੋਟੇ ਵੱਡਾ ਵੱਡੀ ਵੱਡੇ ਬੁੱਢਾ ਬੁੱਢੀ ਬਿੱਗ ਬਿਗ ਯੰਗ ਲਿਟਲ ਓਲਡ".split()]
    + "ছোট বড় ছোটো বুড়ো বুড়ি বিগ ইয়াং লিটল ওল্ড".split()
)


_TATWEEL_PREFIXES = "لبوفك"


def _set_apart_names(toks: list[_Tok], blocked: set[int]) -> set[int]:
    """A one-letter Arabic prefix set apart by a tatweel ("لـأمل", "شكراً لـفرحية"): writers
    stretch the prefix so that it does not fuse with a proper name, so a listed name or a
    word the lists hardly know after it is a name."""
    marked: set[int] = set()
    lex = _LEX["arab"]
    for i, t in enumerate(toks):
        text = t.text
        if (
            t.kind != "arab"
            or i in blocked
            or len(text) < 4
            or text[1] != "\u0640"
            or text[0] not in _TATWEEL_PREFIXES
        ):
            continue
        rest = normalise(text[2:], "arab")
        if len(rest) < 3 or rest.startswith("ال") or rest in lex.stop or rest in lex.relations:
            continue
        if rest in lex.names or t.rare or t.rank > 8000:
            marked.add(i)
    return marked


def _lone_latin_names(toks: list[_Tok]) -> set[int]:
    """A first name in Latin letters standing alone in Arabic-script, Bengali or Gurmukhi
    writing ("ਏਜੰਟ Tom ਆਇਆ", "السيدة Grace قالت"). Latin words there are proper nouns or
    borrowed terms; several together are a firm, a street or a quotation, so only a word
    with no Latin neighbour counts."""
    from . import names

    lists = names._lists()
    out = set()
    for i, tok in enumerate(toks):
        if not _latin_name(tok) or not tok.text[1:].islower():
            continue
        before = next((toks[k] for k in range(i - 1, -1, -1) if toks[k].kind != "punct"), None)
        after = next((toks[k] for k in range(i + 1, len(toks)) if toks[k].kind != "punct"), None)
        if any(t is not None and t.kind in ("latn", "digit") for t in (before, after)):
            continue
        low = tok.text.lower()
        if low in lists["first"] and low not in lists["places"] and low not in _NOT_LONE_NAMES:
            out.add(i)
    return out


# Latin words also written alone in these scripts that are not names.
_NOT_LONE_NAMES = frozenset(
    """may june april august will mark bill hope grace joy rose dawn summer faith sky
    sunny sue pat ray art gene victor""".split()
    + "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


def _latin_person_word(word: str) -> bool:
    """A capitalised Latin word that may be a name (not a town or an everyday English word)."""
    from . import names

    lists = names._lists()
    parts = [
        p for p in re.split(r"[-'’]", word.lower()) if p and p not in ("al", "el", "ul", "ud", "bin", "bint")
    ]
    if not parts or not word[:1].isupper():
        return False
    if any(p in lists["first"] or p in lists["sur"] for p in parts):
        return not any(p in lists["places"] for p in parts)
    return not any(p in lists["en"] or p in lists["proper"] for p in parts)


def _pairs_and_intros(toks: list[_Tok], people: set[int], blocked: set[int]) -> set[int]:
    """Names written twice, in the script and in Latin letters ("رهف الحلبي (Rahaf Al-Halabi)",
    "ਮਨਪ੍ਰੀਤ (Manpreet)"); "أنا X،" introductions; two name-list words side by side
    ("আশা রায়"); a nickname's adjective before a name ("ਛੋਟਾ ਗੁੱਡੂ")."""
    out: set[int] = set()
    n = len(toks)
    for p, tok in enumerate(toks):
        if tok.kind != "punct" or tok.text != "(":
            continue
        q = p + 1
        while q < n and toks[q].kind == "latn" and q - p <= 5:
            q += 1
        if q == p + 1 or q >= n or toks[q].text != ")":
            continue
        latin = list(range(p + 1, q))
        if not all(toks[k].text[:1].isupper() for k in latin):
            continue
        parts = sum(
            len(
                [x for x in re.split(r"[-'’]", toks[k].text) if x.lower() not in ("al", "el", "ul", "ud", "")]
            )
            for k in latin
        )
        before = []
        k = p - 1
        while k >= 0 and _is_word(toks[k]) and len(before) < max(1, min(parts, 4)):
            lex = _LEX[toks[k].kind]
            t = toks[k]
            if t.norm in lex.stop or t.norm in lex.titles or t.norm in lex.name_cues:
                break
            if (t.norm in lex.relations and not t.rare) or k in blocked:
                break
            before.append(k)
            k -= 1
        if not before:
            continue
        if (
            any(b in people for b in before)
            or all(_latin_person_word(toks[k].text) for k in latin)
            and any(toks[b].name or toks[b].rare for b in before)
        ):
            out.update(before)
            out.update(latin)
    for i, tok in enumerate(toks):
        if tok.kind not in ("arab", "beng") or tok.norm not in _ANA:
            continue  # "أنا حمودة،", "আমি নাফিসা,"
        j, taken = i + 1, []
        while j < n and _is_word(toks[j]) and len(taken) < 3 and j not in blocked:
            t = toks[j]
            lex = _LEX[t.kind]
            if _stopword(t, lex) or t.norm in lex.relations or t.norm in lex.titles:
                break
            ok = (
                t.name
                or _ya_name(t, lex)
                or _unknown(t, lex)
                or (taken and t.norm.startswith("ال") and t.norm[2:] in lex.names)
            )
            if not ok:
                break
            taken.append(j)
            j += 1
        if taken and (j >= n or (toks[j].kind == "punct" and toks[j].text in _INTRO_END)):
            out.update(taken)  # "أنا حمودة، ابن ..."
        elif (
            len(taken) == 1
            and j < n
            and _is_word(toks[j])
            and toks[j].norm in _LEX[toks[j].kind].stop
            and _name_form(toks[taken[0]], _LEX[toks[taken[0]].kind])
        ):
            out.update(taken)  # "أنا أمل من شقة ٢١": a name, then "from"
    marked = people | out
    for i in range(n - 1):
        a, b = toks[i], toks[i + 1]
        if _is_word(a) and _is_word(b) and a.name and b.name and i not in blocked and i + 1 not in blocked:
            out.update((i, i + 1))
        if i + 1 in marked and _is_word(a) and a.norm in _NICK_ADJ and i not in blocked:
            out.add(i)
    # A name chain through "son of" ("حسن بن علي الزياني"): the names after the joiner.
    for i in sorted(out | people):
        if not (toks[i].kind == "arab" and toks[i].norm in _NASAB):
            continue
        j = i + 1
        while j < n and j not in blocked and _is_word(toks[j]) and j - i <= 3:
            t = toks[j]
            lex = _LEX[t.kind]
            if not (t.name or _ya_name(t, lex) or _nisba(t) or t.norm in _NASAB or _unknown(t, lex)):
                break
            out.add(j)
            j += 1
    return out


def _known(script: str) -> frozenset[str]:
    """Ordinary words that the frequency lists miss (Tesseract's word lists, built by
    data/scripts/build_known.py): Punjabi verbs and nouns above all, as common_pa.txt is Hindi.
    Bengali has none: its frequency list is good, and Tesseract's Bengali list holds many
    names (measured: it hid more names than it spared everyday words)."""
    known = _KNOWN.get(script)
    if known is None:
        known = _KNOWN[script] = frozenset(_load_list(f"known_{script}.txt"))
    return known


_KNOWN: dict[str, frozenset[str]] = {}


def _coordinated_names(toks: list[_Tok], people: set[int], blocked: set[int]) -> set[int]:
    """A weak name joined by "and" to a found one is a name too: "التوأمان علي وحسن" (the twins
    Ali and Hassan), "علی اور حسن", "আলী আর হাসান"."""
    out: set[int] = set()
    for i, t in enumerate(toks[:-1]):
        if not _is_word(t) or i in blocked:
            continue
        j = i + 1
        u = toks[j]
        if (
            u.kind == "punct"
            and u.text in ",،"
            and i in people
            and j + 1 < len(toks)
            and j + 1 not in people
            and j + 1 not in blocked
            and _is_word(toks[j + 1])
            and _listed_name(toks[j + 1])
            # one word to the item (longer ones are the doubt layer's "items in a list of names")
            and (j + 2 >= len(toks) or toks[j + 2].kind == "punct" or toks[j + 2].norm in _CONJUNCTIONS)
        ):
            out.add(j + 1)  # a list of names: "تین بھائی: عمر، علی اور موسیٰ"
            continue
        if not _is_word(u) or j in blocked:
            continue
        if u.kind == "arab" and u.norm.startswith("و") and len(u.forms) > 1:
            # "وحسن": "and" joined to the next name
            if i in people and j not in people and u.name:
                out.add(j)
            elif j in people and i not in people and t.name:
                out.add(i)
        elif u.norm in _CONJUNCTIONS and j + 1 < len(toks) and _is_word(toks[j + 1]):
            k = j + 1
            if i in people and k not in people and k not in blocked and _listed_name(toks[k]):
                out.add(k)
            elif k in people and i not in people and t.name:
                out.add(i)
    return out


def _listed_name(tok: _Tok) -> bool:
    """A name form, weak ones included, or an Arabic name with its article ("الحسين")."""
    if tok.name or (tok.kind == "arab" and _ya_name(tok, _LEX[tok.kind])):
        return True
    return tok.kind == "arab" and tok.norm.startswith("ال") and tok.norm[2:] in _LEX["arab"].names


def _unknown_words(toks: list[_Tok], people: set[int], blocked: set[int]) -> set[int]:
    """Recall first: a script word that no word list knows, in any of its forms, is most
    likely a name or a nickname written as it is said (a transliterated English name, a pet
    name), so it is flagged even without a cue; an editor rejects a false finding in one
    click, and a missed name can identify someone."""
    out: set[int] = set()
    for i, t in enumerate(toks):
        if i in people or i in blocked or not _is_word(t) or not t.rare or len(t.norm) < 2:
            continue
        lex = _LEX[t.kind]
        if _stopword(t, lex) or t.norm in lex.titles or t.norm in lex.relations or t.norm in lex.name_cues:
            continue
        known = _known(t.kind)
        if any(f in known for f in t.forms) or _inflected_word(t, known):
            continue
        if t.kind == "arab" and _arabic_common_shape(t.norm):
            continue
        if t.kind == "beng" and t.norm.endswith(_BN_VERB_ENDINGS + _BN_NOT_NAME_ENDINGS):
            continue  # "ঢুকত" (came in): a verb the list has in other forms
        if t.kind == "beng" and i + 1 < len(toks) and toks[i + 1].text in _BN_PLACE_VERBS:
            continue  # "স্টোকে থাকি": where someone lives, a town
        out.add(i)
    return out


_JOINING = frozenset("-'’‐")
_INITIAL_DOT = frozenset(".")  # not "۔", the Urdu full stop


_BN_NOT_NAME_ENDINGS = ("ত", "তো", "তাম", "বার", "ছি", "বো")
_AR_VERB_PREFIX = frozenset("أاينت")


def _arabic_common_shape(norm: str) -> bool:
    """The shape of a word no list has that is still not a name: a noun with the article
    ("المذيع", "الضيفة"; family names with it end in ي, "الشامي", and are found by their
    context), "and" with a verb ("واعتذروا"), or a verb in the plural ("صلحوا")."""
    if norm.startswith("ال") and not norm.endswith(("ي", "ی")):
        return True
    if len(norm) > 4 and norm[0] in "وف" and norm[1] in _AR_VERB_PREFIX:
        return True
    return len(norm) > 4 and norm.endswith("وا")


def _role_complement(toks: list[_Tok], j: int) -> bool:
    """An Arabic word with the article right after a role or relation word: the second half of
    the role ("موظف الشكاوى", "مسؤول الصيانة"), not a part of the name after it."""
    t = toks[j]
    if t.kind != "arab" or not t.norm.startswith("ال") or t.name or j == 0:
        return False
    before = toks[j - 1]
    lex = _LEX["arab"]
    return before.kind == "arab" and (before.norm in lex.relations or before.norm in lex.titles)


def _name_part(tok: _Tok, rank: int) -> bool:
    """A word that may be one more part of a name beside a found one: a listed name, or a word
    rarer than ``rank``, and nothing a sentence is built from."""
    if not _is_word(tok) or len(tok.norm) < 2 and tok.kind != "arab":
        return False
    lex = _LEX[tok.kind]
    if (
        _stopword(tok, lex)
        or tok.norm in lex.titles
        or tok.norm in lex.relations
        or any(f in lex.org_words or f in lex.street_words or f in lex.building_words for f in tok.forms)
        or any(f in lex.flat_words for f in tok.forms)
    ):
        return False
    if tok.name:
        return True
    if tok.kind == "beng" and tok.norm.endswith(_BN_VERB_ENDINGS + _BN_NOT_NAME_ENDINGS):
        return False
    if tok.kind == "guru" and tok.norm.endswith(_GURU_INFLECTED):
        return False
    if rank and tok.kind == "arab" and _arabic_common_shape(tok.norm):
        return False  # "وأسكن" ("and I live"), "المزراب" ("the gutter"): not a name's next part
    if rank and tok.kind == "guru" and any(f in _known("guru") for f in tok.forms):
        return False  # a Punjabi word the (Hindi) frequency list lacks: "ਦਿੱਤਾ", "ਆਇਆ"
    return tok.rank > rank


def _initial(toks: list[_Tok], i: int) -> bool:
    """ "ك." "এফ." "ਐਮ." "جے.": a letter's name, at most three letters, with its full stop."""
    t = toks[i]
    return (
        _is_word(t)
        and len(t.norm) <= 3
        and not _stopword(t, _LEX[t.kind])
        and i + 1 < len(toks)
        and toks[i + 1].text in _INITIAL_DOT
        and toks[i + 1].start == t.end
    )


def _grown_names(toks: list[_Tok], people: set[int], blocked: set[int], *, loose: bool) -> set[int]:
    """The rest of a name around a part found: "بريا نايدو" from "نايدو", "ও'রাইলি" from
    "রাইলি", "চ্যান-হকিন্স", "ك. أوبراين", and a middle word ("محمد خير الشامي"). ``loose``
    takes any uncommon word beside the name; otherwise only rare words and listed names."""
    marked = set(people)
    # an initial and the rare word after it: "ك. أوبراين", "ٹی. نوواک"
    for i in (k - 1 for k in range(1, len(toks)) if toks[k].text in _INITIAL_DOT):
        if (
            _initial(toks, i)
            and i + 2 < len(toks)
            and i + 2 not in blocked
            and (toks[i + 2].rare or toks[i + 2].name == 2)
            and _name_part(toks[i + 2], 3000)
        ):
            marked |= {i, i + 1, i + 2}
    for _ in range(3):
        added: set[int] = set()
        for i in sorted(marked):
            if not _is_word(toks[i]):
                continue
            for step in (1, -1):
                j = i + step
                if not 0 <= j < len(toks) or j in marked or j in blocked:
                    continue
                t = toks[j]
                if _is_word(t) and t.norm in _LEX[t.kind].name_cues:
                    continue  # "ينادونه ميك": the cue is no part of the name
                # joined to it by a hyphen or an apostrophe, with no space
                if t.text in _JOINING and 0 <= j + step < len(toks):
                    k = j + step
                    lo, hi = min(i, k), max(i, k)
                    if toks[lo].end == toks[j].start and toks[j].end == toks[hi].start and _is_word(toks[k]):
                        if k not in blocked and (
                            _name_part(toks[k], 0) or toks[k].rare or len(toks[k].norm) <= 3
                        ):
                            added |= {j, k}
                    continue
                # initials before it: "ك. أوبراين", "ਐਮ. ਕੇ. ਔਜਲਾ"
                if step == -1 and t.text in _INITIAL_DOT and j - 1 >= 0 and _initial(toks, j - 1):
                    if j - 1 not in blocked:
                        added |= {j, j - 1}
                    continue
                if not _is_word(t):
                    continue
                if step == -1 and _role_complement(toks, j):
                    continue  # "موظف الشكاوى دانيال": the role's "of complaints", not a name
                if (
                    step == 1
                    and _is_word(t)
                    and toks[i].name
                    and t.norm in _LEX[t.kind].foreign_surnames
                    and not _stopword(t, _LEX[t.kind])
                ):
                    added.add(j)  # "ডেবোরা কিং": an English given name, then its surname
                    continue
                between = j + step in marked and 0 <= j + step < len(toks)
                if _name_part(t, 0) if between else _name_part(t, 6000) and (loose or t.rare or t.name):
                    added.add(j)
        if not added:
            break
        marked |= added
    return marked - people


_ENDINGS = {
    "arab": tuple(normalise(e, "arab") for e in "یاں یوں وں یں ے ی ا ہ ات ون ين ها ه".split()),
    "beng": (
        "গুলো",
        "দের",
        "তেন",
        "ছেন",
        "লেন",
        "তে",
        "ত",
        "লে",
        "ল",
        "ছে",
        "ছি",
        "বে",
        "কে",
        "রা",
        "ের",
        "র",
        "ে",
        "টা",
        "টি",
    ),
    "guru": tuple(normalise(e, "guru") for e in "ਿਆਂ ੀਆਂ ਾਂ ਆਂ ਿਆ ਈ ੀ ੇ ਾ".split()),
}


_AR_STEM_PREFIXES = tuple(
    sorted(
        {normalise(p, "arab") for p in "وب ول وس فس وي وت ون وا و ف ب ك ل س ي ت ن أ ا".split()},
        key=len,
        reverse=True,
    )
)
_AR_STEM_SUFFIXES = tuple(
    sorted(
        {normalise(e, "arab") for e in "ونك ينك هما كما هم ها كم ني نا ون ين ان وا ك ه".split()},
        key=len,
        reverse=True,
    )
)


def _arabic_stem_known(norm: str, commons: list[dict[str, int]], known: frozenset[str]) -> bool:
    """A prefix and a suffix around a known stem of three letters or more: "يسمعونك" (they
    hear you), "أتركهما" (I leave them), "كإصلاح" (as a repair)."""
    for p in ("", *_AR_STEM_PREFIXES):
        if p and not norm.startswith(p):
            continue
        rest = norm[len(p) :]
        for e in ("", *_AR_STEM_SUFFIXES):
            if (not p and not e) or (e and not rest.endswith(e)):
                continue
            if p in _AR_VERB_PREFIX and not e:
                continue  # "ن" + "ايدو" is Naidoo, not a verb
            stem = rest[: len(rest) - len(e)]
            if len(stem) >= (4 if len(p) == 1 and not e else 3) and (
                stem in known or any(stem in c for c in commons)
            ):
                return True
    return False


_COMMON_OF = {"arab": ("ar", "ur"), "beng": ("bn",), "guru": ("pa",)}


def _inflected_word(tok: _Tok, known: frozenset[str]) -> bool:
    """An ending on a word some list knows: "کھڑکیاں" (windows), "ঢুকত" (came in)."""
    commons = [_common(lang) for lang in _COMMON_OF[tok.kind]]
    if tok.kind == "arab" and _arabic_stem_known(tok.norm, commons, known):
        return True
    for ending in _ENDINGS[tok.kind]:
        if tok.norm.endswith(ending) and len(tok.norm) - len(ending) >= 2:
            stem = tok.norm[: -len(ending)]
            if any(
                s in known or any(s in c for c in commons)
                for s in (stem, stem + "ی", stem + "ا", stem + "ہ", stem + "া")
            ):
                return True
    return False


def find(text: str, language: str) -> Iterator[Span]:
    """Spans of personal data in Arabic-script, Bengali and Gurmukhi writing."""
    if not text or not isinstance(text, str) or not _ANY_SCRIPT.search(text):
        return iter(())
    return iter(_find(text, (language or "").lower()))


def _plain_rare(tok: _Tok) -> bool:
    """A script word no frequency list knows at all, in no inflected form, and no hand list
    places: a transliteration."""
    if not _is_word(tok) or not tok.rare or tok.rank < 10**9 or len(tok.forms) > 1 or len(tok.norm) < 3:
        return False  # not rare: a Gurmukhi verb or plural ending ("ਕਹਿੰਦੇ")
    lex = _LEX[tok.kind]
    return not any(
        f in lex.stop
        or f in lex.relations
        or f in lex.titles
        or f in lex.after_titles
        or f in lex.org_words
        or f in lex.street_words
        or f in lex.building_words
        or f in lex.flat_words
        for f in tok.forms
    )


_BN_VERB_ENDINGS = ("ছিল", "ছিলেন", "লেন", "েছে", "েছেন", "বেন", "লাম", "তেন")


def _foreign_name_pairs(toks: list[_Tok], blocked: set[int], lang_ar: str) -> set[int]:
    """English and African names written in the script: a listed given name and a word that
    no list knows at all ("সারা পেমবার্টন": Sarah, though "সারা" is also "whole"). Two unknown
    words alone are not enough: loanwords ("ਟਾਇਰ ਪੰਕਚਰ") and spoken Arabic look the same."""
    out: set[int] = set()
    for i in range(len(toks) - 1):
        a, b = toks[i], toks[i + 1]
        if i in blocked or i + 1 in blocked or not _adjacent(toks, i, i + 1):
            continue
        if not (_is_word(a) and _is_word(b)) or a.kind != b.kind:
            continue
        arabic = a.kind == "arab" and lang_ar == "ar"
        if arabic:
            # Arabic's inflected and spoken forms are too often unknown to the lists: only a
            # strong given name, then a word without a clitic that the lists hold as rare
            if a.name == 2 and b.rank > 8000 and len(b.forms) == 1 and not b.norm.startswith("ال"):
                if not _stopword(b, _LEX[b.kind]) and b.norm not in _LEX[b.kind].relations:
                    out.update((i, i + 1))
            continue
        if _plain_rare(b) and a.name and not _stopword(a, _LEX[a.kind]):
            out.update((i, i + 1))
        elif (
            (
                # Arabic script: surnames the lists hold as mid-frequency words ("برايس", "ہالینڈ");
                # Bengali and Gurmukhi: only rare words (their verbs follow names: "জেসিকা বলেছিল")
                (a.name == 2 and b.kind == "arab" and b.rank > 3000)
                or (
                    a.name
                    and b.rare
                    and not _stopword(a, _LEX[a.kind])
                    and not b.norm.endswith(_BN_VERB_ENDINGS)
                )
            )
            and not b.name
            and len(b.forms) == 1
            and not _stopword(b, _LEX[b.kind])
            and not any(
                f in _LEX[b.kind].relations
                or f in _LEX[b.kind].titles
                or f in _LEX[b.kind].org_words
                or f in _LEX[b.kind].street_words
                or f in _LEX[b.kind].building_words
                for f in b.forms
            )
        ):
            out.update((i, i + 1))  # "هيلين برايس", "ریچل ہالینڈ": a surname the lists hold as a word
    return out


def _number_words() -> frozenset[str]:
    from .ages import SCRIPT_NUMBER_WORDS

    return SCRIPT_NUMBER_WORDS


def _find(text: str, language: str) -> list[Span]:
    if len(_LEX) < 3:
        for script in ("arab", "beng", "guru"):
            _lexicon(script)
    lang_ar = _arabic_language(text, language)
    toks = _tokenise(text, lang_ar)
    other: list[Span] = []
    other.extend(_phrase_spans(toks, "health", HEALTH))
    other.extend(_phrase_spans(toks, "special", OTHER_SPECIAL))
    blocked = {i for i, t in enumerate(toks) for sp in other if sp.start <= t.start and t.end <= sp.end}
    for i, t in enumerate(toks):
        if _is_word(t):
            lex = _LEX[t.kind]
            if any(f in lex.org_words or f in lex.street_words or f in lex.building_words for f in t.forms):
                prev = toks[i - 1] if i else None
                if (
                    t.name == 2
                    and prev is not None
                    and _is_word(prev)
                    and not prev.rare
                    and not any(f in lex.street_words or f in lex.building_words for f in t.forms[1:])
                ):
                    continue  # "وابنتي الصغيرة لين": the name Leen, not "Lane" after a street's name
                blocked.add(i)
    numbers = _number_words()
    for i, t in enumerate(toks):
        if t.text in numbers:
            blocked.add(i)  # "আটাত্তর বছর": a number word, not a name no list knows
    # Urdu "کی عمر 8 سال" is "age 8 years": عمر there is the word for age, not the name Omar.
    words = [i for i, t in enumerate(toks) if t.kind != "punct"]
    for pos, i in enumerate(words):
        if toks[i].norm != _AGE_WORD:
            continue
        before = toks[words[pos - 1]].norm if pos else ""
        after = toks[words[pos + 1]] if pos + 1 < len(words) else None
        if before in _AGE_POSTPOSITIONS or (after is not None and after.kind == "digit"):
            blocked.add(i)
    other.extend(_org_spans(toks, lang_ar))
    other.extend(_address_spans(toks))
    spans: list[Span] = []
    people = _person(toks, blocked, lang_ar)
    people |= _kunya_and_copula(toks, blocked)
    people |= _called(text, toks, blocked)
    people |= _pairs_and_intros(toks, people, blocked)
    people |= _lone_latin_names(toks)
    people |= _set_apart_names(toks, blocked)
    people |= _foreign_name_pairs(toks, blocked, lang_ar)
    for i in range(len(toks) - 1):  # "بيت الجبوري", "عائلة الحلبي": the family by its name
        if (
            toks[i].kind == "arab"
            and toks[i].norm in _FAMILY_HOUSE
            and _nisba(toks[i + 1])
            and i + 1 not in blocked
        ):
            people.add(i + 1)
    # A name found once is a name wherever else it appears ("ਸਿਮਰਨ ਦੀ ਸੂਚੀ").
    found = {toks[i].norm for i in people if _is_word(toks[i]) and len(toks[i].norm) > 1}
    # without the clitic it was written with ("وريم" ... "ريم")
    found |= {
        f
        for i in people
        if toks[i].kind == "arab" and toks[i].norm[:1] in "وفبل"
        for f in toks[i].nforms[1:]
        if len(f) > 1 and f in _LEX["arab"].names
    }
    # and in its inflected forms ("আশা" ... "আশার", "আশাকে"): a stem of two letters or more
    found_forms = {
        f
        for i in people
        if toks[i].kind == "beng" and _name_form(toks[i], _LEX["beng"])
        for f in toks[i].nforms
        if len(f) > 1 and f in _LEX["beng"].names
    }
    # and its short form: "ਅਮਨ" for "ਅਮਨਦੀਪ", a listed name that begins a longer one
    short = {
        f[:k]
        for f in found
        for k in range(3, len(f) - 1)
        if f[:k]
        in _LEX[
            "guru" if "\u0a00" <= f[:1] <= "\u0a7f" else "beng" if "\u0980" <= f[:1] <= "\u09ff" else "arab"
        ].names
    }
    spread: list[int] = []
    for i, t in enumerate(toks):
        if i in people or i in blocked or not _is_word(t):
            continue
        if (
            t.norm in found
            or (t.kind == "beng" and found_forms and any(f in found_forms for f in t.nforms))
            or (t.kind == "beng" and any(f in found and len(f) > 2 for f in t.nforms[1:]))  # "আনিকার": আনিকা's
            or (t.norm in short and text[t.end : t.end + 1] != "-")  # not "ਅਮਨ-ਸ਼ਾਂਤੀ" (peace and quiet)
        ):
            if not _stopword(t, _LEX[t.kind]):
                people.add(i)
                spread.append(i)
    # a mention found again takes the family name written after it ("রুপালি দাস")
    for i in spread:
        j = i + 1
        if (
            j < len(toks)
            and j not in people
            and j not in blocked
            and _is_word(toks[j])
            and _adjacent(toks, i, j)
        ):
            t = toks[j]
            lex = _LEX[t.kind]
            if (t.name or t.norm in _SURNAMES_TOO) and not (
                _stopword(t, lex)
                or t.norm in lex.titles
                or t.norm in lex.relations
                or t.norm in lex.org_words
            ):
                people.add(j)
    people |= _grown_names(toks, people, blocked, loose=True)
    people |= _coordinated_names(toks, people, blocked)
    unknown = _unknown_words(toks, people, blocked)
    if unknown:
        # a name no list knows, in two parts ("اولی بریڈشا"): grown only onto rare words
        unknown |= _grown_names(toks, people | unknown, blocked, loose=False)
        people |= unknown
    doubtful = {(toks[a].start, toks[b].end) for a, b in _index_runs(unknown)} if unknown else set()
    for start, end in _runs(people, toks, text):
        if (start, end) in doubtful:
            spans.append(
                Span(start, end, PERSON, DOUBT_CONFIDENCE, "a word no word list knows: perhaps a name")
            )
        else:
            spans.append(Span(start, end, PERSON, 0.7, "name in arabic/bengali/gurmukhi script"))
    spans.extend(other)
    return [s for s in spans if 0 <= s.start < s.end <= len(text)]
