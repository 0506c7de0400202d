"""The main window's file jobs: export and import on the runner's worker thread, "Add form…",
settings and the first-run prompt for the inspector's name.

A part of MainWindow (ui/main_window.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from surveyor.core.errors import SurveyError
from surveyor.ui import messages


class FileActions:
    """Export, import, add a form, settings (a part of MainWindow)."""


    def export_dialog(self) -> None:
        from surveyor.ui.export_dialog import ExportDialog

        if not self.leave_response():
            return
        dialog = ExportDialog(self.settings, self.store.setting("inspector") or "", self)
        if dialog.exec():
            self.export_to(dialog.target(), form_id=dialog.form_id())

    def export_to(self, target: Path, *, form_id: str | None = None) -> None:
        """Write the sync workbook in the background; say where it went."""
        from surveyor.core import jobs

        db, forms = self.db_path, dict(self.forms)
        self.runner.run(lambda progress: jobs.export_file(db, target, forms, form_id=form_id,
                                                          progress=progress),
                        title=self.tr("Writing {file}…").format(file=target.name),
                        done=self.exported, failed=self.job_failed,
                        cancelled=lambda: self.statusBar().showMessage(
                            self.tr("Export cancelled; nothing was written"), 8000))

    def exported(self, stats) -> None:
        total = sum(stats.rows.values())
        self.last_export = stats
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Export done"), self.tr(
            "Wrote {rows} rows to\n{path}").format(rows=total, path=stats.path), parent=self)
        box.setObjectName("dialog:exported")
        folder = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Ok)
        folder.clicked.connect(lambda: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(Path(stats.path).parent))))
        box.open()

    def import_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Import workbooks"),
                                                str(self.settings.value("import_dir", "")),
                                                self.tr("Excel workbooks (*.xlsx)"))
        if files:
            self.settings.setValue("import_dir", str(Path(files[0]).parent))
            self.import_files([Path(f) for f in files])

    def import_files(self, files: list[Path]) -> None:
        from surveyor.core import jobs

        if not self.leave_response():
            return
        db, forms = self.db_path, dict(self.forms)
        self.runner.run(lambda progress: jobs.import_files(db, files, forms, progress=progress),
                        title=self.tr("Importing {n} workbooks…").format(n=len(files)),
                        done=self.imported, failed=self.job_failed)

    def imported(self, report) -> None:
        self.last_import = report
        lines = [messages.count_line(report.counts)]
        lines += [messages.rejected(item) for item in report.rejected]
        QMessageBox.information(self, self.tr("Import done"), "\n".join(lines))
        self.responses.refresh()
        self._fill_forms_list_counts()

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

        catalog = jobs.catalog(self.extra_forms, strict=False)
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
