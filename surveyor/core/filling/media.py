"""Files attached to answers: how an answer names one, and a file made ready on attach.

An answer of an image, audio, video or file question names its file by content:
`<sha256>.<ext>` (ANSWER), so a response's version covers the file's bytes, a changed photo is a
changed answer, and the store and the workbook keep each file once whoever attaches it. Older
answers (a path or a bare file name) stay text and name no file.

On attach (ODK Collect's rules), a photo is turned by its EXIF orientation and downscaled to the
question's `max-pixels` parameter (DEFAULT_MAX_PIXELS on the long side), then saved as JPEG at
JPEG_QUALITY without its metadata; a JPEG already upright and small enough is kept byte for
byte. Other files (audio, video, documents, pictures Pillow cannot read) are kept as they are,
up to MAX_FILE_BYTES. Pillow is the one door to pictures in the core, imported when needed.
"""

from __future__ import annotations

import hashlib
import io
import mimetypes
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from surveyor.core.errors import Problem, SurveyError
from surveyor.core.forms.model import FILE_TYPES, Form, Question
from surveyor.core.responses import Response

if TYPE_CHECKING:
    from PIL import Image

DEFAULT_MAX_PIXELS = 1600            # ODK Collect keeps photos as taken; we downscale by default
JPEG_QUALITY = 85
MAX_FILE_BYTES = 25 * 1024 * 1024    # one attached file (what an e-mail carries)
MAX_PICTURE_PIXELS = 120_000_000     # a picture to downscale; beyond this a decompression bomb
THUMBNAIL_PIXELS = 320               # long side of the pictures a workbook shows in its rows
ANSWER = re.compile(r"([0-9a-f]{64})\.([0-9a-z]{1,10})")
_EXTENSION = re.compile(r"[0-9a-z]{1,10}")
_UPRIGHT = (None, 1)                 # EXIF orientation values that need no turn


@dataclass(frozen=True)
class AttachedFile:
    """One file as the store keeps it: its bytes, their sha256, the name it was attached
    under, its media type and size."""

    sha256: str
    name: str
    type: str
    size: int
    data: bytes = field(repr=False, compare=False)

    @property
    def answer(self) -> str:
        """The answer that names this file: `<sha256>.<ext>`."""
        return f"{self.sha256}.{extension(self.name, self.type)}"


def extension(name: str, media_type: str) -> str:
    """The file's extension as answers spell it (lower case, from its name, else its type)."""
    suffix = Path(name).suffix.lower().lstrip(".")
    if _EXTENSION.fullmatch(suffix):
        return "jpg" if suffix == "jpeg" else suffix
    guessed = (mimetypes.guess_extension(media_type) or "").lstrip(".")
    return "jpg" if guessed in ("jpe", "jpeg") else guessed if _EXTENSION.fullmatch(guessed) else "bin"


def named_file(value: object) -> str | None:
    """The sha256 of the file an answer names, or None for any other answer."""
    if value.__class__ is str and len(value) > 65:
        found = ANSWER.fullmatch(value)
        if found:
            return found.group(1)
    return None


def file_answers(response: Response, form: Form | None = None) -> Iterator[tuple[str, str]]:
    """(field, sha256) of every answer of the response naming a file, repeat answers named as
    the audit names them (`cay[2.1]/anh`). With `form`, only its file questions count."""
    kinds = None if form is None else {q.key for q in form.questions() if q.type in FILE_TYPES}
    for key, value in response.answers.items():
        sha = named_file(value)
        if sha and (kinds is None or key in kinds):
            yield key, sha
    for row in response.repeats:
        path = ".".join(str(i) for i in (*row.parent_index, row.index))
        for key, value in row.answers.items():
            sha = named_file(value)
            if sha and (kinds is None or key in kinds):
                yield f"{row.repeat}[{path}]/{key}", sha


def max_pixels(question: Question | None) -> int:
    """The long side a photo of this question is downscaled to (its `max-pixels` parameter)."""
    text = (question.parameters.get("max-pixels", "") if question is not None else "").strip()
    return int(text) if text.isdigit() and int(text) > 0 else DEFAULT_MAX_PIXELS


def file_of(data: bytes, name: str, media_type: str = "") -> AttachedFile:
    """Bytes as an AttachedFile, as they are (the type guessed from the name if not given)."""
    kind = media_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
    return AttachedFile(hashlib.sha256(data).hexdigest(), Path(name).name or "file", kind,
                        len(data), data)


def attach_file(path: str | Path, question: Question | None = None) -> AttachedFile:
    """A file chosen for a question, made ready to store: a photo of an image question
    downscaled (see the module), anything else as it is; refused past MAX_FILE_BYTES."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise SurveyError(Problem.FILE_NOT_FOUND, file=path.name) from None
    except OSError as error:
        raise SurveyError(Problem.ATTACH_UNREADABLE, file=path.name, detail=str(error)) from None
    return attach_bytes(data, path.name, question)


def attach_bytes(data: bytes, name: str, question: Question | None = None) -> AttachedFile:
    """attach_file for bytes already read (`name`: the file's name)."""
    if question is not None and question.type == "image":
        photo = _photo(data, name, max_pixels(question))
        if photo is not None:
            return photo
    if len(data) > MAX_FILE_BYTES:
        raise SurveyError(Problem.ATTACHED_TOO_LARGE, file=name, size=len(data),
                          limit=MAX_FILE_BYTES)
    return file_of(data, name)


def _open(data: bytes) -> Image.Image | None:
    """The picture in `data`, opened lazily (None if Pillow cannot read it)."""
    from PIL import Image, UnidentifiedImageError

    try:
        picture = Image.open(io.BytesIO(data))
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return None
    return picture


def _photo(data: bytes, name: str, longest: int) -> AttachedFile | None:
    """A photo, turned upright and downscaled as JPEG; None when it is no picture we read."""
    from PIL import Image, ImageOps

    picture = _open(data)
    if picture is None:
        return None
    width, height = picture.size
    if width * height > MAX_PICTURE_PIXELS:
        raise SurveyError(Problem.PICTURE_TOO_LARGE, file=name, pixels=width * height,
                          limit=MAX_PICTURE_PIXELS)
    orientation = picture.getexif().get(0x0112)
    if picture.format == "JPEG" and max(width, height) <= longest and orientation in _UPRIGHT:
        return file_of(data, name, "image/jpeg")        # as taken: no second compression
    try:
        if picture.format == "JPEG":                     # decode no more pixels than needed
            picture.draft("RGB", (longest, longest))
        picture = ImageOps.exif_transpose(picture)
        picture.thumbnail((longest, longest), Image.Resampling.LANCZOS)
        out = io.BytesIO()
        _flat(picture).save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    except (OSError, ValueError, SyntaxError):
        return None                                      # a broken picture: kept as a file
    stem = Path(name).stem or "photo"
    return file_of(out.getvalue(), f"{stem}.jpg", "image/jpeg")


def _flat(picture: Image.Image) -> Image.Image:
    """The picture as RGB, transparency laid on white (JPEG has none)."""
    from PIL import Image

    if picture.mode in ("RGBA", "LA", "PA") or "transparency" in picture.info:
        rgba = picture.convert("RGBA")
        flat = Image.new("RGB", rgba.size, (255, 255, 255))
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat
    return picture.convert("RGB")


def thumbnail(data: bytes, longest: int = THUMBNAIL_PIXELS, kind: str = "JPEG",
              ) -> tuple[bytes, int, int] | None:
    """A small picture (JPEG, or `kind`: "PNG" for a reader without JPEG) of a picture, its
    width and height (None for a file that is not a picture Pillow reads)."""
    from PIL import Image, ImageOps

    picture = _open(data)
    if picture is None or picture.size[0] * picture.size[1] > MAX_PICTURE_PIXELS:
        return None
    try:
        if picture.format == "JPEG":
            picture.draft("RGB", (longest, longest))
        picture = ImageOps.exif_transpose(picture)
        picture.thumbnail((longest, longest), Image.Resampling.BILINEAR)
        out = io.BytesIO()
        _flat(picture).save(out, kind, **({"quality": 75} if kind == "JPEG" else {}))
    except (OSError, ValueError, SyntaxError):
        return None
    return out.getvalue(), *picture.size
