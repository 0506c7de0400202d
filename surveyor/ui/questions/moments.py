"""Date, datetime and time questions: a date field that can be empty, with a calendar popup,
and a time typed as '8:30', '8h30' or '0830'."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit, QHBoxLayout, QToolButton, QWidget

from surveyor.core.forms.model import Question
from surveyor.core.responses import Value
from surveyor.ui.questions.answer_text import parse_time
from surveyor.ui.questions.base import _RETURN_KEYS, QuestionEditor, _NoWheel
from surveyor.ui.questions.text import LineEditor

_EMPTY_DATE = QDate(1900, 1, 1)           # a QDateEdit cannot be empty: this date stands for it


class _DateEdit(_NoWheel, QDateTimeEdit):
    """A date (and time) field that can be empty (_EMPTY_DATE shows as a blank pattern). Tab
    leaves it (sections are reached by typing, '/' or the arrow keys); Delete empties it."""

    left = Signal()
    enter = Signal()
    cleared = Signal()

    def __init__(self, parent: QWidget, with_time: bool):
        super().__init__(parent)
        self._advanced = False

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.left.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _RETURN_KEYS:
            self.interpretText()
            self.enter.emit()
            return
        if event.key() == Qt.Key.Key_Delete:
            self.cleared.emit()
            return
        if event.text() in ("/", "-", ".", ":", " ") and self._advanced:
            self._advanced = False           # the section was full and moved on already
            return
        section = self.currentSection()
        super().keyPressEvent(event)
        self._advanced = event.text().isdigit() and self.currentSection() != section


class DateEditor(QuestionEditor):
    """A date (or date and time) with a calendar popup (Alt+Down) and a clear button. An empty
    field shows today's date while it has focus, as a start for typing; it stays empty unless
    the person changes it or presses Enter."""

    def __init__(self, question: Question, language: str | None = None,
                 parent: QWidget | None = None, with_time: bool = False):
        super().__init__(question, language, parent)
        self.with_time = with_time
        self.edit = _DateEdit(self, with_time)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd/MM/yyyy HH:mm" if with_time else "dd/MM/yyyy")
        self.edit.setMinimumDateTime(QDateTime(_EMPTY_DATE, QTime(0, 0)))
        self.edit.setSpecialValueText(self.tr("dd/mm/yyyy hh:mm") if with_time
                                      else self.tr("dd/mm/yyyy"))
        self.edit.setKeyboardTracking(False)
        self.clear_button = QToolButton(self)
        self.clear_button.setText("×")
        self.clear_button.setToolTip(self.tr("Clear (Delete)"))
        self.clear_button.setAccessibleName(self.tr("Clear"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self._untouched = False       # showing today's date as a start, not as an answer
        self._quiet = False
        self.edit.dateTimeChanged.connect(self._changed)
        self.edit.left.connect(self._left)
        self.edit.enter.connect(self._enter_pressed)
        self.edit.cleared.connect(self.clear)
        self.clear_button.clicked.connect(self.clear)
        self.edit.installEventFilter(self)
        self._show(None)

    def value(self) -> Value:
        moment = self.edit.dateTime()
        if moment.date() == _EMPTY_DATE or self._untouched:
            return None
        if self.with_time:
            return moment.toString("yyyy-MM-ddTHH:mm:ss")
        return moment.date().toString("yyyy-MM-dd")

    def _show(self, value: Value) -> None:
        self._set(self._parse(value))
        self._untouched = False

    def _parse(self, value: Value) -> QDateTime:
        text = "" if value is None else str(value).strip()
        try:
            if self.with_time and text:
                moment = dt.datetime.fromisoformat(text)
                return QDateTime(QDate(moment.year, moment.month, moment.day),
                                 QTime(moment.hour, moment.minute, moment.second))
            if text:
                day = dt.date.fromisoformat(text[:10])
                return QDateTime(QDate(day.year, day.month, day.day), QTime(0, 0))
        except ValueError:
            pass
        return QDateTime(_EMPTY_DATE, QTime(0, 0))

    def _set(self, moment: QDateTime) -> None:
        self._quiet = True
        self.edit.setDateTime(moment)
        self._quiet = False

    def _changed(self) -> None:
        if not self._quiet:
            self._untouched = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.edit and event.type() == QEvent.Type.FocusIn
                and self.edit.date() == _EMPTY_DATE and not self._read_only):
            self._set(QDateTime.currentDateTime() if self.with_time else
                      QDateTime(QDate.currentDate(), QTime(0, 0)))
            self._untouched = True
            self.edit.setCurrentSection(QDateTimeEdit.Section.DaySection)
        return False

    def _left(self) -> None:
        if self.edit.calendarWidget() and self.edit.calendarWidget().isVisible():
            return
        if self._untouched:
            self._set(QDateTime(_EMPTY_DATE, QTime(0, 0)))
        self.commit()

    def _enter_pressed(self) -> None:
        self._untouched = False              # Enter takes the date shown, today's included
        self._enter()

    def clear(self) -> None:
        self._untouched = False
        self._set(QDateTime(_EMPTY_DATE, QTime(0, 0)))
        self.commit()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.edit.setEnabled(not read_only)
        self.clear_button.setEnabled(not read_only)

    def focus_widget(self) -> QWidget:
        return self.edit


class TimeEditor(LineEditor):
    """A time of day, typed: '8:30', '8h30', '0830'."""

    def __init__(self, question: Question, language: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(question, language, parent)
        self.edit.setPlaceholderText(self.tr("hh:mm"))
        self.edit.setMaximumWidth(self.edit.fontMetrics().horizontalAdvance("0") * 12)
        self.layout().addStretch(1)

    def parse(self, text: str) -> Value:
        return parse_time(text)

    def format(self, value: Value) -> str:
        text = "" if value is None else str(value)
        return text[:5] if re.fullmatch(r"\d\d:\d\d:00", text) else text
