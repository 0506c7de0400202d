"""Parsed forms kept beside the store, so that a big form opens without pyxform reading it again.

An entry is one JSON file named by the sha256 of the workbook's bytes, its file name (a form
without a form_id takes it from the file name) and the reader that parsed it (`READER`: a
digest of the forms wing's reading code, so a new Surveyor never uses an older reading). A
changed workbook has another checksum and is read again; an entry that is corrupt, of another
layout or unreadable is ignored (and replaced by the next save). The entry holds the form as
read from the workbook alone: the files beside it are read on every load (forms.attachments).
JSON, never pickle: a cache file is data, and nothing in it is executed.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from dataclasses import fields, is_dataclass, replace
from functools import lru_cache
from pathlib import Path

from surveyor.core.forms.model import Choice, Finding, Form, Group, Identity, Question

LAYOUT = 1
_KINDS = {cls.__name__: cls for cls in (Form, Group, Question, Choice, Finding, Identity)}
_READERS = ("model", "tree", "types", "languages", "external", "xlsform", "cache")


@lru_cache(maxsize=1)
def reader_digest() -> str:
    """A digest of the code that turns a workbook into a Form (its modules' source), or, where
    the source cannot be read (a bundle), of the app's version and its executable's time."""
    digest = hashlib.sha256(f"layout {LAYOUT}".encode())
    folder = Path(__file__).resolve().parent
    try:
        for name in _READERS:
            digest.update((folder / f"{name}.py").read_bytes())
    except OSError:                      # a bundle: its version and the build's own time
        from surveyor import __version__
        digest.update(__version__.encode())
        try:
            digest.update(str(Path(sys.executable).stat().st_mtime_ns).encode())
        except OSError:
            pass
    digest.update(_pyxform_version().encode())
    return digest.hexdigest()[:16]


def _pyxform_version() -> str:
    """pyxform's version ("" where a bundle carries no package metadata)."""
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version("pyxform")
    except PackageNotFoundError:
        return ""


def entry_path(folder: Path, data: bytes, path: Path) -> Path:
    """Where the parsed form of this workbook (these bytes, under this file name) is kept."""
    key = hashlib.sha256(data)
    key.update(b"\0" + path.name.encode("utf-8") + b"\0" + reader_digest().encode())
    return Path(folder) / f"{key.hexdigest()}.json"


def load(folder: Path, data: bytes, path: Path) -> Form | None:
    """The cached form of this workbook, None when there is none to trust."""
    entry = entry_path(folder, data, path)
    try:
        document = json.loads(entry.read_text("utf-8"))
        if document.get("layout") != LAYOUT:
            return None
        form = _decode_form(document["form"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    return replace(form, source=str(path))


def save(folder: Path, data: bytes, path: Path, form: Form) -> None:
    """Keep a parsed form (atomically: a half-written entry never has the final name). A
    folder that cannot be written to just means no cache."""
    entry = entry_path(folder, data, path)
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps({"layout": LAYOUT, "form": _encode_form(form)}, ensure_ascii=False,
                          separators=(",", ":"))
        handle, temporary = tempfile.mkstemp(dir=entry.parent, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, entry)
    except OSError:
        return


def _encode(value: object, lists: dict[int, str]) -> object:
    """JSON-ready data; a question's choices that are a list of the form's are written as the
    list's name (`lists`: id of each list -> its name), so a list shared by many questions
    is written once and shared again when read."""
    if isinstance(value, Question) and value.choices and id(value.choices) in lists:
        encoded = {f.name: _encode(getattr(value, f.name), lists) for f in fields(value)
                   if f.name != "choices"}
        return {"~": "Question", **encoded, "choices": {"~list": lists[id(value.choices)]}}
    if isinstance(value, Choice):           # thousands of them: compact, text maps as written
        return {"~c": [value.name, dict(value.labels), dict(value.filters),
                       {k: dict(v) for k, v in value.media.items()}]}
    if is_dataclass(value) and not isinstance(value, type):
        return {"~": type(value).__name__,
                **{f.name: _encode(getattr(value, f.name), lists) for f in fields(value)}}
    if isinstance(value, (tuple, list)):
        return [_encode(v, lists) for v in value]
    if isinstance(value, dict) or hasattr(value, "items"):
        return {"~map": [[k, _encode(v, lists)] for k, v in value.items()]}
    return value


def _encode_form(form: Form) -> object:
    return _encode(form, {id(choices): name for name, choices in form.choice_lists.items()})


def _decode_form(value: dict) -> Form:
    """The form `_encode_form` wrote: its choice lists first, then the rest sharing them."""
    if value.get("~") != "Form":
        raise ValueError("not a form")
    lists = _decode(value["choice_lists"], {})
    form = _decode({**value, "choice_lists": {"~map": []}}, lists)
    return replace(form, choice_lists=lists)


def _decode(value: object, lists: dict) -> object:
    """The value `_encode` wrote: lists back as tuples, mappings as dicts, dataclasses by name
    (only the form model's own: anything else is refused)."""
    if isinstance(value, list):
        return tuple(_decode(v, lists) for v in value)
    if isinstance(value, dict):
        if "~map" in value:
            return {k: _decode(v, lists) for k, v in value["~map"]}
        if "~list" in value:
            return lists[value["~list"]]
        if "~c" in value:
            name, labels, filters, media = value["~c"]
            return Choice(str(name), _texts(labels), _texts(filters),
                          {str(k): _texts(v) for k, v in media.items()})
        kind = _KINDS[value["~"]]
        known = {f.name for f in fields(kind)}
        return kind(**{k: _decode(v, lists) for k, v in value.items() if k in known})
    return value


def _texts(value: object) -> dict[str, str]:
    """A map of texts as written (anything else in its place is refused)."""
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise ValueError("not a map of texts")
    return value
