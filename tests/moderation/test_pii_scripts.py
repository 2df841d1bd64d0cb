"""scripts.find(): names and sensitive words in Arabic-script, Bengali and Gurmukhi text.

All sentences here are invented for these tests. No database needed.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moderation.pii import scripts
from moderation.pii.spans import ADDRESS, HEALTH, ORGANISATION, OTHER_SPECIAL, PERSON


def found(text: str, language: str) -> list[tuple[str, str]]:
    spans = sorted(scripts.find(text, language), key=lambda s: s.start)
    for s in spans:
        assert 0 <= s.start < s.end <= len(text)
    return [(s.kind, text[s.start : s.end]) for s in spans]


def people(text: str, language: str) -> list[str]:
    return [t for k, t in found(text, language) if k == PERSON]


def covered(text: str, language: str, needle: str) -> bool:
    """True when the needle's characters all lie inside some span (any kind)."""
    at = text.index(needle)
    cov = set()
    for s in scripts.find(text, language):
        cov.update(range(s.start, s.end))
    return all(i in cov for i in range(at, at + len(needle)) if not text[i].isspace())


# --------------------------------------------------------------------------- fast paths


def test_latin_text_returns_nothing():
    assert list(scripts.find("My name is Sarah and I live in Leeds.", "en")) == []


@pytest.mark.parametrize("text", ["", " ", "١٢٣", "১২৩ ৪৫৬", "੧੨੩", "،؛؟۔।", "\u200c\u200d"])
def test_no_words_no_spans(text):
    assert list(scripts.find(text, "ar")) == []


# --------------------------------------------------------------------------- Arabic


def test_arabic_name_after_my_name_is():
    text = "مرحباً، اسمي خديجة النجار وأسكن في الطابق الثاني."
    assert people(text, "ar") == ["خديجة النجار"]


def test_arabic_title_is_outside_the_span():
    text = "تحدثت مع السيدة ليلى ثم مع الأستاذ باسل في المكتب."
    assert people(text, "ar") == ["ليلى", "باسل"]


def test_arabic_relation_then_adjective_then_name():
    text = "ابني الأكبر حمزة لا يستطيع النوم بسبب البرد."
    assert "حمزة" in people(text, "ar")


def test_arabic_conjunction_clitic_stays_with_the_name():
    text = "أعيش مع زوجي ماجد وسلمى ابنتنا."
    assert covered(text, "ar", "ماجد")
    assert covered(text, "ar", "وسلمى")


def test_arabic_transliterated_english_names():
    text = "جاءت الموظفة كارين مع الفني توني، ثم قال ديريك إن الأمر انتهى."
    names = people(text, "ar")
    for name in ("كارين", "توني", "ديريك"):
        assert any(name in n for n in names), (name, names)


def test_arabic_speaker_not_in_any_list():
    text = "ثم اتصل بيرنارديو من المكتب وقال إن الإصلاح تأجل."
    assert any("بيرنارديو" in n for n in people(text, "ar"))


def test_arabic_compound_name_with_article():
    text = "أخبرتني جارتي فاطمة الزهراء أن الباب مكسور."
    assert covered(text, "ar", "فاطمة الزهراء")


def test_arabic_with_someone_unlisted():
    text = "تواصلت مع غوينيث من قسم الإصلاحات."
    assert "غوينيث" in people(text, "ar")


def test_arabic_health_and_special():
    text = "ابنتي مصابة بالربو وزوجي عنده السكري، ونحن لاجئون من اليمن."
    kinds = found(text, "ar")
    assert (HEALTH, "بالربو") in kinds
    assert (HEALTH, "السكري") in kinds
    assert (OTHER_SPECIAL, "لاجئون") in kinds
    assert (OTHER_SPECIAL, "اليمن") in kinds


def test_arabic_transliterated_landlord():
    text = "أرسلت شكوى إلى أوكفيلد هومز ولم يرد أحد."
    assert (ORGANISATION, "أوكفيلد هومز") in found(text, "ar")


def test_arabic_generic_council_is_not_an_organisation():
    text = "اتصلت بالمجلس عدة مرات."
    assert not [k for k, _ in found(text, "ar") if k == ORGANISATION]


def test_arabic_named_council_in_arabic_order():
    text = "كتبت إلى مجلس مدينة ويلبرتون ولم يردوا."
    assert covered(text, "ar", "مجلس مدينة ويلبرتون")


def test_arabic_street_address():
    text = "نسكن في 27 هايفيلد رود منذ سنتين."
    assert covered(text, "ar", "27 هايفيلد رود")


def test_arabic_plain_sentence_has_no_person():
    text = "كانت المياه تتسرب من السقف إلى المطبخ طوال الشتاء، ولم يصلح أحد شيئاً."
    assert people(text, "ar") == []


# --------------------------------------------------------------------------- Urdu


def test_urdu_name_and_postposition_outside():
    text = "میرا نام نسیمہ بانو ہے۔ میرے شوہر اشفاق کو کمر کا درد ہے۔"
    names = people(text, "ur")
    assert any("نسیمہ" in n for n in names)
    assert "اشفاق" in names
    assert not any("کو" in n.split() for n in names)


def test_urdu_honorific_after_name():
    text = "ہمارے پڑوسی رزاق صاحب نے بھی شکایت کی۔"
    assert people(text, "ur") == ["رزاق"]


def test_urdu_title_before_english_name():
    text = "پھر مسز ہیریسن نے فون کیا اور افسر ڈینی نے معذرت کی۔"
    names = people(text, "ur")
    assert any("ہیریسن" in n for n in names)
    assert any("ڈینی" in n for n in names)


def test_urdu_agent_with_ne():
    text = "اگلے دن لوسیانا نے ای میل بھیجی۔"
    assert "لوسیانا" in people(text, "ur")


def test_urdu_khatoon_after_a_name_is_kept():
    text = "میری ساس جمیلہ خاتون بستر پر ہیں۔"
    assert covered(text, "ur", "جمیلہ خاتون")


def test_urdu_unlisted_name_opening_a_sentence():
    text = "گل مکئی اور اس کے بچے نیچے رہتے ہیں۔ شیرزمینہ اور میں نے مل کر خط لکھا۔"
    assert covered(text, "ur", "شیرزمینہ")


def test_urdu_health_and_special():
    text = "میری بیٹی کو دمہ ہے اور میری ماں کو ذیابیطس ہے۔ ہم کشمیری مسلمان ہیں۔"
    kinds = found(text, "ur")
    assert (HEALTH, "دمہ") in kinds
    assert (HEALTH, "ذیابیطس") in kinds
    assert (OTHER_SPECIAL, "کشمیری") in kinds
    assert (OTHER_SPECIAL, "مسلمان") in kinds


def test_urdu_transliterated_housing_association():
    text = "میں نے ویلو بروک ہاؤسنگ کو خط لکھا۔"
    assert covered(text, "ur", "ویلو بروک ہاؤسنگ")


def test_urdu_flat_number():
    text = "ہم فلیٹ 9 میں رہتے ہیں۔"
    assert (ADDRESS, "فلیٹ 9") in found(text, "ur")


def test_urdu_plain_sentence_has_no_person():
    text = "سردیوں میں گھر بہت ٹھنڈا تھا اور میں نے کئی بار فون کیا۔"
    assert people(text, "ur") == []


# --------------------------------------------------------------------------- Bengali


def test_bengali_name_after_my_name_is():
    text = "আমার নাম শিরিন আক্তার। আমি তিন বছর ধরে এখানে থাকি।"
    assert people(text, "bn") == ["শিরিন আক্তার"]


def test_bengali_case_ending_stays_in_the_span():
    text = "আমি রাশেদকে অনেকবার বলেছি, কিন্তু নাজমার কথা কেউ শোনেনি।"
    names = people(text, "bn")
    assert "রাশেদকে" in names
    assert "নাজমার" in names


def test_bengali_object_ending_on_unlisted_name_but_not_place():
    text = "আমি ওয়েনডোলিনকে চিঠি দিয়েছি। আমরা ব্ল্যাকপুলকে থাকি না, স্টোকে থাকি।"
    assert "ওয়েনডোলিনকে" in people(text, "bn")
    assert "স্টোকে" not in people(text, "bn")


def test_bengali_titles_outside():
    text = "জনাব কামরুল আর শ্রীমতী দীপা আমাদের সাহায্য করেছেন।"
    assert people(text, "bn") == ["কামরুল", "দীপা"]


def test_bengali_begum_after_a_name_is_kept():
    text = "আমার পাশের বাসার রাহেলা বেগম খুব অসুস্থ।"
    assert covered(text, "bn", "রাহেলা বেগম")


def test_bengali_transliterated_english_officer():
    text = "হাউজিং অফিসার জেসিকা বলেছিল যে মিস্ত্রি আসবে।"
    assert "জেসিকা" in people(text, "bn")


def test_bengali_health_special_and_landlord():
    text = "আমার ছেলের অটিজম আছে। আমরা সিলেটি মুসলিম পরিবার। ব্রুকভিউ হোমস কিছু করেনি।"
    kinds = found(text, "bn")
    assert (HEALTH, "অটিজম") in kinds
    assert (OTHER_SPECIAL, "সিলেটি") in kinds
    assert (OTHER_SPECIAL, "মুসলিম") in kinds
    assert (ORGANISATION, "ব্রুকভিউ হোমস") in kinds


def test_bengali_address_in_script():
    text = "আমরা ফ্ল্যাট ৪, ১৮ ওকল্যান্ড রোডে থাকি।"
    assert covered(text, "bn", "ফ্ল্যাট ৪")
    assert covered(text, "bn", "১৮ ওকল্যান্ড রোডে")


def test_bengali_plain_sentence_has_no_person():
    text = "শীতকালে ঘরটা খুব ঠান্ডা থাকত এবং জানালা দিয়ে পানি ঢুকত।"
    assert people(text, "bn") == []


# --------------------------------------------------------------------------- Punjabi (Gurmukhi)


def test_punjabi_name_with_singh_kaur():
    text = "ਮੇਰਾ ਨਾਮ ਗੁਰਪ੍ਰੀਤ ਕੌਰ ਹੈ। ਮੇਰੇ ਪਤੀ ਬਲਜੀਤ ਸਿੰਘ ਨੂੰ ਦਮਾ ਹੈ।"
    names = people(text, "pa")
    assert "ਗੁਰਪ੍ਰੀਤ ਕੌਰ" in names
    assert "ਬਲਜੀਤ ਸਿੰਘ" in names
    assert (HEALTH, "ਦਮਾ") in found(text, "pa")


def test_punjabi_compound_given_name_not_in_list():
    text = "ਮੇਰੀ ਧੀ ਸੁਖਲੀਨ ਸਕੂਲ ਜਾਂਦੀ ਹੈ।"
    assert "ਸੁਖਲੀਨ" in people(text, "pa")


def test_punjabi_title_and_ji():
    text = "ਸ੍ਰੀਮਤੀ ਢਿੱਲੋਂ ਨੇ ਕਿਹਾ ਕਿ ਹਰਭਜਨ ਜੀ ਵੀ ਪਰੇਸ਼ਾਨ ਸਨ।"
    names = people(text, "pa")
    assert "ਢਿੱਲੋਂ" in names
    assert "ਹਰਭਜਨ" in names


def test_punjabi_english_officer_and_landlord():
    text = "ਅਫ਼ਸਰ ਸਟੀਵ ਨੇ ਵਾਅਦਾ ਕੀਤਾ, ਪਰ ਓਕਲੈਂਡ ਹੋਮਜ਼ ਨੇ ਕੁਝ ਨਹੀਂ ਕੀਤਾ। ਅਸੀਂ ਸਿੱਖ ਹਾਂ।"
    kinds = found(text, "pa")
    assert (PERSON, "ਸਟੀਵ") in kinds
    assert (ORGANISATION, "ਓਕਲੈਂਡ ਹੋਮਜ਼") in kinds
    assert (OTHER_SPECIAL, "ਸਿੱਖ") in kinds


def test_punjabi_street_address():
    text = "ਅਸੀਂ 31 ਮੇਪਲ ਰੋਡ ਤੇ ਰਹਿੰਦੇ ਹਾਂ।"
    assert covered(text, "pa", "31 ਮੇਪਲ ਰੋਡ")


def test_punjabi_plain_sentence_has_no_person():
    text = "ਸਰਦੀਆਂ ਵਿੱਚ ਘਰ ਬਹੁਤ ਠੰਢਾ ਸੀ ਅਤੇ ਮੈਂ ਕਈ ਵਾਰ ਫ਼ੋਨ ਕੀਤਾ।"
    assert people(text, "pa") == []


# --------------------------------------------------------------------------- mixed and robustness


def test_language_code_may_be_wrong_or_missing():
    text = "Our neighbour, ابو خالد, and my friend রহিম helped."
    for lang in ("en", "", "xx"):
        names = people(text, lang)
        assert any("خالد" in n for n in names)
        assert any("রহিম" in n for n in names)


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("اسمي نور ہے نام মাহমুদা নাম ਨਾਮ ਸਿੰਘ ،.۔।-0123 \n\u200c\u0670")),
        max_size=80,
    )
)
def test_never_crashes_and_stays_in_bounds(text):
    for lang in ("ar", "ur", "bn", "pa", "en"):
        for span in scripts.find(text, lang):
            assert 0 <= span.start < span.end <= len(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_never_crashes_on_any_unicode(text):
    for span in scripts.find(text, "ur"):
        assert 0 <= span.start < span.end <= len(text)


def test_a_long_story_finds_each_thing_once_per_repeat():
    # How fast: bench/pii.py (timings live in bench/, not in tests).
    story = (
        "اسمي سلمى حداد وأعيش مع ابني يوسف. جاري السيد كيفن براون يزعجنا. "
        "میرا نام شبانہ اختر ہے۔ میرے بیٹے عمر کو دمہ ہے۔ "
        "আমার নাম রুবিনা খাতুন। আমার ছেলে সাকিব হাঁপানিতে ভোগে। "
        "ਮੇਰਾ ਨਾਮ ਹਰਪ੍ਰੀਤ ਕੌਰ ਹੈ। ਮੇਰੇ ਪਤੀ ਜਸਵੀਰ ਸਿੰਘ ਨੂੰ ਸ਼ੂਗਰ ਹੈ। "
    )
    once = found(story, "ur")
    assert len(once) >= 8
    assert found(story * 4, "ur") == [(kind, text) for _ in range(4) for kind, text in once]


# "whom everyone calls X": a nickname, found again where it recurs.
@pytest.mark.parametrize(
    "text, language, nickname",
    [
        ("ਗਲੀ ਵਿੱਚ ਇੱਕ ਮੁੰਡਾ ਹੈ ਜਿਸ ਨੂੰ ਸਾਰੇ ਟੋਨੀ ਕਹਿੰਦੇ ਹਨ। ਟੋਨੀ ਰਾਤ ਨੂੰ ਰੌਲਾ ਪਾਉਂਦਾ ਹੈ।", "pa", "ਟੋਨੀ"),
        ("اوپر والے فلیٹ میں ایک آدمی ہے جسے سب ببلو کہتے ہیں۔ ببلو دیر سے آتا ہے۔", "ur", "ببلو"),
        ("উপরের লোকটাকে সবাই টুনু ডাকে। টুনু রাতে চিৎকার করে।", "bn", "টুনু"),
    ],
)
def test_nickname_after_everyone_calls(text, language, nickname):
    assert people(text, language).count(nickname) == 2


# A name written twice, in the script and in Latin letters in brackets.
@pytest.mark.parametrize(
    "text, language, needles",
    [
        (
            "اسمي سوزان القباني (Suzan Al-Qabbani) وأسكن في الطابق الثاني.",
            "ar",
            ["سوزان القباني", "Suzan Al-Qabbani"],
        ),
        (
            "میں ثمرین اعوان (Samreen Awan) ہوں اور تیسری منزل پر رہتی ہوں۔",
            "ur",
            ["ثمرین اعوان", "Samreen Awan"],
        ),
        ("ਮੇਰਾ ਪੋਤਾ ਜਸਕਰਨ (Jaskaran) ਇਹ ਚਿੱਠੀ ਲਿਖ ਰਿਹਾ ਹੈ।", "pa", ["Jaskaran"]),
    ],
)
def test_transliteration_beside_a_native_name(text, language, needles):
    for needle in needles:
        assert covered(text, language, needle), needle


def test_arabic_introduction_dialect_relations_and_little_names():
    assert "عبودي" in people("مرحبا، أنا عبودي، جاركم من الطابق الثاني.", "ar")
    assert covered("ابعت رسالة لجوزي سليمان على الرقم.", "ar", "سليمان")
    assert covered("بنتي الصغيرة جنى عمرها ٣ سنين.", "ar", "جنى")


def test_pet_names_and_two_listed_names_side_by_side():
    assert covered("কাল টুনি-কে বলেছি ছবি তুলতে।", "bn", "টুনি")
    assert covered("সভায় ছিলেন আশা রায় এবং আরও কয়েকজন।", "bn", "আশা রায়")
    assert covered("ਮੈਂ ਛੋਟਾ ਬਿੱਲੂ ਨੂੰ ਕਿਹਾ ਸੀ।", "pa", "ਛੋਟਾ ਬਿੱਲੂ")
    assert covered("محلے میں سب مجھے جیدا کہتے ہیں۔", "ur", "جیدا")
