"""The office's page: what imports brought in, reviewed by a person.

One tab per kind of review, each its own widget in its own module: the imports so far (history
and undo), open conflicts, possible duplicates, rows edited outside Surveyor. A tab widget has
`refresh()` (read the store again) and may emit `changed` when it wrote something, so the page
refreshes the other tabs and the window its response list. Tabs are added by `add_tab`; the
page is the main window's REVIEW page (ui/main_window.py), reached with action:review.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget


class ReviewPage(QWidget):
    """Tabs of review work; `changed` after any tab wrote to the store."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page:review")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs:review")
        self.tabs.setDocumentMode(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(self._tab_picked)

    def add_tab(self, name: str, widget: QWidget, title: str) -> None:
        """A review tab: `name` is its object name's tail (`tab:<name>`)."""
        widget.setObjectName(f"tab:{name}")
        self.tabs.addTab(widget, title)
        changed = getattr(widget, "changed", None)
        if changed is not None:
            changed.connect(self._tab_changed)

    def tab(self, name: str) -> QWidget | None:
        return self.tabs.findChild(QWidget, f"tab:{name}")

    def show_tab(self, name: str) -> None:
        widget = self.tab(name)
        if widget is not None:
            self.tabs.setCurrentWidget(widget)

    def refresh(self) -> None:
        """Every tab reads the store again (after an import, an undo, a resolution)."""
        for i in range(self.tabs.count()):
            refresh = getattr(self.tabs.widget(i), "refresh", None)
            if refresh is not None:
                refresh()

    def _tab_picked(self, index: int) -> None:
        refresh = getattr(self.tabs.widget(index), "refresh", None)
        if refresh is not None:
            refresh()

    def _tab_changed(self) -> None:
        self.refresh()
        self.changed.emit()
