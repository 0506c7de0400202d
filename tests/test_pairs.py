"""Possible duplicates reviewed: the pairs a store holds, one pair side by side, a merge that
travels to the next level in the workbook, and a dismissal that is remembered."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

import openpyxl
import pytest

from surveyor.core import jobs
from surveyor.core.errors import Problem, SurveyError
from surveyor.core.forms.xlsform import form_from_markdown
from surveyor.core.responses import RepeatRow, Response, content, make_version, row_hash
from surveyor.core.store import Store
from surveyor.core.sync.duplicates import SAME_TAX_CODE
from surveyor.core.sync.pairs import (
    dismiss_duplicate,
    duplicate_pairs,
    duplicate_view,
    merge_duplicates,
)

FORM_ID = "co_so_san_xuat"


class Ward(NamedTuple):
    field: Path          # the inspector's store
    db: Path             # the ward office's store
    book: Path           # the inspector's workbook, imported at the ward


@pytest.fixture(scope="module")
def forms():
    return jobs.catalog().forms


@pytest.fixture
def ward(tmp_path: Path, forms) -> Ward:
    """An inspector's demo trip (40 responses; the demo surveys two establishments twice, under
    new uuids) exported and imported at a ward office."""
    field, db, book = tmp_path / "field.sqlite", tmp_path / "ward.sqlite", tmp_path / "trip.xlsx"
    jobs.demo(field, forms, responses=40, seed=3)
    jobs.export_file(field, book, forms)
    report = jobs.import_files(db, [book], forms)
    assert report.counts["new"] == 40 and report.counts["rejected"] == 0
    return Ward(field, db, book)


def pairs_of(db: Path, forms) -> set[frozenset[str]]:
    with Store(db) as store:
        return {frozenset((d.uuid, d.other)) for d in duplicate_pairs(store, forms)}


def responses_table(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return sorted(conn.execute("SELECT * FROM responses").fetchall())


def first_pair(db: Path, forms):
    with Store(db) as store:
        return duplicate_pairs(store, forms)[0]


def test_the_store_lists_the_pairs_its_import_flagged_each_once(ward, forms):
    report = jobs.import_files(ward.db, [ward.book], forms, dry_run=True)
    with Store(ward.db) as store:
        found = duplicate_pairs(store, forms)
    flagged = jobs.import_files(ward.db.with_name("other.sqlite"), [ward.book], forms)
    assert report.counts["possible_duplicates"] == 0            # nothing new the second time
    assert {frozenset((d.uuid, d.other)) for d in flagged.duplicates} == pairs_of(ward.db, forms)
    assert len(found) == len({frozenset((d.uuid, d.other)) for d in found}) >= 2
    assert {d.reason for d in found} == {SAME_TAX_CODE}
    with Store(ward.db) as store:
        assert all(store.get(d.uuid).answers["ma_so_thue"] == store.get(d.other).answers[
            "ma_so_thue"] for d in found)


def test_a_pair_side_by_side_names_the_first_as_local_and_the_second_as_incoming(ward, forms):
    pair = first_pair(ward.db, forms)
    with Store(ward.db) as store:
        view = duplicate_view(store, pair.uuid, pair.other, forms)
        first, second = store.get(pair.uuid), store.get(pair.other)
    assert (view.first, view.second, view.form_id, view.reason) == (first, second, FORM_ID,
                                                                  SAME_TAX_CODE)
    rows = {row.field: row for row in view.fields}
    assert rows["ma_so_thue"].local == rows["ma_so_thue"].incoming == first.answers["ma_so_thue"]
    assert rows["so_lao_dong"].local == first.answers["so_lao_dong"]
    assert rows["so_lao_dong"].incoming == second.answers["so_lao_dong"]
    assert {r.field for r in view.differing} == {
        k for k in {*first.answers, *second.answers}
        if first.answers.get(k) != second.answers.get(k)}
    order = [q.key for q in forms[(FORM_ID, first.form_version)].questions()]
    top = [r.field for r in view.fields if r.repeat is None]
    assert top == sorted(top, key=order.index)
    data = view.as_json()
    assert (data["first"]["uuid"], data["second"]["uuid"]) == (pair.uuid, pair.other)
    assert {f["field"]: f["second"] for f in data["fields"]}["so_lao_dong"] == second.answers[
        "so_lao_dong"]


def a_differing_field(view) -> str:
    return next(r.field for r in view.differing
                if r.repeat is None and r.incoming is not None and r.key == "so_lao_dong")


def test_a_merge_at_the_ward_travels_to_a_fresh_department(ward, forms, tmp_path):
    pair = first_pair(ward.db, forms)
    keep, drop = pair.other, pair.uuid
    with Store(ward.db) as store:
        picked = a_differing_field(duplicate_view(store, keep, drop, forms))
        before = {u: store.get(u) for u in (keep, drop)}
        kept = merge_duplicates(store, keep, drop, {picked: "drop"}, who="ward office")
        dropped = store.get(drop)
        trail = {u: [(a.field, a.new, a.note) for a in store.audit(u)[-3:]] for u in (keep, drop)}
    assert kept.answers[picked] == before[drop].answers[picked] != before[keep].answers[picked]
    assert kept.history[0] == before[keep].version
    assert {k: v for k, v in kept.answers.items() if k != picked} == {
        k: v for k, v in before[keep].answers.items() if k != picked}
    assert (dropped.deleted, dropped.merged_into, dropped.history[0]) == (
        True, keep, before[drop].version)
    assert dropped.answers == before[drop].answers
    assert (picked, str(before[drop].answers[picked]), f"merged duplicate {drop} into it") in \
        trail[keep] and ("_absorbed", drop, f"merged duplicate {drop} into this response") in \
        trail[keep]
    assert {f for f, _, _ in trail[drop]} >= {"_deleted", "_merged_into"}
    assert frozenset((keep, drop)) not in pairs_of(ward.db, forms)
    assert not any(drop in p for p in pairs_of(ward.db, forms))

    out = tmp_path / "ward.xlsx"
    jobs.export_file(ward.db, out, forms)
    sheet = openpyxl.load_workbook(out, read_only=True)[FORM_ID]
    header, *rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    at = {key: header.index(key) for key in ("_uuid", "_deleted", "_merged_into")}
    cells = {row[at["_uuid"]]: (row[at["_deleted"]], row[at["_merged_into"]]) for row in rows}
    assert cells[drop] == (1, keep) and cells[keep] == (None, None)

    department = tmp_path / "department.sqlite"
    report = jobs.import_files(department, [out], forms)
    assert report.counts["new"] == 40 and report.counts["edited_outside"] == 0
    assert not any(drop in (d.uuid, d.other) for d in report.duplicates)
    with Store(department) as store:
        there = store.get(drop)
        assert (there.deleted, there.merged_into, there.version) == (True, keep, dropped.version)
        assert store.get(keep).answers[picked] == before[drop].answers[picked]
        assert store.get(keep).version == kept.version
    assert not any(drop in p or keep in p for p in pairs_of(department, forms))
    table = responses_table(department)
    again = jobs.import_files(department, [out], forms)
    assert again.counts["unchanged"] == 40 and again.counts["possible_duplicates"] == 0
    assert responses_table(department) == table


def test_a_department_that_had_both_sides_takes_the_merge_as_updates(ward, forms, tmp_path):
    department = tmp_path / "department.sqlite"
    first = jobs.import_files(department, [ward.book], forms)
    pair = first_pair(ward.db, forms)
    assert any({d.uuid, d.other} == {pair.uuid, pair.other} for d in first.duplicates)
    with Store(ward.db) as store:
        picked = a_differing_field(duplicate_view(store, pair.other, pair.uuid, forms))
        merge_duplicates(store, pair.other, pair.uuid, {picked: "drop"}, who="ward office")
    out = tmp_path / "ward.xlsx"
    jobs.export_file(ward.db, out, forms)
    report = jobs.import_files(department, [out], forms)
    assert (report.counts["updated"], report.counts["conflicts"]) == (2, 0)
    assert not any(pair.uuid in (d.uuid, d.other) for d in report.duplicates)
    assert frozenset((pair.uuid, pair.other)) not in pairs_of(department, forms)
    stale = jobs.import_files(department, [ward.book], forms)      # the inspector's, again
    assert stale.counts["stale"] == 2 and stale.counts["possible_duplicates"] == 0


def test_a_dismissed_pair_is_not_flagged_again_by_a_later_import(ward, forms, tmp_path):
    pair = first_pair(ward.db, forms)
    with Store(ward.db) as store:
        dismiss_duplicate(store, pair.uuid, pair.other, who="ward office")
        dismiss_duplicate(store, pair.other, pair.uuid, who="ward office")   # changes nothing
        assert [a.field for a in store.audit(pair.uuid)].count("_dismissed_duplicate") == 1
    assert frozenset((pair.uuid, pair.other)) not in pairs_of(ward.db, forms)
    with Store(ward.field) as store:                  # the inspector corrects both, exports
        for uuid in (pair.uuid, pair.other):
            state = store.get(uuid)
            store.save(replace(state, answers={**state.answers, "ghi_chu": "đã sửa"}), who="an")
    later = tmp_path / "trip-2.xlsx"
    jobs.export_file(ward.field, later, forms)
    report = jobs.import_files(ward.db, [later], forms)
    assert report.counts["updated"] == 2
    assert not any({d.uuid, d.other} == {pair.uuid, pair.other} for d in report.duplicates)
    assert frozenset((pair.uuid, pair.other)) not in pairs_of(ward.db, forms)
    elsewhere = jobs.import_files(tmp_path / "elsewhere.sqlite", [later], forms)
    assert any({d.uuid, d.other} == {pair.uuid, pair.other} for d in elsewhere.duplicates)


@pytest.mark.parametrize("case, problem", [
    ("unknown", Problem.NO_SUCH_RESPONSE), ("same", Problem.DUPLICATE_SAME),
    ("other form", Problem.DUPLICATE_OTHER_FORM), ("deleted", Problem.DUPLICATE_DELETED),
    ("no such field", Problem.DUPLICATE_FIELD_UNKNOWN),
    ("no such side", Problem.DUPLICATE_SIDE_UNKNOWN),
])
def test_a_merge_is_refused_before_anything_is_written(ward, forms, case, problem):
    pair = first_pair(ward.db, forms)
    keep, drop, picks = pair.other, pair.uuid, {}
    with Store(ward.db) as store:
        other_form = next(r.uuid for r in store.responses() if r.form_id != FORM_ID)
        if case == "deleted":
            store.delete(drop, who="ward office")
        table = responses_table(ward.db)
        keep, drop, picks = {
            "unknown": (keep, "no-such-uuid", {}), "same": (keep, keep, {}),
            "other form": (keep, other_form, {}), "deleted": (keep, drop, {}),
            "no such field": (keep, drop, {"ten_nha_may": "drop"}),
            "no such side": (keep, drop, {"so_lao_dong": "incoming"})}[case]
        with pytest.raises(SurveyError) as refused:
            merge_duplicates(store, keep, drop, picks, who="ward office")
    assert refused.value.problem is problem
    assert responses_table(ward.db) == table


REPEATS_MD = """
| survey |
|        | type         | name      | label     |
|        | text         | ten_co_so | Tên       |
|        | text         | phuong_xa | Phường    |
|        | text         | dien_thoai| Điện thoại|
|        | begin_repeat | nguyen_lieu | Nguyên liệu |
|        | text         | ten_nl    | Tên       |
|        | end_repeat   |           |           |
| settings |
|          | form_id | version | identity_name | identity_area |
|          | cs      | 1       | ten_co_so     | phuong_xa     |
"""


def test_picked_fields_of_repeat_rows_come_from_the_dropped_side(store):
    form = form_from_markdown(REPEATS_MD)
    base = Response(uuid="keep", form_id="cs", form_version="1", status="complete",
                    answers={"ten_co_so": "Gốm An", "phuong_xa": "p1"},
                    repeats=(RepeatRow("nguyen_lieu", 1, {"ten_nl": "Đất sét"}),))
    store.save(base, who="an")
    store.save(replace(base, uuid="drop", answers={**base.answers, "dien_thoai": "0912345678"},
                       repeats=(RepeatRow("nguyen_lieu", 1, {"ten_nl": "Cao lanh"}),
                                RepeatRow("nguyen_lieu", 2, {"ten_nl": "Men"}))), who="binh")
    assert {frozenset(("keep", "drop"))} == {frozenset((d.uuid, d.other)) for d in
                                             duplicate_pairs(store, {("cs", "1"): form})}
    kept = merge_duplicates(store, "keep", "drop", {"nguyen_lieu[2]/ten_nl": "drop",
                                                    "dien_thoai": "drop"}, who="office")
    assert kept.answers == {"ten_co_so": "Gốm An", "phuong_xa": "p1", "dien_thoai": "0912345678"}
    assert [(r.index, r.answers) for r in kept.rows("nguyen_lieu")] == [
        (1, {"ten_nl": "Đất sét"}), (2, {"ten_nl": "Men"})]
    assert duplicate_pairs(store, {("cs", "1"): form}) == []


def test_all_fields_kept_leaves_the_kept_state_and_still_drops_the_other(store):
    store.save(Response(uuid="keep", form_id="cs", form_version="1", answers={"a": 1}), who="x")
    same = store.save(Response(uuid="drop", form_id="cs", form_version="1", answers={"a": 1}),
                      who="x")
    kept_before = store.get("keep")
    kept = merge_duplicates(store, "keep", "drop", who="office")
    assert kept == kept_before
    assert store.get("drop").deleted and store.get("drop").history == (same.version,)
    assert [a.field for a in store.audit("keep")][-1] == "_absorbed"


def test_the_pointer_is_content_only_when_set_so_old_versions_and_seals_stay():
    rows = (RepeatRow("nguyen_lieu", 1, {"ten_nl": "Đất sét", "so_luong": 3.5}),
            RepeatRow("nguyen_lieu", 2, {"ten_nl": "Men", "so_luong": 0.25}))
    state = Response(uuid="u-pin", form_id=FORM_ID, form_version="2026112401",
                     status="complete", inspector="Nguyễn Văn An", device="laptop-1",
                     answers={"ten_co_so": "Gốm Minh Long", "so_lao_dong": 12}, repeats=rows,
                     version="2-abc", history=("1-def",), deleted=True)
    # The values the released code (before merged_into existed) computed for this state.
    assert make_version("1-def", content(state)) == "2-eb4c8dc2203642749736"
    assert row_hash(state) == "8a34073506e4575d774e"
    pointed = replace(state, merged_into="u-kept")
    assert content(pointed) != content(state) and row_hash(pointed) != row_hash(state)
    assert content(replace(pointed, merged_into="u-other")) != content(pointed)
