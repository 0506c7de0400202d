"""What each import changed, and undoing it: every uuid it made current goes back to its state
before (or away, if the import brought it), unless something later was built on top of it."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from surveyor.core.errors import Problem, SurveyError
from surveyor.core.responses import now_iso
from surveyor.core.store import audit
from surveyor.core.store.rows import COLUMNS_SQL, STATE_COLUMNS, VERSION_AT, from_row, to_json

_RECORD_COLUMNS = "id, file, sha256, at, who, counts, undone"
_BEFORE_COLUMNS = ", ".join(c for c in STATE_COLUMNS if c != "uuid")
_RECORD_EXISTING = (
    f"INSERT INTO import_changes (import_id, uuid, existed, after_version, {_BEFORE_COLUMNS}) "
    f"SELECT ?, uuid, 1, ?, {_BEFORE_COLUMNS} FROM responses WHERE uuid = ? "
    "ON CONFLICT (import_id, uuid) DO UPDATE SET after_version = excluded.after_version")
_RECORD_NEW = (
    "INSERT INTO import_changes (import_id, uuid, existed, after_version) VALUES (?, ?, 0, ?) "
    "ON CONFLICT (import_id, uuid) DO UPDATE SET after_version = excluded.after_version")
_KEEP_OWN = (f"INSERT OR IGNORE INTO versions ({COLUMNS_SQL}, import_id, kept_at) "
             f"SELECT {COLUMNS_SQL}, ?, ? FROM responses r WHERE uuid = ? AND EXISTS "
             "(SELECT 1 FROM import_changes c WHERE c.import_id = ? AND c.uuid = r.uuid)")
# The uuids an import touched: made current, or put in conflict.
_TOUCHED = ("SELECT uuid FROM import_changes WHERE import_id = :id "
            "UNION SELECT uuid FROM conflicts WHERE import_id = :id")
_LATER_BUILDER = (
    "SELECT i.id, i.file FROM imports i WHERE i.id > :id AND i.undone = 0 AND ("
    f" EXISTS (SELECT 1 FROM import_changes c WHERE c.import_id = i.id AND c.uuid IN ({_TOUCHED}))"
    f" OR EXISTS (SELECT 1 FROM conflicts k WHERE k.import_id = i.id AND k.uuid IN ({_TOUCHED})))"
    " ORDER BY i.id LIMIT 1")
_EDITED_SINCE = (
    "SELECT count(*), min(c.uuid) FROM import_changes c LEFT JOIN responses r ON r.uuid = c.uuid"
    " WHERE c.import_id = ? AND r.version IS NOT c.after_version")
_RESOLVED_SINCE = ("SELECT count(*), min(uuid) FROM conflicts "
                   "WHERE import_id = ? AND resolved_version IS NOT NULL")


@dataclass(frozen=True)
class ImportRecord:
    id: int
    file: str          # file name as given
    sha256: str
    at: str
    who: str
    counts: Mapping[str, int]
    undone: bool = False


def _record(row: Sequence) -> ImportRecord:
    id_, file, sha256, at, who, counts, undone = row
    return ImportRecord(id_, file, sha256, at, who, json.loads(counts), bool(undone))


def begin(conn: sqlite3.Connection, file: str, sha256: str, *, at: str, who: str) -> int:
    """A new import record (its counts filled in by finish); returns its id."""
    return conn.execute("INSERT INTO imports (file, sha256, at, who, counts, undone) "
                        "VALUES (?, ?, ?, ?, '{}', 0)", (file, sha256, at, who)).lastrowid


def finish(conn: sqlite3.Connection, import_id: int, counts: Mapping[str, int]) -> None:
    """Record what an import did; NO_SUCH_IMPORT if there is no such record."""
    updated = conn.execute("UPDATE imports SET counts = ? WHERE id = ?",
                           (to_json(dict(counts)), import_id)).rowcount
    if not updated:
        raise SurveyError(Problem.NO_SUCH_IMPORT, id=import_id)


def list_imports(conn: sqlite3.Connection) -> list[ImportRecord]:
    """Every import, newest first."""
    rows = conn.execute(f"SELECT {_RECORD_COLUMNS} FROM imports ORDER BY id DESC")
    return [_record(row) for row in rows]


def find_import(conn: sqlite3.Connection, sha256: str) -> ImportRecord | None:
    """The newest import of a file with this checksum, preferring one not undone."""
    row = conn.execute(f"SELECT {_RECORD_COLUMNS} FROM imports WHERE sha256 = ? "
                       "ORDER BY undone, id DESC LIMIT 1", (sha256,)).fetchone()
    return _record(row) if row else None


def get_import(conn: sqlite3.Connection, import_id: int) -> ImportRecord:
    """One import; NO_SUCH_IMPORT if there is none with that id."""
    row = conn.execute(f"SELECT {_RECORD_COLUMNS} FROM imports WHERE id = ?",
                       (import_id,)).fetchone()
    if row is None:
        raise SurveyError(Problem.NO_SUCH_IMPORT, id=import_id)
    return _record(row)


def record_before(conn: sqlite3.Connection, import_id: int, rows: Sequence[tuple],
                  current: Mapping[str, object]) -> None:
    """Before state `rows` become current: remember, once per import and uuid, the row they
    replace (or that the uuid was new), and the version this import leaves there."""
    existing = [(import_id, r[VERSION_AT], r[0]) for r in rows if r[0] in current]
    new = [(import_id, r[0], r[VERSION_AT]) for r in rows if r[0] not in current]
    conn.executemany(_RECORD_EXISTING, existing)
    conn.executemany(_RECORD_NEW, new)


def keep_replaced(conn: sqlite3.Connection, import_id: int, uuids: Sequence[str],
                  at: str) -> None:
    """Before these uuids' current states are replaced: keep in `versions` those that this
    same import made current (the states it found are kept by record_before)."""
    conn.executemany(_KEEP_OWN, [(import_id, at, uuid, import_id) for uuid in uuids])


def refuse_if_built_upon(conn: sqlite3.Connection, import_id: int) -> None:
    """Raise IMPORT_BUILT_UPON if a later import, a local edit or a resolution rests on it."""
    later = conn.execute(_LATER_BUILDER, {"id": import_id}).fetchone()
    if later:
        detail = (f"import {later[0]} ({later[1]}) changed the same responses later; "
                  f"undo import {later[0]} first")
        raise SurveyError(Problem.IMPORT_BUILT_UPON, id=import_id, detail=detail)
    count, uuid = conn.execute(_RESOLVED_SINCE, (import_id,)).fetchone()
    if count:
        detail = f"{count} of its conflicts were resolved since (first: {uuid})"
        raise SurveyError(Problem.IMPORT_BUILT_UPON, id=import_id, detail=detail)
    count, uuid = conn.execute(_EDITED_SINCE, (import_id,)).fetchone()
    if count:
        detail = f"{count} of the responses it changed were edited since (first: {uuid})"
        raise SurveyError(Problem.IMPORT_BUILT_UPON, id=import_id, detail=detail)


def _undo_audit(conn: sqlite3.Connection, import_id: int, who: str, at: str) -> list[tuple]:
    """Audit rows for going from each current state back to the state before the import."""
    before_cols = ", ".join(f"c.{c}" for c in STATE_COLUMNS)
    now_cols = ", ".join(f"r.{c}" for c in STATE_COLUMNS)
    rows: list[tuple] = []
    note = f"undo of import {import_id}"
    for row in conn.execute(f"SELECT c.existed, {before_cols}, {now_cols} FROM import_changes c "
                            "JOIN responses r ON r.uuid = c.uuid WHERE c.import_id = ?",
                            (import_id,)):
        width = len(STATE_COLUMNS)
        now = from_row(row[1 + width:])
        changes = (audit.changed_fields(now, from_row(row[1:1 + width])) if row[0]
                   else [(audit.REMOVED, now.version, None)])
        rows += audit.audit_rows(now.uuid, changes, at=at, who=who, import_id=import_id,
                                 note=note)
    return rows


def undo(conn: sqlite3.Connection, import_id: int, *, who: str) -> None:
    """Undo one import; the caller holds the transaction."""
    record = get_import(conn, import_id)
    if record.undone:
        raise SurveyError(Problem.IMPORT_ALREADY_UNDONE, id=import_id)
    refuse_if_built_upon(conn, import_id)
    at = now_iso()
    rows = _undo_audit(conn, import_id, who, at)
    conn.execute(f"INSERT OR REPLACE INTO responses ({COLUMNS_SQL}) SELECT {COLUMNS_SQL} "
                 "FROM import_changes WHERE import_id = ? AND existed = 1", (import_id,))
    conn.execute("DELETE FROM responses WHERE uuid IN (SELECT uuid FROM import_changes "
                 "WHERE import_id = ? AND existed = 0)", (import_id,))
    conn.execute("DELETE FROM versions WHERE import_id = ?", (import_id,))
    conn.execute("DELETE FROM conflicts WHERE import_id = ?", (import_id,))
    conn.execute("DELETE FROM dismissed_pairs WHERE import_id = ?", (import_id,))
    conn.execute("UPDATE imports SET undone = 1, undone_at = ?, undone_by = ? WHERE id = ?",
                 (at, who, import_id))
    rows.append((at, who, "", "_undo_import", None, None, import_id,
                 f"undid import {import_id} ({record.file})"))
    audit.write(conn, rows)
