"""The SQL of the tables that hold states: reading them in bulk, and writing them.

Each state is stored once: the current one in `responses`; one it replaced in `versions`, or
(when an import replaced it) in that import's `import_changes` row, which undo needs anyway; the
other side of a conflict in `versions`. The Store calls these inside its transactions.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence

from surveyor.core.responses import Response
from surveyor.core.store import audit
from surveyor.core.store import imports as import_log
from surveyor.core.store.rows import (
    COLUMNS_SQL,
    PLACEHOLDERS_SQL,
    STATE_COLUMNS,
    VERSION_AT,
    Head,
    chunks,
    from_row,
    gc_paused,
    unique,
)

UPSERT = (f"INSERT INTO responses ({COLUMNS_SQL}) VALUES ({PLACEHOLDERS_SQL}) "
          "ON CONFLICT (uuid) DO UPDATE SET "
          + ", ".join(f"{c} = excluded.{c}" for c in STATE_COLUMNS if c != "uuid"))
_KEEP = (f"INSERT OR IGNORE INTO versions ({COLUMNS_SQL}, import_id, kept_at) "
         f"VALUES ({PLACEHOLDERS_SQL}, ?, ?)")
# The current state of a uuid, kept as something replaces it (import_id, kept_at, uuid).
_KEEP_CURRENT = (f"INSERT OR IGNORE INTO versions ({COLUMNS_SQL}, import_id, kept_at) "
                 f"SELECT {COLUMNS_SQL}, ?, ? FROM responses WHERE uuid = ?")
_LOOKUPS = ("SELECT {} FROM responses WHERE uuid = ?1 AND version = ?2",
            "SELECT {} FROM versions WHERE uuid = ?1 AND version = ?2",
            "SELECT {} FROM import_changes WHERE uuid = ?1 AND version = ?2 AND existed = 1")
_STATE = tuple(sql.format(COLUMNS_SQL) + " LIMIT 1" for sql in _LOOKUPS)
_KNOWN = " UNION ALL ".join(sql.format("1") for sql in _LOOKUPS) + " LIMIT 1"


def _in(columns: str, uuids: Iterable[str]) -> Iterator[tuple]:
    """SELECT columns FROM responses for these uuids, in chunks (SQLite's variable limit)."""
    for part in chunks(unique(uuids)):
        yield f"SELECT {columns} FROM responses WHERE uuid IN ({', '.join('?' * len(part))})", part


def get_many(conn: sqlite3.Connection, uuids: Iterable[str]) -> dict[str, Response]:
    found: dict[str, Response] = {}
    with gc_paused():
        for sql, part in _in(COLUMNS_SQL, uuids):
            for row in conn.execute(sql, part):
                found[row[0]] = from_row(row)
    return found


def heads(conn: sqlite3.Connection, uuids: Iterable[str]) -> dict[str, Head]:
    found: dict[str, Head] = {}
    for sql, part in _in("uuid, form_id, version, history", uuids):
        for row in conn.execute(sql, part):
            found[row[0]] = Head(*row)
    return found


def answers_of(conn: sqlite3.Connection, form_id: str, keys: Iterable[str]) -> Iterator[tuple]:
    paths = [f'$."{key}"' for key in keys]
    picks = ", json_extract(answers, ?)" * len(paths)
    cursor = conn.execute(f"SELECT uuid, deleted{picks} FROM responses WHERE form_id = ? "
                          "ORDER BY created_at, uuid", (*paths, form_id))
    try:
        yield from cursor
    finally:
        cursor.close()


def find_state(conn: sqlite3.Connection, uuid: str, version: str) -> Response | None:
    for sql in _STATE:
        row = conn.execute(sql, (uuid, version)).fetchone()
        if row:
            return from_row(row)
    return None


def knows(conn: sqlite3.Connection, uuid: str, version: str) -> bool:
    return conn.execute(_KNOWN, (uuid, version)).fetchone() is not None


def keep_current(conn: sqlite3.Connection, uuids: Sequence[str], at: str) -> None:
    """Keep these uuids' current states in `versions` before a local write replaces them."""
    conn.executemany(_KEEP_CURRENT, [(None, at, uuid) for uuid in uuids])


def put_rows(conn: sqlite3.Connection, rows: Sequence[tuple], current: Mapping[str, Response],
             *, at: str, who: str, import_id: int | None) -> None:
    """Make state rows (uuids all different) current over `current` (a uuid absent: new)."""
    replaced = [r[0] for r in rows if r[0] in current and current[r[0]].version != r[VERSION_AT]]
    if import_id is None:
        keep_current(conn, replaced, at)
    else:
        import_log.keep_replaced(conn, import_id, replaced, at)
        import_log.record_before(conn, import_id, rows, current)
    conn.executemany(UPSERT, rows)
    audit.write(conn, audit.put_audit_rows(rows, current, at=at, who=who, import_id=import_id))


def keep_rows(conn: sqlite3.Connection, rows: Sequence[tuple], *, import_id: int | None,
              at: str) -> None:
    """Keep state rows in `versions` without making them current."""
    conn.executemany(_KEEP, [(*row, import_id, at) for row in rows])


def where(form_id: str | None, since: str | None, include_deleted: bool,
          ) -> tuple[str, list[str]]:
    """The WHERE clause (and its parameters) of Store.responses() and Store.count()."""
    where, params = [], []
    if form_id is not None:
        where.append("form_id = ?")
        params.append(form_id)
    if since is not None:
        where.append("updated_at >= ?")
        params.append(since)
    if not include_deleted:
        where.append("deleted = 0")
    return (" WHERE " + " AND ".join(where)) if where else "", params
