"""The Duplicates tab of the review page: pairs of responses that may describe one
establishment (same tax code, or the same name in the same ward), the current pair side by side
with the differing fields marked, and the two decisions: "Same establishment: merge" (one
response kept with the values ticked field by field, the other deleted pointing at it:
sync/pairs.py merge_duplicates) or "Different establishments" (never flagged again:
dismiss_duplicate).

The first response of a pair (the left column) is kept unless the person swaps; a field the
person has not picked takes the kept response's value, so a swap moves those ticks along.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from surveyor.core.forms.model import Form
from surveyor.core.responses import Response
from surveyor.core.sync import pairs
from surveyor.core.sync.conflicts import INCOMING, LOCAL
from surveyor.core.sync.duplicates import SAME_NAME_IN_WARD, SAME_TAX_CODE
from surveyor.core.sync.pairs import DuplicateView
from surveyor.ui.pair_fields import PairFieldsTable
from surveyor.ui.review_list import ListWords, ReviewList
from surveyor.ui.review_tab import ReviewTab, note_label
from surveyor.ui.value_text import value_text

FIRST, SECOND = LOCAL, INCOMING          # the table's left and right columns
OTHER = {FIRST: SECOND, SECOND: FIRST}


def pair_id(view: DuplicateView) -> str:
    return f"{view.first.uuid} {view.second.uuid}"


@dataclass(frozen=True)
class PairEntry:
    """One possible duplicate pair as the list shows it."""

    id: str
    form: str
    first_name: str
    first: str                   # "Trần Thị Bình · 24/11/2026 08:30"
    second_name: str
    second: str
    reason: str                  # "Same tax code 0101234567"


class PairList(ReviewList):
    """The possible duplicate pairs; `current_changed(id or "")`, `entered` on Return."""

    current_changed = Signal(str)
    NO_ID = ""

    def words(self) -> ListWords:
        return ListWords(
            "duplicates", self.tr("&Filter:"), self.tr("Form, establishment, inspector or reason"),
            self.tr("Filter possible duplicates"), self.tr("Possible duplicates"),
            (self.tr("Form"), self.tr("First establishment"), self.tr("First surveyed by"),
             self.tr("Second establishment"), self.tr("Second surveyed by"), self.tr("Why")))

    def cells(self, entry: PairEntry) -> tuple[str, ...]:
        return (entry.form, entry.first_name, entry.first, entry.second_name, entry.second,
                entry.reason)

    def count_text(self, shown: int, total: int) -> str:
        text = (self.tr("{n} possible duplicate") if total == 1 else
                self.tr("{n} possible duplicates")).format(n=total)
        return text if shown == total else self.tr("{shown} of {text}").format(shown=shown,
                                                                               text=text)


class DuplicatesTab(ReviewTab):
    """Possible duplicates merged or dismissed. `host` is the main window."""

    def __init__(self, host, parent: QWidget | None = None):
        super().__init__(host, parent)
        self.kept = FIRST
        self.reason = note_label(self, "duplicate_reason")
        self.kept_label = note_label(self, "kept")
        self.swap_button = self.button("swap", self.tr("Keep the &other one"), self.tr(
            "Keep the other response and delete this one instead"))
        self.hint = note_label(self)
        self.hint.setText(self.tr(
            "The ticked value goes into the kept response. Left/Right picks a side, Space "
            "switches."))
        self.merge_button = self.button("merge", self.tr("Same establishment: &merge"), self.tr(
            "Keep one response with the ticked values; the other is deleted and points at it"))
        self.dismiss_button = self.button("dismiss", self.tr("&Different establishments"),
                                          self.tr("Never flag this pair again"))
        kept_row = QHBoxLayout()
        kept_row.addWidget(self.kept_label, 1)
        kept_row.addWidget(self.swap_button)
        self.arrange("duplicate", (self.reason, kept_row, self.hint),
                     (self.merge_button, self.dismiss_button))
        self.table.picked.connect(self._summarise)
        self.swap_button.clicked.connect(self.swap)
        self.merge_button.clicked.connect(self.merge_current)
        self.dismiss_button.clicked.connect(self.dismiss_current)
        self._show(self.list.NO_ID)

    def make_list(self) -> PairList:
        return PairList(self)

    def make_table(self) -> PairFieldsTable:
        return PairFieldsTable("duplicate_fields", self.tr("Fields of the two responses"),
                               self.tr("Left arrow keeps the first response's value, Right "
                                       "arrow the second's, Space switches."),
                               pickable=True, parent=self)

    # -- reading -----------------------------------------------------------------------------

    def read(self):
        from surveyor.core import jobs

        db, forms = self.host.db_path, dict(self.host.forms)
        return lambda _progress: jobs.duplicates(db, forms)

    def reading_title(self) -> str:
        return self.tr("Reading the possible duplicates…")

    def item_id(self, view: DuplicateView) -> str:
        return pair_id(view)

    def entry(self, view: DuplicateView) -> PairEntry:
        form = self.form_of(view.first)
        return PairEntry(pair_id(view), self.form_name(form, view.form_id),
                         self.establishment(form, view.first), self.side_text(view.first),
                         self.establishment(form, view.second), self.side_text(view.second),
                         self.reason_text(view, form))

    def reason_text(self, view: DuplicateView, form: Form | None) -> str:
        """Why the pair was flagged, with the answer both share where the form names it."""
        identity = getattr(form, "identity", None)
        language = self.host.form_language()
        if view.reason == SAME_TAX_CODE:
            code = view.first.answers.get(identity.tax_code) if identity else None
            return self.tr("Same tax code {code}").format(code=code) if code else \
                self.tr("Same tax code")
        if view.reason == SAME_NAME_IN_WARD:
            key = identity.area if identity else ""
            ward = value_text(form, key, view.first.answers.get(key), language) if key else ""
            return self.tr("Same name in {ward}").format(ward=ward) if ward else \
                self.tr("Same name in the same ward")
        return self.tr("No identity answer in common any more")

    # -- the current pair ------------------------------------------------------------------

    def show_item(self, view: DuplicateView | None) -> None:
        self.kept = FIRST
        form = self.form_of(view.first) if view else None
        if view is None:
            self.title.setText(self.tr("No possible duplicates") if not self.items else
                               self.tr("Pick a pair in the list"))
            self.reason.setText("")
            self.table.show_pair((), None, None, ("", ""))
        else:
            names = [self.establishment(form, s) for s in (view.first, view.second)]
            shown = " / ".join(dict.fromkeys(n for n in names if n)) or view.form_id
            self.title.setText(f"{shown} · {self.form_name(form, view.form_id)}")
            self.reason.setText(self.tr("Flagged because: {reason}").format(
                reason=self.reason_text(view, form)))
            self.table.show_pair(view.fields, form, self.host.form_language(), self.titles(view))
        for widget in (self.swap_button, self.merge_button, self.dismiss_button, self.show_all,
                       self.table):
            widget.setEnabled(view is not None)
        self._summarise()

    def current(self) -> DuplicateView | None:
        return self.items.get(self.shown_id)

    def state_of(self, side: str) -> Response:
        view = self.current()
        return view.first if side == FIRST else view.second

    def titles(self, view: DuplicateView) -> tuple[str, str]:
        def title(side: str, state: Response) -> str:
            role = self.tr("Kept") if side == self.kept else self.tr("Deleted")
            number = self.tr("first") if side == FIRST else self.tr("second")
            return f"{role} ({number})\n{self.described(state)}"

        return title(FIRST, view.first), title(SECOND, view.second)

    def described(self, state: Response) -> str:
        """"Trần Thị Bình · 24/11/2026 08:30 · Complete"."""
        status = {"draft": self.tr("Draft"), "complete": self.tr("Complete")}
        return " · ".join(p for p in (self.side_text(state),
                                      status.get(state.status, state.status)) if p)

    def swap(self) -> None:
        """Keep the other response; the ticks the person did not set follow it."""
        view = self.current()
        if view is None:
            return
        self.kept = OTHER[self.kept]
        self.table.set_titles(self.titles(view))
        self.table.follow(self.kept)

    def _summarise(self) -> None:
        view = self.current()
        if view is None:
            self.kept_label.setText("")
            self.summary.setText("")
            return
        kept = self.state_of(self.kept)
        form = self.form_of(kept)
        self.kept_label.setText(self.tr(
            "Kept: the {side} response ({who}); the other is deleted and points at it.").format(
            side=self.tr("first") if self.kept == FIRST else self.tr("second"),
            who=self.establishment(form, kept) or self.side_text(kept)))
        self.summary.setText(self.tr("Answers taken from the deleted response: {n}").format(
            n=len(self.table.taken_from(OTHER[self.kept]))))

    # -- deciding --------------------------------------------------------------------------

    def merge_picks(self) -> dict[str, str]:
        """merge_duplicates' picks: the fields whose ticked value is the dropped response's."""
        return {field: pairs.DROP for field in self.table.taken_from(OTHER[self.kept])}

    def merge_current(self) -> None:
        """After a confirmation naming both: one response kept, the other deleted."""
        view = self.current()
        if view is None:
            return
        keep, drop = self.state_of(self.kept), self.state_of(OTHER[self.kept])
        picks = self.merge_picks()
        form = self.form_of(keep)
        question = self.tr(
            "Merge these two responses as one establishment?\n\nKept: {kept}\nDeleted: "
            "{dropped}\n\nThe deleted response points at the kept one. Answers taken from it: "
            "{n}.").format(kept=self.named(form, keep), dropped=self.named(form, drop),
                           n=len(picks))
        self.decide(self.tr("Same establishment"), question, lambda: pairs.merge_duplicates(
            self.host.store, keep.uuid, drop.uuid, picks, who=self.host.store_who,
            forms=self.host.forms))

    def dismiss_current(self) -> None:
        """After a confirmation naming both: the pair is never flagged again."""
        view = self.current()
        if view is None:
            return
        form = self.form_of(view.first)
        question = self.tr(
            "Are these different establishments?\n\n{first}\n{second}\n\nBoth responses stay; "
            "this pair is not flagged again.").format(first=self.named(form, view.first),
                                                     second=self.named(form, view.second))
        self.decide(self.tr("Different establishments"), question,
                    lambda: pairs.dismiss_duplicate(self.host.store, view.first.uuid,
                                                    view.second.uuid, who=self.host.store_who))

    def named(self, form: Form | None, state: Response) -> str:
        """"Gốm Minh Long (Trần Thị Bình · 24/11/2026 08:30 · Complete)"."""
        name = self.establishment(form, state)
        return f"{name} ({self.described(state)})" if name else self.described(state)
