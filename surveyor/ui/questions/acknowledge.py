"""The acknowledge question: one check box, "OK"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QCheckBox, QWidget

from surveyor.core.forms.model import Question
from surveyor.core.responses import Value
from surveyor.ui.questions.base import _RETURN_KEYS, QuestionEditor


class AcknowledgeEditor(QuestionEditor):
    """A check box "OK"."""

    def __init__(self, question: Question, language: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(question, language, parent)
        self.box = QCheckBox(self.tr("OK"), self)
        self._single(self.box, fill=False)
        self.box.toggled.connect(self.commit)
        self.box.installEventFilter(self)

    def value(self) -> Value:
        return "OK" if self.box.isChecked() else None

    def _show(self, value: Value) -> None:
        self.box.blockSignals(True)
        self.box.setChecked(value not in (None, ""))
        self.box.blockSignals(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in _RETURN_KEYS:
            self._enter()
            return True
        return False

    def focus_widget(self) -> QWidget:
        return self.box
