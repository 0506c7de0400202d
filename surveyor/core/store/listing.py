"""The response list of the window: light rows filtered, searched, ordered and counted in SQL.

Table `listing` (migration 4) holds a small row per current response: what the list shows, and
keys folded for search and order (no case, no diacritics: "bat trang" finds "Bát Tràng").
Triggers on `responses` keep it on every write: save, import, undo, migration. They call
search_key() through SQL, so a connection that writes `responses` must register() first
(Store does); a change to search_key() needs a migration that computes the keys again.

Its key is (updated_at, uuid), so the usual order (newest first) pages at any depth without a
sort. Another order is sorted per query: fast near either end, page_after() at any depth. It
has no index for those orders on purpose: each would cost an import a B-tree insert (and a
page write per commit) per response; bench/store.py measures both sides.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from surveyor.core.text import fold

COLUMNS = ("status", "ward", "name", "inspector", "updated_at", "created_at", "form_id")
KEY_FUNCTION = "surveyor_search_key"     # what the triggers of migration 4 call

# What a column orders by: the folded key of what people typed, else the value itself.
_ORDER = {"status": "status", "ward": "ward_key", "name": "name_key",
          "inspector": "inspector_key", "updated_at": "updated_at",
          "created_at": "created_at", "form_id": "form_id"}
_SEARCHED = ("name_key", "ward_key", "inspector_key", "market_key")

@dataclass(frozen=True)
class ListQuery:
    """Which responses a list shows, and in what order."""

    form_id: str | None = None
    statuses: tuple[str, ...] = ()      # empty: any
    ward: str | None = None             # a choice name
    search: str = ""                    # found in name, ward, inspector or market, folded
    order_by: str = "updated_at"        # one of COLUMNS
    descending: bool = True
    include_deleted: bool = False


@dataclass(frozen=True)
class ListRow:
    """A light row of the list: no answers decoded; a column not asked for is ""."""

    uuid: str
    form_id: str = ""
    status: str = ""
    ward: str = ""
    name: str = ""
    inspector: str = ""
    updated_at: str = ""
    deleted: bool = False
    created_at: str = ""


@lru_cache(maxsize=4096)
def search_key(text: str) -> str:
    """fold(text) with "_" read as a space and each run of white space as one space."""
    return " ".join(fold(text).replace("_", " ").split())


def _sql_key(value: object) -> str:
    return "" if value is None else search_key(value if isinstance(value, str) else str(value))


def register(conn: sqlite3.Connection) -> None:
    """Ready a connection to write `responses`: the key function the listing triggers call,
    and recursive_triggers, without which a REPLACE would not drop the row it replaces."""
    conn.create_function(KEY_FUNCTION, 1, _sql_key, deterministic=True)
    conn.execute("PRAGMA recursive_triggers = ON")


def _where(query: ListQuery, *more: str) -> tuple[str, dict[str, object]]:
    """The WHERE clause of the query's rows (and the `more` conditions), and its parameters."""
    clauses, params = [*more], {}
    if not query.include_deleted:
        clauses.append("deleted = 0")
    if query.form_id is not None:
        clauses.append("form_id = :form_id")
        params["form_id"] = query.form_id
    if query.statuses:
        names = [f"status_{i}" for i in range(len(query.statuses))]
        clauses.append(f"status IN ({', '.join(':' + n for n in names)})")
        params.update(zip(names, query.statuses))
    if query.ward is not None:
        clauses.append("ward = :ward")
        params["ward"] = query.ward
    if needle := search_key(query.search):
        clauses.append("(" + " OR ".join(f"instr({c}, :needle)" for c in _SEARCHED) + ")")
        params["needle"] = needle
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _fields(query: ListQuery, columns: Sequence[str]) -> list[str]:
    """uuid, deleted, the columns asked for and the order column; ValueError for any other."""
    unknown = {query.order_by, *columns} - set(COLUMNS)
    if unknown:
        raise ValueError(f"not a list column: {', '.join(sorted(unknown))} (one of {COLUMNS})")
    return ["uuid", "deleted", *dict.fromkeys((*columns, query.order_by))]


def _select(query: ListQuery, fields: list[str], *more: str) -> tuple[str, dict[str, object]]:
    """The SELECT of the query's rows in its order (with the `more` conditions), parameters."""
    where, params = _where(query, *more)
    way = " DESC" if query.descending else ""
    order = f" ORDER BY {_ORDER[query.order_by]}{way}, uuid{way}"
    return f"SELECT {', '.join(fields)} FROM listing{where}{order}", params


def _rows(cursor: sqlite3.Cursor, fields: list[str]) -> list[ListRow]:
    return [ListRow(**dict(zip(fields, (row[0], bool(row[1]), *row[2:])))) for row in cursor]


def page(conn: sqlite3.Connection, query: ListQuery, offset: int, limit: int,
         columns: Sequence[str] = COLUMNS) -> list[ListRow]:
    """Rows offset..offset+limit of the list (its order column is read even if not asked)."""
    fields = _fields(query, columns)
    sql, params = _select(query, fields)
    return _rows(conn.execute(f"{sql} LIMIT :limit OFFSET :offset",
                              {**params, "limit": limit, "offset": offset}), fields)


def page_after(conn: sqlite3.Connection, query: ListQuery, after: ListRow, limit: int,
               columns: Sequence[str] = COLUMNS) -> list[ListRow]:
    """The `limit` rows that follow `after` (a row of this list), found by its key: the cost
    does not grow with the depth, as an offset's does."""
    fields = _fields(query, columns)
    order, value = _ORDER[query.order_by], getattr(after, query.order_by)
    beyond = f"({order}, uuid) {'<' if query.descending else '>'} (:after_key, :after_uuid)"
    sql, params = _select(query, fields, beyond)
    params.update(after_key=search_key(value) if order.endswith("_key") else value,
                  after_uuid=after.uuid, limit=limit)
    return _rows(conn.execute(f"{sql} LIMIT :limit", params), fields)


def count_matching(conn: sqlite3.Connection, query: ListQuery) -> int:
    """How many rows the whole list has."""
    where, params = _where(query)
    return conn.execute(f"SELECT count(*) FROM listing{where}", params).fetchone()[0]


def tally(conn: sqlite3.Connection) -> dict[tuple[str, str], int]:
    """(form_id, status) -> how many responses that are not deleted."""
    return {(form_id, status): n for form_id, status, n in conn.execute(
        "SELECT form_id, status, count(*) FROM listing WHERE deleted = 0 "
        "GROUP BY form_id, status")}
