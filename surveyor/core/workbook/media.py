"""Attached files in the sync workbook: the `_media` sheet people read, the `_media_data` sheet
that carries the bytes, both written after the data sheets and checked file by file on import.

`_media`: one row per answer naming a file (`_uuid`, `question` as the audit names fields,
`file_name`, `sha256`, `size`, `type`) with a thumbnail of a picture anchored in the row, so a
person sees it in Excel. `_media_data` (hidden): each file once, its bytes as base64 text in
cells of at most CHUNK_BYTES bytes each (`sha256`, `part` from 1, `data`). Cells, not the
pictures, carry the bytes: every spreadsheet program keeps a cell's text as it is, whereas a
picture is the program's to recompress (Office downsamples pictures to its default resolution
when it saves), and a sound or a document has no picture to be. Deflated, base64 costs about 2%
over the bytes; the thumbnails, about 5%. Exported without the files (`--no-media`), `_media`
still lists every file and `_media_data` is empty.

Reading: each `_media` row's sha256 and size are checked; a file whose parts are there is
decoded and its sha256 and size compared with its first `_media` row: a mismatch refuses the
workbook (MEDIA_MISMATCH, naming file, sheet and row). MAX_FILE_BYTES a file and
MAX_MEDIA_BYTES a workbook are counted from the base64 before anything is decoded. A file with
no parts (exported without files) is simply not in the workbook.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from surveyor.core.errors import Problem, SurveyError
from surveyor.core.filling.media import (
    MAX_FILE_BYTES,
    THUMBNAIL_PIXELS,
    AttachedFile,
    file_answers,
    thumbnail,
)
from surveyor.core.forms.model import FILE_TYPES, Form
from surveyor.core.responses import Response
from surveyor.core.workbook.cells import CellError, as_text, to_integer
from surveyor.core.workbook.layout import MEDIA, MEDIA_DATA, MEDIA_DATA_HEADER, MEDIA_HEADER

CHUNK_BYTES = 24_000                 # 32,000 base64 characters: a cell holds 32,767
MAX_MEDIA_BYTES = 190 * 1024 * 1024  # all files of one workbook (the file itself: 200 MB)
PICTURE_BOX = (160, 120)             # pixels a thumbnail takes in its row
ROW_POINTS = 92                      # a row with a picture: 120 px and a margin
_HEX = frozenset("0123456789abcdef")


class Files(Protocol):
    """Where an export finds the files (the store's Media)."""

    def info(self, sha256s: Iterable[str]) -> Mapping[str, object]: ...

    def get(self, sha256: str) -> AttachedFile | None: ...


@dataclass(frozen=True)
class MediaStats:
    """The files an export named: how many, their bytes, and whether they went in."""

    files: int = 0
    bytes: int = 0
    included: bool = True
    missing: int = 0                 # named by an answer, not in the store


@dataclass
class MediaWriter:
    """Collects the files the exported answers name, then writes the two sheets."""

    files: Files | None              # None: list no files
    include: bool = True             # False: list them without their bytes (--no-media)
    named: list[tuple[str, str, str]] = field(default_factory=list)   # uuid, field, sha256
    stats: MediaStats = MediaStats()  # what write() wrote
    # (form id, version) -> whether the form has a file question (else no answer names one)
    holds_files: dict[tuple[str, str], bool] = field(default_factory=dict, repr=False)

    def note(self, response: Response, form: Form) -> None:
        holds = self.holds_files.get((form.form_id, form.version))
        if holds is None:
            holds = self.holds_files[(form.form_id, form.version)] = any(
                q.type in FILE_TYPES for q in form.questions())
        if holds:
            self.named.extend((response.uuid, name, sha)
                              for name, sha in file_answers(response, form))

    def write(self, book, formats: Mapping) -> MediaStats:
        """The `_media` and `_media_data` sheets (none when no answer names a file)."""
        if not self.named or self.files is None:
            self.stats = MediaStats(included=self.include)
            return self.stats
        known = self.files.info(sha for _, _, sha in self.named)
        size = sum(known[sha].size for sha in known)
        if self.include and size > MAX_MEDIA_BYTES:
            raise SurveyError(Problem.MEDIA_EXPORT_TOO_LARGE, file="", size=size,
                              limit=MAX_MEDIA_BYTES)
        rows = book.add_worksheet(MEDIA)
        data = book.add_worksheet(MEDIA_DATA)
        data.hide()
        for ws, header in ((rows, MEDIA_HEADER), (data, MEDIA_DATA_HEADER)):
            ws.freeze_panes(1, 0)
            ws.write_row(0, 0, header, formats["header"])
        for col, width in enumerate((36, 24, 28, 66, 10, 14, 24)):
            rows.set_column(col, col, width)
        rows.set_landscape()                        # printed: one page wide, pictures in
        rows.fit_to_pages(1, 0)
        rows.repeat_rows(0)
        data.set_column(0, 0, 66)
        self._rows(rows, formats, known)
        if self.include:
            self._data(data, formats, known)
        rows.autofilter(0, 0, len(self.named), len(MEDIA_HEADER) - 1)
        self.stats = MediaStats(len(known), size, self.include,
                                len({sha for _, _, sha in self.named} - set(known)))
        return self.stats

    def _rows(self, ws, formats: Mapping, known: Mapping) -> None:
        text, shown = formats["text"], set()
        for row, (uuid, name, sha) in enumerate(self.named, start=1):
            info = known.get(sha)
            picture = None
            if self.include and info is not None and sha not in shown:
                picture = _thumbnail(self.files, sha, info)
            if picture is not None:
                ws.set_row(row, ROW_POINTS)
            for col, value in enumerate((uuid, name, getattr(info, "name", ""), sha)):
                if value:
                    ws.write_string(row, col, value, text)
            if info is not None:
                ws.write_number(row, 4, info.size)
                ws.write_string(row, 5, info.type, text)
            if picture is not None:
                shown.add(sha)
                image, scale = picture
                ws.insert_image(row, 6, f"{sha[:16]}.jpg", {
                    "image_data": io.BytesIO(image), "x_scale": scale, "y_scale": scale,
                    "x_offset": 2, "y_offset": 2, "object_position": 1,
                    "description": getattr(info, "name", "")})

    def _data(self, ws, formats: Mapping, known: Mapping) -> None:
        text, row = formats["text"], 0
        for sha in dict.fromkeys(sha for _, _, sha in self.named):
            found = self.files.get(sha) if sha in known else None
            if found is None:
                continue
            for part, start in enumerate(range(0, max(len(found.data), 1), CHUNK_BYTES), 1):
                row += 1
                ws.write_string(row, 0, sha, text)
                ws.write_number(row, 1, part)
                chunk = base64.b64encode(found.data[start:start + CHUNK_BYTES]).decode("ascii")
                if chunk:
                    ws.write_string(row, 2, chunk, text)


def _thumbnail(files: Files, sha: str, info: object) -> tuple[bytes, float] | None:
    """The picture to show in a row, and its scale in the box; None for other files."""
    if not str(getattr(info, "type", "")).startswith("image/"):
        return None
    found = files.get(sha)
    small = thumbnail(found.data, THUMBNAIL_PIXELS) if found is not None else None
    if small is None:
        return None
    image, width, height = small
    return image, min(PICTURE_BOX[0] / width, PICTURE_BOX[1] / height, 1.0)


# --- reading -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Named:
    """The first `_media` row naming a file."""

    row: int
    name: str
    type: str
    size: int | None


def _text(value: object) -> str:
    """A cell's text, stripped ("" for a blank)."""
    if value == "":
        return ""
    try:
        return as_text(value).strip()
    except CellError:
        return str(value)


def _header(rows: Iterator[list], file: str, sheet: str, keys: tuple[str, ...]) -> dict[str, int]:
    index = {_text(cell): i for i, cell in enumerate(next(rows, [])) if cell != ""}
    for key in keys:
        if key not in index:
            raise SurveyError(Problem.COLUMN_MISSING, file=file, sheet=sheet, column=key)
    return index


def _sha(value: object, file: str, sheet: str, row: int) -> str:
    sha = _text(value).lower()
    if len(sha) != 64 or not _HEX.issuperset(sha):
        raise SurveyError(Problem.BAD_CELL, file=file, sheet=sheet, row=row, column="sha256",
                          detail=f"{sha!r} is not a sha256 (64 hex digits)")
    return sha


def read_named(rows: Iterator[list], file: str) -> dict[str, _Named]:
    """The `_media` sheet: per sha256 its first row, name, type and stated size."""
    at = _header(rows, file, MEDIA, MEDIA_HEADER[:6])
    named: dict[str, _Named] = {}
    for number, row in enumerate(rows, start=2):
        if all(cell == "" for cell in row):
            continue
        cell = dict(zip(at, (row[i] if i < len(row) else "" for i in at.values())))
        sha = _sha(cell["sha256"], file, MEDIA, number)
        try:
            size = to_integer(cell["size"]) if cell["size"] != "" else None
        except CellError as error:
            raise SurveyError(Problem.BAD_CELL, file=file, sheet=MEDIA, row=number,
                              column="size", detail=str(error)) from None
        name = _text(cell["file_name"])
        if size is not None and not 0 <= size <= MAX_FILE_BYTES:
            raise SurveyError(Problem.MEDIA_TOO_LARGE, file=file, sheet=MEDIA, row=number,
                              name=name or sha, size=size, limit=MAX_FILE_BYTES)
        kind = _text(cell["type"])
        named.setdefault(sha, _Named(number, name, kind or "application/octet-stream", size))
    return named


def _parts(rows: Iterator[list], file: str, named: Mapping[str, _Named]
           ) -> dict[str, dict[int, str]]:
    """The base64 parts of the named files, by sha256 and part, their sizes limited first."""
    at = _header(rows, file, MEDIA_DATA, MEDIA_DATA_HEADER)
    parts: dict[str, dict[int, str]] = {}
    sizes: dict[str, int] = {}
    total = 0
    for number, row in enumerate(rows, start=2):
        cells = [row[at[k]] if at[k] < len(row) else "" for k in MEDIA_DATA_HEADER]
        if all(cell == "" for cell in cells):
            continue
        sha = _sha(cells[0], file, MEDIA_DATA, number)
        if sha not in named:
            continue                                 # no answer's row names it: not stored
        try:
            part = to_integer(cells[1])
        except CellError as error:
            raise SurveyError(Problem.BAD_CELL, file=file, sheet=MEDIA_DATA, row=number,
                              column="part", detail=str(error)) from None
        chunk = _text(cells[2])
        if part < 1 or part in parts.setdefault(sha, {}):
            raise SurveyError(Problem.BAD_CELL, file=file, sheet=MEDIA_DATA, row=number,
                              column="part", detail=f"part {part} of {sha} again, or below 1")
        parts[sha][part] = chunk
        grown = len(chunk) * 3 // 4
        sizes[sha] = sizes.get(sha, 0) + grown
        total += grown
        first = named[sha]
        if sizes[sha] > MAX_FILE_BYTES:
            raise SurveyError(Problem.MEDIA_TOO_LARGE, file=file, sheet=MEDIA, row=first.row,
                              name=first.name or sha, size=sizes[sha], limit=MAX_FILE_BYTES)
        if total > MAX_MEDIA_BYTES:
            raise SurveyError(Problem.MEDIA_TOTAL_TOO_LARGE, file=file, size=total,
                              limit=MAX_MEDIA_BYTES)
    return parts


def _decoded(sha: str, parts: Mapping[int, str], first: _Named, file: str) -> AttachedFile:
    def refuse(detail: str) -> SurveyError:
        return SurveyError(Problem.MEDIA_MISMATCH, file=file, sheet=MEDIA, row=first.row,
                           name=first.name or sha, sha256=sha, detail=detail)

    if sorted(parts) != list(range(1, len(parts) + 1)):
        raise refuse(f"parts {', '.join(map(str, sorted(parts)))} of {MEDIA_DATA}")
    try:
        data = b"".join(base64.b64decode(parts[i], validate=True) for i in sorted(parts))
    except (binascii.Error, ValueError) as error:
        raise refuse(f"{MEDIA_DATA} holds no base64: {error}") from None
    found = hashlib.sha256(data).hexdigest()
    if found != sha:
        raise refuse(f"the bytes hash to {found}")
    if first.size is not None and first.size != len(data):
        raise refuse(f"{len(data)} bytes, not {first.size}")
    return AttachedFile(sha, first.name or f"{sha}.bin", first.type, len(data), data)


def read_media(named_rows: Iterator[list], data_rows: Iterator[list] | None,
               file: str) -> dict[str, AttachedFile]:
    """The files a workbook carries, each checked against its sha256 (see the module)."""
    named = read_named(named_rows, file)
    if data_rows is None or not named:
        return {}
    parts = _parts(data_rows, file, named)
    return {sha: _decoded(sha, parts[sha], named[sha], file) for sha in parts}
