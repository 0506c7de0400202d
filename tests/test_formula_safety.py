"""No text Surveyor writes ever becomes a formula: in our workbook, and after LibreOffice has
opened and saved it again (what a person's spreadsheet program does). A cell holds a formula
exactly when its XML has an <f> element, so every sheet part is searched for one."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from test_workbook import FORMS, state

from surveyor.core.responses import canonical
from surveyor.core.workbook import read_workbook, write_workbook

# Texts a formula could start with (Excel: = + - @; tab and carriage return are stripped by
# some programs before they look), each also as a whole injection someone might try.
STARTS = ["=", "+", "-", "@", "\t", "\r"]
TEXTS = [start + rest for start in STARTS for rest in ("1+1", "SUM(A1:A9)",
                                                       'HYPERLINK("http://x","y")')]
TEXTS += ["=cmd|' /C calc'!A0", "\t=1+1", "\r\n=1", "=+-@", "-", "+", "@"]
_FORMULA = re.compile(rb"<(?:\w+:)?f[ >/]")


def same(answers: dict) -> dict:
    """Answers as versions see them (line ends as \n: LibreOffice writes \r\n as \n)."""
    return {key: canonical(value) for key, value in answers.items()}


def formula_cells(path: Path) -> list[str]:
    """Sheet parts of an .xlsx that hold a formula (<f> element)."""
    found = []
    with zipfile.ZipFile(path) as book:
        for name in book.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                if _FORMULA.search(book.read(name)):
                    found.append(name)
    return found


@pytest.fixture
def written(tmp_path) -> tuple[Path, list]:
    responses = [state(n=i, answers={"ten": text, "g/ten": text}) for i, text in enumerate(TEXTS)]
    path = tmp_path / "formulas.xlsx"
    write_workbook(path, FORMS, responses, manifest={"exported_by": "=HYPERLINK(1)"})
    return path, responses


def test_no_text_is_written_as_a_formula(written):
    path, responses = written
    assert formula_cells(path) == []
    got = {r.response.uuid: r.response.answers for r in read_workbook(path, FORMS).rows}
    assert [got[r.uuid] for r in responses] == [r.answers for r in responses]


@pytest.mark.slow
def test_no_text_becomes_a_formula_when_libreoffice_saves_it_again(written, resave):
    path, responses = written
    again = resave(path)
    assert formula_cells(again) == []
    got = {r.response.uuid: r.response.answers for r in read_workbook(again, FORMS).rows}
    assert [same(got[r.uuid]) for r in responses] == [same(r.answers) for r in responses]
    with zipfile.ZipFile(again) as book:       # and the texts are still there, as texts
        shared = book.read("xl/sharedStrings.xml").decode()
    assert "SUM(A1:A9)" in shared and "cmd|" in shared
