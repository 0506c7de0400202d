"""Schema history of the local store: an ordered list of steps, the version kept in user_version.

A step only ever adds to what the steps before it made; a released step is never edited. A
store at version N has run steps 1..N. The caller (Store) backs the file up before migrating.
"""

from __future__ import annotations

import sqlite3
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from surveyor.core.store import listing

if TYPE_CHECKING:                       # migrate() is given one (database()), made when needed
    from sqlite_utils import Database

# The columns of one saved state of a response as version 1 made them (responses, versions,
# import_changes share them; version 3 added `seal` to all three, version 5 `merged_into`).
STATE_SCHEMA: dict[str, type] = {
    "uuid": str, "form_id": str, "form_version": str, "status": str, "inspector": str,
    "device": str, "created_at": str, "updated_at": str, "version": str,
    "history": str, "answers": str, "repeats": str,     # JSON: list, object, list of rows
    "deleted": int, "edited_outside": int,
}
STATE_DEFAULTS = {"form_version": "", "status": "draft", "inspector": "", "device": "",
                  "created_at": "", "updated_at": "", "history": "[]", "answers": "{}",
                  "repeats": "[]", "deleted": 0, "edited_outside": 0}


@dataclass(frozen=True)
class Migration:
    version: int
    note: str
    apply: Callable[[Database], None]


def _responses_and_audit(db: Database) -> None:
    """Version 1: current states, every state kept, the audit trail, settings."""
    db["responses"].create(STATE_SCHEMA, pk="uuid", not_null=list(STATE_SCHEMA),
                           defaults=STATE_DEFAULTS)
    db["responses"].create_index(["form_id", "created_at"])
    db["responses"].create_index(["updated_at"])
    db["versions"].create({**STATE_SCHEMA, "import_id": int, "kept_at": str},
                          pk=("uuid", "version"), not_null=list(STATE_SCHEMA),
                          defaults=STATE_DEFAULTS)
    db["versions"].create_index(["import_id"])
    db["audit"].create({"id": int, "at": str, "who": str, "uuid": str, "field": str,
                        "old": str, "new": str, "import_id": int, "note": str},
                       pk="id", not_null=["at", "who", "uuid", "field", "note"],
                       defaults={"note": ""})
    db["audit"].create_index(["uuid"])
    db["settings"].create({"key": str, "value": str}, pk="key")


def _imports_and_conflicts(db: Database) -> None:
    """Version 2: the import log, the states each import replaced (for undo), conflicts."""
    db["imports"].create({"id": int, "file": str, "sha256": str, "at": str, "who": str,
                          "counts": str, "undone": int, "undone_at": str, "undone_by": str},
                         pk="id", not_null=["file", "sha256", "at", "who", "counts", "undone"],
                         defaults={"counts": "{}", "undone": 0})
    db["imports"].create_index(["sha256"])
    # One row per import and uuid it made current: `existed` 0 means the uuid was new; else
    # the state columns hold the row as it was before, and after_version what it left there.
    db["import_changes"].create({"import_id": int, **STATE_SCHEMA, "existed": int,
                                 "after_version": str},
                                pk=("import_id", "uuid"),
                                not_null=["import_id", "uuid", "existed", "after_version"])
    db["import_changes"].create_index(["uuid"])
    db["conflicts"].create({"id": int, "uuid": str, "local_version": str,
                            "incoming_version": str, "import_id": int, "opened_at": str,
                            "resolved_version": str, "resolved_at": str, "resolved_by": str},
                           pk="id",
                           not_null=["uuid", "local_version", "incoming_version", "opened_at"])
    db["conflicts"].create_index(["uuid"])
    db["conflicts"].create_index(["import_id"])


def _seals_and_single_copies(db: Database) -> None:
    """Version 3: each state's seal (its row_hash) beside it; `versions` keeps only states that
    are not current, so a state is stored once (the current one lives in `responses`); fewer
    indexes on random columns."""
    for table in ("responses", "versions", "import_changes"):
        db[table].add_column("seal", str, not_null_default="")
    db.execute("DELETE FROM versions WHERE EXISTS (SELECT 1 FROM responses r "
               "WHERE r.uuid = versions.uuid AND r.version = versions.version)")
    # An index on a column that is random per row costs a bulk insert a page write per row:
    # updated_at's only served `export --since`, whose query is ordered by the form index
    # anyway; import_changes is read by import (its primary key), and by uuid only for the
    # states an import replaced (Store.state), so only those rows are indexed by uuid.
    db.execute("DROP INDEX IF EXISTS idx_responses_updated_at")
    db.execute("DROP INDEX IF EXISTS idx_import_changes_uuid")
    db.execute("CREATE INDEX idx_import_changes_replaced ON import_changes (uuid, version) "
               "WHERE existed = 1")


def _listing_row(row: str) -> str:
    """The listing values of the responses row `row` ("new", or the table itself), as SQL."""
    name, ward, market = (f"coalesce(json_extract({row}.answers, '$.{key}'), '')"
                          for key in ("ten_co_so", "phuong_xa", "ten_cho"))
    keys = (f"{listing.KEY_FUNCTION}({v})" for v in (name, ward, f"{row}.inspector", market))
    shown = (f"{row}.{c}" for c in ("updated_at", "uuid", "form_id", "status", "deleted",
                                    "created_at", "inspector"))
    return ", ".join([*shown, name, ward, *keys])


_LISTING = ("updated_at, uuid, form_id, status, deleted, created_at, inspector, name, ward, "
            "name_key, ward_key, inspector_key, market_key")


def _listing(db: Database) -> None:
    """Version 4: `listing`, a light row per current response for the response list, kept by
    triggers on `responses` on every path that writes it (listing.py reads it).

    Its key is (updated_at, uuid): the table is the index of the list's usual order. It has
    no other index: each costs an import a B-tree insert per response. A REPLACE that deletes
    a row fires the delete trigger only with recursive_triggers on: listing.register sets it."""
    listing.register(db.conn)
    db.execute("CREATE TABLE listing (updated_at TEXT NOT NULL, uuid TEXT NOT NULL, "
               "form_id TEXT NOT NULL, status TEXT NOT NULL, deleted INTEGER NOT NULL, "
               "created_at TEXT NOT NULL, inspector TEXT NOT NULL, name TEXT NOT NULL, "
               "ward TEXT NOT NULL, name_key TEXT NOT NULL, ward_key TEXT NOT NULL, "
               "inspector_key TEXT NOT NULL, market_key TEXT NOT NULL, "
               "PRIMARY KEY (updated_at, uuid)) WITHOUT ROWID")
    put = f"INSERT OR REPLACE INTO listing ({_LISTING}) VALUES ({_listing_row('new')})"
    drop = "DELETE FROM listing WHERE updated_at = old.updated_at AND uuid = old.uuid"
    db.execute(f"CREATE TRIGGER listing_on_insert AFTER INSERT ON responses BEGIN {put}; END")
    db.execute("CREATE TRIGGER listing_on_update AFTER UPDATE OF updated_at, uuid, form_id, "
               "status, deleted, created_at, inspector, answers ON responses "
               f"BEGIN {drop}; {put}; END")
    db.execute(f"CREATE TRIGGER listing_on_delete AFTER DELETE ON responses BEGIN {drop}; END")
    db.execute(f"INSERT INTO listing ({_LISTING}) SELECT {_listing_row('responses')} "
               "FROM responses")


def _merges_and_dismissals(db: Database) -> None:
    """Version 5: beside each state, the uuid a duplicate was merged into (`merged_into`, ""
    for the others); `dismissed_pairs`, two uuids a person said are different establishments
    (the smaller uuid first), never flagged as possible duplicates again."""
    for table in ("responses", "versions", "import_changes"):
        db[table].add_column("merged_into", str, not_null_default="")
    db.execute("CREATE TABLE dismissed_pairs (first TEXT NOT NULL, second TEXT NOT NULL, "
               "form_id TEXT NOT NULL, at TEXT NOT NULL, who TEXT NOT NULL, "
               "PRIMARY KEY (first, second)) WITHOUT ROWID")


# How a trigger of version 6 moves the staged files a newly written state names into `media`.
_NAMED = "(instr(new.answers, sha256) > 0 OR instr(new.repeats, sha256) > 0)"
_CLAIM = ("INSERT OR IGNORE INTO media (sha256, name, type, size, data, added_at) "
          "SELECT sha256, name, type, size, data, strftime('%Y-%m-%dT%H:%M:%S', 'now') "
          f"FROM media_staged WHERE {_NAMED}; DELETE FROM media_staged WHERE {_NAMED};")


def _attached_files(db: Database) -> None:
    """Version 6: `media`, the files answers name (`<sha256>.<ext>`), each kept once by its
    sha256; `media_staged`, files attached in the window that no saved state names yet. A
    trigger moves a staged file into `media` in the transaction that writes a current state
    naming it, whichever path writes it (store/media.py). A rowid table: large blobs do not
    belong in a WITHOUT ROWID one."""
    for table, moment in (("media", "added_at"), ("media_staged", "staged_at")):
        db.execute(f"CREATE TABLE {table} (sha256 TEXT PRIMARY KEY, name TEXT NOT NULL, "
                   "type TEXT NOT NULL, size INTEGER NOT NULL, data BLOB NOT NULL, "
                   f"{moment} TEXT NOT NULL)")
    staged = "WHEN EXISTS (SELECT 1 FROM media_staged)"
    db.execute(f"CREATE TRIGGER media_claim_on_insert AFTER INSERT ON responses {staged} "
               f"BEGIN {_CLAIM} END")
    db.execute("CREATE TRIGGER media_claim_on_update AFTER UPDATE OF answers, repeats ON "
               f"responses {staged} BEGIN {_CLAIM} END")


def _dismissals_travel(db: Database) -> None:
    """Version 7: the import a dismissed pair came with (NULL: dismissed here), so undoing
    that import takes the pair back."""
    db.execute("ALTER TABLE dismissed_pairs ADD COLUMN import_id INTEGER")


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "responses, versions, audit, settings", _responses_and_audit),
    Migration(2, "imports, import_changes, conflicts", _imports_and_conflicts),
    Migration(3, "seals; versions keeps only states that are not current; lighter indexes",
              _seals_and_single_copies),
    Migration(4, "listing: light rows of the response list, folded for search and order",
              _listing),
    Migration(5, "merged_into beside each state; dismissed duplicate pairs",
              _merges_and_dismissals),
    Migration(6, "attached files by sha256, and those staged until a saved answer names them",
              _attached_files),
    Migration(7, "the import each dismissed pair came with", _dismissals_travel),
)
LATEST = MIGRATIONS[-1].version


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def is_empty(conn: sqlite3.Connection) -> bool:
    """True for a file with no tables at all (new, or created empty by another program)."""
    return conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0


def database(conn: sqlite3.Connection) -> Database:
    """sqlite-utils over `conn`. It is loaded only to migrate a store (a new one, or one of an
    older schema), and without pandas and numpy where neither is loaded yet: sqlite-utils
    imports them, if it can, only to map their types to SQLite's (0.3 s of a command's start),
    and no store writes a pandas or numpy value. Only the main thread hides them, for that one
    import: another thread importing pandas at that moment would otherwise fail."""
    hidden = [name for name in ("pandas", "numpy") if name not in sys.modules]
    if threading.current_thread() is not threading.main_thread() or "sqlite_utils" in sys.modules:
        hidden = []
    sys.modules.update(dict.fromkeys(hidden))        # None: "import pandas" raises ImportError
    try:
        from sqlite_utils import Database
    finally:
        for name in hidden:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]
    return Database(conn)


def migrate(db: Database, target: int = LATEST,
            steps: Sequence[Migration] = MIGRATIONS) -> int:
    """Run the steps after the recorded version up to `target`, all in one transaction.

    The version is read again inside the transaction, so two processes opening the same old
    store run each step once. Returns the version found before migrating."""
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        found = schema_version(db.conn)
        for step in steps:
            if found < step.version <= target:
                step.apply(db)
                db.conn.execute(f"PRAGMA user_version = {int(step.version)}")
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    db.conn.execute("COMMIT")
    return found
