"""The Duplicates tab as the office uses it: two inspectors survey the same establishment (the
same tax code), each exports a workbook, the ward office imports both; the pair is merged or
dismissed in the real window, offscreen, and the store is checked after each step."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from surveyor.core import jobs
from surveyor.core.filling.session import Session
from surveyor.core.store import Store
from surveyor.ui.app import build_main_window, install_translation
from surveyor.ui.conflict_fields import INCOMING_COLUMN, LOCAL_COLUMN, QUESTION

FORM_ID = "co_so_san_xuat"
BINH = "Trần Thị Bình"
OFFICE = "Văn phòng phường Hoàn Kiếm"
BINH_PHONE = "0912 345 678"


@pytest.fixture(scope="module")
def forms():
    return jobs.catalog().forms


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    """A window may install the Vietnamese interface (the default): later tests read English."""
    yield
    install_translation(QApplication.instance(), "en")


class Survey:
    """An's trip (demo data) and Bình's visit to one of An's establishments, both imported at
    the ward office: one possible duplicate pair, by the same tax code."""

    def __init__(self, tmp_path: Path, forms):
        self.tmp, self.forms = tmp_path, forms
        self.form = jobs.catalog().latest()[FORM_ID]
        an_db, self.binh_db = tmp_path / "an.sqlite", tmp_path / "binh.sqlite"
        self.office = tmp_path / "office.sqlite"
        jobs.demo(an_db, forms, responses=9, seed=5)        # fewer than 10: no duplicates
        with Store(an_db) as store:
            self.an = next(r for r in store.responses()
                           if r.form_id == FORM_ID and r.answers.get("ma_so_thue"))
        self.binh = self.visit()
        self.an_db = an_db
        self.books = [self.export(an_db, "an.xlsx"), self.export(self.binh_db, "binh.xlsx")]
        with Store(self.office) as store:
            store.set_setting("inspector", OFFICE)
        report = jobs.import_files(self.office, self.books, forms)
        assert report.counts["possible_duplicates"] == 1, report.counts

    def visit(self):
        """Bình fills the form at the same establishment a week later (a draft), typing its
        name, tax code and ward as An did, another number of workers and a phone number."""
        session = Session.new(self.form, inspector=BINH, device="laptop-binh",
                              now=dt.datetime(2026, 12, 1, 9, 0))    # after every demo visit
        for key in ("ten_co_so", "loai_hinh", "ma_so_thue", "phuong_xa"):
            session.set(key, self.an.answers[key])
        session.set("so_lao_dong", int(self.an.answers["so_lao_dong"]) + 7)
        session.set("dien_thoai", BINH_PHONE)
        with Store(self.binh_db) as store:
            return session.save(store, who=BINH)

    def export(self, db: Path, name: str) -> Path:
        jobs.export_file(db, self.tmp / name, self.forms)
        return self.tmp / name


@pytest.fixture
def survey(tmp_path, forms) -> Survey:
    return Survey(tmp_path, forms)


@pytest.fixture
def open_review(qtbot, tmp_path):
    """A function: the real main window on a store, on review tab `name`, its list read."""
    made = []

    def open_on(db: Path, name: str, language: str = "en"):
        settings = QSettings(str(tmp_path / f"settings-{len(made)}.ini"),
                             QSettings.Format.IniFormat)
        settings.setValue("ui_language", language)
        window = build_main_window(db, settings=settings)
        qtbot.addWidget(window)
        made.append(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        tab = window.review.tab(name)
        with qtbot.waitSignal(tab.loaded, timeout=10000):
            window.show_review(name)
        qtbot.waitUntil(lambda: not tab.reading)
        return window, tab

    yield open_on
    for window in made:
        window.runner.wait()


def cell(table, field: str, column: int):
    for row in range(table.rowCount()):
        if table.item(row, QUESTION).data(Qt.ItemDataRole.UserRole) == field:
            return table.item(row, column)
    raise AssertionError(f"{field} is not shown")


def shown_fields(table) -> list[str]:
    return [table.item(r, QUESTION).data(Qt.ItemDataRole.UserRole)
            for r in range(table.rowCount())]


def ticked(table, field: str) -> str:
    """Whose value the table shows as going into the kept response: first or second."""
    ticks = {side: cell(table, field, column).checkState() == Qt.CheckState.Checked
             for side, column in (("first", LOCAL_COLUMN), ("second", INCOMING_COLUMN))}
    assert list(ticks.values()).count(True) == 1, ticks
    return next(side for side, on in ticks.items() if on)


def go_to(table, field: str) -> None:
    QTest.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(table.rowCount()):
        if table.current_field() == field:
            return
        QTest.keyClick(table, Qt.Key.Key_Down)
    assert table.current_field() == field, field


def answer(monkeypatch, reply) -> list[str]:
    """Every confirmation is answered `reply`; returns the questions asked."""
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or reply)
    return asked


def responses_table(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return sorted(conn.execute("SELECT * FROM responses").fetchall())


def test_the_pair_is_listed_with_both_names_the_reason_and_who_surveyed_each(
        survey, open_review):
    window, tab = open_review(survey.office, "duplicates")
    model, an = tab.list.proxy, survey.an
    assert model.rowCount() == 1
    row = [model.index(0, c).data() for c in range(6)]
    assert row[0] == survey.form.title
    assert row[1] == row[3] == an.answers["ten_co_so"]
    assert row[2].startswith(BINH + " · ")                    # the later visit comes first
    assert row[4].startswith(an.inspector + " · ")
    assert row[5] == f"Same tax code {an.answers['ma_so_thue']}"
    table = tab.table
    headers = [table.horizontalHeaderItem(c).text() for c in (LOCAL_COLUMN, INCOMING_COLUMN)]
    assert headers[0].startswith(f"Kept (first)\n{BINH} · ") and headers[0].endswith("Draft")
    assert headers[1].startswith(f"Deleted (second)\n{an.inspector} · ")
    shown = shown_fields(table)
    assert {"so_lao_dong", "dien_thoai", "inspector"} <= set(shown)
    assert not {"ten_co_so", "ma_so_thue", "phuong_xa"} & set(shown)   # the same on both
    assert cell(table, "so_lao_dong", QUESTION).text() == "Số lao động (người)"
    assert (cell(table, "so_lao_dong", LOCAL_COLUMN).text(),
            cell(table, "so_lao_dong", INCOMING_COLUMN).text()) == (
        str(an.answers["so_lao_dong"] + 7), str(an.answers["so_lao_dong"]))
    assert all(ticked(table, field) == "first" for field in shown)
    tab.show_all.setChecked(True)
    ward = cell(table, "phuong_xa", LOCAL_COLUMN).text()
    assert ward and ward != an.answers["phuong_xa"]           # the choice's label, not its code
    assert tab.reason.text() == f"Flagged because: {row[5]}"
    tab.list.filter.setFocus()
    for ch in "binh":                                         # no diacritics: finds "Bình"
        QTest.keyClick(tab.list.filter, ch)
    assert model.rowCount() == 1
    for ch in "zz":
        QTest.keyClick(tab.list.filter, ch)
    assert model.rowCount() == 0 and tab.list.count.text() == "0 of 1 possible duplicate"
    merge = window.findChild(QPushButton, "button:merge")
    assert not merge.isEnabled() and tab.title.text() == "Pick a pair in the list"
    tab.list.filter.clear()
    assert merge.isEnabled() and tab.list.count.text() == "1 possible duplicate"


def test_same_establishment_keeps_the_other_one_with_a_field_picked_from_the_deleted_one(
        survey, open_review, qtbot, monkeypatch):
    window, tab = open_review(survey.office, "duplicates")
    table, an, binh = tab.table, survey.an, survey.binh
    window.responses.set_form(FORM_ID, {})
    listed = window.responses.model()
    assert listed.row_of(binh.uuid, near=(0,)) >= 0
    tab.list.tree.setFocus()
    QTest.keyClick(tab.list.tree, Qt.Key.Key_Return)          # from the list to the fields
    qtbot.waitUntil(table.hasFocus)
    go_to(table, "dien_thoai")
    QTest.keyClick(table, Qt.Key.Key_Left)                     # Bình's phone, picked: it stays
    QTest.keySequence(table, tab.swap_button.shortcut())       # Alt+O: keep An's instead
    qtbot.waitUntil(lambda: tab.kept == "incoming")
    assert table.horizontalHeaderItem(INCOMING_COLUMN).text().startswith("Kept (second)")
    assert table.horizontalHeaderItem(LOCAL_COLUMN).text().startswith("Deleted (first)")
    assert ticked(table, "so_lao_dong") == "second"            # not picked: follows the swap
    assert ticked(table, "dien_thoai") == "first"
    target = cell(table, "so_lao_dong", LOCAL_COLUMN)
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualItemRect(target).center())
    assert ticked(table, "so_lao_dong") == "first"
    QTest.keyClick(table, Qt.Key.Key_Space)                    # on so_lao_dong: back to An's
    assert [ticked(table, f) for f in ("dien_thoai", "so_lao_dong", "nguoi_tra_loi")] == [
        "first", "second", "second"]
    assert tab.summary.text() == "Answers taken from the deleted response: 1"
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    QTest.keySequence(table, tab.merge_button.shortcut())      # Alt+M
    qtbot.waitUntil(lambda: tab.list.proxy.rowCount() == 0)
    assert an.inspector in asked[0] and BINH in asked[0] and "Answers taken from it: 1" in asked[0]
    assert asked[0].index(an.inspector) < asked[0].index(BINH)     # kept first, then deleted
    with Store(survey.office) as store:
        kept, dropped = store.get(an.uuid), store.get(binh.uuid)
        absorbed = [a for a in store.audit(an.uuid) if a.field == "_absorbed"]
    assert kept.answers == {**an.answers, "dien_thoai": BINH_PHONE}
    assert kept.history[0] == an.version and kept.inspector == an.inspector
    assert (dropped.deleted, dropped.merged_into, dropped.answers) == (True, an.uuid,
                                                                       binh.answers)
    assert [(a.new, a.who) for a in absorbed] == [(binh.uuid, OFFICE)]
    qtbot.waitUntil(lambda: listed.row_of(binh.uuid, near=(0,)) == -1)   # gone from the list
    assert listed.row_of(an.uuid, near=(0,)) >= 0
    qtbot.waitUntil(lambda: not tab.reading)
    assert tab.list.proxy.rowCount() == tab.list.model.rowCount() == 0
    assert tab.title.text() == "No possible duplicates"
    assert not tab.merge_button.isEnabled()
    assert jobs.duplicates(survey.office, survey.forms) == []


def test_different_establishments_are_not_flagged_again_nor_by_later_imports(
        survey, open_review, qtbot, monkeypatch, tmp_path):
    _, tab = open_review(survey.office, "duplicates")
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(tab.changed, timeout=5000):
        tab.dismiss_button.click()
    assert survey.an.answers["ten_co_so"] in asked[0] and BINH in asked[0]
    assert tab.list.proxy.rowCount() == 0
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        tab.refresh()
    assert tab.list.model.rowCount() == 0
    with Store(survey.office) as store:
        assert not store.get(survey.an.uuid).deleted and not store.get(survey.binh.uuid).deleted
    # both inspectors correct their response and export again; the office imports both
    for db, state in ((survey.an_db, survey.an), (survey.binh_db, survey.binh)):
        with Store(db) as store:
            session = Session.open(survey.form, store.get(state.uuid))
            session.set("ghi_chu", "Đã gọi lại để xác nhận")
            session.save(store, who=state.inspector)
    later = [survey.export(survey.an_db, "an-2.xlsx"),
             survey.export(survey.binh_db, "binh-2.xlsx")]
    report = jobs.import_files(survey.office, later, survey.forms)
    assert report.counts["updated"] == 2 and report.counts["possible_duplicates"] == 0
    elsewhere = jobs.import_files(tmp_path / "elsewhere.sqlite", later, survey.forms)
    assert elsewhere.counts["possible_duplicates"] == 1          # the pair is still a pair
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        tab.refresh()
    assert tab.list.model.rowCount() == 0
    assert tab.title.text() == "No possible duplicates"


def test_a_merge_that_is_not_confirmed_writes_nothing(survey, open_review, monkeypatch):
    window, tab = open_review(survey.office, "duplicates")
    before = responses_table(survey.office)
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    tab.merge_button.click()
    tab.dismiss_button.click()
    window.runner.wait()
    assert len(asked) == 2
    assert responses_table(survey.office) == before
    assert tab.list.proxy.rowCount() == 1 and len(jobs.duplicates(survey.office,
                                                                  survey.forms)) == 1


def test_the_tab_is_named_for_assistive_technology_and_speaks_vietnamese(survey, open_review):
    window, tab = open_review(survey.office, "duplicates", language="vi")
    assert window.review.tabs.tabText(window.review.tabs.indexOf(tab)) == "Trùng lặp"
    for name in ("list:duplicates", "table:duplicate_fields", "edit:duplicates_filter"):
        widget = tab.findChild(QWidget, name)
        assert widget is not None and widget.accessibleName(), name
    assert tab.findChild(QPushButton, "button:merge").text() == "Cùng một cơ sở: &gộp"
    assert tab.findChild(QPushButton, "button:dismiss").text() == "&Khác cơ sở"
    assert tab.list.proxy.index(0, 5).data() == (
        f"Trùng mã số thuế {survey.an.answers['ma_so_thue']}")
    assert tab.table.horizontalHeaderItem(LOCAL_COLUMN).text().startswith(
        f"Giữ lại (thứ nhất)\n{BINH} · ")

