"""Text questions: one line (LineEditor, also the base of numbers, times and read-only values),
several lines (appearance `multiline`), or typed points of a line or shape (geotrace, geoshape)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from surveyor.core.forms.model import Question
from surveyor.core.responses import Value
from surveyor.ui.questions.base import _RETURN_KEYS, QuestionEditor


class _LineEdit(QLineEdit):
    """A line edit that commits on focus out even when Qt thinks nothing was modified."""

    left = Signal()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.left.emit()


class LineEditor(QuestionEditor):
    """A single-line field: text, and the base of numbers, times and unknown types."""

    def __init__(self, question: Question, language: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(question, language, parent)
        self.edit = _LineEdit(self)
        self._single(self.edit)
        self.edit.returnPressed.connect(self._enter)
        self.edit.editingFinished.connect(self.commit)
        self.edit.left.connect(self.commit)

    def value(self) -> Value:
        return self.parse(self.edit.text())

    def parse(self, text: str) -> Value:
        return text.strip() or None

    def format(self, value: Value) -> str:
        return "" if value is None else str(value)

    def _show(self, value: Value) -> None:
        self.edit.setText(self.format(value))

    def focus_widget(self) -> QWidget:
        return self.edit


class PointsEditor(LineEditor):
    """A geotrace or geoshape typed as points, ODK's way: "lat lon; lat lon; …" (a shape ends
    where it starts). Validation checks the points; this only keeps the spacing tidy."""

    def __init__(self, question: Question, language: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(question, language, parent)
        self.edit.setPlaceholderText(self.tr("latitude longitude; latitude longitude; …"))

    def parse(self, text: str) -> Value:
        points = [" ".join(p.split()) for p in text.split(";") if p.strip()]
        return "; ".join(points) or None


class _PlainTextEdit(QPlainTextEdit):
    left = Signal()
    enter = Signal()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.left.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _RETURN_KEYS and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.enter.emit()               # Ctrl+Enter: done, next question
            return
        super().keyPressEvent(event)


class MultilineEditor(QuestionEditor):
    """Text with appearance `multiline`: Enter is a new line, Ctrl+Enter the next question."""

    def __init__(self, question: Question, language: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(question, language, parent)
        self.edit = _PlainTextEdit(self)
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 4 + 14)
        self._single(self.edit)
        self.edit.left.connect(self.commit)
        self.edit.enter.connect(self._enter)

    def value(self) -> Value:
        return self.edit.toPlainText().strip() or None

    def _show(self, value: Value) -> None:
        self.edit.setPlainText("" if value is None else str(value))

    def focus_widget(self) -> QWidget:
        return self.edit
