"""Crash-recovery savepoints: the unsaved state of a session, one JSON file per response.

In the spirit of ODK Collect's .save files and kept apart from versions, so an autosave every
second does not flood the version history. A file is written whole or not at all (a temp file
in the same folder, fsync, os.replace), so a crash or a kill mid-write leaves the previous one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from surveyor.core.filling.live import LiveForm
from surveyor.core.filling.session import Session
from surveyor.core.forms.model import Form
from surveyor.core.responses import RepeatRow, Response, Value, content

FORMAT = 1
SUFFIX = ".json"
_SAFE_NAME = re.compile(r"[A-Za-z0-9_-]{1,100}")


@dataclass(frozen=True)
class Savepoint:
    """One response's unsaved state as a savepoint file holds it."""

    form_id: str
    form_version: str
    uuid: str
    base_version: str          # the saved version it was editing; "" if never saved
    status: str
    inspector: str
    device: str
    created_at: str
    answers: Mapping[str, Value]
    repeats: tuple[RepeatRow, ...]
    focus: str                 # the place the person was on: "ten_co_so", "nguyen_lieu/2/ten"
    saved_at: str              # UTC ISO, microseconds
    path: Path


def savepoint_path(folder: Path, uuid: str) -> Path:
    """The file of a uuid's savepoint (a uuid unfit for a file name is hashed)."""
    name = uuid if _SAFE_NAME.fullmatch(uuid) else hashlib.sha256(uuid.encode()).hexdigest()
    return Path(folder) / f"{name}{SUFFIX}"


def write_savepoint(folder: Path, session: Session, *, focus: str = "") -> Path:
    """Write (or replace) the savepoint of a session, atomically; returns its path."""
    response = session.to_response()
    data = {
        "format": FORMAT, "form_id": response.form_id, "form_version": response.form_version,
        "uuid": response.uuid, "base_version": session.base.version if session.base else "",
        "status": response.status, "inspector": response.inspector, "device": response.device,
        "created_at": response.created_at, "answers": dict(response.answers),
        "repeats": [{"repeat": r.repeat, "index": r.index, "parent_index": list(r.parent_index),
                     "answers": dict(r.answers)} for r in response.repeats],
        "focus": focus,
        "saved_at": dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(timespec="microseconds"),
    }
    target = savepoint_path(folder, response.uuid)
    target.parent.mkdir(parents=True, exist_ok=True)
    _write_atomically(target, json.dumps(data, ensure_ascii=False, indent=1))
    return target


def _write_atomically(target: Path, text: str) -> None:
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.stem}-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the system allows (not on Windows)."""
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def savepoints(folder: Path) -> list[Savepoint]:
    """Every readable savepoint in `folder`, newest first; unreadable files are skipped."""
    found = []
    for path in Path(folder).glob(f"*{SUFFIX}"):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            found.append(_from_json(data, path))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            continue                   # truncated, corrupt, foreign or vanished meanwhile
    return sorted(found, key=lambda s: (s.saved_at, s.uuid), reverse=True)


def _from_json(data: dict, path: Path) -> Savepoint:
    if data["format"] != FORMAT:
        raise ValueError(f"savepoint format {data['format']!r}")
    texts = {name: _text(data[name]) for name in (
        "form_id", "form_version", "uuid", "base_version", "status", "inspector", "device",
        "created_at", "focus", "saved_at")}
    repeats = tuple(RepeatRow(_text(r["repeat"]), int(r["index"]), _answers(r["answers"]),
                              tuple(int(i) for i in r["parent_index"]))
                    for r in data["repeats"])
    return Savepoint(**texts, answers=_answers(data["answers"]), repeats=repeats, path=path)


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"text expected, found {value!r}")
    return value


def _answers(data: Mapping[str, object]) -> dict[str, Value]:
    for key, value in data.items():
        if not isinstance(key, str) or isinstance(value, bool) or not isinstance(
                value, (str, int, float, type(None))):
            raise TypeError(f"not an answer: {key!r}: {value!r}")
    return dict(data)  # type: ignore[arg-type]


def restore_session(savepoint: Savepoint, form: Form, *, language: str | None = None,
                    stored: Response | None = None) -> Session:
    """The session a savepoint holds, ready to go on filling.

    `stored`: the store's current state of that uuid, if any; it becomes the base, so the next
    save descends from it. Without it, a savepoint of a saved response gets a stand-in base
    carrying its version (the store descends from its own current state anyway)."""
    if (savepoint.form_id, savepoint.form_version) != (form.form_id, form.version):
        raise ValueError(f"savepoint {savepoint.uuid} is of form {savepoint.form_id} version "
                         f"{savepoint.form_version}, not {form.form_id} version {form.version}")
    if stored is not None and stored.uuid != savepoint.uuid:
        raise ValueError(f"stored response {stored.uuid} is not {savepoint.uuid}")
    live = LiveForm(form, savepoint.answers, savepoint.repeats, language=language)
    base, clean = stored, None
    if stored is not None:
        clean = content(Session.open(form, stored, language=language).to_response())
    elif savepoint.base_version:
        base = Response(savepoint.uuid, form.form_id, form.version, status=savepoint.status,
                        inspector=savepoint.inspector, device=savepoint.device,
                        created_at=savepoint.created_at, answers=savepoint.answers,
                        repeats=savepoint.repeats, version=savepoint.base_version)
    return Session(form, live, uuid=savepoint.uuid, base=base, created_at=savepoint.created_at,
                   inspector=savepoint.inspector, device=savepoint.device, clean=clean)


def discard_savepoint(folder: Path, uuid: str) -> bool:
    """Remove a uuid's savepoint (after a save, or when the person discards it); True if one was."""
    path = savepoint_path(folder, uuid)
    existed = path.exists()
    path.unlink(missing_ok=True)
    return existed
