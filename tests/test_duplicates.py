"""Possible duplicates: which values make two responses look like the same establishment, and
which questions hold them (the form's identity, read from its settings sheet)."""

from __future__ import annotations

import unicodedata
from dataclasses import replace

import pytest

from surveyor import paths
from surveyor.core.forms.model import Identity
from surveyor.core.forms.xlsform import form_from_markdown, read_xlsform
from surveyor.core.responses import Response
from surveyor.core.sync.duplicates import (
    SAME_NAME_IN_WARD,
    SAME_TAX_CODE,
    DuplicateIndex,
    duplicate_keys,
    find_duplicates,
    identities,
    normalise_name,
    tax_code,
)

IDENTITY = Identity(tax_code="ma_so_thue", name="ten_co_so", area="phuong_xa")
BY_FORM = {"co_so_san_xuat": IDENTITY, "sieu_thi_ttm": IDENTITY}


def establishment(uuid: str, form_id: str = "co_so_san_xuat", **answers: object) -> Response:
    return Response(uuid=uuid, form_id=form_id, form_version="1", answers=answers)


@pytest.mark.parametrize("name, expected", [
    ("Công ty TNHH MTV Gốm Minh Long", "gốm minh long"),
    ("CTY TNHH  gốm minh-long.", "gốm minh long"),
    ("Công ty Cổ phần Bia Hà Nội", "bia hà nội"),
    ("HTX Mây tre đan Phú Vinh", "mây tre đan phú vinh"),
    ("Hợp tác xã Mây tre đan Phú Vinh", "mây tre đan phú vinh"),
    ("Hộ kinh doanh Nguyễn Thị Hoa", "nguyễn thị hoa"),
    ("Cơ sở   Sản xuất  Mây tre (Phú Vinh)", "sản xuất mây tre phú vinh"),
    ("Công ty TNHH", None),
    ("Ctyxyz", "ctyxyz"),
    ("Gốm Minh Long", "gốm minh long"),
    ("", None),
    (None, None),
])
def test_names_are_normalised_for_duplicates(name, expected):
    assert normalise_name(name) == expected


def test_nfc_and_nfd_spellings_of_a_name_are_the_same():
    name = "Gốm Bát Tràng"
    nfd = unicodedata.normalize("NFD", name)
    assert nfd != name and normalise_name(nfd) == normalise_name(name)


@pytest.mark.parametrize("value, expected", [
    ("0101234567", "0101234567"), ("0101234567-001", "0101234567001"),
    (" 0101 234 567 ", "0101234567"), ("12345", None), ("01012345678", None), (None, None),
])
def test_tax_codes_are_normalised_for_duplicates(value, expected):
    assert tax_code(value) == expected


@pytest.mark.parametrize("a, b, reason", [
    ({"ma_so_thue": "0101234567"}, {"ma_so_thue": "0101234567-"}, SAME_TAX_CODE),
    ({"ten_co_so": "Cty Gốm Minh Long", "phuong_xa": "bat_trang"},
     {"ten_co_so": "Gốm minh long", "phuong_xa": "bat_trang"}, SAME_NAME_IN_WARD),
    ({"ten_co_so": "Gốm Minh Long", "phuong_xa": "bat_trang"},
     {"ten_co_so": "Gốm Minh Long", "phuong_xa": "gia_lam"}, None),
    ({"ten_co_so": "Gốm Minh Long"}, {"ten_co_so": "Gốm Minh Long"}, None),   # no ward
    ({"ma_so_thue": "0101234567"}, {"ma_so_thue": "0101234568"}, None),
])
def test_pairs_are_flagged_by_tax_code_or_name_in_ward(a, b, reason):
    found = find_duplicates([establishment("u1", **a), establishment("u2", **b)], BY_FORM)
    assert [(d.uuid, d.other, d.reason) for d in found] == ([("u2", "u1", reason)] if reason else [])


def test_responses_of_different_forms_are_never_duplicates():
    found = find_duplicates([establishment("u1", ma_so_thue="0101234567"),
                             establishment("u2", "sieu_thi_ttm", ma_so_thue="0101234567")],
                            BY_FORM)
    assert found == []


def test_a_changed_tax_code_moves_the_response_in_the_index():
    first = establishment("u1", ma_so_thue="0101234567")
    index = DuplicateIndex()
    index.flag(first, IDENTITY)
    index.flag(replace(first, answers={"ma_so_thue": "0109999999"}), IDENTITY)
    assert index.flag(establishment("u2", ma_so_thue="0101234567"), IDENTITY) == []
    assert len(index.flag(establishment("u3", ma_so_thue="0109999999"), IDENTITY)) == 1


def test_deleted_responses_are_not_flagged():
    gone = replace(establishment("u1", ma_so_thue="0101234567"), deleted=True)
    found = find_duplicates([gone, establishment("u2", ma_so_thue="0101234567")], BY_FORM)
    assert found == []


def test_a_dismissed_pair_is_not_flagged_but_others_with_the_same_key_are():
    same = [establishment(u, ma_so_thue="0101234567") for u in ("u1", "u2", "u3")]
    found = find_duplicates(same, BY_FORM, dismissed=[frozenset(("u1", "u2"))])
    assert sorted((d.uuid, d.other) for d in found) == [("u3", "u1"), ("u3", "u2")]


# --- identity questions: the form's settings say which answers identify an establishment -----

def form_with(settings: str, extra: str = "") -> str:
    """A small XLSForm: a name, a tax code, a ward inside a group, a repeat; `settings` holds
    the identity_* columns as a header row and a value row."""
    header, values = settings.split("/")
    return f"""
| survey |
|        | type         | name      | label      |
|        | text         | ten       | Tên        |
|        | text         | mst       | Mã số thuế |
|        | begin_group  | dia_ban   | Địa bàn    |
|        | text         | phuong    | Phường     |
|        | end_group    |           |            |
|        | note         | luu_y     | Lưu ý      |
|        | begin_repeat | hang      | Hàng       |
|        | text         | ten_hang  | Tên hàng   |
|        | end_repeat   |           |            |{extra}
| settings |
|          | form_id | version | {header} |
|          | cs      | 1       | {values} |
"""


def test_identity_questions_are_read_from_the_settings_sheet():
    form = form_from_markdown(form_with(
        "identity_tax_code | identity_name | identity_area / mst | ten | phuong"))
    assert form.identity == Identity(tax_code="mst", name="ten", area="phuong")
    assert [f for f in form.findings if f.sheet == "settings"] == []     # no "unknown setting"
    keys = duplicate_keys(establishment("u1", "cs", mst="0101234567", ten="Cty Gốm An",
                                        phuong="p1"), form.identity)
    assert keys == ((SAME_TAX_CODE, "cs", "0101234567"), (SAME_NAME_IN_WARD, "cs", "p1", "gốm an"))


def test_a_form_without_identity_settings_has_no_duplicate_detection():
    form = form_from_markdown(form_with("form_title / Cơ sở"))
    assert form.identity == Identity() and not form.identity
    twins = [establishment(u, "cs", mst="0101234567", ten="A", phuong="p") for u in "ab"]
    assert find_duplicates(twins, identities({("cs", "1"): form})) == []


@pytest.mark.parametrize("column, name, says", [
    ("identity_tax_code", "ma_so_thue", "'ma_so_thue' is not a question of this form"),
    ("identity_name", "ten_hang", "'ten_hang' is inside repeat hang"),
    ("identity_area", "luu_y", "'luu_y' is a note, which holds no answer"),
])
def test_an_identity_name_that_is_not_a_usable_question_is_an_error(column, name, says):
    others = {"identity_tax_code": "mst", "identity_name": "ten", "identity_area": "phuong"}
    others[column] = name
    form = form_from_markdown(form_with(f"{' | '.join(others)} / {' | '.join(others.values())}"))
    [finding] = [f for f in form.findings if f.severity == "error"]
    assert (finding.sheet, finding.row, finding.column) == ("settings", 2, column)
    assert finding.message.startswith(says)
    assert getattr(form.identity, column.removeprefix("identity_")) == ""


def test_a_name_without_an_area_is_a_warning_and_not_used():
    form = form_from_markdown(form_with("identity_name / ten"))
    [finding] = [f for f in form.findings if f.sheet == "settings"]
    assert (finding.severity, finding.column) == ("warning", "identity_name")
    assert not form.identity
    assert duplicate_keys(establishment("u", "cs", ten="A"), form.identity) == ()


def test_the_bundled_forms_name_their_identity_questions():
    found = {form_id: read_xlsform(paths.forms_dir() / f"{form_id}.xlsx")
             for form_id in ("co_so_san_xuat", "tieu_thuong_cho", "sieu_thi_ttm")}
    assert {form_id: form.identity for form_id, form in found.items()} == {
        "co_so_san_xuat": IDENTITY,
        "tieu_thuong_cho": Identity(name="ten_co_so", area="phuong_xa"),
        "sieu_thi_ttm": Identity(name="ten_co_so", area="phuong_xa")}
    assert all(f.sheet != "settings" for form in found.values() for f in form.findings)
