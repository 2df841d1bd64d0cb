"""Integrity of the second fresh safety batch (``tests/moderation/safety_fresh2.py``).

Checks the data only: it never calls the classifier, so that the first-sight
measurement stays a measurement and not a floor.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.moderation.safety_fresh2 import CONCERNS, FRESH2, LANGUAGES

EXPECTED_CONCERNS = {
    "gas",
    "fire",
    "electrics",
    "damp_health",
    "heating_vulnerable",
    "structural",
    "threats",
    "self_harm",
}
EXPECTED_COUNTS = {"en": 56, "pl": 14, "ro": 14, "ar": 14, "ur": 14, "bn": 14, "pa": 14}


def test_concern_codes_are_the_eight_known_ones():
    assert set(CONCERNS) == EXPECTED_CONCERNS


def test_languages_are_the_seven_expected():
    assert set(LANGUAGES) == set(EXPECTED_COUNTS)


def test_total_and_per_language_counts():
    assert len(FRESH2) == 140
    assert Counter(lang for lang, _, _ in FRESH2) == EXPECTED_COUNTS


def test_entries_are_well_formed():
    for lang, codes, text in FRESH2:
        assert lang in LANGUAGES
        assert isinstance(codes, set)
        assert codes <= EXPECTED_CONCERNS, (lang, codes, text)
        assert isinstance(text, str)
        assert text == text.strip() and text, (lang, text)


def test_no_duplicate_sentences():
    texts = Counter(text.casefold() for _, _, text in FRESH2)
    assert [t for t, n in texts.items() if n > 1] == []


@pytest.mark.parametrize("lang", sorted(EXPECTED_COUNTS))
def test_every_concern_appears_in_every_language(lang):
    seen = {code for entry_lang, codes, _ in FRESH2 if entry_lang == lang for code in codes}
    assert seen == EXPECTED_CONCERNS, EXPECTED_CONCERNS - seen


@pytest.mark.parametrize("lang", sorted(EXPECTED_COUNTS))
def test_each_language_has_negatives(lang):
    negatives = [text for entry_lang, codes, text in FRESH2 if entry_lang == lang and not codes]
    assert len(negatives) >= 5


def test_about_sixty_percent_carry_a_concern():
    flagged = sum(1 for _, codes, _ in FRESH2 if codes)
    assert 0.55 <= flagged / len(FRESH2) <= 0.65


def test_some_sentences_carry_two_concerns():
    assert sum(1 for _, codes, _ in FRESH2 if len(codes) >= 2) >= 7
