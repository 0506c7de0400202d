"""Fixtures for the form view tests: the bundled forms, and a form view shown on screen."""

from __future__ import annotations

import datetime as dt

import pytest

from surveyor import paths
from surveyor.core.filling.session import Session
from surveyor.core.forms.xlsform import load_forms

NOW = dt.datetime(2026, 11, 24, 8, 30, 0)


@pytest.fixture(scope="session")
def bundled_forms():
    """The bundled forms by form id."""
    return {form_id: form for (form_id, _), form in load_forms(paths.forms_dir()).items()}


@pytest.fixture
def make_view(qtbot):
    """A function: a FormView on a new session of `form`, shown at 1366x768 and active."""
    from surveyor.ui.form_view import FormView

    def make(form, language=None, session=None):
        session = session or Session.new(form, inspector="Lan", device="laptop-1", now=NOW)
        view = FormView(session, language=language)
        qtbot.addWidget(view)
        view.resize(1366, 768)
        view.show()
        qtbot.waitExposed(view)
        view.activateWindow()
        qtbot.waitUntil(view.isActiveWindow)
        return view

    return make



@pytest.fixture
def dictionary():
    """A function: a QTranslator from a dict of source -> text, standing in for a .qm."""
    from PySide6.QtCore import QTranslator

    class Dictionary(QTranslator):
        def __init__(self, texts: dict[str, str]):
            super().__init__()
            self.texts = texts

        def translate(self, context, source, disambiguation=None, n=-1):
            return self.texts.get(source, "")

        def isEmpty(self) -> bool:
            return False

    return Dictionary
