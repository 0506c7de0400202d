"""A sync workbook re-saved by LibreOffice (what a person's spreadsheet program does to it)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from test_workbook import FORMS, FULL, STALLS, TRICKY_TEXTS, set_cell, state

from surveyor.core.responses import canonical, row_hash
from surveyor.core.workbook import read_workbook, write_workbook

pytestmark = pytest.mark.slow


def values(read) -> dict[str, tuple]:
    """Per uuid: everything a row carries, values as row_hash sees them."""
    return {r.response.uuid: (
        r.stated_hash, r.response.version, r.response.history, r.response.status,
        r.response.deleted, r.response.created_at,
        {k: canonical(v) for k, v in r.response.answers.items()},
        sorted((x.repeat, x.parent_index, x.index, tuple(sorted(x.answers.items())))
               for x in r.response.repeats)) for r in read.rows}


@pytest.fixture
def exported(tmp_path) -> Path:
    responses = [state(n=1, answers=FULL, repeats=STALLS),
                 state(n=2, answers={"ten": "Bác Tư", "bags": 3}, status="draft"),
                 state(n=3, answers={"bags": 0}, deleted=True)]
    responses += [state(n=10 + i, answers={"ten": text, "g/ten": text})
                  for i, text in enumerate(TRICKY_TEXTS)]
    path = tmp_path / "field.xlsx"
    write_workbook(path, FORMS, responses, manifest={"exported_by": "An"})
    return path


def test_a_resaved_workbook_keeps_every_value_and_hash(resave, exported, tmp_path):
    before = read_workbook(exported, FORMS)
    resaved = resave(exported)
    after = read_workbook(resaved, FORMS)
    assert [row_hash(r.response) == r.stated_hash for r in after.rows] == [True] * len(before.rows)
    assert values(after) == values(before)
    texts = {r.response.answers.get("ten") for r in after.rows}
    assert set(TRICKY_TEXTS) <= texts                      # exactly as written, NFD included
    assert after.manifest["exported_by"] == "An"
    # Still text cells, never formulas (LibreOffice drops the quote prefix of text cells).
    sheet = openpyxl.load_workbook(resaved)["cho"]
    formula_like = [c.data_type for row in sheet.iter_rows() for c in row if c.value == "=1+1"]
    assert formula_like == ["s", "s"]


def test_a_cell_edited_between_two_resaves_breaks_only_its_rows_hash(resave, exported, tmp_path):
    once = resave(exported)
    rows = read_workbook(once, FORMS).rows
    target = next(r for r in rows if r.response.answers.get("ten") == "Bác Tư")
    set_cell(once, "cho", target.row, "bags", 4)
    twice = resave(once)
    after = {r.response.uuid: r for r in read_workbook(twice, FORMS).rows}
    broken = [u for u, r in after.items() if row_hash(r.response) != r.stated_hash]
    assert broken == [target.response.uuid]
    assert after[target.response.uuid].response.answers["bags"] == 4
    book = openpyxl.load_workbook(twice)
    assert not [c for s in book for row in s.iter_rows() for c in row if c.data_type == "f"]
