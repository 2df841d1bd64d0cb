"""Invented sentences for identifiers said or written the way people say them, in every
language: phone numbers in number words, ages with native digits and fractions, dates of
birth in words, account endings, references written in spaced groups."""

from __future__ import annotations

import pytest

from moderation.pii import detect


def spans(text: str, language: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.kind) for s in detect(text, language)]


def covered(text: str, language: str, value: str) -> bool:
    start = text.index(value)
    end = start + len(value)
    inside = sum(max(0, min(end, s.end) - max(start, s.start)) for s in detect(text, language))
    return inside >= 0.8 * len(value)


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        (
            "pl",
            "Proszę dzwonić: zero siedem siedem zero zero, dziewięćset, sto dwadzieścia trzy.",
            "zero siedem siedem zero zero, dziewięćset, sto dwadzieścia trzy",
        ),
        (
            "ro",
            "Sunați-mă la zero șapte șapte zero zero, nouă sute, patru sute zece.",
            "zero șapte șapte zero zero, nouă sute, patru sute zece",
        ),
        (
            "en",
            "Ring me: oh seven seven double oh, nine hundred, three hundred and forty.",
            "oh seven seven double oh, nine hundred, three hundred and forty",
        ),
        (
            "ur",
            "Number likh lo: zero saat saat zero zero, nau sau, teen sau bees. Shukriya",
            "zero saat saat zero zero, nau sau, teen sau bees",
        ),
        (
            "ur",
            "میرا فون: زیرو سیون سیون ڈبل زیرو، نائن ڈبل زیرو، ٹو ون سکس۔",
            "زیرو سیون سیون ڈبل زیرو، نائن ڈبل زیرو، ٹو ون سکس",
        ),
        (
            "ar",
            "اتصلوا بي: صفر سبعة سبعة صفر صفر، تسعة صفر صفر، اتنين خمسة تمانية.",
            "صفر سبعة سبعة صفر صفر، تسعة صفر صفر، اتنين خمسة تمانية",
        ),
        (
            "pa",
            "ਫ਼ੋਨ ਕਰੋ: ਜ਼ੀਰੋ ਸੱਤ ਸੱਤ ਡਬਲ ਜ਼ੀਰੋ, ਨੌਂ ਡਬਲ ਜ਼ੀਰੋ, ਪੰਜ ਚਾਰ ਇੱਕ। ਧੰਨਵਾਦ",
            "ਜ਼ੀਰੋ ਸੱਤ ਸੱਤ ਡਬਲ ਜ਼ੀਰੋ, ਨੌਂ ਡਬਲ ਜ਼ੀਰੋ, ਪੰਜ ਚਾਰ ਇੱਕ",
        ),
    ],
)
def test_phone_numbers_in_number_words(language, text, value):
    assert covered(text, language, value), spans(text, language)


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("ar", "ابنتي سلمى (٨ عامًا) تمرض كثيرًا.", "٨ عامًا"),
        ("ar", "جارتي، عندها ٧١ سنة، تعيش وحدها.", "٧١ سنة"),
        ("ar", "الاسم: هدى، سورية، ٤٥ سنة\nالعنوان: غير معروف", "٤٥ سنة"),
        ("ur", "میری بیٹی کی عمر ڈھائی سال ہے۔", "ڈھائی سال"),
        ("bn", "আমি রিয়া, এখন ১৪ বছর, স্কুলে পড়ি।", "১৪ বছর"),
        ("pa", "ਮੇਰਾ ਪੋਤਾ ਡੇਢ ਸਾਲ ਦਾ ਹੈ।", "ਡੇਢ ਸਾਲ"),
        ("pl", "synek ma 9 miesiecy i kaszle", "9 miesiecy"),
        ("ro", "fiul nostru e de 4 ani si tuseste", "4 ani"),
        ("en", "the baby was crying all night, shes 2. we cant sleep", "2"),
    ],
)
def test_ages_in_every_script(language, text, value):
    assert covered(text, language, value), spans(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ar", "انتظرنا منذ ٣ سنوات، ولا شيء."),
        ("ar", "انتظرنا خمسة أشهر."),
        ("bn", "গত ২ বছর, কেউ আসেনি।"),
    ],
)
def test_durations_are_not_ages(language, text):
    assert [k for _, k in spans(text, language) if k == "AGE"] == []


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("pa", "ਮੇਰਾ ਜਨਮ ਪੰਜ ਜੂਨ ਉੱਨੀ ਸੌ ਚਾਲੀ। ਮੈਂ ਲੁਧਿਆਣੇ ਤੋਂ ਹਾਂ", "ਪੰਜ ਜੂਨ ਉੱਨੀ ਸੌ ਚਾਲੀ"),
        ("ur", "تاریخ پیدائش دس مارچ انیس سو پچاس ہے۔", "دس مارچ انیس سو پچاس"),
        (
            "ar",
            "ولدت في الخامس من آذار سنة ألف وتسعمائة وستين، في حلب.",
            "الخامس من آذار سنة ألف وتسعمائة وستين",
        ),
        ("bn", "আমার জন্ম দশই মে, উনিশশো পঞ্চাশ, ঢাকায়।", "দশই মে, উনিশশো পঞ্চাশ"),
        (
            "ro",
            "sunt născută pe unu mai o mie nouă sute cincizeci și trei, la Iași",
            "unu mai o mie nouă sute cincizeci și trei",
        ),
        ("ro", "Au cerut data nașterii tatei. 4 martie 1949, cred.", "4 martie 1949"),
    ],
)
def test_dates_of_birth_in_words(language, text, value):
    assert covered(text, language, value), spans(text, language)


def test_a_recent_date_is_not_a_date_of_birth():
    assert [k for _, k in spans("They came on 3 March 2024 and left.", "en") if k == "DATE_OF_BIRTH"] == []


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("en", "Our job number is KLM 310 552, nobody came.", "KLM 310 552"),
        ("bn", "রেফারেন্স TRH 4410 27 দিয়ে আবার লিখলাম", "TRH 4410 27"),
        ("ur", "ریفرنس نمبر ہے ABH 7731 02۔", "ABH 7731 02"),
    ],
)
def test_references_in_spaced_groups(language, text, value):
    assert covered(text, language, value), spans(text, language)


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("ro", "Banii au intrat în contul care se termina în 7781, nu în altul.", "7781"),
        ("ar", "سيتم التحويل إلى الحساب المنتهي بالرقم 4402 قريبًا.", "4402"),
        ("ur", "پیسے اس کھاتے میں گئے جس کے آخری ہندسے 5127 ہیں۔", "5127"),
        ("pa", "ਪੈਸੇ ਉਸ ਖਾਤੇ ਵਿੱਚ ਜਾਣਗੇ ਜਿਸਦੇ ਆਖ਼ਰੀ ਚਾਰ ਅੰਕ 6630 ਹਨ।", "6630"),
        ("en", "They refunded the card ending in 0925.", "0925"),
    ],
)
def test_account_endings(language, text, value):
    assert covered(text, language, value), spans(text, language)


def test_a_distance_after_ends_is_not_an_account():
    assert spans("The path ends in 300 metres at the gate.", "en") == []


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("en", "Address: Top floor flat, 12 Arden Crescent, LS6 2AB", "Top floor flat, 12 Arden Crescent"),
        ("en", "We are at Plot 7, Sunny Acres Caravan Site, near Hull.", "Plot 7, Sunny Acres Caravan Site"),
        ("pl", "Adres: mieszkanie 4, 22 Tanner Road, Leeds", "mieszkanie 4, 22 Tanner Road"),
        ("ar", "العنوان: الشقة ٣، 15 Elmwood Road، لندن", "الشقة ٣، 15 Elmwood Road"),
        ("bn", "ঠিকানা: ফ্ল্যাট ২, 30 Mill Lane, লন্ডন।", "ফ্ল্যাট ২, 30 Mill Lane"),
        ("pa", "ਪਤਾ: ਕਮਰਾ 5, 18 Oak Street, Derby", "ਕਮਰਾ 5, 18 Oak Street"),
        ("bn", "পাশের বাসার Rahim ভাই (12 নম্বর) সাহায্য করেন।", "12 নম্বর"),
        ("ar", "ابنتي في مدرسة Ysgol Pen y Bryn منذ سنتين.", "Ysgol Pen y Bryn"),
        ("ro", "Mergem duminica la Parohia Sf. Gheorghe din oraș.", "Parohia Sf. Gheorghe"),
    ],
)
def test_unit_parts_and_named_places(language, text, value):
    assert covered(text, language, value), spans(text, language)


def test_a_role_word_ending_a_sentence_is_not_a_title():
    text = "You do not need to go to a councillor. Later a neighbour told me what to do."
    assert [k for _, k in spans(text, "en") if k == "PERSON"] == []
    assert ("Smith", "PERSON") in spans("Then Cllr. Smith rang me.", "en")


def test_handle_as_a_verb_is_not_a_label():
    assert spans("We changed how we handle every damp report.", "en") == []
    assert ("jojo_22", "OTHER_ID") in spans("my handle is jojo_22 on insta", "en")


def test_word_lists_load_lazily_and_whole():
    from moderation.pii import names

    lists = names._lists()
    assert "smith" in lists["sur"] and "the" in lists["en"]
    assert set(lists) >= {"first", "sur", "en", "pl", "ro", "proper", "places"}
    assert lists.get("xx", frozenset()) == frozenset()
    assert "mera" in lists["ur"] and "amar" in lists["bn"]  # Roman Urdu, Banglish: hand lists


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("pl", "Imię i nazwisko: Bogumiła Wiśniewska\nAdres: nie podam", "Bogumiła Wiśniewska"),
        ("ro", "Anul trecut familia Stan a primit o scrisoare.", "Stan"),
        ("ro", "Nume: Lucia Ardelean\nTelefon: nu", "Lucia Ardelean"),
    ],
)
def test_name_fields_and_family_names(language, text, value):
    assert covered(text, language, value), spans(text, language)
