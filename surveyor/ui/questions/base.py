"""QuestionEditor, the contract every question editor keeps, and the little the editors share.

An editor commits an answer (its `committed` signal) only when the person is done with it:
editing finished, focus left, a choice picked, a box toggled. Never on each keystroke:
Vietnamese input methods (Unikey, EVKey) send Backspace and then the composed letter, and
Windows' Vietnamese keyboard sends combining marks, so half-typed text is not an answer yet.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from surveyor.core.forms.model import Choice, Question
from surveyor.core.responses import Value
from surveyor.ui.questions.answer_text import same_value

_RETURN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _appearances(question: Question) -> list[str]:
    return question.appearance.split()


class _NoWheel:
    """Mixin: a wheel over an unfocused field scrolls the page instead of changing the answer."""

    def wheelEvent(self, event) -> None:
        if self.hasFocus():  # type: ignore[attr-defined]
            super().wheelEvent(event)  # type: ignore[misc]
        else:
            event.ignore()


class QuestionEditor(QWidget):
    """The answer widget of one question. `committed` carries the answer when the person is
    done with it; `advance` asks for the next question (Enter)."""

    committed = Signal(object)
    advance = Signal()

    def __init__(self, question: Question, language: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.question = question
        self.language = language
        self._last: Value = None        # the answer last shown or committed
        self._read_only = False
        self.media_bar: QWidget | None = None   # the label's picture and sounds (questions.media)

    # --- the contract ----------------------------------------------------------------------

    def value(self) -> Value:
        """The answer as the widget holds it now."""
        return self._last

    def set_value(self, value: Value) -> None:
        """Show an answer (from the session); never emits `committed`."""
        self._last = value
        if not same_value(self.value(), value):
            self._show(value)

    def set_choices(self, choices: Sequence[Choice], language: str | None) -> None:
        """The choices to offer (select questions only)."""

    def set_language(self, language: str | None) -> None:
        self.language = language
        if self.media_bar is not None:
            self.media_bar.set_language(language)  # type: ignore[attr-defined]

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for widget in self.tab_stops():
            widget.setEnabled(not read_only)

    def focus_widget(self) -> QWidget:
        """The widget that stands for the question: named q:<key>, focused to answer it."""
        return self

    def tab_stops(self) -> list[QWidget]:
        """The widgets Tab visits in this question, in order (usually one)."""
        return [self.focus_widget()]

    def set_accessible_label(self, text: str) -> None:
        self.focus_widget().setAccessibleName(text)

    def commit(self) -> None:
        """Commit what the widget holds now, if it differs from the last answer."""
        value = self.value()
        if not same_value(value, self._last):
            self._last = value
            self.committed.emit(value)

    # --- for subclasses ------------------------------------------------------------------

    def _show(self, value: Value) -> None:
        """Put `value` into the widget without emitting anything."""

    def _enter(self) -> None:
        self.commit()
        self.advance.emit()

    def _single(self, widget: QWidget, fill: bool = True) -> None:
        """Lay out one widget, filling the editor or at its own width on the left."""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(widget, 1 if fill else 0)
        if not fill:
            layout.addStretch(1)
