"""The detector's output type and the kinds it reports."""

from __future__ import annotations

from dataclasses import dataclass

PERSON = "PERSON"
ADDRESS = "ADDRESS"
POSTCODE = "POSTCODE"
PHONE = "PHONE"
EMAIL = "EMAIL"
NI_NUMBER = "NI_NUMBER"
# Version 2 of the marking: NHS numbers, vehicle registrations, social media handles,
# personal web addresses, passport/ID/permit numbers, sort codes and account numbers.
OTHER_ID = "OTHER_ID"
REFERENCE = "REFERENCE"
DATE_OF_BIRTH = "DATE_OF_BIRTH"
AGE = "AGE"
ORGANISATION = "ORGANISATION"
HEALTH = "HEALTH"
OTHER_SPECIAL = "OTHER_SPECIAL"

KINDS = (
    PERSON,
    ADDRESS,
    POSTCODE,
    PHONE,
    EMAIL,
    NI_NUMBER,
    REFERENCE,
    DATE_OF_BIRTH,
    AGE,
    OTHER_ID,
    ORGANISATION,
    HEALTH,
    OTHER_SPECIAL,
)
# Findings made only because nothing knows a word ("when in doubt, flag"): a name no list has,
# or an everyday word no list has. Editors see them like any other; tests of clean text
# (the demo stories) accept them.
DOUBT_CONFIDENCE = 0.4

# The kinds that identify a person directly; the others are sensitive context.
IDENTIFYING = frozenset(KINDS[:10])

# When two findings overlap, the merged span takes the kind that ranks first here:
# the more specific structured kinds before the looser ones.
PRIORITY = {
    kind: rank
    for rank, kind in enumerate(
        (
            EMAIL,
            PHONE,
            POSTCODE,
            NI_NUMBER,
            OTHER_ID,
            REFERENCE,
            DATE_OF_BIRTH,
            ADDRESS,
            PERSON,
            AGE,
            ORGANISATION,
            HEALTH,
            OTHER_SPECIAL,
        )
    )
}


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of text that may identify someone: [start, end) in code points."""

    start: int
    end: int
    kind: str
    confidence: float
    reason: str

    def as_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "kind": self.kind}


# A digit of any of the site's scripts: ASCII, Arabic-Indic, Eastern Arabic-Indic, Bengali, Gurmukhi.
ANY_DIGIT = "[0-9\u0660-\u0669\u06f0-\u06f9\u09e6-\u09ef\u0a66-\u0a6f]"


class LazyPattern:
    """A regular expression compiled on first use.

    Start-up then pays only for the patterns the stories need: the big label and
    language patterns that most stories never reach are not compiled at import.
    Once compiled, the compiled pattern's methods sit in the slots, so a call costs
    what it costs on the pattern itself (no ``__getattr__`` on the hot path).
    """

    __slots__ = ("_args", "_compiled", "search", "match", "fullmatch", "finditer", "findall", "sub", "split")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._args = (pattern, flags)
        self._compiled = None

    def __getattr__(self, name: str):
        compiled = self._compiled
        if compiled is None:
            import re

            compiled = self._compiled = re.compile(*self._args)
            for method in ("search", "match", "fullmatch", "finditer", "findall", "sub", "split"):
                setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)
