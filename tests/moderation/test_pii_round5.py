"""Round 5: kinds of miss found on a fifth batch of fresh stories (invented sentences only)."""

import pytest

from moderation.pii import detect

from .pii_cases import covered


@pytest.mark.parametrize(
    "language,text,part",
    [
        # e-mails said in words, numbers in the local part, host and domain in the story's script
        (
            "en",
            "My son made me an email, it's mavis dot kerr seventy-one at hotmail dot com.",
            "mavis dot kerr seventy-one at hotmail dot com",
        ),
        (
            "pl",
            "Mój mail: zofia kropka lis małpa onet kropka pl, proszę pisać.",
            "zofia kropka lis małpa onet kropka pl",
        ),
        (
            "ro",
            "scrieți-mi la dana punct rusu optzeci at gmail punct com mulțumesc",
            "dana punct rusu optzeci at gmail punct com",
        ),
        (
            "ar",
            "وإيميلي سلمى دوت حداد تسعة واحد آت هوت ميل دوت كوم شكراً",
            "سلمى دوت حداد تسعة واحد آت هوت ميل دوت كوم",
        ),
        ("ur", "میری ای میل ہے، ثمینہ ڈاٹ بٹ چالیس ایٹ یاہو ڈاٹ کام۔", "ثمینہ ڈاٹ بٹ چالیس ایٹ یاہو ڈاٹ کام"),
        (
            "bn",
            "আমার ইমেইল, শিউলি ডট বেগম সিক্সটি টু অ্যাট জিমেইল ডট কম।",
            "শিউলি ডট বেগম সিক্সটি টু অ্যাট জিমেইল ডট কম",
        ),
        ("pa", "ਮੇਰੀ ਈਮੇਲ, ਗੁਰਨਾਮ ਕੌਰ ਸੱਤਰ ਐਟ ਜੀਮੇਲ ਡਾਟ ਕਾਮ ਹੈ।", "ਗੁਰਨਾਮ ਕੌਰ ਸੱਤਰ ਐਟ ਜੀਮੇਲ ਡਾਟ ਕਾਮ"),
        # references read out as letter names and digit words
        (
            "en",
            "The repair number, wait a second, it's B, one one seven, two nine four.",
            "B, one one seven, two nine four",
        ),
        (
            "pl",
            "Sygnatura sprawy: K jak Kasia, trzy, osiem, jeden, pięć, dwa.",
            "K jak Kasia, trzy, osiem, jeden, pięć, dwa",
        ),
        (
            "ro",
            "numărul dosarului este M T, unu, opt, trei, șapte, nouă.",
            "M T, unu, opt, trei, șapte, nouă",
        ),
        ("ar", "رقم الملف: إم تي، ثلاثة، ستة، واحد، سبعة، اثنين.", "إم تي، ثلاثة، ستة، واحد، سبعة، اثنين"),
        ("ur", "کیس نمبر لکھیں، پی کے، پانچ، دو، آٹھ، تین، چھ۔", "پی کے، پانچ، دو، آٹھ، تین، چھ"),
        ("bn", "কেস নম্বর হল, ডি এস, টু, সিক্স, নাইন, ওয়ান, ফাইভ।", "ডি এস, টু, সিক্স, নাইন, ওয়ান, ফাইভ"),
        ("pa", "ਕੇਸ ਨੰਬਰ, ਐਮ ਆਰ, ਪੰਜ, ਤਿੰਨ, ਅੱਠ, ਦੋ, ਛੇ।", "ਐਮ ਆਰ, ਪੰਜ, ਤਿੰਨ, ਅੱਠ, ਦੋ, ਛੇ"),
        # postcodes spelt out
        ("en", "Postcode is N W ten, six B T.", "N W ten, six B T"),
        ("ur", "پوسٹ کوڈ بی ڈی تین، پانچ ایچ وائی ہے۔", "بی ڈی تین، پانچ ایچ وائی"),
    ],
)
def test_identifiers_said_in_words(language, text, part):
    assert covered(text, language, part)


@pytest.mark.parametrize(
    "language,text",
    [
        ("en", "We met at the dot of nine at the hall; I was at home by ten."),
        ("ar", "جاء في ٢، ٩، ١٦ من الشهر أو في ٣ منه."),
        ("en", "I rang at 9, 10 and 11 and nobody answered at all."),
        ("ur", "وہ دو، تین، چار دن کے بعد آئے۔"),
    ],
)
def test_not_identifiers_in_words(language, text):
    assert not [s for s in detect(text, language) if s.kind in ("EMAIL", "REFERENCE", "POSTCODE")]


@pytest.mark.parametrize(
    "language,text,part",
    [
        # ages in words in every number form, and the Urdu "برس"
        ("ur", "میری عمر اکہتر سال ہے اور میں اکیلی رہتی ہوں۔", "اکہتر سال"),
        ("ur", "مریض: نسیم اختر، عمر چوراسی برس۔", "چوراسی برس"),
        ("bn", "আমার মায়ের বয়স তিয়াত্তর বছর, উনি খুব অসুস্থ।", "তিয়াত্তর বছর"),
        ("pa", "ਮੈਂ ਸਤਾਰ੍ਹਾਂ ਸਾਲ ਦਾ ਹਾਂ ਅਤੇ ਦਾਦੀ ਲਈ ਲਿਖ ਰਿਹਾ ਹਾਂ।", "ਸਤਾਰ੍ਹਾਂ ਸਾਲ"),
        ("pa", "ਮੇਰੀ ਉਮਰ ਬਹੱਤਰ ਸਾਲ ਹੈ।", "ਬਹੱਤਰ ਸਾਲ"),
        # romanised Urdu and Bengali
        ("ur", "Mera beta sirf 6 saal ka hai aur usay khansi hai.", "6 saal"),
        ("bn", "amar chele rafi 9 bochor, o sara raat kashe.", "9 bochor"),
        # Romanian: a possessive between the relation and the age; an age closing a sentence after a name
        ("ro", "Fetița mea de 5 ani doarme în sufragerie.", "5 ani"),
        ("ro", "Acasă sunt soțul meu, Vlad, 14 luni.", "14 luni"),
    ],
)
def test_ages(language, text, part):
    assert covered(text, language, part)


@pytest.mark.parametrize(
    "language,text",
    [
        ("ur", "Hum yahan pichle 6 saal se reh rahe hain."),
        ("bn", "amra 9 bochor dhore ei flat e achi."),
        ("ro", "Locuim aici de 7 ani și nimeni nu a reparat nimic."),
    ],
)
def test_durations_are_not_ages(language, text):
    assert not [s for s in detect(text, language) if s.kind == "AGE"]


@pytest.mark.parametrize(
    "language,text,part",
    [
        (
            "en",
            "They need my date of birth, so here it is: the ninth of March nineteen sixty-one.",
            "ninth of March nineteen sixty-one",
        ),
        (
            "en",
            "Born on the third of June, nineteen forty-eight, in Leeds.",
            "third of June, nineteen forty-eight",
        ),
        ("ro", "Copiii, născuți pe 14.02.2017, dorm cu noi.", "14.02.2017"),
    ],
)
def test_dates_of_birth(language, text, part):
    assert covered(text, language, part)


@pytest.mark.parametrize(
    "language,text,part",
    [
        # a place named by the street it stands on, after a locating word
        ("en", "we live above the chippy on marsh lane, flat 2", "chippy on marsh lane"),
        ("en", "Our flat is behind the old Crown on Kettle Street.", "Crown on Kettle Street"),
        ("pl", "mieszkamy obok biedronki na hollis road od roku", "biedronki na hollis road"),
        # a block of a named estate
        ("en", "We are in Block D of the Fernlea estate, third floor.", "Block D of the Fernlea estate"),
        # house and flat numbers in words, in every script
        ("ro", "Stau la numărul patruzeci și doi de pe Alder Road.", "numărul patruzeci și doi"),
        ("pl", "Mieszkam na Garth Street trzydzieści jeden.", "trzydzieści jeden"),
        ("pl", "Wynajmuję pokój nr 3 w tym domu.", "pokój nr 3"),
        ("ro", "stau in blocul din spate, ap 12, etajul doi", "ap 12"),
        ("ar", "أسكن في شقة سبعة بالطابق الثاني.", "شقة سبعة"),
        ("ur", "ہم فلیٹ نمبر چودہ میں رہتے ہیں۔", "فلیٹ نمبر چودہ"),
        ("bn", "আমরা থাকি তেরো নম্বর Elm Walk-এ।", "তেরো নম্বর"),
        ("bn", "আমরা থাকি এস্টেটের ব্লক ডি-তে।", "ব্লক ডি"),
        ("pa", "ਅਸੀਂ ਪੱਚੀ ਨੰਬਰ Birch Road ਤੇ ਰਹਿੰਦੇ ਹਾਂ।", "ਪੱਚੀ ਨੰਬਰ"),
    ],
)
def test_addresses(language, text, part):
    assert covered(text, language, part)


@pytest.mark.parametrize(
    "language,text",
    [
        ("en", "The bus was late again and the rain on the roof kept us up."),
        ("ro", "Am sunat de numărul de telefon de trei ori."),
        ("ar", "الشقة باردة جداً ونحن تسعة أشخاص."),
    ],
)
def test_not_addresses(language, text):
    # a street named alone is still flagged: these have none
    assert not [s for s in detect(text, language) if s.kind == "ADDRESS"]


def test_a_bus_on_a_street_is_not_a_landmark():
    text = "The bus on Mill Road was late again."
    assert not any(s.start <= text.index("bus") < s.end for s in detect(text, "en"))


@pytest.mark.parametrize(
    "language,text,part",
    [
        # a surname that is also a word or a town, closing a name after a known given name
        ("pl", "Świadek, pan Tadeusz Kruk, widział przeciek.", "Tadeusz Kruk"),
        ("ro", "Sunt Ionel Bucur, administrator la firma de curățenie.", "Ionel Bucur"),
        ("en", "Hello, I'm Maureen Buxton. I live on the top floor.", "Maureen Buxton"),
        # a name after a contact or author label
        ("pl", "Kontakt: Bożena Wrona, 0113 496 0011.", "Bożena Wrona"),
        ("ro", "Întocmit de: Viorica Lungu, asistent social.", "Viorica Lungu"),
    ],
)
def test_names_by_context(language, text, part):
    assert covered(text, language, part)


@pytest.mark.parametrize(
    "language,text,word",
    [
        ("en", "I told Anna on Monday, and she rang the office.", "Monday"),
        ("en", "I'm Sarah. Leeds is where I grew up.", "Leeds"),
        ("pl", "Kontakt: przez biuro, w godzinach pracy.", "biuro"),
    ],
)
def test_words_beside_names_stay_words(language, text, word):
    start = text.index(word)
    assert not any(s.start <= start < s.end for s in detect(text, language))
