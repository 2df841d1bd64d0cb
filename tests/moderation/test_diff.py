"""The storyteller's check page marks only real changes (moderation.diff.marked_changes)."""

from __future__ import annotations

import re

import pytest

from moderation.diff import marked_changes


def changes(original: str, published: str) -> tuple[list[str], list[str]]:
    html = str(marked_changes(original, published))
    strip = lambda s: re.sub(r"<span[^>]*>.*?</span>", "", s)  # noqa: E731 - the hidden "removed:" label
    return (
        [strip(m) for m in re.findall(r"<del[^>]*>(.*?)</del>", html)],
        [strip(m) for m in re.findall(r"<ins[^>]*>(.*?)</ins>", html)],
    )


@pytest.mark.parametrize(
    ("original", "published"),
    [
        ("The wall.\r\nIt was wet.", "The wall.\nIt was wet."),
        ("The  wall. It was   wet.", "The wall. It was wet."),
        ("The wall.\n\nIt was wet.", "The wall.\nIt was wet."),
        ("<p>The wall.</p><p>It was wet.</p>", "The wall. It was wet."),
        ("The wall&nbsp;was wet.", "The wall was wet."),
        ("Tom’s wall", "Tom's wall"),
        ("Ściana była mokra.\r\n", "Ściana była mokra."),
        ("الجدار كان رطبا.", "الجدار  كان رطبا."),
    ],
)
def test_unchanged_words_are_never_removed_and_added(original, published):
    assert changes(original, published) == ([], [])


def test_a_replaced_name_is_one_change():
    assert changes("Dave Smith rang me twice.", "The operative rang me twice.") == (
        ["Dave Smith"],
        ["The operative"],
    )


def test_a_dropped_name_keeps_the_words_around_it_apart():
    html = str(marked_changes("My son Tom came round.", "My son came round."))
    assert changes("My son Tom came round.", "My son came round.") == (["Tom"], [])
    assert re.sub(r"<[^>]+>|removed: ", "", html) == "My son Tom came round."


def test_a_changed_full_stop_is_only_the_punctuation():
    assert changes("We fixed the wall,", "We fixed the wall.") == ([","], ["."])


def test_the_published_text_keeps_its_line_breaks_and_is_escaped():
    html = str(marked_changes("Line one\nJo said 2 < 3", "Line one\nResident A said 2 < 3 <b>"))
    assert "Line one\n" in html and "2 &lt; 3" in html
    assert "&lt;b&gt;" in html and "<b>" not in html  # shown as written, never as markup
    assert changes("Line one\nJo was here", "Line one\nResident A was here") == (["Jo"], ["Resident A"])


def test_empty_texts():
    assert str(marked_changes("", "")) == ""
    assert changes("", "All new.") == ([], ["All new."])
    assert changes("All gone.", "") == (["All gone."], [])
