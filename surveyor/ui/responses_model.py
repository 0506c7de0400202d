"""The response list as a Qt table model: rows read from the store page by page, never all at once.

The row count is one count query per filter; rows come in pages of PAGE_SIZE, one SQL query each,
fetched when the view first asks for a row of the page and kept in a small LRU. A page next to a
page already read is read by key (Store.page_after), whose cost does not grow with the depth; a
page of the second half of the list is read from the other end (the order reversed), so the
offset SQLite walks is never more than half the list.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QMetaMethod,
    QModelIndex,
    QObject,
    Qt,
    Signal,
    SignalInstance,
)

from surveyor.core.responses import COMPLETE, DRAFT

if TYPE_CHECKING:       # importing the store wing costs ~0.5 s (sqlite-utils): not at start-up
    from surveyor.core.store import Store
    from surveyor.core.store.listing import ListQuery, ListRow

STATUS, WARD, NAME, INSPECTOR, UPDATED = range(5)
ORDER_BY = ("status", "ward", "name", "inspector", "updated_at")    # the list column of each
READ = ORDER_BY                     # the listing columns a page reads
UUID_ROLE = Qt.ItemDataRole.UserRole
PAGE_SIZE = 200
PAGES_KEPT = 48                     # ~10k rows, a few MB
COUNTS_KEPT = 32                    # filters whose count is remembered
TIME_FORMAT = "%d/%m/%Y %H:%M"      # dd/MM/yyyy HH:mm, local time

_ROOT = QModelIndex()
_DISPLAY, _TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
_Line = tuple["ListRow", str]       # a row and its updated time as shown


def local_time(utc_iso: str) -> str:
    """A stored UTC time ("2026-11-24T01:30:00") as shown: local time, "24/11/2026 08:30"."""
    try:
        moment = dt.datetime.fromisoformat(utc_iso)
    except ValueError:
        return utc_iso
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().strftime(TIME_FORMAT)


def _opener(connect: Callable[[], Store] | str | os.PathLike) -> Callable[[], Store]:
    if callable(connect):
        return connect

    def open_store() -> Store:
        from surveyor.core.store import Store
        return Store(connect)
    return open_store


class ResponsesModel(QAbstractTableModel):
    """The responses a ListQuery picks, as rows of status, ward, name, inspector, updated time.

    Opens its own Store (through `connect`, or on a db path) the first time it needs a row or
    a count, in the thread it lives in (the GUI's). Until set_query() it is empty and reads
    nothing. `failed` carries an error of the store (opening or reading); the model then shows
    what it had (an empty page, a count of 0) until refresh()."""

    failed = Signal(object)

    def __init__(self, connect: Callable[[], Store] | str | os.PathLike,
                 parent: QObject | None = None, *, page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self._connect = _opener(connect)
        self._store: Store | None = None
        self._page_size = page_size
        self._query: ListQuery | None = None
        self._count_key: ListQuery | None = None     # the query in one order: same count
        self._counts: OrderedDict[ListQuery, int] = OrderedDict()
        self._pages: OrderedDict[int, list[_Line]] = OrderedDict()
        self._ward_labels: dict[str, str] = {}
        self._words: dict[str, str] = {}
        self.page_fetches = 0           # SQL queries that read a page (tests count them)
        self.count_queries = 0

    # -- what it shows --
    @property
    def query(self) -> ListQuery | None:
        return self._query

    def set_query(self, query: ListQuery | None) -> None:
        """Show the responses this query picks, in its order (None: nothing)."""
        if query == self._query:
            return
        self.beginResetModel()
        self._query = query
        self._count_key = (None if query is None
                           else replace(query, order_by="updated_at", descending=True))
        self._pages.clear()
        self.endResetModel()

    def set_ward_labels(self, labels: Mapping[str, str]) -> None:
        """The text shown for each ward choice name (names missing from it show as they are)."""
        self._ward_labels = dict(labels)
        self._changed(WARD)

    def refresh(self) -> None:
        """Read counts and rows again (after a save or an import); the query stays."""
        self.beginResetModel()
        self._counts.clear()
        self._pages.clear()
        self.endResetModel()

    def retranslate(self) -> None:
        """Headers and status words again, in the language now installed."""
        self._words.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(ORDER_BY) - 1)
        self._changed(STATUS)

    def close(self) -> None:
        """Close the store the model opened (it opens it again if asked for rows)."""
        if self._store is not None:
            self._store.close()
            self._store = None

    # -- rows --
    def uuid_at(self, row: int) -> str:
        """The uuid of the response at this row ("" outside the list)."""
        line = self._line(row)
        return line[0].uuid if line else ""

    def row_of(self, uuid: str, near: tuple[int, ...] = ()) -> int:
        """The row of this uuid among the pages read, or the pages of the rows `near` (read
        if need be); -1 if not found there."""
        for page in dict.fromkeys(r // self._page_size for r in near if 0 <= r < self._count()):
            self._page(page)
        for page, lines in self._pages.items():
            for i, (row, _) in enumerate(lines):
                if row.uuid == uuid:
                    return page * self._page_size + i
        return -1

    # -- QAbstractTableModel --
    def rowCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self._count()

    def columnCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(ORDER_BY)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex, role: int = _DISPLAY) -> object:
        if role not in (_DISPLAY, _TOOLTIP, UUID_ROLE) or not index.isValid():
            return None
        line = self._line(index.row())
        if line is None:
            return None
        row, when = line
        if role == UUID_ROLE:
            return row.uuid
        column = index.column()
        if role == _TOOLTIP and column not in (WARD, NAME):     # the columns that get cut
            return None
        if column == STATUS:
            return self.status_word(row.status)
        if column == WARD:
            return self._ward_labels.get(row.ward, row.ward)
        if column == NAME:
            return row.name
        if column == INSPECTOR:
            return row.inspector
        return when

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = _DISPLAY) -> object:
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY:
            return None
        titles = (self.tr("Status"), self.tr("Ward"), self.tr("Establishment"),
                  self.tr("Inspector"), self.tr("Updated"))
        return titles[section] if 0 <= section < len(titles) else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._query is None or not 0 <= column < len(ORDER_BY):
            return
        self.set_query(replace(self._query, order_by=ORDER_BY[column],
                               descending=order == Qt.SortOrder.DescendingOrder))

    def status_word(self, status: str) -> str:
        """The word shown for a status ("Draft", "Complete"), in the language installed."""
        if not self._words:
            self._words = {DRAFT: self.tr("Draft"), COMPLETE: self.tr("Complete")}
        return self._words.get(status, status)

    # -- inside --
    def _changed(self, column: int) -> None:
        if self._count():
            self.dataChanged.emit(self.index(0, column), self.index(self._count() - 1, column))

    def _open(self) -> Store:
        if self._store is None:
            self._store = self._connect()
        return self._store

    def _count(self) -> int:
        key = self._count_key
        if key is None:
            return 0
        if key in self._counts:
            self._counts.move_to_end(key)
            return self._counts[key]
        try:
            found = self._open().count_matching(self._query)
        except Exception as error:  # noqa: BLE001 (any store error: shown through `failed`)
            found = 0
            self._fail(error)
        self.count_queries += 1
        self._counts[key] = found
        if len(self._counts) > COUNTS_KEPT:
            self._counts.popitem(last=False)
        return found

    def _line(self, row: int) -> _Line | None:
        if not 0 <= row < self._count():
            return None
        lines = self._page(row // self._page_size)
        at = row % self._page_size
        return lines[at] if at < len(lines) else None

    def _page(self, page: int) -> list[_Line]:
        lines = self._pages.get(page)
        if lines is None:
            try:
                lines = [(row, local_time(row.updated_at)) for row in self._read(page)]
            except Exception as error:  # noqa: BLE001 (as in _count)
                lines = []          # kept, so a broken store is not asked again at every paint
                self._fail(error)
            self._pages[page] = lines
            if len(self._pages) > PAGES_KEPT:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return lines

    def _read(self, page: int) -> list[ListRow]:
        """One SQL query: by key from a neighbour page already read, else by offset from the
        nearer end of the list."""
        query, size, total = self._query, self._page_size, self._count()
        start = page * size
        limit = min(size, total - start)
        back = replace(query, descending=not query.descending)
        store = self._open()
        before, after = self._pages.get(page - 1), self._pages.get(page + 1)
        self.page_fetches += 1
        if before and len(before) == size:
            return store.page_after(query, before[-1][0], limit, READ)
        if after:
            return store.page_after(back, after[0][0], limit, READ)[::-1]
        if start > total - (start + limit):
            return store.page(back, total - start - limit, limit, READ)[::-1]
        return store.page(query, start, limit, READ)

    def _fail(self, error: Exception) -> None:
        report_failure(self, self.failed, error)


def report_failure(sender: QObject, signal: SignalInstance, error: Exception) -> None:
    """Emit `signal` with the error if anything listens to it, else write it to the log file:
    an error of the store is never dropped silently."""
    if sender.isSignalConnected(QMetaMethod.fromSignal(signal)):
        signal.emit(error)
        return
    from surveyor.logs import log_unexpected
    log_unexpected(error)
