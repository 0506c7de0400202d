"""The list part of a review tab (open conflicts, possible duplicates, rows edited outside
Surveyor): one row of texts per item, a filter box (no case, no diacritics), a count, and the
current item kept where it still is when the list is read again; Return on an item moves on to
its fields. Each tab's list (ConflictList, PairList, OutsideList) says its columns and words.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from surveyor.core.text import fold

ID_ROLE = Qt.ItemDataRole.UserRole          # on the first cell: the item's id
FOLD_ROLE = Qt.ItemDataRole.UserRole + 1    # on the first cell: the row's text, folded


@dataclass(frozen=True)
class ListWords:
    """What one review list is called and says, in the interface language."""

    name: str                    # object names: list:<name>, edit:<name>_filter, label:<name>_count
    caption: str                 # "&Filter:"
    placeholder: str             # what the filter looks in
    filter_name: str             # the filter box's accessible name
    list_name: str               # the list's accessible name
    headers: tuple[str, ...]


class EnterTree(QTreeView):
    """Return on an item moves on to its fields."""

    entered = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.entered.emit()
            return
        super().keyPressEvent(event)


class ReviewList(QWidget):
    """Items as rows; `current_changed(id or NO_ID)` when the current one changes, `entered`
    on Return. A subclass gives `words()`, `cells(entry)` (one text per header; `entry.id` is
    its id) and `count_text(shown, total)`; columns in NUMBERS are right-aligned, not searched;
    those and the columns in FITTED are as wide as their texts, the others share the rest."""

    current_changed = Signal(object)
    NO_ID: object = None
    NUMBERS: frozenset[int] = frozenset()
    FITTED: frozenset[int] = frozenset()

    def __init__(self, parent: QWidget | None = None, *, extended: bool = False):
        super().__init__(parent)
        self._silent = False
        words = self.words()
        self.filter = QLineEdit(self)
        self.filter.setObjectName(f"edit:{words.name}_filter")
        self.filter.setPlaceholderText(words.placeholder)
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(words.filter_name)
        caption = QLabel(words.caption, self)
        caption.setBuddy(self.filter)
        self.count = QLabel(self)
        self.count.setObjectName(f"label:{words.name}_count")
        self.model = QStandardItemModel(0, len(words.headers), self)
        self.model.setHorizontalHeaderLabels(list(words.headers))
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(FOLD_ROLE)
        self.proxy.setFilterKeyColumn(0)
        self.tree = self._tree(words, extended)
        self.entered = self.tree.entered
        top = QHBoxLayout()
        top.addWidget(caption)
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        self.column = QVBoxLayout(self)            # a subclass may add a bar below the list
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.addLayout(top)
        self.column.addWidget(self.tree, 1)
        self.filter.textChanged.connect(self._filter)
        self.tree.selectionModel().currentRowChanged.connect(self._current)
        self.tree.selectionModel().selectionChanged.connect(self._selection)

    def _tree(self, words: ListWords, extended: bool) -> EnterTree:
        tree = EnterTree(self)
        tree.setObjectName(f"list:{words.name}")
        tree.setAccessibleName(words.list_name)
        tree.setModel(self.proxy)
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.setAllColumnsShowFocus(True)
        mode = QAbstractItemView.SelectionMode
        tree.setSelectionMode(mode.ExtendedSelection if extended else mode.SingleSelection)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = tree.header()
        header.setStretchLastSection(False)
        for column in range(len(words.headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents
                                        if column in self.NUMBERS | self.FITTED else
                                        QHeaderView.ResizeMode.Stretch)
        return tree

    def words(self) -> ListWords:
        raise NotImplementedError

    def cells(self, entry) -> tuple[str, ...]:
        raise NotImplementedError

    def count_text(self, shown: int, total: int) -> str:
        raise NotImplementedError

    # -- rows ------------------------------------------------------------------------------

    def show_entries(self, entries: Sequence) -> None:
        """Replace the rows, keeping the current item and the selection where they still
        are; `current_changed` only when the current item is another one."""
        before, selected = self.current_id(), set(self.selected_ids())
        with self._quiet():
            self.model.removeRows(0, self.model.rowCount())
            for entry in entries:
                self.model.appendRow(self._row(entry))
            self._restore(before, selected)
        self._counted()
        self._selection()
        if self.current_id() != before:
            self.current_changed.emit(self.current_id())

    def _row(self, entry) -> list[QStandardItem]:
        texts = self.cells(entry)
        items = [QStandardItem(text) for text in texts]
        for item, text in zip(items, texts, strict=True):
            item.setToolTip(text)
        for column in self.NUMBERS:
            items[column].setTextAlignment(Qt.AlignmentFlag.AlignRight |
                                           Qt.AlignmentFlag.AlignVCenter)
        items[0].setData(entry.id, ID_ROLE)
        searched = (text for column, text in enumerate(texts) if column not in self.NUMBERS)
        items[0].setData(fold(" ".join(searched)), FOLD_ROLE)
        return items

    def _restore(self, current: object, selected: set) -> None:
        model = self.tree.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        rows = {self.proxy.index(r, 0).data(ID_ROLE): r for r in range(self.proxy.rowCount())}
        for item_id in selected & set(rows):
            model.select(self.proxy.index(rows[item_id], 0), flags.Select | flags.Rows)
        if current in rows:
            model.setCurrentIndex(self.proxy.index(rows[current], 0), flags.NoUpdate)
        elif rows:
            self.set_current_row(0)

    def remove(self, item_id: object) -> None:
        """Take a settled item off the list; the next one (as shown) becomes current."""
        row = self.proxy_row(item_id)
        if row is None:
            return
        source = self.proxy.mapToSource(self.proxy.index(row, 0)).row()
        with self._quiet():
            self.model.removeRow(source)
        self._counted()
        if self.proxy.rowCount():
            self.set_current_row(min(row, self.proxy.rowCount() - 1), quiet=True)
        self._selection()
        self.current_changed.emit(self.current_id())

    def set_current_row(self, row: int, *, quiet: bool = False) -> None:
        flags = QItemSelectionModel.SelectionFlag
        with self._quiet(quiet):
            self.tree.selectionModel().setCurrentIndex(
                self.proxy.index(row, 0), flags.ClearAndSelect | flags.Rows)

    @contextmanager
    def _quiet(self, active: bool = True) -> Iterator[None]:
        """No current_changed from inside (the caller says what changed, once)."""
        was, self._silent = self._silent, self._silent or active
        try:
            yield
        finally:
            self._silent = was

    def proxy_row(self, item_id: object) -> int | None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ID_ROLE) == item_id:
                return row
        return None

    def current_id(self) -> object:
        index = self.tree.currentIndex()
        return index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else self.NO_ID

    def selected_ids(self) -> list:
        rows = self.tree.selectionModel().selectedRows(0) if self.tree.selectionModel() else []
        return sorted(index.data(ID_ROLE) for index in rows)

    # -- reacting --------------------------------------------------------------------------

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(fold(text.strip()))
        self._counted()
        if self.proxy.rowCount() and not self.tree.currentIndex().isValid():
            self.set_current_row(0)
        self._selection()

    def _counted(self) -> None:
        self.count.setText(self.count_text(self.proxy.rowCount(), self.model.rowCount()))

    def _current(self, *_args) -> None:
        if not self._silent:
            self.current_changed.emit(self.current_id())

    def _selection(self, *_args) -> None:
        """What the selection enables (a subclass's bulk buttons); nothing here."""


def stack(tab: QWidget, name: str, items: QWidget, detail: QWidget) -> None:
    """A review tab's layout: the list above the current item's detail (a third and two
    thirds of the height), the split between them movable (`split:<name>`)."""
    split = QSplitter(Qt.Orientation.Vertical, tab)
    split.setObjectName(f"split:{name}")
    split.setChildrenCollapsible(False)
    split.addWidget(items)
    split.addWidget(detail)
    split.setStretchFactor(0, 1)
    split.setStretchFactor(1, 2)
    layout = QVBoxLayout(tab)
    layout.setContentsMargins(6, 6, 6, 6)
    layout.addWidget(split)
