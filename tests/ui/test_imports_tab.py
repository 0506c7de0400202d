"""The review page's Imports tab: the history of imports, undo with confirmation, and a refused
undo saying why in the interface language. A real office store, real workbooks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox

from surveyor.core import jobs
from surveyor.core.filling.session import Session
from surveyor.core.store import Store
from surveyor.ui.app import build_main_window, install_translation
from surveyor.ui.imports_tab import COUNTS, FILE, ID, SHA, STATE, WHO


@pytest.fixture(scope="module")
def forms():
    return jobs.catalog().forms


@pytest.fixture(scope="module")
def trips(tmp_path_factory, forms) -> dict[str, Path]:
    """Two field laptops' workbooks, and the first one's again after an edit."""
    folder = tmp_path_factory.mktemp("trips")
    made = {}
    for name, seed in (("lan", 4), ("minh", 9)):
        jobs.demo(folder / f"{name}.sqlite", forms, responses=6, seed=seed)
        made[name] = jobs.export_file(folder / f"{name}.sqlite", folder / f"{name}.xlsx",
                                      forms).path
    with Store(folder / "lan.sqlite") as store:
        response = next(iter(store.responses()))
        session = Session.open(forms[(response.form_id, response.form_version)], response)
        session.set("ten_co_so", "Cơ sở đã sửa")
        session.save(store, who="Lan")
    made["lan-later"] = jobs.export_file(folder / "lan.sqlite", folder / "lan-later.xlsx",
                                         forms).path
    return made


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    yield
    install_translation(QApplication.instance(), "en")


@pytest.fixture
def office(tmp_path, trips, forms) -> Path:
    """An office store that imported Lan's workbook, then Minh's."""
    db = tmp_path / "office.sqlite"
    jobs.import_files(db, [trips["lan"]], forms)
    jobs.import_files(db, [trips["minh"]], forms)
    return db


def open_window(qtbot, db: Path, tmp_path: Path, language: str = "en"):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("ui_language", language)
    window = build_main_window(db, settings=settings)
    qtbot.addWidget(window, before_close_func=settle)
    window.show()
    window.findChild(QAction, "action:review").trigger()
    return window, window.review.tab("imports")


@pytest.fixture
def window(qtbot, office, tmp_path):
    made, _tab = open_window(qtbot, office, tmp_path)
    return made


def settle(window) -> None:
    """Every job of the window finished and its signals handled, before the window closes
    (pytest-qt closes it before fixtures are torn down)."""
    window.runner.wait()
    QApplication.processEvents()
    while window.runner.running:
        window.runner.wait()
        QApplication.processEvents()


def cell(tab, row: int, column: int) -> str:
    return tab.table.item(row, column).text()


def test_the_imports_tab_comes_first_and_lists_every_import(window, office):
    tab = window.review.tab("imports")
    assert window.review.tabs.widget(0) is tab and window.review.tabs.tabText(0) == "Imports"
    history = jobs.history(office)
    assert tab.table.rowCount() == len(history) == 2
    for row, record in enumerate(history):                   # newest first
        assert cell(tab, row, ID) == str(record.id)
        assert cell(tab, row, FILE) == record.file
        assert cell(tab, row, SHA) == record.sha256[:12]
        assert tab.table.item(row, SHA).toolTip() == record.sha256
        assert cell(tab, row, WHO) == record.who
        assert cell(tab, row, COUNTS) == "new: 6"
        assert cell(tab, row, STATE) == "in effect"
    assert [cell(tab, r, FILE) for r in range(2)] == ["minh.xlsx", "lan.xlsx"]


def test_undo_asks_naming_the_file_then_undoes_the_chosen_import(window, qtbot, office,
                                                                  monkeypatch):
    tab = window.review.tab("imports")
    lan = next(r for r in jobs.history(office) if r.file == "lan.xlsx")
    tab.select(lan.id)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    qtbot.mouseClick(tab.undo_button, Qt.MouseButton.LeftButton)
    assert "lan.xlsx" in asked[0] and "new: 6" in asked[0]
    window.runner.wait()
    assert jobs.status(office).total == 12                    # "No": nothing undone
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(tab.changed, timeout=30000):
        qtbot.mouseClick(tab.undo_button, Qt.MouseButton.LeftButton)
    assert jobs.status(office).total == 6
    assert {r.file: r.undone for r in jobs.history(office)} == {"lan.xlsx": True,
                                                                "minh.xlsx": False}
    row = [cell(tab, r, FILE) for r in range(tab.table.rowCount())].index("lan.xlsx")
    assert cell(tab, row, STATE) == "undone"
    assert tab.selected().id == lan.id and not tab.undo_button.isEnabled()
    assert f"Import {lan.id} undone" in tab.status.text()
    window.responses.model().refresh()
    assert sum(window.store.tally().values()) == 6


def refused_undo(qtbot, tab, monkeypatch) -> list[str]:
    """Press Undo on the selected import, say yes; the warnings shown."""
    shown = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    qtbot.mouseClick(tab.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=30000)
    return shown


def test_undo_is_refused_with_the_reason_when_a_later_import_builds_on_it(
        window, qtbot, office, trips, forms, monkeypatch):
    later = jobs.import_files(office, [trips["lan-later"]], forms).files[0].import_id
    before = jobs.status(office)
    tab = window.review.tab("imports")
    tab.refresh()
    lan = next(r for r in jobs.history(office) if r.file == "lan.xlsx")
    tab.select(lan.id)
    (text,) = refused_undo(qtbot, tab, monkeypatch)
    assert text.startswith(f"import {lan.id} cannot be undone")
    assert f"undo import {later} first" in text
    assert jobs.status(office) == before and not any(r.undone for r in jobs.history(office))


def test_the_refusal_is_in_vietnamese_when_the_interface_is(qtbot, office, trips, forms,
                                                          tmp_path, monkeypatch):
    jobs.import_files(office, [trips["lan-later"]], forms)
    window, tab = open_window(qtbot, office, tmp_path, language="vi")
    assert window.review.tabs.tabText(0) != "Imports"         # the tab's title translated too
    lan = next(r for r in jobs.history(office) if r.file == "lan.xlsx")
    tab.select(lan.id)
    (text,) = refused_undo(qtbot, tab, monkeypatch)
    assert text.startswith(f"không thể hoàn tác lần nhập {lan.id}")
    window.runner.wait()
