"""Round 4: kinds of miss found on a third batch of fresh stories (invented sentences only)."""

import pytest

from moderation.pii import detect

from .pii_cases import covered


def _texts(text: str, language: str, kind: str | None = None) -> list[str]:
    return [text[s.start : s.end] for s in detect(text, language) if kind is None or s.kind == kind]


@pytest.mark.parametrize(
    "language,text,part",
    [
        # an introduction that can only name: the words after it, in any case
        ("pl", "DZIEŃ DOBRY. NAZYWAM SIĘ BOGUSŁAW PIETRZAK I PISZĘ O PLEŚNI.", "BOGUSŁAW PIETRZAK"),
        ("ro", "salut ma numesc sorin vladuca si locuiesc la etajul trei", "sorin vladuca"),
        ("pl", "moje dane tadeusz wrona, telefon ponizej", "tadeusz wrona"),
        # a surname that is also a town, followed by a verb of action
        ("en", "Our neighbour Daisy Barnsley saw the water come through the ceiling.", "Daisy Barnsley"),
    ],
)
def test_names_after_strong_cues(language, text, part):
    assert covered(text, language, part)


@pytest.mark.parametrize(
    "language,text,part",
    [
        ("pl", "Nasza córka, mała Ola, ma cztery latka i ciągle kaszle.", "cztery latka"),
        ("pl", "W mieszkaniu śpi nasze 3-tygodniowe niemowlę.", "3-tygodniowe"),
        ("pl", "Wnuk ma 10-miesięczne rodzeństwo.", "10-miesięczne"),
        ("ro", "fetita noastra are 4 ani si jumatate si tuseste", "4 ani si jumatate"),
        ("ro", "Chiriaș: Dorin Paraschiv, 58 de ani, locuiește singur.", "58 de ani"),
        ("ro", "BUNICUL MEU ARE 79 DE ANI SI NU POATE URCA", "79 DE ANI"),
        ("ar", "الاسم: سليم الحداد. العمر: 44. الهاتف مرفق.", "44"),
        ("bn", "ছেলে ইমরান (১২) এবং মেয়ে সুমি স্কুলে যায়।", "১২"),
        ("en", "Your hip was replaced last spring and now you are 68 and live alone.", "68"),
    ],
)
def test_ages_with_their_unit(language, text, part):
    assert covered(text, language, part)


@pytest.mark.parametrize(
    "language,text",
    [
        ("en", "You are 5 minutes from the office and you are 3 weeks behind on rent."),
    ],
)
def test_not_ages(language, text):
    assert _texts(text, language, "AGE") == []


@pytest.mark.parametrize(
    "language,text,part",
    [
        # an ordinary word used as a name after "I am ... from"
        ("ar", "مساء الخير، أنا أمل من الطابق الثالث.", "أمل"),
        # a name spelt with ي that normalising would turn into the preposition على
        ("ar", "ابني علي، عمره سبع سنوات، يسعل كل ليلة.", "علي"),
        ("ur", "میرا نام سلمان علی ہے اور میں کرایہ دار ہوں۔", "سلمان علی"),
        # a name joined to عبد / أبو
        ("ar", "الحاج عبد الله جارنا رأى التسرب.", "عبد الله"),
        ("ar", "يناديني أهل الحي أبو علي منذ سنوات.", "علي"),
        # nicknames: "whom we call X", "whom friends call X"
        ("ur", "ہمارا بیٹا عمران، جسے ہم مُنّا کہتے ہیں، بیمار ہے۔", "مُنّا"),
        ("pa", "ਮੇਰਾ ਭਰਾ ਗੁਰਦੀਪ, ਜਿਸ ਨੂੰ ਯਾਰ ਸ਼ੇਰਾ ਕਹਿੰਦੇ ਹਨ, ਨੇ ਫ਼ੋਨ ਕੀਤਾ।", "ਸ਼ੇਰਾ"),
        # a Bengali name that is also a word, after a relation, then in its inflected forms
        ("bn", "আমার ছেলে আলোর জ্বর। আলো স্কুলে যায় না। আলোকে নিয়ে চিন্তা।", "আলোকে"),
        # a known name before "phoned"
        ("bn", "[১০:০২] আমি: রবি ফোন করেছিল, বলে কাল আসবে।", "রবি"),
    ],
)
def test_script_names_by_cue(language, text, part):
    assert covered(text, language, part)


@pytest.mark.parametrize(
    "language,text,part",
    [
        # a diminutive of a name mentioned in full, even when it is also a word
        ("pl", "Pani Bożena Kruk z parteru, dla sąsiadów Bożenka, widziała przeciek.", "Bożenka"),
        ("pl", "Pani Róża Kwiatek mieszka obok, a Różyczka zawsze pomaga.", "Różyczka"),
        # an inflected given name in capitals after a title
        ("pl", "NIKT NIE PRZYSZEDŁ. PANI HANI SĄSIADKA TEŻ DZWONIŁA.", "HANI"),
    ],
)
def test_other_forms_of_a_found_name(language, text, part):
    assert covered(text, language, part)
