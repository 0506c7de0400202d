"""Where things are: bundled forms and resources (source tree or PyInstaller bundle), user data."""

from __future__ import annotations

import sys
from pathlib import Path

APP_NAME = "Surveyor"
APP_AUTHOR = "SoCongThuongHaNoi"


def bundle_root() -> Path:
    """The folder holding forms/ and resources/: the repo when run from source, else the bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parent.parent


def forms_dir() -> Path:
    return bundle_root() / "forms"


def resources_dir() -> Path:
    return bundle_root() / "resources"


def user_data_dir() -> Path:
    from platformdirs import user_data_dir as _user_data_dir

    return Path(_user_data_dir(APP_NAME, APP_AUTHOR))


def user_forms_dir() -> Path:
    """Forms the user added ("Add form…"), beside the store."""
    return user_data_dir() / "forms"


def default_db_path() -> Path:
    return user_data_dir() / "surveyor.sqlite"
