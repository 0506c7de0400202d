"""Portable mode: a bundle with a `portable` file beside it keeps its data in data/ there."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from surveyor import logs, paths


@pytest.fixture
def bundle(tmp_path, monkeypatch) -> Path:
    """A frozen program in tmp_path/Surveyor (sys.frozen, sys.executable, sys._MEIPASS)."""
    folder = tmp_path / "Surveyor"
    (folder / "_internal").mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "Surveyor"))
    monkeypatch.setattr(sys, "_MEIPASS", str(folder / "_internal"), raising=False)
    return folder


def test_a_bundle_with_a_portable_file_keeps_everything_in_data_beside_it(bundle):
    (bundle / "portable").touch()
    data = bundle / "data"
    assert paths.user_data_dir() == data
    assert paths.default_db_path() == data / "surveyor.sqlite"
    assert paths.user_forms_dir() == data / "forms"
    assert paths.settings_file() == data / "settings.ini"
    assert logs.log_path() == data / "surveyor.log"


def test_portable_txt_counts_too_as_windows_explorer_names_a_new_text_file(bundle):
    (bundle / "portable.txt").write_text("")
    assert paths.user_data_dir() == bundle / "data"


def test_a_bundle_without_the_file_uses_the_users_data_folder(bundle):
    from platformdirs import user_data_dir

    assert not paths.is_portable()
    assert paths.user_data_dir() == Path(user_data_dir(paths.APP_NAME, paths.APP_AUTHOR))
    assert paths.settings_file() is None


def test_a_portable_file_in_the_source_tree_changes_nothing(tmp_path, monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    (tmp_path / "portable").touch()
    assert paths.portable_dir() is None and paths.settings_file() is None


def test_bundled_files_come_from_the_bundle_when_frozen(bundle):
    assert paths.forms_dir() == bundle / "_internal" / "forms"
    assert paths.resources_dir() == bundle / "_internal" / "resources"


def test_the_window_settings_are_an_ini_file_in_data_when_portable(bundle):
    from PySide6.QtCore import QSettings

    from surveyor.ui.app import application, window_settings

    application()
    (bundle / "portable").touch()
    settings = window_settings()
    assert settings.format() == QSettings.Format.IniFormat
    assert Path(settings.fileName()) == bundle / "data" / "settings.ini"
    settings.setValue("ui_language", "en")
    settings.sync()
    assert (bundle / "data" / "settings.ini").is_file()
