"""Where things are: bundled forms and resources (source tree or PyInstaller bundle), user data.

The only module that knows whether it runs from source or from a bundle. A bundle with a file
named `portable` next to its executable (a USB-stick install) keeps the store, settings,
backups, savepoints and logs in `data/` beside the executable; otherwise they live in the
user's data folder (platformdirs).
"""

from __future__ import annotations

import sys
from pathlib import Path

APP_NAME = "Surveyor"
APP_AUTHOR = "SoCongThuongHaNoi"
# The file that makes a bundle portable; "portable.txt" too, since Windows' Explorer hides the
# extension of the text file a person creates there and names it so.
PORTABLE_MARKERS = ("portable", "portable.txt")


def is_frozen() -> bool:
    """True when running from a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False))


def bundle_root() -> Path:
    """The folder holding forms/ and resources/: the repo when run from source, else the bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parent.parent


def forms_dir() -> Path:
    return bundle_root() / "forms"


def resources_dir() -> Path:
    return bundle_root() / "resources"


def executable_dir() -> Path:
    """The folder of the program a person started (the bundle's folder when frozen)."""
    return Path(sys.executable).resolve().parent


def portable_dir() -> Path | None:
    """`<executable folder>/data` when a bundle has a `portable` file beside it, else None."""
    if not is_frozen():
        return None
    folder = executable_dir()
    marked = any((folder / name).is_file() for name in PORTABLE_MARKERS)
    return folder / "data" if marked else None


def is_portable() -> bool:
    return portable_dir() is not None


def user_data_dir() -> Path:
    """The store, backups, savepoints, added forms and the log live here."""
    portable = portable_dir()
    if portable is not None:
        return portable
    from platformdirs import user_data_dir as _user_data_dir

    return Path(_user_data_dir(APP_NAME, APP_AUTHOR))


def settings_file() -> Path | None:
    """The INI file for the window's settings in portable mode; None: Qt's usual place."""
    portable = portable_dir()
    return portable / "settings.ini" if portable is not None else None


def user_forms_dir() -> Path:
    """Forms the user added ("Add form…"), beside the store."""
    return user_data_dir() / "forms"


def default_db_path() -> Path:
    return user_data_dir() / "surveyor.sqlite"
