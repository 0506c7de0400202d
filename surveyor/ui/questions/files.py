"""The image, audio, video and file questions (and osm, read as a file): a file's name, with
Attach… and Remove."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from surveyor.core.forms.model import Question
from surveyor.core.responses import Value
from surveyor.ui.photo_view import add_thumbnail, attach_chosen, shown_name
from surveyor.ui.questions.base import _RETURN_KEYS, QuestionEditor


class FileEditor(QuestionEditor):
    """An image, a sound, a video or another file: its name, read only, with Attach… and
    Remove."""

    def __init__(self, question: Question, language: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(question, language, parent)
        self.line = QLineEdit(self)
        self.line.setReadOnly(True)
        self.line.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.line.setPlaceholderText(self.tr("No file attached"))
        self.attach = QPushButton(self.tr("Attach…"), self)
        self.remove = QPushButton(self.tr("Remove"), self)
        self.attach.setAutoDefault(False)
        self.remove.setAutoDefault(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.attach)
        layout.addWidget(self.remove)
        self.thumb = add_thumbnail(self, layout)      # an image's photo (ui/photo_view.py)
        self.attach.clicked.connect(self.choose)
        self.remove.clicked.connect(self.clear)
        self.attach.installEventFilter(self)
        self._show(None)

    def value(self) -> Value:
        return self.answer

    def _show(self, value: Value) -> None:
        self.answer = None if value in (None, "") else value    # the line shows the file's name
        self.line.setText(shown_name(self, value))
        if self.thumb is not None:
            self.thumb.show_answer(value)
        self.attach.setText(self.tr("Replace…") if self.answer else self.tr("Attach…"))
        self.remove.setEnabled(value not in (None, "") and not self._read_only)

    def choose(self) -> None:
        """Ask for a file and attach it."""
        if self.question.type == "image":
            kinds = self.tr("Images (*.jpg *.jpeg *.png *.heic *.webp *.bmp);;All files (*)")
        elif self.question.type == "audio":
            kinds = self.tr("Sounds (*.mp3 *.m4a *.aac *.wav *.ogg *.amr *.3gp);;All files (*)")
        elif self.question.type == "video":
            kinds = self.tr("Videos (*.mp4 *.mov *.avi *.mkv *.webm *.3gp);;All files (*)")
        else:
            kinds = self.tr("All files (*)")
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file"), "", kinds)
        answer = attach_chosen(self, path) if path else None   # made ready and kept (photo_view)
        if answer:
            self._show(answer)
            self.commit()

    def clear(self) -> None:
        self._show(None)
        self.commit()
        self.attach.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in _RETURN_KEYS:
            self.advance.emit()
            return True
        return False

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.attach.setEnabled(not read_only)
        self.remove.setEnabled(not read_only and bool(self.line.text()))

    def focus_widget(self) -> QWidget:
        return self.attach

    def tab_stops(self) -> list[QWidget]:
        return [self.attach, self.remove] + ([self.thumb] if self.thumb is not None else [])
