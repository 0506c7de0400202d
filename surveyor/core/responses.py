"""A filled record (Response), its status lifecycle, and its content-derived versions and hashes.

A saved state of a response is named by `version`: "<generation>-<digest>", the digest taken
over the parent version and the normalised content (CouchDB's revision ids are the model).
`history` lists the versions it descends from, newest first, bounded. `row_hash` seals a
state as written to a workbook, so an import can tell that someone edited its cells.
Normalisation (Unicode NFC, line ends, canonical numbers and dates) makes a workbook that a
spreadsheet program re-saved without edits hash the same.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import unicodedata
import uuid as uuidlib
from dataclasses import dataclass, field, replace
from typing import Mapping

from surveyor.core.forms import Value

DRAFT, COMPLETE = "draft", "complete"
STATUSES = (DRAFT, COMPLETE)
HISTORY_LIMIT = 50


@dataclass(frozen=True)
class RepeatRow:
    """One row of a repeat group. `parent_index` is the index path of the enclosing repeat row
    (empty for a repeat at the top level of the form)."""

    repeat: str
    index: int                       # 1-based among its siblings
    answers: Mapping[str, Value]
    parent_index: tuple[int, ...] = ()


@dataclass(frozen=True)
class Response:
    uuid: str
    form_id: str
    form_version: str
    status: str = DRAFT
    inspector: str = ""
    device: str = ""
    created_at: str = ""             # ISO 8601, UTC, seconds: "2026-11-24T08:30:00"
    updated_at: str = ""
    answers: Mapping[str, Value] = field(default_factory=dict)
    repeats: tuple[RepeatRow, ...] = ()
    version: str = ""                # "" until saved
    history: tuple[str, ...] = ()    # ancestors, newest first
    deleted: bool = False
    edited_outside: bool = False

    def rows(self, repeat: str) -> list[RepeatRow]:
        return [r for r in self.repeats if r.repeat == repeat]


def new_uuid() -> str:
    return str(uuidlib.uuid4())


def now_iso() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0, tzinfo=None).isoformat()


def canonical(value: object) -> str | None:
    """One spelling per value: None for empty, NFC text, 15 significant digits, ISO dates."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return None
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return format(value, ".15g")
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0, tzinfo=None).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = unicodedata.normalize("NFC", str(value)).replace("\r\n", "\n").replace("\r", "\n")
    return text if text != "" else None


def _canonical_answers(answers: Mapping[str, object]) -> dict[str, str]:
    out = {}
    for key in sorted(answers):
        text = canonical(answers[key])
        if text is not None:
            out[key] = text
    return out


def content(response: Response) -> str:
    """The normalised content of one saved state, as compact JSON (what versions digest)."""
    repeats = sorted(
        [r.repeat, list(r.parent_index), r.index, _canonical_answers(r.answers)]
        for r in response.repeats
    )
    body = {
        "form": [response.form_id, canonical(response.form_version) or ""],
        "status": response.status,
        "who": [canonical(response.inspector) or "", canonical(response.device) or ""],
        "deleted": response.deleted,
        "answers": _canonical_answers(response.answers),
        "repeats": repeats,
    }
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _digest(*parts: str) -> str:
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


def generation(version: str) -> int:
    head = version.split("-", 1)[0]
    return int(head) if head.isdigit() else 0


def make_version(parent: str | None, body: str) -> str:
    return f"{generation(parent or '') + 1}-{_digest(parent or '', body)[:20]}"


def row_hash(response: Response) -> str:
    """Seal of a state as exported: a mismatch on import means its cells were edited."""
    return _digest(response.version, content(response))[:20]


def saved(response: Response, parent: Response | None = None, *, at: str | None = None) -> Response:
    """The response as a new saved state descending from `parent` (None for a first save).

    Saving unchanged content returns the parent's state as it was: no new version.
    """
    body = content(response)
    if parent is not None and parent.version and content(parent) == body:
        return replace(response, version=parent.version, history=parent.history,
                       updated_at=parent.updated_at)
    parent_version = parent.version if parent is not None else None
    history = ((parent_version,) + parent.history)[:HISTORY_LIMIT] if parent_version else ()
    stamp = at or now_iso()
    return replace(response, version=make_version(parent_version, body), history=history,
                   created_at=response.created_at or stamp, updated_at=stamp)
