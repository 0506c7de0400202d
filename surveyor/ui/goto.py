"""Go to a question by typing part of its label or name (Ctrl+G in the form view)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFrame, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from surveyor.ui.questions import fold

Target = tuple[str, tuple[int, ...], str]          # key, row path, label as listed
_ROW = re.compile(r"#\s*(\d+)\s*$")


def score(query: str, label: str, name: str) -> float | None:
    """How well `query` matches a question (higher is better), None for no match: the folded
    query inside the label or name, else every word inside, else its letters in order."""
    words = fold(query).split()
    if not words:
        return 0.0
    haystack = f"{fold(label)} {fold(name).replace('_', ' ')}"
    phrase = " ".join(words)
    if phrase in haystack:
        at = haystack.find(phrase)
        return 100.0 - min(at, 50) * 0.5 + (10 if at == 0 or haystack[at - 1] == " " else 0)
    if all(w in haystack for w in words):
        starts = sum(1 for w in words if f" {w}" in f" {haystack}")
        return 50.0 + starts
    letters, position = "".join(words), 0
    for letter in letters:
        position = haystack.find(letter, position) + 1
        if not position:
            return None
    return 10.0 - min(len(haystack), 200) / 40


def matches(targets: Sequence[Target], query: str) -> list[Target]:
    """The targets matching `query` (its '#n' left out), best first, page order on ties."""
    text = _ROW.sub("", query).strip()
    scored = []
    for order, target in enumerate(targets):
        found = score(text, target[2], target[0])
        if found is not None:
            scored.append((-found, order, target))
    return [t for _, _, t in sorted(scored)]


def find_target(targets: Sequence[Target], query: str,
                here: tuple[str, tuple[int, ...]] | None,
                items: Mapping) -> tuple[str, tuple[int, ...]] | None:
    """The place `query` means. '#3' alone: row 3 of the repeat the focus is in (the same
    question there, else the row's first); 'label #3': that question in row 3."""
    row = _ROW.search(query)
    text = _ROW.sub("", query).strip()
    shown = {(k, at) for k, at, _ in targets}
    if row and not text:
        if here is None or not here[1]:
            return None
        key, at = here
        wanted = (*at[:-1], int(row[1]))
        if (key, wanted) in shown:
            return key, wanted
        chain = items[key].chain
        return next(((k, a) for k, a, _ in targets if a == wanted and items[k].chain == chain),
                    None)
    found = matches(targets, text)
    if not found:
        return None
    key, at, _ = found[0]
    if row and at:
        prefix = here[1][:len(at) - 1] if here and len(here[1]) >= len(at) - 1 else at[:-1]
        wanted = (*prefix, int(row[1]))
        if (key, wanted) in shown:
            return key, wanted
        same = [(k, a) for k, a, _ in found if k == key and a[-1] == int(row[1])]
        if same:
            return same[0]
    return key, at


class GotoPalette(QFrame):
    """A popup: a line to type in and the matching questions; Enter goes to the first (or the
    one picked with the arrow keys), Escape closes."""

    def __init__(self, view):
        super().__init__(view, Qt.WindowType.Popup)
        self.view = view
        self.setObjectName("form:goto")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.targets: list[Target] = view.goto_targets()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.line = QLineEdit(self)
        self.line.setObjectName("goto:text")
        self.line.setPlaceholderText(self.tr("Go to question: part of its label, #n for a row"))
        self.line.setAccessibleName(self.tr("Go to question"))
        self.list = QListWidget(self)
        self.list.setObjectName("goto:matches")
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setWordWrap(True)
        layout.addWidget(self.line)
        layout.addWidget(self.list)
        self.line.textChanged.connect(self.refresh)
        self.line.returnPressed.connect(self.accept)
        self.list.itemClicked.connect(lambda item: self.accept())
        self.line.installEventFilter(self)
        self.refresh("")

    def show_over(self, widget: QWidget) -> None:
        width = min(max(widget.width() // 2, 420), 720)
        top_left = widget.mapToGlobal(QPoint((widget.width() - width) // 2, 24))
        self.setGeometry(top_left.x(), top_left.y(), width, 360)
        self.show()
        self.line.setFocus(Qt.FocusReason.PopupFocusReason)

    def refresh(self, text: str) -> None:
        self.list.clear()
        for key, at, label in matches(self.targets, text)[:50]:
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, (key, at))
        if self.list.count():
            self.list.setCurrentRow(0)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == event.Type.KeyPress and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            row = max(0, min(self.list.count() - 1, self.list.currentRow() + step))
            self.list.setCurrentRow(row)
            return True
        return False

    def accept(self) -> None:
        text = self.line.text()
        item = self.list.currentItem()
        self.close()
        if _ROW.fullmatch(text.strip()) or (_ROW.search(text) and item is None):
            self.view.goto(text)
        elif item is not None:
            key, at = item.data(Qt.ItemDataRole.UserRole)
            row = _ROW.search(text)
            if row:
                self.view.goto(text)
            else:
                self.view.focus_question(key, tuple(at))
