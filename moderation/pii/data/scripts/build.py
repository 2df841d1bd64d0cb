"""Regenerate the word lists that moderation/pii/scripts.py loads.

Run from the project root with the virtualenv's Python (needs Faker 40.54.0, already a
dependency, and wordfreq 3.1.1, only at build time):

    .venv/bin/python moderation/pii/data/scripts/build.py

Writes, next to this file:
  names_arab.txt  names_beng.txt  names_guru.txt  - normalised name tokens, one a line
  common_ar.txt  common_ur.txt  common_bn.txt  common_pa.txt - normalised common words,
                                                  most frequent first (rank = line number)
Sources: the hand_names_*.txt lists beside this file; Faker person providers (ar_AA, ar_SA,
ar_PS, ar_DZ, fa_IR, bn_BD, and hi_IN/ne_NP given names mapped from Devanagari into Gurmukhi
and Bengali letter by letter); wordfreq top-n lists for ar, ur, fa, bn and hi (hi mapped into
Gurmukhi, as wordfreq has no Punjabi).
Nothing here runs at detection time.
"""

from __future__ import annotations

import importlib
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[3]))  # project root

from moderation.pii.scripts import normalise  # noqa: E402

SCRIPT_OF = (
    ("arab", re.compile(r"^[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF\u200c]+$")),
    ("beng", re.compile(r"^[\u0980-\u09FF\u200c\u200d]+$")),
    ("guru", re.compile(r"^[\u0A00-\u0A7F]+$")),
)


def script_of(word: str) -> str | None:
    for name, rx in SCRIPT_OF:
        if rx.match(word):
            return name
    return None


def faker_names(locale: str) -> set[str]:
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    words: set[str] = set()
    for attr in dir(provider):
        if "name" not in attr or "language" in attr or attr.startswith("_"):
            continue
        value = getattr(provider, attr)
        if isinstance(value, dict):
            value = list(value)
        if isinstance(value, (list, tuple)):
            for item in value:
                if isinstance(item, str) and "{" not in item:
                    words.update(item.split())
    return words


# Devanagari -> Gurmukhi / Bengali. Both blocks follow the ISCII layout, so most letters are
# a fixed offset away; letters a target script lacks are replaced or make the word unusable.
GURU_FIX = {"ष": "ਸ਼", "ऋ": "ਰਿ", "ृ": "ਿਰ", "ॉ": "ੌ", "ऑ": "ਔ", "ऍ": "ਐ", "ॅ": "ੈ", "ऐ": "ਐ", "ः": "", "ॐ": ""}
BENG_FIX = {"व": "ব", "ॉ": "ো", "ऑ": "অ", "ॅ": "্যা", "ऍ": "এ"}


def map_devanagari(word: str, offset: int, fix: dict[str, str]) -> str | None:
    out = []
    for ch in unicodedata.normalize("NFD", word):
        if ch in fix:
            out.append(fix[ch])
            continue
        cp = ord(ch)
        if not 0x0900 <= cp <= 0x097F:
            return None
        target = chr(cp + offset)
        try:
            unicodedata.name(target)
        except ValueError:
            return None
        out.append(target)
    text = unicodedata.normalize("NFC", "".join(out))
    if offset == 0x100:
        # Gurmukhi writes a nasal after short vowels/consonants with tippi, and rarely uses
        # virama conjuncts except with subjoined r/v/h.
        text = re.sub("([\u0a15-\u0a39\u0a3f\u0a41\u0a42])\u0a02", "\\1\u0a70", text)
        text = re.sub("\u0a4d(?![\u0a30\u0a35\u0a39])", "", text)
    return text


def read_hand(name: str) -> set[str]:
    words: set[str] = set()
    for line in (HERE / name).read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        words.update(line.split())
    return words


def write(name: str, words) -> None:
    (HERE / name).write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"{name}: {len(words)} words")


def main() -> None:
    import wordfreq

    names = {
        "arab": read_hand("hand_names_arab.txt"),
        "beng": read_hand("hand_names_beng.txt"),
        "guru": read_hand("hand_names_guru.txt"),
    }
    for locale in ("ar_AA", "ar_SA", "ar_PS", "ar_DZ", "fa_IR", "bn_BD"):
        for w in faker_names(locale):
            s = script_of(w)
            if s:
                names[s].add(w)
    for locale in ("hi_IN", "ne_NP"):
        for w in faker_names(locale):
            for script, offset, fix in (("guru", 0x100, GURU_FIX), ("beng", 0x80, BENG_FIX)):
                mapped = map_devanagari(w, offset, fix)
                if mapped and len(mapped) >= 2:
                    names[script].add(mapped)
    for script, words in names.items():
        normed = sorted({normalise(w, script) for w in words if len(normalise(w, script)) >= 2})
        write(f"names_{script}.txt", normed)

    def ranked(lang: str, n: int, script: str, mapper=None) -> list[str]:
        out, seen = [], set()
        for w in wordfreq.top_n_list(lang, n):
            if mapper:
                w = mapper(w)
                if not w:
                    continue
            if script_of(w) != script:
                continue
            w = normalise(w, script)
            if w and w not in seen:
                seen.add(w)
                out.append(w)
        return out

    write("common_ar.txt", ranked("ar", 50000, "arab"))
    ur = ranked("ur", 30000, "arab")
    seen = set(ur)
    ur += [w for w in ranked("fa", 30000, "arab") if w not in seen]
    write("common_ur.txt", ur)
    write("common_bn.txt", ranked("bn", 50000, "beng"))
    write("common_pa.txt", ranked("hi", 30000, "guru", lambda w: map_devanagari(w, 0x100, GURU_FIX)))


if __name__ == "__main__":
    main()
