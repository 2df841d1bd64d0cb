"""The readability check of anonymised text (moderation.pii.readability). Invented sentences."""

from __future__ import annotations

import pytest

from moderation.pii.generalise import apply_replacements, suggestions
from moderation.pii.readability import BRACKET, CUT, DOUBLED, STACKED, readability_problems


def reasons(text: str, language: str = "en") -> list[tuple[str, str]]:
    return [(p.reason, text[p.start : p.end]) for p in readability_problems(text, language)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We waited at [a street in the area for weeks.", [(BRACKET, "[a street in the area for weeks.")]),
        ("The fix] came late.", [(BRACKET, "]")]),
        ("Nothing [] was said.", [(BRACKET, "[]")]),
        ("A [b [c] d] e", [(BRACKET, "[b ["), (BRACKET, "]")]),
        (
            "[a street in the area], [a street in the area], London",
            [(STACKED, "[a street in the area], [a street in the area]")],
        ),
        (
            "Call [contact details removed] or [contact details removed].",
            [(STACKED, "[contact details removed] or [contact details removed]")],
        ),
        ("in [a town] [postcode removed]", [(STACKED, "[a town] [postcode removed]")]),
        ("my wife [my partner] was ill", [(STACKED, "my wife [my partner]")]),
        ("our neighbour Resident B rang", [(STACKED, "our neighbour Resident B")]),
        ("They fixed the the wall.", [(DOUBLED, "the the")]),
        ("Sprawdzili ścianę ścianę wczoraj.", [(DOUBLED, "ścianę ścianę")]),
        ("Follow @jo_Resident A_77 for news", [(CUT, "@jo_Resident A_77")]),
        ("Write to Resident A@example.org", [(CUT, "Resident A@example.org")]),
        ("[my son]s room was damp", [(CUT, "[my son]s")]),
        ("Mr Resident Aon rang", [(CUT, "Resident Aon")]),
    ],
)
def test_problems_are_found_with_their_place(text, expected):
    assert reasons(text) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Resident A and Resident B came round.", "en"),
        ("Resident A's flat was cold. Mrs A wrote.", "en"),
        ("I had had enough. Very very cold.", "en"),
        ("We live on a street in London.", "en"),
        ("My son has [a health condition] and the wall was wet.", "en"),
        ("Wall. Wall again.", "en"),
        ("Am vorbit cu Resident A-ului ieri.", "ro"),
        ("সে বার বার ফোন করেছে।", "bn"),  # reduplication is grammar in Bengali
        ("وہ آہستہ آہستہ ٹھیک ہوا۔", "ur"),
        ("ਉਹ ਹੌਲੀ ਹੌਲੀ ਠੀਕ ਹੋਇਆ।", "pa"),
        ("إصلاح الجدار تم ببطء.", "ar"),
        ("Mój sąsiad zgłosił przeciek przy naszej ulicy.", "pl"),
        ("", "en"),
    ],
)
def test_text_that_reads_well_has_no_problems(text, language):
    assert readability_problems(text, language) == []


def test_problems_come_in_order_with_an_excerpt():
    text = "First the the wall. " + "Then a long while passed. " * 4 + "Call [x] [y]."
    found = readability_problems(text)
    assert [p.reason for p in found] == [DOUBLED, STACKED]
    assert found[0].start < found[1].start
    assert "the the" in found[0].excerpt and found[1].excerpt.startswith("…")


@pytest.mark.parametrize(
    ("language", "story"),
    [
        ("en", "We live at 12 Acacia Road, Leeds LS6 2AB with my son Tom, 7, and my wife Priya."),
        ("en", "Call 07700 900123 or email tom.reed@example.com. Tom Reed, the caretaker, came."),
        ("pl", "Mój sąsiad Tomasz Nowak mieszka przy ul. Długiej 5. Tomek dzwonił do pani Kowalskiej."),
        ("ro", "Soțul meu, Ion Popescu, a sunat. Locuim pe strada Florilor 12."),
        ("ar", "اتصل جاري أحمد بالمالك. ابني محمد مريض."),
        ("ur", "ہمارے پڑوسی احمد نے شکایت کی۔"),
        ("bn", "আমার ছেলে রহিম অসুস্থ। প্রতিবেশী করিম অভিযোগ করেছিলেন।"),
        ("pa", "ਗੁਆਂਢੀ ਹਰਜੀਤ ਨੇ ਸ਼ਿਕਾਇਤ ਕੀਤੀ।"),
    ],
)
def test_accepting_every_suggestion_leaves_readable_text(language, story):
    found = suggestions(story, language)
    result = apply_replacements(story, [(s.start, s.end, s.replacement) for s in found])
    assert readability_problems(result, language) == [], result
