"""Folding text and patterns the same way, and the word boundaries of each script.

Case, Latin accents, Arabic-script letter variants and diacritics and the Gurmukhi
nukta/addak/virama are folded, so "pożar" matches "pozar", Romanian works with or without
diacritics, and Urdu typed with Arabic letters still matches.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_MARKS = re.compile(
    "[\u0300-\u036f"  # Latin combining accents (after NFKD)
    "\u064b-\u065f\u0670\u06d6-\u06ed\u0640"  # Arabic harakat, hamza marks, tatweel
    "\u0a3c\u0a71\u0a4d"  # Gurmukhi nukta, addak, virama
    "\u200c\u200d\u00ad]"  # joiners, soft hyphen
)
_LETTERS = str.maketrans(
    {
        "ł": "l",
        "ٱ": "ا",
        "ى": "ی",
        "ي": "ی",
        "ے": "ی",
        "ك": "ک",
        "ة": "ہ",
        "ۃ": "ہ",
        "ه": "ہ",
        "ە": "ہ",
        "\u0a02": "\u0a70",  # Gurmukhi bindi and tippi are written interchangeably
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
    }
)


def strip(text: str) -> str:
    """Fold spelling variants; used on patterns too, so it must leave regex syntax alone."""
    return _MARKS.sub("", unicodedata.normalize("NFKD", text)).translate(_LETTERS)


def fold(text: str) -> str:
    return strip(text.casefold())


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """``fold(text)`` and, for each folded character, the index of the original one it came from.

    Lets a match in folded text be quoted from the original, as the resident wrote it.
    """
    pieces: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        folded = fold(char)
        pieces.append(folded)
        offsets.extend([index] * len(folded))
    return "".join(pieces), offsets


# Letters only: Arabic-script and Gurmukhi punctuation and digits count as boundaries.
ARABIC_LETTER = r"[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff]"
BENGALI_LETTER = r"[\u0980-\u09e3\u09f0-\u09ff]"
GURMUKHI_LETTER = r"[\u0a01-\u0a65\u0a70-\u0a75]"


def _bounded(letter: str, words: Iterable[str], prefix: str = "") -> str:
    return f"(?<!{letter}){prefix}(?:{'|'.join(words)})(?!{letter})"


def ar(*words: str) -> str:
    """Whole Arabic word, allowing the clitics written joined to it (و ف ب ل ال بال لل)."""
    return _bounded(ARABIC_LETTER, words, "[وف]?(?:ال|بال|لل|كال|[بل])?")


def ur(*words: str) -> str:
    """Whole Urdu word (Urdu postpositions are written apart)."""
    return _bounded(ARABIC_LETTER, words)


def bn(*words: str) -> str:
    """Bengali word start (case endings are joined to the noun, so the end stays open)."""
    return f"(?<!{BENGALI_LETTER})(?:{'|'.join(words)})"


def pa(*words: str) -> str:
    """Whole Gurmukhi word, so that ਅੱਗ "fire" does not match ਅੱਗੇ "ahead"."""
    return _bounded(GURMUKHI_LETTER, words)


def near(first: str, second: str, *, gap: int = 2, latin: bool = True) -> str:
    """``first`` then ``second`` with at most ``gap`` words between them.

    Latin words are split at any non-word character; other scripts only at spaces, since
    Python's ``\\w`` does not count Bengali and Gurmukhi vowel signs as word characters.
    """
    sep, word = (r"\W+", r"\w+") if latin else (r"[\s,،]+", r"[^\s.,!?;،۔।؟]+")
    return rf"(?:{first})(?:{sep}{word}){{0,{gap}}}?{sep}(?:{second})"


def either(first: str, second: str, *, gap: int = 2, latin: bool = True) -> str:
    """``first`` and ``second`` within ``gap`` words of each other, in either order."""
    return f"{near(first, second, gap=gap, latin=latin)}|{near(second, first, gap=gap, latin=latin)}"


# How each language's alternatives are anchored. Latin: whole words. Others: a lookahead for the
# script, so the regex engine skips the long alternation at every position in another script.
ANCHORS = {
    "en": r"\b",
    "pl": r"\b",
    "ro": r"\b",
    "ar": r"(?=[\u0600-\u06ff])",
    "ur": r"(?=[\u0600-\u06ff])",
    "bn": r"(?=[\u0980-\u09ff])",
    "pa": r"(?=[\u0a00-\u0a7f])",
}
LANGUAGES = tuple(ANCHORS)
# Code-mixed text: a Latin word or a figure beside another script ("socket টা পুড়ে",
# "heating ਬੰਦ", "85 ਸਾਲ", "(৭৫)"). Starts at a word, a figure or a bracket; unlike the Latin
# lists it is not closed with ``\b`` (a Bengali vowel sign is no word character), so each
# fragment closes itself.
ANCHORS["mixed"] = r"(?<!\w)(?=[\w(])"
