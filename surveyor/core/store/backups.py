"""Copies of a store through the SQLite backup API, in <db folder>/backups/, and restoring one.

A backup reads the last committed state through its own connection, so it may be taken while
the store has a transaction open. Names sort by time: <db stem>-<UTC stamp>-<reason>.sqlite.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from contextlib import closing
from pathlib import Path

from surveyor.core.errors import Problem, SurveyError

FOLDER = "backups"
KEEP = 30          # backups kept per store; the oldest go first (each import makes one)
_STAMP = "%Y%m%dT%H%M%S%fZ"


def backups_folder(db_path: Path) -> Path:
    return db_path.parent / FOLDER


def _slug(reason: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-")[:40] or "backup"


def _target(db_path: Path, reason: str) -> Path:
    folder = backups_folder(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime(_STAMP)
    target = folder / f"{db_path.stem}-{stamp}-{_slug(reason)}.sqlite"
    serial = 1
    while target.exists():
        serial += 1
        target = folder / f"{db_path.stem}-{stamp}-{_slug(reason)}-{serial}.sqlite"
    return target


def copy_database(source: Path, target: Path) -> None:
    """Copy every page of `source` into `target` (created or overwritten) in one step."""
    with closing(sqlite3.connect(str(source))) as src, closing(sqlite3.connect(str(target))) as dst:
        src.backup(dst)


def make_backup(db_path: Path, reason: str) -> Path:
    """Back up the store at db_path; the copy is one self-contained file (no -wal beside it)."""
    target = _target(db_path, reason)
    copy_database(db_path, target)
    with closing(sqlite3.connect(str(target), isolation_level=None)) as copy:
        copy.execute("PRAGMA journal_mode=DELETE")
    prune(db_path)
    return target


def prune(db_path: Path, keep: int = KEEP) -> list[Path]:
    """Remove all but the `keep` newest backups of the store; returns the removed ones."""
    removed = list_backups(db_path)[keep:]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def list_backups(db_path: Path) -> list[Path]:
    """Backups of the store at db_path, newest first."""
    folder = backups_folder(db_path)
    if not folder.is_dir():
        return []
    name = re.compile(re.escape(db_path.stem) + r"-\d{8}T\d{12}Z(-[a-z0-9-]*)?\.sqlite")
    return sorted((p for p in folder.iterdir() if name.fullmatch(p.name)), reverse=True)


def _check_readable(path: Path) -> None:
    """A whole SQLite file (integrity check: every page) that holds a Surveyor store."""
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
            problems = [row[0] for row in conn.execute("PRAGMA integrity_check(5)")]
            tables = {row[0] for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as error:
        raise SurveyError(Problem.STORE_UNREADABLE, file=str(path), detail=str(error)) from None
    if problems != ["ok"]:
        raise SurveyError(Problem.STORE_UNREADABLE, file=str(path),
                          detail="damaged: " + "; ".join(problems))
    if "responses" not in tables:
        raise SurveyError(Problem.STORE_UNREADABLE, file=str(path),
                          detail="it holds no responses table")


def restore(db_path: str | Path, backup_path: str | Path) -> Path | None:
    """Replace the store at db_path by a backup; returns the backup made of the current file."""
    db_path, backup_path = Path(db_path), Path(backup_path)
    if not backup_path.is_file():
        raise SurveyError(Problem.NO_SUCH_BACKUP, file=str(backup_path))
    _check_readable(backup_path)
    previous = make_backup(db_path, "before-restore") if db_path.is_file() else None
    db_path.parent.mkdir(parents=True, exist_ok=True)
    copy_database(backup_path, db_path)
    return previous
