"""Where the export goes: a folder (the last one remembered) and a file name made for the day;
an optional password (typed twice, never remembered) and whether the attached files go in."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
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


def _wrapped(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class ExportDialog(QDialog):
    """The folder and file name of a sync workbook, its password, with or without files."""

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
        form.addRow(_wrapped(self.tr(
            "Every response of this store goes into one workbook: hand it on by USB stick, "
            "email or chat app. It contains personal data: keep it safe."), self))
        self.message = QLabel("", self)
        self.message.setObjectName("export:message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        self._protection(form)
        form.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        write = buttons.addButton(self.tr("&Write workbook"), QDialogButtonBox.ButtonRole.AcceptRole)
        write.setObjectName("export:write")
        write.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        for first, second in ((self.folder, browse), (browse, self.name),
                              (self.name, self.secret), (self.secret, self.confirm),
                              (self.confirm, self.no_media), (self.no_media, write)):
            self.setTabOrder(first, second)
        self.resize(640, self.sizeHint().height())

    def _protection(self, form: QFormLayout) -> None:
        """The password, typed twice (empty: not protected), and the files checkbox."""
        self.secret = QLineEdit(self)
        self.secret.setObjectName("export:password")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Password"))
        self.secret.setPlaceholderText(self.tr("Empty: the workbook is not protected"))
        self.confirm = QLineEdit(self)
        self.confirm.setObjectName("export:confirm")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("Password again"))
        self.secret.textChanged.connect(self._typed)
        self.confirm.setEnabled(False)
        form.addRow(self.tr("&Password:"), self.secret)
        form.addRow(self.tr("Password &again:"), self.confirm)
        form.addRow(_wrapped(self.tr(
            "Excel and LibreOffice ask for the password to open it. Surveyor does not keep "
            "it: tell it to whoever opens the workbook some other way than with the file."),
            self))
        self.no_media = QCheckBox(self.tr("With&out attached files (photos)"), self)
        self.no_media.setObjectName("export:no_media")
        self.no_media.setToolTip(self.tr(
            "A smaller workbook: it names the photos, but the stores that import it keep "
            "only the photos they already have."))
        form.addRow(self.no_media)

    def _typed(self, text: str) -> None:
        """The second field is for a password only; emptying the first empties it."""
        self.confirm.setEnabled(bool(text))
        if not text:
            self.confirm.clear()
        self.message.hide()

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

    def password(self) -> str | None:
        """The password to protect the workbook with; None: not protected."""
        return self.secret.text() or None

    def media(self) -> bool:
        return not self.no_media.isChecked()

    def forget(self) -> None:
        """Nothing of the password stays in the dialog once the export has it."""
        self.secret.clear()
        self.confirm.clear()

    def accept(self) -> None:
        """Write, unless the password was not typed the same twice (then say so)."""
        if self.secret.text() != self.confirm.text():
            self.message.setText(self.tr(
                "Type the password a second time, in Password again.") if not self.confirm.text()
                else self.tr("The two passwords differ: type the same password in both fields, "
                             "or leave both empty to write the workbook without one."))
            self.message.show()
            self.confirm.clear()
            self.confirm.setFocus()
            return
        self.settings.setValue("export_dir", self.folder.text())
        super().accept()
