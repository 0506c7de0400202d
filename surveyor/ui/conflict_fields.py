"""The fields of one conflict side by side: question, common version, local, incoming; the side
kept for each differing field picked with the keyboard (Left/Right or L/I, Space to switch) or
a click on a cell, and shown with a tick, a colour and bold type.

The first row, "Status and inspector", is the record itself: its pick is the side whose status,
inspector, device, deletion and form version the resolution keeps (resolve's `take`).
`field_lines` and `show_lines` serve the two-sided tables of the other review tabs as well
(ui/pair_fields.py: duplicates, rows edited outside Surveyor).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
)

from surveyor.core.forms.model import Form
from surveyor.core.responses import Response, canonical
from surveyor.core.sync.conflicts import INCOMING, LOCAL, ConflictView, FieldRow, one_sided
from surveyor.ui.photo_view import show_file_cell
from surveyor.ui.value_text import field_label, value_text

QUESTION, BASE, LOCAL_COLUMN, INCOMING_COLUMN = range(4)
COLUMN_OF = {LOCAL: LOCAL_COLUMN, INCOMING: INCOMING_COLUMN}
SIDE_OF = {column: side for side, column in COLUMN_OF.items()}
RECORD = ""                              # the record row's field name (no answer has it)
FIELD_ROLE = Qt.ItemDataRole.UserRole    # on the question cell: the field
DIFFERING = QColor("#fff1c7")            # a differing value not kept
PICKED = QColor("#cdeccf")               # the value kept
_PICK_KEYS = {Qt.Key.Key_Left: LOCAL, Qt.Key.Key_L: LOCAL, Qt.Key.Key_Right: INCOMING,
              Qt.Key.Key_I: INCOMING}


@dataclass(frozen=True)
class Line:
    """One row as shown: the field, its label, the three values as text, and the pick's hint."""

    field: str
    label: str
    base: str
    local: str
    incoming: str
    differs: bool
    suggested: str | None


def field_lines(rows: Iterable[FieldRow], form: Form | None, language: str | None,
                ) -> list[Line]:
    """Fields as people read them: question labels and answers in `language` (value_text)."""
    return [Line(row.field, field_label(form, row.key, language, repeat=row.repeat,
                                        path=row.path),
                 *(value_text(form, row.key, value, language)
                   for value in (row.base, row.local, row.incoming)),
                 row.differs, row.suggested)
            for row in rows]


class _KeepColours(QStyledItemDelegate):
    """The current row's selection does not hide which value is kept (or differs)."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        if index.data(Qt.ItemDataRole.BackgroundRole) is not None:
            option.state &= ~QStyle.StateFlag.State_Selected


class FieldsTable(QTableWidget):
    """The fields of the current conflict; `picked` after any pick changed."""

    picked = Signal()

    def __init__(self, parent=None):
        super().__init__(0, 4, parent)
        self.setObjectName("table:conflict_fields")
        self.setAccessibleName(self.tr("Fields of the conflict"))
        self.setAccessibleDescription(self.tr(
            "Left arrow or L keeps the local value, Right arrow or I the incoming value, "
            "Space switches."))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)          # Tab leaves the table: full keyboard use
        self.setWordWrap(True)
        self.setItemDelegate(_KeepColours(self))
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(QUESTION, QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.cellClicked.connect(self._clicked)
        self.lines: list[Line] = []
        self.picks: dict[str, str] = {}
        self.show_all = False
        self.has_base = False

    # -- what is shown ---------------------------------------------------------------------

    def show_conflict(self, view: ConflictView | None, form: Form | None,
                      language: str | None, sides: tuple[str, str, str]) -> None:
        """The fields of `view` (None: empty), labelled in `language`; `sides` are the column
        titles of base, local and incoming. Picks start at the suggested side, else local."""
        lines = [] if view is None else [self._record_line(view),
                                         *field_lines(view.fields, form, language)]
        self.show_lines(lines, sides, has_base=view is not None and view.base is not None,
                        picks={line.field: line.suggested or LOCAL
                               for line in lines if line.differs})

    def show_lines(self, lines: Sequence[Line], sides: tuple[str, str, str], *,
                   has_base: bool, picks: Mapping[str, str]) -> None:
        """These lines under the column titles `sides` (base, local, incoming); `picks` is
        the side kept of each field that has something to pick."""
        self.lines, self.picks, self.has_base = list(lines), dict(picks), has_base
        self.set_sides(sides)
        self._fill()

    def set_sides(self, sides: tuple[str, str, str]) -> None:
        self.setHorizontalHeaderLabels([self.tr("Question"), *sides])

    def _record_line(self, view: ConflictView) -> Line:
        def summary(state: Response | None) -> str:
            if state is None:
                return ""
            status = {"draft": self.tr("Draft"), "complete": self.tr("Complete")}
            parts = [status.get(state.status, state.status), state.inspector or "–"]
            if state.deleted:
                parts.append(self.tr("deleted"))
            if state.form_version != view.local.form_version or \
                    state.form_version != view.incoming.form_version:
                parts.append(self.tr("form version {version}").format(
                    version=state.form_version))
            return " · ".join(parts)

        def record(state: Response | None) -> object:
            if state is None:
                return None
            return tuple(canonical(part) for part in (state.status, state.inspector,
                                                      state.deleted, state.form_version))

        base, local, incoming = (record(s) for s in (view.base, view.local, view.incoming))
        return Line(RECORD, self.tr("Status and inspector"), summary(view.base),
                    summary(view.local), summary(view.incoming), local != incoming,
                    one_sided(base, local, incoming) if view.base is not None else None)

    def set_show_all(self, show_all: bool) -> None:
        self.show_all = show_all
        self._fill()

    def shown(self) -> list[Line]:
        return [line for line in self.lines if line.differs or self.show_all]

    def _fill(self) -> None:
        field = self.current_field()
        lines = self.shown()
        self.setRowCount(len(lines))
        for row, line in enumerate(lines):
            label = QTableWidgetItem(line.label)
            label.setData(FIELD_ROLE, line.field)
            label.setToolTip(line.field or line.label)
            self.setItem(row, QUESTION, label)
            for column, text in ((BASE, line.base), (LOCAL_COLUMN, line.local),
                                 (INCOMING_COLUMN, line.incoming)):
                self.setItem(row, column, item := self._value_item(text))
                show_file_cell(self, item, text)        # a photo's picture (ui/photo_view.py)
            self._paint(row, line)
        self.setColumnHidden(BASE, not self.has_base)
        self.setColumnWidth(QUESTION, max(260, self.viewport().width() // 3))
        self.resizeRowsToContents()
        fields = [line.field for line in lines]
        if lines:
            self.setCurrentCell(fields.index(field) if field in fields else 0, QUESTION)

    def _value_item(self, text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text or "–")
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        if not text:
            item.setForeground(self.palette().placeholderText())
            item.setToolTip(self.tr("No answer"))
        return item

    def _paint(self, row: int, line: Line) -> None:
        """The kept value ticked, green and bold; the other differing value amber."""
        if not line.differs:
            return
        for side, column in COLUMN_OF.items():
            item = self.item(row, column)
            kept = self.picks.get(line.field) == side
            item.setData(Qt.ItemDataRole.CheckStateRole,
                         Qt.CheckState.Checked if kept else Qt.CheckState.Unchecked)
            item.setBackground(QBrush(PICKED if kept else DIFFERING))
            item.setForeground(QBrush(QColor("#1b1b1b")))
            font = QFont(self.font())
            font.setBold(kept)
            item.setFont(font)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole,
                         self.tr("kept") if kept else self.tr("not kept"))
            if kept and line.suggested == side:
                item.setToolTip(self.tr("Only this side changed it since the common version"))

    # -- picking ---------------------------------------------------------------------------

    def current_field(self) -> str | None:
        item = self.item(self.currentRow(), QUESTION) if self.currentRow() >= 0 else None
        return item.data(FIELD_ROLE) if item is not None else None

    def pick(self, field: str, side: str) -> None:
        """Keep `side`'s value of `field` (a differing field; others have nothing to pick)."""
        if field not in self.picks or side not in COLUMN_OF:
            return
        self.picks[field] = side
        lines = self.shown()
        for row, line in enumerate(lines):
            if line.field == field:
                self._paint(row, line)
        self.picked.emit()

    def pick_all(self, side: str) -> None:
        """Keep one side whole: every differing field and the record."""
        for field in self.picks:
            self.picks[field] = side
        self.repaint_picks()

    def repaint_picks(self) -> None:
        """Every shown line painted as its pick now is; `picked` emitted."""
        for row, line in enumerate(self.shown()):
            self._paint(row, line)
        self.picked.emit()

    def take(self) -> str:
        """The side the record (status, inspector, …) comes from."""
        return self.picks.get(RECORD, LOCAL)

    def field_picks(self) -> dict[str, str]:
        """The side kept of each differing answer (resolve's `picks`)."""
        return {field: side for field, side in self.picks.items() if field != RECORD}

    def _clicked(self, row: int, column: int) -> None:
        item = self.item(row, QUESTION)
        if item is not None and column in SIDE_OF:
            self.pick(item.data(FIELD_ROLE), SIDE_OF[column])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        field = self.current_field()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if field is not None and plain and event.key() in _PICK_KEYS:
            self.pick(field, _PICK_KEYS[event.key()])
            return
        if field in self.picks and plain and event.key() == Qt.Key.Key_Space:
            self.pick(field, INCOMING if self.picks[field] == LOCAL else LOCAL)
            return
        super().keyPressEvent(event)
