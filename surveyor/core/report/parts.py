"""A table on a sheet for people that goes on in parts past what one worksheet holds.

Excel holds 1,048,576 rows, and xlsxwriter drops a row written past them without a word (it
returns -1). When a part holds PART_ROWS data rows, the rows go on in a new worksheet named as
the sync sheets' parts are (layout.part_name: `Dữ liệu co_so_san_xuat~2`), with the same
header, widths, frozen header row and autofilter. Worksheets are added at the end of the book:
the report puts each part right after the one before it (write.py, `_order_sheets`).

A row's cells go to a rowxml.RowBuffer and are written at once (`flush`), so the writers
(`writers`, `put_text`, `put_number`) belong to the current part: take them after `next_row`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from surveyor.core.workbook.layout import MAX_SHEET_ROWS, part_name
from surveyor.core.workbook.rowxml import RowBuffer
from surveyor.core.workbook.sheet import cell_methods, cell_writers

PART_ROWS = MAX_SHEET_ROWS       # data rows of one part, as on the sync sheets (tests make it small)


class PartedSheet:
    """One table for people being written: its parts, and the row being written."""

    def __init__(self, book, name: str, headers: Sequence[str], widths: Sequence[int],
                 formats: Mapping, *, height: float):
        self.book, self.name, self.formats, self.height = book, name, formats, height
        self.headers, self.widths = list(headers), list(widths)
        self.parts: list = []            # the worksheets, in order
        self.filled: list[int] = []      # data rows of each part
        self.rows = 0                    # data rows in every part
        self._next_part()

    def _next_part(self) -> None:
        ws = self.book.add_worksheet(part_name(self.name, len(self.parts) + 1))
        ws.freeze_panes(1, 0)
        ws.set_row(0, self.height)
        for col, (header, width) in enumerate(zip(self.headers, self.widths)):
            ws.set_column(col, col, width)
            ws.write_string(0, col, header, self.formats["head"])
        self.ws, self.row = ws, 0
        self.buffer = RowBuffer(ws)
        self.writers = cell_writers(self.buffer, self.formats)
        self.put_text, self.put_number = cell_methods(self.buffer)
        self.parts.append(ws)
        self.filled.append(0)

    def next_row(self) -> int:
        """The row the next data row takes, in a new part when this one is full."""
        if self.row >= PART_ROWS:
            self._next_part()
        self.row += 1
        self.rows += 1
        self.filled[-1] = self.row
        return self.row

    def flush(self) -> None:
        """Write the cells given for the current row."""
        self.buffer.flush(self.row)

    def finish(self) -> None:
        for ws, rows in zip(self.parts, self.filled):
            ws.autofilter(0, 0, max(rows, 1), len(self.headers) - 1)
