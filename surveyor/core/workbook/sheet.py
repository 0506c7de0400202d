"""One data sheet of the sync workbook being written: typed, formula-safe cells, row by row.

The cell rules are the ones workbook.py states. This is the export's hot loop (2.6 million
cells for 50k responses), so each column's way of writing is worked out once per form version
(a Plan) and the common cells (plain text, numbers) go straight to xlsxwriter without a call of
ours in between; anything unusual goes through the column's cell writer.

A data sheet is written in parts (Part): when one holds MAX_ROWS data rows, or as many as
extent.MAX_SHEET_CELLS allows for its width (so that our own reader never refuses what we
write), the rows go on in a new worksheet named layout.part_name (`sheet~2`), with the same
header. A plan names its cell writers by kind, so it holds for every part.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from surveyor.core.errors import Problem, SurveyError
from surveyor.core.forms.model import Form
from surveyor.core.responses import Response, Value, canonical
from surveyor.core.workbook.extent import MAX_SHEET_CELLS
from surveyor.core.workbook.layout import (
    MAX_SHEET_ROWS,
    REPEAT_SYSTEM,
    SYSTEM,
    SheetLayout,
    part_name,
    sheet_questions,
)
from surveyor.core.workbook.rowxml import RowBuffer

MAX_TEXT = 32_767                # UTF-16 code units in one cell
SURELY_FITS = MAX_TEXT // 2      # characters that fit whatever their UTF-16 length
EXACT_INTEGER = 2 ** 53          # beyond this a number cell loses digits: written as text
FIRST_DAY = dt.date(1900, 3, 1)  # earlier dates are text (Excel's 1900 leap-year bug)
DAY_ZERO = dt.date(1899, 12, 31).toordinal()    # xlsxwriter's epoch for serial day numbers
NUMBER_TYPES = frozenset({"integer", "decimal", "range", "calculate"})
DATE_TYPES = frozenset({"date", "today"})
DATETIME_TYPES = frozenset({"datetime", "start", "end"})
WIDTHS = {"_uuid": 36, "_version": 24, "_history": 30, "_hash": 22, "_created_at": 19,
          "_updated_at": 19, "_parent_uuid": 36, "_index": 8, "_deleted": 9, "_status": 10,
          "_merged_into": 36}
TEXT, NUMBER, OTHER = 0, 1, 2    # how a column's common cells go in (see DataSheet.put)
MAX_ROWS = MAX_SHEET_ROWS        # data rows of one part (tests make it small)
Writer = Callable[[int, int, Value], None]


class _TextTooLong(Exception):
    pass


def cell_methods(ws) -> tuple[Callable, Callable]:
    """The worksheet's write_string and write_number without their A1-notation wrapper.

    xlsxwriter's own undecorated versions (its write_row calls them); we only ever pass row
    and column numbers, and the wrapper is ~7% of a 50k-response export (bench/workbook.py).
    Should a later xlsxwriter drop them, the public methods do the same."""
    return (getattr(ws, "_write_string", ws.write_string),
            getattr(ws, "_write_number", ws.write_number))


def _rich_run(text: str) -> str:
    """Text that xlsxwriter would take for rich-string XML ("<r>…</r>") as one escaped run.

    In constant-memory mode xlsxwriter writes such a string into the sheet unescaped."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    run = f'<r><t xml:space="preserve">{escaped}</t></r>'
    if len(run) > SURELY_FITS and len(run.encode("utf-16-le", "replace")) // 2 > MAX_TEXT:
        raise _TextTooLong(len(text))
    return run


def cell_writers(ws, formats: Mapping) -> dict[str, Writer]:
    """Typed, formula-safe cell writers for one worksheet, by kind: text number date datetime.

    Dates go in as the serial day numbers xlsxwriter's write_datetime would compute (the same
    float, the same cell), without its general-purpose conversion."""
    write_string, write_number = cell_methods(ws)
    text_format, day_format, moment_format = formats["text"], formats["date"], formats["datetime"]
    day_of, moment_of = dt.date.fromisoformat, dt.datetime.fromisoformat

    def text(row: int, col: int, value: Value) -> None:
        text = value if value.__class__ is str else (canonical(value) or "")
        if not text:
            return
        if len(text) > SURELY_FITS and len(text.encode("utf-16-le", "replace")) // 2 > MAX_TEXT:
            raise _TextTooLong(len(text))
        if text.startswith("<r>") and text.endswith("</r>"):
            text = _rich_run(text)
        write_string(row, col, text, text_format)

    def number(row: int, col: int, value: Value) -> None:
        if value.__class__ is float:
            if value - value == 0.0:          # finite; NaN and infinities stay empty
                # 15 significant digits, as row_hash counts them: xlsxwriter writes 16, and
                # rounding 16 digits to 15 again may land one unit off.
                write_number(row, col, float(format(value, ".15g")))
        elif isinstance(value, int) and -EXACT_INTEGER < value < EXACT_INTEGER:
            write_number(row, col, int(value))
        else:
            text(row, col, value)

    def date(row: int, col: int, value: Value) -> None:
        if value.__class__ is str and len(value) == 10:
            try:
                day = day_of(value)
            except ValueError:
                day = None
            if day is not None and day >= FIRST_DAY and day.isoformat() == value:
                write_number(row, col, float(day.toordinal() - DAY_ZERO) + 1, day_format)
                return
        text(row, col, value)

    def moment(row: int, col: int, value: Value) -> None:
        if value.__class__ is str and len(value) == 19:
            try:
                at = moment_of(value)
            except ValueError:
                at = None
            if at is not None and at.date() >= FIRST_DAY and at.isoformat() == value:
                seconds = at.hour * 3600 + at.minute * 60 + at.second
                write_number(row, col, at.toordinal() - DAY_ZERO + seconds / 86400 + 1,
                             moment_format)
                return
        text(row, col, value)

    return {"text": text, "number": number, "date": date, "datetime": moment}


def _kind(question_type: str) -> str:
    if question_type in NUMBER_TYPES:
        return "number"
    if question_type in DATE_TYPES:
        return "date"
    return "datetime" if question_type in DATETIME_TYPES else "text"


@dataclass(frozen=True)
class Plan:
    """The cells of one row, in column order: answer keys, and (column, kind, the kind of cell
    writer, a key of cell_writers)."""

    keys: tuple[str, ...]
    cells: tuple[tuple[int, int, str], ...]


@dataclass
class Part:
    """One worksheet of a data sheet: its name, the data rows and form versions it holds."""

    name: str
    ws: object
    rows: int = 0
    versions: set[str] = field(default_factory=set)


def part_rows(layout: SheetLayout) -> int:
    """The data rows one part of this sheet holds: MAX_ROWS, fewer for a sheet so wide that
    its header and rows would pass MAX_SHEET_CELLS."""
    return max(1, min(MAX_ROWS, MAX_SHEET_CELLS // len(layout.columns) - 1))


class DataSheet:
    """One data sheet being written: a plan per form version, its parts, and the next row."""

    def __init__(self, book, layout: SheetLayout, formats: Mapping):
        self.book, self.layout, self.formats = book, layout, formats
        self.text_format = formats["text"]
        self.index = {key: i for i, key in enumerate(layout.columns)}
        self.rows, self.versions = 0, set()      # over all parts
        self.capacity = part_rows(layout)
        self.parts: list[Part] = []
        self.plans: dict[str, Plan] = {}     # by form version
        kinds = SYSTEM if layout.repeat is None else REPEAT_SYSTEM
        self.system = self._plan((i, key, kinds[key][0]) for i, key in enumerate(layout.system))
        self._next_part()

    @property
    def ws(self):
        """The worksheet rows go to now (the last part's)."""
        return self.part.ws

    def _next_part(self) -> None:
        """A new worksheet for the rows to come, with the header (frozen) and widths."""
        ws = self.book.add_worksheet(part_name(self.layout.name, len(self.parts) + 1))
        self.part = Part(ws.name, ws)
        self.parts.append(self.part)
        self.buffer = RowBuffer(ws)          # a row's cells, then the row at once (rowxml.py)
        self.write_string, self.write_number = cell_methods(self.buffer)
        self.writers = cell_writers(self.buffer, self.formats)
        ws.freeze_panes(1, 0)
        for i, key in enumerate(self.layout.columns):
            ws.set_column(i, i, WIDTHS.get(key, 16))
            ws.write_string(0, i, key, self.formats["header"])

    def _next_row(self, version: str) -> int:
        """The row (of the current part, a new one when it is full) the next data row takes."""
        if self.part.rows >= self.capacity:
            self._next_part()
        self.rows += 1
        self.part.rows += 1
        self.versions.add(version)
        self.part.versions.add(version)
        return self.part.rows

    def _plan(self, columns: Iterable[tuple[int, str, str]]) -> Plan:
        keys, cells = [], []
        for col, key, question_type in sorted(columns):      # left to right (rowxml.py)
            kind = _kind(question_type)
            keys.append(key)
            cells.append((col, TEXT if kind == "text" else NUMBER if kind == "number" else OTHER,
                          kind))
        return Plan(tuple(keys), tuple(cells))

    def plan(self, form: Form) -> Plan:
        """The plan for the questions of one form version on this sheet."""
        if form.version not in self.plans:
            questions = sheet_questions(form, self.layout.repeat)
            self.plans[form.version] = self._plan((self.index[q.key], q.key, q.type)
                                                  for q in questions)
        return self.plans[form.version]

    def put(self, row: int, plan: Plan, values: Iterable[Value]) -> None:
        """Write one row's cells (values in plan order); a text too long for a cell becomes a
        SurveyError. Text that needs no care and finite numbers go straight in."""
        write_string, write_number = self.write_string, self.write_number
        text_format, writers, col = self.text_format, self.writers, 0
        try:
            for (col, kind, writer), value in zip(plan.cells, values):
                if value is None:
                    continue
                if kind == TEXT:
                    if value.__class__ is str and 0 < len(value) <= SURELY_FITS and value[0] != "<":
                        write_string(row, col, value, text_format)
                        continue
                elif kind == NUMBER:
                    if value.__class__ is int and -EXACT_INTEGER < value < EXACT_INTEGER:
                        write_number(row, col, value)
                        continue
                    if value.__class__ is float and value - value == 0.0:     # finite
                        write_number(row, col, float(format(value, ".15g")))  # as number()
                        continue
                writers[writer](row, col, value)
        except _TextTooLong as error:
            raise SurveyError(Problem.TEXT_TOO_LONG, file="", sheet=self.part.name,
                              row=row + 1, column=self.layout.columns[col],
                              length=error.args[0]) from None

    def add_response(self, response: Response, plan: Plan, seal: str) -> None:
        """The next row: the response's system columns (`seal` is its `_hash`), its answers."""
        row = self._next_row(response.form_version)
        self.put(row, self.system, (
            response.uuid, response.form_id, response.form_version, response.status,
            1 if response.deleted else None, response.merged_into or None,
            response.inspector, response.device,
            response.created_at, response.updated_at, response.version,
            " ".join(response.history), seal))
        self.put(row, plan, map(response.answers.get, plan.keys))
        self.buffer.flush(row)

    def add_repeat_row(self, parent: Response, plan: Plan, index: int, path: tuple[int, ...],
                       answers: Mapping[str, Value]) -> None:
        row = self._next_row(parent.form_version)
        self.put(row, self.system, (parent.uuid, index, ".".join(map(str, path)) or None))
        self.put(row, plan, map(answers.get, plan.keys))
        self.buffer.flush(row)
