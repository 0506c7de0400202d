"""The audit trail: which fields a new state changed (canonical values), written in bulk, read back.

Field names: an answer key ("ten_co_so"), a repeat answer as "<repeat>[<index path>]/<key>"
("nguyen_lieu[2]/ten", nested: "cay[2.1]/ten"), or a system field starting with "_"
("_status", "_deleted", "_created", …).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from surveyor.core.responses import RepeatRow, Response, canonical
from surveyor.core.store.rows import VERSION_AT, from_row

# (audit field, Response attribute) compared besides the answers.
SYSTEM_FIELDS = (("_form_version", "form_version"), ("_status", "status"),
                 ("_inspector", "inspector"), ("_device", "device"), ("_deleted", "deleted"),
                 ("_merged_into", "merged_into"))
CREATED, REMOVED = "_created", "_removed"

Change = tuple[str, "str | None", "str | None"]          # field, old, new


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: str            # ISO UTC
    who: str
    uuid: str
    field: str         # answer key, "repeat[2]/key" for repeat answers, or "_status", "_deleted", …
    old: str | None    # canonical text (responses.canonical) or None
    new: str | None
    import_id: int | None
    note: str = ""


def repeat_field(row: RepeatRow, key: str) -> str:
    path = ".".join(str(i) for i in (*row.parent_index, row.index))
    return f"{row.repeat}[{path}]/{key}"


def _repeat_answers(response: Response) -> dict[str, object]:
    return {repeat_field(row, key): value
            for row in response.repeats for key, value in row.answers.items()}


def _changed_keys(old: Mapping[str, object], new: Mapping[str, object]) -> list[str]:
    """Keys whose raw values differ (a superset of those whose canonical values differ)."""
    try:
        differing = {key for key, _ in old.items() ^ new.items()}
    except TypeError:  # an unhashable value: compare one by one
        differing = {k for k in (*old, *new) if old.get(k) != new.get(k)}
    return [k for k in new if k in differing] + [k for k in old if k in differing and k not in new]


def _diff(old: Mapping[str, object], new: Mapping[str, object], out: list[Change]) -> None:
    if old == new:
        return
    for key in _changed_keys(old, new):
        text_a, text_b = canonical(old.get(key)), canonical(new.get(key))
        if text_a != text_b:
            out.append((key, text_a, text_b))


def changed_fields(old: Response | None, new: Response) -> list[Change]:
    """One (field, old, new) per field whose canonical value differs; a new uuid: "_created"."""
    if old is None:
        return [(CREATED, None, new.version)]
    if old.version == new.version and new.version:
        return []
    out: list[Change] = []
    for name, attr in SYSTEM_FIELDS:
        a, b = getattr(old, attr), getattr(new, attr)
        if a != b:
            out.append((name, canonical(a), canonical(b)))
    _diff(old.answers, new.answers, out)
    if old.repeats != new.repeats:
        _diff(_repeat_answers(old), _repeat_answers(new), out)
    return out


def audit_rows(uuid: str, changes: Iterable[Change], *, at: str, who: str,
               import_id: int | None, note: str = "") -> list[tuple]:
    """Rows for write(): one per change."""
    return [(at, who, uuid, field, old, new, import_id, note) for field, old, new in changes]


def put_audit_rows(rows: Sequence[tuple], current: Mapping[str, Response], *, at: str,
                   who: str, import_id: int | None) -> list[tuple]:
    """Audit rows for making state rows (state_rows.state_row) current over `current` (a uuid
    absent from it is new): "_created", or one row per changed field of a replaced state."""
    trail: list[tuple] = []
    for row in rows:
        uuid, version = row[0], row[VERSION_AT]
        old = current.get(uuid)
        if old is None:
            trail.append((at, who, uuid, CREATED, None, version, import_id, ""))
        elif old.version != version:
            trail += audit_rows(uuid, changed_fields(old, from_row(row)), at=at, who=who,
                                import_id=import_id)
    return trail


def write(conn: sqlite3.Connection, rows: Iterable[tuple]) -> None:
    """Append audit rows (as made by audit_rows) in one executemany."""
    conn.executemany("INSERT INTO audit (at, who, uuid, field, old, new, import_id, note) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)


def read(conn: sqlite3.Connection, uuid: str | None = None) -> list[AuditRow]:
    """The audit trail, oldest first; of one response when uuid is given."""
    sql = "SELECT id, at, who, uuid, field, old, new, import_id, note FROM audit"
    rows = (conn.execute(sql + " WHERE uuid = ? ORDER BY id", (uuid,)) if uuid is not None
            else conn.execute(sql + " ORDER BY id"))
    return [AuditRow(*row) for row in rows]
