"""The sync workbook at scale: 50,000 responses out and back, against raw xlsxwriter/calamine.

The export runs in a subprocess (for its peak memory) next to raw xlsxwriter writing the same
cells, precomputed (the baseline); the import is timed against raw calamine reading the file.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import xlsxwriter

from surveyor.core.forms import Choice, Form, Group, Question
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
    for i in range(n):
        yield Response(
            uuid=f"00000000-0000-4000-8000-{i:012d}", form_id="co_so", form_version="1",
            status="complete", inspector="Nguyễn Văn An", device="laptop-7",
            created_at="2024-11-24T08:30:00", updated_at="2024-11-24T09:30:00",
            answers={q.key: bench_value(q.type, i, j) for j, q in enumerate(BENCH_QUESTIONS)},
            repeats=tuple(RepeatRow("vat_tu", k, {"ten": f"than {k}", "so_luong": 1.5 * k})
                          for k in (1, 2)),
            version=f"2-{i:020d}", history=(f"1-{i:020d}",))


def bench_cells(n: int) -> tuple[list, list]:
    """The cells write_workbook writes for bench_responses(n), already typed."""
    def typed(kind, v):
        if kind in ("date", "start", "end"):
            return (dt.date if kind == "date" else dt.datetime).fromisoformat(v)
        return float(format(v, ".15g")) if kind == "decimal" else v
    main, rep = [], []
    for r in bench_responses(n):
        main.append([r.uuid, r.form_id, r.form_version, r.status, None, r.inspector, r.device,
                     dt.datetime.fromisoformat(r.created_at),
                     dt.datetime.fromisoformat(r.updated_at), r.version, " ".join(r.history),
                     row_hash(r)] + [typed(q.type, r.answers[q.key]) for q in BENCH_QUESTIONS])
        rep += [[r.uuid, x.index, None, x.answers["ten"], x.answers["so_luong"]] for x in r.repeats]
    return main, rep


def bench_raw_write(path: str, main: list, rep: list) -> None:
    book = xlsxwriter.Workbook(path, {"constant_memory": True, "strings_to_formulas": False,
                                      "strings_to_numbers": False, "strings_to_urls": False})
    text = book.add_format({"quote_prefix": True})
    day = book.add_format({"num_format": "yyyy-mm-dd"})
    moment = book.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
    for name, rows in (("co_so", main), ("co_so.vat_tu", rep)):
        ws = book.add_worksheet(name)
        for i, row in enumerate(rows, start=1):
            for j, v in enumerate(row):
                kind = v.__class__
                if kind is str:
                    ws.write_string(i, j, v, text)
                elif kind is dt.datetime or kind is dt.date:
                    ws.write_datetime(i, j, v, moment if kind is dt.datetime else day)
                elif v is not None:
                    ws.write_number(i, j, v)
    book.close()


def bench_main(mode: str, path: str, n: str) -> None:
    """Run in a subprocess: one export (streamed) or one raw write; prints seconds and peak."""
    import json
    import resource
    import time
    making = 0.0
    if mode == "export":
        start = time.perf_counter()
        for _ in bench_responses(int(n)):
            pass
        making = time.perf_counter() - start      # the stream's own cost, not the export's
        start = time.perf_counter()
        write_workbook(path, {("co_so", "1"): BENCH_FORM}, bench_responses(int(n)), manifest={})
    else:
        cells = bench_cells(int(n))
        start = time.perf_counter()
        bench_raw_write(path, *cells)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    status = Path("/proc/self/status")        # ru_maxrss carries the parent's peak over exec
    if status.exists():
        hwm = [line for line in status.read_text().splitlines() if line.startswith("VmHWM:")]
        peak = int(hwm[0].split()[1]) / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak, "making": making}))


def bench(mode: str, path: Path, n: int) -> dict:
    import json
    import os
    import subprocess
    import sys
    here = Path(__file__).parent
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(here.parent), str(here)])}
    code = "import sys, test_workbook_size; test_workbook_size.bench_main(*sys.argv[1:])"
    out = subprocess.run([sys.executable, "-c", code, mode, str(path), str(n)], check=True,
                         capture_output=True, text=True, cwd=here, env=env)
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_fifty_thousand_responses_stream_out_and_back(tmp_path, capsys):
    import time

    from python_calamine import CalamineWorkbook
    n, ours_file = 50_000, tmp_path / "ours.xlsx"
    ours, raw = bench("export", ours_file, n), bench("raw", tmp_path / "raw.xlsx", n)
    timings: dict[str, list[float]] = {"raw": [], "ours": []}
    for _ in range(2):
        start = time.perf_counter()
        book = CalamineWorkbook.from_path(str(ours_file))
        for name in book.sheet_names:
            book.get_sheet_by_name(name).to_python(skip_empty_area=False)
        timings["raw"].append(time.perf_counter() - start)
        start = time.perf_counter()
        read = read_workbook(ours_file, {("co_so", "1"): BENCH_FORM})
        timings["ours"].append(time.perf_counter() - start)
    start = time.perf_counter()
    matching = sum(row_hash(r.response) == r.stated_hash for r in read.rows)
    hashing = time.perf_counter() - start
    net = ours["seconds"] - ours["making"]
    with capsys.disabled():
        print(f"\n{n} responses x 49 columns (+{2 * n} repeat rows x 5 columns), "
              f"{ours_file.stat().st_size / 1e6:.1f} MB file:"
              f"\n  export {ours['seconds']:.1f} s, peak {ours['peak_mb']:.0f} MB (whole "
              f"process); raw xlsxwriter {raw['seconds']:.1f} s: "
              f"{ours['seconds'] / raw['seconds']:.2f}x; without the test making the responses "
              f"({ours['making']:.1f} s): {net / raw['seconds']:.2f}x, of which row_hash "
              f"{hashing:.1f} s ({hashing / raw['seconds']:.2f}x)"
              f"\n  import {min(timings['ours']):.1f} s; raw calamine "
              f"{min(timings['raw']):.1f} s: {min(timings['ours']) / min(timings['raw']):.2f}x")
    assert ours["peak_mb"] < 300
    assert len(read.rows) == n and matching == n
    assert sum(len(r.response.repeats) for r in read.rows) == 2 * n
