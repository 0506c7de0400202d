"""The sync workbook refused: bad cells, missing parts, files that are not workbooks, limits."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter
from test_workbook import FORMS, FULL, STALLS, set_cell, state, write

from surveyor.core.errors import Problem, SurveyError
from surveyor.core.workbook import FORMAT_VERSION, read_workbook
from surveyor.core.workbook import extent as workbook_extent
from surveyor.core.workbook import read as workbook_read


def refusal(path: Path, forms=FORMS) -> SurveyError:
    with pytest.raises(SurveyError) as caught:
        read_workbook(path, forms)
    return caught.value


def edited(tmp_path: Path, sheet: str, row: int, key: str, value) -> Path:
    path = write(tmp_path / "bad.xlsx", [state(n=1, answers=FULL, repeats=STALLS),
                                        state(n=2, answers={"ten": "B"})])
    set_cell(path, sheet, row, key, value)
    return path


@pytest.mark.parametrize("sheet, row, key, value, problem, detail", [
    ("cho", 2, "bags", 2.5, Problem.BAD_CELL, "2.5 is not a whole number"),
    ("cho", 3, "aware", "maybe", Problem.BAD_CELL, "'maybe' is not a choice of yn"),
    ("cho", 2, "kinds", "nylon plastic", Problem.BAD_CELL, "'plastic': not choices of kinds"),
    ("cho", 2, "cost", "mười nghìn", Problem.BAD_CELL, "'mười nghìn' is not a number"),
    ("cho", 2, "visit", "24/11/2026", Problem.BAD_CELL, "'24/11/2026' is not a date"),
    ("cho", 3, "_status", "done", Problem.BAD_CELL, "'done' is not one of draft, complete"),
    ("cho", 3, "_deleted", "yes", Problem.BAD_CELL, "'yes' is not 1 or empty"),
    ("cho", 3, "_uuid", None, Problem.MISSING_UUID, None),
    ("cho", 3, "_form_version", "9", Problem.UNKNOWN_FORM, None),
    ("cho", 3, "_form_id", "sieu_thi", Problem.BAD_CELL, "'sieu_thi' is not this sheet's form cho"),
    ("cho", 3, "old_note", "typed in Excel", Problem.COLUMN_UNKNOWN, None),
    ("cho.quay", 2, "_parent_uuid", "nobody", Problem.BAD_CELL, "no response nobody in this workbook"),
    ("cho.quay", 2, "_index", 0, Problem.BAD_CELL, "the row needs an _index of 1 or more"),
    ("cho.hang", 2, "_parent_index", "7", Problem.BAD_CELL, "no row 7 of repeat quay"),
    ("cho.hang", 3, "_index", 1, Problem.BAD_CELL, "the same row as sheet cho.hang, row 2"),
])
def test_bad_cells_are_refused_naming_where(tmp_path, sheet, row, key, value, problem, detail):
    error = refusal(edited(tmp_path, sheet, row, key, value))
    assert error.problem is problem
    assert error.context["file"] == "bad.xlsx" and error.context["sheet"] == sheet
    assert error.context.get("row") == row
    if problem is not Problem.MISSING_UUID and problem is not Problem.UNKNOWN_FORM:
        assert error.context["column"] == key
    if detail:
        assert error.context["detail"].startswith(detail)


def test_a_uuid_on_two_rows_is_refused(tmp_path):
    path = edited(tmp_path, "cho", 3, "_uuid", "00000000-0000-4000-8000-000000000001")
    error = refusal(path)
    assert error.problem is Problem.UUID_TWICE and error.context["first_row"] == 2


def test_a_missing_column_is_refused(tmp_path):
    path = write(tmp_path / "col.xlsx", [state(n=1, answers=FULL)])
    set_cell(path, "cho", 1, "_hash", "something_else")
    assert refusal(path).context.items() >= {"column": "_hash", "sheet": "cho"}.items()
    set_cell(path, "cho", 1, "something_else", "_hash")
    set_cell(path, "cho", 1, "phone", "mobile")
    error = refusal(path)
    assert error.problem is Problem.COLUMN_MISSING and error.context["column"] == "phone"


def test_a_sheet_the_manifest_lists_must_be_there(tmp_path):
    path = write(tmp_path / "sh.xlsx", [state(n=1, answers=FULL, repeats=STALLS)])
    book = openpyxl.load_workbook(path)
    del book["cho.hang"]
    book.save(path)
    assert refusal(path).context == {"file": "sh.xlsx", "sheet": "cho.hang"}


def test_a_newer_format_is_refused(tmp_path):
    path = write(tmp_path / "new.xlsx", [state(n=1)])
    book = openpyxl.load_workbook(path)
    ws = book["_manifest"]
    row = next(r for r in ws.iter_rows() if r[0].value == "format_version")
    row[1].value = str(int(FORMAT_VERSION) + 1)
    book.save(path)
    assert refusal(path).problem is Problem.WORKBOOK_NEWER


def test_files_that_are_not_workbooks_are_refused(tmp_path):
    good = write(tmp_path / "good.xlsx", [state(n=i, answers=FULL) for i in range(50)])
    text = tmp_path / "notes.xlsx"
    text.write_text("tên,số túi\nLan,3\n", encoding="utf-8")
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    other_zip = tmp_path / "other.xlsx"
    with zipfile.ZipFile(other_zip, "w") as archive:
        archive.writestr("word/document.xml", "<w/>")
    assert refusal(tmp_path / "missing.xlsx").problem is Problem.FILE_NOT_FOUND
    for path in (text, cut, other_zip):
        error = refusal(path)
        assert (error.problem, error.context["file"]) == (Problem.NOT_XLSX, path.name)


def test_xml_with_entities_is_refused_unexpanded(tmp_path):
    bomb = tmp_path / "bomb.xlsx"
    laughs = ('<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;">]>'
              '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<sheets><sheet name="&b;" sheetId="1"/></sheets></workbook>')
    with zipfile.ZipFile(bomb, "w") as archive:
        archive.writestr("xl/workbook.xml", laughs)
        archive.writestr("xl/_rels/workbook.xml.rels", "<Relationships/>")
    error = refusal(bomb)
    assert error.problem is Problem.NOT_XLSX and "Entit" in error.context["detail"]


def test_size_limits_refuse_before_parsing(tmp_path, monkeypatch):
    path = write(tmp_path / "big.xlsx", [state(n=i, answers=FULL) for i in range(20)])
    monkeypatch.setattr(workbook_read, "MAX_FILE_BYTES", path.stat().st_size - 1)
    assert refusal(path).problem is Problem.FILE_TOO_LARGE
    monkeypatch.undo()
    monkeypatch.setattr(workbook_read, "MAX_UNPACKED_BYTES", path.stat().st_size)
    error = refusal(path)
    assert error.problem is Problem.UNPACKED_TOO_LARGE and error.context["size"] > path.stat().st_size


def test_a_sheet_spanning_a_huge_grid_is_refused_before_calamine(tmp_path):
    path = tmp_path / "far.xlsx"
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("cho")
    ws.write_string(0, 0, "_uuid")
    ws.write_string(1_048_575, 51, "a note far away")
    book.close()
    error = refusal(path)
    assert error.problem is Problem.SHEET_TOO_LARGE
    assert error.context.items() >= {"sheet": "cho", "rows": 1_048_576, "columns": 52}.items()
    assert 1_048_576 * 52 > workbook_extent.MAX_SHEET_CELLS
