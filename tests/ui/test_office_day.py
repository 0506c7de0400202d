"""A whole office day in the real window (offscreen), on workbooks made as the field makes them
(`demo` + `export`): a USB stick's folder with a trip, the same file again, a LibreOffice re-saved
copy, a copy with a cell edited and saved in LibreOffice, a second inspector's visit to the same
establishment and a broken file. The office previews and imports it, resolves a conflict field
by field, merges the duplicate pair, accepts the outside edit, undoes an import (and sees why
another cannot be undone), imports everything again (nothing changes), and exports for the
department, whose fresh store gets the resolutions and merges without a conflict."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from surveyor.core import jobs
from surveyor.core.filling.session import Session
from surveyor.core.store import Store
from surveyor.ui.app import build_main_window, install_translation
from tests.ui.test_conflicts_tab import go_to, kept
from tests.ui.test_import_preview import close_told, preview_of, press_import, settle

pytestmark = pytest.mark.slow

FORM_ID = "co_so_san_xuat"
AN, BINH, CHI, OFFICE = "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Chí", "Văn phòng phường"


def responses_table(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return sorted(conn.execute("SELECT * FROM responses").fetchall())


def edit(db: Path, forms, uuid: str, who: str, **answers) -> None:
    """An edit made in the window of that store: a Session, as a person fills it."""
    with Store(db) as store:
        state = store.get(uuid)
        session = Session.open(forms[(state.form_id, state.form_version)], state)
        for key, value in answers.items():
            session.set(key, value)
        session.save(store, who=who)


def typed_in_a_spreadsheet(source: Path, target: Path, uuid: str, resave) -> None:
    """The workbook opened in LibreOffice, one number typed over, saved: openpyxl types it,
    LibreOffice writes the file the office receives."""
    book = openpyxl.load_workbook(source)
    sheet = book[FORM_ID]
    head = [c.value for c in sheet[1]]
    for row in range(2, sheet.max_row + 1):
        if sheet.cell(row, head.index("_uuid") + 1).value == uuid:
            sheet.cell(row, head.index("so_lao_dong") + 1).value = 77
    typed = target.with_suffix(".typed.xlsx")
    book.save(typed)
    shutil.copyfile(resave(typed), target)
    typed.unlink()


class Field:
    """Three laptops: An's trip, Bình's visit to one of An's establishments (the same tax
    code), Chí's small trip."""

    def __init__(self, root: Path, forms, resave):
        self.root, self.forms = root, forms
        self.an_db, self.binh_db, self.chi_db = (root / f"{n}.sqlite" for n in ("an", "binh", "chi"))
        for db, name in ((self.an_db, AN), (self.binh_db, BINH), (self.chi_db, CHI)):
            with Store(db) as store:
                store.set_setting("inspector", name)
        jobs.demo(self.an_db, forms, responses=9, seed=21)      # fewer than 10: no duplicates
        jobs.demo(self.chi_db, forms, responses=3, seed=23)
        with Store(self.an_db) as store:
            mine = [r for r in store.responses() if r.form_id == FORM_ID]
        self.twin, self.contested, self.typed = mine[0], mine[1], mine[2]
        self.binh = self.visit()
        trip = self.export(self.an_db, "an.xlsx")
        self.stick = root / "usb"
        (self.stick / "thang-11").mkdir(parents=True)
        shutil.copyfile(trip, self.stick / "1-an.xlsx")
        shutil.copyfile(trip, self.stick / "2-an-gui-lai.xlsx")
        shutil.copyfile(resave(trip), self.stick / "3-an-libreoffice.xlsx")
        typed_in_a_spreadsheet(trip, self.stick / "4-an-sua-tay.xlsx", self.typed.uuid, resave)
        shutil.copyfile(self.export(self.binh_db, "binh.xlsx"), self.stick / "5-binh.xlsx")
        (self.stick / "thang-11" / "6-hong.xlsx").write_text("bảng tính bị hỏng", "utf-8")
        self.chi = self.export(self.chi_db, "chi.xlsx")

    def visit(self):
        form = jobs.catalog().latest()[FORM_ID]
        session = Session.new(form, inspector=BINH, device="laptop-binh",
                              now=dt.datetime(2026, 12, 1, 9, 0))
        for key in ("ten_co_so", "loai_hinh", "ma_so_thue", "phuong_xa"):
            session.set(key, self.twin.answers[key])
        session.set("dien_thoai", "0912 345 678")
        with Store(self.binh_db) as store:
            return session.save(store, who=BINH)

    def export(self, db: Path, name: str) -> Path:
        return jobs.export_file(db, self.root / name, self.forms).path


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    yield
    install_translation(QApplication.instance(), "en")


def open_office(qtbot, db: Path, root: Path):
    settings = QSettings(str(root / "office.ini"), QSettings.Format.IniFormat)
    settings.setValue("ui_language", "en")
    window = build_main_window(db, settings=settings)
    qtbot.addWidget(window, before_close_func=settle)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def review(window, qtbot, name: str):
    window.activateWindow()                      # after the summary box: keys go to the window
    qtbot.waitUntil(window.isActiveWindow)
    tab = window.review.tab(name)
    if not hasattr(tab, "loaded"):               # the Imports tab reads the store at once
        window.show_review(name)
        return tab
    with qtbot.waitSignal(tab.loaded, timeout=20000):
        window.show_review(name)
    qtbot.waitUntil(lambda: not tab.reading)
    return tab


def import_all(window, qtbot, paths):
    preview = preview_of(window, qtbot, paths)
    rows = {name: counts for name, counts, _ in preview.shown_rows()}
    refusals = preview.shown_refusals()
    report = press_import(window, qtbot, preview)
    close_told(window)
    return rows, refusals, report


def test_an_office_day(tmp_path, qtbot, monkeypatch, resave):
    forms = jobs.catalog().forms
    field = Field(tmp_path, forms, resave)
    office = tmp_path / "office.sqlite"
    with Store(office) as store:
        store.set_setting("inspector", OFFICE)
    window = open_office(qtbot, office, tmp_path)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))

    # 1. the stick's folder: preview, then import
    rows, refusals, report = import_all(window, qtbot, [field.stick])
    assert rows["1-an.xlsx"]["new"] == 9
    assert rows["2-an-gui-lai.xlsx"]["unchanged"] == 9
    assert rows["3-an-libreoffice.xlsx"]["unchanged"] == 9          # a re-save changes nothing
    edited = rows["4-an-sua-tay.xlsx"]
    assert (edited["updated"], edited["edited_outside"], edited["unchanged"]) == (1, 1, 8)
    assert (rows["5-binh.xlsx"]["new"], rows["5-binh.xlsx"]["possible_duplicates"]) == (1, 1)
    [refused] = refusals
    assert "6-hong.xlsx" in refused and "not an Excel .xlsx workbook" in refused
    assert report.counts["rejected"] == 1 and jobs.status(office).total == 10
    with Store(office) as store:
        assert store.get(field.typed.uuid).answers["so_lao_dong"] == 77

    # 2. An edits an establishment again in the field; the office edited it meanwhile
    edit(field.an_db, forms, field.contested.uuid, AN, so_lao_dong=111,
         ten_co_so=field.contested.answers["ten_co_so"] + " (đổi tên)")
    edit(office, forms, field.contested.uuid, OFFICE, so_lao_dong=222)
    second = field.export(field.an_db, "an-2.xlsx")
    _, _, report = import_all(window, qtbot, [second])
    assert report.counts["conflicts"] == 1

    # 3. the conflict, field by field: the workers from the field; the new name (changed
    # only there since the common version) is suggested already
    tab = review(window, qtbot, "conflicts")
    table = tab.table
    assert kept(table, "ten_co_so") == "incoming" and kept(table, "so_lao_dong") == "local"
    tab.list.tree.setFocus()
    QTest.keyClick(tab.list.tree, Qt.Key.Key_Return)
    qtbot.waitUntil(table.hasFocus)
    go_to(table, "so_lao_dong")
    QTest.keyClick(table, Qt.Key.Key_Right)
    tab.resolve_button.click()
    qtbot.waitUntil(lambda: tab.list.proxy.rowCount() == 0)
    with Store(office) as store:
        resolved = store.get(field.contested.uuid)
        assert store.conflicts() == []
    assert resolved.answers["so_lao_dong"] == 111
    assert resolved.answers["ten_co_so"].endswith(" (đổi tên)")

    # 4. the duplicate pair: the same establishment; An's response is kept
    tab = review(window, qtbot, "duplicates")
    assert tab.list.proxy.rowCount() == 1
    if tab.state_of(tab.kept).uuid != field.twin.uuid:
        tab.swap()
    tab.merge_current()
    qtbot.waitUntil(lambda: tab.list.proxy.rowCount() == 0)
    with Store(office) as store:
        dropped = store.get(field.binh.uuid)
    assert (dropped.deleted, dropped.merged_into) == (True, field.twin.uuid)

    # 5. the cell typed in LibreOffice: accepted
    tab = review(window, qtbot, "outside")
    assert tab.list.proxy.rowCount() == 1
    tab.accept_current()
    qtbot.waitUntil(lambda: tab.list.proxy.rowCount() == 0)
    with Store(office) as store:
        assert not store.get(field.typed.uuid).edited_outside

    # 6. Chí's trip imported by mistake, then undone; An's second trip cannot be undone now
    _, _, report = import_all(window, qtbot, [field.chi])
    chi_import = report.files[0].import_id
    assert jobs.status(office).total == 12            # 10 less Bình's (merged) and Chí's 3
    tab = review(window, qtbot, "imports")
    tab.select(chi_import)
    tab.undo_selected()
    qtbot.waitUntil(lambda: jobs.status(office).total == 9, timeout=20000)
    second_import = next(r.id for r in jobs.history(office) if r.file == "an-2.xlsx")
    window.runner.wait()
    QApplication.processEvents()
    tab.select(second_import)
    tab.undo_selected()
    qtbot.waitUntil(lambda: bool(warned), timeout=20000)
    assert "cannot be undone" in warned[0]
    assert jobs.status(office).total == 9

    # 7. everything again (the undone trip aside): nothing changes
    before = responses_table(office)
    rows, _, report = import_all(window, qtbot, [field.stick, second])
    changing = ("new", "updated", "merged", "conflicts")
    assert {key: report.counts[key] for key in changing} == dict.fromkeys(changing, 0)
    assert responses_table(office) == before

    # 8. the ward's workbook at the department: resolutions and merges intact, no conflict
    ward = tmp_path / "phuong.xlsx"
    window.last_export = None
    window.export_to(ward)
    qtbot.waitUntil(lambda: window.last_export is not None, timeout=30000)
    department = tmp_path / "department.sqlite"
    first = jobs.import_files(department, [ward], forms)
    assert first.counts["rejected"] == 0 and first.counts["conflicts"] == 0
    with Store(department) as store:
        assert store.get(field.contested.uuid).answers["so_lao_dong"] == 111
        gone = store.get(field.binh.uuid)
        assert (gone.deleted, gone.merged_into) == (True, field.twin.uuid)
    assert jobs.duplicates(department, forms) == []
    late = jobs.import_files(department, [second, field.stick / "5-binh.xlsx"], forms)
    assert late.counts["conflicts"] == 0 and late.counts["new"] == 0
    assert len(asked) >= 4                       # every decision was confirmed first
