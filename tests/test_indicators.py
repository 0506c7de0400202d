"""Indicators computed on a small hand-made data set saved into a real store; every right
answer below is worked out by hand in the comments, not by the code under test.

The data set: three wards A, B, C (C has only a draft), four markets, four establishments.
"""

from __future__ import annotations

import functools
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from surveyor import paths
from surveyor.core import jobs
from surveyor.core.report.compute import compute
from surveyor.core.report.indicators import Target, read_definitions
from surveyor.core.responses import COMPLETE, DRAFT, RepeatRow, Response, new_uuid

REPO = Path(__file__).resolve().parent.parent
A, B, C = "phuong_hoan_kiem", "phuong_cua_nam", "phuong_ba_dinh"
HEADER = ["name", "label::vi", "label::en", "form", "numerator", "denominator", "measure",
          "grouping", "key", "target", "year", "direction"]
ROWS = [
    ["cho", "Chợ không dùng túi nilon", "Markets free of nylon bags", "tieu_thuong_cho",
     "not(selected(${loai_tui}, 'nilon_kho_phan_huy'))", "${loai_tui} != ''", "percent",
     "market", "if(${ten_cho} = 'other', ${ten_cho_khac}, ${ten_cho})", "70-80", 2025,
     "at_least"],
    ["biet", "Tiểu thương biết cuộc vận động", "Vendors aware", "tieu_thuong_cho",
     "${biet_cuoc_van_dong} = 'yes'", "${biet_cuoc_van_dong} != ''", "percent", "ward", None,
     "70–80", None, "at_least"],
    ["tui", "Túi mỗi ngày", "Bags a day", "tieu_thuong_cho", "${so_tui_ngay}",
     "count-non-empty(${so_tui_ngay})", "mean", "ward", None, None, None, None],
    ["kcn", "KCN, CCN hướng dẫn hoặc áp dụng", "Zones guided or applying", "co_so_san_xuat",
     "${duoc_huong_dan} = 'yes' or ${ap_dung_sxsh} = 'yes' or ${ap_dung_sxsh} = 'partly'",
     "${vi_tri} = 'kcn' or ${vi_tri} = 'ccn'", "percent", "ward", None, 85, 2024, "at_least"],
    ["tieu_hao", "Thay đổi tiêu hao", "Change per unit", "co_so_san_xuat",
     "sum(${thay_doi_dinh_muc})",
     "if(selected('det_may do_uong thep nhua', ${nganh}), count-non-empty(${thay_doi_dinh_muc}), 0)",
     "mean", "sector", "${nganh}", "-8 – -5", 2025, "at_most"],
    ["danh_gia", "Đánh giá SXSH", "Assessments", "co_so_san_xuat", "${danh_gia_sxsh} = 'yes'",
     None, "count", "city", None, 2, 2024, "at_least"],
    ["sieu_thi", "Siêu thị không túi nilon", "Supermarkets free", "sieu_thi_ttm",
     "${dung_tui_kho_phan_huy} = 'no'", "${dung_tui_kho_phan_huy} != ''", "percent", "ward",
     None, 100, None, "at_least"],
    ["phieu", "Số phiếu", "Responses", "*", "1", None, "count", "ward", None, None, None, None],
]


def write_definitions(path: Path, rows: list[list]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "indicators"
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


@functools.cache
def catalog():
    return jobs.catalog()


def latest():
    return catalog().latest()


@pytest.fixture(scope="module")
def forms():
    return catalog().forms


def vendor(forms, ward, market, bags, kinds, aware, *, status=COMPLETE, other=None):
    answers = {"phuong_xa": ward, "ten_cho": market, "ten_co_so": f"Quầy {new_uuid()[:4]}",
               "so_tui_ngay": bags, "loai_tui": kinds, "biet_cuoc_van_dong": aware}
    if other:
        answers["ten_cho_khac"] = other
    form = latest()["tieu_thuong_cho"]
    return Response(new_uuid(), form.form_id, form.version, status=status, inspector="Lan",
                    answers=answers)


def establishment(ward, where, guided, applies, sector, assessed, changes, *, status=COMPLETE):
    form = latest()["co_so_san_xuat"]
    answers = {"phuong_xa": ward, "vi_tri": where, "duoc_huong_dan": guided,
               "ap_dung_sxsh": applies, "nganh": sector, "danh_gia_sxsh": assessed,
               "ten_co_so": f"Cơ sở {new_uuid()[:4]}"}
    rows = tuple(RepeatRow("nguyen_lieu", i, {"ten_nguyen_lieu": "điện"} if change is None
                           else {"ten_nguyen_lieu": "điện", "thay_doi_dinh_muc": change})
                 for i, change in enumerate(changes, start=1))
    return Response(new_uuid(), form.form_id, form.version, status=status, inspector="Minh",
                    answers=answers, repeats=rows)


@pytest.fixture
def results(store, forms, tmp_path):
    """The hand-made data set, saved into a real store, and its indicators."""
    for response in (
        # market cho_dong_xuan (ward A): v1 uses nylon, v2 not -> not free
        vendor(forms, A, "cho_dong_xuan", 100, "nilon_kho_phan_huy tui_giay", "yes"),
        vendor(forms, A, "cho_dong_xuan", 50, "tui_giay", "yes"),
        # market cho_hang_da (ward A): v3, v4 free -> free (the draft v5 and the deleted v6
        # use nylon, and do not count)
        vendor(forms, A, "cho_hang_da", 30, "tui_giay", "yes"),
        vendor(forms, A, "cho_hang_da", 0, "khach_tu_mang", "no"),
        vendor(forms, A, "cho_hang_da", 500, "nilon_kho_phan_huy", "no", status=DRAFT),
        # market cho_mo (ward B): v7 free -> free
        vendor(forms, B, "cho_mo", 20, "vat_lieu_tu_nhien", "yes"),
        # an "other" market, Chợ Cóc (ward B), typed twice alike: v8 uses nylon -> not free
        vendor(forms, B, "other", 80, "nilon_kho_phan_huy", "yes", other="Chợ Cóc"),
        vendor(forms, B, "other", 40, "tui_giay", "no", other=" chợ  cóc "),
        # ward C: only a draft
        vendor(forms, C, "cho_buoi", 10, "tui_giay", "yes", status=DRAFT),
        # establishments: e1 (A, KCN, guided, textiles, assessed; changes -6, -4)
        establishment(A, "kcn", "yes", "no", "det_may", "yes", [-6, -4]),
        # e2 (A, CCN, applies partly, steel; -10)
        establishment(A, "ccn", "no", "partly", "thep", "no", [-10]),
        # e3 (B, KCN, neither, plastics; a row without a change, and -2)
        establishment(B, "kcn", "no", "no", "nhua", "no", [None, -2]),
        # e4 (B, craft village, ceramics: not one of the four sectors; -20; assessed)
        establishment(B, "lang_nghe", "yes", "yes", "gom_su", "yes", [-20]),
        # e5: a draft in a KCN (left out)
        establishment(A, "kcn", "no", "no", "det_may", "yes", [-50], status=DRAFT),
    ):
        store.save(response, who="test")
    deleted = vendor(forms, A, "cho_hang_da", 300, "nilon_kho_phan_huy", "no")
    store.save(deleted, who="test")
    store.delete(deleted.uuid, who="test")
    definitions = read_definitions(write_definitions(tmp_path / "indicators.xlsx", ROWS), forms)
    assert definitions.findings == () and len(definitions.indicators) == len(ROWS)
    return compute(store.responses(), definitions, forms, language="vi")


def line(results, name, scope="city", key=""):
    found = results.result(name)
    lines = {"city": [found.city], "ward": found.wards, "sector": found.sectors}[scope]
    return next(item for item in lines if item.key == key)


def test_drafts_and_deleted_responses_are_left_out(results):
    # 7 complete vendors + 4 complete establishments; drafts v5, ward C's and e5; v6 deleted
    assert (results.counted, results.drafts) == (11, 3)
    assert line(results, "phieu").value == 11
    # in label order: Ba Đình (C), Cửa Nam (B), Hoàn Kiếm (A)
    assert [(w.key, w.value) for w in results.result("phieu").wards] == [(C, 0), (B, 5), (A, 6)]


def test_a_market_is_free_of_nylon_bags_only_when_none_of_its_vendors_uses_them(results):
    # free: cho_hang_da, cho_mo; not: cho_dong_xuan, Chợ Cóc (both spellings one market)
    city = line(results, "cho")
    assert (city.numerator, city.denominator, city.value) == (2, 4, 50.0)
    assert line(results, "cho", "ward", A).value == 50.0     # hang_da of hang_da, dong_xuan
    assert line(results, "cho", "ward", B).value == 50.0     # cho_mo of cho_mo, Chợ Cóc
    assert city.met is False                                 # 50% < 70–80%


def test_a_target_range_is_met_from_its_low_end(results):
    # aware: v1, v2, v3, v7, v8 of 7 complete vendors = 71.43%; ward A 3/4, ward B 2/3
    city = line(results, "biet")
    assert city.value == pytest.approx(500 / 7) and city.met is True
    ward_a, ward_b = line(results, "biet", "ward", A), line(results, "biet", "ward", B)
    assert (ward_a.value, ward_a.met) == (75.0, True)
    assert ward_b.value == pytest.approx(200 / 3) and ward_b.met is False
    assert city.target == Target(70, 80, "at_least")
    assert Target(70, 80, "within").met(85) is False and Target(70, 80, "within").met(75)


def test_an_empty_ward_and_a_denominator_of_zero_give_no_value_not_an_error(results):
    for name in ("cho", "biet", "tui", "kcn", "tieu_hao", "sieu_thi"):
        empty = line(results, name, "ward", C)
        assert (empty.denominator, empty.value, empty.met) == (0, None, None), name
    nobody = line(results, "sieu_thi")                      # no supermarket was surveyed
    assert (nobody.numerator, nobody.denominator, nobody.value, nobody.met) == (0, 0, None, None)
    assert line(results, "phieu", "ward", C).value == 0      # a count of nothing is 0


def test_a_share_counts_the_numerator_only_inside_its_denominator(results):
    # KCN/CCN: e1 (guided), e2 (partly), e3 (neither); e4 is in a craft village
    city = line(results, "kcn")
    assert (city.numerator, city.denominator) == (2, 3) and city.met is False
    assert city.value == pytest.approx(200 / 3)
    assert (line(results, "kcn", "ward", A).value, line(results, "kcn", "ward", A).met) == (
        100.0, True)
    assert line(results, "kcn", "ward", B).value == 0.0


def test_material_change_is_the_mean_of_its_rows_per_sector_and_ward(results):
    # four sectors only: -6, -4 (textiles), -10 (steel), -2 (plastics); -20 (ceramics) is out
    city = line(results, "tieu_hao")
    assert (city.numerator, city.denominator, city.value, city.met) == (-22, 4, -5.5, True)
    sectors = {s.key: (s.value, s.met) for s in results.result("tieu_hao").sectors}
    assert sectors == {"det_may": (-5.0, True), "thep": (-10.0, True), "nhua": (-2.0, False)}
    assert line(results, "tieu_hao", "ward", A).value == pytest.approx(-20 / 3)
    assert line(results, "tieu_hao", "ward", B).value == -2.0


def test_mean_bags_and_a_count_with_a_city_wide_target(results):
    # bags of the 7 complete vendors: 100 + 50 + 30 + 0 + 20 + 80 + 40 = 320
    assert line(results, "tui").value == pytest.approx(320 / 7)
    assert line(results, "tui", "ward", A).value == 45.0            # 180 / 4
    count = line(results, "danh_gia")                                # e1 and e4
    assert (count.value, count.denominator, count.met) == (2, None, True)
    ward = line(results, "danh_gia", "ward", A)
    assert (ward.value, ward.target, ward.met) == (1, None, None)   # the target is the city's


def test_wards_are_labelled_from_the_form_in_label_order(results):
    assert [label for _, label in results.wards] == ["Phường Ba Đình", "Phường Cửa Nam",
                                                      "Phường Hoàn Kiếm"]


# -- the definitions ---------------------------------------------------------------------------

def test_a_broken_definition_is_a_finding_naming_sheet_row_and_column(tmp_path, forms):
    broken = [*ROWS[:2],
              ["bad_syntax", "x", "x", "tieu_thuong_cho", "${so_tui_ngay} >", "1", "percent",
               "ward", None, None, None, None],
              ["bad_name", "x", "x", "tieu_thuong_cho", "${khong_co} = 'yes'", "1", "percent",
               "ward", None, None, None, None],
              ["bad_target", "x", "x", "no_such_form", "1", "1", "percent", "ward", None,
               "lots", None, "upwards"],
              ["Bad Name", "x", "x", "tieu_thuong_cho", "1", None, "mean", "market", None, None,
               None, None]]
    definitions = read_definitions(write_definitions(tmp_path / "i.xlsx", broken), forms)
    assert [i.name for i in definitions.indicators] == ["cho", "biet"]
    where = {(f.sheet, f.row, f.column) for f in definitions.findings}
    assert {("indicators", 4, "numerator"), ("indicators", 5, "numerator"),
            ("indicators", 6, "form"), ("indicators", 6, "direction"),
            ("indicators", 7, "name"), ("indicators", 7, "denominator"),
            ("indicators", 7, "key")} <= where
    assert any("khong_co" in f.message for f in definitions.findings)
    assert not definitions.usable


def test_form_check_checks_indicator_definitions_as_such(tmp_path):
    good = jobs.check_forms([paths.forms_dir() / "indicators.xlsx"])[0]
    assert good.usable and len(good.definitions.indicators) == 12
    bad = write_definitions(tmp_path / "indicators.xlsx", [ROWS[0][:4] + ["${x} >"] + ROWS[0][5:]])
    run = subprocess.run([sys.executable, "-m", "surveyor", "form", "check", str(bad)],
                         capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 1
    assert "indicators, row 2, column numerator" in run.stdout and "NOT usable" in run.stdout


def test_the_catalogue_does_not_read_indicator_definitions_as_a_form(tmp_path):
    catalog = jobs.catalog(strict=False)
    assert not catalog.problems
    assert set(catalog.latest()) == {"co_so_san_xuat", "tieu_thuong_cho", "sieu_thi_ttm"}
    assert jobs.indicator_definitions(catalog.forms).path.endswith("indicators.xlsx")


def test_every_bundled_indicator_loads_against_the_bundled_forms(forms):
    definitions = read_definitions(paths.forms_dir() / "indicators.xlsx", forms)
    assert definitions.usable and not definitions.findings
    names = {i.name for i in definitions.indicators}
    assert {"kcn_ccn_huong_dan_ap_dung", "lang_nghe_huong_dan_ap_dung", "danh_gia_sxsh",
            "thay_doi_tieu_hao", "co_nhan_sinh_thai", "sieu_thi_khong_tui_nilon",
            "cho_khong_tui_nilon", "tieu_thuong_biet_cuoc_van_dong", "so_tui_binh_quan"} <= names


def test_build_script_reproduces_the_bundled_indicators(tmp_path):
    run = subprocess.run([sys.executable, str(REPO / "scripts" / "build_indicators.py"),
                          str(tmp_path)], capture_output=True, text=True, timeout=120,
                         check=False)
    assert run.returncode == 0, run.stderr

    def values(path: Path) -> dict:
        book = openpyxl.load_workbook(path, read_only=True)
        return {ws.title: [tuple(r) for r in ws.iter_rows(values_only=True)] for ws in book}
    assert values(tmp_path / "indicators.xlsx") == values(paths.forms_dir() / "indicators.xlsx")
