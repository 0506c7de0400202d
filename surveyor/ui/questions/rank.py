"""The rank question: the choices as a list the person puts in order, by keyboard or mouse. The
answer is every choice's name in the order given, space-separated (ODK's way); nothing until
the person orders the list or keeps the order shown.

Keys on the list: Up/Down pick an item, Ctrl+Up/Ctrl+Down (or Alt+) move it, Space keeps the
order as it is, Delete clears the answer, Enter moves on. Dragging an item moves it too.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from surveyor.core.forms.model import Choice, Question
from surveyor.core.responses import Value
from surveyor.ui.questions.base import _RETURN_KEYS, QuestionEditor
from surveyor.ui.questions.labels import choice_label
from surveyor.ui.questions.media import CHOICE_ICON, choice_icon

NAME_ROLE = Qt.ItemDataRole.UserRole
_MOVE = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier)
_VISIBLE_ROWS = 10


class _RankList(QListWidget):
    """The list, named q:<key>; its keys go to the editor first."""

    def __init__(self, editor: RankEditor):
        super().__init__(editor)
        self.editor = editor

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.editor.key(event):
            super().keyPressEvent(event)


class RankEditor(QuestionEditor):
    """A rank question: an ordered list of its choices, with Move up, Move down and Clear."""

    def __init__(self, question: Question, language: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(question, language, parent)
        self.list = _RankList(self)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setIconSize(CHOICE_ICON)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.model().rowsMoved.connect(self._moved)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.up = QPushButton(self.tr("Move up"), self)
        self.down = QPushButton(self.tr("Move down"), self)
        self.clear = QPushButton(self.tr("Clear"), self)
        for button, step in ((self.up, -1), (self.down, 1)):
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, s=step: self.move(s))
        self.clear.setAutoDefault(False)
        self.clear.clicked.connect(self.clear_answer)
        self.clear.installEventFilter(self)
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        for button in (self.up, self.down, self.clear):
            side.addWidget(button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list, 2)
        row.addLayout(side)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(row)
        layout.addWidget(self.state)
        self._choices: list[Choice] = []
        self._ranked = False
        self.set_choices(question.choices, language)

    # --- the answer --------------------------------------------------------------------------

    def names(self) -> list[str]:
        """The choices' names in the order shown."""
        return [self.list.item(i).data(NAME_ROLE) for i in range(self.list.count())]

    def value(self) -> Value:
        return " ".join(self.names()) or None if self._ranked else None

    def _show(self, value: Value) -> None:
        wanted = str(value).split() if value not in (None, "") else []
        self._ranked = bool(wanted)
        self._fill(wanted)

    def set_choices(self, choices: Sequence[Choice], language: str | None) -> None:
        self._choices, self.language = list(choices), language
        self._fill(self.names() if self._ranked else [])

    def set_language(self, language: str | None) -> None:
        super().set_language(language)
        self.set_choices(self._choices, language)

    def _fill(self, order: list[str]) -> None:
        """The items: those named in `order` first, in that order, then the rest as listed."""
        by_name = {c.name: c for c in self._choices}
        names = [n for n in order if n in by_name]
        names += [c.name for c in self._choices if c.name not in names]
        current = self.list.currentRow()
        icons = {n: choice_icon(by_name[n].media, self.language) for n in names}
        if any(not icon.isNull() for icon in icons.values()):     # rows alike: all with room
            blank = QPixmap(CHOICE_ICON)
            blank.fill(Qt.GlobalColor.transparent)
            icons = {n: QIcon(blank) if i.isNull() else i for n, i in icons.items()}
        self.list.blockSignals(True)
        self.list.model().blockSignals(True)
        self.list.clear()
        for position, name in enumerate(names, start=1):
            choice = by_name[name]
            label = choice_label(choice, self.language)
            item = QListWidgetItem(icons[name], f"{position}. {label}")
            item.setData(NAME_ROLE, name)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{position}: {label}")
            self.list.addItem(item)
        self.list.model().blockSignals(False)
        self.list.blockSignals(False)
        self.list.setCurrentRow(min(max(current, 0), self.list.count() - 1))
        shown = sum(self.list.sizeHintForRow(i) for i in range(min(self.list.count(),
                                                                   _VISIBLE_ROWS)))
        self.list.setFixedHeight(max(shown, 24) + 2 * self.list.frameWidth() + 4)
        self._update_state()

    def _update_state(self) -> None:
        self.state.setText(self.tr("Ranked: first is most important.") if self._ranked else
                           self.tr("Not ranked yet: move items with Ctrl+↑ and Ctrl+↓, or press "
                                   "Space to keep this order."))
        self.clear.setEnabled(self._ranked and not self._read_only)

    # --- ordering ----------------------------------------------------------------------------

    def move(self, step: int) -> None:
        """Move the current item up (-1) or down (+1) and commit the new order."""
        row = self.list.currentRow()
        target = row + step
        if self._read_only or row < 0 or not 0 <= target < self.list.count():
            return
        order = self.names()
        order.insert(target, order.pop(row))
        self._keep(order, target)

    def keep_order(self) -> None:
        """Take the order shown as the answer."""
        if not self._read_only:
            self._keep(self.names(), self.list.currentRow())

    def _keep(self, order: list[str], current: int) -> None:
        self._ranked = True
        self._fill(order)
        self.list.setCurrentRow(current)
        self.commit()

    def _moved(self, *args) -> None:
        """An item was dragged to another place."""
        if self._read_only:
            self._fill(str(self._last or "").split())
            return
        self._keep(self.names(), self.list.currentRow())

    def clear_answer(self) -> None:
        self._ranked = False
        self._fill([])
        self.commit()
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def key(self, event: QKeyEvent) -> bool:
        """A key pressed on the list; True if it was used."""
        key, modifiers = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and any(modifiers & m for m in _MOVE):
            self.move(-1 if key == Qt.Key.Key_Up else 1)
            return True
        if key == Qt.Key.Key_Space:
            self.keep_order()
            return True
        if key == Qt.Key.Key_Delete and not self._read_only:
            self.clear_answer()
            return True
        if key in _RETURN_KEYS:
            self._enter()
            return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in _RETURN_KEYS:
            self.advance.emit()
            return True
        return False

    # --- the contract --------------------------------------------------------------------------

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.list.setDragEnabled(not read_only)
        for button in (self.up, self.down):
            button.setEnabled(not read_only)
        self._update_state()

    def focus_widget(self) -> QWidget:
        return self.list

    def tab_stops(self) -> list[QWidget]:
        return [self.list, self.clear]
