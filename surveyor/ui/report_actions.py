"""The main window's "Consolidated report…" action: a file dialog for the output, then the report
written on the runner's worker thread with a progress dialog (jobs.report_file opens its own
Store), and where it went. One per window (`ReportActions.of(window)`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox


class ReportActions(QObject):
    """Writes the consolidated workbook of the window's store."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.last = None                      # the ReportStats of the last report written

    @classmethod
    def of(cls, window) -> ReportActions:
        found = getattr(window, "_report_actions", None)
        if found is None:
            found = window._report_actions = cls(window)
        return found

    def language(self) -> str:
        from surveyor.ui.settings_dialog import ui_language

        return ui_language(self.window.settings)

    def ask(self) -> None:
        """Where to write the report, then write it."""
        window = self.window
        if not window.leave_response():
            return
        folder = str(window.settings.value("report_dir", "") or Path.home())
        name = f"bao-cao-tong-hop-{dt.date.today().isoformat()}.xlsx"
        target, _ = QFileDialog.getSaveFileName(window, self.tr("Consolidated report"),
                                                str(Path(folder) / name),
                                                self.tr("Excel workbooks (*.xlsx)"))
        if not target:
            return
        target = Path(target).with_suffix(".xlsx")
        window.settings.setValue("report_dir", str(target.parent))
        self.write_to(target)

    def write_to(self, target: Path) -> None:
        """Write the report in the background; say where it went."""
        from surveyor.core import jobs

        window = self.window
        db, forms, extra, language = (window.db_path, dict(window.forms), window.extra_forms,
                                      self.language())
        window.runner.run(
            lambda progress: jobs.report_file(db, target, forms, language=language, extra=extra,
                                              progress=progress),
            title=self.tr("Writing the consolidated report {file}…").format(file=target.name),
            done=self.written, failed=window.job_failed,
            cancelled=lambda: window.statusBar().showMessage(
                self.tr("Report cancelled; nothing was written"), 8000))

    def written(self, stats) -> None:
        self.last = stats
        results = stats.results
        targets = [r.city for r in results.indicators if r.city.target is not None]
        met = sum(1 for line in targets if line.met)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Report written"), self.tr(
            "Wrote the consolidated report to\n{path}\n\n{n} indicators; {met} of the {targets} "
            "with a target are met city-wide.").format(
                path=stats.path, n=len(results.indicators), met=met, targets=len(targets)),
            parent=self.window)
        box.setObjectName("dialog:report_written")
        folder = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Ok)
        folder.clicked.connect(lambda: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(Path(stats.path).parent))))
        box.open()
