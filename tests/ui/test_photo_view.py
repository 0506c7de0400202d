"""Photos in the window: attached through the core (downscaled, kept by the store with the save),
a thumbnail beside the question that opens the full picture by click or key, replace and
remove, and both sides' photos in the Conflicts table."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from surveyor.core.filling.media import attach_bytes
from surveyor.core.forms.xlsform import load_forms
from surveyor.core.responses import Response, new_uuid
from surveyor.core.store import Store
from surveyor.core.sync.conflicts import conflict_view
from surveyor.core.sync.export import export_workbook
from surveyor.core.sync.merge import import_workbooks
from surveyor.ui.app import build_main_window, install_translation
from surveyor.ui.conflict_fields import INCOMING_COLUMN, LOCAL_COLUMN, FieldsTable
from surveyor.ui.photo_view import PhotoDialog, Thumbnail
from surveyor.ui.questions import FileEditor


def photo_file(path: Path, colour: tuple[int, int, int], size=(3000, 2000)) -> Path:
    image = Image.new("RGB", size, colour)
    ImageDraw.Draw(image).rectangle((300, 300, 1500, 1200), fill=(255, 255, 255))
    image.save(path, "JPEG", quality=90)
    return path


@pytest.fixture
def forms_dir(tmp_path: Path) -> Path:
    """A folder with one small form: a name and a photo of the eco-label."""
    folder = tmp_path / "forms"
    folder.mkdir()
    book = openpyxl.Workbook()
    book.active.title = "survey"
    for row in (("type", "name", "label::Tiếng Việt (vi)", "parameters"),
                ("text", "ten", "Tên cơ sở", ""),
                ("image", "anh", "Ảnh nhãn sinh thái", "max-pixels=1200")):
        book["survey"].append(row)
    book.create_sheet("settings").append(("form_id", "version"))
    book["settings"].append(("nhan", "1"))
    book.save(folder / "nhan.xlsx")
    return folder


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    install_translation(QApplication.instance(), "en")


@pytest.fixture
def window(qtbot, tmp_path, forms_dir):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    made = build_main_window(tmp_path / "store.sqlite", forms_dir, settings=settings)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    yield made
    made.runner.wait()


def new_photo_response(window) -> FileEditor:
    for row in range(window.forms_list.count()):
        if window.forms_list.item(row).data(Qt.ItemDataRole.UserRole) == "nhan":
            window.forms_list.setCurrentRow(row)
    window.findChild(QAction, "action:new").trigger()
    return editor_of(window)


def editor_of(window) -> FileEditor:
    return window.view.findChild(QWidget, "q:anh").parentWidget()


def choose(monkeypatch, editor: FileEditor, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    QTest.keyClick(editor.attach, Qt.Key.Key_Space)


def test_an_attached_photo_shows_its_thumbnail_and_is_stored_by_the_save(window, qtbot,
                                                                        monkeypatch, tmp_path):
    editor = new_photo_response(window)
    assert isinstance(editor, FileEditor) and not editor.thumb.isVisibleTo(editor)
    choose(monkeypatch, editor, photo_file(tmp_path / "IMG_0412.jpg", (20, 150, 60)))
    answer = window.session.to_response().answers["anh"]
    sha = answer.split(".")[0]
    assert answer == f"{sha}.jpg" and len(sha) == 64
    assert editor.thumb.isVisibleTo(editor) and not editor.thumb.icon().isNull()
    assert editor.thumb.icon().availableSizes()[0].width() <= 120
    assert editor.line.text().startswith("IMG_0412.jpg (")
    assert not window.store.media.has(sha) and len(window.store.media.staged()) == 1
    window.findChild(QAction, "action:save").trigger()
    assert window.store.media.has(sha) and window.store.media.staged() == []
    stored = window.store.media.get(sha)
    assert Image.open(io.BytesIO(stored.data)).size == (1200, 800)     # its max-pixels
    with Store(window.db_path) as other:                               # on disk, committed
        assert other.get(window.session.uuid).answers["anh"] == answer


def test_the_thumbnail_opens_the_full_photo_by_key_and_by_click(window, qtbot, monkeypatch,
                                                                tmp_path):
    editor = new_photo_response(window)
    choose(monkeypatch, editor, photo_file(tmp_path / "nhan.jpg", (200, 30, 30)))
    thumb: Thumbnail = editor.thumb
    thumb.setFocus()
    qtbot.waitUntil(thumb.hasFocus)
    QTest.keyClick(thumb, Qt.Key.Key_Return)
    dialog = thumb.dialog
    assert isinstance(dialog, PhotoDialog) and dialog.isVisible()
    picture = dialog.picture.pixmap()
    assert not picture.isNull() and picture.width() > 3 * thumb.iconSize().width()
    assert dialog.windowTitle() == "nhan.jpg"
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    QTest.mouseClick(thumb, Qt.MouseButton.LeftButton)
    assert thumb.dialog is not dialog and thumb.dialog.isVisible()
    thumb.dialog.close()


def test_a_photo_is_replaced_then_removed(window, qtbot, monkeypatch, tmp_path):
    editor = new_photo_response(window)
    choose(monkeypatch, editor, photo_file(tmp_path / "a.jpg", (200, 30, 30)))
    first = window.session.to_response().answers["anh"]
    assert editor.attach.text() == "Thay…"                # "Replace…" in Vietnamese
    choose(monkeypatch, editor, photo_file(tmp_path / "b.jpg", (30, 30, 200)))
    second = window.session.to_response().answers["anh"]
    assert second != first and editor.line.text().startswith("b.jpg")
    editor.remove.click()
    assert window.session.to_response().answers.get("anh") is None
    assert not editor.thumb.isVisibleTo(editor) and editor.line.text() == ""


def test_a_saved_photo_shows_again_when_the_response_is_opened(window, monkeypatch, tmp_path):
    editor = new_photo_response(window)
    choose(monkeypatch, editor, photo_file(tmp_path / "a.jpg", (200, 30, 30)))
    window.findChild(QAction, "action:save").trigger()
    uuid = window.session.uuid
    window.open_response(uuid)
    assert editor_of(window) is not editor
    assert editor_of(window).thumb.isVisibleTo(editor_of(window))
    assert editor_of(window).line.text().startswith("a.jpg (")


def test_a_file_too_large_to_attach_is_refused_with_its_reason(window, monkeypatch, tmp_path):
    from surveyor.core.filling import media
    from surveyor.ui import photo_view

    said = []
    monkeypatch.setattr(media, "MAX_FILE_BYTES", 10)
    monkeypatch.setattr(photo_view.QMessageBox, "warning",
                        lambda parent, title, text: said.append(text))
    editor = new_photo_response(window)
    (tmp_path / "ghi_am.mp3").write_bytes(b"ID3" + bytes(100))
    choose(monkeypatch, editor, tmp_path / "ghi_am.mp3")
    assert said == [("ghi_am.mp3: 103 byte; tệp đính kèm một câu trả lời chỉ được tối đa 10 "
                     "byte")]                          # the Problem, in Vietnamese
    assert window.session.to_response().answers.get("anh") is None


def test_the_conflicts_table_shows_both_sides_photos(qtbot, forms_dir, tmp_path):
    forms = load_forms(forms_dir)
    form = forms[("nhan", "1")]
    local, incoming = (attach_bytes(photo_file(tmp_path / f"{n}.jpg", c).read_bytes(),
                                    f"{n}.jpg", form.question("anh"))
                       for n, c in (("here", (200, 30, 30)), ("there", (30, 30, 200))))
    uuid = new_uuid()
    with Store(tmp_path / "a.sqlite") as a, Store(tmp_path / "b.sqlite") as b:
        first = a.save(Response(uuid, "nhan", "1", answers={"ten": "Gốm An"}), who="a")
        export_workbook(a, tmp_path / "a.xlsx", forms, who="a")
        import_workbooks(b, [tmp_path / "a.xlsx"], forms, who="b")
        for store, attached in ((a, local), (b, incoming)):
            store.media.stage(attached)
            store.save(Response(uuid, "nhan", "1", answers={"ten": "Gốm An",
                                                            "anh": attached.answer}), who="x")
        export_workbook(b, tmp_path / "b.xlsx", forms, who="b")
        import_workbooks(a, [tmp_path / "b.xlsx"], forms, who="a")
        view = conflict_view(a, a.conflicts()[0].id, forms)
        holder = QWidget()
        holder.store = a                       # what the window holds
        table = FieldsTable(holder)
        qtbot.addWidget(holder)
        table.show_conflict(view, form, "vi", ("base", "here", "there"))
        row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() ==
                   "Ảnh nhãn sinh thái")
        cells = [table.item(row, column) for column in (LOCAL_COLUMN, INCOMING_COLUMN)]
        assert [cell.text() for cell in cells] == ["here.jpg", "there.jpg"]
        assert all(not cell.icon().isNull() for cell in cells)
        assert table.rowHeight(row) >= 100                 # the pictures, not one text line
        assert first.version in view.local.history


def test_a_photo_qt_cannot_read_is_shown_through_pillow(window, monkeypatch, tmp_path):
    """A bundle without Qt's JPEG plugin (build/surveyor.spec trims the image plugins) still
    shows thumbnails: Pillow makes a PNG, which Qt reads without a plugin."""
    from surveyor.ui import photo_view

    class NoJpeg(photo_view.QImageReader):
        def read(self):
            return photo_view.QImage()

    monkeypatch.setattr(photo_view, "QImageReader", NoJpeg)
    editor = new_photo_response(window)
    choose(monkeypatch, editor, photo_file(tmp_path / "a.jpg", (200, 30, 30)))
    assert editor.thumb.isVisibleTo(editor)
    size = editor.thumb.icon().availableSizes()[0]
    assert (size.width(), size.height()) == (120, 80)
