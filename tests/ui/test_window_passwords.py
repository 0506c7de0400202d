"""Protected workbooks and workbooks without their files, from the window: the export dialog's
password (typed twice, never kept) and "without attached files", and the import's prompt for
a protected workbook's password (wrong, then right; Cancel; one password for several files).
Real workbooks made by `demo` + `export`, checked with msoffcrypto and the CLI's job."""

from __future__ import annotations

import shutil
from pathlib import Path

import msoffcrypto
import openpyxl
import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QLabel, QLineEdit, QPushButton

from surveyor.core import jobs
from surveyor.core.errors import Problem
from surveyor.ui.app import build_main_window
from surveyor.ui.export_dialog import ExportDialog
from surveyor.ui.password import Keys, PasswordDialog

PASSWORD = "Sở Công Thương 2026!"
OTHER = "phuong-7"


@pytest.fixture(scope="module")
def forms():
    return jobs.catalog().forms


@pytest.fixture(scope="module")
def books(tmp_path_factory, forms) -> dict:
    """A field store of 12 responses (with photos) and its exports: protected by PASSWORD,
    the same under another name, protected by OTHER, and plain."""
    root = tmp_path_factory.mktemp("protected")
    field = root / "field.sqlite"
    jobs.demo(field, forms, responses=12, seed=3)
    made = {"field": field}
    for name, password in (("an", PASSWORD), ("binh", OTHER), ("plain", None)):
        made[name] = jobs.export_file(field, root / f"{name}.xlsx", forms,
                                      password=password).path
    made["an-copy"] = root / "an-copy.xlsx"
    shutil.copyfile(made["an"], made["an-copy"])
    return made


@pytest.fixture
def settings(tmp_path) -> QSettings:
    made = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    made.setValue("ui_language", "en")
    return made


def settle(window) -> None:
    window.runner.wait()
    QApplication.processEvents()
    while window.runner.running:
        window.runner.wait()
        QApplication.processEvents()


@pytest.fixture
def office(tmp_path) -> Path:
    return tmp_path / "office.sqlite"


@pytest.fixture
def window(qtbot, office, settings):
    made = build_main_window(office, settings=settings)
    qtbot.addWidget(made, before_close_func=settle)
    made.show()
    yield made


@pytest.fixture
def prompts(monkeypatch) -> dict:
    """The password prompt answered from `answers` (None: Cancel); what each prompt showed."""
    seen: dict = {"answers": [], "shown": []}

    def exec_(self):
        assert self.field.echoMode() == QLineEdit.EchoMode.Password
        seen["shown"].append((self.windowTitle(), self.message.text()))
        reply = seen["answers"].pop(0)
        if reply is None:
            return QDialog.DialogCode.Rejected
        self.field.setText(reply)
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(PasswordDialog, "exec", exec_)
    return seen


def preview_of(window, qtbot, paths: list[Path]):
    window.import_preview = None
    window.import_paths(paths)
    qtbot.waitUntil(lambda: window.import_preview is not None
                    and window.import_preview.isVisible(), timeout=30000)
    return window.import_preview


def press_import(window, qtbot, preview):
    window.last_import = None
    qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.last_import is not None, timeout=60000)
    return window.last_import


def close_boxes() -> None:
    modal = QApplication.activeModalWidget()
    if modal is not None:
        modal.close()


# -- export -------------------------------------------------------------------------------------

def export_from_window(window, qtbot, monkeypatch, target: Path, *, password: str = "",
                       again: str | None = None, without_files: bool = False) -> dict:
    """Action Export, the dialog filled as a person would and Write pressed; what it showed."""
    seen: dict = {}

    def exec_(dialog):
        dialog.folder.setText(str(target.parent))
        dialog.name.setText(target.name)
        dialog.secret.setText(password)
        dialog.confirm.setText(password if again is None else again)
        dialog.no_media.setChecked(without_files)
        qtbot.mouseClick(dialog.findChild(QPushButton, "export:write"), Qt.MouseButton.LeftButton)
        seen["message"] = dialog.message.text() if dialog.message.isVisibleTo(dialog) else ""
        seen["dialog"] = dialog
        return dialog.result()
    monkeypatch.setattr(ExportDialog, "exec", exec_)
    if hasattr(window, "last_export"):
        del window.last_export
    window.findChild(QAction, "action:export").trigger()
    return seen


def test_the_export_dialog_has_a_password_twice_and_a_files_checkbox(qtbot, settings):
    dialog = ExportDialog(settings, "Nguyễn Thị Lan")
    qtbot.addWidget(dialog)
    secret = dialog.findChild(QLineEdit, "export:password")
    confirm = dialog.findChild(QLineEdit, "export:confirm")
    box = dialog.findChild(QCheckBox, "export:no_media")
    assert secret.echoMode() == confirm.echoMode() == QLineEdit.EchoMode.Password
    assert not box.isChecked() and "&" in box.text()
    labels = {label.buddy(): label.text() for label in dialog.findChildren(QLabel)
              if label.buddy() is not None}
    assert labels[secret] == "&Password:" and labels[confirm] == "Password &again:"
    assert not confirm.isEnabled()                      # nothing to confirm yet
    secret.setText("x")
    assert confirm.isEnabled()
    order, widget = [], dialog.findChild(QLineEdit, "export:folder")
    for _ in range(40):
        tabbed = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        if tabbed and widget.objectName().startswith("export:") \
                and widget.objectName() not in order:
            order.append(widget.objectName())
        widget = widget.nextInFocusChain()
    assert order == ["export:folder", "export:name", "export:password", "export:confirm",
                     "export:no_media", "export:write"]
    assert dialog.password() == "x" and dialog.media() is True


def test_write_refuses_two_different_passwords_and_says_so(qtbot, settings, tmp_path):
    dialog = ExportDialog(settings, "Lan")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.secret.setText(PASSWORD)
    dialog.confirm.setText(PASSWORD + "x")
    qtbot.mouseClick(dialog.findChild(QPushButton, "export:write"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.message.isVisible() and "differ" in dialog.message.text()
    assert dialog.confirm.text() == "" and dialog.focusWidget() is dialog.confirm
    dialog.confirm.setText(PASSWORD)
    qtbot.mouseClick(dialog.findChild(QPushButton, "export:write"), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.password() == PASSWORD


def test_a_protected_export_from_the_window_is_encrypted_and_the_cli_job_imports_it(
        qtbot, monkeypatch, tmp_path, settings, forms, books):
    office = tmp_path / "ward.sqlite"
    shutil.copyfile(books["field"], office)
    window = build_main_window(office, settings=settings)
    qtbot.addWidget(window, before_close_func=settle)
    target = tmp_path / "out" / "phuong-7.xlsx"
    target.parent.mkdir()
    seen = export_from_window(window, qtbot, monkeypatch, target, password=PASSWORD)
    qtbot.waitUntil(lambda: hasattr(window, "last_export"), timeout=30000)
    assert not shiboken6.isValid(seen["dialog"])        # the dialog and its fields are gone
    close_boxes()
    with open(target, "rb") as handle:
        assert msoffcrypto.OfficeFile(handle).is_encrypted()
    assert jobs.import_files(tmp_path / "city.sqlite", [target], forms).rejected[0].problem == \
        Problem.PASSWORD_NEEDED.name
    report = jobs.import_files(tmp_path / "city.sqlite", [target], forms, password=PASSWORD)
    assert report.counts["new"] == 12 and report.counts["rejected"] == 0
    settings.sync()
    kept = Path(settings.fileName()).read_text(encoding="utf-8")
    assert PASSWORD not in kept and "phuong" not in kept.lower().replace(str(tmp_path).lower(), "")


def test_two_different_passwords_write_nothing(qtbot, monkeypatch, tmp_path, window):
    target = tmp_path / "never.xlsx"
    seen = export_from_window(window, qtbot, monkeypatch, target, password=PASSWORD,
                              again="other")
    settle(window)
    assert "differ" in seen["message"] and not target.exists()
    assert not hasattr(window, "last_export")


def test_without_attached_files_the_workbook_names_them_and_carries_no_bytes(
        qtbot, monkeypatch, tmp_path, settings, forms, books):
    office = tmp_path / "ward.sqlite"
    shutil.copyfile(books["field"], office)
    window = build_main_window(office, settings=settings)
    qtbot.addWidget(window, before_close_func=settle)
    target = tmp_path / "light.xlsx"
    export_from_window(window, qtbot, monkeypatch, target, without_files=True)
    qtbot.waitUntil(lambda: hasattr(window, "last_export"), timeout=30000)
    stats = window.last_export.media
    assert stats.files > 0 and not stats.included
    told = QApplication.activeModalWidget()
    assert told is not None and f"Without the {stats.files} attached files" in told.text()
    close_boxes()
    book = openpyxl.load_workbook(target, read_only=True)
    assert len(list(book["_media"].iter_rows(min_row=2))) >= stats.files   # rows name them
    assert [row for row in book["_media_data"].iter_rows(min_row=2, values_only=True)
            if any(row)] == []                                             # no bytes
    full = openpyxl.load_workbook(books["plain"], read_only=True)
    assert len([r for r in full["_media_data"].iter_rows(min_row=2, values_only=True)
                if any(r)]) >= stats.files


# -- import -------------------------------------------------------------------------------------

def test_a_protected_workbook_imports_after_its_password_is_asked(window, qtbot, prompts,
                                                                  books, office):
    prompts["answers"] = [PASSWORD]
    preview = preview_of(window, qtbot, [books["an"]])
    assert preview.shown_refusals() == []
    assert preview.shown_rows()[0][0] == "an.xlsx" and preview.shown_rows()[0][1]["new"] == 12
    ((title, message),) = prompts["shown"]
    assert "an.xlsx" in title and "an.xlsx" in message and "protected" in message
    report = press_import(window, qtbot, preview)                  # asked no second time
    assert len(prompts["shown"]) == 1
    assert report.counts["new"] == 12 and [f.name for f in report.files] == ["an.xlsx"]
    assert jobs.history(office)[0].file == "an.xlsx"
    close_boxes()


def test_a_wrong_password_is_asked_again_then_the_right_one_opens(window, qtbot, prompts,
                                                                  books):
    prompts["answers"] = ["sai-mat-khau", PASSWORD]
    preview = preview_of(window, qtbot, [books["an"]])
    first, second = prompts["shown"]
    assert "did not open" not in first[1]
    assert "did not open an.xlsx" in second[1]
    assert preview.shown_rows()[0][1]["new"] == 12 and preview.shown_refusals() == []
    preview.reject()


def test_cancel_leaves_the_file_refused_and_the_others_go_on(window, qtbot, prompts, books,
                                                            office):
    prompts["answers"] = [None]
    preview = preview_of(window, qtbot, [books["an"], books["plain"]])
    (refusal,) = preview.shown_refusals()
    assert "an.xlsx" in refusal and "protected by a password" in refusal
    assert [row[0] for row in preview.shown_rows()][:-1] == ["plain.xlsx"]
    report = press_import(window, qtbot, preview)                  # not asked again
    assert len(prompts["shown"]) == 1
    assert [f.name for f in report.files] == ["plain.xlsx"]
    assert [r.problem for r in report.rejected] == [Problem.PASSWORD_NEEDED.name]
    close_boxes()


def test_one_password_opens_every_file_it_protects_the_last_given_first(
        window, qtbot, prompts, books):
    prompts["answers"] = [PASSWORD, OTHER]
    files = [books["an"], books["an-copy"], books["binh"], books["plain"]]
    preview = preview_of(window, qtbot, files)
    assert [message for _, message in prompts["shown"]] == [
        "an.xlsx is protected by a password. Type its password to import it:",
        "binh.xlsx is protected by a password. Type its password to import it:"]
    rows = {name: counts for name, counts, _ in preview.shown_rows()}
    assert rows["an.xlsx"]["new"] == 12
    assert rows["an-copy.xlsx"]["unchanged"] == rows["binh.xlsx"]["unchanged"] == 12
    assert preview.shown_refusals() == []
    report = press_import(window, qtbot, preview)
    assert len(prompts["shown"]) == 2 and len(report.files) == 4
    close_boxes()


def test_the_passwords_are_kept_in_memory_for_one_import_only(window, qtbot, prompts, books,
                                                              settings):
    prompts["answers"] = [PASSWORD]
    preview = preview_of(window, qtbot, [books["an"]])
    press_import(window, qtbot, preview)
    close_boxes()
    settings.sync()
    assert PASSWORD not in Path(settings.fileName()).read_text(encoding="utf-8")
    prompts["answers"] = [None]                      # a new import asks again
    preview = preview_of(window, qtbot, [books["an"]])
    assert len(prompts["shown"]) == 2 and len(preview.shown_refusals()) == 1
    preview.reject()


def test_keys_try_every_password_given_the_last_first_and_never_one_that_failed():
    keys = Keys()
    a, b, c = Path("a.xlsx"), Path("b.xlsx"), Path("c.xlsx")
    assert keys.candidates([a]) == {a: ()}
    keys.give(a, "one")
    keys.give(b, "two")
    keys.failed[c] = {"two"}
    keys.given_up.add(b)
    assert keys.candidates([a, b, c]) == {a: ("two", "one"), c: ("one",)}
    keys.opened[a] = "one"
    assert keys.candidates([a]) == {a: ("one",)}
    keys.forget()
    assert keys.candidates([a]) == {a: ()}


def test_a_protected_file_that_cannot_be_opened_at_all_is_refused_naming_it(
        window, qtbot, prompts, books, tmp_path):
    import olefile

    broken = tmp_path / "hong.xlsx"
    shutil.copyfile(books["an"], broken)
    with olefile.OleFileIO(str(broken), write_mode=True) as ole:   # its EncryptionInfo spoilt
        info = ole.openstream("EncryptionInfo").read()
        ole.write_stream("EncryptionInfo", info[:8] + b"<" + b"X" * (len(info) - 9))
    prompts["answers"] = [PASSWORD]
    preview = preview_of(window, qtbot, [broken, books["plain"]])
    (refusal,) = preview.shown_refusals()
    assert "hong.xlsx" in refusal and "a protected file that cannot be opened" in refusal
    assert preview.shown_rows()[0][0] == "plain.xlsx" and preview.shown_rows()[0][1]["new"] == 12
    assert "2 workbooks read" in preview.summary.text()
    preview.reject()
