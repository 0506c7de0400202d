"""The history of one response: who changed which answer, when, from what to what; newest first,
one entry per change, worded for people (question labels, not keys)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDateTime, Qt, QTimeZone
from PySide6.QtWidgets import QListWidget, QListWidgetItem


def local_time(utc_iso: str) -> str:
    """'2026-11-24T08:30:00' (UTC) as local 'dd/MM/yyyy HH:mm'."""
    moment = QDateTime.fromString(utc_iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return utc_iso
    moment.setTimeZone(QTimeZone.utc())
    return moment.toLocalTime().toString("dd/MM/yyyy HH:mm")


class HistoryPane(QListWidget):
    """The audit rows of the open response."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("pane:history")
        self.setAccessibleName(self.tr("History"))
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setSpacing(3)
        self.label_of: Callable[[str], str] = lambda key: key

    def show_audit(self, rows, label_of: Callable[[str], str] | None = None) -> None:
        """List audit rows; `label_of` turns an answer key into its question's label."""
        if label_of is not None:
            self.label_of = label_of
        self.clear()
        for row in sorted(rows, key=lambda r: (r.at, r.id), reverse=True):
            item = QListWidgetItem(self.describe(row), self)
            item.setData(Qt.ItemDataRole.UserRole, row.field)
        if not self.count():
            QListWidgetItem(self.tr("No changes saved yet."), self).setFlags(
                Qt.ItemFlag.NoItemFlags)

    def describe(self, row) -> str:
        when = f"{local_time(row.at)} · {row.who}"
        if row.field == "_created":
            return when + "\n" + self.tr("Created")
        if row.field == "_status":
            words = {"draft": self.tr("draft"), "complete": self.tr("complete")}
            status = self.tr("Status")
            return (f"{when}\n{status}: {words.get(row.old or '', row.old or '–')} → "
                    f"{words.get(row.new or '', row.new or '–')}")
        if row.field == "_deleted":
            deleted, restored = self.tr("Deleted"), self.tr("Restored")
            return f"{when}\n{deleted if row.new == '1' else restored}"
        name = self.label_of(row.field)
        note = f" ({row.note})" if row.note else ""
        return f"{when}{note}\n{name}: «{row.old or '–'}» → «{row.new or '–'}»"
