"""Two states of the review tabs side by side (ui/conflict_fields.py without a common version):
a duplicate pair, where each differing field's tick says whose value the kept response takes
(picked as in the Conflicts tab: Left/Right, Space, a click); or a row edited outside
Surveyor, where the changed cells are marked, the value the row was sealed with on the left and
the edited value on the right, with nothing to pick.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from surveyor.core.forms.model import Form
from surveyor.core.sync.conflicts import LOCAL, FieldRow
from surveyor.ui.conflict_fields import (
    DIFFERING,
    INCOMING_COLUMN,
    LOCAL_COLUMN,
    FieldsTable,
    Line,
    field_lines,
)

EDITED = QColor("#ffd9a8")               # a cell as the outside edit left it
INK = QColor("#1b1b1b")


class PairFieldsTable(FieldsTable):
    """The fields of two states; `pickable` for a duplicate pair (LOCAL: the left, first
    response; INCOMING: the right, second one), else the changed cells only marked."""

    def __init__(self, name: str, accessible: str, description: str, *, pickable: bool,
                 parent=None):
        super().__init__(parent)
        self.setObjectName(f"table:{name}")
        self.setAccessibleName(accessible)
        self.setAccessibleDescription(description)
        self.pickable = pickable
        self.touched: set[str] = set()     # fields the person picked (a swap leaves them)

    def show_pair(self, rows: Sequence[FieldRow], form: Form | None, language: str | None,
                  sides: tuple[str, str], kept: str = LOCAL) -> None:
        """`rows` labelled in `language` under the titles `sides` (left, right); every
        differing field starts at the `kept` side's value."""
        lines = field_lines(rows, form, language)
        self.touched = set()
        picks = {line.field: kept for line in lines if line.differs} if self.pickable else {}
        self.show_lines(lines, ("", *sides), has_base=False, picks=picks)

    def set_titles(self, sides: tuple[str, str]) -> None:
        self.set_sides(("", *sides))

    def pick(self, field: str, side: str) -> None:
        if field in self.picks:
            self.touched.add(field)
        super().pick(field, side)

    def follow(self, kept: str) -> None:
        """Another response is kept: each field the person did not pick takes its value."""
        for field in self.picks.keys() - self.touched:
            self.picks[field] = kept
        self.repaint_picks()

    def taken_from(self, side: str) -> list[str]:
        """The fields whose ticked value is `side`'s."""
        return [field for field, picked in self.picks.items() if picked == side]

    def _paint(self, row: int, line: Line) -> None:
        if self.pickable:
            super()._paint(row, line)
            return
        if not line.differs:
            return
        for column, colour, bold, description in (
                (LOCAL_COLUMN, DIFFERING, False, self.tr("as sealed")),
                (INCOMING_COLUMN, EDITED, True, self.tr("edited outside Surveyor"))):
            item = self.item(row, column)
            item.setBackground(QBrush(colour))
            item.setForeground(QBrush(INK))
            font = QFont(self.font())
            font.setBold(bold)
            item.setFont(font)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, description)
