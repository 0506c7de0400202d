"""The problems a form view shows, as a list for the window to place beside it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from surveyor.ui.form_blocks import ERROR_COLOUR, QuestionBlock
from surveyor.ui.form_view import FormView
from surveyor.ui.questions import plain_text


class ProblemsPane(QListWidget):
    """The problems a form view shows, in page order; Enter or a double click goes there."""

    def __init__(self, view: FormView, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = view
        self.setObjectName("form:problems")
        self.setAccessibleName(self.tr("Problems"))
        self.setWordWrap(True)
        self.setSpacing(2)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.itemDoubleClicked.connect(self.go)
        view.problems_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """List the view's problems again."""
        self.clear()
        for issue in self.view.problems():
            block = self.view._blocks.get((issue.key, issue.index))
            label = issue.key
            if isinstance(block, QuestionBlock):
                label = plain_text(self.view._text(block.question.labels, issue.key, issue.index))
            where = f" #{'.'.join(map(str, issue.index))}" if issue.index else ""
            item = QListWidgetItem(f"{label}{where}\n   ⚠ {issue.message}", self)
            item.setData(Qt.ItemDataRole.UserRole, (issue.key, issue.index))
            item.setForeground(QColor(ERROR_COLOUR))

    def go(self, item: QListWidgetItem | None = None) -> None:
        item = item or self.currentItem()
        if item is not None:
            key, at = item.data(Qt.ItemDataRole.UserRole)
            self.view.focus_question(key, tuple(at))

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.go()
            return
        super().keyPressEvent(event)
