"""Version 2 of the marking: partial addresses and named places as ADDRESS (landmarks.py,
reached through addresses.find), tested with invented sentences. No database."""

from __future__ import annotations

import pytest

from moderation.pii import addresses, detector, landmarks
from moderation.pii.spans import ADDRESS


def found(text: str, language: str = "en") -> list[str]:
    return [text[s.start : s.end] for s in sorted(addresses.find(text, language), key=lambda s: s.start)]


def covered(text: str, needle: str, language: str = "en") -> bool:
    start = text.index(needle)
    end = start + len(needle)
    return any(s.start <= start and end <= s.end for s in detector.detect(text, language))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The family at number 17 hear everything.", ["number 17"]),
        ("My sister lives at no. 8 and I live in flat 12b.", ["no. 8", "flat 12b"]),
        ("We had the attic flat at 52 for six years.", ["attic flat at 52"]),
        ("Our caravan sits on pitch 23 at the park.", ["pitch 23"]),
        ("The man at number nine shouts at night.", ["number nine"]),
    ],
)
def test_partial_addresses_in_english(text, expected):
    assert found(text) == expected


def test_a_flat_word_widens_the_street_address():
    text = "I rent the garden flat at 6 Quarry Lane with my two boys."
    assert found(text) == ["garden flat at 6 Quarry Lane"]


@pytest.mark.parametrize(
    "text",
    [
        "I have rung them a number of times about the flat roof.",
        "My case number 55120 is still open and the repair number is 8842.",
        "Unit 5 on the industrial estate was let to a garage.",
        "She was in room I think on the left.",
    ],
)
def test_numbers_that_are_not_homes(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("My daughter goes to Hollinwood Primary.", ["Hollinwood Primary"]),
        ("Our GP is at the Larchfield Health Centre.", ["Larchfield Health Centre"]),
        ("We pray at Bilal mosque most Fridays.", ["Bilal mosque"]),
        ("The boys walk to St Oswald's Catholic Primary.", ["St Oswald's Catholic Primary"]),
        ("The vicar at St Botolph's helped us.", ["St Botolph's"]),
        ("Our flat is above Kaur Brothers Newsagents.", ["Kaur Brothers Newsagents"]),
        ("We live opposite the Fox and Hounds.", ["Fox and Hounds"]),
        ("We go to Masjid Ar-Rahman on the corner.", ["Masjid Ar-Rahman"]),
        ("the kids go to brambleton juniors down the road", ["brambleton juniors"]),
    ],
)
def test_named_places_in_english(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The school rang me and the surgery sent a letter.",
        "My son's primary closed for a week and the local nursery too.",
        "I moved near Swindon and my mother lives near Reading.",
        "I rang the contact centre twice.",
    ],
)
def test_generic_places_and_towns_are_not_marked(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text, language, needle",
    [
        ("Mieszkam w mieszkaniu nr 4 na drugim piętrze.", "pl", "mieszkaniu nr 4"),
        ("Hałasuje sąsiad spod ósemki, od roku.", "pl", "ósemki"),
        ("Syn chodzi do Szkoły Podstawowej nr 9 przy parku.", "pl", "Szkoły Podstawowej nr 9"),
        ("Chodzimy do kościoła św. Barbary w niedzielę.", "pl", "kościoła św. Barbary"),
        ("Locuim în blocul D, apartamentul 12.", "ro", "apartamentul 12"),
        ("Fata mea merge la Școala Gimnazială nr. 7 din cartier.", "ro", "Școala Gimnazială nr. 7"),
        ("نسكن في الشقة ١٢ منذ سنتين.", "ar", "الشقة ١٢"),
        ("ابني يدرس في مدرسة الفاروق القريبة.", "ar", "مدرسة الفاروق"),
        ("ہم مکان نمبر ۸ میں رہتے ہیں۔", "ur", "مکان نمبر ۸"),
        ("আমরা ৭ নম্বর বাড়িতে থাকি।", "bn", "৭ নম্বর বাড়িতে"),
        ("ਅਸੀਂ ਮਕਾਨ ਨੰਬਰ 22 ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ।", "pa", "ਮਕਾਨ ਨੰਬਰ 22"),
        ("ਅਸੀਂ ਹਰ ਐਤਵਾਰ ਗੁਰਦੁਆਰਾ ਸਿੰਘ ਸਭਾ ਜਾਂਦੇ ਹਾਂ।", "pa", "ਗੁਰਦੁਆਰਾ ਸਿੰਘ ਸਭਾ"),
        ("My son goes to Elmstead Primary.", "bn", "Elmstead Primary"),
    ],
)
def test_partial_addresses_and_places_in_other_languages(text, language, needle):
    assert covered(text, needle, language)


def test_every_finding_is_an_address_inside_the_text():
    text = "We live at number 3, near Al-Huda mosque, and the twins go to Redbrook Nursery."
    spans = list(landmarks.find(text, "en"))
    assert spans
    assert all(s.kind == ADDRESS and 0 <= s.start < s.end <= len(text) for s in spans)


# Named places and partial addresses written the way other hands write them.
@pytest.mark.parametrize(
    "text, language, needle",
    [
        ("the kids go to Harbour Walk Primary round the corner", "en", "Harbour Walk Primary"),
        ("locuim deasupra la pubul Rose & Crown din centru", "ro", "Rose & Crown"),
        ("mieszkamy pod 17c od dwóch lat", "pl", "17c"),
        ("sąsiadka spod 9 też ma grzyb", "pl", "9"),
        ("ওদের ৩৫ নম্বর-এর বাথরুমেও পানি পড়ে", "bn", "৩৫ নম্বর"),
        ("ਅਸੀਂ ਨੰਬਰ 12 ਦੇ ਉੱਪਰਲੇ ਫਲੈਟ ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ", "pa", "ਨੰਬਰ 12 ਦੇ ਉੱਪਰਲੇ ਫਲੈਟ"),
        ("پتہ: فلیٹ 4بی، دوسری منزل", "ur", "فلیٹ 4بی"),
        ("ہم Karachi Kebab House کے اوپر والے فلیٹ میں رہتے ہیں", "ur", "Karachi Kebab House"),
        ("আমাদের বাসা Dhaka Grocers-এর ঠিক উপরে", "bn", "Dhaka Grocers"),
        ("ਸਾਡਾ ਘਰ Golden Fleece ਦੇ ਸਾਹਮਣੇ ਹੈ", "pa", "Golden Fleece"),
        ("نسكن فوق Sunrise Launderette مباشرة", "ar", "Sunrise Launderette"),
        ("نصلي كل جمعة في مركز الهدى الإسلامي القريب", "ar", "مركز الهدى الإسلامي"),
        ("كل يوم أشتري الخبز، بيتنا فوق فرن الياسمين", "ar", "فرن الياسمين"),
        ("প্রতি শনিবার শ্রী শ্রী কালী মন্দির-এ যাই", "bn", "শ্রী শ্রী কালী মন্দির"),
    ],
)
def test_places_and_numbers_as_other_hands_write_them(text, language, needle):
    spans = list(landmarks.find(text, language))
    start = text.index(needle)
    end = start + len(needle)
    assert any(s.start <= start and end <= s.end for s in spans), [text[s.start : s.end] for s in spans]


@pytest.mark.parametrize(
    "text, language",
    [
        ("spałam pod 2 kocami, bo było zimno", "pl"),
        ("میں Karen کے سامنے بیٹھی تھی", "ur"),
        ("ਮੈਂ Birmingham ਦੇ ਨੇੜੇ ਰਹਿੰਦਾ ਹਾਂ", "pa"),
    ],
)
def test_numbers_and_people_that_are_not_places(text, language):
    assert all(
        text[s.start : s.end] not in ("2", "Karen", "Birmingham") for s in landmarks.find(text, language)
    )
