"""Writing the sync workbook: xlsxwriter in constant-memory mode, atomic (temp file, rename).

Rows are written as the responses stream in (each sheet keeps its own next row; the typed,
formula-safe cells of a data sheet are sheet.py's), so memory does not grow with the number of
responses. A data sheet too long for one worksheet goes on in numbered parts (`sheet~2`, see
sheet.py), each listed in `_manifest` with its own rows. The `_manifest` and `_dictionary`
sheets are filled last.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import uuid as uuidlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import xlsxwriter

from surveyor import __version__
from surveyor.core.errors import Problem, SurveyError
from surveyor.core.forms.model import Form
from surveyor.core.progress import SILENT, Progress
from surveyor.core.responses import Response, row_hash
from surveyor.core.workbook.dismissed import COUNT_ENTRY as DISMISSED_COUNT
from surveyor.core.workbook.dismissed import DismissedPair, write_dismissed
from surveyor.core.workbook.layout import (
    DICTIONARY,
    DICTIONARY_HEADER,
    FORMAT_VERSION,
    MANIFEST,
    MANIFEST_SHEETS_HEADER,
    FormKey,
    dictionary_rows,
    layouts,
    sheet_name,
)
from surveyor.core.workbook.media import Files, MediaStats, MediaWriter
from surveyor.core.workbook.sheet import DataSheet, Plan

T = TypeVar("T")
OPTIONS = {"constant_memory": True, "strings_to_formulas": False, "strings_to_numbers": False,
           "strings_to_urls": False}
PROGRESS_EVERY = 500


@dataclass(frozen=True)
class ExportStats:
    path: Path
    rows: Mapping[str, int]      # sheet name -> data rows written (each part of a split sheet)
    media: MediaStats = field(default_factory=MediaStats)   # the files the answers name


def _formats(book: xlsxwriter.Workbook) -> dict:
    return {"header": book.add_format({"bold": True}),
            "text": book.add_format({"quote_prefix": True}),
            "date": book.add_format({"num_format": "yyyy-mm-dd"}),
            "datetime": book.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})}


def _unwritable(path: Path, detail: str) -> SurveyError:
    return SurveyError(Problem.WORKBOOK_UNWRITABLE, file=path.name, detail=detail)


class _Routes:
    """Where the responses of each form version go: their sheets and plans, found once."""

    def __init__(self, sheets: Mapping[tuple[str, str | None], DataSheet],
                 forms: Mapping[FormKey, Form], media: MediaWriter):
        self.sheets, self.forms, self.media = sheets, forms, media
        self.known: dict[FormKey, tuple[DataSheet, Plan, Form]] = {}
        self.repeats: dict[tuple[FormKey, str], tuple[DataSheet, Plan]] = {}

    def main(self, response: Response) -> tuple[DataSheet, Plan, Form]:
        key = (response.form_id, response.form_version)
        route = self.known.get(key)
        if route is None:
            form = self.forms.get(key)
            if form is None:
                raise SurveyError(Problem.UNKNOWN_FORM, file="", sheet=sheet_name(key[0]),
                                  form_id=key[0], form_version=key[1])
            sheet = self.sheets[(key[0], None)]
            route = self.known[key] = (sheet, sheet.plan(form), form)
        return route

    def repeat(self, response: Response, form: Form, repeat: str) -> tuple[DataSheet, Plan]:
        key = ((form.form_id, form.version), repeat)
        route = self.repeats.get(key)
        if route is None:
            sheet = self.sheets.get((form.form_id, repeat))
            if sheet is None:
                raise SurveyError(Problem.REPEAT_UNKNOWN, file="", sheet="",
                                  uuid=response.uuid, repeat=repeat, form_id=form.form_id,
                                  form_version=form.version)
            route = self.repeats[key] = (sheet, sheet.plan(form))
        return route

    def add(self, response: Response) -> None:
        """One response onto its form's sheet and its repeat rows onto their sheets."""
        sheet, plan, form = self.main(response)
        sheet.add_response(response, plan, response.seal or row_hash(response))
        self.media.note(response, form)
        if not response.repeats:
            return
        for row in sorted(response.repeats, key=lambda r: (r.repeat, r.parent_index, r.index)):
            sheet, plan = self.repeat(response, form, row.repeat)
            sheet.add_repeat_row(response, plan, row.index, row.parent_index, row.answers)


def _write_manifest(book, formats: dict, manifest: Mapping[str, str],
                    sheets: list[DataSheet]) -> None:
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
    parts = [(sheet.layout, part) for sheet in sheets for part in sheet.parts]
    for i, (lay, part) in enumerate(parts, start=row + 2):
        versions = " ".join(v for v in lay.versions if v in part.versions)
        for col, text in enumerate((part.name, lay.form_id, versions, lay.repeat or "")):
            if text:
                ws.write_string(i, col, text, formats["text"])
        ws.write_number(i, 4, part.rows)


def _write_dictionary(book, formats: dict, forms: Mapping[FormKey, Form],
                      sheets: list[DataSheet]) -> None:
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


def fill_sync_sheets(book, forms: Mapping[FormKey, Form], responses: Iterable[Response],
          manifest: Mapping[str, str], progress: Progress, total: int | None,
          media: MediaWriter | None = None,
          dismissed: Iterable[DismissedPair] = ()) -> list[DataSheet]:
    """Every sheet of the sync format into an open xlsxwriter book (the export's, or the
    consolidated report's first sheets); `media` (None: no files) keeps its MediaStats;
    `dismissed`: the pairs a person said are not duplicates (workbook/dismissed.py)."""
    media = media if media is not None else MediaWriter(None)
    formats = _formats(book)
    sheets = {(lay.form_id, lay.repeat): DataSheet(book, lay, formats)
              for lay in layouts(forms)}
    add = _Routes(sheets, forms, media).add
    for done, response in enumerate(responses, start=1):
        if done % PROGRESS_EVERY == 1:
            progress.step(done - 1, total or 0, "")
        add(response)
    ordered = list(sheets.values())
    for sheet in ordered:
        for part in sheet.parts:
            if part.rows:
                part.ws.autofilter(0, 0, part.rows, len(sheet.layout.columns) - 1)
    stats = media.write(book, formats)
    pairs = write_dismissed(book, formats, dismissed)
    entries = {**manifest, "media": "included" if stats.included else "omitted",
               "media_files": str(stats.files), "media_bytes": str(stats.bytes),
               DISMISSED_COUNT: str(pairs)}
    _write_manifest(book, formats, entries, ordered)
    _write_dictionary(book, formats, forms, ordered)
    return ordered


def write_workbook(path: str | Path, forms: Mapping[FormKey, Form], responses: Iterable[Response],
                   *, manifest: Mapping[str, str], progress: Progress = SILENT,
                   total: int | None = None, files: Files | None = None,
                   include_media: bool = True,
                   dismissed: Iterable[DismissedPair] = ()) -> ExportStats:
    """Write the sync workbook atomically. `responses` is streamed (an iterator is fine).

    `files`: where the files the answers name are found (the store's Media; None: none are
    listed); `include_media` False lists them on `_media` without their bytes (--no-media)."""
    path = Path(path)
    media = MediaWriter(files, include_media)
    sheets = write_atomically(path, lambda book: fill_sync_sheets(
        book, forms, responses, manifest, progress, total, media, dismissed))
    written = sum(s.rows for s in sheets if s.layout.repeat is None)
    progress.report(written, written, "")
    return ExportStats(path, {p.name: p.rows for s in sheets for p in s.parts}, media.stats)


def write_atomically(path: Path, fill: Callable[[xlsxwriter.Workbook], T]) -> T:
    """An xlsxwriter book filled by `fill`, written under a temporary name beside `path`,
    synced to disk, then renamed: a crash never leaves a half workbook under the name. Errors
    become SurveyErrors naming the file; the partial file is removed."""
    temp = path.with_name(f".{path.stem}.{uuidlib.uuid4().hex[:8]}.tmp.xlsx")
    with tempfile.TemporaryDirectory(prefix="surveyor-", ignore_cleanup_errors=True) as rows_dir:
        book = xlsxwriter.Workbook(str(temp), {**OPTIONS, "tmpdir": rows_dir})
        try:
            result = fill(book)
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
    return result


def _abandon(book: xlsxwriter.Workbook, temp: Path) -> None:
    """After a failure: close the row files xlsxwriter holds open and drop the partial file."""
    for ws in book.worksheets():
        handle = getattr(ws, "row_data_fh", None)
        if handle is not None and not handle.closed:
            handle.close()
    temp.unlink(missing_ok=True)
