"""Demo data: a real SQLite store filled with sample responses that pass the forms' checks."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

import pytest

from surveyor import paths
from surveyor.core.demo.samples import demo_responses, fill_demo
from surveyor.core.filling.validation import validate
from surveyor.core.forms.model import Form
from surveyor.core.forms.xlsform import load_forms
from surveyor.core.progress import Cancelled, Progress
from surveyor.core.responses import COMPLETE, DRAFT, Response
from surveyor.core.store import Store

TAX_CODE = re.compile(r"[0-9]{10}(-?[0-9]{3})?")


@pytest.fixture(scope="module")
def forms() -> dict[tuple[str, str], Form]:
    return load_forms(paths.forms_dir())


@pytest.fixture(scope="module")
def filled(forms, tmp_path_factory) -> list[Response]:
    """The current states of a store filled with 60 demo responses (seed 7)."""
    with Store(tmp_path_factory.mktemp("demo") / "demo.sqlite") as store:
        assert fill_demo(store, forms, responses=60, seed=7) == 60
        return list(store.responses())


def by_form(responses: list[Response], form_id: str) -> list[Response]:
    return [r for r in responses if r.form_id == form_id]


def test_demo_stores_the_asked_number_of_responses_across_all_three_forms(filled):
    assert len(filled) == len({r.uuid for r in filled}) == 60
    counts = Counter(r.form_id for r in filled)
    assert set(counts) == {"co_so_san_xuat", "tieu_thuong_cho", "sieu_thi_ttm"}
    assert counts["co_so_san_xuat"] > counts["tieu_thuong_cho"] > counts["sieu_thi_ttm"] > 0


def test_same_seed_gives_the_same_data_and_another_seed_does_not(forms):
    first = list(demo_responses(forms, 30, seed=3))
    assert first == list(demo_responses(forms, 30, seed=3))
    assert [s[0].uuid for s in first] != [s[0].uuid for s in demo_responses(forms, 30, seed=4)]


def test_same_seed_fills_two_stores_alike_but_for_their_device_id(forms, tmp_path):
    def content(name: str) -> dict[str, tuple]:
        with Store(tmp_path / name) as store:
            fill_demo(store, forms, responses=20, seed=11)
            device = store.device_id()
            assert {r.device for r in store.responses()} == {device}
            return {r.uuid: (r.status, len(r.history), r.repeats,
                             {k: v for k, v in r.answers.items() if k != "deviceid"})
                    for r in store.responses()}

    assert content("a.sqlite") == content("b.sqlite")


def test_responses_mix_drafts_and_complete_ones(filled):
    statuses = Counter(r.status for r in filled)
    assert set(statuses) == {DRAFT, COMPLETE}
    assert 0.05 <= statuses[DRAFT] / len(filled) <= 0.35


def test_some_responses_were_edited_after_their_first_save(filled):
    edited = [r for r in filled if r.history]
    assert 0.05 <= len(edited) / len(filled) <= 0.4
    assert all(len(r.history) == 1 and r.version.startswith("2-") for r in edited)


def test_inspectors_and_wards_vary(filled):
    assert len({r.inspector for r in filled}) >= 3
    assert len({r.answers["phuong_xa"] for r in filled}) >= 8
    assert all(r.answers["inspector"] == r.inspector for r in filled)


def test_complete_responses_pass_every_check_of_their_form(forms, filled):
    failed = {r.uuid: validate(forms[r.form_id, r.form_version], r.answers, r.repeats)
              for r in filled if r.status == COMPLETE}
    assert {uuid: issues for uuid, issues in failed.items() if issues} == {}


def test_drafts_only_lack_answers_still_to_be_given(forms, filled):
    drafts = [r for r in filled if r.status == DRAFT]
    kinds = {i.kind for r in drafts
             for i in validate(forms[r.form_id, r.form_version], r.answers, r.repeats)}
    assert kinds == {"required"}


def test_establishments_list_two_to_four_materials_with_calculated_use_per_unit(filled):
    for response in by_form(filled, "co_so_san_xuat"):
        rows = response.rows("nguyen_lieu")
        assert 2 <= len(rows) <= 4, response.answers["ten_co_so"]
        for row in rows:
            expected = row.answers["sl_nam_nay"] / row.answers["san_luong_nam_nay"]
            assert row.answers["dinh_muc_nam_nay"] == pytest.approx(expected)


def test_use_per_unit_mostly_falls_by_three_to_nine_percent(filled):
    changes = [row.answers["thay_doi_dinh_muc"] for r in by_form(filled, "co_so_san_xuat")
               for row in r.rows("nguyen_lieu")]
    falling = [c for c in changes if -9.5 <= c <= -2.5]
    assert len(falling) / len(changes) >= 0.6
    assert all(-10 <= c <= 5 for c in changes)


def test_tax_codes_are_text_and_some_keep_a_leading_zero(filled):
    codes = [r.answers["ma_so_thue"] for r in by_form(filled, "co_so_san_xuat")
             if "ma_so_thue" in r.answers]
    assert codes and all(isinstance(c, str) and TAX_CODE.fullmatch(c) for c in codes)
    assert any(c.startswith("0") for c in codes)


def test_a_couple_of_establishments_appear_twice_under_different_uuids(filled):
    uuids_per_code = Counter(r.answers["ma_so_thue"] for r in by_form(filled, "co_so_san_xuat")
                             if "ma_so_thue" in r.answers)
    assert sum(n - 1 for n in uuids_per_code.values()) == 60 // 20


def test_no_accidental_duplicates_by_name_in_a_ward(filled):
    names = Counter((r.form_id, r.answers["ten_co_so"], r.answers["phuong_xa"]) for r in filled)
    repeated = {key for key, n in names.items() if n > 1}
    assert all(key[0] == "co_so_san_xuat" for key in repeated) and len(repeated) <= 3


def test_cancelling_keeps_the_batches_already_stored(forms, tmp_path):
    def stop_after_150(done: int, total: int, note: str) -> None:
        if done == 150:
            raise Cancelled

    with Store(tmp_path / "cancel.sqlite") as store:
        with pytest.raises(Cancelled):
            fill_demo(store, forms, responses=200, seed=1, progress=Progress(report=stop_after_150))
        assert store.count() == 100


def test_without_bundled_forms_nothing_is_made(forms):
    others = {("other_form", "1"): replace(next(iter(forms.values())), form_id="other_form")}
    assert list(demo_responses(others, 10, seed=0)) == []


def test_every_state_of_many_demo_responses_passes_its_checks(forms):
    kinds = Counter()
    for states in demo_responses(forms, 400, seed=5):
        for state in states:
            issues = validate(forms[state.form_id, state.form_version], state.answers,
                              state.repeats)
            kinds.update((state.status, i.kind) for i in issues)
    assert set(kinds) == {(DRAFT, "required")}
