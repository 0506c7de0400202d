"""The three-way merge: a conflict whose sides changed different fields since their common
ancestor merges by itself at import; bulk choices over many conflicts."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from surveyor.core.forms.xlsform import form_from_markdown
from surveyor.core.responses import Response, new_uuid
from surveyor.core.store import Store
from surveyor.core.sync.conflicts import (
    INCOMING,
    LOCAL,
    bulk_picks,
    conflict_view,
    one_sided,
    resolve,
    resolve_many,
)
from surveyor.core.sync.export import export_workbook
from surveyor.core.sync.merge import import_workbooks
from tests.test_conflicts import FORMS, rows


def export(store: Store, path: Path) -> Path:
    export_workbook(store, path, FORMS, who="test")
    return path


def edit(store: Store, uuid: str, who: str, repeats=None, **answers) -> Response:
    state = store.get(uuid)
    return store.save(replace(state, answers={**state.answers, **answers},
                              repeats=state.repeats if repeats is None else repeats), who=who)


@pytest.fixture
def two(tmp_path: Path):
    """Inspector store `a` and office store `b` holding the same response (the common base)."""
    with Store(tmp_path / "a.sqlite") as a, Store(tmp_path / "b.sqlite") as b:
        base = a.save(Response(
            uuid=new_uuid(), form_id="co_so", form_version="2025.1", inspector="Nguyễn Văn An",
            answers={"ten_co_so": "Gốm Minh Long", "so_lao_dong": 12, "dien_nang": 1520.5},
            repeats=rows(("Đất sét", 3.5), ("Men", 0.25))), who="an")
        import_workbooks(b, [export(a, tmp_path / "base.xlsx")], FORMS, who="office")
        yield a, b, base


def test_the_rule_for_one_field():
    assert one_sided("x", "x", "y") == INCOMING
    assert one_sided("x", "y", "x") == LOCAL
    assert one_sided("x", "y", "z") is None          # both changed it: a person decides
    assert one_sided("x", "y", "y") is None          # the same change on both sides
    assert one_sided(None, None, "y") == INCOMING    # filled on one side only


def test_changes_to_different_fields_merge_by_themselves(two, tmp_path):
    a, b, base = two
    theirs = edit(a, base.uuid, "an", ten_co_so="Gốm sứ Minh Long",
                  repeats=rows(("Đất sét", 3.5), ("Men", 0.5), ("Củi", 2)))
    ours = edit(b, base.uuid, "binh", dien_nang=1600)
    report = import_workbooks(b, [export(a, tmp_path / "theirs.xlsx")], FORMS, who="office")
    assert report.counts["merged"] == 1 and report.counts["conflicts"] == 0
    assert sum(report.counts[k] for k in ("new", "updated", "merged", "unchanged", "stale",
                                          "conflicts")) == 1
    assert b.conflicts() == []
    now = b.get(base.uuid)
    assert now.answers == {"ten_co_so": "Gốm sứ Minh Long", "so_lao_dong": 12, "dien_nang": 1600}
    assert [(r.index, r.answers) for r in now.repeats] == [
        (1, {"ten_nl": "Đất sét", "so_luong": 3.5}), (2, {"ten_nl": "Men", "so_luong": 0.5}),
        (3, {"ten_nl": "Củi", "so_luong": 2})]
    assert {theirs.version, ours.version} <= set(now.history)
    [note] = report.merged
    assert note.version == now.version and note.local_version == ours.version
    assert set(note.taken) == {"ten_co_so", "nguyen_lieu[2]/so_luong", "nguyen_lieu[3]/ten_nl",
                               "nguyen_lieu[3]/so_luong"}
    assert report.as_json()["details"]["merged"][0]["uuid"] == base.uuid


def test_the_merged_state_travels_on_without_raising_anything_again(two, tmp_path):
    a, b, base = two
    edit(a, base.uuid, "an", ten_co_so="Gốm sứ Minh Long")
    edit(b, base.uuid, "binh", dien_nang=1600)
    theirs = export(a, tmp_path / "theirs.xlsx")
    import_workbooks(b, [theirs], FORMS, who="office")
    again = import_workbooks(b, [theirs], FORMS, who="office")
    assert again.counts["stale"] == 1 and again.counts["merged"] == 0   # merged descends from it
    back = import_workbooks(a, [export(b, tmp_path / "merged.xlsx")], FORMS, who="an")
    assert back.counts["updated"] == 1 and back.counts["conflicts"] == 0
    assert a.get(base.uuid).version == b.get(base.uuid).version


def test_two_offices_merging_the_same_pair_reach_the_same_version(two, tmp_path):
    a, b, base = two
    with Store(tmp_path / "c.sqlite") as c:
        import_workbooks(c, [tmp_path / "base.xlsx"], FORMS, who="office 2")
        edit(a, base.uuid, "an", ten_co_so="Gốm sứ Minh Long")
        edit(b, base.uuid, "binh", dien_nang=1600)
        import_workbooks(c, [export(b, tmp_path / "ours.xlsx")], FORMS, who="office 2")
        theirs = export(a, tmp_path / "theirs.xlsx")
        import_workbooks(b, [theirs], FORMS, who="office")
        import_workbooks(c, [theirs], FORMS, who="office 2")
        assert c.get(base.uuid).version == b.get(base.uuid).version


def test_the_same_field_changed_on_both_sides_stays_a_conflict(two, tmp_path):
    a, b, base = two
    edit(a, base.uuid, "an", so_lao_dong=40, ten_co_so="Gốm sứ Minh Long")
    edit(b, base.uuid, "binh", so_lao_dong=41)
    report = import_workbooks(b, [export(a, tmp_path / "theirs.xlsx")], FORMS, who="office")
    assert report.counts["conflicts"] == 1 and report.counts["merged"] == 0
    view = conflict_view(b, b.conflicts()[0].id, FORMS)
    suggested = {r.field: r.suggested for r in view.differing}
    assert suggested == {"ten_co_so": INCOMING, "so_lao_dong": None}


def test_a_deletion_on_one_side_against_an_edit_on_the_other_is_for_a_person(two, tmp_path):
    a, b, base = two
    edit(a, base.uuid, "an", so_lao_dong=3)
    b.delete(base.uuid, who="binh")
    report = import_workbooks(b, [export(a, tmp_path / "theirs.xlsx")], FORMS, who="office")
    assert report.counts["conflicts"] == 1 and report.counts["merged"] == 0


def test_a_status_changed_on_one_side_merges_with_its_answers(two, tmp_path):
    a, b, base = two
    a.save(replace(a.get(base.uuid), status="complete",
                   answers={**base.answers, "so_lao_dong": 3}), who="an")
    edit(b, base.uuid, "binh", dien_nang=9)
    report = import_workbooks(b, [export(a, tmp_path / "theirs.xlsx")], FORMS, who="office")
    assert report.counts["merged"] == 1
    now = b.get(base.uuid)
    assert now.status == "complete" and now.answers["so_lao_dong"] == 3
    assert now.answers["dien_nang"] == 9


def test_a_dry_run_counts_the_merge_and_writes_nothing(two, tmp_path):
    a, b, base = two
    edit(a, base.uuid, "an", ten_co_so="Gốm sứ Minh Long")
    ours = edit(b, base.uuid, "binh", dien_nang=1600)
    report = import_workbooks(b, [export(a, tmp_path / "theirs.xlsx")], FORMS, who="office",
                              dry_run=True)
    assert report.counts["merged"] == 1
    assert b.get(base.uuid).version == ours.version and len(b.imports()) == 1


def test_undoing_the_import_undoes_the_merge(two, tmp_path):
    a, b, base = two
    theirs = edit(a, base.uuid, "an", ten_co_so="Gốm sứ Minh Long")
    ours = edit(b, base.uuid, "binh", dien_nang=1600)
    book = export(a, tmp_path / "theirs.xlsx")
    report = import_workbooks(b, [book], FORMS, who="office")
    b.undo_import(report.files[0].import_id, who="office")
    assert b.get(base.uuid).version == ours.version
    assert not b.knows(base.uuid, theirs.version)
    again = import_workbooks(b, [book], FORMS, who="office")
    assert again.counts["merged"] == 1


def test_bulk_picks_keep_one_sided_changes_and_can_prefer_filled_values(two, tmp_path):
    a, b, base = two
    edit(a, base.uuid, "an", so_lao_dong=40, ten_co_so="Gốm sứ Minh Long", dien_nang=None)
    edit(b, base.uuid, "binh", so_lao_dong=41, dien_nang=1700)
    import_workbooks(b, [export(a, tmp_path / "theirs.xlsx")], FORMS, who="office")
    view = conflict_view(b, b.conflicts()[0].id, FORMS)
    assert bulk_picks(view, LOCAL) == {"ten_co_so": INCOMING}
    assert bulk_picks(view, INCOMING) == {}
    assert bulk_picks(view, INCOMING, prefer_filled=True) == {"dien_nang": LOCAL}


def test_resolve_many_closes_every_conflict_in_one_go(tmp_path):
    with Store(tmp_path / "a.sqlite") as a, Store(tmp_path / "b.sqlite") as b:
        made = [a.save(Response(uuid=new_uuid(), form_id="co_so", form_version="2025.1",
                                answers={"ten_co_so": f"Cơ sở {i}", "so_lao_dong": i}), who="an")
                for i in range(3)]
        import_workbooks(b, [export(a, tmp_path / "base.xlsx")], FORMS, who="office")
        for state in made:
            edit(a, state.uuid, "an", so_lao_dong=100)
            edit(b, state.uuid, "binh", so_lao_dong=200, dien_nang=5.5)
        theirs = export(a, tmp_path / "theirs.xlsx")
        import_workbooks(b, [theirs], FORMS, who="office")
        ids = [c.id for c in b.conflicts()]
        assert len(ids) == 3
        resolved = resolve_many(b, ids, take=INCOMING, who="office")
        assert b.conflicts() == []
        assert [r.answers["so_lao_dong"] for r in resolved] == [100] * 3
        assert {r.answers.get("dien_nang") for r in resolved} == {5.5}   # one-sided: kept
        again = import_workbooks(b, [theirs], FORMS, who="office")
        assert again.counts["stale"] == 3


CALC = form_from_markdown("""
| survey |
|        | type      | name | label | calculation   |
|        | integer   | a    | A     |               |
|        | integer   | b    | B     |               |
|        | calculate | tong |       | ${a} + ${b}   |
| settings |
|          | form_id | version |
|          | tinh    | 1       |
""")


def test_a_resolution_works_its_calculations_out_again_from_the_picked_answers(tmp_path):
    forms = {(CALC.form_id, CALC.version): CALC}

    def save(store: Store, state: Response, **answers) -> Response:
        return store.save(replace(state, answers={**state.answers, **answers}), who="x")

    with Store(tmp_path / "a.sqlite") as a, Store(tmp_path / "b.sqlite") as b:
        base = a.save(Response(uuid=new_uuid(), form_id="tinh", form_version="1",
                               answers={"a": 1, "b": 1, "tong": 2}), who="an")
        book = tmp_path / "base.xlsx"
        export_workbook(a, book, forms, who="t")
        import_workbooks(b, [book], forms, who="office")
        save(a, a.get(base.uuid), a=7, b=3, tong=10)
        save(b, b.get(base.uuid), a=5, tong=6)
        export_workbook(a, tmp_path / "theirs.xlsx", forms, who="t")
        import_workbooks(b, [tmp_path / "theirs.xlsx"], forms, who="office")
        [conflict] = b.conflicts()
        state = resolve(b, conflict.id, {"b": INCOMING}, take=LOCAL, who="office",
                        forms=forms)
        assert state.answers == {"a": 5, "b": 3, "tong": 8}
