"""Regenerate known_arab.txt and known_guru.txt: ordinary words of the
scripts that the frequency lists (common_*.txt) miss.

The detector treats a script word that no list knows as a possible name and flags it (recall
first). Punjabi has no frequency list of its own (common_pa.txt is Hindi mapped into
Gurmukhi), so everyday Punjabi words ("ਦਿੱਤਾ", "ਚਿੱਠੀ") would be flagged as names. These lists
come from the word lists inside Tesseract's trained data (Apache-2.0), which Debian packages:

    apt-get install tesseract-ocr tesseract-ocr-ara tesseract-ocr-urd tesseract-ocr-pan
    .venv/bin/python moderation/pii/data/scripts/build_known.py

Words in the names lists (names_*.txt, pet_names_*.txt, hand_names_*.txt) are left out: a
listed name stays a name. Nothing here runs at detection time.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[3]))  # project root

from moderation.pii.scripts import normalise  # noqa: E402

TESSDATA = Path("/usr/share/tesseract-ocr/5/tessdata")
SOURCES = {"arab": ("ara", "urd"), "guru": ("pan",)}  # Bengali: see scripts._known
SCRIPT_RANGES = {"arab": ("\u0600", "\u06ff"), "guru": ("\u0a00", "\u0a7f")}


def tesseract_words(lang: str) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        prefix = f"{tmp}/{lang}."
        subprocess.run(  # noqa: S603 - fixed arguments, Debian's tools
            ["/usr/bin/combine_tessdata", "-u", str(TESSDATA / f"{lang}.traineddata"), prefix],
            check=True,
            capture_output=True,
        )
        out = f"{tmp}/words.txt"
        subprocess.run(  # noqa: S603
            ["/usr/bin/dawg2wordlist", prefix + "lstm-unicharset", prefix + "lstm-word-dawg", out],
            check=True,
            capture_output=True,
        )
        return Path(out).read_text(encoding="utf-8").split()


# Each script's frequency lists and the rank below which scripts._RARE calls a word ordinary.
FREQUENT = {
    "arab": (("common_ar.txt", 15000), ("common_ur.txt", 8000)),
    "guru": (("common_pa.txt", 6000),),
}


def ranked(name: str, top: int) -> set[str]:
    return set((HERE / name).read_text(encoding="utf-8").split("\n")[:top])


def lines(name: str) -> set[str]:
    path = HERE / name
    if not path.exists():
        return set()
    return {
        w
        for line in path.read_text(encoding="utf-8").splitlines()
        if not line.startswith("#")
        for w in line.split()
    }


def main() -> None:
    for script, langs in SOURCES.items():
        low, high = SCRIPT_RANGES[script]
        skip = lines(f"names_{script}.txt")
        # a word this frequent is never "rare" in scripts.py, so it needs no entry here
        skip |= set.intersection(*(ranked(name, top) for name, top in FREQUENT[script]))
        skip |= {
            normalise(w, script) for w in lines(f"pet_names_{script}.txt") | lines(f"hand_names_{script}.txt")
        }
        known: set[str] = set()
        for lang in langs:
            for word in tesseract_words(lang):
                if not all(low <= c <= high or c in "\u200c\u200d" for c in word):
                    continue
                norm = normalise(word, script)
                if len(norm) >= 2 and norm not in skip:
                    known.add(norm)
        (HERE / f"known_{script}.txt").write_text("\n".join(sorted(known)) + "\n", encoding="utf-8")
        print(f"known_{script}.txt: {len(known)} words")


if __name__ == "__main__":
    main()
