"""Tools to build bad workbooks from good ones: a workbook's parts edited as bytes, and zip
archives written by hand (entries twice, names that lie, sizes that lie), which zipfile will
not write."""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from dataclasses import dataclass
from html import escape
from pathlib import Path

_SHEET = re.compile(r'<sheet\b[^>]*?name="([^"]*)"[^>]*?r:id="([^"]*)"')
_REL = re.compile(r'<Relationship\b[^>]*?Id="([^"]*)"[^>]*?Target="([^"]*)"')
_CELL = re.compile(r'<c r="([A-Z]+)(\d+)"[^>]*?(?:/>|>(.*?)</c>)', re.DOTALL)
_TEXT = re.compile(r"<t[^>]*>(.*?)</t>|<v>(.*?)</v>", re.DOTALL)


def column_letters(number: int) -> str:
    """1 -> A, 28 -> AB."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def text_cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(text, quote=False)}</t></is></c>'


def number_cell(ref: str, number: object, style: str = "") -> str:
    styled = f' s="{style}"' if style else ""
    return f'<c r="{ref}"{styled}><v>{number}</v></c>'


class Book:
    """The parts of one workbook, in archive order, to edit and write back."""

    def __init__(self, path: Path):
        with zipfile.ZipFile(path) as archive:
            self.parts = {info.filename: archive.read(info) for info in archive.infolist()}

    def text(self, part: str) -> str:
        return self.parts[part].decode("utf-8")

    def put(self, part: str, text: str | bytes) -> None:
        self.parts[part] = text.encode("utf-8") if isinstance(text, str) else text

    def replace(self, part: str, old: str, new: str, count: int = 1) -> None:
        text = self.text(part)
        assert old in text, f"{old!r} not in {part}"
        self.put(part, text.replace(old, new, count))

    def sheet_part(self, sheet: str) -> str:
        targets = dict(_REL.findall(self.text("xl/_rels/workbook.xml.rels")))
        for name, rid in _SHEET.findall(self.text("xl/workbook.xml")):
            if name == escape(sheet):
                return "xl/" + targets[rid].lstrip("/").removeprefix("xl/")
        raise KeyError(sheet)

    def cells(self, sheet: str) -> dict[str, str]:
        """Reference -> the text of each cell (inline strings and numbers, as our writer puts)."""
        found = {}
        for letters, row, inner in _CELL.findall(self.text(self.sheet_part(sheet))):
            texts = _TEXT.findall(inner or "")
            found[f"{letters}{row}"] = "".join(t or v for t, v in texts)
        return found

    def ref(self, sheet: str, key: str, row: int) -> str:
        """The reference of column `key` (by its header) in `row`."""
        for ref, value in self.cells(sheet).items():
            if ref.endswith("1") and ref.rstrip("0123456789") + "1" == ref and value == key:
                return f"{ref[:-1]}{row}"
        raise KeyError(key)

    def set_cell(self, sheet: str, ref: str, cell_xml: str) -> None:
        """Put `cell_xml` as the cell at `ref` (replacing it, or added at the end of its row)."""
        part = self.sheet_part(sheet)
        text = self.text(part)
        found = re.search(rf'<c r="{ref}"[^>]*?(?:/>|>.*?</c>)', text, re.DOTALL)
        if found:
            text = text[:found.start()] + cell_xml + text[found.end():]
        else:
            row = re.match(r"[A-Z]+(\d+)", ref)[1]
            start = text.find(f'<row r="{row}"')
            if start < 0:                              # a row of its own, at the end
                end = text.index("</sheetData>")
                cell_xml = f'<row r="{row}">{cell_xml}</row>'
            else:
                end = text.index("</row>", start)
            text = text[:end] + cell_xml + text[end:]
        self.put(part, text)

    def save(self, path: Path) -> Path:
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in self.parts.items():
                archive.writestr(name, data)
        return path


@dataclass(frozen=True)
class RawEntry:
    """One entry of a hand-written zip: `data` deflated, unless `packed` is given as is (with
    `size` and `crc` stated); `local_name` is what its own header says (default: its name)."""

    name: str
    data: bytes = b""
    packed: bytes | None = None
    size: int | None = None
    crc: int | None = None
    local_name: str | None = None


def raw_zip(path: Path, entries: list[RawEntry], stored: bool = False) -> Path:
    """A zip archive exactly as the entries say, central directory and all (each entry
    deflated, or with `stored` kept as it is)."""
    out, central = bytearray(), bytearray()
    method = 0 if stored else 8
    for entry in entries:
        packed = entry.packed
        if packed is None and stored:
            packed = entry.data
        elif packed is None:
            squeeze = zlib.compressobj(6, zlib.DEFLATED, -15)
            packed = squeeze.compress(entry.data) + squeeze.flush()
        size = len(entry.data) if entry.size is None else entry.size
        crc = zlib.crc32(entry.data) if entry.crc is None else entry.crc
        name, local = entry.name.encode(), (entry.local_name or entry.name).encode()
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0x800, method, 0, 0x21, crc,
                           len(packed), size, len(local), 0) + local + packed
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0x800, method, 0, 0x21,
                               crc, len(packed), size, len(name), 0, 0, 0, 0, 0, offset) + name
    out += central + struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries),
                                 len(central), len(out), 0)
    path.write_bytes(bytes(out))
    return path


def entries_of(book: Book) -> list[RawEntry]:
    return [RawEntry(name, data) for name, data in book.parts.items()]


def repeated_deflate(chunk: bytes, times: int) -> tuple[bytes, int, int]:
    """`chunk` repeated `times`, deflated without building it: (packed, size, crc).

    After a full flush a deflate stream starts afresh, so each copy packs to the same bytes."""
    squeeze = zlib.compressobj(9, zlib.DEFLATED, -15)
    once = squeeze.compress(chunk) + squeeze.flush(zlib.Z_FULL_FLUSH)
    packed = once * times + squeeze.flush()
    crc = 0
    for _ in range(times):
        crc = zlib.crc32(chunk, crc)
    return packed, len(chunk) * times, crc
