"""The response list widget on a 50,000-response store: scrolling, searching, filters, opening."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import replace

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QTableView

from surveyor import paths
from surveyor.core.demo.samples import fill_demo
from surveyor.core.forms.xlsform import load_forms
from surveyor.core.responses import COMPLETE, DRAFT, Response, make_version
from surveyor.core.store import Store
from surveyor.core.store.listing import ListQuery, search_key
from surveyor.ui.response_list import SEARCH_PAUSE_MS, ResponseList
from surveyor.ui.responses_model import NAME, STATUS, WARD, ResponsesModel

BIG = 50_000
WARDS = ("phuong_hoan_kiem", "phuong_cua_nam", "phuong_ba_dinh", "phuong_ngoc_ha",
         "phuong_giang_vo", "xa_soc_son")
INSPECTORS = ("Nguyễn Thị Lan", "Trần Văn Hùng", "Lê Minh Tuấn", "Phạm Thu Hà", "Đỗ Quang Huy")
FIRST = dt.datetime(2026, 1, 1, 7, 0)
VI = {"Search by name, ward, inspector…": "Tìm theo tên, phường, cán bộ…",
      "All statuses": "Tất cả trạng thái", "Draft": "Nháp", "Complete": "Hoàn thành",
      "All wards": "Tất cả phường/xã", "{n} response": "{n} phiếu", "{n} responses": "{n} phiếu",
      "Status": "Trạng thái"}
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def big_state(i: int) -> Response:
    """Response i of the big store: every 25th a Bát Tràng workshop, every 5th a draft, every
    50th (from 1) deleted, a quarter market vendors; response i updated 7*i minutes in."""
    at = (FIRST + dt.timedelta(minutes=7 * i)).isoformat()
    name = f"Xưởng gốm Bát Tràng {i}" if i % 25 == 0 else f"Cơ sở Minh Anh {i}"
    return Response(uuid=f"r{i:06d}", form_id="tieu_thuong_cho" if i % 4 == 3 else "co_so_san_xuat",
                    form_version="1", status=DRAFT if i % 5 == 0 else COMPLETE,
                    inspector=INSPECTORS[i % 5], created_at=at, updated_at=at,
                    answers={"ten_co_so": name, "phuong_xa": WARDS[i % 6]},
                    version=make_version(None, str(i)), deleted=i % 50 == 1)


def listed(keep) -> int:
    """How many responses of the big store a filter keeps (deleted ones never listed)."""
    return sum(1 for i in range(BIG) if i % 50 != 1 and keep(i))


@pytest.fixture(scope="module")
def labels():
    forms = load_forms(paths.forms_dir())
    form = forms[max(k for k in forms if k[0] == "co_so_san_xuat")]
    return {c.name: form.text(c.labels, "Tiếng Việt (vi)")
            for c in form.question("phuong_xa").choices}


@pytest.fixture(scope="module")
def big_db(tmp_path_factory):
    """50,000 responses put in one go, as an import does (~3 s)."""
    path = tmp_path_factory.mktemp("big") / "surveyor.sqlite"
    with Store(path) as store:
        store.put_states([big_state(i) for i in range(BIG)], who="test", import_id=None)
    return path


@pytest.fixture
def shown(qtbot, big_db, labels):
    """The list of every form of the big store, shown at a laptop's size."""
    widget = ResponseList(big_db)
    widget.setLocale(ENGLISH)
    qtbot.addWidget(widget)
    widget.resize(1200, 640)
    widget.set_form(None, labels)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.model().close()


def parts(widget: ResponseList) -> tuple[QLineEdit, QComboBox, QComboBox, QTableView]:
    return (widget.findChild(QLineEdit, "list:search"), widget.findChild(QComboBox, "list:status"),
            widget.findChild(QComboBox, "list:ward"), widget.findChild(QTableView, "list:table"))


def names(model: ResponsesModel, rows) -> list[str]:
    return [model.data(model.index(r, NAME)) for r in rows]


def count_text(widget: ResponseList) -> str:
    return widget.findChild(QLabel, "list:count").text()


# -- a big store ----------------------------------------------------------------------------

def test_scrolling_to_the_end_of_50k_reads_two_pages(shown, capsys):
    table = parts(shown)[3]
    model = shown.model()
    assert model.rowCount() == listed(lambda i: True) == 49_000
    assert count_text(shown) == "49,000 responses"
    assert names(model, [0]) == ["Cơ sở Minh Anh 49999"]          # newest first
    started = time.perf_counter()
    table.scrollToBottom()
    table.viewport().repaint()
    painted = time.perf_counter() - started
    assert names(model, [48_999]) == ["Xưởng gốm Bát Tràng 0"]      # the oldest, last
    assert table.rowAt(table.viewport().height() - 2) == 48_999
    assert model.page_fetches <= 3                  # the first page, the last (and the one before)
    started = time.perf_counter()
    table.scrollTo(model.index(24_321, 0))
    table.viewport().repaint()
    middle = time.perf_counter() - started
    assert model.page_fetches <= 5
    with capsys.disabled():
        print(f"\n50k list: to the end {painted * 1000:.0f} ms, to the middle {middle * 1000:.0f} "
              f"ms, {model.page_fetches} page queries in all")


def test_a_page_is_one_query_and_quick(big_db, capsys):
    model = ResponsesModel(big_db)
    model.set_query(ListQuery())
    model.rowCount()
    times = {}
    for row in (0, 200, 48_999, 48_799, 30_000):
        started = time.perf_counter()
        model.uuid_at(row)
        times[row] = (time.perf_counter() - started) * 1000
    assert model.page_fetches == 5
    with capsys.disabled():
        print("\n50k page reads by row (ms):", {k: round(v, 1) for k, v in times.items()})
    assert max(times[r] for r in (0, 200, 48_999, 48_799)) < 250   # ~30 ms idle; loaded CI slack
    model.close()


def test_typing_bat_trang_finds_bat_trang_after_a_pause(shown, qtbot):
    search = parts(shown)[0]
    model = shown.model()
    QTest.keyClicks(search, "bat trang")
    assert model.query.search == ""                 # not while typing
    qtbot.waitUntil(lambda: model.query.search == "bat trang", timeout=SEARCH_PAUSE_MS * 8)
    assert model.rowCount() == listed(lambda i: i % 25 == 0) == 2000
    assert count_text(shown) == "2,000 responses"
    assert all("Bát Tràng" in n for n in names(model, range(0, 2000, 97)))


def test_vietnamese_typed_with_diacritics_finds_the_same(shown, qtbot):
    search = parts(shown)[0]
    for ch in "Bát Tràng":
        QTest.sendKeyEvent(QTest.KeyAction.Click, search, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)
    assert search.text() == "Bát Tràng"
    qtbot.waitUntil(lambda: shown.model().query.search == "Bát Tràng", timeout=2000)
    assert shown.model().rowCount() == 2000


def test_status_and_ward_filters_narrow_the_list(shown, qtbot, labels):
    _, status, ward, _ = parts(shown)
    model = shown.model()
    status.setCurrentIndex(status.findData(DRAFT))
    assert model.rowCount() == listed(lambda i: i % 5 == 0) == 10_000
    assert {model.data(model.index(r, STATUS)) for r in range(0, 10_000, 500)} == {"Draft"}
    ward.setCurrentIndex(ward.findData("phuong_hoan_kiem"))
    assert model.query.ward == "phuong_hoan_kiem" and model.query.statuses == (DRAFT,)
    assert model.rowCount() == listed(lambda i: i % 5 == 0 and i % 6 == 0)
    assert model.data(model.index(0, WARD)) == labels["phuong_hoan_kiem"] == "Phường Hoàn Kiếm"
    status.setCurrentIndex(0)
    ward.setCurrentIndex(0)
    assert model.rowCount() == 49_000 and model.query.ward is None


def test_a_ward_is_found_by_typing_part_of_its_label_without_diacritics(shown, qtbot):
    _, _, ward, _ = parts(shown)
    ward.setFocus()
    QTest.keyClicks(ward.lineEdit(), "hoan kiem")
    offered = ward.completer().completionModel()
    assert [offered.index(r, 0).data() for r in range(offered.rowCount())] == ["Phường Hoàn Kiếm"]
    QTest.keyClick(ward.lineEdit(), Qt.Key.Key_Return)
    assert ward.currentData() == "phuong_hoan_kiem"
    assert ward.currentText() == "Phường Hoàn Kiếm"
    assert shown.model().rowCount() == listed(lambda i: i % 6 == 0)
    ward.lineEdit().clear()
    QTest.keyClick(ward.lineEdit(), Qt.Key.Key_Return)
    assert ward.currentIndex() == 0 and shown.model().query.ward is None


def test_enter_on_a_row_opens_it(shown, qtbot):
    table = parts(shown)[3]
    model = shown.model()
    table.setFocus()
    table.setCurrentIndex(model.index(3, NAME))
    with qtbot.waitSignal(shown.open_requested, timeout=1000) as opened:
        QTest.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [model.uuid_at(3)] == ["r049996"]


def test_double_click_opens_a_row(shown, qtbot):
    table = parts(shown)[3]
    where = table.visualRect(shown.model().index(5, NAME)).center()
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    with qtbot.waitSignal(shown.open_requested, timeout=1000) as opened:
        QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert opened.args == [shown.model().uuid_at(5)]


def test_down_from_the_search_box_goes_to_the_first_row(shown, qtbot):
    search, _, _, table = parts(shown)
    search.setFocus()
    QTest.keyClick(search, Qt.Key.Key_Down)
    assert table.hasFocus() and table.currentIndex().row() == 0


def test_sorting_by_a_header_orders_by_that_column(shown):
    table = parts(shown)[3]
    table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
    model = shown.model()
    assert model.query.order_by == "name" and not model.query.descending
    first = sorted((search_key(big_state(i).answers["ten_co_so"]), i)
                   for i in range(BIG) if i % 50 != 1)[:3]
    assert names(model, [0, 1, 2]) == [big_state(i).answers["ten_co_so"] for _, i in first]
    assert names(model, [0, 1]) == ["Cơ sở Minh Anh 10", "Cơ sở Minh Anh 10002"]


def test_switching_form_lists_only_its_responses(shown, labels):
    shown.set_form("tieu_thuong_cho", labels)
    assert shown.model().rowCount() == listed(lambda i: i % 4 == 3)
    assert shown.model().query.form_id == "tieu_thuong_cho"


# -- language and a small store -------------------------------------------------------------

def test_the_list_speaks_vietnamese_when_the_translation_is_installed(qtbot, qapp, big_db,
                                                                      labels, dictionary):
    widget = ResponseList(big_db)
    widget.setLocale(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    qtbot.addWidget(widget)
    widget.set_form(None, labels)
    search, status, ward, _ = parts(widget)
    assert search.placeholderText() == "Search by name, ward, inspector…"
    vietnamese = dictionary(VI)
    qapp.installTranslator(vietnamese)
    try:
        qtbot.waitUntil(lambda: search.placeholderText() == "Tìm theo tên, phường, cán bộ…")
        assert [status.itemText(i) for i in range(3)] == ["Tất cả trạng thái", "Nháp",
                                                          "Hoàn thành"]
        assert ward.lineEdit().placeholderText() == "Tất cả phường/xã"
        assert count_text(widget) == "49.000 phiếu"
        assert widget.model().headerData(STATUS, Qt.Orientation.Horizontal) == "Trạng thái"
    finally:
        qapp.removeTranslator(vietnamese)
        widget.model().close()


def test_nothing_is_read_before_a_form_is_set(qtbot, tmp_path):
    opened = []
    widget = ResponseList(lambda: opened.append(1))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    assert not opened and widget.model().rowCount() == 0 and count_text(widget) == ""


def test_refresh_after_a_save_keeps_the_saved_response_selected(qtbot, tmp_path, labels):
    path = tmp_path / "surveyor.sqlite"
    with Store(path) as store:
        fill_demo(store, load_forms(paths.forms_dir()), responses=60, seed=3)
    widget = ResponseList(path)
    widget.setLocale(ENGLISH)
    qtbot.addWidget(widget)
    widget.set_form(None, labels)
    table = parts(widget)[3]
    table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
    table.setCurrentIndex(widget.model().index(7, NAME))
    uuid = widget.current_uuid()
    with Store(path) as store:
        response = store.get(uuid)
        store.save(replace(response, answers={**response.answers, "ten_co_so": "Aaa cơ sở"}),
                   who="test")
        store.delete(widget.model().uuid_at(20), who="test")
    widget.refresh()
    assert widget.model().rowCount() == 59 and count_text(widget) == "59 responses"
    assert widget.current_uuid() == uuid and table.currentIndex().row() == 0
    widget.model().close()


def test_refresh_keeps_the_place_in_a_long_list(shown):
    table = parts(shown)[3]
    table.scrollTo(shown.model().index(20_000, 0), QTableView.ScrollHint.PositionAtTop)
    top = table.rowAt(0)
    shown.refresh()
    table.viewport().repaint()
    assert table.rowAt(0) == top and 19_990 < top <= 20_000
    assert shown.model().page_fetches <= 4


def test_keypad_enter_opens_too_but_not_with_ctrl(shown, qtbot):
    table = parts(shown)[3]
    table.setFocus()
    table.setCurrentIndex(shown.model().index(0, NAME))
    with qtbot.waitSignal(shown.open_requested, timeout=1000):
        QTest.keyClick(table, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    with qtbot.assertNotEmitted(shown.open_requested):
        QTest.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
