"""Conflicts: two states of one response, neither descending from the other, kept for a person
to resolve; and the merge node that resolving them makes."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace

from surveyor.core.errors import Problem, SurveyError
from surveyor.core.responses import HISTORY_LIMIT, Response, content, generation, make_version

_COLUMNS = "id, uuid, local_version, incoming_version, import_id, opened_at, resolved_version"


@dataclass(frozen=True)
class Conflict:
    id: int
    uuid: str
    local_version: str      # the state that is current in this store
    incoming_version: str   # the other state, kept in the versions table
    import_id: int | None
    opened_at: str
    resolved_version: str | None = None


def find_open(conn: sqlite3.Connection, uuid: str, local_version: str,
              incoming_version: str) -> int | None:
    """The id of the open conflict between exactly these two states, if there is one."""
    row = conn.execute("SELECT id FROM conflicts WHERE uuid = ? AND local_version = ? AND "
                       "incoming_version = ? AND resolved_version IS NULL",
                       (uuid, local_version, incoming_version)).fetchone()
    return row[0] if row else None


def insert_open(conn: sqlite3.Connection, uuid: str, local_version: str, incoming_version: str,
                *, import_id: int | None, at: str) -> int:
    """A new open conflict between these two states; its id."""
    return conn.execute("INSERT INTO conflicts (uuid, local_version, opened_at, incoming_version, "
                        "import_id) VALUES (?, ?, ?, ?, ?)",
                        (uuid, local_version, at, incoming_version, import_id)).lastrowid


def list_conflicts(conn: sqlite3.Connection, open_only: bool = True) -> list[Conflict]:
    sql = f"SELECT {_COLUMNS} FROM conflicts"
    sql += " WHERE resolved_version IS NULL" if open_only else ""
    return [Conflict(*row) for row in conn.execute(sql + " ORDER BY id")]


def get_open(conn: sqlite3.Connection, conflict_id: int) -> Conflict:
    """One open conflict; CONFLICT_NOT_OPEN if it is unknown or resolved."""
    row = conn.execute(f"SELECT {_COLUMNS} FROM conflicts WHERE id = ? "
                       "AND resolved_version IS NULL", (conflict_id,)).fetchone()
    if row is None:
        raise SurveyError(Problem.CONFLICT_NOT_OPEN, id=conflict_id)
    return Conflict(*row)


def close(conn: sqlite3.Connection, conflict_id: int, version: str, *, at: str, who: str) -> None:
    conn.execute("UPDATE conflicts SET resolved_version = ?, resolved_at = ?, resolved_by = ? "
                 "WHERE id = ?", (version, at, who, conflict_id))


def merged_state(merged: Response, local: Response, incoming: Response, at: str) -> Response:
    """`merged` as the state that joins both sides: a merge node whose history holds both.

    The version digests both parents in a fixed order, so the same resolution made on two
    machines gets the same version; its generation is one above the higher parent's."""
    first, second = sorted((local.version, incoming.version),
                           key=lambda v: (generation(v), v), reverse=True)
    ancestors = dict.fromkeys((first, second, *local.history, *incoming.history))
    history = tuple(sorted(ancestors, key=generation, reverse=True))[:HISTORY_LIMIT]
    return replace(merged, uuid=local.uuid, created_at=local.created_at, updated_at=at,
                   version=make_version(first, content(merged) + "\n" + second),
                   history=history, seal="")
