"""Reading a sync workbook: the file checked first, then calamine, every cell against its form.

Nothing in a workbook is executed. Before calamine opens a file it is checked: it exists, is at
most MAX_FILE_BYTES, is a zip archive holding xl/workbook.xml, unpacks to at most
MAX_UNPACKED_BYTES and no sheet spans more than MAX_SHEET_CELLS (calamine holds a sheet as a
dense grid, so two far-apart cells would otherwise claim gigabytes).
"""

from __future__ import annotations

import gc
import hashlib
import zipfile
import zlib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from defusedxml import DefusedXmlException
from python_calamine import CalamineError, CalamineWorkbook

from surveyor.core.errors import Problem, SurveyError
from surveyor.core.forms.model import Form
from surveyor.core.progress import SILENT, Progress
from surveyor.core.responses import Response
from surveyor.core.workbook.extent import check_extents
from surveyor.core.workbook.layout import (
    FORMAT_VERSION,
    MANIFEST,
    MANIFEST_SHEETS_HEADER,
    FormKey,
    sheet_name,
)
from surveyor.core.workbook.rows import RowReader

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024
MAX_ZIP_ENTRIES = 10_000


@dataclass(frozen=True)
class IncomingRow:
    """One response read from a workbook, with where it came from."""

    response: Response           # version/history/edited_outside=False as the cells say
    stated_hash: str             # the _hash cell
    sheet: str
    row: int                     # 1-based sheet row (header is row 1)


@dataclass(frozen=True)
class WorkbookRead:
    file: str
    sha256: str
    manifest: Mapping[str, str]
    rows: list[IncomingRow]


def check_file(path: Path) -> None:
    """Refuse what is not a sync-workbook-sized xlsx before any parser sees it."""
    name = path.name
    if not path.is_file():
        raise SurveyError(Problem.FILE_NOT_FOUND, file=name)
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise SurveyError(Problem.FILE_TOO_LARGE, file=name, size=size, limit=MAX_FILE_BYTES)
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
            if len(entries) > MAX_ZIP_ENTRIES:
                raise SurveyError(Problem.NOT_XLSX, file=name,
                                  detail=f"{len(entries)} parts in the archive")
            if "xl/workbook.xml" not in {e.filename for e in entries}:
                raise SurveyError(Problem.NOT_XLSX, file=name, detail="no xl/workbook.xml")
            unpacked = sum(e.file_size for e in entries)
            if unpacked > MAX_UNPACKED_BYTES:
                raise SurveyError(Problem.UNPACKED_TOO_LARGE, file=name, size=unpacked,
                                  limit=MAX_UNPACKED_BYTES)
            check_extents(archive, name)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError) as error:
        raise SurveyError(Problem.NOT_XLSX, file=name, detail=f"not a zip archive: {error}")
    except DefusedXmlException as error:
        raise SurveyError(Problem.NOT_XLSX, file=name, detail=f"xl/workbook.xml: {error!r}")


@contextmanager
def _without_gc():
    """Reading makes millions of small objects and no cycles: the cyclic garbage collector
    would only rescan them (a third of the conversion time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _file_sha256(path: Path) -> str:
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def _rows(book: CalamineWorkbook, name: str, sheet: str) -> Iterator[list]:
    """A sheet's rows from A1 (row 1 first), whatever its first used cell.

    All rows as Python lists at once, so that calamine's own copy is freed before they are
    converted (less memory at the peak than its row iterator, and as fast)."""
    try:
        rows = book.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
    except CalamineError as error:
        raise SurveyError(Problem.NOT_XLSX, file=name, detail=f"sheet {sheet}: {error}") from None
    return iter(rows)


def _text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_manifest(rows: list[list]) -> tuple[dict[str, str], list[tuple[str, str, str | None]]]:
    """The `_manifest` sheet: its key/value entries, and (sheet, form_id, repeat) per data sheet."""
    entries: dict[str, str] = {}
    sheets: list[tuple[str, str, str | None]] = []
    in_sheets = False
    for row in rows[1:]:
        cells = [_text(v) for v in row[:5]] + [""] * (5 - len(row[:5]))
        if tuple(cells) == MANIFEST_SHEETS_HEADER:
            in_sheets = True
        elif in_sheets and cells[0]:
            sheets.append((cells[0], cells[1], cells[3] or None))
        elif not in_sheets and cells[0]:
            entries[cells[0]] = cells[1]
    return entries, sheets


def _sheets_by_name(book: CalamineWorkbook, forms: Mapping[FormKey, Form]
                    ) -> list[tuple[str, str, str | None]]:
    """Without a manifest: the sheets whose names are those of known forms and repeats."""
    known: dict[str, tuple[str, str | None]] = {}
    for (form_id, _), form in forms.items():
        known[sheet_name(form_id)] = (form_id, None)
        for group in form.repeats():
            known[sheet_name(form_id, group.key)] = (form_id, group.key)
    return [(s, *known[s]) for s in book.sheet_names if s in known]


def _data_sheets(book: CalamineWorkbook, name: str, forms: Mapping[FormKey, Form]
                 ) -> tuple[dict[str, str], list[tuple[str, str, str | None]]]:
    """The manifest entries and the data sheets to read, main sheets before repeat sheets."""
    entries, sheets = {}, []
    if MANIFEST in book.sheet_names:
        entries, sheets = read_manifest(list(_rows(book, name, MANIFEST)))
        found = entries.get("format_version", "")
        if found.isdigit() and int(found) > int(FORMAT_VERSION):
            raise SurveyError(Problem.WORKBOOK_NEWER, file=name, found=found, known=FORMAT_VERSION)
    if not sheets:
        sheets = _sheets_by_name(book, forms)
    if not sheets:
        raise SurveyError(Problem.SHEET_MISSING, file=name, sheet=MANIFEST)
    for sheet, _, _ in sheets:
        if sheet not in book.sheet_names:
            raise SurveyError(Problem.SHEET_MISSING, file=name, sheet=sheet)
    return entries, sorted(sheets, key=lambda s: s[2] is not None)


def read_workbook(path: str | Path, forms: Mapping[FormKey, Form],
                  progress: Progress = SILENT) -> WorkbookRead:
    """Read and check a sync workbook; raise SurveyError naming file/sheet/row/column on the
    first problem (the caller stores nothing from a refused file)."""
    path = Path(path)
    name = path.name
    check_file(path)
    digest = _file_sha256(path)
    try:
        book = CalamineWorkbook.from_path(str(path))
    except CalamineError as error:
        raise SurveyError(Problem.NOT_XLSX, file=name, detail=str(error)) from None
    with book, _without_gc():
        entries, sheets = _data_sheets(book, name, forms)
        reader = RowReader(name, forms)
        for done, (sheet, form_id, repeat) in enumerate(sheets):
            progress.step(done, len(sheets) + 1, sheet)
            rows = _rows(book, name, sheet)
            if repeat is None:
                reader.read_main(sheet, form_id, rows)
            else:
                reader.read_repeat(sheet, form_id, repeat, rows)
        incoming = [IncomingRow(response, stated, sheet, row)
                    for response, stated, sheet, row in reader.responses()]
    progress.step(1, 1, "")
    return WorkbookRead(str(path), digest, entries, incoming)
