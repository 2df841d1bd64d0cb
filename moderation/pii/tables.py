"""People and ages in tables pasted into a story.

Residents and caseworkers paste household lists, repair logs and contact logs from a form or a
spreadsheet: a header row names the columns ("Name | Relationship | Age", "Data | Nr zlecenia |
Technik", "نام | رشتہ | عمر"), and every row below has its cells in the same order. The cell
under an age column is an age however bare ("| 44 |", "| ۷۲ |"), and the cell under a name,
operative or officer column is a person even when the name is also a word ("| Mark |", "| Jag |").

Rows end at a line break (or the ";;" some writers type for one); cells are split by "|" or a tab.
A table whose line breaks were lost is read by counting its header's cells.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from . import names, scripts
from .spans import AGE, ANY_DIGIT, PERSON, LazyPattern, Span

_ROW_END = LazyPattern(r"\n|;;")
_CELL_SPLIT = re.compile(r"[|\t]")

_AGE_HEADERS = frozenset(
    unicodedata.normalize("NFC", w)
    for w in """age ages age(s) aged wiek lat vârstă vârsta varsta vîrsta عمر العمر العمر_بالسنوات عمرہ বয়স ਉਮਰ
    years""".split()
)
_PERSON_HEADERS = frozenset(
    unicodedata.normalize("NFC", w)
    for w in """name names full_name member resident tenant applicant operative engineer technician officer staff
    agent contact spoke_to caller worker contractor_name handled_by attended_by
    imię imie nazwisko imię_i_nazwisko osoba technik pracownik hydraulik fachowiec monter rozmówca
    nume numele prenume tehnician tehnicianul muncitor angajat instalator persoana
    الاسم اسم الفني العامل الموظف الشخص
    نام مستری ٹیکنیشن ملازم افسر شخص
    নাম মিস্ত্রি টেকনিশিয়ান কর্মী অফিসার
    ਨਾਮ ਨਾਂ ਮਿਸਤਰੀ ਟੈਕਨੀਸ਼ੀਅਨ ਕਰਮਚਾਰੀ ਅਫ਼ਸਰ""".split()
)
_AGE_UNIT = r"(?:years?|yrs?|months?|lat|lata|ani|de[ \u00a0]+ani|luni|miesięcy|miesiące|سنة|سنوات|عامًا|عاماً|سال|ماہ|বছর|মাস|ਸਾਲ|ਮਹੀਨੇ)"
_AGE_CELL = LazyPattern(
    rf"{ANY_DIGIT}{{1,3}}(?:[ \u00a0]*{_AGE_UNIT})?"
    # "76 and 72": two people's ages in one cell
    rf"(?:[ \u00a0]+(?:and|i|și|و|اور|ও|ਅਤੇ)[ \u00a0]+{ANY_DIGIT}{{1,3}}(?:[ \u00a0]*{_AGE_UNIT})?)?"
)
# A note that opens with an age in any column: "| 91 lat, niewidoma |", "| ٧٤ سنة، ربو مزمن |"
_AGE_OPENING_NOTE = LazyPattern(rf"({ANY_DIGIT}{{1,3}}[ \u00a0]*{_AGE_UNIT})(?=[ \u00a0]*(?:[,،;]|$))")
_NAME_CELL = LazyPattern(
    r"[^\W\d_][\w'’.\-\u0610-\u061a\u064b-\u065f\u0670\u0980-\u09ff\u0a00-\u0a7f]*(?:[ \u00a0]+[^\W\d_][\w'’.\-\u0610-\u061a\u064b-\u065f\u0670\u0980-\u09ff\u0a00-\u0a7f]*){0,3}"
)


def _cells(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The cells of one row, stripped, as (start, end)."""
    out, start = [], lo
    for m in _CELL_SPLIT.finditer(text, lo, hi):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, hi))
    stripped = []
    for a, b in out:
        while a < b and text[a] in " \u00a0:":
            a += 1
        while b > a and text[b - 1] in " \u00a0.,;":
            b -= 1
        stripped.append((a, b))
    return stripped


def _header_kind(cell: str) -> str | None:
    key = unicodedata.normalize("NFC", cell.strip().lower()).replace(" ", "_").strip("_:")
    if key in _AGE_HEADERS or key.split("_")[0] in ("age", "wiek", "vârsta", "vârstă", "عمر", "বয়স", "ਉਮਰ"):
        return AGE
    if key in _PERSON_HEADERS or key.split("_")[0] in _PERSON_HEADERS:
        return PERSON
    return None


def _rows(text: str) -> list[tuple[int, int]]:
    rows, start = [], 0
    for m in _ROW_END.finditer(text):
        rows.append((start, m.start()))
        start = m.end()
    rows.append((start, len(text)))
    return rows


def _flat_rows(text: str) -> list[tuple[int, int]]:
    """Rows of a table whose line breaks were lost ("| Name | Age | | Ann | 7 | | Bo | 4 |"): after a
    header of k cells, every row is the next k cells, each row set off by an empty cell."""
    pipes = [m.start() for m in re.finditer(r"\|", text)]
    rows: list[tuple[int, int]] = []
    j = 0
    while j < len(pipes) - 2:
        k = 0  # the header: cells with a column's name, no digits, up to an empty cell
        while j + k + 1 < len(pipes) and text[pipes[j + k] + 1 : pipes[j + k + 1]].strip():
            k += 1
        header = [text[pipes[j + i] + 1 : pipes[j + i + 1]] for i in range(k)]
        if k < 2 or not any(_header_kind(c) for c in header) or any(ch.isdigit() for c in header for ch in c):
            j += max(k, 1)
            continue
        rows.append((pipes[j] + 1, pipes[j + k]))
        at = j + k + 1  # past the empty cell between two rows
        while at + k < len(pipes) and not text[pipes[at - 1] + 1 : pipes[at]].strip():
            rows.append((pipes[at] + 1, pipes[at + k]))
            at += k + 1
        j = at
    return rows


def _name_like(value: str, language: str) -> bool:
    words = value.split()
    if not words or len(words) > 4:
        return False
    first = words[0]
    if scripts.script_of(first) is not None:
        return not scripts.ordinary_word(first, scripts.script_of(first))
    return first[:1].isupper() and not names.function_word(first) and not names.known_place(first)


def find(text: str, language: str) -> Iterator[Span]:
    """Ages and people in the columns of a pasted table (any language)."""
    if not text or text.count("|") + text.count("\t") < 4:
        return
    rows = _flat_rows(text) if "\n" not in text and re.search(r"\|[ \u00a0]+\|", text) else _rows(text)
    columns: dict[int, str] = {}
    width = 0
    for lo, hi in rows:
        if text.count("|", lo, hi) + text.count("\t", lo, hi) < 1:
            columns, width = {}, 0  # a line of prose ends the table
            continue
        cells = _cells(text, lo, hi)
        first = text[cells[0][0] : cells[0][1]]
        cut = max(first.rfind(": "), first.rfind(". "), first.rfind("："))
        if cut != -1:  # "... sent with the form: Name | Relationship | Age": prose before the header
            cells[0] = (cells[0][0] + cut + 2, cells[0][1])
        kinds = {i: k for i, (a, b) in enumerate(cells) if (k := _header_kind(text[a:b]))}
        if kinds and len(cells) >= 2 and not any(c.isdigit() for a, b in cells for c in text[a:b]):
            columns, width = kinds, len(cells)  # a header row (a row with numbers holds values)
            continue
        if not columns or abs(len(cells) - width) > 1:
            continue
        for i, (a, b) in enumerate(cells):
            if columns.get(i) != AGE and (m := _AGE_OPENING_NOTE.match(text, a, b)):
                yield Span(m.start(1), m.end(1), AGE, 0.55, "an age opening a table's note")
        for i, kind in columns.items():
            if i >= len(cells):
                continue
            a, b = cells[i]
            value = text[a:b]
            if kind == AGE and _AGE_CELL.fullmatch(value):
                yield Span(a, b, AGE, 0.6, "a cell under an age column")
            elif (
                kind == PERSON
                and _NAME_CELL.fullmatch(value.strip("\"'“”"))
                and _name_like(value.strip("\"'“”"), language)
            ):
                start = a + (1 if text[a] in "\"'“" else 0)
                end = b - (1 if text[b - 1] in "\"'”" else 0)
                yield Span(start, end, PERSON, 0.6, "a cell under a name column")
