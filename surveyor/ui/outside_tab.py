"""The Edited-outside tab of the review page: rows whose cells were changed outside Surveyor
(in Excel, LibreOffice) and imported here, with who imported them and when; for the current one
the changed cells marked (the value the row was sealed with, then the edited one); "Accept the
edit" (sync/outside.py accept_outside_edit: the mark is cleared) or "Revert to the sealed
values" (revert_outside_edit: a new version with the sealed content), both after a
confirmation. Revert is disabled, with the reason shown, when this store lacks the sealed state.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from surveyor.core.forms.model import Form, FormKey
from surveyor.core.store import Store
from surveyor.core.store.imports import ImportRecord
from surveyor.core.sync import outside
from surveyor.core.sync.outside import OutsideEdit
from surveyor.ui.pair_fields import PairFieldsTable
from surveyor.ui.responses_model import local_time
from surveyor.ui.review_list import ListWords, ReviewList
from surveyor.ui.review_tab import ReviewTab, note_label


@dataclass(frozen=True)
class Edited:
    """A row edited outside Surveyor and the import that brought it, when the audit says."""

    edit: OutsideEdit
    brought_by: ImportRecord | None


def edits_with_imports(db_path: Path, forms: dict[FormKey, Form]) -> list[Edited]:
    """Every open outside edit, with the latest import that wrote its response (the one that
    brought the edited state: a later import of another state would have cleared the mark)."""
    with Store(db_path) as store:
        records = {record.id: record for record in store.imports()}
        found = []
        for edit in outside.outside_edits(store, forms):
            ids = [row.import_id for row in store.audit(edit.uuid) if row.import_id is not None]
            found.append(Edited(edit, records.get(ids[-1]) if ids else None))
        return found


@dataclass(frozen=True)
class EditEntry:
    """One edited row as the list shows it."""

    id: str                      # the response's uuid
    form: str
    establishment: str
    inspector: str
    imported_by: str             # who imported it here: "Văn phòng phường Cửa Nam"
    imported: str                # from which file, when: "trip-edited.xlsx · 24/11/2026 08:30"
    changed: str                 # how many cells, "?" when the sealed state is unknown


class OutsideList(ReviewList):
    """The rows edited outside Surveyor; `current_changed(uuid or "")`, `entered` on Return."""

    current_changed = Signal(str)
    NO_ID = ""
    NUMBERS = frozenset({5})
    FITTED = frozenset({2, 3})               # the people: the file and time need the room

    def words(self) -> ListWords:
        return ListWords(
            "outside", self.tr("&Filter:"), self.tr("Form, establishment, inspector or file"),
            self.tr("Filter rows edited outside Surveyor"),
            self.tr("Rows edited outside Surveyor"),
            (self.tr("Form"), self.tr("Establishment"), self.tr("Inspector"),
             self.tr("Imported by"), self.tr("Imported from"), self.tr("Cells changed")))

    def cells(self, entry: EditEntry) -> tuple[str, ...]:
        return (entry.form, entry.establishment, entry.inspector, entry.imported_by,
                entry.imported, entry.changed)

    def count_text(self, shown: int, total: int) -> str:
        text = (self.tr("{n} row edited outside Surveyor") if total == 1 else
                self.tr("{n} rows edited outside Surveyor")).format(n=total)
        return text if shown == total else self.tr("{shown} of {text}").format(shown=shown,
                                                                               text=text)


class OutsideTab(ReviewTab):
    """Rows edited outside Surveyor, accepted or reverted. `host` is the main window."""

    def __init__(self, host, parent: QWidget | None = None):
        super().__init__(host, parent)
        self.origin = note_label(self, "outside_origin")
        self.reason = note_label(self, "outside_reason")
        self.reason.setStyleSheet("color: #8a4b00;")
        self.hint = note_label(self)
        self.hint.setText(self.tr(
            "Marked: each cell changed outside Surveyor, as the row was exported (sealed) on the "
            "left and as edited on the right."))
        self.accept_button = self.button("accept", self.tr("A&ccept the edit"), self.tr(
            "Keep the edited values; the row is no longer marked"))
        self.revert_button = self.button("revert", self.tr("Re&vert to the sealed values"))
        self.arrange("outside", (self.origin, self.reason, self.hint),
                     (self.accept_button, self.revert_button))
        self.accept_button.clicked.connect(self.accept_current)
        self.revert_button.clicked.connect(self.revert_current)
        self._show(self.list.NO_ID)

    def make_list(self) -> OutsideList:
        return OutsideList(self)

    def make_table(self) -> PairFieldsTable:
        return PairFieldsTable("outside_fields", self.tr("Cells edited outside Surveyor"),
                               self.tr("Each changed cell: the sealed value, then the edited "
                                       "value."), pickable=False, parent=self)

    # -- reading -----------------------------------------------------------------------------

    def read(self):
        db, forms = self.host.db_path, dict(self.host.forms)
        return lambda _progress: edits_with_imports(db, forms)

    def reading_title(self) -> str:
        return self.tr("Reading the rows edited outside Surveyor…")

    def item_id(self, item: Edited) -> str:
        return item.edit.uuid

    def entry(self, item: Edited) -> EditEntry:
        edit = item.edit
        form = self.form_of(edit.edited)
        changed = str(len(edit.differing)) if edit.sealed is not None else "?"
        record = item.brought_by
        return EditEntry(edit.uuid, self.form_name(form, edit.form_id),
                         self.establishment(form, edit.edited), edit.edited.inspector,
                         record.who if record else "",
                         f"{record.file} · {local_time(record.at)}" if record else "", changed)

    # -- the current row -------------------------------------------------------------------

    def show_item(self, item: Edited | None) -> None:
        edit = item.edit if item else None
        form = self.form_of(edit.edited) if edit else None
        self.table.show_pair(edit.fields if edit else (), form, self.host.form_language(),
                             self.titles(item))
        self.origin.setText(self.origin_text(item))
        missing = edit is not None and edit.sealed is None
        reason = self.tr(
            "This store does not have the state the row was exported as (version {version}): "
            "the changed cells cannot be shown and the row cannot be reverted. Import the "
            "workbook it was exported in first, or accept the edit.").format(
            version=edit.edited.history[0] if edit.edited.history else "–") if missing else ""
        self.reason.setText(reason)
        self.reason.setVisible(missing)
        self.revert_button.setToolTip(reason or self.tr(
            "Save the values the row was exported with as a new version"))
        if edit is None:
            self.title.setText(self.tr("No rows edited outside Surveyor") if not self.items
                               else self.tr("Pick a row in the list"))
            self.summary.setText("")
        else:
            name = self.establishment(form, edit.edited)
            title = self.form_name(form, edit.form_id)
            self.title.setText(f"{name} · {title}" if name else title)
            self.summary.setText(self.tr("Cells changed: {n}").format(n=len(edit.differing))
                                 if not missing else "")
        for widget in (self.accept_button, self.show_all, self.table):
            widget.setEnabled(edit is not None)
        self.revert_button.setEnabled(edit is not None and not missing)

    def titles(self, item: Edited | None) -> tuple[str, str]:
        sealed, edited = self.tr("As exported (sealed)"), self.tr("Edited outside Surveyor")
        if item is None:
            return sealed, edited
        when = local_time(item.brought_by.at) if item.brought_by else ""
        imported = self.tr("imported {time}").format(time=when) if when else ""
        return f"{sealed}\n{self.side_text(item.edit.sealed)}", f"{edited}\n{imported}"

    def origin_text(self, item: Edited | None) -> str:
        if item is None:
            return ""
        record = item.brought_by
        if record is None:
            return self.tr("Which import brought this row is not recorded.")
        return self.tr("Imported from {file} by {who}, {time}.").format(
            file=record.file, who=record.who or "–", time=local_time(record.at))

    # -- deciding --------------------------------------------------------------------------

    def current(self) -> Edited | None:
        return self.items.get(self.shown_id)

    def accept_current(self) -> None:
        item = self.current()
        if item is None:
            return
        question = self.tr(
            "Keep the values edited outside Surveyor for {name}?\n\nThe row keeps them as they "
            "are and is no longer marked as edited outside.").format(name=self.named(item))
        self.decide(self.tr("Accept the edit"), question, lambda: outside.accept_outside_edit(
            self.host.store, item.edit.uuid, who=self.host.store_who))

    def revert_current(self) -> None:
        item = self.current()
        if item is None or item.edit.sealed is None:
            return
        question = self.tr(
            "Go back to the sealed values for {name}?\n\nCells changed outside Surveyor: {n}. "
            "They get the values the row was exported with again, saved as a new version.").format(
            name=self.named(item), n=len(item.edit.differing))
        self.decide(self.tr("Revert to the sealed values"), question,
                    lambda: outside.revert_outside_edit(self.host.store, item.edit.uuid,
                                                        who=self.host.store_who))

    def named(self, item: Edited) -> str:
        form = self.form_of(item.edit.edited)
        return self.establishment(form, item.edit.edited) or item.edit.uuid
