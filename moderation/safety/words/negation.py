"""What cancels a match: a negation just before it ("no smell of gas", "nie było wycieku gazu"),
just after it in verb-final languages ("گیس کی بو نہیں تھی"), or a reassurance in the same
clause ("the engineer checked and all was fine", "false alarm").

Only for concerns where a denial is plausible and harmless (gas, electrics, fire, structure,
threats, who is vulnerable, damp). Self-harm is never cancelled, and "no heating" carries its
own negation.
"""

from ..folding import ARABIC_LETTER, BENGALI_LETTER, GURMUKHI_LETTER

# Immediately before the match: a negator, then only words like "a", "any", "sign of".
BEFORE = {
    "en": r"(?:\bno|\bnot|\bnever|\bwithout|\bnothing|n't|\bzero|\bnone|\bnobody|\bno[- ]?one|\bneither)(?:'s|'re|'ve|s)?"
    r"(?:\s+(?:a|an|any|the|sign|signs|smell|trace|evidence|of|real|actual|more|further|longer|such|risk|"
    r"danger|actually|longer any|has|have|had|is|was|were|been|got|gotten|getting|become|fallen|felt|feeling|"
    r"yet|ever|of us|in the house|here|at home|in the family|else|really|currently|is at all|with))*\s*$",
    "pl": r"(?:\bnie|\bbrak|\bbez|\bżadn\w*|\bani|\bnikt|\bnikomu|\bnikogo)"
    r"(?:\s+(?:było|ma|czuć|stwierdzono|wykryto|żadnego|żadnej|żadnych|śladu|oznak|jest|był|była|"
    r"poczuliśmy|czuliśmy|znaleziono|śladów|już|wcale))*\s*$",
    "ro": r"(?:\bnu|\bfără|\bniciun\w*|\bnicio|\bnimeni)"
    r"(?:\s+(?:a|am|au|s-a|fost|era|exista|există|simțit|găsit|nicio|niciun|vreo|vreun|pic|de|este|e|mai|"
    r"avut|fusese|ne|ii|îi|le|mă|ma|te|îl|il|o|afectează|afecteaza|afectat|s-au|s-a|îmbolnăvit|imbolnavit|"
    r"are|au|probleme|problemă|din|casă|casa|familie|cu))*\s*$",
    "ar": r"(?<!\S)و?(?:لا|لم|ليس|ليست|بدون|دون|بلا|ما|مافي|مفيش|مش|محدش)"
    r"(?:\s+(?:أحد|احد|حدا|حد|منا|منّا|فينا|عندنا|بالبيت|في البيت|يوجد|توجد|يكن|تكن|هناك|أي|اي|أية|هنالك|نشم|شممنا|يكون|فيه|في|أثر|علامة|نجد|وجد|وجدنا|نلاحظ|أبدا))*\s*$",
    "ur": r"(?<!\S)(?:بغیر|بنا)\s*$",
    "bn": r"(?<!\S)(?:ছাড়া)\s*$",
    "pa": r"(?<!\S)(?:ਬਿਨਾਂ)\s*$",
}

# Immediately after the match, in languages that put the negation last.
AFTER = {
    "pl": r"^\s*(?:już\s+)?nie\s+(?:było|ma|czuć|stwierdzono|wykryto|jest|był|była|wyczuliśmy|czuliśmy)\b",
    "ur": r"^\s*(?:(?:کی|کا|کے|تو|بھی|تھی|تھا|ہے|ملی|ملا|پائی|پایا|ہوئی|ہوا|محسوس|آئی|آ|رہی|رہا|کوئی)\s+){0,3}"
    rf"(?:نہیں|نہ)(?!{ARABIC_LETTER})",
    "bn": r"^\s*(?:(?:ছিল|পাওয়া|টের|হয়|কোনো|পাই|কোন)\s*){0,2}(?:নেই|না|নয়|নন|নই|যায়নি|পাইনি|ছিলনা|হয়নি|হয় নি|পাওয়া যায়নি)"
    rf"(?!{BENGALI_LETTER})",
    "pa": rf"^\s*(?:(?:ਸੀ|ਹੈ|ਮਿਲੀ|ਮਿਲਿਆ|ਆਈ|ਆਇਆ|ਆ|ਰਹੀ|ਰਿਹਾ|ਕੋਈ)\s+){{0,2}}(?:ਨਹੀਂ|ਨਹੀ|ਨਾ)(?!{GURMUKHI_LETTER})",
}

# Anywhere in the same clause: "all was fine", "false alarm", "no danger".
REASSURED = {
    "en": r"\b(?:all|everything|it)(?: was| is| were|'s| turned out| went| has gone| seems?)(?: all| now| perfectly| completely)? "
    r"(?:fine|ok|okay|safe|sorted|good|well|smoothly|alright|all right)\b|\b(?:tested|certified) (?:as )?safe\b|"
    r"\b(?:test|tests|tested|testing) (?:fine|ok|okay|perfectly|as working)\b|"
    # an alarm fitted, tested or working is not a danger ("smoke alarm fitted in the hallway")
    r"\b(?:alarms?|detectors?)(?: (?:were|was|have been|has been|had been|got|being|all|now|just|both))* "
    r"(?:fitted|installed|put in|tested|serviced|replaced|checked|upgraded)\b|"
    r"\b(?:had|have|got|getting) (?:\w+ ){0,3}(?:alarms?|detectors?) (?:fitted|installed|put in|tested|serviced|checked)\b|"
    r"\b(?:alarms?|detectors?) (?:\w+ ){0,2}(?:works?|working) (?:fine|properly|perfectly|well)\b|"
    r"\bno (?:harm|damage) done\b|\b(?:tested|checked|serviced|fitted|installed|replaced) (?:\w+ ){0,2}(?:smoke |fire |co |heat )?(?:alarms?|detectors?)\b|"
    r"\bfire (?:drill|practice|safety (?:check|inspection|assessment|talk|visit))s?\b|"
    r"\bfalse alarm\b|\bnothing (?:was )?(?:wrong|dangerous|found|to worry)\b|"
    r"\bno (?:danger|leak|problem|issue|risk|fault)s? (?:was |were )?(?:found|detected|at all)\b|"
    r"\bturned out (?:to be )?(?:fine|nothing|ok|safe)\b|\bno danger\b|\b(?:perfectly|completely) safe\b|"
    r"\b(?:all|everything|fully|long since|since) (?:was |were |has |have )?(?:been )?(?:repaired|fixed|replaced|sorted)\b|"
    r"\b(?:they|it|all|both) (?:all )?work(?:s|ed|ing)?(?: fine| properly| perfectly)?(?: now)?\s*(?:[.!]|$)|"
    r"\b(?:hasn'?t|has not|haven'?t|have not|never) (?:tripped|sparked|blown|leaked|cracked)(?: (?:once|since|again))",
    "pl": r"wszystko (?:było |jest |zostało |poszło )?(?:w porządku|ok|dobrze|bezpieczn\w*|naprawion\w*|sprawn\w*)|fałszyw\w* alarm\w*|"
    r"(?:czujnik|alarm)\w* (?:\w+ )?(?:zamontowan|założon|zainstalowan|sprawdzon|działa)\w*|"
    r"(?:zamontowan|założon|zainstalowan)\w* (?:\w+ )?(?:czujnik|alarm)\w*|"
    r"ćwiczeni\w* (?:\w+ ){0,2}(?:ewakuac|pożar|przeciwpożar)\w*|próbn\w* (?:alarm|ewakuac)\w*|"
    r"nic (?:się )?nie (?:było|stało|wykryto|znaleziono)|nie ma (?:żadnego )?zagrożenia|brak zagrożenia",
    "ro": r"totul (?:a fost |era |e |este |a mers |merge )?(?:în regulă|ok|bine|sigur|reparat)|alarmă falsă|"
    r"(?:detector|senzor|alarm)\w* (?:\w+ ){0,3}(?:montat|instalat|pus|verificat|funcționează|merge)\w*|"
    r"(?:montat|instalat)\w* (?:\w+ )?(?:detector|senzor|alarm)\w*|"
    r"exerci\w* (?:\w+ ){0,4}(?:evacuare|incendiu)|simular\w* (?:\w+ ){0,3}incendiu|"
    r"nu (?:a fost|era|este|e) (?:niciun |nici un )?pericol|niciun pericol|nu s-a găsit nimic",
    "ar": r"كل (?:شيء|شي) (?:كان )?(?:سليم|سليما|بخير|على ما يرام|تمام|آمن)|(?:تصلح|اتصلح|انصلح|تم إصلاح)\S* كل (?:شيء|شي)|كل (?:شيء|شي) (?:تصلح|اتصلح|انصلح)|إنذار كاذب|لا يوجد (?:أي )?خطر|لا خطر|"
    r"(?:شغال|يشتغل|يعمل|تعمل|شغالة)\S* (?:كويس|منيح|تمام|جيد|جيدا|بشكل جيد|بشكل سليم)|(?:صار|أصبح|اصبح)\S* (?:كل شي |كل شيء )?آمن|"
    r"(?:ركب|ركّب|تركيب|ركبوا|ركّبوا|وضعوا)\S* (?:\S+ ){0,2}(?:جهاز |أجهزة )?(?:إنذار|انذار|كاشف)|تمرين\S* (?:\S+ ){0,2}(?:إخلاء|الإخلاء|حريق|الحريق)|"
    r"لم يجد\S* (?:أي )?(?:شيء|تسرب|مشكلة)|ليس هناك (?:أي )?خطر",
    "ur": r"سب (?:کچھ )?(?:ٹھیک|محفوظ)|بچاؤ کی مشق|فائر ڈرل|اب محفوظ|ٹھیک کام کر|(?:الارم|ڈیٹیکٹر) (?:\S+ ){0,2}(?:لگ گیا|لگا دیا|لگوا)|کوئی خطرہ نہیں|کچھ (?:غلط )?نہیں (?:ملا|نکلا)|جھوٹا الارم",
    "bn": r"সব (?:কিছু )?(?:ঠিক|নিরাপদ)|ফায়ার ড্রিল|মহড়া|এখন নিরাপদ|ঠিকমতো কাজ কর|(?:অ্যালার্ম|এলার্ম|ডিটেক্টর)\S* (?:\S+ ){0,2}(?:লাগানো|লাগিয়ে|বসানো)|সব (?:কিছু )?মেরামত|কোনো বিপদ নেই|কোন বিপদ নেই|কিছুই পাওয়া যায়নি|কোনো সমস্যা নেই|মিথ্যা অ্যালার্ম",
    "pa": r"ਸਭ ਕੁਝ ਠੀਕ|ਫਾਇਰ ਡਰਿੱਲ|ਮੌਕ ਡਰਿੱਲ|ਸਭ ਠੀਕ|ਸਭ (?:ਕੁਝ )?ਸੁਰੱਖਿਅਤ|ਹੁਣ ਸੁਰੱਖਿਅਤ|ਠੀਕ ਕੰਮ ਕਰ|ਅਲਾਰਮ (?:\S+ ){0,2}(?:ਲੱਗ ਗਿਆ|ਲਗਾ ਦਿੱਤਾ|ਲਵਾ)|ਕੋਈ ਖਤਰਾ ਨਹੀਂ|ਕੋਈ ਖ਼ਤਰਾ ਨਹੀਂ|ਕੁਝ ਨਹੀਂ ਮਿਲਿਆ|ਕੋਈ ਸਮੱਸਿਆ ਨਹੀਂ",
}

# A reassurance covers what comes before it in the sentence ("a gas leak, but it was a false
# alarm") but not what follows a "but" ("all was fine, but then the gas leak came back").
SENTENCE_BREAK = r"[.!?;\n؟۔।]"
CLAUSE_BREAK = (
    r"[.!?;\n؟۔।]|\b(?:but|however|although|though|then|ale|lecz|jednak|dar|însă|insa)\b|لكن|لیکن|مگر|কিন্তু|ਪਰ"
)

# A weak word (the whole match) that its clause explains away: {group: (weak word, context)}.
# Smoke blowing in from a neighbour's cigarette, a barbecue or a shisha is not a fire; flames,
# "on fire" or a smoke alarm are never excused.
EXCUSED = {
    "fire": (
        r"(?:smell of |full of |black |thick )?smoke|dym(?:u|em|ie|y)?|fum(?:ul|ului)?|دخان|دھواں|دھوئیں|ধোঁয়া|ਧੂੰਆਂ|ਧੂੰਏਂ",
        r"\b(?:cigarettes?|cigs?|fags?|tobacco|vap\w*|weed|cannabis|spliff|joints?|shisha|hookah|bbqs?|barbecues?|"
        r"smok(?:es|ing|er|ers) (?:on|in|out|at|by|outside)|chimneys?|komin\w*|coș\w*|cos(?:ul)? de fum|papieros\w*|fajk\w*|e-?papieros\w*|tyto\w*|pali (?:papierosy|fajki|na balkonie)|"
        r"grill\w*|țigar\w*|tigar\w*|fumeaz\w*|fumat\w*|narghil\w*|marijuana)\b|"
        r"سجائر|سيجار\S*|دخان السجائر|الشيشة|شيشة|أرجيلة|الأرجيلة|يدخن|بيدخن|مدخنة|المدخنة|سگریٹ|حقہ|شیشہ|چمنی|চিমনি|ਚਿਮਨੀ|سگرেট|সিগারেট|বিড়ি|হুক্কা|"
        r"ਸਿਗਰਟ|ਸਿਗਰੇਟ|ਬੀੜੀ|ਹੁੱਕਾ",
    ),
}

# Signed off by the electrician, tested one by one and working perfectly, alarms fitted when the
# word "alarm" is written in English inside another script ("Smoke alarm আর CO alarm লাগানো হয়েছে").
_MORE_REASSURED = {
    "en": r"\bsigned (?:them|it|the \w+|everything|all|each one|every \w+)(?: all)? off\b|\bsigned off as (?:\w+ and )?safe\b|"
    r"\b(?:dry|sound) and safe\b",
    "ro": r"(?:le|l|i|o)-a(?:u)? (?:testat|verificat) (?:pe )?(?:toate|tot|toți|toti)|"
    r"(?<!nu )(?:merg|merge|funcționează|funcționau|functioneaza|functionau) (?:perfect|impecabil)",
    "ar": r"(?:ركب|ركّب|ركبوا|ركّبوا)\S* (?:\S+ ){0,3}alarm",
    "ur": r"alarm (?:\S+ ){0,2}(?:لگ گیا|لگا دیا|لگوا|لگایا|لگ گئے)|sab (?:kuch )?(?:theek|thik|safe)\b",
    "bn": r"alarm\S* (?:\S+ ){0,2}(?:লাগানো|লাগিয়ে|বসানো)|(?:test|টেস্ট|পরীক্ষা) কর\S* দেখি\S*|সব (?:test|টেস্ট|পরীক্ষা) কর",
    "pa": r"alarm (?:\S+ ){0,2}(?:ਲੱਗ ਗਿਆ|ਲਗਾ ਦਿੱਤਾ|ਲਵਾ|ਲਾ ਦਿੱਤਾ|ਲੱਗ ਗਏ)",
}
for _language, _regex in _MORE_REASSURED.items():
    REASSURED[_language] += "|" + _regex
