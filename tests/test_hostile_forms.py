"""Hostile XLSForms (issue 10): calculations that need each other in a loop are refused with a
finding naming the row; a 100,000-choice list is read to the end (bounded, not a hang). Deep
expressions and regex() patterns that backtrack without end: tests/test_expressions_odk.py."""

from __future__ import annotations

import time
from pathlib import Path

import openpyxl
import pytest

from surveyor.core.forms.check import summarise


def book(path: Path, survey: list[list], choices: list[list]) -> Path:
    made = openpyxl.Workbook()
    sheet = made.active
    sheet.title = "survey"
    for row in survey:
        sheet.append(row)
    listed = made.create_sheet("choices")
    for row in [["list_name", "name", "label"], *choices]:
        listed.append(row)
    settings = made.create_sheet("settings")
    settings.append(["form_id", "version"])
    settings.append(["hostile", "1"])
    made.save(path)
    return path


def test_calculations_in_a_loop_are_refused_with_the_row_named(tmp_path):
    form = book(tmp_path / "loop.xlsx", [
        ["type", "name", "label", "calculation"],
        ["calculate", "a", "", "${b} + 1"],
        ["calculate", "b", "", "${a} + 1"],
        ["integer", "c", "C", ""]], [])
    summary = summarise(form)
    assert not summary.usable
    [cycle] = [f for f in summary.findings if "cycle" in f.message]
    assert (cycle.sheet, cycle.row, cycle.column) == ("survey", 2, "calculation")


@pytest.mark.slow
def test_a_list_of_100000_choices_is_read_to_the_end(tmp_path, capsys):
    form = book(tmp_path / "big.xlsx", [["type", "name", "label"], ["select_one big", "q", "Q"]],
                [["big", f"c{i}", f"Lựa chọn {i}"] for i in range(100_000)])
    started = time.perf_counter()
    summary = summarise(form)
    with capsys.disabled():
        print(f"\n100,000 choices: form check in {time.perf_counter() - started:.1f} s")
    assert summary.usable
