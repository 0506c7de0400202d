"""The response list model on real stores: the demo's few hundred responses, read page by page."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from surveyor import paths
from surveyor.core.demo.samples import fill_demo
from surveyor.core.forms.xlsform import load_forms
from surveyor.core.responses import DRAFT
from surveyor.core.store import Store
from surveyor.core.store.listing import ListQuery, fold, search_key
from surveyor.ui.responses_model import (
    INSPECTOR,
    NAME,
    STATUS,
    UPDATED,
    UUID_ROLE,
    WARD,
    ResponsesModel,
    local_time,
)

VI = {"Status": "Trạng thái", "Ward": "Phường/xã", "Establishment": "Tên cơ sở",
      "Inspector": "Cán bộ", "Updated": "Cập nhật", "Draft": "Nháp", "Complete": "Hoàn thành"}


@pytest.fixture(scope="module")
def forms():
    return load_forms(paths.forms_dir())


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory, forms):
    """A store of 300 demo responses (read only: tests that write copy it)."""
    path = tmp_path_factory.mktemp("demo") / "surveyor.sqlite"
    with Store(path) as store:
        fill_demo(store, forms, responses=300, seed=7)
    return path


@pytest.fixture(scope="module")
def store(demo_db):
    with Store(demo_db) as opened:
        yield opened


@pytest.fixture(scope="module")
def wards(forms):
    form = forms[max(k for k in forms if k[0] == "co_so_san_xuat")]
    return {c.name: form.text(c.labels, "Tiếng Việt (vi)")
            for c in form.question("phuong_xa").choices}


@pytest.fixture
def model(qtbot, demo_db, wards):
    made = ResponsesModel(demo_db)
    made.set_ward_labels(wards)
    made.set_query(ListQuery())
    yield made
    made.close()


@pytest.fixture
def hanoi_time(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Ho_Chi_Minh")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def cell(model: ResponsesModel, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, column), role)


def column(model: ResponsesModel, column: int) -> list:
    return [cell(model, r, column) for r in range(model.rowCount())]


# -- rows and columns -----------------------------------------------------------------------

def test_rows_are_the_store_listing_in_its_order(model, store):
    listed = store.page(ListQuery(), 0, 1000)
    assert model.rowCount() == store.count_matching(ListQuery()) == len(listed) == 300
    assert model.columnCount() == 5
    assert [cell(model, r, 0, UUID_ROLE) for r in range(300)] == [r.uuid for r in listed]
    assert [model.uuid_at(r) for r in (0, 299)] == [listed[0].uuid, listed[-1].uuid]
    assert model.uuid_at(300) == "" and cell(model, 300, NAME) is None
    assert column(model, NAME) == [r.name for r in listed]
    assert column(model, INSPECTOR) == [r.inspector for r in listed]


def test_status_shows_as_a_word_and_ward_as_its_label(model, store, wards):
    first = store.page(ListQuery(), 0, 1)[0]
    assert cell(model, 0, WARD) == wards[first.ward] != first.ward
    assert set(column(model, STATUS)) == {"Draft", "Complete"}
    assert cell(model, 0, WARD, Qt.ItemDataRole.ToolTipRole) == wards[first.ward]
    model.set_ward_labels({})
    assert cell(model, 0, WARD) == first.ward       # no label: the choice name


def test_updated_time_is_shown_in_local_time(hanoi_time, model, store):
    assert local_time("2026-11-24T01:30:00") == "24/11/2026 08:30"
    assert local_time("2026-12-31T20:05:09") == "01/01/2027 03:05"
    assert local_time("not a time") == "not a time"
    model.refresh()         # rows read again, now in Hà Nội time
    assert cell(model, 0, UPDATED) == local_time(store.page(ListQuery(), 0, 1)[0].updated_at)


def test_headers_and_words_follow_the_language_installed(model, qapp, dictionary):
    english = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert english == ["Status", "Ward", "Establishment", "Inspector", "Updated"]
    vietnamese = dictionary(VI)
    qapp.installTranslator(vietnamese)
    try:
        model.retranslate()
        assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
            "Trạng thái", "Phường/xã", "Tên cơ sở", "Cán bộ", "Cập nhật"]
        assert set(column(model, STATUS)) == {"Nháp", "Hoàn thành"}
    finally:
        qapp.removeTranslator(vietnamese)
    assert model.headerData(0, Qt.Orientation.Vertical) is None


# -- sorting and filters --------------------------------------------------------------------

@pytest.mark.parametrize(("column", "key"), [
    (NAME, lambda r: search_key(r.name)), (INSPECTOR, lambda r: search_key(r.inspector)),
    (STATUS, lambda r: r.status), (WARD, lambda r: search_key(r.ward)),
    (UPDATED, lambda r: r.updated_at)], ids=["name", "inspector", "status", "ward", "updated"])
def test_sorting_a_column_orders_the_whole_list_by_it(model, store, column, key):
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        model.sort(column, order)
        rows = store.get_many(model.uuid_at(r) for r in range(model.rowCount()))
        assert len(rows) == 300
        listed = store.page(model.query, 0, 300)
        assert [model.uuid_at(r) for r in range(300)] == [r.uuid for r in listed]
        keys = [key(r) for r in listed]
        assert keys == sorted(keys, reverse=order == Qt.SortOrder.DescendingOrder)


def test_sorting_by_name_compares_without_case_or_diacritics(model):
    model.sort(NAME, Qt.SortOrder.AscendingOrder)
    names = column(model, NAME)
    assert [fold(n) for n in names] == sorted(fold(n) for n in names)
    assert model.query.order_by == "name" and not model.query.descending


def test_status_and_ward_filters_pick_their_rows(model, store):
    model.set_query(ListQuery(statuses=(DRAFT,)))
    drafts = sum(n for (_, status), n in store.tally().items() if status == DRAFT)
    assert model.rowCount() == drafts > 0
    assert set(column(model, STATUS)) == {"Draft"}
    ward = store.page(ListQuery(), 0, 1)[0].ward
    model.set_query(ListQuery(ward=ward))
    assert 0 < model.rowCount() < 300
    assert all(r.ward == ward for r in store.page(model.query, 0, 300))
    model.set_query(ListQuery(form_id="sieu_thi_ttm"))
    assert model.rowCount() == store.count_matching(ListQuery(form_id="sieu_thi_ttm"))


def test_search_is_done_by_the_store_without_diacritics(model, store):
    model.set_query(ListQuery(search="bat trang"))
    assert model.rowCount() == store.count_matching(ListQuery(search="Bát Tràng")) > 0
    found = store.page(model.query, 0, 300)
    assert all("bat trang" in fold(f"{r.name} {r.ward.replace('_', ' ')}") for r in found)


def test_a_count_is_asked_once_per_filter_whatever_the_order(model):
    model.rowCount()
    asked = model.count_queries
    for column_ in (NAME, WARD, UPDATED):
        model.sort(column_, Qt.SortOrder.AscendingOrder)
        model.rowCount()
    assert model.count_queries == asked
    model.set_query(ListQuery(statuses=(DRAFT,)))
    model.rowCount()
    model.set_query(ListQuery())
    model.rowCount()
    assert model.count_queries == asked + 1


# -- paging ---------------------------------------------------------------------------------

@pytest.mark.parametrize("order_by", ["updated_at", "name", "status"])
def test_pages_read_in_any_order_make_the_store_listing(demo_db, store, order_by):
    """By offset from either end and by key from either neighbour, ties (the demo saves
    every response in the same second) broken alike."""
    query = ListQuery(order_by=order_by, descending=order_by != "name")
    model = ResponsesModel(demo_db, page_size=32)
    model.set_query(query)
    for row in (150, 299, 0, 190, 170, 120, 32, 64, 260, 228, 96, 200, 10, 140, 240, 280):
        model.uuid_at(row)
    assert model.page_fetches == 10          # each page read once, one query each
    assert [model.uuid_at(r) for r in range(300)] == [r.uuid for r in store.page(query, 0, 300)]
    model.close()


def test_the_store_is_opened_on_first_need_and_pages_are_kept(demo_db):
    opened = []

    def connect():
        opened.append(Store(demo_db))
        return opened[-1]

    model = ResponsesModel(connect)
    assert model.rowCount() == 0 and not opened         # no query yet: nothing read
    model.set_query(ListQuery())
    assert not opened
    assert model.rowCount() == 300 and len(opened) == 1
    for _ in range(3):
        [cell(model, r, NAME) for r in range(0, 300, 7)]
    assert model.page_fetches == 2 and len(opened) == 1
    model.close()


def test_refresh_reads_again_and_keeps_the_query(tmp_path, demo_db, forms):
    path = tmp_path / "copy.sqlite"
    with Store(demo_db) as source, Store(path) as copy:
        copy.put_states(list(source.responses()), who="test", import_id=None)
    model = ResponsesModel(path)
    model.set_query(ListQuery(statuses=(DRAFT,), order_by="name", descending=False))
    before, first = model.rowCount(), model.uuid_at(0)
    with Store(path) as writer:
        writer.save(replace(writer.get(first), status="complete"), who="test")
    assert model.rowCount() == before               # cached until refresh
    model.refresh()
    assert model.rowCount() == before - 1 and model.uuid_at(0) != first
    assert model.query.statuses == (DRAFT,)
    model.close()


def test_a_store_that_cannot_be_opened_is_reported_once(qtbot, tmp_path):
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"not a database" * 100)
    model = ResponsesModel(broken)
    model.set_query(ListQuery())
    with qtbot.waitSignal(model.failed) as caught:
        assert model.rowCount() == 0
    assert "broken.sqlite" in str(caught.args[0])
    failures = []
    model.failed.connect(failures.append)
    model.rowCount()
    model.data(model.index(0, 0))
    assert failures == []                           # not asked again until refresh()
    model.refresh()
    model.rowCount()
    assert len(failures) == 1
    QCoreApplication.processEvents()
