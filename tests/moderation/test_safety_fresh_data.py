"""Integrity of the fresh safety sentences (``tests/moderation/safety_fresh.py``).

Checks the data only: it never calls the classifier, so that the first-sight
measurement stays a measurement and not a floor.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.moderation.safety_fresh import CONCERNS, FRESH, LANGUAGES

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


def test_concern_codes_are_the_agreed_list():
    assert set(CONCERNS) == EXPECTED_CONCERNS
    assert set(LANGUAGES) == {"en", "pl", "ro", "ar", "ur", "bn", "pa"}


def test_entries_have_the_right_shape():
    assert len(FRESH) == 140
    for entry in FRESH:
        assert isinstance(entry, tuple) and len(entry) == 3, entry
        language, codes, text = entry
        assert language in LANGUAGES, entry
        assert isinstance(codes, set), entry
        assert codes <= EXPECTED_CONCERNS, entry
        assert isinstance(text, str) and text.strip() == text and len(text) > 10, entry


def test_sentences_are_unique():
    duplicates = [text for text, n in Counter(text for _, _, text in FRESH).items() if n > 1]
    assert not duplicates


def test_counts_per_language():
    counts = Counter(language for language, _, _ in FRESH)
    assert counts["en"] == 56
    for language in LANGUAGES:
        assert counts[language] >= 14, language


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_concern_present_in_every_language(language):
    seen = set().union(*(codes for lang, codes, _ in FRESH if lang == language))
    assert seen == EXPECTED_CONCERNS, EXPECTED_CONCERNS - seen


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_has_negatives_and_positives(language):
    entries = [codes for lang, codes, _ in FRESH if lang == language]
    negatives = sum(1 for codes in entries if not codes)
    assert negatives >= 5, language
    assert len(entries) - negatives >= 8, language


def test_about_sixty_percent_carry_a_concern_and_some_carry_two():
    positives = sum(1 for _, codes, _ in FRESH if codes)
    assert 0.55 <= positives / len(FRESH) <= 0.65
    assert sum(1 for _, codes, _ in FRESH if len(codes) >= 2) >= 7


def test_non_english_sentences_are_written_in_their_script():
    ranges = {
        "ar": ("\u0600", "\u06ff"),
        "ur": ("\u0600", "\u06ff"),
        "bn": ("\u0980", "\u09ff"),
        "pa": ("\u0a00", "\u0a7f"),
    }
    for language, _, text in FRESH:
        if language in ranges:
            low, high = ranges[language]
            letters = [ch for ch in text if ch.isalpha()]
            inside = sum(1 for ch in letters if low <= ch <= high)
            assert inside / len(letters) > 0.9, text
        else:
            assert text.isascii() or language in {"pl", "ro"}, text
