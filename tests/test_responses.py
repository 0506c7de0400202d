"""Content, versions and seals: what normalisation makes equal, and what stays different."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import replace

import pytest

from surveyor.core.responses import (
    RepeatRow,
    Response,
    canonical,
    content,
    row_hash,
    saved,
    sealed,
)


def response(**answers: object) -> Response:
    return Response(uuid="u1", form_id="cho", form_version="2026.1", inspector="Lê Văn An",
                    answers=answers, version="1-abc")


@pytest.mark.parametrize("one, other", [
    ({"ten": unicodedata.normalize("NFD", "Bát Tràng")}, {"ten": "Bát Tràng"}),
    ({"ghi_chu": "dòng 1\r\ndòng 2\rdòng 3"}, {"ghi_chu": "dòng 1\ndòng 2\ndòng 3"}),
    ({"so_ho": 12}, {"so_ho": 12.0}),
    ({"ty_le": 0.1 + 0.2}, {"ty_le": 0.3}),
    ({"ngay": dt.date(2026, 3, 1)}, {"ngay": "2026-03-01"}),
    ({"luc": dt.datetime(2026, 3, 1, 8, 30, 0, 400)}, {"luc": "2026-03-01T08:30:00"}),
    ({"ten": "A", "trong": "", "khong": None}, {"ten": "A"}),
    ({"b": "2", "a": "1"}, {"a": "1", "b": "2"}),
])
def test_what_normalisation_makes_the_same(one, other):
    assert content(response(**one)) == content(response(**other))
    assert row_hash(response(**one)) == row_hash(response(**other))


@pytest.mark.parametrize("one, other", [
    ({"ten": "A"}, {"ten": "a"}),
    ({"so_ho": 12}, {"so_ho": "12 "}),
    ({"a": "1", "b": "2"}, {"a": "1\x00b\x002"}),          # a NUL cannot fake a second answer
    ({"a": "x"}, {"a\x00x": ""}),
    ({"ty_le": 0.123456789012345}, {"ty_le": 0.123456789012346}),
])
def test_what_stays_different(one, other):
    assert content(response(**one)) != content(response(**other))


def test_repeat_rows_count_in_any_order_but_not_in_any_place():
    rows = (RepeatRow("nl", 1, {"ten": "Đất"}), RepeatRow("nl", 2, {"ten": "Men"}))
    first = replace(response(), repeats=rows)
    assert content(first) == content(replace(first, repeats=rows[::-1]))
    moved = (RepeatRow("nl", 1, {"ten": "Men"}), RepeatRow("nl", 2, {"ten": "Đất"}))
    nested = (rows[0], RepeatRow("nl", 2, {"ten": "Men"}, parent_index=(1,)))
    assert len({content(first), content(replace(first, repeats=moved)),
                content(replace(first, repeats=nested))}) == 3


def test_system_fields_are_content_but_times_are_not():
    base = response(ten="A")
    assert content(replace(base, created_at="2026", updated_at="2027")) == content(base)
    changed = [replace(base, status="complete"), replace(base, deleted=True),
               replace(base, inspector="Bình"), replace(base, form_version="2026.2")]
    assert len({content(base), *map(content, changed)}) == 5


def test_canonical_spellings():
    assert [canonical(v) for v in (None, "", True, 7, 7.0, -0.0, 1e15, 2.5e-7, float("nan"))] \
        == [None, None, "1", "7", "7", "0", "1e+15", "2.5e-07", None]


def test_values_a_workbook_cannot_hold_are_empty_as_the_export_writes_them():
    # the writer leaves NaN and infinities empty; hashing them as empty keeps the seal valid
    assert [canonical(v) for v in (float("inf"), float("-inf"), float("nan"))] == [None] * 3


def test_a_saved_state_carries_its_seal_and_equality_ignores_it():
    first = saved(response(ten="A"), at="2026-03-01T08:00:00")
    assert first.seal == row_hash(first)
    second = saved(replace(first, answers={"ten": "B"}), first)
    assert second.seal == row_hash(second) != first.seal
    assert saved(replace(first, seal=""), first) == first and replace(first, seal="x") == first
    assert sealed(replace(first, seal="")).seal == first.seal
    assert sealed(replace(first, seal="kept")).seal == "kept"
