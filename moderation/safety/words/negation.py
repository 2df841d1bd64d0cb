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
    "en": r"(?:\bno|\bnot|\bnever|\bwithout|\bnothing|n't|\bzero|\bnone|\bnobody|\bno[- ]?one|\bneither)"
    r"(?:\s+(?:a|an|any|the|sign|signs|smell|trace|evidence|of|real|actual|more|further|longer|such|risk|"
    r"danger|actually|longer any|has|have|had|is|was|were|been|got|gotten|getting|become|fallen|felt|feeling|"
    r"yet|ever|of us|in the house|here))*\s*$",
    "pl": r"(?:\bnie|\bbrak|\bbez|\bżadn\w*|\bani|\bnikt|\bnikomu|\bnikogo)"
    r"(?:\s+(?:było|ma|czuć|stwierdzono|wykryto|żadnego|żadnej|żadnych|śladu|oznak|jest|był|była|"
    r"poczuliśmy|czuliśmy|znaleziono|śladów|już|wcale))*\s*$",
    "ro": r"(?:\bnu|\bfără|\bniciun\w*|\bnicio|\bnimeni)"
    r"(?:\s+(?:a|am|au|s-a|fost|era|exista|există|simțit|găsit|nicio|niciun|vreo|vreun|pic|de|este|e|mai|"
    r"avut|fusese|ne|ii|îi|le|mă|ma|te|îl|il|o|afectează|afecteaza|afectat|s-au|s-a|îmbolnăvit|imbolnavit))*\s*$",
    "ar": r"(?<!\S)(?:لا|لم|ليس|ليست|بدون|دون|بلا|ما|مافي|مفيش|مش)"
    r"(?:\s+(?:يوجد|توجد|يكن|تكن|هناك|أي|اي|أية|هنالك|نشم|شممنا|يكون|فيه|في|أثر|علامة|نجد|وجد|وجدنا|نلاحظ|أبدا))*\s*$",
    "ur": r"(?<!\S)(?:بغیر|بنا)\s*$",
    "bn": r"(?<!\S)(?:ছাড়া)\s*$",
    "pa": r"(?<!\S)(?:ਬਿਨਾਂ)\s*$",
}

# Immediately after the match, in languages that put the negation last.
AFTER = {
    "pl": r"^\s*(?:już\s+)?nie\s+(?:było|ma|czuć|stwierdzono|wykryto|jest|był|była|wyczuliśmy|czuliśmy)\b",
    "ur": r"^\s*(?:(?:کی|کا|کے|تو|بھی|تھی|تھا|ہے|ملی|ملا|پائی|پایا|ہوئی|ہوا|محسوس|آئی|آ|رہی|رہا|کوئی)\s+){0,3}"
    rf"(?:نہیں|نہ)(?!{ARABIC_LETTER})",
    "bn": r"^\s*(?:(?:ছিল|পাওয়া|টের|হয়|কোনো|পাই|কোন)\s*){0,2}(?:নেই|না|যায়নি|পাইনি|ছিলনা|হয়নি|হয় নি|পাওয়া যায়নি)"
    rf"(?!{BENGALI_LETTER})",
    "pa": rf"^\s*(?:(?:ਸੀ|ਹੈ|ਮਿਲੀ|ਮਿਲਿਆ|ਆਈ|ਆਇਆ|ਆ|ਰਹੀ|ਰਿਹਾ|ਕੋਈ)\s+){{0,2}}(?:ਨਹੀਂ|ਨਹੀ|ਨਾ)(?!{GURMUKHI_LETTER})",
}

# Anywhere in the same clause: "all was fine", "false alarm", "no danger".
REASSURED = {
    "en": r"\b(?:all|everything|it) (?:was|is|were|'s|turned out) (?:fine|ok|okay|safe|sorted|good|alright|all right)\b|"
    r"\bfalse alarm\b|\bnothing (?:was )?(?:wrong|dangerous|found|to worry)\b|"
    r"\bno (?:danger|leak|problem|issue|risk|fault)s? (?:was |were )?(?:found|detected|at all)\b|"
    r"\bturned out (?:to be )?(?:fine|nothing|ok|safe)\b|\bno danger\b|\b(?:perfectly|completely) safe\b|"
    r"\b(?:all|everything|fully|long since|since) (?:was |were |has |have )?(?:been )?(?:repaired|fixed|replaced|sorted)\b|"
    r"\b(?:they|it|all|both) (?:all )?work(?:s|ed|ing)?(?: fine| properly| perfectly)?(?: now)?\s*(?:[.!]|$)|"
    r"\b(?:hasn'?t|has not|haven'?t|have not|never) (?:tripped|sparked|blown|leaked|cracked)(?: (?:once|since|again))",
    "pl": r"wszystko (?:było |jest |zostało )?(?:w porządku|ok|dobrze|bezpieczn\w*|naprawion\w*)|fałszyw\w* alarm\w*|"
    r"nic (?:się )?nie (?:było|stało|wykryto|znaleziono)|nie ma (?:żadnego )?zagrożenia|brak zagrożenia",
    "ro": r"totul (?:a fost |era |e |este )?(?:în regulă|ok|bine|sigur|reparat)|alarmă falsă|"
    r"nu (?:a fost|era|este|e) (?:niciun |nici un )?pericol|niciun pericol|nu s-a găsit nimic",
    "ar": r"كل (?:شيء|شي) (?:كان )?(?:سليم|سليما|بخير|على ما يرام|تمام|آمن)|(?:تصلح|اتصلح|انصلح|تم إصلاح)\S* كل (?:شيء|شي)|كل (?:شيء|شي) (?:تصلح|اتصلح|انصلح)|إنذار كاذب|لا يوجد (?:أي )?خطر|لا خطر|"
    r"لم يجد\S* (?:أي )?(?:شيء|تسرب|مشكلة)|ليس هناك (?:أي )?خطر",
    "ur": r"سب (?:کچھ )?ٹھیک|کوئی خطرہ نہیں|کچھ (?:غلط )?نہیں (?:ملا|نکلا)|جھوٹا الارم",
    "bn": r"সব (?:কিছু )?ঠিক|সব (?:কিছু )?মেরামত|কোনো বিপদ নেই|কোন বিপদ নেই|কিছুই পাওয়া যায়নি|কোনো সমস্যা নেই|মিথ্যা অ্যালার্ম",
    "pa": r"ਸਭ ਕੁਝ ਠੀਕ|ਸਭ ਠੀਕ|ਕੋਈ ਖਤਰਾ ਨਹੀਂ|ਕੋਈ ਖ਼ਤਰਾ ਨਹੀਂ|ਕੁਝ ਨਹੀਂ ਮਿਲਿਆ|ਕੋਈ ਸਮੱਸਿਆ ਨਹੀਂ",
}

# A reassurance covers what comes before it in the sentence ("a gas leak, but it was a false
# alarm") but not what follows a "but" ("all was fine, but then the gas leak came back").
SENTENCE_BREAK = r"[.!?;\n؟۔।]"
CLAUSE_BREAK = (
    r"[.!?;\n؟۔।]|\b(?:but|however|although|though|then|ale|lecz|jednak|dar|însă|insa)\b|لكن|لیکن|مگر|কিন্তু|ਪਰ"
)
