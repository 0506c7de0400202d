"""The review page's Imports tab: every import so far (file, checksum, who, when, what it did,
undone or not), and undoing the one selected.

Undo asks first, naming the file and what it brought, then runs `jobs.undo_import` on the
window's runner; a refusal (a later import, an edit or a resolution builds on it) is shown in
the interface language (ui/messages.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from surveyor.ui import messages
from surveyor.ui.history_pane import local_time

SHORT_SHA = 12                 # hex digits of the checksum shown; the tooltip has all 64
ID, FILE, SHA, WHO, WHEN, COUNTS, STATE = range(7)


def what_it_did(counts, nothing: str) -> str:
    """The import's counts that have words and are not zero, in the interface language."""
    words = messages.count_words()
    shown = {key: value for key, value in counts.items() if key in words and value}
    return messages.count_line(shown) if shown else nothing


class ImportsTab(QWidget):
    """Every import, newest first; "Undo this import" for the selected one."""

    changed = Signal()                 # an undo wrote to the store

    def __init__(self, db_path: Path, runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.db_path, self.runner = Path(db_path), runner
        self.records: list = []
        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("imports:table")
        self.table.setAccessibleName(self.tr("Imports"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Number"), self.tr("Workbook"), self.tr("Checksum"), self.tr("By"),
            self.tr("When"), self.tr("What it did"), self.tr("State")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COUNTS, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.undo_button = QPushButton(self.tr("&Undo this import…"), self)
        self.undo_button.setObjectName("imports:undo")
        self.undo_button.clicked.connect(self.undo_selected)
        self.note = QLabel(self.tr(
            "Undo puts every response the import changed back as it was before it. It is "
            "refused while later work builds on it: a later import of the same responses, "
            "an edit here or a resolved conflict."), self)
        self.note.setWordWrap(True)
        self.status = QLabel("", self)
        self.status.setObjectName("imports:status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.undo_button)
        row.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.setFocusProxy(self.table)
        self._selection_changed()

    def refresh(self) -> None:
        """Read the imports again, keeping the selected one selected."""
        from surveyor.core import jobs

        kept = self.selected()
        self.records = jobs.history(self.db_path)
        self.table.setRowCount(len(self.records))
        for row, record in enumerate(self.records):
            self._fill(row, record)
        self.table.resizeRowsToContents()
        ids = [r.id for r in self.records]
        if kept is not None and kept.id in ids:
            self.table.selectRow(ids.index(kept.id))
        elif self.records and self.table.currentRow() < 0:
            self.table.selectRow(0)
        self._selection_changed()

    def _fill(self, row: int, record) -> None:
        state = self.tr("undone") if record.undone else self.tr("in effect")
        did = what_it_did(record.counts, self.tr("nothing changed"))
        cells = [str(record.id), record.file, record.sha256[:SHORT_SHA], record.who,
                 local_time(record.at), did, state]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column == ID:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == SHA:
                item.setToolTip(record.sha256)
            if record.undone:
                item.setForeground(self.palette().placeholderText().color())
            self.table.setItem(row, column, item)

    def selected(self):
        row = self.table.currentRow()
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or not 0 <= row < len(self.records):
            return None
        return self.records[row]

    def select(self, import_id: int) -> None:
        """Select the row of one import (as a person clicks it)."""
        ids = [r.id for r in self.records]
        self.table.selectRow(ids.index(import_id))

    def _selection_changed(self) -> None:
        record = self.selected()
        self.undo_button.setEnabled(record is not None and not record.undone)

    # -- undo ------------------------------------------------------------------------------

    def undo_selected(self) -> None:
        record = self.selected()
        if record is None or record.undone:
            return
        answer = QMessageBox.question(self, self.tr("Undo an import"), self.tr(
            "Undo import {id} of {file}?\nIt brought: {counts}.\nEvery response it changed "
            "goes back to how it was before it; a backup of the store is made first.").format(
                id=record.id, file=record.file,
                counts=what_it_did(record.counts, self.tr("nothing changed"))))
        if answer != QMessageBox.StandardButton.Yes:
            return
        from surveyor.core import jobs

        db, import_id = self.db_path, record.id
        self.runner.run(lambda progress: jobs.undo_import(db, import_id),
                        title=self.tr("Undoing import {id}…").format(id=import_id),
                        done=self._undone, failed=self._refused)

    def _undone(self, report) -> None:
        self.status.setText(self.tr(
            "Import {id} undone. The store as it was before the undo: {backup}").format(
                id=report.import_id, backup=report.backup))
        self.refresh()
        self.changed.emit()

    def _refused(self, error: BaseException) -> None:
        self.refresh()
        messages.show_error(self, error)
