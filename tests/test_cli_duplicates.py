"""`duplicates`, `duplicate merge|dismiss`, `edits` and `edit accept|revert` as a person runs
them: a real process, real files, exit codes (0 done, 1 refused with the reason, 2 usage)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import NamedTuple

import openpyxl
import pytest
from test_cli import surveyor

from surveyor.core import jobs
from surveyor.core.store import Store

FORM_ID = "co_so_san_xuat"


class Trip(NamedTuple):
    home: Path
    book: Path           # the inspector's workbook: 40 demo responses, two establishments twice
    edited: Path         # the same, so_lao_dong of its first co_so_san_xuat row set to 999
    uuid: str            # that row's response


@pytest.fixture(scope="module")
def forms():
    return jobs.catalog().forms


@pytest.fixture(scope="module")
def trip(tmp_path_factory, forms) -> Trip:
    folder = tmp_path_factory.mktemp("trip")
    home, field, book = folder / "home", folder / "field.sqlite", folder / "trip.xlsx"
    run = surveyor("--db", str(field), "demo", "--responses", "40", "--seed", "3", home=home)
    assert run.returncode == 0, run.stderr
    assert surveyor("--db", str(field), "export", "-o", str(book), home=home).returncode == 0
    workbook = openpyxl.load_workbook(book)
    sheet = workbook[FORM_ID]
    header = [cell.value for cell in sheet[1]]
    uuid = sheet.cell(row=2, column=header.index("_uuid") + 1).value
    sheet.cell(row=2, column=header.index("so_lao_dong") + 1).value = 999
    workbook.save(folder / "trip-edited.xlsx")
    return Trip(home, book, folder / "trip-edited.xlsx", uuid)


def office(tmp_path: Path, forms, *books: Path) -> Path:
    db = tmp_path / "office.sqlite"
    for book in books:
        assert jobs.import_files(db, [book], forms).counts["rejected"] == 0
    return db


def run_json(db: Path, home: Path, *args: str) -> list[dict]:
    run = surveyor("--db", str(db), *args, "--json", home=home)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


def test_duplicates_lists_each_pair_side_by_side(trip, forms, tmp_path):
    db = office(tmp_path, forms, trip.book)
    run = surveyor("--db", str(db), "duplicates", home=trip.home)
    assert run.returncode == 0, run.stderr
    pairs = run_json(db, trip.home, "duplicates")
    assert len(pairs) >= 2 and {p["reason"] for p in pairs} == {"same_tax_code"}
    first = pairs[0]
    assert f"possible duplicate (same tax code), form {FORM_ID}" in run.stdout
    assert f"first:  {first['first']['uuid']}" in run.stdout
    assert f"second: {first['second']['uuid']}" in run.stdout
    fields = {f["field"]: f for f in first["fields"]}
    assert fields["ma_so_thue"]["first"] == fields["ma_so_thue"]["second"]
    assert not fields["ma_so_thue"]["differs"]
    table = run.stdout.split("\n\n")[0].splitlines()
    line = next(x for x in table if x.split() and x.split()[0] == "so_lao_dong")
    assert line.split()[1:] == [str(fields["so_lao_dong"]["first"]),
                                str(fields["so_lao_dong"]["second"])]


def test_duplicate_merge_drops_one_side_and_takes_the_picked_fields(trip, forms, tmp_path):
    db = office(tmp_path, forms, trip.book)
    pair = run_json(db, trip.home, "duplicates")[0]
    keep, drop = pair["second"]["uuid"], pair["first"]["uuid"]
    workers = {f["field"]: f for f in pair["fields"]}["so_lao_dong"]["first"]   # drop's value
    run = surveyor("--db", str(db), "duplicate", "merge", keep, drop,
                   "--field", "so_lao_dong=drop", home=trip.home)
    assert run.returncode == 0, run.stderr
    assert f"{drop} merged into {keep}" in run.stdout
    with Store(db) as store:
        assert store.get(keep).answers["so_lao_dong"] == workers
        assert (store.get(drop).deleted, store.get(drop).merged_into) == (True, keep)
    left = run_json(db, trip.home, "duplicates")
    assert not any(drop in (p["first"]["uuid"], p["second"]["uuid"]) for p in left)
    again = surveyor("--db", str(db), "duplicate", "merge", keep, drop, home=trip.home)
    assert again.returncode == 1 and f"response {drop} is deleted" in again.stderr


@pytest.mark.parametrize("args, code, says", [
    (("no-such-uuid",), 1, "no response with uuid no-such-uuid"),
    (("{keep}", "--field", "ten_nha_may=drop"), 1, "no field ten_nha_may"),
    (("{keep}", "--field", "so_lao_dong=incoming"), 2, "say NAME=keep or NAME=drop"),
    (("{keep}", "--field", "so_lao_dong=keep", "--field", "so_lao_dong=drop"), 2,
     "with both sides"),
    ((), 2, "required"),
])
def test_duplicate_merge_refusals_and_usage_errors(trip, forms, tmp_path, args, code, says):
    db = office(tmp_path, forms, trip.book)
    pair = run_json(db, trip.home, "duplicates")[0]
    keep, drop = pair["second"]["uuid"], pair["first"]["uuid"]
    args = tuple(a.format(keep=drop) for a in args)        # {keep}: the other uuid of the pair
    run = surveyor("--db", str(db), "duplicate", "merge", keep, *args, home=trip.home)
    assert (run.returncode, says in run.stderr) == (code, True), run.stderr
    with Store(db) as store:
        assert not store.get(drop).deleted and not store.get(keep).deleted


def test_duplicate_dismiss_is_remembered(trip, forms, tmp_path):
    db = office(tmp_path, forms, trip.book)
    pairs = run_json(db, trip.home, "duplicates")
    a, b = pairs[0]["first"]["uuid"], pairs[0]["second"]["uuid"]
    run = surveyor("--db", str(db), "duplicate", "dismiss", b, a, home=trip.home)
    assert run.returncode == 0 and "not flagged again" in run.stdout, run.stderr
    left = run_json(db, trip.home, "duplicates")
    assert [p["first"]["uuid"] for p in left] == [p["first"]["uuid"] for p in pairs[1:]]
    same = surveyor("--db", str(db), "duplicate", "dismiss", a, a, home=trip.home)
    assert same.returncode == 1 and "on both sides" in same.stderr
    assert surveyor("--db", str(db), "duplicate", home=trip.home).returncode == 2


def test_edits_list_what_changed_and_revert_puts_it_back(trip, forms, tmp_path):
    db = office(tmp_path, forms, trip.book, trip.edited)
    run = surveyor("--db", str(db), "edits", home=trip.home)
    assert run.returncode == 0, run.stderr
    assert f"edited outside Surveyor: {trip.uuid} ({FORM_ID})" in run.stdout
    [edit] = run_json(db, trip.home, "edits")
    [field] = edit["fields"]
    assert (edit["uuid"], field["field"], field["edited"]) == (trip.uuid, "so_lao_dong", 999)
    row = next(x for x in run.stdout.splitlines() if x.split()[:1] == ["so_lao_dong"])
    assert row.split()[1:] == [str(field["sealed"]), "999"]
    reverted = surveyor("--db", str(db), "edit", "revert", trip.uuid, home=trip.home)
    assert reverted.returncode == 0 and "reverted" in reverted.stdout, reverted.stderr
    with Store(db) as store:
        assert store.get(trip.uuid).answers["so_lao_dong"] == field["sealed"]
    none = surveyor("--db", str(db), "edits", home=trip.home)
    assert none.stdout.strip() == "no rows edited outside Surveyor to review"
    accept = surveyor("--db", str(db), "edit", "accept", trip.uuid, home=trip.home)
    assert accept.returncode == 1 and "has no edit made outside Surveyor" in accept.stderr


def test_edit_accept_keeps_the_edit(trip, forms, tmp_path):
    db = office(tmp_path, forms, trip.edited)                # the sealed state is not here
    revert = surveyor("--db", str(db), "edit", "revert", trip.uuid, home=trip.home)
    assert revert.returncode == 1 and "cannot be reverted" in revert.stderr
    run = surveyor("--db", str(db), "edit", "accept", trip.uuid, home=trip.home)
    assert run.returncode == 0 and "is kept" in run.stdout, run.stderr
    assert run_json(db, trip.home, "edits") == []
    with Store(db) as store:
        assert store.get(trip.uuid).answers["so_lao_dong"] == 999
    assert surveyor("--db", str(db), "edit", "undo", trip.uuid, home=trip.home).returncode == 2


def test_form_check_names_an_identity_setting_that_is_no_question(tmp_path, trip):
    form = tmp_path / "cs.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "survey"
    for row in (("type", "name", "label"), ("text", "ten", "Tên"), ("text", "phuong", "Phường")):
        book["survey"].append(row)
    settings = book.create_sheet("settings")
    settings.append(("form_id", "version", "identity_name", "identity_area"))
    settings.append(("cs", "1", "ten", "phuong_xa"))
    book.save(form)
    run = surveyor("form", "check", str(form), home=trip.home)
    assert run.returncode == 1
    assert ("error: settings, row 2, column identity_area: 'phuong_xa' is not a question of "
            "this form") in run.stdout
