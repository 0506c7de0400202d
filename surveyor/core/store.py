"""The local SQLite store (CONTRACT STUB: the signatures below are the agreed API; fill them in).

One file per user, WAL mode, written through sqlite-utils. Every write that belongs together is
one transaction. Schema changes live in migrations.py.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Mapping

from surveyor.core.responses import Response


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


@dataclass(frozen=True)
class ImportRecord:
    id: int
    file: str          # file name as given
    sha256: str
    at: str
    who: str
    counts: Mapping[str, int]
    undone: bool = False


@dataclass(frozen=True)
class Conflict:
    id: int
    uuid: str
    local_version: str      # the state that is current in this store
    incoming_version: str   # the other state, kept in the versions table
    import_id: int | None
    opened_at: str
    resolved_version: str | None = None


class Store:
    """An open store. Use as a context manager; a Store belongs to the thread that opened it."""

    def __init__(self, path: str | Path): ...
    def close(self) -> None: ...
    def __enter__(self) -> "Store": ...
    def __exit__(self, *exc) -> None: ...

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One SQLite transaction around everything inside; nested use joins the outer one."""
        ...

    # -- settings (inspector, unit, device_id, form_language) --
    def setting(self, key: str, default: str | None = None) -> str | None: ...
    def set_setting(self, key: str, value: str) -> None: ...
    def device_id(self) -> str:
        """Generated once per store (uuid4), then always the same."""
        ...

    # -- reading responses --
    def get(self, uuid: str) -> Response | None: ...
    def get_many(self, uuids: Iterable[str]) -> dict[str, Response]:
        """Current states of these uuids (missing ones absent); fast for 10k+ uuids."""
        ...
    def responses(self, form_id: str | None = None, since: str | None = None,
                  include_deleted: bool = False) -> Iterator[Response]:
        """Current states, streamed (not all in memory), ordered by form_id then created_at."""
        ...
    def count(self, form_id: str | None = None) -> int: ...
    def state(self, uuid: str, version: str) -> Response | None:
        """Any state of a response this store has seen (current, ancestor kept, or conflict side)."""
        ...

    # -- local edits (the form window, demo) --
    def save(self, response: Response, *, who: str) -> Response:
        """Save an edit made here: a new version descending from the stored current state
        (responses.saved), a versions row and one audit row per changed field; one transaction.
        Returns the saved state (unchanged content returns the stored state untouched)."""
        ...
    def delete(self, uuid: str, *, who: str) -> Response:
        """Soft delete: a new version with deleted=True."""
        ...

    # -- merge (import) primitives: call inside one transaction; all undoable by import_id --
    def put_states(self, states: list[Response], *, who: str, import_id: int | None) -> None:
        """Make each given state (version/history already set) the current one for its uuid,
        keep it in the versions table, write audit rows for changed fields; bulk-fast."""
        ...
    def keep_states(self, states: list[Response], *, import_id: int | None) -> None:
        """Remember states without making them current (e.g. the incoming side of a conflict)."""
        ...
    def open_conflict(self, uuid: str, local_version: str, incoming_version: str,
                      *, import_id: int | None) -> int: ...
    def conflicts(self, open_only: bool = True) -> list[Conflict]: ...
    def resolve_conflict(self, conflict_id: int, merged: Response, *, who: str) -> Response:
        """Save `merged` (answers chosen field by field) as a new version whose history holds
        both sides, make it current, close the conflict."""
        ...

    # -- imports --
    def begin_import(self, file: str, sha256: str, *, who: str) -> int: ...
    def finish_import(self, import_id: int, counts: Mapping[str, int]) -> None: ...
    def imports(self) -> list[ImportRecord]: ...
    def find_import(self, sha256: str) -> ImportRecord | None: ...
    def undo_import(self, import_id: int, *, who: str) -> None:
        """Put every response the import touched back to its state before it; drop states,
        conflicts and audit effects it added (audit keeps a row saying it was undone)."""
        ...

    # -- audit --
    def audit(self, uuid: str | None = None) -> list[AuditRow]: ...

    # -- backups (SQLite backup API) --
    def backup(self, reason: str) -> Path:
        """Copy the whole store to <db folder>/backups/<db stem>-<UTC stamp>-<reason>.sqlite."""
        ...
    def backups(self) -> list[Path]: ...


def restore(db_path: str | Path, backup_path: str | Path) -> None:
    """Replace the store at db_path by a backup (the current file is itself backed up first)."""
    ...
