"""The extent each sheet claims, checked before calamine holds it as a dense grid of cells.

calamine allocates rows x columns cells for a sheet, so two cells far apart (a note typed in
row 1,000,000) would claim gigabytes. Every writer we meet (Excel, LibreOffice, xlsxwriter)
states the used range in the sheet's `<dimension>` element at the top of its XML; reading it
costs a few kilobytes. A sheet whose cells lie outside what it states is caught next, by
scan.py; the archive's total unpacked size is limited separately.
"""

from __future__ import annotations

import posixpath
import re
import zipfile

from defusedxml import ElementTree

from surveyor.core.errors import Problem, SurveyError

MAX_SHEET_CELLS = 8_000_000       # ~40 bytes a cell in calamine and its Python rows: ~330 MB
HEAD_BYTES = 64 * 1024
FIRST_BYTES = 2048
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="\$?([A-Z]{1,3})\$?(\d+)'
                        rb'(?::\$?([A-Z]{1,3})\$?(\d+))?"')
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Archive part of each worksheet -> its sheet name (from xl/workbook.xml and its rels)."""
    book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    try:
        rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except KeyError:
        return {}
    targets = {}
    for rel in rels.iter():
        if rel.tag.endswith("Relationship") and rel.get("Target"):
            target = rel.get("Target")
            part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
                posixpath.join("xl", target))
            targets[rel.get("Id")] = part
    parts = {}
    for sheet in book.iter():
        if sheet.tag.endswith("}sheet") and sheet.get(f"{{{_REL}}}id") in targets:
            parts[targets[sheet.get(f"{{{_REL}}}id")]] = sheet.get("name", "")
    return parts


def claimed_extent(archive: zipfile.ZipFile, part: str) -> tuple[int, int] | None:
    """(rows, columns) the sheet's <dimension> claims, or None if it states none."""
    head, found = b"", None
    with archive.open(part) as handle:       # it is near the top: unpack no more than needed
        while found is None and len(head) < HEAD_BYTES:
            chunk = handle.read(max(FIRST_BYTES, len(head)))
            if not chunk:
                break
            head += chunk
            found = _DIMENSION.search(head)
    if found is None:
        return None
    first_col, first_row, last_col, last_row = found.groups()
    if last_col is None:
        return 1, 1
    rows = int(last_row) - int(first_row) + 1
    columns = _column_number(last_col) - _column_number(first_col) + 1
    return max(rows, 1), max(columns, 1)


def check_extents(archive: zipfile.ZipFile, file: str) -> None:
    """Refuse a workbook with a sheet claiming more than MAX_SHEET_CELLS cells."""
    try:
        parts = sheet_parts(archive)
    except ElementTree.ParseError as error:
        raise SurveyError(Problem.NOT_XLSX, file=file, detail=f"xl/workbook.xml: {error}") from None
    for part, name in parts.items():
        try:
            extent = claimed_extent(archive, part)
        except KeyError:
            raise SurveyError(Problem.NOT_XLSX, file=file, detail=f"{part} is missing") from None
        if extent and extent[0] * extent[1] > MAX_SHEET_CELLS:
            raise SurveyError(Problem.SHEET_TOO_LARGE, file=file, sheet=name, rows=extent[0],
                              columns=extent[1], limit=MAX_SHEET_CELLS)
