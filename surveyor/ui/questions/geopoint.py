"""The geopoint question: a location typed as latitude, longitude, altitude and accuracy."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, QTimer
from PySide6.QtGui import QColor, QPalette, QRegularExpressionValidator
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QLineEdit, QWidget

from surveyor.core.forms.model import Question
from surveyor.core.responses import Value
from surveyor.ui.questions.answer_text import _NUMERIC, number_text, parse_decimal
from surveyor.ui.questions.base import QuestionEditor
from surveyor.ui.questions.text import _LineEdit


class GeopointEditor(QuestionEditor):
    """A location typed as latitude and longitude (with altitude and accuracy, optional).
    Committed when focus leaves the four fields, so a half-typed point is no error yet."""

    LIMITS = ((-90.0, 90.0), (-180.0, 180.0), (-1e5, 1e5), (0.0, 1e7))

    def __init__(self, question: Question, language: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(question, language, parent)
        names = (self.tr("Latitude"), self.tr("Longitude"), self.tr("Altitude (m)"),
                 self.tr("Accuracy (m)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.fields: list[QLineEdit] = []
        self._normal = QPalette()
        width = self.fontMetrics().horizontalAdvance("0") * 14
        for index, name in enumerate(names):
            caption = QLabel(name, self)
            field = _LineEdit(self)
            field.setValidator(QRegularExpressionValidator(QRegularExpression(_NUMERIC), self))
            field.setPlaceholderText("21.0285" if index == 0 else "105.8542" if index == 1 else "")
            field.setMaximumWidth(width)
            field.setAccessibleName(name)
            caption.setBuddy(field)
            layout.addWidget(caption)
            layout.addWidget(field)
            field.left.connect(self._maybe_commit)
            field.returnPressed.connect(lambda i=index: self._return(i))
            field.editingFinished.connect(lambda i=index: self._mark(i))
            self.fields.append(field)
        layout.addStretch(1)
        self._normal = self.fields[0].palette()

    def value(self) -> Value:
        parts = [self._number(f.text()) for f in self.fields]
        if all(p is None for p in parts):
            return None
        lat, lon, alt, acc = (number_text(p) if p is not None else "" for p in parts)
        if not lat or not lon:
            return " ".join(f.text().strip() for f in self.fields if f.text().strip())
        if acc:
            return f"{lat} {lon} {alt or '0'} {acc}"
        return f"{lat} {lon} {alt}".strip()

    @staticmethod
    def _number(text: str) -> float | None:
        number = parse_decimal(text)
        return number if isinstance(number, float) else None

    def _show(self, value: Value) -> None:
        parts = str(value).split() if value not in (None, "") else []
        for index, field in enumerate(self.fields):
            field.setText(parts[index] if index < len(parts) else "")
            self._mark(index)

    def _mark(self, index: int) -> None:
        """A red field for a number out of its range (or not a number)."""
        field, (low, high) = self.fields[index], self.LIMITS[index]
        text, number = field.text().strip(), self._number(field.text())
        bad = bool(text) and (number is None or not low <= number <= high)
        palette = QPalette(self._normal)
        if bad:
            palette.setColor(QPalette.ColorRole.Base, QColor("#fde7e9"))
        field.setPalette(palette)
        field.setToolTip(self.tr("Out of range: {low} to {high}").format(
            low=number_text(low), high=number_text(high)) if bad else "")

    def _maybe_commit(self) -> None:
        QTimer.singleShot(0, self, self._commit_if_left)

    def _commit_if_left(self) -> None:
        focused = QApplication.focusWidget()
        if focused not in self.fields:
            self.commit()

    def _return(self, index: int) -> None:
        if index < 1 and not self.fields[index + 1].text():
            self.fields[index + 1].setFocus(Qt.FocusReason.TabFocusReason)
            return
        self._enter()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for field in self.fields:
            field.setReadOnly(read_only)
            field.setEnabled(not read_only)

    def focus_widget(self) -> QWidget:
        return self.fields[0]

    def tab_stops(self) -> list[QWidget]:
        return list(self.fields)

    def set_accessible_label(self, text: str) -> None:
        names = (self.tr("Latitude"), self.tr("Longitude"), self.tr("Altitude (m)"),
                 self.tr("Accuracy (m)"))
        self.fields[0].setAccessibleName(text)
        self.fields[0].setAccessibleDescription(names[0])
        for field, name in zip(self.fields[1:], names[1:]):
            field.setAccessibleName(f"{text}: {name}")
