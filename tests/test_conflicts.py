"""Conflicts resolved field by field: the view of both sides, the merged state, refusals."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from surveyor.core.errors import Problem, SurveyError
from surveyor.core.forms.xlsform import form_from_markdown
from surveyor.core.responses import RepeatRow, Response, new_uuid
from surveyor.core.store import Store
from surveyor.core.sync.conflicts import conflict_view, resolve
from surveyor.core.sync.export import export_workbook
from surveyor.core.sync.merge import import_workbooks

FORM = form_from_markdown("""
| survey |
|        | type         | name        | label::Tiếng Việt (vi) |
|        | text         | ten_co_so   | Tên cơ sở              |
|        | integer      | so_lao_dong | Số lao động            |
|        | begin_repeat | nguyen_lieu | Nguyên liệu            |
|        | text         | ten_nl      | Tên nguyên liệu        |
|        | decimal      | so_luong    | Số lượng               |
|        | end_repeat   |             |                        |
|        | decimal      | dien_nang   | Điện năng (kWh)        |
| settings |
|          | form_id | version |
|          | co_so   | 2025.1  |
""")
FORMS = {(FORM.form_id, FORM.version): FORM}


def rows(*materials: tuple[str, float]) -> tuple[RepeatRow, ...]:
    return tuple(RepeatRow("nguyen_lieu", i, {"ten_nl": name, "so_luong": qty})
                 for i, (name, qty) in enumerate(materials, 1))


def edited(state: Response, *, inspector: str, repeats=None, **answers) -> Response:
    return replace(state, inspector=inspector, answers={**state.answers, **answers},
                   repeats=state.repeats if repeats is None else repeats)


@pytest.fixture
def conflict(tmp_path: Path):
    """Office store b and the workbook of inspector a, which conflicts with b's own edit."""
    with Store(tmp_path / "a.sqlite") as a, Store(tmp_path / "b.sqlite") as b:
        common = a.save(Response(
            uuid=new_uuid(), form_id="co_so", form_version="2025.1", inspector="Nguyễn Văn An",
            answers={"ten_co_so": "Gốm Minh Long", "so_lao_dong": 12, "dien_nang": 1520.5},
            repeats=rows(("Đất sét", 3.5), ("Men", 0.25))), who="an")
        import_workbooks(b, [export(a, tmp_path / "common.xlsx")], FORMS, who="office")
        a.save(edited(common, inspector="Nguyễn Văn An", ten_co_so="Gốm sứ Minh Long",
                      so_lao_dong=40, repeats=rows(("Đất sét", 3.5), ("Men", 0.5),
                                                   ("Củi", 2))), who="an")
        b.save(edited(b.get(common.uuid), inspector="Trần Thị Bình", so_lao_dong=41,
                      dien_nang=1600), who="binh")
        book = export(a, tmp_path / "theirs.xlsx")
        import_workbooks(b, [book], FORMS, who="office")
        [opened] = b.conflicts()
        yield b, opened.id, book


def export(store: Store, path: Path) -> Path:
    export_workbook(store, path, FORMS, who="test")
    return path


def dump(store: Store) -> dict[str, list]:
    con = sqlite3.connect(store.path)
    names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    found = {n: sorted(con.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}
    con.close()
    return found


def test_the_view_lists_exactly_the_differing_fields_in_form_order(conflict):
    store, conflict_id, _ = conflict
    view = conflict_view(store, conflict_id, FORMS)
    assert [(r.field, r.base, r.local, r.incoming) for r in view.differing] == [
        ("ten_co_so", "Gốm Minh Long", "Gốm Minh Long", "Gốm sứ Minh Long"),
        ("so_lao_dong", 12, 41, 40),
        ("nguyen_lieu[2]/so_luong", 0.25, 0.25, 0.5),
        ("nguyen_lieu[3]/ten_nl", None, None, "Củi"),
        ("nguyen_lieu[3]/so_luong", None, None, 2),
        ("dien_nang", 1520.5, 1600, 1520.5),
    ]
    assert [r.field for r in view.fields] == [
        "ten_co_so", "so_lao_dong", "nguyen_lieu[1]/ten_nl", "nguyen_lieu[1]/so_luong",
        "nguyen_lieu[2]/ten_nl", "nguyen_lieu[2]/so_luong", "nguyen_lieu[3]/ten_nl",
        "nguyen_lieu[3]/so_luong", "dien_nang"]
    assert (view.local.inspector, view.incoming.inspector) == ("Trần Thị Bình", "Nguyễn Văn An")
    assert view.base.version in view.local.history and view.base.version in view.incoming.history


def test_take_local_with_one_pick_gives_the_merged_answers(conflict):
    store, conflict_id, _ = conflict
    local = store.get(conflict_view(store, conflict_id).uuid)
    new = resolve(store, conflict_id, {"ten_co_so": "incoming"}, take="local", who="office")
    assert store.get(new.uuid) == new
    assert new.answers == {"ten_co_so": "Gốm sứ Minh Long", "so_lao_dong": 41, "dien_nang": 1600}
    assert new.repeats == local.repeats
    assert new.inspector == "Trần Thị Bình"


def test_a_repeat_row_of_one_side_comes_in_when_picked(conflict):
    store, conflict_id, _ = conflict
    new = resolve(store, conflict_id, {"nguyen_lieu[3]/ten_nl": "incoming"}, take="local",
                  who="office")
    assert [(r.index, dict(r.answers)) for r in new.repeats] == [
        (1, {"ten_nl": "Đất sét", "so_luong": 3.5}), (2, {"ten_nl": "Men", "so_luong": 0.25}),
        (3, {"ten_nl": "Củi"})]


def test_the_resolved_version_descends_from_both_sides_and_closes_the_conflict(conflict):
    store, conflict_id, _ = conflict
    view = conflict_view(store, conflict_id)
    new = resolve(store, conflict_id, take="incoming", who="office")
    assert {view.local.version, view.incoming.version} <= set(new.history)
    assert new.answers == view.incoming.answers and new.repeats == view.incoming.repeats
    assert store.conflicts() == []


def test_the_incoming_workbook_again_after_resolving_is_never_a_conflict(conflict):
    store, conflict_id, book = conflict
    resolve(store, conflict_id, {"so_lao_dong": "incoming"}, who="office")
    counts = import_workbooks(store, [book], FORMS, who="office").counts
    assert counts["conflicts"] == 0 and counts["stale"] + counts["unchanged"] == 1
    assert store.conflicts() == []


@pytest.mark.parametrize("picks, take, problem", [
    ({"ten_cơ_sở": "incoming"}, "local", Problem.CONFLICT_FIELD_UNKNOWN),
    ({"ten_co_so": "theirs"}, "local", Problem.CONFLICT_SIDE_UNKNOWN),
    ({}, "mine", Problem.CONFLICT_SIDE_UNKNOWN),
])
def test_an_unknown_field_or_side_is_refused_and_changes_nothing(conflict, picks, take, problem):
    store, conflict_id, _ = conflict
    before = dump(store)
    with pytest.raises(SurveyError) as refused:
        resolve(store, conflict_id, picks, take=take, who="office")
    assert refused.value.problem is problem
    assert dump(store) == before


def test_an_unknown_field_is_named_with_the_fields_that_differ(conflict):
    store, conflict_id, _ = conflict
    with pytest.raises(SurveyError, match=r"no field so_lao \(fields that differ: ten_co_so, "):
        resolve(store, conflict_id, {"so_lao": "local"}, who="office")


def test_a_resolved_or_unknown_conflict_is_refused(conflict):
    store, conflict_id, _ = conflict
    resolve(store, conflict_id, who="office")
    for known in (conflict_id, 99):
        with pytest.raises(SurveyError) as refused:
            conflict_view(store, known)
        assert refused.value.problem is Problem.CONFLICT_NOT_OPEN
