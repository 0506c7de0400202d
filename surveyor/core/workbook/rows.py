"""Rows of a sync workbook's data sheets turned into Responses, every cell checked by its form.

Each row is converted with a plan made once per (sheet, form version): the column, answer key
and converter of every question, so the per-cell work is an index, a blank test and one call.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from surveyor.core.errors import Problem, SurveyError
from surveyor.core.forms.model import Form, FormKey
from surveyor.core.responses import STATUSES, RepeatRow, Response
from surveyor.core.workbook.cells import (
    CellError,
    Converter,
    as_text,
    converter,
    to_datetime,
    to_flag,
    to_index_path,
    to_integer,
)
from surveyor.core.workbook.layout import (
    OPTIONAL_COLUMNS,
    REPEAT_COLUMNS,
    SYSTEM_COLUMNS,
    sheet_questions,
)

Cells = list[tuple[int, str, Converter | None]]
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
MAX_TEXT = 32_767                # UTF-16 units in one cell, as the writer counts them
SURELY_FITS = MAX_TEXT // 2      # characters that fit whatever their UTF-16 length
MAX_INDEX = 1_000_000            # a repeat row's _index (a bigger one is no row a person made)


def to_status(value: object) -> str:
    status = as_text(value).strip()
    if status not in STATUSES:
        raise CellError(f"{status!r} is not one of {', '.join(STATUSES)}")
    return status


def to_history(value: object) -> tuple[str, ...]:
    return tuple(as_text(value).split())


SYSTEM_CONVERTERS: dict[str, Converter | None] = {     # None: text as written
    "_uuid": None, "_form_id": None, "_form_version": None, "_status": to_status,
    "_deleted": to_flag, "_merged_into": None, "_inspector": None, "_device": None, "_created_at": to_datetime,
    "_updated_at": to_datetime, "_version": None, "_history": to_history, "_hash": None,
}


def column_letters(index: int) -> str:
    """0 -> A, 27 -> AB: how a spreadsheet names a column without a key."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def convert(row: list, cells: Cells, out: dict) -> dict:
    """The non-blank cells of a row, converted; a CellError carries the failing column.

    A converter of None stands for text, the commonest case, handled without a call."""
    i = -1
    try:
        for i, key, conv in cells:
            value = row[i]
            if value.__class__ is str:
                if value:
                    if len(value) > SURELY_FITS:
                        _fits(value)
                    out[key] = value if conv is None else conv(value)
            else:
                out[key] = as_text(value) if conv is None else conv(value)
    except CellError as error:
        error.column = i
        raise
    return out


def _fits(text: str) -> None:
    """Refuse text no Excel cell holds (32,767 UTF-16 units): it could not be exported again."""
    length = len(text.encode("utf-16-le", "surrogatepass")) // 2
    if length > MAX_TEXT:
        raise CellError(f"the text has {length} characters; an Excel cell holds at most 32,767")


@dataclass
class _Pending:
    """A main-sheet row read, waiting for its repeat rows."""

    fields: dict
    form: Form
    sheet: str
    row: int
    repeats: list[RepeatRow] = field(default_factory=list)
    places: dict = field(default_factory=dict)     # (repeat, index path) -> (sheet, row)


@dataclass
class _Sheet:
    """One data sheet being read: its header and the plans made for it so far."""

    name: str
    form_id: str
    repeat: str | None
    index: dict[str, int]
    labels: list[str]
    plans: dict = field(default_factory=dict)


class RowReader:
    """Reads main sheets, then repeat sheets, of one workbook; raises on the first bad cell."""

    def __init__(self, file: str, forms: Mapping[FormKey, Form]):
        self.file, self.forms = file, forms
        self.pending: dict[str, _Pending] = {}
        self.outer: dict[FormKey, dict[str, str | None]] = {}   # repeat -> its parent repeat

    def fail(self, problem: Problem, sheet: _Sheet, **context) -> SurveyError:
        return SurveyError(problem, file=self.file, sheet=sheet.name, **context)

    def bad(self, sheet: _Sheet, row: int, column: int | str, detail: str) -> SurveyError:
        name = sheet.labels[column] if isinstance(column, int) else column
        return self.fail(Problem.BAD_CELL, sheet, row=row, column=name, detail=detail)

    def header(self, name: str, form_id: str, repeat: str | None, rows: Iterator[list]) -> _Sheet:
        """The sheet's column keys (row 1), checked for duplicates and the system columns."""
        sheet = _Sheet(name, form_id, repeat, {}, [])
        for i, cell in enumerate(next(rows, [])):
            try:
                key = as_text(cell).strip() if cell != "" else ""
            except CellError as error:
                raise self.fail(Problem.BAD_CELL, sheet, row=1, column=column_letters(i),
                                detail=f"a column key: {error}") from None
            sheet.labels.append(key or column_letters(i))
            if key in sheet.index:
                raise self.bad(sheet, 1, i, "this column key appears twice")
            if key:
                sheet.index[key] = i
        for key in REPEAT_COLUMNS if repeat else SYSTEM_COLUMNS:
            if key not in sheet.index and key not in OPTIONAL_COLUMNS:
                raise self.fail(Problem.COLUMN_MISSING, sheet, column=key)
        return sheet

    def plan(self, sheet: _Sheet, form: Form, row: int) -> tuple[Cells, list[int]]:
        """(cells, extra columns) for one form version on this sheet, made on first use."""
        if form.version in sheet.plans:
            return sheet.plans[form.version]
        if sheet.repeat and sheet.repeat not in {g.key for g in form.repeats()}:
            raise self.bad(sheet, row, "_parent_uuid", f"form {form.form_id} version "
                           f"{form.version} has no repeat {sheet.repeat}")
        cells: Cells = []
        for q in sheet_questions(form, sheet.repeat):
            if q.key not in sheet.index:
                raise self.fail(Problem.COLUMN_MISSING, sheet, column=q.key)
            conv = converter(q)
            cells.append((sheet.index[q.key], q.key, None if conv is as_text else conv))
        system = REPEAT_COLUMNS if sheet.repeat else SYSTEM_COLUMNS
        used = {i for i, _, _ in cells} | {sheet.index[k] for k in system if k in sheet.index}
        extra = [i for i in range(len(sheet.labels)) if i not in used]
        sheet.plans[form.version] = (cells, extra)
        return cells, extra

    def answers(self, sheet: _Sheet, form: Form, row: list, number: int) -> dict:
        cells, extra = self.plan(sheet, form, number)
        try:
            answers = convert(row, cells, {})
        except CellError as error:
            raise self.bad(sheet, number, error.column, str(error)) from None
        for i in extra:
            if row[i] != "":
                raise self.fail(Problem.COLUMN_UNKNOWN, sheet, row=number, column=sheet.labels[i],
                                form_id=form.form_id, form_version=form.version)
        return answers

    def form_of(self, sheet: _Sheet, fields: dict, number: int) -> Form:
        form_id, version = fields.get("_form_id", ""), fields.get("_form_version", "")
        if form_id != sheet.form_id:
            raise self.bad(sheet, number, "_form_id",
                           f"{form_id!r} is not this sheet's form {sheet.form_id}")
        form = self.forms.get((form_id, version))
        if form is None:
            raise self.fail(Problem.UNKNOWN_FORM, sheet, row=number, form_id=form_id,
                            form_version=version)
        return form

    def read_main(self, name: str, form_id: str, rows: Iterator[list]) -> int:
        """Read a main sheet; the number of its rows (blank rows aside)."""
        sheet = self.header(name, form_id, None, rows)
        system = [(sheet.index[k], k, SYSTEM_CONVERTERS[k]) for k in SYSTEM_COLUMNS
                  if k in sheet.index]
        uuid_at = sheet.index["_uuid"]
        width, count = len(sheet.labels), 0
        for number, row in enumerate(rows, start=2):
            if row.count("") == width:
                continue
            count += 1
            if row[uuid_at] == "":
                raise self.fail(Problem.MISSING_UUID, sheet, row=number)
            try:
                fields = convert(row, system, {})
            except CellError as error:
                raise self.bad(sheet, number, error.column, str(error)) from None
            if "_status" not in fields:
                raise self.bad(sheet, number, "_status", "the row has no _status")
            form = self.form_of(sheet, fields, number)
            fields["answers"] = self.answers(sheet, form, row, number)
            uuid = fields["_uuid"]
            if not UUID.fullmatch(uuid):
                raise self.bad(sheet, number, "_uuid", f"{uuid!r} is not a uuid (36 characters "
                               "like 0bb662a8-c979-4b06-9b94-3cfc46f57327)")
            if uuid in self.pending:
                first = self.pending[uuid]
                raise self.fail(Problem.UUID_TWICE, sheet, row=number, uuid=uuid,
                                first_sheet=first.sheet, first_row=first.row)
            self.pending[uuid] = _Pending(fields, form, name, number)
        return count

    def read_repeat(self, name: str, form_id: str, repeat: str, rows: Iterator[list]) -> int:
        """Read a repeat sheet; the number of its rows (blank rows aside)."""
        sheet = self.header(name, form_id, repeat, rows)
        at = [sheet.index[k] for k in REPEAT_COLUMNS]
        width, count = len(sheet.labels), 0
        for number, row in enumerate(rows, start=2):
            if row.count("") == width:
                continue
            count += 1
            parent = self.parent(sheet, row[at[0]], number)
            try:
                index = to_integer(row[at[1]]) if row[at[1]] != "" else 0
            except CellError as error:
                raise self.bad(sheet, number, "_index", str(error)) from None
            try:
                path = to_index_path(row[at[2]]) if row[at[2]] != "" else ()
            except CellError as error:
                raise self.bad(sheet, number, "_parent_index", str(error)) from None
            if not 1 <= index <= MAX_INDEX:
                raise self.bad(sheet, number, "_index", "the row needs an _index of 1 or more"
                               if index < 1 else f"{index} is not the number of a row")
            place = (repeat, path + (index,))
            if place in parent.places:
                raise self.bad(sheet, number, "_index", f"the same row as sheet "
                               f"{parent.places[place][0]}, row {parent.places[place][1]}")
            parent.places[place] = (name, number)
            answers = self.answers(sheet, parent.form, row, number)
            parent.repeats.append(RepeatRow(repeat, index, answers, path))
        return count

    def parent(self, sheet: _Sheet, cell: object, number: int) -> _Pending:
        try:
            uuid = as_text(cell) if cell != "" else ""
        except CellError as error:
            raise self.bad(sheet, number, "_parent_uuid", str(error)) from None
        parent = self.pending.get(uuid)
        if parent is None:
            detail = f"no response {uuid} in this workbook" if uuid else "the row has no parent"
            raise self.bad(sheet, number, "_parent_uuid", detail)
        if parent.form.form_id != sheet.form_id:
            raise self.bad(sheet, number, "_parent_uuid",
                           f"{uuid} is a response of form {parent.form.form_id}")
        return parent

    def check_nesting(self, pending: _Pending) -> None:
        """Every row of a nested repeat sits under an existing row of its parent repeat."""
        version = (pending.form.form_id, pending.form.version)
        if version not in self.outer:
            self.outer[version] = {g.key: g.repeat for g in pending.form.repeats()}
        parents = self.outer[version]
        for row in pending.repeats:
            outer = parents.get(row.repeat)
            depth_ok = (outer is None) == (not row.parent_index)
            if depth_ok and (outer is None or (outer, row.parent_index) in pending.places):
                continue
            sheet, number = pending.places[(row.repeat, row.parent_index + (row.index,))]
            path = ".".join(map(str, row.parent_index)) or "(none)"
            detail = (f"no row {path} of repeat {outer} in response {pending.fields['_uuid']}"
                      if outer else "a repeat at the top of the form has no parent row")
            raise SurveyError(Problem.BAD_CELL, file=self.file, sheet=sheet, row=number,
                              column="_parent_index", detail=detail)

    def responses(self) -> Iterator[tuple[Response, str, str, int]]:
        """(response, stated hash, sheet, row) for every main-sheet row, in sheet order."""
        for uuid, p in self.pending.items():
            if p.repeats:
                self.check_nesting(p)
            f = p.fields
            response = Response(
                uuid=uuid, form_id=f["_form_id"], form_version=f.get("_form_version", ""),
                status=f["_status"], inspector=f.get("_inspector", ""),
                device=f.get("_device", ""), created_at=f.get("_created_at", ""),
                updated_at=f.get("_updated_at", ""), answers=f["answers"],
                repeats=tuple(p.repeats), version=f.get("_version", ""),
                history=f.get("_history", ()), deleted=f.get("_deleted", False),
                merged_into=f.get("_merged_into", "").strip())
            yield response, f.get("_hash", ""), p.sheet, p.row
