"""A filled record (Response), its status lifecycle, and its content-derived versions and hashes.

A saved state of a response is named by `version`: "<generation>-<digest>", the digest taken
over the parent version and the normalised content (CouchDB's revision ids are the model).
`history` lists the versions it descends from, newest first, bounded. `row_hash` seals a
state as written to a workbook, so an import can tell that someone edited its cells; a
Response carries it as `seal` once known, so it is computed once per state.
Normalisation (Unicode NFC, line ends, canonical numbers and dates) makes a workbook that a
spreadsheet program re-saved without edits hash the same.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
import uuid as uuidlib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from hashlib import sha256 as _sha256
from math import isfinite

# Answer values are JSON-compatible: text/select names/ISO dates as str, int, float, or None.
Value = str | int | float | None

DRAFT, COMPLETE = "draft", "complete"
STATUSES = (DRAFT, COMPLETE)
HISTORY_LIMIT = 50

_nfc = unicodedata.normalize
_encode = json.JSONEncoder(ensure_ascii=False, check_circular=False,
                           separators=(",", ":")).encode


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
    merged_into: str = ""            # a duplicate merged into another response: the kept uuid
    # row_hash of this state when known ("" when not): kept by the store, so an export need not
    # recompute it. Derived data, so not compared; whoever changes a state clears or resets it.
    seal: str = field(default="", compare=False)

    def rows(self, repeat: str) -> list[RepeatRow]:
        return [r for r in self.repeats if r.repeat == repeat]


def new_uuid() -> str:
    return str(uuidlib.uuid4())


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None).isoformat()


def canonical(value: object) -> str | None:
    """One spelling per value: None for empty, NFC text, 15 significant digits, ISO dates."""
    kind = value.__class__
    if kind is str:                              # the usual case, first
        if not value:
            return None
        if not value.isascii():                  # ASCII is already NFC
            value = _nfc("NFC", value)
        if "\r" in value:
            value = value.replace("\r\n", "\n").replace("\r", "\n")
        return value
    if value is None:
        return None
    if kind is float:
        if value.is_integer() and -1e15 < value < 1e15:
            return str(int(value))
        return format(value, ".15g") if isfinite(value) else None   # NaN, inf: empty cells
    if kind is int:
        return str(value)
    return _canonical_other(value)


def _canonical_other(value: object) -> str | None:
    """canonical() for the rarer kinds: bools, dates, subclasses of str/int/float."""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(int(value))
    if isinstance(value, float):
        return canonical(float(value))
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0, tzinfo=None).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return canonical(str.__str__(value) if isinstance(value, str) else str(value))


def _add_answers(parts: list[str], answers: Mapping[str, object]) -> None:
    """Append how many parts follow, then key and text of each non-empty answer, keys sorted.

    Texts are added as they are: content() normalises the joined whole in one go."""
    at = len(parts)
    parts.append("")
    for key in sorted(answers):
        value = answers[key]
        kind = value.__class__
        if kind is str:
            if value:
                parts += (key, value)
        elif kind is float and -1e15 < value < 1e15:       # canonical(), without the call
            parts += (key, str(int(value)) if value.is_integer() else format(value, ".15g"))
        else:
            value = canonical(value)
            if value is not None:
                parts += (key, value)
    parts[at] = str(len(parts) - at - 1)


def _place(row: RepeatRow) -> tuple:
    return row.repeat, row.parent_index, row.index


def content(response: Response) -> str:
    """The normalised content of one saved state (what versions and row hashes digest).

    Its parts joined by NUL: format mark, form id and version, status, inspector, device,
    deleted, the answers (a count, then key and text of each, keys sorted), then per repeat
    row its name, parent index path, index and answers. A state merged into another response
    has format mark "2" and the kept uuid after deleted; every other state keeps mark "1" and
    the parts it always had, so its version and seal are what they were before the pointer
    existed. NFC and line ends are normalised on
    the joined text at once (NUL never combines, so that equals normalising each part). A
    part holding a NUL itself would make that ambiguous: such a state is written as JSON."""
    parts = ["1", response.form_id, response.form_version or "", response.status,
             response.inspector or "", response.device or "", "1" if response.deleted else "0"]
    if response.merged_into:
        parts[0] = "2"
        parts.append(response.merged_into)
    _add_answers(parts, response.answers)
    for row in sorted(response.repeats, key=_place):
        parts += (row.repeat, ".".join(map(str, row.parent_index)), str(row.index))
        _add_answers(parts, row.answers)
    text = "\0".join(parts)
    if not text.isascii():
        text = _nfc("NFC", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.count("\0") == len(parts) - 1:
        return text
    return _encode([canonical(part) or "" for part in parts])     # starts with "[", not "1"


def _digest(first: str, second: str) -> str:
    return _sha256(f"{first}\n{second}".encode()).hexdigest()


def generation(version: str) -> int:
    head = version.split("-", 1)[0]
    return int(head) if head.isdigit() else 0


def make_version(parent: str | None, body: str) -> str:
    return f"{generation(parent or '') + 1}-{_digest(parent or '', body)[:20]}"


def row_hash(response: Response, body: str | None = None) -> str:
    """Seal of a state as exported: a mismatch on import means its cells were edited.

    `body`: content(response), when the caller has it already."""
    return _digest(response.version, content(response) if body is None else body)[:20]


def sealed(response: Response) -> Response:
    """The response with its seal set (computed only when it has none)."""
    return response if response.seal else replace(response, seal=row_hash(response))


def saved(response: Response, parent: Response | None = None, *, at: str | None = None) -> Response:
    """The response as a new saved state descending from `parent` (None for a first save).

    Saving unchanged content returns the parent's state as it was: no new version. A new
    state is one made here, so it is not marked as edited outside Surveyor.
    """
    body = content(response)
    if parent is not None and parent.version and content(parent) == body:
        return replace(response, version=parent.version, history=parent.history,
                       updated_at=parent.updated_at, seal=_digest(parent.version, body)[:20])
    parent_version = parent.version if parent is not None else None
    history = ((parent_version,) + parent.history)[:HISTORY_LIMIT] if parent_version else ()
    stamp, version = at or now_iso(), make_version(parent_version, body)
    return replace(response, version=version, history=history, seal=_digest(version, body)[:20],
                   created_at=response.created_at or stamp, updated_at=stamp,
                   edited_outside=False)
