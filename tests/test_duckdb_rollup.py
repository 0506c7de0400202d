"""docs/examples/duckdb_rollup.py: a ward's real exports rolled up in DuckDB say what our own
store says after importing them (the example of docs/scale.md; duckdb is a dev extra only)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from surveyor import paths
from surveyor.core.demo.samples import fill_demo
from surveyor.core.forms.xlsform import load_forms
from surveyor.core.responses import COMPLETE, DRAFT, saved
from surveyor.core.store import Store
from surveyor.core.store.listing import ListQuery
from surveyor.core.sync.export import export_workbook
from surveyor.core.sync.merge import import_workbooks
from surveyor.core.workbook import sheet

EXAMPLE = Path(__file__).resolve().parent.parent / "docs" / "examples" / "duckdb_rollup.py"


@pytest.fixture(scope="module")
def forms():
    return load_forms(paths.forms_dir())


@pytest.fixture(scope="module")
def rollup():
    """The example, loaded from its file (docs/examples is no package)."""
    spec = importlib.util.spec_from_file_location("duckdb_rollup", EXAMPLE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def ward_exports(folder: Path, forms) -> tuple[Path, Path]:
    """A ward's export, and its next one after three drafts were finished, one establishment
    moved to another ward, one lost a material row, one was deleted and 15 were added."""
    with Store(folder / "ward.sqlite") as ward:
        fill_demo(ward, forms, responses=60, seed=5)
        early = folder / "early.xlsx"
        export_workbook(ward, early, forms, who="ward")
        current = list(ward.responses())
        for draft in [r for r in current if r.status == DRAFT][:3]:
            ward.save(replace(draft, status=COMPLETE), who="ward")
        moved = next(r for r in current if r.status == COMPLETE
                     and r.answers.get("phuong_xa") not in (None, "xa_bat_trang"))
        ward.save(replace(moved, answers={**moved.answers, "phuong_xa": "xa_bat_trang"}),
                  who="ward")
        shorter = next(r for r in current if len(r.repeats) >= 2 and r.uuid != moved.uuid)
        ward.save(replace(shorter, repeats=shorter.repeats[:-1]), who="ward")
        ward.delete(current[-1].uuid, who="ward")
        fill_demo(ward, forms, responses=15, seed=6)
        late = folder / "late.xlsx"
        export_workbook(ward, late, forms, who="ward")
    return early, late


@pytest.mark.parametrize("split", [False, True], ids=["one-sheet-a-form", "split-sheets"])
def test_rollup_of_two_exports_agrees_with_the_store(tmp_path, forms, store, rollup,
                                                     monkeypatch, split):
    if split:                    # each data sheet goes on in parts of 7 rows: `form~2`, ...
        monkeypatch.setattr(sheet, "MAX_ROWS", 7)
    early, late = ward_exports(tmp_path, forms)
    if split:
        assert "co_so_san_xuat~3" in CalamineWorkbook.from_path(str(late)).sheet_names
    assert not import_workbooks(store, [late, early], forms, who="department").rejected
    kept = {r.uuid: r for r in store.responses()}

    con = rollup.rollup([str(late), str(early)])    # the later export first: order decides nothing
    assert dict(con.execute("SELECT _uuid, _version FROM responses").fetchall()) == {
        uuid: r.version for uuid, r in kept.items()}
    tally = con.execute("SELECT _form_id, _status, count(*) FROM responses GROUP BY ALL")
    assert {(form, status): n for form, status, n in tally.fetchall()} == store.tally()
    rows = con.execute("SELECT _parent_uuid, count(*) FROM co_so_san_xuat__nguyen_lieu "
                       "GROUP BY ALL").fetchall()
    assert dict(rows) == {uuid: len(r.repeats) for uuid, r in kept.items() if r.repeats}

    wards = rollup.responses_per_ward(con)
    assert len(wards) > 5
    for ward, complete, responses in wards:
        assert store.count_matching(ListQuery(ward=ward)) == responses, ward
        assert store.count_matching(ListQuery(ward=ward, statuses=(COMPLETE,))) == complete
    assert sum(n for *_, n in wards) == store.count_matching(ListQuery()) == 60 + 15 - 1


def test_a_descendant_wins_even_when_its_clock_was_behind(tmp_path, forms, store, rollup):
    with Store(tmp_path / "ward.sqlite") as ward:
        fill_demo(ward, forms, responses=12, seed=8)
        early = tmp_path / "early.xlsx"
        export_workbook(ward, early, forms, who="ward")
        target = next(ward.responses(form_id="co_so_san_xuat"))
        behind = saved(replace(target, answers={**target.answers, "ten_co_so": "Cơ sở Đổi Tên"}),
                       target, at="2020-01-02T03:04:05")          # a laptop whose clock was off
        ward.put_states([behind], who="lan", import_id=None)
        late = tmp_path / "late.xlsx"
        export_workbook(ward, late, forms, who="ward")
    assert behind.updated_at < target.updated_at and target.version in behind.history
    import_workbooks(store, [late, early], forms, who="department")
    assert store.get(target.uuid).version == behind.version

    con = rollup.rollup([str(early), str(late)])
    assert con.execute("SELECT _version, ten_co_so FROM co_so_san_xuat WHERE _uuid = ?",
                       [target.uuid]).fetchall() == [(behind.version, "Cơ sở Đổi Tên")]


def test_the_example_runs_as_a_script(tmp_path, forms):
    with Store(tmp_path / "ward.sqlite") as ward:
        fill_demo(ward, forms, responses=20, seed=9)
        export_workbook(ward, tmp_path / "ward.xlsx", forms, who="ward")
        wards = {row.ward for row in ward.page(ListQuery(), 0, 100)}
    done = subprocess.run([sys.executable, str(EXAMPLE), str(tmp_path / "ward.xlsx")],
                          capture_output=True, text=True, check=True)
    assert "co_so_san_xuat__nguyen_lieu:" in done.stdout
    printed = {line.split()[0] for line in done.stdout.split("ward ", 1)[1].splitlines()[1:]}
    assert printed == wards
