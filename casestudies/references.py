"""Reference numbers people can read aloud and type: MTR-7K3Q-9F2D.

The alphabet leaves out characters that are easy to confuse (0/O, 1/I/L, U/V) and
vowels that could spell words; 27**8 (about 2.8e11) references make guessing futile.
"""

import re
import secrets

ALPHABET = "23456789BCDFGHJKMNPQRSTWXYZ"
PREFIX = "MTR"
_PATTERN = re.compile(rf"^{PREFIX}-[{ALPHABET}]{{4}}-[{ALPHABET}]{{4}}$")


def reference_generate() -> str:
    chars = "".join(secrets.choice(ALPHABET) for _ in range(8))
    return f"{PREFIX}-{chars[:4]}-{chars[4:]}"


def reference_normalise(value: str) -> str:
    """Accept what people type: lower case, spaces, missing dashes."""
    compact = re.sub(r"[\s\-]", "", value or "").upper()
    if compact.startswith(PREFIX):
        compact = compact[len(PREFIX) :]
    if len(compact) != 8:
        return (value or "").strip().upper()
    return f"{PREFIX}-{compact[:4]}-{compact[4:]}"


def reference_is_valid(value: str) -> bool:
    return bool(_PATTERN.match(value or ""))
