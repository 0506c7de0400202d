"""The main window's file jobs: export and import on the runner's worker thread, "Add form…",
settings and the first-run prompt for the inspector's name.

Import takes workbooks, whole folders (every .xlsx under them) or a drop on the window; a dry
run reads them first, and the preview (ui/import_preview.py) shows what it would do: only its
Import button starts the import that writes.

A part of MainWindow (ui/main_window.py).
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QToolButton

from surveyor.core.errors import SurveyError
from surveyor.core.progress import Progress
from surveyor.ui import messages
from surveyor.ui.import_preview import ROW_KEYS


def workbooks_in(paths: list[Path]) -> list[Path]:
    """The .xlsx files given, and every .xlsx under the folders given (in order: _in_order),
    each once; without Excel's lock files (~$name.xlsx)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted((p for p in path.rglob("*") if p.is_file()), key=_in_order)
        else:
            found.append(path)
    seen: set[Path] = set()
    files = []
    for path in found:
        if path.suffix.lower() == ".xlsx" and not path.name.startswith("~$") \
                and path.resolve() not in seen:
            seen.add(path.resolve())
            files.append(path)
    return files


def _in_order(path: Path) -> tuple[str, str, str]:
    """Folder by folder (a folder's own files first), then by name without the extension:
    "trip.xlsx" before its copy "trip (1).xlsx"."""
    return path.parent.as_posix(), path.stem.casefold(), path.name


def dropped_paths(data: QMimeData) -> list[Path]:
    """The local files and folders of a drop that could hold workbooks."""
    paths = [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]
    return [p for p in paths if p.is_dir() or p.suffix.lower() == ".xlsx"]


def file_rows(preview, files: list[Path]) -> list[int]:
    """Rows per file as the dry run counted them (0 for a refused file): its file reports
    follow the order of `files`, without the refused ones."""
    reports, rows = list(preview.files), []
    for path in files:
        if reports and reports[0].name == path.name:
            counts = reports.pop(0).counts
            rows.append(sum(counts.get(k, 0) for k in ROW_KEYS))
        else:
            rows.append(0)
    return rows


def numbered(progress: Progress, files: list[Path], note: str,
             rows: list[int] | None = None, finishing: str = "") -> Progress:
    """The import's progress with "workbook i of n: name" (and rows done, when `rows` gives
    each file's) as its note; after the last step, `finishing` with no total (the dialog's bar
    turns busy while the store commits and closes). Texts come translated: a job runs off the
    GUI thread."""
    n = len(files)
    before = [sum(rows[:i]) for i in range(n)] if rows else None

    def report(done: int, total: int, name: str) -> None:
        if not name:
            if finishing and total and done >= total:
                progress.report(0, 0, finishing)
            else:
                progress.report(done, total, name)
            return
        i = min(n, done * n // total + 1) if total else 1
        text = note.replace("{i}", str(i)).replace("{n}", str(n))
        if before is not None:
            text = text.replace("{done}", f"{before[i - 1]:,}".replace(",", " "))
        progress.report(done, total, text.replace("{name}", name))
    return Progress(report=report, cancelled=progress.cancelled)


def without_gc_pauses(operation: Callable[[Progress], object]) -> Callable[[Progress], object]:
    """The operation with the heap frozen at each progress step (gc.freeze), so the cyclic
    collector only ever scans what was made since the last step. A full collection of what
    an import builds up took 100-180 ms with the GIL held, and so with the window frozen;
    the states it holds have no cycles, so freezing keeps no garbage."""
    def run(progress: Progress) -> object:
        def report(done: int, total: int, note: str) -> None:
            gc.freeze()
            progress.report(done, total, note)
        gc.freeze()
        try:
            return operation(Progress(report=report, cancelled=progress.cancelled))
        finally:
            gc.unfreeze()
    return run


class FileActions:
    """Export, import, add a form, settings (a part of MainWindow)."""


    def export_dialog(self) -> None:
        from surveyor.ui.export_dialog import ExportDialog

        if not self.leave_response():
            return
        dialog = ExportDialog(self.settings, self.store.setting("inspector") or "", self)
        try:
            if dialog.exec():
                self.export_to(dialog.target(), form_id=dialog.form_id(),
                               password=dialog.password(), media=dialog.media())
        finally:
            dialog.forget()
            dialog.deleteLater()

    def export_to(self, target: Path, *, form_id: str | None = None,
                  password: str | None = None, media: bool = True) -> None:
        """Write the sync workbook in the background (protected by `password`, without the
        attached files' bytes unless `media`); say where it went."""
        from surveyor.core import jobs

        db, forms = self.db_path, dict(self.forms)
        self.runner.run(lambda progress: jobs.export_file(db, target, forms, form_id=form_id,
                                                          password=password, media=media,
                                                          progress=progress),
                        title=self.tr("Writing {file}…").format(file=target.name),
                        done=lambda stats: self.exported(stats, protected=bool(password)),
                        failed=self.job_failed,
                        cancelled=lambda: self.statusBar().showMessage(
                            self.tr("Export cancelled; nothing was written"), 8000))

    def exported(self, stats, protected: bool = False) -> None:
        total = sum(stats.rows.values())
        self.last_export = stats
        lines = [self.tr("Wrote {rows} rows to\n{path}").format(rows=total, path=stats.path)]
        if protected:
            lines.append(self.tr("Protected by the password you gave: tell it to whoever "
                                 "opens the workbook some other way than with the file."))
        if stats.media.files and not stats.media.included:
            lines.append(self.tr("Without the {n} attached files: their rows name them, the "
                                 "stores that have them keep them.").format(n=stats.media.files))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Export done"),
                          "\n\n".join(lines), parent=self)
        box.setObjectName("dialog:exported")
        folder = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Ok)
        folder.clicked.connect(lambda: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(Path(stats.path).parent))))
        box.open()

    # -- import: files, a folder or a drop; a dry run and its preview first -----------------

    def _build_import(self, bar) -> None:
        """The toolbar's Import button also offers a whole folder; workbooks may be dropped."""
        menu = QMenu(self)
        menu.addAction(self.actions_by_name["import"])
        menu.addAction(self.actions_by_name["import_folder"])
        button = bar.widgetForAction(self.actions_by_name["import"])
        if button is not None:
            button.setMenu(menu)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.setAcceptDrops(True)

    def import_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Import workbooks"),
                                                str(self.settings.value("import_dir", "")),
                                                self.tr("Excel workbooks (*.xlsx)"))
        if files:
            self.settings.setValue("import_dir", str(Path(files[0]).parent))
            self.import_paths([Path(f) for f in files])

    def import_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Import every workbook of a folder"),
            str(self.settings.value("import_dir", "")))
        if folder:
            self.settings.setValue("import_dir", folder)
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> None:
        """Files and folders (every .xlsx under them, sorted) as picked or dropped."""
        files = workbooks_in(paths)
        if not files:
            self.statusBar().showMessage(self.tr("No Excel workbooks (.xlsx) there"), 8000)
            return
        self.import_files(files)

    def import_files(self, files: list[Path]) -> None:
        """A dry run in the background, then the preview; only its Import button writes.
        Protected workbooks are opened with the passwords the person gives (ui/password.py)."""
        from surveyor.ui.password import Keys

        if not self.leave_response():
            return
        files = list(files)
        note = self.tr("Workbook {i} of {n}: {name}")
        self._import_round(files, Keys(), dry_run=True,
                           title=self.tr("Reading {n} workbooks…").format(n=len(files)),
                           numbering=lambda progress, plain: numbered(progress, plain, note),
                           done=lambda report, keys: self.preview_import(report, files, keys),
                           failed=self.job_failed,
                           cancelled=lambda: self.statusBar().showMessage(
                               self.tr("Import cancelled; nothing was written"), 8000))

    def _import_round(self, files: list[Path], keys, *, dry_run: bool, **how) -> None:
        """One round of an import on the worker thread: when a protected file opened with
        none of the passwords given, ask for one (Cancel: that file is refused), go again."""
        from surveyor.ui import password

        db, forms, tries = self.db_path, dict(self.forms), keys.candidates(files)
        opening, numbering = self.tr("Opening {name}…"), how["numbering"]

        def finished(result) -> None:
            keys.learn(result)
            if result.report is not None:
                how["done"](result.report, keys)
                return
            for path in result.locked:
                answer = password.ask_password(self, path, keys.was_wrong(path))
                if answer is not None:
                    keys.give(path, answer)
                    break
                keys.given_up.add(path)
            self._import_round(files, keys, dry_run=dry_run, **how)
        self.runner.run(without_gc_pauses(lambda progress: password.import_round(
                            db, files, forms, tries, dry_run=dry_run, progress=progress,
                            opening=opening, numbering=numbering)),
                        title=how["title"], done=finished, failed=how["failed"],
                        cancelled=how["cancelled"])

    def preview_import(self, report, files: list[Path], keys=None) -> None:
        from surveyor.ui.import_preview import ImportPreview

        self.import_preview = ImportPreview(report, self)
        self.import_preview.accepted.connect(lambda: self.import_now(files, report, keys))
        self.import_preview.rejected.connect(lambda: keys is not None and keys.forget())
        self.import_preview.finished.connect(self.import_preview.deleteLater)
        self.import_preview.open()

    def import_now(self, files: list[Path], previewed=None, keys=None) -> None:
        """The real import of the files previewed (`previewed`: the dry run's report, for the
        rows in the progress dialog; `keys`: the passwords that opened them); files the dry
        run refused are refused again."""
        from surveyor.ui.password import Keys

        keys = keys if keys is not None else Keys()
        before = max((r.id for r in self.store.imports()), default=0)
        note = self.tr("Workbook {i} of {n}: {name}")
        total = self.tr("{done} of {total} rows")
        finishing = self.tr("Saving to the store…")

        def numbering(progress: Progress, plain: list[Path]) -> Progress:
            rows = file_rows(previewed, plain) if previewed is not None else None
            text = note + ("\n" + total.replace("{total}", f"{sum(rows):,}".replace(",", " "))
                           if rows else "")
            return numbered(progress, plain, text, rows, finishing)

        def ended(handler: Callable) -> Callable:
            def end(*args) -> None:
                keys.forget()
                handler(*args)
            return end
        self._import_round(list(files), keys, dry_run=False, numbering=numbering,
                           title=self.tr("Importing {n} workbooks…").format(n=len(files)),
                           done=ended(lambda report, _keys: self.imported(report)),
                           failed=ended(self.import_failed),
                           cancelled=ended(lambda: self.import_cancelled(before, len(files))))

    def import_failed(self, error: BaseException) -> None:
        """The workbooks merged before the error are kept: the list shows them."""
        self._after_import()
        self.job_failed(error)

    def import_cancelled(self, before: int, total: int) -> None:
        """A cancelled import keeps the workbooks merged before the cancel: say how many."""
        kept = sum(r.id > before and not r.undone for r in self.store.imports())
        self._after_import()
        self._tell("dialog:import_cancelled", self.tr("Import cancelled"), self.tr(
            "Import cancelled: {kept} of {total} workbooks were imported before it stopped "
            "(see Review, Imports); the others were not.").format(kept=kept, total=total)
        ).open()

    def _tell(self, name: str, title: str, text: str) -> QMessageBox:
        """A message box that does not block (tests and the bench read it, then close it)."""
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self)
        box.setObjectName(name)
        box.finished.connect(box.deleteLater)
        self.told = box
        return box

    def imported(self, report) -> None:
        """A short summary; a button to the review tab of what needs a person."""
        self.last_import = report
        words = messages.count_words()
        lines = [self.tr("Imported {n} workbooks.").format(n=len(report.files))]
        lines += [f"• {messages.count_line({key: value})}" for key, value in report.counts.items()
                  if key in words and value]
        lines += [messages.rejected(item) for item in report.rejected]
        box = self._tell("dialog:imported", self.tr("Import done"), "\n".join(lines))
        for key, tab, text in (("conflicts", "conflicts", self.tr("Review &conflicts")),
                               ("possible_duplicates", "duplicates",
                                self.tr("Review &duplicates")),
                               ("edited_outside", "outside", self.tr("Review &outside edits"))):
            if report.counts.get(key) and self.review.tab(tab) is not None:
                button = box.addButton(text, QMessageBox.ButtonRole.ActionRole)
                button.setObjectName(f"imported:{tab}")
                button.clicked.connect(lambda _=False, tab=tab: self.show_review(tab))
        box.addButton(QMessageBox.StandardButton.Ok)
        self._after_import()
        box.open()

    def _after_import(self) -> None:
        self.responses.refresh()
        self._fill_forms_list_counts()
        if self.pages.currentWidget() is self.review:
            self.review.refresh()

    # -- dropping workbooks or folders on the window -------------------------------------------

    def dragEnterEvent(self, event) -> None:
        if self.store is not None and dropped_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        paths = dropped_paths(event.mimeData())
        if self.store is None or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_paths(paths)

    def add_form_dialog(self) -> None:
        from surveyor.core import jobs

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Add a form (XLSForm)"), "",
                                              self.tr("XLSForm workbooks (*.xlsx)"))
        if not path:
            return
        try:
            summary = jobs.add_user_form(Path(path))
        except SurveyError as error:
            QMessageBox.warning(self, self.tr("Form not added"), messages.problem(error))
            return
        QMessageBox.information(self, self.tr("Form checked"), messages.form_summary(summary))
        if summary.usable:
            self.reload_forms()

    def reload_forms(self) -> None:
        from surveyor.core import jobs

        catalog = jobs.catalog(self.extra_forms, strict=False, db_path=self.db_path)
        self.forms, self.latest = dict(catalog.forms), catalog.latest()
        self._fill_forms_list()

    def settings_dialog(self) -> None:
        from surveyor.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.store, self.settings, self.latest.values(), self)
        if dialog.exec():
            dialog.apply()
            from surveyor.core import jobs

            self.store_who = jobs.who(self.store)
            if self.view is not None:
                self.view.set_language(self.form_language())
            self._form_picked()

    def first_run(self) -> None:
        """No inspector yet: ask for the name the responses will carry."""
        from surveyor.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.store, self.settings, self.latest.values(), self,
                                first_run=True)
        if dialog.exec():
            dialog.apply()
            from surveyor.core import jobs

            self.store_who = jobs.who(self.store)
