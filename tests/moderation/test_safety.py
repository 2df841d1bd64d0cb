"""safety_concerns() and the signposts: flagging danger in stories, in every campaign language.

All sentences here are invented for these tests. No database needed.
"""

from __future__ import annotations

import pytest

from moderation.safety import CODES, PATTERNS, SIGNPOSTS, safety_concerns, signposts_for

from .safety_sentences import SENTENCES

LANGUAGES = {"en", "ar", "bn", "pl", "pa", "ro", "ur"}

POSITIVE = [
    # gas
    ("gas", "en", "There was a strong smell of gas in the kitchen for weeks."),
    ("gas", "en", "The carbon monoxide alarm kept going off next to the boiler."),
    ("gas", "en", "We reported a gas leak three times before anyone came."),
    ("gas", "pl", "W mieszkaniu było czuć zapach gazu przez kilka dni."),
    ("gas", "pl", "Czujnik czadu piszczał całą noc."),
    ("gas", "ro", "Am simțit miros de gaze în bucătărie."),
    ("gas", "ro", "Am simtit miros de gaz in bucatarie."),
    ("gas", "ar", "كانت هناك رائحة غاز قوية في المطبخ."),
    ("gas", "ar", "تسرب الغاز من الفرن مرتين."),
    ("gas", "ur", "باورچی خانے میں گیس کی بو آ رہی تھی۔"),
    ("gas", "bn", "রান্নাঘরে গ্যাসের গন্ধ পাচ্ছিলাম।"),
    ("gas", "pa", "ਰਸੋਈ ਵਿੱਚ ਗੈਸ ਦੀ ਬਦਬੂ ਆ ਰਹੀ ਸੀ।"),
    # fire
    ("fire", "en", "A fire started in the bin store and the fire door didn't close."),
    ("fire", "en", "The smoke alarm has been missing since we moved in."),
    ("fire", "en", "The flat below caught fire last winter."),
    ("fire", "pl", "W piwnicy wybuchł pożar."),
    ("fire", "pl", "Drzwi przeciwpożarowe są zablokowane rowerami."),
    ("fire", "ro", "A fost un incendiu în bloc anul trecut."),
    ("fire", "ro", "Scara era plină de fum."),
    ("fire", "ar", "اندلع حريق في المبنى."),
    ("fire", "ar", "جهاز إنذار الحريق لا يعمل."),
    ("fire", "ur", "عمارت میں آگ لگ گئی۔"),
    ("fire", "bn", "ভবনে আগুন লেগেছিল।"),
    ("fire", "pa", "ਇਮਾਰਤ ਨੂੰ ਅੱਗ ਲੱਗ ਗਈ।"),
    # electrics
    ("electrics", "en", "There are exposed wires hanging from the ceiling."),
    ("electrics", "en", "The socket in the bedroom keeps sparking."),
    ("electrics", "en", "My son got an electric shock from the light switch."),
    ("electrics", "en", "The fuse box is in the bathroom and gets wet."),
    ("electrics", "en", "They never fixed the electrical fault in the hall."),
    ("electrics", "pl", "Z gniazdka lecą iskry."),
    ("electrics", "pl", "Syn został porażony prądem w łazience."),
    ("electrics", "ro", "Priza scânteiază de fiecare dată."),
    ("electrics", "ro", "Copilul a fost curentat de la priză."),
    ("electrics", "ar", "هناك أسلاك مكشوفة في الممر."),
    ("electrics", "ur", "دیوار سے ننگی تاریں لٹک رہی ہیں۔"),
    ("electrics", "ur", "سوئچ بورڈ سے کرنٹ لگا۔"),
    ("electrics", "bn", "সুইচ থেকে ইলেকট্রিক শক খেয়েছি।"),
    ("electrics", "pa", "ਸਵਿੱਚ ਤੋਂ ਕਰੰਟ ਲੱਗਾ।"),
    # self-harm
    ("self_harm", "en", "Some days I felt like I wanted to end my life."),
    ("self_harm", "en", "My daughter started to self-harm."),
    ("self_harm", "en", "I had suicidal thoughts that winter."),
    ("self_harm", "en", "I honestly thought about how to kill myself."),
    ("self_harm", "en", "I don’t want to live like this any more."),
    ("self_harm", "pl", "Myślałam o samobójstwie."),
    ("self_harm", "ro", "M-am gândit la sinucidere."),
    ("self_harm", "ar", "فكرت في الانتحار."),
    ("self_harm", "ur", "میں نے خودکشی کے بارے میں سوچا۔"),
    ("self_harm", "bn", "আমি আত্মহত্যার কথা ভেবেছিলাম।"),
    ("self_harm", "pa", "ਮੈਂ ਖੁਦਕੁਸ਼ੀ ਬਾਰੇ ਸੋਚਿਆ।"),
    # damp with health, in the same text
    ("damp_health", "en", "The black mould in the bedroom made my son's asthma worse."),
    ("damp_health", "en", "Damp everywhere, the baby has a constant cough and the GP blames the flat."),
    ("damp_health", "en", "Condensation runs down the walls and I've been wheezing for months."),
    ("damp_health", "pl", "Pleśń w sypialni, a dzieci ciągle kaszlą."),
    ("damp_health", "pl", "W mieszkaniu jest wilgoć i syn trafił do szpitala."),
    ("damp_health", "ro", "Mucegaiul din dormitor i-a agravat astmul copilului."),
    ("damp_health", "ro", "Igrasia e peste tot si copilul tuseste toata noaptea."),
    ("damp_health", "ar", "العفن في غرفة النوم جعل ابني يعاني من الربو."),
    ("damp_health", "ur", "دیواروں پر پھپھوندی ہے اور میرے بیٹے کو دمہ ہو گیا ہے۔"),
    ("damp_health", "bn", "ঘরে স্যাঁতসেঁতে ভাব আর ছেলের হাঁপানি বেড়েছে।"),
    ("damp_health", "pa", "ਕੰਧਾਂ ਉੱਤੇ ਉੱਲੀ ਹੈ ਅਤੇ ਬੱਚੇ ਨੂੰ ਦਮਾ ਹੈ।"),
]


@pytest.mark.parametrize(("code", "language", "text"), POSITIVE)
def test_flags_concern(code: str, language: str, text: str) -> None:
    assert code in safety_concerns(text)


def test_every_concern_has_positive_examples_in_every_language() -> None:
    examples = [*POSITIVE, *((code, lang, text) for lang, codes, text in SENTENCES for code in codes)]
    for code in CODES:
        languages = [lang for c, lang, _ in examples if c == code]
        assert set(languages) == LANGUAGES, code
        assert languages.count("en") >= 2, code


@pytest.mark.parametrize(
    "text",
    [
        "He was fired from his job last spring.",
        "The landlord fired off another letter about the rent.",
        "We watched a firefly in the garden.",
        "The complaint sparked a review of every block.",
        "Din fire, sunt o persoană calmă.",  # Romanian "by nature", not English "fire"
        "W łazience pali się światło.",  # Polish "the light is on"
        "There is damp in the hallway and the landlord ignores us.",
        "I'm sick of the damp and sick and tired of waiting.",
        "The heating was broken all winter and the rent went up twice.",
        "",
        # Longer words that contain a short keyword
        "ہم آگے بڑھنا چاہتے ہیں، اگر ممکن ہو۔",  # آگے "ahead", اگر "if"; not آگ "fire"
        "ਅਸੀਂ ਅੱਗੇ ਵਧਣਾ ਚਾਹੁੰਦੇ ਹਾਂ।",  # ਅੱਗੇ "ahead", not ਅੱਗ "fire"
        "আমার গ্যাস্ট্রিকের সমস্যা আছে।",  # "gastric", not গ্যাস "gas"
        "Gazda nu a reparat nimic.",  # Romanian "landlady", not gaz
        "Pisała o tym lokalna gazeta.",  # Polish "newspaper"
        "دفعنا عربون والرطوبة في كل مكان.",  # عربون "deposit" is not ربو "asthma"
        "سیلنڈر بدلنے کے بعد ہم ڈاکٹر کے پاس گئے۔",  # سیلنڈر "cylinder" is not سیلن "damp"
        "Na ścianach są plamy i jest zimno.",  # Polish "plamy" (stains) is not Romanian "plămâni"
    ],
)
def test_no_concern(text: str) -> None:
    assert safety_concerns(text) == []


def test_damp_and_health_must_be_in_the_same_text() -> None:
    assert safety_concerns("The walls are covered in mould.", "I went to hospital for my leg.") == []
    assert safety_concerns("The walls are covered in mould and I went to hospital.") == ["damp_health"]


def test_damp_alone_and_health_alone_do_not_flag() -> None:
    assert safety_concerns("Rising damp and mildew in every room.") == []
    assert safety_concerns("My son has asthma and sees the GP every month.") == []


def test_gas_without_a_smell_or_leak_is_not_a_concern() -> None:
    """A gas bill or a routine visit is everyday housing; a smell or a leak is a concern."""
    assert safety_concerns("Our gas bill doubled.") == []
    assert safety_concerns("The gas engineer came and all was fine.") == []
    assert safety_concerns("Our gas bill doubled and now we smell gas in the hall.") == ["gas"]


def test_multiple_texts_sorted_and_unique() -> None:
    texts = (
        "There was a gas leak and then a fire.",
        "Another fire on the stairs, and the smell of gas again.",
        "Black mould in the bedroom and my daughter's asthma got worse.",
        None,
        "",
    )
    assert safety_concerns(*texts) == ["damp_health", "fire", "gas"]
    assert safety_concerns(*reversed(texts)) == ["damp_health", "fire", "gas"]
    assert safety_concerns() == []


def test_all_concerns_at_once() -> None:
    text = (
        "Gas leak, a fire in the bin store, sparking sockets, mould giving us chest infections, "
        "no heating with a newborn baby, the ceiling collapsed, the neighbour threatened to kill us, "
        "and I thought about suicide."
    )
    assert safety_concerns(text) == sorted(CODES)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("POŻAR W BLOKU", "fire"),
        ("pozar w bloku", "fire"),
        ("Am primit un şoc electric.", "electrics"),  # s with cedilla
        ("Am primit un șoc electric.", "electrics"),  # s with comma below
        ("Am primit un soc electric.", "electrics"),
        ("حَرِيقٌ فِي المَبْنَى", "fire"),  # fully vowelled Arabic
        ("گيس کی بو", "gas"),  # Urdu typed with the Arabic yeh
        ("ਖ਼ੁਦਕੁਸ਼ੀ", "self_harm"),  # with nukta
        ("Self-Harm", "self_harm"),
    ],
)
def test_spelling_variants(text: str, code: str) -> None:
    assert safety_concerns(text) == [code]


def test_patterns_cover_every_language() -> None:
    """Every group has each campaign language; some also have code-mixed fragments ("mixed")."""
    for group, by_language in PATTERNS.items():
        assert set(by_language) - {"mixed"} == set(LANGUAGES), group


def test_long_text() -> None:
    """Runs over a 5,000-character story (no timing assertion, just that it copes)."""
    filler = "We asked the landlord again and again about the repairs to the kitchen window. "
    text = (filler * (5000 // len(filler) + 1))[:5000]
    assert len(text) == 5000
    assert safety_concerns(text) == []
    assert safety_concerns(text + " Then we smelt gas.") == ["gas"]
    assert safety_concerns(text * 2, "عمارت میں آگ لگ گئی۔" + text) == ["fire"]


# --------------------------------------------------------------------------------- signposts


def test_every_code_has_a_signpost() -> None:
    assert set(SIGNPOSTS) == set(CODES)
    for label, advice in SIGNPOSTS.values():
        assert str(label) and str(advice)


@pytest.mark.parametrize(
    ("code", "needles"),
    [
        ("gas", ["National Gas Emergency Service", "0800 111 999", "Leave the property", "switches"]),
        ("fire", ["999", "smoke alarms", "fire doors"]),
        ("electrics", ["emergency repairs line", "Stop using the socket", "999"]),
        ("self_harm", ["Samaritans", "116 123", "24 hours", "999", "85258"]),
        ("damp_health", ["Awaab's Law", "social landlords", "GP", "NHS 111"]),
    ],
)
def test_signpost_advice(code: str, needles: list[str]) -> None:
    advice = str(SIGNPOSTS[code][1])
    for needle in needles:
        assert needle in advice


def test_signposts_for_in_code_order_and_skips_unknown() -> None:
    result = signposts_for(["self_harm", "gas", "retired_code", "gas"])
    assert [item["code"] for item in result] == ["gas", "self_harm"]
    assert set(result[0]) == {"code", "label", "advice"}
    assert str(result[0]["label"]) == "Gas or carbon monoxide"
    assert signposts_for([]) == []


def test_signposts_for_accepts_safety_concerns_output() -> None:
    codes = safety_concerns("Sparks from the socket and black mould with asthma.")
    assert [item["code"] for item in signposts_for(codes)] == codes == ["damp_health", "electrics"]


@pytest.mark.parametrize(
    "text",
    [
        # alarms fitted, tested or working; drills
        "Smoke alarm fitted in the landing today, thanks.",
        "We had carbon monoxide alarms fitted last year and they test fine.",
        "We had a fire drill at the school and everyone was out in three minutes.",
        "Am avut exercițiu de evacuare în caz de incendiu și totul a mers bine.",
        "ਨਵਾਂ ਸਮੋਕ ਅਲਾਰਮ ਲੱਗ ਗਿਆ ਹੈ, ਧੰਨਵਾਦ",
        # idioms and figures of speech
        "The sky was threatening rain all afternoon.",
        "The kids were burning the midnight oil before their exams.",
        "This wait will kill me, three months for a new tap.",
        "এই অপেক্ষা আমাকে মেরে ফেলবে",
        # nobody ill, in every language
        "A bit of mould on the window, nobody's poorly.",
        "Some mould in the bathroom but no one in the house has health problems.",
        "Puțin mucegai pe geam, dar nimeni din casă nu are probleme de sănătate.",
        "قليل من العفن في الحمام، ولا أحد منا مريض",
        "বাথরুমে একটু ছত্রাক আছে, কিন্তু কেউ অসুস্থ নয়",
        "Na oknie trochę pleśni, ale nikt nie choruje.",
        "کھڑکی پر تھوڑی پھپھوندی ہے لیکن کوئی بیمار نہیں",
        "ਖਿੜਕੀ ਕੋਲ ਥੋੜ੍ਹੀ ਉੱਲੀ ਹੈ ਪਰ ਕੋਈ ਬਿਮਾਰ ਨਹੀਂ",
        # the electrician says all is safe now, in every language
        "The electrician came back and said it's all safe now, new consumer unit in.",
        "Elektryk wymienił bezpieczniki i wszystko jest bezpieczne.",
        "Electricianul a schimbat tabloul electric și a zis că totul e sigur.",
        "الكهربائي غيّر الفيوز وقال كل شيء آمن",
        "الیکٹریشن نے نئی وائرنگ کر دی ہے اور کہا ہے کہ اب سب محفوظ ہے",
        "ইলেকট্রিশিয়ান নতুন ফিউজবক্স লাগিয়েছেন, এখন সব নিরাপদ",
        "ਇਲੈਕਟ੍ਰੀਸ਼ੀਅਨ ਨੇ ਨਵੀਂ ਵਾਇਰਿੰਗ ਕੀਤੀ, ਹੁਣ ਸਭ ਸੁਰੱਖਿਅਤ ਹੈ",
        # a neighbour's cigarettes or chimney are not a fire
        "My neighbour smokes cigarettes on his balcony and the smoke comes in.",
        "Sąsiad pali papierosy na balkonie i dym leci do nas.",
        "Dym z komina sąsiada czuć tylko zimą.",
        # routine words near the new patterns
        "I'll collect my tablets from the chemist on Monday.",
        "The builders could finish it by Friday.",
        "If you send the photos you'll see the damage.",
        "Nobody knows when the repair will be done.",
        "My daughter is 3 months old and we love the new flat.",
        "We can't face another winter of broken promises from the council.",
        "There's a strong gas smell coming from the meter cupboard.",  # gas, but not electrics
    ],
)
def test_precise_negatives(text: str) -> None:
    assert safety_concerns(text) == (["gas"] if "gas smell" in text else [])


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("the flame in the boiler has gone orange instead of blue and we all get headaches", "gas"),
        ("the little box above the boiler keeps chirping", "gas"),
        ("the lecky box is crackling and gone black round the switch", "electrics"),
        ("the plaster above the bath has a big belly and it's drooping", "structural"),
        ("he said I'd regret complaining and he knows what time my daughter gets home", "threats"),
        ("someone pushed a dead rat through my letterbox", "threats"),
        ("I've been putting my sleeping tablets by in a jar", "self_harm"),
        ("she thinks about just letting go", "self_harm"),
        ("sometimes I think it would be better if I didn't wake up", "self_harm"),
        ("juz nie mam sily, najlepiej by bylo sie nie obudzic", "self_harm"),
        ("I am 81 and the heating has been broken for a week", "heating_vulnerable"),
        ("nae heatin and the wee yin's only 3 month", "heating_vulnerable"),
        ("my dad has Parkinson's and there is no heating", "heating_vulnerable"),
    ],
)
def test_described_rather_than_named(text: str, code: str) -> None:
    assert code in safety_concerns(text)
