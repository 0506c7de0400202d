"""The three bundled survey forms: they load cleanly, speak both languages, keep the names the
merge relies on, carry today's ward list, and their checks and calculations behave."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from vietnam_provinces import ProvinceCode, Ward

from surveyor import paths
from surveyor.core.filling.live import LiveForm
from surveyor.core.filling.validation import clean, validate
from surveyor.core.forms.check import expression_findings
from surveyor.core.forms.model import Form
from surveyor.core.forms.xlsform import read_xlsform
from surveyor.core.responses import RepeatRow

REPO = Path(__file__).resolve().parent.parent
BUNDLED = ("co_so_san_xuat", "tieu_thuong_cho", "sieu_thi_ttm")
VI, EN = "Tiếng Việt (vi)", "English (en)"
CONTRACT = {"co_so_san_xuat": ("ten_co_so", "phuong_xa", "ma_so_thue"),
            "tieu_thuong_cho": ("ten_co_so", "phuong_xa", "ten_cho"),
            "sieu_thi_ttm": ("ten_co_so", "phuong_xa")}
BIN = Path(sys.executable).parent


@pytest.fixture(scope="module")
def forms() -> dict[str, Form]:
    return {form_id: read_xlsform(paths.forms_dir() / f"{form_id}.xlsx") for form_id in BUNDLED}


def hanoi_wards() -> list[tuple[str, str]]:
    return [(w.codename, w.name) for w in Ward.iter_by_province(ProvinceCode.P_01)]


def top_level_names(form: Form) -> list[str]:
    return [q.name for q in form.questions() if q.repeat is None]


@pytest.mark.parametrize("form_id", BUNDLED)
def test_bundled_form_loads_without_any_finding(forms, form_id):
    form = forms[form_id]
    assert (form.form_id, form.version, form.default_language) == (form_id, "2026112401", VI)
    assert list(form.findings) == []
    assert expression_findings(form) == []


@pytest.mark.parametrize("form_id", BUNDLED)
def test_pyxform_converts_the_form_without_warnings(form_id, tmp_path):
    run = subprocess.run([str(BIN / "xls2xform"), "--skip_validate", "--json",
                          str(paths.forms_dir() / f"{form_id}.xlsx"), str(tmp_path / "f.xml")],
                         capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 0, run.stdout + run.stderr
    report = json.loads(run.stdout.strip() or run.stderr)   # pyxform 4.5 writes it to stderr
    assert (report["code"], report["warnings"]) == (100, [])


@pytest.mark.parametrize("form_id", BUNDLED)
def test_every_question_and_group_is_labelled_in_vietnamese_and_english(forms, form_id):
    unlabelled = [node.name for node in forms[form_id].walk()
                  if not (node.labels.get(VI, "").strip() and node.labels.get(EN, "").strip())]
    assert unlabelled == []
    assert set(forms[form_id].languages) == {VI, EN}


@pytest.mark.parametrize("form_id", BUNDLED)
def test_every_choice_is_labelled_in_both_languages(forms, form_id):
    bare = [(q.name, c.name) for q in forms[form_id].questions() for c in q.choices
            if not (c.labels.get(VI) and c.labels.get(EN))]
    assert bare == []


@pytest.mark.parametrize("form_id", BUNDLED)
def test_form_keeps_the_names_duplicate_detection_relies_on(forms, form_id):
    form = forms[form_id]
    names = [node.name for node in form.walk()]
    assert len(names) == len(set(names)), "names must be unique across the form"
    assert set(CONTRACT[form_id]) <= set(top_level_names(form))
    assert all(form.question(name).key == name for name in CONTRACT[form_id])
    assert all(name.isascii() and name == name.lower() for name in names)


@pytest.mark.parametrize("form_id", BUNDLED)
def test_form_starts_with_the_automatic_metadata(forms, form_id):
    first = [(q.type, q.name) for q in forms[form_id].questions()[:5]]
    assert first == [("start", "start"), ("end", "end"), ("today", "today"),
                     ("deviceid", "deviceid"), ("username", "inspector")]


@pytest.mark.parametrize("form_id", BUNDLED)
def test_ward_list_is_todays_126_wards_of_hanoi(forms, form_id):
    ward = forms[form_id].question("phuong_xa")
    assert (ward.type, ward.list_name) == ("select_one", "phuong_xa")
    assert [(c.name, c.labels[VI]) for c in ward.choices] == hanoi_wards(), (
        "the ward list changed: run scripts/update_wards.py")
    assert [c.labels[EN] for c in ward.choices] == [name for _, name in hanoi_wards()]
    assert len(ward.choices) == 126
    assert ward.appearance in ("minimal", "autocomplete")


def test_market_is_chosen_from_a_list_with_an_other_text(forms):
    form = forms["tieu_thuong_cho"]
    market = form.question("ten_cho")
    assert market.type == "select_one" and "other" in [c.name for c in market.choices]
    assert form.question("ten_cho_khac").relevant == "${ten_cho} = 'other'"


def issue_kinds(form: Form, key: str, value: object) -> list[str]:
    return [i.kind for i in validate(form, {key: value}) if i.key == key]


@pytest.mark.parametrize("value, accepted", [
    ("0101234567", True), ("0101234567-001", True), ("0101234567001", True),
    ("8012345678", True), ("010123456", False), ("01012345678", False),
    ("0101234567-01", False), ("0101 234 567", False), ("mst0101234", False),
])
def test_tax_code_format_is_checked(forms, value, accepted):
    kinds = issue_kinds(forms["co_so_san_xuat"], "ma_so_thue", value)
    assert ("constraint" not in kinds) is accepted


@pytest.mark.parametrize("value, accepted", [
    ("0912345678", True), ("02438251234", True), ("+84912345678", True),
    ("091234567", False), ("0912 345 678", False), ("912345678", False),
])
def test_phone_number_format_is_checked(forms, value, accepted):
    kinds = issue_kinds(forms["co_so_san_xuat"], "dien_thoai", value)
    assert ("constraint" not in kinds) is accepted


@pytest.mark.parametrize("value, accepted", [(0, True), (35.5, True), (100, True), (100.5, False),
                                             (-1, False)])
def test_share_of_eco_labelled_products_is_a_percentage(forms, value, accepted):
    kinds = issue_kinds(forms["sieu_thi_ttm"], "ty_le_san_pham_nhan", value)
    assert ("constraint" not in kinds) is accepted


@pytest.mark.parametrize("year, accepted", [(1999, False), (2000, True), (2026, True),
                                            (2027, False)])
def test_assessment_year_is_not_in_the_future(forms, year, accepted):
    issues = validate(forms["co_so_san_xuat"], {"danh_gia_sxsh": "yes", "nam_danh_gia": year},
                      now=dt.datetime(2026, 11, 24, 9, 0))
    assert ("constraint" not in [i.kind for i in issues if i.key == "nam_danh_gia"]) is accepted


def test_none_cannot_go_with_an_eco_label(forms):
    form = forms["co_so_san_xuat"]
    assert "constraint" in issue_kinds(form, "nhan_sinh_thai", "ocop none")
    assert issue_kinds(form, "nhan_sinh_thai", "none") == []


@pytest.mark.parametrize("form_id, answers, key, shown", [
    ("co_so_san_xuat", {"ap_dung_sxsh": "yes"}, "bien_phap_sxsh", True),
    ("co_so_san_xuat", {"ap_dung_sxsh": "partly"}, "bien_phap_sxsh", True),
    ("co_so_san_xuat", {"ap_dung_sxsh": "no"}, "bien_phap_sxsh", False),
    ("co_so_san_xuat", {"danh_gia_sxsh": "yes"}, "nam_danh_gia", True),
    ("co_so_san_xuat", {"danh_gia_sxsh": "no"}, "nam_danh_gia", False),
    ("co_so_san_xuat", {"vi_tri": "kcn"}, "ten_kcn", True),
    ("co_so_san_xuat", {"vi_tri": "kcn"}, "ten_lang_nghe", False),
    ("co_so_san_xuat", {"vi_tri": "lang_nghe"}, "ten_lang_nghe", True),
    ("co_so_san_xuat", {"vi_tri": "ngoai"}, "ten_ccn", False),
    ("co_so_san_xuat", {"nhan_sinh_thai": "ocop vietgap"}, "hang_sao_ocop", True),
    ("co_so_san_xuat", {"nhan_sinh_thai": "none"}, "so_san_pham_nhan", False),
    ("co_so_san_xuat", {"ap_dung_sxsh": "yes", "bien_phap_sxsh": "cong_nghe_sach other"},
     "bien_phap_sxsh_khac", True),
    ("co_so_san_xuat", {"ap_dung_sxsh": "no", "bien_phap_sxsh": "cong_nghe_sach other"},
     "bien_phap_sxsh_khac", False),
    ("tieu_thuong_cho", {"san_sang_chuyen_doi": "no"}, "ly_do_chua_chuyen", True),
    ("tieu_thuong_cho", {"san_sang_chuyen_doi": "neu_gia_tuong_duong"}, "ly_do_chua_chuyen",
     False),
    ("tieu_thuong_cho", {"ten_cho": "other"}, "ten_cho_khac", True),
    ("tieu_thuong_cho", {"ten_cho": "cho_dong_xuan"}, "ten_cho_khac", False),
])
def test_skip_logic(forms, form_id, answers, key, shown):
    assert LiveForm(forms[form_id], answers).relevant(key) is shown


def test_tax_code_is_required_except_for_a_household_business(forms):
    form = forms["co_so_san_xuat"]
    assert LiveForm(form, {"loai_hinh": "doanh_nghiep"}).required("ma_so_thue")
    assert not LiveForm(form, {"loai_hinh": "ho_kinh_doanh"}).required("ma_so_thue")


def material(**answers: object) -> RepeatRow:
    row = {"ten_nguyen_lieu": "Điện", "don_vi": "kwh", "don_vi_san_pham": "tấn", **answers}
    return RepeatRow("nguyen_lieu", 1, row)


def test_use_per_unit_of_output_and_its_change_are_calculated(forms):
    row = material(sl_nam_truoc=2000, sl_nam_nay=1900, san_luong_nam_truoc=1000,
                   san_luong_nam_nay=1000)
    _, rows = clean(forms["co_so_san_xuat"], {}, [row])
    assert rows[0].answers["dinh_muc_nam_truoc"] == 2
    assert rows[0].answers["dinh_muc_nam_nay"] == pytest.approx(1.9)
    assert rows[0].answers["thay_doi_dinh_muc"] == pytest.approx(-5.0)


def test_no_output_means_no_use_per_unit_instead_of_a_division_by_zero(forms):
    row = material(sl_nam_truoc=2000, sl_nam_nay=1900, san_luong_nam_truoc=0,
                   san_luong_nam_nay=1000)
    _, rows = clean(forms["co_so_san_xuat"], {}, [row])
    calculated = {k: v for k, v in rows[0].answers.items() if k.startswith(("dinh_muc", "thay"))}
    assert calculated == {"dinh_muc_nam_nay": pytest.approx(1.9)}


def sheet_values(path: Path) -> dict[str, list[tuple]]:
    book = openpyxl.load_workbook(path, read_only=True)
    return {ws.title: [tuple(r) for r in ws.iter_rows(values_only=True)] for ws in book}


def test_build_script_reproduces_the_bundled_forms(tmp_path):
    run = subprocess.run([sys.executable, str(REPO / "scripts" / "build_forms.py"), str(tmp_path)],
                         capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 0, run.stderr
    for form_id in BUNDLED:
        name = f"{form_id}.xlsx"
        assert sheet_values(tmp_path / name) == sheet_values(paths.forms_dir() / name), name


def test_update_wards_rewrites_only_the_ward_list(tmp_path, forms):
    copy = tmp_path / "co_so_san_xuat.xlsx"
    shutil.copy(paths.forms_dir() / copy.name, copy)
    book = openpyxl.load_workbook(copy)
    choices = book["choices"]
    wards = [r for r in range(2, choices.max_row + 1) if choices.cell(r, 1).value == "phuong_xa"]
    choices.delete_rows(wards[0], 10)
    choices.append(["phuong_xa", "phuong_cu", "Phường Cũ", "Old ward"])
    book.save(copy)
    run = subprocess.run([sys.executable, str(REPO / "scripts" / "update_wards.py"), str(copy)],
                         capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 0, run.stderr
    updated, bundled = read_xlsform(copy), forms["co_so_san_xuat"]
    assert [c.name for c in updated.question("phuong_xa").choices] == [w for w, _ in hanoi_wards()]
    others = [q for q in bundled.questions() if q.choices and q.name != "phuong_xa"]
    assert all(updated.question(q.key).choices == q.choices for q in others)
