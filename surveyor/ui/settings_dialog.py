"""Settings: the inspector's name and unit and the form language (they travel with the store),
and the interface language (this computer's, in QSettings)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from surveyor.core.forms.model import Form

UI_LANGUAGES = (("vi", "Tiếng Việt"), ("en", "English"))


def ui_language(settings: QSettings) -> str:
    """The interface language: Vietnamese unless English was chosen."""
    value = str(settings.value("ui_language", "vi") or "vi")
    return value if value in dict(UI_LANGUAGES) else "vi"


class SettingsDialog(QDialog):
    def __init__(self, store, settings: QSettings, forms: Iterable[Form],
                 parent: QWidget | None = None, *, first_run: bool = False):
        super().__init__(parent)
        self.setObjectName("dialog:settings")
        self.setWindowTitle(self.tr("Settings"))
        self.store, self.settings = store, settings
        self.inspector = QLineEdit(store.setting("inspector") or "", self)
        self.inspector.setObjectName("settings:inspector")
        self.inspector.setPlaceholderText(self.tr("Full name, as on your staff card"))
        self.unit = QLineEdit(store.setting("unit") or "", self)
        self.unit.setObjectName("settings:unit")
        self.ui_language = QComboBox(self)
        self.ui_language.setObjectName("settings:ui_language")
        for code, name in UI_LANGUAGES:
            self.ui_language.addItem(name, code)
        self.ui_language.setCurrentIndex(
            [c for c, _ in UI_LANGUAGES].index(ui_language(settings)))
        self.form_language = QComboBox(self)
        self.form_language.setObjectName("settings:form_language")
        self.form_language.addItem(self.tr("The form's default"), "")
        for language in sorted({lang for form in forms for lang in form.languages if lang}):
            self.form_language.addItem(language, language)
        current = self.form_language.findData(store.setting("form_language") or "")
        self.form_language.setCurrentIndex(max(current, 0))
        layout = QFormLayout(self)
        if first_run:
            layout.addRow(QLabel(self.tr(
                "Welcome. Your name is recorded with every response you make."), self))
        layout.addRow(self.tr("&Inspector:"), self.inspector)
        layout.addRow(self.tr("&Unit:"), self.unit)
        layout.addRow(self.tr("&Interface language:"), self.ui_language)
        layout.addRow(self.tr("F&orm language:"), self.form_language)
        layout.addRow(QLabel(self.tr("A new interface language applies at the next start."),
                             self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)
        self.resize(520, self.sizeHint().height())

    def apply(self) -> None:
        """Keep what was chosen: survey settings in the store, the interface language here."""
        self.store.set_setting("inspector", self.inspector.text().strip())
        self.store.set_setting("unit", self.unit.text().strip())
        self.store.set_setting("form_language", self.form_language.currentData() or "")
        self.settings.setValue("ui_language", self.ui_language.currentData())
