"""Rows of a worksheet written straight into the worksheet's row file, as the very XML
xlsxwriter writes for them, without its work per cell.

A report of 50k responses writes about 7 million cells (the sync sheets and the sheets for
people); in xlsxwriter's constant-memory mode each cell costs a stored tuple, a dimension check, two regular
expressions for control characters, two for whitespace, one for XML escapes per attribute and
one for the text: that is most of the sheets' time. A RowBuffer stands in for the worksheet's
`_write_string` / `_write_number` (sheet.cell_methods) while one row is written, then writes
the row. When every cell is plain (a finite number; text that xlsxwriter would write as is: no
`&<>`, no control character, no `_xHHHH_`, no space at either end, short enough to be whole), it
writes `<row>` with xlsxwriter's own `_write_row` and the cells exactly as `_write_cell` would,
in column order; otherwise it replays the calls on the worksheet, so that row is xlsxwriter's
in every respect. tests/test_report_rows.py holds both ways to the same bytes.

Rows go straight only after the row xlsxwriter still holds (the header), in increasing order,
without a height or format of their own (`set_row`), and a column's format (`set_column`) is
read at the first row: set columns before writing rows, as every sheet of the report does.
The parts of xlsxwriter used (3.x, constant_memory): `_write_single_row` (to write the row
pending in its table first), `previous_row`, `row_info`, `col_info`, `_check_dimensions`,
`_write_row`, `fh`, and a format's `_get_xf_index`. A worksheet that lacks one of them (another
xlsxwriter) or is not in constant-memory mode gets every row replayed: slower, never wrong.
pyproject.toml keeps xlsxwriter below 4, and the byte test fails first on a 3.x that differs.
"""

from __future__ import annotations

import re

PLAIN_LENGTH = 32_767 // 2       # characters that are whole in a cell whatever their UTF-16 length
# What xlsxwriter changes in a text (control characters, its _xHHHH_ escapes, U+FFFE/U+FFFF,
# XML escapes) or marks (a space at either end: xml:space="preserve"), in its own terms.
_NOT_PLAIN = re.compile(r"^\s|\s$|[\x00-\x1f&<>\ufffe\uffff]|_x[0-9a-fA-F]{4}_")
_USED = ("_write_single_row", "previous_row", "row_info", "col_info", "_check_dimensions",
         "_write_row", "fh", "_write_string", "_write_number")


def writes_straight(ws) -> bool:
    """Whether rows may go straight into this worksheet's row file (see the module)."""
    import xlsxwriter  # loaded already: `ws` is one of its worksheets

    return (xlsxwriter.__version__.split(".")[0] == "3" and bool(getattr(ws, "constant_memory", 0))
            and all(hasattr(ws, name) for name in _USED))


class RowBuffer:
    """The cells of the row being written to one worksheet, then the row (see the module)."""

    def __init__(self, ws):
        self.ws = ws
        self.cells: list[tuple[int, bool, object, object]] = []   # col, text?, value, format
        self.columns: list[str] = []          # by column index: '<c r="AB' (its letters)
        self.styles: dict[object, str] = {}    # format -> '" s="N"' (its xf index)
        self.styled: set[int] | None = None     # columns with a format of their own
        self.written = self.replayed = 0        # rows written straight, rows replayed
        self.straight = writes_straight(ws)

    def _write_string(self, row: int, col: int, string: str, cell_format=None) -> int:
        self.cells.append((col, True, string, cell_format))
        return 0

    def _write_number(self, row: int, col: int, number: float, cell_format=None) -> int:
        self.cells.append((col, False, number, cell_format))
        return 0

    write_string, write_number = _write_string, _write_number     # as a worksheet has them

    def flush(self, row: int) -> None:
        """Write the cells collected for `row` (every cell of that row, none after)."""
        cells, self.cells = self.cells, []
        if not cells:
            return
        ws, xml = self.ws, None
        if self.straight and row > ws.previous_row and row not in ws.row_info:
            ws._write_single_row(row)        # the row xlsxwriter holds, if any, goes first
            xml = self._xml(row, cells)
        if xml is None or ws._check_dimensions(row, cells[0][0]) or ws._check_dimensions(
                row, cells[-1][0]):
            self.replayed += 1
            for col, text, value, cell_format in cells:
                (ws._write_string if text else ws._write_number)(row, col, value, cell_format)
            return
        self.written += 1
        ws._write_row(row, None)
        ws.fh.write(xml)

    def _xml(self, row: int, cells: list) -> str | None:
        """The row's cells and end tag as xlsxwriter's _write_cell writes them, or None when
        one is not plain or the columns do not go left to right."""
        if self.styled is None:              # the sheet's columns are set before its rows
            self.styled = {col for col, info in self.ws.col_info.items()
                           if info.column_format is not None}
        last = cells[-1][0]
        if last >= len(self.columns):
            from xlsxwriter.utility import xl_col_to_name

            self.columns += [f'<c r="{xl_col_to_name(c)}'
                             for c in range(len(self.columns), last + 1)]
        columns, styled, styles, number = self.columns, self.styled, self.styles, str(row + 1)
        not_plain, parts, before = _NOT_PLAIN.search, [], -1
        for col, text, value, cell_format in cells:
            if col <= before:
                return None
            before = col
            if cell_format is None:          # the rest of <c r="A12" s="3"
                if styled and col in styled:
                    return None
                rest = number + '"'
            else:
                rest = styles.get(cell_format)
                if rest is None:
                    rest = styles[cell_format] = f'" s="{cell_format._get_xf_index()}"'
                rest = number + rest
            if text:
                if value.__class__ is not str or len(value) > PLAIN_LENGTH or not_plain(value):
                    return None
                parts.append(f'{columns[col]}{rest} t="inlineStr"><is><t>{value}</t></is></c>')
            else:
                kind = value.__class__
                if kind is not int and kind is not float or value - value != 0:
                    return None              # NaN, infinities: xlsxwriter's own refusal
                parts.append(f"{columns[col]}{rest}><v>{value:.16G}</v></c>")
        parts.append("</row>")
        return "".join(parts)
