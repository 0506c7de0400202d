"""The response list: search, status and ward filters, the table, the count; Enter opens a row."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QLocale,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from surveyor.core.responses import COMPLETE, DRAFT
from surveyor.ui.responses_model import (
    INSPECTOR,
    NAME,
    ORDER_BY,
    STATUS,
    UPDATED,
    WARD,
    ResponsesModel,
    report_failure,
)

if TYPE_CHECKING:
    from surveyor.core.store import Store
    from surveyor.core.store.listing import ListQuery

SEARCH_PAUSE_MS = 250
KEY_ROLE = Qt.ItemDataRole.UserRole + 1      # a ward item's label folded, for matching
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _search_key(text: str) -> str:
    # The store wing costs ~0.5 s to import (sqlite-utils): imported when the list is first used.
    from surveyor.core.store.listing import search_key
    return search_key(text)


def _is_enter(event: QKeyEvent) -> bool:
    """Return or Enter (the keypad's too), without Ctrl, Shift or Alt."""
    others = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return event.key() in _ENTER and others == Qt.KeyboardModifier.NoModifier


class ResponseList(QWidget):
    """The responses of one form (or of all), filtered and searched in the store as one types."""

    open_requested = Signal(str)        # uuid
    failed = Signal(object)             # an error of the store, for the window's error dialog

    def __init__(self, connect: Callable[[], Store] | str | os.PathLike,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._form_id: str | None = None
        self._shown = False             # set_form() called: until then the list reads nothing
        self._fitted = True             # columns fitted to the width until a person resizes one
        self._fitting = False
        self._model = ResponsesModel(connect, self)
        self._model.failed.connect(lambda error: report_failure(self, self.failed, error))
        self._model.modelReset.connect(self._show_count)
        self._typing = QTimer(self, singleShot=True, interval=SEARCH_PAUSE_MS)
        self._typing.timeout.connect(self._apply)
        self._build()
        self.setFocusProxy(self._table)
        self._retranslate()

    # -- public --
    def model(self) -> ResponsesModel:
        return self._model

    def table(self) -> QTableView:
        return self._table

    def set_form(self, form_id: str | None, ward_labels: Mapping[str, str]) -> None:
        """List the responses of this form (None: of every form); wards shown by these labels.
        Search and status stay; the ward stays if the new form has it."""
        self._form_id, self._shown = form_id, True
        self._model.set_ward_labels(ward_labels)
        kept = self._ward.currentData()
        self._ward.blockSignals(True)
        while self._ward.count() > 1:
            self._ward.removeItem(1)
        for name, label in ward_labels.items():
            self._ward.addItem(label, name)
            self._ward.setItemData(self._ward.count() - 1, _search_key(label), KEY_ROLE)
        self._ward.setCurrentIndex(max(0, self._ward.findData(kept)) if kept else 0)
        self._ward.blockSignals(False)
        self._show_ward_text()
        self._fit_columns()
        self._apply()

    def refresh(self) -> None:
        """Read the list again (after a save or an import), keeping the scroll position and,
        if it can be found nearby, the selected response."""
        current = self._table.currentIndex()
        uuid = self._model.uuid_at(current.row()) if current.isValid() else ""
        scrolled = self._table.verticalScrollBar().value()
        self._model.refresh()
        self._table.verticalScrollBar().setValue(scrolled)
        row = self._model.row_of(uuid, near=(current.row(), 0)) if uuid else -1
        if row >= 0:
            self._table.setCurrentIndex(self._model.index(row, current.column()))

    def current_uuid(self) -> str:
        current = self._table.currentIndex()
        return self._model.uuid_at(current.row()) if current.isValid() else ""

    # -- building --
    def _build(self) -> None:
        self._search = QLineEdit(self, objectName="list:search", clearButtonEnabled=True)
        self._search.textChanged.connect(lambda: self._typing.start())
        self._search.returnPressed.connect(self._apply)
        self._search.installEventFilter(self)
        self._status = QComboBox(self, objectName="list:status")
        for data in ("", DRAFT, COMPLETE):
            self._status.addItem("", data)
        self._status.currentIndexChanged.connect(self._apply)
        self._ward = self._ward_box()
        self._count = QLabel(self, objectName="list:count")
        self._count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._table = self._table_view()
        bar = QHBoxLayout()
        bar.addWidget(self._search, 1)
        bar.addWidget(self._status)
        bar.addWidget(self._ward)
        bar.addWidget(self._count)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self._table, 1)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self._search.setFocus)
        find.activated.connect(self._search.selectAll)

    def _ward_box(self) -> QComboBox:
        """An editable combo whose completer offers the wards whose label contains the text
        typed, case and diacritics aside ("hoan kiem" offers "Phường Hoàn Kiếm")."""
        ward = QComboBox(self, objectName="list:ward", editable=True)
        ward.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        ward.setMinimumContentsLength(22)      # "Phường Văn Miếu - Quốc Tử Giám" nearly
        ward.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        ward.addItem("", None)
        ward.setItemData(0, "", KEY_ROLE)
        self._ward_matches = QSortFilterProxyModel(self)
        self._ward_matches.setSourceModel(ward.model())
        self._ward_matches.setFilterRole(KEY_ROLE)
        completer = QCompleter(self._ward_matches, ward)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        ward.setCompleter(completer)
        # textEdited comes before the line edit asks the completer to complete
        ward.lineEdit().textEdited.connect(
            lambda text: self._ward_matches.setFilterFixedString(_search_key(text)))
        ward.lineEdit().editingFinished.connect(self._ward_typed)
        ward.currentIndexChanged.connect(self._ward_chosen)
        return ward

    def _table_view(self) -> QTableView:
        table = QTableView(self, objectName="list:table")
        table.setModel(self._model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().lineSpacing() + 8)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSortIndicator(UPDATED, Qt.SortOrder.DescendingOrder)   # the store's default
        header.sectionResized.connect(self._column_resized)
        table.setSortingEnabled(True)
        table.doubleClicked.connect(lambda index: self._open(index.row()))
        table.installEventFilter(self)
        table.viewport().installEventFilter(self)
        return table

    # -- what the widgets ask --
    def _query(self) -> ListQuery:
        from surveyor.core.store.listing import ListQuery

        header = self._table.horizontalHeader()
        column = header.sortIndicatorSection()
        statuses = self._status.currentData()
        return ListQuery(form_id=self._form_id, statuses=(statuses,) if statuses else (),
                         ward=self._ward.currentData(), search=self._search.text().strip(),
                         order_by=ORDER_BY[column] if 0 <= column < len(ORDER_BY) else "updated_at",
                         descending=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder)

    def _apply(self) -> None:
        self._typing.stop()
        if self._shown:
            self._model.set_query(self._query())
            self._show_count()

    def _open(self, row: int) -> None:
        if uuid := self._model.uuid_at(row):
            self.open_requested.emit(uuid)

    def _ward_chosen(self, index: int) -> None:
        self._show_ward_text()
        self._apply()

    def _show_ward_text(self) -> None:
        """"All wards" is the line edit's placeholder, so typing starts on an empty line."""
        if self._ward.currentIndex() <= 0:
            self._ward.lineEdit().clear()

    def _ward_typed(self) -> None:
        """Enter or leaving the ward box: the ward whose label is the text typed, else the first
        containing it, else the empty text for all wards; anything else is put back."""
        needle = _search_key(self._ward.lineEdit().text())
        keys = [self._ward.itemData(i, KEY_ROLE) for i in range(self._ward.count())]
        index = 0 if not needle else next(
            (i for i, key in enumerate(keys) if key == needle),
            next((i for i, key in enumerate(keys) if i and needle in key),
                 self._ward.currentIndex()))
        if index != self._ward.currentIndex():
            self._ward.setCurrentIndex(index)
        elif index > 0:
            self._ward.setEditText(self._ward.itemText(index))
        self._show_ward_text()

    def _show_count(self) -> None:
        n = self._model.rowCount()
        locale = QLocale(self.locale())
        locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)   # C omits the ","
        text = self.tr("{n} response") if n == 1 else self.tr("{n} responses")
        self._count.setText(text.format(n=locale.toString(n)) if self._shown else "")

    # -- events --
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            if watched is self._table and _is_enter(event):
                self._open(self._table.currentIndex().row())
                return True
            if watched is self._search and event.key() == Qt.Key.Key_Down:
                self._go_to_table()
                return True
        elif event.type() == QEvent.Type.Resize and watched is self._table.viewport():
            self._fit_columns()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _go_to_table(self) -> None:
        self._apply()
        self._table.setFocus()
        if not self._table.currentIndex().isValid() and self._model.rowCount():
            self._table.setCurrentIndex(self._model.index(0, NAME))

    def _retranslate(self) -> None:
        self._search.setPlaceholderText(self.tr("Search by name, ward, inspector…"))
        self._model.retranslate()
        self._status.setItemText(0, self.tr("All statuses"))
        for i in (1, 2):
            self._status.setItemText(i, self._model.status_word(self._status.itemData(i)))
        self._ward.setItemText(0, self.tr("All wards"))
        self._ward.lineEdit().setPlaceholderText(self.tr("All wards"))
        self._show_ward_text()
        self._search.setAccessibleName(self.tr("Search"))
        self._status.setAccessibleName(self.tr("Status"))
        self._ward.setAccessibleName(self.tr("Ward"))
        self._table.setAccessibleName(self.tr("Responses"))
        self._search.setToolTip(self.tr("Finds names, wards and inspectors, with or without "
                                        "diacritics (Ctrl+F)"))
        self._show_count()
        self._fit_columns()

    # -- column widths --
    def _column_resized(self, column: int, *_: object) -> None:
        """A column resized by a person: leave the widths alone from now on. (The header
        itself resizes only the last column, which stretches.)"""
        if not self._fitting and column != self._model.columnCount() - 1:
            self._fitted = False

    def _fit_columns(self) -> None:
        """Status and time as wide as their longest text, ward and inspector at a typical
        width, the name the rest (the last column stretches into what is left)."""
        if not self._fitted:
            return
        header, fm = self._table.horizontalHeader(), self._table.fontMetrics()
        hm = header.fontMetrics()
        pad = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 8
        arrow = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize) + pad

        def fit(column: int, *texts: str) -> int:
            title = self._model.headerData(column, Qt.Orientation.Horizontal)
            return max(hm.horizontalAdvance(title) + arrow,
                       *(fm.horizontalAdvance(t) + pad for t in texts))

        wards = [self._ward.itemText(i) for i in range(1, self._ward.count())]
        widths = {STATUS: fit(STATUS, *map(self._model.status_word, (DRAFT, COMPLETE))),
                  WARD: min(fit(WARD, *wards) if wards else 0, fm.averageCharWidth() * 24)
                  or fm.averageCharWidth() * 18,
                  INSPECTOR: fit(INSPECTOR, "Nguyễn Thị Thanh Hương"),
                  UPDATED: fit(UPDATED, "00/00/0000 00:00")}
        widths[NAME] = max(fm.averageCharWidth() * 24,
                           self._table.viewport().width() - sum(widths.values()))
        self._fitting = True
        try:
            for column, width in widths.items():
                header.resizeSection(column, width)
        finally:
            self._fitting = False
