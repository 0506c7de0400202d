"""Each sheet's XML scanned as bytes before calamine reads it: where its cells may lie.

calamine holds a sheet as a dense grid from A1 to its farthest cell and reads cells by local
name whatever their namespace: one `<c r="XFD1048576">` aborts the process (the grid does not
fit in memory), one `<x:c>` is a cell too. So inside `<sheetData>` every cell must be written
`<c r="A1"` (its reference first: what Excel, LibreOffice and every library we met write),
within the last column and row the sheet's <dimension> states, and no element may carry a
namespace prefix. The common case costs one pass of the regex engine's prefix search over the
sheet (cell_pattern); only a sheet that fails it, or states no dimension, is looked at cell by
cell to say exactly what is wrong. A sheet reaching Excel's LAST_ROW is refused: Excel cuts
what does not fit there, so such a sheet may have lost rows.

What the reader refuses only on the sheets it reads (a formula, an error value, a merged
range; someone's notes may hold them) is noted in SheetFacts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from surveyor.core.errors import Problem, SurveyError
from surveyor.core.workbook.extent import MAX_SHEET_CELLS

LAST_ROW = 1_048_576
MAX_COLUMNS = 16_384
_DIMENSION = re.compile(rb'<(?:[\w.-]+:)?dimension\s+ref="\$?([A-Z]{1,3})\$?(\d+)'
                        rb'(?::\$?([A-Z]{1,3})\$?(\d+))?"')
_SHEET_DATA = re.compile(rb"<(?:[\w.-]+:)?sheetData[\s>/]")
_PREFIXED = re.compile(rb":(?:c|row|v|f|is|t|r|rPh|sheetData)[\s>/]")
_ELEMENT_BEFORE = re.compile(rb"</?[\w.-]+\Z")
_FORMULA = re.compile(rb"<f[\s>/]")
_ANY_CELL = re.compile(rb'<c(?! r="[A-Z]{1,3}[1-9][0-9]{0,6}")[\s>/]')
_REF = re.compile(rb'<c r="([A-Z]{1,3})([0-9]{1,7})"')
_MERGE = re.compile(rb'<(?:[\w.-]+:)?mergeCell\s+ref="([A-Z0-9:$]{1,30})"')


@dataclass(frozen=True)
class SheetFacts:
    """What the reader refuses on a sheet it reads: cells as references ("T5"), or None."""

    part: str
    state: str = "visible"          # or hidden, veryHidden
    formula: str | None = None      # the first cell holding a formula
    error: str | None = None        # the first cell holding an error value (#DIV/0!, #N/A…)
    merged: str | None = None       # the first merged range


def split_ref(ref: str) -> tuple[int, int]:
    """'AB12' -> (12, 28): row and column, from 1."""
    letters = ref.rstrip("0123456789")
    column = 0
    for letter in letters:
        column = column * 26 + ord(letter) - 64
    return int(ref[len(letters):] or 0), column


@lru_cache(maxsize=64)
def _at_most(limit: str, lowest: str, first: str, last: str) -> str:
    """Regex alternatives for the strings as long as `limit` that sort no higher, over the
    characters first..last, the leading one from `lowest`."""
    branches = []
    for i, char in enumerate(limit):
        low = lowest if i == 0 else first
        if char > low:
            rest = len(limit) - i - 1
            branches.append(f"{limit[:i]}[{low}-{chr(ord(char) - 1)}]"
                            + (f"[{first}-{last}]{{{rest}}}" if rest else ""))
    return "|".join([*branches, limit])


@lru_cache(maxsize=64)
def cell_pattern(last_column: str, last_row: str) -> re.Pattern:
    """Cells that are not `<c r="…"` within A1:<last_column><last_row>: a negative lookahead
    of character classes at each `<c`, so one prefix search over the sheet."""
    columns = _at_most(last_column, "A", "A", "Z")
    if len(last_column) > 1:
        columns += f"|[A-Z]{{1,{len(last_column) - 1}}}"
    rows = _at_most(last_row, "1", "0", "9")
    if len(last_row) > 1:
        rows += f"|[1-9][0-9]{{0,{len(last_row) - 2}}}"
    return re.compile(f'<c(?! r="(?:{columns})(?:{rows})")[\\s>/]'.encode())


def scan_sheet(data: bytes, part: str, name: str, state: str, file: str) -> SheetFacts:
    """Check one sheet's cells (see the module docstring); what the reader refuses, noted."""
    start = _SHEET_DATA.search(data)
    if start is None:
        return SheetFacts(part, state)
    begin = start.start()
    end = max(data.rfind(b"sheetData") + 9, start.end())
    dimension = _DIMENSION.search(data, 0, begin)
    last = None
    if dimension:
        column, row = (dimension[3], dimension[4]) if dimension[3] else (dimension[1], dimension[2])
        last = (column.decode(), row.decode())
        rows, columns = split_ref(last[0] + last[1])
        if rows >= LAST_ROW:
            raise SurveyError(Problem.SHEET_FULL, file=file, sheet=name, rows=LAST_ROW)
        if columns > MAX_COLUMNS or rows * columns > MAX_SHEET_CELLS:    # read from A1
            raise SurveyError(Problem.SHEET_TOO_LARGE, file=file, sheet=name, rows=rows,
                              columns=columns, limit=MAX_SHEET_CELLS)
    if last is None or cell_pattern(*last).search(data, begin, end):
        _exact_extent(data, begin, end, last, name, file)
    for hit in _PREFIXED.finditer(data, begin, end):
        if _ELEMENT_BEFORE.search(data, max(begin, hit.start() - 40), hit.start()):
            seen = data[max(begin, hit.start() - 12):hit.end()].decode("utf-8", "replace")
            raise SurveyError(Problem.NOT_XLSX, file=file, detail=(
                f"sheet {name}: a cell element with a namespace prefix ({seen.strip()!r}); "
                "spreadsheet programs write none"))
    formula = _FORMULA.search(data, begin, end)
    error = data.find(b't="e"', begin, end)
    merge = _MERGE.search(data, end)
    return SheetFacts(part, state, formula=_cell_at(data, begin, formula.start()) if formula else None,
                      error=_cell_at(data, begin, error) if error >= 0 else None,
                      merged=merge[1].decode().replace("$", "") if merge else None)


def _cell_at(data: bytes, begin: int, at: int) -> str:
    """The reference of the cell a position lies in ("?" if none)."""
    cell = data.rfind(b'<c r="', begin, at)
    if cell < 0:
        return "?"
    return data[cell + 6:data.find(b'"', cell + 6, cell + 20)].decode("ascii", "replace")


def _exact_extent(data: bytes, begin: int, end: int, last: tuple[str, str] | None, name: str,
                  file: str) -> None:
    """Cell by cell: refuse a cell without its reference first, a sheet reaching LAST_ROW, one
    wider than Excel's columns or over MAX_SHEET_CELLS, a cell outside the range it states."""
    bad = _ANY_CELL.search(data, begin, end)
    if bad:
        seen = data[bad.start():bad.start() + 24].decode("utf-8", "replace")
        raise SurveyError(Problem.NOT_XLSX, file=file, detail=(
            f"sheet {name}: a cell without its reference first ({seen!r})"))
    rows = columns = 0
    far = ""
    for letters, digits in _REF.findall(data, begin, end):
        row, column = split_ref((letters + digits).decode())
        if row > rows or column > columns:
            far = (letters + digits).decode()
            rows, columns = max(rows, row), max(columns, column)
    if rows >= LAST_ROW:
        raise SurveyError(Problem.SHEET_FULL, file=file, sheet=name, rows=LAST_ROW)
    if columns > MAX_COLUMNS or rows * columns > MAX_SHEET_CELLS:
        raise SurveyError(Problem.SHEET_TOO_LARGE, file=file, sheet=name, rows=rows,
                          columns=columns, limit=MAX_SHEET_CELLS)
    if last is not None:
        stated_row, stated_column = split_ref(last[0] + last[1])
        if rows > stated_row or columns > stated_column:
            raise SurveyError(Problem.NOT_XLSX, file=file, detail=(
                f"sheet {name}: cell {far} lies outside the range A1:{last[0]}{last[1]} the "
                "sheet states (was it edited by hand?)"))
