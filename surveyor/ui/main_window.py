"""The main window: the forms, a response list per form, the form being filled, and the file jobs.

Answers are kept as a savepoint file within a second of each committed change (autosave) and
as a new version of the response when the person saves, finalises or leaves the response. Quick
saves of one response run here (a few milliseconds); jobs that read or write many rows (import,
export, demo) run on the runner's worker thread with their own Store.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from surveyor.core.filling.session import Session
from surveyor.core.forms.model import Form
from surveyor.logs import log_unexpected
from surveyor.ui import messages
from surveyor.ui.duplicates_tab import DuplicatesTab
from surveyor.ui.history_pane import HistoryPane
from surveyor.ui.jobs import Runner
from surveyor.ui.outside_tab import OutsideTab
from surveyor.ui.report_actions import ReportActions
from surveyor.ui.review_page import ReviewPage
from surveyor.ui.window_files import FileActions
from surveyor.ui.window_response import FORM, LIST, REVIEW, ResponseActions

AUTOSAVE_MS = 700            # a savepoint this long after the last committed change (goal: ≤ 1 s)


class MainWindow(ResponseActions, FileActions, QMainWindow):
    """Forms on the left; the response list or the form being filled in the middle."""

    response_saved = Signal(str)        # uuid, after a version was written

    def __init__(self, db_path: Path, *, extra_forms: tuple[Path, ...] = (),
                 settings: QSettings | None = None):
        super().__init__()
        self.db_path, self.extra_forms = Path(db_path), tuple(extra_forms)
        self.settings = settings or QSettings()
        self.store = None                           # opened by load(), after the window shows
        self.forms: dict[tuple[str, str], Form] = {}
        self.latest: dict[str, Form] = {}
        self.session: Session | None = None
        self.view = None                            # the FormView of self.session
        self.runner = Runner(self)
        self.savepoint_folder = self.db_path.parent / "savepoints" / self.db_path.stem
        self.autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self.autosave.timeout.connect(self.write_savepoint)
        self.setObjectName("window:main")
        self.setWindowTitle(self.tr("Surveyor: field surveys"))
        self._build()

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.actions_by_name: dict[str, QAction] = {}
        bar = QToolBar(self.tr("Actions"), self)
        bar.setObjectName("toolbar:main")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(bar)
        for name, text, keys, slot in (
                ("new", self.tr("&New response"), QKeySequence.StandardKey.New, self.new_response),
                ("new_carried", self.tr("New, &carrying place"), "Ctrl+Shift+N",
                 self.new_carried),
                ("save", self.tr("&Save"), QKeySequence.StandardKey.Save, self.save),
                ("finalise", self.tr("&Finalise"), "Ctrl+Return", self.finalise),
                ("back", self.tr("&List"), "Alt+Left", self.back_to_list),
                ("delete", self.tr("&Delete"), None, self.delete_response),
                ("export", self.tr("&Export…"), "Ctrl+E", self.export_dialog),
                ("import", self.tr("&Import…"), "Ctrl+I", self.import_dialog),
                ("import_folder", self.tr("Import a f&older…"), "Ctrl+Shift+I",
                 self.import_folder_dialog),
                ("review", self.tr("&Review"), "Ctrl+R", self.show_review),
                ("report", self.tr("Consolidated &report…"), None,
                 lambda *_: ReportActions.of(self).ask()),
                ("add_form", self.tr("Add &form…"), None, self.add_form_dialog),
                ("settings", self.tr("Se&ttings…"), "Ctrl+,", self.settings_dialog)):
            action = QAction(QIcon(f"icons:{name}.svg"), text, self)
            action.setObjectName(f"action:{name}")
            if keys is not None:
                action.setShortcut(QKeySequence(keys))
                action.setToolTip(f"{action.text().replace('&', '')} "
                                  f"({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
            action.triggered.connect(slot)
            self.actions_by_name[name] = action
            self.addAction(action)
            if name not in ("delete", "add_form", "new_carried", "import_folder"):
                bar.addAction(action)
        self._build_import(bar)                     # Import's folder choice, drops (window_files)
        self.forms_list = QListWidget(self)
        self.forms_list.setObjectName("list:forms")
        self.forms_list.currentItemChanged.connect(self._form_picked)
        self.forms_list.setAccessibleName(self.tr("Forms"))
        self.forms_list.setWordWrap(True)
        self.forms_list.setSpacing(2)
        dock = QDockWidget(self.tr("Forms"), self)
        dock.setObjectName("dock:forms")
        dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        holder = QWidget(dock)
        column = QVBoxLayout(holder)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.forms_list)
        dock.setWidget(holder)
        dock.setMinimumWidth(250)
        dock.setMaximumWidth(340)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        self.forms_dock = dock
        self.pages = QStackedWidget(self)
        self.setCentralWidget(self.pages)
        self.list_page = QLabel(self.tr("Opening the store…"), self)
        self.list_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages.addWidget(self.list_page)
        self.form_page = QSplitter(Qt.Orientation.Horizontal, self)
        self.form_page.setObjectName("page:form")
        self.side = QTabWidget(self.form_page)
        self.side.setObjectName("tabs:side")
        self.history = HistoryPane(self.side)
        self.pages.addWidget(self.form_page)
        self.review = ReviewPage(self)
        self.review.changed.connect(self._review_changed)
        self.pages.addWidget(self.review)           # REVIEW: its tabs are added by load()
        self.saved_label = QLabel("", self)
        self.statusBar().addPermanentWidget(self.saved_label)
        self._update_actions()

    # -- loading (after the window is shown: the store and the forms take a moment) ---------

    def load(self) -> None:
        """Open the store and the forms, show the list, reopen what a crash left unsaved."""
        from surveyor.core import jobs
        from surveyor.core.store import Store
        from surveyor.ui.response_list import ResponseList

        catalog = jobs.catalog(self.extra_forms, strict=False, db_path=self.db_path)
        self.forms, self.latest = dict(catalog.forms), catalog.latest()
        for problem in catalog.problems:
            self.statusBar().showMessage(messages.problem(problem), 10000)
        self.store = Store(self.db_path)
        self.store_who = jobs.who(self.store)
        self.responses = ResponseList(self.db_path, self)
        self.responses.open_requested.connect(self.open_response)
        self.responses.failed.connect(self.job_failed)
        self.pages.removeWidget(self.list_page)
        self.list_page.deleteLater()
        self.list_page = self.responses
        self.pages.insertWidget(LIST, self.responses)
        self.pages.setCurrentIndex(LIST)
        from surveyor.ui.imports_tab import ImportsTab
        self.review.add_tab("imports", ImportsTab(self.db_path, self.runner), self.tr("Imports"))
        from surveyor.ui.conflicts_tab import ConflictsTab
        self.review.add_tab("conflicts", ConflictsTab(self), self.tr("Conflicts"))
        self.review.add_tab("duplicates", DuplicatesTab(self), self.tr("Duplicates"))
        self.review.add_tab("outside", OutsideTab(self), self.tr("Edited outside"))
        self._add_indicators_tab()                  # the last tab of the review page
        self._fill_forms_list()
        self._recover()
        self._update_actions()

    def _add_indicators_tab(self) -> None:
        from surveyor.ui.indicators_view import IndicatorsView

        view = IndicatorsView(self)
        view.report_requested.connect(lambda: ReportActions.of(self).ask())
        self.review.add_tab("indicators", view, self.tr("Indicators"))

    def _fill_forms_list(self) -> None:
        self.forms_list.clear()
        tally = self.store.tally()
        for form_id, form in sorted(self.latest.items(), key=lambda kv: kv[1].title):
            count = sum(n for (f, _), n in tally.items() if f == form_id)
            counted = (self.tr("{n} response") if count == 1 else self.tr("{n} responses"))
            item = QListWidgetItem(f"{self.form_title(form)}\n{counted.format(n=count)}")
            item.setData(Qt.ItemDataRole.UserRole, form_id)
            item.setToolTip(f"{form.form_id} · {form.version}")
            self.forms_list.addItem(item)
        if self.forms_list.count():
            self.forms_list.setCurrentRow(0)

    def form_language(self) -> str | None:
        return (self.store.setting("form_language") or None) if self.store else None

    def form_title(self, form: Form) -> str:
        return form.title

    def current_form(self) -> Form | None:
        item = self.forms_list.currentItem()
        return self.latest.get(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _form_picked(self, *_args) -> None:
        form = self.current_form()
        if form is None or self.store is None:
            return
        self.responses.set_form(form.form_id, ward_labels(form, self.form_language()))
        self._update_actions()

    def _update_actions(self) -> None:
        filling = self.pages.currentIndex() == FORM and self.session is not None
        reviewing = self.pages.currentIndex() == REVIEW
        self.forms_dock.setVisible(not (filling or reviewing))   # they need the width
        for name in ("save", "finalise"):
            self.actions_by_name[name].setEnabled(filling)
        self.actions_by_name["back"].setEnabled(filling or reviewing)
        self.actions_by_name["delete"].setEnabled(filling and not self.session.is_new)
        ready = self.store is not None
        for name in ("new", "new_carried", "export", "import", "import_folder", "review",
                     "add_form", "settings"):
            self.actions_by_name[name].setEnabled(ready)

    # -- the office's review page ------------------------------------------------------------

    def show_review(self, tab: str | None = None) -> None:
        """The review page (imports, conflicts, duplicates, outside edits), at `tab` if given."""
        if not self.leave_response():
            return
        self.pages.setCurrentIndex(REVIEW)
        self.review.refresh()
        if tab:
            self.review.show_tab(tab)
        self._update_actions()

    def _review_changed(self) -> None:
        """A review tab wrote to the store: the list and the counts follow."""
        self.responses.refresh()
        self._fill_forms_list_counts()

    def job_failed(self, error: BaseException) -> None:
        messages.show_error(self, error)

    # -- closing ---------------------------------------------------------------------------

    def closeEvent(self, event) -> None:
        try:
            kept = self.session is None or not self.session.worth_keeping or self.save()
        except Exception as error:  # noqa: BLE001 (closing: keep the answers, log why)
            log_unexpected(error)
            kept = False
        if not kept:
            self.write_savepoint()               # the answers wait for the next start
        self.runner.wait()
        # what a finished job posted back (a tab's list read) is handled before the store closes
        QCoreApplication.sendPostedEvents(None, QEvent.Type.MetaCall)
        if self.store is not None:
            self.store.close()
        super().closeEvent(event)


def ward_labels(form: Form, language: str | None) -> dict[str, str]:
    """Ward choice name -> its label in the form language (for the response list)."""
    try:
        question = next(q for q in form.questions() if q.name == "phuong_xa")
    except StopIteration:
        return {}
    from surveyor.core.forms.languages import form_language

    lang = form_language(form, language)
    return {c.name: form.text(c.labels, lang) for c in question.choices}
