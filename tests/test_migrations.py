"""Schema history: old stores are migrated (after a backup), newer or foreign files refused."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import pytest
from sqlite_utils import Database

from surveyor.core.errors import Problem, SurveyError
from surveyor.core.store import Store, listing, migrations

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
        assert old.seal == "" and store.state("u-old", "1-aaaa") == old   # version 3's
        (backup,) = store.backups()
    assert f"before-migration-1-to-{migrations.LATEST}" in backup.name
    assert user_version(backup) == 1
    with closing(sqlite3.connect(backup)) as conn:
        assert conn.execute("SELECT uuid FROM responses").fetchall() == [("u-old",)]
    assert user_version(path) == migrations.LATEST


def version_2_store(path: Path) -> Path:
    """A store as version 2 left it: steps 1 and 2, filled as version 2 filled it (every state
    in `versions`, the current ones too). u-a saved here; import 1 replaced u-b's state 1 by
    state 2 and brought u-c."""
    state = "'cho', '2026.1', 'complete', '2026-03-01T08:00:00'"
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        migrations.migrate(Database(conn), target=2)
        conn.executescript(f"""
        INSERT INTO responses (uuid, version, answers, form_id, form_version, status, created_at)
          VALUES ('u-a', '1-aaaa', '{{"ten": "A"}}', {state}),
                 ('u-b', '2-bbbb', '{{"ten": "B2"}}', {state}),
                 ('u-c', '1-cccc', '{{"ten": "C"}}', {state});
        INSERT INTO versions (uuid, version, answers, import_id, form_id, form_version, status,
                              created_at)
          VALUES ('u-a', '1-aaaa', '{{"ten": "A"}}', NULL, {state}),
                 ('u-b', '1-bbbb', '{{"ten": "B1"}}', NULL, {state}),
                 ('u-b', '2-bbbb', '{{"ten": "B2"}}', 1, {state}),
                 ('u-c', '1-cccc', '{{"ten": "C"}}', 1, {state});
        INSERT INTO imports (id, file, sha256, at, who) VALUES (1, 'w.xlsx', 'ff', '2026', 'x');
        INSERT INTO import_changes (import_id, uuid, existed, after_version, version, answers,
                                    history, repeats, deleted, edited_outside, form_id,
                                    form_version, status, created_at, inspector, device,
                                    updated_at)
          VALUES (1, 'u-b', 1, '2-bbbb', '1-bbbb', '{{"ten": "B1"}}', '[]', '[]', 0, 0, {state},
                  '', '', ''),
                 (1, 'u-c', 0, '1-cccc', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
                  NULL, NULL, NULL, NULL);
        """)
    return path


def test_version_2_store_keeps_each_state_once_after_migrating(tmp_path):
    path = version_2_store(tmp_path / "surveyor.sqlite")
    with Store(path) as store:
        (backup,) = store.backups()
        assert f"before-migration-2-to-{migrations.LATEST}" in backup.name
        assert user_version(backup) == 2
        kept = store.conn.execute("SELECT uuid, version FROM versions").fetchall()
        assert kept == [("u-b", "1-bbbb")]
        indexes = {r[0] for r in store.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")}
        assert "idx_import_changes_replaced" in indexes
        assert not {"idx_responses_updated_at", "idx_import_changes_uuid"} & indexes
        assert {u: store.get(u).answers["ten"] for u in ("u-a", "u-b", "u-c")} == {
            "u-a": "A", "u-b": "B2", "u-c": "C"}
        assert store.state("u-b", "1-bbbb").answers == {"ten": "B1"}
        assert store.state("u-a", "1-aaaa").seal == ""
        store.undo_import(1, who="x")
        assert store.get("u-b").version == "1-bbbb" and store.get("u-c") is None
        assert store.get("u-a").version == "1-aaaa"
    with closing(sqlite3.connect(backup)) as conn:
        assert conn.execute("SELECT count(*) FROM versions").fetchone() == (4,)


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
        raise RuntimeError("the next step fails halfway")

    step = migrations.LATEST + 1
    steps = (*migrations.MIGRATIONS, migrations.Migration(step, "broken", broken))
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        with pytest.raises(RuntimeError):
            migrations.migrate(Database(conn), target=step, steps=steps)
        assert "half_made" not in columns(conn)
        assert migrations.schema_version(conn) == migrations.LATEST


def test_version_4_store_gets_the_merge_pointer_and_dismissed_pairs(tmp_path):
    """A store as version 4 left it: its states read back as they were (no pointer), each state
    table gains merged_into, and dismissed pairs can be remembered."""
    path = tmp_path / "surveyor.sqlite"
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        listing.register(conn)
        migrations.migrate(Database(conn), target=4)
        conn.executescript("""
        INSERT INTO responses (uuid, form_id, form_version, status, version, history, answers,
                               created_at, seal)
          VALUES ('u-a', 'co_so', '1', 'complete', '2-aaaa', '["1-aaaa"]', '{"ten": "A"}',
                  '2026-03-01T08:00:00', 'seal-a2'),
                 ('u-b', 'co_so', '1', 'complete', '1-bbbb', '[]', '{"ten": "A"}',
                  '2026-03-01T09:00:00', 'seal-b1');
        INSERT INTO versions (uuid, form_id, form_version, status, version, answers, seal)
          VALUES ('u-a', 'co_so', '1', 'draft', '1-aaaa', '{"ten": "a"}', 'seal-a1');
        """)
    with Store(path) as store:
        (backup,) = store.backups()
        assert f"before-migration-4-to-{migrations.LATEST}" in backup.name
        assert user_version(backup) == 4
        a = store.get("u-a")
        assert (a.version, a.seal, a.merged_into, a.answers) == (
            "2-aaaa", "seal-a2", "", {"ten": "A"})
        assert store.state("u-a", "1-aaaa").merged_into == ""
        for table in ("responses", "versions", "import_changes"):
            assert "merged_into" in {c[1] for c in columns(store.conn)[table]}
        store.reviews.dismiss("u-b", "u-a", "co_so", who="x")
        assert store.reviews.dismissed("co_so") == {frozenset(("u-a", "u-b"))}
        assert store.conn.execute("SELECT first, second FROM dismissed_pairs").fetchall() == [
            ("u-a", "u-b")]
        store.save(replace(store.get("u-b"), deleted=True, merged_into="u-a"), who="x")
        assert store.get("u-b").merged_into == "u-a"
        assert store.state("u-b", "1-bbbb").merged_into == ""


def test_version_5_store_gets_attached_files_kept_with_the_answers_naming_them(tmp_path):
    """A store as version 5 left it: its states read back unchanged (same version and seal),
    `media` and `media_staged` exist, and a staged file moves into `media` in the transaction
    of the first saved state naming it, also when that save is rolled back (then it stays
    staged)."""
    from surveyor.core.filling.media import file_of

    path = tmp_path / "surveyor.sqlite"
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        listing.register(conn)
        migrations.migrate(Database(conn), target=5)
        conn.executescript("""
        INSERT INTO responses (uuid, form_id, form_version, status, version, history, answers,
                               created_at, seal)
          VALUES ('u-a', 'co_so', '1', 'complete', '1-aaaa', '[]', '{"anh": "IMG_1.jpg"}',
                  '2026-03-01T08:00:00', 'seal-a1');
        """)
    with Store(path) as store:
        (backup,) = store.backups()
        assert f"before-migration-5-to-{migrations.LATEST}" in backup.name
        assert user_version(backup) == 5
        a = store.get("u-a")
        assert (a.version, a.seal, a.answers) == ("1-aaaa", "seal-a1", {"anh": "IMG_1.jpg"})
        assert store.media.count() == (0, 0)
        photo, other = file_of(b"\xff\xd8 a photo", "a.jpg"), file_of(b"notes", "b.txt")
        store.media.stage(photo)
        store.media.stage(other)
        with pytest.raises(RuntimeError), store.transaction():
            store.save(replace(a, answers={"anh": photo.answer}), who="x")
            raise RuntimeError("the save is rolled back")
        assert not store.media.has(photo.sha256)
        assert {f.sha256 for f in store.media.staged()} == {photo.sha256, other.sha256}
        saved = store.save(replace(a, answers={"anh": photo.answer}), who="x")
        assert store.media.has(photo.sha256) and not store.media.has(other.sha256)
        assert [f.sha256 for f in store.media.staged()] == [other.sha256]
        assert store.media.get(photo.sha256).data == b"\xff\xd8 a photo"
        assert saved.history == ("1-aaaa",)
