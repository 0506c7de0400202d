"""Select questions answered with radio buttons (select_one over a short list) or check boxes
(select_multiple), in columns or in one row as the appearance asks."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QRadioButton,
    QWidget,
)

from surveyor.core.forms.model import Choice, Question
from surveyor.core.responses import Value
from surveyor.core.text import fold
from surveyor.ui.questions.base import _RETURN_KEYS, QuestionEditor, _appearances
from surveyor.ui.questions.labels import shown_choices
from surveyor.ui.questions.media import CHOICE_ICON, choice_icon

ROW_APPEARANCES = ("horizontal", "horizontal-compact", "likert")


def _short_list(question: Question) -> bool:
    """Few short choices ("Có", "Không"): one row reads faster and saves a screen's height."""
    if question.appearance or not 1 < len(question.choices) <= 4:
        return False
    longest = max(len(t) for c in question.choices for t in (*c.labels.values(), c.name))
    return longest <= 14


class _ButtonBox(QWidget):
    """The container of a question's radio buttons or check boxes: named q:<key>, it hands
    focus to its current button and passes keys sent to it to the editor."""

    def __init__(self, editor: ChoiceButtons):
        super().__init__(editor)
        self.editor = editor
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.editor.key(event):
            super().keyPressEvent(event)


class ChoiceButtons(QuestionEditor):
    """Radio buttons (select_one) or check boxes (select_multiple), one per choice. Arrow keys
    move between choices (a radio button is picked as it is reached), Space toggles, a letter
    jumps to the next choice starting with it, Delete clears, Enter moves on."""

    def __init__(self, question: Question, language: str | None = None,
                 parent: QWidget | None = None, multiple: bool = False):
        super().__init__(question, language, parent)
        self.multiple = multiple
        self.box = _ButtonBox(self)
        self._single(self.box)
        self.group = QButtonGroup(self)
        self.group.setExclusive(not multiple)
        self.group.idClicked.connect(self._clicked)
        self.buttons: list[QAbstractButton] = []
        self.names: list[str] = []
        self._shown: list[tuple[str, str]] = []
        self._typed, self._typed_at = "", 0.0
        appearances = _appearances(question)
        columns = next((int(a.split("-")[1]) for a in appearances
                        if re.fullmatch(r"columns-\d+", a)), 0)
        if not columns and (any(a in ROW_APPEARANCES for a in appearances)
                            or _short_list(question)):
            columns = 1000
        elif not columns and "columns" in appearances:
            columns = 3
        self._columns = columns
        self._layout = QGridLayout(self.box)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setHorizontalSpacing(18)
        self._layout.setVerticalSpacing(2)
        self.set_choices(question.choices, language)

    def set_choices(self, choices: Sequence[Choice], language: str | None) -> None:
        shown = shown_choices(self.question, choices, language)
        media = {c.name: c.media for c in choices if c.media}
        if shown == self._shown and not media:
            return
        if [n for n, _ in shown] == [n for n, _ in self._shown]:
            for button, (name, label) in zip(self.buttons, shown):
                button.setText(label)
                button.setAccessibleName(label)
                if name in media:
                    button.setIcon(choice_icon(media[name], language))
            self._shown = shown
            return
        focused = self.box.focusWidget() in self.buttons
        for button in self.buttons:
            self.group.removeButton(button)
            button.deleteLater()
        self.buttons, self.names, self._shown = [], [], shown
        kind = QCheckBox if self.multiple else QRadioButton
        for index, (name, label) in enumerate(shown):
            button = kind(label, self.box)
            button.setAccessibleName(label)
            if name in media:                        # the choice's picture beside its label
                button.setIcon(choice_icon(media[name], language))
                button.setIconSize(CHOICE_ICON)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setEnabled(not self._read_only)
            button.installEventFilter(self)
            self.group.addButton(button, index)
            columns = self._columns or 1
            self._layout.addWidget(button, index // columns, index % columns,
                                   Qt.AlignmentFlag.AlignLeft)
            self.buttons.append(button)
            self.names.append(name)
        if self._columns >= 1000:
            self._layout.setColumnStretch(len(shown), 1)
        self._show(self._last)
        if focused:
            self.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)

    def value(self) -> Value:
        picked = [n for n, b in zip(self.names, self.buttons) if b.isChecked()]
        if self.multiple:
            return " ".join(picked) or None
        return picked[0] if picked else None

    def _show(self, value: Value) -> None:
        wanted = set(str(value).split()) if value not in (None, "") else set()
        if not self.multiple:
            wanted = {str(value).strip()} if value not in (None, "") else set()
        self.group.setExclusive(False)
        for name, button in zip(self.names, self.buttons):
            button.setChecked(name in wanted)
        self.group.setExclusive(not self.multiple)
        self._update_proxy()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for button in self.buttons:
            button.setEnabled(not read_only)
        self.box.setEnabled(not read_only)

    def focus_widget(self) -> QWidget:
        return self.box

    def _update_proxy(self, current: QAbstractButton | None = None) -> None:
        """Focusing the question goes to the picked choice, else the first."""
        if current is None:
            current = next((b for b in self.buttons if b.isChecked()), None)
            current = current or (self.buttons[0] if self.buttons else None)
        self.box.setFocusProxy(current)

    def _clicked(self, index: int) -> None:
        self._update_proxy(self.buttons[index])
        self.commit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and watched in self.buttons:
            return self.key(event)  # type: ignore[arg-type]
        if event.type() == QEvent.Type.FocusIn and watched in self.buttons:
            self._update_proxy(watched)  # type: ignore[arg-type]
        return False

    def key(self, event: QKeyEvent) -> bool:
        """Handle a key pressed on a choice or on the box; True if it was used."""
        key, current = event.key(), self._current_index()
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return False
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Right):
            step = -1 if key in (Qt.Key.Key_Up, Qt.Key.Key_Left) else 1
            if not self.multiple and self.value() is None:
                step = 0                     # nothing picked yet: the first key picks this one
            self._move_to(max(0, min(len(self.buttons) - 1, max(current, 0) + step)))
            return True
        if key in _RETURN_KEYS:
            self._enter()
            return True
        if key == Qt.Key.Key_Space and self.buttons and self.focusWidget() not in self.buttons:
            self.buttons[max(current, 0)].click()      # Space sent to the box itself
            return True
        if key == Qt.Key.Key_Delete and not self._read_only:
            self._show(None)
            self.commit()
            return True
        text = event.text()
        if text and text.isprintable() and not text.isspace():
            return self._jump(text, current)
        return False

    def _current_index(self) -> int:
        focused = QApplication.focusWidget()
        if focused in self.buttons:
            return self.buttons.index(focused)
        proxy = self.box.focusProxy()
        return self.buttons.index(proxy) if proxy in self.buttons else -1

    def _move_to(self, index: int) -> None:
        if not self.buttons or index < 0:
            return
        button = self.buttons[index]
        button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_proxy(button)
        if not self.multiple and not button.isChecked() and button.isEnabled():
            button.click()

    def _jump(self, text: str, current: int) -> bool:
        """Type-ahead: the next choice whose label starts with what was typed (within a second)."""
        now = dt.datetime.now().timestamp()
        self._typed = (self._typed if now - self._typed_at < 1.0 else "") + fold(text)
        self._typed_at = now
        labels = [fold(label) for _, label in self._shown]
        count = len(labels)
        start = current if len(self._typed) > 1 else current + 1
        for offset in range(count):
            index = (max(start, 0) + offset) % count
            if labels[index].startswith(self._typed):
                self._move_to(index)
                return True
        return bool(count)
