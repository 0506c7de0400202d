"""Rows edited outside Surveyor, reviewed: the cells an edit changed against the sealed state,
accepting the edit, and reverting it (which the next store takes as an update)."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

import openpyxl
import pytest

from surveyor.core import jobs
from surveyor.core.errors import Problem, SurveyError
from surveyor.core.responses import content
from surveyor.core.store import Store
from surveyor.core.sync.outside import (
    accept_outside_edit,
    outside_edits,
    revert_outside_edit,
)

FORM_ID = "co_so_san_xuat"


class Trip(NamedTuple):
    field: Path          # the inspector's store
    book: Path           # the workbook as exported
    edited: Path         # the same workbook, one cell changed in a spreadsheet program
    uuid: str            # the response on the edited row
    workers: int         # its so_lao_dong before the edit


@pytest.fixture(scope="module")
def forms():
    return jobs.catalog().forms


def edit_cell(book: Path, out: Path, key: str, value: object) -> tuple[str, object]:
    """Change one cell of the first response of FORM_ID with openpyxl, as a person would in a
    spreadsheet program; returns that response's uuid and the cell's value before."""
    workbook = openpyxl.load_workbook(book)
    sheet = workbook[FORM_ID]
    header = [cell.value for cell in sheet[1]]
    uuid = sheet.cell(row=2, column=header.index("_uuid") + 1).value
    cell = sheet.cell(row=2, column=header.index(key) + 1)
    before, cell.value = cell.value, value
    workbook.save(out)
    return uuid, before


@pytest.fixture
def trip(tmp_path: Path, forms) -> Trip:
    field, book = tmp_path / "field.sqlite", tmp_path / "trip.xlsx"
    jobs.demo(field, forms, responses=12, seed=8)
    jobs.export_file(field, book, forms)
    uuid, before = edit_cell(book, tmp_path / "trip-edited.xlsx", "so_lao_dong", 999)
    return Trip(field, book, tmp_path / "trip-edited.xlsx", uuid, before)


def office(tmp_path: Path, forms, *books: Path, name: str = "office.sqlite") -> Path:
    db = tmp_path / name
    for book in books:
        assert jobs.import_files(db, [book], forms).counts["rejected"] == 0
    return db


def responses_table(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return sorted(conn.execute("SELECT * FROM responses").fetchall())


def test_a_cell_edited_and_resaved_in_libreoffice_is_listed_with_what_it_changed(
        trip, forms, tmp_path, resave):
    edited = resave(trip.edited)
    db = office(tmp_path, forms, trip.book)
    report = jobs.import_files(db, [edited], forms)
    assert (report.counts["updated"], report.counts["edited_outside"]) == (1, 1)
    [edit] = jobs.outside_edits(db, forms)
    with Store(trip.field) as store:
        sealed = store.get(trip.uuid)
    assert (edit.uuid, edit.form_id) == (trip.uuid, FORM_ID)
    assert edit.sealed.version == edit.edited.history[0] == sealed.version
    assert content(edit.sealed) == content(sealed)        # as the inspector's store holds it
    assert edit.edited.edited_outside
    assert [(r.field, r.local, r.incoming) for r in edit.differing] == [
        ("so_lao_dong", trip.workers, 999)]
    data = edit.as_json()
    assert (data["sealed"]["version"], data["edited"]["version"]) == (sealed.version,
                                                                      edit.edited.version)
    assert data["fields"] == [{"field": "so_lao_dong", "sealed": trip.workers, "edited": 999}]


def test_accepting_keeps_the_edit_and_clears_its_mark(trip, forms, tmp_path):
    db = office(tmp_path, forms, trip.book, trip.edited)
    with Store(db) as store:
        edited = store.get(trip.uuid)
        accept_outside_edit(store, trip.uuid, who="ward office")
        now = store.get(trip.uuid)
        last = store.audit(trip.uuid)[-1]
        with pytest.raises(SurveyError) as again:
            accept_outside_edit(store, trip.uuid, who="ward office")
    assert (now.version, now.seal, now.answers) == (edited.version, edited.seal, edited.answers)
    assert not now.edited_outside and now.answers["so_lao_dong"] == 999
    assert (last.field, last.old, last.new, last.who) == ("_edited_outside", "1", "0",
                                                          "ward office")
    assert again.value.problem is Problem.OUTSIDE_NOT_EDITED
    assert jobs.outside_edits(db, forms) == []
    assert jobs.import_files(db, [trip.edited], forms).counts["unchanged"] == 12
    assert jobs.outside_edits(db, forms) == []


def test_reverting_saves_the_sealed_content_as_a_descendant_that_travels(trip, forms,
                                                                         tmp_path):
    db = office(tmp_path, forms, trip.book, trip.edited)
    with Store(db) as store:
        sealed, edited = store.state(trip.uuid, store.get(trip.uuid).history[0]), store.get(
            trip.uuid)
        reverted = revert_outside_edit(store, trip.uuid, who="ward office")
        assert store.get(trip.uuid) == reverted
        last = store.audit(trip.uuid)[-1]
    assert (reverted.answers, reverted.repeats, reverted.status) == (
        sealed.answers, sealed.repeats, sealed.status)
    assert reverted.history[:2] == (edited.version, sealed.version)
    assert not reverted.edited_outside and reverted.answers["so_lao_dong"] == trip.workers
    assert (last.field, last.old, last.new) == ("so_lao_dong", "999", str(trip.workers))
    assert last.note == "reverted the edit made outside Surveyor"
    assert jobs.outside_edits(db, forms) == []

    out = tmp_path / "office.xlsx"
    jobs.export_file(db, out, forms)
    other = office(tmp_path, forms, trip.book, trip.edited, name="other.sqlite")  # has the edit
    for store_path in (trip.field, other):                 # the inspector has the sealed state
        report = jobs.import_files(store_path, [out], forms)
        assert (report.counts["updated"], report.counts["conflicts"]) == (1, 0), store_path
        with Store(store_path) as store:
            assert store.get(trip.uuid).version == reverted.version
    assert jobs.outside_edits(other, forms) == []


def test_revert_is_refused_when_the_sealed_state_is_not_in_the_store(trip, forms, tmp_path):
    db = office(tmp_path, forms, trip.edited)            # never saw the workbook as sealed
    [edit] = jobs.outside_edits(db, forms)
    assert edit.uuid == trip.uuid and edit.sealed is None and edit.fields == ()
    table = responses_table(db)
    with pytest.raises(SurveyError) as refused:
        jobs.revert_outside(db, trip.uuid)
    assert refused.value.problem is Problem.OUTSIDE_SEALED_MISSING
    assert refused.value.context["version"] == edit.edited.history[0]
    assert responses_table(db) == table
    jobs.accept_outside(db, trip.uuid)
    assert jobs.outside_edits(db, forms) == []


def test_a_response_saved_here_after_an_outside_edit_is_no_longer_listed(trip, forms,
                                                                        tmp_path):
    db = office(tmp_path, forms, trip.book, trip.edited)
    with Store(db) as store:
        edited = store.get(trip.uuid)
        saved = store.save(replace(edited, answers={**edited.answers, "so_lao_dong": 1000}),
                           who="ward office")
        assert saved.history[0] == edited.version and not store.get(trip.uuid).edited_outside
        with pytest.raises(SurveyError) as refused:
            revert_outside_edit(store, trip.uuid, who="ward office")
        assert outside_edits(store, forms) == []
    assert refused.value.problem is Problem.OUTSIDE_NOT_EDITED
