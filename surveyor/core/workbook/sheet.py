"""One data sheet of the sync workbook being written: typed, formula-safe cells, row by row.

The cell rules are the ones workbook.py states. This is the export's hot loop (2.6 million
cells for 50k responses), so each column's way of writing is worked out once per form version
(a Plan) and the common cells (plain text, numbers) go straight to xlsxwriter without a call of
ours in between; anything unusual goes through the column's cell writer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from surveyor.core.errors import Problem, SurveyError
from surveyor.core.forms.model import Form
from surveyor.core.responses import Response, Value, canonical
from surveyor.core.workbook.layout import REPEAT_SYSTEM, SYSTEM, SheetLayout, sheet_questions

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
    """The cells of one row, in column order: answer keys, and (column, kind, cell writer)."""

    keys: tuple[str, ...]
    cells: tuple[tuple[int, int, Writer], ...]


class DataSheet:
    """One data sheet being written: a plan per form version, and the next free row."""

    def __init__(self, book, layout: SheetLayout, formats: Mapping):
        self.layout, self.text_format = layout, formats["text"]
        self.ws = book.add_worksheet(layout.name)
        self.write_string, self.write_number = cell_methods(self.ws)
        self.writers = cell_writers(self.ws, formats)
        self.index = {key: i for i, key in enumerate(layout.columns)}
        self.rows, self.versions = 0, set()
        self.plans: dict[str, Plan] = {}     # by form version
        kinds = SYSTEM if layout.repeat is None else REPEAT_SYSTEM
        self.system = self._plan((i, key, kinds[key][0]) for i, key in enumerate(layout.system))
        self.ws.freeze_panes(1, 0)
        for i, key in enumerate(layout.columns):
            self.ws.set_column(i, i, WIDTHS.get(key, 16))
            self.ws.write_string(0, i, key, formats["header"])

    def _plan(self, columns: Iterable[tuple[int, str, str]]) -> Plan:
        keys, cells = [], []
        for col, key, question_type in columns:
            kind = _kind(question_type)
            keys.append(key)
            cells.append((col, TEXT if kind == "text" else NUMBER if kind == "number" else OTHER,
                          self.writers[kind]))
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
        text_format, col = self.text_format, 0
        try:
            for (col, kind, write), value in zip(plan.cells, values):
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
                write(row, col, value)
        except _TextTooLong as error:
            raise SurveyError(Problem.TEXT_TOO_LONG, file="", sheet=self.layout.name,
                              row=row + 1, column=self.layout.columns[col],
                              length=error.args[0]) from None

    def add_response(self, response: Response, plan: Plan, seal: str) -> None:
        """The next row: the response's system columns (`seal` is its `_hash`), its answers."""
        self.rows += 1
        self.versions.add(response.form_version)
        self.put(self.rows, self.system, (
            response.uuid, response.form_id, response.form_version, response.status,
            1 if response.deleted else None, response.merged_into or None,
            response.inspector, response.device,
            response.created_at, response.updated_at, response.version,
            " ".join(response.history), seal))
        self.put(self.rows, plan, map(response.answers.get, plan.keys))

    def add_repeat_row(self, parent: Response, plan: Plan, index: int, path: tuple[int, ...],
                       answers: Mapping[str, Value]) -> None:
        self.rows += 1
        self.versions.add(parent.form_version)
        self.put(self.rows, self.system, (parent.uuid, index, ".".join(map(str, path)) or None))
        self.put(self.rows, plan, map(answers.get, plan.keys))
