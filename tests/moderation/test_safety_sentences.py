"""Safety triage on the labelled sentences: a quality floor, and the behaviours editors rely on.

The figures per language are printed by ``bench/safety.py``; this holds recall at 95% or
more overall and in every language (no timing here).
"""

from __future__ import annotations

import pytest

from moderation.safety import CODES, safety_concerns, safety_reasons

from .safety_fresh import FRESH
from .safety_fresh2 import FRESH2
from .safety_fresh3 import FRESH3
from .safety_fresh4 import FRESH4
from .safety_sentences import SENTENCES, ratio, score

LANGUAGES = ("en", "ar", "bn", "pa", "pl", "ro", "ur")


def test_the_set_is_big_enough_and_labelled_with_known_codes() -> None:
    for language in LANGUAGES:
        entries = [codes for lang, codes, _ in SENTENCES if lang == language]
        assert len(entries) >= (150 if language == "en" else 20), language
        assert any(not codes for codes in entries), f"{language} needs negatives"
    assert {code for _, codes, _ in SENTENCES for code in codes} <= set(CODES)


# Our own sentences, and a batch written apart by someone who never saw the rules (measured
# at first sight before the rules were widened for it: bench/safety.py and docs/moderation.md).
SETS = pytest.mark.parametrize(
    "sentences",
    [SENTENCES, FRESH, FRESH2, FRESH3, FRESH4],
    ids=["own", "fresh", "fresh2", "fresh3", "fresh4"],
)


@SETS
def test_recall_is_at_least_95_percent(sentences) -> None:
    counts = score(sentences, safety_concerns)
    for language in (*LANGUAGES, "all"):
        c = counts[language]
        assert ratio(c["tp"], c["tp"] + c["fn"]) >= 0.95, language


@SETS
def test_precision_stays_useful(sentences) -> None:
    """Not the target (recall is), but a flag on every story would teach editors to ignore it."""
    c = score(sentences, safety_concerns)["all"]
    assert ratio(c["tp"], c["tp"] + c["fp"]) >= 0.9


@pytest.mark.parametrize(
    "text",
    [
        "The gas engineer came and all was fine.",
        "There was no smell of gas.",
        "No danger to anyone.",
        "There was no gas leak, it was the drains.",
        "The landlord threatened to take me to court.",
        "The heating was off for a day.",  # no one vulnerable named
        "My children drew the pictures for this story.",  # vulnerable, but warm
        "I fell behind with the rent.",
        "The complaint sparked a review.",
    ],
)
def test_tricky_negatives(text: str) -> None:
    assert safety_concerns(text) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("smelt gas all nite in the flat", "gas"),
        ("the socket is sparkin and blackened", "electrics"),
        ("water coming thru the light in the kitchen", "electrics"),
        ("no heating n my baby is only 6 weeks old", "heating_vulnerable"),
        ("the ceiling caved in on the landing", "structural"),
        ("been harrased by the bloke next door for months", "threats"),
        ("i thought about sucide", "self_harm"),
    ],
)
def test_residents_spelling(text: str, code: str) -> None:
    assert code in safety_concerns(text)


def test_a_denial_before_but_not_after_a_but() -> None:
    assert safety_concerns("We thought it was a gas leak but it was a false alarm.") == []
    assert safety_concerns("The engineer said all was fine, but then we smelt gas again.") == ["gas"]


def test_self_harm_is_never_cancelled_by_a_denial() -> None:
    assert safety_concerns("I wouldn't say I was suicidal, but it was close.") == ["self_harm"]


def test_reasons_quote_the_words_as_written() -> None:
    text = "Last winter we had NO HEATING for weeks. Our baby was ill. Then we could smell gas."
    reasons = safety_reasons(["gas", "heating_vulnerable"], text)
    assert [reason["code"] for reason in reasons] == ["gas", "heating_vulnerable"]
    assert reasons[0]["excerpt"] == "smell gas"
    assert str(reasons[0]["label"]) == "Gas or carbon monoxide"
    assert "NO HEATING" in reasons[1]["excerpt"] and "baby" in reasons[1]["excerpt"]


def test_reasons_from_accented_text_and_other_scripts() -> None:
    (reason,) = safety_reasons(["gas"], "Se simțea MIROS DE GAZE pe scară.")
    assert reason["excerpt"] == "MIROS DE GAZE"
    (reason,) = safety_reasons(["self_harm"], "میں نے خودکشی کے بارے میں سوچا۔")
    assert reason["excerpt"] == "خودکشی"


def test_a_stored_code_no_longer_in_the_text_keeps_its_label_without_a_quote() -> None:
    (reason,) = safety_reasons(["gas"], "The text was rewritten by an editor.")
    assert reason["excerpt"] == "" and str(reason["label"])


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("He said he'd pour petrol through our letterbox and watch us burn.", "threats"),
        ("My ex has tracked me down to this flat and says he'll come for me.", "threats"),
        ("He's gonnae batter me if I say anything.", "threats"),
        ("Some mornings I just don't see the point in getting up any more.", "self_harm"),
        ("I'd be better off not around, honestly.", "self_harm"),
        ("আমার আর বেঁচে থাকার কোনো মানে নেই।", "self_harm"),
        ("The chimney stack is leaning towards the road.", "structural"),
        ("The crack in the bedroom wall is now 10mm wide.", "structural"),
        ("Stair handrail is held on by one screw.", "structural"),
        ("The ceilin's comin doon in the bathroom.", "structural"),
        ("There's cables hangin oot the ceiling rose.", "electrics"),
        ("Bathroom-এর light এ পানি পড়ছে", "electrics"),
        ("Heating: off. Hot water: off. Children: 3 (youngest 2 mths old).", "heating_vulnerable"),
        ("Boiler kharab hai do hafte se, ammi 78 saal ki hain.", "heating_vulnerable"),
        ("The boiler's dead and my husband is on oxygen.", "heating_vulnerable"),
        ("There's an eggy smell by the meter.", "gas"),
    ],
)
def test_described_by_kind_dialect_forms_and_code_mixing(text: str, code: str) -> None:
    assert code in safety_concerns(text)


@pytest.mark.parametrize(
    "text",
    [
        "The landlord said he'll find me a new flat by March.",
        "They'll make us pay for the repair, which is unfair.",
        "I know which window is leaking, it's the one in the kitchen.",
        "My sanity is hanging by a thread with this process.",
        "There's a 5mm gap under the front door and it's draughty.",
        "No heating for 3 wks, just me and my husband, both fine.",
        "We'd be better off moving to a bigger flat.",
        "He put the leaflet through our letterbox yesterday.",
        "The GP signed me off work for a week.",
        "Syn złamał mi okulary, kupię nowe.",
        "Bathroom light جلدی ٹھیک کر دیں۔",
        "The smell of eggs cooking from next door wakes me up.",
    ],
)
def test_near_misses_of_the_wider_patterns(text: str) -> None:
    assert safety_concerns(text) == []
