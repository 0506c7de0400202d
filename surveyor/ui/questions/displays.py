"""Questions shown, not answered here: a note, a labelled calculation, and a type Surveyor has
no editor for (its value, read only)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from surveyor.core.forms.model import Question
from surveyor.core.responses import Value
from surveyor.ui.questions.answer_text import display_text
from surveyor.ui.questions.base import QuestionEditor
from surveyor.ui.questions.labels import label_markup
from surveyor.ui.questions.text import LineEditor


class NoteEditor(QuestionEditor):
    """A note: its label as rich text (XLSForm markdown), nothing to answer."""

    def __init__(self, question: Question, language: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(question, language, parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.label.setOpenExternalLinks(False)
        self._single(self.label)

    def set_text(self, text: str) -> None:
        markup, kind = label_markup(text)
        self.label.setTextFormat(kind)
        self.label.setText(markup)

    def focus_widget(self) -> QWidget:
        return self.label

    def tab_stops(self) -> list[QWidget]:
        return []

    def commit(self) -> None:
        """A note holds no answer."""


class CalculateEditor(QuestionEditor):
    """A labelled calculation: its value, updated as the answers it reads change."""

    def __init__(self, question: Question, language: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(question, language, parent)
        self.label = QLabel(self)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        self._single(self.label)
        self._show(None)

    def set_value(self, value: Value) -> None:
        self._last = value
        self._show(value)

    def _show(self, value: Value) -> None:
        self.label.setText(display_text(value, self.language) if value is not None else "—")

    def set_language(self, language: str | None) -> None:
        super().set_language(language)
        self._show(self._last)

    def focus_widget(self) -> QWidget:
        return self.label

    def tab_stops(self) -> list[QWidget]:
        return []

    def commit(self) -> None:
        """Calculated, never typed."""


class ReadOnlyLineEditor(LineEditor):
    """A type Surveyor has no editor for: its value, read only."""

    def __init__(self, question: Question, language: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(question, language, parent)
        self.edit.setReadOnly(True)

    def commit(self) -> None:
        """Nothing to commit: the value is not edited here."""
