"""The Edited-outside tab as the office uses it: an inspector's workbook imported at the ward,
then the same workbook with two cells changed in a spreadsheet program (openpyxl, as Excel
would) imported too; the edit is accepted or reverted in the real window, offscreen, and the
store is checked after each step."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import NamedTuple

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget

from surveyor.core import jobs
from surveyor.core.responses import content
from surveyor.core.store import Store
from surveyor.ui.conflict_fields import INCOMING_COLUMN, LOCAL_COLUMN, QUESTION
from tests.test_outside import edit_cell
from tests.ui import test_duplicates_tab as duplicates
from tests.ui.test_duplicates_tab import answer, cell, shown_fields

# the window on a review tab, the bundled forms, English afterwards: as the Duplicates tab's
forms, open_review = duplicates.forms, duplicates.open_review
english_afterwards = duplicates.english_afterwards

FORM_ID = "co_so_san_xuat"
OFFICE = "Văn phòng phường Cửa Nam"
PHONE = "024 3999 8888"


class Trip(NamedTuple):
    book: Path           # the workbook as exported
    edited: Path         # the same workbook, two cells changed outside Surveyor
    uuid: str            # the response on the edited row
    workers: int         # its so_lao_dong before the edit
    phone: object        # its dien_thoai before the edit


@pytest.fixture
def trip(tmp_path: Path, forms) -> Trip:
    field, book = tmp_path / "field.sqlite", tmp_path / "trip.xlsx"
    edited = tmp_path / "trip-edited.xlsx"
    jobs.demo(field, forms, responses=12, seed=8)
    jobs.export_file(field, book, forms)
    uuid, workers = edit_cell(book, edited, "so_lao_dong", 999)
    same, phone = edit_cell(edited, edited, "dien_thoai", PHONE)
    assert same == uuid
    return Trip(book, edited, uuid, workers, phone)


def office(tmp_path: Path, forms, *books: Path) -> Path:
    db = tmp_path / "office.sqlite"
    with Store(db) as store:
        store.set_setting("inspector", OFFICE)
    for book in books:
        assert jobs.import_files(db, [book], forms).counts["rejected"] == 0
    return db


def responses_table(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return sorted(conn.execute("SELECT * FROM responses").fetchall())


def test_the_row_is_listed_with_who_imported_it_and_its_changed_cells_marked(
        trip, forms, tmp_path, open_review):
    db = office(tmp_path, forms, trip.book, trip.edited)
    window, tab = open_review(db, "outside")
    model = tab.list.proxy
    assert model.rowCount() == 1
    with Store(db) as store:
        edited = store.get(trip.uuid)
        files = {record.file for record in store.imports()}
    row = [model.index(0, c).data() for c in range(6)]
    assert row[:4] == [window.latest[FORM_ID].title, edited.answers["ten_co_so"],
                       edited.inspector, OFFICE]
    assert row[4].startswith("trip-edited.xlsx · ") and row[5] == "2"
    assert files == {"trip.xlsx", "trip-edited.xlsx"}              # the later one brought it
    assert tab.origin.text().startswith(f"Imported from trip-edited.xlsx by {OFFICE}, ")
    table = tab.table
    assert shown_fields(table) == ["so_lao_dong", "dien_thoai"]        # form order
    assert cell(table, "so_lao_dong", QUESTION).text() == "Số lao động (người)"
    assert (cell(table, "so_lao_dong", LOCAL_COLUMN).text(),
            cell(table, "so_lao_dong", INCOMING_COLUMN).text()) == (str(trip.workers), "999")
    assert cell(table, "dien_thoai", INCOMING_COLUMN).text() == PHONE
    marked = cell(table, "dien_thoai", INCOMING_COLUMN)
    assert marked.font().bold() and marked.background().color().name() == "#ffd9a8"
    assert marked.data(Qt.ItemDataRole.CheckStateRole) is None      # nothing to pick
    assert table.horizontalHeaderItem(LOCAL_COLUMN).text().startswith("As exported (sealed)")
    assert tab.summary.text() == "Cells changed: 2"
    assert tab.accept_button.isEnabled() and tab.revert_button.isEnabled()
    assert tab.reason.isHidden()
    for name in ("list:outside", "table:outside_fields", "edit:outside_filter"):
        widget = tab.findChild(QWidget, name)
        assert widget is not None and widget.accessibleName(), name
    tab.show_all.setChecked(True)
    assert table.rowCount() > 2 and "ten_co_so" in shown_fields(table)


def test_accepting_with_the_keyboard_keeps_the_edit_and_empties_the_list(
        trip, forms, tmp_path, open_review, qtbot, monkeypatch):
    db = office(tmp_path, forms, trip.book, trip.edited)
    _, tab = open_review(db, "outside")
    with Store(db) as store:
        edited = store.get(trip.uuid)
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    tab.list.tree.setFocus()
    QTest.keyClick(tab.list.tree, Qt.Key.Key_Return)                 # to the marked cells
    qtbot.waitUntil(tab.table.hasFocus)
    QTest.keySequence(tab.table, tab.accept_button.shortcut())       # Alt+C
    qtbot.waitUntil(lambda: tab.list.proxy.rowCount() == 0)
    assert edited.answers["ten_co_so"] in asked[0]
    with Store(db) as store:
        now = store.get(trip.uuid)
        last = store.audit(trip.uuid)[-1]
    assert not now.edited_outside
    assert (now.version, now.answers) == (edited.version, edited.answers)
    assert (now.answers["so_lao_dong"], now.answers["dien_thoai"]) == (999, PHONE)
    assert (last.field, last.new, last.who) == ("_edited_outside", "0", OFFICE)
    qtbot.waitUntil(lambda: not tab.reading)
    assert tab.list.model.rowCount() == 0 and jobs.outside_edits(db, forms) == []
    assert tab.title.text() == "No rows edited outside Surveyor"
    assert not tab.accept_button.isEnabled() and not tab.revert_button.isEnabled()


def test_reverting_brings_the_sealed_content_back(trip, forms, tmp_path, open_review, qtbot,
                                                  monkeypatch):
    db = office(tmp_path, forms, trip.book, trip.edited)
    _, tab = open_review(db, "outside")
    with Store(db) as store:
        edited = store.get(trip.uuid)
        sealed = store.state(trip.uuid, edited.history[0])
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(tab.changed, timeout=5000):
        tab.revert_button.click()
    assert "Cells changed outside Surveyor: 2" in asked[0]
    with Store(db) as store:
        now = store.get(trip.uuid)
    assert content(now) != content(edited) and not now.edited_outside
    assert (now.answers, now.repeats, now.status) == (sealed.answers, sealed.repeats,
                                                      sealed.status)
    assert (now.answers["so_lao_dong"], now.answers.get("dien_thoai")) == (trip.workers,
                                                                          trip.phone)
    assert now.history[:2] == (edited.version, sealed.version)
    qtbot.waitUntil(lambda: not tab.reading)
    assert tab.list.model.rowCount() == 0 and jobs.outside_edits(db, forms) == []


def test_revert_is_disabled_with_the_reason_when_the_sealed_state_is_not_here(
        trip, forms, tmp_path, open_review, monkeypatch):
    db = office(tmp_path, forms, trip.edited)          # never saw the workbook as sealed
    _, tab = open_review(db, "outside")
    with Store(db) as store:
        named = store.get(trip.uuid).history[0]
    assert tab.list.proxy.index(0, 5).data() == "?"
    assert not tab.revert_button.isEnabled() and tab.accept_button.isEnabled()
    assert tab.reason.isVisibleTo(tab) and named in tab.reason.text()
    assert tab.revert_button.toolTip() == tab.reason.text()
    assert tab.table.rowCount() == 0
    before = responses_table(db)
    answer(monkeypatch, QMessageBox.StandardButton.No)
    tab.accept_button.click()
    assert responses_table(db) == before                 # not confirmed: nothing written
    assert tab.list.proxy.rowCount() == 1


def test_a_tab_out_of_sight_reads_the_store_when_it_is_shown(trip, forms, tmp_path,
                                                             open_review, qtbot):
    db = office(tmp_path, forms, trip.book)
    window, _ = open_review(db, "duplicates")
    tab = window.review.tab("outside")
    assert jobs.import_files(db, [trip.edited], forms).counts["edited_outside"] == 1
    window.review.refresh()                      # as after an import from the window
    assert not tab.reading and tab.list.model.rowCount() == 0     # hidden: nothing read yet
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        window.review.show_tab("outside")
    assert tab.list.model.rowCount() == 1 and tab.shown_id == trip.uuid
