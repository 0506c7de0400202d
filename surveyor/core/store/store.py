"""The local SQLite store: one file per user, WAL mode, written through sqlite-utils.

Every write that belongs together is one transaction (`Store.transaction`, nested use joins the
outer one); the bulk paths of a merge (put_rows, keep_rows) use executemany on the connection.
Beside it: tables.py (where each state is kept, its SQL), rows.py (the row format), migrations,
backups, audit, imports (the import log, undo), reviews (what people decided in review).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Self

from surveyor.core.errors import Problem, SurveyError
from surveyor.core.responses import Response, new_uuid, now_iso, saved, sealed
from surveyor.core.store import audit as audit_trail
from surveyor.core.store import backups as backup_files
from surveyor.core.store import conflicts as conflict_log
from surveyor.core.store import imports as import_log
from surveyor.core.store import listing, migrations
from surveyor.core.store import tables as state_tables
from surveyor.core.store.audit import AuditRow
from surveyor.core.store.conflicts import Conflict
from surveyor.core.store.imports import ImportRecord
from surveyor.core.store.listing import ListQuery, ListRow
from surveyor.core.store.media import Media
from surveyor.core.store.reviews import Reviews
from surveyor.core.store.rows import COLUMNS_SQL, Head, from_row, gc_paused, state_row

if TYPE_CHECKING:
    from sqlite_utils import Database

__all__ = ["AuditRow", "Conflict", "Head", "ImportRecord", "Store", "restore"]

# Bulk work (a 60k-response import): a 64 MB page cache and a WAL checkpoint per 16,384 pages
# write each hot B-tree page about once (SQL 2.0 s -> 1.4 s); a new file gets 8 KB pages (-5%).
# temp_store=FILE: each row an import writes opens a statement journal (triggers write other
# tables); in memory, inside a file's savepoint within a longer transaction, SQLite truncates it
# by walking it from its start (3,000 rows: 0.2 s fresh, 5.5 s after 27,000 others; files: 0.28 s).
TUNING = ("PRAGMA synchronous=NORMAL", "PRAGMA cache_size=-65536", "PRAGMA temp_store=FILE",
          "PRAGMA wal_autocheckpoint=16384")
NEW_FILE_PAGE_SIZE = 8192


def _require_versions(states: list[Response]) -> None:
    if not all(state.version for state in states):
        raise ValueError("put_states/keep_states take saved states (version set); use save()")


class Store:
    """An open store. Use as a context manager; a Store belongs to the thread that opened it."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(str(self.path), isolation_level=None, timeout=30)
        listing.register(self._conn)     # what the listing triggers need, before migrating
        self._savepoints = 0         # savepoints named so far
        self._nested = 0             # savepoints open now
        try:
            self._open()
        except BaseException:
            self._conn.close()
            raise

    def _open(self) -> None:
        """Refuse a newer or foreign file untouched; else WAL mode, and migrate (after a backup)."""
        try:
            found = migrations.schema_version(self._conn)
            empty = migrations.is_empty(self._conn)
        except sqlite3.DatabaseError as error:
            raise SurveyError(Problem.STORE_UNREADABLE, file=str(self.path),
                              detail=str(error)) from None
        if found > migrations.LATEST:
            raise SurveyError(Problem.STORE_NEWER, file=str(self.path), found=found,
                              known=migrations.LATEST)
        if found == 0 and not empty:
            raise SurveyError(Problem.STORE_UNREADABLE, file=str(self.path),
                              detail="it holds tables but no schema version")
        if empty:
            self._conn.execute(f"PRAGMA page_size={NEW_FILE_PAGE_SIZE}")
        self._conn.execute("PRAGMA journal_mode=WAL")
        for pragma in TUNING:
            self._conn.execute(pragma)
        if found < migrations.LATEST:
            if not empty:
                self.backup(f"before-migration-{found}-to-{migrations.LATEST}")
            migrations.migrate(self.db)

    @cached_property
    def db(self) -> Database:
        """sqlite-utils over the same connection, for the migrations (migrations.database)."""
        return migrations.database(self._conn)

    @property
    def conn(self) -> sqlite3.Connection:
        """The sqlite3 connection (for the other store modules; write inside transaction())."""
        return self._conn

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One SQLite transaction around everything inside; nested use joins the outer one.

        A nested block is a savepoint: if it raises, its own writes are undone and the error
        goes on to the outer block (which rolls back everything unless it catches the error)."""
        if self._conn.in_transaction:
            with self._savepoint():
                yield
            return
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    @contextmanager
    def _savepoint(self) -> Iterator[None]:
        self._savepoints += 1
        name = f"nested_{self._savepoints}"
        self._conn.execute(f"SAVEPOINT {name}")
        self._nested += 1
        try:
            yield
        except BaseException:
            if self._conn.in_transaction:
                self._conn.execute(f"ROLLBACK TO {name}")
                self._conn.execute(f"RELEASE {name}")
            raise
        finally:
            self._nested -= 1
        self._conn.execute(f"RELEASE {name}")

    def commit_so_far(self) -> None:
        """Inside an outermost transaction() block: commit what it wrote so far and go on in a
        new transaction (a long job's finished parts then survive a cancel or a crash)."""
        if self._nested or not self._conn.in_transaction:
            raise RuntimeError("commit_so_far() belongs inside an outermost transaction()")
        self._conn.execute("COMMIT")
        self._conn.execute("BEGIN IMMEDIATE")

    # -- settings (inspector, unit, device_id, form_language) --
    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row and row[0] is not None else default

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction():
            self._conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                               (key, value))

    def device_id(self) -> str:
        """Generated once per store (uuid4), then always the same. Reading it writes nothing
        (a window reads it beside a job that writes)."""
        value = self.setting("device_id")
        if value:
            return value
        with self.transaction():
            value = self.setting("device_id")
            if not value:
                value = new_uuid()
                self.set_setting("device_id", value)
        return value

    # -- reading responses --
    def get(self, uuid: str) -> Response | None:
        row = self._conn.execute(f"SELECT {COLUMNS_SQL} FROM responses WHERE uuid = ?",
                                 (uuid,)).fetchone()
        return from_row(row) if row else None

    def get_many(self, uuids: Iterable[str]) -> dict[str, Response]:
        """Current states of these uuids (missing ones absent); fast for 10k+ uuids."""
        return state_tables.get_many(self._conn, uuids)

    def heads(self, uuids: Iterable[str]) -> dict[str, Head]:
        """uuid, form id, version and history of the current states of these uuids (missing
        ones absent): what planning a merge needs, without decoding answers."""
        return state_tables.heads(self._conn, uuids)

    def responses(self, form_id: str | None = None, since: str | None = None,
                  include_deleted: bool = False) -> Iterator[Response]:
        """Current states, streamed (not all in memory), ordered by form_id then created_at."""
        where, params = state_tables.where(form_id, since, include_deleted)
        cursor = self._conn.execute(f"SELECT {COLUMNS_SQL} FROM responses{where} "
                                    "ORDER BY form_id, created_at, uuid", params)
        try:
            for row in cursor:
                yield from_row(row)
        finally:
            cursor.close()

    def count(self, form_id: str | None = None, since: str | None = None,
              include_deleted: bool = False) -> int:
        """How many current responses responses() would give for the same arguments."""
        where, params = state_tables.where(form_id, since, include_deleted)
        return self._conn.execute(f"SELECT count(*) FROM responses{where}", params).fetchone()[0]

    # -- the response list (listing.py) --
    def page(self, query: ListQuery, offset: int, limit: int,
             columns: Sequence[str] = listing.COLUMNS) -> list[ListRow]:
        """Rows offset..offset+limit of the response list this query asks for."""
        return listing.page(self._conn, query, offset, limit, columns)

    def page_after(self, query: ListQuery, after: ListRow, limit: int,
                   columns: Sequence[str] = listing.COLUMNS) -> list[ListRow]:
        """The `limit` rows of the list after `after` (paging by key)."""
        return listing.page_after(self._conn, query, after, limit, columns)

    def count_matching(self, query: ListQuery) -> int:
        """How many rows the response list of this query has."""
        return listing.count_matching(self._conn, query)

    def tally(self) -> dict[tuple[str, str], int]:
        """(form_id, status) -> how many responses that are not deleted."""
        return listing.tally(self._conn)

    def answers_of(self, form_id: str, keys: Iterable[str]) -> Iterator[tuple]:
        """(uuid, deleted, value of each key or None) per current response of a form, streamed:
        a few answers of every response without decoding the rest."""
        return state_tables.answers_of(self._conn, form_id, keys)

    def state(self, uuid: str, version: str) -> Response | None:
        """Any state of a response this store has seen (current, one it replaced, or the other
        side of a conflict)."""
        return state_tables.find_state(self._conn, uuid, version)

    def knows(self, uuid: str, version: str) -> bool:
        """Whether state() would find this state (without decoding it)."""
        return state_tables.knows(self._conn, uuid, version)

    # -- local edits (the form window, demo) --
    def save(self, response: Response, *, who: str, note: str = "") -> Response:
        """Save an edit made here: a new version descending from the stored current state
        (responses.saved), a versions row and one audit row per changed field (with `note`);
        one transaction. Returns the saved state (unchanged content: the stored one, as is)."""
        with self.transaction():
            parent = self.get(response.uuid)
            new = saved(response, parent)
            if parent is not None and new.version == parent.version:
                return parent
            self._make_current(new, parent, who=who, note=note)
        return new

    def delete(self, uuid: str, *, who: str) -> Response:
        """Soft delete: a new version with deleted=True."""
        with self.transaction():
            current = self.get(uuid)
            if current is None:
                raise SurveyError(Problem.NO_SUCH_RESPONSE, uuid=uuid)
            return self.save(replace(current, deleted=True), who=who)

    def _make_current(self, new: Response, old: Response | None, *, who: str, note: str) -> None:
        at = now_iso()
        if old is not None:
            state_tables.keep_current(self._conn, [old.uuid], at)
        self._conn.execute(state_tables.UPSERT, state_row(sealed(new)))
        audit_trail.write(self._conn, audit_trail.audit_rows(
            new.uuid, audit_trail.changed_fields(old, new), at=at, who=who, import_id=None,
            note=note))

    # -- merge (import) primitives: call inside one transaction; all undoable by import_id --
    def put_states(self, states: list[Response], *, who: str, import_id: int | None,
                   current: Mapping[str, Response] | None = None) -> None:
        """Make each given state (version/history already set) the current one for its uuid,
        keeping the state it replaces, with audit rows for changed fields; bulk-fast.

        `current`: the current state of each of these uuids that has one, if the caller read
        them already (a uuid absent from it is new); read here when not given."""
        if not states:
            return
        _require_versions(states)
        self.put_rows([state_row(sealed(s)) for s in states], who=who, import_id=import_id,
                      current=current)

    def put_rows(self, rows: Sequence[tuple], *, who: str, import_id: int | None,
                 current: Mapping[str, Response] | None = None) -> None:
        """put_states for states given as rows (state_rows.state_row, seal set), as an import
        prepares them: a row is decoded only for the audit of a state it replaces."""
        if len({row[0] for row in rows}) < len(rows):       # a uuid twice: one after the other
            for row in rows:
                self.put_rows([row], who=who, import_id=import_id)
            return
        with self.transaction(), gc_paused():
            current = self.get_many(r[0] for r in rows) if current is None else current
            state_tables.put_rows(self._conn, rows, current, at=now_iso(), who=who,
                                  import_id=import_id)

    def keep_states(self, states: list[Response], *, import_id: int | None) -> None:
        """Remember states without making them current (e.g. the incoming side of a conflict)."""
        _require_versions(states)
        self.keep_rows([state_row(sealed(s)) for s in states], import_id=import_id)

    def keep_rows(self, rows: Sequence[tuple], *, import_id: int | None) -> None:
        """keep_states for states given as rows (seal set)."""
        with self.transaction():
            state_tables.keep_rows(self._conn, rows, import_id=import_id, at=now_iso())

    def open_conflict(self, uuid: str, local_version: str, incoming_version: str,
                      *, import_id: int | None) -> int:
        """Open a conflict (or return the id of the same one, if it is open already)."""
        with self.transaction():
            known = conflict_log.find_open(self._conn, uuid, local_version, incoming_version)
            if known is not None:
                return known
            return conflict_log.insert_open(self._conn, uuid, local_version, incoming_version,
                                            import_id=import_id, at=now_iso())

    def open_conflict_by_id(self, conflict_id: int) -> Conflict:
        """One open conflict; CONFLICT_NOT_OPEN if unknown or resolved."""
        return conflict_log.get_open(self._conn, conflict_id)

    def conflicts(self, open_only: bool = True) -> list[Conflict]:
        return conflict_log.list_conflicts(self._conn, open_only)

    def resolve_conflict(self, conflict_id: int, merged: Response, *, who: str) -> Response:
        """Save `merged` (answers chosen field by field) as a new version whose history holds
        both sides, make it current, close the conflict."""
        with self.transaction():
            conflict = conflict_log.get_open(self._conn, conflict_id)
            local = self.get(conflict.uuid)
            if local is None:
                raise SurveyError(Problem.CONFLICT_NOT_OPEN, id=conflict_id)
            incoming = (self.state(conflict.uuid, conflict.incoming_version)
                        or replace(local, version=conflict.incoming_version, history=()))
            at = now_iso()
            new = conflict_log.merged_state(merged, local, incoming, at)
            self._make_current(new, local, who=who, note=f"resolved conflict {conflict_id}")
            conflict_log.close(self._conn, conflict_id, new.version, at=at, who=who)
        return new

    # -- imports --
    def begin_import(self, file: str, sha256: str, *, who: str) -> int:
        with self.transaction():
            return import_log.begin(self._conn, file, sha256, at=now_iso(), who=who)

    def finish_import(self, import_id: int, counts: Mapping[str, int]) -> None:
        import_log.finish(self._conn, import_id, counts)

    def imports(self) -> list[ImportRecord]:
        """Every import, newest first."""
        return import_log.list_imports(self._conn)

    def find_import(self, sha256: str) -> ImportRecord | None:
        """The newest import of a file with this checksum, preferring one not undone."""
        return import_log.find_import(self._conn, sha256)

    def undo_import(self, import_id: int, *, who: str) -> None:
        """Put every response the import touched back to its state before it; drop states,
        conflicts and audit effects it added (audit keeps a row saying it was undone).

        Refused (IMPORT_BUILT_UPON) while a later import, a local edit or a conflict
        resolution rests on what it brought. The import's own audit rows stay; rows saying
        what the undo changed are added beside them."""
        with self.transaction():
            import_log.undo(self._conn, import_id, who=who)

    # -- audit, and what people decided in review --
    def audit(self, uuid: str | None = None) -> list[AuditRow]:
        return audit_trail.read(self._conn, uuid)

    @cached_property
    def reviews(self) -> Reviews:
        """Duplicate pairs dismissed, outside edits accepted (reviews.py)."""
        return Reviews(self._conn, self.transaction)

    media = cached_property(lambda self: Media(self._conn, self.transaction))  # attached files

    # -- backups (SQLite backup API) --
    def backup(self, reason: str) -> Path:
        """Copy the whole store to <db folder>/backups/<db stem>-<UTC stamp>-<reason>.sqlite."""
        return backup_files.make_backup(self.path, reason)

    def backups(self) -> list[Path]:
        """Backups of this store, newest first."""
        return backup_files.list_backups(self.path)


def restore(db_path: str | Path, backup_path: str | Path) -> Path | None:
    """Replace the store at db_path by a backup (the current file is itself backed up first).

    Returns that backup of the current file (None if there was no file). Close every Store
    open on db_path first."""
    return backup_files.restore(db_path, backup_path)
