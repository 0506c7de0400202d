"""The application: Qt set up (name, translations), and the main window built, shown, then loaded.

`build_main_window(db_path, forms_dir)` is the contract for tests that drive the window from
outside (docs/contracts.md): it returns the window, loaded, without entering the event loop.
`run()` shows the window first and opens the store and the forms just after, so a person sees
it at once (PySide6 imports in ~0.12 s; the forms and sqlite-utils take longer).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QDir, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from surveyor import __version__, paths
from surveyor.paths import APP_AUTHOR, APP_NAME


def application() -> QApplication:
    """The QApplication (made once), named so QSettings finds this program's settings."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    QDir.addSearchPath("icons", str(paths.resources_dir() / "icons"))   # QIcon("icons:save.svg")
    return app


def install_translation(app: QApplication, language: str) -> None:
    """The interface in `language` ('vi' or 'en'): our .qm, and Qt's own for its dialogs."""
    for old in getattr(app, "_surveyor_translators", []):
        app.removeTranslator(old)
    kept = []
    folder = str(paths.resources_dir() / "translations")
    ours = QTranslator(app)
    if ours.load(f"surveyor_{language}", folder):
        app.installTranslator(ours)
        kept.append(ours)
    from PySide6.QtCore import QLibraryInfo

    qt = QTranslator(app)
    if qt.load(QLocale(language), "qtbase", "_",
               QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        kept.append(qt)
    app._surveyor_translators = kept
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if language == "vi"
                               else QLocale.Language.English))


def build_main_window(db_path: str | Path, forms_dir: str | Path | None = None, *,
                      extra_forms: Iterable[Path] = (), settings: QSettings | None = None,
                      load: bool = True):
    """The main window on the store at db_path, with the bundled forms, the user's, and those
    in forms_dir; loaded unless load=False. The event loop is not entered."""
    from surveyor.ui.main_window import MainWindow
    from surveyor.ui.settings_dialog import ui_language

    app = application()
    settings = settings or QSettings()
    install_translation(app, ui_language(settings))
    extra = [*extra_forms, *([Path(forms_dir)] if forms_dir else [])]
    window = MainWindow(Path(db_path), extra_forms=tuple(extra), settings=settings)
    window.resize(1366, 768)
    if load:
        window.load()
    return window


def window_settings() -> QSettings:
    """The window's settings: an INI file in data/ for a portable bundle, else Qt's place."""
    ini = paths.settings_file()
    if ini is None:
        return QSettings()
    ini.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(ini), QSettings.Format.IniFormat)


def install_excepthook(window) -> None:
    """Anything unexpected that reaches the event loop: logged, then a dialog with the log's
    path and copyable details (ui/messages.py), in the interface language."""
    def hook(kind, error, trace) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        try:
            from surveyor.ui import messages

            messages.show_error(window, error.with_traceback(trace))
        except Exception:  # noqa: BLE001 (the dialog itself failed: the log still has it)
            if sys.stderr is not None:                 # None in a windowed Windows bundle
                sys.__excepthook__(kind, error, trace)

    sys.excepthook = hook


def run(db_path: Path, extra_forms: Iterable[Path] = ()) -> int:
    """`surveyor` with no arguments: show the window, load, ask a first-time inspector's name."""
    app = application()
    window = build_main_window(db_path, extra_forms=extra_forms, settings=window_settings(),
                               load=False)
    install_excepthook(window)
    window.show()

    def load() -> None:
        window.load()
        if not window.store.setting("inspector"):
            window.first_run()

    QTimer.singleShot(0, load)
    return app.exec()
