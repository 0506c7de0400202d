"""Backups: one before each import (and migration), a bounded number kept, restored only after a
confirmation; a damaged backup, or a file that is no store, is refused and changes nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from test_cli import surveyor

from surveyor.core.errors import Problem, SurveyError
from surveyor.core.responses import Response, new_uuid
from surveyor.core.store import Store
from surveyor.core.store.backups import KEEP, list_backups, make_backup, restore


def filled(path: Path, n: int = 300) -> Path:
    with Store(path) as store:
        for i in range(n):
            store.save(Response(uuid=new_uuid(), form_id="cho", form_version="1",
                                answers={"ten": f"Sạp số {i} " * 20}), who="An")
    return path


def dump(path: Path) -> bytes:
    return path.read_bytes()


def test_only_the_newest_backups_are_kept(tmp_path):
    db = filled(tmp_path / "s.sqlite", 5)
    made = [make_backup(db, f"import {i}") for i in range(KEEP + 4)]
    kept = list_backups(db)
    assert len(kept) == KEEP
    assert set(kept) == set(made[-KEEP:])
    assert not any(p.exists() for p in made[:4])


def test_a_damaged_backup_is_refused_and_the_store_is_untouched(tmp_path):
    db = filled(tmp_path / "s.sqlite")
    backup = make_backup(db, "import")
    con = sqlite3.connect(backup)
    page = con.execute("PRAGMA page_size").fetchone()[0]
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    con.close()
    assert pages > 6
    with open(backup, "r+b") as handle:            # a page in the middle overwritten
        handle.seek(page * (pages // 2))
        handle.write(b"\x0d\xff" * (page // 2))
    before, backups_before = dump(db), list_backups(db)
    with pytest.raises(SurveyError) as refused:
        restore(db, backup)
    assert refused.value.problem is Problem.STORE_UNREADABLE
    assert dump(db) == before and list_backups(db) == backups_before


def test_a_database_that_is_no_store_is_refused(tmp_path):
    db = filled(tmp_path / "s.sqlite", 3)
    other = tmp_path / "other.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    with pytest.raises(SurveyError, match="no responses table"):
        restore(db, other)


def test_the_command_line_restores_only_when_told_to(tmp_path):
    home, db = tmp_path / "home", filled(tmp_path / "s.sqlite", 3)
    backup = make_backup(db, "before")
    with Store(db) as store:
        store.save(Response(uuid=new_uuid(), form_id="cho", form_version="1"), who="An")
    asked = surveyor("--db", str(db), "restore", str(backup), home=home)    # not a terminal
    assert asked.returncode == 2 and "--yes" in asked.stderr
    with Store(db) as store:
        assert store.count() == 4
    done = surveyor("--db", str(db), "restore", str(backup), "--yes", home=home)
    assert done.returncode == 0, done.stderr
    with Store(db) as store:
        assert store.count() == 3
    listed = surveyor("--db", str(db), "backups", home=home)
    assert "before-restore" in listed.stdout
