"""OTHER_ID (version 2 of the marking) and identifiers written the way people write them.

Pure tests: each recogniser's ``find`` is called directly, or ``detect`` where the
merging matters. Every example is invented for these tests.
"""

from __future__ import annotations

import pytest

from moderation.pii import ages, contact, detect, identifiers
from moderation.pii.spans import DATE_OF_BIRTH, EMAIL, OTHER_ID, PHONE


def spans(module, text: str, language: str = "en", kind: str | None = None) -> list[str]:
    return [text[s.start : s.end] for s in module.find(text, language) if kind is None or s.kind == kind]


def covered(text: str, value: str, language: str = "en") -> bool:
    """``detect`` covers every non-space character of ``value`` (where it first occurs)."""
    start = text.index(value)
    marks = [False] * len(text)
    for s in detect(text, language):
        for i in range(s.start, s.end):
            marks[i] = True
    return all(marks[i] for i in range(start, start + len(value)) if not text[i].isspace())


# ------------------------------------------------------------------ OTHER_ID

OTHER_IDS = [
    # NHS numbers, any digits
    ("en", "The GP letter gave her NHS number, 943 476 5919, to the housing officer.", "943 476 5919"),
    ("en", "nhs no 485-777-3456 for my dad", "485-777-3456"),
    ("en", "My NHS number is 4857773456 if you need it.", "4857773456"),
    ("ar", "رقم NHS الخاص بابني هو ٤٨٥ ٧٧٧ ٣٤٥٦ كما في الرسالة.", "٤٨٥ ٧٧٧ ٣٤٥٦"),
    ("bn", "আমার মেয়ের NHS নম্বর ৪৮৫ ৭৭৭ ৩৪৫৬ চিঠিতে লেখা ছিল।", "৪৮৫ ৭৭৭ ৩৪৫৬"),
    ("ur", "میرا NHS نمبر ۴۸۵ ۷۷۷ ۳۴۵۶ ہے۔", "۴۸۵ ۷۷۷ ۳۴۵۶"),
    ("pa", "ਮੇਰਾ NHS ਨੰਬਰ ੪੮੫ ੭੭੭ ੩੪੫੬ ਹੈ।", "੪੮੫ ੭੭੭ ੩੪੫੬"),
    # vehicle registrations
    ("en", "A white van, KM19 XPT, was left on the verge for a month.", "KM19 XPT"),
    ("en", "his old banger (P412 LRB) leaks oil on the bays", "P412 LRB"),
    ("en", "the car is a silver one, reg ab12cde, always on the pavement", "ab12cde"),
    ("en", "he parks his car, yt07 hgf, across my drive", "yt07 hgf"),
    ("en", "numberplate LHZ 412K on the caravan", "LHZ 412K"),
    ("pl", "Sąsiad zostawia samochód WX12 ABC pod moim oknem.", "WX12 ABC"),
    ("ro", "Mașina vecinului, BD63 KLM, blochează intrarea.", "BD63 KLM"),
    ("ar", "يركن جاري سيارته LM68 RTY أمام الباب كل يوم.", "LM68 RTY"),
    ("ur", "ہمسائے کی گاڑی FG15 HJK ہمارے دروازے کے سامنے کھڑی رہتی ہے۔", "FG15 HJK"),
    ("bn", "পাশের বাসার গাড়ি NP66 WQE আমাদের দরজার সামনে থাকে।", "NP66 WQE"),
    ("pa", "ਗੁਆਂਢੀ ਦੀ ਵੈਨ RT21 OPL ਸਾਡੇ ਘਰ ਅੱਗੇ ਖੜ੍ਹੀ ਰਹਿੰਦੀ ਹੈ।", "RT21 OPL"),
    # social handles and profile addresses
    ("en", "She posts the damp photos as @tina_w88 every week.", "@tina_w88"),
    ("en", "follow @gary.fixes.it for updates", "@gary.fixes.it"),
    ("en", "my handle is maggie_e9 on insta", "maggie_e9"),
    ("en", "you can find me as bex.k.1990 on tiktok", "bex.k.1990"),
    ("en", "See instagram.com/tina.w88 for the pictures.", "instagram.com/tina.w88"),
    (
        "en",
        "Her page https://www.facebook.com/tina.walsh.77 has the video.",
        "https://www.facebook.com/tina.walsh.77",
    ),
    ("en", "All my links: linktr.ee/tinaw.", "linktr.ee/tinaw"),
    ("en", "I blog about it at mouldymaisonette.example.co.uk now.", "mouldymaisonette.example.co.uk"),
    ("en", "on x.com/jo_b_43 I posted the letter", "x.com/jo_b_43"),
    ("pl", "Mój profil to @ewa.mieszka.tu na Instagramie.", "@ewa.mieszka.tu"),
    ("bn", "আমার অ্যাকাউন্ট @rina.bakes থেকে মেসেজ দিলাম।", "@rina.bakes"),
    ("ar", "كتبت من حسابي @salma_h92 على إنستغرام.", "@salma_h92"),
    # passports, identity cards, residence permits
    ("en", "They asked for my passport number, 123456789, over the phone.", "123456789"),
    ("en", "My BRP number is ZX1234567 and it was on the form.", "ZX1234567"),
    ("en", "my residence permit number is rk 552 8813 and they lost it", "rk 552 8813"),
    ("pl", "Podałam numer dowodu osobistego ABC 123456 urzędnikowi.", "ABC 123456"),
    ("ro", "Le-am dat seria și numărul buletinului: RX 445566.", "RX 445566"),
    ("ar", "طلبوا رقم جواز السفر ٥٤٨٢١٩٣٠٧ مرة أخرى.", "٥٤٨٢١٩٣٠٧"),
    ("ur", "انہوں نے میرا پاسپورٹ نمبر 548219307 مانگا۔", "548219307"),
    ("bn", "তারা আমার পাসপোর্ট নম্বর ৫৪৮২১৯৩০৭ চেয়েছিল।", "৫৪৮২১৯৩০৭"),
    ("pa", "ਉਨ੍ਹਾਂ ਨੇ ਮੇਰਾ ਪਾਸਪੋਰਟ ਨੰਬਰ 548219307 ਮੰਗਿਆ।", "548219307"),
    # bank details
    ("en", "sort code 20-45-77 and account number 41234567 for the refund", "20-45-77"),
    ("en", "sort code 20-45-77 and account number 41234567 for the refund", "41234567"),
    ("en", "They paid it into the account ending 0412 by mistake.", "0412"),
    ("en", "bank details: 30 94 51, acc no 1234 5678", "1234 5678"),
    ("en", "my IBAN is GB33 BUKB 2020 1555 5555 55", "GB33 BUKB 2020 1555 5555 55"),
    ("pl", "Numer konta: 12 3456 7890 1234 5678 9012 3456.", "12 3456 7890 1234 5678 9012 3456"),
    ("ro", "Contul meu se termină în 7731 la banca.", "7731"),
    ("pa", "ਮੇਰਾ ਸੌਰਟ ਕੋਡ 20-45-77 ਅਤੇ ਖਾਤਾ ਨੰਬਰ 41234567 ਹੈ।", "20-45-77"),
    ("ar", "رقم الحساب 41234567 ورمز الفرز 20-45-77.", "41234567"),
    ("bn", "আমার পাসপোর্ট নম্বর BX7712345 দিয়েছিলাম।", "BX7712345"),
    ("pl", "Mój nick na Instagramie to ewa_k88.", "ewa_k88"),
    ("ur", "میرا ٹک ٹاک اکاؤنٹ @zara_home ہے۔", "@zara_home"),
]


@pytest.mark.parametrize(("language", "text", "value"), OTHER_IDS)
def test_other_identifiers_are_found(language, text, value):
    assert covered(text, value, language), (
        value,
        [(text[s.start : s.end], s.kind) for s in detect(text, language)],
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("follow @gary.fixes.it for updates", "@gary.fixes.it"),
        ("my handle is maggie_e9 on insta", "maggie_e9"),
        ("sort code 20-45-77, account 41234567.", "20-45-77"),
        ("sort code 20-45-77, account 41234567.", "41234567"),
        ("the account ending 0412 was emptied", "0412"),
        ("My passport number is 123456789.", "123456789"),
        ("His reg is KM19 XPT.", "KM19 XPT"),
        ("See instagram.com/tina.w88.", "instagram.com/tina.w88"),
    ],
)
def test_other_id_span_is_the_value_only(text, value):
    assert value in spans(identifiers, text, kind=OTHER_ID)


NOT_OTHER_IDS = [
    "We paid £1,250.00 in rent arrears and 12.5% interest by 10.30am.",
    "The meeting was on 12-03-24 at the community hall.",
    "It took 3 weeks, 2 days and 45 minutes; in 2019, 2020 and 2021 nothing changed.",
    "I live in flat 12 on the 4th floor and my door is number 7.",
    "Email me at the office or send it to the council, they said.",
    "The file was photo.jpg and the letter was letter.pdf, e.g. the usual.",
    "We went to the shop at 5 pm, ok. so the man said no.",
    "I will be at home all day, at work on Monday and at the school at three.",
    "The boiler is a Worcester 30i and the radiator is 600 by 1200.",
    "I said @ the meeting that the @ sign does not work on their form.",
    "Look at gov.uk or www.housing-ombudsman.org.uk for the rules.",
    "The car was parked at the end of the road for two weeks.",
    "We had to move the van and the car for the scaffolding.",
]


@pytest.mark.parametrize("text", NOT_OTHER_IDS)
def test_ordinary_text_is_not_an_other_id(text):
    assert spans(identifiers, text) == []


# ----------------------------------------------------------- written out

WRITTEN_OUT = [
    ("en", "email me: p dot kowal at example dot com", "p dot kowal at example dot com", EMAIL),
    ("en", "it's rfinch [at] example [dot] co [dot] uk", "rfinch [at] example [dot] co [dot] uk", EMAIL),
    ("en", "my address is sam_t (at) example (dot) org thanks", "sam_t (at) example (dot) org", EMAIL),
    ("en", "write to dee.h at gmail dot com", "dee.h at gmail dot com", EMAIL),
    (
        "pl",
        "Mój e-mail to anna kropka nowak małpa example kropka pl.",
        "anna kropka nowak małpa example kropka pl",
        EMAIL,
    ),
    (
        "ro",
        "Adresa mea este ion punct pop arond example punct ro.",
        "ion punct pop arond example punct ro",
        EMAIL,
    ),
    (
        "en",
        "my mobile is oh seven seven double oh nine hundred one two three",
        "oh seven seven double oh nine hundred one two three",
        PHONE,
    ),
    (
        "en",
        "ring zero one one three, four nine six, zero zero zero two",
        "zero one one three, four nine six, zero zero zero two",
        PHONE,
    ),
    ("en", "call 07700 nine double oh one two three", "07700 nine double oh one two three", PHONE),
]


@pytest.mark.parametrize(("language", "text", "value", "kind"), WRITTEN_OUT)
def test_identifiers_written_out(language, text, value, kind):
    assert value in spans(contact, text, language, kind=kind)


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("en", "Call +44 (0)20 7946 0321 today.", "+44 (0)20 7946 0321"),
        ("en", "Call 07700-900-456 today.", "07700-900-456"),
        ("ar", "رقم هاتفي ٠٧٧٠٠ ٩٠٠١٢٣ للتواصل.", "٠٧٧٠٠ ٩٠٠١٢٣"),
        ("ur", "میرا نمبر ۰۷۷۰۰ ۹۰۰۱۲۳ ہے۔", "۰۷۷۰۰ ۹۰۰۱۲۳"),
        ("bn", "আমার ফোন ০৭৭০০ ৯০০১২৩।", "০৭৭০০ ৯০০১২৩"),
        ("pa", "ਮੇਰਾ ਫ਼ੋਨ ੦੭੭੦੦ ੯੦੦੧੨੩ ਹੈ।", "੦੭੭੦੦ ੯੦੦੧੨੩"),
        ("en", "We are at e98lp, near the park.", "e98lp"),
        ("en", "NI number qq 12 34 56 c on the form", "qq 12 34 56 c"),
    ],
)
def test_numbers_as_people_type_them(language, text, value):
    assert covered(text, value, language)


NOT_WRITTEN_OUT = [
    "I was at home at nine and at work at ten, one or two times a week.",
    "We looked at example houses dot by dot.",
    "one two three four, the kids sang, five six seven eight",
    "It cost two hundred and fifty pounds, nine or ten times over the year.",
]


@pytest.mark.parametrize("text", NOT_WRITTEN_OUT)
def test_ordinary_words_are_not_contacts(text):
    assert spans(contact, text) == []


# --------------------------------------------------------- dates of birth

DOBS = [
    ("en", "I was born on the fifth of November 1979 in Leeds.", "fifth of November 1979"),
    ("en", "The twins were born on the twenty-third of May 2018.", "twenty-third of May 2018"),
    ("en", "DOB 3/3/87, and my NI number is on file.", "3/3/87"),
    ("en", "born in nineteen eighty-seven, like my cousin", "nineteen eighty-seven"),
    ("pl", "Urodziłam się trzeciego marca 1987 roku.", "trzeciego marca 1987"),
    ("ro", "M-am născut pe 12 mai 1990 la Iași.", "12 mai 1990"),
    ("ar", "تاريخ ميلادي ١٢ مارس ١٩٨٥.", "١٢ مارس ١٩٨٥"),
    ("ur", "میری تاریخ پیدائش ۱۲ مارچ ۱۹۸۵ ہے۔", "۱۲ مارچ ۱۹۸۵"),
    ("bn", "আমার জন্ম তারিখ ১২ মার্চ ১৯৮৫।", "১২ মার্চ ১৯৮৫"),
    ("pa", "ਮੇਰੀ ਜਨਮ ਮਿਤੀ ੧੨ ਮਾਰਚ ੧੯੮੫ ਹੈ।", "੧੨ ਮਾਰਚ ੧੯੮੫"),
]


@pytest.mark.parametrize(("language", "text", "value"), DOBS)
def test_dates_of_birth_in_words_and_native_digits(language, text, value):
    found = spans(ages, text, language, kind=DATE_OF_BIRTH)
    assert any(value in f or f in value and len(f) >= 0.8 * len(value) for f in found), found


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("bn", "আমার মেয়ে তিন বছরের।", "তিন বছরের"),
        ("ur", "میری بیٹی تین سال کی ہے۔", "تین سال"),
        ("ar", "ابنتي عمرها ثلاث سنوات.", "ثلاث سنوات"),
        ("en", "a 6-month-old baby and my 3 year old", "6-month-old"),
    ],
)
def test_ages_said_in_words(language, text, value):
    assert covered(text, value, language)


def test_word_age_after_a_name():
    text = "Maisie is eleven and at the primary, Rory is nine."
    assert {"eleven", "nine"} <= set(spans(ages, text))
