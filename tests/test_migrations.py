"""Schema history: old stores are migrated (after a backup), newer or foreign files refused."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlite_utils import Database

from surveyor.core import migrations
from surveyor.core.errors import Problem, SurveyError
from surveyor.core.store import Store

# The schema version 1 of Surveyor wrote, typed out as it was released: migrations may add to
# it, never change it.
VERSION_1 = """
CREATE TABLE responses (uuid TEXT PRIMARY KEY NOT NULL, form_id TEXT NOT NULL,
  form_version TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT 'draft',
  inspector TEXT NOT NULL DEFAULT '', device TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL DEFAULT '',
  version TEXT NOT NULL, history TEXT NOT NULL DEFAULT '[]', answers TEXT NOT NULL DEFAULT '{}',
  repeats TEXT NOT NULL DEFAULT '[]', deleted INTEGER NOT NULL DEFAULT 0,
  edited_outside INTEGER NOT NULL DEFAULT 0);
CREATE INDEX idx_responses_form_id_created_at ON responses (form_id, created_at);
CREATE INDEX idx_responses_updated_at ON responses (updated_at);
CREATE TABLE versions (uuid TEXT NOT NULL, form_id TEXT NOT NULL,
  form_version TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT 'draft',
  inspector TEXT NOT NULL DEFAULT '', device TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL DEFAULT '',
  version TEXT NOT NULL, history TEXT NOT NULL DEFAULT '[]', answers TEXT NOT NULL DEFAULT '{}',
  repeats TEXT NOT NULL DEFAULT '[]', deleted INTEGER NOT NULL DEFAULT 0,
  edited_outside INTEGER NOT NULL DEFAULT 0, import_id INTEGER, kept_at TEXT,
  PRIMARY KEY (uuid, version));
CREATE INDEX idx_versions_import_id ON versions (import_id);
CREATE TABLE audit (id INTEGER PRIMARY KEY, at TEXT NOT NULL, who TEXT NOT NULL,
  uuid TEXT NOT NULL, field TEXT NOT NULL, old TEXT, new TEXT, import_id INTEGER,
  note TEXT NOT NULL DEFAULT '');
CREATE INDEX idx_audit_uuid ON audit (uuid);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT);
INSERT INTO responses (uuid, form_id, form_version, status, version, answers, created_at)
  VALUES ('u-old', 'cho_truyen_thong', '2026.1', 'complete', '1-aaaa',
          '{"ten_cho": "Chợ Đồng Xuân", "so_ho": 12}', '2026-03-01T08:00:00');
INSERT INTO versions (uuid, form_id, form_version, status, version, answers, created_at)
  VALUES ('u-old', 'cho_truyen_thong', '2026.1', 'complete', '1-aaaa',
          '{"ten_cho": "Chợ Đồng Xuân", "so_ho": 12}', '2026-03-01T08:00:00');
INSERT INTO settings VALUES ('inspector', 'Trần Thị Bình');
PRAGMA user_version = 1;
"""


def hand_made(path: Path, script: str) -> Path:
    with closing(sqlite3.connect(path)) as conn:
        conn.executescript(script)
    return path


def columns(conn: sqlite3.Connection) -> dict[str, list[tuple]]:
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {t: [tuple(r) for r in conn.execute(f"PRAGMA table_info({t})")] for t in sorted(tables)}


def user_version(path: Path) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("PRAGMA user_version").fetchone()[0]


def test_steps_are_numbered_one_by_one():
    assert [m.version for m in migrations.MIGRATIONS] == list(range(1, migrations.LATEST + 1))


def test_step_one_still_makes_the_released_version_1_schema(tmp_path):
    released = hand_made(tmp_path / "released.sqlite", VERSION_1)
    with closing(sqlite3.connect(tmp_path / "fresh.sqlite", isolation_level=None)) as conn:
        migrations.migrate(Database(conn), target=1)
        fresh = columns(conn)
    with closing(sqlite3.connect(released)) as conn:
        assert columns(conn) == fresh


def test_new_store_gets_the_latest_schema_and_no_backup(tmp_path):
    with Store(tmp_path / "new.sqlite") as store:
        assert store.backups() == []
    assert user_version(tmp_path / "new.sqlite") == migrations.LATEST


def test_version_1_store_is_backed_up_then_migrated(tmp_path):
    path = hand_made(tmp_path / "surveyor.sqlite", VERSION_1)
    with Store(path) as store:
        old = store.get("u-old")
        assert old.answers == {"ten_cho": "Chợ Đồng Xuân", "so_ho": 12}
        assert store.setting("inspector") == "Trần Thị Bình"
        assert store.begin_import("a.xlsx", "0" * 64, who="x") == 1   # version 2's tables
        (backup,) = store.backups()
    assert "before-migration-1-to-2" in backup.name
    assert user_version(backup) == 1
    with closing(sqlite3.connect(backup)) as conn:
        assert conn.execute("SELECT uuid FROM responses").fetchall() == [("u-old",)]
    assert user_version(path) == migrations.LATEST


def test_migrated_store_has_the_schema_of_a_fresh_one(tmp_path):
    Store(hand_made(tmp_path / "old.sqlite", VERSION_1)).close()
    Store(tmp_path / "fresh.sqlite").close()
    with closing(sqlite3.connect(tmp_path / "old.sqlite")) as old, \
            closing(sqlite3.connect(tmp_path / "fresh.sqlite")) as fresh:
        assert columns(old) == columns(fresh)


def test_empty_version_0_file_becomes_a_store(tmp_path):
    path = tmp_path / "empty.sqlite"
    sqlite3.connect(path).close()                 # a zero-byte file, user_version 0
    with Store(path) as store:
        assert store.count() == 0 and store.backups() == []
    assert user_version(path) == migrations.LATEST


def test_version_0_file_with_other_tables_is_refused_untouched(tmp_path):
    path = hand_made(tmp_path / "other.sqlite", "CREATE TABLE moz_places (id INTEGER);")
    with pytest.raises(SurveyError) as caught:
        Store(path)
    assert caught.value.problem is Problem.STORE_UNREADABLE
    with closing(sqlite3.connect(path)) as conn:
        assert list(columns(conn)) == ["moz_places"]
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_newer_store_is_refused_with_both_versions(tmp_path):
    path = tmp_path / "newer.sqlite"
    Store(path).close()
    newer = migrations.LATEST + 1
    hand_made(path, f"PRAGMA user_version = {newer};")
    with pytest.raises(SurveyError) as caught:
        Store(path)
    assert caught.value.problem is Problem.STORE_NEWER
    assert caught.value.context == {"file": str(path), "found": newer,
                                    "known": migrations.LATEST}
    assert user_version(path) == newer


def test_a_file_that_is_not_sqlite_is_refused(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"PK\x03\x04 this is a zip, not a database" * 100)
    with pytest.raises(SurveyError) as caught:
        Store(path)
    assert caught.value.problem is Problem.STORE_UNREADABLE
    assert caught.value.context["file"] == str(path)


def test_a_failing_step_leaves_the_store_as_it_was(tmp_path):
    path = tmp_path / "s.sqlite"
    Store(path).close()

    def broken(db: Database) -> None:
        db["half_made"].create({"id": int}, pk="id")
        raise RuntimeError("step 3 fails halfway")

    steps = (*migrations.MIGRATIONS, migrations.Migration(3, "broken", broken))
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        with pytest.raises(RuntimeError):
            migrations.migrate(Database(conn), target=3, steps=steps)
        assert "half_made" not in columns(conn)
        assert migrations.schema_version(conn) == migrations.LATEST
