"""The inspector's window as a person uses it: a real store, the bundled forms, keyboard input."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from python_calamine import CalamineWorkbook

from surveyor.core import jobs
from surveyor.core.filling.recovery import savepoints
from surveyor.core.store import Store
from surveyor.ui.app import build_main_window, install_translation

CONTRACT_ACTIONS = ("new", "save", "finalise", "export", "import")


@pytest.fixture(scope="module")
def forms():
    return jobs.catalog().forms


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture(autouse=True)
def english_afterwards():
    """The window installs the Vietnamese interface (the default): later tests read English."""
    yield
    install_translation(QApplication.instance(), "en")


@pytest.fixture
def window(qtbot, tmp_path, settings, forms):
    jobs.demo(tmp_path / "store.sqlite", forms, responses=30, seed=2)
    made = build_main_window(tmp_path / "store.sqlite", settings=settings)
    qtbot.addWidget(made)
    made.show()
    yield made
    made.runner.wait()


def type_text(widget: QWidget, text: str) -> None:
    """Type as a person would, one character at a time (keyClicks aborts on non-ASCII)."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)


def pick_form(window, form_id: str) -> None:
    for row in range(window.forms_list.count()):
        if window.forms_list.item(row).data(Qt.ItemDataRole.UserRole) == form_id:
            window.forms_list.setCurrentRow(row)
            return
    raise AssertionError(form_id)


def answer(window, qtbot, key: str, text: str) -> QLineEdit:
    field = window.view.findChild(QWidget, f"q:{key}")
    assert field is not None, key
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    type_text(field, text)
    QTest.keyClick(field, Qt.Key.Key_Tab)            # committed when focus leaves it
    return field


def test_the_contract_actions_are_there_with_their_names(window):
    for name in CONTRACT_ACTIONS:
        action = window.findChild(QAction, f"action:{name}")
        assert action is not None and action.isEnabled() == (name not in ("save", "finalise"))
    assert window.forms_list.count() == 3


def test_new_response_typed_in_vietnamese_is_saved_nfc(window, qtbot, tmp_path):
    pick_form(window, "tieu_thuong_cho")
    window.findChild(QAction, "action:new").trigger()
    answer(window, qtbot, "ten_co_so", "Sạp bà Nguyễn Thị Hoà")
    window.findChild(QAction, "action:save").trigger()
    with Store(tmp_path / "store.sqlite") as store:
        saved = store.get(window.session.uuid)
    assert saved.answers["ten_co_so"] == "Sạp bà Nguyễn Thị Hoà"
    assert saved.status == "draft" and saved.inspector == window.store.setting("inspector")


def test_a_change_is_kept_as_a_savepoint_within_a_second(window, qtbot):
    pick_form(window, "sieu_thi_ttm")
    window.findChild(QAction, "action:new").trigger()
    answer(window, qtbot, "ten_co_so", "Siêu thị Bách Khoa")
    qtbot.waitUntil(lambda: bool(savepoints(window.savepoint_folder)), timeout=1500)
    (point,) = savepoints(window.savepoint_folder)
    assert point.answers["ten_co_so"] == "Siêu thị Bách Khoa" and point.uuid == window.session.uuid


def test_finalise_is_blocked_by_a_missing_required_answer(window, qtbot):
    pick_form(window, "sieu_thi_ttm")
    window.findChild(QAction, "action:new").trigger()
    answer(window, qtbot, "ten_co_so", "Siêu thị Bách Khoa")
    window.findChild(QAction, "action:finalise").trigger()
    assert window.problems.count() > 0
    assert window.store.get(window.session.uuid) is None      # nothing saved as complete
    first = window.problems.item(0)
    window.problems.setCurrentItem(first)
    QTest.keyClick(window.problems, Qt.Key.Key_Return)      # Enter jumps to the question
    key, at = first.data(Qt.ItemDataRole.UserRole)
    assert window.view.current_place() == (key, tuple(at))


def test_editing_a_finalised_response_leaves_audit_rows_in_the_history(window, qtbot):
    complete = next(r for r in window.store.responses("sieu_thi_ttm") if r.status == "complete")
    window.open_response(complete.uuid)
    answer(window, qtbot, "ten_co_so", " (cơ sở 2)")
    window.findChild(QAction, "action:save").trigger()
    stored = window.store.get(complete.uuid)
    assert stored.version != complete.version and complete.version in stored.history
    rows = [r for r in window.store.audit(complete.uuid) if r.field == "ten_co_so"]
    assert rows and rows[-1].new.endswith("(cơ sở 2)")
    shown = [window.history.item(i).text() for i in range(window.history.count())]
    assert any("(cơ sở 2)" in line and "→" in line for line in shown)


def test_export_from_the_window_writes_a_workbook(window, qtbot, tmp_path):
    target = tmp_path / "out" / "trip.xlsx"
    target.parent.mkdir()
    window.export_to(target)
    qtbot.waitUntil(lambda: hasattr(window, "last_export"), timeout=20000)
    book = CalamineWorkbook.from_path(str(target))
    rows = book.get_sheet_by_name("tieu_thuong_cho").to_python()
    assert rows[0][0] == "_uuid" and len(rows) - 1 == window.store.count("tieu_thuong_cho")
    QApplication.activeModalWidget() and QApplication.activeModalWidget().close()


def test_a_fresh_window_finds_the_unsaved_answers_and_opens_where_they_were(
        qtbot, tmp_path, settings, forms):
    db = tmp_path / "store.sqlite"
    first = build_main_window(db, settings=settings)
    qtbot.addWidget(first)
    first.show()
    pick_form(first, "tieu_thuong_cho")
    first.findChild(QAction, "action:new").trigger()
    answer(first, qtbot, "ten_co_so", "Quầy cá cô Lan")
    qtbot.waitUntil(lambda: bool(savepoints(first.savepoint_folder)), timeout=1500)
    uuid = first.session.uuid
    first.store.close()                          # as if the power went: no save, no close event
    second = build_main_window(db, settings=settings)
    qtbot.addWidget(second)
    assert second.session is not None and second.session.uuid == uuid
    assert second.store.get(uuid).answers["ten_co_so"] == "Quầy cá cô Lan"
    assert savepoints(second.savepoint_folder) == []


CHILD = """
import os, signal, sys
from pathlib import Path
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from surveyor.core.filling.recovery import savepoints
from surveyor.ui.app import build_main_window, install_translation
db, ini = Path(sys.argv[1]), sys.argv[2]
window = build_main_window(db, settings=QSettings(ini, QSettings.Format.IniFormat))
window.show()
for row in range(window.forms_list.count()):
    if window.forms_list.item(row).data(Qt.ItemDataRole.UserRole) == "sieu_thi_ttm":
        window.forms_list.setCurrentRow(row)
window.new_response()
window.activateWindow()
field = window.view.findChild(QWidget, "q:ten_co_so")
field.setFocus()
while not field.hasFocus():
    QTest.qWait(20)
for ch in "Siêu thị Đông Anh":
    QTest.sendKeyEvent(QTest.KeyAction.Click, field, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)
QTest.keyClick(field, Qt.Key.Key_Tab)
while not savepoints(window.savepoint_folder):
    QTest.qWait(20)
print(window.session.uuid, savepoints(window.savepoint_folder)[0].focus, flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_answers_survive_the_process_being_killed(qtbot, tmp_path, settings):
    db = tmp_path / "store.sqlite"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.run([sys.executable, "-c", textwrap.dedent(CHILD), str(db),
                            str(tmp_path / "child.ini")], capture_output=True, text=True,
                           env=env, timeout=120, check=False)
    assert child.returncode == -signal.SIGKILL, child.stderr
    uuid, focus = child.stdout.split()
    window = build_main_window(db, settings=settings)
    qtbot.addWidget(window)
    window.show()
    assert window.session.uuid == uuid
    assert window.store.get(uuid).answers["ten_co_so"] == "Siêu thị Đông Anh"
    key, _, _row = focus.partition("@")
    assert key and key != "ten_co_so"                 # Tab had moved on to the next question
    qtbot.waitUntil(lambda: window.view.current_place() == (key, ()))


def test_a_new_response_can_carry_the_place_of_the_previous_one(window, qtbot):
    pick_form(window, "tieu_thuong_cho")
    previous = window.store.get(window.responses.model().uuid_at(0))
    window.findChild(QAction, "action:new_carried").trigger()
    assert window.session.is_new and window.session.carried
    for key in window.session.carried:
        assert window.session.live.value(key) == previous.answers[key]
    assert "phuong_xa" in window.session.carried and "ten_co_so" not in window.session.carried
    window.store.set_setting("carry:tieu_thuong_cho", "ten_cho")      # the per-form setting
    window.findChild(QAction, "action:new_carried").trigger()
    assert set(window.session.carried) <= {"ten_cho"}


def test_delete_is_soft_and_asks_first(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    uuid = window.responses.model().uuid_at(0)
    window.open_response(uuid)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No)
    window.findChild(QAction, "action:delete").trigger()
    assert asked and not window.store.get(uuid).deleted
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.findChild(QAction, "action:delete").trigger()
    stored = window.store.get(uuid)
    assert stored.deleted and stored.answers                # kept, marked deleted


def test_every_action_has_its_icon(window):
    for action in window.findChildren(QAction):
        if action.objectName().startswith("action:"):
            assert not action.icon().isNull(), action.objectName()
            assert not action.icon().pixmap(24, 24).isNull(), action.objectName()


def test_leaving_a_new_response_nobody_answered_saves_nothing(window):
    before = window.store.count()
    pick_form(window, "sieu_thi_ttm")
    window.findChild(QAction, "action:new").trigger()
    window.findChild(QAction, "action:back").trigger()
    assert window.store.count() == before
