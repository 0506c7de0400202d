"""Attached photos and files in the window: a chosen file attached through the core, the photo's
thumbnail beside its question (a click, Space or Enter on it opens the full picture), and the
pictures of an image field in the Conflicts tab.

Files are the window's store's (`store.media`): a chosen file is made ready there (downscaled,
filling/media.py) and staged until the response is saved, so the save that names it stores it.
An editor outside a window that holds a store (a form view on its own) keeps the chosen path
as its answer, as before files travelled.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QImageReader, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMessageBox,
    QScrollArea,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from surveyor.core.errors import SurveyError
from surveyor.core.filling.media import AttachedFile, attach_file, named_file, thumbnail
from surveyor.core.store.media import Media
from surveyor.ui import messages

THUMB = QSize(120, 90)               # beside the question
CELL = QSize(160, 120)               # in a Conflicts table cell
FULL_SHARE = 0.85                    # of the screen the full picture may take


class PhotoWords(QObject):
    """The words of this module that belong to no widget of it (context "PhotoWords")."""

    def not_attached(self) -> str:
        return self.tr("Not attached")

    def not_here(self) -> str:
        return self.tr("{name} (the file is not in this store)")


def files_of(widget: QWidget) -> Media | None:
    """The attached files of the store the widget's window holds (None outside one)."""
    store = getattr(widget.window(), "store", None)
    return getattr(store, "media", None)


def attached_of(widget: QWidget, value: object) -> AttachedFile | None:
    """The file an answer names, from the window's store (kept or just attached)."""
    sha, files = named_file(value), files_of(widget)
    return files.get(sha) if sha and files is not None else None


def attach_chosen(editor, path: str) -> str | None:
    """The answer naming a file the person chose for `editor`'s question, the file made ready
    and staged in the window's store; None when it is refused (a message box says why)."""
    files = files_of(editor)
    if files is None:
        return path
    try:
        attached = attach_file(path, editor.question)
        files.stage(attached)
    except SurveyError as error:
        QMessageBox.warning(editor, PhotoWords().not_attached(), messages.problem(error))
        return None
    return attached.answer


def shown_name(widget: QWidget, value: object) -> str:
    """What an answer's line shows: the attached file's name and size, else the answer."""
    if value in (None, ""):
        return ""
    attached = attached_of(widget, value)
    if attached is None:
        return str(value) if not named_file(value) else PhotoWords().not_here().format(
            name=str(value)[:12] + "…")
    return f"{attached.name} ({attached.size / 1000:.0f} kB)" if attached.size >= 1000 else \
        f"{attached.name} ({attached.size} B)"


def picture_of(data: bytes, size: QSize) -> tuple[QImage, QSize]:
    """The picture in `data` scaled down to fit `size` while decoding (null if none), and the
    picture's own size. Qt reads it where it can; where it cannot (a build without Qt's JPEG
    plugin, a format Qt lacks), Pillow makes a PNG of it (filling/media.py)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    own = reader.size()
    if own.isValid() and (own.width() > size.width() or own.height() > size.height()):
        reader.setScaledSize(own.scaled(size, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        small = thumbnail(data, max(size.width(), size.height()), "PNG")
        if small is None:
            return QImage(), QSize()
        image = QImage.fromData(small[0], "PNG")
        if image.width() > size.width() or image.height() > size.height():
            image = image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        own = own if own.isValid() else image.size()
    return image, own


class PhotoDialog(QDialog):
    """The full picture of an attached photo, as large as the screen allows; Esc closes it."""

    def __init__(self, attached: AttachedFile, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("photo:full")
        self.setWindowTitle(attached.name)
        screen = (parent.screen() if parent is not None else self.screen()).availableSize()
        image, own = picture_of(attached.data, QSize(int(screen.width() * FULL_SHARE),
                                                     int(screen.height() * FULL_SHARE)))
        self.picture = QLabel(self)
        self.picture.setObjectName("photo:picture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setPixmap(QPixmap.fromImage(image))
        self.picture.setAccessibleName(attached.name)
        scroll = QScrollArea(self)
        scroll.setWidget(self.picture)
        scroll.setWidgetResizable(True)
        caption = QLabel(self.tr("{name} · {width} × {height} px · {size} kB").format(
            name=attached.name, width=own.width(), height=own.height(),
            size=round(attached.size / 1000)), self)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(caption)
        self.resize(image.width() + 40, image.height() + 70)


class Thumbnail(QToolButton):
    """A photo answer's thumbnail beside the question; a click, Space or Enter opens the full
    picture. Hidden while the answer names no picture in the store."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("photo:thumbnail")
        self.setIconSize(THUMB)
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip(self.tr("Open the photo (Space)"))
        self.attached: AttachedFile | None = None
        self.dialog: PhotoDialog | None = None
        self.clicked.connect(self.open_full)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self, self.open_full,
                      context=Qt.ShortcutContext.WidgetShortcut)
        self.hide()

    def show_answer(self, value: object) -> None:
        """Show the picture the answer names (hidden when it names none here)."""
        attached = attached_of(self, value)
        image = picture_of(attached.data, THUMB)[0] if attached is not None else QImage()
        self.attached = attached if not image.isNull() else None
        self.setVisible(self.attached is not None)
        if self.attached is not None:
            self.setIcon(QIcon(QPixmap.fromImage(image)))
            self.setAccessibleName(self.tr("Photo {name}").format(name=attached.name))

    def open_full(self) -> None:
        if self.attached is not None:
            self.dialog = PhotoDialog(self.attached, self)
            self.dialog.show()


def add_thumbnail(editor, layout) -> Thumbnail | None:
    """A Thumbnail at the start of an image question editor's row (None for other types)."""
    if editor.question.type != "image":
        return None
    thumb = Thumbnail(editor)
    layout.insertWidget(0, thumb)
    return thumb


def show_file_cell(table, item: QTableWidgetItem, text: str) -> None:
    """A Conflicts cell holding an answer that names a file: its picture and its name, so the
    two sides' photos stand side by side."""
    attached = attached_of(table, text)
    if attached is None:
        return
    image = picture_of(attached.data, CELL)[0]
    if not image.isNull():
        table.setIconSize(CELL)
        item.setIcon(QIcon(QPixmap.fromImage(image)))
    item.setText(Path(attached.name).name)
    item.setToolTip(f"{attached.name} · {attached.sha256[:12]}…")
