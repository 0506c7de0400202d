"""The Conflicts tab of the review page: open conflicts listed (ui/conflict_list.py), the
current one's fields side by side with the kept value picked per field (ui/conflict_fields.py),
one resolution written, then the next conflict; or one bulk choice for the selected conflicts.

The list is read by a job on the window's runner (200 open conflicts: 0.35-0.5 s measured);
one resolution runs here on the window's own Store (3-14 ms measured with 1 to 200 open
conflicts); a bulk choice runs on the runner with its progress dialog, after a confirmation
saying how many.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from surveyor.core.errors import SurveyError
from surveyor.core.forms.model import Form
from surveyor.core.responses import Response
from surveyor.core.sync import conflicts as conflict_review
from surveyor.core.sync.conflicts import INCOMING, LOCAL, ConflictView
from surveyor.ui import messages
from surveyor.ui.conflict_fields import FieldsTable
from surveyor.ui.conflict_list import ConflictList, Entry
from surveyor.ui.responses_model import local_time
from surveyor.ui.review_list import stack
from surveyor.ui.value_text import value_text

# The question naming the establishment is the form's identity name (settings identity_name);
# a form that states none is tried for the name the bundled forms have always used.
CUSTOMARY_NAME = "ten_co_so"


class ConflictsTab(QWidget):
    """Open conflicts resolved field by field. `host` is the main window: its store, forms,
    runner, form language and the name resolutions are recorded under."""

    changed = Signal()               # after a resolution was written
    loaded = Signal()                # after the list was read again

    def __init__(self, host, parent: QWidget | None = None):
        super().__init__(parent)
        self.host = host
        self.views: dict[int, ConflictView] = {}
        self.shown_id = 0
        self._loading = self._again = False
        self.list = ConflictList(self)
        self.table = FieldsTable(self)
        self.title = QLabel(self)
        self.title.setObjectName("label:conflict_title")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.hint = QLabel(self.tr(
            "The ticked value is kept. Left/Right or L/I picks a side, Space switches; fields "
            "changed on one side only since the common version are picked already."), self)
        self.hint.setWordWrap(True)
        self.show_all = QCheckBox(self.tr("Show &all fields"), self)
        self.show_all.setObjectName("check:all_fields")
        self.summary = QLabel(self)
        self.summary.setObjectName("label:picks")
        self.take_local = self._button("take_local", self.tr("Take &local"))
        self.take_incoming = self._button("take_incoming", self.tr("Take &incoming"))
        self.resolve_button = self._button("resolve", self.tr("&Resolve"))
        self.resolve_button.setToolTip(self.tr("Write the picked values and go to the next "
                                               "conflict"))
        self._layout()
        self.list.current_changed.connect(self._show)
        self.list.entered.connect(self.table.setFocus)
        self.list.bulk.connect(self.resolve_many)
        self.show_all.toggled.connect(self.table.set_show_all)
        self.table.picked.connect(self._summarise)
        self.take_local.clicked.connect(lambda: self.table.pick_all(LOCAL))
        self.take_incoming.clicked.connect(lambda: self.table.pick_all(INCOMING))
        self.resolve_button.clicked.connect(self.resolve_current)
        self._show(0)

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(f"button:{name}")
        return button

    def _layout(self) -> None:
        detail = QWidget(self)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.show_all)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        for button in (self.take_local, self.take_incoming, self.resolve_button):
            buttons.addWidget(button)
        column = QVBoxLayout(detail)
        column.setContentsMargins(0, 6, 0, 0)
        column.addLayout(head)
        column.addWidget(self.hint)
        column.addWidget(self.table, 1)
        column.addLayout(buttons)
        stack(self, "conflicts", self.list, detail)

    # -- reading ---------------------------------------------------------------------------

    @property
    def reading(self) -> bool:
        """Whether a read of the list is under way."""
        return self._loading

    def refresh(self) -> None:
        """Read the open conflicts again (on the runner); a request while a read runs starts
        one more read after it, so what is shown is never older than the request."""
        if self._loading:
            self._again = True
            return
        from surveyor.core import jobs

        self._loading, self._again = True, False
        db, forms = self.host.db_path, dict(self.host.forms)
        self.host.runner.run(lambda _progress: jobs.conflicts(db, forms),
                             title=self.tr("Reading the conflicts…"), done=self._loaded,
                             failed=self._load_failed, dialog=False)

    def _loaded(self, views: list[ConflictView]) -> None:
        self._loading = False
        if self._again:
            self.refresh()
            return
        self.views = {view.id: view for view in views}
        self.list.show_entries([self.entry(view) for view in views])
        if self.list.current_id() not in self.views or self.shown_id not in self.views:
            self._show(self.list.current_id())
        self.loaded.emit()

    def _load_failed(self, error: BaseException) -> None:
        self._loading = False
        self.host.job_failed(error)

    def form_of(self, view: ConflictView) -> Form | None:
        return (self.host.forms.get((view.form_id, view.form_version))
                or self.host.latest.get(view.form_id))

    def entry(self, view: ConflictView) -> Entry:
        form = self.form_of(view)
        return Entry(view.id, self.host.form_title(form) if form else view.form_id,
                     self.establishment(view, form), self.side_text(view.local),
                     self.side_text(view.incoming), len(view.differing))

    def establishment(self, view: ConflictView, form: Form | None) -> str:
        """The establishment's name as either side has it ('' if the form names none)."""
        key = name_key(form)
        for state in (view.local, view.incoming) if key else ():
            text = value_text(form, key, state.answers.get(key), self.host.form_language())
            if text:
                return text
        return ""

    @staticmethod
    def side_text(state: Response | None) -> str:
        if state is None:
            return ""
        return " · ".join(part for part in (state.inspector, local_time(state.updated_at))
                          if part)

    # -- the current conflict ----------------------------------------------------------------

    def _show(self, conflict_id: int) -> None:
        view = self.views.get(conflict_id)
        self.shown_id = view.id if view else 0
        form = self.form_of(view) if view else None
        sides = (self.tr("Common version"), self.tr("Local (here)"), self.tr("Incoming"))
        if view is not None:
            name = self.establishment(view, form)
            title = self.host.form_title(form) if form else view.form_id
            self.title.setText(f"{name} · {title}" if name else title)
            sides = tuple(f"{word}\n{self.side_text(state)}" for word, state in
                          zip(sides, (view.base, view.local, view.incoming), strict=True))
        else:
            self.title.setText(self.tr("No open conflicts") if not self.views else
                               self.tr("Pick a conflict in the list"))
        self.table.show_conflict(view, form, self.host.form_language(), sides)
        for widget in (self.take_local, self.take_incoming, self.resolve_button, self.show_all,
                       self.table):
            widget.setEnabled(view is not None)
        self._summarise()

    def _summarise(self) -> None:
        picks = list(self.table.field_picks().values())
        if self.shown_id == 0:
            self.summary.setText("")
            return
        self.summary.setText(self.tr("Kept: {local} local · {incoming} incoming").format(
            local=picks.count(LOCAL), incoming=picks.count(INCOMING)))

    # -- writing ---------------------------------------------------------------------------

    def resolve_current(self) -> None:
        """Write the picked values as one resolution, then show the next conflict."""
        conflict_id = self.shown_id
        if not conflict_id:
            return
        try:
            conflict_review.resolve(self.host.store, conflict_id, self.table.field_picks(),
                                    take=self.table.take(), who=self.host.store_who,
                                    forms=self.host.forms)
        except SurveyError as error:
            messages.show_error(self, error)
            self.refresh()
            return
        self.views.pop(conflict_id, None)
        self.list.remove(conflict_id)
        self.table.setFocus()
        self.changed.emit()          # the review page reads every tab again, this one too

    def resolve_many(self, ids: list[int], side: str, prefer_filled: bool) -> None:
        """One bulk choice for the selected conflicts, after a confirmation."""
        n = len(ids)
        question = (self.tr("Resolve this conflict, taking the local side?") if n == 1 else
                    self.tr("Resolve these {n} conflicts, taking the local side?")) \
            if side == LOCAL else \
            (self.tr("Resolve this conflict, taking the incoming side?") if n == 1 else
             self.tr("Resolve these {n} conflicts, taking the incoming side?"))
        lines = [question.format(n=n), self.tr(
            "A field only the other side changed since the common version keeps that change.")]
        if prefer_filled:
            lines.append(self.tr("A field left empty on the side taken gets the other side's "
                                 "answer."))
        answer = QMessageBox.question(self, self.tr("Resolve conflicts"), "\n\n".join(lines))
        if answer != QMessageBox.StandardButton.Yes:
            return
        from surveyor.core import jobs

        db, forms = self.host.db_path, dict(self.host.forms)
        self.host.runner.run(
            lambda _progress: jobs.resolve_conflicts(db, ids, take=side,
                                                     prefer_filled=prefer_filled, forms=forms),
            title=self.tr("Resolving {n} conflicts…").format(n=n),
            done=lambda states: self._resolved_many(ids, states), failed=self._bulk_failed)

    def _resolved_many(self, ids: list[int], states: list[Response]) -> None:
        """All or none were written: the resolved conflicts leave the list at once."""
        n = len(states)
        text = self.tr("Resolved {n} conflict") if n == 1 else self.tr("Resolved {n} conflicts")
        self.host.statusBar().showMessage(text.format(n=n), 8000)
        for conflict_id in ids:
            self.views.pop(conflict_id, None)
        self.list.show_entries([self.entry(view) for view in self.views.values()])
        self._show(self.list.current_id())
        self.changed.emit()

    def _bulk_failed(self, error: BaseException) -> None:
        self.host.job_failed(error)
        self.refresh()


def name_key(form: Form | None) -> str:
    """The answer key of the question that names the establishment, '' if none."""
    if form is None:
        return ""
    named = getattr(getattr(form, "identity", None), "name", "")
    if named:
        return named
    return CUSTOMARY_NAME if any(q.key == CUSTOMARY_NAME for q in form.questions()) else ""
