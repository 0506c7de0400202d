"""Dismissed duplicate pairs in the sync workbook: the `_dismissed` sheet.

When a person says two possible duplicates are different establishments, the store remembers
the pair (store/reviews.py) and never flags it again. The pair travels with the responses, so
the next level does not ask again: one row per pair (`_uuid`, `_other_uuid`: the smaller uuid
first; `_form_id`; `dismissed_at`, `dismissed_by` as the store has them), after the data and
media sheets; `_manifest` says how many (`dismissed_pairs`). The sheet is not in the manifest's
sheets table, so a Surveyor that predates it imports the workbook as before, without the pairs.

Reading: the header must be DISMISSED_HEADER; every cell is text (a formula or an error value
is refused with the sheet, as on the data sheets), each uuid a uuid, the two different, the
form id given; the rows must be as many as the manifest says. A bad row refuses the workbook,
naming file, sheet, row and column.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import NamedTuple

from surveyor.core.errors import Problem, SurveyError
from surveyor.core.workbook.layout import DISMISSED, DISMISSED_HEADER
from surveyor.core.workbook.rows import UUID

COUNT_ENTRY = "dismissed_pairs"          # the manifest's entry: how many rows the sheet holds


class DismissedPair(NamedTuple):
    first: str                   # the smaller uuid
    second: str
    form_id: str
    at: str
    who: str


def write_dismissed(book, formats: Mapping, pairs: Iterable[DismissedPair]) -> int:
    """The `_dismissed` sheet (none when there is no pair); returns the rows written."""
    pairs = sorted(pairs)
    if not pairs:
        return 0
    ws = book.add_worksheet(DISMISSED)
    ws.freeze_panes(1, 0)
    for col, width in enumerate((36, 36, 18, 19, 20)):
        ws.set_column(col, col, width)
    ws.write_row(0, 0, DISMISSED_HEADER, formats["header"])
    for row, pair in enumerate(pairs, start=1):
        for col, text in enumerate(pair):
            if text:
                ws.write_string(row, col, text, formats["text"])
    ws.autofilter(0, 0, len(pairs), len(DISMISSED_HEADER) - 1)
    return len(pairs)


def _cell(value: object) -> str:
    return "" if value is None else str(value).strip()


def read_dismissed(rows: Iterator[list], file: str, stated: str) -> tuple[DismissedPair, ...]:
    """The pairs of a `_dismissed` sheet's rows (header first); `stated`: the manifest's count
    ("" when it gives none)."""
    def bad(row: int, column: str, detail: str) -> SurveyError:
        return SurveyError(Problem.BAD_CELL, file=file, sheet=DISMISSED, row=row,
                           column=column, detail=detail)

    header = tuple(_cell(v) for v in next(rows, []))[:len(DISMISSED_HEADER)]
    if header != DISMISSED_HEADER:
        missing = next(c for c, h in zip(DISMISSED_HEADER, (*header, *[""] * 5)) if c != h)
        raise SurveyError(Problem.COLUMN_MISSING, file=file, sheet=DISMISSED, column=missing)
    found: list[DismissedPair] = []
    for number, row in enumerate(rows, start=2):
        cells = [_cell(v) for v in row[:len(DISMISSED_HEADER)]]
        cells += [""] * (len(DISMISSED_HEADER) - len(cells))
        if not any(cells) and not any(_cell(v) for v in row):
            continue
        if any(_cell(v) for v in row[len(DISMISSED_HEADER):]):
            raise bad(number, "", "a cell right of dismissed_by is filled")
        for column, value in zip(DISMISSED_HEADER[:2], cells):
            if not UUID.fullmatch(value):
                raise bad(number, column, f"{value!r} is not a uuid (36 characters like "
                                          "0bb662a8-c979-4b06-9b94-3cfc46f57327)")
        first, second, form_id, at, who = cells
        if first == second:
            raise bad(number, "_other_uuid", "the pair names the same response twice")
        if not form_id:
            raise bad(number, "_form_id", "the pair names no form")
        found.append(DismissedPair(*sorted((first, second)), form_id, at, who))
    if stated.isdigit() and int(stated) != len(found):
        raise SurveyError(Problem.ROWS_MISMATCH, file=file, sheet=DISMISSED, found=len(found),
                          stated=stated)
    return tuple(found)
