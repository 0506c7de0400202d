"""Possible duplicates: which values make two responses look like the same establishment."""

from __future__ import annotations

import unicodedata
from dataclasses import replace

import pytest

from surveyor.core.responses import Response
from surveyor.core.sync.duplicates import (
    SAME_NAME_IN_WARD,
    SAME_TAX_CODE,
    DuplicateIndex,
    find_duplicates,
    normalise_name,
    tax_code,
)


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
    found = find_duplicates([establishment("u1", **a), establishment("u2", **b)])
    assert [(d.uuid, d.other, d.reason) for d in found] == ([("u2", "u1", reason)] if reason else [])


def test_responses_of_different_forms_are_never_duplicates():
    found = find_duplicates([establishment("u1", ma_so_thue="0101234567"),
                             establishment("u2", "sieu_thi_ttm", ma_so_thue="0101234567")])
    assert found == []


def test_a_changed_tax_code_moves_the_response_in_the_index():
    first = establishment("u1", ma_so_thue="0101234567")
    index = DuplicateIndex([first])
    index.flag(replace(first, answers={"ma_so_thue": "0109999999"}))
    assert index.flag(establishment("u2", ma_so_thue="0101234567")) == []
    assert len(index.flag(establishment("u3", ma_so_thue="0109999999"))) == 1


def test_deleted_responses_are_not_flagged():
    gone = replace(establishment("u1", ma_so_thue="0101234567"), deleted=True)
    assert find_duplicates([gone, establishment("u2", ma_so_thue="0101234567")]) == []
