"""The local store on real SQLite files: exact round trips, versions and audit, transactions,
bulk merge primitives and their undo, conflicts, backups."""

from __future__ import annotations

import sqlite3
import time
import tracemalloc
import types
import unicodedata
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import pytest

from surveyor.core.errors import Problem, SurveyError
from surveyor.core.responses import COMPLETE, RepeatRow, Response, make_version, row_hash, saved
from surveyor.core.store import Head, Store, restore

NFD = unicodedata.normalize("NFD", "Làng gốm Bát Tràng")


def make_response(uuid: str = "u1", form_id: str = "lang_nghe", **answers) -> Response:
    return Response(uuid=uuid, form_id=form_id, form_version="2026.1", inspector="Lê Văn An",
                    device="dev-1", created_at="2026-03-01T08:00:00",
                    answers=answers or {"ten": "Bát Tràng"})


def stored(uuid: str = "u1", **answers) -> Response:
    """A state as an import brings it: version set, ready for put_states."""
    return saved(make_response(uuid, **answers), at="2026-03-01T08:00:00")


def dump(path: Path) -> dict[str, list[tuple]]:
    """Every committed row of every table, read through a connection of its own."""
    with closing(sqlite3.connect(path)) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in tables}


# -- round trips ----------------------------------------------------------------------------

ODD = Response(
    uuid="8f0c2a9e-odd", form_id="cho_truyen_thong", form_version="2026.1", status=COMPLETE,
    inspector=NFD, device="máy-2", created_at="2026-03-01T08:00:00",
    updated_at="2026-03-02T09:30:00",
    answers={"ten_cho": NFD, "dien_thoai": "0912345678", "ma_so_thue": "0100109106",
             "ghi_chu": "=1+1", "dong": "dòng 1\r\ndòng 2", "so_ho": 0, "lon": 2**62,
             "ty_le": 0.1 + 0.2, "mot": 1.0, "nho": 1e-300, "am": -0.0, "trong": None,
             "rong": "", "loai": "nilon giay"},
    repeats=(RepeatRow("nguyen_lieu", 1, {"ten": "Đất sét", "tan": 12.5}),
             RepeatRow("nguyen_lieu", 2, {"ten": "+84 men", "tan": None}),
             RepeatRow("lo_nung", 1, {"nhien_lieu": "@gas"}, parent_index=(2,))),
    version="3-0123456789abcdef0123", history=("2-aaaa", "1-bbbb"),
    deleted=True, edited_outside=True)


def test_a_response_with_odd_values_round_trips_exactly(store):
    store.put_states([ODD], who="nhập", import_id=None)
    back = store.get(ODD.uuid)
    assert back == ODD
    assert [type(v) for v in back.answers.values()] == [type(v) for v in ODD.answers.values()]
    assert back.answers["ten_cho"] == NFD != unicodedata.normalize("NFC", NFD)
    assert store.get_many([ODD.uuid]) == {ODD.uuid: ODD}
    assert list(store.responses(include_deleted=True)) == [ODD]
    assert store.state(ODD.uuid, ODD.version) == ODD


def test_missing_uuids_are_absent_from_get_many_across_chunks(store):
    states = [stored(f"u{i:04d}", ten=f"cơ sở {i}") for i in range(2000)]
    store.put_states(states, who="x", import_id=None)
    asked = [s.uuid for s in states[::2]] + ["nope-1", "nope-2"] + [states[0].uuid]
    found = store.get_many(asked)
    assert sorted(found) == sorted(s.uuid for s in states[::2])
    assert found["u1998"] == states[1998]


def test_a_new_store_file_has_8k_pages(store):
    assert store.conn.execute("PRAGMA page_size").fetchone() == (8192,)


# -- local saves ----------------------------------------------------------------------------

def test_first_save_makes_version_one_and_a_created_row(store):
    first = store.save(make_response(), who="An")
    assert first.version.startswith("1-") and first.history == ()
    assert store.get("u1") == first
    (row,) = store.audit("u1")
    assert (row.who, row.field, row.old, row.new, row.import_id) == (
        "An", "_created", None, first.version, None)


def test_save_adds_a_version_with_history_and_one_audit_row_per_changed_field(store):
    first = store.save(replace(make_response(), repeats=(
        RepeatRow("nguyen_lieu", 1, {"ten": "Đất", "tan": 3}),
        RepeatRow("nguyen_lieu", 2, {"ten": "Men", "tan": 1}))), who="An")
    edit = replace(first, status=COMPLETE, answers={"ten": "Bát Tràng", "so_lao_dong": 7},
                   repeats=(first.repeats[0], RepeatRow("nguyen_lieu", 2, {"ten": "Củi", "tan": 1})))
    second = store.save(edit, who="Bình")
    assert second.version.startswith("2-") and second.history == (first.version,)
    assert store.get("u1") == second
    assert store.state("u1", first.version) == first
    changes = {(r.field, r.old, r.new) for r in store.audit("u1")[1:]}
    assert changes == {("_status", "draft", "complete"), ("so_lao_dong", None, "7"),
                       ("nguyen_lieu[2]/ten", "Men", "Củi")}
    assert {r.who for r in store.audit("u1")[1:]} == {"Bình"}


def test_saving_unchanged_content_writes_nothing(store, tmp_path):
    first = store.save(make_response(so_ho=12, ten="Bát Tràng"), who="An")
    before = dump(tmp_path / "surveyor.sqlite")
    same = replace(first, answers={"ten": unicodedata.normalize("NFD", "Bát Tràng"), "so_ho": 12.0})
    assert store.save(same, who="Bình") == first
    assert dump(tmp_path / "surveyor.sqlite") == before


def test_delete_is_a_new_version_hidden_from_listing(store):
    store.save(make_response("u1"), who="An")
    store.save(make_response("u2"), who="An")
    gone = store.delete("u1", who="An")
    assert gone.deleted and gone.version.startswith("2-")
    assert [r.uuid for r in store.responses()] == ["u2"] and store.count() == 1
    assert [r.uuid for r in store.responses(include_deleted=True)] == ["u1", "u2"]
    assert store.audit("u1")[-1].field == "_deleted"
    with pytest.raises(SurveyError) as caught:
        store.delete("nobody", who="An")
    assert caught.value.problem is Problem.NO_SUCH_RESPONSE


def test_every_state_carries_its_seal(store):
    first = store.save(make_response(), who="An")
    assert first.seal == row_hash(first) and store.get("u1").seal == first.seal
    unsealed = replace(stored("u2"), seal="")
    store.put_states([unsealed], who="x", import_id=None)
    assert store.get("u2").seal == row_hash(unsealed) != ""
    other = replace(saved(make_response("u1", ten="Khác")), seal="")
    store.keep_states([other], import_id=None)
    assert store.state("u1", other.version).seal == row_hash(other)


def test_each_state_is_stored_once(store):
    a = store.save(make_response("a", ten="A1"), who="An")
    a2 = store.save(replace(a, answers={"ten": "A2"}), who="An")
    a3 = _next(a2, ten="A3")
    _import(store, "w", put=[[a3, stored("n")]])
    kept = store.conn.execute("SELECT uuid, version FROM versions").fetchall()
    assert kept == [("a", a.version)]         # a2: in the import's record; a3 and n: current
    assert (store.state("a", a.version), store.state("a", a2.version)) == (a, a2)
    assert store.state("a", a3.version) == a3 and store.get("a") == a3
    assert store.knows("a", a2.version) and store.knows("n", stored("n").version)
    assert not store.knows("a", "9-nothing") and store.state("a", "9-nothing") is None


def test_heads_hold_what_planning_needs(store):
    a = store.save(make_response("a"), who="An")
    a2 = store.save(replace(a, answers={"ten": "Mới"}), who="An")
    heads = store.heads(["a", "missing", "a"])
    assert heads == {"a": Head("a", "lang_nghe", a2.version, f'["{a.version}"]')}
    assert heads["a"].history == a2.history


def test_answers_of_reads_a_few_answers_of_each_response(store):
    store.save(make_response("a", ten="Bát Tràng", so_ho=3), who="An")
    store.save(make_response("b", ten="Phù Lãng"), who="An")
    store.delete("b", who="An")
    store.save(make_response("c", form_id="cho"), who="An")
    rows = list(store.answers_of("lang_nghe", ["so_ho", "ten"]))
    assert rows == [("a", 0, 3, "Bát Tràng"), ("b", 1, None, "Phù Lãng")]


def test_put_states_given_the_current_states_writes_what_it_reads_itself(tmp_path):
    written = []
    for name in ("reads.sqlite", "given.sqlite"):
        with Store(tmp_path / name) as store:
            a = store.save(make_response("a", ten="Cũ", so_ho=3), who="An")
            states = [_next(a, ten="Mới"), stored("n")]
            current = store.get_many(["a"]) if name == "given.sqlite" else None
            with store.transaction():
                import_id = store.begin_import("w", "w" * 64, who="x")
                store.put_states(states, who="x", import_id=import_id, current=current)
            written.append(([(r.uuid, r.field, r.old, r.new) for r in store.audit()],
                            dump(tmp_path / name)["import_changes"],
                            list(store.responses())))
    assert written[0] == written[1]


def test_commit_so_far_keeps_the_part_before_it(store):
    with pytest.raises(RuntimeError, match="stop"), store.transaction():
        store.save(make_response("kept"), who="An")
        store.commit_so_far()
        store.save(make_response("dropped"), who="An")
        raise RuntimeError("stop")
    assert store.get("kept") is not None and store.get("dropped") is None
    with pytest.raises(RuntimeError, match="outermost"):
        store.commit_so_far()
    with pytest.raises(RuntimeError, match="outermost"), store.transaction(), \
            store.transaction():
        store.commit_so_far()


# -- the file and its transactions ----------------------------------------------------------

def test_the_store_file_is_in_wal_mode(store, tmp_path):
    with closing(sqlite3.connect(tmp_path / "surveyor.sqlite")) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_an_error_inside_a_transaction_leaves_the_store_as_it_was(store, tmp_path):
    store.save(make_response("u1"), who="An")
    before = dump(tmp_path / "surveyor.sqlite")
    with pytest.raises(RuntimeError), store.transaction():
        store.save(make_response("u1", ten="Sửa"), who="An")
        store.put_states([stored("u2")], who="An", import_id=store.begin_import(
            "a.xlsx", "f" * 64, who="An"))
        store.set_setting("inspector", "Bình")
        raise RuntimeError("cancelled halfway")
    assert dump(tmp_path / "surveyor.sqlite") == before
    assert store.get("u1").answers == {"ten": "Bát Tràng"}


def test_nested_transactions_join_the_outer_one(store):
    with pytest.raises(RuntimeError), store.transaction():
        with store.transaction():
            store.save(make_response("inner"), who="An")
        raise RuntimeError
    assert store.get("inner") is None
    with store.transaction():
        store.save(make_response("kept"), who="An")
        with pytest.raises(RuntimeError), store.transaction():
            store.save(make_response("dropped"), who="An")
            raise RuntimeError
    assert store.get("kept") is not None and store.get("dropped") is None


def test_a_second_connection_sees_only_committed_writes(store, tmp_path):
    with Store(tmp_path / "surveyor.sqlite") as reader:
        with store.transaction():
            store.save(make_response("u1"), who="An")
            assert reader.get("u1") is None
        assert reader.get("u1") == store.get("u1")


# -- reading --------------------------------------------------------------------------------

def test_responses_are_ordered_by_form_then_created_and_filtered_by_since(store):
    for uuid, form, created, updated in [("a", "sieu_thi", "2026-01-03", "2026-02-01"),
                                         ("b", "cho", "2026-01-02", "2026-01-05"),
                                         ("c", "cho", "2026-01-01", "2026-03-01")]:
        store.put_states([replace(stored(uuid), form_id=form, created_at=created,
                                  updated_at=updated)], who="x", import_id=None)
    assert [r.uuid for r in store.responses()] == ["c", "b", "a"]
    assert [r.uuid for r in store.responses("cho")] == ["c", "b"]
    assert [r.uuid for r in store.responses(since="2026-02-01")] == ["c", "a"]
    assert store.count("cho") == 2


def test_responses_are_streamed_not_loaded_at_once(store):
    answers = {f"q{i}": f"câu trả lời số {i}" for i in range(20)}
    states = [replace(stored(f"u{i:05d}"), answers=answers, created_at=f"2026-01-01T{i:08d}")
              for i in range(5000)]
    store.put_states(states, who="x", import_id=None)
    stream = store.responses()
    assert isinstance(stream, types.GeneratorType)
    tracemalloc.start()
    uuids = [r.uuid for r in stream]
    streamed_peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.reset_peak()
    everything = list(store.responses())
    listed_peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert uuids == [s.uuid for s in states] and len(everything) == 5000
    assert streamed_peak < listed_peak / 10


# -- merge primitives and undo --------------------------------------------------------------

def _import(store: Store, name: str, put=(), keep=(), conflicts=()) -> int:
    with store.transaction():
        import_id = store.begin_import(name, name * 8, who="Phường 1")
        for batch in put:
            store.put_states(batch, who="Phường 1", import_id=import_id)
        store.keep_states(list(keep), import_id=import_id)
        for uuid, local, incoming in conflicts:
            store.open_conflict(uuid, local, incoming, import_id=import_id)
        store.finish_import(import_id, {"new": 1})
    return import_id


def _next(state: Response, **answers) -> Response:
    return saved(replace(state, answers={**state.answers, **answers}), state)


def test_put_states_audits_changed_fields_under_the_import(store):
    a = store.save(make_response("a", ten="Cũ", so_ho=3), who="An")
    a2 = _next(a, ten="Mới")
    import_id = _import(store, "w", put=[[a2, stored("d")]])
    assert store.get("a") == a2 and store.state("a", a.version) == a
    rows = [(r.uuid, r.field, r.old, r.new, r.import_id) for r in store.audit() if r.import_id]
    assert rows == [("a", "ten", "Cũ", "Mới", import_id),
                    ("d", "_created", None, stored("d").version, import_id)]


def test_putting_the_current_state_again_changes_nothing(store, tmp_path):
    state = stored("a")
    store.put_states([state], who="x", import_id=None)
    before = dump(tmp_path / "surveyor.sqlite")
    store.put_states([state], who="x", import_id=None)
    assert dump(tmp_path / "surveyor.sqlite") == before


def test_undo_import_restores_the_store_row_by_row(store, tmp_path):
    a = store.save(make_response("a", ten="A"), who="An")
    b = store.save(make_response("b", ten="B"), who="An")
    _import(store, "earlier", put=[[stored("c")]])
    before = dump(tmp_path / "surveyor.sqlite")

    a2 = _next(a, ten="A2")
    b_other = saved(replace(b, answers={"ten": "B ở máy khác"}), b)
    undone = _import(store, "later", put=[[a2, stored("d")], [_next(a2, ten="A3")]],
                     keep=[b_other], conflicts=[("b", b.version, b_other.version)])
    assert store.get("a").answers["ten"] == "A3" and len(store.conflicts()) == 1
    store.undo_import(undone, who="Quận")

    after = dump(tmp_path / "surveyor.sqlite")
    for table in ("responses", "versions", "conflicts", "settings"):
        assert after[table] == before[table], table
    assert after["audit"][:len(before["audit"])] == before["audit"]
    assert [r[:6] for r in after["imports"]] == [r[:6] for r in before["imports"]] + [
        (undone, "later", "later" * 8, after["imports"][-1][3], "Phường 1", '{"new":1}')]
    assert [r.undone for r in store.imports()] == [True, False]
    undo_rows = {(r.uuid, r.field, r.old, r.new) for r in store.audit() if r.note.startswith("undo")}
    assert undo_rows == {("a", "ten", "A3", "A"), ("d", "_removed", stored("d").version, None)}
    assert store.audit()[-1].field == "_undo_import"


def test_undoing_twice_or_an_unknown_import_is_refused(store):
    import_id = _import(store, "w", put=[[stored("a")]])
    store.undo_import(import_id, who="x")
    for wrong, problem in [(import_id, Problem.IMPORT_ALREADY_UNDONE),
                           (999, Problem.NO_SUCH_IMPORT)]:
        with pytest.raises(SurveyError) as caught:
            store.undo_import(wrong, who="x")
        assert caught.value.problem is problem and caught.value.context["id"] == wrong


def test_an_import_built_upon_by_a_later_one_is_undone_only_after_it(store):
    a = stored("a")
    first = _import(store, "first", put=[[a]])
    second = _import(store, "second", put=[[_next(a, ten="sau")]])
    with pytest.raises(SurveyError) as caught:
        store.undo_import(first, who="x")
    assert caught.value.problem is Problem.IMPORT_BUILT_UPON
    assert f"import {second} (second)" in caught.value.message()
    store.undo_import(second, who="x")
    store.undo_import(first, who="x")
    assert store.get("a") is None and store.count() == 0


def test_a_later_conflict_on_an_imported_response_also_blocks_the_undo(store):
    a = stored("a")
    first = _import(store, "first", put=[[a]])
    other = saved(replace(a, answers={"ten": "khác"}), None)
    second = _import(store, "second", keep=[other], conflicts=[("a", a.version, other.version)])
    with pytest.raises(SurveyError) as caught:
        store.undo_import(first, who="x")
    assert f"undo import {second} first" in caught.value.message()
    store.undo_import(second, who="x")
    assert store.conflicts() == [] and store.state("a", other.version) is None
    store.undo_import(first, who="x")
    assert store.get("a") is None


def test_an_import_whose_response_was_edited_here_since_is_not_undone(store):
    import_id = _import(store, "w", put=[[stored("a")]])
    store.save(replace(store.get("a"), answers={"ten": "sửa tay"}), who="An")
    with pytest.raises(SurveyError) as caught:
        store.undo_import(import_id, who="x")
    assert caught.value.problem is Problem.IMPORT_BUILT_UPON
    assert store.get("a").answers == {"ten": "sửa tay"}


def test_find_import_prefers_the_one_not_undone(store):
    first = _import(store, "w", put=[[stored("a")]])
    store.undo_import(first, who="x")
    assert store.find_import("w" * 8).id == first
    second = _import(store, "w", put=[[stored("a")]])
    assert store.find_import("w" * 8).id == second and store.find_import("zz") is None
    assert [r.id for r in store.imports()] == [second, first]
    assert store.imports()[0].counts == {"new": 1}


# -- conflicts ------------------------------------------------------------------------------

def _conflict(store: Store) -> tuple[int, Response, Response, int]:
    base = store.save(make_response("a", ten="Gốc", so_ho=1), who="An")
    local = store.save(replace(base, answers={"ten": "Ở đây", "so_ho": 1}), who="An")
    incoming = saved(replace(base, answers={"ten": "Gốc", "so_ho": 9}), base)
    with store.transaction():
        import_id = store.begin_import("w", "w" * 64, who="x")
        store.keep_states([incoming], import_id=import_id)
        conflict_id = store.open_conflict("a", local.version, incoming.version,
                                          import_id=import_id)
    return conflict_id, local, incoming, import_id


def test_a_conflict_is_opened_once_and_resolved_into_a_merge_of_both(store):
    conflict_id, local, incoming, import_id = _conflict(store)
    assert store.open_conflict("a", local.version, incoming.version,
                               import_id=import_id) == conflict_id
    assert store.get("a") == local and store.state("a", incoming.version) == incoming
    merged = store.resolve_conflict(conflict_id, replace(local, answers={"ten": "Ở đây",
                                                                         "so_ho": 9}), who="Bình")
    assert store.get("a") == merged and merged.version.startswith("3-")
    assert {local.version, incoming.version} <= set(merged.history)
    assert store.conflicts() == [] and store.conflicts(open_only=False)[0].resolved_version \
        == merged.version
    assert store.audit("a")[-1].field == "so_ho" and store.audit("a")[-1].who == "Bình"
    with pytest.raises(SurveyError) as caught:
        store.resolve_conflict(conflict_id, merged, who="Bình")
    assert caught.value.problem is Problem.CONFLICT_NOT_OPEN
    with pytest.raises(SurveyError) as caught:
        store.undo_import(import_id, who="x")
    assert caught.value.problem is Problem.IMPORT_BUILT_UPON


def test_the_same_resolution_on_either_side_gets_the_same_version(tmp_path):
    versions = []
    for side in ("one", "two"):
        with Store(tmp_path / f"{side}.sqlite") as store:
            base = stored("a", ten="Gốc")
            mine = saved(replace(base, answers={"ten": "Một"}), base)
            theirs = saved(replace(base, answers={"ten": "Hai"}), base)
            local, incoming = (mine, theirs) if side == "one" else (theirs, mine)
            store.put_states([base, local], who="x", import_id=None)
            store.keep_states([incoming], import_id=None)
            conflict_id = store.open_conflict("a", local.version, incoming.version,
                                              import_id=None)
            versions.append(store.resolve_conflict(
                conflict_id, replace(local, answers={"ten": "Ba"}), who="x").version)
    assert versions[0] == versions[1]


# -- settings and backups -------------------------------------------------------------------

def test_settings_and_the_device_id_stay_with_the_file(tmp_path):
    with Store(tmp_path / "s.sqlite") as store:
        device = store.device_id()
        store.set_setting("inspector", "Nguyễn Thị Hoa")
        assert store.device_id() == device and store.setting("unit", "—") == "—"
    with Store(tmp_path / "s.sqlite") as store:
        assert store.device_id() == device and store.setting("inspector") == "Nguyễn Thị Hoa"


def test_a_backup_holds_only_committed_data_and_can_be_restored(tmp_path):
    path = tmp_path / "surveyor.sqlite"
    with Store(path) as store:
        store.save(make_response("kept"), who="An")
        with store.transaction():
            store.save(make_response("pending"), who="An")
            backup = store.backup("Trước khi nhập!")
        later = store.backup("second")
        store.save(make_response("after"), who="An")
        assert store.backups() == [later, backup]
    assert backup.parent == tmp_path / "backups" and backup.name.startswith("surveyor-2")
    assert not Path(f"{backup}-wal").exists()
    restore(path, backup)
    with Store(path) as store:
        assert [r.uuid for r in store.responses()] == ["kept"]
        before_restore = store.backups()[0]
        assert "before-restore" in before_restore.name
    with closing(sqlite3.connect(before_restore)) as old:
        assert {r[0] for r in old.execute("SELECT uuid FROM responses")} == {
            "kept", "pending", "after"}


def test_restoring_a_missing_or_broken_backup_changes_nothing(tmp_path):
    path = tmp_path / "surveyor.sqlite"
    with Store(path) as store:
        store.save(make_response("kept"), who="An")
    before = dump(path)
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"not a database at all" * 200)
    for backup, problem in [(tmp_path / "nope.sqlite", Problem.NO_SUCH_BACKUP),
                            (broken, Problem.STORE_UNREADABLE)]:
        with pytest.raises(SurveyError) as caught:
            restore(path, backup)
        assert caught.value.problem is problem
    assert dump(path) == before and not (tmp_path / "backups").exists()


# -- bulk speed (printed, not asserted) -----------------------------------------------------

def test_bulk_put_states_of_50k_small_responses(store, capsys):
    states = [Response(uuid=f"u{i:06d}", form_id="cho", form_version="1",
                       created_at="2026-01-01T00:00:00", updated_at="2026-01-01T00:00:00",
                       answers={"ten": f"Hộ {i}", "so_tui": i % 40, "ty_le": i / 7},
                       version=make_version(None, str(i))) for i in range(50_000)]
    started = time.perf_counter()
    with store.transaction():
        import_id = store.begin_import("lon.xlsx", "b" * 64, who="x")
        store.put_states(states, who="x", import_id=import_id)
    put = time.perf_counter() - started
    started = time.perf_counter()
    found = store.get_many(s.uuid for s in states)
    got = time.perf_counter() - started
    with capsys.disabled():
        print(f"\nput_states 50k: {put:.2f} s; get_many 50k: {got:.2f} s")
    assert store.count() == 50_000 and found["u049999"] == states[-1]
