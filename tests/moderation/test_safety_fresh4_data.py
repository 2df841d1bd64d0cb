"""Integrity of the fourth fresh safety batch (``tests/moderation/safety_fresh4.py``).

Checks the data only: it never calls the classifier, so that the first-sight
measurement stays a measurement and not a floor.
"""

from __future__ import annotations

from collections import Counter

import pytest

from moderation.safety import CODES
from tests.moderation.safety_fresh4 import FRESH4

LANGUAGES = ("en", "ar", "bn", "pa", "pl", "ro", "ur")
EXPECTED_COUNTS = {"en": 45, "pl": 10, "ro": 10, "ar": 10, "ur": 10, "bn": 10, "pa": 10}


def test_total_and_per_language_counts():
    assert len(FRESH4) == 105
    assert Counter(lang for lang, _, _ in FRESH4) == EXPECTED_COUNTS


def test_languages_are_the_seven_campaign_languages():
    assert {lang for lang, _, _ in FRESH4} == set(LANGUAGES)


def test_entries_are_well_formed_and_use_known_codes():
    for lang, codes, text in FRESH4:
        assert lang in LANGUAGES
        assert isinstance(codes, set)
        assert codes <= set(CODES), (lang, codes, text)
        assert isinstance(text, str)
        assert text == text.strip() and text, (lang, text)


def test_no_duplicate_sentences():
    texts = Counter(text.casefold() for _, _, text in FRESH4)
    assert [t for t, n in texts.items() if n > 1] == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_concern_appears_in_every_language(lang):
    seen = {code for entry_lang, codes, _ in FRESH4 if entry_lang == lang for code in codes}
    assert seen == set(CODES), set(CODES) - seen


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_has_negatives(lang):
    negatives = [text for entry_lang, codes, text in FRESH4 if entry_lang == lang and not codes]
    assert len(negatives) >= 3


def test_the_flagged_share_and_the_double_concerns():
    assert sum(1 for _, codes, _ in FRESH4 if codes) == 69
    assert sum(1 for _, codes, _ in FRESH4 if len(codes) >= 2) == 10
