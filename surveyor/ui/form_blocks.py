"""The blocks a form view is built of: a question (label, hint, editor, error line), a group or
section, a repeat and its rows.

A block keeps the FormView it belongs to as `view` and reports to it (an answer committed, Enter
pressed, a row button clicked). It is typed QWidget here: form_view imports this module, never
the other way round.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from surveyor.core.filling.live import Path, Place
from surveyor.core.forms.model import Group, Question
from surveyor.ui.questions import NoteEditor, QuestionEditor, label_markup, plain_text

ERROR_COLOUR = "#b3261e"


def _small(widget: QWidget, factor: float) -> None:
    font = widget.font()
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    widget.setFont(font)


def _bold(widget: QWidget, factor: float = 1.0) -> None:
    font = widget.font()
    font.setBold(True)
    if factor != 1.0 and font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    widget.setFont(font)


def _wrapping_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


class QuestionBlock(QFrame):
    """One question: label (a red star when required), hint, editor, error line."""

    def __init__(self, view: QWidget, question: Question, at: Path, editor: QuestionEditor):
        super().__init__()
        self.view, self.question, self.at, self.editor = view, question, at, editor
        self.key = question.key
        self.place: Place = (question.key, at)
        self.required = False
        self.current = False
        self.error_text = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 10, 6)
        layout.setSpacing(3)
        self.label: QLabel | None = None
        if not isinstance(editor, NoteEditor):
            self.label = _wrapping_label(self)
            layout.addWidget(self.label)
        self.hint: QLabel | None = None
        if any(question.hints.values()):
            self.hint = _wrapping_label(self)
            _small(self.hint, 0.92)
            palette = self.hint.palette()
            palette.setColor(QPalette.ColorRole.WindowText,
                             palette.color(QPalette.ColorRole.PlaceholderText))
            self.hint.setPalette(palette)
            layout.addWidget(self.hint)
        editor.setParent(self)
        layout.addWidget(editor)
        self.error: QLabel | None = None
        editor.committed.connect(self._committed)
        editor.advance.connect(self._advance)

    def _committed(self, value: object) -> None:
        self.view._commit(self, value)

    def _advance(self) -> None:
        self.view._advance_from(self)

    def set_texts(self, label: str, hint: str, required: bool) -> None:
        """Label (and a note's text), hint, the required star; accessible names follow."""
        self.required = required
        if isinstance(self.editor, NoteEditor):
            self.editor.set_text(label)
        elif self.label is not None:
            markup, kind = label_markup(label, required)
            self.label.setTextFormat(kind)
            self.label.setText(markup)
        if self.hint is not None:
            self.hint.setText(hint)
            self.hint.setVisible(bool(hint))
        plain = plain_text(label)
        self.editor.set_accessible_label(plain)
        self.editor.focus_widget().setAccessibleDescription(
            " ".join(t for t in (self.view.tr("required") if required else "", hint) if t))

    def set_error(self, text: str) -> None:
        if text == self.error_text:
            return
        self.error_text = text
        if self.error is None and text:
            self.error = _wrapping_label(self)
            palette = self.error.palette()
            palette.setColor(QPalette.ColorRole.WindowText, QColor(ERROR_COLOUR))
            self.error.setPalette(palette)
            self.layout().addWidget(self.error)
        if self.error is not None:
            self.error.setText("⚠ " + text if text else "")
            self.error.setVisible(bool(text))
        self.update()

    def set_current(self, current: bool) -> None:
        if current != self.current:
            self.current = current
            self.update()

    def stops(self) -> list[QWidget]:
        return self.editor.tab_stops()

    def focus(self, reason: Qt.FocusReason = Qt.FocusReason.OtherFocusReason) -> bool:
        stops = [w for w in self.stops() if w.isEnabled()]
        if not stops:
            return False
        stops[0].setFocus(reason)
        return True

    def paintEvent(self, event) -> None:
        if self.current or self.error_text:
            painter = QPainter(self)
            colour = QColor(ERROR_COLOUR) if self.error_text and not self.current else \
                self.palette().color(QPalette.ColorRole.Highlight)
            fill = QColor(colour)
            fill.setAlpha(22 if self.current else 10)
            painter.fillRect(self.rect(), fill)
            painter.fillRect(QRect(0, 0, 4, self.height()), colour)
            painter.end()
        super().paintEvent(event)

    def mousePressEvent(self, event) -> None:
        self.focus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)


def _section_header(block: QFrame, layout: QVBoxLayout, top: bool) -> QLabel:
    """The bold title of a group or repeat (a top-level one larger, with a rule under it)."""
    header = _wrapping_label(block)
    _bold(header, 1.3 if top else 1.08)
    layout.addWidget(header)
    if top:
        line = QFrame(block)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
    return header


class GroupBlock(QFrame):
    """A group (a top-level one is a section): a bold header and its children."""

    def __init__(self, group: Group, at: Path, top: bool):
        super().__init__()
        self.group, self.at, self.top = group, at, top
        self.key = group.key
        self.place: Place = (group.key, at)
        self.children_blocks: list[QWidget] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10 if top else 4, 0, 4)
        layout.setSpacing(2)
        self.header = _section_header(self, layout, top)
        self.body = QVBoxLayout()
        self.body.setContentsMargins(0 if top else 12, 0, 0, 0)
        self.body.setSpacing(2)
        layout.addLayout(self.body)

    def set_title(self, text: str) -> None:
        self.header.setText(plain_text(text))
        self.header.setVisible(bool(text))


class RowBlock(QFrame):
    """One row of a repeat: a title "<label> #n", row buttons, the row's questions."""

    def __init__(self, view: QWidget, repeat: Group, at: Path, counted: bool, movable: bool):
        super().__init__()
        self.view, self.repeat, self.at = view, repeat, at
        self.key = repeat.key
        self.place: Place = (repeat.key, at)
        self.children_blocks: list[QWidget] = []
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.setSpacing(2)
        bar = QHBoxLayout()
        self.title = QLabel(self)
        _bold(self.title)
        bar.addWidget(self.title, 1)
        self.buttons: list[QToolButton] = []
        actions = [
            ("↑", view.tr("Move this row up (Alt+Shift+Up)"),
             lambda: view.move_row(repeat.key, self.at, up=True)),
            ("↓", view.tr("Move this row down (Alt+Shift+Down)"),
             lambda: view.move_row(repeat.key, self.at, up=False)),
            (view.tr("Remove row"), view.tr("Remove this row (Alt+Delete)"),
             lambda: view._ask_remove_row(repeat.key, self.at))]
        if not counted:
            for text, tip, action in actions if movable else actions[2:]:
                button = QToolButton(self)
                button.setText(text)
                button.setToolTip(tip)
                button.setAccessibleName(tip)
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                button.clicked.connect(action)
                bar.addWidget(button)
                self.buttons.append(button)
        layout.addLayout(bar)
        self.body = QVBoxLayout()
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(2)
        layout.addLayout(self.body)

    def set_title(self, label: str) -> None:
        self.title.setText(f"{plain_text(label)} #{self.at[-1]}")


class RepeatBlock(QFrame):
    """A repeat inside one parent row: its header, its rows and an "Add row" button (none
    when a repeat_count decides the rows)."""

    def __init__(self, view: QWidget, repeat: Group, parent_at: Path, top: bool):
        super().__init__()
        self.view, self.repeat, self.parent_at = view, repeat, parent_at
        self.key = repeat.key
        self.counted = bool(repeat.repeat_count)
        self.rows: list[RowBlock] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10 if top else 4, 0, 4)
        layout.setSpacing(6)
        self.header = _section_header(self, layout, top)
        self.empty = QLabel(view.tr("No rows yet."), self)
        palette = self.empty.palette()
        palette.setColor(QPalette.ColorRole.WindowText,
                         palette.color(QPalette.ColorRole.PlaceholderText))
        self.empty.setPalette(palette)
        layout.addWidget(self.empty)
        self.body = QVBoxLayout()
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(8)
        layout.addLayout(self.body)
        self.add_button: QPushButton | None = None
        if not self.counted:
            self.add_button = QPushButton(view.tr("+ Add a row"), self)
            self.add_button.setAutoDefault(False)
            self.add_button.setToolTip(view.tr("Add a row (Alt+Insert)"))
            self.add_button.clicked.connect(
                lambda: view.add_row(repeat.key, self.parent_at, focus=True))
            self.add_button.installEventFilter(view)
            bar = QHBoxLayout()
            bar.addWidget(self.add_button)
            bar.addStretch(1)
            layout.addLayout(bar)

    def set_title(self, label: str) -> None:
        text = plain_text(label)
        self.header.setText(text)
        if self.add_button is not None:
            self.add_button.setAccessibleName(self.view.tr("Add a row: {label}").format(label=text))


Block = QuestionBlock | GroupBlock | RowBlock
