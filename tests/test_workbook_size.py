"""The sync workbook at a size that matters: thousands of rows out and back, in constant memory.

How fast, and the peak memory of a 50k export, are measured by bench/workbook.py and
bench/sync.py, not here: a unit test checks behaviour, a bench prints figures.
"""

from __future__ import annotations

import datetime as dt
import tracemalloc

from surveyor.core.forms.model import Choice, Form, Group, Question
from surveyor.core.responses import RepeatRow, Response, row_hash
from surveyor.core.workbook import read_workbook, write_workbook

BENCH_KINDS = (["text"] * 15 + ["integer"] * 6 + ["decimal"] * 5 + ["select_one"] * 5
               + ["select_multiple"] * 2 + ["date"] * 2 + ["start", "end"])
ABCD = tuple(Choice(n, {"vi": n}) for n in "abcd")
BENCH_QUESTIONS = tuple(
    Question(f"q{j}", f"q{j}", kind, choices=ABCD if "select" in kind else (),
             list_name="abcd" if "select" in kind else None) for j, kind in enumerate(BENCH_KINDS))
BENCH_FORM = Form("co_so", "1", "Cơ sở", "vi", ("vi",), BENCH_QUESTIONS + (
    Group("vat_tu", "vat_tu", is_repeat=True, children=(
        Question("ten", "ten", "text", repeat="vat_tu"),
        Question("so_luong", "so_luong", "decimal", repeat="vat_tu"))),))
FORMS = {("co_so", "1"): BENCH_FORM}
WORDS = ["Công ty TNHH Gốm sứ Bát Tràng", "0912345678", "=1+1", "Làng nghề Vạn Phúc", "-5 kg"]


def bench_value(kind: str, i: int, j: int):
    if kind == "text":
        return f"{WORDS[(i + j) % 5]} {i}"
    if kind in ("integer", "decimal"):
        return i * 3 + j if kind == "integer" else i / 7 + j
    if kind.startswith("select"):
        return "abcd"[(i + j) % 4] if kind == "select_one" else ("a c" if (i + j) % 2 else "b")
    if kind == "date":
        return (dt.date(2024, 1, 1) + dt.timedelta(days=i % 700)).isoformat()
    return (dt.datetime(2024, 1, 1, 8) + dt.timedelta(seconds=37 * i + j)).isoformat()


def bench_responses(n: int):
    """n responses of 49 filled columns and two repeat rows each, made one at a time."""
    for i in range(n):
        yield Response(
            uuid=f"00000000-0000-4000-8000-{i:012d}", form_id="co_so", form_version="1",
            status="complete", inspector="Nguyễn Văn An", device="laptop-7",
            created_at="2024-11-24T08:30:00", updated_at="2024-11-24T09:30:00",
            answers={q.key: bench_value(q.type, i, j) for j, q in enumerate(BENCH_QUESTIONS)},
            repeats=tuple(RepeatRow("vat_tu", k, {"ten": f"than {k}", "so_luong": 1.5 * k})
                          for k in (1, 2)),
            version=f"2-{i:020d}", history=(f"1-{i:020d}",))


def test_three_thousand_responses_stream_out_and_back(tmp_path):
    n, path = 3_000, tmp_path / "many.xlsx"
    stats = write_workbook(path, FORMS, bench_responses(n), manifest={}, total=n)
    assert dict(stats.rows) == {"co_so": n, "co_so.vat_tu": 2 * n}
    read = read_workbook(path, FORMS)
    assert [r.response.uuid for r in read.rows] == [r.uuid for r in bench_responses(n)]
    assert [r.stated_hash for r in read.rows] == [row_hash(r) for r in bench_responses(n)]
    assert all(row_hash(r.response) == r.stated_hash for r in read.rows)
    assert sum(len(r.response.repeats) for r in read.rows) == 2 * n


def _peak_bytes(path, n: int) -> int:
    """Peak Python memory while writing n responses streamed from a generator."""
    tracemalloc.start()
    try:
        write_workbook(path, FORMS, bench_responses(n), manifest={})
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_does_not_grow_with_the_number_of_rows(tmp_path):
    # Holding the rows would add ~8 MB between these two sizes (measured with xlsxwriter's
    # constant_memory off); streaming them adds next to nothing.
    few, many = _peak_bytes(tmp_path / "few.xlsx", 100), _peak_bytes(tmp_path / "many.xlsx", 1_000)
    assert many - few < 1_000_000, f"{few=} {many=}"
