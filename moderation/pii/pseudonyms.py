"""One pseudonym per person across all of a story's texts.

The same person may be written "Margaret", "Maggie", "Mrs Ellis" and "Margaret Ellis" in the
title, the story and its translation; they get one label. Two people never share one: a
title of the other gender, a different role or a different first name keeps them apart.
The storyteller (the name on the submission) has a label of their own, the first letter.

Labels: the role the sentence gives ("my son", "the caretaker") wins; otherwise the
house-style letter, in the story's language ("Resident B", "B.", "الشخص ب"). Plain Python.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field

__all__ = [
    "Mention",
    "Person",
    "assign",
    "later_role",
    "letter_label",
    "same_name",
    "script_letter",
    "taken_letters",
]

_EDGE = "\"'“”‘’()[]«».,;:!?-–—،؛۔।"
_FOLD = str.maketrans("يىكهأإٱ", "یییکہاا")


def _norm(word: str) -> str:
    word = word.strip(_EDGE).casefold()
    for suffix in ("'s", "’s"):
        if word.endswith(suffix):
            word = word[: -len(suffix)]
    return unicodedata.normalize("NFC", word.translate(_FOLD))


# Titles, by the gender they tell (a "Mr Ellis" is not a "Mrs Ellis").
_MALE = frozenset(
    _norm(w)
    for w in "mr mr. sir lord pan panem pana panu domnul dl السيد جناب مسٹر জনাব শ্রী মিস্টার ਸ੍ਰੀ ਮਿਸਟਰ".split()
)
_FEMALE = frozenset(
    _norm(w)
    for w in "mrs mrs. ms ms. miss dame lady pani doamna dna السيدة مسز শ্রীমতী মিসেস ਸ੍ਰੀਮਤੀ ਸ਼੍ਰੀਮਤੀ ਮਿਸਿਜ਼".split()
)

# Short forms of the same given name. Each line: the full name, then its short forms.
_NICKNAMES = """
margaret maggie meg peggy maggs marge margie madge greta
elizabeth liz lizzie beth betty bess libby eliza lisa
william will bill billy willie liam
robert rob bob bobby robbie bert
richard rich rick ricky dick
james jim jimmy jamie
john jack johnny
thomas tom tommy
christopher chris kit
michael mike mick mickey
katherine kate katie kath kathy cath cathy catherine kat
patricia pat patsy trish tricia
jennifer jen jenny
susan sue susie
deborah debbie deb
rebecca becky becca
victoria vicky tori
alexander alex al sandy
alexandra alex sandra lexi
edward ed eddie ted teddy ned
anthony tony ant
daniel dan danny
david dave davy
joseph joe joey
samuel sam sammy
benjamin ben benny
nicholas nick nicky
matthew matt
andrew andy drew
stephen steve stevie
steven steve stevie
peter pete
charles charlie chuck
frederick fred freddie
henry harry hal
abdullah abdul
mohammed mohammad muhammad mo
małgorzata gosia małgosia
katarzyna kasia
aleksandra ola
agnieszka aga
krzysztof krzysiek
piotr piotrek
tomasz tomek
magdalena magda
joanna asia joasia
józef józek
stanisław staszek
wojciech wojtek
aleksander olek
ioana ionela
ion ionuț ionut
gheorghe gică gica
alexandru alex sandu
"""
_CANON: dict[str, str] = {}
for _line in _NICKNAMES.strip().splitlines():
    _full, *_short = _line.split()
    _CANON.setdefault(_full, _full)
    for _s in _short:
        _CANON.setdefault(_s, _full)

# Case endings of names in Polish and Romanian ("Tomka", "Kowalskiej", "Mariei").
_ENDINGS = {
    "pl": ("iego", "ego", "emu", "owi", "iem", "iej", "ej", "em", "om", "ą", "ę", "a", "u", "y", "i", "e"),
    "ro": ("ului", "ei", "ul", "a"),
}


def _forms(word: str, language: str) -> frozenset[str]:
    """The ways one name word may be matched: itself, its full name, its stem."""
    forms = {word, _CANON.get(word, word)}
    for ending in _ENDINGS.get(language, ()):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            forms.add(word[: -len(ending)])
    if language == "pl":
        forms |= {f[:-2] + f[-1] for f in list(forms) if f.endswith(("ek", "ka")) and len(f) >= 5}
        if word.endswith(("ski", "ska", "cki", "cka", "dzki", "dzka")):
            forms.add(word[:-1])
    return frozenset(forms)


@dataclass(frozen=True)
class Mention:
    """One time a person is named: its key (any hashable, e.g. (field, start, end)), the name
    as written without its title, the title written with it, and the role the sentence gives."""

    key: Hashable
    name: str
    title: str = ""
    role: str = ""
    language: str = "en"


def _words(name: str) -> list[str]:
    return [w for w in (_norm(t) for t in re.split(r"[\s\-]+", name)) if len(w) > 1 or not w.isascii()]


def _gender(title: str) -> str:
    t = _norm(title)
    return "m" if t in _MALE else "f" if t in _FEMALE else ""


def same_name(a: str, b: str, language: str = "en") -> bool:
    """Whether two ways of writing a name can be one person: every word of the shorter
    matches a word of the longer (as written, a short form or an inflected form)."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    long_forms = [_forms(w, language) for w in long_]
    return all(any(_forms(w, language) & f for f in long_forms) for w in short)


def _role_head(role: str) -> str:
    words = [_norm(w) for w in role.split()]
    return words[-1] if words else ""


@dataclass
class Person:
    """One person: their label parts. ``letter`` is set when no role names them."""

    index: int
    storyteller: bool = False
    role: str = ""
    role_language: str = "en"
    letter: str = ""
    names: list[str] = field(default_factory=list)
    genders: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    role_in: dict[str, str] = field(default_factory=dict)  # language -> the role given in it

    def label(self, language: str = "en") -> str:
        """What a mention with no role of its own becomes, in a text in ``language``: the role
        given in that language, else the first role given (the caller may translate it)."""
        lang = _base(language)
        if self.role and not self.storyteller:
            if lang in self.role_in:
                return later_role(self.role_in[lang], lang)
            return later_role(self.role, self.role_language)
        return letter_label(self.letter or "A", language)


_LETTERS = {
    "ar": "أ ب ج د ه و ز ح ط ي".split(),
    "ur": "الف ب پ ت ٹ ث ج چ ح خ".split(),
    "bn": "ক খ গ ঘ ঙ চ ছ জ ঝ ঞ".split(),
    "pa": "ੳ ਅ ੲ ਸ ਹ ਕ ਖ ਗ ਘ ਙ".split(),
}
_LABELS = {
    "en": "Resident {}",
    "pl": "{}.",
    "ro": "{}.",
    "ar": "الشخص {}",
    "ur": "شخص {}",
    "bn": "ব্যক্তি {}",
    "pa": "ਵਿਅਕਤੀ {}",
}


def _base(language: str) -> str:
    return (language or "en").lower().split("-")[0].split("_")[0]


def script_letter(letter: str, language: str) -> str:
    """The house-style letter ("A", "B", ...) in the story's script (Arabic "أ", Bengali "ক")."""
    letters = _LETTERS.get(_base(language))
    if letters and len(letter) == 1 and ord(letter) - ord("A") < len(letters):
        return letters[ord(letter) - ord("A")]
    return letter


def letter_label(letter: str, language: str = "en") -> str:
    """The house style for a person with no role: "Resident B" in English, "B." in Polish and
    Romanian (as in their anonymised rulings: no case ending to get wrong), "الشخص ب"..."""
    lang = _base(language)
    return _LABELS.get(lang, _LABELS["en"]).format(script_letter(letter, lang))


_INDEFINITE = re.compile(r"^(?:a|an|one)\s+", re.IGNORECASE)
_POSSESSOR = re.compile(r"^(?:(?:the|a|an|my|our|his|her|their|your)\s+)?[\w-]+['’]s\s+", re.IGNORECASE)
_DETERMINED = re.compile(r"^(?:the|my|our|his|her|their|your|this|that)\s", re.IGNORECASE)


def later_role(role: str, language: str = "en") -> str:
    """A role as used to name someone already introduced: English "a neighbour" becomes
    "the neighbour", "the landlord's head of housing" becomes "the head of housing", and a
    bare "caretaker" becomes "the caretaker"; other languages keep the sentence's words."""
    role = " ".join(role.split())
    if _base(language) != "en" or not role.isascii():
        return role
    role = _INDEFINITE.sub("the ", role)
    role = _POSSESSOR.sub("the ", role)
    if not _DETERMINED.match(role + " "):
        role = f"the {role}"
    return role


def _letters(index: int) -> str:
    out = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        out = chr(ord("A") + rem) + out
    return out


def _compatible(person: Person, mention: Mention) -> bool:
    gender = _gender(mention.title)
    if gender and person.genders and gender not in person.genders:
        return False
    if mention.role and person.roles and _role_head(mention.role) not in person.roles:
        return False
    if mention.role and person.storyteller:
        return False  # the storyteller does not introduce themselves as "my neighbour"
    return any(same_name(mention.name, known, mention.language) for known in person.names)


_USED = re.compile(
    r"(?<![A-Za-z])(?:Resident|Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+([A-Z]{1,2})(?![A-Za-z])"
    r"|(?<![\w.])([A-Z])\.(?!\w)"
    r"|(?:الشخص|شخص|ব্যক্তি|ਵਿਅਕਤੀ)\s+(\S+)"
)


def taken_letters(texts: Sequence[str]) -> set[str]:
    """Letters already written as labels in ``texts`` ("Resident B", "Mrs C", "D.", "الشخص ب"):
    an editor who accepted some findings has given them out, so nobody else may get them."""
    taken = set()
    for text in texts:
        for m in _USED.finditer(text or ""):
            letter = m.group(1) or m.group(2) or ""
            if m.group(3):
                for letters in _LETTERS.values():
                    if m.group(3).strip("،,.۔।") in letters:
                        letter = chr(ord("A") + letters.index(m.group(3).strip("،,.۔।")))
            if letter:
                taken.add(letter)
    return taken


def assign(
    mentions: Sequence[Mention], *, storyteller: str = "", taken: set[str] | frozenset[str] = frozenset()
) -> dict[Hashable, Person]:
    """Group mentions into people and label them. ``mentions`` are in reading order.

    Full names are grouped first so that a short form joins the person it belongs to; a
    short form that fits several people goes to the one named most recently before it.
    Letter A is the storyteller's (the submission's name) and nobody else's; other people
    take B, C... in order of first mention, skipping letters in ``taken`` (already in the
    text), so a story anonymised in several sittings never gives two people one letter.
    """
    order = {m.key: i for i, m in enumerate(mentions)}
    people: list[Person] = []
    teller = Person(index=-1, storyteller=True, names=[storyteller]) if _words(storyteller) else None
    found: dict[Hashable, Person] = {}
    last_seen: dict[int, int] = {}
    ranked = sorted(mentions, key=lambda m: (-len(_words(m.name)), order[m.key]))
    for mention in ranked:
        if not _words(mention.name):
            continue
        here = order[mention.key]
        candidates = [p for p in ([teller] if teller else []) + people if _compatible(p, mention)]
        if candidates:
            before = [p for p in candidates if last_seen.get(id(p), here + 1) < here]
            person = max(before, key=lambda p: last_seen[id(p)]) if before else candidates[0]
        else:
            person = Person(index=len(people))
            people.append(person)
        person.names.append(mention.name)
        if gender := _gender(mention.title):
            person.genders.add(gender)
        if mention.role:
            person.roles.add(_role_head(mention.role))
        last_seen[id(person)] = max(last_seen.get(id(person), -1), here)
        found[mention.key] = person
    # The role of the earliest mention that gives one; letters in order of first mention.
    for mention in mentions:
        person = found.get(mention.key)
        if person is not None and mention.role and not person.storyteller:
            if not person.role:
                person.role, person.role_language = mention.role, _base(mention.language)
            person.role_in.setdefault(_base(mention.language), mention.role)
    named = {id(p): p for p in found.values()}
    # People named by a role take letters after everyone else: used only where their role
    # cannot be said (in a translation), they leave no gaps in "Resident A, B, C".
    lettered = sorted(
        named.values(),
        key=lambda p: (
            not p.storyteller,
            bool(p.role) and not p.storyteller,
            min(order[k] for k, q in found.items() if q is p),
        ),
    )
    number = 0
    for person in lettered:
        if person.storyteller:
            person.letter = "A"
            continue
        number = max(number, 1 if teller else 0)
        while _letters(number) in taken:
            number += 1
        person.letter = _letters(number)
        number += 1
    return found
