"""The list of open conflicts: form, establishment, each side's inspector and time, how many
fields differ; a filter box (no case, no diacritics) and multi-selection, with the bulk choice
for the selected conflicts ("Take local for these", "Take incoming for these", prefer filled
values). Ctrl+A selects every conflict the filter shows. The list itself is ui/review_list.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton

from surveyor.core.sync.conflicts import INCOMING, LOCAL
from surveyor.ui.review_list import ListWords, ReviewList


@dataclass(frozen=True)
class Entry:
    """One open conflict as the list shows it."""

    id: int
    form: str
    establishment: str
    local: str                   # "Trần Thị Bình · 24/11/2026 08:30"
    incoming: str
    differing: int


class ConflictList(ReviewList):
    """Open conflicts; `current_changed(id or 0)` when the current one changes, `bulk(ids,
    side, prefer_filled)` when a bulk button is pressed, `entered` on Return."""

    current_changed = Signal(int)
    bulk = Signal(list, str, bool)
    NO_ID = 0
    NUMBERS = frozenset({4})

    def __init__(self, parent=None):
        super().__init__(parent, extended=True)
        self.filter.setObjectName("edit:conflict_filter")
        self.count.setObjectName("label:conflict_count")
        self.take_local = QPushButton(self.tr("Take local for &these"), self)
        self.take_local.setObjectName("button:take_local_selected")
        self.take_incoming = QPushButton(self.tr("Take incoming for t&hese"), self)
        self.take_incoming.setObjectName("button:take_incoming_selected")
        self.prefer_filled = QCheckBox(self.tr("&Prefer filled values"), self)
        self.prefer_filled.setObjectName("check:prefer_filled")
        self.prefer_filled.setToolTip(self.tr(
            "A field left empty on the side taken keeps the other side's answer"))
        self.selected_label = QLabel(self)
        bar = QHBoxLayout()
        for widget in (self.take_local, self.take_incoming, self.prefer_filled):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.selected_label)
        self.column.addLayout(bar)
        self.take_local.clicked.connect(lambda: self._bulk(LOCAL))
        self.take_incoming.clicked.connect(lambda: self._bulk(INCOMING))
        self._selection()

    def words(self) -> ListWords:
        return ListWords(
            "conflicts", self.tr("&Filter:"), self.tr("Form, establishment or inspector"),
            self.tr("Filter conflicts"), self.tr("Open conflicts"),
            (self.tr("Form"), self.tr("Establishment"), self.tr("Local"), self.tr("Incoming"),
             self.tr("Fields")))

    def cells(self, entry: Entry) -> tuple[str, ...]:
        return (entry.form, entry.establishment, entry.local, entry.incoming,
                str(entry.differing))

    def count_text(self, shown: int, total: int) -> str:
        text = (self.tr("{n} open conflict") if total == 1 else
                self.tr("{n} open conflicts")).format(n=total)
        return text if shown == total else self.tr("{shown} of {text}").format(shown=shown,
                                                                               text=text)

    def _selection(self, *_args) -> None:
        if self._silent:
            return
        n = len(self.selected_ids())
        self.take_local.setEnabled(n > 0)
        self.take_incoming.setEnabled(n > 0)
        self.selected_label.setText(self.tr("{n} selected").format(n=n) if n else "")

    def _bulk(self, side: str) -> None:
        ids = self.selected_ids()
        if ids:
            self.bulk.emit(ids, side, self.prefer_filled.isChecked())
