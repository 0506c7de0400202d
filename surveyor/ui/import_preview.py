"""The import preview: what a dry run found, per workbook and in total, before anything is
written; the person presses Import (the real import runs then) or Cancel (nothing is written).

One column per count of the report that ui/messages.py has words for (a count the core adds
appears once it has words), a total row, workbooks imported before marked as such, and the
refused workbooks with their reason naming file, sheet, row and column, in the interface
language.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from surveyor.ui import messages

# Counts a file's row count is made of (docs/contracts.md "Counts"), when the report has them.
ROW_KEYS = ("new", "updated", "merged", "unchanged", "stale", "conflicts")
HEADER_WIDTH = 13             # characters per line of a column header (the words wrap)


def count_columns(counts: Mapping[str, int]) -> list[str]:
    """The count keys the preview shows: those of the report that have words, in its order
    (refused files are listed apart, not counted per file)."""
    words = messages.count_words()
    return [key for key in counts if key in words and key != "rejected"]


def header_text(word: str) -> str:
    return textwrap.fill(word[:1].upper() + word[1:], HEADER_WIDTH)


class ImportPreview(QDialog):
    """The dry run's report of an import; accept() means: import these workbooks now."""

    def __init__(self, report, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dialog:import_preview")
        self.setWindowTitle(self.tr("Import preview: nothing written yet"))
        self.report = report
        self.keys = count_columns(report.counts)
        words = messages.count_words()
        layout = QVBoxLayout(self)
        self.summary = QLabel(self._summary_text(), self)
        self.summary.setObjectName("preview:summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(len(report.files) + 1, len(self.keys) + 2, self)
        self.table.setObjectName("preview:files")
        self.table.setAccessibleName(self.tr("What each workbook would change"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Workbook")] + [header_text(words[k]) for k in self.keys]
            + [self.tr("Note")])
        for column, key in enumerate(self.keys, start=1):
            self.table.horizontalHeaderItem(column).setToolTip(words[key])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        for row, file in enumerate(report.files):
            note = (self.tr("imported before (import {id})").format(id=file.previous_import)
                    if file.previous_import is not None else "")
            self._fill_row(row, file.name, file.counts, note, tip=file.sha256)
        self._fill_row(len(report.files), self.tr("Total ({n} workbooks)").format(
            n=len(report.files)), report.counts, "", bold=True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.table, 3)
        self.refused = QListWidget(self)
        self.refused.setObjectName("preview:rejected")
        self.refused.setAccessibleName(self.tr("Refused workbooks"))
        self.refused.setWordWrap(True)
        self.refused.addItems([messages.rejected(item) for item in report.rejected])
        if report.rejected:                          # room for up to 6 reasons of 2 lines
            lines = 2 * min(len(report.rejected), 6) + 1
            self.refused.setMaximumHeight(self.fontMetrics().lineSpacing() * lines + 8)
            label = QLabel(self.tr("&Refused workbooks: nothing of them will be imported"), self)
            label.setBuddy(self.refused)
            layout.addWidget(label)
            layout.addWidget(self.refused, 1)
        else:
            self.refused.hide()
        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton(self.tr("&Import"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("preview:import")
        self.import_button.setEnabled(bool(report.files))
        self.import_button.setDefault(bool(report.files))
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("preview:cancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fit()

    def _summary_text(self) -> str:
        report = self.report
        rows = sum(report.counts.get(key, 0) for key in ROW_KEYS)
        lines = [self.tr("{files} workbooks read, {rows} rows. Nothing has been written yet: "
                         "press Import to make these changes, or Cancel.").format(
                             files=len(report.files) + len(report.rejected), rows=rows)]
        before = sum(f.previous_import is not None for f in report.files)
        if before:
            lines.append(self.tr("{n} of them were imported before: importing them again "
                                 "changes nothing they already brought.").format(n=before))
        if report.rejected:
            lines.append(self.tr("{n} refused: see the reasons below.").format(
                n=len(report.rejected)))
        return "\n".join(lines)

    def _fill_row(self, row: int, name: str, counts: Mapping[str, int], note: str, *,
                  tip: str = "", bold: bool = False) -> None:
        font = QFont(self.font())
        font.setBold(bold)
        quiet = self.palette().placeholderText().color()
        first = QTableWidgetItem(name)
        first.setToolTip(f"{name}\nsha256 {tip}" if tip else name)
        cells = [first]
        for key in self.keys:
            value = int(counts.get(key, 0))
            item = QTableWidgetItem(f"{value:,}".replace(",", " "))
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if value == 0:
                item.setForeground(quiet)
            cells.append(item)
        cells.append(QTableWidgetItem(note))
        font.setItalic(bool(note))                 # imported before: set apart
        for column, item in enumerate(cells):
            item.setFont(font)
            self.table.setItem(row, column, item)

    def _fit(self) -> None:
        screen = QGuiApplication.primaryScreen().availableGeometry()
        self.resize(min(1180, screen.width() - 60), min(620, screen.height() - 60))

    # -- what the preview shows, read back from its widgets (for tests and screen readers) --
    def shown_rows(self) -> list[tuple[str, dict[str, int], str]]:
        """(workbook, {count key: value}, note) per table row, the total row last."""
        last = len(self.keys) + 1
        return [(self.table.item(r, 0).text(),
                 {k: self.table.item(r, c).data(Qt.ItemDataRole.UserRole)
                  for c, k in enumerate(self.keys, start=1)},
                 self.table.item(r, last).text()) for r in range(self.table.rowCount())]

    def shown_refusals(self) -> list[str]:
        return [self.refused.item(i).text() for i in range(self.refused.count())]
