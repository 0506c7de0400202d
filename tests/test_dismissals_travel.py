"""A pair dismissed as "not the same establishment" travels with the workbook (the `_dismissed`
sheet), so the next level is not asked again; undoing the import that brought it takes it
back; a `_dismissed` sheet edited into nonsense refuses the workbook and writes nothing."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import NamedTuple

import openpyxl
import pytest

from surveyor.core import jobs
from surveyor.core.errors import Problem
from surveyor.core.store import Store
from surveyor.core.sync.pairs import dismiss_duplicate, duplicate_pairs

FORM_ID = "co_so_san_xuat"


class Ward(NamedTuple):
    db: Path             # the ward office's store, one pair dismissed there
    trip: Path           # the inspector's workbook, imported at the ward
    pair: frozenset      # the dismissed pair
    others: set          # the pairs still flagged at the ward


@pytest.fixture(scope="module")
def forms():
    return jobs.catalog().forms


@pytest.fixture
def ward(tmp_path: Path, forms) -> Ward:
    field, db, trip = tmp_path / "field.sqlite", tmp_path / "ward.sqlite", tmp_path / "trip.xlsx"
    jobs.demo(field, forms, responses=40, seed=3)        # two establishments surveyed twice
    jobs.export_file(field, trip, forms)
    jobs.import_files(db, [trip], forms)
    with Store(db) as store:
        found = duplicate_pairs(store, forms)
        assert len(found) >= 2
        dismiss_duplicate(store, found[0].uuid, found[0].other, who="ward office")
    return Ward(db, trip, frozenset((found[0].uuid, found[0].other)),
                {frozenset((d.uuid, d.other)) for d in found[1:]})


def pairs_of(db: Path, forms) -> set[frozenset]:
    with Store(db) as store:
        return {frozenset((d.uuid, d.other)) for d in duplicate_pairs(store, forms)}


def dismissed_sheet(path: Path) -> tuple[list, dict]:
    book = openpyxl.load_workbook(path, read_only=True)
    rows = [list(r) for r in book["_dismissed"].iter_rows(values_only=True)]
    manifest = {r[0]: r[1] for r in book["_manifest"].iter_rows(values_only=True) if r[0]}
    return rows, manifest


def test_the_export_carries_the_pair_and_a_fresh_department_does_not_flag_it(
        ward, forms, tmp_path):
    out = tmp_path / "ward.xlsx"
    jobs.export_file(ward.db, out, forms)
    rows, manifest = dismissed_sheet(out)                 # read back by another library
    first, second = sorted(ward.pair)
    assert rows[0] == ["_uuid", "_other_uuid", "_form_id", "dismissed_at", "dismissed_by"]
    assert [r[:3] + r[4:] for r in rows[1:]] == [[first, second, FORM_ID, "ward office"]]
    assert manifest["dismissed_pairs"] == "1"
    department = tmp_path / "department.sqlite"
    report = jobs.import_files(department, [out], forms)
    assert report.counts["rejected"] == 0 and report.counts["new"] == 40
    flagged = {frozenset((d.uuid, d.other)) for d in report.duplicates}
    assert ward.pair not in flagged and flagged == ward.others
    assert pairs_of(department, forms) == ward.others
    import_id = report.files[0].import_id
    with Store(department) as store:
        assert store.reviews.dismissed(FORM_ID) == {ward.pair}
        trail = [(a.field, a.new, a.import_id, a.note) for a in store.audit(first)
                 if a.field == "_dismissed_duplicate"]
    assert len(trail) == 1 and trail[0][:3] == ("_dismissed_duplicate", second, import_id)
    assert "dismissed by ward office" in trail[0][3]
    again = jobs.import_files(department, [out], forms)   # the same pair again: nothing new
    assert again.counts["unchanged"] == 40 and again.counts["possible_duplicates"] == 0
    with sqlite3.connect(department) as conn:
        assert conn.execute("SELECT count(*) FROM dismissed_pairs").fetchone() == (1,)


def test_a_department_that_flagged_the_pair_stops_when_the_ward_workbook_comes_and_undo_takes_it_back(
        ward, forms, tmp_path):
    department = tmp_path / "department.sqlite"
    jobs.import_files(department, [ward.trip], forms)     # the inspector's workbook first
    assert ward.pair in pairs_of(department, forms)
    out = tmp_path / "ward.xlsx"
    jobs.export_file(ward.db, out, forms)
    report = jobs.import_files(department, [out], forms)
    assert report.counts["unchanged"] == 40               # no response changed, only the pair
    assert pairs_of(department, forms) == ward.others
    jobs.undo_import(department, report.files[0].import_id)
    assert ward.pair in pairs_of(department, forms)
    with Store(department) as store:
        assert store.reviews.dismissed() == set()


def test_the_report_carries_the_pair_to_the_city(ward, forms, tmp_path):
    report = jobs.report_file(ward.db, tmp_path / "report.xlsx", forms)
    city = tmp_path / "city.sqlite"
    imported = jobs.import_files(city, [report.path], forms)
    assert imported.counts["rejected"] == 0
    assert pairs_of(city, forms) == ward.others
    dry = jobs.import_files(tmp_path / "dry.sqlite", [report.path], forms, dry_run=True)
    assert ward.pair not in {frozenset((d.uuid, d.other)) for d in dry.duplicates}


def _edited(source: Path, target: Path, edit) -> Path:
    book = openpyxl.load_workbook(source)
    edit(book)
    book.save(target)
    return target


@pytest.mark.parametrize("case, problem, where", [
    ("not a uuid", Problem.BAD_CELL, (2, "_other_uuid")),
    ("the same twice", Problem.BAD_CELL, (2, "_other_uuid")),
    ("no form", Problem.BAD_CELL, (2, "_form_id")),
    ("a row more", Problem.ROWS_MISMATCH, None),
    ("header", Problem.COLUMN_MISSING, None),
    ("sheet gone", Problem.SHEET_MISSING, None),
])
def test_a_dismissed_sheet_edited_into_nonsense_refuses_the_workbook(
        ward, forms, tmp_path, case, problem, where):
    out = tmp_path / "ward.xlsx"
    jobs.export_file(ward.db, out, forms)
    first = sorted(ward.pair)[0]

    def edit(book):
        ws = book["_dismissed"]
        if case == "not a uuid":
            ws["B2"] = "not-a-uuid"
        elif case == "the same twice":
            ws["B2"] = ws["A2"].value
        elif case == "no form":
            ws["C2"] = None
        elif case == "a row more":
            ws.append([first, "0bb662a8-c979-4b06-9b94-3cfc46f57327", FORM_ID, "", ""])
        elif case == "header":
            ws["B1"] = "other"
        else:
            del book["_dismissed"]

    bad = _edited(out, tmp_path / "bad.xlsx", edit)
    department = tmp_path / "department.sqlite"
    jobs.import_files(department, [ward.trip], forms)
    shutil.copy(department, tmp_path / "before.sqlite")
    with sqlite3.connect(department) as conn:
        before = conn.execute("SELECT count(*) FROM audit").fetchone()
    report = jobs.import_files(department, [bad], forms)
    assert report.counts["rejected"] == 1
    (refused,) = report.rejected
    assert refused.problem == problem.name and refused.file == "bad.xlsx"
    assert refused.context["sheet"] == "_dismissed"
    if where is not None:
        assert (refused.context["row"], refused.context["column"]) == where
    with sqlite3.connect(department) as conn:
        assert conn.execute("SELECT count(*) FROM audit").fetchone() == before
        assert conn.execute("SELECT count(*) FROM dismissed_pairs").fetchone() == (0,)
    assert ward.pair in pairs_of(department, forms)
