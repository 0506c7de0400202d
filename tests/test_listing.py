"""The response list read model: light rows from SQL, searched without case or diacritics,
filtered, ordered, paged and tallied, and kept right by every path that writes responses."""

from __future__ import annotations

import sqlite3
import time
import unicodedata
from contextlib import closing
from dataclasses import replace

import pytest
from sqlite_utils import Database

from surveyor.core.responses import COMPLETE, DRAFT, Response, new_uuid, saved
from surveyor.core.store import Store, migrations, restore
from surveyor.core.store.listing import COLUMNS, ListQuery, ListRow, fold, register, search_key

NFD = unicodedata.normalize("NFD", "Làng gốm Bát Tràng")


def state(uuid: str, name: str = "Cơ sở", *, form_id: str = "co_so_san_xuat",
          status: str = COMPLETE, ward: str = "phuong_hoan_kiem", inspector: str = "Lê Văn An",
          at: str = "2026-03-01T08:00:00", **answers) -> Response:
    """A saved state, as put_states takes it."""
    return saved(Response(uuid=uuid, form_id=form_id, form_version="2026.1", status=status,
                          inspector=inspector, created_at=at,
                          answers={"ten_co_so": name, "phuong_xa": ward, **answers}), at=at)


def names(rows: list[ListRow]) -> list[str]:
    return [row.name for row in rows]


def everything(store: Store, **query) -> list[ListRow]:
    return store.page(ListQuery(**query), 0, 10**6)


def as_listed(response: Response) -> ListRow:
    """The row the list should show for a current state."""
    return ListRow(uuid=response.uuid, form_id=response.form_id, status=response.status,
                   ward=str(response.answers.get("phuong_xa", "")),
                   name=str(response.answers.get("ten_co_so", "")),
                   inspector=response.inspector, updated_at=response.updated_at,
                   deleted=response.deleted, created_at=response.created_at)


def assert_listing_matches_responses(store: Store) -> None:
    expected = sorted((as_listed(r) for r in store.responses(include_deleted=True)),
                      key=lambda row: (row.updated_at, row.uuid))
    assert everything(store, include_deleted=True, order_by="updated_at",
                      descending=False) == expected


# -- folding ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, folded", [
    ("Bát Tràng", "bat trang"), ("BÁT TRÀNG", "bat trang"), ("Hà Nội", "ha noi"),
    ("Đông Đô", "dong do"), ("đường", "duong"), ("Ðông", "dong"),     # Ð (eth) typed for Đ
    (NFD, "lang gom bat trang"), ("Nguyễn Thị Lan", "nguyen thi lan"), ("Straße", "strasse"),
    ("Crème Brûlée", "creme brulee"), ("Москва", "москва"), ("plain", "plain"),
])
def test_fold_drops_case_and_diacritics(text, folded):
    assert fold(text) == folded


def test_search_key_reads_underscores_as_spaces_and_one_space_per_gap():
    assert search_key("phuong_hoan_kiem") == "phuong hoan kiem"
    assert search_key("  Chợ   Đồng\tXuân ") == "cho dong xuan"


# -- search ----------------------------------------------------------------------------------

@pytest.fixture
def named(store):
    store.put_states([state("u1", "Làng gốm Bát Tràng"), state("u2", "Chợ Đông Xuân"),
                      state("u3", "Công ty Hà Nội"), state("u4", NFD)], who="t", import_id=None)
    return store


@pytest.mark.parametrize("typed, found", [
    ("bat trang", ["u1", "u4"]), ("BÁT", ["u1", "u4"]), ("Bát Tràng", ["u1", "u4"]),
    (unicodedata.normalize("NFD", "Bát Tràng"), ["u1", "u4"]), ("dong", ["u2"]),
    ("ĐÔNG", ["u2"]), ("Ha Noi", ["u3"]), ("  ha   noi ", ["u3"]), ("nowhere", []),
])
def test_search_finds_names_without_regard_to_case_or_diacritics(named, typed, found):
    query = ListQuery(search=typed, order_by="name", descending=False)
    assert sorted(row.uuid for row in named.page(query, 0, 100)) == found
    assert named.count_matching(query) == len(found)


def test_search_finds_the_ward_the_inspector_and_the_market(store):
    store.put_states([
        state("w", "A", ward="phuong_hoan_kiem"),
        state("i", "B", ward="xa_bat_trang", inspector="Đỗ Quang Huy"),
        state("m", "C", form_id="tieu_thuong_cho", ward="xa_x", ten_cho="Chợ Hôm Đức Viên"),
    ], who="t", import_id=None)
    found = {typed: {r.uuid for r in everything(store, search=typed)}
             for typed in ("phuong hoan kiem", "hoan_kiem", "do quang", "hom duc", "xa")}
    assert found == {"phuong hoan kiem": {"w"}, "hoan_kiem": {"w"}, "do quang": {"i"},
                     "hom duc": {"m"}, "xa": {"i", "m"}}


# -- filters, order, deleted, tally ----------------------------------------------------------

@pytest.fixture
def mixed(store):
    store.put_states([
        state("a", "Bình An", status=DRAFT, ward="phuong_ba_dinh", inspector="Trần Văn Hùng",
              at="2026-03-03T08:00:00"),
        state("b", "an phú", ward="phuong_hoan_kiem", inspector="Đỗ Quang Huy",
              at="2026-03-01T08:00:00"),
        state("c", "Đức Thành", form_id="sieu_thi_ttm", ward="phuong_ba_dinh",
              at="2026-03-02T08:00:00"),
        state("d", "Ấp Bắc", form_id="tieu_thuong_cho", status=DRAFT, ward="xa_thien_loc",
              inspector="Lê Văn An", at="2026-03-02T08:00:00"),
        state("e", "Zê", ward="phuong_hoan_kiem", at="2026-03-04T08:00:00"),
        state("f", "Bình An", status=DRAFT, ward="phuong_ba_dinh", at="2026-03-03T08:00:00"),
    ], who="t", import_id=None)
    return store


def test_filters_by_form_status_and_ward(mixed):
    def uuids(**query):
        return sorted(r.uuid for r in everything(mixed, **query))
    assert uuids(form_id="co_so_san_xuat") == ["a", "b", "e", "f"]
    assert uuids(statuses=(DRAFT,)) == ["a", "d", "f"]
    assert uuids(statuses=(DRAFT, COMPLETE)) == ["a", "b", "c", "d", "e", "f"]
    assert uuids(ward="phuong_ba_dinh") == ["a", "c", "f"]
    assert uuids(form_id="co_so_san_xuat", statuses=(DRAFT,), ward="phuong_ba_dinh") == ["a", "f"]
    assert mixed.count_matching(ListQuery(form_id="co_so_san_xuat", statuses=(COMPLETE,))) == 2


def _sort_key(column: str):
    folded = {"name", "ward", "inspector"}
    return lambda row: (search_key(getattr(row, column)) if column in folded
                        else getattr(row, column), row.uuid)


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("column", COLUMNS)
def test_each_column_orders_both_ways_ties_broken_by_uuid(mixed, column, descending):
    rows = everything(mixed, order_by=column, descending=descending)
    assert rows == sorted(rows, key=_sort_key(column), reverse=descending)
    assert len(rows) == 6


def test_names_order_as_people_read_them_not_by_code_point(mixed):
    listed = names(everything(mixed, order_by="name", descending=False))
    assert listed == ["an phú", "Ấp Bắc", "Bình An", "Bình An", "Đức Thành", "Zê"]


def test_paging_by_key_continues_where_the_page_ended(mixed):
    for column in COLUMNS:
        query = ListQuery(order_by=column)
        whole = mixed.page(query, 0, 100)
        first = mixed.page(query, 0, 2)
        assert first + mixed.page_after(query, first[-1], 100) == whole
        assert mixed.page(query, 2, 2) == mixed.page_after(query, first[-1], 2)


def test_only_the_columns_asked_for_are_read(mixed):
    (row,) = mixed.page(ListQuery(order_by="name", descending=False), 0, 1,
                        columns=("name", "status"))
    assert row == ListRow(uuid="b", name="an phú", status=COMPLETE)
    with pytest.raises(ValueError, match="not a list column: answers"):
        mixed.page(ListQuery(), 0, 1, columns=("answers",))
    with pytest.raises(ValueError):
        mixed.page(ListQuery(order_by="uuid; DROP TABLE responses"), 0, 1)


def test_deleted_responses_are_left_out_unless_asked(mixed):
    mixed.delete("e", who="t")
    assert "e" not in {r.uuid for r in everything(mixed)}
    (row,) = [r for r in everything(mixed, include_deleted=True) if r.uuid == "e"]
    assert row.deleted and row.name == "Zê"
    assert mixed.count_matching(ListQuery()) == 5
    assert mixed.count_matching(ListQuery(include_deleted=True)) == 6


def test_tally_counts_responses_not_deleted_by_form_and_status(mixed):
    mixed.delete("c", who="t")
    assert mixed.tally() == {("co_so_san_xuat", COMPLETE): 2, ("co_so_san_xuat", DRAFT): 2,
                             ("tieu_thuong_cho", DRAFT): 1}


# -- every write path keeps the list right ---------------------------------------------------

def test_a_local_edit_shows_in_the_list(store):
    first = store.save(Response(uuid="a", form_id="co_so_san_xuat", form_version="2026.1",
                                answers={"ten_co_so": "Cũ", "phuong_xa": "xa_a"}), who="t")
    store.save(replace(first, status=COMPLETE, answers={"ten_co_so": "Mới Đẹp",
                                                        "phuong_xa": "xa_b"}), who="t")
    (row,) = everything(store, search="moi dep")
    assert (row.name, row.ward, row.status) == ("Mới Đẹp", "xa_b", COMPLETE)
    assert everything(store, search="cu") == []
    assert_listing_matches_responses(store)


def _import(store: Store, name: str, states: list[Response]) -> int:
    with store.transaction():
        import_id = store.begin_import(name, name * 8, who="t")
        store.put_states(states, who="t", import_id=import_id)
        store.finish_import(import_id, {"new": len(states)})
    return import_id


def test_undoing_an_import_puts_the_list_back(store):
    here = store.save(Response(uuid="a", form_id="co_so_san_xuat", form_version="2026.1",
                               answers={"ten_co_so": "Bát Tràng", "phuong_xa": "xa_a"}), who="t")
    before = everything(store, include_deleted=True)
    edited = saved(replace(here, answers={"ten_co_so": "Bát Tràng Mới", "phuong_xa": "xa_b"},
                           deleted=True), here, at="2030-01-01T00:00:00")   # a later time
    undone = _import(store, "w", [edited, state("n", "Hàng Mã")])
    assert names(everything(store, include_deleted=True, order_by="name")) == [
        "Hàng Mã", "Bát Tràng Mới"]
    assert everything(store, search="hang ma") != []
    store.undo_import(undone, who="t")
    assert everything(store, include_deleted=True) == before
    assert everything(store, search="hang ma") == [] and store.count_matching(ListQuery()) == 1
    assert_listing_matches_responses(store)


def test_a_resolved_conflict_shows_its_merge(store):
    local = store.save(Response(uuid="a", form_id="co_so_san_xuat", form_version="2026.1",
                                answers={"ten_co_so": "Ở đây"}), who="t")
    incoming = saved(replace(local, answers={"ten_co_so": "Ở máy khác"}), None)
    store.keep_states([incoming], import_id=None)
    conflict = store.open_conflict("a", local.version, incoming.version, import_id=None)
    store.resolve_conflict(conflict, replace(local, answers={"ten_co_so": "Đã gộp"}), who="t")
    assert names(everything(store)) == ["Đã gộp"]
    assert_listing_matches_responses(store)


def test_a_store_restored_from_a_backup_keeps_its_list_and_takes_new_saves(tmp_path):
    path = tmp_path / "surveyor.sqlite"
    with Store(path) as store:
        store.put_states([state("a", "Bát Tràng")], who="t", import_id=None)
        backup = store.backup("test")
        store.put_states([state("b", "Hà Nội")], who="t", import_id=None)
    restore(path, backup)
    with Store(path) as store:
        assert names(everything(store)) == ["Bát Tràng"]
        store.save(replace(store.get("a"), answers={"ten_co_so": "Đông Anh"}), who="t")
        assert names(everything(store, search="dong anh")) == ["Đông Anh"]
        assert_listing_matches_responses(store)


def test_another_connection_writes_responses_only_once_readied_by_register(tmp_path):
    path = tmp_path / "surveyor.sqlite"
    with Store(path) as store:
        store.put_states([state("a", "Bát Tràng")], who="t", import_id=None)
    later = ("INSERT OR REPLACE INTO responses (uuid, form_id, version, updated_at, answers) "
             "VALUES ('a', 'co_so_san_xuat', '2-b', '2030-01-01T00:00:00', "
             "'{\"ten_co_so\": \"Đông Anh\"}')")
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        with pytest.raises(sqlite3.OperationalError, match="no such function"):
            conn.execute(later)
        register(conn)
        conn.execute(later)                 # REPLACE: the row it replaced leaves the list too
    with Store(path) as store:
        assert [(r.name, r.updated_at) for r in everything(store, search="dong")] == [
            ("Đông Anh", "2030-01-01T00:00:00")]
        assert_listing_matches_responses(store)


# -- migration -------------------------------------------------------------------------------

def test_a_version_3_store_gets_its_list_filled_when_migrated(tmp_path):
    path = tmp_path / "surveyor.sqlite"
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        migrations.migrate(Database(conn), target=3)
        conn.executescript("""
        INSERT INTO responses (uuid, form_id, form_version, status, version, inspector,
                               updated_at, deleted, answers)
          VALUES ('u-1', 'tieu_thuong_cho', '2026.1', 'complete', '1-aaaa', 'Phạm Thu Hà',
                  '2026-03-02T09:00:00', 0,
                  '{"ten_co_so": "Sạp rau cô Lan", "phuong_xa": "phuong_hoan_kiem",
                    "ten_cho": "Chợ Đồng Xuân", "so_tui_ngay": 120}'),
                 ('u-2', 'co_so_san_xuat', '2026.1', 'draft', '1-bbbb', 'Lê Minh Tuấn',
                  '2026-03-01T09:00:00', 1, '{"ten_co_so": 1234}');
        """)
    with Store(path) as store:
        assert f"before-migration-3-to-{migrations.LATEST}" in store.backups()[0].name
        (row,) = everything(store, search="dong xuan")
        assert (row.uuid, row.name, row.ward, row.inspector) == (
            "u-1", "Sạp rau cô Lan", "phuong_hoan_kiem", "Phạm Thu Hà")
        assert everything(store, include_deleted=True, search="1234")[0].name == "1234"
        assert store.tally() == {("tieu_thuong_cho", COMPLETE): 1}


# -- a big store -----------------------------------------------------------------------------

def test_a_50000_response_list_pages_fast_at_any_depth(store):
    wards = ("phuong_hoan_kiem", "phuong_ba_dinh", "xa_bat_trang", "phuong_dong_da")
    states = [state(f"{n:06d}-{new_uuid()[:8]}", f"Cơ sở số {n}", ward=wards[n % 4],
                    status=COMPLETE if n % 3 else DRAFT,
                    at=f"2026-{1 + n % 12:02d}-{1 + n % 28:02d}T{n % 24:02d}:00:00")
              for n in range(50_000)]
    store.put_states(states, who="t", import_id=None)
    newest = ListQuery()
    assert store.count_matching(newest) == 50_000
    start = time.perf_counter()
    deep = store.page(newest, 40_000, 100)
    seconds = time.perf_counter() - start
    expected = sorted(states, key=lambda s: (s.updated_at, s.uuid), reverse=True)[40_000:40_100]
    assert [r.uuid for r in deep] == [s.uuid for s in expected]
    assert store.page_after(newest, store.page(newest, 39_999, 1)[0], 100) == deep
    assert seconds < 0.5        # an index walk, not a sort (about 10 ms; generous for CI)
    assert store.count_matching(ListQuery(ward="xa_bat_trang", statuses=(DRAFT,))) == sum(
        1 for n in range(50_000) if n % 4 == 2 and n % 3 == 0)
    assert store.tally() == {("co_so_san_xuat", COMPLETE): 33_333,
                             ("co_so_san_xuat", DRAFT): 16_667}
