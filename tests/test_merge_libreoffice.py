"""Workbooks that went through LibreOffice (as they do at ward offices) still merge correctly.

These run in CI: they skip only when `soffice` is missing and CI is unset; with CI set, a
missing `soffice` fails them.
"""

from __future__ import annotations

import openpyxl
import pytest

from surveyor import paths
from surveyor.core.demo.samples import fill_demo
from surveyor.core.forms.xlsform import load_forms
from surveyor.core.store import Store
from surveyor.core.sync.export import export_workbook
from surveyor.core.sync.merge import COUNT_KEYS, import_workbooks

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def forms():
    return load_forms(paths.forms_dir())


def zero(**counts: int) -> dict[str, int]:
    return {key: counts.get(key, 0) for key in COUNT_KEYS}


def test_workbook_resaved_by_libreoffice_imports_as_unchanged(resave, forms, tmp_path):
    with Store(tmp_path / "field.sqlite") as field:
        fill_demo(field, forms, responses=60, seed=21)
        book = export_workbook(field, tmp_path / "field.xlsx", forms, who="an").path
        resaved = resave(book)
        report = import_workbooks(field, [resaved], forms, who="ward")
        assert report.counts == zero(unchanged=field.count())


def test_cell_edited_then_resaved_by_libreoffice_imports_as_edited_outside(resave, forms,
                                                                           tmp_path):
    with Store(tmp_path / "field.sqlite") as field:
        fill_demo(field, forms, responses=60, seed=22)
        book = export_workbook(field, tmp_path / "field.xlsx", forms, who="an").path
        wb = openpyxl.load_workbook(book)
        sheet = wb["co_so_san_xuat"]
        header = [cell.value for cell in sheet[1]]
        target = sheet.cell(row=2, column=header.index("so_lao_dong") + 1)
        target.value = (target.value or 0) + 7
        edited_uuid = sheet.cell(row=2, column=header.index("_uuid") + 1).value
        wb.save(book)
        before = field.get(edited_uuid)
        report = import_workbooks(field, [resave(book)], forms, who="ward")
        rows = dict(report.counts, possible_duplicates=0)   # the demo may hold look-alikes
        assert rows == zero(updated=1, edited_outside=1, unchanged=field.count() - 1)
        after = field.get(edited_uuid)
        assert after.edited_outside and after.history[0] == before.version
        assert after.answers["so_lao_dong"] == (before.answers.get("so_lao_dong") or 0) + 7
