"""Where the export goes: a folder (the last one remembered) and a file name made for the day."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from surveyor.core.text import fold


def default_name(inspector: str, today: dt.date | None = None) -> str:
    """surveyor-<inspector, folded to ASCII>-<date>.xlsx: safe on every file system and chat app."""
    who = re.sub(r"[^a-z0-9]+", "-", fold(inspector or "")).strip("-") or "export"
    return f"surveyor-{who}-{(today or dt.date.today()).isoformat()}.xlsx"


class ExportDialog(QDialog):
    """The folder and file name of a sync workbook."""

    def __init__(self, settings: QSettings, inspector: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dialog:export")
        self.setWindowTitle(self.tr("Export a workbook"))
        self.settings = settings
        folder = str(settings.value("export_dir", "") or Path.home())
        self.folder = QLineEdit(folder, self)
        self.folder.setObjectName("export:folder")
        self.folder.setAccessibleName(self.tr("Folder"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self.browse)
        self.name = QLineEdit(default_name(inspector), self)
        self.name.setObjectName("export:name")
        self.name.setAccessibleName(self.tr("File name"))
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        folder_label = QLabel(self.tr("&Folder:"), self)
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, row)
        form.addRow(self.tr("File &name:"), self.name)
        form.addRow(QLabel(self.tr(
            "Every response of this store goes into one workbook: hand it on by USB stick, "
            "email or chat app. It contains personal data: keep it safe."), self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        write = buttons.addButton(self.tr("&Write workbook"), QDialogButtonBox.ButtonRole.AcceptRole)
        write.setObjectName("export:write")
        write.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(640, self.sizeHint().height())

    def browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Export to folder"),
                                                  self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def target(self) -> Path:
        name = self.name.text().strip() or default_name("")
        if not name.lower().endswith(".xlsx"):
            name += ".xlsx"
        return Path(self.folder.text()).expanduser() / name

    def form_id(self) -> str | None:
        return None

    def accept(self) -> None:
        self.settings.setValue("export_dir", self.folder.text())
        super().accept()
