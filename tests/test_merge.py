"""Import with merge: the rule, idempotence, conflicts, refused files, undo, duplicates."""

from __future__ import annotations

import itertools
import json
import multiprocessing
import os
import signal
import sqlite3
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

from surveyor.core.errors import SurveyError
from surveyor.core.forms.xlsform import form_from_markdown
from surveyor.core.progress import Cancelled, Progress
from surveyor.core.responses import RepeatRow, Response, new_uuid, row_hash
from surveyor.core.store import Store
from surveyor.core.sync import arrivals, merge
from surveyor.core.sync.duplicates import SAME_NAME_IN_WARD, SAME_TAX_CODE
from surveyor.core.sync.export import export_workbook
from surveyor.core.sync.merge import COUNT_KEYS, Outcome, classify, import_workbooks

FORM_MD = """
| survey |
|        | type                     | name        | label::Tiếng Việt (vi) | label::English (en) |
|        | text                     | ten_co_so   | Tên cơ sở              | Name                |
|        | text                     | ma_so_thue  | Mã số thuế             | Tax code            |
|        | select_one phuong        | phuong_xa   | Phường/xã              | Ward                |
|        | integer                  | so_lao_dong | Số lao động            | Workers             |
|        | decimal                  | dien_nang   | Điện năng (kWh)        | Electricity (kWh)   |
|        | date                     | ngay_tl     | Ngày thành lập         | Founded             |
|        | select_multiple bien_phap| bien_phap   | Biện pháp              | Measures            |
|        | begin_repeat             | nguyen_lieu | Nguyên liệu            | Materials           |
|        | text                     | ten_nl      | Tên nguyên liệu        | Material            |
|        | decimal                  | so_luong    | Số lượng               | Quantity            |
|        | end_repeat               |             |                        |                     |
| choices |
|         | list_name | name       | label::Tiếng Việt (vi) | label::English (en) |
|         | phuong    | ba_dinh    | Ba Đình                | Ba Dinh             |
|         | phuong    | hoan_kiem  | Hoàn Kiếm              | Hoan Kiem           |
|         | bien_phap | nang_luong | Tiết kiệm năng lượng   | Energy saving       |
|         | bien_phap | tai_che    | Tái chế                | Recycling           |
| settings |
|          | form_id | version | form_title     | default_language | identity_tax_code | identity_name | identity_area |
|          | co_so   | 2025.1  | Cơ sở sản xuất | Tiếng Việt (vi)  | ma_so_thue        | ten_co_so     | phuong_xa     |
"""

FORM = form_from_markdown(FORM_MD)
FORMS = {(FORM.form_id, FORM.version): FORM}
SERIAL = itertools.count(1)
BOOKKEEPING = ("imports", "import_changes", "audit")   # the record of imports and undos


def make_response(**answers: object) -> Response:
    """A response of FORM; each call a different establishment unless answers say otherwise."""
    n = next(SERIAL)
    base = {"ten_co_so": f"Gốm Minh Long {n}", "ma_so_thue": f"0101{n:06d}", "phuong_xa": "ba_dinh",
            "so_lao_dong": 12, "dien_nang": 1520.5, "ngay_tl": "2019-05-04",
            "bien_phap": "nang_luong tai_che"}
    base.update(answers)
    rows = (RepeatRow("nguyen_lieu", 1, {"ten_nl": "Đất sét", "so_luong": 3.5}),
            RepeatRow("nguyen_lieu", 2, {"ten_nl": "Men", "so_luong": 0.25}))
    return Response(uuid=new_uuid(), form_id=FORM.form_id, form_version=FORM.version,
                    inspector="Nguyễn Văn An", device="laptop-1",
                    answers={k: v for k, v in base.items() if v is not None}, repeats=rows)


def dump(db: Path, skip: tuple[str, ...] = ()) -> dict[str, list[tuple]]:
    """Every table of the store file, rows sorted, except those in `skip`."""
    with sqlite3.connect(db) as con:
        names = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return {name: sorted(con.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)
                for name in names if name not in skip}


def zero(**counts: int) -> dict[str, int]:
    return {key: counts.get(key, 0) for key in COUNT_KEYS}


@pytest.fixture
def stores(tmp_path: Path):
    """Two stores, as on two inspectors' laptops: a and b."""
    with Store(tmp_path / "a.sqlite") as a, Store(tmp_path / "b.sqlite") as b:
        yield a, b


def export(store: Store, path: Path) -> Path:
    export_workbook(store, path, FORMS, who="test")
    return path


def imported(store: Store, *paths: Path, **options) -> merge.MergeReport:
    return import_workbooks(store, paths, FORMS, who="ward office", **options)


# --- the rule -------------------------------------------------------------------------------

def state(version: str, *history: str) -> Response:
    return replace(make_response(), uuid="u", version=version, history=history)


@pytest.mark.parametrize("stored, incoming, known, outcome", [
    (None, state("1-a"), False, Outcome.NEW),
    (state("2-b", "1-a"), state("2-b", "1-a"), False, Outcome.UNCHANGED),
    (state("1-a"), state("2-b", "1-a"), False, Outcome.UPDATED),
    (state("2-b", "1-a"), state("1-a"), False, Outcome.STALE),
    (state("2-b", "1-a"), state("2-c", "1-a"), False, Outcome.CONFLICT),
    (state("2-b", "1-a"), state("2-c", "1-a"), True, Outcome.UNCHANGED),
    (state("3-m", "2-b", "2-c", "1-a"), state("2-c", "1-a"), False, Outcome.STALE),
])
def test_merge_rule(stored, incoming, known, outcome):
    assert classify(stored, incoming, known=known) is outcome


# --- idempotence, update, stale, conflict ---------------------------------------------------

def test_first_import_is_new_and_the_second_changes_nothing(stores, tmp_path):
    a, b = stores
    for _ in range(3):
        a.save(make_response(), who="an")
    book = export(a, tmp_path / "a.xlsx")
    assert imported(b, book).counts == zero(new=3)
    before = dump(tmp_path / "b.sqlite", skip=BOOKKEEPING)
    assert imported(b, book).counts == zero(unchanged=3)
    assert dump(tmp_path / "b.sqlite", skip=BOOKKEEPING) == before


def test_update_is_applied(stores, tmp_path):
    a, b = stores
    first = a.save(make_response(), who="an")
    imported(b, export(a, tmp_path / "1.xlsx"))
    second = a.save(replace(first, answers={**first.answers, "so_lao_dong": 40}), who="an")
    report = imported(b, export(a, tmp_path / "2.xlsx"))
    assert report.counts == zero(updated=1)
    assert b.get(first.uuid).version == second.version
    assert b.get(first.uuid).answers["so_lao_dong"] == 40


def test_stale_copy_is_kept_out(stores, tmp_path):
    a, b = stores
    first = a.save(make_response(), who="an")
    old_book = export(a, tmp_path / "1.xlsx")
    second = a.save(replace(first, answers={**first.answers, "so_lao_dong": 40}), who="an")
    imported(b, export(a, tmp_path / "2.xlsx"))
    assert imported(b, old_book).counts == zero(stale=1)
    assert b.get(first.uuid).version == second.version


def test_edits_on_both_sides_are_a_conflict_with_both_kept(stores, tmp_path):
    a, b = stores
    common = a.save(make_response(), who="an")
    imported(b, export(a, tmp_path / "common.xlsx"))
    theirs = a.save(replace(common, answers={**common.answers, "so_lao_dong": 40}), who="an")
    ours = b.save(replace(b.get(common.uuid), answers={**common.answers, "so_lao_dong": 41}),
                  who="binh")
    book = export(a, tmp_path / "theirs.xlsx")
    report = imported(b, book)
    assert report.counts == zero(conflicts=1)
    assert [(c.uuid, c.local_version, c.incoming_version) for c in report.conflicts] == [
        (common.uuid, ours.version, theirs.version)]
    assert b.get(common.uuid).version == ours.version
    assert b.state(common.uuid, theirs.version).answers["so_lao_dong"] == 40
    assert b.state(common.uuid, ours.version).answers["so_lao_dong"] == 41
    assert [(c.local_version, c.incoming_version) for c in b.conflicts()] == [
        (ours.version, theirs.version)]
    assert imported(b, book).counts == zero(unchanged=1)
    assert len(b.conflicts()) == 1


def test_a_resolved_conflict_is_not_reopened_by_the_same_workbook(stores, tmp_path):
    a, b = stores
    common = a.save(make_response(), who="an")
    imported(b, export(a, tmp_path / "common.xlsx"))
    a.save(replace(common, answers={**common.answers, "so_lao_dong": 40}), who="an")
    b.save(replace(b.get(common.uuid), answers={**common.answers, "so_lao_dong": 41}), who="b")
    book = export(a, tmp_path / "theirs.xlsx")
    imported(b, book)
    [conflict] = b.conflicts()
    b.resolve_conflict(conflict.id, replace(b.get(common.uuid), answers={
        **common.answers, "so_lao_dong": 40}), who="ward office")
    assert imported(b, book).counts == zero(stale=1)
    assert b.conflicts() == []


def test_dry_run_writes_nothing_and_reports_what_a_real_run_would(stores, tmp_path):
    a, b = stores
    shared = a.save(make_response(), who="an")
    imported(b, export(a, tmp_path / "1.xlsx"))
    a.save(replace(shared, answers={**shared.answers, "so_lao_dong": 7}), who="an")
    a.save(make_response(ma_so_thue="0109999999", ten_co_so="Dệt Hà Đông"), who="an")
    b.save(make_response(ma_so_thue="0109999999", ten_co_so="Mây tre"), who="binh")
    book = export(a, tmp_path / "2.xlsx")
    before, backups = dump(tmp_path / "b.sqlite"), len(b.backups())
    dry = imported(b, book, book, dry_run=True)
    assert dump(tmp_path / "b.sqlite") == before
    assert len(b.backups()) == backups
    real = imported(b, book, book)
    assert dry.dry_run and not real.dry_run
    assert dry.counts == real.counts == zero(new=1, updated=1, unchanged=2, possible_duplicates=1)
    assert [f.import_id for f in dry.files] == [None, None]


def test_one_backup_per_import_call(stores, tmp_path):
    a, b = stores
    a.save(make_response(), who="an")
    book = export(a, tmp_path / "1.xlsx")
    imported(b, book, book)
    assert len(b.backups()) == 1


# --- edited in Excel ------------------------------------------------------------------------

def edit_cell(book: Path, column: str, value: object, row: int = 2, sheet: str = "co_so") -> Path:
    """Change one cell with openpyxl, as a person would in Excel; returns the edited copy."""
    wb = openpyxl.load_workbook(book)
    ws = wb[sheet]
    header = [c.value for c in ws[1]]
    ws.cell(row=row, column=header.index(column) + 1).value = value   # None clears the cell
    out = book.with_name(book.stem + "-edited.xlsx")
    wb.save(out)
    return out


def test_row_edited_in_excel_is_a_new_version_marked_edited_outside(stores, tmp_path):
    a, _ = stores
    saved = a.save(make_response(), who="an")
    book = edit_cell(export(a, tmp_path / "a.xlsx"), "so_lao_dong", 99)
    assert imported(a, book).counts == zero(updated=1, edited_outside=1)
    now = a.get(saved.uuid)
    assert (now.answers["so_lao_dong"], now.edited_outside) == (99, True)
    assert now.history[0] == saved.version
    assert imported(a, book).counts == zero(unchanged=1)


def test_imported_states_keep_their_seal(stores, tmp_path):
    a, b = stores
    kept, edited = a.save(make_response(), who="an"), a.save(make_response(), who="an")
    book = export(a, tmp_path / "a.xlsx")
    header, *rows = openpyxl.load_workbook(book)["co_so"].iter_rows(values_only=True)
    uuid_at, hash_at = header.index("_uuid"), header.index("_hash")
    stated = {row[uuid_at]: row[hash_at] for row in rows}
    edited_row = 2 + [row[uuid_at] for row in rows].index(edited.uuid)
    imported(b, edit_cell(book, "so_lao_dong", 99, row=edited_row))
    assert b.get(kept.uuid).seal == stated[kept.uuid] == row_hash(b.get(kept.uuid))
    now = b.get(edited.uuid)
    assert now.edited_outside and now.seal == row_hash(now) != stated[edited.uuid]


def test_row_edited_in_excel_after_the_store_moved_on_is_a_conflict(stores, tmp_path):
    a, _ = stores
    saved = a.save(make_response(), who="an")
    book = edit_cell(export(a, tmp_path / "a.xlsx"), "so_lao_dong", 99)
    a.save(replace(saved, answers={**saved.answers, "so_lao_dong": 13}), who="an")
    assert imported(a, book).counts == zero(conflicts=1, edited_outside=1)


# --- refused workbooks ----------------------------------------------------------------------

def bad_cell(book: Path) -> Path:
    return edit_cell(book, "so_lao_dong", "mười hai")


def unknown_version(book: Path) -> Path:
    return edit_cell(book, "_form_version", "1999.9")


def missing_uuid(book: Path) -> Path:
    return edit_cell(book, "_uuid", None)


def uuid_twice(book: Path) -> Path:
    wb = openpyxl.load_workbook(book)
    ws = wb["co_so"]
    ws.append([c.value for c in ws[2]])
    wb.save(book.with_name("twice.xlsx"))
    return book.with_name("twice.xlsx")


def not_xlsx(book: Path) -> Path:
    out = book.with_name("notes.xlsx")
    out.write_text("Danh sách cơ sở\n", encoding="utf-8")
    return out


def truncated(book: Path) -> Path:
    out = book.with_name("cut.xlsx")
    out.write_bytes(book.read_bytes()[: book.stat().st_size // 2])
    return out


@pytest.mark.parametrize("spoil, where", [
    (bad_cell, ("co_so", "row 2", "so_lao_dong")),
    (unknown_version, ("co_so", "1999.9")),
    (missing_uuid, ("co_so", "row 2", "_uuid")),
    (uuid_twice, ("co_so", "row 4", "_uuid")),
    (not_xlsx, ()),
    (truncated, ()),
])
def test_refused_workbook_changes_nothing_and_says_where(stores, tmp_path, spoil, where):
    a, b = stores
    for _ in range(2):
        a.save(make_response(), who="an")
    bad = spoil(export(a, tmp_path / "a.xlsx"))
    b.save(make_response(), who="binh")
    before = dump(tmp_path / "b.sqlite")
    report = imported(b, bad)
    assert dump(tmp_path / "b.sqlite") == before
    assert report.counts == zero(rejected=1)
    [rejected] = report.rejected
    assert rejected.file == bad.name
    for part in (bad.name, *where):
        assert part in rejected.message


OTHER_MD = """
| survey |
|        | type | name      | label::Tiếng Việt (vi) |
|        | text | ten_co_so | Tên cơ sở              |
| settings |
|          | form_id | version |
|          | khac    | 1       |
"""


def test_uuid_held_under_another_form_is_refused(stores, tmp_path):
    a, b = stores
    other = form_from_markdown(OTHER_MD)
    forms = {**FORMS, (other.form_id, other.version): other}
    mine = b.save(make_response(), who="binh")
    a.save(Response(uuid=mine.uuid, form_id="khac", form_version="1",
                    answers={"ten_co_so": "Chợ Đồng Xuân"}), who="an")
    book = tmp_path / "other.xlsx"
    export_workbook(a, book, forms, who="an")
    before = dump(tmp_path / "b.sqlite")
    report = import_workbooks(b, [book], forms, who="ward office")
    assert dump(tmp_path / "b.sqlite") == before
    [rejected] = report.rejected
    assert rejected.problem == "UUID_OTHER_FORM"
    for part in ("other.xlsx", "sheet khac", "row 2", "_uuid", "co_so"):
        assert part in rejected.message


def test_other_files_go_on_after_a_refused_one(stores, tmp_path):
    a, b = stores
    a.save(make_response(), who="an")
    good = export(a, tmp_path / "good.xlsx")
    report = imported(b, not_xlsx(good), good)
    assert report.counts == zero(new=1, rejected=1)
    assert [f.name for f in report.files] == ["good.xlsx"]


# --- undo and cancel ------------------------------------------------------------------------

def test_undo_of_an_import_restores_the_store_row_by_row(stores, tmp_path):
    a, b = stores
    common = a.save(make_response(), who="an")
    updated = a.save(make_response(ten_co_so="Gốm Bát Tràng", ma_so_thue=None), who="an")
    imported(b, export(a, tmp_path / "1.xlsx"))
    a.save(replace(common, answers={**common.answers, "so_lao_dong": 40}), who="an")
    a.save(replace(updated, answers={**updated.answers, "so_lao_dong": 3}), who="an")
    a.save(make_response(ten_co_so="Dệt Vạn Phúc", ma_so_thue="0107777777"), who="an")
    b.save(replace(b.get(common.uuid), answers={**common.answers, "so_lao_dong": 41}), who="b")
    before = dump(tmp_path / "b.sqlite", skip=BOOKKEEPING)
    report = imported(b, export(a, tmp_path / "2.xlsx"))
    assert report.counts == zero(new=1, updated=1, conflicts=1)
    b.undo_import(report.files[0].import_id, who="ward office")
    assert dump(tmp_path / "b.sqlite", skip=BOOKKEEPING) == before


def test_cancel_between_files_keeps_the_earlier_files(stores, tmp_path):
    a, b = stores
    a.save(make_response(), who="an")
    first = export(a, tmp_path / "1.xlsx")
    a.save(make_response(ma_so_thue="0105555555"), who="an")
    second = export(a, tmp_path / "2.xlsx")
    seen = []
    stop = Progress(report=lambda done, total, note: seen.append(done),
                    cancelled=lambda: bool(seen) and seen[-1] >= 170)
    with pytest.raises(Cancelled):
        imported(b, first, second, progress=stop)
    assert b.count() == 1
    assert len(b.imports()) == 1


# --- possible duplicates --------------------------------------------------------------------

def test_same_establishment_under_two_uuids_is_flagged(stores, tmp_path):
    a, b = stores
    b.save(make_response(ten_co_so="Gốm Minh Long", ma_so_thue="0101234567"), who="binh")
    b.save(make_response(ten_co_so="Dệt Vạn Phúc", ma_so_thue="0102222222",
                         phuong_xa="hoan_kiem"), who="binh")
    same_tax = a.save(make_response(ten_co_so="Gốm sứ Bát Tràng", ma_so_thue="0101234567"),
                      who="an")
    same_name = a.save(make_response(ten_co_so="CTY TNHH dệt vạn phúc", ma_so_thue=None,
                                     phuong_xa="hoan_kiem"), who="an")
    a.save(make_response(ten_co_so="Dệt Vạn Phúc", ma_so_thue=None), who="an")  # other ward
    report = imported(b, export(a, tmp_path / "a.xlsx"))
    assert report.counts["possible_duplicates"] == 2
    assert sorted((d.uuid, d.reason) for d in report.duplicates) == sorted(
        [(same_tax.uuid, SAME_TAX_CODE), (same_name.uuid, SAME_NAME_IN_WARD)])
    assert all(d.other != d.uuid for d in report.duplicates)


def test_report_as_json_has_the_count_keys_at_the_top(stores, tmp_path):
    a, b = stores
    a.save(make_response(), who="an")
    data = imported(b, export(a, tmp_path / "a.xlsx"), not_xlsx(tmp_path / "a.xlsx")).as_json()
    assert {key: data[key] for key in COUNT_KEYS} == zero(new=1, rejected=1)
    assert data["files"][0]["name"] == "a.xlsx"
    assert data["details"]["rejected"][0]["file"] == "notes.xlsx"
    assert json.loads(json.dumps(data)) == data


# --- many files: a worker process reads while the store is written -------------------------

@pytest.fixture
def worker_only(monkeypatch):
    """Every file of an import read by the worker process (none read here while it works)."""
    monkeypatch.setattr(arrivals, "WORKER_MIN_BYTES", 0)
    monkeypatch.setattr(arrivals, "HELD", 1)


def books(store: Store, folder: Path, n: int) -> list[Path]:
    paths = []
    for i in range(n):
        store.save(make_response(), who="an")
        paths.append(export(store, folder / f"{i}.xlsx"))
    return paths


def test_files_read_by_the_worker_come_out_as_read_here(stores, tmp_path, worker_only):
    a, _ = stores
    paths = books(a, tmp_path, 3)
    paths.insert(1, bad_cell(paths[0]))
    here = [arrivals._read_here(p, FORMS, arrivals.SILENT) for p in paths]
    there = list(arrivals.read_in_order(paths, FORMS))
    assert isinstance(there[1], SurveyError) and there[1].problem == here[1].problem
    assert there[1].message() == here[1].message() and "so_lao_dong" in there[1].message()
    assert there[:1] + there[2:] == here[:1] + here[2:]
    assert multiprocessing.active_children() == []


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_a_worker_that_dies_leaves_its_files_to_be_read_here(stores, tmp_path, worker_only):
    a, _ = stores
    paths = books(a, tmp_path, 4)
    here = [arrivals._read_here(p, FORMS, arrivals.SILENT) for p in paths]
    files = arrivals.read_in_order(paths, FORMS)
    first = next(files)
    for process in multiprocessing.active_children():
        os.kill(process.pid, signal.SIGKILL)
    assert [first, *files] == here
    assert multiprocessing.active_children() == []


def test_an_import_read_by_the_worker_stores_what_one_read_here_does(tmp_path, worker_only,
                                                                     monkeypatch):
    with Store(tmp_path / "a.sqlite") as a:
        paths = books(a, tmp_path, 4)                 # each book holds the earlier ones too
    paths.insert(2, not_xlsx(paths[0]))
    reports = []
    for name in ("worker.sqlite", "here.sqlite"):
        if name == "here.sqlite":
            monkeypatch.setattr(arrivals, "WORKER_MIN_FILES", len(paths) + 1)
        with Store(tmp_path / name) as store:
            reports.append(imported(store, *paths))
    assert reports[0].counts == reports[1].counts == zero(new=4, unchanged=6, rejected=1)
    assert reports[0].rejected == reports[1].rejected
    assert dump(tmp_path / "worker.sqlite", skip=BOOKKEEPING) == dump(
        tmp_path / "here.sqlite", skip=BOOKKEEPING)


def test_cancel_with_a_worker_keeps_the_files_before_and_stops_it(stores, tmp_path,
                                                                  worker_only):
    a, b = stores
    paths = books(a, tmp_path, 4)
    seen = []
    stop = Progress(report=lambda done, total, note: seen.append(done),
                    cancelled=lambda: bool(seen) and seen[-1] >= 270)
    with pytest.raises(Cancelled):
        imported(b, *paths, progress=stop)
    assert b.count() == 2 and len(b.imports()) == 2
    assert multiprocessing.active_children() == []
