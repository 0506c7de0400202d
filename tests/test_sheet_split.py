"""A data sheet past what one worksheet holds goes on in numbered parts, and reads back whole.

Excel's limit is 1,048,576 rows; our reader's is extent.MAX_SHEET_CELLS cells a sheet. The
fast tests make both small (the writer and the reader each read their module's value); the
slow one writes a repeat sheet of 1,048,580 rows (`pytest -m scale tests/test_sheet_split.py`; not in make test).
"""

from __future__ import annotations

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from surveyor import paths
from surveyor.core.demo.samples import fill_demo
from surveyor.core.forms.xlsform import form_from_markdown, load_forms
from surveyor.core.responses import RepeatRow, Response, canonical, saved
from surveyor.core.store import Store
from surveyor.core.sync.export import export_workbook
from surveyor.core.sync.merge import import_workbooks
from surveyor.core.workbook import extent, sheet
from surveyor.core.workbook.layout import SHEET_NAME_LIMIT, part_name


@pytest.fixture(scope="module")
def forms():
    return load_forms(paths.forms_dir())


def table(store: Store) -> dict[str, tuple]:
    """Every current state: version, seal, deletion, and answers and repeat rows as the merge
    compares them (canonical text, so 5 and 5.0 are one)."""
    def same(answers):
        return sorted((key, canonical(value)) for key, value in answers.items())
    return {r.uuid: (r.version, r.seal, r.deleted, r.status, same(r.answers),
                     sorted((x.repeat, x.parent_index, x.index, same(x.answers))
                            for x in r.repeats))
            for r in store.responses(include_deleted=True)}


def manifest_sheets(path) -> list[tuple[str, str, str, int]]:
    """(sheet, form_id, repeat, rows) of the manifest's sheets table, read by openpyxl."""
    rows = list(openpyxl.load_workbook(path, read_only=True)["_manifest"].values)
    at = next(i for i, row in enumerate(rows) if row and row[0] == "sheet")
    return [(r[0], r[1], r[3] or "", int(r[4])) for r in rows[at + 1:] if r and r[0]]


def test_part_names_fit_and_differ():
    assert part_name("co_so_san_xuat", 1) == "co_so_san_xuat"
    assert part_name("co_so_san_xuat", 2) == "co_so_san_xuat~2"
    one, other = "a" * 29 + "x", "a" * 29 + "y"          # alike in their first 29 characters
    names = {part_name(n, k) for n in (one, other) for k in (2, 3, 12)}
    assert len(names) == 6
    assert all(len(n) <= SHEET_NAME_LIMIT for n in names)


def test_a_long_sheet_goes_on_in_parts_and_imports_whole(tmp_path, forms, monkeypatch):
    monkeypatch.setattr(sheet, "MAX_ROWS", 7)
    with Store(tmp_path / "field.sqlite") as field:
        fill_demo(field, forms, responses=40, seed=3)
        out = tmp_path / "split.xlsx"
        stats = export_workbook(field, out, forms, who="t")
        expected = table(field)
        listed = manifest_sheets(out)
        book = openpyxl.load_workbook(out, read_only=True)
        by_name = {name: rows for name, _, _, rows in listed}
        for name, rows in by_name.items():
            assert book[name].max_row == rows + 1 <= 8            # the header and <= 7 rows
        main = [(n, r) for n, f, rep, r in listed if f == "co_so_san_xuat" and not rep]
        assert [n for n, _ in main][:3] == ["co_so_san_xuat", "co_so_san_xuat~2",
                                            "co_so_san_xuat~3"]
        assert sum(r for _, r in main) == field.count(form_id="co_so_san_xuat",
                                                      include_deleted=True)
        assert stats.rows == by_name
        header = [c.value for c in next(book["co_so_san_xuat~2"].iter_rows(max_row=1))]
        assert header == [c.value for c in next(book["co_so_san_xuat"].iter_rows(max_row=1))]

        with Store(tmp_path / "office.sqlite") as office:
            report = import_workbooks(office, [out], forms, who="t")
            assert report.counts["new"] == len(expected) and not report.rejected
            assert table(office) == expected
        again = import_workbooks(field, [out], forms, who="t")
        assert again.counts["unchanged"] == len(expected)


def test_our_reader_never_refuses_our_own_export_for_its_width(tmp_path, forms, monkeypatch):
    """A sheet is split before it passes the cells the reader takes; without that split the
    same workbook would be refused (SHEET_TOO_LARGE)."""
    budget = 1000                  # the dictionary (137 x 6 cells) must still fit
    monkeypatch.setattr(extent, "MAX_SHEET_CELLS", budget)         # the reader's limit
    monkeypatch.setattr(sheet, "MAX_SHEET_CELLS", budget)          # as the writer knows it
    with Store(tmp_path / "field.sqlite") as field:
        fill_demo(field, forms, responses=100, seed=5)
        out = tmp_path / "wide.xlsx"
        export_workbook(field, out, forms, who="t")
        book = CalamineWorkbook.from_path(str(out))
        parts = 0
        for name, _, _, rows in manifest_sheets(out):
            cells = book.get_sheet_by_name(name).to_python()
            assert len(cells) * len(cells[0]) <= budget
            parts += "~" in name
        assert parts >= 2
        with Store(tmp_path / "office.sqlite") as office:
            report = import_workbooks(office, [out], forms, who="t")
            assert not report.rejected and table(office) == table(field)
        monkeypatch.setattr(sheet, "MAX_SHEET_CELLS", 10 ** 9)     # the writer unaware
        unsplit = tmp_path / "unsplit.xlsx"
        export_workbook(field, unsplit, forms, who="t")
        with Store(tmp_path / "other.sqlite") as other:
            refused = import_workbooks(other, [unsplit], forms, who="t").rejected
            assert [r.problem for r in refused] == ["SHEET_TOO_LARGE"]


TINY = """
| survey |         |       |         |
|        | type    | name  | label   |
|        | text    | name  | Name    |
|        | begin repeat | r | Rows |
|        | integer | n     | N       |
|        | end repeat | r  |         |
| settings |       |       |         |
|        | form_id | version |       |
|        | tiny    | 1       |       |
"""


@pytest.mark.scale
def test_excel_row_limit_split_round_trips(tmp_path):
    """1,048,580 repeat rows: 1,048,574 on `tiny.r` (with the header it reaches row 1,048,575:
    the last row stays free, as a sheet reaching it is refused as perhaps cut off by Excel),
    6 on `tiny.r~2`; all of them back."""
    form = form_from_markdown(TINY, "tiny")
    forms = {(form.form_id, form.version): form}
    per, responses = 20, 52_429                  # 1,048,580 repeat rows
    states = [saved(Response(uuid=f"{i:08x}-0000-4000-8000-000000000000", form_id="tiny",
                             form_version="1", status="complete", answers={"name": f"n{i}"},
                             repeats=tuple(RepeatRow("r", k, {"n": k}) for k in
                                           range(1, per + 1))), at="2026-01-01T00:00:00")
              for i in range(responses)]
    with Store(tmp_path / "field.sqlite") as field:
        field.put_states(states, who="t", import_id=None)
        out = tmp_path / "big.xlsx"
        export_workbook(field, out, forms, who="t", media=False)
        listed = manifest_sheets(out)
        assert [(n, r) for n, _, rep, r in listed if rep] == [("tiny.r", 1_048_574),
                                                              ("tiny.r~2", 6)]
        book = CalamineWorkbook.from_path(str(out))
        assert len(book.get_sheet_by_name("tiny.r").to_python()) == 1_048_575
        with Store(tmp_path / "office.sqlite") as office:
            report = import_workbooks(office, [out], forms, who="t")
            assert report.counts["new"] == responses and not report.rejected
            assert table(office) == table(field)
