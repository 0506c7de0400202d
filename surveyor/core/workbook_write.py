"""Writing the sync workbook: xlsxwriter in constant-memory mode, typed formula-safe cells, atomic.

Rows are written as the responses stream in (each sheet keeps its own next row), so memory does
not grow with the number of responses. The `_manifest` and `_dictionary` sheets are filled last.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import uuid as uuidlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import xlsxwriter

from surveyor import __version__
from surveyor.core.errors import Problem, SurveyError
from surveyor.core.forms import Form, Value
from surveyor.core.progress import SILENT, Progress
from surveyor.core.responses import Response, canonical, row_hash
from surveyor.core.workbook_layout import (
    DICTIONARY,
    DICTIONARY_HEADER,
    FORMAT_VERSION,
    MANIFEST,
    MANIFEST_SHEETS_HEADER,
    REPEAT_SYSTEM,
    SYSTEM,
    FormKey,
    SheetLayout,
    dictionary_rows,
    layouts,
    sheet_name,
    sheet_questions,
)

OPTIONS = {"constant_memory": True, "strings_to_formulas": False, "strings_to_numbers": False,
           "strings_to_urls": False}
MAX_TEXT = 32_767                # UTF-16 code units in one cell
SURELY_FITS = MAX_TEXT // 2      # characters that fit whatever their UTF-16 length
EXACT_INTEGER = 2 ** 53          # beyond this a number cell loses digits: written as text
FIRST_DAY = dt.date(1900, 3, 1)  # earlier dates are text (Excel's 1900 leap-year bug)
PROGRESS_EVERY = 500
NUMBER_TYPES = frozenset({"integer", "decimal", "range", "calculate"})
DATE_TYPES = frozenset({"date", "today"})
DATETIME_TYPES = frozenset({"datetime", "start", "end"})
WIDTHS = {"_uuid": 36, "_version": 24, "_history": 30, "_hash": 22, "_created_at": 19,
          "_updated_at": 19, "_parent_uuid": 36, "_index": 8, "_deleted": 9, "_status": 10}


@dataclass(frozen=True)
class ExportStats:
    path: Path
    rows: Mapping[str, int]      # sheet name -> data rows written


class _TextTooLong(Exception):
    pass


class _Sheet:
    """One data sheet being written: typed cell writers and the next free row."""

    def __init__(self, book: xlsxwriter.Workbook, layout: SheetLayout, formats: dict):
        self.layout, self.formats, self.text_format = layout, formats, formats["text"]
        self.ws = book.add_worksheet(layout.name)
        self.index = {key: i for i, key in enumerate(layout.columns)}
        self.rows, self.versions = 0, set()
        self.plans: dict[str, list[tuple[int, str, Callable]]] = {}     # by form version
        kinds = SYSTEM if layout.repeat is None else REPEAT_SYSTEM
        self.system = [(i, key, self.writer(kinds[key][0])) for i, key in enumerate(layout.system)]
        self.ws.freeze_panes(1, 0)
        for i, key in enumerate(layout.columns):
            self.ws.set_column(i, i, WIDTHS.get(key, 16))
            self.ws.write_string(0, i, key, formats["header"])

    def plan(self, form: Form) -> list[tuple[int, str, Callable]]:
        """(column, answer key, cell writer) for the questions of one form version."""
        if form.version not in self.plans:
            self.plans[form.version] = [(self.index[q.key], q.key, self.writer(q.type))
                                        for q in sheet_questions(form, self.layout.repeat)]
        return self.plans[form.version]

    def writer(self, kind: str) -> Callable[[int, int, Value], None]:
        """The cell writer for values of a question type."""
        if kind in NUMBER_TYPES:
            return self.number
        if kind in DATE_TYPES:
            return self.date
        return self.datetime if kind in DATETIME_TYPES else self.text

    def text(self, row: int, col: int, value: Value) -> None:
        text = value if value.__class__ is str else (canonical(value) or "")
        if not text:
            return
        if len(text) > SURELY_FITS and len(text.encode("utf-16-le", "replace")) // 2 > MAX_TEXT:
            raise _TextTooLong(len(text))
        self.ws.write_string(row, col, text, self.text_format)

    def number(self, row: int, col: int, value: Value) -> None:
        if value.__class__ is float:
            if value - value == 0.0:          # finite; NaN and infinities stay empty
                # 15 significant digits, as row_hash counts them: xlsxwriter writes 16, and
                # rounding 16 digits to 15 again may land one unit off.
                self.ws.write_number(row, col, float(format(value, ".15g")))
        elif isinstance(value, int) and -EXACT_INTEGER < value < EXACT_INTEGER:
            self.ws.write_number(row, col, int(value))
        else:
            self.text(row, col, value)

    def date(self, row: int, col: int, value: Value) -> None:
        if value.__class__ is str and len(value) == 10:
            try:
                day = dt.date.fromisoformat(value)
            except ValueError:
                day = None
            if day is not None and day >= FIRST_DAY and day.isoformat() == value:
                self.ws.write_datetime(row, col, day, self.formats["date"])
                return
        self.text(row, col, value)

    def datetime(self, row: int, col: int, value: Value) -> None:
        if value.__class__ is str and len(value) == 19:
            try:
                moment = dt.datetime.fromisoformat(value)
            except ValueError:
                moment = None
            if moment is not None and moment.date() >= FIRST_DAY and moment.isoformat() == value:
                self.ws.write_datetime(row, col, moment, self.formats["datetime"])
                return
        self.text(row, col, value)

    def put(self, row: int, plan: list[tuple[int, str, Callable]],
            values: Mapping[str, Value]) -> None:
        """Write one row's cells by plan; a text too long for a cell becomes a SurveyError."""
        col = 0
        try:
            for col, key, write in plan:
                value = values.get(key)
                if value is not None:
                    write(row, col, value)
        except _TextTooLong as error:
            raise SurveyError(Problem.TEXT_TOO_LONG, file="", sheet=self.layout.name,
                              row=row + 1, column=self.layout.columns[col],
                              length=error.args[0]) from None

    def add_response(self, response: Response, form: Form) -> None:
        self.rows += 1
        self.versions.add(response.form_version)
        system = {"_uuid": response.uuid, "_form_id": response.form_id,
                  "_form_version": response.form_version, "_status": response.status,
                  "_deleted": 1 if response.deleted else None, "_inspector": response.inspector,
                  "_device": response.device, "_created_at": response.created_at,
                  "_updated_at": response.updated_at, "_version": response.version,
                  "_history": " ".join(response.history), "_hash": row_hash(response)}
        self.put(self.rows, self.system, system)
        self.put(self.rows, self.plan(form), response.answers)

    def add_repeat_row(self, parent: Response, form: Form, index: int, path: tuple[int, ...],
                       answers: Mapping[str, Value]) -> None:
        self.rows += 1
        self.versions.add(parent.form_version)
        place = ".".join(map(str, path)) or None
        system = {"_parent_uuid": parent.uuid, "_index": index, "_parent_index": place}
        self.put(self.rows, self.system, system)
        self.put(self.rows, self.plan(form), answers)


def _formats(book: xlsxwriter.Workbook) -> dict:
    return {"header": book.add_format({"bold": True}),
            "text": book.add_format({"quote_prefix": True}),
            "date": book.add_format({"num_format": "yyyy-mm-dd"}),
            "datetime": book.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})}


def _unwritable(path: Path, detail: str) -> SurveyError:
    return SurveyError(Problem.WORKBOOK_UNWRITABLE, file=path.name, detail=detail)


def _add_response(sheets: dict, forms: Mapping[FormKey, Form], response: Response) -> None:
    """One response onto its form's sheet and its repeat rows onto their sheets."""
    form = forms.get((response.form_id, response.form_version))
    if form is None:
        raise SurveyError(Problem.UNKNOWN_FORM, file="", sheet=sheet_name(response.form_id),
                          form_id=response.form_id, form_version=response.form_version)
    sheets[(response.form_id, None)].add_response(response, form)
    for row in sorted(response.repeats, key=lambda r: (r.repeat, r.parent_index, r.index)):
        sheet = sheets.get((response.form_id, row.repeat))
        if sheet is None:
            raise SurveyError(Problem.REPEAT_UNKNOWN, file="", sheet="", uuid=response.uuid,
                              repeat=row.repeat, form_id=form.form_id, form_version=form.version)
        sheet.add_repeat_row(response, form, row.index, row.parent_index, row.answers)


def _write_manifest(book, formats: dict, manifest: Mapping[str, str], sheets: list[_Sheet]) -> None:
    ws = book.add_worksheet(MANIFEST)
    ws.set_column(0, 0, 32)
    ws.set_column(1, 4, 24)
    entries = {**manifest, "format_version": FORMAT_VERSION, "app_version": __version__}
    entries.setdefault("exported_at", dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S"))
    ws.write_row(0, 0, ("key", "value"), formats["header"])
    row = 1
    for key, value in entries.items():
        ws.write_string(row, 0, str(key), formats["text"])
        if str(value):
            ws.write_string(row, 1, str(value), formats["text"])
        row += 1
    ws.write_row(row + 1, 0, MANIFEST_SHEETS_HEADER, formats["header"])
    for i, sheet in enumerate(sheets, start=row + 2):
        lay = sheet.layout
        versions = " ".join(v for v in lay.versions if v in sheet.versions)
        for col, text in enumerate((lay.name, lay.form_id, versions, lay.repeat or "")):
            if text:
                ws.write_string(i, col, text, formats["text"])
        ws.write_number(i, 4, sheet.rows)


def _write_dictionary(book, formats: dict, forms: Mapping[FormKey, Form],
                      sheets: list[_Sheet]) -> None:
    ws = book.add_worksheet(DICTIONARY)
    ws.freeze_panes(1, 0)
    for col, width in enumerate((24, 24, 40, 40, 16, 60)):
        ws.set_column(col, col, width)
    ws.write_row(0, 0, DICTIONARY_HEADER, formats["header"])
    row = 1
    for sheet in sheets:
        for cells in dictionary_rows(sheet.layout, forms):
            for col, text in enumerate(cells):
                if text:
                    ws.write_string(row, col, text, formats["text"])
            row += 1


def _fill(book, forms: Mapping[FormKey, Form], responses: Iterable[Response],
          manifest: Mapping[str, str], progress: Progress, total: int | None) -> list[_Sheet]:
    formats = _formats(book)
    sheets = {(lay.form_id, lay.repeat): _Sheet(book, lay, formats) for lay in layouts(forms)}
    for done, response in enumerate(responses, start=1):
        if done % PROGRESS_EVERY == 1:
            progress.step(done - 1, total or 0, "")
        _add_response(sheets, forms, response)
    ordered = list(sheets.values())
    for sheet in ordered:
        if sheet.rows:
            sheet.ws.autofilter(0, 0, sheet.rows, len(sheet.layout.columns) - 1)
    _write_manifest(book, formats, manifest, ordered)
    _write_dictionary(book, formats, forms, ordered)
    return ordered


def write_workbook(path: str | Path, forms: Mapping[FormKey, Form], responses: Iterable[Response],
                   *, manifest: Mapping[str, str], progress: Progress = SILENT,
                   total: int | None = None) -> ExportStats:
    """Write the sync workbook atomically. `responses` is streamed (an iterator is fine)."""
    path = Path(path)
    temp = path.with_name(f".{path.stem}.{uuidlib.uuid4().hex[:8]}.tmp.xlsx")
    with tempfile.TemporaryDirectory(prefix="surveyor-", ignore_cleanup_errors=True) as rows_dir:
        book = xlsxwriter.Workbook(str(temp), {**OPTIONS, "tmpdir": rows_dir})
        try:
            sheets = _fill(book, forms, responses, manifest, progress, total)
            book.close()
            with open(temp, "rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(temp, path)
        except SurveyError as error:
            raise SurveyError(error.problem, **{**error.context, "file": path.name}) from None
        except (OSError, xlsxwriter.exceptions.XlsxWriterException) as error:
            raise _unwritable(path, str(error)) from error
        except UnicodeEncodeError as error:       # a lone surrogate: no store holds one
            raise _unwritable(path, f"text that is not valid Unicode: {error}") from error
        finally:
            _abandon(book, temp)
    written = sum(s.rows for s in sheets if s.layout.repeat is None)
    progress.report(written, written, "")
    return ExportStats(path, {s.layout.name: s.rows for s in sheets})


def _abandon(book: xlsxwriter.Workbook, temp: Path) -> None:
    """After a failure: close the row files xlsxwriter holds open and drop the partial file."""
    for ws in book.worksheets():
        handle = getattr(ws, "row_data_fh", None)
        if handle is not None and not handle.closed:
            handle.close()
    temp.unlink(missing_ok=True)
