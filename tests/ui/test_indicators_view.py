"""The Indicators view and the Consolidated report action, in the real window offscreen: a real
store with demo data, the indicators computed on the runner, the report written to disk."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QApplication, QMessageBox

from surveyor.core import jobs
from surveyor.ui.app import build_main_window, install_translation
from surveyor.ui.indicators_view import GREEN, RED
from surveyor.ui.report_actions import ReportActions


@pytest.fixture(scope="module")
def forms():
    return jobs.catalog().forms


@pytest.fixture
def window(qtbot, tmp_path, forms):
    jobs.demo(tmp_path / "store.sqlite", forms, responses=120, seed=4)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("ui_language", "en")
    made = build_main_window(tmp_path / "store.sqlite", settings=settings)
    qtbot.addWidget(made)
    made.show()
    yield made
    made.runner.wait()
    install_translation(QApplication.instance(), "en")


def shown_view(qtbot, window):
    window.show_review("indicators")
    view = window.review.tab("indicators")
    qtbot.waitUntil(lambda: view.results is not None and view.tree.topLevelItemCount() > 0,
                    timeout=20000)
    return view


def test_indicators_are_the_last_review_tab(window):
    tabs = window.review.tabs
    assert tabs.widget(tabs.count() - 1).objectName() == "tab:indicators"


def test_the_view_shows_every_indicator_with_met_and_not_met_coloured(qtbot, window, forms):
    view = shown_view(qtbot, window)
    expected = jobs.indicator_results(window.db_path, forms, language="en")
    assert view.tree.topLevelItemCount() == len(expected.indicators) == 12
    for i, result in enumerate(expected.indicators):
        item = view.tree.topLevelItem(i)
        assert item.text(0) == f"{i + 1}. {result.indicator.label('en')}"
        assert item.childCount() == len(result.sectors) + len(result.wards)
        colour = item.background(5).color() if result.city.met is not None else None
        if result.city.met is not None:
            assert colour == QColor(GREEN if result.city.met else RED)
            assert item.text(5) == ("Met" if result.city.met else "Not met")
        if result.city.value is None:
            assert item.text(3) == "–"


def test_picking_an_indicator_draws_a_bar_per_ward_with_a_result(qtbot, window):
    view = shown_view(qtbot, window)
    for i in range(view.tree.topLevelItemCount()):
        view.tree.setCurrentItem(view.tree.topLevelItem(i))
        result = view.results.indicators[i]
        wards = [w for w in result.wards if w.value is not None
                 and (w.denominator is not None or w.value)]
        assert [label for label, _, _ in view.bars.bars] == [w.label for w in wards]
        has_line = bool(wards) and wards[0].target is not None
        assert (view.bars.threshold is not None) == has_line
    image = view.bars.grab().toImage()
    assert not image.isNull() and image.width() > 100


def test_the_consolidated_report_action_writes_the_workbook(qtbot, window, tmp_path):
    action = window.findChild(QAction, "action:report")
    assert action is not None and action.isEnabled()
    target = tmp_path / "city.xlsx"
    ReportActions.of(window).write_to(target)
    qtbot.waitUntil(lambda: ReportActions.of(window).last is not None, timeout=30000)
    assert target.is_file()
    book = openpyxl.load_workbook(target)
    assert "Summary" in book.sheetnames and "co_so_san_xuat" in book.sheetnames
    box = window.findChild(QMessageBox, "dialog:report_written")
    assert box is not None and str(target) in box.text()
    box.close()
