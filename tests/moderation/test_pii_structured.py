"""The structured recognisers (contact, references, addresses, ages) on invented examples.

Pure tests: no database, no detector merging; each ``find`` is called directly.
Every example is made up for these tests (names, numbers and streets are fictional).
"""

from __future__ import annotations

import random

import pytest

from moderation.pii import addresses, ages, contact, references
from moderation.pii.spans import (
    ADDRESS,
    AGE,
    DATE_OF_BIRTH,
    EMAIL,
    NI_NUMBER,
    PHONE,
    POSTCODE,
    REFERENCE,
    Span,
)

MODULES = {
    EMAIL: contact,
    PHONE: contact,
    POSTCODE: contact,
    NI_NUMBER: contact,
    REFERENCE: references,
    ADDRESS: addresses,
    AGE: ages,
    DATE_OF_BIRTH: ages,
}
ALL = (contact, references, addresses, ages)


def found(module, text: str, language: str = "en") -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.kind) for s in module.find(text, language)]


def covered(module, text: str, value: str, language: str = "en") -> bool:
    """True when the spans of ``module`` cover ``value`` (where it first occurs) entirely."""
    start = text.index(value)
    end = start + len(value)
    marks = [False] * len(text)
    for s in module.find(text, language):
        for i in range(s.start, s.end):
            marks[i] = True
    return all(marks[i] for i in range(start, end) if not text[i].isspace())


def span_of(module, text: str, kind: str, language: str = "en") -> list[str]:
    return [text[s.start : s.end].strip(" ,.;:") for s in module.find(text, language) if s.kind == kind]


# --------------------------------------------------------------------- found

POSITIVE = [
    # e-mail
    (
        EMAIL,
        "en",
        "write to p.okafor+repairs@mail.example.co.uk today",
        "p.okafor+repairs@mail.example.co.uk",
    ),
    (EMAIL, "en", "EMAIL: TOMASZ_W@EXAMPLE.COM.", "TOMASZ_W@EXAMPLE.COM"),
    (EMAIL, "ar", "راسلوني على hana.saleh@example.net، شكراً", "hana.saleh@example.net"),
    (EMAIL, "cy", "drwy e-bost at gwen.ffransis@example.cymru.", "gwen.ffransis@example.cymru"),
    # phones: every UK layout, drama ranges, international
    (PHONE, "en", "ring me on 07700 900 318 after six", "07700 900 318"),
    (PHONE, "en", "mobile 07700-900-318.", "07700-900-318"),
    (PHONE, "en", "mobile 07700.900.318.", "07700.900.318"),
    (PHONE, "en", "call 07700900318 now", "07700900318"),
    (PHONE, "en", "text +44 7700 900318 please", "+44 7700 900318"),
    (PHONE, "en", "text +44 (0) 7700 900318 please", "+44 (0) 7700 900318"),
    (PHONE, "en", "text +44(0)7700 900318 please", "+44(0)7700 900318"),
    (PHONE, "en", "from abroad 0044 7700 900318", "0044 7700 900318"),
    (PHONE, "en", "the office is (0113) 496 0555", "(0113) 496 0555"),
    (PHONE, "en", "the office is 020 7946 0321", "020 7946 0321"),
    (PHONE, "en", "repairs line 01632 960 552", "01632 960 552"),
    (PHONE, "en", "freephone 0808 157 0192", "0808 157 0192"),
    (PHONE, "en", "call 0300 123 4567 for help", "0300 123 4567"),
    (PHONE, "en", "Tel:0161-496-0123 (office)", "0161-496-0123"),
    (PHONE, "en", "or +1 (555) 010-9999 in the US", "+1 (555) 010-9999"),
    (PHONE, "pl", "mój numer w Polsce to +48 601 234 567", "+48 601 234 567"),
    (PHONE, "bn", "আমার নম্বর +880 1712-345678।", "+880 1712-345678"),
    (PHONE, "ur", "میرا نمبر ۰۷۷۰۰ ۹۰۰۳۱۸ ہے", "۰۷۷۰۰ ۹۰۰۳۱۸"),
    (PHONE, "bn", "ফোন ০৭৭০০ ৯০০৩১৮ নম্বরে", "০৭৭০০ ৯০০৩১৮"),
    (PHONE, "pa", "ਮੇਰਾ ਨੰਬਰ ੦੭੭੦੦ ੯੦੦੩੧੮ ਹੈ", "੦੭੭੦੦ ੯੦੦੩੧੮"),
    (PHONE, "ar", "هاتفي ٠٧٧٠٠ ٩٠٠٣١٨ مساءً", "٠٧٧٠٠ ٩٠٠٣١٨"),
    # postcodes: any case, with or without the space, inside other scripts
    (POSTCODE, "en", "Salford M6 8QT is where", "M6 8QT"),
    (POSTCODE, "en", "at B33 8TH.", "B33 8TH"),
    (POSTCODE, "en", "near EC1A 1BB,", "EC1A 1BB"),
    (POSTCODE, "en", "postcode sw1a1aa ok", "sw1a1aa"),
    (POSTCODE, "en", "postcode le2 0qj ok", "le2 0qj"),
    (POSTCODE, "en", "postcode CR26XH ok", "CR26XH"),
    (POSTCODE, "bn", "পোস্টকোড BD7 1QA। আমার", "BD7 1QA"),
    (POSTCODE, "ar", "الرمز البريدي NG7 2RT، حيث", "NG7 2RT"),
    (POSTCODE, "pa", "ਪਤਾ WV3 0BN ਵਿੱਚ", "WV3 0BN"),
    (POSTCODE, "en", "my postcode is LS6 and", "LS6"),
    # NI numbers with or without spaces, any case
    (NI_NUMBER, "en", "NI number: JT 47 20 91 C.", "JT 47 20 91 C"),
    (NI_NUMBER, "en", "my NI is JT472091C ok", "JT472091C"),
    (NI_NUMBER, "en", "they wanted qq 12 34 56 a on the form", "qq 12 34 56 a"),
    (NI_NUMBER, "en", "national insurance number PR-73-55-10-B", "PR-73-55-10-B"),
    (NI_NUMBER, "pl", "numer ubezpieczenia KZ 66 01 38 D bo", "KZ 66 01 38 D"),
    (NI_NUMBER, "en", "National Insurance number AB123456 was asked for", "AB123456"),
    # references: the value only
    (REFERENCE, "en", "my tenancy ref is 4410927 and", "4410927"),
    (REFERENCE, "en", "quoting complaint number: C-10492.", "C-10492"),
    (REFERENCE, "en", "our repair job no. 7781234 was closed", "7781234"),
    (REFERENCE, "en", "housing register number HR-004512 shows", "HR-004512"),
    (REFERENCE, "en", "Housing Ombudsman case 202312345 found", "202312345"),
    (REFERENCE, "en", "the ASB case reference was TH/ASB/0412.", "TH/ASB/0412"),
    (REFERENCE, "en", "case number: 2023/4471 was", "2023/4471"),
    (REFERENCE, "en", "nobody quoted HOS-2024-00981 back to me", "HOS-2024-00981"),
    (REFERENCE, "en", "my file CMP/61107 vanished", "CMP/61107"),
    (REFERENCE, "en", "logged as ASB 3170-M last week", "ASB 3170-M"),
    (REFERENCE, "en", "see REF 55021 on the letter", "REF 55021"),
    (REFERENCE, "en", "ticket #88214 again", "88214"),
    (REFERENCE, "en", "our tenancy number (TN 44812) is on the letter", "TN 44812"),
    (REFERENCE, "en", "I quoted 300518227 every single time", "300518227"),
    (REFERENCE, "en", "UPRN 100023336956 is on the bill", "100023336956"),
    (REFERENCE, "en", "Our ref: 2024/10/0771 applies", "2024/10/0771"),
    (REFERENCE, "en", "my NHS number 401 023 2137 was read out", "401 023 2137"),
    (REFERENCE, "pl", "Mój numer najmu to 6620018, a", "6620018"),
    (REFERENCE, "ro", "Numărul meu de chiriaș este 4410982.", "4410982"),
    (REFERENCE, "ar", "رقم الإيجار الخاص بي ٥٥٠٢١٩٨ لم", "٥٥٠٢١٩٨"),
    (REFERENCE, "cy", "Fy rhif tenantiaeth yw 7702913.", "7702913"),
    (REFERENCE, "pl", "numer zgłoszenia 55/2024/NW i", "55/2024/NW"),
    (REFERENCE, "ro", "numărul dosarului 12345/2023 a", "12345/2023"),
    (REFERENCE, "ar", "رقم الشكوى ٤٥٦٧٨ ولم", "٤٥٦٧٨"),
    (REFERENCE, "ur", "کیس نمبر LW-33018 ہے", "LW-33018"),
    (REFERENCE, "bn", "রেফারেন্স নম্বর HH-77812 দেওয়া হয়েছে", "HH-77812"),
    (REFERENCE, "pa", "ਹਵਾਲਾ ਨੰਬਰ CMP-44120 ਮਿਲਿਆ", "CMP-44120"),
    (REFERENCE, "cy", "y cyfeirnod CYF-2024-118 ar y llythyr", "CYF-2024-118"),
    # addresses
    (ADDRESS, "en", "we live at 12a Mill Lane, Oldham", "12a Mill Lane"),
    (ADDRESS, "en", "I'm in Flat 3B, 27 Hawthorn Avenue, Leeds", "Flat 3B, 27 Hawthorn Avenue"),
    (ADDRESS, "en", "Apartment 14, Riverside Court is damp", "Apartment 14, Riverside Court"),
    (ADDRESS, "en", "the house at 45-47 Church Street leaks", "45-47 Church Street"),
    (ADDRESS, "en", "we rent number 9 Elm Grove from them", "9 Elm Grove"),
    (ADDRESS, "en", "my neighbour on Bramble Close complained", "Bramble Close"),
    (ADDRESS, "en", "everyone on the Lakeside estate knows", "Lakeside estate"),
    (ADDRESS, "en", "the lifts in Nightingale Tower failed", "Nightingale Tower"),
    (ADDRESS, "en", "I live in Wordsworth House with my kids", "Wordsworth House"),
    (ADDRESS, "en", "me at flat 6 oakfield road b12 9qq", "flat 6 oakfield road"),
    (ADDRESS, "en", "we moved to 12 The Green in May", "12 The Green"),
    (ADDRESS, "en", "my flat at 3 St John's Road was cold", "3 St John's Road"),
    (ADDRESS, "en", "my flat at 88 Hollins Rd. was cold", "88 Hollins Rd"),
    (ADDRESS, "en", "we moved to 7 Primrose Hill Gardens North", "7 Primrose Hill Gardens North"),
    (ADDRESS, "cy", "rwy'n byw yn 5 Ffordd y Llan, Bangor", "5 Ffordd y Llan"),
    (ADDRESS, "cy", "mae fy fflat yn Nhŷ Gwyndaf ers", "Nhŷ Gwyndaf"),
    (ADDRESS, "cy", "symudon ni i Heol Glyndŵr llynedd", "Heol Glyndŵr"),
    (ADDRESS, "cy", "rydyn ni'n byw ym Maes Hyfryd ers", "Maes Hyfryd"),
    (ADDRESS, "en", "i live on the ferry lane estate with", "ferry lane estate"),
    (ADDRESS, "en", "the Beacon Hill estate has no lift", "Beacon Hill estate"),
    (ADDRESS, "en", "we're at 12 High Street, Bury", "12 High Street"),
    (ADDRESS, "en", "we moved to 31 Kingsway, Hove", "31 Kingsway"),
    (ADDRESS, "cy", "rwy'n byw yn Fflat 2, Tŷ Hafan ers", "Fflat 2, Tŷ Hafan"),
    (ADDRESS, "pl", "Mieszkam przy 4 Alder Close w Hull", "4 Alder Close"),
    (ADDRESS, "pl", "mieszkam na osiedlu Parkside od lat", "osiedlu Parkside"),
    (ADDRESS, "ro", "locuiesc pe strada Victoria nr. 12 din", "strada Victoria nr. 12"),
    (ADDRESS, "ar", "أسكن في شقة ٥، ١٢ شارع الملكة في ليدز", "شقة ٥، ١٢ شارع الملكة"),
    (ADDRESS, "ar", "أسكن في Flat 2, 9 Mercer Street منذ", "Flat 2, 9 Mercer Street"),
    (ADDRESS, "ur", "ہم فلیٹ 4، 19 کوئنز روڈ میں رہتے ہیں", "فلیٹ 4، 19 کوئنز روڈ"),
    (ADDRESS, "bn", "আমরা ফ্ল্যাট ৭, ২২ ভিক্টোরিয়া রোডে থাকি", "ফ্ল্যাট ৭, ২২ ভিক্টোরিয়া রোডে"),
    (ADDRESS, "pa", "ਅਸੀਂ ਫਲੈਟ 5, 14 ਕੁਈਨਜ਼ ਰੋਡ ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ", "ਫਲੈਟ 5, 14 ਕੁਈਨਜ਼ ਰੋਡ"),
    (ADDRESS, "pa", "ਮੈਂ ਕੈਸਲ ਹਾਊਸ ਵਿੱਚ ਰਹਿੰਦੀ ਹਾਂ", "ਕੈਸਲ ਹਾਊਸ"),
    # ages: number with unit, bare after a person, every language
    (AGE, "en", "My son is 7 and has asthma.", "7"),
    (AGE, "en", "my mum, who is 82, fell", "82"),
    (AGE, "en", "Our eldest, Kofi, is 16 now.", "16"),
    (AGE, "en", "she's 12 and shares a room", "12"),
    (AGE, "en", "I am 67 and disabled", "67"),
    (AGE, "en", "children aged 3 and 5 live here", "3 and 5"),
    (AGE, "en", "my 4-year-old has a cough", "4-year-old"),
    (AGE, "en", "a 16 year old lives here", "16 year old"),
    (AGE, "en", "the baby is 18 months old", "18 months old"),
    (AGE, "en", "my daughter is 18 months and", "18 months"),
    (AGE, "en", "Mr Adebayo (81) was alone", "81"),
    (AGE, "en", "our three-year-old twins", "three-year-old"),
    (AGE, "en", "My son is seven and scared", "seven"),
    (AGE, "en", "with my two girls, who are 5 and 8.", "8"),
    (AGE, "en", "Mrs Enid Marsh, 93, lives alone", "93"),
    (AGE, "en", "hi im kerry, 27, mum of two", "27"),
    (AGE, "en", "a boy of 9 was hurt", "9"),
    (AGE, "en", "children aged 2, 4 and 7 share one room", "7"),
    (AGE, "en", "he is 81 years of age and", "81 years of age"),
    (AGE, "en", "my daughter, 14, and my son", "14"),
    (AGE, "en", "my 6yr old was ill", "6yr old"),
    (AGE, "en", "He is now eighty and frail", "eighty"),
    (AGE, "en", "a pensioner of 82 lives upstairs", "82"),
    (AGE, "en", "a six-month-old baby", "six-month-old"),
    (AGE, "pl", "Mój syn ma 7 lat i astmę.", "7 lat"),
    (AGE, "pl", "córka ma dwa lata", "dwa lata"),
    (AGE, "pl", "nasz 9-letni syn choruje", "9-letni"),
    (AGE, "pl", "siedmioletnia córka kaszle", "siedmioletnia"),
    (AGE, "ro", "fiica mea are 5 ani și", "5 ani"),
    (AGE, "ro", "băiatul de 8 ani doarme", "8 ani"),
    (AGE, "ro", "soțul meu are 64 de ani", "64 de ani"),
    (AGE, "ar", "ابني عمره 7 سنوات وهو", "7 سنوات"),
    (AGE, "ar", "عمري ٤٥ عاماً وأعمل", "٤٥ عاماً"),
    (AGE, "ar", "والدي البالغ من العمر ٨٢ عاماً يسكن", "٨٢ عاماً"),
    (AGE, "ar", "ابنتي عمرها سنتان فقط", "سنتان"),
    (AGE, "ur", "میرا 5 سال کا بیٹا بیمار ہے", "5 سال"),
    (AGE, "ur", "میری عمر 62 سال ہے", "62 سال"),
    (AGE, "ur", "میری 7 سالہ بیٹی", "7 سالہ"),
    (AGE, "bn", "আমার ছেলের বয়স ৭ বছর।", "৭ বছর"),
    (AGE, "bn", "আমার ৫ বছরের মেয়ে অসুস্থ", "৫ বছরের"),
    (AGE, "pa", "ਮੇਰਾ 6 ਸਾਲ ਦਾ ਪੁੱਤਰ ਬਿਮਾਰ ਹੈ", "6 ਸਾਲ"),
    (AGE, "pa", "ਮੇਰੀ ਉਮਰ 70 ਸਾਲ ਹੈ", "70 ਸਾਲ"),
    (AGE, "cy", "mae hi'n bump oed ac", "bump oed"),
    (AGE, "cy", "rwy'n 81 oed ac yn byw", "81 oed"),
    (AGE, "cy", "mae'r babi yn ddeunaw mis oed", "ddeunaw mis oed"),
    # dates of birth: the date only
    (DATE_OF_BIRTH, "en", "DOB: 14/02/1985, address", "14/02/1985"),
    (DATE_OF_BIRTH, "en", "date of birth 3rd March 1979 and", "3rd March 1979"),
    (DATE_OF_BIRTH, "en", "I was born on 12 June 1990 in Leeds", "12 June 1990"),
    (DATE_OF_BIRTH, "en", "D.O.B. 1990-06-12.", "1990-06-12"),
    (DATE_OF_BIRTH, "en", "born 4.5.1962, retired", "4.5.1962"),
    (DATE_OF_BIRTH, "en", "date of birth (on the form) is March 9, 1958.", "March 9, 1958"),
    (DATE_OF_BIRTH, "en", "I was born in 1951 and", "1951"),
    (DATE_OF_BIRTH, "en", "Date of Birth: 1st January 1970", "1st January 1970"),
    (DATE_OF_BIRTH, "en", "they asked for my DOB (1/1/70) twice", "1/1/70"),
    (DATE_OF_BIRTH, "en", "I was born on the 3rd of May, 1985 in Hull", "3rd of May, 1985"),
    (DATE_OF_BIRTH, "ro", "M-am născut pe 12 mai 1994 în Iași", "12 mai 1994"),
    (DATE_OF_BIRTH, "bn", "আমার জন্ম ১৯৮২ সালের ৫ মার্চ।", "১৯৮২ সালের ৫ মার্চ"),
    (DATE_OF_BIRTH, "pa", "ਮੇਰਾ ਜਨਮ 14 ਅਪ੍ਰੈਲ 1975 ਨੂੰ ਹੋਇਆ", "14 ਅਪ੍ਰੈਲ 1975"),
    (DATE_OF_BIRTH, "pl", "data urodzenia: 12.03.1984, adres", "12.03.1984"),
    (DATE_OF_BIRTH, "pl", "urodziłam się 5 maja 1980 w Gdańsku", "5 maja 1980"),
    (DATE_OF_BIRTH, "ro", "data nașterii 7 martie 1975 și", "7 martie 1975"),
    (DATE_OF_BIRTH, "ar", "تاريخ الميلاد ١٢/٠٥/١٩٨٠ ورقم", "١٢/٠٥/١٩٨٠"),
    (DATE_OF_BIRTH, "ur", "میری تاریخ پیدائش 15 مارچ 1972 ہے", "15 مارچ 1972"),
    (DATE_OF_BIRTH, "ur", "میں 3 جون 1969 کو پیدا ہوئی", "3 جون 1969"),
    (DATE_OF_BIRTH, "bn", "আমার জন্ম তারিখ ১২ মার্চ ১৯৮৫।", "১২ মার্চ ১৯৮৫"),
    (DATE_OF_BIRTH, "pa", "ਮੇਰੀ ਜਨਮ ਮਿਤੀ 10/04/1968 ਹੈ", "10/04/1968"),
    (DATE_OF_BIRTH, "cy", "fy nyddiad geni yw 5 Mawrth 1980.", "5 Mawrth 1980"),
]


@pytest.mark.parametrize(
    ("kind", "language", "text", "value"), POSITIVE, ids=[f"{k}-{v}" for k, _, _, v in POSITIVE]
)
def test_finds_the_value(kind, language, text, value):
    module = MODULES[kind]
    assert covered(module, text, value, language), found(module, text, language)
    kinds = {
        s.kind
        for s in module.find(text, language)
        if s.start < text.index(value) + len(value) and s.end > text.index(value)
    }
    assert kind in kinds


# ------------------------------------------------------- tight span edges

TIGHT = [
    (references, "my tenancy ref: 4410927.", REFERENCE, "4410927"),
    (references, "complaint reference CX-88120, sent", REFERENCE, "CX-88120"),
    (addresses, "tenant at 23 Granby Crescent, Bootle L20 3AB", ADDRESS, "23 Granby Crescent"),
    (addresses, "the family at Flat 2, 9 Mercer Street, Hull", ADDRESS, "Flat 2, 9 Mercer Street"),
    (ages, "my dad, who's 79, and", AGE, "79"),
    (ages, "our 11-year-old son", AGE, "11-year-old"),
    (ages, "date of birth: 01/01/1970.", DATE_OF_BIRTH, "01/01/1970"),
    (contact, "Mrs Doe on 07700 900461.", PHONE, "07700 900461"),
]


@pytest.mark.parametrize(("module", "text", "kind", "value"), TIGHT)
def test_span_is_the_value_only(module, text, kind, value):
    assert span_of(module, text, kind) == [value]


# ------------------------------------------------------------- left alone

NEGATIVE = [
    "They paid us £475 in compensation.",
    "They paid me £1,250 and £80.",
    "In 2023 the council changed its policy.",
    "The engineer came at 10:30 on 12/03/2023.",
    "At stage 2 they agreed; stage 1 was a mess.",
    "Residents over 75 get a priority visit.",
    "They must reply within 10 working days.",
    "I rang them 4 times and emailed 6 times.",
    "It leaked for 5 months before anyone came.",
    "The boiler failed three times in 2 weeks.",
    "Only 38 per cent of repairs were done right first time.",
    "Complaints fell by 12% in 2022.",
    "We waited 24 hours, then 48 hours.",
    "Section 21 notices and Article 8 rights.",
    "During COVID-19 nobody came.",
    "A 2-bed flat on the third floor.",
    "The repairs team works 24/7 now.",
    "It is a 10 minute walk to the shops.",
    "The estate office was closed.",
    "They went to the County Court.",
    "A 3 bed house in the 1960s.",
    "They replaced 400 flat roofs between 2019 and 2022.",
    "Sixty-three of the new roofs had leaked.",
    "Nobody has waited more than 24 hours since.",
    "It was 5 months before the plumber came.",
    "The ceiling was 3 metres high.",
    "Mine was two pages long.",
    "We escalated it to the second stage.",
    "Od dwóch lat walczę z wilgocią. Czekałem 3 tygodnie.",
    "Locuiesc aici de 5 ani și am așteptat 2 luni.",
    "منذ 7 سنوات ونحن ننتظر",
    "ہم 7 سال سے انتظار کر رہے ہیں",
    "আমরা ৭ বছর ধরে অপেক্ষা করছি",
    "ਅਸੀਂ ਦੋ ਸਾਲ ਤੋਂ ਉਡੀਕ ਕਰ ਰਹੇ ਹਾਂ",
    "Am ddwy flynedd, roedd y gawod yn gollwng.",
    "The pipe was 20 years old and the boiler model XR-200.",
    "I went to Citizens Advice, the Town Hall and the High Court.",
    "We live on a busy road near the main road, off the ring road.",
    "I was born and raised here, 30 years on the same street.",
    "I'm 5'4\" and he was 10 minutes late; I am 3 weeks behind on rent.",
    "Unit 5 on the industrial estate; Block 4, Level 3, Phase 2; ISO 9001; the A40 and M25.",
    "Call 999 in an emergency or 111 for advice; lines open 8am-6pm.",
]

NEGATIVE_OTHER = [
    ("ro", "Blocul are 12 etaje și avem 2 copii. Am sunat de 15 ori."),
    ("pl", "W 2023 roku czekałem 5 miesięcy. Zapłacili 350 funtów. Mam 3 dzieci. Od 8 lat tu mieszkam."),
    ("ar", "في عام ٢٠٢٢ انتظرنا ثلاثة أشهر. دفعوا لنا ٣٥٠ جنيهاً. اتصلت ١٥ مرة."),
    ("ur", "2022 میں ہم نے تین مہینے انتظار کیا۔ انہوں نے 350 پاؤنڈ دیے۔"),
    ("bn", "২০২২ সালে আমরা তিন মাস অপেক্ষা করেছি। ওরা ৩৫০ পাউন্ড দিল।"),
    ("pa", "2022 ਵਿੱਚ ਅਸੀਂ ਤਿੰਨ ਮਹੀਨੇ ਉਡੀਕ ਕੀਤੀ। ਉਨ੍ਹਾਂ ਨੇ 350 ਪੌਂਡ ਦਿੱਤੇ।"),
    ("cy", "Yn 2022 arhoson ni dri mis. Talon nhw £350. Ffoniais i 15 gwaith."),
]


@pytest.mark.parametrize(("language", "text"), NEGATIVE_OTHER, ids=[lang for lang, _ in NEGATIVE_OTHER])
def test_leaves_durations_money_and_counts_alone_in_other_languages(language, text):
    for module in ALL:
        assert found(module, text, language) == [], module.__name__


@pytest.mark.parametrize("text", NEGATIVE)
def test_leaves_ordinary_numbers_and_words_alone(text):
    for module in ALL:
        assert found(module, text, "en") == [], module.__name__


def test_two_ages_are_two_spans():
    text = "my boys, who are 6 and 9, share"
    assert sorted(span_of(ages, text, AGE)) == ["6", "9"]


def test_money_and_counts_are_not_phones_or_ages():
    text = "£475 paid, 2023, 10:30, stage 2, over 75, 10 working days, 4 times, 07700 900123"
    kinds = {k for m in ALL for _, k in found(m, text)}
    assert kinds == {PHONE}


def test_postcode_needs_a_real_area():
    assert found(contact, "the XZ9 9AB code") == []
    assert found(contact, "an A4 page and the M62 motorway") == []


def test_bare_ni_shape_needs_a_suffix_or_a_label():
    assert found(contact, "serial AB123456 on the boiler") == []


# --------------------------------------------------------------- robustness

ODD_INPUTS = [
    "",
    " ",
    "\x00\x01\x02\u200b\ufeff",
    "📞📞📞 07700 900123 📞",
    "ح" * 5000,
    "1" * 5000,
    "Road " * 2000,
    "0 " * 3000,
    "a@" * 2000 + "b.co",
    "-/" * 3000 + "12",
    "Flat " * 1000 + "1 Road",
    "is 7 " * 1000,
    "oed " * 1000 + "dau oed",
    "\u0660\u06f0\u09e6\u0a66" * 500,
    "İstanbul İİİ Street 12 İ Road",
]


@pytest.mark.parametrize("text", ODD_INPUTS, ids=range(len(ODD_INPUTS)))
def test_never_crashes_and_spans_lie_inside_the_text(text):
    for module in ALL:
        for language in ("en", "pl", "ar", "cy", "", "xx"):
            for s in module.find(text, language):
                assert isinstance(s, Span)
                assert 0 <= s.start < s.end <= len(text)


def test_random_text_never_crashes():
    rng = random.Random(7)
    alphabet = "abcXYZ019 ,.-/+()@£:\n\u0660\u0661\u09e7ফ্ল্যাটشارع ਫਲੈਟ ŷŵ'’"
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 200)))
        for module in ALL:
            for s in module.find(text, "en"):
                assert 0 <= s.start < s.end <= len(text)


def test_a_long_story_finds_each_thing_once_per_repeat():
    """How fast the four modules are: bench/pii.py (timings live in bench/, not in tests)."""
    story = (
        "I'm a tenant at Flat 9, 61 Example Road, Leeds LS6 2AB. My son is 7 and my mum, who is 82, lives with us. "
        "I rang 0113 496 0000 and 07700 900123, emailed me@example.org, and my complaint reference is CMP/55812. "
        "They paid £475 at stage 2 within 10 working days, after 4 times asking, in 2023. "
    )
    assert found(addresses, story) == [("Flat 9, 61 Example Road", ADDRESS)]
    assert sorted(found(ages, story)) == [("7", AGE), ("82", AGE)]
    assert found(references, story) == [("CMP/55812", REFERENCE)]
    for module in ALL:
        assert len(list(module.find(story * 6, "en"))) == 6 * len(list(module.find(story, "en")))
