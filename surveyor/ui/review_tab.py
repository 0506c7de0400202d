"""The frame of the Duplicates and Edited-outside tabs: their list above (ui/review_list.py),
the current item below with a title, notes, its fields (ui/pair_fields.py) and the buttons.

The list is read by a job on the window's runner, only while the tab is in sight (a read that
ends after the tab was hidden, or the window closed with its Store, is dropped: the review page
asks again when the tab is shown). A decision on one item is written here on the window's own
Store (a few milliseconds, as the Conflicts tab resolves), after a confirmation that names what
it changes; then the item leaves the list and the next one is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from surveyor.core.errors import SurveyError
from surveyor.core.forms.model import Form
from surveyor.core.responses import Response
from surveyor.ui import messages
from surveyor.ui.conflicts_tab import ConflictsTab, name_key
from surveyor.ui.pair_fields import PairFieldsTable
from surveyor.ui.review_list import ReviewList, stack
from surveyor.ui.value_text import value_text


def note_label(parent: QWidget, name: str = "") -> QLabel:
    """A plain text label that wraps."""
    label = QLabel(parent)
    if name:
        label.setObjectName(f"label:{name}")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class ReviewTab(QWidget):
    """One kind of review item. A subclass gives `make_list()`, `make_table()`, `read()` (the
    job's operation: the items), `item_id(item)`, `entry(item)` (a row of its list) and
    `show_item(item or None)`."""

    changed = Signal()               # after a decision was written
    loaded = Signal()                # after the list was read again

    def __init__(self, host, parent: QWidget | None = None):
        super().__init__(parent)
        self.host = host             # the main window: store, forms, runner, form language
        self.items: dict = {}
        self.list: ReviewList = self.make_list()
        self.table: PairFieldsTable = self.make_table()
        self.shown_id = self.list.NO_ID
        self._reading = self._stale = False
        self.title = note_label(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.show_all = QCheckBox(self.tr("Show &all fields"), self)
        self.show_all.setObjectName("check:all_fields")
        self.summary = note_label(self)
        self.list.current_changed.connect(self._show)
        self.list.entered.connect(self.table.setFocus)
        self.show_all.toggled.connect(self.table.set_show_all)

    def button(self, name: str, text: str, tip: str = "") -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(f"button:{name}")
        button.setToolTip(tip)
        return button

    def arrange(self, name: str, notes: Sequence[QWidget | QLayout],
                buttons: Sequence[QPushButton]) -> None:
        """List above; below: title and "show all", the notes, the fields, the buttons."""
        self.title.setObjectName(f"label:{name}_title")
        self.summary.setObjectName(f"label:{name}_summary")
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.show_all)
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        for button in buttons:
            bar.addWidget(button)
        detail = QWidget(self)
        column = QVBoxLayout(detail)
        column.setContentsMargins(0, 6, 0, 0)
        column.addLayout(head)
        for note in notes:
            (column.addLayout if isinstance(note, QLayout) else column.addWidget)(note)
        column.addWidget(self.table, 1)
        column.addLayout(bar)
        stack(self, name, self.list, detail)

    # -- what a subclass says ----------------------------------------------------------------

    def make_list(self) -> ReviewList:
        raise NotImplementedError

    def make_table(self) -> PairFieldsTable:
        raise NotImplementedError

    def read(self) -> Callable[[object], list]:
        raise NotImplementedError

    def reading_title(self) -> str:
        raise NotImplementedError

    def item_id(self, item) -> object:
        raise NotImplementedError

    def entry(self, item):
        raise NotImplementedError

    def show_item(self, item) -> None:
        raise NotImplementedError

    # -- reading -----------------------------------------------------------------------------

    @property
    def reading(self) -> bool:
        """Whether a read of the list is under way."""
        return self._reading

    def refresh(self) -> None:
        """Read the list again on the runner; asked while a read runs, one more read follows
        it, so what is shown is never older than the last request. A tab out of sight reads
        nothing: the review page asks a tab again when it is picked or the page is shown."""
        self._stale = True
        if self.isVisible() and not self._reading:
            self._start_reading()

    def _start_reading(self) -> None:
        self._reading, self._stale = True, False
        self.host.runner.run(self.read(), title=self.reading_title(), done=self._read,
                             failed=self._read_failed, dialog=False)

    def _read(self, found: list) -> None:
        self._reading = False
        if not self.isVisible():     # out of sight, or the window closed (its Store too)
            self._stale = True
            return
        if self._stale:
            self._start_reading()
            return
        shown_id, shown = self.shown_id, self.items.get(self.shown_id)
        self.items = {self.item_id(item): item for item in found}
        self.list.show_entries([self.entry(item) for item in found])   # shows another current
        if self.shown_id == shown_id and self.items.get(shown_id) != shown:
            self._show(self.list.current_id())       # the same item, changed meanwhile
        self.loaded.emit()

    def _read_failed(self, error: BaseException) -> None:
        self._reading = False
        self.host.job_failed(error)

    def _show(self, item_id: object) -> None:
        item = self.items.get(item_id)
        self.shown_id = item_id if item is not None else self.list.NO_ID
        self.show_item(item)

    # -- deciding --------------------------------------------------------------------------

    def decide(self, title: str, question: str, write: Callable[[], object]) -> bool:
        """Ask; if the person agrees, write the decision on the shown item, take the item off
        the list and say so (`changed`). A refusal is shown and the list read again."""
        answer = QMessageBox.question(self, title, question)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            write()
        except SurveyError as error:
            messages.show_error(self, error)
            self.refresh()
            return False
        item_id = self.shown_id
        self.items.pop(item_id, None)
        self.list.remove(item_id)
        self.table.setFocus()
        self.changed.emit()          # the review page reads every tab again, this one too
        return True

    # -- words -----------------------------------------------------------------------------

    def form_of(self, state: Response) -> Form | None:
        return (self.host.forms.get((state.form_id, state.form_version))
                or self.host.latest.get(state.form_id))

    def form_name(self, form: Form | None, form_id: str) -> str:
        return self.host.form_title(form) if form is not None else form_id

    def establishment(self, form: Form | None, state: Response | None) -> str:
        """The establishment's name as `state` has it ('' if the form names none)."""
        key = name_key(form)
        if not key or state is None:
            return ""
        return value_text(form, key, state.answers.get(key), self.host.form_language())

    @staticmethod
    def side_text(state: Response | None) -> str:
        """"Trần Thị Bình · 24/11/2026 08:30": who saved it last, and when."""
        return ConflictsTab.side_text(state)
