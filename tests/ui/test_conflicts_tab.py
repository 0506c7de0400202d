"""The Conflicts tab as the office uses it: conflicts made the way people make them (a field
store's demo data exported, imported at the office, the same responses edited differently on
both sides, the field's second workbook imported), resolved in the real window, offscreen."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from surveyor.core import jobs
from surveyor.core.filling.session import Session
from surveyor.core.store import Store
from surveyor.core.sync.conflicts import conflict_view
from surveyor.ui.app import build_main_window, install_translation
from surveyor.ui.conflict_fields import INCOMING_COLUMN, LOCAL_COLUMN, QUESTION, RECORD

FORM_ID = "co_so_san_xuat"
AN, BINH, CUONG = "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"


@pytest.fixture(scope="module")
def forms():
    return jobs.catalog().forms


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    """The window installs the Vietnamese interface (the default): later tests read English."""
    yield
    install_translation(QApplication.instance(), "en")


class Trip:
    """A field store and an office store that imported the field's first workbook."""

    def __init__(self, tmp_path: Path, forms):
        self.tmp, self.forms = tmp_path, forms
        self.field, self.office = tmp_path / "field.sqlite", tmp_path / "office.sqlite"
        self.form = jobs.catalog().latest()[FORM_ID]
        jobs.demo(self.field, forms, responses=9, seed=5)
        self.first = self.export(self.field, "trip-1.xlsx")
        jobs.import_files(self.office, [self.first], forms)
        with Store(self.office) as store:
            self.uuids = [r.uuid for r in store.responses()
                          if r.form_id == FORM_ID and r.rows("nguyen_lieu")]

    def export(self, db: Path, name: str) -> Path:
        jobs.export_file(db, self.tmp / name, self.forms)
        return self.tmp / name

    def in_the_field(self, uuid: str, answers: dict, rows: dict | None = None) -> None:
        """The inspector edits the response in the form (a Session, as the window does)."""
        with Store(self.field) as store:
            session = Session.open(self.form, store.get(uuid))
            for key, value in answers.items():
                session.set(key, value)
            first_row = session.live.rows("nguyen_lieu")[0]
            for key, value in (rows or {}).items():
                session.set(key, value, first_row)
            session.save(store, who=AN)

    def at_the_office(self, uuid: str, inspector: str, **answers) -> None:
        """An office edit of the same response (None clears an answer)."""
        with Store(self.office) as store:
            state = store.get(uuid)
            kept = {k: v for k, v in {**state.answers, **answers}.items() if v is not None}
            store.save(replace(state, inspector=inspector, answers=kept), who=inspector)

    def bring_back(self) -> Path:
        """The field's second workbook imported at the office: one conflict per edited uuid."""
        second = self.export(self.field, "trip-2.xlsx")
        jobs.import_files(self.office, [second], self.forms)
        return second


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def open_window(qtbot, settings):
    """A function: the real main window on a store, on its Conflicts tab, the list read."""
    made = []

    def open_on(db: Path):
        window = build_main_window(db, settings=settings)
        qtbot.addWidget(window)
        made.append(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        tab = window.review.tab("conflicts")
        with qtbot.waitSignal(tab.loaded, timeout=10000):
            window.show_review("conflicts")
        return window, tab

    yield open_on
    for window in made:
        window.runner.wait()


def go_to(table, field: str) -> None:
    """Move to the row of `field` with the keyboard, as a person does."""
    QTest.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(table.rowCount()):
        if table.current_field() == field:
            return
        QTest.keyClick(table, Qt.Key.Key_Down)
    assert table.current_field() == field, field


def cell(table, field: str, column: int):
    for row in range(table.rowCount()):
        if table.item(row, QUESTION).data(Qt.ItemDataRole.UserRole) == field:
            return table.item(row, column)
    raise AssertionError(f"{field} is not shown")


def kept(table, field: str) -> str:
    """Which side the table shows as kept (its tick)."""
    ticks = {side: cell(table, field, column).checkState() == Qt.CheckState.Checked
             for side, column in (("local", LOCAL_COLUMN), ("incoming", INCOMING_COLUMN))}
    assert list(ticks.values()).count(True) == 1, ticks
    return next(side for side, ticked in ticks.items() if ticked)


@pytest.fixture
def one_conflict(tmp_path, forms):
    """The inspector changed the kind of establishment, the workers and a raw material's
    quantity this year; the office changed the kind and the workers too, and cleared the
    phone number."""
    trip = Trip(tmp_path, forms)
    uuid = trip.uuids[0]
    trip.in_the_field(uuid, {"loai_hinh": "ho_kinh_doanh", "so_lao_dong": 40},
                      rows={"sl_nam_nay": 912345.5})
    trip.at_the_office(uuid, BINH, loai_hinh="hop_tac_xa", so_lao_dong=41, dien_thoai=None)
    office_before = trip.export(trip.office, "office-before.xlsx")
    second = trip.bring_back()
    return trip, uuid, office_before, second


def test_the_list_shows_the_conflict_and_the_table_only_its_differing_fields_with_labels(
        one_conflict, open_window):
    trip, _, _, _ = one_conflict
    _, tab = open_window(trip.office)
    model = tab.list.proxy
    assert model.rowCount() == 1
    row = [model.index(0, c).data() for c in range(5)]
    with Store(trip.office) as store:
        view = conflict_view(store, store.conflicts()[0].id, trip.forms)
    assert row[0] == trip.form.title
    assert row[1] == view.local.answers["ten_co_so"]
    assert row[2].startswith(BINH) and row[3].startswith(view.incoming.inspector)
    assert row[4] == str(len(view.differing))
    table = tab.table
    shown = [table.item(r, QUESTION).data(Qt.ItemDataRole.UserRole)
             for r in range(table.rowCount())]
    assert shown == [RECORD, *(r.field for r in view.differing)]
    assert {"loai_hinh", "so_lao_dong", "dien_thoai", "end", "nguyen_lieu[1]/sl_nam_nay"} <= \
        set(shown)
    assert "ten_co_so" not in shown                      # the same on both sides
    assert cell(table, "loai_hinh", QUESTION).text() == "Loại hình cơ sở"
    assert (cell(table, "loai_hinh", LOCAL_COLUMN).text(),
            cell(table, "loai_hinh", INCOMING_COLUMN).text()) == ("Hợp tác xã", "Hộ kinh doanh")
    assert cell(table, "nguyen_lieu[1]/sl_nam_nay", QUESTION).text() == (
        "III. Nguyên liệu, nhiên liệu và năng lượng chính 1 · "
        "Lượng sử dụng năm nay (ước cả năm)")
    assert cell(table, "nguyen_lieu[1]/sl_nam_nay", INCOMING_COLUMN).text() == "912345,5"
    assert re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d",
                        cell(table, "end", INCOMING_COLUMN).text())
    assert cell(table, "dien_thoai", LOCAL_COLUMN).text() == "–"          # no answer
    tab.show_all.setChecked(True)
    assert cell(table, "ten_co_so", LOCAL_COLUMN).text() == view.local.answers["ten_co_so"]
    assert table.rowCount() == len(view.fields) + 1


def test_the_labels_follow_the_form_language(one_conflict, open_window):
    trip, _, _, _ = one_conflict
    with Store(trip.office) as store:
        store.set_setting("form_language", "English (en)")
    _, tab = open_window(trip.office)
    assert cell(tab.table, "loai_hinh", QUESTION).text() == "Kind of establishment"
    assert cell(tab.table, "loai_hinh", INCOMING_COLUMN).text() == "Household business"
    assert cell(tab.table, "nguyen_lieu[1]/sl_nam_nay", INCOMING_COLUMN).text() == "912345.5"


def test_suggested_sides_are_picked_first_and_each_field_is_picked_with_keys_or_a_click(
        one_conflict, open_window, qtbot):
    trip, uuid, office_before, second = one_conflict
    _, tab = open_window(trip.office)
    table = tab.table
    with Store(trip.office) as store:
        view = conflict_view(store, store.conflicts()[0].id, trip.forms)
        local, incoming = view.local, view.incoming
    # only one side changed these since the common version: that side is picked already
    assert kept(table, "dien_thoai") == "local" and kept(table, "end") == "incoming"
    assert kept(table, "nguyen_lieu[1]/sl_nam_nay") == "incoming"
    assert kept(table, "so_lao_dong") == "local"         # both changed it: local until picked
    tab.list.tree.setFocus()
    QTest.keyClick(tab.list.tree, Qt.Key.Key_Return)            # from the list to its fields
    qtbot.waitUntil(table.hasFocus)
    go_to(table, "so_lao_dong")
    QTest.keyClick(table, Qt.Key.Key_Right)
    go_to(table, "dien_thoai")
    QTest.keyClick(table, Qt.Key.Key_I)
    go_to(table, "end")
    QTest.keyClick(table, Qt.Key.Key_Space)                       # switches to local
    QTest.keyClick(table, Qt.Key.Key_L)                           # stays local
    target = cell(table, "loai_hinh", INCOMING_COLUMN)
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualItemRect(target).center())
    assert [kept(table, f) for f in ("so_lao_dong", "dien_thoai", "end", "loai_hinh",
                                     "nguyen_lieu[1]/sl_nam_nay")] == [
        "incoming", "incoming", "local", "incoming", "incoming"]
    QTest.keySequence(table, tab.resolve_button.shortcut())     # Alt+R: a button's mnemonic
    qtbot.waitUntil(lambda: tab.list.proxy.rowCount() == 0)    # clicks after 100 ms
    with Store(trip.office) as store:
        new = store.get(uuid)
        assert store.conflicts() == []
    assert new.answers == {**local.answers, "so_lao_dong": 40, "loai_hinh": "ho_kinh_doanh",
                           "dien_thoai": incoming.answers["dien_thoai"]}
    assert new.repeats == incoming.repeats             # its one changed row, as suggested
    assert new.inspector == BINH                       # the record's side: local
    assert {local.version, incoming.version} <= set(new.history)
    qtbot.waitUntil(lambda: not tab.reading)           # the page read the list again
    assert tab.list.proxy.rowCount() == 0
    for book in (second, trip.first, office_before):   # either side's workbook again
        counts = jobs.import_files(trip.office, [book], trip.forms).counts
        assert counts["conflicts"] == 0 and counts["new"] == counts["updated"] == 0, book
    with Store(trip.office) as store:
        assert store.get(uuid) == new and store.conflicts() == []


def test_take_incoming_whole_keeps_the_incoming_record_and_every_incoming_value(
        one_conflict, open_window):
    trip, uuid, _, _ = one_conflict
    _, tab = open_window(trip.office)
    with Store(trip.office) as store:
        incoming = conflict_view(store, store.conflicts()[0].id).incoming
    tab.take_incoming.click()
    assert all(kept(tab.table, line.field) == "incoming" for line in tab.table.shown())
    tab.resolve_button.click()
    with Store(trip.office) as store:
        new = store.get(uuid)
    assert (new.answers, new.repeats, new.inspector) == (
        incoming.answers, incoming.repeats, incoming.inspector)


@pytest.fixture
def three_conflicts(tmp_path, forms):
    """Three responses edited on both sides: the inspector wrote a note and cleared the phone
    number; the office wrote another note and a new phone number (Bình on two, Cường on one)."""
    trip = Trip(tmp_path, forms)
    assert len(trip.uuids) >= 3
    uuids = trip.uuids[:3]
    for i, uuid in enumerate(uuids):
        trip.in_the_field(uuid, {"ghi_chu": f"Ghi chú của An {i}", "dien_thoai": None})
        trip.at_the_office(uuid, BINH if i < 2 else CUONG, ghi_chu=f"Ghi chú văn phòng {i}",
                           dien_thoai=f"091234567{i}")
    trip.bring_back()
    return trip, uuids


def test_bulk_take_incoming_for_the_filtered_selection_prefers_filled_values(
        three_conflicts, open_window, qtbot, monkeypatch):
    trip, uuids = three_conflicts
    _, tab = open_window(trip.office)
    assert tab.list.proxy.rowCount() == 3
    tab.list.filter.setFocus()
    for ch in "binh":                                      # no diacritics: finds "Bình"
        QTest.keyClick(tab.list.filter, ch)
    assert tab.list.proxy.rowCount() == 2
    tab.list.tree.setFocus()
    QTest.keyClick(tab.list.tree, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(tab.list.selected_ids()) == 2
    tab.list.prefer_filled.setChecked(True)
    with Store(trip.office) as store:
        sides = {c.uuid: (store.get(c.uuid).version, c.incoming_version)
                 for c in store.conflicts()}
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(tab.changed, timeout=10000):
        tab.list.take_incoming.click()
    assert "2" in asked[0]
    assert tab.list.proxy.rowCount() == 0 and tab.list.model.rowCount() == 1
    with Store(trip.office) as store:
        for i, uuid in enumerate(uuids[:2]):
            new = store.get(uuid)
            assert new.answers["ghi_chu"] == f"Ghi chú của An {i}"        # incoming
            assert new.answers["dien_thoai"] == f"091234567{i}"           # the filled one
            assert set(sides[uuid]) <= set(new.history)
        [left] = store.conflicts()
        assert left.uuid == uuids[2]


def test_a_bulk_choice_that_is_not_confirmed_writes_nothing(
        three_conflicts, open_window, monkeypatch):
    trip, _ = three_conflicts
    window, tab = open_window(trip.office)
    tab.list.tree.selectAll()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    tab.list.take_local.click()
    window.runner.wait()
    with Store(trip.office) as store:
        assert len(store.conflicts()) == 3
    assert tab.list.proxy.rowCount() == 3



def test_resolving_moves_on_to_the_next_conflict_in_the_list(three_conflicts, open_window):
    trip, _ = three_conflicts
    _, tab = open_window(trip.office)
    ids = [tab.list.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(3)]
    assert tab.list.current_id() == ids[0] and tab.shown_id == ids[0]
    tab.resolve_button.click()
    assert tab.list.current_id() == ids[1] and tab.shown_id == ids[1]
    with Store(trip.office) as store:
        view = conflict_view(store, ids[1], trip.forms)
        assert [c.id for c in store.conflicts()] == ids[1:]
    shown = [tab.table.item(r, QUESTION).data(Qt.ItemDataRole.UserRole)
             for r in range(tab.table.rowCount())]
    assert shown == [RECORD, *(r.field for r in view.differing)]
    assert view.local.answers["ten_co_so"] in tab.title.text()


NESTED = """
| survey |
|        | type                          | name    | label::Tiếng Việt (vi) | label::English (en) |
|        | select_multiple nhan or_other | nhan    | Nhãn                   | Labels              |
|        | date                          | ngay    | Ngày                   | Day                 |
|        | begin_repeat                  | cay     | Cây                    | Tree                |
|        | begin_repeat                  | qua     | Quả                    | Fruit               |
|        | decimal                       | can     | Cân nặng               | Weight              |
|        | end_repeat                    |         |                        |                     |
|        | end_repeat                    |         |                        |                     |
| choices |
|         | list_name | name | label::Tiếng Việt (vi) | label::English (en) |
|         | nhan      | ocop | OCOP                   | OCOP                |
|         | nhan      | xanh | Nhãn xanh              | Green label         |
| settings |
|          | form_id | version | default_language   |
|          | vuon    | 1       | Tiếng Việt (vi)    |
"""


@pytest.mark.parametrize("language, labels, weight, field", [
    (None, "Nhãn xanh, OCOP, Khác", "1,25", "Cây 2 · Quả 1 · Cân nặng"),
    ("English (en)", "Green label, OCOP, Other", "1.25", "Tree 2 · Fruit 1 · Weight"),
])
def test_values_and_fields_read_as_people_read_them(language, labels, weight, field):
    from surveyor.core.forms.xlsform import form_from_markdown
    from surveyor.ui.value_text import field_label, value_text

    form = form_from_markdown(NESTED)
    assert value_text(form, "nhan", "xanh ocop other", language) == labels
    assert value_text(form, "ngay", "2026-11-24", language) == "24/11/2026"
    assert value_text(form, "can", 1.25, language) == weight
    assert value_text(form, "nhan", None, language) == ""
    assert field_label(form, "can", language, repeat="qua", path=(2, 1)) == field
    assert field_label(None, "can", language, repeat="qua", path=(2, 1)) == "qua 2.1 · can"
