"""Number questions: integer and decimal typed in a line (thousands separators and the
Vietnamese decimal comma accepted), range in a spin box."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from surveyor.core.forms.languages import is_vietnamese
from surveyor.core.forms.model import Question
from surveyor.core.responses import Value
from surveyor.ui.questions.answer_text import _NUMERIC, number_text, parse_decimal, parse_integer
from surveyor.ui.questions.base import _RETURN_KEYS, QuestionEditor, _NoWheel
from surveyor.ui.questions.text import LineEditor


class IntegerEditor(LineEditor):
    """A whole number; thousands separators ('1.234', '1 234') are accepted."""

    def __init__(self, question: Question, language: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(question, language, parent)
        self.edit.setValidator(QRegularExpressionValidator(QRegularExpression(_NUMERIC), self))
        self.edit.setMaximumWidth(self.edit.fontMetrics().horizontalAdvance("0") * 24)
        self.layout().addStretch(1)

    def parse(self, text: str) -> Value:
        return parse_integer(text)

    def format(self, value: Value) -> str:
        return number_text(value)


class DecimalEditor(IntegerEditor):
    """A number; the Vietnamese decimal comma ('3,5') is accepted, and shown in Vietnamese."""

    def parse(self, text: str) -> Value:
        return parse_decimal(text)

    def format(self, value: Value) -> str:
        return number_text(value, comma=is_vietnamese(self.language))


class _SpinBox(_NoWheel, QSpinBox):
    pass


class _DoubleSpinBox(_NoWheel, QDoubleSpinBox):
    pass


class RangeEditor(QuestionEditor):
    """A number between the parameters start and end, by step; empty until answered."""

    def __init__(self, question: Question, language: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(question, language, parent)
        start, end, step = (parse_decimal(question.parameters.get(k, d)) for k, d in
                            (("start", "1"), ("end", "10"), ("step", "1")))
        start, end = (float(x) if isinstance(x, float) else 0.0 for x in (start, end))
        step = float(step) if isinstance(step, float) and step else 1.0
        self.whole = all(float(x).is_integer() for x in (start, end, step))
        self.spin = _SpinBox(self) if self.whole else _DoubleSpinBox(self)
        if not self.whole:
            self.spin.setDecimals(max(len(number_text(step).partition(".")[2]), 1))
        low, high = min(start, end), max(start, end)
        self.empty = low - step        # one step below the range stands for no answer
        cast = int if self.whole else float
        self.spin.setRange(cast(self.empty), cast(high))
        self.spin.setSingleStep(cast(step))
        self.spin.setSpecialValueText(" ")
        self.spin.setKeyboardTracking(False)
        self.spin.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.spin)
        hint = QLabel(f"{number_text(low)} – {number_text(high)}", self)
        layout.addWidget(hint)
        layout.addStretch(1)
        self.spin.editingFinished.connect(self.commit)
        self.spin.installEventFilter(self)
        self._show(None)

    def value(self) -> Value:
        number = self.spin.value()
        if number <= self.empty:
            return None
        return int(number) if self.whole else float(number)

    def _show(self, value: Value) -> None:
        self.spin.blockSignals(True)
        number = value if isinstance(value, (int, float)) else parse_decimal(str(value or ""))
        self.spin.setValue(number if isinstance(number, (int, float)) else self.empty)
        self.spin.blockSignals(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in _RETURN_KEYS:
            self.spin.interpretText()
            self._enter()
            return True
        return False

    def focus_widget(self) -> QWidget:
        return self.spin
