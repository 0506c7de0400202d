"""Files attached to answers, kept by the store itself (schema 6): content-addressed by sha256,
with the name they were attached under, their media type and size. `Store.media` is the door.

An answer names its file as `<sha256>.<ext>` (filling/media.py), so a state's version covers
the file. A file enters `media` in the transaction that writes the first state naming it:
- an import or the demo calls `put` inside the transaction that writes the states;
- the window `stage`s a file when it is attached (the photo a person has not saved yet); the
  triggers of schema 6 move it into `media` in the transaction that writes a current state
  naming it, on whatever path (a save, a recovered savepoint, a resolved conflict). A staged
  file survives a crash beside the savepoint that names it; one that no saved answer named
  for STAGED_DAYS is dropped.
Files stay once stored: older versions, the other side of a conflict, an undone import's
states may name them, and a workbook exported without files (`--no-media`) imports against
the files the store has.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass

from surveyor.core.filling.media import AttachedFile
from surveyor.core.responses import now_iso
from surveyor.core.store.rows import chunks, unique

STAGED_DAYS = 90
_COLUMNS = "sha256, name, type, size"


@dataclass(frozen=True)
class FileInfo:
    """A stored file without its bytes."""

    sha256: str
    name: str
    type: str
    size: int


class Media:
    """The store's attached files (a Store makes one over its own connection)."""

    def __init__(self, conn: sqlite3.Connection,
                 transaction: Callable[[], AbstractContextManager[None]]):
        self._conn, self._transaction = conn, transaction

    def put(self, files: Iterable[AttachedFile]) -> int:
        """Keep these files (those already kept are left as they are); returns how many were
        new. Call it inside the transaction that writes the states naming them."""
        rows = [(f.sha256, f.name, f.type, f.size, f.data) for f in files]
        if not rows:
            return 0
        at = now_iso()
        with self._transaction():
            added = self._conn.executemany(
                f"INSERT OR IGNORE INTO media ({_COLUMNS}, data, added_at) "
                "VALUES (?, ?, ?, ?, ?, ?)", [(*row, at) for row in rows]).rowcount
            self._conn.executemany("DELETE FROM media_staged WHERE sha256 = ?",
                                   [(row[0],) for row in rows])
        return added

    def stage(self, file: AttachedFile) -> None:
        """Hold a file attached in the window until a saved state names it (see the module);
        staged files no saved answer named for STAGED_DAYS go."""
        with self._transaction():
            self._conn.execute("DELETE FROM media_staged WHERE staged_at < "
                               f"strftime('%Y-%m-%dT%H:%M:%S', 'now', '-{STAGED_DAYS} days')")
            if self.has(file.sha256):
                return
            self._conn.execute(
                f"INSERT OR REPLACE INTO media_staged ({_COLUMNS}, data, staged_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (file.sha256, file.name, file.type, file.size, file.data, now_iso()))

    def has(self, sha256: str) -> bool:
        """Whether the store keeps this file (staged files do not count)."""
        return self._conn.execute("SELECT 1 FROM media WHERE sha256 = ?",
                                  (sha256,)).fetchone() is not None

    def get(self, sha256: str) -> AttachedFile | None:
        """A kept file with its bytes, else a staged one, else None."""
        for table in ("media", "media_staged"):
            row = self._conn.execute(f"SELECT {_COLUMNS}, data FROM {table} WHERE sha256 = ?",
                                     (sha256,)).fetchone()
            if row is not None:
                return AttachedFile(*row[:4], bytes(row[4]))
        return None

    def info(self, sha256s: Iterable[str]) -> dict[str, FileInfo]:
        """Name, type and size of the kept files among these (missing ones absent)."""
        found: dict[str, FileInfo] = {}
        for part in chunks(unique(sha256s)):
            marks = ", ".join("?" * len(part))
            for row in self._conn.execute(
                    f"SELECT {_COLUMNS} FROM media WHERE sha256 IN ({marks})", part):
                found[row[0]] = FileInfo(*row)
        return found

    def missing(self, sha256s: Iterable[str]) -> set[str]:
        """Those of these files the store does not keep."""
        wanted = set(sha256s)
        return wanted - set(self.info(wanted))

    def count(self) -> tuple[int, int]:
        """How many files the store keeps, and their bytes."""
        files, size = self._conn.execute("SELECT count(*), coalesce(sum(size), 0) FROM media"
                                         ).fetchone()
        return files, size

    def staged(self) -> list[FileInfo]:
        """Files attached in the window that no saved state names yet."""
        return [FileInfo(*row) for row in self._conn.execute(
            f"SELECT {_COLUMNS} FROM media_staged ORDER BY staged_at, sha256")]
