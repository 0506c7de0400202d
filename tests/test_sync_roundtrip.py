"""The sync workbook as the field uses it: the bundled forms, demo data, export, import, merge."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

import openpyxl
import pytest

from surveyor import paths
from surveyor.core.demo.samples import fill_demo
from surveyor.core.forms.xlsform import load_forms
from surveyor.core.responses import Response, canonical
from surveyor.core.store import Store
from surveyor.core.sync.export import export_workbook
from surveyor.core.sync.merge import COUNT_KEYS, import_workbooks


@pytest.fixture(scope="module")
def forms():
    return load_forms(paths.forms_dir())


def same(answers: Mapping[str, object]) -> dict[str, tuple[str, str | None]]:
    """Answers as the merge compares them: numbers as numbers, to 15 significant digits."""
    return {key: ("number" if isinstance(value, (int, float)) else type(value).__name__,
                  canonical(value)) for key, value in answers.items()}


def snapshot(store: Store) -> dict[str, tuple]:
    """Everything a response is, per uuid, with repeat rows in a stable order."""
    return {r.uuid: (r.form_id, r.form_version, r.status, r.inspector, r.device, r.created_at,
                     r.updated_at, same(r.answers), r.version, r.history, r.deleted,
                     sorted((x.repeat, x.parent_index, x.index, same(x.answers))
                            for x in r.repeats))
            for r in store.responses(include_deleted=True)}


def counts(report) -> dict[str, int]:
    """The counts that say what happened to rows (duplicates depend on the demo's names)."""
    return {key: n for key, n in report.counts.items() if n and key != "possible_duplicates"}


def test_demo_round_trips_through_a_workbook(tmp_path, forms):
    book = tmp_path / "demo.xlsx"
    with Store(tmp_path / "field.sqlite") as field:
        fill_demo(field, forms, responses=150, seed=11)
        export_workbook(field, book, forms, who="an")
        expected = snapshot(field)
    with Store(tmp_path / "ward.sqlite") as ward:
        assert counts(import_workbooks(ward, [book], forms, who="ward")) == {"new": len(expected)}
        assert snapshot(ward) == expected
        assert counts(import_workbooks(ward, [book], forms, who="ward")) == {
            "unchanged": len(expected)}
        assert snapshot(ward) == expected


def test_demo_has_what_the_round_trip_must_carry(tmp_path, forms):
    with Store(tmp_path / "field.sqlite") as field:
        fill_demo(field, forms, responses=150, seed=11)
        responses = list(field.responses())
    assert {r.form_id for r in responses} == {key[0] for key in forms}
    assert any(r.repeats for r in responses)
    assert any(len(r.history) > 0 for r in responses)


def edit_note(response: Response, text: str) -> Response:
    return replace(response, answers={**response.answers, "ghi_chu": text})


def test_two_inspectors_and_a_later_reexport_merge_without_duplicates(tmp_path, forms):
    books = {}
    with Store(tmp_path / "an.sqlite") as an, Store(tmp_path / "binh.sqlite") as binh:
        fill_demo(an, forms, responses=40, seed=1)
        fill_demo(binh, forms, responses=30, seed=2)
        books["an1"] = export_workbook(an, tmp_path / "an-1.xlsx", forms, who="an").path
        books["binh"] = export_workbook(binh, tmp_path / "binh.xlsx", forms, who="binh").path
        edited = [an.save(edit_note(r, "Đã quay lại kiểm tra"), who="an")
                  for r in list(an.responses())[:5]]
        fill_demo(an, forms, responses=10, seed=3)
        books["an2"] = export_workbook(an, tmp_path / "an-2.xlsx", forms, who="an").path
        total = an.count() + binh.count()
    assert total == 80
    with Store(tmp_path / "ward.sqlite") as ward:
        report = import_workbooks(ward, [books["an1"], books["binh"], books["an2"]], forms,
                                  who="ward")
        assert counts(report) == {"new": 80, "updated": 5, "unchanged": 35}
        assert ward.count() == 80
        assert len({r.uuid for r in ward.responses()}) == 80
        assert all(ward.get(r.uuid).version == r.version for r in edited)


def test_a_deletion_travels_to_the_next_store(tmp_path, forms):
    with Store(tmp_path / "field.sqlite") as field, Store(tmp_path / "ward.sqlite") as ward:
        fill_demo(field, forms, responses=20, seed=8)
        import_workbooks(ward, [export_workbook(field, tmp_path / "1.xlsx", forms, who="an").path],
                         forms, who="ward")
        gone = field.delete(next(field.responses()).uuid, who="an")
        book = export_workbook(field, tmp_path / "2.xlsx", forms, who="an").path
        assert counts(import_workbooks(ward, [book], forms, who="ward")) == {
            "updated": 1, "unchanged": 19}
        assert ward.get(gone.uuid).deleted and ward.count() == 19


def test_export_of_one_form_holds_only_that_form(tmp_path, forms):
    with Store(tmp_path / "field.sqlite") as field:
        field.set_setting("inspector", "Trần Thị Bình")
        fill_demo(field, forms, responses=30, seed=5)
        stats = export_workbook(field, tmp_path / "one.xlsx", forms, who="binh",
                                form_id="tieu_thuong_cho")
        wanted = field.count("tieu_thuong_cho")
        device = field.device_id()
    book = openpyxl.load_workbook(stats.path, read_only=True)
    forms_in_book = {name for name in book.sheetnames if not name.startswith("_")}
    assert forms_in_book == {"tieu_thuong_cho"}
    assert stats.rows["tieu_thuong_cho"] == wanted
    manifest = {str(cell) for row in book["_manifest"].iter_rows(values_only=True)
                for cell in row}
    assert {"Trần Thị Bình", device} <= manifest


def test_export_since_a_later_time_holds_no_rows(tmp_path, forms):
    with Store(tmp_path / "field.sqlite") as field:
        fill_demo(field, forms, responses=20, seed=5)
        stats = export_workbook(field, tmp_path / "none.xlsx", forms, who="an",
                                since="2999-01-01T00:00:00")
    assert sum(n for sheet, n in stats.rows.items() if not sheet.startswith("_")) == 0
    with Store(tmp_path / "ward.sqlite") as ward:
        assert counts(import_workbooks(ward, [stats.path], forms, who="ward")) == {}


def test_all_count_keys_are_reported(tmp_path, forms):
    with Store(tmp_path / "ward.sqlite") as ward:
        report = import_workbooks(ward, [], forms, who="ward")
    assert list(report.counts) == list(COUNT_KEYS)
    assert set(report.as_json()) >= set(COUNT_KEYS)
