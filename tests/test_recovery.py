"""Crash-recovery savepoints: written whole, read back, skipped when broken, restored."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time

import pytest

from surveyor.core.filling.recovery import (
    discard_savepoint,
    restore_session,
    savepoint_path,
    savepoints,
    write_savepoint,
)
from surveyor.core.filling.session import Session
from surveyor.core.forms.xlsform import form_from_markdown
from surveyor.core.responses import DRAFT

NOW = dt.datetime(2026, 11, 24, 8, 30, 0)

SHOP = """
| survey |
|        | type          | name      | label | required |
|        | start         | start     |       |          |
|        | text          | ten       | Name  | yes      |
|        | integer       | n         | N     |          |
|        | begin_repeat  | item      | Items |          |
|        | text          | item_name | Item  |          |
|        | end_repeat    |           |       |          |
| settings |
|          | form_id | version |
|          | shop    | 2026.1  |
"""


@pytest.fixture(scope="module")
def shop():
    return form_from_markdown(SHOP)


@pytest.fixture
def folder(tmp_path):
    return tmp_path / "savepoints"


def filled(form, name: str = "Gốm Minh Long") -> Session:
    session = Session.new(form, inspector="Lê Văn An", device="dev-1", now=NOW)
    session.set("ten", name)
    session.add_row("item")
    session.set("item_name", "Đất sét", at=(1,))
    return session


def test_a_savepoint_reads_back_what_was_written(shop, folder):
    session = filled(shop)
    path = write_savepoint(folder, session, focus="item/1/item_name")
    [point] = savepoints(folder)
    response = session.to_response()
    assert point.path == path and point.uuid == session.uuid
    assert (point.answers, point.repeats) == (response.answers, response.repeats)
    assert (point.focus, point.base_version, point.status) == ("item/1/item_name", "", DRAFT)
    assert (point.inspector, point.device, point.created_at) == (
        "Lê Văn An", "dev-1", response.created_at)
    assert "Gốm Minh Long" in path.read_text(encoding="utf-8")


def test_one_file_per_response_newest_first(shop, folder):
    first, second = filled(shop), filled(shop, "Bát Tràng")
    write_savepoint(folder, first)
    write_savepoint(folder, second)
    first.set("n", 3)
    write_savepoint(folder, first, focus="n")
    assert [p.uuid for p in savepoints(folder)] == [first.uuid, second.uuid]
    assert savepoints(folder)[0].answers["n"] == 3
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        f"{s.uuid}.json" for s in (first, second))


def test_corrupt_truncated_and_temp_files_are_skipped(shop, folder):
    good = write_savepoint(folder, filled(shop))
    text = good.read_text(encoding="utf-8")
    (folder / "truncated.json").write_text(text[: len(text) // 2], encoding="utf-8")
    (folder / "garbage.json").write_bytes(b"\xff\xfe\x00not json")
    (folder / "wrong.json").write_text(json.dumps({"format": 1, "uuid": 7}), encoding="utf-8")
    (folder / f".{good.stem}-abc.tmp").write_text(text[:10], encoding="utf-8")
    assert [p.path for p in savepoints(folder)] == [good]


def test_no_folder_means_no_savepoints(tmp_path):
    assert savepoints(tmp_path / "absent") == []


def test_a_discarded_savepoint_is_gone(shop, folder):
    session = filled(shop)
    write_savepoint(folder, session)
    assert discard_savepoint(folder, session.uuid) is True
    assert savepoints(folder) == []
    assert discard_savepoint(folder, session.uuid) is False


def test_an_odd_uuid_still_makes_a_safe_file_name(folder):
    assert savepoint_path(folder, "../../evil").parent == folder


CHILD = """
import sys
from pathlib import Path
from surveyor.core.filling.recovery import write_savepoint
from surveyor.core.filling.session import Session
from surveyor.core.forms.xlsform import form_from_markdown

session = Session.new(form_from_markdown(sys.stdin.read()))
session.set("ten", "Gốm " * 2000)
n = 0
while True:
    n += 1
    session.set("n", n)
    write_savepoint(Path(sys.argv[1]), session, focus="n")
    if n == 1:
        print("written", flush=True)
"""


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
def test_a_savepoint_survives_its_writer_being_killed(shop, folder):
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(folder)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True, encoding="utf-8")
    child.stdin.write(SHOP)
    child.stdin.close()
    try:
        assert child.stdout.readline().strip() == "written"
        time.sleep(0.2)                      # mid-way through some later write
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        child.stdout.close()
    [point] = savepoints(folder)
    assert point.answers["n"] > 1 and point.answers["ten"].startswith("Gốm Gốm")
    restored = restore_session(point, shop)
    assert restored.live.value("n") == point.answers["n"]


def test_restoring_with_the_stored_state_continues_the_version_chain(shop, folder, store):
    session = filled(shop)
    first = session.save_draft(store, who="an")
    session.set("ten", "Gốm Bát Tràng")
    write_savepoint(folder, session, focus="ten")
    del session                                              # the window crashed

    [point] = savepoints(folder)
    assert point.base_version == first.version
    restored = restore_session(point, shop, stored=store.get(point.uuid))
    assert restored.base == first and restored.dirty and not restored.is_new
    again = restored.save(store, who="an")
    assert again.history == (first.version,)
    assert again.answers["ten"] == "Gốm Bát Tràng"
    assert again.rows("item")[0].answers == {"item_name": "Đất sét"}
    assert [(r.old, r.new) for r in store.audit(point.uuid) if r.field == "ten"] == [
        ("Gốm Minh Long", "Gốm Bát Tràng")]


def test_a_restored_state_equal_to_the_stored_one_is_not_dirty(shop, folder, store):
    session = filled(shop)
    saved = session.save_draft(store, who="an")
    write_savepoint(folder, session)
    restored = restore_session(savepoints(folder)[0], shop, stored=store.get(saved.uuid))
    assert not restored.dirty
    assert restored.save(store, who="an") == saved


def test_restoring_a_never_saved_response_makes_it_on_first_save(shop, folder, store):
    session = filled(shop)
    write_savepoint(folder, session)
    restored = restore_session(savepoints(folder)[0], shop)
    assert restored.is_new and restored.uuid == session.uuid
    made = restored.save_draft(store, who="an")
    assert made.created_at == session.created_at and made.inspector == "Lê Văn An"
    assert made.answers == {**session.to_response().answers}


def test_without_the_stored_state_a_stand_in_base_still_saves(shop, folder, store):
    session = filled(shop)
    first = session.save_draft(store, who="an")
    write_savepoint(folder, session)
    restored = restore_session(savepoints(folder)[0], shop)
    assert restored.base.version == first.version and restored.dirty
    assert restored.save(store, who="an") == first          # same content: the store keeps it


def test_restore_refuses_another_form_version(shop, folder):
    write_savepoint(folder, filled(shop))
    other = form_from_markdown(SHOP.replace("2026.1", "2026.2"))
    with pytest.raises(ValueError, match="version"):
        restore_session(savepoints(folder)[0], other)
