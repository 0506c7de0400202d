"""Builders of files that are not sync workbooks, or whose archive is hostile: other formats
renamed, cut copies, zip bombs and archives written by hand (entries twice, names that lie).
Each builder is `build(base, out) -> out`."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from corpus.base import MARKET, PASSWORD, Base
from corpus.zips import Book, RawEntry, entries_of, raw_zip, repeated_deflate
from surveyor.core import jobs


def xls(base: Base, out: Path) -> Path:
    """The export saved as Excel 97-2003 by LibreOffice headless (its own profile)."""
    work = Path(tempfile.mkdtemp(prefix="corpus-lo-"))
    try:
        subprocess.run([shutil.which("soffice"), "--headless",
                        f"-env:UserInstallation={(work / 'profile').as_uri()}", "--convert-to",
                        "xls", "--outdir", str(work), str(base.trip)], check=False,
                       capture_output=True, timeout=180)
        made = work / (base.trip.stem + ".xls")
        assert made.is_file(), "LibreOffice wrote no .xls"
        shutil.copy(made, out)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return out


def docx(base: Base, out: Path) -> Path:
    word = ("http://schemas.openxmlformats.org/wordprocessingml/2006/main")
    return raw_zip(out, [
        RawEntry("[Content_Types].xml", b'<?xml version="1.0"?><Types xmlns="http://schemas.'
                 b'openxmlformats.org/package/2006/content-types"><Default Extension="rels" '
                 b'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 b'<Override PartName="/word/document.xml" ContentType="application/vnd.'
                 b'openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        RawEntry("_rels/.rels", b'<?xml version="1.0"?><Relationships xmlns="http://schemas.'
                 b'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type='
                 b'"http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                 b'officeDocument" Target="word/document.xml"/></Relationships>'),
        RawEntry("word/document.xml", f'<?xml version="1.0"?><w:document xmlns:w="{word}"><w:body>'
                 '<w:p><w:r><w:t>Báo cáo khảo sát</w:t></w:r></w:p></w:body></w:document>'.encode())])


def ods(base: Base, out: Path) -> Path:
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    return raw_zip(out, [
        RawEntry("mimetype", b"application/vnd.oasis.opendocument.spreadsheet"),
        RawEntry("content.xml", f'<?xml version="1.0"?><office:document-content xmlns:office='
                 f'"{office}"><office:body><office:spreadsheet/></office:body>'
                 '</office:document-content>'.encode()),
        RawEntry("META-INF/manifest.xml", b'<?xml version="1.0"?><manifest:manifest xmlns:'
                 b'manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>')])


def written(data: bytes) -> Callable:
    def build(base: Base, out: Path) -> Path:
        out.write_bytes(data)
        return out
    return build


def truncated(base: Base, out: Path) -> Path:
    whole = base.trip.read_bytes()
    out.write_bytes(whole[:len(whole) // 2])
    return out


def protected(base: Base, out: Path) -> Path:
    jobs.export_file(base.field, out, base.forms, password=PASSWORD)
    return out


def raw(change: Callable[[list[RawEntry], Book], list[RawEntry]]) -> Callable:
    def build(base: Base, out: Path) -> Path:
        book = base.book()
        return raw_zip(out, change(entries_of(book), book))
    return build


def twice(entries: list[RawEntry], book: Book) -> list[RawEntry]:
    part = book.sheet_part(MARKET)
    return entries + [RawEntry(part, book.parts[part].replace(b"yes", b"no", 1))]


def case_twin(entries: list[RawEntry], book: Book) -> list[RawEntry]:
    part = book.sheet_part(MARKET)
    return entries + [RawEntry(part.replace("worksheets/sheet", "Worksheets/Sheet"), book.parts[part])]


def lying_name(entries: list[RawEntry], book: Book) -> list[RawEntry]:
    part = book.sheet_part(MARKET)
    return [replace(e, local_name="xl/worksheets/sheet99.xml") if e.name == part else e
            for e in entries]


def bomb_part(honest: bool) -> Callable:
    """The _dictionary sheet swapped for 900 MB of blanks packed into a megabyte: its size
    stated as it is, or as 200 kB."""
    def change(entries: list[RawEntry], book: Book) -> list[RawEntry]:
        part = book.sheet_part("_dictionary")
        packed, size, crc = repeated_deflate(b" " * (1 << 20), 900)
        return [e if e.name != part else
                RawEntry(part, packed=packed, size=size if honest else 200_000, crc=crc)
                for e in entries]
    return change


