"""Reading a sync workbook: the file checked first, then calamine, every cell against its form.

Nothing in a workbook is executed. Before calamine opens a file it is checked: it exists, is at
most MAX_FILE_BYTES, is a zip archive holding xl/workbook.xml, unpacks to at most
MAX_UNPACKED_BYTES and no sheet spans more than MAX_SHEET_CELLS (calamine holds a sheet as a
dense grid, so two far-apart cells would otherwise claim gigabytes); then every part, by
package.py (only what a spreadsheet program writes) and scan.py (where cells may lie). The
sheets read are refused if hidden, merged or holding formulas or error values, and each must
hold the rows `_manifest` says.
"""

from __future__ import annotations

import gc
import hashlib
import zipfile
import zlib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from defusedxml import DefusedXmlException
from python_calamine import CalamineError, CalamineWorkbook

from surveyor.core.errors import Problem, SurveyError
from surveyor.core.filling.media import AttachedFile
from surveyor.core.forms.model import Form
from surveyor.core.progress import SILENT, Progress
from surveyor.core.responses import Response
from surveyor.core.workbook.crypt import is_encrypted
from surveyor.core.workbook.dismissed import COUNT_ENTRY as DISMISSED_COUNT
from surveyor.core.workbook.dismissed import DismissedPair, read_dismissed
from surveyor.core.workbook.extent import check_extents
from surveyor.core.workbook.layout import (
    DISMISSED,
    FORMAT_VERSION,
    MANIFEST,
    MANIFEST_SHEETS_HEADER,
    MEDIA,
    MEDIA_DATA,
    FormKey,
    sheet_name,
)
from surveyor.core.workbook.media import read_media
from surveyor.core.workbook.package import Package, check_package, describe, kind_of
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
    # the attached files it carries, each checked against its sha256 (workbook/media.py)
    media: Mapping[str, AttachedFile] = field(default_factory=dict)
    # pairs a person said are not duplicates (workbook/dismissed.py)
    dismissed: tuple[DismissedPair, ...] = ()


def check_file(path: Path) -> Package:
    """Refuse what is not a sync-workbook-sized xlsx before any parser sees it (package.py:
    every part checked); what the reader refuses on the sheets it reads, by sheet."""
    name = path.name
    if not path.is_file():
        raise SurveyError(Problem.FILE_NOT_FOUND, file=name)
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise SurveyError(Problem.FILE_TOO_LARGE, file=name, size=size, limit=MAX_FILE_BYTES)
    if is_encrypted(path):                  # protected: jobs decrypt it first, given the password
        raise SurveyError(Problem.PASSWORD_NEEDED, file=name)
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
            if len(entries) > MAX_ZIP_ENTRIES:
                raise SurveyError(Problem.NOT_XLSX, file=name,
                                  detail=f"{len(entries)} parts in the archive")
            if "xl/workbook.xml" not in {e.filename for e in entries}:
                raise SurveyError(Problem.NOT_XLSX, file=name,
                                  detail=kind_of({e.filename for e in entries}))
            unpacked = sum(e.file_size for e in entries)
            if unpacked > MAX_UNPACKED_BYTES:
                raise SurveyError(Problem.UNPACKED_TOO_LARGE, file=name, size=unpacked,
                                  limit=MAX_UNPACKED_BYTES)
            check_extents(archive, name)
            return check_package(archive, path, name)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError):
        raise SurveyError(Problem.NOT_XLSX, file=name, detail=describe(path)) from None
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


def _rows(book: CalamineWorkbook, name: str, sheet: str,
          package: Package | None = None) -> Iterator[list]:
    """A sheet's rows from A1 (row 1 first), whatever its first used cell; with `package`,
    refused if it is hidden, merged, or holds a formula or an error value.

    All rows as Python lists at once, so that calamine's own copy is freed before they are
    converted (less memory at the peak than its row iterator, and as fast)."""
    try:
        rows = book.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
    except CalamineError as error:
        raise SurveyError(Problem.NOT_XLSX, file=name, detail=f"sheet {sheet}: {error}") from None
    if package is not None:
        package.check_sheet(name, sheet, rows[0] if rows else [])
    return iter(rows)


def _text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_manifest(rows: list[list]) -> tuple[dict[str, str], list[tuple[str, str, str | None]],
                                           dict[str, str]]:
    """The `_manifest` sheet: its key/value entries, (sheet, form_id, repeat) per data sheet,
    and the rows it says each data sheet holds."""
    entries: dict[str, str] = {}
    sheets: list[tuple[str, str, str | None]] = []
    counts: dict[str, str] = {}
    in_sheets = False
    for row in rows[1:]:
        cells = [_text(v) for v in row[:5]] + [""] * (5 - len(row[:5]))
        if tuple(cells) == MANIFEST_SHEETS_HEADER:
            in_sheets = True
        elif in_sheets and cells[0]:
            sheets.append((cells[0], cells[1], cells[3] or None))
            counts[cells[0]] = cells[4]
        elif not in_sheets and cells[0]:
            entries[cells[0]] = cells[1]
    return entries, sheets, counts


def _sheets_by_name(book: CalamineWorkbook, forms: Mapping[FormKey, Form]
                    ) -> list[tuple[str, str, str | None]]:
    """Without a manifest: the sheets whose names are those of known forms and repeats."""
    known: dict[str, tuple[str, str | None]] = {}
    for (form_id, _), form in forms.items():
        known[sheet_name(form_id)] = (form_id, None)
        for group in form.repeats():
            known[sheet_name(form_id, group.key)] = (form_id, group.key)
    return [(s, *known[s]) for s in book.sheet_names if s in known]


def _data_sheets(book: CalamineWorkbook, name: str, forms: Mapping[FormKey, Form],
                 package: Package) -> tuple[dict[str, str], list[tuple[str, str, str | None]],
                                            dict[str, str]]:
    """The manifest entries, the data sheets to read (main sheets before repeat sheets) and
    the rows the manifest says each holds. A sheet named like a known form's that the
    manifest does not list is refused, not ignored."""
    entries, sheets, counts = {}, [], {}
    if MANIFEST in book.sheet_names:
        entries, sheets, counts = read_manifest(list(_rows(book, name, MANIFEST, package)))
        listed = {sheet for sheet, _, _ in sheets}
        for sheet, form_id, _ in _sheets_by_name(book, forms) if sheets else ():
            if sheet not in listed:
                raise SurveyError(Problem.SHEET_UNLISTED, file=name, sheet=sheet, form_id=form_id)
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
    return entries, sorted(sheets, key=lambda s: s[2] is not None), counts


def read_workbook(path: str | Path, forms: Mapping[FormKey, Form],
                  progress: Progress = SILENT) -> WorkbookRead:
    """Read and check a sync workbook; raise SurveyError naming file/sheet/row/column on the
    first problem (the caller stores nothing from a refused file)."""
    path = Path(path)
    name = path.name
    package = check_file(path)
    digest = _file_sha256(path)
    try:
        book = CalamineWorkbook.from_path(str(path))
    except CalamineError as error:
        raise SurveyError(Problem.NOT_XLSX, file=name, detail=str(error)) from None
    with book, _without_gc():
        entries, sheets, counts = _data_sheets(book, name, forms, package)
        reader = RowReader(name, forms)
        for done, (sheet, form_id, repeat) in enumerate(sheets):
            progress.step(done, len(sheets) + 1, sheet)
            rows = _rows(book, name, sheet, package)
            if repeat is None:
                found = reader.read_main(sheet, form_id, rows)
            else:
                found = reader.read_repeat(sheet, form_id, repeat, rows)
            if sheet in counts and counts[sheet] != str(found):
                raise SurveyError(Problem.ROWS_MISMATCH, file=name, sheet=sheet, found=found,
                                  stated=counts[sheet])
        incoming = [IncomingRow(response, stated, sheet, row)
                    for response, stated, sheet, row in reader.responses()]
        media = _media(book, name)
        files = entries.get("media_files", "")
        if entries.get("media") == "included" and files.isdigit() and int(files) != len(media):
            raise SurveyError(Problem.MEDIA_COUNT_MISMATCH, file=name, sheet=MEDIA,
                              found=len(media), stated=files)
        dismissed, stated = (), entries.get(DISMISSED_COUNT, "")
        if DISMISSED in book.sheet_names:
            dismissed = read_dismissed(_rows(book, name, DISMISSED, package), name, stated)
        elif stated.isdigit() and int(stated):
            raise SurveyError(Problem.SHEET_MISSING, file=name, sheet=DISMISSED)
    progress.step(1, 1, "")
    return WorkbookRead(str(path), digest, entries, incoming, media, dismissed)


def _media(book: CalamineWorkbook, name: str) -> dict[str, AttachedFile]:
    """The files the `_media` sheets carry (none without them: older or file-less exports)."""
    if MEDIA not in book.sheet_names:
        return {}
    data = None
    if MEDIA_DATA in book.sheet_names:
        try:
            data = iter(book.get_sheet_by_name(MEDIA_DATA).iter_rows())
        except CalamineError as error:
            raise SurveyError(Problem.NOT_XLSX, file=name,
                              detail=f"sheet {MEDIA_DATA}: {error}") from None
    return read_media(_rows(book, name, MEDIA), data, name)
